/* p0f as clang-compiled BPF: the option walk (at most 8 options) and the signature list. */
#include "common.h"

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
    u8 ttl = ip[8];
    if ((be16(ip + 6) & 0x1fff) != 0 || ip[9] != 6) return PASS;
    if (t + 20 > end) return DROP;
    u8 doff = t[12] >> 4, flags = t[13];
    if (doff < 5) return DROP;
    u16 window = be16(t + 14);
    if ((flags & 0x12) != 0x02) return PASS;
    u16 opt_bytes = (u16)((doff - 5) * 4), mss = 0;
    u8 wscale = 0;
    u64 kinds = 0;
    u8 *o = t + 20;
    for (u32 n = 0; n < 8 && opt_bytes != 0; n++) {
        if (o + 1 > end) return DROP;
        u8 kind = o[0];
        kinds |= (u64)kind << (56 - 8 * n);
        opt_bytes -= 1;
        o += 1;
        if (kind == 0) break;
        if (kind == 1) continue;
        if (kind == 2) { if (o + 3 > end) return DROP; mss = be16(o + 1); opt_bytes -= 3; o += 3; continue; }
        if (kind == 3) { if (o + 2 > end) return DROP; wscale = o[1]; opt_bytes -= 2; o += 2; continue; }
        if (o + 1 > end) return DROP;
        u8 l = o[0];
        if (l < 2) return DROP;
        if (o + (l - 1) > end) return DROP;
        o += l - 1;
        opt_bytes -= l - 1;
    }
    u16 mult = (mss != 0 && window % mss == 0) ? window / mss : 0;
    /* signatures, priority 100 first */
    if (window == 1024 && mss == 1460 && kinds == 0x0200000000000000ULL) { count(cnt, 0, len); return DROP; }
    if (ttl >= 129 && window == 1024 && kinds == 0) { count(cnt, 0, len); return DROP; }
    if (ttl >= 33 && ttl <= 64 && mult == 44 && kinds == 0x0204080103000000ULL) { c->mark = 1; count(cnt, 1, len); return PASS; }
    if (ttl >= 33 && ttl <= 64 && mult == 20 && kinds == 0x0204080103000000ULL) { c->mark = 1; count(cnt, 1, len); return PASS; }
    if (ttl >= 65 && ttl <= 128 && window == 8192 && wscale == 8 && kinds == 0x0201030101040000ULL) { c->mark = 2; count(cnt, 2, len); return PASS; }
    if (ttl >= 33 && ttl <= 64 && window == 65535 && wscale == 6 && kinds == 0x0201030101080400ULL) { c->mark = 3; count(cnt, 3, len); return PASS; }
    return PASS;
}
