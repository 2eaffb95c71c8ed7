//! Control-plane text: name resolution (tables, actions, keys, parameters, counters, maps, hints)
//! and value parsing, turning `add`/`setdefault`/`remove`/`add_hint`/`set_map` lines into
//! [`ControlStatement`]s. Shared by the STF parser and by flowmark's table-entry files
//! (`flowmark load --entries FILE`: lines of the same statements), see [`parse_entries`].

use super::lexer::{parse_number, parse_typed, parse_wildcard, tokenize, Tok, Toks};
use super::{ControlStatement, StfError, Target};
use crate::interp::{check_action_call, check_entry};
use crate::ir::{
    ActionCall, ActionId, CounterId, Entry, HintId, KeyMatch, LayoutField, MapId, MatchKind, Module, TableId,
};

/// The last `.`-separated component of a name.
fn last_component(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// Resolve `name` among `items`: the exact name; else (for a name without dots) the unique item
/// whose last component is `name`; else the unique item whose name with `.` replaced by `_` is
/// `name` (p4c-ebpf's C names).
fn resolve<T: Copy>(kind: &str, name: &str, items: &[(T, &str)]) -> Result<T, String> {
    if let Some((id, _)) = items.iter().find(|(_, n)| *n == name) {
        return Ok(*id);
    }
    let rules: [&dyn Fn(&str) -> bool; 2] =
        [&|n: &str| !name.contains('.') && last_component(n) == name, &|n: &str| n.replace('.', "_") == name];
    for rule in rules {
        let found: Vec<&(T, &str)> = items.iter().filter(|(_, n)| rule(n)).collect();
        match found.as_slice() {
            [] => {}
            [(id, _)] => return Ok(*id),
            many => {
                let names: Vec<&str> = many.iter().map(|(_, n)| *n).collect();
                return Err(format!("{kind} name `{name}` is ambiguous: {}", names.join(", ")));
            }
        }
    }
    let mut message = format!("unknown {kind} `{name}`");
    if !items.is_empty() && items.len() <= 12 {
        let names: Vec<&str> = items.iter().map(|(_, n)| *n).collect();
        message += &format!(" (known: {})", names.join(", "));
    }
    Err(message)
}

pub fn resolve_table(module: &Module, name: &str) -> Result<TableId, String> {
    let items: Vec<_> = module.tables.iter().map(|(id, t)| (id, t.name.as_str())).collect();
    resolve("table", name, &items)
}

/// An action of `table` (only the table's own actions are candidates).
pub fn resolve_action(module: &Module, table: TableId, name: &str) -> Result<ActionId, String> {
    let decl = module.tables.get(table).ok_or_else(|| format!("no table {table}"))?;
    let items: Vec<_> =
        decl.actions.iter().filter_map(|&a| module.actions.get(a).map(|d| (a, d.name.as_str()))).collect();
    resolve("action", name, &items).map_err(|e| format!("table `{}`: {e}", decl.name))
}

pub fn resolve_counter(module: &Module, name: &str) -> Result<CounterId, String> {
    let items: Vec<_> = module.counters.iter().map(|(id, c)| (id, c.name.as_str())).collect();
    resolve("counter", name, &items)
}

pub fn resolve_map(module: &Module, name: &str) -> Result<MapId, String> {
    let items: Vec<_> = module.maps.iter().map(|(id, m)| (id, m.name.as_str())).collect();
    resolve("map", name, &items)
}

pub fn resolve_hint(module: &Module, name: &str) -> Result<HintId, String> {
    let items: Vec<_> = module.hints.iter().map(|(id, h)| (id, h.name.as_str())).collect();
    resolve("hint", name, &items)
}

/// Index of a key or layout field by its name or unique last component.
fn resolve_field(kind: &str, name: &str, names: &[&str]) -> Result<usize, String> {
    if let Some(i) = names.iter().position(|n| *n == name) {
        return Ok(i);
    }
    let last = last_component(name);
    let found: Vec<usize> = (0..names.len()).filter(|&i| last_component(names[i]) == last).collect();
    match found.as_slice() {
        [i] => Ok(*i),
        [] => Err(format!("unknown {kind} `{name}` (known: {})", names.join(", "))),
        _ => Err(format!("{kind} name `{name}` is ambiguous")),
    }
}

/// One value of a `name:value` pair, joining pieces split by spaces around `/`, `&&&`, `..`.
fn field_value(toks: &mut Toks) -> Result<String, String> {
    let mut value = toks.word("a value")?;
    let joins = ["/", "&&&", ".."];
    while let Some(Tok::Word(next)) = toks.peek() {
        if !joins.iter().any(|j| value.ends_with(j) || next.starts_with(j)) {
            break;
        }
        value.push_str(next);
        toks.next();
    }
    Ok(value)
}

/// `name:value` pairs while the next tokens look like one.
pub(crate) fn name_values(toks: &mut Toks) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    while toks.at_field() {
        let name = toks.word("a name")?;
        toks.expect(&Tok::Colon, "after a name")?;
        out.push((name, field_value(toks)?));
    }
    Ok(out)
}

