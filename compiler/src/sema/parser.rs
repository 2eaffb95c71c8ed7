//! The program as a whole and its parser: picking the architecture from `main`, binding the
//! parser's and control's parameters to header instances and variables, and lowering the parser's
//! state machine with its header-stack loops unrolled (every loop must extract into a stack's
//! `.next`; anything else is an unbounded loop and an error).

use super::expr::{Lowerer, Operand};
use super::globals::{Checker, Global};
use super::types::Ty;
use super::{Access, Ref};
use crate::ir::{self, Inst, KeySet, SelectCase, SelectTarget, Terminator};
use flowmark_grammar::ast::{self, ExprKind, Keyset, StatementKind, Transition};
use flowmark_grammar::{Diagnostic, Span};
use std::collections::{HashMap, HashSet};

/// Most blocks an unrolled parser may have.
const MAX_PARSER_BLOCKS: usize = 4096;

pub(crate) fn lower_program<'a>(checker: &mut Checker<'a>, main: &'a ast::Instantiation, name: &str) -> Option<ir::Module> {
    let ast::TypeRefKind::Named { name: package, .. } = &main.ty.kind else { return None };
    let architecture = match package.name.as_str() {
        "ebpfFilter" => ir::Architecture::EbpfFilter,
        "Flowmark" => ir::Architecture::Flowmark,
        other => {
            checker.error(
                Diagnostic::error("E0188", format!("unknown architecture package `{other}`"))
                    .primary(package.span, "not an architecture flowmark implements")
                    .help("use `ebpfFilter` from <ebpf_model.p4> or `Flowmark` from <flowmark.p4>"),
            );
            return None;
        }
    };
    if main.args.len() != 2 {
        let arguments = match (main.args.first(), main.args.last()) {
            (Some(first), Some(last)) => first.span.to(last.span),
            _ => main.ty.span,
        };
        checker.error(
            Diagnostic::error("E0189", format!("`{}` takes a parser and a control", package.name))
                .primary(arguments, format!("{} given", super::plural(main.args.len(), "argument")))
                .help(format!("write `{}(prs(), pipe()) main;` with your parser and control", package.name)),
        );
        return None;
    }
    let parser = match package_argument(checker, &main.args[0]) {
        Some(Global::Parser(parser)) => parser,
        _ => {
            checker.error(
                Diagnostic::error("E0189", "the first argument of the package must be a parser instance like `prs()`")
                    .primary(main.args[0].span, "not a parser"),
            );
            return None;
        }
    };
    let control = match package_argument(checker, &main.args[1]) {
        Some(Global::Control(control)) => control,
        _ => {
            checker.error(
                Diagnostic::error("E0189", "the second argument of the package must be a control instance like `pipe()`")
                    .primary(main.args[1].span, "not a control"),
            );
            return None;
        }
    };
    checker.module.name = name.to_string();
    checker.module.architecture = architecture;
    checker.module.errors = if checker.errors.is_empty() { vec!["NoError".into()] } else { checker.errors.clone() };

    // The parser and the control are checked even when the other, or the binding of their
    // parameters, failed (every error in one run); then there is no module.
    let bindings = bind_architecture(checker, architecture, parser, control);
    let bound = bindings.is_some();
    let bindings = bindings.unwrap_or_else(|| Bindings {
        parser: parser.params.iter().map(|p| (p.name.clone(), Ref::Failed)).collect(),
        control: control.params.iter().map(|p| (p.name.clone(), Ref::Failed)).collect(),
    });
    let parser_function = lower_parser(checker, parser, &bindings.parser);
    let control_function = lower_control(checker, control, &bindings.control);
    warn_unused_actions(checker);
    let (Some(parser_function), true) = (parser_function, bound) else { return None };
    checker.module.parser = parser_function;
    checker.module.control = control_function;
    let module = checker.module.clone();
    if let Err(errors) = ir::verify::verify(&module) {
        for error in errors {
            checker.error(
                Diagnostic::error("E9999", format!("internal compiler error: the IR verifier failed: {error}"))
                    .primary(main.name.span, "while lowering this program")
                    .note("this is a bug in flowmark; please report it with the program"),
            );
        }
        return None;
    }
    Some(module)
}

