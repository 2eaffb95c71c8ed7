//! Tables, hints, maps and counters probed inline: the generated code reads the runtime's flat
//! stores (`flowmark_runtime::flat`) directly and calls a host function only when a control-plane
//! write overlapped the read, or for storage that has no flat form (array tables, LPM/ternary
//! tables with more than `LINEAR_MAX` entries, LRU and array maps, map writes).
//!
//! A read loads the store's sequence number, probes (exact stores: linear probing from the inline
//! key hash, bounded by the slot count; linear stores: the entries in order, first match wins),
//! reads the result out of the slot (or the default words on a miss), and loads the sequence
//! again: equal and even means no writer touched the store, so the result stands; otherwise the
//! results are taken again from the host function (the cold path). Every address is the store's
//! word array plus a masked slot index, so even a read torn by a writer stays inside the array.
//!
//! Counters add to the calling worker's shard with a plain load and store (`Context::worker`
//! names it; the runtime guarantees one writer per shard); worker 0, or a shard not yet
//! allocated, goes through the host function.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64, I8};
use cranelift_codegen::ir::{self as clif, InstBuilder, MemFlagsData};
use std::collections::HashMap;

use cranelift_entity::EntityRef;
use flowmark_compiler::ir::{self, MatchKind, Value};
use flowmark_compiler::layout::{self, FieldLayout, StructLayout, TableStorage};
use flowmark_runtime::flat::{self, Geometry, CELL_SEQ, CELL_WORDS, FULL, LINEAR_MAX};
use flowmark_runtime::pipeline::{self as rt, SHARDS};
use flowmark_runtime::tables::home_slot_shift;

use super::{ctx, flags, Gen};
use crate::Error;

/// Flags of loads from memory that never changes while packets run (the pipeline's view arrays
/// and cell pointers).
fn constant() -> MemFlagsData {
    MemFlagsData::trusted().with_readonly()
}

/// What a probe found: an i8 hit flag and the address of the value words (the slot's, or the
/// store's default words on a miss).
struct Probe {
    hit: clif::Value,
    value: clif::Value,
}

/// What the entry block loads for every store the function reads inline, so the loads' latency
/// overlaps the parser instead of sitting in front of each probe: per flat store (keyed by view
/// offset and index) its cell; per counter the calling worker's shard (null: go through the
/// runtime). The sequence and the words are read at the probe, one load away from the cell.
#[derive(Debug, Default)]
pub(super) struct Preloaded {
    stores: HashMap<(i32, usize), clif::Value>,
    counters: HashMap<usize, clif::Value>,
}

/// A probe loop's head (with its two loop values) and exits.
struct ProbeLoop {
    head: clif::Block,
    state: [clif::Value; 2],
    found: clif::Block,
    miss: clif::Block,
    done: clif::Block,
}

impl Gen<'_, '_> {
    /// The flat cell of entry `index` of the view array at `view_offset` of the pipeline.
    fn flat_cell(&mut self, view_offset: i32, index: usize) -> clif::Value {
        let array = self.b.ins().load(I64, constant(), self.state, view_offset);
        self.b.ins().load(I64, constant(), array, (index * 8) as i32)
    }

    /// Load the cell's sequence number (acquire).
    fn load_seq(&mut self, cell: clif::Value) -> clif::Value {
        debug_assert_eq!(CELL_SEQ, 0);
        if !self.x86 {
            // Later data loads must not pass this one (x86 keeps loads in order by itself).
            self.b.ins().fence();
        }
        self.b.ins().atomic_load(I64, MemFlagsData::trusted(), cell)
    }

