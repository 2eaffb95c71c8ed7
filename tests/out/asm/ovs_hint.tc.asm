; ovs_hint for classifier: 463 instructions, stack 240 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -72) = 0
    5: *(u64 *)(r10 -64) = 0
    6: *(u64 *)(r10 -56) = 0
    7: *(u64 *)(r10 -48) = 0
    8: *(u64 *)(r10 -40) = 0
    9: *(u64 *)(r10 -32) = 0
   10: *(u64 *)(r10 -24) = 0
   11: r2 = *(u32 *)(r1 +0)
   12: *(u32 *)(r10 -36) = r2
   13: r2 = *(u32 *)(r1 +8)
   14: *(u32 *)(r10 -32) = r2
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   15: r1 = *(u64 *)(r10 -16)
   16: if r1 > 16383 goto +5
   17: r2 = r6
   18: r2 += r1
   19: r3 = r2
   20: r3 += 14
   21: if r3 <= r7 goto +2
   22: *(u32 *)(r10 -44) = 1
   23: goto +427
   24: r3 = r1
   25: r3 += 1
   26: *(u32 *)(r10 -72) = r3
   27: r1 += 14
   28: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   29: r1 = *(u16 *)(r2 +12)
   30: r1 = be16 r1
   31: if r1 != 33024 goto +1
   32: goto +5
   33: if r1 != 2048 goto +1
   34: goto +48
   35: if r1 != 34525 goto +1
   36: goto +26
   37: goto +147
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   38: r1 = *(u64 *)(r10 -16)
   39: if r1 > 16383 goto +5
   40: r2 = r6
   41: r2 += r1
   42: r3 = r2
   43: r3 += 4
   44: if r3 <= r7 goto +2
   45: *(u32 *)(r10 -44) = 1
   46: goto +404
   47: r3 = r1
   48: r3 += 1
   49: *(u32 *)(r10 -68) = r3
   50: r1 += 4
   51: *(u64 *)(r10 -16) = r1
      ; v15: bit<12> = read_field hdr1.vid
   52: r1 = *(u16 *)(r2 +0)
   53: r1 = be16 r1
   54: r1 &= 4095
      ; write var2, v15
   55: *(u16 *)(r10 -24) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   56: r1 = *(u16 *)(r2 +2)
   57: r1 = be16 r1
   58: if r1 != 2048 goto +1
   59: goto +23
   60: if r1 != 34525 goto +1
   61: goto +1
   62: goto +122
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   63: r1 = *(u64 *)(r10 -16)
   64: if r1 > 16383 goto +5
   65: r2 = r6
   66: r2 += r1
   67: r3 = r2
   68: r3 += 40
   69: if r3 <= r7 goto +2
   70: *(u32 *)(r10 -44) = 1
   71: goto +379
   72: r3 = r1
   73: r3 += 1
   74: *(u32 *)(r10 -60) = r3
   75: r1 += 40
   76: *(u64 *)(r10 -16) = r1
      ; v1: bit<8> = read_field hdr3.nextHdr
   77: r1 = *(u8 *)(r2 +6)
   78: if r1 != 6 goto +1
   79: goto +85
   80: if r1 != 17 goto +1
   81: goto +62
   82: goto +102
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   83: r1 = *(u64 *)(r10 -16)
   84: if r1 > 16383 goto +5
   85: r2 = r6
   86: r2 += r1
   87: r3 = r2
   88: r3 += 20
   89: if r3 <= r7 goto +2
   90: *(u32 *)(r10 -44) = 1
   91: goto +359
   92: r3 = r1
   93: r3 += 1
   94: *(u32 *)(r10 -64) = r3
   95: r1 += 20
   96: *(u64 *)(r10 -16) = r1
      ; v6: bit<4> = read_field hdr2.ihl
   97: r1 = *(u8 *)(r2 +0)
   98: r1 &= 15
   99: if r1 != 5 goto +1
  100: goto +32
  101: if r1 < 6 goto +2
  102: if r1 > 15 goto +1
  103: goto +1
  104: goto +80
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
  105: r1 = *(u8 *)(r2 +0)
  106: r1 &= 15
      ; v8: bit<32> = cast v7
  107: r3 = r1
  108: w3 = w3
      ; v9: bit<32> = const 5
  109: r1 = 5
      ; v10: bit<32> = sub v8, v9
  110: r4 = r3
  111: r4 -= r1
  112: w4 = w4
      ; v11: bit<32> = const 0x20
  113: r1 = 32
      ; v12: bit<32> = mul v10, v11
  114: r3 = r4
  115: r3 *= r1
  116: w3 = w3
      ; advance v12
  117: r1 = r3
  118: r1 &= 7
  119: if r1 == 0 goto +2
  120: *(u32 *)(r10 -44) = 6
  121: goto +329
  122: r1 = r3
  123: r1 >>= 3
  124: r3 = *(u64 *)(r10 -16)
  125: r3 += r1
  126: if r3 > 16383 goto +3
  127: r1 = r6
  128: r1 += r3
  129: if r1 <= r7 goto +2
  130: *(u32 *)(r10 -44) = 1
  131: goto +319
  132: *(u64 *)(r10 -16) = r3
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
  133: r1 = *(u16 *)(r2 +6)
  134: r1 = be16 r1
  135: r1 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
  136: r3 = *(u8 *)(r2 +9)
  137: if r1 != 0 goto +2
  138: if r3 != 6 goto +1
  139: goto +25
  140: if r1 != 0 goto +2
  141: if r3 != 17 goto +1
  142: goto +1
  143: goto +41
      ; prs: block7 (parse_udp)
      ; extract hdr5
  144: r1 = *(u64 *)(r10 -16)
  145: if r1 > 16383 goto +5
  146: r2 = r6
  147: r2 += r1
  148: r3 = r2
  149: r3 += 4
  150: if r3 <= r7 goto +2
  151: *(u32 *)(r10 -44) = 1
  152: goto +298
  153: r3 = r1
  154: r3 += 1
  155: *(u32 *)(r10 -52) = r3
  156: r1 += 4
  157: *(u64 *)(r10 -16) = r1
      ; v2: bit<16> = read_field hdr5.srcPort
  158: r1 = *(u16 *)(r2 +0)
  159: r1 = be16 r1
      ; write var3, v2
  160: *(u16 *)(r10 -22) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
  161: r1 = *(u16 *)(r2 +2)
  162: r1 = be16 r1
      ; write var4, v3
  163: *(u16 *)(r10 -20) = r1
  164: goto +20
      ; prs: block8 (parse_tcp)
      ; extract hdr4
  165: r1 = *(u64 *)(r10 -16)
  166: if r1 > 16383 goto +5
  167: r2 = r6
  168: r2 += r1
  169: r3 = r2
  170: r3 += 4
  171: if r3 <= r7 goto +2
  172: *(u32 *)(r10 -44) = 1
  173: goto +277
  174: r3 = r1
  175: r3 += 1
  176: *(u32 *)(r10 -56) = r3
  177: r1 += 4
  178: *(u64 *)(r10 -16) = r1
      ; v4: bit<16> = read_field hdr4.srcPort
  179: r1 = *(u16 *)(r2 +0)
  180: r1 = be16 r1
      ; write var3, v4
  181: *(u16 *)(r10 -22) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  182: r1 = *(u16 *)(r2 +2)
  183: r1 = be16 r1
      ; write var4, v5
  184: *(u16 *)(r10 -20) = r1
      ; v0: bool = const 0
  185: r1 = 0
      ; write var10, v0
  186: *(u8 *)(r10 -17) = r1
      ; v1: bool = is_valid hdr2
  187: r1 = *(u32 *)(r10 -64)
  188: if r1 != 0 goto +145
      ; v9: bool = is_valid hdr3
  189: r1 = *(u32 *)(r10 -60)
  190: if r1 != 0 goto +20
      ; v17: bit<32> = const 2
  191: r1 = 2
      ; v18: bit<32> = const 1
  192: r2 = 1
      ; count counter0[v17] += v18
  193: *(u32 *)(r10 -120) = r1
  194: *(u64 *)(r10 -192) = r2
  195: r1 = map[pipe_hint_stats] ll
  197: r2 = r10
  198: r2 += -120
  199: call bpf_map_lookup_elem
  200: r1 = r0
  201: if r1 == 0 goto +8
  202: r2 = *(u64 *)(r1 +0)
  203: r3 = *(u64 *)(r10 -192)
  204: r2 += r3
  205: *(u64 *)(r1 +0) = r2
  206: r2 = *(u64 *)(r1 +8)
  207: r3 = *(u32 *)(r10 -36)
  208: r2 += r3
  209: *(u64 *)(r1 +8) = r2
  210: goto +246
      ; v10: bit<12> = read var2
  211: r1 = *(u16 *)(r10 -24)
      ; v11: bit<128> = read_field hdr3.srcAddr
  212: r2 = *(u32 *)(r10 -60)
  213: if r2 == 0 goto +7
  214: r2 -= 1
  215: if r2 > 16383 goto +5
  216: r3 = r6
  217: r3 += r2
  218: r2 = r3
  219: r2 += 40
  220: if r2 <= r7 goto +1
  221: r3 = 0
  222: r2 = 0
  223: r4 = 0
  224: if r3 == 0 goto +4
  225: r2 = *(u64 *)(r3 +8)
  226: r2 = be64 r2
  227: r4 = *(u64 *)(r3 +16)
  228: r4 = be64 r4
  229: *(u64 *)(r10 -216) = r4
  230: *(u64 *)(r10 -208) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  231: r2 = 0
  232: r4 = 0
  233: if r3 == 0 goto +4
  234: r2 = *(u64 *)(r3 +24)
  235: r2 = be64 r2
  236: r4 = *(u64 *)(r3 +32)
  237: r4 = be64 r4
  238: *(u64 *)(r10 -232) = r4
  239: *(u64 *)(r10 -224) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  240: r2 = 0
  241: if r3 == 0 goto +1
  242: r2 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  243: r3 = *(u16 *)(r10 -22)
      ; v15: bit<16> = read var4
  244: r4 = *(u16 *)(r10 -20)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  245: *(u64 *)(r10 -120) = 0
  246: *(u64 *)(r10 -112) = 0
  247: *(u64 *)(r10 -104) = 0
  248: *(u64 *)(r10 -96) = 0
  249: *(u64 *)(r10 -88) = 0
  250: r8 = r1
  251: r1 = r8
  252: r1 = be16 r1
  253: *(u16 *)(r10 -120) = r1
  254: r1 = *(u64 *)(r10 -216)
  255: r8 = *(u64 *)(r10 -208)
  256: r9 = r8
  257: r8 = r9
  258: r8 = be16 r8
  259: *(u16 *)(r10 -112) = r8
  260: r9 >>= 16
  261: r8 = r9
  262: r8 = be32 r8
  263: *(u32 *)(r10 -116) = r8
  264: r9 >>= 32
  265: r8 = r9
  266: r8 = be16 r8
  267: *(u16 *)(r10 -118) = r8
  268: r8 = r1
  269: r1 = r8
  270: r1 = be16 r1
  271: *(u16 *)(r10 -104) = r1
  272: r8 >>= 16
  273: r1 = r8
  274: r1 = be32 r1
  275: *(u32 *)(r10 -108) = r1
  276: r8 >>= 32
  277: r1 = r8
  278: r1 = be16 r1
  279: *(u16 *)(r10 -110) = r1
  280: r1 = *(u64 *)(r10 -232)
  281: r8 = *(u64 *)(r10 -224)
  282: r9 = r8
  283: r8 = r9
  284: r8 = be16 r8
  285: *(u16 *)(r10 -96) = r8
  286: r9 >>= 16
  287: r8 = r9
  288: r8 = be32 r8
  289: *(u32 *)(r10 -100) = r8
  290: r9 >>= 32
  291: r8 = r9
  292: r8 = be16 r8
  293: *(u16 *)(r10 -102) = r8
  294: r8 = r1
  295: r1 = r8
  296: r1 = be16 r1
  297: *(u16 *)(r10 -88) = r1
  298: r8 >>= 16
  299: r1 = r8
  300: r1 = be32 r1
  301: *(u32 *)(r10 -92) = r1
  302: r8 >>= 32
  303: r1 = r8
  304: r1 = be16 r1
  305: *(u16 *)(r10 -94) = r1
  306: r1 = r2
  307: r2 = r1
  308: *(u8 *)(r10 -86) = r2
  309: r1 = r3
  310: r2 = r1
  311: *(u8 *)(r10 -84) = r2
  312: r1 >>= 8
  313: r2 = r1
  314: *(u8 *)(r10 -85) = r2
  315: r1 = r4
  316: r2 = r1
  317: *(u8 *)(r10 -82) = r2
  318: r1 >>= 8
  319: r2 = r1
  320: *(u8 *)(r10 -83) = r2
  321: r1 = map[pipe_flows6] ll
  323: r2 = r10
  324: r2 += -120
  325: call bpf_map_lookup_elem
  326: r1 = r0
  327: r2 = 0
  328: if r1 == 0 goto +3
  329: r2 = 1
  330: r3 = *(u32 *)(r1 +0)
  331: *(u32 *)(r10 -32) = r3
      ; write var10, v16
  332: *(u8 *)(r10 -17) = r2
  333: goto +75
      ; v2: bit<12> = read var2
  334: r1 = *(u16 *)(r10 -24)
      ; v3: bit<32> = read_field hdr2.srcAddr
  335: r2 = *(u32 *)(r10 -64)
  336: if r2 == 0 goto +7
  337: r2 -= 1
  338: if r2 > 16383 goto +5
  339: r3 = r6
  340: r3 += r2
  341: r2 = r3
  342: r2 += 20
  343: if r2 <= r7 goto +1
  344: r3 = 0
  345: r2 = 0
  346: if r3 == 0 goto +2
  347: r2 = *(u32 *)(r3 +12)
  348: r2 = be32 r2
      ; v4: bit<32> = read_field hdr2.dstAddr
  349: r4 = 0
  350: if r3 == 0 goto +2
  351: r4 = *(u32 *)(r3 +16)
  352: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  353: r8 = 0
  354: if r3 == 0 goto +1
  355: r8 = *(u8 *)(r3 +9)
      ; v6: bit<16> = read var3
  356: r3 = *(u16 *)(r10 -22)
      ; v7: bit<16> = read var4
  357: r0 = *(u16 *)(r10 -20)
  358: *(u64 *)(r10 -240) = r0
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  359: *(u64 *)(r10 -120) = 0
  360: *(u64 *)(r10 -112) = 0
  361: r9 = r1
  362: r1 = r9
  363: r1 = be16 r1
  364: *(u16 *)(r10 -120) = r1
  365: r1 = r2
  366: r2 = r1
  367: r2 = be16 r2
  368: *(u16 *)(r10 -116) = r2
  369: r1 >>= 16
  370: r2 = r1
  371: r2 = be16 r2
  372: *(u16 *)(r10 -118) = r2
  373: r1 = r4
  374: r2 = r1
  375: r2 = be16 r2
  376: *(u16 *)(r10 -112) = r2
  377: r1 >>= 16
  378: r2 = r1
  379: r2 = be16 r2
  380: *(u16 *)(r10 -114) = r2
  381: r1 = r8
  382: r2 = r1
  383: *(u8 *)(r10 -110) = r2
  384: r1 = r3
  385: r2 = r1
  386: *(u8 *)(r10 -108) = r2
  387: r1 >>= 8
  388: r2 = r1
  389: *(u8 *)(r10 -109) = r2
  390: r0 = *(u64 *)(r10 -240)
  391: r1 = r0
  392: r2 = r1
  393: *(u8 *)(r10 -106) = r2
  394: r1 >>= 8
  395: r2 = r1
  396: *(u8 *)(r10 -107) = r2
  397: r1 = map[pipe_flows4] ll
  399: r2 = r10
  400: r2 += -120
  401: call bpf_map_lookup_elem
  402: r1 = r0
  403: r2 = 0
  404: if r1 == 0 goto +3
  405: r2 = 1
  406: r3 = *(u32 *)(r1 +0)
  407: *(u32 *)(r10 -32) = r3
      ; write var10, v8
  408: *(u8 *)(r10 -17) = r2
      ; v19: bool = read var10
  409: r1 = *(u8 *)(r10 -17)
  410: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  411: r1 = 1
      ; v23: bit<32> = const 1
  412: r2 = 1
      ; count counter0[v22] += v23
  413: *(u32 *)(r10 -120) = r1
  414: *(u64 *)(r10 -192) = r2
  415: r1 = map[pipe_hint_stats] ll
  417: r2 = r10
  418: r2 += -120
  419: call bpf_map_lookup_elem
  420: r1 = r0
  421: if r1 == 0 goto +8
  422: r2 = *(u64 *)(r1 +0)
  423: r3 = *(u64 *)(r10 -192)
  424: r2 += r3
  425: *(u64 *)(r1 +0) = r2
  426: r2 = *(u64 *)(r1 +8)
  427: r3 = *(u32 *)(r10 -36)
  428: r2 += r3
  429: *(u64 *)(r1 +8) = r2
  430: goto +19
      ; v20: bit<32> = const 0
  431: r1 = 0
      ; v21: bit<32> = const 1
  432: r2 = 1
      ; count counter0[v20] += v21
  433: *(u32 *)(r10 -120) = r1
  434: *(u64 *)(r10 -192) = r2
  435: r1 = map[pipe_hint_stats] ll
  437: r2 = r10
  438: r2 += -120
  439: call bpf_map_lookup_elem
  440: r1 = r0
  441: if r1 == 0 goto +8
  442: r2 = *(u64 *)(r1 +0)
  443: r3 = *(u64 *)(r10 -192)
  444: r2 += r3
  445: *(u64 *)(r1 +0) = r2
  446: r2 = *(u64 *)(r1 +8)
  447: r3 = *(u32 *)(r10 -36)
  448: r2 += r3
  449: *(u64 *)(r1 +8) = r2
  450: goto +6
      ; drop
  451: r1 = *(u32 *)(r10 -32)
  452: r2 = *(u32 *)(r10 -28)
  453: r2 = *(u64 *)(r10 -8)
  454: *(u32 *)(r2 +8) = r1
  455: r0 = 2
  456: exit
      ; epilogue: verdict
  457: r1 = *(u32 *)(r10 -32)
  458: r2 = *(u32 *)(r10 -28)
  459: r2 = *(u64 *)(r10 -8)
  460: *(u32 *)(r2 +8) = r1
  461: r0 = 0
  462: exit
