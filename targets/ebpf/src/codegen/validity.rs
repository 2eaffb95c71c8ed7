//! Which headers are known to be valid where: a forward data-flow pass over the parser and the
//! control (both acyclic), so the code generator can skip null tests on header pointers and
//! initialize only the pointers some path may read before the parser sets them.
//!
//! A header becomes known valid after its `extract`, stops being so after `setInvalid()`, and is
//! known valid on the true edge of `if (h.isValid())` (or the false edge of `!h.isValid()`). At a
//! join the sets of the incoming edges intersect; the control starts with the intersection of the
//! parser's accepting edges.

use flowmark_compiler::ir::{self, Block, Function, HeaderId, Inst, SelectTarget, Terminator, Value};
use std::collections::{HashMap, HashSet};

type Headers = HashSet<HeaderId>;

/// The result of the analysis for the parser (`[0]`) and the control (`[1]`).
#[derive(Debug, Default)]
pub struct Validity {
    /// Headers known valid when each block starts.
    pub at_entry: [HashMap<Block, Headers>; 2],
    /// Headers whose pointer some instruction reads where the header is not known valid: their
    /// pointer registers must hold 0 from the start of the program.
    pub needs_initial_zero: Headers,
    /// Headers every `extract` of which happens at the same constant packet offset.
    pub fixed_offsets: HashMap<HeaderId, u32>,
}

/// The headers an instruction reads the pointer of (`extract` writes it, `setInvalid` too).
fn header_read_by(inst: &Inst) -> Option<HeaderId> {
    match inst {
        Inst::ReadField { header, .. }
        | Inst::WriteField { header, .. }
        | Inst::IsValid { header, .. }
        | Inst::Ipv4ChecksumUpdate { header, .. }
        | Inst::ChecksumReplace { header, .. } => Some(*header),
        _ => None,
    }
}

/// Apply one instruction to the set of known-valid headers.
pub fn step(known: &mut Headers, inst: &Inst) {
    match inst {
        Inst::Extract { header } | Inst::SetValid { header, valid: true } => {
            known.insert(*header);
        }
        Inst::SetValid { header, valid: false } => {
            known.remove(header);
        }
        _ => {}
    }
}

pub fn analyze(module: &ir::Module) -> Validity {
    let mut result = Validity::default();
    let mut accepted: Option<Headers> = None;
    for (index, function) in [&module.parser, &module.control].into_iter().enumerate() {
        let start = if index == 0 { Headers::new() } else { accepted.clone().unwrap_or_default() };
        let mut incoming: HashMap<Block, Headers> = HashMap::new();
        incoming.insert(function.entry, start);
        for block in super::lower::reverse_post_order(function) {
            let Some(mut known) = incoming.get(&block).cloned() else { continue };
            result.at_entry[index].insert(block, known.clone());
            let data = &function.blocks[block];
            for inst in &data.insts {
                if let Some(header) = header_read_by(inst) {
                    if !known.contains(&header) {
                        result.needs_initial_zero.insert(header);
                    }
                }
                step(&mut known, inst);
            }
            let send = |target: Block, headers: Headers, incoming: &mut HashMap<Block, Headers>| {
                incoming.entry(target).and_modify(|existing| existing.retain(|h| headers.contains(h))).or_insert(headers);
            };
            match &data.terminator {
                Terminator::Jump(target) => send(*target, known, &mut incoming),
                Terminator::Branch { cond, if_true, if_false } => {
                    let (mut on_true, mut on_false) = (known.clone(), known);
                    match tested_header(function, block, *cond) {
                        Some((header, true)) => {
                            on_true.insert(header);
                        }
                        Some((header, false)) => {
                            on_false.insert(header);
                        }
                        None => {}
                    }
                    send(*if_true, on_true, &mut incoming);
                    send(*if_false, on_false, &mut incoming);
                }
                Terminator::Switch { cases, default, .. } => {
                    for (_, target) in cases {
                        send(*target, known.clone(), &mut incoming);
                    }
                    send(*default, known, &mut incoming);
                }
                Terminator::Select { cases, default, .. } => {
                    for target in cases.iter().map(|c| c.target).chain([*default]) {
                        match target {
                            SelectTarget::Block(b) => send(b, known.clone(), &mut incoming),
                            SelectTarget::Accept => accept(&mut accepted, &known),
                            SelectTarget::Reject(_) => {}
                        }
                    }
                }
                Terminator::Accept => accept(&mut accepted, &known),
                Terminator::Reject(_) | Terminator::Return => {}
            }
        }
    }
    result.fixed_offsets = fixed_offsets(module);
    result
}

