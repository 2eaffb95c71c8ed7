//! Controls: statements, action inlining, tables (keys, actions, defaults, const entries) and the
//! architecture's externs (`Hint`, `Map`, `Counter`, `CounterArray`, hash, time, checksums). Parser
//! states reuse the statement lowering here, minus what parsers may not contain.

use super::expr::{operand_type, Lowerer, Operand};
use super::globals::Global;
use super::types::Ty;
use super::{Access, Ref};
use crate::ir::{self, Inst, Terminator};
use flowmark_grammar::ast::{self, DeclarationKind, ExprKind, StatementKind, TypeRefKind};
use flowmark_grammar::{Diagnostic, Span};

/// Extern types flowmark implements (declared by the built-in include files).
pub(crate) const KNOWN_EXTERN_TYPES: &[&str] =
    &["packet_in", "packet_out", "CounterArray", "array_table", "hash_table", "Hint", "Map", "Counter"];
/// Extern functions flowmark implements.
pub(crate) const KNOWN_EXTERN_FUNCTIONS: &[&str] =
    &["verify", "hash", "timestamp_ns", "random", "ipv4_checksum_update", "l4_checksum_replace"];

/// An extern instance declared in the control.
#[derive(Clone, Debug)]
pub(crate) enum InstanceRef {
    Hint(ir::HintId, Vec<(String, Ty)>),
    Map(ir::MapId, Vec<(String, Ty)>, Vec<(String, Ty)>, super::types::StructIndex),
    Counter(ir::CounterId, ir::CounterKind),
}

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
            StatementKind::Call(expr) => {
                let result = self.expr(expr, None);
                if let Operand::Apply { .. } | Operand::Unknown | Operand::Const(_, Ty::Void) = result {
                } else if !matches!(expr.kind, ExprKind::Call { .. }) {
                    self.error(Diagnostic::error("E0148", "this expression does nothing").primary(span, "not a call"));
                }
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
            StatementKind::Declaration(declaration) => self.local_declaration(declaration),
        }
    }

    fn assign(&mut self, lhs: &'a ast::Expr, rhs: &'a ast::Expr) {
        let Some(target) = self.path(lhs) else {
            self.expr(rhs, None);
            return;
        };
        self.store(target, rhs, lhs.span);
    }

    /// Store the value of `rhs` into `target`.
    pub fn store(&mut self, target: Ref, rhs: &'a ast::Expr, lhs_span: Span) {
        match target {
            Ref::Var(var, ty, access) => {
                if !access.writable() {
                    let name = self.checker.module.variables[var].name.clone();
                    self.error(
                        Diagnostic::error("E0150", format!("cannot assign to `{name}`"))
                            .primary(lhs_span, "read-only")
                            .note("`in` parameters and architecture inputs cannot be written"),
                    );
                    self.expr(rhs, None);
                    return;
                }
                if let Some(value) = self.value_of(rhs, &ty) {
                    self.emit(Inst::WriteVar { var, value }, lhs_span.to(rhs.span));
                }
            }
            Ref::Field(header, field, ty) => {
                if let Some(value) = self.value_of(rhs, &ty) {
                    self.emit(Inst::WriteField { header, field, value }, lhs_span.to(rhs.span));
                }
            }
            Ref::Struct(index, _) => {
                let layout = self.checker.types.flatten(&Ty::Struct(index));
                let mut leaves = Vec::new();
                super::expr::flatten_ref(&target, &mut leaves);
                let name = self.checker.types.structs[index].name.clone();
                if let Some(values) = self.flatten_argument(rhs, &layout, &format!("struct `{name}`")) {
                    for (leaf, value) in leaves.into_iter().zip(values) {
                        self.store_value(leaf, value, lhs_span);
                    }
                }
            }
            Ref::Value(..) | Ref::Const(..) => {
                self.error(
                    Diagnostic::error("E0150", "cannot assign to a constant or an action parameter")
                        .primary(lhs_span, "read-only")
                        .help("copy it into a local variable first"),
                );
            }
            Ref::Header(..) | Ref::Stack(..) => {
                self.error(
                    Diagnostic::error("E0151", "assigning whole headers or stacks is not supported")
                        .primary(lhs_span, "whole header")
                        .note("headers are views of the packet in flowmark; assign their fields instead"),
                );
            }
            _ => {
                self.error(Diagnostic::error("E0123", "cannot assign to this").primary(lhs_span, "not a location"));
            }
        }
    }

    fn store_value(&mut self, leaf: Ref, value: ir::Value, span: Span) {
        match leaf {
            Ref::Var(var, _, _) => self.emit(Inst::WriteVar { var, value }, span),
            Ref::Field(header, field, _) => self.emit(Inst::WriteField { header, field, value }, span),
            _ => self.error(Diagnostic::error("E0150", "cannot assign to this field").primary(span, "read-only")),
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
                Some((value, ty)) if matches!(ty, Ty::Bits { .. } | Ty::Enum(_)) => (value, None),
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
        let mut pending: Vec<(Option<u128>, Span)> = Vec::new();
        let mut bodies: Vec<(ir::Block, &'a ast::Block)> = Vec::new();
        for case in cases {
            let label = match &case.label {
                None => None,
                Some(label) => match self.switch_label(label, table, subject_ty) {
                    Some(v) => Some(v),
                    None => continue,
                },
            };
            pending.push((label, case.span));
            if let Some(body) = &case.body {
                let block = self.builder.new_block(None);
                for (label, label_span) in pending.drain(..) {
                    match label {
                        Some(v) if arms.iter().any(|(existing, _)| *existing == v) => self.error(
                            Diagnostic::error("E0153", "duplicate switch label").primary(label_span, "already handled above"),
                        ),
                        Some(v) => arms.push((v, block)),
                        None if default.is_some() => self.error(
                            Diagnostic::error("E0153", "duplicate `default` label").primary(label_span, "second default"),
                        ),
                        None => default = Some(block),
                    }
                }
                bodies.push((block, body));
            }
        }
        if let Some((_, label_span)) = pending.first() {
            self.error(
                Diagnostic::error("E0154", "the last switch label has no body")
                    .primary(*label_span, "falls through to nothing")
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
                    let table_name = self.checker.module.tables[table].name.clone();
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
                    return;
                };
                if let Some(init) = init {
                    self.store(reference.clone(), init, name.span);
                }
                self.bind(name, reference);
            }
            DeclarationKind::Constant { ty, name, value } => {
                let resolved = self.checker.resolve_type(ty);
                let constant = self.constant(value, &resolved).unwrap_or(0);
                self.bind(name, Ref::Const(constant, resolved));
            }
            DeclarationKind::Instantiation(instance) => self.instantiate(instance),
            DeclarationKind::Action(action) => {
                let qualified = format!("{}.{}", self.scope_name, action.name.name);
                self.checker.actions.push(super::globals::ActionEntry { decl: action, qualified, id: None });
                let index = self.checker.actions.len() - 1;
                self.bind(&action.name, Ref::Action(index));
            }
            DeclarationKind::Table(table) => self.declare_table(table),
            _ => self.error(
                Diagnostic::error("E0156", "this declaration is not allowed here")
                    .primary(declaration.span, "only variables, constants, actions, tables and extern instances"),
            ),
        }
    }

    pub fn bind(&mut self, name: &ast::Ident, reference: Ref) {
        if let Some(previous) = self.scopes.insert(&name.name, reference, name.span) {
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

    // ----- actions -----

    /// The IR id of action `index`, creating it on first use.
    pub fn action_id(&mut self, index: usize, span: Span) -> Option<ir::ActionId> {
        if let Some(id) = self.checker.actions[index].id {
            return Some(id);
        }
        let decl = self.checker.actions[index].decl;
        let mut params = Vec::new();
        for param in &decl.params {
            let ty = self.checker.resolve_type(&param.ty);
            if param.direction != ast::Direction::None {
                self.error(
                    Diagnostic::error("E0158", format!("action `{}` has a directional parameter and cannot be used in a table", decl.name.name))
                        .primary(param.span, "directional parameter")
                        .secondary(span, "used in a table here")
                        .note("table actions take only directionless (action data) parameters"),
                );
                return None;
            }
            let Some(scalar) = self.checker.types.scalar(&ty) else {
                if !matches!(ty, Ty::Unknown) {
                    self.error(Diagnostic::error("E0116", "action data must be scalar").primary(param.ty.span, "not a scalar"));
                }
                return None;
            };
            params.push(ir::ActionParam { name: param.name.name.clone(), ty: scalar });
        }
        let id = self.checker.module.actions.push(ir::Action {
            name: self.checker.actions[index].qualified.clone(),
            params,
            span: decl.name.span,
        });
        self.checker.actions[index].id = Some(id);
        Some(id)
    }

    /// Inline the body of action `index` with parameters already bound in a new scope by `bind_params`.
    fn inline_action(&mut self, index: usize, bindings: Vec<(&'a ast::Ident, Ref)>, span: Span) {
        let decl = self.checker.actions[index].decl;
        let exit = self.builder.new_block(None);
        self.scopes.push();
        for (name, reference) in bindings {
            self.scopes.insert(&name.name, reference, name.span);
        }
        self.return_targets.push(Some(exit));
        let saved_scope = std::mem::replace(&mut self.scope_name, self.checker.actions[index].qualified.clone());
        self.block(&decl.body);
        self.scope_name = saved_scope;
        self.return_targets.pop();
        self.scopes.pop();
        self.builder.jump(exit, span);
        self.builder.switch_to(exit);
    }

    /// A direct call `a(args)` in a control body.
    fn call_action(&mut self, index: usize, args: &'a [ast::Argument], span: Span) -> Operand {
        if self.in_parser {
            self.error(Diagnostic::error("E0159", "actions cannot be called from a parser").primary(span, "action call"));
            return Operand::Unknown;
        }
        let decl = self.checker.actions[index].decl;
        if args.len() != decl.params.len() {
            self.error(
                Diagnostic::error("E0160", format!("action `{}` takes {} arguments, {} given", decl.name.name, decl.params.len(), args.len()))
                    .primary(span, "wrong number of arguments")
                    .secondary(decl.name.span, "action declared here"),
            );
            return Operand::Unknown;
        }
        let mut bindings = Vec::new();
        for (param, arg) in decl.params.iter().zip(args) {
            let ty = self.checker.resolve_type(&param.ty);
            let Some(value_expr) = &arg.value else { continue };
            let reference = match param.direction {
                ast::Direction::Out | ast::Direction::InOut => match self.path(value_expr) {
                    Some(r @ (Ref::Var(_, _, Access::ReadWrite) | Ref::Field(..) | Ref::Struct(..))) => r,
                    Some(_) => {
                        self.error(
                            Diagnostic::error("E0161", "an `out` or `inout` argument must be a writable location")
                                .primary(value_expr.span, "not writable"),
                        );
                        continue;
                    }
                    None => continue,
                },
                _ => match self.expr(value_expr, Some(&ty)) {
                    Operand::Const(value, actual) => match self.convert(Operand::Const(value, actual), &ty, value_expr.span) {
                        Some(Operand::Const(value, ty)) => Ref::Const(value, ty),
                        _ => continue,
                    },
                    operand => match self.convert(operand, &ty, value_expr.span).and_then(|o| self.materialize(o, value_expr.span)) {
                        Some((value, ty)) => Ref::Value(value, ty),
                        None => continue,
                    },
                },
            };
            bindings.push((&param.name, reference));
        }
        self.inline_action(index, bindings, span);
        Operand::Const(0, Ty::Void)
    }

    // ----- tables -----

    fn declare_table(&mut self, decl: &'a ast::TableDecl) {
        let table = super::tables::lower_table(self, decl);
        if let Some((id, keys)) = table {
            self.checker.table_keys.insert(id, keys);
            self.bind(&decl.name, Ref::Table(id));
        }
    }

    fn apply_table(&mut self, table: ir::TableId, span: Span) -> Operand {
        let key_exprs = self.checker.table_keys.get(&table).cloned().unwrap_or_default();
        let key_types: Vec<ir::Type> = self.checker.module.tables[table].keys.iter().map(|k| k.ty).collect();
        let mut keys = Vec::new();
        for (expr, ty) in key_exprs.iter().zip(key_types) {
            let expected = match ty {
                ir::Type::Bits { width, signed } => Ty::Bits { width, signed },
                ir::Type::Bool => Ty::Bool,
            };
            let operand = self.expr(expr, Some(&expected));
            let operand = match operand {
                Operand::Value(v, Ty::Enum(_)) | Operand::Value(v, Ty::Error) => Operand::Value(v, expected.clone()),
                Operand::Const(c, Ty::Enum(_)) | Operand::Const(c, Ty::Error) => Operand::Const(c, expected.clone()),
                other => other,
            };
            let Some(value) = self.convert(operand, &expected, expr.span).and_then(|o| self.materialize(o, expr.span)) else {
                return Operand::Unknown;
            };
            keys.push(value.0);
        }
        let hit = self.new_value(ir::Type::Bool);
        let action = self.new_value(ir::Type::bits(32));
        let actions = self.checker.module.tables[table].actions.clone();
        let mut params = Vec::new();
        for &a in &actions {
            for param in self.checker.module.actions[a].params.clone() {
                params.push(self.new_value(param.ty));
            }
        }
        self.emit(Inst::TableApply { table, keys, hit, action, params: params.clone() }, span);
        // Dispatch to the inlined action bodies.
        let join = self.builder.new_block(None);
        let mut cases = Vec::new();
        let mut bodies = Vec::new();
        for &a in &actions {
            let block = self.builder.new_block(Some(format!("{}", self.checker.module.actions[a].name)));
            cases.push((cranelift_entity::EntityRef::index(a) as u128, block));
            bodies.push((a, block));
        }
        self.builder.terminate(Terminator::Switch { value: action, cases, default: join }, span);
        for (a, block) in bodies {
            self.builder.switch_to(block);
            let index = self.checker.actions.iter().position(|entry| entry.id == Some(a));
            if let Some(index) = index {
                let slots = self.checker.module.param_slots(table, a);
                let decl = self.checker.actions[index].decl;
                let mut bindings = Vec::new();
                for (param, slot) in decl.params.iter().zip(slots) {
                    let ty = self.checker.resolve_type(&param.ty);
                    bindings.push((&param.name, Ref::Value(params[slot], ty)));
                }
                self.inline_action(index, bindings, span);
            }
            self.builder.jump(join, span);
        }
        self.builder.switch_to(join);
        Operand::Apply { hit, action, table }
    }

    // ----- extern instances -----

    fn instantiate(&mut self, instance: &'a ast::Instantiation) {
        let TypeRefKind::Named { name: type_name, args: type_args } = &instance.ty.kind else {
            self.error(Diagnostic::error("E0162", "expected an extern type").primary(instance.ty.span, "not an extern"));
            return;
        };
        let qualified = format!("{}.{}", self.scope_name, instance.name.name);
        let span = instance.name.span;
        let reference = match type_name.name.as_str() {
            "Hint" => {
                let Some(key) = self.layout_type_arg(type_args, 0, 1, instance) else { return };
                let Some(size) = self.size_argument(instance, 0, 1) else { return };
                let layout = self.layout(&key, instance.ty.span);
                let id = self.checker.module.hints.push(ir::HintDecl { name: qualified, size, key: layout, span });
                InstanceRef::Hint(id, self.checker.types.flatten(&key))
            }
            "Map" => {
                let Some(key) = self.layout_type_arg(type_args, 0, 2, instance) else { return };
                let Some(value) = self.layout_type_arg(type_args, 1, 2, instance) else { return };
                if instance.args.len() != 2 {
                    self.error(
                        Diagnostic::error("E0163", "`Map` takes a kind and a size: `Map<K, V>(MapKind.HASH, 1024)`")
                            .primary(instance.name.span, "wrong constructor arguments"),
                    );
                    return;
                }
                let kind = match self.expr(&instance.args[0], None) {
                    Operand::Const(v, Ty::Enum(e)) if self.checker.types.enums[e].name == "MapKind" => {
                        match self.checker.types.enums[e].members.get(v as usize).map(|(n, _)| n.as_str()) {
                            Some("ARRAY") => ir::MapKind::Array,
                            Some("LRU") => ir::MapKind::Lru,
                            _ => ir::MapKind::Hash,
                        }
                    }
                    _ => {
                        self.error(
                            Diagnostic::error("E0163", "the first argument of `Map` must be `MapKind.HASH`, `MapKind.ARRAY` or `MapKind.LRU`")
                                .primary(instance.args[0].span, "not a MapKind"),
                        );
                        return;
                    }
                };
                let Some(size) = self.size_argument(instance, 1, 2) else { return };
                let key_layout = self.layout(&key, instance.ty.span);
                let value_layout = self.layout(&value, instance.ty.span);
                if kind == ir::MapKind::Array && !(key_layout.len() == 1 && key_layout[0].ty == ir::Type::bits(32)) {
                    self.error(
                        Diagnostic::error("E0164", "an ARRAY map needs a bit<32> key")
                            .primary(instance.ty.span, "key type is not bit<32>"),
                    );
                    return;
                }
                let Ty::Struct(value_index) = value.clone() else {
                    self.error(Diagnostic::error("E0165", "a Map's value type must be a struct").primary(instance.ty.span, "not a struct"));
                    return;
                };
                let id = self.checker.module.maps.push(ir::MapDecl { name: qualified, kind, size, key: key_layout, value: value_layout, span });
                InstanceRef::Map(id, self.checker.types.flatten(&key), self.checker.types.flatten(&value), value_index)
            }
            "Counter" => {
                let Some(size) = self.size_argument(instance, 0, 1) else { return };
                let id = self.checker.module.counters.push(ir::CounterDecl { name: qualified, kind: ir::CounterKind::PacketsAndBytes, size, span });
                InstanceRef::Counter(id, ir::CounterKind::PacketsAndBytes)
            }
            "CounterArray" => {
                let Some(size) = self.size_argument(instance, 0, 2) else { return };
                let _sparse = self.constant(&instance.args[1], &Ty::Bool);
                let id = self.checker.module.counters.push(ir::CounterDecl { name: qualified, kind: ir::CounterKind::Packets, size, span });
                InstanceRef::Counter(id, ir::CounterKind::Packets)
            }
            other => {
                let known = matches!(self.checker.globals.get(other), Some((Global::ExternType, _)));
                let message = if known {
                    format!("`{other}` cannot be instantiated inside a control")
                } else {
                    format!("unknown extern type `{other}`")
                };
                self.error(Diagnostic::error("E0162", message).primary(type_name.span, "not an instantiable extern"));
                return;
            }
        };
        self.bind(&instance.name, Ref::Instance(reference));
    }

    fn layout_type_arg(&mut self, args: &'a [ast::TypeRef], position: usize, count: usize, instance: &ast::Instantiation) -> Option<Ty> {
        if args.len() != count {
            self.error(
                Diagnostic::error("E0166", format!("this extern takes {count} type argument(s), {} given", args.len()))
                    .primary(instance.ty.span, "wrong number of type arguments"),
            );
            return None;
        }
        let ty = self.checker.resolve_type(&args[position]);
        let ok = match &ty {
            Ty::Struct(index) => !self.checker.types.structs[*index].is_header,
            Ty::Bits { .. } | Ty::Bool => true,
            _ => false,
        };
        if !ok {
            if !matches!(ty, Ty::Unknown) {
                let described = self.describe(&ty);
                self.error(
                    Diagnostic::error("E0166", format!("{described} cannot be a key or value type"))
                        .primary(args[position].span, "use a struct of bit<N> fields"),
                );
            }
            return None;
        }
        Some(ty)
    }

    fn layout(&mut self, ty: &Ty, span: Span) -> Vec<ir::LayoutField> {
        let mut fields = Vec::new();
        for (name, field_ty) in self.checker.types.flatten(ty) {
            match self.checker.types.scalar(&field_ty) {
                Some(scalar) => fields.push(ir::LayoutField { name, ty: scalar }),
                None => self.error(
                    Diagnostic::error("E0166", format!("field `{name}` of a key or value must be scalar"))
                        .primary(span, "not a scalar field"),
                ),
            }
        }
        fields
    }

    fn size_argument(&mut self, instance: &'a ast::Instantiation, position: usize, count: usize) -> Option<u32> {
        if instance.args.len() != count {
            self.error(
                Diagnostic::error("E0163", format!("this extern's constructor takes {count} argument(s), {} given", instance.args.len()))
                    .primary(instance.name.span, "wrong constructor arguments"),
            );
            return None;
        }
        let value = self.constant(&instance.args[position], &Ty::bits(32))?;
        if value == 0 {
            self.error(Diagnostic::error("E0167", "a size must be at least 1").primary(instance.args[position].span, "zero"));
            return None;
        }
        Some(value as u32)
    }

    // ----- calls -----

    pub fn call(&mut self, expr: &'a ast::Expr, callee: &'a ast::Expr, type_args: &'a [ast::TypeRef], args: &'a [ast::Argument]) -> Operand {
        let span = expr.span;
        match &callee.kind {
            ExprKind::Member { base, member } => {
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
                        if self.name(ident).is_some() {
                            self.error(Diagnostic::error("E0168", format!("`{}` is not callable", ident.name)).primary(ident.span, "not a function or action"));
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

    fn expect_args(&mut self, args: &'a [ast::Argument], count: usize, what: &str, span: Span) -> Option<Vec<&'a ast::Expr>> {
        if args.len() != count {
            self.error(
                Diagnostic::error("E0160", format!("{what} takes {count} argument(s), {} given", args.len()))
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
                self.error(
                    Diagnostic::error("E0170", format!("no method `{name}` here"))
                        .primary(member.span, "unknown method"),
                );
                Operand::Unknown
            }
        }
    }

    fn instance_method(&mut self, instance: InstanceRef, member: &'a ast::Ident, args: &'a [ast::Argument], span: Span) -> Operand {
        if self.in_parser {
            self.error(Diagnostic::error("E0159", "extern instances can only be used in the control").primary(span, "in a parser"));
            return Operand::Unknown;
        }
        let name = member.name.as_str();
        match (instance, name) {
            (InstanceRef::Hint(hint, layout), "apply") => {
                let Some(args) = self.expect_args(args, 1, "Hint.apply", span) else { return Operand::Unknown };
                let Some(key) = self.flatten_argument(args[0], &layout, "the hint key") else { return Operand::Unknown };
                let hit = self.new_value(ir::Type::Bool);
                self.emit(Inst::HintApply { hint, key, hit }, span);
                Operand::Value(hit, Ty::Bool)
            }
            (InstanceRef::Map(map, key_layout, _, value_index), "lookup") => {
                let Some(args) = self.expect_args(args, 2, "Map.lookup", span) else { return Operand::Unknown };
                let Some(key) = self.flatten_argument(args[0], &key_layout, "the map key") else { return Operand::Unknown };
                let Some(target) = self.path(args[1]) else { return Operand::Unknown };
                let Ref::Struct(index, _) = &target else {
                    self.error(Diagnostic::error("E0161", "the value argument of `lookup` must be a struct variable").primary(args[1].span, "not a struct variable"));
                    return Operand::Unknown;
                };
                if *index != value_index {
                    let expected = self.checker.types.structs[value_index].name.clone();
                    self.error(Diagnostic::error("E0119", "mismatched types").primary(args[1].span, format!("expected struct {expected}")));
                    return Operand::Unknown;
                }
                let map_value_types: Vec<ir::Type> = self.checker.module.maps[map].value.iter().map(|f| f.ty).collect();
                let found = self.new_value(ir::Type::Bool);
                let values: Vec<ir::Value> = map_value_types.into_iter().map(|ty| self.new_value(ty)).collect();
                self.emit(Inst::MapLookup { map, key, found, values: values.clone() }, span);
                let mut leaves = Vec::new();
                super::expr::flatten_ref(&target, &mut leaves);
                for (leaf, value) in leaves.into_iter().zip(values) {
                    self.store_value(leaf, value, args[1].span);
                }
                Operand::Value(found, Ty::Bool)
            }
            (InstanceRef::Map(map, key_layout, value_layout, _), "update") => {
                let Some(args) = self.expect_args(args, 2, "Map.update", span) else { return Operand::Unknown };
                let Some(key) = self.flatten_argument(args[0], &key_layout, "the map key") else { return Operand::Unknown };
                let Some(values) = self.flatten_argument(args[1], &value_layout, "the map value") else { return Operand::Unknown };
                self.emit(Inst::MapUpdate { map, key, values }, span);
                Operand::Const(0, Ty::Void)
            }
            (InstanceRef::Map(map, key_layout, _, _), "delete") => {
                let Some(args) = self.expect_args(args, 1, "Map.delete", span) else { return Operand::Unknown };
                let Some(key) = self.flatten_argument(args[0], &key_layout, "the map key") else { return Operand::Unknown };
                self.emit(Inst::MapDelete { map, key }, span);
                Operand::Const(0, Ty::Void)
            }
            (InstanceRef::Counter(counter, ir::CounterKind::PacketsAndBytes), "count")
            | (InstanceRef::Counter(counter, ir::CounterKind::Packets), "increment") => {
                let Some(args) = self.expect_args(args, 1, name, span) else { return Operand::Unknown };
                let Some(index) = self.value_of(args[0], &Ty::bits(32)) else { return Operand::Unknown };
                let packets = self.new_value(ir::Type::bits(32));
                self.emit(Inst::Const { result: packets, value: 1 }, span);
                self.emit(Inst::Count { counter, index, packets }, span);
                Operand::Const(0, Ty::Void)
            }
            (InstanceRef::Counter(counter, ir::CounterKind::Packets), "add") => {
                let Some(args) = self.expect_args(args, 2, "add", span) else { return Operand::Unknown };
                let Some(index) = self.value_of(args[0], &Ty::bits(32)) else { return Operand::Unknown };
                let Some(packets) = self.value_of(args[1], &Ty::bits(32)) else { return Operand::Unknown };
                self.emit(Inst::Count { counter, index, packets }, span);
                Operand::Const(0, Ty::Void)
            }
            (_, name) => {
                self.error(Diagnostic::error("E0170", format!("no method `{name}` on this extern")).primary(member.span, "unknown method"));
                Operand::Unknown
            }
        }
    }

    fn extern_function(&mut self, ident: &'a ast::Ident, args: &'a [ast::Argument], span: Span) -> Operand {
        let name = ident.name.as_str();
        let control_only = matches!(name, "hash" | "timestamp_ns" | "random" | "ipv4_checksum_update" | "l4_checksum_replace");
        if control_only && self.in_parser {
            self.error(Diagnostic::error("E0159", format!("`{name}` can only be used in the control")).primary(span, "in a parser"));
            return Operand::Unknown;
        }
        match name {
            "verify" => self.verify(args, span),
            "timestamp_ns" | "random" => {
                self.expect_args(args, 0, name, span);
                let ty = if name == "random" { 32 } else { 64 };
                let result = self.new_value(ir::Type::bits(ty));
                let inst = if name == "random" { Inst::Random { result } } else { Inst::Timestamp { result } };
                self.emit(inst, span);
                Operand::Value(result, Ty::bits(ty))
            }
            "hash" => {
                let Some(args) = self.expect_args(args, 1, "hash", span) else { return Operand::Unknown };
                let values = match &args[0].kind {
                    ExprKind::List(items) => {
                        let mut values = Vec::new();
                        for item in items {
                            match self.any_value(item) {
                                Some((value, _)) => values.push(value),
                                None => return Operand::Unknown,
                            }
                        }
                        values
                    }
                    _ => match self.expr(args[0], None) {
                        Operand::Agg(reference @ Ref::Struct(..)) => {
                            let mut leaves = Vec::new();
                            super::expr::flatten_ref(&reference, &mut leaves);
                            let mut values = Vec::new();
                            for leaf in leaves {
                                let operand = self.load(leaf, args[0].span);
                                match self.materialize(operand, args[0].span) {
                                    Some((value, _)) => values.push(value),
                                    None => return Operand::Unknown,
                                }
                            }
                            values
                        }
                        other => match self.materialize(other, args[0].span) {
                            Some((value, _)) => vec![value],
                            None => return Operand::Unknown,
                        },
                    },
                };
                let result = self.new_value(ir::Type::bits(32));
                self.emit(Inst::Hash { result, args: values }, span);
                Operand::Value(result, Ty::bits(32))
            }
            "ipv4_checksum_update" => {
                let Some(args) = self.expect_args(args, 1, name, span) else { return Operand::Unknown };
                let Some(Ref::Header(header, index)) = self.path(args[0]) else {
                    self.error(Diagnostic::error("E0171", "`ipv4_checksum_update` takes an IPv4 header").primary(args[0].span, "not a header"));
                    return Operand::Unknown;
                };
                let fields = &self.checker.types.structs[index].fields;
                let position = fields
                    .iter()
                    .position(|(f, ty, _)| matches!(f.as_str(), "hdrChecksum" | "checksum" | "hdr_checksum" | "csum") && *ty == Ty::bits(16));
                let Some(position) = position else {
                    self.error(
                        Diagnostic::error("E0171", "this header has no 16-bit checksum field")
                            .primary(args[0].span, "expected a field named `hdrChecksum` or `checksum`"),
                    );
                    return Operand::Unknown;
                };
                self.emit(Inst::Ipv4ChecksumUpdate { header, checksum_field: position as u16 }, span);
                Operand::Const(0, Ty::Void)
            }
            "l4_checksum_replace" => {
                let Some(args) = self.expect_args(args, 3, name, span) else { return Operand::Unknown };
                let Some(Ref::Field(header, field, ty)) = self.path(args[0]) else {
                    self.error(Diagnostic::error("E0171", "the first argument must be a checksum field of a header").primary(args[0].span, "not a header field"));
                    return Operand::Unknown;
                };
                if ty != Ty::bits(16) {
                    self.error(Diagnostic::error("E0171", "a checksum field must be bit<16>").primary(args[0].span, "wrong width"));
                    return Operand::Unknown;
                }
                let Some((old, old_ty)) = self.any_value(args[1]) else { return Operand::Unknown };
                let new = self.value_of(args[2], &old_ty);
                if !matches!(old_ty, Ty::Bits { width: 16 | 32, .. }) {
                    self.error(Diagnostic::error("E0171", "only 16- and 32-bit values can be replaced").primary(args[1].span, "use bit<16> or bit<32>"));
                    return Operand::Unknown;
                }
                let Some(new) = new else { return Operand::Unknown };
                self.emit(Inst::ChecksumReplace { header, field, old, new }, span);
                Operand::Const(0, Ty::Void)
            }
            _ => Operand::Unknown,
        }
    }

    fn verify(&mut self, args: &'a [ast::Argument], span: Span) -> Operand {
        if !self.in_parser {
            self.error(Diagnostic::error("E0159", "`verify` can only be used in a parser").primary(span, "not in a parser"));
            return Operand::Unknown;
        }
        let Some(args) = self.expect_args(args, 2, "verify", span) else { return Operand::Unknown };
        let Some(cond) = self.condition(args[0]) else { return Operand::Unknown };
        let error = match self.expr(args[1], Some(&Ty::Error)) {
            Operand::Const(value, Ty::Error) => value as u32,
            _ => {
                self.error(Diagnostic::error("E0172", "the second argument of `verify` must be an `error.Name`").primary(args[1].span, "not an error constant"));
                return Operand::Unknown;
            }
        };
        let Some((cond, _)) = self.materialize(cond, args[0].span) else { return Operand::Unknown };
        self.emit(Inst::Verify { cond, error }, span);
        Operand::Const(0, Ty::Void)
    }
}
