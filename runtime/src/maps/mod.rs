//! `Map<K, V>` instances of the native datapath: hash, array and LRU hash maps over the C-struct
//! byte layouts of [`flowmark_compiler::layout::map_layouts`] (the eBPF target's kernel maps use
//! the same ones).
//!
//! Packets both read and write maps, so a map is a fixed-capacity store behind one mutex per map:
//! every operation (data plane or control plane) is atomic, no entry is ever torn and no update is
//! lost. Storage is allocated up front (open addressing, at most `size` live keys in at least
//! `2 * size` slots), so lookups and updates of existing keys never allocate; the rare rehash that
//! clears deleted slots happens inside an insert. Semantics are the interpreter's: a full hash map
//! ignores new keys (the update reports failure), an LRU map evicts its least recently used key
//! (lookups, hit or miss, and updates advance its clock), an array map has every index `< size`,
//! zeroed, and ignores deletes.

use std::sync::{Mutex, MutexGuard};

use flowmark_compiler::ir::{MapDecl, MapKind};
use flowmark_compiler::layout::{self, StructLayout};

use crate::tables::hash_bytes;

const EMPTY: u8 = 0;
const FULL: u8 = 1;
const DELETED: u8 = 2;

/// Open-addressing storage of a hash or LRU map.
#[derive(Debug)]
struct Slots {
    key_size: usize,
    value_size: usize,
    mask: usize,
    state: Vec<u8>,
    keys: Vec<u8>,
    values: Vec<u8>,
    /// LRU clock tick of each slot's last use.
    used: Vec<u64>,
    len: usize,
    deleted: usize,
}

impl Slots {
    fn new(key_size: usize, value_size: usize, size: u32) -> Self {
        let capacity = (size.max(4) as usize * 2).next_power_of_two();
        Slots {
            key_size,
            value_size,
            mask: capacity - 1,
            state: vec![EMPTY; capacity],
            keys: vec![0; capacity * key_size],
            values: vec![0; capacity * value_size],
            used: vec![0; capacity],
            len: 0,
            deleted: 0,
        }
    }

    fn key(&self, slot: usize) -> &[u8] {
        &self.keys[slot * self.key_size..(slot + 1) * self.key_size]
    }

    fn value(&self, slot: usize) -> &[u8] {
        &self.values[slot * self.value_size..(slot + 1) * self.value_size]
    }

    /// The slot holding `key`.
    fn find(&self, key: &[u8]) -> Option<usize> {
        let mut i = hash_bytes(key) as usize & self.mask;
        for _ in 0..=self.mask {
            match self.state[i] {
                EMPTY => return None,
                FULL if self.key(i) == key => return Some(i),
                _ => {}
            }
            i = (i + 1) & self.mask;
        }
        None
    }

    /// Store a new key (known absent, with room) and return its slot.
    fn insert_new(&mut self, key: &[u8], value: &[u8], now: u64) -> usize {
        if (self.len + self.deleted + 1) * 4 > (self.mask + 1) * 3 {
            self.rehash();
        }
        let mut i = hash_bytes(key) as usize & self.mask;
        while self.state[i] == FULL {
            i = (i + 1) & self.mask;
        }
        if self.state[i] == DELETED {
            self.deleted -= 1;
        }
        self.state[i] = FULL;
        self.keys[i * self.key_size..(i + 1) * self.key_size].copy_from_slice(key);
        self.values[i * self.value_size..(i + 1) * self.value_size].copy_from_slice(value);
        self.used[i] = now;
        self.len += 1;
        i
    }

    fn remove_slot(&mut self, slot: usize) {
        self.state[slot] = DELETED;
        self.len -= 1;
        self.deleted += 1;
    }

    /// Re-insert every live key into cleared slots (drops deleted markers).
    fn rehash(&mut self) {
        let live: Vec<(Vec<u8>, Vec<u8>, u64)> = (0..=self.mask)
            .filter(|&i| self.state[i] == FULL)
            .map(|i| (self.key(i).to_vec(), self.value(i).to_vec(), self.used[i]))
            .collect();
        self.state.fill(EMPTY);
        self.len = 0;
        self.deleted = 0;
        for (k, v, used) in live {
            let mut i = hash_bytes(&k) as usize & self.mask;
            while self.state[i] == FULL {
                i = (i + 1) & self.mask;
            }
            self.state[i] = FULL;
            self.keys[i * self.key_size..(i + 1) * self.key_size].copy_from_slice(&k);
            self.values[i * self.value_size..(i + 1) * self.value_size].copy_from_slice(&v);
            self.used[i] = used;
            self.len += 1;
        }
    }

    /// The live slot used least recently.
    fn oldest(&self) -> Option<usize> {
        (0..=self.mask).filter(|&i| self.state[i] == FULL).min_by_key(|&i| self.used[i])
    }

    fn iter(&self) -> impl Iterator<Item = (&[u8], &[u8])> + '_ {
        (0..=self.mask).filter(|&i| self.state[i] == FULL).map(|i| (self.key(i), self.value(i)))
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
        let (ks, vs) = (key.size as usize, value.size as usize);
        let store = match decl.kind {
            MapKind::Hash => Store::Hash(Slots::new(ks, vs, decl.size)),
            MapKind::Lru => Store::Lru { slots: Slots::new(ks, vs, decl.size), clock: 0 },
            MapKind::Array => {
                Store::Array { values: vec![0; decl.size as usize * vs], written: vec![false; decl.size as usize] }
            }
        };
        Map { name: decl.name.clone(), kind: decl.kind, size: decl.size, key, value, store: Mutex::new(store) }
    }

    fn lock(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
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
        let found: Option<&[u8]> = match &mut *store {
            Store::Hash(slots) => slots.find(key).map(|i| &slots.values[i * vs..(i + 1) * vs]),
            Store::Lru { slots, clock } => {
                *clock += 1;
                let now = *clock;
                match slots.find(key) {
                    Some(i) => {
                        slots.used[i] = now;
                        Some(&slots.values[i * vs..(i + 1) * vs])
                    }
                    None => None,
                }
            }
            Store::Array { values, .. } => index.map(|i| &values[i * vs..(i + 1) * vs]),
        };
        match found {
            Some(v) => {
                let n = out.len().min(v.len());
                out[..n].copy_from_slice(&v[..n]);
                out[n..].fill(0);
                true
            }
            None => {
                out.fill(0);
                false
            }
        }
    }

    /// Control-plane read: no effect on LRU order.
    pub fn peek(&self, key: &[u8]) -> Option<Vec<u8>> {
        let index = self.array_index(key);
        let store = self.lock();
        match &*store {
            Store::Hash(slots) | Store::Lru { slots, .. } => slots.find(key).map(|i| slots.value(i).to_vec()),
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
                    slots.values[i * slots.value_size..(i + 1) * slots.value_size].copy_from_slice(value);
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
                    slots.values[i * slots.value_size..(i + 1) * slots.value_size].copy_from_slice(value);
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
                slots.iter().map(|(k, v)| (k.to_vec(), v.to_vec())).collect()
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
