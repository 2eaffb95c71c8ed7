//! Register allocation over the machine IR of one program: liveness by backward data flow over
//! the instruction-level control-flow graph (any shape, loops included), an interference graph,
//! and optimistic (Chaitin-Briggs) graph colouring.
//!
//! Virtual registers need not be in SSA form: the lowering gives each variable-like value (the
//! parser cursor, a header's pointer) one virtual register that several blocks assign, and
//! liveness sees through that. Registers r1-r4, r8 and r9 are allocatable; a virtual register
//! live across a helper call gets r8 or r9 (calls clobber r1-r5) or a stack slot. When colouring
//! fails, the register is spilled whole to an 8-byte slot (slots are shared by spilled registers
//! that do not interfere); spilled operands are reloaded into the scratch registers r0/r5 around
//! the instruction that uses them (8-byte spills keep the verifier's knowledge of pointers and
//! bounds).
//!
//! Invariant: every use of a virtual register is reached only by paths that define it (the
//! lowering guarantees it; the verifier would reject a read of an unset register).

use super::mir::{AluOp, Cond, Label, MInst, Reg, Src, FP, R0, R5};
use std::collections::{HashMap, HashSet};

/// Where a virtual register lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Home {
    Register(u8),
    /// Stack offset from the frame pointer (negative).
    Spill(i16),
}

/// Result of allocation: the rewritten instructions and the stack bytes used for spills.
pub struct Allocated {
    pub insts: Vec<MInst>,
    pub spill_bytes: u32,
}

const ANY_REGISTER: [u8; 6] = [1, 2, 3, 4, 8, 9];
const CALL_SAFE: [u8; 2] = [8, 9];

fn virtual_regs(regs: Vec<Reg>) -> impl Iterator<Item = u32> {
    regs.into_iter().filter_map(virtual_of)
}

/// Instruction indexes that may run after `index`.
fn successors(insts: &[MInst], labels: &HashMap<Label, usize>, index: usize) -> Vec<usize> {
    match &insts[index] {
        MInst::Exit => vec![],
        MInst::Jump { cond: Cond::Always, target, .. } => vec![labels[target]],
        MInst::Jump { target, .. } => vec![labels[target], index + 1],
        _ => vec![index + 1],
    }
    .into_iter()
    .filter(|&i| i < insts.len())
    .collect()
}

/// Live-out sets per instruction (virtual registers only).
fn liveness(insts: &[MInst]) -> Vec<HashSet<u32>> {
    let labels: HashMap<Label, usize> =
        insts.iter().enumerate().filter_map(|(i, inst)| if let MInst::Label(l) = inst { Some((*l, i)) } else { None }).collect();
    let uses: Vec<Vec<u32>> = insts.iter().map(|i| virtual_regs(i.uses()).collect()).collect();
    let defs: Vec<Vec<u32>> = insts.iter().map(|i| virtual_regs(i.defs()).collect()).collect();
    let succ: Vec<Vec<usize>> = (0..insts.len()).map(|i| successors(insts, &labels, i)).collect();
    let mut live_in: Vec<HashSet<u32>> = vec![HashSet::new(); insts.len()];
    let mut live_out: Vec<HashSet<u32>> = vec![HashSet::new(); insts.len()];
    loop {
        let mut changed = false;
        for index in (0..insts.len()).rev() {
            let mut out: HashSet<u32> = HashSet::new();
            for &s in &succ[index] {
                out.extend(live_in[s].iter().copied());
            }
            let mut input: HashSet<u32> = out.iter().copied().filter(|v| !defs[index].contains(v)).collect();
            input.extend(uses[index].iter().copied());
            if input.len() != live_in[index].len() || out.len() != live_out[index].len() {
                changed = true;
            }
            live_in[index] = input;
            live_out[index] = out;
        }
        if !changed {
            return live_out;
        }
    }
}

