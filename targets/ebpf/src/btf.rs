//! BTF (BPF Type Format) for flowmark's objects: the `.BTF` section that describes the maps in
//! `.maps` the way clang's `__uint(type, ...)`/`__type(key, ...)` map definitions do, so that tc,
//! bpftool/libbpf 1.x and aya 0.14 all create the maps from it, plus the entry function's type.
//!
//! What [`program_btf`] emits (type ids from 1, shared types deduplicated):
//! - `int` (4 bytes, signed) for array indices and integer map attributes; `__u8`, `__u16`,
//!   `__u32`, `__u64` (unsigned) for struct members.
//! - For every map an anonymous STRUCT, 8 bytes per member, members in this order: `type`,
//!   `max_entries`, `map_flags` (only when non-zero), `key`, `value`. An integer attribute `N` is a
//!   PTR to an ARRAY of `int` with `nelems = N` (the encoding of libbpf's `__uint` macro); `key` and
//!   `value` are PTRs to named STRUCTs built from the map's `BtfStruct`s: members of 1, 2, 4 and 8
//!   bytes are `__u8`..`__u64`, others ARRAYs of `__u8`. Exception: ARRAY and PERCPU_ARRAY maps get
//!   `__u32` as key type, because the kernel's `array_map_check_btf` accepts nothing but a 32-bit INT
//!   key (and aya, unlike libbpf, does not retry without BTF).
//! - A VAR (linkage global) named like the map's ELF symbol per map, and a DATASEC `.maps` listing
//!   the VARs at their offsets in the section.
//! - A FUNC (linkage global) named like the program, of FUNC_PROTO `int (struct __sk_buff *skb)` for
//!   TC or `int (struct xdp_md *ctx)` for XDP, the context struct a FWD declaration. Without a
//!   `.BTF.ext` section no loader passes it to the kernel, but `bpftool btf dump` shows the entry.
//!
//! Struct and member names must be C identifiers (the kernel rejects others): names are sanitised
//! with [`c_identifier`] (`ipv4.dstAddr` becomes `ipv4_dstAddr`). Map and program names must already
//! be identifiers because they are ELF symbol names too; [`crate::elf::write_object`] checks them.

use std::collections::HashMap;

use crate::error::Error;
use crate::program::{BtfStruct, MapDef, Program, ProgramKind};

pub const BTF_MAGIC: u16 = 0xeb9f;
pub const BTF_VERSION: u8 = 1;
pub const BTF_HEADER_LEN: u32 = 24;

pub const KIND_INT: u32 = 1;
pub const KIND_PTR: u32 = 2;
pub const KIND_ARRAY: u32 = 3;
pub const KIND_STRUCT: u32 = 4;
pub const KIND_FWD: u32 = 7;
pub const KIND_FUNC: u32 = 12;
pub const KIND_FUNC_PROTO: u32 = 13;
pub const KIND_VAR: u32 = 14;
pub const KIND_DATASEC: u32 = 15;

/// `BTF_INT_SIGNED`, in the top byte of an INT's encoding word.
const INT_SIGNED: u32 = 1;
/// `BTF_VAR_GLOBAL_ALLOCATED` and `BTF_FUNC_GLOBAL`.
pub const LINKAGE_GLOBAL: u32 = 1;

/// `BPF_MAP_TYPE_ARRAY` and `BPF_MAP_TYPE_PERCPU_ARRAY`: the maps whose key must be a 32-bit INT.
const MAP_TYPE_ARRAY: u32 = 2;
const MAP_TYPE_PERCPU_ARRAY: u32 = 6;

/// A BTF type id; 0 is `void`.
pub type TypeId = u32;

/// Appends BTF types and strings and serialises them with their header. Type ids are handed out
/// in order from 1; strings are deduplicated.
#[derive(Debug)]
pub struct BtfBuilder {
    types: Vec<u8>,
    strings: Vec<u8>,
    string_offsets: HashMap<String, u32>,
    count: u32,
}

impl Default for BtfBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl BtfBuilder {
    pub fn new() -> Self {
        // The string section starts with the empty string.
        BtfBuilder { types: Vec::new(), strings: vec![0], string_offsets: HashMap::new(), count: 0 }
    }

    /// The offset of `text` in the string section (0 for the empty string).
    pub fn string(&mut self, text: &str) -> u32 {
        if text.is_empty() {
            return 0;
        }
        if let Some(&offset) = self.string_offsets.get(text) {
            return offset;
        }
        let offset = self.strings.len() as u32;
        self.strings.extend_from_slice(text.as_bytes());
        self.strings.push(0);
        self.string_offsets.insert(text.to_string(), offset);
        offset
    }

