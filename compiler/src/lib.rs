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
        // Follow-ons of a syntax error are dropped: a missing `main`, a sema error at a place a
        // syntax error already points at (an empty or broken macro used as a value), and unknown
        // names and types when an include file could not be read (they were likely declared there).
        let (_, more) = sema::analyze(&program, sources, name);
        let include_failed = diagnostics.iter().any(|d| d.code == "E0002");
        let reported: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).flat_map(|d| d.labels.iter().map(|l| l.span)).collect();
        diagnostics.extend(more.into_iter().filter(|d| {
            let at_reported = d.labels.iter().any(|l| l.primary && reported.contains(&l.span));
            let unknown_name = matches!(d.code, "E0111" | "E0125");
            d.code != "E0114" && !at_reported && !(include_failed && unknown_name)
        }));
        return (None, diagnostics);
    }
    let (module, more) = sema::analyze(&program, sources, name);
    diagnostics.extend(more);
    (module, diagnostics)
}
