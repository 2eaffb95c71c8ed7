#!/usr/bin/env python3
"""Generate the STF packet tests of the flowmark examples.

    python3 examples/gen_packets.py            # (re)write every examples/*.stf
    python3 examples/gen_packets.py --check    # fail if a .stf differs from what this script makes

Only the standard library is used. Packets are built layer by layer with correct IPv4 header
checksums and TCP/UDP checksums (pseudo header included); expected packets are built the same way
from the values the program must produce (e.g. the router's new MACs and TTL), so a checksum in an
expectation is always a full recomputation. Counter totals in `check_counter` lines are summed from
the packets tagged with that counter index, so they stay right when packets are added or removed.

Hex in the STF files is grouped one token per protocol layer; `$` after the last group means the
output must have exactly that length. `mark=N` on `packet` is the incoming mark, on `expect` the
outgoing one (flowmark extensions).
"""

import argparse
import ipaddress
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------
# Packet building
# ----------------------------------------------------------------------------------------------


def mac(text):
    return bytes.fromhex(text.replace(":", ""))


def ip4(text):
    return ipaddress.IPv4Address(text).packed


def ip6(text):
    return ipaddress.IPv6Address(text).packed


def num(addr_bytes):
    """An address as the integer an STF line writes."""
    return int.from_bytes(addr_bytes, "big")


def ones_complement_sum(data):
    if len(data) % 2:
        data += b"\x00"
    total = 0
    for (word,) in struct.iter_unpack("!H", data):
        total += word
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return total


def checksum(data):
    return (~ones_complement_sum(data)) & 0xFFFF


ETH_IPV4 = 0x0800
ETH_IPV6 = 0x86DD
ETH_ARP = 0x0806
ETH_VLAN = 0x8100

TCP_FIN, TCP_SYN, TCP_RST, TCP_PSH, TCP_ACK = 0x01, 0x02, 0x04, 0x08, 0x10


def ethernet(dst, src, ethertype):
    return mac(dst) + mac(src) + struct.pack("!H", ethertype)


def vlan(vid, ethertype, pcp=0, dei=0):
    return struct.pack("!HH", (pcp << 13) | (dei << 12) | vid, ethertype)


def ipv4(src, dst, proto, payload_len, ttl=64, ident=0x1234, df=True, frag_offset=0,
         more_frags=False, options=b"", ihl=None, tos=0, total_len=None, csum=None):
    """An IPv4 header (options included) for a payload of payload_len bytes."""
    assert len(options) % 4 == 0
    if ihl is None:
        ihl = 5 + len(options) // 4
    if total_len is None:
        total_len = 20 + len(options) + payload_len
    flags = (0x2 if df else 0) | (0x1 if more_frags else 0)
    head = struct.pack("!BBHHHBBH4s4s", (4 << 4) | ihl, tos, total_len, ident,
                       (flags << 13) | frag_offset, ttl, proto, 0, ip4(src), ip4(dst))
    head += options
    if csum is None:
        csum = checksum(head)
    return head[:10] + struct.pack("!H", csum) + head[12:]


def ipv6(src, dst, next_hdr, payload_len, hop_limit=64, flow_label=0):
    return struct.pack("!IHBB16s16s", (6 << 28) | flow_label, payload_len, next_hdr, hop_limit,
                       ip6(src), ip6(dst))


def pseudo_header(ip_header, proto, l4_len):
    version = ip_header[0] >> 4
    if version == 4:
        return ip_header[12:20] + struct.pack("!BBH", 0, proto, l4_len)
    return ip_header[8:40] + struct.pack("!IxxxB", l4_len, proto)


def tcp(sport, dport, seq=0, ack=0, flags=TCP_SYN, window=64240, options=b"", payload=b"",
        data_offset=None):
    """TCP header with options; the checksum is filled in by l4_checksum()."""
    assert len(options) % 4 == 0
    if data_offset is None:
        data_offset = 5 + len(options) // 4
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, data_offset << 4, flags, window, 0,
                       0) + options, payload


def udp(sport, dport, payload=b""):
    return struct.pack("!HHHH", sport, dport, 8 + len(payload), 0), payload


def with_l4_checksum(ip_header, proto, l4_header, payload):
    """Fill the checksum of a TCP (proto 6) or UDP (17) header."""
    segment = l4_header + payload
    csum = checksum(pseudo_header(ip_header, proto, len(segment)) + segment)
    if proto == 17 and csum == 0:
        csum = 0xFFFF
    offset = 16 if proto == 6 else 6
    return l4_header[:offset] + struct.pack("!H", csum) + l4_header[offset + 2:]


def icmp_echo(ident=1, seq=1, payload=b"ping"):
    head = struct.pack("!BBHHH", 8, 0, 0, ident, seq)
    csum = checksum(head + payload)
    return head[:2] + struct.pack("!H", csum) + head[4:] + payload


def arp_request(sender_mac, sender_ip, target_ip):
    return struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, mac(sender_mac), ip4(sender_ip),
                       b"\x00" * 6, ip4(target_ip))


# TCP options
def opt_mss(mss):
    return struct.pack("!BBH", 2, 4, mss)


def opt_ws(shift):
    return struct.pack("!BBB", 3, 3, shift)


def opt_sack_perm():
    return b"\x04\x02"


def opt_ts(tsval, tsecr):
    return struct.pack("!BBII", 8, 10, tsval, tsecr)


NOP = b"\x01"
EOL = b"\x00"


def pad_options(options):
    return options + EOL * (-len(options) % 4)


class Packet:
    """A packet as a list of layers (each one group of hex in the STF file)."""

    def __init__(self, *layers):
        self.layers = [layer for layer in layers if layer]

    @property
    def data(self):
        return b"".join(self.layers)

    def __len__(self):
        return len(self.data)

    def hex(self, exact=False):
        text = " ".join(layer.hex() for layer in self.layers)
        return text + ("$" if exact else "")


def tcp_packet(eth_dst, eth_src, src, dst, sport, dport, vlan_id=None, ip_options=b"", ttl=64,
               ident=0x1234, **tcp_args):
    """Ethernet [+ VLAN] + IPv4 + TCP, every checksum right."""
    head, payload = tcp(sport, dport, **tcp_args)
    ip = ipv4(src, dst, 6, len(head) + len(payload), ttl=ttl, ident=ident, options=ip_options)
    head = with_l4_checksum(ip, 6, head, payload)
    if vlan_id is None:
        return Packet(ethernet(eth_dst, eth_src, ETH_IPV4), ip, head, payload)
    return Packet(ethernet(eth_dst, eth_src, ETH_VLAN), vlan(vlan_id, ETH_IPV4), ip, head, payload)


def udp_packet(eth_dst, eth_src, src, dst, sport, dport, payload=b"", ttl=64, vlan_id=None):
    head, payload = udp(sport, dport, payload)
    ip = ipv4(src, dst, 17, len(head) + len(payload), ttl=ttl, df=False)
    head = with_l4_checksum(ip, 17, head, payload)
    if vlan_id is None:
        return Packet(ethernet(eth_dst, eth_src, ETH_IPV4), ip, head, payload)
    return Packet(ethernet(eth_dst, eth_src, ETH_VLAN), vlan(vlan_id, ETH_IPV4), ip, head, payload)


