/* router.p4: an IPv4 fast-path router.
 *
 * Frames addressed to one of the router's MACs (table my_macs) with a plain IPv4 header are routed:
 * longest-prefix match on the destination address gives the next hop's MAC, our MAC on that link
 * and the output port. The router rewrites both MACs, decrements the TTL, recomputes the header
 * checksum and redirects the packet out of the next hop's port. No route: drop. TTL 1 or 0: drop
 * (a full router would answer with ICMP time exceeded; here the slow path never sees them).
 *
 * Everything the fast path does not handle passes up unchanged to the host stack: frames for other
 * MACs, non-IPv4 (ARP, ...) and IPv4 with options. */
#include <core.p4>
#include <flowmark.p4>

typedef bit<48> mac_addr_t;
typedef bit<32> ipv4_addr_t;
typedef bit<32> port_t;

/* Indexes of route_stats. */
const bit<32> STAT_FORWARDED = 0;
const bit<32> STAT_TTL_EXPIRED = 1;
const bit<32> STAT_NO_ROUTE = 2;
const bit<32> STAT_TO_HOST = 3;

header ethernet_t {
    mac_addr_t dstAddr;
    mac_addr_t srcAddr;
    bit<16>    etherType;
}

header ipv4_t {
    bit<4>      version;
    bit<4>      ihl;
    bit<8>      diffserv;
    bit<16>     totalLen;
    bit<16>     identification;
    bit<3>      flags;
    bit<13>     fragOffset;
    bit<8>      ttl;
    bit<8>      protocol;
    bit<16>     hdrChecksum;
    ipv4_addr_t srcAddr;
    ipv4_addr_t dstAddr;
}

struct headers_t {
    ethernet_t ethernet;
    ipv4_t     ipv4;
}

struct metadata_t {
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Counter(4) route_stats;

    action drop() {
        standard_metadata.verdict = verdict_t.DROP;
    }

    action set_nhop(mac_addr_t dmac, mac_addr_t smac, port_t port) {
        hdr.ethernet.dstAddr = dmac;
        hdr.ethernet.srcAddr = smac;
        hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
        ipv4_checksum_update(hdr.ipv4);
        standard_metadata.out_port = port;
        standard_metadata.verdict = verdict_t.REDIRECT;
    }

    /* The router's own MAC addresses. */
    table my_macs {
        key = { hdr.ethernet.dstAddr : exact; }
        actions = { NoAction; }
        default_action = NoAction();
        size = 64;
    }

    table ipv4_lpm {
        key = { hdr.ipv4.dstAddr : lpm; }
        actions = { set_nhop; drop; }
        const default_action = drop();
        size = 1024;
    }

    apply {
        /* Not for the fast path: leave it to the host. The header checksum covers the options,
         * which this program does not see, so packets with options go up too. */
        if (!hdr.ipv4.isValid() || hdr.ipv4.ihl != 5 || !my_macs.apply().hit) {
            route_stats.count(STAT_TO_HOST);
            return;
        }
        if (hdr.ipv4.ttl <= 1) {
            route_stats.count(STAT_TTL_EXPIRED);
            drop();
            return;
        }
        if (ipv4_lpm.apply().hit) {
            route_stats.count(STAT_FORWARDED);
        } else {
            route_stats.count(STAT_NO_ROUTE);
        }
    }
}

Flowmark(prs(), pipe()) main;
