//! Jump threading over repeated tests of one condition, on machine IR before register allocation.
//! The lowering tests the same thing twice in a row where two IR operations need it: a field read
//! of a header not known valid skips its load when the header's pointer is 0, and then the
//! `isValid()` condition that guards the read tests the pointer again. Two rules, both exact:
//!
//! - a conditional jump to a label whose first instruction tests the same operands again goes
//!   straight to where that test leads (the same condition: to its target; the negated condition:
//!   past it), since nothing runs in between;
//! - on the fall-through path of a test, up to the next label some jump uses, the same test
//!   (operands not redefined since) is never taken and goes, and its negation always is and
//!   becomes a plain jump.
//!
//! Together they leave `if p == 0 goto out; x = load p; ...; if x != 5 goto out`, and the
//! allocator's dead-code pass drops the read's `x = 0` default that no path reads any more. Only
//! forward jumps are created (the tuple-space loop's back edge stays the only backward jump).

use super::mir::{Cond, Label, MInst, Reg, Src};
use std::collections::{HashMap, HashSet};

/// A test: condition and operands.
type Test = (Cond, Reg, Src);

/// Apply both rules until nothing changes (bounded).
pub fn thread(mut insts: Vec<MInst>) -> Vec<MInst> {
    for _ in 0..16 {
        let retargeted = retarget_jumps_into_repeated_tests(&mut insts);
        let decided = decide_tests_repeated_on_fall_through(&mut insts);
        if !retargeted && !decided {
            break;
        }
    }
    insts
}

fn is_marker(inst: &MInst) -> bool {
    matches!(inst, MInst::Label(_) | MInst::Note(_))
}

fn test_of(inst: &MInst) -> Option<Test> {
    match inst {
        MInst::Jump { cond, a, b, .. } if *cond != Cond::Always => Some((*cond, *a, *b)),
        _ => None,
    }
}

/// Where a jump whose test holds goes when it lands on `at` (the first real instruction at its
/// target): a repeated test's target, or past a negated one (`Err(index)`: a label is needed
/// after the instruction at `index`).
fn landing(insts: &[MInst], test: Test, at: usize) -> Option<Result<Label, usize>> {
    let MInst::Jump { target, .. } = &insts[at] else { return None };
    let (cond, a, b) = test_of(&insts[at])?;
    if (a, b) != (test.1, test.2) {
        return None;
    }
    if cond == test.0 {
        return Some(Ok(*target));
    }
    if test.0 != Cond::Set && cond == test.0.negate() {
        let label_after = insts[at + 1..].iter().take_while(|i| is_marker(i)).find_map(|i| if let MInst::Label(l) = i { Some(*l) } else { None });
        return Some(label_after.ok_or(at));
    }
    None
}

/// The first rule (see the module doc); returns whether a jump changed.
fn retarget_jumps_into_repeated_tests(insts: &mut Vec<MInst>) -> bool {
    let positions: HashMap<Label, usize> =
        insts.iter().enumerate().filter_map(|(i, inst)| if let MInst::Label(l) = inst { Some((*l, i)) } else { None }).collect();
    let mut next_label = positions.keys().copied().max().unwrap_or(0) + 1;
    let mut retargets: Vec<(usize, Label)> = Vec::new();
    let mut new_labels: Vec<(usize, Label)> = Vec::new();
    for index in 0..insts.len() {
        let (Some(test), MInst::Jump { target, .. }) = (test_of(&insts[index]), &insts[index]) else { continue };
        let Some(&at) = positions.get(target) else { continue };
        let Some(real) = (at..insts.len()).find(|&i| !is_marker(&insts[i])) else { continue };
        let new_target = match landing(insts, test, real) {
            Some(Ok(label)) if positions.get(&label).is_some_and(|&p| p > index) && label != *target => label,
            Some(Err(after)) if after > index => {
                let label = match new_labels.iter().find(|(at, _)| *at == after) {
                    Some((_, label)) => *label,
                    None => {
                        new_labels.push((after, next_label));
                        next_label += 1;
                        next_label - 1
                    }
                };
                label
            }
            _ => continue,
        };
        retargets.push((index, new_target));
    }
    for (index, label) in &retargets {
        if let MInst::Jump { target, .. } = &mut insts[*index] {
            *target = *label;
        }
    }
    // Labels go in from the back so the recorded positions stay right.
    new_labels.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    for (after, label) in new_labels {
        insts.insert(after + 1, MInst::Label(label));
    }
    !retargets.is_empty()
}

