//! Which kernel maps a module needs and how they are laid out: one map per table (HASH, ARRAY,
//! LPM_TRIE, for ternary tables a tuple-space pair: an ARRAY of masks and one HASH of masked keys,
//! for tables with a range key a range-scan pair: an ARRAY of entries kept best first and a
//! one-entry ARRAY with their count), a one-entry ARRAY for each non-const default action, HASH maps for hints, HASH/ARRAY/
//! LRU_HASH maps for `Map` externs, per-CPU ARRAYs for counters, and (test harness only) a clock.
//! Key and value bytes follow `flowmark_compiler::layout`; each map gets BTF struct types.

use crate::program::{BtfMember, BtfStruct, MapDef};
use flowmark_compiler::ir::{self, Module};
use flowmark_compiler::layout::{self, StructLayout, TableLayout, TableStorage};
use std::collections::HashMap;

pub const BPF_MAP_TYPE_HASH: u32 = 1;
pub const BPF_MAP_TYPE_ARRAY: u32 = 2;
pub const BPF_MAP_TYPE_PERCPU_ARRAY: u32 = 6;
pub const BPF_MAP_TYPE_LRU_HASH: u32 = 9;
pub const BPF_MAP_TYPE_LPM_TRIE: u32 = 11;
pub const BPF_F_NO_PREALLOC: u32 = 1;

/// The kernel maps behind one table.
#[derive(Clone, Debug)]
pub struct TableMaps {
    pub layout: TableLayout,
    /// HASH / ARRAY / LPM_TRIE, for ternary storage the HASH of `{u32 mask id, masked key}`, for
    /// range-scan storage the ARRAY of entries (`layout::RangeScanLayout`), `scan_bound` of them.
    pub main: usize,
    /// One-entry ARRAY holding the default action (absent when the default is `const`).
    pub default: Option<usize>,
    /// Ternary storage: ARRAY of `{u32 used, u32 pad, mask bytes}`, `max_masks` entries.
    pub masks: Option<usize>,
    pub max_masks: u32,
    /// Range-scan storage: one-entry ARRAY of `{u32 count}`, the entries in use.
    pub count: Option<usize>,
    /// Range-scan storage: the most entries the scan reads (the size of the entries array).
    pub scan_bound: u32,
}

/// The most entries a range-scan table holds in the kernel: its declared size, capped here (the
/// loader refuses more). The verifier walks the loop body once per entry and per state reaching
/// the scan: p0f (compact mode, XDP, Linux 6.18) verifies 154k instructions with its size of 512,
/// 267k with 1024, 507k with 2048, of the 1M limit; 1024 leaves room for the rest of a program.
pub const MAX_SCAN_ENTRIES: u32 = 1024;

#[derive(Clone, Debug, Default)]
pub struct MapPlan {
    pub maps: Vec<MapDef>,
    pub tables: HashMap<ir::TableId, TableMaps>,
    pub hints: HashMap<ir::HintId, (usize, StructLayout)>,
    pub state_maps: HashMap<ir::MapId, (usize, StructLayout, StructLayout)>,
    pub counters: HashMap<ir::CounterId, usize>,
    pub clock: Option<usize>,
}

/// C-identifier form of a P4 name (`pipe.acl` -> `pipe_acl`).
pub fn symbol(name: &str) -> String {
    let mut out: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) || out.is_empty() {
        out.insert(0, '_');
    }
    out
}

fn btf_struct(name: &str, layout: &StructLayout) -> BtfStruct {
    BtfStruct {
        name: symbol(name),
        size: layout.size,
        members: layout
            .fields
            .iter()
            .map(|f| BtfMember { name: symbol(&f.name), offset: f.offset, size: f.size })
            .collect(),
    }
}

fn simple_struct(name: &str, members: &[(&str, u32, u32)], size: u32) -> BtfStruct {
    BtfStruct {
        name: symbol(name),
        size,
        members: members.iter().map(|(n, o, s)| BtfMember { name: n.to_string(), offset: *o, size: *s }).collect(),
    }
}