    fn word(&mut self, value: u32) {
        self.types.extend_from_slice(&value.to_le_bytes());
    }

    /// `struct btf_type`: name, info (kind, vlen, kind_flag), size or type.
    fn header(&mut self, name: &str, kind: u32, vlen: u32, size_or_type: u32) -> TypeId {
        let name_off = self.string(name);
        self.word(name_off);
        self.word((kind << 24) | (vlen & 0xffff));
        self.word(size_or_type);
        self.count += 1;
        self.count
    }

    /// An integer of `size` bytes using all its bits.
    pub fn int(&mut self, name: &str, size: u32, signed: bool) -> TypeId {
        let id = self.header(name, KIND_INT, 0, size);
        let encoding = if signed { INT_SIGNED } else { 0 };
        self.word((encoding << 24) | (size * 8));
        id
    }

    pub fn ptr(&mut self, target: TypeId) -> TypeId {
        self.header("", KIND_PTR, 0, target)
    }

    pub fn array(&mut self, element: TypeId, index: TypeId, nelems: u32) -> TypeId {
        let id = self.header("", KIND_ARRAY, 0, 0);
        self.word(element);
        self.word(index);
        self.word(nelems);
        id
    }

    /// A struct (anonymous when `name` is empty); members are (name, type, bit offset).
    pub fn structure(&mut self, name: &str, size: u32, members: &[(String, TypeId, u32)]) -> TypeId {
        let id = self.header(name, KIND_STRUCT, members.len() as u32, size);
        for (member, ty, bit_offset) in members {
            let name_off = self.string(member);
            self.word(name_off);
            self.word(*ty);
            self.word(*bit_offset);
        }
        id
    }

    /// A forward declaration of a struct.
    pub fn fwd_struct(&mut self, name: &str) -> TypeId {
        self.header(name, KIND_FWD, 0, 0)
    }

    pub fn func_proto(&mut self, ret: TypeId, params: &[(String, TypeId)]) -> TypeId {
        let id = self.header("", KIND_FUNC_PROTO, params.len() as u32, ret);
        for (name, ty) in params {
            let name_off = self.string(name);
            self.word(name_off);
            self.word(*ty);
        }
        id
    }

    pub fn func(&mut self, name: &str, proto: TypeId, linkage: u32) -> TypeId {
        self.header(name, KIND_FUNC, linkage, proto)
    }

    pub fn var(&mut self, name: &str, ty: TypeId, linkage: u32) -> TypeId {
        let id = self.header(name, KIND_VAR, 0, ty);
        self.word(linkage);
        id
    }

    /// A data section; `vars` are (VAR type id, byte offset, byte size).
    pub fn datasec(&mut self, name: &str, size: u32, vars: &[(TypeId, u32, u32)]) -> TypeId {
        let id = self.header(name, KIND_DATASEC, vars.len() as u32, size);
        for &(var, offset, var_size) in vars {
            self.word(var);
            self.word(offset);
            self.word(var_size);
        }
        id
    }

    /// The `.BTF` section contents: header, types, strings.
    pub fn finish(self) -> Vec<u8> {
        let type_len = self.types.len() as u32;
        let str_len = self.strings.len() as u32;
        let mut out = Vec::with_capacity(BTF_HEADER_LEN as usize + self.types.len() + self.strings.len());
        out.extend_from_slice(&BTF_MAGIC.to_le_bytes());
        out.push(BTF_VERSION);
        out.push(0); // flags
        out.extend_from_slice(&BTF_HEADER_LEN.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes()); // type_off
        out.extend_from_slice(&type_len.to_le_bytes());
        out.extend_from_slice(&type_len.to_le_bytes()); // str_off
        out.extend_from_slice(&str_len.to_le_bytes());
        out.extend_from_slice(&self.types);
        out.extend_from_slice(&self.strings);
        out
    }
}

/// Whether `name` is a C identifier, which BTF names of structs, members, VARs and FUNCs must be.
pub fn is_c_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `name` made a C identifier: every other character becomes `_`, and a leading digit (or an
/// empty name) gets a `_` in front.
pub fn c_identifier(name: &str) -> String {
    let mut out: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    if !matches!(out.chars().next(), Some(c) if c.is_ascii_alphabetic() || c == '_') {
        out.insert(0, '_');
    }
    out
}

/// Where each map's definition sits in the `.maps` section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapsSection {
    /// Byte offset of each map (in `Program::maps` order).
    pub offsets: Vec<u32>,
    /// Byte size of each map's definition.
    pub sizes: Vec<u32>,
    /// Size of the whole section.
    pub size: u32,
}

