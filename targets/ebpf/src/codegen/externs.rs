//! Tables, hints, maps, counters, hash, time and checksums: building keys on the stack in the
//! layouts of `flowmark_compiler::layout`, map helper calls with null checks, table lookups (the
//! tuple-space search of ternary tables is in `tuple_space.rs`, the scan of range tables in
//! `range_scan.rs`), default actions, and loading
//! action data from map values. Offload builds count with atomic adds into plain arrays and have
//! no clock.

use super::lower::{Loc, Lowering, NetLoc};
use super::network_order::{key_field_takes, network_constant};
use super::maps::TableMaps;
use super::mir::*;
use super::Error;
use flowmark_compiler::ir::{self, Function, Inst, Value};
use flowmark_compiler::layout::{ByteOrder, FieldLayout, StructLayout, TableStorage};

const HELPER_MAP_LOOKUP: i32 = 1;
const HELPER_MAP_UPDATE: i32 = 2;
const HELPER_MAP_DELETE: i32 = 3;
const HELPER_KTIME_GET_NS: i32 = 5;
const HELPER_GET_PRANDOM_U32: i32 = 7;

impl<'m> Lowering<'m> {
    /// Zero `bytes` of stack at `off` (8-byte stores; `bytes` rounded up).
    fn zero_stack(&mut self, off: i16, bytes: u32) {
        let mut at = 0;
        while at < bytes {
            self.push(MInst::StoreImm { size: Size::Dw, base: FP, off: off + at as i16, imm: 0 });
            at += 8;
        }
    }

    /// Store `value` into a struct at `base_off` on the stack, per `field`'s layout.
    fn store_field_value(&mut self, base_off: i16, field: &FieldLayout, value: Value) -> Result<(), Error> {
        let off = base_off + field.offset as i16;
        // Network-form values go in unchanged; constants as immediates (the area is zeroed).
        match self.network_of(value) {
            Some(NetLoc::Reg(raw, bytes)) if key_field_takes(field, bytes) => {
                self.store_network(FP, off, raw, bytes);
                return Ok(());
            }
            Some(NetLoc::Wide(base, slot)) if key_field_takes(field, 16) => {
                for half in [0i16, 8] {
                    let raw = self.vreg();
                    self.load(Size::Dw, raw, base, slot + half);
                    self.store_network(FP, off + half, raw, 8);
                }
                return Ok(());
            }
            _ => {}
        }
        if let (Some(constant), ByteOrder::Big, true) = (self.constant_of(value), field.byte_order, field.size <= 8) {
            let shift = if field.left_aligned { field.size * 8 - field.width as u32 } else { 0 };
            let mut bytes = network_constant(constant << shift, field.size);
            let mut at = off;
            for size in super::packet::chunks_at(field.size, true, off).into_iter().flat_map(|s| if s == 8 { vec![4, 4] } else { vec![s] }) {
                let piece = bytes & ((1u64 << (size * 8)) - 1);
                if piece != 0 {
                    self.push(MInst::StoreImm { size: Size::of_bytes(size), base: FP, off: at, imm: piece as u32 as i32 });
                }
                bytes = bytes.checked_shr(size * 8).unwrap_or(0);
                at += size as i16;
            }
            return Ok(());
        }
        match (self.loc(value)?, field.byte_order) {
            (Loc::Wide(slot), ByteOrder::Big) => {
                let (lo, hi) = (self.vreg(), self.vreg());
                self.load(Size::Dw, lo, FP, slot);
                self.load(Size::Dw, hi, FP, slot + 8);
                self.store_big_endian(FP, off, hi, 8);
                self.store_big_endian(FP, off + 8, lo, 8);
            }
            (Loc::Wide(slot), ByteOrder::Little) => {
                self.copy_wide((FP, slot), off);
            }
            (Loc::Reg(reg), ByteOrder::Big) => {
                if field.left_aligned {
                    let shifted = self.vreg();
                    self.mov(shifted, reg);
                    let shift = field.size * 8 - field.width as u32;
                    if shift > 0 {
                        self.alu(AluOp::Lsh, shifted, Src::Imm(shift as i32));
                    }
                    self.store_big_endian(FP, off, shifted, field.size);
                } else {
                    self.store_big_endian(FP, off, reg, field.size);
                }
            }
            (Loc::Reg(reg), ByteOrder::Little) => self.store(Size::of_bytes(field.size.min(8)), FP, off, reg),
        }
        Ok(())
    }

