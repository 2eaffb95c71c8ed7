//! [`Pipeline`]: the run-time state of one compiled pipeline in the native datapath (tables, hints,
//! maps, counters, the random generator) and its control-plane API, which mirrors the reference
//! interpreter's `Machine` (same validation, same error cases) so the STF runner and entry files
//! drive both alike. Packets reach the state through the host functions of [`crate::host`].

use std::cell::Cell;
use std::mem::offset_of;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering};

use cranelift_entity::EntityRef;
use flowmark_compiler::interp::{check_action_call, check_entry, RANDOM_SEED};
use flowmark_compiler::ir::{
    ActionCall, CounterId, CounterKind, Entry, HintId, LayoutField, MapId, Module, TableId, Type,
};
use flowmark_compiler::layout;

use crate::flat::FlatCell;
use crate::maps::Map;
use crate::tables::{Hint, Table};

/// Per-thread counter shards: the first `SHARDS` threads that run packets get a worker number
/// each (1..=SHARDS, in [`Context::worker`](crate::Context)) and add to their own shard with plain
/// loads and stores (they alone write it); other threads (worker 0) use the shared atomic shard.
pub const SHARDS: usize = 16;

static NEXT_SHARD: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's shard (`usize::MAX` until it first asks).
    static SHARD: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// This thread's worker number: 1..=[`SHARDS`] for the first threads that ask, else 0 (shared).
#[inline]
pub fn thread_worker() -> u32 {
    SHARD
        .try_with(|s| {
            if s.get() == usize::MAX {
                s.set(NEXT_SHARD.fetch_add(1, Ordering::Relaxed));
            }
            s.get()
        })
        .ok()
        .filter(|&s| s < SHARDS)
        .map_or(0, |s| s as u32 + 1)
}

/// What generated code reads to count inline: the cells (packets, bytes interleaved per index)
/// of each worker's shard, null until that worker first counts through the runtime. The last
/// entry stays null: generated code reads it for worker 0 (and numbers above [`SHARDS`]).
#[repr(C)]
#[derive(Debug)]
pub struct CounterCell {
    pub shards: [AtomicPtr<AtomicU64>; SHARDS + 1],
}

/// One counter extern: packets and bytes per index. Each cell is the sum of its per-worker shards
/// and a shared shard (atomic adds).
#[derive(Debug)]
pub struct Counter {
    pub kind: CounterKind,
    size: usize,
    /// The shards' cells, `2 * size` each; allocated on a worker's first count, freed on drop.
    cell: Box<CounterCell>,
    shared: Box<[AtomicU64]>,
}

impl Drop for Counter {
    fn drop(&mut self) {
        for shard in &self.cell.shards {
            let p = shard.load(Ordering::Acquire);
            if !p.is_null() {
                // SAFETY: non-null shard pointers come from `Box::into_raw` of a `2 * size` slice
                // in `shard_cells`, and nothing can use them once the counter is dropped.
                drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, 2 * self.size)) });
            }
        }
    }
}

impl Counter {
    pub fn new(kind: CounterKind, size: u32) -> Self {
        let size = size as usize;
        Counter {
            kind,
            size,
            cell: Box::new(CounterCell { shards: std::array::from_fn(|_| AtomicPtr::new(std::ptr::null_mut())) }),
            shared: (0..2 * size).map(|_| AtomicU64::new(0)).collect(),
        }
    }

    /// The cell generated code reads (stable for the life of the counter).
    pub fn cell(&self) -> *const CounterCell {
        &*self.cell
    }

