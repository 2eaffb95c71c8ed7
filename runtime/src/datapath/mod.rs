//! The userspace datapath with hint marks: OVS-DPDK's partial-offload scheme (FACTS.md section 7)
//! for pipelines compiled by the native target. A classifier in front of the datapath (the same
//! program or another one, in TC/XDP or simulated in process) looks each packet's flow key up in
//! its `Hint` map and tags the packet with the flow's mark; the datapath finds the flow by mark and
//! skips parsing and classification.
//!
//! # Per packet (a [`Worker`] runs batches of [`BATCH`] packets)
//! 1. **Mark hit.** A mark != 0 that names one of this worker's flows: the flow's cached result
//!    (verdict, output port) is applied. Nothing is parsed. An unknown mark falls through to 2.
//! 2. **Flow cache.** The *probe* (see [`derive`]) runs: the classifier's parser and its control up
//!    to the first `Hint.apply`, whose key it looks up in the worker's exact-match flow cache
//!    (a `Map` of the probe's own state: key -> mark). A hit gives the mark, and 1 applies.
//! 3. **Upcall.** A miss runs the whole pipeline, installs the flow, allocates a mark and writes
//!    `key -> mark` into the classifier's Hint map ([`ClassifierMaps`]: the simulated classifier's
//!    snapshots or the kernel map). Packets with no flow key (parser reject, no Hint applied on
//!    their path, a classifier without Hint) run the whole pipeline and are not cached.
//!
//! # Why an exact-match cache keyed by the hint key, not a megaflow cache with masks
//! The flow key is whatever the program passes to `Hint.apply` (the classifier author's definition
//! of a flow): the datapath can compute exactly that key with compiled code (the probe) and the
//! classifier maps exactly that key to the mark, so the cache and the classifier agree by
//! construction, and a lookup is one hash probe. A megaflow cache would need the set of fields each
//! result depended on (masks), i.e. dependency tracking through the native code; the hint key
//! already is the coarsest key the program declares. The contract, as for OVS megaflows: packets
//! with equal keys get equal results. A pipeline whose result also depends on other packet bytes
//! must put them into the key.
//!
//! # Cached results ([`FlowMode`])
//! Stateless pipelines that do not rewrite packets reuse the first packet's result. Pipelines with
//! `Map` externs (Oko's stateful filters), header writes, time or random numbers re-run on every
//! cached hit (Oko's rule: the flow is found without classification, its stateful filters still
//! run). Counters of reused flows count pipeline runs only (upcalls, revalidations); per-flow
//! packets and bytes are kept by the datapath.
//!
//! # Marks, eviction, invalidation
//! Worker `w` of `W` owns the marks `w + 1 + k * W` (`k` = slot of its flow table), so marks are
//! unique across workers without a lock, a mark names its flow in O(1), and at most
//! [`MAX_MARK`] (2^32 - 2) is used; freed marks are reused oldest first, after
//! [`Config::mark_reuse_delay_ns`] and after the classifier published their removal. Idle flows
//! (no packet for [`Config::idle_timeout_ns`]) are swept at batch ends: classifier entry, cache
//! entry, flow and mark go together. A full mark space, flow cache or Hint map is counted
//! ([`Stats`]) and the packet is processed uncached. Table updates through the datapath bump a
//! generation; a cached flow of an older generation re-runs the pipeline on its next hit and
//! stores the new result (lazy revalidation: all flows are affected, none is removed).
//!
//! # Threads
//! [`runner`] shards packets over workers by a symmetric flow hash ([`flow_hash`], the NIC's RSS);
//! each worker has its own flow table, flow cache (its own probe state) and marks. The pipeline
//! state (tables, maps, counters) is shared, with the runtime's concurrency rules.

pub mod classifier;
pub mod derive;
pub mod live;
pub mod pcap;
pub mod runner;
pub mod socket;
mod stats;
mod worker;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use flowmark_compiler::ir::{ActionCall, Entry, Module, TableId};
use flowmark_compiler::layout::{self, StructLayout};

pub use classifier::{ClassifierMaps, InstallError, KernelClassifier, NoClassifier, SimClassifier};
pub use derive::FlowMode;
pub use runner::flow_hash;
pub use stats::Stats;
pub use worker::Worker;

use crate::Pipeline;

