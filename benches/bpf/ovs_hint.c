/* ovs_hint as clang-compiled BPF (IPv4 and non-IP paths): 5-tuple + VLAN hint lookup, mark on a hit. */
#include "common.h"

struct key4 { u32 src, dst; u16 sport, dport, vlan; u8 proto, pad; };

u64 prog(struct ctx *c) {
    u8 *d = (u8 *)c->data, *end = (u8 *)c->data_end;
    u64 *cnt = (u64 *)c->counters, len = end - d;
    if (d + 14 > end) return DROP;
    u16 et = be16(d + 12), vlan = 0;
    u8 *ip = d + 14;
    if (et == 0x8100) {
        if (d + 18 > end) return DROP;
        vlan = be16(d + 14) & 0x0fff;
        et = be16(d + 16);
        ip = d + 18;
    }
    if (et != 0x0800) { count(cnt, 2, len); return PASS; }
    if (ip + 20 > end) return DROP;
    struct key4 k = {0};
    k.vlan = vlan;
    k.proto = ip[9];
    k.src = be32(ip + 12);
    k.dst = be32(ip + 16);
    u32 ihl = ip[0] & 0x0f;
    u16 frag = be16(ip + 6) & 0x1fff;
    if (ihl >= 5) {
        u8 *l4 = ip + ihl * 4;
        if (l4 > end) return DROP;
        if (frag == 0 && (k.proto == 6 || k.proto == 17)) {
            if (l4 + 4 > end) return DROP;
            k.sport = be16(l4);
            k.dport = be16(l4 + 2);
        }
    }
    u64 m = map_lookup(0, &k, sizeof k);
    if (m) { c->mark = (u32)(m - 1); count(cnt, 0, len); } else count(cnt, 1, len);
    return PASS;
}
