// The user used the name of a constant where a type was expected.
#include <core.p4>
#include <ebpf_model.p4>

const bit<16> ETHERTYPE_IPV4 = 0x0800;

header ethernet_t {
    bit<48>        dstAddr;
    bit<48>        srcAddr;
    ETHERTYPE_IPV4 etherType;
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
