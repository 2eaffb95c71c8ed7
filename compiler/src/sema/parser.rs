//! The parser: its state graph (names, transitions, reachability, the loop-bound rule) and its
//! lowering with header-stack loops unrolled (every loop must extract into a stack's `.next`;
//! anything else is an unbounded loop and an error), and the `packet_in` methods.

use super::expr::{Lowerer, Operand};
use super::globals::Checker;
use super::types::Ty;
use super::{Access, Ref};
use crate::ir::{self, Inst, KeySet, SelectCase, SelectTarget, Terminator};
use flowmark_grammar::ast::{self, ExprKind, Keyset, StatementKind, Transition};
use flowmark_grammar::{Diagnostic, Span};
use std::collections::{HashMap, HashSet};

/// Most blocks an unrolled parser may have.
const MAX_PARSER_BLOCKS: usize = 4096;

// ----- the parser state machine -----

/// The state a statement extracts into `.next` of, if any (for the loop-bound rule).
fn extracts_into_next(statement: &ast::Statement) -> bool {
    let StatementKind::Call(call) = &statement.kind else { return false };
    let ExprKind::Call { callee, args, .. } = &call.kind else { return false };
    let ExprKind::Member { member, .. } = &callee.kind else { return false };
    member.name == "extract"
        && args.iter().any(|a| matches!(&a.value, Some(ast::Expr { kind: ExprKind::Member { member, .. }, .. }) if member.name == "next"))
}

fn transition_targets(state: &ast::ParserState) -> Vec<&ast::Ident> {
    match &state.transition {
        None => vec![],
        Some(Transition::Direct(target)) => vec![target],
        Some(Transition::Select { cases, .. }) => cases.iter().map(|c| &c.next).collect(),
    }
}

/// Check the parser's state graph: names, transitions, a `start` state, and the loop-bound rule.
/// Returns false if the graph cannot be unrolled (errors reported).
fn check_states<'a>(checker: &mut Checker<'a>, parser: &'a ast::ParserDecl, states: &mut HashMap<&'a str, &'a ast::ParserState>) -> bool {
    let mut ok = true;
    for state in &parser.states {
        if matches!(state.name.name.as_str(), "accept" | "reject") {
            checker.error(
                Diagnostic::error("E0194", format!("`{}` is a built-in state and cannot be declared", state.name.name))
                    .primary(state.name.span, "reserved state name"),
            );
            ok = false;
        } else if let Some(previous) = states.insert(&state.name.name, state) {
            checker.error(
                Diagnostic::error("E0101", format!("state `{}` is declared more than once", state.name.name))
                    .primary(state.name.span, "declared again here")
                    .secondary(previous.name.span, "first declared here"),
            );
            ok = false;
        }
        if state.transition.is_none() {
            checker.error(
                Diagnostic::error("E0195", format!("state `{}` has no transition", state.name.name))
                    .primary(state.name.span, "missing `transition`")
                    .help("end the state with `transition accept;` or a select"),
            );
            ok = false;
        }
        for target in transition_targets(state) {
            if !matches!(target.name.as_str(), "accept" | "reject") && !parser.states.iter().any(|s| s.name.name == target.name) {
                let names = parser.states.iter().map(|s| s.name.name.as_str()).chain(["accept", "reject"]);
                let diagnostic = Diagnostic::error("E0196", format!("unknown parser state `{}`", target.name))
                    .primary(target.span, "no such state");
                let diagnostic = match super::names::closest(&target.name, names) {
                    Some(similar) => diagnostic.help(format!("did you mean `{similar}`?")),
                    None => diagnostic.help("transitions go to a state of this parser, `accept` or `reject`"),
                };
                checker.error(diagnostic);
                ok = false;
            }
        }
    }
    if !states.contains_key("start") {
        checker.error(
            Diagnostic::error("E0197", format!("parser `{}` has no `start` state", parser.name.name))
                .primary(parser.name.span, "every parser begins in `state start`"),
        );
        return false;
    }
    if !ok {
        return false;
    }
    // Reachability and the loop-bound rule.
    let mut reachable: HashSet<&str> = HashSet::new();
    let mut stack = vec!["start"];
    while let Some(name) = stack.pop() {
        if !reachable.insert(name) {
            continue;
        }
        if let Some(state) = states.get(name) {
            stack.extend(transition_targets(state).into_iter().map(|t| t.name.as_str()).filter(|n| states.contains_key(n)));
        }
    }
    for state in &parser.states {
        if !reachable.contains(state.name.name.as_str()) {
            checker.diagnostics.push(
                Diagnostic::warning("W0002", format!("parser state `{}` is never reached", state.name.name))
                    .primary(state.name.span, "unreachable state"),
            );
        }
    }
    if let Some(state) = unbounded_loop(states, &reachable) {
        checker.error(
            Diagnostic::error("E0198", format!("the parser can loop through state `{}` without bound", state.name.name))
                .primary(state.name.span, "this state is on a loop")
                .note("flowmark unrolls parser loops; every loop must extract into a header stack's `.next`")
                .help("extract into `hdr.stack.next` in the loop, so the stack's size bounds it"),
        );
        return false;
    }
    true
}

