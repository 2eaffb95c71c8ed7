//! Byte layouts of tables, hints and maps: the one definition shared by every target that stores
//! them (eBPF kernel maps, the native runtime's tables) and by every control plane that fills them
//! (entry files, the userspace datapath). The manifest (`flowmark build --emit manifest`) is these
//! layouts as JSON.
//!
//! Rules:
//! - Table and hint keys are packed, in key order, each field in network byte order (big-endian) in
//!   `ceil(width / 8)` bytes, right-aligned (the value's low bit is the last byte's low bit). Packet
//!   fields then go into keys without byte swaps. LPM keys (kernel LPM_TRIE layout) start with a
//!   little-endian `u32` prefix length counted in bits over the data that follows; the LPM field comes
//!   last and is left-aligned in its bytes so the prefix counts from its most significant bit.
//!   The key size is rounded up to a multiple of 4 bytes (zero padding).
//! - Table values: `u32 action` (little-endian, the action's index in `Module::actions`), then the
//!   parameters of every action of the table in order, each big-endian in `ceil(width / 8)` bytes
//!   (a flat layout, so one slot per parameter, like `TableApply::params`). Ternary and range tables
//!   add a little-endian `u32 priority` after the action id. Size rounded up to a multiple of 4.
//! - Range-scan entries (tables with a `range` key, [`RangeScanLayout`]): the table value at offset
//!   0, then at the next multiple of 8 the key's match values and after them its masks (each the
//!   key layout rounded up to 8 bytes; exact keys get a full mask, lpm keys their prefix mask,
//!   range keys a zero mask), then per range key `lo` and `hi` as little-endian numbers (C struct
//!   rules: 1, 2, 4, 8 or 16 bytes, naturally aligned), a signed key's with its sign bit flipped
//!   so that unsigned comparisons order them. Size rounded up to a multiple of 8.
//! - Map keys and values (`Map<K, V>`) and hint marks are state that programs compute with: they use
//!   C struct layout, native little-endian, each field in the smallest of 1, 2, 4, 8 or 16 bytes that
//!   holds it, aligned to its size (16-byte fields to 8), total rounded up to the largest alignment.

use crate::ir::{self, MatchKind, Module};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByteOrder {
    /// Network order.
    Big,
    /// Native order of the targets (x86-64, BPF on x86-64).
    Little,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldLayout {
    pub name: String,
    /// Byte offset in the struct.
    pub offset: u32,
    /// Bytes the field occupies.
    pub size: u32,
    /// The field's width in bits.
    pub width: u16,
    pub byte_order: ByteOrder,
    /// For LPM fields: the value is shifted left to fill its bytes from the top.
    pub left_aligned: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StructLayout {
    pub fields: Vec<FieldLayout>,
    pub size: u32,
}

/// How a table is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableStorage {
    /// Exact keys: one hash map from key to value.
    Hash,
    /// `array_table`: the single key is the index.
    Array,
    /// One `lpm` key (exact keys before it): a longest-prefix-match trie.
    LpmTrie,
    /// Ternary keys without range keys: tuple space search, masks tried in priority order.
    Ternary,
    /// At least one range key: an array of entries ([`RangeScanLayout`]) kept best first and
    /// scanned linearly up to the first match.
    RangeScan,
}

/// Where a range key's bounds sit in a range-scan entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RangeBounds {
    /// Index of the key in `TableLayout::key.fields` (key order).
    pub key_field: usize,
    /// A signed key: bounds (and the packet's key, before comparing) have the sign bit flipped.
    pub signed: bool,
    pub lo: FieldLayout,
    pub hi: FieldLayout,
}

/// One entry of a range-scan table (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RangeScanLayout {
    /// Bytes of one entry.
    pub entry_size: u32,
    /// Offset of the key's match values (the key layout; range keys zero).
    pub key_value_offset: u32,
    /// Offset of the key's masks (the key layout; range keys zero).
    pub key_mask_offset: u32,
    /// Bytes of each of the value and mask parts: the key size rounded up to 8.
    pub key_words_size: u32,
    /// One per range key, in key order.
    pub bounds: Vec<RangeBounds>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableLayout {
    pub storage: TableStorage,
    /// For `LpmTrie`, the data part after the 4-byte prefix length (offsets include the 4 bytes).
    pub key: StructLayout,
    pub value: StructLayout,
    /// Offset of the little-endian u32 action id in the value (always 0).
    pub action_offset: u32,
    /// Offset of the little-endian u32 priority in the value (ternary and range-scan storage).
    pub priority_offset: Option<u32>,
    /// `value.fields` index of the first parameter of each action, in `Table::actions` order.
    pub param_start: Vec<usize>,
    /// The entry layout of `RangeScan` storage.
    pub range_scan: Option<RangeScanLayout>,
}

