//! The ELF writer: a [`Program`] becomes one relocatable BPF object that tc (`bpf da obj O sec
//! classifier`), bpftool/libbpf 1.x and aya 0.14 load unchanged.
//!
//! The object (ELF64, little endian, `ET_REL`, `EM_BPF`) holds:
//! - the program section, named `classifier` (TC) or `xdp` (XDP), executable PROGBITS, with a GLOBAL
//!   FUNC symbol named after the program covering all its instructions;
//! - `license`: the license string and a NUL;
//! - `.maps` (when there are maps): zero bytes, one GLOBAL OBJECT symbol of default visibility per
//!   map at its offset (hidden symbols are "static" maps to libbpf, which refuses them);
//! - `.rel<section>`: one `R_BPF_64_64` relocation per map reference, at the `ld_imm64`'s first
//!   slot, against the map's symbol (the loaders patch in the map fd and `BPF_PSEUDO_MAP_FD`);
//! - `.BTF`: the map definitions and key/value struct types (see [`crate::btf`]);
//! - `.symtab`, `.strtab`, `.shstrtab`.

use object::write::{Object, Relocation, Symbol, SymbolSection};
use object::{elf, Architecture, BinaryFormat, Endianness, FileFlags, RelocationFlags, SectionKind, SymbolFlags, SymbolKind, SymbolScope};

use crate::btf::{self, is_c_identifier};
use crate::error::Error;
use crate::program::Program;

/// `BPF_LD | BPF_IMM | BPF_DW`: the first slot of an `ld_imm64`.
const LD_IMM64: u8 = 0x18;

/// Check the names and relocations of `program` (types are checked while building the BTF).
fn validate(program: &Program) -> Result<(), Error> {
    if program.insns.is_empty() {
        return Err(Error::EmptyProgram { program: program.name.clone() });
    }
    if !is_c_identifier(&program.name) {
        return Err(Error::InvalidName { what: "program", name: program.name.clone() });
    }
    for (index, map) in program.maps.iter().enumerate() {
        if !is_c_identifier(&map.name) {
            return Err(Error::InvalidName { what: "map", name: map.name.clone() });
        }
        if map.name == program.name || program.maps[..index].iter().any(|other| other.name == map.name) {
            return Err(Error::DuplicateMap { name: map.name.clone() });
        }
    }
    for reloc in &program.relocations {
        let bad = |reason: String| Error::BadRelocation { insn: reloc.insn, reason };
        if reloc.map >= program.maps.len() {
            return Err(bad(format!("map index {} but the program has {} maps", reloc.map, program.maps.len())));
        }
        if reloc.insn + 1 >= program.insns.len() {
            return Err(bad(format!("the program has {} instruction slots, an ld_imm64 needs two", program.insns.len())));
        }
        let code = program.insns[reloc.insn].code;
        if code != LD_IMM64 {
            return Err(bad(format!("opcode {code:#04x} is not ld_imm64 ({LD_IMM64:#04x})")));
        }
    }
    Ok(())
}

/// The ELF object bytes of `program`.
pub fn write_object(program: &Program) -> Result<Vec<u8>, Error> {
    validate(program)?;
    let (btf_bytes, maps_section) = btf::program_btf(program)?;

    let mut obj = Object::new(BinaryFormat::Elf, Architecture::Bpf, Endianness::Little);
    obj.flags = FileFlags::Elf { os_abi: elf::ELFOSABI_NONE, abi_version: 0, e_flags: 0 };

    let code: Vec<u8> = program.insns.iter().flat_map(|insn| insn.to_bytes()).collect();
    let text = obj.add_section(Vec::new(), program.kind.section().as_bytes().to_vec(), SectionKind::Text);
    obj.append_section_data(text, &code, 8);
    obj.add_symbol(Symbol {
        name: program.name.as_bytes().to_vec(),
        value: 0,
        size: code.len() as u64,
        kind: SymbolKind::Text,
        scope: SymbolScope::Dynamic,
        weak: false,
        section: SymbolSection::Section(text),
        flags: SymbolFlags::None,
    });

    let license = obj.add_section(Vec::new(), b"license".to_vec(), SectionKind::Data);
    let mut license_bytes = program.license.as_bytes().to_vec();
    license_bytes.push(0);
    obj.append_section_data(license, &license_bytes, 1);

    if !program.maps.is_empty() {
        let maps = obj.add_section(Vec::new(), b".maps".to_vec(), SectionKind::Data);
        obj.append_section_data(maps, &vec![0u8; maps_section.size as usize], 8);
        let mut symbols = Vec::with_capacity(program.maps.len());
        for (index, map) in program.maps.iter().enumerate() {
            symbols.push(obj.add_symbol(Symbol {
                name: map.name.as_bytes().to_vec(),
                value: maps_section.offsets[index] as u64,
                size: maps_section.sizes[index] as u64,
                kind: SymbolKind::Data,
                scope: SymbolScope::Dynamic,
                weak: false,
                section: SymbolSection::Section(maps),
                flags: SymbolFlags::None,
            }));
        }
        for reloc in &program.relocations {
            obj.add_relocation(
                text,
                Relocation {
                    offset: reloc.insn as u64 * 8,
                    symbol: symbols[reloc.map],
                    addend: 0,
                    flags: RelocationFlags::Elf { r_type: elf::R_BPF_64_64 },
                },
            )
            .map_err(|e| Error::Object(e.to_string()))?;
        }
    }

    let btf_section = obj.add_section(Vec::new(), b".BTF".to_vec(), SectionKind::Metadata);
    obj.append_section_data(btf_section, &btf_bytes, 4);

    obj.write().map_err(|e| Error::Object(e.to_string()))
}