    /// Load a field of a struct at `base + off` into the location of `value` (normalized).
    fn load_field_value(&mut self, function: &Function, value: Value, base: Reg, off: i16, field: &FieldLayout) -> Result<(), Error> {
        let ty = function.values[value];
        let at = off + field.offset as i16;
        match (self.define(value, ty), field.byte_order) {
            (Loc::Reg(reg), ByteOrder::Big) => {
                self.load_big_endian(reg, base, at, field.size)?;
                if field.left_aligned {
                    let shift = field.size * 8 - field.width as u32;
                    if shift > 0 {
                        self.alu(AluOp::Rsh, reg, Src::Imm(shift as i32));
                    }
                }
                self.truncate(reg, field.width);
            }
            (Loc::Reg(reg), ByteOrder::Little) => {
                self.load(Size::of_bytes(field.size.min(8)), reg, base, at);
                self.truncate(reg, field.width);
            }
            (Loc::Wide(slot), ByteOrder::Big) => {
                let (hi, lo) = (self.vreg(), self.vreg());
                self.load_big_endian(hi, base, at, 8)?;
                self.load_big_endian(lo, base, at + 8, 8)?;
                self.store(Size::Dw, FP, slot, lo);
                self.store(Size::Dw, FP, slot + 8, hi);
            }
            (Loc::Wide(slot), ByteOrder::Little) => {
                for i in [0, 8] {
                    let tmp = self.vreg();
                    self.load(Size::Dw, tmp, base, at + i);
                    self.store(Size::Dw, FP, slot + i, tmp);
                }
            }
        }
        Ok(())
    }

    /// `r0 = bpf_map_lookup_elem(&map, fp + key_off)`; returns a vreg holding the result.
    pub(super) fn map_lookup(&mut self, map: usize, key_off: i16) -> Reg {
        self.push(MInst::LoadMap { dst: R1, map });
        self.mov(R2, FP);
        self.alu(AluOp::Add, R2, Src::Imm(key_off as i32));
        self.push(MInst::Call { helper: HELPER_MAP_LOOKUP });
        let result = self.vreg();
        self.mov(result, R0);
        result
    }

    fn store_index_key(&mut self, off: i16, index: Reg) {
        self.store(Size::W, FP, off, index);
    }

    /// Where in the key area to build a key of `layout` (the helper reads it byte by byte, so it
    /// need not start 8-aligned): the start, among the 8 possible, that needs the fewest aligned
    /// stores for its big-endian fields while keeping little-endian fields naturally aligned.
    fn key_offset(&self, layout: &StructLayout) -> i16 {
        let base = self.key_area + 8;
        let cost = |shift: i16| -> Option<usize> {
            let mut stores = 0;
            for field in &layout.fields {
                let at = base + shift + field.offset as i16;
                match field.byte_order {
                    ByteOrder::Big => stores += super::packet::chunks_at(field.size.min(8), true, at).len() * field.size.div_ceil(8).max(1) as usize,
                    ByteOrder::Little => {
                        if at.rem_euclid(field.size.clamp(1, 8) as i16) != 0 {
                            return None;
                        }
                        stores += 1;
                    }
                }
            }
            Some(stores)
        };
        let best = (0..8).filter_map(|shift| cost(shift).map(|c| (c, shift))).min().map(|(_, shift)| shift).unwrap_or(0);
        base + best
    }

    fn build_key(&mut self, layout: &StructLayout, values: &[Value], off: i16) -> Result<(), Error> {
        self.build_key_after_prefix(layout, values, off, 0)
    }

    /// Build a key whose first `prefix` bytes the caller stores afterwards (an LPM key's prefix
    /// length). Network-form fields that start an aligned 8-byte word and end inside it go in
    /// with one 8-byte store: the register's bytes past the field are zero (see [`NetLoc`]),
    /// which fills the word's padding, and the stores of other fields in the word come after.
    /// The other aligned words holding bytes no field store writes (padding, constant fields,
    /// whose zero pieces are skipped) are zeroed first; field stores then fill the rest.
    fn build_key_after_prefix(&mut self, layout: &StructLayout, values: &[Value], off: i16, prefix: u32) -> Result<(), Error> {
        let word_of = |at: i16| at.div_euclid(8) * 8;
        let whole_words: Vec<(usize, i16, Reg)> = layout
            .fields
            .iter()
            .zip(values)
            .enumerate()
            .filter_map(|(index, (field, value))| {
                let at = off + field.offset as i16;
                match self.network_of(*value) {
                    Some(NetLoc::Reg(raw, bytes)) if key_field_takes(field, bytes) && bytes < 8 && at == word_of(at) => Some((index, at, raw)),
                    _ => None,
                }
            })
            .collect();
        let written: Vec<bool> = (0..layout.size)
            .map(|byte| {
                byte < prefix
                    || whole_words.iter().any(|(_, word, _)| *word == word_of(off + byte as i16))
                    || layout.fields.iter().zip(values).any(|(field, value)| {
                        self.constant_of(*value).is_none() && byte >= field.offset && byte < field.offset + field.size
                    })
            })
            .collect();
        let mut zeroed_words: Vec<i16> = Vec::new();
        for (byte, done) in written.iter().enumerate() {
            let word = word_of(off + byte as i16);
            if !done && !zeroed_words.contains(&word) {
                zeroed_words.push(word);
                self.zero_stack(word, 8);
            }
        }
        for (_, word, raw) in &whole_words {
            self.store(Size::Dw, FP, *word, *raw);
        }
        for (index, (field, value)) in layout.fields.iter().zip(values).enumerate() {
            if !whole_words.iter().any(|(whole, _, _)| *whole == index) {
                self.store_field_value(off, field, *value)?;
            }
        }
        Ok(())
    }

