//! Stateful externs of a [`Machine`](super::Machine): map contents (hash, array, LRU), hint
//! contents and counters, with the data-plane operations the interpreter performs on them and the
//! validation the control plane goes through.

use std::collections::HashMap;

use crate::ir::{LayoutField, MapDecl, MapKind, Type};

/// Check that `values` has one value per field of `layout` and that each fits its field's type.
pub(crate) fn check_layout(what: &str, layout: &[LayoutField], values: &[u128]) -> Result<(), String> {
    if layout.len() != values.len() {
        return Err(format!("{what} has {} fields, {} values given", layout.len(), values.len()));
    }
    for (field, &value) in layout.iter().zip(values) {
        check_fits(value, field.ty).map_err(|e| format!("{what} field `{}`: {e}", field.name))?;
    }
    Ok(())
}

/// `Err` when `value` has bits outside `ty`'s width.
pub(crate) fn check_fits(value: u128, ty: Type) -> Result<(), String> {
    if value & !ty.mask() != 0 {
        Err(format!("value {value:#x} does not fit {}", type_name(ty)))
    } else {
        Ok(())
    }
}

/// `bit<8>`, `int<16>`, `bool`.
pub(crate) fn type_name(ty: Type) -> String {
    match ty {
        Type::Bits { width, signed: false } => format!("bit<{width}>"),
        Type::Bits { width, signed: true } => format!("int<{width}>"),
        Type::Bool => "bool".to_string(),
    }
}

/// The contents of one map.
#[derive(Clone, Debug)]
pub(crate) enum MapStore {
    Hash(HashMap<Vec<u128>, Vec<u128>>),
    /// Value and the clock tick of its last use.
    Lru {
        entries: HashMap<Vec<u128>, (Vec<u128>, u64)>,
        clock: u64,
    },
    /// Index -> value; absent indexes are zero.
    Array(HashMap<u32, Vec<u128>>),
}

/// One map instance.
#[derive(Clone, Debug)]
pub(crate) struct MapState {
    pub size: u32,
    pub value_len: usize,
    pub store: MapStore,
}

impl MapState {
    pub fn new(decl: &MapDecl) -> Self {
        let store = match decl.kind {
            MapKind::Hash => MapStore::Hash(HashMap::new()),
            MapKind::Lru => MapStore::Lru { entries: HashMap::new(), clock: 0 },
            MapKind::Array => MapStore::Array(HashMap::new()),
        };
        MapState { size: decl.size, value_len: decl.value.len(), store }
    }

    /// The array index of a key, if in range.
    fn index(&self, key: &[u128]) -> Option<u32> {
        match key {
            [k] if *k < u128::from(self.size) => Some(*k as u32),
            _ => None,
        }
    }

    /// Data-plane lookup (an LRU lookup counts as use).
    pub fn lookup(&mut self, key: &[u128]) -> Option<Vec<u128>> {
        let zeros = vec![0; self.value_len];
        let index = self.index(key);
        match &mut self.store {
            MapStore::Hash(m) => m.get(key).cloned(),
            MapStore::Lru { entries, clock } => {
                *clock += 1;
                let now = *clock;
                entries.get_mut(key).map(|(v, used)| {
                    *used = now;
                    v.clone()
                })
            }
            MapStore::Array(m) => index.map(|i| m.get(&i).cloned().unwrap_or(zeros)),
        }
    }

    /// Control-plane read: no effect on LRU order.
    pub fn peek(&self, key: &[u128]) -> Option<Vec<u128>> {
        match &self.store {
            MapStore::Hash(m) => m.get(key).cloned(),
            MapStore::Lru { entries, .. } => entries.get(key).map(|(v, _)| v.clone()),
            MapStore::Array(m) => {
                self.index(key).map(|i| m.get(&i).cloned().unwrap_or_else(|| vec![0; self.value_len]))
            }
        }
    }

    /// Insert or overwrite. `Err` says why nothing was stored (full hash map, array index out of
    /// range); an LRU map evicts instead.
    pub fn update(&mut self, key: &[u128], value: Vec<u128>) -> Result<(), String> {
        let size = self.size as usize;
        let index = self.index(key);
        match &mut self.store {
            MapStore::Hash(m) => {
                if let Some(slot) = m.get_mut(key) {
                    *slot = value;
                } else if m.len() >= size {
                    return Err(format!("map is full ({size} entries)"));
                } else {
                    m.insert(key.to_vec(), value);
                }
            }
            MapStore::Lru { entries, clock } => {
                *clock += 1;
                let now = *clock;
                if let Some(slot) = entries.get_mut(key) {
                    *slot = (value, now);
                    return Ok(());
                }
                if size == 0 {
                    return Err("map has size 0".to_string());
                }
                while entries.len() >= size {
                    let oldest = entries.iter().min_by_key(|(_, (_, used))| *used).map(|(k, _)| k.clone());
                    match oldest {
                        Some(k) => entries.remove(&k),
                        None => break,
                    };
                }
                entries.insert(key.to_vec(), (value, now));
            }
            MapStore::Array(m) => match index {
                Some(i) => {
                    m.insert(i, value);
                }
                None => return Err(format!("array index out of range (size {size})")),
            },
        }
        Ok(())
    }

    /// Remove a key (no-op for arrays).
    pub fn delete(&mut self, key: &[u128]) {
        match &mut self.store {
            MapStore::Hash(m) => {
                m.remove(key);
            }
            MapStore::Lru { entries, .. } => {
                entries.remove(key);
            }
            MapStore::Array(_) => {}
        }
    }

    /// Number of stored entries (for arrays: indexes written so far).
    pub fn len(&self) -> usize {
        match &self.store {
            MapStore::Hash(m) => m.len(),
            MapStore::Lru { entries, .. } => entries.len(),
            MapStore::Array(m) => m.len(),
        }
    }
}

/// One hint instance: key -> mark.
#[derive(Clone, Debug, Default)]
pub(crate) struct HintState {
    pub entries: HashMap<Vec<u128>, u32>,
}

/// One counter instance: index -> (packets, bytes); absent indexes are zero.
#[derive(Clone, Debug, Default)]
pub(crate) struct CounterState {
    pub cells: HashMap<u32, (u64, u64)>,
}

impl CounterState {
    pub fn add(&mut self, index: u32, packets: u64, bytes: u64) {
        let cell = self.cells.entry(index).or_default();
        cell.0 = cell.0.wrapping_add(packets);
        cell.1 = cell.1.wrapping_add(bytes);
    }
    pub fn get(&self, index: u32) -> (u64, u64) {
        self.cells.get(&index).copied().unwrap_or((0, 0))
    }
}
