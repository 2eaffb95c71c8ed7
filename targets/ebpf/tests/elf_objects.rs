//! The ELF writer's output read back with the `object` crate (no kernel needed): header, sections
//! and their flags, symbols (binding, type, visibility, size), `R_BPF_64_64` relocations against
//! the map symbols, the BTF header, and the writer's refusals (bad names, relocations that are not
//! on an `ld_imm64`, type sizes that disagree with the map). `llvm-objdump` must disassemble
//! every sample object.

mod support;

use flowmark_ebpf::elf::write_object;
use flowmark_ebpf::error::Error;
use flowmark_ebpf::program::{MapRelocation, ProgramKind};
use flowmark_runtime::kernel::testing;
use flowmark_runtime::require_tools;
use object::elf;
use object::read::elf::{ElfFile64, FileHeader, SectionHeader, Sym};
use object::{Endianness, Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget};

fn section_data<'a>(file: &ElfFile64<'a, Endianness>, name: &str) -> &'a [u8] {
    file.section_by_name(name).unwrap_or_else(|| panic!("no section {name}")).data().unwrap()
}

#[test]
fn header_sections_and_symbols() {
    let program = support::tc_mark_from_packet();
    let bytes = write_object(&program).unwrap();
    let file = ElfFile64::<Endianness>::parse(bytes.as_slice()).unwrap();
    let header = file.elf_header();
    let endian = file.endian();
    assert_eq!(header.e_machine(endian), elf::EM_BPF);
    assert_eq!(header.e_type(endian), elf::ET_REL);
    assert!(file.is_little_endian());
    assert!(file.is_64());

    // Program section: executable PROGBITS with the code.
    let text = file.section_by_name("classifier").unwrap();
    let text_header = text.elf_section_header();
    assert_eq!(text_header.sh_type(endian), elf::SHT_PROGBITS);
    assert_eq!(text_header.sh_flags(endian), (elf::SHF_ALLOC | elf::SHF_EXECINSTR) as u64);
    let code: Vec<u8> = program.insns.iter().flat_map(|i| i.to_bytes()).collect();
    assert_eq!(text.data().unwrap(), code.as_slice());

    assert_eq!(section_data(&file, "license"), b"GPL\0");
    assert_eq!(section_data(&file, ".maps").len(), 32);
    assert!(section_data(&file, ".maps").iter().all(|&b| b == 0));
    assert_eq!(&section_data(&file, ".BTF")[0..4], &[0x9f, 0xeb, 1, 0]);
    assert!(file.section_by_name(".symtab").is_some());
    assert!(file.section_by_name(".strtab").is_some());

    // Symbols: GLOBAL FUNC for the program (size = code), GLOBAL OBJECT default visibility per map.
    let func = file.symbol_by_name("mark_flows").unwrap();
    let sym = func.elf_symbol();
    assert_eq!(sym.st_bind(), elf::STB_GLOBAL);
    assert_eq!(sym.st_type(), elf::STT_FUNC);
    assert_eq!(sym.st_size(endian), code.len() as u64);
    assert_eq!(func.section_index(), Some(text.index()));
    let map = file.symbol_by_name("flows").unwrap();
    let sym = map.elf_symbol();
    assert_eq!(sym.st_bind(), elf::STB_GLOBAL);
    assert_eq!(sym.st_type(), elf::STT_OBJECT);
    assert_eq!(sym.st_visibility(), elf::STV_DEFAULT);
    assert_eq!((map.address(), map.size()), (0, 32));

    // One R_BPF_64_64 at the ld_imm64, against the map symbol.
    let relocations: Vec<_> = text.relocations().collect();
    assert_eq!(relocations.len(), 1);
    let (offset, reloc) = &relocations[0];
    assert_eq!(*offset, program.relocations[0].insn as u64 * 8);
    assert_eq!(reloc.flags(), RelocationFlags::Elf { r_type: elf::R_BPF_64_64 });
    assert_eq!(reloc.target(), RelocationTarget::Symbol(map.index()));
    assert_eq!(reloc.addend(), 0);
}

#[test]
fn xdp_objects_and_several_maps() {
    let mut program = support::count_packets(ProgramKind::Xdp, support::XDP_PASS);
    program.maps.push(support::flows_map());
    let bytes = write_object(&program).unwrap();
    let file = ElfFile64::<Endianness>::parse(bytes.as_slice()).unwrap();
    assert!(file.section_by_name("xdp").is_some());
    assert!(file.section_by_name("classifier").is_none());
    let counters = file.symbol_by_name("counters").unwrap();
    let flows = file.symbol_by_name("flows").unwrap();
    // counters: type, max_entries, key, value (4 members of 8 bytes); flows right after it.
    assert_eq!((counters.address(), counters.size()), (0, 32));
    assert_eq!((flows.address(), flows.size()), (32, 32));
    assert_eq!(section_data(&file, ".maps").len(), 64);
}

