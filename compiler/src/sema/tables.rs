//! Table declarations: key elements and match kinds, the action list, default action, size,
//! `implementation = hash_table(n)` / `array_table(n)`, and `const entries`, checked and turned into
//! an [`ir::Table`]. The key expressions themselves are lowered at every apply site.

use super::expr::{operand_type, Lowerer, Operand};
use super::types::Ty;
use super::{squeeze, Ref};
use crate::ir;
use flowmark_grammar::ast::{self, ExprKind, Keyset, TablePropertyKind};
use flowmark_grammar::{Diagnostic, Span};

pub(crate) fn lower_table<'c, 'a>(
    lowerer: &mut Lowerer<'c, 'a>,
    decl: &'a ast::TableDecl,
    annotations: &[ast::Annotation],
) -> Option<(ir::TableId, Vec<&'a ast::Expr>)> {
    let qualified = format!("{}.{}", lowerer.scope_name, decl.name.name);
    let mut keys = Vec::new();
    let mut key_exprs = Vec::new();
    let mut actions: Vec<ir::ActionId> = Vec::new();
    let mut default: Option<(&'a ast::ActionRef, bool)> = None;
    let mut size: Option<u32> = None;
    let mut implementation = ir::TableImplementation::Hash;
    let mut entries: Option<&'a [ast::TableEntry]> = None;
    let mut ok = true;
    let mut seen_actions_property = false;

    for property in &decl.properties {
        match &property.kind {
            TablePropertyKind::Key(elements) => {
                let mut lpm_count = 0;
                for element in elements {
                    let Some(ty) = key_type(lowerer, &element.expr) else {
                        ok = false;
                        continue;
                    };
                    let kind = match element.match_kind.name.as_str() {
                        "exact" => ir::MatchKind::Exact,
                        "lpm" => ir::MatchKind::Lpm,
                        "ternary" => ir::MatchKind::Ternary,
                        "range" if lowerer.checker.match_kinds.iter().any(|k| k == "range") => ir::MatchKind::Range,
                        other => {
                            let known = lowerer.checker.match_kinds.join(", ");
                            let mut diagnostic = Diagnostic::error("E0173", format!("unknown match kind `{other}`"))
                                .primary(element.match_kind.span, "not a match kind")
                                .note(format!("declared match kinds: {known}"));
                            diagnostic = match super::names::closest(other, &lowerer.checker.match_kinds) {
                                Some(similar) => diagnostic.help(format!("did you mean `{similar}`?")),
                                None if other == "range" => diagnostic.help("`range` needs `#include <flowmark.p4>`"),
                                None => diagnostic,
                            };
                            lowerer.error(diagnostic);
                            ok = false;
                            continue;
                        }
                    };
                    if kind == ir::MatchKind::Lpm {
                        lpm_count += 1;
                        if lpm_count > 1 {
                            lowerer.error(
                                Diagnostic::error("E0174", "a table can have at most one `lpm` key")
                                    .primary(element.span, "second lpm key")
                                    .help("use `ternary` for the other prefix fields"),
                            );
                            ok = false;
                        }
                    }
                    if ty.width() > ir::MAX_ARITH_WIDTH && kind == ir::MatchKind::Range {
                        lowerer.error(
                            Diagnostic::error("E0135", "range matches are limited to 64-bit keys")
                                .primary(element.span, "key too wide for a range"),
                        );
                        ok = false;
                    }
                    let name = squeeze(lowerer.checker.sources.snippet(element.expr.span));
                    keys.push(ir::TableKey { name, ty, match_kind: kind });
                    key_exprs.push(&element.expr);
                }
            }
            TablePropertyKind::Actions(list) => {
                seen_actions_property = true;
                for action_ref in list {
                    if action_ref.args.as_ref().is_some_and(|a| !a.is_empty()) {
                        lowerer.error(
                            Diagnostic::error("E0175", "binding action arguments in the `actions` list is not supported")
                                .primary(action_ref.span, "arguments here"),
                        );
                    }
                    let Some(id) = resolve_action(lowerer, &action_ref.name) else {
                        ok = false;
                        continue;
                    };
                    if actions.contains(&id) {
                        lowerer.error(
                            Diagnostic::error("E0176", format!("action `{}` is listed twice", action_ref.name.name))
                                .primary(action_ref.span, "duplicate"),
                        );
                    } else {
                        actions.push(id);
                    }
                }
            }
            TablePropertyKind::DefaultAction(action_ref) => default = Some((action_ref, property.is_const)),
            TablePropertyKind::Entries(list) => {
                if !property.is_const {
                    lowerer.error(
                        Diagnostic::error("E0177", "table entries in the program must be `const entries`")
                            .primary(property.span, "mutable entries")
                            .help("write `const entries = { ... }`, or add entries at run time with an entry file"),
                    );
                }
                entries = Some(list)
            }
            TablePropertyKind::Other { name, value } => match name.name.as_str() {
                "size" => size = lowerer.constant(value, &Ty::bits(32)).map(|v| v as u32),
                "implementation" => {
                    if let ExprKind::Call { callee, args, .. } = &value.kind {
                        if let ExprKind::Name(function) = &callee.kind {
                            let kind = match function.name.as_str() {
                                "hash_table" => Some(ir::TableImplementation::Hash),
                                "array_table" => Some(ir::TableImplementation::Array),
                                _ => None,
                            };
                            if let (Some(kind), [arg]) = (kind, args.as_slice()) {
                                implementation = kind;
                                if let Some(value) = &arg.value {
                                    size = lowerer.constant(value, &Ty::bits(32)).map(|v| v as u32);
                                }
                                continue;
                            }
                        }
                    }
                    lowerer.error(
                        Diagnostic::error("E0178", "unknown table implementation")
                            .primary(value.span, "expected `hash_table(N)` or `array_table(N)`"),
                    );
                }
                other => lowerer.checker.diagnostics.push(
                    Diagnostic::warning("W0004", format!("unknown table property `{other}` is ignored"))
                        .primary(name.span, "not used by flowmark"),
                ),
            },
        }
    }
    if !seen_actions_property {
        lowerer.error(
            Diagnostic::error("E0179", format!("table `{}` has no `actions` property", decl.name.name))
                .primary(decl.name.span, "no actions")
                .help("add `actions = { NoAction; }` at least"),
        );
        return None;
    }
    if implementation == ir::TableImplementation::Array
        && !(keys.len() == 1 && keys[0].match_kind == ir::MatchKind::Exact && keys[0].ty.width() <= 32)
    {
        lowerer.error(
            Diagnostic::error("E0180", "an `array_table` needs exactly one exact key of at most 32 bits")
                .primary(decl.name.span, "keys do not fit an array"),
        );
        ok = false;
    }
    // The default action (NoAction when absent).
    let (default_call, default_is_const) = match default {
        Some((action_ref, is_const)) => {
            let id = resolve_action(lowerer, &action_ref.name)?;
            if !actions.contains(&id) {
                lowerer.error(
                    Diagnostic::error("E0181", format!("default action `{}` is not in the table's `actions` list", action_ref.name.name))
                        .primary(action_ref.span, "not listed")
                        .help(format!("add `{};` to `actions`", action_ref.name.name)),
                );
                return None;
            }
            let args = action_arguments(lowerer, id, action_ref.args.as_deref().unwrap_or(&[]), action_ref.span)?;
            (ir::ActionCall { action: id, args }, is_const)
        }
        None => {
            let no_action = lowerer.checker.globals.get("NoAction").map(|(g, _)| g.clone());
            let Some(super::globals::Global::Action(index)) = no_action else {
                lowerer.error(
                    Diagnostic::error("E0181", format!("table `{}` needs a `default_action`", decl.name.name))
                        .primary(decl.name.span, "no default action and no NoAction")
                        .help("`#include <core.p4>` for NoAction"),
                );
                return None;
            };
            let id = lowerer.action_id(index, decl.name.span)?;
            if !actions.contains(&id) {
                actions.push(id);
            }
            (ir::ActionCall { action: id, args: vec![] }, false)
        }
    };
    if !ok {
        return None;
    }
    let table = ir::Table {
        name: qualified,
        keys,
        actions,
        default_action: default_call,
        default_is_const,
        size: size.unwrap_or(1024).max(1),
        implementation,
        const_entries: None,
        dynamic: annotations.iter().any(|a| a.name.name == "dynamic"),
        span: decl.name.span,
    };
    let id = lowerer.checker.module.tables.push(table);
    if let Some(list) = entries {
        let mut lowered = Vec::new();
        let count = list.len() as u32;
        for (position, entry) in list.iter().enumerate() {
            if let Some(entry) = const_entry(lowerer, id, entry, count - position as u32) {
                lowered.push(entry);
            }
        }
        lowerer.checker.module.tables[id].const_entries = Some(lowered);
    }
    Some((id, key_exprs))
}

/// The scalar type of a key expression, found by lowering it into a throw-away function.
fn key_type<'a>(lowerer: &mut Lowerer<'_, 'a>, expr: &'a ast::Expr) -> Option<ir::Type> {
    let scratch = super::builder::FunctionBuilder::new("key");
    let saved = std::mem::replace(&mut lowerer.builder, scratch);
    let operand = lowerer.expr(expr, None);
    lowerer.builder = saved;
    let ty = match (&operand, operand_type(&operand)) {
        (_, Some(ty)) => ty,
        (Operand::Agg(Ref::Header(_, index) | Ref::Struct(index, _)), None) => Ty::Struct(*index),
        (Operand::Agg(Ref::Stack(stack, element)), None) => {
            let size = lowerer.checker.module.stacks.get(*stack).map_or(0, |s| s.elements.len() as u32);
            Ty::Stack(*element, size)
        }
        (Operand::Unknown, None) => return None,
        (_, None) => {
            lowerer.error(
                Diagnostic::error("E0182", "a table key must be a scalar value")
                    .primary(expr.span, "not a field or a value"),
            );
            return None;
        }
    };
    match lowerer.checker.types.scalar(&ty) {
        Some(scalar) => Some(scalar),
        None => {
            let described = lowerer.describe(&ty);
            let mut diagnostic = Diagnostic::error("E0182", format!("a table key must be a scalar value, not {described}"))
                .primary(expr.span, "not a scalar");
            if let Ty::Struct(index) = ty {
                if let Some((field, _, _)) = lowerer.checker.types.structs[index].fields.first() {
                    let path = squeeze(lowerer.checker.sources.snippet(expr.span));
                    diagnostic = diagnostic.help(format!("match on its fields instead, e.g. `{path}.{field} : exact;`"));
                }
            }
            lowerer.error(diagnostic);
            None
        }
    }
}

