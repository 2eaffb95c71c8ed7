//! Header validity in the real kernel, against the reference interpreter, where the examples do
//! not go: `setInvalid()` after a boolean about the header was stored in a variable and paths
//! merged. The eBPF code generator reads headers it knows valid without a null test (through the
//! packet pointer when the header sits at a constant offset); an implication that outlived the
//! header's validity would read the packet's bytes where the interpreter reads 0.

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_compiler::ir::Module;
use flowmark_compiler::stf::Target;
use flowmark_ebpf::ProgramKind;
use flowmark_grammar::{FileLoader, SourceMap};
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::require_kernel;

/// Ethernet is extracted on every path (so it is known valid, at offset 0); `flag` says something
/// about `tag` on one path and nothing on the other when they merge; then Ethernet is invalidated
/// on some packets and read where `flag` holds.
const PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header tag_t {
    bit<16> vid;
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

Flowmark(prs(), pipe()) main;
"#;

struct NoFiles;

impl FileLoader for NoFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        Err(format!("{path}: not available"))
    }
}

fn module() -> Module {
    let mut sources = SourceMap::default();
    let main = sources.add("validity.p4".to_string(), PROGRAM.to_string());
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &NoFiles, "validity");
    module.unwrap_or_else(|| panic!("{}", flowmark_grammar::render(&sources, &diagnostics)))
}

fn packet(destination: u8, source: u8, ether_type: u16) -> PacketInput {
    let mut data = vec![0u8; 60];
    data[5] = destination;
    data[11] = source;
    data[12..14].copy_from_slice(&ether_type.to_be_bytes());
    PacketInput { port: 1, data, mark: 0, time_ns: 0 }
}

fn invalidated_header_reads_zero(kind: ProgramKind) {
    let module = module();
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
