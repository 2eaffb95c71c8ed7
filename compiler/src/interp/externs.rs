//! The extern instructions of the interpreter's executor: table and hint application, map
//! operations, counters, hashing, timestamps, random numbers and the checksum helpers. Split from
//! `exec` to keep files short; the semantics are the `interp` module documentation's.

use cranelift_entity::EntityRef;

use super::exec::{internal, Exec, Frame, Stop};
use super::packet::{be_bytes, checksum_replace, fnv1a, ipv4_checksum, write_bits};
use crate::ir::{HeaderId, Inst};

impl<'m> Exec<'_, 'm> {
    /// Serialise a valid header's fields into bytes, with field `zero` (if any) as 0.
    fn header_bytes(&self, header: HeaderId, zero: Option<u16>) -> Result<Vec<u8>, Stop> {
        let (size, ty) = self.header_layout(header)?;
        let h = self.headers.get(header.index()).map(|h| &h.fields);
        let mut bytes = vec![0u8; size];
        for (i, (field, value)) in ty.fields.iter().zip(h.into_iter().flatten()).enumerate() {
            let v = if zero == Some(i as u16) { 0 } else { *value };
            write_bits(&mut bytes, field.bit_offset as usize, field.width, v);
        }
        Ok(bytes)
    }

    pub(super) fn extern_inst(&mut self, f: &mut Frame<'m>, inst: &Inst) -> Result<(), Stop> {
        let module = self.module;
        match inst {
            Inst::TableApply { table, keys, hit, action, params } => {
                let keys = f.get_all(keys)?;
                let Some(state) = self.state.tables.get(table.index()) else {
                    return internal(format!("table {table} does not exist"));
                };
                let (found, call) = match state.lookup(module, *table, &keys) {
                    Some(entry) => (true, entry.action.clone()),
                    None => (false, state.default.clone()),
                };
                f.set(*hit, u128::from(found))?;
                f.set(*action, call.action.index() as u128)?;
                let slots = module.param_slots(*table, call.action);
                for (i, p) in params.iter().enumerate() {
                    let arg = if slots.contains(&i) { call.args.get(i - slots.start).copied().unwrap_or(0) } else { 0 };
                    f.set(*p, arg)?;
                }
            }
            Inst::HintApply { hint, key, hit } => {
                let key = f.get_all(key)?;
                let Some(state) = self.state.hints.get(hint.index()) else {
                    return internal(format!("hint {hint} does not exist"));
                };
                let mark = state.entries.get(&key).copied();
                if let (Some(mark), Some(var)) = (mark, module.standard.mark) {
                    self.write_var(var, u128::from(mark));
                }
                f.set(*hit, u128::from(mark.is_some()))?;
            }
            Inst::MapLookup { map, key, found, values } => {
                let key = f.get_all(key)?;
                let Some(state) = self.state.maps.get_mut(map.index()) else {
                    return internal(format!("map {map} does not exist"));
                };
                let got = state.lookup(&key);
                f.set(*found, u128::from(got.is_some()))?;
                let got = got.unwrap_or_default();
                for (i, v) in values.iter().enumerate() {
                    f.set(*v, got.get(i).copied().unwrap_or(0))?;
                }
            }
            Inst::MapUpdate { map, key, values } => {
                let key = f.get_all(key)?;
                let values = f.get_all(values)?;
                let Some(state) = self.state.maps.get_mut(map.index()) else {
                    return internal(format!("map {map} does not exist"));
                };
                if state.update(&key, values).is_err() {
                    self.state.stats.map_update_failures += 1;
                }
            }
            Inst::MapDelete { map, key } => {
                let key = f.get_all(key)?;
                let Some(state) = self.state.maps.get_mut(map.index()) else {
                    return internal(format!("map {map} does not exist"));
                };
                state.delete(&key);
            }
            Inst::Count { counter, index, packets } => {
                let index = f.get(*index)?;
                let packets = f.get(*packets)? as u64;
                let Some(decl) = module.counters.get(*counter) else {
                    return internal(format!("counter {counter} does not exist"));
                };
                if index < u128::from(decl.size) {
                    let bytes = self.input.data.len() as u64;
                    if let Some(state) = self.state.counters.get_mut(counter.index()) {
                        state.add(index as u32, packets, bytes);
                    }
                }
            }
            Inst::Hash { result, args } => {
                let mut bytes = Vec::new();
                for a in args {
                    bytes.extend(be_bytes(f.get(*a)?, f.ty(*a)?.width()));
                }
                f.set(*result, u128::from(fnv1a(bytes)))?;
            }
            Inst::Timestamp { result } => f.set(*result, u128::from(self.input.time_ns))?,
            Inst::Random { result } => {
                let mut x = self.state.rng;
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                self.state.rng = x;
                f.set(*result, u128::from(x))?;
            }
            Inst::Ipv4ChecksumUpdate { header, checksum_field } => {
                let m = self.field_type(*header, *checksum_field)?.mask();
                if self.header(*header)?.valid {
                    let sum = ipv4_checksum(&self.header_bytes(*header, Some(*checksum_field))?);
                    if let Some(slot) = self.header(*header)?.fields.get_mut(usize::from(*checksum_field)) {
                        *slot = u128::from(sum) & m;
                    }
                }
            }
            Inst::ChecksumReplace { header, field, old, new } => {
                let m = self.field_type(*header, *field)?.mask();
                let width = f.ty(*old)?.width().max(f.ty(*new)?.width());
                let (old, new) = (f.get(*old)?, f.get(*new)?);
                let h = self.header(*header)?;
                if h.valid {
                    if let Some(slot) = h.fields.get_mut(usize::from(*field)) {
                        *slot = u128::from(checksum_replace(*slot as u16, old, new, width)) & m;
                    }
                }
            }
            other => return internal(format!("unexpected instruction {other:?}")),
        }
        Ok(())
    }
}