fn resolve_action(lowerer: &mut Lowerer<'_, '_>, name: &ast::Ident) -> Option<ir::ActionId> {
    match lowerer.name(name)? {
        Ref::Action(index) => lowerer.action_id(index, name.span),
        _ => {
            lowerer.error(Diagnostic::error("E0183", format!("`{}` is not an action", name.name)).primary(name.span, "not an action"));
            None
        }
    }
}

/// Constant arguments for an action's data parameters.
fn action_arguments<'a>(
    lowerer: &mut Lowerer<'_, 'a>,
    action: ir::ActionId,
    args: &'a [ast::Argument],
    span: Span,
) -> Option<Vec<u128>> {
    let params = lowerer.checker.module.actions[action].params.clone();
    if params.len() != args.len() {
        let name = super::short_name(&lowerer.checker.module.actions[action].name).to_string();
        lowerer.error(
            Diagnostic::error("E0160", format!("action `{name}` takes {}, {} given", super::plural(params.len(), "argument"), args.len()))
                .primary(span, "wrong number of arguments"),
        );
        return None;
    }
    let mut values = Vec::new();
    for (param, arg) in params.iter().zip(args) {
        let ty = match param.ty {
            ir::Type::Bits { width, signed } => Ty::Bits { width, signed },
            ir::Type::Bool => Ty::Bool,
        };
        let value = arg.value.as_ref()?;
        values.push(lowerer.constant(value, &ty)?);
    }
    Some(values)
}

