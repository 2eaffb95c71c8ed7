//! STF parser tests: every statement form, name resolution, value syntax, entries files and error
//! reporting with line numbers.

mod interp_support;

use flowmark_compiler::ir::*;
use flowmark_compiler::stf::*;
use interp_support::*;

fn parse_ok(m: &Module, text: &str) -> Vec<Statement> {
    let (statements, errors) = parse_stf(m, text);
    assert!(errors.is_empty(), "{errors:?}");
    statements.into_iter().map(|(_, s)| s).collect()
}

fn parse_err(m: &Module, text: &str) -> StfError {
    let (_, errors) = parse_stf(m, text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.into_iter().next().unwrap()
}

fn action(m: &Module, name: &str) -> ActionId {
    m.actions.iter().find(|(_, a)| a.name == name).unwrap().0
}

#[test]
fn packets_and_expectations() {
    let p = stf_program();
    let s = parse_ok(&p.m, "# comment\n\npacket 2 0011 2233 mark=0x10\nPACKET 0 ab\nexpect 1 00**22$ mark=7\nexpect 3\nexpect 4 ab $\nno_packet\nwait\ntime 1000\n");
    assert_eq!(s[0], Statement::Packet { port: 2, data: vec![0, 0x11, 0x22, 0x33], mark: 0x10 });
    assert_eq!(s[1], Statement::Packet { port: 0, data: vec![0xab], mark: 0 });
    let pattern = Pattern { nibbles: vec![Some(0), Some(0), None, None, Some(2), Some(2)], exact: true };
    assert_eq!(s[2], Statement::Expect { port: 1, pattern: Some(pattern), mark: Some(7) });
    assert_eq!(s[3], Statement::Expect { port: 3, pattern: None, mark: None });
    assert!(matches!(&s[4], Statement::Expect { pattern: Some(Pattern { exact: true, .. }), .. }));
    assert_eq!(s[5..], [Statement::NoPacket, Statement::Wait, Statement::Time(1000)]);
    let (statements, _) = parse_stf(&p.m, "\n\npacket 0 00\n");
    assert_eq!(statements[0].0, 3, "1-based line numbers");
}

#[test]
fn add_with_every_key_syntax() {
    let p = stf_program();
    let set_mark = action(&p.m, "pipe.set_mark");
    let s = parse_ok(
        &p.m,
        "add pipe.acl 10 hdr.ipv4.srcAddr:0x0a000001&&&0xffff00ff hdr.ipv4.dstAddr:10.1.0.0/16 hdr.ipv4.protocol:6..17 pipe.set_mark(m:5)\n\
         add acl srcAddr:0x**00**01 dstAddr:0x0a000000 / 8 protocol:17 set_mark(7) = entry1\n\
         add pipe_acl pipe_set_mark(m : 0b101)\n",
    );
    let want = Entry {
        keys: vec![
            KeyMatch::Ternary(0x0a00_0001 & 0xffff_00ff, 0xffff_00ff),
            KeyMatch::Lpm(0x0a01_0000, 16),
            KeyMatch::Range(6, 17),
        ],
        priority: 10,
        action: ActionCall { action: set_mark, args: vec![5] },
    };
    assert_eq!(s[0], Statement::Control(ControlStatement::Add { table: p.acl, entry: want }));
    let want = Entry {
        keys: vec![KeyMatch::Ternary(0x0000_0001, 0x00ff_00ff), KeyMatch::Lpm(0x0a00_0000, 8), KeyMatch::Range(17, 17)],
        priority: 0,
        action: ActionCall { action: set_mark, args: vec![7] },
    };
    assert_eq!(s[1], Statement::Control(ControlStatement::Add { table: p.acl, entry: want }));
    // Omitted non-exact keys match anything.
    let Statement::Control(ControlStatement::Add { entry, .. }) = &s[2] else { panic!() };
    assert_eq!(entry.keys, vec![KeyMatch::Ternary(0, 0), KeyMatch::Lpm(0, 0), KeyMatch::Range(0, 0xff)]);
    assert_eq!(entry.action.args, vec![5]);
}

#[test]
fn setdefault_remove_hints_maps_counters() {
    let p = stf_program();
    let reject = action(&p.m, "pipe.Reject");
    let s = parse_ok(
        &p.m,
        "setdefault fwd Reject()\nremove all\nremove pipe.fwd all\nadd_hint h dst:10.0.0.1 => 0x55\n\
         set_map flows src:1 => packets:2 ttl:64\ncheck_map pipe.flows src:1 == ttl:64\ncheck_map flows src:2 absent\n\
         check_counter pkts(0) packets == 3\ncheck_counter pipe.pkts(7) bytes >= 100\ncheck_counter simple(1)\n",
    );
    assert_eq!(
        s[0],
        Statement::Control(ControlStatement::SetDefault {
            table: p.fwd,
            action: ActionCall { action: reject, args: vec![] }
        })
    );
    assert_eq!(s[1], Statement::Control(ControlStatement::RemoveAll));
    assert_eq!(s[2], Statement::Control(ControlStatement::RemoveTable(p.fwd)));
    assert!(
        matches!(&s[3], Statement::Control(ControlStatement::AddHint { key, mark: 0x55, .. }) if key == &vec![0x0a00_0001])
    );
    assert_eq!(s[4], Statement::Control(ControlStatement::SetMap { map: p.flows, key: vec![1], value: vec![2, 64] }));
    assert_eq!(s[5], Statement::CheckMap { map: p.flows, key: vec![1], expect: MapExpectation::Fields(vec![(1, 64)]) });
    assert_eq!(s[6], Statement::CheckMap { map: p.flows, key: vec![2], expect: MapExpectation::Absent });
    assert_eq!(
        s[7],
        Statement::CheckCounter { counter: p.pkts, index: 0, check: Some((CounterField::Packets, CmpOp::Eq, 3)) }
    );
    assert_eq!(
        s[8],
        Statement::CheckCounter { counter: p.pkts, index: 7, check: Some((CounterField::Bytes, CmpOp::Ge, 100)) }
    );
    assert!(matches!(s[9], Statement::CheckCounter { index: 1, check: None, .. }));
}

#[test]
fn errors_name_their_lines() {
    let p = stf_program();
    let m = &p.m;
    let cases: &[(&str, &str)] = &[
        ("frobnicate 1", "unknown statement `frobnicate`"),
        ("packet 0 0g", "bad hex digit `g`"),
        ("packet 0 abc", "odd number of hex digits"),
        ("packet", "expected a port"),
        ("packet 0 00 mark=1 mark=2", "given twice"),
        ("expect 0 a$b", "`$` may only end"),
        ("add nosuch k:1 NoAction()", "unknown table `nosuch`"),
        ("add fwd nokey:1 NoAction()", "table `pipe.fwd`: unknown key `nokey`"),
        ("add fwd NoAction()", "missing exact key `hdr.ethernet.dstAddr`"),
        ("add fwd dstAddr:0x1000000000000 NoAction()", "does not fit bit<48>"),
        ("add fwd dstAddr:1/8 NoAction()", "lpm match does not fit"),
        ("add acl dstAddr:1/33 NoAction()", "prefix length 33 exceeds"),
        ("add acl protocol:9..3 NoAction()", "empty range"),
        ("add fwd dstAddr:1 nosuch()", "unknown action `nosuch`"),
        ("add acl dstAddr:1 redirect(port:1)", "table `pipe.acl`: unknown action `redirect`"),
        ("add fwd dstAddr:1 set_mark()", "missing parameter `m`"),
        ("add fwd dstAddr:1 set_mark(x:1)", "has no parameter `x`"),
        ("add fwd dstAddr:1 set_mark(m:1, m:2)", "given twice"),
        ("add fwd dstAddr:1 set_mark(m:1", "expected `,`"),
        ("add fwd dstAddr:1 set_mark(m:1) extra", "unexpected"),
        ("setdefault fwd", "expected an action"),
        ("remove fwd", "only `remove all`"),
        ("check_counter pkts(8) packets == 1", "out of range"),
        ("check_counter simple(0) bytes == 1", "counts packets only"),
        ("check_counter pkts(0) packets ~ 1", "found `~`"),
        ("check_counter pkts(0) packets 1", "expected a comparison"),
        ("check_counter nosuch(0)", "unknown counter"),
        ("add_hint h => 1", "missing key field `dst`"),
        ("add_hint h dst:1 1", "expected `=>`"),
        ("add_hint h dst:1 => 0x100000000", "does not fit 32 bits"),
        ("set_map flows src:1 => packets:1", "missing value field `ttl`"),
        ("set_map flows src:1 => packets:1 ttl:256", "does not fit bit<8>"),
        ("check_map flows src:1", "expected `==` or `absent`"),
        ("check_map flows src:1 ==", "expected value fields"),
        ("time -1", "bad number"),
        ("packet 0x100000000 00", "does not fit 32 bits"),
        ("add fwd dstAddr:99999999999999999999999999999999999999999 NoAction()", "too large"),
    ];
    for (text, want) in cases {
        let e = parse_err(m, &format!("# line 1\n{text}"));
        assert_eq!(e.line, 2, "{text}");
        assert!(e.message.contains(want), "{text}: got `{}`, want `{want}`", e.message);
        assert!(e.to_string().starts_with("line 2: "));
    }
}

#[test]
fn every_bad_line_is_reported() {
    let p = stf_program();
    let (statements, errors) = parse_stf(&p.m, "packet 0 00\nbogus\npacket 0 0\nexpect 0 00\n");
    assert_eq!(statements.len(), 2);
    assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![2, 3]);
}

