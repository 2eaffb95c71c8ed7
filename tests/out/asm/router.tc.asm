; router for classifier: 152 instructions, stack 112 bytes, 4 maps
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
   10: if r3 > r7 goto +129
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +124
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   16: if r2 == 0 goto +107
   17: r1 = *(u8 *)(r2 +0)
   18: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   19: if r1 != 5 goto +104
      ; v6: bit<48> = read_field hdr0.dstAddr
   20: r1 = *(u32 *)(r6 +0)
   21: r2 = *(u16 *)(r6 +4)
   22: r2 <<= 32
   23: r1 |= r2
      ; v7, v8 = apply table0(v6)
   24: *(u64 *)(r10 -40) = 0
   25: *(u32 *)(r10 -40) = r1
   26: r1 >>= 32
   27: *(u16 *)(r10 -36) = r1
   28: r1 = map[pipe_my_macs] ll
   30: r2 = r10
   31: r2 += -40
   32: call bpf_map_lookup_elem
   33: r1 = r0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   34: if r1 == 0 goto +89
      ; v13: bit<8> = read_field hdr1.ttl
   35: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   36: if r1 <= 1 goto +70
      ; v19: bit<32> = read_field hdr1.dstAddr
   37: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   38: *(u64 *)(r10 -40) = 0
   39: *(u32 *)(r10 -36) = r1
   40: *(u32 *)(r10 -40) = 32
   41: r1 = map[pipe_ipv4_lpm] ll
   43: r2 = r10
   44: r2 += -40
   45: call bpf_map_lookup_elem
   46: r4 = r0
   47: if r4 != 0 goto +5
   48: r9 = 2
   49: r3 = 0
   50: r2 = 0
   51: r1 = 0
   52: goto +11
   53: r9 = *(u32 *)(r4 +0)
   54: r3 = *(u32 *)(r4 +4)
   55: r1 = *(u16 *)(r4 +8)
   56: r1 <<= 32
   57: r3 |= r1
   58: r2 = *(u32 *)(r4 +10)
   59: r1 = *(u16 *)(r4 +14)
   60: r1 <<= 32
   61: r2 |= r1
   62: r1 = *(u32 *)(r4 +16)
   63: r1 = be32 r1
   64: if r9 == 1 goto +3
   65: if r9 != 2 goto +36
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   66: r8 = 1
   67: goto +34
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   68: *(u32 *)(r6 +0) = r3
   69: r3 >>= 32
   70: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   71: *(u32 *)(r6 +6) = r2
   72: r2 >>= 32
   73: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   74: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   75: r2 -= 1
   76: r2 &= 255
      ; write_field hdr1.ttl, v27
   77: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   78: r3 = *(u32 *)(r6 +14)
   79: r2 = *(u32 *)(r6 +18)
   80: r3 += r2
   81: r2 = *(u16 *)(r6 +22)
   82: r3 += r2
   83: r2 = *(u32 *)(r6 +26)
   84: r3 += r2
   85: r2 = *(u32 *)(r6 +30)
   86: r3 += r2
   87: r2 = r3
   88: r2 >>= 16
   89: r3 &= 65535
   90: r3 += r2
   91: r2 = r3
   92: r2 >>= 16
   93: r3 &= 65535
   94: r3 += r2
   95: r2 = r3
   96: r2 >>= 16
   97: r3 += r2
   98: r3 ^= 65535
   99: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  100: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  101: r8 = 2
  102: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  103: *(u32 *)(r10 -40) = 2
  104: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  105: *(u32 *)(r10 -40) = 0
  106: goto +18
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
