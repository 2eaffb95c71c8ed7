//! STF runner tests against the reference interpreter (and a fake target): passing runs,
//! mismatches with expected-vs-got messages, unexpected and missing outputs, marks, `$` and `*`,
//! `no_packet`, counters, maps, hints, control-plane errors.

mod interp_support;

use flowmark_compiler::interp::{PacketInput, PacketOutput, Verdict};
use flowmark_compiler::ir::*;
use flowmark_compiler::stf::*;
use interp_support::*;

/// `ipv4_packet()` as STF hex.
const PKT: &str = "000000000001 000000000002 0800 4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7 deadbeef";

fn run(text: &str) -> StfReport {
    let p = stf_program();
    run_stf_interp(&p.m, &text.replace("PKT", PKT))
}

fn assert_passes(text: &str) -> StfReport {
    let report = run(text);
    assert!(report.passed(), "{report}");
    report
}

/// The single failure of a run.
fn failure(text: &str) -> StfFailure {
    let report = run(text);
    assert_eq!(report.failures.len(), 1, "{report}");
    report.failures[0].clone()
}

#[test]
fn matching_packet_passes() {
    let report = assert_passes("packet 0 PKT\nexpect 0 PKT\n");
    assert_eq!((report.packets, report.checks), (1, 1));
    // Expectations may come first; ports are independent queues.
    let report = assert_passes("expect 0 PKT\nexpect 2 PKT\npacket 2 PKT\npacket 0 PKT\n");
    assert_eq!(report.checks, 2);
}

#[test]
fn mismatch_shows_expected_and_got() {
    let f = failure("add fwd dstAddr:1 rewrite(src:0xaabbccddeeff)\npacket 0 PKT\n# c\nexpect 0 PKT\n");
    assert_eq!(f.line, 4);
    assert!(f.message.contains("expected packet on port 0: 000000000001000000000002"), "{f}");
    assert!(f.message.contains("got 000000000001aabbccddeeff0800"), "{f}");
    assert!(f.message.contains("packet from line 2, first difference at byte 6"), "{f}");
}

#[test]
fn unexpected_and_missing_outputs() {
    let f = failure("packet 0 PKT\n");
    assert_eq!(f.line, 1);
    assert!(f.message.starts_with("packet from line 1 was not expected: came out of port 0"), "{f}");
    let f = failure("\nexpect 3 PKT\n");
    assert_eq!(f.line, 2);
    assert!(f.message.starts_with("expected a packet on port 3"), "{f}");
    assert!(f.message.ends_with("none came"), "{f}");
    // A dropped packet produces nothing.
    let f = failure("setdefault fwd Reject()\npacket 0 PKT\nexpect 0\n");
    assert_eq!(f.line, 3);
    // Wrong port: one missing, one unexpected.
    let report = run("packet 0 PKT\nexpect 1\n");
    assert_eq!(report.failures.iter().map(|f| f.line).collect::<Vec<_>>(), vec![1, 2]);
}

#[test]
fn marks_are_checked() {
    assert_passes("add_hint h dst:192.168.0.199 => 0x55\npacket 0 PKT\nexpect 0 mark=0x55\n");
    assert_passes("packet 0 PKT mark=9\nexpect 0 PKT mark=9\n");
    let f = failure("packet 0 mark=3 PKT\nexpect 0 mark=4\n");
    assert!(f.message.contains("expected mark 4 (0x4) on port 0; got mark 3 (0x3)"), "{f}");
    assert_passes("add fwd dstAddr:1 set_mark(m:7)\npacket 0 PKT\nexpect 0 PKT mark=7\n");
}

#[test]
fn exact_length_and_wildcards() {
    assert_passes("packet 0 PKT\nexpect 0 PKT$\n");
    assert_passes("packet 0 PKT\nexpect 0 000000000001\n");
    assert_passes("packet 0 PKT\nexpect 0 ****00000001 000000000002 08** 45\n");
    let f = failure("packet 0 PKT\nexpect 0 000000000001$\n");
    assert!(f.message.contains("38 bytes, expected exactly 6"), "{f}");
    let f = failure("packet 0 000000000001 000000000002 0806\nexpect 0 000000000001 000000000002 0806 00\n");
    assert!(f.message.contains("got 0000000000010000000000020806 (packet from line 1, 14 bytes)"), "{f}");
    let f = failure("packet 0 PKT\nexpect 0 ****00000002\n");
    assert!(f.message.contains("first difference at byte 5"), "{f}");
}

#[test]
fn redirect_and_no_packet() {
    assert_passes("add fwd dstAddr:1 redirect(port:5)\npacket 0 PKT\nexpect 5 PKT\n");
    assert_passes("setdefault fwd Reject()\npacket 0 PKT\nno_packet\n");
    let f = failure("packet 0 PKT\nno_packet\n");
    assert_eq!(f.line, 2);
    assert!(f.message.contains("expected no packet, but the packet from line 1 came out of port 0"), "{f}");
    // The truncated packet is dropped by the parser.
    assert_passes("packet 0 0000000000010000000000020800 45\nno_packet\n");
}

#[test]
fn tables_through_stf() {
    let text = "add acl 1 srcAddr:0xc0a80000&&&0xffff0000 set_mark(m:1)\n\
                add acl 5 dstAddr:192.168.0.0/16 protocol:0x10..0x20 set_mark(m:5)\n\
                packet 0 PKT\nexpect 0 PKT mark=5\n\
                remove all\nadd acl 1 srcAddr:0xc0a80000&&&0xffff0000 set_mark(m:1)\n\
                packet 0 PKT\nexpect 0 PKT mark=1\n\
                add acl 9 Reject()\npacket 0 PKT\nno_packet\n";
    assert_passes(text);
    assert_passes("add fwd dstAddr:1 Reject()\nremove pipe.fwd all\npacket 0 PKT\nexpect 0\n");
}

