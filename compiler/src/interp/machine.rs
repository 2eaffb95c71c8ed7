//! [`Machine`]: one pipeline instance of the reference interpreter — the module plus its
//! control-plane and stateful contents — and its control-plane API (table entries, default
//! actions, hints, maps, counters). Packet processing itself lives in `exec`.

use super::exec;
use super::state::{check_layout, CounterState, HintState, MapState};
use super::tables::{check_action_call, check_entry, TableState};
use super::{PacketInput, PacketOutput, BLOCK_LIMIT, RANDOM_SEED};
use crate::ir::{ActionCall, CounterId, CounterKind, Entry, HintId, MapId, MapKind, Module, TableId};
use cranelift_entity::EntityRef;

/// Running totals of one machine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Packets run.
    pub packets: u64,
    /// Packets the parser rejected.
    pub parser_rejects: u64,
    /// Data-plane map updates that stored nothing (full hash map, array index out of range).
    pub map_update_failures: u64,
    /// Packets that ended in an internal error.
    pub internal_errors: u64,
}

/// The mutable part of a machine, borrowed by the executor next to the module.
#[derive(Clone, Debug)]
pub(crate) struct State {
    pub tables: Vec<TableState>,
    pub maps: Vec<MapState>,
    pub hints: Vec<HintState>,
    pub counters: Vec<CounterState>,
    pub rng: u32,
    pub stats: Stats,
    pub block_limit: u32,
}

/// Control-plane + stateful contents of one pipeline instance.
#[derive(Clone, Debug)]
pub struct Machine<'m> {
    module: &'m Module,
    pub(crate) state: State,
}

impl<'m> Machine<'m> {
    /// A fresh instance: const entries installed, declared default actions, empty maps and hints,
    /// zero counters, the random generator at [`RANDOM_SEED`].
    pub fn new(module: &'m Module) -> Self {
        let tables = module.tables.keys().map(|t| TableState::new(module, t)).collect();
        let maps = module.maps.values().map(MapState::new).collect();
        let hints = module.hints.values().map(|_| HintState::default()).collect();
        let counters = module.counters.values().map(|_| CounterState::default()).collect();
        let state = State {
            tables,
            maps,
            hints,
            counters,
            rng: RANDOM_SEED,
            stats: Stats::default(),
            block_limit: BLOCK_LIMIT,
        };
        Machine { module, state }
    }

