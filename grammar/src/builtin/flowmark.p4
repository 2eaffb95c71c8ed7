/* flowmark built-in <flowmark.p4>: the architecture for OVS hinting and Oko-style stateful filters.
 * See docs/LANGUAGE.md, "The flowmark architecture". */
#ifndef _FLOWMARK_P4_
#define _FLOWMARK_P4_

#include <core.p4>

/* `range` matches in tables (a flowmark extension). */
match_kind {
    range
}

/* What happens to the packet after the pipeline. */
enum bit<8> verdict_t {
    PASS = 0,
    DROP = 1,
    REDIRECT = 2
}

struct standard_metadata_t {
    bit<32> in_port;        /* port the packet came in on (read only) */
    bit<32> packet_length;  /* length of the packet in bytes (read only) */
    bit<32> mark;           /* hint mark: the incoming mark on entry, the outgoing mark on exit */
    bit<32> out_port;       /* port for verdict_t.REDIRECT */
    verdict_t verdict;      /* PASS unless the program says otherwise */
}

/* The kind of a Map. ARRAY maps take a bit<32> key below their size. */
enum MapKind {
    HASH,
    ARRAY,
    LRU
}

/* A flow key -> mark table filled by the userspace datapath. apply() looks the key up; on a hit it
 * sets standard_metadata.mark to the stored mark and returns true; on a miss it returns false and
 * leaves the mark alone. */
extern Hint<K> {
    Hint(bit<32> size);
    bool apply(in K key);
}

/* Per-flow state: a hash, array or LRU map from K to V. */
extern Map<K, V> {
    Map(MapKind kind, bit<32> size);
    bool lookup(in K key, out V value);
    void update(in K key, in V value);
    void delete(in K key);
}

/* Packet and byte counters indexed by a 32-bit number. */
extern Counter {
    Counter(bit<32> size);
    void count(in bit<32> index);
}

/* 32-bit FNV-1a over the bytes of data (fields in order, each big-endian in whole bytes). */
extern bit<32> hash<T>(in T data);
/* Nanoseconds since an arbitrary start (the interpreter's clock is set by STF `time`). */
extern bit<64> timestamp_ns();
/* A pseudo-random number. */
extern bit<32> random();
/* Recompute the IPv4 header checksum of hdr (hdrChecksum field) after changing its fields. */
extern void ipv4_checksum_update<T>(inout T hdr);
/* Incremental checksum update (RFC 1624) of a TCP/UDP checksum after a field changed from
 * old_value to new_value (16 or 32 bits). */
extern void l4_checksum_replace<T>(inout bit<16> checksum, in T old_value, in T new_value);

parser FlowmarkParser<H, M>(packet_in packet, out H hdr, inout M meta, inout standard_metadata_t standard_metadata);
control FlowmarkPipe<H, M>(inout H hdr, inout M meta, inout standard_metadata_t standard_metadata);

package Flowmark<H, M>(FlowmarkParser<H, M> prs, FlowmarkPipe<H, M> pipe);

#endif