    pub fn extern_inst(&mut self, function: &Function, inst: &Inst) -> Result<(), Error> {
        match inst {
            Inst::TableApply { table, keys, hit, action, params } => self.table_apply(function, *table, keys, *hit, *action, params),
            Inst::HintApply { hint, key, hit } => {
                let (map, layout) = self.maps.hints[hint].clone();
                let key_off = self.key_offset(&layout);
                self.build_key(&layout, key, key_off)?;
                let pointer = self.map_lookup(map, key_off);
                self.pointer_is_not_null_condition(*hit, pointer);
                let hit = self.define_reg(*hit);
                let done = self.label();
                self.mov_imm(hit, 0);
                self.branch(Cond::Eq, pointer, Src::Imm(0), done);
                self.mov_imm(hit, 1);
                if let Some(var) = self.module.standard.mark {
                    let mark = self.vreg();
                    self.load(Size::W, mark, pointer, 0);
                    self.store_var(var, mark);
                }
                self.push(MInst::Label(done));
                Ok(())
            }
            Inst::MapLookup { map, key, found, values } => {
                let (index, key_layout, value_layout) = self.maps.state_maps[map].clone();
                let key_off = self.key_offset(&key_layout);
                self.build_key(&key_layout, key, key_off)?;
                let pointer = self.map_lookup(index, key_off);
                self.pointer_is_not_null_condition(*found, pointer);
                let found = self.define_reg(*found);
                let miss = self.label();
                let done = self.label();
                self.branch(Cond::Eq, pointer, Src::Imm(0), miss);
                self.mov_imm(found, 1);
                for (field, value) in value_layout.fields.iter().zip(values) {
                    self.load_field_value(function, *value, pointer, 0, field)?;
                }
                self.jump(done);
                self.push(MInst::Label(miss));
                self.mov_imm(found, 0);
                for value in values {
                    match self.loc(*value)? {
                        Loc::Reg(reg) => self.mov_imm(reg, 0),
                        Loc::Wide(slot) => {
                            self.push(MInst::StoreImm { size: Size::Dw, base: FP, off: slot, imm: 0 });
                            self.push(MInst::StoreImm { size: Size::Dw, base: FP, off: slot + 8, imm: 0 });
                        }
                    }
                }
                self.push(MInst::Label(done));
                Ok(())
            }
            Inst::MapUpdate { map, key, values } => {
                let (index, key_layout, value_layout) = self.maps.state_maps[map].clone();
                let (key_off, value_off) = (self.key_area, self.value_area);
                self.build_key(&key_layout, key, key_off)?;
                self.build_key(&value_layout, values, value_off)?;
                self.push(MInst::LoadMap { dst: R1, map: index });
                self.mov(R2, FP);
                self.alu(AluOp::Add, R2, Src::Imm(key_off as i32));
                self.mov(R3, FP);
                self.alu(AluOp::Add, R3, Src::Imm(value_off as i32));
                self.mov_imm(R4, 0);
                self.push(MInst::Call { helper: HELPER_MAP_UPDATE });
                Ok(())
            }
            Inst::MapDelete { map, key } => {
                let (index, key_layout, _) = self.maps.state_maps[map].clone();
                let key_off = self.key_area;
                self.build_key(&key_layout, key, key_off)?;
                self.push(MInst::LoadMap { dst: R1, map: index });
                self.mov(R2, FP);
                self.alu(AluOp::Add, R2, Src::Imm(key_off as i32));
                self.push(MInst::Call { helper: HELPER_MAP_DELETE });
                Ok(())
            }
            Inst::Count { counter, index, packets } => {
                let map = self.maps.counters[counter];
                let key_off = self.key_area;
                match self.constant_of(*index).filter(|c| *c <= i32::MAX as u128) {
                    Some(constant) => self.push(MInst::StoreImm { size: Size::W, base: FP, off: key_off, imm: constant as i32 }),
                    None => {
                        let index = self.reg_of(*index)?;
                        self.store_index_key(key_off, index);
                    }
                }
                // `packets` must survive the call: a constant is an immediate, anything else waits
                // on the stack.
                let packets_constant = self.constant_of(*packets).filter(|c| *c <= i32::MAX as u128 && !self.options.offload);
                let value_off = self.value_area;
                if packets_constant.is_none() {
                    let packets = self.reg_of(*packets)?;
                    self.store(Size::Dw, FP, value_off, packets);
                }
                let pointer = self.map_lookup(map, key_off);
                let done = self.label();
                self.branch(Cond::Eq, pointer, Src::Imm(0), done);
                if self.options.offload {
                    // The NIC changes map values only by atomic add (and has no per-CPU maps).
                    let add = self.vreg();
                    self.load(Size::Dw, add, FP, value_off);
                    self.push(MInst::AtomicAdd { base: pointer, off: 0, src: add });
                    if self.module.counters[*counter].kind == ir::CounterKind::PacketsAndBytes {
                        let length = self.vreg();
                        match self.module.standard.packet_length {
                            Some(var) => self.load_var(length, var),
                            None => self.mov_imm(length, 0),
                        }
                        self.push(MInst::AtomicAdd { base: pointer, off: 8, src: length });
                    }
                    self.push(MInst::Label(done));
                    return Ok(());
                }
                let old = self.vreg();
                self.load(Size::Dw, old, pointer, 0);
                match packets_constant {
                    Some(constant) => self.alu(AluOp::Add, old, Src::Imm(constant as i32)),
                    None => {
                        let add = self.vreg();
                        self.load(Size::Dw, add, FP, value_off);
                        self.alu(AluOp::Add, old, Src::Reg(add));
                    }
                }
                self.store(Size::Dw, pointer, 0, old);
                if self.module.counters[*counter].kind == ir::CounterKind::PacketsAndBytes {
                    let (bytes, length) = (self.vreg(), self.vreg());
                    self.load(Size::Dw, bytes, pointer, 8);
                    match self.module.standard.packet_length {
                        Some(var) => self.load_var(length, var),
                        None => self.mov_imm(length, 0),
                    }
                    self.alu(AluOp::Add, bytes, Src::Reg(length));
                    self.store(Size::Dw, pointer, 8, bytes);
                }
                self.push(MInst::Label(done));
                Ok(())
            }
            Inst::Hash { result, args } => {
                let mut parts: Vec<(Reg, u32)> = Vec::new();
                for arg in args {
                    let width = function.values[*arg].width();
                    match self.loc(*arg)? {
                        Loc::Reg(reg) => parts.push((reg, width.div_ceil(8).max(1) as u32)),
                        Loc::Wide(slot) => {
                            let (hi, lo) = (self.vreg(), self.vreg());
                            self.load(Size::Dw, hi, FP, slot + 8);
                            self.load(Size::Dw, lo, FP, slot);
                            parts.push((hi, (width as u32).div_ceil(8) - 8));
                            parts.push((lo, 8));
                        }
                    }
                }
                let hash = self.define_reg(*result);
                self.mov_imm(hash, 0x811c_9dc5);
                for (reg, bytes) in parts {
                    for i in (0..bytes).rev() {
                        let byte = self.vreg();
                        self.mov(byte, reg);
                        if i > 0 {
                            self.alu(AluOp::Rsh, byte, Src::Imm((8 * i) as i32));
                        }
                        self.alu(AluOp::And, byte, Src::Imm(0xff));
                        self.alu(AluOp::Xor, hash, Src::Reg(byte));
                        self.push(MInst::Alu32 { op: AluOp::Mul, dst: hash, src: Src::Imm(0x0100_0193) });
                    }
                }
                Ok(())
            }
            Inst::Timestamp { result } => {
                match self.maps.clock {
                    Some(map) => {
                        let key_off = self.key_area;
                        self.push(MInst::StoreImm { size: Size::W, base: FP, off: key_off, imm: 0 });
                        let pointer = self.map_lookup(map, key_off);
                        let reg = self.define_reg(*result);
                        let done = self.label();
                        self.mov_imm(reg, 0);
                        self.branch(Cond::Eq, pointer, Src::Imm(0), done);
                        self.load(Size::Dw, reg, pointer, 0);
                        self.push(MInst::Label(done));
                    }
                    None if self.options.offload => {
                        return Err(Error::Unsupported("timestamp_ns() in an offload build (the NIC has no clock helper)".into()))
                    }
                    None => {
                        self.push(MInst::Call { helper: HELPER_KTIME_GET_NS });
                        let reg = self.define_reg(*result);
                        self.mov(reg, R0);
                    }
                }
                Ok(())
            }
            Inst::Random { result } => {
                self.push(MInst::Call { helper: HELPER_GET_PRANDOM_U32 });
                let reg = self.define_reg(*result);
                self.mov(reg, R0);
                self.truncate(reg, 32);
                Ok(())
            }
            Inst::Ipv4ChecksumUpdate { header, checksum_field } => self.ipv4_checksum(*header, *checksum_field),
            Inst::ChecksumReplace { header, field, old, new } => self.checksum_replace(function, *header, *field, *old, *new),
            other => Err(Error::Internal(format!("instruction not handled: {other:?}"))),
        }
    }

