//! The preprocessor: `#define` substitution (spans into the define line), `#include "file"` through
//! an in-memory loader, built-in includes, include guards and double inclusion, cycles, conditionals,
//! and the E0002–E0008 diagnostics.

mod common;

use common::*;
use flowmark_grammar::ast::*;

fn constant_value(declaration: &Declaration) -> &Expr {
    match &declaration.kind {
        DeclarationKind::Constant { value, .. } => value,
        other => panic!("not a constant: {other:?}"),
    }
}

#[test]
fn define_is_substituted_with_spans_into_the_define() {
    let source = "#define SIZE 16w1024\nconst bit<16> s = SIZE + 1;\n";
    let parsed = parse(source);
    let program = parsed.ok();
    let value = constant_value(&program.declarations[0]);
    assert_eq!(show(value), "(16w1024 + 1)");
    let ExprKind::Binary { lhs, .. } = &value.kind else { panic!() };
    assert_eq!(parsed.sources.snippet(lhs.span), "16w1024");
    assert_eq!(parsed.sources.line_of(lhs.span), 1, "the span points into the #define line");
    // The whole expression's span is the use site.
    assert_eq!(parsed.sources.snippet(value.span), "SIZE + 1");
}

#[test]
fn define_in_types_widths_and_nested_macros() {
    let source = "#define W 8\n\
                  #define KEY_T bit<W>\n\
                  #define TWICE (W * 2)   // a comment\n\
                  #define MULTI 1 + \\\n  2\n\
                  struct s { KEY_T k; bit<W> b; bit<TWICE> t; h_t[W] st; }\n\
                  const bit<8> m = MULTI;\n\
                  const bool b = (KEY_T) 3 == 3;\n";
    let parsed = parse(source);
    let program = parsed.ok();
    let DeclarationKind::Struct { fields, .. } = &program.declarations[0].kind else { panic!() };
    let shown: Vec<String> = fields.iter().map(|f| show_type(&f.ty)).collect();
    assert_eq!(shown, ["bit<8>", "bit<8>", "bit<(8 * 2)>", "h_t[8]"]);
    assert_eq!(show(constant_value(&program.declarations[1])), "(1 + 2)");
    assert_eq!(show(constant_value(&program.declarations[2])), "(((bit<8>) 3) == 3)");
}

#[test]
fn define_visibility_follows_source_order() {
    let source = "const bit<8> a = X;\n#define X 1\nconst bit<8> b = X;\n#undef X\nconst bit<8> c = X;\n#define X 2\nconst bit<8> d = X;\n";
    let parsed = parse(source);
    let program = parsed.ok();
    let values: Vec<String> = program.declarations.iter().map(|d| show(constant_value(d))).collect();
    assert_eq!(values, ["X", "1", "X", "2"]);
}

#[test]
fn self_referencing_macro_stops() {
    let parsed = parse("#define X X + 1\nconst bit<8> a = X;\n");
    let program = parsed.ok();
    assert_eq!(show(constant_value(&program.declarations[0])), "(X + 1)");
}

#[test]
fn empty_macro_used_as_value_is_e0007() {
    let parsed = parse("#define GUARD\nconst bit<8> a = GUARD;\n");
    assert_eq!(parsed.codes(), ["E0007"]);
    assert_eq!(parsed.sources.snippet(parsed.diagnostics[0].labels[0].span), "GUARD");
    assert!(parsed.program.is_some());
}

#[test]
fn macro_body_syntax_error_points_into_the_define() {
    let parsed = parse("#define BAD 1 +\nconst bit<8> a = BAD;\n");
    assert_eq!(parsed.codes(), ["E0001"]);
    let d = &parsed.diagnostics[0];
    let primary = d.labels.iter().find(|l| l.primary).unwrap();
    assert_eq!(parsed.sources.line_of(primary.span), 1);
    assert!(d.labels.iter().any(|l| !l.primary && parsed.sources.snippet(l.span) == "BAD"));
}

