/* stateful_firewall.p4: a TCP connection-tracking firewall (the Oko "stateful firewall" workload).
 *
 * Port 1 faces the inside network, every other port the outside. Connections are tracked per
 * 4-tuple, always written from the inside's point of view, in a hash map:
 *
 *     inside SYN                      -> SYN_SENT
 *     outside SYN+ACK  (in SYN_SENT)  -> SYN_ACKED
 *     inside ACK       (in SYN_ACKED) -> ESTABLISHED
 *     RST from either side            -> entry deleted
 *
 * The inside may send anything. From the outside only the SYN+ACK of a connection the inside opened
 * and packets of established connections get in; everything else from the outside (unknown TCP,
 * non-TCP IPv4, malformed TCP) is dropped. Non-IPv4 traffic (ARP, ...) passes. */
#include <core.p4>
#include <flowmark.p4>
#include "include/headers.p4"

const bit<32> INSIDE_PORT = 1;

/* Connection states. */
const bit<8> SYN_SENT    = 1;
const bit<8> SYN_ACKED   = 2;
const bit<8> ESTABLISHED = 3;

/* Indexes of fw_stats. */
const bit<32> STAT_INSIDE        = 0;
const bit<32> STAT_OUTSIDE_OK    = 1;
const bit<32> STAT_OUTSIDE_DROP  = 2;

struct headers_t {
    ethernet_t ethernet;
    ipv4_t     ipv4;
    tcp_t      tcp;
}

struct metadata_t {
}

struct conn_key_t {
    ipv4_addr_t inside_addr;
    ipv4_addr_t outside_addr;
    bit<16>     inside_port;
    bit<16>     outside_port;
}

struct conn_state_t {
    bit<8> tcp_state;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_IPV4: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        verify(hdr.ipv4.ihl >= 5, error.HeaderTooShort);
        packet.advance(((bit<32>) hdr.ipv4.ihl - 5) * 32);
        transition select(hdr.ipv4.fragOffset, hdr.ipv4.protocol) {
            (0, IPPROTO_TCP): parse_tcp;
            default: accept;
        }
    }
    state parse_tcp {
        packet.extract(hdr.tcp);
        verify(hdr.tcp.dataOffset >= 5, error.HeaderTooShort);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Map<conn_key_t, conn_state_t>(MapKind.HASH, 65536) conns;
    Counter(3) fw_stats;

    action drop_outside() {
        standard_metadata.verdict = verdict_t.DROP;
        fw_stats.count(STAT_OUTSIDE_DROP);
    }

    apply {
        if (!hdr.ipv4.isValid()) {
            return;
        }
        bool inside = standard_metadata.in_port == INSIDE_PORT;
        if (!hdr.tcp.isValid()) {
            if (inside) {
                fw_stats.count(STAT_INSIDE);
            } else {
                drop_outside();
            }
            return;
        }

        conn_key_t conn_key;
        if (inside) {
            conn_key.inside_addr  = hdr.ipv4.srcAddr;
            conn_key.outside_addr = hdr.ipv4.dstAddr;
            conn_key.inside_port  = hdr.tcp.srcPort;
            conn_key.outside_port = hdr.tcp.dstPort;
        } else {
            conn_key.inside_addr  = hdr.ipv4.dstAddr;
            conn_key.outside_addr = hdr.ipv4.srcAddr;
            conn_key.inside_port  = hdr.tcp.dstPort;
            conn_key.outside_port = hdr.tcp.srcPort;
        }
        conn_state_t conn;
        bool known = conns.lookup(conn_key, conn);
        bit<8> syn_ack = hdr.tcp.flags & (TCP_SYN | TCP_ACK);

        if ((hdr.tcp.flags & TCP_RST) != 0) {
            /* A reset ends the connection. One from the outside only counts for a known one. */
            if (known) {
                conns.delete(conn_key);
            }
            if (inside) {
                fw_stats.count(STAT_INSIDE);
            } else if (known) {
                fw_stats.count(STAT_OUTSIDE_OK);
            } else {
                drop_outside();
            }
            return;
        }

        if (inside) {
            if (syn_ack == TCP_SYN) {
                conn.tcp_state = SYN_SENT;              /* new connection (or a SYN retry) */
                conns.update(conn_key, conn);
            } else if (known && conn.tcp_state == SYN_ACKED && syn_ack == TCP_ACK) {
                conn.tcp_state = ESTABLISHED;           /* third packet of the handshake */
                conns.update(conn_key, conn);
            }
            fw_stats.count(STAT_INSIDE);
            return;
        }

        /* From the outside. */
        if (known && syn_ack == (TCP_SYN | TCP_ACK)
                && (conn.tcp_state == SYN_SENT || conn.tcp_state == SYN_ACKED)) {
            conn.tcp_state = SYN_ACKED;
            conns.update(conn_key, conn);
            fw_stats.count(STAT_OUTSIDE_OK);
        } else if (known && conn.tcp_state == ESTABLISHED) {
            fw_stats.count(STAT_OUTSIDE_OK);
        } else {
            drop_outside();
        }
    }
}

Flowmark(prs(), pipe()) main;
