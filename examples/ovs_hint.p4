/* ovs_hint.p4: the OVS hinting classifier.
 *
 * Runs in front of Open vSwitch (TC ingress or XDP). It parses Ethernet, one optional 802.1Q tag,
 * IPv4 or IPv6 and TCP or UDP, builds the flow's 5-tuple (plus VLAN id) and looks it up in a Hint
 * map that the userspace datapath fills with "flow key -> mark" when it installs a megaflow.
 * On a hit the packet leaves with the flow's mark and OVS finds the megaflow by mark, skipping its
 * own key extraction and classifier. On a miss the packet goes on unmarked (its mark is left as it
 * came) and OVS classifies it the normal way. The classifier never drops a well-formed packet.
 *
 * IPv4 and IPv6 flows live in two hints, one per key layout. Packets without L4 ports (ICMP, later
 * fragments) are looked up with ports 0. A counter keeps hits, misses and non-IP packets. */
#include <core.p4>
#include <flowmark.p4>

const bit<16> ETHERTYPE_IPV4 = 0x0800;
const bit<16> ETHERTYPE_IPV6 = 0x86dd;
const bit<16> ETHERTYPE_VLAN = 0x8100;
const bit<8>  IPPROTO_TCP    = 6;
const bit<8>  IPPROTO_UDP    = 17;

/* Indexes of hint_stats. */
const bit<32> STAT_HIT    = 0;
const bit<32> STAT_MISS   = 1;
const bit<32> STAT_NOT_IP = 2;

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

header vlan_tag_t {
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

header ipv6_t {
    bit<4>   version;
    bit<8>   trafficClass;
    bit<20>  flowLabel;
    bit<16>  payloadLen;
    bit<8>   nextHdr;
    bit<8>   hopLimit;
    bit<128> srcAddr;
    bit<128> dstAddr;
}

/* Only the ports matter here: TCP and UDP both start with them. */
header l4_ports_t {
    bit<16> srcPort;
    bit<16> dstPort;
}

struct headers_t {
    ethernet_t ethernet;
    vlan_tag_t vlan;
    ipv4_t     ipv4;
    ipv6_t     ipv6;
    l4_ports_t tcp;
    l4_ports_t udp;
}

/* Filled by the parser; zero when the packet has no such field. */
struct metadata_t {
    bit<12> vlan_id;
    bit<16> src_port;
    bit<16> dst_port;
}

/* The hint keys, as the userspace datapath writes them into the maps (field order matters). */
struct flow4_key_t {
    bit<12> vlan_id;
    bit<32> src_addr;
    bit<32> dst_addr;
    bit<8>  protocol;
    bit<16> src_port;
    bit<16> dst_port;
}

struct flow6_key_t {
    bit<12>  vlan_id;
    bit<128> src_addr;
    bit<128> dst_addr;
    bit<8>   next_hdr;
    bit<16>  src_port;
    bit<16>  dst_port;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_VLAN: parse_vlan;
            ETHERTYPE_IPV4: parse_ipv4;
            ETHERTYPE_IPV6: parse_ipv6;
            default: accept;
        }
    }
    state parse_vlan {
        packet.extract(hdr.vlan);
        meta.vlan_id = hdr.vlan.vid;
        transition select(hdr.vlan.etherType) {
            ETHERTYPE_IPV4: parse_ipv4;
            ETHERTYPE_IPV6: parse_ipv6;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition select(hdr.ipv4.ihl) {
            5: parse_ipv4_payload;
            6 .. 15: skip_ipv4_options;
            default: accept;            /* ihl < 5 is bogus: classify on addresses only */
        }
    }
    state skip_ipv4_options {
        /* The flow key does not use options: step over (ihl - 5) 32-bit words. */
        packet.advance(((bit<32>) hdr.ipv4.ihl - 5) * 32);
        transition parse_ipv4_payload;
    }
    state parse_ipv4_payload {
        /* Only the first fragment carries the L4 header. */
        transition select(hdr.ipv4.fragOffset, hdr.ipv4.protocol) {
            (0, IPPROTO_TCP): parse_tcp;
            (0, IPPROTO_UDP): parse_udp;
            default: accept;
        }
    }
    state parse_ipv6 {
        packet.extract(hdr.ipv6);
        transition select(hdr.ipv6.nextHdr) {
            IPPROTO_TCP: parse_tcp;
            IPPROTO_UDP: parse_udp;
            default: accept;            /* extension headers: no ports in the key */
        }
    }
    state parse_tcp {
        packet.extract(hdr.tcp);
        meta.src_port = hdr.tcp.srcPort;
        meta.dst_port = hdr.tcp.dstPort;
        transition accept;
    }
    state parse_udp {
        packet.extract(hdr.udp);
        meta.src_port = hdr.udp.srcPort;
        meta.dst_port = hdr.udp.dstPort;
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    Hint<flow4_key_t>(65536) flows4;
    Hint<flow6_key_t>(65536) flows6;
    Counter(3) hint_stats;

    apply {
        bool hit = false;
        if (hdr.ipv4.isValid()) {
            hit = flows4.apply({ meta.vlan_id, hdr.ipv4.srcAddr, hdr.ipv4.dstAddr,
                                 hdr.ipv4.protocol, meta.src_port, meta.dst_port });
        } else if (hdr.ipv6.isValid()) {
            hit = flows6.apply({ meta.vlan_id, hdr.ipv6.srcAddr, hdr.ipv6.dstAddr,
                                 hdr.ipv6.nextHdr, meta.src_port, meta.dst_port });
        } else {
            /* ARP, LLDP, ...: not for the hint, OVS handles them. */
            hint_stats.count(STAT_NOT_IP);
            return;
        }

        /* A hit has set standard_metadata.mark; the verdict stays PASS either way. */
        if (hit) {
            hint_stats.count(STAT_HIT);
        } else {
            hint_stats.count(STAT_MISS);
        }
    }
}

Flowmark(prs(), pipe()) main;
