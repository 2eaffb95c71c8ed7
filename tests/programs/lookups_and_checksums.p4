/* lookups_and_checksums.p4: lookup results used as branch conditions, and the IPv4 header checksum.
 * A test program, not an example: runtime/tests/kernel_lookups_and_checksums.rs runs it in the kernel
 * against the interpreter, targets/ebpf/tests/asm_shapes.rs checks the code generated for it.
 *
 * `known` keeps a `hit` in a variable; `macs` is only branched on, negated at the end of an `||`
 * chain; `routes` inside `&&`, its action rewrites the source MAC; the routed path recomputes the
 * header checksum, the path without a route updates two fields incrementally (RFC 1624). */
#include <core.p4>
#include <flowmark.p4>

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

struct headers_t {
    ethernet_t ethernet;
    ipv4_t     ipv4;
}

struct metadata_t {
    bit<8> unused;
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
    action set_mark(bit<32> value) {
        standard_metadata.mark = value;
    }

    /* A MAC parameter only stored into a MAC field, followed in the entry by another parameter. */
    action set_source(bit<48> smac, bit<16> tag) {
        hdr.ethernet.srcAddr = smac;
        hdr.ipv4.identification = tag;
    }

    table sources {
        key = { hdr.ethernet.srcAddr : exact; }
        actions = { NoAction; }
        default_action = NoAction();
        size = 16;
    }

    table macs {
        key = { hdr.ethernet.dstAddr : exact; }
        actions = { NoAction; set_mark; }
        default_action = NoAction();
        size = 16;
    }

    table routes {
        key = { hdr.ipv4.dstAddr : lpm; }
        actions = { NoAction; set_source; }
        default_action = set_source(48w0x02aabbccddee, 16w0xfffe);
        size = 16;
    }

    apply {
        bool known = sources.apply().hit;
        if (!hdr.ipv4.isValid() || hdr.ipv4.ihl != 5 || !macs.apply().hit) {
            if (known) {
                standard_metadata.mark = standard_metadata.mark + 16;
            }
            return;
        }
        if (hdr.ipv4.ttl > 1 && routes.apply().hit) {
            hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
            /* Wraps past 255 for most values: the stored byte is the sum modulo 256. */
            hdr.ipv4.diffserv = hdr.ipv4.diffserv + 200;
            ipv4_checksum_update(hdr.ipv4);
            standard_metadata.out_port = 3;
            standard_metadata.verdict = verdict_t.REDIRECT;
        } else if (known) {
            standard_metadata.verdict = verdict_t.DROP;
        } else {
            /* Incremental updates of 32 and 16 bits (into fields that are not checksums: only
             * the arithmetic matters here). */
            l4_checksum_replace(hdr.ipv4.identification, hdr.ipv4.srcAddr, 32w0x0a000001);
            l4_checksum_replace(hdr.ipv4.totalLen, hdr.ipv4.identification, 16w0xfffe);
        }
    }
}

Flowmark(prs(), pipe()) main;
