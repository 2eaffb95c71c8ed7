//! The eBPF target as an STF [`Target`]: a pipeline compiled for TC or XDP (in test-harness mode),
//! loaded into the kernel, its maps filled through the bpf syscall in the layouts of
//! `flowmark_compiler::layout`, and packets run through BPF_PROG_TEST_RUN. This is how the kernel's
//! behaviour is compared with the reference interpreter on the same STF files and random packets.
//!
//! Control-plane encoding per table storage: HASH keys are the packed key; ARRAY tables use the key
//! as a little-endian u32 index; LPM tries get `prefixlen` = the exact keys' bits + the LPM prefix;
//! ternary tables (tuple space) turn exact and lpm matches into value/mask pairs, find or take a
//! mask slot, and insert `{mask id, key & mask}` with the entry's *rank* in the value's priority
//! field: its place among the table's entries in the interpreter's order (priority, then total
//! LPM prefix, then earlier insertion). Ranks are distinct, so the kernel's "strictly higher
//! wins" search picks the interpreter's entry even where priorities tie. Range-scan tables (a
//! `range` key) get the same ranking: their entries array is rewritten best first (index 0 the
//! highest rank), so the kernel's scan stops at the interpreter's winner; entries past the array's
//! bound are refused, and the count is written after new entries and before dropped ones.
//!
//! The offload flavour ([`EbpfTarget::load_offload`]) runs an offload build (`Options::offload`)
//! in software mode: the same instructions the NIC would run, with `TC_ACT_UNSPEC` read as pass.
//! Offload builds read neither the mark nor the input port (programs that need them do not
//! build), so the harness passes neither: the outgoing mark is the incoming one, and XDP runs get
//! no metadata area.

use crate::kernel::{self, Loaded};
use flowmark_compiler::interp::{check_entry, PacketInput, PacketOutput, Verdict};
use flowmark_compiler::ir::{self, ActionCall, Entry, KeyMatch, Module};
use flowmark_compiler::layout::{self, StructLayout, TableStorage};
use flowmark_compiler::stf::Target;
use flowmark_ebpf::codegen::TableMaps;
use flowmark_ebpf::{Artifact, Options, ProgramKind};
use std::collections::HashMap;

/// `TC_ACT_UNSPEC` (-1): how offloaded TC programs pass.
const TC_ACT_UNSPEC: u32 = u32::MAX;
const TC_ACT_OK: u32 = 0;
const TC_ACT_SHOT: u32 = 2;
const TC_ACT_REDIRECT: u32 = 7;
const XDP_DROP: u32 = 1;
const XDP_PASS: u32 = 2;
const XDP_TX: u32 = 3;
const XDP_REDIRECT: u32 = 4;
/// `__sk_buff.cb[0]` and `cb[1]`: input port in, redirect port out (test harness).
const SKB_CB0: usize = 48;
const SKB_CB1: usize = 52;

/// A loaded program driven like the interpreter.
pub struct EbpfTarget<'m> {
    module: &'m Module,
    kind: ProgramKind,
    /// An offload build (see the module documentation).
    offload: bool,
    pub artifact: Artifact,
    pub loaded: Loaded,
    /// The rules (key -> value) written to each ternary table's map (for range-scan tables: index
    /// -> entry), so a rewrite only touches what changed.
    ternary_rules: HashMap<ir::TableId, HashMap<Vec<u8>, Vec<u8>>>,
    /// Entries of each ternary or range-scan table with their insertion sequence numbers (the
    /// ranks are recomputed from them on every change).
    ternary_entries: HashMap<ir::TableId, Vec<(Entry, u64)>>,
    next_sequence: u64,
    /// While deferred ([`EbpfTarget::defer_table_writes`]): the ternary and range-scan tables
    /// whose entries changed since their maps were last written.
    deferred: Option<std::collections::BTreeSet<ir::TableId>>,
}

impl std::fmt::Debug for EbpfTarget<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EbpfTarget").field("program", &self.artifact.program.name).finish()
    }
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

