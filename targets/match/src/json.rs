//! The model as JSON for tools (schema `flowmark-match-model`, version 1, documented in
//! docs/MATCH.md): the same entities and uids as the C header, with names instead of C constants
//! and the header instances each header-graph node extracts.

use crate::model::{FieldRef, Jump, Model, FLAG_DYNAMIC, FLAG_EGRESS_ROOT, FLAG_INGRESS_ROOT};
use serde_json::{json, Value};

pub const FORMAT: &str = "flowmark-match-model";
pub const VERSION: u32 = 1;

fn field_ref(r: &FieldRef, with_value: bool) -> Value {
    let mut v = json!({
        "instance": r.key.instance,
        "header": r.key.header,
        "field": r.key.field,
        "mask_type": r.mask_type.name(),
        "type": r.key.ty.name(),
    });
    if with_value {
        if let Some(map) = v.as_object_mut() {
            map.insert("value".into(), json!(r.value));
            map.insert("mask".into(), json!(r.mask));
        }
    }
    v
}

fn jumps(list: &[Jump]) -> Value {
    Value::Array(
        list.iter()
            .map(|j| {
                json!({
                    "field": j.field.as_ref().map_or(Value::Null, |f| field_ref(f, true)),
                    "node": j.node,
                })
            })
            .collect(),
    )
}

pub fn flag_names(flags: u32) -> Vec<&'static str> {
    let mut out = Vec::new();
    if flags & FLAG_EGRESS_ROOT != 0 {
        out.push("egress_root");
    }
    if flags & FLAG_INGRESS_ROOT != 0 {
        out.push("ingress_root");
    }
    if flags & FLAG_DYNAMIC != 0 {
        out.push("dynamic");
    }
    out
}

pub fn to_value(model: &Model) -> Value {
    let uid = |i: usize| i + 1;
    json!({
        "format": FORMAT,
        "version": VERSION,
        "program": model.program,
        "headers": model.headers.iter().enumerate().map(|(i, h)| json!({
            "uid": uid(i),
            "name": h.name,
            "kind": h.kind.name(),
            "fields": h.fields.iter().enumerate().map(|(j, f)| json!({
                "uid": uid(j),
                "name": f.name,
                "bitwidth": f.bitwidth,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "instances": model.instances.iter().enumerate().map(|(i, inst)| json!({
            "uid": uid(i),
            "name": inst.name,
            "header": inst.header,
        })).collect::<Vec<_>>(),
        "actions": model.actions.iter().enumerate().map(|(i, a)| json!({
            "uid": uid(i),
            "name": a.name,
            "args": a.args.iter().map(|arg| json!({ "name": arg.name, "type": arg.ty.name() })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "tables": model.tables.iter().enumerate().map(|(i, t)| json!({
            "uid": uid(i),
            "name": t.name,
            "source": t.source,
            "apply_action": t.apply_action,
            "size": t.size,
            "dynamic": t.dynamic,
            "matches": t.matches.iter().map(|m| field_ref(m, false)).collect::<Vec<_>>(),
            "actions": t.actions,
        })).collect::<Vec<_>>(),
        "header_graph": model.header_nodes.iter().enumerate().map(|(i, n)| json!({
            "uid": uid(i),
            "name": n.name,
            "hdrs": n.hdrs,
            "instances": n.instances,
            "jumps": jumps(&n.jumps),
        })).collect::<Vec<_>>(),
        "table_graph": model.table_nodes.iter().map(|n| json!({
            "table": n.table,
            "flags": flag_names(n.flags),
            "jumps": jumps(&n.jumps),
        })).collect::<Vec<_>>(),
    })
}

pub fn render(model: &Model) -> String {
    let mut text = serde_json::to_string_pretty(&to_value(model)).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}
