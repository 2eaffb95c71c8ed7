//! Header fields in place. The parser's cursor is a packet pointer in a register; `extract`
//! checks the whole header once against `data_end` and keeps the header's checked pointer in the
//! header's own register (0 while the header is invalid; spills are 8 bytes, which keep the
//! verifier's knowledge of the pointer). Field reads and writes load and store the packet bytes
//! directly through that pointer, with a null test only where the header is not known valid
//! (`validity.rs`).

use super::lower::{Loc, Lowering, NetLoc};
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

/// Does anything in the program change `header`'s bytes in the packet (a field write, a checksum
/// update or replacement) or its pointer (`setValid()`/`setInvalid()`)?
fn header_may_change(module: &ir::Module, header: ir::HeaderId) -> bool {
    module.instructions().any(|inst| {
        inst.header_bytes_written() == Some(header) || matches!(inst, ir::Inst::SetValid { header: h, .. } if *h == header)
    })
}

/// The stores (offset in the header, bytes) that `write_field` makes for every field of
/// `header` the program writes anywhere: each field's bytes cut as [`chunks_at`] cuts them.
pub fn written_store_pieces(module: &ir::Module, header: ir::HeaderId) -> Vec<(i16, u32)> {
    let mut pieces = Vec::new();
    for inst in module.instructions() {
        if let ir::Inst::WriteField { header: written, field, .. } = inst {
            if *written != header {
                continue;
            }
            let place = place(module, header, *field);
            let mut at = place.byte;
            for size in chunks_at(place.bytes, false, place.byte) {
                pieces.push((at, size));
                at += size as i16;
            }
        }
    }
    pieces
}

impl<'m> Lowering<'m> {
    /// The register that holds `header`'s checked packet pointer (0 while it is invalid).
    pub fn header_pointer(&mut self, header: ir::HeaderId) -> Reg {
        if self.compact_mode {
            return self.compact_header_pointer(header);
        }
        self.header_homes[&header]
    }

    /// Where `header`'s bytes are: `(data, offset)` when the parser puts it at the same offset on
    /// every path and it is known valid here (the packet pointer r6, kept across calls, then
    /// serves every access), else `(its pointer register, 0)`.
    pub fn header_base(&mut self, header: ir::HeaderId) -> (Reg, i16) {
        if !self.compact_mode && self.known_valid.contains(&header) {
            if let Some(offset) = self.validity.fixed_offsets.get(&header) {
                return (DATA, *offset as i16);
            }
        }
        (self.header_pointer(header), 0)
    }

    /// `extract`: one bounds check covering the whole header, on the parser's cursor register.
    /// The header's pointer is the cursor before the check; nothing goes to the stack.
    pub fn extract(&mut self, header: ir::HeaderId) -> Result<(), Error> {
        if self.compact_mode {
            return self.compact_extract(header);
        }
        let size = self.module.header_type(header).size_bits / 8;
        let too_short = self.module.error_index("PacketTooShort").unwrap_or(1);
        let pointer = self.header_homes[&header];
        let cursor = self.cursor;
        let reject = self.reject_label(too_short);
        self.mov(pointer, cursor);
        self.alu(AluOp::Add, cursor, Src::Imm(size as i32));
        self.branch(Cond::Gt, cursor, Src::Reg(DATA_END), reject);
        self.known_valid.insert(header);
        self.save_received_bytes(header);
        Ok(())
    }

