; acl for xdp: 680 instructions, stack 200 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -64) = 0
    5: *(u64 *)(r10 -56) = 0
    6: *(u64 *)(r10 -48) = 0
    7: *(u64 *)(r10 -40) = 0
    8: *(u64 *)(r10 -32) = 0
    9: *(u64 *)(r10 -24) = 0
   10: r2 = *(u32 *)(r1 +8)
   11: r3 = r2
   12: r3 += 8
   13: if r3 > r6 goto +2
   14: r3 = *(u32 *)(r2 +0)
   15: *(u32 *)(r10 -36) = r3
   16: call bpf_xdp_get_buff_len
   17: r1 = r0
   18: *(u32 *)(r10 -40) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   19: r1 = *(u64 *)(r10 -16)
   20: if r1 > 16383 goto +5
   21: r2 = r6
   22: r2 += r1
   23: r3 = r2
   24: r3 += 14
   25: if r3 <= r7 goto +2
   26: *(u32 *)(r10 -48) = 1
   27: goto +601
   28: r3 = r1
   29: r3 += 1
   30: *(u32 *)(r10 -64) = r3
   31: r1 += 14
   32: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   33: r1 = *(u16 *)(r2 +12)
   34: r1 = be16 r1
   35: if r1 != 2048 goto +1
   36: goto +1
   37: goto +82
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   38: r1 = *(u64 *)(r10 -16)
   39: if r1 > 16383 goto +5
   40: r2 = r6
   41: r2 += r1
   42: r3 = r2
   43: r3 += 20
   44: if r3 <= r7 goto +2
   45: *(u32 *)(r10 -48) = 1
   46: goto +582
   47: r3 = r1
   48: r3 += 1
   49: *(u32 *)(r10 -60) = r3
   50: r1 += 20
   51: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   52: r1 = *(u8 *)(r2 +0)
   53: r1 &= 15
      ; v2: bit<4> = const 5
   54: r3 = 5
      ; v3: bool = ge v1, v2
   55: r4 = 1
   56: if r1 >= r3 goto +1
   57: r4 = 0
      ; verify v3, error HeaderTooShort
   58: if r4 != 0 goto +2
   59: *(u32 *)(r10 -48) = 4
   60: goto +568
      ; v4: bit<4> = read_field hdr1.ihl
   61: r1 = *(u8 *)(r2 +0)
   62: r1 &= 15
      ; v5: bit<32> = cast v4
   63: r3 = r1
   64: w3 = w3
      ; v6: bit<32> = const 5
   65: r1 = 5
      ; v7: bit<32> = sub v5, v6
   66: r4 = r3
   67: r4 -= r1
   68: w4 = w4
      ; v8: bit<32> = const 0x20
   69: r1 = 32
      ; v9: bit<32> = mul v7, v8
   70: r3 = r4
   71: r3 *= r1
   72: w3 = w3
      ; advance v9
   73: r1 = r3
   74: r1 &= 7
   75: if r1 == 0 goto +2
   76: *(u32 *)(r10 -48) = 6
   77: goto +551
   78: r1 = r3
   79: r1 >>= 3
   80: r3 = *(u64 *)(r10 -16)
   81: r3 += r1
   82: if r3 > 16383 goto +3
   83: r1 = r6
   84: r1 += r3
   85: if r1 <= r7 goto +2
   86: *(u32 *)(r10 -48) = 1
   87: goto +541
   88: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   89: r1 = *(u16 *)(r2 +6)
   90: r1 = be16 r1
   91: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   92: r3 = *(u8 *)(r2 +9)
   93: if r1 != 0 goto +2
   94: if r3 != 6 goto +1
   95: goto +4
   96: if r1 != 0 goto +2
   97: if r3 != 17 goto +1
   98: goto +1
   99: goto +20
      ; prs: block3 (parse_ports)
      ; extract hdr2
  100: r1 = *(u64 *)(r10 -16)
  101: if r1 > 16383 goto +5
  102: r2 = r6
  103: r2 += r1
  104: r3 = r2
  105: r3 += 4
  106: if r3 <= r7 goto +2
  107: *(u32 *)(r10 -48) = 1
  108: goto +520
  109: r3 = r1
  110: r3 += 1
  111: *(u32 *)(r10 -56) = r3
  112: r1 += 4
  113: *(u64 *)(r10 -16) = r1
      ; v12: bit<16> = read_field hdr2.srcPort
  114: r1 = *(u16 *)(r2 +0)
  115: r1 = be16 r1
      ; write var2, v12
  116: *(u16 *)(r10 -28) = r1
      ; v13: bit<16> = read_field hdr2.dstPort
  117: r1 = *(u16 *)(r2 +2)
  118: r1 = be16 r1
      ; write var3, v13
  119: *(u16 *)(r10 -26) = r1
      ; v0: bool = is_valid hdr1
  120: r1 = *(u32 *)(r10 -60)
  121: if r1 == 0 goto +1
  122: r1 = 1
      ; v1: bool = not v0
  123: r2 = r1
  124: r2 ^= 1
  125: if r2 != 0 goto +483
      ; v4: bit<32> = read_field hdr1.srcAddr
  126: r1 = *(u32 *)(r10 -60)
  127: if r1 == 0 goto +11
  128: r1 -= 1
  129: if r1 > 16383 goto +9
  130: r0 = r6
  131: *(u64 *)(r10 -192) = r0
  132: r0 = *(u64 *)(r10 -192)
  133: r0 += r1
  134: *(u64 *)(r10 -192) = r0
  135: r0 = *(u64 *)(r10 -192)
  136: r1 = r0
  137: r1 += 20
  138: if r1 <= r7 goto +2
  139: r0 = 0
  140: *(u64 *)(r10 -192) = r0
  141: r1 = 0
  142: r0 = *(u64 *)(r10 -192)
  143: if r0 == 0 goto +3
  144: r0 = *(u64 *)(r10 -192)
  145: r1 = *(u32 *)(r0 +12)
  146: r1 = be32 r1
      ; v5, v6, [v7, v8] = apply table0(v4)
  147: *(u64 *)(r10 -88) = 0
  148: r2 = r1
  149: r1 = r2
  150: r2 = r1
  151: r2 = be32 r2
  152: *(u32 *)(r10 -84) = r2
  153: *(u32 *)(r10 -88) = 32
  154: r1 = map[pipe_src_prefix] ll
  156: r2 = r10
  157: r2 += -88
  158: call bpf_map_lookup_elem
  159: r9 = r0
  160: r1 = 1
  161: if r9 != 0 goto +23
  162: r1 = 0
  163: *(u32 *)(r10 -88) = 0
  164: r1 = map[pipe_src_prefix_default] ll
  166: r2 = r10
  167: r2 += -88
  168: call bpf_map_lookup_elem
  169: r1 = r0
  170: if r1 == 0 goto +9
  171: r0 = *(u32 *)(r1 +0)
  172: *(u64 *)(r10 -200) = r0
  173: r8 = *(u32 *)(r1 +4)
  174: r8 = be32 r8
  175: w8 = w8
  176: r2 = *(u32 *)(r1 +8)
  177: r2 = be32 r2
  178: w2 = w2
  179: goto +13
  180: r0 = 2
  181: *(u64 *)(r10 -200) = r0
  182: r8 = 0
  183: r2 = 0
  184: goto +8
  185: r0 = *(u32 *)(r9 +0)
  186: *(u64 *)(r10 -200) = r0
  187: r8 = *(u32 *)(r9 +4)
  188: r8 = be32 r8
  189: w8 = w8
  190: r2 = *(u32 *)(r9 +8)
  191: r2 = be32 r2
  192: w2 = w2
  193: r0 = *(u64 *)(r10 -200)
  194: if r0 == 0 goto +27
  195: r0 = *(u64 *)(r10 -200)
  196: if r0 == 1 goto +4
  197: r0 = *(u64 *)(r10 -200)
  198: if r0 == 2 goto +1
  199: goto +40
      ; pipe: block3 (NoAction)
  200: goto +39
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
  201: r1 = 1
      ; write var8, v10
  202: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 1
  203: r1 = 1
      ; count counter0[v8] += v11
  204: *(u32 *)(r10 -88) = r2
  205: *(u64 *)(r10 -144) = r1
  206: r1 = map[pipe_rule_stats] ll
  208: r2 = r10
  209: r2 += -88
  210: call bpf_map_lookup_elem
  211: r1 = r0
  212: if r1 == 0 goto +8
  213: r2 = *(u64 *)(r1 +0)
  214: r3 = *(u64 *)(r10 -144)
  215: r2 += r3
  216: *(u64 *)(r1 +0) = r2
  217: r2 = *(u64 *)(r1 +8)
  218: r3 = *(u32 *)(r10 -40)
  219: r2 += r3
  220: *(u64 *)(r1 +8) = r2
  221: goto +18
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
  222: r1 = 1
      ; count counter0[v7] += v9
  223: *(u32 *)(r10 -88) = r8
  224: *(u64 *)(r10 -144) = r1
  225: r1 = map[pipe_rule_stats] ll
  227: r2 = r10
  228: r2 += -88
  229: call bpf_map_lookup_elem
  230: r1 = r0
  231: if r1 == 0 goto +8
  232: r2 = *(u64 *)(r1 +0)
  233: r3 = *(u64 *)(r10 -144)
  234: r2 += r3
  235: *(u64 *)(r1 +0) = r2
  236: r2 = *(u64 *)(r1 +8)
  237: r3 = *(u32 *)(r10 -40)
  238: r2 += r3
  239: *(u64 *)(r1 +8) = r2
  240: r0 = *(u64 *)(r10 -200)
  241: if r0 == 0 goto +366
  242: r0 = *(u64 *)(r10 -200)
  243: if r0 == 1 goto +364
      ; v12: bit<8> = read_field hdr1.protocol
  244: r1 = 0
  245: r0 = *(u64 *)(r10 -192)
  246: if r0 == 0 goto +2
  247: r0 = *(u64 *)(r10 -192)
  248: r1 = *(u8 *)(r0 +9)
      ; v13: bit<16> = read var2
  249: r2 = *(u16 *)(r10 -28)
      ; v14: bit<16> = read var3
  250: r3 = *(u16 *)(r10 -26)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  251: *(u64 *)(r10 -88) = 0
  252: r4 = r1
  253: r1 = r4
  254: *(u8 *)(r10 -88) = r1
  255: r1 = r2
  256: r2 = r1
  257: *(u8 *)(r10 -86) = r2
  258: r1 >>= 8
  259: r2 = r1
  260: *(u8 *)(r10 -87) = r2
  261: r1 = r3
  262: r2 = r1
  263: *(u8 *)(r10 -84) = r2
  264: r1 >>= 8
  265: r2 = r1
  266: *(u8 *)(r10 -85) = r2
  267: *(u64 *)(r10 -144) = 0
  268: *(u32 *)(r10 -152) = 0
  269: r1 = map[pipe_acl_rules_masks] ll
  271: r2 = r10
  272: r2 += -152
  273: call bpf_map_lookup_elem
  274: r1 = r0
  275: if r1 == 0 goto +134
  276: r2 = *(u32 *)(r1 +0)
  277: if r2 == 0 goto +132
  278: r2 = *(u32 *)(r10 -152)
  279: *(u32 *)(r10 -120) = r2
  280: r2 = *(u32 *)(r10 -88)
  281: r3 = *(u32 *)(r1 +8)
  282: r2 &= r3
  283: *(u32 *)(r10 -116) = r2
  284: r2 = *(u32 *)(r10 -84)
  285: r3 = *(u32 *)(r1 +12)
  286: r2 &= r3
  287: *(u32 *)(r10 -112) = r2
  288: r1 = map[pipe_acl_rules] ll
  290: r2 = r10
  291: r2 += -120
  292: call bpf_map_lookup_elem
  293: r1 = r0
  294: if r1 == 0 goto +6
  295: r2 = *(u64 *)(r10 -144)
  296: if r2 == 0 goto +3
  297: r3 = *(u32 *)(r1 +4)
  298: r4 = *(u32 *)(r2 +4)
  299: if r3 <= r4 goto +1
  300: *(u64 *)(r10 -144) = r1
  301: r1 = *(u32 *)(r10 -152)
  302: r1 += 1
  303: *(u32 *)(r10 -152) = r1
  304: r1 = map[pipe_acl_rules_masks] ll
  306: r2 = r10
  307: r2 += -152
  308: call bpf_map_lookup_elem
  309: r1 = r0
  310: if r1 == 0 goto +99
  311: r2 = *(u32 *)(r1 +0)
  312: if r2 == 0 goto +97
  313: r2 = *(u32 *)(r10 -152)
  314: *(u32 *)(r10 -120) = r2
  315: r2 = *(u32 *)(r10 -88)
  316: r3 = *(u32 *)(r1 +8)
  317: r2 &= r3
  318: *(u32 *)(r10 -116) = r2
  319: r2 = *(u32 *)(r10 -84)
  320: r3 = *(u32 *)(r1 +12)
  321: r2 &= r3
  322: *(u32 *)(r10 -112) = r2
  323: r1 = map[pipe_acl_rules] ll
  325: r2 = r10
  326: r2 += -120
  327: call bpf_map_lookup_elem
  328: r1 = r0
  329: if r1 == 0 goto +6
  330: r2 = *(u64 *)(r10 -144)
  331: if r2 == 0 goto +3
  332: r3 = *(u32 *)(r1 +4)
  333: r4 = *(u32 *)(r2 +4)
  334: if r3 <= r4 goto +1
  335: *(u64 *)(r10 -144) = r1
  336: r1 = *(u32 *)(r10 -152)
  337: r1 += 1
  338: *(u32 *)(r10 -152) = r1
  339: r1 = map[pipe_acl_rules_masks] ll
  341: r2 = r10
  342: r2 += -152
  343: call bpf_map_lookup_elem
  344: r1 = r0
  345: if r1 == 0 goto +64
  346: r2 = *(u32 *)(r1 +0)
  347: if r2 == 0 goto +62
  348: r2 = *(u32 *)(r10 -152)
  349: *(u32 *)(r10 -120) = r2
  350: r2 = *(u32 *)(r10 -88)
  351: r3 = *(u32 *)(r1 +8)
  352: r2 &= r3
  353: *(u32 *)(r10 -116) = r2
  354: r2 = *(u32 *)(r10 -84)
  355: r3 = *(u32 *)(r1 +12)
  356: r2 &= r3
  357: *(u32 *)(r10 -112) = r2
  358: r1 = map[pipe_acl_rules] ll
  360: r2 = r10
  361: r2 += -120
  362: call bpf_map_lookup_elem
  363: r1 = r0
  364: if r1 == 0 goto +6
  365: r2 = *(u64 *)(r10 -144)
  366: if r2 == 0 goto +3
  367: r3 = *(u32 *)(r1 +4)
  368: r4 = *(u32 *)(r2 +4)
  369: if r3 <= r4 goto +1
  370: *(u64 *)(r10 -144) = r1
  371: r1 = *(u32 *)(r10 -152)
  372: r1 += 1
  373: *(u32 *)(r10 -152) = r1
  374: r1 = map[pipe_acl_rules_masks] ll
  376: r2 = r10
  377: r2 += -152
  378: call bpf_map_lookup_elem
  379: r1 = r0
  380: if r1 == 0 goto +29
  381: r2 = *(u32 *)(r1 +0)
  382: if r2 == 0 goto +27
  383: r2 = *(u32 *)(r10 -152)
  384: *(u32 *)(r10 -120) = r2
  385: r2 = *(u32 *)(r10 -88)
  386: r3 = *(u32 *)(r1 +8)
  387: r2 &= r3
  388: *(u32 *)(r10 -116) = r2
  389: r2 = *(u32 *)(r10 -84)
  390: r3 = *(u32 *)(r1 +12)
  391: r2 &= r3
  392: *(u32 *)(r10 -112) = r2
  393: r1 = map[pipe_acl_rules] ll
  395: r2 = r10
  396: r2 += -120
  397: call bpf_map_lookup_elem
  398: r1 = r0
  399: if r1 == 0 goto +6
  400: r2 = *(u64 *)(r10 -144)
  401: if r2 == 0 goto +3
  402: r3 = *(u32 *)(r1 +4)
  403: r4 = *(u32 *)(r2 +4)
  404: if r3 <= r4 goto +1
  405: *(u64 *)(r10 -144) = r1
  406: r1 = *(u32 *)(r10 -152)
  407: r1 += 1
  408: *(u32 *)(r10 -152) = r1
  409: if r1 < 16 goto -141
  410: r1 = *(u64 *)(r10 -144)
  411: r2 = 1
  412: if r1 != 0 goto +27
  413: r2 = 0
  414: *(u32 *)(r10 -88) = 0
  415: r1 = map[pipe_acl_rules_default] ll
  417: r2 = r10
  418: r2 += -88
  419: call bpf_map_lookup_elem
  420: r1 = r0
  421: if r1 == 0 goto +12
  422: r0 = *(u32 *)(r1 +0)
  423: *(u64 *)(r10 -200) = r0
  424: r9 = *(u32 *)(r1 +8)
  425: r9 = be32 r9
  426: w9 = w9
  427: r8 = *(u32 *)(r1 +12)
  428: r8 = be32 r8
  429: w8 = w8
  430: r2 = *(u32 *)(r1 +16)
  431: r2 = be32 r2
  432: w2 = w2
  433: goto +18
  434: r0 = 2
  435: *(u64 *)(r10 -200) = r0
  436: r9 = 0
  437: r8 = 0
  438: r2 = 0
  439: goto +12
  440: r1 = *(u64 *)(r10 -144)
  441: r0 = *(u32 *)(r1 +0)
  442: *(u64 *)(r10 -200) = r0
  443: r9 = *(u32 *)(r1 +8)
  444: r9 = be32 r9
  445: w9 = w9
  446: r8 = *(u32 *)(r1 +12)
  447: r8 = be32 r8
  448: w8 = w8
  449: r2 = *(u32 *)(r1 +16)
  450: r2 = be32 r2
  451: w2 = w2
  452: r0 = *(u64 *)(r10 -200)
  453: if r0 == 3 goto +48
  454: r0 = *(u64 *)(r10 -200)
  455: if r0 == 1 goto +25
  456: r0 = *(u64 *)(r10 -200)
  457: if r0 == 4 goto +4
  458: r0 = *(u64 *)(r10 -200)
  459: if r0 == 2 goto +1
  460: goto +61
      ; pipe: block12 (NoAction)
  461: goto +60
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
  462: r1 = 1
      ; count counter0[v19] += v24
  463: *(u32 *)(r10 -88) = r2
  464: *(u64 *)(r10 -144) = r1
  465: r1 = map[pipe_rule_stats] ll
  467: r2 = r10
  468: r2 += -88
  469: call bpf_map_lookup_elem
  470: r1 = r0
  471: if r1 == 0 goto +8
  472: r2 = *(u64 *)(r1 +0)
  473: r3 = *(u64 *)(r10 -144)
  474: r2 += r3
  475: *(u64 *)(r1 +0) = r2
  476: r2 = *(u64 *)(r1 +8)
  477: r3 = *(u32 *)(r10 -40)
  478: r2 += r3
  479: *(u64 *)(r1 +8) = r2
  480: goto +41
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  481: r1 = 1
      ; write var8, v22
  482: *(u8 *)(r10 -24) = r1
      ; v23: bit<32> = const 1
  483: r1 = 1
      ; count counter0[v18] += v23
  484: *(u32 *)(r10 -88) = r8
  485: *(u64 *)(r10 -144) = r1
  486: r1 = map[pipe_rule_stats] ll
  488: r2 = r10
  489: r2 += -88
  490: call bpf_map_lookup_elem
  491: r1 = r0
  492: if r1 == 0 goto +8
  493: r2 = *(u64 *)(r1 +0)
  494: r3 = *(u64 *)(r10 -144)
  495: r2 += r3
  496: *(u64 *)(r1 +0) = r2
  497: r2 = *(u64 *)(r1 +8)
  498: r3 = *(u32 *)(r10 -40)
  499: r2 += r3
  500: *(u64 *)(r1 +8) = r2
  501: goto +20
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  502: r1 = 0
      ; write var8, v20
  503: *(u8 *)(r10 -24) = r1
      ; v21: bit<32> = const 1
  504: r1 = 1
      ; count counter0[v17] += v21
  505: *(u32 *)(r10 -88) = r9
  506: *(u64 *)(r10 -144) = r1
  507: r1 = map[pipe_rule_stats] ll
  509: r2 = r10
  510: r2 += -88
  511: call bpf_map_lookup_elem
  512: r1 = r0
  513: if r1 == 0 goto +8
  514: r2 = *(u64 *)(r1 +0)
  515: r3 = *(u64 *)(r10 -144)
  516: r2 += r3
  517: *(u64 *)(r1 +0) = r2
  518: r2 = *(u64 *)(r1 +8)
  519: r3 = *(u32 *)(r10 -40)
  520: r2 += r3
  521: *(u64 *)(r1 +8) = r2
  522: r0 = *(u64 *)(r10 -200)
  523: if r0 == 3 goto +83
  524: r0 = *(u64 *)(r10 -200)
  525: if r0 == 1 goto +81
      ; v25: bit<8> = read_field hdr1.protocol
  526: r1 = 0
  527: r0 = *(u64 *)(r10 -192)
  528: if r0 == 0 goto +2
  529: r0 = *(u64 *)(r10 -192)
  530: r1 = *(u8 *)(r0 +9)
      ; v26: bit<16> = read var3
  531: r2 = *(u16 *)(r10 -26)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  532: *(u64 *)(r10 -88) = 0
  533: r3 = r1
  534: r1 = r3
  535: *(u8 *)(r10 -88) = r1
  536: r1 = r2
  537: r2 = r1
  538: *(u8 *)(r10 -86) = r2
  539: r1 >>= 8
  540: r2 = r1
  541: *(u8 *)(r10 -87) = r2
  542: r1 = map[pipe_service_allow] ll
  544: r2 = r10
  545: r2 += -88
  546: call bpf_map_lookup_elem
  547: r1 = r0
  548: r2 = 1
  549: if r1 != 0 goto +5
  550: r2 = 0
  551: r2 = 1
  552: r8 = 0
  553: r3 = 2
  554: goto +7
  555: r2 = *(u32 *)(r1 +0)
  556: r8 = *(u32 *)(r1 +4)
  557: r8 = be32 r8
  558: w8 = w8
  559: r3 = *(u32 *)(r1 +8)
  560: r3 = be32 r3
  561: w3 = w3
  562: if r2 == 3 goto +23
  563: if r2 == 1 goto +1
  564: goto +41
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  565: r1 = 1
      ; write var8, v33
  566: *(u8 *)(r10 -24) = r1
      ; v34: bit<32> = const 1
  567: r1 = 1
      ; count counter0[v30] += v34
  568: *(u32 *)(r10 -88) = r3
  569: *(u64 *)(r10 -144) = r1
  570: r1 = map[pipe_rule_stats] ll
  572: r2 = r10
  573: r2 += -88
  574: call bpf_map_lookup_elem
  575: r1 = r0
  576: if r1 == 0 goto +8
  577: r2 = *(u64 *)(r1 +0)
  578: r3 = *(u64 *)(r10 -144)
  579: r2 += r3
  580: *(u64 *)(r1 +0) = r2
  581: r2 = *(u64 *)(r1 +8)
  582: r3 = *(u32 *)(r10 -40)
  583: r2 += r3
  584: *(u64 *)(r1 +8) = r2
  585: goto +20
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  586: r1 = 0
      ; write var8, v31
  587: *(u8 *)(r10 -24) = r1
      ; v32: bit<32> = const 1
  588: r1 = 1
      ; count counter0[v29] += v32
  589: *(u32 *)(r10 -88) = r8
  590: *(u64 *)(r10 -144) = r1
  591: r1 = map[pipe_rule_stats] ll
  593: r2 = r10
  594: r2 += -88
  595: call bpf_map_lookup_elem
  596: r1 = r0
  597: if r1 == 0 goto +8
  598: r2 = *(u64 *)(r1 +0)
  599: r3 = *(u64 *)(r10 -144)
  600: r2 += r3
  601: *(u64 *)(r1 +0) = r2
  602: r2 = *(u64 *)(r1 +8)
  603: r3 = *(u32 *)(r10 -40)
  604: r2 += r3
  605: *(u64 *)(r1 +8) = r2
  606: goto +43
  607: goto +42
  608: goto +41
      ; v2: bit<32> = const 1
  609: r1 = 1
      ; v3: bit<32> = const 1
  610: r2 = 1
      ; count counter0[v2] += v3
  611: *(u32 *)(r10 -88) = r1
  612: *(u64 *)(r10 -144) = r2
  613: r1 = map[pipe_rule_stats] ll
  615: r2 = r10
  616: r2 += -88
  617: call bpf_map_lookup_elem
  618: r1 = r0
  619: if r1 == 0 goto +8
  620: r2 = *(u64 *)(r1 +0)
  621: r3 = *(u64 *)(r10 -144)
  622: r2 += r3
  623: *(u64 *)(r1 +0) = r2
  624: r2 = *(u64 *)(r1 +8)
  625: r3 = *(u32 *)(r10 -40)
  626: r2 += r3
  627: *(u64 *)(r1 +8) = r2
  628: goto +21
      ; drop
  629: r1 = *(u32 *)(r10 -36)
  630: r2 = *(u32 *)(r10 -32)
  631: *(u64 *)(r10 -160) = r1
  632: *(u64 *)(r10 -168) = r2
  633: r1 = *(u64 *)(r10 -8)
  634: r2 = 0xfffffffffffffff8 ll
  636: call bpf_xdp_adjust_meta
  637: if r0 != 0 goto +10
  638: r1 = *(u64 *)(r10 -8)
  639: r2 = *(u32 *)(r1 +8)
  640: r3 = *(u32 *)(r1 +0)
  641: r1 = r2
  642: r1 += 8
  643: if r1 > r3 goto +4
  644: r1 = *(u64 *)(r10 -160)
  645: *(u32 *)(r2 +0) = r1
  646: r1 = *(u64 *)(r10 -168)
  647: *(u32 *)(r2 +4) = r1
  648: r0 = 1
  649: exit
      ; epilogue: verdict
  650: r1 = *(u32 *)(r10 -36)
  651: r2 = *(u32 *)(r10 -32)
  652: *(u64 *)(r10 -176) = r1
  653: *(u64 *)(r10 -184) = r2
  654: r1 = *(u64 *)(r10 -8)
  655: r2 = 0xfffffffffffffff8 ll
  657: call bpf_xdp_adjust_meta
  658: if r0 != 0 goto +10
  659: r1 = *(u64 *)(r10 -8)
  660: r2 = *(u32 *)(r1 +8)
  661: r3 = *(u32 *)(r1 +0)
  662: r1 = r2
  663: r1 += 8
  664: if r1 > r3 goto +4
  665: r1 = *(u64 *)(r10 -176)
  666: *(u32 *)(r2 +0) = r1
  667: r1 = *(u64 *)(r10 -184)
  668: *(u32 *)(r2 +4) = r1
  669: r1 = *(u8 *)(r10 -24)
  670: if r1 != 0 goto +2
  671: r0 = 2
  672: exit
  673: if r1 != 2 goto +4
  674: r1 = *(u32 *)(r10 -32)
  675: r2 = 0
  676: call bpf_redirect
  677: exit
  678: r0 = 1
  679: exit
