//! The datapath over pcap traces with `ovs_hint.p4` as classifier and pipeline: F flows x P
//! packets make exactly F upcalls, F installs and F x (P - 1) mark hits, with the interpreter's
//! verdicts and bytes; plus a full mark space, idle eviction, a second pipeline keyed by the
//! classifier, and bad trace files.

mod datapath_support;

use std::sync::Arc;

use datapath_support::*;
use flowmark_runtime::datapath::pcap::{TraceReader, TraceWriter};
use flowmark_runtime::datapath::{runner, ClassifierMaps, Config, Datapath, FlowMode, Packet, PathTaken, SimClassifier, Stats};

fn setup(config: Config) -> (Arc<Datapath>, Arc<SimClassifier>) {
    let module = example("ovs_hint");
    let classifier = SimClassifier::new(native(&module).expect("classifier compiles"));
    let dp = Datapath::new(&module, None, config, classifier.clone(), &native).expect("datapath");
    (dp, classifier)
}

fn run_all(dp: &Arc<Datapath>, classifier: &SimClassifier, packets: Vec<Packet>) -> (Vec<Packet>, Vec<flowmark_runtime::datapath::Worker>) {
    let mut out = Vec::new();
    let mut input = packets.into_iter().map(Ok);
    let workers = runner::run(dp, Some(classifier), &mut input, &mut |p| {
        out.push(p);
        Ok(())
    })
    .expect("run");
    (out, workers)
}

fn check_against_interpreter(module_name: &str, entries: &str, inputs: &[Packet], outputs: &[Packet]) {
    let module = example(module_name);
    let expected = interpret(&module, entries, inputs);
    assert_eq!(expected.len(), outputs.len());
    for (i, ((verdict, port, bytes), got)) in expected.iter().zip(outputs).enumerate() {
        assert_eq!((got.verdict, got.out_port), (*verdict, *port), "packet {i}: verdict");
        assert_eq!(&got.data, bytes, "packet {i}: bytes");
    }
}

fn check_counts(stats: &Stats, flows: u64, per_flow: u64) {
    assert_eq!(stats.packets, flows * per_flow, "{stats:?}");
    assert_eq!(stats.upcalls, flows, "{stats:?}");
    assert_eq!(stats.installs, flows, "{stats:?}");
    assert_eq!(stats.mark_hits, flows * (per_flow - 1), "{stats:?}");
    assert_eq!(stats.cache_hits + stats.uncached + stats.unknown_marks, 0, "{stats:?}");
    assert_eq!(stats.flows, flows, "{stats:?}");
    assert_eq!(stats.pass, flows * per_flow, "{stats:?}");
}

#[test]
fn pcap_trace_one_worker_hits_by_mark() {
    let (flows, per_flow) = (64u32, 8u32);
    let packets = round_robin(flows, per_flow);
    let dir = TempDir::new("dp-pcap");
    let input = dir.0.join("in.pcap");
    let mut writer = TraceWriter::create(&input).expect("create");
    for p in &packets {
        writer.write(p).expect("write");
    }
    writer.finish().expect("finish");

    let (dp, classifier) = setup(Config::default());
    assert_eq!(dp.mode(), &FlowMode::Reuse);
    let reader = TraceReader::open(&input).expect("open");
    let read: Vec<Packet> = reader.map(|p| p.expect("packet")).collect();
    assert_eq!(read.len(), packets.len());
    for (a, b) in read.iter().zip(&packets) {
        assert_eq!((&a.data, a.time_ns), (&b.data, b.time_ns));
    }
    let (out, workers) = run_all(&dp, &classifier, read.clone());
    check_counts(&dp.stats(), u64::from(flows), u64::from(per_flow));
    // First packet of each flow is the upcall, the rest hit by mark with the flow's mark.
    for (i, p) in out.iter().enumerate() {
        let expected = if i < flows as usize { PathTaken::Upcall } else { PathTaken::MarkHit };
        assert_eq!(p.path, expected, "packet {i}");
        assert_ne!(p.flow_mark, 0);
        assert_eq!(p.flow_mark, out[i % flows as usize].flow_mark, "packet {i} has its flow's mark");
    }
    check_against_interpreter("ovs_hint", "", &packets, &out);

    // The classifier holds exactly the installed flows.
    let installed: Vec<(Vec<u8>, u32)> = {
        let mut v: Vec<_> = workers[0].flows().into_iter().map(|f| (f.hint_key, f.mark)).collect();
        v.sort();
        v
    };
    let hint4 = flowmark_compiler::ir::HintId::from_u32(0);
    assert_eq!(classifier.entries(hint4).expect("entries"), installed);
    assert_eq!(installed.len(), flows as usize);

    // The passed packets, written and read back, are the interpreter's.
    let output = dir.0.join("out.pcap");
    let mut writer = TraceWriter::create(&output).expect("create out");
    for p in out.iter().filter(|p| p.verdict != 1) {
        writer.write(p).expect("write out");
    }
    writer.finish().expect("finish out");
    let back: Vec<Packet> = TraceReader::open(&output).expect("open out").map(|p| p.expect("packet")).collect();
    let expected = interpret(&example("ovs_hint"), "", &packets);
    let passed: Vec<&Vec<u8>> = expected.iter().filter(|e| e.0 != 1).map(|e| &e.2).collect();
    assert_eq!(back.iter().map(|p| &p.data).collect::<Vec<_>>(), passed);
}

