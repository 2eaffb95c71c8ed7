; ovs_hint for xdp: 522 instructions, stack 272 bytes, 3 maps
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
   28: goto +451
   29: r3 = r1
   30: r3 += 1
   31: *(u32 *)(r10 -72) = r3
   32: r1 += 14
   33: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = 0
   35: if r2 == 0 goto +2
   36: r1 = *(u16 *)(r2 +12)
   37: r1 = be16 r1
   38: if r1 != 33024 goto +1
   39: goto +5
   40: if r1 != 2048 goto +1
   41: goto +54
   42: if r1 != 34525 goto +1
   43: goto +30
   44: goto +169
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   45: r1 = *(u64 *)(r10 -16)
   46: if r1 > 16383 goto +5
   47: r2 = r6
   48: r2 += r1
   49: r3 = r2
   50: r3 += 4
   51: if r3 <= r7 goto +2
   52: *(u32 *)(r10 -44) = 1
   53: goto +426
   54: r3 = r1
   55: r3 += 1
   56: *(u32 *)(r10 -68) = r3
   57: r1 += 4
   58: *(u64 *)(r10 -16) = r1
      ; v15: bit<12> = read_field hdr1.vid
   59: r1 = 0
   60: if r2 == 0 goto +3
   61: r1 = *(u16 *)(r2 +0)
   62: r1 = be16 r1
   63: r1 &= 4095
      ; write var2, v15
   64: *(u16 *)(r10 -24) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   65: r1 = 0
   66: if r2 == 0 goto +2
   67: r1 = *(u16 *)(r2 +2)
   68: r1 = be16 r1
   69: if r1 != 2048 goto +1
   70: goto +25
   71: if r1 != 34525 goto +1
   72: goto +1
   73: goto +140
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   74: r1 = *(u64 *)(r10 -16)
   75: if r1 > 16383 goto +5
   76: r2 = r6
   77: r2 += r1
   78: r3 = r2
   79: r3 += 40
   80: if r3 <= r7 goto +2
   81: *(u32 *)(r10 -44) = 1
   82: goto +397
   83: r3 = r1
   84: r3 += 1
   85: *(u32 *)(r10 -60) = r3
   86: r1 += 40
   87: *(u64 *)(r10 -16) = r1
      ; v1: bit<8> = read_field hdr3.nextHdr
   88: r1 = 0
   89: if r2 == 0 goto +1
   90: r1 = *(u8 *)(r2 +6)
   91: if r1 != 6 goto +1
   92: goto +97
   93: if r1 != 17 goto +1
   94: goto +70
   95: goto +118
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   96: r1 = *(u64 *)(r10 -16)
   97: if r1 > 16383 goto +5
   98: r2 = r6
   99: r2 += r1
  100: r3 = r2
  101: r3 += 20
  102: if r3 <= r7 goto +2
  103: *(u32 *)(r10 -44) = 1
  104: goto +375
  105: r3 = r1
  106: r3 += 1
  107: *(u32 *)(r10 -64) = r3
  108: r1 += 20
  109: *(u64 *)(r10 -16) = r1
      ; v6: bit<4> = read_field hdr2.ihl
  110: r1 = 0
  111: if r2 == 0 goto +2
  112: r1 = *(u8 *)(r2 +0)
  113: r1 &= 15
  114: if r1 != 5 goto +1
  115: goto +34
  116: if r1 < 6 goto +2
  117: if r1 > 15 goto +1
  118: goto +1
  119: goto +94
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
  120: r1 = 0
  121: if r2 == 0 goto +2
  122: r1 = *(u8 *)(r2 +0)
  123: r1 &= 15
      ; v8: bit<32> = cast v7
  124: r3 = r1
  125: w3 = w3
      ; v9: bit<32> = const 5
  126: r1 = 5
      ; v10: bit<32> = sub v8, v9
  127: r4 = r3
  128: r4 -= r1
  129: w4 = w4
      ; v11: bit<32> = const 0x20
  130: r1 = 32
      ; v12: bit<32> = mul v10, v11
  131: r3 = r4
  132: r3 *= r1
  133: w3 = w3
      ; advance v12
  134: r1 = r3
  135: r1 &= 7
  136: if r1 == 0 goto +2
  137: *(u32 *)(r10 -44) = 6
  138: goto +341
  139: r1 = r3
  140: r1 >>= 3
  141: r3 = *(u64 *)(r10 -16)
  142: r3 += r1
  143: if r3 > 16383 goto +3
  144: r1 = r6
  145: r1 += r3
  146: if r1 <= r7 goto +2
  147: *(u32 *)(r10 -44) = 1
  148: goto +331
  149: *(u64 *)(r10 -16) = r3
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
  150: r1 = 0
  151: if r2 == 0 goto +3
  152: r1 = *(u16 *)(r2 +6)
  153: r1 = be16 r1
  154: r1 &= 8191
      ; v14: bit<8> = read_field hdr2.protocol
  155: r3 = 0
  156: if r2 == 0 goto +1
  157: r3 = *(u8 *)(r2 +9)
  158: if r1 != 0 goto +2
  159: if r3 != 6 goto +1
  160: goto +29
  161: if r1 != 0 goto +2
  162: if r3 != 17 goto +1
  163: goto +1
  164: goto +49
      ; prs: block7 (parse_udp)
      ; extract hdr5
  165: r1 = *(u64 *)(r10 -16)
  166: if r1 > 16383 goto +5
  167: r2 = r6
  168: r2 += r1
  169: r3 = r2
  170: r3 += 4
  171: if r3 <= r7 goto +2
  172: *(u32 *)(r10 -44) = 1
  173: goto +306
  174: r3 = r1
  175: r3 += 1
  176: *(u32 *)(r10 -52) = r3
  177: r1 += 4
  178: *(u64 *)(r10 -16) = r1
      ; v2: bit<16> = read_field hdr5.srcPort
  179: r1 = 0
  180: if r2 == 0 goto +2
  181: r1 = *(u16 *)(r2 +0)
  182: r1 = be16 r1
      ; write var3, v2
  183: *(u16 *)(r10 -22) = r1
      ; v3: bit<16> = read_field hdr5.dstPort
  184: r1 = 0
  185: if r2 == 0 goto +2
  186: r1 = *(u16 *)(r2 +2)
  187: r1 = be16 r1
      ; write var4, v3
  188: *(u16 *)(r10 -20) = r1
  189: goto +24
      ; prs: block8 (parse_tcp)
      ; extract hdr4
  190: r1 = *(u64 *)(r10 -16)
  191: if r1 > 16383 goto +5
  192: r2 = r6
  193: r2 += r1
  194: r3 = r2
  195: r3 += 4
  196: if r3 <= r7 goto +2
  197: *(u32 *)(r10 -44) = 1
  198: goto +281
  199: r3 = r1
  200: r3 += 1
  201: *(u32 *)(r10 -56) = r3
  202: r1 += 4
  203: *(u64 *)(r10 -16) = r1
      ; v4: bit<16> = read_field hdr4.srcPort
  204: r1 = 0
  205: if r2 == 0 goto +2
  206: r1 = *(u16 *)(r2 +0)
  207: r1 = be16 r1
      ; write var3, v4
  208: *(u16 *)(r10 -22) = r1
      ; v5: bit<16> = read_field hdr4.dstPort
  209: r1 = 0
  210: if r2 == 0 goto +2
  211: r1 = *(u16 *)(r2 +2)
  212: r1 = be16 r1
      ; write var4, v5
  213: *(u16 *)(r10 -20) = r1
      ; v0: bool = const 0
  214: r1 = 0
      ; write var10, v0
  215: *(u8 *)(r10 -17) = r1
      ; v1: bool = is_valid hdr2
  216: r1 = *(u32 *)(r10 -64)
  217: if r1 != 0 goto +145
      ; v9: bool = is_valid hdr3
  218: r1 = *(u32 *)(r10 -60)
  219: if r1 != 0 goto +20
      ; v17: bit<32> = const 2
  220: r1 = 2
      ; v18: bit<32> = const 1
  221: r2 = 1
      ; count counter0[v17] += v18
  222: *(u32 *)(r10 -120) = r1
  223: *(u64 *)(r10 -192) = r2
  224: r1 = map[pipe_hint_stats] ll
  226: r2 = r10
  227: r2 += -120
  228: call bpf_map_lookup_elem
  229: r1 = r0
  230: if r1 == 0 goto +8
  231: r2 = *(u64 *)(r1 +0)
  232: r3 = *(u64 *)(r10 -192)
  233: r2 += r3
  234: *(u64 *)(r1 +0) = r2
  235: r2 = *(u64 *)(r1 +8)
  236: r3 = *(u32 *)(r10 -36)
  237: r2 += r3
  238: *(u64 *)(r1 +8) = r2
  239: goto +261
      ; v10: bit<12> = read var2
  240: r1 = *(u16 *)(r10 -24)
      ; v11: bit<128> = read_field hdr3.srcAddr
  241: r2 = *(u32 *)(r10 -60)
  242: if r2 == 0 goto +7
  243: r2 -= 1
  244: if r2 > 16383 goto +5
  245: r3 = r6
  246: r3 += r2
  247: r2 = r3
  248: r2 += 40
  249: if r2 <= r7 goto +1
  250: r3 = 0
  251: r2 = 0
  252: r4 = 0
  253: if r3 == 0 goto +4
  254: r2 = *(u64 *)(r3 +8)
  255: r2 = be64 r2
  256: r4 = *(u64 *)(r3 +16)
  257: r4 = be64 r4
  258: *(u64 *)(r10 -216) = r4
  259: *(u64 *)(r10 -208) = r2
      ; v12: bit<128> = read_field hdr3.dstAddr
  260: r2 = 0
  261: r4 = 0
  262: if r3 == 0 goto +4
  263: r2 = *(u64 *)(r3 +24)
  264: r2 = be64 r2
  265: r4 = *(u64 *)(r3 +32)
  266: r4 = be64 r4
  267: *(u64 *)(r10 -232) = r4
  268: *(u64 *)(r10 -224) = r2
      ; v13: bit<8> = read_field hdr3.nextHdr
  269: r2 = 0
  270: if r3 == 0 goto +1
  271: r2 = *(u8 *)(r3 +6)
      ; v14: bit<16> = read var3
  272: r3 = *(u16 *)(r10 -22)
      ; v15: bit<16> = read var4
  273: r4 = *(u16 *)(r10 -20)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  274: *(u64 *)(r10 -120) = 0
  275: *(u64 *)(r10 -112) = 0
  276: *(u64 *)(r10 -104) = 0
  277: *(u64 *)(r10 -96) = 0
  278: *(u64 *)(r10 -88) = 0
  279: r8 = r1
  280: r1 = r8
  281: r1 = be16 r1
  282: *(u16 *)(r10 -120) = r1
  283: r1 = *(u64 *)(r10 -216)
  284: r8 = *(u64 *)(r10 -208)
  285: r9 = r8
  286: r8 = r9
  287: r8 = be16 r8
  288: *(u16 *)(r10 -112) = r8
  289: r9 >>= 16
  290: r8 = r9
  291: r8 = be32 r8
  292: *(u32 *)(r10 -116) = r8
  293: r9 >>= 32
  294: r8 = r9
  295: r8 = be16 r8
  296: *(u16 *)(r10 -118) = r8
  297: r8 = r1
  298: r1 = r8
  299: r1 = be16 r1
  300: *(u16 *)(r10 -104) = r1
  301: r8 >>= 16
  302: r1 = r8
  303: r1 = be32 r1
  304: *(u32 *)(r10 -108) = r1
  305: r8 >>= 32
  306: r1 = r8
  307: r1 = be16 r1
  308: *(u16 *)(r10 -110) = r1
  309: r1 = *(u64 *)(r10 -232)
  310: r8 = *(u64 *)(r10 -224)
  311: r9 = r8
  312: r8 = r9
  313: r8 = be16 r8
  314: *(u16 *)(r10 -96) = r8
  315: r9 >>= 16
  316: r8 = r9
  317: r8 = be32 r8
  318: *(u32 *)(r10 -100) = r8
  319: r9 >>= 32
  320: r8 = r9
  321: r8 = be16 r8
  322: *(u16 *)(r10 -102) = r8
  323: r8 = r1
  324: r1 = r8
  325: r1 = be16 r1
  326: *(u16 *)(r10 -88) = r1
  327: r8 >>= 16
  328: r1 = r8
  329: r1 = be32 r1
  330: *(u32 *)(r10 -92) = r1
  331: r8 >>= 32
  332: r1 = r8
  333: r1 = be16 r1
  334: *(u16 *)(r10 -94) = r1
  335: r1 = r2
  336: r2 = r1
  337: *(u8 *)(r10 -86) = r2
  338: r1 = r3
  339: r2 = r1
  340: *(u8 *)(r10 -84) = r2
  341: r1 >>= 8
  342: r2 = r1
  343: *(u8 *)(r10 -85) = r2
  344: r1 = r4
  345: r2 = r1
  346: *(u8 *)(r10 -82) = r2
  347: r1 >>= 8
  348: r2 = r1
  349: *(u8 *)(r10 -83) = r2
  350: r1 = map[pipe_flows6] ll
  352: r2 = r10
  353: r2 += -120
  354: call bpf_map_lookup_elem
  355: r1 = r0
  356: r2 = 0
  357: if r1 == 0 goto +3
  358: r2 = 1
  359: r3 = *(u32 *)(r1 +0)
  360: *(u32 *)(r10 -32) = r3
      ; write var10, v16
  361: *(u8 *)(r10 -17) = r2
  362: goto +75
      ; v2: bit<12> = read var2
  363: r1 = *(u16 *)(r10 -24)
      ; v3: bit<32> = read_field hdr2.srcAddr
  364: r2 = *(u32 *)(r10 -64)
  365: if r2 == 0 goto +7
  366: r2 -= 1
  367: if r2 > 16383 goto +5
  368: r3 = r6
  369: r3 += r2
  370: r2 = r3
  371: r2 += 20
  372: if r2 <= r7 goto +1
  373: r3 = 0
  374: r2 = 0
  375: if r3 == 0 goto +2
  376: r2 = *(u32 *)(r3 +12)
  377: r2 = be32 r2
      ; v4: bit<32> = read_field hdr2.dstAddr
  378: r4 = 0
  379: if r3 == 0 goto +2
  380: r4 = *(u32 *)(r3 +16)
  381: r4 = be32 r4
      ; v5: bit<8> = read_field hdr2.protocol
  382: r8 = 0
  383: if r3 == 0 goto +1
  384: r8 = *(u8 *)(r3 +9)
      ; v6: bit<16> = read var3
  385: r3 = *(u16 *)(r10 -22)
      ; v7: bit<16> = read var4
  386: r0 = *(u16 *)(r10 -20)
  387: *(u64 *)(r10 -272) = r0
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  388: *(u64 *)(r10 -120) = 0
  389: *(u64 *)(r10 -112) = 0
  390: r9 = r1
  391: r1 = r9
  392: r1 = be16 r1
  393: *(u16 *)(r10 -120) = r1
  394: r1 = r2
  395: r2 = r1
  396: r2 = be16 r2
  397: *(u16 *)(r10 -116) = r2
  398: r1 >>= 16
  399: r2 = r1
  400: r2 = be16 r2
  401: *(u16 *)(r10 -118) = r2
  402: r1 = r4
  403: r2 = r1
  404: r2 = be16 r2
  405: *(u16 *)(r10 -112) = r2
  406: r1 >>= 16
  407: r2 = r1
  408: r2 = be16 r2
  409: *(u16 *)(r10 -114) = r2
  410: r1 = r8
  411: r2 = r1
  412: *(u8 *)(r10 -110) = r2
  413: r1 = r3
  414: r2 = r1
  415: *(u8 *)(r10 -108) = r2
  416: r1 >>= 8
  417: r2 = r1
  418: *(u8 *)(r10 -109) = r2
  419: r0 = *(u64 *)(r10 -272)
  420: r1 = r0
  421: r2 = r1
  422: *(u8 *)(r10 -106) = r2
  423: r1 >>= 8
  424: r2 = r1
  425: *(u8 *)(r10 -107) = r2
  426: r1 = map[pipe_flows4] ll
  428: r2 = r10
  429: r2 += -120
  430: call bpf_map_lookup_elem
  431: r1 = r0
  432: r2 = 0
  433: if r1 == 0 goto +3
  434: r2 = 1
  435: r3 = *(u32 *)(r1 +0)
  436: *(u32 *)(r10 -32) = r3
      ; write var10, v8
  437: *(u8 *)(r10 -17) = r2
      ; v19: bool = read var10
  438: r1 = *(u8 *)(r10 -17)
  439: if r1 != 0 goto +20
      ; v22: bit<32> = const 1
  440: r1 = 1
      ; v23: bit<32> = const 1
  441: r2 = 1
      ; count counter0[v22] += v23
  442: *(u32 *)(r10 -120) = r1
  443: *(u64 *)(r10 -192) = r2
  444: r1 = map[pipe_hint_stats] ll
  446: r2 = r10
  447: r2 += -120
  448: call bpf_map_lookup_elem
  449: r1 = r0
  450: if r1 == 0 goto +8
  451: r2 = *(u64 *)(r1 +0)
  452: r3 = *(u64 *)(r10 -192)
  453: r2 += r3
  454: *(u64 *)(r1 +0) = r2
  455: r2 = *(u64 *)(r1 +8)
  456: r3 = *(u32 *)(r10 -36)
  457: r2 += r3
  458: *(u64 *)(r1 +8) = r2
  459: goto +19
      ; v20: bit<32> = const 0
  460: r1 = 0
      ; v21: bit<32> = const 1
  461: r2 = 1
      ; count counter0[v20] += v21
  462: *(u32 *)(r10 -120) = r1
  463: *(u64 *)(r10 -192) = r2
  464: r1 = map[pipe_hint_stats] ll
  466: r2 = r10
  467: r2 += -120
  468: call bpf_map_lookup_elem
  469: r1 = r0
  470: if r1 == 0 goto +8
  471: r2 = *(u64 *)(r1 +0)
  472: r3 = *(u64 *)(r10 -192)
  473: r2 += r3
  474: *(u64 *)(r1 +0) = r2
  475: r2 = *(u64 *)(r1 +8)
  476: r3 = *(u32 *)(r10 -36)
  477: r2 += r3
  478: *(u64 *)(r1 +8) = r2
  479: goto +21
      ; drop
  480: r1 = *(u32 *)(r10 -32)
  481: r2 = *(u32 *)(r10 -28)
  482: *(u64 *)(r10 -240) = r1
  483: *(u64 *)(r10 -248) = r2
  484: r1 = *(u64 *)(r10 -8)
  485: r2 = 0xfffffffffffffff8 ll
  487: call bpf_xdp_adjust_meta
  488: if r0 != 0 goto +10
  489: r1 = *(u64 *)(r10 -8)
  490: r2 = *(u32 *)(r1 +8)
  491: r3 = *(u32 *)(r1 +0)
  492: r1 = r2
  493: r1 += 8
  494: if r1 > r3 goto +4
  495: r1 = *(u64 *)(r10 -240)
  496: *(u32 *)(r2 +0) = r1
  497: r1 = *(u64 *)(r10 -248)
  498: *(u32 *)(r2 +4) = r1
  499: r0 = 1
  500: exit
      ; epilogue: verdict
  501: r1 = *(u32 *)(r10 -32)
  502: r2 = *(u32 *)(r10 -28)
  503: *(u64 *)(r10 -256) = r1
  504: *(u64 *)(r10 -264) = r2
  505: r1 = *(u64 *)(r10 -8)
  506: r2 = 0xfffffffffffffff8 ll
  508: call bpf_xdp_adjust_meta
  509: if r0 != 0 goto +10
  510: r1 = *(u64 *)(r10 -8)
  511: r2 = *(u32 *)(r1 +8)
  512: r3 = *(u32 *)(r1 +0)
  513: r1 = r2
  514: r1 += 8
  515: if r1 > r3 goto +4
  516: r1 = *(u64 *)(r10 -256)
  517: *(u32 *)(r2 +0) = r1
  518: r1 = *(u64 *)(r10 -264)
  519: *(u32 *)(r2 +4) = r1
  520: r0 = 2
  521: exit
