//! Whole programs: the built-in include files, p4c's eBPF sample, and a flowmark program using most
//! of the dialect; checks the AST shapes that semantic analysis relies on.

mod common;

use common::*;
use flowmark_grammar::ast::*;

fn names(program: &Program) -> Vec<String> {
    program.declarations.iter().map(|d| declaration_name(&d.kind)).collect()
}

fn declaration_name(kind: &DeclarationKind) -> String {
    match kind {
        DeclarationKind::Typedef { name, .. }
        | DeclarationKind::Constant { name, .. }
        | DeclarationKind::Header { name, .. }
        | DeclarationKind::Struct { name, .. }
        | DeclarationKind::Enum { name, .. }
        | DeclarationKind::ExternObject { name, .. }
        | DeclarationKind::ParserType { name, .. }
        | DeclarationKind::ControlType { name, .. }
        | DeclarationKind::PackageType { name, .. }
        | DeclarationKind::Variable { name, .. } => name.name.clone(),
        DeclarationKind::ExternFunction(m) => m.name.name.clone(),
        DeclarationKind::Action(a) => a.name.name.clone(),
        DeclarationKind::Parser(p) => p.name.name.clone(),
        DeclarationKind::Control(c) => c.name.name.clone(),
        DeclarationKind::Instantiation(i) => i.name.name.clone(),
        DeclarationKind::Table(t) => t.name.name.clone(),
        DeclarationKind::Error { .. } => "error".to_string(),
        DeclarationKind::MatchKind { .. } => "match_kind".to_string(),
    }
}

#[test]
fn builtin_files_parse() {
    let parsed = parse("#include <ebpf_model.p4>\n#include <flowmark.p4>\n");
    let program = parsed.ok();
    let names = names(program);
    // core.p4 comes once, first (from ebpf_model.p4), then the rest in source order.
    let expected = [
        "error",
        "packet_in",
        "packet_out",
        "verify",
        "NoAction",
        "match_kind", // core.p4
        "CounterArray",
        "array_table",
        "hash_table",
        "parse",
        "filter",
        "ebpfFilter", // ebpf_model.p4
        "match_kind",
        "verdict_t",
        "standard_metadata_t",
        "MapKind",
        "Hint",
        "Map",
        "Counter",
        "hash",
        "timestamp_ns",
        "random",
        "ipv4_checksum_update",
        "l4_checksum_replace",
        "FlowmarkParser",
        "FlowmarkPipe",
        "Flowmark",
    ];
    assert_eq!(names, expected);
    // Spans of built-in declarations point into the built-in files.
    let files: Vec<&str> = parsed.sources.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(files, ["main.p4", "<ebpf_model.p4>", "<core.p4>", "<flowmark.p4>"]);
    let no_action = &program.declarations[4];
    assert_eq!(parsed.sources.snippet(no_action.span), "@noWarn(\"unused\")\naction NoAction() {}");
    assert_eq!(no_action.annotations[0].name.name, "noWarn");
    assert_eq!(no_action.annotations[0].body.as_deref(), Some("\"unused\""));
}

