mod common;
use common::*;
#[test]
fn scratch() {
    for src in ["const bit<8> x = a + ;", "header h { bit<8> x }", "control c() { apply { x = 1 } }", "parser p() { state start { transition } }", "typedef bit<8>", "control c() { apply { x + 1; } }", "foo bar baz", "struct s { bit<8> state; }", "control c() { bit<8> state; apply { state = 1; } }",
      "header h { bit<8> x; ", "control c() { apply { if (x { } } }", "control c() { table t { key = { a : exact } } apply {} }", "const bit<8> x = (bit<8>) 5", "action a() { x = y[1:]; }",
      "parser p() { state s { transition select(x) { 1 : a; 2 b; } } }", "control c() { apply { f(x; } }", "extern E { void f() }", "@anno(\"x\" const bit<8> x = 1;", "  $", "const int x = 1;", "action a() { bit<8> x = 1 }"] {
        let p = parse(src);
        println!("--- {src}\n{}", p.rendered());
    }
}
