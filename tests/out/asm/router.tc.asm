; router for classifier: 140 instructions, stack 112 bytes, 4 maps
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
   10: if r3 > r7 goto +117
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +112
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   16: if r2 == 0 goto +95
   17: r1 = *(u8 *)(r2 +0)
   18: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   19: if r1 != 5 goto +92
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
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   30: if r0 == 0 goto +81
      ; v13: bit<8> = read_field hdr1.ttl
   31: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   32: if r1 <= 1 goto +62
      ; v19: bit<32> = read_field hdr1.dstAddr
   33: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   34: *(u32 *)(r10 -36) = r1
   35: *(u32 *)(r10 -40) = 32
   36: r1 = map[pipe_ipv4_lpm] ll
   38: r2 = r10
   39: r2 += -40
   40: call bpf_map_lookup_elem
   41: r4 = r0
   42: if r4 != 0 goto +5
   43: r9 = 2
   44: r3 = 0
   45: r2 = 0
   46: r1 = 0
   47: goto +5
   48: r9 = *(u32 *)(r4 +0)
   49: r3 = *(u64 *)(r4 +4)
   50: r2 = *(u64 *)(r4 +10)
   51: r1 = *(u32 *)(r4 +16)
   52: r1 = be32 r1
   53: if r9 == 1 goto +3
   54: if r9 != 2 goto +35
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   55: r8 = 1
   56: goto +33
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   57: *(u32 *)(r6 +0) = r3
   58: r3 >>= 32
   59: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   60: *(u32 *)(r6 +6) = r2
   61: r2 >>= 32
   62: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   63: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   64: r2 -= 1
      ; write_field hdr1.ttl, v27
   65: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   66: r3 = *(u32 *)(r6 +14)
   67: r2 = *(u32 *)(r6 +18)
   68: r3 += r2
   69: r2 = *(u16 *)(r6 +22)
   70: r3 += r2
   71: r2 = *(u32 *)(r6 +26)
   72: r3 += r2
   73: r2 = *(u32 *)(r6 +30)
   74: r3 += r2
   75: r2 = r3
   76: r2 >>= 16
   77: r3 &= 65535
   78: r3 += r2
   79: r2 = r3
   80: r2 >>= 16
   81: r3 &= 65535
   82: r3 += r2
   83: r2 = r3
   84: r2 >>= 16
   85: r3 += r2
   86: r3 ^= 65535
   87: *(u16 *)(r6 +24) = r3
      ; write var5, v24
   88: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
   89: r8 = 2
   90: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
   91: *(u32 *)(r10 -40) = 2
   92: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
   93: *(u32 *)(r10 -40) = 0
   94: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
   95: *(u32 *)(r10 -40) = 1
   96: r1 = map[pipe_route_stats] ll
   98: r2 = r10
   99: r2 += -40
  100: call bpf_map_lookup_elem
  101: r3 = r0
  102: if r3 == 0 goto +7
  103: r1 = *(u64 *)(r3 +0)
  104: r1 += 1
  105: *(u64 *)(r3 +0) = r1
  106: r2 = *(u64 *)(r3 +8)
  107: r1 = *(u64 *)(r10 -104)
  108: r2 += r1
  109: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  110: r8 = 1
  111: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  112: *(u32 *)(r10 -40) = 3
  113: r1 = map[pipe_route_stats] ll
  115: r2 = r10
  116: r2 += -40
  117: call bpf_map_lookup_elem
  118: r3 = r0
  119: if r3 == 0 goto +10
  120: r1 = *(u64 *)(r3 +0)
  121: r1 += 1
  122: *(u64 *)(r3 +0) = r1
  123: r2 = *(u64 *)(r3 +8)
  124: r1 = *(u64 *)(r10 -104)
  125: r2 += r1
  126: *(u64 *)(r3 +8) = r2
  127: goto +2
      ; drop
  128: r0 = 2
  129: exit
      ; epilogue: verdict
  130: if r8 != 0 goto +2
  131: r0 = 0
  132: exit
  133: if r8 != 2 goto +4
  134: r1 = *(u64 *)(r10 -112)
  135: r2 = 0
  136: call bpf_redirect
  137: exit
  138: r0 = 2
  139: exit