def icmp_packet(eth_dst, eth_src, src, dst, ttl=64):
    body = icmp_echo()
    ip = ipv4(src, dst, 1, len(body), ttl=ttl)
    return Packet(ethernet(eth_dst, eth_src, ETH_IPV4), ip, body)


def tcp6_packet(eth_dst, eth_src, src, dst, sport, dport, vlan_id=None, **tcp_args):
    head, payload = tcp(sport, dport, **tcp_args)
    ip = ipv6(src, dst, 6, len(head) + len(payload))
    head = with_l4_checksum(ip, 6, head, payload)
    if vlan_id is None:
        return Packet(ethernet(eth_dst, eth_src, ETH_IPV6), ip, head, payload)
    return Packet(ethernet(eth_dst, eth_src, ETH_VLAN), vlan(vlan_id, ETH_IPV6), ip, head, payload)


def udp6_packet(eth_dst, eth_src, src, dst, sport, dport, payload=b""):
    head, payload = udp(sport, dport, payload)
    ip = ipv6(src, dst, 17, len(head) + len(payload))
    head = with_l4_checksum(ip, 17, head, payload)
    return Packet(ethernet(eth_dst, eth_src, ETH_IPV6), ip, head, payload)


def arp_packet(sender_mac, sender_ip, target_ip):
    return Packet(ethernet("ff:ff:ff:ff:ff:ff", sender_mac, ETH_ARP),
                  arp_request(sender_mac, sender_ip, target_ip))


# ----------------------------------------------------------------------------------------------
# STF writing
# ----------------------------------------------------------------------------------------------


class Stf:
    def __init__(self, name, title):
        self.name = name
        self.lines = [f"# {name}.stf: {title}", "# Generated by gen_packets.py; edit that script, not this file.", ""]
        self.counters = {}   # (counter, index) -> [packets, bytes]

    def comment(self, text):
        for line in text.strip("\n").split("\n"):
            self.lines.append(f"# {line}".rstrip())

    def blank(self):
        self.lines.append("")

    def line(self, text):
        self.lines.append(text)

    def _count(self, packet, counts):
        for key in counts:
            packets_bytes = self.counters.setdefault(key, [0, 0])
            packets_bytes[0] += 1
            packets_bytes[1] += len(packet)

    def send(self, port, packet, mark=None, counts=()):
        """`packet`; counts: (counter, index) pairs the program adds this packet to."""
        suffix = f" mark={mark}" if mark is not None else ""
        self.lines.append(f"packet {port} {packet.hex()}{suffix}")
        self._count(packet, counts)

    def expect(self, port, packet, mark=None):
        suffix = f" mark={mark}" if mark is not None else ""
        self.lines.append(f"expect {port} {packet.hex(exact=True)}{suffix}")

    def passes(self, port, packet, in_mark=None, out_mark=None, counts=()):
        """A packet that must come out unchanged on its input port."""
        self.send(port, packet, in_mark, counts)
        self.expect(port, packet, out_mark)

    def dropped(self, port, packet, in_mark=None, counts=()):
        self.send(port, packet, in_mark, counts)
        self.lines.append("no_packet")

    def check_counters(self, counter, indexes, bytes_too=True):
        for index in indexes:
            packets, nbytes = self.counters.get((counter, index), [0, 0])
            self.lines.append(f"check_counter {counter}({index}) packets == {packets}")
            if bytes_too:
                self.lines.append(f"check_counter {counter}({index}) bytes == {nbytes}")

    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"


# ----------------------------------------------------------------------------------------------
# ovs_hint.stf
# ----------------------------------------------------------------------------------------------


