//! Property test: the whole front end (preprocessor, parser, semantic analysis, lowering, IR
//! verifier) returns diagnostics or a module for any input, and never panics: random bytes, and the
//! examples mutated byte-wise and line-wise.

use flowmark_compiler::compile_source;
use flowmark_grammar::SourceMap;
use proptest::prelude::*;

mod common;
use common::{ExampleFiles, EXAMPLES};

fn front_end(bytes: &[u8]) {
    let mut sources = SourceMap::default();
    let main = sources.add("fuzz.p4", String::from_utf8_lossy(bytes).into_owned());
    let (module, diagnostics) = compile_source(&mut sources, main, &ExampleFiles, "fuzz");
    // Either a module and no errors, or errors and no module.
    assert_eq!(module.is_some(), !diagnostics.iter().any(|d| d.is_error()));
    assert!(diagnostics.iter().all(|d| d.code != "E9999"), "internal compiler error: {diagnostics:?}");
    // Rendering never panics either.
    let _ = flowmark_grammar::render(&sources, &diagnostics);
}

#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, u8),
    Delete(usize),
    Replace(usize, u8),
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapTokens(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let byte = prop_oneof![
        any::<u8>(),
        prop::sample::select(b"{}();:.,<>[]=&|!~+-*/%#\"'_ 0123456789abcxyzw\n".to_vec()),
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), byte).prop_map(|(i, b)| Mutation::Replace(i, b)),
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapTokens(a, b)),
    ]
}

fn apply(text: &str, mutation: &Mutation) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    let len = bytes.len().max(1);
    match *mutation {
        Mutation::Insert(i, b) => bytes.insert(i % (bytes.len() + 1), b),
        Mutation::Delete(i) => {
            if !bytes.is_empty() {
                bytes.remove(i % len);
            }
        }
        Mutation::Replace(i, b) => {
            if !bytes.is_empty() {
                bytes[i % len] = b;
            }
        }
        Mutation::DeleteLine(i) | Mutation::DuplicateLine(i) => {
            let mut lines: Vec<&str> = text.lines().collect();
            let index = i % lines.len().max(1);
            if index < lines.len() {
                if matches!(mutation, Mutation::DeleteLine(_)) {
                    lines.remove(index);
                } else {
                    lines.insert(index, lines[index]);
                }
            }
            bytes = lines.join("\n").into_bytes();
        }
        Mutation::SwapTokens(a, b) => {
            let mut tokens: Vec<&str> = text.split(' ').collect();
            let n = tokens.len();
            tokens.swap(a % n, b % n);
            bytes = tokens.join(" ").into_bytes();
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        front_end(&bytes);
    }

    #[test]
    fn mutated_examples_never_panic(
        example in 0..EXAMPLES.len(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut text = EXAMPLES[example].1.to_string();
        for m in &mutations {
            text = String::from_utf8_lossy(&apply(&text, m)).into_owned();
        }
        front_end(text.as_bytes());
    }
}

#[test]
fn every_example_compiles_unmutated() {
    for (name, program, _) in EXAMPLES {
        let mut sources = SourceMap::default();
        let main = sources.add(format!("{name}.p4"), program.to_string());
        let (module, diagnostics) = compile_source(&mut sources, main, &ExampleFiles, "example");
        assert!(module.is_some(), "{}", flowmark_grammar::render(&sources, &diagnostics));
    }
}
