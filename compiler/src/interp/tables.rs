//! Match-action tables of the interpreter: entry validation shared with the control plane and the
//! STF/entries parser ([`check_entry`], [`check_action_call`]), and the lookup rule (highest
//! priority (only in tables with ternary or range keys), then longest total LPM prefix, then
//! earliest inserted).

use super::arith::sign_extend;
use super::state::check_fits;
use crate::ir::{mask, ActionCall, Entry, KeyMatch, MatchKind, Module, TableId, TableKey, Type};

/// The run-time contents of one table.
#[derive(Clone, Debug)]
pub(crate) struct TableState {
    /// Entries with their insertion sequence numbers, normalised by [`check_entry`].
    pub entries: Vec<(Entry, u64)>,
    pub default: ActionCall,
    pub next_seq: u64,
}

impl TableState {
    pub fn new(module: &Module, table: TableId) -> Self {
        let decl = &module.tables[table];
        let mut entries = Vec::new();
        if let Some(consts) = &decl.const_entries {
            let count = consts.len();
            for (i, e) in consts.iter().enumerate() {
                let mut e = match check_entry(module, table, e) {
                    Ok(e) => e,
                    Err(_) => e.clone(),
                };
                e.priority = (count - i) as u32;
                entries.push((e, i as u64));
            }
        }
        let next_seq = entries.len() as u64;
        TableState { entries, default: decl.default_action.clone(), next_seq }
    }

    /// The entry that matches `keys` best, if any.
    pub fn lookup(&self, module: &Module, table: TableId, keys: &[u128]) -> Option<&Entry> {
        let decl = module.tables.get(table)?;
        type Rank = (u32, u32, std::cmp::Reverse<u64>);
        let prioritized = decl.keys.iter().any(|k| matches!(k.match_kind, crate::ir::MatchKind::Ternary | crate::ir::MatchKind::Range));
        let mut best: Option<(&Entry, Rank)> = None;
        for (entry, seq) in &self.entries {
            if entry.keys.len() != keys.len() || decl.keys.len() != keys.len() {
                continue;
            }
            let mut prefix = 0u32;
            let matches = entry.keys.iter().zip(keys).zip(&decl.keys).all(|((m, &k), key)| {
                if let KeyMatch::Lpm(_, len) = m {
                    prefix += u32::from(*len);
                }
                key_matches(*m, k, key.ty)
            });
            if !matches {
                continue;
            }
            // Priorities order entries only in tables with ternary or range keys (as in
            // P4Runtime); exact and lpm tables pick the longest prefix.
            let priority = if prioritized { entry.priority } else { 0 };
            let rank = (priority, prefix, std::cmp::Reverse(*seq));
            if best.as_ref().is_none_or(|(_, r)| rank > *r) {
                best = Some((entry, rank));
            }
        }
        best.map(|(e, _)| e)
    }
}

/// The mask selecting the top `len` bits of a `width`-bit value.
pub(crate) fn prefix_mask(width: u16, len: u16) -> u128 {
    let len = len.min(width);
    mask(width) & !mask(width - len)
}

/// Does one key value match?
fn key_matches(m: KeyMatch, key: u128, ty: Type) -> bool {
    let key = key & ty.mask();
    match m {
        KeyMatch::Exact(v) => key == v,
        KeyMatch::Lpm(v, len) => {
            let pm = prefix_mask(ty.width(), len);
            key & pm == v & pm
        }
        KeyMatch::Ternary(v, m) => key & m == v & m,
        KeyMatch::Range(lo, hi) => {
            if ty.is_signed() {
                let (w, k) = (ty.width(), sign_extend(key, ty.width()));
                sign_extend(lo, w) <= k && k <= sign_extend(hi, w)
            } else {
                lo <= key && key <= hi
            }
        }
    }
}