    fn table_apply(
        &mut self,
        function: &Function,
        table: ir::TableId,
        keys: &[Value],
        hit: Value,
        action: Value,
        params: &[Value],
    ) -> Result<(), Error> {
        let maps: TableMaps = self.maps.tables[&table].clone();
        let layout = maps.layout.clone();
        let key_off = self.key_area;
        match layout.storage {
            TableStorage::Array => {
                let index = self.reg_of(keys[0])?;
                self.store_index_key(key_off, index);
            }
            TableStorage::LpmTrie => {
                // The prefix length goes in after the fields, over bytes the key build leaves.
                self.build_key_after_prefix(&layout.key, &super::network_order::lpm_ordered(self.module, table, keys), key_off, 4)?;
                let bits = (layout.key.size - 4) * 8;
                self.push(MInst::StoreImm { size: Size::W, base: FP, off: key_off, imm: bits as i32 });
            }
            TableStorage::Hash | TableStorage::Ternary | TableStorage::RangeScan => self.build_key(&layout.key, keys, key_off)?,
        }
        let hit_reg = self.define_reg(hit);
        let action_reg = self.define_reg(action);
        let found = self.label();
        let done = self.label();
        // `pointer`: the map value that matched, 0 on a miss. The tuple space and the range scan
        // leave their winner in a stack slot; it is reloaded after `found` rather than kept in a
        // register across the default action's lookup (8-byte stack slots keep the verifier's
        // pointer type).
        let searched = match layout.storage {
            TableStorage::Ternary => Some(self.tuple_space_search(&maps, key_off)?),
            TableStorage::RangeScan => Some(self.range_scan(&maps, key_off)?),
            _ => None,
        };
        let (pointer, winner_slot) = if let Some(slot) = searched {
            let pointer = self.vreg();
            self.load(Size::Dw, pointer, FP, slot);
            (pointer, Some(slot))
        } else {
            (self.map_lookup(maps.main, key_off), None)
        };
        self.pointer_is_not_null_condition(hit, pointer);
        // `value`: the map value action and parameters come from (a hit, or the default-action
        // entry); both paths share one decoding of it at `found`.
        let value = self.vreg();
        let main_found = self.label();
        self.mov_imm(hit_reg, 1);
        self.branch(Cond::Ne, pointer, Src::Imm(0), main_found);
        self.mov_imm(hit_reg, 0);
        let default = self.module.tables[table].default_action.clone();
        let used: Vec<bool> = params.iter().map(|p| self.is_used(function, *p)).collect();
        // Define every used parameter once so both paths write the same register. Parameters
        // only stored into fields of their size stay in network form (no swaps either way).
        for (value, used) in params.iter().zip(&used) {
            if *used {
                let current = self.current_function;
                let network = self.network.values[current].get(value).copied();
                match network {
                    Some(bytes) if !self.network.needs_number[current].contains(value) => {
                        let raw = self.vreg();
                        self.network_values[current].insert(*value, NetLoc::Reg(raw, bytes));
                    }
                    _ => {
                        let ty = function.values[*value];
                        self.define(*value, ty);
                    }
                }
            }
        }
        // The default-action entry matters only for the action and its parameters.
        let decoded = self.is_used(function, action) || used.iter().any(|u| *u);
        if let (Some(default_map), true) = (maps.default, decoded) {
            let zero_off = self.key_area;
            self.push(MInst::StoreImm { size: Size::W, base: FP, off: zero_off, imm: 0 });
            let default_pointer = self.map_lookup(default_map, zero_off);
            self.mov(value, default_pointer);
            self.branch(Cond::Ne, value, Src::Imm(0), found);
        }
        // The compile-time default action.
        self.mov_imm(action_reg, cranelift_entity::EntityRef::index(default.action) as u64);
        let slots = self.module.param_slots(table, default.action);
        for (position, value) in params.iter().enumerate() {
            if !used[position] {
                continue;
            }
            let constant = slots.clone().position(|s| s == position).and_then(|i| default.args.get(i)).copied().unwrap_or(0);
            self.set_constant(*value, constant)?;
        }
        self.jump(done);
        self.push(MInst::Label(main_found));
        match winner_slot {
            Some(slot) => self.load(Size::Dw, value, FP, slot),
            None => self.mov(value, pointer),
        }
        self.push(MInst::Label(found));
        self.load_table_value(function, &layout, params, &used, action_reg, value, 0)?;
        self.push(MInst::Label(done));
        Ok(())
    }

