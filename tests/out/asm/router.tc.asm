; router for classifier: 187 instructions, stack 120 bytes, 4 maps
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
   10: if r3 > r7 goto +163
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +158
      ; v0: bool = is_valid hdr1
   16: r3 = 0
   17: if r2 == 0 goto +1
   18: r3 = 1
      ; v1: bool = not v0
   19: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   20: r1 = 0
   21: if r2 == 0 goto +2
   22: r1 = *(u8 *)(r2 +0)
   23: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   24: r2 = 1
   25: if r1 != 5 goto +1
   26: r2 = 0
      ; v5: bool = logical_or v1, v4
   27: r1 = r3
   28: r1 |= r2
      ; write var7, v5
   29: if r1 != 0 goto +30
      ; v6: bit<48> = read_field hdr0.dstAddr
   30: r1 = *(u32 *)(r6 +0)
   31: r2 = *(u16 *)(r6 +4)
   32: r2 <<= 32
   33: r1 |= r2
      ; v7, v8 = apply table0(v6)
   34: *(u64 *)(r10 -40) = 0
   35: *(u32 *)(r10 -40) = r1
   36: r1 >>= 32
   37: *(u16 *)(r10 -36) = r1
   38: r1 = map[pipe_my_macs] ll
   40: r2 = r10
   41: r2 += -40
   42: call bpf_map_lookup_elem
   43: r1 = r0
   44: r8 = 1
   45: if r1 != 0 goto +11
   46: r8 = 0
   47: *(u32 *)(r10 -40) = 0
   48: r1 = map[pipe_my_macs_default] ll
   50: r2 = r10
   51: r2 += -40
   52: call bpf_map_lookup_elem
   53: r1 = r0
   54: if r1 != 0 goto +2
   55: r1 = 0
   56: goto +1
   57: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   58: r1 = r8
   59: r1 ^= 1
      ; write var7, v9
      ; v10: bool = read var7
   60: if r1 != 0 goto +97
      ; v13: bit<8> = read_field hdr1.ttl
   61: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   62: if r1 <= 1 goto +77
      ; v19: bit<32> = read_field hdr1.dstAddr
   63: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   64: *(u64 *)(r10 -40) = 0
   65: *(u32 *)(r10 -36) = r1
   66: *(u32 *)(r10 -40) = 32
   67: r1 = map[pipe_ipv4_lpm] ll
   69: r2 = r10
   70: r2 += -40
   71: call bpf_map_lookup_elem
   72: r4 = r0
   73: r9 = 1
   74: if r4 != 0 goto +6
   75: r9 = 0
   76: r8 = 2
   77: r3 = 0
   78: r2 = 0
   79: r1 = 0
   80: goto +11
   81: r8 = *(u32 *)(r4 +0)
   82: r3 = *(u32 *)(r4 +4)
   83: r1 = *(u16 *)(r4 +8)
   84: r1 <<= 32
   85: r3 |= r1
   86: r2 = *(u32 *)(r4 +10)
   87: r1 = *(u16 *)(r4 +14)
   88: r1 <<= 32
   89: r2 |= r1
   90: r1 = *(u32 *)(r4 +16)
   91: r1 = be32 r1
   92: if r8 == 1 goto +4
   93: if r8 != 2 goto +41
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
   94: r1 = 1
      ; write var6, v29
   95: *(u64 *)(r10 -120) = r1
   96: goto +38
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   97: *(u32 *)(r6 +0) = r3
   98: r3 >>= 32
   99: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
  100: *(u32 *)(r6 +6) = r2
  101: r2 >>= 32
  102: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  103: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  104: r2 -= 1
  105: r2 &= 255
      ; write_field hdr1.ttl, v27
  106: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  107: r3 = *(u32 *)(r6 +14)
  108: r2 = *(u32 *)(r6 +18)
  109: r3 += r2
  110: r2 = *(u32 *)(r6 +22)
  111: r2 &= 65535
  112: r3 += r2
  113: r2 = *(u32 *)(r6 +26)
  114: r3 += r2
  115: r2 = *(u32 *)(r6 +30)
  116: r3 += r2
  117: r2 = r3
  118: r2 >>= 16
  119: r3 &= 65535
  120: r3 += r2
  121: r2 = r3
  122: r2 >>= 16
  123: r3 &= 65535
  124: r3 += r2
  125: r2 = r3
  126: r2 >>= 16
  127: r3 &= 65535
  128: r3 += r2
  129: r3 ^= 65535
  130: r3 &= 65535
  131: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  132: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
  133: r1 = 2
      ; write var6, v28
  134: *(u64 *)(r10 -120) = r1
  135: if r9 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  136: *(u32 *)(r10 -40) = 2
  137: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  138: *(u32 *)(r10 -40) = 0
  139: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  140: *(u32 *)(r10 -40) = 1
  141: r1 = map[pipe_route_stats] ll
  143: r2 = r10
  144: r2 += -40
  145: call bpf_map_lookup_elem
  146: r3 = r0
  147: if r3 == 0 goto +7
  148: r1 = *(u64 *)(r3 +0)
  149: r1 += 1
  150: *(u64 *)(r3 +0) = r1
  151: r2 = *(u64 *)(r3 +8)
  152: r1 = *(u64 *)(r10 -104)
  153: r2 += r1
  154: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  155: r1 = 1
      ; write var6, v18
  156: *(u64 *)(r10 -120) = r1
  157: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  158: *(u32 *)(r10 -40) = 3
  159: r1 = map[pipe_route_stats] ll
  161: r2 = r10
  162: r2 += -40
  163: call bpf_map_lookup_elem
  164: r3 = r0
  165: if r3 == 0 goto +10
  166: r1 = *(u64 *)(r3 +0)
  167: r1 += 1
  168: *(u64 *)(r3 +0) = r1
  169: r2 = *(u64 *)(r3 +8)
  170: r1 = *(u64 *)(r10 -104)
  171: r2 += r1
  172: *(u64 *)(r3 +8) = r2
  173: goto +2
      ; drop
  174: r0 = 2
  175: exit
      ; epilogue: verdict
  176: r1 = *(u64 *)(r10 -120)
  177: if r1 != 0 goto +2
  178: r0 = 0
  179: exit
  180: if r1 != 2 goto +4
  181: r1 = *(u64 *)(r10 -112)
  182: r2 = 0
  183: call bpf_redirect
  184: exit
  185: r0 = 2
  186: exit