fn package_argument<'a>(checker: &Checker<'a>, arg: &ast::Expr) -> Option<Global<'a>> {
    let ExprKind::Call { callee, args, .. } = &arg.kind else { return None };
    let ExprKind::Name(ident) = &callee.kind else { return None };
    if !args.is_empty() {
        return None;
    }
    checker.globals.get(&ident.name).map(|(g, _)| g.clone())
}

/// Names bound for one body: parameter name -> what it refers to.
#[derive(Debug, Default)]
struct Bindings {
    parser: Vec<(ast::Ident, Ref)>,
    control: Vec<(ast::Ident, Ref)>,
}

fn bind_architecture<'a>(
    checker: &mut Checker<'a>,
    architecture: ir::Architecture,
    parser: &'a ast::ParserDecl,
    control: &'a ast::ControlDecl,
) -> Option<Bindings> {
    use ast::Direction::{InOut, Out};
    let (parser_shape, control_shape): (&[ParamShape], &[ParamShape]) = match architecture {
        ir::Architecture::EbpfFilter => (
            &[ParamShape::Packet, ParamShape::Headers(Out)],
            &[ParamShape::Headers(InOut), ParamShape::PassFlag],
        ),
        ir::Architecture::Flowmark => (
            &[ParamShape::Packet, ParamShape::Headers(Out), ParamShape::Metadata, ParamShape::Standard],
            &[ParamShape::Headers(InOut), ParamShape::Metadata, ParamShape::Standard],
        ),
    };
    let mut ok = check_shape(checker, &parser.name, &parser.params, parser_shape);
    ok &= check_shape(checker, &control.name, &control.params, control_shape);
    if !ok {
        return None;
    }
    let mut bindings = Bindings::default();
    let mut lowerer = Lowerer::new(checker, "");
    let parser_headers = lowerer.checker.resolve_type(&parser.params[1].ty);
    let control_headers = lowerer.checker.resolve_type(&control.params[0].ty);
    if parser_headers != control_headers {
        let (p, c) = (lowerer.describe(&parser_headers), lowerer.describe(&control_headers));
        lowerer.error(
            Diagnostic::error("E0190", "the parser and the control must use the same headers type")
                .primary(control.params[0].ty.span, format!("control uses {c}"))
                .secondary(parser.params[1].ty.span, format!("parser uses {p}")),
        );
        return None;
    }
    let headers_index = match parser_headers {
        Ty::Struct(index) if !lowerer.checker.types.structs[index].is_header => index,
        Ty::Struct(index) => {
            let name = lowerer.checker.types.structs[index].name.clone();
            lowerer.error(
                Diagnostic::error("E0191", "the headers parameter must be a struct of headers")
                    .primary(parser.params[1].ty.span, format!("`{name}` is a header, not a struct"))
                    .help(format!("wrap it in a struct: `struct headers_t {{ {name} {}; }}`", short_field_name(&name))),
            );
            return None;
        }
        Ty::Unknown => return None,
        _ => {
            lowerer.error(
                Diagnostic::error("E0191", "the headers parameter must be a struct of headers")
                    .primary(parser.params[1].ty.span, "not a struct"),
            );
            return None;
        }
    };
    let prefix = parser.params[1].name.name.clone();
    let headers = instantiate_headers(&mut lowerer, &prefix, headers_index, parser.params[1].ty.span)?;
    bindings.parser.push((parser.params[0].name.clone(), Ref::Packet));
    bindings.parser.push((parser.params[1].name.clone(), headers.clone()));
    bindings.control.push((control.params[0].name.clone(), headers));
    let length = lowerer.checker.module.variables.push(ir::Variable {
        name: "packet_length".into(),
        ty: ir::Type::bits(32),
        kind: ir::VarKind::Standard,
    });
    lowerer.checker.module.standard.packet_length = Some(length);
    let parser_error = lowerer.checker.module.variables.push(ir::Variable {
        name: "parser_error".into(),
        ty: ir::Type::bits(32),
        kind: ir::VarKind::Standard,
    });
    lowerer.checker.module.standard.parser_error = Some(parser_error);
    match architecture {
        ir::Architecture::EbpfFilter => {
            let pass = lowerer.checker.module.variables.push(ir::Variable {
                name: control.params[1].name.name.clone(),
                ty: ir::Type::Bool,
                kind: ir::VarKind::Standard,
            });
            lowerer.checker.module.standard.pass = Some(pass);
            bindings.control.push((control.params[1].name.clone(), Ref::Var(pass, Ty::Bool, Access::ReadWrite)));
        }
        ir::Architecture::Flowmark => {
            let meta_ty = lowerer.checker.resolve_type(&parser.params[2].ty);
            let control_meta_ty = lowerer.checker.resolve_type(&control.params[1].ty);
            if meta_ty != control_meta_ty {
                lowerer.error(
                    Diagnostic::error("E0190", "the parser and the control must use the same metadata type")
                        .primary(control.params[1].ty.span, "different metadata type"),
                );
                return None;
            }
            let meta_name = parser.params[2].name.name.clone();
            let meta = lowerer.new_variable_of_kind(&meta_name, &meta_ty, parser.params[2].ty.span, ir::VarKind::Metadata)?;
            bindings.parser.push((parser.params[2].name.clone(), meta.clone()));
            bindings.control.push((control.params[1].name.clone(), meta));
            let standard = standard_metadata(&mut lowerer, &parser.params[3])?;
            bindings.parser.push((parser.params[3].name.clone(), standard.clone()));
            bindings.control.push((control.params[2].name.clone(), standard));
        }
    }
    Some(bindings)
}

