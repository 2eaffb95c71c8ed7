; router for classifier: 141 instructions, stack 112 bytes, 4 maps
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
   10: if r3 > r7 goto +118
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +113
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   16: if r2 == 0 goto +96
   17: r1 = *(u8 *)(r2 +0)
   18: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   19: if r1 != 5 goto +93
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
   31: if r1 == 0 goto +81
      ; v13: bit<8> = read_field hdr1.ttl
   32: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   33: if r1 <= 1 goto +62
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
   48: goto +5
   49: r9 = *(u32 *)(r4 +0)
   50: r3 = *(u64 *)(r4 +4)
   51: r2 = *(u64 *)(r4 +10)
   52: r1 = *(u32 *)(r4 +16)
   53: r1 = be32 r1
   54: if r9 == 1 goto +3
   55: if r9 != 2 goto +35
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   56: r8 = 1
   57: goto +33
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   58: *(u32 *)(r6 +0) = r3
   59: r3 >>= 32
   60: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   61: *(u32 *)(r6 +6) = r2
   62: r2 >>= 32
   63: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   64: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   65: r2 -= 1
      ; write_field hdr1.ttl, v27
   66: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   67: r3 = *(u32 *)(r6 +14)
   68: r2 = *(u32 *)(r6 +18)
   69: r3 += r2
   70: r2 = *(u16 *)(r6 +22)
   71: r3 += r2
   72: r2 = *(u32 *)(r6 +26)
   73: r3 += r2
   74: r2 = *(u32 *)(r6 +30)
   75: r3 += r2
   76: r2 = r3
   77: r2 >>= 16
   78: r3 &= 65535
   79: r3 += r2
   80: r2 = r3
   81: r2 >>= 16
   82: r3 &= 65535
   83: r3 += r2
   84: r2 = r3
   85: r2 >>= 16
   86: r3 += r2
   87: r3 ^= 65535
   88: *(u16 *)(r6 +24) = r3
      ; write var5, v24
   89: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
   90: r8 = 2
   91: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
   92: *(u32 *)(r10 -40) = 2
   93: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
   94: *(u32 *)(r10 -40) = 0
   95: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
   96: *(u32 *)(r10 -40) = 1
   97: r1 = map[pipe_route_stats] ll
   99: r2 = r10
  100: r2 += -40
  101: call bpf_map_lookup_elem
  102: r3 = r0
  103: if r3 == 0 goto +7
  104: r1 = *(u64 *)(r3 +0)
  105: r1 += 1
  106: *(u64 *)(r3 +0) = r1
  107: r2 = *(u64 *)(r3 +8)
  108: r1 = *(u64 *)(r10 -104)
  109: r2 += r1
  110: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  111: r8 = 1
  112: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  113: *(u32 *)(r10 -40) = 3
  114: r1 = map[pipe_route_stats] ll
  116: r2 = r10
  117: r2 += -40
  118: call bpf_map_lookup_elem
  119: r3 = r0
  120: if r3 == 0 goto +10
  121: r1 = *(u64 *)(r3 +0)
  122: r1 += 1
  123: *(u64 *)(r3 +0) = r1
  124: r2 = *(u64 *)(r3 +8)
  125: r1 = *(u64 *)(r10 -104)
  126: r2 += r1
  127: *(u64 *)(r3 +8) = r2
  128: goto +2
      ; drop
  129: r0 = 2
  130: exit
      ; epilogue: verdict
  131: if r8 != 0 goto +2
  132: r0 = 0
  133: exit
  134: if r8 != 2 goto +4
  135: r1 = *(u64 *)(r10 -112)
  136: r2 = 0
  137: call bpf_redirect
  138: exit
  139: r0 = 2
  140: exit
