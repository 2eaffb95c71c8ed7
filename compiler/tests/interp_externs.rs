//! Interpreter tests of the stateful and helper externs (maps, hints, counters, checksums, hash,
//! timestamp, random) and one-line arithmetic edge cases run through a whole machine.

mod interp_support;

use flowmark_compiler::interp::{fnv1a, Machine, PacketInput, Verdict};
use flowmark_compiler::ir::*;
use interp_support::*;

fn packet_from(src: u32) -> PacketInput {
    let mut data = ipv4_packet();
    data[26..30].copy_from_slice(&src.to_be_bytes());
    PacketInput { port: 1, data, mark: 0, time_ns: 0 }
}

/// Per-source packet counting in a map: `v = lookup(src) (0 on a miss); update(src, v + 1);
/// mark = v + 1`.
fn counting_program(kind: MapKind, size: u32) -> (Module, MapId) {
    let mut p = EthIpv4::new(Architecture::Flowmark);
    let map = p.b.map("pipe.flows", kind, size, &[("src", Type::bits(32))], &[("packets", Type::bits(32))]);
    let mark = p.b.m.standard.mark.unwrap();
    let mut c = FnBuilder::new("pipe");
    let src = c.read_field(&p.b.m, p.ipv4, IP_SRC);
    let (found, value) = (c.value(Type::Bool), c.value(Type::bits(32)));
    c.push(Inst::MapLookup { map, key: vec![src], found, values: vec![value] });
    let one = c.konst(1, Type::bits(32));
    let next = c.binary(BinaryOp::Add, value, one, Type::bits(32));
    c.push(Inst::MapUpdate { map, key: vec![src], values: vec![next] });
    c.write_var(mark, next);
    (p.finish(c), map)
}

#[test]
fn hash_map_counts_and_ignores_updates_when_full() {
    let (m, map) = counting_program(MapKind::Hash, 2);
    let mut machine = Machine::new(&m);
    assert_eq!(machine.run(&packet_from(1)).mark, 1);
    assert_eq!(machine.run(&packet_from(1)).mark, 2);
    assert_eq!(machine.run(&packet_from(2)).mark, 1);
    assert_eq!(machine.run(&packet_from(3)).mark, 1, "full: the update is ignored");
    assert_eq!(machine.run(&packet_from(3)).mark, 1);
    assert_eq!(machine.stats().map_update_failures, 2);
    assert_eq!(machine.map_lookup(map, &[1]), Ok(Some(vec![2])));
    assert_eq!(machine.map_lookup(map, &[3]), Ok(None));
    // Control plane: full map is an error, overwrite is fine, delete frees a slot.
    assert!(machine.map_update(map, vec![4], vec![1]).unwrap_err().contains("full"));
    machine.map_update(map, vec![1], vec![10]).unwrap();
    assert_eq!(machine.run(&packet_from(1)).mark, 11);
    machine.map_delete(map, &[2]).unwrap();
    machine.map_update(map, vec![4], vec![1]).unwrap();
    assert!(machine.map_lookup(map, &[1, 2]).is_err(), "wrong key arity");
    assert!(machine.map_update(map, vec![1], vec![1 << 32]).is_err(), "value too wide");
}

#[test]
fn lru_map_evicts_least_recently_used() {
    let (m, map) = counting_program(MapKind::Lru, 2);
    let mut machine = Machine::new(&m);
    machine.run(&packet_from(1));
    machine.run(&packet_from(2));
    machine.run(&packet_from(1)); // 1 is now more recent than 2
    machine.run(&packet_from(3)); // evicts 2
    assert_eq!(machine.map_lookup(map, &[1]), Ok(Some(vec![2])));
    assert_eq!(machine.map_lookup(map, &[2]), Ok(None));
    assert_eq!(machine.map_lookup(map, &[3]), Ok(Some(vec![1])));
    assert_eq!(machine.stats().map_update_failures, 0);
    assert_eq!(machine.map_len(map), 2);
}

