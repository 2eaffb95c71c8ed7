//! Division fusion: one `udiv` serves every quotient and remainder of the same two operands.
//!
//! `if (a % b == 0) { q = a / b; }` is a common P4 idiom (p0f's window as a multiple of the MSS).
//! Cranelift keeps every `udiv`/`urem` (they can trap, so its value numbering leaves them alone),
//! and x86 pays a full `div` for each although one `div` yields both results. This pass runs on
//! the function after Cranelift's own optimisation (so equal operands are the same SSA value) and,
//! for a division whose operands an earlier, dominating division already had:
//!
//! - quotient after quotient, remainder after remainder: the later result is the earlier one;
//! - remainder after quotient `q`: `a - q * b` (a multiply and a subtraction, no `div`);
//! - quotient after remainder: the remainder becomes `a - q * b` with `q` a new `udiv` in its
//!   place, and the later quotient is `q`.
//!
//! Divisors the generated code divides by are never zero (a zero divisor is replaced by 1 and
//! the result selected away), and the earlier division dominates the later one, so nothing that
//! could trap is moved onto a path where it did not run. Signed divisions are left alone (the
//! code generator emits none).

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::ir::{Function, Inst, InstBuilder, Opcode, Value};

/// Whether the function has two or more unsigned divisions (only then is the pass worth its
/// extra optimisation round).
pub(crate) fn worth_fusing(func: &Function) -> bool {
    let divisions = func
        .layout
        .blocks()
        .flat_map(|block| func.layout.block_insts(block))
        .filter(|&inst| matches!(func.dfg.insts[inst].opcode(), Opcode::Udiv | Opcode::Urem))
        .count();
    divisions >= 2
}

/// An earlier division the later ones can reuse: its instruction, the quotient (when it has
/// one) and the remainder (when it has one).
struct Earlier {
    dividend: Value,
    divisor: Value,
    inst: Inst,
    quotient: Option<Value>,
    remainder: Option<Value>,
}

/// Fuse divisions of equal operands (see the module documentation); returns how many divisions
/// were removed.
pub(crate) fn fuse_divisions(func: &mut Function, domtree: &DominatorTree) -> usize {
    let order: Vec<Inst> = domtree
        .cfg_postorder()
        .iter()
        .rev()
        .flat_map(|&block| func.layout.block_insts(block).collect::<Vec<_>>())
        .collect();
    let mut earlier: Vec<Earlier> = Vec::new();
    let mut removed = 0;
    for inst in order {
        let opcode = func.dfg.insts[inst].opcode();
        if !matches!(opcode, Opcode::Udiv | Opcode::Urem) {
            continue;
        }
        let args = func.dfg.inst_args(inst);
        let (dividend, divisor) = (func.dfg.resolve_aliases(args[0]), func.dfg.resolve_aliases(args[1]));
        let result = func.dfg.first_result(inst);
        let found = earlier.iter_mut().position(|e| {
            e.dividend == dividend && e.divisor == divisor && domtree.dominates(e.inst, inst, &func.layout)
        });
        let Some(index) = found else {
            let (quotient, remainder) = if opcode == Opcode::Udiv { (Some(result), None) } else { (None, Some(result)) };
            earlier.push(Earlier { dividend, divisor, inst, quotient, remainder });
            continue;
        };
        let e = &mut earlier[index];
        match (opcode, e.quotient, e.remainder) {
            (Opcode::Udiv, Some(q), _) => alias(func, inst, q),
            (Opcode::Urem, _, Some(r)) => alias(func, inst, r),
            (Opcode::Urem, Some(q), None) => {
                let r = remainder_from_quotient(func, inst, dividend, divisor, q);
                e.remainder = Some(r);
            }
            (Opcode::Udiv, None, Some(_)) => {
                // The earlier remainder becomes dividend - q * divisor with a new quotient q.
                let mut pos = FuncCursor::new(func).at_inst(e.inst);
                let q = pos.ins().udiv(dividend, divisor);
                let product = pos.ins().imul(q, divisor);
                pos.func.replace(e.inst).isub(dividend, product);
                e.inst = pos.func.dfg.value_def(q).unwrap_inst();
                e.quotient = Some(q);
                alias(func, inst, q);
            }
            _ => continue,
        }
        removed += 1;
    }
    removed
}

/// Replace the division `inst` with `dividend - quotient * divisor`; its result stays.
fn remainder_from_quotient(func: &mut Function, inst: Inst, dividend: Value, divisor: Value, quotient: Value) -> Value {
    let mut pos = FuncCursor::new(func).at_inst(inst);
    let product = pos.ins().imul(quotient, divisor);
    pos.func.replace(inst).isub(dividend, product);
    pos.func.dfg.first_result(inst)
}

/// Remove `inst` and make its result an alias of `value`.
fn alias(func: &mut Function, inst: Inst, value: Value) {
    let result = func.dfg.first_result(inst);
    func.layout.remove_inst(inst);
    func.dfg.clear_results(inst);
    func.dfg.change_to_alias(result, value);
}

#[cfg(test)]
mod tests {
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    use cranelift_codegen::dominator_tree::DominatorTree;
    use cranelift_codegen::flowgraph::ControlFlowGraph;
    use cranelift_codegen::ir::types::I32;
    use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, Opcode, Signature};
    use cranelift_codegen::isa::CallConv;

    use super::fuse_divisions;

    /// `fn(a, b) { r = a % b; if r == 0 { return a / b + r } return r }`, or with the quotient
    /// first when `quotient_first`; the number of `udiv`/`urem` left after the pass.
    fn divisions_left(quotient_first: bool) -> (usize, usize, String) {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.extend([AbiParam::new(I32), AbiParam::new(I32)]);
        sig.returns.push(AbiParam::new(I32));
        let mut func = Function::with_name_signature(Default::default(), sig);
        let (entry, then, other) = (func.dfg.make_block(), func.dfg.make_block(), func.dfg.make_block());
        let mut pos = FuncCursor::new(&mut func);
        pos.insert_block(entry);
        let a = pos.func.dfg.append_block_param(entry, I32);
        let b = pos.func.dfg.append_block_param(entry, I32);
        let first = if quotient_first { pos.ins().udiv(a, b) } else { pos.ins().urem(a, b) };
        pos.ins().brif(first, other, &[], then, &[]);
        pos.insert_block(then);
        let second = if quotient_first { pos.ins().urem(a, b) } else { pos.ins().udiv(a, b) };
        let sum = pos.ins().iadd(first, second);
        pos.ins().return_(&[sum]);
        pos.insert_block(other);
        pos.ins().return_(&[first]);
        let cfg = ControlFlowGraph::with_function(&func);
        let domtree = DominatorTree::with_function(&func, &cfg);
        let removed = fuse_divisions(&mut func, &domtree);
        func.dfg.resolve_all_aliases();
        let count = |op| {
            func.layout.blocks().flat_map(|b| func.layout.block_insts(b)).filter(|&i| func.dfg.insts[i].opcode() == op).count()
        };
        assert_eq!(removed, 1);
        (count(Opcode::Udiv), count(Opcode::Urem), func.display().to_string())
    }

    #[test]
    fn a_remainder_then_a_quotient_divide_once() {
        let (udiv, urem, text) = divisions_left(false);
        assert_eq!((udiv, urem), (1, 0), "{text}");
    }

    #[test]
    fn a_quotient_then_a_remainder_divide_once() {
        let (udiv, urem, text) = divisions_left(true);
        assert_eq!((udiv, urem), (1, 0), "{text}");
    }
}
