//! `flowmark build --target tc|xdp`: the eBPF object (with its manifest written next to it as
//! `NAME.json`), `--emit asm` and `--emit manifest`.

use super::{write_output, Emit};
use flowmark_compiler::ir;
use flowmark_ebpf::{Options, ProgramKind};
use std::path::Path;
use std::process::ExitCode;

pub use flowmark_ebpf::ProgramKind as Kind;

pub fn build(module: &ir::Module, kind: ProgramKind, emit: Option<Emit>, output: Option<&Path>) -> Result<ExitCode, String> {
    let options = Options::new(kind);
    let artifact = flowmark_ebpf::compile(module, &options).map_err(|e| e.to_string())?;
    match emit.unwrap_or(Emit::Object) {
        Emit::Asm => write_output(output, &artifact.asm)?,
        Emit::Manifest => write_output(output, &artifact.manifest)?,
        Emit::Object => {
            let path = output.ok_or("an eBPF object needs an output file: -o PROG.o")?;
            std::fs::write(path, &artifact.object).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            let manifest = path.with_extension("json");
            std::fs::write(&manifest, &artifact.manifest).map_err(|e| format!("cannot write {}: {e}", manifest.display()))?;
        }
        Emit::Ir => write_output(output, &module.to_string())?,
        Emit::Clif | Emit::Header => return Err("--emit clif and --emit header need --target native".to_string()),
    }
    Ok(ExitCode::SUCCESS)
}

/// Run an STF file through the kernel (BPF_PROG_TEST_RUN) on a test-harness build.
pub fn run_stf(module: &ir::Module, text: &str, kind: ProgramKind) -> Result<flowmark_compiler::stf::StfReport, String> {
    let mut target = flowmark_runtime::ebpf_target::EbpfTarget::load(module, kind)?;
    Ok(flowmark_compiler::stf::run_stf(module, text, &mut target))
}