#[test]
fn two_workers_have_disjoint_marks_and_the_same_counts() {
    let (flows, per_flow) = (256u32, 4u32);
    let packets = round_robin(flows, per_flow);
    let (dp, classifier) = setup(Config { workers: 2, ..Config::default() });
    let (out, workers) = run_all(&dp, &classifier, packets.clone());
    check_counts(&dp.stats(), u64::from(flows), u64::from(per_flow));
    check_against_interpreter("ovs_hint", "", &packets, &out);
    let mut marks: Vec<u32> = workers.iter().flat_map(|w| w.flows().into_iter().map(|f| f.mark)).collect();
    for w in &workers {
        assert!(w.stats().installs > 0, "both workers got flows");
        for f in w.flows() {
            assert_eq!((f.mark - 1) % 2, w.index() as u32, "worker {} owns mark {}", w.index(), f.mark);
        }
    }
    marks.sort();
    marks.dedup();
    assert_eq!(marks.len(), flows as usize, "marks are unique across workers");
}

#[test]
fn a_full_mark_space_is_counted_and_packets_still_pass() {
    let (flows, per_flow) = (40u32, 3u32);
    let packets = round_robin(flows, per_flow);
    let (dp, classifier) = setup(Config { max_mark: 10, ..Config::default() });
    let (out, _) = run_all(&dp, &classifier, packets.clone());
    let stats = dp.stats();
    assert_eq!(stats.installs, 10, "{stats:?}");
    assert_eq!(stats.mark_space_full, u64::from(flows * per_flow) - 10 - 10 * u64::from(per_flow - 1), "{stats:?}");
    assert_eq!(stats.mark_hits, 10 * u64::from(per_flow - 1), "{stats:?}");
    assert!(out.iter().all(|p| p.flow_mark <= 10));
    check_against_interpreter("ovs_hint", "", &packets, &out);
}

#[test]
fn idle_flows_are_evicted_with_their_classifier_entries_and_marks_are_reused() {
    // Three generations of 32 flows, a second apart: each sweep removes the previous generation.
    let mut packets = Vec::new();
    for generation in 0..3u32 {
        for flow in 0..32u32 {
            let id = generation * 32 + flow;
            packets.push(Packet::new(flow_packet(id, 0), 1, 0, 1_000_000_000 * u64::from(generation) + 1_000 * u64::from(flow + 1)));
        }
    }
    let config = Config { idle_timeout_ns: 100_000_000, ..Config::default() };
    let (dp, classifier) = setup(config);
    let (out, mut workers) = run_all(&dp, &classifier, packets.clone());
    let stats = dp.stats();
    assert_eq!(stats.installs, 96, "{stats:?}");
    assert_eq!(stats.evictions, 64, "{stats:?}");
    assert_eq!(stats.flows, 32, "{stats:?}");
    // The first generation's marks 1..=32, freed a batch before, went to the third generation.
    let mut marks: Vec<u32> = workers[0].flows().iter().map(|f| f.mark).collect();
    marks.sort();
    assert_eq!(marks, (1..=32).collect::<Vec<u32>>());
    let hint4 = flowmark_compiler::ir::HintId::from_u32(0);
    let mut expected: Vec<(Vec<u8>, u32)> = workers[0].flows().into_iter().map(|f| (f.hint_key, f.mark)).collect();
    expected.sort();
    assert_eq!(classifier.entries(hint4).expect("entries"), expected);
    assert_eq!(workers[0].cache_entries().len(), 32);
    check_against_interpreter("ovs_hint", "", &packets, &out);
    // Shutdown removes everything.
    workers[0].evict_all();
    assert!(classifier.entries(hint4).expect("entries").is_empty());
    assert!(workers[0].cache_entries().is_empty());
}

