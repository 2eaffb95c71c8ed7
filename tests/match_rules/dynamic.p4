/* dynamic.p4: a test program for the match-interface target (not an example pipeline).
 *
 * It exercises what the examples do not: a `@dynamic` table (created at run time with
 * `match create`), const entries, a key on standard metadata, a range key, select cases with a
 * mask, a tuple and a parser rejection, and a table graph with a header-field condition and a
 * metadata condition. */
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header vlan_t {
    bit<3>  pcp;
    bit<1>  dei;
    bit<12> vid;
    bit<16> etherType;
}

header ipv4_t {
    bit<4>  version;
    bit<4>  ihl;
    bit<8>  diffserv;
    bit<16> totalLen;
    bit<16> identification;
    bit<3>  flags;
    bit<13> fragOffset;
    bit<8>  ttl;
    bit<8>  protocol;
    bit<16> hdrChecksum;
    bit<32> srcAddr;
    bit<32> dstAddr;
}

header ports_t {
    bit<16> srcPort;
    bit<16> dstPort;
}

struct headers_t {
    ethernet_t ethernet;
    vlan_t     vlan;
    ipv4_t     ipv4;
    ports_t    ports;
}

struct metadata_t {
    bit<8> class;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            0x8100 &&& 0xefff: parse_vlan;   /* 0x8100 and 0x9100 */
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_vlan {
        packet.extract(hdr.vlan);
        transition select(hdr.vlan.vid, hdr.vlan.etherType) {
            (0, _): reject;
            (_, 0x0800): parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition select(hdr.ipv4.ihl, hdr.ipv4.protocol) {
            (5, 6): parse_ports;
            (5, 17): parse_ports;
            (6..15, _): accept;
            default: accept;
        }
    }
    state parse_ports {
        packet.extract(hdr.ports);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    action drop() {
        standard_metadata.verdict = verdict_t.DROP;
    }
    action set_class(bit<8> class) {
        meta.class = class;
    }
    action forward(bit<32> port) {
        standard_metadata.out_port = port;
        standard_metadata.verdict = verdict_t.REDIRECT;
    }

    @dynamic
    table classify {
        key = {
            standard_metadata.in_port : exact;
            hdr.ipv4.srcAddr          : ternary;
            hdr.ports.dstPort         : range;
        }
        actions = { set_class; drop; NoAction; }
        default_action = NoAction();
        size = 256;
    }

    table by_class {
        key = { meta.class : exact; }
        actions = { forward; drop; }
        const default_action = drop();
        const entries = {
            1 : forward(1);
            2 : forward(2);
        }
        size = 16;
    }

    table vlan_ports {
        key = { hdr.vlan.vid : exact; }
        actions = { forward; NoAction; }
        default_action = NoAction();
        size = 4096;
    }

    apply {
        switch (classify.apply().action_run) {
            drop: { return; }
            default: { }
        }
        if (hdr.vlan.vid == 10) {
            vlan_ports.apply();
        } else if (meta.class != 0) {
            by_class.apply();
        }
    }
}

Flowmark(prs(), pipe()) main;
