//! Encoding: physical-register machine IR to eBPF instruction slots, with labels resolved to jump
//! offsets, map loads recorded as relocations, jumps to the next instruction dropped, and the
//! `--emit asm` listing (each run of instructions under the IR operation it came from).

use super::mir::{AluOp, Cond, MInst, Reg, Src};
use crate::program::{Insn, MapRelocation};
use std::collections::HashMap;
use std::fmt::Write;

const BPF_ALU: u8 = 0x04;
const BPF_ALU64: u8 = 0x07;
const BPF_JMP: u8 = 0x05;
const BPF_X: u8 = 0x08;
const BPF_K: u8 = 0x00;
const BPF_LDX_MEM: u8 = 0x61; // class LDX | mode MEM, size added
const BPF_STX_MEM: u8 = 0x63;
const BPF_ST_MEM: u8 = 0x62;
/// `BPF_STX | BPF_ATOMIC | BPF_DW`; the immediate says which operation (`BPF_ADD` = 0).
const BPF_STX_ATOMIC_DW: u8 = 0xdb;
const BPF_ATOMIC_ADD: i32 = 0x00;

pub struct Encoded {
    pub insns: Vec<Insn>,
    pub relocations: Vec<MapRelocation>,
    /// `(slot, text)`: notes to print before the instruction at `slot`.
    pub notes: Vec<(usize, String)>,
}

fn reg(r: Reg) -> u8 {
    match r {
        Reg::Physical(n) => n,
        Reg::Virtual(_) => 0,
    }
}

fn slots(inst: &MInst) -> usize {
    match inst {
        MInst::LoadImm64 { .. } | MInst::LoadMap { .. } => 2,
        MInst::Label(_) | MInst::Note(_) => 0,
        _ => 1,
    }
}

pub fn encode(insts: Vec<MInst>) -> Encoded {
    // After allocation a move may have the same register on both sides.
    let insts: Vec<MInst> = insts
        .into_iter()
        .filter(|inst| !matches!(inst, MInst::Alu { op: AluOp::Mov, dst, src: Src::Reg(src) } if dst == src))
        .collect();
    let insts = super::peephole::drop_fallthrough_jumps(insts);
    let mut positions: HashMap<u32, usize> = HashMap::new();
    let mut slot = 0;
    for inst in &insts {
        if let MInst::Label(l) = inst {
            positions.insert(*l, slot);
        }
        slot += slots(inst);
    }
    let mut insns = Vec::with_capacity(slot);
    let mut relocations = Vec::new();
    let mut notes = Vec::new();
    for inst in &insts {
        let here = insns.len();
        match inst {
            MInst::Label(_) => {}
            MInst::Note(text) => notes.push((here, text.clone())),
            MInst::Alu { op, dst, src } | MInst::Alu32 { op, dst, src } => {
                let class = if matches!(inst, MInst::Alu { .. }) { BPF_ALU64 } else { BPF_ALU };
                let (source, src_reg, imm) = match src {
                    Src::Reg(r) => (BPF_X, reg(*r), 0),
                    Src::Imm(i) => (BPF_K, 0, *i),
                };
                let (source, src_reg, imm) = if *op == AluOp::Neg { (BPF_K, 0, 0) } else { (source, src_reg, imm) };
                insns.push(Insn { code: class | op.code() | source, dst: reg(*dst), src: src_reg, off: 0, imm });
            }
            MInst::ToBe { dst, bits } => {
                // BPF_ALU | BPF_END | BPF_TO_BE
                insns.push(Insn { code: BPF_ALU | 0xd0 | 0x08, dst: reg(*dst), src: 0, off: 0, imm: *bits as i32 });
            }
            MInst::LoadImm64 { dst, value } => {
                insns.push(Insn { code: 0x18, dst: reg(*dst), src: 0, off: 0, imm: *value as u32 as i32 });
                insns.push(Insn { code: 0, dst: 0, src: 0, off: 0, imm: (*value >> 32) as u32 as i32 });
            }
            MInst::LoadMap { dst, map } => {
                relocations.push(MapRelocation { insn: here, map: *map });
                // src = BPF_PSEUDO_MAP_FD is set by the loader from the relocation; the ELF holds 0.
                insns.push(Insn { code: 0x18, dst: reg(*dst), src: 0, off: 0, imm: 0 });
                insns.push(Insn::default());
            }
            MInst::Load { size, dst, base, off } => {
                insns.push(Insn { code: BPF_LDX_MEM | size.code(), dst: reg(*dst), src: reg(*base), off: *off, imm: 0 });
            }
            MInst::Store { size, base, off, src } => {
                insns.push(Insn { code: BPF_STX_MEM | size.code(), dst: reg(*base), src: reg(*src), off: *off, imm: 0 });
            }
            MInst::StoreImm { size, base, off, imm } => {
                insns.push(Insn { code: BPF_ST_MEM | size.code(), dst: reg(*base), src: 0, off: *off, imm: *imm });
            }
            MInst::AtomicAdd { base, off, src } => {
                insns.push(Insn { code: BPF_STX_ATOMIC_DW, dst: reg(*base), src: reg(*src), off: *off, imm: BPF_ATOMIC_ADD });
            }
            MInst::Jump { cond, a, b, target } => {
                let target_slot = positions.get(target).copied().unwrap_or(here + 1);
                let off = (target_slot as i64 - here as i64 - 1) as i16;
                let (source, src_reg, imm) = match b {
                    Src::Reg(r) => (BPF_X, reg(*r), 0),
                    Src::Imm(i) => (BPF_K, 0, *i),
                };
                if *cond == Cond::Always {
                    insns.push(Insn { code: BPF_JMP, dst: 0, src: 0, off, imm: 0 });
                } else {
                    insns.push(Insn { code: BPF_JMP | cond.code() | source, dst: reg(*a), src: src_reg, off, imm });
                }
            }
            MInst::Call { helper } => insns.push(Insn { code: BPF_JMP | 0x80, dst: 0, src: 0, off: 0, imm: *helper }),
            MInst::Exit => insns.push(Insn { code: BPF_JMP | 0x90, dst: 0, src: 0, off: 0, imm: 0 }),
        }
    }
    Encoded { insns, relocations, notes }
}

