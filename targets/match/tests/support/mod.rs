//! Shared helpers of the match-target tests: compile a program relative to the repository root,
//! compare or rewrite golden files (`FLOWMARK_BLESS=1`, as in `compiler/cli/tests/golden.rs`).
#![allow(dead_code)]

use flowmark_compiler::{compile_source, ir};
use flowmark_grammar::{render, Diagnostic, FileLoader, SourceMap};
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct FileSystem;

impl FileLoader for FileSystem {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join(path)).map_err(|e| e.to_string())
    }
}

/// The examples, sorted: `examples/NAME.p4`.
pub fn examples() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("list examples")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "p4"))
        .collect();
    found.sort();
    found
}

/// The match target's own test programs: `tests/match_rules/NAME.p4`, sorted.
pub fn test_programs() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root().join("tests/match_rules"))
        .expect("list tests/match_rules")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "p4"))
        .collect();
    found.sort();
    found
}

pub fn stem(path: &Path) -> String {
    path.file_stem().expect("file stem").to_string_lossy().into_owned()
}

/// A compiled program with its source map (to render diagnostics).
pub struct Program {
    pub module: ir::Module,
    pub sources: SourceMap,
}

impl Program {
    pub fn render(&self, diagnostics: &[Diagnostic]) -> String {
        render(&self.sources, diagnostics)
    }
}

/// Compile source text named `name` (a path relative to the repository root, for includes and
/// diagnostics); panics with the rendered diagnostics when it does not compile.
pub fn compile_text(name: &str, text: &str) -> Program {
    let mut sources = SourceMap::default();
    let main = sources.add(name.to_string(), text.to_string());
    let stem = Path::new(name).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let (module, diagnostics) = compile_source(&mut sources, main, &FileSystem, &stem);
    match module {
        Some(module) => Program { module, sources },
        None => panic!("{name} does not compile:\n{}", render(&sources, &diagnostics)),
    }
}

pub fn compile_file(relative: &Path) -> Program {
    let text = std::fs::read_to_string(root().join(relative)).expect("read program");
    compile_text(&relative.display().to_string(), &text)
}

pub fn relative(path: &Path) -> PathBuf {
    path.strip_prefix(root()).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

pub fn blessing() -> bool {
    std::env::var_os("FLOWMARK_BLESS").is_some()
}

/// Compare `actual` with the golden file (or rewrite it when blessing).
pub fn check_golden(path: &Path, actual: &str, failures: &mut Vec<String>) {
    if blessing() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create golden directory");
        }
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

/// The `add`/`setdefault` lines of an STF file, other lines blanked so line numbers stay.
pub fn entries_of_stf(stf: &str) -> String {
    stf.lines()
        .map(|line| {
            let word = line.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
            if word == "add" || word == "setdefault" {
                line
            } else {
                ""
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
