//! Conditions as branches, not values. A boolean used only to decide a branch (or a `verify`)
//! is never materialized as 0/1: comparisons, `isValid()`, `!` and the `&&`/`||`/`&`/`|` of such
//! tests become a [`CondTree`] that [`Lowering::emit_condition`] turns into a chain of conditional
//! jumps, the way C compilers lower `if (a || b)` (the IR computes both sides; they are pure, so
//! testing them in order and stopping early is the same). A lookup's `hit` (table, hint, map) is
//! a lasting condition: it equals its result pointer being non-null, a register assigned once,
//! so a branch on it in any later block (negated, inside `||`/`&&`) tests that pointer.
//!
//! Jump threading through the IR's short-circuit variables: the front end lowers `a || t.apply()`
//! into `v = a; if (!v) { v = ... } if (v) ...`, leaving blocks that only read a variable and
//! branch on it. [`Threading`] finds them; an edge into such a block from a block that just
//! assigned the variable goes straight to the branch's target (the value is known on the edge, or
//! tested there), and a variable read only by blocks every edge threads around is never assigned.

use super::lower::Lowering;
use super::mir::*;
use flowmark_compiler::ir::{self, Block, Function, Inst, Terminator, Value, VarId};
use std::collections::{HashMap, HashSet};

/// A branch condition: a leaf test, or all / any of several.
#[derive(Clone, Debug)]
pub enum CondTree {
    Leaf(Cond, Reg, Src),
    Any(Box<CondTree>, Box<CondTree>),
    All(Box<CondTree>, Box<CondTree>),
}

impl CondTree {
    /// The negated condition (De Morgan); `None` for a bit test, which has no negated opcode.
    pub fn negate(self) -> Option<CondTree> {
        Some(match self {
            CondTree::Leaf(Cond::Set, ..) => return None,
            CondTree::Leaf(cond, a, b) => CondTree::Leaf(cond.negate(), a, b),
            CondTree::Any(x, y) => CondTree::All(Box::new(x.negate()?), Box::new(y.negate()?)),
            CondTree::All(x, y) => CondTree::Any(Box::new(x.negate()?), Box::new(y.negate()?)),
        })
    }
}

impl<'m> Lowering<'m> {
    /// Jump to `if_true` when `tree` holds, else to `if_false`.
    pub fn emit_condition(&mut self, tree: CondTree, if_true: Label, if_false: Label) {
        match tree {
            CondTree::Leaf(cond, a, b) => {
                self.branch(cond, a, b, if_true);
                self.jump(if_false);
            }
            CondTree::Any(x, y) => {
                let next = self.label();
                self.emit_condition(*x, if_true, next);
                self.push(MInst::Label(next));
                self.emit_condition(*y, if_true, if_false);
            }
            CondTree::All(x, y) => {
                let next = self.label();
                self.emit_condition(*x, next, if_false);
                self.push(MInst::Label(next));
                self.emit_condition(*y, if_true, if_false);
            }
        }
    }

    /// The deferred condition of `value`, if its lowering deferred one (a lasting condition
    /// stays for further uses).
    pub fn take_condition(&mut self, value: Value) -> Option<CondTree> {
        if let Some((cond, a, b)) = self.deferred.remove(&value) {
            return Some(CondTree::Leaf(cond, a, b));
        }
        if let Some(tree) = self.deferred_trees.remove(&value) {
            return Some(tree);
        }
        let (cond, a, b) = *self.lasting_conditions[self.current_function].get(&value)?;
        Some(CondTree::Leaf(cond, a, b))
    }

    /// Whether a branch on `value` can test a condition instead of a 0/1 register.
    pub fn has_condition(&self, value: Value) -> bool {
        self.deferred.contains_key(&value)
            || self.deferred_trees.contains_key(&value)
            || self.lasting_conditions[self.current_function].contains_key(&value)
    }

    /// Record that the bool `value` equals `pointer != 0` wherever it is used (`pointer` is
    /// assigned once, by the lookup that defines `value`).
    pub fn pointer_is_not_null_condition(&mut self, value: Value, pointer: Reg) {
        self.lasting_conditions[self.current_function].insert(value, (Cond::Ne, pointer, Src::Imm(0)));
    }

