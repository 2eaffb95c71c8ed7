//! Semantic types: what the checker knows about every expression, richer than the IR's scalar
//! [`crate::ir::Type`] (headers, structs, enums, untyped integer literals). Also the global tables of
//! declared types that give these ids their meaning.

use crate::ir;
use flowmark_grammar::Span;

/// Index into [`TypeTables::structs`] (structs and headers share one list; `is_header` tells).
pub(crate) type StructIndex = usize;
/// Index into [`TypeTables::enums`].
pub(crate) type EnumIndex = usize;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    Bits { width: u16, signed: bool },
    /// An integer literal without a width: adapts to the other operand (P4's `int`).
    InfInt,
    Bool,
    /// P4's `error`.
    Error,
    Enum(EnumIndex),
    /// A header or struct type.
    Struct(StructIndex),
    /// A header stack: element header type and size.
    Stack(StructIndex, u32),
    Void,
    /// A type the checker could not determine (after an error was reported).
    Unknown,
}

impl Ty {
    pub fn bits(width: u16) -> Ty {
        Ty::Bits { width, signed: false }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct StructDef {
    pub name: String,
    pub is_header: bool,
    pub fields: Vec<(String, Ty, Span)>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub(crate) struct EnumDef {
    pub name: String,
    /// Underlying `bit<N>` for serializable enums; plain enums are numbered 0.. in bit<32>.
    pub underlying: Option<(u16, bool)>,
    pub members: Vec<(String, u128)>,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct TypeTables {
    pub structs: Vec<StructDef>,
    pub enums: Vec<EnumDef>,
}

impl TypeTables {
    /// The IR scalar type of a scalar semantic type (`None` for aggregates and unknowns).
    pub fn scalar(&self, ty: &Ty) -> Option<ir::Type> {
        match ty {
            Ty::Bits { width, signed } => Some(ir::Type::Bits { width: *width, signed: *signed }),
            Ty::Bool => Some(ir::Type::Bool),
            Ty::Error => Some(ir::Type::bits(32)),
            Ty::Enum(index) => Some(match self.enums[*index].underlying {
                Some((width, signed)) => ir::Type::Bits { width, signed },
                None => ir::Type::bits(32),
            }),
            _ => None,
        }
    }

    /// How a type is written in P4, for messages.
    pub fn describe(&self, ty: &Ty) -> String {
        match ty {
            Ty::Bits { width, signed: false } => format!("bit<{width}>"),
            Ty::Bits { width, signed: true } => format!("int<{width}>"),
            Ty::InfInt => "int (an integer literal)".into(),
            Ty::Bool => "bool".into(),
            Ty::Error => "error".into(),
            Ty::Enum(index) => format!("enum {}", self.enums[*index].name),
            Ty::Struct(index) => {
                let def = &self.structs[*index];
                format!("{} {}", if def.is_header { "header" } else { "struct" }, def.name)
            }
            Ty::Stack(index, size) => format!("{}[{}]", self.structs[*index].name, size),
            Ty::Void => "void".into(),
            Ty::Unknown => "{unknown}".into(),
        }
    }

    /// Scalar leaves of a struct type in field order, with dotted names (`src`, `inner.dst`).
    pub fn flatten(&self, ty: &Ty) -> Vec<(String, Ty)> {
        let mut out = Vec::new();
        self.flatten_into(ty, "", &mut out);
        out
    }

    fn flatten_into(&self, ty: &Ty, prefix: &str, out: &mut Vec<(String, Ty)>) {
        match ty {
            Ty::Struct(index) if !self.structs[*index].is_header => {
                for (name, field_ty, _) in &self.structs[*index].fields {
                    let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
                    self.flatten_into(field_ty, &path, out);
                }
            }
            other => out.push((prefix.to_string(), other.clone())),
        }
    }
}
