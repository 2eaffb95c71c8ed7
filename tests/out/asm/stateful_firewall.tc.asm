; stateful_firewall for classifier: 638 instructions, stack 152 bytes, 2 maps
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
   15: r2 = *(u32 *)(r1 +8)
   16: *(u32 *)(r10 -44) = r2
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
   24: *(u32 *)(r10 -56) = 1
   25: goto +591
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
   35: if r1 != 2048 goto +1
   36: goto +1
   37: goto +93
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   38: r1 = *(u64 *)(r10 -16)
   39: if r1 > 16383 goto +5
   40: r2 = r6
   41: r2 += r1
   42: r3 = r2
   43: r3 += 20
   44: if r3 <= r7 goto +2
   45: *(u32 *)(r10 -56) = 1
   46: goto +570
   47: r3 = r1
   48: r3 += 1
   49: *(u32 *)(r10 -68) = r3
   50: r1 += 20
   51: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   52: r1 = 0
   53: if r2 == 0 goto +2
   54: r1 = *(u8 *)(r2 +0)
   55: r1 &= 15
      ; v2: bit<4> = const 5
   56: r3 = 5
      ; v3: bool = ge v1, v2
   57: r4 = 1
   58: if r1 >= r3 goto +1
   59: r4 = 0
      ; verify v3, error HeaderTooShort
   60: if r4 != 0 goto +2
   61: *(u32 *)(r10 -56) = 4
   62: goto +554
      ; v4: bit<4> = read_field hdr1.ihl
   63: r1 = 0
   64: if r2 == 0 goto +2
   65: r1 = *(u8 *)(r2 +0)
   66: r1 &= 15
      ; v5: bit<32> = cast v4
   67: r3 = r1
   68: w3 = w3
      ; v6: bit<32> = const 5
   69: r1 = 5
      ; v7: bit<32> = sub v5, v6
   70: r4 = r3
   71: r4 -= r1
   72: w4 = w4
      ; v8: bit<32> = const 0x20
   73: r1 = 32
      ; v9: bit<32> = mul v7, v8
   74: r3 = r4
   75: r3 *= r1
   76: w3 = w3
      ; advance v9
   77: r1 = r3
   78: r1 &= 7
   79: if r1 == 0 goto +2
   80: *(u32 *)(r10 -56) = 6
   81: goto +535
   82: r1 = r3
   83: r1 >>= 3
   84: r3 = *(u64 *)(r10 -16)
   85: r3 += r1
   86: if r3 > 16383 goto +3
   87: r1 = r6
   88: r1 += r3
   89: if r1 <= r7 goto +2
   90: *(u32 *)(r10 -56) = 1
   91: goto +525
   92: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   93: r1 = 0
   94: if r2 == 0 goto +3
   95: r1 = *(u16 *)(r2 +6)
   96: r1 = be16 r1
   97: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   98: r3 = 0
   99: if r2 == 0 goto +1
  100: r3 = *(u8 *)(r2 +9)
  101: if r1 != 0 goto +2
  102: if r3 != 6 goto +1
  103: goto +1
  104: goto +26
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  105: r1 = *(u64 *)(r10 -16)
  106: if r1 > 16383 goto +5
  107: r2 = r6
  108: r2 += r1
  109: r3 = r2
  110: r3 += 20
  111: if r3 <= r7 goto +2
  112: *(u32 *)(r10 -56) = 1
  113: goto +503
  114: r3 = r1
  115: r3 += 1
  116: *(u32 *)(r10 -64) = r3
  117: r1 += 20
  118: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  119: r1 = 0
  120: if r2 == 0 goto +3
  121: r1 = *(u8 *)(r2 +12)
  122: r1 >>= 4
  123: r1 &= 15
      ; v13: bit<4> = const 5
  124: r2 = 5
      ; v14: bool = ge v12, v13
  125: r3 = 1
  126: if r1 >= r2 goto +1
  127: r3 = 0
      ; verify v14, error HeaderTooShort
  128: if r3 != 0 goto +2
  129: *(u32 *)(r10 -56) = 4
  130: goto +486
      ; v0: bool = is_valid hdr1
  131: r1 = *(u32 *)(r10 -68)
  132: if r1 == 0 goto +1
  133: r1 = 1
      ; v1: bool = not v0
  134: r2 = r1
  135: r2 ^= 1
  136: if r2 != 0 goto +479
      ; v2: bit<32> = read var2
  137: r1 = *(u32 *)(r10 -52)
      ; v3: bit<32> = const 1
  138: r2 = 1
      ; v4: bool = eq v2, v3
  139: r3 = 1
  140: if r1 == r2 goto +1
  141: r3 = 0
      ; write var7, v4
  142: *(u8 *)(r10 -23) = r3
      ; v5: bool = is_valid hdr2
  143: r1 = *(u32 *)(r10 -64)
  144: if r1 == 0 goto +1
  145: r1 = 1
      ; v6: bool = not v5
  146: r2 = r1
  147: r2 ^= 1
  148: if r2 != 0 goto +423
      ; v13: bool = read var7
  149: r1 = *(u8 *)(r10 -23)
  150: if r1 != 0 goto +41
      ; v18: bit<32> = read_field hdr1.dstAddr
  151: r1 = *(u32 *)(r10 -68)
  152: if r1 == 0 goto +7
  153: r1 -= 1
  154: if r1 > 16383 goto +5
  155: r2 = r6
  156: r2 += r1
  157: r1 = r2
  158: r1 += 20
  159: if r1 <= r7 goto +1
  160: r2 = 0
  161: r1 = 0
  162: if r2 == 0 goto +2
  163: r1 = *(u32 *)(r2 +16)
  164: r1 = be32 r1
      ; write var8, v18
  165: *(u32 *)(r10 -36) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
  166: r1 = 0
  167: if r2 == 0 goto +2
  168: r1 = *(u32 *)(r2 +12)
  169: r1 = be32 r1
      ; write var9, v19
  170: *(u32 *)(r10 -32) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
  171: r1 = *(u32 *)(r10 -64)
  172: if r1 == 0 goto +7
  173: r1 -= 1
  174: if r1 > 16383 goto +5
  175: r2 = r6
  176: r2 += r1
  177: r1 = r2
  178: r1 += 20
  179: if r1 <= r7 goto +1
  180: r2 = 0
  181: r1 = 0
  182: if r2 == 0 goto +2
  183: r1 = *(u16 *)(r2 +2)
  184: r1 = be16 r1
      ; write var10, v20
  185: *(u16 *)(r10 -28) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
  186: r1 = 0
  187: if r2 == 0 goto +2
  188: r1 = *(u16 *)(r2 +0)
  189: r1 = be16 r1
      ; write var11, v21
  190: *(u16 *)(r10 -26) = r1
  191: goto +40
      ; v14: bit<32> = read_field hdr1.srcAddr
  192: r1 = *(u32 *)(r10 -68)
  193: if r1 == 0 goto +7
  194: r1 -= 1
  195: if r1 > 16383 goto +5
  196: r2 = r6
  197: r2 += r1
  198: r1 = r2
  199: r1 += 20
  200: if r1 <= r7 goto +1
  201: r2 = 0
  202: r1 = 0
  203: if r2 == 0 goto +2
  204: r1 = *(u32 *)(r2 +12)
  205: r1 = be32 r1
      ; write var8, v14
  206: *(u32 *)(r10 -36) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
  207: r1 = 0
  208: if r2 == 0 goto +2
  209: r1 = *(u32 *)(r2 +16)
  210: r1 = be32 r1
      ; write var9, v15
  211: *(u32 *)(r10 -32) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  212: r1 = *(u32 *)(r10 -64)
  213: if r1 == 0 goto +7
  214: r1 -= 1
  215: if r1 > 16383 goto +5
  216: r2 = r6
  217: r2 += r1
  218: r1 = r2
  219: r1 += 20
  220: if r1 <= r7 goto +1
  221: r2 = 0
  222: r1 = 0
  223: if r2 == 0 goto +2
  224: r1 = *(u16 *)(r2 +0)
  225: r1 = be16 r1
      ; write var10, v16
  226: *(u16 *)(r10 -28) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  227: r1 = 0
  228: if r2 == 0 goto +2
  229: r1 = *(u16 *)(r2 +2)
  230: r1 = be16 r1
      ; write var11, v17
  231: *(u16 *)(r10 -26) = r1
      ; v22: bit<32> = read var8
  232: r1 = *(u32 *)(r10 -36)
      ; v23: bit<32> = read var9
  233: r2 = *(u32 *)(r10 -32)
      ; v24: bit<16> = read var10
  234: r3 = *(u16 *)(r10 -28)
      ; v25: bit<16> = read var11
  235: r4 = *(u16 *)(r10 -26)
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  236: *(u64 *)(r10 -96) = 0
  237: *(u64 *)(r10 -88) = 0
  238: *(u32 *)(r10 -96) = r1
  239: *(u32 *)(r10 -92) = r2
  240: *(u16 *)(r10 -88) = r3
  241: *(u16 *)(r10 -86) = r4
  242: r1 = map[pipe_conns] ll
  244: r2 = r10
  245: r2 += -96
  246: call bpf_map_lookup_elem
  247: r1 = r0
  248: if r1 == 0 goto +4
  249: r2 = 1
  250: r3 = *(u8 *)(r1 +0)
  251: r3 &= 255
  252: goto +2
  253: r2 = 0
  254: r3 = 0
      ; write var12, v27
  255: *(u8 *)(r10 -22) = r3
      ; write var13, v26
  256: *(u8 *)(r10 -21) = r2
      ; v28: bit<8> = read_field hdr2.flags
  257: r1 = *(u32 *)(r10 -64)
  258: if r1 == 0 goto +7
  259: r1 -= 1
  260: if r1 > 16383 goto +5
  261: r2 = r6
  262: r2 += r1
  263: r1 = r2
  264: r1 += 20
  265: if r1 <= r7 goto +1
  266: r2 = 0
  267: r1 = 0
  268: if r2 == 0 goto +1
  269: r1 = *(u8 *)(r2 +13)
      ; v29: bit<8> = const 0x12
  270: r3 = 18
      ; v30: bit<8> = and v28, v29
  271: r4 = r1
  272: r4 &= r3
      ; write var14, v30
  273: *(u8 *)(r10 -20) = r4
      ; v31: bit<8> = read_field hdr2.flags
  274: r1 = 0
  275: if r2 == 0 goto +1
  276: r1 = *(u8 *)(r2 +13)
      ; v32: bit<8> = const 4
  277: r2 = 4
      ; v33: bit<8> = and v31, v32
  278: r3 = r1
  279: r3 &= r2
      ; v34: bit<8> = const 0
  280: r1 = 0
      ; v35: bool = ne v33, v34
  281: if r3 != r1 goto +206
      ; v50: bool = read var7
  282: r1 = *(u8 *)(r10 -23)
  283: if r1 != 0 goto +117
      ; v77: bool = read var13
  284: r1 = *(u8 *)(r10 -21)
      ; v78: bit<8> = read var14
  285: r2 = *(u8 *)(r10 -20)
      ; v79: bit<8> = const 0x12
  286: r3 = 18
      ; v80: bool = eq v78, v79
  287: r4 = 1
  288: if r2 == r3 goto +1
  289: r4 = 0
      ; v81: bool = logical_and v77, v80
  290: r2 = r1
  291: r2 &= r4
      ; v82: bit<8> = read var12
  292: r1 = *(u8 *)(r10 -22)
      ; v83: bit<8> = const 1
  293: r3 = 1
      ; v84: bool = eq v82, v83
  294: r4 = 1
  295: if r1 == r3 goto +1
  296: r4 = 0
      ; v85: bit<8> = read var12
  297: r1 = *(u8 *)(r10 -22)
      ; v86: bit<8> = const 2
  298: r3 = 2
      ; v87: bool = eq v85, v86
  299: r8 = 1
  300: if r1 == r3 goto +1
  301: r8 = 0
      ; v88: bool = logical_or v84, v87
  302: r1 = r4
  303: r1 |= r8
      ; v89: bool = logical_and v81, v88
  304: r3 = r2
  305: r3 &= r1
  306: if r3 != 0 goto +51
      ; v98: bool = read var13
  307: r1 = *(u8 *)(r10 -21)
      ; v99: bit<8> = read var12
  308: r2 = *(u8 *)(r10 -22)
      ; v100: bit<8> = const 3
  309: r3 = 3
      ; v101: bool = eq v99, v100
  310: r4 = 1
  311: if r2 == r3 goto +1
  312: r4 = 0
      ; v102: bool = logical_and v98, v101
  313: r2 = r1
  314: r2 &= r4
  315: if r2 != 0 goto +22
      ; v105: bit<8> = const 1
  316: r1 = 1
      ; write var6, v105
  317: *(u8 *)(r10 -24) = r1
      ; v106: bit<32> = const 2
  318: r1 = 2
      ; v107: bit<32> = const 1
  319: r2 = 1
      ; count counter0[v106] += v107
  320: *(u32 *)(r10 -96) = r1
  321: *(u64 *)(r10 -144) = r2
  322: r1 = map[pipe_fw_stats] ll
  324: r2 = r10
  325: r2 += -96
  326: call bpf_map_lookup_elem
  327: r1 = r0
  328: if r1 == 0 goto +8
  329: r2 = *(u64 *)(r1 +0)
  330: r3 = *(u64 *)(r10 -144)
  331: r2 += r3
  332: *(u64 *)(r1 +0) = r2
  333: r2 = *(u64 *)(r1 +8)
  334: r3 = *(u32 *)(r10 -48)
  335: r2 += r3
  336: *(u64 *)(r1 +8) = r2
  337: goto +19
      ; v103: bit<32> = const 1
  338: r1 = 1
      ; v104: bit<32> = const 1
  339: r2 = 1
      ; count counter0[v103] += v104
  340: *(u32 *)(r10 -96) = r1
  341: *(u64 *)(r10 -144) = r2
  342: r1 = map[pipe_fw_stats] ll
  344: r2 = r10
  345: r2 += -96
  346: call bpf_map_lookup_elem
  347: r1 = r0
  348: if r1 == 0 goto +8
  349: r2 = *(u64 *)(r1 +0)
  350: r3 = *(u64 *)(r10 -144)
  351: r2 += r3
  352: *(u64 *)(r1 +0) = r2
  353: r2 = *(u64 *)(r1 +8)
  354: r3 = *(u32 *)(r10 -48)
  355: r2 += r3
  356: *(u64 *)(r1 +8) = r2
  357: goto +42
      ; v90: bit<8> = const 2
  358: r1 = 2
      ; write var12, v90
  359: *(u8 *)(r10 -22) = r1
      ; v91: bit<32> = read var8
  360: r1 = *(u32 *)(r10 -36)
      ; v92: bit<32> = read var9
  361: r2 = *(u32 *)(r10 -32)
      ; v93: bit<16> = read var10
  362: r3 = *(u16 *)(r10 -28)
      ; v94: bit<16> = read var11
  363: r4 = *(u16 *)(r10 -26)
      ; v95: bit<8> = read var12
  364: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  365: *(u64 *)(r10 -96) = 0
  366: *(u64 *)(r10 -88) = 0
  367: *(u32 *)(r10 -96) = r1
  368: *(u32 *)(r10 -92) = r2
  369: *(u16 *)(r10 -88) = r3
  370: *(u16 *)(r10 -86) = r4
  371: *(u64 *)(r10 -144) = 0
  372: *(u8 *)(r10 -144) = r8
  373: r1 = map[pipe_conns] ll
  375: r2 = r10
  376: r2 += -96
  377: r3 = r10
  378: r3 += -144
  379: r4 = 0
  380: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  381: r1 = 1
      ; v97: bit<32> = const 1
  382: r2 = 1
      ; count counter0[v96] += v97
  383: *(u32 *)(r10 -96) = r1
  384: *(u64 *)(r10 -144) = r2
  385: r1 = map[pipe_fw_stats] ll
  387: r2 = r10
  388: r2 += -96
  389: call bpf_map_lookup_elem
  390: r1 = r0
  391: if r1 == 0 goto +8
  392: r2 = *(u64 *)(r1 +0)
  393: r3 = *(u64 *)(r10 -144)
  394: r2 += r3
  395: *(u64 *)(r1 +0) = r2
  396: r2 = *(u64 *)(r1 +8)
  397: r3 = *(u32 *)(r10 -48)
  398: r2 += r3
  399: *(u64 *)(r1 +8) = r2
  400: goto +222
      ; v51: bit<8> = read var14
  401: r1 = *(u8 *)(r10 -20)
      ; v52: bit<8> = const 2
  402: r2 = 2
      ; v53: bool = eq v51, v52
  403: if r1 == r2 goto +41
      ; v60: bool = read var13
  404: r1 = *(u8 *)(r10 -21)
      ; v61: bit<8> = read var12
  405: r2 = *(u8 *)(r10 -22)
      ; v62: bit<8> = const 2
  406: r3 = 2
      ; v63: bool = eq v61, v62
  407: r4 = 1
  408: if r2 == r3 goto +1
  409: r4 = 0
      ; v64: bool = logical_and v60, v63
  410: r2 = r1
  411: r2 &= r4
      ; v65: bit<8> = read var14
  412: r1 = *(u8 *)(r10 -20)
      ; v66: bit<8> = const 0x10
  413: r3 = 16
      ; v67: bool = eq v65, v66
  414: r4 = 1
  415: if r1 == r3 goto +1
  416: r4 = 0
      ; v68: bool = logical_and v64, v67
  417: r1 = r2
  418: r1 &= r4
  419: if r1 != 0 goto +1
  420: goto +23
      ; v69: bit<8> = const 3
  421: r1 = 3
      ; write var12, v69
  422: *(u8 *)(r10 -22) = r1
      ; v70: bit<32> = read var8
  423: r1 = *(u32 *)(r10 -36)
      ; v71: bit<32> = read var9
  424: r2 = *(u32 *)(r10 -32)
      ; v72: bit<16> = read var10
  425: r3 = *(u16 *)(r10 -28)
      ; v73: bit<16> = read var11
  426: r4 = *(u16 *)(r10 -26)
      ; v74: bit<8> = read var12
  427: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  428: *(u64 *)(r10 -96) = 0
  429: *(u64 *)(r10 -88) = 0
  430: *(u32 *)(r10 -96) = r1
  431: *(u32 *)(r10 -92) = r2
  432: *(u16 *)(r10 -88) = r3
  433: *(u16 *)(r10 -86) = r4
  434: *(u64 *)(r10 -144) = 0
  435: *(u8 *)(r10 -144) = r8
  436: r1 = map[pipe_conns] ll
  438: r2 = r10
  439: r2 += -96
  440: r3 = r10
  441: r3 += -144
  442: r4 = 0
  443: call bpf_map_update_elem
  444: goto +23
      ; v54: bit<8> = const 1
  445: r1 = 1
      ; write var12, v54
  446: *(u8 *)(r10 -22) = r1
      ; v55: bit<32> = read var8
  447: r1 = *(u32 *)(r10 -36)
      ; v56: bit<32> = read var9
  448: r2 = *(u32 *)(r10 -32)
      ; v57: bit<16> = read var10
  449: r3 = *(u16 *)(r10 -28)
      ; v58: bit<16> = read var11
  450: r4 = *(u16 *)(r10 -26)
      ; v59: bit<8> = read var12
  451: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  452: *(u64 *)(r10 -96) = 0
  453: *(u64 *)(r10 -88) = 0
  454: *(u32 *)(r10 -96) = r1
  455: *(u32 *)(r10 -92) = r2
  456: *(u16 *)(r10 -88) = r3
  457: *(u16 *)(r10 -86) = r4
  458: *(u64 *)(r10 -144) = 0
  459: *(u8 *)(r10 -144) = r8
  460: r1 = map[pipe_conns] ll
  462: r2 = r10
  463: r2 += -96
  464: r3 = r10
  465: r3 += -144
  466: r4 = 0
  467: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  468: r1 = 0
      ; v76: bit<32> = const 1
  469: r2 = 1
      ; count counter0[v75] += v76
  470: *(u32 *)(r10 -96) = r1
  471: *(u64 *)(r10 -144) = r2
  472: r1 = map[pipe_fw_stats] ll
  474: r2 = r10
  475: r2 += -96
  476: call bpf_map_lookup_elem
  477: r1 = r0
  478: if r1 == 0 goto +8
  479: r2 = *(u64 *)(r1 +0)
  480: r3 = *(u64 *)(r10 -144)
  481: r2 += r3
  482: *(u64 *)(r1 +0) = r2
  483: r2 = *(u64 *)(r1 +8)
  484: r3 = *(u32 *)(r10 -48)
  485: r2 += r3
  486: *(u64 *)(r1 +8) = r2
  487: goto +135
      ; v36: bool = read var13
  488: r1 = *(u8 *)(r10 -21)
  489: if r1 != 0 goto +1
  490: goto +15
      ; v37: bit<32> = read var8
  491: r1 = *(u32 *)(r10 -36)
      ; v38: bit<32> = read var9
  492: r2 = *(u32 *)(r10 -32)
      ; v39: bit<16> = read var10
  493: r3 = *(u16 *)(r10 -28)
      ; v40: bit<16> = read var11
  494: r4 = *(u16 *)(r10 -26)
      ; map_delete map0(v37, v38, v39, v40)
  495: *(u64 *)(r10 -96) = 0
  496: *(u64 *)(r10 -88) = 0
  497: *(u32 *)(r10 -96) = r1
  498: *(u32 *)(r10 -92) = r2
  499: *(u16 *)(r10 -88) = r3
  500: *(u16 *)(r10 -86) = r4
  501: r1 = map[pipe_conns] ll
  503: r2 = r10
  504: r2 += -96
  505: call bpf_map_delete_elem
      ; v41: bool = read var7
  506: r1 = *(u8 *)(r10 -23)
  507: if r1 != 0 goto +44
      ; v44: bool = read var13
  508: r1 = *(u8 *)(r10 -21)
  509: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  510: r1 = 1
      ; write var6, v47
  511: *(u8 *)(r10 -24) = r1
      ; v48: bit<32> = const 2
  512: r1 = 2
      ; v49: bit<32> = const 1
  513: r2 = 1
      ; count counter0[v48] += v49
  514: *(u32 *)(r10 -96) = r1
  515: *(u64 *)(r10 -144) = r2
  516: r1 = map[pipe_fw_stats] ll
  518: r2 = r10
  519: r2 += -96
  520: call bpf_map_lookup_elem
  521: r1 = r0
  522: if r1 == 0 goto +8
  523: r2 = *(u64 *)(r1 +0)
  524: r3 = *(u64 *)(r10 -144)
  525: r2 += r3
  526: *(u64 *)(r1 +0) = r2
  527: r2 = *(u64 *)(r1 +8)
  528: r3 = *(u32 *)(r10 -48)
  529: r2 += r3
  530: *(u64 *)(r1 +8) = r2
  531: goto +19
      ; v45: bit<32> = const 1
  532: r1 = 1
      ; v46: bit<32> = const 1
  533: r2 = 1
      ; count counter0[v45] += v46
  534: *(u32 *)(r10 -96) = r1
  535: *(u64 *)(r10 -144) = r2
  536: r1 = map[pipe_fw_stats] ll
  538: r2 = r10
  539: r2 += -96
  540: call bpf_map_lookup_elem
  541: r1 = r0
  542: if r1 == 0 goto +8
  543: r2 = *(u64 *)(r1 +0)
  544: r3 = *(u64 *)(r10 -144)
  545: r2 += r3
  546: *(u64 *)(r1 +0) = r2
  547: r2 = *(u64 *)(r1 +8)
  548: r3 = *(u32 *)(r10 -48)
  549: r2 += r3
  550: *(u64 *)(r1 +8) = r2
  551: goto +19
      ; v42: bit<32> = const 0
  552: r1 = 0
      ; v43: bit<32> = const 1
  553: r2 = 1
      ; count counter0[v42] += v43
  554: *(u32 *)(r10 -96) = r1
  555: *(u64 *)(r10 -144) = r2
  556: r1 = map[pipe_fw_stats] ll
  558: r2 = r10
  559: r2 += -96
  560: call bpf_map_lookup_elem
  561: r1 = r0
  562: if r1 == 0 goto +8
  563: r2 = *(u64 *)(r1 +0)
  564: r3 = *(u64 *)(r10 -144)
  565: r2 += r3
  566: *(u64 *)(r1 +0) = r2
  567: r2 = *(u64 *)(r1 +8)
  568: r3 = *(u32 *)(r10 -48)
  569: r2 += r3
  570: *(u64 *)(r1 +8) = r2
  571: goto +51
      ; v7: bool = read var7
  572: r1 = *(u8 *)(r10 -23)
  573: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  574: r1 = 1
      ; write var6, v10
  575: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 2
  576: r1 = 2
      ; v12: bit<32> = const 1
  577: r2 = 1
      ; count counter0[v11] += v12
  578: *(u32 *)(r10 -96) = r1
  579: *(u64 *)(r10 -144) = r2
  580: r1 = map[pipe_fw_stats] ll
  582: r2 = r10
  583: r2 += -96
  584: call bpf_map_lookup_elem
  585: r1 = r0
  586: if r1 == 0 goto +8
  587: r2 = *(u64 *)(r1 +0)
  588: r3 = *(u64 *)(r10 -144)
  589: r2 += r3
  590: *(u64 *)(r1 +0) = r2
  591: r2 = *(u64 *)(r1 +8)
  592: r3 = *(u32 *)(r10 -48)
  593: r2 += r3
  594: *(u64 *)(r1 +8) = r2
  595: goto +19
      ; v8: bit<32> = const 0
  596: r1 = 0
      ; v9: bit<32> = const 1
  597: r2 = 1
      ; count counter0[v8] += v9
  598: *(u32 *)(r10 -96) = r1
  599: *(u64 *)(r10 -144) = r2
  600: r1 = map[pipe_fw_stats] ll
  602: r2 = r10
  603: r2 += -96
  604: call bpf_map_lookup_elem
  605: r1 = r0
  606: if r1 == 0 goto +8
  607: r2 = *(u64 *)(r1 +0)
  608: r3 = *(u64 *)(r10 -144)
  609: r2 += r3
  610: *(u64 *)(r1 +0) = r2
  611: r2 = *(u64 *)(r1 +8)
  612: r3 = *(u32 *)(r10 -48)
  613: r2 += r3
  614: *(u64 *)(r1 +8) = r2
  615: goto +7
  616: goto +6
      ; drop
  617: r1 = *(u32 *)(r10 -44)
  618: r2 = *(u32 *)(r10 -40)
  619: r2 = *(u64 *)(r10 -8)
  620: *(u32 *)(r2 +8) = r1
  621: r0 = 2
  622: exit
      ; epilogue: verdict
  623: r1 = *(u32 *)(r10 -44)
  624: r2 = *(u32 *)(r10 -40)
  625: r2 = *(u64 *)(r10 -8)
  626: *(u32 *)(r2 +8) = r1
  627: r1 = *(u8 *)(r10 -24)
  628: if r1 != 0 goto +2
  629: r0 = 0
  630: exit
  631: if r1 != 2 goto +4
  632: r1 = *(u32 *)(r10 -40)
  633: r2 = 0
  634: call bpf_redirect
  635: exit
  636: r0 = 2
  637: exit
