//! `flowmark run` and `flowmark attach`: the userspace datapath with hint marks
//! (`flowmark_runtime::datapath`) over a pcap file with the classifier simulated in process, or
//! over a device's packets with the classifier loaded into the kernel (TC, `skb->mark`), and its
//! stats as a table or one JSON object.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use flowmark_compiler::ir;
use flowmark_native::NativePipeline;
use flowmark_runtime::datapath::pcap::{TraceReader, TraceWriter};
use flowmark_runtime::datapath::{self, runner, ClassifierMaps, Config, Datapath, Engine, FlowMode, NoClassifier, Outcome, SimClassifier, Stats};
use flowmark_runtime::Pipeline;

/// `flowmark run`: the datapath over a pcap file.
#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// The pipeline the datapath runs (and, without --classifier, the classifier too).
    pub program: PathBuf,
    /// Input packets: pcap or pcapng (Ethernet). pcapng packet comments `mark=N port=P` give a
    /// packet's incoming mark and input port.
    #[arg(long)]
    pub pcap: PathBuf,
    /// Entry lines (`add`, `setdefault`, as in STF files) for the pipeline's tables (and the
    /// classifier's, when the pipeline is its own classifier).
    #[arg(long)]
    pub entries: Option<PathBuf>,
    /// The classifier whose Hint key defines flows (default: the program itself).
    #[arg(long)]
    pub classifier: Option<PathBuf>,
    /// Write the packets that were not dropped here: pcap, or pcapng (with `mark=M verdict=V`
    /// comments) when the name ends in `.pcapng`.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Worker threads (packets are sharded by a symmetric flow hash).
    #[arg(long, default_value_t = 1)]
    pub workers: usize,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Evict flows idle for this many seconds of packet time (0: never).
    #[arg(long, default_value_t = 10.0)]
    pub idle_timeout: f64,
    /// Run without a classifier in front: packets reach the datapath with their own marks.
    #[arg(long)]
    pub no_classifier: bool,
}

/// `NativePipeline` as a datapath engine.
struct Native(NativePipeline);

impl Engine for Native {
    fn run(&self, packet: &mut [u8], in_port: u32, mark: u32, time_ns: u64) -> Outcome {
        let o = self.0.process(packet, in_port, mark, time_ns);
        Outcome { verdict: o.verdict, mark: o.mark, out_port: o.out_port, parser_error: o.parser_error }
    }
    fn state(&self) -> &Arc<Pipeline> {
        self.0.state()
    }
}

fn native(module: &ir::Module) -> Result<Box<dyn Engine>, String> {
    Ok(Box::new(Native(NativePipeline::new(module).map_err(|e| e.to_string())?)))
}

fn seconds(value: f64, what: &str) -> Result<u64, String> {
    if !value.is_finite() || value < 0.0 {
        return Err(format!("--{what} must be a number of seconds >= 0"));
    }
    Ok((value * 1e9).min(u64::MAX as f64) as u64)
}

/// Compile the program and the classifier (`None`: the program is its own classifier).
fn programs(program: &Path, classifier: Option<&Path>) -> Result<Option<(ir::Module, Option<ir::Module>)>, String> {
    let (Some(module), _) = super::compile(program)? else { return Ok(None) };
    let classifier = match classifier {
        None => None,
        Some(path) => match super::compile(path)? {
            (Some(m), _) => Some(m),
            (None, _) => return Ok(None),
        },
    };
    Ok(Some((module, classifier)))
}

fn mode_text(mode: &FlowMode) -> (&'static str, String) {
    match mode {
        FlowMode::Reuse => ("reuse", "stateless: a flow's first result is reused".into()),
        FlowMode::Rerun(why) => ("rerun", format!("{why}: cached flows re-run the pipeline")),
        FlowMode::Uncached(why) => ("uncached", format!("{why}: every packet runs the pipeline")),
    }
}

