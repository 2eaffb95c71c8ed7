//! `setInvalid()` after writes. flowmark's semantics leave an invalidated header's received bytes
//! in the packet (the deparse rule writes back valid headers only), but the eBPF target writes
//! fields, and checksum updates, straight into the packet. So a header that is both written and
//! invalidated somewhere in the program gets a stack copy of its received bytes, taken at each
//! `extract`; its `setInvalid()`, while its pointer is set, copies those bytes back before clearing
//! the pointer. Programs without that combination pay nothing.
//!
//! In compact mode (parsers with many paths, `packet_compact.rs`) header pointers are rebuilt from
//! narrow stack offsets and this copy is not supported: such a program is refused with a message
//! that says why, rather than compiled to keep the writes.

use super::lower::Lowering;
use super::mir::*;
use super::Error;
use flowmark_compiler::ir::{self, HeaderId, Inst};
use std::collections::BTreeSet;

/// Headers some instruction writes (field writes and checksum updates) and headers some
/// `setInvalid()` clears: their intersection needs the saved copy.
fn written_and_invalidated(module: &ir::Module) -> BTreeSet<HeaderId> {
    let written: BTreeSet<HeaderId> = module.instructions().filter_map(Inst::header_bytes_written).collect();
    let invalidated: BTreeSet<HeaderId> = module
        .instructions()
        .filter_map(|inst| match inst {
            Inst::SetValid { header, valid: false } => Some(*header),
            _ => None,
        })
        .collect();
    written.intersection(&invalidated).copied().collect()
}

/// The loads and stores that copy `size` bytes: widest first, `(size, offset)`.
fn copy_pieces(size: u32) -> Vec<(Size, i16)> {
    let mut pieces = Vec::new();
    let mut offset = 0u32;
    for (piece, bytes) in [(Size::Dw, 8), (Size::W, 4), (Size::H, 2), (Size::B, 1)] {
        while size - offset >= bytes {
            pieces.push((piece, offset as i16));
            offset += bytes;
        }
    }
    pieces
}

impl Lowering<'_> {
    /// Reserve the saved copies (call once the mode is known).
    pub fn plan_restores(&mut self) -> Result<(), Error> {
        let headers = written_and_invalidated(self.module);
        if self.compact_mode {
            if let Some(header) = headers.first() {
                return Err(Error::Unsupported(format!(
                    "`{}` is written and later setInvalid(): the eBPF target writes fields in place and, for a parser with this many paths, cannot put the received bytes back (flowmark keeps an invalidated header's received bytes); invalidate it before writing, or use the native target",
                    self.module.headers[*header].name
                )));
            }
        }
        for header in headers {
            let size = self.module.header_type(header).size_bits / 8;
            let slot = self.alloc_stack(size);
            self.restore_slots.insert(header, slot);
        }
        Ok(())
    }

    /// After `header`'s extract: copy its received bytes to its slot, if it has one.
    pub fn save_received_bytes(&mut self, header: HeaderId) {
        let Some(&slot) = self.restore_slots.get(&header) else { return };
        let pointer = self.header_homes[&header];
        for (size, offset) in copy_pieces(self.module.header_type(header).size_bits / 8) {
            let byte = self.vreg();
            self.load(size, byte, pointer, offset);
            self.store(size, FP, slot + offset, byte);
        }
    }

    /// At `header`'s `setInvalid()`: put its received bytes back while its pointer is set.
    pub fn restore_received_bytes(&mut self, header: HeaderId) {
        let Some(&slot) = self.restore_slots.get(&header) else { return };
        let pointer = self.header_homes[&header];
        let skip = self.label();
        self.branch(Cond::Eq, pointer, Src::Imm(0), skip);
        for (size, offset) in copy_pieces(self.module.header_type(header).size_bits / 8) {
            let byte = self.vreg();
            self.load(size, byte, FP, slot + offset);
            self.store(size, pointer, offset, byte);
        }
        self.push(MInst::Label(skip));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_use_the_widest_pieces() {
        assert_eq!(copy_pieces(15), vec![(Size::Dw, 0), (Size::W, 8), (Size::H, 12), (Size::B, 14)]);
        assert_eq!(copy_pieces(20), vec![(Size::Dw, 0), (Size::Dw, 8), (Size::W, 16)]);
        assert!(copy_pieces(0).is_empty());
    }
}
