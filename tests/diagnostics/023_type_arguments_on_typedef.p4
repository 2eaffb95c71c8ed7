// The user wrote a typedef'd address type as if it were generic.
#include <core.p4>
#include <ebpf_model.p4>

typedef bit<48> mac_addr_t;

header ethernet_t {
    mac_addr_t<bit<48>> dstAddr;
    mac_addr_t          srcAddr;
    bit<16>             etherType;
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
