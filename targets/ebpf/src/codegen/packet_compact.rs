//! Header access for parsers with many paths ("compact" mode). The parser's cursor is a byte
//! offset in an 8-byte stack slot and each header's offset (+1; 0 = invalid) sits in a 4-byte
//! slot; the first access to a header in a block re-derives a checked pointer from its offset,
//! reused in the blocks that block dominates. The narrow slots let the verifier treat the paths
//! of an unrolled parser (TCP options, say) as one state at each merge, which keeps programs such
//! as p0f and dapper within its complexity limit; parsers with few paths use the faster register
//! form of `packet.rs`, whose exact pointers the verifier would otherwise explore path by path.

use super::lower::Lowering;
use super::mir::*;
use super::packet::MAX_CURSOR;
use super::Error;
use flowmark_compiler::ir::{self, Function, Value};
use std::collections::{HashMap, HashSet};

/// Where compact mode keeps the parser's state.
#[derive(Debug, Default)]
pub struct CompactSlots {
    pub cursor_slot: i16,
    pub header_slots: HashMap<ir::HeaderId, i16>,
    /// Checked header pointers: header -> (pointer, IR block that computed it).
    pub pointers: HashMap<ir::HeaderId, (Reg, ir::Block)>,
    /// Per function: `dominators[b]` = the blocks that dominate `b` (b included).
    pub dominators: [HashMap<ir::Block, HashSet<ir::Block>>; 2],
    /// Headers some `setInvalid` touches (their pointers are never reused across blocks).
    pub invalidated: HashSet<ir::HeaderId>,
}

impl<'m> Lowering<'m> {
    /// The checked pointer to `header` for this block, or a register holding 0 if it is invalid.
    pub fn compact_header_pointer(&mut self, header: ir::HeaderId) -> Reg {
        if let Some(reg) = self.compact_cached_pointer(header) {
            return reg;
        }
        let size = self.module.header_type(header).size_bits / 8;
        let slot = self.compact.header_slots[&header];
        let pointer = self.vreg();
        let offset = self.vreg();
        let end = self.vreg();
        let invalid = self.label();
        let done = self.label();
        self.load(Size::W, offset, FP, slot);
        self.branch(Cond::Eq, offset, Src::Imm(0), invalid);
        self.alu(AluOp::Sub, offset, Src::Imm(1));
        self.branch(Cond::Gt, offset, Src::Imm(MAX_CURSOR), invalid);
        self.mov(pointer, DATA);
        self.alu(AluOp::Add, pointer, Src::Reg(offset));
        self.mov(end, pointer);
        self.alu(AluOp::Add, end, Src::Imm(size as i32));
        self.branch(Cond::Le, end, Src::Reg(DATA_END), done);
        self.push(MInst::Label(invalid));
        self.mov_imm(pointer, 0);
        self.push(MInst::Label(done));
        self.compact_cache_pointer(header, pointer);
        pointer
    }

    pub fn compact_extract(&mut self, header: ir::HeaderId) -> Result<(), Error> {
        let size = self.module.header_type(header).size_bits / 8;
        let cursor = self.vreg();
        let pointer = self.vreg();
        let end = self.vreg();
        let too_short = self.module.error_index("PacketTooShort").unwrap_or(1);
        let ok = self.label();
        let fail = self.label();
        let slot = self.compact.header_slots[&header];
        let cursor_slot = self.compact.cursor_slot;
        self.load(Size::Dw, cursor, FP, cursor_slot);
        self.branch(Cond::Gt, cursor, Src::Imm(MAX_CURSOR), fail);
        self.mov(pointer, DATA);
        self.alu(AluOp::Add, pointer, Src::Reg(cursor));
        self.mov(end, pointer);
        self.alu(AluOp::Add, end, Src::Imm(size as i32));
        self.branch(Cond::Le, end, Src::Reg(DATA_END), ok);
        self.push(MInst::Label(fail));
        self.reject(too_short);
        self.push(MInst::Label(ok));
        let mark = self.vreg();
        self.mov(mark, cursor);
        self.alu(AluOp::Add, mark, Src::Imm(1));
        self.store(Size::W, FP, slot, mark);
        self.alu(AluOp::Add, cursor, Src::Imm(size as i32));
        self.store(Size::Dw, FP, cursor_slot, cursor);
        self.compact_cache_pointer(header, pointer);
        self.extracted_pointers.insert(pointer);
        Ok(())
    }

