//! IR to model: headers (P4 header types, metadata groups, table apply results), instances,
//! actions and tables, plus what both graph builders need: SSA definitions and the field a value
//! reads. Collects warnings (what the model leaves out) and errors (what it cannot express without
//! changing the program's meaning) as diagnostics; see docs/MATCH.md for which is which.

use crate::model::{
    uid, Action, Arg, Cond, Field, FieldKey, FieldRef, Header, HeaderKind, Instance, MaskType, Model, Table, ValueType,
};
use flowmark_compiler::ir::{self, Block, Function, HeaderId, Inst, Module, TableId, Value, VarId, VarKind};
use flowmark_grammar::{Diagnostic, Span};
use std::collections::{BTreeSet, HashMap};

/// Where a value comes from, as far as the model cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    Header(HeaderId, u16),
    Var(VarId),
}

/// A value that is (a slice of) a field: `width` bits of the field starting at bit `shift`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub loc: Loc,
    pub shift: u32,
    pub width: u32,
}

/// Where every SSA value of a function is defined.
pub struct Defs<'f> {
    pub func: &'f Function,
    map: HashMap<Value, (Block, usize)>,
}

impl<'f> Defs<'f> {
    pub fn new(func: &'f Function) -> Self {
        let mut map = HashMap::new();
        for (block, data) in func.blocks.iter() {
            for (i, inst) in data.insts.iter().enumerate() {
                for result in inst.results() {
                    map.insert(result, (block, i));
                }
            }
        }
        Defs { func, map }
    }
    pub fn inst(&self, value: Value) -> Option<&'f Inst> {
        let &(block, i) = self.map.get(&value)?;
        self.func.blocks.get(block)?.insts.get(i)
    }
    pub fn span(&self, value: Value) -> Option<Span> {
        let &(block, i) = self.map.get(&value)?;
        self.func.blocks.get(block)?.spans.get(i).copied()
    }
    pub fn constant(&self, value: Value) -> Option<u128> {
        match self.inst(value)? {
            Inst::Const { value, .. } => Some(*value),
            _ => None,
        }
    }
    /// The field (or slice of a field, or zero-extended field) that `value` is.
    pub fn view(&self, module: &Module, value: Value) -> Option<View> {
        let mut steps = 0;
        let mut current = value;
        // Outer operations applied to the innermost field, innermost last.
        let mut ops: Vec<&Inst> = Vec::new();
        let loc = loop {
            steps += 1;
            if steps > 64 {
                return None;
            }
            match self.inst(current)? {
                Inst::ReadField { header, field, .. } => break Loc::Header(*header, *field),
                Inst::ReadVar { var, .. } => break Loc::Var(*var),
                inst @ Inst::Cast { arg, .. } | inst @ Inst::Slice { arg, .. } => {
                    ops.push(inst);
                    current = *arg;
                }
                _ => return None,
            }
        };
        let (mut width, signed) = match loc {
            Loc::Header(h, f) => {
                let field = module
                    .headers
                    .get(h)
                    .and_then(|i| module.header_types.get(i.ty))
                    .and_then(|t| t.fields.get(f as usize))?;
                (u32::from(field.width), false)
            }
            Loc::Var(v) => {
                let var = module.variables.get(v)?;
                (u32::from(var.ty.width()), var.ty.is_signed())
            }
        };
        let mut shift = 0;
        for inst in ops.into_iter().rev() {
            match inst {
                Inst::Cast { result, .. } => {
                    let to = u32::from(self.func.values.get(*result)?.width());
                    if to > width && signed {
                        return None;
                    }
                    width = width.min(to);
                }
                Inst::Slice { hi, lo, .. } => {
                    let (hi, lo) = (u32::from(*hi), u32::from(*lo));
                    if hi < lo || hi >= width {
                        return None;
                    }
                    shift += lo;
                    width = hi - lo + 1;
                }
                _ => return None,
            }
        }
        Some(View { loc, shift, width })
    }
}