fn const_entry<'a>(
    lowerer: &mut Lowerer<'_, 'a>,
    table: ir::TableId,
    entry: &'a ast::TableEntry,
    priority: u32,
) -> Option<ir::Entry> {
    let keys = lowerer.checker.module.tables[table].keys.clone();
    if entry.keysets.len() != keys.len() {
        lowerer.error(
            Diagnostic::error("E0184", format!("this entry has {}, the table has {}", super::plural(entry.keysets.len(), "key value"), super::plural(keys.len(), "key")))
                .primary(entry.span, "wrong number of key values"),
        );
        return None;
    }
    let mut matches = Vec::new();
    for (keyset, key) in entry.keysets.iter().zip(&keys) {
        matches.push(key_match(lowerer, keyset, key)?);
    }
    let action = resolve_action(lowerer, &entry.action.name)?;
    if !lowerer.checker.module.tables[table].actions.contains(&action) {
        lowerer.error(
            Diagnostic::error("E0181", format!("action `{}` is not in the table's `actions` list", entry.action.name.name))
                .primary(entry.action.span, "not listed"),
        );
        return None;
    }
    let args = action_arguments(lowerer, action, entry.action.args.as_deref().unwrap_or(&[]), entry.action.span)?;
    let priority = match &entry.priority {
        Some(expr) => lowerer.constant(expr, &Ty::bits(32))? as u32,
        None => priority,
    };
    Some(ir::Entry { keys: matches, priority, action: ir::ActionCall { action, args } })
}

