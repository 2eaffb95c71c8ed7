/* divisions.p4: quotients and remainders of the same operands in one pipeline, remainder first
 * (mode 0, the `a % b == 0` idiom) and quotient first (mode 1), in 16 and 32 bits: what the
 * native target's division fusion (src/divisions.rs) must keep exact (tests/divisions.rs). */
#include <core.p4>
#include <flowmark.p4>
header d_t { bit<8> mode; bit<16> a; bit<16> b; bit<32> c; bit<32> d; }
struct headers_t { d_t d; }
struct metadata_t { }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start { packet.extract(hdr.d); transition accept; }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    apply {
        if (hdr.d.mode == 0) {
            if (hdr.d.a % hdr.d.b == 0) {
                standard_metadata.mark = 16w1 ++ (hdr.d.a / hdr.d.b);
            } else {
                standard_metadata.mark = 16w2 ++ (hdr.d.a % hdr.d.b);
            }
        } else if (hdr.d.mode == 1) {
            bit<16> q = hdr.d.a / hdr.d.b;
            standard_metadata.mark = q ++ (hdr.d.a % hdr.d.b);
        } else {
            bit<32> r = hdr.d.c % hdr.d.d;
            if (r != 1) {
                standard_metadata.mark = (hdr.d.c / hdr.d.d) ^ r;
            }
        }
    }
}
Flowmark(prs(), pipe()) main;
