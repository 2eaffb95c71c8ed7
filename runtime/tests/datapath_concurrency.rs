//! Table updates, flushes and idle evictions while two workers process packets: every packet's
//! verdict is the interpreter's under a table version that was in force while its batch ran, and
//! at the end the flow tables, flow caches and the classifier's Hint map agree exactly (no lost,
//! duplicated or torn entries).

mod datapath_support;

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use datapath_support::*;
use flowmark_compiler::ir::HintId;
use flowmark_runtime::datapath::{flow_hash, ClassifierMaps, Config, Datapath, FlowMode, Packet, SimClassifier, BATCH};

const PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>
header ethernet_t { bit<48> dst; bit<48> src; bit<16> etherType; }
header ipv4_t {
    bit<4> version; bit<4> ihl; bit<8> diffserv; bit<16> totalLen; bit<16> identification;
    bit<3> flags; bit<13> fragOffset; bit<8> ttl; bit<8> protocol; bit<16> hdrChecksum;
    bit<32> srcAddr; bit<32> dstAddr;
}
header ports_t { bit<16> src; bit<16> dst; }
struct headers_t { ethernet_t ethernet; ipv4_t ipv4; ports_t ports; }
struct metadata_t { bit<1> unused; }
struct flow_key_t { bit<32> src; bit<32> dst; bit<8> proto; bit<16> sport; bit<16> dport; }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) { 0x0800: parse_ipv4; default: accept; }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition select(hdr.ipv4.protocol) { 6: parse_ports; 17: parse_ports; default: accept; }
    }
    state parse_ports { packet.extract(hdr.ports); transition accept; }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    Hint<flow_key_t>(65536) flows;
    action allow() { standard_metadata.verdict = verdict_t.PASS; }
    action deny() { standard_metadata.verdict = verdict_t.DROP; }
    action send(bit<32> port) { standard_metadata.verdict = verdict_t.REDIRECT; standard_metadata.out_port = port; }
    table by_port {
        key = { hdr.ports.dst : exact; }
        actions = { allow; deny; send; }
        default_action = allow();
        size = 64;
    }
    apply {
        if (hdr.ports.isValid()) {
            flows.apply({ hdr.ipv4.srcAddr, hdr.ipv4.dstAddr, hdr.ipv4.protocol, hdr.ports.src, hdr.ports.dst });
            by_port.apply();
        }
    }
}
Flowmark(prs(), pipe()) main;
"#;

/// Two table versions: even versions A, odd versions B.
const VERSION_A: &str = "add pipe.by_port hdr.ports.dst:80 allow()\nadd pipe.by_port hdr.ports.dst:53 deny()\n";
const VERSION_B: &str = "add pipe.by_port hdr.ports.dst:80 send(port:7)\nadd pipe.by_port hdr.ports.dst:53 allow()\n";

fn version_text(v: u64) -> &'static str {
    if v.is_multiple_of(2) {
        VERSION_A
    } else {
        VERSION_B
    }
}

/// Hot flows 0..40 every round, cold flows 40..160 every fourth round, 1 us apart.
fn trace(rounds: u32) -> Vec<Packet> {
    let mut out = Vec::new();
    for round in 0..rounds {
        for flow in 0..160u32 {
            if flow < 40 || round.is_multiple_of(4) {
                let n = out.len() as u64;
                out.push(Packet::new(flow_packet(flow, round), 1, 0, 1_000 * (n + 1)));
            }
        }
    }
    out
}