#[test]
fn ambiguous_and_underscore_names() {
    let mut p = stf_program();
    let mut other = p.m.tables[p.fwd].clone();
    other.name = "egress.fwd".into();
    p.m.tables.push(other);
    let e = parse_err(&p.m, "add fwd dstAddr:1 NoAction()");
    assert!(e.message.contains("ambiguous"), "{e}");
    let s = parse_ok(&p.m, "add pipe.fwd dstAddr:1 NoAction()\nadd egress_fwd hdr.ethernet.dstAddr:1 NoAction()");
    assert_eq!(s.len(), 2);
}

#[test]
fn entries_files() {
    let p = stf_program();
    let ok = parse_entries(
        &p.m,
        "# entries\nadd fwd dstAddr:1 set_mark(m:3)\nsetdefault acl Reject()\n\nadd_hint h dst:1 => 2\n",
    )
    .unwrap();
    assert_eq!(ok.iter().map(|(l, _)| *l).collect::<Vec<_>>(), vec![2, 3, 5]);
    let errors = parse_entries(&p.m, "packet 0 00\nadd fwd dstAddr:1 nope()\n:\n").unwrap_err();
    assert_eq!(errors.len(), 3);
    assert!(errors[0].message.contains("not a control-plane statement"));
    assert_eq!(errors[1].line, 2);
}

#[test]
fn garbage_never_panics() {
    let p = stf_program();
    let garbage = [
        "",
        "(",
        ")",
        ":",
        "=>",
        "add",
        "add (",
        "add fwd :",
        "add fwd dstAddr:",
        "add fwd dstAddr:/",
        "add fwd dstAddr:&&&",
        "add acl srcAddr:0x**",
        "add acl srcAddr:*",
        "add acl srcAddr:0b2*",
        "add acl dstAddr:1/",
        "add acl protocol:..",
        "expect",
        "expect x",
        "check_counter",
        "check_counter pkts(",
        "check_counter pkts()",
        "check_map",
        "set_map flows =>",
        "add_hint",
        "packet 0 ***",
        "expect 0 $",
        "remove",
        "time",
        "\u{0}\u{ff}é",
        "add fwd 1 2 3 4",
        "add fwd -",
        "add acl srcAddr:-1&&&-1 NoAction()",
        "add fwd dstAddr:0x_ NoAction()",
    ];
    for text in garbage {
        let _ = parse_stf(&p.m, text);
        let _ = parse_entries(&p.m, text);
        let _ = run_stf_interp(&p.m, text);
    }
}