/// A field name for a header type in a help text: `ethernet_t` -> `ethernet`.
fn short_field_name(type_name: &str) -> &str {
    type_name.strip_suffix("_t").filter(|s| !s.is_empty()).unwrap_or("hdr")
}

#[derive(Clone, Copy)]
enum ParamShape {
    Packet,
    Headers(ast::Direction),
    Metadata,
    Standard,
    PassFlag,
}

fn check_shape(checker: &mut Checker<'_>, owner: &ast::Ident, params: &[ast::Param], shape: &[ParamShape]) -> bool {
    let describe = |s: &ParamShape| match s {
        ParamShape::Packet => "packet_in p",
        ParamShape::Headers(ast::Direction::Out) => "out H hdr",
        ParamShape::Headers(_) => "inout H hdr",
        ParamShape::Metadata => "inout M meta",
        ParamShape::Standard => "inout standard_metadata_t standard_metadata",
        ParamShape::PassFlag => "out bool pass",
    };
    let expected: Vec<&str> = shape.iter().map(describe).collect();
    if params.len() != shape.len() {
        checker.error(
            Diagnostic::error("E0192", format!("`{}` has {} parameters, the architecture expects {}", owner.name, params.len(), shape.len()))
                .primary(owner.span, "wrong parameters for this architecture")
                .note(format!("expected ({})", expected.join(", "))),
        );
        return false;
    }
    let mut ok = true;
    for ((param, shape), text) in params.iter().zip(shape).zip(&expected) {
        let direction_ok = match shape {
            ParamShape::Packet => param.direction == ast::Direction::None,
            ParamShape::Headers(direction) => param.direction == *direction,
            ParamShape::Metadata | ParamShape::Standard => param.direction == ast::Direction::InOut,
            ParamShape::PassFlag => param.direction == ast::Direction::Out,
        };
        let type_ok = match (shape, &param.ty.kind) {
            (ParamShape::Packet, ast::TypeRefKind::Named { name, .. }) => name.name == "packet_in",
            (ParamShape::Standard, ast::TypeRefKind::Named { name, .. }) => name.name == "standard_metadata_t",
            (ParamShape::PassFlag, ast::TypeRefKind::Bool) => true,
            (ParamShape::Headers(_) | ParamShape::Metadata, ast::TypeRefKind::Named { .. }) => true,
            _ => false,
        };
        if !direction_ok || !type_ok {
            checker.error(
                Diagnostic::error("E0193", format!("parameter `{}` does not match the architecture", param.name.name))
                    .primary(param.span, format!("expected `{text}`")),
            );
            ok = false;
        }
    }
    ok
}

