; ovs_hint for classifier: 498 instructions, stack 240 bytes, 3 maps
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
   25: goto +451
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
   41: goto +169
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
   50: goto +426
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
   70: goto +140
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
   79: goto +397
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
   89: goto +97
   90: if r1 != 17 goto +1
   91: goto +70
   92: goto +118
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
  101: goto +375
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
  112: goto +34
  113: if r1 < 6 goto +2
  114: if r1 > 15 goto +1
  115: goto +1
  116: goto +94
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
  117: r1 = 0
  118: if r2 == 0 goto +2
  119: r1 = *(u8 *)(r2 +0)
  120: r1 &= 15
      ; v8: bit<32> = cast v7
  121: r3 = r1
  122: w3 = w3
      ; v9: bit<32> = const 5
  123: r1 = 5
      ; v10: bit<32> = sub v8, v9
  124: r4 = r3
  125: r4 -= r1
  126: w4 = w4
      ; v11: bit<32> = const 0x20
  127: r1 = 32
      ; v12: bit<32> = mul v10, v11
  128: r3 = r4
  129: r3 *= r1
  130: w3 = w3
      ; advance v12
  131: r1 = r3
  132: r1 &= 7
  133: if r1 == 0 goto +2
  134: *(u32 *)(r10 -44) = 6
  135: goto +341
  136: r1 = r3
  137: r1 >>= 3
  138: r3 = *(u64 *)(r10 -16)
  139: r3 += r1
  140: if r3 > 16383 goto +3
  141: r1 = r6
  142: r1 += r3
  143: if r1 <= r7 goto +2
  144: *(u32 *)(r10 -44) = 1
  145: goto +331
  146: *(u64 *)(r10 -16) = r3
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
  147: r1 = 0
  148: if r2 == 0 goto +3
  149: r1 = *(u16 *)(r2 +6)
  150: r1 = be16 r1
  151: r1 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
  152: r3 = 0
  153: if r2 == 0 goto +1
  154: r3 = *(u8 *)(r2 +9)
  155: if r1 != 0 goto +2
  156: if r3 != 6 goto +1
  157: goto +29
  158: if r1 != 0 goto +2
  159: if r3 != 17 goto +1
  160: goto +1
  161: goto +49
      ; prs: block7 (parse_udp)
      ; extract hdr5
  162: r1 = *(u64 *)(r10 -16)
  163: if r1 > 16383 goto +5
  164: r2 = r6
  165: r2 += r1
  166: r3 = r2
  167: r3 += 4
  168: if r3 <= r7 goto +2
  169: *(u32 *)(r10 -44) = 1
  170: goto +306
  171: r3 = r1
  172: r3 += 1
  173: *(u32 *)(r10 -52) = r3
  174: r1 += 4
  175: *(u64 *)(r10 -16) = r1
      ; v2: bit<16> = read_field hdr5.srcPort
  176: r1 = 0
  177: if r2 == 0 goto +2
  178: r1 = *(u16 *)(r2 +0)
  179: r1 = be16 r1
      ; write var3, v2
  180: *(u16 *)(r10 -22) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
  181: r1 = 0
  182: if r2 == 0 goto +2
  183: r1 = *(u16 *)(r2 +2)
  184: r1 = be16 r1
      ; write var4, v3
  185: *(u16 *)(r10 -20) = r1
  186: goto +24
      ; prs: block8 (parse_tcp)
      ; extract hdr4
  187: r1 = *(u64 *)(r10 -16)
  188: if r1 > 16383 goto +5
  189: r2 = r6
  190: r2 += r1
  191: r3 = r2
  192: r3 += 4
  193: if r3 <= r7 goto +2
  194: *(u32 *)(r10 -44) = 1
  195: goto +281
  196: r3 = r1
  197: r3 += 1
  198: *(u32 *)(r10 -56) = r3
  199: r1 += 4
  200: *(u64 *)(r10 -16) = r1
      ; v4: bit<16> = read_field hdr4.srcPort
  201: r1 = 0
  202: if r2 == 0 goto +2
  203: r1 = *(u16 *)(r2 +0)
  204: r1 = be16 r1
      ; write var3, v4
  205: *(u16 *)(r10 -22) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  206: r1 = 0
  207: if r2 == 0 goto +2
  208: r1 = *(u16 *)(r2 +2)
  209: r1 = be16 r1
      ; write var4, v5
  210: *(u16 *)(r10 -20) = r1
      ; v0: bool = const 0
  211: r1 = 0
      ; write var10, v0
  212: *(u8 *)(r10 -17) = r1
      ; v1: bool = is_valid hdr2
  213: r1 = *(u32 *)(r10 -64)
  214: if r1 != 0 goto +145
      ; v9: bool = is_valid hdr3
  215: r1 = *(u32 *)(r10 -60)
  216: if r1 != 0 goto +20
      ; v17: bit<32> = const 2
  217: r1 = 2
      ; v18: bit<32> = const 1
  218: r2 = 1
      ; count counter0[v17] += v18
  219: *(u32 *)(r10 -120) = r1
  220: *(u64 *)(r10 -192) = r2
  221: r1 = map[pipe_hint_stats] ll
  223: r2 = r10
  224: r2 += -120
  225: call bpf_map_lookup_elem
  226: r1 = r0
  227: if r1 == 0 goto +8
  228: r2 = *(u64 *)(r1 +0)
  229: r3 = *(u64 *)(r10 -192)
  230: r2 += r3
  231: *(u64 *)(r1 +0) = r2
  232: r2 = *(u64 *)(r1 +8)
  233: r3 = *(u32 *)(r10 -36)
  234: r2 += r3
  235: *(u64 *)(r1 +8) = r2
  236: goto +246
      ; v10: bit<12> = read var2
  237: r1 = *(u16 *)(r10 -24)
      ; v11: bit<128> = read_field hdr3.srcAddr
  238: r2 = *(u32 *)(r10 -60)
  239: if r2 == 0 goto +7
  240: r2 -= 1
  241: if r2 > 16383 goto +5
  242: r3 = r6
  243: r3 += r2
  244: r2 = r3
  245: r2 += 40
  246: if r2 <= r7 goto +1
  247: r3 = 0
  248: r2 = 0
  249: r4 = 0
  250: if r3 == 0 goto +4
  251: r2 = *(u64 *)(r3 +8)
  252: r2 = be64 r2
  253: r4 = *(u64 *)(r3 +16)
  254: r4 = be64 r4
  255: *(u64 *)(r10 -216) = r4
  256: *(u64 *)(r10 -208) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  257: r2 = 0
  258: r4 = 0
  259: if r3 == 0 goto +4
  260: r2 = *(u64 *)(r3 +24)
  261: r2 = be64 r2
  262: r4 = *(u64 *)(r3 +32)
  263: r4 = be64 r4
  264: *(u64 *)(r10 -232) = r4
  265: *(u64 *)(r10 -224) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  266: r2 = 0
  267: if r3 == 0 goto +1
  268: r2 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  269: r3 = *(u16 *)(r10 -22)
      ; v15: bit<16> = read var4
  270: r4 = *(u16 *)(r10 -20)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  271: *(u64 *)(r10 -120) = 0
  272: *(u64 *)(r10 -112) = 0
  273: *(u64 *)(r10 -104) = 0
  274: *(u64 *)(r10 -96) = 0
  275: *(u64 *)(r10 -88) = 0
  276: r8 = r1
  277: r1 = r8
  278: r1 = be16 r1
  279: *(u16 *)(r10 -120) = r1
  280: r1 = *(u64 *)(r10 -216)
  281: r8 = *(u64 *)(r10 -208)
  282: r9 = r8
  283: r8 = r9
  284: r8 = be16 r8
  285: *(u16 *)(r10 -112) = r8
  286: r9 >>= 16
  287: r8 = r9
  288: r8 = be32 r8
  289: *(u32 *)(r10 -116) = r8
  290: r9 >>= 32
  291: r8 = r9
  292: r8 = be16 r8
  293: *(u16 *)(r10 -118) = r8
  294: r8 = r1
  295: r1 = r8
  296: r1 = be16 r1
  297: *(u16 *)(r10 -104) = r1
  298: r8 >>= 16
  299: r1 = r8
  300: r1 = be32 r1
  301: *(u32 *)(r10 -108) = r1
  302: r8 >>= 32
  303: r1 = r8
  304: r1 = be16 r1
  305: *(u16 *)(r10 -110) = r1
  306: r1 = *(u64 *)(r10 -232)
  307: r8 = *(u64 *)(r10 -224)
  308: r9 = r8
  309: r8 = r9
  310: r8 = be16 r8
  311: *(u16 *)(r10 -96) = r8
  312: r9 >>= 16
  313: r8 = r9
  314: r8 = be32 r8
  315: *(u32 *)(r10 -100) = r8
  316: r9 >>= 32
  317: r8 = r9
  318: r8 = be16 r8
  319: *(u16 *)(r10 -102) = r8
  320: r8 = r1
  321: r1 = r8
  322: r1 = be16 r1
  323: *(u16 *)(r10 -88) = r1
  324: r8 >>= 16
  325: r1 = r8
  326: r1 = be32 r1
  327: *(u32 *)(r10 -92) = r1
  328: r8 >>= 32
  329: r1 = r8
  330: r1 = be16 r1
  331: *(u16 *)(r10 -94) = r1
  332: r1 = r2
  333: r2 = r1
  334: *(u8 *)(r10 -86) = r2
  335: r1 = r3
  336: r2 = r1
  337: *(u8 *)(r10 -84) = r2
  338: r1 >>= 8
  339: r2 = r1
  340: *(u8 *)(r10 -85) = r2
  341: r1 = r4
  342: r2 = r1
  343: *(u8 *)(r10 -82) = r2
  344: r1 >>= 8
  345: r2 = r1
  346: *(u8 *)(r10 -83) = r2
  347: r1 = map[pipe_flows6] ll
  349: r2 = r10
  350: r2 += -120
  351: call bpf_map_lookup_elem
  352: r1 = r0
  353: r2 = 0
  354: if r1 == 0 goto +3
  355: r2 = 1
  356: r3 = *(u32 *)(r1 +0)
  357: *(u32 *)(r10 -32) = r3
      ; write var10, v16
  358: *(u8 *)(r10 -17) = r2
  359: goto +75
      ; v2: bit<12> = read var2
  360: r1 = *(u16 *)(r10 -24)
      ; v3: bit<32> = read_field hdr2.srcAddr
  361: r2 = *(u32 *)(r10 -64)
  362: if r2 == 0 goto +7
  363: r2 -= 1
  364: if r2 > 16383 goto +5
  365: r3 = r6
  366: r3 += r2
  367: r2 = r3
  368: r2 += 20
  369: if r2 <= r7 goto +1
  370: r3 = 0
  371: r2 = 0
  372: if r3 == 0 goto +2
  373: r2 = *(u32 *)(r3 +12)
  374: r2 = be32 r2
      ; v4: bit<32> = read_field hdr2.dstAddr
  375: r4 = 0
  376: if r3 == 0 goto +2
  377: r4 = *(u32 *)(r3 +16)
  378: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  379: r8 = 0
  380: if r3 == 0 goto +1
  381: r8 = *(u8 *)(r3 +9)
      ; v6: bit<16> = read var3
  382: r3 = *(u16 *)(r10 -22)
      ; v7: bit<16> = read var4
  383: r0 = *(u16 *)(r10 -20)
  384: *(u64 *)(r10 -240) = r0
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  385: *(u64 *)(r10 -120) = 0
  386: *(u64 *)(r10 -112) = 0
  387: r9 = r1
  388: r1 = r9
  389: r1 = be16 r1
  390: *(u16 *)(r10 -120) = r1
  391: r1 = r2
  392: r2 = r1
  393: r2 = be16 r2
  394: *(u16 *)(r10 -116) = r2
  395: r1 >>= 16
  396: r2 = r1
  397: r2 = be16 r2
  398: *(u16 *)(r10 -118) = r2
  399: r1 = r4
  400: r2 = r1
  401: r2 = be16 r2
  402: *(u16 *)(r10 -112) = r2
  403: r1 >>= 16
  404: r2 = r1
  405: r2 = be16 r2
  406: *(u16 *)(r10 -114) = r2
  407: r1 = r8
  408: r2 = r1
  409: *(u8 *)(r10 -110) = r2
  410: r1 = r3
  411: r2 = r1
  412: *(u8 *)(r10 -108) = r2
  413: r1 >>= 8
  414: r2 = r1
  415: *(u8 *)(r10 -109) = r2
  416: r0 = *(u64 *)(r10 -240)
  417: r1 = r0
  418: r2 = r1
  419: *(u8 *)(r10 -106) = r2
  420: r1 >>= 8
  421: r2 = r1
  422: *(u8 *)(r10 -107) = r2
  423: r1 = map[pipe_flows4] ll
  425: r2 = r10
  426: r2 += -120
  427: call bpf_map_lookup_elem
  428: r1 = r0
  429: r2 = 0
  430: if r1 == 0 goto +3
  431: r2 = 1
  432: r3 = *(u32 *)(r1 +0)
  433: *(u32 *)(r10 -32) = r3
      ; write var10, v8
  434: *(u8 *)(r10 -17) = r2
      ; v19: bool = read var10
  435: r1 = *(u8 *)(r10 -17)
  436: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  437: r1 = 1
      ; v23: bit<32> = const 1
  438: r2 = 1
      ; count counter0[v22] += v23
  439: *(u32 *)(r10 -120) = r1
  440: *(u64 *)(r10 -192) = r2
  441: r1 = map[pipe_hint_stats] ll
  443: r2 = r10
  444: r2 += -120
  445: call bpf_map_lookup_elem
  446: r1 = r0
  447: if r1 == 0 goto +8
  448: r2 = *(u64 *)(r1 +0)
  449: r3 = *(u64 *)(r10 -192)
  450: r2 += r3
  451: *(u64 *)(r1 +0) = r2
  452: r2 = *(u64 *)(r1 +8)
  453: r3 = *(u32 *)(r10 -36)
  454: r2 += r3
  455: *(u64 *)(r1 +8) = r2
  456: goto +19
      ; v20: bit<32> = const 0
  457: r1 = 0
      ; v21: bit<32> = const 1
  458: r2 = 1
      ; count counter0[v20] += v21
  459: *(u32 *)(r10 -120) = r1
  460: *(u64 *)(r10 -192) = r2
  461: r1 = map[pipe_hint_stats] ll
  463: r2 = r10
  464: r2 += -120
  465: call bpf_map_lookup_elem
  466: r1 = r0
  467: if r1 == 0 goto +8
  468: r2 = *(u64 *)(r1 +0)
  469: r3 = *(u64 *)(r10 -192)
  470: r2 += r3
  471: *(u64 *)(r1 +0) = r2
  472: r2 = *(u64 *)(r1 +8)
  473: r3 = *(u32 *)(r10 -36)
  474: r2 += r3
  475: *(u64 *)(r1 +8) = r2
  476: goto +6
      ; drop
  477: r1 = *(u32 *)(r10 -32)
  478: r2 = *(u32 *)(r10 -28)
  479: r2 = *(u64 *)(r10 -8)
  480: *(u32 *)(r2 +8) = r1
  481: r0 = 2
  482: exit
      ; epilogue: verdict
  483: r1 = *(u32 *)(r10 -32)
  484: r2 = *(u32 *)(r10 -28)
  485: r2 = *(u64 *)(r10 -8)
  486: *(u32 *)(r2 +8) = r1
  487: r1 = *(u8 *)(r10 -18)
  488: if r1 != 0 goto +2
  489: r0 = 0
  490: exit
  491: if r1 != 2 goto +4
  492: r1 = *(u32 *)(r10 -28)
  493: r2 = 0
  494: call bpf_redirect
  495: exit
  496: r0 = 2
  497: exit
