//! The IR text form: the `Display` of [`Module`]. It is what `flowmark build --emit ir` prints and
//! what the IR snapshot tests compare, so it is stable and lists everything a target consumes:
//! declarations first (header types, headers, variables, actions, tables, externs), then the parser
//! and control functions block by block.

use super::*;
use std::fmt::{self, Display, Formatter, Write};

impl Display for Type {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Type::Bits { width, signed: false } => write!(f, "bit<{width}>"),
            Type::Bits { width, signed: true } => write!(f, "int<{width}>"),
            Type::Bool => f.write_str("bool"),
        }
    }
}

fn hex(value: u128) -> String {
    if value < 10 {
        value.to_string()
    } else {
        format!("0x{value:x}")
    }
}

impl Display for Module {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let architecture = match self.architecture {
            Architecture::EbpfFilter => "ebpfFilter",
            Architecture::Flowmark => "Flowmark",
        };
        writeln!(f, "module {} architecture {architecture}", self.name)?;
        writeln!(f, "errors [{}]", self.errors.join(", "))?;
        for (id, ty) in self.header_types.iter() {
            let fields: Vec<String> = ty.fields.iter().map(|fd| format!("{}: bit<{}> @{}", fd.name, fd.width, fd.bit_offset)).collect();
            writeln!(f, "{id} = header_type {} ({} bits) {{ {} }}", ty.name, ty.size_bits, fields.join(", "))?;
        }
        for (id, header) in self.headers.iter() {
            writeln!(f, "{id} = header {} : {}", header.name, self.header_types[header.ty].name)?;
        }
        for (id, var) in self.variables.iter() {
            let kind = match var.kind {
                VarKind::Metadata => "metadata",
                VarKind::Standard => "standard",
                VarKind::Local => "local",
            };
            writeln!(f, "{id} = {kind} {} : {}", var.name, var.ty)?;
        }
        for (id, action) in self.actions.iter() {
            let params: Vec<String> = action.params.iter().map(|p| format!("{}: {}", p.name, p.ty)).collect();
            writeln!(f, "{id} = action {}({})", action.name, params.join(", "))?;
        }
        for (id, table) in self.tables.iter() {
            self.fmt_table(f, id, table)?;
        }
        for (id, map) in self.maps.iter() {
            let kind = match map.kind {
                MapKind::Hash => "hash",
                MapKind::Array => "array",
                MapKind::Lru => "lru",
            };
            writeln!(f, "{id} = map {} {kind} size {} key {{ {} }} value {{ {} }}", map.name, map.size, layout(&map.key), layout(&map.value))?;
        }
        for (id, hint) in self.hints.iter() {
            writeln!(f, "{id} = hint {} size {} key {{ {} }}", hint.name, hint.size, layout(&hint.key))?;
        }
        for (id, counter) in self.counters.iter() {
            let kind = match counter.kind {
                CounterKind::PacketsAndBytes => "packets_and_bytes",
                CounterKind::Packets => "packets",
            };
            writeln!(f, "{id} = counter {} {kind} size {}", counter.name, counter.size)?;
        }
        writeln!(f)?;
        writeln!(f, "parser {} {{", self.parser.name)?;
        self.fmt_function(f, &self.parser)?;
        writeln!(f, "}}")?;
        writeln!(f)?;
        writeln!(f, "control {} {{", self.control.name)?;
        self.fmt_function(f, &self.control)?;
        writeln!(f, "}}")
    }
}

fn layout(fields: &[LayoutField]) -> String {
    fields.iter().map(|fd| format!("{}: {}", fd.name, fd.ty)).collect::<Vec<_>>().join(", ")
}

impl Module {
    fn action_call(&self, call: &ActionCall) -> String {
        let args: Vec<String> = call.args.iter().map(|a| hex(*a)).collect();
        format!("{}({})", call.action, args.join(", "))
    }