def ovs_hint():
    s = Stf("ovs_hint", "the OVS hinting classifier: hint hits set the mark, misses leave it")
    HOST_A, HOST_B = "52:54:00:00:00:0a", "52:54:00:00:00:0b"
    STATS = "pipe.hint_stats"
    HIT, MISS, NOT_IP = (STATS, 0), (STATS, 1), (STATS, 2)
    v6_a, v6_b = "2001:db8::a", "2001:db8:0:1::b"

    s.comment("Hints the userspace datapath installed: flow key -> mark (one per megaflow).")
    s.line("add_hint pipe.flows4 vlan_id:0 src_addr:0x%08x dst_addr:0x%08x protocol:6 src_port:34567 dst_port:80 => 100"
           % (num(ip4("10.0.0.1")), num(ip4("10.0.0.2"))))
    s.line("add_hint pipe.flows4 vlan_id:0 src_addr:0x%08x dst_addr:0x%08x protocol:17 src_port:5353 dst_port:53 => 101"
           % (num(ip4("10.0.0.1")), num(ip4("8.8.8.8"))))
    s.line("add_hint pipe.flows4 vlan_id:10 src_addr:0x%08x dst_addr:0x%08x protocol:6 src_port:34567 dst_port:80 => 102"
           % (num(ip4("10.0.0.1")), num(ip4("10.0.0.2"))))
    s.line("add_hint pipe.flows4 vlan_id:0 src_addr:0x%08x dst_addr:0x%08x protocol:1 src_port:0 dst_port:0 => 103"
           % (num(ip4("10.0.0.1")), num(ip4("10.0.0.2"))))
    s.line("add_hint pipe.flows6 vlan_id:0 src_addr:0x%032x dst_addr:0x%032x next_hdr:6 src_port:40000 dst_port:443 => 200"
           % (num(ip6(v6_a)), num(ip6(v6_b))))
    s.blank()

    web = dict(sport=34567, dport=80, seq=1000, ack=2000, flags=TCP_ACK | TCP_PSH, payload=b"GET / HTTP/1.1\r\n\r\n")

    s.comment("IPv4 TCP, hinted flow: the mark becomes the flow's mark.")
    p = tcp_packet(HOST_B, HOST_A, "10.0.0.1", "10.0.0.2", **web)
    s.passes(1, p, out_mark=100, counts=[HIT])
    s.comment("Same flow arriving with a stale mark: a hit overwrites it.")
    s.passes(1, p, in_mark=7, out_mark=100, counts=[HIT])
    s.comment("Same flow on another port: the port is not in the key.")
    s.passes(3, p, out_mark=100, counts=[HIT])
    s.blank()

    s.comment("The reverse direction is another megaflow with no hint: miss, mark stays 0.")
    p = tcp_packet(HOST_A, HOST_B, "10.0.0.2", "10.0.0.1", 80, 34567, seq=2000, ack=1018, flags=TCP_ACK)
    s.passes(1, p, out_mark=0, counts=[MISS])
    s.comment("A miss leaves an incoming mark alone.")
    p = tcp_packet(HOST_B, HOST_A, "10.0.0.1", "10.0.0.2", 34568, 80, flags=TCP_SYN, options=opt_mss(1460))
    s.passes(1, p, in_mark=7, out_mark=7, counts=[MISS])
    s.blank()

    s.comment("IPv4 UDP (DNS), hinted.")
    p = udp_packet(HOST_B, HOST_A, "10.0.0.1", "8.8.8.8", 5353, 53, payload=bytes.fromhex("abcd01000001000000000000"))
    s.passes(1, p, out_mark=101, counts=[HIT])
    s.comment("UDP with the TCP flow's addresses and ports: the protocol is part of the key.")
    p = udp_packet(HOST_B, HOST_A, "10.0.0.1", "10.0.0.2", 34567, 80, payload=b"x")
    s.passes(1, p, out_mark=0, counts=[MISS])
    s.blank()

    s.comment("802.1Q tag, VLAN 10: the VLAN id is part of the key (hint 102, not 100).")
    p = tcp_packet(HOST_B, HOST_A, "10.0.0.1", "10.0.0.2", vlan_id=10, **web)
    s.passes(1, p, out_mark=102, counts=[HIT])
    s.comment("Same flow in VLAN 20: no hint.")
    p = tcp_packet(HOST_B, HOST_A, "10.0.0.1", "10.0.0.2", vlan_id=20, **web)
    s.passes(1, p, out_mark=0, counts=[MISS])
    s.blank()

    s.comment("IPv4 with an option (Router Alert, ihl 6): the parser skips it and finds the ports.")
    p = tcp_packet(HOST_B, HOST_A, "10.0.0.1", "10.0.0.2", ip_options=bytes.fromhex("94040000"), **web)
    s.passes(1, p, out_mark=100, counts=[HIT])
    s.comment("ICMP has no ports: looked up with ports 0.")
    p = icmp_packet(HOST_B, HOST_A, "10.0.0.1", "10.0.0.2")
    s.passes(1, p, out_mark=103, counts=[HIT])
    s.comment("A later fragment of the TCP flow carries no TCP header: ports 0, no hint.")
    head, payload = tcp(34567, 80, flags=TCP_ACK, payload=b"y" * 16)
    frag_payload = (head + payload)[:24]
    ip = ipv4("10.0.0.1", "10.0.0.2", 6, len(frag_payload), frag_offset=185, df=False)
    p = Packet(ethernet(HOST_B, HOST_A, ETH_IPV4), ip, frag_payload)
    s.passes(1, p, out_mark=0, counts=[MISS])
    s.comment("A bogus ihl (4) is not parsed further: looked up without ports, no hint.")
    head, payload = tcp(34567, 80, flags=TCP_ACK)
    ip = ipv4("10.0.0.1", "10.0.0.2", 6, len(head), ihl=4)
    p = Packet(ethernet(HOST_B, HOST_A, ETH_IPV4), ip, head)
    s.passes(1, p, out_mark=0, counts=[MISS])
    s.blank()

    s.comment("IPv6 TCP, hinted.")
    v6web = dict(sport=40000, dport=443, seq=1, ack=1, flags=TCP_ACK, payload=b"\x16\x03\x01")
    p = tcp6_packet(HOST_B, HOST_A, v6_a, v6_b, **v6web)
    s.passes(2, p, out_mark=200, counts=[HIT])
    s.comment("IPv6 behind a priority tag (802.1Q with VLAN id 0): same key, same mark.")
    p = tcp6_packet(HOST_B, HOST_A, v6_a, v6_b, vlan_id=0, **v6web)
    s.passes(2, p, out_mark=200, counts=[HIT])
    s.comment("IPv6 UDP, no hint.")
    p = udp6_packet(HOST_B, HOST_A, v6_a, v6_b, 40000, 443, payload=b"quic")
    s.passes(2, p, out_mark=0, counts=[MISS])
    s.blank()

    s.comment("Not IP: passes, mark untouched.")
    p = arp_packet(HOST_A, "10.0.0.1", "10.0.0.2")
    s.passes(1, p, out_mark=0, counts=[NOT_IP])
    s.passes(1, p, in_mark=9, out_mark=9, counts=[NOT_IP])
    s.blank()

    s.comment("Truncated packets make the parser reject: the packet is dropped, nothing is counted.")
    full = tcp_packet(HOST_B, HOST_A, "10.0.0.1", "10.0.0.2", **web)
    s.comment("... an IPv4 header cut after 10 bytes")
    s.dropped(1, Packet(full.layers[0], full.layers[1][:10]))
    s.comment("... a TCP header cut after 2 bytes (the ports need 4)")
    s.dropped(1, Packet(full.layers[0], full.layers[1], full.layers[2][:2]))
    s.blank()

    s.comment("Hits, misses and non-IP packets with their bytes.")
    s.check_counters(STATS, [0, 1, 2])
    return s


# ----------------------------------------------------------------------------------------------
# acl.stf
# ----------------------------------------------------------------------------------------------


