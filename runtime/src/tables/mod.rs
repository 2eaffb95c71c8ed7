//! Match-action tables of the native datapath, stored in the byte layouts of
//! [`flowmark_compiler::layout`] (the eBPF target's kernel maps use the same ones).
//!
//! A [`Table`] keeps the control plane's entry list and publishes an immutable [`TableSnapshot`]
//! through an [`rcu::Rcu`] cell after every change (read-copy-update): a packet reads the current
//! snapshot through its thread's cache (no lock, no atomic read-modify-write, no allocation),
//! probes it and copies the winning value out. Storage by
//! [`TableStorage`]: exact keys in one open-addressing hash index; `array_table` keys index an
//! array directly; LPM and ternary/range tables use tuple space search: entries are grouped by their
//! mask tuple (and priority), each group is a hash index over the masked key, and groups are tried
//! from the best possible rank down, stopping as soon as no later group can beat the best match.
//! The winner is the interpreter's: highest priority, then longest total LPM prefix, then earliest
//! inserted. Exact tables and LPM/ternary tables of up to 16 entries also get a flat mirror of each
//! snapshot (`flat_table`) that generated code probes inline.

mod flat_table;
mod hash;
mod hint;
pub mod rcu;

pub use flat_table::table_geometry;
pub use hash::{hash_word_multiplier, hash_words, home_slot, home_slot_shift};
pub use hint::{hint_geometry, Hint};

pub(crate) use hash::{with_words, words_vec, ExactIndex, MAX_WORDS};

use std::cmp::Reverse;
use std::sync::{Arc, Mutex, MutexGuard};

use rcu::Rcu;

use crate::flat::{FlatCell, FlatStore};

use cranelift_entity::EntityRef;
use flowmark_compiler::interp::sign_extend;
use flowmark_compiler::ir::{self, ActionCall, Entry, KeyMatch, MatchKind, Module, TableId};
use flowmark_compiler::layout::{self, FieldLayout, TableLayout, TableStorage};

/// Where each table key (in `Table::keys` order) lives in the key layout.
pub fn key_fields(module: &Module, table: TableId, layout: &TableLayout) -> Vec<FieldLayout> {
    let keys = &module.tables[table].keys;
    if layout.storage != TableStorage::LpmTrie {
        return layout.key.fields.clone();
    }
    // The trie layout puts exact keys first and the LPM key last.
    let mut order: Vec<usize> = (0..keys.len()).filter(|&i| keys[i].match_kind != MatchKind::Lpm).collect();
    order.extend((0..keys.len()).filter(|&i| keys[i].match_kind == MatchKind::Lpm));
    let mut out = vec![layout.key.fields[0].clone(); keys.len()];
    for (position, &key) in order.iter().enumerate() {
        out[key] = layout.key.fields[position].clone();
    }
    out
}

/// Encode a table value: action id, priority (ternary storage), the action's arguments in its slots.
pub fn encode_value(module: &Module, table: TableId, layout: &TableLayout, call: &ActionCall, priority: u32) -> Vec<u8> {
    let mut bytes = vec![0u8; layout.value.size as usize];
    let id = call.action.index() as u32;
    bytes[layout.action_offset as usize..][..4].copy_from_slice(&id.to_le_bytes());
    if let Some(offset) = layout.priority_offset {
        bytes[offset as usize..][..4].copy_from_slice(&priority.to_le_bytes());
    }
    let position = module.tables[table].actions.iter().position(|a| *a == call.action);
    if let Some(start) = position.and_then(|p| layout.param_start.get(p)) {
        for (j, arg) in call.args.iter().enumerate() {
            if let Some(field) = layout.value.fields.get(start + j) {
                layout::put(&mut bytes, field, *arg);
            }
        }
    }
    bytes
}

/// Encode key values (one per table key, in key order) into the table's key layout. For LPM
/// storage the leading prefix length is the total width of the key fields.
pub fn encode_key(module: &Module, table: TableId, layout: &TableLayout, values: &[u128]) -> Vec<u8> {
    let fields = key_fields(module, table, layout);
    let mut bytes = vec![0u8; layout.key.size as usize];
    for (field, value) in fields.iter().zip(values) {
        layout::put(&mut bytes, field, *value);
    }
    if layout.storage == TableStorage::LpmTrie {
        let bits: u32 = fields.iter().map(|f| f.size * 8).sum();
        bytes[..4].copy_from_slice(&bits.to_le_bytes());
    }
    bytes
}


