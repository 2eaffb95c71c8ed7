//! The flat mirror of a table snapshot that generated code probes inline (see [`crate::flat`]):
//! exact tables as a hash of key words to value words, small LPM and ternary/range tables (at
//! most [`LINEAR_MAX`] entries) as a list of (value, mask, range bounds, value words) in the order
//! the first match wins. Which tables have one, and its geometry, is a function of the declaration
//! alone, so the code generator and the runtime agree on it.

use flowmark_compiler::interp::sign_extend;
use flowmark_compiler::ir::{MatchKind, Module, TableId};
use flowmark_compiler::layout::{self, TableStorage};

use super::{Index, TableSnapshot};
use crate::flat::{FlatStore, Geometry, LINEAR_MAX, MAX_KEY_WORDS, TOO_MANY};

/// The flat store of a table, or `None` when its lookups always go through the runtime (array
/// tables, keys over [`MAX_KEY_WORDS`] words, range keys over 64 bits).
pub fn table_geometry(module: &Module, table: TableId) -> Option<Geometry> {
    let decl = &module.tables[table];
    let tl = layout::table_layout(module, table);
    if tl.key.size.div_ceil(8) as usize > MAX_KEY_WORDS {
        return None;
    }
    match tl.storage {
        TableStorage::Array => None,
        TableStorage::Hash => {
            let entries = decl.size.max(decl.const_entries.as_ref().map_or(0, |c| c.len() as u32));
            Some(Geometry::exact(tl.key.size, tl.value.size, entries))
        }
        TableStorage::LpmTrie | TableStorage::Ternary | TableStorage::RangeScan => {
            let ranges: Vec<_> = decl.keys.iter().filter(|k| k.match_kind == MatchKind::Range).collect();
            if ranges.iter().any(|k| k.ty.width() > 64) {
                return None;
            }
            Some(Geometry::linear(tl.key.size, tl.value.size, ranges.len()))
        }
    }
}

/// Rewrite `flat` from `snapshot` (the caller holds the table's writer lock). `used` lists the
/// exact slots filled last time; it is updated.
pub(super) fn publish(flat: &FlatStore, snapshot: &TableSnapshot, used: &mut Vec<usize>) {
    let g = flat.geometry;
    let vs = snapshot.value_size;
    let value = |e: u32| &snapshot.values[e as usize * vs..][..vs];
    flat.write(|flat| {
        flat.set_default(&snapshot.default);
        match &snapshot.index {
            Index::Exact(index) => {
                flat.clear_slots(used.drain(..));
                for (key, e) in index.iter_words() {
                    if let Some(slot) = flat.free_slot(key) {
                        flat.fill(slot, key, value(e));
                        used.push(slot);
                    }
                }
            }
            Index::Linear { words, values, masks, ids, ranges } if g.linear && ids.len() <= LINEAR_MAX => {
                let n = *words;
                for (i, &e) in ids.iter().enumerate() {
                    let at = flat.slot(i);
                    for j in 0..n {
                        flat.set(at + j, values[i * n + j]);
                        flat.set(at + n + j, masks[i * n + j]);
                    }
                    let bounds = &snapshot.bounds[e as usize * ranges.len()..][..ranges.len()];
                    for (r, (range, &(lo, hi))) in ranges.iter().zip(bounds).enumerate() {
                        let (lo, hi) = if range.signed {
                            let w = range.field.width;
                            (sign_extend(lo, w) as u64, sign_extend(hi, w) as u64)
                        } else {
                            (lo.min(u128::from(u64::MAX)) as u64, hi.min(u128::from(u64::MAX)) as u64)
                        };
                        flat.set(at + 2 * n + 2 * r, lo);
                        flat.set(at + 2 * n + 2 * r + 1, hi);
                    }
                    flat.set_bytes(at + g.value_offset(), value(e), g.value_words);
                }
                flat.set(g.value_words, ids.len() as u64);
            }
            _ => flat.set(g.value_words, TOO_MANY),
        }
    });
}
