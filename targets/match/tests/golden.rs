//! Snapshots of the match-interface target over every example and every test program in
//! `tests/match_rules/`: the C header (`tests/out/match/NAME_model.h`), the JSON model
//! (`NAME.json`), the rendered warnings (`NAME.warnings`) and the rules (`NAME.rules`) for the
//! `add`/`setdefault` lines of the example's STF file, or for `tests/match_rules/NAME.entries`.
//! `FLOWMARK_BLESS=1` rewrites them; review the diff.

mod support;

use flowmark_match::{compile, rules, Options};
use support::*;

#[test]
fn every_example_matches_its_snapshots() {
    let out = root().join("tests/out/match");
    let mut failures = Vec::new();
    let examples = examples();
    assert!(examples.len() >= 7, "expected the seven examples, found {}", examples.len());
    let mut programs = examples.clone();
    programs.extend(test_programs());
    for path in &programs {
        let name = stem(path);
        let program = compile_file(&relative(path));
        let artifact = match compile(&program.module, &Options::default()) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        check_golden(&out.join(format!("{name}_model.h")), &artifact.header, &mut failures);
        check_golden(&out.join(format!("{name}.json")), &artifact.json, &mut failures);
        check_golden(&out.join(format!("{name}.warnings")), &program.render(&artifact.warnings), &mut failures);

        let entries = match std::fs::read_to_string(path.with_extension("entries")) {
            Ok(entries) => entries,
            Err(_) => entries_of_stf(&std::fs::read_to_string(path.with_extension("stf")).expect("read the STF file")),
        };
        match rules(&program.module, &entries) {
            Ok(text) => check_golden(&out.join(format!("{name}.rules")), &text, &mut failures),
            Err(errors) => {
                let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                failures.push(format!("{name}: rules failed:\n{}", errors.join("\n")));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn compiling_twice_gives_the_same_text() {
    for path in examples() {
        let program = compile_file(&relative(&path));
        let a = compile(&program.module, &Options::default()).expect("compile");
        let b = compile(&program.module, &Options::default()).expect("compile");
        assert_eq!(a.header, b.header);
        assert_eq!(a.json, b.json);
    }
}
