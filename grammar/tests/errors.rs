//! Syntax errors: one E0001 per file, at the failing position, with an "expected ..." message in
//! human words; and inputs nested absurdly deep are refused with a diagnostic, not a crash.

mod common;

use common::*;

/// `(source, expected message, text under the primary span)`.
const SYNTAX_ERRORS: &[(&str, &str, &str)] = &[
    ("header h { bit<8> x }", "expected `;`", "}"),
    ("control c() { apply { x = 1 } }", "expected `;`", "}"),
    ("const bit<8> x = a + ;", "expected an expression", ";"),
    ("control c() { apply { if (x { } } }", "expected `)`", "{"),
    ("action a() { x = y[1:]; }", "expected an expression", "]"),
    ("parser p() { state s { transition select(x) { 1 : a; 2 b; } } }", "expected `:`", "b"),
    ("parser p() { state start { transition } }", "expected `select` or an identifier", "}"),
    ("typedef bit<8>", "expected `[` or an identifier", ""),
    ("control c() { table t { key = { a : exact } } apply {} }", "expected `;`", "}"),
    ("const int x = 1;", "expected `<`", "x"),
];

#[test]
fn syntax_error_messages() {
    let mut failures = Vec::new();
    for (source, message, at) in SYNTAX_ERRORS {
        let parsed = parse(source);
        let Some(d) = parsed.diagnostics.first() else {
            failures.push(format!("{source}: no diagnostic"));
            continue;
        };
        let primary = d.labels.iter().find(|l| l.primary).map(|l| l.span).unwrap_or_default();
        let snippet = parsed.sources.snippet(primary);
        if d.code != "E0001" || !d.message.starts_with(message) || snippet != *at || parsed.diagnostics.len() != 1 {
            failures.push(format!(
                "{source}: got {} {:?} at {snippet:?}, expected {message:?} at {at:?}",
                d.code, d.message
            ));
        }
        assert!(primary.end - primary.start <= 1, "zero- or one-character span");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn messages_name_no_grammar_rules() {
    for source in [
        "header h { bit<8> x }",
        "const bit<8> x = ;",
        "foo bar baz",
        "parser p(",
        "control c() { apply { switch (x) { a } } }",
        "extern E { void f() }",
        "@",
        "const bit<8> x = f(a, ;",
        "struct s { bit<8> a; } }",
    ] {
        let parsed = parse(source);
        assert_eq!(parsed.codes(), ["E0001"], "{source}");
        let message = &parsed.diagnostics[0].message;
        assert!(message.starts_with("expected ") || message.starts_with("syntax error"), "{source}: {message}");
        assert!(!message.contains('_') || message.contains("`_`"), "{source}: raw rule name in {message}");
    }
}

#[test]
fn keyword_used_as_a_name_gets_a_hint() {
    let parsed = parse("struct s { bit<8> state; }");
    assert_eq!(parsed.codes(), ["E0001"]);
    let d = &parsed.diagnostics[0];
    assert_eq!(d.message, "expected an identifier, found keyword `state`");
    assert_eq!(parsed.sources.snippet(d.labels[0].span), "state");
    assert!(d.notes.iter().any(|n| n.contains("`state` is a keyword")), "{:?}", d.notes);
    for source in ["const bit<8> if = 1;", "control c() { apply { state = 1; } }", "typedef bit<8> key;"] {
        let parsed = parse(source);
        assert!(parsed.diagnostics[0].message.starts_with("expected an identifier, found keyword"), "{source}");
    }
}

#[test]
fn crlf_and_byte_order_mark() {
    let parsed = parse("\u{FEFF}#define X 1 \\\r\n + 2\r\nconst bit<8> a = X;\r\n// done\r\n");
    let program = parsed.ok();
    let flowmark_grammar::ast::DeclarationKind::Constant { value, .. } = &program.declarations[0].kind else {
        panic!()
    };
    assert_eq!(show(value), "(1 + 2)");
}

/// Inputs that once made the parser backtrack exponentially: each must fail fast.
#[test]
fn no_exponential_backtracking() {
    let start = std::time::Instant::now();
    for source in [
        format!("const bit<8> x = {}1;", "(bit<(".repeat(30)),
        format!("const bit<8> x = {}1;", "(".repeat(60)),
        format!("const bit<8> x = {}1;", "(T)(".repeat(30)),
        format!("const bit<8> x = {}1;", "f<g<".repeat(30)),
        format!("struct s {{ {} }}", "Map<bit<(".repeat(30)),
        format!("control c() {{ apply {{ {} }} }}", "bit<(".repeat(30)),
        format!("parser p() {{ state s {{ transition select(x) {{ {} }} }} }}", "((".repeat(30)),
    ] {
        // (`f<g<f<...<1` is a valid chain of comparisons; the others are syntax errors.)
        let parsed = parse(&source);
        assert!(parsed.codes().iter().all(|c| *c == "E0001"), "{source}");
    }
    assert!(start.elapsed().as_secs() < 60, "took {:?}", start.elapsed());
}

#[test]
fn missing_semicolon_at_end_of_line_shows_where() {
    let parsed = parse("header h {\n    bit<8> a\n    bit<8> b;\n}\n");
    assert_eq!(parsed.codes(), ["E0001"]);
    let d = &parsed.diagnostics[0];
    assert_eq!(d.message, "expected `;`");
    let secondary = d.labels.iter().find(|l| !l.primary).expect("a secondary label");
    assert_eq!(parsed.sources.snippet(secondary.span), "a");
    assert_eq!(secondary.message, "expected `;` after this");
}

#[test]
fn macro_body_errors_speak_of_the_macro() {
    let parsed = parse("#define TTL 64;\nconst bit<8> x = TTL;\n");
    assert_eq!(parsed.codes(), ["E0001"]);
    assert_eq!(parsed.diagnostics[0].message, "expected the end of the macro body");
}

#[test]
fn rendered_error_points_at_the_file() {
    let parsed = parse("const bit<8> x = 1\nconst bit<8> y = 2;\n");
    let text = parsed.rendered();
    assert!(text.contains("error[E0001]: expected `;`"), "{text}");
    assert!(text.contains("main.p4:2:1"), "{text}");
}

#[test]
fn deep_nesting_is_refused_not_crashed() {
    // Run on a thread with the default test stack (2 MiB) to show the limits hold in debug builds.
    let handle = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(|| {
            let cases = [
                format!("const bit<8> x = {}1{};", "(".repeat(5000), ")".repeat(5000)),
                format!("const bit<8> x = {}1;", "-".repeat(10_000)),
                format!("const bit<8> x = {}1;", "!~".repeat(5_000)),
                format!("const bit<8> x = 1{};", " + 1".repeat(5_000)),
                format!("const bit<8> x = a{};", ".b".repeat(5_000)),
                format!("const bit<8> x = 1{};", " ? 1 : 1".repeat(3_000)),
                format!("action a() {{ {} }}", "if (x) ".repeat(5000) + "y();"),
                format!("action a() {{ {}{} }}", "{".repeat(5000), "}".repeat(5000)),
                format!("struct s {{ {}bit<8>{} x; }}", "H<".repeat(5000), ">".repeat(5000)),
                format!("const bit<8> x = {}1{};", "{".repeat(5000), "}".repeat(5000)),
            ];
            let mut results = Vec::new();
            for source in &cases {
                let parsed = parse(source);
                results.push(parsed.codes());
            }
            results
        })
        .unwrap();
    let results = handle.join().expect("no stack overflow or panic");
    for codes in results {
        assert_eq!(codes, ["E0001"]);
    }
    // Reasonable nesting is fine.
    let parsed = parse(&format!("const bit<8> x = {}1{};", "(".repeat(40), ")".repeat(40)));
    parsed.ok();
    let parsed = parse(&format!("const bit<8> x = 1{};", " + 1".repeat(200)));
    parsed.ok();
    let parsed = parse(&format!("action a() {{ {}{} }}", "{".repeat(60), "}".repeat(60)));
    parsed.ok();
    let parsed = parse(&format!("action a() {{ if (x) y(); {} }}", "else if (x) y(); ".repeat(60)));
    parsed.ok();
}
