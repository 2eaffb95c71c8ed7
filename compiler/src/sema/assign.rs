//! Assignments: to variables, header fields and whole structs, and to slices of a variable or
//! field (read, splice the new bits in with slices and concatenations, write back).

use super::expr::Lowerer;
use super::types::Ty;
use super::Ref;
use crate::ir::{self, Inst};
use flowmark_grammar::ast::{self, ExprKind};
use flowmark_grammar::{Diagnostic, Span};

impl<'c, 'a> Lowerer<'c, 'a> {

    pub(super) fn assign(&mut self, lhs: &'a ast::Expr, rhs: &'a ast::Expr) {
        if let ExprKind::Slice { base, hi, lo } = &lhs.kind {
            self.assign_slice(base, hi, lo, rhs, lhs.span);
            return;
        }
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

    /// `x[hi:lo] = rhs` for a variable or header field `x`: read `x`, put the new bits between its
    /// upper and lower parts with slices and concatenations (which work at any width), write it back.
    fn assign_slice(&mut self, base: &'a ast::Expr, hi: &'a ast::Expr, lo: &'a ast::Expr, rhs: &'a ast::Expr, lhs_span: Span) {
        let (h, l) = (self.constant(hi, &Ty::InfInt), self.constant(lo, &Ty::InfInt));
        let (Some(mut h), Some(mut l)) = (h, l) else {
            self.mark_used(base);
            self.expr(rhs, None);
            return;
        };
        // `x[a:b][h:l]` is `x[b+h : b+l]`.
        let mut base = base;
        while let ExprKind::Slice { base: inner, hi, lo } = &base.kind {
            let (Some(ih), Some(il)) = (self.constant(hi, &Ty::InfInt), self.constant(lo, &Ty::InfInt)) else {
                self.mark_used(inner);
                self.expr(rhs, None);
                return;
            };
            if l > h || il > ih || h > ih - il {
                let width = ih.saturating_sub(il) + 1;
                self.error(
                    Diagnostic::error("E0146", format!("slice [{h}:{l}] is out of range for bit<{width}>"))
                        .primary(lhs_span, format!("bits must satisfy {} >= hi >= lo >= 0", width - 1)),
                );
                self.expr(rhs, None);
                return;
            }
            (h, l, base) = (h + il, l + il, inner);
        }
        let Some(target) = self.path(base) else {
            self.expr(rhs, None);
            return;
        };
        let (ty, var_type) = match &target {
            Ref::Var(var, ty, access) => {
                if !access.writable() {
                    let name = self.checker.module.variables[*var].name.clone();
                    self.error(
                        Diagnostic::error("E0150", format!("cannot assign to `{name}`"))
                            .primary(base.span, "read-only")
                            .note("`in` parameters and architecture inputs cannot be written"),
                    );
                    self.expr(rhs, None);
                    return;
                }
                (ty.clone(), Some(self.checker.module.variables[*var].ty))
            }
            Ref::Field(_, _, ty) => (ty.clone(), None),
            _ => {
                self.error(
                    Diagnostic::error("E0145", "only a variable or a header field can be assigned in slices")
                        .primary(base.span, "not a bit<N> variable or field"),
                );
                self.expr(rhs, None);
                return;
            }
        };
        let Ty::Bits { width, signed } = ty else {
            let described = self.describe(&ty);
            self.error(
                Diagnostic::error("E0145", format!("cannot slice {described}"))
                    .primary(base.span, "slices need a bit<N> or int<N> value"),
            );
            self.expr(rhs, None);
            return;
        };
        if l > h || h >= width as u128 {
            let described = self.describe(&ty);
            self.error(
                Diagnostic::error("E0146", format!("slice [{h}:{l}] is out of range for {described}"))
                    .primary(lhs_span, format!("bits must satisfy {} >= hi >= lo >= 0", width - 1)),
            );
            self.expr(rhs, None);
            return;
        }
        let (h, l) = (h as u16, l as u16);
        let Some(value) = self.value_of(rhs, &Ty::bits(h - l + 1)) else { return };
        let span = lhs_span.to(rhs.span);
        let old = self.load(target.clone(), base.span);
        let Some((old, _)) = self.materialize(old, base.span) else { return };
        let full = var_type.unwrap_or(ir::Type::Bits { width, signed });
        let mut acc = value;
        let mut acc_width = h - l + 1;
        if h + 1 < width {
            let upper = self.new_value(ir::Type::bits(width - h - 1));
            self.emit(Inst::Slice { result: upper, arg: old, hi: width - 1, lo: h + 1 }, span);
            acc_width += width - h - 1;
            let ty = if acc_width == width { full } else { ir::Type::bits(acc_width) };
            let result = self.new_value(ty);
            self.emit(Inst::Concat { result, hi: upper, lo: acc }, span);
            acc = result;
        }
        if l > 0 {
            let lower = self.new_value(ir::Type::bits(l));
            self.emit(Inst::Slice { result: lower, arg: old, hi: l - 1, lo: 0 }, span);
            let result = self.new_value(full);
            self.emit(Inst::Concat { result, hi: acc, lo: lower }, span);
            acc = result;
        }
        if self.builder.function.values[acc] != full {
            // The slice covers the whole value: only the sign may differ.
            let result = self.new_value(full);
            self.emit(Inst::Cast { result, arg: acc }, span);
            acc = result;
        }
        self.store_value(target, acc, span);
    }

    pub(super) fn store_value(&mut self, leaf: Ref, value: ir::Value, span: Span) {
        match leaf {
            Ref::Var(var, _, _) => self.emit(Inst::WriteVar { var, value }, span),
            Ref::Field(header, field, _) => self.emit(Inst::WriteField { header, field, value }, span),
            _ => self.error(Diagnostic::error("E0150", "cannot assign to this field").primary(span, "read-only")),
        }
    }
}
