//! Programs the offload tests share (`mod offload_programs;` in each `offload_*.rs`): the
//! example loader, an ACL whose prefix stage is ternary (what E0601's help suggests), a program
//! exercising the arithmetic and counters the offload rewrites, and one that contains every
//! construct the offload checker rejects.
#![allow(dead_code)]

use flowmark_compiler::ir::Module;
use flowmark_grammar::{render, FileLoader, SourceMap};
use std::path::{Path, PathBuf};

pub struct ExampleFiles;

impl FileLoader for ExampleFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join("examples").join(path)).map_err(|e| format!("{path}: {e}"))
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Compile `text` as `NAME.p4` (includes resolve under `examples/`); panics with the rendered
/// diagnostics when it does not compile.
pub fn compile(name: &str, text: &str) -> (SourceMap, Module) {
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text.to_string());
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &ExampleFiles, name);
    let module = module.unwrap_or_else(|| panic!("{}", render(&sources, &diagnostics)));
    (sources, module)
}

/// The example names, sorted.
pub fn example_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("examples"))
        .expect("examples directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "p4"))
        .map(|p| p.file_stem().expect("stem").to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// An example's sources, module and STF text.
pub fn example(name: &str) -> (SourceMap, Module, String) {
    let dir = root().join("examples");
    let text = std::fs::read_to_string(dir.join(format!("{name}.p4"))).expect("read example");
    let stf = std::fs::read_to_string(dir.join(format!("{name}.stf"))).expect("read stf");
    let (sources, module) = compile(name, &text);
    (sources, module, stf)
}

/// `acl.p4` as the E0601 help suggests: the `lpm` source-prefix stage matched as `ternary`,
/// each prefix entry a value/mask pair with its prefix length as priority (longest wins).
pub fn ternary_acl() -> (Module, String) {
    let dir = root().join("examples");
    let text = std::fs::read_to_string(dir.join("acl.p4")).expect("read acl.p4");
    let changed = text.replace("hdr.ipv4.srcAddr : lpm;", "hdr.ipv4.srcAddr : ternary;");
    assert_ne!(text, changed, "acl.p4 no longer matches the source prefix with lpm");
    let stf_text = std::fs::read_to_string(dir.join("acl.stf")).expect("read acl.stf");
    let mut lines = Vec::new();
    for line in stf_text.lines() {
        let Some(rest) = line.strip_prefix("add pipe.src_prefix hdr.ipv4.srcAddr:") else {
            lines.push(line.to_string());
            continue;
        };
        let (key, action) = rest.split_once(' ').expect("an action after the key");
        let (value, length) = key.split_once('/').expect("a prefix length");
        let length: u32 = length.parse().expect("prefix length");
        let mask = if length == 0 { 0 } else { u32::MAX << (32 - length) };
        lines.push(format!("add pipe.src_prefix {length} hdr.ipv4.srcAddr:{value}&&&{mask:#010x} {action}"));
    }
    (compile("acl_ternary", &changed).1, lines.join("\n") + "\n")
}

/// Arithmetic the offload rewrites (32-bit multiply, division and remainder by constants,
/// powers of two or not), packet and byte counters with atomic adds, packet rewrites, and every
/// verdict an offloaded program has.
pub const ARITHMETIC: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header ethernet_t { bit<48> dstAddr; bit<48> srcAddr; bit<16> etherType; }
header ipv4_t {
    bit<4> version; bit<4> ihl; bit<8> diffserv; bit<16> totalLen; bit<16> identification;
    bit<3> flags; bit<13> fragOffset; bit<8> ttl; bit<8> protocol; bit<16> hdrChecksum;
    bit<32> srcAddr; bit<32> dstAddr;
}
struct headers_t { ethernet_t ethernet; ipv4_t ipv4; }
struct metadata_t { bit<32> bucket; bit<16> scaled; }

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) { 0x0800: parse_ipv4; default: accept; }
    }
    state parse_ipv4 { packet.extract(hdr.ipv4); transition accept; }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Counter(16) buckets;
    action drop() { standard_metadata.verdict = verdict_t.DROP; }
    action allow() { standard_metadata.verdict = verdict_t.PASS; }
    table by_proto {
        key = { hdr.ipv4.protocol : exact; }
        actions = { drop; allow; NoAction; }
        default_action = NoAction();
        size = 64;
    }
    apply {
        if (!hdr.ipv4.isValid()) {
            buckets.count(15);
            return;
        }
        bit<32> ttl = (bit<32>) hdr.ipv4.ttl;
        meta.bucket = (ttl * 3 + (bit<32>) hdr.ipv4.protocol) % 7;
        buckets.count(meta.bucket);
        buckets.count(8 + (((bit<32>) hdr.ipv4.totalLen) / 512));
        meta.scaled = hdr.ipv4.identification * 0x0101;
        hdr.ipv4.diffserv = (bit<8>) (ttl / 10);
        hdr.ipv4.identification = (meta.scaled % 16)[3:0] ++ (hdr.ipv4.totalLen % 4096)[11:0];
        hdr.ipv4.srcAddr = hdr.ipv4.srcAddr / 0x01000000 + hdr.ipv4.dstAddr % 0x10000;
        by_proto.apply();
    }
}

