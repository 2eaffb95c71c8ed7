//! The `flowmark` command: `check` a pipeline, `build` it (IR text today; eBPF, native and
//! match-interface targets as they land), and `test` it against STF packet tests. Exit codes: 0 ok,
//! 1 errors in the input (diagnostics, failed tests), 2 usage errors.
#![forbid(unsafe_code)]
#![allow(clippy::print_stdout, clippy::print_stderr)]

use clap::{Parser, Subcommand, ValueEnum};
use flowmark_compiler::{ir, stf};
use flowmark_grammar::{render, Diagnostic, FileLoader, SourceMap};
use std::path::{Path, PathBuf};

mod ebpf_target;
mod load;
mod match_target;
mod native_target;
mod run;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "flowmark", version, about = "Compile P4-16 packet pipelines to eBPF, native code and match-interface tables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check a program and print its diagnostics.
    Check {
        program: PathBuf,
        /// Also check what this target cannot compile (`offload-tc`, `offload-xdp`: everything
        /// a NIC offload cannot run, with where and what to use instead).
        #[arg(long, value_enum)]
        target: Option<ebpf_target::CheckTarget>,
        /// Offload targets: the largest map key or value in bytes, each rounded up to 8.
        #[arg(long, default_value_t = flowmark_ebpf::offload::DEFAULT_ELEMENT_BYTES)]
        offload_element_bytes: u32,
    },
    /// Compile a program.
    Build {
        program: PathBuf,
        /// The target to compile for (without one: the IR text form).
        #[arg(long, value_enum)]
        target: Option<BuildTarget>,
        /// What to produce (default: the target's main artifact).
        #[arg(long, value_enum)]
        emit: Option<Emit>,
        /// Output file (default: standard output for text).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Offload targets: the largest map key or value in bytes, each rounded up to 8.
        #[arg(long, default_value_t = flowmark_ebpf::offload::DEFAULT_ELEMENT_BYTES)]
        offload_element_bytes: u32,
    },
    /// Load an eBPF pipeline into the kernel: create its maps, fill its tables from an entry file,
    /// attach it to a device and pin it under /sys/fs/bpf/flowmark/NAME (or --pin DIR).
    Load {
        /// `PROG.p4` (compiled now) or `PROG.o` (a `flowmark build` object; entries then need
        /// `PROG.p4` beside it).
        program: PathBuf,
        /// `add`/`setdefault` lines (the STF syntax) to install.
        #[arg(long)]
        entries: Option<PathBuf>,
        /// Attach to this network device.
        #[arg(long)]
        attach: Option<String>,
        /// TC hook direction when attaching as TC (the default).
        #[arg(long, value_enum, default_value = "ingress")]
        tc: load::Direction,
        /// Build and attach for XDP instead of TC.
        #[arg(long)]
        xdp: bool,
        /// Pin directory (default /sys/fs/bpf/flowmark/NAME).
        #[arg(long)]
        pin: Option<PathBuf>,
        /// Name of this load (default: the program's file stem); `flowmark unload NAME` removes it.
        #[arg(long)]
        name: Option<String>,
        /// Offload program and maps to this NIC and attach there with skip_sw (TC ingress, or
        /// XDP hardware mode with --xdp); a `.p4` is built for offload-tc / offload-xdp.
        #[arg(long, value_name = "DEV")]
        offload: Option<String>,
    },
    /// Remove exactly what `flowmark load` created (attachments, pins, directories).
    Unload {
        name: String,
    },
    /// Run an STF packet test file against a program.
    Test {
        program: PathBuf,
        stf: PathBuf,
        /// Where the packets run.
        #[arg(long, value_enum, default_value = "interp")]
        target: TestTarget,
    },
    /// Turn table-entry lines into a target's control-plane commands.
    Rules(match_target::RulesArgs),
    /// Run the userspace datapath with hint marks over a pcap file (classifier simulated in process).
    Run(run::RunArgs),
    /// Load the classifier on a device (TC) and run the datapath on its packets until Ctrl-C.
    Attach(run::AttachArgs),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// The IR text form.
    Ir,
    /// The target's object file (eBPF ELF, native object).
    Object,
    /// eBPF assembly with the IR operation each run of instructions came from.
    Asm,
    /// The control-plane manifest (JSON): maps, key and value layouts; for `--target match` the
    /// model as JSON (also spelled `--emit json`).
    #[value(alias = "json")]
    Manifest,
    /// The native target's Cranelift IR (CLIF) text.
    Clif,
    /// The native target's C header (entry prototype, context, ids, key/value layouts); the
    /// match target's model header.
    Header,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum BuildTarget {
    /// eBPF for TC cls_bpf direct-action (ELF section `classifier`).
    Tc,
    /// eBPF for XDP (ELF section `xdp`).
    Xdp,
    /// Native code (Cranelift): an object file and its C header.
    Native,
    /// The match-interface pipeline model (C header for matchd, or JSON).
    Match,
    /// eBPF for TC that a NIC can run (Netronome nfp offload rules; see docs/OFFLOAD.md).
    OffloadTc,
    /// eBPF for XDP that a NIC can run (offload rules as for offload-tc).
    OffloadXdp,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum TestTarget {
    /// The reference interpreter.
    Interp,
    /// Native code, JIT-compiled in process (Cranelift).
    Native,
    /// eBPF for TC, loaded into the kernel, packets through BPF_PROG_TEST_RUN.
    Tc,
    /// eBPF for XDP, loaded into the kernel, packets through BPF_PROG_TEST_RUN.
    Xdp,
    /// The offload-tc build, run in the kernel in software mode (TC_ACT_UNSPEC is pass).
    OffloadTc,
    /// The offload-xdp build, run in the kernel in software mode.
    OffloadXdp,
}

/// Reads `#include "..."` files from the file system.
struct FileSystem;

impl FileLoader for FileSystem {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read(path)
            .map_err(|e| e.to_string())
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Check { program, target, offload_element_bytes } => {
            let (module, _) = compile(&program)?;
            match (module, target) {
                (None, _) => Ok(ExitCode::from(1)),
                (Some(_), None) => Ok(ExitCode::SUCCESS),
                (Some(module), Some(target)) => Ok(ebpf_target::check(&program, &module, target, offload_element_bytes)),
            }
        }
        Command::Build { program, target, emit, output, offload_element_bytes } => {
            let (module, _) = compile(&program)?;
            let Some(module) = module else { return Ok(ExitCode::from(1)) };
            match (target, emit) {
                (None, None | Some(Emit::Ir)) | (Some(_), Some(Emit::Ir)) => {
                    write_output(output.as_deref(), &module.to_string())?;
                    Ok(ExitCode::SUCCESS)
                }
                (Some(BuildTarget::Native), emit) => native_target::build(&module, emit, output.as_deref()),
                (Some(BuildTarget::Match), emit) => match_target::build(&program, &module, emit, output.as_deref()),
                (Some(BuildTarget::Tc), emit) => ebpf_target::build(&module, ebpf_target::Kind::Tc, emit, output.as_deref()),
                (Some(BuildTarget::Xdp), emit) => ebpf_target::build(&module, ebpf_target::Kind::Xdp, emit, output.as_deref()),
                (Some(BuildTarget::OffloadTc), emit) => {
                    ebpf_target::build_offload(&program, &module, ebpf_target::Kind::Tc, offload_element_bytes, emit, output.as_deref())
                }
                (Some(BuildTarget::OffloadXdp), emit) => {
                    ebpf_target::build_offload(&program, &module, ebpf_target::Kind::Xdp, offload_element_bytes, emit, output.as_deref())
                }
                (None, Some(other)) => Err(format!("--emit {other:?} needs a --target")),
            }
        }
        Command::Rules(args) => match_target::rules(args),
        Command::Run(args) => run::run(args),
        Command::Attach(args) => run::attach(args),
        Command::Load { program, entries, attach, tc, xdp, pin, name, offload } => {
            load::load(load::Request { program, entries, attach, direction: tc, xdp, pin, name, offload })
        }
        Command::Unload { name } => load::unload(&name),
        Command::Test { program, stf: stf_path, target } => {
            let (module, _) = compile(&program)?;
            let Some(module) = module else { return Ok(ExitCode::from(1)) };
            let text = read_text(&stf_path)?;
            let report = match target {
                TestTarget::Interp => {
                    let mut machine = flowmark_compiler::interp::Machine::new(&module);
                    stf::run_stf(&module, &text, &mut machine)
                }
                TestTarget::Native => native_target::run_stf(&module, &text)?,
                TestTarget::Tc => ebpf_target::run_stf(&module, &text, ebpf_target::Kind::Tc)?,
                TestTarget::Xdp => ebpf_target::run_stf(&module, &text, ebpf_target::Kind::Xdp)?,
                TestTarget::OffloadTc | TestTarget::OffloadXdp => {
                    let kind = if matches!(target, TestTarget::OffloadTc) { ebpf_target::Kind::Tc } else { ebpf_target::Kind::Xdp };
                    match ebpf_target::run_stf_offload(&program, &module, &text, kind)? {
                        Ok(report) => report,
                        Err(code) => return Ok(code),
                    }
                }
            };
            print_report(&stf_path, &report);
            Ok(if report.passed() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
    }
}

fn print_report(path: &Path, report: &stf::StfReport) {
    for failure in &report.failures {
        eprintln!("{}:{}: {}", path.display(), failure.line, failure.message);
    }
    let status = if report.passed() { "ok" } else { "FAILED" };
    let skipped = match report.skipped.len() {
        0 => String::new(),
        n => format!(
            ", {n} skipped (packets the target cannot run: lines {})",
            report.skipped.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", ")
        ),
    };
    println!(
        "{}: {status}: {} packets, {} checks, {} failures{skipped}",
        path.display(),
        report.packets,
        report.checks,
        report.failures.len()
    );
}

pub(crate) fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read(path)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write_output(path: Option<&Path>, text: &str) -> Result<(), String> {
    match path {
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                // A closed pipe (`flowmark ... | head`) is not an error of ours.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write to standard output: {e}")),
                _ => Ok(()),
            }
        }
        Some(path) => std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display())),
    }
}

/// Read, parse, check and lower a program; print its diagnostics to stderr.
pub(crate) fn compile(path: &Path) -> Result<(Option<ir::Module>, Vec<Diagnostic>), String> {
    let text = read_text(path)?;
    let mut sources = SourceMap::default();
    let main = sources.add(path.display().to_string(), text);
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "program".into());
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &FileSystem, &name);
    if !diagnostics.is_empty() {
        eprint!("{}", render(&sources, &diagnostics));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        eprintln!("error: could not compile `{name}` due to {errors} previous error{}", if errors == 1 { "" } else { "s" });
    }
    Ok((module, diagnostics))
}
