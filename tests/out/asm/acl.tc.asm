; acl for classifier: 635 instructions, stack 168 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -64) = 0
    5: *(u64 *)(r10 -56) = 0
    6: *(u64 *)(r10 -48) = 0
    7: *(u64 *)(r10 -40) = 0
    8: *(u64 *)(r10 -32) = 0
    9: *(u64 *)(r10 -24) = 0
   10: r2 = *(u32 *)(r1 +0)
   11: *(u32 *)(r10 -40) = r2
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   12: r1 = *(u64 *)(r10 -16)
   13: if r1 > 16383 goto +5
   14: r2 = r6
   15: r2 += r1
   16: r3 = r2
   17: r3 += 14
   18: if r3 <= r7 goto +2
   19: *(u32 *)(r10 -48) = 1
   20: goto +601
   21: r3 = r1
   22: r3 += 1
   23: *(u32 *)(r10 -64) = r3
   24: r1 += 14
   25: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   26: r1 = *(u16 *)(r2 +12)
   27: r1 = be16 r1
   28: if r1 != 2048 goto +1
   29: goto +1
   30: goto +82
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   31: r1 = *(u64 *)(r10 -16)
   32: if r1 > 16383 goto +5
   33: r2 = r6
   34: r2 += r1
   35: r3 = r2
   36: r3 += 20
   37: if r3 <= r7 goto +2
   38: *(u32 *)(r10 -48) = 1
   39: goto +582
   40: r3 = r1
   41: r3 += 1
   42: *(u32 *)(r10 -60) = r3
   43: r1 += 20
   44: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   45: r1 = *(u8 *)(r2 +0)
   46: r1 &= 15
      ; v2: bit<4> = const 5
   47: r3 = 5
      ; v3: bool = ge v1, v2
   48: r4 = 1
   49: if r1 >= r3 goto +1
   50: r4 = 0
      ; verify v3, error HeaderTooShort
   51: if r4 != 0 goto +2
   52: *(u32 *)(r10 -48) = 4
   53: goto +568
      ; v4: bit<4> = read_field hdr1.ihl
   54: r1 = *(u8 *)(r2 +0)
   55: r1 &= 15
      ; v5: bit<32> = cast v4
   56: r3 = r1
   57: w3 = w3
      ; v6: bit<32> = const 5
   58: r1 = 5
      ; v7: bit<32> = sub v5, v6
   59: r4 = r3
   60: r4 -= r1
   61: w4 = w4
      ; v8: bit<32> = const 0x20
   62: r1 = 32
      ; v9: bit<32> = mul v7, v8
   63: r3 = r4
   64: r3 *= r1
   65: w3 = w3
      ; advance v9
   66: r1 = r3
   67: r1 &= 7
   68: if r1 == 0 goto +2
   69: *(u32 *)(r10 -48) = 6
   70: goto +551
   71: r1 = r3
   72: r1 >>= 3
   73: r3 = *(u64 *)(r10 -16)
   74: r3 += r1
   75: if r3 > 16383 goto +3
   76: r1 = r6
   77: r1 += r3
   78: if r1 <= r7 goto +2
   79: *(u32 *)(r10 -48) = 1
   80: goto +541
   81: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   82: r1 = *(u16 *)(r2 +6)
   83: r1 = be16 r1
   84: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   85: r3 = *(u8 *)(r2 +9)
   86: if r1 != 0 goto +2
   87: if r3 != 6 goto +1
   88: goto +4
   89: if r1 != 0 goto +2
   90: if r3 != 17 goto +1
   91: goto +1
   92: goto +20
      ; prs: block3 (parse_ports)
      ; extract hdr2
   93: r1 = *(u64 *)(r10 -16)
   94: if r1 > 16383 goto +5
   95: r2 = r6
   96: r2 += r1
   97: r3 = r2
   98: r3 += 4
   99: if r3 <= r7 goto +2
  100: *(u32 *)(r10 -48) = 1
  101: goto +520
  102: r3 = r1
  103: r3 += 1
  104: *(u32 *)(r10 -56) = r3
  105: r1 += 4
  106: *(u64 *)(r10 -16) = r1
      ; v12: bit<16> = read_field hdr2.srcPort
  107: r1 = *(u16 *)(r2 +0)
  108: r1 = be16 r1
      ; write var2, v12
  109: *(u16 *)(r10 -28) = r1
      ; v13: bit<16> = read_field hdr2.dstPort
  110: r1 = *(u16 *)(r2 +2)
  111: r1 = be16 r1
      ; write var3, v13
  112: *(u16 *)(r10 -26) = r1
      ; v0: bool = is_valid hdr1
  113: r1 = *(u32 *)(r10 -60)
  114: if r1 == 0 goto +1
  115: r1 = 1
      ; v1: bool = not v0
  116: r2 = r1
  117: r2 ^= 1
  118: if r2 != 0 goto +483
      ; v4: bit<32> = read_field hdr1.srcAddr
  119: r1 = *(u32 *)(r10 -60)
  120: if r1 == 0 goto +11
  121: r1 -= 1
  122: if r1 > 16383 goto +9
  123: r0 = r6
  124: *(u64 *)(r10 -160) = r0
  125: r0 = *(u64 *)(r10 -160)
  126: r0 += r1
  127: *(u64 *)(r10 -160) = r0
  128: r0 = *(u64 *)(r10 -160)
  129: r1 = r0
  130: r1 += 20
  131: if r1 <= r7 goto +2
  132: r0 = 0
  133: *(u64 *)(r10 -160) = r0
  134: r1 = 0
  135: r0 = *(u64 *)(r10 -160)
  136: if r0 == 0 goto +3
  137: r0 = *(u64 *)(r10 -160)
  138: r1 = *(u32 *)(r0 +12)
  139: r1 = be32 r1
      ; v5, v6, [v7, v8] = apply table0(v4)
  140: *(u64 *)(r10 -88) = 0
  141: r2 = r1
  142: r1 = r2
  143: r2 = r1
  144: r2 = be32 r2
  145: *(u32 *)(r10 -84) = r2
  146: *(u32 *)(r10 -88) = 32
  147: r1 = map[pipe_src_prefix] ll
  149: r2 = r10
  150: r2 += -88
  151: call bpf_map_lookup_elem
  152: r9 = r0
  153: r1 = 1
  154: if r9 != 0 goto +23
  155: r1 = 0
  156: *(u32 *)(r10 -88) = 0
  157: r1 = map[pipe_src_prefix_default] ll
  159: r2 = r10
  160: r2 += -88
  161: call bpf_map_lookup_elem
  162: r1 = r0
  163: if r1 == 0 goto +9
  164: r0 = *(u32 *)(r1 +0)
  165: *(u64 *)(r10 -168) = r0
  166: r8 = *(u32 *)(r1 +4)
  167: r8 = be32 r8
  168: w8 = w8
  169: r2 = *(u32 *)(r1 +8)
  170: r2 = be32 r2
  171: w2 = w2
  172: goto +13
  173: r0 = 2
  174: *(u64 *)(r10 -168) = r0
  175: r8 = 0
  176: r2 = 0
  177: goto +8
  178: r0 = *(u32 *)(r9 +0)
  179: *(u64 *)(r10 -168) = r0
  180: r8 = *(u32 *)(r9 +4)
  181: r8 = be32 r8
  182: w8 = w8
  183: r2 = *(u32 *)(r9 +8)
  184: r2 = be32 r2
  185: w2 = w2
  186: r0 = *(u64 *)(r10 -168)
  187: if r0 == 0 goto +27
  188: r0 = *(u64 *)(r10 -168)
  189: if r0 == 1 goto +4
  190: r0 = *(u64 *)(r10 -168)
  191: if r0 == 2 goto +1
  192: goto +40
      ; pipe: block3 (NoAction)
  193: goto +39
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
  194: r1 = 1
      ; write var8, v10
  195: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 1
  196: r1 = 1
      ; count counter0[v8] += v11
  197: *(u32 *)(r10 -88) = r2
  198: *(u64 *)(r10 -144) = r1
  199: r1 = map[pipe_rule_stats] ll
  201: r2 = r10
  202: r2 += -88
  203: call bpf_map_lookup_elem
  204: r1 = r0
  205: if r1 == 0 goto +8
  206: r2 = *(u64 *)(r1 +0)
  207: r3 = *(u64 *)(r10 -144)
  208: r2 += r3
  209: *(u64 *)(r1 +0) = r2
  210: r2 = *(u64 *)(r1 +8)
  211: r3 = *(u32 *)(r10 -40)
  212: r2 += r3
  213: *(u64 *)(r1 +8) = r2
  214: goto +18
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
  215: r1 = 1
      ; count counter0[v7] += v9
  216: *(u32 *)(r10 -88) = r8
  217: *(u64 *)(r10 -144) = r1
  218: r1 = map[pipe_rule_stats] ll
  220: r2 = r10
  221: r2 += -88
  222: call bpf_map_lookup_elem
  223: r1 = r0
  224: if r1 == 0 goto +8
  225: r2 = *(u64 *)(r1 +0)
  226: r3 = *(u64 *)(r10 -144)
  227: r2 += r3
  228: *(u64 *)(r1 +0) = r2
  229: r2 = *(u64 *)(r1 +8)
  230: r3 = *(u32 *)(r10 -40)
  231: r2 += r3
  232: *(u64 *)(r1 +8) = r2
  233: r0 = *(u64 *)(r10 -168)
  234: if r0 == 0 goto +366
  235: r0 = *(u64 *)(r10 -168)
  236: if r0 == 1 goto +364
      ; v12: bit<8> = read_field hdr1.protocol
  237: r1 = 0
  238: r0 = *(u64 *)(r10 -160)
  239: if r0 == 0 goto +2
  240: r0 = *(u64 *)(r10 -160)
  241: r1 = *(u8 *)(r0 +9)
      ; v13: bit<16> = read var2
  242: r2 = *(u16 *)(r10 -28)
      ; v14: bit<16> = read var3
  243: r3 = *(u16 *)(r10 -26)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  244: *(u64 *)(r10 -88) = 0
  245: r4 = r1
  246: r1 = r4
  247: *(u8 *)(r10 -88) = r1
  248: r1 = r2
  249: r2 = r1
  250: *(u8 *)(r10 -86) = r2
  251: r1 >>= 8
  252: r2 = r1
  253: *(u8 *)(r10 -87) = r2
  254: r1 = r3
  255: r2 = r1
  256: *(u8 *)(r10 -84) = r2
  257: r1 >>= 8
  258: r2 = r1
  259: *(u8 *)(r10 -85) = r2
  260: *(u64 *)(r10 -144) = 0
  261: *(u32 *)(r10 -152) = 0
  262: r1 = map[pipe_acl_rules_masks] ll
  264: r2 = r10
  265: r2 += -152
  266: call bpf_map_lookup_elem
  267: r1 = r0
  268: if r1 == 0 goto +134
  269: r2 = *(u32 *)(r1 +0)
  270: if r2 == 0 goto +132
  271: r2 = *(u32 *)(r10 -152)
  272: *(u32 *)(r10 -120) = r2
  273: r2 = *(u32 *)(r10 -88)
  274: r3 = *(u32 *)(r1 +8)
  275: r2 &= r3
  276: *(u32 *)(r10 -116) = r2
  277: r2 = *(u32 *)(r10 -84)
  278: r3 = *(u32 *)(r1 +12)
  279: r2 &= r3
  280: *(u32 *)(r10 -112) = r2
  281: r1 = map[pipe_acl_rules] ll
  283: r2 = r10
  284: r2 += -120
  285: call bpf_map_lookup_elem
  286: r1 = r0
  287: if r1 == 0 goto +6
  288: r2 = *(u64 *)(r10 -144)
  289: if r2 == 0 goto +3
  290: r3 = *(u32 *)(r1 +4)
  291: r4 = *(u32 *)(r2 +4)
  292: if r3 <= r4 goto +1
  293: *(u64 *)(r10 -144) = r1
  294: r1 = *(u32 *)(r10 -152)
  295: r1 += 1
  296: *(u32 *)(r10 -152) = r1
  297: r1 = map[pipe_acl_rules_masks] ll
  299: r2 = r10
  300: r2 += -152
  301: call bpf_map_lookup_elem
  302: r1 = r0
  303: if r1 == 0 goto +99
  304: r2 = *(u32 *)(r1 +0)
  305: if r2 == 0 goto +97
  306: r2 = *(u32 *)(r10 -152)
  307: *(u32 *)(r10 -120) = r2
  308: r2 = *(u32 *)(r10 -88)
  309: r3 = *(u32 *)(r1 +8)
  310: r2 &= r3
  311: *(u32 *)(r10 -116) = r2
  312: r2 = *(u32 *)(r10 -84)
  313: r3 = *(u32 *)(r1 +12)
  314: r2 &= r3
  315: *(u32 *)(r10 -112) = r2
  316: r1 = map[pipe_acl_rules] ll
  318: r2 = r10
  319: r2 += -120
  320: call bpf_map_lookup_elem
  321: r1 = r0
  322: if r1 == 0 goto +6
  323: r2 = *(u64 *)(r10 -144)
  324: if r2 == 0 goto +3
  325: r3 = *(u32 *)(r1 +4)
  326: r4 = *(u32 *)(r2 +4)
  327: if r3 <= r4 goto +1
  328: *(u64 *)(r10 -144) = r1
  329: r1 = *(u32 *)(r10 -152)
  330: r1 += 1
  331: *(u32 *)(r10 -152) = r1
  332: r1 = map[pipe_acl_rules_masks] ll
  334: r2 = r10
  335: r2 += -152
  336: call bpf_map_lookup_elem
  337: r1 = r0
  338: if r1 == 0 goto +64
  339: r2 = *(u32 *)(r1 +0)
  340: if r2 == 0 goto +62
  341: r2 = *(u32 *)(r10 -152)
  342: *(u32 *)(r10 -120) = r2
  343: r2 = *(u32 *)(r10 -88)
  344: r3 = *(u32 *)(r1 +8)
  345: r2 &= r3
  346: *(u32 *)(r10 -116) = r2
  347: r2 = *(u32 *)(r10 -84)
  348: r3 = *(u32 *)(r1 +12)
  349: r2 &= r3
  350: *(u32 *)(r10 -112) = r2
  351: r1 = map[pipe_acl_rules] ll
  353: r2 = r10
  354: r2 += -120
  355: call bpf_map_lookup_elem
  356: r1 = r0
  357: if r1 == 0 goto +6
  358: r2 = *(u64 *)(r10 -144)
  359: if r2 == 0 goto +3
  360: r3 = *(u32 *)(r1 +4)
  361: r4 = *(u32 *)(r2 +4)
  362: if r3 <= r4 goto +1
  363: *(u64 *)(r10 -144) = r1
  364: r1 = *(u32 *)(r10 -152)
  365: r1 += 1
  366: *(u32 *)(r10 -152) = r1
  367: r1 = map[pipe_acl_rules_masks] ll
  369: r2 = r10
  370: r2 += -152
  371: call bpf_map_lookup_elem
  372: r1 = r0
  373: if r1 == 0 goto +29
  374: r2 = *(u32 *)(r1 +0)
  375: if r2 == 0 goto +27
  376: r2 = *(u32 *)(r10 -152)
  377: *(u32 *)(r10 -120) = r2
  378: r2 = *(u32 *)(r10 -88)
  379: r3 = *(u32 *)(r1 +8)
  380: r2 &= r3
  381: *(u32 *)(r10 -116) = r2
  382: r2 = *(u32 *)(r10 -84)
  383: r3 = *(u32 *)(r1 +12)
  384: r2 &= r3
  385: *(u32 *)(r10 -112) = r2
  386: r1 = map[pipe_acl_rules] ll
  388: r2 = r10
  389: r2 += -120
  390: call bpf_map_lookup_elem
  391: r1 = r0
  392: if r1 == 0 goto +6
  393: r2 = *(u64 *)(r10 -144)
  394: if r2 == 0 goto +3
  395: r3 = *(u32 *)(r1 +4)
  396: r4 = *(u32 *)(r2 +4)
  397: if r3 <= r4 goto +1
  398: *(u64 *)(r10 -144) = r1
  399: r1 = *(u32 *)(r10 -152)
  400: r1 += 1
  401: *(u32 *)(r10 -152) = r1
  402: if r1 < 16 goto -141
  403: r1 = *(u64 *)(r10 -144)
  404: r2 = 1
  405: if r1 != 0 goto +27
  406: r2 = 0
  407: *(u32 *)(r10 -88) = 0
  408: r1 = map[pipe_acl_rules_default] ll
  410: r2 = r10
  411: r2 += -88
  412: call bpf_map_lookup_elem
  413: r1 = r0
  414: if r1 == 0 goto +12
  415: r0 = *(u32 *)(r1 +0)
  416: *(u64 *)(r10 -168) = r0
  417: r9 = *(u32 *)(r1 +8)
  418: r9 = be32 r9
  419: w9 = w9
  420: r8 = *(u32 *)(r1 +12)
  421: r8 = be32 r8
  422: w8 = w8
  423: r2 = *(u32 *)(r1 +16)
  424: r2 = be32 r2
  425: w2 = w2
  426: goto +18
  427: r0 = 2
  428: *(u64 *)(r10 -168) = r0
  429: r9 = 0
  430: r8 = 0
  431: r2 = 0
  432: goto +12
  433: r1 = *(u64 *)(r10 -144)
  434: r0 = *(u32 *)(r1 +0)
  435: *(u64 *)(r10 -168) = r0
  436: r9 = *(u32 *)(r1 +8)
  437: r9 = be32 r9
  438: w9 = w9
  439: r8 = *(u32 *)(r1 +12)
  440: r8 = be32 r8
  441: w8 = w8
  442: r2 = *(u32 *)(r1 +16)
  443: r2 = be32 r2
  444: w2 = w2
  445: r0 = *(u64 *)(r10 -168)
  446: if r0 == 3 goto +48
  447: r0 = *(u64 *)(r10 -168)
  448: if r0 == 1 goto +25
  449: r0 = *(u64 *)(r10 -168)
  450: if r0 == 4 goto +4
  451: r0 = *(u64 *)(r10 -168)
  452: if r0 == 2 goto +1
  453: goto +61
      ; pipe: block12 (NoAction)
  454: goto +60
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
  455: r1 = 1
      ; count counter0[v19] += v24
  456: *(u32 *)(r10 -88) = r2
  457: *(u64 *)(r10 -144) = r1
  458: r1 = map[pipe_rule_stats] ll
  460: r2 = r10
  461: r2 += -88
  462: call bpf_map_lookup_elem
  463: r1 = r0
  464: if r1 == 0 goto +8
  465: r2 = *(u64 *)(r1 +0)
  466: r3 = *(u64 *)(r10 -144)
  467: r2 += r3
  468: *(u64 *)(r1 +0) = r2
  469: r2 = *(u64 *)(r1 +8)
  470: r3 = *(u32 *)(r10 -40)
  471: r2 += r3
  472: *(u64 *)(r1 +8) = r2
  473: goto +41
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  474: r1 = 1
      ; write var8, v22
  475: *(u8 *)(r10 -24) = r1
      ; v23: bit<32> = const 1
  476: r1 = 1
      ; count counter0[v18] += v23
  477: *(u32 *)(r10 -88) = r8
  478: *(u64 *)(r10 -144) = r1
  479: r1 = map[pipe_rule_stats] ll
  481: r2 = r10
  482: r2 += -88
  483: call bpf_map_lookup_elem
  484: r1 = r0
  485: if r1 == 0 goto +8
  486: r2 = *(u64 *)(r1 +0)
  487: r3 = *(u64 *)(r10 -144)
  488: r2 += r3
  489: *(u64 *)(r1 +0) = r2
  490: r2 = *(u64 *)(r1 +8)
  491: r3 = *(u32 *)(r10 -40)
  492: r2 += r3
  493: *(u64 *)(r1 +8) = r2
  494: goto +20
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  495: r1 = 0
      ; write var8, v20
  496: *(u8 *)(r10 -24) = r1
      ; v21: bit<32> = const 1
  497: r1 = 1
      ; count counter0[v17] += v21
  498: *(u32 *)(r10 -88) = r9
  499: *(u64 *)(r10 -144) = r1
  500: r1 = map[pipe_rule_stats] ll
  502: r2 = r10
  503: r2 += -88
  504: call bpf_map_lookup_elem
  505: r1 = r0
  506: if r1 == 0 goto +8
  507: r2 = *(u64 *)(r1 +0)
  508: r3 = *(u64 *)(r10 -144)
  509: r2 += r3
  510: *(u64 *)(r1 +0) = r2
  511: r2 = *(u64 *)(r1 +8)
  512: r3 = *(u32 *)(r10 -40)
  513: r2 += r3
  514: *(u64 *)(r1 +8) = r2
  515: r0 = *(u64 *)(r10 -168)
  516: if r0 == 3 goto +83
  517: r0 = *(u64 *)(r10 -168)
  518: if r0 == 1 goto +81
      ; v25: bit<8> = read_field hdr1.protocol
  519: r1 = 0
  520: r0 = *(u64 *)(r10 -160)
  521: if r0 == 0 goto +2
  522: r0 = *(u64 *)(r10 -160)
  523: r1 = *(u8 *)(r0 +9)
      ; v26: bit<16> = read var3
  524: r2 = *(u16 *)(r10 -26)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  525: *(u64 *)(r10 -88) = 0
  526: r3 = r1
  527: r1 = r3
  528: *(u8 *)(r10 -88) = r1
  529: r1 = r2
  530: r2 = r1
  531: *(u8 *)(r10 -86) = r2
  532: r1 >>= 8
  533: r2 = r1
  534: *(u8 *)(r10 -87) = r2
  535: r1 = map[pipe_service_allow] ll
  537: r2 = r10
  538: r2 += -88
  539: call bpf_map_lookup_elem
  540: r1 = r0
  541: r2 = 1
  542: if r1 != 0 goto +5
  543: r2 = 0
  544: r2 = 1
  545: r8 = 0
  546: r3 = 2
  547: goto +7
  548: r2 = *(u32 *)(r1 +0)
  549: r8 = *(u32 *)(r1 +4)
  550: r8 = be32 r8
  551: w8 = w8
  552: r3 = *(u32 *)(r1 +8)
  553: r3 = be32 r3
  554: w3 = w3
  555: if r2 == 3 goto +23
  556: if r2 == 1 goto +1
  557: goto +41
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  558: r1 = 1
      ; write var8, v33
  559: *(u8 *)(r10 -24) = r1
      ; v34: bit<32> = const 1
  560: r1 = 1
      ; count counter0[v30] += v34
  561: *(u32 *)(r10 -88) = r3
  562: *(u64 *)(r10 -144) = r1
  563: r1 = map[pipe_rule_stats] ll
  565: r2 = r10
  566: r2 += -88
  567: call bpf_map_lookup_elem
  568: r1 = r0
  569: if r1 == 0 goto +8
  570: r2 = *(u64 *)(r1 +0)
  571: r3 = *(u64 *)(r10 -144)
  572: r2 += r3
  573: *(u64 *)(r1 +0) = r2
  574: r2 = *(u64 *)(r1 +8)
  575: r3 = *(u32 *)(r10 -40)
  576: r2 += r3
  577: *(u64 *)(r1 +8) = r2
  578: goto +20
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  579: r1 = 0
      ; write var8, v31
  580: *(u8 *)(r10 -24) = r1
      ; v32: bit<32> = const 1
  581: r1 = 1
      ; count counter0[v29] += v32
  582: *(u32 *)(r10 -88) = r8
  583: *(u64 *)(r10 -144) = r1
  584: r1 = map[pipe_rule_stats] ll
  586: r2 = r10
  587: r2 += -88
  588: call bpf_map_lookup_elem
  589: r1 = r0
  590: if r1 == 0 goto +8
  591: r2 = *(u64 *)(r1 +0)
  592: r3 = *(u64 *)(r10 -144)
  593: r2 += r3
  594: *(u64 *)(r1 +0) = r2
  595: r2 = *(u64 *)(r1 +8)
  596: r3 = *(u32 *)(r10 -40)
  597: r2 += r3
  598: *(u64 *)(r1 +8) = r2
  599: goto +24
  600: goto +23
  601: goto +22
      ; v2: bit<32> = const 1
  602: r1 = 1
      ; v3: bit<32> = const 1
  603: r2 = 1
      ; count counter0[v2] += v3
  604: *(u32 *)(r10 -88) = r1
  605: *(u64 *)(r10 -144) = r2
  606: r1 = map[pipe_rule_stats] ll
  608: r2 = r10
  609: r2 += -88
  610: call bpf_map_lookup_elem
  611: r1 = r0
  612: if r1 == 0 goto +8
  613: r2 = *(u64 *)(r1 +0)
  614: r3 = *(u64 *)(r10 -144)
  615: r2 += r3
  616: *(u64 *)(r1 +0) = r2
  617: r2 = *(u64 *)(r1 +8)
  618: r3 = *(u32 *)(r10 -40)
  619: r2 += r3
  620: *(u64 *)(r1 +8) = r2
  621: goto +2
      ; drop
  622: r0 = 2
  623: exit
      ; epilogue: verdict
  624: r1 = *(u8 *)(r10 -24)
  625: if r1 != 0 goto +2
  626: r0 = 0
  627: exit
  628: if r1 != 2 goto +4
  629: r1 = *(u32 *)(r10 -32)
  630: r2 = 0
  631: call bpf_redirect
  632: exit
  633: r0 = 2
  634: exit
