//! The control-plane manifest (`--emit manifest`): JSON describing every map of the object — its
//! name, kind, sizes, key layout (field, offset, size, width, byte order, match kind) and value
//! layout (action ids, parameter offsets) — so loaders, the runtime and users fill tables without
//! reading the compiler. The layouts are `flowmark_compiler::layout`'s.

use crate::codegen::{MapPlan, TableMaps};
use crate::Options;
use flowmark_compiler::ir::{self, Module};
use flowmark_compiler::layout::{ByteOrder, StructLayout, TableLayout, TableStorage};
use serde_json::{json, Value};

fn fields(layout: &StructLayout, kinds: Option<&[ir::MatchKind]>) -> Value {
    Value::Array(
        layout
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut field = json!({
                    "name": f.name,
                    "offset": f.offset,
                    "size": f.size,
                    "width": f.width,
                    "byte_order": match f.byte_order { ByteOrder::Big => "big", ByteOrder::Little => "little" },
                });
                if f.left_aligned {
                    field["left_aligned"] = json!(true);
                }
                if let Some(kind) = kinds.and_then(|k| k.get(i)) {
                    field["match"] = json!(kind.name());
                }
                field
            })
            .collect(),
    )
}

/// The entry layout of a range-scan table: its ARRAY of entries (best first, `max_entries` of
/// them), the count map, and where value, masks and range bounds sit in an entry.
fn range_scan(layout: &TableLayout, maps: &TableMaps, plan: &MapPlan) -> Value {
    let (Some(scan), Some(count)) = (&layout.range_scan, maps.count) else { return Value::Null };
    let bounds: Vec<Value> = scan
        .bounds
        .iter()
        .map(|b| {
            json!({
                "key": layout.key.fields[b.key_field].name,
                "signed": b.signed,
                "sign_bit_flipped": b.signed,
                "lo": fields(&StructLayout { fields: vec![b.lo.clone()], size: scan.entry_size }, None)[0],
                "hi": fields(&StructLayout { fields: vec![b.hi.clone()], size: scan.entry_size }, None)[0],
            })
        })
        .collect();
    json!({
        "entries_map": plan.maps[maps.main].name,
        "max_entries": maps.scan_bound,
        "entry_size": scan.entry_size,
        "value_offset": 0,
        "rank_offset": layout.priority_offset,
        "order": "best first: highest rank at index 0; the scan stops at the first match",
        "key_value_offset": scan.key_value_offset,
        "key_mask_offset": scan.key_mask_offset,
        "key_words_size": scan.key_words_size,
        "bounds": bounds,
        "count_map": plan.maps[count].name,
        "count": "u32 at offset 0 of element 0, little endian: entries in use",
    })
}

pub fn manifest(module: &Module, plan: &MapPlan, options: &Options) -> String {
    let map_name = |index: usize| plan.maps[index].name.clone();
    let mut tables = Vec::new();
    for (id, table) in module.tables.iter() {
        let maps = &plan.tables[&id];
        let layout = &maps.layout;
        let storage = match layout.storage {
            TableStorage::Hash => "hash",
            TableStorage::Array => "array",
            TableStorage::LpmTrie => "lpm_trie",
            TableStorage::Ternary => "tuple_space",
            TableStorage::RangeScan => "range_scan",
        };
        // Key fields in layout order (LPM: exact keys first, then the LPM key).
        let kinds: Vec<ir::MatchKind> = layout
            .key
            .fields
            .iter()
            .map(|f| table.keys.iter().find(|k| k.name == f.name).map_or(ir::MatchKind::Exact, |k| k.match_kind))
            .collect();
        let actions: Vec<Value> = table
            .actions
            .iter()
            .enumerate()
            .map(|(position, action)| {
                let start = layout.param_start[position];
                let count = module.actions[*action].params.len();
                json!({
                    "id": cranelift_entity::EntityRef::index(*action),
                    "name": module.actions[*action].name,
                    "params": fields(&StructLayout { fields: layout.value.fields[start..start + count].to_vec(), size: layout.value.size }, None),
                })
            })
            .collect();
        tables.push(json!({
            "name": table.name,
            "map": map_name(maps.main),
            "storage": storage,
            "size": table.size,
            "key_size": plan.maps[maps.main].key_size,
            "value_size": layout.value.size,
            "key": fields(&layout.key, Some(&kinds)),
            "lpm_prefix_len_offset": if layout.storage == TableStorage::LpmTrie { json!(0) } else { Value::Null },
            "action_offset": layout.action_offset,
            "priority_offset": layout.priority_offset,
            "actions": actions,
            "default_map": maps.default.map(map_name),
            "default_action": {
                "id": cranelift_entity::EntityRef::index(table.default_action.action),
                "args": table.default_action.args.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
                "const": table.default_is_const,
            },
            "masks_map": maps.masks.map(map_name),
            "max_masks": maps.masks.map(|_| maps.max_masks),
            "range_scan": range_scan(layout, maps, plan),
        }));
    }
    let hints: Vec<Value> = module
        .hints
        .iter()
        .map(|(id, hint)| {
            let (index, key) = &plan.hints[&id];
            json!({ "name": hint.name, "map": map_name(*index), "size": hint.size, "key_size": key.size, "key": fields(key, None), "value": "u32 mark, little endian" })
        })
        .collect();
    let maps: Vec<Value> = module
        .maps
        .iter()
        .map(|(id, map)| {
            let (index, key, value) = &plan.state_maps[&id];
            let kind = match map.kind {
                ir::MapKind::Hash => "hash",
                ir::MapKind::Array => "array",
                ir::MapKind::Lru => "lru_hash",
            };
            json!({ "name": map.name, "map": map_name(*index), "kind": kind, "size": map.size, "key_size": key.size, "value_size": value.size, "key": fields(key, None), "value": fields(value, None) })
        })
        .collect();
    let counters: Vec<Value> = module
        .counters
        .iter()
        .map(|(id, counter)| {
            let kind = match counter.kind {
                ir::CounterKind::PacketsAndBytes => "packets_and_bytes",
                ir::CounterKind::Packets => "packets",
            };
            json!({ "name": counter.name, "map": map_name(plan.counters[&id]), "kind": kind, "size": counter.size, "per_cpu": !options.offload })
        })
        .collect();
    let mut document = json!({
        "program": module.name,
        "section": options.kind.section(),
        "test_harness": options.test_harness,
        "tables": tables,
        "hints": hints,
        "maps": maps,
        "counters": counters,
        "clock_map": plan.clock.map(map_name),
    });
    if options.offload {
        // Only offload builds carry the key, so other manifests stay as they were.
        document["offload"] = json!(true);
    }
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}
