; router for classifier: 215 instructions, stack 128 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r2 = r6
    4: r8 = 0
    5: *(u64 *)(r10 -112) = 0
    6: *(u64 *)(r10 -120) = 0
    7: r1 = *(u32 *)(r1 +0)
    8: *(u64 *)(r10 -104) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: r2 += 14
   10: if r2 > r7 goto +191
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r8 = r2
   14: r2 += 20
   15: if r2 > r7 goto +186
      ; v0: bool = is_valid hdr1
   16: r3 = 0
   17: if r8 == 0 goto +1
   18: r3 = 1
      ; v1: bool = not v0
   19: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   20: r2 = 0
   21: if r8 == 0 goto +2
   22: r2 = *(u8 *)(r8 +0)
   23: r2 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   24: r1 = 1
   25: if r2 != 5 goto +1
   26: r1 = 0
      ; v5: bool = logical_or v1, v4
   27: r3 |= r1
      ; write var7, v5
   28: if r3 != 0 goto +33
      ; v6: bit<48> = read_field hdr0.dstAddr
   29: r2 = *(u32 *)(r6 +0)
   30: r1 = *(u16 *)(r6 +4)
   31: r1 <<= 32
   32: r2 |= r1
      ; v7, v8 = apply table0(v6)
   33: *(u64 *)(r10 -40) = 0
   34: r1 = r2
   35: *(u32 *)(r10 -40) = r1
   36: r1 >>= 32
   37: *(u16 *)(r10 -36) = r1
   38: r1 = map[pipe_my_macs] ll
   40: r2 = r10
   41: r2 += -40
   42: call bpf_map_lookup_elem
   43: r1 = r0
   44: r9 = 1
   45: if r1 != 0 goto +13
   46: r9 = 0
   47: *(u32 *)(r10 -40) = 0
   48: r1 = map[pipe_my_macs_default] ll
   50: r2 = r10
   51: r2 += -40
   52: call bpf_map_lookup_elem
   53: r1 = r0
   54: if r1 == 0 goto +2
   55: r1 = *(u32 *)(r1 +0)
   56: goto +3
   57: r1 = 0
   58: goto +1
   59: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   60: r9 ^= 1
      ; write var7, v9
   61: r3 = r9
      ; v10: bool = read var7
   62: r1 = r3
   63: if r1 != 0 goto +122
      ; v13: bit<8> = read_field hdr1.ttl
   64: r1 = 0
   65: if r8 == 0 goto +1
   66: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   67: if r1 <= 1 goto +100
      ; v19: bit<32> = read_field hdr1.dstAddr
   68: r1 = 0
   69: if r8 == 0 goto +1
   70: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   71: *(u64 *)(r10 -40) = 0
   72: *(u32 *)(r10 -36) = r1
   73: *(u32 *)(r10 -40) = 32
   74: r1 = map[pipe_ipv4_lpm] ll
   76: r2 = r10
   77: r2 += -40
   78: call bpf_map_lookup_elem
   79: r4 = r0
   80: *(u64 *)(r10 -128) = 1
   81: if r4 != 0 goto +6
   82: *(u64 *)(r10 -128) = 0
   83: r9 = 2
   84: r3 = 0
   85: r2 = 0
   86: r1 = 0
   87: goto +20
   88: r9 = *(u32 *)(r4 +0)
   89: r3 = *(u32 *)(r4 +4)
   90: r3 = be32 r3
   91: r1 = *(u16 *)(r4 +8)
   92: r1 = be16 r1
   93: r3 <<= 16
   94: r3 |= r1
   95: r3 <<= 16
   96: r3 >>= 16
   97: r2 = *(u32 *)(r4 +10)
   98: r2 = be32 r2
   99: r1 = *(u16 *)(r4 +14)
  100: r1 = be16 r1
  101: r2 <<= 16
  102: r2 |= r1
  103: r2 <<= 16
  104: r2 >>= 16
  105: r1 = *(u32 *)(r4 +16)
  106: r1 = be32 r1
  107: w1 = w1
  108: if r9 == 1 goto +4
  109: if r9 != 2 goto +52
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  110: r1 = 1
      ; write var6, v29
  111: *(u64 *)(r10 -120) = r1
  112: goto +49
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  113: r4 = r3
  114: r3 = be16 r3
  115: *(u16 *)(r6 +4) = r3
  116: r4 >>= 16
  117: r4 = be32 r4
  118: *(u32 *)(r6 +0) = r4
      ; write_field hdr0.srcAddr, v23
  119: r3 = r2
  120: r2 = be16 r2
  121: *(u16 *)(r6 +10) = r2
  122: r3 >>= 16
  123: r2 = r3
  124: r2 = be32 r2
  125: *(u32 *)(r6 +6) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  126: r2 = 0
  127: if r8 == 0 goto +1
  128: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  129: r2 -= 1
  130: r2 &= 255
      ; write_field hdr1.ttl, v27
  131: if r8 == 0 goto +1
  132: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  133: if r8 == 0 goto +25
  134: r3 = *(u32 *)(r8 +0)
  135: r2 = *(u32 *)(r8 +4)
  136: r3 += r2
  137: r2 = *(u32 *)(r8 +8)
  138: r2 &= 65535
  139: r3 += r2
  140: r2 = *(u32 *)(r8 +12)
  141: r3 += r2
  142: r2 = *(u32 *)(r8 +16)
  143: r3 += r2
  144: r2 = r3
  145: r2 >>= 16
  146: r3 &= 65535
  147: r3 += r2
  148: r2 = r3
  149: r2 >>= 16
  150: r3 &= 65535
  151: r3 += r2
  152: r2 = r3
  153: r2 >>= 16
  154: r3 &= 65535
  155: r3 += r2
  156: r3 ^= 65535
  157: r3 &= 65535
  158: *(u16 *)(r8 +10) = r3
      ; write var5, v24
  159: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
  160: r1 = 2
      ; write var6, v28
  161: *(u64 *)(r10 -120) = r1
  162: r0 = *(u64 *)(r10 -128)
  163: if r0 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  164: *(u32 *)(r10 -40) = 2
  165: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  166: *(u32 *)(r10 -40) = 0
  167: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  168: *(u32 *)(r10 -40) = 1
  169: r1 = map[pipe_route_stats] ll
  171: r2 = r10
  172: r2 += -40
  173: call bpf_map_lookup_elem
  174: r3 = r0
  175: if r3 == 0 goto +7
  176: r1 = *(u64 *)(r3 +0)
  177: r1 += 1
  178: *(u64 *)(r3 +0) = r1
  179: r2 = *(u64 *)(r3 +8)
  180: r1 = *(u64 *)(r10 -104)
  181: r2 += r1
  182: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  183: r1 = 1
      ; write var6, v18
  184: *(u64 *)(r10 -120) = r1
  185: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  186: *(u32 *)(r10 -40) = 3
  187: r1 = map[pipe_route_stats] ll
  189: r2 = r10
  190: r2 += -40
  191: call bpf_map_lookup_elem
  192: r3 = r0
  193: if r3 == 0 goto +10
  194: r1 = *(u64 *)(r3 +0)
  195: r1 += 1
  196: *(u64 *)(r3 +0) = r1
  197: r2 = *(u64 *)(r3 +8)
  198: r1 = *(u64 *)(r10 -104)
  199: r2 += r1
  200: *(u64 *)(r3 +8) = r2
  201: goto +2
      ; drop
  202: r0 = 2
  203: exit
      ; epilogue: verdict
  204: r1 = *(u64 *)(r10 -120)
  205: if r1 != 0 goto +2
  206: r0 = 0
  207: exit
  208: if r1 != 2 goto +4
  209: r1 = *(u64 *)(r10 -112)
  210: r2 = 0
  211: call bpf_redirect
  212: exit
  213: r0 = 2
  214: exit
