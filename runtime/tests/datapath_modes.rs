//! Flow modes against the interpreter: a pipeline with a second program as classifier (`acl.p4`
//! keyed by `ovs_hint.p4`: results reused), a pipeline that rewrites packets (`router.p4`:
//! re-run on every hit), a stateful pipeline (a `Map` per flow: re-run, as Oko's filters), and
//! pipelines without a flow key (every packet uncached).

mod datapath_support;

use datapath_support::*;
use flowmark_compiler::ir::Module;
use flowmark_runtime::datapath::{runner, Config, Datapath, FlowMode, Packet, PathTaken, SimClassifier, Stats};

/// The control-plane lines of `examples/NAME.stf`.
fn stf_entries(name: &str) -> String {
    let text = std::fs::read_to_string(root().join("examples").join(format!("{name}.stf"))).expect("stf");
    text.lines().filter(|l| l.starts_with("add ") || l.starts_with("setdefault ")).map(|l| format!("{l}\n")).collect()
}

/// Run `packets` through `pipeline` keyed by `classifier` (None: itself); compare every packet
/// with the interpreter running `pipeline`; return the stats and the outputs.
fn run_and_compare(pipeline: &Module, classifier: Option<&Module>, entries: &str, packets: &[Packet], workers: usize) -> (FlowMode, Stats, Vec<Packet>) {
    let sim = SimClassifier::new(native(classifier.unwrap_or(pipeline)).expect("classifier"));
    let config = Config { workers, ..Config::default() };
    let dp = Datapath::new(pipeline, classifier, config, sim.clone(), &native).expect("datapath");
    if !entries.is_empty() {
        dp.apply_entries(entries).expect("entries");
        if classifier.is_none() {
            flowmark_runtime::host::apply_entries(sim.engine().state(), entries).expect("classifier entries");
        }
    }
    let mut out = Vec::new();
    let mut input = packets.iter().cloned().map(Ok);
    runner::run(&dp, Some(&sim), &mut input, &mut |p| {
        out.push(p);
        Ok(())
    })
    .expect("run");
    let expected = interpret(pipeline, entries, packets);
    for (i, (p, (v, port, bytes))) in out.iter().zip(&expected).enumerate() {
        assert_eq!((&p.verdict, &p.out_port), (v, port), "packet {i} ({:?})", p.path);
        assert_eq!(&p.data, bytes, "packet {i} bytes ({:?})", p.path);
    }
    (dp.mode().clone(), dp.stats(), out)
}

#[test]
fn acl_keyed_by_the_ovs_classifier_reuses_results() {
    let acl = example("acl");
    let ovs = example("ovs_hint");
    let packets = round_robin(64, 6);
    let (mode, stats, out) = run_and_compare(&acl, Some(&ovs), &stf_entries("acl"), &packets, 1);
    assert_eq!(mode, FlowMode::Reuse);
    assert_eq!((stats.upcalls, stats.mark_hits), (64, 64 * 5), "{stats:?}");
    assert!(stats.pass > 0 && stats.drop > 0, "the ACL both passes and drops: {stats:?}");
    assert!(out[64..].iter().all(|p| p.path == PathTaken::MarkHit));
}

#[test]
fn router_rewrites_so_cached_flows_rerun() {
    let router = example("router");
    let ovs = example("ovs_hint");
    let entries = format!("{}add pipe.my_macs hdr.ethernet.dstAddr:0x52540000000b NoAction()\n", stf_entries("router"));
    let packets = round_robin(40, 4);
    let (mode, stats, _) = run_and_compare(&router, Some(&ovs), &entries, &packets, 2);
    assert!(matches!(&mode, FlowMode::Rerun(why) if why.contains("rewrites the packet")), "{mode:?}");
    // Two workers with 20 flows each: a flow's second packet may share a batch with its first,
    // before the classifier learnt the mark; it then hits the flow cache.
    assert_eq!((stats.upcalls, stats.mark_hits + stats.cache_hits, stats.reruns), (40, 120, 120), "{stats:?}");
    assert!(stats.redirect > 0, "routed packets: {stats:?}");
}

