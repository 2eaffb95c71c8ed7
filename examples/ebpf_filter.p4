/* ebpf_filter.p4: a source-address block list for p4c's eBPF filter model (ebpf_model.p4).
 *
 * Written the way p4c's eBPF back end expects (the style of its test_ebpf.p4 sample), so the same
 * file compiles with p4c-ebpf and with flowmark: the parser accepts only IPv4 over Ethernet (every
 * other frame is rejected, and a rejected packet is dropped); the control counts every IPv4 packet
 * per IP protocol, then drops packets whose source address is in the Check_src_ip table.
 *
 * The control's `out bool pass` is the verdict: true passes the packet, false drops it. */
#include <core.p4>
#include <ebpf_model.p4>

typedef bit<48> EthernetAddress;
typedef bit<32> IPv4Address;

header Ethernet_h {
    EthernetAddress dstAddr;
    EthernetAddress srcAddr;
    bit<16>         etherType;
}

header IPv4_h {
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
    IPv4Address srcAddr;
    IPv4Address dstAddr;
}

struct Headers_t {
    Ethernet_h ethernet;
    IPv4_h     ipv4;
}

parser prs(packet_in p, out Headers_t headers) {
    state start {
        p.extract(headers.ethernet);
        transition select(headers.ethernet.etherType) {
            16w0x800: ip;
            default: reject;
        }
    }

    state ip {
        p.extract(headers.ipv4);
        transition accept;
    }
}

control pipe(inout Headers_t headers, out bool pass) {
    /* Packets per IP protocol number, and the IP bytes (totalLen) per protocol. */
    CounterArray(32w256, true) proto_packets;
    CounterArray(32w256, true) proto_bytes;

    /* As in p4c's sample: the address rewrite never shows, since the packet is dropped. */
    action Reject(IPv4Address add) {
        pass = false;
        headers.ipv4.srcAddr = add;
    }

    table Check_src_ip {
        key = { headers.ipv4.srcAddr : exact; }
        actions = {
            Reject;
            NoAction;
        }
        implementation = hash_table(1024);
        const default_action = NoAction;
    }

    apply {
        pass = true;

        if (!headers.ipv4.isValid()) {
            pass = false;
            return;
        }

        proto_packets.increment((bit<32>) headers.ipv4.protocol);
        proto_bytes.add((bit<32>) headers.ipv4.protocol, (bit<32>) headers.ipv4.totalLen);
        Check_src_ip.apply();
    }
}

ebpfFilter(prs(), pipe()) main;
