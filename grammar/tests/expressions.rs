//! Expressions: precedence and associativity (printed fully parenthesised), literals, postfix forms,
//! casts, `>>` closing nested type arguments, and E0006 for bad literals.

mod common;

use common::*;
use flowmark_grammar::ast::*;

/// `(source, fully parenthesised)`. The table, lowest to highest: `?:` (right), `||`, `&&`,
/// `== !=`, `< > <= >=`, `|`, `^`, `&`, `<< >>`, `++ + - |+| |-|`, `* / %`, prefix `! ~ - +` and
/// casts, postfix `.m [i] [h:l] (args)`.
const PRECEDENCE: &[(&str, &str)] = &[
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("1 * 2 + 3", "((1 * 2) + 3)"),
    ("1 - 2 - 3", "((1 - 2) - 3)"),
    ("a / b % c", "((a / b) % c)"),
    ("a + b << 2", "((a + b) << 2)"),
    ("a << b + 2", "(a << (b + 2))"),
    ("a >> 1 >> 2", "((a >> 1) >> 2)"),
    ("a & b << 1", "(a & (b << 1))"),
    ("a | b ^ c & d", "(a | (b ^ (c & d)))"),
    ("a == b | c", "(a == (b | c))"),
    ("a & b == c", "((a & b) == c)"),
    ("a < b == c > d", "((a < b) == (c > d))"),
    ("a <= b && c >= d", "((a <= b) && (c >= d))"),
    ("a != b || c", "((a != b) || c)"),
    ("a || b && c", "(a || (b && c))"),
    ("a && b || c && d", "((a && b) || (c && d))"),
    ("a ++ b + c", "((a ++ b) + c)"),
    ("a + b ++ c", "((a + b) ++ c)"),
    ("a ++ b * c", "(a ++ (b * c))"),
    ("a |+| b * c", "(a |+| (b * c))"),
    ("a |-| b |+| c", "((a |-| b) |+| c)"),
    ("a | b | c", "((a | b) | c)"),
    ("a || b ? c : d", "((a || b) ? c : d)"),
    ("a ? b : c ? d : e", "(a ? b : (c ? d : e))"),
    ("a ? b ? c : d : e", "(a ? (b ? c : d) : e)"),
    ("-a * b", "((-a) * b)"),
    ("-a.b", "(-a.b)"),
    ("!a && b", "((!a) && b)"),
    ("~a & b", "((~a) & b)"),
    ("!!a", "(!(!a))"),
    ("- -a", "(-(-a))"),
    ("+a - b", "((+a) - b)"),
    ("a - -b", "(a - (-b))"),
    ("(bit<8>) a + b", "(((bit<8>) a) + b)"),
    ("(bit<8>) a.b", "((bit<8>) a.b)"),
    ("(bit<8>) -1", "((bit<8>) (-1))"),
    ("(int<8>) (a + b)", "((int<8>) (a + b))"),
    ("(my_t) a", "((my_t) a)"),
    ("(my_t) (a)", "((my_t) a)"),
    ("(a) - b", "(a - b)"),
    ("(a) + b", "(a + b)"),
    ("(a + b) * c", "((a + b) * c)"),
    ("a[1].b[2:0]", "a[1].b[2:0]"),
    ("a.b.c(d)[0]", "a.b.c(d)[0]"),
    ("f(a, b + 1)(c)", "f(a, (b + 1))(c)"),
    ("f(x = 1, y = _)", "f(x = 1, y = _)"),
    ("f(_, a == b)", "f(_, (a == b))"),
    ("p.lookahead<bit<8>>()", "p.lookahead<bit<8>>()"),
    ("p.lookahead<bit<8>>() >> 2", "(p.lookahead<bit<8>>() >> 2)"),
    ("f<bit<8>, bool>(x)", "f<bit<8>, bool>(x)"),
    ("f<Hint<bit<16>>>()", "f<Hint<bit<16>>>()"),
    ("a < b && c > (d)", "((a < b) && (c > d))"),
    ("a<b", "(a < b)"),
    ("a >= b >> c", "(a >= (b >> c))"),
    ("{ a, b + 1 }", "{a, (b + 1)}"),
    ("{ }", "{}"),
    ("{ f = 1, g = a == b }", "{f = 1, g = (a == b)}"),
    ("error.NoMatch", "error.NoMatch"),
    ("h.stack.next.f", "h.stack.next.f"),
    ("h.stack.last", "h.stack.last"),
    ("t.apply().hit", "t.apply().hit"),
    ("h.isValid() && !h2.isValid()", "(h.isValid() && (!h2.isValid()))"),
    ("true || false", "(true || false)"),
    ("\"str\"", "\"str\""),
    ("_", "_"),
    ("a.apply", "a.apply"),
    ("meta.state", "meta.state"),
];

