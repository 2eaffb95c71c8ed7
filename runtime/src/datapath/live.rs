//! The datapath on a live device (`flowmark attach`): the classifier compiled for TC and attached
//! to the device's ingress (it sets `skb->mark` on a hint hit), the datapath's installs written
//! into its kernel Hint maps ([`KernelClassifier`]), and the device's IPv4/IPv6 packets read with
//! their marks from packet sockets ([`PacketSocket`]). Workers tick while idle so idle flows are
//! evicted; at the end every flow is evicted (kernel entries removed) and the filter detached.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use aya::maps::MapData;
use flowmark_compiler::ir::Module;
use flowmark_compiler::stf::{apply_control, parse_entries};
use flowmark_ebpf::{Options as EbpfOptions, ProgramKind};

use super::socket::{PacketSocket, ETH_P_IP, ETH_P_IPV6};
use super::{flow_hash, Compiler, Config, Datapath, FlowMode, KernelClassifier, Packet, Stats, BATCH};
use crate::ebpf_target::EbpfTarget;
use crate::kernel::{RawMap, TcDirection};

/// Opens the kernel Hint maps of a loaded classifier again (own file descriptors, by map id), in
/// hint order.
pub fn kernel_classifier(target: &EbpfTarget<'_>, module: &Module) -> Result<KernelClassifier, String> {
    let mut maps = Vec::new();
    for (hint, decl) in module.hints.iter() {
        let (index, _) = target.artifact.plan.hints.get(&hint).ok_or_else(|| format!("hint `{}` has no kernel map", decl.name))?;
        let name = target.artifact.plan.maps.get(*index).map(|m| m.name.clone()).ok_or("bad map plan")?;
        let id = target.loaded.map(&name).map_err(|e| e.to_string())?.id();
        let data = MapData::from_id(id).map_err(|e| format!("reopening map `{name}`: {e}"))?;
        maps.push(RawMap::new(name, data).map_err(|e| e.to_string())?);
    }
    Ok(KernelClassifier::new(maps))
}

/// Load `module` as a production TC classifier and fill its tables from entry lines.
pub fn load_classifier<'m>(module: &'m Module, entries: Option<&str>) -> Result<EbpfTarget<'m>, String> {
    let mut target = EbpfTarget::load_with(module, &EbpfOptions::new(ProgramKind::Tc))?;
    if let Some(text) = entries {
        let statements = parse_entries(module, text).map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))?;
        for (line, statement) in &statements {
            apply_control(&mut target, statement).map_err(|e| format!("line {line}: {e}"))?;
        }
    }
    Ok(target)
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Make SIGINT and SIGTERM stop [`run`] (it then cleans up) instead of killing the process.
pub fn stop_on_interrupt() -> Result<(), String> {
    for signal in [libc::SIGINT, libc::SIGTERM] {
        // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
        let previous = unsafe { libc::signal(signal, on_signal as *const () as libc::sighandler_t) };
        if previous == libc::SIG_ERR {
            return Err(format!("installing a signal handler: {}", std::io::Error::last_os_error()));
        }
    }
    Ok(())
}

/// Whether SIGINT or SIGTERM arrived since [`stop_on_interrupt`].
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// What [`run`] needs.
#[derive(Clone, Debug)]
pub struct Options {
    pub device: String,
    pub config: Config,
    /// Entry lines for the pipeline (and the classifier, when it is the same program).
    pub entries: Option<String>,
    /// Stop after this long (else at [`interrupted`] or `stop`).
    pub duration: Option<Duration>,
}

/// How a live run ended.
#[derive(Debug)]
pub struct Outcome {
    pub mode: FlowMode,
    pub stats: Stats,
    /// Removing the filter or the kernel entries failed (the run itself went fine).
    pub cleanup_error: Option<String>,
}

