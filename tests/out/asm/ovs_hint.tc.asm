; ovs_hint for classifier: 322 instructions, stack 200 bytes, 3 maps
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
   17: if r8 > r7 goto +292
      ; v0: bit<16> = read_field hdr0.etherType
   18: r1 = *(u16 *)(r1 +12)
   19: r1 = be16 r1
   20: if r1 == 33024 goto +3
   21: if r1 == 2048 goto +20
   22: if r1 != 34525 goto +74
   23: goto +11
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   24: r4 = r8
   25: r8 += 4
   26: if r8 > r7 goto +283
      ; v15: bit<12> = read_field hdr1.vid
   27: r1 = *(u16 *)(r4 +0)
   28: r1 = be16 r1
   29: r1 &= 4095
      ; write var2, v15
   30: *(u16 *)(r10 -16) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   31: r1 = *(u16 *)(r4 +2)
   32: r1 = be16 r1
   33: if r1 == 2048 goto +8
   34: if r1 != 34525 goto +62
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   35: r3 = r8
   36: r8 += 40
   37: if r8 > r7 goto +272
      ; v1: bit<8> = read_field hdr3.nextHdr
   38: r1 = *(u8 *)(r3 +6)
   39: if r1 == 6 goto +48
   40: if r1 != 17 goto +56
   41: goto +36
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   42: r2 = r8
   43: r8 += 20
   44: if r8 > r7 goto +265
      ; v6: bit<4> = read_field hdr2.ihl
   45: r1 = *(u8 *)(r2 +0)
   46: r1 &= 15
   47: if r1 == 5 goto +22
   48: if r1 < 6 goto +48
   49: if r1 > 15 goto +47
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   50: r1 = *(u8 *)(r2 +0)
   51: r1 &= 15
      ; v8: bit<32> = cast v7
   52: w1 = w1
      ; v9: bit<32> = const 5
   53: r4 = 5
      ; v10: bit<32> = sub v8, v9
   54: r1 -= r4
   55: w1 = w1
      ; v11: bit<32> = const 0x20
   56: r4 = 32
      ; v12: bit<32> = mul v10, v11
   57: r1 *= r4
   58: w1 = w1
      ; advance v12
   59: if r1 & 7 goto +250
   60: r4 = r1
   61: r4 >>= 3
   62: if r4 > 16383 goto +247
   63: r1 = r8
   64: r1 -= r6
   65: r4 += r1
   66: if r4 > 16383 goto +243
   67: r8 = r6
   68: r8 += r4
   69: if r8 > r7 goto +240
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   70: r4 = *(u16 *)(r2 +6)
   71: r4 = be16 r4
   72: r4 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
   73: r1 = *(u8 *)(r2 +9)
   74: if r4 != 0 goto +1
   75: if r1 == 6 goto +12
   76: if r4 != 0 goto +20
   77: if r1 != 17 goto +19
      ; prs: block7 (parse_udp)
      ; extract hdr5
   78: r4 = r8
   79: r8 += 4
   80: if r8 > r7 goto +229
      ; v2: bit<16> = read_field hdr5.srcPort
   81: r1 = *(u16 *)(r4 +0)
   82: r1 = be16 r1
      ; write var3, v2
   83: *(u16 *)(r10 -14) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
   84: r1 = *(u16 *)(r4 +2)
   85: r1 = be16 r1
      ; write var4, v3
   86: *(u16 *)(r10 -12) = r1
   87: goto +9
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   88: r4 = r8
   89: r8 += 4
   90: if r8 > r7 goto +219
      ; v4: bit<16> = read_field hdr4.srcPort
   91: r1 = *(u16 *)(r4 +0)
   92: r1 = be16 r1
      ; write var3, v4
   93: *(u16 *)(r10 -14) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
   94: r1 = *(u16 *)(r4 +2)
   95: r1 = be16 r1
      ; write var4, v5
   96: *(u16 *)(r10 -12) = r1
      ; v0: bool = const 0
   97: r1 = 0
      ; write var10, v0
   98: *(u8 *)(r10 -9) = r1
      ; v1: bool = is_valid hdr2
   99: if r2 != 0 goto +120
      ; v9: bool = is_valid hdr3
  100: if r3 != 0 goto +20
      ; v17: bit<32> = const 2
  101: r2 = 2
      ; v18: bit<32> = const 1
  102: r1 = 1
      ; count counter0[v17] += v18
  103: *(u32 *)(r10 -88) = r2
  104: *(u64 *)(r10 -160) = r1
  105: r1 = map[pipe_hint_stats] ll
  107: r2 = r10
  108: r2 += -88
  109: call bpf_map_lookup_elem
  110: r3 = r0
  111: if r3 == 0 goto +204
  112: r2 = *(u64 *)(r3 +0)
  113: r1 = *(u64 *)(r10 -160)
  114: r2 += r1
  115: *(u64 *)(r3 +0) = r2
  116: r2 = *(u64 *)(r3 +8)
  117: r1 = *(u32 *)(r10 -28)
  118: r2 += r1
  119: *(u64 *)(r3 +8) = r2
  120: goto +195
      ; v10: bit<12> = read var2
  121: r8 = *(u16 *)(r10 -16)
      ; v11: bit<128> = read_field hdr3.srcAddr
  122: r2 = 0
  123: r1 = 0
  124: r2 = *(u64 *)(r3 +8)
  125: r2 = be64 r2
  126: r1 = *(u64 *)(r3 +16)
  127: r1 = be64 r1
  128: *(u64 *)(r10 -184) = r1
  129: *(u64 *)(r10 -176) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  130: r2 = 0
  131: r1 = 0
  132: r2 = *(u64 *)(r3 +24)
  133: r2 = be64 r2
  134: r1 = *(u64 *)(r3 +32)
  135: r1 = be64 r1
  136: *(u64 *)(r10 -200) = r1
  137: *(u64 *)(r10 -192) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  138: r4 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  139: r3 = *(u16 *)(r10 -14)
      ; v15: bit<16> = read var4
  140: r2 = *(u16 *)(r10 -12)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  141: *(u64 *)(r10 -88) = 0
  142: *(u64 *)(r10 -80) = 0
  143: *(u64 *)(r10 -72) = 0
  144: *(u64 *)(r10 -64) = 0
  145: *(u64 *)(r10 -56) = 0
  146: r1 = r8
  147: r1 = be16 r1
  148: *(u16 *)(r10 -88) = r1
  149: r8 = *(u64 *)(r10 -184)
  150: r1 = *(u64 *)(r10 -176)
  151: r9 = r1
  152: r1 = be16 r1
  153: *(u16 *)(r10 -80) = r1
  154: r9 >>= 16
  155: r1 = r9
  156: r1 = be32 r1
  157: *(u32 *)(r10 -84) = r1
  158: r9 >>= 32
  159: r1 = r9
  160: r1 = be16 r1
  161: *(u16 *)(r10 -86) = r1
  162: r1 = r8
  163: r1 = be16 r1
  164: *(u16 *)(r10 -72) = r1
  165: r8 >>= 16
  166: r1 = r8
  167: r1 = be32 r1
  168: *(u32 *)(r10 -76) = r1
  169: r8 >>= 32
  170: r1 = r8
  171: r1 = be16 r1
  172: *(u16 *)(r10 -78) = r1
  173: r8 = *(u64 *)(r10 -200)
  174: r1 = *(u64 *)(r10 -192)
  175: r9 = r1
  176: r1 = be16 r1
  177: *(u16 *)(r10 -64) = r1
  178: r9 >>= 16
  179: r1 = r9
  180: r1 = be32 r1
  181: *(u32 *)(r10 -68) = r1
  182: r9 >>= 32
  183: r1 = r9
  184: r1 = be16 r1
  185: *(u16 *)(r10 -70) = r1
  186: r1 = r8
  187: r1 = be16 r1
  188: *(u16 *)(r10 -56) = r1
  189: r8 >>= 16
  190: r1 = r8
  191: r1 = be32 r1
  192: *(u32 *)(r10 -60) = r1
  193: r8 >>= 32
  194: r1 = r8
  195: r1 = be16 r1
  196: *(u16 *)(r10 -62) = r1
  197: r1 = r4
  198: *(u8 *)(r10 -54) = r1
  199: r1 = r3
  200: *(u8 *)(r10 -52) = r1
  201: r1 >>= 8
  202: *(u8 *)(r10 -53) = r1
  203: r1 = r2
  204: *(u8 *)(r10 -50) = r1
  205: r1 >>= 8
  206: *(u8 *)(r10 -51) = r1
  207: r1 = map[pipe_flows6] ll
  209: r2 = r10
  210: r2 += -88
  211: call bpf_map_lookup_elem
  212: r1 = r0
  213: r2 = 0
  214: if r1 == 0 goto +3
  215: r2 = 1
  216: r1 = *(u32 *)(r1 +0)
  217: *(u32 *)(r10 -24) = r1
      ; write var10, v16
  218: *(u8 *)(r10 -9) = r2
  219: goto +48
      ; v2: bit<12> = read var2
  220: r1 = *(u16 *)(r10 -16)
      ; v3: bit<32> = read_field hdr2.srcAddr
  221: r9 = *(u32 *)(r2 +12)
  222: r9 = be32 r9
      ; v4: bit<32> = read_field hdr2.dstAddr
  223: r4 = *(u32 *)(r2 +16)
  224: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  225: r8 = *(u8 *)(r2 +9)
      ; v6: bit<16> = read var3
  226: r3 = *(u16 *)(r10 -14)
      ; v7: bit<16> = read var4
  227: r2 = *(u16 *)(r10 -12)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  228: *(u64 *)(r10 -88) = 0
  229: *(u64 *)(r10 -80) = 0
  230: r1 = be16 r1
  231: *(u16 *)(r10 -88) = r1
  232: r1 = r9
  233: r1 = be16 r1
  234: *(u16 *)(r10 -84) = r1
  235: r9 >>= 16
  236: r1 = r9
  237: r1 = be16 r1
  238: *(u16 *)(r10 -86) = r1
  239: r1 = r4
  240: r1 = be16 r1
  241: *(u16 *)(r10 -80) = r1
  242: r4 >>= 16
  243: r1 = r4
  244: r1 = be16 r1
  245: *(u16 *)(r10 -82) = r1
  246: r1 = r8
  247: *(u8 *)(r10 -78) = r1
  248: r1 = r3
  249: *(u8 *)(r10 -76) = r1
  250: r1 >>= 8
  251: *(u8 *)(r10 -77) = r1
  252: r1 = r2
  253: *(u8 *)(r10 -74) = r1
  254: r1 >>= 8
  255: *(u8 *)(r10 -75) = r1
  256: r1 = map[pipe_flows4] ll
  258: r2 = r10
  259: r2 += -88
  260: call bpf_map_lookup_elem
  261: r1 = r0
  262: r2 = 0
  263: if r1 == 0 goto +3
  264: r2 = 1
  265: r1 = *(u32 *)(r1 +0)
  266: *(u32 *)(r10 -24) = r1
      ; write var10, v8
  267: *(u8 *)(r10 -9) = r2
      ; v19: bool = read var10
  268: r1 = *(u8 *)(r10 -9)
  269: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  270: r2 = 1
      ; v23: bit<32> = const 1
  271: r1 = 1
      ; count counter0[v22] += v23
  272: *(u32 *)(r10 -88) = r2
  273: *(u64 *)(r10 -160) = r1
  274: r1 = map[pipe_hint_stats] ll
  276: r2 = r10
  277: r2 += -88
  278: call bpf_map_lookup_elem
  279: r3 = r0
  280: if r3 == 0 goto +35
  281: r2 = *(u64 *)(r3 +0)
  282: r1 = *(u64 *)(r10 -160)
  283: r2 += r1
  284: *(u64 *)(r3 +0) = r2
  285: r2 = *(u64 *)(r3 +8)
  286: r1 = *(u32 *)(r10 -28)
  287: r2 += r1
  288: *(u64 *)(r3 +8) = r2
  289: goto +26
      ; v20: bit<32> = const 0
  290: r2 = 0
      ; v21: bit<32> = const 1
  291: r1 = 1
      ; count counter0[v20] += v21
  292: *(u32 *)(r10 -88) = r2
  293: *(u64 *)(r10 -160) = r1
  294: r1 = map[pipe_hint_stats] ll
  296: r2 = r10
  297: r2 += -88
  298: call bpf_map_lookup_elem
  299: r3 = r0
  300: if r3 == 0 goto +15
  301: r2 = *(u64 *)(r3 +0)
  302: r1 = *(u64 *)(r10 -160)
  303: r2 += r1
  304: *(u64 *)(r3 +0) = r2
  305: r2 = *(u64 *)(r3 +8)
  306: r1 = *(u32 *)(r10 -28)
  307: r2 += r1
  308: *(u64 *)(r3 +8) = r2
  309: goto +6
      ; drop
  310: r2 = *(u32 *)(r10 -24)
  311: r1 = *(u32 *)(r10 -20)
  312: r1 = *(u64 *)(r10 -8)
  313: *(u32 *)(r1 +8) = r2
  314: r0 = 2
  315: exit
      ; epilogue: verdict
  316: r2 = *(u32 *)(r10 -24)
  317: r1 = *(u32 *)(r10 -20)
  318: r1 = *(u64 *)(r10 -8)
  319: *(u32 *)(r1 +8) = r2
  320: r0 = 0
  321: exit