    /// Load the sequence again after the data loads and branch to `slow` unless it equals `first`
    /// and `first` is even; continues in a new block.
    fn validate(&mut self, cell: clif::Value, first: clif::Value, slow: clif::Block) {
        if !self.x86 {
            self.b.ins().fence();
        }
        let again = self.b.ins().atomic_load(I64, MemFlagsData::trusted(), cell);
        // Writers only ever add to the sequence, so `again` equals `first` with its low bit
        // cleared exactly when `first` was even (no write under way) and no write began since:
        // one compare instead of testing the two conditions apart.
        let first_even = self.b.ins().band_imm_u(first, -2);
        let bad = self.b.ins().icmp(IntCC::NotEqual, again, first_even);
        let ok = self.b.create_block();
        self.b.ins().brif(bad, slow, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// A flat store's first sequence read and its words.
    fn load_seq_and_words(&mut self, cell: clif::Value) -> (clif::Value, clif::Value) {
        let seq = self.load_seq(cell);
        let data = self.b.ins().load(I64, constant(), cell, CELL_WORDS);
        (seq, data)
    }

    /// Fill [`Preloaded`] in the entry block: every store and counter the function uses.
    pub(super) fn preload_stores(&mut self) {
        let mut stores = Vec::new();
        let mut counters = Vec::new();
        for func in [&self.m.parser, &self.m.control] {
            for block in func.blocks.values() {
                for inst in &block.insts {
                    match inst {
                        ir::Inst::TableApply { table, .. } if flowmark_runtime::tables::table_geometry(self.m, *table).is_some() => {
                            stores.push((rt::VIEW_TABLES, table.index()))
                        }
                        ir::Inst::HintApply { hint, .. } if self.hint_inline(*hint).is_some() => {
                            stores.push((rt::VIEW_HINTS, hint.index()))
                        }
                        ir::Inst::MapLookup { map, .. } if self.map_inline(*map).is_some() => {
                            stores.push((rt::VIEW_MAPS, map.index()))
                        }
                        ir::Inst::Count { counter, .. } => counters.push(counter.index()),
                        _ => {}
                    }
                }
            }
        }
        for store in stores {
            if !self.preloaded.stores.contains_key(&store) {
                let cell = self.flat_cell(store.0, store.1);
                self.preloaded.stores.insert(store, cell);
            }
        }
        if counters.is_empty() {
            return;
        }
        // Workers 1..=SHARDS own shard worker - 1; anyone else reads the always-null last entry.
        let worker = self.b.ins().load(I32, super::input_flags(), self.ctx, ctx::WORKER);
        let worker = self.b.ins().uextend(I64, worker);
        let shard = self.b.ins().iadd_imm_u(worker, -1);
        let owned = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, shard, SHARDS as i64);
        let none = self.b.ins().iconst(I64, SHARDS as i64);
        let shard = self.b.ins().select(owned, shard, none);
        let at = self.b.ins().ishl_imm_u(shard, 3);
        for counter in counters {
            if self.preloaded.counters.contains_key(&counter) {
                continue;
            }
            let cell = self.flat_cell(rt::VIEW_COUNTERS, counter);
            let slot = self.b.ins().iadd(cell, at);
            let cells = self.b.ins().load(I64, MemFlagsData::trusted(), slot, 0);
            self.preloaded.counters.insert(counter, cells);
        }
    }

    /// With `store` (the view array's offset and the index in it): load the store's sequence,
    /// run `read` on its words, validate (to `slow`) and jump to `cont`. Without: jump to `slow`.
    /// Either way continue in `slow`, the cold path that gets the results from the runtime.
    fn guarded_read(&mut self, store: Option<(i32, usize)>, slow: clif::Block, cont: clif::Block, read: impl FnOnce(&mut Self, clif::Value)) {
        match store {
            Some((view, index)) => {
                let cell = match self.preloaded.stores.get(&(view, index)) {
                    Some(&cell) => cell,
                    None => self.flat_cell(view, index),
                };
                let (seq, data) = self.load_seq_and_words(cell);
                read(self, data);
                self.validate(cell, seq, slow);
                self.b.ins().jump(cont, &[]);
                self.b.set_cold_block(slow);
            }
            None => {
                self.b.ins().jump(slow, &[]);
            }
        }
        self.b.switch_to_block(slow);
    }

    /// Probe an exact store for `key` words; continues in the block where the result is known.
    fn exact_probe(&mut self, g: &Geometry, data: clif::Value, key: &[clif::Value]) -> Probe {
        let mask = (g.slots - 1) as i64;
        let stride = (g.slot_words() * 8) as i64;
        let first = (g.first_slot() * 8) as i32;
        let hash = self.hash_words(key);
        // The runtime's `home_slot`: the hash's top bits.
        let start = match home_slot_shift(g.slots) {
            64 => self.b.ins().iconst(I64, 0),
            shift => self.b.ins().ushr_imm_u(hash, i64::from(shift)),
        };
        let zero = self.b.ins().iconst(I64, 0);
        let ProbeLoop { head, state: [i, n], found, miss, done } = self.probe_loop([start, zero]);
        let compare = self.b.create_block();
        let not_full = self.b.create_block();
        let next = self.b.create_block();
        let offset = self.b.ins().imul_imm_u(i, stride);
        let slot = self.b.ins().iadd(data, offset);
        let tag = self.b.ins().load(I64, flags(), slot, first);
        let full = self.b.ins().icmp_imm_u(IntCC::Equal, tag, FULL as i64);
        self.b.ins().brif(full, compare, &[], not_full, &[]);

        self.b.switch_to_block(compare);
        let mut same: Option<clif::Value> = None;
        for (j, &w) in key.iter().enumerate() {
            let stored = self.b.ins().load(I64, flags(), slot, first + 8 * (1 + j as i32));
            let eq = self.b.ins().icmp(IntCC::Equal, stored, w);
            same = Some(match same {
                None => eq,
                Some(s) => self.b.ins().band(s, eq),
            });
        }
        let same = same.unwrap_or_else(|| self.b.ins().iconst(I8, 1));
        self.b.ins().brif(same, found, &[], next, &[]);

        self.b.switch_to_block(not_full);
        let empty = self.b.ins().icmp_imm_u(IntCC::Equal, tag, flat::EMPTY as i64);
        self.b.ins().brif(empty, miss, &[], next, &[]);

        self.b.switch_to_block(next);
        let i1 = self.b.ins().iadd_imm_u(i, 1);
        let i1 = self.b.ins().band_imm_u(i1, mask);
        let n1 = self.b.ins().iadd_imm_u(n, 1);
        // Every slot seen (possible only under a concurrent write): give up, validation decides.
        let all = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, n1, mask);
        self.b.ins().brif(all, miss, &[], head, &[i1.into(), n1.into()]);

        let value_at = i64::from(first) + (g.value_offset() * 8) as i64;
        self.probe_exits((found, slot, value_at), (miss, data), done)
    }

