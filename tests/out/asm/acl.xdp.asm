; acl for xdp: 467 instructions, stack 192 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -152) = 0
    7: *(u64 *)(r10 -160) = 0
    8: *(u64 *)(r10 -176) = 0
    9: *(u64 *)(r10 -184) = 0
   10: *(u64 *)(r10 -192) = 0
   11: r2 = *(u32 *)(r3 +8)
   12: r1 = r2
   13: r1 += 8
   14: if r1 > r6 goto +2
   15: r1 = *(u32 *)(r2 +0)
   16: *(u64 *)(r10 -176) = r1
   17: r1 = r3
   18: call bpf_xdp_get_buff_len
   19: r1 = r0
   20: *(u64 *)(r10 -168) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   21: r9 += 14
   22: if r9 > r7 goto +393
      ; v0: bit<16> = read_field hdr0.etherType
   23: r1 = *(u16 *)(r6 +12)
   24: if r1 != 8 goto +36
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +388
      ; v1: bit<4> = read_field hdr1.ihl
   28: r2 = *(u8 *)(r6 +14)
   29: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   30: r1 = 1
   31: if r2 >= 5 goto +1
   32: r1 = 0
      ; verify v3, error HeaderTooShort
   33: if r1 == 0 goto +382
      ; v4: bit<4> = read_field hdr1.ihl
   34: r1 = *(u8 *)(r6 +14)
   35: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   36: r1 -= 5
   37: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   38: r1 *= 32
   39: w1 = w1
      ; advance v9
   40: r1 >>= 3
   41: r9 -= r6
   42: r1 += r9
   43: if r1 > 16383 goto +372
   44: r9 = r6
   45: r9 += r1
   46: if r9 > r7 goto +369
      ; v10: bit<13> = read_field hdr1.fragOffset
   47: r2 = *(u16 *)(r6 +20)
   48: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   49: r1 = *(u8 *)(r6 +23)
   50: if r2 != 0 goto +1
   51: if r1 == 6 goto +2
   52: if r2 != 0 goto +8
   53: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   54: r1 = r9
   55: r9 += 4
   56: if r9 > r7 goto +359
      ; v12: bit<16> = read_field hdr2.srcPort
   57: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   58: *(u64 *)(r10 -152) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   59: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   60: *(u64 *)(r10 -160) = r1
      ; v0: bool = is_valid hdr1
   61: r1 = 0
   62: if r8 == 0 goto +1
   63: r1 = 1
      ; v1: bool = not v0
   64: r1 ^= 1
   65: if r1 != 0 goto +334
      ; v4: bit<32> = read_field hdr1.srcAddr
   66: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   67: *(u64 *)(r10 -48) = 0
   68: *(u32 *)(r10 -44) = r1
   69: *(u32 *)(r10 -48) = 32
   70: r1 = map[pipe_src_prefix] ll
   72: r2 = r10
   73: r2 += -48
   74: call bpf_map_lookup_elem
   75: r1 = r0
   76: if r1 != 0 goto +20
   77: *(u32 *)(r10 -48) = 0
   78: r1 = map[pipe_src_prefix_default] ll
   80: r2 = r10
   81: r2 += -48
   82: call bpf_map_lookup_elem
   83: r1 = r0
   84: if r1 == 0 goto +8
   85: r8 = *(u32 *)(r1 +0)
   86: r2 = *(u32 *)(r1 +4)
   87: r2 = be32 r2
   88: w2 = w2
   89: r1 = *(u32 *)(r1 +8)
   90: r1 = be32 r1
   91: w1 = w1
   92: goto +11
   93: r8 = 2
   94: r2 = 0
   95: r1 = 0
   96: goto +7
   97: r8 = *(u32 *)(r1 +0)
   98: r2 = *(u32 *)(r1 +4)
   99: r2 = be32 r2
  100: w2 = w2
  101: r1 = *(u32 *)(r1 +8)
  102: r1 = be32 r1
  103: w1 = w1
  104: if r8 == 0 goto +7
  105: if r8 == 1 goto +2
  106: if r8 == 2 goto +20
  107: goto +19
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
  108: r2 = 1
      ; write var8, v10
  109: *(u64 *)(r10 -192) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
  110: *(u32 *)(r10 -48) = r1
  111: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
  112: *(u32 *)(r10 -48) = r2
  113: r1 = map[pipe_rule_stats] ll
  115: r2 = r10
  116: r2 += -48
  117: call bpf_map_lookup_elem
  118: r2 = r0
  119: if r2 == 0 goto +7
  120: r1 = *(u64 *)(r2 +0)
  121: r1 += 1
  122: *(u64 *)(r2 +0) = r1
  123: r1 = *(u64 *)(r2 +8)
  124: r3 = *(u64 *)(r10 -168)
  125: r1 += r3
  126: *(u64 *)(r2 +8) = r1
  127: if r8 == 0 goto +309
  128: if r8 == 1 goto +308
      ; v12: bit<8> = read_field hdr1.protocol
  129: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  130: r2 = *(u64 *)(r10 -152)
      ; v14: bit<16> = read var3
  131: r3 = *(u64 *)(r10 -160)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  132: *(u64 *)(r10 -48) = 0
  133: *(u8 *)(r10 -48) = r1
  134: *(u8 *)(r10 -47) = r2
  135: r2 >>= 8
  136: *(u8 *)(r10 -46) = r2
  137: *(u8 *)(r10 -45) = r3
  138: r3 >>= 8
  139: *(u8 *)(r10 -44) = r3
  140: *(u64 *)(r10 -104) = 0
  141: *(u32 *)(r10 -112) = 0
  142: r1 = map[pipe_acl_rules_masks] ll
  144: r2 = r10
  145: r2 += -112
  146: call bpf_map_lookup_elem
  147: r3 = r0
  148: if r3 == 0 goto +134
  149: r1 = *(u32 *)(r3 +0)
  150: if r1 == 0 goto +132
  151: r1 = *(u32 *)(r10 -112)
  152: *(u32 *)(r10 -80) = r1
  153: r2 = *(u32 *)(r10 -48)
  154: r1 = *(u32 *)(r3 +8)
  155: r2 &= r1
  156: *(u32 *)(r10 -76) = r2
  157: r1 = *(u32 *)(r10 -44)
  158: r2 = *(u32 *)(r3 +12)
  159: r1 &= r2
  160: *(u32 *)(r10 -72) = r1
  161: r1 = map[pipe_acl_rules] ll
  163: r2 = r10
  164: r2 += -80
  165: call bpf_map_lookup_elem
  166: r3 = r0
  167: if r3 == 0 goto +6
  168: r1 = *(u64 *)(r10 -104)
  169: if r1 == 0 goto +3
  170: r2 = *(u32 *)(r3 +4)
  171: r1 = *(u32 *)(r1 +4)
  172: if r2 <= r1 goto +1
  173: *(u64 *)(r10 -104) = r3
  174: r1 = *(u32 *)(r10 -112)
  175: r1 += 1
  176: *(u32 *)(r10 -112) = r1
  177: r1 = map[pipe_acl_rules_masks] ll
  179: r2 = r10
  180: r2 += -112
  181: call bpf_map_lookup_elem
  182: r3 = r0
  183: if r3 == 0 goto +99
  184: r1 = *(u32 *)(r3 +0)
  185: if r1 == 0 goto +97
  186: r1 = *(u32 *)(r10 -112)
  187: *(u32 *)(r10 -80) = r1
  188: r2 = *(u32 *)(r10 -48)
  189: r1 = *(u32 *)(r3 +8)
  190: r2 &= r1
  191: *(u32 *)(r10 -76) = r2
  192: r1 = *(u32 *)(r10 -44)
  193: r2 = *(u32 *)(r3 +12)
  194: r1 &= r2
  195: *(u32 *)(r10 -72) = r1
  196: r1 = map[pipe_acl_rules] ll
  198: r2 = r10
  199: r2 += -80
  200: call bpf_map_lookup_elem
  201: r3 = r0
  202: if r3 == 0 goto +6
  203: r1 = *(u64 *)(r10 -104)
  204: if r1 == 0 goto +3
  205: r2 = *(u32 *)(r3 +4)
  206: r1 = *(u32 *)(r1 +4)
  207: if r2 <= r1 goto +1
  208: *(u64 *)(r10 -104) = r3
  209: r1 = *(u32 *)(r10 -112)
  210: r1 += 1
  211: *(u32 *)(r10 -112) = r1
  212: r1 = map[pipe_acl_rules_masks] ll
  214: r2 = r10
  215: r2 += -112
  216: call bpf_map_lookup_elem
  217: r3 = r0
  218: if r3 == 0 goto +64
  219: r1 = *(u32 *)(r3 +0)
  220: if r1 == 0 goto +62
  221: r1 = *(u32 *)(r10 -112)
  222: *(u32 *)(r10 -80) = r1
  223: r2 = *(u32 *)(r10 -48)
  224: r1 = *(u32 *)(r3 +8)
  225: r2 &= r1
  226: *(u32 *)(r10 -76) = r2
  227: r1 = *(u32 *)(r10 -44)
  228: r2 = *(u32 *)(r3 +12)
  229: r1 &= r2
  230: *(u32 *)(r10 -72) = r1
  231: r1 = map[pipe_acl_rules] ll
  233: r2 = r10
  234: r2 += -80
  235: call bpf_map_lookup_elem
  236: r3 = r0
  237: if r3 == 0 goto +6
  238: r1 = *(u64 *)(r10 -104)
  239: if r1 == 0 goto +3
  240: r2 = *(u32 *)(r3 +4)
  241: r1 = *(u32 *)(r1 +4)
  242: if r2 <= r1 goto +1
  243: *(u64 *)(r10 -104) = r3
  244: r1 = *(u32 *)(r10 -112)
  245: r1 += 1
  246: *(u32 *)(r10 -112) = r1
  247: r1 = map[pipe_acl_rules_masks] ll
  249: r2 = r10
  250: r2 += -112
  251: call bpf_map_lookup_elem
  252: r3 = r0
  253: if r3 == 0 goto +29
  254: r1 = *(u32 *)(r3 +0)
  255: if r1 == 0 goto +27
  256: r1 = *(u32 *)(r10 -112)
  257: *(u32 *)(r10 -80) = r1
  258: r2 = *(u32 *)(r10 -48)
  259: r1 = *(u32 *)(r3 +8)
  260: r2 &= r1
  261: *(u32 *)(r10 -76) = r2
  262: r1 = *(u32 *)(r10 -44)
  263: r2 = *(u32 *)(r3 +12)
  264: r1 &= r2
  265: *(u32 *)(r10 -72) = r1
  266: r1 = map[pipe_acl_rules] ll
  268: r2 = r10
  269: r2 += -80
  270: call bpf_map_lookup_elem
  271: r3 = r0
  272: if r3 == 0 goto +6
  273: r1 = *(u64 *)(r10 -104)
  274: if r1 == 0 goto +3
  275: r2 = *(u32 *)(r3 +4)
  276: r1 = *(u32 *)(r1 +4)
  277: if r2 <= r1 goto +1
  278: *(u64 *)(r10 -104) = r3
  279: r1 = *(u32 *)(r10 -112)
  280: r1 += 1
  281: *(u32 *)(r10 -112) = r1
  282: if r1 < 16 goto -141
  283: r1 = *(u64 *)(r10 -104)
  284: if r1 != 0 goto +24
  285: *(u32 *)(r10 -48) = 0
  286: r1 = map[pipe_acl_rules_default] ll
  288: r2 = r10
  289: r2 += -48
  290: call bpf_map_lookup_elem
  291: r1 = r0
  292: if r1 == 0 goto +11
  293: r8 = *(u32 *)(r1 +0)
  294: r3 = *(u32 *)(r1 +8)
  295: r3 = be32 r3
  296: w3 = w3
  297: r2 = *(u32 *)(r1 +12)
  298: r2 = be32 r2
  299: w2 = w2
  300: r1 = *(u32 *)(r1 +16)
  301: r1 = be32 r1
  302: w1 = w1
  303: goto +16
  304: r8 = 2
  305: r3 = 0
  306: r2 = 0
  307: r1 = 0
  308: goto +11
  309: r1 = *(u64 *)(r10 -104)
  310: r8 = *(u32 *)(r1 +0)
  311: r3 = *(u32 *)(r1 +8)
  312: r3 = be32 r3
  313: w3 = w3
  314: r2 = *(u32 *)(r1 +12)
  315: r2 = be32 r2
  316: w2 = w2
  317: r1 = *(u32 *)(r1 +16)
  318: r1 = be32 r1
  319: w1 = w1
  320: if r8 == 3 goto +24
  321: if r8 == 1 goto +5
  322: if r8 == 4 goto +2
  323: if r8 == 2 goto +38
  324: goto +37
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  325: *(u32 *)(r10 -48) = r1
  326: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  327: r1 = 1
      ; write var8, v22
  328: *(u64 *)(r10 -192) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  329: *(u32 *)(r10 -48) = r2
  330: r1 = map[pipe_rule_stats] ll
  332: r2 = r10
  333: r2 += -48
  334: call bpf_map_lookup_elem
  335: r2 = r0
  336: if r2 == 0 goto +25
  337: r1 = *(u64 *)(r2 +0)
  338: r1 += 1
  339: *(u64 *)(r2 +0) = r1
  340: r1 = *(u64 *)(r2 +8)
  341: r3 = *(u64 *)(r10 -168)
  342: r1 += r3
  343: *(u64 *)(r2 +8) = r1
  344: goto +17
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  345: r1 = 0
      ; write var8, v20
  346: *(u64 *)(r10 -192) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  347: *(u32 *)(r10 -48) = r3
  348: r1 = map[pipe_rule_stats] ll
  350: r2 = r10
  351: r2 += -48
  352: call bpf_map_lookup_elem
  353: r2 = r0
  354: if r2 == 0 goto +7
  355: r1 = *(u64 *)(r2 +0)
  356: r1 += 1
  357: *(u64 *)(r2 +0) = r1
  358: r1 = *(u64 *)(r2 +8)
  359: r3 = *(u64 *)(r10 -168)
  360: r1 += r3
  361: *(u64 *)(r2 +8) = r1
  362: if r8 == 3 goto +74
  363: if r8 == 1 goto +73
      ; v25: bit<8> = read_field hdr1.protocol
  364: r1 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  365: r2 = *(u64 *)(r10 -160)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  366: *(u64 *)(r10 -48) = 0
  367: *(u8 *)(r10 -48) = r1
  368: r1 = r2
  369: *(u8 *)(r10 -47) = r1
  370: r1 >>= 8
  371: *(u8 *)(r10 -46) = r1
  372: r1 = map[pipe_service_allow] ll
  374: r2 = r10
  375: r2 += -48
  376: call bpf_map_lookup_elem
  377: r1 = r0
  378: if r1 != 0 goto +4
  379: r3 = 1
  380: r2 = 0
  381: r1 = 2
  382: goto +7
  383: r3 = *(u32 *)(r1 +0)
  384: r2 = *(u32 *)(r1 +4)
  385: r2 = be32 r2
  386: w2 = w2
  387: r1 = *(u32 *)(r1 +8)
  388: r1 = be32 r1
  389: w1 = w1
  390: if r3 == 3 goto +5
  391: if r3 != 1 goto +45
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  392: r2 = 1
      ; write var8, v33
  393: *(u64 *)(r10 -192) = r2
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  394: *(u32 *)(r10 -48) = r1
  395: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  396: r1 = 0
      ; write var8, v31
  397: *(u64 *)(r10 -192) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  398: *(u32 *)(r10 -48) = r2
  399: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  400: *(u32 *)(r10 -48) = 1
  401: r1 = map[pipe_rule_stats] ll
  403: r2 = r10
  404: r2 += -48
  405: call bpf_map_lookup_elem
  406: r2 = r0
  407: if r2 == 0 goto +29
  408: r1 = *(u64 *)(r2 +0)
  409: r1 += 1
  410: *(u64 *)(r2 +0) = r1
  411: r1 = *(u64 *)(r2 +8)
  412: r3 = *(u64 *)(r10 -168)
  413: r1 += r3
  414: *(u64 *)(r2 +8) = r1
  415: goto +21
      ; drop
  416: r2 = *(u64 *)(r10 -176)
  417: r1 = *(u64 *)(r10 -184)
  418: *(u64 *)(r10 -120) = r2
  419: *(u64 *)(r10 -128) = r1
  420: r1 = *(u64 *)(r10 -8)
  421: r2 = 0xfffffffffffffff8 ll
  423: call bpf_xdp_adjust_meta
  424: if r0 != 0 goto +10
  425: r1 = *(u64 *)(r10 -8)
  426: r3 = *(u32 *)(r1 +8)
  427: r2 = *(u32 *)(r1 +0)
  428: r1 = r3
  429: r1 += 8
  430: if r1 > r2 goto +4
  431: r1 = *(u64 *)(r10 -120)
  432: *(u32 *)(r3 +0) = r1
  433: r1 = *(u64 *)(r10 -128)
  434: *(u32 *)(r3 +4) = r1
  435: r0 = 1
  436: exit
      ; epilogue: verdict
  437: r2 = *(u64 *)(r10 -176)
  438: r1 = *(u64 *)(r10 -184)
  439: *(u64 *)(r10 -136) = r2
  440: *(u64 *)(r10 -144) = r1
  441: r1 = *(u64 *)(r10 -8)
  442: r2 = 0xfffffffffffffff8 ll
  444: call bpf_xdp_adjust_meta
  445: if r0 != 0 goto +10
  446: r1 = *(u64 *)(r10 -8)
  447: r2 = *(u32 *)(r1 +8)
  448: r3 = *(u32 *)(r1 +0)
  449: r1 = r2
  450: r1 += 8
  451: if r1 > r3 goto +4
  452: r1 = *(u64 *)(r10 -136)
  453: *(u32 *)(r2 +0) = r1
  454: r1 = *(u64 *)(r10 -144)
  455: *(u32 *)(r2 +4) = r1
  456: r1 = *(u64 *)(r10 -192)
  457: if r1 != 0 goto +2
  458: r0 = 2
  459: exit
  460: if r1 != 2 goto +4
  461: r1 = *(u64 *)(r10 -184)
  462: r2 = 0
  463: call bpf_redirect
  464: exit
  465: r0 = 1
  466: exit