/// `[lo, hi]` over `width` bits as (value, mask) pairs, fewest first-to-last.
pub fn range_to_masks(lo: u128, hi: u128, width: u32) -> Vec<(u128, u128)> {
    let full = ir::mask(width.min(128) as u16);
    let mut out = Vec::new();
    if lo > hi || hi > full {
        return out;
    }
    let mut lo = lo;
    loop {
        let mut k = 0u32;
        while k < width {
            let Some(size) = 1u128.checked_shl(k + 1) else { break };
            if lo & (size - 1) != 0 || lo.checked_add(size - 1).is_none_or(|end| end > hi) {
                break;
            }
            k += 1;
        }
        let block = 1u128.checked_shl(k).map_or(u128::MAX, |b| b - 1);
        out.push((lo, full & !block));
        match lo.checked_add(block).and_then(|end| end.checked_add(1)) {
            Some(next) if next <= hi => lo = next,
            _ => break,
        }
        if out.len() > 4096 {
            break;
        }
    }
    out
}

pub struct Builder<'m> {
    pub module: &'m Module,
    pub model: Model,
    pub warnings: Vec<Diagnostic>,
    pub errors: Vec<Diagnostic>,
    header_type_uid: HashMap<ir::HeaderTypeId, u32>,
    instance_uid: HashMap<HeaderId, u32>,
    /// Metadata group name -> (header uid, instance uid, its variables in field order).
    groups: HashMap<String, (u32, u32, Vec<VarId>)>,
    /// Instance uid of each table's apply result, and the `apply_result` header uid.
    apply_result: Option<(u32, HashMap<TableId, u32>)>,
    warned: BTreeSet<(&'static str, u32, u32, String)>,
    warned_vars: BTreeSet<VarId>,
}

pub const APPLY_RESULT_HIT: u32 = 1;
pub const APPLY_RESULT_ACTION_RUN: u32 = 2;

impl<'m> Builder<'m> {
    pub fn new(module: &'m Module) -> Self {
        let model = Model {
            program: module.name.clone(),
            headers: Vec::new(),
            instances: Vec::new(),
            actions: Vec::new(),
            tables: Vec::new(),
            header_nodes: Vec::new(),
            table_nodes: Vec::new(),
        };
        let mut builder = Builder {
            module,
            model,
            warnings: Vec::new(),
            errors: Vec::new(),
            header_type_uid: HashMap::new(),
            instance_uid: HashMap::new(),
            groups: HashMap::new(),
            apply_result: None,
            warned: BTreeSet::new(),
            warned_vars: BTreeSet::new(),
        };
        for (id, ty) in module.header_types.iter() {
            let fields =
                ty.fields.iter().map(|f| Field { name: f.name.clone(), bitwidth: u32::from(f.width) }).collect();
            builder.model.headers.push(Header { name: ty.name.clone(), kind: HeaderKind::Packet, fields });
            builder.header_type_uid.insert(id, uid(builder.model.headers.len() - 1));
        }
        for (id, instance) in module.headers.iter() {
            let header = builder.header_type_uid.get(&instance.ty).copied().unwrap_or(0);
            builder.model.instances.push(Instance { name: instance.name.clone(), header });
            builder.instance_uid.insert(id, uid(builder.model.instances.len() - 1));
        }
        builder
    }

    /// Record a warning once per (code, place, message).
    pub fn warn(&mut self, diagnostic: Diagnostic) {
        let span = diagnostic.labels.first().map(|l| (l.span.start, l.span.end)).unwrap_or((0, 0));
        if self.warned.insert((diagnostic.code, span.0, span.1, diagnostic.message.clone())) {
            self.warnings.push(diagnostic);
        }
    }

    pub fn instance_uid(&self, header: HeaderId) -> u32 {
        self.instance_uid.get(&header).copied().unwrap_or(0)
    }

    pub fn header_type_uid(&self, header: HeaderId) -> u32 {
        self.module.headers.get(header).and_then(|i| self.header_type_uid.get(&i.ty)).copied().unwrap_or(0)
    }

    fn unique_header_name(&self, base: &str) -> String {
        let mut name = base.to_string();
        while self.model.headers.iter().any(|h| h.name == name) {
            name.push('_');
        }
        name
    }

