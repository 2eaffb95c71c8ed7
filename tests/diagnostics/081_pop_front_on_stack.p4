// The user popped the top MPLS label with `pop_front`, which flowmark does not support.
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
    bit<20> top_label;
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
        transition select(hdr.mpls.last.bos) {
            0: parse_mpls;
            default: accept;
        }
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
        if (hdr.mpls[0].isValid()) {
            meta.top_label = hdr.mpls[0].label;
            hdr.mpls.pop_front(1);
        }
    }
}

Flowmark(prs(), pipe()) main;