    fn set_constant(&mut self, value: Value, constant: u128) -> Result<(), Error> {
        if let Some(NetLoc::Reg(raw, bytes)) = self.network_of(value) {
            self.mov_imm(raw, network_constant(constant, bytes));
            return Ok(());
        }
        match self.loc(value)? {
            Loc::Reg(reg) => self.mov_imm(reg, constant as u64),
            Loc::Wide(slot) => {
                for (i, half) in [constant as u64, (constant >> 64) as u64].into_iter().enumerate() {
                    let tmp = self.vreg();
                    self.mov_imm(tmp, half);
                    self.store(Size::Dw, FP, slot + 8 * i as i16, tmp);
                }
            }
        }
        Ok(())
    }

    /// Action id and used parameters from a table value at `base + off`. Parameters of other
    /// actions are zero in the value (the control plane writes zeros), matching the IR.
    #[allow(clippy::too_many_arguments)]
    fn load_table_value(
        &mut self,
        _function: &Function,
        layout: &flowmark_compiler::layout::TableLayout,
        params: &[Value],
        used: &[bool],
        action_reg: Reg,
        base: Reg,
        off: i16,
    ) -> Result<(), Error> {
        self.load(Size::W, action_reg, base, off + layout.action_offset as i16);
        for (position, value) in params.iter().enumerate() {
            if !used[position] {
                continue;
            }
            let field = layout.value.fields[position].clone();
            let at = off + field.offset as i16;
            if let Some(NetLoc::Reg(raw, bytes)) = self.network_of(*value) {
                // A parameter only stored into fields of its size (a MAC address, say) may bring
                // the bytes after it along: one load instead of one per piece.
                let wide_load_fits = at as u32 + 8 <= layout.value.size;
                if !matches!(bytes, 2 | 4 | 8) && wide_load_fits && self.only_stored_into_fields(*value) {
                    self.load(Size::Dw, raw, base, at);
                } else {
                    self.load_network(raw, base, at, bytes);
                }
                continue;
            }
            match self.loc(*value)? {
                Loc::Reg(reg) => {
                    self.load_big_endian(reg, base, at, field.size)?;
                    // Whole 1, 2, 4 or 8-byte loads come zero-extended already.
                    if field.width as u32 != field.size * 8 || !matches!(field.size, 1 | 2 | 4 | 8) {
                        self.truncate(reg, field.width);
                    }
                }
                Loc::Wide(slot) => {
                    let (hi, lo) = (self.vreg(), self.vreg());
                    self.load_big_endian(hi, base, at, 8)?;
                    self.load_big_endian(lo, base, at + 8, 8)?;
                    self.store(Size::Dw, FP, slot, lo);
                    self.store(Size::Dw, FP, slot + 8, hi);
                }
            }
        }
        Ok(())
    }