#[test]
fn incoming_marks_in_pcapng_comments_reach_the_classifier() {
    let dir = TempDir::new("dp-pcapng");
    let path = dir.0.join("marks.pcapng");
    let mut packets = round_robin(3, 1);
    packets[1].mark = 77;
    packets[2].in_port = 5;
    flowmark_runtime::datapath::pcap::write_pcapng_with_marks(&path, &packets).expect("write");
    let back: Vec<Packet> = TraceReader::open(&path).expect("open").map(|p| p.expect("packet")).collect();
    assert_eq!(back.iter().map(|p| (p.mark, p.in_port, p.time_ns)).collect::<Vec<_>>(), vec![(0, 1, 1000), (77, 1, 2000), (0, 5, 3000)]);
    let (dp, classifier) = setup(Config::default());
    let (out, _) = run_all(&dp, &classifier, back);
    // Mark 77 names no flow: counted, then the packet takes the no-mark path.
    let stats = dp.stats();
    assert_eq!(stats.unknown_marks, 1, "{stats:?}");
    assert_eq!(stats.upcalls, 3, "{stats:?}");
    assert!(out.iter().all(|p| p.verdict == 0));
}

#[test]
fn bad_trace_files_give_clear_errors() {
    let dir = TempDir::new("dp-bad");
    let garbage = dir.0.join("garbage.pcap");
    std::fs::write(&garbage, b"this is not a capture").expect("write");
    let e = TraceReader::open(&garbage).expect_err("garbage");
    assert!(e.contains("not a pcap or pcapng file"), "{e}");
    let empty = dir.0.join("empty.pcap");
    std::fs::write(&empty, b"").expect("write");
    assert!(TraceReader::open(&empty).expect_err("empty").contains("not a pcap"));
    let missing = TraceReader::open(&dir.0.join("missing.pcap")).expect_err("missing");
    assert!(missing.contains("cannot read"), "{missing}");
    // A valid file cut in the middle of its second packet.
    let good = dir.0.join("good.pcap");
    let mut w = TraceWriter::create(&good).expect("create");
    for p in round_robin(2, 1) {
        w.write(&p).expect("write");
    }
    w.finish().expect("finish");
    let bytes = std::fs::read(&good).expect("read");
    let cut = dir.0.join("cut.pcap");
    std::fs::write(&cut, &bytes[..bytes.len() - 10]).expect("write");
    let results: Vec<Result<Packet, String>> = TraceReader::open(&cut).expect("open").collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    let e = results[1].as_ref().expect_err("truncated");
    assert!(e.contains("packet 2") && e.contains("truncated"), "{e}");
}

#[test]
fn mangled_trace_files_give_errors_not_panics() {
    let dir = TempDir::new("dp-fuzz");
    let mut originals = Vec::new();
    let pcap = dir.0.join("a.pcap");
    let mut w = TraceWriter::create(&pcap).expect("create");
    for p in round_robin(4, 2) {
        w.write(&p).expect("write");
    }
    w.finish().expect("finish");
    originals.push(std::fs::read(&pcap).expect("read"));
    let pcapng = dir.0.join("a.pcapng");
    flowmark_runtime::datapath::pcap::write_pcapng_with_marks(&pcapng, &round_robin(4, 2)).expect("write");
    originals.push(std::fs::read(&pcapng).expect("read"));
    // xorshift: deterministic mutations (bytes flipped, files cut).
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let path = dir.0.join("mangled");
    for round in 0..400 {
        let mut bytes = originals[round % 2].clone();
        for _ in 0..(1 + next() % 4) {
            let i = (next() as usize) % bytes.len();
            bytes[i] = next() as u8;
        }
        if next() % 3 == 0 {
            let cut = (next() as usize) % bytes.len();
            bytes.truncate(cut);
        }
        std::fs::write(&path, &bytes).expect("write");
        let result = std::panic::catch_unwind(|| match TraceReader::open(&path) {
            Ok(reader) => reader.take(1000).filter(|r| r.is_err()).count(),
            Err(_) => 1,
        });
        assert!(result.is_ok(), "round {round}: reading a mangled file panicked");
    }
}
