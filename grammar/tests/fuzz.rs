//! Robustness: random bytes and random mutations of a real program never make the parser panic, and
//! every span it reports stays inside its file.

mod common;

use common::*;
use flowmark_grammar::ast::Program;
use flowmark_grammar::{parse_program, Diagnostic, SourceMap};
use proptest::prelude::*;

/// Fragments worth inserting: directives, brackets, literal prefixes, comment and string openers.
const FRAGMENTS: &[&str] = &[
    "#include <core.p4>\n",
    "#include \"x.p4\"\n",
    "#include \"y.p4\"\n",
    "#define X 1\n",
    "#define E\n",
    "#define T bit<8>\n",
    "#define B (\n",
    "#ifndef G\n",
    "#ifdef X\n",
    "#if 0\n",
    "#else\n",
    "#endif\n",
    "#undef X\n",
    "#error boom\n",
    "#pragma x\n",
    "\\\n",
    "X",
    "E",
    "T",
    "B",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "<",
    ">",
    ">>",
    "<<",
    "&&&",
    "..",
    "8w",
    "8s-",
    "0x",
    "0b2",
    "99999999999999999999999999999999999999999",
    "@a(",
    "@b",
    "/*",
    "*/",
    "//",
    "\"",
    "é",
    ";",
    ",",
    ":",
    "?",
    "_",
    "state",
    "apply",
    "transition",
    "select",
    "table",
    "error.",
    ".next",
    "(bit<8>)",
    "lookahead<bit<8>>()",
];

#[derive(Clone, Debug)]
enum Mutation {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Replace(usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), prop::sample::select(FRAGMENTS))
            .prop_map(|(at, f)| Mutation::Insert(at, f.as_bytes().to_vec())),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Insert(at, vec![b])),
        (any::<usize>(), 1usize..20).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Replace(at, b)),
    ]
}

fn apply(text: &str, mutations: &[Mutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let len = bytes.len();
        match m {
            Mutation::Insert(at, what) => {
                let at = at % (len + 1);
                bytes.splice(at..at, what.iter().copied());
            }
            Mutation::Delete(at, n) if len > 0 => {
                let at = at % len;
                let end = (at + n).min(len);
                bytes.drain(at..end);
            }
            Mutation::Replace(at, b) if len > 0 => {
                let at = at % len;
                bytes[at] = *b;
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn check(source: &str) {
    let loader = MapLoader::new(&[
        ("x.p4", "#include \"x.p4\"\nconst bit<8> x = X;\n"),
        ("y.p4", "#ifndef Y\n#define Y 2\nheader h { bit<Y> f; }\n#endif\n"),
    ]);
    let mut sources = SourceMap::default();
    let main = sources.add("main.p4", source);
    let (program, diagnostics) = parse_program(&mut sources, main, &loader);
    check_spans(&sources, program.as_ref(), &diagnostics);
    // Rendering must cope with every span produced.
    let _ = flowmark_grammar::render(&sources, &diagnostics);
}

fn check_spans(sources: &SourceMap, program: Option<&Program>, diagnostics: &[Diagnostic]) {
    let in_bounds = |span: flowmark_grammar::Span| {
        let Some(file) = sources.files.get(span.file.0 as usize) else { return false };
        span.start <= span.end
            && (span.end as usize) <= file.text.len()
            && file.text.is_char_boundary(span.start as usize)
            && file.text.is_char_boundary(span.end as usize)
    };
    for d in diagnostics {
        assert!(!d.message.contains("internal parser error"), "{d:?}");
        for label in &d.labels {
            assert!(in_bounds(label.span), "label span out of bounds: {d:?}");
        }
    }
    if let Some(program) = program {
        for declaration in &program.declarations {
            assert!(in_bounds(declaration.span), "declaration span out of bounds: {declaration:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_sample_never_panics(mutations in prop::collection::vec(mutation(), 1..8)) {
        check(&apply(EBPF_SAMPLE, &mutations));
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_fragments_never_panic(parts in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40)) {
        check(&parts.concat());
    }
}