/// The second rule (see the module doc); returns whether a test went or became a jump.
fn decide_tests_repeated_on_fall_through(insts: &mut Vec<MInst>) -> bool {
    let used: HashSet<Label> = insts.iter().filter_map(|i| if let MInst::Jump { target, .. } = i { Some(*target) } else { None }).collect();
    let mut known_false: Vec<Test> = Vec::new();
    let mut never_taken: Vec<usize> = Vec::new();
    let mut changed = false;
    for (index, inst) in insts.iter_mut().enumerate() {
        match inst {
            MInst::Label(label) if used.contains(label) => known_false.clear(),
            MInst::Label(_) | MInst::Note(_) => {}
            MInst::Jump { cond: Cond::Always, .. } | MInst::Exit => known_false.clear(),
            MInst::Jump { cond, a, b, .. } => {
                let test = (*cond, *a, *b);
                if known_false.contains(&test) {
                    never_taken.push(index);
                } else if test.0 != Cond::Set && known_false.contains(&(test.0.negate(), test.1, test.2)) {
                    *cond = Cond::Always;
                    changed = true;
                    known_false.clear();
                } else {
                    known_false.push(test);
                }
            }
            other => {
                let defined = other.defs();
                known_false.retain(|(_, a, b)| !defined.contains(a) && !matches!(b, Src::Reg(r) if defined.contains(r)));
            }
        }
    }
    changed |= !never_taken.is_empty();
    for index in never_taken.into_iter().rev() {
        insts.remove(index);
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::thread;
    use crate::codegen::mir::{AluOp, Cond, MInst, Reg, Size, Src};

    const POINTER: Reg = Reg::Virtual(1);
    const FIELD: Reg = Reg::Virtual(2);

    fn jump(cond: Cond, a: Reg, imm: i32, target: u32) -> MInst {
        MInst::Jump { cond, a, b: Src::Imm(imm), target }
    }

    /// A field read that defaults to 0 when the pointer is null, then `!valid || field != 5`.
    fn read_then_test() -> Vec<MInst> {
        vec![
            MInst::Alu { op: AluOp::Mov, dst: FIELD, src: Src::Imm(0) },
            jump(Cond::Eq, POINTER, 0, 1),
            MInst::Load { size: Size::B, dst: FIELD, base: POINTER, off: 0 },
            MInst::Label(1),
            jump(Cond::Eq, POINTER, 0, 9),
            jump(Cond::Ne, FIELD, 5, 9),
            MInst::Exit,
            MInst::Label(9),
            MInst::Exit,
        ]
    }

    #[test]
    fn a_null_test_repeated_after_a_read_is_threaded_and_then_dropped() {
        let threaded = thread(read_then_test());
        let tests: Vec<&MInst> = threaded.iter().filter(|i| matches!(i, MInst::Jump { .. })).collect();
        assert_eq!(tests, vec![&jump(Cond::Eq, POINTER, 0, 9), &jump(Cond::Ne, FIELD, 5, 9)], "{threaded:#?}");
    }

    #[test]
    fn a_negated_repeat_jumps_past_the_second_test() {
        let insts = vec![
            jump(Cond::Eq, POINTER, 0, 1),
            MInst::Exit,
            MInst::Label(1),
            jump(Cond::Ne, POINTER, 0, 9),
            MInst::Exit,
            MInst::Label(9),
            MInst::Exit,
        ];
        let threaded = thread(insts);
        let MInst::Jump { target, .. } = threaded[0] else { panic!("{threaded:#?}") };
        let at = threaded.iter().position(|i| *i == MInst::Label(target)).expect("the new target is placed");
        assert_eq!(threaded[at - 1], jump(Cond::Ne, POINTER, 0, 9), "{threaded:#?}");
    }

    #[test]
    fn a_redefined_operand_keeps_its_second_test() {
        let insts = vec![
            jump(Cond::Eq, POINTER, 0, 9),
            MInst::Load { size: Size::Dw, dst: POINTER, base: POINTER, off: 8 },
            jump(Cond::Eq, POINTER, 0, 9),
            MInst::Exit,
            MInst::Label(9),
            MInst::Exit,
        ];
        assert_eq!(thread(insts.clone()), insts);
    }

    #[test]
    fn a_test_after_a_label_other_jumps_use_stays() {
        let insts = vec![
            jump(Cond::Eq, POINTER, 0, 9),
            jump(Cond::Ne, FIELD, 0, 1),
            MInst::Label(1),
            jump(Cond::Eq, POINTER, 0, 9),
            MInst::Exit,
            MInst::Label(9),
            MInst::Exit,
        ];
        // The jump to label 1 comes from the fall-through of the first test, so only the second
        // rule could drop the repeat, and label 1 stops it.
        assert_eq!(thread(insts.clone()).iter().filter(|i| matches!(i, MInst::Jump { .. })).count(), 3);
    }
}