    pub fn module(&self) -> &'m Module {
        self.module
    }

    /// Process one packet.
    pub fn run(&mut self, input: &PacketInput) -> PacketOutput {
        exec::run_packet(self.module, &mut self.state, input)
    }

    /// Change the per-packet block limit (default [`BLOCK_LIMIT`]).
    pub fn set_block_limit(&mut self, limit: u32) {
        self.state.block_limit = limit;
    }

    pub fn stats(&self) -> Stats {
        self.state.stats
    }

    fn table_name(&self, table: TableId) -> Result<&'m str, String> {
        self.module.tables.get(table).map(|t| t.name.as_str()).ok_or_else(|| format!("no table {table}"))
    }

    /// Add a control-plane entry after validating it ([`check_entry`](super::check_entry)). An
    /// entry with the same keys and priority as an existing one replaces it.
    pub fn add_entry(&mut self, table: TableId, entry: Entry) -> Result<(), String> {
        let name = self.table_name(table)?;
        let decl = &self.module.tables[table];
        if decl.const_entries.is_some() {
            return Err(format!("table `{name}` has const entries; it accepts no others"));
        }
        let entry = check_entry(self.module, table, &entry)?;
        let state = self.state.tables.get_mut(table.index()).ok_or_else(|| format!("no table {table}"))?;
        if let Some(slot) = state.entries.iter_mut().find(|(e, _)| e.keys == entry.keys && e.priority == entry.priority)
        {
            slot.0 = entry;
            return Ok(());
        }
        if state.entries.len() >= decl.size as usize {
            return Err(format!("table `{name}` is full ({} entries)", decl.size));
        }
        let seq = state.next_seq;
        state.next_seq += 1;
        state.entries.push((entry, seq));
        Ok(())
    }

    /// Change a table's default action.
    pub fn set_default(&mut self, table: TableId, call: ActionCall) -> Result<(), String> {
        let name = self.table_name(table)?;
        if self.module.tables[table].default_is_const {
            return Err(format!("the default action of table `{name}` is const"));
        }
        check_action_call(self.module, table, &call)?;
        let state = self.state.tables.get_mut(table.index()).ok_or_else(|| format!("no table {table}"))?;
        state.default = call;
        Ok(())
    }

    /// The current default action of a table.
    pub fn default_action(&self, table: TableId) -> Option<&ActionCall> {
        self.state.tables.get(table.index()).map(|t| &t.default)
    }

    /// The entries of a table in insertion order (normalised; const entries included).
    pub fn entries(&self, table: TableId) -> Vec<&Entry> {
        self.state.tables.get(table.index()).map(|t| t.entries.iter().map(|(e, _)| e).collect()).unwrap_or_default()
    }

    /// Remove every control-plane entry of every table (const entries and default actions stay).
    pub fn clear_entries(&mut self) {
        for (table, decl) in self.module.tables.iter() {
            if decl.const_entries.is_none() {
                if let Some(state) = self.state.tables.get_mut(table.index()) {
                    state.entries.clear();
                }
            }
        }
    }

    /// Remove every entry of one table.
    pub fn clear_table(&mut self, table: TableId) -> Result<(), String> {
        let name = self.table_name(table)?;
        if self.module.tables[table].const_entries.is_some() {
            return Err(format!("table `{name}` has const entries"));
        }
        if let Some(state) = self.state.tables.get_mut(table.index()) {
            state.entries.clear();
        }
        Ok(())
    }

    /// Set the mark a hint key maps to.
    pub fn set_hint(&mut self, hint: HintId, key: Vec<u128>, mark: u32) -> Result<(), String> {
        let decl = self.module.hints.get(hint).ok_or_else(|| format!("no hint {hint}"))?;
        check_layout(&format!("the key of hint `{}`", decl.name), &decl.key, &key)?;
        let state = self.state.hints.get_mut(hint.index()).ok_or_else(|| format!("no hint {hint}"))?;
        if !state.entries.contains_key(&key) && state.entries.len() >= decl.size as usize {
            return Err(format!("hint `{}` is full ({} entries)", decl.name, decl.size));
        }
        state.entries.insert(key, mark);
        Ok(())
    }

    /// Remove a hint key; `Ok(false)` when it was not there.
    pub fn remove_hint(&mut self, hint: HintId, key: &[u128]) -> Result<bool, String> {
        let state = self.state.hints.get_mut(hint.index()).ok_or_else(|| format!("no hint {hint}"))?;
        Ok(state.entries.remove(key).is_some())
    }

    /// The mark stored for a hint key.
    pub fn hint(&self, hint: HintId, key: &[u128]) -> Option<u32> {
        self.state.hints.get(hint.index()).and_then(|h| h.entries.get(key).copied())
    }

    /// All keys and marks of a hint, sorted by key.
    pub fn hint_entries(&self, hint: HintId) -> Vec<(Vec<u128>, u32)> {
        let mut out: Vec<_> = self
            .state
            .hints
            .get(hint.index())
            .map(|h| h.entries.iter().map(|(k, m)| (k.clone(), *m)).collect())
            .unwrap_or_default();
        out.sort();
        out
    }

    fn check_map_key(&self, map: MapId, key: &[u128]) -> Result<(), String> {
        let decl = self.module.maps.get(map).ok_or_else(|| format!("no map {map}"))?;
        check_layout(&format!("the key of map `{}`", decl.name), &decl.key, key)
    }

    /// Control-plane read of a map (does not count as use for LRU maps).
    pub fn map_lookup(&self, map: MapId, key: &[u128]) -> Result<Option<Vec<u128>>, String> {
        self.check_map_key(map, key)?;
        let state = self.state.maps.get(map.index()).ok_or_else(|| format!("no map {map}"))?;
        Ok(state.peek(key))
    }

    /// Control-plane write of a map: errors when a hash map is full or an array index is out of
    /// range; LRU maps evict.
    pub fn map_update(&mut self, map: MapId, key: Vec<u128>, value: Vec<u128>) -> Result<(), String> {
        self.check_map_key(map, &key)?;
        let decl = &self.module.maps[map];
        check_layout(&format!("the value of map `{}`", decl.name), &decl.value, &value)?;
        let state = self.state.maps.get_mut(map.index()).ok_or_else(|| format!("no map {map}"))?;
        state.update(&key, value).map_err(|e| format!("map `{}`: {e}", decl.name))
    }

    /// Control-plane delete of a map key (a no-op for arrays).
    pub fn map_delete(&mut self, map: MapId, key: &[u128]) -> Result<(), String> {
        self.check_map_key(map, key)?;
        let state = self.state.maps.get_mut(map.index()).ok_or_else(|| format!("no map {map}"))?;
        state.delete(key);
        Ok(())
    }

    /// Number of stored entries of a map (for arrays: indexes ever written).
    pub fn map_len(&self, map: MapId) -> usize {
        self.state.maps.get(map.index()).map_or(0, |m| m.len())
    }

    /// Whether a map is an array (every index exists).
    pub fn map_is_array(&self, map: MapId) -> bool {
        self.module.maps.get(map).is_some_and(|m| m.kind == MapKind::Array)
    }

    /// (packets, bytes) of a counter index; (0, 0) for unknown counters and out-of-range indexes.
    /// Bytes are always 0 for `CounterKind::Packets` counters.
    pub fn counter(&self, counter: CounterId, index: u32) -> (u64, u64) {
        let Some(state) = self.state.counters.get(counter.index()) else { return (0, 0) };
        let (packets, bytes) = state.get(index);
        match self.module.counters.get(counter).map(|c| c.kind) {
            Some(CounterKind::PacketsAndBytes) => (packets, bytes),
            _ => (packets, 0),
        }
    }
}