def acl():
    s = Stf("acl", "three-stage IPv4 ACL: lpm source prefixes, ternary rules, exact service allow-list")
    GW, HOST = "52:54:00:00:00:01", "52:54:00:00:00:99"
    SERVER = "10.20.0.5"
    STATS = "pipe.rule_stats"

    def c(rule):
        return (STATS, rule)

    s.comment("Stage 1: source prefixes. 10.66.0.0/16 is block-listed, 192.168.0.0/16 (management)\n"
              "is trusted, but its guest subnet 192.168.100.0/24 is blocked (longest prefix wins).")
    s.line("add pipe.src_prefix hdr.ipv4.srcAddr:0x%08x/16 deny(rule:10)" % num(ip4("10.66.0.0")))
    s.line("add pipe.src_prefix hdr.ipv4.srcAddr:0x%08x/16 trust(rule:11)" % num(ip4("192.168.0.0")))
    s.line("add pipe.src_prefix hdr.ipv4.srcAddr:0x%08x/24 deny(rule:12)" % num(ip4("192.168.100.0")))
    s.blank()
    s.comment("Stage 2: ordered rules (higher priority wins).")
    s.comment("  telnet is denied")
    s.line("add pipe.acl_rules 100 hdr.ipv4.protocol:6&&&0xff meta.src_port:0&&&0 meta.dst_port:23&&&0xffff deny(rule:20)")
    s.comment("  TCP source port 0 is bogus, whatever the destination (overrides the telnet rule)")
    s.line("add pipe.acl_rules 200 hdr.ipv4.protocol:6&&&0xff meta.src_port:0&&&0xffff meta.dst_port:0x**** deny(rule:21)")
    s.comment("  DNS is allowed")
    s.line("add pipe.acl_rules 50 hdr.ipv4.protocol:17&&&0xff meta.src_port:0&&&0 meta.dst_port:53&&&0xffff allow(rule:22)")
    s.comment("  TCP 8080-8095 is counted, then goes on to stage 3")
    s.line("add pipe.acl_rules 40 hdr.ipv4.protocol:0x06 meta.src_port:0x**** meta.dst_port:0x1f9* monitor(rule:23)")
    s.blank()
    s.comment("Stage 3: open services (anything else: the constant default deny(2)).")
    s.line("add pipe.service_allow hdr.ipv4.protocol:6 meta.dst_port:22 allow(rule:30)")
    s.line("add pipe.service_allow hdr.ipv4.protocol:6 meta.dst_port:443 allow(rule:31)")
    s.line("add pipe.service_allow hdr.ipv4.protocol:6 meta.dst_port:8080 allow(rule:32)")
    s.line("add pipe.service_allow hdr.ipv4.protocol:1 meta.dst_port:0 allow(rule:33)")
    s.blank()

    src = "172.16.5.9"

    def syn(source, sport, dport, **kw):
        return tcp_packet(GW, HOST, source, SERVER, sport, dport, flags=TCP_SYN,
                          options=opt_mss(1460), **kw)

    s.comment("HTTPS from an unlisted source: no prefix, no rule, open service (31).")
    s.passes(1, syn(src, 50000, 443), counts=[c(31)])
    s.comment("SSH: open service (30).")
    s.passes(1, syn(src, 50001, 22), counts=[c(30)])
    s.comment("Telnet: rule 20 denies.")
    s.dropped(1, syn(src, 50002, 23), counts=[c(20)])
    s.comment("Telnet from source port 0: rules 20 and 21 both match, 21 has the higher priority.")
    s.dropped(1, syn(src, 0, 23), counts=[c(21)])
    s.comment("DNS over UDP: rule 22 allows it.")
    s.passes(1, udp_packet(GW, HOST, src, SERVER, 40000, 53, payload=b"\x12\x34\x01\x00"), counts=[c(22)])
    s.comment("NTP over UDP: no rule, not an open service: the constant default denies it (2).")
    s.dropped(1, udp_packet(GW, HOST, src, SERVER, 123, 123, payload=b"\x23" + b"\x00" * 47), counts=[c(2)])
    s.comment("TCP 8080: monitored (23) and open (32).")
    s.passes(1, syn(src, 50003, 8080), counts=[c(23), c(32)])
    s.comment("TCP 8081: monitored (23), not open: default deny (2).")
    s.dropped(1, syn(src, 50004, 8081), counts=[c(23), c(2)])
    s.comment("TCP 8096 is outside the monitored range: default deny (2).")
    s.dropped(1, syn(src, 50005, 8096), counts=[c(2)])
    s.comment("ICMP echo: protocol 1 with port 0 is open (33).")
    s.passes(1, icmp_packet(GW, HOST, src, SERVER), counts=[c(33)])
    s.comment("IPv4 options are skipped: HTTPS is still recognised (31).")
    s.passes(1, syn(src, 50006, 443, ip_options=bytes.fromhex("01010100")), counts=[c(31)])
    s.blank()

    s.comment("Block-listed source (10), even for an open service.")
    s.dropped(1, syn("10.66.7.1", 50007, 443), counts=[c(10)])
    s.comment("Trusted management source (11): telnet passes, the rules are skipped.")
    s.passes(1, syn("192.168.1.20", 50008, 23), counts=[c(11)])
    s.comment("Guest subnet inside the management range: the /24 deny (12) beats the /16 trust.")
    s.dropped(1, syn("192.168.100.7", 50009, 443), counts=[c(12)])
    s.blank()

    s.comment("Non-IPv4 passes (counted under 1).")
    s.passes(1, arp_packet(HOST, "10.20.0.9", "10.20.0.1"), counts=[c(1)])
    s.comment("An IPv4 header with ihl 4 fails the parser's verify: dropped, not counted.")
    head, _ = tcp(50010, 443)
    s.dropped(1, Packet(ethernet(GW, HOST, ETH_IPV4), ipv4(src, SERVER, 6, len(head), ihl=4), head))
    s.blank()

    s.comment("A default action for stage 2: every packet no rule matches is now counted under 24.")
    s.line("setdefault pipe.acl_rules monitor(rule:24)")
    s.comment("NTP again: monitored (24), then denied by stage 3 (2).")
    s.dropped(1, udp_packet(GW, HOST, src, SERVER, 123, 123, payload=b"\x23" + b"\x00" * 47), counts=[c(24), c(2)])
    s.comment("HTTPS again: monitored (24), open (31).")
    s.passes(1, syn(src, 50011, 443), counts=[c(24), c(31)])
    s.blank()

    s.comment("Per-rule packets and bytes.")
    s.check_counters(STATS, [1, 2, 10, 11, 12, 20, 21, 22, 23, 24, 30, 31, 32, 33])
    s.comment("A rule no packet hit.")
    s.line(f"check_counter {STATS}(25) packets == 0")
    return s


# ----------------------------------------------------------------------------------------------
# router.stf
# ----------------------------------------------------------------------------------------------


