// The user sized an MPLS label stack far beyond flowmark's limit of 64 entries.
#include <core.p4>
#include <ebpf_model.p4>

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
    ethernet_t  ethernet;
    mpls_t[256] mpls;
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
