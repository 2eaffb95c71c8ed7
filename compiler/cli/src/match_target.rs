//! The match-interface target in the CLI: `flowmark build PROG.p4 --target match [-o
//! PROG_model.h]` writes the model as a C header (`--emit json`, an alias of `--emit manifest`,
//! as JSON) and renders what the
//! model leaves out as warnings; `flowmark rules PROG.p4 ENTRIES --target match` prints the
//! `match create` / `match set_rule` commands for an entry file, with `ENTRIES:LINE: message`
//! for bad lines. Exit codes as everywhere: 0 ok, 1 errors in the input, 2 usage.

use crate::{compile, read_text, write_output, Emit, FileSystem};
use clap::ValueEnum;
use flowmark_compiler::ir;
use flowmark_grammar::{render, Diagnostic, SourceMap};
use flowmark_match::{Error, Options};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `flowmark rules`: table-entry lines to a target's control-plane commands.
#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    pub program: PathBuf,
    /// An entry file: `add` and `setdefault` lines, as in STF files.
    pub entries: PathBuf,
    /// Whose commands to print.
    #[arg(long, value_enum, default_value = "match")]
    pub target: RulesTarget,
    /// Output file (default: standard output).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RulesTarget {
    /// The match-interface `match` CLI (`match create`, `match set_rule`).
    Match,
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

fn print_diagnostics(program: &Path, diagnostics: &[Diagnostic]) {
    if !diagnostics.is_empty() {
        eprint!("{}", render(&sources_of(program), diagnostics));
    }
}

/// `flowmark build --target match`.
pub fn build(
    program: &Path,
    module: &ir::Module,
    emit: Option<Emit>,
    output: Option<&Path>,
) -> Result<ExitCode, String> {
    let json = match emit {
        None | Some(Emit::Header) => false,
        Some(Emit::Manifest) => true,
        Some(other) => {
            let name = other.to_possible_value().map_or_else(|| format!("{other:?}"), |v| v.get_name().to_string());
            eprintln!("error: --target match emits `header` (the default) or `json`, not `{name}`");
            return Ok(ExitCode::from(2));
        }
    };
    match flowmark_match::compile(module, &Options::default()) {
        Ok(artifact) => {
            print_diagnostics(program, &artifact.warnings);
            write_output(output, if json { &artifact.json } else { &artifact.header })?;
            Ok(ExitCode::SUCCESS)
        }
        Err(Error::Unsupported(diagnostics)) => {
            print_diagnostics(program, &diagnostics);
            let count = diagnostics.len();
            eprintln!(
                "error: could not build the match-interface model of `{}` due to {count} previous error{}",
                module.name,
                if count == 1 { "" } else { "s" }
            );
            Ok(ExitCode::from(1))
        }
    }
}

/// `flowmark rules`.
pub fn rules(args: RulesArgs) -> Result<ExitCode, String> {
    let RulesTarget::Match = args.target;
    let (module, _) = compile(&args.program)?;
    let Some(module) = module else { return Ok(ExitCode::from(1)) };
    let text = read_text(&args.entries)?;
    match flowmark_match::rules(&module, &text) {
        Ok(commands) => {
            write_output(args.output.as_deref(), &commands)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            for error in &errors {
                if error.line == 0 {
                    eprintln!("error: {}", error.message);
                } else {
                    eprintln!("{}:{}: {}", args.entries.display(), error.line, error.message);
                }
            }
            Ok(ExitCode::from(1))
        }
    }
}