    pub fn compact_advance(&mut self, bits: Value) -> Result<(), Error> {
        let bits = self.reg_of(bits)?;
        let invalid = self.module.error_index("ParserInvalidArgument").unwrap_or(1);
        let too_short = self.module.error_index("PacketTooShort").unwrap_or(1);
        let bytes = self.vreg();
        let cursor = self.vreg();
        let end = self.vreg();
        let aligned = self.label();
        let fail = self.label();
        let ok = self.label();
        self.mov(bytes, bits);
        self.alu(AluOp::And, bytes, Src::Imm(7));
        self.branch(Cond::Eq, bytes, Src::Imm(0), aligned);
        self.reject(invalid);
        self.push(MInst::Label(aligned));
        self.mov(bytes, bits);
        self.alu(AluOp::Rsh, bytes, Src::Imm(3));
        self.load(Size::Dw, cursor, FP, self.compact.cursor_slot);
        self.alu(AluOp::Add, cursor, Src::Reg(bytes));
        self.branch(Cond::Gt, cursor, Src::Imm(MAX_CURSOR), fail);
        self.mov(end, DATA);
        self.alu(AluOp::Add, end, Src::Reg(cursor));
        self.branch(Cond::Le, end, Src::Reg(DATA_END), ok);
        self.push(MInst::Label(fail));
        self.reject(too_short);
        self.push(MInst::Label(ok));
        self.store(Size::Dw, FP, self.compact.cursor_slot, cursor);
        Ok(())
    }

    pub fn compact_lookahead(&mut self, function: &Function, result: Value) -> Result<(), Error> {
        let width = function.values[result].width();
        if width > 64 {
            return Err(Error::Unsupported("lookahead of more than 64 bits".into()));
        }
        let bytes = (width as u32).div_ceil(8);
        let too_short = self.module.error_index("PacketTooShort").unwrap_or(1);
        let cursor = self.vreg();
        let pointer = self.vreg();
        let end = self.vreg();
        let ok = self.label();
        let fail = self.label();
        self.load(Size::Dw, cursor, FP, self.compact.cursor_slot);
        self.branch(Cond::Gt, cursor, Src::Imm(MAX_CURSOR), fail);
        self.mov(pointer, DATA);
        self.alu(AluOp::Add, pointer, Src::Reg(cursor));
        self.mov(end, pointer);
        self.alu(AluOp::Add, end, Src::Imm(bytes as i32));
        self.branch(Cond::Le, end, Src::Reg(DATA_END), ok);
        self.push(MInst::Label(fail));
        self.reject(too_short);
        self.push(MInst::Label(ok));
        let reg = self.define_reg(result);
        self.load_big_endian(reg, pointer, 0, bytes)?;
        let shift = bytes * 8 - width as u32;
        if shift > 0 {
            self.alu(AluOp::Rsh, reg, Src::Imm(shift as i32));
        }
        if function.values[result] == ir::Type::Bool {
            self.truncate(reg, 1);
        }
        Ok(())
    }


    pub fn compact_cached_pointer(&self, header: ir::HeaderId) -> Option<Reg> {
        let (pointer, computed_in) = *self.compact.pointers.get(&header)?;
        let current = self.current_block?;
        if current == computed_in {
            return Some(pointer);
        }
        if self.compact.invalidated.contains(&header) {
            return None;
        }
        let dominated = self.compact.dominators[self.current_function].get(&current).is_some_and(|d| d.contains(&computed_in));
        dominated.then_some(pointer)
    }

    pub fn compact_cache_pointer(&mut self, header: ir::HeaderId, pointer: Reg) {
        if let Some(block) = self.current_block {
            self.compact.pointers.insert(header, (pointer, block));
        }
    }
}

/// For each reachable block, the set of blocks that dominate it (itself included).
pub fn dominators(function: &Function) -> HashMap<ir::Block, HashSet<ir::Block>> {
    let order = super::lower::reverse_post_order(function);
    let mut predecessors: HashMap<ir::Block, Vec<ir::Block>> = HashMap::new();
    for &block in &order {
        for successor in function.blocks[block].terminator.successors() {
            predecessors.entry(successor).or_default().push(block);
        }
    }
    let mut result: HashMap<ir::Block, HashSet<ir::Block>> = HashMap::new();
    // The graph is acyclic and `order` is topological: one pass suffices.
    for &block in &order {
        let mut set: Option<HashSet<ir::Block>> = None;
        for predecessor in predecessors.get(&block).into_iter().flatten() {
            let Some(dominators) = result.get(predecessor) else { continue };
            set = Some(match set {
                None => dominators.clone(),
                Some(current) => current.intersection(dominators).copied().collect(),
            });
        }
        let mut set = set.unwrap_or_default();
        set.insert(block);
        result.insert(block, set);
    }
    result
}
