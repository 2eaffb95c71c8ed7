//! Flat stores: the storage that generated code probes inline, without calling the runtime.
//!
//! A [`FlatStore`] is one fixed-size array of 64-bit words, allocated when the pipeline is created
//! and never moved or resized, plus a sequence number ([`FlatCell`], what generated code reads).
//! Its layout is a pure function of the declaration (key and value sizes, declared size), so the
//! code generator compiles slot counts and offsets in as constants:
//!
//! ```text
//! words: [ default value: value_words ][ slot 0 ][ slot 1 ] ... [ slot slots-1 ]      (exact)
//!        [ default value: value_words ][ count ][ entry 0 ] ... [ entry LINEAR_MAX-1 ] (linear)
//! exact slot:   [ tag ][ key: key_words ][ value: value_words ]      tag 0 empty, 1 full, 2 deleted
//! linear entry: [ key: key_words ][ mask: key_words ][ lo, hi per range field ][ value: value_words ]
//! ```
//!
//! Keys are the layout bytes (`flowmark_compiler::layout`) read as little-endian words, the last
//! one zero-padded; exact slots are found by linear probing from [`hash_words`] of the key words,
//! at most half full (maps: at most three quarters, counting deleted slots), so a probe always ends.
//! Values are the layout bytes, zero-padded to whole words; a miss reads the default words (the
//! table's default action, zeros for hints and maps).
//!
//! Concurrency: a sequence lock. Writers (always under the owner's mutex) make the sequence odd,
//! change the words with relaxed atomic stores, and make it even again (release). A reader loads
//! the sequence (acquire), reads, and loads it again: when both loads are the same even number no
//! writer touched the store in between and what it read is one consistent state; otherwise it
//! falls back to the owner's locked (or read-copy-update) path. Readers never write, allocate or
//! spin; nothing is ever freed under them (the words live as long as the pipeline). The sequence
//! only grows (never wraps in practice), which generated code relies on: it checks both
//! conditions with one compare of the second load against the first with its low bit cleared.

use std::sync::atomic::{fence, AtomicU64, Ordering};

use crate::tables::{hash_words, home_slot};

/// Slot tags of exact stores.
pub const EMPTY: u64 = 0;
pub const FULL: u64 = 1;
pub const DELETED: u64 = 2;

/// Linear stores hold at most this many entries; a bigger table sets `count` to [`TOO_MANY`].
pub const LINEAR_MAX: usize = 16;
/// The `count` of a linear store whose table has more than [`LINEAR_MAX`] entries.
pub const TOO_MANY: u64 = u64::MAX;

/// Keys of more words than this are not stored flat (lookups go through the runtime).
pub const MAX_KEY_WORDS: usize = 8;

/// What generated code reads: the sequence number and the address of the words. One cache line
/// each, so a busy writer of one store does not slow down readers of the others.
#[repr(C, align(64))]
#[derive(Debug)]
pub struct FlatCell {
    pub seq: AtomicU64,
    pub words: *const AtomicU64,
}

/// Byte offsets inside [`FlatCell`].
pub const CELL_SEQ: i32 = std::mem::offset_of!(FlatCell, seq) as i32;
pub const CELL_WORDS: i32 = std::mem::offset_of!(FlatCell, words) as i32;

// SAFETY: `words` points into the `Box<[AtomicU64]>` owned by the same `FlatStore`, which outlives
// the cell; all access to the words is atomic (Rust) or validated by the sequence (generated code).
unsafe impl Send for FlatCell {}
// SAFETY: as above.
unsafe impl Sync for FlatCell {}

/// The shape of a flat store, computed the same way by the runtime and the code generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    pub key_words: usize,
    pub value_words: usize,
    /// Exact: slot count (a power of two). Linear: entry capacity ([`LINEAR_MAX`]).
    pub slots: usize,
    /// Range fields per linear entry (0 for exact stores).
    pub ranges: usize,
    pub linear: bool,
}

impl Geometry {
    /// An exact store for at most `size` keys, with slots for twice that many.
    pub fn exact(key_size: u32, value_size: u32, size: u32) -> Self {
        Geometry {
            key_words: key_size.div_ceil(8) as usize,
            value_words: value_size.div_ceil(8) as usize,
            slots: (size.max(4) as usize * 2).next_power_of_two(),
            ranges: 0,
            linear: false,
        }
    }

