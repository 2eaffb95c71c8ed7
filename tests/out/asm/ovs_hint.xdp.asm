; ovs_hint for xdp: 302 instructions, stack 240 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r2 = r1
    2: r6 = *(u32 *)(r2 +0)
    3: r7 = *(u32 *)(r2 +4)
    4: r9 = r6
    5: r8 = 0
    6: r0 = 0
    7: *(u64 *)(r10 -240) = r0
    8: *(u64 *)(r10 -40) = 0
    9: *(u64 *)(r10 -32) = 0
   10: *(u64 *)(r10 -24) = 0
   11: *(u64 *)(r10 -16) = 0
   12: r3 = *(u32 *)(r2 +8)
   13: r1 = r3
   14: r1 += 8
   15: if r1 > r6 goto +2
   16: r1 = *(u32 *)(r3 +0)
   17: *(u32 *)(r10 -24) = r1
   18: r1 = r2
   19: call bpf_xdp_get_buff_len
   20: r1 = r0
   21: *(u32 *)(r10 -28) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   22: r1 = r9
   23: r9 += 14
   24: if r9 > r7 goto +235
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 == 129 goto +3
   27: if r1 == 8 goto +20
   28: if r1 != 56710 goto +69
   29: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   30: r2 = r9
   31: r9 += 4
   32: if r9 > r7 goto +227
      ; v15: bit<12> = read_field hdr1.vid
   33: r1 = *(u16 *)(r2 +0)
   34: r1 &= 65295
      ; write var2, v15
   35: *(u16 *)(r10 -16) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   36: r1 = *(u16 *)(r2 +2)
   37: if r1 == 8 goto +10
   38: if r1 != 56710 goto +59
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   39: r0 = r9
   40: *(u64 *)(r10 -240) = r0
   41: r9 += 40
   42: if r9 > r7 goto +217
      ; v1: bit<8> = read_field hdr3.nextHdr
   43: r0 = *(u64 *)(r10 -240)
   44: r1 = *(u8 *)(r0 +6)
   45: if r1 == 6 goto +45
   46: if r1 != 17 goto +51
   47: goto +35
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   48: r8 = r9
   49: r9 += 20
   50: if r9 > r7 goto +209
      ; v6: bit<4> = read_field hdr2.ihl
   51: r1 = *(u8 *)(r8 +0)
   52: r1 &= 15
   53: if r1 == 5 goto +22
   54: if r1 < 6 goto +43
   55: if r1 > 15 goto +42
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   56: r1 = *(u8 *)(r8 +0)
   57: r1 &= 15
      ; v8: bit<32> = cast v7
   58: w1 = w1
      ; v9: bit<32> = const 5
   59: r2 = 5
      ; v10: bit<32> = sub v8, v9
   60: r1 -= r2
   61: w1 = w1
      ; v11: bit<32> = const 0x20
   62: r2 = 32
      ; v12: bit<32> = mul v10, v11
   63: r1 *= r2
   64: w1 = w1
      ; advance v12
   65: if r1 & 7 goto +194
   66: r2 = r1
   67: r2 >>= 3
   68: if r2 > 16383 goto +191
   69: r1 = r9
   70: r1 -= r6
   71: r2 += r1
   72: if r2 > 16383 goto +187
   73: r9 = r6
   74: r9 += r2
   75: if r9 > r7 goto +184
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   76: r2 = *(u16 *)(r8 +6)
   77: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   78: r1 = *(u8 *)(r8 +9)
   79: if r2 != 0 goto +1
   80: if r1 == 6 goto +10
   81: if r2 != 0 goto +16
   82: if r1 != 17 goto +15
      ; prs: block7 (parse_udp)
      ; extract hdr5
   83: r2 = r9
   84: r9 += 4
   85: if r9 > r7 goto +174
      ; v2: bit<16> = read_field hdr5.srcPort
   86: r1 = *(u16 *)(r2 +0)
      ; write var3, v2
   87: *(u16 *)(r10 -14) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
   88: r1 = *(u16 *)(r2 +2)
      ; write var4, v3
   89: *(u16 *)(r10 -12) = r1
   90: goto +7
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   91: r2 = r9
   92: r9 += 4
   93: if r9 > r7 goto +166
      ; v4: bit<16> = read_field hdr4.srcPort
   94: r1 = *(u16 *)(r2 +0)
      ; write var3, v4
   95: *(u16 *)(r10 -14) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
   96: r1 = *(u16 *)(r2 +2)
      ; write var4, v5
   97: *(u16 *)(r10 -12) = r1
      ; v0: bool = const 0
   98: r1 = 0
      ; write var10, v0
   99: *(u8 *)(r10 -9) = r1
      ; v1: bool = is_valid hdr2
  100: if r8 != 0 goto +88
      ; v9: bool = is_valid hdr3
  101: r0 = *(u64 *)(r10 -240)
  102: if r0 != 0 goto +16
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
  103: *(u32 *)(r10 -88) = 2
  104: r1 = map[pipe_hint_stats] ll
  106: r2 = r10
  107: r2 += -88
  108: call bpf_map_lookup_elem
  109: r3 = r0
  110: if r3 == 0 goto +170
  111: r1 = *(u64 *)(r3 +0)
  112: r1 += 1
  113: *(u64 *)(r3 +0) = r1
  114: r2 = *(u64 *)(r3 +8)
  115: r1 = *(u32 *)(r10 -28)
  116: r2 += r1
  117: *(u64 *)(r3 +8) = r2
  118: goto +162
      ; v10: bit<12> = read var2
  119: r8 = *(u16 *)(r10 -16)
      ; v11: bit<128> = read_field hdr3.srcAddr
  120: r0 = *(u64 *)(r10 -240)
  121: r2 = *(u64 *)(r0 +8)
  122: r0 = *(u64 *)(r10 -240)
  123: r1 = *(u64 *)(r0 +16)
  124: *(u64 *)(r10 -184) = r2
  125: *(u64 *)(r10 -176) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  126: r0 = *(u64 *)(r10 -240)
  127: r2 = *(u64 *)(r0 +24)
  128: r0 = *(u64 *)(r10 -240)
  129: r1 = *(u64 *)(r0 +32)
  130: *(u64 *)(r10 -200) = r2
  131: *(u64 *)(r10 -192) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  132: r0 = *(u64 *)(r10 -240)
  133: r4 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  134: r3 = *(u16 *)(r10 -14)
      ; v15: bit<16> = read var4
  135: r2 = *(u16 *)(r10 -12)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  136: *(u64 *)(r10 -88) = 0
  137: *(u64 *)(r10 -80) = 0
  138: *(u64 *)(r10 -72) = 0
  139: *(u64 *)(r10 -64) = 0
  140: *(u64 *)(r10 -56) = 0
  141: *(u16 *)(r10 -88) = r8
  142: r1 = *(u64 *)(r10 -184)
  143: *(u16 *)(r10 -86) = r1
  144: r1 >>= 16
  145: *(u32 *)(r10 -84) = r1
  146: r1 >>= 32
  147: *(u16 *)(r10 -80) = r1
  148: r1 = *(u64 *)(r10 -176)
  149: *(u16 *)(r10 -78) = r1
  150: r1 >>= 16
  151: *(u32 *)(r10 -76) = r1
  152: r1 >>= 32
  153: *(u16 *)(r10 -72) = r1
  154: r1 = *(u64 *)(r10 -200)
  155: *(u16 *)(r10 -70) = r1
  156: r1 >>= 16
  157: *(u32 *)(r10 -68) = r1
  158: r1 >>= 32
  159: *(u16 *)(r10 -64) = r1
  160: r1 = *(u64 *)(r10 -192)
  161: *(u16 *)(r10 -62) = r1
  162: r1 >>= 16
  163: *(u32 *)(r10 -60) = r1
  164: r1 >>= 32
  165: *(u16 *)(r10 -56) = r1
  166: r1 = r4
  167: *(u8 *)(r10 -54) = r1
  168: r1 = r3
  169: *(u8 *)(r10 -53) = r1
  170: r1 >>= 8
  171: *(u8 *)(r10 -52) = r1
  172: r1 = r2
  173: *(u8 *)(r10 -51) = r1
  174: r1 >>= 8
  175: *(u8 *)(r10 -50) = r1
  176: r1 = map[pipe_flows6] ll
  178: r2 = r10
  179: r2 += -88
  180: call bpf_map_lookup_elem
  181: r1 = r0
  182: r2 = 0
  183: if r1 == 0 goto +3
  184: r2 = 1
  185: r1 = *(u32 *)(r1 +0)
  186: *(u32 *)(r10 -24) = r1
      ; write var10, v16
  187: *(u8 *)(r10 -9) = r2
  188: goto +37
      ; v2: bit<12> = read var2
  189: r9 = *(u16 *)(r10 -16)
      ; v3: bit<32> = read_field hdr2.srcAddr
  190: r4 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  191: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  192: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  193: r3 = *(u16 *)(r10 -14)
      ; v7: bit<16> = read var4
  194: r2 = *(u16 *)(r10 -12)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  195: *(u64 *)(r10 -88) = 0
  196: *(u64 *)(r10 -80) = 0
  197: *(u16 *)(r10 -88) = r9
  198: *(u16 *)(r10 -86) = r4
  199: r4 >>= 16
  200: *(u16 *)(r10 -84) = r4
  201: *(u16 *)(r10 -82) = r1
  202: r1 >>= 16
  203: *(u16 *)(r10 -80) = r1
  204: r1 = r8
  205: *(u8 *)(r10 -78) = r1
  206: r1 = r3
  207: *(u8 *)(r10 -77) = r1
  208: r1 >>= 8
  209: *(u8 *)(r10 -76) = r1
  210: r1 = r2
  211: *(u8 *)(r10 -75) = r1
  212: r1 >>= 8
  213: *(u8 *)(r10 -74) = r1
  214: r1 = map[pipe_flows4] ll
  216: r2 = r10
  217: r2 += -88
  218: call bpf_map_lookup_elem
  219: r1 = r0
  220: r2 = 0
  221: if r1 == 0 goto +3
  222: r2 = 1
  223: r1 = *(u32 *)(r1 +0)
  224: *(u32 *)(r10 -24) = r1
      ; write var10, v8
  225: *(u8 *)(r10 -9) = r2
      ; v19: bool = read var10
  226: r1 = *(u8 *)(r10 -9)
  227: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  228: *(u32 *)(r10 -88) = 1
  229: r1 = map[pipe_hint_stats] ll
  231: r2 = r10
  232: r2 += -88
  233: call bpf_map_lookup_elem
  234: r3 = r0
  235: if r3 == 0 goto +45
  236: r1 = *(u64 *)(r3 +0)
  237: r1 += 1
  238: *(u64 *)(r3 +0) = r1
  239: r2 = *(u64 *)(r3 +8)
  240: r1 = *(u32 *)(r10 -28)
  241: r2 += r1
  242: *(u64 *)(r3 +8) = r2
  243: goto +37
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  244: *(u32 *)(r10 -88) = 0
  245: r1 = map[pipe_hint_stats] ll
  247: r2 = r10
  248: r2 += -88
  249: call bpf_map_lookup_elem
  250: r3 = r0
  251: if r3 == 0 goto +29
  252: r1 = *(u64 *)(r3 +0)
  253: r1 += 1
  254: *(u64 *)(r3 +0) = r1
  255: r2 = *(u64 *)(r3 +8)
  256: r1 = *(u32 *)(r10 -28)
  257: r2 += r1
  258: *(u64 *)(r3 +8) = r2
  259: goto +21
      ; drop
  260: r2 = *(u32 *)(r10 -24)
  261: r1 = *(u32 *)(r10 -20)
  262: *(u64 *)(r10 -208) = r2
  263: *(u64 *)(r10 -216) = r1
  264: r1 = *(u64 *)(r10 -8)
  265: r2 = 0xfffffffffffffff8 ll
  267: call bpf_xdp_adjust_meta
  268: if r0 != 0 goto +10
  269: r1 = *(u64 *)(r10 -8)
  270: r3 = *(u32 *)(r1 +8)
  271: r2 = *(u32 *)(r1 +0)
  272: r1 = r3
  273: r1 += 8
  274: if r1 > r2 goto +4
  275: r1 = *(u64 *)(r10 -208)
  276: *(u32 *)(r3 +0) = r1
  277: r1 = *(u64 *)(r10 -216)
  278: *(u32 *)(r3 +4) = r1
  279: r0 = 1
  280: exit
      ; epilogue: verdict
  281: r2 = *(u32 *)(r10 -24)
  282: r1 = *(u32 *)(r10 -20)
  283: *(u64 *)(r10 -224) = r2
  284: *(u64 *)(r10 -232) = r1
  285: r1 = *(u64 *)(r10 -8)
  286: r2 = 0xfffffffffffffff8 ll
  288: call bpf_xdp_adjust_meta
  289: if r0 != 0 goto +10
  290: r1 = *(u64 *)(r10 -8)
  291: r3 = *(u32 *)(r1 +8)
  292: r2 = *(u32 *)(r1 +0)
  293: r1 = r3
  294: r1 += 8
  295: if r1 > r2 goto +4
  296: r1 = *(u64 *)(r10 -224)
  297: *(u32 *)(r3 +0) = r1
  298: r1 = *(u64 *)(r10 -232)
  299: *(u32 *)(r3 +4) = r1
  300: r0 = 2
  301: exit
