//! Top-level declarations: collecting names, resolving types (typedefs, headers, structs, enums,
//! stacks), evaluating constants, and finding the `main` package instantiation that chooses the
//! architecture. Declarations must come before their uses, as in P4.

use super::expr::Lowerer;
use super::types::{EnumDef, StructDef, Ty, TypeTables};
use crate::ir;
use flowmark_grammar::ast::{self, DeclarationKind, TypeRefKind};
use flowmark_grammar::{Diagnostic, SourceMap, Span};
use std::collections::HashMap;

/// What a top-level name stands for.
#[derive(Clone, Debug)]
pub(crate) enum Global<'a> {
    Type(Ty),
    Const(u128, Ty),
    /// Index into `Checker::actions`.
    Action(usize),
    Parser(&'a ast::ParserDecl),
    Control(&'a ast::ControlDecl),
    ExternType,
    ExternFunction,
    ParserType,
    ControlType,
    PackageType,
    Instance(&'a ast::Instantiation),
}

#[derive(Debug)]
pub(crate) struct Checker<'a> {
    pub program: &'a ast::Program,
    pub sources: &'a SourceMap,
    pub diagnostics: Vec<Diagnostic>,
    pub types: TypeTables,
    pub globals: HashMap<String, (Global<'a>, Span)>,
    pub errors: Vec<String>,
    pub match_kinds: Vec<String>,
    /// Names the program used (for unused-entity warnings).
    pub used: std::collections::HashSet<String>,
    /// The IR module being built (its functions are filled last).
    pub module: ir::Module,
    /// Every action declaration seen (top level and in the control), with its qualified name and
    /// its IR id once a table or call needed it.
    pub actions: Vec<ActionEntry<'a>>,
    /// The key expressions of each table, lowered again at every apply site.
    pub table_keys: HashMap<ir::TableId, Vec<&'a ast::Expr>>,
}

#[derive(Debug)]
pub(crate) struct ActionEntry<'a> {
    pub decl: &'a ast::ActionDecl,
    pub qualified: String,
    pub id: Option<ir::ActionId>,
}

fn empty_module() -> ir::Module {
    let empty = super::builder::FunctionBuilder::new("").finish();
    ir::Module {
        name: String::new(),
        architecture: ir::Architecture::Flowmark,
        header_types: Default::default(),
        headers: Default::default(),
        stacks: vec![],
        variables: Default::default(),
        tables: Default::default(),
        actions: Default::default(),
        maps: Default::default(),
        hints: Default::default(),
        counters: Default::default(),
        errors: vec![],
        standard: Default::default(),
        parser: empty.clone(),
        control: empty,
    }
}

impl<'a> Checker<'a> {
    pub fn new(program: &'a ast::Program, sources: &'a SourceMap) -> Self {
        Checker {
            program,
            sources,
            diagnostics: vec![],
            types: TypeTables::default(),
            globals: HashMap::new(),
            errors: vec![],
            match_kinds: vec![],
            used: Default::default(),
            module: empty_module(),
            actions: vec![],
            table_keys: HashMap::new(),
        }
    }

    pub fn error(&mut self, diagnostic: Diagnostic) {
        // A type is unknown only after an error was reported for it: what follows from it is a
        // follow-on error, and `{unknown}` means nothing to a reader.
        let mentions_unknown = diagnostic.message.contains("{unknown}")
            || diagnostic.labels.iter().any(|label| label.message.contains("{unknown}"));
        if mentions_unknown && self.diagnostics.iter().any(Diagnostic::is_error) {
            return;
        }
        self.diagnostics.push(diagnostic);
    }

    fn define(&mut self, name: &ast::Ident, global: Global<'a>) {
        if let Some((_, previous)) = self.globals.get(&name.name) {
            let previous = *previous;
            self.error(
                Diagnostic::error("E0101", format!("`{}` is declared more than once", name.name))
                    .primary(name.span, "declared again here")
                    .secondary(previous, "first declared here")
                    .help("rename one of them"),
            );
            return;
        }
        self.globals.insert(name.name.clone(), (global, name.span));
    }

    /// Walk top-level declarations in order, defining every name.
    pub fn collect(&mut self) {
        let program = self.program;
        for declaration in &program.declarations {
            self.collect_one(declaration);
        }
    }

    fn collect_one(&mut self, declaration: &'a ast::Declaration) {
        match &declaration.kind {
            DeclarationKind::Typedef { ty, name } => {
                let resolved = self.resolve_type(ty);
                self.define(name, Global::Type(resolved));
            }
            DeclarationKind::Constant { ty, name, value } => {
                let declared = self.resolve_type(ty);
                if let Some(constant) = self.const_value(value, &declared) {
                    self.define(name, Global::Const(constant, declared));
                } else {
                    self.define(name, Global::Const(0, Ty::Unknown));
                }
            }
            DeclarationKind::Header { name, fields } => self.collect_struct(name, fields, true),
            DeclarationKind::Struct { name, fields } => self.collect_struct(name, fields, false),
            DeclarationKind::Enum { underlying, name, members } => self.collect_enum(underlying.as_ref(), name, members),
            DeclarationKind::Error { members } => {
                if self.errors.is_empty() {
                    self.errors.push("NoError".into());
                }
                for member in members {
                    if !self.errors.contains(&member.name) {
                        self.errors.push(member.name.clone());
                    }
                }
            }
            DeclarationKind::MatchKind { members } => {
                for member in members {
                    if !self.match_kinds.contains(&member.name) {
                        self.match_kinds.push(member.name.clone());
                    }
                }
            }
            DeclarationKind::ExternObject { name, methods, .. } => {
                if !super::externs::KNOWN_EXTERN_TYPES.contains(&name.name.as_str()) {
                    self.error(
                        Diagnostic::error("E0102", format!("extern `{}` has no implementation in flowmark", name.name))
                            .primary(name.span, "unknown extern")
                            .note(format!(
                                "flowmark implements these extern types: {}",
                                super::externs::KNOWN_EXTERN_TYPES.join(", ")
                            )),
                    );
                }
                let _ = methods;
                self.define(name, Global::ExternType);
            }
            DeclarationKind::ExternFunction(prototype) => {
                if !super::externs::KNOWN_EXTERN_FUNCTIONS.contains(&prototype.name.name.as_str()) {
                    self.error(
                        Diagnostic::error(
                            "E0102",
                            format!("extern function `{}` has no implementation in flowmark", prototype.name.name),
                        )
                        .primary(prototype.name.span, "unknown extern function")
                        .note(format!(
                            "flowmark implements these extern functions: {}",
                            super::externs::KNOWN_EXTERN_FUNCTIONS.join(", ")
                        )),
                    );
                }
                self.define(&prototype.name, Global::ExternFunction);
            }
            DeclarationKind::Action(action) => {
                self.actions.push(ActionEntry { decl: action, qualified: action.name.name.clone(), id: None });
                self.define(&action.name, Global::Action(self.actions.len() - 1));
            }
            DeclarationKind::ParserType { name, .. } => self.define(name, Global::ParserType),
            DeclarationKind::ControlType { name, .. } => self.define(name, Global::ControlType),
            DeclarationKind::PackageType { name, .. } => self.define(name, Global::PackageType),
            DeclarationKind::Parser(parser) => self.define(&parser.name, Global::Parser(parser)),
            DeclarationKind::Control(control) => self.define(&control.name, Global::Control(control)),
            DeclarationKind::Instantiation(instance) => self.define(&instance.name, Global::Instance(instance)),
            DeclarationKind::Table(table) => self.error(
                Diagnostic::error("E0103", "a table must be declared inside a control")
                    .primary(table.name.span, "table at top level"),
            ),
            DeclarationKind::Variable { name, .. } => self.error(
                Diagnostic::error("E0103", "variables must be declared inside a parser, control or action")
                    .primary(name.span, "variable at top level")
                    .help("use `const` for a global constant"),
            ),
        }
    }

    fn collect_struct(&mut self, name: &ast::Ident, fields: &'a [ast::FieldDecl], is_header: bool) {
        let mut resolved = Vec::new();
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for field in fields {
            if let Some(previous) = seen.insert(&field.name.name, field.name.span) {
                self.error(
                    Diagnostic::error("E0104", format!("field `{}` is declared twice", field.name.name))
                        .primary(field.name.span, "second declaration")
                        .secondary(previous, "first declaration"),
                );
            }
            let ty = self.resolve_type(&field.ty);
            if is_header {
                let ok = match &ty {
                    Ty::Bits { .. } => true,
                    Ty::Enum(index) => self.types.enums[*index].underlying.is_some(),
                    Ty::Unknown => true,
                    _ => false,
                };
                if !ok {
                    self.error(
                        Diagnostic::error(
                            "E0105",
                            format!("header fields must be bit<N> or int<N>, not {}", self.types.describe(&ty)),
                        )
                        .primary(field.ty.span, "not allowed in a header"),
                    );
                }
            }
            resolved.push((field.name.name.clone(), ty, field.name.span));
        }
        if is_header {
            let bits: u32 = resolved.iter().map(|(_, ty, _)| self.types.scalar(ty).map_or(0, |t| t.width() as u32)).sum();
            if !bits.is_multiple_of(8) {
                self.error(
                    Diagnostic::error("E0106", format!("header `{}` is {} bits long, not a whole number of bytes", name.name, bits))
                        .primary(name.span, "header size must be a multiple of 8 bits"),
                );
            }
        }
        let index = self.types.structs.len();
        self.types.structs.push(StructDef { name: name.name.clone(), is_header, fields: resolved, span: name.span });
        self.define(name, Global::Type(Ty::Struct(index)));
    }

    fn collect_enum(&mut self, underlying: Option<&'a ast::TypeRef>, name: &ast::Ident, members: &'a [ast::EnumMember]) {
        let underlying_ty = underlying.map(|ty| self.resolve_type(ty));
        let underlying = match &underlying_ty {
            None => None,
            Some(Ty::Bits { width, signed }) => Some((*width, *signed)),
            Some(other) => {
                let described = self.types.describe(other);
                self.error(
                    Diagnostic::error("E0107", format!("an enum's underlying type must be bit<N> or int<N>, not {described}"))
                        .primary(name.span, "bad underlying type"),
                );
                None
            }
        };
        let mut values = Vec::new();
        for (position, member) in members.iter().enumerate() {
            let value = match (&member.value, underlying) {
                (Some(expr), Some((width, signed))) => {
                    self.const_value(expr, &Ty::Bits { width, signed }).unwrap_or(0)
                }
                (None, Some(_)) => {
                    self.error(
                        Diagnostic::error("E0107", format!("member `{}` of a serializable enum needs a value", member.name.name))
                            .primary(member.name.span, "no value")
                            .help(format!("write `{} = <number>`", member.name.name)),
                    );
                    0
                }
                (Some(expr), None) => {
                    self.error(
                        Diagnostic::error("E0107", "members of an enum without underlying type cannot have values")
                            .primary(expr.span, "value not allowed")
                            .help(format!("give the enum an underlying type: `enum bit<8> {} {{ ... }}`", name.name)),
                    );
                    position as u128
                }
                (None, None) => position as u128,
            };
            values.push((member.name.name.clone(), value));
        }
        let index = self.types.enums.len();
        self.types.enums.push(EnumDef { name: name.name.clone(), underlying, members: values });
        self.define(name, Global::Type(Ty::Enum(index)));
    }

    /// Resolve a written type. Reports unknown names and bad widths; returns `Ty::Unknown` then.
    pub fn resolve_type(&mut self, ty: &'a ast::TypeRef) -> Ty {
        match &ty.kind {
            TypeRefKind::Bit(width) => match self.width(width, false) {
                Some(width) => Ty::Bits { width, signed: false },
                None => Ty::Unknown,
            },
            TypeRefKind::Int(width) => match self.width(width, true) {
                Some(width) => Ty::Bits { width, signed: true },
                None => Ty::Unknown,
            },
            TypeRefKind::Varbit(_) => {
                self.error(
                    Diagnostic::error("E0108", "varbit<N> is not supported by flowmark")
                        .primary(ty.span, "unsupported type")
                        .help("skip variable-length data with `advance`"),
                );
                Ty::Unknown
            }
            TypeRefKind::Bool => Ty::Bool,
            TypeRefKind::Void => Ty::Void,
            TypeRefKind::Error => Ty::Error,
            TypeRefKind::DontCare => Ty::Unknown,
            TypeRefKind::Named { name, args } => match self.globals.get(&name.name) {
                Some((Global::Type(resolved), _)) if args.is_empty() => resolved.clone(),
                Some((Global::Type(_), _)) => {
                    self.error(
                        Diagnostic::error("E0109", format!("type `{}` takes no type arguments", name.name))
                            .primary(ty.span, "unexpected type arguments"),
                    );
                    Ty::Unknown
                }
                Some((_, declared)) => {
                    let declared = *declared;
                    self.error(
                        Diagnostic::error("E0110", format!("`{}` is not a type", name.name))
                            .primary(name.span, "expected a type")
                            .secondary(declared, "declared here"),
                    );
                    Ty::Unknown
                }
                None => {
                    let diagnostic = Diagnostic::error("E0111", format!("unknown type `{}`", name.name));
                    let diagnostic = match self.declared_later(&name.name) {
                        Some(later) => diagnostic
                            .primary(name.span, "used before its declaration")
                            .secondary(later, "declared here")
                            .help("move the declaration above its first use"),
                        None => {
                            let types = self.globals.iter().filter(|(_, (g, _))| matches!(g, Global::Type(_))).map(|(n, _)| n.as_str());
                            let names: Vec<&str> = types.chain(["bit", "int", "bool", "error", "varbit"]).collect();
                            super::names::did_you_mean(diagnostic.primary(name.span, "not declared"), &name.name, names)
                        }
                    };
                    self.error(diagnostic);
                    Ty::Unknown
                }
            },
            TypeRefKind::Stack { element, size } => {
                let element_ty = self.resolve_type(element);
                let size_value = self.const_value(size, &Ty::bits(32));
                match (element_ty, size_value) {
                    (Ty::Struct(index), Some(n)) if self.types.structs[index].is_header && (1..=64).contains(&n) => {
                        Ty::Stack(index, n as u32)
                    }
                    (Ty::Unknown, _) | (_, None) => Ty::Unknown,
                    (Ty::Struct(index), Some(n)) if self.types.structs[index].is_header => {
                        self.error(
                            Diagnostic::error("E0112", format!("a header stack must have 1 to 64 elements, not {n}"))
                                .primary(size.span, "bad stack size"),
                        );
                        Ty::Unknown
                    }
                    (other, _) => {
                        let described = self.types.describe(&other);
                        self.error(
                            Diagnostic::error("E0112", format!("only headers can form a stack, not {described}"))
                                .primary(element.span, "not a header type"),
                        );
                        Ty::Unknown
                    }
                }
            }
        }
    }

    /// Where a type named `name` is declared further down the program, if it is.
    fn declared_later(&self, name: &str) -> Option<Span> {
        self.program.declarations.iter().find_map(|declaration| match &declaration.kind {
            DeclarationKind::Typedef { name: n, .. }
            | DeclarationKind::Header { name: n, .. }
            | DeclarationKind::Struct { name: n, .. }
            | DeclarationKind::Enum { name: n, .. }
                if n.name == name =>
            {
                Some(n.span)
            }
            _ => None,
        })
    }

    fn width(&mut self, expr: &'a ast::Expr, signed: bool) -> Option<u16> {
        let value = self.const_value(expr, &Ty::InfInt)?;
        let max = ir::MAX_WIDTH as u128;
        let min = if signed { 2 } else { 1 };
        if value < min || value > max {
            self.error(
                Diagnostic::error("E0113", format!("width {value} is out of range"))
                    .primary(expr.span, format!("must be {min} to {max}"))
                    .note("flowmark supports scalars up to 128 bits; arithmetic up to 64 bits"),
            );
            return None;
        }
        Some(value as u16)
    }

    /// Evaluate a compile-time constant converted to `expected` (InfInt: as written).
    pub fn const_value(&mut self, expr: &'a ast::Expr, expected: &Ty) -> Option<u128> {
        let mut lowerer = Lowerer::scratch(self);
        lowerer.constant(expr, expected)
    }

    /// Find `main` and lower the program it names.
    pub fn lower_main(&mut self, name: &str) -> Option<ir::Module> {
        let Some((Global::Instance(main), _)) = self.globals.get("main").cloned() else {
            // The first line of the last declaration (not the whole of a long control).
            let span = self.program.declarations.last().map(|d| d.span).unwrap_or_default();
            let first_line = self.sources.snippet(span).find('\n').map_or(span.end, |n| span.start + n as u32);
            let span = Span { end: first_line, ..span };
            self.error(
                Diagnostic::error("E0114", "the program has no `main` package instance")
                    .primary(span, "expected `main` after this")
                    .help("end the program with `ebpfFilter(prs(), pipe()) main;` or `Flowmark(prs(), pipe()) main;`"),
            );
            return None;
        };
        super::program::lower_program(self, main, name)
    }
}
