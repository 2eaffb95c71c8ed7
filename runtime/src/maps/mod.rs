//! `Map<K, V>` instances of the native datapath: hash, array and LRU hash maps over the C-struct
//! byte layouts of [`flowmark_compiler::layout::map_layouts`] (the eBPF target's kernel maps use
//! the same ones).
//!
//! Packets both read and write maps, so a map is a fixed-capacity store behind one mutex per map:
//! every update and delete (data plane or control plane) is atomic, no entry is ever torn and no
//! update is lost. Hash and LRU maps keep their slots in a [`FlatStore`] (open addressing, at most
//! `size` live keys in at least `2 * size` slots, allocated up front), so lookups and updates of
//! existing keys never allocate; every change is one sequence-locked write, which lets generated
//! code look hash maps up inline without the mutex. The rare rehash that clears deleted slots
//! happens inside an insert. Semantics are the interpreter's: a full hash map
//! ignores new keys (the update reports failure), an LRU map evicts its least recently used key
//! (lookups, hit or miss, and updates advance its clock), an array map has every index `< size`,
//! zeroed, and ignores deletes.

use std::sync::{Mutex, MutexGuard};

use flowmark_compiler::ir::{MapDecl, MapKind};
use flowmark_compiler::layout::{self, StructLayout};

use crate::flat::{to_words, FlatCell, FlatStore, Geometry, DELETED, FULL};
use crate::tables::with_words;

/// The geometry of a hash or LRU map's flat store.
pub fn map_geometry(key: &StructLayout, value: &StructLayout, size: u32) -> Geometry {
    Geometry::exact(key.size, value.size, size)
}

/// Open-addressing storage of a hash or LRU map: a [`FlatStore`] (which generated code probes
/// for hash-map lookups) and the LRU clock of each slot.
#[derive(Debug)]
struct Slots {
    key_size: usize,
    value_size: usize,
    flat: FlatStore,
    /// LRU clock tick of each slot's last use.
    used: Vec<u64>,
    len: usize,
    deleted: usize,
}

impl Slots {
    fn new(key: &StructLayout, value: &StructLayout, size: u32) -> Self {
        let flat = FlatStore::new(map_geometry(key, value, size));
        let used = vec![0; flat.geometry.slots];
        Slots { key_size: key.size as usize, value_size: value.size as usize, flat, used, len: 0, deleted: 0 }
    }

    fn words(&self, key: &[u8]) -> Vec<u64> {
        to_words(key, self.flat.geometry.key_words)
    }

    /// Copy the first `out.len()` value bytes of slot `i` (no allocation: packets' lookups).
    fn copy_value(&self, i: usize, out: &mut [u8]) {
        let at = self.flat.slot(i) + self.flat.geometry.value_offset();
        for (j, b) in out.iter_mut().enumerate() {
            *b = (self.flat.get(at + j / 8) >> (8 * (j % 8))) as u8;
        }
    }

    fn key(&self, slot: usize) -> Vec<u8> {
        self.flat.bytes(self.flat.slot(slot) + 1, self.key_size)
    }

    fn value(&self, slot: usize) -> Vec<u8> {
        self.flat.value(slot, self.value_size)
    }

    /// The slot holding `key` (keys of up to 64 bytes are converted on the stack).
    fn find(&self, key: &[u8]) -> Option<usize> {
        if key.len() != self.key_size {
            return None;
        }
        with_words(key, |words| self.flat.find(words))
    }

    fn set_value(&mut self, slot: usize, value: &[u8]) {
        self.flat.write(|flat| flat.set_value(slot, value));
    }

    /// Store a new key (known absent, with room) and return its slot.
    fn insert_new(&mut self, key: &[u8], value: &[u8], now: u64) -> usize {
        if (self.len + self.deleted + 1) * 4 > self.flat.geometry.slots * 3 {
            self.rehash();
        }
        let words = self.words(key);
        let Some(i) = self.flat.free_slot(&words) else { unreachable!("a map store is never full") };
        if self.flat.tag(i) == DELETED {
            self.deleted -= 1;
        }
        self.flat.write(|flat| flat.fill(i, &words, value));
        self.used[i] = now;
        self.len += 1;
        i
    }

    fn remove_slot(&mut self, slot: usize) {
        self.flat.write(|flat| flat.set_tag(slot, DELETED));
        self.len -= 1;
        self.deleted += 1;
    }

    /// Re-insert every live key into cleared slots (drops deleted markers), as one write.
    fn rehash(&mut self) {
        let slots = self.flat.geometry.slots;
        let live: Vec<(Vec<u64>, Vec<u8>, u64)> = (0..slots)
            .filter(|&i| self.flat.tag(i) == FULL)
            .map(|i| (self.flat.key(i), self.value(i), self.used[i]))
            .collect();
        let used = &mut self.used;
        self.flat.write(|flat| {
            flat.clear_slots(0..slots);
            for (k, v, u) in &live {
                if let Some(i) = flat.free_slot(k) {
                    flat.fill(i, k, v);
                    used[i] = *u;
                }
            }
        });
        self.len = live.len();
        self.deleted = 0;
    }

