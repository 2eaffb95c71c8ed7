//! Expressions: name resolution, P4's typing rules (untyped literals adapt to the other operand, no
//! implicit width or sign changes between `bit<N>` types, bool is not a number), constant folding, and
//! lowering to IR instructions. Statements and calls build on this in `control` and `parser`.

use super::builder::FunctionBuilder;
use super::globals::{Checker, Global};
use super::types::Ty;
use super::{Access, Ref, Scopes};
use crate::ir::{self, eval, BinaryOp as IrBinary, Inst, UnaryOp as IrUnary};
use flowmark_grammar::ast::{self, BinaryOp, ExprKind, UnaryOp};
use flowmark_grammar::{Diagnostic, Span};

/// The result of lowering an expression.
#[derive(Clone, Debug)]
pub(crate) enum Operand {
    Value(ir::Value, Ty),
    Const(u128, Ty),
    /// Something that is not a scalar value: a header, struct, table, extern instance...
    Agg(Ref),
    /// The result of `t.apply()`.
    Apply { hit: ir::Value, action: ir::Value, table: ir::TableId },
    /// `t.apply().action_run`: the id of the action that ran (only `switch` takes it).
    ActionRun(ir::Value, ir::TableId),
    /// After an error was reported.
    Unknown,
}

/// Lowers one body (parser, control, or a scratch body for constants) into a function.
#[derive(Debug)]
pub(crate) struct Lowerer<'c, 'a> {
    pub checker: &'c mut Checker<'a>,
    pub builder: FunctionBuilder,
    pub scopes: Scopes,
    /// Where `return` goes: `None` ends the control; inside an inlined action, the action's exit.
    pub return_targets: Vec<Option<ir::Block>>,
    /// In the parser: the `.next` index of every header stack in the state being unrolled.
    pub stack_next: Option<Vec<u32>>,
    /// `pipe` while lowering the control (qualifies table and extern names).
    pub scope_name: String,
    /// Whether the body is the parser (extract etc. allowed) or the control.
    pub in_parser: bool,
    /// True while lowering a compile-time constant: no instructions may be emitted.
    pub constant_mode: bool,
    /// Set when a `.next`/`.last` in the current parser state is statically out of bounds.
    pub stack_out_of_bounds: bool,
}

impl<'c, 'a> Lowerer<'c, 'a> {
    pub fn new(checker: &'c mut Checker<'a>, name: &str) -> Self {
        Lowerer {
            checker,
            builder: FunctionBuilder::new(name),
            scopes: Scopes::default(),
            return_targets: vec![],
            stack_next: None,
            scope_name: name.to_string(),
            in_parser: false,
            constant_mode: false,
            stack_out_of_bounds: false,
        }
    }

    /// A lowerer for compile-time constants outside any body.
    pub fn scratch(checker: &'c mut Checker<'a>) -> Self {
        let mut lowerer = Lowerer::new(checker, "");
        lowerer.constant_mode = true;
        lowerer
    }

    pub fn error(&mut self, diagnostic: Diagnostic) {
        self.checker.error(diagnostic);
    }

    pub fn describe(&self, ty: &Ty) -> String {
        self.checker.types.describe(ty)
    }

    /// Evaluate `expr` as a compile-time constant converted to `expected`.
    pub fn constant(&mut self, expr: &'a ast::Expr, expected: &Ty) -> Option<u128> {
        let saved = self.constant_mode;
        self.constant_mode = true;
        let operand = self.expr(expr, Some(expected));
        self.constant_mode = saved;
        match operand {
            Operand::Unknown => None,
            Operand::Const(value, ty) => {
                if *expected == Ty::InfInt || matches!(expected, Ty::Unknown) {
                    return Some(value);
                }
                match self.convert(Operand::Const(value, ty), expected, expr.span)? {
                    Operand::Const(value, _) => Some(value),
                    _ => None,
                }
            }
            _ => {
                self.error(
                    Diagnostic::error("E0115", "expected a compile-time constant")
                        .primary(expr.span, "this is computed at run time"),
                );
                None
            }
        }
    }

    // ----- emitting -----

    pub fn emit(&mut self, inst: Inst, span: Span) {
        self.builder.push(inst, span);
    }

    pub fn new_value(&mut self, ty: ir::Type) -> ir::Value {
        self.builder.value(ty)
    }

    fn scalar_of(&mut self, ty: &Ty, span: Span) -> Option<ir::Type> {
        match self.checker.types.scalar(ty) {
            Some(scalar) => Some(scalar),
            None => {
                if !matches!(ty, Ty::Unknown) {
                    let described = self.describe(ty);
                    self.error(
                        Diagnostic::error("E0116", format!("expected a scalar value, found {described}"))
                            .primary(span, "not a bit<N>, int<N>, bool, enum or error value"),
                    );
                }
                None
            }
        }
    }

