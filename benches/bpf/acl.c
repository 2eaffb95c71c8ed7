/* acl as clang-compiled BPF: source prefixes and ACL rules as unrolled rule lists, the service
 * table through the map helper. */
#include "common.h"

struct skey { u16 dport; u8 proto, pad; };

u64 prog(struct ctx *c) {
    u8 *d = (u8 *)c->data, *end = (u8 *)c->data_end;
    u64 *cnt = (u64 *)c->counters, len = end - d;
    if (d + 14 > end) return DROP;
    if (be16(d + 12) != 0x0800) { count(cnt, 0, len); return PASS; }
    u8 *ip = d + 14;
    if (ip + 20 > end) return DROP;
    u32 ihl = ip[0] & 0x0f;
    if (ihl < 5) return DROP;
    u8 *l4 = ip + ihl * 4;
    if (l4 > end) return DROP;
    u8 proto = ip[9];
    u16 frag = be16(ip + 6) & 0x1fff, sport = 0, dport = 0;
    u32 src = be32(ip + 12);
    if (frag == 0 && (proto == 6 || proto == 17)) {
        if (l4 + 4 > end) return DROP;
        sport = be16(l4);
        dport = be16(l4 + 2);
    }
    /* src_prefix, longest first: deny 12, deny 10, trust 11 */
    if ((src & 0xffffff00) == 0xc0a86400) { count(cnt, 12, len); return DROP; }
    if ((src & 0xffff0000) == 0x0a420000) { count(cnt, 10, len); return DROP; }
    if ((src & 0xffff0000) == 0xc0a80000) { count(cnt, 11, len); return PASS; }
    /* acl_rules, highest priority first */
    if (proto == 6 && sport == 0) { count(cnt, 21, len); return DROP; }
    if (proto == 6 && dport == 23) { count(cnt, 20, len); return DROP; }
    if (proto == 17 && dport == 53) { count(cnt, 22, len); return PASS; }
    if (proto == 6 && (dport & 0xfff0) == 0x1f90) count(cnt, 23, len);
    struct skey k = {0};
    k.proto = proto;
    k.dport = dport;
    u64 rule = map_lookup(0, &k, sizeof k);
    if (rule) { count(cnt, (u32)(rule - 1), len); return PASS; }
    count(cnt, 2, len);
    return DROP;
}
