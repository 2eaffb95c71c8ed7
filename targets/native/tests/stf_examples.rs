//! Every example under `examples/` passes its STF file on the native target (JIT), with the same
//! report as the reference interpreter.

use flowmark_compiler::compile_source;
use flowmark_compiler::stf::{run_stf, run_stf_interp};
use flowmark_grammar::{FileLoader, SourceMap};
use flowmark_native::NativePipeline;
use std::path::{Path, PathBuf};

struct Files;

impl FileLoader for Files {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join("examples").join(path)).map_err(|e| e.to_string())
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn examples() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "p4"))
        .collect();
    found.sort();
    found
}

#[test]
fn every_example_passes_its_stf_on_native_like_the_interpreter() {
    let mut problems = Vec::new();
    let list = examples();
    assert!(list.len() >= 7, "expected the seven examples, found {}", list.len());
    for program in list {
        let name = program.file_stem().unwrap().to_string_lossy().into_owned();
        let mut sources = SourceMap::default();
        let main = sources.add(format!("{name}.p4"), std::fs::read_to_string(&program).unwrap());
        let (module, _) = compile_source(&mut sources, main, &Files, &name);
        let module = module.unwrap_or_else(|| panic!("{name} does not compile"));
        let Ok(stf) = std::fs::read_to_string(program.with_extension("stf")) else { continue };
        let mut native = match NativePipeline::new(&module) {
            Ok(n) => n,
            Err(e) => {
                problems.push(format!("{name}: {e}"));
                continue;
            }
        };
        let report = run_stf(&module, &stf, &mut native);
        let reference = run_stf_interp(&module, &stf);
        if !report.passed() || report != reference {
            problems.push(format!("{name}.stf on native:\n{report}\ninterpreter:\n{reference}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