    /// The cells of shard `s`, allocated on first use.
    fn shard_cells(&self, s: usize) -> &[AtomicU64] {
        let slot = &self.cell.shards[s];
        let mut p = slot.load(Ordering::Acquire);
        if p.is_null() {
            let fresh: Box<[AtomicU64]> = (0..2 * self.size).map(|_| AtomicU64::new(0)).collect();
            let fresh = Box::into_raw(fresh).cast::<AtomicU64>();
            match slot.compare_exchange(std::ptr::null_mut(), fresh, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => p = fresh,
                Err(existing) => {
                    // SAFETY: `fresh` was never published; it is the slice just leaked above.
                    drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(fresh, 2 * self.size)) });
                    p = existing;
                }
            }
        }
        // SAFETY: published shard pointers point at `2 * size` cells that live until drop.
        unsafe { std::slice::from_raw_parts(p, 2 * self.size) }
    }

    /// Add to an index (out-of-range indexes are ignored) as worker `worker` (0: shared shard).
    #[inline]
    pub fn add(&self, worker: u32, index: u64, packets: u64, bytes: u64) {
        if index >= self.size as u64 {
            return;
        }
        let i = 2 * index as usize;
        match (worker as usize).checked_sub(1).filter(|&s| s < SHARDS) {
            Some(s) => {
                let cells = self.shard_cells(s);
                // This worker is the shard's only writer: no update can be lost.
                let (p, b) = (&cells[i], &cells[i + 1]);
                p.store(p.load(Ordering::Relaxed).wrapping_add(packets), Ordering::Relaxed);
                b.store(b.load(Ordering::Relaxed).wrapping_add(bytes), Ordering::Relaxed);
            }
            None => {
                self.shared[i].fetch_add(packets, Ordering::Relaxed);
                self.shared[i + 1].fetch_add(bytes, Ordering::Relaxed);
            }
        }
    }

    /// (packets, bytes) of an index: the sum over shards.
    pub fn get(&self, index: u32) -> (u64, u64) {
        let i = 2 * index as usize;
        if i >= self.shared.len() {
            return (0, 0);
        }
        let mut sum = (self.shared[i].load(Ordering::Relaxed), self.shared[i + 1].load(Ordering::Relaxed));
        for shard in &self.cell.shards {
            let p = shard.load(Ordering::Acquire);
            if !p.is_null() {
                // SAFETY: as in `shard_cells`.
                let cells = unsafe { std::slice::from_raw_parts(p, 2 * self.size) };
                sum.0 = sum.0.wrapping_add(cells[i].load(Ordering::Relaxed));
                sum.1 = sum.1.wrapping_add(cells[i + 1].load(Ordering::Relaxed));
            }
        }
        sum
    }
}

// SAFETY: the view's pointers point into boxes the same pipeline owns (the view arrays, and the
// cells of its tables, hints, maps and counters), which are never moved, changed or freed before
// the pipeline; every cell is only written through atomics or under its owner's lock.
unsafe impl Send for InlineView {}
// SAFETY: as above.
unsafe impl Sync for InlineView {}
// SAFETY: as for `InlineView`: the arrays are immutable after construction.
unsafe impl Send for ViewArrays {}
// SAFETY: as above.
unsafe impl Sync for ViewArrays {}

/// Running totals of a pipeline.
#[derive(Debug, Default)]
pub struct PipelineStats {
    /// Data-plane map updates that stored nothing (full hash map, array index out of range).
    pub map_update_failures: AtomicU64,
}

/// What generated code reads from the pipeline state (`Context::state` points at the pipeline,
/// and this is its first field): per table, hint and map (by id) its flat cell or null, per
/// counter its cell. Set once when the pipeline is created; the arrays never change.
#[repr(C)]
#[derive(Debug)]
pub struct InlineView {
    pub tables: *const *const FlatCell,
    pub hints: *const *const FlatCell,
    pub maps: *const *const FlatCell,
    pub counters: *const *const CounterCell,
}

/// Byte offsets of [`InlineView`]'s members from the start of a [`Pipeline`].
pub const VIEW_TABLES: i32 = (offset_of!(Pipeline, view) + offset_of!(InlineView, tables)) as i32;
pub const VIEW_HINTS: i32 = (offset_of!(Pipeline, view) + offset_of!(InlineView, hints)) as i32;
pub const VIEW_MAPS: i32 = (offset_of!(Pipeline, view) + offset_of!(InlineView, maps)) as i32;
pub const VIEW_COUNTERS: i32 = (offset_of!(Pipeline, view) + offset_of!(InlineView, counters)) as i32;

/// The arrays an [`InlineView`] points into.
#[derive(Debug)]
struct ViewArrays {
    tables: Box<[*const FlatCell]>,
    hints: Box<[*const FlatCell]>,
    maps: Box<[*const FlatCell]>,
    counters: Box<[*const CounterCell]>,
}

/// The state of one pipeline instance, shared by every thread that runs its packets.
#[repr(C)]
#[derive(Debug)]
pub struct Pipeline {
    view: InlineView,
    view_arrays: ViewArrays,
    module: Module,
    pub tables: Vec<Table>,
    pub hints: Vec<Hint>,
    pub maps: Vec<Map>,
    pub counters: Vec<Counter>,
    rng: AtomicU32,
    pub stats: PipelineStats,
}

fn check_fits(value: u128, ty: Type) -> Result<(), String> {
    if value & !ty.mask() != 0 {
        let name = match ty {
            Type::Bits { width, signed: false } => format!("bit<{width}>"),
            Type::Bits { width, signed: true } => format!("int<{width}>"),
            Type::Bool => "bool".to_string(),
        };
        Err(format!("value {value:#x} does not fit {name}"))
    } else {
        Ok(())
    }
}

