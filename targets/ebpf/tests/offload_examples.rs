//! Every example under `examples/` built for NIC offload: either it builds for `offload-tc` (and
//! `offload-xdp`) and its generated instructions keep the offload rules, or the build fails with
//! the offload checker's diagnostics. Golden files `tests/out/offload/NAME.offload-tc.txt` and
//! `NAME.offload-xdp.txt` hold the rendered diagnostics, or "builds" and what the object uses;
//! `FLOWMARK_BLESS=1` rewrites them.

use flowmark_ebpf::{offload, Error, Options, ProgramKind};
use flowmark_grammar::{render, FileLoader, SourceMap};
use std::path::{Path, PathBuf};

struct ExampleFiles;

impl FileLoader for ExampleFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join("examples").join(path)).map_err(|e| format!("{path}: {e}"))
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn examples() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("examples"))
        .expect("examples directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "p4"))
        .map(|p| p.file_stem().expect("stem").to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn compile(name: &str) -> (SourceMap, flowmark_compiler::ir::Module) {
    let text = std::fs::read_to_string(root().join("examples").join(format!("{name}.p4"))).expect("read example");
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text);
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &ExampleFiles, name);
    let module = module.unwrap_or_else(|| panic!("{}", render(&sources, &diagnostics)));
    (sources, module)
}

/// The golden text of one example for one offload target.
fn outcome(sources: &SourceMap, module: &flowmark_compiler::ir::Module, kind: ProgramKind) -> String {
    match flowmark_ebpf::compile(module, &Options::offload(kind)) {
        Ok(artifact) => {
            let usage = offload::scan(&artifact.program);
            format!("{} builds for {}\n{}", module.name, offload::target_name(kind), usage.describe(kind))
        }
        Err(Error::NotOffloadable(diagnostics)) => render(sources, &diagnostics),
        Err(other) => format!("error: {other}\n"),
    }
}

#[test]
fn examples_build_for_offload_or_fail_with_their_diagnostics() {
    let mut failures = Vec::new();
    for name in examples() {
        let (sources, module) = compile(&name);
        for kind in [ProgramKind::Tc, ProgramKind::Xdp] {
            let text = outcome(&sources, &module, kind);
            let path = root().join("tests/out/offload").join(format!("{name}.{}.txt", offload::target_name(kind)));
            if std::env::var_os("FLOWMARK_BLESS").is_some() {
                std::fs::write(&path, &text).expect("write snapshot");
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(expected) if expected == text => {}
                Ok(_) => failures.push(format!("{} differs (FLOWMARK_BLESS=1 to accept, then review the diff)", path.display())),
                Err(_) => failures.push(format!("{} is missing (FLOWMARK_BLESS=1)", path.display())),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
