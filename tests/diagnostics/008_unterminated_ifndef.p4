// The included header file opens an include guard with `#ifndef` but never closes it with `#endif`.
#include <core.p4>
#include <ebpf_model.p4>
#include "include/guarded_headers.p4"

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
