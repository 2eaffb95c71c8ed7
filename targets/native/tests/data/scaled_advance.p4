/* scaled_advance.p4: `advance` by byte counts scaled to bits (`(x - k) * 8`) that wrap in 16 and
 * 32 bits, and by a count that is not whole bytes: the native target turns `(y * 8 mod 2^w) >> 3`
 * into `y mod 2^(w-3)` (tests/scaled_advance.rs, with packets long enough that a 16-bit wrap
 * lands inside them). */
#include <core.p4>
#include <flowmark.p4>
header head_t { bit<8> n; bit<8> m; bit<8> q; }
header tail_t { bit<8> v; }
struct headers_t { head_t h; tail_t t; }
struct metadata_t { }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.h);
        packet.advance((bit<32>) (((bit<16>) hdr.h.m - 3) * 8));
        packet.advance(((bit<32>) hdr.h.n - 1) * 8);
        packet.advance(((bit<32>) hdr.h.q - 1) * 4);
        packet.extract(hdr.t);
        transition accept;
    }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    apply { standard_metadata.mark = (bit<32>) hdr.t.v; }
}
Flowmark(prs(), pipe()) main;