pub fn run(args: RunArgs) -> Result<ExitCode, String> {
    if args.workers == 0 || args.workers > 1024 {
        return Err("--workers must be between 1 and 1024".into());
    }
    let idle_timeout_ns = seconds(args.idle_timeout, "idle-timeout")?;
    let Some((module, classifier_module)) = programs(&args.program, args.classifier.as_deref())? else {
        return Ok(ExitCode::from(1));
    };
    let entries = match &args.entries {
        Some(path) => Some(super::read_text(path)?),
        None => None,
    };
    let reader = TraceReader::open(&args.pcap)?;
    let classifier_program = classifier_module.as_ref().unwrap_or(&module);
    let sim = if args.no_classifier { None } else { Some(SimClassifier::new(native(classifier_program)?)) };
    let maps: Arc<dyn ClassifierMaps> = match &sim {
        Some(sim) => sim.clone(),
        None => Arc::new(NoClassifier),
    };
    let config = Config { workers: args.workers, idle_timeout_ns, ..Config::default() };
    let dp = Datapath::new(&module, classifier_module.as_ref(), config, maps, &native)?;
    if let Some(text) = &entries {
        let name = args.entries.as_deref().map(|p| p.display().to_string()).unwrap_or_default();
        dp.apply_entries(text).map_err(|e| format!("{name}: {e}"))?;
        if let (Some(sim), None) = (&sim, &classifier_module) {
            flowmark_runtime::host::apply_entries(sim.engine().state(), text).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    let mut writer = match &args.out {
        Some(path) => Some(TraceWriter::create(path)?),
        None => None,
    };
    let total_bytes = reader.size();
    let read_counter = reader.bytes_read_counter();
    let start = Instant::now();
    let mut bar: Option<indicatif::ProgressBar> = None;
    let show_progress = std::io::stderr().is_terminal();
    let mut seen = 0u64;
    let mut input = reader;
    let mut output = |packet: datapath::Packet| -> Result<(), String> {
        seen += 1;
        if show_progress && seen.is_multiple_of(4096) {
            if bar.is_none() && start.elapsed() > Duration::from_secs(1) {
                let b = indicatif::ProgressBar::new(total_bytes);
                if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {elapsed} ({eta} left) {msg}") {
                    b.set_style(style);
                }
                bar = Some(b);
            }
            if let Some(b) = &bar {
                b.set_position(read_counter.load(Ordering::Relaxed));
                b.set_message(format!("{seen} packets"));
            }
        }
        if packet.verdict != 1 {
            if let Some(w) = writer.as_mut() {
                w.write(&packet)?;
            }
        }
        Ok(())
    };
    let result = runner::run(&dp, sim.as_deref(), &mut input, &mut output);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let workers = result?;
    let elapsed = start.elapsed();
    let written = match writer {
        Some(w) => {
            let n = w.packets();
            w.finish()?;
            Some(n)
        }
        None => None,
    };
    let mut stats = Stats::default();
    for w in &workers {
        stats.merge(&w.stats());
    }
    report(&args, dp.mode(), &stats, elapsed, written)?;
    Ok(ExitCode::SUCCESS)
}

fn report(args: &RunArgs, mode: &FlowMode, stats: &Stats, elapsed: Duration, written: Option<u64>) -> Result<(), String> {
    use std::fmt::Write as _;
    let mut text = String::new();
    let (mode_name, mode_reason) = mode_text(mode);
    let secs = elapsed.as_secs_f64();
    if args.json {
        let mut counters = serde_json::Map::new();
        for (name, value) in stats.fields() {
            counters.insert(name.to_string(), value.into());
        }
        let object = serde_json::json!({
            "program": args.program.display().to_string(),
            "classifier": args.classifier.as_ref().map(|p| p.display().to_string()),
            "pcap": args.pcap.display().to_string(),
            "out": args.out.as_ref().map(|p| p.display().to_string()),
            "packets_written": written,
            "workers": args.workers,
            "mode": mode_name,
            "mode_reason": mode_reason,
            "seconds": secs,
            "stats": counters,
        });
        return super::write_output(None, &format!("{object}\n"));
    }
    let rate = if secs > 0.0 { stats.packets as f64 / secs } else { 0.0 };
    let _ = writeln!(
        text,
        "{}: {} packets in {:.3} s ({:.0} packets/s), {} worker{}",
        args.pcap.display(),
        stats.packets,
        secs,
        rate,
        args.workers,
        if args.workers == 1 { "" } else { "s" }
    );
    let _ = writeln!(text, "flows: {mode_name} ({mode_reason})");
    let rows: [(&str, u64); 20] = [
        ("mark hits", stats.mark_hits),
        ("cache hits", stats.cache_hits),
        ("upcalls (misses)", stats.upcalls),
        ("uncached", stats.uncached),
        ("unknown marks", stats.unknown_marks),
        ("revalidations", stats.revalidations),
        ("reruns", stats.reruns),
        ("installs", stats.installs),
        ("evictions", stats.evictions),
        ("flows installed now", stats.flows),
        ("mark space full", stats.mark_space_full),
        ("flow cache full", stats.cache_full),
        ("classifier map full", stats.classifier_full),
        ("classifier errors", stats.classifier_errors),
        ("pass", stats.pass),
        ("drop", stats.drop),
        ("redirect", stats.redirect),
        ("packets", stats.packets),
        ("bytes", stats.bytes),
        ("batches", stats.batches),
    ];
    for (name, value) in rows {
        let _ = writeln!(text, "  {name:<22} {value:>12}");
    }
    if let (Some(path), Some(n)) = (&args.out, written) {
        let _ = writeln!(text, "wrote {n} packets to {}", path.display());
    }
    super::write_output(None, &text)
}

/// `flowmark attach`: the classifier in the kernel, the datapath on the device's packets.
#[derive(clap::Args, Debug)]
pub struct AttachArgs {
    /// The pipeline the datapath runs (and, without --classifier, the classifier too).
    pub program: PathBuf,
    /// The network device.
    #[arg(long)]
    pub dev: String,
    /// Entry lines for the pipeline's tables (and the kernel classifier's, when it is the same
    /// program).
    #[arg(long)]
    pub entries: Option<PathBuf>,
    /// The classifier loaded on the device (default: the program itself).
    #[arg(long)]
    pub classifier: Option<PathBuf>,
    /// Worker threads.
    #[arg(long, default_value_t = 1)]
    pub workers: usize,
    /// Evict flows idle for this many seconds.
    #[arg(long, default_value_t = 10.0)]
    pub idle_timeout: f64,
    /// Stop after this many seconds (default: run until Ctrl-C).
    #[arg(long)]
    pub duration: Option<f64>,
    /// Print one JSON object of final stats instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn attach(args: AttachArgs) -> Result<ExitCode, String> {
    if args.workers == 0 || args.workers > 1024 {
        return Err("--workers must be between 1 and 1024".into());
    }
    let idle_timeout_ns = seconds(args.idle_timeout, "idle-timeout")?;
    let duration = match args.duration {
        Some(d) => Some(Duration::from_nanos(seconds(d, "duration")?)),
        None => None,
    };
    let Some((module, classifier_module)) = programs(&args.program, args.classifier.as_deref())? else {
        return Ok(ExitCode::from(1));
    };
    let entries = match &args.entries {
        Some(path) => Some(super::read_text(path)?),
        None => None,
    };
    let stop = Arc::new(AtomicBool::new(false));
    datapath::live::stop_on_interrupt()?;
    let options = datapath::live::Options {
        device: args.dev.clone(),
        config: Config { workers: args.workers, idle_timeout_ns, ..Config::default() },
        entries,
        duration,
    };
    let interactive = std::io::stderr().is_terminal() && !args.json;
    let mut last_print = Instant::now();
    let mut on_tick = |stats: &Stats| {
        if interactive && last_print.elapsed() >= Duration::from_secs(1) {
            last_print = Instant::now();
            eprint!(
                "\r{} packets: {} mark hits, {} cache hits, {} upcalls, {} flows, {} evictions   ",
                stats.packets, stats.mark_hits, stats.cache_hits, stats.upcalls, stats.flows, stats.evictions
            );
        }
    };
    let start = Instant::now();
    let outcome = datapath::live::run(&module, classifier_module.as_ref(), &options, &native, &stop, &mut on_tick)?;
    if interactive {
        eprintln!();
    }
    let fake = RunArgs {
        program: args.program.clone(),
        pcap: PathBuf::from(&args.dev),
        entries: args.entries.clone(),
        classifier: args.classifier.clone(),
        out: None,
        workers: args.workers,
        json: args.json,
        idle_timeout: args.idle_timeout,
        no_classifier: false,
    };
    report(&fake, &outcome.mode, &outcome.stats, start.elapsed(), None)?;
    if let Some(e) = outcome.cleanup_error {
        return Err(format!("cleaning up: {e}"));
    }
    Ok(ExitCode::SUCCESS)
}