impl MapPlan {
    pub fn new(module: &Module, max_masks: u32, test_harness: bool) -> MapPlan {
        let mut plan = MapPlan::default();
        for (id, table) in module.tables.iter() {
            let layout = layout::table_layout(module, id);
            let name = symbol(&table.name);
            let mut value_type = btf_struct(&format!("{name}_value"), &layout.value);
            value_type.members.insert(0, BtfMember { name: "action".into(), offset: 0, size: 4 });
            if let Some(offset) = layout.priority_offset {
                value_type.members.insert(1, BtfMember { name: "priority".into(), offset, size: 4 });
            }
            let mut scan = (None, 0);
            let (main, masks) = match layout.storage {
                TableStorage::Hash | TableStorage::Array | TableStorage::LpmTrie => {
                    let (map_type, flags, key_type, key_size) = match layout.storage {
                        TableStorage::Hash => (BPF_MAP_TYPE_HASH, 0, btf_struct(&format!("{name}_key"), &layout.key), layout.key.size),
                        TableStorage::Array => {
                            (BPF_MAP_TYPE_ARRAY, 0, simple_struct(&format!("{name}_key"), &[("index", 0, 4)], 4), 4)
                        }
                        _ => {
                            let mut key = btf_struct(&format!("{name}_key"), &layout.key);
                            key.members.insert(0, BtfMember { name: "prefixlen".into(), offset: 0, size: 4 });
                            (BPF_MAP_TYPE_LPM_TRIE, BPF_F_NO_PREALLOC, key, layout.key.size)
                        }
                    };
                    let max_entries = table.size.max(1);
                    let index = plan.push(MapDef {
                        name: name.clone(),
                        map_type,
                        key_size,
                        value_size: layout.value.size,
                        max_entries,
                        flags,
                        key_type,
                        value_type: value_type.clone(),
                    });
                    (index, None)
                }
                TableStorage::Ternary => {
                    let mut rule_key = btf_struct(&format!("{name}_key"), &layout.key);
                    for member in &mut rule_key.members {
                        member.offset += 4;
                    }
                    rule_key.members.insert(0, BtfMember { name: "mask_id".into(), offset: 0, size: 4 });
                    rule_key.size += 4;
                    let main = plan.push(MapDef {
                        name: name.clone(),
                        map_type: BPF_MAP_TYPE_HASH,
                        key_size: layout.key.size + 4,
                        value_size: layout.value.size,
                        max_entries: table.size.max(1),
                        flags: 0,
                        key_type: rule_key,
                        value_type: value_type.clone(),
                    });
                    let mut mask_type = btf_struct(&format!("{name}_mask"), &layout.key);
                    for member in &mut mask_type.members {
                        member.offset += 8;
                    }
                    mask_type.members.insert(0, BtfMember { name: "used".into(), offset: 0, size: 4 });
                    mask_type.size += 8;
                    let masks = plan.push(MapDef {
                        name: format!("{name}_masks"),
                        map_type: BPF_MAP_TYPE_ARRAY,
                        key_size: 4,
                        value_size: layout.key.size + 8,
                        max_entries: max_masks,
                        flags: 0,
                        key_type: simple_struct(&format!("{name}_mask_index"), &[("index", 0, 4)], 4),
                        value_type: mask_type,
                    });
                    (main, Some(masks))
                }
                TableStorage::RangeScan => {
                    let (main, count, bound) = plan.push_range_scan(&name, table, &layout, &value_type);
                    scan = (Some(count), bound);
                    (main, None)
                }
            };
            let default = (!table.default_is_const).then(|| {
                plan.push(MapDef {
                    name: format!("{name}_default"),
                    map_type: BPF_MAP_TYPE_ARRAY,
                    key_size: 4,
                    value_size: layout.value.size,
                    max_entries: 1,
                    flags: 0,
                    key_type: simple_struct(&format!("{name}_default_index"), &[("index", 0, 4)], 4),
                    value_type,
                })
            });
            let (count, scan_bound) = scan;
            plan.tables.insert(id, TableMaps { layout, main, default, masks, max_masks, count, scan_bound });
        }
        for (id, hint) in module.hints.iter() {
            let key = layout::hint_key_layout(module, id);
            let name = symbol(&hint.name);
            let index = plan.push(MapDef {
                name: name.clone(),
                map_type: BPF_MAP_TYPE_HASH,
                key_size: key.size,
                value_size: 4,
                max_entries: hint.size.max(1),
                flags: 0,
                key_type: btf_struct(&format!("{name}_key"), &key),
                value_type: simple_struct(&format!("{name}_value"), &[("mark", 0, 4)], 4),
            });
            plan.hints.insert(id, (index, key));
        }
        for (id, map) in module.maps.iter() {
            let (key, value) = layout::map_layouts(module, id);
            let name = symbol(&map.name);
            let map_type = match map.kind {
                ir::MapKind::Hash => BPF_MAP_TYPE_HASH,
                ir::MapKind::Array => BPF_MAP_TYPE_ARRAY,
                ir::MapKind::Lru => BPF_MAP_TYPE_LRU_HASH,
            };
            let index = plan.push(MapDef {
                name: name.clone(),
                map_type,
                key_size: key.size,
                value_size: value.size,
                max_entries: map.size.max(1),
                flags: 0,
                key_type: btf_struct(&format!("{name}_key"), &key),
                value_type: btf_struct(&format!("{name}_value"), &value),
            });
            plan.state_maps.insert(id, (index, key, value));
        }
        for (id, counter) in module.counters.iter() {
            let name = symbol(&counter.name);
            let (members, size): (&[(&str, u32, u32)], u32) = match counter.kind {
                ir::CounterKind::PacketsAndBytes => (&[("packets", 0, 8), ("bytes", 8, 8)], 16),
                ir::CounterKind::Packets => (&[("packets", 0, 8)], 8),
            };
            let index = plan.push(MapDef {
                name: name.clone(),
                map_type: BPF_MAP_TYPE_PERCPU_ARRAY,
                key_size: 4,
                value_size: size,
                max_entries: counter.size.max(1),
                flags: 0,
                key_type: simple_struct(&format!("{name}_index"), &[("index", 0, 4)], 4),
                value_type: simple_struct(&format!("{name}_value"), members, size),
            });
            plan.counters.insert(id, index);
        }
        if test_harness {
            plan.clock = Some(plan.push(MapDef {
                name: "flowmark_clock".into(),
                map_type: BPF_MAP_TYPE_ARRAY,
                key_size: 4,
                value_size: 8,
                max_entries: 1,
                flags: 0,
                key_type: simple_struct("flowmark_clock_index", &[("index", 0, 4)], 4),
                value_type: simple_struct("flowmark_clock_value", &[("ns", 0, 8)], 8),
            }));
        }
        plan
    }

