// The user masked an IPv6 address with `&`, but arithmetic and bitwise operators stop at 64 bits.
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header ipv6_t {
    bit<4>   version;
    bit<8>   trafficClass;
    bit<20>  flowLabel;
    bit<16>  payloadLen;
    bit<8>   nextHdr;
    bit<8>   hopLimit;
    bit<128> srcAddr;
    bit<128> dstAddr;
}

struct headers_t {
    ethernet_t ethernet;
    ipv6_t     ipv6;
}

struct metadata_t {
    bit<32> flow_id;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            0x86dd: parse_ipv6;
            default: accept;
        }
    }
    state parse_ipv6 {
        packet.extract(hdr.ipv6);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    apply {
        bit<128> prefix = hdr.ipv6.dstAddr & 0xffffffffffffffff0000000000000000;
        if (prefix == 0x20010db8000000000000000000000000) {
            standard_metadata.verdict = verdict_t.DROP;
        }
    }
}

Flowmark(prs(), pipe()) main;
