//! flowmark's eBPF target: IR -> eBPF instructions (a hand-written code generator with register
//! allocation and verifier-shaped bounds checks), written as an ELF object with BTF that loads
//! unchanged with tc, bpftool/libbpf and aya, for TC (`classifier`) and XDP (`xdp`).
//!
//! Shape shared by every target: [`Options`], [`Error`], [`compile`] -> [`Artifact`].
#![forbid(unsafe_code)]

pub mod btf;
pub mod codegen;
pub mod elf;
pub mod error;
pub mod manifest;
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
}

impl Options {
    pub fn new(kind: ProgramKind) -> Options {
        Options { kind, test_harness: false, max_masks: 16 }
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
    let generated = codegen::generate(module, options)?;
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