#[test]
fn array_map_has_every_index() {
    let (m, map) = counting_program(MapKind::Array, 4);
    let mut machine = Machine::new(&m);
    assert_eq!(machine.map_lookup(map, &[3]), Ok(Some(vec![0])), "every index exists, zeroed");
    assert_eq!(machine.map_lookup(map, &[4]), Ok(None));
    assert_eq!(machine.run(&packet_from(3)).mark, 1);
    assert_eq!(machine.run(&packet_from(3)).mark, 2);
    assert_eq!(machine.run(&packet_from(9)).mark, 1, "out of range: lookup misses");
    assert_eq!(machine.stats().map_update_failures, 1, "out-of-range update ignored");
    machine.map_delete(map, &[3]).unwrap();
    assert_eq!(machine.map_lookup(map, &[3]), Ok(Some(vec![2])), "delete is a no-op");
    assert!(machine.map_update(map, vec![4], vec![1]).is_err());
}

#[test]
fn data_plane_delete() {
    let mut p = EthIpv4::new(Architecture::Flowmark);
    let map = p.b.map("pipe.m", MapKind::Hash, 8, &[("src", Type::bits(32))], &[("v", Type::bits(8))]);
    let mut c = FnBuilder::new("pipe");
    let src = c.read_field(&p.b.m, p.ipv4, IP_SRC);
    c.push(Inst::MapDelete { map, key: vec![src] });
    let m = p.finish(c);
    let mut machine = Machine::new(&m);
    machine.map_update(map, vec![7], vec![1]).unwrap();
    machine.map_update(map, vec![8], vec![1]).unwrap();
    machine.run(&packet_from(7));
    assert_eq!(machine.map_lookup(map, &[7]), Ok(None));
    assert_eq!(machine.map_lookup(map, &[8]), Ok(Some(vec![1])));
}

#[test]
fn hint_sets_the_mark() {
    let mut p = EthIpv4::new(Architecture::Flowmark);
    let hint = p.b.hint("pipe.h", 2, &[("dst", Type::bits(32)), ("proto", Type::bits(8))]);
    let mut c = FnBuilder::new("pipe");
    let dst = c.read_field(&p.b.m, p.ipv4, IP_DST);
    let proto = c.read_field(&p.b.m, p.ipv4, IP_PROTO);
    let hit = c.value(Type::Bool);
    c.push(Inst::HintApply { hint, key: vec![dst, proto], hit });
    let hit8 = c.value(Type::bits(8));
    c.push(Inst::Cast { result: hit8, arg: hit });
    c.write_field(p.ipv4, IP_TTL, hit8);
    let m = p.finish(c);
    let mut machine = Machine::new(&m);
    let input = PacketInput { port: 0, data: ipv4_packet(), mark: 5, time_ns: 0 };
    let out = machine.run(&input);
    assert_eq!((out.mark, out.data[22]), (5, 0), "miss: mark unchanged, hit = 0");
    machine.set_hint(hint, vec![0xc0a8_00c7, 0x11], 0x1234).unwrap();
    let out = machine.run(&input);
    assert_eq!((out.mark, out.data[22]), (0x1234, 1));
    assert_eq!(machine.hint(hint, &[0xc0a8_00c7, 0x11]), Some(0x1234));
    assert!(machine.set_hint(hint, vec![1], 1).is_err(), "key arity");
    assert!(machine.set_hint(hint, vec![1, 0x100], 1).is_err(), "too wide");
    machine.set_hint(hint, vec![1, 1], 1).unwrap();
    assert!(machine.set_hint(hint, vec![2, 2], 1).unwrap_err().contains("full"));
    machine.set_hint(hint, vec![1, 1], 2).unwrap();
    assert_eq!(machine.hint_entries(hint), vec![(vec![1, 1], 2), (vec![0xc0a8_00c7, 0x11], 0x1234)]);
    assert_eq!(machine.remove_hint(hint, &[1, 1]), Ok(true));
}

