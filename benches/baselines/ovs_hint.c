/* ovs_hint.c: examples/ovs_hint.p4 written by hand in C, the way a kernel engineer would (libbpf
 * conventions, direct packet access), as the baseline of flowmark's eBPF benchmark.
 *
 * Ethernet, one optional 802.1Q tag, IPv4 (options skipped, later fragments without ports) or
 * IPv6, TCP/UDP ports; the 5-tuple plus VLAN id is looked up in flows4/flows6 and a hit sets
 * skb->mark. Truncated headers drop the packet (the P4 parser rejects), nothing is counted then.
 * The hint keys are packed in flowmark's layout (big-endian fields in declaration order), so both
 * programs take the same entries; fields are copied from the packet without byte swaps. */
#include "common.h"

struct flow4_key {
    __be16 vlan_id;
    __be32 src_addr;
    __be32 dst_addr;
    __u8 protocol;
    __be16 src_port;
    __be16 dst_port;
    __u8 pad;
} __attribute__((packed));

struct flow6_key {
    __be16 vlan_id;
    struct in6_addr src_addr;
    struct in6_addr dst_addr;
    __u8 next_hdr;
    __be16 src_port;
    __be16 dst_port;
    __u8 pad;
} __attribute__((packed));

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 65536);
    __type(key, struct flow4_key);
    __type(value, __u32);
} pipe_flows4 SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 65536);
    __type(key, struct flow6_key);
    __type(value, __u32);
} pipe_flows6 SEC(".maps");

COUNTER_MAP(pipe_hint_stats, 3);

enum { STAT_HIT = 0, STAT_MISS = 1, STAT_NOT_IP = 2 };

struct l4_ports {
    __be16 src;
    __be16 dst;
};

SEC("classifier")
int ovs_hint(struct __sk_buff *skb)
{
    void *data = (void *)(long)skb->data;
    void *data_end = (void *)(long)skb->data_end;
    struct ethhdr *eth = data;
    void *cursor = eth + 1;
    __be16 vlan_id = 0;
    __u32 *mark;

    if (cursor > data_end)
        return TC_ACT_SHOT;
    __be16 proto = eth->h_proto;
    if (proto == ETH_P_8021Q_BE) {
        __be16 *tag = cursor;
        if ((void *)(tag + 2) > data_end)
            return TC_ACT_SHOT;
        vlan_id = tag[0] & bpf_htons(0x0fff);
        proto = tag[1];
        cursor = tag + 2;
    }

    if (proto == ETH_P_IP_BE) {
        struct iphdr *ip = cursor;
        if ((void *)(ip + 1) > data_end)
            return TC_ACT_SHOT;
        struct flow4_key key = {
            .vlan_id = vlan_id,
            .src_addr = ip->saddr,
            .dst_addr = ip->daddr,
            .protocol = ip->protocol,
        };
        __u32 ihl = ip->ihl;
        if (ihl >= 5) {
            struct l4_ports *l4 = (void *)ip + ihl * 4;
            if ((void *)l4 > data_end)
                return TC_ACT_SHOT;
            if (!(ip->frag_off & bpf_htons(0x1fff)) &&
                (ip->protocol == IPPROTO_TCP || ip->protocol == IPPROTO_UDP)) {
                if ((void *)(l4 + 1) > data_end)
                    return TC_ACT_SHOT;
                key.src_port = l4->src;
                key.dst_port = l4->dst;
            }
        }
        mark = bpf_map_lookup_elem(&pipe_flows4, &key);
    } else if (proto == ETH_P_IPV6_BE) {
        struct ipv6hdr *ip6 = cursor;
        if ((void *)(ip6 + 1) > data_end)
            return TC_ACT_SHOT;
        struct flow6_key key = {
            .vlan_id = vlan_id,
            .src_addr = ip6->saddr,
            .dst_addr = ip6->daddr,
            .next_hdr = ip6->nexthdr,
        };
        if (ip6->nexthdr == IPPROTO_TCP || ip6->nexthdr == IPPROTO_UDP) {
            struct l4_ports *l4 = (void *)(ip6 + 1);
            if ((void *)(l4 + 1) > data_end)
                return TC_ACT_SHOT;
            key.src_port = l4->src;
            key.dst_port = l4->dst;
        }
        mark = bpf_map_lookup_elem(&pipe_flows6, &key);
    } else {
        count(&pipe_hint_stats, STAT_NOT_IP, skb->len);
        return TC_ACT_OK;
    }

    if (mark) {
        skb->mark = *mark;
        count(&pipe_hint_stats, STAT_HIT, skb->len);
    } else {
        count(&pipe_hint_stats, STAT_MISS, skb->len);
    }
    return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
