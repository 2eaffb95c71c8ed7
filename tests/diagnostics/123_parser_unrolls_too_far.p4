// The user allowed 64 VLAN tags and 64 MPLS labels in any interleaving; unrolling that parser explodes.
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header vlan_t {
    bit<3>  pcp;
    bit<1>  dei;
    bit<12> vid;
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
    vlan_t[64] vlans;
    mpls_t[64] mpls;
}

struct metadata_t {
    bit<8> depth;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            0x8100: parse_vlan;
            0x8847: parse_mpls;
            default: accept;
        }
    }
    state parse_vlan {
        packet.extract(hdr.vlans.next);
        transition select(hdr.vlans.last.etherType) {
            0x8100: parse_vlan;
            0x8847: parse_mpls;
            default: accept;
        }
    }
    state parse_mpls {
        packet.extract(hdr.mpls.next);
        transition select(hdr.mpls.last.bos) {
            0: parse_mpls;
            default: parse_vlan;
        }
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
    }
}

Flowmark(prs(), pipe()) main;