/// Values for every field of `layout` from `name:value` pairs (all fields required when
/// `complete`); returns (field index, value) pairs in the given order.
pub(crate) fn layout_values(
    what: &str,
    layout: &[LayoutField],
    pairs: &[(String, String)],
    complete: bool,
) -> Result<Vec<(usize, u128)>, String> {
    let names: Vec<&str> = layout.iter().map(|f| f.name.as_str()).collect();
    let mut out: Vec<(usize, u128)> = Vec::new();
    for (name, text) in pairs {
        let i = resolve_field(&format!("{what} field"), name, &names)?;
        if out.iter().any(|(j, _)| *j == i) {
            return Err(format!("{what} field `{}` given twice", names[i]));
        }
        let value = parse_typed(text, layout[i].ty).map_err(|e| format!("{what} field `{}`: {e}", names[i]))?;
        out.push((i, value));
    }
    if complete {
        if let Some(missing) = (0..layout.len()).find(|i| !out.iter().any(|(j, _)| j == i)) {
            return Err(format!("missing {what} field `{}`", names[missing]));
        }
    }
    Ok(out)
}

/// The full value list of `layout` from `name:value` pairs (every field required).
pub(crate) fn full_layout(what: &str, layout: &[LayoutField], pairs: &[(String, String)]) -> Result<Vec<u128>, String> {
    let mut values = vec![0; layout.len()];
    for (i, v) in layout_values(what, layout, pairs, true)? {
        values[i] = v;
    }
    Ok(values)
}

/// Parse one key's match text for a key of the given type and kind.
fn key_match(text: &str, key: &crate::ir::TableKey) -> Result<KeyMatch, String> {
    let ty = key.ty;
    let m = if let Some((v, m)) = text.split_once("&&&") {
        KeyMatch::Ternary(parse_typed(v, ty)?, parse_typed(m, ty)?)
    } else if let Some((lo, hi)) = text.split_once("..") {
        KeyMatch::Range(parse_typed(lo, ty)?, parse_typed(hi, ty)?)
    } else if let Some((v, len)) = text.split_once('/') {
        let len = parse_number(len)?;
        let len = u16::try_from(len).map_err(|_| format!("prefix length {len} is too large"))?;
        KeyMatch::Lpm(parse_typed(v, ty)?, len)
    } else if text.contains('*') {
        let (v, m) = parse_wildcard(text, ty)?;
        KeyMatch::Ternary(v, m)
    } else {
        KeyMatch::Exact(parse_typed(text, ty)?)
    };
    Ok(m)
}

