/* lookahead_written.p4: a byte read by lookahead, then extracted into a header the control
 * rewrites; the mark is the byte as it was read, while the finish block writes the rewritten
 * header back over it (tests/lookahead_written.rs). */
#include <core.p4>
#include <flowmark.p4>
header w_t { bit<8> first; bit<8> second; }
struct headers_t { w_t w; }
struct metadata_t { bit<8> seen; }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start {
        meta.seen = packet.lookahead<bit<8>>();
        packet.extract(hdr.w);
        transition accept;
    }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    apply {
        hdr.w.first = hdr.w.second + 1;
        standard_metadata.mark = (bit<32>) meta.seen;
    }
}
Flowmark(prs(), pipe()) main;
