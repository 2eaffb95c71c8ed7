//! How many low bits of a CLIF value can be nonzero, an upper bound read off the instructions
//! the generator just built (plus the IR values, which are kept masked to their types): a value
//! already within a type's width needs no mask (a zero-extended load, a widening cast of an
//! unsigned value, an AND with a mask within the width, a comparison, a right shift ...), and
//! how many low bits are known to be zero (a bit count scaled to bytes needs no alignment test).

use cranelift_codegen::ir::{self as clif, InstBuilder, InstructionData, Opcode};

use super::Gen;

/// How deep to follow operands.
const DEPTH: u32 = 6;

impl Gen<'_, '_> {
    /// Note that `v` has no bits set at or above `bits`.
    pub(super) fn note_bits(&mut self, v: clif::Value, bits: u32) {
        let bits = bits.min(self.known_bits(v));
        self.bits.insert(v, bits);
    }

    /// An upper bound of the number of significant low bits of `v`.
    pub(super) fn known_bits(&self, v: clif::Value) -> u32 {
        self.bits_of(v, DEPTH)
    }

    fn bits_of(&self, v: clif::Value, depth: u32) -> u32 {
        let dfg = &self.b.func.dfg;
        let full = dfg.value_type(v).bits();
        if let Some(&b) = self.bits.get(&v) {
            return b.min(full);
        }
        let Some(inst) = dfg.value_def(v).inst() else { return full };
        if depth == 0 {
            return full;
        }
        let arg = |i: usize| dfg.inst_args(inst)[i];
        let of = |x: clif::Value| self.bits_of(x, depth - 1);
        let b = match dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => {
                let raw = imm.bits() as u64;
                let raw = if full >= 64 { raw } else { raw & ((1u64 << full) - 1) };
                64 - raw.leading_zeros()
            }
            InstructionData::IntCompare { .. } => 1,
            InstructionData::Load { opcode: Opcode::Uload8, .. } => 8,
            InstructionData::Load { opcode: Opcode::Uload16, .. } => 16,
            InstructionData::Load { opcode: Opcode::Uload32, .. } => 32,
            InstructionData::Load { .. } => full,
            data => match data.opcode() {
                Opcode::Uextend => of(arg(0)).min(dfg.value_type(arg(0)).bits()),
                Opcode::Ireduce => of(arg(0)),
                Opcode::Band => of(arg(0)).min(of(arg(1))),
                Opcode::Bor | Opcode::Bxor | Opcode::Umax => of(arg(0)).max(of(arg(1))),
                Opcode::Umin | Opcode::Urem => of(arg(0)).min(of(arg(1))),
                Opcode::Udiv => of(arg(0)),
                Opcode::Ushr => match self.known_constant(arg(1)) {
                    Some(k) if (0..i64::from(full)).contains(&k) => of(arg(0)).saturating_sub(k as u32),
                    _ => of(arg(0)),
                },
                Opcode::Ishl => match self.known_constant(arg(1)) {
                    Some(k) if (0..i64::from(full)).contains(&k) => of(arg(0)).saturating_add(k as u32),
                    _ => full,
                },
                Opcode::Select => of(arg(1)).max(of(arg(2))),
                Opcode::Imul => of(arg(0)).saturating_add(of(arg(1))),
                _ => full,
            },
        };
        b.min(full)
    }

    /// `v` as `x` masked to its low `w` bits by [`Gen::mask`] (an AND with `2^w - 1`, either
    /// operand, or the 32-bit form `uextend.i64 (ireduce.i32 x)`): `(x, w)`.
    fn low_bits_mask(&self, v: clif::Value) -> Option<(clif::Value, u32)> {
        let dfg = &self.b.func.dfg;
        let inst = dfg.value_def(v).inst()?;
        let arg = |i: usize| dfg.inst_args(inst)[i];
        let low_ones = |m: i64| {
            let m = m as u64;
            (m & m.wrapping_add(1) == 0).then_some(m.count_ones())
        };
        match dfg.insts[inst].opcode() {
            Opcode::Band => match (self.known_constant(arg(0)), self.known_constant(arg(1))) {
                (_, Some(m)) if low_ones(m).is_some() => Some((arg(0), low_ones(m)?)),
                (Some(m), _) => Some((arg(1), low_ones(m)?)),
                _ => None,
            },
            Opcode::Uextend if dfg.value_type(arg(0)) == clif::types::I32 => {
                let reduce = dfg.value_def(arg(0)).inst()?;
                let x = dfg.inst_args(reduce)[0];
                (dfg.insts[reduce].opcode() == Opcode::Ireduce && dfg.value_type(x) == dfg.value_type(v)).then_some((x, 32))
            }
            _ => None,
        }
    }

    /// `v` without a mask that only clears bits at or above `width`: for operands of additions,
    /// subtractions, multiplications and left shifts whose results are masked to `width` anyway
    /// (their low bits depend only on the operands' low bits), so a chain such as
    /// `((x - 1) & 0xffff) - 3` needs one mask, not two, and constants fold.
    pub(super) fn without_high_masks(&self, v: clif::Value, width: u16) -> clif::Value {
        match self.low_bits_mask(v) {
            Some((x, w)) if w >= u32::from(width) => x,
            _ => v,
        }
    }

    /// `v >> 3` for a bit count `v` that is a byte count scaled by 8 and masked to `w` bits
    /// (`((bit<32>) len - 1) * 8` in a parser's `advance`): `(y * 8 mod 2^w) >> 3` is
    /// `y mod 2^(w-3)`, one AND (or nothing) instead of the multiply, mask and shift.
    pub(super) fn bytes_of_scaled_bits(&mut self, v: clif::Value) -> Option<clif::Value> {
        let (scaled, width) = self.low_bits_mask(v).filter(|&(_, w)| w > 3)?;
        let dfg = &self.b.func.dfg;
        let product = dfg.value_def(scaled).inst()?;
        let (x, y) = (dfg.inst_args(product).first().copied()?, dfg.inst_args(product).get(1).copied()?);
        let by_eight = match dfg.insts[product].opcode() {
            Opcode::Imul => self.known_constant(y) == Some(8),
            Opcode::Ishl => self.known_constant(y) == Some(3),
            _ => false,
        };
        if !by_eight || dfg.value_type(x) != dfg.value_type(v) {
            return None;
        }
        let keep = width - 3;
        Some(if self.known_bits(x) <= keep { x } else { self.b.ins().band_imm_u(x, ((1u64 << keep) - 1) as i64) })
    }

    /// A lower bound of the number of low bits of `v` that are zero.
    pub(super) fn known_trailing_zeros(&self, v: clif::Value) -> u32 {
        self.zeros_of(v, DEPTH)
    }

    fn zeros_of(&self, v: clif::Value, depth: u32) -> u32 {
        let dfg = &self.b.func.dfg;
        let full = dfg.value_type(v).bits();
        let Some(inst) = dfg.value_def(v).inst() else { return 0 };
        if depth == 0 {
            return 0;
        }
        let arg = |i: usize| dfg.inst_args(inst)[i];
        let of = |x: clif::Value| self.zeros_of(x, depth - 1);
        let shift = |x: clif::Value| self.known_constant(x).filter(|k| (0..i64::from(full)).contains(k)).map(|k| k as u32);
        let zeros = match dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => (imm.bits() as u64).trailing_zeros(),
            data => match data.opcode() {
                Opcode::Uextend | Opcode::Ireduce => of(arg(0)),
                Opcode::Band => of(arg(0)).max(of(arg(1))),
                Opcode::Bor | Opcode::Bxor | Opcode::Iadd | Opcode::Isub => of(arg(0)).min(of(arg(1))),
                Opcode::Imul => of(arg(0)).saturating_add(of(arg(1))),
                Opcode::Select => of(arg(1)).min(of(arg(2))),
                Opcode::Ishl => shift(arg(1)).map_or(0, |k| of(arg(0)).saturating_add(k)),
                Opcode::Ushr => shift(arg(1)).map_or(0, |k| of(arg(0)).saturating_sub(k)),
                _ => 0,
            },
        };
        zeros.min(full)
    }
}
