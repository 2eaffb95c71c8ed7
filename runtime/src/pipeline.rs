//! [`Pipeline`]: the run-time state of one compiled pipeline in the native datapath (tables, hints,
//! maps, counters, the random generator) and its control-plane API, which mirrors the reference
//! interpreter's `Machine` (same validation, same error cases) so the STF runner and entry files
//! drive both alike. Packets reach the state through the host functions of [`crate::host`].

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::OnceLock;

use cranelift_entity::EntityRef;
use flowmark_compiler::interp::{check_action_call, check_entry, RANDOM_SEED};
use flowmark_compiler::ir::{
    ActionCall, CounterId, CounterKind, Entry, HintId, LayoutField, MapId, Module, TableId, Type,
};
use flowmark_compiler::layout;

use crate::maps::Map;
use crate::tables::{Hint, Table};

/// Per-thread counter shards: the first `SHARDS` threads that count get a shard each and add
/// without atomic read-modify-writes (they alone write it); later threads share the atomic shard.
const SHARDS: usize = 16;

static NEXT_SHARD: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's shard (`usize::MAX` until it first counts).
    static SHARD: Cell<usize> = const { Cell::new(usize::MAX) };
}

fn my_shard() -> usize {
    SHARD
        .try_with(|s| {
            if s.get() == usize::MAX {
                s.set(NEXT_SHARD.fetch_add(1, Ordering::Relaxed));
            }
            s.get()
        })
        .unwrap_or(usize::MAX)
}

/// One counter extern: packets and bytes per index. Each cell is the sum of its per-thread shards
/// (plain relaxed load + store by their one writer) and a shared shard (atomic adds).
#[derive(Debug)]
pub struct Counter {
    pub kind: CounterKind,
    size: usize,
    /// Packets and bytes interleaved, per index; allocated on a thread's first count.
    shards: Vec<OnceLock<Box<[AtomicU64]>>>,
    shared: Box<[AtomicU64]>,
}

impl Counter {
    pub fn new(kind: CounterKind, size: u32) -> Self {
        let size = size as usize;
        Counter {
            kind,
            size,
            shards: (0..SHARDS).map(|_| OnceLock::new()).collect(),
            shared: (0..2 * size).map(|_| AtomicU64::new(0)).collect(),
        }
    }

    /// Add to an index (out-of-range indexes are ignored).
    #[inline]
    pub fn add(&self, index: u64, packets: u64, bytes: u64) {
        if index >= self.size as u64 {
            return;
        }
        let i = 2 * index as usize;
        match self.shards.get(my_shard()) {
            Some(shard) => {
                let cells = shard.get_or_init(|| (0..2 * self.size).map(|_| AtomicU64::new(0)).collect());
                // This thread is the shard's only writer: no update can be lost.
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
        for cells in self.shards.iter().filter_map(OnceLock::get) {
            sum.0 = sum.0.wrapping_add(cells[i].load(Ordering::Relaxed));
            sum.1 = sum.1.wrapping_add(cells[i + 1].load(Ordering::Relaxed));
        }
        sum
    }
}

/// Running totals of a pipeline.
#[derive(Debug, Default)]
pub struct PipelineStats {
    /// Data-plane map updates that stored nothing (full hash map, array index out of range).
    pub map_update_failures: AtomicU64,
}

/// The state of one pipeline instance, shared by every thread that runs its packets.
#[derive(Debug)]
pub struct Pipeline {
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
        Pipeline {
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