    fn ipv4_checksum(&mut self, header: ir::HeaderId, checksum_field: u16) -> Result<(), Error> {
        let header_type = self.module.header_type(header);
        let size = header_type.size_bits / 8;
        let field = &header_type.fields[checksum_field as usize];
        if !field.bit_offset.is_multiple_of(16) || !size.is_multiple_of(2) {
            return Err(Error::Unsupported("an IPv4 checksum field that is not 16-bit aligned".into()));
        }
        let checksum_byte = (field.bit_offset / 8) as i16;
        let (pointer, displacement) = self.header_base(header);
        let done = self.label();
        self.unless_valid(pointer, done);
        // The one's complement sum does not depend on byte order (RFC 1071): add the header's
        // 32-bit words as loaded, the word holding the checksum as its other 16-bit half, fold to
        // 16 bits, and store the complement without swapping.
        let loads = checksum_loads(size, checksum_byte);
        let largest = loads.iter().map(|(_, bytes)| (1u64 << (8 * bytes)) - 1).sum();
        // A load that overlaps a narrower store of a written field (the TTL byte in the word
        // holding TTL and protocol) is split at the store's edges: a wide load of bytes a narrow
        // store just wrote cannot take them from the store buffer and waits for the store to
        // retire (a store-forwarding stall of a dozen cycles). The pieces, shifted to their
        // place in the word, add up to the same value.
        let stores = super::packet::written_store_pieces(self.module, header);
        let sum = self.vreg();
        if loads.is_empty() {
            self.mov_imm(sum, 0);
        }
        let mut first = true;
        for (at, bytes) in loads {
            for (piece_at, piece_bytes) in split_at_stores(at, bytes, &stores) {
                let word = if first { sum } else { self.vreg() };
                self.load(Size::of_bytes(piece_bytes), word, pointer, displacement + piece_at);
                if piece_at > at {
                    self.alu(AluOp::Lsh, word, Src::Imm(8 * i32::from(piece_at - at)));
                }
                if !first {
                    self.alu(AluOp::Add, sum, Src::Reg(word));
                }
                first = false;
            }
        }
        self.fold_and_complement(sum, largest);
        self.store(Size::H, pointer, displacement + checksum_byte, sum);
        self.push(MInst::Label(done));
        Ok(())
    }