#[test]
fn updates_flushes_and_evictions_while_workers_run() {
    let module = compile_text("concurrent", PROGRAM);
    let packets = trace(240);
    // The interpreter's answer for every packet under each version.
    let expected = [interpret(&module, VERSION_A, &packets), interpret(&module, VERSION_B, &packets)];
    assert_ne!(
        expected[0].iter().map(|e| e.0).collect::<Vec<_>>(),
        expected[1].iter().map(|e| e.0).collect::<Vec<_>>(),
        "the versions must disagree"
    );

    let classifier = SimClassifier::new(native(&module).expect("classifier"));
    let config = Config { workers: 2, idle_timeout_ns: 120_000, ..Config::default() };
    let dp = Datapath::new(&module, None, config, classifier.clone(), &native).expect("datapath");
    assert_eq!(dp.mode(), &FlowMode::Reuse);
    dp.apply_entries(VERSION_A).expect("version A");

    // Shard like the runner, keeping each packet's index.
    let mut shards: Vec<Vec<(usize, Packet)>> = vec![Vec::new(), Vec::new()];
    for (i, p) in packets.iter().enumerate() {
        shards[(flow_hash(&p.data) % 2) as usize].push((i, p.clone()));
    }
    let started = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicU64::new(0));
    let finished = Arc::new(AtomicBool::new(false));

    let (results, versions_applied) = std::thread::scope(|scope| {
        let control = {
            let (dp, started, done, finished) = (dp.clone(), started.clone(), done.clone(), finished.clone());
            scope.spawn(move || {
                let mut v = 0u64;
                while !finished.load(Ordering::SeqCst) {
                    v += 1;
                    started.store(v, Ordering::SeqCst);
                    dp.apply_entries(version_text(v)).expect("update");
                    done.store(v, Ordering::SeqCst);
                    if v.is_multiple_of(7) {
                        dp.request_flush();
                    }
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                v
            })
        };
        let mut handles = Vec::new();
        for (w, shard) in shards.into_iter().enumerate() {
            let mut worker = dp.worker(w).expect("worker");
            let (classifier, started, done) = (classifier.clone(), started.clone(), done.clone());
            handles.push(scope.spawn(move || {
                // (packet index, verdict, out_port, bytes, lowest and highest version possible)
                let mut out = Vec::new();
                for chunk in shard.chunks(BATCH) {
                    let mut batch: Vec<Packet> = chunk.iter().map(|(_, p)| p.clone()).collect();
                    let low = done.load(Ordering::SeqCst);
                    classifier.classify(&mut batch);
                    worker.process(&mut batch);
                    let high = started.load(Ordering::SeqCst);
                    for ((i, _), p) in chunk.iter().zip(batch) {
                        out.push((*i, p.verdict, p.out_port, p.data, low, high, p.path));
                    }
                    // Let the control thread interleave.
                    std::thread::yield_now();
                }
                (out, worker)
            }));
        }
        let mut results = Vec::new();
        let mut workers = Vec::new();
        for h in handles {
            let (out, worker) = h.join().expect("worker thread");
            results.extend(out);
            workers.push(worker);
        }
        finished.store(true, Ordering::SeqCst);
        let versions = control.join().expect("control thread");
        ((results, workers), versions)
    });
    let (results, mut workers) = results;
    assert!(versions_applied >= 3, "the control thread ran while packets ran ({versions_applied} versions)");

    let mut exact = 0;
    for (i, verdict, port, bytes, low, high, path) in &results {
        let allowed: BTreeSet<u64> = (*low..=*high).map(|v| v % 2).collect();
        let ok = allowed.iter().any(|&v| {
            let (ev, ep, eb) = &expected[v as usize][*i];
            (ev, ep, eb) == (verdict, port, bytes)
        });
        assert!(ok, "packet {i} ({path:?}): verdict {verdict} port {port} matches no version in {low}..={high}");
        if low == high {
            exact += 1;
        }
    }
    assert!(exact >= results.len() / 10, "enough batches ran between updates to pin their version ({exact} of {})", results.len());
    let stats = dp.stats();
    assert_eq!(stats.packets as usize, packets.len(), "{stats:?}");
    assert!(stats.evictions > 0 && stats.revalidations > 0 && stats.mark_hits > 0, "{stats:?}");

    // Settle: no more updates; the tables hold the last version.
    let last = versions_applied;
    for worker in &mut workers {
        worker.tick(u64::MAX / 2);
    }
    let hint = HintId::from_u32(0);
    let mut recorded: Vec<(Vec<u8>, u32)> = Vec::new();
    let mut marks = BTreeSet::new();
    for worker in &workers {
        let flows = worker.flows();
        let mut cache: Vec<(Vec<u128>, u32)> = worker.cache_entries().into_iter().map(|(_, k, m)| (k, m)).collect();
        cache.sort();
        let mut table: Vec<(Vec<u128>, u32)> = flows.iter().map(|f| (f.key.clone(), f.mark)).collect();
        table.sort();
        assert_eq!(cache, table, "worker {}: flow cache == flow table", worker.index());
        for f in &flows {
            assert!(marks.insert(f.mark), "mark {} used twice", f.mark);
            assert_eq!((f.mark as usize - 1) % 2, worker.index());
            if f.in_classifier {
                recorded.push((f.hint_key.clone(), f.mark));
            }
        }
    }
    recorded.sort();
    assert_eq!(classifier.entries(hint).expect("classifier entries"), recorded, "classifier == installed flows");

    // One more pass, with the last version settled: everything matches it exactly.
    let again = trace(8);
    let expected_last = interpret(&module, version_text(last), &again);
    let mut out = Vec::new();
    for p in again.iter() {
        let w = (flow_hash(&p.data) % 2) as usize;
        let mut batch = vec![p.clone()];
        classifier.classify(&mut batch);
        workers[w].process(&mut batch);
        out.push(batch.remove(0));
    }
    for (i, (p, (v, port, bytes))) in out.iter().zip(&expected_last).enumerate() {
        assert_eq!((&p.verdict, &p.out_port, &p.data), (v, port, bytes), "settled packet {i}");
    }
    // Shutdown empties the classifier.
    for worker in &mut workers {
        worker.evict_all();
    }
    assert!(classifier.entries(hint).expect("entries").is_empty());
}