    /// Turn an operand into an IR value (constants become `Const` instructions).
    pub fn materialize(&mut self, operand: Operand, span: Span) -> Option<(ir::Value, Ty)> {
        match operand {
            Operand::Value(value, ty) => Some((value, ty)),
            Operand::Const(value, Ty::InfInt) => {
                self.error(
                    Diagnostic::error("E0117", "cannot infer the width of this integer literal")
                        .primary(span, "width unknown")
                        .help(format!("give it a width, for example `32w{}`", value as i128)),
                );
                None
            }
            Operand::Const(value, ty) => {
                let scalar = self.scalar_of(&ty, span)?;
                let result = self.new_value(scalar);
                self.emit(Inst::Const { result, value: eval::normalize(value, scalar) }, span);
                Some((result, ty))
            }
            Operand::Apply { .. } | Operand::ActionRun(..) | Operand::Agg(_) => {
                self.error(
                    Diagnostic::error("E0116", "expected a scalar value")
                        .primary(span, "this is not a bit<N>, int<N>, bool, enum or error value"),
                );
                None
            }
            Operand::Unknown => None,
        }
    }

    /// Lower `expr` to a scalar IR value of type `expected` (implicit conversions applied).
    pub fn value_of(&mut self, expr: &'a ast::Expr, expected: &Ty) -> Option<ir::Value> {
        let operand = self.expr(expr, Some(expected));
        let converted = self.convert(operand, expected, expr.span)?;
        self.materialize(converted, expr.span).map(|(value, _)| value)
    }

    /// Lower `expr` to any scalar value.
    pub fn any_value(&mut self, expr: &'a ast::Expr) -> Option<(ir::Value, Ty)> {
        let operand = self.expr(expr, None);
        self.materialize(operand, expr.span)
    }

    /// P4's implicit conversion for assignment and arguments: an untyped literal takes the target
    /// type if it fits; otherwise the types must be equal.
    pub fn convert(&mut self, operand: Operand, target: &Ty, span: Span) -> Option<Operand> {
        let actual = match &operand {
            Operand::Value(_, ty) | Operand::Const(_, ty) => ty.clone(),
            Operand::Unknown => return None,
            Operand::Agg(Ref::Struct(index, _)) | Operand::Agg(Ref::Header(_, index)) => Ty::Struct(*index),
            Operand::Agg(_) | Operand::Apply { .. } | Operand::ActionRun(..) => {
                self.error(
                    Diagnostic::error("E0116", "expected a value")
                        .primary(span, format!("expected {}", self.describe(target))),
                );
                return None;
            }
        };
        if matches!(target, Ty::Unknown) || actual == *target {
            return Some(operand);
        }
        if let (Operand::Const(value, Ty::InfInt), Ty::Bits { width, signed }) = (&operand, target) {
            let value = *value;
            let negative = (value as i128) < 0;
            let fits = if negative {
                (value as i128) >= -(1i128 << (*width - 1).min(126))
            } else {
                value <= ir::mask(*width) || (*signed && value <= ir::mask(*width - 1))
            };
            if !fits {
                self.error(
                    Diagnostic::error("E0118", format!("{} does not fit in {}", value as i128, self.describe(target)))
                        .primary(span, format!("needs more than {width} bits")),
                );
                return None;
            }
            return Some(Operand::Const(value & ir::mask(*width), target.clone()));
        }
        let message = format!("expected {}, found {}", self.describe(target), self.describe(&actual));
        let mut diagnostic = Diagnostic::error("E0119", "mismatched types").primary(span, message);
        if let (Ty::Bits { .. }, Ty::Bits { .. }) = (&actual, target) {
            diagnostic = diagnostic.help(format!("cast explicitly: `({}) ...`", self.describe(target)));
        }
        if matches!((&actual, target), (Ty::Bool, Ty::Bits { .. }) | (Ty::Bits { .. }, Ty::Bool)) {
            diagnostic = diagnostic.note("bool and bit<1> are different types in P4");
        }
        self.error(diagnostic);
        None
    }

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
                let saved = self.constant_mode;
                self.constant_mode = true;
                let operand = self.expr(index, Some(&Ty::bits(32)));
                self.constant_mode = saved;
                let Operand::Const(i, _) = operand else {
                    if !matches!(operand, Operand::Unknown) {
                        self.error(
                            Diagnostic::error("E0121", "a header stack index must be a compile-time constant")
                                .primary(index.span, "computed at run time"),
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
            return Some(found);
        }
        self.checker.used.insert(ident.name.clone());
        match self.checker.globals.get(&ident.name).map(|(g, _)| g.clone()) {
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
                let mut diagnostic = Diagnostic::error("E0125", format!("cannot find `{}` in this scope", ident.name))
                    .primary(ident.span, "not found");
                if let Some(suggestion) = self.suggest(&ident.name) {
                    diagnostic = diagnostic.help(format!("a similar name exists: `{suggestion}`"));
                }
                self.error(diagnostic);
                None
            }
        }
    }

