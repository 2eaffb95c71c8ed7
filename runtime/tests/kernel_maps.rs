//! The loader's map access by bytes on hand-built objects loaded with aya: a HASH map filled and
//! read with keys and values encoded by `flowmark_compiler::layout`, iteration, deletion and the
//! size checks; a per-CPU array counter summed over CPUs after test runs; the kernel's program
//! info (xlated and JIT-compiled sizes); load errors carrying the verifier's log.

#[path = "../../targets/ebpf/tests/support/mod.rs"]
mod support;

use flowmark_compiler::layout::{self, ByteOrder, FieldLayout, StructLayout};
use flowmark_ebpf::elf::write_object;
use flowmark_ebpf::program::ProgramKind;
use flowmark_runtime::kernel::{map_type, Error, Loaded, UpdateMode};
use flowmark_runtime::require_kernel;

fn field(name: &str, offset: u32, size: u32) -> FieldLayout {
    FieldLayout { name: name.into(), offset, size, width: (size * 8) as u16, byte_order: ByteOrder::Little, left_aligned: false }
}

/// `struct flow_key` of the samples; `dst_addr` holds the address as the packet has it, so its
/// little-endian u32 is the byte-reversed dotted quad.
fn key_layout() -> StructLayout {
    StructLayout { fields: vec![field("dst_addr", 0, 4), field("dst_port", 4, 2)], size: 8 }
}

fn value_layout() -> StructLayout {
    StructLayout { fields: vec![field("mark", 0, 4), field("tag", 4, 3), field("hits", 8, 8)], size: 16 }
}

fn key(addr: [u8; 4], port: u16) -> Vec<u8> {
    layout::encode(&key_layout(), &[u32::from_le_bytes(addr) as u128, port as u128])
}

#[test]
fn hash_maps_by_bytes() {
    require_kernel!();
    let loaded = Loaded::load(&write_object(&support::fixed_key_lookup(ProgramKind::Tc, 99)).unwrap()).unwrap();
    let flows = loaded.map("flows").unwrap();
    assert_eq!((flows.map_type(), flows.key_size(), flows.value_size(), flows.max_entries()), (map_type::HASH, 8, 16, 64));
    assert!(!flows.is_per_cpu());
    assert!(flows.keys().unwrap().is_empty());

    let hit = key([10, 0, 0, 1], 0);
    let other = key([10, 0, 0, 2], 80);
    let value = layout::encode(&value_layout(), &[7, 0x030201, 5]);
    flows.update(&hit, &value, UpdateMode::NoExist).unwrap();
    flows.update(&other, &layout::encode(&value_layout(), &[8, 0, 0]), UpdateMode::Any).unwrap();
    assert!(flows.update(&hit, &value, UpdateMode::NoExist).is_err(), "NoExist must refuse an existing key");

    let read = flows.lookup(&hit).unwrap().unwrap();
    assert_eq!(layout::decode(&value_layout(), &read), vec![7, 0x030201, 5]);
    assert_eq!(flows.lookup(&key([1, 2, 3, 4], 0)).unwrap(), None);
    let mut keys = flows.keys().unwrap();
    keys.sort();
    let mut expected = vec![hit.clone(), other.clone()];
    expected.sort();
    assert_eq!(keys, expected);
    assert_eq!(flows.entries().unwrap().len(), 2);

    // The program finds the entry the loader wrote: its retval is the entry's mark.
    assert_eq!(loaded.test_run(&support::udp_packet([10, 0, 0, 1], &[]), None, 1).unwrap().retval, 7);
    assert!(flows.delete(&hit).unwrap());
    assert!(!flows.delete(&hit).unwrap());
    assert_eq!(loaded.test_run(&support::udp_packet([10, 0, 0, 1], &[]), None, 1).unwrap().retval, 99);
    assert!(flows.update(&other, &value, UpdateMode::Exist).is_ok());

    // Wrong sizes are refused before any syscall.
    assert!(matches!(flows.lookup(&[0; 4]), Err(Error::Size { what: "key", expected: 8, got: 4, .. })));
    assert!(matches!(flows.update(&hit, &[0; 15], UpdateMode::Any), Err(Error::Size { what: "value", .. })));
    assert!(matches!(loaded.map("nope"), Err(Error::NoSuchMap(_))));
}

#[test]
fn per_cpu_counters_are_summed() {
    require_kernel!();
    let loaded = Loaded::load(&write_object(&support::count_packets(ProgramKind::Tc, 0)).unwrap()).unwrap();
    let counters = loaded.map("counters").unwrap();
    assert_eq!(counters.map_type(), map_type::PERCPU_ARRAY);
    assert!(counters.is_per_cpu());
    let index = 0u32.to_le_bytes();
    assert_eq!(counters.sum_u64(&index, 0).unwrap(), 0);

    let packet = support::udp_packet([10, 0, 0, 1], &[]);
    loaded.test_run(&packet, None, 5).unwrap();
    loaded.test_run(&packet, None, 3).unwrap();
    assert_eq!(counters.sum_u64(&index, 0).unwrap(), 8);
    let per_cpu = counters.lookup_per_cpu(&index).unwrap().unwrap();
    assert_eq!(per_cpu.len(), counters.value_count());
    assert!(per_cpu.iter().all(|v| v.len() == 8));
    assert!(matches!(counters.lookup(&index), Err(Error::Map { .. })), "plain lookup on a per-CPU map");

    // update writes every CPU's value.
    counters.update(&index, &2u64.to_le_bytes(), UpdateMode::Any).unwrap();
    assert_eq!(counters.sum_u64(&index, 0).unwrap(), 2 * counters.value_count() as u64);
    assert_eq!(counters.keys().unwrap(), vec![index.to_vec()]);
}

#[test]
fn program_info_reports_sizes() {
    require_kernel!();
    let program = support::tc_mark_from_packet();
    let loaded = Loaded::load(&write_object(&program).unwrap()).unwrap();
    assert_eq!(loaded.program_name(), "mark_flows");
    let info = loaded.info().unwrap();
    assert_eq!(info.name, "mark_flows");
    assert!(info.id > 0);
    // The verifier inlines the hash lookup helper: a few more instructions than the object's.
    assert!(info.xlated_bytes as usize >= program.insns.len() * 8 && info.xlated_bytes.is_multiple_of(8), "{info:?}");
    assert!(info.jited_bytes > 0);
    assert!(info.verified_insns.is_some_and(|n| n > 0));

    // Without helper calls the translation keeps the instruction count (the mark store is
    // rewritten in place to the skb field).
    let set_mark = support::tc_set_mark(1);
    let info = Loaded::load(&write_object(&set_mark).unwrap()).unwrap().info().unwrap();
    assert_eq!(info.xlated_bytes as usize, set_mark.insns.len() * 8, "{info:?}");
}

#[test]
fn verifier_rejections_carry_the_log() {
    require_kernel!();
    // Reads r2 without initialising it.
    let mut program = support::return_value(ProgramKind::Tc, "bad", 0);
    program.insns.insert(0, support::mov_reg(support::R0, support::R2));
    let error = Loaded::load(&write_object(&program).unwrap()).unwrap_err();
    let text = error.to_string();
    assert!(matches!(error, Error::Load(_)), "{text}");
    assert!(text.contains("R2 !read_ok"), "{text}");
}
