//! Errors of the eBPF target: a `Program` the ELF/BTF writer cannot turn into an object the kernel
//! would accept (bad names, relocations that do not point at an `ld_imm64`, key or value types
//! whose size disagrees with the map), failures of the `object` writer itself, and programs that
//! cannot be offloaded to a NIC (with the checker's diagnostics).

use flowmark_grammar::Diagnostic;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The program has no instructions.
    EmptyProgram { program: String },
    /// A program, map or type name that is not a C identifier where one is needed (program and map
    /// names become ELF symbols and BTF `VAR`/`FUNC` names, which libbpf and the kernel check).
    InvalidName { what: &'static str, name: String },
    /// Two maps with the same name.
    DuplicateMap { name: String },
    /// A map relocation that does not name an `ld_imm64` slot pair or an existing map.
    BadRelocation { insn: usize, reason: String },
    /// A key or value BTF struct whose size is not the map's key or value size.
    TypeSize { map: String, which: &'static str, map_size: u32, type_size: u32 },
    /// A struct member that does not fit in its struct, or has a zero size.
    BadMember { structure: String, member: String, reason: String },
    /// The `object` crate refused to write the ELF file.
    Object(String),
    /// The program uses something the eBPF target cannot express (named in the message).
    Unsupported(String),
    /// The stack frame would exceed the kernel's 512 bytes.
    StackTooLarge { bytes: u32 },
    /// A bug in the code generator.
    Internal(String),
    /// An offload build (`Options::offload`) of a program with constructs the NIC cannot run:
    /// the diagnostics of `offload::check`, to render against the program's sources.
    NotOffloadable(Vec<Diagnostic>),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyProgram { program } => write!(f, "program `{program}` has no instructions"),
            Error::InvalidName { what, name } => {
                write!(f, "{what} name `{name}` is not a C identifier ([A-Za-z_][A-Za-z0-9_]*)")
            }
            Error::DuplicateMap { name } => write!(f, "two maps are named `{name}`"),
            Error::BadRelocation { insn, reason } => {
                write!(f, "map relocation at instruction {insn}: {reason}")
            }
            Error::TypeSize { map, which, map_size, type_size } => {
                write!(f, "map `{map}`: the {which} type is {type_size} bytes but the map's {which} size is {map_size}")
            }
            Error::BadMember { structure, member, reason } => {
                write!(f, "struct `{structure}`, member `{member}`: {reason}")
            }
            Error::Object(message) => write!(f, "writing the ELF object: {message}"),
            Error::Unsupported(what) => write!(f, "not supported by the eBPF target: {what}"),
            Error::StackTooLarge { bytes } => {
                write!(f, "the program needs {bytes} bytes of stack; eBPF allows 512")
            }
            Error::Internal(message) => write!(f, "internal error in the eBPF code generator: {message}"),
            Error::NotOffloadable(diagnostics) => {
                let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
                write!(f, "the program cannot be offloaded ({} error{}", errors.len(), if errors.len() == 1 { "" } else { "s" })?;
                match errors.first() {
                    Some(first) => write!(f, "; the first: [{}] {})", first.code, first.message),
                    None => write!(f, ")"),
                }
            }
        }
    }
}

impl std::error::Error for Error {}