    fn suggest(&self, name: &str) -> Option<String> {
        let lower = name.to_lowercase();
        let mut candidates: Vec<&String> = self.checker.globals.keys().collect();
        candidates.sort();
        candidates
            .into_iter()
            .find(|candidate| candidate.to_lowercase() == lower || edit_distance(candidate, name) == 1)
            .cloned()
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
                        let enum_name = self.checker.types.enums[index].name.clone();
                        self.error(
                            Diagnostic::error("E0126", format!("enum `{enum_name}` has no member `{name}`"))
                                .primary(member.span, "unknown member"),
                        );
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

    fn not_constant(&mut self, span: Span) -> Operand {
        self.error(
            Diagnostic::error("E0115", "expected a compile-time constant").primary(span, "this is computed at run time"),
        );
        Operand::Unknown
    }

    // ----- expressions -----

    /// Lower an expression. `expected` guides untyped literals only.
    pub fn expr(&mut self, expr: &'a ast::Expr, expected: Option<&Ty>) -> Operand {
        let span = expr.span;
        match &expr.kind {
            ExprKind::Int { value, width: None, .. } => {
                let _ = expected;
                Operand::Const(*value, Ty::InfInt)
            }
            ExprKind::Int { value, width: Some(width), signed } => {
                if *width == 0 || *width > ir::MAX_WIDTH || (*signed && *width < 2) {
                    self.error(
                        Diagnostic::error("E0113", format!("width {width} is out of range"))
                            .primary(span, "literal widths must be 1 to 128 (int: 2 to 128)"),
                    );
                    return Operand::Unknown;
                }
                let fits = if *signed { *value <= ir::mask(*width) } else { *value <= ir::mask(*width) };
                if !fits {
                    self.error(
                        Diagnostic::error("E0118", format!("{} does not fit in {} bits", value, width))
                            .primary(span, "literal too large for its width"),
                    );
                    return Operand::Unknown;
                }
                Operand::Const(*value, Ty::Bits { width: *width, signed: *signed })
            }
            ExprKind::Bool(b) => Operand::Const(*b as u128, Ty::Bool),
            ExprKind::String(_) => {
                self.error(Diagnostic::error("E0130", "strings are only allowed in annotations").primary(span, "string"));
                Operand::Unknown
            }
            ExprKind::ErrorMember(ident) => match self.checker.errors.iter().position(|e| *e == ident.name) {
                Some(index) => Operand::Const(index as u128, Ty::Error),
                None => {
                    self.error(
                        Diagnostic::error("E0131", format!("unknown error `{}`", ident.name))
                            .primary(ident.span, "not declared in an `error { }` declaration"),
                    );
                    Operand::Unknown
                }
            },
            ExprKind::Name(_) | ExprKind::Member { .. } | ExprKind::Index { .. } => {
                // `t.apply().hit` and friends: a member of a call result.
                if let ExprKind::Member { base, member } = &expr.kind {
                    if matches!(base.kind, ExprKind::Call { .. }) {
                        let base_operand = self.expr(base, None);
                        return self.apply_member(base_operand, member);
                    }
                }
                match self.path(expr) {
                    Some(reference) => self.load(reference, span),
                    None => Operand::Unknown,
                }
            }
            ExprKind::Call { callee, type_args, args } => {
                if self.constant_mode {
                    return self.not_constant(span);
                }
                self.call(expr, callee, type_args, args)
            }
            ExprKind::Unary { op, operand } => self.unary(*op, operand, expected, span),
            ExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, expected, span),
            ExprKind::Ternary { cond, then_value, else_value } => self.ternary(cond, then_value, else_value, expected, span),
            ExprKind::Cast { ty, operand } => self.cast(ty, operand, span),
            ExprKind::Slice { base, hi, lo } => self.slice(base, hi, lo, span),
            ExprKind::List(_) | ExprKind::StructInit(_) => {
                self.error(
                    Diagnostic::error("E0132", "a list expression is only allowed as a key or value of an extern call")
                        .primary(span, "list here"),
                );
                Operand::Unknown
            }
            ExprKind::DontCare => {
                self.error(Diagnostic::error("E0133", "`_` is not a value here").primary(span, "don't-care"));
                Operand::Unknown
            }
        }
    }

    fn apply_member(&mut self, base: Operand, member: &ast::Ident) -> Operand {
        match (base, member.name.as_str()) {
            (Operand::Apply { hit, .. }, "hit") => Operand::Value(hit, Ty::Bool),
            (Operand::Apply { hit, .. }, "miss") => {
                let result = self.new_value(ir::Type::Bool);
                self.emit(Inst::Unary { result, op: IrUnary::Not, arg: hit }, member.span);
                Operand::Value(result, Ty::Bool)
            }
            (Operand::Apply { action, table, .. }, "action_run") => Operand::ActionRun(action, table),
            (Operand::Unknown, _) => Operand::Unknown,
            (_, name) => {
                self.error(
                    Diagnostic::error("E0127", format!("no member `{name}` on this call's result"))
                        .primary(member.span, "unknown member")
                        .note("a table apply result has `.hit`, `.miss` and `.action_run`"),
                );
                Operand::Unknown
            }
        }
    }

