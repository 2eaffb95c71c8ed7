; router for classifier: 154 instructions, stack 112 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r3 = r6
    4: r2 = 0
    5: *(u64 *)(r10 -112) = 0
    6: r8 = 0
    7: r1 = *(u32 *)(r1 +0)
    8: *(u64 *)(r10 -104) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: r3 += 14
   10: if r3 > r7 goto +131
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +126
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   16: r1 = 0
   17: if r2 == 0 goto +2
   18: r1 = *(u8 *)(r2 +0)
   19: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   20: if r2 == 0 goto +105
   21: if r1 != 5 goto +104
      ; v6: bit<48> = read_field hdr0.dstAddr
   22: r1 = *(u32 *)(r6 +0)
   23: r2 = *(u16 *)(r6 +4)
   24: r2 <<= 32
   25: r1 |= r2
      ; v7, v8 = apply table0(v6)
   26: *(u64 *)(r10 -40) = 0
   27: *(u32 *)(r10 -40) = r1
   28: r1 >>= 32
   29: *(u16 *)(r10 -36) = r1
   30: r1 = map[pipe_my_macs] ll
   32: r2 = r10
   33: r2 += -40
   34: call bpf_map_lookup_elem
   35: r1 = r0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   36: if r1 == 0 goto +89
      ; v13: bit<8> = read_field hdr1.ttl
   37: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   38: if r1 <= 1 goto +70
      ; v19: bit<32> = read_field hdr1.dstAddr
   39: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   40: *(u64 *)(r10 -40) = 0
   41: *(u32 *)(r10 -36) = r1
   42: *(u32 *)(r10 -40) = 32
   43: r1 = map[pipe_ipv4_lpm] ll
   45: r2 = r10
   46: r2 += -40
   47: call bpf_map_lookup_elem
   48: r4 = r0
   49: if r4 != 0 goto +5
   50: r9 = 2
   51: r3 = 0
   52: r2 = 0
   53: r1 = 0
   54: goto +11
   55: r9 = *(u32 *)(r4 +0)
   56: r3 = *(u32 *)(r4 +4)
   57: r1 = *(u16 *)(r4 +8)
   58: r1 <<= 32
   59: r3 |= r1
   60: r2 = *(u32 *)(r4 +10)
   61: r1 = *(u16 *)(r4 +14)
   62: r1 <<= 32
   63: r2 |= r1
   64: r1 = *(u32 *)(r4 +16)
   65: r1 = be32 r1
   66: if r9 == 1 goto +3
   67: if r9 != 2 goto +36
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   68: r8 = 1
   69: goto +34
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   70: *(u32 *)(r6 +0) = r3
   71: r3 >>= 32
   72: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   73: *(u32 *)(r6 +6) = r2
   74: r2 >>= 32
   75: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   76: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   77: r2 -= 1
   78: r2 &= 255
      ; write_field hdr1.ttl, v27
   79: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   80: r3 = *(u32 *)(r6 +14)
   81: r2 = *(u32 *)(r6 +18)
   82: r3 += r2
   83: r2 = *(u16 *)(r6 +22)
   84: r3 += r2
   85: r2 = *(u32 *)(r6 +26)
   86: r3 += r2
   87: r2 = *(u32 *)(r6 +30)
   88: r3 += r2
   89: r2 = r3
   90: r2 >>= 16
   91: r3 &= 65535
   92: r3 += r2
   93: r2 = r3
   94: r2 >>= 16
   95: r3 &= 65535
   96: r3 += r2
   97: r2 = r3
   98: r2 >>= 16
   99: r3 += r2
  100: r3 ^= 65535
  101: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  102: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  103: r8 = 2
  104: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  105: *(u32 *)(r10 -40) = 2
  106: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  107: *(u32 *)(r10 -40) = 0
  108: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  109: *(u32 *)(r10 -40) = 1
  110: r1 = map[pipe_route_stats] ll
  112: r2 = r10
  113: r2 += -40
  114: call bpf_map_lookup_elem
  115: r3 = r0
  116: if r3 == 0 goto +7
  117: r1 = *(u64 *)(r3 +0)
  118: r1 += 1
  119: *(u64 *)(r3 +0) = r1
  120: r2 = *(u64 *)(r3 +8)
  121: r1 = *(u64 *)(r10 -104)
  122: r2 += r1
  123: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  124: r8 = 1
  125: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  126: *(u32 *)(r10 -40) = 3
  127: r1 = map[pipe_route_stats] ll
  129: r2 = r10
  130: r2 += -40
  131: call bpf_map_lookup_elem
  132: r3 = r0
  133: if r3 == 0 goto +10
  134: r1 = *(u64 *)(r3 +0)
  135: r1 += 1
  136: *(u64 *)(r3 +0) = r1
  137: r2 = *(u64 *)(r3 +8)
  138: r1 = *(u64 *)(r10 -104)
  139: r2 += r1
  140: *(u64 *)(r3 +8) = r2
  141: goto +2
      ; drop
  142: r0 = 2
  143: exit
      ; epilogue: verdict
  144: if r8 != 0 goto +2
  145: r0 = 0
  146: exit
  147: if r8 != 2 goto +4
  148: r1 = *(u64 *)(r10 -112)
  149: r2 = 0
  150: call bpf_redirect
  151: exit
  152: r0 = 2
  153: exit
