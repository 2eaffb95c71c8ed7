//! The architecture's externs: instances declared in the control (`Hint`, `Map`, `Counter`,
//! `CounterArray`), their methods, and the extern functions (`verify`, `hash`, time, random,
//! checksums).

use super::expr::{Lowerer, Operand};
use super::globals::Global;
use super::types::Ty;
use super::Ref;
use crate::ir::{self, Inst};
use flowmark_grammar::ast::{self, ExprKind, TypeRefKind};
use flowmark_grammar::{Diagnostic, Span};


/// Extern types flowmark implements (declared by the built-in include files).
pub(crate) const KNOWN_EXTERN_TYPES: &[&str] =
    &["packet_in", "packet_out", "CounterArray", "array_table", "hash_table", "Hint", "Map", "Counter"];
/// Extern functions flowmark implements.
pub(crate) const KNOWN_EXTERN_FUNCTIONS: &[&str] =
    &["verify", "hash", "timestamp_ns", "random", "ipv4_checksum_update", "l4_checksum_replace"];

/// An extern instance declared in the control.
#[derive(Clone, Debug)]
pub(crate) enum InstanceRef {
    Hint(ir::HintId, Vec<(String, Ty)>),
    Map(ir::MapId, Vec<(String, Ty)>, Vec<(String, Ty)>, super::types::StructIndex),
    Counter(ir::CounterId, ir::CounterKind),
}

impl<'c, 'a> Lowerer<'c, 'a> {
    // ----- extern instances -----

    pub(super) fn instantiate(&mut self, instance: &'a ast::Instantiation) {
        match self.instance_ref(instance) {
            Some(reference) => self.bind(&instance.name, Ref::Instance(reference)),
            // Keep the name: its uses are not "cannot find" errors and it is not "never used".
            None => self.bind_failed(&instance.name),
        }
    }

    /// Create the extern instance `instance` declares (`None` after an error).
    fn instance_ref(&mut self, instance: &'a ast::Instantiation) -> Option<InstanceRef> {
        let TypeRefKind::Named { name: type_name, args: type_args } = &instance.ty.kind else {
            self.error(Diagnostic::error("E0162", "expected an extern type").primary(instance.ty.span, "not an extern"));
            return None;
        };
        let qualified = format!("{}.{}", self.scope_name, instance.name.name);
        let span = instance.name.span;
        let reference = match type_name.name.as_str() {
            "Hint" => {
                let key = self.layout_type_arg(type_args, 0, 1, instance)?;
                let size = self.size_argument(instance, 0, 1)?;
                let layout = self.layout(&key, instance.ty.span);
                let id = self.checker.module.hints.push(ir::HintDecl { name: qualified, size, key: layout, span });
                InstanceRef::Hint(id, self.checker.types.flatten(&key))
            }
            "Map" => {
                let key = self.layout_type_arg(type_args, 0, 2, instance)?;
                let value = self.layout_type_arg(type_args, 1, 2, instance)?;
                if instance.args.len() != 2 {
                    self.error(
                        Diagnostic::error("E0163", "`Map` takes a kind and a size: `Map<K, V>(MapKind.HASH, 1024)`")
                            .primary(instance.name.span, "wrong constructor arguments"),
                    );
                    return None;
                }
                let kind = match self.expr(&instance.args[0], None) {
                    Operand::Const(v, Ty::Enum(e)) if self.checker.types.enums[e].name == "MapKind" => {
                        match self.checker.types.enums[e].members.get(v as usize).map(|(n, _)| n.as_str()) {
                            Some("ARRAY") => ir::MapKind::Array,
                            Some("LRU") => ir::MapKind::Lru,
                            _ => ir::MapKind::Hash,
                        }
                    }
                    _ => {
                        self.error(
                            Diagnostic::error("E0163", "the first argument of `Map` must be `MapKind.HASH`, `MapKind.ARRAY` or `MapKind.LRU`")
                                .primary(instance.args[0].span, "not a MapKind"),
                        );
                        return None;
                    }
                };
                let size = self.size_argument(instance, 1, 2)?;
                let key_layout = self.layout(&key, instance.ty.span);
                let value_layout = self.layout(&value, instance.ty.span);
                if kind == ir::MapKind::Array && !(key_layout.len() == 1 && key_layout[0].ty == ir::Type::bits(32)) {
                    self.error(
                        Diagnostic::error("E0164", "an ARRAY map needs a bit<32> key")
                            .primary(instance.ty.span, "key type is not bit<32>"),
                    );
                    return None;
                }
                let Ty::Struct(value_index) = value.clone() else {
                    self.error(Diagnostic::error("E0165", "a Map's value type must be a struct").primary(instance.ty.span, "not a struct"));
                    return None;
                };
                let id = self.checker.module.maps.push(ir::MapDecl { name: qualified, kind, size, key: key_layout, value: value_layout, span });
                InstanceRef::Map(id, self.checker.types.flatten(&key), self.checker.types.flatten(&value), value_index)
            }
            "Counter" => {
                let size = self.size_argument(instance, 0, 1)?;
                let id = self.checker.module.counters.push(ir::CounterDecl { name: qualified, kind: ir::CounterKind::PacketsAndBytes, size, span });
                InstanceRef::Counter(id, ir::CounterKind::PacketsAndBytes)
            }
            "CounterArray" => {
                let size = self.size_argument(instance, 0, 2)?;
                let _sparse = self.constant(&instance.args[1], &Ty::Bool);
                let id = self.checker.module.counters.push(ir::CounterDecl { name: qualified, kind: ir::CounterKind::Packets, size, span });
                InstanceRef::Counter(id, ir::CounterKind::Packets)
            }
            other => {
                let known = matches!(self.checker.globals.get(other), Some((Global::ExternType, _)));
                let message = if known {
                    format!("`{other}` cannot be instantiated inside a control")
                } else {
                    format!("unknown extern type `{other}`")
                };
                self.error(Diagnostic::error("E0162", message).primary(type_name.span, "not an instantiable extern"));
                return None;
            }
        };
        Some(reference)
    }

