; router for classifier: 148 instructions, stack 112 bytes, 4 maps
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
   10: if r3 > r7 goto +125
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +120
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   16: if r2 == 0 goto +103
   17: r1 = *(u8 *)(r2 +0)
   18: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   19: if r1 != 5 goto +100
      ; v6: bit<48> = read_field hdr0.dstAddr
   20: r2 = *(u32 *)(r6 +0)
   21: r1 = *(u16 *)(r6 +4)
   22: r1 <<= 32
   23: r2 |= r1
      ; v7, v8 = apply table0(v6)
   24: *(u64 *)(r10 -40) = r2
   25: r1 = map[pipe_my_macs] ll
   27: r2 = r10
   28: r2 += -40
   29: call bpf_map_lookup_elem
   30: r1 = r0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   31: if r1 == 0 goto +88
      ; v13: bit<8> = read_field hdr1.ttl
   32: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   33: if r1 <= 1 goto +69
      ; v19: bit<32> = read_field hdr1.dstAddr
   34: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   35: *(u32 *)(r10 -36) = r1
   36: *(u32 *)(r10 -40) = 32
   37: r1 = map[pipe_ipv4_lpm] ll
   39: r2 = r10
   40: r2 += -40
   41: call bpf_map_lookup_elem
   42: r4 = r0
   43: if r4 != 0 goto +5
   44: r9 = 2
   45: r3 = 0
   46: r2 = 0
   47: r1 = 0
   48: goto +11
   49: r9 = *(u32 *)(r4 +0)
   50: r3 = *(u32 *)(r4 +4)
   51: r1 = *(u16 *)(r4 +8)
   52: r1 <<= 32
   53: r3 |= r1
   54: r2 = *(u32 *)(r4 +10)
   55: r1 = *(u16 *)(r4 +14)
   56: r1 <<= 32
   57: r2 |= r1
   58: r1 = *(u32 *)(r4 +16)
   59: r1 = be32 r1
   60: if r9 == 1 goto +3
   61: if r9 != 2 goto +36
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   62: r8 = 1
   63: goto +34
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   64: *(u32 *)(r6 +0) = r3
   65: r3 >>= 32
   66: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   67: *(u32 *)(r6 +6) = r2
   68: r2 >>= 32
   69: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   70: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   71: r2 -= 1
   72: r2 &= 255
      ; write_field hdr1.ttl, v27
   73: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   74: r3 = *(u32 *)(r6 +14)
   75: r2 = *(u32 *)(r6 +18)
   76: r3 += r2
   77: r2 = *(u16 *)(r6 +22)
   78: r3 += r2
   79: r2 = *(u32 *)(r6 +26)
   80: r3 += r2
   81: r2 = *(u32 *)(r6 +30)
   82: r3 += r2
   83: r2 = r3
   84: r2 >>= 16
   85: r3 &= 65535
   86: r3 += r2
   87: r2 = r3
   88: r2 >>= 16
   89: r3 &= 65535
   90: r3 += r2
   91: r2 = r3
   92: r2 >>= 16
   93: r3 += r2
   94: r3 ^= 65535
   95: *(u16 *)(r6 +24) = r3
      ; write var5, v24
   96: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
   97: r8 = 2
   98: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
   99: *(u32 *)(r10 -40) = 2
  100: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  101: *(u32 *)(r10 -40) = 0
  102: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  103: *(u32 *)(r10 -40) = 1
  104: r1 = map[pipe_route_stats] ll
  106: r2 = r10
  107: r2 += -40
  108: call bpf_map_lookup_elem
  109: r3 = r0
  110: if r3 == 0 goto +7
  111: r1 = *(u64 *)(r3 +0)
  112: r1 += 1
  113: *(u64 *)(r3 +0) = r1
  114: r2 = *(u64 *)(r3 +8)
  115: r1 = *(u64 *)(r10 -104)
  116: r2 += r1
  117: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  118: r8 = 1
  119: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  120: *(u32 *)(r10 -40) = 3
  121: r1 = map[pipe_route_stats] ll
  123: r2 = r10
  124: r2 += -40
  125: call bpf_map_lookup_elem
  126: r3 = r0
  127: if r3 == 0 goto +10
  128: r1 = *(u64 *)(r3 +0)
  129: r1 += 1
  130: *(u64 *)(r3 +0) = r1
  131: r2 = *(u64 *)(r3 +8)
  132: r1 = *(u64 *)(r10 -104)
  133: r2 += r1
  134: *(u64 *)(r3 +8) = r2
  135: goto +2
      ; drop
  136: r0 = 2
  137: exit
      ; epilogue: verdict
  138: if r8 != 0 goto +2
  139: r0 = 0
  140: exit
  141: if r8 != 2 goto +4
  142: r1 = *(u64 *)(r10 -112)
  143: r2 = 0
  144: call bpf_redirect
  145: exit
  146: r0 = 2
  147: exit