impl<'m> EbpfTarget<'m> {
    /// Compile `module` for `kind` in test-harness mode, load it, and install const entries and
    /// default actions.
    pub fn load(module: &'m Module, kind: ProgramKind) -> Result<EbpfTarget<'m>, String> {
        let mut options = Options::new(kind);
        options.test_harness = true;
        Self::load_with(module, &options)
    }

    /// Compile `module` for NIC offload to `kind` (in test-harness mode, which an offload build
    /// does not differ by), load it in software mode (no device), and install const entries and
    /// default actions. A program that cannot be offloaded fails with the checker's error.
    pub fn load_offload(module: &'m Module, kind: ProgramKind) -> Result<EbpfTarget<'m>, String> {
        let mut options = Options::offload(kind);
        options.test_harness = true;
        Self::load_with(module, &options)
    }

    /// Compile with `options` (a production build when `test_harness` is off), load, and install
    /// const entries and default actions. `flowmark load` uses this, then attaches and pins.
    pub fn load_with(module: &'m Module, options: &Options) -> Result<EbpfTarget<'m>, String> {
        let kind = options.kind;
        let artifact = flowmark_ebpf::compile(module, options).map_err(err)?;
        let loaded = Loaded::load(&artifact.object).map_err(err)?;
        let mut target = EbpfTarget {
            module,
            kind,
            offload: options.offload,
            artifact,
            loaded,
            ternary_rules: HashMap::new(),
            ternary_entries: HashMap::new(),
            next_sequence: 0,
            deferred: None,
        };
        target.install_static_state()?;
        Ok(target)
    }

    fn install_static_state(&mut self) -> Result<(), String> {
        for (id, table) in self.module.tables.iter() {
            if !table.default_is_const {
                self.write_default(id, &table.default_action.clone())?;
            }
            for entry in table.const_entries.clone().unwrap_or_default() {
                self.insert(id, &entry)?;
            }
        }
        Ok(())
    }

    fn maps_of(&self, table: ir::TableId) -> TableMaps {
        self.artifact.plan.tables[&table].clone()
    }

    fn map(&self, index: usize) -> Result<&kernel::RawMap, String> {
        let name = &self.artifact.plan.maps[index].name;
        self.loaded.map(name).map_err(err)
    }

    /// The value bytes of a table entry: action id, priority, the action's parameters.
    fn table_value(&self, table: ir::TableId, call: &ActionCall, priority: u32) -> Vec<u8> {
        let maps = self.maps_of(table);
        let layout = &maps.layout;
        let mut bytes = vec![0u8; layout.value.size as usize];
        bytes[0..4].copy_from_slice(&(cranelift_entity::EntityRef::index(call.action) as u32).to_le_bytes());
        if let Some(offset) = layout.priority_offset {
            bytes[offset as usize..offset as usize + 4].copy_from_slice(&priority.to_le_bytes());
        }
        let slots = self.module.param_slots(table, call.action);
        for (slot, value) in slots.zip(&call.args) {
            layout::put(&mut bytes, &layout.value.fields[slot], *value);
        }
        bytes
    }

    fn write_default(&mut self, table: ir::TableId, call: &ActionCall) -> Result<(), String> {
        let maps = self.maps_of(table);
        let Some(default) = maps.default else {
            return Err(format!("the default action of `{}` is const", self.module.tables[table].name));
        };
        let value = self.table_value(table, call, 0);
        self.map(default)?.update(&0u32.to_le_bytes(), &value, kernel::UpdateMode::Any).map_err(err)
    }

    fn insert(&mut self, table: ir::TableId, entry: &Entry) -> Result<(), String> {
        let maps = self.maps_of(table);
        let keys = &self.module.tables[table].keys;
        let value = self.table_value(table, &entry.action, entry.priority);
        let update = |target: &Self, map: usize, key: &[u8]| -> Result<(), String> {
            target.map(map)?.update(key, &value, kernel::UpdateMode::Any).map_err(err)
        };
        match maps.layout.storage {
            TableStorage::Hash => {
                let values: Vec<u128> = entry.keys.iter().map(exact_value).collect::<Result<_, _>>()?;
                update(self, maps.main, &layout::encode(&maps.layout.key, &values))
            }
            TableStorage::Array => {
                let index = exact_value(&entry.keys[0])? as u32;
                update(self, maps.main, &index.to_le_bytes())
            }
            TableStorage::LpmTrie => {
                // Layout order: exact keys, then the LPM key.
                let mut values = Vec::new();
                let mut prefix = 0u32;
                let mut lpm = (0u128, 0u16);
                for (key, matched) in keys.iter().zip(&entry.keys) {
                    if key.match_kind == ir::MatchKind::Lpm {
                        lpm = match *matched {
                            KeyMatch::Lpm(v, len) => (v, len),
                            KeyMatch::Exact(v) => (v, key.ty.width()),
                            other => return Err(format!("{other:?} does not fit an lpm key")),
                        };
                    } else {
                        values.push(exact_value(matched)?);
                    }
                }
                for field in &maps.layout.key.fields[..values.len()] {
                    prefix += field.size * 8;
                }
                prefix += lpm.1 as u32;
                let width = keys.iter().find(|k| k.match_kind == ir::MatchKind::Lpm).map_or(0, |k| k.ty.width());
                let masked = lpm.0 & (ir::mask(width) & !ir::mask(width - lpm.1.min(width)));
                values.push(masked);
                let mut key = layout::encode(&maps.layout.key, &values);
                key[0..4].copy_from_slice(&prefix.to_le_bytes());
                update(self, maps.main, &key)
            }
            TableStorage::Ternary => self.insert_ternary(table, entry),
            TableStorage::RangeScan => self.insert_range_scan(table, entry),
        }
    }

    /// Add (or, with the keys and priority of an existing one, replace) an entry of a
    /// ternary-storage table and rewrite the table's rules with every entry's rank (see the module
    /// documentation). The new entry's masks are found first, so an entry that needs one mask too
    /// many is refused with the table unchanged.
    fn insert_ternary(&mut self, table: ir::TableId, entry: &Entry) -> Result<(), String> {
        let entry = check_entry(self.module, table, entry)?;
        let maps = self.maps_of(table);
        let widths: Vec<u16> = self.module.tables[table].keys.iter().map(|k| k.ty.width()).collect();
        let (_, masks) = value_and_mask_words(&entry.keys, &widths)?;
        self.mask_slot(&maps, &layout::encode(&maps.layout.key, &masks))?;
        let ranked = self.ranked_with(table, entry);
        self.ternary_entries.insert(table, ranked);
        self.write_or_defer(table)
    }

    /// Write the rules of ternary table `table` from its ranked entries, touching only the rules
    /// that change.
    fn write_ternary_rules(&mut self, table: ir::TableId) -> Result<(), String> {
        let maps = self.maps_of(table);
        let widths: Vec<u16> = self.module.tables[table].keys.iter().map(|k| k.ty.width()).collect();
        let ranked = self.ternary_entries.get(&table).cloned().unwrap_or_default();
        // Lowest rank first: where two entries give the same masked key, the better one is
        // written last and stays (the tuple space holds one rule per key).
        let mut rules: HashMap<Vec<u8>, Vec<u8>> = HashMap::new();
        for (rank, (e, _)) in ranked.iter().enumerate() {
            let value = self.table_value(table, &e.action, rank as u32 + 1);
            let (values, masks) = value_and_mask_words(&e.keys, &widths)?;
            let mask_id = self.mask_slot(&maps, &layout::encode(&maps.layout.key, &masks))?;
            let masked: Vec<u128> = values.iter().zip(&masks).map(|(v, m)| v & m).collect();
            let mut key = mask_id.to_le_bytes().to_vec();
            key.extend(layout::encode(&maps.layout.key, &masked));
            rules.insert(key, value);
        }
        let previous = self.write_changed(table, maps.main, rules.clone())?;
        let main = self.map(maps.main)?;
        for stale in previous.keys().filter(|k| !rules.contains_key(*k)) {
            main.delete(stale).map_err(err)?;
        }
        Ok(())
    }

    /// Record `written` (key -> value) as what map `map` of `table` holds and update the elements
    /// that differ from what it held before; returns what it held before.
    fn write_changed(&mut self, table: ir::TableId, map: usize, written: HashMap<Vec<u8>, Vec<u8>>) -> Result<HashMap<Vec<u8>, Vec<u8>>, String> {
        let previous = self.ternary_rules.insert(table, written.clone()).unwrap_or_default();
        let target = self.map(map)?;
        for (key, value) in written.iter().filter(|(k, v)| previous.get(*k) != Some(*v)) {
            target.update(key, value, kernel::UpdateMode::Any).map_err(err)?;
        }
        Ok(previous)
    }

    /// After an entry change of a ternary or range-scan table: write its maps now, or remember
    /// the table while writes are deferred.
    fn write_or_defer(&mut self, table: ir::TableId) -> Result<(), String> {
        if let Some(dirty) = self.deferred.as_mut() {
            dirty.insert(table);
            return Ok(());
        }
        self.write_ranked_table(table)
    }

    fn write_ranked_table(&mut self, table: ir::TableId) -> Result<(), String> {
        match self.maps_of(table).layout.storage {
            TableStorage::RangeScan => self.write_range_scan_entries(table),
            _ => self.write_ternary_rules(table),
        }
    }

    /// Keep entries of ternary and range-scan tables in memory until
    /// [`EbpfTarget::flush_table_writes`] (or the next packet) writes each changed table once:
    /// every entry changes the ranks of the others, so a file of n entries written one by one
    /// costs O(n^2) map updates. Entry errors (a mask too many, a full scan) still come at once.
    pub fn defer_table_writes(&mut self) {
        self.deferred.get_or_insert_with(Default::default);
    }

    /// Write every table changed while deferred, and write at once again from now on.
    pub fn flush_table_writes(&mut self) -> Result<(), String> {
        self.write_deferred_tables()?;
        self.deferred = None;
        Ok(())
    }

    /// Write the tables changed while deferred (deferral goes on).
    fn write_deferred_tables(&mut self) -> Result<(), String> {
        let dirty = self.deferred.as_mut().map(std::mem::take).unwrap_or_default();
        for table in dirty {
            self.write_ranked_table(table)?;
        }
        Ok(())
    }

    /// The table's entries with `entry` added (or replacing the one with its keys and priority,
    /// which keeps its insertion sequence), in the interpreter's order, worst first: priority
    /// (in tables with ternary or range keys), total LPM prefix, then earlier insertion. The
    /// recorded entries are not changed.
    fn ranked_with(&mut self, table: ir::TableId, entry: Entry) -> Vec<(Entry, u64)> {
        let mut entries = self.ternary_entries.get(&table).cloned().unwrap_or_default();
        match entries.iter_mut().find(|(e, _)| e.keys == entry.keys && e.priority == entry.priority) {
            Some(slot) => slot.0 = entry,
            None => {
                entries.push((entry, self.next_sequence));
                self.next_sequence += 1;
            }
        }
        let prioritized = self.module.tables[table].keys.iter().any(|k| matches!(k.match_kind, ir::MatchKind::Ternary | ir::MatchKind::Range));
        entries.sort_by_key(|(e, sequence)| (if prioritized { e.priority } else { 0 }, lpm_prefix(e), std::cmp::Reverse(*sequence)));
        entries
    }

    /// Add (or replace, as [`Self::ranked_with`]) an entry of a range-scan table and rewrite its
    /// entries array best first, touching only the elements that change. More entries than the
    /// array holds are refused with the table unchanged.
    fn insert_range_scan(&mut self, table: ir::TableId, entry: &Entry) -> Result<(), String> {
        let entry = check_entry(self.module, table, entry)?;
        let maps = self.maps_of(table);
        let ranked = self.ranked_with(table, entry);
        if ranked.len() > maps.scan_bound as usize {
            let name = &self.module.tables[table].name;
            return Err(format!(
                "table `{name}` is full: the eBPF target scans at most {} entries of a table with a range key (its size, capped at {})",
                maps.scan_bound,
                flowmark_ebpf::codegen::MAX_SCAN_ENTRIES
            ));
        }
        self.ternary_entries.insert(table, ranked);
        self.write_or_defer(table)
    }

    /// Write the entries array of range-scan table `table` best first from its ranked entries,
    /// touching only the elements that change, then the count.
    fn write_range_scan_entries(&mut self, table: ir::TableId) -> Result<(), String> {
        let maps = self.maps_of(table);
        let ranked = self.ternary_entries.get(&table).cloned().unwrap_or_default();
        let mut written: HashMap<Vec<u8>, Vec<u8>> = HashMap::new();
        for (best_first, (rank, (e, _))) in ranked.iter().enumerate().rev().enumerate() {
            written.insert((best_first as u32).to_le_bytes().to_vec(), self.range_scan_entry(table, e, rank as u32 + 1)?);
        }
        let used = written.len() as u32;
        self.write_changed(table, maps.main, written)?;
        let count = self.map(maps.count.ok_or("range-scan table without a count map")?)?;
        count.update(&0u32.to_le_bytes(), &used.to_le_bytes(), kernel::UpdateMode::Any).map_err(err)
    }

    /// The bytes of one range-scan entry (`layout::RangeScanLayout`): the table value with `rank`,
    /// each key's value and mask (exact: full mask, lpm: prefix mask), each range key's bounds.
    fn range_scan_entry(&self, table: ir::TableId, entry: &Entry, rank: u32) -> Result<Vec<u8>, String> {
        let maps = self.maps_of(table);
        let scan = maps.layout.range_scan.as_ref().ok_or("range-scan table without an entry layout")?;
        let mut bytes = vec![0u8; scan.entry_size as usize];
        let value = self.table_value(table, &entry.action, rank);
        bytes[..value.len()].copy_from_slice(&value);
        let keys = &self.module.tables[table].keys;
        for (index, (key, matched)) in keys.iter().zip(&entry.keys).enumerate() {
            let field = &maps.layout.key.fields[index];
            let width = key.ty.width();
            let (value, mask) = match (masked_match(matched, width), *matched) {
                (Some(value_and_mask), _) => value_and_mask,
                (None, KeyMatch::Range(lo, hi)) => {
                    let bounds = scan.bounds.iter().find(|b| b.key_field == index).ok_or("a range match on a key without bounds")?;
                    layout::put(&mut bytes, &bounds.lo, layout::range_scan_number(lo, width, bounds.signed));
                    layout::put(&mut bytes, &bounds.hi, layout::range_scan_number(hi, width, bounds.signed));
                    continue;
                }
                (None, other) => return Err(format!("{other:?} has no mask")),
            };
            layout::put(&mut bytes[scan.key_value_offset as usize..], field, value);
            layout::put(&mut bytes[scan.key_mask_offset as usize..], field, mask);
        }
        Ok(bytes)
    }

    /// Find the masks-array slot holding `mask`, or take the first unused one.
    fn mask_slot(&self, maps: &TableMaps, mask: &[u8]) -> Result<u32, String> {
        let masks_index = maps.masks.ok_or("ternary table without a masks map")?;
        let masks = self.map(masks_index)?;
        for slot in 0..maps.max_masks {
            let current = masks.lookup(&slot.to_le_bytes()).map_err(err)?.unwrap_or_default();
            let used = current.get(0..4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
            if used == 0 {
                let mut value = vec![0u8; 8];
                value[0..4].copy_from_slice(&1u32.to_le_bytes());
                value.extend_from_slice(mask);
                masks.update(&slot.to_le_bytes(), &value, kernel::UpdateMode::Any).map_err(err)?;
                return Ok(slot);
            }
            if current.get(8..8 + mask.len()) == Some(mask) {
                return Ok(slot);
            }
        }
        Err(format!("the table needs more than {} distinct masks (raise the eBPF target's max_masks)", maps.max_masks))
    }

    fn struct_bytes(layout: &StructLayout, values: &[u128]) -> Vec<u8> {
        layout::encode(layout, values)
    }

    fn set_clock(&self, ns: u64) -> Result<(), String> {
        if let Some(index) = self.artifact.plan.clock {
            self.map(index)?.update(&0u32.to_le_bytes(), &ns.to_le_bytes(), kernel::UpdateMode::Any).map_err(err)?;
        }
        Ok(())
    }
}

/// The total prefix length of an entry's LPM keys (the interpreter's second ranking criterion).
fn lpm_prefix(entry: &Entry) -> u32 {
    entry.keys.iter().map(|k| if let KeyMatch::Lpm(_, len) = k { u32::from(*len) } else { 0 }).sum()
}

fn exact_value(matched: &KeyMatch) -> Result<u128, String> {
    match matched {
        KeyMatch::Exact(v) => Ok(*v),
        other => Err(format!("{other:?} on an exact key")),
    }
}

/// The values and masks of every key of a ternary-storage entry, its one rule (range keys make
/// a table a range scan instead).
fn value_and_mask_words(keys: &[KeyMatch], widths: &[u16]) -> Result<(Vec<u128>, Vec<u128>), String> {
    let mut values = Vec::new();
    let mut masks = Vec::new();
    for (matched, width) in keys.iter().zip(widths) {
        let (v, m) = masked_match(matched, *width).ok_or("a range match in a tuple-space table")?;
        values.push(v);
        masks.push(m);
    }
    Ok((values, masks))
}

/// An exact, ternary or lpm match of a `width`-bit key as value and mask (exact: the full mask,
/// lpm: the prefix's); `None` for a range.
fn masked_match(matched: &KeyMatch, width: u16) -> Option<(u128, u128)> {
    let full = ir::mask(width);
    match *matched {
        KeyMatch::Exact(v) => Some((v, full)),
        KeyMatch::Ternary(v, m) => Some((v & m, m)),
        KeyMatch::Lpm(v, len) => {
            let m = full & !ir::mask(width - len.min(width));
            Some((v & m, m))
        }
        KeyMatch::Range(..) => None,
    }
}

impl Target for EbpfTarget<'_> {
    fn cannot_run(&self, input: &PacketInput) -> Option<String> {
        let data = &input.data;
        if data.len() < 14 {
            return Some("shorter than an Ethernet header: BPF_PROG_TEST_RUN refuses it".into());
        }
        let ethertype = u16::from_be_bytes([data[12], data[13]]);
        let needed = match (self.kind, ethertype) {
            (ProgramKind::Tc, 0x0800) => 14 + 20,
            (ProgramKind::Tc, 0x86dd) => 14 + 40,
            _ => 0,
        };
        (data.len() < needed).then(|| "a truncated IP header: the kernel's TC test run refuses it".to_string())
    }

    fn add_entry(&mut self, table: ir::TableId, entry: Entry) -> Result<(), String> {
        if self.module.tables[table].const_entries.is_some() {
            return Err(format!("table `{}` has const entries", self.module.tables[table].name));
        }
        self.insert(table, &entry)
    }

    fn set_default(&mut self, table: ir::TableId, action: ActionCall) -> Result<(), String> {
        self.write_default(table, &action)
    }

    fn clear_entries(&mut self) -> Result<(), String> {
        let tables: Vec<ir::TableId> = self.module.tables.keys().collect();
        for table in tables {
            self.clear_table(table)?;
        }
        Ok(())
    }

    fn clear_table(&mut self, table: ir::TableId) -> Result<(), String> {
        if self.module.tables[table].const_entries.is_some() {
            return Ok(());
        }
        let maps = self.maps_of(table);
        let main = self.map(maps.main)?;
        match maps.layout.storage {
            TableStorage::Array => {
                let zero = vec![0u8; main.value_size() as usize];
                for index in 0..main.max_entries() {
                    main.update(&index.to_le_bytes(), &zero, kernel::UpdateMode::Any).map_err(err)?;
                }
            }
            TableStorage::RangeScan => {
                // The count first: the scan never reads past it.
                let count = self.map(maps.count.ok_or("range-scan table without a count map")?)?;
                count.update(&0u32.to_le_bytes(), &0u32.to_le_bytes(), kernel::UpdateMode::Any).map_err(err)?;
                let zero = vec![0u8; main.value_size() as usize];
                for index in self.ternary_rules.get(&table).into_iter().flat_map(|written| written.keys()) {
                    main.update(index, &zero, kernel::UpdateMode::Any).map_err(err)?;
                }
            }
            _ => {
                for key in main.keys().map_err(err)? {
                    main.delete(&key).map_err(err)?;
                }
            }
        }
        if let Some(masks_index) = maps.masks {
            let masks = self.map(masks_index)?;
            let zero = vec![0u8; masks.value_size() as usize];
            for slot in 0..maps.max_masks {
                masks.update(&slot.to_le_bytes(), &zero, kernel::UpdateMode::Any).map_err(err)?;
            }
        }
        self.ternary_rules.remove(&table);
        self.ternary_entries.remove(&table);
        if let Some(dirty) = self.deferred.as_mut() {
            dirty.remove(&table);
        }
        Ok(())
    }

    fn set_hint(&mut self, hint: ir::HintId, key: Vec<u128>, mark: u32) -> Result<(), String> {
        let (index, layout) = self.artifact.plan.hints[&hint].clone();
        let bytes = Self::struct_bytes(&layout, &key);
        self.map(index)?.update(&bytes, &mark.to_le_bytes(), kernel::UpdateMode::Any).map_err(err)
    }

    fn set_map(&mut self, map: ir::MapId, key: Vec<u128>, value: Vec<u128>) -> Result<(), String> {
        let (index, key_layout, value_layout) = self.artifact.plan.state_maps[&map].clone();
        let key = Self::struct_bytes(&key_layout, &key);
        let value = Self::struct_bytes(&value_layout, &value);
        self.map(index)?.update(&key, &value, kernel::UpdateMode::Any).map_err(err)
    }

    fn read_map(&mut self, map: ir::MapId, key: &[u128]) -> Result<Option<Vec<u128>>, String> {
        let (index, key_layout, value_layout) = self.artifact.plan.state_maps[&map].clone();
        let key = Self::struct_bytes(&key_layout, key);
        let value = self.map(index)?.lookup(&key).map_err(err)?;
        Ok(value.map(|bytes| layout::decode(&value_layout, &bytes)))
    }

    fn read_counter(&mut self, counter: ir::CounterId, index: u32) -> Result<(u64, u64), String> {
        let map = self.map(self.artifact.plan.counters[&counter])?;
        let key = index.to_le_bytes();
        let packets = map.sum_u64(&key, 0).map_err(err)?;
        let bytes = if map.value_size() >= 16 { map.sum_u64(&key, 8).map_err(err)? } else { 0 };
        Ok((packets, bytes))
    }

    fn run(&mut self, input: &PacketInput) -> Result<PacketOutput, String> {
        self.write_deferred_tables()?;
        self.set_clock(input.time_ns)?;
        let module = self.module;
        match self.kind {
            ProgramKind::Tc => {
                let mut ctx = kernel::skb_context(input.mark);
                ctx[SKB_CB0..SKB_CB0 + 4].copy_from_slice(&input.port.to_le_bytes());
                let result = self.loaded.test_run(&input.data, Some(&ctx), 1).map_err(err)?;
                let out_port = result.ctx_out.get(SKB_CB1..SKB_CB1 + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                let verdict = match result.retval {
                    TC_ACT_UNSPEC if self.offload => Verdict::Pass,
                    TC_ACT_OK if !self.offload => Verdict::Pass,
                    TC_ACT_SHOT => Verdict::Drop,
                    TC_ACT_REDIRECT => Verdict::Redirect(out_port),
                    other => return Err(format!("unexpected TC return code {other}")),
                };
                let mark = match module.architecture {
                    // Offload builds never touch the mark: it leaves as it came.
                    _ if self.offload => input.mark,
                    ir::Architecture::Flowmark => result.mark().unwrap_or(0),
                    ir::Architecture::EbpfFilter => input.mark,
                };
                Ok(output(verdict, result.packet().to_vec(), mark))
            }
            ProgramKind::Xdp if self.offload => {
                let result = self.loaded.test_run(&input.data, None, 1).map_err(err)?;
                let verdict = match result.retval {
                    XDP_PASS => Verdict::Pass,
                    XDP_DROP => Verdict::Drop,
                    XDP_TX => Verdict::Redirect(input.port),
                    other => return Err(format!("unexpected return code {other} from an offload XDP program")),
                };
                Ok(output(verdict, result.packet().to_vec(), input.mark))
            }
            ProgramKind::Xdp => {
                let mut data = Vec::with_capacity(input.data.len() + 8);
                data.extend_from_slice(&input.mark.to_le_bytes());
                data.extend_from_slice(&input.port.to_le_bytes());
                data.extend_from_slice(&input.data);
                let ctx = kernel::xdp_context(8, data.len() as u32);
                let result = self.loaded.test_run(&data, Some(&ctx), 1).map_err(err)?;
                let meta = result.metadata();
                let word = |at: usize| meta.get(at..at + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                let (mark, out_port) = if module.standard.mark.is_some() { (word(0), word(4)) } else { (input.mark, 0) };
                let verdict = match result.retval {
                    XDP_PASS => Verdict::Pass,
                    XDP_DROP => Verdict::Drop,
                    XDP_REDIRECT => Verdict::Redirect(out_port),
                    XDP_TX => Verdict::Redirect(input.port),
                    other => return Err(format!("unexpected XDP return code {other}")),
                };
                let mark = if module.architecture == ir::Architecture::EbpfFilter { input.mark } else { mark };
                Ok(output(verdict, result.packet().to_vec(), mark))
            }
        }
    }
}

fn output(verdict: Verdict, data: Vec<u8>, mark: u32) -> PacketOutput {
    PacketOutput { verdict, data, mark, parser_error: 0, internal_error: None }
}
