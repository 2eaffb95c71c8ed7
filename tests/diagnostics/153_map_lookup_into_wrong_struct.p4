// The user looked a map value up into a struct of another type than the map's values.
#include <core.p4>
#include <flowmark.p4>

struct flow_key_t { bit<32> src; }
struct flow_state_t { bit<32> packets; }
struct port_state_t { bit<32> mark; }

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
    Map<flow_key_t, flow_state_t>(MapKind.HASH, 1024) flows;
    apply {
        port_state_t port_state;
        if (flows.lookup({ hdr.ipv4.srcAddr }, port_state)) {
            standard_metadata.mark = port_state.mark;
        }
    }
}

Flowmark(prs(), pipe()) main;
