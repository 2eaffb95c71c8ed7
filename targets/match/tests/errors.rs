//! What the match-interface target refuses, and how it says so: entry lines naming a missing
//! table, key field or action, or a value too wide for its field (errors with line numbers),
//! statements the model has no rule for, and programs whose tables the model cannot express
//! (E0501, E0502); plus the warnings for a table applied at several places.

mod support;

use flowmark_match::{compile, rules, Error, Options};
use support::*;

fn router() -> Program {
    compile_file(std::path::Path::new("examples/router.p4"))
}

#[test]
fn bad_entry_lines_are_reported_with_their_line_numbers() {
    let program = router();
    let text = std::fs::read_to_string(root().join("tests/match_rules/router_errors.entries")).expect("read entries");
    let errors = rules(&program.module, &text).expect_err("the entries are bad");
    let found: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.message.as_str())).collect();
    let expect = [
        (3, "unknown table `pipe.no_such_table`"),
        (4, "unknown key `hdr.ethernet.no_such_field`"),
        (5, "unknown action `no_such_action`"),
        (6, "does not fit bit<48>"),
        (7, "does not fit bit<32>"),
        (8, "is const"),
    ];
    assert_eq!(errors.len(), expect.len(), "{found:?}");
    for ((line, message), error) in expect.iter().zip(&errors) {
        assert_eq!(error.line, *line, "{found:?}");
        assert!(error.message.contains(message), "line {line}: `{}` does not say `{message}`", error.message);
        assert!(error.to_string().starts_with(&format!("line {line}: ")));
    }
}

#[test]
fn statements_without_a_rule_are_errors_with_line_numbers() {
    let program = compile_file(std::path::Path::new("examples/ovs_hint.p4"));
    let text = "\n# hints are left out of the model\nadd_hint pipe.flows4 vlan_id:0 src_addr:1 dst_addr:2 protocol:6 src_port:1 dst_port:2 => 7\nremove all\n";
    let errors = rules(&program.module, text).expect_err("no rules for hints");
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].line, 3);
    assert!(errors[0].message.contains("hint `pipe.flows4` is not in the match-interface model"), "{}", errors[0]);
    assert_eq!(errors[1].line, 4);
    assert!(errors[1].message.contains("remove"), "{}", errors[1]);
}

#[test]
fn good_entries_become_rules() {
    let program = router();
    let text = "add pipe.ipv4_lpm hdr.ipv4.dstAddr:0x0a000000/8 set_nhop(dmac:0x1, smac:0x2, port:3)\nadd my_macs hdr.ethernet.dstAddr:5 NoAction()\n";
    let out = rules(&program.module, text).expect("rules");
    assert!(out.contains("match set_rule prio 0 handle 1 table 2 action pipe.drop\n"), "{out}");
    assert!(out.contains("match set_rule prio 1 handle 2 table 2 match ipv4_t.dstAddr 0xa000000 0xff000000 action pipe.set_nhop 0x1 0x2 0x3\n"), "{out}");
    assert!(
        out.contains(
            "match set_rule prio 1 handle 3 table 1 match ethernet_t.dstAddr 0x5 0xffffffffffff action NoAction\n"
        ),
        "{out}"
    );
}

#[test]
fn dynamic_tables_are_created_and_their_rules_use_the_new_id() {
    let program = compile_file(std::path::Path::new("tests/match_rules/dynamic.p4"));
    let artifact = compile(&program.module, &Options::default()).expect("compile");
    assert!(
        artifact.header.contains("NET_MAT_TABLE_INGRESS_ROOT | NET_MAT_TABLE_DYNAMIC"),
        "the @dynamic table's node is flagged"
    );
    let out = rules(&program.module, "add classify standard_metadata.in_port:1 hdr.ipv4.srcAddr:0x0a000000&&&0xff000000 hdr.ports.dstPort:80..80 drop()\n").expect("rules");
    assert!(out.contains("match create source 1 name pipe.classify id 4 size 256 match standard_metadata.in_port exact match ipv4_t.srcAddr mask match ports_t.dstPort mask action pipe.set_class action pipe.drop action NoAction\n"), "{out}");
    assert!(out.contains("table 4 match standard_metadata.in_port 0x1 0xffffffff match ipv4_t.srcAddr 0xa000000 0xff000000 match ports_t.dstPort 0x50 0xffff action pipe.drop\n"), "{out}");
}

