//! Which headers are known valid where, so field reads and writes of those headers need no
//! validity test: the IR's analysis (`flowmark_compiler::ir::validity`, shared with the eBPF
//! target, and described there) plus this target's own facts.
//!
//! Besides, a block whose only predecessor branches on `isValid()` (or its negation) knows that
//! header's validity either way: the "known invalid" facts.

use std::collections::{HashMap, HashSet};

use cranelift_entity::EntityRef;

use flowmark_compiler::ir::{self, Block, Function, HeaderId, Inst, SelectTarget, Terminator, UnaryOp, Value};

type Headers = HashSet<HeaderId>;

/// Per block of one function: (header, valid) facts that hold when the block starts.
pub(super) type Facts = HashMap<Block, Vec<(HeaderId, bool)>>;

/// The result of the analysis.
pub(super) struct Validity {
    /// Facts for the parser (`[0]`) and the control (`[1]`).
    pub facts: [Facts; 2],
    /// Headers some field read may read while they are not known valid, or that `setValid()`
    /// makes valid without an `extract`: their pointers must start at readable zeros. Other
    /// headers' pointers are only dereferenced after their `extract` set them.
    pub needs_zero: Headers,
}

/// Analyze the parser and the control: the IR's known-valid facts
/// (`flowmark_compiler::ir::validity`), the known-invalid facts of branches, and which header
/// pointers must start at zeros.
pub(super) fn analyze(module: &ir::Module) -> Validity {
    let known = ir::validity::known_valid(module);
    let mut out: [Facts; 2] = Default::default();
    let mut needs_zero = Headers::new();
    for (index, function) in [&module.parser, &module.control].into_iter().enumerate() {
        let mut facts = branch_facts(function);
        for inst in function.blocks.values().flat_map(|b| &b.insts) {
            if let Inst::SetValid { header, valid: true } = inst {
                needs_zero.insert(*header);
            }
        }
        if known[index].is_empty() {
            // A back edge: no data-flow facts here, so any header may be read before its extract.
            needs_zero.extend(module.headers.keys());
        }
        for (block, at_entry) in &known[index] {
            let mut state = at_entry.clone();
            for inst in &function.blocks[*block].insts {
                if let Inst::ReadField { header, .. } = inst {
                    if !state.contains(header) {
                        needs_zero.insert(*header);
                    }
                }
                ir::validity::step(&mut state, inst);
            }
            let here = facts.entry(*block).or_default();
            here.retain(|(h, _)| !at_entry.contains(h));
            let mut valid: Vec<HeaderId> = at_entry.iter().copied().collect();
            valid.sort_by_key(|h| h.index());
            here.extend(valid.into_iter().map(|h| (h, true)));
        }
        out[index] = facts;
    }
    Validity { facts: out, needs_zero }
}

/// Headers whose validity a block knows from its only predecessor's branch on `isValid()` (or
/// its negation): (header, valid) per block. Reads of their fields there need no validity select.
fn branch_facts(func: &Function) -> Facts {
    // Per block: the values that still say whether a header is valid at its terminator.
    let mut tested: HashMap<Block, HashMap<Value, (HeaderId, bool)>> = HashMap::new();
    let mut predecessors: HashMap<Block, usize> = HashMap::new();
    for (block, data) in func.blocks.iter() {
        let here = tested.entry(block).or_default();
        for inst in &data.insts {
            match inst {
                Inst::IsValid { result, header } => {
                    here.insert(*result, (*header, true));
                }
                Inst::Unary { result, op: UnaryOp::Not, arg } => {
                    if let Some(&(h, polarity)) = here.get(arg) {
                        here.insert(*result, (h, !polarity));
                    }
                }
                Inst::SetValid { header, .. } | Inst::Extract { header } => here.retain(|_, (h, _)| h != header),
                _ => {}
            }
        }
        let mut targets: Vec<Block> = Vec::new();
        match &data.terminator {
            Terminator::Jump(b) => targets.push(*b),
            Terminator::Branch { if_true, if_false, .. } => targets.extend([*if_true, *if_false]),
            Terminator::Switch { cases, default, .. } => {
                targets.extend(cases.iter().map(|(_, b)| *b));
                targets.push(*default);
            }
            Terminator::Select { cases, default, .. } => {
                for target in cases.iter().map(|c| c.target).chain([*default]) {
                    if let SelectTarget::Block(b) = target {
                        targets.push(b);
                    }
                }
            }
            _ => {}
        }
        for b in targets {
            *predecessors.entry(b).or_default() += 1;
        }
    }
    let mut facts: HashMap<Block, Vec<(HeaderId, bool)>> = HashMap::new();
    for (block, data) in func.blocks.iter() {
        if let Terminator::Branch { cond, if_true, if_false } = &data.terminator {
            let Some(&(header, polarity)) = tested.get(&block).and_then(|t| t.get(cond)) else { continue };
            for (target, valid) in [(*if_true, polarity), (*if_false, !polarity)] {
                if predecessors.get(&target) == Some(&1) && if_true != if_false {
                    facts.entry(target).or_default().push((header, valid));
                }
            }
        }
    }
    facts
}

