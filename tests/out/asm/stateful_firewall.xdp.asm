; stateful_firewall for xdp: 673 instructions, stack 184 bytes, 2 maps
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
   12: *(u32 *)(r10 -52) = r2
   13: r2 = *(u32 *)(r1 +8)
   14: r3 = r2
   15: r3 += 8
   16: if r3 > r6 goto +2
   17: r3 = *(u32 *)(r2 +0)
   18: *(u32 *)(r10 -44) = r3
   19: call bpf_xdp_get_buff_len
   20: r1 = r0
   21: *(u32 *)(r10 -48) = r1
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
   29: *(u32 *)(r10 -56) = 1
   30: goto +591
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
   40: if r1 != 2048 goto +1
   41: goto +1
   42: goto +93
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   43: r1 = *(u64 *)(r10 -16)
   44: if r1 > 16383 goto +5
   45: r2 = r6
   46: r2 += r1
   47: r3 = r2
   48: r3 += 20
   49: if r3 <= r7 goto +2
   50: *(u32 *)(r10 -56) = 1
   51: goto +570
   52: r3 = r1
   53: r3 += 1
   54: *(u32 *)(r10 -68) = r3
   55: r1 += 20
   56: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   57: r1 = 0
   58: if r2 == 0 goto +2
   59: r1 = *(u8 *)(r2 +0)
   60: r1 &= 15
      ; v2: bit<4> = const 5
   61: r3 = 5
      ; v3: bool = ge v1, v2
   62: r4 = 1
   63: if r1 >= r3 goto +1
   64: r4 = 0
      ; verify v3, error HeaderTooShort
   65: if r4 != 0 goto +2
   66: *(u32 *)(r10 -56) = 4
   67: goto +554
      ; v4: bit<4> = read_field hdr1.ihl
   68: r1 = 0
   69: if r2 == 0 goto +2
   70: r1 = *(u8 *)(r2 +0)
   71: r1 &= 15
      ; v5: bit<32> = cast v4
   72: r3 = r1
   73: w3 = w3
      ; v6: bit<32> = const 5
   74: r1 = 5
      ; v7: bit<32> = sub v5, v6
   75: r4 = r3
   76: r4 -= r1
   77: w4 = w4
      ; v8: bit<32> = const 0x20
   78: r1 = 32
      ; v9: bit<32> = mul v7, v8
   79: r3 = r4
   80: r3 *= r1
   81: w3 = w3
      ; advance v9
   82: r1 = r3
   83: r1 &= 7
   84: if r1 == 0 goto +2
   85: *(u32 *)(r10 -56) = 6
   86: goto +535
   87: r1 = r3
   88: r1 >>= 3
   89: r3 = *(u64 *)(r10 -16)
   90: r3 += r1
   91: if r3 > 16383 goto +3
   92: r1 = r6
   93: r1 += r3
   94: if r1 <= r7 goto +2
   95: *(u32 *)(r10 -56) = 1
   96: goto +525
   97: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   98: r1 = 0
   99: if r2 == 0 goto +3
  100: r1 = *(u16 *)(r2 +6)
  101: r1 = be16 r1
  102: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  103: r3 = 0
  104: if r2 == 0 goto +1
  105: r3 = *(u8 *)(r2 +9)
  106: if r1 != 0 goto +2
  107: if r3 != 6 goto +1
  108: goto +1
  109: goto +26
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  110: r1 = *(u64 *)(r10 -16)
  111: if r1 > 16383 goto +5
  112: r2 = r6
  113: r2 += r1
  114: r3 = r2
  115: r3 += 20
  116: if r3 <= r7 goto +2
  117: *(u32 *)(r10 -56) = 1
  118: goto +503
  119: r3 = r1
  120: r3 += 1
  121: *(u32 *)(r10 -64) = r3
  122: r1 += 20
  123: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  124: r1 = 0
  125: if r2 == 0 goto +3
  126: r1 = *(u8 *)(r2 +12)
  127: r1 >>= 4
  128: r1 &= 15
      ; v13: bit<4> = const 5
  129: r2 = 5
      ; v14: bool = ge v12, v13
  130: r3 = 1
  131: if r1 >= r2 goto +1
  132: r3 = 0
      ; verify v14, error HeaderTooShort
  133: if r3 != 0 goto +2
  134: *(u32 *)(r10 -56) = 4
  135: goto +486
      ; v0: bool = is_valid hdr1
  136: r1 = *(u32 *)(r10 -68)
  137: if r1 == 0 goto +1
  138: r1 = 1
      ; v1: bool = not v0
  139: r2 = r1
  140: r2 ^= 1
  141: if r2 != 0 goto +479
      ; v2: bit<32> = read var2
  142: r1 = *(u32 *)(r10 -52)
      ; v3: bit<32> = const 1
  143: r2 = 1
      ; v4: bool = eq v2, v3
  144: r3 = 1
  145: if r1 == r2 goto +1
  146: r3 = 0
      ; write var7, v4
  147: *(u8 *)(r10 -23) = r3
      ; v5: bool = is_valid hdr2
  148: r1 = *(u32 *)(r10 -64)
  149: if r1 == 0 goto +1
  150: r1 = 1
      ; v6: bool = not v5
  151: r2 = r1
  152: r2 ^= 1
  153: if r2 != 0 goto +423
      ; v13: bool = read var7
  154: r1 = *(u8 *)(r10 -23)
  155: if r1 != 0 goto +41
      ; v18: bit<32> = read_field hdr1.dstAddr
  156: r1 = *(u32 *)(r10 -68)
  157: if r1 == 0 goto +7
  158: r1 -= 1
  159: if r1 > 16383 goto +5
  160: r2 = r6
  161: r2 += r1
  162: r1 = r2
  163: r1 += 20
  164: if r1 <= r7 goto +1
  165: r2 = 0
  166: r1 = 0
  167: if r2 == 0 goto +2
  168: r1 = *(u32 *)(r2 +16)
  169: r1 = be32 r1
      ; write var8, v18
  170: *(u32 *)(r10 -36) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
  171: r1 = 0
  172: if r2 == 0 goto +2
  173: r1 = *(u32 *)(r2 +12)
  174: r1 = be32 r1
      ; write var9, v19
  175: *(u32 *)(r10 -32) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
  176: r1 = *(u32 *)(r10 -64)
  177: if r1 == 0 goto +7
  178: r1 -= 1
  179: if r1 > 16383 goto +5
  180: r2 = r6
  181: r2 += r1
  182: r1 = r2
  183: r1 += 20
  184: if r1 <= r7 goto +1
  185: r2 = 0
  186: r1 = 0
  187: if r2 == 0 goto +2
  188: r1 = *(u16 *)(r2 +2)
  189: r1 = be16 r1
      ; write var10, v20
  190: *(u16 *)(r10 -28) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
  191: r1 = 0
  192: if r2 == 0 goto +2
  193: r1 = *(u16 *)(r2 +0)
  194: r1 = be16 r1
      ; write var11, v21
  195: *(u16 *)(r10 -26) = r1
  196: goto +40
      ; v14: bit<32> = read_field hdr1.srcAddr
  197: r1 = *(u32 *)(r10 -68)
  198: if r1 == 0 goto +7
  199: r1 -= 1
  200: if r1 > 16383 goto +5
  201: r2 = r6
  202: r2 += r1
  203: r1 = r2
  204: r1 += 20
  205: if r1 <= r7 goto +1
  206: r2 = 0
  207: r1 = 0
  208: if r2 == 0 goto +2
  209: r1 = *(u32 *)(r2 +12)
  210: r1 = be32 r1
      ; write var8, v14
  211: *(u32 *)(r10 -36) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
  212: r1 = 0
  213: if r2 == 0 goto +2
  214: r1 = *(u32 *)(r2 +16)
  215: r1 = be32 r1
      ; write var9, v15
  216: *(u32 *)(r10 -32) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  217: r1 = *(u32 *)(r10 -64)
  218: if r1 == 0 goto +7
  219: r1 -= 1
  220: if r1 > 16383 goto +5
  221: r2 = r6
  222: r2 += r1
  223: r1 = r2
  224: r1 += 20
  225: if r1 <= r7 goto +1
  226: r2 = 0
  227: r1 = 0
  228: if r2 == 0 goto +2
  229: r1 = *(u16 *)(r2 +0)
  230: r1 = be16 r1
      ; write var10, v16
  231: *(u16 *)(r10 -28) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  232: r1 = 0
  233: if r2 == 0 goto +2
  234: r1 = *(u16 *)(r2 +2)
  235: r1 = be16 r1
      ; write var11, v17
  236: *(u16 *)(r10 -26) = r1
      ; v22: bit<32> = read var8
  237: r1 = *(u32 *)(r10 -36)
      ; v23: bit<32> = read var9
  238: r2 = *(u32 *)(r10 -32)
      ; v24: bit<16> = read var10
  239: r3 = *(u16 *)(r10 -28)
      ; v25: bit<16> = read var11
  240: r4 = *(u16 *)(r10 -26)
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  241: *(u64 *)(r10 -96) = 0
  242: *(u64 *)(r10 -88) = 0
  243: *(u32 *)(r10 -96) = r1
  244: *(u32 *)(r10 -92) = r2
  245: *(u16 *)(r10 -88) = r3
  246: *(u16 *)(r10 -86) = r4
  247: r1 = map[pipe_conns] ll
  249: r2 = r10
  250: r2 += -96
  251: call bpf_map_lookup_elem
  252: r1 = r0
  253: if r1 == 0 goto +4
  254: r2 = 1
  255: r3 = *(u8 *)(r1 +0)
  256: r3 &= 255
  257: goto +2
  258: r2 = 0
  259: r3 = 0
      ; write var12, v27
  260: *(u8 *)(r10 -22) = r3
      ; write var13, v26
  261: *(u8 *)(r10 -21) = r2
      ; v28: bit<8> = read_field hdr2.flags
  262: r1 = *(u32 *)(r10 -64)
  263: if r1 == 0 goto +7
  264: r1 -= 1
  265: if r1 > 16383 goto +5
  266: r2 = r6
  267: r2 += r1
  268: r1 = r2
  269: r1 += 20
  270: if r1 <= r7 goto +1
  271: r2 = 0
  272: r1 = 0
  273: if r2 == 0 goto +1
  274: r1 = *(u8 *)(r2 +13)
      ; v29: bit<8> = const 0x12
  275: r3 = 18
      ; v30: bit<8> = and v28, v29
  276: r4 = r1
  277: r4 &= r3
      ; write var14, v30
  278: *(u8 *)(r10 -20) = r4
      ; v31: bit<8> = read_field hdr2.flags
  279: r1 = 0
  280: if r2 == 0 goto +1
  281: r1 = *(u8 *)(r2 +13)
      ; v32: bit<8> = const 4
  282: r2 = 4
      ; v33: bit<8> = and v31, v32
  283: r3 = r1
  284: r3 &= r2
      ; v34: bit<8> = const 0
  285: r1 = 0
      ; v35: bool = ne v33, v34
  286: if r3 != r1 goto +206
      ; v50: bool = read var7
  287: r1 = *(u8 *)(r10 -23)
  288: if r1 != 0 goto +117
      ; v77: bool = read var13
  289: r1 = *(u8 *)(r10 -21)
      ; v78: bit<8> = read var14
  290: r2 = *(u8 *)(r10 -20)
      ; v79: bit<8> = const 0x12
  291: r3 = 18
      ; v80: bool = eq v78, v79
  292: r4 = 1
  293: if r2 == r3 goto +1
  294: r4 = 0
      ; v81: bool = logical_and v77, v80
  295: r2 = r1
  296: r2 &= r4
      ; v82: bit<8> = read var12
  297: r1 = *(u8 *)(r10 -22)
      ; v83: bit<8> = const 1
  298: r3 = 1
      ; v84: bool = eq v82, v83
  299: r4 = 1
  300: if r1 == r3 goto +1
  301: r4 = 0
      ; v85: bit<8> = read var12
  302: r1 = *(u8 *)(r10 -22)
      ; v86: bit<8> = const 2
  303: r3 = 2
      ; v87: bool = eq v85, v86
  304: r8 = 1
  305: if r1 == r3 goto +1
  306: r8 = 0
      ; v88: bool = logical_or v84, v87
  307: r1 = r4
  308: r1 |= r8
      ; v89: bool = logical_and v81, v88
  309: r3 = r2
  310: r3 &= r1
  311: if r3 != 0 goto +51
      ; v98: bool = read var13
  312: r1 = *(u8 *)(r10 -21)
      ; v99: bit<8> = read var12
  313: r2 = *(u8 *)(r10 -22)
      ; v100: bit<8> = const 3
  314: r3 = 3
      ; v101: bool = eq v99, v100
  315: r4 = 1
  316: if r2 == r3 goto +1
  317: r4 = 0
      ; v102: bool = logical_and v98, v101
  318: r2 = r1
  319: r2 &= r4
  320: if r2 != 0 goto +22
      ; v105: bit<8> = const 1
  321: r1 = 1
      ; write var6, v105
  322: *(u8 *)(r10 -24) = r1
      ; v106: bit<32> = const 2
  323: r1 = 2
      ; v107: bit<32> = const 1
  324: r2 = 1
      ; count counter0[v106] += v107
  325: *(u32 *)(r10 -96) = r1
  326: *(u64 *)(r10 -144) = r2
  327: r1 = map[pipe_fw_stats] ll
  329: r2 = r10
  330: r2 += -96
  331: call bpf_map_lookup_elem
  332: r1 = r0
  333: if r1 == 0 goto +8
  334: r2 = *(u64 *)(r1 +0)
  335: r3 = *(u64 *)(r10 -144)
  336: r2 += r3
  337: *(u64 *)(r1 +0) = r2
  338: r2 = *(u64 *)(r1 +8)
  339: r3 = *(u32 *)(r10 -48)
  340: r2 += r3
  341: *(u64 *)(r1 +8) = r2
  342: goto +19
      ; v103: bit<32> = const 1
  343: r1 = 1
      ; v104: bit<32> = const 1
  344: r2 = 1
      ; count counter0[v103] += v104
  345: *(u32 *)(r10 -96) = r1
  346: *(u64 *)(r10 -144) = r2
  347: r1 = map[pipe_fw_stats] ll
  349: r2 = r10
  350: r2 += -96
  351: call bpf_map_lookup_elem
  352: r1 = r0
  353: if r1 == 0 goto +8
  354: r2 = *(u64 *)(r1 +0)
  355: r3 = *(u64 *)(r10 -144)
  356: r2 += r3
  357: *(u64 *)(r1 +0) = r2
  358: r2 = *(u64 *)(r1 +8)
  359: r3 = *(u32 *)(r10 -48)
  360: r2 += r3
  361: *(u64 *)(r1 +8) = r2
  362: goto +42
      ; v90: bit<8> = const 2
  363: r1 = 2
      ; write var12, v90
  364: *(u8 *)(r10 -22) = r1
      ; v91: bit<32> = read var8
  365: r1 = *(u32 *)(r10 -36)
      ; v92: bit<32> = read var9
  366: r2 = *(u32 *)(r10 -32)
      ; v93: bit<16> = read var10
  367: r3 = *(u16 *)(r10 -28)
      ; v94: bit<16> = read var11
  368: r4 = *(u16 *)(r10 -26)
      ; v95: bit<8> = read var12
  369: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  370: *(u64 *)(r10 -96) = 0
  371: *(u64 *)(r10 -88) = 0
  372: *(u32 *)(r10 -96) = r1
  373: *(u32 *)(r10 -92) = r2
  374: *(u16 *)(r10 -88) = r3
  375: *(u16 *)(r10 -86) = r4
  376: *(u64 *)(r10 -144) = 0
  377: *(u8 *)(r10 -144) = r8
  378: r1 = map[pipe_conns] ll
  380: r2 = r10
  381: r2 += -96
  382: r3 = r10
  383: r3 += -144
  384: r4 = 0
  385: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  386: r1 = 1
      ; v97: bit<32> = const 1
  387: r2 = 1
      ; count counter0[v96] += v97
  388: *(u32 *)(r10 -96) = r1
  389: *(u64 *)(r10 -144) = r2
  390: r1 = map[pipe_fw_stats] ll
  392: r2 = r10
  393: r2 += -96
  394: call bpf_map_lookup_elem
  395: r1 = r0
  396: if r1 == 0 goto +8
  397: r2 = *(u64 *)(r1 +0)
  398: r3 = *(u64 *)(r10 -144)
  399: r2 += r3
  400: *(u64 *)(r1 +0) = r2
  401: r2 = *(u64 *)(r1 +8)
  402: r3 = *(u32 *)(r10 -48)
  403: r2 += r3
  404: *(u64 *)(r1 +8) = r2
  405: goto +237
      ; v51: bit<8> = read var14
  406: r1 = *(u8 *)(r10 -20)
      ; v52: bit<8> = const 2
  407: r2 = 2
      ; v53: bool = eq v51, v52
  408: if r1 == r2 goto +41
      ; v60: bool = read var13
  409: r1 = *(u8 *)(r10 -21)
      ; v61: bit<8> = read var12
  410: r2 = *(u8 *)(r10 -22)
      ; v62: bit<8> = const 2
  411: r3 = 2
      ; v63: bool = eq v61, v62
  412: r4 = 1
  413: if r2 == r3 goto +1
  414: r4 = 0
      ; v64: bool = logical_and v60, v63
  415: r2 = r1
  416: r2 &= r4
      ; v65: bit<8> = read var14
  417: r1 = *(u8 *)(r10 -20)
      ; v66: bit<8> = const 0x10
  418: r3 = 16
      ; v67: bool = eq v65, v66
  419: r4 = 1
  420: if r1 == r3 goto +1
  421: r4 = 0
      ; v68: bool = logical_and v64, v67
  422: r1 = r2
  423: r1 &= r4
  424: if r1 != 0 goto +1
  425: goto +23
      ; v69: bit<8> = const 3
  426: r1 = 3
      ; write var12, v69
  427: *(u8 *)(r10 -22) = r1
      ; v70: bit<32> = read var8
  428: r1 = *(u32 *)(r10 -36)
      ; v71: bit<32> = read var9
  429: r2 = *(u32 *)(r10 -32)
      ; v72: bit<16> = read var10
  430: r3 = *(u16 *)(r10 -28)
      ; v73: bit<16> = read var11
  431: r4 = *(u16 *)(r10 -26)
      ; v74: bit<8> = read var12
  432: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  433: *(u64 *)(r10 -96) = 0
  434: *(u64 *)(r10 -88) = 0
  435: *(u32 *)(r10 -96) = r1
  436: *(u32 *)(r10 -92) = r2
  437: *(u16 *)(r10 -88) = r3
  438: *(u16 *)(r10 -86) = r4
  439: *(u64 *)(r10 -144) = 0
  440: *(u8 *)(r10 -144) = r8
  441: r1 = map[pipe_conns] ll
  443: r2 = r10
  444: r2 += -96
  445: r3 = r10
  446: r3 += -144
  447: r4 = 0
  448: call bpf_map_update_elem
  449: goto +23
      ; v54: bit<8> = const 1
  450: r1 = 1
      ; write var12, v54
  451: *(u8 *)(r10 -22) = r1
      ; v55: bit<32> = read var8
  452: r1 = *(u32 *)(r10 -36)
      ; v56: bit<32> = read var9
  453: r2 = *(u32 *)(r10 -32)
      ; v57: bit<16> = read var10
  454: r3 = *(u16 *)(r10 -28)
      ; v58: bit<16> = read var11
  455: r4 = *(u16 *)(r10 -26)
      ; v59: bit<8> = read var12
  456: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  457: *(u64 *)(r10 -96) = 0
  458: *(u64 *)(r10 -88) = 0
  459: *(u32 *)(r10 -96) = r1
  460: *(u32 *)(r10 -92) = r2
  461: *(u16 *)(r10 -88) = r3
  462: *(u16 *)(r10 -86) = r4
  463: *(u64 *)(r10 -144) = 0
  464: *(u8 *)(r10 -144) = r8
  465: r1 = map[pipe_conns] ll
  467: r2 = r10
  468: r2 += -96
  469: r3 = r10
  470: r3 += -144
  471: r4 = 0
  472: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  473: r1 = 0
      ; v76: bit<32> = const 1
  474: r2 = 1
      ; count counter0[v75] += v76
  475: *(u32 *)(r10 -96) = r1
  476: *(u64 *)(r10 -144) = r2
  477: r1 = map[pipe_fw_stats] ll
  479: r2 = r10
  480: r2 += -96
  481: call bpf_map_lookup_elem
  482: r1 = r0
  483: if r1 == 0 goto +8
  484: r2 = *(u64 *)(r1 +0)
  485: r3 = *(u64 *)(r10 -144)
  486: r2 += r3
  487: *(u64 *)(r1 +0) = r2
  488: r2 = *(u64 *)(r1 +8)
  489: r3 = *(u32 *)(r10 -48)
  490: r2 += r3
  491: *(u64 *)(r1 +8) = r2
  492: goto +150
      ; v36: bool = read var13
  493: r1 = *(u8 *)(r10 -21)
  494: if r1 != 0 goto +1
  495: goto +15
      ; v37: bit<32> = read var8
  496: r1 = *(u32 *)(r10 -36)
      ; v38: bit<32> = read var9
  497: r2 = *(u32 *)(r10 -32)
      ; v39: bit<16> = read var10
  498: r3 = *(u16 *)(r10 -28)
      ; v40: bit<16> = read var11
  499: r4 = *(u16 *)(r10 -26)
      ; map_delete map0(v37, v38, v39, v40)
  500: *(u64 *)(r10 -96) = 0
  501: *(u64 *)(r10 -88) = 0
  502: *(u32 *)(r10 -96) = r1
  503: *(u32 *)(r10 -92) = r2
  504: *(u16 *)(r10 -88) = r3
  505: *(u16 *)(r10 -86) = r4
  506: r1 = map[pipe_conns] ll
  508: r2 = r10
  509: r2 += -96
  510: call bpf_map_delete_elem
      ; v41: bool = read var7
  511: r1 = *(u8 *)(r10 -23)
  512: if r1 != 0 goto +44
      ; v44: bool = read var13
  513: r1 = *(u8 *)(r10 -21)
  514: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  515: r1 = 1
      ; write var6, v47
  516: *(u8 *)(r10 -24) = r1
      ; v48: bit<32> = const 2
  517: r1 = 2
      ; v49: bit<32> = const 1
  518: r2 = 1
      ; count counter0[v48] += v49
  519: *(u32 *)(r10 -96) = r1
  520: *(u64 *)(r10 -144) = r2
  521: r1 = map[pipe_fw_stats] ll
  523: r2 = r10
  524: r2 += -96
  525: call bpf_map_lookup_elem
  526: r1 = r0
  527: if r1 == 0 goto +8
  528: r2 = *(u64 *)(r1 +0)
  529: r3 = *(u64 *)(r10 -144)
  530: r2 += r3
  531: *(u64 *)(r1 +0) = r2
  532: r2 = *(u64 *)(r1 +8)
  533: r3 = *(u32 *)(r10 -48)
  534: r2 += r3
  535: *(u64 *)(r1 +8) = r2
  536: goto +19
      ; v45: bit<32> = const 1
  537: r1 = 1
      ; v46: bit<32> = const 1
  538: r2 = 1
      ; count counter0[v45] += v46
  539: *(u32 *)(r10 -96) = r1
  540: *(u64 *)(r10 -144) = r2
  541: r1 = map[pipe_fw_stats] ll
  543: r2 = r10
  544: r2 += -96
  545: call bpf_map_lookup_elem
  546: r1 = r0
  547: if r1 == 0 goto +8
  548: r2 = *(u64 *)(r1 +0)
  549: r3 = *(u64 *)(r10 -144)
  550: r2 += r3
  551: *(u64 *)(r1 +0) = r2
  552: r2 = *(u64 *)(r1 +8)
  553: r3 = *(u32 *)(r10 -48)
  554: r2 += r3
  555: *(u64 *)(r1 +8) = r2
  556: goto +19
      ; v42: bit<32> = const 0
  557: r1 = 0
      ; v43: bit<32> = const 1
  558: r2 = 1
      ; count counter0[v42] += v43
  559: *(u32 *)(r10 -96) = r1
  560: *(u64 *)(r10 -144) = r2
  561: r1 = map[pipe_fw_stats] ll
  563: r2 = r10
  564: r2 += -96
  565: call bpf_map_lookup_elem
  566: r1 = r0
  567: if r1 == 0 goto +8
  568: r2 = *(u64 *)(r1 +0)
  569: r3 = *(u64 *)(r10 -144)
  570: r2 += r3
  571: *(u64 *)(r1 +0) = r2
  572: r2 = *(u64 *)(r1 +8)
  573: r3 = *(u32 *)(r10 -48)
  574: r2 += r3
  575: *(u64 *)(r1 +8) = r2
  576: goto +66
      ; v7: bool = read var7
  577: r1 = *(u8 *)(r10 -23)
  578: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  579: r1 = 1
      ; write var6, v10
  580: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 2
  581: r1 = 2
      ; v12: bit<32> = const 1
  582: r2 = 1
      ; count counter0[v11] += v12
  583: *(u32 *)(r10 -96) = r1
  584: *(u64 *)(r10 -144) = r2
  585: r1 = map[pipe_fw_stats] ll
  587: r2 = r10
  588: r2 += -96
  589: call bpf_map_lookup_elem
  590: r1 = r0
  591: if r1 == 0 goto +8
  592: r2 = *(u64 *)(r1 +0)
  593: r3 = *(u64 *)(r10 -144)
  594: r2 += r3
  595: *(u64 *)(r1 +0) = r2
  596: r2 = *(u64 *)(r1 +8)
  597: r3 = *(u32 *)(r10 -48)
  598: r2 += r3
  599: *(u64 *)(r1 +8) = r2
  600: goto +19
      ; v8: bit<32> = const 0
  601: r1 = 0
      ; v9: bit<32> = const 1
  602: r2 = 1
      ; count counter0[v8] += v9
  603: *(u32 *)(r10 -96) = r1
  604: *(u64 *)(r10 -144) = r2
  605: r1 = map[pipe_fw_stats] ll
  607: r2 = r10
  608: r2 += -96
  609: call bpf_map_lookup_elem
  610: r1 = r0
  611: if r1 == 0 goto +8
  612: r2 = *(u64 *)(r1 +0)
  613: r3 = *(u64 *)(r10 -144)
  614: r2 += r3
  615: *(u64 *)(r1 +0) = r2
  616: r2 = *(u64 *)(r1 +8)
  617: r3 = *(u32 *)(r10 -48)
  618: r2 += r3
  619: *(u64 *)(r1 +8) = r2
  620: goto +22
  621: goto +21
      ; drop
  622: r1 = *(u32 *)(r10 -44)
  623: r2 = *(u32 *)(r10 -40)
  624: *(u64 *)(r10 -160) = r1
  625: *(u64 *)(r10 -168) = r2
  626: r1 = *(u64 *)(r10 -8)
  627: r2 = 0xfffffffffffffff8 ll
  629: call bpf_xdp_adjust_meta
  630: if r0 != 0 goto +10
  631: r1 = *(u64 *)(r10 -8)
  632: r2 = *(u32 *)(r1 +8)
  633: r3 = *(u32 *)(r1 +0)
  634: r1 = r2
  635: r1 += 8
  636: if r1 > r3 goto +4
  637: r1 = *(u64 *)(r10 -160)
  638: *(u32 *)(r2 +0) = r1
  639: r1 = *(u64 *)(r10 -168)
  640: *(u32 *)(r2 +4) = r1
  641: r0 = 1
  642: exit
      ; epilogue: verdict
  643: r1 = *(u32 *)(r10 -44)
  644: r2 = *(u32 *)(r10 -40)
  645: *(u64 *)(r10 -176) = r1
  646: *(u64 *)(r10 -184) = r2
  647: r1 = *(u64 *)(r10 -8)
  648: r2 = 0xfffffffffffffff8 ll
  650: call bpf_xdp_adjust_meta
  651: if r0 != 0 goto +10
  652: r1 = *(u64 *)(r10 -8)
  653: r2 = *(u32 *)(r1 +8)
  654: r3 = *(u32 *)(r1 +0)
  655: r1 = r2
  656: r1 += 8
  657: if r1 > r3 goto +4
  658: r1 = *(u64 *)(r10 -176)
  659: *(u32 *)(r2 +0) = r1
  660: r1 = *(u64 *)(r10 -184)
  661: *(u32 *)(r2 +4) = r1
  662: r1 = *(u8 *)(r10 -24)
  663: if r1 != 0 goto +2
  664: r0 = 2
  665: exit
  666: if r1 != 2 goto +4
  667: r1 = *(u32 *)(r10 -40)
  668: r2 = 0
  669: call bpf_redirect
  670: exit
  671: r0 = 1
  672: exit
