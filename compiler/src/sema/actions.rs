//! Actions and table applies: an action's IR id and data parameters, inlining an action's body at a
//! call or at a table apply (with a stack of the actions being inlined, so recursion is an error),
//! and the `switch` on the action id a table apply dispatches through.

use super::expr::{Lowerer, Operand};
use super::types::Ty;
use super::{Access, Ref};
use crate::ir::{self, Inst, Terminator};
use flowmark_grammar::ast;
use flowmark_grammar::{Diagnostic, Span};

impl<'c, 'a> Lowerer<'c, 'a> {

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

    /// Inline the body of action `index` with its parameters bound to `bindings`. Actions being
    /// inlined are kept on a stack: calling one of them again is recursion, which P4 forbids.
    fn inline_action(&mut self, index: usize, bindings: Vec<(&'a ast::Ident, Ref)>, span: Span) {
        let decl = self.checker.actions[index].decl;
        if let Some(position) = self.inlining.iter().position(|&running| running == index) {
            let name = &decl.name.name;
            let through: Vec<String> =
                self.inlining[position + 1..].iter().map(|&a| format!("`{}`", self.checker.actions[a].decl.name.name)).collect();
            let message = if through.is_empty() {
                format!("recursive action call: `{name}` calls itself")
            } else {
                format!("recursive action call: `{name}` calls itself through {}", through.join(", "))
            };
            self.error(
                Diagnostic::error("E0203", message)
                    .primary(span, format!("`{name}` is already running here"))
                    .secondary(decl.name.span, "action declared here")
                    .note("P4 actions cannot call themselves, directly or through other actions"),
            );
            return;
        }
        let exit = self.builder.new_block(None);
        self.scopes.push();
        for (name, reference) in bindings {
            self.scopes.insert(&name.name, reference, name.span);
        }
        self.return_targets.push(Some(exit));
        self.inlining.push(index);
        let saved_scope = std::mem::replace(&mut self.scope_name, self.checker.actions[index].qualified.clone());
        self.block(&decl.body);
        self.scope_name = saved_scope;
        self.inlining.pop();
        self.return_targets.pop();
        self.scopes.pop();
        self.builder.jump(exit, span);
        self.builder.switch_to(exit);
    }

    /// A direct call `a(args)` in a control body.
    pub(super) fn call_action(&mut self, index: usize, args: &'a [ast::Argument], span: Span) -> Operand {
        if self.in_parser {
            self.error(Diagnostic::error("E0159", "actions cannot be called from a parser").primary(span, "action call"));
            return Operand::Unknown;
        }
        let decl = self.checker.actions[index].decl;
        if args.len() != decl.params.len() {
            self.error(
                Diagnostic::error(
                    "E0160",
                    format!("action `{}` takes {}, {} given", decl.name.name, super::plural(decl.params.len(), "argument"), args.len()),
                )
                .primary(span, "wrong number of arguments")
                .secondary(decl.name.span, "action declared here"),
            );
            return Operand::Unknown;
        }
        let mut bindings = Vec::new();
        for (param, arg) in decl.params.iter().zip(args) {
            // A parameter whose argument failed stays bound (as `Failed`), so the body reports no
            // follow-on "cannot find" errors.
            let reference = self.action_argument(param, arg).unwrap_or(Ref::Failed);
            bindings.push((&param.name, reference));
        }
        self.inline_action(index, bindings, span);
        Operand::Const(0, Ty::Void)
    }

    /// What parameter `param` is bound to for argument `arg` (`None` after an error).
    fn action_argument(&mut self, param: &'a ast::Param, arg: &'a ast::Argument) -> Option<Ref> {
        let ty = self.checker.resolve_type(&param.ty);
        let Some(value_expr) = &arg.value else {
            if param.direction == ast::Direction::Out {
                // `_` for an `out` parameter: the action writes into a scratch variable.
                let name = format!("{}.{}._", self.scope_name, param.name.name);
                return self.new_variable(&name, &ty, arg.span);
            }
            self.error(
                Diagnostic::error("E0133", "`_` is only allowed for `out` parameters")
                    .primary(arg.span, format!("`{}` needs a value", param.name.name)),
            );
            return None;
        };
        match param.direction {
            ast::Direction::Out | ast::Direction::InOut => match self.path(value_expr)? {
                r @ (Ref::Var(_, _, Access::ReadWrite) | Ref::Field(..) | Ref::Struct(..)) => Some(r),
                _ => {
                    self.error(
                        Diagnostic::error("E0161", "an `out` or `inout` argument must be a writable location")
                            .primary(value_expr.span, "not writable"),
                    );
                    None
                }
            },
            _ => match self.expr(value_expr, Some(&ty)) {
                Operand::Const(value, actual) => match self.convert(Operand::Const(value, actual), &ty, value_expr.span)? {
                    Operand::Const(value, ty) => Some(Ref::Const(value, ty)),
                    _ => None,
                },
                operand => {
                    let converted = self.convert(operand, &ty, value_expr.span)?;
                    let (value, ty) = self.materialize(converted, value_expr.span)?;
                    Some(Ref::Value(value, ty))
                }
            },
        }
    }

    // ----- tables -----

    pub(super) fn declare_table(&mut self, decl: &'a ast::TableDecl, annotations: &[ast::Annotation]) {
        let table = super::tables::lower_table(self, decl, annotations);
        match table {
            Some((id, keys)) => {
                self.checker.table_keys.insert(id, keys);
                self.bind(&decl.name, Ref::Table(id));
            }
            // Keep the name: its uses are not "cannot find" errors and it is not "never used".
            None => self.bind_failed(&decl.name),
        }
    }

    pub(super) fn apply_table(&mut self, table: ir::TableId, span: Span) -> Operand {
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
            let block = self.builder.new_block(Some(self.checker.module.actions[a].name.clone()));
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
}
