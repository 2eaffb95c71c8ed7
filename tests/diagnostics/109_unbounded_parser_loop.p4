// The user skipped IPv6 extension headers in a loop that extracts into a plain header, not a stack.
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header ipv6_ext_t {
    bit<8> nextHdr;
    bit<8> hdrExtLen;
    bit<48> data;
}

struct headers_t {
    ethernet_t ethernet;
    ipv6_ext_t ext;
}

struct metadata_t {
    bit<8> l4_proto;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            0x86dd: parse_ext;
            default: accept;
        }
    }
    state parse_ext {
        packet.extract(hdr.ext);
        transition select(hdr.ext.nextHdr) {
            0: parse_ext;
            43: parse_ext;
            default: accept;
        }
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
    }
}

Flowmark(prs(), pipe()) main;