/// An entry's key bytes, mask bytes, total LPM prefix and range bounds.
type EntryKey = (Vec<u8>, Vec<u8>, u32, Vec<(u128, u128)>);

/// One range-matched key: where it is in the key and how to compare it.
#[derive(Clone, Debug)]
struct RangeField {
    field: FieldLayout,
    signed: bool,
}

/// A tuple-space group: entries with one mask tuple (and one total prefix).
#[derive(Clone, Debug)]
struct Group {
    mask: Vec<u8>,
    /// `mask` as words (see [`Words`]).
    mask_words: Vec<u64>,
    /// The best priority among the group's entries.
    priority: u32,
    /// Total LPM prefix length of the group's entries.
    prefix: u32,
    /// Masked key -> bucket number.
    index: ExactIndex,
    /// Entry numbers per bucket, best rank first.
    buckets: Vec<Vec<u32>>,
}

#[derive(Clone, Debug)]
enum Index {
    Exact(ExactIndex),
    Array { direct: Vec<u32>, field: FieldLayout, overflow: ExactIndex },
    Groups { groups: Vec<Group>, ranges: Vec<RangeField> },
    /// Few entries: (masked key, mask) words per entry, best rank first; the first match wins.
    Linear { words: usize, values: Vec<u64>, masks: Vec<u64>, ids: Vec<u32>, ranges: Vec<RangeField> },
}

/// Tables with at most this many LPM/ternary/range entries are scanned linearly.
const LINEAR_MAX: usize = 16;

/// An immutable view of one table: what a packet probes.
#[derive(Clone, Debug)]
pub struct TableSnapshot {
    key_size: usize,
    value_size: usize,
    default: Vec<u8>,
    /// Entry values, `value_size` bytes each, by entry number.
    values: Vec<u8>,
    /// (priority, insertion sequence) by entry number.
    ranks: Vec<(u32, u64)>,
    /// (lo, hi) of each range field, `ranges.len()` per entry.
    bounds: Vec<(u128, u128)>,
    index: Index,
}

impl TableSnapshot {
    pub fn key_size(&self) -> usize {
        self.key_size
    }
    pub fn value_size(&self) -> usize {
        self.value_size
    }

    /// The entry number matching `key` best.
    #[inline]
    pub fn find(&self, key: &[u8]) -> Option<u32> {
        if key.len() != self.key_size {
            return None;
        }
        match &self.index {
            Index::Exact(index) => with_words(key, |w| index.get_words(w)),
            Index::Array { direct, field, overflow } => {
                let k = layout::get(key, field);
                match direct.get(k as usize) {
                    Some(&slot) if k < direct.len() as u128 => slot.checked_sub(1),
                    _ => overflow.get(key),
                }
            }
            Index::Linear { words: n, values, masks, ids, ranges } => with_words(key, |words| {
                if words.len() != *n {
                    return None;
                }
                for (i, &id) in ids.iter().enumerate() {
                    let (v, m) = (&values[i * n..(i + 1) * n], &masks[i * n..(i + 1) * n]);
                    let hit = words.iter().zip(v).zip(m).all(|((k, v), m)| k & m == *v);
                    if hit && self.in_ranges(id, key, ranges) {
                        return Some(id);
                    }
                }
                None
            }),
            Index::Groups { groups, ranges } => {
                with_words(key, |words| {
                    let mut stack = [0u64; MAX_WORDS];
                    let mut heap = Vec::new();
                    let masked: &mut [u64] = if words.len() <= MAX_WORDS {
                        &mut stack[..words.len()]
                    } else {
                        heap.resize(words.len(), 0);
                        &mut heap
                    };
                    let mut best: Option<(u32, u32, Reverse<u64>, u32)> = None;
                    for group in groups {
                        if let Some((p, x, _, _)) = best {
                            if (group.priority, group.prefix) < (p, x) {
                                break;
                            }
                        }
                        for ((m, k), g) in masked.iter_mut().zip(words.iter()).zip(&group.mask_words) {
                            *m = k & g;
                        }
                        let Some(bucket) = group.index.get_words(masked) else { continue };
                        let Some(entries) = group.buckets.get(bucket as usize) else { continue };
                        for &e in entries {
                            if !self.in_ranges(e, key, ranges) {
                                continue;
                            }
                            let (priority, seq) = self.ranks[e as usize];
                            let rank = (priority, group.prefix, Reverse(seq), e);
                            if best.is_none_or(|b| (rank.0, rank.1, rank.2) > (b.0, b.1, b.2)) {
                                best = Some(rank);
                            }
                            break;
                        }
                    }
                    best.map(|b| b.3)
                })
            }
        }
    }

