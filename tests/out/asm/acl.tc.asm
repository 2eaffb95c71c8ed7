; acl for classifier: 414 instructions, stack 144 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r4 = r6
    4: r3 = 0
    5: *(u64 *)(r10 -120) = 0
    6: *(u64 *)(r10 -128) = 0
    7: *(u64 *)(r10 -136) = 0
    8: *(u64 *)(r10 -144) = 0
    9: r9 = *(u32 *)(r1 +0)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   10: r4 += 14
   11: if r4 > r7 goto +389
      ; v0: bit<16> = read_field hdr0.etherType
   12: r1 = *(u16 *)(r6 +12)
   13: if r1 != 8 goto +36
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   14: r3 = r4
   15: r4 += 20
   16: if r4 > r7 goto +384
      ; v1: bit<4> = read_field hdr1.ihl
   17: r2 = *(u8 *)(r6 +14)
   18: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   19: r1 = 1
   20: if r2 >= 5 goto +1
   21: r1 = 0
      ; verify v3, error HeaderTooShort
   22: if r1 == 0 goto +378
      ; v4: bit<4> = read_field hdr1.ihl
   23: r1 = *(u8 *)(r6 +14)
   24: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   25: r1 -= 5
   26: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   27: r1 *= 32
   28: w1 = w1
      ; advance v9
   29: r1 >>= 3
   30: r4 -= r6
   31: r1 += r4
   32: if r1 > 16383 goto +368
   33: r4 = r6
   34: r4 += r1
   35: if r4 > r7 goto +365
      ; v10: bit<13> = read_field hdr1.fragOffset
   36: r2 = *(u16 *)(r6 +20)
   37: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   38: r1 = *(u8 *)(r6 +23)
   39: if r2 != 0 goto +1
   40: if r1 == 6 goto +2
   41: if r2 != 0 goto +8
   42: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   43: r1 = r4
   44: r4 += 4
   45: if r4 > r7 goto +355
      ; v12: bit<16> = read_field hdr2.srcPort
   46: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   47: *(u64 *)(r10 -120) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   48: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   49: *(u64 *)(r10 -128) = r1
      ; v0: bool = is_valid hdr1
   50: r1 = 0
   51: if r3 == 0 goto +1
   52: r1 = 1
      ; v1: bool = not v0
   53: r1 ^= 1
   54: if r1 != 0 goto +331
      ; v4: bit<32> = read_field hdr1.srcAddr
   55: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   56: *(u64 *)(r10 -48) = 0
   57: *(u32 *)(r10 -44) = r1
   58: *(u32 *)(r10 -48) = 32
   59: r1 = map[pipe_src_prefix] ll
   61: r2 = r10
   62: r2 += -48
   63: call bpf_map_lookup_elem
   64: r1 = r0
   65: if r1 != 0 goto +20
   66: *(u32 *)(r10 -48) = 0
   67: r1 = map[pipe_src_prefix_default] ll
   69: r2 = r10
   70: r2 += -48
   71: call bpf_map_lookup_elem
   72: r1 = r0
   73: if r1 == 0 goto +8
   74: r8 = *(u32 *)(r1 +0)
   75: r2 = *(u32 *)(r1 +4)
   76: r2 = be32 r2
   77: w2 = w2
   78: r1 = *(u32 *)(r1 +8)
   79: r1 = be32 r1
   80: w1 = w1
   81: goto +11
   82: r8 = 2
   83: r2 = 0
   84: r1 = 0
   85: goto +7
   86: r8 = *(u32 *)(r1 +0)
   87: r2 = *(u32 *)(r1 +4)
   88: r2 = be32 r2
   89: w2 = w2
   90: r1 = *(u32 *)(r1 +8)
   91: r1 = be32 r1
   92: w1 = w1
   93: if r8 == 0 goto +7
   94: if r8 == 1 goto +2
   95: if r8 == 2 goto +19
   96: goto +18
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
   97: r2 = 1
      ; write var8, v10
   98: *(u64 *)(r10 -144) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   99: *(u32 *)(r10 -48) = r1
  100: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
  101: *(u32 *)(r10 -48) = r2
  102: r1 = map[pipe_rule_stats] ll
  104: r2 = r10
  105: r2 += -48
  106: call bpf_map_lookup_elem
  107: r2 = r0
  108: if r2 == 0 goto +6
  109: r1 = *(u64 *)(r2 +0)
  110: r1 += 1
  111: *(u64 *)(r2 +0) = r1
  112: r1 = *(u64 *)(r2 +8)
  113: r1 += r9
  114: *(u64 *)(r2 +8) = r1
  115: if r8 == 0 goto +287
  116: if r8 == 1 goto +286
      ; v12: bit<8> = read_field hdr1.protocol
  117: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  118: r2 = *(u64 *)(r10 -120)
      ; v14: bit<16> = read var3
  119: r3 = *(u64 *)(r10 -128)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  120: *(u64 *)(r10 -48) = 0
  121: *(u8 *)(r10 -48) = r1
  122: *(u8 *)(r10 -47) = r2
  123: r2 >>= 8
  124: *(u8 *)(r10 -46) = r2
  125: r1 = r3
  126: *(u8 *)(r10 -45) = r1
  127: r1 >>= 8
  128: *(u8 *)(r10 -44) = r1
  129: *(u64 *)(r10 -104) = 0
  130: *(u32 *)(r10 -112) = 0
  131: r1 = map[pipe_acl_rules_masks] ll
  133: r2 = r10
  134: r2 += -112
  135: call bpf_map_lookup_elem
  136: r3 = r0
  137: if r3 == 0 goto +134
  138: r1 = *(u32 *)(r3 +0)
  139: if r1 == 0 goto +132
  140: r1 = *(u32 *)(r10 -112)
  141: *(u32 *)(r10 -80) = r1
  142: r2 = *(u32 *)(r10 -48)
  143: r1 = *(u32 *)(r3 +8)
  144: r2 &= r1
  145: *(u32 *)(r10 -76) = r2
  146: r1 = *(u32 *)(r10 -44)
  147: r2 = *(u32 *)(r3 +12)
  148: r1 &= r2
  149: *(u32 *)(r10 -72) = r1
  150: r1 = map[pipe_acl_rules] ll
  152: r2 = r10
  153: r2 += -80
  154: call bpf_map_lookup_elem
  155: r3 = r0
  156: if r3 == 0 goto +6
  157: r1 = *(u64 *)(r10 -104)
  158: if r1 == 0 goto +3
  159: r2 = *(u32 *)(r3 +4)
  160: r1 = *(u32 *)(r1 +4)
  161: if r2 <= r1 goto +1
  162: *(u64 *)(r10 -104) = r3
  163: r1 = *(u32 *)(r10 -112)
  164: r1 += 1
  165: *(u32 *)(r10 -112) = r1
  166: r1 = map[pipe_acl_rules_masks] ll
  168: r2 = r10
  169: r2 += -112
  170: call bpf_map_lookup_elem
  171: r3 = r0
  172: if r3 == 0 goto +99
  173: r1 = *(u32 *)(r3 +0)
  174: if r1 == 0 goto +97
  175: r1 = *(u32 *)(r10 -112)
  176: *(u32 *)(r10 -80) = r1
  177: r2 = *(u32 *)(r10 -48)
  178: r1 = *(u32 *)(r3 +8)
  179: r2 &= r1
  180: *(u32 *)(r10 -76) = r2
  181: r1 = *(u32 *)(r10 -44)
  182: r2 = *(u32 *)(r3 +12)
  183: r1 &= r2
  184: *(u32 *)(r10 -72) = r1
  185: r1 = map[pipe_acl_rules] ll
  187: r2 = r10
  188: r2 += -80
  189: call bpf_map_lookup_elem
  190: r3 = r0
  191: if r3 == 0 goto +6
  192: r1 = *(u64 *)(r10 -104)
  193: if r1 == 0 goto +3
  194: r2 = *(u32 *)(r3 +4)
  195: r1 = *(u32 *)(r1 +4)
  196: if r2 <= r1 goto +1
  197: *(u64 *)(r10 -104) = r3
  198: r1 = *(u32 *)(r10 -112)
  199: r1 += 1
  200: *(u32 *)(r10 -112) = r1
  201: r1 = map[pipe_acl_rules_masks] ll
  203: r2 = r10
  204: r2 += -112
  205: call bpf_map_lookup_elem
  206: r3 = r0
  207: if r3 == 0 goto +64
  208: r1 = *(u32 *)(r3 +0)
  209: if r1 == 0 goto +62
  210: r1 = *(u32 *)(r10 -112)
  211: *(u32 *)(r10 -80) = r1
  212: r2 = *(u32 *)(r10 -48)
  213: r1 = *(u32 *)(r3 +8)
  214: r2 &= r1
  215: *(u32 *)(r10 -76) = r2
  216: r1 = *(u32 *)(r10 -44)
  217: r2 = *(u32 *)(r3 +12)
  218: r1 &= r2
  219: *(u32 *)(r10 -72) = r1
  220: r1 = map[pipe_acl_rules] ll
  222: r2 = r10
  223: r2 += -80
  224: call bpf_map_lookup_elem
  225: r3 = r0
  226: if r3 == 0 goto +6
  227: r1 = *(u64 *)(r10 -104)
  228: if r1 == 0 goto +3
  229: r2 = *(u32 *)(r3 +4)
  230: r1 = *(u32 *)(r1 +4)
  231: if r2 <= r1 goto +1
  232: *(u64 *)(r10 -104) = r3
  233: r1 = *(u32 *)(r10 -112)
  234: r1 += 1
  235: *(u32 *)(r10 -112) = r1
  236: r1 = map[pipe_acl_rules_masks] ll
  238: r2 = r10
  239: r2 += -112
  240: call bpf_map_lookup_elem
  241: r3 = r0
  242: if r3 == 0 goto +29
  243: r1 = *(u32 *)(r3 +0)
  244: if r1 == 0 goto +27
  245: r1 = *(u32 *)(r10 -112)
  246: *(u32 *)(r10 -80) = r1
  247: r2 = *(u32 *)(r10 -48)
  248: r1 = *(u32 *)(r3 +8)
  249: r2 &= r1
  250: *(u32 *)(r10 -76) = r2
  251: r1 = *(u32 *)(r10 -44)
  252: r2 = *(u32 *)(r3 +12)
  253: r1 &= r2
  254: *(u32 *)(r10 -72) = r1
  255: r1 = map[pipe_acl_rules] ll
  257: r2 = r10
  258: r2 += -80
  259: call bpf_map_lookup_elem
  260: r3 = r0
  261: if r3 == 0 goto +6
  262: r1 = *(u64 *)(r10 -104)
  263: if r1 == 0 goto +3
  264: r2 = *(u32 *)(r3 +4)
  265: r1 = *(u32 *)(r1 +4)
  266: if r2 <= r1 goto +1
  267: *(u64 *)(r10 -104) = r3
  268: r1 = *(u32 *)(r10 -112)
  269: r1 += 1
  270: *(u32 *)(r10 -112) = r1
  271: if r1 < 16 goto -141
  272: r1 = *(u64 *)(r10 -104)
  273: if r1 != 0 goto +24
  274: *(u32 *)(r10 -48) = 0
  275: r1 = map[pipe_acl_rules_default] ll
  277: r2 = r10
  278: r2 += -48
  279: call bpf_map_lookup_elem
  280: r1 = r0
  281: if r1 == 0 goto +11
  282: r8 = *(u32 *)(r1 +0)
  283: r3 = *(u32 *)(r1 +8)
  284: r3 = be32 r3
  285: w3 = w3
  286: r2 = *(u32 *)(r1 +12)
  287: r2 = be32 r2
  288: w2 = w2
  289: r1 = *(u32 *)(r1 +16)
  290: r1 = be32 r1
  291: w1 = w1
  292: goto +16
  293: r8 = 2
  294: r3 = 0
  295: r2 = 0
  296: r1 = 0
  297: goto +11
  298: r1 = *(u64 *)(r10 -104)
  299: r8 = *(u32 *)(r1 +0)
  300: r3 = *(u32 *)(r1 +8)
  301: r3 = be32 r3
  302: w3 = w3
  303: r2 = *(u32 *)(r1 +12)
  304: r2 = be32 r2
  305: w2 = w2
  306: r1 = *(u32 *)(r1 +16)
  307: r1 = be32 r1
  308: w1 = w1
  309: if r8 == 3 goto +23
  310: if r8 == 1 goto +5
  311: if r8 == 4 goto +2
  312: if r8 == 2 goto +36
  313: goto +35
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  314: *(u32 *)(r10 -48) = r1
  315: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  316: r1 = 1
      ; write var8, v22
  317: *(u64 *)(r10 -144) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  318: *(u32 *)(r10 -48) = r2
  319: r1 = map[pipe_rule_stats] ll
  321: r2 = r10
  322: r2 += -48
  323: call bpf_map_lookup_elem
  324: r2 = r0
  325: if r2 == 0 goto +23
  326: r1 = *(u64 *)(r2 +0)
  327: r1 += 1
  328: *(u64 *)(r2 +0) = r1
  329: r1 = *(u64 *)(r2 +8)
  330: r1 += r9
  331: *(u64 *)(r2 +8) = r1
  332: goto +16
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  333: r1 = 0
      ; write var8, v20
  334: *(u64 *)(r10 -144) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  335: *(u32 *)(r10 -48) = r3
  336: r1 = map[pipe_rule_stats] ll
  338: r2 = r10
  339: r2 += -48
  340: call bpf_map_lookup_elem
  341: r2 = r0
  342: if r2 == 0 goto +6
  343: r1 = *(u64 *)(r2 +0)
  344: r1 += 1
  345: *(u64 *)(r2 +0) = r1
  346: r1 = *(u64 *)(r2 +8)
  347: r1 += r9
  348: *(u64 *)(r2 +8) = r1
  349: if r8 == 3 goto +53
  350: if r8 == 1 goto +52
      ; v25: bit<8> = read_field hdr1.protocol
  351: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  352: r1 = *(u64 *)(r10 -128)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  353: *(u64 *)(r10 -48) = 0
  354: *(u8 *)(r10 -48) = r2
  355: *(u8 *)(r10 -47) = r1
  356: r1 >>= 8
  357: *(u8 *)(r10 -46) = r1
  358: r1 = map[pipe_service_allow] ll
  360: r2 = r10
  361: r2 += -48
  362: call bpf_map_lookup_elem
  363: r2 = r0
  364: if r2 != 0 goto +4
  365: r1 = 1
  366: r3 = 0
  367: r2 = 2
  368: goto +7
  369: r1 = *(u32 *)(r2 +0)
  370: r3 = *(u32 *)(r2 +4)
  371: r3 = be32 r3
  372: w3 = w3
  373: r2 = *(u32 *)(r2 +8)
  374: r2 = be32 r2
  375: w2 = w2
  376: if r1 == 3 goto +5
  377: if r1 != 1 goto +25
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  378: r1 = 1
      ; write var8, v33
  379: *(u64 *)(r10 -144) = r1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  380: *(u32 *)(r10 -48) = r2
  381: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  382: r1 = 0
      ; write var8, v31
  383: *(u64 *)(r10 -144) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  384: *(u32 *)(r10 -48) = r3
  385: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  386: *(u32 *)(r10 -48) = 1
  387: r1 = map[pipe_rule_stats] ll
  389: r2 = r10
  390: r2 += -48
  391: call bpf_map_lookup_elem
  392: r2 = r0
  393: if r2 == 0 goto +9
  394: r1 = *(u64 *)(r2 +0)
  395: r1 += 1
  396: *(u64 *)(r2 +0) = r1
  397: r1 = *(u64 *)(r2 +8)
  398: r1 += r9
  399: *(u64 *)(r2 +8) = r1
  400: goto +2
      ; drop
  401: r0 = 2
  402: exit
      ; epilogue: verdict
  403: r1 = *(u64 *)(r10 -144)
  404: if r1 != 0 goto +2
  405: r0 = 0
  406: exit
  407: if r1 != 2 goto +4
  408: r1 = *(u64 *)(r10 -136)
  409: r2 = 0
  410: call bpf_redirect
  411: exit
  412: r0 = 2
  413: exit
