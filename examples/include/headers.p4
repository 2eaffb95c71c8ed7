/* Shared protocol headers of the flowmark examples that analyse TCP (stateful_firewall.p4, p0f.p4,
 * dapper.p4): Ethernet, IPv4, TCP and the TCP options these programs look at.
 *
 * The examples include it by its path relative to themselves ("include/headers.p4"); the guard
 * below lets several files include it. */
#ifndef _FLOWMARK_EXAMPLE_HEADERS_P4_
#define _FLOWMARK_EXAMPLE_HEADERS_P4_

typedef bit<48> mac_addr_t;
typedef bit<32> ipv4_addr_t;

const bit<16> ETHERTYPE_IPV4 = 0x0800;
const bit<8>  IPPROTO_TCP    = 6;
const bit<8>  IPPROTO_UDP    = 17;

/* TCP flag bits (the low 8 bits of the TCP flags field). */
const bit<8> TCP_FIN = 0x01;
const bit<8> TCP_SYN = 0x02;
const bit<8> TCP_RST = 0x04;
const bit<8> TCP_PSH = 0x08;
const bit<8> TCP_ACK = 0x10;

/* TCP option kinds (IANA). */
const bit<8> TCPOPT_EOL       = 0;
const bit<8> TCPOPT_NOP       = 1;
const bit<8> TCPOPT_MSS       = 2;
const bit<8> TCPOPT_WSCALE    = 3;
const bit<8> TCPOPT_SACK_PERM = 4;
const bit<8> TCPOPT_TIMESTAMP = 8;

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

header tcp_t {
    bit<16> srcPort;
    bit<16> dstPort;
    bit<32> seqNo;
    bit<32> ackNo;
    bit<4>  dataOffset;   /* header length in 32-bit words, options included */
    bit<4>  res;
    bit<8>  flags;        /* CWR ECE URG ACK PSH RST SYN FIN */
    bit<16> window;
    bit<16> checksum;
    bit<16> urgentPtr;
}

/* The first byte of every TCP option. EOL and NOP are this byte alone; every other option goes on
 * with a length byte (counting the kind and length bytes) and its data. */
header tcp_opt_kind_t {
    bit<8> kind;
}

/* The rest of an MSS option (kind 2, length 4). */
header tcp_opt_mss_t {
    bit<8>  len;
    bit<16> mss;
}

/* The rest of a window scale option (kind 3, length 3). */
header tcp_opt_wscale_t {
    bit<8> len;
    bit<8> shift;
}

/* The rest of a timestamps option (kind 8, length 10). */
header tcp_opt_ts_t {
    bit<8>  len;
    bit<32> tsval;
    bit<32> tsecr;
}

#endif
