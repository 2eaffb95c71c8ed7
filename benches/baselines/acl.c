/* acl.c: examples/acl.p4 written by hand in C (libbpf conventions, direct packet access), the
 * baseline of flowmark's eBPF benchmark.
 *
 * Three stages on IPv4 (everything else passes, counted under rule 1):
 *  1. src_prefix: LPM trie on the source address (trust: pass; deny: drop; NoAction: go on);
 *  2. acl_rules: ternary rules on protocol and ports by tuple space search: an array of masks,
 *     one hash lookup of the masked key per used mask, the highest priority wins;
 *  3. service_allow: exact match on protocol and destination port; a miss is deny(2).
 * Tables whose default action the control plane may change keep it in a one-entry array, read on
 * a miss. Keys and values have flowmark's layouts (action id first, parameters big-endian, the
 * ternary rule key prefixed by its mask slot), so both programs take the same entries. */
#include "common.h"

#define RULE_NON_IPV4 1
#define RULE_DEFAULT_DENY 2
#define MAX_MASKS 16

enum { ACT_TRUST = 0, ACT_DENY = 1, ACT_NOACTION = 2, ACT_ALLOW = 3, ACT_MONITOR = 4 };

struct prefix_key {
    __u32 prefixlen;
    __be32 src_addr;
};

struct prefix_value {
    __u32 action;
    __be32 trust_rule;
    __be32 deny_rule;
};

/* protocol, src port, dst port: packed, zero-padded to 8 bytes. */
struct rule_fields {
    __u8 protocol;
    __be16 src_port;
    __be16 dst_port;
    __u8 pad[3];
} __attribute__((packed));

union rule_bits {
    struct rule_fields f;
    __u32 w[2];
};

struct mask_value {
    __u32 used;
    __u32 pad;
    union rule_bits mask;
};

struct rule_key {
    __u32 mask_id;
    union rule_bits bits;
};

struct rule_value {
    __u32 action;
    __u32 priority;
    __be32 allow_rule;
    __be32 deny_rule;
    __be32 monitor_rule;
};

struct service_key {
    __u8 protocol;
    __be16 dst_port;
    __u8 pad;
} __attribute__((packed));

struct service_value {
    __u32 action;
    __be32 allow_rule;
    __be32 deny_rule;
};

struct {
    __uint(type, BPF_MAP_TYPE_LPM_TRIE);
    __uint(max_entries, 4096);
    __uint(map_flags, BPF_F_NO_PREALLOC);
    __type(key, struct prefix_key);
    __type(value, struct prefix_value);
} pipe_src_prefix SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, 1);
    __type(key, __u32);
    __type(value, struct prefix_value);
} pipe_src_prefix_default SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, MAX_MASKS);
    __type(key, __u32);
    __type(value, struct mask_value);
} pipe_acl_rules_masks SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 1024);
    __type(key, struct rule_key);
    __type(value, struct rule_value);
} pipe_acl_rules SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(max_entries, 1);
    __type(key, __u32);
    __type(value, struct rule_value);
} pipe_acl_rules_default SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(max_entries, 256);
    __type(key, struct service_key);
    __type(value, struct service_value);
} pipe_service_allow SEC(".maps");

COUNTER_MAP(pipe_rule_stats, 256);

struct l4_ports {
    __be16 src;
    __be16 dst;
};

SEC("classifier")
int acl(struct __sk_buff *skb)
{
    void *data = (void *)(long)skb->data;
    void *data_end = (void *)(long)skb->data_end;
    struct ethhdr *eth = data;
    __u32 zero = 0;

    if ((void *)(eth + 1) > data_end)
        return TC_ACT_SHOT;
    if (eth->h_proto != ETH_P_IP_BE) {
        count(&pipe_rule_stats, RULE_NON_IPV4, skb->len);
        return TC_ACT_OK;
    }
    struct iphdr *ip = (void *)(eth + 1);
    if ((void *)(ip + 1) > data_end)
        return TC_ACT_SHOT;
    if (ip->ihl < 5)
        return TC_ACT_SHOT;
    struct l4_ports *l4 = (void *)ip + ip->ihl * 4;
    if ((void *)l4 > data_end)
        return TC_ACT_SHOT;
    __be16 src_port = 0, dst_port = 0;
    if (!(ip->frag_off & bpf_htons(0x1fff)) &&
        (ip->protocol == IPPROTO_TCP || ip->protocol == IPPROTO_UDP)) {
        if ((void *)(l4 + 1) > data_end)
            return TC_ACT_SHOT;
        src_port = l4->src;
        dst_port = l4->dst;
    }

    /* Stage 1: source prefixes. */
    struct prefix_key pkey = { .prefixlen = 32, .src_addr = ip->saddr };
    struct prefix_value *pv = bpf_map_lookup_elem(&pipe_src_prefix, &pkey);
    if (!pv)
        pv = bpf_map_lookup_elem(&pipe_src_prefix_default, &zero);
    if (pv) {
        if (pv->action == ACT_TRUST) {
            count(&pipe_rule_stats, bpf_ntohl(pv->trust_rule), skb->len);
            return TC_ACT_OK;
        }
        if (pv->action == ACT_DENY) {
            count(&pipe_rule_stats, bpf_ntohl(pv->deny_rule), skb->len);
            return TC_ACT_SHOT;
        }
    }

    /* Stage 2: ordered rules, tuple space search. */
    union rule_bits bits = { .f = { .protocol = ip->protocol, .src_port = src_port, .dst_port = dst_port } };
    struct rule_value *best = NULL;
    for (__u32 i = 0; i < MAX_MASKS; i++) {
        struct mask_value *m = bpf_map_lookup_elem(&pipe_acl_rules_masks, &i);
        if (!m || !m->used)
            break;
        struct rule_key rkey = { .mask_id = i };
        rkey.bits.w[0] = bits.w[0] & m->mask.w[0];
        rkey.bits.w[1] = bits.w[1] & m->mask.w[1];
        struct rule_value *rv = bpf_map_lookup_elem(&pipe_acl_rules, &rkey);
        if (rv && (!best || rv->priority > best->priority))
            best = rv;
    }
    if (!best)
        best = bpf_map_lookup_elem(&pipe_acl_rules_default, &zero);
    if (best) {
        if (best->action == ACT_ALLOW) {
            count(&pipe_rule_stats, bpf_ntohl(best->allow_rule), skb->len);
            return TC_ACT_OK;
        }
        if (best->action == ACT_DENY) {
            count(&pipe_rule_stats, bpf_ntohl(best->deny_rule), skb->len);
            return TC_ACT_SHOT;
        }
        if (best->action == ACT_MONITOR)
            count(&pipe_rule_stats, bpf_ntohl(best->monitor_rule), skb->len);
    }

    /* Stage 3: open services; anything else is the constant default deny(2). */
    struct service_key skey = { .protocol = ip->protocol, .dst_port = dst_port };
    struct service_value *sv = bpf_map_lookup_elem(&pipe_service_allow, &skey);
    if (sv && sv->action == ACT_ALLOW) {
        count(&pipe_rule_stats, bpf_ntohl(sv->allow_rule), skb->len);
        return TC_ACT_OK;
    }
    count(&pipe_rule_stats, sv ? bpf_ntohl(sv->deny_rule) : RULE_DEFAULT_DENY, skb->len);
    return TC_ACT_SHOT;
}

char _license[] SEC("license") = "GPL";
