//! Linear-scan register allocation over the machine IR of one program.
//!
//! The generated control flow is acyclic and laid out in reverse post order, with every jump going
//! forward, so a virtual register's live range is covered by the interval from its first definition
//! to its last use. Intervals that contain a helper call get r8/r9 (callee-saved) or a spill slot;
//! the others get r1-r4 first, then r8/r9. When no register is free, the interval that ends last is
//! spilled whole to an 8-byte stack slot; spilled operands are reloaded into the scratch registers
//! r0/r5 around the instruction that uses them (8-byte spills keep the verifier's knowledge of
//! pointers and bounds).

use super::mir::{MInst, Reg, Src, FP, R0, R5};
use std::collections::HashMap;

/// Where a virtual register lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Home {
    Register(u8),
    /// Stack offset from the frame pointer (negative).
    Spill(i16),
}

#[derive(Debug)]
struct Interval {
    vreg: u32,
    start: usize,
    end: usize,
    crosses_call: bool,
}

/// Result of allocation: the rewritten instructions and the stack bytes used for spills.
pub struct Allocated {
    pub insts: Vec<MInst>,
    pub spill_bytes: u32,
}

/// Allocate registers. `frame_bytes` is the stack already used below the frame pointer; spill
/// slots go below it.
pub fn allocate(insts: Vec<MInst>, frame_bytes: u32) -> Allocated {
    let intervals = intervals(&insts);
    let mut homes: HashMap<u32, Home> = HashMap::new();
    let mut active: Vec<(usize, u32, u8)> = Vec::new(); // (end, vreg, register)
    // Spill slots are shared by intervals that do not overlap: slot index -> intervals in it.
    let mut slots: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut spill_for = |start: usize, end: usize| -> Home {
        let free = slots.iter().position(|taken| taken.iter().all(|&(s, e)| e < start || s > end));
        let index = match free {
            Some(index) => index,
            None => {
                slots.push(Vec::new());
                slots.len() - 1
            }
        };
        slots[index].push((start, end));
        Home::Spill(-((frame_bytes + 8 * (index as u32 + 1)) as i16))
    };
    let starts: HashMap<u32, usize> = intervals.iter().map(|i| (i.vreg, i.start)).collect();
    for interval in &intervals {
        active.retain(|(end, _, _)| *end >= interval.start);
        let candidates: &[u8] = if interval.crosses_call { &[8, 9] } else { &[1, 2, 3, 4, 8, 9] };
        let free = candidates.iter().copied().find(|r| !active.iter().any(|(_, _, used)| used == r));
        match free {
            Some(register) => {
                homes.insert(interval.vreg, Home::Register(register));
                active.push((interval.end, interval.vreg, register));
            }
            None => {
                // Spill whichever of the current and the active ones (in a usable register) ends last.
                let victim = active
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, _, r))| candidates.contains(r))
                    .max_by_key(|(_, (end, _, _))| *end)
                    .map(|(i, entry)| (i, *entry));
                match victim {
                    Some((index, (end, vreg, register))) if end > interval.end => {
                        homes.insert(vreg, spill_for(starts[&vreg], end));
                        active.remove(index);
                        homes.insert(interval.vreg, Home::Register(register));
                        active.push((interval.end, interval.vreg, register));
                    }
                    _ => {
                        homes.insert(interval.vreg, spill_for(interval.start, interval.end));
                    }
                }
            }
        }
    }
    let spill_bytes = homes
        .values()
        .filter_map(|home| match home {
            Home::Spill(off) => Some((-(*off as i32)) as u32 - frame_bytes),
            Home::Register(_) => None,
        })
        .max()
        .unwrap_or(0);
    Allocated { insts: rewrite(insts, &homes), spill_bytes }
}

