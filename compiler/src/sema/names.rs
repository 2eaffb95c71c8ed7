//! Names and paths: resolving identifiers through the scopes and the globals, members of headers,
//! structs, stacks and enums, loading what a path names, and "did you mean" suggestions.

use super::expr::{Lowerer, Operand};
use super::globals::Global;
use super::types::Ty;
use super::Ref;
use crate::ir::Inst;
use flowmark_grammar::ast::{self, ExprKind};
use flowmark_grammar::{Diagnostic, Span};

impl<'c, 'a> Lowerer<'c, 'a> {

    // ----- names and paths -----

    /// Resolve a path expression (`hdr.ipv4.ttl`, `meta.x`, `t`, `E.A`) to what it names.
    pub fn path(&mut self, expr: &'a ast::Expr) -> Option<Ref> {
        match &expr.kind {
            ExprKind::Name(ident) => self.name(ident),
            ExprKind::Member { base, member } => {
                let base_ref = self.path(base)?;
                self.member(base_ref, member, expr.span)
            }
            ExprKind::Index { base, index } => {
                let base_ref = self.path(base)?;
                let Ref::Stack(stack, element_ty) = base_ref else {
                    self.error(
                        Diagnostic::error("E0120", "only header stacks can be indexed")
                            .primary(base.span, "not a header stack"),
                    );
                    return None;
                };
                let size = self.checker.module.stacks[stack].elements.len() as u128;
                // Lowered into a throw-away function: a run-time index is an error of its own.
                let scratch = super::builder::FunctionBuilder::new("index");
                let saved = std::mem::replace(&mut self.builder, scratch);
                let operand = self.expr(index, Some(&Ty::bits(32)));
                self.builder = saved;
                let Operand::Const(i, _) = operand else {
                    if !matches!(operand, Operand::Unknown) {
                        self.error(
                            Diagnostic::error("E0121", "a header stack index must be a compile-time constant")
                                .primary(index.span, "computed at run time")
                                .help("use a constant index, or `.next`/`.last` in the parser"),
                        );
                    }
                    return None;
                };
                if i >= size {
                    self.error(
                        Diagnostic::error("E0122", format!("index {i} is out of bounds for a stack of {size}"))
                            .primary(index.span, "out of bounds"),
                    );
                    return None;
                }
                Some(Ref::Header(self.checker.module.stacks[stack].elements[i as usize], element_ty))
            }
            _ => {
                self.error(Diagnostic::error("E0123", "expected a name or a field").primary(expr.span, "not a location"));
                None
            }
        }
    }

    pub fn name(&mut self, ident: &ast::Ident) -> Option<Ref> {
        if let Some((found, declared)) = self.scopes.lookup_entry(&ident.name) {
            self.checker.used.insert(super::use_key(declared));
            // A failed declaration was reported already: its uses are silent.
            return if matches!(found, Ref::Failed) { None } else { Some(found) };
        }
        self.checker.used.insert(ident.name.clone());
        match self.checker.globals.get(&ident.name).map(|(g, _)| g.clone()) {
            // A constant whose type or value failed (reported at its declaration).
            Some(Global::Const(_, Ty::Unknown)) => None,
            Some(Global::Const(value, ty)) => Some(Ref::Const(value, ty)),
            Some(Global::Type(Ty::Enum(index))) => Some(Ref::EnumType(index)),
            Some(Global::Action(index)) => Some(Ref::Action(index)),
            Some(_) => {
                self.error(
                    Diagnostic::error("E0124", format!("`{}` cannot be used here", ident.name))
                        .primary(ident.span, "not a value"),
                );
                None
            }
            None => {
                let diagnostic = Diagnostic::error("E0125", format!("cannot find `{}` in this scope", ident.name))
                    .primary(ident.span, "not found");
                let diagnostic = did_you_mean(diagnostic, &ident.name, self.value_names());
                self.error(diagnostic);
                None
            }
        }
    }