    fn unary(&mut self, op: UnaryOp, operand: &'a ast::Expr, expected: Option<&Ty>, span: Span) -> Operand {
        let inner = self.expr(operand, expected);
        let ty = match &inner {
            Operand::Value(_, ty) | Operand::Const(_, ty) => ty.clone(),
            Operand::Unknown => return Operand::Unknown,
            _ => {
                self.materialize(inner, operand.span);
                return Operand::Unknown;
            }
        };
        let (ir_op, ok) = match op {
            UnaryOp::Not => (IrUnary::Not, ty == Ty::Bool),
            UnaryOp::Complement => (IrUnary::Complement, matches!(ty, Ty::Bits { .. })),
            UnaryOp::Negate => (IrUnary::Negate, matches!(ty, Ty::Bits { .. } | Ty::InfInt)),
            UnaryOp::Plus => return if matches!(ty, Ty::Bits { .. } | Ty::InfInt) { inner } else { Operand::Unknown },
        };
        if !ok {
            let described = self.describe(&ty);
            let symbol = match op {
                UnaryOp::Not => "!",
                UnaryOp::Complement => "~",
                _ => "-",
            };
            let mut diagnostic = Diagnostic::error("E0134", format!("`{symbol}` cannot be applied to {described}"))
                .primary(operand.span, format!("this is {described}"));
            if op == UnaryOp::Not {
                diagnostic = diagnostic.help("use `~` for bitwise complement, or compare with 0");
            }
            self.error(diagnostic);
            return Operand::Unknown;
        }
        if let Operand::Const(value, ty) = &inner {
            if *ty == Ty::InfInt {
                return match op {
                    UnaryOp::Negate => Operand::Const((*value as i128).wrapping_neg() as u128, Ty::InfInt),
                    _ => {
                        self.error(
                            Diagnostic::error("E0117", "cannot complement an integer literal of unknown width")
                                .primary(span, "width unknown")
                                .help("give the literal a width, e.g. `~8w0`"),
                        );
                        Operand::Unknown
                    }
                };
            }
            let scalar = self.checker.types.scalar(ty).unwrap_or(ir::Type::Bool);
            return Operand::Const(eval::unary(ir_op, scalar, *value), ty.clone());
        }
        if self.width_limit(&ty, operand.span) {
            return Operand::Unknown;
        }
        let Some((arg, _)) = self.materialize(inner, operand.span) else { return Operand::Unknown };
        let scalar = self.checker.types.scalar(&ty).unwrap_or(ir::Type::Bool);
        let result = self.new_value(scalar);
        self.emit(Inst::Unary { result, op: ir_op, arg }, span);
        Operand::Value(result, ty)
    }

    /// Reports arithmetic on more than 64 bits; returns true if it did.
    fn width_limit(&mut self, ty: &Ty, span: Span) -> bool {
        if let Ty::Bits { width, .. } = ty {
            if *width > ir::MAX_ARITH_WIDTH {
                let described = self.describe(ty);
                self.error(
                    Diagnostic::error("E0135", format!("arithmetic on {described} is not supported"))
                        .primary(span, format!("{width} bits wide"))
                        .note("values wider than 64 bits can only be copied, compared with == and !=, matched, sliced and concatenated"),
                );
                return true;
            }
        }
        false
    }