#[test]
fn quoted_include_through_the_loader() {
    let loader = MapLoader::new(&[
        ("src/headers.p4", "#include \"common/defs.p4\"\nheader h_t { bit<W> f; }\n"),
        ("src/common/defs.p4", "#ifndef DEFS\n#define DEFS\n#define W 8\ntypedef bit<W> w_t;\n#endif\n"),
    ]);
    let parsed = parse_with(
        "src/main.p4",
        "const bit<8> a = 1;\n#include \"headers.p4\"\n#include \"./common/defs.p4\"\nconst bit<8> b = W;\n",
        &loader,
    );
    let program = parsed.ok();
    let names: Vec<String> = program
        .declarations
        .iter()
        .map(|d| match &d.kind {
            DeclarationKind::Constant { name, .. } | DeclarationKind::Typedef { name, .. } => name.name.clone(),
            DeclarationKind::Header { name, .. } => name.name.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(names, ["a", "w_t", "h_t", "b"]);
    // Declarations from included files have spans into those files.
    let w_t = &program.declarations[1];
    assert_eq!(parsed.sources.file(w_t.span.file).name, "src/common/defs.p4");
    assert_eq!(parsed.sources.snippet(w_t.span), "typedef bit<W> w_t;");
    // The macro from the included file reached the includer (after the include).
    assert_eq!(show(constant_value(&program.declarations[3])), "8");
    let DeclarationKind::Header { fields, .. } = &program.declarations[2].kind else { panic!() };
    assert_eq!(show_type(&fields[0].ty), "bit<8>");
}

#[test]
fn include_not_found_is_e0002() {
    let parsed = parse("#include \"missing.p4\"\nconst bit<8> a = 1;\n");
    assert_eq!(parsed.codes(), ["E0002"]);
    let d = &parsed.diagnostics[0];
    assert!(d.message.contains("missing.p4"), "{}", d.message);
    assert_eq!(parsed.sources.snippet(d.labels[0].span), "#include \"missing.p4\"");
    assert!(d.notes.iter().any(|n| n.contains("no such file")), "{:?}", d.notes);
    // The rest still parses.
    assert_eq!(parsed.program.as_ref().unwrap().declarations.len(), 1);

    let parsed = parse("#include <nosuch.p4>\n");
    assert_eq!(parsed.codes(), ["E0002"]);
    assert!(parsed.diagnostics[0].message.contains("<nosuch.p4>"));
}

#[test]
fn include_cycle_is_e0005() {
    let loader = MapLoader::new(&[
        ("a.p4", "#include \"b.p4\"\nconst bit<8> a = 1;\n"),
        ("b.p4", "#include \"a.p4\"\nconst bit<8> b = 1;\n"),
    ]);
    let parsed = parse_with("main.p4", "#include \"a.p4\"\n", &loader);
    assert_eq!(parsed.codes(), ["E0005"]);
    let d = &parsed.diagnostics[0];
    assert_eq!(parsed.sources.file(d.labels[0].span.file).name, "b.p4");
    assert!(d.notes[0].contains("a.p4 -> b.p4 -> a.p4"), "{:?}", d.notes);
    assert_eq!(parsed.program.as_ref().unwrap().declarations.len(), 2);

    let parsed = parse_with("main.p4", "#include \"main.p4\"\n", &MapLoader::new(&[("main.p4", "")]));
    assert_eq!(parsed.codes(), ["E0005"]);
}

#[test]
fn double_include_of_core_does_not_duplicate() {
    let parsed = parse("#include <core.p4>\n#include <ebpf_model.p4>\n#include <core.p4>\n");
    let program = parsed.ok();
    let errors = program.declarations.iter().filter(|d| matches!(d.kind, DeclarationKind::Error { .. })).count();
    assert_eq!(errors, 1);
    let no_actions = program
        .declarations
        .iter()
        .filter(|d| matches!(&d.kind, DeclarationKind::Action(a) if a.name.name == "NoAction"))
        .count();
    assert_eq!(no_actions, 1);
    // Each built-in is loaded once.
    assert_eq!(parsed.sources.files.len(), 3);
}

#[test]
fn include_guards_stop_double_inclusion_of_copies() {
    // Two different paths with the same guard: the guard stops the second.
    let text = "#ifndef H_P4\n#define H_P4\nheader h_t { bit<8> f; }\n#endif\n";
    let loader = MapLoader::new(&[("h.p4", text), ("copy/h.p4", text)]);
    let parsed = parse_with("main.p4", "#include \"h.p4\"\n#include \"copy/h.p4\"\n", &loader);
    assert_eq!(parsed.ok().declarations.len(), 1);
}

#[test]
fn unterminated_ifndef_is_e0003() {
    let parsed = parse("#ifndef X\n#define X\nconst bit<8> a = 1;\n");
    assert_eq!(parsed.codes(), ["E0003"]);
    assert_eq!(parsed.sources.snippet(parsed.diagnostics[0].labels[0].span), "#ifndef X");
    assert_eq!(parsed.program.as_ref().unwrap().declarations.len(), 1);
}

#[test]
fn conditionals() {
    let source = "#define A\n\
                  #ifdef A\nconst bit<8> a = 1;\n#else\nconst bit<8> a = 2;\n#endif\n\
                  #ifndef A\nconst bit<8> b = 1;\n#else\nconst bit<8> b = 2;\n#endif\n\
                  #if 0\n this is not P4 at all\n #include \"nowhere.p4\"\n #error not reached\n\
                  #ifdef A\nnested\n#endif\n#else\nconst bit<8> c = 3;\n#endif\n\
                  #if 1\nconst bit<8> d = 4;\n#endif\n";
    let parsed = parse(source);
    let program = parsed.ok();
    let values: Vec<String> = program.declarations.iter().map(|d| show(constant_value(d))).collect();
    assert_eq!(values, ["1", "2", "3", "4"]);
}

#[test]
fn comment_opened_on_a_directive_line() {
    let parsed = parse("#define X 1 /* the value\n   of X */\nconst bit<8> a = X;\n#include <core.p4> /* core\n */\n");
    let program = parsed.ok();
    assert_eq!(show(constant_value(&program.declarations[0])), "1");
    assert_eq!(program.declarations.len(), 7);
}

#[test]
fn directives_inside_comments_are_ignored() {
    let parsed = parse("/*\n#include \"nowhere.p4\"\n*/\nconst bit<8> a = 1;\n");
    assert_eq!(parsed.ok().declarations.len(), 1);
}

#[test]
fn unsupported_directives_are_e0004() {
    for source in [
        "#define F(x) (x + 1)\n",
        "#pragma once\n",
        "#elif 1\n",
        "#else\n",
        "#endif\n",
        "#if FOO\n#endif\n",
        "#include nothing\n",
        "#define\n",
    ] {
        let parsed = parse(source);
        assert_eq!(parsed.codes(), ["E0004"], "{source}");
    }
    // Every preprocessor error of a file is reported.
    let parsed = parse("#pragma a\n#pragma b\n#define F(x) x\nconst bit<8> a = 1;\n");
    assert_eq!(parsed.codes(), ["E0004", "E0004", "E0004"]);
    assert_eq!(parsed.program.as_ref().unwrap().declarations.len(), 1);
}

#[test]
fn error_directive_is_e0008() {
    let parsed = parse("#error this target is not supported\n");
    assert_eq!(parsed.codes(), ["E0008"]);
    assert_eq!(parsed.diagnostics[0].message, "this target is not supported");
}

#[test]
fn syntax_error_in_an_included_file() {
    let loader = MapLoader::new(&[("bad.p4", "header h { bit<8> x }\n")]);
    let parsed = parse_with("main.p4", "#include <core.p4>\n#include \"bad.p4\"\nconst bit<8> a = 1;\n", &loader);
    assert_eq!(parsed.codes(), ["E0001"]);
    let span = parsed.diagnostics[0].labels[0].span;
    assert_eq!(parsed.sources.file(span.file).name, "bad.p4");
    assert_eq!(parsed.sources.snippet(span), "}");
    // The main file and core.p4 still contribute their declarations.
    let program = parsed.program.as_ref().unwrap();
    assert_eq!(program.declarations.len(), 7);

    // A syntax error in the main file still returns the included declarations.
    let parsed = parse("#include <core.p4>\nconst bit<8> = 1;\n");
    assert_eq!(parsed.codes(), ["E0001"]);
    assert_eq!(parsed.program.as_ref().unwrap().declarations.len(), 6);

    // Nothing parsed at all: no program.
    let parsed = parse("const bit<8> = 1;\n");
    assert!(parsed.program.is_none());
}
