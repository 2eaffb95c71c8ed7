/* Shared protocol headers; pulls in the constants. */
#include "cycle_b.p4"

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}