    fn binary(&mut self, op: BinaryOp, lhs: &'a ast::Expr, rhs: &'a ast::Expr, expected: Option<&Ty>, span: Span) -> Operand {
        match op {
            BinaryOp::And | BinaryOp::Or => return self.logical(op, lhs, rhs, span),
            BinaryOp::Concat => return self.concat(lhs, rhs, span),
            BinaryOp::Shl | BinaryOp::Shr => return self.shift(op, lhs, rhs, expected, span),
            _ => {}
        }
        let comparison = matches!(op, BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge);
        let operand_hint = if comparison { None } else { expected };
        let mut left = self.expr(lhs, operand_hint);
        let left_ty = operand_type(&left);
        let mut right = self.expr(rhs, left_ty.as_ref().filter(|t| **t != Ty::InfInt).or(operand_hint));
        let right_ty = operand_type(&right);
        let (Some(left_ty), Some(right_ty)) = (left_ty, right_ty) else {
            if let Operand::Agg(_) | Operand::Apply { .. } = left {
                self.materialize(left, lhs.span);
            }
            if let Operand::Agg(_) | Operand::Apply { .. } = right {
                self.materialize(right, rhs.span);
            }
            return Operand::Unknown;
        };
        // Unify: a literal adapts to the other side.
        let ty = if left_ty == Ty::InfInt && right_ty != Ty::InfInt {
            match self.convert(left, &right_ty, lhs.span) {
                Some(converted) => left = converted,
                None => return Operand::Unknown,
            }
            right_ty.clone()
        } else if right_ty == Ty::InfInt && left_ty != Ty::InfInt {
            match self.convert(right, &left_ty, rhs.span) {
                Some(converted) => right = converted,
                None => return Operand::Unknown,
            }
            left_ty.clone()
        } else if left_ty != right_ty {
            let (l, r) = (self.describe(&left_ty), self.describe(&right_ty));
            let mut diagnostic = Diagnostic::error("E0136", format!("`{}` between {l} and {r}", op.symbol()))
                .primary(span, "operand types differ")
                .secondary(lhs.span, l.clone())
                .secondary(rhs.span, r.clone());
            if matches!((&left_ty, &right_ty), (Ty::Bits { .. }, Ty::Bits { .. })) {
                diagnostic = diagnostic.help("P4 never widens implicitly: cast one side, e.g. `(bit<32>) x`");
            }
            self.error(diagnostic);
            return Operand::Unknown;
        } else {
            left_ty.clone()
        };
        // Which types the operator accepts.
        let allowed = match op {
            BinaryOp::Eq | BinaryOp::Ne => !matches!(ty, Ty::Unknown),
            _ => matches!(ty, Ty::Bits { .. } | Ty::InfInt),
        };
        if !allowed {
            let described = self.describe(&ty);
            self.error(
                Diagnostic::error("E0137", format!("`{}` cannot be applied to {described}", op.symbol()))
                    .primary(span, format!("operands are {described}")),
            );
            return Operand::Unknown;
        }
        let signed = matches!(ty, Ty::Bits { signed: true, .. });
        if matches!(op, BinaryOp::Div | BinaryOp::Mod) && signed {
            self.error(
                Diagnostic::error("E0138", format!("`{}` is only defined on unsigned values", op.symbol()))
                    .primary(span, "signed operands"),
            );
            return Operand::Unknown;
        }
        let ir_op = match op {
            BinaryOp::Mul => IrBinary::Mul,
            BinaryOp::Div => IrBinary::Div,
            BinaryOp::Mod => IrBinary::Mod,
            BinaryOp::Add => IrBinary::Add,
            BinaryOp::Sub => IrBinary::Sub,
            BinaryOp::AddSat => IrBinary::AddSat,
            BinaryOp::SubSat => IrBinary::SubSat,
            BinaryOp::Le => IrBinary::Le,
            BinaryOp::Ge => IrBinary::Ge,
            BinaryOp::Lt => IrBinary::Lt,
            BinaryOp::Gt => IrBinary::Gt,
            BinaryOp::Eq => IrBinary::Eq,
            BinaryOp::Ne => IrBinary::Ne,
            BinaryOp::BitAnd => IrBinary::And,
            BinaryOp::BitXor => IrBinary::Xor,
            BinaryOp::BitOr => IrBinary::Or,
            _ => return Operand::Unknown,
        };
        let result_ty = if comparison { Ty::Bool } else { ty.clone() };
        // Fold constants.
        if let (Operand::Const(a, _), Operand::Const(b, _)) = (&left, &right) {
            if ty == Ty::InfInt {
                return fold_infint(ir_op, *a, *b).map_or(Operand::Unknown, |v| {
                    Operand::Const(v, if comparison { Ty::Bool } else { Ty::InfInt })
                });
            }
            let scalar = self.checker.types.scalar(&ty).unwrap_or(ir::Type::Bool);
            if matches!(op, BinaryOp::Div | BinaryOp::Mod) && *b == 0 {
                self.error(Diagnostic::error("E0139", "division by zero").primary(rhs.span, "this is zero"));
                return Operand::Unknown;
            }
            return Operand::Const(eval::binary(ir_op, scalar, *a, *b), result_ty);
        }
        if ty == Ty::InfInt {
            return Operand::Unknown;
        }
        if !matches!(op, BinaryOp::Eq | BinaryOp::Ne) && self.width_limit(&ty, span) {
            return Operand::Unknown;
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Mod) {
            if let Operand::Const(0, _) = right {
                self.error(Diagnostic::error("E0139", "division by zero").primary(rhs.span, "this is zero"));
                return Operand::Unknown;
            }
        }
        let Some((a, _)) = self.materialize(left, lhs.span) else { return Operand::Unknown };
        let Some((b, _)) = self.materialize(right, rhs.span) else { return Operand::Unknown };
        let scalar = self.checker.types.scalar(&result_ty).unwrap_or(ir::Type::Bool);
        let result = self.new_value(scalar);
        self.emit(Inst::Binary { result, op: ir_op, lhs: a, rhs: b }, span);
        Operand::Value(result, result_ty)
    }

    fn logical(&mut self, op: BinaryOp, lhs: &'a ast::Expr, rhs: &'a ast::Expr, span: Span) -> Operand {
        let left = self.expr(lhs, Some(&Ty::Bool));
        let right = self.expr(rhs, Some(&Ty::Bool));
        for (operand, side) in [(&left, lhs), (&right, rhs)] {
            if let Some(ty) = operand_type(operand) {
                if ty != Ty::Bool {
                    let described = self.describe(&ty);
                    self.error(
                        Diagnostic::error("E0140", format!("`{}` needs bool operands, found {described}", op.symbol()))
                            .primary(side.span, format!("this is {described}"))
                            .help("compare with 0 to get a bool: `x != 0`"),
                    );
                    return Operand::Unknown;
                }
            }
        }
        let ir_op = if op == BinaryOp::And { IrBinary::LogicalAnd } else { IrBinary::LogicalOr };
        if let (Operand::Const(a, _), Operand::Const(b, _)) = (&left, &right) {
            return Operand::Const(eval::binary(ir_op, ir::Type::Bool, *a, *b), Ty::Bool);
        }
        let Some((a, _)) = self.materialize(left, lhs.span) else { return Operand::Unknown };
        let Some((b, _)) = self.materialize(right, rhs.span) else { return Operand::Unknown };
        let result = self.new_value(ir::Type::Bool);
        self.emit(Inst::Binary { result, op: ir_op, lhs: a, rhs: b }, span);
        Operand::Value(result, Ty::Bool)
    }

