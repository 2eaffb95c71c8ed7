; ovs_hint for classifier: 487 instructions, stack 240 bytes, 3 maps
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
   23: goto +451
   24: r3 = r1
   25: r3 += 1
   26: *(u32 *)(r10 -72) = r3
   27: r1 += 14
   28: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   29: r1 = 0
   30: if r2 == 0 goto +2
   31: r1 = *(u16 *)(r2 +12)
   32: r1 = be16 r1
   33: if r1 != 33024 goto +1
   34: goto +5
   35: if r1 != 2048 goto +1
   36: goto +54
   37: if r1 != 34525 goto +1
   38: goto +30
   39: goto +169
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   40: r1 = *(u64 *)(r10 -16)
   41: if r1 > 16383 goto +5
   42: r2 = r6
   43: r2 += r1
   44: r3 = r2
   45: r3 += 4
   46: if r3 <= r7 goto +2
   47: *(u32 *)(r10 -44) = 1
   48: goto +426
   49: r3 = r1
   50: r3 += 1
   51: *(u32 *)(r10 -68) = r3
   52: r1 += 4
   53: *(u64 *)(r10 -16) = r1
      ; v15: bit<12> = read_field hdr1.vid
   54: r1 = 0
   55: if r2 == 0 goto +3
   56: r1 = *(u16 *)(r2 +0)
   57: r1 = be16 r1
   58: r1 &= 4095
      ; write var2, v15
   59: *(u16 *)(r10 -24) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   60: r1 = 0
   61: if r2 == 0 goto +2
   62: r1 = *(u16 *)(r2 +2)
   63: r1 = be16 r1
   64: if r1 != 2048 goto +1
   65: goto +25
   66: if r1 != 34525 goto +1
   67: goto +1
   68: goto +140
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   69: r1 = *(u64 *)(r10 -16)
   70: if r1 > 16383 goto +5
   71: r2 = r6
   72: r2 += r1
   73: r3 = r2
   74: r3 += 40
   75: if r3 <= r7 goto +2
   76: *(u32 *)(r10 -44) = 1
   77: goto +397
   78: r3 = r1
   79: r3 += 1
   80: *(u32 *)(r10 -60) = r3
   81: r1 += 40
   82: *(u64 *)(r10 -16) = r1
      ; v1: bit<8> = read_field hdr3.nextHdr
   83: r1 = 0
   84: if r2 == 0 goto +1
   85: r1 = *(u8 *)(r2 +6)
   86: if r1 != 6 goto +1
   87: goto +97
   88: if r1 != 17 goto +1
   89: goto +70
   90: goto +118
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   91: r1 = *(u64 *)(r10 -16)
   92: if r1 > 16383 goto +5
   93: r2 = r6
   94: r2 += r1
   95: r3 = r2
   96: r3 += 20
   97: if r3 <= r7 goto +2
   98: *(u32 *)(r10 -44) = 1
   99: goto +375
  100: r3 = r1
  101: r3 += 1
  102: *(u32 *)(r10 -64) = r3
  103: r1 += 20
  104: *(u64 *)(r10 -16) = r1
      ; v6: bit<4> = read_field hdr2.ihl
  105: r1 = 0
  106: if r2 == 0 goto +2
  107: r1 = *(u8 *)(r2 +0)
  108: r1 &= 15
  109: if r1 != 5 goto +1
  110: goto +34
  111: if r1 < 6 goto +2
  112: if r1 > 15 goto +1
  113: goto +1
  114: goto +94
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
  115: r1 = 0
  116: if r2 == 0 goto +2
  117: r1 = *(u8 *)(r2 +0)
  118: r1 &= 15
      ; v8: bit<32> = cast v7
  119: r3 = r1
  120: w3 = w3
      ; v9: bit<32> = const 5
  121: r1 = 5
      ; v10: bit<32> = sub v8, v9
  122: r4 = r3
  123: r4 -= r1
  124: w4 = w4
      ; v11: bit<32> = const 0x20
  125: r1 = 32
      ; v12: bit<32> = mul v10, v11
  126: r3 = r4
  127: r3 *= r1
  128: w3 = w3
      ; advance v12
  129: r1 = r3
  130: r1 &= 7
  131: if r1 == 0 goto +2
  132: *(u32 *)(r10 -44) = 6
  133: goto +341
  134: r1 = r3
  135: r1 >>= 3
  136: r3 = *(u64 *)(r10 -16)
  137: r3 += r1
  138: if r3 > 16383 goto +3
  139: r1 = r6
  140: r1 += r3
  141: if r1 <= r7 goto +2
  142: *(u32 *)(r10 -44) = 1
  143: goto +331
  144: *(u64 *)(r10 -16) = r3
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
  145: r1 = 0
  146: if r2 == 0 goto +3
  147: r1 = *(u16 *)(r2 +6)
  148: r1 = be16 r1
  149: r1 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
  150: r3 = 0
  151: if r2 == 0 goto +1
  152: r3 = *(u8 *)(r2 +9)
  153: if r1 != 0 goto +2
  154: if r3 != 6 goto +1
  155: goto +29
  156: if r1 != 0 goto +2
  157: if r3 != 17 goto +1
  158: goto +1
  159: goto +49
      ; prs: block7 (parse_udp)
      ; extract hdr5
  160: r1 = *(u64 *)(r10 -16)
  161: if r1 > 16383 goto +5
  162: r2 = r6
  163: r2 += r1
  164: r3 = r2
  165: r3 += 4
  166: if r3 <= r7 goto +2
  167: *(u32 *)(r10 -44) = 1
  168: goto +306
  169: r3 = r1
  170: r3 += 1
  171: *(u32 *)(r10 -52) = r3
  172: r1 += 4
  173: *(u64 *)(r10 -16) = r1
      ; v2: bit<16> = read_field hdr5.srcPort
  174: r1 = 0
  175: if r2 == 0 goto +2
  176: r1 = *(u16 *)(r2 +0)
  177: r1 = be16 r1
      ; write var3, v2
  178: *(u16 *)(r10 -22) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
  179: r1 = 0
  180: if r2 == 0 goto +2
  181: r1 = *(u16 *)(r2 +2)
  182: r1 = be16 r1
      ; write var4, v3
  183: *(u16 *)(r10 -20) = r1
  184: goto +24
      ; prs: block8 (parse_tcp)
      ; extract hdr4
  185: r1 = *(u64 *)(r10 -16)
  186: if r1 > 16383 goto +5
  187: r2 = r6
  188: r2 += r1
  189: r3 = r2
  190: r3 += 4
  191: if r3 <= r7 goto +2
  192: *(u32 *)(r10 -44) = 1
  193: goto +281
  194: r3 = r1
  195: r3 += 1
  196: *(u32 *)(r10 -56) = r3
  197: r1 += 4
  198: *(u64 *)(r10 -16) = r1
      ; v4: bit<16> = read_field hdr4.srcPort
  199: r1 = 0
  200: if r2 == 0 goto +2
  201: r1 = *(u16 *)(r2 +0)
  202: r1 = be16 r1
      ; write var3, v4
  203: *(u16 *)(r10 -22) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  204: r1 = 0
  205: if r2 == 0 goto +2
  206: r1 = *(u16 *)(r2 +2)
  207: r1 = be16 r1
      ; write var4, v5
  208: *(u16 *)(r10 -20) = r1
      ; v0: bool = const 0
  209: r1 = 0
      ; write var10, v0
  210: *(u8 *)(r10 -17) = r1
      ; v1: bool = is_valid hdr2
  211: r1 = *(u32 *)(r10 -64)
  212: if r1 != 0 goto +145
      ; v9: bool = is_valid hdr3
  213: r1 = *(u32 *)(r10 -60)
  214: if r1 != 0 goto +20
      ; v17: bit<32> = const 2
  215: r1 = 2
      ; v18: bit<32> = const 1
  216: r2 = 1
      ; count counter0[v17] += v18
  217: *(u32 *)(r10 -120) = r1
  218: *(u64 *)(r10 -192) = r2
  219: r1 = map[pipe_hint_stats] ll
  221: r2 = r10
  222: r2 += -120
  223: call bpf_map_lookup_elem
  224: r1 = r0
  225: if r1 == 0 goto +8
  226: r2 = *(u64 *)(r1 +0)
  227: r3 = *(u64 *)(r10 -192)
  228: r2 += r3
  229: *(u64 *)(r1 +0) = r2
  230: r2 = *(u64 *)(r1 +8)
  231: r3 = *(u32 *)(r10 -36)
  232: r2 += r3
  233: *(u64 *)(r1 +8) = r2
  234: goto +246
      ; v10: bit<12> = read var2
  235: r1 = *(u16 *)(r10 -24)
      ; v11: bit<128> = read_field hdr3.srcAddr
  236: r2 = *(u32 *)(r10 -60)
  237: if r2 == 0 goto +7
  238: r2 -= 1
  239: if r2 > 16383 goto +5
  240: r3 = r6
  241: r3 += r2
  242: r2 = r3
  243: r2 += 40
  244: if r2 <= r7 goto +1
  245: r3 = 0
  246: r2 = 0
  247: r4 = 0
  248: if r3 == 0 goto +4
  249: r2 = *(u64 *)(r3 +8)
  250: r2 = be64 r2
  251: r4 = *(u64 *)(r3 +16)
  252: r4 = be64 r4
  253: *(u64 *)(r10 -216) = r4
  254: *(u64 *)(r10 -208) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  255: r2 = 0
  256: r4 = 0
  257: if r3 == 0 goto +4
  258: r2 = *(u64 *)(r3 +24)
  259: r2 = be64 r2
  260: r4 = *(u64 *)(r3 +32)
  261: r4 = be64 r4
  262: *(u64 *)(r10 -232) = r4
  263: *(u64 *)(r10 -224) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  264: r2 = 0
  265: if r3 == 0 goto +1
  266: r2 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  267: r3 = *(u16 *)(r10 -22)
      ; v15: bit<16> = read var4
  268: r4 = *(u16 *)(r10 -20)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  269: *(u64 *)(r10 -120) = 0
  270: *(u64 *)(r10 -112) = 0
  271: *(u64 *)(r10 -104) = 0
  272: *(u64 *)(r10 -96) = 0
  273: *(u64 *)(r10 -88) = 0
  274: r8 = r1
  275: r1 = r8
  276: r1 = be16 r1
  277: *(u16 *)(r10 -120) = r1
  278: r1 = *(u64 *)(r10 -216)
  279: r8 = *(u64 *)(r10 -208)
  280: r9 = r8
  281: r8 = r9
  282: r8 = be16 r8
  283: *(u16 *)(r10 -112) = r8
  284: r9 >>= 16
  285: r8 = r9
  286: r8 = be32 r8
  287: *(u32 *)(r10 -116) = r8
  288: r9 >>= 32
  289: r8 = r9
  290: r8 = be16 r8
  291: *(u16 *)(r10 -118) = r8
  292: r8 = r1
  293: r1 = r8
  294: r1 = be16 r1
  295: *(u16 *)(r10 -104) = r1
  296: r8 >>= 16
  297: r1 = r8
  298: r1 = be32 r1
  299: *(u32 *)(r10 -108) = r1
  300: r8 >>= 32
  301: r1 = r8
  302: r1 = be16 r1
  303: *(u16 *)(r10 -110) = r1
  304: r1 = *(u64 *)(r10 -232)
  305: r8 = *(u64 *)(r10 -224)
  306: r9 = r8
  307: r8 = r9
  308: r8 = be16 r8
  309: *(u16 *)(r10 -96) = r8
  310: r9 >>= 16
  311: r8 = r9
  312: r8 = be32 r8
  313: *(u32 *)(r10 -100) = r8
  314: r9 >>= 32
  315: r8 = r9
  316: r8 = be16 r8
  317: *(u16 *)(r10 -102) = r8
  318: r8 = r1
  319: r1 = r8
  320: r1 = be16 r1
  321: *(u16 *)(r10 -88) = r1
  322: r8 >>= 16
  323: r1 = r8
  324: r1 = be32 r1
  325: *(u32 *)(r10 -92) = r1
  326: r8 >>= 32
  327: r1 = r8
  328: r1 = be16 r1
  329: *(u16 *)(r10 -94) = r1
  330: r1 = r2
  331: r2 = r1
  332: *(u8 *)(r10 -86) = r2
  333: r1 = r3
  334: r2 = r1
  335: *(u8 *)(r10 -84) = r2
  336: r1 >>= 8
  337: r2 = r1
  338: *(u8 *)(r10 -85) = r2
  339: r1 = r4
  340: r2 = r1
  341: *(u8 *)(r10 -82) = r2
  342: r1 >>= 8
  343: r2 = r1
  344: *(u8 *)(r10 -83) = r2
  345: r1 = map[pipe_flows6] ll
  347: r2 = r10
  348: r2 += -120
  349: call bpf_map_lookup_elem
  350: r1 = r0
  351: r2 = 0
  352: if r1 == 0 goto +3
  353: r2 = 1
  354: r3 = *(u32 *)(r1 +0)
  355: *(u32 *)(r10 -32) = r3
      ; write var10, v16
  356: *(u8 *)(r10 -17) = r2
  357: goto +75
      ; v2: bit<12> = read var2
  358: r1 = *(u16 *)(r10 -24)
      ; v3: bit<32> = read_field hdr2.srcAddr
  359: r2 = *(u32 *)(r10 -64)
  360: if r2 == 0 goto +7
  361: r2 -= 1
  362: if r2 > 16383 goto +5
  363: r3 = r6
  364: r3 += r2
  365: r2 = r3
  366: r2 += 20
  367: if r2 <= r7 goto +1
  368: r3 = 0
  369: r2 = 0
  370: if r3 == 0 goto +2
  371: r2 = *(u32 *)(r3 +12)
  372: r2 = be32 r2
      ; v4: bit<32> = read_field hdr2.dstAddr
  373: r4 = 0
  374: if r3 == 0 goto +2
  375: r4 = *(u32 *)(r3 +16)
  376: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  377: r8 = 0
  378: if r3 == 0 goto +1
  379: r8 = *(u8 *)(r3 +9)
      ; v6: bit<16> = read var3
  380: r3 = *(u16 *)(r10 -22)
      ; v7: bit<16> = read var4
  381: r0 = *(u16 *)(r10 -20)
  382: *(u64 *)(r10 -240) = r0
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  383: *(u64 *)(r10 -120) = 0
  384: *(u64 *)(r10 -112) = 0
  385: r9 = r1
  386: r1 = r9
  387: r1 = be16 r1
  388: *(u16 *)(r10 -120) = r1
  389: r1 = r2
  390: r2 = r1
  391: r2 = be16 r2
  392: *(u16 *)(r10 -116) = r2
  393: r1 >>= 16
  394: r2 = r1
  395: r2 = be16 r2
  396: *(u16 *)(r10 -118) = r2
  397: r1 = r4
  398: r2 = r1
  399: r2 = be16 r2
  400: *(u16 *)(r10 -112) = r2
  401: r1 >>= 16
  402: r2 = r1
  403: r2 = be16 r2
  404: *(u16 *)(r10 -114) = r2
  405: r1 = r8
  406: r2 = r1
  407: *(u8 *)(r10 -110) = r2
  408: r1 = r3
  409: r2 = r1
  410: *(u8 *)(r10 -108) = r2
  411: r1 >>= 8
  412: r2 = r1
  413: *(u8 *)(r10 -109) = r2
  414: r0 = *(u64 *)(r10 -240)
  415: r1 = r0
  416: r2 = r1
  417: *(u8 *)(r10 -106) = r2
  418: r1 >>= 8
  419: r2 = r1
  420: *(u8 *)(r10 -107) = r2
  421: r1 = map[pipe_flows4] ll
  423: r2 = r10
  424: r2 += -120
  425: call bpf_map_lookup_elem
  426: r1 = r0
  427: r2 = 0
  428: if r1 == 0 goto +3
  429: r2 = 1
  430: r3 = *(u32 *)(r1 +0)
  431: *(u32 *)(r10 -32) = r3
      ; write var10, v8
  432: *(u8 *)(r10 -17) = r2
      ; v19: bool = read var10
  433: r1 = *(u8 *)(r10 -17)
  434: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  435: r1 = 1
      ; v23: bit<32> = const 1
  436: r2 = 1
      ; count counter0[v22] += v23
  437: *(u32 *)(r10 -120) = r1
  438: *(u64 *)(r10 -192) = r2
  439: r1 = map[pipe_hint_stats] ll
  441: r2 = r10
  442: r2 += -120
  443: call bpf_map_lookup_elem
  444: r1 = r0
  445: if r1 == 0 goto +8
  446: r2 = *(u64 *)(r1 +0)
  447: r3 = *(u64 *)(r10 -192)
  448: r2 += r3
  449: *(u64 *)(r1 +0) = r2
  450: r2 = *(u64 *)(r1 +8)
  451: r3 = *(u32 *)(r10 -36)
  452: r2 += r3
  453: *(u64 *)(r1 +8) = r2
  454: goto +19
      ; v20: bit<32> = const 0
  455: r1 = 0
      ; v21: bit<32> = const 1
  456: r2 = 1
      ; count counter0[v20] += v21
  457: *(u32 *)(r10 -120) = r1
  458: *(u64 *)(r10 -192) = r2
  459: r1 = map[pipe_hint_stats] ll
  461: r2 = r10
  462: r2 += -120
  463: call bpf_map_lookup_elem
  464: r1 = r0
  465: if r1 == 0 goto +8
  466: r2 = *(u64 *)(r1 +0)
  467: r3 = *(u64 *)(r10 -192)
  468: r2 += r3
  469: *(u64 *)(r1 +0) = r2
  470: r2 = *(u64 *)(r1 +8)
  471: r3 = *(u32 *)(r10 -36)
  472: r2 += r3
  473: *(u64 *)(r1 +8) = r2
  474: goto +6
      ; drop
  475: r1 = *(u32 *)(r10 -32)
  476: r2 = *(u32 *)(r10 -28)
  477: r2 = *(u64 *)(r10 -8)
  478: *(u32 *)(r2 +8) = r1
  479: r0 = 2
  480: exit
      ; epilogue: verdict
  481: r1 = *(u32 *)(r10 -32)
  482: r2 = *(u32 *)(r10 -28)
  483: r2 = *(u64 *)(r10 -8)
  484: *(u32 *)(r2 +8) = r1
  485: r0 = 0
  486: exit
