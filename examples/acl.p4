/* acl.p4: an IPv4 access control list in three stages, in front of Open vSwitch.
 *
 *  1. src_prefix (lpm on the source address): block-listed prefixes are dropped, trusted
 *     prefixes skip the rest of the ACL; other sources go on.
 *  2. acl_rules (ternary on protocol and ports, with priorities): ordered rules that allow, deny,
 *     or only count ("monitor") and let the packet go on to stage 3.
 *  3. service_allow (exact on protocol and destination port): the services that are open.
 *     Anything else is denied by the table's constant default action.
 *
 * Every decision counts the packet under the rule id that the entry carries as action data, so an
 * operator can read per-rule packet and byte counts. Non-IPv4 traffic (ARP, ...) passes. */
#include <core.p4>
#include <flowmark.p4>

#define RULE_COUNTERS 256
const bit<32> RULE_NON_IPV4     = 1;   /* counter index for traffic the ACL does not look at */
const bit<32> RULE_DEFAULT_DENY = 2;   /* counter index of stage 3's default */

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
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

header l4_ports_t {
    bit<16> srcPort;
    bit<16> dstPort;
}

struct headers_t {
    ethernet_t ethernet;
    ipv4_t     ipv4;
    l4_ports_t l4;
}

struct metadata_t {
    bit<16> src_port;   /* TCP/UDP ports, 0 for other protocols */
    bit<16> dst_port;
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
        verify(hdr.ipv4.ihl >= 5, error.HeaderTooShort);
        packet.advance(((bit<32>) hdr.ipv4.ihl - 5) * 32);   /* options */
        transition select(hdr.ipv4.fragOffset, hdr.ipv4.protocol) {
            (0, 6): parse_ports;     /* TCP, first fragment */
            (0, 17): parse_ports;    /* UDP, first fragment */
            default: accept;
        }
    }
    state parse_ports {
        packet.extract(hdr.l4);
        meta.src_port = hdr.l4.srcPort;
        meta.dst_port = hdr.l4.dstPort;
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Counter(RULE_COUNTERS) rule_stats;

    action allow(bit<32> rule) {
        standard_metadata.verdict = verdict_t.PASS;
        rule_stats.count(rule);
    }
    action deny(bit<32> rule) {
        standard_metadata.verdict = verdict_t.DROP;
        rule_stats.count(rule);
    }
    action trust(bit<32> rule) {
        rule_stats.count(rule);
    }
    action monitor(bit<32> rule) {
        rule_stats.count(rule);
    }

    table src_prefix {
        key = { hdr.ipv4.srcAddr : lpm; }
        actions = { trust; deny; NoAction; }
        default_action = NoAction();
        size = 4096;
    }

    table acl_rules {
        key = {
            hdr.ipv4.protocol : ternary;
            meta.src_port     : ternary;
            meta.dst_port     : ternary;
        }
        actions = { allow; deny; monitor; NoAction; }
        default_action = NoAction();
        size = 1024;
    }

    table service_allow {
        key = {
            hdr.ipv4.protocol : exact;
            meta.dst_port     : exact;
        }
        actions = { allow; deny; }
        const default_action = deny(RULE_DEFAULT_DENY);
        size = 256;
    }

    apply {
        if (!hdr.ipv4.isValid()) {
            rule_stats.count(RULE_NON_IPV4);
            return;
        }
        switch (src_prefix.apply().action_run) {
            trust:
            deny: { return; }
            default: { }
        }
        switch (acl_rules.apply().action_run) {
            allow:
            deny: { return; }
            default: {
                /* monitor, or no rule matched */
                service_allow.apply();
            }
        }
    }
}

Flowmark(prs(), pipe()) main;
