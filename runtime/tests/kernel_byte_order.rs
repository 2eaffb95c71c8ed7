//! Fields of 3, 5, 6 and 7 bytes used as numbers, in the real kernel against the reference
//! interpreter. The eBPF code generator keeps fields in packet byte order and swaps them into
//! numbers where arithmetic needs one; the kernel's byte swap takes 16, 32 or 64 bits only (a
//! `be48` fails to load), so odd sizes swap 64 bits and shift.

mod kernel_support;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_compiler::stf::Target;
use flowmark_ebpf::ProgramKind;
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::require_kernel;

const PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header odd_t {
    bit<24> a;
    bit<40> b;
    bit<48> c;
    bit<56> d;
}

struct headers_t {
    odd_t odd;
}

struct metadata_t {
    bit<8> unused;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.odd);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
        bit<64> mac_and_more = hdr.odd.c ++ hdr.odd.a[15:0];
        standard_metadata.mark = (bit<32>) (hdr.odd.a + 1) ^ hdr.odd.b[39:8] ^ mac_and_more[47:16] ^ hdr.odd.d[55:24];
        hdr.odd.c = hdr.odd.c + 1;
        hdr.odd.d = hdr.odd.d - (bit<56>) hdr.odd.b;
    }
}

Flowmark(prs(), pipe()) main;
"#;

fn odd_sizes_as_numbers(kind: ProgramKind) {
    let module = kernel_support::compile("byte_order", PROGRAM);
    let mut machine = Machine::new(&module);
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("load ({kind:?}): {e}"));
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut marks = std::collections::BTreeSet::new();
    for round in 0..200 {
        let mut data = Vec::with_capacity(64);
        for _ in 0..64 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            data.push(if round % 4 == 0 { 0xff } else { state as u8 });
        }
        let input = PacketInput { port: 1, data, mark: 0, time_ns: 0 };
        let expected = machine.run(&input);
        let got = kernel.run(&input).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        assert_eq!((got.verdict, got.mark, &got.data), (expected.verdict, expected.mark, &expected.data), "{kind:?}: packet {round}");
        marks.insert(expected.mark);
    }
    assert!(marks.len() > 100, "the packets hardly differ: {} marks", marks.len());
}

#[test]
fn odd_sized_fields_as_numbers_tc() {
    require_kernel!();
    odd_sizes_as_numbers(ProgramKind::Tc);
}

#[test]
fn odd_sized_fields_as_numbers_xdp() {
    require_kernel!();
    odd_sizes_as_numbers(ProgramKind::Xdp);
}