    fn shift(&mut self, op: BinaryOp, lhs: &'a ast::Expr, rhs: &'a ast::Expr, expected: Option<&Ty>, span: Span) -> Operand {
        let left = self.expr(lhs, expected);
        let right = self.expr(rhs, None);
        let (Some(left_ty), Some(right_ty)) = (operand_type(&left), operand_type(&right)) else {
            return Operand::Unknown;
        };
        if !matches!(left_ty, Ty::Bits { .. } | Ty::InfInt) {
            let described = self.describe(&left_ty);
            self.error(
                Diagnostic::error("E0137", format!("`{}` cannot be applied to {described}", op.symbol()))
                    .primary(lhs.span, format!("this is {described}")),
            );
            return Operand::Unknown;
        }
        let amount_ok = match (&right, &right_ty) {
            (_, Ty::Bits { signed: false, .. }) => true,
            (Operand::Const(v, Ty::InfInt), _) => (*v as i128) >= 0,
            _ => false,
        };
        if !amount_ok {
            self.error(
                Diagnostic::error("E0141", "a shift amount must be unsigned")
                    .primary(rhs.span, "signed or negative shift amount"),
            );
            return Operand::Unknown;
        }
        let ir_op = if op == BinaryOp::Shl { IrBinary::Shl } else { IrBinary::Shr };
        if left_ty == Ty::InfInt {
            if let (Operand::Const(a, _), Operand::Const(b, _)) = (&left, &right) {
                let shifted = if ir_op == IrBinary::Shl {
                    (*a as i128).checked_shl((*b).min(127) as u32).unwrap_or(0) as u128
                } else {
                    ((*a as i128) >> (*b).min(127)) as u128
                };
                return Operand::Const(shifted, Ty::InfInt);
            }
            self.error(
                Diagnostic::error("E0117", "cannot shift an integer literal of unknown width by a run-time amount")
                    .primary(lhs.span, "width unknown")
                    .help("give the literal a width, e.g. `32w1 << n`"),
            );
            return Operand::Unknown;
        }
        if let (Operand::Const(a, _), Operand::Const(b, _)) = (&left, &right) {
            let scalar = self.checker.types.scalar(&left_ty).unwrap_or(ir::Type::Bool);
            return Operand::Const(eval::binary(ir_op, scalar, *a, *b), left_ty);
        }
        if self.width_limit(&left_ty, span) {
            return Operand::Unknown;
        }
        let right = match right {
            Operand::Const(v, Ty::InfInt) => Operand::Const(v.min(255), Ty::bits(8)),
            other => other,
        };
        let Some((a, _)) = self.materialize(left, lhs.span) else { return Operand::Unknown };
        let Some((b, _)) = self.materialize(right, rhs.span) else { return Operand::Unknown };
        let scalar = self.checker.types.scalar(&left_ty).unwrap_or(ir::Type::Bool);
        let result = self.new_value(scalar);
        self.emit(Inst::Binary { result, op: ir_op, lhs: a, rhs: b }, span);
        Operand::Value(result, left_ty)
    }

    fn concat(&mut self, lhs: &'a ast::Expr, rhs: &'a ast::Expr, span: Span) -> Operand {
        let left = self.expr(lhs, None);
        let right = self.expr(rhs, None);
        let (Some(Ty::Bits { width: lw, signed }), Some(Ty::Bits { width: rw, .. })) =
            (operand_type(&left), operand_type(&right))
        else {
            if operand_type(&left).is_some() && operand_type(&right).is_some() {
                self.error(
                    Diagnostic::error("E0142", "`++` needs two bit<N> or int<N> operands with known widths")
                        .primary(span, "cannot concatenate these")
                        .help("give integer literals a width, e.g. `8w0 ++ x`"),
                );
            }
            return Operand::Unknown;
        };
        let width = lw + rw;
        if width > ir::MAX_WIDTH {
            self.error(
                Diagnostic::error("E0113", format!("concatenation is {width} bits wide"))
                    .primary(span, "wider than 128 bits"),
            );
            return Operand::Unknown;
        }
        let ty = Ty::Bits { width, signed };
        if let (Operand::Const(a, _), Operand::Const(b, _)) = (&left, &right) {
            return Operand::Const(eval::concat(*a, *b, rw), ty);
        }
        let Some((hi, _)) = self.materialize(left, lhs.span) else { return Operand::Unknown };
        let Some((lo, _)) = self.materialize(right, rhs.span) else { return Operand::Unknown };
        let result = self.new_value(ir::Type::Bits { width, signed });
        self.emit(Inst::Concat { result, hi, lo }, span);
        Operand::Value(result, ty)
    }