    fn in_ranges(&self, entry: u32, key: &[u8], ranges: &[RangeField]) -> bool {
        let start = entry as usize * ranges.len();
        ranges.iter().zip(&self.bounds[start..start + ranges.len()]).all(|(r, &(lo, hi))| {
            let k = layout::get(key, &r.field);
            if r.signed {
                let w = r.field.width;
                let k = sign_extend(k, w);
                sign_extend(lo, w) <= k && k <= sign_extend(hi, w)
            } else {
                lo <= k && k <= hi
            }
        })
    }

    /// Look `key` up and copy the winning value (or the default) into `out`; true on a hit.
    #[inline]
    pub fn lookup(&self, key: &[u8], out: &mut [u8]) -> bool {
        let found = self.find(key);
        let value = match found {
            Some(e) => &self.values[e as usize * self.value_size..][..self.value_size],
            None => &self.default[..],
        };
        copy_small(out, value);
        found.is_some()
    }
}

/// The control plane's copy of a table's contents.
#[derive(Clone, Debug)]
struct Contents {
    /// Normalised entries with their insertion sequence numbers.
    entries: Vec<(Entry, u64)>,
    default: ActionCall,
    next_seq: u64,
}

/// One table: entries kept by the control plane, snapshots read by packets.
#[derive(Debug)]
pub struct Table {
    pub id: TableId,
    pub layout: TableLayout,
    key_fields: Vec<FieldLayout>,
    key_kinds: Vec<(MatchKind, ir::Type)>,
    contents: Mutex<Contents>,
    snapshot: Rcu<TableSnapshot>,
    /// The inline-probed mirror of the snapshot (see [`table_geometry`]), and the exact slots it
    /// filled last (guarded by `contents`' lock).
    flat: Option<FlatStore>,
    flat_used: Mutex<Vec<usize>>,
}

impl Table {
    /// A table with its const entries (entry `i` of `n` has priority `n - i`) and declared default.
    pub fn new(module: &Module, id: TableId) -> Self {
        let decl = &module.tables[id];
        let layout = layout::table_layout(module, id);
        let mut entries = Vec::new();
        if let Some(consts) = &decl.const_entries {
            let count = consts.len();
            for (i, e) in consts.iter().enumerate() {
                let mut e = flowmark_compiler::interp::check_entry(module, id, e).unwrap_or_else(|_| e.clone());
                e.priority = (count - i) as u32;
                entries.push((e, i as u64));
            }
        }
        let contents = Contents { next_seq: entries.len() as u64, entries, default: decl.default_action.clone() };
        let key_fields = key_fields(module, id, &layout);
        let key_kinds = decl.keys.iter().map(|k| (k.match_kind, k.ty)).collect();
        let mut table = Table {
            id,
            layout,
            key_fields,
            key_kinds,
            contents: Mutex::new(contents.clone()),
            snapshot: Rcu::new(TableSnapshot {
                key_size: 0,
                value_size: 0,
                default: Vec::new(),
                values: Vec::new(),
                ranks: Vec::new(),
                bounds: Vec::new(),
                index: Index::Exact(ExactIndex::default()),
            }),
            flat: table_geometry(module, id).map(FlatStore::new),
            flat_used: Mutex::new(Vec::new()),
        };
        let snapshot = table.build(module, &contents);
        table.publish_flat(&snapshot);
        table.snapshot = Rcu::new(snapshot);
        table
    }

    /// The flat store's cell, when the table has one.
    pub fn cell(&self) -> Option<*const FlatCell> {
        self.flat.as_ref().map(FlatStore::cell)
    }

    /// Mirror a new snapshot into the flat store (under the writer lock).
    fn publish_flat(&self, snapshot: &TableSnapshot) {
        if let Some(flat) = &self.flat {
            let mut used = self.flat_used.lock().unwrap_or_else(|e| e.into_inner());
            flat_table::publish(flat, snapshot, &mut used);
        }
    }

    /// The current snapshot (control-plane reads; packets use [`Table::with_snapshot`]).
    pub fn snapshot(&self) -> Arc<TableSnapshot> {
        self.snapshot.load()
    }