    /// A deferred condition as a 0/1 register (when a use after all needs the value).
    pub fn materialize(&mut self, tree: CondTree) -> Reg {
        let reg = self.vreg();
        let (done, zero) = (self.label(), self.label());
        self.mov_imm(reg, 1);
        self.emit_condition(tree, done, zero);
        self.push(MInst::Label(zero));
        self.mov_imm(reg, 0);
        self.push(MInst::Label(done));
        reg
    }
}

/// Test blocks (`r = read var; branch r`) and the edges that skip them.
#[derive(Debug, Default)]
pub struct Threading {
    /// Per function: test block -> (variable, if true, if false).
    tests: [HashMap<Block, (VarId, Block, Block)>; 2],
    /// Per function: (block, variable) -> the value the block last assigned to the variable.
    last_write: [HashMap<(Block, VarId), Value>; 2],
    /// Per function: test block -> how many blocks jump to it (a test reached by several jumps
    /// stays shared: threading would copy its branch into each of them).
    jumps_into: [HashMap<Block, usize>; 2],
    /// Per function: blocks entered only from one case of a `switch` (or straight on from such a
    /// block), with the switched value and that case's constant. An `action_run` switch after
    /// the action's body then needs no second dispatch.
    case_facts: [HashMap<Block, (Value, u128)>; 2],
    /// Variables only test blocks read, and every edge into those blocks is threaded.
    pub dead_vars: HashSet<VarId>,
    /// Per function: test blocks no edge reaches any more.
    pub skipped: [HashSet<Block>; 2],
}

/// Where an edge into a test block goes instead.
pub enum Threaded {
    /// Straight to this block (the variable's value is known on the edge).
    To(Block),
    /// Test this value (the variable's) and go to the first block if true, else the second.
    Test(Value, Block, Block),
}

impl Threading {
    pub fn analyze(module: &ir::Module) -> Threading {
        let mut result = Threading::default();
        let functions = [&module.parser, &module.control];
        let architectural = super::network_order::architectural_vars(module);
        let mut read_outside: HashSet<VarId> = HashSet::new();
        for (index, function) in functions.iter().enumerate() {
            for (block, data) in function.blocks.iter() {
                if let ([Inst::ReadVar { result: r, var }], Terminator::Branch { cond, if_true, if_false }) =
                    (data.insts.as_slice(), &data.terminator)
                {
                    if r == cond && !architectural.contains(var) {
                        result.tests[index].insert(block, (*var, *if_true, *if_false));
                        continue;
                    }
                }
                for inst in &data.insts {
                    match inst {
                        Inst::ReadVar { var, .. } => {
                            read_outside.insert(*var);
                        }
                        Inst::WriteVar { var, value } => {
                            result.last_write[index].insert((block, *var), *value);
                        }
                        _ => {}
                    }
                }
            }
        }
        for (index, function) in functions.iter().enumerate() {
            for (_, data) in function.blocks.iter() {
                if let Terminator::Jump(target) = &data.terminator {
                    if result.tests[index].contains_key(target) {
                        *result.jumps_into[index].entry(*target).or_default() += 1;
                    }
                }
            }
        }
        for (index, function) in functions.iter().enumerate() {
            result.case_facts[index] = case_facts(function);
        }
        // A test block is skipped when every edge into it threads.
        for (index, function) in functions.iter().enumerate() {
            let mut all_threaded: HashMap<Block, bool> = result.tests[index].keys().map(|b| (*b, true)).collect();
            for (block, data) in function.blocks.iter() {
                for target in data.terminator.successors() {
                    if let Some(threaded) = all_threaded.get_mut(&target) {
                        if result.thread(index, function, block, target, true).is_none() {
                            *threaded = false;
                        }
                    }
                }
            }
            result.skipped[index] = all_threaded.into_iter().filter(|(_, all)| *all).map(|(b, _)| b).collect();
        }
        for (index, _) in functions.iter().enumerate() {
            for (block, (var, _, _)) in &result.tests[index] {
                let every_test_skipped = result.tests.iter().enumerate().all(|(i, tests)| {
                    tests.iter().filter(|(_, (v, _, _))| v == var).all(|(b, _)| result.skipped[i].contains(b))
                });
                if result.skipped[index].contains(block) && every_test_skipped && !read_outside.contains(var) && !architectural.contains(var) {
                    result.dead_vars.insert(*var);
                }
            }
        }
        result
    }

