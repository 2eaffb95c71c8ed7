//! "A panic is always a bug", across targets: every example and every test program that passes
//! the front end (the diagnostics catalogue's warning cases, the match and datapath test programs),
//! plus line-mutated variants of the examples that still compile, goes through every code
//! generator (eBPF tc/xdp, the offload builds, native CLIF and object, match-interface). Each may
//! refuse with an error, except the native target, which must compile them all; none may panic,
//! and eBPF frames stay within 512 bytes.

use flowmark_ebpf::{Options, ProgramKind};
use flowmark_grammar::{FileLoader, SourceMap};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct RootFiles;

impl FileLoader for RootFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join(path)).map_err(|e| e.to_string())
    }
}

fn programs() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["examples", "tests/diagnostics", "tests/match_rules"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "p4")).collect();
        paths.sort();
        for path in paths {
            let name = format!("{dir}/{}", path.file_name().expect("file name").to_string_lossy());
            out.push((name, std::fs::read_to_string(&path).expect("read program")));
        }
    }
    out
}

/// Deterministic variants: each example with one line removed, for every line.
fn mutants(name: &str, text: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    (0..lines.len())
        .map(|skip| {
            let mutated: Vec<&str> = lines.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, l)| *l).collect();
            (format!("{name} without line {}", skip + 1), mutated.join("\n"))
        })
        .collect()
}

fn every_target(name: &str, module: &flowmark_compiler::ir::Module) {
    for options in [
        Options::new(ProgramKind::Tc),
        Options::new(ProgramKind::Xdp),
        Options::offload(ProgramKind::Tc),
        Options::offload(ProgramKind::Xdp),
    ] {
        if let Ok(artifact) = flowmark_ebpf::compile(module, &options) {
            assert!(artifact.stack_bytes <= 512, "{name}: stack {}", artifact.stack_bytes);
            assert!(!artifact.object.is_empty(), "{name}: empty object");
        }
    }
    // The native target lowers everything the front end accepts: an error there is a bug (a
    // Cranelift verifier failure, say), not a refusal.
    if let Err(e) = flowmark_native::clif(module) {
        panic!("{name}: native CLIF: {e}");
    }
    if let Err(e) = flowmark_native::compile_object(module) {
        panic!("{name}: native object: {e}");
    }
    let _ = flowmark_match::compile(module, &flowmark_match::Options { prefix: None });
}

#[test]
fn every_program_goes_through_every_target_without_panicking() {
    let mut compiled = 0;
    let mut candidates = programs();
    let examples: Vec<(String, String)> = candidates.iter().filter(|(n, _)| n.starts_with("examples/")).cloned().collect();
    for (name, text) in &examples {
        candidates.extend(mutants(name, text));
    }
    for (name, text) in candidates {
        let mut sources = SourceMap::default();
        let path = if name.contains(" without line") { name.split(' ').next().unwrap_or("x.p4").to_string() } else { name.clone() };
        let main = sources.add(path, text);
        let (module, _) = flowmark_compiler::compile_source(&mut sources, main, &RootFiles, "program");
        if let Some(module) = module {
            every_target(&name, &module);
            compiled += 1;
        }
    }
    assert!(compiled > 50, "only {compiled} programs compiled");
}
