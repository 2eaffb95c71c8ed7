; stateful_firewall for classifier: 628 instructions, stack 152 bytes, 2 maps
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
   12: *(u32 *)(r10 -48) = r2
   13: r2 = *(u32 *)(r1 +36)
   14: *(u32 *)(r10 -52) = r2
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
   22: *(u32 *)(r10 -56) = 1
   23: goto +591
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
   33: if r1 != 2048 goto +1
   34: goto +1
   35: goto +93
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r1 = *(u64 *)(r10 -16)
   37: if r1 > 16383 goto +5
   38: r2 = r6
   39: r2 += r1
   40: r3 = r2
   41: r3 += 20
   42: if r3 <= r7 goto +2
   43: *(u32 *)(r10 -56) = 1
   44: goto +570
   45: r3 = r1
   46: r3 += 1
   47: *(u32 *)(r10 -68) = r3
   48: r1 += 20
   49: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   50: r1 = 0
   51: if r2 == 0 goto +2
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
   59: *(u32 *)(r10 -56) = 4
   60: goto +554
      ; v4: bit<4> = read_field hdr1.ihl
   61: r1 = 0
   62: if r2 == 0 goto +2
   63: r1 = *(u8 *)(r2 +0)
   64: r1 &= 15
      ; v5: bit<32> = cast v4
   65: r3 = r1
   66: w3 = w3
      ; v6: bit<32> = const 5
   67: r1 = 5
      ; v7: bit<32> = sub v5, v6
   68: r4 = r3
   69: r4 -= r1
   70: w4 = w4
      ; v8: bit<32> = const 0x20
   71: r1 = 32
      ; v9: bit<32> = mul v7, v8
   72: r3 = r4
   73: r3 *= r1
   74: w3 = w3
      ; advance v9
   75: r1 = r3
   76: r1 &= 7
   77: if r1 == 0 goto +2
   78: *(u32 *)(r10 -56) = 6
   79: goto +535
   80: r1 = r3
   81: r1 >>= 3
   82: r3 = *(u64 *)(r10 -16)
   83: r3 += r1
   84: if r3 > 16383 goto +3
   85: r1 = r6
   86: r1 += r3
   87: if r1 <= r7 goto +2
   88: *(u32 *)(r10 -56) = 1
   89: goto +525
   90: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   91: r1 = 0
   92: if r2 == 0 goto +3
   93: r1 = *(u16 *)(r2 +6)
   94: r1 = be16 r1
   95: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   96: r3 = 0
   97: if r2 == 0 goto +1
   98: r3 = *(u8 *)(r2 +9)
   99: if r1 != 0 goto +2
  100: if r3 != 6 goto +1
  101: goto +1
  102: goto +26
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  103: r1 = *(u64 *)(r10 -16)
  104: if r1 > 16383 goto +5
  105: r2 = r6
  106: r2 += r1
  107: r3 = r2
  108: r3 += 20
  109: if r3 <= r7 goto +2
  110: *(u32 *)(r10 -56) = 1
  111: goto +503
  112: r3 = r1
  113: r3 += 1
  114: *(u32 *)(r10 -64) = r3
  115: r1 += 20
  116: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  117: r1 = 0
  118: if r2 == 0 goto +3
  119: r1 = *(u8 *)(r2 +12)
  120: r1 >>= 4
  121: r1 &= 15
      ; v13: bit<4> = const 5
  122: r2 = 5
      ; v14: bool = ge v12, v13
  123: r3 = 1
  124: if r1 >= r2 goto +1
  125: r3 = 0
      ; verify v14, error HeaderTooShort
  126: if r3 != 0 goto +2
  127: *(u32 *)(r10 -56) = 4
  128: goto +486
      ; v0: bool = is_valid hdr1
  129: r1 = *(u32 *)(r10 -68)
  130: if r1 == 0 goto +1
  131: r1 = 1
      ; v1: bool = not v0
  132: r2 = r1
  133: r2 ^= 1
  134: if r2 != 0 goto +479
      ; v2: bit<32> = read var2
  135: r1 = *(u32 *)(r10 -52)
      ; v3: bit<32> = const 1
  136: r2 = 1
      ; v4: bool = eq v2, v3
  137: r3 = 1
  138: if r1 == r2 goto +1
  139: r3 = 0
      ; write var7, v4
  140: *(u8 *)(r10 -23) = r3
      ; v5: bool = is_valid hdr2
  141: r1 = *(u32 *)(r10 -64)
  142: if r1 == 0 goto +1
  143: r1 = 1
      ; v6: bool = not v5
  144: r2 = r1
  145: r2 ^= 1
  146: if r2 != 0 goto +423
      ; v13: bool = read var7
  147: r1 = *(u8 *)(r10 -23)
  148: if r1 != 0 goto +41
      ; v18: bit<32> = read_field hdr1.dstAddr
  149: r1 = *(u32 *)(r10 -68)
  150: if r1 == 0 goto +7
  151: r1 -= 1
  152: if r1 > 16383 goto +5
  153: r2 = r6
  154: r2 += r1
  155: r1 = r2
  156: r1 += 20
  157: if r1 <= r7 goto +1
  158: r2 = 0
  159: r1 = 0
  160: if r2 == 0 goto +2
  161: r1 = *(u32 *)(r2 +16)
  162: r1 = be32 r1
      ; write var8, v18
  163: *(u32 *)(r10 -36) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
  164: r1 = 0
  165: if r2 == 0 goto +2
  166: r1 = *(u32 *)(r2 +12)
  167: r1 = be32 r1
      ; write var9, v19
  168: *(u32 *)(r10 -32) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
  169: r1 = *(u32 *)(r10 -64)
  170: if r1 == 0 goto +7
  171: r1 -= 1
  172: if r1 > 16383 goto +5
  173: r2 = r6
  174: r2 += r1
  175: r1 = r2
  176: r1 += 20
  177: if r1 <= r7 goto +1
  178: r2 = 0
  179: r1 = 0
  180: if r2 == 0 goto +2
  181: r1 = *(u16 *)(r2 +2)
  182: r1 = be16 r1
      ; write var10, v20
  183: *(u16 *)(r10 -28) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
  184: r1 = 0
  185: if r2 == 0 goto +2
  186: r1 = *(u16 *)(r2 +0)
  187: r1 = be16 r1
      ; write var11, v21
  188: *(u16 *)(r10 -26) = r1
  189: goto +40
      ; v14: bit<32> = read_field hdr1.srcAddr
  190: r1 = *(u32 *)(r10 -68)
  191: if r1 == 0 goto +7
  192: r1 -= 1
  193: if r1 > 16383 goto +5
  194: r2 = r6
  195: r2 += r1
  196: r1 = r2
  197: r1 += 20
  198: if r1 <= r7 goto +1
  199: r2 = 0
  200: r1 = 0
  201: if r2 == 0 goto +2
  202: r1 = *(u32 *)(r2 +12)
  203: r1 = be32 r1
      ; write var8, v14
  204: *(u32 *)(r10 -36) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
  205: r1 = 0
  206: if r2 == 0 goto +2
  207: r1 = *(u32 *)(r2 +16)
  208: r1 = be32 r1
      ; write var9, v15
  209: *(u32 *)(r10 -32) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  210: r1 = *(u32 *)(r10 -64)
  211: if r1 == 0 goto +7
  212: r1 -= 1
  213: if r1 > 16383 goto +5
  214: r2 = r6
  215: r2 += r1
  216: r1 = r2
  217: r1 += 20
  218: if r1 <= r7 goto +1
  219: r2 = 0
  220: r1 = 0
  221: if r2 == 0 goto +2
  222: r1 = *(u16 *)(r2 +0)
  223: r1 = be16 r1
      ; write var10, v16
  224: *(u16 *)(r10 -28) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  225: r1 = 0
  226: if r2 == 0 goto +2
  227: r1 = *(u16 *)(r2 +2)
  228: r1 = be16 r1
      ; write var11, v17
  229: *(u16 *)(r10 -26) = r1
      ; v22: bit<32> = read var8
  230: r1 = *(u32 *)(r10 -36)
      ; v23: bit<32> = read var9
  231: r2 = *(u32 *)(r10 -32)
      ; v24: bit<16> = read var10
  232: r3 = *(u16 *)(r10 -28)
      ; v25: bit<16> = read var11
  233: r4 = *(u16 *)(r10 -26)
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  234: *(u64 *)(r10 -96) = 0
  235: *(u64 *)(r10 -88) = 0
  236: *(u32 *)(r10 -96) = r1
  237: *(u32 *)(r10 -92) = r2
  238: *(u16 *)(r10 -88) = r3
  239: *(u16 *)(r10 -86) = r4
  240: r1 = map[pipe_conns] ll
  242: r2 = r10
  243: r2 += -96
  244: call bpf_map_lookup_elem
  245: r1 = r0
  246: if r1 == 0 goto +4
  247: r2 = 1
  248: r3 = *(u8 *)(r1 +0)
  249: r3 &= 255
  250: goto +2
  251: r2 = 0
  252: r3 = 0
      ; write var12, v27
  253: *(u8 *)(r10 -22) = r3
      ; write var13, v26
  254: *(u8 *)(r10 -21) = r2
      ; v28: bit<8> = read_field hdr2.flags
  255: r1 = *(u32 *)(r10 -64)
  256: if r1 == 0 goto +7
  257: r1 -= 1
  258: if r1 > 16383 goto +5
  259: r2 = r6
  260: r2 += r1
  261: r1 = r2
  262: r1 += 20
  263: if r1 <= r7 goto +1
  264: r2 = 0
  265: r1 = 0
  266: if r2 == 0 goto +1
  267: r1 = *(u8 *)(r2 +13)
      ; v29: bit<8> = const 0x12
  268: r3 = 18
      ; v30: bit<8> = and v28, v29
  269: r4 = r1
  270: r4 &= r3
      ; write var14, v30
  271: *(u8 *)(r10 -20) = r4
      ; v31: bit<8> = read_field hdr2.flags
  272: r1 = 0
  273: if r2 == 0 goto +1
  274: r1 = *(u8 *)(r2 +13)
      ; v32: bit<8> = const 4
  275: r2 = 4
      ; v33: bit<8> = and v31, v32
  276: r3 = r1
  277: r3 &= r2
      ; v34: bit<8> = const 0
  278: r1 = 0
      ; v35: bool = ne v33, v34
  279: if r3 != r1 goto +206
      ; v50: bool = read var7
  280: r1 = *(u8 *)(r10 -23)
  281: if r1 != 0 goto +117
      ; v77: bool = read var13
  282: r1 = *(u8 *)(r10 -21)
      ; v78: bit<8> = read var14
  283: r2 = *(u8 *)(r10 -20)
      ; v79: bit<8> = const 0x12
  284: r3 = 18
      ; v80: bool = eq v78, v79
  285: r4 = 1
  286: if r2 == r3 goto +1
  287: r4 = 0
      ; v81: bool = logical_and v77, v80
  288: r2 = r1
  289: r2 &= r4
      ; v82: bit<8> = read var12
  290: r1 = *(u8 *)(r10 -22)
      ; v83: bit<8> = const 1
  291: r3 = 1
      ; v84: bool = eq v82, v83
  292: r4 = 1
  293: if r1 == r3 goto +1
  294: r4 = 0
      ; v85: bit<8> = read var12
  295: r1 = *(u8 *)(r10 -22)
      ; v86: bit<8> = const 2
  296: r3 = 2
      ; v87: bool = eq v85, v86
  297: r8 = 1
  298: if r1 == r3 goto +1
  299: r8 = 0
      ; v88: bool = logical_or v84, v87
  300: r1 = r4
  301: r1 |= r8
      ; v89: bool = logical_and v81, v88
  302: r3 = r2
  303: r3 &= r1
  304: if r3 != 0 goto +51
      ; v98: bool = read var13
  305: r1 = *(u8 *)(r10 -21)
      ; v99: bit<8> = read var12
  306: r2 = *(u8 *)(r10 -22)
      ; v100: bit<8> = const 3
  307: r3 = 3
      ; v101: bool = eq v99, v100
  308: r4 = 1
  309: if r2 == r3 goto +1
  310: r4 = 0
      ; v102: bool = logical_and v98, v101
  311: r2 = r1
  312: r2 &= r4
  313: if r2 != 0 goto +22
      ; v105: bit<8> = const 1
  314: r1 = 1
      ; write var6, v105
  315: *(u8 *)(r10 -24) = r1
      ; v106: bit<32> = const 2
  316: r1 = 2
      ; v107: bit<32> = const 1
  317: r2 = 1
      ; count counter0[v106] += v107
  318: *(u32 *)(r10 -96) = r1
  319: *(u64 *)(r10 -144) = r2
  320: r1 = map[pipe_fw_stats] ll
  322: r2 = r10
  323: r2 += -96
  324: call bpf_map_lookup_elem
  325: r1 = r0
  326: if r1 == 0 goto +8
  327: r2 = *(u64 *)(r1 +0)
  328: r3 = *(u64 *)(r10 -144)
  329: r2 += r3
  330: *(u64 *)(r1 +0) = r2
  331: r2 = *(u64 *)(r1 +8)
  332: r3 = *(u32 *)(r10 -48)
  333: r2 += r3
  334: *(u64 *)(r1 +8) = r2
  335: goto +19
      ; v103: bit<32> = const 1
  336: r1 = 1
      ; v104: bit<32> = const 1
  337: r2 = 1
      ; count counter0[v103] += v104
  338: *(u32 *)(r10 -96) = r1
  339: *(u64 *)(r10 -144) = r2
  340: r1 = map[pipe_fw_stats] ll
  342: r2 = r10
  343: r2 += -96
  344: call bpf_map_lookup_elem
  345: r1 = r0
  346: if r1 == 0 goto +8
  347: r2 = *(u64 *)(r1 +0)
  348: r3 = *(u64 *)(r10 -144)
  349: r2 += r3
  350: *(u64 *)(r1 +0) = r2
  351: r2 = *(u64 *)(r1 +8)
  352: r3 = *(u32 *)(r10 -48)
  353: r2 += r3
  354: *(u64 *)(r1 +8) = r2
  355: goto +42
      ; v90: bit<8> = const 2
  356: r1 = 2
      ; write var12, v90
  357: *(u8 *)(r10 -22) = r1
      ; v91: bit<32> = read var8
  358: r1 = *(u32 *)(r10 -36)
      ; v92: bit<32> = read var9
  359: r2 = *(u32 *)(r10 -32)
      ; v93: bit<16> = read var10
  360: r3 = *(u16 *)(r10 -28)
      ; v94: bit<16> = read var11
  361: r4 = *(u16 *)(r10 -26)
      ; v95: bit<8> = read var12
  362: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  363: *(u64 *)(r10 -96) = 0
  364: *(u64 *)(r10 -88) = 0
  365: *(u32 *)(r10 -96) = r1
  366: *(u32 *)(r10 -92) = r2
  367: *(u16 *)(r10 -88) = r3
  368: *(u16 *)(r10 -86) = r4
  369: *(u64 *)(r10 -144) = 0
  370: *(u8 *)(r10 -144) = r8
  371: r1 = map[pipe_conns] ll
  373: r2 = r10
  374: r2 += -96
  375: r3 = r10
  376: r3 += -144
  377: r4 = 0
  378: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  379: r1 = 1
      ; v97: bit<32> = const 1
  380: r2 = 1
      ; count counter0[v96] += v97
  381: *(u32 *)(r10 -96) = r1
  382: *(u64 *)(r10 -144) = r2
  383: r1 = map[pipe_fw_stats] ll
  385: r2 = r10
  386: r2 += -96
  387: call bpf_map_lookup_elem
  388: r1 = r0
  389: if r1 == 0 goto +8
  390: r2 = *(u64 *)(r1 +0)
  391: r3 = *(u64 *)(r10 -144)
  392: r2 += r3
  393: *(u64 *)(r1 +0) = r2
  394: r2 = *(u64 *)(r1 +8)
  395: r3 = *(u32 *)(r10 -48)
  396: r2 += r3
  397: *(u64 *)(r1 +8) = r2
  398: goto +218
      ; v51: bit<8> = read var14
  399: r1 = *(u8 *)(r10 -20)
      ; v52: bit<8> = const 2
  400: r2 = 2
      ; v53: bool = eq v51, v52
  401: if r1 == r2 goto +41
      ; v60: bool = read var13
  402: r1 = *(u8 *)(r10 -21)
      ; v61: bit<8> = read var12
  403: r2 = *(u8 *)(r10 -22)
      ; v62: bit<8> = const 2
  404: r3 = 2
      ; v63: bool = eq v61, v62
  405: r4 = 1
  406: if r2 == r3 goto +1
  407: r4 = 0
      ; v64: bool = logical_and v60, v63
  408: r2 = r1
  409: r2 &= r4
      ; v65: bit<8> = read var14
  410: r1 = *(u8 *)(r10 -20)
      ; v66: bit<8> = const 0x10
  411: r3 = 16
      ; v67: bool = eq v65, v66
  412: r4 = 1
  413: if r1 == r3 goto +1
  414: r4 = 0
      ; v68: bool = logical_and v64, v67
  415: r1 = r2
  416: r1 &= r4
  417: if r1 != 0 goto +1
  418: goto +23
      ; v69: bit<8> = const 3
  419: r1 = 3
      ; write var12, v69
  420: *(u8 *)(r10 -22) = r1
      ; v70: bit<32> = read var8
  421: r1 = *(u32 *)(r10 -36)
      ; v71: bit<32> = read var9
  422: r2 = *(u32 *)(r10 -32)
      ; v72: bit<16> = read var10
  423: r3 = *(u16 *)(r10 -28)
      ; v73: bit<16> = read var11
  424: r4 = *(u16 *)(r10 -26)
      ; v74: bit<8> = read var12
  425: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  426: *(u64 *)(r10 -96) = 0
  427: *(u64 *)(r10 -88) = 0
  428: *(u32 *)(r10 -96) = r1
  429: *(u32 *)(r10 -92) = r2
  430: *(u16 *)(r10 -88) = r3
  431: *(u16 *)(r10 -86) = r4
  432: *(u64 *)(r10 -144) = 0
  433: *(u8 *)(r10 -144) = r8
  434: r1 = map[pipe_conns] ll
  436: r2 = r10
  437: r2 += -96
  438: r3 = r10
  439: r3 += -144
  440: r4 = 0
  441: call bpf_map_update_elem
  442: goto +23
      ; v54: bit<8> = const 1
  443: r1 = 1
      ; write var12, v54
  444: *(u8 *)(r10 -22) = r1
      ; v55: bit<32> = read var8
  445: r1 = *(u32 *)(r10 -36)
      ; v56: bit<32> = read var9
  446: r2 = *(u32 *)(r10 -32)
      ; v57: bit<16> = read var10
  447: r3 = *(u16 *)(r10 -28)
      ; v58: bit<16> = read var11
  448: r4 = *(u16 *)(r10 -26)
      ; v59: bit<8> = read var12
  449: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  450: *(u64 *)(r10 -96) = 0
  451: *(u64 *)(r10 -88) = 0
  452: *(u32 *)(r10 -96) = r1
  453: *(u32 *)(r10 -92) = r2
  454: *(u16 *)(r10 -88) = r3
  455: *(u16 *)(r10 -86) = r4
  456: *(u64 *)(r10 -144) = 0
  457: *(u8 *)(r10 -144) = r8
  458: r1 = map[pipe_conns] ll
  460: r2 = r10
  461: r2 += -96
  462: r3 = r10
  463: r3 += -144
  464: r4 = 0
  465: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  466: r1 = 0
      ; v76: bit<32> = const 1
  467: r2 = 1
      ; count counter0[v75] += v76
  468: *(u32 *)(r10 -96) = r1
  469: *(u64 *)(r10 -144) = r2
  470: r1 = map[pipe_fw_stats] ll
  472: r2 = r10
  473: r2 += -96
  474: call bpf_map_lookup_elem
  475: r1 = r0
  476: if r1 == 0 goto +8
  477: r2 = *(u64 *)(r1 +0)
  478: r3 = *(u64 *)(r10 -144)
  479: r2 += r3
  480: *(u64 *)(r1 +0) = r2
  481: r2 = *(u64 *)(r1 +8)
  482: r3 = *(u32 *)(r10 -48)
  483: r2 += r3
  484: *(u64 *)(r1 +8) = r2
  485: goto +131
      ; v36: bool = read var13
  486: r1 = *(u8 *)(r10 -21)
  487: if r1 != 0 goto +1
  488: goto +15
      ; v37: bit<32> = read var8
  489: r1 = *(u32 *)(r10 -36)
      ; v38: bit<32> = read var9
  490: r2 = *(u32 *)(r10 -32)
      ; v39: bit<16> = read var10
  491: r3 = *(u16 *)(r10 -28)
      ; v40: bit<16> = read var11
  492: r4 = *(u16 *)(r10 -26)
      ; map_delete map0(v37, v38, v39, v40)
  493: *(u64 *)(r10 -96) = 0
  494: *(u64 *)(r10 -88) = 0
  495: *(u32 *)(r10 -96) = r1
  496: *(u32 *)(r10 -92) = r2
  497: *(u16 *)(r10 -88) = r3
  498: *(u16 *)(r10 -86) = r4
  499: r1 = map[pipe_conns] ll
  501: r2 = r10
  502: r2 += -96
  503: call bpf_map_delete_elem
      ; v41: bool = read var7
  504: r1 = *(u8 *)(r10 -23)
  505: if r1 != 0 goto +44
      ; v44: bool = read var13
  506: r1 = *(u8 *)(r10 -21)
  507: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  508: r1 = 1
      ; write var6, v47
  509: *(u8 *)(r10 -24) = r1
      ; v48: bit<32> = const 2
  510: r1 = 2
      ; v49: bit<32> = const 1
  511: r2 = 1
      ; count counter0[v48] += v49
  512: *(u32 *)(r10 -96) = r1
  513: *(u64 *)(r10 -144) = r2
  514: r1 = map[pipe_fw_stats] ll
  516: r2 = r10
  517: r2 += -96
  518: call bpf_map_lookup_elem
  519: r1 = r0
  520: if r1 == 0 goto +8
  521: r2 = *(u64 *)(r1 +0)
  522: r3 = *(u64 *)(r10 -144)
  523: r2 += r3
  524: *(u64 *)(r1 +0) = r2
  525: r2 = *(u64 *)(r1 +8)
  526: r3 = *(u32 *)(r10 -48)
  527: r2 += r3
  528: *(u64 *)(r1 +8) = r2
  529: goto +19
      ; v45: bit<32> = const 1
  530: r1 = 1
      ; v46: bit<32> = const 1
  531: r2 = 1
      ; count counter0[v45] += v46
  532: *(u32 *)(r10 -96) = r1
  533: *(u64 *)(r10 -144) = r2
  534: r1 = map[pipe_fw_stats] ll
  536: r2 = r10
  537: r2 += -96
  538: call bpf_map_lookup_elem
  539: r1 = r0
  540: if r1 == 0 goto +8
  541: r2 = *(u64 *)(r1 +0)
  542: r3 = *(u64 *)(r10 -144)
  543: r2 += r3
  544: *(u64 *)(r1 +0) = r2
  545: r2 = *(u64 *)(r1 +8)
  546: r3 = *(u32 *)(r10 -48)
  547: r2 += r3
  548: *(u64 *)(r1 +8) = r2
  549: goto +19
      ; v42: bit<32> = const 0
  550: r1 = 0
      ; v43: bit<32> = const 1
  551: r2 = 1
      ; count counter0[v42] += v43
  552: *(u32 *)(r10 -96) = r1
  553: *(u64 *)(r10 -144) = r2
  554: r1 = map[pipe_fw_stats] ll
  556: r2 = r10
  557: r2 += -96
  558: call bpf_map_lookup_elem
  559: r1 = r0
  560: if r1 == 0 goto +8
  561: r2 = *(u64 *)(r1 +0)
  562: r3 = *(u64 *)(r10 -144)
  563: r2 += r3
  564: *(u64 *)(r1 +0) = r2
  565: r2 = *(u64 *)(r1 +8)
  566: r3 = *(u32 *)(r10 -48)
  567: r2 += r3
  568: *(u64 *)(r1 +8) = r2
  569: goto +47
      ; v7: bool = read var7
  570: r1 = *(u8 *)(r10 -23)
  571: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  572: r1 = 1
      ; write var6, v10
  573: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 2
  574: r1 = 2
      ; v12: bit<32> = const 1
  575: r2 = 1
      ; count counter0[v11] += v12
  576: *(u32 *)(r10 -96) = r1
  577: *(u64 *)(r10 -144) = r2
  578: r1 = map[pipe_fw_stats] ll
  580: r2 = r10
  581: r2 += -96
  582: call bpf_map_lookup_elem
  583: r1 = r0
  584: if r1 == 0 goto +8
  585: r2 = *(u64 *)(r1 +0)
  586: r3 = *(u64 *)(r10 -144)
  587: r2 += r3
  588: *(u64 *)(r1 +0) = r2
  589: r2 = *(u64 *)(r1 +8)
  590: r3 = *(u32 *)(r10 -48)
  591: r2 += r3
  592: *(u64 *)(r1 +8) = r2
  593: goto +19
      ; v8: bit<32> = const 0
  594: r1 = 0
      ; v9: bit<32> = const 1
  595: r2 = 1
      ; count counter0[v8] += v9
  596: *(u32 *)(r10 -96) = r1
  597: *(u64 *)(r10 -144) = r2
  598: r1 = map[pipe_fw_stats] ll
  600: r2 = r10
  601: r2 += -96
  602: call bpf_map_lookup_elem
  603: r1 = r0
  604: if r1 == 0 goto +8
  605: r2 = *(u64 *)(r1 +0)
  606: r3 = *(u64 *)(r10 -144)
  607: r2 += r3
  608: *(u64 *)(r1 +0) = r2
  609: r2 = *(u64 *)(r1 +8)
  610: r3 = *(u32 *)(r10 -48)
  611: r2 += r3
  612: *(u64 *)(r1 +8) = r2
  613: goto +3
  614: goto +2
      ; drop
  615: r0 = 2
  616: exit
      ; epilogue: verdict
  617: r1 = *(u8 *)(r10 -24)
  618: if r1 != 0 goto +2
  619: r0 = 0
  620: exit
  621: if r1 != 2 goto +4
  622: r1 = *(u32 *)(r10 -40)
  623: r2 = 0
  624: call bpf_redirect
  625: exit
  626: r0 = 2
  627: exit