    /// A linear store of up to [`LINEAR_MAX`] masked entries with `ranges` range fields.
    pub fn linear(key_size: u32, value_size: u32, ranges: usize) -> Self {
        Geometry {
            key_words: key_size.div_ceil(8) as usize,
            value_words: value_size.div_ceil(8) as usize,
            slots: LINEAR_MAX,
            ranges,
            linear: true,
        }
    }

    /// Words per slot or entry.
    pub fn slot_words(&self) -> usize {
        if self.linear {
            2 * self.key_words + 2 * self.ranges + self.value_words
        } else {
            1 + self.key_words + self.value_words
        }
    }

    /// Word index of slot or entry 0 (after the default value, and the count of linear stores).
    pub fn first_slot(&self) -> usize {
        self.value_words + usize::from(self.linear)
    }

    /// Word offset of the value inside a slot or entry.
    pub fn value_offset(&self) -> usize {
        if self.linear {
            2 * self.key_words + 2 * self.ranges
        } else {
            1 + self.key_words
        }
    }

    fn total_words(&self) -> usize {
        self.first_slot() + self.slots * self.slot_words()
    }
}

/// A flat store and its cell.
#[derive(Debug)]
pub struct FlatStore {
    pub geometry: Geometry,
    cell: Box<FlatCell>,
    words: Box<[AtomicU64]>,
}

/// Little-endian words of `bytes`, zero-padded to `n` words.
pub fn to_words(bytes: &[u8], n: usize) -> Vec<u64> {
    let mut out = vec![0u64; n];
    for (i, b) in bytes.iter().enumerate().take(n * 8) {
        out[i / 8] |= u64::from(*b) << (8 * (i % 8));
    }
    out
}

impl FlatStore {
    pub fn new(geometry: Geometry) -> Self {
        // Zeroed by the allocator (fresh pages for big stores: untouched memory costs nothing).
        let zeroed = Box::<[AtomicU64]>::new_zeroed_slice(geometry.total_words());
        // SAFETY: all-zero bytes are a valid `AtomicU64` (zero).
        let words = unsafe { zeroed.assume_init() };
        let cell = Box::new(FlatCell { seq: AtomicU64::new(0), words: words.as_ptr() });
        FlatStore { geometry, cell, words }
    }

    /// The cell generated code reads (stable for the life of the store).
    pub fn cell(&self) -> *const FlatCell {
        &*self.cell
    }

    /// Run `change` as one write: readers that overlap it see a changed sequence and fall back.
    /// The caller holds the owner's writer lock.
    pub fn write<R>(&self, change: impl FnOnce(&Self) -> R) -> R {
        let seq = self.cell.seq.load(Ordering::Relaxed);
        self.cell.seq.store(seq.wrapping_add(1), Ordering::Relaxed);
        fence(Ordering::Release);
        let out = change(self);
        self.cell.seq.store(seq.wrapping_add(2), Ordering::Release);
        out
    }

    #[inline]
    pub fn get(&self, word: usize) -> u64 {
        self.words[word].load(Ordering::Relaxed)
    }

    #[inline]
    pub fn set(&self, word: usize, value: u64) {
        self.words[word].store(value, Ordering::Relaxed);
    }

    /// Store `bytes` as words from word `at` (zero-padded to `n` words).
    pub fn set_bytes(&self, at: usize, bytes: &[u8], n: usize) {
        for (i, w) in to_words(bytes, n).into_iter().enumerate() {
            self.set(at + i, w);
        }
    }

