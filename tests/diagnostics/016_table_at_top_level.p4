// The user declared a table outside of the control that applies it.
#include <core.p4>
#include <ebpf_model.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

struct headers_t {
    ethernet_t ethernet;
}

table mac_filter {
    key = { hdr.ethernet.srcAddr : exact; }
    actions = { NoAction; }
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
