/* Protocol constants; the author also included the headers "for convenience", closing a cycle. */
#include "cycle_a.p4"

const bit<16> ETHERTYPE_IPV4 = 0x0800;
