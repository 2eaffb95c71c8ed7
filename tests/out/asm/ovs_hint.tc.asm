; ovs_hint for classifier: 256 instructions, stack 200 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r4 = r1
    2: r6 = *(u32 *)(r4 +76)
    3: r7 = *(u32 *)(r4 +80)
    4: r8 = r6
    5: r2 = 0
    6: r3 = 0
    7: *(u64 *)(r10 -40) = 0
    8: *(u64 *)(r10 -32) = 0
    9: *(u64 *)(r10 -24) = 0
   10: *(u64 *)(r10 -16) = 0
   11: r1 = *(u32 *)(r4 +0)
   12: *(u32 *)(r10 -28) = r1
   13: r1 = *(u32 *)(r4 +8)
   14: *(u32 *)(r10 -24) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   15: r1 = r8
   16: r8 += 14
   17: if r8 > r7 goto +228
      ; v0: bit<16> = read_field hdr0.etherType
   18: r1 = *(u16 *)(r1 +12)
   19: if r1 == 129 goto +3
   20: if r1 == 8 goto +18
   21: if r1 != 56710 goto +67
   22: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   23: r4 = r8
   24: r8 += 4
   25: if r8 > r7 goto +220
      ; v15: bit<12> = read_field hdr1.vid
   26: r1 = *(u16 *)(r4 +0)
   27: r1 &= 65295
      ; write var2, v15
   28: *(u16 *)(r10 -16) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   29: r1 = *(u16 *)(r4 +2)
   30: if r1 == 8 goto +8
   31: if r1 != 56710 goto +57
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   32: r3 = r8
   33: r8 += 40
   34: if r8 > r7 goto +211
      ; v1: bit<8> = read_field hdr3.nextHdr
   35: r1 = *(u8 *)(r3 +6)
   36: if r1 == 6 goto +45
   37: if r1 != 17 goto +51
   38: goto +35
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   39: r2 = r8
   40: r8 += 20
   41: if r8 > r7 goto +204
      ; v6: bit<4> = read_field hdr2.ihl
   42: r1 = *(u8 *)(r2 +0)
   43: r1 &= 15
   44: if r1 == 5 goto +22
   45: if r1 < 6 goto +43
   46: if r1 > 15 goto +42
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   47: r1 = *(u8 *)(r2 +0)
   48: r1 &= 15
      ; v8: bit<32> = cast v7
   49: w1 = w1
      ; v9: bit<32> = const 5
   50: r4 = 5
      ; v10: bit<32> = sub v8, v9
   51: r1 -= r4
   52: w1 = w1
      ; v11: bit<32> = const 0x20
   53: r4 = 32
      ; v12: bit<32> = mul v10, v11
   54: r1 *= r4
   55: w1 = w1
      ; advance v12
   56: if r1 & 7 goto +189
   57: r4 = r1
   58: r4 >>= 3
   59: if r4 > 16383 goto +186
   60: r1 = r8
   61: r1 -= r6
   62: r4 += r1
   63: if r4 > 16383 goto +182
   64: r8 = r6
   65: r8 += r4
   66: if r8 > r7 goto +179
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   67: r4 = *(u16 *)(r2 +6)
   68: r4 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   69: r1 = *(u8 *)(r2 +9)
   70: if r4 != 0 goto +1
   71: if r1 == 6 goto +10
   72: if r4 != 0 goto +16
   73: if r1 != 17 goto +15
      ; prs: block7 (parse_udp)
      ; extract hdr5
   74: r4 = r8
   75: r8 += 4
   76: if r8 > r7 goto +169
      ; v2: bit<16> = read_field hdr5.srcPort
   77: r1 = *(u16 *)(r4 +0)
      ; write var3, v2
   78: *(u16 *)(r10 -14) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
   79: r1 = *(u16 *)(r4 +2)
      ; write var4, v3
   80: *(u16 *)(r10 -12) = r1
   81: goto +7
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   82: r4 = r8
   83: r8 += 4
   84: if r8 > r7 goto +161
      ; v4: bit<16> = read_field hdr4.srcPort
   85: r1 = *(u16 *)(r4 +0)
      ; write var3, v4
   86: *(u16 *)(r10 -14) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
   87: r1 = *(u16 *)(r4 +2)
      ; write var4, v5
   88: *(u16 *)(r10 -12) = r1
      ; v0: bool = const 0
   89: r1 = 0
      ; write var10, v0
   90: *(u8 *)(r10 -9) = r1
      ; v1: bool = is_valid hdr2
   91: if r2 != 0 goto +82
      ; v9: bool = is_valid hdr3
   92: if r3 != 0 goto +16
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   93: *(u32 *)(r10 -88) = 2
   94: r1 = map[pipe_hint_stats] ll
   96: r2 = r10
   97: r2 += -88
   98: call bpf_map_lookup_elem
   99: r3 = r0
  100: if r3 == 0 goto +150
  101: r1 = *(u64 *)(r3 +0)
  102: r1 += 1
  103: *(u64 *)(r3 +0) = r1
  104: r2 = *(u64 *)(r3 +8)
  105: r1 = *(u32 *)(r10 -28)
  106: r2 += r1
  107: *(u64 *)(r3 +8) = r2
  108: goto +142
      ; v10: bit<12> = read var2
  109: r8 = *(u16 *)(r10 -16)
      ; v11: bit<128> = read_field hdr3.srcAddr
  110: r2 = *(u64 *)(r3 +8)
  111: r1 = *(u64 *)(r3 +16)
  112: *(u64 *)(r10 -184) = r2
  113: *(u64 *)(r10 -176) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  114: r2 = *(u64 *)(r3 +24)
  115: r1 = *(u64 *)(r3 +32)
  116: *(u64 *)(r10 -200) = r2
  117: *(u64 *)(r10 -192) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  118: r4 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  119: r3 = *(u16 *)(r10 -14)
      ; v15: bit<16> = read var4
  120: r2 = *(u16 *)(r10 -12)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  121: *(u64 *)(r10 -88) = 0
  122: *(u64 *)(r10 -80) = 0
  123: *(u64 *)(r10 -72) = 0
  124: *(u64 *)(r10 -64) = 0
  125: *(u64 *)(r10 -56) = 0
  126: *(u16 *)(r10 -88) = r8
  127: r1 = *(u64 *)(r10 -184)
  128: *(u16 *)(r10 -86) = r1
  129: r1 >>= 16
  130: *(u32 *)(r10 -84) = r1
  131: r1 >>= 32
  132: *(u16 *)(r10 -80) = r1
  133: r1 = *(u64 *)(r10 -176)
  134: *(u16 *)(r10 -78) = r1
  135: r1 >>= 16
  136: *(u32 *)(r10 -76) = r1
  137: r1 >>= 32
  138: *(u16 *)(r10 -72) = r1
  139: r1 = *(u64 *)(r10 -200)
  140: *(u16 *)(r10 -70) = r1
  141: r1 >>= 16
  142: *(u32 *)(r10 -68) = r1
  143: r1 >>= 32
  144: *(u16 *)(r10 -64) = r1
  145: r1 = *(u64 *)(r10 -192)
  146: *(u16 *)(r10 -62) = r1
  147: r1 >>= 16
  148: *(u32 *)(r10 -60) = r1
  149: r1 >>= 32
  150: *(u16 *)(r10 -56) = r1
  151: r1 = r4
  152: *(u8 *)(r10 -54) = r1
  153: r1 = r3
  154: *(u8 *)(r10 -53) = r1
  155: r1 >>= 8
  156: *(u8 *)(r10 -52) = r1
  157: r1 = r2
  158: *(u8 *)(r10 -51) = r1
  159: r1 >>= 8
  160: *(u8 *)(r10 -50) = r1
  161: r1 = map[pipe_flows6] ll
  163: r2 = r10
  164: r2 += -88
  165: call bpf_map_lookup_elem
  166: r1 = r0
  167: r2 = 0
  168: if r1 == 0 goto +3
  169: r2 = 1
  170: r1 = *(u32 *)(r1 +0)
  171: *(u32 *)(r10 -24) = r1
      ; write var10, v16
  172: *(u8 *)(r10 -9) = r2
  173: goto +38
      ; v2: bit<12> = read var2
  174: r9 = *(u16 *)(r10 -16)
      ; v3: bit<32> = read_field hdr2.srcAddr
  175: r1 = *(u32 *)(r2 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  176: r8 = *(u32 *)(r2 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  177: r4 = *(u8 *)(r2 +9)
      ; v6: bit<16> = read var3
  178: r3 = *(u16 *)(r10 -14)
      ; v7: bit<16> = read var4
  179: r2 = *(u16 *)(r10 -12)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  180: *(u64 *)(r10 -88) = 0
  181: *(u64 *)(r10 -80) = 0
  182: *(u16 *)(r10 -88) = r9
  183: *(u16 *)(r10 -86) = r1
  184: r1 >>= 16
  185: *(u16 *)(r10 -84) = r1
  186: r1 = r8
  187: *(u16 *)(r10 -82) = r1
  188: r1 >>= 16
  189: *(u16 *)(r10 -80) = r1
  190: r1 = r4
  191: *(u8 *)(r10 -78) = r1
  192: r1 = r3
  193: *(u8 *)(r10 -77) = r1
  194: r1 >>= 8
  195: *(u8 *)(r10 -76) = r1
  196: r1 = r2
  197: *(u8 *)(r10 -75) = r1
  198: r1 >>= 8
  199: *(u8 *)(r10 -74) = r1
  200: r1 = map[pipe_flows4] ll
  202: r2 = r10
  203: r2 += -88
  204: call bpf_map_lookup_elem
  205: r1 = r0
  206: r2 = 0
  207: if r1 == 0 goto +3
  208: r2 = 1
  209: r1 = *(u32 *)(r1 +0)
  210: *(u32 *)(r10 -24) = r1
      ; write var10, v8
  211: *(u8 *)(r10 -9) = r2
      ; v19: bool = read var10
  212: r1 = *(u8 *)(r10 -9)
  213: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  214: *(u32 *)(r10 -88) = 1
  215: r1 = map[pipe_hint_stats] ll
  217: r2 = r10
  218: r2 += -88
  219: call bpf_map_lookup_elem
  220: r3 = r0
  221: if r3 == 0 goto +29
  222: r1 = *(u64 *)(r3 +0)
  223: r1 += 1
  224: *(u64 *)(r3 +0) = r1
  225: r2 = *(u64 *)(r3 +8)
  226: r1 = *(u32 *)(r10 -28)
  227: r2 += r1
  228: *(u64 *)(r3 +8) = r2
  229: goto +21
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  230: *(u32 *)(r10 -88) = 0
  231: r1 = map[pipe_hint_stats] ll
  233: r2 = r10
  234: r2 += -88
  235: call bpf_map_lookup_elem
  236: r3 = r0
  237: if r3 == 0 goto +13
  238: r1 = *(u64 *)(r3 +0)
  239: r1 += 1
  240: *(u64 *)(r3 +0) = r1
  241: r2 = *(u64 *)(r3 +8)
  242: r1 = *(u32 *)(r10 -28)
  243: r2 += r1
  244: *(u64 *)(r3 +8) = r2
  245: goto +5
      ; drop
  246: r2 = *(u32 *)(r10 -24)
  247: r1 = *(u64 *)(r10 -8)
  248: *(u32 *)(r1 +8) = r2
  249: r0 = 2
  250: exit
      ; epilogue: verdict
  251: r2 = *(u32 *)(r10 -24)
  252: r1 = *(u64 *)(r10 -8)
  253: *(u32 *)(r1 +8) = r2
  254: r0 = 0
  255: exit
