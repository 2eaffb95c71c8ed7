// The user meant to decrement the TTL but wrote an expression without an assignment.
#include <core.p4>
#include <ebpf_model.p4>

header ipv4_t {
    bit<8>  ttl;
    bit<8>  protocol;
    bit<16> hdrChecksum;
}

struct headers_t {
    ipv4_t ipv4;
}

parser prs(packet_in p, out headers_t hdr) {
    state start {
        p.extract(hdr.ipv4);
        transition accept;
    }
}

control pipe(inout headers_t hdr, out bool pass) {
    apply {
        pass = true;
        hdr.ipv4.ttl - 1;
    }
}

ebpfFilter(prs(), pipe()) main;
