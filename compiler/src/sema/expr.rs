//! Expressions: name resolution, P4's typing rules (untyped literals adapt to the other operand, no
//! implicit width or sign changes between `bit<N>` types, bool is not a number), constant folding, and
//! lowering to IR instructions. Statements and calls build on this in `control` and `parser`.

use super::builder::FunctionBuilder;
use super::globals::Checker;
use super::types::Ty;
use super::{Access, Ref, Scopes};
use crate::ir::{self, eval, Inst, UnaryOp as IrUnary};
use flowmark_grammar::ast::{self, ExprKind};
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
    /// The actions being inlined, innermost last (recursion is an error; tables cannot be applied).
    pub inlining: Vec<usize>,
    /// Declarations in blocks and parser states (for unused-variable warnings).
    pub block_declarations: Vec<&'a ast::Declaration>,
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
            inlining: vec![],
            block_declarations: vec![],
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
                        .primary(span, format!("needs more than {}", super::plural(*width as usize, "bit"))),
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
                // Signed literals too: the value is the bit pattern (`8s255` is -1).
                let fits = *value <= ir::mask(*width);
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
                    let diagnostic = Diagnostic::error("E0131", format!("unknown error `{}`", ident.name))
                        .primary(ident.span, "not declared in an `error { }` declaration");
                    let diagnostic = super::names::did_you_mean(diagnostic, &ident.name, &self.checker.errors);
                    self.error(diagnostic);
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

    /// Flatten a key or value argument (struct ref, list, struct initializer, scalar) into scalar
    /// values matching `layout`.
    pub fn flatten_argument(&mut self, expr: &'a ast::Expr, layout: &[(String, Ty)], what: &str) -> Option<Vec<ir::Value>> {
        let parts: Vec<Operand> = match &expr.kind {
            ExprKind::List(items) => {
                if items.len() != layout.len() {
                    self.error(
                        Diagnostic::error("E0147", format!("{what} has {}, this list has {}", super::plural(layout.len(), "field"), items.len()))
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
                                Diagnostic::error("E0147", format!("{what} has {}, this struct has {}", super::plural(layout.len(), "field"), leaves.len()))
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

impl Access {
    pub fn writable(self) -> bool {
        self == Access::ReadWrite
    }
}
