//! Where header pointers need no null test, for the eBPF code generator: the IR's known-valid
//! analysis (`flowmark_compiler::ir::validity`) plus what this target derives from it: which
//! pointers some path reads before the parser sets them (they start at 0), which headers sit at
//! one constant packet offset (read through `data`), and how many paths the parser has (the
//! choice between register and compact header forms).

use flowmark_compiler::ir::{self, Block, Function, HeaderId, Inst, SelectTarget, Terminator, Value};
use std::collections::{HashMap, HashSet};

pub use flowmark_compiler::ir::validity::step;

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

pub fn analyze(module: &ir::Module) -> Validity {
    let at_entry = ir::validity::known_valid(module);
    let mut needs_initial_zero = Headers::new();
    for (index, function) in [&module.parser, &module.control].into_iter().enumerate() {
        for (block, known) in &at_entry[index] {
            let mut known = known.clone();
            for inst in &function.blocks[*block].insts {
                if let Some(header) = header_read_by(inst).filter(|h| !known.contains(h)) {
                    needs_initial_zero.insert(header);
                }
                step(&mut known, inst);
            }
        }
    }
    Validity { at_entry, needs_initial_zero, fixed_offsets: fixed_offsets(module) }
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