    /// The live slot used least recently.
    fn oldest(&self) -> Option<usize> {
        (0..self.flat.geometry.slots).filter(|&i| self.flat.tag(i) == FULL).min_by_key(|&i| self.used[i])
    }

    fn iter(&self) -> impl Iterator<Item = (Vec<u8>, Vec<u8>)> + '_ {
        (0..self.flat.geometry.slots).filter(|&i| self.flat.tag(i) == FULL).map(|i| (self.key(i), self.value(i)))
    }
}

#[derive(Debug)]
enum Store {
    Hash(Slots),
    Lru { slots: Slots, clock: u64 },
    /// Values by index, and whether each index was ever written.
    Array { values: Vec<u8>, written: Vec<bool> },
}

/// Why a data-plane update stored nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpdateError {
    Full(u32),
    OutOfRange(u32),
    ZeroSize,
    BadSize,
}

impl std::fmt::Display for UpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UpdateError::Full(size) => write!(f, "map is full ({size} entries)"),
            UpdateError::OutOfRange(size) => write!(f, "array index out of range (size {size})"),
            UpdateError::ZeroSize => write!(f, "map has size 0"),
            UpdateError::BadSize => write!(f, "key or value of the wrong size"),
        }
    }
}

/// One map instance.
#[derive(Debug)]
pub struct Map {
    pub name: String,
    pub kind: MapKind,
    pub size: u32,
    pub key: StructLayout,
    pub value: StructLayout,
    store: Mutex<Store>,
}

impl Map {
    pub fn new(decl: &MapDecl) -> Self {
        let key = layout::c_struct(&decl.key);
        let value = layout::c_struct(&decl.value);
        let vs = value.size as usize;
        let store = match decl.kind {
            MapKind::Hash => Store::Hash(Slots::new(&key, &value, decl.size)),
            MapKind::Lru => Store::Lru { slots: Slots::new(&key, &value, decl.size), clock: 0 },
            MapKind::Array => {
                Store::Array { values: vec![0; decl.size as usize * vs], written: vec![false; decl.size as usize] }
            }
        };
        Map { name: decl.name.clone(), kind: decl.kind, size: decl.size, key, value, store: Mutex::new(store) }
    }