#[test]
fn programs_without_maps_have_no_maps_section() {
    let bytes = write_object(&support::return_value(ProgramKind::Tc, "ret0", 0)).unwrap();
    let file = ElfFile64::<Endianness>::parse(bytes.as_slice()).unwrap();
    assert!(file.section_by_name(".maps").is_none());
    assert!(file.section_by_name(".BTF").is_some());
}

#[test]
fn the_writer_refuses_what_loaders_would() {
    let mut program = support::fixed_key_lookup(ProgramKind::Tc, 0);
    program.name = "has-dash".into();
    assert!(matches!(write_object(&program), Err(Error::InvalidName { what: "program", .. })));

    let mut program = support::fixed_key_lookup(ProgramKind::Tc, 0);
    program.maps[0].name = "flows.table".into();
    assert!(matches!(write_object(&program), Err(Error::InvalidName { what: "map", .. })));

    let mut program = support::fixed_key_lookup(ProgramKind::Tc, 0);
    program.maps.push(support::flows_map());
    assert!(matches!(write_object(&program), Err(Error::DuplicateMap { .. })));

    let mut program = support::fixed_key_lookup(ProgramKind::Tc, 0);
    program.relocations = vec![MapRelocation { insn: 2, map: 0 }];
    let error = write_object(&program).unwrap_err();
    assert!(matches!(error, Error::BadRelocation { insn: 2, .. }));
    assert!(error.to_string().contains("not ld_imm64"), "{error}");

    let mut program = support::fixed_key_lookup(ProgramKind::Tc, 0);
    program.relocations = vec![MapRelocation { insn: 0, map: 3 }];
    assert!(matches!(write_object(&program), Err(Error::BadRelocation { .. })));

    let mut program = support::fixed_key_lookup(ProgramKind::Tc, 0);
    program.maps[0].value_size = 12;
    let error = write_object(&program).unwrap_err();
    assert!(matches!(error, Error::TypeSize { which: "value", map_size: 12, type_size: 16, .. }), "{error}");

    let mut program = support::return_value(ProgramKind::Xdp, "empty", 0);
    program.insns.clear();
    assert!(matches!(write_object(&program), Err(Error::EmptyProgram { .. })));
}

#[test]
fn llvm_objdump_disassembles_every_sample() {
    require_tools!(["llvm-objdump"]);
    let dir = std::env::temp_dir().join(testing::unique_name("objdump"));
    std::fs::create_dir(&dir).unwrap();
    let samples = [
        support::return_value(ProgramKind::Tc, "ret0", 0),
        support::fixed_key_lookup(ProgramKind::Tc, 0),
        support::tc_mark_from_packet(),
        support::tc_set_mark(7),
        support::count_packets(ProgramKind::Xdp, support::XDP_PASS),
        support::xdp_meta_mark(7),
    ];
    let mut failures = Vec::new();
    for program in &samples {
        let path = dir.join(format!("{}.o", program.name));
        std::fs::write(&path, write_object(program).unwrap()).unwrap();
        match testing::run("llvm-objdump", &["-d", "-r", path.to_str().unwrap()]) {
            Ok(output) => {
                let text = String::from_utf8_lossy(&output.stdout).into_owned();
                let header = format!("<{}>:", program.name);
                let insn_lines = text
                    .lines()
                    .filter(|l| !l.contains("R_BPF"))
                    .filter(|l| l.trim_start().split(':').next().is_some_and(|n| n.trim().parse::<usize>().is_ok()))
                    .count();
                // ld_imm64 is one line for two slots.
                let expected = program.insns.len() - program.relocations.len();
                if !text.contains(&header) || text.contains("<unknown>") || insn_lines != expected {
                    failures.push(format!("{}: {insn_lines} lines for {expected} instructions\n{text}", program.name));
                }
                for reloc in &program.relocations {
                    let map = &program.maps[reloc.map].name;
                    if !text.contains(&format!("R_BPF_64_64\t{map}")) {
                        failures.push(format!("{}: no R_BPF_64_64 against {map}\n{text}", program.name));
                    }
                }
            }
            Err(why) => failures.push(why),
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