    /// The metadata group of a variable: its first path component (`meta`, `standard_metadata`),
    /// `intrinsic` for names without one.
    fn group_of(var: &ir::Variable) -> (String, String) {
        match var.name.split_once('.') {
            Some((group, rest)) => (group.to_string(), rest.to_string()),
            None => ("intrinsic".to_string(), var.name.clone()),
        }
    }

    /// The field key of a metadata or standard variable (creating its group's header and instance
    /// on first use); `None` for locals and variables wider than 64 bits.
    pub fn var_key(&mut self, var: VarId) -> Option<FieldKey> {
        let decl = self.module.variables.get(var)?;
        if decl.kind == VarKind::Local {
            return None;
        }
        let width = u32::from(decl.ty.width());
        let ty = ValueType::for_width(width)?;
        let (group, _) = Self::group_of(decl);
        if !self.groups.contains_key(&group) {
            let members: Vec<VarId> = self
                .module
                .variables
                .iter()
                .filter(|(_, v)| v.kind != VarKind::Local && Self::group_of(v).0 == group)
                .map(|(id, _)| id)
                .collect();
            let fields = members
                .iter()
                .map(|&m| {
                    let v = &self.module.variables[m];
                    Field { name: Self::group_of(v).1, bitwidth: u32::from(v.ty.width()) }
                })
                .collect();
            let name = self.unique_header_name(&group);
            self.model.headers.push(Header { name: name.clone(), kind: HeaderKind::Metadata, fields });
            let header = uid(self.model.headers.len() - 1);
            self.model.instances.push(Instance { name, header });
            let instance = uid(self.model.instances.len() - 1);
            self.groups.insert(group.clone(), (header, instance, members));
        }
        let (header, instance, members) = self.groups.get(&group)?;
        let position = members.iter().position(|&m| m == var)?;
        Some(FieldKey { instance: *instance, header: *header, field: uid(position), width, ty })
    }

    /// Warn (once per variable) that the model matches a metadata field the program computes.
    pub fn warn_metadata(&mut self, var: VarId, span: Span, what: &str) {
        let Some(decl) = self.module.variables.get(var) else { return };
        if decl.kind != VarKind::Metadata || !self.warned_vars.insert(var) {
            return;
        }
        let name = decl.name.clone();
        self.warn(
            Diagnostic::warning("W0506", format!("{what} metadata field `{name}`, which the program computes"))
                .primary(span, format!("`{name}` is matched here"))
                .note(format!(
                    "the model has `{name}` as a field of the metadata header `{}`, but not how the program sets it",
                    Self::group_of(decl).0
                )),
        );
    }

    pub fn header_field_key(&self, header: HeaderId, field: u16) -> Option<FieldKey> {
        let ty = self.module.headers.get(header).and_then(|i| self.module.header_types.get(i.ty))?;
        let width = u32::from(ty.fields.get(field as usize)?.width);
        Some(FieldKey {
            instance: self.instance_uid(header),
            header: self.header_type_uid(header),
            field: uid(field as usize),
            width,
            ty: ValueType::for_width(width)?,
        })
    }

    /// The `hit` or `action_run` field of a table's apply result.
    pub fn apply_result_key(&mut self, table: TableId, field: u32) -> FieldKey {
        if self.apply_result.is_none() {
            let name = self.unique_header_name("apply_result");
            let fields =
                vec![Field { name: "hit".into(), bitwidth: 1 }, Field { name: "action_run".into(), bitwidth: 32 }];
            self.model.headers.push(Header { name, kind: HeaderKind::ApplyResult, fields });
            let header = uid(self.model.headers.len() - 1);
            let mut instances = HashMap::new();
            for (id, t) in self.module.tables.iter() {
                self.model.instances.push(Instance { name: t.name.clone(), header });
                instances.insert(id, uid(self.model.instances.len() - 1));
            }
            self.apply_result = Some((header, instances));
        }
        let (header, instance) = match &self.apply_result {
            Some((header, instances)) => (*header, instances.get(&table).copied().unwrap_or(0)),
            None => (0, 0),
        };
        if field == APPLY_RESULT_HIT {
            FieldKey { instance, header, field, width: 1, ty: ValueType::U8 }
        } else {
            FieldKey { instance, header, field, width: 32, ty: ValueType::U32 }
        }
    }