/// Lower the parser, unrolling header-stack loops. When the state graph is unsound, every state's
/// body is still checked once (no unrolling) for errors, and there is no function.
pub(super) fn lower_parser<'a>(checker: &mut Checker<'a>, parser: &'a ast::ParserDecl, bindings: &[(ast::Ident, Ref)]) -> Option<ir::Function> {
    let mut states: HashMap<&'a str, &'a ast::ParserState> = HashMap::new();
    let sound = check_states(checker, parser, &mut states);

    let mut lowerer = Lowerer::new(checker, &parser.name.name);
    lowerer.in_parser = true;
    lowerer.scopes.push();
    for (name, reference) in bindings {
        lowerer.bind(name, reference.clone());
    }
    for local in &parser.locals {
        lowerer.local_declaration(local);
    }
    let stack_count = lowerer.checker.module.stacks.len();
    let mut blocks: HashMap<(String, Vec<u32>), ir::Block> = HashMap::new();
    let mut worklist: Vec<(String, Vec<u32>, ir::Block)> = Vec::new();
    let mut failed = !sound;
    let entry = lowerer.builder.function.entry;
    lowerer.builder.function.blocks[entry].name = Some("start".into());
    blocks.insert(("start".into(), vec![0; stack_count]), entry);
    worklist.push(("start".into(), vec![0; stack_count], entry));
    // Locals' initialisers went into the entry block; states get their own blocks from here on.
    let first = lowerer.builder.new_block(Some("start".into()));
    lowerer.builder.jump(first, parser.name.span);
    lowerer.builder.function.blocks[entry].name = Some("entry".into());
    worklist[0].2 = first;
    blocks.insert(("start".into(), vec![0; stack_count]), first);
    // Unsound graph: check each state once, in its own block, with no transitions followed.
    let mut unsound_states: Vec<(ir::Block, &'a ast::ParserState)> = Vec::new();
    if !sound {
        worklist.clear();
        for state in parser.states.iter().rev() {
            let block = lowerer.builder.new_block(Some(state.name.name.clone()));
            unsound_states.push((block, state));
            worklist.push((state.name.name.clone(), vec![0; stack_count], block));
        }
    }
    while let Some((name, next, block)) = worklist.pop() {
        if lowerer.builder.function.blocks.len() > MAX_PARSER_BLOCKS {
            lowerer.error(
                Diagnostic::error("E0199", format!("the parser unrolls into more than {MAX_PARSER_BLOCKS} states"))
                    .primary(parser.name.span, "too many unrolled states")
                    .help("use smaller header stacks"),
            );
            return None;
        }
        let state = match unsound_states.iter().find(|(b, _)| *b == block) {
            Some((_, state)) => *state,
            None => match states.get(name.as_str()) {
                Some(state) => *state,
                None => continue,
            },
        };
        lowerer.builder.switch_to(block);
        lowerer.stack_next = Some(next.clone());
        lowerer.stack_out_of_bounds = false;
        lowerer.scopes.push();
        for statement in &state.statements {
            lowerer.statement(statement);
            if lowerer.stack_out_of_bounds {
                break;
            }
        }
        lowerer.scopes.pop();
        if lowerer.stack_out_of_bounds {
            let error = error_code(&lowerer, "StackOutOfBounds");
            lowerer.builder.terminate(Terminator::Reject(error), state.name.span);
            continue;
        }
        let next_after = lowerer.stack_next.clone().unwrap_or_default();
        let mut target_of = |lowerer: &mut Lowerer<'_, 'a>, ident: &ast::Ident| -> SelectTarget {
            match ident.name.as_str() {
                "accept" => SelectTarget::Accept,
                "reject" => SelectTarget::Reject(error_code(lowerer, "NoError")),
                _ if !sound => SelectTarget::Reject(0),
                other => {
                    let key = (other.to_string(), next_after.clone());
                    let block = match blocks.get(&key) {
                        Some(block) => *block,
                        None => {
                            let label = if next_after.iter().all(|&n| n == 0) {
                                other.to_string()
                            } else {
                                format!("{other}.{}", next_after.iter().map(|n| n.to_string()).collect::<Vec<_>>().join("_"))
                            };
                            let block = lowerer.builder.new_block(Some(label));
                            blocks.insert(key.clone(), block);
                            worklist.push((key.0, key.1, block));
                            block
                        }
                    };
                    SelectTarget::Block(block)
                }
            }
        };
        match &state.transition {
            None => {}
            Some(Transition::Direct(target)) => {
                let terminator = match target_of(&mut lowerer, target) {
                    SelectTarget::Block(b) => Terminator::Jump(b),
                    SelectTarget::Accept => Terminator::Accept,
                    SelectTarget::Reject(e) => Terminator::Reject(e),
                };
                lowerer.builder.terminate(terminator, target.span);
            }
            Some(Transition::Select { exprs, cases, span }) => {
                // A key that fails is reported; the cases are still checked against the others.
                let mut keys = Vec::new();
                let mut key_types = Vec::new();
                for expr in exprs {
                    match lowerer.any_value(expr) {
                        Some((value, ty)) => {
                            keys.push(value);
                            key_types.push(Some(ty));
                        }
                        None => {
                            failed = true;
                            key_types.push(None);
                        }
                    }
                }
                let mut lowered = Vec::new();
                let mut default = SelectTarget::Reject(error_code(&lowerer, "NoMatch"));
                let mut has_default = false;
                for case in cases {
                    let target = target_of(&mut lowerer, &case.next);
                    let all_default = case.keysets.len() == 1 && matches!(case.keysets[0], Keyset::Default(_));
                    if all_default {
                        if !has_default {
                            default = target;
                            has_default = true;
                        }
                        continue;
                    }
                    if case.keysets.len() != exprs.len() {
                        let (sets, expressions) = (super::plural(case.keysets.len(), "key set"), super::plural(exprs.len(), "expression"));
                        lowerer.error(
                            Diagnostic::error("E0200", format!("this case has {sets}, the select has {expressions}"))
                                .primary(case.span, "wrong number of key sets"),
                        );
                        continue;
                    }
                    let mut keysets = Vec::new();
                    for (keyset, ty) in case.keysets.iter().zip(&key_types) {
                        if let Some(k) = ty.as_ref().and_then(|ty| select_keyset(&mut lowerer, keyset, ty)) {
                            keysets.push(k);
                        }
                    }
                    if keysets.len() == keys.len() && !has_default {
                        lowered.push(SelectCase { keysets, target });
                    }
                }
                lowerer.builder.terminate(Terminator::Select { keys, cases: lowered, default }, *span);
            }
        }
    }
    lowerer.scopes.pop();
    super::program::warn_unused_locals(&mut lowerer, parser.locals.iter());
    let function = std::mem::replace(&mut lowerer.builder, super::builder::FunctionBuilder::new("")).finish();
    if failed {
        return None;
    }
    Some(function)
}

