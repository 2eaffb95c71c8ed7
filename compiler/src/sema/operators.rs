//! Operators: P4's typing rules for unary, binary, logical, shift, concatenation, ternary, cast and
//! slice expressions (untyped literals adapt to the other operand, no implicit width or sign
//! changes, bool is not a number), constant folding through `ir::eval`, and their lowering.

use super::expr::{operand_type, Lowerer, Operand};
use super::types::Ty;
use crate::ir::{self, eval, BinaryOp as IrBinary, Inst, UnaryOp as IrUnary};
use flowmark_grammar::ast::{self, BinaryOp, UnaryOp};
use flowmark_grammar::{Diagnostic, Span};

impl<'c, 'a> Lowerer<'c, 'a> {

    pub(super) fn unary(&mut self, op: UnaryOp, operand: &'a ast::Expr, expected: Option<&Ty>, span: Span) -> Operand {
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
            // `+x` is `x`, for numbers only.
            UnaryOp::Plus => (IrUnary::Negate, matches!(ty, Ty::Bits { .. } | Ty::InfInt)),
        };
        if op == UnaryOp::Plus && ok {
            return inner;
        }
        if !ok {
            let described = self.describe(&ty);
            let symbol = match op {
                UnaryOp::Not => "!",
                UnaryOp::Complement => "~",
                UnaryOp::Plus => "+",
                UnaryOp::Negate => "-",
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

    /// Where the operator of `lhs op rhs` is written (the whole expression if it cannot be found,
    /// e.g. when an operand comes from a macro).
    fn operator_span(&self, op: BinaryOp, lhs: &ast::Expr, rhs: &ast::Expr) -> Span {
        let whole = lhs.span.to(rhs.span);
        if lhs.span.file != rhs.span.file || lhs.span.end > rhs.span.start {
            return whole;
        }
        let between = Span { start: lhs.span.end, end: rhs.span.start, ..lhs.span };
        match self.checker.sources.snippet(between).find(op.symbol()) {
            Some(offset) => {
                let start = between.start + offset as u32;
                Span { start, end: start + op.symbol().len() as u32, ..between }
            }
            None => whole,
        }
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

    pub(super) fn binary(&mut self, op: BinaryOp, lhs: &'a ast::Expr, rhs: &'a ast::Expr, expected: Option<&Ty>, span: Span) -> Operand {
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
                .primary(self.operator_span(op, lhs, rhs), "operand types differ")
                .secondary(lhs.span, l.clone())
                .secondary(rhs.span, r.clone());
            if let (Ty::Bits { width: lw, .. }, Ty::Bits { width: rw, .. }) = (&left_ty, &right_ty) {
                let wider = if lw > rw { &l } else { &r };
                diagnostic = diagnostic.help(format!("P4 never widens implicitly: cast the narrower side, e.g. `({wider}) x`"));
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
        if matches!(op, BinaryOp::Div | BinaryOp::Mod) && matches!(right, Operand::Const(0, _)) {
            self.error(Diagnostic::error("E0139", "division by zero").primary(rhs.span, "this is zero"));
            return Operand::Unknown;
        }
        // Fold constants.
        if let (Operand::Const(a, _), Operand::Const(b, _)) = (&left, &right) {
            if ty == Ty::InfInt {
                return fold_infint(ir_op, *a, *b).map_or(Operand::Unknown, |v| {
                    Operand::Const(v, if comparison { Ty::Bool } else { Ty::InfInt })
                });
            }
            let scalar = self.checker.types.scalar(&ty).unwrap_or(ir::Type::Bool);
            return Operand::Const(eval::binary(ir_op, scalar, *a, *b), result_ty);
        }
        if ty == Ty::InfInt {
            return Operand::Unknown;
        }
        if !matches!(op, BinaryOp::Eq | BinaryOp::Ne) && self.width_limit(&ty, span) {
            return Operand::Unknown;
        }
        let Some((a, _)) = self.materialize(left, lhs.span) else { return Operand::Unknown };
        let Some((b, _)) = self.materialize(right, rhs.span) else { return Operand::Unknown };
        let scalar = self.checker.types.scalar(&result_ty).unwrap_or(ir::Type::Bool);
        let result = self.new_value(scalar);
        self.emit(Inst::Binary { result, op: ir_op, lhs: a, rhs: b }, span);
        Operand::Value(result, result_ty)
    }

    fn logical(&mut self, op: BinaryOp, lhs: &'a ast::Expr, rhs: &'a ast::Expr, span: Span) -> Operand {
        if !self.constant_mode && contains_call(rhs) {
            return self.short_circuit(op, lhs, rhs, span);
        }
        let left = self.expr(lhs, Some(&Ty::Bool));
        let right = self.expr(rhs, Some(&Ty::Bool));
        let mut ok = true;
        for (operand, side) in [(&left, lhs), (&right, rhs)] {
            if let Some(ty) = operand_type(operand) {
                if ty != Ty::Bool {
                    let described = self.describe(&ty);
                    self.error(
                        Diagnostic::error("E0140", format!("`{}` needs bool operands, found {described}", op.symbol()))
                            .primary(side.span, format!("this is {described}"))
                            .help("compare with 0 to get a bool: `x != 0`"),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            return Operand::Unknown;
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

    /// `a && b` / `a || b` whose right side has effects (a table apply, an extern call): P4
    /// evaluates the right side only when the left side does not decide the result, so lower it
    /// with a branch and a local variable.
    fn short_circuit(&mut self, op: BinaryOp, lhs: &'a ast::Expr, rhs: &'a ast::Expr, span: Span) -> Operand {
        let left = self.expr(lhs, Some(&Ty::Bool));
        if let Some(ty) = operand_type(&left) {
            if ty != Ty::Bool {
                let described = self.describe(&ty);
                self.error(
                    Diagnostic::error("E0140", format!("`{}` needs bool operands, found {described}", op.symbol()))
                        .primary(lhs.span, format!("this is {described}"))
                        .help("compare with 0 to get a bool: `x != 0`"),
                );
                return Operand::Unknown;
            }
        }
        let Some((a, _)) = self.materialize(left, lhs.span) else { return Operand::Unknown };
        let name = format!("{}.$logical{}", self.scope_name, self.checker.module.variables.len());
        let var = self.checker.module.variables.push(ir::Variable { name, ty: ir::Type::Bool, kind: ir::VarKind::Local });
        self.emit(Inst::WriteVar { var, value: a }, lhs.span);
        let right_block = self.builder.new_block(None);
        let join = self.builder.new_block(None);
        let (if_true, if_false) = if op == BinaryOp::And { (right_block, join) } else { (join, right_block) };
        self.builder.terminate(ir::Terminator::Branch { cond: a, if_true, if_false }, lhs.span);
        self.builder.switch_to(right_block);
        let right = self.expr(rhs, Some(&Ty::Bool));
        match operand_type(&right) {
            Some(Ty::Bool) => {
                if let Some((b, _)) = self.materialize(right, rhs.span) {
                    self.emit(Inst::WriteVar { var, value: b }, rhs.span);
                }
            }
            Some(ty) => {
                let described = self.describe(&ty);
                self.error(
                    Diagnostic::error("E0140", format!("`{}` needs bool operands, found {described}", op.symbol()))
                        .primary(rhs.span, format!("this is {described}"))
                        .help("compare with 0 to get a bool: `x != 0`"),
                );
            }
            None => {}
        }
        self.builder.jump(join, span);
        self.builder.switch_to(join);
        let result = self.new_value(ir::Type::Bool);
        self.emit(Inst::ReadVar { result, var }, span);
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

    pub(super) fn ternary(&mut self, cond: &'a ast::Expr, a: &'a ast::Expr, b: &'a ast::Expr, expected: Option<&Ty>, span: Span) -> Operand {
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

    pub(super) fn cast(&mut self, ty: &'a ast::TypeRef, operand: &'a ast::Expr, span: Span) -> Operand {
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

    pub(super) fn slice(&mut self, base: &'a ast::Expr, hi: &'a ast::Expr, lo: &'a ast::Expr, span: Span) -> Operand {
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
            let described = operand_type(&inner).map_or_else(|| format!("bit<{width}>"), |ty| self.describe(&ty));
            self.error(
                Diagnostic::error("E0146", format!("slice [{h}:{l}] is out of range for {described}"))
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

}

fn fold_infint(op: IrBinary, a: u128, b: u128) -> Option<u128> {
    let (x, y) = (a as i128, b as i128);
    Some(match op {
        IrBinary::Add => x.wrapping_add(y) as u128,
        IrBinary::Sub => x.wrapping_sub(y) as u128,
        IrBinary::Mul => x.wrapping_mul(y) as u128,
        IrBinary::Div if y != 0 => x.wrapping_div(y) as u128,
        IrBinary::Mod if y != 0 => x.wrapping_rem(y) as u128,
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

/// Whether evaluating `expr` may have effects (it contains a call).
fn contains_call(expr: &ast::Expr) -> bool {
    use ast::ExprKind as K;
    match &expr.kind {
        K::Call { .. } => true,
        K::Member { base, .. } => contains_call(base),
        K::Index { base, index } => contains_call(base) || contains_call(index),
        K::Slice { base, .. } => contains_call(base),
        K::Unary { operand, .. } | K::Cast { operand, .. } => contains_call(operand),
        K::Binary { lhs, rhs, .. } => contains_call(lhs) || contains_call(rhs),
        K::Ternary { cond, then_value, else_value } => contains_call(cond) || contains_call(then_value) || contains_call(else_value),
        K::List(items) => items.iter().any(contains_call),
        K::StructInit(fields) => fields.iter().any(|(_, e)| contains_call(e)),
        _ => false,
    }
}