/// Headers extracted at one constant offset on every path (the cursor is constant until a
/// variable `advance`, and paths that meet with different cursors make it unknown).
fn fixed_offsets(module: &ir::Module) -> HashMap<HeaderId, u32> {
    let parser = &module.parser;
    let mut constants: HashMap<Value, u128> = HashMap::new();
    for (_, block) in parser.blocks.iter() {
        for inst in &block.insts {
            if let Inst::Const { result, value } = inst {
                constants.insert(*result, *value);
            }
        }
    }
    // Cursor at block entry: Some(offset) when known, None when unknown.
    let mut entry: HashMap<Block, Option<u32>> = HashMap::new();
    entry.insert(parser.entry, Some(0));
    let mut seen: HashMap<HeaderId, Option<u32>> = HashMap::new();
    for block in super::lower::reverse_post_order(parser) {
        let Some(mut cursor) = entry.get(&block).copied() else { continue };
        let data = &parser.blocks[block];
        for inst in &data.insts {
            match inst {
                Inst::Extract { header } => {
                    let here = seen.entry(*header).or_insert(cursor);
                    if *here != cursor {
                        *here = None;
                    }
                    let size = module.header_type(*header).size_bits / 8;
                    cursor = cursor.map(|c| c + size);
                }
                Inst::Advance { bits } => {
                    cursor = match (cursor, constants.get(bits)) {
                        (Some(c), Some(b)) if b % 8 == 0 && *b < 0x1_0000 => Some(c + (*b / 8) as u32),
                        _ => None,
                    };
                }
                _ => {}
            }
        }
        for successor in data.terminator.successors() {
            entry.entry(successor).and_modify(|e| if *e != cursor { *e = None }).or_insert(cursor);
        }
    }
    seen.into_iter().filter_map(|(h, offset)| offset.map(|o| (h, o))).collect()
}

fn accept(accepted: &mut Option<Headers>, known: &Headers) {
    match accepted {
        Some(existing) => existing.retain(|h| known.contains(h)),
        None => *accepted = Some(known.clone()),
    }
}

/// `Some((h, true))` if `cond` is `h.isValid()` computed in `block`, `Some((h, false))` if it is
/// `!h.isValid()`.
fn tested_header(function: &Function, block: Block, cond: Value) -> Option<(HeaderId, bool)> {
    let insts = &function.blocks[block].insts;
    let defining = |value: Value| {
        insts.iter().position(|i| matches!(i, Inst::IsValid { result, .. } | Inst::Unary { result, .. } if *result == value))
    };
    // The test holds at the branch only if nothing in between changes the header's validity.
    let unchanged_after = |at: usize, header: HeaderId| {
        !insts[at..].iter().any(|i| matches!(i, Inst::SetValid { header: h, .. } | Inst::Extract { header: h } if *h == header))
    };
    match &insts[defining(cond)?] {
        Inst::IsValid { header, .. } if unchanged_after(defining(cond)?, *header) => Some((*header, true)),
        Inst::Unary { op: ir::UnaryOp::Not, arg, .. } => {
            let at = defining(*arg)?;
            match &insts[at] {
                Inst::IsValid { header, .. } if unchanged_after(at, *header) => Some((*header, false)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// How many paths lead from the parser's start to its exits (saturating): what the verifier
/// explores when every path carries exact packet pointers.
pub fn parser_paths(function: &Function) -> u64 {
    let order = super::lower::reverse_post_order(function);
    let mut paths: HashMap<Block, u64> = HashMap::new();
    let mut total: u64 = 0;
    for block in order.iter().rev() {
        let successors = function.blocks[*block].terminator.successors();
        let count = if successors.is_empty() {
            1
        } else {
            successors.iter().map(|s| paths.get(s).copied().unwrap_or(1)).fold(0u64, u64::saturating_add)
        };
        let exits_too = matches!(&function.blocks[*block].terminator, Terminator::Select { cases, default, .. }
            if cases.iter().map(|c| c.target).chain([*default]).any(|t| !matches!(t, SelectTarget::Block(_))));
        paths.insert(*block, count.saturating_add(u64::from(exits_too)));
    }
    total = total.saturating_add(paths.get(&function.entry).copied().unwrap_or(1));
    total
}
