/* concat.p4: chains of `++` of mixed widths, within 64 bits, across 64 bits and up to 128 bits,
 * written into header fields (one sliced afterwards): what the native target's concatenation trees
 * (codegen `concatenate`) must keep exact (tests/concat.rs). */
#include <core.p4>
#include <flowmark.p4>
header in_t { bit<8> a; bit<16> b; bit<48> c; bit<56> d; bit<4> e; bit<12> f; }
header out_t { bit<72> x; bit<40> y; bit<128> z; bit<64> w; }
struct headers_t { in_t i; out_t o; }
struct metadata_t { }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start { packet.extract(hdr.i); packet.extract(hdr.o); transition accept; }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    apply {
        hdr.o.x = hdr.i.a ++ hdr.i.b ++ hdr.i.c;
        hdr.o.y = hdr.i.e ++ hdr.i.f ++ hdr.i.a ++ hdr.i.b;
        hdr.o.z = hdr.i.d ++ hdr.i.a ++ hdr.i.c ++ hdr.i.b;
        bit<48> w = hdr.i.a ++ hdr.i.a ++ hdr.i.b ++ hdr.i.e ++ hdr.i.f;
        hdr.o.w = (w ++ 16w0x1234 ++ hdr.i.a)[63:0];
        standard_metadata.mark = (hdr.i.f ++ hdr.i.e ++ hdr.i.a ++ hdr.i.a)[31:0];
    }
}
Flowmark(prs(), pipe()) main;
