//! `flowmark build --target native`: the object file with its C header written next to it
//! (`-o out/x.o` -> `out/x.h`), `--emit clif` and `--emit header`; and `flowmark test --target
//! native`, which runs an STF file through the JIT.

use super::{write_output, Emit};
use flowmark_compiler::{ir, stf};
use std::path::Path;
use std::process::ExitCode;

pub fn build(module: &ir::Module, emit: Option<Emit>, output: Option<&Path>) -> Result<ExitCode, String> {
    match emit.unwrap_or(Emit::Object) {
        Emit::Clif => write_output(output, &flowmark_native::clif(module).map_err(|e| e.to_string())?)?,
        Emit::Header => write_output(output, &flowmark_native::c_header(module))?,
        Emit::Ir => write_output(output, &module.to_string())?,
        Emit::Object => {
            let path = output.ok_or("a native object needs an output file: -o PROG.o")?;
            let object = flowmark_native::compile_object(module).map_err(|e| e.to_string())?;
            std::fs::write(path, object).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            let header = path.with_extension("h");
            std::fs::write(&header, flowmark_native::c_header(module))
                .map_err(|e| format!("cannot write {}: {e}", header.display()))?;
        }
        other => return Err(format!("--emit {other:?} is not available for --target native")),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_stf(module: &ir::Module, text: &str) -> Result<stf::StfReport, String> {
    let mut native = flowmark_native::NativePipeline::new(module).map_err(|e| e.to_string())?;
    Ok(stf::run_stf(module, text, &mut native))
}
