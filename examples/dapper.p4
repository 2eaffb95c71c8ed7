/* dapper.p4: passive per-flow TCP performance analysis (the Oko "Dapper" workload).
 *
 * Every TCP packet is looked at twice. As data, it updates the state of its own direction (the
 * "sender"): next sequence number, retransmissions, the TCP timestamp it carries, and the start of
 * an RTT measurement. As an acknowledgement, it updates the state of the opposite direction: what
 * is acknowledged, the bytes still in flight, the receiver window it advertises, and the end of an
 * RTT measurement (one segment timed at a time; retransmissions are never timed, after Karn).
 * A direction is tracked from its SYN on, which also gives its MSS and window scale.
 *
 * The program only observes: every packet passes unchanged. The userspace side reads the map. */
#include <core.p4>
#include <flowmark.p4>
#include "include/headers.p4"

#define MAX_TCP_OPTIONS 10

struct headers_t {
    ethernet_t       ethernet;
    ipv4_t           ipv4;
    tcp_t            tcp;
    tcp_opt_kind_t[MAX_TCP_OPTIONS] opts;
    tcp_opt_mss_t    mss;
    tcp_opt_wscale_t wscale;
    tcp_opt_ts_t     ts;
}

struct metadata_t {
    bit<16> opt_bytes;   /* option bytes not parsed yet */
    bit<8>  opt_count;   /* options parsed so far */
}

/* One direction of a connection, named by its sender. */
struct flow_key_t {
    ipv4_addr_t src_addr;
    ipv4_addr_t dst_addr;
    bit<16>     src_port;
    bit<16>     dst_port;
}

