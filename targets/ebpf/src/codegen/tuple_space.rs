//! Tuple space search for tables with ternary keys (range keys: `range_scan.rs`), emitted as one bounded loop over the
//! masks array, the way a kernel engineer writes it in C:
//!
//! ```c
//! struct rule_value *best = NULL;
//! for (__u32 i = 0; i < MAX_MASKS; i++) {
//!     struct mask_value *m = bpf_map_lookup_elem(&masks, &i);
//!     if (!m || !m->used) break;
//!     rkey.mask_id = i; rkey.bits.w[k] = bits.w[k] & m->mask.w[k] ...;
//!     struct rule_value *rv = bpf_map_lookup_elem(&rules, &rkey);
//!     if (rv && (!best || rv->priority > best->priority)) best = rv;
//! }
//! ```
//!
//! For parsers with many paths (compact mode, `packet_compact.rs`) the loop body searches several
//! masks (copies of the one-mask search), so that the loop runs at most [`MAX_ITERATIONS`] times:
//! 4 masks per iteration for the usual 16 masks (see [`MAX_ITERATIONS`] for why the verifier needs that); other
//! programs search one mask per iteration.
//!
//! The winner stays a pointer into the rules map (the caller reads action and parameters through
//! it); the search stops at the first unused mask; the highest priority wins and, on equal
//! priorities, the earlier mask keeps the win (a later rule must be strictly higher to replace it).
//!
//! The loop is the only backward jump in the generated code. The register allocator's liveness
//! (`regalloc.rs`) follows the back edge, so any register would be kept correctly; the loop is
//! still kept self-contained, which keeps the verifier's states small:
//! - loop-carried state lives in fixed stack slots, never in virtual registers: the mask index `i`
//!   in the index slot (it is also the key of the masks lookup) and the best rule pointer in an
//!   8-byte slot (an 8-byte spill keeps the verifier's map-value pointer type);
//! - the body reads only virtual registers it defines itself, before the use, within the search
//!   of one mask, plus the physical FP, DATA and DATA_END (r6/r7 are pinned to the packet
//!   pointers and survive helper calls); the search key is read from the stack;
//! - no virtual register defined in the body is read after the loop: the caller reads the result
//!   from the best-pointer slot.
//!
//! A value live across the whole loop (defined before it, used after it) is live at every body
//! instruction, so no body register shares its register or spill slot, and it survives
//! the back edge unchanged. The kernel verifier accepts the loop because `i` is a constant in each
//! state it explores (bounded loops, kernel 5.3 and later).

use super::lower::Lowering;
use super::maps::TableMaps;
use super::mir::*;
use super::Error;

impl<'m> Lowering<'m> {
    /// Search the tuple space of a ternary table for the key built at `fp + key_off`. Returns the
    /// frame offset of an 8-byte stack slot that holds a pointer to the winning rule's value in
    /// the rules map, or 0 on a miss (valid until the value area is used again).
    pub(super) fn tuple_space_search(&mut self, maps: &TableMaps, key_off: i16) -> Result<i16, Error> {
        let masks = maps.masks.ok_or_else(|| Error::Internal("ternary table without masks".into()))?;
        let priority_offset = maps
            .layout
            .priority_offset
            .ok_or_else(|| Error::Internal("ternary table value without a priority".into()))? as i16;
        // `i` keeps an 8-byte slot of its own: in the rule key's mask-id field it would share a
        // slot with the first masked word, whose store makes the verifier forget `i` (then it
        // cannot bound the loop and rejects it).
        let index_slot = self.index_slot;
        // The value area is free during the search (the winner is not copied): it holds the best
        // rule pointer, 0 until a rule matched.
        let best_slot = self.value_area;
        // Parsers with few paths reach the loop in few states: one mask per iteration verifies.
        let batch = if self.compact_mode { masks_per_iteration(maps.max_masks) } else { 1 };
        let loop_head = self.label();
        let end = self.label();
        self.push(MInst::StoreImm { size: Size::Dw, base: FP, off: best_slot, imm: 0 });
        self.push(MInst::StoreImm { size: Size::W, base: FP, off: index_slot, imm: 0 });
        // Loop body: `batch` copies of the search of one mask. Invariant (see the module doc):
        // only stack slots carry state from one mask to the next; every virtual register below
        // is defined and last used inside one copy, so the linear-order register allocator
        // stays correct across the back edge.
        self.push(MInst::Label(loop_head));
        let mut next_index = None;
        for _ in 0..batch {
            next_index = Some(self.search_one_mask(maps, masks, key_off, priority_offset, best_slot, end));
        }
        if let (Some(index), true) = (next_index, batch < maps.max_masks) {
            // The back edge: the only backward jump of the program.
            self.branch(Cond::Lt, index, Src::Imm(maps.max_masks as i32), loop_head);
        }
        self.push(MInst::Label(end));
        Ok(best_slot)
    }