def router():
    s = Stf("router", "IPv4 LPM routing: MAC rewrite, TTL decrement, checksum, redirect")
    STATS = "pipe.route_stats"
    FWD, TTL, NOROUTE, HOST_PATH = (STATS, 0), (STATS, 1), (STATS, 2), (STATS, 3)
    R = {port: f"02:00:00:00:00:0{port}" for port in range(1, 6)}       # router MAC per port
    NH = {port: f"02:00:00:00:10:0{port}" for port in range(2, 6)}     # next hop MAC per port
    HOST = "52:54:00:12:34:56"

    s.comment("The router's MACs on ports 1 and 2.")
    s.line("add pipe.my_macs hdr.ethernet.dstAddr:0x%s NoAction()" % mac(R[1]).hex())
    s.line("add pipe.my_macs hdr.ethernet.dstAddr:0x%s NoAction()" % mac(R[2]).hex())
    s.comment("Routes: 10/8 via port 2, 10.1/16 via port 3, 10.1.2/24 via port 4, host route to\n192.0.2.1 via port 5. No default route.")
    routes = [("10.0.0.0", 8, 2), ("10.1.0.0", 16, 3), ("10.1.2.0", 24, 4), ("192.0.2.1", 32, 5)]
    for prefix, length, port in routes:
        s.line("add pipe.ipv4_lpm hdr.ipv4.dstAddr:0x%08x/%d set_nhop(dmac:0x%s, smac:0x%s, port:%d)"
               % (num(ip4(prefix)), length, mac(NH[port]).hex(), mac(R[port]).hex(), port))
    s.blank()

    def pkt(dst_ip, ttl=64, eth_dst=R[1], eth_src=HOST, src_ip="172.16.0.10", kind="udp", ip_options=b""):
        if kind == "udp":
            head, payload = udp(33000, 33434, payload=b"traceroute-ish!!")
            proto = 17
        else:
            head, payload = tcp(44000, 80, seq=7, ack=9, flags=TCP_ACK, payload=b"hello")
            proto = 6
        ip = ipv4(src_ip, dst_ip, proto, len(head) + len(payload), ttl=ttl, ident=0xbeef,
                  options=ip_options)
        head = with_l4_checksum(ip, proto, head, payload)
        return Packet(ethernet(eth_dst, eth_src, ETH_IPV4), ip, head, payload)

    def routed(dst_ip, port, ttl=64, in_port=1, eth_dst=R[1], kind="udp"):
        """Send and expect: new MACs, TTL - 1, checksum recomputed, out of the route's port."""
        s.send(in_port, pkt(dst_ip, ttl, eth_dst=eth_dst, kind=kind), counts=[FWD])
        s.expect(port, pkt(dst_ip, ttl - 1, eth_dst=NH[port], eth_src=R[port], kind=kind))

    s.comment("10.9.9.9 matches only 10/8: out of port 2.")
    routed("10.9.9.9", 2)
    s.comment("10.1.9.9: 10.1/16 is longer: port 3.")
    routed("10.1.9.9", 3)
    s.comment("10.1.2.3: 10.1.2/24 is longer still: port 4 (a TCP packet this time).")
    routed("10.1.2.3", 4, kind="tcp")
    s.comment("192.0.2.1: the host route: port 5.")
    routed("192.0.2.1", 5, ttl=128)
    s.comment("Arriving on port 2, addressed to the router's port-2 MAC.")
    routed("10.1.2.3", 4, in_port=2, eth_dst=R[2])
    s.comment("TTL 2 still goes out, with TTL 1.")
    routed("10.9.9.9", 2, ttl=2)
    s.blank()

    s.comment("No route for 192.0.2.2: dropped.")
    s.dropped(1, pkt("192.0.2.2"), counts=[NOROUTE])
    s.comment("TTL 1 and TTL 0: dropped.")
    s.dropped(1, pkt("10.9.9.9", ttl=1), counts=[TTL])
    s.dropped(1, pkt("10.9.9.9", ttl=0), counts=[TTL])
    s.blank()

    s.comment("Not for the fast path: passes unchanged on its input port.")
    s.comment("... a frame for another MAC")
    s.passes(1, pkt("10.9.9.9", eth_dst="02:00:00:00:99:99"), counts=[HOST_PATH])
    s.comment("... ARP")
    s.passes(1, arp_packet(HOST, "172.16.0.10", "172.16.0.1"), counts=[HOST_PATH])
    s.comment("... IPv4 with options (Record Route)")
    s.passes(1, pkt("10.9.9.9", ip_options=bytes.fromhex("07070400000000") + b"\x00"), counts=[HOST_PATH])
    s.blank()

    s.comment("Route and MAC tables emptied: the router's MAC is unknown, the packet goes to the host.")
    s.line("remove all")
    s.passes(1, pkt("10.9.9.9"), counts=[HOST_PATH])
    s.blank()

    s.check_counters(STATS, [0, 1, 2, 3])
    return s


# ----------------------------------------------------------------------------------------------
# stateful_firewall.stf
# ----------------------------------------------------------------------------------------------


def stateful_firewall():
    s = Stf("stateful_firewall", "TCP connection tracking: inside (port 1) opens, outside (port 2) answers")
    IN_MAC, OUT_MAC = "52:54:00:00:01:01", "52:54:00:00:02:02"
    CLIENT, SERVER = "10.0.0.5", "203.0.113.80"
    STATS = "pipe.fw_stats"
    INSIDE, OK, DROP = (STATS, 0), (STATS, 1), (STATS, 2)
    key = "pipe.conns inside_addr:0x%08x outside_addr:0x%08x inside_port:40000 outside_port:443" % (
        num(ip4(CLIENT)), num(ip4(SERVER)))

    def out_pkt(flags, sport=443, dport=40000, src=SERVER, dst=CLIENT, **kw):
        return tcp_packet(IN_MAC, OUT_MAC, src, dst, sport, dport, flags=flags, **kw)

    def in_pkt(flags, sport=40000, dport=443, src=CLIENT, dst=SERVER, **kw):
        return tcp_packet(OUT_MAC, IN_MAC, src, dst, sport, dport, flags=flags, **kw)

    s.comment("An outside host tries to open a connection to the inside: dropped, nothing tracked.")
    s.dropped(2, out_pkt(TCP_SYN, sport=51000, dport=22, options=opt_mss(1460)), counts=[DROP])
    s.line("check_map pipe.conns inside_addr:0x%08x outside_addr:0x%08x inside_port:22 outside_port:51000 absent"
           % (num(ip4(CLIENT)), num(ip4(SERVER))))
    s.blank()

    s.comment("The inside opens 10.0.0.5:40000 -> 203.0.113.80:443.")
    s.passes(1, in_pkt(TCP_SYN, seq=100, options=opt_mss(1460)), counts=[INSIDE])
    s.line(f"check_map {key} == tcp_state:1")
    s.comment("Outside data before the SYN+ACK: dropped, state unchanged.")
    s.dropped(2, out_pkt(TCP_ACK, seq=900, ack=101, payload=b"early"), counts=[DROP])
    s.line(f"check_map {key} == tcp_state:1")
    s.comment("The SYN+ACK gets in: SYN_ACKED.")
    synack = out_pkt(TCP_SYN | TCP_ACK, seq=900, ack=101, options=opt_mss(1400))
    s.passes(2, synack, counts=[OK])
    s.line(f"check_map {key} == tcp_state:2")
    s.comment("A retransmitted SYN+ACK gets in too.")
    s.passes(2, synack, counts=[OK])
    s.comment("Outside data before the handshake completed: dropped.")
    s.dropped(2, out_pkt(TCP_ACK | TCP_PSH, seq=901, ack=101, payload=b"early"), counts=[DROP])
    s.comment("The inside's ACK completes the handshake: ESTABLISHED.")
    s.passes(1, in_pkt(TCP_ACK, seq=101, ack=901), counts=[INSIDE])
    s.line(f"check_map {key} == tcp_state:3")
    s.blank()

    s.comment("Established: both directions pass.")
    s.passes(1, in_pkt(TCP_ACK | TCP_PSH, seq=101, ack=901, payload=b"GET / HTTP/1.1\r\n\r\n"), counts=[INSIDE])
    s.passes(2, out_pkt(TCP_ACK | TCP_PSH, seq=901, ack=119, payload=b"HTTP/1.1 200 OK\r\n\r\n"), counts=[OK])
    s.line(f"check_map {key} == tcp_state:3")
    s.comment("Same server, other source port: not a known connection.")
    s.dropped(2, out_pkt(TCP_ACK, sport=444, seq=901, ack=119), counts=[DROP])
    s.comment("Same ports, other outside address: not a known connection.")
    s.dropped(2, out_pkt(TCP_ACK, src="203.0.113.81", seq=901, ack=119), counts=[DROP])
    s.blank()

    s.comment("Non-TCP IPv4: the inside may send it, the outside may not. Non-IPv4 always passes.")
    s.passes(1, udp_packet(OUT_MAC, IN_MAC, CLIENT, "198.51.100.53", 5353, 53, payload=b"\x00\x01"), counts=[INSIDE])
    s.dropped(2, udp_packet(IN_MAC, OUT_MAC, "198.51.100.53", CLIENT, 53, 5353, payload=b"\x00\x01"), counts=[DROP])
    s.passes(2, arp_packet(OUT_MAC, "203.0.113.1", CLIENT))
    s.blank()

    s.comment("A connection the control plane installed as established (e.g. after a restart).")
    key2 = "pipe.conns inside_addr:0x%08x outside_addr:0x%08x inside_port:50000 outside_port:22" % (
        num(ip4("10.0.0.6")), num(ip4("198.51.100.7")))
    s.line(f"set_map {key2} => tcp_state:3")
    s.passes(2, out_pkt(TCP_ACK | TCP_PSH, sport=22, dport=50000, src="198.51.100.7", dst="10.0.0.6",
                        seq=5, ack=6, payload=b"SSH-2.0-x\r\n"), counts=[OK])
    s.line(f"check_map {key2} == tcp_state:3")
    s.blank()

    s.comment("The server resets the first connection: the RST passes and the entry is gone.")
    s.passes(2, out_pkt(TCP_RST | TCP_ACK, seq=921, ack=119), counts=[OK])
    s.line(f"check_map {key} absent")
    s.comment("Outside packets of that connection are dropped again, RSTs included.")
    s.dropped(2, out_pkt(TCP_ACK, seq=921, ack=119), counts=[DROP])
    s.dropped(2, out_pkt(TCP_RST, seq=921), counts=[DROP])
    s.comment("An inside RST for an unknown connection passes (the inside is trusted).")
    s.passes(1, in_pkt(TCP_RST, seq=119), counts=[INSIDE])
    s.comment("The second connection is untouched.")
    s.line(f"check_map {key2} == tcp_state:3")
    s.blank()

    s.comment("A TCP header with data offset 4 fails the parser's verify: dropped even from the inside.")
    bad = in_pkt(TCP_ACK, seq=1, ack=1, data_offset=4)
    s.dropped(1, bad)
    s.blank()

    s.check_counters(STATS, [0, 1, 2])
    return s


