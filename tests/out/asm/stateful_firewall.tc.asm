; stateful_firewall for classifier: 644 instructions, stack 152 bytes, 2 maps
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
   25: goto +597
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
   46: goto +576
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
   62: goto +560
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
   81: goto +541
   82: r1 = r3
   83: r1 >>= 3
   84: r3 = *(u64 *)(r10 -16)
   85: r3 += r1
   86: if r3 > 16383 goto +3
   87: r1 = r6
   88: r1 += r3
   89: if r1 <= r7 goto +2
   90: *(u32 *)(r10 -56) = 1
   91: goto +531
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
  113: goto +509
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
  130: goto +492
      ; v0: bool = is_valid hdr1
  131: r1 = *(u32 *)(r10 -68)
  132: if r1 == 0 goto +1
  133: r1 = 1
      ; v1: bool = not v0
  134: r2 = r1
  135: r2 ^= 1
  136: if r2 != 0 goto +485
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
  148: if r2 != 0 goto +429
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
  281: r2 = 1
  282: if r3 != r1 goto +1
  283: r2 = 0
  284: if r2 != 0 goto +209
      ; v50: bool = read var7
  285: r1 = *(u8 *)(r10 -23)
  286: if r1 != 0 goto +117
      ; v77: bool = read var13
  287: r1 = *(u8 *)(r10 -21)
      ; v78: bit<8> = read var14
  288: r2 = *(u8 *)(r10 -20)
      ; v79: bit<8> = const 0x12
  289: r3 = 18
      ; v80: bool = eq v78, v79
  290: r4 = 1
  291: if r2 == r3 goto +1
  292: r4 = 0
      ; v81: bool = logical_and v77, v80
  293: r2 = r1
  294: r2 &= r4
      ; v82: bit<8> = read var12
  295: r1 = *(u8 *)(r10 -22)
      ; v83: bit<8> = const 1
  296: r3 = 1
      ; v84: bool = eq v82, v83
  297: r4 = 1
  298: if r1 == r3 goto +1
  299: r4 = 0
      ; v85: bit<8> = read var12
  300: r1 = *(u8 *)(r10 -22)
      ; v86: bit<8> = const 2
  301: r3 = 2
      ; v87: bool = eq v85, v86
  302: r8 = 1
  303: if r1 == r3 goto +1
  304: r8 = 0
      ; v88: bool = logical_or v84, v87
  305: r1 = r4
  306: r1 |= r8
      ; v89: bool = logical_and v81, v88
  307: r3 = r2
  308: r3 &= r1
  309: if r3 != 0 goto +51
      ; v98: bool = read var13
  310: r1 = *(u8 *)(r10 -21)
      ; v99: bit<8> = read var12
  311: r2 = *(u8 *)(r10 -22)
      ; v100: bit<8> = const 3
  312: r3 = 3
      ; v101: bool = eq v99, v100
  313: r4 = 1
  314: if r2 == r3 goto +1
  315: r4 = 0
      ; v102: bool = logical_and v98, v101
  316: r2 = r1
  317: r2 &= r4
  318: if r2 != 0 goto +22
      ; v105: bit<8> = const 1
  319: r1 = 1
      ; write var6, v105
  320: *(u8 *)(r10 -24) = r1
      ; v106: bit<32> = const 2
  321: r1 = 2
      ; v107: bit<32> = const 1
  322: r2 = 1
      ; count counter0[v106] += v107
  323: *(u32 *)(r10 -96) = r1
  324: *(u64 *)(r10 -144) = r2
  325: r1 = map[pipe_fw_stats] ll
  327: r2 = r10
  328: r2 += -96
  329: call bpf_map_lookup_elem
  330: r1 = r0
  331: if r1 == 0 goto +8
  332: r2 = *(u64 *)(r1 +0)
  333: r3 = *(u64 *)(r10 -144)
  334: r2 += r3
  335: *(u64 *)(r1 +0) = r2
  336: r2 = *(u64 *)(r1 +8)
  337: r3 = *(u32 *)(r10 -48)
  338: r2 += r3
  339: *(u64 *)(r1 +8) = r2
  340: goto +19
      ; v103: bit<32> = const 1
  341: r1 = 1
      ; v104: bit<32> = const 1
  342: r2 = 1
      ; count counter0[v103] += v104
  343: *(u32 *)(r10 -96) = r1
  344: *(u64 *)(r10 -144) = r2
  345: r1 = map[pipe_fw_stats] ll
  347: r2 = r10
  348: r2 += -96
  349: call bpf_map_lookup_elem
  350: r1 = r0
  351: if r1 == 0 goto +8
  352: r2 = *(u64 *)(r1 +0)
  353: r3 = *(u64 *)(r10 -144)
  354: r2 += r3
  355: *(u64 *)(r1 +0) = r2
  356: r2 = *(u64 *)(r1 +8)
  357: r3 = *(u32 *)(r10 -48)
  358: r2 += r3
  359: *(u64 *)(r1 +8) = r2
  360: goto +42
      ; v90: bit<8> = const 2
  361: r1 = 2
      ; write var12, v90
  362: *(u8 *)(r10 -22) = r1
      ; v91: bit<32> = read var8
  363: r1 = *(u32 *)(r10 -36)
      ; v92: bit<32> = read var9
  364: r2 = *(u32 *)(r10 -32)
      ; v93: bit<16> = read var10
  365: r3 = *(u16 *)(r10 -28)
      ; v94: bit<16> = read var11
  366: r4 = *(u16 *)(r10 -26)
      ; v95: bit<8> = read var12
  367: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  368: *(u64 *)(r10 -96) = 0
  369: *(u64 *)(r10 -88) = 0
  370: *(u32 *)(r10 -96) = r1
  371: *(u32 *)(r10 -92) = r2
  372: *(u16 *)(r10 -88) = r3
  373: *(u16 *)(r10 -86) = r4
  374: *(u64 *)(r10 -144) = 0
  375: *(u8 *)(r10 -144) = r8
  376: r1 = map[pipe_conns] ll
  378: r2 = r10
  379: r2 += -96
  380: r3 = r10
  381: r3 += -144
  382: r4 = 0
  383: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  384: r1 = 1
      ; v97: bit<32> = const 1
  385: r2 = 1
      ; count counter0[v96] += v97
  386: *(u32 *)(r10 -96) = r1
  387: *(u64 *)(r10 -144) = r2
  388: r1 = map[pipe_fw_stats] ll
  390: r2 = r10
  391: r2 += -96
  392: call bpf_map_lookup_elem
  393: r1 = r0
  394: if r1 == 0 goto +8
  395: r2 = *(u64 *)(r1 +0)
  396: r3 = *(u64 *)(r10 -144)
  397: r2 += r3
  398: *(u64 *)(r1 +0) = r2
  399: r2 = *(u64 *)(r1 +8)
  400: r3 = *(u32 *)(r10 -48)
  401: r2 += r3
  402: *(u64 *)(r1 +8) = r2
  403: goto +225
      ; v51: bit<8> = read var14
  404: r1 = *(u8 *)(r10 -20)
      ; v52: bit<8> = const 2
  405: r2 = 2
      ; v53: bool = eq v51, v52
  406: r3 = 1
  407: if r1 == r2 goto +1
  408: r3 = 0
  409: if r3 != 0 goto +41
      ; v60: bool = read var13
  410: r1 = *(u8 *)(r10 -21)
      ; v61: bit<8> = read var12
  411: r2 = *(u8 *)(r10 -22)
      ; v62: bit<8> = const 2
  412: r3 = 2
      ; v63: bool = eq v61, v62
  413: r4 = 1
  414: if r2 == r3 goto +1
  415: r4 = 0
      ; v64: bool = logical_and v60, v63
  416: r2 = r1
  417: r2 &= r4
      ; v65: bit<8> = read var14
  418: r1 = *(u8 *)(r10 -20)
      ; v66: bit<8> = const 0x10
  419: r3 = 16
      ; v67: bool = eq v65, v66
  420: r4 = 1
  421: if r1 == r3 goto +1
  422: r4 = 0
      ; v68: bool = logical_and v64, v67
  423: r1 = r2
  424: r1 &= r4
  425: if r1 != 0 goto +1
  426: goto +23
      ; v69: bit<8> = const 3
  427: r1 = 3
      ; write var12, v69
  428: *(u8 *)(r10 -22) = r1
      ; v70: bit<32> = read var8
  429: r1 = *(u32 *)(r10 -36)
      ; v71: bit<32> = read var9
  430: r2 = *(u32 *)(r10 -32)
      ; v72: bit<16> = read var10
  431: r3 = *(u16 *)(r10 -28)
      ; v73: bit<16> = read var11
  432: r4 = *(u16 *)(r10 -26)
      ; v74: bit<8> = read var12
  433: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  434: *(u64 *)(r10 -96) = 0
  435: *(u64 *)(r10 -88) = 0
  436: *(u32 *)(r10 -96) = r1
  437: *(u32 *)(r10 -92) = r2
  438: *(u16 *)(r10 -88) = r3
  439: *(u16 *)(r10 -86) = r4
  440: *(u64 *)(r10 -144) = 0
  441: *(u8 *)(r10 -144) = r8
  442: r1 = map[pipe_conns] ll
  444: r2 = r10
  445: r2 += -96
  446: r3 = r10
  447: r3 += -144
  448: r4 = 0
  449: call bpf_map_update_elem
  450: goto +23
      ; v54: bit<8> = const 1
  451: r1 = 1
      ; write var12, v54
  452: *(u8 *)(r10 -22) = r1
      ; v55: bit<32> = read var8
  453: r1 = *(u32 *)(r10 -36)
      ; v56: bit<32> = read var9
  454: r2 = *(u32 *)(r10 -32)
      ; v57: bit<16> = read var10
  455: r3 = *(u16 *)(r10 -28)
      ; v58: bit<16> = read var11
  456: r4 = *(u16 *)(r10 -26)
      ; v59: bit<8> = read var12
  457: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  458: *(u64 *)(r10 -96) = 0
  459: *(u64 *)(r10 -88) = 0
  460: *(u32 *)(r10 -96) = r1
  461: *(u32 *)(r10 -92) = r2
  462: *(u16 *)(r10 -88) = r3
  463: *(u16 *)(r10 -86) = r4
  464: *(u64 *)(r10 -144) = 0
  465: *(u8 *)(r10 -144) = r8
  466: r1 = map[pipe_conns] ll
  468: r2 = r10
  469: r2 += -96
  470: r3 = r10
  471: r3 += -144
  472: r4 = 0
  473: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  474: r1 = 0
      ; v76: bit<32> = const 1
  475: r2 = 1
      ; count counter0[v75] += v76
  476: *(u32 *)(r10 -96) = r1
  477: *(u64 *)(r10 -144) = r2
  478: r1 = map[pipe_fw_stats] ll
  480: r2 = r10
  481: r2 += -96
  482: call bpf_map_lookup_elem
  483: r1 = r0
  484: if r1 == 0 goto +8
  485: r2 = *(u64 *)(r1 +0)
  486: r3 = *(u64 *)(r10 -144)
  487: r2 += r3
  488: *(u64 *)(r1 +0) = r2
  489: r2 = *(u64 *)(r1 +8)
  490: r3 = *(u32 *)(r10 -48)
  491: r2 += r3
  492: *(u64 *)(r1 +8) = r2
  493: goto +135
      ; v36: bool = read var13
  494: r1 = *(u8 *)(r10 -21)
  495: if r1 != 0 goto +1
  496: goto +15
      ; v37: bit<32> = read var8
  497: r1 = *(u32 *)(r10 -36)
      ; v38: bit<32> = read var9
  498: r2 = *(u32 *)(r10 -32)
      ; v39: bit<16> = read var10
  499: r3 = *(u16 *)(r10 -28)
      ; v40: bit<16> = read var11
  500: r4 = *(u16 *)(r10 -26)
      ; map_delete map0(v37, v38, v39, v40)
  501: *(u64 *)(r10 -96) = 0
  502: *(u64 *)(r10 -88) = 0
  503: *(u32 *)(r10 -96) = r1
  504: *(u32 *)(r10 -92) = r2
  505: *(u16 *)(r10 -88) = r3
  506: *(u16 *)(r10 -86) = r4
  507: r1 = map[pipe_conns] ll
  509: r2 = r10
  510: r2 += -96
  511: call bpf_map_delete_elem
      ; v41: bool = read var7
  512: r1 = *(u8 *)(r10 -23)
  513: if r1 != 0 goto +44
      ; v44: bool = read var13
  514: r1 = *(u8 *)(r10 -21)
  515: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  516: r1 = 1
      ; write var6, v47
  517: *(u8 *)(r10 -24) = r1
      ; v48: bit<32> = const 2
  518: r1 = 2
      ; v49: bit<32> = const 1
  519: r2 = 1
      ; count counter0[v48] += v49
  520: *(u32 *)(r10 -96) = r1
  521: *(u64 *)(r10 -144) = r2
  522: r1 = map[pipe_fw_stats] ll
  524: r2 = r10
  525: r2 += -96
  526: call bpf_map_lookup_elem
  527: r1 = r0
  528: if r1 == 0 goto +8
  529: r2 = *(u64 *)(r1 +0)
  530: r3 = *(u64 *)(r10 -144)
  531: r2 += r3
  532: *(u64 *)(r1 +0) = r2
  533: r2 = *(u64 *)(r1 +8)
  534: r3 = *(u32 *)(r10 -48)
  535: r2 += r3
  536: *(u64 *)(r1 +8) = r2
  537: goto +19
      ; v45: bit<32> = const 1
  538: r1 = 1
      ; v46: bit<32> = const 1
  539: r2 = 1
      ; count counter0[v45] += v46
  540: *(u32 *)(r10 -96) = r1
  541: *(u64 *)(r10 -144) = r2
  542: r1 = map[pipe_fw_stats] ll
  544: r2 = r10
  545: r2 += -96
  546: call bpf_map_lookup_elem
  547: r1 = r0
  548: if r1 == 0 goto +8
  549: r2 = *(u64 *)(r1 +0)
  550: r3 = *(u64 *)(r10 -144)
  551: r2 += r3
  552: *(u64 *)(r1 +0) = r2
  553: r2 = *(u64 *)(r1 +8)
  554: r3 = *(u32 *)(r10 -48)
  555: r2 += r3
  556: *(u64 *)(r1 +8) = r2
  557: goto +19
      ; v42: bit<32> = const 0
  558: r1 = 0
      ; v43: bit<32> = const 1
  559: r2 = 1
      ; count counter0[v42] += v43
  560: *(u32 *)(r10 -96) = r1
  561: *(u64 *)(r10 -144) = r2
  562: r1 = map[pipe_fw_stats] ll
  564: r2 = r10
  565: r2 += -96
  566: call bpf_map_lookup_elem
  567: r1 = r0
  568: if r1 == 0 goto +8
  569: r2 = *(u64 *)(r1 +0)
  570: r3 = *(u64 *)(r10 -144)
  571: r2 += r3
  572: *(u64 *)(r1 +0) = r2
  573: r2 = *(u64 *)(r1 +8)
  574: r3 = *(u32 *)(r10 -48)
  575: r2 += r3
  576: *(u64 *)(r1 +8) = r2
  577: goto +51
      ; v7: bool = read var7
  578: r1 = *(u8 *)(r10 -23)
  579: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  580: r1 = 1
      ; write var6, v10
  581: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 2
  582: r1 = 2
      ; v12: bit<32> = const 1
  583: r2 = 1
      ; count counter0[v11] += v12
  584: *(u32 *)(r10 -96) = r1
  585: *(u64 *)(r10 -144) = r2
  586: r1 = map[pipe_fw_stats] ll
  588: r2 = r10
  589: r2 += -96
  590: call bpf_map_lookup_elem
  591: r1 = r0
  592: if r1 == 0 goto +8
  593: r2 = *(u64 *)(r1 +0)
  594: r3 = *(u64 *)(r10 -144)
  595: r2 += r3
  596: *(u64 *)(r1 +0) = r2
  597: r2 = *(u64 *)(r1 +8)
  598: r3 = *(u32 *)(r10 -48)
  599: r2 += r3
  600: *(u64 *)(r1 +8) = r2
  601: goto +19
      ; v8: bit<32> = const 0
  602: r1 = 0
      ; v9: bit<32> = const 1
  603: r2 = 1
      ; count counter0[v8] += v9
  604: *(u32 *)(r10 -96) = r1
  605: *(u64 *)(r10 -144) = r2
  606: r1 = map[pipe_fw_stats] ll
  608: r2 = r10
  609: r2 += -96
  610: call bpf_map_lookup_elem
  611: r1 = r0
  612: if r1 == 0 goto +8
  613: r2 = *(u64 *)(r1 +0)
  614: r3 = *(u64 *)(r10 -144)
  615: r2 += r3
  616: *(u64 *)(r1 +0) = r2
  617: r2 = *(u64 *)(r1 +8)
  618: r3 = *(u32 *)(r10 -48)
  619: r2 += r3
  620: *(u64 *)(r1 +8) = r2
  621: goto +7
  622: goto +6
      ; drop
  623: r1 = *(u32 *)(r10 -44)
  624: r2 = *(u32 *)(r10 -40)
  625: r2 = *(u64 *)(r10 -8)
  626: *(u32 *)(r2 +8) = r1
  627: r0 = 2
  628: exit
      ; epilogue: verdict
  629: r1 = *(u32 *)(r10 -44)
  630: r2 = *(u32 *)(r10 -40)
  631: r2 = *(u64 *)(r10 -8)
  632: *(u32 *)(r2 +8) = r1
  633: r1 = *(u8 *)(r10 -24)
  634: if r1 != 0 goto +2
  635: r0 = 0
  636: exit
  637: if r1 != 2 goto +4
  638: r1 = *(u32 *)(r10 -40)
  639: r2 = 0
  640: call bpf_redirect
  641: exit
  642: r0 = 2
  643: exit
