; ovs_hint for xdp: 533 instructions, stack 272 bytes, 3 maps
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
   30: goto +451
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
   46: goto +169
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
   55: goto +426
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
   75: goto +140
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
   84: goto +397
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
   94: goto +97
   95: if r1 != 17 goto +1
   96: goto +70
   97: goto +118
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
  106: goto +375
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
  117: goto +34
  118: if r1 < 6 goto +2
  119: if r1 > 15 goto +1
  120: goto +1
  121: goto +94
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
  122: r1 = 0
  123: if r2 == 0 goto +2
  124: r1 = *(u8 *)(r2 +0)
  125: r1 &= 15
      ; v8: bit<32> = cast v7
  126: r3 = r1
  127: w3 = w3
      ; v9: bit<32> = const 5
  128: r1 = 5
      ; v10: bit<32> = sub v8, v9
  129: r4 = r3
  130: r4 -= r1
  131: w4 = w4
      ; v11: bit<32> = const 0x20
  132: r1 = 32
      ; v12: bit<32> = mul v10, v11
  133: r3 = r4
  134: r3 *= r1
  135: w3 = w3
      ; advance v12
  136: r1 = r3
  137: r1 &= 7
  138: if r1 == 0 goto +2
  139: *(u32 *)(r10 -44) = 6
  140: goto +341
  141: r1 = r3
  142: r1 >>= 3
  143: r3 = *(u64 *)(r10 -16)
  144: r3 += r1
  145: if r3 > 16383 goto +3
  146: r1 = r6
  147: r1 += r3
  148: if r1 <= r7 goto +2
  149: *(u32 *)(r10 -44) = 1
  150: goto +331
  151: *(u64 *)(r10 -16) = r3
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
  152: r1 = 0
  153: if r2 == 0 goto +3
  154: r1 = *(u16 *)(r2 +6)
  155: r1 = be16 r1
  156: r1 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
  157: r3 = 0
  158: if r2 == 0 goto +1
  159: r3 = *(u8 *)(r2 +9)
  160: if r1 != 0 goto +2
  161: if r3 != 6 goto +1
  162: goto +29
  163: if r1 != 0 goto +2
  164: if r3 != 17 goto +1
  165: goto +1
  166: goto +49
      ; prs: block7 (parse_udp)
      ; extract hdr5
  167: r1 = *(u64 *)(r10 -16)
  168: if r1 > 16383 goto +5
  169: r2 = r6
  170: r2 += r1
  171: r3 = r2
  172: r3 += 4
  173: if r3 <= r7 goto +2
  174: *(u32 *)(r10 -44) = 1
  175: goto +306
  176: r3 = r1
  177: r3 += 1
  178: *(u32 *)(r10 -52) = r3
  179: r1 += 4
  180: *(u64 *)(r10 -16) = r1
      ; v2: bit<16> = read_field hdr5.srcPort
  181: r1 = 0
  182: if r2 == 0 goto +2
  183: r1 = *(u16 *)(r2 +0)
  184: r1 = be16 r1
      ; write var3, v2
  185: *(u16 *)(r10 -22) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
  186: r1 = 0
  187: if r2 == 0 goto +2
  188: r1 = *(u16 *)(r2 +2)
  189: r1 = be16 r1
      ; write var4, v3
  190: *(u16 *)(r10 -20) = r1
  191: goto +24
      ; prs: block8 (parse_tcp)
      ; extract hdr4
  192: r1 = *(u64 *)(r10 -16)
  193: if r1 > 16383 goto +5
  194: r2 = r6
  195: r2 += r1
  196: r3 = r2
  197: r3 += 4
  198: if r3 <= r7 goto +2
  199: *(u32 *)(r10 -44) = 1
  200: goto +281
  201: r3 = r1
  202: r3 += 1
  203: *(u32 *)(r10 -56) = r3
  204: r1 += 4
  205: *(u64 *)(r10 -16) = r1
      ; v4: bit<16> = read_field hdr4.srcPort
  206: r1 = 0
  207: if r2 == 0 goto +2
  208: r1 = *(u16 *)(r2 +0)
  209: r1 = be16 r1
      ; write var3, v4
  210: *(u16 *)(r10 -22) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  211: r1 = 0
  212: if r2 == 0 goto +2
  213: r1 = *(u16 *)(r2 +2)
  214: r1 = be16 r1
      ; write var4, v5
  215: *(u16 *)(r10 -20) = r1
      ; v0: bool = const 0
  216: r1 = 0
      ; write var10, v0
  217: *(u8 *)(r10 -17) = r1
      ; v1: bool = is_valid hdr2
  218: r1 = *(u32 *)(r10 -64)
  219: if r1 != 0 goto +145
      ; v9: bool = is_valid hdr3
  220: r1 = *(u32 *)(r10 -60)
  221: if r1 != 0 goto +20
      ; v17: bit<32> = const 2
  222: r1 = 2
      ; v18: bit<32> = const 1
  223: r2 = 1
      ; count counter0[v17] += v18
  224: *(u32 *)(r10 -120) = r1
  225: *(u64 *)(r10 -192) = r2
  226: r1 = map[pipe_hint_stats] ll
  228: r2 = r10
  229: r2 += -120
  230: call bpf_map_lookup_elem
  231: r1 = r0
  232: if r1 == 0 goto +8
  233: r2 = *(u64 *)(r1 +0)
  234: r3 = *(u64 *)(r10 -192)
  235: r2 += r3
  236: *(u64 *)(r1 +0) = r2
  237: r2 = *(u64 *)(r1 +8)
  238: r3 = *(u32 *)(r10 -36)
  239: r2 += r3
  240: *(u64 *)(r1 +8) = r2
  241: goto +261
      ; v10: bit<12> = read var2
  242: r1 = *(u16 *)(r10 -24)
      ; v11: bit<128> = read_field hdr3.srcAddr
  243: r2 = *(u32 *)(r10 -60)
  244: if r2 == 0 goto +7
  245: r2 -= 1
  246: if r2 > 16383 goto +5
  247: r3 = r6
  248: r3 += r2
  249: r2 = r3
  250: r2 += 40
  251: if r2 <= r7 goto +1
  252: r3 = 0
  253: r2 = 0
  254: r4 = 0
  255: if r3 == 0 goto +4
  256: r2 = *(u64 *)(r3 +8)
  257: r2 = be64 r2
  258: r4 = *(u64 *)(r3 +16)
  259: r4 = be64 r4
  260: *(u64 *)(r10 -216) = r4
  261: *(u64 *)(r10 -208) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  262: r2 = 0
  263: r4 = 0
  264: if r3 == 0 goto +4
  265: r2 = *(u64 *)(r3 +24)
  266: r2 = be64 r2
  267: r4 = *(u64 *)(r3 +32)
  268: r4 = be64 r4
  269: *(u64 *)(r10 -232) = r4
  270: *(u64 *)(r10 -224) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  271: r2 = 0
  272: if r3 == 0 goto +1
  273: r2 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  274: r3 = *(u16 *)(r10 -22)
      ; v15: bit<16> = read var4
  275: r4 = *(u16 *)(r10 -20)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  276: *(u64 *)(r10 -120) = 0
  277: *(u64 *)(r10 -112) = 0
  278: *(u64 *)(r10 -104) = 0
  279: *(u64 *)(r10 -96) = 0
  280: *(u64 *)(r10 -88) = 0
  281: r8 = r1
  282: r1 = r8
  283: r1 = be16 r1
  284: *(u16 *)(r10 -120) = r1
  285: r1 = *(u64 *)(r10 -216)
  286: r8 = *(u64 *)(r10 -208)
  287: r9 = r8
  288: r8 = r9
  289: r8 = be16 r8
  290: *(u16 *)(r10 -112) = r8
  291: r9 >>= 16
  292: r8 = r9
  293: r8 = be32 r8
  294: *(u32 *)(r10 -116) = r8
  295: r9 >>= 32
  296: r8 = r9
  297: r8 = be16 r8
  298: *(u16 *)(r10 -118) = r8
  299: r8 = r1
  300: r1 = r8
  301: r1 = be16 r1
  302: *(u16 *)(r10 -104) = r1
  303: r8 >>= 16
  304: r1 = r8
  305: r1 = be32 r1
  306: *(u32 *)(r10 -108) = r1
  307: r8 >>= 32
  308: r1 = r8
  309: r1 = be16 r1
  310: *(u16 *)(r10 -110) = r1
  311: r1 = *(u64 *)(r10 -232)
  312: r8 = *(u64 *)(r10 -224)
  313: r9 = r8
  314: r8 = r9
  315: r8 = be16 r8
  316: *(u16 *)(r10 -96) = r8
  317: r9 >>= 16
  318: r8 = r9
  319: r8 = be32 r8
  320: *(u32 *)(r10 -100) = r8
  321: r9 >>= 32
  322: r8 = r9
  323: r8 = be16 r8
  324: *(u16 *)(r10 -102) = r8
  325: r8 = r1
  326: r1 = r8
  327: r1 = be16 r1
  328: *(u16 *)(r10 -88) = r1
  329: r8 >>= 16
  330: r1 = r8
  331: r1 = be32 r1
  332: *(u32 *)(r10 -92) = r1
  333: r8 >>= 32
  334: r1 = r8
  335: r1 = be16 r1
  336: *(u16 *)(r10 -94) = r1
  337: r1 = r2
  338: r2 = r1
  339: *(u8 *)(r10 -86) = r2
  340: r1 = r3
  341: r2 = r1
  342: *(u8 *)(r10 -84) = r2
  343: r1 >>= 8
  344: r2 = r1
  345: *(u8 *)(r10 -85) = r2
  346: r1 = r4
  347: r2 = r1
  348: *(u8 *)(r10 -82) = r2
  349: r1 >>= 8
  350: r2 = r1
  351: *(u8 *)(r10 -83) = r2
  352: r1 = map[pipe_flows6] ll
  354: r2 = r10
  355: r2 += -120
  356: call bpf_map_lookup_elem
  357: r1 = r0
  358: r2 = 0
  359: if r1 == 0 goto +3
  360: r2 = 1
  361: r3 = *(u32 *)(r1 +0)
  362: *(u32 *)(r10 -32) = r3
      ; write var10, v16
  363: *(u8 *)(r10 -17) = r2
  364: goto +75
      ; v2: bit<12> = read var2
  365: r1 = *(u16 *)(r10 -24)
      ; v3: bit<32> = read_field hdr2.srcAddr
  366: r2 = *(u32 *)(r10 -64)
  367: if r2 == 0 goto +7
  368: r2 -= 1
  369: if r2 > 16383 goto +5
  370: r3 = r6
  371: r3 += r2
  372: r2 = r3
  373: r2 += 20
  374: if r2 <= r7 goto +1
  375: r3 = 0
  376: r2 = 0
  377: if r3 == 0 goto +2
  378: r2 = *(u32 *)(r3 +12)
  379: r2 = be32 r2
      ; v4: bit<32> = read_field hdr2.dstAddr
  380: r4 = 0
  381: if r3 == 0 goto +2
  382: r4 = *(u32 *)(r3 +16)
  383: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  384: r8 = 0
  385: if r3 == 0 goto +1
  386: r8 = *(u8 *)(r3 +9)
      ; v6: bit<16> = read var3
  387: r3 = *(u16 *)(r10 -22)
      ; v7: bit<16> = read var4
  388: r0 = *(u16 *)(r10 -20)
  389: *(u64 *)(r10 -272) = r0
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  390: *(u64 *)(r10 -120) = 0
  391: *(u64 *)(r10 -112) = 0
  392: r9 = r1
  393: r1 = r9
  394: r1 = be16 r1
  395: *(u16 *)(r10 -120) = r1
  396: r1 = r2
  397: r2 = r1
  398: r2 = be16 r2
  399: *(u16 *)(r10 -116) = r2
  400: r1 >>= 16
  401: r2 = r1
  402: r2 = be16 r2
  403: *(u16 *)(r10 -118) = r2
  404: r1 = r4
  405: r2 = r1
  406: r2 = be16 r2
  407: *(u16 *)(r10 -112) = r2
  408: r1 >>= 16
  409: r2 = r1
  410: r2 = be16 r2
  411: *(u16 *)(r10 -114) = r2
  412: r1 = r8
  413: r2 = r1
  414: *(u8 *)(r10 -110) = r2
  415: r1 = r3
  416: r2 = r1
  417: *(u8 *)(r10 -108) = r2
  418: r1 >>= 8
  419: r2 = r1
  420: *(u8 *)(r10 -109) = r2
  421: r0 = *(u64 *)(r10 -272)
  422: r1 = r0
  423: r2 = r1
  424: *(u8 *)(r10 -106) = r2
  425: r1 >>= 8
  426: r2 = r1
  427: *(u8 *)(r10 -107) = r2
  428: r1 = map[pipe_flows4] ll
  430: r2 = r10
  431: r2 += -120
  432: call bpf_map_lookup_elem
  433: r1 = r0
  434: r2 = 0
  435: if r1 == 0 goto +3
  436: r2 = 1
  437: r3 = *(u32 *)(r1 +0)
  438: *(u32 *)(r10 -32) = r3
      ; write var10, v8
  439: *(u8 *)(r10 -17) = r2
      ; v19: bool = read var10
  440: r1 = *(u8 *)(r10 -17)
  441: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  442: r1 = 1
      ; v23: bit<32> = const 1
  443: r2 = 1
      ; count counter0[v22] += v23
  444: *(u32 *)(r10 -120) = r1
  445: *(u64 *)(r10 -192) = r2
  446: r1 = map[pipe_hint_stats] ll
  448: r2 = r10
  449: r2 += -120
  450: call bpf_map_lookup_elem
  451: r1 = r0
  452: if r1 == 0 goto +8
  453: r2 = *(u64 *)(r1 +0)
  454: r3 = *(u64 *)(r10 -192)
  455: r2 += r3
  456: *(u64 *)(r1 +0) = r2
  457: r2 = *(u64 *)(r1 +8)
  458: r3 = *(u32 *)(r10 -36)
  459: r2 += r3
  460: *(u64 *)(r1 +8) = r2
  461: goto +19
      ; v20: bit<32> = const 0
  462: r1 = 0
      ; v21: bit<32> = const 1
  463: r2 = 1
      ; count counter0[v20] += v21
  464: *(u32 *)(r10 -120) = r1
  465: *(u64 *)(r10 -192) = r2
  466: r1 = map[pipe_hint_stats] ll
  468: r2 = r10
  469: r2 += -120
  470: call bpf_map_lookup_elem
  471: r1 = r0
  472: if r1 == 0 goto +8
  473: r2 = *(u64 *)(r1 +0)
  474: r3 = *(u64 *)(r10 -192)
  475: r2 += r3
  476: *(u64 *)(r1 +0) = r2
  477: r2 = *(u64 *)(r1 +8)
  478: r3 = *(u32 *)(r10 -36)
  479: r2 += r3
  480: *(u64 *)(r1 +8) = r2
  481: goto +21
      ; drop
  482: r1 = *(u32 *)(r10 -32)
  483: r2 = *(u32 *)(r10 -28)
  484: *(u64 *)(r10 -240) = r1
  485: *(u64 *)(r10 -248) = r2
  486: r1 = *(u64 *)(r10 -8)
  487: r2 = 0xfffffffffffffff8 ll
  489: call bpf_xdp_adjust_meta
  490: if r0 != 0 goto +10
  491: r1 = *(u64 *)(r10 -8)
  492: r2 = *(u32 *)(r1 +8)
  493: r3 = *(u32 *)(r1 +0)
  494: r1 = r2
  495: r1 += 8
  496: if r1 > r3 goto +4
  497: r1 = *(u64 *)(r10 -240)
  498: *(u32 *)(r2 +0) = r1
  499: r1 = *(u64 *)(r10 -248)
  500: *(u32 *)(r2 +4) = r1
  501: r0 = 1
  502: exit
      ; epilogue: verdict
  503: r1 = *(u32 *)(r10 -32)
  504: r2 = *(u32 *)(r10 -28)
  505: *(u64 *)(r10 -256) = r1
  506: *(u64 *)(r10 -264) = r2
  507: r1 = *(u64 *)(r10 -8)
  508: r2 = 0xfffffffffffffff8 ll
  510: call bpf_xdp_adjust_meta
  511: if r0 != 0 goto +10
  512: r1 = *(u64 *)(r10 -8)
  513: r2 = *(u32 *)(r1 +8)
  514: r3 = *(u32 *)(r1 +0)
  515: r1 = r2
  516: r1 += 8
  517: if r1 > r3 goto +4
  518: r1 = *(u64 *)(r10 -256)
  519: *(u32 *)(r2 +0) = r1
  520: r1 = *(u64 *)(r10 -264)
  521: *(u32 *)(r2 +4) = r1
  522: r1 = *(u8 *)(r10 -18)
  523: if r1 != 0 goto +2
  524: r0 = 2
  525: exit
  526: if r1 != 2 goto +4
  527: r1 = *(u32 *)(r10 -28)
  528: r2 = 0
  529: call bpf_redirect
  530: exit
  531: r0 = 1
  532: exit
