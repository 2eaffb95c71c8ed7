//! Statements (`if`, `switch`, blocks, `return`/`exit`; assignments are in [`super::assign`]),
//! local declarations and bindings, and calls: actions, methods of headers, tables and externs,
//! extern functions. Parser states reuse the statement lowering here, minus what parsers may not
//! contain.

use super::expr::{operand_type, Lowerer, Operand};
use super::globals::Global;
use super::types::Ty;
use super::{Access, Ref};
use crate::ir::{self, Inst, Terminator};
use flowmark_grammar::ast::{self, DeclarationKind, ExprKind, StatementKind};
use flowmark_grammar::{Diagnostic, Span};


impl<'c, 'a> Lowerer<'c, 'a> {
    // ----- statements -----

    pub fn block(&mut self, block: &'a ast::Block) {
        self.scopes.push();
        for statement in &block.statements {
            self.statement(statement);
        }
        self.scopes.pop();
    }

    pub fn statement(&mut self, statement: &'a ast::Statement) {
        let span = statement.span;
        match &statement.kind {
            StatementKind::Assign { lhs, rhs } => self.assign(lhs, rhs),
            // An expression that is not a call was reported by the grammar (E0001); its parts are
            // still checked here.
            StatementKind::Call(expr) => {
                self.expr(expr, None);
            }
            StatementKind::If { cond, then_branch, else_branch } => {
                if self.in_parser {
                    self.error(
                        Diagnostic::error("E0149", "`if` is not allowed in parser states")
                            .primary(span, "conditional in a parser")
                            .help("branch with `transition select(...)` instead"),
                    );
                    return;
                }
                self.if_statement(cond, then_branch, else_branch.as_ref(), span);
            }
            StatementKind::Switch { expr, cases } => {
                if self.in_parser {
                    self.error(Diagnostic::error("E0149", "`switch` is not allowed in parser states").primary(span, "switch in a parser"));
                    return;
                }
                self.switch_statement(expr, cases, span);
            }
            StatementKind::Block(block) => self.block(block),
            StatementKind::Return | StatementKind::Exit => {
                if self.in_parser {
                    self.error(
                        Diagnostic::error("E0149", "`return` and `exit` are not allowed in parser states")
                            .primary(span, "use `transition accept` or `transition reject`"),
                    );
                    return;
                }
                let target = if matches!(statement.kind, StatementKind::Exit) {
                    None
                } else {
                    self.return_targets.last().copied().flatten()
                };
                match target {
                    Some(block) => self.builder.jump(block, span),
                    None => self.builder.terminate(Terminator::Return, span),
                }
            }
            StatementKind::Empty => {}
            StatementKind::Declaration(declaration) => {
                self.block_declarations.push(declaration);
                self.local_declaration(declaration);
            }
        }
    }

    /// A condition: a bool-typed scalar.
    pub fn condition(&mut self, cond: &'a ast::Expr) -> Option<Operand> {
        let operand = self.expr(cond, Some(&Ty::Bool));
        match operand_type(&operand) {
            Some(Ty::Bool) => Some(operand),
            Some(other) => {
                let described = self.describe(&other);
                self.error(
                    Diagnostic::error("E0143", format!("a condition must be bool, found {described}"))
                        .primary(cond.span, "not a bool")
                        .help("compare explicitly, e.g. `x != 0`"),
                );
                None
            }
            None => {
                if !matches!(operand, Operand::Unknown) {
                    self.error(Diagnostic::error("E0143", "a condition must be bool").primary(cond.span, "not a bool"));
                }
                None
            }
        }
    }

    fn if_statement(&mut self, cond: &'a ast::Expr, then_branch: &'a ast::Block, else_branch: Option<&'a ast::Block>, span: Span) {
        let condition = self.condition(cond);
        let then_block = self.builder.new_block(None);
        let else_block = self.builder.new_block(None);
        let join = self.builder.new_block(None);
        match condition.and_then(|c| self.materialize(c, cond.span)) {
            Some((value, _)) => self.builder.terminate(
                Terminator::Branch { cond: value, if_true: then_block, if_false: else_block },
                cond.span,
            ),
            None => self.builder.jump(then_block, span),
        }
        self.builder.switch_to(then_block);
        self.block(then_branch);
        self.builder.jump(join, span);
        self.builder.switch_to(else_block);
        if let Some(else_branch) = else_branch {
            self.block(else_branch);
        }
        self.builder.jump(join, span);
        self.builder.switch_to(join);
    }