    fn ternary(&mut self, cond: &'a ast::Expr, a: &'a ast::Expr, b: &'a ast::Expr, expected: Option<&Ty>, span: Span) -> Operand {
        let condition = self.expr(cond, Some(&Ty::Bool));
        if let Some(ty) = operand_type(&condition) {
            if ty != Ty::Bool {
                let described = self.describe(&ty);
                self.error(
                    Diagnostic::error("E0143", format!("a condition must be bool, found {described}"))
                        .primary(cond.span, "not a bool"),
                );
                return Operand::Unknown;
            }
        }
        let first = self.expr(a, expected);
        let first_ty = operand_type(&first);
        let hint = first_ty.clone().filter(|t| *t != Ty::InfInt);
        let second = self.expr(b, hint.as_ref().or(expected));
        let Some(first_ty) = first_ty else { return Operand::Unknown };
        let Some(second_ty) = operand_type(&second) else { return Operand::Unknown };
        let ty = if first_ty == Ty::InfInt { second_ty.clone() } else { first_ty.clone() };
        let ty = if ty == Ty::InfInt { expected.cloned().unwrap_or(Ty::InfInt) } else { ty };
        if let Operand::Const(c, _) = condition {
            let chosen = if c != 0 { first } else { second };
            return self.convert(chosen, &ty, span).unwrap_or(Operand::Unknown);
        }
        let Some(first) = self.convert(first, &ty, a.span) else { return Operand::Unknown };
        let Some(second) = self.convert(second, &ty, b.span) else { return Operand::Unknown };
        let Some((c, _)) = self.materialize(condition, cond.span) else { return Operand::Unknown };
        let Some((x, _)) = self.materialize(first, a.span) else { return Operand::Unknown };
        let Some((y, _)) = self.materialize(second, b.span) else { return Operand::Unknown };
        let scalar = self.checker.types.scalar(&ty).unwrap_or(ir::Type::Bool);
        let result = self.new_value(scalar);
        self.emit(Inst::Select { result, cond: c, if_true: x, if_false: y }, span);
        Operand::Value(result, ty)
    }

    fn cast(&mut self, ty: &'a ast::TypeRef, operand: &'a ast::Expr, span: Span) -> Operand {
        let target = self.checker.resolve_type(ty);
        let inner = self.expr(operand, Some(&target));
        let Some(source) = operand_type(&inner) else { return Operand::Unknown };
        let allowed = match (&source, &target) {
            (_, Ty::Unknown) | (Ty::Unknown, _) => return Operand::Unknown,
            (Ty::InfInt, Ty::Bits { .. }) | (Ty::InfInt, Ty::Bool) => true,
            (Ty::Bits { .. }, Ty::Bits { .. }) => true,
            (Ty::Bits { width: 1, signed: false }, Ty::Bool) | (Ty::Bool, Ty::Bits { width: 1, signed: false }) => true,
            (Ty::Bool, Ty::Bool) => true,
            (Ty::Enum(e), Ty::Bits { .. }) => self.checker.types.enums[*e].underlying.is_some(),
            (Ty::Bits { .. }, Ty::Enum(e)) => self.checker.types.enums[*e].underlying.is_some(),
            _ => false,
        };
        if !allowed {
            let (from, to) = (self.describe(&source), self.describe(&target));
            self.error(
                Diagnostic::error("E0144", format!("cannot cast {from} to {to}"))
                    .primary(span, "invalid cast")
                    .note("casts convert between bit<N>/int<N> widths, bit<1> and bool, and serializable enums and their type"),
            );
            return Operand::Unknown;
        }
        let Some(target_scalar) = self.checker.types.scalar(&target) else { return Operand::Unknown };
        match inner {
            Operand::Const(value, Ty::InfInt) => {
                let value = if target == Ty::Bool { (value != 0) as u128 } else { value & target_scalar.mask() };
                Operand::Const(value, target)
            }
            Operand::Const(value, from) => {
                let from_scalar = self.checker.types.scalar(&from).unwrap_or(ir::Type::Bool);
                Operand::Const(eval::cast(value, from_scalar, target_scalar), target)
            }
            other => {
                let Some((arg, from)) = self.materialize(other, operand.span) else { return Operand::Unknown };
                if self.checker.types.scalar(&from) == Some(target_scalar) {
                    return Operand::Value(arg, target);
                }
                let result = self.new_value(target_scalar);
                self.emit(Inst::Cast { result, arg }, span);
                Operand::Value(result, target)
            }
        }
    }

