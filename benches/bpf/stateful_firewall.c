/* stateful_firewall as clang-compiled BPF: connection states in a map through the helpers. */
#include "common.h"

struct conn { u32 inside, outside; u16 iport, oport; };

u64 prog(struct ctx *c) {
    u8 *d = (u8 *)c->data, *end = (u8 *)c->data_end;
    u64 *cnt = (u64 *)c->counters, len = end - d;
    if (d + 14 > end) return DROP;
    if (be16(d + 12) != 0x0800) return PASS;
    u8 *ip = d + 14;
    if (ip + 20 > end) return DROP;
    u32 ihl = ip[0] & 0x0f;
    if (ihl < 5) return DROP;
    u8 *t = ip + ihl * 4;
    if (t > end) return DROP;
    int inside = c->in_port == 1;
    if ((be16(ip + 6) & 0x1fff) != 0 || ip[9] != 6) {
        if (inside) { count(cnt, 0, len); return PASS; }
        count(cnt, 2, len);
        return DROP;
    }
    if (t + 20 > end) return DROP;
    if ((t[12] >> 4) < 5) return DROP;
    u32 src = be32(ip + 12), dst = be32(ip + 16);
    u16 sport = be16(t), dport = be16(t + 2);
    struct conn k;
    if (inside) { k.inside = src; k.outside = dst; k.iport = sport; k.oport = dport; }
    else { k.inside = dst; k.outside = src; k.iport = dport; k.oport = sport; }
    u8 flags = t[13], syn_ack = flags & 0x12;
    u64 state = map_lookup(0, &k, sizeof k);   /* state + 1, 0 = unknown */
    if (flags & 0x04) {
        if (state) map_delete(0, &k, sizeof k);
        if (inside) { count(cnt, 0, len); return PASS; }
        if (state) { count(cnt, 1, len); return PASS; }
        count(cnt, 2, len);
        return DROP;
    }
    if (inside) {
        if (syn_ack == 0x02) map_update(0, &k, sizeof k, 1);
        else if (state == 3 && syn_ack == 0x10) map_update(0, &k, sizeof k, 3);
        count(cnt, 0, len);
        return PASS;
    }
    if ((state == 2 || state == 3) && syn_ack == 0x12) {
        map_update(0, &k, sizeof k, 2);
        count(cnt, 1, len);
        return PASS;
    }
    if (state == 4) { count(cnt, 1, len); return PASS; }
    count(cnt, 2, len);
    return DROP;
}
