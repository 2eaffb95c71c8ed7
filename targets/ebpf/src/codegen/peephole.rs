//! Peephole clean-up of allocated machine IR, run between register allocation and encoding: the
//! lowering emits simple shapes (a conditional jump followed by an unconditional one, jumps to
//! jumps, copies that allocation turned into swaps of the same pair) and this pass folds them:
//!
//! - `if c goto L1; goto L2; L1:` becomes `if !c goto L2; L1:` (not for `&` tests, whose negation
//!   has no eBPF opcode);
//! - a jump to a label whose next instruction is `goto L3` or `exit` jumps to L3 or exits itself;
//! - instructions after `goto`/`exit` up to the next label some jump uses are unreachable and go;
//! - `a = b` right after `b = a` (nothing in between) goes, and so do moves of a register to itself.
//!
//! Every rule keeps the program's meaning instruction for instruction; none of them moves code
//! across a label, so the verifier sees the same paths with fewer instructions on them.

use super::mir::{AluOp, Cond, Label, MInst, Src};
use std::collections::{HashMap, HashSet};

/// Apply every rule until nothing changes (a handful of rounds at most).
pub fn optimize(mut insts: Vec<MInst>) -> Vec<MInst> {
    for _ in 0..8 {
        let before = insts.len();
        let mut changed = false;
        insts = drop_self_and_swapped_moves(insts);
        changed |= thread_jumps(&mut insts);
        insts = invert_branches_over_jumps(insts);
        insts = drop_fallthrough_jumps(insts);
        insts = drop_unreachable(insts);
        if !changed && insts.len() == before {
            break;
        }
    }
    insts
}

fn is_marker(inst: &MInst) -> bool {
    matches!(inst, MInst::Label(_) | MInst::Note(_))
}

/// The first real instruction at or after `from`, skipping labels and notes.
fn next_real(insts: &[MInst], from: usize) -> Option<usize> {
    (from..insts.len()).find(|&i| !is_marker(&insts[i]))
}

/// Whether `label` is placed between `from` and the next real instruction.
fn label_follows(insts: &[MInst], from: usize, label: Label) -> bool {
    insts[from..].iter().take_while(|i| is_marker(i)).any(|i| matches!(i, MInst::Label(l) if *l == label))
}

fn drop_self_and_swapped_moves(insts: Vec<MInst>) -> Vec<MInst> {
    let mut out: Vec<MInst> = Vec::with_capacity(insts.len());
    for inst in insts {
        if let MInst::Alu { op: AluOp::Mov, dst, src: Src::Reg(src) } = &inst {
            if dst == src {
                continue;
            }
            if let Some(MInst::Alu { op: AluOp::Mov, dst: previous_dst, src: Src::Reg(previous_src) }) = out.last() {
                if previous_dst == src && previous_src == dst {
                    continue;
                }
            }
        }
        out.push(inst);
    }
    out
}

/// Retarget jumps whose target starts with `goto L3` to L3; returns whether anything changed.
fn thread_jumps(insts: &mut [MInst]) -> bool {
    let positions: HashMap<Label, usize> =
        insts.iter().enumerate().filter_map(|(i, inst)| if let MInst::Label(l) = inst { Some((*l, i)) } else { None }).collect();
    let mut changed = false;
    for index in 0..insts.len() {
        let MInst::Jump { target, .. } = insts[index] else { continue };
        let mut final_target = target;
        let mut seen = HashSet::new();
        while seen.insert(final_target) {
            let Some(&at) = positions.get(&final_target) else { break };
            match next_real(insts, at).map(|i| &insts[i]) {
                Some(MInst::Jump { cond: Cond::Always, target: next, .. }) => final_target = *next,
                _ => break,
            }
        }
        if final_target != target {
            if let MInst::Jump { target, .. } = &mut insts[index] {
                *target = final_target;
                changed = true;
            }
        }
    }
    changed
}

fn invert_branches_over_jumps(insts: Vec<MInst>) -> Vec<MInst> {
    let mut out = Vec::with_capacity(insts.len());
    let mut index = 0;
    while index < insts.len() {
        if let MInst::Jump { cond, a, b, target } = insts[index] {
            let invertible = !matches!(cond, Cond::Always | Cond::Set);
            if let (true, Some(MInst::Jump { cond: Cond::Always, target: other, .. })) = (invertible, insts.get(index + 1)) {
                if label_follows(&insts, index + 2, target) {
                    out.push(MInst::Jump { cond: cond.negate(), a, b, target: *other });
                    index += 2;
                    continue;
                }
            }
        }
        out.push(insts[index].clone());
        index += 1;
    }
    out
}

/// Drop jumps whose target label immediately follows (only labels and notes in between).
pub fn drop_fallthrough_jumps(insts: Vec<MInst>) -> Vec<MInst> {
    let mut out = Vec::with_capacity(insts.len());
    for (i, inst) in insts.iter().enumerate() {
        if let MInst::Jump { target, .. } = inst {
            if label_follows(&insts, i + 1, *target) {
                continue;
            }
        }
        out.push(inst.clone());
    }
    out
}

fn drop_unreachable(insts: Vec<MInst>) -> Vec<MInst> {
    let used: HashSet<Label> = insts.iter().filter_map(|i| if let MInst::Jump { target, .. } = i { Some(*target) } else { None }).collect();
    let mut out = Vec::with_capacity(insts.len());
    let mut reachable = true;
    for inst in insts {
        match &inst {
            MInst::Label(l) if used.contains(l) => reachable = true,
            MInst::Label(_) | MInst::Note(_) => {}
            _ if !reachable => continue,
            _ => {}
        }
        let ends = matches!(inst, MInst::Exit | MInst::Jump { cond: Cond::Always, .. });
        out.push(inst);
        if ends {
            reachable = false;
        }
    }
    out
}