fn header_type(lowerer: &mut Lowerer<'_, '_>, index: usize) -> ir::HeaderTypeId {
    let def = lowerer.checker.types.structs[index].clone();
    if let Some((id, _)) = lowerer.checker.module.header_types.iter().find(|(_, t)| t.name == def.name) {
        return id;
    }
    let mut fields = Vec::new();
    let mut offset = 0u32;
    for (name, ty, _) in &def.fields {
        let width = lowerer.checker.types.scalar(ty).map_or(0, |t| t.width());
        fields.push(ir::HeaderField { name: name.clone(), width, bit_offset: offset });
        offset += width as u32;
    }
    lowerer.checker.module.header_types.push(ir::HeaderType { name: def.name, fields, size_bits: offset, span: def.span })
}

/// Create header instances, stacks and variables for the headers struct.
fn instantiate_headers(lowerer: &mut Lowerer<'_, '_>, prefix: &str, index: usize, span: Span) -> Option<Ref> {
    let fields = lowerer.checker.types.structs[index].fields.clone();
    let mut refs = Vec::new();
    for (name, ty, field_span) in fields {
        let path = format!("{prefix}.{name}");
        let reference = match ty {
            Ty::Struct(inner) if lowerer.checker.types.structs[inner].is_header => {
                let ty = header_type(lowerer, inner);
                let header = lowerer.checker.module.headers.push(ir::HeaderInstance { name: path, ty, stack: None });
                Ref::Header(header, inner)
            }
            Ty::Struct(inner) => instantiate_headers(lowerer, &path, inner, field_span)?,
            Ty::Stack(inner, size) => {
                let ty = header_type(lowerer, inner);
                let stack_index = lowerer.checker.module.stacks.len();
                let mut elements = Vec::new();
                for i in 0..size {
                    elements.push(lowerer.checker.module.headers.push(ir::HeaderInstance {
                        name: format!("{path}[{i}]"),
                        ty,
                        stack: Some((stack_index, i)),
                    }));
                }
                lowerer.checker.module.stacks.push(ir::HeaderStack { name: path, elements });
                Ref::Stack(stack_index, inner)
            }
            other => lowerer.new_variable_of_kind(&path, &other, field_span, ir::VarKind::Metadata)?,
        };
        refs.push(reference);
    }
    let _ = span;
    Some(Ref::Struct(index, refs))
}

fn standard_metadata<'a>(lowerer: &mut Lowerer<'_, 'a>, param: &'a ast::Param) -> Option<Ref> {
    let ty = lowerer.checker.resolve_type(&param.ty);
    let Ty::Struct(index) = ty else { return None };
    let fields = lowerer.checker.types.structs[index].fields.clone();
    let mut refs = Vec::new();
    for (name, field_ty, _) in fields {
        let scalar = lowerer.checker.types.scalar(&field_ty)?;
        let var = lowerer.checker.module.variables.push(ir::Variable {
            name: format!("{}.{}", param.name.name, name),
            ty: scalar,
            kind: ir::VarKind::Standard,
        });
        let standard = &mut lowerer.checker.module.standard;
        let access = match name.as_str() {
            "in_port" => {
                standard.in_port = Some(var);
                Access::ReadOnly
            }
            "packet_length" => {
                // The architecture's length variable is this field.
                standard.packet_length = Some(var);
                Access::ReadOnly
            }
            "mark" => {
                standard.mark = Some(var);
                Access::ReadWrite
            }
            "out_port" => {
                standard.out_port = Some(var);
                Access::ReadWrite
            }
            "verdict" => {
                standard.verdict = Some(var);
                Access::ReadWrite
            }
            _ => Access::ReadWrite,
        };
        refs.push(Ref::Var(var, field_ty, access));
    }
    Some(Ref::Struct(index, refs))
}

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
fn lower_parser<'a>(checker: &mut Checker<'a>, parser: &'a ast::ParserDecl, bindings: &[(ast::Ident, Ref)]) -> Option<ir::Function> {
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
    warn_unused_locals(&mut lowerer, parser.locals.iter());
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

