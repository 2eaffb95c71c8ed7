//! Data-driven golden tests over the repository's example and test programs:
//! - every `tests/diagnostics/*.p4` renders exactly `tests/out/diagnostics/NAME.snap` (the source
//!   and its rendered diagnostics together, so a reader sees both);
//! - every `examples/*.p4` lowers to exactly `tests/out/ir/NAME.ir` (the IR text form), and the IR
//!   verifier accepts it;
//!
//! Run with `FLOWMARK_BLESS=1` to rewrite the golden files after an intended change, then review
//! the diff.

use flowmark_compiler::{compile_source, ir};
use flowmark_grammar::{render, FileLoader, SourceMap};
use std::path::{Path, PathBuf};

/// Loads includes relative to the repository root (programs are named relative to it).
struct FileSystem;

impl FileLoader for FileSystem {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join(path)).map_err(|e| e.to_string())
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files(dir: &str, extension: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("cannot list {dir}: {e}"))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    found.sort();
    found
}

/// Compile a file given relative to the repository root (so diagnostics name it that way).
fn compile(relative: &Path) -> (Option<ir::Module>, String) {
    let text = std::fs::read_to_string(root().join(relative)).expect("read program");
    let mut sources = SourceMap::default();
    let main = sources.add(relative.display().to_string(), text);
    let name = relative.file_stem().expect("file stem").to_string_lossy().into_owned();
    let (module, diagnostics) = compile_source(&mut sources, main, &FileSystem, &name);
    (module, render(&sources, &diagnostics))
}

fn check_golden(path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("FLOWMARK_BLESS").is_some() {
        std::fs::write(path, actual).expect("write golden file");
        return;
    }
    match std::fs::read_to_string(path) {
        Ok(expected) if expected == actual => {}
        Ok(expected) => failures.push(format!(
            "{} differs from the output:\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        )),
        Err(_) => failures.push(format!("{} is missing (run with FLOWMARK_BLESS=1)", path.display())),
    }
}

fn relative(path: &Path) -> PathBuf {
    path.strip_prefix(root()).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

#[test]
fn diagnostics_match_their_snapshots() {
    let programs = files("tests/diagnostics", "p4");
    assert!(programs.len() >= 40, "expected at least 40 diagnostic cases, found {}", programs.len());
    let mut failures = Vec::new();
    let mut codes = std::collections::BTreeSet::new();
    for program in &programs {
        let rel = relative(program);
        let (module, rendered) = compile(&rel);
        let source = std::fs::read_to_string(program).expect("read program");
        let is_warning_case = rel.to_string_lossy().contains("warning");
        if module.is_some() && !is_warning_case {
            failures.push(format!("{} compiled without errors", rel.display()));
        }
        for line in rendered.lines().filter(|l| l.starts_with("error[") || l.starts_with("warning[")) {
            codes.insert(line.split(']').next().unwrap_or("").to_string());
        }
        assert!(!rendered.contains("E9999"), "{}: internal compiler error:\n{rendered}", rel.display());
        let snapshot = format!("{source}\n---- diagnostics ----\n{rendered}");
        let name = program.file_stem().expect("stem").to_string_lossy().into_owned();
        check_golden(&root().join("tests/out/diagnostics").join(format!("{name}.snap")), &snapshot, &mut failures);
    }
    assert!(codes.len() >= 40, "expected at least 40 distinct diagnostic codes, found {}: {codes:?}", codes.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn examples_lower_to_their_ir_snapshots() {
    let mut failures = Vec::new();
    for program in files("examples", "p4") {
        let rel = relative(&program);
        let (module, rendered) = compile(&rel);
        let Some(module) = module else {
            failures.push(format!("{} does not compile:\n{rendered}", rel.display()));
            continue;
        };
        if let Err(errors) = ir::verify::verify(&module) {
            failures.push(format!("{}: IR verifier: {errors:?}", rel.display()));
        }
        let name = program.file_stem().expect("stem").to_string_lossy().into_owned();
        check_golden(&root().join("tests/out/ir").join(format!("{name}.ir")), &module.to_string(), &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