# ----------------------------------------------------------------------------------------------
# p0f.stf
# ----------------------------------------------------------------------------------------------


def layout(*kinds):
    kinds = list(kinds) + [0] * (8 - len(kinds))
    return "0x" + bytes(kinds[:8]).hex()


def p0f():
    s = Stf("p0f", "passive OS fingerprinting of SYNs against a signature table")
    GW, HOST = "52:54:00:00:00:01", "52:54:00:00:00:02"
    DST = "10.0.0.80"
    STATS = "pipe.os_stats"
    ANY8, ANY16, ANY64 = "0&&&0", "0&&&0", "0&&&0"

    def sig(prio, ttl, window, mult, mss, ws, olayout, action):
        s.line(f"add pipe.p0f_signatures {prio} hdr.ipv4.ttl:{ttl} hdr.tcp.window:{window} "
               f"meta.win_mss_mult:{mult} hdr.mss.mss:{mss} hdr.wscale.shift:{ws} "
               f"meta.olayout:{olayout} {action}")

    full64 = "&&&0xffffffffffffffff"
    s.comment("Linux 3.11 and later: TTL 64, window = MSS * 44 (or * 20 before 4.19),\n"
              "options mss,sok,ts,nop,ws (class 1).")
    sig(10, "33..64", ANY16, "44&&&0xffff", ANY16, ANY8, layout(2, 4, 8, 1, 3) + full64, "label_os(os_class:1)")
    sig(10, "33..64", ANY16, "20&&&0xffff", ANY16, ANY8, layout(2, 4, 8, 1, 3) + full64, "label_os(os_class:1)")
    s.comment("Windows 7 to 10: TTL 128, window 8192, window scale 8, options mss,nop,ws,nop,nop,sok (class 2).")
    sig(10, "65..128", "8192&&&0xffff", ANY16, ANY16, "8&&&0xff", layout(2, 1, 3, 1, 1, 4) + full64,
        "label_os(os_class:2)")
    s.comment("macOS: TTL 64, window 65535, window scale 6, options mss,nop,ws,nop,nop,ts,sok,eol (class 3).")
    sig(10, "33..64", "65535&&&0xffff", ANY16, ANY16, "6&&&0xff", layout(2, 1, 3, 1, 1, 8, 4, 0) + full64,
        "label_os(os_class:3)")
    s.comment("Scanners are blocked: nmap's SYN scan (window 1024, MSS 1460 only) and masscan\n"
              "(window 1024, no options, TTL 255).")
    sig(100, "0..255", "1024&&&0xffff", ANY16, "1460&&&0xffff", ANY8, layout(2) + full64, "block_syn()")
    sig(100, "129..255", "1024&&&0xffff", ANY16, ANY16, ANY8, layout() + full64, "block_syn()")
    s.blank()

    sport = [49152]

    def syn(options, window, ttl=64, flags=TCP_SYN, **kw):
        sport[0] += 1
        return tcp_packet(GW, HOST, "10.0.0.7", DST, sport[0], 443, flags=flags, window=window,
                          options=pad_options(options), ttl=ttl, seq=0x1000 * sport[0], **kw)

    linux_opts = opt_mss(1460) + opt_sack_perm() + opt_ts(12345, 0) + NOP + opt_ws(7)
    windows_opts = opt_mss(1460) + NOP + opt_ws(8) + NOP + NOP + opt_sack_perm()
    mac_opts = opt_mss(1460) + NOP + opt_ws(6) + NOP + NOP + opt_ts(777, 0) + opt_sack_perm() + EOL

    s.comment("Linux SYN, TTL 64, window 64240 = 1460 * 44: class 1 in the mark.")
    s.passes(1, syn(linux_opts, 64240), out_mark=1, counts=[(STATS, 1)])
    s.comment("Three hops away (TTL 61): still Linux.")
    s.passes(1, syn(linux_opts, 64240, ttl=61), out_mark=1, counts=[(STATS, 1)])
    s.comment("Older Linux, window 29200 = 1460 * 20.")
    s.passes(1, syn(linux_opts, 29200), out_mark=1, counts=[(STATS, 1)])
    s.comment("Linux options but a window that is no multiple of the MSS: unknown, passes unmarked.")
    s.passes(1, syn(linux_opts, 65000), out_mark=0)
    s.comment("An unknown SYN keeps the mark it came with.")
    s.passes(1, syn(linux_opts, 65000), in_mark=5, out_mark=5)
    s.blank()

    s.comment("Windows SYN, TTL 128: class 2.")
    s.passes(1, syn(windows_opts, 8192, ttl=128), out_mark=2, counts=[(STATS, 2)])
    s.comment("The Windows signature with TTL 64 is no known OS: passes unmarked.")
    s.passes(1, syn(windows_opts, 8192, ttl=64), out_mark=0)
    s.comment("macOS SYN (8 options, the last one EOL): class 3.")
    s.passes(1, syn(mac_opts, 65535), out_mark=3, counts=[(STATS, 3)])
    s.blank()

    s.comment("nmap SYN scan: dropped.")
    s.dropped(1, syn(opt_mss(1460), 1024, ttl=45), counts=[(STATS, 0)])
    s.comment("masscan: no options, TTL 255: dropped.")
    s.dropped(1, syn(b"", 1024, ttl=255), counts=[(STATS, 0)])
    s.comment("No options and TTL 64: not masscan's signature, passes.")
    s.passes(1, syn(b"", 1024, ttl=64), out_mark=0)
    s.blank()

    s.comment("Only SYNs are fingerprinted: a SYN+ACK with Linux's options passes unmarked,")
    s.passes(1, syn(linux_opts, 64240, flags=TCP_SYN | TCP_ACK, ack=1), out_mark=0)
    s.comment("and so does an ordinary data segment.")
    s.passes(1, syn(b"", 501, flags=TCP_ACK | TCP_PSH, ack=1, payload=b"data"), out_mark=0)
    s.comment("Non-IP passes.")
    s.passes(1, arp_packet(HOST, "10.0.0.7", "10.0.0.1"), out_mark=0)
    s.blank()

    s.comment("The option loop is bounded: 12 NOPs. The parser stops after 8 options (the stack's\n"
              "size), the signature is eight NOPs, which no entry matches: passes.")
    s.passes(1, syn(NOP * 12, 1024), out_mark=0)
    s.comment("An option with length 0 fails the parser's verify: the SYN is dropped.")
    s.dropped(1, syn(opt_mss(1460) + bytes([30, 0]), 64240))
    s.comment("An option longer than the packet: the skip runs past the end, the SYN is dropped.")
    s.dropped(1, syn(opt_mss(1460) + bytes([30, 40, 0, 0]), 64240))
    s.blank()

    s.check_counters(STATS, [0, 1, 2, 3])
    return s


