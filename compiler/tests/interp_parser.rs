//! Interpreter tests of the parser, deparser, verdicts and the safety net, on hand-built IR.

mod interp_support;

use flowmark_compiler::interp::{Machine, PacketInput, Verdict};
use flowmark_compiler::ir::*;
use interp_support::*;

fn input(data: Vec<u8>) -> PacketInput {
    PacketInput { port: 3, data, mark: 7, time_ns: 0 }
}

/// Control: if ipv4 is valid, ttl = ttl - 1 and mark = 0x55.
fn ttl_program() -> Module {
    let p = EthIpv4::new(Architecture::Flowmark);
    let ipv4 = p.ipv4;
    let mark = p.b.m.standard.mark.unwrap();
    let mut c = FnBuilder::new("pipe");
    let then = c.block();
    let done = c.block();
    let valid = c.value(Type::Bool);
    c.push(Inst::IsValid { result: valid, header: ipv4 });
    c.term(Terminator::Branch { cond: valid, if_true: then, if_false: done });
    c.at(then);
    let ttl = c.read_field(&p.b.m, ipv4, IP_TTL);
    let one = c.konst(1, Type::bits(8));
    let dec = c.binary(BinaryOp::Sub, ttl, one, Type::bits(8));
    c.write_field(ipv4, IP_TTL, dec);
    c.set_var(&p.b.m, mark, 0x55);
    c.term(Terminator::Jump(done));
    c.at(done);
    c.term(Terminator::Return);
    p.finish(c)
}

#[test]
fn parses_ethernet_and_ipv4_and_deparses_changes() {
    let m = ttl_program();
    let mut machine = Machine::new(&m);
    let out = machine.run(&input(ipv4_packet()));
    assert_eq!(out.verdict, Verdict::Pass);
    assert_eq!(out.mark, 0x55);
    assert_eq!(out.parser_error, 0);
    let mut want = ipv4_packet();
    want[14 + 8] = 0x3f;
    assert_eq!(out.data, want);
    assert_eq!(out.internal_error, None);
}

#[test]
fn non_ipv4_packet_skips_ipv4() {
    let m = ttl_program();
    let mut data = ipv4_packet();
    data[13] = 0x06; // etherType 0x0806
    let out = Machine::new(&m).run(&input(data.clone()));
    assert_eq!(out.verdict, Verdict::Pass);
    assert_eq!(out.data, data);
    assert_eq!(out.mark, 7, "the control saw no ipv4 header, the incoming mark stays");
}

#[test]
fn truncated_packet_is_rejected_unchanged() {
    let m = ttl_program();
    let data = ipv4_packet()[..30].to_vec();
    let out = Machine::new(&m).run(&input(data.clone()));
    assert_eq!(out.verdict, Verdict::Drop);
    assert_eq!(out.parser_error, m.error_index("PacketTooShort").unwrap());
    assert_eq!(out.data, data);
    assert_eq!(out.mark, 7, "the control did not run");
    let out = Machine::new(&m).run(&input(vec![]));
    assert_eq!(out.verdict, Verdict::Drop);
}

/// Parser: a single instruction list in the entry block, then accept; control: mark = 1.
fn parser_program(build: impl FnOnce(&mut FnBuilder, &Module)) -> Module {
    let mut b = ModuleBuilder::new(Architecture::Flowmark);
    let mut p = FnBuilder::new("prs");
    build(&mut p, &b.m);
    b.m.parser = p.f;
    let mut c = FnBuilder::new("pipe");
    c.set_var(&b.m, b.m.standard.mark.unwrap(), 1);
    b.m.control = c.f;
    b.m
}

