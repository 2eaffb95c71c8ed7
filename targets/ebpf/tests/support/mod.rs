//! Hand-assembled eBPF programs for the ELF writer's and the kernel loader's tests (the runtime's
//! tests include this file by path): a few instruction constructors and small TC/XDP programs whose
//! effect a test can observe (a return value, a map lookup, a mark, a per-CPU counter, XDP
//! metadata). Offsets are those of `struct __sk_buff` and `struct xdp_md` in linux/bpf.h.
#![allow(dead_code)]

use flowmark_ebpf::program::{BtfMember, BtfStruct, Insn, MapDef, MapRelocation, Program, ProgramKind};

pub const R0: u8 = 0;
pub const R1: u8 = 1;
pub const R2: u8 = 2;
pub const R3: u8 = 3;
pub const R4: u8 = 4;
pub const R5: u8 = 5;
pub const R6: u8 = 6;
pub const R10: u8 = 10;

/// `struct __sk_buff` offsets.
pub const SKB_MARK: i16 = 8;
pub const SKB_DATA: i16 = 76;
pub const SKB_DATA_END: i16 = 80;
/// `struct xdp_md` offsets.
pub const XDP_DATA: i16 = 0;
pub const XDP_DATA_END: i16 = 4;
pub const XDP_DATA_META: i16 = 8;

pub const HELPER_MAP_LOOKUP_ELEM: i32 = 1;
pub const HELPER_XDP_ADJUST_META: i32 = 54;

pub const MAP_HASH: u32 = 1;
pub const MAP_PERCPU_ARRAY: u32 = 6;

pub const TC_ACT_OK: i32 = 0;
pub const TC_ACT_SHOT: i32 = 2;
pub const XDP_PASS: i32 = 2;

fn insn(code: u8, dst: u8, src: u8, off: i16, imm: i32) -> Insn {
    Insn { code, dst, src, off, imm }
}

pub fn mov_imm(dst: u8, imm: i32) -> Insn {
    insn(0xb7, dst, 0, 0, imm)
}
pub fn mov_reg(dst: u8, src: u8) -> Insn {
    insn(0xbf, dst, src, 0, 0)
}
pub fn add_imm(dst: u8, imm: i32) -> Insn {
    insn(0x07, dst, 0, 0, imm)
}
pub fn exit() -> Insn {
    insn(0x95, 0, 0, 0, 0)
}
pub fn call(helper: i32) -> Insn {
    insn(0x85, 0, 0, 0, helper)
}
/// `*(u32 *)(dst + off) = imm` (BPF_ST: the verifier takes it, but LLVM 14's objdump prints
/// `<unknown>`, so the sample programs store registers instead)
pub fn st_w(dst: u8, off: i16, imm: i32) -> Insn {
    insn(0x62, dst, 0, off, imm)
}
/// `*(u32 *)(dst + off) = src`
pub fn stx_w(dst: u8, off: i16, src: u8) -> Insn {
    insn(0x63, dst, src, off, 0)
}
/// `*(u64 *)(dst + off) = src`
pub fn stx_dw(dst: u8, off: i16, src: u8) -> Insn {
    insn(0x7b, dst, src, off, 0)
}
/// `dst = *(u32 *)(src + off)`
pub fn ldx_w(dst: u8, src: u8, off: i16) -> Insn {
    insn(0x61, dst, src, off, 0)
}
/// `dst = *(u64 *)(src + off)`
pub fn ldx_dw(dst: u8, src: u8, off: i16) -> Insn {
    insn(0x79, dst, src, off, 0)
}
/// `if dst == imm goto +off`
pub fn jeq_imm(dst: u8, imm: i32, off: i16) -> Insn {
    insn(0x15, dst, 0, off, imm)
}
/// `if dst != imm goto +off`
pub fn jne_imm(dst: u8, imm: i32, off: i16) -> Insn {
    insn(0x55, dst, 0, off, imm)
}
/// `if dst > src goto +off` (unsigned)
pub fn jgt_reg(dst: u8, src: u8, off: i16) -> Insn {
    insn(0x2d, dst, src, off, 0)
}
/// `dst = map` (two slots; the relocation goes on the first).
pub fn ld_map(dst: u8) -> [Insn; 2] {
    [insn(0x18, dst, 0, 0, 0), Insn::default()]
}