    /// The plan for a build with `options`: [`MapPlan::new`], and for offload builds counters in
    /// plain ARRAY maps (updated with atomic adds; the offload has no per-CPU maps) and no clock
    /// map (offloaded programs cannot read the time).
    pub fn for_options(module: &Module, options: &crate::Options) -> MapPlan {
        let mut plan = MapPlan::new(module, options.max_masks, options.test_harness && !options.offload);
        if options.offload {
            for index in plan.counters.values() {
                plan.maps[*index].map_type = BPF_MAP_TYPE_ARRAY;
            }
        }
        plan
    }

    /// The entries ARRAY and the count ARRAY of a range-scan table; returns both indexes and the
    /// bound (entries the array holds).
    fn push_range_scan(&mut self, name: &str, table: &ir::Table, layout: &TableLayout, value_type: &BtfStruct) -> (usize, usize, u32) {
        let bound = table.size.clamp(1, MAX_SCAN_ENTRIES);
        let entry = range_scan_entry_type(name, layout, value_type);
        let main = self.push(MapDef {
            name: name.to_string(),
            map_type: BPF_MAP_TYPE_ARRAY,
            key_size: 4,
            value_size: entry.size,
            max_entries: bound,
            flags: 0,
            key_type: simple_struct(&format!("{name}_index"), &[("index", 0, 4)], 4),
            value_type: entry,
        });
        let count = self.push(MapDef {
            name: format!("{name}_count"),
            map_type: BPF_MAP_TYPE_ARRAY,
            key_size: 4,
            value_size: 4,
            max_entries: 1,
            flags: 0,
            key_type: simple_struct(&format!("{name}_count_index"), &[("index", 0, 4)], 4),
            value_type: simple_struct(&format!("{name}_count_value"), &[("count", 0, 4)], 4),
        });
        (main, count, bound)
    }

    fn push(&mut self, map: MapDef) -> usize {
        self.maps.push(map);
        self.maps.len() - 1
    }

    /// Bytes of stack needed for keys (including the 4-byte mask id of ternary keys) and values.
    /// Range-scan entries are never copied to the stack; their keys are built there, and the
    /// scan's own slots (count and host-order range keys) use the rule key area.
    pub fn scratch_sizes(&self) -> (u32, u32) {
        let scans: Vec<&TableMaps> = self.tables.values().filter(|t| t.count.is_some()).collect();
        let scan_keys = scans.iter().map(|t| t.layout.key.size.max(super::range_scan::scan_slot_bytes(&t.layout)));
        let key = self.maps.iter().map(|m| m.key_size).chain(scan_keys).max().unwrap_or(8) + 8;
        let entries: Vec<usize> = scans.iter().map(|t| t.main).collect();
        let value = self.maps.iter().enumerate().filter(|(i, _)| !entries.contains(i)).map(|(_, m)| m.value_size).max().unwrap_or(8);
        (key, value)
    }
}

/// The BTF type of a range-scan entry: the value's members (action, rank, parameters), then each
/// non-range key's `_value` and `_mask` and each range key's `_lo` and `_hi`.
fn range_scan_entry_type(name: &str, layout: &TableLayout, value_type: &BtfStruct) -> BtfStruct {
    let Some(scan) = &layout.range_scan else { return value_type.clone() };
    let mut entry = value_type.clone();
    entry.name = symbol(&format!("{name}_entry"));
    entry.size = scan.entry_size;
    if let Some(rank) = entry.members.iter_mut().find(|m| m.name == "priority") {
        rank.name = "rank".into();
    }
    for (index, field) in layout.key.fields.iter().enumerate() {
        if scan.bounds.iter().any(|b| b.key_field == index) {
            continue;
        }
        for (suffix, base) in [("value", scan.key_value_offset), ("mask", scan.key_mask_offset)] {
            entry.members.push(BtfMember { name: symbol(&format!("{}_{suffix}", field.name)), offset: base + field.offset, size: field.size });
        }
    }
    for bounds in &scan.bounds {
        for bound in [&bounds.lo, &bounds.hi] {
            entry.members.push(BtfMember { name: symbol(&bound.name), offset: bound.offset, size: bound.size });
        }
    }
    // BTF wants members in offset order.
    entry.members.sort_by_key(|m| m.offset);
    entry
}