#[test]
fn advance_lookahead_verify() {
    let m = parser_program(|p, _| {
        let bits = p.konst(12, Type::bits(32));
        p.push(Inst::Advance { bits });
        p.term(Terminator::Accept);
    });
    let out = Machine::new(&m).run(&input(vec![0; 4]));
    assert_eq!(out.parser_error, m.error_index("ParserInvalidArgument").unwrap());

    let m = parser_program(|p, _| {
        let bits = p.konst(40, Type::bits(32));
        p.push(Inst::Advance { bits });
        p.term(Terminator::Accept);
    });
    assert_eq!(Machine::new(&m).run(&input(vec![0; 5])).verdict, Verdict::Pass);
    assert_eq!(Machine::new(&m).run(&input(vec![0; 4])).parser_error, 1);

    // lookahead<bit<16>>() == 0xabcd or reject with error 5.
    let m = parser_program(|p, _| {
        let la = p.value(Type::bits(16));
        p.push(Inst::Lookahead { result: la });
        let want = p.konst(0xabcd, Type::bits(16));
        let ok = p.binary(BinaryOp::Eq, la, want, Type::Bool);
        p.push(Inst::Verify { cond: ok, error: 5 });
        p.term(Terminator::Accept);
    });
    let out = Machine::new(&m).run(&input(vec![0xab, 0xcd]));
    assert_eq!((out.verdict, out.mark), (Verdict::Pass, 1));
    assert_eq!(Machine::new(&m).run(&input(vec![0xab, 0xce])).parser_error, 5);
    assert_eq!(Machine::new(&m).run(&input(vec![0xab])).parser_error, 1);
}

#[test]
fn select_masks_ranges_and_reject() {
    // select(first byte): 0x1* (mask 0xf0) -> accept; 0x20..0x2f -> reject 2; _ -> default reject 3.
    let m = parser_program(|p, m| {
        let _ = m;
        let la = p.value(Type::bits(8));
        p.push(Inst::Lookahead { result: la });
        p.term(Terminator::Select {
            keys: vec![la],
            cases: vec![
                SelectCase { keysets: vec![KeySet::Mask(0x10, 0xf0)], target: SelectTarget::Accept },
                SelectCase { keysets: vec![KeySet::Range(0x20, 0x2f)], target: SelectTarget::Reject(2) },
                SelectCase { keysets: vec![KeySet::Any], target: SelectTarget::Reject(4) },
            ],
            default: SelectTarget::Reject(3),
        });
    });
    let run = |b: u8| Machine::new(&m).run(&input(vec![b]));
    assert_eq!(run(0x1a).verdict, Verdict::Pass);
    assert_eq!(run(0x25).parser_error, 2);
    assert_eq!(run(0x30).parser_error, 4);
}

#[test]
fn validity_rules() {
    // Control: setValid(ipv4) on a non-ipv4 packet and write ttl: not emitted. setInvalid(ethernet)
    // then write its dst: ignored, and bytes stay.
    let p = EthIpv4::new(Architecture::Flowmark);
    let (eth, ipv4) = (p.eth, p.ipv4);
    let mut c = FnBuilder::new("pipe");
    c.push(Inst::SetValid { header: ipv4, valid: true });
    let v = c.konst(9, Type::bits(8));
    c.write_field(ipv4, IP_TTL, v);
    c.push(Inst::SetValid { header: eth, valid: false });
    let v = c.konst(0xffff_ffff_ffff, Type::bits(48));
    c.write_field(eth, ETH_DST, v);
    let read = c.read_field(&p.b.m, eth, ETH_TYPE);
    let mark = p.b.m.standard.mark.unwrap();
    let read32 = c.value(Type::bits(32));
    c.push(Inst::Cast { result: read32, arg: read });
    c.write_var(mark, read32);
    let m = p.finish(c);
    let data = bytes("000000000001 000000000002 0806 0102030405060708 0910111213141516 1718192021222324");
    let out = Machine::new(&m).run(&input(data.clone()));
    assert_eq!(out.data, data);
    assert_eq!(out.mark, 0, "an invalid header reads 0");
}

