//! Golden `--emit asm` listings of every example for TC and XDP (`tests/out/asm/NAME.KIND.asm`;
//! `FLOWMARK_BLESS=1` rewrites them), and the stack frame of every example within 512 bytes.

use flowmark_ebpf::{Options, ProgramKind};
use flowmark_grammar::{FileLoader, SourceMap};
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

fn module(name: &str) -> flowmark_compiler::ir::Module {
    let text = std::fs::read_to_string(root().join("examples").join(format!("{name}.p4"))).expect("read example");
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text);
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &ExampleFiles, name);
    module.unwrap_or_else(|| panic!("{}", flowmark_grammar::render(&sources, &diagnostics)))
}

#[test]
fn asm_listings_match_their_snapshots() {
    let mut failures = Vec::new();
    for name in examples() {
        let module = module(&name);
        for (kind, suffix) in [(ProgramKind::Tc, "tc"), (ProgramKind::Xdp, "xdp")] {
            let artifact = flowmark_ebpf::compile(&module, &Options::new(kind)).unwrap_or_else(|e| panic!("{name} {suffix}: {e}"));
            assert!(artifact.stack_bytes <= 512, "{name} {suffix}: stack {}", artifact.stack_bytes);
            assert!(artifact.asm.contains(&format!("stack {} bytes", artifact.stack_bytes)));
            let path = root().join("tests/out/asm").join(format!("{name}.{suffix}.asm"));
            if std::env::var_os("FLOWMARK_BLESS").is_some() {
                std::fs::write(&path, &artifact.asm).expect("write snapshot");
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(expected) if expected == artifact.asm => {}
                Ok(_) => failures.push(format!("{} differs (FLOWMARK_BLESS=1 to accept, then review the diff)", path.display())),
                Err(_) => failures.push(format!("{} is missing (FLOWMARK_BLESS=1)", path.display())),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn manifests_describe_every_map() {
    for name in examples() {
        let module = module(&name);
        let artifact = flowmark_ebpf::compile(&module, &Options::new(ProgramKind::Tc)).expect("compile");
        let manifest: serde_json::Value = serde_json::from_str(&artifact.manifest).expect("manifest is JSON");
        let tables = manifest["tables"].as_array().expect("tables");
        assert_eq!(tables.len(), module.tables.len(), "{name}");
        for table in tables {
            let map = table["map"].as_str().expect("map name");
            assert!(artifact.program.maps.iter().any(|m| m.name == map), "{name}: manifest names missing map {map}");
            assert!(table["key"].as_array().is_some_and(|k| !k.is_empty()) || module.tables.values().any(|t| t.keys.is_empty()));
        }
        assert_eq!(manifest["hints"].as_array().map(|h| h.len()), Some(module.hints.len()));
        assert_eq!(manifest["maps"].as_array().map(|m| m.len()), Some(module.maps.len()));
    }
}