    /// Run `f` on the current snapshot through the reading thread's cache (no atomic
    /// read-modify-write on the way: see [`rcu`]).
    #[inline]
    pub fn with_snapshot<R>(&self, f: impl FnOnce(&TableSnapshot) -> R) -> R {
        self.snapshot.with(f)
    }

    fn lock(&self) -> MutexGuard<'_, Contents> {
        self.contents.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Number of entries (const entries included).
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Change the contents under the writer lock, then publish a new snapshot. `change` gets the
    /// entries, the default action and the next sequence number.
    pub(crate) fn modify<T>(
        &self,
        module: &Module,
        change: impl FnOnce(&mut Vec<(Entry, u64)>, &mut ActionCall, &mut u64) -> Result<T, String>,
    ) -> Result<T, String> {
        let mut contents = self.lock();
        let c = &mut *contents;
        let out = change(&mut c.entries, &mut c.default, &mut c.next_seq)?;
        let snapshot = self.build(module, c);
        self.publish_flat(&snapshot);
        self.snapshot.store(snapshot);
        Ok(out)
    }

    /// The entries in insertion order.
    pub fn entries(&self) -> Vec<Entry> {
        self.lock().entries.iter().map(|(e, _)| e.clone()).collect()
    }

    /// The default action.
    pub fn default_action(&self) -> ActionCall {
        self.lock().default.clone()
    }

    /// Key bytes and mask bytes of an entry; range bounds separately.
    fn entry_key(&self, entry: &Entry) -> EntryKey {
        let size = self.layout.key.size as usize;
        let (mut key, mut mask) = (vec![0u8; size], vec![0u8; size]);
        let mut prefix = 0u32;
        let mut bounds = Vec::new();
        for ((field, m), (_, ty)) in self.key_fields.iter().zip(&entry.keys).zip(&self.key_kinds) {
            match *m {
                KeyMatch::Exact(v) => {
                    layout::put(&mut key, field, v);
                    layout::put(&mut mask, field, ty.mask());
                }
                KeyMatch::Lpm(v, len) => {
                    let pm = prefix_mask(ty.width(), len);
                    layout::put(&mut key, field, v & pm);
                    layout::put(&mut mask, field, pm);
                    prefix += u32::from(len);
                }
                KeyMatch::Ternary(v, m) => {
                    layout::put(&mut key, field, v & m);
                    layout::put(&mut mask, field, m);
                }
                KeyMatch::Range(lo, hi) => bounds.push((lo, hi)),
            }
        }
        (key, mask, prefix, bounds)
    }

