//! The native code generator's validity shortcuts (no select on reads of headers no
//! `setInvalid()` touches, the validity data-flow, headers without a zeroed area) against the
//! reference interpreter on a program that uses `setValid()` without `extract`, `setInvalid()` of
//! an extracted header and `isValid()` through a variable (`tests/data/validity.p4`).

mod common;

use flowmark_compiler::stf::{run_stf, run_stf_interp};
use flowmark_native::NativePipeline;

#[test]
fn validity_shortcuts_match_the_interpreter() {
    let module = common::compile_data("validity");
    let stf = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/validity.stf")).expect("stf");
    let mut native = NativePipeline::new(&module).expect("native");
    let report = run_stf(&module, &stf, &mut native);
    let reference = run_stf_interp(&module, &stf);
    assert!(reference.passed(), "interpreter:\n{reference}");
    assert!(report.passed() && report == reference, "native:\n{report}\ninterpreter:\n{reference}");
}