    fn slice(&mut self, base: &'a ast::Expr, hi: &'a ast::Expr, lo: &'a ast::Expr, span: Span) -> Operand {
        let inner = self.expr(base, None);
        let hi_value = self.constant(hi, &Ty::InfInt);
        let lo_value = self.constant(lo, &Ty::InfInt);
        let Some(Ty::Bits { width, .. }) = operand_type(&inner) else {
            if let Some(ty) = operand_type(&inner) {
                let described = self.describe(&ty);
                self.error(
                    Diagnostic::error("E0145", format!("cannot slice {described}"))
                        .primary(base.span, "slices need a bit<N> or int<N> value"),
                );
            }
            return Operand::Unknown;
        };
        let (Some(h), Some(l)) = (hi_value, lo_value) else { return Operand::Unknown };
        if l > h || h >= width as u128 {
            self.error(
                Diagnostic::error("E0146", format!("slice [{h}:{l}] is out of range for a {width}-bit value"))
                    .primary(span, format!("bits must satisfy {} >= hi >= lo >= 0", width - 1)),
            );
            return Operand::Unknown;
        }
        let (h, l) = (h as u16, l as u16);
        let ty = Ty::bits(h - l + 1);
        if let Operand::Const(value, _) = inner {
            return Operand::Const(eval::slice(value, h, l), ty);
        }
        let Some((arg, _)) = self.materialize(inner, base.span) else { return Operand::Unknown };
        let result = self.new_value(ir::Type::bits(h - l + 1));
        self.emit(Inst::Slice { result, arg, hi: h, lo: l }, span);
        Operand::Value(result, ty)
    }

    /// Flatten a key or value argument (struct ref, list, struct initializer, scalar) into scalar
    /// values matching `layout`.
    pub fn flatten_argument(&mut self, expr: &'a ast::Expr, layout: &[(String, Ty)], what: &str) -> Option<Vec<ir::Value>> {
        let parts: Vec<Operand> = match &expr.kind {
            ExprKind::List(items) => {
                if items.len() != layout.len() {
                    self.error(
                        Diagnostic::error("E0147", format!("{what} has {} fields, this list has {}", layout.len(), items.len()))
                            .primary(expr.span, "wrong number of fields"),
                    );
                    return None;
                }
                items.iter().zip(layout).map(|(item, (_, ty))| self.expr(item, Some(ty))).collect()
            }
            ExprKind::StructInit(fields) => {
                let mut parts = Vec::new();
                for (name, ty) in layout {
                    match fields.iter().find(|(n, _)| n.name == *name) {
                        Some((_, value)) => parts.push(self.expr(value, Some(ty))),
                        None => {
                            self.error(
                                Diagnostic::error("E0147", format!("{what} needs field `{name}`"))
                                    .primary(expr.span, "missing field"),
                            );
                            return None;
                        }
                    }
                }
                parts
            }
            _ => {
                let operand = self.expr(expr, None);
                match operand {
                    Operand::Agg(reference @ Ref::Struct(..)) => {
                        let mut leaves = Vec::new();
                        flatten_ref(&reference, &mut leaves);
                        if leaves.len() != layout.len() {
                            self.error(
                                Diagnostic::error("E0147", format!("{what} has {} fields, this struct has {}", layout.len(), leaves.len()))
                                    .primary(expr.span, "wrong struct type"),
                            );
                            return None;
                        }
                        leaves.into_iter().map(|leaf| self.load(leaf, expr.span)).collect()
                    }
                    Operand::Unknown => return None,
                    scalar if layout.len() == 1 => vec![scalar],
                    _ => {
                        self.error(
                            Diagnostic::error("E0147", format!("{what} must be a struct value or a list `{{ a, b }}`"))
                                .primary(expr.span, "not a struct"),
                        );
                        return None;
                    }
                }
            }
        };
        let mut values = Vec::new();
        for (part, (_, ty)) in parts.into_iter().zip(layout) {
            let converted = self.convert(part, ty, expr.span)?;
            values.push(self.materialize(converted, expr.span)?.0);
        }
        Some(values)
    }
}

/// The type of a scalar operand.
pub(crate) fn operand_type(operand: &Operand) -> Option<Ty> {
    match operand {
        Operand::Value(_, ty) | Operand::Const(_, ty) => Some(ty.clone()),
        _ => None,
    }
}

/// Scalar leaves of a struct ref in field order.
pub(crate) fn flatten_ref(reference: &Ref, out: &mut Vec<Ref>) {
    match reference {
        Ref::Struct(_, fields) => fields.iter().for_each(|field| flatten_ref(field, out)),
        other => out.push(other.clone()),
    }
}

fn fold_infint(op: IrBinary, a: u128, b: u128) -> Option<u128> {
    let (x, y) = (a as i128, b as i128);
    Some(match op {
        IrBinary::Add => x.wrapping_add(y) as u128,
        IrBinary::Sub => x.wrapping_sub(y) as u128,
        IrBinary::Mul => x.wrapping_mul(y) as u128,
        IrBinary::Div => x.checked_div(y)? as u128,
        IrBinary::Mod => x.checked_rem(y)? as u128,
        IrBinary::And => (x & y) as u128,
        IrBinary::Or => (x | y) as u128,
        IrBinary::Xor => (x ^ y) as u128,
        IrBinary::Eq => (x == y) as u128,
        IrBinary::Ne => (x != y) as u128,
        IrBinary::Lt => (x < y) as u128,
        IrBinary::Le => (x <= y) as u128,
        IrBinary::Gt => (x > y) as u128,
        IrBinary::Ge => (x >= y) as u128,
        _ => return None,
    })
}

fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = if ca == cb { 0 } else { 1 };
            current.push((previous[j] + cost).min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

impl Access {
    pub fn writable(self) -> bool {
        self == Access::ReadWrite
    }
}
