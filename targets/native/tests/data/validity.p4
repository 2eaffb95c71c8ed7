/* validity.p4: setValid() without extract, setInvalid() of an extracted header, isValid() through a
 * variable: what the native code generator's validity shortcuts must get right (tests/validity.rs). */
#include <core.p4>
#include <flowmark.p4>
header a_t { bit<8> x; bit<16> y; }
struct headers_t { a_t outer; a_t inner; a_t third; }
struct metadata_t { bit<16> keep; }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.outer);
        transition select(hdr.outer.x) { 1: parse_inner; 4: parse_inner; default: accept; }
    }
    state parse_inner {
        packet.extract(hdr.inner);
        meta.keep = hdr.inner.y;
        transition select(hdr.inner.x) { 9: parse_third; default: accept; }
    }
    state parse_third { packet.extract(hdr.third); transition accept; }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    apply {
        if (hdr.outer.x == 2) { hdr.third.setValid(); }
        if (hdr.outer.x == 3 || hdr.outer.x == 4) { hdr.inner.setInvalid(); }
        bool v = hdr.third.isValid() || hdr.inner.isValid();
        bit<16> t = 0;
        if (v) { t = hdr.third.y ^ hdr.inner.y; }
        if (!hdr.inner.isValid()) { t = t + 1; }
        standard_metadata.mark = t ++ (hdr.inner.y ^ meta.keep ^ (bit<16>) hdr.third.x);
    }
}
Flowmark(prs(), pipe()) main;
