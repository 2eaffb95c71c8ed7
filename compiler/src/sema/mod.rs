//! Semantic analysis: resolves names, checks types, widths and directions with P4's rules, and
//! lowers the checked program to IR in the same walk (one pass over each body, so every error in a
//! file is reported in one run and no second tree is built).
//!
//! Steps: [`globals`] collects top-level declarations and resolves types and constants; the
//! `main` instantiation picks the architecture and [`program`] binds it; [`parser`] lowers and
//! unrolls the parser; [`control`] and [`assign`] lower statements, [`actions`] inlines actions and
//! applies tables, [`externs`] handles extern instances and functions; [`expr`], [`names`] and
//! [`operators`] type and lower expressions for both. Error codes are listed in docs/ERRORS.md.
//!
//! One mistake, one report: a name whose declaration failed stays bound as [`Ref::Failed`], an
//! unknown type or value (`Ty::Unknown`, `Operand::Unknown`) means "already reported", and the
//! checks that follow stay silent.

mod builder;
mod actions;
mod assign;
mod control;
mod expr;
mod externs;
mod globals;
mod names;
mod operators;
mod parser;
mod program;
mod tables;
mod types;

use crate::ir;
use flowmark_grammar::{ast, Diagnostic, SourceMap, Span};
use std::collections::HashMap;
pub(crate) use types::Ty;

/// Check `program` and lower it. `name` names the module (the file stem). Returns the IR module if
/// there were no errors, and all diagnostics (errors and warnings) in source order.
pub fn analyze(
    program: &ast::Program,
    sources: &SourceMap,
    name: &str,
) -> (Option<ir::Module>, Vec<Diagnostic>) {
    let mut checker = globals::Checker::new(program, sources);
    checker.collect();
    let module = checker.lower_main(name);
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    for mut diagnostic in std::mem::take(&mut checker.diagnostics) {
        for label in &mut diagnostic.labels {
            label.span = trim_span(sources, label.span);
        }
        // An action inlined at several sites reports the same mistake once.
        if !diagnostics.contains(&diagnostic) {
            diagnostics.push(diagnostic);
        }
    }
    diagnostics.sort_by_key(|d| d.labels.first().map(|l| (l.span.file, l.span.start)).unwrap_or_default());
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    if has_errors {
        return (None, diagnostics);
    }
    match module {
        Some(module) => (Some(module), diagnostics),
        None => (None, diagnostics),
    }
}

/// A label's span without the white space and line comments the grammar's spans of statements and
/// types may end with (`if (c) { }` followed by blank lines), so labels stop where the code does.
fn trim_span(sources: &SourceMap, span: Span) -> Span {
    let text = sources.snippet(span);
    let mut end = text.len();
    loop {
        end = text[..end].trim_end().len();
        let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        match text[line_start..end].find("//") {
            Some(i) if line_start + i > 0 => end = line_start + i,
            _ => break,
        }
    }
    if end == 0 {
        return span;
    }
    Span { end: span.start + end as u32, ..span }
}

/// What a name in scope stands for while lowering a body.
#[derive(Clone, Debug)]
pub(crate) enum Ref {
    /// A scalar variable.
    Var(ir::VarId, Ty, Access),
    /// A read-only scalar already computed (action data, `in` parameters bound by value).
    Value(ir::Value, Ty),
    /// A compile-time constant.
    Const(u128, Ty),
    /// A header field.
    Field(ir::HeaderId, u16, Ty),
    /// A header instance.
    Header(ir::HeaderId, types::StructIndex),
    /// A header stack (index into `Module::stacks`), its element type and size.
    Stack(usize, types::StructIndex),
    /// A struct made of other refs, one per field in declaration order.
    Struct(types::StructIndex, Vec<Ref>),
    /// The `packet_in` parameter of the parser.
    Packet,
    /// A table of the current control.
    Table(ir::TableId),
    /// An action (top-level or of the current control).
    Action(usize),
    /// An extern instance of the current control.
    Instance(externs::InstanceRef),
    /// An enum type name (for `E.member`).
    EnumType(types::EnumIndex),
    /// A name whose declaration had an error (already reported): it stays in scope so that its uses
    /// are neither "cannot find" errors nor follow-on errors, and it is never "unused".
    Failed,
}

/// Whether a variable may be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    ReadWrite,
    /// `in` parameters and architecture inputs (`standard_metadata.in_port`).
    ReadOnly,
}

/// Nested name scopes.
#[derive(Debug, Default)]
pub(crate) struct Scopes {
    frames: Vec<HashMap<String, (Ref, Span)>>,
}

impl Scopes {
    pub fn push(&mut self) {
        self.frames.push(HashMap::new());
    }
    pub fn pop(&mut self) {
        self.frames.pop();
    }
    pub fn insert(&mut self, name: &str, value: Ref, span: Span) -> Option<Span> {
        if self.frames.is_empty() {
            self.push();
        }
        let frame = self.frames.last_mut().expect("a frame was pushed above");
        let previous = frame.get(name).map(|(_, span)| *span);
        frame.insert(name.to_string(), (value, span));
        previous
    }
    /// Every name in scope (for suggestions).
    pub fn names(&self) -> impl Iterator<Item = &String> {
        self.frames.iter().flat_map(|frame| frame.keys())
    }
    /// The binding and where it was declared.
    pub fn lookup_entry(&self, name: &str) -> Option<(Ref, Span)> {
        self.frames.iter().rev().find_map(|frame| frame.get(name).cloned())
    }
}

/// The key under which a use of the declaration at `span` is recorded (unused-entity warnings).
pub(crate) fn use_key(span: Span) -> String {
    format!("@{}:{}", span.file.0, span.start)
}

/// A table's or action's name as the user wrote it: `acl` for `pipe.acl`.
pub(crate) fn short_name(qualified: &str) -> &str {
    qualified.rsplit('.').next().unwrap_or(qualified)
}

/// `1 argument`, `2 arguments`.
pub(crate) fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// The source text of a span with runs of white space folded to one space (table key names).
pub(crate) fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