# ----------------------------------------------------------------------------------------------
# dapper.stf
# ----------------------------------------------------------------------------------------------


FLOW_FIELDS = ["snd_una", "snd_nxt", "in_flight", "rwnd", "mss", "wscale", "tsval", "retrans",
               "rtt_pending", "rtt_seq", "rtt_start", "rtt_ns"]


def dapper():
    s = Stf("dapper", "per-flow TCP analysis: sequence space, window, RTT samples")
    C_MAC, S_MAC = "52:54:00:00:00:0c", "52:54:00:00:00:05"
    C, S = "192.0.2.10", "198.51.100.20"
    CP, SP = 40000, 443

    def key(src, dst, sport, dport):
        return "pipe.flows src_addr:0x%08x dst_addr:0x%08x src_port:%d dst_port:%d" % (
            num(ip4(src)), num(ip4(dst)), sport, dport)

    c_key, s_key = key(C, S, CP, SP), key(S, C, SP, CP)
    state = {"c": dict.fromkeys(FLOW_FIELDS, 0), "s": dict.fromkeys(FLOW_FIELDS, 0)}

    def check(which):
        values = " ".join(f"{f}:{state[which][f]}" for f in FLOW_FIELDS)
        s.line(f"check_map {c_key if which == 'c' else s_key} == {values}")

    def from_client(flags, seq, ack=0, **kw):
        return tcp_packet(S_MAC, C_MAC, C, S, CP, SP, flags=flags, seq=seq, ack=ack, **kw)

    def from_server(flags, seq, ack=0, **kw):
        return tcp_packet(C_MAC, S_MAC, S, C, SP, CP, flags=flags, seq=seq, ack=ack, **kw)

    def at(ns):
        s.line(f"time {ns}")

    s.comment("The three-way handshake. The client's SYN starts its direction and times it.")
    at(1_000_000)
    s.passes(1, from_client(TCP_SYN, 1000, window=64240, options=pad_options(
        opt_mss(1460) + opt_sack_perm() + opt_ts(500, 0) + NOP + opt_ws(7))))
    state["c"].update(snd_una=1000, snd_nxt=1001, in_flight=1, mss=1460, wscale=7, tsval=500,
                      rtt_pending=1, rtt_seq=1001, rtt_start=1_000_000)
    check("c")
    s.line(f"check_map {s_key} absent")
    s.blank()

    s.comment("250 us later the SYN+ACK: the server's direction starts; it acknowledges the client's\n"
              "SYN (RTT sample 250000 ns) and advertises an unscaled window of 65160.")
    at(1_250_000)
    s.passes(2, from_server(TCP_SYN | TCP_ACK, 5000, 1001, window=65160, options=pad_options(
        opt_mss(1400) + opt_sack_perm() + opt_ts(9000, 500) + NOP + opt_ws(9))))
    state["s"].update(snd_una=5000, snd_nxt=5001, in_flight=1, mss=1400, wscale=9, tsval=9000,
                      rtt_pending=1, rtt_seq=5001, rtt_start=1_250_000)
    state["c"].update(snd_una=1001, in_flight=0, rwnd=65160, rtt_pending=0, rtt_ns=250_000)
    check("c")
    check("s")
    s.blank()

    s.comment("The client's ACK ends the server's handshake measurement; its window 502 is scaled\n"
              "by the client's shift 7: 64256 bytes.")
    at(1_500_000)
    s.passes(1, from_client(TCP_ACK, 1001, 5001, window=502, options=pad_options(NOP + NOP + opt_ts(501, 9000))))
    state["c"].update(tsval=501)
    state["s"].update(snd_una=5001, in_flight=0, rwnd=64256, rtt_pending=0, rtt_ns=250_000)
    check("c")
    check("s")
    s.blank()

    s.comment("Two client segments, 100 and 200 bytes: the first one is timed, 300 bytes in flight.")
    at(2_000_000)
    s.passes(1, from_client(TCP_ACK | TCP_PSH, 1001, 5001, window=502,
                            options=pad_options(NOP + NOP + opt_ts(600, 9000)), payload=b"a" * 100))
    state["c"].update(snd_nxt=1101, in_flight=100, tsval=600, rtt_pending=1, rtt_seq=1101,
                      rtt_start=2_000_000)
    at(2_100_000)
    s.passes(1, from_client(TCP_ACK | TCP_PSH, 1101, 5001, window=502,
                            options=pad_options(NOP + NOP + opt_ts(601, 9000)), payload=b"b" * 200))
    state["c"].update(snd_nxt=1301, in_flight=300, tsval=601)
    check("c")
    s.blank()

    s.comment("The server acknowledges the first segment 300 us after it was sent: RTT 300000 ns,\n"
              "200 bytes still in flight, window 300 << 9 = 153600.")
    at(2_300_000)
    s.passes(2, from_server(TCP_ACK, 5001, 1101, window=300, options=pad_options(NOP + NOP + opt_ts(9100, 600))))
    state["s"].update(tsval=9100)
    state["c"].update(snd_una=1101, in_flight=200, rwnd=153600, rtt_pending=0, rtt_ns=300_000)
    check("c")
    check("s")
    s.blank()

    s.comment("The client retransmits the second segment: counted, not timed.")
    at(2_400_000)
    s.passes(1, from_client(TCP_ACK | TCP_PSH, 1101, 5001, window=502,
                            options=pad_options(NOP + NOP + opt_ts(602, 9100)), payload=b"b" * 200))
    state["c"].update(retrans=1, tsval=602)
    check("c")
    s.comment("Its ACK arrives: nothing in flight, and no new RTT sample (nothing was being timed).")
    at(2_600_000)
    s.passes(2, from_server(TCP_ACK, 5001, 1301, window=300, options=pad_options(NOP + NOP + opt_ts(9101, 602))))
    state["s"].update(tsval=9101)
    state["c"].update(snd_una=1301, in_flight=0)
    check("c")
    check("s")
    s.blank()

    s.comment("A duplicate ACK changes nothing but the window.")
    at(2_700_000)
    s.passes(2, from_server(TCP_ACK, 5001, 1301, window=200, options=pad_options(NOP + NOP + opt_ts(9102, 602))))
    state["s"].update(tsval=9102)
    state["c"].update(rwnd=200 << 9)
    check("c")
    s.blank()

    s.comment("The client closes: its FIN takes one sequence number and is timed.")
    at(3_000_000)
    s.passes(1, from_client(TCP_FIN | TCP_ACK, 1301, 5001, window=502, options=pad_options(NOP + NOP + opt_ts(700, 9102))))
    state["c"].update(snd_nxt=1302, in_flight=1, tsval=700, rtt_pending=1, rtt_seq=1302, rtt_start=3_000_000)
    check("c")
    s.comment("The server's FIN+ACK acknowledges it 400 us later.")
    at(3_400_000)
    s.passes(2, from_server(TCP_FIN | TCP_ACK, 5001, 1302, window=300, options=pad_options(NOP + NOP + opt_ts(9200, 700))))
    state["s"].update(snd_nxt=5002, in_flight=1, tsval=9200, rtt_pending=1, rtt_seq=5002, rtt_start=3_400_000)
    state["c"].update(snd_una=1302, in_flight=0, rwnd=300 << 9, rtt_pending=0, rtt_ns=400_000)
    check("c")
    check("s")
    s.blank()

    s.comment("A flow whose SYN was never seen is not tracked (neither direction).")
    at(4_000_000)
    s.passes(1, tcp_packet(S_MAC, C_MAC, C, S, 40001, SP, flags=TCP_ACK | TCP_PSH, seq=77, ack=88,
                           payload=b"zz"))
    s.line(f"check_map {key(C, S, 40001, SP)} absent")
    s.line(f"check_map {key(S, C, SP, 40001)} absent")
    s.comment("UDP and ARP pass untouched.")
    s.passes(1, udp_packet(S_MAC, C_MAC, C, S, 5000, 5001, payload=b"hi"))
    s.passes(1, arp_packet(C_MAC, C, "192.0.2.1"))
    s.line(f"check_map {key(C, S, 5000, 5001)} absent")
    s.comment("The tracked flows did not change.")
    check("c")
    check("s")
    return s