    /// `n` words from word `at` as `len` bytes.
    pub fn bytes(&self, at: usize, len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len);
        for i in 0..len {
            out.push((self.get(at + i / 8) >> (8 * (i % 8))) as u8);
        }
        out
    }

    /// The default value (what a miss reads).
    pub fn set_default(&self, value: &[u8]) {
        self.set_bytes(0, value, self.geometry.value_words);
    }

    /// First word of slot or entry `i`.
    pub fn slot(&self, i: usize) -> usize {
        self.geometry.first_slot() + i * self.geometry.slot_words()
    }

    pub fn tag(&self, i: usize) -> u64 {
        self.get(self.slot(i))
    }

    pub fn set_tag(&self, i: usize, tag: u64) {
        self.set(self.slot(i), tag);
    }

    fn key_matches(&self, i: usize, key: &[u64]) -> bool {
        let at = self.slot(i) + 1;
        key.iter().enumerate().all(|(j, w)| self.get(at + j) == *w)
    }

    /// The full slot holding `key` (exact stores).
    pub fn find(&self, key: &[u64]) -> Option<usize> {
        let mask = self.geometry.slots - 1;
        let mut i = home_slot(hash_words(key), self.geometry.slots);
        for _ in 0..self.geometry.slots {
            match self.tag(i) {
                EMPTY => return None,
                FULL if self.key_matches(i, key) => return Some(i),
                _ => {}
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The first slot a new `key` can take (empty or deleted; exact stores).
    pub fn free_slot(&self, key: &[u64]) -> Option<usize> {
        let mask = self.geometry.slots - 1;
        let mut i = home_slot(hash_words(key), self.geometry.slots);
        for _ in 0..self.geometry.slots {
            if self.tag(i) != FULL {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// Fill slot `i` with a key and value (exact stores; inside [`FlatStore::write`]).
    pub fn fill(&self, i: usize, key: &[u64], value: &[u8]) {
        let at = self.slot(i);
        for (j, w) in key.iter().enumerate() {
            self.set(at + 1 + j, *w);
        }
        self.set_bytes(at + self.geometry.value_offset(), value, self.geometry.value_words);
        self.set(at, FULL);
    }

    /// The value bytes of slot `i` (`len` bytes).
    pub fn value(&self, i: usize, len: usize) -> Vec<u8> {
        self.bytes(self.slot(i) + self.geometry.value_offset(), len)
    }

    /// Overwrite the value of slot `i`.
    pub fn set_value(&self, i: usize, value: &[u8]) {
        self.set_bytes(self.slot(i) + self.geometry.value_offset(), value, self.geometry.value_words);
    }

    /// The key words of slot `i`.
    pub fn key(&self, i: usize) -> Vec<u64> {
        let at = self.slot(i) + 1;
        (0..self.geometry.key_words).map(|j| self.get(at + j)).collect()
    }

    /// Remove the key of slot `i` by shifting later keys of its probe run back (exact stores
    /// without deleted tags: tables and hints). Inside [`FlatStore::write`].
    pub fn remove_shifting(&self, mut hole: usize) {
        let mask = self.geometry.slots - 1;
        let words = self.geometry.slot_words();
        let mut i = hole;
        loop {
            i = (i + 1) & mask;
            if self.tag(i) != FULL {
                break;
            }
            let home = home_slot(hash_words(&self.key(i)), self.geometry.slots);
            // Move slot i into the hole unless its home lies cyclically in (hole, i].
            let stays = if hole <= i { hole < home && home <= i } else { hole < home || home <= i };
            if stays {
                continue;
            }
            let (from, to) = (self.slot(i), self.slot(hole));
            for j in 0..words {
                self.set(to + j, self.get(from + j));
            }
            hole = i;
        }
        self.set_tag(hole, EMPTY);
    }

    /// Empty every slot (inside [`FlatStore::write`]).
    pub fn clear_slots(&self, slots: impl IntoIterator<Item = usize>) {
        for i in slots {
            self.set_tag(i, EMPTY);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_find_and_remove_with_shifting() {
        let store = FlatStore::new(Geometry::exact(4, 4, 8));
        let keys: Vec<Vec<u64>> = (0..8u64).map(|i| vec![i * 7919]).collect();
        store.write(|s| {
            for (n, k) in keys.iter().enumerate() {
                let slot = s.free_slot(k).unwrap();
                s.fill(slot, k, &(n as u32).to_le_bytes());
            }
        });
        for (n, k) in keys.iter().enumerate() {
            let slot = store.find(k).unwrap();
            assert_eq!(store.value(slot, 4), (n as u32).to_le_bytes());
        }
        for k in keys.iter().step_by(2) {
            store.write(|s| s.remove_shifting(s.find(k).unwrap()));
        }
        for (n, k) in keys.iter().enumerate() {
            assert_eq!(store.find(k).is_some(), n % 2 == 1, "key {n}");
        }
        assert_eq!(store.cell.seq.load(Ordering::Relaxed), 10);
    }
}
