; stateful_firewall for xdp: 679 instructions, stack 184 bytes, 2 maps
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
   30: goto +597
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
   51: goto +576
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
   67: goto +560
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
   86: goto +541
   87: r1 = r3
   88: r1 >>= 3
   89: r3 = *(u64 *)(r10 -16)
   90: r3 += r1
   91: if r3 > 16383 goto +3
   92: r1 = r6
   93: r1 += r3
   94: if r1 <= r7 goto +2
   95: *(u32 *)(r10 -56) = 1
   96: goto +531
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
  118: goto +509
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
  135: goto +492
      ; v0: bool = is_valid hdr1
  136: r1 = *(u32 *)(r10 -68)
  137: if r1 == 0 goto +1
  138: r1 = 1
      ; v1: bool = not v0
  139: r2 = r1
  140: r2 ^= 1
  141: if r2 != 0 goto +485
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
  153: if r2 != 0 goto +429
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
  286: r2 = 1
  287: if r3 != r1 goto +1
  288: r2 = 0
  289: if r2 != 0 goto +209
      ; v50: bool = read var7
  290: r1 = *(u8 *)(r10 -23)
  291: if r1 != 0 goto +117
      ; v77: bool = read var13
  292: r1 = *(u8 *)(r10 -21)
      ; v78: bit<8> = read var14
  293: r2 = *(u8 *)(r10 -20)
      ; v79: bit<8> = const 0x12
  294: r3 = 18
      ; v80: bool = eq v78, v79
  295: r4 = 1
  296: if r2 == r3 goto +1
  297: r4 = 0
      ; v81: bool = logical_and v77, v80
  298: r2 = r1
  299: r2 &= r4
      ; v82: bit<8> = read var12
  300: r1 = *(u8 *)(r10 -22)
      ; v83: bit<8> = const 1
  301: r3 = 1
      ; v84: bool = eq v82, v83
  302: r4 = 1
  303: if r1 == r3 goto +1
  304: r4 = 0
      ; v85: bit<8> = read var12
  305: r1 = *(u8 *)(r10 -22)
      ; v86: bit<8> = const 2
  306: r3 = 2
      ; v87: bool = eq v85, v86
  307: r8 = 1
  308: if r1 == r3 goto +1
  309: r8 = 0
      ; v88: bool = logical_or v84, v87
  310: r1 = r4
  311: r1 |= r8
      ; v89: bool = logical_and v81, v88
  312: r3 = r2
  313: r3 &= r1
  314: if r3 != 0 goto +51
      ; v98: bool = read var13
  315: r1 = *(u8 *)(r10 -21)
      ; v99: bit<8> = read var12
  316: r2 = *(u8 *)(r10 -22)
      ; v100: bit<8> = const 3
  317: r3 = 3
      ; v101: bool = eq v99, v100
  318: r4 = 1
  319: if r2 == r3 goto +1
  320: r4 = 0
      ; v102: bool = logical_and v98, v101
  321: r2 = r1
  322: r2 &= r4
  323: if r2 != 0 goto +22
      ; v105: bit<8> = const 1
  324: r1 = 1
      ; write var6, v105
  325: *(u8 *)(r10 -24) = r1
      ; v106: bit<32> = const 2
  326: r1 = 2
      ; v107: bit<32> = const 1
  327: r2 = 1
      ; count counter0[v106] += v107
  328: *(u32 *)(r10 -96) = r1
  329: *(u64 *)(r10 -144) = r2
  330: r1 = map[pipe_fw_stats] ll
  332: r2 = r10
  333: r2 += -96
  334: call bpf_map_lookup_elem
  335: r1 = r0
  336: if r1 == 0 goto +8
  337: r2 = *(u64 *)(r1 +0)
  338: r3 = *(u64 *)(r10 -144)
  339: r2 += r3
  340: *(u64 *)(r1 +0) = r2
  341: r2 = *(u64 *)(r1 +8)
  342: r3 = *(u32 *)(r10 -48)
  343: r2 += r3
  344: *(u64 *)(r1 +8) = r2
  345: goto +19
      ; v103: bit<32> = const 1
  346: r1 = 1
      ; v104: bit<32> = const 1
  347: r2 = 1
      ; count counter0[v103] += v104
  348: *(u32 *)(r10 -96) = r1
  349: *(u64 *)(r10 -144) = r2
  350: r1 = map[pipe_fw_stats] ll
  352: r2 = r10
  353: r2 += -96
  354: call bpf_map_lookup_elem
  355: r1 = r0
  356: if r1 == 0 goto +8
  357: r2 = *(u64 *)(r1 +0)
  358: r3 = *(u64 *)(r10 -144)
  359: r2 += r3
  360: *(u64 *)(r1 +0) = r2
  361: r2 = *(u64 *)(r1 +8)
  362: r3 = *(u32 *)(r10 -48)
  363: r2 += r3
  364: *(u64 *)(r1 +8) = r2
  365: goto +42
      ; v90: bit<8> = const 2
  366: r1 = 2
      ; write var12, v90
  367: *(u8 *)(r10 -22) = r1
      ; v91: bit<32> = read var8
  368: r1 = *(u32 *)(r10 -36)
      ; v92: bit<32> = read var9
  369: r2 = *(u32 *)(r10 -32)
      ; v93: bit<16> = read var10
  370: r3 = *(u16 *)(r10 -28)
      ; v94: bit<16> = read var11
  371: r4 = *(u16 *)(r10 -26)
      ; v95: bit<8> = read var12
  372: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  373: *(u64 *)(r10 -96) = 0
  374: *(u64 *)(r10 -88) = 0
  375: *(u32 *)(r10 -96) = r1
  376: *(u32 *)(r10 -92) = r2
  377: *(u16 *)(r10 -88) = r3
  378: *(u16 *)(r10 -86) = r4
  379: *(u64 *)(r10 -144) = 0
  380: *(u8 *)(r10 -144) = r8
  381: r1 = map[pipe_conns] ll
  383: r2 = r10
  384: r2 += -96
  385: r3 = r10
  386: r3 += -144
  387: r4 = 0
  388: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  389: r1 = 1
      ; v97: bit<32> = const 1
  390: r2 = 1
      ; count counter0[v96] += v97
  391: *(u32 *)(r10 -96) = r1
  392: *(u64 *)(r10 -144) = r2
  393: r1 = map[pipe_fw_stats] ll
  395: r2 = r10
  396: r2 += -96
  397: call bpf_map_lookup_elem
  398: r1 = r0
  399: if r1 == 0 goto +8
  400: r2 = *(u64 *)(r1 +0)
  401: r3 = *(u64 *)(r10 -144)
  402: r2 += r3
  403: *(u64 *)(r1 +0) = r2
  404: r2 = *(u64 *)(r1 +8)
  405: r3 = *(u32 *)(r10 -48)
  406: r2 += r3
  407: *(u64 *)(r1 +8) = r2
  408: goto +240
      ; v51: bit<8> = read var14
  409: r1 = *(u8 *)(r10 -20)
      ; v52: bit<8> = const 2
  410: r2 = 2
      ; v53: bool = eq v51, v52
  411: r3 = 1
  412: if r1 == r2 goto +1
  413: r3 = 0
  414: if r3 != 0 goto +41
      ; v60: bool = read var13
  415: r1 = *(u8 *)(r10 -21)
      ; v61: bit<8> = read var12
  416: r2 = *(u8 *)(r10 -22)
      ; v62: bit<8> = const 2
  417: r3 = 2
      ; v63: bool = eq v61, v62
  418: r4 = 1
  419: if r2 == r3 goto +1
  420: r4 = 0
      ; v64: bool = logical_and v60, v63
  421: r2 = r1
  422: r2 &= r4
      ; v65: bit<8> = read var14
  423: r1 = *(u8 *)(r10 -20)
      ; v66: bit<8> = const 0x10
  424: r3 = 16
      ; v67: bool = eq v65, v66
  425: r4 = 1
  426: if r1 == r3 goto +1
  427: r4 = 0
      ; v68: bool = logical_and v64, v67
  428: r1 = r2
  429: r1 &= r4
  430: if r1 != 0 goto +1
  431: goto +23
      ; v69: bit<8> = const 3
  432: r1 = 3
      ; write var12, v69
  433: *(u8 *)(r10 -22) = r1
      ; v70: bit<32> = read var8
  434: r1 = *(u32 *)(r10 -36)
      ; v71: bit<32> = read var9
  435: r2 = *(u32 *)(r10 -32)
      ; v72: bit<16> = read var10
  436: r3 = *(u16 *)(r10 -28)
      ; v73: bit<16> = read var11
  437: r4 = *(u16 *)(r10 -26)
      ; v74: bit<8> = read var12
  438: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  439: *(u64 *)(r10 -96) = 0
  440: *(u64 *)(r10 -88) = 0
  441: *(u32 *)(r10 -96) = r1
  442: *(u32 *)(r10 -92) = r2
  443: *(u16 *)(r10 -88) = r3
  444: *(u16 *)(r10 -86) = r4
  445: *(u64 *)(r10 -144) = 0
  446: *(u8 *)(r10 -144) = r8
  447: r1 = map[pipe_conns] ll
  449: r2 = r10
  450: r2 += -96
  451: r3 = r10
  452: r3 += -144
  453: r4 = 0
  454: call bpf_map_update_elem
  455: goto +23
      ; v54: bit<8> = const 1
  456: r1 = 1
      ; write var12, v54
  457: *(u8 *)(r10 -22) = r1
      ; v55: bit<32> = read var8
  458: r1 = *(u32 *)(r10 -36)
      ; v56: bit<32> = read var9
  459: r2 = *(u32 *)(r10 -32)
      ; v57: bit<16> = read var10
  460: r3 = *(u16 *)(r10 -28)
      ; v58: bit<16> = read var11
  461: r4 = *(u16 *)(r10 -26)
      ; v59: bit<8> = read var12
  462: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  463: *(u64 *)(r10 -96) = 0
  464: *(u64 *)(r10 -88) = 0
  465: *(u32 *)(r10 -96) = r1
  466: *(u32 *)(r10 -92) = r2
  467: *(u16 *)(r10 -88) = r3
  468: *(u16 *)(r10 -86) = r4
  469: *(u64 *)(r10 -144) = 0
  470: *(u8 *)(r10 -144) = r8
  471: r1 = map[pipe_conns] ll
  473: r2 = r10
  474: r2 += -96
  475: r3 = r10
  476: r3 += -144
  477: r4 = 0
  478: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  479: r1 = 0
      ; v76: bit<32> = const 1
  480: r2 = 1
      ; count counter0[v75] += v76
  481: *(u32 *)(r10 -96) = r1
  482: *(u64 *)(r10 -144) = r2
  483: r1 = map[pipe_fw_stats] ll
  485: r2 = r10
  486: r2 += -96
  487: call bpf_map_lookup_elem
  488: r1 = r0
  489: if r1 == 0 goto +8
  490: r2 = *(u64 *)(r1 +0)
  491: r3 = *(u64 *)(r10 -144)
  492: r2 += r3
  493: *(u64 *)(r1 +0) = r2
  494: r2 = *(u64 *)(r1 +8)
  495: r3 = *(u32 *)(r10 -48)
  496: r2 += r3
  497: *(u64 *)(r1 +8) = r2
  498: goto +150
      ; v36: bool = read var13
  499: r1 = *(u8 *)(r10 -21)
  500: if r1 != 0 goto +1
  501: goto +15
      ; v37: bit<32> = read var8
  502: r1 = *(u32 *)(r10 -36)
      ; v38: bit<32> = read var9
  503: r2 = *(u32 *)(r10 -32)
      ; v39: bit<16> = read var10
  504: r3 = *(u16 *)(r10 -28)
      ; v40: bit<16> = read var11
  505: r4 = *(u16 *)(r10 -26)
      ; map_delete map0(v37, v38, v39, v40)
  506: *(u64 *)(r10 -96) = 0
  507: *(u64 *)(r10 -88) = 0
  508: *(u32 *)(r10 -96) = r1
  509: *(u32 *)(r10 -92) = r2
  510: *(u16 *)(r10 -88) = r3
  511: *(u16 *)(r10 -86) = r4
  512: r1 = map[pipe_conns] ll
  514: r2 = r10
  515: r2 += -96
  516: call bpf_map_delete_elem
      ; v41: bool = read var7
  517: r1 = *(u8 *)(r10 -23)
  518: if r1 != 0 goto +44
      ; v44: bool = read var13
  519: r1 = *(u8 *)(r10 -21)
  520: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  521: r1 = 1
      ; write var6, v47
  522: *(u8 *)(r10 -24) = r1
      ; v48: bit<32> = const 2
  523: r1 = 2
      ; v49: bit<32> = const 1
  524: r2 = 1
      ; count counter0[v48] += v49
  525: *(u32 *)(r10 -96) = r1
  526: *(u64 *)(r10 -144) = r2
  527: r1 = map[pipe_fw_stats] ll
  529: r2 = r10
  530: r2 += -96
  531: call bpf_map_lookup_elem
  532: r1 = r0
  533: if r1 == 0 goto +8
  534: r2 = *(u64 *)(r1 +0)
  535: r3 = *(u64 *)(r10 -144)
  536: r2 += r3
  537: *(u64 *)(r1 +0) = r2
  538: r2 = *(u64 *)(r1 +8)
  539: r3 = *(u32 *)(r10 -48)
  540: r2 += r3
  541: *(u64 *)(r1 +8) = r2
  542: goto +19
      ; v45: bit<32> = const 1
  543: r1 = 1
      ; v46: bit<32> = const 1
  544: r2 = 1
      ; count counter0[v45] += v46
  545: *(u32 *)(r10 -96) = r1
  546: *(u64 *)(r10 -144) = r2
  547: r1 = map[pipe_fw_stats] ll
  549: r2 = r10
  550: r2 += -96
  551: call bpf_map_lookup_elem
  552: r1 = r0
  553: if r1 == 0 goto +8
  554: r2 = *(u64 *)(r1 +0)
  555: r3 = *(u64 *)(r10 -144)
  556: r2 += r3
  557: *(u64 *)(r1 +0) = r2
  558: r2 = *(u64 *)(r1 +8)
  559: r3 = *(u32 *)(r10 -48)
  560: r2 += r3
  561: *(u64 *)(r1 +8) = r2
  562: goto +19
      ; v42: bit<32> = const 0
  563: r1 = 0
      ; v43: bit<32> = const 1
  564: r2 = 1
      ; count counter0[v42] += v43
  565: *(u32 *)(r10 -96) = r1
  566: *(u64 *)(r10 -144) = r2
  567: r1 = map[pipe_fw_stats] ll
  569: r2 = r10
  570: r2 += -96
  571: call bpf_map_lookup_elem
  572: r1 = r0
  573: if r1 == 0 goto +8
  574: r2 = *(u64 *)(r1 +0)
  575: r3 = *(u64 *)(r10 -144)
  576: r2 += r3
  577: *(u64 *)(r1 +0) = r2
  578: r2 = *(u64 *)(r1 +8)
  579: r3 = *(u32 *)(r10 -48)
  580: r2 += r3
  581: *(u64 *)(r1 +8) = r2
  582: goto +66
      ; v7: bool = read var7
  583: r1 = *(u8 *)(r10 -23)
  584: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  585: r1 = 1
      ; write var6, v10
  586: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 2
  587: r1 = 2
      ; v12: bit<32> = const 1
  588: r2 = 1
      ; count counter0[v11] += v12
  589: *(u32 *)(r10 -96) = r1
  590: *(u64 *)(r10 -144) = r2
  591: r1 = map[pipe_fw_stats] ll
  593: r2 = r10
  594: r2 += -96
  595: call bpf_map_lookup_elem
  596: r1 = r0
  597: if r1 == 0 goto +8
  598: r2 = *(u64 *)(r1 +0)
  599: r3 = *(u64 *)(r10 -144)
  600: r2 += r3
  601: *(u64 *)(r1 +0) = r2
  602: r2 = *(u64 *)(r1 +8)
  603: r3 = *(u32 *)(r10 -48)
  604: r2 += r3
  605: *(u64 *)(r1 +8) = r2
  606: goto +19
      ; v8: bit<32> = const 0
  607: r1 = 0
      ; v9: bit<32> = const 1
  608: r2 = 1
      ; count counter0[v8] += v9
  609: *(u32 *)(r10 -96) = r1
  610: *(u64 *)(r10 -144) = r2
  611: r1 = map[pipe_fw_stats] ll
  613: r2 = r10
  614: r2 += -96
  615: call bpf_map_lookup_elem
  616: r1 = r0
  617: if r1 == 0 goto +8
  618: r2 = *(u64 *)(r1 +0)
  619: r3 = *(u64 *)(r10 -144)
  620: r2 += r3
  621: *(u64 *)(r1 +0) = r2
  622: r2 = *(u64 *)(r1 +8)
  623: r3 = *(u32 *)(r10 -48)
  624: r2 += r3
  625: *(u64 *)(r1 +8) = r2
  626: goto +22
  627: goto +21
      ; drop
  628: r1 = *(u32 *)(r10 -44)
  629: r2 = *(u32 *)(r10 -40)
  630: *(u64 *)(r10 -160) = r1
  631: *(u64 *)(r10 -168) = r2
  632: r1 = *(u64 *)(r10 -8)
  633: r2 = 0xfffffffffffffff8 ll
  635: call bpf_xdp_adjust_meta
  636: if r0 != 0 goto +10
  637: r1 = *(u64 *)(r10 -8)
  638: r2 = *(u32 *)(r1 +8)
  639: r3 = *(u32 *)(r1 +0)
  640: r1 = r2
  641: r1 += 8
  642: if r1 > r3 goto +4
  643: r1 = *(u64 *)(r10 -160)
  644: *(u32 *)(r2 +0) = r1
  645: r1 = *(u64 *)(r10 -168)
  646: *(u32 *)(r2 +4) = r1
  647: r0 = 1
  648: exit
      ; epilogue: verdict
  649: r1 = *(u32 *)(r10 -44)
  650: r2 = *(u32 *)(r10 -40)
  651: *(u64 *)(r10 -176) = r1
  652: *(u64 *)(r10 -184) = r2
  653: r1 = *(u64 *)(r10 -8)
  654: r2 = 0xfffffffffffffff8 ll
  656: call bpf_xdp_adjust_meta
  657: if r0 != 0 goto +10
  658: r1 = *(u64 *)(r10 -8)
  659: r2 = *(u32 *)(r1 +8)
  660: r3 = *(u32 *)(r1 +0)
  661: r1 = r2
  662: r1 += 8
  663: if r1 > r3 goto +4
  664: r1 = *(u64 *)(r10 -176)
  665: *(u32 *)(r2 +0) = r1
  666: r1 = *(u64 *)(r10 -184)
  667: *(u32 *)(r2 +4) = r1
  668: r1 = *(u8 *)(r10 -24)
  669: if r1 != 0 goto +2
  670: r0 = 2
  671: exit
  672: if r1 != 2 goto +4
  673: r1 = *(u32 *)(r10 -40)
  674: r2 = 0
  675: call bpf_redirect
  676: exit
  677: r0 = 1
  678: exit