/// Attach the classifier to `options.device`, run the datapath on its packets until `stop`, a
/// signal (see [`stop_on_interrupt`]) or the duration, then evict every flow and detach.
/// `on_tick` sees the stats about ten times a second.
pub fn run(
    pipeline: &Module,
    classifier: Option<&Module>,
    options: &Options,
    compile: Compiler<'_>,
    stop: &AtomicBool,
    on_tick: &mut dyn FnMut(&Stats),
) -> Result<Outcome, String> {
    let classifier_module = classifier.unwrap_or(pipeline);
    let classifier_entries = if classifier.is_none() { options.entries.as_deref() } else { None };
    let mut target = load_classifier(classifier_module, classifier_entries)?;
    let maps = Arc::new(kernel_classifier(&target, classifier_module)?);
    let mut socket = PacketSocket::open(&options.device, &[ETH_P_IP, ETH_P_IPV6]).map_err(|e| format!("{}: {e}", options.device))?;
    let mut config = options.config.clone();
    config.mark_reuse_delay_ns = config.mark_reuse_delay_ns.max(1_000_000_000);
    let dp = Datapath::new(pipeline, classifier, config, maps, compile)?;
    if let Some(text) = &options.entries {
        dp.apply_entries(text)?;
    }
    target.loaded.attach_tc(&options.device, TcDirection::Ingress).map_err(|e| e.to_string())?;
    let result = serve(&dp, &mut socket, options.duration, stop, on_tick);
    let cleanup = target.loaded.created().remove().err().map(|e| e.to_string());
    let stats = result?;
    Ok(Outcome { mode: dp.mode().clone(), stats, cleanup_error: cleanup })
}

/// Read, shard and process until told to stop; evict everything at the end.
fn serve(
    dp: &Arc<Datapath>,
    socket: &mut PacketSocket,
    duration: Option<Duration>,
    stop: &AtomicBool,
    on_tick: &mut dyn FnMut(&Stats),
) -> Result<Stats, String> {
    let count = dp.config().workers;
    let start = Instant::now();
    let now = |start: &Instant| start.elapsed().as_nanos().min(u128::from(u64::MAX)) as u64 + 1;
    let mut workers = Vec::new();
    for index in 0..count {
        workers.push(dp.worker(index).ok_or("a datapath worker is already running")?);
    }
    std::thread::scope(|scope| {
        let mut senders = Vec::new();
        let mut handles = Vec::new();
        for mut worker in workers.drain(..) {
            let (tx, rx) = mpsc::sync_channel::<(u64, Vec<Packet>)>(64);
            handles.push(scope.spawn(move || {
                for (time, mut batch) in rx {
                    if batch.is_empty() {
                        worker.tick(time);
                    } else {
                        worker.process(&mut batch);
                    }
                }
                worker.evict_all();
                worker.stats()
            }));
            senders.push(tx);
        }
        let mut error = None;
        let mut packets = Vec::with_capacity(BATCH * count);
        while !stop.load(Ordering::Relaxed) && !interrupted() && duration.is_none_or(|d| start.elapsed() < d) {
            packets.clear();
            if let Err(e) = socket.recv(&mut packets, BATCH * count, Duration::from_millis(100), now(&start)) {
                error = Some(format!("receiving packets: {e}"));
                break;
            }
            let time = now(&start);
            let mut shards: Vec<Vec<Packet>> = (0..count).map(|_| Vec::new()).collect();
            for packet in packets.drain(..) {
                shards[(flow_hash(&packet.data) % count as u64) as usize].push(packet);
            }
            for (sender, shard) in senders.iter().zip(shards) {
                if sender.send((time, shard)).is_err() {
                    error = Some("a datapath worker stopped".into());
                }
            }
            on_tick(&dp.stats());
        }
        drop(senders);
        let mut total = Stats::default();
        for handle in handles {
            match handle.join() {
                Ok(stats) => total.merge(&stats),
                Err(_) => error = Some("a datapath worker panicked".into()),
            }
        }
        match error {
            Some(e) => Err(e),
            None => Ok(total),
        }
    })
}