/// Deduplicating front of [`BtfBuilder`] for the types a program's BTF needs.
struct Types {
    btf: BtfBuilder,
    int: TypeId,
    unsigned: HashMap<u32, TypeId>,
    /// `int[N]` and the PTR to it, by N.
    attributes: HashMap<u32, TypeId>,
    byte_arrays: HashMap<u32, TypeId>,
}

impl Types {
    fn new() -> Self {
        let mut btf = BtfBuilder::new();
        let int = btf.int("int", 4, true);
        Types { btf, int, unsigned: HashMap::new(), attributes: HashMap::new(), byte_arrays: HashMap::new() }
    }

    /// `__u8`, `__u16`, `__u32`, `__u64`.
    fn unsigned(&mut self, size: u32) -> TypeId {
        if let Some(&id) = self.unsigned.get(&size) {
            return id;
        }
        let id = self.btf.int(&format!("__u{}", size * 8), size, false);
        self.unsigned.insert(size, id);
        id
    }

    /// `int (*)[value]`: how `__uint(attr, value)` encodes an integer map attribute.
    fn attribute(&mut self, value: u32) -> TypeId {
        if let Some(&id) = self.attributes.get(&value) {
            return id;
        }
        let array = self.btf.array(self.int, self.int, value);
        let id = self.btf.ptr(array);
        self.attributes.insert(value, id);
        id
    }

    fn member_type(&mut self, size: u32) -> TypeId {
        match size {
            1 | 2 | 4 | 8 => self.unsigned(size),
            _ => {
                if let Some(&id) = self.byte_arrays.get(&size) {
                    return id;
                }
                let byte = self.unsigned(1);
                let id = self.btf.array(byte, self.int, size);
                self.byte_arrays.insert(size, id);
                id
            }
        }
    }

    fn structure(&mut self, def: &BtfStruct) -> Result<TypeId, Error> {
        let name = c_identifier(&def.name);
        let mut members = Vec::with_capacity(def.members.len());
        for member in &def.members {
            let bad = |reason: String| Error::BadMember { structure: def.name.clone(), member: member.name.clone(), reason };
            if member.size == 0 {
                return Err(bad("zero size".into()));
            }
            if member.offset.checked_add(member.size).is_none_or(|end| end > def.size) {
                return Err(bad(format!(
                    "bytes {}..{} do not fit in the struct's {} bytes",
                    member.offset,
                    member.offset as u64 + member.size as u64,
                    def.size
                )));
            }
            let ty = self.member_type(member.size);
            members.push((c_identifier(&member.name), ty, member.offset * 8));
        }
        Ok(self.btf.structure(&name, def.size, &members))
    }

    fn map(&mut self, map: &MapDef) -> Result<(TypeId, u32), Error> {
        let mut members =
            vec![("type".to_string(), self.attribute(map.map_type)), ("max_entries".to_string(), self.attribute(map.max_entries))];
        if map.flags != 0 {
            members.push(("map_flags".to_string(), self.attribute(map.flags)));
        }
        let key = if matches!(map.map_type, MAP_TYPE_ARRAY | MAP_TYPE_PERCPU_ARRAY) {
            if map.key_size != 4 {
                return Err(Error::TypeSize { map: map.name.clone(), which: "key", map_size: map.key_size, type_size: 4 });
            }
            self.unsigned(4)
        } else {
            check_size(map, "key", map.key_size, &map.key_type)?;
            self.structure(&map.key_type)?
        };
        check_size(map, "value", map.value_size, &map.value_type)?;
        let value = self.structure(&map.value_type)?;
        let key_ptr = self.btf.ptr(key);
        let value_ptr = self.btf.ptr(value);
        members.push(("key".to_string(), key_ptr));
        members.push(("value".to_string(), value_ptr));
        let members: Vec<(String, TypeId, u32)> =
            members.into_iter().enumerate().map(|(i, (name, ty))| (name, ty, i as u32 * 64)).collect();
        let size = members.len() as u32 * 8;
        Ok((self.btf.structure("", size, &members), size))
    }
}

fn check_size(map: &MapDef, which: &'static str, map_size: u32, ty: &BtfStruct) -> Result<(), Error> {
    if map_size != ty.size {
        return Err(Error::TypeSize { map: map.name.clone(), which, map_size, type_size: ty.size });
    }
    Ok(())
}

