//! Assignment to a slice (`x[hi:lo] = v`) end to end: the front end lowers it to a read, slices and
//! concatenations and a write, and the interpreter runs it (header fields, variables, signed and
//! 128-bit values).

use flowmark_compiler::compile_source;
use flowmark_compiler::stf::run_stf_interp;
use flowmark_grammar::{FileLoader, SourceMap};

struct NoFiles;

impl FileLoader for NoFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        Err(format!("{path}: no files in this test"))
    }
}

const PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header ethernet_t { bit<48> dstAddr; bit<48> srcAddr; bit<16> etherType; }
header ipv4_t {
    bit<4> version; bit<4> ihl; bit<8> diffserv; bit<16> totalLen; bit<16> identification;
    bit<3> flags; bit<13> fragOffset; bit<8> ttl; bit<8> protocol; bit<16> hdrChecksum;
    bit<32> srcAddr; bit<32> dstAddr;
}
struct headers_t { ethernet_t ethernet; ipv4_t ipv4; }
struct metadata_t { bit<128> wide; }

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        packet.extract(hdr.ipv4);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
        bit<32> x = 0xAABBCCDD;
        x[15:8] = 0x11;                 // middle: 0xAABB11DD
        x[31:28] = 4w0x1;               // top: 0x1ABB11DD
        x[3:0] = 0;                     // bottom: 0x1ABB11D0
        int<8> s = -1;
        s[7:7] = 0;                     // 0x7f, the whole sign bit cleared
        s[7:0] = 8w0x80;                // the whole value: -128
        meta.wide = 0;
        meta.wide[127:96] = 0xFFFFFFFF;
        hdr.ipv4.flags[1:1] = 0;        // clear DF
        hdr.ipv4.ttl[7:4] = 0xF;        // ttl 0x40 -> 0xf0
        hdr.ipv4.protocol[7:4][1:0] = 3; // a slice of a slice: bits 5:4, protocol 0x11 -> 0x31
        hdr.ipv4.diffserv[7:0] = (bit<8>) s;
        if (meta.wide[127:120] == 0xFF && meta.wide[95:0] == 0) {
            standard_metadata.mark = x;
        }
    }
}

Flowmark(prs(), pipe()) main;
"#;

#[test]
fn slice_assignments_change_only_their_bits() {
    let mut sources = SourceMap::default();
    let main = sources.add("slices.p4", PROGRAM);
    let (module, diagnostics) = compile_source(&mut sources, main, &NoFiles, "slices");
    let Some(module) = module else {
        panic!("does not compile:\n{}", flowmark_grammar::render(&sources, &diagnostics));
    };
    let stf = "\
packet 0 000000000001 000000000002 0800 4500 0073 0000 4000 4011 b861 c0a80001 c0a800c7
expect 0 000000000001 000000000002 0800 4580 0073 0000 0000 f031 b861 c0a80001 c0a800c7$ mark=0x1abb11d0
";
    let report = run_stf_interp(&module, stf);
    assert!(report.passed() && report.checks == 1, "{report}");
}