fn intervals(insts: &[MInst]) -> Vec<Interval> {
    let mut ranges: HashMap<u32, (usize, usize)> = HashMap::new();
    let mut calls = Vec::new();
    for (position, inst) in insts.iter().enumerate() {
        if matches!(inst, MInst::Call { .. }) {
            calls.push(position);
        }
        for reg in inst.uses().into_iter().chain(inst.defs()) {
            if let Reg::Virtual(v) = reg {
                let entry = ranges.entry(v).or_insert((position, position));
                entry.0 = entry.0.min(position);
                entry.1 = entry.1.max(position);
            }
        }
    }
    let mut out: Vec<Interval> = ranges
        .into_iter()
        .map(|(vreg, (start, end))| Interval {
            vreg,
            start,
            end,
            crosses_call: calls.iter().any(|&c| c > start && c < end),
        })
        .collect();
    out.sort_by_key(|i| (i.start, i.vreg));
    out
}

fn rewrite(insts: Vec<MInst>, homes: &HashMap<u32, Home>) -> Vec<MInst> {
    let mut out = Vec::with_capacity(insts.len());
    for inst in insts {
        let uses: Vec<u32> = inst.uses().into_iter().filter_map(virtual_of).collect();
        let defs: Vec<u32> = inst.defs().into_iter().filter_map(virtual_of).collect();
        // Spilled vregs in this instruction get scratch registers r0 then r5.
        let mut scratch: HashMap<u32, Reg> = HashMap::new();
        for v in uses.iter().chain(defs.iter()) {
            if let Some(Home::Spill(_)) = homes.get(v) {
                if !scratch.contains_key(v) {
                    let register = if scratch.is_empty() { R0 } else { R5 };
                    scratch.insert(*v, register);
                }
            }
        }
        for v in uses.iter() {
            if let (Some(Home::Spill(off)), Some(reg)) = (homes.get(v), scratch.get(v)) {
                if !out_has_reload(&out, *reg, *off) {
                    out.push(MInst::Load { size: super::mir::Size::Dw, dst: *reg, base: FP, off: *off });
                }
            }
        }
        let map = |reg: Reg| -> Reg {
            match reg {
                Reg::Virtual(v) => match homes.get(&v) {
                    Some(Home::Register(r)) => Reg::Physical(*r),
                    Some(Home::Spill(_)) => scratch.get(&v).copied().unwrap_or(R0),
                    None => R0,
                },
                physical => physical,
            }
        };
        out.push(map_regs(inst, &map));
        for v in defs.iter() {
            if let (Some(Home::Spill(off)), Some(reg)) = (homes.get(v), scratch.get(v)) {
                out.push(MInst::Store { size: super::mir::Size::Dw, base: FP, off: *off, src: *reg });
            }
        }
    }
    out
}

/// Avoid reloading the same slot twice in a row into the same register (a use listed twice).
fn out_has_reload(out: &[MInst], reg: Reg, off: i16) -> bool {
    matches!(out.last(), Some(MInst::Load { dst, base, off: o, .. }) if *dst == reg && *base == FP && *o == off)
}

fn virtual_of(reg: Reg) -> Option<u32> {
    match reg {
        Reg::Virtual(v) => Some(v),
        Reg::Physical(_) => None,
    }
}

fn map_regs(inst: MInst, map: &dyn Fn(Reg) -> Reg) -> MInst {
    let src = |s: Src| match s {
        Src::Reg(r) => Src::Reg(map(r)),
        imm => imm,
    };
    match inst {
        MInst::Alu { op, dst, src: s } => MInst::Alu { op, dst: map(dst), src: src(s) },
        MInst::Alu32 { op, dst, src: s } => MInst::Alu32 { op, dst: map(dst), src: src(s) },
        MInst::ToBe { dst, bits } => MInst::ToBe { dst: map(dst), bits },
        MInst::LoadImm64 { dst, value } => MInst::LoadImm64 { dst: map(dst), value },
        MInst::LoadMap { dst, map: m } => MInst::LoadMap { dst: map(dst), map: m },
        MInst::Load { size, dst, base, off } => MInst::Load { size, dst: map(dst), base: map(base), off },
        MInst::Store { size, base, off, src: s } => MInst::Store { size, base: map(base), off, src: map(s) },
        MInst::StoreImm { size, base, off, imm } => MInst::StoreImm { size, base: map(base), off, imm },
        MInst::AtomicAdd { base, off, src: s } => MInst::AtomicAdd { base: map(base), off, src: map(s) },
        MInst::Jump { cond, a, b, target } => MInst::Jump { cond, a: map(a), b: src(b), target },
        other => other,
    }
}