# ----------------------------------------------------------------------------------------------
# ebpf_filter.stf
# ----------------------------------------------------------------------------------------------


def ebpf_filter():
    s = Stf("ebpf_filter", "p4c ebpfFilter: source block list, per-protocol counters")
    A, B = "00:1b:17:00:01:30", "b8:81:98:b7:ae:b7"
    BLOCKED = "10.1.152.69"

    s.comment("Block 10.1.152.69. Table and action names as p4c's eBPF back end qualifies them.")
    s.line("add pipe.Check_src_ip headers.ipv4.srcAddr:0x%08x pipe.Reject(add:0x0)" % num(ip4(BLOCKED)))
    s.blank()

    ip_bytes = {}

    def send(packet, blocked):
        proto = packet.layers[1][9]
        total_len = struct.unpack("!H", packet.layers[1][2:4])[0]
        key = ("pipe.proto_packets", proto)
        if blocked:
            s.dropped(0, packet, counts=[key])
        else:
            s.passes(0, packet, counts=[key])
        ip_bytes[proto] = ip_bytes.get(proto, 0) + total_len

    s.comment("TCP and UDP from an allowed source pass.")
    send(tcp_packet(B, A, "10.1.152.70", "50.18.200.106", 53036, 443, seq=1, ack=1, flags=TCP_ACK,
                    payload=b"\x17\x03\x03"), False)
    send(udp_packet(B, A, "10.1.152.70", "50.18.200.106", 53036, 53, payload=b"\x00\x01"), False)
    s.comment("The blocked source is dropped (and still counted per protocol).")
    send(tcp_packet(B, A, BLOCKED, "50.18.200.106", 53037, 443, flags=TCP_SYN), True)
    send(icmp_packet(B, A, BLOCKED, "50.18.200.106"), True)
    s.comment("Another allowed TCP packet.")
    send(tcp_packet(B, A, "10.1.152.71", "50.18.200.106", 53038, 80, flags=TCP_SYN), False)
    s.comment("Not IPv4: the parser rejects it, the packet is dropped and not counted.")
    s.dropped(0, arp_packet(A, "10.1.152.70", "10.1.152.1"))
    s.comment("Shorter than an Ethernet header: rejected too.")
    s.dropped(0, Packet(bytes.fromhex("00000000abcdef01")))
    s.blank()

    s.comment("proto_packets: packets per IP protocol (CounterArray keeps one number per index).")
    s.check_counters("pipe.proto_packets", [1, 6, 17], bytes_too=False)
    s.comment("proto_bytes: CounterArray.add() adds totalLen; its one number reads as `packets`.")
    for proto in (1, 6, 17):
        s.line(f"check_counter pipe.proto_bytes({proto}) packets == {ip_bytes[proto]}")
    return s


# ----------------------------------------------------------------------------------------------
# Self-checks and main
# ----------------------------------------------------------------------------------------------


def self_test():
    # RFC 1071 example words: 0x0001 0xf203 0xf4f5 0xf6f7 -> sum 0xddf2, checksum 0x220d
    assert ones_complement_sum(bytes.fromhex("0001f203f4f5f6f7")) == 0xDDF2
    header = ipv4("10.0.0.1", "10.0.0.2", 6, 20)
    assert ones_complement_sum(header) == 0xFFFF, "IPv4 header checksum must verify"
    head, payload = tcp(1, 2, payload=b"abc")
    head = with_l4_checksum(header, 6, head, payload)
    assert ones_complement_sum(pseudo_header(header, 6, len(head) + 3) + head + payload + b"\x00") == 0xFFFF
    assert layout(2, 4, 8, 1, 3) == "0x0204080103000000"


GENERATORS = [ovs_hint, acl, router, stateful_firewall, p0f, dapper, ebpf_filter]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    self_test()
    stale = []
    for generate in GENERATORS:
        stf = generate()
        path = os.path.join(HERE, f"{stf.name}.stf")
        text = stf.text()
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {path}")
    if stale:
        print("out of date (run examples/gen_packets.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