/// Drop instructions whose only effect is to define virtual registers nobody reads (constants
/// and loads the lowering produced eagerly), until none is left; returns the liveness of the rest.
fn remove_dead_definitions(mut insts: Vec<MInst>) -> (Vec<MInst>, Vec<HashSet<u32>>) {
    loop {
        let live_out = liveness(&insts);
        let dead = |index: usize, inst: &MInst| {
            let pure = matches!(
                inst,
                MInst::Alu { .. } | MInst::Alu32 { .. } | MInst::ToBe { .. } | MInst::LoadImm64 { .. } | MInst::LoadMap { .. } | MInst::Load { .. }
            );
            let defs = inst.defs();
            pure && !defs.is_empty()
                && defs.iter().all(|d| matches!(d, Reg::Virtual(v) if !live_out[index].contains(v)))
        };
        let keep: Vec<bool> = insts.iter().enumerate().map(|(i, inst)| !dead(i, inst)).collect();
        if keep.iter().all(|k| *k) {
            return (insts, live_out);
        }
        insts = insts.into_iter().zip(keep).filter_map(|(inst, keep)| keep.then_some(inst)).collect();
    }
}

/// `insts` without the definitions nobody reads (see [`remove_dead_definitions`]), for passes
/// that look at which instruction comes next.
pub fn without_dead_definitions(insts: Vec<MInst>) -> Vec<MInst> {
    remove_dead_definitions(insts).0
}

