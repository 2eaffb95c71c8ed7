; stateful_firewall for xdp: 661 instructions, stack 184 bytes, 2 maps
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
   30: goto +579
   31: r3 = r1
   32: r3 += 1
   33: *(u32 *)(r10 -72) = r3
   34: r1 += 14
   35: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   36: r1 = *(u16 *)(r2 +12)
   37: r1 = be16 r1
   38: if r1 != 2048 goto +1
   39: goto +1
   40: goto +83
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   41: r1 = *(u64 *)(r10 -16)
   42: if r1 > 16383 goto +5
   43: r2 = r6
   44: r2 += r1
   45: r3 = r2
   46: r3 += 20
   47: if r3 <= r7 goto +2
   48: *(u32 *)(r10 -56) = 1
   49: goto +560
   50: r3 = r1
   51: r3 += 1
   52: *(u32 *)(r10 -68) = r3
   53: r1 += 20
   54: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   55: r1 = *(u8 *)(r2 +0)
   56: r1 &= 15
      ; v2: bit<4> = const 5
   57: r3 = 5
      ; v3: bool = ge v1, v2
   58: r4 = 1
   59: if r1 >= r3 goto +1
   60: r4 = 0
      ; verify v3, error HeaderTooShort
   61: if r4 != 0 goto +2
   62: *(u32 *)(r10 -56) = 4
   63: goto +546
      ; v4: bit<4> = read_field hdr1.ihl
   64: r1 = *(u8 *)(r2 +0)
   65: r1 &= 15
      ; v5: bit<32> = cast v4
   66: r3 = r1
   67: w3 = w3
      ; v6: bit<32> = const 5
   68: r1 = 5
      ; v7: bit<32> = sub v5, v6
   69: r4 = r3
   70: r4 -= r1
   71: w4 = w4
      ; v8: bit<32> = const 0x20
   72: r1 = 32
      ; v9: bit<32> = mul v7, v8
   73: r3 = r4
   74: r3 *= r1
   75: w3 = w3
      ; advance v9
   76: r1 = r3
   77: r1 &= 7
   78: if r1 == 0 goto +2
   79: *(u32 *)(r10 -56) = 6
   80: goto +529
   81: r1 = r3
   82: r1 >>= 3
   83: r3 = *(u64 *)(r10 -16)
   84: r3 += r1
   85: if r3 > 16383 goto +3
   86: r1 = r6
   87: r1 += r3
   88: if r1 <= r7 goto +2
   89: *(u32 *)(r10 -56) = 1
   90: goto +519
   91: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   92: r1 = *(u16 *)(r2 +6)
   93: r1 = be16 r1
   94: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   95: r3 = *(u8 *)(r2 +9)
   96: if r1 != 0 goto +2
   97: if r3 != 6 goto +1
   98: goto +1
   99: goto +24
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  100: r1 = *(u64 *)(r10 -16)
  101: if r1 > 16383 goto +5
  102: r2 = r6
  103: r2 += r1
  104: r3 = r2
  105: r3 += 20
  106: if r3 <= r7 goto +2
  107: *(u32 *)(r10 -56) = 1
  108: goto +501
  109: r3 = r1
  110: r3 += 1
  111: *(u32 *)(r10 -64) = r3
  112: r1 += 20
  113: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  114: r1 = *(u8 *)(r2 +12)
  115: r1 >>= 4
  116: r1 &= 15
      ; v13: bit<4> = const 5
  117: r2 = 5
      ; v14: bool = ge v12, v13
  118: r3 = 1
  119: if r1 >= r2 goto +1
  120: r3 = 0
      ; verify v14, error HeaderTooShort
  121: if r3 != 0 goto +2
  122: *(u32 *)(r10 -56) = 4
  123: goto +486
      ; v0: bool = is_valid hdr1
  124: r1 = *(u32 *)(r10 -68)
  125: if r1 == 0 goto +1
  126: r1 = 1
      ; v1: bool = not v0
  127: r2 = r1
  128: r2 ^= 1
  129: if r2 != 0 goto +479
      ; v2: bit<32> = read var2
  130: r1 = *(u32 *)(r10 -52)
      ; v3: bit<32> = const 1
  131: r2 = 1
      ; v4: bool = eq v2, v3
  132: r3 = 1
  133: if r1 == r2 goto +1
  134: r3 = 0
      ; write var7, v4
  135: *(u8 *)(r10 -23) = r3
      ; v5: bool = is_valid hdr2
  136: r1 = *(u32 *)(r10 -64)
  137: if r1 == 0 goto +1
  138: r1 = 1
      ; v6: bool = not v5
  139: r2 = r1
  140: r2 ^= 1
  141: if r2 != 0 goto +423
      ; v13: bool = read var7
  142: r1 = *(u8 *)(r10 -23)
  143: if r1 != 0 goto +41
      ; v18: bit<32> = read_field hdr1.dstAddr
  144: r1 = *(u32 *)(r10 -68)
  145: if r1 == 0 goto +7
  146: r1 -= 1
  147: if r1 > 16383 goto +5
  148: r2 = r6
  149: r2 += r1
  150: r1 = r2
  151: r1 += 20
  152: if r1 <= r7 goto +1
  153: r2 = 0
  154: r1 = 0
  155: if r2 == 0 goto +2
  156: r1 = *(u32 *)(r2 +16)
  157: r1 = be32 r1
      ; write var8, v18
  158: *(u32 *)(r10 -36) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
  159: r1 = 0
  160: if r2 == 0 goto +2
  161: r1 = *(u32 *)(r2 +12)
  162: r1 = be32 r1
      ; write var9, v19
  163: *(u32 *)(r10 -32) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
  164: r1 = *(u32 *)(r10 -64)
  165: if r1 == 0 goto +7
  166: r1 -= 1
  167: if r1 > 16383 goto +5
  168: r2 = r6
  169: r2 += r1
  170: r1 = r2
  171: r1 += 20
  172: if r1 <= r7 goto +1
  173: r2 = 0
  174: r1 = 0
  175: if r2 == 0 goto +2
  176: r1 = *(u16 *)(r2 +2)
  177: r1 = be16 r1
      ; write var10, v20
  178: *(u16 *)(r10 -28) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
  179: r1 = 0
  180: if r2 == 0 goto +2
  181: r1 = *(u16 *)(r2 +0)
  182: r1 = be16 r1
      ; write var11, v21
  183: *(u16 *)(r10 -26) = r1
  184: goto +40
      ; v14: bit<32> = read_field hdr1.srcAddr
  185: r1 = *(u32 *)(r10 -68)
  186: if r1 == 0 goto +7
  187: r1 -= 1
  188: if r1 > 16383 goto +5
  189: r2 = r6
  190: r2 += r1
  191: r1 = r2
  192: r1 += 20
  193: if r1 <= r7 goto +1
  194: r2 = 0
  195: r1 = 0
  196: if r2 == 0 goto +2
  197: r1 = *(u32 *)(r2 +12)
  198: r1 = be32 r1
      ; write var8, v14
  199: *(u32 *)(r10 -36) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
  200: r1 = 0
  201: if r2 == 0 goto +2
  202: r1 = *(u32 *)(r2 +16)
  203: r1 = be32 r1
      ; write var9, v15
  204: *(u32 *)(r10 -32) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  205: r1 = *(u32 *)(r10 -64)
  206: if r1 == 0 goto +7
  207: r1 -= 1
  208: if r1 > 16383 goto +5
  209: r2 = r6
  210: r2 += r1
  211: r1 = r2
  212: r1 += 20
  213: if r1 <= r7 goto +1
  214: r2 = 0
  215: r1 = 0
  216: if r2 == 0 goto +2
  217: r1 = *(u16 *)(r2 +0)
  218: r1 = be16 r1
      ; write var10, v16
  219: *(u16 *)(r10 -28) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  220: r1 = 0
  221: if r2 == 0 goto +2
  222: r1 = *(u16 *)(r2 +2)
  223: r1 = be16 r1
      ; write var11, v17
  224: *(u16 *)(r10 -26) = r1
      ; v22: bit<32> = read var8
  225: r1 = *(u32 *)(r10 -36)
      ; v23: bit<32> = read var9
  226: r2 = *(u32 *)(r10 -32)
      ; v24: bit<16> = read var10
  227: r3 = *(u16 *)(r10 -28)
      ; v25: bit<16> = read var11
  228: r4 = *(u16 *)(r10 -26)
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  229: *(u64 *)(r10 -96) = 0
  230: *(u64 *)(r10 -88) = 0
  231: *(u32 *)(r10 -96) = r1
  232: *(u32 *)(r10 -92) = r2
  233: *(u16 *)(r10 -88) = r3
  234: *(u16 *)(r10 -86) = r4
  235: r1 = map[pipe_conns] ll
  237: r2 = r10
  238: r2 += -96
  239: call bpf_map_lookup_elem
  240: r1 = r0
  241: if r1 == 0 goto +4
  242: r2 = 1
  243: r3 = *(u8 *)(r1 +0)
  244: r3 &= 255
  245: goto +2
  246: r2 = 0
  247: r3 = 0
      ; write var12, v27
  248: *(u8 *)(r10 -22) = r3
      ; write var13, v26
  249: *(u8 *)(r10 -21) = r2
      ; v28: bit<8> = read_field hdr2.flags
  250: r1 = *(u32 *)(r10 -64)
  251: if r1 == 0 goto +7
  252: r1 -= 1
  253: if r1 > 16383 goto +5
  254: r2 = r6
  255: r2 += r1
  256: r1 = r2
  257: r1 += 20
  258: if r1 <= r7 goto +1
  259: r2 = 0
  260: r1 = 0
  261: if r2 == 0 goto +1
  262: r1 = *(u8 *)(r2 +13)
      ; v29: bit<8> = const 0x12
  263: r3 = 18
      ; v30: bit<8> = and v28, v29
  264: r4 = r1
  265: r4 &= r3
      ; write var14, v30
  266: *(u8 *)(r10 -20) = r4
      ; v31: bit<8> = read_field hdr2.flags
  267: r1 = 0
  268: if r2 == 0 goto +1
  269: r1 = *(u8 *)(r2 +13)
      ; v32: bit<8> = const 4
  270: r2 = 4
      ; v33: bit<8> = and v31, v32
  271: r3 = r1
  272: r3 &= r2
      ; v34: bit<8> = const 0
  273: r1 = 0
      ; v35: bool = ne v33, v34
  274: if r3 != r1 goto +206
      ; v50: bool = read var7
  275: r1 = *(u8 *)(r10 -23)
  276: if r1 != 0 goto +117
      ; v77: bool = read var13
  277: r1 = *(u8 *)(r10 -21)
      ; v78: bit<8> = read var14
  278: r2 = *(u8 *)(r10 -20)
      ; v79: bit<8> = const 0x12
  279: r3 = 18
      ; v80: bool = eq v78, v79
  280: r4 = 1
  281: if r2 == r3 goto +1
  282: r4 = 0
      ; v81: bool = logical_and v77, v80
  283: r2 = r1
  284: r2 &= r4
      ; v82: bit<8> = read var12
  285: r1 = *(u8 *)(r10 -22)
      ; v83: bit<8> = const 1
  286: r3 = 1
      ; v84: bool = eq v82, v83
  287: r4 = 1
  288: if r1 == r3 goto +1
  289: r4 = 0
      ; v85: bit<8> = read var12
  290: r1 = *(u8 *)(r10 -22)
      ; v86: bit<8> = const 2
  291: r3 = 2
      ; v87: bool = eq v85, v86
  292: r8 = 1
  293: if r1 == r3 goto +1
  294: r8 = 0
      ; v88: bool = logical_or v84, v87
  295: r1 = r4
  296: r1 |= r8
      ; v89: bool = logical_and v81, v88
  297: r3 = r2
  298: r3 &= r1
  299: if r3 != 0 goto +51
      ; v98: bool = read var13
  300: r1 = *(u8 *)(r10 -21)
      ; v99: bit<8> = read var12
  301: r2 = *(u8 *)(r10 -22)
      ; v100: bit<8> = const 3
  302: r3 = 3
      ; v101: bool = eq v99, v100
  303: r4 = 1
  304: if r2 == r3 goto +1
  305: r4 = 0
      ; v102: bool = logical_and v98, v101
  306: r2 = r1
  307: r2 &= r4
  308: if r2 != 0 goto +22
      ; v105: bit<8> = const 1
  309: r1 = 1
      ; write var6, v105
  310: *(u8 *)(r10 -24) = r1
      ; v106: bit<32> = const 2
  311: r1 = 2
      ; v107: bit<32> = const 1
  312: r2 = 1
      ; count counter0[v106] += v107
  313: *(u32 *)(r10 -96) = r1
  314: *(u64 *)(r10 -144) = r2
  315: r1 = map[pipe_fw_stats] ll
  317: r2 = r10
  318: r2 += -96
  319: call bpf_map_lookup_elem
  320: r1 = r0
  321: if r1 == 0 goto +8
  322: r2 = *(u64 *)(r1 +0)
  323: r3 = *(u64 *)(r10 -144)
  324: r2 += r3
  325: *(u64 *)(r1 +0) = r2
  326: r2 = *(u64 *)(r1 +8)
  327: r3 = *(u32 *)(r10 -48)
  328: r2 += r3
  329: *(u64 *)(r1 +8) = r2
  330: goto +19
      ; v103: bit<32> = const 1
  331: r1 = 1
      ; v104: bit<32> = const 1
  332: r2 = 1
      ; count counter0[v103] += v104
  333: *(u32 *)(r10 -96) = r1
  334: *(u64 *)(r10 -144) = r2
  335: r1 = map[pipe_fw_stats] ll
  337: r2 = r10
  338: r2 += -96
  339: call bpf_map_lookup_elem
  340: r1 = r0
  341: if r1 == 0 goto +8
  342: r2 = *(u64 *)(r1 +0)
  343: r3 = *(u64 *)(r10 -144)
  344: r2 += r3
  345: *(u64 *)(r1 +0) = r2
  346: r2 = *(u64 *)(r1 +8)
  347: r3 = *(u32 *)(r10 -48)
  348: r2 += r3
  349: *(u64 *)(r1 +8) = r2
  350: goto +42
      ; v90: bit<8> = const 2
  351: r1 = 2
      ; write var12, v90
  352: *(u8 *)(r10 -22) = r1
      ; v91: bit<32> = read var8
  353: r1 = *(u32 *)(r10 -36)
      ; v92: bit<32> = read var9
  354: r2 = *(u32 *)(r10 -32)
      ; v93: bit<16> = read var10
  355: r3 = *(u16 *)(r10 -28)
      ; v94: bit<16> = read var11
  356: r4 = *(u16 *)(r10 -26)
      ; v95: bit<8> = read var12
  357: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  358: *(u64 *)(r10 -96) = 0
  359: *(u64 *)(r10 -88) = 0
  360: *(u32 *)(r10 -96) = r1
  361: *(u32 *)(r10 -92) = r2
  362: *(u16 *)(r10 -88) = r3
  363: *(u16 *)(r10 -86) = r4
  364: *(u64 *)(r10 -144) = 0
  365: *(u8 *)(r10 -144) = r8
  366: r1 = map[pipe_conns] ll
  368: r2 = r10
  369: r2 += -96
  370: r3 = r10
  371: r3 += -144
  372: r4 = 0
  373: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  374: r1 = 1
      ; v97: bit<32> = const 1
  375: r2 = 1
      ; count counter0[v96] += v97
  376: *(u32 *)(r10 -96) = r1
  377: *(u64 *)(r10 -144) = r2
  378: r1 = map[pipe_fw_stats] ll
  380: r2 = r10
  381: r2 += -96
  382: call bpf_map_lookup_elem
  383: r1 = r0
  384: if r1 == 0 goto +8
  385: r2 = *(u64 *)(r1 +0)
  386: r3 = *(u64 *)(r10 -144)
  387: r2 += r3
  388: *(u64 *)(r1 +0) = r2
  389: r2 = *(u64 *)(r1 +8)
  390: r3 = *(u32 *)(r10 -48)
  391: r2 += r3
  392: *(u64 *)(r1 +8) = r2
  393: goto +237
      ; v51: bit<8> = read var14
  394: r1 = *(u8 *)(r10 -20)
      ; v52: bit<8> = const 2
  395: r2 = 2
      ; v53: bool = eq v51, v52
  396: if r1 == r2 goto +41
      ; v60: bool = read var13
  397: r1 = *(u8 *)(r10 -21)
      ; v61: bit<8> = read var12
  398: r2 = *(u8 *)(r10 -22)
      ; v62: bit<8> = const 2
  399: r3 = 2
      ; v63: bool = eq v61, v62
  400: r4 = 1
  401: if r2 == r3 goto +1
  402: r4 = 0
      ; v64: bool = logical_and v60, v63
  403: r2 = r1
  404: r2 &= r4
      ; v65: bit<8> = read var14
  405: r1 = *(u8 *)(r10 -20)
      ; v66: bit<8> = const 0x10
  406: r3 = 16
      ; v67: bool = eq v65, v66
  407: r4 = 1
  408: if r1 == r3 goto +1
  409: r4 = 0
      ; v68: bool = logical_and v64, v67
  410: r1 = r2
  411: r1 &= r4
  412: if r1 != 0 goto +1
  413: goto +23
      ; v69: bit<8> = const 3
  414: r1 = 3
      ; write var12, v69
  415: *(u8 *)(r10 -22) = r1
      ; v70: bit<32> = read var8
  416: r1 = *(u32 *)(r10 -36)
      ; v71: bit<32> = read var9
  417: r2 = *(u32 *)(r10 -32)
      ; v72: bit<16> = read var10
  418: r3 = *(u16 *)(r10 -28)
      ; v73: bit<16> = read var11
  419: r4 = *(u16 *)(r10 -26)
      ; v74: bit<8> = read var12
  420: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  421: *(u64 *)(r10 -96) = 0
  422: *(u64 *)(r10 -88) = 0
  423: *(u32 *)(r10 -96) = r1
  424: *(u32 *)(r10 -92) = r2
  425: *(u16 *)(r10 -88) = r3
  426: *(u16 *)(r10 -86) = r4
  427: *(u64 *)(r10 -144) = 0
  428: *(u8 *)(r10 -144) = r8
  429: r1 = map[pipe_conns] ll
  431: r2 = r10
  432: r2 += -96
  433: r3 = r10
  434: r3 += -144
  435: r4 = 0
  436: call bpf_map_update_elem
  437: goto +23
      ; v54: bit<8> = const 1
  438: r1 = 1
      ; write var12, v54
  439: *(u8 *)(r10 -22) = r1
      ; v55: bit<32> = read var8
  440: r1 = *(u32 *)(r10 -36)
      ; v56: bit<32> = read var9
  441: r2 = *(u32 *)(r10 -32)
      ; v57: bit<16> = read var10
  442: r3 = *(u16 *)(r10 -28)
      ; v58: bit<16> = read var11
  443: r4 = *(u16 *)(r10 -26)
      ; v59: bit<8> = read var12
  444: r8 = *(u8 *)(r10 -22)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  445: *(u64 *)(r10 -96) = 0
  446: *(u64 *)(r10 -88) = 0
  447: *(u32 *)(r10 -96) = r1
  448: *(u32 *)(r10 -92) = r2
  449: *(u16 *)(r10 -88) = r3
  450: *(u16 *)(r10 -86) = r4
  451: *(u64 *)(r10 -144) = 0
  452: *(u8 *)(r10 -144) = r8
  453: r1 = map[pipe_conns] ll
  455: r2 = r10
  456: r2 += -96
  457: r3 = r10
  458: r3 += -144
  459: r4 = 0
  460: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  461: r1 = 0
      ; v76: bit<32> = const 1
  462: r2 = 1
      ; count counter0[v75] += v76
  463: *(u32 *)(r10 -96) = r1
  464: *(u64 *)(r10 -144) = r2
  465: r1 = map[pipe_fw_stats] ll
  467: r2 = r10
  468: r2 += -96
  469: call bpf_map_lookup_elem
  470: r1 = r0
  471: if r1 == 0 goto +8
  472: r2 = *(u64 *)(r1 +0)
  473: r3 = *(u64 *)(r10 -144)
  474: r2 += r3
  475: *(u64 *)(r1 +0) = r2
  476: r2 = *(u64 *)(r1 +8)
  477: r3 = *(u32 *)(r10 -48)
  478: r2 += r3
  479: *(u64 *)(r1 +8) = r2
  480: goto +150
      ; v36: bool = read var13
  481: r1 = *(u8 *)(r10 -21)
  482: if r1 != 0 goto +1
  483: goto +15
      ; v37: bit<32> = read var8
  484: r1 = *(u32 *)(r10 -36)
      ; v38: bit<32> = read var9
  485: r2 = *(u32 *)(r10 -32)
      ; v39: bit<16> = read var10
  486: r3 = *(u16 *)(r10 -28)
      ; v40: bit<16> = read var11
  487: r4 = *(u16 *)(r10 -26)
      ; map_delete map0(v37, v38, v39, v40)
  488: *(u64 *)(r10 -96) = 0
  489: *(u64 *)(r10 -88) = 0
  490: *(u32 *)(r10 -96) = r1
  491: *(u32 *)(r10 -92) = r2
  492: *(u16 *)(r10 -88) = r3
  493: *(u16 *)(r10 -86) = r4
  494: r1 = map[pipe_conns] ll
  496: r2 = r10
  497: r2 += -96
  498: call bpf_map_delete_elem
      ; v41: bool = read var7
  499: r1 = *(u8 *)(r10 -23)
  500: if r1 != 0 goto +44
      ; v44: bool = read var13
  501: r1 = *(u8 *)(r10 -21)
  502: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  503: r1 = 1
      ; write var6, v47
  504: *(u8 *)(r10 -24) = r1
      ; v48: bit<32> = const 2
  505: r1 = 2
      ; v49: bit<32> = const 1
  506: r2 = 1
      ; count counter0[v48] += v49
  507: *(u32 *)(r10 -96) = r1
  508: *(u64 *)(r10 -144) = r2
  509: r1 = map[pipe_fw_stats] ll
  511: r2 = r10
  512: r2 += -96
  513: call bpf_map_lookup_elem
  514: r1 = r0
  515: if r1 == 0 goto +8
  516: r2 = *(u64 *)(r1 +0)
  517: r3 = *(u64 *)(r10 -144)
  518: r2 += r3
  519: *(u64 *)(r1 +0) = r2
  520: r2 = *(u64 *)(r1 +8)
  521: r3 = *(u32 *)(r10 -48)
  522: r2 += r3
  523: *(u64 *)(r1 +8) = r2
  524: goto +19
      ; v45: bit<32> = const 1
  525: r1 = 1
      ; v46: bit<32> = const 1
  526: r2 = 1
      ; count counter0[v45] += v46
  527: *(u32 *)(r10 -96) = r1
  528: *(u64 *)(r10 -144) = r2
  529: r1 = map[pipe_fw_stats] ll
  531: r2 = r10
  532: r2 += -96
  533: call bpf_map_lookup_elem
  534: r1 = r0
  535: if r1 == 0 goto +8
  536: r2 = *(u64 *)(r1 +0)
  537: r3 = *(u64 *)(r10 -144)
  538: r2 += r3
  539: *(u64 *)(r1 +0) = r2
  540: r2 = *(u64 *)(r1 +8)
  541: r3 = *(u32 *)(r10 -48)
  542: r2 += r3
  543: *(u64 *)(r1 +8) = r2
  544: goto +19
      ; v42: bit<32> = const 0
  545: r1 = 0
      ; v43: bit<32> = const 1
  546: r2 = 1
      ; count counter0[v42] += v43
  547: *(u32 *)(r10 -96) = r1
  548: *(u64 *)(r10 -144) = r2
  549: r1 = map[pipe_fw_stats] ll
  551: r2 = r10
  552: r2 += -96
  553: call bpf_map_lookup_elem
  554: r1 = r0
  555: if r1 == 0 goto +8
  556: r2 = *(u64 *)(r1 +0)
  557: r3 = *(u64 *)(r10 -144)
  558: r2 += r3
  559: *(u64 *)(r1 +0) = r2
  560: r2 = *(u64 *)(r1 +8)
  561: r3 = *(u32 *)(r10 -48)
  562: r2 += r3
  563: *(u64 *)(r1 +8) = r2
  564: goto +66
      ; v7: bool = read var7
  565: r1 = *(u8 *)(r10 -23)
  566: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  567: r1 = 1
      ; write var6, v10
  568: *(u8 *)(r10 -24) = r1
      ; v11: bit<32> = const 2
  569: r1 = 2
      ; v12: bit<32> = const 1
  570: r2 = 1
      ; count counter0[v11] += v12
  571: *(u32 *)(r10 -96) = r1
  572: *(u64 *)(r10 -144) = r2
  573: r1 = map[pipe_fw_stats] ll
  575: r2 = r10
  576: r2 += -96
  577: call bpf_map_lookup_elem
  578: r1 = r0
  579: if r1 == 0 goto +8
  580: r2 = *(u64 *)(r1 +0)
  581: r3 = *(u64 *)(r10 -144)
  582: r2 += r3
  583: *(u64 *)(r1 +0) = r2
  584: r2 = *(u64 *)(r1 +8)
  585: r3 = *(u32 *)(r10 -48)
  586: r2 += r3
  587: *(u64 *)(r1 +8) = r2
  588: goto +19
      ; v8: bit<32> = const 0
  589: r1 = 0
      ; v9: bit<32> = const 1
  590: r2 = 1
      ; count counter0[v8] += v9
  591: *(u32 *)(r10 -96) = r1
  592: *(u64 *)(r10 -144) = r2
  593: r1 = map[pipe_fw_stats] ll
  595: r2 = r10
  596: r2 += -96
  597: call bpf_map_lookup_elem
  598: r1 = r0
  599: if r1 == 0 goto +8
  600: r2 = *(u64 *)(r1 +0)
  601: r3 = *(u64 *)(r10 -144)
  602: r2 += r3
  603: *(u64 *)(r1 +0) = r2
  604: r2 = *(u64 *)(r1 +8)
  605: r3 = *(u32 *)(r10 -48)
  606: r2 += r3
  607: *(u64 *)(r1 +8) = r2
  608: goto +22
  609: goto +21
      ; drop
  610: r1 = *(u32 *)(r10 -44)
  611: r2 = *(u32 *)(r10 -40)
  612: *(u64 *)(r10 -160) = r1
  613: *(u64 *)(r10 -168) = r2
  614: r1 = *(u64 *)(r10 -8)
  615: r2 = 0xfffffffffffffff8 ll
  617: call bpf_xdp_adjust_meta
  618: if r0 != 0 goto +10
  619: r1 = *(u64 *)(r10 -8)
  620: r2 = *(u32 *)(r1 +8)
  621: r3 = *(u32 *)(r1 +0)
  622: r1 = r2
  623: r1 += 8
  624: if r1 > r3 goto +4
  625: r1 = *(u64 *)(r10 -160)
  626: *(u32 *)(r2 +0) = r1
  627: r1 = *(u64 *)(r10 -168)
  628: *(u32 *)(r2 +4) = r1
  629: r0 = 1
  630: exit
      ; epilogue: verdict
  631: r1 = *(u32 *)(r10 -44)
  632: r2 = *(u32 *)(r10 -40)
  633: *(u64 *)(r10 -176) = r1
  634: *(u64 *)(r10 -184) = r2
  635: r1 = *(u64 *)(r10 -8)
  636: r2 = 0xfffffffffffffff8 ll
  638: call bpf_xdp_adjust_meta
  639: if r0 != 0 goto +10
  640: r1 = *(u64 *)(r10 -8)
  641: r2 = *(u32 *)(r1 +8)
  642: r3 = *(u32 *)(r1 +0)
  643: r1 = r2
  644: r1 += 8
  645: if r1 > r3 goto +4
  646: r1 = *(u64 *)(r10 -176)
  647: *(u32 *)(r2 +0) = r1
  648: r1 = *(u64 *)(r10 -184)
  649: *(u32 *)(r2 +4) = r1
  650: r1 = *(u8 *)(r10 -24)
  651: if r1 != 0 goto +2
  652: r0 = 2
  653: exit
  654: if r1 != 2 goto +4
  655: r1 = *(u32 *)(r10 -40)
  656: r2 = 0
  657: call bpf_redirect
  658: exit
  659: r0 = 1
  660: exit
