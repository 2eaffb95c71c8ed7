// The user ported a BMv2 program and kept `#include <v1model.p4>`, which flowmark does not ship.
#include <core.p4>
#include <v1model.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
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
        pass = true;
    }
}

ebpfFilter(prs(), pipe()) main;