    fn fmt_table(&self, f: &mut Formatter<'_>, id: TableId, table: &Table) -> fmt::Result {
        let implementation = match table.implementation {
            TableImplementation::Hash => "hash",
            TableImplementation::Array => "array",
        };
        let dynamic = if table.dynamic { " dynamic" } else { "" };
        writeln!(f, "{id} = table {} size {} {implementation}{dynamic} {{", table.name, table.size)?;
        for key in &table.keys {
            writeln!(f, "    key {} : {} {}", key.name, key.ty, key.match_kind.name())?;
        }
        let actions: Vec<String> = table.actions.iter().map(|a| a.to_string()).collect();
        writeln!(f, "    actions [{}]", actions.join(", "))?;
        let constness = if table.default_is_const { "const " } else { "" };
        writeln!(f, "    {constness}default {}", self.action_call(&table.default_action))?;
        for entry in table.const_entries.iter().flatten() {
            let keys: Vec<String> = entry
                .keys
                .iter()
                .map(|k| match k {
                    KeyMatch::Exact(v) => hex(*v),
                    KeyMatch::Lpm(v, len) => format!("{}/{len}", hex(*v)),
                    KeyMatch::Ternary(v, m) => format!("{} &&& {}", hex(*v), hex(*m)),
                    KeyMatch::Range(lo, hi) => format!("{}..{}", hex(*lo), hex(*hi)),
                })
                .collect();
            writeln!(f, "    entry prio {} ({}) -> {}", entry.priority, keys.join(", "), self.action_call(&entry.action))?;
        }
        writeln!(f, "}}")
    }

    fn fmt_function(&self, f: &mut Formatter<'_>, function: &Function) -> fmt::Result {
        for (block, data) in function.blocks.iter() {
            match &data.name {
                Some(name) => writeln!(f, "{block}: // {name}")?,
                None => writeln!(f, "{block}:")?,
            }
            for inst in &data.insts {
                writeln!(f, "    {}", self.inst_text(function, inst))?;
            }
            writeln!(f, "    {}", self.terminator_text(&data.terminator))?;
        }
        Ok(())
    }

    fn field_name(&self, header: HeaderId, field: u16) -> String {
        let name = self
            .headers
            .get(header)
            .and_then(|h| self.header_types[h.ty].fields.get(field as usize))
            .map_or("?", |fd| fd.name.as_str());
        format!("{header}.{name}")
    }

