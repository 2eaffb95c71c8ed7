; ovs_hint for classifier: 232 instructions, stack 200 bytes, 3 maps
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
   16: if r9 > r7 goto +205
      ; v0: bit<16> = read_field hdr0.etherType
   17: r1 = *(u16 *)(r1 +12)
   18: if r1 == 129 goto +3
   19: if r1 == 8 goto +18
   20: if r1 != 56710 goto +61
   21: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   22: r2 = r9
   23: r9 += 4
   24: if r9 > r7 goto +197
      ; v15: bit<12> = read_field hdr1.vid
   25: r1 = *(u16 *)(r2 +0)
   26: r1 &= 65295
      ; write var2, v15
   27: *(u64 *)(r10 -176) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   28: r1 = *(u16 *)(r2 +2)
   29: if r1 == 8 goto +8
   30: if r1 != 56710 goto +51
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   31: r4 = r9
   32: r9 += 40
   33: if r9 > r7 goto +188
      ; v1: bit<8> = read_field hdr3.nextHdr
   34: r1 = *(u8 *)(r4 +6)
   35: if r1 == 6 goto +40
   36: if r1 != 17 goto +45
   37: goto +31
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   38: r8 = r9
   39: r9 += 20
   40: if r9 > r7 goto +181
      ; v6: bit<4> = read_field hdr2.ihl
   41: r1 = *(u8 *)(r8 +0)
   42: r1 &= 15
   43: if r1 == 5 goto +18
   44: if r1 < 6 goto +37
   45: if r1 > 15 goto +36
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   46: r1 = *(u8 *)(r8 +0)
   47: r1 &= 15
      ; v8: bit<32> = cast v7
   48: w1 = w1
      ; v9: bit<32> = const 5
      ; v10: bit<32> = sub v8, v9
   49: r1 -= 5
   50: w1 = w1
      ; v11: bit<32> = const 0x20
      ; v12: bit<32> = mul v10, v11
   51: r1 *= 32
   52: w1 = w1
      ; advance v12
   53: if r1 & 7 goto +168
   54: r1 >>= 3
   55: if r1 > 16383 goto +166
   56: r9 -= r6
   57: r1 += r9
   58: if r1 > 16383 goto +163
   59: r9 = r6
   60: r9 += r1
   61: if r9 > r7 goto +160
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   62: r2 = *(u16 *)(r8 +6)
   63: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   64: r1 = *(u8 *)(r8 +9)
   65: if r2 != 0 goto +1
   66: if r1 == 6 goto +9
   67: if r2 != 0 goto +14
   68: if r1 != 17 goto +13
      ; prs: block7 (parse_udp)
      ; extract hdr5
   69: r1 = r9
   70: r9 += 4
   71: if r9 > r7 goto +150
      ; v2: bit<16> = read_field hdr5.srcPort
   72: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   73: *(u64 *)(r10 -184) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   74: r3 = *(u16 *)(r1 +2)
      ; write var4, v3
   75: goto +6
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   76: r1 = r9
   77: r9 += 4
   78: if r9 > r7 goto +143
      ; v4: bit<16> = read_field hdr4.srcPort
   79: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   80: *(u64 *)(r10 -184) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   81: r3 = *(u16 *)(r1 +2)
      ; write var4, v5
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   82: if r8 != 0 goto +74
      ; v9: bool = is_valid hdr3
   83: if r4 != 0 goto +16
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   84: *(u32 *)(r10 -56) = 2
   85: r1 = map[pipe_hint_stats] ll
   87: r2 = r10
   88: r2 += -56
   89: call bpf_map_lookup_elem
   90: r3 = r0
   91: if r3 == 0 goto +135
   92: r1 = *(u64 *)(r3 +0)
   93: r1 += 1
   94: *(u64 *)(r3 +0) = r1
   95: r2 = *(u64 *)(r3 +8)
   96: r1 = *(u64 *)(r10 -192)
   97: r2 += r1
   98: *(u64 *)(r3 +8) = r2
   99: goto +127
      ; v10: bit<12> = read var2
  100: r8 = *(u64 *)(r10 -176)
      ; v11: bit<128> = read_field hdr3.srcAddr
  101: r2 = *(u64 *)(r4 +8)
  102: r1 = *(u64 *)(r4 +16)
  103: *(u64 *)(r10 -152) = r2
  104: *(u64 *)(r10 -144) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  105: r2 = *(u64 *)(r4 +24)
  106: r1 = *(u64 *)(r4 +32)
  107: *(u64 *)(r10 -168) = r2
  108: *(u64 *)(r10 -160) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  109: r1 = *(u8 *)(r4 +6)
      ; v14: bit<16> = read var3
  110: r2 = *(u64 *)(r10 -184)
      ; v15: bit<16> = read var4
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  111: *(u64 *)(r10 -24) = 0
  112: *(u16 *)(r10 -56) = r8
  113: r4 = *(u64 *)(r10 -152)
  114: *(u16 *)(r10 -54) = r4
  115: r4 >>= 16
  116: *(u32 *)(r10 -52) = r4
  117: r4 >>= 32
  118: *(u16 *)(r10 -48) = r4
  119: r4 = *(u64 *)(r10 -144)
  120: *(u16 *)(r10 -46) = r4
  121: r4 >>= 16
  122: *(u32 *)(r10 -44) = r4
  123: r4 >>= 32
  124: *(u16 *)(r10 -40) = r4
  125: r4 = *(u64 *)(r10 -168)
  126: *(u16 *)(r10 -38) = r4
  127: r4 >>= 16
  128: *(u32 *)(r10 -36) = r4
  129: r4 >>= 32
  130: *(u16 *)(r10 -32) = r4
  131: r4 = *(u64 *)(r10 -160)
  132: *(u16 *)(r10 -30) = r4
  133: r4 >>= 16
  134: *(u32 *)(r10 -28) = r4
  135: r4 >>= 32
  136: *(u16 *)(r10 -24) = r4
  137: *(u8 *)(r10 -22) = r1
  138: *(u8 *)(r10 -21) = r2
  139: r2 >>= 8
  140: *(u8 *)(r10 -20) = r2
  141: r1 = r3
  142: *(u8 *)(r10 -19) = r1
  143: r1 >>= 8
  144: *(u8 *)(r10 -18) = r1
  145: r1 = map[pipe_flows6] ll
  147: r2 = r10
  148: r2 += -56
  149: call bpf_map_lookup_elem
  150: r1 = r0
  151: r2 = 0
  152: if r1 == 0 goto +35
  153: r2 = 1
  154: r1 = *(u32 *)(r1 +0)
  155: *(u64 *)(r10 -200) = r1
      ; write var10, v16
  156: goto +31
      ; v2: bit<12> = read var2
  157: r4 = *(u64 *)(r10 -176)
      ; v3: bit<32> = read_field hdr2.srcAddr
  158: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  159: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  160: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  161: r9 = *(u64 *)(r10 -184)
      ; v7: bit<16> = read var4
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  162: *(u64 *)(r10 -48) = 0
  163: *(u16 *)(r10 -56) = r4
  164: *(u16 *)(r10 -54) = r2
  165: r2 >>= 16
  166: *(u16 *)(r10 -52) = r2
  167: *(u16 *)(r10 -50) = r1
  168: r1 >>= 16
  169: *(u16 *)(r10 -48) = r1
  170: *(u8 *)(r10 -46) = r8
  171: *(u8 *)(r10 -45) = r9
  172: r9 >>= 8
  173: *(u8 *)(r10 -44) = r9
  174: *(u8 *)(r10 -43) = r3
  175: r3 >>= 8
  176: *(u8 *)(r10 -42) = r3
  177: r1 = map[pipe_flows4] ll
  179: r2 = r10
  180: r2 += -56
  181: call bpf_map_lookup_elem
  182: r1 = r0
  183: r2 = 0
  184: if r1 == 0 goto +3
  185: r2 = 1
  186: r1 = *(u32 *)(r1 +0)
  187: *(u64 *)(r10 -200) = r1
      ; write var10, v8
      ; v19: bool = read var10
  188: r1 = r2
  189: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  190: *(u32 *)(r10 -56) = 1
  191: r1 = map[pipe_hint_stats] ll
  193: r2 = r10
  194: r2 += -56
  195: call bpf_map_lookup_elem
  196: r3 = r0
  197: if r3 == 0 goto +29
  198: r1 = *(u64 *)(r3 +0)
  199: r1 += 1
  200: *(u64 *)(r3 +0) = r1
  201: r2 = *(u64 *)(r3 +8)
  202: r1 = *(u64 *)(r10 -192)
  203: r2 += r1
  204: *(u64 *)(r3 +8) = r2
  205: goto +21
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  206: *(u32 *)(r10 -56) = 0
  207: r1 = map[pipe_hint_stats] ll
  209: r2 = r10
  210: r2 += -56
  211: call bpf_map_lookup_elem
  212: r3 = r0
  213: if r3 == 0 goto +13
  214: r1 = *(u64 *)(r3 +0)
  215: r1 += 1
  216: *(u64 *)(r3 +0) = r1
  217: r2 = *(u64 *)(r3 +8)
  218: r1 = *(u64 *)(r10 -192)
  219: r2 += r1
  220: *(u64 *)(r3 +8) = r2
  221: goto +5
      ; drop
  222: r2 = *(u64 *)(r10 -200)
  223: r1 = *(u64 *)(r10 -8)
  224: *(u32 *)(r1 +8) = r2
  225: r0 = 2
  226: exit
      ; epilogue: verdict
  227: r2 = *(u64 *)(r10 -200)
  228: r1 = *(u64 *)(r10 -8)
  229: *(u32 *)(r1 +8) = r2
  230: r0 = 0
  231: exit