#[test]
fn builtin_extern_shapes() {
    let parsed = parse("#include <flowmark.p4>\n");
    let program = parsed.ok();
    let find =
        |name: &str| program.declarations.iter().find(|d| declaration_name(&d.kind) == name).map(|d| &d.kind).unwrap();
    match find("packet_in") {
        DeclarationKind::ExternObject { methods, type_params, .. } => {
            assert!(type_params.is_empty());
            let extract = &methods[0];
            assert_eq!(extract.name.name, "extract");
            assert_eq!(extract.type_params[0].name, "T");
            assert_eq!(extract.params[0].direction, Direction::Out);
            assert_eq!(show_type(extract.return_type.as_ref().unwrap()), "void");
            assert_eq!(methods[1].name.name, "lookahead");
            assert_eq!(show_type(methods[2].params[0].ty.as_ref_ty()), "bit<32>");
        }
        other => panic!("{other:?}"),
    }
    match find("Map") {
        DeclarationKind::ExternObject { methods, type_params, .. } => {
            assert_eq!(type_params.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["K", "V"]);
            assert!(methods[0].return_type.is_none(), "constructor");
            assert_eq!(methods[0].name.name, "Map");
            assert_eq!(show_type(&methods[0].params[0].ty), "MapKind");
            assert_eq!(methods[3].name.name, "delete");
        }
        other => panic!("{other:?}"),
    }
    match find("Hint") {
        DeclarationKind::ExternObject { methods, .. } => assert_eq!(methods[1].name.name, "apply"),
        other => panic!("{other:?}"),
    }
    match find("verdict_t") {
        DeclarationKind::Enum { underlying, members, .. } => {
            assert_eq!(show_type(underlying.as_ref().unwrap()), "bit<8>");
            assert_eq!(members[2].name.name, "REDIRECT");
            assert_eq!(show(members[2].value.as_ref().unwrap()), "2");
        }
        other => panic!("{other:?}"),
    }
    match find("MapKind") {
        DeclarationKind::Enum { underlying, members, .. } => {
            assert!(underlying.is_none());
            assert_eq!(members.len(), 3);
            assert!(members[0].value.is_none());
        }
        other => panic!("{other:?}"),
    }
    match find("Flowmark") {
        DeclarationKind::PackageType { type_params, params, .. } => {
            assert_eq!(type_params.len(), 2);
            assert_eq!(show_type(&params[0].ty), "FlowmarkParser<H, M>");
        }
        other => panic!("{other:?}"),
    }
    match find("l4_checksum_replace") {
        DeclarationKind::ExternFunction(m) => {
            assert_eq!(m.params.len(), 3);
            assert_eq!(m.params[0].direction, Direction::InOut);
        }
        other => panic!("{other:?}"),
    }
}

trait AsRefTy {
    fn as_ref_ty(&self) -> &TypeRef;
}
impl AsRefTy for TypeRef {
    fn as_ref_ty(&self) -> &TypeRef {
        self
    }
}

#[test]
fn ebpf_sample_parses() {
    let parsed = parse(EBPF_SAMPLE);
    let main = parsed.main_declarations();
    let main_names: Vec<String> = main.iter().map(|d| declaration_name(&d.kind)).collect();
    assert_eq!(
        main_names,
        ["EthernetAddress", "IPv4Address", "Ethernet_h", "IPv4_h", "Headers_t", "prs", "pipe", "main"]
    );

    // The parser.
    let DeclarationKind::Parser(prs) = &main[5].kind else { panic!() };
    assert_eq!(prs.params[1].direction, Direction::Out);
    assert_eq!(show_type(&prs.params[0].ty), "packet_in");
    assert_eq!(prs.states.len(), 2);
    let start = &prs.states[0];
    assert_eq!(start.name.name, "start");
    let StatementKind::Call(call) = &start.statements[0].kind else { panic!() };
    assert_eq!(show(call), "p.extract(headers.ethernet)");
    let Some(Transition::Select { exprs, cases, .. }) = &start.transition else { panic!() };
    assert_eq!(show(&exprs[0]), "headers.ethernet.etherType");
    let Keyset::Value(v) = &cases[0].keysets[0] else { panic!() };
    assert_eq!(show(v), "16w2048");
    assert_eq!(cases[0].next.name, "ip");
    assert!(matches!(cases[1].keysets[0], Keyset::Default(_)));
    assert_eq!(cases[1].next.name, "reject");
    assert!(matches!(&prs.states[1].transition, Some(Transition::Direct(id)) if id.name == "accept"));

    // The control.
    let DeclarationKind::Control(pipe) = &main[6].kind else { panic!() };
    assert_eq!(pipe.locals.len(), 2);
    let DeclarationKind::Action(reject) = &pipe.locals[0].kind else { panic!() };
    assert_eq!(reject.params[0].direction, Direction::None);
    assert_eq!(reject.body.statements.len(), 2);
    let DeclarationKind::Table(table) = &pipe.locals[1].kind else { panic!() };
    assert_eq!(table.name.name, "Check_src_ip");
    let kinds: Vec<&TablePropertyKind> = table.properties.iter().map(|p| &p.kind).collect();
    let TablePropertyKind::Key(key) = kinds[0] else { panic!() };
    assert_eq!(show(&key[0].expr), "headers.ipv4.srcAddr");
    assert_eq!(key[0].match_kind.name, "exact");
    let TablePropertyKind::Actions(actions) = kinds[1] else { panic!() };
    assert_eq!(actions.iter().map(|a| a.name.name.as_str()).collect::<Vec<_>>(), ["Reject", "NoAction"]);
    assert!(actions[0].args.is_none());
    let TablePropertyKind::Other { name, value } = kinds[2] else { panic!() };
    assert_eq!(name.name, "implementation");
    assert_eq!(show(value), "hash_table(1024)");
    let TablePropertyKind::DefaultAction(default) = kinds[3] else { panic!() };
    assert!(table.properties[3].is_const);
    assert!(!table.properties[2].is_const);
    assert_eq!(default.name.name, "NoAction");

    let apply = &pipe.apply.statements;
    assert_eq!(apply.len(), 3);
    let StatementKind::If { cond, then_branch, else_branch } = &apply[1].kind else { panic!() };
    assert_eq!(show(cond), "(!headers.ipv4.isValid())");
    assert_eq!(then_branch.statements.len(), 2);
    assert!(matches!(then_branch.statements[1].kind, StatementKind::Return));
    assert!(else_branch.is_none());
    let StatementKind::Switch { expr, cases } = &apply[2].kind else { panic!() };
    assert_eq!(show(expr), "Check_src_ip.apply().action_run");
    assert_eq!(cases.len(), 2);
    assert_eq!(show(cases[0].label.as_ref().unwrap()), "Reject");
    assert_eq!(cases[1].body.as_ref().unwrap().statements.len(), 0);

    // The package instance.
    let DeclarationKind::Instantiation(inst) = &main[7].kind else { panic!() };
    assert_eq!(show_type(&inst.ty), "ebpfFilter");
    assert_eq!(inst.args.iter().map(show).collect::<Vec<_>>(), ["prs()", "pipe()"]);

    // Spans point at the source text.
    assert_eq!(parsed.sources.snippet(main[0].span), "typedef bit<48> EthernetAddress;");
    assert_eq!(parsed.sources.snippet(start.span).lines().next(), Some("state start { p.extract(headers.ethernet); transition select(headers.ethernet.etherType) { 16w0x800 : ip; default : reject; } }"));
    assert_eq!(parsed.sources.snippet(cond.span), "!headers.ipv4.isValid()");
}

