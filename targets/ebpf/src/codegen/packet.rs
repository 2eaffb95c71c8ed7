//! Header fields in place: `extract` checks the whole header once against `data_end` and records
//! its offset in the header's stack slot (offset + 1; 0 = invalid); field reads and writes load and
//! store the packet bytes directly, with byte swaps to and from network order. In the control, the
//! first access to a header in a block computes a checked pointer (or 0 when the header is invalid)
//! that later accesses in the block reuse.

use super::lower::{Loc, Lowering};
use super::mir::*;
use super::Error;
use flowmark_compiler::ir::{self, Function, Value};

/// Largest packet offset a header may start at (the verifier accepts packet pointers whose variable
/// offset plus constant stays below 64 KiB; 16 KiB leaves room for any header after it).
pub const MAX_CURSOR: i32 = 0x3fff;

/// Offset (bytes), number of bytes and shift of a field inside its header.
struct FieldPlace {
    byte: i16,
    bytes: u32,
    /// Right shift that brings the field's low bit to bit 0 of the assembled big-endian bytes.
    shift: u32,
    width: u16,
}

fn place(module: &ir::Module, header: ir::HeaderId, field: u16) -> FieldPlace {
    let data = &module.header_type(header).fields[field as usize];
    let start = data.bit_offset / 8;
    let end = (data.bit_offset + data.width as u32 - 1) / 8;
    let bytes = end - start + 1;
    let shift = bytes * 8 - (data.bit_offset % 8) - data.width as u32;
    FieldPlace { byte: start as i16, bytes, shift, width: data.width }
}

impl<'m> Lowering<'m> {
    /// The checked pointer to `header` for this block, or a register holding 0 if it is invalid.
    pub fn header_pointer(&mut self, header: ir::HeaderId) -> Reg {
        if let Some(reg) = self.cached_pointer(header) {
            return reg;
        }
        let size = self.module.header_type(header).size_bits / 8;
        let slot = self.header_slots[&header];
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
        self.cache_pointer(header, pointer);
        pointer
    }

    pub fn extract(&mut self, header: ir::HeaderId) -> Result<(), Error> {
        let size = self.module.header_type(header).size_bits / 8;
        let cursor = self.vreg();
        let pointer = self.vreg();
        let end = self.vreg();
        let too_short = self.module.error_index("PacketTooShort").unwrap_or(1);
        let ok = self.label();
        let fail = self.label();
        let slot = self.header_slots[&header];
        let cursor_slot = self.cursor_slot;
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
        self.cache_pointer(header, pointer);
        self.valid_pointers.insert(pointer);
        Ok(())
    }

    pub fn advance(&mut self, bits: Value) -> Result<(), Error> {
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
        self.load(Size::Dw, cursor, FP, self.cursor_slot);
        self.alu(AluOp::Add, cursor, Src::Reg(bytes));
        self.branch(Cond::Gt, cursor, Src::Imm(MAX_CURSOR), fail);
        self.mov(end, DATA);
        self.alu(AluOp::Add, end, Src::Reg(cursor));
        self.branch(Cond::Le, end, Src::Reg(DATA_END), ok);
        self.push(MInst::Label(fail));
        self.reject(too_short);
        self.push(MInst::Label(ok));
        self.store(Size::Dw, FP, self.cursor_slot, cursor);
        Ok(())
    }