#[test]
fn precedence_and_associativity() {
    let mut failures = Vec::new();
    for (source, expected) in PRECEDENCE {
        let got = show(&parse_expr(source));
        if got != *expected {
            failures.push(format!("{source}: got {got}, expected {expected}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `(source, value, width, signed)`
const LITERALS: &[(&str, u128, Option<u16>, bool)] = &[
    ("0", 0, None, false),
    ("42", 42, None, false),
    ("1_000", 1000, None, false),
    ("0x800", 0x800, None, false),
    ("0XfF", 255, None, false),
    ("0b1010", 10, None, false),
    ("0B1_0", 2, None, false),
    ("0o17", 15, None, false),
    ("0d99", 99, None, false),
    ("16w0x800", 0x800, Some(16), false),
    ("8w255", 255, Some(8), false),
    ("32w0", 0, Some(32), false),
    ("8s5", 5, Some(8), true),
    ("8s127", 127, Some(8), true),
    ("4w0b1111", 15, Some(4), false),
    ("128w340282366920938463463374607431768211455", u128::MAX, Some(128), false),
    ("340282366920938463463374607431768211455", u128::MAX, None, false),
    ("200w5", 5, Some(200), false),
];

#[test]
fn integer_literals() {
    for (source, value, width, signed) in LITERALS {
        let e = parse_expr(source);
        assert_eq!(e.kind, ExprKind::Int { value: *value, width: *width, signed: *signed }, "{source}");
    }
}

#[test]
fn negative_width_literal_is_a_negation() {
    let e = parse_expr("8s-1");
    assert_eq!(show(&e), "(-8s1)");
    let e = parse_expr("8s-128");
    assert_eq!(show(&e), "(-8s128)");
    let e = parse_expr("-8s1");
    assert_eq!(show(&e), "(-8s1)");
}

#[test]
fn bad_literals_are_e0006() {
    for source in [
        "340282366920938463463374607431768211456",
        "999999999999999999999999999999999999999999999999999999999",
        "0xffffffffffffffffffffffffffffffffff",
        "8w256",
        "4w0x10",
        "8s128",
        "8s-129",
        "1w2",
        "0b102",
        "0o8",
        "12ab",
        "0x",
        "0w1",
        "99999999w1",
    ] {
        let parsed = parse(&format!("const bit<8> x = {source};"));
        assert_eq!(parsed.codes(), ["E0006"], "{source}: {}", parsed.rendered());
        // The rest of the program is still returned.
        assert_eq!(parsed.program.as_ref().map(|p| p.declarations.len()), Some(1));
    }
    let parsed = parse("const bit<8> x = 8w256;");
    let d = &parsed.diagnostics[0];
    assert!(d.message.contains("does not fit in 8 bits"), "{}", d.message);
    assert_eq!(parsed.sources.snippet(d.labels[0].span), "8w256");
}

#[test]
fn literal_in_width_and_stack_size() {
    let parsed = parse("struct s { bit<0x10> a; h_t[0b11] b; }");
    let program = parsed.ok();
    let DeclarationKind::Struct { fields, .. } = &program.declarations[0].kind else { panic!() };
    assert_eq!(show_type(&fields[0].ty), "bit<16>");
    assert_eq!(show_type(&fields[1].ty), "h_t[3]");
}

#[test]
fn spans_cover_the_expression() {
    let parsed = parse("const bit<8> x = a + b * (c - 1);");
    let program = parsed.ok();
    let DeclarationKind::Constant { value, .. } = &program.declarations[0].kind else { panic!() };
    assert_eq!(parsed.sources.snippet(value.span), "a + b * (c - 1)");
    let ExprKind::Binary { rhs, .. } = &value.kind else { panic!() };
    assert_eq!(parsed.sources.snippet(rhs.span), "b * (c - 1)");
    let ExprKind::Binary { rhs: inner, .. } = &rhs.kind else { panic!() };
    assert_eq!(parsed.sources.snippet(inner.span), "c - 1");
}

#[test]
fn statement_forms() {
    let parsed = parse(
        "control c() {\n\
           apply {\n\
             h.x = 1;\n\
             a(1, 2);\n\
             t.apply();\n\
             h.setValid();\n\
             p.extract<h_t>(h);\n\
             { }\n\
             if (a) b = 1; else c = 2;\n\
             if (a) { } else if (b) { }\n\
             bit<8> v;\n\
             bit<8> w = 2;\n\
             h_t[2] stack;\n\
             exit;\n\
           }\n\
         }",
    );
    let program = parsed.ok();
    let DeclarationKind::Control(c) = &program.declarations[0].kind else { panic!() };
    let s = &c.apply.statements;
    assert!(matches!(s[0].kind, StatementKind::Assign { .. }));
    for call in &s[1..5] {
        assert!(matches!(&call.kind, StatementKind::Call(e) if matches!(e.kind, ExprKind::Call { .. })));
    }
    assert!(matches!(s[5].kind, StatementKind::Block(_)));
    let StatementKind::If { then_branch, else_branch: Some(else_branch), .. } = &s[6].kind else { panic!() };
    assert_eq!(then_branch.statements.len(), 1);
    assert_eq!(parsed.sources.snippet(then_branch.span), "b = 1;");
    assert_eq!(else_branch.statements.len(), 1);
    let StatementKind::If { else_branch: Some(else_if), .. } = &s[7].kind else { panic!() };
    assert!(matches!(else_if.statements[0].kind, StatementKind::If { .. }));
    assert!(
        matches!(&s[8].kind, StatementKind::Declaration(d) if matches!(d.kind, DeclarationKind::Variable { init: None, .. }))
    );
    assert!(
        matches!(&s[9].kind, StatementKind::Declaration(d) if matches!(d.kind, DeclarationKind::Variable { init: Some(_), .. }))
    );
    assert!(
        matches!(&s[10].kind, StatementKind::Declaration(d) if matches!(&d.kind, DeclarationKind::Variable { ty, .. } if show_type(ty) == "h_t[2]"))
    );
    assert!(matches!(s[11].kind, StatementKind::Exit));
}

#[test]
fn expression_statements_must_be_calls() {
    let parsed = parse("control c() { apply { a + 1; } }");
    assert_eq!(parsed.codes(), ["E0001"]);
    assert_eq!(parsed.sources.snippet(parsed.diagnostics[0].labels[0].span), "a + 1");
}