    /// `sum = ~fold(sum)` in its low 16 bits (what a 16-bit store keeps; the bits above are not
    /// cleared), for a sum of at most `largest`. Each full fold adds the high bits to the low 16;
    /// once the sum is at most 0x1fffe, `sum + (sum >> 16)` has the end-around carry in its low
    /// 16 bits (a carry out of them needs a low half of 0xffff with a high bit set, over 0x1fffe).
    fn fold_and_complement(&mut self, sum: Reg, largest: u64) {
        for _ in 0..full_folds(largest) {
            let high = self.vreg();
            self.mov(high, sum);
            self.alu(AluOp::Rsh, high, Src::Imm(16));
            self.alu(AluOp::And, sum, Src::Imm(0xffff));
            self.alu(AluOp::Add, sum, Src::Reg(high));
        }
        let high = self.vreg();
        self.mov(high, sum);
        self.alu(AluOp::Rsh, high, Src::Imm(16));
        self.alu(AluOp::Add, sum, Src::Reg(high));
        self.alu(AluOp::Xor, sum, Src::Imm(0xffff));
    }

    fn checksum_replace(&mut self, function: &Function, header: ir::HeaderId, field: u16, old: Value, new: Value) -> Result<(), Error> {
        let width = function.values[old].width();
        let (old, new) = (self.reg_of(old)?, self.reg_of(new)?);
        let header_type = self.module.header_type(header);
        let bit_offset = header_type.fields[field as usize].bit_offset;
        if !bit_offset.is_multiple_of(8) {
            return Err(Error::Unsupported("a checksum field that is not byte aligned".into()));
        }
        let (pointer, displacement) = self.header_base(header);
        let byte = displacement + (bit_offset / 8) as i16;
        let done = self.label();
        self.unless_valid(pointer, done);
        let sum = self.vreg();
        self.load_big_endian(sum, pointer, byte, 2)?;
        self.alu(AluOp::Xor, sum, Src::Imm(0xffff));
        let words = (width as u32).div_ceil(16).max(1);
        for word in 0..words {
            for (source, complement) in [(old, true), (new, false)] {
                let w = self.vreg();
                self.mov(w, source);
                if word > 0 {
                    self.alu(AluOp::Rsh, w, Src::Imm((16 * word) as i32));
                }
                if complement {
                    self.alu(AluOp::Xor, w, Src::Imm(0xffff));
                }
                self.alu(AluOp::And, w, Src::Imm(0xffff));
                self.alu(AluOp::Add, sum, Src::Reg(w));
            }
        }
        // The complemented checksum and two 16-bit words per word of the field.
        self.fold_and_complement(sum, 0xffff * (1 + 2 * words as u64));
        self.store_big_endian(pointer, byte, sum, 2);
        self.push(MInst::Label(done));
        Ok(())
    }
}

/// The loads (offset, bytes) whose sum is the one's complement sum of a header of `size` bytes
/// without its checksum at `checksum_byte` (16-bit aligned): 32-bit words, the other half of the
/// word holding the checksum, and a last 16-bit word unless it is the checksum.
fn checksum_loads(size: u32, checksum_byte: i16) -> Vec<(i16, u32)> {
    let mut loads = Vec::new();
    let mut at: i16 = 0;
    while (at as u32) < size {
        let bytes: i16 = if size - at as u32 >= 4 { 4 } else { 2 };
        let checksum_inside = (at..at + bytes).contains(&checksum_byte);
        match (checksum_inside, bytes) {
            (false, _) => loads.push((at, bytes as u32)),
            (true, 4) if checksum_byte == at => loads.push((at + 2, 2)),
            (true, 4) => loads.push((at, 2)),
            (true, _) => {}
        }
        at += bytes;
    }
    loads
}

