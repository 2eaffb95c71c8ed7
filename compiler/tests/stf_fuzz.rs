//! Property tests: the STF parser, the runner and the interpreter never panic, whatever the text
//! or packet bytes, and the interpreter keeps the packet length.

mod interp_support;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_compiler::stf::{parse_entries, run_stf_interp};
use interp_support::*;
use proptest::prelude::*;

const VOCABULARY: &[&str] = &[
    "add",
    "fwd",
    "acl",
    "pipe.acl",
    "dstAddr:1",
    "srcAddr:0x**01",
    "protocol:1..5",
    "dstAddr:0x0a000000/8",
    "srcAddr:1&&&0xff",
    "set_mark(m:1)",
    "Reject()",
    "redirect(port:2)",
    "rewrite(src:-1)",
    "NoAction",
    "setdefault",
    "packet",
    "expect",
    "0",
    "1",
    "2",
    "000000000001",
    "000000000002",
    "0800",
    "4500",
    "0073",
    "c0a8",
    "****",
    "$",
    "mark=1",
    "mark",
    "=",
    "=>",
    "==",
    "!=",
    "<",
    "(",
    ")",
    ":",
    ",",
    "check_map",
    "flows",
    "src:1",
    "packets:2",
    "ttl:64",
    "absent",
    "no_packet",
    "remove",
    "all",
    "check_counter",
    "pkts(0)",
    "simple(1)",
    "packets",
    "bytes",
    "time",
    "wait",
    "add_hint",
    "h",
    "dst:1",
    "set_map",
    "-",
    "#",
    "\n",
    "\n",
    "\n",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn stf_text_never_panics(words in prop::collection::vec(prop::sample::select(VOCABULARY), 0..60)) {
        let p = stf_program();
        let text = words.join(" ");
        let report = run_stf_interp(&p.m, &text);
        prop_assert!(report.failures.iter().all(|f| f.line >= 1));
        let _ = parse_entries(&p.m, &text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let p = stf_program();
        let _ = run_stf_interp(&p.m, &text);
        let _ = parse_entries(&p.m, &text);
    }

    #[test]
    fn packets_never_panic(data in prop::collection::vec(any::<u8>(), 0..80), ipv4 in any::<bool>(), mark in any::<u32>()) {
        let p = stf_program();
        let mut data = data;
        if ipv4 && data.len() > 13 {
            data[12] = 0x08;
            data[13] = 0x00;
        }
        let mut machine = Machine::new(&p.m);
        let out = machine.run(&PacketInput { port: 1, data: data.clone(), mark, time_ns: 0 });
        prop_assert_eq!(out.data.len(), data.len());
        prop_assert!(out.internal_error.is_none());
    }
}
