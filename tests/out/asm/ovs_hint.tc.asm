; ovs_hint for classifier: 234 instructions, stack 200 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r2 = r1
    2: r6 = *(u32 *)(r2 +76)
    3: r7 = *(u32 *)(r2 +80)
    4: r9 = r6
    5: r8 = 0
    6: r4 = 0
    7: *(u64 *)(r10 -176) = 0
    8: *(u64 *)(r10 -184) = 0
    9: r3 = 0
   10: r1 = *(u32 *)(r2 +0)
   11: *(u64 *)(r10 -192) = r1
   12: r1 = *(u32 *)(r2 +8)
   13: *(u64 *)(r10 -200) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   14: r1 = r9
   15: r9 += 14
   16: if r9 > r7 goto +207
      ; v0: bit<16> = read_field hdr0.etherType
   17: r1 = *(u16 *)(r1 +12)
   18: if r1 == 129 goto +3
   19: if r1 == 8 goto +18
   20: if r1 != 56710 goto +63
   21: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   22: r2 = r9
   23: r9 += 4
   24: if r9 > r7 goto +199
      ; v15: bit<12> = read_field hdr1.vid
   25: r1 = *(u16 *)(r2 +0)
   26: r1 &= 65295
      ; write var2, v15
   27: *(u64 *)(r10 -176) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   28: r1 = *(u16 *)(r2 +2)
   29: if r1 == 8 goto +8
   30: if r1 != 56710 goto +53
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   31: r4 = r9
   32: r9 += 40
   33: if r9 > r7 goto +190
      ; v1: bit<8> = read_field hdr3.nextHdr
   34: r1 = *(u8 *)(r4 +6)
   35: if r1 == 6 goto +42
   36: if r1 != 17 goto +47
   37: goto +33
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   38: r8 = r9
   39: r9 += 20
   40: if r9 > r7 goto +183
      ; v6: bit<4> = read_field hdr2.ihl
   41: r1 = *(u8 *)(r8 +0)
   42: r1 &= 15
   43: if r1 == 5 goto +20
   44: if r1 < 6 goto +39
   45: if r1 > 15 goto +38
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   46: r1 = *(u8 *)(r8 +0)
   47: r1 &= 15
      ; v8: bit<32> = cast v7
   48: w1 = w1
      ; v9: bit<32> = const 5
   49: r2 = 5
      ; v10: bit<32> = sub v8, v9
   50: r1 -= r2
   51: w1 = w1
      ; v11: bit<32> = const 0x20
   52: r2 = 32
      ; v12: bit<32> = mul v10, v11
   53: r1 *= r2
   54: w1 = w1
      ; advance v12
   55: if r1 & 7 goto +168
   56: r1 >>= 3
   57: if r1 > 16383 goto +166
   58: r9 -= r6
   59: r1 += r9
   60: if r1 > 16383 goto +163
   61: r9 = r6
   62: r9 += r1
   63: if r9 > r7 goto +160
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   64: r2 = *(u16 *)(r8 +6)
   65: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   66: r1 = *(u8 *)(r8 +9)
   67: if r2 != 0 goto +1
   68: if r1 == 6 goto +9
   69: if r2 != 0 goto +14
   70: if r1 != 17 goto +13
      ; prs: block7 (parse_udp)
      ; extract hdr5
   71: r1 = r9
   72: r9 += 4
   73: if r9 > r7 goto +150
      ; v2: bit<16> = read_field hdr5.srcPort
   74: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   75: *(u64 *)(r10 -184) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   76: r3 = *(u16 *)(r1 +2)
      ; write var4, v3
   77: goto +6
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   78: r1 = r9
   79: r9 += 4
   80: if r9 > r7 goto +143
      ; v4: bit<16> = read_field hdr4.srcPort
   81: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   82: *(u64 *)(r10 -184) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   83: r3 = *(u16 *)(r1 +2)
      ; write var4, v5
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   84: if r8 != 0 goto +74
      ; v9: bool = is_valid hdr3
   85: if r4 != 0 goto +16
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   86: *(u32 *)(r10 -56) = 2
   87: r1 = map[pipe_hint_stats] ll
   89: r2 = r10
   90: r2 += -56
   91: call bpf_map_lookup_elem
   92: r3 = r0
   93: if r3 == 0 goto +135
   94: r1 = *(u64 *)(r3 +0)
   95: r1 += 1
   96: *(u64 *)(r3 +0) = r1
   97: r2 = *(u64 *)(r3 +8)
   98: r1 = *(u64 *)(r10 -192)
   99: r2 += r1
  100: *(u64 *)(r3 +8) = r2
  101: goto +127
      ; v10: bit<12> = read var2
  102: r8 = *(u64 *)(r10 -176)
      ; v11: bit<128> = read_field hdr3.srcAddr
  103: r2 = *(u64 *)(r4 +8)
  104: r1 = *(u64 *)(r4 +16)
  105: *(u64 *)(r10 -152) = r2
  106: *(u64 *)(r10 -144) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  107: r2 = *(u64 *)(r4 +24)
  108: r1 = *(u64 *)(r4 +32)
  109: *(u64 *)(r10 -168) = r2
  110: *(u64 *)(r10 -160) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  111: r1 = *(u8 *)(r4 +6)
      ; v14: bit<16> = read var3
  112: r2 = *(u64 *)(r10 -184)
      ; v15: bit<16> = read var4
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  113: *(u64 *)(r10 -24) = 0
  114: *(u16 *)(r10 -56) = r8
  115: r4 = *(u64 *)(r10 -152)
  116: *(u16 *)(r10 -54) = r4
  117: r4 >>= 16
  118: *(u32 *)(r10 -52) = r4
  119: r4 >>= 32
  120: *(u16 *)(r10 -48) = r4
  121: r4 = *(u64 *)(r10 -144)
  122: *(u16 *)(r10 -46) = r4
  123: r4 >>= 16
  124: *(u32 *)(r10 -44) = r4
  125: r4 >>= 32
  126: *(u16 *)(r10 -40) = r4
  127: r4 = *(u64 *)(r10 -168)
  128: *(u16 *)(r10 -38) = r4
  129: r4 >>= 16
  130: *(u32 *)(r10 -36) = r4
  131: r4 >>= 32
  132: *(u16 *)(r10 -32) = r4
  133: r4 = *(u64 *)(r10 -160)
  134: *(u16 *)(r10 -30) = r4
  135: r4 >>= 16
  136: *(u32 *)(r10 -28) = r4
  137: r4 >>= 32
  138: *(u16 *)(r10 -24) = r4
  139: *(u8 *)(r10 -22) = r1
  140: *(u8 *)(r10 -21) = r2
  141: r2 >>= 8
  142: *(u8 *)(r10 -20) = r2
  143: r1 = r3
  144: *(u8 *)(r10 -19) = r1
  145: r1 >>= 8
  146: *(u8 *)(r10 -18) = r1
  147: r1 = map[pipe_flows6] ll
  149: r2 = r10
  150: r2 += -56
  151: call bpf_map_lookup_elem
  152: r1 = r0
  153: r2 = 0
  154: if r1 == 0 goto +35
  155: r2 = 1
  156: r1 = *(u32 *)(r1 +0)
  157: *(u64 *)(r10 -200) = r1
      ; write var10, v16
  158: goto +31
      ; v2: bit<12> = read var2
  159: r4 = *(u64 *)(r10 -176)
      ; v3: bit<32> = read_field hdr2.srcAddr
  160: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  161: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  162: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  163: r9 = *(u64 *)(r10 -184)
      ; v7: bit<16> = read var4
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  164: *(u64 *)(r10 -48) = 0
  165: *(u16 *)(r10 -56) = r4
  166: *(u16 *)(r10 -54) = r2
  167: r2 >>= 16
  168: *(u16 *)(r10 -52) = r2
  169: *(u16 *)(r10 -50) = r1
  170: r1 >>= 16
  171: *(u16 *)(r10 -48) = r1
  172: *(u8 *)(r10 -46) = r8
  173: *(u8 *)(r10 -45) = r9
  174: r9 >>= 8
  175: *(u8 *)(r10 -44) = r9
  176: *(u8 *)(r10 -43) = r3
  177: r3 >>= 8
  178: *(u8 *)(r10 -42) = r3
  179: r1 = map[pipe_flows4] ll
  181: r2 = r10
  182: r2 += -56
  183: call bpf_map_lookup_elem
  184: r1 = r0
  185: r2 = 0
  186: if r1 == 0 goto +3
  187: r2 = 1
  188: r1 = *(u32 *)(r1 +0)
  189: *(u64 *)(r10 -200) = r1
      ; write var10, v8
      ; v19: bool = read var10
  190: r1 = r2
  191: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  192: *(u32 *)(r10 -56) = 1
  193: r1 = map[pipe_hint_stats] ll
  195: r2 = r10
  196: r2 += -56
  197: call bpf_map_lookup_elem
  198: r3 = r0
  199: if r3 == 0 goto +29
  200: r1 = *(u64 *)(r3 +0)
  201: r1 += 1
  202: *(u64 *)(r3 +0) = r1
  203: r2 = *(u64 *)(r3 +8)
  204: r1 = *(u64 *)(r10 -192)
  205: r2 += r1
  206: *(u64 *)(r3 +8) = r2
  207: goto +21
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  208: *(u32 *)(r10 -56) = 0
  209: r1 = map[pipe_hint_stats] ll
  211: r2 = r10
  212: r2 += -56
  213: call bpf_map_lookup_elem
  214: r3 = r0
  215: if r3 == 0 goto +13
  216: r1 = *(u64 *)(r3 +0)
  217: r1 += 1
  218: *(u64 *)(r3 +0) = r1
  219: r2 = *(u64 *)(r3 +8)
  220: r1 = *(u64 *)(r10 -192)
  221: r2 += r1
  222: *(u64 *)(r3 +8) = r2
  223: goto +5
      ; drop
  224: r2 = *(u64 *)(r10 -200)
  225: r1 = *(u64 *)(r10 -8)
  226: *(u32 *)(r1 +8) = r2
  227: r0 = 2
  228: exit
      ; epilogue: verdict
  229: r2 = *(u64 *)(r10 -200)
  230: r1 = *(u64 *)(r10 -8)
  231: *(u32 *)(r1 +8) = r2
  232: r0 = 0
  233: exit