    pub fn lookahead(&mut self, function: &Function, result: Value) -> Result<(), Error> {
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
        self.load(Size::Dw, cursor, FP, self.cursor_slot);
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

    /// `dst` = the `bytes` (1..=8) big-endian bytes at `base + off`, as a number.
    pub fn load_big_endian(&mut self, dst: Reg, base: Reg, off: i16, bytes: u32) -> Result<(), Error> {
        let mut first = true;
        let mut at = off;
        for size in chunks_at(bytes, base == FP, off) {
            let this = at;
            at += size as i16;
            let at = this;
            let part = if first { dst } else { self.vreg() };
            self.load(Size::of_bytes(size), part, base, at);
            if size > 1 {
                self.push(MInst::ToBe { dst: part, bits: size * 8 });
            }
            if !first {
                self.alu(AluOp::Lsh, dst, Src::Imm((size * 8) as i32));
                self.alu(AluOp::Or, dst, Src::Reg(part));
            }
            first = false;
        }
        Ok(())
    }

    /// Store the low `bytes * 8` bits of `value` big-endian at `base + off`.
    pub fn store_big_endian(&mut self, base: Reg, off: i16, value: Reg, bytes: u32) {
        let chunks = chunks_at(bytes, base == FP, off);
        let copy = self.vreg();
        self.mov(copy, value);
        let mut end = off + bytes as i16;
        for (index, size) in chunks.iter().rev().enumerate() {
            end -= *size as i16;
            let part = self.vreg();
            self.mov(part, copy);
            if *size > 1 {
                self.push(MInst::ToBe { dst: part, bits: size * 8 });
            }
            self.store(Size::of_bytes(*size), base, end, part);
            if index + 1 < chunks.len() {
                self.alu(AluOp::Rsh, copy, Src::Imm((size * 8) as i32));
            }
        }
    }

    pub fn read_field(&mut self, function: &Function, result: Value, header: ir::HeaderId, field: u16) -> Result<(), Error> {
        let ty = function.values[result];
        let place = place(self.module, header, field);
        let pointer = self.header_pointer(header);
        let done = self.label();
        match self.define(result, ty) {
            Loc::Wide(slot) => {
                if place.shift != 0 || place.bytes != 16 {
                    return Err(Error::Unsupported("a field wider than 64 bits that is not 16 aligned bytes".into()));
                }
                let (hi, lo) = (self.vreg(), self.vreg());
                self.mov_imm(hi, 0);
                self.mov_imm(lo, 0);
                self.unless_valid(pointer, done);
                self.load_big_endian(hi, pointer, place.byte, 8)?;
                self.load_big_endian(lo, pointer, place.byte + 8, 8)?;
                self.push(MInst::Label(done));
                self.store(Size::Dw, FP, slot, lo);
                self.store(Size::Dw, FP, slot + 8, hi);
            }
            Loc::Reg(reg) => {
                if place.bytes > 8 {
                    return Err(Error::Unsupported("a field of up to 64 bits spanning 9 bytes".into()));
                }
                if !self.valid_pointers.contains(&pointer) {
                    self.mov_imm(reg, 0);
                    self.branch(Cond::Eq, pointer, Src::Imm(0), done);
                }
                self.load_big_endian(reg, pointer, place.byte, place.bytes)?;
                if place.shift > 0 {
                    self.alu(AluOp::Rsh, reg, Src::Imm(place.shift as i32));
                }
                if place.bytes * 8 != place.width as u32 {
                    self.truncate(reg, place.width);
                }
                self.push(MInst::Label(done));
            }
        }
        Ok(())
    }

    pub fn write_field(&mut self, header: ir::HeaderId, field: u16, value: Value) -> Result<(), Error> {
        let place = place(self.module, header, field);
        let pointer = self.header_pointer(header);
        let done = self.label();
        self.unless_valid(pointer, done);
        match self.loc(value)? {
            Loc::Wide(slot) => {
                if place.shift != 0 || place.bytes != 16 {
                    return Err(Error::Unsupported("a field wider than 64 bits that is not 16 aligned bytes".into()));
                }
                let (hi, lo) = (self.vreg(), self.vreg());
                self.load(Size::Dw, lo, FP, slot);
                self.load(Size::Dw, hi, FP, slot + 8);
                self.store_big_endian(pointer, place.byte, hi, 8);
                self.store_big_endian(pointer, place.byte + 8, lo, 8);
            }
            Loc::Reg(reg) => {
                if place.bytes > 8 {
                    return Err(Error::Unsupported("a field of up to 64 bits spanning 9 bytes".into()));
                }
                if place.shift == 0 && place.bytes * 8 == place.width as u32 {
                    self.store_big_endian(pointer, place.byte, reg, place.bytes);
                } else {
                    // Read, clear the field's bits, or in the new value, write back.
                    let old = self.vreg();
                    self.load_big_endian(old, pointer, place.byte, place.bytes)?;
                    let field_mask = (ir::mask(place.width) as u64) << place.shift;
                    let keep = self.vreg();
                    self.mov_imm(keep, !field_mask & (ir::mask(place.bytes as u16 * 8) as u64));
                    self.alu(AluOp::And, old, Src::Reg(keep));
                    let new = self.vreg();
                    self.mov(new, reg);
                    if place.shift > 0 {
                        self.alu(AluOp::Lsh, new, Src::Imm(place.shift as i32));
                    }
                    self.alu(AluOp::Or, old, Src::Reg(new));
                    self.store_big_endian(pointer, place.byte, old, place.bytes);
                }
            }
        }
        self.push(MInst::Label(done));
        Ok(())
    }
}

/// Split `bytes` (1..=8) at offset `off` into load/store sizes, most significant first
/// (6 -> [4, 2]). Stack accesses must be aligned to their size; packet accesses need not be.
fn chunks_at(bytes: u32, aligned: bool, off: i16) -> Vec<u32> {
    let mut out = Vec::new();
    let mut remaining = bytes;
    let mut at = off as i32;
    while remaining > 0 {
        let size = [8u32, 4, 2, 1]
            .into_iter()
            .find(|s| *s <= remaining && (!aligned || at.rem_euclid(*s as i32) == 0))
            .unwrap_or(1);
        out.push(size);
        remaining -= size;
        at += size as i32;
    }
    out
}
