//! The range scan of tables with a `range` key: the control plane keeps the entries in an ARRAY,
//! best first (the interpreter's order: priority, total lpm prefix, earliest added), and their
//! number in a one-entry count ARRAY; the code scans them in one bounded loop and stops at the
//! first match, the way a kernel engineer writes it in C:
//!
//! ```c
//! __u32 n = count ? *count : 0;              /* the loop also stops at SCAN_BOUND */
//! for (__u32 i = 0; i < n && i < SCAN_BOUND; i++) {
//!     struct entry *e = bpf_map_lookup_elem(&entries, &i);
//!     if (!e) break;
//!     __u64 miss = 0;
//!     miss |= (key.w[k] & e->mask.w[k]) ^ e->value.w[k] ...;     /* exact, lpm, ternary keys */
//!     miss |= (x - e->lo) >> 63 | (e->hi - x) >> 63 ...;        /* range keys, host order */
//!     if (!miss) { best = e; break; }
//! }
//! ```
//!
//! The body has a single branch on the match (all compares are folded into `miss` without
//! branches). That is what keeps the verifier linear in the bound: it explores the match path
//! first (to the loop's end, where later iterations' match paths are pruned as equal states) and
//! reaches the next iteration through one pending state per iteration. A branch per compare would
//! leave several pending states per iteration, and the verifier evicts the state they would be
//! pruned against (it misses in every later iteration) before they come back: the paths would
//! multiply per entry (see `tuple_space.rs`, `MAX_ITERATIONS`).
//!
//! Range keys compare as host-order numbers: each is read once, before the loop, from the key
//! built on the stack (packet fields go there in packet order, `network_order.rs`), byte-swapped,
//! its sign bit flipped if it is signed (as the loader flips the bounds), and kept in a stack
//! slot. The compare `(x - lo) >> 63` is exact for keys of up to 63 bits; 64-bit keys take the
//! borrow of the unsigned subtraction instead.
//!
//! The loop follows the invariants of the tuple space's loop (module doc of `tuple_space.rs`):
//! loop-carried state only in stack slots (`i` in the index slot, the count and the host-order
//! keys in the rule key area, the winner in the value area as an 8-byte spill, which keeps the
//! verifier's map-value pointer type), the body reads only registers it defines, and the winner
//! is read from its slot after the loop. The winner points at the entry, whose table value sits
//! at offset 0, so the caller decodes it like any other table value.

use super::lower::Lowering;
use super::maps::TableMaps;
use super::mir::*;
use super::Error;
use flowmark_compiler::layout::{RangeScanLayout, TableLayout};

/// Stack bytes the scan keeps in the rule key area: the count, then one 8-byte host-order key per
/// range key.
pub(super) fn scan_slot_bytes(layout: &TableLayout) -> u32 {
    8 * (1 + layout.range_scan.as_ref().map_or(0, |scan| scan.bounds.len() as u32))
}

impl<'m> Lowering<'m> {
    /// Scan the entries of a range-scan table for the key built at `fp + key_off`. Returns the
    /// frame offset of an 8-byte stack slot holding a pointer to the first matching entry (its
    /// table value), or 0 on a miss (valid until the value area is used again).
    pub(super) fn range_scan(&mut self, maps: &TableMaps, key_off: i16) -> Result<i16, Error> {
        let scan = maps.layout.range_scan.clone().ok_or_else(|| Error::Internal("range-scan table without an entry layout".into()))?;
        let count_map = maps.count.ok_or_else(|| Error::Internal("range-scan table without a count map".into()))?;
        let (index_slot, count_slot, best_slot) = (self.index_slot, self.rule_key_area, self.value_area);
        let end = self.label();
        self.push(MInst::StoreImm { size: Size::Dw, base: FP, off: best_slot, imm: 0 });
        self.push(MInst::StoreImm { size: Size::W, base: FP, off: index_slot, imm: 0 });
        self.host_order_range_keys(&maps.layout, &scan, key_off)?;
        let count = self.map_lookup(count_map, index_slot);
        self.branch(Cond::Eq, count, Src::Imm(0), end);
        let entries = self.vreg();
        self.load(Size::W, entries, count, 0);
        self.store(Size::Dw, FP, count_slot, entries);
        let loop_head = self.label();
        let next = self.label();
        self.push(MInst::Label(loop_head));
        let (index, entries) = (self.vreg(), self.vreg());
        self.load(Size::W, index, FP, index_slot);
        self.load(Size::Dw, entries, FP, count_slot);
        self.branch(Cond::Ge, index, Src::Reg(entries), end);
        let entry = self.map_lookup(maps.main, index_slot);
        self.branch(Cond::Eq, entry, Src::Imm(0), end);
        let miss = self.entry_mismatch(&maps.layout, &scan, entry, key_off);
        // The only branch on the entry's contents (see the module doc).
        self.branch(Cond::Ne, miss, Src::Imm(0), next);
        self.store(Size::Dw, FP, best_slot, entry);
        self.jump(end);
        self.push(MInst::Label(next));
        let index = self.vreg();
        self.load(Size::W, index, FP, index_slot);
        self.alu(AluOp::Add, index, Src::Imm(1));
        self.store(Size::W, FP, index_slot, index);
        if maps.scan_bound > 1 {
            // The back edge: with the tuple space's, the only backward jumps of a program.
            self.branch(Cond::Lt, index, Src::Imm(maps.scan_bound as i32), loop_head);
        }
        self.push(MInst::Label(end));
        Ok(best_slot)
    }