/// Validate and normalise one key match against its key: the kind must fit (an `Exact` value is
/// accepted for lpm, ternary and range keys and becomes a full prefix, full mask or single-value
/// range), values must fit the key's width, prefixes must not exceed it.
fn check_key(key: &TableKey, m: KeyMatch) -> Result<KeyMatch, String> {
    let ty = key.ty;
    let width = ty.width();
    let fits = |v: u128| check_fits(v, ty).map_err(|e| format!("key `{}`: {e}", key.name));
    let kind_error = |given: &str| {
        Err(format!("key `{}` is matched {}; a {given} match does not fit it", key.name, key.match_kind.name()))
    };
    match (key.match_kind, m) {
        (MatchKind::Exact, KeyMatch::Exact(v)) => {
            fits(v)?;
            Ok(m)
        }
        (MatchKind::Lpm, KeyMatch::Exact(v)) => {
            fits(v)?;
            Ok(KeyMatch::Lpm(v, width))
        }
        (MatchKind::Lpm, KeyMatch::Lpm(v, len)) => {
            fits(v)?;
            if len > width {
                return Err(format!("key `{}`: prefix length {len} exceeds its width {width}", key.name));
            }
            Ok(KeyMatch::Lpm(v & prefix_mask(width, len), len))
        }
        (MatchKind::Ternary, KeyMatch::Exact(v)) => {
            fits(v)?;
            Ok(KeyMatch::Ternary(v, ty.mask()))
        }
        (MatchKind::Ternary, KeyMatch::Ternary(v, m)) => {
            fits(v)?;
            fits(m)?;
            Ok(KeyMatch::Ternary(v & m, m))
        }
        (MatchKind::Range, KeyMatch::Exact(v)) => {
            fits(v)?;
            Ok(KeyMatch::Range(v, v))
        }
        (MatchKind::Range, KeyMatch::Range(lo, hi)) => {
            fits(lo)?;
            fits(hi)?;
            let (l, h) = if ty.is_signed() {
                (sign_extend(lo, width), sign_extend(hi, width))
            } else {
                (lo as i128, hi as i128)
            };
            if ty.is_signed() && l > h || !ty.is_signed() && lo > hi {
                return Err(format!("key `{}`: empty range {lo:#x}..{hi:#x}", key.name));
            }
            Ok(m)
        }
        (_, KeyMatch::Lpm(..)) => kind_error("lpm"),
        (_, KeyMatch::Ternary(..)) => kind_error("ternary"),
        (_, KeyMatch::Range(..)) => kind_error("range"),
    }
}

/// Validate an action call for `table`: the action must be one of the table's actions, with one
/// argument per parameter, each fitting the parameter's type.
pub fn check_action_call(module: &Module, table: TableId, call: &ActionCall) -> Result<(), String> {
    let decl = module.tables.get(table).ok_or_else(|| format!("no table {table}"))?;
    let action = module.actions.get(call.action).ok_or_else(|| format!("no action {}", call.action))?;
    if !decl.actions.contains(&call.action) {
        let names: Vec<&str> =
            decl.actions.iter().filter_map(|a| module.actions.get(*a)).map(|a| a.name.as_str()).collect();
        return Err(format!(
            "action `{}` is not an action of table `{}` (its actions: {})",
            action.name,
            decl.name,
            names.join(", ")
        ));
    }
    if action.params.len() != call.args.len() {
        return Err(format!(
            "action `{}` takes {} parameter(s), {} given",
            action.name,
            action.params.len(),
            call.args.len()
        ));
    }
    for (param, &arg) in action.params.iter().zip(&call.args) {
        check_fits(arg, param.ty)
            .map_err(|e| format!("parameter `{}` of action `{}`: {e}", param.name, action.name))?;
    }
    Ok(())
}

/// Validate an entry for `table` (key count, match kinds, widths, prefix lengths, action and
/// arguments) and return it normalised: `Exact` matches on non-exact keys become full-prefix /
/// full-mask / single-value matches, bits outside a prefix or mask are cleared. Does not check
/// run-time conditions (const tables, the size limit).
pub fn check_entry(module: &Module, table: TableId, entry: &Entry) -> Result<Entry, String> {
    let decl = module.tables.get(table).ok_or_else(|| format!("no table {table}"))?;
    if decl.keys.len() != entry.keys.len() {
        return Err(format!(
            "table `{}` has {} key(s), the entry gives {}",
            decl.name,
            decl.keys.len(),
            entry.keys.len()
        ));
    }
    let keys = decl.keys.iter().zip(&entry.keys).map(|(k, &m)| check_key(k, m)).collect::<Result<Vec<_>, _>>()?;
    check_action_call(module, table, &entry.action)?;
    Ok(Entry { keys, priority: entry.priority, action: entry.action.clone() })
}
