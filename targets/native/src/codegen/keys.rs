//! Keys and values in the byte layouts of `flowmark_compiler::layout`, built in registers: a
//! layout's bytes as little-endian 64-bit words (what the runtime's flat stores hold and hash),
//! stored to a stack slot only when a host function needs the bytes, and the runtime's key hash
//! (`flowmark_runtime::tables::hash_words`) computed inline over those words.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I128, I64};
use cranelift_codegen::ir::{self as clif, InstBuilder};
use flowmark_compiler::ir::Type;
use flowmark_compiler::layout::{ByteOrder, StructLayout};
use flowmark_runtime::tables::hash_word_multiplier;

use super::{flags, Gen};

impl Gen<'_, '_> {
    /// The bytes of a struct of `layout` (table/hint keys: big-endian packed; map keys and values:
    /// little-endian C layout) as little-endian i64 words, the last one zero-padded. `prefix_bits`
    /// is the little-endian u32 at offset 0 of LPM keys.
    pub(super) fn layout_words(&mut self, layout: &StructLayout, values: &[clif::Value], prefix_bits: u32) -> Vec<clif::Value> {
        // (byte offset, byte count, little-endian bytes as the low bits of an i64)
        let mut pieces: Vec<(u32, u32, clif::Value)> = Vec::new();
        if prefix_bits > 0 {
            let p = self.b.ins().iconst(I64, i64::from(prefix_bits));
            pieces.push((0, 4, p));
        }
        for (field, &x) in layout.fields.iter().zip(values) {
            let x = self.resize(x, Type::bits(field.width));
            let wide = field.size > 8;
            let cty = if wide { I128 } else { I64 };
            let mut x = self.extend_to(x, cty);
            if field.left_aligned {
                let s = field.size * 8 - u32::from(field.width);
                if s > 0 {
                    x = self.b.ins().ishl_imm_u(x, i64::from(s));
                }
            }
            // (A left-aligned field that fills its bytes is not shifted: it goes in directly too.)
            let direct = match field.byte_order {
                ByteOrder::Big if !wide && u32::from(field.width) == field.size * 8 => {
                    self.packet_order(x, field.size).or_else(|| self.shadow_of(x, field.size))
                }
                _ => None,
            };
            // Chunks of at most 8 bytes, in memory order.
            let mut k = 0;
            while k < field.size {
                let n = (field.size - k).min(8);
                let chunk = match field.byte_order {
                    // A field in packet byte order already: its bytes as they are.
                    ByteOrder::Big if direct.is_some() => direct.expect("checked"),
                    // Memory bytes k..k+n of a big-endian field are value bits from the top.
                    ByteOrder::Big => {
                        let shift = (field.size - k - n) * 8;
                        let c = if shift > 0 { self.b.ins().ushr_imm_u(x, i64::from(shift)) } else { x };
                        let c = if wide { self.b.ins().ireduce(I64, c) } else { c };
                        let c = if n < 8 { self.mask(c, Type::bits(n as u16 * 8)) } else { c };
                        // Big-endian n bytes as a little-endian number: byte-swap, shift down
                        // (one byte reads the same in either order).
                        match n {
                            1 => c,
                            8 => self.b.ins().bswap(c),
                            _ => {
                                let swapped = self.b.ins().bswap(c);
                                self.b.ins().ushr_imm_u(swapped, i64::from(64 - 8 * n))
                            }
                        }
                    }
                    ByteOrder::Little => {
                        let c = if k > 0 { self.b.ins().ushr_imm_u(x, i64::from(8 * k)) } else { x };
                        let c = if wide { self.b.ins().ireduce(I64, c) } else { c };
                        if n < 8 {
                            self.mask(c, Type::bits(n as u16 * 8))
                        } else {
                            c
                        }
                    }
                };
                pieces.push((field.offset + k, n, chunk));
                k += n;
            }
        }
        let mut words = Vec::new();
        let mut word_start = 0u32;
        while word_start < layout.size {
            let width = (layout.size - word_start).min(8);
            let mut acc: Option<clif::Value> = None;
            for &(off, n, v) in &pieces {
                if off + n <= word_start || off >= word_start + width {
                    continue;
                }
                let part = if off >= word_start {
                    let s = (off - word_start) * 8;
                    if s > 0 {
                        self.b.ins().ishl_imm_u(v, i64::from(s))
                    } else {
                        v
                    }
                } else {
                    self.b.ins().ushr_imm_u(v, i64::from((word_start - off) * 8))
                };
                acc = Some(match acc {
                    None => part,
                    Some(a) => self.b.ins().bor(a, part),
                });
            }
            words.push(acc.unwrap_or_else(|| self.b.ins().iconst(I64, 0)));
            word_start += width;
        }
        words
    }

    /// The `n` bytes of `x` (an i64 holding a big-endian field read from memory) as they lay in
    /// memory, read as a little-endian number: the loaded bytes themselves when `x` is a
    /// byte-swapped load of exactly `n` bytes, so keys take packet fields without swapping twice.
    pub(super) fn packet_order(&mut self, x: clif::Value, n: u32) -> Option<clif::Value> {
        let raw = self.swapped_load(x)?;
        let ty = self.b.func.dfg.value_type(raw);
        if ty.bytes() != n {
            return None;
        }
        Some(if ty == I64 { raw } else { self.b.ins().uextend(I64, raw) })
    }

