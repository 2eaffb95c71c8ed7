//! Small read-only headers copied at `extract` into one zeroed stack area (see
//! [`copied_headers`]): which headers, which of their bytes, and `++` of adjacent copies read as
//! one load. The copy and the reads themselves are in `extract` and `ReadField` (`mod.rs`).

use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{self as clif, InstBuilder};
use cranelift_entity::EntityRef;
use flowmark_compiler::ir::{self, Inst};

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
pub(super) fn copied_headers(m: &ir::Module, written: &[bool]) -> Vec<bool> {
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

/// Per header, the byte ranges its field reads read: sorted, overlapping ones merged (see
/// `HeaderVars::copied_ranges`).
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