/// A flowmark program using most of the dialect.
const FLOWMARK_PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>

#define TABLE_SIZE 4096
#define ETHERTYPE_IPV4 16w0x0800
#define MAX_OPTS 10

typedef bit<48> mac_t;
const bit<8> PROTO_TCP = 6;

header ethernet_t { mac_t dst; mac_t src; bit<16> ether_type; }
header ipv4_t {
    bit<4> version; bit<4> ihl; bit<8> tos; bit<16> total_len;
    bit<16> id; bit<3> flags; bit<13> frag; bit<8> ttl; bit<8> protocol;
    bit<16> checksum; bit<32> src; bit<32> dst;
}
header opt_t { bit<8> kind; }
header tcp_t { bit<16> sport; bit<16> dport; bit<32> seq; }
struct headers_t { ethernet_t eth; ipv4_t ipv4; opt_t[MAX_OPTS] opts; tcp_t tcp; }
struct flow_key_t { bit<32> src; bit<32> dst; bit<16> sport; bit<16> dport; bit<8> proto; }
struct state_t { bit<8> tcp_state; bit<32> packets; }
struct meta_t { flow_key_t key; }
enum bit<8> tcp_state_t { NONE = 0, SYN_SEEN = 1, ESTABLISHED = 2 }

error { BadOptions }

