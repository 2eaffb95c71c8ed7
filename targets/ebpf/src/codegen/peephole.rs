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
//!   the end of each branch of a control, say). The new jump always goes forward. A map lookup
//!   whose key is stored as a constant just before the call (a counter's index) is never part of
//!   a merged run: the verifier drops the null test of an array lookup with a constant key, and
//!   a shared call has no constant key (router: 60 -> 57 ns, ovs_hint +10 instruction slots);
//! - `rX = r0; if rX <c> imm goto L` (a helper's result only tested, a table's `hit`) tests r0
//!   itself and the copy goes, when both ways out write rX before reading it.
//!
//! Every rule keeps the program's meaning instruction for instruction; none of them moves code
//! across a label, so the verifier sees the same paths with fewer instructions on them.

use super::mir::{AluOp, Cond, Label, MInst, Src, R0};
use std::collections::{HashMap, HashSet};

/// Apply every rule until nothing changes (bounded: cross-jumping merges one pair per round).
pub fn optimize(mut insts: Vec<MInst>) -> Vec<MInst> {
    for _ in 0..256 {
        let before = insts.len();
        let mut changed = false;
        insts = drop_self_and_swapped_moves(insts);
        changed |= test_r0_instead_of_a_dead_copy(&mut insts);
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

/// The copy-of-r0 rule (see the module doc); returns whether a copy went.
fn test_r0_instead_of_a_dead_copy(insts: &mut Vec<MInst>) -> bool {
    let positions = label_positions(insts);
    let used = used_labels(insts);
    // Only notes and labels no jump uses may stand between the copy and the test.
    let passed = |inst: &MInst| matches!(inst, MInst::Note(_)) || matches!(inst, MInst::Label(l) if !used.contains(l));
    for index in 0..insts.len() {
        let MInst::Alu { op: AluOp::Mov, dst: copy, src: Src::Reg(R0) } = insts[index] else { continue };
        let Some(test) = (index + 1..insts.len()).find(|&i| !passed(&insts[i])) else { continue };
        let MInst::Jump { cond, a, b: Src::Imm(_), target } = insts[test] else { continue };
        if cond == Cond::Always || a != copy || copy == R0 {
            continue;
        }
        let Some(&at_target) = positions.get(&target) else { continue };
        if written_before_read(insts, &positions, test + 1, copy, 32) && written_before_read(insts, &positions, at_target, copy, 32) {
            if let MInst::Jump { a, .. } = &mut insts[test] {
                *a = R0;
            }
            insts.remove(index);
            return true;
        }
    }
    false
}

/// Whether every path from `from` writes `reg` before reading it (within `budget` instructions
/// per path; calls read r1-r5, exits r0).
fn written_before_read(insts: &[MInst], positions: &HashMap<Label, usize>, from: usize, reg: super::mir::Reg, budget: usize) -> bool {
    let mut at = from;
    for _ in 0..budget {
        let Some(inst) = insts.get(at) else { return true };
        let reads = match inst {
            MInst::Call { .. } => matches!(reg, super::mir::Reg::Physical(1..=5)),
            MInst::Exit => reg == R0,
            other => other.uses().contains(&reg),
        };
        if reads {
            return false;
        }
        match inst {
            MInst::Exit => return true,
            MInst::Jump { cond: Cond::Always, target, .. } => match positions.get(target) {
                Some(&next) => at = next,
                None => return false,
            },
            MInst::Jump { target, .. } => {
                let Some(&next) = positions.get(target) else { return false };
                if !written_before_read(insts, positions, next, reg, budget / 2) {
                    return false;
                }
                at += 1;
            }
            other if other.defs().contains(&reg) => return true,
            _ => at += 1,
        }
    }
    false
}

/// Labels some jump goes to.
fn used_labels(insts: &[MInst]) -> HashSet<Label> {
    insts.iter().filter_map(|i| if let MInst::Jump { target, .. } = i { Some(*target) } else { None }).collect()
}

fn label_positions(insts: &[MInst]) -> HashMap<Label, usize> {
    insts.iter().enumerate().filter_map(|(i, inst)| if let MInst::Label(l) = inst { Some((*l, i)) } else { None }).collect()
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
    let positions = label_positions(insts);
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
    let used = used_labels(&insts);
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

/// Is the call at `real[k]` a map lookup whose key the instructions just before it store as a
/// constant (`*(u32 *)(r10 -N) = K; r1 = map; r2 = r10; r2 += -N; call`: a counter's index)?
/// The verifier knows such a lookup of an array map cannot fail and drops its null test, and it
/// sees the key only while the call is on one path: cross-jumping it into a call shared by paths
/// with different constants costs the test and a jump on every path.
fn constant_key_call(insts: &[MInst], real: &[usize], k: usize) -> bool {
    (1..=4).filter_map(|back| k.checked_sub(back)).any(|j| matches!(insts[real[j]], MInst::StoreImm { base: super::mir::FP, .. }))
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
                    // A lookup with a constant key stays on each path (see `constant_key_call`).
                    (MInst::Call { .. }, _) if constant_key_call(insts, &real, first - length) => false,
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

#[cfg(test)]
mod tests {
    use super::optimize;
    use crate::codegen::mir::{AluOp, Cond, MInst, Size, Src, FP, R0, R1, R2, R3};

    /// `r1 = r0; if r1 == 0 goto 9; <fall-through>; exit; 9: r1 = ...; exit`
    fn copy_then_test(fall_through: MInst) -> Vec<MInst> {
        vec![
            MInst::Alu { op: AluOp::Mov, dst: R1, src: Src::Reg(R0) },
            MInst::Jump { cond: Cond::Eq, a: R1, b: Src::Imm(0), target: 9 },
            fall_through,
            MInst::Exit,
            MInst::Label(9),
            MInst::Load { size: Size::W, dst: R1, base: FP, off: -8 },
            MInst::Exit,
        ]
    }

    #[test]
    fn a_copy_of_r0_only_tested_goes() {
        let optimized = optimize(copy_then_test(MInst::Alu { op: AluOp::Mov, dst: R1, src: Src::Imm(5) }));
        assert_eq!(optimized[0], MInst::Jump { cond: Cond::Eq, a: R0, b: Src::Imm(0), target: 9 }, "{optimized:#?}");
    }

    #[test]
    fn a_copy_of_r0_read_after_the_test_stays() {
        let insts = copy_then_test(MInst::Store { size: Size::W, base: FP, off: -8, src: R1 });
        assert_eq!(optimize(insts.clone()), insts);
        // A helper call reads r1-r5 as arguments.
        let insts = copy_then_test(MInst::Call { helper: 1 });
        assert_eq!(optimize(insts.clone())[0], insts[0]);
    }

    /// Two counters at the ends of two branches: `*(u32 *)(r10 -8) = K; r1 = map; r2 = r10;
    /// r2 += -8; call; r3 = r0; if r3 == 0 goto L; *(u64 *)(r3 +0) += ...; exit`.
    fn counter_tail(key: i32, imm_key: bool) -> Vec<MInst> {
        let mut tail = vec![if imm_key {
            MInst::StoreImm { size: Size::W, base: FP, off: -8, imm: key }
        } else {
            MInst::Store { size: Size::W, base: FP, off: -8, src: R3 }
        }];
        tail.extend([
            MInst::LoadMap { dst: R1, map: 0 },
            MInst::Alu { op: AluOp::Mov, dst: R2, src: Src::Reg(FP) },
            MInst::Alu { op: AluOp::Add, dst: R2, src: Src::Imm(-8) },
            MInst::Call { helper: 1 },
            MInst::Alu { op: AluOp::Mov, dst: R3, src: Src::Reg(R0) },
            MInst::Load { size: Size::Dw, dst: R1, base: R3, off: 0 },
            MInst::Alu { op: AluOp::Add, dst: R1, src: Src::Imm(1) },
            MInst::Store { size: Size::Dw, base: R3, off: 0, src: R1 },
            MInst::Exit,
        ]);
        tail
    }

    fn two_branches(imm_key: bool) -> Vec<MInst> {
        let mut insts = vec![MInst::Jump { cond: Cond::Eq, a: R1, b: Src::Imm(0), target: 7 }];
        insts.extend(counter_tail(1, imm_key));
        insts.push(MInst::Label(7));
        insts.extend(counter_tail(2, imm_key));
        insts
    }

    #[test]
    fn lookups_with_constant_keys_keep_their_calls_and_share_what_follows() {
        let optimized = optimize(two_branches(true));
        let calls = optimized.iter().filter(|i| matches!(i, MInst::Call { .. })).count();
        let adds = optimized.iter().filter(|i| matches!(i, MInst::Alu { op: AluOp::Add, src: Src::Imm(1), .. })).count();
        assert_eq!((calls, adds), (2, 1), "{optimized:#?}");
        // With keys from registers the whole tail, call included, is shared.
        let optimized = optimize(two_branches(false));
        let calls = optimized.iter().filter(|i| matches!(i, MInst::Call { .. })).count();
        assert_eq!(calls, 1, "{optimized:#?}");
    }
}
