//! flowmark's middle: semantic analysis of the AST ([`sema`]), the IR every target consumes ([`ir`])
//! with its verifier, the reference interpreter that defines what a pipeline means ([`interp`]), and
//! the STF packet-test runner ([`stf`]) that checks any target against expectations.
//!
//! The core does no IO: callers hand in source text and get back data (an IR module, diagnostics,
//! reports).
#![forbid(unsafe_code)]

pub mod interp;
pub mod ir;
pub mod layout;
pub mod sema;
pub mod stf;

pub use flowmark_grammar as grammar;

use flowmark_grammar::{Diagnostic, FileId, FileLoader, SourceMap};

/// Parse and check the program in file `main` and lower it to IR. `name` names the module (the
/// file stem). Returns the module when there were no errors, and every diagnostic.
pub fn compile_source(
    sources: &mut SourceMap,
    main: FileId,
    loader: &dyn FileLoader,
    name: &str,
) -> (Option<ir::Module>, Vec<Diagnostic>) {
    let (program, mut diagnostics) = flowmark_grammar::parse_program(sources, main, loader);
    let Some(program) = program else {
        return (None, diagnostics);
    };
    if diagnostics.iter().any(Diagnostic::is_error) {
        // Syntax errors: still run the checks on what parsed, for more errors in one run, but
        // produce no module.
        let (_, more) = sema::analyze(&program, sources, name);
        diagnostics.extend(more.into_iter().filter(|d| d.code != "E0114"));
        return (None, diagnostics);
    }
    let (module, more) = sema::analyze(&program, sources, name);
    diagnostics.extend(more);
    (module, diagnostics)
}
