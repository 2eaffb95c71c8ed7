//! Checksums, inline: the IPv4 header checksum recomputed over the header, and the incremental
//! update (RFC 1624) of a checksum field for a value that changed, with the one's-complement fold
//! they share.

use cranelift_codegen::ir::types::{I128, I64, I8};
use cranelift_codegen::ir::{self as clif, InstBuilder};
use cranelift_frontend::Variable;
use flowmark_compiler::ir::Type;

use super::{flags, Gen};

impl Gen<'_, '_> {
    /// Recompute the IPv4 header checksum of the header at `ptr` (`size` bytes) into its field.
    pub(super) fn ipv4_checksum(&mut self, ptr: Variable, size: u32, bit_offset: u32, width: u16) {
        let p = self.b.use_var(ptr);
        let zero = self.b.ins().iconst(I64, 0);
        self.write_bits(p, bit_offset, width, zero);
        let mut sum = self.b.ins().iconst(I64, 0);
        let mut off = 0;
        while off < size {
            let word = if off + 1 < size {
                let w = self.b.ins().load(clif::types::I16, flags(), p, off as i32);
                let w = self.b.ins().bswap(w);
                self.b.ins().uextend(I64, w)
            } else {
                let byte = self.b.ins().load(I8, flags(), p, off as i32);
                let byte = self.b.ins().uextend(I64, byte);
                self.b.ins().ishl_imm_u(byte, 8)
            };
            sum = self.b.ins().iadd(sum, word);
            off += 2;
        }
        let bound = u64::from(size.div_ceil(2)) * 0xffff;
        let folded = self.fold(sum, bound);
        let c = self.b.ins().bnot(folded);
        let c = self.b.ins().band_imm_u(c, 0xffff);
        self.write_bits(p, bit_offset, width, c);
    }

    /// Incremental checksum update (RFC 1624) of the field at `field` for `old` -> `new`.
    pub(super) fn checksum_replace(&mut self, ptr: Variable, field: (u32, u16), values: (clif::Value, clif::Value), words: u32) {
        let ((bit_offset, fwidth), (o, n)) = (field, values);
        let p = self.b.use_var(ptr);
        let hc = self.read_bits(p, bit_offset, fwidth, super::flags());
        let hc = self.resize(hc, Type::bits(64));
        let hc = self.b.ins().band_imm_u(hc, 0xffff);
        let not_hc = self.b.ins().bnot(hc);
        let mut sum = self.b.ins().band_imm_u(not_hc, 0xffff);
        for i in (0..words).rev() {
            let wo = self.word(o, i);
            let not_wo = self.b.ins().bnot(wo);
            let not_wo = self.b.ins().band_imm_u(not_wo, 0xffff);
            sum = self.b.ins().iadd(sum, not_wo);
            let wn = self.word(n, i);
            sum = self.b.ins().iadd(sum, wn);
        }
        let bound = u64::from(1 + 2 * words) * 0xffff;
        let folded = self.fold(sum, bound);
        let c = self.b.ins().bnot(folded);
        let c = self.b.ins().band_imm_u(c, 0xffff);
        let c = self.resize(c, Type::bits(fwidth));
        self.write_bits(p, bit_offset, fwidth, c);
    }

    /// 16-bit word `i` (0 = least significant) of an i64 or i128 value, as i64.
    fn word(&mut self, v: clif::Value, i: u32) -> clif::Value {
        let shifted = if i > 0 { self.b.ins().ushr_imm_u(v, i64::from(16 * i)) } else { v };
        let ty = self.b.func.dfg.value_type(shifted);
        let low = if ty == I128 { self.b.ins().ireduce(I64, shifted) } else { shifted };
        self.b.ins().band_imm_u(low, 0xffff)
    }

    /// One's-complement fold of a sum known to be at most `bound`, to 16 bits.
    fn fold(&mut self, mut sum: clif::Value, mut bound: u64) -> clif::Value {
        loop {
            let lo = self.b.ins().band_imm_u(sum, 0xffff);
            let hi = self.b.ins().ushr_imm_u(sum, 16);
            sum = self.b.ins().iadd(lo, hi);
            bound = 0xffff + (bound >> 16);
            if bound <= 0xffff + 1 {
                // One more fold brings 0x10000 down to 1.
                let lo = self.b.ins().band_imm_u(sum, 0xffff);
                let hi = self.b.ins().ushr_imm_u(sum, 16);
                return self.b.ins().iadd(lo, hi);
            }
        }
    }
}