#[test]
fn counters_count_packets_and_bytes() {
    let mut p = EthIpv4::new(Architecture::Flowmark);
    let both = p.b.counter("pipe.both", CounterKind::PacketsAndBytes, 32);
    let small = p.b.counter("pipe.small", CounterKind::Packets, 16);
    let mut c = FnBuilder::new("pipe");
    let proto = c.read_field(&p.b.m, p.ipv4, IP_PROTO);
    let index = c.value(Type::bits(32));
    c.push(Inst::Cast { result: index, arg: proto });
    let one = c.konst(1, Type::bits(32));
    let three = c.konst(3, Type::bits(32));
    c.push(Inst::Count { counter: both, index, packets: one });
    c.push(Inst::Count { counter: small, index, packets: three }); // 17 >= 16: ignored
    c.push(Inst::Count { counter: small, index: one, packets: three });
    let m = p.finish(c);
    let mut machine = Machine::new(&m);
    let input = PacketInput { port: 0, data: ipv4_packet(), mark: 0, time_ns: 0 };
    machine.run(&input);
    machine.run(&input);
    let len = input.data.len() as u64;
    assert_eq!(machine.counter(both, 17), (2, 2 * len));
    assert_eq!(machine.counter(both, 16), (0, 0));
    assert_eq!(machine.counter(small, 1), (6, 0));
    assert_eq!(machine.counter(small, 17), (0, 0));
}

/// Control: `build` then `Ipv4ChecksumUpdate` or whatever `build` pushes.
fn ipv4_program(build: impl FnOnce(&mut FnBuilder, &Module, HeaderId)) -> Module {
    let p = EthIpv4::new(Architecture::Flowmark);
    let mut c = FnBuilder::new("pipe");
    build(&mut c, &p.b.m, p.ipv4);
    p.finish(c)
}

#[test]
fn ipv4_checksum_update_matches_known_good_header() {
    let m = ipv4_program(|c, _, ipv4| c.push(Inst::Ipv4ChecksumUpdate { header: ipv4, checksum_field: IP_CSUM }));
    let input = PacketInput { port: 0, data: ipv4_packet_no_checksum(), mark: 0, time_ns: 0 };
    let out = Machine::new(&m).run(&input);
    assert_eq!(out.data, ipv4_packet(), "checksum 0xb861");
    // Non-ipv4: nothing to update, nothing changes.
    let mut other = ipv4_packet_no_checksum();
    other[12] = 0x86;
    let out = Machine::new(&m).run(&PacketInput { data: other.clone(), ..input });
    assert_eq!(out.data, other);
}

#[test]
fn checksum_replace_is_incremental() {
    // ttl 0x40 -> 0x3f (the 16-bit word ttl ++ protocol): b861 -> b961.
    let m = ipv4_program(|c, m, ipv4| {
        let ttl = c.read_field(m, ipv4, IP_TTL);
        let proto = c.read_field(m, ipv4, IP_PROTO);
        let old = c.value(Type::bits(16));
        c.push(Inst::Concat { result: old, hi: ttl, lo: proto });
        let new_ttl = c.konst(0x3f, Type::bits(8));
        let new = c.value(Type::bits(16));
        c.push(Inst::Concat { result: new, hi: new_ttl, lo: proto });
        c.write_field(ipv4, IP_TTL, new_ttl);
        c.push(Inst::ChecksumReplace { header: ipv4, field: IP_CSUM, old, new });
    });
    let input = PacketInput { port: 0, data: ipv4_packet(), mark: 0, time_ns: 0 };
    let out = Machine::new(&m).run(&input);
    assert_eq!((out.data[22], out.data[24], out.data[25]), (0x3f, 0xb9, 0x61));
    // srcAddr c0a80001 -> c0a80002 (32 bits, two words): b861 -> b860.
    let m = ipv4_program(|c, m, ipv4| {
        let old = c.read_field(m, ipv4, IP_SRC);
        let new = c.konst(0xc0a8_0002, Type::bits(32));
        c.write_field(ipv4, IP_SRC, new);
        c.push(Inst::ChecksumReplace { header: ipv4, field: IP_CSUM, old, new });
    });
    let out = Machine::new(&m).run(&input);
    assert_eq!((out.data[29], out.data[24], out.data[25]), (0x02, 0xb8, 0x60));
}

