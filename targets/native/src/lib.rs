//! flowmark's native target: IR -> Cranelift. One function per pipeline,
//! `extern "C" fn(packet: *mut u8, len: u32, ctx: *mut flowmark_runtime::Context) -> u32`, either
//! JIT-compiled in process ([`NativePipeline`], which also implements the STF
//! [`Target`](flowmark_compiler::stf::Target)) or written ahead of time as an object file with a
//! C header ([`compile_object`], [`c_header`]) for C datapaths that link it with the runtime's host
//! functions. [`clif`] gives the function's CLIF text (what `--emit clif` prints and the golden
//! snapshots hold). The translation itself is documented in `codegen`.
#![allow(unsafe_code)]

mod codegen;
mod divisions;
pub mod guard;
mod header;
mod jit;

use std::fmt;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{default_libcall_names, Linkage, Module as ClifModule};
use cranelift_object::{ObjectBuilder, ObjectModule};
use flowmark_compiler::ir;

pub use header::c_header;
pub use jit::{Jit, NativePipeline, Outcome};

/// Why compilation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The IR has something the code generator cannot translate.
    Codegen(String),
    /// Cranelift refused the function or the module.
    Backend(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Codegen(m) => write!(f, "native code generation: {m}"),
            Error::Backend(m) => write!(f, "cranelift: {m}"),
        }
    }
}

impl std::error::Error for Error {}

fn backend(e: impl fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

/// The host ISA with `opt_level=speed`; `pic` for objects.
pub fn isa(pic: bool) -> Result<OwnedTargetIsa, Error> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(backend)?;
    flags.set("is_pic", if pic { "true" } else { "false" }).map_err(backend)?;
    flags.set("enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" }).map_err(backend)?;
    let builder = cranelift_native::builder().map_err(backend)?;
    builder.finish(settings::Flags::new(flags)).map_err(backend)
}

/// A C identifier from a P4 name (`pipe.acl_rules` -> `pipe_acl_rules`).
pub fn c_ident(name: &str) -> String {
    let mut out: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    if out.chars().next().is_none_or(|c| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// The symbol of a module's entry function: `flowmark_<name>_run`.
pub fn entry_symbol(module: &ir::Module) -> String {
    format!("flowmark_{}_run", c_ident(&module.name))
}

/// Translate the module into `m`, returning the entry function's id and its CLIF text.
fn define<M: ClifModule>(module: &ir::Module, m: &mut M, linkage: Linkage) -> Result<(cranelift_module::FuncId, String), Error> {
    let imports = codegen::declare_imports(m)?;
    let sig = codegen::entry_signature(m.isa().default_call_conv());
    let id = m.declare_function(&entry_symbol(module), linkage, &sig).map_err(backend)?;
    let mut ctx = m.make_context();
    ctx.func.signature = sig;
    ctx.func.name = cranelift_codegen::ir::UserFuncName::user(0, id.as_u32());
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    codegen::build_function(module, m, &imports, &mut ctx.func, &mut fctx)?;
    let text = ctx.func.display().to_string();
    if divisions::worth_fusing(&ctx.func) {
        // Cranelift's optimisation first makes equal operands one value (define_function runs it
        // again, cheaply, on the fused function).
        ctx.optimize(m.isa(), &mut ControlPlane::default()).map_err(|e| Error::Backend(format!("{e:?}")))?;
        ctx.compute_cfg();
        ctx.compute_domtree();
        divisions::fuse_divisions(&mut ctx.func, &ctx.domtree);
    }
    m.define_function(id, &mut ctx).map_err(|e| match e {
        cranelift_module::ModuleError::Compilation(c) => Error::Backend(format!("{c:?}")),
        other => backend(other),
    })?;
    Ok((id, text))
}

/// The CLIF text of the pipeline function as the code generator emits it (before Cranelift's
/// optimisations).
pub fn clif(module: &ir::Module) -> Result<String, Error> {
    let builder = ObjectBuilder::new(isa(true)?, module.name.clone(), default_libcall_names()).map_err(backend)?;
    let mut m = ObjectModule::new(builder);
    let (_, text) = define(module, &mut m, Linkage::Export)?;
    Ok(text)
}

/// An ahead-of-time object (ELF relocatable on Linux) exporting [`entry_symbol`] and importing
/// the runtime's host functions.
pub fn compile_object(module: &ir::Module) -> Result<Vec<u8>, Error> {
    let builder = ObjectBuilder::new(isa(true)?, module.name.clone(), default_libcall_names()).map_err(backend)?;
    let mut m = ObjectModule::new(builder);
    define(module, &mut m, Linkage::Export)?;
    m.finish().emit().map_err(backend)
}