/// The load of `bytes` at `at` as pieces that never straddle the edge of one of `stores` (offset,
/// bytes): the whole load when it lies inside one store or touches none, else cut at every
/// overlapping store's edges (pieces of 1, 2 or 4 bytes).
fn split_at_stores(at: i16, bytes: u32, stores: &[(i16, u32)]) -> Vec<(i16, u32)> {
    let end = at + bytes as i16;
    let overlapping: Vec<(i16, i16)> =
        stores.iter().map(|&(s, n)| (s, s + n as i16)).filter(|&(s, e)| s < end && at < e).collect();
    if overlapping.is_empty() || overlapping.iter().any(|&(s, e)| s <= at && end <= e) {
        return vec![(at, bytes)];
    }
    let mut cuts: Vec<i16> = vec![at, end];
    for (s, e) in overlapping {
        cuts.extend([s, e].into_iter().filter(|c| at < *c && *c < end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces = Vec::new();
    for edge in cuts.windows(2) {
        let (mut p, piece_end) = (edge[0], edge[1]);
        while p < piece_end {
            let n = [4i16, 2, 1].into_iter().find(|n| p + n <= piece_end).unwrap_or(1);
            pieces.push((p, n as u32));
            p += n;
        }
    }
    pieces
}

/// How many full folds (`(sum & 0xffff) + (sum >> 16)`) bring a sum of at most `largest` to at
/// most 0x1fffe, where the last, unmasked fold is exact.
fn full_folds(largest: u64) -> usize {
    let mut bound = largest;
    let mut folds = 0;
    while bound > 0x1fffe {
        bound = 0xffff + (bound >> 16);
        folds += 1;
    }
    folds
}

#[cfg(test)]
mod tests {
    use super::{checksum_loads, full_folds, split_at_stores};

    #[test]
    fn the_ipv4_checksum_word_is_loaded_as_its_other_half() {
        assert_eq!(checksum_loads(20, 10), vec![(0, 4), (4, 4), (8, 2), (12, 4), (16, 4)]);
        assert_eq!(checksum_loads(20, 8), vec![(0, 4), (4, 4), (10, 2), (12, 4), (16, 4)]);
        assert_eq!(checksum_loads(6, 4), vec![(0, 4)]);
        assert_eq!(checksum_loads(6, 0), vec![(2, 2), (4, 2)]);
    }

    #[test]
    fn checksum_loads_split_at_the_edges_of_narrower_stores() {
        assert_eq!(split_at_stores(8, 2, &[(8, 1)]), vec![(8, 1), (9, 1)]);
        assert_eq!(split_at_stores(0, 4, &[(1, 1)]), vec![(0, 1), (1, 1), (2, 2)]);
        assert_eq!(split_at_stores(0, 4, &[(2, 2), (8, 1)]), vec![(0, 2), (2, 2)]);
        assert_eq!(split_at_stores(12, 4, &[(12, 4)]), vec![(12, 4)]);
        assert_eq!(split_at_stores(12, 2, &[(12, 4)]), vec![(12, 2)]);
        assert_eq!(split_at_stores(4, 4, &[(8, 1), (0, 4)]), vec![(4, 4)]);
        assert_eq!(split_at_stores(0, 4, &[(3, 2)]), vec![(0, 2), (2, 1), (3, 1)]);
    }

    /// The folds against a plain one's complement sum, for the largest sums and their neighbours.
    #[test]
    fn the_last_fold_is_exact_for_every_sum_up_to_the_bound() {
        let reference = |mut sum: u64| {
            while sum > 0xffff {
                sum = (sum & 0xffff) + (sum >> 16);
            }
            sum
        };
        for largest in [0xffffu64, 0x1fffe, 0x2_fffd, 4 * 0xffff_ffff + 0xffff, 15 * 0xffff_ffff] {
            let samples = (0..=0x3ffffu64).map(|d| largest.saturating_sub(d)).chain((0..=0x3ffff).map(|d| d.min(largest)));
            for sum in samples {
                let mut folded = sum;
                for _ in 0..full_folds(largest) {
                    folded = (folded & 0xffff) + (folded >> 16);
                }
                folded += folded >> 16;
                assert_eq!(folded & 0xffff, reference(sum), "sum {sum:#x} (largest {largest:#x})");
            }
        }
        assert_eq!(full_folds(4 * 0xffff_ffff + 0xffff), 2);
        assert_eq!(full_folds(0x1fffe), 0);
    }
}