    /// Where a jump from `from` to `target` goes instead when `target` (through blocks that only
    /// jump on) is a `switch` on a value `from` knows from an earlier case of a switch on it.
    pub fn thread_switch(&self, index: usize, function: &Function, from: Block, target: Block) -> Option<Block> {
        let (value, constant) = *self.case_facts[index].get(&from)?;
        let resolved = super::lower::resolve_jumps(function, target);
        let data = &function.blocks[resolved];
        let Terminator::Switch { value: switched, cases, default } = &data.terminator else { return None };
        if !data.insts.is_empty() || *switched != value {
            return None;
        }
        Some(cases.iter().find(|(c, _)| *c == constant).map(|(_, b)| *b).unwrap_or(*default))
    }

    /// Where the edge `from -> target` goes instead (`on_true`: which edge of a branch it is;
    /// ignored for jumps), if `target` is a test block and `from` assigned its variable.
    pub fn thread(&self, index: usize, function: &Function, from: Block, target: Block, on_true: bool) -> Option<Threaded> {
        let (var, if_true, if_false) = *self.tests[index].get(&target)?;
        let written = *self.last_write[index].get(&(from, var))?;
        match &function.blocks[from].terminator {
            Terminator::Branch { cond, .. } if *cond == written => Some(Threaded::To(if on_true { if_true } else { if_false })),
            Terminator::Jump(_) if self.jumps_into[index].get(&target).copied().unwrap_or(0) <= 1 => {
                Some(Threaded::Test(written, if_true, if_false))
            }
            _ => None,
        }
    }
}

/// Blocks known to run only after one case of a switch (see `Threading::case_facts`).
fn case_facts(function: &Function) -> HashMap<Block, (Value, u128)> {
    let mut predecessors: HashMap<Block, Vec<Block>> = HashMap::new();
    for (block, data) in function.blocks.iter() {
        for successor in data.terminator.successors() {
            predecessors.entry(successor).or_default().push(block);
        }
    }
    let mut facts: HashMap<Block, (Value, u128)> = HashMap::new();
    for block in super::lower::reverse_post_order(function) {
        let [only] = predecessors.get(&block).map(Vec::as_slice).unwrap_or(&[]) else { continue };
        match &function.blocks[*only].terminator {
            Terminator::Switch { value, cases, default } if *default != block => {
                let matching: Vec<u128> = cases.iter().filter(|(_, b)| *b == block).map(|(c, _)| *c).collect();
                if let [constant] = matching.as_slice() {
                    facts.insert(block, (*value, *constant));
                }
            }
            Terminator::Jump(_) => {
                if let Some(fact) = facts.get(only).copied() {
                    facts.insert(block, fact);
                }
            }
            _ => {}
        }
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::CondTree;
    use crate::codegen::mir::{Cond, Src, R1, R2};

    fn leaf(cond: Cond) -> Box<CondTree> {
        Box::new(CondTree::Leaf(cond, R1, Src::Reg(R2)))
    }

    #[test]
    fn negating_any_gives_all_of_negations() {
        let negated = CondTree::Any(leaf(Cond::Eq), leaf(Cond::Lt)).negate();
        assert!(matches!(negated, Some(CondTree::All(x, y))
            if matches!(*x, CondTree::Leaf(Cond::Ne, ..)) && matches!(*y, CondTree::Leaf(Cond::Ge, ..))));
    }

    #[test]
    fn a_bit_test_cannot_be_negated() {
        assert!(CondTree::All(leaf(Cond::Eq), leaf(Cond::Set)).negate().is_none());
    }
}