fn key_match<'a>(lowerer: &mut Lowerer<'_, 'a>, keyset: &'a Keyset, key: &ir::TableKey) -> Option<ir::KeyMatch> {
    let ty = match key.ty {
        ir::Type::Bits { width, signed } => Ty::Bits { width, signed },
        ir::Type::Bool => Ty::Bool,
    };
    let width = key.ty.width();
    let full = ir::mask(width);
    let result = match (keyset, key.match_kind) {
        (Keyset::Default(span), ir::MatchKind::Exact) => {
            lowerer.error(
                Diagnostic::error("E0185", format!("`_` cannot match the exact key `{}`", key.name))
                    .primary(*span, "wildcard on an exact key"),
            );
            return None;
        }
        (Keyset::Default(_), ir::MatchKind::Lpm) => ir::KeyMatch::Lpm(0, 0),
        (Keyset::Default(_), ir::MatchKind::Ternary) => ir::KeyMatch::Ternary(0, 0),
        (Keyset::Default(_), ir::MatchKind::Range) => ir::KeyMatch::Range(0, full),
        (Keyset::Value(expr), kind) => {
            let value = entry_constant(lowerer, expr, &ty)?;
            match kind {
                ir::MatchKind::Exact => ir::KeyMatch::Exact(value),
                ir::MatchKind::Lpm => ir::KeyMatch::Lpm(value, width),
                ir::MatchKind::Ternary => ir::KeyMatch::Ternary(value, full),
                ir::MatchKind::Range => ir::KeyMatch::Range(value, value),
            }
        }
        (Keyset::Mask(value, mask), ir::MatchKind::Ternary | ir::MatchKind::Lpm) => {
            let v = entry_constant(lowerer, value, &ty)?;
            let m = entry_constant(lowerer, mask, &ty)?;
            if key.match_kind == ir::MatchKind::Ternary {
                ir::KeyMatch::Ternary(v & m, m)
            } else {
                let prefix = m.count_ones() as u16;
                if m != (full & !ir::mask(width - prefix)) {
                    lowerer.error(
                        Diagnostic::error("E0186", "an lpm mask must be a prefix (ones followed by zeros)")
                            .primary(mask.span, "not a prefix mask"),
                    );
                    return None;
                }
                ir::KeyMatch::Lpm(v & m, prefix)
            }
        }
        (Keyset::Range(lo, hi), ir::MatchKind::Range) => {
            let l = entry_constant(lowerer, lo, &ty)?;
            let h = entry_constant(lowerer, hi, &ty)?;
            ir::KeyMatch::Range(l, h)
        }
        (Keyset::Mask(first, last), kind) | (Keyset::Range(first, last), kind) => {
            let (what, fits) = match keyset {
                Keyset::Range(..) => ("a range", "`range`"),
                _ => ("a mask", "`ternary` or `lpm`"),
            };
            lowerer.error(
                Diagnostic::error("E0187", format!("this key set does not fit the {} key `{}`", kind.name(), key.name))
                    .primary(first.span.to(last.span), format!("{what}, which only {fits} keys take")),
            );
            return None;
        }
    };
    Some(result)
}

fn entry_constant<'a>(lowerer: &mut Lowerer<'_, 'a>, expr: &'a ast::Expr, ty: &Ty) -> Option<u128> {
    let operand = lowerer.expr(expr, Some(ty));
    match operand {
        Operand::Const(value, Ty::Enum(_)) | Operand::Const(value, Ty::Error) => Some(value),
        Operand::Const(value, actual) => match lowerer.convert(Operand::Const(value, actual), ty, expr.span)? {
            Operand::Const(value, _) => Some(value),
            _ => None,
        },
        Operand::Unknown => None,
        _ => {
            lowerer.error(Diagnostic::error("E0115", "expected a compile-time constant").primary(expr.span, "not a constant"));
            None
        }
    }
}
