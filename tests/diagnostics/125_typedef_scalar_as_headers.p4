// The user made the parser output a typedef'd bit<32> flow id instead of a struct of headers.
#include <core.p4>
#include <ebpf_model.p4>

typedef bit<32> flow_id_t;

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}



parser prs(packet_in packet, out flow_id_t hdr) {
    state start {
        transition accept;
    }
}

control pipe(inout flow_id_t hdr, out bool pass) {
    apply {
        pass = hdr != 0;
    }
}

ebpfFilter(prs(), pipe()) main;
