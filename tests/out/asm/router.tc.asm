; router for classifier: 163 instructions, stack 120 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r3 = r6
    4: r2 = 0
    5: *(u64 *)(r10 -112) = 0
    6: *(u64 *)(r10 -120) = 0
    7: r1 = *(u32 *)(r1 +0)
    8: *(u64 *)(r10 -104) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: r3 += 14
   10: if r3 > r7 goto +139
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +134
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
   20: if r2 == 0 goto +113
   21: if r1 != 5 goto +112
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
   35: r2 = r0
   36: r1 = 1
   37: if r2 != 0 goto +1
   38: r1 = 0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   39: r1 ^= 1
      ; write var7, v9
   40: if r1 != 0 goto +93
      ; v13: bit<8> = read_field hdr1.ttl
   41: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   42: if r1 <= 1 goto +74
      ; v19: bit<32> = read_field hdr1.dstAddr
   43: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   44: *(u64 *)(r10 -40) = 0
   45: *(u32 *)(r10 -36) = r1
   46: *(u32 *)(r10 -40) = 32
   47: r1 = map[pipe_ipv4_lpm] ll
   49: r2 = r10
   50: r2 += -40
   51: call bpf_map_lookup_elem
   52: r4 = r0
   53: r9 = 1
   54: if r4 != 0 goto +6
   55: r9 = 0
   56: r8 = 2
   57: r3 = 0
   58: r2 = 0
   59: r1 = 0
   60: goto +11
   61: r8 = *(u32 *)(r4 +0)
   62: r3 = *(u32 *)(r4 +4)
   63: r1 = *(u16 *)(r4 +8)
   64: r1 <<= 32
   65: r3 |= r1
   66: r2 = *(u32 *)(r4 +10)
   67: r1 = *(u16 *)(r4 +14)
   68: r1 <<= 32
   69: r2 |= r1
   70: r1 = *(u32 *)(r4 +16)
   71: r1 = be32 r1
   72: if r8 == 1 goto +3
   73: if r8 != 2 goto +38
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   74: *(u64 *)(r10 -120) = 1
   75: goto +36
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   76: *(u32 *)(r6 +0) = r3
   77: r3 >>= 32
   78: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   79: *(u32 *)(r6 +6) = r2
   80: r2 >>= 32
   81: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   82: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   83: r2 -= 1
   84: r2 &= 255
      ; write_field hdr1.ttl, v27
   85: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   86: r3 = *(u32 *)(r6 +14)
   87: r2 = *(u32 *)(r6 +18)
   88: r3 += r2
   89: r2 = *(u32 *)(r6 +22)
   90: r2 &= 65535
   91: r3 += r2
   92: r2 = *(u32 *)(r6 +26)
   93: r3 += r2
   94: r2 = *(u32 *)(r6 +30)
   95: r3 += r2
   96: r2 = r3
   97: r2 >>= 16
   98: r3 &= 65535
   99: r3 += r2
  100: r2 = r3
  101: r2 >>= 16
  102: r3 &= 65535
  103: r3 += r2
  104: r2 = r3
  105: r2 >>= 16
  106: r3 &= 65535
  107: r3 += r2
  108: r3 ^= 65535
  109: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  110: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  111: *(u64 *)(r10 -120) = 2
  112: if r9 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  113: *(u32 *)(r10 -40) = 2
  114: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  115: *(u32 *)(r10 -40) = 0
  116: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  117: *(u32 *)(r10 -40) = 1
  118: r1 = map[pipe_route_stats] ll
  120: r2 = r10
  121: r2 += -40
  122: call bpf_map_lookup_elem
  123: r3 = r0
  124: if r3 == 0 goto +7
  125: r1 = *(u64 *)(r3 +0)
  126: r1 += 1
  127: *(u64 *)(r3 +0) = r1
  128: r2 = *(u64 *)(r3 +8)
  129: r1 = *(u64 *)(r10 -104)
  130: r2 += r1
  131: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  132: *(u64 *)(r10 -120) = 1
  133: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  134: *(u32 *)(r10 -40) = 3
  135: r1 = map[pipe_route_stats] ll
  137: r2 = r10
  138: r2 += -40
  139: call bpf_map_lookup_elem
  140: r3 = r0
  141: if r3 == 0 goto +10
  142: r1 = *(u64 *)(r3 +0)
  143: r1 += 1
  144: *(u64 *)(r3 +0) = r1
  145: r2 = *(u64 *)(r3 +8)
  146: r1 = *(u64 *)(r10 -104)
  147: r2 += r1
  148: *(u64 *)(r3 +8) = r2
  149: goto +2
      ; drop
  150: r0 = 2
  151: exit
      ; epilogue: verdict
  152: r1 = *(u64 *)(r10 -120)
  153: if r1 != 0 goto +2
  154: r0 = 0
  155: exit
  156: if r1 != 2 goto +4
  157: r1 = *(u64 *)(r10 -112)
  158: r2 = 0
  159: call bpf_redirect
  160: exit
  161: r0 = 2
  162: exit