    /// `advance(bits)`: constant amounts move the cursor by a constant; a variable amount is
    /// checked (byte aligned, at most [`MAX_CURSOR`] from the packet start) and the cursor is
    /// rebuilt from `data`, which keeps the verifier's variable offset bounded.
    pub fn advance(&mut self, bits: Value) -> Result<(), Error> {
        if self.compact_mode {
            return self.compact_advance(bits);
        }
        let invalid = self.module.error_index("ParserInvalidArgument").unwrap_or(1);
        let too_short = self.module.error_index("PacketTooShort").unwrap_or(1);
        let cursor = self.cursor;
        let short = self.reject_label(too_short);
        if let Some(constant) = self.constant_of(bits) {
            if constant % 8 != 0 {
                self.reject(invalid);
                return Ok(());
            }
            let bytes = (constant / 8) as u64;
            if bytes > MAX_CURSOR as u64 {
                self.jump(short);
                return Ok(());
            }
            self.alu(AluOp::Add, cursor, Src::Imm(bytes as i32));
            self.branch(Cond::Gt, cursor, Src::Reg(DATA_END), short);
            return Ok(());
        }
        let whole_bytes = self.byte_multiples[self.current_function].contains(&bits);
        let bits = self.reg_of(bits)?;
        let misaligned = self.reject_label(invalid);
        let offset = self.vreg();
        if !whole_bytes {
            self.branch(Cond::Set, bits, Src::Imm(7), misaligned);
        }
        self.mov(offset, bits);
        self.alu(AluOp::Rsh, offset, Src::Imm(3));
        // One bound on the new offset suffices: a larger step gives a larger offset.
        let position = self.vreg();
        self.mov(position, cursor);
        self.alu(AluOp::Sub, position, Src::Reg(DATA));
        self.alu(AluOp::Add, offset, Src::Reg(position));
        self.branch(Cond::Gt, offset, Src::Imm(MAX_CURSOR), short);
        self.mov(cursor, DATA);
        self.alu(AluOp::Add, cursor, Src::Reg(offset));
        self.branch(Cond::Gt, cursor, Src::Reg(DATA_END), short);
        Ok(())
    }

