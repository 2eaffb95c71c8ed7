; router for classifier: 152 instructions, stack 112 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: r6 = *(u32 *)(r1 +76)
    1: r7 = *(u32 *)(r1 +80)
    2: r3 = r6
    3: r2 = 0
    4: *(u64 *)(r10 -112) = 0
    5: r8 = 0
    6: r1 = *(u32 *)(r1 +0)
    7: *(u64 *)(r10 -104) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    8: r3 += 14
    9: if r3 > r7 goto +130
      ; v0: bit<16> = read_field hdr0.etherType
   10: r1 = *(u16 *)(r6 +12)
   11: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   12: r2 = r3
   13: r3 += 20
   14: if r3 > r7 goto +125
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   15: if r2 == 0 goto +108
   16: r1 = *(u8 *)(r2 +0)
   17: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   18: if r1 != 5 goto +105
      ; v6: bit<48> = read_field hdr0.dstAddr
   19: r2 = *(u32 *)(r6 +0)
   20: r1 = *(u16 *)(r6 +4)
   21: r1 <<= 32
   22: r2 |= r1
      ; v7, v8 = apply table0(v6)
   23: *(u64 *)(r10 -40) = r2
   24: r1 = map[pipe_my_macs] ll
   26: r2 = r10
   27: r2 += -40
   28: call bpf_map_lookup_elem
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   29: if r0 == 0 goto +94
      ; v13: bit<8> = read_field hdr1.ttl
   30: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   31: if r1 <= 1 goto +75
      ; v19: bit<32> = read_field hdr1.dstAddr
   32: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   33: *(u32 *)(r10 -36) = r1
   34: *(u32 *)(r10 -40) = 32
   35: r1 = map[pipe_ipv4_lpm] ll
   37: r2 = r10
   38: r2 += -40
   39: call bpf_map_lookup_elem
   40: r4 = r0
   41: if r4 != 0 goto +5
   42: r9 = 2
   43: r3 = 0
   44: r2 = 0
   45: r1 = 0
   46: goto +5
   47: r9 = *(u32 *)(r4 +0)
   48: r3 = *(u64 *)(r4 +4)
   49: r2 = *(u64 *)(r4 +10)
   50: r1 = *(u32 *)(r4 +16)
   51: r1 = be32 r1
   52: if r9 == 1 goto +3
   53: if r9 != 2 goto +38
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   54: r8 = 1
   55: goto +36
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   56: *(u32 *)(r6 +0) = r3
   57: r3 >>= 32
   58: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   59: *(u32 *)(r6 +6) = r2
   60: r2 >>= 32
   61: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   62: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   63: r2 -= 1
      ; write_field hdr1.ttl, v27
   64: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   65: r3 = *(u32 *)(r6 +14)
   66: r2 = *(u32 *)(r6 +18)
   67: r3 += r2
   68: r2 = *(u8 *)(r6 +22)
   69: r3 += r2
   70: r2 = *(u8 *)(r6 +23)
   71: r2 <<= 8
   72: r3 += r2
   73: r2 = *(u32 *)(r6 +26)
   74: r3 += r2
   75: r2 = *(u32 *)(r6 +30)
   76: r3 += r2
   77: r2 = r3
   78: r2 >>= 16
   79: r3 &= 65535
   80: r3 += r2
   81: r2 = r3
   82: r2 >>= 16
   83: r3 &= 65535
   84: r3 += r2
   85: r2 = r3
   86: r2 >>= 16
   87: r3 += r2
   88: r3 ^= 65535
   89: *(u16 *)(r6 +24) = r3
      ; write var5, v24
   90: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
   91: r8 = 2
   92: if r4 != 0 goto +7
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
   93: *(u32 *)(r10 -40) = 2
   94: r1 = map[pipe_route_stats] ll
   96: r2 = r10
   97: r2 += -40
   98: call bpf_map_lookup_elem
   99: goto +30
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  100: *(u32 *)(r10 -40) = 0
  101: r1 = map[pipe_route_stats] ll
  103: r2 = r10
  104: r2 += -40
  105: call bpf_map_lookup_elem
  106: goto +23
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  107: *(u32 *)(r10 -40) = 1
  108: r1 = map[pipe_route_stats] ll
  110: r2 = r10
  111: r2 += -40
  112: call bpf_map_lookup_elem
  113: r3 = r0
  114: if r3 == 0 goto +7
  115: r1 = *(u64 *)(r3 +0)
  116: r1 += 1
  117: *(u64 *)(r3 +0) = r1
  118: r2 = *(u64 *)(r3 +8)
  119: r1 = *(u64 *)(r10 -104)
  120: r2 += r1
  121: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  122: r8 = 1
  123: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  124: *(u32 *)(r10 -40) = 3
  125: r1 = map[pipe_route_stats] ll
  127: r2 = r10
  128: r2 += -40
  129: call bpf_map_lookup_elem
  130: r3 = r0
  131: if r3 == 0 goto +10
  132: r1 = *(u64 *)(r3 +0)
  133: r1 += 1
  134: *(u64 *)(r3 +0) = r1
  135: r2 = *(u64 *)(r3 +8)
  136: r1 = *(u64 *)(r10 -104)
  137: r2 += r1
  138: *(u64 *)(r3 +8) = r2
  139: goto +2
      ; drop
  140: r0 = 2
  141: exit
      ; epilogue: verdict
  142: if r8 != 0 goto +2
  143: r0 = 0
  144: exit
  145: if r8 != 2 goto +4
  146: r1 = *(u64 *)(r10 -112)
  147: r2 = 0
  148: call bpf_redirect
  149: exit
  150: r0 = 2
  151: exit
