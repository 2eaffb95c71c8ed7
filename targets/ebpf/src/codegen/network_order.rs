//! Values kept in network byte order, so table keys need no byte swaps at run time.
//!
//! A header field that ends on a byte boundary and fills 2 to 8 or 16 bytes can be loaded from
//! the packet as is: the register (or, for 16 bytes, the stack slot) then holds the field's bytes
//! in packet order, its *network form*. Keys are packed big-endian (`layout.rs`), so a key field
//! of the same size takes those bytes unchanged; equality with a constant and `select` cases
//! compare against the constant's bytes, swapped at compile time. Only when some other operation
//! needs the number does the code generator add one byte swap (at the definition).
//!
//! Variables (`meta.src_port` in ovs_hint, say) keep the network form when every assignment to
//! them is such a field, another such variable of the same type, or a constant; reads of them then
//! give network-form values too. This module decides, before lowering, which variables and values
//! have a network form and which of those values also need the number.

use super::maps::MapPlan;
use flowmark_compiler::ir::{self, Function, Inst, KeySet, Terminator, Type, Value, VarId};
use flowmark_compiler::layout::{ByteOrder, FieldLayout, TableStorage};
use std::collections::{HashMap, HashSet};

/// The decisions for one module.
#[derive(Debug, Default)]
pub struct NetworkOrder {
    /// Variables stored in network form.
    pub vars: HashSet<VarId>,
    /// Per function (0 parser, 1 control): values defined in network form, with their byte size.
    pub values: [HashMap<Value, u32>; 2],
    /// Per function: network-form values some operation also needs as a number.
    pub needs_number: [HashSet<Value>; 2],
}

/// The architecture's own variables (inputs and outputs the prologue and epilogue touch).
pub fn architectural_vars(module: &ir::Module) -> HashSet<VarId> {
    let standard = &module.standard;
    [standard.in_port, standard.packet_length, standard.mark, standard.out_port, standard.verdict, standard.pass, standard.parser_error]
        .into_iter()
        .flatten()
        .collect()
}

/// The byte size of a value's network form, for a field of `width` bits ending on a byte boundary
/// (`shift_zero`) that spans `bytes` bytes.
fn network_bytes(ty: Type, width: u16, bytes: u32, shift_zero: bool) -> Option<u32> {
    let unsigned = matches!(ty, Type::Bits { signed: false, .. });
    let fits = match bytes {
        2..=8 => shift_zero && (width as u32).div_ceil(8) == bytes,
        16 => shift_zero && width == 128,
        _ => false,
    };
    (unsigned && fits).then_some(bytes)
}

/// The network-form size of `header.field`, if it has one.
pub fn field_bytes(module: &ir::Module, header: ir::HeaderId, field: u16) -> Option<u32> {
    let data = &module.header_type(header).fields[field as usize];
    let start = data.bit_offset / 8;
    let end = (data.bit_offset + data.width as u32 - 1) / 8;
    let shift_zero = (data.bit_offset + data.width as u32).is_multiple_of(8);
    network_bytes(Type::bits(data.width), data.width, end - start + 1, shift_zero)
}

/// Whether a key field stores a network-form value of `bytes` bytes unchanged.
pub fn key_field_takes(field: &FieldLayout, bytes: u32) -> bool {
    field.byte_order == ByteOrder::Big && field.size == bytes && (!field.left_aligned || field.size * 8 == field.width as u32)
}

fn var_bytes(ty: Type) -> Option<u32> {
    match ty {
        Type::Bits { width, signed: false } => {
            let bytes = (width as u32).div_ceil(8);
            match bytes {
                2..=8 => Some(bytes),
                16 if width == 128 => Some(16),
                _ => None,
            }
        }
        _ => None,
    }
}

fn defining_insts(function: &Function) -> HashMap<Value, &Inst> {
    let mut out = HashMap::new();
    for (_, block) in function.blocks.iter() {
        for inst in &block.insts {
            for result in inst.results() {
                out.insert(result, inst);
            }
        }
    }
    out
}

