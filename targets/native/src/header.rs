//! The C header of an ahead-of-time object (`flowmark build --target native -o x.o` writes `x.h`):
//! the context struct, the entry function's prototype, the host functions the object imports (and
//! the runtime's small C control-plane API), and per pipeline: error, table, action, hint, map and
//! counter ids, table/hint key and value structs and map key/value structs with their exact byte
//! layouts from `flowmark_compiler::layout` (packed structs with explicit padding, checked by
//! `_Static_assert`s), and action parameter structs.

use std::fmt::Write;

use cranelift_entity::EntityRef;
use flowmark_compiler::ir;
use flowmark_compiler::layout::{self, ByteOrder, StructLayout, TableStorage};

use crate::{c_ident, entry_symbol};

const COMMON: &str = r#"#ifndef FLOWMARK_COMMON_DEFINED
#define FLOWMARK_COMMON_DEFINED
/* Per-packet context (flowmark_runtime::Context). */
struct flowmark_context {
    uint32_t in_port;      /* in: the port the packet came in on */
    uint32_t mark_in;      /* in: the incoming mark */
    uint64_t time_ns;      /* in: what the pipeline's timestamp reads */
    uint32_t mark;         /* out: the outgoing mark */
    uint32_t out_port;     /* out: the port of a redirect */
    uint32_t verdict;      /* out: FLOWMARK_PASS, FLOWMARK_DROP or FLOWMARK_REDIRECT */
    uint32_t parser_error; /* out: the parser's error id when it rejected, else 0 */
    const void *state;     /* the runtime's pipeline state (flowmark_pipeline_new) */
    uint32_t worker;       /* in: this thread's counter shard, 1..16, unique among threads running
                              packets at the same time; 0 = the shared (atomic) shard */
    uint32_t reserved;
};
_Static_assert(sizeof(struct flowmark_context) == 48, "flowmark_context layout");

enum { FLOWMARK_PASS = 0, FLOWMARK_DROP = 1, FLOWMARK_REDIRECT = 2 };

/* Host functions the object calls (provided by the runtime: libflowmark_host.a). Keys and values
 * use the layouts of the structs below. Exact tables, small LPM/ternary tables, hints, hash-map
 * lookups and counters are read inline from the state; these calls are their fallbacks. */
uint32_t flowmark_table_lookup(const void *state, uint32_t table, const uint8_t *key, uint8_t *value);
uint32_t flowmark_hint_lookup(const void *state, uint32_t hint, const uint8_t *key, uint32_t *mark);
uint32_t flowmark_map_lookup(const void *state, uint32_t map, const uint8_t *key, uint8_t *value);
void flowmark_map_update(const void *state, uint32_t map, const uint8_t *key, const uint8_t *value);
void flowmark_map_delete(const void *state, uint32_t map, const uint8_t *key);
void flowmark_count(const struct flowmark_context *ctx, uint32_t counter, uint64_t index, uint64_t packets,
                    uint64_t bytes);
uint32_t flowmark_random(const void *state);

/* The runtime's control-plane C API. */
void *flowmark_pipeline_new(const char *p4_path);                    /* NULL on failure */
int32_t flowmark_pipeline_apply(const void *pipeline, const char *entries); /* STF control lines; 0 = ok */
void flowmark_pipeline_counter(const void *pipeline, uint32_t counter, uint32_t index,
                               uint64_t *packets, uint64_t *bytes);
void flowmark_pipeline_free(void *pipeline);
#endif
"#;