    fn layout_type_arg(&mut self, args: &'a [ast::TypeRef], position: usize, count: usize, instance: &ast::Instantiation) -> Option<Ty> {
        if args.len() != count {
            self.error(
                Diagnostic::error("E0166", format!("this extern takes {}, {} given", super::plural(count, "type argument"), args.len()))
                    .primary(instance.ty.span, "wrong number of type arguments"),
            );
            return None;
        }
        let ty = self.checker.resolve_type(&args[position]);
        let ok = match &ty {
            Ty::Struct(index) => !self.checker.types.structs[*index].is_header,
            Ty::Bits { .. } | Ty::Bool => true,
            _ => false,
        };
        if !ok {
            if !matches!(ty, Ty::Unknown) {
                let described = self.describe(&ty);
                self.error(
                    Diagnostic::error("E0166", format!("{described} cannot be a key or value type"))
                        .primary(args[position].span, "use a struct of bit<N> fields"),
                );
            }
            return None;
        }
        Some(ty)
    }

    fn layout(&mut self, ty: &Ty, span: Span) -> Vec<ir::LayoutField> {
        let mut fields = Vec::new();
        for (name, field_ty) in self.checker.types.flatten(ty) {
            match self.checker.types.scalar(&field_ty) {
                Some(scalar) => fields.push(ir::LayoutField { name, ty: scalar }),
                None => self.error(
                    Diagnostic::error("E0166", format!("field `{name}` of a key or value must be scalar"))
                        .primary(span, "not a scalar field"),
                ),
            }
        }
        fields
    }

    fn size_argument(&mut self, instance: &'a ast::Instantiation, position: usize, count: usize) -> Option<u32> {
        if instance.args.len() != count {
            self.error(
                Diagnostic::error("E0163", format!("this extern's constructor takes {}, {} given", super::plural(count, "argument"), instance.args.len()))
                    .primary(instance.name.span, "wrong constructor arguments"),
            );
            return None;
        }
        let value = self.constant(&instance.args[position], &Ty::bits(32))?;
        if value == 0 {
            self.error(Diagnostic::error("E0167", "a size must be at least 1").primary(instance.args[position].span, "zero"));
            return None;
        }
        Some(value as u32)
    }