pub fn member(name: &str, offset: u32, size: u32) -> BtfMember {
    BtfMember { name: name.into(), offset, size }
}

/// `r0 = retval; exit`.
pub fn return_value(kind: ProgramKind, name: &str, retval: i32) -> Program {
    Program { kind, name: name.into(), insns: vec![mov_imm(R0, retval), exit()], relocations: vec![], maps: vec![], license: "GPL".into() }
}

/// A HASH map `flows` from `struct flow_key { __u32 dst_addr; __u16 dst_port; __u8 pad[2]; }` to
/// `struct flow_value { __u32 mark; __u8 tag[3]; __u8 pad; __u64 hits; }`.
pub fn flows_map() -> MapDef {
    MapDef {
        name: "flows".into(),
        map_type: MAP_HASH,
        key_size: 8,
        value_size: 16,
        max_entries: 64,
        flags: 0,
        key_type: BtfStruct { name: "flow_key".into(), size: 8, members: vec![member("ipv4.dst_addr", 0, 4), member("dst_port", 4, 2)] },
        value_type: BtfStruct {
            name: "flow_value".into(),
            size: 16,
            members: vec![member("mark", 0, 4), member("tag", 4, 3), member("hits", 8, 8)],
        },
    }
}

/// Looks up the fixed key `{dst_addr 0x0100000a (10.0.0.1 in memory), dst_port 0}` on the stack in
/// `flows` and returns the entry's `mark`, or `miss` when there is none.
pub fn fixed_key_lookup(kind: ProgramKind, miss: i32) -> Program {
    let mut insns = Vec::new();
    insns.extend(ld_map(R1)); // 0, 1
    insns.push(mov_imm(R3, 0x0100_000a));
    insns.push(stx_w(R10, -8, R3));
    insns.push(mov_imm(R3, 0));
    insns.push(stx_w(R10, -4, R3));
    insns.push(mov_reg(R2, R10));
    insns.push(add_imm(R2, -8));
    insns.push(call(HELPER_MAP_LOOKUP_ELEM));
    insns.push(jeq_imm(R0, 0, 2));
    insns.push(ldx_w(R0, R0, 0));
    insns.push(exit());
    insns.push(mov_imm(R0, miss));
    insns.push(exit());
    Program {
        kind,
        name: "lookup".into(),
        insns,
        relocations: vec![MapRelocation { insn: 0, map: 0 }],
        maps: vec![flows_map()],
        license: "GPL".into(),
    }
}

/// TC: reads the IPv4 destination address (packet bytes 30..34) into a `flows` key, and on a hit
/// sets `skb->mark` to the entry's mark; drops packets shorter than 34 bytes, passes the others.
pub fn tc_mark_from_packet() -> Program {
    let mut insns = vec![
        mov_reg(R6, R1),
        ldx_w(R2, R1, SKB_DATA),
        ldx_w(R3, R1, SKB_DATA_END),
        mov_reg(R4, R2),
        add_imm(R4, 34),
        jgt_reg(R4, R3, 14), // -> drop
        ldx_w(R5, R2, 30),
        stx_w(R10, -8, R5),
        mov_imm(R5, 0),
        stx_w(R10, -4, R5),
    ];
    let lookup = insns.len();
    insns.extend(ld_map(R1));
    insns.extend([
        mov_reg(R2, R10),
        add_imm(R2, -8),
        call(HELPER_MAP_LOOKUP_ELEM),
        jeq_imm(R0, 0, 2),
        ldx_w(R1, R0, 0),
        stx_w(R6, SKB_MARK, R1),
        mov_imm(R0, TC_ACT_OK),
        exit(),
        mov_imm(R0, TC_ACT_SHOT), // drop
        exit(),
    ]);
    Program {
        kind: ProgramKind::Tc,
        name: "mark_flows".into(),
        insns,
        relocations: vec![MapRelocation { insn: lookup, map: 0 }],
        maps: vec![flows_map()],
        license: "GPL".into(),
    }
}

