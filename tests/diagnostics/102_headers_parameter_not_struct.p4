// The user passed a single header (not a struct of headers) as the parser's and control's headers.
#include <core.p4>
#include <ebpf_model.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}



parser prs(packet_in packet, out ethernet_t hdr) {
    state start {
        packet.extract(hdr);
        transition accept;
    }
}

control pipe(inout ethernet_t hdr, out bool pass) {
    apply {
        pass = hdr.etherType == 0x0800;
    }
}

ebpfFilter(prs(), pipe()) main;
