// The user indexed a header stack with a run-time value; stack indexes must be constants.
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header mpls_t {
    bit<20> label;
    bit<3>  tc;
    bit<1>  bos;
    bit<8>  ttl;
}

struct headers_t {
    ethernet_t ethernet;
    mpls_t[4]  mpls;
}

struct metadata_t {
    bit<32> depth;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            0x8847: parse_mpls;
            default: accept;
        }
    }
    state parse_mpls {
        packet.extract(hdr.mpls.next);
        meta.depth = meta.depth + 1;
        transition select(hdr.mpls.last.bos) {
            0: parse_mpls;
            default: accept;
        }
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
        if (meta.depth > 0) {
            standard_metadata.mark = (bit<32>) hdr.mpls[meta.depth - 1].label;
        }
    }
}

Flowmark(prs(), pipe()) main;