/// The `.BTF` section of `program` and the layout of its `.maps` section (map definitions back to
/// back, each 8 bytes per definition member, all zero bytes).
pub fn program_btf(program: &Program) -> Result<(Vec<u8>, MapsSection), Error> {
    let mut types = Types::new();
    let mut vars = Vec::with_capacity(program.maps.len());
    let mut offsets = Vec::with_capacity(program.maps.len());
    let mut sizes = Vec::with_capacity(program.maps.len());
    let mut offset = 0u32;
    for map in &program.maps {
        let (def, size) = types.map(map)?;
        let var = types.btf.var(&map.name, def, LINKAGE_GLOBAL);
        vars.push((var, offset, size));
        offsets.push(offset);
        sizes.push(size);
        offset += size;
    }
    if !program.maps.is_empty() {
        types.btf.datasec(".maps", offset, &vars);
    }
    let (context, param) = match program.kind {
        ProgramKind::Tc => ("__sk_buff", "skb"),
        ProgramKind::Xdp => ("xdp_md", "ctx"),
    };
    let fwd = types.btf.fwd_struct(context);
    let ctx_ptr = types.btf.ptr(fwd);
    let proto = types.btf.func_proto(types.int, &[(param.to_string(), ctx_ptr)]);
    types.btf.func(&program.name, proto, LINKAGE_GLOBAL);
    Ok((types.btf.finish(), MapsSection { offsets, sizes, size: offset }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::BtfMember;

    fn word(bytes: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn identifiers_are_sanitised() {
        assert_eq!(c_identifier("ipv4.dstAddr"), "ipv4_dstAddr");
        assert_eq!(c_identifier("1st"), "_1st");
        assert_eq!(c_identifier(""), "_");
        assert!(is_c_identifier("flow_key_t"));
        assert!(!is_c_identifier("a-b"));
        assert!(!is_c_identifier("9"));
    }

    #[test]
    fn header_and_strings() {
        let mut btf = BtfBuilder::new();
        let int = btf.int("int", 4, true);
        assert_eq!(int, 1);
        assert_eq!(btf.string("int"), 1);
        let bytes = btf.finish();
        assert_eq!(&bytes[0..4], &[0x9f, 0xeb, 1, 0]);
        assert_eq!(word(&bytes, 4), 24);
        let type_len = word(&bytes, 12);
        assert_eq!(type_len, 16);
        assert_eq!(word(&bytes, 16), type_len);
        assert_eq!(word(&bytes, 20), 5); // "\0int\0"
                                         // INT: name 1, info kind 1, size 4, encoding signed 32 bits.
        assert_eq!([word(&bytes, 24), word(&bytes, 28), word(&bytes, 32), word(&bytes, 36)], [1, 1 << 24, 4, (1 << 24) | 32]);
        assert_eq!(&bytes[40..], b"\0int\0");
    }

    fn map(name: &str, map_type: u32, key_size: u32) -> MapDef {
        MapDef {
            name: name.into(),
            map_type,
            key_size,
            value_size: 4,
            max_entries: 16,
            flags: 0,
            key_type: BtfStruct {
                name: "k".into(),
                size: key_size,
                members: vec![BtfMember { name: "a".into(), offset: 0, size: key_size }],
            },
            value_type: BtfStruct { name: "v".into(), size: 4, members: vec![BtfMember { name: "x".into(), offset: 0, size: 4 }] },
        }
    }

    fn program(maps: Vec<MapDef>) -> Program {
        Program { kind: ProgramKind::Tc, name: "p".into(), insns: vec![], relocations: vec![], maps, license: "GPL".into() }
    }

    #[test]
    fn map_definitions_are_laid_out_back_to_back() {
        let mut flagged = map("b", 11, 8);
        flagged.flags = 1;
        let (_, section) = program_btf(&program(vec![map("a", 1, 4), flagged])).unwrap();
        assert_eq!(section, MapsSection { offsets: vec![0, 32], sizes: vec![32, 40], size: 72 });
    }

    #[test]
    fn sizes_are_checked() {
        let mut bad = map("a", 1, 4);
        bad.key_size = 8;
        assert!(matches!(program_btf(&program(vec![bad])), Err(Error::TypeSize { which: "key", .. })));
        let mut bad = map("a", 1, 4);
        bad.value_type.members[0].offset = 2;
        assert!(matches!(program_btf(&program(vec![bad])), Err(Error::BadMember { .. })));
        assert!(matches!(program_btf(&program(vec![map("a", 2, 8)])), Err(Error::TypeSize { .. })));
    }
}