/// Allocate registers. `frame_bytes` is the stack already used below the frame pointer; spill
/// slots go below it.
pub fn allocate(insts: Vec<MInst>, frame_bytes: u32) -> Allocated {
    let (insts, live_out) = remove_dead_definitions(insts);
    let mut graph: HashMap<u32, HashSet<u32>> = HashMap::new();
    let mut crosses_call: HashSet<u32> = HashSet::new();
    let mut weight: HashMap<u32, u32> = HashMap::new();
    for (index, inst) in insts.iter().enumerate() {
        let defs: Vec<u32> = virtual_regs(inst.defs()).collect();
        for v in virtual_regs(inst.uses()).chain(defs.iter().copied()) {
            *weight.entry(v).or_default() += 1;
            graph.entry(v).or_default();
        }
        if matches!(inst, MInst::Call { .. }) {
            crosses_call.extend(live_out[index].iter().copied());
        }
        // A copy's source and destination may share a register.
        let copied_from = match inst {
            MInst::Alu { op: AluOp::Mov, src: Src::Reg(Reg::Virtual(s)), .. } => Some(*s),
            _ => None,
        };
        for &d in &defs {
            for &live in &live_out[index] {
                if live != d && Some(live) != copied_from {
                    graph.entry(d).or_default().insert(live);
                    graph.entry(live).or_default().insert(d);
                }
            }
        }
    }
    // Copies between registers: colouring both ends alike makes the copy vanish.
    let mut partners: HashMap<u32, Vec<Reg>> = HashMap::new();
    for inst in &insts {
        if let MInst::Alu { op: AluOp::Mov, dst, src: Src::Reg(src) } = inst {
            for (a, b) in [(*dst, *src), (*src, *dst)] {
                if let Reg::Virtual(v) = a {
                    partners.entry(v).or_default().push(b);
                }
            }
        }
    }
    // Spill cost: uses and definitions per instruction of live range (long, sparse ranges go first).
    let mut live_length: HashMap<u32, u32> = HashMap::new();
    for live in &live_out {
        for v in live {
            *live_length.entry(*v).or_default() += 1;
        }
    }
    let aliases = coalesce(&insts, &mut graph, &crosses_call, &mut weight, &mut live_length);
    let density: HashMap<u32, u32> =
        weight.iter().map(|(v, w)| (*v, w * 10_000 / (live_length.get(v).copied().unwrap_or(0) + 1))).collect();
    let mut homes = colour(&graph, &crosses_call, &density, &partners, frame_bytes);
    for (merged, into) in &aliases {
        if let Some(home) = homes.get(into).copied() {
            homes.insert(*merged, home);
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

/// Conservative (Briggs) coalescing: the two ends of a copy that do not interfere become one node
/// when the merged node has fewer than K neighbours of significant degree (so colouring it stays
/// as easy as before) and both are on the same side of helper calls. Returns merged -> kept.
fn coalesce(
    insts: &[MInst],
    graph: &mut HashMap<u32, HashSet<u32>>,
    crosses_call: &HashSet<u32>,
    weight: &mut HashMap<u32, u32>,
    live_length: &mut HashMap<u32, u32>,
) -> HashMap<u32, u32> {
    let mut alias: HashMap<u32, u32> = HashMap::new();
    let find = |alias: &HashMap<u32, u32>, mut v: u32| {
        while let Some(next) = alias.get(&v) {
            v = *next;
        }
        v
    };
    for inst in insts {
        let MInst::Alu { op: AluOp::Mov, dst: Reg::Virtual(d), src: Src::Reg(Reg::Virtual(s)) } = inst else { continue };
        let (keep, merge) = (find(&alias, *d), find(&alias, *s));
        if keep == merge || graph[&keep].contains(&merge) || crosses_call.contains(&keep) != crosses_call.contains(&merge) {
            continue;
        }
        let k = if crosses_call.contains(&keep) { CALL_SAFE.len() } else { ANY_REGISTER.len() };
        let neighbours: HashSet<u32> = graph[&keep].union(&graph[&merge]).copied().collect();
        let significant = neighbours.iter().filter(|n| graph[*n].len() >= k).count();
        if significant >= k {
            continue;
        }
        let moved = graph.remove(&merge).unwrap_or_default();
        for n in &moved {
            if let Some(set) = graph.get_mut(n) {
                set.remove(&merge);
                set.insert(keep);
            }
        }
        graph.get_mut(&keep).expect("kept node").extend(moved);
        let w = weight.remove(&merge).unwrap_or(0);
        *weight.entry(keep).or_default() += w;
        let l = live_length.remove(&merge).unwrap_or(0);
        *live_length.entry(keep).or_default() += l;
        alias.insert(merge, keep);
    }
    alias.keys().map(|v| (*v, find(&alias, *v))).collect()
}

/// Optimistic colouring: simplify nodes of low degree first, then pick colours in reverse order;
/// a node that finds no colour is spilled.
fn colour(
    graph: &HashMap<u32, HashSet<u32>>,
    crosses_call: &HashSet<u32>,
    weight: &HashMap<u32, u32>,
    partners: &HashMap<u32, Vec<Reg>>,
    frame_bytes: u32,
) -> HashMap<u32, Home> {
    let mut degree: HashMap<u32, usize> = graph.iter().map(|(v, n)| (*v, n.len())).collect();
    let mut remaining: Vec<u32> = graph.keys().copied().collect();
    remaining.sort_unstable();
    let mut removed: HashSet<u32> = HashSet::new();
    let mut stack: Vec<u32> = Vec::with_capacity(remaining.len());
    let limit = |v: u32| if crosses_call.contains(&v) { CALL_SAFE.len() } else { ANY_REGISTER.len() };
    while stack.len() < remaining.len() {
        let pick = remaining
            .iter()
            .copied()
            .filter(|v| !removed.contains(v))
            .find(|v| degree[v] < limit(*v))
            .or_else(|| {
                // Nothing trivially colourable: push the cheapest to spill (few uses, many neighbours).
                remaining.iter().copied().filter(|v| !removed.contains(v)).min_by_key(|v| {
                    let cost = weight.get(v).copied().unwrap_or(1) as u64;
                    (cost, *v)
                })
            })
            .expect("a node remains");
        removed.insert(pick);
        stack.push(pick);
        for n in &graph[&pick] {
            if let Some(d) = degree.get_mut(n) {
                *d = d.saturating_sub(1);
            }
        }
    }
    let mut homes: HashMap<u32, Home> = HashMap::new();
    let mut spilled: Vec<u32> = Vec::new();
    while let Some(v) = stack.pop() {
        let taken: HashSet<u8> =
            graph[&v].iter().filter_map(|n| if let Some(Home::Register(r)) = homes.get(n) { Some(*r) } else { None }).collect();
        let candidates: &[u8] = if crosses_call.contains(&v) { &CALL_SAFE } else { &ANY_REGISTER };
        // Prefer the register of a copy partner (already coloured, or physical).
        let preferred = partners.get(&v).into_iter().flatten().find_map(|partner| {
            let register = match partner {
                Reg::Physical(p) => Some(*p),
                Reg::Virtual(w) => match homes.get(w) {
                    Some(Home::Register(r)) => Some(*r),
                    _ => None,
                },
            }?;
            (candidates.contains(&register) && !taken.contains(&register)).then_some(register)
        });
        match preferred.or_else(|| candidates.iter().copied().find(|r| !taken.contains(r))) {
            Some(r) => {
                homes.insert(v, Home::Register(r));
            }
            None => spilled.push(v),
        }
    }
    // Spill slots: spilled registers that interfere take different slots.
    spilled.sort_unstable();
    let mut slot_of: HashMap<u32, u32> = HashMap::new();
    for v in spilled {
        let taken: HashSet<u32> = graph[&v].iter().filter_map(|n| slot_of.get(n).copied()).collect();
        let slot = (0..).find(|s| !taken.contains(s)).expect("a free slot");
        slot_of.insert(v, slot);
        homes.insert(v, Home::Spill(-((frame_bytes + 8 * (slot + 1)) as i16)));
    }
    homes
}

fn rewrite(insts: Vec<MInst>, homes: &HashMap<u32, Home>) -> Vec<MInst> {
    let mut out = Vec::with_capacity(insts.len());
    let home_of = |reg: Reg| match reg {
        Reg::Virtual(v) => homes.get(&v).copied(),
        Reg::Physical(p) => Some(Home::Register(p)),
    };
    for inst in insts {
        // Copies to or from a spill slot, and constants into one, need no scratch register.
        if let MInst::Alu { op: AluOp::Mov, dst, src } = &inst {
            match (home_of(*dst), src) {
                (Some(Home::Spill(off)), Src::Imm(imm)) => {
                    out.push(MInst::StoreImm { size: super::mir::Size::Dw, base: FP, off, imm: *imm });
                    continue;
                }
                (Some(Home::Spill(off)), Src::Reg(s)) => {
                    if let Some(Home::Register(r)) = home_of(*s) {
                        out.push(MInst::Store { size: super::mir::Size::Dw, base: FP, off, src: Reg::Physical(r) });
                        continue;
                    }
                }
                (Some(Home::Register(r)), Src::Reg(s)) => {
                    if let Some(Home::Spill(off)) = home_of(*s) {
                        out.push(MInst::Load { size: super::mir::Size::Dw, dst: Reg::Physical(r), base: FP, off });
                        continue;
                    }
                }
                _ => {}
            }
        }
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
                if !scratch_holds(&out, *reg, *off) {
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

/// Whether scratch register `reg` still holds spill slot `off`: looking back within the basic
/// block to its last reload from (or store to) that slot, with nothing in between that writes
/// `reg` or the slot, jumps, or is jumped to.
fn scratch_holds(out: &[MInst], reg: Reg, off: i16) -> bool {
    for inst in out.iter().rev() {
        match inst {
            MInst::Load { dst, base, off: o, size: super::mir::Size::Dw } if *dst == reg && *base == FP && *o == off => return true,
            MInst::Store { src, base, off: o, size: super::mir::Size::Dw } if *src == reg && *base == FP && *o == off => return true,
            MInst::Label(_) | MInst::Jump { .. } | MInst::Call { .. } | MInst::Exit => return false,
            MInst::Store { base, off: o, .. } | MInst::StoreImm { base, off: o, .. } if *base == FP && (*o - off).abs() < 8 => return false,
            MInst::Note(_) => {}
            other => {
                if other.defs().contains(&reg) {
                    return false;
                }
            }
        }
    }
    false
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