    fn switch_statement(&mut self, expr: &'a ast::Expr, cases: &'a [ast::SwitchCase], span: Span) {
        let subject = self.expr(expr, None);
        let (value, table) = match subject {
            Operand::ActionRun(value, table) => (value, Some(table)),
            Operand::Unknown => return,
            other => match self.materialize(other, expr.span) {
                Some((value, Ty::Bits { .. } | Ty::Enum(_))) => (value, None),
                Some(_) => {
                    self.error(
                        Diagnostic::error("E0152", "switch needs `t.apply().action_run` or a bit<N>/enum value")
                            .primary(expr.span, "cannot switch on this"),
                    );
                    return;
                }
                None => return,
            },
        };
        let subject_ty = self.builder.function.values[value];
        let join = self.builder.new_block(None);
        let mut arms: Vec<(u128, ir::Block)> = Vec::new();
        let mut default: Option<ir::Block> = None;
        // (label value, the label's span, the case's span); `None` is `default`.
        let mut pending: Vec<(Option<u128>, Span, Span)> = Vec::new();
        let mut first_seen: Vec<(Option<u128>, Span)> = Vec::new();
        let mut bodies: Vec<(ir::Block, &'a ast::Block)> = Vec::new();
        for case in cases {
            let (label, label_span) = match &case.label {
                None => (None, Span { end: case.span.start + "default".len() as u32, ..case.span }),
                Some(label) => match self.switch_label(label, table, subject_ty) {
                    Some(v) => (Some(v), label.span),
                    None => continue,
                },
            };
            pending.push((label, label_span, case.span));
            if let Some(body) = &case.body {
                let block = self.builder.new_block(None);
                for (label, label_span, _) in pending.drain(..) {
                    if let Some((_, first)) = first_seen.iter().find(|(seen, _)| *seen == label) {
                        let message = if label.is_some() { "duplicate switch label" } else { "duplicate `default` label" };
                        self.error(
                            Diagnostic::error("E0153", message)
                                .primary(label_span, "already handled above")
                                .secondary(*first, "first handled here"),
                        );
                        continue;
                    }
                    first_seen.push((label, label_span));
                    match label {
                        Some(v) => arms.push((v, block)),
                        None => default = Some(block),
                    }
                }
                bodies.push((block, body));
            }
        }
        if let Some((_, _, case_span)) = pending.first() {
            self.error(
                Diagnostic::error("E0154", "the last switch label has no body")
                    .primary(*case_span, "falls through to nothing")
                    .help("add `{ }` after it"),
            );
        }
        self.builder.terminate(
            Terminator::Switch { value, cases: arms, default: default.unwrap_or(join) },
            span,
        );
        for (block, body) in bodies {
            self.builder.switch_to(block);
            self.block(body);
            self.builder.jump(join, span);
        }
        self.builder.switch_to(join);
    }

    fn switch_label(&mut self, label: &'a ast::Expr, table: Option<ir::TableId>, subject: ir::Type) -> Option<u128> {
        if let Some(table) = table {
            let ExprKind::Name(ident) = &label.kind else {
                self.error(Diagnostic::error("E0155", "expected an action name").primary(label.span, "not an action"));
                return None;
            };
            let actions = self.checker.module.tables[table].actions.clone();
            let found = actions.iter().find(|&&a| {
                let name = &self.checker.module.actions[a].name;
                name == &ident.name || name.ends_with(&format!(".{}", ident.name))
            });
            return match found {
                Some(action) => Some(cranelift_entity::EntityRef::index(*action) as u128),
                None => {
                    let table_name = super::short_name(&self.checker.module.tables[table].name).to_string();
                    self.error(
                        Diagnostic::error("E0155", format!("table `{table_name}` has no action `{}`", ident.name))
                            .primary(label.span, "not one of the table's actions")
                            .secondary(self.checker.module.tables[table].span, "table declared here"),
                    );
                    None
                }
            };
        }
        let expected = match subject {
            ir::Type::Bits { width, signed } => Ty::Bits { width, signed },
            ir::Type::Bool => Ty::Bool,
        };
        let operand = self.expr(label, Some(&expected));
        match operand {
            Operand::Const(value, Ty::Enum(_)) => Some(value),
            Operand::Const(value, ty) => match self.convert(Operand::Const(value, ty), &expected, label.span) {
                Some(Operand::Const(value, _)) => Some(value),
                _ => None,
            },
            Operand::Unknown => None,
            _ => {
                self.error(Diagnostic::error("E0115", "switch labels must be constants").primary(label.span, "not a constant"));
                None
            }
        }
    }

    // ----- local declarations -----

    pub fn local_declaration(&mut self, declaration: &'a ast::Declaration) {
        match &declaration.kind {
            DeclarationKind::Variable { ty, name, init } => {
                let resolved = self.checker.resolve_type(ty);
                let Some(reference) = self.new_variable(&format!("{}.{}", self.scope_name, name.name), &resolved, ty.span) else {
                    if let Some(init) = init {
                        self.expr(init, None);
                    }
                    self.bind_failed(name);
                    return;
                };
                if let Some(init) = init {
                    self.store(reference.clone(), init, name.span);
                }
                self.bind(name, reference);
            }
            DeclarationKind::Constant { ty, name, value } => {
                let resolved = self.checker.resolve_type(ty);
                match self.constant(value, &resolved) {
                    Some(constant) if resolved != Ty::Unknown => self.bind(name, Ref::Const(constant, resolved)),
                    _ => self.bind_failed(name),
                }
            }
            DeclarationKind::Instantiation(instance) => self.instantiate(instance),
            DeclarationKind::Action(action) => {
                let qualified = format!("{}.{}", self.scope_name, action.name.name);
                self.checker.actions.push(super::globals::ActionEntry { decl: action, qualified, id: None });
                let index = self.checker.actions.len() - 1;
                self.bind(&action.name, Ref::Action(index));
            }
            DeclarationKind::Table(table) => self.declare_table(table, &declaration.annotations),
            // The grammar allows no other declarations in bodies.
            _ => self.error(
                Diagnostic::error("E9999", "internal compiler error: unexpected local declaration")
                    .primary(declaration.span, "the grammar does not allow this here")
                    .note("this is a bug in flowmark; please report it with the program"),
            ),
        }
    }

    /// Bind a name whose declaration failed (see [`Ref::Failed`]); it counts as used.
    pub fn bind_failed(&mut self, name: &ast::Ident) {
        self.checker.used.insert(super::use_key(name.span));
        self.bind(name, Ref::Failed);
    }

    pub fn bind(&mut self, name: &ast::Ident, reference: Ref) {
        if let Some(previous) = self.scopes.insert(&name.name, reference, name.span) {
            // The first declaration is shadowed: it is part of this error, not "unused".
            self.checker.used.insert(super::use_key(previous));
            self.error(
                Diagnostic::error("E0101", format!("`{}` is declared more than once", name.name))
                    .primary(name.span, "declared again here")
                    .secondary(previous, "first declared here"),
            );
        }
    }

    /// Create variables for a value of type `ty` (a struct becomes one variable per field).
    pub fn new_variable(&mut self, name: &str, ty: &Ty, span: Span) -> Option<Ref> {
        self.new_variable_of_kind(name, ty, span, ir::VarKind::Local)
    }

    pub fn new_variable_of_kind(&mut self, name: &str, ty: &Ty, span: Span, kind: ir::VarKind) -> Option<Ref> {
        match ty {
            Ty::Struct(index) if !self.checker.types.structs[*index].is_header => {
                let fields = self.checker.types.structs[*index].fields.clone();
                let mut refs = Vec::new();
                for (field, field_ty, _) in fields {
                    refs.push(self.new_variable_of_kind(&format!("{name}.{field}"), &field_ty, span, kind)?);
                }
                Some(Ref::Struct(*index, refs))
            }
            Ty::Unknown => None,
            other => match self.checker.types.scalar(other) {
                Some(scalar) => {
                    let var = self.checker.module.variables.push(ir::Variable { name: name.to_string(), ty: scalar, kind });
                    Some(Ref::Var(var, other.clone(), Access::ReadWrite))
                }
                None => {
                    let described = self.describe(other);
                    self.error(
                        Diagnostic::error("E0157", format!("variables of type {described} are not supported"))
                            .primary(span, "unsupported variable type")
                            .note("headers exist only as views of the packet, declared in the headers struct"),
                    );
                    None
                }
            },
        }
    }

    // ----- calls -----

    pub fn call(&mut self, expr: &'a ast::Expr, callee: &'a ast::Expr, type_args: &'a [ast::TypeRef], args: &'a [ast::Argument]) -> Operand {
        let result = self.call_inner(expr, callee, type_args, args);
        if let Operand::Unknown = result {
            // A failed call may not have looked at all its arguments: what they name is not unused.
            for value in args.iter().filter_map(|a| a.value.as_ref()) {
                self.mark_used(value);
            }
        }
        result
    }

    fn call_inner(&mut self, expr: &'a ast::Expr, callee: &'a ast::Expr, type_args: &'a [ast::TypeRef], args: &'a [ast::Argument]) -> Operand {
        let span = expr.span;
        match &callee.kind {
            ExprKind::Member { base, member } => {
                if let ExprKind::Name(packet) = &base.kind {
                    let undeclared = self.scopes.lookup_entry(&packet.name).is_none() && !self.checker.globals.contains_key(&packet.name);
                    if undeclared && !self.in_parser && matches!(member.name.as_str(), "extract" | "advance" | "lookahead") {
                        self.error(
                            Diagnostic::error("E0159", format!("`{}.{}` can only be used in a parser", packet.name, member.name))
                                .primary(span, "not in a parser")
                                .note("the control has no `packet_in` parameter: headers are extracted by the parser"),
                        );
                        return Operand::Unknown;
                    }
                }
                let Some(base_ref) = self.path(base) else { return Operand::Unknown };
                self.method(base_ref, member, type_args, args, span)
            }
            ExprKind::Name(ident) => {
                if let Some((Ref::Action(index), declared)) = self.scopes.lookup_entry(&ident.name) {
                    self.checker.used.insert(super::use_key(declared));
                    return self.call_action(index, args, span);
                }
                match self.checker.globals.get(&ident.name).map(|(g, _)| g.clone()) {
                    Some(Global::Action(index)) => {
                        self.checker.used.insert(ident.name.clone());
                        self.call_action(index, args, span)
                    }
                    Some(Global::ExternFunction) => self.extern_function(ident, args, span),
                    _ => {
                        let found = self.name(ident);
                        if let Some(found) = found {
                            let mut diagnostic = Diagnostic::error("E0168", format!("`{}` is not callable", ident.name))
                                .primary(ident.span, "not a function or action");
                            if let Ref::Table(_) = found {
                                diagnostic = diagnostic.help(format!("apply a table with `{}.apply()`", ident.name));
                            }
                            self.error(diagnostic);
                        }
                        Operand::Unknown
                    }
                }
            }
            _ => {
                self.error(Diagnostic::error("E0168", "this cannot be called").primary(callee.span, "not a function or method"));
                Operand::Unknown
            }
        }
    }

    pub(super) fn expect_args(&mut self, args: &'a [ast::Argument], count: usize, what: &str, span: Span) -> Option<Vec<&'a ast::Expr>> {
        if args.len() != count {
            self.error(
                Diagnostic::error("E0160", format!("{what} takes {}, {} given", super::plural(count, "argument"), args.len()))
                    .primary(span, "wrong number of arguments"),
            );
            return None;
        }
        let mut out = Vec::new();
        for arg in args {
            match &arg.value {
                Some(value) => out.push(value),
                None => {
                    self.error(Diagnostic::error("E0133", "`_` is not allowed here").primary(arg.span, "don't-care argument"));
                    return None;
                }
            }
        }
        Some(out)
    }

    fn method(&mut self, base: Ref, member: &'a ast::Ident, type_args: &'a [ast::TypeRef], args: &'a [ast::Argument], span: Span) -> Operand {
        let name = member.name.as_str();
        match (&base, name) {
            (Ref::Header(header, _), "isValid") => {
                self.expect_args(args, 0, "isValid()", span);
                let result = self.new_value(ir::Type::Bool);
                self.emit(Inst::IsValid { result, header: *header }, span);
                Operand::Value(result, Ty::Bool)
            }
            (Ref::Header(header, _), "setValid" | "setInvalid") => {
                self.expect_args(args, 0, name, span);
                self.emit(Inst::SetValid { header: *header, valid: name == "setValid" }, span);
                Operand::Const(0, Ty::Void)
            }
            (Ref::Packet, _) => self.packet_method(member, type_args, args, span),
            (Ref::Table(table), "apply") => {
                if self.in_parser {
                    self.error(Diagnostic::error("E0159", "tables cannot be applied in a parser").primary(span, "table apply"));
                    return Operand::Unknown;
                }
                if let Some(&action) = self.inlining.last() {
                    let decl = self.checker.actions[action].decl;
                    self.error(
                        Diagnostic::error("E0204", "a table cannot be applied inside an action")
                            .primary(span, format!("applied in action `{}`", decl.name.name))
                            .secondary(decl.name.span, "action declared here")
                            .help("apply the table in the control's `apply` block instead"),
                    );
                    return Operand::Unknown;
                }
                self.expect_args(args, 0, "apply()", span);
                self.apply_table(*table, span)
            }
            (Ref::Instance(instance), _) => self.instance_method(instance.clone(), member, args, span),
            (Ref::Stack(..), "push_front" | "pop_front") => {
                self.error(
                    Diagnostic::error("E0169", format!("`{name}` is not supported"))
                        .primary(member.span, "header insertion or removal")
                        .note("headers are views of the packet in flowmark"),
                );
                Operand::Unknown
            }
            _ => {
                let methods: &[&str] = match base {
                    Ref::Header(..) => &["isValid", "setValid", "setInvalid"],
                    Ref::Table(_) => &["apply"],
                    _ => &[],
                };
                let diagnostic = Diagnostic::error("E0170", format!("no method `{name}` here")).primary(member.span, "unknown method");
                self.error(super::names::did_you_mean(diagnostic, name, methods));
                Operand::Unknown
            }
        }
    }

}