pub fn analyze(module: &ir::Module, maps: &MapPlan) -> NetworkOrder {
    let functions = [&module.parser, &module.control];
    let definitions: Vec<HashMap<Value, &Inst>> = functions.iter().map(|f| defining_insts(f)).collect();
    let standard_vars = architectural_vars(module);
    let mut vars: HashSet<VarId> =
        module.variables.iter().filter(|(v, d)| !standard_vars.contains(v) && var_bytes(d.ty).is_some()).map(|(v, _)| v).collect();
    // Drop variables some assignment gives a value without a network form, until stable.
    loop {
        let mut removed = false;
        for (index, function) in functions.iter().enumerate() {
            for (_, block) in function.blocks.iter() {
                for inst in &block.insts {
                    let Inst::WriteVar { var, value } = inst else { continue };
                    if !vars.contains(var) {
                        continue;
                    }
                    let bytes = var_bytes(module.variables[*var].ty);
                    let ok = match definitions[index].get(value) {
                        Some(Inst::Const { .. }) => true,
                        Some(Inst::ReadField { header, field, .. }) => {
                            field_bytes(module, *header, *field) == bytes && function.values[*value] == module.variables[*var].ty
                        }
                        Some(Inst::ReadVar { var: source, .. }) => {
                            vars.contains(source) && module.variables[*source].ty == module.variables[*var].ty
                        }
                        _ => false,
                    };
                    if !ok {
                        vars.remove(var);
                        removed = true;
                    }
                }
            }
        }
        if !removed {
            break;
        }
    }
    let mut result = NetworkOrder { vars, ..Default::default() };
    for (index, function) in functions.iter().enumerate() {
        for (_, block) in function.blocks.iter() {
            for inst in &block.insts {
                let bytes = match inst {
                    Inst::ReadField { header, field, .. } => field_bytes(module, *header, *field),
                    Inst::ReadVar { var, .. } if result.vars.contains(var) => var_bytes(module.variables[*var].ty),
                    _ => None,
                };
                if let (Some(bytes), Some(value)) = (bytes, inst.results().first().copied()) {
                    result.values[index].insert(value, bytes);
                }
                // Action parameters are stored big-endian in the table value.
                if let Inst::TableApply { table, params, .. } = inst {
                    let layout = &maps.tables[table].layout;
                    for (value, field) in params.iter().zip(&layout.value.fields) {
                        let ty = function.values[*value];
                        let bytes = field.size;
                        let fits = field.byte_order == ByteOrder::Big
                            && !field.left_aligned
                            && (2..=8).contains(&bytes)
                            && network_bytes(ty, ty.width(), bytes, true) == Some(bytes);
                        if fits {
                            result.values[index].insert(*value, bytes);
                        }
                    }
                }
            }
        }
        let needs = needs_number(module, maps, function, &definitions[index], &result.values[index], &result.vars);
        result.needs_number[index] = needs;
    }
    result
}