fn check_layout(what: &str, fields: &[LayoutField], values: &[u128]) -> Result<(), String> {
    if fields.len() != values.len() {
        return Err(format!("{what} has {} fields, {} values given", fields.len(), values.len()));
    }
    for (field, &value) in fields.iter().zip(values) {
        check_fits(value, field.ty).map_err(|e| format!("{what} field `{}`: {e}", field.name))?;
    }
    Ok(())
}

impl Pipeline {
    /// Fresh state: const entries, declared defaults, empty maps and hints, zero counters.
    pub fn new(module: &Module) -> Self {
        let tables = module.tables.keys().map(|t| Table::new(module, t)).collect();
        let hints = module
            .hints
            .iter()
            .map(|(id, h)| Hint::new(h.name.clone(), h.size, layout::hint_key_layout(module, id)))
            .collect();
        let maps = module.maps.values().map(Map::new).collect();
        let counters = module
            .counters
            .values()
            .map(|c| Counter::new(c.kind, c.size))
            .collect();
        let tables: Vec<Table> = tables;
        let (hints, maps, counters): (Vec<Hint>, Vec<Map>, Vec<Counter>) = (hints, maps, counters);
        let view_arrays = ViewArrays {
            tables: tables.iter().map(|t| t.cell().unwrap_or(std::ptr::null())).collect(),
            hints: hints.iter().map(Hint::cell).collect(),
            maps: maps.iter().map(|m| m.cell().unwrap_or(std::ptr::null())).collect(),
            counters: counters.iter().map(Counter::cell).collect(),
        };
        let view = InlineView {
            tables: view_arrays.tables.as_ptr(),
            hints: view_arrays.hints.as_ptr(),
            maps: view_arrays.maps.as_ptr(),
            counters: view_arrays.counters.as_ptr(),
        };
        Pipeline {
            view,
            view_arrays,
            module: module.clone(),
            tables,
            hints,
            maps,
            counters,
            rng: AtomicU32::new(RANDOM_SEED),
            stats: PipelineStats::default(),
        }
    }

    pub fn module(&self) -> &Module {
        &self.module
    }

    fn table(&self, table: TableId) -> Result<&Table, String> {
        self.tables.get(table.index()).ok_or_else(|| format!("no table {table}"))
    }

    /// Add a control-plane entry (validated like the interpreter's); an entry with the same keys
    /// and priority replaces the old one.
    pub fn add_entry(&self, table: TableId, entry: Entry) -> Result<(), String> {
        let state = self.table(table)?;
        let decl = &self.module.tables[table];
        if decl.const_entries.is_some() {
            return Err(format!("table `{}` has const entries; it accepts no others", decl.name));
        }
        let entry = check_entry(&self.module, table, &entry)?;
        state.modify(&self.module, |entries, _, next_seq| {
            if let Some(slot) = entries.iter_mut().find(|(e, _)| e.keys == entry.keys && e.priority == entry.priority) {
                slot.0 = entry;
                return Ok(());
            }
            if entries.len() >= decl.size as usize {
                return Err(format!("table `{}` is full ({} entries)", decl.name, decl.size));
            }
            entries.push((entry, *next_seq));
            *next_seq += 1;
            Ok(())
        })
    }

    /// Change a table's default action.
    pub fn set_default(&self, table: TableId, call: ActionCall) -> Result<(), String> {
        let state = self.table(table)?;
        let decl = &self.module.tables[table];
        if decl.default_is_const {
            return Err(format!("the default action of table `{}` is const", decl.name));
        }
        check_action_call(&self.module, table, &call)?;
        state.modify(&self.module, |_, default, _| {
            *default = call;
            Ok(())
        })
    }

    /// Remove every control-plane entry of every table (const tables stay).
    pub fn clear_entries(&self) {
        for (id, decl) in self.module.tables.iter() {
            if decl.const_entries.is_none() {
                if let Ok(t) = self.table(id) {
                    let _ = t.modify(&self.module, |entries, _, _| {
                        entries.clear();
                        Ok(())
                    });
                }
            }
        }
    }

    /// Remove every entry of one table.
    pub fn clear_table(&self, table: TableId) -> Result<(), String> {
        let state = self.table(table)?;
        let decl = &self.module.tables[table];
        if decl.const_entries.is_some() {
            return Err(format!("table `{}` has const entries", decl.name));
        }
        state.modify(&self.module, |entries, _, _| {
            entries.clear();
            Ok(())
        })
    }