const STATEFUL: &str = r#"
#include <core.p4>
#include <flowmark.p4>
header ethernet_t { bit<48> dst; bit<48> src; bit<16> etherType; }
header ipv4_t {
    bit<4> version; bit<4> ihl; bit<8> diffserv; bit<16> totalLen; bit<16> identification;
    bit<3> flags; bit<13> fragOffset; bit<8> ttl; bit<8> protocol; bit<16> hdrChecksum;
    bit<32> srcAddr; bit<32> dstAddr;
}
struct headers_t { ethernet_t ethernet; ipv4_t ipv4; }
struct metadata_t { bit<1> unused; }
struct key_t { bit<32> src; bit<32> dst; }
struct seen_t { bit<32> packets; }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) { 0x0800: parse_ipv4; default: accept; }
    }
    state parse_ipv4 { packet.extract(hdr.ipv4); transition accept; }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    Hint<key_t>(1024) flows;
    Map<key_t, seen_t>(MapKind.HASH, 1024) seen;
    apply {
        if (hdr.ipv4.isValid()) {
            flows.apply({ hdr.ipv4.srcAddr, hdr.ipv4.dstAddr });
            seen_t s;
            if (!seen.lookup({ hdr.ipv4.srcAddr, hdr.ipv4.dstAddr }, s)) {
                s.packets = 0;
            }
            s.packets = s.packets + 1;
            seen.update({ hdr.ipv4.srcAddr, hdr.ipv4.dstAddr }, s);
            /* A flow may send three packets; the rest are dropped. */
            if (s.packets > 3) {
                standard_metadata.verdict = verdict_t.DROP;
            }
        }
    }
}
Flowmark(prs(), pipe()) main;
"#;

#[test]
fn stateful_pipelines_rerun_on_mark_hits() {
    let module = compile_text("stateful", STATEFUL);
    let packets = round_robin(50, 6);
    let (mode, stats, out) = run_and_compare(&module, None, "", &packets, 2);
    assert!(matches!(&mode, FlowMode::Rerun(why) if why.contains("Map")), "{mode:?}");
    assert_eq!((stats.upcalls, stats.mark_hits + stats.cache_hits, stats.reruns), (50, 250, 250), "{stats:?}");
    assert_eq!((stats.pass, stats.drop), (150, 150), "{stats:?}");
    assert!(out[150..].iter().all(|p| p.verdict == 1));
}

#[test]
fn pipelines_without_a_flow_key_run_uncached() {
    let acl = example("acl");
    let packets = round_robin(10, 3);
    let (mode, stats, _) = run_and_compare(&acl, None, &stf_entries("acl"), &packets, 1);
    assert!(matches!(&mode, FlowMode::Uncached(why) if why.contains("no Hint")), "{mode:?}");
    assert_eq!((stats.uncached, stats.upcalls, stats.installs), (30, 0, 0), "{stats:?}");
}

#[test]
fn packets_without_a_key_and_parser_rejects_are_uncached_with_ovs_hint() {
    let ovs = example("ovs_hint");
    // ARP (no hint applied) and a truncated IPv4 header (parser reject), twice each.
    let arp = hex("ffffffffffff52540000000a0806000108000604000152540000000a0a0000010000000000000a000002");
    let cut = hex("52540000000b52540000000a08004500003a123440004006");
    let packets: Vec<Packet> = [arp.clone(), cut.clone(), arp, cut].into_iter().enumerate().map(|(i, d)| Packet::new(d, 1, 0, i as u64 + 1)).collect();
    let (_, stats, out) = run_and_compare(&ovs, None, "", &packets, 1);
    assert_eq!((stats.uncached, stats.upcalls, stats.pass, stats.drop), (4, 0, 2, 2), "{stats:?}");
    assert!(out.iter().all(|p| p.path == PathTaken::Uncached && p.flow_mark == 0));
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex")).collect()
}
