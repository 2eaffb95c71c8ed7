//! No panics on any input: every program of the repository that compiles (examples, the match
//! test programs, the diagnostics cases that are only warnings) builds a model or a clean error,
//! and entry lines cut at every word still give rules or line-numbered errors.

mod support;

use flowmark_match::{compile, rules, Options};
use support::*;

#[test]
fn every_program_that_compiles_gives_a_model_or_an_error() {
    let mut programs = examples();
    programs.extend(test_programs());
    let mut cases: Vec<_> = std::fs::read_dir(root().join("tests/diagnostics"))
        .expect("list tests/diagnostics")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "p4"))
        .filter(|p| p.to_string_lossy().contains("warning"))
        .collect();
    cases.sort();
    programs.extend(cases);
    let mut built = 0;
    for path in programs {
        let text = std::fs::read_to_string(&path).expect("read program");
        let rel = relative(&path);
        let mut sources = flowmark_grammar::SourceMap::default();
        let main = sources.add(rel.display().to_string(), text);
        let stem = stem(&path);
        let (module, _) = flowmark_compiler::compile_source(&mut sources, main, &Loader, &stem);
        let Some(module) = module else { continue };
        built += 1;
        if let Ok(artifact) = compile(&module, &Options::default()) {
            assert!(artifact.header.starts_with("#include \"if_match.h\"\n"));
            assert!(
                serde_json::from_str::<serde_json::Value>(&artifact.json).is_ok(),
                "{}: JSON parses",
                rel.display()
            );
        }
    }
    assert!(built >= 8, "only {built} programs compiled");
}

struct Loader;

impl flowmark_grammar::FileLoader for Loader {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join(path)).map_err(|e| e.to_string())
    }
}

#[test]
fn entry_lines_cut_anywhere_give_rules_or_errors() {
    for path in examples().into_iter().chain(test_programs()) {
        let program = compile_file(&relative(&path));
        let entries = match std::fs::read_to_string(path.with_extension("entries")) {
            Ok(text) => text,
            Err(_) => entries_of_stf(&std::fs::read_to_string(path.with_extension("stf")).expect("read STF")),
        };
        let mut text = String::new();
        for line in entries.lines().filter(|l| !l.trim().is_empty()).take(6) {
            let words: Vec<&str> = line.split(' ').collect();
            for cut in 0..=words.len() {
                text.push_str(&words[..cut].join(" "));
                text.push('\n');
            }
        }
        text.push_str(
            "add\nsetdefault\nadd x y:z w()\n\u{0}\u{7f}(((\nadd pipe.t 99999999999999999999999999 a:1 b()\n",
        );
        match rules(&program.module, &text) {
            Ok(_) => panic!("{}: the cut lines should not all be valid", path.display()),
            Err(errors) => assert!(errors.iter().all(|e| e.line > 0), "{}: every error has a line", path.display()),
        }
    }
}