    /// When `x` (an i64) is a byte-swapped load of 2, 4 or 8 bytes (a big-endian field read as a
    /// whole, see `load_be`), the loaded value itself (i16, i32 or i64): the field in packet byte
    /// order.
    pub(super) fn swapped_load(&self, x: clif::Value) -> Option<clif::Value> {
        let dfg = &self.b.func.dfg;
        let def = |v: clif::Value| dfg.value_def(v).inst().map(|i| (dfg.insts[i].opcode(), dfg.inst_args(i).first().copied()));
        if dfg.value_type(x) != I64 {
            return None;
        }
        let swapped = match def(x)? {
            (clif::Opcode::Uextend, Some(y)) => y,
            (clif::Opcode::Bswap, _) => x,
            _ => return None,
        };
        let (clif::Opcode::Bswap, Some(raw)) = def(swapped)? else { return None };
        let (clif::Opcode::Load, _) = def(raw)? else { return None };
        matches!(dfg.value_type(raw).bytes(), 2 | 4 | 8).then_some(raw)
    }

    /// When `x` is a byte-swapped load (see [`Gen::swapped_load`]) or such a load ANDed with a
    /// constant (a field narrower than its bytes, `fragOffset`), the loaded value and the mask in
    /// host order (all ones of `width` bits for a whole field).
    fn masked_swapped_load(&self, x: clif::Value, width: u16) -> Option<(clif::Value, u64)> {
        let dfg = &self.b.func.dfg;
        if let Some(inst) = dfg.value_def(x).inst() {
            if dfg.insts[inst].opcode() == clif::Opcode::Band {
                let args = dfg.inst_args(inst);
                let constant = self.known_constant(args[1]).map(|m| m as u64);
                if let (Some(raw), Some(mask)) = (self.swapped_load(args[0]), constant) {
                    let bits = dfg.value_type(raw).bits();
                    if bits == 64 || mask >> bits == 0 {
                        return Some((raw, mask));
                    }
                }
                return None;
            }
        }
        let raw = self.swapped_load(x)?;
        let bits = self.b.func.dfg.value_type(raw).bits();
        (bits == u32::from(width)).then_some((raw, u64::MAX >> (64 - bits)))
    }

    /// `x == constant` or `x != constant` (`cc`; i8) for an `x` of `width` bits, in packet byte
    /// order when `x` is a whole byte-swapped load, or one ANDed with a mask: the loaded value
    /// (masked with the byte-swapped mask) against the byte-swapped constant, no swap at run time.
    pub(super) fn equals_constant(&mut self, cc: IntCC, x: clif::Value, width: u16, constant: u64) -> Option<clif::Value> {
        let (raw, mask) = self.masked_swapped_load(x, width)?;
        let ty = self.b.func.dfg.value_type(raw);
        let swap = |v: u64| match ty.bytes() {
            2 => u64::from((v as u16).swap_bytes()),
            4 => u64::from((v as u32).swap_bytes()),
            _ => v.swap_bytes(),
        };
        let full = u64::MAX >> (64 - ty.bits());
        let raw = if mask == full { raw } else { self.b.ins().band_imm_u(raw, swap(mask) as i64) };
        let k = self.b.ins().iconst(ty, swap(constant) as i64);
        Some(self.b.ins().icmp(cc, raw, k))
    }

    /// Store `words` (from [`Gen::layout_words`]) as the `size` bytes of a new stack slot and
    /// return its address: whole words where they fit, so host functions' word reads forward
    /// from the stores instead of stalling on many narrow ones.
    pub(super) fn store_words(&mut self, words: &[clif::Value], size: u32) -> clif::Value {
        let slot = self.stack_slot(size);
        let ptr = self.slot_addr(slot);
        for (i, &word) in words.iter().enumerate() {
            let word_start = i as u32 * 8;
            // The word in as few pieces as its width allows (8, or 4 + 2 + 1 ...), low bytes first.
            for (at, n) in Self::pieces((size - word_start).min(8)) {
                let w = if at > 0 { self.b.ins().ushr_imm_u(word, i64::from(8 * at)) } else { word };
                let t = Self::int_type(n);
                let piece = if t == I64 { w } else { self.b.ins().ireduce(t, w) };
                self.b.ins().store(flags(), piece, ptr, (word_start + at) as i32);
            }
        }
        ptr
    }

    /// A struct of `layout` in a new stack slot (see [`Gen::layout_words`]); its address.
    pub(super) fn build_struct(&mut self, layout: &StructLayout, values: &[clif::Value], prefix_bits: u32) -> clif::Value {
        let words = self.layout_words(layout, values, prefix_bits);
        self.store_words(&words, layout.size)
    }

    /// The runtime's `hash_words` of key words, inline.
    pub(super) fn hash_words(&mut self, words: &[clif::Value]) -> clif::Value {
        let mut h: Option<clif::Value> = None;
        for (position, &w) in words.iter().enumerate() {
            let product = self.b.ins().imul_imm_u(w, hash_word_multiplier(position) as i64);
            h = Some(match h {
                None => product,
                Some(h) => self.b.ins().bxor(h, product),
            });
        }
        h.unwrap_or_else(|| self.b.ins().iconst(I64, 0))
    }
}