    pub(super) fn instance_method(&mut self, instance: InstanceRef, member: &'a ast::Ident, args: &'a [ast::Argument], span: Span) -> Operand {
        if self.in_parser {
            self.error(Diagnostic::error("E0159", "extern instances can only be used in the control").primary(span, "in a parser"));
            return Operand::Unknown;
        }
        let name = member.name.as_str();
        let (extern_name, methods): (&str, &[&str]) = match &instance {
            InstanceRef::Hint(..) => ("Hint", &["apply"]),
            InstanceRef::Map(..) => ("Map", &["lookup", "update", "delete"]),
            InstanceRef::Counter(_, ir::CounterKind::PacketsAndBytes) => ("Counter", &["count"]),
            InstanceRef::Counter(_, ir::CounterKind::Packets) => ("CounterArray", &["increment", "add"]),
        };
        match (instance, name) {
            (InstanceRef::Hint(hint, layout), "apply") => {
                let Some(args) = self.expect_args(args, 1, "Hint.apply", span) else { return Operand::Unknown };
                let Some(key) = self.flatten_argument(args[0], &layout, "the hint key") else { return Operand::Unknown };
                let hit = self.new_value(ir::Type::Bool);
                self.emit(Inst::HintApply { hint, key, hit }, span);
                Operand::Value(hit, Ty::Bool)
            }
            (InstanceRef::Map(map, key_layout, _, value_index), "lookup") => {
                let Some(args) = self.expect_args(args, 2, "Map.lookup", span) else { return Operand::Unknown };
                let Some(key) = self.flatten_argument(args[0], &key_layout, "the map key") else { return Operand::Unknown };
                let Some(target) = self.path(args[1]) else { return Operand::Unknown };
                let Ref::Struct(index, _) = &target else {
                    self.error(Diagnostic::error("E0161", "the value argument of `lookup` must be a struct variable").primary(args[1].span, "not a struct variable"));
                    return Operand::Unknown;
                };
                if *index != value_index {
                    let expected = self.checker.types.structs[value_index].name.clone();
                    let found = self.checker.types.structs[*index].name.clone();
                    self.error(
                        Diagnostic::error("E0119", "mismatched types")
                            .primary(args[1].span, format!("expected struct {expected}, found struct {found}"))
                            .note(format!("the map's values are `{expected}`")),
                    );
                    return Operand::Unknown;
                }
                let map_value_types: Vec<ir::Type> = self.checker.module.maps[map].value.iter().map(|f| f.ty).collect();
                let found = self.new_value(ir::Type::Bool);
                let values: Vec<ir::Value> = map_value_types.into_iter().map(|ty| self.new_value(ty)).collect();
                self.emit(Inst::MapLookup { map, key, found, values: values.clone() }, span);
                let mut leaves = Vec::new();
                super::expr::flatten_ref(&target, &mut leaves);
                for (leaf, value) in leaves.into_iter().zip(values) {
                    self.store_value(leaf, value, args[1].span);
                }
                Operand::Value(found, Ty::Bool)
            }
            (InstanceRef::Map(map, key_layout, value_layout, _), "update") => {
                let Some(args) = self.expect_args(args, 2, "Map.update", span) else { return Operand::Unknown };
                let Some(key) = self.flatten_argument(args[0], &key_layout, "the map key") else { return Operand::Unknown };
                let Some(values) = self.flatten_argument(args[1], &value_layout, "the map value") else { return Operand::Unknown };
                self.emit(Inst::MapUpdate { map, key, values }, span);
                Operand::Const(0, Ty::Void)
            }
            (InstanceRef::Map(map, key_layout, _, _), "delete") => {
                let Some(args) = self.expect_args(args, 1, "Map.delete", span) else { return Operand::Unknown };
                let Some(key) = self.flatten_argument(args[0], &key_layout, "the map key") else { return Operand::Unknown };
                self.emit(Inst::MapDelete { map, key }, span);
                Operand::Const(0, Ty::Void)
            }
            (InstanceRef::Counter(counter, ir::CounterKind::PacketsAndBytes), "count")
            | (InstanceRef::Counter(counter, ir::CounterKind::Packets), "increment") => {
                let Some(args) = self.expect_args(args, 1, name, span) else { return Operand::Unknown };
                let Some(index) = self.value_of(args[0], &Ty::bits(32)) else { return Operand::Unknown };
                let packets = self.new_value(ir::Type::bits(32));
                self.emit(Inst::Const { result: packets, value: 1 }, span);
                self.emit(Inst::Count { counter, index, packets }, span);
                Operand::Const(0, Ty::Void)
            }
            (InstanceRef::Counter(counter, ir::CounterKind::Packets), "add") => {
                let Some(args) = self.expect_args(args, 2, "add", span) else { return Operand::Unknown };
                let Some(index) = self.value_of(args[0], &Ty::bits(32)) else { return Operand::Unknown };
                let Some(packets) = self.value_of(args[1], &Ty::bits(32)) else { return Operand::Unknown };
                self.emit(Inst::Count { counter, index, packets }, span);
                Operand::Const(0, Ty::Void)
            }
            (_, name) => {
                let listed: Vec<String> = methods.iter().map(|m| format!("`{m}`")).collect();
                let diagnostic = Diagnostic::error("E0170", format!("`{extern_name}` has no method `{name}`"))
                    .primary(member.span, "unknown method")
                    .note(format!("the methods of `{extern_name}` are {}", listed.join(", ")));
                self.error(super::names::did_you_mean(diagnostic, name, methods));
                Operand::Unknown
            }
        }
    }