#[test]
fn hash_timestamp_random() {
    let m = ipv4_program(|c, m, ipv4| {
        let src = c.read_field(m, ipv4, IP_SRC);
        let proto = c.read_field(m, ipv4, IP_PROTO);
        let flag = c.konst(1, Type::Bool);
        let h = c.value(Type::bits(32));
        c.push(Inst::Hash { result: h, args: vec![src, proto, flag] });
        c.write_var(m.standard.mark.unwrap(), h);
        let t = c.value(Type::bits(64));
        c.push(Inst::Timestamp { result: t });
        let t32 = c.value(Type::bits(32));
        c.push(Inst::Cast { result: t32, arg: t });
        c.write_field(ipv4, IP_DST, t32);
        let r = c.value(Type::bits(32));
        c.push(Inst::Random { result: r });
        c.write_var(m.standard.out_port.unwrap(), r);
        c.write_field(ipv4, IP_SRC, r);
    });
    let input = PacketInput { port: 0, data: ipv4_packet(), mark: 0, time_ns: 0x1_2345_6789 };
    let mut a = Machine::new(&m);
    let out1 = a.run(&input);
    assert_eq!(out1.mark, fnv1a([0xc0, 0xa8, 0x00, 0x01, 0x11, 0x01]));
    assert_eq!(&out1.data[30..34], &[0x23, 0x45, 0x67, 0x89]);
    let out2 = a.run(&input);
    assert_ne!(out1.data[26..30], out2.data[26..30], "random advances");
    let again = Machine::new(&m).run(&input);
    assert_eq!(out1.data, again.data, "random is deterministic per machine");
}

/// Run `build` in a control that writes its result into a 64-bit header field extracted from an
/// 8-byte packet, and return the field (the result's bits, zero-extended).
fn eval(build: impl FnOnce(&mut FnBuilder) -> Value) -> u128 {
    let mut b = ModuleBuilder::new(Architecture::Flowmark);
    let t = b.header_type("out_t", &[("v", 64)]);
    let h = b.header("hdr.out", t);
    let mut p = FnBuilder::new("prs");
    p.extract(h);
    p.term(Terminator::Accept);
    b.m.parser = p.f;
    let mut c = FnBuilder::new("pipe");
    let mut v = build(&mut c);
    if let Type::Bits { width, signed: true } = c.f.values[v] {
        // Reinterpret as unsigned first so the result's bits are not sign-extended.
        let u = c.value(Type::bits(width));
        c.push(Inst::Cast { result: u, arg: v });
        v = u;
    }
    let w = c.value(Type::bits(64));
    c.push(Inst::Cast { result: w, arg: v });
    c.write_field(h, 0, w);
    b.m.control = c.f;
    let out = Machine::new(&b.m).run(&PacketInput { data: vec![0; 8], ..Default::default() });
    assert_eq!(out.verdict, Verdict::Pass, "{:?}", out.internal_error);
    u128::from(u64::from_be_bytes(out.data.try_into().unwrap()))
}

fn bin(op: BinaryOp, ty: Type, a: u128, b: u128, result: Type) -> u128 {
    eval(|c| {
        let (a, b) = (c.konst(a, ty), c.konst(b, ty));
        c.binary(op, a, b, result)
    })
}

fn cast(from: Type, v: u128, to: Type) -> u128 {
    eval(|c| {
        let a = c.konst(v, from);
        let r = c.value(to);
        c.push(Inst::Cast { result: r, arg: a });
        r
    })
}

const B8: Type = Type::bits(8);
const I8: Type = Type::int(8);

