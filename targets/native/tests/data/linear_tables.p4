/* linear_tables.p4: tables the native target scans inline (at most 16 entries; more go through
 * the runtime): range keys (unsigned and signed) with a ternary key, and an lpm key, on narrow
 * fields so random entries often match random packets (tests/linear_tables.rs). */
#include <core.p4>
#include <flowmark.p4>
header in_t { bit<8> a; int<8> s; bit<8> b; bit<16> p; }
header out_t { bit<8> ranged; bit<8> prefixed; }
struct headers_t { in_t i; out_t o; }
struct metadata_t { }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start { packet.extract(hdr.i); packet.extract(hdr.o); transition accept; }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    action set_ranged(bit<8> x) { hdr.o.ranged = x; }
    action set_prefixed(bit<8> x) { hdr.o.prefixed = x; }
    table ranges {
        key = { hdr.i.a : range; hdr.i.s : range; hdr.i.b : ternary; }
        actions = { set_ranged; NoAction; }
        default_action = NoAction();
        size = 64;
    }
    table prefixes {
        key = { hdr.i.p : lpm; }
        actions = { set_prefixed; NoAction; }
        default_action = NoAction();
        size = 64;
    }
    apply {
        ranges.apply();
        prefixes.apply();
    }
}
Flowmark(prs(), pipe()) main;
