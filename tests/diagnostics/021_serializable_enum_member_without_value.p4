// The user gave the enum an underlying type (so it can be a header field) but left out one member's value.
#include <core.p4>
#include <ebpf_model.p4>

enum bit<16> ether_type_t {
    IPV4 = 0x0800,
    ARP,
    IPV6 = 0x86dd
}

header ethernet_t {
    bit<48>      dstAddr;
    bit<48>      srcAddr;
    ether_type_t etherType;
}

struct headers_t {
    ethernet_t ethernet;
}

parser prs(packet_in p, out headers_t hdr) {
    state start {
        p.extract(hdr.ethernet);
        transition accept;
    }
}

control pipe(inout headers_t hdr, out bool pass) {
    apply {
        pass = hdr.ethernet.etherType != ether_type_t.ARP;
    }
}

ebpfFilter(prs(), pipe()) main;