/// Packets per batch.
pub const BATCH: usize = 32;
/// The largest mark (`0` means none, `u32::MAX` is reserved).
pub const MAX_MARK: u32 = u32::MAX - 1;

/// What one run of a compiled pipeline produced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// 0 pass, 1 drop, 2 redirect.
    pub verdict: u32,
    pub mark: u32,
    pub out_port: u32,
    /// The parser error when the parser rejected, else 0.
    pub parser_error: u32,
}

/// A compiled pipeline and the state it runs on (`flowmark_native::NativePipeline` behind a
/// newtype; the runtime cannot depend on the native target, which depends on it).
pub trait Engine: Send + Sync {
    /// Run one packet in place.
    fn run(&self, packet: &mut [u8], in_port: u32, mark: u32, time_ns: u64) -> Outcome;
    /// The state the pipeline runs on (tables, maps, hints, counters).
    fn state(&self) -> &Arc<Pipeline>;
}

/// Compiles a module into an [`Engine`] with a fresh state.
pub type Compiler<'a> = &'a dyn Fn(&Module) -> Result<Box<dyn Engine>, String>;

/// How a packet was handled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PathTaken {
    /// Found by its mark.
    MarkHit,
    /// Found in the flow cache by its key.
    CacheHit,
    /// Missed: the pipeline ran and the flow was installed (or the install failed, see stats).
    Upcall,
    /// No flow key: the pipeline ran, nothing was cached.
    #[default]
    Uncached,
}

/// One packet in and out of the datapath.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Packet {
    /// The bytes (rewritten in place by pipelines that rewrite).
    pub data: Vec<u8>,
    pub in_port: u32,
    /// The mark it arrives with (0: none).
    pub mark: u32,
    /// Its time (nanoseconds): what `timestamp_ns()` reads and what idle timeouts count in.
    pub time_ns: u64,
    /// Output: 0 pass, 1 drop, 2 redirect.
    pub verdict: u32,
    /// Output: the port of a redirect.
    pub out_port: u32,
    /// Output: the mark of the packet's flow (0 when uncached or not installed).
    pub flow_mark: u32,
    /// Output: which path it took.
    pub path: PathTaken,
}

impl Packet {
    pub fn new(data: Vec<u8>, in_port: u32, mark: u32, time_ns: u64) -> Self {
        Packet { data, in_port, mark, time_ns, ..Packet::default() }
    }
}

/// Datapath settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Worker threads (at least 1).
    pub workers: usize,
    /// Flows per worker and hint: the capacity of each flow cache.
    pub max_flows: u32,
    /// A flow without packets for this long is evicted (nanoseconds of packet time; 0: never).
    pub idle_timeout_ns: u64,
    /// The largest mark to hand out (at most [`MAX_MARK`]; smaller to test a full mark space).
    pub max_mark: u32,
    /// A freed mark is reused only after this long (packets marked before its removal may still
    /// be queued; 0 for the simulated classifier, which never has packets in flight).
    pub mark_reuse_delay_ns: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config { workers: 1, max_flows: 65536, idle_timeout_ns: 10_000_000_000, max_mark: MAX_MARK, mark_reuse_delay_ns: 0 }
    }
}

/// A datapath: the pipeline, the probe per worker, the classifier's maps, control-plane entry
/// points and the workers' published stats. Share it with `Arc`; take each worker once.
pub struct Datapath {
    pipeline: Box<dyn Engine>,
    probes: Vec<Box<dyn Engine>>,
    probe: Option<derive::Probe>,
    /// Hint key layouts of the classifier, by hint index.
    hint_layouts: Vec<StructLayout>,
    /// The probe's tables are the pipeline's (one program is both classifier and pipeline).
    same_program: bool,
    mode: FlowMode,
    config: Config,
    classifier: Arc<dyn ClassifierMaps>,
    generation: AtomicU64,
    flush_epoch: AtomicU64,
    published: Vec<Mutex<Stats>>,
    taken: Mutex<Vec<bool>>,
    /// Serialises control-plane changes (entries to several states, then the generation).
    control: Mutex<()>,
}

impl std::fmt::Debug for Datapath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Datapath").field("mode", &self.mode).field("config", &self.config).finish_non_exhaustive()
    }
}

