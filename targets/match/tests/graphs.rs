//! The two graphs on small programs: selects on slices, masks and tuples in the header graph;
//! `&&`, `||`, `!=` and nested conditions in the table graph.

mod support;

use flowmark_match::model::{Jump, Model};
use flowmark_match::{compile, Options};
use support::*;

fn model(parser_states: &str, control_body: &str) -> (Model, Vec<&'static str>) {
    let text = format!(
        r#"#include <core.p4>
#include <flowmark.p4>
header a_t {{ bit<8> kind; bit<8> flags; bit<16> len; }}
header b_t {{ bit<32> x; bit<32> y; }}
struct headers_t {{ a_t a; b_t b; }}
struct metadata_t {{ bit<8> m; }}
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {{
{parser_states}
}}
control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {{
    action go() {{ }}
    action stop() {{ }}
    table t {{ key = {{ hdr.a.kind : exact; }} actions = {{ go; stop; }} default_action = go(); }}
    table u {{ key = {{ hdr.b.x : lpm; }} actions = {{ go; }} default_action = go(); }}
    table w {{ key = {{ hdr.b.y : ternary; }} actions = {{ go; }} default_action = go(); }}
{control_body}
}}
Flowmark(prs(), pipe()) main;
"#
    );
    let program = compile_text("tests/match_rules/graphs.p4", &text);
    let artifact = compile(&program.module, &Options::default()).expect("compile");
    let codes = artifact.warnings.iter().map(|d| d.code).collect();
    (artifact.model, codes)
}

/// `instance.field == value/mask -> node` for a jump.
fn show(model: &Model, jump: &Jump) -> String {
    match &jump.field {
        None => format!("* -> {}", jump.node),
        Some(f) => format!("{}=={:#x}/{:#x} -> {}", model.instance_field_name(&f.key), f.value, f.mask, jump.node),
    }
}

fn header_jumps(model: &Model, node: &str) -> Vec<String> {
    let n = model.header_nodes.iter().find(|n| n.name == node).unwrap_or_else(|| panic!("no node {node}"));
    n.jumps.iter().map(|j| show(model, j)).collect()
}

fn table_jumps(model: &Model, table: &str) -> Vec<String> {
    let uid = model.tables.iter().position(|t| t.name == table).expect("table") as u32 + 1;
    let node = model.table_nodes.iter().find(|n| n.table == uid).expect("node");
    node.jumps.iter().map(|j| show(model, j)).collect()
}

const SIMPLE_PARSER: &str = "state start { packet.extract(hdr.a); packet.extract(hdr.b); transition accept; }";

#[test]
fn a_select_on_a_slice_tests_the_field_with_a_shifted_mask() {
    let (model, codes) = model(
        "state start { packet.extract(hdr.a); transition select(hdr.a.flags[7:4], hdr.a.kind) {
             (0x3, _): next;
             (_, 1 &&& 0x0f): next;
             default: accept; } }
         state next { packet.extract(hdr.b); transition accept; }",
        "apply { t.apply(); }",
    );
    assert_eq!(header_jumps(&model, "start"), vec!["hdr.a.flags==0x30/0xf0 -> 2", "hdr.a.kind==0x1/0xf -> 2"]);
    assert!(codes.is_empty(), "{codes:?}");
}

#[test]
fn a_tuple_case_gets_a_node_per_extra_field_and_keeps_first_match() {
    let (model, _) = model(
        "state start { packet.extract(hdr.a); transition select(hdr.a.kind, hdr.a.flags) {
             (1, 2): b;
             (1, _): accept;
             (_, 2): b;
             default: accept; } }
         state b { packet.extract(hdr.b); transition accept; }",
        "apply { t.apply(); }",
    );
    let names: Vec<&str> = model.header_nodes.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, vec!["start", "start/kind", "b"]);
    // kind == 1: flags == 2 goes on, anything else accepts (the second case), so the later
    // `(_, 2)` case must not be reachable from there.
    assert_eq!(header_jumps(&model, "start"), vec!["hdr.a.kind==0x1/0xff -> 2", "hdr.a.flags==0x2/0xff -> 3"]);
    assert_eq!(header_jumps(&model, "start/kind"), vec!["hdr.a.flags==0x2/0xff -> 3"]);
}

#[test]
fn hit_conditions_win_over_field_conditions_on_one_path() {
    let (model, codes) = model(
        SIMPLE_PARSER,
        "apply {
             if (t.apply().hit) {
                 if (hdr.a.len != 0) { u.apply(); }
             } else if (hdr.a.kind == 7 || meta.m == 1) {
                 w.apply();
             }
         }",
    );
    // From t: a hit goes to u unless len == 0 (the "done" case is the jump list's end); a miss
    // goes to w: one condition per jump, the table's own result first, the others left out.
    assert_eq!(table_jumps(&model, "pipe.t"), vec!["pipe.t.hit==0x1/0x1 -> 2", "pipe.t.hit==0x0/0x1 -> 3"]);
    assert!(table_jumps(&model, "pipe.u").is_empty());
    assert!(codes.contains(&"W0503"), "the left-out conditions are reported: {codes:?}");
    assert_eq!(model.table_nodes[0].flags, flowmark_match::model::FLAG_INGRESS_ROOT);
}

#[test]
fn or_and_not_equal_become_jumps_in_order() {
    let (model, codes) = model(
        SIMPLE_PARSER,
        "apply {
             t.apply();
             if (hdr.a.kind == 7 || meta.m == 1) {
                 w.apply();
             } else if (hdr.a.flags != 3) {
                 u.apply();
             }
         }",
    );
    assert_eq!(
        table_jumps(&model, "pipe.t"),
        vec!["hdr.a.kind==0x7/0xff -> 3", "meta.m==0x1/0xff -> 3", "hdr.a.flags==0x3/0xff -> 0", "* -> 2"]
    );
    assert_eq!(codes, vec!["W0506"], "only the metadata condition is reported");
}

#[test]
fn action_run_switches_and_exits_become_jumps() {
    let (model, codes) = model(
        SIMPLE_PARSER,
        "apply {
             switch (t.apply().action_run) {
                 stop: { return; }
                 go: { u.apply(); }
             }
             w.apply();
         }",
    );
    let stop = model.actions.iter().position(|a| a.name == "pipe.stop").expect("stop") + 1;
    let go = model.actions.iter().position(|a| a.name == "pipe.go").expect("go") + 1;
    assert_eq!(
        table_jumps(&model, "pipe.t"),
        vec![
            format!("pipe.t.action_run=={stop:#x}/0xffffffff -> 0"),
            format!("pipe.t.action_run=={go:#x}/0xffffffff -> 2"),
            "* -> 3".to_string(),
        ]
    );
    assert_eq!(table_jumps(&model, "pipe.u"), vec!["* -> 3"]);
    assert!(codes.is_empty(), "{codes:?}");
}