parser FmParser(packet_in packet, out headers_t hdr, inout meta_t meta,
                inout standard_metadata_t standard_metadata) {
    bit<8> remaining = 0;
    state start {
        packet.extract(hdr.eth);
        transition select(hdr.eth.ether_type) {
            ETHERTYPE_IPV4 : parse_ipv4;
            16w0x86dd &&& 16w0xffff : reject;
            default : accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        verify(hdr.ipv4.version == 4, error.BadOptions);
        transition select(hdr.ipv4.protocol, hdr.ipv4.ihl) {
            (PROTO_TCP, 5) : parse_tcp;
            (6, 6 .. 15) : parse_opts;
            (_, _) : accept;
        }
    }
    state parse_opts {
        packet.extract(hdr.opts.next);
        transition select(packet.lookahead<bit<8>>()) {
            0 : parse_tcp;
            default : parse_opts;
        }
    }
    @name("tcp")
    state parse_tcp {
        packet.extract(hdr.tcp);
        transition accept;
    }
}

control FmPipe(inout headers_t hdr, inout meta_t meta, inout standard_metadata_t standard_metadata) {
    Hint<flow_key_t>(1024) flows;
    Map<flow_key_t, state_t>(MapKind.HASH, TABLE_SIZE) conns;
    Counter(32w16) counters;
    state_t st;
    flow_key_t key = { src = 0, dst = 0, sport = 0, dport = 0, proto = 0 };

    action drop() { standard_metadata.verdict = verdict_t.DROP; }
    action set_mark(bit<32> mark) { standard_metadata.mark = mark; }
    action redirect(bit<32> port) {
        standard_metadata.out_port = port;
        standard_metadata.verdict = verdict_t.REDIRECT;
    }

    table acl {
        key = {
            hdr.ipv4.src : lpm @name("src");
            hdr.ipv4.dst : ternary;
            hdr.tcp.dport : range;
        }
        actions = { drop; set_mark; @defaultonly NoAction; }
        default_action = NoAction();
        size = 1024;
        const entries = {
            (0x0a000000 &&& 0xff000000, _, 22 .. 23) : drop();
            (_, 32w0xc0a80001, _) : set_mark(32w7);
            priority = 10 : (_, _, 80) : redirect(port = 2);
        }
    }

    apply {
        if (!hdr.ipv4.isValid()) { return; }
        key.src = hdr.ipv4.src;
        key.dst = hdr.ipv4.dst;
        key.proto = hdr.ipv4.protocol;
        if (hdr.tcp.isValid()) {
            key.sport = hdr.tcp.sport;
            key.dport = hdr.tcp.dport;
        } else if (hdr.ipv4.protocol == 17) key.sport = 0;
        else {
            key.dport = 0;
        }
        if (flows.apply(key)) { exit; }
        bool known = conns.lookup(key, st);
        if (!known) {
            st = { tcp_state = tcp_state_t.NONE, packets = 0 };
        }
        st.packets = st.packets |+| 1;
        conns.update(key, st);
        counters.count((bit<32>) hdr.ipv4.protocol);
        bit<32> h = hash({ hdr.ipv4.src, hdr.ipv4.dst });
        standard_metadata.mark = h[31:16] ++ 16w0;
        hdr.opts[0].setInvalid();
        hdr.opts.last.kind = 8w1;
        switch (acl.apply().action_run) {
            drop:
            set_mark: { counters.count(1); }
            default: { }
        }
        const bit<8> ttl_min = 2;
        hdr.ipv4.ttl = hdr.ipv4.ttl > ttl_min ? hdr.ipv4.ttl - 1 : 0;
        ipv4_checksum_update(hdr.ipv4);
        ;
    }
}

Flowmark(FmParser(), FmPipe()) main;
"#;

#[test]
fn flowmark_program_parses() {
    let parsed = parse(FLOWMARK_PROGRAM);
    let main = parsed.main_declarations();
    let names: Vec<String> = main.iter().map(|d| declaration_name(&d.kind)).collect();
    assert_eq!(
        names,
        [
            "mac_t",
            "PROTO_TCP",
            "ethernet_t",
            "ipv4_t",
            "opt_t",
            "tcp_t",
            "headers_t",
            "flow_key_t",
            "state_t",
            "meta_t",
            "tcp_state_t",
            "error",
            "FmParser",
            "FmPipe",
            "main"
        ]
    );
    let DeclarationKind::Struct { fields, .. } = &main[6].kind else { panic!() };
    assert_eq!(show_type(&fields[2].ty), "opt_t[10]");

    let DeclarationKind::Parser(parser) = &main[12].kind else { panic!() };
    assert_eq!(parser.locals.len(), 1);
    let states = &parser.states;
    let Some(Transition::Select { cases, .. }) = &states[0].transition else { panic!() };
    let Keyset::Value(v) = &cases[0].keysets[0] else { panic!() };
    assert_eq!(show(v), "16w2048", "macro substituted");
    assert!(matches!(&cases[1].keysets[0], Keyset::Mask(v, m) if show(v) == "16w34525" && show(m) == "16w65535"));
    let Some(Transition::Select { exprs, cases, .. }) = &states[1].transition else { panic!() };
    assert_eq!(exprs.len(), 2);
    assert_eq!(cases[0].keysets.len(), 2);
    assert!(matches!(&cases[1].keysets[1], Keyset::Range(lo, hi) if show(lo) == "6" && show(hi) == "15"));
    assert!(matches!(cases[2].keysets[..], [Keyset::Default(_), Keyset::Default(_)]));
    let StatementKind::Call(verify) = &states[1].statements[1].kind else { panic!() };
    assert_eq!(show(verify), "verify((hdr.ipv4.version == 4), error.BadOptions)");
    let StatementKind::Call(extract) = &states[2].statements[0].kind else { panic!() };
    assert_eq!(show(extract), "packet.extract(hdr.opts.next)");
    let Some(Transition::Select { exprs, .. }) = &states[2].transition else { panic!() };
    assert_eq!(show(&exprs[0]), "packet.lookahead<bit<8>>()");
    assert_eq!(states[3].annotations[0].name.name, "name");

    let DeclarationKind::Control(control) = &main[13].kind else { panic!() };
    let DeclarationKind::Instantiation(flows) = &control.locals[0].kind else { panic!() };
    assert_eq!(show_type(&flows.ty), "Hint<flow_key_t>");
    assert_eq!(show(&flows.args[0]), "1024");
    let DeclarationKind::Instantiation(conns) = &control.locals[1].kind else { panic!() };
    assert_eq!(show_type(&conns.ty), "Map<flow_key_t, state_t>");
    assert_eq!(conns.args.iter().map(show).collect::<Vec<_>>(), ["MapKind.HASH", "4096"]);
    let DeclarationKind::Variable { init: Some(init), .. } = &control.locals[4].kind else { panic!() };
    assert_eq!(show(init), "{src = 0, dst = 0, sport = 0, dport = 0, proto = 0}");

    let DeclarationKind::Table(acl) = &control.locals[8].kind else { panic!() };
    let TablePropertyKind::Key(key) = &acl.properties[0].kind else { panic!() };
    assert_eq!(key.len(), 3);
    assert_eq!(key[0].annotations[0].name.name, "name");
    assert_eq!(key[2].match_kind.name, "range");
    let TablePropertyKind::Actions(actions) = &acl.properties[1].kind else { panic!() };
    assert_eq!(actions[2].annotations[0].name.name, "defaultonly");
    let TablePropertyKind::DefaultAction(default) = &acl.properties[2].kind else { panic!() };
    assert_eq!(default.args.as_ref().map(Vec::len), Some(0));
    assert!(acl.properties[4].is_const);
    let TablePropertyKind::Entries(entries) = &acl.properties[4].kind else { panic!() };
    assert_eq!(entries.len(), 3);
    assert!(matches!(&entries[0].keysets[..], [Keyset::Mask(..), Keyset::Default(_), Keyset::Range(..)]));
    assert_eq!(entries[0].action.name.name, "drop");
    assert_eq!(show(&entries[1].action.args.as_ref().unwrap()[0].value.clone().unwrap()), "32w7");
    assert_eq!(show(entries[2].priority.as_ref().unwrap()), "10");
    let arg = &entries[2].action.args.as_ref().unwrap()[0];
    assert_eq!(arg.name.as_ref().unwrap().name, "port");

    let apply = &control.apply.statements;
    let StatementKind::If { else_branch: Some(else_branch), .. } = &apply[4].kind else { panic!() };
    // `else if (...) stmt; else { }` — the nested if is wrapped in a block.
    let StatementKind::If { then_branch, else_branch: Some(_), .. } = &else_branch.statements[0].kind else { panic!() };
    assert_eq!(then_branch.statements.len(), 1);
    assert!(matches!(then_branch.statements[0].kind, StatementKind::Assign { .. }));
    let StatementKind::Declaration(known) = &apply[6].kind else { panic!() };
    assert!(matches!(&known.kind, DeclarationKind::Variable { init: Some(_), .. }));
    let StatementKind::If { then_branch, .. } = &apply[7].kind else { panic!() };
    let StatementKind::Assign { rhs, .. } = &then_branch.statements[0].kind else { panic!() };
    assert_eq!(show(rhs), "{tcp_state = tcp_state_t.NONE, packets = 0}");
    let StatementKind::Assign { rhs, .. } = &apply[8].kind else { panic!() };
    assert_eq!(show(rhs), "(st.packets |+| 1)");
    let StatementKind::Call(count) = &apply[10].kind else { panic!() };
    assert_eq!(show(count), "counters.count(((bit<32>) hdr.ipv4.protocol))");
    let StatementKind::Declaration(h) = &apply[11].kind else { panic!() };
    let DeclarationKind::Variable { init: Some(init), .. } = &h.kind else { panic!() };
    assert_eq!(show(init), "hash({hdr.ipv4.src, hdr.ipv4.dst})");
    let StatementKind::Assign { rhs, .. } = &apply[12].kind else { panic!() };
    assert_eq!(show(rhs), "(h[31:16] ++ 16w0)");
    let StatementKind::Call(set_invalid) = &apply[13].kind else { panic!() };
    assert_eq!(show(set_invalid), "hdr.opts[0].setInvalid()");
    let StatementKind::Assign { lhs, .. } = &apply[14].kind else { panic!() };
    assert_eq!(show(lhs), "hdr.opts.last.kind");
    let StatementKind::Switch { cases, .. } = &apply[15].kind else { panic!() };
    assert_eq!(cases.len(), 3);
    assert!(cases[0].body.is_none(), "fall-through label");
    assert!(cases[1].body.is_some());
    assert!(cases[2].label.is_none(), "default");
    let StatementKind::Declaration(ttl_min) = &apply[16].kind else { panic!() };
    assert!(matches!(ttl_min.kind, DeclarationKind::Constant { .. }));
    let StatementKind::Assign { rhs, .. } = &apply[17].kind else { panic!() };
    assert_eq!(show(rhs), "((hdr.ipv4.ttl > ttl_min) ? (hdr.ipv4.ttl - 1) : 0)");
    assert!(matches!(apply[19].kind, StatementKind::Empty));
    assert_eq!(apply.len(), 20);

    let DeclarationKind::Instantiation(main_inst) = &main[14].kind else { panic!() };
    assert_eq!(show_type(&main_inst.ty), "Flowmark");
}

#[test]
fn parser_and_control_variants() {
    let parsed = parse(
        "parser P<H>(packet_in b, out H h);\n\
         control C<H>(inout H h);\n\
         package Pkg<H>(P<H> p, C<H> c);\n\
         parser p2(packet_in b)(bit<32> size) { state start { transition accept; } state done { } }\n\
         control c2(inout bit<8> x)(bool flag) { apply { } }\n\
         extern Ext<T> { Ext(T init); abstract T get(); @hidden void set(in T v, in bit<8> w = 1); }\n\
         action top(in bit<8> a, out bit<8> b) { b = a; }\n",
    );
    let program = parsed.ok();
    let d = &program.declarations;
    assert!(
        matches!(&d[0].kind, DeclarationKind::ParserType { type_params, params, .. } if type_params.len() == 1 && params.len() == 2)
    );
    assert!(matches!(&d[1].kind, DeclarationKind::ControlType { .. }));
    assert!(matches!(&d[2].kind, DeclarationKind::PackageType { .. }));
    let DeclarationKind::Parser(p2) = &d[3].kind else { panic!() };
    assert_eq!(p2.constructor_params.len(), 1);
    assert!(p2.states[1].transition.is_none());
    let DeclarationKind::Control(c2) = &d[4].kind else { panic!() };
    assert_eq!(c2.constructor_params[0].name.name, "flag");
    let DeclarationKind::ExternObject { methods, .. } = &d[5].kind else { panic!() };
    assert!(methods[1].is_abstract);
    assert_eq!(methods[2].annotations[0].name.name, "hidden");
    assert_eq!(show(methods[2].params[1].default.as_ref().unwrap()), "1");
    let DeclarationKind::Action(top) = &d[6].kind else { panic!() };
    assert_eq!(top.params[1].direction, Direction::Out);
}

#[test]
fn types() {
    let parsed = parse(
        "struct s {\n\
           bit f1; bit<8> f2; int<16> f3; varbit<(8 * 4)> f4; bool f5; error f6;\n\
           h_t[4] f7; Hint<bit<8>> f8; Map<_, bit<8>> f9; bit<W> f10;\n\
         }\n\
         typedef bit<8>[2] pair_t;\n\
         type bit<32> port_t;\n\
         extern void f();\n",
    );
    let program = parsed.ok();
    let DeclarationKind::Struct { fields, .. } = &program.declarations[0].kind else { panic!() };
    let shown: Vec<String> = fields.iter().map(|f| show_type(&f.ty)).collect();
    assert_eq!(
        shown,
        [
            "bit<1>",
            "bit<8>",
            "int<16>",
            "varbit<(8 * 4)>",
            "bool",
            "error",
            "h_t[4]",
            "Hint<bit<8>>",
            "Map<_, bit<8>>",
            "bit<W>"
        ]
    );
    assert!(
        matches!(&program.declarations[1].kind, DeclarationKind::Typedef { ty, .. } if show_type(ty) == "bit<8>[2]")
    );
    assert!(matches!(&program.declarations[2].kind, DeclarationKind::Typedef { name, .. } if name.name == "port_t"));
}

#[test]
fn comments_and_annotations() {
    let parsed = parse(
        "// line comment\n\
         /* block\n comment */\n\
         @pkginfo(name = \"x\", version = (\"1\"))\n\
         @hidden const bit<8> /* inline */ x = 1; // trailing\n\
         header h { @padding bit<8> pad; }\n",
    );
    let program = parsed.ok();
    let c = &program.declarations[0];
    assert_eq!(c.annotations.len(), 2);
    assert_eq!(c.annotations[0].body.as_deref(), Some("name = \"x\", version = (\"1\")"));
    assert!(c.annotations[1].body.is_none());
    let DeclarationKind::Header { fields, .. } = &program.declarations[1].kind else { panic!() };
    assert_eq!(fields[0].annotations[0].name.name, "padding");
}

#[test]
fn keywords_are_not_identifiers() {
    for source in [
        "const bit<8> if = 1;",
        "const bit<8> x = table;",
        "header transition { bit<8> x; }",
        "action return() {}",
        "typedef bit<8> state;",
        "struct s { bit<8> else; }",
        "struct s { bit<8> state; }",
        "struct s { bit<8> type; }",
        "typedef bit<8> key;",
        "control c() { table t { key = 1; } apply { } }",
        "control c() { bit<8> apply; apply { } }",
        "control c() { apply { state = 1; } }",
        "const bit<8> list = 1;",
        "const bit<8> _ = 1;",
    ] {
        let parsed = parse(source);
        assert_eq!(parsed.codes(), ["E0001"], "{source}");
    }
    // Words that merely contain keywords are names; `size`, `default_action`, `implementation` are
    // not keywords; `key`, `actions`, `entries`, `priority` name variables and parameters (the
    // built-ins have `in K key`); after `.` any word is a member (`t.apply()`).
    parse("extern E<K> { bool apply(in K key); } action a(bit<8> priority) { bit<8> entries = priority; }").ok();
    parse("struct s { bit<8> states; bit<8> types; bit<8> keys; bit<8> size; bit<8> _if; bit<8> default_action; }")
        .ok();
    parse("control c() { apply { t.apply(); x = m.state + m.key; } }").ok();
}

#[test]
fn dot_prefixed_name() {
    let parsed = parse("const bit<8> x = .y + 1;");
    let program = parsed.ok();
    let DeclarationKind::Constant { value, .. } = &program.declarations[0].kind else { panic!() };
    assert_eq!(show(value), "(y + 1)");
}

#[test]
fn tables_and_variables_at_top_level_are_left_to_semantic_analysis() {
    let parsed = parse("table t { key = { a : exact; } }\nbit<32> counter = 0;\n");
    let program = parsed.ok();
    assert!(matches!(program.declarations[0].kind, DeclarationKind::Table(_)));
    assert!(matches!(program.declarations[1].kind, DeclarationKind::Variable { .. }));
}