/// The network-form values of `function` that some use needs as a number.
fn needs_number(
    module: &ir::Module,
    maps: &MapPlan,
    function: &Function,
    definitions: &HashMap<Value, &Inst>,
    network: &HashMap<Value, u32>,
    vars: &HashSet<VarId>,
) -> HashSet<Value> {
    let is_constant = |v: &Value| matches!(definitions.get(v), Some(Inst::Const { .. }));
    let mut out = HashSet::new();
    for (_, block) in function.blocks.iter() {
        for inst in &block.insts {
            // (argument, whether that use takes the network form) for the uses this knows.
            let mut uses: Vec<(Value, bool)> = Vec::new();
            match inst {
                Inst::WriteVar { var, value } => uses.push((*value, vars.contains(var))),
                Inst::WriteField { header, field, value } => {
                    let same_width = function.values[*value].width() == module.header_type(*header).fields[*field as usize].width;
                    uses.push((*value, same_width && network.get(value).copied() == field_bytes(module, *header, *field)));
                }
                Inst::HintApply { hint, key, .. } => {
                    let layout = &maps.hints[hint].1;
                    for (value, field) in key.iter().zip(&layout.fields) {
                        uses.push((*value, network.get(value).is_some_and(|b| key_field_takes(field, *b))));
                    }
                }
                Inst::TableApply { table, keys, .. } => {
                    let layout = &maps.tables[table].layout;
                    let ordered: Vec<Value> = match layout.storage {
                        TableStorage::Hash | TableStorage::Ternary | TableStorage::RangeScan => keys.clone(),
                        TableStorage::LpmTrie => lpm_ordered(module, *table, keys),
                        TableStorage::Array => Vec::new(),
                    };
                    for (value, field) in ordered.iter().zip(&layout.key.fields) {
                        uses.push((*value, network.get(value).is_some_and(|b| key_field_takes(field, *b))));
                    }
                }
                Inst::Binary { op: ir::BinaryOp::Eq | ir::BinaryOp::Ne, lhs, rhs, .. } => {
                    for (a, b) in [(lhs, rhs), (rhs, lhs)] {
                        uses.push((*a, network.get(a).is_some_and(|bytes| *bytes <= 8) && is_constant(b)));
                    }
                }
                _ => {}
            }
            let arguments = inst.arguments();
            for argument in &arguments {
                if !network.contains_key(argument) {
                    continue;
                }
                let known: Vec<bool> = uses.iter().filter(|(v, _)| v == argument).map(|(_, takes)| *takes).collect();
                let all_known = known.len() == arguments.iter().filter(|a| *a == argument).count();
                if !all_known || known.contains(&false) {
                    out.insert(*argument);
                }
            }
        }
        match &block.terminator {
            Terminator::Select { keys, cases, .. } => {
                for (position, key) in keys.iter().enumerate() {
                    let simple = cases.iter().all(|c| matches!(c.keysets[position], KeySet::Any | KeySet::Value(_) | KeySet::Mask(..)));
                    if network.get(key).is_some_and(|b| *b <= 8) && simple {
                        continue;
                    }
                    if network.contains_key(key) {
                        out.insert(*key);
                    }
                }
            }
            other => {
                for argument in other.arguments() {
                    if network.contains_key(&argument) {
                        out.insert(argument);
                    }
                }
            }
        }
    }
    out
}

/// Keys reordered for an LPM layout: exact keys first, the LPM key last.
pub fn lpm_ordered(module: &ir::Module, table: ir::TableId, keys: &[Value]) -> Vec<Value> {
    let kinds: Vec<ir::MatchKind> = module.tables[table].keys.iter().map(|k| k.match_kind).collect();
    let mut ordered: Vec<Value> = keys.iter().zip(&kinds).filter(|(_, k)| **k != ir::MatchKind::Lpm).map(|(v, _)| *v).collect();
    ordered.extend(keys.iter().zip(&kinds).filter(|(_, k)| **k == ir::MatchKind::Lpm).map(|(v, _)| *v));
    ordered
}

/// `value`'s low `bytes` bytes in network order, as the number a little-endian load of them gives.
pub fn network_constant(value: u128, bytes: u32) -> u64 {
    let big_endian = value.to_be_bytes();
    let mut little = [0u8; 8];
    little[..bytes as usize].copy_from_slice(&big_endian[16 - bytes as usize..]);
    u64::from_le_bytes(little)
}

#[cfg(test)]
mod tests {
    use super::network_constant;

    #[test]
    fn ethertype_ipv4_in_network_order() {
        assert_eq!(network_constant(0x0800, 2), 0x0008);
    }

    #[test]
    fn address_in_network_order() {
        assert_eq!(network_constant(0x0a00_0001, 4), 0x0100_000a);
    }
}
