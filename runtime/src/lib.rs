//! flowmark's runtime. The native datapath's state lives here: match-action tables, hints, maps and
//! counters in the shared byte layouts of `flowmark_compiler::layout` ([`tables`], [`maps`],
//! [`pipeline`]), the sequence-locked flat stores compiled pipelines probe inline ([`flat`]), and
//! the host functions they call otherwise ([`host`]). Tables are read-copy-update snapshots with a
//! flat mirror, hints are flat stores, maps are written under one mutex each and read inline,
//! counters are per-worker shards: see ARCHITECTURE.md, "Runtime".
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
