//! Remove block parameters nothing uses. cranelift-frontend adds a parameter wherever a variable
//! is read in a block with several predecessors, also where the read's result goes unused (a
//! validity flag read for a known-constant check, say), and Cranelift's passes keep unused
//! parameters: each still costs a move (or a spill) on every edge into its block. The control's
//! entry of an unrolled parser has dozens of incoming edges, so such parameters are felt.
//!
//! A parameter is live when an instruction reads it, or when it is passed to a live parameter;
//! the others (and their arguments on every branch) go. Liveness is found by a worklist from the
//! instruction reads, so cycles of parameters that only feed each other go too.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{BlockArg, BlockCall, Function, Value};

/// Remove every dead non-entry block parameter of `func` and its branch arguments.
pub(super) fn remove_dead_block_params(func: &mut Function) {
    let Some(entry) = func.layout.entry_block() else { return };
    let params: HashSet<Value> = func
        .layout
        .blocks()
        .filter(|&b| b != entry)
        .flat_map(|b| func.dfg.block_params(b).iter().copied())
        .collect();
    if params.is_empty() {
        return;
    }
    // Which values flow into each parameter, and the values instructions read.
    let mut inflows: HashMap<Value, Vec<Value>> = HashMap::new();
    let mut work: Vec<Value> = Vec::new();
    let dfg = &func.dfg;
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            work.extend(dfg.inst_args(inst).iter().map(|&v| dfg.resolve_aliases(v)));
            for call in dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                let formals = dfg.block_params(call.block(&dfg.value_lists));
                for (formal, arg) in formals.iter().zip(call.args(&dfg.value_lists)) {
                    match arg {
                        BlockArg::Value(v) => inflows.entry(*formal).or_default().push(dfg.resolve_aliases(v)),
                        // Not a plain value: keep the parameter.
                        _ => work.push(*formal),
                    }
                }
            }
        }
    }
    let mut live: HashSet<Value> = HashSet::new();
    while let Some(v) = work.pop() {
        if params.contains(&v) && live.insert(v) {
            work.extend(inflows.get(&v).into_iter().flatten().copied());
        }
    }
    // Drop the dead parameters' arguments on every branch, then the parameters.
    let dead: HashSet<Value> = params.difference(&live).copied().collect();
    if dead.is_empty() {
        return;
    }
    let blocks: Vec<_> = func.layout.blocks().collect();
    for &block in &blocks {
        let insts: Vec<_> = func.layout.block_insts(block).collect();
        for inst in insts {
            let dfg = &mut func.dfg;
            let count = dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables).len();
            for index in 0..count {
                let call = dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables)[index];
                let destination = call.block(&dfg.value_lists);
                let formals = dfg.block_params(destination).to_vec();
                // (A jump table two branches share is edited once.)
                if !formals.iter().any(|f| dead.contains(f)) || call.args(&dfg.value_lists).len() != formals.len() {
                    continue;
                }
                let kept: Vec<BlockArg> = formals
                    .iter()
                    .zip(call.args(&dfg.value_lists))
                    .filter(|(formal, _)| !dead.contains(formal))
                    .map(|(_, arg)| arg)
                    .collect();
                let replacement = BlockCall::new(destination, kept, &mut dfg.value_lists);
                dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[index] =
                    replacement;
            }
        }
    }
    for &block in &blocks {
        let formals = func.dfg.block_params(block).to_vec();
        for formal in formals.into_iter().rev().filter(|f| dead.contains(f)) {
            func.dfg.remove_block_param(formal);
        }
    }
}