/// `<action>(<param>:<value>, ...)` for `table` (parameters by name or position).
fn action_call(module: &Module, table: TableId, toks: &mut Toks) -> Result<ActionCall, String> {
    let name = toks.word("an action")?;
    let action = resolve_action(module, table, &name)?;
    let decl = &module.actions[action];
    let mut args: Vec<(Option<String>, String)> = Vec::new();
    if toks.eat(&Tok::LParen) && !toks.eat(&Tok::RParen) {
        loop {
            let first = toks.word("an argument")?;
            if toks.eat(&Tok::Colon) {
                args.push((Some(first), field_value(toks)?));
            } else {
                args.push((None, first));
            }
            if toks.eat(&Tok::RParen) {
                break;
            }
            toks.expect(&Tok::Comma, "between arguments")?;
        }
    }
    let names: Vec<&str> = decl.params.iter().map(|p| p.name.as_str()).collect();
    let mut values: Vec<Option<u128>> = vec![None; names.len()];
    let mut position = 0;
    for (name, text) in &args {
        let i = match name {
            Some(n) => names.iter().position(|p| p == n).ok_or_else(|| {
                format!("action `{}` has no parameter `{n}` (its parameters: {})", decl.name, names.join(", "))
            })?,
            None => {
                position += 1;
                position - 1
            }
        };
        let Some(param) = decl.params.get(i) else {
            return Err(format!("action `{}` takes {} parameter(s), more given", decl.name, names.len()));
        };
        if values[i].is_some() {
            return Err(format!("parameter `{}` given twice", param.name));
        }
        let v =
            parse_typed(text, param.ty).map_err(|e| format!("parameter `{}` of `{}`: {e}", param.name, decl.name))?;
        values[i] = Some(v);
    }
    let mut out = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        match v {
            Some(v) => out.push(v),
            None => return Err(format!("missing parameter `{}` of action `{}`", names[i], decl.name)),
        }
    }
    Ok(ActionCall { action, args: out })
}

/// `add <table> [<priority>] <key>:<value> ... <action>(...) [= <id>]` (after `add`).
fn parse_add(module: &Module, toks: &mut Toks) -> Result<ControlStatement, String> {
    let table = resolve_table(module, &toks.word("a table name")?)?;
    let decl = &module.tables[table];
    let mut priority = 0;
    if let (Some(Tok::Word(w)), next) = (toks.peek(), toks.peek_at(1)) {
        if !matches!(next, Some(Tok::Colon) | Some(Tok::LParen)) && w.starts_with(|c: char| c.is_ascii_digit()) {
            let p = parse_number(w)?;
            priority = u32::try_from(p).map_err(|_| format!("priority {p} is too large"))?;
            toks.next();
        }
    }
    let names: Vec<&str> = decl.keys.iter().map(|k| k.name.as_str()).collect();
    let mut keys: Vec<Option<KeyMatch>> = vec![None; names.len()];
    for (name, text) in name_values(toks)? {
        let i = resolve_field("key", &name, &names).map_err(|e| format!("table `{}`: {e}", decl.name))?;
        if keys[i].is_some() {
            return Err(format!("key `{}` given twice", names[i]));
        }
        keys[i] = Some(key_match(&text, &decl.keys[i]).map_err(|e| format!("key `{}`: {e}", names[i]))?);
    }
    let mut matches = Vec::with_capacity(keys.len());
    for (key, m) in decl.keys.iter().zip(keys) {
        let m = match (m, key.match_kind) {
            (Some(m), _) => m,
            (None, MatchKind::Ternary) => KeyMatch::Ternary(0, 0),
            (None, MatchKind::Lpm) => KeyMatch::Lpm(0, 0),
            (None, MatchKind::Range) => KeyMatch::Range(0, key.ty.mask()),
            (None, MatchKind::Exact) => return Err(format!("missing exact key `{}`", key.name)),
        };
        matches.push(m);
    }
    let action = action_call(module, table, toks)?;
    if toks.eat(&Tok::Assign) {
        toks.word("an entry id")?;
    }
    toks.end()?;
    let entry = check_entry(module, table, &Entry { keys: matches, priority, action })?;
    Ok(ControlStatement::Add { table, entry })
}