    fn hint_key(&self, hint: HintId, key: &[u128]) -> Result<(&Hint, Vec<u8>), String> {
        let decl = self.module.hints.get(hint).ok_or_else(|| format!("no hint {hint}"))?;
        check_layout(&format!("the key of hint `{}`", decl.name), &decl.key, key)?;
        let state = self.hints.get(hint.index()).ok_or_else(|| format!("no hint {hint}"))?;
        Ok((state, layout::encode(&state.layout, key)))
    }

    /// Set the mark a hint key maps to.
    pub fn set_hint(&self, hint: HintId, key: &[u128], mark: u32) -> Result<(), String> {
        let (state, bytes) = self.hint_key(hint, key)?;
        state.update([(bytes, Some(mark))])
    }

    /// Set many hint keys with one publication.
    pub fn set_hints(&self, hint: HintId, entries: &[(Vec<u128>, u32)]) -> Result<(), String> {
        let mut changes = Vec::with_capacity(entries.len());
        let mut state = None;
        for (key, mark) in entries {
            let (s, bytes) = self.hint_key(hint, key)?;
            state = Some(s);
            changes.push((bytes, Some(*mark)));
        }
        match state {
            Some(s) => s.update(changes),
            None => Ok(()),
        }
    }

    /// Remove a hint key; `Ok(false)` when it was not there.
    pub fn remove_hint(&self, hint: HintId, key: &[u128]) -> Result<bool, String> {
        let (state, bytes) = self.hint_key(hint, key)?;
        let present = state.get(&bytes).is_some();
        state.update([(bytes, None)])?;
        Ok(present)
    }

    /// The mark stored for a hint key.
    pub fn hint(&self, hint: HintId, key: &[u128]) -> Option<u32> {
        let (state, bytes) = self.hint_key(hint, key).ok()?;
        state.get(&bytes)
    }

    fn map_key(&self, map: MapId, key: &[u128]) -> Result<(&Map, Vec<u8>), String> {
        let decl = self.module.maps.get(map).ok_or_else(|| format!("no map {map}"))?;
        check_layout(&format!("the key of map `{}`", decl.name), &decl.key, key)?;
        let state = self.maps.get(map.index()).ok_or_else(|| format!("no map {map}"))?;
        Ok((state, layout::encode(&state.key, key)))
    }

    /// Control-plane read of a map (no effect on LRU order).
    pub fn map_lookup(&self, map: MapId, key: &[u128]) -> Result<Option<Vec<u128>>, String> {
        let (state, bytes) = self.map_key(map, key)?;
        Ok(state.peek(&bytes).map(|v| layout::decode(&state.value, &v)))
    }

    /// Control-plane write of a map.
    pub fn map_update(&self, map: MapId, key: &[u128], value: &[u128]) -> Result<(), String> {
        let (state, bytes) = self.map_key(map, key)?;
        let decl = &self.module.maps[map];
        check_layout(&format!("the value of map `{}`", decl.name), &decl.value, value)?;
        state.update(&bytes, &layout::encode(&state.value, value)).map_err(|e| format!("map `{}`: {e}", decl.name))
    }

    /// Control-plane delete of a map key (a no-op for arrays).
    pub fn map_delete(&self, map: MapId, key: &[u128]) -> Result<(), String> {
        let (state, bytes) = self.map_key(map, key)?;
        state.delete(&bytes);
        Ok(())
    }

    /// Number of stored entries of a map (arrays: indexes ever written).
    pub fn map_len(&self, map: MapId) -> usize {
        self.maps.get(map.index()).map_or(0, Map::len)
    }

    /// Every (key, value) of a map, decoded, sorted by key bytes.
    pub fn map_entries(&self, map: MapId) -> Vec<(Vec<u128>, Vec<u128>)> {
        let Some(state) = self.maps.get(map.index()) else { return Vec::new() };
        state
            .entries()
            .into_iter()
            .map(|(k, v)| (layout::decode(&state.key, &k), layout::decode(&state.value, &v)))
            .collect()
    }

    /// (packets, bytes) of a counter index; bytes are 0 for packet-only counters.
    pub fn counter(&self, counter: CounterId, index: u32) -> (u64, u64) {
        let Some(c) = self.counters.get(counter.index()) else { return (0, 0) };
        let (packets, bytes) = c.get(index);
        match c.kind {
            CounterKind::PacketsAndBytes => (packets, bytes),
            CounterKind::Packets => (packets, 0),
        }
    }

    /// The next number of the xorshift32 generator (the interpreter's sequence).
    #[inline]
    pub fn random(&self) -> u32 {
        let step = |mut x: u32| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x
        };
        let previous = self.rng.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |x| Some(step(x)));
        step(previous.unwrap_or_else(|x| x))
    }
}
