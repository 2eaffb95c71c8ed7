/* Shared by the BPF baselines of benches/benches/native.rs: the context rbpf's EbpfVmMbuff hands
 * the program (r1 = the metadata buffer), byte-order helpers, and the two map helpers the bench
 * registers (keys up to 16 bytes; lookup returns the value + 1, or 0 on a miss). */
typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned short u16;
typedef unsigned char u8;

struct ctx {
    u64 data;
    u64 data_end;
    u64 counters;   /* u64 pairs (packets, bytes) */
    u32 in_port;
    u32 mark;
};

static u64 (*map_lookup)(u64 map, void *key, u64 len) = (void *)1;
static void (*map_update)(u64 map, void *key, u64 len, u64 value) = (void *)2;
static void (*map_delete)(u64 map, void *key, u64 len) = (void *)3;

#define PASS 0
#define DROP 1

static inline u16 be16(const u8 *p) { return (u16)((p[0] << 8) | p[1]); }
static inline u32 be32(const u8 *p) { return ((u32)p[0] << 24) | ((u32)p[1] << 16) | ((u32)p[2] << 8) | p[3]; }
static inline void count(u64 *c, u32 i, u64 len) { c[2 * i] += 1; c[2 * i + 1] += len; }