fn bytes_for(width: u16) -> u32 {
    (width as u32).div_ceil(8)
}

fn round_up(value: u32, to: u32) -> u32 {
    value.div_ceil(to) * to
}

/// Packed big-endian fields starting at `start`.
fn packed(fields: impl IntoIterator<Item = (String, u16, bool)>, start: u32) -> StructLayout {
    let mut offset = start;
    let mut out = Vec::new();
    for (name, width, left_aligned) in fields {
        let size = bytes_for(width);
        out.push(FieldLayout { name, offset, size, width, byte_order: ByteOrder::Big, left_aligned });
        offset += size;
    }
    StructLayout { fields: out, size: round_up(offset.max(4), 4) }
}

/// Bytes of a `width`-bit field in C struct layout: the smallest of 1, 2, 4, 8 or 16 that holds it.
fn c_size(width: u16) -> u32 {
    match width {
        0..=8 => 1,
        9..=16 => 2,
        17..=32 => 4,
        33..=64 => 8,
        _ => 16,
    }
}

/// C struct layout, little-endian.
pub fn c_struct(fields: &[ir::LayoutField]) -> StructLayout {
    let mut offset = 0;
    let mut max_align = 1;
    let mut out = Vec::new();
    for field in fields {
        let width = field.ty.width();
        let size = c_size(width);
        let align = size.min(8);
        max_align = max_align.max(align);
        offset = round_up(offset, align);
        out.push(FieldLayout { name: field.name.clone(), offset, size, width, byte_order: ByteOrder::Little, left_aligned: false });
        offset += size;
    }
    StructLayout { fields: out, size: round_up(offset.max(1), max_align) }
}

pub fn table_layout(module: &Module, table: ir::TableId) -> TableLayout {
    let data = &module.tables[table];
    let kinds: Vec<MatchKind> = data.keys.iter().map(|k| k.match_kind).collect();
    let storage = if data.implementation == ir::TableImplementation::Array {
        TableStorage::Array
    } else if kinds.contains(&MatchKind::Range) {
        TableStorage::RangeScan
    } else if kinds.contains(&MatchKind::Ternary) {
        TableStorage::Ternary
    } else if kinds.contains(&MatchKind::Lpm) {
        TableStorage::LpmTrie
    } else {
        TableStorage::Hash
    };
    let key = if storage == TableStorage::LpmTrie {
        // Exact fields first, the LPM field last, after the u32 prefix length.
        let mut ordered: Vec<(String, u16, bool)> =
            data.keys.iter().filter(|k| k.match_kind != MatchKind::Lpm).map(|k| (k.name.clone(), k.ty.width(), false)).collect();
        ordered.extend(data.keys.iter().filter(|k| k.match_kind == MatchKind::Lpm).map(|k| (k.name.clone(), k.ty.width(), true)));
        packed(ordered, 4)
    } else {
        packed(data.keys.iter().map(|k| (k.name.clone(), k.ty.width(), false)), 0)
    };
    let priority_offset = matches!(storage, TableStorage::Ternary | TableStorage::RangeScan).then_some(4);
    let start = if priority_offset.is_some() { 8 } else { 4 };
    let mut params = Vec::new();
    let mut param_start = Vec::new();
    for &action in &data.actions {
        param_start.push(params.len());
        for param in &module.actions[action].params {
            params.push((format!("{}.{}", module.actions[action].name, param.name), param.ty.width(), false));
        }
    }
    let value = packed(params, start);
    let range_scan = (storage == TableStorage::RangeScan).then(|| range_scan_layout(data, &key, &value));
    TableLayout { storage, key, value, action_offset: 0, priority_offset, param_start, range_scan }
}

/// The entry layout of a range-scan table with `key` and `value` layouts.
fn range_scan_layout(table: &ir::Table, key: &StructLayout, value: &StructLayout) -> RangeScanLayout {
    let key_value_offset = round_up(value.size, 8);
    let key_words_size = round_up(key.size, 8);
    let key_mask_offset = key_value_offset + key_words_size;
    let mut offset = key_mask_offset + key_words_size;
    let mut bound = |name: String, width: u16| {
        let size = c_size(width);
        offset = round_up(offset, size.min(8));
        let field = FieldLayout { name, offset, size, width, byte_order: ByteOrder::Little, left_aligned: false };
        offset += size;
        field
    };
    let mut bounds = Vec::new();
    for (key_field, table_key) in table.keys.iter().enumerate().filter(|(_, k)| k.match_kind == MatchKind::Range) {
        let width = table_key.ty.width();
        let lo = bound(format!("{}.lo", table_key.name), width);
        let hi = bound(format!("{}.hi", table_key.name), width);
        bounds.push(RangeBounds { key_field, signed: table_key.ty.is_signed(), lo, hi });
    }
    RangeScanLayout { entry_size: round_up(offset, 8), key_value_offset, key_mask_offset, key_words_size, bounds }
}

