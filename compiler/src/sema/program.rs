//! The program as a whole: picking the architecture from `main`, binding the parser's and
//! control's parameters to header instances and variables, lowering the parser (see [`super::parser`])
//! and the control, and the unused-declaration warnings.

use super::expr::Lowerer;
use super::globals::{Checker, Global};
use super::types::Ty;
use super::{Access, Ref};
use crate::ir::{self, Terminator};
use flowmark_grammar::ast::{self, ExprKind};
use flowmark_grammar::{Diagnostic, Span};
use std::collections::HashSet;

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
    let parser_function = super::parser::lower_parser(checker, parser, &bindings.parser);
    let control_function = lower_control(checker, control, &bindings.control);
    warn_unused_actions(checker);
    let (Some(parser_function), true) = (parser_function, bound) else { return None };
    checker.module.parser = parser_function;
    checker.module.control = control_function;
    let module = checker.module.clone();
    // After errors the IR may be incomplete (a rejected key field, say) and is thrown away: the
    // verifier judges only programs that checked clean.
    if checker.diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
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
pub(super) fn warn_unused_locals<'a>(lowerer: &mut Lowerer<'_, 'a>, locals: impl Iterator<Item = &'a ast::Declaration>) {
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