impl Datapath {
    /// A datapath running `pipeline`, with flow keys from `classifier`'s hints (`None`: the
    /// pipeline is its own classifier), writing marks into `maps`. `compile` builds the pipeline
    /// (over the datapath's state) and one probe per worker.
    pub fn new(
        pipeline: &Module,
        classifier: Option<&Module>,
        config: Config,
        maps: Arc<dyn ClassifierMaps>,
        compile: Compiler<'_>,
    ) -> Result<Arc<Self>, String> {
        let mut config = config;
        config.workers = config.workers.max(1);
        config.max_mark = config.max_mark.clamp(1, MAX_MARK);
        let classifier_module = classifier.unwrap_or(pipeline);
        let probe = derive::probe(classifier_module, config.max_flows);
        let mode = derive::flow_mode(pipeline, &probe);
        let probe = probe.ok();
        let engine = compile(pipeline)?;
        let mut probes = Vec::new();
        if let Some(p) = &probe {
            for _ in 0..config.workers {
                probes.push(compile(&p.module)?);
            }
        }
        let hint_layouts = classifier_module.hints.keys().map(|h| layout::hint_key_layout(classifier_module, h)).collect();
        Ok(Arc::new(Datapath {
            pipeline: engine,
            probes,
            probe,
            hint_layouts,
            same_program: classifier.is_none(),
            mode,
            published: (0..config.workers).map(|_| Mutex::new(Stats::default())).collect(),
            taken: Mutex::new(vec![false; config.workers]),
            config,
            classifier: maps,
            generation: AtomicU64::new(0),
            flush_epoch: AtomicU64::new(0),
            control: Mutex::new(()),
        }))
    }

    /// How flows are cached.
    pub fn mode(&self) -> &FlowMode {
        &self.mode
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The pipeline's state (tables, maps, counters).
    pub fn state(&self) -> &Arc<Pipeline> {
        self.pipeline.state()
    }

    /// The classifier's maps.
    pub fn classifier(&self) -> &Arc<dyn ClassifierMaps> {
        &self.classifier
    }

    /// Worker `index`, once; `None` when out of range or already taken.
    pub fn worker(self: &Arc<Self>, index: usize) -> Option<Worker> {
        let mut taken = self.taken.lock().unwrap_or_else(|e| e.into_inner());
        let slot = taken.get_mut(index)?;
        if std::mem::replace(slot, true) {
            return None;
        }
        Some(Worker::new(Arc::clone(self), index))
    }

    /// The stats every worker published (at its last batch end), added up.
    pub fn stats(&self) -> Stats {
        let mut total = Stats::default();
        for stats in &self.published {
            total.merge(&stats.lock().unwrap_or_else(|e| e.into_inner()));
        }
        total
    }

    /// The stats of one worker.
    pub fn worker_stats(&self, index: usize) -> Option<Stats> {
        self.published.get(index).map(|s| *s.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Apply a control-plane change to the pipeline (and to the probes when they share its
    /// tables), then invalidate cached results.
    fn change(&self, f: &dyn Fn(&Pipeline) -> Result<(), String>) -> Result<(), String> {
        let _guard = self.control.lock().unwrap_or_else(|e| e.into_inner());
        let result = f(self.pipeline.state());
        if self.same_program {
            for probe in &self.probes {
                // The probe has the same tables; the pipeline already validated the change.
                let _ = f(probe.state());
            }
        }
        // After the tables: a worker that sees the new generation sees the new tables.
        self.generation.fetch_add(1, Ordering::AcqRel);
        result
    }

    /// Apply control-plane lines (`add`, `setdefault`, ... as in entry files).
    pub fn apply_entries(&self, text: &str) -> Result<(), String> {
        self.change(&|p| crate::host::apply_entries(p, text))
    }

    pub fn add_entry(&self, table: TableId, entry: Entry) -> Result<(), String> {
        self.change(&|p| p.add_entry(table, entry.clone()))
    }

    pub fn set_default(&self, table: TableId, action: ActionCall) -> Result<(), String> {
        self.change(&|p| p.set_default(table, action.clone()))
    }

    pub fn clear_table(&self, table: TableId) -> Result<(), String> {
        self.change(&|p| p.clear_table(table))
    }

    /// Ask every worker to evict all its flows at its next batch.
    pub fn request_flush(&self) {
        self.flush_epoch.fetch_add(1, Ordering::AcqRel);
    }

    /// The current table generation.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }
}