/// Text listing of encoded instructions, in a bpftool-like syntax, with notes.
pub fn listing(encoded: &Encoded, map_names: &[String]) -> String {
    let mut out = String::new();
    let mut notes = encoded.notes.iter().peekable();
    let relocated: HashMap<usize, usize> = encoded.relocations.iter().map(|r| (r.insn, r.map)).collect();
    let mut i = 0;
    while i < encoded.insns.len() {
        while let Some((slot, text)) = notes.peek() {
            if *slot != i {
                break;
            }
            let _ = writeln!(out, "      ; {text}");
            notes.next();
        }
        let insn = encoded.insns[i];
        let text = describe(insn, encoded.insns.get(i + 1).copied(), relocated.get(&i).map(|m| map_names[*m].as_str()));
        let _ = writeln!(out, "{i:5}: {text}");
        i += if insn.code == 0x18 { 2 } else { 1 };
    }
    out
}

fn describe(insn: Insn, next: Option<Insn>, map: Option<&str>) -> String {
    let class = insn.code & 0x07;
    let src = |insn: Insn| if insn.code & BPF_X != 0 { format!("r{}", insn.src) } else { format!("{}", insn.imm) };
    match class {
        0x07 | 0x04 => {
            let bits = if class == 0x07 { "" } else { "w" };
            let op = insn.code & 0xf0;
            if op == 0xd0 {
                return format!("r{} = be{} r{}", insn.dst, insn.imm, insn.dst);
            }
            let name = [
                "+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "= -", "%=", "^=", "=", "s>>=",
            ]
            .get((op >> 4) as usize)
            .copied()
            .unwrap_or("?");
            if op == 0x80 {
                return format!("{bits}r{} = -{bits}r{}", insn.dst, insn.dst);
            }
            let prefix = if class == 0x07 { "r" } else { "w" };
            let operand = if insn.code & BPF_X != 0 { format!("{prefix}{}", insn.src) } else { format!("{}", insn.imm) };
            format!("{prefix}{} {name} {operand}", insn.dst)
        }
        0x00 => match map {
            Some(name) => format!("r{} = map[{name}] ll", insn.dst),
            None => {
                let high = next.map_or(0, |n| n.imm as u32 as u64);
                format!("r{} = {:#x} ll", insn.dst, (high << 32) | insn.imm as u32 as u64)
            }
        },
        0x01 => format!("r{} = *({} *)(r{} {:+})", insn.dst, size_name(insn.code), insn.src, insn.off),
        0x03 if insn.code & 0xe0 == 0xc0 && insn.imm == BPF_ATOMIC_ADD => {
            format!("lock *({} *)(r{} {:+}) += r{}", size_name(insn.code), insn.dst, insn.off, insn.src)
        }
        0x03 => format!("*({} *)(r{} {:+}) = r{}", size_name(insn.code), insn.dst, insn.off, insn.src),
        0x02 => format!("*({} *)(r{} {:+}) = {}", size_name(insn.code), insn.dst, insn.off, insn.imm),
        0x05 => {
            let op = insn.code & 0xf0;
            match op {
                0x00 => format!("goto {:+}", insn.off),
                0x80 => format!("call {}", helper_name(insn.imm)),
                0x90 => "exit".into(),
                _ => {
                    let symbol = match op {
                        0x10 => "==",
                        0x20 => ">",
                        0x30 => ">=",
                        0x40 => "&",
                        0x50 => "!=",
                        0x60 => "s>",
                        0x70 => "s>=",
                        0xa0 => "<",
                        0xb0 => "<=",
                        0xc0 => "s<",
                        0xd0 => "s<=",
                        _ => "?",
                    };
                    format!("if r{} {symbol} {} goto {:+}", insn.dst, src(insn), insn.off)
                }
            }
        }
        _ => format!("{insn:?}"),
    }
}

fn size_name(code: u8) -> &'static str {
    match code & 0x18 {
        0x00 => "u32",
        0x08 => "u16",
        0x10 => "u8",
        _ => "u64",
    }
}

pub fn helper_name(id: i32) -> String {
    match id {
        1 => "bpf_map_lookup_elem".into(),
        2 => "bpf_map_update_elem".into(),
        3 => "bpf_map_delete_elem".into(),
        5 => "bpf_ktime_get_ns".into(),
        7 => "bpf_get_prandom_u32".into(),
        23 => "bpf_redirect".into(),
        25 => "bpf_perf_event_output".into(),
        44 => "bpf_xdp_adjust_head".into(),
        65 => "bpf_xdp_adjust_tail".into(),
        54 => "bpf_xdp_adjust_meta".into(),
        188 => "bpf_xdp_get_buff_len".into(),
        other => format!("helper#{other}"),
    }
}
