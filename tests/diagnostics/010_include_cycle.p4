// Two helper files include each other, so the includes never end.
#include <core.p4>
#include <ebpf_model.p4>
#include "include/cycle_a.p4"

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
        pass = hdr.ethernet.etherType == ETHERTYPE_IPV4;
    }
}

ebpfFilter(prs(), pipe()) main;