    /// One instruction in the text form (used by target listings such as `--emit asm`).
    pub fn inst_text(&self, function: &Function, inst: &Inst) -> String {
        let ty = |v: &Value| function.values.get(*v).map_or("?".to_string(), |t| t.to_string());
        let list = |values: &[Value]| values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ");
        match inst {
            Inst::Const { result, value } => format!("{result}: {} = const {}", ty(result), hex(*value)),
            Inst::ReadVar { result, var } => format!("{result}: {} = read {var}", ty(result)),
            Inst::WriteVar { var, value } => format!("write {var}, {value}"),
            Inst::ReadField { result, header, field } => {
                format!("{result}: {} = read_field {}", ty(result), self.field_name(*header, *field))
            }
            Inst::WriteField { header, field, value } => format!("write_field {}, {value}", self.field_name(*header, *field)),
            Inst::IsValid { result, header } => format!("{result}: bool = is_valid {header}"),
            Inst::SetValid { header, valid } => format!("{} {header}", if *valid { "set_valid" } else { "set_invalid" }),
            Inst::Unary { result, op, arg } => format!("{result}: {} = {} {arg}", ty(result), format!("{op:?}").to_lowercase()),
            Inst::Binary { result, op, lhs, rhs } => {
                format!("{result}: {} = {} {lhs}, {rhs}", ty(result), snake(&format!("{op:?}")))
            }
            Inst::Cast { result, arg } => format!("{result}: {} = cast {arg}", ty(result)),
            Inst::Slice { result, arg, hi, lo } => format!("{result}: {} = slice {arg}[{hi}:{lo}]", ty(result)),
            Inst::Concat { result, hi, lo } => format!("{result}: {} = concat {hi}, {lo}", ty(result)),
            Inst::Select { result, cond, if_true, if_false } => {
                format!("{result}: {} = select {cond}, {if_true}, {if_false}", ty(result))
            }
            Inst::Extract { header } => format!("extract {header}"),
            Inst::Advance { bits } => format!("advance {bits}"),
            Inst::Lookahead { result } => format!("{result}: {} = lookahead", ty(result)),
            Inst::Verify { cond, error } => format!("verify {cond}, error {}", self.error_name(*error)),
            Inst::TableApply { table, keys, hit, action, params } => {
                let mut text = format!("{hit}, {action}");
                if !params.is_empty() {
                    let _ = write!(text, ", [{}]", list(params));
                }
                format!("{text} = apply {table}({})", list(keys))
            }
            Inst::HintApply { hint, key, hit } => format!("{hit}: bool = hint_apply {hint}({})", list(key)),
            Inst::MapLookup { map, key, found, values } => {
                format!("{found}, [{}] = map_lookup {map}({})", list(values), list(key))
            }
            Inst::MapUpdate { map, key, values } => format!("map_update {map}({}) = [{}]", list(key), list(values)),
            Inst::MapDelete { map, key } => format!("map_delete {map}({})", list(key)),
            Inst::Count { counter, index, packets } => format!("count {counter}[{index}] += {packets}"),
            Inst::Hash { result, args } => format!("{result}: {} = hash({})", ty(result), list(args)),
            Inst::Timestamp { result } => format!("{result}: {} = timestamp_ns", ty(result)),
            Inst::Random { result } => format!("{result}: {} = random", ty(result)),
            Inst::Ipv4ChecksumUpdate { header, checksum_field } => {
                format!("ipv4_checksum_update {}", self.field_name(*header, *checksum_field))
            }
            Inst::ChecksumReplace { header, field, old, new } => {
                format!("checksum_replace {}, {old} -> {new}", self.field_name(*header, *field))
            }
        }
    }

    fn error_name(&self, error: u32) -> String {
        self.errors.get(error as usize).cloned().unwrap_or_else(|| error.to_string())
    }

    fn target_text(&self, target: &SelectTarget) -> String {
        match target {
            SelectTarget::Block(block) => block.to_string(),
            SelectTarget::Accept => "accept".into(),
            SelectTarget::Reject(error) => format!("reject({})", self.error_name(*error)),
        }
    }

    fn terminator_text(&self, terminator: &Terminator) -> String {
        match terminator {
            Terminator::Jump(block) => format!("jump {block}"),
            Terminator::Branch { cond, if_true, if_false } => format!("branch {cond}, {if_true}, {if_false}"),
            Terminator::Switch { value, cases, default } => {
                let arms: Vec<String> = cases.iter().map(|(v, b)| format!("{} => {b}", hex(*v))).collect();
                format!("switch {value} [{}] default {default}", arms.join(", "))
            }
            Terminator::Select { keys, cases, default } => {
                let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
                let arms: Vec<String> = cases
                    .iter()
                    .map(|case| {
                        let sets: Vec<String> = case
                            .keysets
                            .iter()
                            .map(|k| match k {
                                KeySet::Value(v) => hex(*v),
                                KeySet::Mask(v, m) => format!("{} &&& {}", hex(*v), hex(*m)),
                                KeySet::Range(lo, hi) => format!("{}..{}", hex(*lo), hex(*hi)),
                                KeySet::Any => "_".into(),
                            })
                            .collect();
                        format!("({}) => {}", sets.join(", "), self.target_text(&case.target))
                    })
                    .collect();
                format!("select ({}) [{}] default {}", keys.join(", "), arms.join(", "), self.target_text(default))
            }
            Terminator::Accept => "accept".into(),
            Terminator::Reject(error) => format!("reject({})", self.error_name(*error)),
            Terminator::Return => "return".into(),
        }
    }
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

