; ovs_hint for classifier: 522 instructions, stack 240 bytes, 3 maps
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
   13: r2 = *(u32 *)(r1 +36)
   14: *(u32 *)(r10 -40) = r2
   15: r2 = *(u32 *)(r1 +8)
   16: *(u32 *)(r10 -32) = r2
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   17: r1 = *(u64 *)(r10 -16)
   18: if r1 > 16383 goto +5
   19: r2 = r6
   20: r2 += r1
   21: r3 = r2
   22: r3 += 14
   23: if r3 <= r7 goto +2
   24: *(u32 *)(r10 -44) = 1
   25: goto +475
   26: r3 = r1
   27: r3 += 1
   28: *(u32 *)(r10 -72) = r3
   29: r1 += 14
   30: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   31: r1 = 0
   32: if r2 == 0 goto +2
   33: r1 = *(u16 *)(r2 +12)
   34: r1 = be16 r1
   35: if r1 != 33024 goto +1
   36: goto +5
   37: if r1 != 2048 goto +1
   38: goto +54
   39: if r1 != 34525 goto +1
   40: goto +30
   41: goto +189
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   42: r1 = *(u64 *)(r10 -16)
   43: if r1 > 16383 goto +5
   44: r2 = r6
   45: r2 += r1
   46: r3 = r2
   47: r3 += 4
   48: if r3 <= r7 goto +2
   49: *(u32 *)(r10 -44) = 1
   50: goto +450
   51: r3 = r1
   52: r3 += 1
   53: *(u32 *)(r10 -68) = r3
   54: r1 += 4
   55: *(u64 *)(r10 -16) = r1
      ; v15: bit<12> = read_field hdr1.vid
   56: r1 = 0
   57: if r2 == 0 goto +3
   58: r1 = *(u16 *)(r2 +0)
   59: r1 = be16 r1
   60: r1 &= 4095
      ; write var2, v15
   61: *(u16 *)(r10 -24) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   62: r1 = 0
   63: if r2 == 0 goto +2
   64: r1 = *(u16 *)(r2 +2)
   65: r1 = be16 r1
   66: if r1 != 2048 goto +1
   67: goto +25
   68: if r1 != 34525 goto +1
   69: goto +1
   70: goto +160
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   71: r1 = *(u64 *)(r10 -16)
   72: if r1 > 16383 goto +5
   73: r2 = r6
   74: r2 += r1
   75: r3 = r2
   76: r3 += 40
   77: if r3 <= r7 goto +2
   78: *(u32 *)(r10 -44) = 1
   79: goto +421
   80: r3 = r1
   81: r3 += 1
   82: *(u32 *)(r10 -60) = r3
   83: r1 += 40
   84: *(u64 *)(r10 -16) = r1
      ; v1: bit<8> = read_field hdr3.nextHdr
   85: r1 = 0
   86: if r2 == 0 goto +1
   87: r1 = *(u8 *)(r2 +6)
   88: if r1 != 6 goto +1
   89: goto +117
   90: if r1 != 17 goto +1
   91: goto +90
   92: goto +138
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   93: r1 = *(u64 *)(r10 -16)
   94: if r1 > 16383 goto +5
   95: r2 = r6
   96: r2 += r1
   97: r3 = r2
   98: r3 += 20
   99: if r3 <= r7 goto +2
  100: *(u32 *)(r10 -44) = 1
  101: goto +399
  102: r3 = r1
  103: r3 += 1
  104: *(u32 *)(r10 -64) = r3
  105: r1 += 20
  106: *(u64 *)(r10 -16) = r1
      ; v6: bit<4> = read_field hdr2.ihl
  107: r1 = 0
  108: if r2 == 0 goto +2
  109: r1 = *(u8 *)(r2 +0)
  110: r1 &= 15
  111: if r1 != 5 goto +1
  112: goto +44
  113: if r1 < 6 goto +2
  114: if r1 > 15 goto +1
  115: goto +1
  116: goto +114
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
  117: r1 = *(u32 *)(r10 -64)
  118: if r1 == 0 goto +7
  119: r1 -= 1
  120: if r1 > 16383 goto +5
  121: r2 = r6
  122: r2 += r1
  123: r1 = r2
  124: r1 += 20
  125: if r1 <= r7 goto +1
  126: r2 = 0
  127: r1 = 0
  128: if r2 == 0 goto +2
  129: r1 = *(u8 *)(r2 +0)
  130: r1 &= 15
      ; v8: bit<32> = cast v7
  131: r2 = r1
  132: w2 = w2
      ; v9: bit<32> = const 5
  133: r1 = 5
      ; v10: bit<32> = sub v8, v9
  134: r3 = r2
  135: r3 -= r1
  136: w3 = w3
      ; v11: bit<32> = const 0x20
  137: r1 = 32
      ; v12: bit<32> = mul v10, v11
  138: r2 = r3
  139: r2 *= r1
  140: w2 = w2
      ; advance v12
  141: r1 = r2
  142: r1 &= 7
  143: if r1 == 0 goto +2
  144: *(u32 *)(r10 -44) = 6
  145: goto +355
  146: r1 = r2
  147: r1 >>= 3
  148: r2 = *(u64 *)(r10 -16)
  149: r2 += r1
  150: if r2 > 16383 goto +3
  151: r1 = r6
  152: r1 += r2
  153: if r1 <= r7 goto +2
  154: *(u32 *)(r10 -44) = 1
  155: goto +345
  156: *(u64 *)(r10 -16) = r2
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
  157: r1 = *(u32 *)(r10 -64)
  158: if r1 == 0 goto +7
  159: r1 -= 1
  160: if r1 > 16383 goto +5
  161: r2 = r6
  162: r2 += r1
  163: r1 = r2
  164: r1 += 20
  165: if r1 <= r7 goto +1
  166: r2 = 0
  167: r1 = 0
  168: if r2 == 0 goto +3
  169: r1 = *(u16 *)(r2 +6)
  170: r1 = be16 r1
  171: r1 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
  172: r3 = 0
  173: if r2 == 0 goto +1
  174: r3 = *(u8 *)(r2 +9)
  175: if r1 != 0 goto +2
  176: if r3 != 6 goto +1
  177: goto +29
  178: if r1 != 0 goto +2
  179: if r3 != 17 goto +1
  180: goto +1
  181: goto +49
      ; prs: block7 (parse_udp)
      ; extract hdr5
  182: r1 = *(u64 *)(r10 -16)
  183: if r1 > 16383 goto +5
  184: r2 = r6
  185: r2 += r1
  186: r3 = r2
  187: r3 += 4
  188: if r3 <= r7 goto +2
  189: *(u32 *)(r10 -44) = 1
  190: goto +310
  191: r3 = r1
  192: r3 += 1
  193: *(u32 *)(r10 -52) = r3
  194: r1 += 4
  195: *(u64 *)(r10 -16) = r1
      ; v2: bit<16> = read_field hdr5.srcPort
  196: r1 = 0
  197: if r2 == 0 goto +2
  198: r1 = *(u16 *)(r2 +0)
  199: r1 = be16 r1
      ; write var3, v2
  200: *(u16 *)(r10 -22) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
  201: r1 = 0
  202: if r2 == 0 goto +2
  203: r1 = *(u16 *)(r2 +2)
  204: r1 = be16 r1
      ; write var4, v3
  205: *(u16 *)(r10 -20) = r1
  206: goto +24
      ; prs: block8 (parse_tcp)
      ; extract hdr4
  207: r1 = *(u64 *)(r10 -16)
  208: if r1 > 16383 goto +5
  209: r2 = r6
  210: r2 += r1
  211: r3 = r2
  212: r3 += 4
  213: if r3 <= r7 goto +2
  214: *(u32 *)(r10 -44) = 1
  215: goto +285
  216: r3 = r1
  217: r3 += 1
  218: *(u32 *)(r10 -56) = r3
  219: r1 += 4
  220: *(u64 *)(r10 -16) = r1
      ; v4: bit<16> = read_field hdr4.srcPort
  221: r1 = 0
  222: if r2 == 0 goto +2
  223: r1 = *(u16 *)(r2 +0)
  224: r1 = be16 r1
      ; write var3, v4
  225: *(u16 *)(r10 -22) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  226: r1 = 0
  227: if r2 == 0 goto +2
  228: r1 = *(u16 *)(r2 +2)
  229: r1 = be16 r1
      ; write var4, v5
  230: *(u16 *)(r10 -20) = r1
      ; v0: bool = const 0
  231: r1 = 0
      ; write var10, v0
  232: *(u8 *)(r10 -17) = r1
      ; v1: bool = is_valid hdr2
  233: r1 = *(u32 *)(r10 -64)
  234: if r1 == 0 goto +1
  235: r1 = 1
  236: if r1 != 0 goto +147
      ; v9: bool = is_valid hdr3
  237: r1 = *(u32 *)(r10 -60)
  238: if r1 == 0 goto +1
  239: r1 = 1
  240: if r1 != 0 goto +20
      ; v17: bit<32> = const 2
  241: r1 = 2
      ; v18: bit<32> = const 1
  242: r2 = 1
      ; count counter0[v17] += v18
  243: *(u32 *)(r10 -120) = r1
  244: *(u64 *)(r10 -192) = r2
  245: r1 = map[pipe_hint_stats] ll
  247: r2 = r10
  248: r2 += -120
  249: call bpf_map_lookup_elem
  250: r1 = r0
  251: if r1 == 0 goto +8
  252: r2 = *(u64 *)(r1 +0)
  253: r3 = *(u64 *)(r10 -192)
  254: r2 += r3
  255: *(u64 *)(r1 +0) = r2
  256: r2 = *(u64 *)(r1 +8)
  257: r3 = *(u32 *)(r10 -36)
  258: r2 += r3
  259: *(u64 *)(r1 +8) = r2
  260: goto +246
      ; v10: bit<12> = read var2
  261: r1 = *(u16 *)(r10 -24)
      ; v11: bit<128> = read_field hdr3.srcAddr
  262: r2 = *(u32 *)(r10 -60)
  263: if r2 == 0 goto +7
  264: r2 -= 1
  265: if r2 > 16383 goto +5
  266: r3 = r6
  267: r3 += r2
  268: r2 = r3
  269: r2 += 40
  270: if r2 <= r7 goto +1
  271: r3 = 0
  272: r2 = 0
  273: r4 = 0
  274: if r3 == 0 goto +4
  275: r2 = *(u64 *)(r3 +8)
  276: r2 = be64 r2
  277: r4 = *(u64 *)(r3 +16)
  278: r4 = be64 r4
  279: *(u64 *)(r10 -216) = r4
  280: *(u64 *)(r10 -208) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  281: r2 = 0
  282: r4 = 0
  283: if r3 == 0 goto +4
  284: r2 = *(u64 *)(r3 +24)
  285: r2 = be64 r2
  286: r4 = *(u64 *)(r3 +32)
  287: r4 = be64 r4
  288: *(u64 *)(r10 -232) = r4
  289: *(u64 *)(r10 -224) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  290: r2 = 0
  291: if r3 == 0 goto +1
  292: r2 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  293: r3 = *(u16 *)(r10 -22)
      ; v15: bit<16> = read var4
  294: r4 = *(u16 *)(r10 -20)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  295: *(u64 *)(r10 -120) = 0
  296: *(u64 *)(r10 -112) = 0
  297: *(u64 *)(r10 -104) = 0
  298: *(u64 *)(r10 -96) = 0
  299: *(u64 *)(r10 -88) = 0
  300: r8 = r1
  301: r1 = r8
  302: r1 = be16 r1
  303: *(u16 *)(r10 -120) = r1
  304: r1 = *(u64 *)(r10 -216)
  305: r8 = *(u64 *)(r10 -208)
  306: r9 = r8
  307: r8 = r9
  308: r8 = be16 r8
  309: *(u16 *)(r10 -112) = r8
  310: r9 >>= 16
  311: r8 = r9
  312: r8 = be32 r8
  313: *(u32 *)(r10 -116) = r8
  314: r9 >>= 32
  315: r8 = r9
  316: r8 = be16 r8
  317: *(u16 *)(r10 -118) = r8
  318: r8 = r1
  319: r1 = r8
  320: r1 = be16 r1
  321: *(u16 *)(r10 -104) = r1
  322: r8 >>= 16
  323: r1 = r8
  324: r1 = be32 r1
  325: *(u32 *)(r10 -108) = r1
  326: r8 >>= 32
  327: r1 = r8
  328: r1 = be16 r1
  329: *(u16 *)(r10 -110) = r1
  330: r1 = *(u64 *)(r10 -232)
  331: r8 = *(u64 *)(r10 -224)
  332: r9 = r8
  333: r8 = r9
  334: r8 = be16 r8
  335: *(u16 *)(r10 -96) = r8
  336: r9 >>= 16
  337: r8 = r9
  338: r8 = be32 r8
  339: *(u32 *)(r10 -100) = r8
  340: r9 >>= 32
  341: r8 = r9
  342: r8 = be16 r8
  343: *(u16 *)(r10 -102) = r8
  344: r8 = r1
  345: r1 = r8
  346: r1 = be16 r1
  347: *(u16 *)(r10 -88) = r1
  348: r8 >>= 16
  349: r1 = r8
  350: r1 = be32 r1
  351: *(u32 *)(r10 -92) = r1
  352: r8 >>= 32
  353: r1 = r8
  354: r1 = be16 r1
  355: *(u16 *)(r10 -94) = r1
  356: r1 = r2
  357: r2 = r1
  358: *(u8 *)(r10 -86) = r2
  359: r1 = r3
  360: r2 = r1
  361: *(u8 *)(r10 -84) = r2
  362: r1 >>= 8
  363: r2 = r1
  364: *(u8 *)(r10 -85) = r2
  365: r1 = r4
  366: r2 = r1
  367: *(u8 *)(r10 -82) = r2
  368: r1 >>= 8
  369: r2 = r1
  370: *(u8 *)(r10 -83) = r2
  371: r1 = map[pipe_flows6] ll
  373: r2 = r10
  374: r2 += -120
  375: call bpf_map_lookup_elem
  376: r1 = r0
  377: r2 = 0
  378: if r1 == 0 goto +3
  379: r2 = 1
  380: r3 = *(u32 *)(r1 +0)
  381: *(u32 *)(r10 -32) = r3
      ; write var10, v16
  382: *(u8 *)(r10 -17) = r2
  383: goto +75
      ; v2: bit<12> = read var2
  384: r1 = *(u16 *)(r10 -24)
      ; v3: bit<32> = read_field hdr2.srcAddr
  385: r2 = *(u32 *)(r10 -64)
  386: if r2 == 0 goto +7
  387: r2 -= 1
  388: if r2 > 16383 goto +5
  389: r3 = r6
  390: r3 += r2
  391: r2 = r3
  392: r2 += 20
  393: if r2 <= r7 goto +1
  394: r3 = 0
  395: r2 = 0
  396: if r3 == 0 goto +2
  397: r2 = *(u32 *)(r3 +12)
  398: r2 = be32 r2
      ; v4: bit<32> = read_field hdr2.dstAddr
  399: r4 = 0
  400: if r3 == 0 goto +2
  401: r4 = *(u32 *)(r3 +16)
  402: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  403: r8 = 0
  404: if r3 == 0 goto +1
  405: r8 = *(u8 *)(r3 +9)
      ; v6: bit<16> = read var3
  406: r3 = *(u16 *)(r10 -22)
      ; v7: bit<16> = read var4
  407: r0 = *(u16 *)(r10 -20)
  408: *(u64 *)(r10 -240) = r0
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  409: *(u64 *)(r10 -120) = 0
  410: *(u64 *)(r10 -112) = 0
  411: r9 = r1
  412: r1 = r9
  413: r1 = be16 r1
  414: *(u16 *)(r10 -120) = r1
  415: r1 = r2
  416: r2 = r1
  417: r2 = be16 r2
  418: *(u16 *)(r10 -116) = r2
  419: r1 >>= 16
  420: r2 = r1
  421: r2 = be16 r2
  422: *(u16 *)(r10 -118) = r2
  423: r1 = r4
  424: r2 = r1
  425: r2 = be16 r2
  426: *(u16 *)(r10 -112) = r2
  427: r1 >>= 16
  428: r2 = r1
  429: r2 = be16 r2
  430: *(u16 *)(r10 -114) = r2
  431: r1 = r8
  432: r2 = r1
  433: *(u8 *)(r10 -110) = r2
  434: r1 = r3
  435: r2 = r1
  436: *(u8 *)(r10 -108) = r2
  437: r1 >>= 8
  438: r2 = r1
  439: *(u8 *)(r10 -109) = r2
  440: r0 = *(u64 *)(r10 -240)
  441: r1 = r0
  442: r2 = r1
  443: *(u8 *)(r10 -106) = r2
  444: r1 >>= 8
  445: r2 = r1
  446: *(u8 *)(r10 -107) = r2
  447: r1 = map[pipe_flows4] ll
  449: r2 = r10
  450: r2 += -120
  451: call bpf_map_lookup_elem
  452: r1 = r0
  453: r2 = 0
  454: if r1 == 0 goto +3
  455: r2 = 1
  456: r3 = *(u32 *)(r1 +0)
  457: *(u32 *)(r10 -32) = r3
      ; write var10, v8
  458: *(u8 *)(r10 -17) = r2
      ; v19: bool = read var10
  459: r1 = *(u8 *)(r10 -17)
  460: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  461: r1 = 1
      ; v23: bit<32> = const 1
  462: r2 = 1
      ; count counter0[v22] += v23
  463: *(u32 *)(r10 -120) = r1
  464: *(u64 *)(r10 -192) = r2
  465: r1 = map[pipe_hint_stats] ll
  467: r2 = r10
  468: r2 += -120
  469: call bpf_map_lookup_elem
  470: r1 = r0
  471: if r1 == 0 goto +8
  472: r2 = *(u64 *)(r1 +0)
  473: r3 = *(u64 *)(r10 -192)
  474: r2 += r3
  475: *(u64 *)(r1 +0) = r2
  476: r2 = *(u64 *)(r1 +8)
  477: r3 = *(u32 *)(r10 -36)
  478: r2 += r3
  479: *(u64 *)(r1 +8) = r2
  480: goto +19
      ; v20: bit<32> = const 0
  481: r1 = 0
      ; v21: bit<32> = const 1
  482: r2 = 1
      ; count counter0[v20] += v21
  483: *(u32 *)(r10 -120) = r1
  484: *(u64 *)(r10 -192) = r2
  485: r1 = map[pipe_hint_stats] ll
  487: r2 = r10
  488: r2 += -120
  489: call bpf_map_lookup_elem
  490: r1 = r0
  491: if r1 == 0 goto +8
  492: r2 = *(u64 *)(r1 +0)
  493: r3 = *(u64 *)(r10 -192)
  494: r2 += r3
  495: *(u64 *)(r1 +0) = r2
  496: r2 = *(u64 *)(r1 +8)
  497: r3 = *(u32 *)(r10 -36)
  498: r2 += r3
  499: *(u64 *)(r1 +8) = r2
  500: goto +6
      ; drop
  501: r1 = *(u32 *)(r10 -32)
  502: r2 = *(u32 *)(r10 -28)
  503: r2 = *(u64 *)(r10 -8)
  504: *(u32 *)(r2 +8) = r1
  505: r0 = 2
  506: exit
      ; epilogue: verdict
  507: r1 = *(u32 *)(r10 -32)
  508: r2 = *(u32 *)(r10 -28)
  509: r2 = *(u64 *)(r10 -8)
  510: *(u32 *)(r2 +8) = r1
  511: r1 = *(u8 *)(r10 -18)
  512: if r1 != 0 goto +2
  513: r0 = 0
  514: exit
  515: if r1 != 2 goto +4
  516: r1 = *(u32 *)(r10 -28)
  517: r2 = 0
  518: call bpf_redirect
  519: exit
  520: r0 = 2
  521: exit
