; router for classifier: 218 instructions, stack 136 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r2 = r6
    4: r8 = 0
    5: *(u64 *)(r10 -120) = 0
    6: *(u64 *)(r10 -128) = 0
    7: r1 = *(u32 *)(r1 +0)
    8: *(u64 *)(r10 -112) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: *(u64 *)(r10 -104) = r2
   10: r2 += 14
   11: if r2 > r7 goto +193
      ; v0: bit<16> = read_field hdr0.etherType
   12: r0 = *(u64 *)(r10 -104)
   13: r1 = *(u16 *)(r0 +12)
   14: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   15: r8 = r2
   16: r2 += 20
   17: if r2 > r7 goto +187
      ; v0: bool = is_valid hdr1
   18: r3 = 0
   19: if r8 == 0 goto +1
   20: r3 = 1
      ; v1: bool = not v0
   21: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   22: r2 = 0
   23: if r8 == 0 goto +2
   24: r2 = *(u8 *)(r8 +0)
   25: r2 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   26: r1 = 1
   27: if r2 != 5 goto +1
   28: r1 = 0
      ; v5: bool = logical_or v1, v4
   29: r3 |= r1
      ; write var7, v5
   30: if r3 != 0 goto +33
      ; v6: bit<48> = read_field hdr0.dstAddr
   31: r0 = *(u64 *)(r10 -104)
   32: r2 = *(u32 *)(r0 +0)
   33: r1 = *(u16 *)(r0 +4)
   34: r1 <<= 32
   35: r2 |= r1
      ; v7, v8 = apply table0(v6)
   36: *(u64 *)(r10 -40) = 0
   37: *(u32 *)(r10 -40) = r2
   38: r2 >>= 32
   39: *(u16 *)(r10 -36) = r2
   40: r1 = map[pipe_my_macs] ll
   42: r2 = r10
   43: r2 += -40
   44: call bpf_map_lookup_elem
   45: r1 = r0
   46: r9 = 1
   47: if r1 != 0 goto +13
   48: r9 = 0
   49: *(u32 *)(r10 -40) = 0
   50: r1 = map[pipe_my_macs_default] ll
   52: r2 = r10
   53: r2 += -40
   54: call bpf_map_lookup_elem
   55: r1 = r0
   56: if r1 == 0 goto +2
   57: r1 = *(u32 *)(r1 +0)
   58: goto +3
   59: r1 = 0
   60: goto +1
   61: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   62: r9 ^= 1
      ; write var7, v9
   63: r3 = r9
      ; v10: bool = read var7
   64: r1 = r3
   65: if r1 != 0 goto +123
      ; v13: bit<8> = read_field hdr1.ttl
   66: r1 = 0
   67: if r8 == 0 goto +1
   68: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   69: if r1 <= 1 goto +101
      ; v19: bit<32> = read_field hdr1.dstAddr
   70: r1 = 0
   71: if r8 == 0 goto +1
   72: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   73: *(u64 *)(r10 -40) = 0
   74: *(u32 *)(r10 -36) = r1
   75: *(u32 *)(r10 -40) = 32
   76: r1 = map[pipe_ipv4_lpm] ll
   78: r2 = r10
   79: r2 += -40
   80: call bpf_map_lookup_elem
   81: r4 = r0
   82: *(u64 *)(r10 -136) = 1
   83: if r4 != 0 goto +6
   84: *(u64 *)(r10 -136) = 0
   85: r9 = 2
   86: r3 = 0
   87: r2 = 0
   88: r1 = 0
   89: goto +20
   90: r9 = *(u32 *)(r4 +0)
   91: r3 = *(u32 *)(r4 +4)
   92: r3 = be32 r3
   93: r1 = *(u16 *)(r4 +8)
   94: r1 = be16 r1
   95: r3 <<= 16
   96: r3 |= r1
   97: r3 <<= 16
   98: r3 >>= 16
   99: r2 = *(u32 *)(r4 +10)
  100: r2 = be32 r2
  101: r1 = *(u16 *)(r4 +14)
  102: r1 = be16 r1
  103: r2 <<= 16
  104: r2 |= r1
  105: r2 <<= 16
  106: r2 >>= 16
  107: r1 = *(u32 *)(r4 +16)
  108: r1 = be32 r1
  109: w1 = w1
  110: if r9 == 1 goto +4
  111: if r9 != 2 goto +53
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  112: r1 = 1
      ; write var6, v29
  113: *(u64 *)(r10 -128) = r1
  114: goto +50
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  115: r4 = r3
  116: r3 = be16 r3
  117: r0 = *(u64 *)(r10 -104)
  118: *(u16 *)(r0 +4) = r3
  119: r4 >>= 16
  120: r4 = be32 r4
  121: *(u32 *)(r0 +0) = r4
      ; write_field hdr0.srcAddr, v23
  122: r3 = r2
  123: r2 = be16 r2
  124: r0 = *(u64 *)(r10 -104)
  125: *(u16 *)(r0 +10) = r2
  126: r3 >>= 16
  127: r3 = be32 r3
  128: *(u32 *)(r0 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  129: r2 = 0
  130: if r8 == 0 goto +1
  131: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  132: r2 -= 1
  133: r2 &= 255
      ; write_field hdr1.ttl, v27
  134: if r8 == 0 goto +1
  135: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  136: if r8 == 0 goto +25
  137: r3 = *(u32 *)(r8 +0)
  138: r2 = *(u32 *)(r8 +4)
  139: r3 += r2
  140: r2 = *(u32 *)(r8 +8)
  141: r2 &= 65535
  142: r3 += r2
  143: r2 = *(u32 *)(r8 +12)
  144: r3 += r2
  145: r2 = *(u32 *)(r8 +16)
  146: r3 += r2
  147: r2 = r3
  148: r2 >>= 16
  149: r3 &= 65535
  150: r3 += r2
  151: r2 = r3
  152: r2 >>= 16
  153: r3 &= 65535
  154: r3 += r2
  155: r2 = r3
  156: r2 >>= 16
  157: r3 &= 65535
  158: r3 += r2
  159: r3 ^= 65535
  160: r3 &= 65535
  161: *(u16 *)(r8 +10) = r3
      ; write var5, v24
  162: *(u64 *)(r10 -120) = r1
      ; v28: bit<8> = const 2
  163: r1 = 2
      ; write var6, v28
  164: *(u64 *)(r10 -128) = r1
  165: r0 = *(u64 *)(r10 -136)
  166: if r0 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  167: *(u32 *)(r10 -40) = 2
  168: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  169: *(u32 *)(r10 -40) = 0
  170: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  171: *(u32 *)(r10 -40) = 1
  172: r1 = map[pipe_route_stats] ll
  174: r2 = r10
  175: r2 += -40
  176: call bpf_map_lookup_elem
  177: r3 = r0
  178: if r3 == 0 goto +7
  179: r1 = *(u64 *)(r3 +0)
  180: r1 += 1
  181: *(u64 *)(r3 +0) = r1
  182: r2 = *(u64 *)(r3 +8)
  183: r1 = *(u64 *)(r10 -112)
  184: r2 += r1
  185: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  186: r1 = 1
      ; write var6, v18
  187: *(u64 *)(r10 -128) = r1
  188: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  189: *(u32 *)(r10 -40) = 3
  190: r1 = map[pipe_route_stats] ll
  192: r2 = r10
  193: r2 += -40
  194: call bpf_map_lookup_elem
  195: r3 = r0
  196: if r3 == 0 goto +10
  197: r1 = *(u64 *)(r3 +0)
  198: r1 += 1
  199: *(u64 *)(r3 +0) = r1
  200: r2 = *(u64 *)(r3 +8)
  201: r1 = *(u64 *)(r10 -112)
  202: r2 += r1
  203: *(u64 *)(r3 +8) = r2
  204: goto +2
      ; drop
  205: r0 = 2
  206: exit
      ; epilogue: verdict
  207: r1 = *(u64 *)(r10 -128)
  208: if r1 != 0 goto +2
  209: r0 = 0
  210: exit
  211: if r1 != 2 goto +4
  212: r1 = *(u64 *)(r10 -120)
  213: r2 = 0
  214: call bpf_redirect
  215: exit
  216: r0 = 2
  217: exit