    /// Before the loop: each range key as a host-order number (sign bit flipped when signed) in
    /// its 8-byte slot after the count.
    fn host_order_range_keys(&mut self, layout: &TableLayout, scan: &RangeScanLayout, key_off: i16) -> Result<(), Error> {
        for (position, bounds) in scan.bounds.iter().enumerate() {
            let field = &layout.key.fields[bounds.key_field];
            if field.width > 64 {
                return Err(Error::Unsupported(format!("range key `{}` wider than 64 bits", field.name)));
            }
            let number = self.vreg();
            self.load_big_endian(number, FP, key_off + field.offset as i16, field.size)?;
            if bounds.signed {
                let sign = self.vreg();
                self.mov_imm(sign, 1u64 << (field.width - 1));
                self.alu(AluOp::Xor, number, Src::Reg(sign));
            }
            self.store(Size::Dw, FP, self.range_key_slot(position), number);
        }
        Ok(())
    }

    fn range_key_slot(&self, position: usize) -> i16 {
        self.rule_key_area + 8 + 8 * position as i16
    }

    /// A register that is 0 exactly when `entry` matches the key at `fp + key_off`: every key word
    /// masked and compared with the entry's value word, every range key against its bounds, the
    /// differences OR-ed together without branches.
    fn entry_mismatch(&mut self, layout: &TableLayout, scan: &RangeScanLayout, entry: Reg, key_off: i16) -> Reg {
        let mut miss = None;
        let mut at = 0;
        while at < layout.key.size {
            let size = if at + 8 <= layout.key.size { Size::Dw } else { Size::W };
            let (bits, mask, value) = (self.vreg(), self.vreg(), self.vreg());
            self.load(size, bits, FP, key_off + at as i16);
            self.load(size, mask, entry, (scan.key_mask_offset + at) as i16);
            self.alu(AluOp::And, bits, Src::Reg(mask));
            self.load(size, value, entry, (scan.key_value_offset + at) as i16);
            self.alu(AluOp::Xor, bits, Src::Reg(value));
            self.or_into(&mut miss, bits);
            at += if size == Size::Dw { 8 } else { 4 };
        }
        for (position, bounds) in scan.bounds.iter().enumerate() {
            let (key, lo, hi) = (self.vreg(), self.vreg(), self.vreg());
            self.load(Size::Dw, key, FP, self.range_key_slot(position));
            self.load(Size::of_bytes(bounds.lo.size), lo, entry, bounds.lo.offset as i16);
            self.load(Size::of_bytes(bounds.hi.size), hi, entry, bounds.hi.offset as i16);
            let width = bounds.lo.width;
            let below = self.less_than(key, lo, width);
            self.or_into(&mut miss, below);
            let above = self.less_than(hi, key, width);
            self.or_into(&mut miss, above);
        }
        miss.unwrap_or_else(|| {
            let nothing_to_compare = self.vreg();
            self.mov_imm(nothing_to_compare, 0);
            nothing_to_compare
        })
    }

    /// `miss |= term`; the first term becomes `miss`.
    fn or_into(&mut self, miss: &mut Option<Reg>, term: Reg) {
        match miss {
            Some(miss) => self.alu(AluOp::Or, *miss, Src::Reg(term)),
            None => *miss = Some(term),
        }
    }

    /// A new register: 1 if `a < b` (unsigned numbers of `width` bits), else 0, without branches:
    /// the sign of `a - b` below 64 bits, the borrow of the subtraction at 64 bits.
    fn less_than(&mut self, a: Reg, b: Reg, width: u16) -> Reg {
        let difference = self.vreg();
        self.mov(difference, a);
        self.alu(AluOp::Sub, difference, Src::Reg(b));
        if width < 64 {
            self.alu(AluOp::Rsh, difference, Src::Imm(63));
            return difference;
        }
        // borrow = ((~a & b) | (~(a ^ b) & (a - b))) >> 63
        let (not_a, same) = (self.vreg(), self.vreg());
        self.mov(not_a, a);
        self.alu(AluOp::Xor, not_a, Src::Imm(-1));
        self.alu(AluOp::And, not_a, Src::Reg(b));
        self.mov(same, a);
        self.alu(AluOp::Xor, same, Src::Reg(b));
        self.alu(AluOp::Xor, same, Src::Imm(-1));
        self.alu(AluOp::And, same, Src::Reg(difference));
        self.alu(AluOp::Or, same, Src::Reg(not_a));
        self.alu(AluOp::Rsh, same, Src::Imm(63));
        same
    }
}
