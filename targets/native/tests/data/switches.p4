/* switches.p4: switch statements the native target lowers as compare chains (at most four
 * distinct values: a run of consecutive labels, a single one, labels that are not consecutive,
 * values at the top of 64 bits) and as jump tables (more values), written into header fields
 * (tests/switches.rs). */
#include <core.p4>
#include <flowmark.p4>
header in_t { bit<8> a; bit<64> b; }
header out_t { bit<8> chain; bit<8> jumps; bit<8> wide; }
struct headers_t { in_t i; out_t o; }
struct metadata_t { }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start { packet.extract(hdr.i); packet.extract(hdr.o); transition accept; }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    apply {
        switch (hdr.i.a) {
            1:
            2:
            3: { hdr.o.chain = 10; }
            5: { hdr.o.chain = 20; }
            7:
            9: { hdr.o.chain = 30; }
            default: { hdr.o.chain = 40; }
        }
        switch (hdr.i.a) {
            0: { hdr.o.jumps = 1; }
            1: { hdr.o.jumps = 2; }
            2: { hdr.o.jumps = 3; }
            3: { hdr.o.jumps = 4; }
            4: { hdr.o.jumps = 5; }
            6: { hdr.o.jumps = 6; }
            default: { hdr.o.jumps = 7; }
        }
        switch (hdr.i.b) {
            0xfffffffffffffffe:
            0xffffffffffffffff: { hdr.o.wide = 1; }
            0: { hdr.o.wide = 2; }
            0x8000000000000000: { hdr.o.wide = 3; }
            default: { hdr.o.wide = 4; }
        }
    }
}
Flowmark(prs(), pipe()) main;