fn error_code(lowerer: &Lowerer<'_, '_>, name: &str) -> u32 {
    lowerer.checker.module.error_index(name).unwrap_or(0)
}

fn select_keyset<'a>(lowerer: &mut Lowerer<'_, 'a>, keyset: &'a Keyset, ty: &Ty) -> Option<KeySet> {
    let value = |lowerer: &mut Lowerer<'_, 'a>, expr: &'a ast::Expr| -> Option<u128> {
        match lowerer.expr(expr, Some(ty)) {
            Operand::Const(v, actual) => match lowerer.convert(Operand::Const(v, actual), ty, expr.span)? {
                Operand::Const(v, _) => Some(v),
                _ => None,
            },
            Operand::Unknown => None,
            _ => {
                lowerer.error(Diagnostic::error("E0115", "select cases must be constants").primary(expr.span, "not a constant"));
                None
            }
        }
    };
    Some(match keyset {
        Keyset::Default(_) => KeySet::Any,
        Keyset::Value(expr) => KeySet::Value(value(lowerer, expr)?),
        Keyset::Mask(v, m) => {
            let (v, m) = (value(lowerer, v)?, value(lowerer, m)?);
            KeySet::Mask(v & m, m)
        }
        Keyset::Range(lo, hi) => KeySet::Range(value(lowerer, lo)?, value(lowerer, hi)?),
    })
}