    pub(super) fn extern_function(&mut self, ident: &'a ast::Ident, args: &'a [ast::Argument], span: Span) -> Operand {
        let name = ident.name.as_str();
        let control_only = matches!(name, "hash" | "timestamp_ns" | "random" | "ipv4_checksum_update" | "l4_checksum_replace");
        if control_only && self.in_parser {
            self.error(Diagnostic::error("E0159", format!("`{name}` can only be used in the control")).primary(span, "in a parser"));
            return Operand::Unknown;
        }
        match name {
            "verify" => self.verify(args, span),
            "timestamp_ns" | "random" => {
                self.expect_args(args, 0, name, span);
                let ty = if name == "random" { 32 } else { 64 };
                let result = self.new_value(ir::Type::bits(ty));
                let inst = if name == "random" { Inst::Random { result } } else { Inst::Timestamp { result } };
                self.emit(inst, span);
                Operand::Value(result, Ty::bits(ty))
            }
            "hash" => {
                let Some(args) = self.expect_args(args, 1, "hash", span) else { return Operand::Unknown };
                let values = match &args[0].kind {
                    ExprKind::List(items) => {
                        let mut values = Vec::new();
                        for item in items {
                            match self.any_value(item) {
                                Some((value, _)) => values.push(value),
                                None => return Operand::Unknown,
                            }
                        }
                        values
                    }
                    _ => match self.expr(args[0], None) {
                        Operand::Agg(reference @ Ref::Struct(..)) => {
                            let mut leaves = Vec::new();
                            super::expr::flatten_ref(&reference, &mut leaves);
                            let mut values = Vec::new();
                            for leaf in leaves {
                                let operand = self.load(leaf, args[0].span);
                                match self.materialize(operand, args[0].span) {
                                    Some((value, _)) => values.push(value),
                                    None => return Operand::Unknown,
                                }
                            }
                            values
                        }
                        other => match self.materialize(other, args[0].span) {
                            Some((value, _)) => vec![value],
                            None => return Operand::Unknown,
                        },
                    },
                };
                let result = self.new_value(ir::Type::bits(32));
                self.emit(Inst::Hash { result, args: values }, span);
                Operand::Value(result, Ty::bits(32))
            }
            "ipv4_checksum_update" => {
                let Some(args) = self.expect_args(args, 1, name, span) else { return Operand::Unknown };
                let (header, index) = match self.path(args[0]) {
                    Some(Ref::Header(header, index)) => (header, index),
                    Some(_) => {
                        self.error(Diagnostic::error("E0171", "`ipv4_checksum_update` takes an IPv4 header").primary(args[0].span, "not a header"));
                        return Operand::Unknown;
                    }
                    None => return Operand::Unknown,
                };
                let fields = &self.checker.types.structs[index].fields;
                let position = fields
                    .iter()
                    .position(|(f, ty, _)| matches!(f.as_str(), "hdrChecksum" | "checksum" | "hdr_checksum" | "csum") && *ty == Ty::bits(16));
                let Some(position) = position else {
                    self.error(
                        Diagnostic::error("E0171", "this header has no 16-bit checksum field")
                            .primary(args[0].span, "expected a field named `hdrChecksum` or `checksum`"),
                    );
                    return Operand::Unknown;
                };
                self.emit(Inst::Ipv4ChecksumUpdate { header, checksum_field: position as u16 }, span);
                Operand::Const(0, Ty::Void)
            }
            "l4_checksum_replace" => {
                let Some(args) = self.expect_args(args, 3, name, span) else { return Operand::Unknown };
                // Every argument is checked, even after the first fails.
                let checksum = match self.path(args[0]) {
                    Some(Ref::Field(header, field, ty)) if ty == Ty::bits(16) => Some((header, field)),
                    Some(Ref::Field(..)) => {
                        self.error(Diagnostic::error("E0171", "a checksum field must be bit<16>").primary(args[0].span, "wrong width"));
                        None
                    }
                    Some(_) => {
                        self.error(Diagnostic::error("E0171", "the first argument must be a checksum field of a header").primary(args[0].span, "not a header field"));
                        None
                    }
                    None => None,
                };
                let Some((old, old_ty)) = self.any_value(args[1]) else {
                    self.expr(args[2], None);
                    return Operand::Unknown;
                };
                let new = self.value_of(args[2], &old_ty);
                let Some((header, field)) = checksum else { return Operand::Unknown };
                if !matches!(old_ty, Ty::Bits { width: 16 | 32, .. }) {
                    self.error(Diagnostic::error("E0171", "only 16- and 32-bit values can be replaced").primary(args[1].span, "use bit<16> or bit<32>"));
                    return Operand::Unknown;
                }
                let Some(new) = new else { return Operand::Unknown };
                self.emit(Inst::ChecksumReplace { header, field, old, new }, span);
                Operand::Const(0, Ty::Void)
            }
            _ => Operand::Unknown,
        }
    }

    fn verify(&mut self, args: &'a [ast::Argument], span: Span) -> Operand {
        if !self.in_parser {
            self.error(Diagnostic::error("E0159", "`verify` can only be used in a parser").primary(span, "not in a parser"));
            return Operand::Unknown;
        }
        let Some(args) = self.expect_args(args, 2, "verify", span) else { return Operand::Unknown };
        // Both arguments are checked, even when the first fails.
        let cond = self.condition(args[0]);
        let error = match self.expr(args[1], Some(&Ty::Error)) {
            Operand::Const(value, Ty::Error) => value as u32,
            Operand::Unknown => return Operand::Unknown,
            _ => {
                self.error(Diagnostic::error("E0172", "the second argument of `verify` must be an `error.Name`").primary(args[1].span, "not an error constant"));
                return Operand::Unknown;
            }
        };
        let Some(cond) = cond else { return Operand::Unknown };
        let Some((cond, _)) = self.materialize(cond, args[0].span) else { return Operand::Unknown };
        self.emit(Inst::Verify { cond, error }, span);
        Operand::Const(0, Ty::Void)
    }
}
