//! flowmark's runtime. The native datapath's state lives here: match-action tables, hints, maps and
//! counters in the shared byte layouts of `flowmark_compiler::layout` ([`tables`], [`maps`],
//! [`pipeline`]), and the host functions compiled pipelines call ([`host`]). Tables and hints are
//! published as read-copy-update snapshots, maps sit behind one mutex each, counters are
//! per-thread shards: see ARCHITECTURE.md, "Runtime".
#![allow(unsafe_code)]

pub mod datapath;
pub mod ebpf_target;
pub mod flat;
pub mod host;
pub mod kernel;
pub mod maps;
pub mod pipeline;
pub mod tables;

pub use host::Context;
pub use pipeline::Pipeline;