/// A packed struct with explicit padding from a layout. `head` are fixed leading 4-byte
/// little-endian members (name, comment): the LPM `prefixlen`, a table value's action id.
fn emit_struct(out: &mut String, name: &str, layout: &StructLayout, head: &[(&str, &str)], comments: &[String]) {
    let _ = writeln!(out, "struct {name} {{");
    let mut offset = 0u32;
    let mut pad = 0;
    for (member, comment) in head {
        let _ = writeln!(out, "    uint32_t {member}; /* {comment} */");
        offset += 4;
    }
    let mut fields: Vec<(usize, &layout::FieldLayout)> = layout.fields.iter().enumerate().collect();
    fields.sort_by_key(|(_, f)| f.offset);
    let mut used = std::collections::HashSet::new();
    let mut asserts = Vec::new();
    for (i, field) in fields {
        if field.offset > offset {
            let _ = writeln!(out, "    uint8_t _pad{pad}[{}];", field.offset - offset);
            pad += 1;
        }
        let mut ident = c_ident(&field.name);
        if !used.insert(ident.clone()) {
            ident = format!("{ident}_{i}");
            used.insert(ident.clone());
        }
        let comment = comments.get(i).cloned().unwrap_or_default();
        let (decl, order) = match (field.byte_order, field.size) {
            (ByteOrder::Little, 1) => (format!("uint8_t {ident};"), ""),
            (ByteOrder::Little, 2) => (format!("uint16_t {ident};"), ""),
            (ByteOrder::Little, 4) => (format!("uint32_t {ident};"), ""),
            (ByteOrder::Little, 8) => (format!("uint64_t {ident};"), ""),
            (ByteOrder::Little, n) => (format!("uint8_t {ident}[{n}];"), ", little-endian"),
            (ByteOrder::Big, n) if field.left_aligned => (format!("uint8_t {ident}[{n}];"), ", big-endian, left-aligned"),
            (ByteOrder::Big, n) => (format!("uint8_t {ident}[{n}];"), ", big-endian"),
        };
        let _ = writeln!(out, "    {decl} /* bit<{}>{comment}{order} */", field.width);
        asserts.push(format!("_Static_assert(offsetof(struct {name}, {ident}) == {}, \"{name} layout\");", field.offset));
        offset = field.offset + field.size;
    }
    if layout.size > offset {
        let _ = writeln!(out, "    uint8_t _pad{pad}[{}];", layout.size - offset);
    }
    let _ = writeln!(out, "}} __attribute__((packed));");
    let _ = writeln!(out, "_Static_assert(sizeof(struct {name}) == {}, \"{name} layout\");", layout.size);
    for a in asserts {
        let _ = writeln!(out, "{a}");
    }
    out.push('\n');
}

