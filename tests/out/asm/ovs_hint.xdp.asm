; ovs_hint for xdp: 498 instructions, stack 272 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -72) = 0
    5: *(u64 *)(r10 -64) = 0
    6: *(u64 *)(r10 -56) = 0
    7: *(u64 *)(r10 -48) = 0
    8: *(u64 *)(r10 -40) = 0
    9: *(u64 *)(r10 -32) = 0
   10: *(u64 *)(r10 -24) = 0
   11: r2 = *(u32 *)(r1 +8)
   12: r3 = r2
   13: r3 += 8
   14: if r3 > r6 goto +2
   15: r3 = *(u32 *)(r2 +0)
   16: *(u32 *)(r10 -32) = r3
   17: call bpf_xdp_get_buff_len
   18: r1 = r0
   19: *(u32 *)(r10 -36) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   20: r1 = *(u64 *)(r10 -16)
   21: if r1 > 16383 goto +5
   22: r2 = r6
   23: r2 += r1
   24: r3 = r2
   25: r3 += 14
   26: if r3 <= r7 goto +2
   27: *(u32 *)(r10 -44) = 1
   28: goto +427
   29: r3 = r1
   30: r3 += 1
   31: *(u32 *)(r10 -72) = r3
   32: r1 += 14
   33: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: r1 = be16 r1
   36: if r1 != 33024 goto +1
   37: goto +5
   38: if r1 != 2048 goto +1
   39: goto +48
   40: if r1 != 34525 goto +1
   41: goto +26
   42: goto +147
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   43: r1 = *(u64 *)(r10 -16)
   44: if r1 > 16383 goto +5
   45: r2 = r6
   46: r2 += r1
   47: r3 = r2
   48: r3 += 4
   49: if r3 <= r7 goto +2
   50: *(u32 *)(r10 -44) = 1
   51: goto +404
   52: r3 = r1
   53: r3 += 1
   54: *(u32 *)(r10 -68) = r3
   55: r1 += 4
   56: *(u64 *)(r10 -16) = r1
      ; v15: bit<12> = read_field hdr1.vid
   57: r1 = *(u16 *)(r2 +0)
   58: r1 = be16 r1
   59: r1 &= 4095
      ; write var2, v15
   60: *(u16 *)(r10 -24) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   61: r1 = *(u16 *)(r2 +2)
   62: r1 = be16 r1
   63: if r1 != 2048 goto +1
   64: goto +23
   65: if r1 != 34525 goto +1
   66: goto +1
   67: goto +122
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   68: r1 = *(u64 *)(r10 -16)
   69: if r1 > 16383 goto +5
   70: r2 = r6
   71: r2 += r1
   72: r3 = r2
   73: r3 += 40
   74: if r3 <= r7 goto +2
   75: *(u32 *)(r10 -44) = 1
   76: goto +379
   77: r3 = r1
   78: r3 += 1
   79: *(u32 *)(r10 -60) = r3
   80: r1 += 40
   81: *(u64 *)(r10 -16) = r1
      ; v1: bit<8> = read_field hdr3.nextHdr
   82: r1 = *(u8 *)(r2 +6)
   83: if r1 != 6 goto +1
   84: goto +85
   85: if r1 != 17 goto +1
   86: goto +62
   87: goto +102
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   88: r1 = *(u64 *)(r10 -16)
   89: if r1 > 16383 goto +5
   90: r2 = r6
   91: r2 += r1
   92: r3 = r2
   93: r3 += 20
   94: if r3 <= r7 goto +2
   95: *(u32 *)(r10 -44) = 1
   96: goto +359
   97: r3 = r1
   98: r3 += 1
   99: *(u32 *)(r10 -64) = r3
  100: r1 += 20
  101: *(u64 *)(r10 -16) = r1
      ; v6: bit<4> = read_field hdr2.ihl
  102: r1 = *(u8 *)(r2 +0)
  103: r1 &= 15
  104: if r1 != 5 goto +1
  105: goto +32
  106: if r1 < 6 goto +2
  107: if r1 > 15 goto +1
  108: goto +1
  109: goto +80
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
  110: r1 = *(u8 *)(r2 +0)
  111: r1 &= 15
      ; v8: bit<32> = cast v7
  112: r3 = r1
  113: w3 = w3
      ; v9: bit<32> = const 5
  114: r1 = 5
      ; v10: bit<32> = sub v8, v9
  115: r4 = r3
  116: r4 -= r1
  117: w4 = w4
      ; v11: bit<32> = const 0x20
  118: r1 = 32
      ; v12: bit<32> = mul v10, v11
  119: r3 = r4
  120: r3 *= r1
  121: w3 = w3
      ; advance v12
  122: r1 = r3
  123: r1 &= 7
  124: if r1 == 0 goto +2
  125: *(u32 *)(r10 -44) = 6
  126: goto +329
  127: r1 = r3
  128: r1 >>= 3
  129: r3 = *(u64 *)(r10 -16)
  130: r3 += r1
  131: if r3 > 16383 goto +3
  132: r1 = r6
  133: r1 += r3
  134: if r1 <= r7 goto +2
  135: *(u32 *)(r10 -44) = 1
  136: goto +319
  137: *(u64 *)(r10 -16) = r3
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
  138: r1 = *(u16 *)(r2 +6)
  139: r1 = be16 r1
  140: r1 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
  141: r3 = *(u8 *)(r2 +9)
  142: if r1 != 0 goto +2
  143: if r3 != 6 goto +1
  144: goto +25
  145: if r1 != 0 goto +2
  146: if r3 != 17 goto +1
  147: goto +1
  148: goto +41
      ; prs: block7 (parse_udp)
      ; extract hdr5
  149: r1 = *(u64 *)(r10 -16)
  150: if r1 > 16383 goto +5
  151: r2 = r6
  152: r2 += r1
  153: r3 = r2
  154: r3 += 4
  155: if r3 <= r7 goto +2
  156: *(u32 *)(r10 -44) = 1
  157: goto +298
  158: r3 = r1
  159: r3 += 1
  160: *(u32 *)(r10 -52) = r3
  161: r1 += 4
  162: *(u64 *)(r10 -16) = r1
      ; v2: bit<16> = read_field hdr5.srcPort
  163: r1 = *(u16 *)(r2 +0)
  164: r1 = be16 r1
      ; write var3, v2
  165: *(u16 *)(r10 -22) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
  166: r1 = *(u16 *)(r2 +2)
  167: r1 = be16 r1
      ; write var4, v3
  168: *(u16 *)(r10 -20) = r1
  169: goto +20
      ; prs: block8 (parse_tcp)
      ; extract hdr4
  170: r1 = *(u64 *)(r10 -16)
  171: if r1 > 16383 goto +5
  172: r2 = r6
  173: r2 += r1
  174: r3 = r2
  175: r3 += 4
  176: if r3 <= r7 goto +2
  177: *(u32 *)(r10 -44) = 1
  178: goto +277
  179: r3 = r1
  180: r3 += 1
  181: *(u32 *)(r10 -56) = r3
  182: r1 += 4
  183: *(u64 *)(r10 -16) = r1
      ; v4: bit<16> = read_field hdr4.srcPort
  184: r1 = *(u16 *)(r2 +0)
  185: r1 = be16 r1
      ; write var3, v4
  186: *(u16 *)(r10 -22) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  187: r1 = *(u16 *)(r2 +2)
  188: r1 = be16 r1
      ; write var4, v5
  189: *(u16 *)(r10 -20) = r1
      ; v0: bool = const 0
  190: r1 = 0
      ; write var10, v0
  191: *(u8 *)(r10 -17) = r1
      ; v1: bool = is_valid hdr2
  192: r1 = *(u32 *)(r10 -64)
  193: if r1 != 0 goto +145
      ; v9: bool = is_valid hdr3
  194: r1 = *(u32 *)(r10 -60)
  195: if r1 != 0 goto +20
      ; v17: bit<32> = const 2
  196: r1 = 2
      ; v18: bit<32> = const 1
  197: r2 = 1
      ; count counter0[v17] += v18
  198: *(u32 *)(r10 -120) = r1
  199: *(u64 *)(r10 -192) = r2
  200: r1 = map[pipe_hint_stats] ll
  202: r2 = r10
  203: r2 += -120
  204: call bpf_map_lookup_elem
  205: r1 = r0
  206: if r1 == 0 goto +8
  207: r2 = *(u64 *)(r1 +0)
  208: r3 = *(u64 *)(r10 -192)
  209: r2 += r3
  210: *(u64 *)(r1 +0) = r2
  211: r2 = *(u64 *)(r1 +8)
  212: r3 = *(u32 *)(r10 -36)
  213: r2 += r3
  214: *(u64 *)(r1 +8) = r2
  215: goto +261
      ; v10: bit<12> = read var2
  216: r1 = *(u16 *)(r10 -24)
      ; v11: bit<128> = read_field hdr3.srcAddr
  217: r2 = *(u32 *)(r10 -60)
  218: if r2 == 0 goto +7
  219: r2 -= 1
  220: if r2 > 16383 goto +5
  221: r3 = r6
  222: r3 += r2
  223: r2 = r3
  224: r2 += 40
  225: if r2 <= r7 goto +1
  226: r3 = 0
  227: r2 = 0
  228: r4 = 0
  229: if r3 == 0 goto +4
  230: r2 = *(u64 *)(r3 +8)
  231: r2 = be64 r2
  232: r4 = *(u64 *)(r3 +16)
  233: r4 = be64 r4
  234: *(u64 *)(r10 -216) = r4
  235: *(u64 *)(r10 -208) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  236: r2 = 0
  237: r4 = 0
  238: if r3 == 0 goto +4
  239: r2 = *(u64 *)(r3 +24)
  240: r2 = be64 r2
  241: r4 = *(u64 *)(r3 +32)
  242: r4 = be64 r4
  243: *(u64 *)(r10 -232) = r4
  244: *(u64 *)(r10 -224) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  245: r2 = 0
  246: if r3 == 0 goto +1
  247: r2 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  248: r3 = *(u16 *)(r10 -22)
      ; v15: bit<16> = read var4
  249: r4 = *(u16 *)(r10 -20)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  250: *(u64 *)(r10 -120) = 0
  251: *(u64 *)(r10 -112) = 0
  252: *(u64 *)(r10 -104) = 0
  253: *(u64 *)(r10 -96) = 0
  254: *(u64 *)(r10 -88) = 0
  255: r8 = r1
  256: r1 = r8
  257: r1 = be16 r1
  258: *(u16 *)(r10 -120) = r1
  259: r1 = *(u64 *)(r10 -216)
  260: r8 = *(u64 *)(r10 -208)
  261: r9 = r8
  262: r8 = r9
  263: r8 = be16 r8
  264: *(u16 *)(r10 -112) = r8
  265: r9 >>= 16
  266: r8 = r9
  267: r8 = be32 r8
  268: *(u32 *)(r10 -116) = r8
  269: r9 >>= 32
  270: r8 = r9
  271: r8 = be16 r8
  272: *(u16 *)(r10 -118) = r8
  273: r8 = r1
  274: r1 = r8
  275: r1 = be16 r1
  276: *(u16 *)(r10 -104) = r1
  277: r8 >>= 16
  278: r1 = r8
  279: r1 = be32 r1
  280: *(u32 *)(r10 -108) = r1
  281: r8 >>= 32
  282: r1 = r8
  283: r1 = be16 r1
  284: *(u16 *)(r10 -110) = r1
  285: r1 = *(u64 *)(r10 -232)
  286: r8 = *(u64 *)(r10 -224)
  287: r9 = r8
  288: r8 = r9
  289: r8 = be16 r8
  290: *(u16 *)(r10 -96) = r8
  291: r9 >>= 16
  292: r8 = r9
  293: r8 = be32 r8
  294: *(u32 *)(r10 -100) = r8
  295: r9 >>= 32
  296: r8 = r9
  297: r8 = be16 r8
  298: *(u16 *)(r10 -102) = r8
  299: r8 = r1
  300: r1 = r8
  301: r1 = be16 r1
  302: *(u16 *)(r10 -88) = r1
  303: r8 >>= 16
  304: r1 = r8
  305: r1 = be32 r1
  306: *(u32 *)(r10 -92) = r1
  307: r8 >>= 32
  308: r1 = r8
  309: r1 = be16 r1
  310: *(u16 *)(r10 -94) = r1
  311: r1 = r2
  312: r2 = r1
  313: *(u8 *)(r10 -86) = r2
  314: r1 = r3
  315: r2 = r1
  316: *(u8 *)(r10 -84) = r2
  317: r1 >>= 8
  318: r2 = r1
  319: *(u8 *)(r10 -85) = r2
  320: r1 = r4
  321: r2 = r1
  322: *(u8 *)(r10 -82) = r2
  323: r1 >>= 8
  324: r2 = r1
  325: *(u8 *)(r10 -83) = r2
  326: r1 = map[pipe_flows6] ll
  328: r2 = r10
  329: r2 += -120
  330: call bpf_map_lookup_elem
  331: r1 = r0
  332: r2 = 0
  333: if r1 == 0 goto +3
  334: r2 = 1
  335: r3 = *(u32 *)(r1 +0)
  336: *(u32 *)(r10 -32) = r3
      ; write var10, v16
  337: *(u8 *)(r10 -17) = r2
  338: goto +75
      ; v2: bit<12> = read var2
  339: r1 = *(u16 *)(r10 -24)
      ; v3: bit<32> = read_field hdr2.srcAddr
  340: r2 = *(u32 *)(r10 -64)
  341: if r2 == 0 goto +7
  342: r2 -= 1
  343: if r2 > 16383 goto +5
  344: r3 = r6
  345: r3 += r2
  346: r2 = r3
  347: r2 += 20
  348: if r2 <= r7 goto +1
  349: r3 = 0
  350: r2 = 0
  351: if r3 == 0 goto +2
  352: r2 = *(u32 *)(r3 +12)
  353: r2 = be32 r2
      ; v4: bit<32> = read_field hdr2.dstAddr
  354: r4 = 0
  355: if r3 == 0 goto +2
  356: r4 = *(u32 *)(r3 +16)
  357: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  358: r8 = 0
  359: if r3 == 0 goto +1
  360: r8 = *(u8 *)(r3 +9)
      ; v6: bit<16> = read var3
  361: r3 = *(u16 *)(r10 -22)
      ; v7: bit<16> = read var4
  362: r0 = *(u16 *)(r10 -20)
  363: *(u64 *)(r10 -272) = r0
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  364: *(u64 *)(r10 -120) = 0
  365: *(u64 *)(r10 -112) = 0
  366: r9 = r1
  367: r1 = r9
  368: r1 = be16 r1
  369: *(u16 *)(r10 -120) = r1
  370: r1 = r2
  371: r2 = r1
  372: r2 = be16 r2
  373: *(u16 *)(r10 -116) = r2
  374: r1 >>= 16
  375: r2 = r1
  376: r2 = be16 r2
  377: *(u16 *)(r10 -118) = r2
  378: r1 = r4
  379: r2 = r1
  380: r2 = be16 r2
  381: *(u16 *)(r10 -112) = r2
  382: r1 >>= 16
  383: r2 = r1
  384: r2 = be16 r2
  385: *(u16 *)(r10 -114) = r2
  386: r1 = r8
  387: r2 = r1
  388: *(u8 *)(r10 -110) = r2
  389: r1 = r3
  390: r2 = r1
  391: *(u8 *)(r10 -108) = r2
  392: r1 >>= 8
  393: r2 = r1
  394: *(u8 *)(r10 -109) = r2
  395: r0 = *(u64 *)(r10 -272)
  396: r1 = r0
  397: r2 = r1
  398: *(u8 *)(r10 -106) = r2
  399: r1 >>= 8
  400: r2 = r1
  401: *(u8 *)(r10 -107) = r2
  402: r1 = map[pipe_flows4] ll
  404: r2 = r10
  405: r2 += -120
  406: call bpf_map_lookup_elem
  407: r1 = r0
  408: r2 = 0
  409: if r1 == 0 goto +3
  410: r2 = 1
  411: r3 = *(u32 *)(r1 +0)
  412: *(u32 *)(r10 -32) = r3
      ; write var10, v8
  413: *(u8 *)(r10 -17) = r2
      ; v19: bool = read var10
  414: r1 = *(u8 *)(r10 -17)
  415: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  416: r1 = 1
      ; v23: bit<32> = const 1
  417: r2 = 1
      ; count counter0[v22] += v23
  418: *(u32 *)(r10 -120) = r1
  419: *(u64 *)(r10 -192) = r2
  420: r1 = map[pipe_hint_stats] ll
  422: r2 = r10
  423: r2 += -120
  424: call bpf_map_lookup_elem
  425: r1 = r0
  426: if r1 == 0 goto +8
  427: r2 = *(u64 *)(r1 +0)
  428: r3 = *(u64 *)(r10 -192)
  429: r2 += r3
  430: *(u64 *)(r1 +0) = r2
  431: r2 = *(u64 *)(r1 +8)
  432: r3 = *(u32 *)(r10 -36)
  433: r2 += r3
  434: *(u64 *)(r1 +8) = r2
  435: goto +19
      ; v20: bit<32> = const 0
  436: r1 = 0
      ; v21: bit<32> = const 1
  437: r2 = 1
      ; count counter0[v20] += v21
  438: *(u32 *)(r10 -120) = r1
  439: *(u64 *)(r10 -192) = r2
  440: r1 = map[pipe_hint_stats] ll
  442: r2 = r10
  443: r2 += -120
  444: call bpf_map_lookup_elem
  445: r1 = r0
  446: if r1 == 0 goto +8
  447: r2 = *(u64 *)(r1 +0)
  448: r3 = *(u64 *)(r10 -192)
  449: r2 += r3
  450: *(u64 *)(r1 +0) = r2
  451: r2 = *(u64 *)(r1 +8)
  452: r3 = *(u32 *)(r10 -36)
  453: r2 += r3
  454: *(u64 *)(r1 +8) = r2
  455: goto +21
      ; drop
  456: r1 = *(u32 *)(r10 -32)
  457: r2 = *(u32 *)(r10 -28)
  458: *(u64 *)(r10 -240) = r1
  459: *(u64 *)(r10 -248) = r2
  460: r1 = *(u64 *)(r10 -8)
  461: r2 = 0xfffffffffffffff8 ll
  463: call bpf_xdp_adjust_meta
  464: if r0 != 0 goto +10
  465: r1 = *(u64 *)(r10 -8)
  466: r2 = *(u32 *)(r1 +8)
  467: r3 = *(u32 *)(r1 +0)
  468: r1 = r2
  469: r1 += 8
  470: if r1 > r3 goto +4
  471: r1 = *(u64 *)(r10 -240)
  472: *(u32 *)(r2 +0) = r1
  473: r1 = *(u64 *)(r10 -248)
  474: *(u32 *)(r2 +4) = r1
  475: r0 = 1
  476: exit
      ; epilogue: verdict
  477: r1 = *(u32 *)(r10 -32)
  478: r2 = *(u32 *)(r10 -28)
  479: *(u64 *)(r10 -256) = r1
  480: *(u64 *)(r10 -264) = r2
  481: r1 = *(u64 *)(r10 -8)
  482: r2 = 0xfffffffffffffff8 ll
  484: call bpf_xdp_adjust_meta
  485: if r0 != 0 goto +10
  486: r1 = *(u64 *)(r10 -8)
  487: r2 = *(u32 *)(r1 +8)
  488: r3 = *(u32 *)(r1 +0)
  489: r1 = r2
  490: r1 += 8
  491: if r1 > r3 goto +4
  492: r1 = *(u64 *)(r10 -256)
  493: *(u32 *)(r2 +0) = r1
  494: r1 = *(u64 *)(r10 -264)
  495: *(u32 *)(r2 +4) = r1
  496: r0 = 2
  497: exit
