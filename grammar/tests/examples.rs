//! Every program in the repository's `examples/` directory parses without a diagnostic (the files
//! are read from disk; `#include "..."` resolves relative to the including file).

mod common;

use std::path::{Path, PathBuf};

use flowmark_grammar::{parse_program, FileLoader, SourceMap};

/// Loads include files relative to a root directory.
#[derive(Debug)]
struct DiskLoader(PathBuf);

impl FileLoader for DiskLoader {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(self.0.join(path)).map_err(|e| e.to_string())
    }
}

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("examples")
}

#[test]
fn examples_parse() {
    let dir = examples_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "p4")).collect();
    paths.sort();
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let mut sources = SourceMap::default();
        let main = sources.add(name.clone(), text);
        let (program, diagnostics) = parse_program(&mut sources, main, &DiskLoader(dir.clone()));
        if !diagnostics.is_empty() || program.is_none() {
            failures.push(format!("{name}:\n{}", flowmark_grammar::render(&sources, &diagnostics)));
        }
    }
    assert!(paths.len() >= 7, "expected the example programs in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
