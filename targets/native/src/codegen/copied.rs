//! Small read-only headers copied at `extract` into one zeroed stack area (see
//! [`copied_headers`]): which headers, which of their bytes, and `++` of adjacent copies read as
//! one load. The copy and the reads themselves are in `extract` and `ReadField` (`mod.rs`).

use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{self as clif, InstBuilder};
use cranelift_entity::EntityRef;
use flowmark_compiler::ir::{self, HeaderId, Inst};

use std::collections::HashMap;

use super::{packet_flags, Gen};

/// Headers of at most this many bytes may be copied at `extract` (see [`copied_headers`]).
const COPIED_HEADER_MAX_BYTES: u32 = 8;

/// Headers that `extract` copies into a fixed, zeroed stack area instead of pointing into the
/// packet: small ones (at most [`COPIED_HEADER_MAX_BYTES`]) that nothing writes and that are
/// header-stack elements or extracted in more than one place (both come from unrolled parser
/// loops). A pointer into the packet would be a different value on every parser path, carried
/// through every join of the unrolled loop until its last read in the control (in p0f: ten
/// pointers through eight unrolled states); the copy's address is one constant, and the copy
/// costs a load and a store per extract. Stack elements are laid out in element order, so a
/// concatenation of consecutive elements' fields reads adjacent bytes.
fn copied_headers(m: &ir::Module, written: &[bool]) -> Vec<bool> {
    let mut extract_sites = vec![0u32; m.headers.len()];
    for inst in m.instructions() {
        if let Inst::Extract { header } = inst {
            extract_sites[header.index()] += 1;
        }
    }
    m.headers
        .iter()
        .map(|(id, h)| {
            !written[id.index()]
                && m.header_type(id).size_bits.div_ceil(8) <= COPIED_HEADER_MAX_BYTES
                && (h.stack.is_some() || extract_sites[id.index()] > 1)
        })
        .collect()
}

/// Where `extract` copies a copied header: the shared area, the copy's offset in it, and the
/// byte ranges (offset, length) that field reads read. `extract` copies only these, one range
/// at a time, so each read finds its bytes in one store (a read spanning two stores waits for
/// both to reach the cache instead of being forwarded). Each access takes the address anew
/// (`rsp` plus a constant), so nothing carries it.
#[derive(Clone, Debug)]
pub(super) struct CopiedAt {
    pub slot: clif::StackSlot,
    pub at: u32,
    pub ranges: Vec<(u32, u32)>,
}

/// The copied headers' offsets in their shared area, and its size: stack elements first, in
/// element order (so `++` of consecutive elements reads adjacent bytes), then the others.
pub(super) fn copied_layout(m: &ir::Module, written: &[bool]) -> (HashMap<HeaderId, u32>, u32) {
    let copied = copied_headers(m, written);
    let mut order: Vec<HeaderId> = m.headers.keys().filter(|h| copied[h.index()]).collect();
    order.sort_by_key(|&h| (m.headers[h].stack.map_or((usize::MAX, 0), |s| s), h.index()));
    let mut offsets = HashMap::new();
    let mut size = 0;
    for h in order {
        offsets.insert(h, size);
        size += m.header_type(h).size_bits.div_ceil(8);
    }
    (offsets, size)
}

/// Per header, the byte ranges its field reads read: sorted, overlapping ones merged (see
/// [`CopiedAt::ranges`]).
pub(super) fn read_byte_ranges(m: &ir::Module) -> Vec<Vec<(u32, u32)>> {
    let mut ranges = vec![Vec::new(); m.headers.len()];
    for inst in m.instructions() {
        if let Inst::ReadField { header, field, .. } = inst {
            if let Some(f) = m.headers.get(*header).and_then(|h| m.header_types[h.ty].fields.get(usize::from(*field))) {
                let start = f.bit_offset / 8;
                let end = (f.bit_offset + u32::from(f.width)).div_ceil(8);
                ranges[header.index()].push((start, end));
            }
        }
    }
    ranges
        .into_iter()
        .map(|mut list| {
            list.sort_unstable();
            let mut merged: Vec<(u32, u32)> = Vec::new();
            for (start, end) in list {
                match merged.last_mut() {
                    Some(last) if start < last.1 => last.1 = last.1.max(end),
                    _ => merged.push((start, end)),
                }
            }
            merged.into_iter().map(|(start, end)| (start, end - start)).collect()
        })
        .collect()
}

impl Gen<'_, '_> {
    /// `hi ++ lo` as one big-endian read when both are whole-byte reads of adjacent bytes of the
    /// copied-header area (see `copied_reads`) and the result fits 64 bits.
    pub(super) fn adjacent_copied_reads(&mut self, hi: clif::Value, lo: clif::Value) -> Option<clif::Value> {
        let (&(slot, hi_at, hi_bytes), &(lo_slot, lo_at, lo_bytes)) =
            (self.copied_reads.get(&hi)?, self.copied_reads.get(&lo)?);
        let bytes = hi_bytes + lo_bytes;
        if slot != lo_slot || hi_at + hi_bytes != lo_at || bytes > 8 {
            return None;
        }
        let base = self.b.ins().stack_addr(I64, slot, 0);
        let v = self.load_be(base, hi_at, bytes, packet_flags());
        self.copied_reads.insert(v, (slot, hi_at, bytes));
        Some(v)
    }
}