    /// The blocks of a probe loop: jump to `head(init)` and continue there.
    fn probe_loop(&mut self, init: [clif::Value; 2]) -> ProbeLoop {
        let head = self.b.create_block();
        let state = [self.b.append_block_param(head, I64), self.b.append_block_param(head, I64)];
        let (found, miss, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, I8);
        self.b.append_block_param(done, I64);
        self.b.ins().jump(head, &[init[0].into(), init[1].into()]);
        self.b.switch_to_block(head);
        ProbeLoop { head, state, found, miss, done }
    }

    /// Fill the `found` block (the value at `entry + value_at`) and the `miss` block (the default
    /// words at `data`), both jumping to `done(hit, value)`; continue in `done`.
    fn probe_exits(&mut self, found: (clif::Block, clif::Value, i64), miss: (clif::Block, clif::Value), done: clif::Block) -> Probe {
        let params = self.b.block_params(done);
        let (hit, value) = (params[0], params[1]);
        self.b.switch_to_block(found.0);
        let value_at = self.b.ins().iadd_imm_u(found.1, found.2);
        let yes = self.b.ins().iconst(I8, 1);
        self.b.ins().jump(done, &[yes.into(), value_at.into()]);
        self.b.switch_to_block(miss.0);
        let no = self.b.ins().iconst(I8, 0);
        self.b.ins().jump(done, &[no.into(), miss.1.into()]);
        self.b.switch_to_block(done);
        Probe { hit, value }
    }