    fn build(&self, module: &Module, contents: &Contents) -> TableSnapshot {
        let key_size = self.layout.key.size as usize;
        let value_size = self.layout.value.size as usize;
        let entries = &contents.entries;
        let mut entry_values = Vec::with_capacity(entries.len() * value_size);
        let mut ranks = Vec::with_capacity(entries.len());
        // Priorities order entries only in tables with ternary or range keys (as the
        // interpreter); exact and lpm tables rank by prefix length, then insertion.
        let prioritized = self.key_kinds.iter().any(|(k, _)| matches!(k, MatchKind::Ternary | MatchKind::Range));
        for (entry, seq) in entries {
            entry_values.extend(encode_value(module, self.id, &self.layout, &entry.action, entry.priority));
            ranks.push((if prioritized { entry.priority } else { 0 }, *seq));
        }
        let default = encode_value(module, self.id, &self.layout, &contents.default, 0);
        // Entry numbers, best rank first: equal keys keep the best entry in exact indexes.
        let mut order: Vec<u32> = (0..entries.len() as u32).collect();
        order.sort_by_key(|&e| Reverse((ranks[e as usize].0, Reverse(ranks[e as usize].1))));
        let all_exact = self.key_kinds.iter().all(|(k, _)| *k == MatchKind::Exact);
        let mut bounds = Vec::new();
        let index = match self.layout.storage {
            TableStorage::Hash | TableStorage::Array if all_exact => {
                let mut index = ExactIndex::with_capacity(key_size, entries.len());
                let size = module.tables[self.id].size as usize;
                let array = self.layout.storage == TableStorage::Array && self.key_fields.len() == 1;
                let mut direct = if array { vec![0u32; size] } else { Vec::new() };
                for &e in &order {
                    let (key, _, _, _) = self.entry_key(&entries[e as usize].0);
                    if array {
                        let k = layout::get(&key, &self.key_fields[0]);
                        if k < size as u128 {
                            if direct[k as usize] == 0 {
                                direct[k as usize] = e + 1;
                            }
                            continue;
                        }
                    }
                    index.insert(&key, e);
                }
                if array {
                    Index::Array { direct, field: self.key_fields[0].clone(), overflow: index }
                } else {
                    Index::Exact(index)
                }
            }
            _ => {
                let ranges: Vec<RangeField> = self
                    .key_fields
                    .iter()
                    .zip(&self.key_kinds)
                    .filter(|(_, (k, _))| *k == MatchKind::Range)
                    .map(|(f, (_, ty))| RangeField { field: f.clone(), signed: ty.is_signed() })
                    .collect();
                if entries.len() <= LINEAR_MAX {
                    // Best rank first: priority, then total prefix, then earliest.
                    let mut keyed: Vec<(u32, EntryKey)> =
                        order.iter().map(|&e| (e, self.entry_key(&entries[e as usize].0))).collect();
                    keyed.sort_by_key(|(e, (_, _, prefix, _))| {
                        let (priority, seq) = ranks[*e as usize];
                        (Reverse(priority), Reverse(*prefix), seq)
                    });
                    let words = key_size.div_ceil(8);
                    let mut per_entry_bounds = vec![Vec::new(); entries.len()];
                    let (mut values, mut masks, mut ids) = (Vec::new(), Vec::new(), Vec::new());
                    for (e, (key, mask, _, b)) in keyed {
                        values.extend(words_vec(&key));
                        masks.extend(words_vec(&mask));
                        ids.push(e);
                        per_entry_bounds[e as usize] = b;
                    }
                    for mut b in per_entry_bounds {
                        b.resize(ranges.len(), (0, u128::MAX));
                        bounds.extend(b);
                    }
                    return TableSnapshot {
                        key_size,
                        value_size,
                        default,
                        values: entry_values,
                        ranks,
                        bounds,
                        index: Index::Linear { words, values, masks, ids, ranges },
                    };
                }
                let mut groups: Vec<Group> = Vec::new();
                let mut per_entry_bounds = vec![Vec::new(); entries.len()];
                for &e in &order {
                    let (key, mask, prefix, b) = self.entry_key(&entries[e as usize].0);
                    per_entry_bounds[e as usize] = b;
                    let priority = ranks[e as usize].0;
                    let g = match groups.iter().position(|g| g.mask == mask && g.prefix == prefix) {
                        Some(g) => g,
                        None => {
                            groups.push(Group {
                                mask_words: words_vec(&mask),
                                mask,
                                priority,
                                prefix,
                                index: ExactIndex::with_capacity(key_size, 16),
                                buckets: Vec::new(),
                            });
                            groups.len() - 1
                        }
                    };
                    let group = &mut groups[g];
                    group.priority = group.priority.max(priority);
                    let next = group.buckets.len() as u32;
                    if group.index.len() >= group.index.capacity() {
                        group.index = group.index.grown(group.index.capacity() * 2);
                    }
                    let bucket = group.index.insert(&key, next);
                    if bucket == next {
                        group.buckets.push(Vec::new());
                    }
                    group.buckets[bucket as usize].push(e);
                }
                for b in per_entry_bounds {
                    let mut b = b;
                    b.resize(ranges.len(), (0, u128::MAX));
                    bounds.extend(b);
                }
                groups.sort_by_key(|g| Reverse((g.priority, g.prefix)));
                Index::Groups { groups, ranges }
            }
        };
        TableSnapshot { key_size, value_size, default, values: entry_values, ranks, bounds, index }
    }
}

/// Copy `min(out.len(), value.len())` bytes, 4 at a time (table values are multiples of 4 bytes)
/// so the compiler inlines the copy instead of calling `memcpy`.
#[inline(always)]
fn copy_small(out: &mut [u8], value: &[u8]) {
    let n = out.len().min(value.len());
    let (out, value) = (&mut out[..n], &value[..n]);
    let mut o = out.chunks_exact_mut(4);
    let mut v = value.chunks_exact(4);
    for (a, b) in (&mut o).zip(&mut v) {
        a.copy_from_slice(b);
    }
    for (a, b) in o.into_remainder().iter_mut().zip(v.remainder()) {
        *a = *b;
    }
}

/// The mask selecting the top `len` bits of a `width`-bit value.
pub fn prefix_mask(width: u16, len: u16) -> u128 {
    let len = len.min(width);
    ir::mask(width) & !ir::mask(width - len)
}
