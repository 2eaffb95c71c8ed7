//! Table entries to `match` CLI commands. Entry text is parsed by the compiler's one entry parser
//! (`stf::entries::parse_entries`, which reports unknown tables, keys and actions and values too
//! wide for their field, with line numbers); this module only renders the parsed entries against
//! the model: `match create` for `@dynamic` tables, then `match set_rule` for the program's const
//! entries, the default actions (as catch-all rules at priority 0) and the file's `add` lines.

use crate::lower::range_to_masks;
use crate::model::{Model, Table};
use flowmark_compiler::ir::{self, ActionCall, Entry, KeyMatch, Module, TableId};
use flowmark_compiler::stf::entries::parse_entries;
use flowmark_compiler::stf::ControlStatement;
use std::collections::HashMap;
use std::fmt;
use std::fmt::Write;

/// A problem with one line of an entry file (line 0: with the program itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

/// Most rules one entry may expand into (range keys become several value/mask rules).
const MAX_EXPANSION: usize = 4096;

struct Writer<'a> {
    model: &'a Model,
    module: &'a Module,
    /// The table id rules use: the uid, or for a dynamic table the id `match create` gave it.
    rule_table: HashMap<TableId, u64>,
    handle: u64,
    out: String,
}

impl Writer<'_> {
    fn table(&self, table: TableId) -> Result<(&Table, u64), String> {
        let (_, t) = self.model.table_by_ir(table).ok_or_else(|| {
            format!("table `{}` is not in the model", self.module.tables.get(table).map_or("?", |t| t.name.as_str()))
        })?;
        let id = self.rule_table.get(&table).copied().unwrap_or(0);
        Ok((t, id))
    }

    fn action_text(&self, call: &ActionCall) -> Result<String, String> {
        let (_, action) = self.model.action_by_ir(call.action).ok_or_else(|| {
            format!(
                "action `{}` is not in the model",
                self.module.actions.get(call.action).map_or("?", |a| a.name.as_str())
            )
        })?;
        let mut text = format!(" action {}", action.name);
        for arg in &call.args {
            let _ = write!(text, " {arg:#x}");
        }
        Ok(text)
    }

    /// One or more `set_rule` lines for an entry.
    fn entry(&mut self, table: TableId, entry: &Entry) -> Result<(), String> {
        let (t, id) = self.table(table)?;
        let decl = self.module.tables.get(table).ok_or("no such table")?;
        let mut per_key: Vec<Vec<(u128, u128)>> = Vec::new();
        for (key, m) in decl.keys.iter().zip(&entry.keys) {
            let width = key.ty.width();
            let full = ir::mask(width);
            let pairs = match *m {
                KeyMatch::Exact(v) => vec![(v, full)],
                KeyMatch::Lpm(v, len) => {
                    let len = len.min(width);
                    let mask = if len == 0 { 0 } else { full & !(ir::mask(width - len)) };
                    vec![(v & mask, mask)]
                }
                KeyMatch::Ternary(v, m) => vec![(v & m, m & full)],
                KeyMatch::Range(lo, hi) => range_to_masks(lo, hi, u32::from(width)),
            };
            per_key.push(pairs);
        }
        let mut combos: Vec<Vec<(u128, u128)>> = vec![Vec::new()];
        for pairs in &per_key {
            if combos.len().saturating_mul(pairs.len()) > MAX_EXPANSION {
                return Err(format!("the entry's ranges expand into more than {MAX_EXPANSION} rules"));
            }
            let mut next = Vec::new();
            for combo in &combos {
                for pair in pairs {
                    let mut c = combo.clone();
                    c.push(*pair);
                    next.push(c);
                }
            }
            combos = next;
        }
        let action = self.action_text(&entry.action)?;
        let prio = u64::from(entry.priority) + 1;
        let fields: Vec<String> = t.matches.iter().map(|m| self.model.field_name(&m.key)).collect();
        if let Some(twice) = fields.iter().enumerate().find(|(i, f)| fields[..*i].contains(f)).map(|(_, f)| f) {
            return Err(format!(
                "table `{}` matches `{twice}` of two header instances; a `match {twice}` rule cannot say which",
                t.name
            ));
        }
        for combo in combos {
            self.handle += 1;
            let mut line = format!("match set_rule prio {prio} handle {} table {id}", self.handle);
            for (field, (value, mask)) in fields.iter().zip(combo) {
                if mask != 0 {
                    let _ = write!(line, " match {field} {value:#x} {mask:#x}");
                }
            }
            line.push_str(&action);
            self.out.push_str(&line);
            self.out.push('\n');
        }
        Ok(())
    }

    /// A catch-all rule below every entry: the table's default action.
    fn default(&mut self, table: TableId, call: &ActionCall) -> Result<(), String> {
        let (_, id) = self.table(table)?;
        let action = self.action_text(call)?;
        self.handle += 1;
        let _ = writeln!(self.out, "match set_rule prio 0 handle {} table {id}{action}", self.handle);
        Ok(())
    }
}