/// The C header for a module's object.
pub fn c_header(module: &ir::Module) -> String {
    let n = c_ident(&module.name);
    let upper = n.to_ascii_uppercase();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/* {name}.h: the native pipeline `{name}`, generated by `flowmark build --target native`.\n \
         * Link {name}.o with the runtime's host functions (see README.md, \"Native target\"). */",
        name = module.name
    );
    let _ = writeln!(out, "#ifndef FLOWMARK_{upper}_H\n#define FLOWMARK_{upper}_H\n");
    out.push_str("#include <stddef.h>\n#include <stdint.h>\n\n");
    out.push_str(COMMON);
    let _ = writeln!(
        out,
        "\n/* Run the pipeline on one packet (len bytes at packet, rewritten in place); returns the\n \
         * verdict, also stored in ctx->verdict. ctx->state must be this pipeline's state. */"
    );
    let _ = writeln!(out, "uint32_t {}(uint8_t *packet, uint32_t len, struct flowmark_context *ctx);\n", entry_symbol(module));

    out.push_str("/* Parser errors (ctx->parser_error). */\n");
    for (i, e) in module.errors.iter().enumerate() {
        let _ = writeln!(out, "#define {n}_ERROR_{} {i}", c_ident(e));
    }
    out.push('\n');

    if !module.actions.is_empty() {
        out.push_str("/* Actions: the ids in table values. */\n");
        for (id, a) in module.actions.iter() {
            let _ = writeln!(out, "#define {n}_ACTION_{} {}", c_ident(&a.name), id.index());
        }
        out.push('\n');
        for a in module.actions.values().filter(|a| !a.params.is_empty()) {
            let fields: Vec<ir::LayoutField> =
                a.params.iter().map(|p| ir::LayoutField { name: p.name.clone(), ty: p.ty }).collect();
            // Parameters as table values hold them: packed, big-endian.
            let mut layout = StructLayout { fields: Vec::new(), size: 0 };
            for f in &fields {
                let size = u32::from(f.ty.width()).div_ceil(8);
                layout.fields.push(layout::FieldLayout {
                    name: f.name.clone(),
                    offset: layout.size,
                    size,
                    width: f.ty.width(),
                    byte_order: ByteOrder::Big,
                    left_aligned: false,
                });
                layout.size += size;
            }
            emit_struct(&mut out, &format!("{n}_{}_params", c_ident(&a.name)), &layout, &[], &[]);
        }
    }

    for (id, t) in module.tables.iter() {
        let tl = layout::table_layout(module, id);
        let t_ident = c_ident(&t.name);
        let storage = match tl.storage {
            TableStorage::Hash => "exact hash",
            TableStorage::Array => "array",
            TableStorage::LpmTrie => "longest-prefix match",
            TableStorage::Ternary => "ternary (tuple space)",
            TableStorage::RangeScan => "range (linear scan)",
        };
        let _ = writeln!(out, "/* Table {}: {storage}, size {}. */", t.name, t.size);
        let _ = writeln!(out, "#define {n}_TABLE_{t_ident} {}", id.index());
        let lpm = tl.storage == TableStorage::LpmTrie;
        let mut data = tl.key.clone();
        let comments: Vec<String> = if lpm {
            // The layout's fields are in trie order; name their match kinds.
            let mut order: Vec<&ir::TableKey> = t.keys.iter().filter(|k| k.match_kind != ir::MatchKind::Lpm).collect();
            order.extend(t.keys.iter().filter(|k| k.match_kind == ir::MatchKind::Lpm));
            order.iter().map(|k| format!(" {}", k.match_kind.name())).collect()
        } else {
            t.keys.iter().map(|k| format!(" {}", k.match_kind.name())).collect()
        };
        if lpm {
            data.fields.retain(|f| f.offset >= 4);
        }
        let prefix: &[(&str, &str)] = if lpm { &[("prefixlen", "little-endian, bits of the data after it")] } else { &[] };
        emit_struct(&mut out, &format!("{n}_{t_ident}_key"), &data, prefix, &comments);
        let mut head = vec![("action", "little-endian action id")];
        if tl.priority_offset.is_some() {
            head.push(("priority", "little-endian, higher wins"));
        }
        emit_struct(&mut out, &format!("{n}_{t_ident}_value"), &tl.value, &head, &[]);
    }

    for (id, h) in module.hints.iter() {
        let _ = writeln!(out, "/* Hint {}: key -> mark, size {}. */", h.name, h.size);
        let _ = writeln!(out, "#define {n}_HINT_{} {}", c_ident(&h.name), id.index());
        emit_struct(&mut out, &format!("{n}_{}_key", c_ident(&h.name)), &layout::hint_key_layout(module, id), &[], &[]);
    }
    for (id, m) in module.maps.iter() {
        let kind = match m.kind {
            ir::MapKind::Hash => "hash",
            ir::MapKind::Array => "array",
            ir::MapKind::Lru => "LRU hash",
        };
        let _ = writeln!(out, "/* Map {}: {kind}, size {}; native byte order. */", m.name, m.size);
        let _ = writeln!(out, "#define {n}_MAP_{} {}", c_ident(&m.name), id.index());
        let (k, v) = layout::map_layouts(module, id);
        emit_struct(&mut out, &format!("{n}_{}_key", c_ident(&m.name)), &k, &[], &[]);
        emit_struct(&mut out, &format!("{n}_{}_value", c_ident(&m.name)), &v, &[], &[]);
    }
    if !module.counters.is_empty() {
        out.push_str("/* Counters. */\n");
        for (id, c) in module.counters.iter() {
            let _ = writeln!(out, "#define {n}_COUNTER_{} {} /* size {} */", c_ident(&c.name), id.index(), c.size);
        }
        out.push('\n');
    }
    let _ = writeln!(out, "#endif /* FLOWMARK_{upper}_H */");
    out
}