/// Parse one control-plane statement whose keyword (lowercase) is `keyword`; `None` when the
/// keyword is not a control-plane statement.
pub(crate) fn parse_control(
    module: &Module,
    keyword: &str,
    toks: &mut Toks,
) -> Option<Result<ControlStatement, String>> {
    let result = match keyword {
        "add" => parse_add(module, toks),
        "setdefault" => (|| {
            let table = resolve_table(module, &toks.word("a table name")?)?;
            let action = action_call(module, table, toks)?;
            toks.end()?;
            if module.tables[table].default_is_const {
                return Err(format!("the default action of table `{}` is const", module.tables[table].name));
            }
            check_action_call(module, table, &action)?;
            Ok(ControlStatement::SetDefault { table, action })
        })(),
        "remove" => (|| {
            let first = toks.word("`all` or a table name")?;
            if first.eq_ignore_ascii_case("all") {
                toks.end()?;
                return Ok(ControlStatement::RemoveAll);
            }
            let table = resolve_table(module, &first)?;
            match toks.next() {
                Some(Tok::Word(w)) if w.eq_ignore_ascii_case("all") => {}
                _ => return Err("only `remove all` and `remove <table> all` are supported".to_string()),
            }
            toks.end()?;
            Ok(ControlStatement::RemoveTable(table))
        })(),
        "add_hint" => (|| {
            let hint = resolve_hint(module, &toks.word("a hint name")?)?;
            let decl = &module.hints[hint];
            let key = full_layout("key", &decl.key, &name_values(toks)?)?;
            toks.expect(&Tok::Arrow, "before the mark")?;
            let mark = parse_number(&toks.word("a mark")?)?;
            let mark = u32::try_from(mark).map_err(|_| format!("mark {mark} does not fit 32 bits"))?;
            toks.end()?;
            Ok(ControlStatement::AddHint { hint, key, mark })
        })(),
        "set_map" => (|| {
            let map = resolve_map(module, &toks.word("a map name")?)?;
            let decl = &module.maps[map];
            let key = full_layout("key", &decl.key, &name_values(toks)?)?;
            toks.expect(&Tok::Arrow, "before the value")?;
            let value = full_layout("value", &decl.value, &name_values(toks)?)?;
            toks.end()?;
            Ok(ControlStatement::SetMap { map, key, value })
        })(),
        _ => return None,
    };
    Some(result)
}

/// Parse a table-entry file: lines of `add`, `setdefault`, `remove`, `add_hint` and `set_map`
/// statements (comments and blank lines allowed). Every bad line is reported.
pub fn parse_entries(module: &Module, text: &str) -> Result<Vec<(usize, ControlStatement)>, Vec<StfError>> {
    let mut statements = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let toks = match tokenize(line) {
            Ok(t) if t.is_empty() => continue,
            Ok(t) => t,
            Err(e) => {
                errors.push(StfError::new(number, e));
                continue;
            }
        };
        let mut toks = Toks::new(toks);
        let keyword = match toks.next() {
            Some(Tok::Word(w)) => w.to_ascii_lowercase(),
            Some(t) => {
                errors.push(StfError::new(number, format!("expected a statement, found {t}")));
                continue;
            }
            None => continue,
        };
        match parse_control(module, &keyword, &mut toks) {
            Some(Ok(s)) => statements.push((number, s)),
            Some(Err(e)) => errors.push(StfError::new(number, e)),
            None => errors.push(StfError::new(number, format!("`{keyword}` is not a control-plane statement"))),
        }
    }
    if errors.is_empty() {
        Ok(statements)
    } else {
        Err(errors)
    }
}

/// Apply one control-plane statement to a target.
pub fn apply_control(target: &mut dyn Target, statement: &ControlStatement) -> Result<(), String> {
    match statement {
        ControlStatement::Add { table, entry } => target.add_entry(*table, entry.clone()),
        ControlStatement::SetDefault { table, action } => target.set_default(*table, action.clone()),
        ControlStatement::RemoveAll => target.clear_entries(),
        ControlStatement::RemoveTable(table) => target.clear_table(*table),
        ControlStatement::AddHint { hint, key, mark } => target.set_hint(*hint, key.clone(), *mark),
        ControlStatement::SetMap { map, key, value } => target.set_map(*map, key.clone(), value.clone()),
    }
}