/// A program around one control body: an IPv6 header and a metadata struct.
fn program(body: &str) -> Program {
    let text = format!(
        r#"#include <core.p4>
#include <flowmark.p4>
header ipv6_t {{
    bit<4> version; bit<8> tc; bit<20> label; bit<16> len; bit<8> next; bit<8> hops;
    bit<128> src; bit<128> dst;
}}
struct headers_t {{ ipv6_t ipv6; }}
struct metadata_t {{ bit<16> x; }}
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {{
    state start {{ packet.extract(hdr.ipv6); transition accept; }}
}}
control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {{
{body}
}}
Flowmark(prs(), pipe()) main;
"#
    );
    compile_text("tests/match_rules/inline.p4", &text)
}

fn refused(program: &Program) -> Vec<flowmark_grammar::Diagnostic> {
    match compile(&program.module, &Options::default()) {
        Err(Error::Unsupported(diagnostics)) => diagnostics,
        Ok(_) => panic!("the model was built"),
    }
}

#[test]
fn a_key_wider_than_64_bits_is_an_error() {
    let p = program(
        "action a() { }
         table by_src { key = { hdr.ipv6.src : exact; } actions = { a; } default_action = a(); }
         apply { by_src.apply(); }",
    );
    let errors = refused(&p);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code, "E0501");
    assert!(errors[0].message.contains("`hdr.ipv6.src` is bit<128>, wider than 64 bits"), "{}", errors[0].message);
    let rendered = p.render(&errors);
    assert!(rendered.contains("table by_src"), "the error points at the table:\n{rendered}");
    // The rules of such a program fail as a whole, without line numbers.
    let rule_errors = rules(&p.module, "").expect_err("no model");
    assert_eq!(rule_errors[0].line, 0);
}

#[test]
fn a_computed_key_is_an_error() {
    let p = program(
        "action a() { }
         table t { key = { hdr.ipv6.hops + 1 : exact; } actions = { a; } default_action = a(); }
         apply { t.apply(); }",
    );
    let errors = refused(&p);
    assert_eq!(errors[0].code, "E0501");
    assert!(errors[0].message.contains("is not a header field or a metadata field"), "{}", errors[0].message);
}

#[test]
fn an_action_argument_wider_than_64_bits_is_an_error() {
    let p = program(
        "action set_dst(bit<128> addr) { hdr.ipv6.dst = addr; }
         table t { key = { hdr.ipv6.next : exact; } actions = { set_dst; NoAction; } default_action = NoAction(); }
         apply { t.apply(); }",
    );
    let errors = refused(&p);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code, "E0502");
    assert!(errors[0].message.contains("parameter `addr` is wider than 64 bits"), "{}", errors[0].message);
    assert!(Error::Unsupported(errors).to_string().contains("E0502"));
}

#[test]
fn a_table_applied_at_two_places_merges_their_continuations() {
    let p = program(
        "action a() { }
         table t { key = { hdr.ipv6.next : exact; } actions = { a; } default_action = a(); }
         table u { key = { hdr.ipv6.hops : exact; } actions = { a; } default_action = a(); }
         table w { key = { meta.x : ternary; } actions = { a; } default_action = a(); }
         apply {
             if (hdr.ipv6.version == 6) { t.apply(); u.apply(); } else { t.apply(); w.apply(); }
         }",
    );
    let artifact = compile(&p.module, &Options::default()).expect("compile");
    let codes: Vec<&str> = artifact.warnings.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"W0507"), "{codes:?}");
    assert!(codes.contains(&"W0506"), "the metadata key is reported: {codes:?}");
    // t is the root either way, and its node jumps to both continuations.
    let t = &artifact.model.table_nodes[0];
    assert_eq!(t.flags, flowmark_match::model::FLAG_INGRESS_ROOT);
    let targets: Vec<u32> = t.jumps.iter().map(|j| j.node).collect();
    assert_eq!(targets, vec![2, 3]);
    assert!(t.jumps.iter().all(|j| j.field.is_none()));
}