    pub fn lookahead(&mut self, function: &Function, result: Value) -> Result<(), Error> {
        if self.compact_mode {
            return self.compact_lookahead(function, result);
        }
        let width = function.values[result].width();
        if width > 64 {
            return Err(Error::Unsupported("lookahead of more than 64 bits".into()));
        }
        let bytes = (width as u32).div_ceil(8);
        let too_short = self.module.error_index("PacketTooShort").unwrap_or(1);
        let pointer = self.cursor;
        let end = self.vreg();
        let short = self.reject_label(too_short);
        self.mov(end, pointer);
        self.alu(AluOp::Add, end, Src::Imm(bytes as i32));
        self.branch(Cond::Gt, end, Src::Reg(DATA_END), short);
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
        if chunks == [1] {
            self.store(Size::B, base, off, value);
            return;
        }
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

    /// Does `pointer` (from `header_base`) keep pointing at `header` for the rest of the run:
    /// the packet pointer, or (in the control, where nothing extracts) the header's own pointer
    /// register outside compact mode.
    fn pointer_is_stable(&self, pointer: Reg, header: ir::HeaderId) -> bool {
        const CONTROL: usize = 1;
        pointer == DATA
            || (!self.compact_mode && self.current_function == CONTROL && self.header_homes.get(&header) == Some(&pointer))
    }

    /// A field read in network form (`network_order.rs`): the bytes as they are in the packet.
    fn read_field_network(&mut self, function: &Function, result: Value, header: ir::HeaderId, field: u16, bytes: u32) -> Result<(), Error> {
        let ty = function.values[result];
        let mut place = place(self.module, header, field);
        let (pointer, displacement) = self.header_base(header);
        place.byte += displacement;
        let valid = self.pointer_known_valid(pointer);
        let done = self.label();
        if bytes <= 8 {
            let raw = self.vreg();
            if !valid {
                self.mov_imm(raw, 0);
                self.branch(Cond::Eq, pointer, Src::Imm(0), done);
            }
            self.load_network(raw, pointer, place.byte, bytes);
            if (place.width as u32) < bytes * 8 {
                let mask = super::network_order::network_constant(ir::mask(place.width), bytes);
                self.and_const(raw, mask as u128);
            }
            self.push(MInst::Label(done));
            self.define_network(result, ty, NetLoc::Reg(raw, bytes));
        } else if valid && self.pointer_is_stable(pointer, header) && !header_may_change(self.module, header) {
            // Read where it is used (a key, a variable): the bytes and the pointer stay as they
            // are for the whole run, so the value needs no 16-byte copy on the stack.
            self.push(MInst::Label(done));
            self.define_network(result, ty, NetLoc::Wide(pointer, place.byte));
        } else {
            let slot = self.alloc_stack(16);
            let (high, low) = (self.vreg(), self.vreg());
            if !valid {
                self.mov_imm(high, 0);
                self.mov_imm(low, 0);
                self.branch(Cond::Eq, pointer, Src::Imm(0), done);
            }
            self.load(Size::Dw, high, pointer, place.byte);
            self.load(Size::Dw, low, pointer, place.byte + 8);
            self.push(MInst::Label(done));
            self.store(Size::Dw, FP, slot, high);
            self.store(Size::Dw, FP, slot + 8, low);
            self.define_network(result, ty, NetLoc::Wide(FP, slot));
        }
        Ok(())
    }

    /// `raw` = the `bytes` (1..=8) bytes at `base + off` in memory order (little-endian pieces).
    pub fn load_network(&mut self, raw: Reg, base: Reg, off: i16, bytes: u32) {
        let mut at = 0u32;
        for size in chunks_at(bytes, base == FP, off) {
            if at == 0 {
                self.load(Size::of_bytes(size), raw, base, off);
            } else {
                let piece = self.vreg();
                self.load(Size::of_bytes(size), piece, base, off + at as i16);
                self.alu(AluOp::Lsh, piece, Src::Imm((at * 8) as i32));
                self.alu(AluOp::Or, raw, Src::Reg(piece));
            }
            at += size;
        }
    }

    /// Store a network-form register of `bytes` bytes at `base + off` unchanged (aligned pieces on
    /// the stack, the first piece from the low bits).
    pub fn store_network(&mut self, base: Reg, off: i16, raw: Reg, bytes: u32) {
        let chunks = chunks_at(bytes, base == FP, off);
        if chunks.len() == 1 {
            self.store(Size::of_bytes(bytes), base, off, raw);
            return;
        }
        let copy = self.vreg();
        self.mov(copy, raw);
        let mut at = off;
        for (index, size) in chunks.iter().enumerate() {
            self.store(Size::of_bytes(*size), base, at, copy);
            at += *size as i16;
            if index + 1 < chunks.len() {
                self.alu(AluOp::Rsh, copy, Src::Imm((size * 8) as i32));
            }
        }
    }

    pub fn read_field(&mut self, function: &Function, result: Value, header: ir::HeaderId, field: u16) -> Result<(), Error> {
        if let Some(bytes) = self.network.values[self.current_function].get(&result).copied() {
            return self.read_field_network(function, result, header, field, bytes);
        }
        let ty = function.values[result];
        let mut place = place(self.module, header, field);
        let (pointer, displacement) = self.header_base(header);
        place.byte += displacement;
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
                if !self.pointer_known_valid(pointer) {
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
        let mut place = place(self.module, header, field);
        let (pointer, displacement) = self.header_base(header);
        place.byte += displacement;
        let done = self.label();
        self.unless_valid(pointer, done);
        // A network-form value of the field's size goes in as it is.
        let network_size = super::network_order::field_bytes(self.module, header, field);
        match self.network_of(value) {
            Some(NetLoc::Reg(raw, bytes)) if Some(bytes) == network_size => {
                self.store_network(pointer, place.byte, raw, bytes);
                self.push(MInst::Label(done));
                return Ok(());
            }
            Some(NetLoc::Wide(base, slot)) if network_size == Some(16) => {
                for half in [0i16, 8] {
                    let raw = self.vreg();
                    self.load(Size::Dw, raw, base, slot + half);
                    self.store(Size::Dw, pointer, place.byte + half, raw);
                }
                self.push(MInst::Label(done));
                return Ok(());
            }
            _ => {}
        }
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
pub fn chunks_at(bytes: u32, aligned: bool, off: i16) -> Vec<u32> {
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
