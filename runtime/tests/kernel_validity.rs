//! Header validity in the real kernel, against the reference interpreter, where the examples do
//! not go: `setInvalid()` after a boolean about the header was stored in a variable and paths
//! merged. The eBPF code generator reads headers it knows valid without a null test (through the
//! packet pointer when the header sits at a constant offset); an implication that outlived the
//! header's validity would read the packet's bytes where the interpreter reads 0. And a header
//! written and then `setInvalid()`: flowmark keeps an invalidated header's received bytes, which
//! the eBPF target (writing fields in place) puts back from a copy taken at `extract`.


mod kernel_support;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_compiler::ir::Module;
use flowmark_compiler::stf::Target;
use flowmark_ebpf::ProgramKind;
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::require_kernel;

/// Headers and parser of both programs: Ethernet is extracted on every path (so it is known
/// valid, at offset 0), the tag only after EtherType 0x8100.
const DECLARATIONS: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header tag_t {
    bit<3>  pcp;
    bit<1>  dei;
    bit<12> vid;
    bit<16> etherType;
}

struct headers_t {
    ethernet_t ethernet;
    tag_t      tag;
}

struct metadata_t {
    bit<8> unused;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            0x8100: parse_tag;
            default: accept;
        }
    }
    state parse_tag {
        packet.extract(hdr.tag);
        transition accept;
    }
}
"#;

/// `flag` says something about `tag` on one path and nothing on the other when they merge; then
/// Ethernet is invalidated on some packets and read where `flag` holds.
const VALIDITY_CONTROL: &str = r#"
control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
        bool flag = false;
        if (hdr.ethernet.srcAddr == 1) {
            flag = hdr.tag.isValid();
        }
        if (hdr.ethernet.dstAddr == 2) {
            hdr.ethernet.setInvalid();
        }
        if (flag) {
            standard_metadata.mark = (bit<32>) hdr.ethernet.etherType + 1;
        }
    }
}
"#;

/// The program of [`DECLARATIONS`] and `control`.
fn module(control: &str) -> Module {
    kernel_support::compile("validity", &format!("{DECLARATIONS}\n{control}\nFlowmark(prs(), pipe()) main;\n"))
}

fn packet(destination: u8, source: u8, ether_type: u16) -> PacketInput {
    let mut data = vec![0u8; 60];
    data[5] = destination;
    data[11] = source;
    data[12..14].copy_from_slice(&ether_type.to_be_bytes());
    PacketInput { port: 1, data, mark: 0, time_ns: 0 }
}

fn invalidated_header_reads_zero(kind: ProgramKind) {
    let module = module(VALIDITY_CONTROL);
    let mut machine = Machine::new(&module);
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("load ({kind:?}): {e}"));
    let mut marks = Vec::new();
    for destination in [1, 2] {
        for source in [0, 1] {
            for ether_type in [0x8100, 0x0800] {
                let input = packet(destination, source, ether_type);
                let expected = machine.run(&input);
                let got = kernel.run(&input).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
                assert_eq!(
                    (expected.verdict, expected.mark, &expected.data),
                    (got.verdict, got.mark, &got.data),
                    "{kind:?}: destination {destination}, source {source}, EtherType {ether_type:#x}"
                );
                marks.push(expected.mark);
            }
        }
    }
    // The case that matters happened: an invalidated header read as 0 (mark 1), and a valid one.
    assert!(marks.contains(&1) && marks.contains(&0x8101), "marks seen: {marks:?}");
}

#[test]
fn invalidated_header_reads_zero_tc() {
    require_kernel!();
    invalidated_header_reads_zero(ProgramKind::Tc);
}

#[test]
fn invalidated_header_reads_zero_xdp() {
    require_kernel!();
    invalidated_header_reads_zero(ProgramKind::Xdp);
}

/// Both headers are written (a whole field, a field inside a byte, a field after a checksum-like
/// 16-bit replace) before some packets invalidate one or both of them.
const WRITES_CONTROL: &str = r#"
control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
        hdr.tag.vid = 0xabc;
        hdr.ethernet.srcAddr = 0x020000000099;
        l4_checksum_replace(hdr.tag.etherType, 16w0x0800, 16w0x86dd);
        if (hdr.ethernet.dstAddr == 2) {
            hdr.tag.setInvalid();
        }
        if (hdr.ethernet.dstAddr == 3) {
            hdr.ethernet.setInvalid();
            hdr.tag.setInvalid();
        }
        hdr.tag.pcp = 5;
        if (hdr.tag.isValid()) {
            standard_metadata.mark = 7;
        }
    }
}
"#;

fn written_then_invalidated(kind: ProgramKind) {
    let module = module(WRITES_CONTROL);
    let mut machine = Machine::new(&module);
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("load ({kind:?}): {e}"));
    let (mut restored, mut kept) = (false, false);
    for destination in [1, 2, 3] {
        for ether_type in [0x8100, 0x0800] {
            let mut input = packet(destination, 0x11, ether_type);
            input.data[14..18].copy_from_slice(&[0x2f, 0xff, 0x08, 0x00]);
            let expected = machine.run(&input);
            let got = kernel.run(&input).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
            assert_eq!(
                (expected.verdict, expected.mark, &expected.data),
                (got.verdict, got.mark, &got.data),
                "{kind:?}: destination {destination}, EtherType {ether_type:#x}"
            );
            restored |= ether_type == 0x8100 && destination == 3 && expected.data == input.data;
            kept |= ether_type == 0x8100 && destination == 1 && expected.data[14..16] == [0xaa, 0xbc];
        }
    }
    // Both cases happened: received bytes put back, and writes kept on a valid header.
    assert!(restored && kept, "restored {restored}, kept {kept}");
}

#[test]
fn written_then_invalidated_header_keeps_its_received_bytes_tc() {
    require_kernel!();
    written_then_invalidated(ProgramKind::Tc);
}

#[test]
fn written_then_invalidated_header_keeps_its_received_bytes_xdp() {
    require_kernel!();
    written_then_invalidated(ProgramKind::Xdp);
}