    /// The model's view of a field value: a key for the field (metadata included) and the
    /// condition `value == constant` on it, or `None` when the model cannot test it.
    pub fn view_cond(&mut self, view: View, value: u128, mask: u128) -> Option<Cond> {
        let key = match view.loc {
            Loc::Header(h, f) => self.header_field_key(h, f)?,
            Loc::Var(v) => self.var_key(v)?,
        };
        let view_mask = ir::mask(view.width.min(128) as u16);
        if value & mask & !view_mask != 0 {
            return None;
        }
        let shifted_mask = (mask & view_mask).checked_shl(view.shift)?;
        let shifted_value = (value & mask & view_mask).checked_shl(view.shift)?;
        if shifted_mask > u128::from(u64::MAX) {
            return None;
        }
        Some(Cond::new(key, shifted_value as u64, shifted_mask as u64))
    }

    // ----- actions and tables -----

    /// Actions of every table (in IR order), then the tables with their matches.
    pub fn tables(&mut self) {
        let module = self.module;
        let used: BTreeSet<ir::ActionId> = module.tables.values().flat_map(|t| t.actions.iter().copied()).collect();
        for (id, action) in module.actions.iter() {
            if !used.contains(&id) {
                continue;
            }
            let mut args = Vec::new();
            for param in &action.params {
                let width = u32::from(param.ty.width());
                match ValueType::for_width(width) {
                    Some(ty) => args.push(Arg { name: param.name.clone(), ty }),
                    None => self.errors.push(
                        Diagnostic::error(
                            "E0502",
                            format!("action `{}`: parameter `{}` is wider than 64 bits", action.name, param.name),
                        )
                        .primary(action.span, format!("`{}` is bit<{width}>", param.name))
                        .note("match-interface action arguments are u8, u16, u32 or u64: a rule could not carry this value"),
                    ),
                }
            }
            self.model.actions.push(Action { name: action.name.clone(), args, ir: id });
        }
        let key_sources = self.key_sources();
        for (id, table) in module.tables.iter() {
            let mut matches = Vec::new();
            let mut ok = true;
            for (position, key) in table.keys.iter().enumerate() {
                let loc = key_sources.get(&(id, position)).copied().or_else(|| self.resolve_key_name(&key.name));
                let width = u32::from(key.ty.width());
                let problem = match loc {
                    None => Some(format!("key `{}` is not a header field or a metadata field", key.name)),
                    Some(Loc::Var(v)) if module.variables.get(v).is_none_or(|d| d.kind == VarKind::Local) => {
                        Some(format!("key `{}` is a local variable", key.name))
                    }
                    Some(_) if width > 64 => Some(format!("key `{}` is bit<{width}>, wider than 64 bits", key.name)),
                    Some(_) => None,
                };
                if let Some(problem) = problem {
                    self.errors.push(
                        Diagnostic::error("E0501", format!("table `{}`: {problem}", table.name))
                            .primary(table.span, "this table cannot be expressed in the match-interface model")
                            .note("a match is a header or metadata field of at most 64 bits; leaving the key out would make every rule of this table match more packets than the program's entries do"),
                    );
                    ok = false;
                    continue;
                }
                let key_ref = match loc {
                    Some(Loc::Header(h, f)) => self.header_field_key(h, f),
                    Some(Loc::Var(v)) => {
                        self.warn_metadata(v, table.span, "a table key is the");
                        self.var_key(v)
                    }
                    None => None,
                };
                let Some(field_key) = key_ref else {
                    ok = false;
                    continue;
                };
                let mask_type = match key.match_kind {
                    ir::MatchKind::Exact => MaskType::Exact,
                    ir::MatchKind::Lpm => MaskType::Lpm,
                    ir::MatchKind::Ternary | ir::MatchKind::Range => MaskType::Mask,
                };
                matches.push(FieldRef { key: field_key, mask_type, value: 0, mask: 0 });
            }
            if !ok {
                continue;
            }
            let actions = table.actions.iter().filter_map(|&a| self.model.action_by_ir(a).map(|(u, _)| u)).collect();
            let table_uid = uid(self.model.tables.len());
            self.model.tables.push(Table {
                name: table.name.clone(),
                source: table_uid,
                apply_action: table_uid,
                size: table.size,
                matches,
                actions,
                dynamic: table.dynamic,
                ir: id,
            });
        }
    }

