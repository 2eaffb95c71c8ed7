/* router.c: examples/router.p4 written by hand in C (libbpf conventions, direct packet access),
 * the baseline of flowmark's eBPF benchmark.
 *
 * Frames for one of the router's MACs (my_macs) with a plain IPv4 header (ihl 5) are routed:
 * longest-prefix match on the destination (ipv4_lpm) gives the next hop's MAC, our MAC and the
 * output port; both MACs are rewritten, the TTL decremented with an incremental checksum update
 * (RFC 1624, as the kernel's ip_decrease_ttl does) and the packet redirected. No route or
 * TTL <= 1: drop. Anything else passes to the host. my_macs has only NoAction, so its default
 * action is not read. Keys and values have flowmark's layouts, so both programs take the same
 * entries. */
#include "common.h"

enum { STAT_FORWARDED = 0, STAT_TTL_EXPIRED = 1, STAT_NO_ROUTE = 2, STAT_TO_HOST = 3 };
enum { ACT_SET_NHOP = 1 };

struct mac_key {
    __u8 addr[ETH_ALEN];
    __u8 pad[2];
};

struct lpm_key {
    __u32 prefixlen;
    __be32 dst_addr;
};

struct nhop_value {
    __u32 action;
    __u8 dmac[ETH_ALEN];
    __u8 smac[ETH_ALEN];
    __be32 port;
};

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 64);
    __type(key, struct mac_key);
    __type(value, __u32);
} pipe_my_macs SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_LPM_TRIE);
    __uint(max_entries, 1024);
    __uint(map_flags, BPF_F_NO_PREALLOC);
    __type(key, struct lpm_key);
    __type(value, struct nhop_value);
} pipe_ipv4_lpm SEC(".maps");

COUNTER_MAP(pipe_route_stats, 4);

SEC("classifier")
int router(struct __sk_buff *skb)
{
    void *data = (void *)(long)skb->data;
    void *data_end = (void *)(long)skb->data_end;
    struct ethhdr *eth = data;

    if ((void *)(eth + 1) > data_end)
        return TC_ACT_SHOT;
    if (eth->h_proto != ETH_P_IP_BE)
        goto to_host;
    struct iphdr *ip = (void *)(eth + 1);
    if ((void *)(ip + 1) > data_end)
        return TC_ACT_SHOT;
    if (ip->ihl != 5)
        goto to_host;
    struct mac_key mkey = {};
    __builtin_memcpy(mkey.addr, eth->h_dest, ETH_ALEN);
    if (!bpf_map_lookup_elem(&pipe_my_macs, &mkey))
        goto to_host;
    if (ip->ttl <= 1) {
        count(&pipe_route_stats, STAT_TTL_EXPIRED, skb->len);
        return TC_ACT_SHOT;
    }
    struct lpm_key lkey = { .prefixlen = 32, .dst_addr = ip->daddr };
    struct nhop_value *nh = bpf_map_lookup_elem(&pipe_ipv4_lpm, &lkey);
    if (!nh) {
        count(&pipe_route_stats, STAT_NO_ROUTE, skb->len);
        return TC_ACT_SHOT;
    }
    if (nh->action != ACT_SET_NHOP) {
        /* An entry with the drop action: a hit, counted as forwarded. */
        count(&pipe_route_stats, STAT_FORWARDED, skb->len);
        return TC_ACT_SHOT;
    }
    __builtin_memcpy(eth->h_dest, nh->dmac, ETH_ALEN);
    __builtin_memcpy(eth->h_source, nh->smac, ETH_ALEN);
    __u32 check = ip->check;
    check += bpf_htons(0x0100);
    ip->check = (__u16)(check + (check >= 0xffff));
    ip->ttl--;
    __u32 port = bpf_ntohl(nh->port);
    count(&pipe_route_stats, STAT_FORWARDED, skb->len);
    return bpf_redirect(port, 0);

to_host:
    count(&pipe_route_stats, STAT_TO_HOST, skb->len);
    return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