#[test]
fn ebpf_filter_pass_and_flowmark_redirect() {
    let mut b = ModuleBuilder::new(Architecture::EbpfFilter);
    let pass = b.m.standard.pass.unwrap();
    let mut p = FnBuilder::new("prs");
    p.term(Terminator::Accept);
    b.m.parser = p.f;
    let mut c = FnBuilder::new("pipe");
    let t = c.konst(1, Type::Bool);
    c.write_var(pass, t);
    b.m.control = c.f.clone();
    let out = Machine::new(&b.m).run(&input(vec![1, 2]));
    assert_eq!((out.verdict, out.mark), (Verdict::Pass, 7));
    b.m.control = FnBuilder::new("pipe").f;
    assert_eq!(Machine::new(&b.m).run(&input(vec![1, 2])).verdict, Verdict::Drop);

    let m = parser_program(|p, _| p.term(Terminator::Accept));
    let mut m2 = m.clone();
    let mut c = FnBuilder::new("pipe");
    c.set_var(&m, m.standard.verdict.unwrap(), VERDICT_REDIRECT);
    c.set_var(&m, m.standard.out_port.unwrap(), 9);
    m2.control = c.f;
    assert_eq!(Machine::new(&m2).run(&input(vec![])).verdict, Verdict::Redirect(9));
    let mut c = FnBuilder::new("pipe");
    c.set_var(&m, m.standard.verdict.unwrap(), 3);
    m2.control = c.f;
    assert_eq!(Machine::new(&m2).run(&input(vec![])).verdict, Verdict::Drop);
}

#[test]
fn standard_inputs_are_visible() {
    // mark = in_port * 1000 + packet_length
    let m = parser_program(|p, _| p.term(Terminator::Accept));
    let mut m2 = m.clone();
    let std = &m.standard;
    let mut c = FnBuilder::new("pipe");
    let port = c.read_var(&m, std.in_port.unwrap());
    let len = c.read_var(&m, std.packet_length.unwrap());
    let k = c.konst(1000, Type::bits(32));
    let a = c.binary(BinaryOp::Mul, port, k, Type::bits(32));
    let s = c.binary(BinaryOp::Add, a, len, Type::bits(32));
    c.write_var(std.mark.unwrap(), s);
    m2.control = c.f;
    assert_eq!(Machine::new(&m2).run(&input(vec![0; 17])).mark, 3017);
}

#[test]
fn infinite_loop_hits_the_block_limit() {
    let m = parser_program(|p, _| p.term(Terminator::Accept));
    let mut m2 = m.clone();
    let mut c = FnBuilder::new("pipe");
    let entry = c.cur;
    c.term(Terminator::Jump(entry));
    m2.control = c.f;
    let mut machine = Machine::new(&m2);
    machine.set_block_limit(1000);
    let out = machine.run(&input(vec![1, 2, 3]));
    assert_eq!(out.verdict, Verdict::Drop);
    assert!(out.internal_error.unwrap().contains("block limit"));
    assert_eq!(out.data, vec![1, 2, 3]);
    assert_eq!(machine.stats().internal_errors, 1);
}

#[test]
fn malformed_ir_is_an_internal_error_not_a_panic() {
    let m = parser_program(|p, _| p.term(Terminator::Accept));
    type Case = Box<dyn Fn(&mut FnBuilder)>;
    let cases: Vec<Case> = vec![
        // A value without a type.
        Box::new(|c| c.push(Inst::WriteVar { var: VarId::from_u32(0), value: Value::from_u32(99) })),
        // A header that does not exist.
        Box::new(|c| c.push(Inst::SetValid { header: HeaderId::from_u32(5), valid: true })),
        // A parser-only instruction in the control.
        Box::new(|c| c.push(Inst::Extract { header: HeaderId::from_u32(0) })),
        // A jump to a block that does not exist.
        Box::new(|c| c.term(Terminator::Jump(Block::from_u32(42)))),
        // A parser terminator in the control.
        Box::new(|c| c.term(Terminator::Accept)),
        // A variable that does not exist.
        Box::new(|c| {
            let v = c.konst(1, Type::bits(8));
            c.push(Inst::WriteVar { var: VarId::from_u32(1000), value: v })
        }),
        // A table that does not exist.
        Box::new(|c| {
            let (hit, action) = (c.value(Type::Bool), c.value(Type::bits(32)));
            c.push(Inst::TableApply { table: TableId::from_u32(3), keys: vec![], hit, action, params: vec![] })
        }),
    ];
    for (i, build) in cases.iter().enumerate() {
        let mut m2 = m.clone();
        let mut c = FnBuilder::new("pipe");
        build(&mut c);
        m2.control = c.f;
        let out = Machine::new(&m2).run(&input(vec![1]));
        assert_eq!(out.verdict, Verdict::Drop, "case {i}");
        assert!(out.internal_error.is_some(), "case {i}");
    }
}
