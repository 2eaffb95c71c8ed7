//! The front of flowmark: preprocessing (`#include`, `#define`, `#ifndef` guards), the pest grammar of
//! the P4-16 dialect, the AST with spans, and diagnostics as data. It does no IO of its own: files
//! are read through a [`FileLoader`] the caller supplies; the built-in includes (`<core.p4>`,
//! `<ebpf_model.p4>`, `<flowmark.p4>`) ship inside this crate.
#![forbid(unsafe_code)]

pub mod ast;
pub mod builtin;
pub mod diagnostic;
mod parse;
mod preprocess;
pub mod source;

pub use diagnostic::{render, Diagnostic, Label, Severity};
pub use source::{FileId, SourceFile, SourceMap, Span};

/// Reads `#include "file"` targets. `path` is already resolved relative to the including file.
pub trait FileLoader {
    fn load(&self, path: &str) -> Result<String, String>;
}

/// Parse the file `main` (already in `sources`) and everything it includes. Returns the program
/// (`None` only if nothing could be parsed) and every diagnostic found, errors and warnings.
pub fn parse_program(
    sources: &mut SourceMap,
    main: FileId,
    loader: &dyn FileLoader,
) -> (Option<ast::Program>, Vec<Diagnostic>) {
    preprocess::parse_with_includes(sources, main, loader)
}
