/* copied_headers.p4: small read-only headers that the native target copies at `extract` into one
 * zeroed stack area (stack elements, and a header extracted in several places), and the
 * concatenation of adjacent elements read as one wider load (tests/copied_headers.rs). The out
 * header shows what the control read: the elements in order and out of order, the last `tag`
 * extracted (a second extract overwrites the first; only the bytes of fields read are copied),
 * an element invalidated by the control (reads 0), and which elements are valid. */
#include <core.p4>
#include <flowmark.p4>
header out_t { bit<32> items; bit<32> shuffled; bit<16> tag; bit<8> valid; bit<8> last; bit<16> pair; bit<8> sum; }
header item_t { bit<8> v; }
header tag_t { bit<8> a; bit<8> unread; bit<4> high; bit<4> low; bit<8> b; } /* copied: a, low, b */
struct headers_t { out_t o; item_t[4] items; tag_t tag; }
struct metadata_t { bit<8> n; bit<8> last; bit<8> sum; }
parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    state start { packet.extract(hdr.o); transition next; }
    state next { transition select(meta.n) { 4: accept; default: item; } }
    state item {
        packet.extract(hdr.items.next);
        meta.n = meta.n + 1;
        meta.last = hdr.items.last.v;
        transition select(hdr.items.last.v) { 0: accept; 5: tag; default: next; }
    }
    state tag {
        packet.extract(hdr.tag);
        meta.sum = meta.sum + hdr.tag.a;
        transition select(hdr.tag.b) { 9: tag_again; default: next; }
    }
    state tag_again {
        /* the same header twice in one state: the second read must not reuse the first */
        packet.extract(hdr.tag);
        meta.sum = meta.sum + hdr.tag.a;
        packet.extract(hdr.tag);
        meta.sum = meta.sum + hdr.tag.a;
        transition next;
    }
}
control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {
    apply {
        bit<16> before = hdr.items[1].v ++ hdr.items[2].v;
        if (hdr.items[3].v == 9) {
            hdr.items[3].setInvalid();
        }
        hdr.o.items = hdr.items[0].v ++ hdr.items[1].v ++ hdr.items[2].v ++ hdr.items[3].v;
        hdr.o.shuffled = hdr.items[2].v ++ hdr.items[1].v ++ hdr.items[0].v ++ hdr.items[3].v;
        hdr.o.tag = hdr.tag.a ++ (hdr.tag.b + (bit<8>) hdr.tag.low);
        hdr.o.pair = before;
        hdr.o.last = meta.last;
        hdr.o.sum = meta.sum;
        hdr.o.valid = 0;
        if (hdr.items[0].isValid()) { hdr.o.valid = hdr.o.valid | 1; }
        if (hdr.items[1].isValid()) { hdr.o.valid = hdr.o.valid | 2; }
        if (hdr.items[2].isValid()) { hdr.o.valid = hdr.o.valid | 4; }
        if (hdr.items[3].isValid()) { hdr.o.valid = hdr.o.valid | 8; }
        if (hdr.tag.isValid()) { hdr.o.valid = hdr.o.valid | 16; }
        standard_metadata.mark = hdr.items[1].v ++ hdr.items[2].v ++ hdr.items[3].v ++ hdr.tag.b;
    }
}
Flowmark(prs(), pipe()) main;
