// The user declared a header field as `bool`; header fields must be fixed-width bit strings.
#include <core.p4>
#include <ebpf_model.p4>

header tcp_flags_t {
    bit<6> reserved;
    bool   urg;
    bit<1> ack;
}

struct headers_t {
    tcp_flags_t flags;
}

parser prs(packet_in p, out headers_t hdr) {
    state start {
        p.extract(hdr.flags);
        transition accept;
    }
}

control pipe(inout headers_t hdr, out bool pass) {
    apply {
        pass = true;
    }
}

ebpfFilter(prs(), pipe()) main;