/// A range bound or key value as a range-scan entry holds it: a signed key's sign bit flipped,
/// so that unsigned order is the signed order.
pub fn range_scan_number(value: u128, width: u16, signed: bool) -> u128 {
    let value = value & ir::mask(width);
    if signed && width > 0 {
        value ^ (1u128 << (width - 1))
    } else {
        value
    }
}

pub fn hint_key_layout(module: &Module, hint: ir::HintId) -> StructLayout {
    packed(module.hints[hint].key.iter().map(|f| (f.name.clone(), f.ty.width(), false)), 0)
}

pub fn map_layouts(module: &Module, map: ir::MapId) -> (StructLayout, StructLayout) {
    (c_struct(&module.maps[map].key), c_struct(&module.maps[map].value))
}

/// Write `value` into `bytes` at the field's place.
pub fn put(bytes: &mut [u8], field: &FieldLayout, value: u128) {
    let size = field.size as usize;
    let start = field.offset as usize;
    let Some(slot) = bytes.get_mut(start..start + size) else { return };
    let value = value & ir::mask(field.width);
    let value = if field.left_aligned { value << (size as u32 * 8 - field.width as u32) } else { value };
    for (i, byte) in slot.iter_mut().enumerate() {
        let shift = match field.byte_order {
            ByteOrder::Big => (size - 1 - i) * 8,
            ByteOrder::Little => i * 8,
        };
        *byte = (value >> shift) as u8;
    }
}

/// Read the field's value from `bytes`.
pub fn get(bytes: &[u8], field: &FieldLayout) -> u128 {
    let size = field.size as usize;
    let start = field.offset as usize;
    let Some(slot) = bytes.get(start..start + size) else { return 0 };
    let mut value = 0u128;
    for (i, byte) in slot.iter().enumerate() {
        let shift = match field.byte_order {
            ByteOrder::Big => (size - 1 - i) * 8,
            ByteOrder::Little => i * 8,
        };
        value |= (*byte as u128) << shift;
    }
    if field.left_aligned {
        value >>= size as u32 * 8 - field.width as u32;
    }
    value & ir::mask(field.width)
}

/// Encode values (one per field, in field order) into a zeroed struct of the layout's size.
pub fn encode(layout: &StructLayout, values: &[u128]) -> Vec<u8> {
    let mut bytes = vec![0u8; layout.size as usize];
    for (field, value) in layout.fields.iter().zip(values) {
        put(&mut bytes, field, *value);
    }
    bytes
}

/// Decode every field of a struct.
pub fn decode(layout: &StructLayout, bytes: &[u8]) -> Vec<u128> {
    layout.fields.iter().map(|field| get(bytes, field)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(offset: u32, size: u32, width: u16, byte_order: ByteOrder, left_aligned: bool) -> FieldLayout {
        FieldLayout { name: "f".into(), offset, size, width, byte_order, left_aligned }
    }

    #[test]
    fn big_endian_fields_are_network_order() {
        let mut bytes = [0u8; 4];
        put(&mut bytes, &field(0, 4, 32, ByteOrder::Big, false), 0x0a000001);
        assert_eq!(bytes, [0x0a, 0, 0, 1]);
    }

    #[test]
    fn little_endian_fields_are_native_order() {
        let mut bytes = [0u8; 2];
        put(&mut bytes, &field(0, 2, 16, ByteOrder::Little, false), 0x1234);
        assert_eq!(bytes, [0x34, 0x12]);
    }

    #[test]
    fn left_aligned_fields_fill_from_the_top() {
        let mut bytes = [0u8; 2];
        put(&mut bytes, &field(0, 2, 12, ByteOrder::Big, true), 0xabc);
        assert_eq!(bytes, [0xab, 0xc0]);
        assert_eq!(get(&bytes, &field(0, 2, 12, ByteOrder::Big, true)), 0xabc);
    }

    #[test]
    fn c_struct_aligns_fields() {
        let fields = vec![
            ir::LayoutField { name: "a".into(), ty: ir::Type::bits(8) },
            ir::LayoutField { name: "b".into(), ty: ir::Type::bits(32) },
            ir::LayoutField { name: "c".into(), ty: ir::Type::bits(16) },
        ];
        let layout = c_struct(&fields);
        let offsets: Vec<u32> = layout.fields.iter().map(|f| f.offset).collect();
        assert_eq!((offsets, layout.size), (vec![0, 4, 8], 12));
    }

    #[test]
    fn encode_then_decode_round_trips() {
        let layout = packed([("a".into(), 48, false), ("b".into(), 16, false)], 0);
        let values = [0x0011_2233_4455, 0x0800];
        assert_eq!(decode(&layout, &encode(&layout, &values)), values);
    }
}
