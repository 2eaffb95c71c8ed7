/* wrapping_chains.p4: chains of narrow additions, subtractions and multiplications that wrap,
 * within one block, across parser states and into the control, with narrowing casts between:
 * the native target drops the masks of such operands (only the result's mask matters), so these
 * must still wrap exactly as the interpreter does (tests/wrapping_chains.rs). */
#include <core.p4>
#include <flowmark.p4>
header in_t { bit<8> x; bit<16> y; bit<4> n; bit<4> m; bit<8> s; }
header out_t { bit<8> a; bit<8> b; bit<16> c; bit<4> d; bit<4> e; bit<8> f; bit<16> g; bit<8> h; bit<64> k; }
struct headers_t { in_t i; out_t o; }
struct metadata_t { bit<8> carried; bit<16> wide; }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.i);
        meta.carried = hdr.i.x - 3;
        meta.wide = hdr.i.y + 0xfff0;
        transition select(hdr.i.n) { 0: zero; default: other; }
    }
    state zero {
        meta.carried = meta.carried * 7 - 250;
        meta.wide = meta.wide - 17;
        transition finish;
    }
    state other {
        meta.carried = meta.carried + 200;
        meta.wide = meta.wide * 3;
        transition finish;
    }
    state finish {
        meta.carried = meta.carried - hdr.i.x;
        packet.extract(hdr.o);
        transition accept;
    }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    apply {
        hdr.o.a = meta.carried * 5 + 1;
        hdr.o.b = (bit<8>) hdr.i.y + hdr.i.x * 3;
        hdr.o.c = meta.wide - (bit<16>) hdr.i.x * 300;
        hdr.o.d = hdr.i.n - hdr.i.m - 1;
        hdr.o.e = (hdr.i.n + 9) * hdr.i.m;
        int<8> signed = (int<8>) hdr.i.s - 100;
        if (signed < 0) {
            hdr.o.f = (bit<8>) (signed * 3);
        } else {
            hdr.o.f = (bit<8>) (signed + 1);
        }
        hdr.o.g = ((bit<16>) (hdr.i.x - 200)) * 257;
        hdr.o.h = (bit<8>) ((bit<32>) hdr.i.y * 0x01010101 - 1);
        hdr.o.k = ((bit<64>) ((bit<32>) hdr.i.y * 0x01010101 - 1)) * 0x100000003;
        standard_metadata.mark = (bit<32>) (meta.wide * meta.wide + 5);
    }
}
Flowmark(prs(), pipe()) main;