/// TC: `skb->mark = mark; return TC_ACT_OK`.
pub fn tc_set_mark(mark: i32) -> Program {
    Program {
        kind: ProgramKind::Tc,
        name: "set_mark".into(),
        insns: vec![mov_imm(R2, mark), stx_w(R1, SKB_MARK, R2), mov_imm(R0, TC_ACT_OK), exit()],
        relocations: vec![],
        maps: vec![],
        license: "GPL".into(),
    }
}

/// A PERCPU_ARRAY `counters` of one `struct counter { __u64 packets; }`.
pub fn counters_map() -> MapDef {
    MapDef {
        name: "counters".into(),
        map_type: MAP_PERCPU_ARRAY,
        key_size: 4,
        value_size: 8,
        max_entries: 1,
        flags: 0,
        key_type: BtfStruct { name: "index".into(), size: 4, members: vec![member("index", 0, 4)] },
        value_type: BtfStruct { name: "counter".into(), size: 8, members: vec![member("packets", 0, 8)] },
    }
}

/// Counts runs in `counters[0]` and returns `retval`.
pub fn count_packets(kind: ProgramKind, retval: i32) -> Program {
    let mut insns = vec![mov_imm(R2, 0), stx_w(R10, -4, R2)];
    insns.extend(ld_map(R1));
    insns.extend([
        mov_reg(R2, R10),
        add_imm(R2, -4),
        call(HELPER_MAP_LOOKUP_ELEM),
        jeq_imm(R0, 0, 3),
        ldx_dw(R1, R0, 0),
        add_imm(R1, 1),
        stx_dw(R0, 0, R1),
        mov_imm(R0, retval),
        exit(),
    ]);
    Program {
        kind,
        name: "count".into(),
        insns,
        relocations: vec![MapRelocation { insn: 2, map: 0 }],
        maps: vec![counters_map()],
        license: "GPL".into(),
    }
}

/// XDP: grows the metadata area by 4 bytes (`bpf_xdp_adjust_meta(ctx, -4)`), writes `mark` there
/// as a little-endian u32 and returns XDP_PASS.
pub fn xdp_meta_mark(mark: i32) -> Program {
    Program {
        kind: ProgramKind::Xdp,
        name: "meta_mark".into(),
        insns: vec![
            mov_reg(R6, R1),
            mov_imm(R2, -4),
            call(HELPER_XDP_ADJUST_META),
            jne_imm(R0, 0, 7), // -> pass
            ldx_w(R2, R6, XDP_DATA_META),
            ldx_w(R3, R6, XDP_DATA),
            mov_reg(R4, R2),
            add_imm(R4, 4),
            jgt_reg(R4, R3, 2), // -> pass
            mov_imm(R5, mark),
            stx_w(R2, 0, R5),
            mov_imm(R0, XDP_PASS), // pass
            exit(),
        ],
        relocations: vec![],
        maps: vec![],
        license: "GPL".into(),
    }
}

/// An Ethernet + IPv4 + UDP packet (42 bytes + `payload`) to `dst` (in network order).
pub fn udp_packet(dst: [u8; 4], payload: &[u8]) -> Vec<u8> {
    let mut packet = vec![
        0x02, 0, 0, 0, 0, 0x02, // dst mac
        0x02, 0, 0, 0, 0, 0x01, // src mac
        0x08, 0x00, // IPv4
        0x45, 0, 0, 0, 0, 0, 0x40, 0, 64, 17, 0, 0, // ver/ihl .. checksum
        10, 0, 0, 2, // src
    ];
    packet.extend_from_slice(&dst);
    packet.extend_from_slice(&[0x30, 0x39, 0x00, 0x35, 0, 0, 0, 0]); // udp 12345 -> 53
    packet.extend_from_slice(payload);
    let ip_len = (packet.len() - 14) as u16;
    packet[16..18].copy_from_slice(&ip_len.to_be_bytes());
    packet
}
