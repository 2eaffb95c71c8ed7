/* common.h: what the three hand-written baselines share: includes, TC verdicts, and the
 * packets-and-bytes counter cell that flowmark's Counter externs use (a per-CPU array indexed by
 * the counter index, value { u64 packets; u64 bytes }), with the same map layout so one set of
 * entries serves both programs. */
#ifndef FLOWMARK_BASELINE_COMMON_H
#define FLOWMARK_BASELINE_COMMON_H

#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define TC_ACT_OK 0
#define TC_ACT_SHOT 2

#define ETH_P_8021Q_BE bpf_htons(0x8100)
#define ETH_P_IP_BE bpf_htons(0x0800)
#define ETH_P_IPV6_BE bpf_htons(0x86dd)

struct counter_cell {
    __u64 packets;
    __u64 bytes;
};

#define COUNTER_MAP(name, size)                       \
    struct {                                          \
        __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);      \
        __uint(max_entries, size);                    \
        __type(key, __u32);                           \
        __type(value, struct counter_cell);           \
    } name SEC(".maps")

static __always_inline void count(void *map, __u32 index, __u32 bytes)
{
    struct counter_cell *cell = bpf_map_lookup_elem(map, &index);
    if (cell) {
        cell->packets += 1;
        cell->bytes += bytes;
    }
}

#endif
