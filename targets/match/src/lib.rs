//! flowmark's match-interface target: the hardware pipeline model of a P4 program (headers and
//! fields, the header graph from the parser, tables with field-ref matches, actions with typed
//! arguments, and the table graph from the control) as a C header of initialised
//! `struct net_mat_*` data for the `matchd` daemon and as JSON for tools, plus [`rules`], which
//! turns table-entry lines into `match` CLI commands. The mapping, the JSON schema and what is
//! left out (warnings) versus refused (errors) are in docs/MATCH.md.
//!
//! The library does no IO: [`compile`] returns text and diagnostics (spans from the IR's side
//! tables) for the caller to write and render.
#![forbid(unsafe_code)]

mod c_header;
mod header_graph;
mod json;
mod lower;
pub mod model;
mod rules;
mod table_graph;

use flowmark_compiler::ir;
use flowmark_grammar::Diagnostic;
use std::fmt;

pub use json::{FORMAT as JSON_FORMAT, VERSION as JSON_VERSION};
pub use rules::{rules, RuleError};

/// Options of the match-interface target.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Prefix of the C identifiers (`router` gives `router_tables`, `ROUTER_TABLE_IPV4_LPM`);
    /// the module name when `None`.
    pub prefix: Option<String>,
}

/// Why a program has no model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// Parts of the program the model cannot express without changing what it means: one
    /// diagnostic (with spans) per problem, for the caller to render.
    Unsupported(Vec<Diagnostic>),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unsupported(diagnostics) => {
                write!(f, "the match-interface model cannot express this program")?;
                for d in diagnostics {
                    write!(f, "\n  {}[{}]: {}", if d.is_error() { "error" } else { "warning" }, d.code, d.message)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

/// The compiled model.
#[derive(Clone, Debug)]
pub struct Artifact {
    /// The model as data (what both texts render).
    pub model: model::Model,
    /// The C header (`PROG_model.h`).
    pub header: String,
    /// The JSON model (`--emit json`).
    pub json: String,
    /// What the model leaves out, pointing at the source.
    pub warnings: Vec<Diagnostic>,
}

/// Build the model (and its warnings) without rendering it.
pub fn build_model(module: &ir::Module) -> Result<(model::Model, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut builder = lower::Builder::new(module);
    builder.tables();
    if !builder.errors.is_empty() {
        return Err(builder.errors);
    }
    header_graph::build(&mut builder);
    table_graph::build(&mut builder);
    builder.externs();
    let mut warnings = builder.warnings;
    warnings.sort_by_key(|d| d.labels.first().map(|l| (l.span.file.0, l.span.start)));
    Ok((builder.model, warnings))
}

/// Compile a verified IR module to its match-interface model.
pub fn compile(module: &ir::Module, options: &Options) -> Result<Artifact, Error> {
    let (model, warnings) = build_model(module).map_err(Error::Unsupported)?;
    let prefix = options.prefix.clone().unwrap_or_else(|| module.name.clone());
    let header = c_header::render(&model, &prefix);
    let json = json::render(&model);
    Ok(Artifact { model, header, json, warnings })
}