Flowmark(prs(), pipe()) main;
"#;


/// Every construct an offloaded program cannot contain, once each (two checksum kinds, both map
/// writes, a run-time divisor and a 64-bit dividend).
pub const REJECTED: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header ethernet_t { bit<48> dstAddr; bit<48> srcAddr; bit<16> etherType; }
header ipv4_t {
    bit<4> version; bit<4> ihl; bit<8> diffserv; bit<16> totalLen; bit<16> identification;
    bit<3> flags; bit<13> fragOffset; bit<8> ttl; bit<8> protocol; bit<16> hdrChecksum;
    bit<32> srcAddr; bit<32> dstAddr;
}
header tcp_t {
    bit<16> srcPort; bit<16> dstPort; bit<32> seqNo; bit<32> ackNo; bit<16> flags;
    bit<16> window; bit<16> checksum; bit<16> urgentPtr;
}
header tag_t { bit<32> value; }
struct headers_t { ethernet_t ethernet; ipv4_t ipv4; tcp_t tcp; tag_t tag; }
struct addr_key_t { bit<32> addr; }
struct seen_t { bit<64> ns; }
struct wide_key_t { bit<128> a; bit<128> b; bit<128> c; bit<128> d; bit<32> e; }
struct metadata_t { bit<64> product; bit<32> divisor; }

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) { 0x0800: parse_ipv4; default: accept; }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition select(hdr.ipv4.protocol) { 6: parse_tcp; default: accept; }
    }
    state parse_tcp { packet.extract(hdr.tcp); transition accept; }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Hint<addr_key_t>(1024) hints;
    Map<addr_key_t, seen_t>(MapKind.LRU, 1024) recent;
    Map<addr_key_t, seen_t>(MapKind.HASH, 1024) flows;
    Map<wide_key_t, seen_t>(MapKind.HASH, 16) wide;

    action forward(bit<32> port) {
        standard_metadata.out_port = port;
        standard_metadata.verdict = verdict_t.REDIRECT;
    }
    table routes {
        key = { hdr.ipv4.dstAddr : lpm; }
        actions = { forward; NoAction; }
        default_action = NoAction();
        size = 64;
    }

    apply {
        if (standard_metadata.mark == 7) {
            standard_metadata.verdict = verdict_t.DROP;
        }
        if (standard_metadata.in_port == 1) {
            return;
        }
        hints.apply({ hdr.ipv4.srcAddr });
        standard_metadata.mark = 9;
        routes.apply();
        hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
        ipv4_checksum_update(hdr.ipv4);
        l4_checksum_replace(hdr.tcp.checksum, hdr.ipv4.srcAddr, 32w0x0a000001);
        seen_t seen;
        seen.ns = timestamp_ns();
        flows.update({ hdr.ipv4.srcAddr }, seen);
        flows.delete({ hdr.ipv4.dstAddr });
        recent.lookup({ hdr.ipv4.srcAddr }, seen);
        wide.lookup({ 0, 0, 0, 0, hdr.ipv4.srcAddr }, seen);
        meta.product = (bit<64>) hdr.ipv4.srcAddr * (bit<64>) hdr.ipv4.dstAddr;
        meta.divisor = (bit<32>) hdr.ipv4.ttl;
        hdr.ipv4.srcAddr = hdr.ipv4.dstAddr / meta.divisor;
        meta.product = meta.product / 3;
        hdr.tag.setValid();
        hdr.ipv4.dstAddr = random();
    }
}

Flowmark(prs(), pipe()) main;
"#;
