/* p0f.p4: passive OS fingerprinting of TCP SYNs (the Oko "p0f" workload).
 *
 * For every SYN (SYN set, ACK clear) the parser walks the TCP options with a bounded loop over a
 * header stack: each option's kind byte goes into hdr.opts.next; MSS and window scale are
 * extracted, every other option is skipped by its length. The control builds a p0f-style
 * signature (TTL, window, window as a multiple of the MSS, MSS, window scale and the ordered list
 * of option kinds) and matches it against a table of known signatures. Known operating systems
 * get their class as the packet mark (an OVS flow can match it with pkt_mark); known scanners are
 * dropped; unknown signatures and all non-SYN traffic pass untouched.
 *
 * At most MAX_TCP_OPTIONS options are looked at: the loop stops there, and the signature only
 * holds that many kinds. A malformed option length drops the SYN. */
#include <core.p4>
#include <flowmark.p4>
#include "include/headers.p4"

#define MAX_TCP_OPTIONS 8

struct headers_t {
    ethernet_t       ethernet;
    ipv4_t           ipv4;
    tcp_t            tcp;
    tcp_opt_kind_t[MAX_TCP_OPTIONS] opts;
    tcp_opt_mss_t    mss;
    tcp_opt_wscale_t wscale;
}

struct metadata_t {
    bit<16> opt_bytes;      /* option bytes not parsed yet */
    bit<8>  opt_count;      /* options parsed so far (= elements of hdr.opts in use) */
    bit<16> win_mss_mult;   /* window / MSS when the window is an exact multiple of it, else 0 */
    bit<64> olayout;        /* option kinds in order, one byte each, from the top; 0 = none */
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
        transition select(hdr.tcp.flags) {
            TCP_SYN &&& (TCP_SYN | TCP_ACK): next_option;   /* SYN without ACK */
            default: accept;
        }
    }
    /* The loop head: stop at the end of the options or when the stack is full. */
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
    state skip_option {
        /* kind (already read), length (counts kind and length), data */
        opt_len = packet.lookahead<bit<8>>();
        verify(opt_len >= 2, error.HeaderTooShort);
        packet.advance(((bit<32>) opt_len - 1) * 8);
        meta.opt_bytes = meta.opt_bytes - ((bit<16>) opt_len - 1);
        transition next_option;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Counter(16) os_stats;

    action label_os(bit<32> os_class) {
        standard_metadata.mark = os_class;
        os_stats.count(os_class);
    }
    action block_syn() {
        standard_metadata.verdict = verdict_t.DROP;
        os_stats.count(0);
    }

    table p0f_signatures {
        key = {
            hdr.ipv4.ttl      : range;     /* initial TTL minus the hops taken */
            hdr.tcp.window    : ternary;
            meta.win_mss_mult : ternary;
            hdr.mss.mss       : ternary;   /* 0 when the SYN has no MSS option */
            hdr.wscale.shift  : ternary;   /* 0 when the SYN has no window scale option */
            meta.olayout      : ternary;
        }
        actions = { label_os; block_syn; NoAction; }
        default_action = NoAction();
        size = 512;
    }

    apply {
        if (!hdr.tcp.isValid() || (hdr.tcp.flags & (TCP_SYN | TCP_ACK)) != TCP_SYN) {
            return;
        }
        if (hdr.mss.mss != 0 && hdr.tcp.window % hdr.mss.mss == 0) {
            meta.win_mss_mult = hdr.tcp.window / hdr.mss.mss;
        }
        /* Elements past the last option are invalid and read as 0 (= EOL). */
        meta.olayout = hdr.opts[0].kind ++ hdr.opts[1].kind ++ hdr.opts[2].kind ++ hdr.opts[3].kind
                    ++ hdr.opts[4].kind ++ hdr.opts[5].kind ++ hdr.opts[6].kind ++ hdr.opts[7].kind;
        p0f_signatures.apply();
    }
}

Flowmark(prs(), pipe()) main;