/// Render entry-file text (`add`/`setdefault` lines) as `match` commands for `module`'s model.
pub fn rules(module: &Module, entries: &str) -> Result<String, Vec<RuleError>> {
    let model = match crate::build_model(module) {
        Ok((model, _)) => model,
        Err(diagnostics) => {
            return Err(diagnostics
                .into_iter()
                .map(|d| RuleError {
                    line: 0,
                    message: format!("the program has no match-interface model: {}", d.message),
                })
                .collect())
        }
    };
    let statements = parse_entries(module, entries).map_err(|errors| {
        errors.into_iter().map(|e| RuleError { line: e.line, message: e.message }).collect::<Vec<_>>()
    })?;

    let mut errors = Vec::new();
    let mut defaults: HashMap<TableId, ActionCall> = HashMap::new();
    let mut adds: Vec<(usize, TableId, Entry)> = Vec::new();
    for (line, statement) in statements {
        match statement {
            ControlStatement::Add { table, entry } => adds.push((line, table, entry)),
            ControlStatement::SetDefault { table, action } => {
                defaults.insert(table, action);
            }
            ControlStatement::RemoveAll | ControlStatement::RemoveTable(_) => errors.push(RuleError {
                line,
                message: "`remove` has no match-interface rule: rules are only added here".into(),
            }),
            ControlStatement::AddHint { hint, .. } => errors.push(RuleError {
                line,
                message: format!(
                    "hint `{}` is not in the match-interface model",
                    module.hints.get(hint).map_or("?", |h| h.name.as_str())
                ),
            }),
            ControlStatement::SetMap { map, .. } => errors.push(RuleError {
                line,
                message: format!(
                    "map `{}` is not in the match-interface model",
                    module.maps.get(map).map_or("?", |m| m.name.as_str())
                ),
            }),
        }
    }

    let mut writer = Writer { model: &model, module, rule_table: HashMap::new(), handle: 0, out: String::new() };
    let _ = writeln!(writer.out, "# match-interface rules for `{}`, generated by flowmark", model.program);
    let mut next_id = model.tables.len() as u64 + 1;
    let mut creates = String::new();
    for (i, t) in model.tables.iter().enumerate() {
        if t.dynamic {
            let _ = write!(creates, "match create source {} name {} id {next_id} size {}", i + 1, t.name, t.size);
            for m in &t.matches {
                let _ = write!(creates, " match {} {}", model.field_name(&m.key), m.mask_type.name());
            }
            for &a in &t.actions {
                if let Some(action) = model.actions.get((a as usize).wrapping_sub(1)) {
                    let _ = write!(creates, " action {}", action.name);
                }
            }
            creates.push('\n');
            writer.rule_table.insert(t.ir, next_id);
            next_id += 1;
        } else {
            writer.rule_table.insert(t.ir, i as u64 + 1);
        }
    }
    if !creates.is_empty() {
        writer.out.push_str("# tables the program marks @dynamic\n");
        writer.out.push_str(&creates);
    }

    for t in &model.tables {
        let Some(entries) = module.tables.get(t.ir).and_then(|d| d.const_entries.as_ref()) else { continue };
        let _ = writeln!(writer.out, "# const entries of {}", t.name);
        for entry in entries {
            if let Err(message) = writer.entry(t.ir, entry) {
                errors.push(RuleError { line: 0, message: format!("const entry of `{}`: {message}", t.name) });
            }
        }
    }

    let mut wrote_defaults = false;
    for t in &model.tables {
        let Some(decl) = module.tables.get(t.ir) else { continue };
        let call = match defaults.get(&t.ir) {
            Some(call) => call.clone(),
            None => {
                let trivial = decl.default_action.args.is_empty()
                    && module.actions.get(decl.default_action.action).is_some_and(|a| a.name == "NoAction");
                if trivial {
                    continue;
                }
                decl.default_action.clone()
            }
        };
        if !wrote_defaults {
            writer.out.push_str("# default actions (catch-all rules below every entry)\n");
            wrote_defaults = true;
        }
        if let Err(message) = writer.default(t.ir, &call) {
            errors.push(RuleError { line: 0, message: format!("default action of `{}`: {message}", t.name) });
        }
    }

    if !adds.is_empty() {
        writer.out.push_str("# entries\n");
    }
    for (line, table, entry) in &adds {
        if let Err(message) = writer.entry(*table, entry) {
            errors.push(RuleError { line: *line, message });
        }
    }
    if errors.is_empty() {
        Ok(writer.out)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}