#[test]
fn counters_and_maps() {
    let text = "packet 0 PKT\nexpect 0\npacket 0 PKT\nexpect 0\n\
                check_counter pkts(0) packets == 2\ncheck_counter pkts(0) bytes == 76\ncheck_counter simple(1) packets >= 2\n\
                check_counter pkts(1) packets == 0\n\
                check_map flows src:192.168.0.1 == packets:2 ttl:64\ncheck_map flows src:1 absent\n\
                set_map flows src:192.168.0.1 => packets:10 ttl:1\npacket 0 PKT\nexpect 0\ncheck_map flows src:192.168.0.1 == packets:11\n";
    let report = assert_passes(text);
    assert_eq!(report.checks, 3 + 4 + 2 + 1);
    let f = failure("packet 0 PKT\nexpect 0\ncheck_counter pipe.pkts(0) packets != 1\n");
    assert_eq!(f.message, "counter `pipe.pkts`(0) packets: expected != 1, got 1");
    let f = failure("packet 0 PKT\nexpect 0\ncheck_map flows src:192.168.0.1 == ttl:63\n");
    assert!(f.message.contains("field `ttl`: expected 0x3f, got 0x40"), "{f}");
    let f = failure("check_map flows src:192.168.0.1 == ttl:63\n");
    assert!(f.message.contains("it is absent"), "{f}");
    let f = failure("set_map flows src:1 => packets:1 ttl:1\ncheck_map flows src:1 absent\n");
    assert!(f.message.contains("expected key (0x1) absent from map `pipe.flows`; found (0x1, 0x1)"), "{f}");
}

#[test]
fn control_plane_errors_are_failures_and_parse_errors_do_not_stop_the_run() {
    let mut p = stf_program();
    p.m.tables[p.fwd].size = 1;
    let report = run_stf_interp(&p.m, "add fwd dstAddr:1 NoAction()\nadd fwd dstAddr:2 NoAction()\n");
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].line, 2);
    assert!(report.failures[0].message.contains("full"));
    let report = run("packet 0 PKT\nnonsense here\nexpect 0 PKT\n");
    assert_eq!(report.failures.len(), 1, "{report}");
    assert_eq!(report.failures[0].line, 2);
    assert_eq!(report.checks, 1);
    assert!(report.to_string().contains("FAILED: 1 packet(s), 1 check(s), 1 failure(s)"));
}

/// A target that records inputs and answers with canned outputs.
#[derive(Default)]
struct Fake {
    inputs: Vec<PacketInput>,
    fail: bool,
}

impl Target for Fake {
    fn add_entry(&mut self, _: TableId, _: Entry) -> Result<(), String> {
        Err("entries unsupported".into())
    }
    fn set_default(&mut self, _: TableId, _: ActionCall) -> Result<(), String> {
        Ok(())
    }
    fn clear_entries(&mut self) -> Result<(), String> {
        Ok(())
    }
    fn clear_table(&mut self, _: TableId) -> Result<(), String> {
        Ok(())
    }
    fn set_hint(&mut self, _: HintId, _: Vec<u128>, _: u32) -> Result<(), String> {
        Ok(())
    }
    fn set_map(&mut self, _: MapId, _: Vec<u128>, _: Vec<u128>) -> Result<(), String> {
        Ok(())
    }
    fn read_map(&mut self, _: MapId, _: &[u128]) -> Result<Option<Vec<u128>>, String> {
        Err("no maps here".into())
    }
    fn read_counter(&mut self, _: CounterId, _: u32) -> Result<(u64, u64), String> {
        Ok((0, 0))
    }
    fn run(&mut self, input: &PacketInput) -> Result<PacketOutput, String> {
        self.inputs.push(input.clone());
        if self.fail {
            return Err("device gone".into());
        }
        let data = input.data.clone();
        Ok(PacketOutput {
            verdict: Verdict::Redirect(input.port + 1),
            data,
            mark: input.mark,
            parser_error: 0,
            internal_error: None,
        })
    }
}

#[test]
fn any_target_plugs_in() {
    let p = stf_program();
    let mut fake = Fake::default();
    let report =
        run_stf(&p.m, "time 5\npacket 1 00 mark=2\nexpect 2 00$ mark=2\ntime 9\npacket 3 01\nexpect 4 01\n", &mut fake);
    assert!(report.passed(), "{report}");
    assert_eq!(fake.inputs.iter().map(|i| (i.port, i.time_ns, i.mark)).collect::<Vec<_>>(), vec![(1, 5, 2), (3, 9, 0)]);
    let report = run_stf(&p.m, "add fwd dstAddr:1 NoAction()\ncheck_map flows src:1 absent\n", &mut fake);
    assert_eq!(report.failures[0].message, "entries unsupported");
    assert!(report.failures[1].message.contains("no maps here"));
    let mut failing = Fake { fail: true, ..Fake::default() };
    let report = run_stf(&p.m, "packet 0 00\nexpect 1\n", &mut failing);
    assert_eq!(report.failures.len(), 2);
    assert!(report.failures[0].message.contains("device gone"));
}

#[test]
fn entries_files_apply_to_a_target() {
    let p = stf_program();
    let statements = parse_entries(&p.m, "add fwd dstAddr:1 set_mark(m:3)\n").unwrap();
    let mut machine = flowmark_compiler::interp::Machine::new(&p.m);
    for (_, s) in &statements {
        apply_control(&mut machine, s).unwrap();
    }
    let out = machine.run(&PacketInput { port: 0, data: ipv4_packet(), mark: 0, time_ns: 0 });
    assert_eq!(out.mark, 3);
}
