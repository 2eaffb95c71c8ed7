; stateful_firewall for classifier: 616 instructions, stack 152 bytes, 2 maps
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
   23: goto +579
   24: r3 = r1
   25: r3 += 1
   26: *(u32 *)(r10 -72) = r3
   27: r1 += 14
   28: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   29: r1 = *(u16 *)(r2 +12)
   30: r1 = be16 r1
   31: if r1 != 2048 goto +1
   32: goto +1
   33: goto +83
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   34: r1 = *(u64 *)(r10 -16)
   35: if r1 > 16383 goto +5
   36: r2 = r6
   37: r2 += r1
   38: r3 = r2
   39: r3 += 20
   40: if r3 <= r7 goto +2
   41: *(u32 *)(r10 -56) = 1
   42: goto +560
   43: r3 = r1
   44: r3 += 1
   45: *(u32 *)(r10 -68) = r3
   46: r1 += 20
   47: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   48: r1 = *(u8 *)(r2 +0)
   49: r1 &= 15
      ; v2: bit<4> = const 5
   50: r3 = 5
      ; v3: bool = ge v1, v2
   51: r4 = 1
   52: if r1 >= r3 goto +1
   53: r4 = 0
      ; verify v3, error HeaderTooShort
   54: if r4 != 0 goto +2
   55: *(u32 *)(r10 -56) = 4
   56: goto +546
      ; v4: bit<4> = read_field hdr1.ihl
   57: r1 = *(u8 *)(r2 +0)
   58: r1 &= 15
      ; v5: bit<32> = cast v4
   59: r3 = r1
   60: w3 = w3
      ; v6: bit<32> = const 5
   61: r1 = 5
      ; v7: bit<32> = sub v5, v6
   62: r4 = r3
   63: r4 -= r1
   64: w4 = w4
      ; v8: bit<32> = const 0x20
   65: r1 = 32
      ; v9: bit<32> = mul v7, v8
   66: r3 = r4
   67: r3 *= r1
   68: w3 = w3
      ; advance v9
   69: r1 = r3
   70: r1 &= 7
   71: if r1 == 0 goto +2
   72: *(u32 *)(r10 -56) = 6
   73: goto +529
   74: r1 = r3
   75: r1 >>= 3
   76: r3 = *(u64 *)(r10 -16)
   77: r3 += r1
   78: if r3 > 16383 goto +3
   79: r1 = r6
   80: r1 += r3
   81: if r1 <= r7 goto +2
   82: *(u32 *)(r10 -56) = 1
   83: goto +519
   84: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   85: r1 = *(u16 *)(r2 +6)
   86: r1 = be16 r1
   87: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   88: r3 = *(u8 *)(r2 +9)
   89: if r1 != 0 goto +2
   90: if r3 != 6 goto +1
   91: goto +1
   92: goto +24
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   93: r1 = *(u64 *)(r10 -16)
   94: if r1 > 16383 goto +5
   95: r2 = r6
   96: r2 += r1
   97: r3 = r2
   98: r3 += 20
   99: if r3 <= r7 goto +2
  100: *(u32 *)(r10 -56) = 1
  101: goto +501
  102: r3 = r1
  103: r3 += 1
  104: *(u32 *)(r10 -64) = r3
  105: r1 += 20
  106: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  107: r1 = *(u8 *)(r2 +12)
  108: r1 >>= 4
  109: r1 &= 15
      ; v13: bit<4> = const 5
  110: r2 = 5
      ; v14: bool = ge v12, v13
  111: r3 = 1
  112: if r1 >= r2 goto +1
  113: r3 = 0
      ; verify v14, error HeaderTooShort
  114: if r3 != 0 goto +2
  115: *(u32 *)(r10 -56) = 4
  116: goto +486
      ; v0: bool = is_valid hdr1
  117: r1 = *(u32 *)(r10 -68)
  118: if r1 == 0 goto +1
  119: r1 = 1
      ; v1: bool = not v0
  120: r2 = r1
  121: r2 ^= 1
  122: if r2 != 0 goto +479
      ; v2: bit<32> = read var2
  123: r1 = *(u32 *)(r10 -52)
      ; v3: bit<32> = const 1
  124: r2 = 1
      ; v4: bool = eq v2, v3
  125: r3 = 1
  126: if r1 == r2 goto +1
  127: r3 = 0
      ; write var7, v4
  128: *(u8 *)(r10 -23) = r3
      ; v5: bool = is_valid hdr2
  129: r1 = *(u32 *)(r10 -64)
  130: if r1 == 0 goto +1
  131: r1 = 1
      ; v6: bool = not v5
  132: r2 = r1
  133: r2 ^= 1
  134: if r2 != 0 goto +423
      ; v13: bool = read var7
  135: r1 = *(u8 *)(r10 -23)
  136: if r1 != 0 goto +41
      ; v18: bit<32> = read_field hdr1.dstAddr
  137: r1 = *(u32 *)(r10 -68)
  138: if r1 == 0 goto +7
  139: r1 -= 1
  140: if r1 > 16383 goto +5
  141: r2 = r6
  142: r2 += r1
  143: r1 = r2
  144: r1 += 20
  145: if r1 <= r7 goto +1
  146: r2 = 0
  147: r1 = 0
  148: if r2 == 0 goto +2
  149: r1 = *(u32 *)(r2 +16)
  150: r1 = be32 r1
      ; write var8, v18
  151: *(u32 *)(r10 -36) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
  152: r1 = 0
  153: if r2 == 0 goto +2
  154: r1 = *(u32 *)(r2 +12)
  155: r1 = be32 r1
      ; write var9, v19
  156: *(u32 *)(r10 -32) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
  157: r1 = *(u32 *)(r10 -64)
  158: if r1 == 0 goto +7
  159: r1 -= 1
  160: if r1 > 16383 goto +5
  161: r2 = r6
  162: r2 += r1
  163: r1 = r2
  164: r1 += 20
  165: if r1 <= r7 goto +1
  166: r2 = 0
  167: r1 = 0
  168: if r2 == 0 goto +2
  169: r1 = *(u16 *)(r2 +2)
  170: r1 = be16 r1
      ; write var10, v20
  171: *(u16 *)(r10 -28) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
  172: r1 = 0
  173: if r2 == 0 goto +2
  174: r1 = *(u16 *)(r2 +0)
  175: r1 = be16 r1
      ; write var11, v21
  176: *(u16 *)(r10 -26) = r1
  177: goto +40
      ; v14: bit<32> = read_field hdr1.srcAddr
  178: r1 = *(u32 *)(r10 -68)
  179: if r1 == 0 goto +7
  180: r1 -= 1
  181: if r1 > 16383 goto +5
  182: r2 = r6
  183: r2 += r1
  184: r1 = r2
  185: r1 += 20
  186: if r1 <= r7 goto +1
  187: r2 = 0
  188: r1 = 0
  189: if r2 == 0 goto +2
  190: r1 = *(u32 *)(r2 +12)
  191: r1 = be32 r1
      ; write var8, v14
  192: *(u32 *)(r10 -36) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
  193: r1 = 0
  194: if r2 == 0 goto +2
  195: r1 = *(u32 *)(r2 +16)
  196: r1 = be32 r1
      ; write var9, v15
  197: *(u32 *)(r10 -32) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  198: r1 = *(u32 *)(r10 -64)
  199: if r1 == 0 goto +7
  200: r1 -= 1
  201: if r1 > 16383 goto +5
  202: r2 = r6
  203: r2 += r1
  204: r1 = r2
  205: r1 += 20
  206: if r1 <= r7 goto +1
  207: r2 = 0
  208: r1 = 0
  209: if r2 == 0 goto +2
  210: r1 = *(u16 *)(r2 +0)
  211: r1 = be16 r1
      ; write var10, v16
  212: *(u16 *)(r10 -28) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  213: r1 = 0
  214: if r2 == 0 goto +2
  215: r1 = *(u16 *)(r2 +2)
  216: r1 = be16 r1
      ; write var11, v17
  217: *(u16 *)(r10 -26) = r1
      ; v22: bit<32> = read var8
  218: r1 = *(u32 *)(r10 -36)
      ; v23: bit<32> = read var9
  219: r2 = *(u32 *)(r10 -32)
      ; v24: bit<16> = read var10
  220: r3 = *(u16 *)(r10 -28)
      ; v25: bit<16> = read var11
  221: r4 = *(u16 *)(r10 -26)
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  222: *(u64 *)(r10 -96) = 0
  223: *(u64 *)(r10 -88) = 0
  224: *(u32 *)(r10 -96) = r1
  225: *(u32 *)(r10 -92) = r2
  226: *(u16 *)(r10 -88) = r3
  227: *(u16 *)(r10 -86) = r4
  228: r1 = map[pipe_conns] ll
  230: r2 = r10
  231: r2 += -96
  232: call bpf_map_lookup_elem
  233: r1 = r0
  234: if r1 == 0 goto +4
  235: r2 = 1
  236: r3 = *(u8 *)(r1 +0)
  237: r3 &= 255
  238: goto +2
  239: r2 = 0
  240: r3 = 0
      ; write var12, v27
  241: *(u8 *)(r10 -22) = r3
      ; write var13, v26
  242: *(u8 *)(r10 -21) = r2
      ; v28: bit<8> = read_field hdr2.flags
  243: r1 = *(u32 *)(r10 -64)
  244: if r1 == 0 goto +7
  245: r1 -= 1
  246: if r1 > 16383 goto +5
  247: r2 = r6
  248: r2 += r1
  249: r1 = r2
  250: r1 += 20
  251: if r1 <= r7 goto +1
  252: r2 = 0
  253: r1 = 0
  254: if r2 == 0 goto +1
  255: r1 = *(u8 *)(r2 +13)
      ; v29: bit<8> = const 0x12
  256: r3 = 18
      ; v30: bit<8> = and v28, v29
  257: r4 = r1
  258: r4 &= r3
      ; write var14, v30
  259: *(u8 *)(r10 -20) = r4
      ; v31: bit<8> = read_field hdr2.flags
  260: r1 = 0
  261: if r2 == 0 goto +1
  262: r1 = *(u8 *)(r2 +13)
      ; v32: bit<8> = const 4
  263: r2 = 4
      ; v33: bit<8> = and v31, v32
  264: r3 = r1
  265: r3 &= r2
      ; v34: bit<8> = const 0
  266: r1 = 0
      ; v35: bool = ne v33, v34
  267: if r3 != r1 goto +206
      ; v50: bool = read var7
  268: r1 = *(u8 *)(r10 -23)
  269: if r1 != 0 goto +117
      ; v77: bool = read var13
  270: r1 = *(u8 *)(r10 -21)
      ; v78: bit<8> = read var14
  271: r2 = *(u8 *)(r10 -20)
      ; v79: bit<8> = const 0x12
  272: r3 = 18
      ; v80: bool = eq v78, v79
  273: r4 = 1
  274: if r2 == r3 goto +1
  275: r4 = 0
      ; v81: bool = logical_and v77, v80
  276: r2 = r1
  277: r2 &= r4
      ; v82: bit<8> = read var12
  278: r1 = *(u8 *)(r10 -22)
      ; v83: bit<8> = const 1
  279: r3 = 1
      ; v84: bool = eq v82, v83
  280: r4 = 1
  281: if r1 == r3 goto +1
  282: r4 = 0
      ; v85: bit<8> = read var12
  283: r1 = *(u8 *)(r10 -22)
      ; v86: bit<8> = const 2
  284: r3 = 2
      ; v87: bool = eq v85, v86
  285: r8 = 1
  286: if r1 == r3 goto +1
  287: r8 = 0
      ; v88: bool = logical_or v84, v87
  288: r1 = r4
  289: r1 |= r8
      ; v89: bool = logical_and v81, v88
  290: r3 = r2
  291: r3 &= r1
  292: if r3 != 0 goto +51
      ; v98: bool = read var13
  293: r1 = *(u8 *)(r10 -21)
      ; v99: bit<8> = read var12
  294: r2 = *(u8 *)(r10 -22)
      ; v100: bit<8> = const 3
  295: r3 = 3
      ; v101: bool = eq v99, v100
  296: r4 = 1
  297: if r2 == r3 goto +1
  298: r4 = 0
      ; v102: bool = logical_and v98, v101
  299: r2 = r1
  300: r2 &= r4
  301: if r2 != 0 goto +22
      ; v105: bit<8> = const 1
  302: r1 = 1
      ; write var6, v105
  303: *(u8 *)(r10 -24) = r1
      ; v106: bit<32> = const 2
  304: r1 = 2
      ; v107: bit<32> = const 1
  305: r2 = 1
      ; count counter0[v106] += v107
  306: *(u32 *)(r10 -96) = r1
  307: *(u64 *)(r10 -144) = r2
  308: r1 = map[pipe_fw_stats] ll
  310: r2 = r10
  311: r2 += -96
  312: call bpf_map_lookup_elem
  313: r1 = r0
  314: if r1 == 0 goto +8
  315: r2 = *(u64 *)(r1 +0)
  316: r3 = *(u64 *)(r10 -144)
  317: r2 += r3
  318: *(u64 *)(r1 +0) = r2
  319: r2 = *(u64 *)(r1 +8)
  320: r3 = *(u32 *)(r10 -48)
  321: r2 += r3
  322: *(u64 *)(r1 +8) = r2
  323: goto +19
      ; v103: bit<32> = const 1
  324: r1 = 1
      ; v104: bit<32> = const 1
  325: r2 = 1
      ; count counter0[v103] += v104
  326: *(u32 *)(r10 -96) = r1
  327: *(u64 *)(r10 -144) = r2
  328: r1 = map[pipe_fw_stats] ll
  330: r2 = r10
  331: r2 += -96
  332: call bpf_map_lookup_elem
  333: r1 = r0
  334: if r1 == 0 goto +8
  335: r2 = *(u64 *)(r1 +0)
  336: r3 = *(u64 *)(r10 -144)
  337: r2 += r3
  338: *(u64 *)(r1 +0) = r2
  339: r2 = *(u64 *)(r1 +8)
  340: r3 = *(u32 *)(r10 -48)
  341: r2 += r3
  342: *(u64 *)(r1 +8) = r2
  343: goto +42
      ; v90: bit<8> = const 2
  344: r1 = 2
      ; write var12, v90
  345: *(u8 *)(r10 -22) = r1
      ; v91: bit<32> = read var8
  346: r1 = *(u32 *)(r10 -36)
      ; v92: bit<32> = read var9
  347: r2 = *(u32 *)(r10 -32)
      ; v93: bit<16> = read var10
  348: r3 = *(u16 *)(r10 -28)
      ; v94: bit<16> = read var11
  349: r4 = *(u16 *)(r10 -26)
      ; v95: bit<8> = read var12
  350: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  351: *(u64 *)(r10 -96) = 0
  352: *(u64 *)(r10 -88) = 0
  353: *(u32 *)(r10 -96) = r1
  354: *(u32 *)(r10 -92) = r2
  355: *(u16 *)(r10 -88) = r3
  356: *(u16 *)(r10 -86) = r4
  357: *(u64 *)(r10 -144) = 0
  358: *(u8 *)(r10 -144) = r8
  359: r1 = map[pipe_conns] ll
  361: r2 = r10
  362: r2 += -96
  363: r3 = r10
  364: r3 += -144
  365: r4 = 0
  366: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  367: r1 = 1
      ; v97: bit<32> = const 1
  368: r2 = 1
      ; count counter0[v96] += v97
  369: *(u32 *)(r10 -96) = r1
  370: *(u64 *)(r10 -144) = r2
  371: r1 = map[pipe_fw_stats] ll
  373: r2 = r10
  374: r2 += -96
  375: call bpf_map_lookup_elem
  376: r1 = r0
  377: if r1 == 0 goto +8
  378: r2 = *(u64 *)(r1 +0)
  379: r3 = *(u64 *)(r10 -144)
  380: r2 += r3
  381: *(u64 *)(r1 +0) = r2
  382: r2 = *(u64 *)(r1 +8)
  383: r3 = *(u32 *)(r10 -48)
  384: r2 += r3
  385: *(u64 *)(r1 +8) = r2
  386: goto +218
      ; v51: bit<8> = read var14
  387: r1 = *(u8 *)(r10 -20)
      ; v52: bit<8> = const 2
  388: r2 = 2
      ; v53: bool = eq v51, v52
  389: if r1 == r2 goto +41
      ; v60: bool = read var13
  390: r1 = *(u8 *)(r10 -21)
      ; v61: bit<8> = read var12
  391: r2 = *(u8 *)(r10 -22)
      ; v62: bit<8> = const 2
  392: r3 = 2
      ; v63: bool = eq v61, v62
  393: r4 = 1
  394: if r2 == r3 goto +1
  395: r4 = 0
      ; v64: bool = logical_and v60, v63
  396: r2 = r1
  397: r2 &= r4
      ; v65: bit<8> = read var14
  398: r1 = *(u8 *)(r10 -20)
      ; v66: bit<8> = const 0x10
  399: r3 = 16
      ; v67: bool = eq v65, v66
  400: r4 = 1
  401: if r1 == r3 goto +1
  402: r4 = 0
      ; v68: bool = logical_and v64, v67
  403: r1 = r2
  404: r1 &= r4
  405: if r1 != 0 goto +1
  406: goto +23
      ; v69: bit<8> = const 3
  407: r1 = 3
      ; write var12, v69
  408: *(u8 *)(r10 -22) = r1
      ; v70: bit<32> = read var8
  409: r1 = *(u32 *)(r10 -36)
      ; v71: bit<32> = read var9
  410: r2 = *(u32 *)(r10 -32)
      ; v72: bit<16> = read var10
  411: r3 = *(u16 *)(r10 -28)
      ; v73: bit<16> = read var11
  412: r4 = *(u16 *)(r10 -26)
      ; v74: bit<8> = read var12
  413: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  414: *(u64 *)(r10 -96) = 0
  415: *(u64 *)(r10 -88) = 0
  416: *(u32 *)(r10 -96) = r1
  417: *(u32 *)(r10 -92) = r2
  418: *(u16 *)(r10 -88) = r3
  419: *(u16 *)(r10 -86) = r4
  420: *(u64 *)(r10 -144) = 0
  421: *(u8 *)(r10 -144) = r8
  422: r1 = map[pipe_conns] ll
  424: r2 = r10
  425: r2 += -96
  426: r3 = r10
  427: r3 += -144
  428: r4 = 0
  429: call bpf_map_update_elem
  430: goto +23
      ; v54: bit<8> = const 1
  431: r1 = 1
      ; write var12, v54
  432: *(u8 *)(r10 -22) = r1
      ; v55: bit<32> = read var8
  433: r1 = *(u32 *)(r10 -36)
      ; v56: bit<32> = read var9
  434: r2 = *(u32 *)(r10 -32)
      ; v57: bit<16> = read var10
  435: r3 = *(u16 *)(r10 -28)
      ; v58: bit<16> = read var11
  436: r4 = *(u16 *)(r10 -26)
      ; v59: bit<8> = read var12
  437: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  438: *(u64 *)(r10 -96) = 0
  439: *(u64 *)(r10 -88) = 0
  440: *(u32 *)(r10 -96) = r1
  441: *(u32 *)(r10 -92) = r2
  442: *(u16 *)(r10 -88) = r3
  443: *(u16 *)(r10 -86) = r4
  444: *(u64 *)(r10 -144) = 0
  445: *(u8 *)(r10 -144) = r8
  446: r1 = map[pipe_conns] ll
  448: r2 = r10
  449: r2 += -96
  450: r3 = r10
  451: r3 += -144
  452: r4 = 0
  453: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  454: r1 = 0
      ; v76: bit<32> = const 1
  455: r2 = 1
      ; count counter0[v75] += v76
  456: *(u32 *)(r10 -96) = r1
  457: *(u64 *)(r10 -144) = r2
  458: r1 = map[pipe_fw_stats] ll
  460: r2 = r10
  461: r2 += -96
  462: call bpf_map_lookup_elem
  463: r1 = r0
  464: if r1 == 0 goto +8
  465: r2 = *(u64 *)(r1 +0)
  466: r3 = *(u64 *)(r10 -144)
  467: r2 += r3
  468: *(u64 *)(r1 +0) = r2
  469: r2 = *(u64 *)(r1 +8)
  470: r3 = *(u32 *)(r10 -48)
  471: r2 += r3
  472: *(u64 *)(r1 +8) = r2
  473: goto +131
      ; v36: bool = read var13
  474: r1 = *(u8 *)(r10 -21)
  475: if r1 != 0 goto +1
  476: goto +15
      ; v37: bit<32> = read var8
  477: r1 = *(u32 *)(r10 -36)
      ; v38: bit<32> = read var9
  478: r2 = *(u32 *)(r10 -32)
      ; v39: bit<16> = read var10
  479: r3 = *(u16 *)(r10 -28)
      ; v40: bit<16> = read var11
  480: r4 = *(u16 *)(r10 -26)
      ; map_delete map0(v37, v38, v39, v40)
  481: *(u64 *)(r10 -96) = 0
  482: *(u64 *)(r10 -88) = 0
  483: *(u32 *)(r10 -96) = r1
  484: *(u32 *)(r10 -92) = r2
  485: *(u16 *)(r10 -88) = r3
  486: *(u16 *)(r10 -86) = r4
  487: r1 = map[pipe_conns] ll
  489: r2 = r10
  490: r2 += -96
  491: call bpf_map_delete_elem
      ; v41: bool = read var7
  492: r1 = *(u8 *)(r10 -23)
  493: if r1 != 0 goto +44
      ; v44: bool = read var13
  494: r1 = *(u8 *)(r10 -21)
  495: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  496: r1 = 1
      ; write var6, v47
  497: *(u8 *)(r10 -24) = r1
      ; v48: bit<32> = const 2
  498: r1 = 2
      ; v49: bit<32> = const 1
  499: r2 = 1
      ; count counter0[v48] += v49
  500: *(u32 *)(r10 -96) = r1
  501: *(u64 *)(r10 -144) = r2
  502: r1 = map[pipe_fw_stats] ll
  504: r2 = r10
  505: r2 += -96
  506: call bpf_map_lookup_elem
  507: r1 = r0
  508: if r1 == 0 goto +8
  509: r2 = *(u64 *)(r1 +0)
  510: r3 = *(u64 *)(r10 -144)
  511: r2 += r3
  512: *(u64 *)(r1 +0) = r2
  513: r2 = *(u64 *)(r1 +8)
  514: r3 = *(u32 *)(r10 -48)
  515: r2 += r3
  516: *(u64 *)(r1 +8) = r2
  517: goto +19
      ; v45: bit<32> = const 1
  518: r1 = 1
      ; v46: bit<32> = const 1
  519: r2 = 1
      ; count counter0[v45] += v46
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
      ; v42: bit<32> = const 0
  538: r1 = 0
      ; v43: bit<32> = const 1
  539: r2 = 1
      ; count counter0[v42] += v43
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
  557: goto +47
      ; v7: bool = read var7
  558: r1 = *(u8 *)(r10 -23)
  559: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  560: r1 = 1
      ; write var6, v10
  561: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 2
  562: r1 = 2
      ; v12: bit<32> = const 1
  563: r2 = 1
      ; count counter0[v11] += v12
  564: *(u32 *)(r10 -96) = r1
  565: *(u64 *)(r10 -144) = r2
  566: r1 = map[pipe_fw_stats] ll
  568: r2 = r10
  569: r2 += -96
  570: call bpf_map_lookup_elem
  571: r1 = r0
  572: if r1 == 0 goto +8
  573: r2 = *(u64 *)(r1 +0)
  574: r3 = *(u64 *)(r10 -144)
  575: r2 += r3
  576: *(u64 *)(r1 +0) = r2
  577: r2 = *(u64 *)(r1 +8)
  578: r3 = *(u32 *)(r10 -48)
  579: r2 += r3
  580: *(u64 *)(r1 +8) = r2
  581: goto +19
      ; v8: bit<32> = const 0
  582: r1 = 0
      ; v9: bit<32> = const 1
  583: r2 = 1
      ; count counter0[v8] += v9
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
  601: goto +3
  602: goto +2
      ; drop
  603: r0 = 2
  604: exit
      ; epilogue: verdict
  605: r1 = *(u8 *)(r10 -24)
  606: if r1 != 0 goto +2
  607: r0 = 0
  608: exit
  609: if r1 != 2 goto +4
  610: r1 = *(u32 *)(r10 -40)
  611: r2 = 0
  612: call bpf_redirect
  613: exit
  614: r0 = 2
  615: exit