    /// One mask of the search: mask `i` (the index slot), exit to `end` if it is missing or
    /// unused, look the masked key up, keep the rule if it beats the best one, then `i += 1`.
    /// Returns the register holding the new `i` (also stored in the index slot).
    fn search_one_mask(&mut self, maps: &TableMaps, masks: usize, key_off: i16, priority_offset: i16, best_slot: i16, end: Label) -> Reg {
        let (rule_key, index_slot) = (self.rule_key_area, self.index_slot);
        let next_mask = self.label();
        let take = self.label();
        let mask = self.map_lookup(masks, index_slot);
        self.branch(Cond::Eq, mask, Src::Imm(0), end);
        let used = self.vreg();
        self.load(Size::W, used, mask, 0);
        self.branch(Cond::Eq, used, Src::Imm(0), end);
        let mask_id = self.vreg();
        self.load(Size::W, mask_id, FP, index_slot);
        self.store(Size::W, FP, rule_key, mask_id);
        let mut at = 0;
        while at < maps.layout.key.size {
            let (bits, mask_bits) = (self.vreg(), self.vreg());
            self.load(Size::W, bits, FP, key_off + at as i16);
            self.load(Size::W, mask_bits, mask, 8 + at as i16);
            self.alu(AluOp::And, bits, Src::Reg(mask_bits));
            self.store(Size::W, FP, rule_key + 4 + at as i16, bits);
            at += 4;
        }
        let rule = self.map_lookup(maps.main, rule_key);
        self.branch(Cond::Eq, rule, Src::Imm(0), next_mask);
        let best = self.vreg();
        self.load(Size::Dw, best, FP, best_slot);
        self.branch(Cond::Eq, best, Src::Imm(0), take);
        let (priority, best_priority) = (self.vreg(), self.vreg());
        self.load(Size::W, priority, rule, priority_offset);
        self.load(Size::W, best_priority, best, priority_offset);
        // Ties keep the earlier mask's rule.
        self.branch(Cond::Le, priority, Src::Reg(best_priority), next_mask);
        self.push(MInst::Label(take));
        self.store(Size::Dw, FP, best_slot, rule);
        self.push(MInst::Label(next_mask));
        let index = self.vreg();
        self.load(Size::W, index, FP, index_slot);
        self.alu(AluOp::Add, index, Src::Imm(1));
        self.store(Size::W, FP, index_slot, index);
        index
    }
}

/// How many masks one loop iteration searches: enough that the loop runs at most
/// [`MAX_ITERATIONS`] times (a divisor of `max_masks`, so every iteration searches whole copies).
fn masks_per_iteration(max_masks: u32) -> u32 {
    (1..=max_masks.max(1)).find(|batch| max_masks.is_multiple_of(*batch) && max_masks / batch <= MAX_ITERATIONS).unwrap_or(1)
}

/// Loop iterations at most. The verifier keeps, per instruction, the states it saw there, and
/// drops one that missed more than 3 times without a hit; states of later iterations (a
/// different `i`) always miss, so with more than 4 iterations the states where the paths of one
/// mask rejoin are dropped before the other paths arrive, nothing is pruned there, and the paths
/// multiply per mask. Measured on p0f (32 masks, when its range key was split into prefixes, Linux 6.18): 32 or 16 iterations of 1 or 2
/// masks, and 8 iterations of 4, exceed the 1M-instruction limit; 4 iterations of 8 load.
const MAX_ITERATIONS: u32 = 4;
