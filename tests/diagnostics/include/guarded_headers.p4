/* Protocol headers with an include guard that is never closed: the `#endif` is missing. */
#ifndef _GUARDED_HEADERS_P4_
#define _GUARDED_HEADERS_P4_

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}
