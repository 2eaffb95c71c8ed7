; ovs_hint for xdp: 367 instructions, stack 240 bytes, 3 maps
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
   24: if r9 > r7 goto +300
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: r1 = be16 r1
   27: if r1 == 33024 goto +3
   28: if r1 == 2048 goto +22
   29: if r1 != 34525 goto +76
   30: goto +11
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   31: r2 = r9
   32: r9 += 4
   33: if r9 > r7 goto +291
      ; v15: bit<12> = read_field hdr1.vid
   34: r1 = *(u16 *)(r2 +0)
   35: r1 = be16 r1
   36: r1 &= 4095
      ; write var2, v15
   37: *(u16 *)(r10 -16) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   38: r1 = *(u16 *)(r2 +2)
   39: r1 = be16 r1
   40: if r1 == 2048 goto +10
   41: if r1 != 34525 goto +64
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   42: r0 = r9
   43: *(u64 *)(r10 -240) = r0
   44: r9 += 40
   45: if r9 > r7 goto +279
      ; v1: bit<8> = read_field hdr3.nextHdr
   46: r0 = *(u64 *)(r10 -240)
   47: r1 = *(u8 *)(r0 +6)
   48: if r1 == 6 goto +48
   49: if r1 != 17 goto +56
   50: goto +36
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   51: r8 = r9
   52: r9 += 20
   53: if r9 > r7 goto +271
      ; v6: bit<4> = read_field hdr2.ihl
   54: r1 = *(u8 *)(r8 +0)
   55: r1 &= 15
   56: if r1 == 5 goto +22
   57: if r1 < 6 goto +48
   58: if r1 > 15 goto +47
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   59: r1 = *(u8 *)(r8 +0)
   60: r1 &= 15
      ; v8: bit<32> = cast v7
   61: w1 = w1
      ; v9: bit<32> = const 5
   62: r2 = 5
      ; v10: bit<32> = sub v8, v9
   63: r1 -= r2
   64: w1 = w1
      ; v11: bit<32> = const 0x20
   65: r2 = 32
      ; v12: bit<32> = mul v10, v11
   66: r1 *= r2
   67: w1 = w1
      ; advance v12
   68: if r1 & 7 goto +256
   69: r2 = r1
   70: r2 >>= 3
   71: if r2 > 16383 goto +253
   72: r1 = r9
   73: r1 -= r6
   74: r2 += r1
   75: if r2 > 16383 goto +249
   76: r9 = r6
   77: r9 += r2
   78: if r9 > r7 goto +246
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   79: r2 = *(u16 *)(r8 +6)
   80: r2 = be16 r2
   81: r2 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
   82: r1 = *(u8 *)(r8 +9)
   83: if r2 != 0 goto +1
   84: if r1 == 6 goto +12
   85: if r2 != 0 goto +20
   86: if r1 != 17 goto +19
      ; prs: block7 (parse_udp)
      ; extract hdr5
   87: r2 = r9
   88: r9 += 4
   89: if r9 > r7 goto +235
      ; v2: bit<16> = read_field hdr5.srcPort
   90: r1 = *(u16 *)(r2 +0)
   91: r1 = be16 r1
      ; write var3, v2
   92: *(u16 *)(r10 -14) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
   93: r1 = *(u16 *)(r2 +2)
   94: r1 = be16 r1
      ; write var4, v3
   95: *(u16 *)(r10 -12) = r1
   96: goto +9
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   97: r2 = r9
   98: r9 += 4
   99: if r9 > r7 goto +225
      ; v4: bit<16> = read_field hdr4.srcPort
  100: r1 = *(u16 *)(r2 +0)
  101: r1 = be16 r1
      ; write var3, v4
  102: *(u16 *)(r10 -14) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  103: r1 = *(u16 *)(r2 +2)
  104: r1 = be16 r1
      ; write var4, v5
  105: *(u16 *)(r10 -12) = r1
      ; v0: bool = const 0
  106: r1 = 0
      ; write var10, v0
  107: *(u8 *)(r10 -9) = r1
      ; v1: bool = is_valid hdr2
  108: if r8 != 0 goto +126
      ; v9: bool = is_valid hdr3
  109: r0 = *(u64 *)(r10 -240)
  110: if r0 != 0 goto +20
      ; v17: bit<32> = const 2
  111: r2 = 2
      ; v18: bit<32> = const 1
  112: r1 = 1
      ; count counter0[v17] += v18
  113: *(u32 *)(r10 -88) = r2
  114: *(u64 *)(r10 -160) = r1
  115: r1 = map[pipe_hint_stats] ll
  117: r2 = r10
  118: r2 += -88
  119: call bpf_map_lookup_elem
  120: r3 = r0
  121: if r3 == 0 goto +224
  122: r2 = *(u64 *)(r3 +0)
  123: r1 = *(u64 *)(r10 -160)
  124: r2 += r1
  125: *(u64 *)(r3 +0) = r2
  126: r2 = *(u64 *)(r3 +8)
  127: r1 = *(u32 *)(r10 -28)
  128: r2 += r1
  129: *(u64 *)(r3 +8) = r2
  130: goto +215
      ; v10: bit<12> = read var2
  131: r8 = *(u16 *)(r10 -16)
      ; v11: bit<128> = read_field hdr3.srcAddr
  132: r2 = 0
  133: r1 = 0
  134: r0 = *(u64 *)(r10 -240)
  135: r2 = *(u64 *)(r0 +8)
  136: r2 = be64 r2
  137: r0 = *(u64 *)(r10 -240)
  138: r1 = *(u64 *)(r0 +16)
  139: r1 = be64 r1
  140: *(u64 *)(r10 -184) = r1
  141: *(u64 *)(r10 -176) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  142: r2 = 0
  143: r1 = 0
  144: r0 = *(u64 *)(r10 -240)
  145: r2 = *(u64 *)(r0 +24)
  146: r2 = be64 r2
  147: r0 = *(u64 *)(r10 -240)
  148: r1 = *(u64 *)(r0 +32)
  149: r1 = be64 r1
  150: *(u64 *)(r10 -200) = r1
  151: *(u64 *)(r10 -192) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  152: r0 = *(u64 *)(r10 -240)
  153: r4 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  154: r3 = *(u16 *)(r10 -14)
      ; v15: bit<16> = read var4
  155: r2 = *(u16 *)(r10 -12)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  156: *(u64 *)(r10 -88) = 0
  157: *(u64 *)(r10 -80) = 0
  158: *(u64 *)(r10 -72) = 0
  159: *(u64 *)(r10 -64) = 0
  160: *(u64 *)(r10 -56) = 0
  161: r1 = r8
  162: r1 = be16 r1
  163: *(u16 *)(r10 -88) = r1
  164: r8 = *(u64 *)(r10 -184)
  165: r1 = *(u64 *)(r10 -176)
  166: r9 = r1
  167: r1 = be16 r1
  168: *(u16 *)(r10 -80) = r1
  169: r9 >>= 16
  170: r1 = r9
  171: r1 = be32 r1
  172: *(u32 *)(r10 -84) = r1
  173: r9 >>= 32
  174: r1 = r9
  175: r1 = be16 r1
  176: *(u16 *)(r10 -86) = r1
  177: r1 = r8
  178: r1 = be16 r1
  179: *(u16 *)(r10 -72) = r1
  180: r8 >>= 16
  181: r1 = r8
  182: r1 = be32 r1
  183: *(u32 *)(r10 -76) = r1
  184: r8 >>= 32
  185: r1 = r8
  186: r1 = be16 r1
  187: *(u16 *)(r10 -78) = r1
  188: r8 = *(u64 *)(r10 -200)
  189: r1 = *(u64 *)(r10 -192)
  190: r9 = r1
  191: r1 = be16 r1
  192: *(u16 *)(r10 -64) = r1
  193: r9 >>= 16
  194: r1 = r9
  195: r1 = be32 r1
  196: *(u32 *)(r10 -68) = r1
  197: r9 >>= 32
  198: r1 = r9
  199: r1 = be16 r1
  200: *(u16 *)(r10 -70) = r1
  201: r1 = r8
  202: r1 = be16 r1
  203: *(u16 *)(r10 -56) = r1
  204: r8 >>= 16
  205: r1 = r8
  206: r1 = be32 r1
  207: *(u32 *)(r10 -60) = r1
  208: r8 >>= 32
  209: r1 = r8
  210: r1 = be16 r1
  211: *(u16 *)(r10 -62) = r1
  212: r1 = r4
  213: *(u8 *)(r10 -54) = r1
  214: r1 = r3
  215: *(u8 *)(r10 -52) = r1
  216: r1 >>= 8
  217: *(u8 *)(r10 -53) = r1
  218: r1 = r2
  219: *(u8 *)(r10 -50) = r1
  220: r1 >>= 8
  221: *(u8 *)(r10 -51) = r1
  222: r1 = map[pipe_flows6] ll
  224: r2 = r10
  225: r2 += -88
  226: call bpf_map_lookup_elem
  227: r1 = r0
  228: r2 = 0
  229: if r1 == 0 goto +3
  230: r2 = 1
  231: r1 = *(u32 *)(r1 +0)
  232: *(u32 *)(r10 -24) = r1
      ; write var10, v16
  233: *(u8 *)(r10 -9) = r2
  234: goto +48
      ; v2: bit<12> = read var2
  235: r9 = *(u16 *)(r10 -16)
      ; v3: bit<32> = read_field hdr2.srcAddr
  236: r4 = *(u32 *)(r8 +12)
  237: r4 = be32 r4
      ; v4: bit<32> = read_field hdr2.dstAddr
  238: r1 = *(u32 *)(r8 +16)
  239: r1 = be32 r1
      ; v5: bit<8> = read_field hdr2.protocol
  240: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  241: r3 = *(u16 *)(r10 -14)
      ; v7: bit<16> = read var4
  242: r2 = *(u16 *)(r10 -12)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  243: *(u64 *)(r10 -88) = 0
  244: *(u64 *)(r10 -80) = 0
  245: r9 = be16 r9
  246: *(u16 *)(r10 -88) = r9
  247: r9 = r4
  248: r4 = be16 r4
  249: *(u16 *)(r10 -84) = r4
  250: r9 >>= 16
  251: r4 = r9
  252: r4 = be16 r4
  253: *(u16 *)(r10 -86) = r4
  254: r4 = r1
  255: r1 = be16 r1
  256: *(u16 *)(r10 -80) = r1
  257: r4 >>= 16
  258: r1 = r4
  259: r1 = be16 r1
  260: *(u16 *)(r10 -82) = r1
  261: r1 = r8
  262: *(u8 *)(r10 -78) = r1
  263: r1 = r3
  264: *(u8 *)(r10 -76) = r1
  265: r1 >>= 8
  266: *(u8 *)(r10 -77) = r1
  267: r1 = r2
  268: *(u8 *)(r10 -74) = r1
  269: r1 >>= 8
  270: *(u8 *)(r10 -75) = r1
  271: r1 = map[pipe_flows4] ll
  273: r2 = r10
  274: r2 += -88
  275: call bpf_map_lookup_elem
  276: r1 = r0
  277: r2 = 0
  278: if r1 == 0 goto +3
  279: r2 = 1
  280: r1 = *(u32 *)(r1 +0)
  281: *(u32 *)(r10 -24) = r1
      ; write var10, v8
  282: *(u8 *)(r10 -9) = r2
      ; v19: bool = read var10
  283: r1 = *(u8 *)(r10 -9)
  284: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  285: r2 = 1
      ; v23: bit<32> = const 1
  286: r1 = 1
      ; count counter0[v22] += v23
  287: *(u32 *)(r10 -88) = r2
  288: *(u64 *)(r10 -160) = r1
  289: r1 = map[pipe_hint_stats] ll
  291: r2 = r10
  292: r2 += -88
  293: call bpf_map_lookup_elem
  294: r3 = r0
  295: if r3 == 0 goto +50
  296: r2 = *(u64 *)(r3 +0)
  297: r1 = *(u64 *)(r10 -160)
  298: r2 += r1
  299: *(u64 *)(r3 +0) = r2
  300: r2 = *(u64 *)(r3 +8)
  301: r1 = *(u32 *)(r10 -28)
  302: r2 += r1
  303: *(u64 *)(r3 +8) = r2
  304: goto +41
      ; v20: bit<32> = const 0
  305: r2 = 0
      ; v21: bit<32> = const 1
  306: r1 = 1
      ; count counter0[v20] += v21
  307: *(u32 *)(r10 -88) = r2
  308: *(u64 *)(r10 -160) = r1
  309: r1 = map[pipe_hint_stats] ll
  311: r2 = r10
  312: r2 += -88
  313: call bpf_map_lookup_elem
  314: r3 = r0
  315: if r3 == 0 goto +30
  316: r2 = *(u64 *)(r3 +0)
  317: r1 = *(u64 *)(r10 -160)
  318: r2 += r1
  319: *(u64 *)(r3 +0) = r2
  320: r2 = *(u64 *)(r3 +8)
  321: r1 = *(u32 *)(r10 -28)
  322: r2 += r1
  323: *(u64 *)(r3 +8) = r2
  324: goto +21
      ; drop
  325: r2 = *(u32 *)(r10 -24)
  326: r1 = *(u32 *)(r10 -20)
  327: *(u64 *)(r10 -208) = r2
  328: *(u64 *)(r10 -216) = r1
  329: r1 = *(u64 *)(r10 -8)
  330: r2 = 0xfffffffffffffff8 ll
  332: call bpf_xdp_adjust_meta
  333: if r0 != 0 goto +10
  334: r1 = *(u64 *)(r10 -8)
  335: r3 = *(u32 *)(r1 +8)
  336: r2 = *(u32 *)(r1 +0)
  337: r1 = r3
  338: r1 += 8
  339: if r1 > r2 goto +4
  340: r1 = *(u64 *)(r10 -208)
  341: *(u32 *)(r3 +0) = r1
  342: r1 = *(u64 *)(r10 -216)
  343: *(u32 *)(r3 +4) = r1
  344: r0 = 1
  345: exit
      ; epilogue: verdict
  346: r2 = *(u32 *)(r10 -24)
  347: r1 = *(u32 *)(r10 -20)
  348: *(u64 *)(r10 -224) = r2
  349: *(u64 *)(r10 -232) = r1
  350: r1 = *(u64 *)(r10 -8)
  351: r2 = 0xfffffffffffffff8 ll
  353: call bpf_xdp_adjust_meta
  354: if r0 != 0 goto +10
  355: r1 = *(u64 *)(r10 -8)
  356: r3 = *(u32 *)(r1 +8)
  357: r2 = *(u32 *)(r1 +0)
  358: r1 = r3
  359: r1 += 8
  360: if r1 > r2 goto +4
  361: r1 = *(u64 *)(r10 -224)
  362: *(u32 *)(r3 +0) = r1
  363: r1 = *(u64 *)(r10 -232)
  364: *(u32 *)(r3 +4) = r1
  365: r0 = 2
  366: exit
