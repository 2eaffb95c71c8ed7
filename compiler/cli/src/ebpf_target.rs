//! `flowmark build --target tc|xdp|offload-tc|offload-xdp`: the eBPF object (with its manifest
//! written next to it as `NAME.json`), `--emit asm` and `--emit manifest`; and `flowmark check
//! --target offload-tc|offload-xdp`, which renders everything a NIC offload cannot run. An
//! offload build of such a program prints the same diagnostics and fails with exit code 1.

use super::{read_text, write_output, Emit, FileSystem};
use flowmark_compiler::ir;
use flowmark_ebpf::{offload, Error, Options, ProgramKind};
use flowmark_grammar::{render, Diagnostic, SourceMap};
use std::path::Path;
use std::process::ExitCode;

/// `flowmark check --target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckTarget {
    /// TC offloaded to a NIC.
    OffloadTc,
    /// XDP offloaded to a NIC.
    OffloadXdp,
}

/// The program's sources again, to render the target's diagnostics: the front end adds the same
/// files in the same order, so the IR's spans point into this map too.
fn sources_of(program: &Path) -> SourceMap {
    let mut sources = SourceMap::default();
    if let Ok(text) = read_text(program) {
        let main = sources.add(program.display().to_string(), text);
        let _ = flowmark_grammar::parse_program(&mut sources, main, &FileSystem);
    }
    sources
}

/// Render offload diagnostics and the closing line; exit code 1 when there are errors.
pub fn report_offload(program: &Path, module: &ir::Module, kind: ProgramKind, diagnostics: &[Diagnostic]) -> ExitCode {
    if diagnostics.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprint!("{}", render(&sources_of(program), diagnostics));
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    if errors == 0 {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "error: `{}` cannot be offloaded ({}) due to {errors} previous error{}",
        module.name,
        offload::target_name(kind),
        if errors == 1 { "" } else { "s" }
    );
    ExitCode::from(1)
}

/// `flowmark check PROG --target offload-tc|offload-xdp`.
pub fn check(program: &Path, module: &ir::Module, target: CheckTarget, element_bytes: u32) -> ExitCode {
    let kind = match target {
        CheckTarget::OffloadTc => ProgramKind::Tc,
        CheckTarget::OffloadXdp => ProgramKind::Xdp,
    };
    let options = Options { offload_element_bytes: element_bytes, ..Options::offload(kind) };
    report_offload(program, module, kind, &offload::check(module, &options))
}

/// `flowmark build --target offload-tc|offload-xdp`.
pub fn build_offload(
    program: &Path,
    module: &ir::Module,
    kind: ProgramKind,
    element_bytes: u32,
    emit: Option<Emit>,
    output: Option<&Path>,
) -> Result<ExitCode, String> {
    let options = Options { offload_element_bytes: element_bytes, ..Options::offload(kind) };
    match flowmark_ebpf::compile(module, &options) {
        Ok(artifact) => write_artifact(module, &artifact, emit, output),
        Err(Error::NotOffloadable(diagnostics)) => Ok(report_offload(program, module, kind, &diagnostics)),
        Err(other) => Err(other.to_string()),
    }
}

pub use flowmark_ebpf::ProgramKind as Kind;

pub fn build(module: &ir::Module, kind: ProgramKind, emit: Option<Emit>, output: Option<&Path>) -> Result<ExitCode, String> {
    let options = Options::new(kind);
    let artifact = flowmark_ebpf::compile(module, &options).map_err(|e| e.to_string())?;
    write_artifact(module, &artifact, emit, output)
}

fn write_artifact(module: &ir::Module, artifact: &flowmark_ebpf::Artifact, emit: Option<Emit>, output: Option<&Path>) -> Result<ExitCode, String> {
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

/// Run an STF file through the kernel on an offload build in software mode; a program that
/// cannot be offloaded gets its diagnostics printed and the exit code back instead.
pub fn run_stf_offload(
    program: &Path,
    module: &ir::Module,
    text: &str,
    kind: ProgramKind,
) -> Result<Result<flowmark_compiler::stf::StfReport, ExitCode>, String> {
    let diagnostics = offload::check(module, &Options::offload(kind));
    if diagnostics.iter().any(|d| d.is_error()) {
        return Ok(Err(report_offload(program, module, kind, &diagnostics)));
    }
    let mut target = flowmark_runtime::ebpf_target::EbpfTarget::load_offload(module, kind)?;
    Ok(Ok(flowmark_compiler::stf::run_stf(module, text, &mut target)))
}