/// A reachable state on a cycle that avoids every state extracting into `.next`.
fn unbounded_loop<'a>(states: &HashMap<&str, &'a ast::ParserState>, reachable: &HashSet<&str>) -> Option<&'a ast::ParserState> {
    let bounded = |state: &ast::ParserState| state.statements.iter().any(extracts_into_next);
    let mut names: Vec<&str> = states.keys().copied().filter(|n| reachable.contains(n)).collect();
    names.sort_by_key(|n| states[n].name.span.start);
    // Colour-based DFS over the graph without the bounded states.
    let mut colour: HashMap<&str, u8> = HashMap::new();
    for &root in &names {
        if bounded(states[root]) || colour.contains_key(root) {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(root, 0)];
        colour.insert(root, 1);
        while let Some((name, index)) = stack.pop() {
            let targets: Vec<&str> = transition_targets(states[name])
                .into_iter()
                .map(|t| t.name.as_str())
                .filter(|t| states.get(t).is_some_and(|s| !bounded(s)))
                .collect();
            if index < targets.len() {
                stack.push((name, index + 1));
                let target = targets[index];
                match colour.get(target) {
                    Some(1) => return Some(states[target]),
                    Some(_) => {}
                    None => {
                        colour.insert(target, 1);
                        stack.push((target, 0));
                    }
                }
            } else {
                colour.insert(name, 2);
            }
        }
    }
    None
}

impl<'c, 'a> Lowerer<'c, 'a> {
    /// `packet.extract/advance/lookahead/length`.
    pub fn packet_method(&mut self, member: &'a ast::Ident, type_args: &'a [ast::TypeRef], args: &'a [ast::Argument], span: Span) -> Operand {
        if !self.in_parser {
            self.error(Diagnostic::error("E0159", "packet methods can only be used in a parser").primary(span, "not in a parser"));
            return Operand::Unknown;
        }
        match member.name.as_str() {
            "extract" => {
                if args.len() != 1 {
                    self.error(
                        Diagnostic::error("E0160", "`extract` takes one header")
                            .primary(span, "wrong number of arguments")
                            .note("two-argument extract (varbit) is not supported"),
                    );
                    return Operand::Unknown;
                }
                let Some(arg) = &args[0].value else { return Operand::Unknown };
                let next_of = match &arg.kind {
                    ExprKind::Member { base, member } if member.name == "next" => match self.path(base) {
                        Some(Ref::Stack(stack, _)) => Some(stack),
                        _ => None,
                    },
                    _ => None,
                };
                let target = self.path(arg);
                if self.stack_out_of_bounds {
                    return Operand::Unknown;
                }
                match target {
                    Some(Ref::Header(header, _)) => {
                        self.emit(Inst::Extract { header }, span);
                        if let (Some(stack), Some(next)) = (next_of, self.stack_next.as_mut()) {
                            next[stack] += 1;
                        }
                        Operand::Const(0, Ty::Void)
                    }
                    Some(_) => {
                        self.error(Diagnostic::error("E0201", "`extract` needs a header").primary(arg.span, "not a header"));
                        Operand::Unknown
                    }
                    None => Operand::Unknown,
                }
            }
            "advance" => {
                let Some(arg) = args.first().and_then(|a| a.value.as_ref()).filter(|_| args.len() == 1) else {
                    self.error(Diagnostic::error("E0160", "`advance` takes a number of bits").primary(span, "wrong arguments"));
                    return Operand::Unknown;
                };
                let Some(bits) = self.value_of(arg, &Ty::bits(32)) else { return Operand::Unknown };
                self.emit(Inst::Advance { bits }, span);
                Operand::Const(0, Ty::Void)
            }
            "lookahead" => {
                let [ty] = type_args else {
                    self.error(Diagnostic::error("E0160", "`lookahead` takes one type argument: `lookahead<bit<8>>()`").primary(span, "missing type"));
                    return Operand::Unknown;
                };
                let resolved = self.checker.resolve_type(ty);
                let Some(scalar) = self.checker.types.scalar(&resolved).filter(|_| matches!(resolved, Ty::Bits { .. } | Ty::Bool)) else {
                    if !matches!(resolved, Ty::Unknown) {
                        self.error(
                            Diagnostic::error("E0202", "`lookahead` supports bit<N>, int<N> and bool")
                                .primary(ty.span, "unsupported lookahead type")
                                .help("look ahead at the field you need: `lookahead<bit<8>>()`"),
                        );
                    }
                    return Operand::Unknown;
                };
                let result = self.new_value(scalar);
                self.emit(Inst::Lookahead { result }, span);
                Operand::Value(result, resolved)
            }
            "length" => {
                let Some(var) = self.checker.module.standard.packet_length else { return Operand::Unknown };
                self.load(Ref::Var(var, Ty::bits(32), Access::ReadOnly), span)
            }
            other => {
                let diagnostic = Diagnostic::error("E0170", format!("`packet_in` has no method `{other}`"))
                    .primary(member.span, "unknown method")
                    .note("the methods of `packet_in` are `extract`, `advance`, `lookahead` and `length`");
                self.error(super::names::did_you_mean(diagnostic, other, ["extract", "advance", "lookahead", "length"]));
                Operand::Unknown
            }
        }
    }
}