    /// Scan a linear store: the first entry whose masked key words equal its value words and
    /// whose range bounds hold `ranges` (value, signed, width) wins. A table with more entries
    /// than the store holds goes to `slow`.
    fn linear_probe(
        &mut self,
        g: &Geometry,
        data: clif::Value,
        key: &[clif::Value],
        ranges: &[(clif::Value, bool, u16)],
        slow: clif::Block,
    ) -> Probe {
        let n = key.len() as i32;
        let stride = (g.slot_words() * 8) as i64;
        let count = self.b.ins().load(I64, flags(), data, (g.value_words * 8) as i32);
        let too_many = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, count, LINEAR_MAX as i64);
        let scan = self.b.create_block();
        self.b.ins().brif(too_many, slow, &[], scan, &[]);
        self.b.switch_to_block(scan);
        // Range keys sign-extended (signed) once, outside the loop.
        let range_keys: Vec<(clif::Value, bool)> =
            ranges.iter().map(|&(v, signed, width)| (if signed { self.sext64(v, width) } else { v }, signed)).collect();
        // The loop walks the entry pointer up to the end of the entries (the second loop value
        // is unused and goes with the other unused block parameters).
        let first = self.b.ins().iadd_imm_u(data, (g.first_slot() * 8) as i64);
        let entries_bytes = self.b.ins().imul_imm_u(count, stride);
        let last = self.b.ins().iadd(first, entries_bytes);
        let ProbeLoop { head, state: [entry, _], found, miss, done } = self.probe_loop([first, first]);
        let body = self.b.create_block();
        let next = self.b.create_block();
        let end = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, entry, last);
        self.b.ins().brif(end, miss, &[], body, &[]);

        // One branch per test, to the next entry at the first that fails (as `&&` in C): an
        // entry that differs in its first word costs one compare, not all of them.
        self.b.switch_to_block(body);
        let test = |g: &mut Self, c: clif::Value| {
            let more = g.b.create_block();
            g.b.ins().brif(c, more, &[], next, &[]);
            g.b.switch_to_block(more);
        };
        for (j, &k) in key.iter().enumerate() {
            let want = self.b.ins().load(I64, flags(), entry, 8 * j as i32);
            let mask = self.b.ins().load(I64, flags(), entry, 8 * (n + j as i32));
            let masked = self.b.ins().band(k, mask);
            let eq = self.b.ins().icmp(IntCC::Equal, masked, want);
            test(self, eq);
        }
        for (r, &(k, signed)) in range_keys.iter().enumerate() {
            let lo = self.b.ins().load(I64, flags(), entry, 8 * (2 * n + 2 * r as i32));
            let hi = self.b.ins().load(I64, flags(), entry, 8 * (2 * n + 2 * r as i32 + 1));
            let (ge, le) = if signed {
                (IntCC::SignedGreaterThanOrEqual, IntCC::SignedLessThanOrEqual)
            } else {
                (IntCC::UnsignedGreaterThanOrEqual, IntCC::UnsignedLessThanOrEqual)
            };
            let above = self.b.ins().icmp(ge, k, lo);
            test(self, above);
            let below = self.b.ins().icmp(le, k, hi);
            test(self, below);
        }
        self.b.ins().jump(found, &[]);

        self.b.switch_to_block(next);
        let entry1 = self.b.ins().iadd_imm_u(entry, stride);
        self.b.ins().jump(head, &[entry1.into(), entry1.into()]);

        self.probe_exits((found, entry, (g.value_offset() * 8) as i64), (miss, data), done)
    }

    /// Set `hit`, `action` and the action-data slots from a table value at `value_ptr`.
    fn table_results(&mut self, tl: &layout::TableLayout, found: clif::Value, value_ptr: clif::Value, out: (Value, Value, &[Value])) {
        let (hit, action, params) = out;
        let found = self.bool_value(found);
        self.set(hit, found);
        let a = self.b.ins().load(I32, flags(), value_ptr, tl.action_offset as i32);
        let a = self.b.ins().uextend(I64, a);
        self.set(action, a);
        for (field, p) in tl.value.fields.iter().zip(params) {
            let x = self.load_field(value_ptr, field);
            self.set(*p, x);
        }
    }

    pub(super) fn table_apply(
        &mut self,
        table: ir::TableId,
        keys: &[Value],
        hit: Value,
        action: Value,
        params: &[Value],
    ) -> Result<(), Error> {
        let tl = layout::table_layout(self.m, table);
        let fields = flowmark_runtime::tables::key_fields(self.m, table, &tl);
        let prefix_bits: u32 =
            if tl.storage == TableStorage::LpmTrie { fields.iter().map(|f| f.size * 8).sum() } else { 0 };
        // The key in layout order.
        let mut ordered: Vec<(FieldLayout, clif::Value)> =
            fields.iter().cloned().zip(keys.iter().map(|k| self.get(*k))).collect();
        ordered.sort_by_key(|(f, _)| f.offset);
        let key_layout = StructLayout { fields: ordered.iter().map(|(f, _)| f.clone()).collect(), size: tl.key.size };
        let values: Vec<clif::Value> = ordered.iter().map(|(_, v)| *v).collect();
        let words = self.layout_words(&key_layout, &values, prefix_bits);
        let out = (hit, action, params);
        let Some(g) = flowmark_runtime::tables::table_geometry(self.m, table) else {
            self.table_apply_host(table, &tl, &words, out);
            return Ok(());
        };
        let decl = &self.m.tables[table];
        let range_keys: Vec<(Value, bool, u16)> = decl
            .keys
            .iter()
            .zip(keys)
            .filter(|(k, _)| k.match_kind == MatchKind::Range)
            .map(|(k, v)| (*v, k.ty.is_signed(), k.ty.width()))
            .collect();
        let ranges: Vec<(clif::Value, bool, u16)> =
            range_keys.into_iter().map(|(v, signed, width)| (self.get(v), signed, width)).collect();
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.guarded_read(Some((rt::VIEW_TABLES, table.index())), slow, cont, |s, data| {
            let probe = if g.linear {
                s.linear_probe(&g, data, &words, &ranges, slow)
            } else {
                s.exact_probe(&g, data, &words)
            };
            s.table_results(&tl, probe.hit, probe.value, out);
        });
        self.table_apply_host(table, &tl, &words, out);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// A table lookup through `flowmark_table_lookup`.
    fn table_apply_host(&mut self, table: ir::TableId, tl: &layout::TableLayout, words: &[clif::Value], out: (Value, Value, &[Value])) {
        let key_ptr = self.store_words(words, tl.key.size);
        let value_slot = self.stack_slot(tl.value.size);
        let value_ptr = self.slot_addr(value_slot);
        let id = self.b.ins().iconst(I32, table.index() as i64);
        let f = self.refs.table_lookup;
        let found = self.call(f, &[self.state, id, key_ptr, value_ptr]).expect("result");
        let found = self.b.ins().icmp_imm_u(IntCC::NotEqual, found, 0);
        self.table_results(tl, found, value_ptr, out);
    }

    /// The flat store geometry of a hint its apply probes inline.
    fn hint_inline(&self, hint: ir::HintId) -> Option<Geometry> {
        let layout = layout::hint_key_layout(self.m, hint);
        let g = flowmark_runtime::tables::hint_geometry(&layout, self.m.hints[hint].size);
        (g.key_words <= flat::MAX_KEY_WORDS).then_some(g)
    }

    /// The flat store geometry of a map its lookups probe inline (hash maps).
    fn map_inline(&self, map: ir::MapId) -> Option<Geometry> {
        let (kl, vl) = layout::map_layouts(self.m, map);
        let decl = &self.m.maps[map];
        let g = flowmark_runtime::maps::map_geometry(&kl, &vl, decl.size);
        (decl.kind == ir::MapKind::Hash && g.key_words <= flat::MAX_KEY_WORDS).then_some(g)
    }

    pub(super) fn hint_apply(&mut self, hint: ir::HintId, key: &[Value], hit: Value) {
        let layout = layout::hint_key_layout(self.m, hint);
        let key: Vec<clif::Value> = key.iter().map(|k| self.get(*k)).collect();
        let words = self.layout_words(&layout, &key, 0);
        let g = self.hint_inline(hint);
        // The result (found as i64 0/1, mark as i64) from either path.
        let found_var = self.b.declare_var(I64);
        let mark_var = self.b.declare_var(I64);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.guarded_read(g.map(|_| (rt::VIEW_HINTS, hint.index())), slow, cont, |s, data| {
            let Some(g) = g else { return };
            let probe = s.exact_probe(&g, data, &words);
            let mark = s.b.ins().load(I32, flags(), probe.value, 0);
            let mark = s.b.ins().uextend(I64, mark);
            let found = s.bool_value(probe.hit);
            s.b.def_var(found_var, found);
            s.b.def_var(mark_var, mark);
        });
        let key_ptr = self.store_words(&words, layout.size);
        let mark_slot = self.stack_slot(4);
        let mark_ptr = self.slot_addr(mark_slot);
        let zero = self.b.ins().iconst(I32, 0);
        self.b.ins().store(flags(), zero, mark_ptr, 0);
        let id = self.b.ins().iconst(I32, hint.index() as i64);
        let f = self.refs.hint_lookup;
        let found = self.call(f, &[self.state, id, key_ptr, mark_ptr]).expect("result");
        let found = self.b.ins().icmp_imm_u(IntCC::NotEqual, found, 0);
        let found = self.bool_value(found);
        let mark = self.b.ins().load(I32, flags(), mark_ptr, 0);
        let mark = self.b.ins().uextend(I64, mark);
        self.b.def_var(found_var, found);
        self.b.def_var(mark_var, mark);
        self.b.ins().jump(cont, &[]);

        self.b.switch_to_block(cont);
        let found = self.b.use_var(found_var);
        if let Some(var) = self.m.standard.mark {
            let mark = self.b.use_var(mark_var);
            let ty = self.m.variables[var].ty;
            let mark = self.resize(mark, ty);
            let old = self.b.use_var(self.vars[var.index()]);
            let new = self.b.ins().select(found, mark, old);
            self.b.def_var(self.vars[var.index()], new);
        }
        self.set(hit, found);
    }

    pub(super) fn map_lookup(&mut self, map: ir::MapId, key: &[Value], found: Value, values: &[Value]) {
        let (kl, vl) = layout::map_layouts(self.m, map);
        let key: Vec<clif::Value> = key.iter().map(|k| self.get(*k)).collect();
        let words = self.layout_words(&kl, &key, 0);
        let g = self.map_inline(map);
        let set_results = |s: &mut Self, got: clif::Value, value_ptr: clif::Value| {
            let got = s.bool_value(got);
            s.set(found, got);
            for (field, v) in vl.fields.iter().zip(values) {
                let x = s.load_field(value_ptr, field);
                s.set(*v, x);
            }
        };
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.guarded_read(g.map(|_| (rt::VIEW_MAPS, map.index())), slow, cont, |s, data| {
            let Some(g) = g else { return };
            let probe = s.exact_probe(&g, data, &words);
            set_results(s, probe.hit, probe.value);
        });
        let key_ptr = self.store_words(&words, kl.size);
        let value_slot = self.stack_slot(vl.size);
        let value_ptr = self.slot_addr(value_slot);
        let id = self.b.ins().iconst(I32, map.index() as i64);
        let f = self.refs.map_lookup;
        let got = self.call(f, &[self.state, id, key_ptr, value_ptr]).expect("result");
        let got = self.b.ins().icmp_imm_u(IntCC::NotEqual, got, 0);
        set_results(self, got, value_ptr);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// `counter.count(index)`: `packets` and the packet length added to the worker's shard.
    pub(super) fn count(&mut self, counter: ir::CounterId, index: Value, packets: Value) {
        let i = self.get(index);
        let (i, big) = self.split_u64(i);
        let p = self.get(packets);
        let (p, _) = self.split_u64(p);
        let size = i64::from(self.m.counters[counter].size);
        let cont = self.b.create_block();
        // Out-of-range indexes count nothing.
        let in_range = self.b.create_block();
        let past = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, i, size);
        let skip = self.b.ins().bor(past, big);
        self.b.ins().brif(skip, cont, &[], in_range, &[]);

        self.b.switch_to_block(in_range);
        let add = self.b.create_block();
        let slow = self.b.create_block();
        let cells = self.preloaded.counters[&counter.index()];
        self.b.ins().brif(cells, add, &[], slow, &[]);

        self.b.switch_to_block(add);
        let offset = self.b.ins().ishl_imm_u(i, 4);
        let addr = self.b.ins().iadd(cells, offset);
        let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        let new = self.b.ins().iadd(old, p);
        self.b.ins().store(MemFlagsData::trusted(), new, addr, 0);
        let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 8);
        let new = self.b.ins().iadd(old, self.len);
        self.b.ins().store(MemFlagsData::trusted(), new, addr, 8);
        self.b.ins().jump(cont, &[]);

        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let id = self.b.ins().iconst(I32, counter.index() as i64);
        let f = self.refs.count;
        self.call(f, &[self.ctx, id, i, p, self.len]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// `Timestamp`: the context's `time_ns`.
    pub(super) fn timestamp(&mut self, result: Value) {
        let t = self.b.ins().load(I64, super::input_flags(), self.ctx, ctx::TIME_NS);
        self.set(result, t);
    }
}