    /// Record every name `expr` mentions as used, without resolving or reporting anything (after an
    /// error stopped the checking of `expr` part way).
    pub fn mark_used(&mut self, expr: &ast::Expr) {
        match &expr.kind {
            ExprKind::Name(ident) => {
                let key = match self.scopes.lookup_entry(&ident.name) {
                    Some((_, declared)) => super::use_key(declared),
                    None => ident.name.clone(),
                };
                self.checker.used.insert(key);
            }
            ExprKind::Member { base, .. } | ExprKind::Cast { operand: base, .. } | ExprKind::Unary { operand: base, .. } => {
                self.mark_used(base)
            }
            ExprKind::Index { base, index } => {
                self.mark_used(base);
                self.mark_used(index);
            }
            ExprKind::Slice { base, hi, lo } | ExprKind::Ternary { cond: base, then_value: hi, else_value: lo } => {
                self.mark_used(base);
                self.mark_used(hi);
                self.mark_used(lo);
            }
            ExprKind::Binary { lhs, rhs, .. } => {
                self.mark_used(lhs);
                self.mark_used(rhs);
            }
            ExprKind::Call { callee, args, .. } => {
                self.mark_used(callee);
                args.iter().filter_map(|a| a.value.as_ref()).for_each(|value| self.mark_used(value));
            }
            ExprKind::List(items) => items.iter().for_each(|item| self.mark_used(item)),
            ExprKind::StructInit(fields) => fields.iter().for_each(|(_, value)| self.mark_used(value)),
            _ => {}
        }
    }

    /// Names that can stand for a value or an action here: locals, parameters, and global constants,
    /// actions, enum types and extern functions.
    fn value_names(&self) -> Vec<String> {
        let globals = self.checker.globals.iter().filter(|(_, (global, _))| {
            matches!(global, Global::Const(..) | Global::Action(_) | Global::Type(Ty::Enum(_)) | Global::ExternFunction)
        });
        self.scopes.names().chain(globals.map(|(name, _)| name)).cloned().collect()
    }

    /// `base.member` for a resolved base.
    pub fn member(&mut self, base: Ref, member: &ast::Ident, span: Span) -> Option<Ref> {
        let name = member.name.as_str();
        match base {
            Ref::Struct(index, fields) => {
                let position = self.checker.types.structs[index].fields.iter().position(|(f, _, _)| f == name);
                match position {
                    Some(position) => fields.get(position).cloned(),
                    None => self.no_field(index, member),
                }
            }
            Ref::Header(header, index) => {
                let position = self.checker.types.structs[index].fields.iter().position(|(f, _, _)| f == name);
                match position {
                    Some(position) => {
                        let ty = self.checker.types.structs[index].fields[position].1.clone();
                        Some(Ref::Field(header, position as u16, ty))
                    }
                    None => self.no_field(index, member),
                }
            }
            Ref::Stack(stack, element_ty) => self.stack_member(stack, element_ty, member, span),
            Ref::EnumType(index) => {
                let found = self.checker.types.enums[index].members.iter().find(|(m, _)| m == name).map(|(_, v)| *v);
                match found {
                    Some(value) => Some(Ref::Const(value, Ty::Enum(index))),
                    None => {
                        let def = &self.checker.types.enums[index];
                        let diagnostic = Diagnostic::error("E0126", format!("enum `{}` has no member `{name}`", def.name))
                            .primary(member.span, "unknown member");
                        let diagnostic = did_you_mean(diagnostic, name, def.members.iter().map(|(m, _)| m));
                        self.error(diagnostic);
                        None
                    }
                }
            }
            Ref::Var(..) | Ref::Value(..) | Ref::Const(..) | Ref::Field(..) => {
                self.error(
                    Diagnostic::error("E0127", format!("a scalar value has no member `{name}`"))
                        .primary(member.span, "no such member"),
                );
                None
            }
            _ => {
                self.error(
                    Diagnostic::error("E0127", format!("no member `{name}` here"))
                        .primary(member.span, "no such member")
                        .note("methods must be called: `x.apply()`, `h.isValid()`"),
                );
                None
            }
        }
    }

    fn no_field(&mut self, index: usize, member: &ast::Ident) -> Option<Ref> {
        let def = &self.checker.types.structs[index];
        let kind = if def.is_header { "header" } else { "struct" };
        let names: Vec<String> = def.fields.iter().map(|(f, _, _)| format!("`{f}`")).collect();
        let diagnostic = Diagnostic::error("E0128", format!("{kind} `{}` has no field `{}`", def.name, member.name))
            .primary(member.span, "unknown field")
            .secondary(def.span, format!("{kind} declared here"))
            .note(format!("its fields are {}", names.join(", ")));
        let diagnostic = did_you_mean(diagnostic, &member.name, def.fields.iter().map(|(f, _, _)| f));
        self.error(diagnostic);
        None
    }

