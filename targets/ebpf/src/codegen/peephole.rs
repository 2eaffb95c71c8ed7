//! Peephole clean-up of allocated machine IR, run between register allocation and encoding: the
//! lowering emits simple shapes (a conditional jump followed by an unconditional one, jumps to
//! jumps, copies that allocation turned into swaps of the same pair) and this pass folds them:
//!
//! - `if c goto L1; goto L2; L1:` becomes `if !c goto L2; L1:` (not for `&` tests, whose negation
//!   has no eBPF opcode);
//! - a jump to a label whose next instruction is `goto L3` or `exit` jumps to L3 or exits itself;
//! - instructions after `goto`/`exit` up to the next label some jump uses are unreachable and go;
//! - `a = b` right after `b = a` (nothing in between) goes, and so do moves of a register to itself;
//! - cross-jumping: when two runs of instructions are identical and both end by jumping to the
//!   same label (or both exit), the earlier run becomes a jump to the later one (counters at
//!   the end of each branch of a control, say). The new jump always goes forward.
//!
//! Every rule keeps the program's meaning instruction for instruction; none of them moves code
//! across a label, so the verifier sees the same paths with fewer instructions on them.

use super::mir::{AluOp, Cond, Label, MInst, Src};
use std::collections::{HashMap, HashSet};

/// Apply every rule until nothing changes (bounded: cross-jumping merges one pair per round).
pub fn optimize(mut insts: Vec<MInst>) -> Vec<MInst> {
    for _ in 0..256 {
        let before = insts.len();
        let mut changed = false;
        insts = drop_self_and_swapped_moves(insts);
        changed |= thread_jumps(&mut insts);
        insts = invert_branches_over_jumps(insts);
        insts = drop_fallthrough_jumps(insts);
        insts = drop_unreachable(insts);
        changed |= cross_jump(&mut insts);
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
    // Labels placed together name one place: jumps use the first of them.
    let mut canonical: HashMap<Label, Label> = HashMap::new();
    let mut group: Option<Label> = None;
    for inst in insts.iter() {
        match inst {
            MInst::Label(l) => {
                let first = *group.get_or_insert(*l);
                canonical.insert(*l, first);
            }
            MInst::Note(_) => {}
            _ => group = None,
        }
    }
    let mut changed = false;
    for index in 0..insts.len() {
        if let MInst::Jump { target, .. } = &mut insts[index] {
            let first = canonical.get(target).copied().unwrap_or(*target);
            if first != *target {
                *target = first;
                changed = true;
            }
        }
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

/// Merge one pair of identical tails (see the module doc); returns whether it merged one.
fn cross_jump(insts: &mut Vec<MInst>) -> bool {
    // Positions of the real instructions, and which of them end a tail.
    let real: Vec<usize> = (0..insts.len()).filter(|&i| !matches!(insts[i], MInst::Note(_))).collect();
    let ends: Vec<usize> = (0..real.len())
        .filter(|&k| matches!(insts[real[k]], MInst::Exit | MInst::Jump { cond: Cond::Always, .. }))
        .collect();
    let mut best: Option<(usize, usize, usize)> = None; // (length, first end, second end) in `real` indexes
    for (x, &first) in ends.iter().enumerate() {
        for &second in &ends[x + 1..] {
            if insts[real[first]] != insts[real[second]] {
                continue;
            }
            // Grow the match backwards while the runs stay apart; labels match labels (jumps to
            // the earlier run's labels then go to the later run's).
            let mut length = 1;
            while length <= first && first < second - length {
                let (a, b) = (real[first - length], real[second - length]);
                let same = match (&insts[a], &insts[b]) {
                    (MInst::Label(_), MInst::Label(_)) => true,
                    (MInst::Label(_), _) | (_, MInst::Label(_)) => false,
                    (x, y) => x == y,
                };
                if !same {
                    break;
                }
                length += 1;
            }
            // Do not start a run on a label (the jump that replaces the run would skip nothing).
            while length > 0 && matches!(insts[real[first + 1 - length]], MInst::Label(_)) {
                length -= 1;
            }
            let labels = (first + 1 - length..=first).filter(|&k| matches!(insts[real[k]], MInst::Label(_))).count();
            if length - labels >= 3 && best.is_none_or(|(l, _, _)| length > l) {
                best = Some((length, first, second));
            }
        }
    }
    let Some((length, first, second)) = best else { return false };
    // Labels of the earlier run now name the same places in the later one.
    let mut renamed: HashMap<Label, Label> = HashMap::new();
    for offset in 0..length {
        if let (MInst::Label(from), MInst::Label(to)) = (&insts[real[first - offset]], &insts[real[second - offset]]) {
            renamed.insert(*from, *to);
        }
    }
    for inst in insts.iter_mut() {
        if let MInst::Jump { target, .. } = inst {
            if let Some(to) = renamed.get(target) {
                *target = *to;
            }
        }
    }
    let next_label = insts.iter().filter_map(|i| if let MInst::Label(l) = i { Some(*l) } else { None }).max().unwrap_or(0) + 1;
    let second_start = real[second + 1 - length];
    let (first_start, first_end) = (real[first + 1 - length], real[first]);
    // Insert the label first (it is after the first run, so the first run's positions hold).
    insts.insert(second_start, MInst::Label(next_label));
    insts.splice(first_start..=first_end, [MInst::Jump { cond: Cond::Always, a: super::mir::R0, b: Src::Imm(0), target: next_label }]);
    true
}
