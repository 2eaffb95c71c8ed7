//! flowmark's eBPF target: IR -> eBPF instructions (a hand-written code generator with register
//! allocation and verifier-shaped bounds checks), written as an ELF object with BTF that loads
//! unchanged with tc, bpftool/libbpf and aya, for TC (`classifier`) and XDP (`xdp`).
//!
//! Shape shared by every target: [`Options`], [`Error`], [`compile`] -> [`Artifact`].
//! With [`Options::offload`] the same generator follows the NIC offload rules of [`offload`]
//! (checked on the IR first, with diagnostics, and on the generated instructions after).
#![forbid(unsafe_code)]

pub mod btf;
pub mod codegen;
pub mod elf;
pub mod error;
pub mod manifest;
pub mod offload;
pub mod program;

pub use error::Error;
pub use program::ProgramKind;

use flowmark_compiler::ir;

/// How to compile.
#[derive(Clone, Debug)]
pub struct Options {
    pub kind: ProgramKind,
    /// Compile for the test harness: the input port comes from `skb->cb[0]` (TC) or the metadata
    /// area (XDP), the redirect port is written to `skb->cb[1]` / the metadata, and
    /// `timestamp_ns()` reads the `flowmark_clock` map, so BPF_PROG_TEST_RUN can reproduce STF
    /// files exactly.
    pub test_harness: bool,
    /// Most distinct masks a ternary table can hold (tuple space search is unrolled this often).
    pub max_masks: u32,
    /// Compile for NIC offload (`--target offload-tc|offload-xdp`, see [`offload`]): only HASH
    /// and ARRAY maps (counters are plain arrays updated with atomic adds), no context reads
    /// beyond len/data/data_end and no context writes (no mark, no input port, no `cb[]`, so
    /// `test_harness` changes nothing), 32-bit multiplies, division by constants only, TC pass as
    /// `TC_ACT_UNSPEC`, no redirect. Constructs that cannot follow the rules are reported by
    /// [`offload::check`] and make [`compile`] fail with [`Error::NotOffloadable`].
    pub offload: bool,
    /// Offload only: the largest map key and the largest map value, in bytes after rounding each
    /// up to a multiple of 8 (the firmware's element size). Default
    /// [`offload::DEFAULT_ELEMENT_BYTES`].
    pub offload_element_bytes: u32,
}

impl Options {
    pub fn new(kind: ProgramKind) -> Options {
        Options { kind, test_harness: false, max_masks: 16, offload: false, offload_element_bytes: offload::DEFAULT_ELEMENT_BYTES }
    }

    /// Options for an offload build of `kind` with the default element limit.
    pub fn offload(kind: ProgramKind) -> Options {
        Options { offload: true, ..Options::new(kind) }
    }
}

/// A compiled program: the ELF object, the assembly listing and the control-plane manifest.
#[derive(Debug)]
pub struct Artifact {
    pub object: Vec<u8>,
    pub asm: String,
    /// JSON description of every map (see `manifest`).
    pub manifest: String,
    pub program: program::Program,
    pub plan: codegen::MapPlan,
    pub stack_bytes: u32,
}

pub fn compile(module: &ir::Module, options: &Options) -> Result<Artifact, Error> {
    if options.offload {
        let diagnostics = offload::check(module, options);
        if diagnostics.iter().any(|d| d.is_error()) {
            return Err(Error::NotOffloadable(diagnostics));
        }
    }
    let generated = codegen::generate(module, options)?;
    if options.offload {
        // The generator's side of the rules, checked on what it produced.
        let usage = offload::scan(&generated.program);
        let problems = usage.violations(options.kind, options.offload_element_bytes);
        if !problems.is_empty() {
            return Err(Error::Internal(format!("the offload build breaks the offload rules: {}", problems.join("; "))));
        }
    }
    let object = elf::write_object(&generated.program)?;
    let manifest = manifest::manifest(module, &generated.plan, options);
    Ok(Artifact {
        object,
        asm: generated.asm,
        manifest,
        program: generated.program,
        plan: generated.plan,
        stack_bytes: generated.stack_bytes,
    })
}