    fn stack_member(&mut self, stack: usize, element_ty: usize, member: &ast::Ident, span: Span) -> Option<Ref> {
        let size = self.checker.module.stacks[stack].elements.len();
        match member.name.as_str() {
            "size" => Some(Ref::Const(size as u128, Ty::bits(32))),
            "next" | "last" | "lastIndex" => {
                let Some(next) = self.stack_next.as_ref().map(|n| n[stack]) else {
                    self.error(
                        Diagnostic::error("E0129", format!("`.{}` is only available in parser states", member.name))
                            .primary(member.span, "not in a parser")
                            .help("use a constant index such as `[0]` in controls"),
                    );
                    return None;
                };
                let index = if member.name == "next" { next as i64 } else { next as i64 - 1 };
                if member.name == "lastIndex" {
                    return Some(Ref::Const((index as i128 as u128) & 0xffff_ffff, Ty::bits(32)));
                }
                if index < 0 || index as usize >= size {
                    // Statically out of bounds in this unrolled state: the parser rejects with
                    // StackOutOfBounds, as P4 does at run time.
                    self.stack_out_of_bounds = true;
                    return None;
                }
                let _ = span;
                Some(Ref::Header(self.checker.module.stacks[stack].elements[index as usize], element_ty))
            }
            other => {
                self.error(
                    Diagnostic::error("E0127", format!("header stacks have no member `{other}`"))
                        .primary(member.span, "no such member")
                        .note("stacks have `.next`, `.last`, `.lastIndex`, `.size` and `[constant]`"),
                );
                None
            }
        }
    }

    /// Load a scalar ref as an operand; aggregates become `Operand::Agg`.
    pub fn load(&mut self, reference: Ref, span: Span) -> Operand {
        match reference {
            Ref::Const(_, Ty::Unknown) => Operand::Unknown,
            Ref::Const(value, ty) => Operand::Const(value, ty),
            Ref::Value(value, ty) => Operand::Value(value, ty),
            Ref::Var(var, ty, _) => {
                if self.constant_mode {
                    return self.not_constant(span);
                }
                let result = self.new_value(self.checker.module.variables[var].ty);
                self.emit(Inst::ReadVar { result, var }, span);
                Operand::Value(result, ty)
            }
            Ref::Field(header, field, ty) => {
                if self.constant_mode {
                    return self.not_constant(span);
                }
                let Some(scalar) = self.checker.types.scalar(&ty) else { return Operand::Unknown };
                let result = self.new_value(scalar);
                self.emit(Inst::ReadField { result, header, field }, span);
                Operand::Value(result, ty)
            }
            other => Operand::Agg(other),
        }
    }

    pub(super) fn not_constant(&mut self, span: Span) -> Operand {
        self.error(
            Diagnostic::error("E0115", "expected a compile-time constant").primary(span, "this is computed at run time"),
        );
        Operand::Unknown
    }

}

/// The candidate closest to `name`, if one is close enough to be a likely misspelling: the same
/// name in another case, or at most 1 edit away (2 for names longer than 4 characters), counting a
/// swap of two neighbouring characters as one edit.
pub(crate) fn closest<S: AsRef<str>>(name: &str, candidates: impl IntoIterator<Item = S>) -> Option<String> {
    let limit = if name.chars().count() > 4 { 2 } else { 1 };
    let lower = name.to_lowercase();
    let mut best: Option<(usize, String)> = None;
    for candidate in candidates {
        let candidate = candidate.as_ref();
        // `parse_ipv6` for `parse_ipv4`, `h2` for `h1`: a different thing, not a typo.
        let digits_only = |s: &str| s.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
        if candidate == name || candidate.is_empty() || digits_only(candidate) == digits_only(name) {
            continue;
        }
        let distance = if candidate.to_lowercase() == lower { 0 } else { edit_distance(candidate, name) };
        if distance > limit {
            continue;
        }
        let better = match &best {
            None => true,
            Some((d, c)) => distance < *d || (distance == *d && candidate < c.as_str()),
        };
        if better {
            best = Some((distance, candidate.to_string()));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Add a "did you mean" help to `diagnostic` when a candidate is close to `name`.
pub(crate) fn did_you_mean<S: AsRef<str>>(diagnostic: Diagnostic, name: &str, candidates: impl IntoIterator<Item = S>) -> Diagnostic {
    match closest(name, candidates) {
        Some(suggestion) => diagnostic.help(format!("did you mean `{suggestion}`?")),
        None => diagnostic,
    }
}

/// Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
/// neighbouring characters each cost 1.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in table.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in table[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (table[i - 1][j] + 1).min(table[i][j - 1] + 1).min(table[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[i - 2][j - 2] + 1);
            }
            table[i][j] = best;
        }
    }
    table[a.len()][b.len()]
}