fn lower_control<'a>(checker: &mut Checker<'a>, control: &'a ast::ControlDecl, bindings: &[(ast::Ident, Ref)]) -> ir::Function {
    let mut lowerer = Lowerer::new(checker, &control.name.name);
    lowerer.scopes.push();
    for (name, reference) in bindings {
        lowerer.bind(name, reference.clone());
    }
    lowerer.scopes.push();
    for local in &control.locals {
        lowerer.local_declaration(local);
    }
    lowerer.block(&control.apply);
    lowerer.builder.terminate(Terminator::Return, control.apply.span);
    warn_unused_locals(&mut lowerer, control.locals.iter());
    std::mem::replace(&mut lowerer.builder, super::builder::FunctionBuilder::new("")).finish()
}

/// Whether a declaration asks not to be warned about being unused: a `_` prefix, or
/// `@noWarn("unused")`.
pub(crate) fn unused_allowed(name: &ast::Ident, annotations: &[ast::Annotation]) -> bool {
    name.name.starts_with('_')
        || annotations.iter().any(|a| a.name.name == "noWarn" && a.body.as_deref().is_some_and(|b| b.contains("unused")))
}

/// W0001 for locals of a parser or control, and variables of their blocks and states, that nothing
/// used.
fn warn_unused_locals<'a>(lowerer: &mut Lowerer<'_, 'a>, locals: impl Iterator<Item = &'a ast::Declaration>) {
    let in_blocks = std::mem::take(&mut lowerer.block_declarations);
    let mut warned = HashSet::new();
    for local in locals.chain(in_blocks) {
        let (name, what) = match &local.kind {
            ast::DeclarationKind::Action(action) => (&action.name, "action"),
            ast::DeclarationKind::Table(table) => (&table.name, "table"),
            ast::DeclarationKind::Variable { name, .. } => (name, "variable"),
            ast::DeclarationKind::Instantiation(instance) => (&instance.name, "extern instance"),
            _ => continue,
        };
        let unused = !lowerer.checker.used.contains(&super::use_key(name.span));
        if unused && !unused_allowed(name, &local.annotations) && warned.insert(super::use_key(name.span)) {
            lowerer.checker.diagnostics.push(
                Diagnostic::warning("W0001", format!("{what} `{}` is never used", name.name))
                    .primary(name.span, format!("unused {what}"))
                    .help("remove it, or prefix its name with `_` if that is intended"),
            );
        }
    }
}

/// W0001 for top-level actions that nothing used (the built-in include files' actions excepted).
pub(crate) fn warn_unused_actions(checker: &mut Checker<'_>) {
    for declaration in &checker.program.declarations {
        let ast::DeclarationKind::Action(action) = &declaration.kind else { continue };
        let name = &action.name;
        let builtin = checker.sources.files.get(name.span.file.0 as usize).is_some_and(|f| f.name.starts_with('<'));
        if builtin || checker.used.contains(&name.name) || unused_allowed(name, &declaration.annotations) {
            continue;
        }
        checker.diagnostics.push(
            Diagnostic::warning("W0001", format!("action `{}` is never used", name.name))
                .primary(name.span, "unused action")
                .help("remove it, or prefix its name with `_` if that is intended"),
        );
    }
}
