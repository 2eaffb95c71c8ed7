// A hint key struct with a field of an unknown type: the errors only, never an internal error
// (the flattened key then has more values than the key's scalar fields; found by fuzzing).
#include <core.p4>
#include <flowmark.p4>

struct flow_key_t { bit<32> src; address_t dst; bit<16> port; }

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header ipv4_t {
    bit<4>  version;
    bit<4>  ihl;
    bit<8>  diffserv;
    bit<16> totalLen;
    bit<16> identification;
    bit<3>  flags;
    bit<13> fragOffset;
    bit<8>  ttl;
    bit<8>  protocol;
    bit<16> hdrChecksum;
    bit<32> srcAddr;
    bit<32> dstAddr;
}

struct headers_t {
    ethernet_t ethernet;
    ipv4_t     ipv4;
}

struct metadata_t {
    bit<16> src_port;
    bit<16> dst_port;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Hint<flow_key_t>(1024) flows;
    apply {
        flows.apply({ hdr.ipv4.srcAddr, hdr.ipv4.dstAddr, meta.src_port });
    }
}

Flowmark(prs(), pipe()) main;