struct flow_state_t {
    bit<32> snd_una;      /* highest sequence number acknowledged by the receiver */
    bit<32> snd_nxt;      /* sequence number after the highest one sent */
    bit<32> in_flight;    /* snd_nxt - snd_una */
    bit<32> rwnd;         /* receive window the receiver advertised last, in bytes */
    bit<16> mss;          /* from the sender's SYN (0: no option) */
    bit<8>  wscale;       /* from the sender's SYN (0: no option) */
    bit<32> tsval;        /* last TCP timestamp value the sender sent */
    bit<32> retrans;      /* retransmitted segments */
    bit<8>  rtt_pending;  /* 1 while a segment is being timed */
    bit<32> rtt_seq;      /* the acknowledgement number that ends the measurement */
    bit<64> rtt_start;    /* when the timed segment was seen (ns) */
    bit<64> rtt_ns;       /* last RTT sample (ns) */
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    bit<8> opt_len;

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
        meta.opt_bytes = ((bit<16>) hdr.tcp.dataOffset - 5) * 4;
        transition next_option;
    }
    state next_option {
        transition select(meta.opt_bytes, meta.opt_count) {
            (0, _): accept;
            (_, MAX_TCP_OPTIONS): accept;
            default: parse_option;
        }
    }
    state parse_option {
        packet.extract(hdr.opts.next);
        meta.opt_count = meta.opt_count + 1;
        meta.opt_bytes = meta.opt_bytes - 1;
        transition select(hdr.opts.last.kind) {
            TCPOPT_EOL: accept;
            TCPOPT_NOP: next_option;
            TCPOPT_MSS: parse_mss;
            TCPOPT_WSCALE: parse_wscale;
            TCPOPT_TIMESTAMP: parse_timestamp;
            default: skip_option;
        }
    }
    state parse_mss {
        packet.extract(hdr.mss);
        meta.opt_bytes = meta.opt_bytes - 3;
        transition next_option;
    }
    state parse_wscale {
        packet.extract(hdr.wscale);
        meta.opt_bytes = meta.opt_bytes - 2;
        transition next_option;
    }
    state parse_timestamp {
        packet.extract(hdr.ts);
        meta.opt_bytes = meta.opt_bytes - 9;
        transition next_option;
    }
    state skip_option {
        opt_len = packet.lookahead<bit<8>>();
        verify(opt_len >= 2, error.HeaderTooShort);
        packet.advance(((bit<32>) opt_len - 1) * 8);
        meta.opt_bytes = meta.opt_bytes - ((bit<16>) opt_len - 1);
        transition next_option;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Map<flow_key_t, flow_state_t>(MapKind.LRU, 65536) flows;

    apply {
        if (!hdr.tcp.isValid()) { return; }
        bit<64> now = timestamp_ns();
        bit<8> flags = hdr.tcp.flags;
        bit<16> hdr_bytes = ((bit<16>) hdr.ipv4.ihl << 2) + ((bit<16>) hdr.tcp.dataOffset << 2);
        bit<32> payload = (bit<32>) (hdr.ipv4.totalLen - hdr_bytes);
        bit<32> seg_len = payload + (((flags & TCP_FIN) != 0) ? 32w1 : 32w0);   /* FIN: 1 seq */

        /* 1. This packet as data of its own direction. */
        flow_state_t snd;
        bool tracked = flows.lookup({ hdr.ipv4.srcAddr, hdr.ipv4.dstAddr,
                                      hdr.tcp.srcPort, hdr.tcp.dstPort }, snd);
        if ((flags & TCP_SYN) != 0) {
            /* A new connection (or a retried SYN): start over and time the handshake. */
            tracked = true;
            snd.snd_una = hdr.tcp.seqNo;
            snd.snd_nxt = hdr.tcp.seqNo + 1;
            snd.rwnd = 0;
            snd.mss = hdr.mss.mss;              /* an absent option reads as 0 */
            snd.wscale = hdr.wscale.shift;
            snd.tsval = 0;
            snd.retrans = 0;
            snd.rtt_pending = 1;
            snd.rtt_seq = hdr.tcp.seqNo + 1;
            snd.rtt_start = now;
            snd.rtt_ns = 0;
        } else if (tracked && seg_len != 0) {
            bit<32> seg_end = hdr.tcp.seqNo + seg_len;
            bit<32> ahead = seg_end - snd.snd_nxt;          /* sequence space wraps */
            if (ahead != 0 && ahead < 0x80000000) {
                snd.snd_nxt = seg_end;                      /* new data */
                if (snd.rtt_pending == 0) {
                    snd.rtt_pending = 1;
                    snd.rtt_seq = seg_end;
                    snd.rtt_start = now;
                }
            } else {
                snd.retrans = snd.retrans + 1;              /* already sent before */
                snd.rtt_pending = 0;
            }
        }
        if (tracked) {
            if (hdr.ts.isValid()) { snd.tsval = hdr.ts.tsval; }
            snd.in_flight = snd.snd_nxt - snd.snd_una;
            flows.update({ hdr.ipv4.srcAddr, hdr.ipv4.dstAddr,
                           hdr.tcp.srcPort, hdr.tcp.dstPort }, snd);
        }

        /* 2. This packet as the acknowledgement of the opposite direction. */
        if ((flags & TCP_ACK) == 0) { return; }
        flow_state_t rcv;
        if (flows.lookup({ hdr.ipv4.dstAddr, hdr.ipv4.srcAddr,
                           hdr.tcp.dstPort, hdr.tcp.srcPort }, rcv)) {
            bit<32> acked = hdr.tcp.ackNo - rcv.snd_una;
            if (acked != 0 && acked < 0x80000000) {
                rcv.snd_una = hdr.tcp.ackNo;
            }
            if (rcv.rtt_pending == 1 && hdr.tcp.ackNo - rcv.rtt_seq < 0x80000000) {
                rcv.rtt_ns = now - rcv.rtt_start;
                rcv.rtt_pending = 0;
            }
            rcv.in_flight = rcv.snd_nxt - rcv.snd_una;
            /* A SYN's window is never scaled; others by the scale from this sender's SYN. */
            bit<8> shift = ((flags & TCP_SYN) != 0) ? 8w0 : snd.wscale;
            rcv.rwnd = (bit<32>) hdr.tcp.window << shift;
            flows.update({ hdr.ipv4.dstAddr, hdr.ipv4.srcAddr,
                           hdr.tcp.dstPort, hdr.tcp.srcPort }, rcv);
        }
    }
}

Flowmark(prs(), pipe()) main;