    fn lock(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The flat store's cell of a hash map (what generated code probes for lookups); `None` for
    /// LRU maps (a lookup is a use) and arrays.
    pub fn cell(&self) -> Option<*const FlatCell> {
        match &*self.lock() {
            Store::Hash(slots) => Some(slots.flat.cell()),
            _ => None,
        }
    }

    fn array_index(&self, key: &[u8]) -> Option<usize> {
        match self.key.fields.as_slice() {
            [field] => {
                let k = layout::get(key, field);
                (k < u128::from(self.size)).then_some(k as usize)
            }
            _ => None,
        }
    }

    /// Data-plane lookup: copies the value into `out` (zeros on a miss); an LRU lookup counts as use.
    pub fn lookup(&self, key: &[u8], out: &mut [u8]) -> bool {
        let vs = self.value.size as usize;
        let index = self.array_index(key);
        let mut store = self.lock();
        out.fill(0);
        let n = out.len().min(vs);
        let slot = match &mut *store {
            Store::Hash(slots) => slots.find(key).map(|i| (slots, i)),
            Store::Lru { slots, clock } => {
                *clock += 1;
                let now = *clock;
                let found = slots.find(key);
                if let Some(i) = found {
                    slots.used[i] = now;
                }
                found.map(|i| (slots, i))
            }
            Store::Array { values, .. } => {
                return match index {
                    Some(i) => {
                        out[..n].copy_from_slice(&values[i * vs..][..n]);
                        true
                    }
                    None => false,
                };
            }
        };
        match slot {
            Some((slots, i)) => {
                slots.copy_value(i, &mut out[..n]);
                true
            }
            None => false,
        }
    }

    /// Control-plane read: no effect on LRU order.
    pub fn peek(&self, key: &[u8]) -> Option<Vec<u8>> {
        let index = self.array_index(key);
        let store = self.lock();
        match &*store {
            Store::Hash(slots) | Store::Lru { slots, .. } => slots.find(key).map(|i| slots.value(i)),
            Store::Array { values, .. } => {
                let vs = self.value.size as usize;
                index.map(|i| values[i * vs..(i + 1) * vs].to_vec())
            }
        }
    }

    /// Insert or overwrite.
    pub fn update(&self, key: &[u8], value: &[u8]) -> Result<(), UpdateError> {
        if key.len() != self.key.size as usize || value.len() != self.value.size as usize {
            return Err(UpdateError::BadSize);
        }
        let size = self.size;
        let index = self.array_index(key);
        let mut store = self.lock();
        match &mut *store {
            Store::Hash(slots) => {
                if let Some(i) = slots.find(key) {
                    slots.set_value(i, value);
                } else if slots.len >= size as usize {
                    return Err(UpdateError::Full(size));
                } else {
                    slots.insert_new(key, value, 0);
                }
            }
            Store::Lru { slots, clock } => {
                *clock += 1;
                let now = *clock;
                if let Some(i) = slots.find(key) {
                    slots.set_value(i, value);
                    slots.used[i] = now;
                    return Ok(());
                }
                if size == 0 {
                    return Err(UpdateError::ZeroSize);
                }
                while slots.len >= size as usize {
                    match slots.oldest() {
                        Some(i) => slots.remove_slot(i),
                        None => break,
                    }
                }
                slots.insert_new(key, value, now);
            }
            Store::Array { values, written } => match index {
                Some(i) => {
                    let vs = value.len();
                    values[i * vs..(i + 1) * vs].copy_from_slice(value);
                    written[i] = true;
                }
                None => return Err(UpdateError::OutOfRange(size)),
            },
        }
        Ok(())
    }

    /// Remove a key (a no-op for arrays).
    pub fn delete(&self, key: &[u8]) {
        let mut store = self.lock();
        match &mut *store {
            Store::Hash(slots) | Store::Lru { slots, .. } => {
                if let Some(i) = slots.find(key) {
                    slots.remove_slot(i);
                }
            }
            Store::Array { .. } => {}
        }
    }

    /// Stored entries (arrays: indexes ever written).
    pub fn len(&self) -> usize {
        match &*self.lock() {
            Store::Hash(slots) | Store::Lru { slots, .. } => slots.len,
            Store::Array { written, .. } => written.iter().filter(|w| **w).count(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every stored (key, value), sorted by key bytes (arrays: the written indexes).
    pub fn entries(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        let store = self.lock();
        let mut out: Vec<(Vec<u8>, Vec<u8>)> = match &*store {
            Store::Hash(slots) | Store::Lru { slots, .. } => {
                slots.iter().collect()
            }
            Store::Array { values, written } => {
                let vs = self.value.size as usize;
                let field = self.key.fields.first();
                written
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| **w)
                    .map(|(i, _)| {
                        let mut key = vec![0u8; self.key.size as usize];
                        if let Some(f) = field {
                            layout::put(&mut key, f, i as u128);
                        }
                        (key, values[i * vs..(i + 1) * vs].to_vec())
                    })
                    .collect()
            }
        };
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flowmark_compiler::ir::{LayoutField, Type};

    fn decl(kind: MapKind, size: u32) -> MapDecl {
        MapDecl {
            name: "m".into(),
            kind,
            size,
            key: vec![LayoutField { name: "k".into(), ty: Type::bits(32) }],
            value: vec![LayoutField { name: "v".into(), ty: Type::bits(16) }],
            span: Default::default(),
        }
    }

    #[test]
    fn hash_map_refuses_new_keys_when_full() {
        let m = Map::new(&decl(MapKind::Hash, 2));
        let k = |i: u32| i.to_le_bytes().to_vec();
        m.update(&k(1), &[1, 0]).unwrap();
        m.update(&k(2), &[2, 0]).unwrap();
        assert_eq!(m.update(&k(3), &[3, 0]), Err(UpdateError::Full(2)));
        m.update(&k(2), &[9, 0]).unwrap();
        let mut out = [0u8; 2];
        assert!(m.lookup(&k(2), &mut out));
        assert_eq!(out, [9, 0]);
        m.delete(&k(1));
        m.update(&k(3), &[3, 0]).unwrap();
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn lru_evicts_the_least_recently_used() {
        let m = Map::new(&decl(MapKind::Lru, 2));
        let k = |i: u32| i.to_le_bytes().to_vec();
        m.update(&k(1), &[1, 0]).unwrap();
        m.update(&k(2), &[2, 0]).unwrap();
        let mut out = [0u8; 2];
        assert!(m.lookup(&k(1), &mut out));
        m.update(&k(3), &[3, 0]).unwrap();
        assert!(m.peek(&k(2)).is_none());
        assert!(m.peek(&k(1)).is_some());
    }

    #[test]
    fn many_deletes_and_inserts_keep_working() {
        let m = Map::new(&decl(MapKind::Hash, 8));
        for round in 0..1000u32 {
            let key = round.to_le_bytes();
            m.update(&key, &[round as u8, 0]).unwrap();
            m.delete(&key);
        }
        assert_eq!(m.len(), 0);
    }

    #[test]
    fn array_map_has_every_index() {
        let m = Map::new(&decl(MapKind::Array, 4));
        let mut out = [7u8; 2];
        assert!(m.lookup(&3u32.to_le_bytes(), &mut out));
        assert_eq!(out, [0, 0]);
        assert!(!m.lookup(&4u32.to_le_bytes(), &mut out));
        assert_eq!(m.update(&9u32.to_le_bytes(), &[1, 0]), Err(UpdateError::OutOfRange(4)));
    }
}
