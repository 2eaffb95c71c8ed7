; ovs_hint for xdp: 557 instructions, stack 272 bytes, 3 maps
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
   11: r2 = *(u32 *)(r1 +12)
   12: *(u32 *)(r10 -40) = r2
   13: r2 = *(u32 *)(r1 +8)
   14: r3 = r2
   15: r3 += 8
   16: if r3 > r6 goto +2
   17: r3 = *(u32 *)(r2 +0)
   18: *(u32 *)(r10 -32) = r3
   19: call bpf_xdp_get_buff_len
   20: r1 = r0
   21: *(u32 *)(r10 -36) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   22: r1 = *(u64 *)(r10 -16)
   23: if r1 > 16383 goto +5
   24: r2 = r6
   25: r2 += r1
   26: r3 = r2
   27: r3 += 14
   28: if r3 <= r7 goto +2
   29: *(u32 *)(r10 -44) = 1
   30: goto +475
   31: r3 = r1
   32: r3 += 1
   33: *(u32 *)(r10 -72) = r3
   34: r1 += 14
   35: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   36: r1 = 0
   37: if r2 == 0 goto +2
   38: r1 = *(u16 *)(r2 +12)
   39: r1 = be16 r1
   40: if r1 != 33024 goto +1
   41: goto +5
   42: if r1 != 2048 goto +1
   43: goto +54
   44: if r1 != 34525 goto +1
   45: goto +30
   46: goto +189
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   47: r1 = *(u64 *)(r10 -16)
   48: if r1 > 16383 goto +5
   49: r2 = r6
   50: r2 += r1
   51: r3 = r2
   52: r3 += 4
   53: if r3 <= r7 goto +2
   54: *(u32 *)(r10 -44) = 1
   55: goto +450
   56: r3 = r1
   57: r3 += 1
   58: *(u32 *)(r10 -68) = r3
   59: r1 += 4
   60: *(u64 *)(r10 -16) = r1
      ; v15: bit<12> = read_field hdr1.vid
   61: r1 = 0
   62: if r2 == 0 goto +3
   63: r1 = *(u16 *)(r2 +0)
   64: r1 = be16 r1
   65: r1 &= 4095
      ; write var2, v15
   66: *(u16 *)(r10 -24) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   67: r1 = 0
   68: if r2 == 0 goto +2
   69: r1 = *(u16 *)(r2 +2)
   70: r1 = be16 r1
   71: if r1 != 2048 goto +1
   72: goto +25
   73: if r1 != 34525 goto +1
   74: goto +1
   75: goto +160
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   76: r1 = *(u64 *)(r10 -16)
   77: if r1 > 16383 goto +5
   78: r2 = r6
   79: r2 += r1
   80: r3 = r2
   81: r3 += 40
   82: if r3 <= r7 goto +2
   83: *(u32 *)(r10 -44) = 1
   84: goto +421
   85: r3 = r1
   86: r3 += 1
   87: *(u32 *)(r10 -60) = r3
   88: r1 += 40
   89: *(u64 *)(r10 -16) = r1
      ; v1: bit<8> = read_field hdr3.nextHdr
   90: r1 = 0
   91: if r2 == 0 goto +1
   92: r1 = *(u8 *)(r2 +6)
   93: if r1 != 6 goto +1
   94: goto +117
   95: if r1 != 17 goto +1
   96: goto +90
   97: goto +138
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   98: r1 = *(u64 *)(r10 -16)
   99: if r1 > 16383 goto +5
  100: r2 = r6
  101: r2 += r1
  102: r3 = r2
  103: r3 += 20
  104: if r3 <= r7 goto +2
  105: *(u32 *)(r10 -44) = 1
  106: goto +399
  107: r3 = r1
  108: r3 += 1
  109: *(u32 *)(r10 -64) = r3
  110: r1 += 20
  111: *(u64 *)(r10 -16) = r1
      ; v6: bit<4> = read_field hdr2.ihl
  112: r1 = 0
  113: if r2 == 0 goto +2
  114: r1 = *(u8 *)(r2 +0)
  115: r1 &= 15
  116: if r1 != 5 goto +1
  117: goto +44
  118: if r1 < 6 goto +2
  119: if r1 > 15 goto +1
  120: goto +1
  121: goto +114
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
  122: r1 = *(u32 *)(r10 -64)
  123: if r1 == 0 goto +7
  124: r1 -= 1
  125: if r1 > 16383 goto +5
  126: r2 = r6
  127: r2 += r1
  128: r1 = r2
  129: r1 += 20
  130: if r1 <= r7 goto +1
  131: r2 = 0
  132: r1 = 0
  133: if r2 == 0 goto +2
  134: r1 = *(u8 *)(r2 +0)
  135: r1 &= 15
      ; v8: bit<32> = cast v7
  136: r2 = r1
  137: w2 = w2
      ; v9: bit<32> = const 5
  138: r1 = 5
      ; v10: bit<32> = sub v8, v9
  139: r3 = r2
  140: r3 -= r1
  141: w3 = w3
      ; v11: bit<32> = const 0x20
  142: r1 = 32
      ; v12: bit<32> = mul v10, v11
  143: r2 = r3
  144: r2 *= r1
  145: w2 = w2
      ; advance v12
  146: r1 = r2
  147: r1 &= 7
  148: if r1 == 0 goto +2
  149: *(u32 *)(r10 -44) = 6
  150: goto +355
  151: r1 = r2
  152: r1 >>= 3
  153: r2 = *(u64 *)(r10 -16)
  154: r2 += r1
  155: if r2 > 16383 goto +3
  156: r1 = r6
  157: r1 += r2
  158: if r1 <= r7 goto +2
  159: *(u32 *)(r10 -44) = 1
  160: goto +345
  161: *(u64 *)(r10 -16) = r2
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
  162: r1 = *(u32 *)(r10 -64)
  163: if r1 == 0 goto +7
  164: r1 -= 1
  165: if r1 > 16383 goto +5
  166: r2 = r6
  167: r2 += r1
  168: r1 = r2
  169: r1 += 20
  170: if r1 <= r7 goto +1
  171: r2 = 0
  172: r1 = 0
  173: if r2 == 0 goto +3
  174: r1 = *(u16 *)(r2 +6)
  175: r1 = be16 r1
  176: r1 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
  177: r3 = 0
  178: if r2 == 0 goto +1
  179: r3 = *(u8 *)(r2 +9)
  180: if r1 != 0 goto +2
  181: if r3 != 6 goto +1
  182: goto +29
  183: if r1 != 0 goto +2
  184: if r3 != 17 goto +1
  185: goto +1
  186: goto +49
      ; prs: block7 (parse_udp)
      ; extract hdr5
  187: r1 = *(u64 *)(r10 -16)
  188: if r1 > 16383 goto +5
  189: r2 = r6
  190: r2 += r1
  191: r3 = r2
  192: r3 += 4
  193: if r3 <= r7 goto +2
  194: *(u32 *)(r10 -44) = 1
  195: goto +310
  196: r3 = r1
  197: r3 += 1
  198: *(u32 *)(r10 -52) = r3
  199: r1 += 4
  200: *(u64 *)(r10 -16) = r1
      ; v2: bit<16> = read_field hdr5.srcPort
  201: r1 = 0
  202: if r2 == 0 goto +2
  203: r1 = *(u16 *)(r2 +0)
  204: r1 = be16 r1
      ; write var3, v2
  205: *(u16 *)(r10 -22) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
  206: r1 = 0
  207: if r2 == 0 goto +2
  208: r1 = *(u16 *)(r2 +2)
  209: r1 = be16 r1
      ; write var4, v3
  210: *(u16 *)(r10 -20) = r1
  211: goto +24
      ; prs: block8 (parse_tcp)
      ; extract hdr4
  212: r1 = *(u64 *)(r10 -16)
  213: if r1 > 16383 goto +5
  214: r2 = r6
  215: r2 += r1
  216: r3 = r2
  217: r3 += 4
  218: if r3 <= r7 goto +2
  219: *(u32 *)(r10 -44) = 1
  220: goto +285
  221: r3 = r1
  222: r3 += 1
  223: *(u32 *)(r10 -56) = r3
  224: r1 += 4
  225: *(u64 *)(r10 -16) = r1
      ; v4: bit<16> = read_field hdr4.srcPort
  226: r1 = 0
  227: if r2 == 0 goto +2
  228: r1 = *(u16 *)(r2 +0)
  229: r1 = be16 r1
      ; write var3, v4
  230: *(u16 *)(r10 -22) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  231: r1 = 0
  232: if r2 == 0 goto +2
  233: r1 = *(u16 *)(r2 +2)
  234: r1 = be16 r1
      ; write var4, v5
  235: *(u16 *)(r10 -20) = r1
      ; v0: bool = const 0
  236: r1 = 0
      ; write var10, v0
  237: *(u8 *)(r10 -17) = r1
      ; v1: bool = is_valid hdr2
  238: r1 = *(u32 *)(r10 -64)
  239: if r1 == 0 goto +1
  240: r1 = 1
  241: if r1 != 0 goto +147
      ; v9: bool = is_valid hdr3
  242: r1 = *(u32 *)(r10 -60)
  243: if r1 == 0 goto +1
  244: r1 = 1
  245: if r1 != 0 goto +20
      ; v17: bit<32> = const 2
  246: r1 = 2
      ; v18: bit<32> = const 1
  247: r2 = 1
      ; count counter0[v17] += v18
  248: *(u32 *)(r10 -120) = r1
  249: *(u64 *)(r10 -192) = r2
  250: r1 = map[pipe_hint_stats] ll
  252: r2 = r10
  253: r2 += -120
  254: call bpf_map_lookup_elem
  255: r1 = r0
  256: if r1 == 0 goto +8
  257: r2 = *(u64 *)(r1 +0)
  258: r3 = *(u64 *)(r10 -192)
  259: r2 += r3
  260: *(u64 *)(r1 +0) = r2
  261: r2 = *(u64 *)(r1 +8)
  262: r3 = *(u32 *)(r10 -36)
  263: r2 += r3
  264: *(u64 *)(r1 +8) = r2
  265: goto +261
      ; v10: bit<12> = read var2
  266: r1 = *(u16 *)(r10 -24)
      ; v11: bit<128> = read_field hdr3.srcAddr
  267: r2 = *(u32 *)(r10 -60)
  268: if r2 == 0 goto +7
  269: r2 -= 1
  270: if r2 > 16383 goto +5
  271: r3 = r6
  272: r3 += r2
  273: r2 = r3
  274: r2 += 40
  275: if r2 <= r7 goto +1
  276: r3 = 0
  277: r2 = 0
  278: r4 = 0
  279: if r3 == 0 goto +4
  280: r2 = *(u64 *)(r3 +8)
  281: r2 = be64 r2
  282: r4 = *(u64 *)(r3 +16)
  283: r4 = be64 r4
  284: *(u64 *)(r10 -216) = r4
  285: *(u64 *)(r10 -208) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  286: r2 = 0
  287: r4 = 0
  288: if r3 == 0 goto +4
  289: r2 = *(u64 *)(r3 +24)
  290: r2 = be64 r2
  291: r4 = *(u64 *)(r3 +32)
  292: r4 = be64 r4
  293: *(u64 *)(r10 -232) = r4
  294: *(u64 *)(r10 -224) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  295: r2 = 0
  296: if r3 == 0 goto +1
  297: r2 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  298: r3 = *(u16 *)(r10 -22)
      ; v15: bit<16> = read var4
  299: r4 = *(u16 *)(r10 -20)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  300: *(u64 *)(r10 -120) = 0
  301: *(u64 *)(r10 -112) = 0
  302: *(u64 *)(r10 -104) = 0
  303: *(u64 *)(r10 -96) = 0
  304: *(u64 *)(r10 -88) = 0
  305: r8 = r1
  306: r1 = r8
  307: r1 = be16 r1
  308: *(u16 *)(r10 -120) = r1
  309: r1 = *(u64 *)(r10 -216)
  310: r8 = *(u64 *)(r10 -208)
  311: r9 = r8
  312: r8 = r9
  313: r8 = be16 r8
  314: *(u16 *)(r10 -112) = r8
  315: r9 >>= 16
  316: r8 = r9
  317: r8 = be32 r8
  318: *(u32 *)(r10 -116) = r8
  319: r9 >>= 32
  320: r8 = r9
  321: r8 = be16 r8
  322: *(u16 *)(r10 -118) = r8
  323: r8 = r1
  324: r1 = r8
  325: r1 = be16 r1
  326: *(u16 *)(r10 -104) = r1
  327: r8 >>= 16
  328: r1 = r8
  329: r1 = be32 r1
  330: *(u32 *)(r10 -108) = r1
  331: r8 >>= 32
  332: r1 = r8
  333: r1 = be16 r1
  334: *(u16 *)(r10 -110) = r1
  335: r1 = *(u64 *)(r10 -232)
  336: r8 = *(u64 *)(r10 -224)
  337: r9 = r8
  338: r8 = r9
  339: r8 = be16 r8
  340: *(u16 *)(r10 -96) = r8
  341: r9 >>= 16
  342: r8 = r9
  343: r8 = be32 r8
  344: *(u32 *)(r10 -100) = r8
  345: r9 >>= 32
  346: r8 = r9
  347: r8 = be16 r8
  348: *(u16 *)(r10 -102) = r8
  349: r8 = r1
  350: r1 = r8
  351: r1 = be16 r1
  352: *(u16 *)(r10 -88) = r1
  353: r8 >>= 16
  354: r1 = r8
  355: r1 = be32 r1
  356: *(u32 *)(r10 -92) = r1
  357: r8 >>= 32
  358: r1 = r8
  359: r1 = be16 r1
  360: *(u16 *)(r10 -94) = r1
  361: r1 = r2
  362: r2 = r1
  363: *(u8 *)(r10 -86) = r2
  364: r1 = r3
  365: r2 = r1
  366: *(u8 *)(r10 -84) = r2
  367: r1 >>= 8
  368: r2 = r1
  369: *(u8 *)(r10 -85) = r2
  370: r1 = r4
  371: r2 = r1
  372: *(u8 *)(r10 -82) = r2
  373: r1 >>= 8
  374: r2 = r1
  375: *(u8 *)(r10 -83) = r2
  376: r1 = map[pipe_flows6] ll
  378: r2 = r10
  379: r2 += -120
  380: call bpf_map_lookup_elem
  381: r1 = r0
  382: r2 = 0
  383: if r1 == 0 goto +3
  384: r2 = 1
  385: r3 = *(u32 *)(r1 +0)
  386: *(u32 *)(r10 -32) = r3
      ; write var10, v16
  387: *(u8 *)(r10 -17) = r2
  388: goto +75
      ; v2: bit<12> = read var2
  389: r1 = *(u16 *)(r10 -24)
      ; v3: bit<32> = read_field hdr2.srcAddr
  390: r2 = *(u32 *)(r10 -64)
  391: if r2 == 0 goto +7
  392: r2 -= 1
  393: if r2 > 16383 goto +5
  394: r3 = r6
  395: r3 += r2
  396: r2 = r3
  397: r2 += 20
  398: if r2 <= r7 goto +1
  399: r3 = 0
  400: r2 = 0
  401: if r3 == 0 goto +2
  402: r2 = *(u32 *)(r3 +12)
  403: r2 = be32 r2
      ; v4: bit<32> = read_field hdr2.dstAddr
  404: r4 = 0
  405: if r3 == 0 goto +2
  406: r4 = *(u32 *)(r3 +16)
  407: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  408: r8 = 0
  409: if r3 == 0 goto +1
  410: r8 = *(u8 *)(r3 +9)
      ; v6: bit<16> = read var3
  411: r3 = *(u16 *)(r10 -22)
      ; v7: bit<16> = read var4
  412: r0 = *(u16 *)(r10 -20)
  413: *(u64 *)(r10 -272) = r0
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  414: *(u64 *)(r10 -120) = 0
  415: *(u64 *)(r10 -112) = 0
  416: r9 = r1
  417: r1 = r9
  418: r1 = be16 r1
  419: *(u16 *)(r10 -120) = r1
  420: r1 = r2
  421: r2 = r1
  422: r2 = be16 r2
  423: *(u16 *)(r10 -116) = r2
  424: r1 >>= 16
  425: r2 = r1
  426: r2 = be16 r2
  427: *(u16 *)(r10 -118) = r2
  428: r1 = r4
  429: r2 = r1
  430: r2 = be16 r2
  431: *(u16 *)(r10 -112) = r2
  432: r1 >>= 16
  433: r2 = r1
  434: r2 = be16 r2
  435: *(u16 *)(r10 -114) = r2
  436: r1 = r8
  437: r2 = r1
  438: *(u8 *)(r10 -110) = r2
  439: r1 = r3
  440: r2 = r1
  441: *(u8 *)(r10 -108) = r2
  442: r1 >>= 8
  443: r2 = r1
  444: *(u8 *)(r10 -109) = r2
  445: r0 = *(u64 *)(r10 -272)
  446: r1 = r0
  447: r2 = r1
  448: *(u8 *)(r10 -106) = r2
  449: r1 >>= 8
  450: r2 = r1
  451: *(u8 *)(r10 -107) = r2
  452: r1 = map[pipe_flows4] ll
  454: r2 = r10
  455: r2 += -120
  456: call bpf_map_lookup_elem
  457: r1 = r0
  458: r2 = 0
  459: if r1 == 0 goto +3
  460: r2 = 1
  461: r3 = *(u32 *)(r1 +0)
  462: *(u32 *)(r10 -32) = r3
      ; write var10, v8
  463: *(u8 *)(r10 -17) = r2
      ; v19: bool = read var10
  464: r1 = *(u8 *)(r10 -17)
  465: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  466: r1 = 1
      ; v23: bit<32> = const 1
  467: r2 = 1
      ; count counter0[v22] += v23
  468: *(u32 *)(r10 -120) = r1
  469: *(u64 *)(r10 -192) = r2
  470: r1 = map[pipe_hint_stats] ll
  472: r2 = r10
  473: r2 += -120
  474: call bpf_map_lookup_elem
  475: r1 = r0
  476: if r1 == 0 goto +8
  477: r2 = *(u64 *)(r1 +0)
  478: r3 = *(u64 *)(r10 -192)
  479: r2 += r3
  480: *(u64 *)(r1 +0) = r2
  481: r2 = *(u64 *)(r1 +8)
  482: r3 = *(u32 *)(r10 -36)
  483: r2 += r3
  484: *(u64 *)(r1 +8) = r2
  485: goto +19
      ; v20: bit<32> = const 0
  486: r1 = 0
      ; v21: bit<32> = const 1
  487: r2 = 1
      ; count counter0[v20] += v21
  488: *(u32 *)(r10 -120) = r1
  489: *(u64 *)(r10 -192) = r2
  490: r1 = map[pipe_hint_stats] ll
  492: r2 = r10
  493: r2 += -120
  494: call bpf_map_lookup_elem
  495: r1 = r0
  496: if r1 == 0 goto +8
  497: r2 = *(u64 *)(r1 +0)
  498: r3 = *(u64 *)(r10 -192)
  499: r2 += r3
  500: *(u64 *)(r1 +0) = r2
  501: r2 = *(u64 *)(r1 +8)
  502: r3 = *(u32 *)(r10 -36)
  503: r2 += r3
  504: *(u64 *)(r1 +8) = r2
  505: goto +21
      ; drop
  506: r1 = *(u32 *)(r10 -32)
  507: r2 = *(u32 *)(r10 -28)
  508: *(u64 *)(r10 -240) = r1
  509: *(u64 *)(r10 -248) = r2
  510: r1 = *(u64 *)(r10 -8)
  511: r2 = 0xfffffffffffffff8 ll
  513: call bpf_xdp_adjust_meta
  514: if r0 != 0 goto +10
  515: r1 = *(u64 *)(r10 -8)
  516: r2 = *(u32 *)(r1 +8)
  517: r3 = *(u32 *)(r1 +0)
  518: r1 = r2
  519: r1 += 8
  520: if r1 > r3 goto +4
  521: r1 = *(u64 *)(r10 -240)
  522: *(u32 *)(r2 +0) = r1
  523: r1 = *(u64 *)(r10 -248)
  524: *(u32 *)(r2 +4) = r1
  525: r0 = 1
  526: exit
      ; epilogue: verdict
  527: r1 = *(u32 *)(r10 -32)
  528: r2 = *(u32 *)(r10 -28)
  529: *(u64 *)(r10 -256) = r1
  530: *(u64 *)(r10 -264) = r2
  531: r1 = *(u64 *)(r10 -8)
  532: r2 = 0xfffffffffffffff8 ll
  534: call bpf_xdp_adjust_meta
  535: if r0 != 0 goto +10
  536: r1 = *(u64 *)(r10 -8)
  537: r2 = *(u32 *)(r1 +8)
  538: r3 = *(u32 *)(r1 +0)
  539: r1 = r2
  540: r1 += 8
  541: if r1 > r3 goto +4
  542: r1 = *(u64 *)(r10 -256)
  543: *(u32 *)(r2 +0) = r1
  544: r1 = *(u64 *)(r10 -264)
  545: *(u32 *)(r2 +4) = r1
  546: r1 = *(u8 *)(r10 -18)
  547: if r1 != 0 goto +2
  548: r0 = 2
  549: exit
  550: if r1 != 2 goto +4
  551: r1 = *(u32 *)(r10 -28)
  552: r2 = 0
  553: call bpf_redirect
  554: exit
  555: r0 = 1
  556: exit