    /// Where each table key comes from at the table's first apply site: `(table, key index)`.
    fn key_sources(&self) -> HashMap<(TableId, usize), Loc> {
        let defs = Defs::new(&self.module.control);
        let mut out = HashMap::new();
        for data in self.module.control.blocks.values() {
            for inst in &data.insts {
                if let Inst::TableApply { table, keys, .. } = inst {
                    for (i, &key) in keys.iter().enumerate() {
                        if out.contains_key(&(*table, i)) {
                            continue;
                        }
                        if let Some(inst) = defs.inst(key) {
                            let loc = match inst {
                                Inst::ReadField { header, field, .. } => Some(Loc::Header(*header, *field)),
                                Inst::ReadVar { var, .. } => Some(Loc::Var(*var)),
                                _ => None,
                            };
                            if let Some(loc) = loc {
                                out.insert((*table, i), loc);
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// A key written as `hdr.ipv4.dstAddr` or `meta.port`, for tables never applied.
    fn resolve_key_name(&self, name: &str) -> Option<Loc> {
        for (id, instance) in self.module.headers.iter() {
            if let Some(field) = name.strip_prefix(instance.name.as_str()).and_then(|r| r.strip_prefix('.')) {
                let ty = self.module.header_types.get(instance.ty)?;
                if let Some(i) = ty.fields.iter().position(|f| f.name == field) {
                    return Some(Loc::Header(id, i as u16));
                }
            }
        }
        self.module.variables.iter().find(|(_, v)| v.name == name).map(|(id, _)| Loc::Var(id))
    }

    /// Warn once per stateful extern: the model has no maps, hints or counters.
    pub fn externs(&mut self) {
        let module = self.module;
        for map in module.maps.values() {
            self.warn(
                Diagnostic::warning("W0505", format!("map `{}` is left out of the match-interface model", map.name))
                    .primary(map.span, "stateful map")
                    .note("the model has tables, not state that packets update; lookups, updates and deletes of this map are not in it"),
            );
        }
        for hint in module.hints.values() {
            self.warn(
                Diagnostic::warning("W0505", format!("hint `{}` is left out of the match-interface model", hint.name))
                    .primary(hint.span, "hint table")
                    .note("hint lookups and the marks they set are not in the model"),
            );
        }
        for counter in module.counters.values() {
            self.warn(
                Diagnostic::warning(
                    "W0505",
                    format!("counter `{}` is left out of the match-interface model", counter.name),
                )
                .primary(counter.span, "counter")
                .note("the model has no counters; rules can still be counted by the daemon"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_become_aligned_blocks() {
        assert_eq!(range_to_masks(0, 255, 8), vec![(0, 0)]);
        assert_eq!(range_to_masks(6, 15, 4), vec![(6, 0xe), (8, 0x8)]);
        assert_eq!(
            range_to_masks(33, 64, 8),
            vec![(33, 0xff), (34, 0xfe), (36, 0xfc), (40, 0xf8), (48, 0xf0), (64, 0xff)]
        );
        assert_eq!(range_to_masks(5, 5, 8), vec![(5, 0xff)]);
        assert!(range_to_masks(6, 5, 8).is_empty());
        let all = range_to_masks(0, u64::MAX as u128, 64);
        assert_eq!(all, vec![(0, 0)]);
        assert_eq!(range_to_masks(0, u128::MAX, 128).len(), 2);
        assert_eq!(range_to_masks(1, u128::MAX, 128).len(), 128);
    }
}
