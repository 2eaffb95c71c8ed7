//! End to end: every example under `examples/` compiles and its `.stf` passes on the reference
//! interpreter.

use flowmark_compiler::compile_source;
use flowmark_compiler::stf::run_stf_interp;
use flowmark_grammar::SourceMap;

mod common;
use common::{ExampleFiles, EXAMPLES};

#[test]
fn examples_pass_their_stf_on_the_interpreter() {
    let mut problems = Vec::new();
    for (name, program, stf) in EXAMPLES {
        let mut sources = SourceMap::default();
        let main = sources.add(format!("{name}.p4"), program.to_string());
        let (module, diagnostics) = compile_source(&mut sources, main, &ExampleFiles, name);
        let Some(module) = module else {
            problems.push(format!("{name}: does not compile:\n{}", flowmark_grammar::render(&sources, &diagnostics)));
            continue;
        };
        let report = run_stf_interp(&module, stf);
        if !report.passed() || report.packets == 0 || report.checks == 0 {
            problems.push(format!("{name}.stf:\n{report}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