#[test]
fn arithmetic_edge_cases() {
    use BinaryOp::*;
    assert_eq!(bin(Add, B8, 250, 10, B8), 4);
    assert_eq!(bin(Sub, B8, 0, 1, B8), 0xff);
    assert_eq!(bin(Mul, Type::bits(64), u64::MAX as u128, 2, Type::bits(64)), u64::MAX as u128 - 1);
    assert_eq!(bin(AddSat, B8, 250, 10, B8), 0xff);
    assert_eq!(bin(SubSat, B8, 3, 10, B8), 0);
    assert_eq!(bin(AddSat, I8, 0x7f, 1, I8), 0x7f);
    assert_eq!(bin(SubSat, I8, 0x80, 1, I8), 0x80);
    assert_eq!(bin(Div, B8, 7, 0, B8), 0);
    assert_eq!(bin(Mod, B8, 7, 0, B8), 0);
    assert_eq!(bin(Div, B8, 7, 2, B8), 3);
    assert_eq!(bin(Lt, I8, 0xff, 1, Type::Bool), 1, "-1 < 1 signed");
    assert_eq!(bin(Lt, B8, 0xff, 1, Type::Bool), 0, "255 < 1 unsigned");
    assert_eq!(bin(Ge, I8, 0x80, 0x7f, Type::Bool), 0);
    assert_eq!(bin(Shl, B8, 1, 8, B8), 0);
    assert_eq!(bin(Shl, B8, 3, 7, B8), 0x80);
    assert_eq!(bin(Shr, B8, 0x80, 8, B8), 0);
    assert_eq!(bin(Shr, I8, 0x80, 9, I8), 0xff);
    assert_eq!(bin(Shr, I8, 0x40, 9, I8), 0);
    assert_eq!(bin(Shr, I8, 0x80, 2, I8), 0xe0);
    assert_eq!(bin(Eq, B8, 3, 3, Type::Bool), 1);
    assert_eq!(cast(I8, 0x80, Type::bits(16)), 0xff80);
    assert_eq!(cast(B8, 0x80, Type::bits(16)), 0x80);
    assert_eq!(cast(Type::bits(16), 0x1234, B8), 0x34);
    assert_eq!(cast(B8, 2, Type::Bool), 1);
    assert_eq!(cast(Type::Bool, 1, Type::bits(4)), 1);
    assert_eq!(cast(I8, 0xff, Type::int(16)), 0xffff);
    let slice = eval(|c| {
        let a = c.konst(0xabcd, Type::bits(16));
        let r = c.value(B8);
        c.push(Inst::Slice { result: r, arg: a, hi: 11, lo: 4 });
        r
    });
    assert_eq!(slice, 0xbc);
    let concat = eval(|c| {
        let (hi, lo) = (c.konst(0xab, B8), c.konst(0x5, Type::bits(4)));
        let r = c.value(Type::bits(12));
        c.push(Inst::Concat { result: r, hi, lo });
        r
    });
    assert_eq!(concat, 0xab5);
    let unary = |op: UnaryOp, ty: Type, v: u128| {
        eval(|c| {
            let a = c.konst(v, ty);
            let r = c.value(ty);
            c.push(Inst::Unary { result: r, op, arg: a });
            r
        })
    };
    assert_eq!(unary(UnaryOp::Negate, B8, 1), 0xff);
    assert_eq!(unary(UnaryOp::Complement, B8, 0x0f), 0xf0);
    assert_eq!(unary(UnaryOp::Not, Type::Bool, 0), 1);
    let select = eval(|c| {
        let (cond, t, f) = (c.konst(0, Type::Bool), c.konst(1, B8), c.konst(2, B8));
        let r = c.value(B8);
        c.push(Inst::Select { result: r, cond, if_true: t, if_false: f });
        r
    });
    assert_eq!(select, 2);
    assert_eq!(eval(|c| c.konst(0x1ff, B8)), 0xff, "constants are masked to their type");
}
