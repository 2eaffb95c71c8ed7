; stateful_firewall for classifier: 491 instructions, stack 136 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +76)
    3: r7 = *(u32 *)(r3 +80)
    4: r4 = r6
    5: r2 = 0
    6: r8 = 0
    7: *(u64 *)(r10 -56) = 0
    8: *(u64 *)(r10 -48) = 0
    9: *(u64 *)(r10 -40) = 0
   10: *(u64 *)(r10 -32) = 0
   11: *(u64 *)(r10 -24) = 0
   12: *(u64 *)(r10 -16) = 0
   13: r1 = *(u32 *)(r3 +0)
   14: *(u32 *)(r10 -44) = r1
   15: r1 = *(u32 *)(r3 +36)
   16: *(u32 *)(r10 -48) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   17: r1 = r4
   18: r4 += 14
   19: if r4 > r7 goto +458
      ; v0: bit<16> = read_field hdr0.etherType
   20: r1 = *(u16 *)(r1 +12)
   21: r1 = be16 r1
   22: if r1 != 2048 goto +47
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r2 = r4
   24: r4 += 20
   25: if r4 > r7 goto +452
      ; v1: bit<4> = read_field hdr1.ihl
   26: r9 = *(u8 *)(r2 +0)
   27: r9 &= 15
      ; v2: bit<4> = const 5
   28: r3 = 5
      ; v3: bool = ge v1, v2
   29: r1 = 1
   30: if r9 >= r3 goto +1
   31: r1 = 0
      ; verify v3, error HeaderTooShort
   32: if r1 == 0 goto +445
      ; v4: bit<4> = read_field hdr1.ihl
   33: r1 = *(u8 *)(r2 +0)
   34: r1 &= 15
      ; v5: bit<32> = cast v4
   35: w1 = w1
      ; v6: bit<32> = const 5
   36: r3 = 5
      ; v7: bit<32> = sub v5, v6
   37: r1 -= r3
   38: w1 = w1
      ; v8: bit<32> = const 0x20
   39: r3 = 32
      ; v9: bit<32> = mul v7, v8
   40: r1 *= r3
   41: w1 = w1
      ; advance v9
   42: if r1 & 7 goto +435
   43: r3 = r1
   44: r3 >>= 3
   45: if r3 > 16383 goto +432
   46: r1 = r4
   47: r1 -= r6
   48: r3 += r1
   49: if r3 > 16383 goto +428
   50: r4 = r6
   51: r4 += r3
   52: if r4 > r7 goto +425
      ; v10: bit<13> = read_field hdr1.fragOffset
   53: r3 = *(u16 *)(r2 +6)
   54: r3 = be16 r3
   55: r3 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   56: r1 = *(u8 *)(r2 +9)
   57: if r3 != 0 goto +12
   58: if r1 != 6 goto +11
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   59: r8 = r4
   60: r4 += 20
   61: if r4 > r7 goto +416
      ; v12: bit<4> = read_field hdr2.dataOffset
   62: r4 = *(u8 *)(r8 +12)
   63: r4 >>= 4
   64: r4 &= 15
      ; v13: bit<4> = const 5
   65: r3 = 5
      ; v14: bool = ge v12, v13
   66: r1 = 1
   67: if r4 >= r3 goto +1
   68: r1 = 0
      ; verify v14, error HeaderTooShort
   69: if r1 == 0 goto +408
      ; v0: bool = is_valid hdr1
   70: r1 = 0
   71: if r2 == 0 goto +1
   72: r1 = 1
      ; v1: bool = not v0
   73: r1 ^= 1
   74: if r1 != 0 goto +405
      ; v2: bit<32> = read var2
   75: r4 = *(u32 *)(r10 -48)
      ; v3: bit<32> = const 1
   76: r3 = 1
      ; v4: bool = eq v2, v3
   77: r1 = 1
   78: if r4 == r3 goto +1
   79: r1 = 0
      ; write var7, v4
   80: *(u8 *)(r10 -19) = r1
      ; v5: bool = is_valid hdr2
   81: r1 = 0
   82: if r8 == 0 goto +1
   83: r1 = 1
      ; v6: bool = not v5
   84: r1 ^= 1
   85: if r1 != 0 goto +348
      ; v13: bool = read var7
   86: r1 = *(u8 *)(r10 -19)
   87: if r1 != 0 goto +13
      ; v18: bit<32> = read_field hdr1.dstAddr
   88: r1 = *(u32 *)(r2 +16)
   89: r1 = be32 r1
      ; write var8, v18
   90: *(u32 *)(r10 -32) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   91: r1 = *(u32 *)(r2 +12)
   92: r1 = be32 r1
      ; write var9, v19
   93: *(u32 *)(r10 -28) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   94: r1 = *(u16 *)(r8 +2)
   95: r1 = be16 r1
      ; write var10, v20
   96: *(u16 *)(r10 -24) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   97: r1 = *(u16 *)(r8 +0)
   98: r1 = be16 r1
      ; write var11, v21
   99: *(u16 *)(r10 -22) = r1
  100: goto +12
      ; v14: bit<32> = read_field hdr1.srcAddr
  101: r1 = *(u32 *)(r2 +12)
  102: r1 = be32 r1
      ; write var8, v14
  103: *(u32 *)(r10 -32) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
  104: r1 = *(u32 *)(r2 +16)
  105: r1 = be32 r1
      ; write var9, v15
  106: *(u32 *)(r10 -28) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  107: r1 = *(u16 *)(r8 +0)
  108: r1 = be16 r1
      ; write var10, v16
  109: *(u16 *)(r10 -24) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  110: r1 = *(u16 *)(r8 +2)
  111: r1 = be16 r1
      ; write var11, v17
  112: *(u16 *)(r10 -22) = r1
      ; v22: bit<32> = read var8
  113: r4 = *(u32 *)(r10 -32)
      ; v23: bit<32> = read var9
  114: r3 = *(u32 *)(r10 -28)
      ; v24: bit<16> = read var10
  115: r2 = *(u16 *)(r10 -24)
      ; v25: bit<16> = read var11
  116: r1 = *(u16 *)(r10 -22)
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  117: *(u64 *)(r10 -80) = 0
  118: *(u64 *)(r10 -72) = 0
  119: *(u32 *)(r10 -80) = r4
  120: *(u32 *)(r10 -76) = r3
  121: *(u16 *)(r10 -72) = r2
  122: *(u16 *)(r10 -70) = r1
  123: r1 = map[pipe_conns] ll
  125: r2 = r10
  126: r2 += -80
  127: call bpf_map_lookup_elem
  128: r1 = r0
  129: if r1 == 0 goto +4
  130: r2 = 1
  131: r1 = *(u8 *)(r1 +0)
  132: r1 &= 255
  133: goto +2
  134: r2 = 0
  135: r1 = 0
      ; write var12, v27
  136: *(u8 *)(r10 -18) = r1
      ; write var13, v26
  137: *(u8 *)(r10 -17) = r2
      ; v28: bit<8> = read_field hdr2.flags
  138: r1 = *(u8 *)(r8 +13)
      ; v29: bit<8> = const 0x12
  139: r2 = 18
      ; v30: bit<8> = and v28, v29
  140: r1 &= r2
      ; write var14, v30
  141: *(u8 *)(r10 -16) = r1
      ; v31: bit<8> = read_field hdr2.flags
  142: r2 = *(u8 *)(r8 +13)
      ; v32: bit<8> = const 4
  143: r1 = 4
      ; v33: bit<8> = and v31, v32
  144: r2 &= r1
      ; v34: bit<8> = const 0
  145: r1 = 0
      ; v35: bool = ne v33, v34
  146: if r2 != r1 goto +204
      ; v50: bool = read var7
  147: r1 = *(u8 *)(r10 -19)
  148: if r1 != 0 goto +117
      ; v77: bool = read var13
  149: r4 = *(u8 *)(r10 -17)
      ; v78: bit<8> = read var14
  150: r3 = *(u8 *)(r10 -16)
      ; v79: bit<8> = const 0x12
  151: r2 = 18
      ; v80: bool = eq v78, v79
  152: r1 = 1
  153: if r3 == r2 goto +1
  154: r1 = 0
      ; v81: bool = logical_and v77, v80
  155: r8 = r4
  156: r8 &= r1
      ; v82: bit<8> = read var12
  157: r2 = *(u8 *)(r10 -18)
      ; v83: bit<8> = const 1
  158: r1 = 1
      ; v84: bool = eq v82, v83
  159: r4 = 1
  160: if r2 == r1 goto +1
  161: r4 = 0
      ; v85: bit<8> = read var12
  162: r3 = *(u8 *)(r10 -18)
      ; v86: bit<8> = const 2
  163: r2 = 2
      ; v87: bool = eq v85, v86
  164: r1 = 1
  165: if r3 == r2 goto +1
  166: r1 = 0
      ; v88: bool = logical_or v84, v87
  167: r2 = r4
  168: r2 |= r1
      ; v89: bool = logical_and v81, v88
  169: r1 = r8
  170: r1 &= r2
  171: if r1 != 0 goto +51
      ; v98: bool = read var13
  172: r4 = *(u8 *)(r10 -17)
      ; v99: bit<8> = read var12
  173: r3 = *(u8 *)(r10 -18)
      ; v100: bit<8> = const 3
  174: r1 = 3
      ; v101: bool = eq v99, v100
  175: r2 = 1
  176: if r3 == r1 goto +1
  177: r2 = 0
      ; v102: bool = logical_and v98, v101
  178: r1 = r4
  179: r1 &= r2
  180: if r1 != 0 goto +22
      ; v105: bit<8> = const 1
  181: r1 = 1
      ; write var6, v105
  182: *(u8 *)(r10 -20) = r1
      ; v106: bit<32> = const 2
  183: r2 = 2
      ; v107: bit<32> = const 1
  184: r1 = 1
      ; count counter0[v106] += v107
  185: *(u32 *)(r10 -80) = r2
  186: *(u64 *)(r10 -128) = r1
  187: r1 = map[pipe_fw_stats] ll
  189: r2 = r10
  190: r2 += -80
  191: call bpf_map_lookup_elem
  192: r3 = r0
  193: if r3 == 0 goto +286
  194: r2 = *(u64 *)(r3 +0)
  195: r1 = *(u64 *)(r10 -128)
  196: r2 += r1
  197: *(u64 *)(r3 +0) = r2
  198: r2 = *(u64 *)(r3 +8)
  199: r1 = *(u32 *)(r10 -44)
  200: r2 += r1
  201: *(u64 *)(r3 +8) = r2
  202: goto +277
      ; v103: bit<32> = const 1
  203: r2 = 1
      ; v104: bit<32> = const 1
  204: r1 = 1
      ; count counter0[v103] += v104
  205: *(u32 *)(r10 -80) = r2
  206: *(u64 *)(r10 -128) = r1
  207: r1 = map[pipe_fw_stats] ll
  209: r2 = r10
  210: r2 += -80
  211: call bpf_map_lookup_elem
  212: r3 = r0
  213: if r3 == 0 goto +266
  214: r2 = *(u64 *)(r3 +0)
  215: r1 = *(u64 *)(r10 -128)
  216: r2 += r1
  217: *(u64 *)(r3 +0) = r2
  218: r2 = *(u64 *)(r3 +8)
  219: r1 = *(u32 *)(r10 -44)
  220: r2 += r1
  221: *(u64 *)(r3 +8) = r2
  222: goto +257
      ; v90: bit<8> = const 2
  223: r1 = 2
      ; write var12, v90
  224: *(u8 *)(r10 -18) = r1
      ; v91: bit<32> = read var8
  225: r8 = *(u32 *)(r10 -32)
      ; v92: bit<32> = read var9
  226: r4 = *(u32 *)(r10 -28)
      ; v93: bit<16> = read var10
  227: r3 = *(u16 *)(r10 -24)
      ; v94: bit<16> = read var11
  228: r2 = *(u16 *)(r10 -22)
      ; v95: bit<8> = read var12
  229: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  230: *(u64 *)(r10 -80) = 0
  231: *(u64 *)(r10 -72) = 0
  232: *(u32 *)(r10 -80) = r8
  233: *(u32 *)(r10 -76) = r4
  234: *(u16 *)(r10 -72) = r3
  235: *(u16 *)(r10 -70) = r2
  236: *(u64 *)(r10 -128) = 0
  237: *(u8 *)(r10 -128) = r1
  238: r1 = map[pipe_conns] ll
  240: r2 = r10
  241: r2 += -80
  242: r3 = r10
  243: r3 += -128
  244: r4 = 0
  245: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  246: r2 = 1
      ; v97: bit<32> = const 1
  247: r1 = 1
      ; count counter0[v96] += v97
  248: *(u32 *)(r10 -80) = r2
  249: *(u64 *)(r10 -128) = r1
  250: r1 = map[pipe_fw_stats] ll
  252: r2 = r10
  253: r2 += -80
  254: call bpf_map_lookup_elem
  255: r3 = r0
  256: if r3 == 0 goto +223
  257: r2 = *(u64 *)(r3 +0)
  258: r1 = *(u64 *)(r10 -128)
  259: r2 += r1
  260: *(u64 *)(r3 +0) = r2
  261: r2 = *(u64 *)(r3 +8)
  262: r1 = *(u32 *)(r10 -44)
  263: r2 += r1
  264: *(u64 *)(r3 +8) = r2
  265: goto +214
      ; v51: bit<8> = read var14
  266: r2 = *(u8 *)(r10 -16)
      ; v52: bit<8> = const 2
  267: r1 = 2
      ; v53: bool = eq v51, v52
  268: if r2 == r1 goto +39
      ; v60: bool = read var13
  269: r4 = *(u8 *)(r10 -17)
      ; v61: bit<8> = read var12
  270: r3 = *(u8 *)(r10 -18)
      ; v62: bit<8> = const 2
  271: r2 = 2
      ; v63: bool = eq v61, v62
  272: r1 = 1
  273: if r3 == r2 goto +1
  274: r1 = 0
      ; v64: bool = logical_and v60, v63
  275: r4 &= r1
      ; v65: bit<8> = read var14
  276: r3 = *(u8 *)(r10 -16)
      ; v66: bit<8> = const 0x10
  277: r1 = 16
      ; v67: bool = eq v65, v66
  278: r2 = 1
  279: if r3 == r1 goto +1
  280: r2 = 0
      ; v68: bool = logical_and v64, v67
  281: r1 = r4
  282: r1 &= r2
  283: if r1 == 0 goto +47
      ; v69: bit<8> = const 3
  284: r1 = 3
      ; write var12, v69
  285: *(u8 *)(r10 -18) = r1
      ; v70: bit<32> = read var8
  286: r8 = *(u32 *)(r10 -32)
      ; v71: bit<32> = read var9
  287: r4 = *(u32 *)(r10 -28)
      ; v72: bit<16> = read var10
  288: r3 = *(u16 *)(r10 -24)
      ; v73: bit<16> = read var11
  289: r2 = *(u16 *)(r10 -22)
      ; v74: bit<8> = read var12
  290: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  291: *(u64 *)(r10 -80) = 0
  292: *(u64 *)(r10 -72) = 0
  293: *(u32 *)(r10 -80) = r8
  294: *(u32 *)(r10 -76) = r4
  295: *(u16 *)(r10 -72) = r3
  296: *(u16 *)(r10 -70) = r2
  297: *(u64 *)(r10 -128) = 0
  298: *(u8 *)(r10 -128) = r1
  299: r1 = map[pipe_conns] ll
  301: r2 = r10
  302: r2 += -80
  303: r3 = r10
  304: r3 += -128
  305: r4 = 0
  306: call bpf_map_update_elem
  307: goto +23
      ; v54: bit<8> = const 1
  308: r1 = 1
      ; write var12, v54
  309: *(u8 *)(r10 -18) = r1
      ; v55: bit<32> = read var8
  310: r8 = *(u32 *)(r10 -32)
      ; v56: bit<32> = read var9
  311: r4 = *(u32 *)(r10 -28)
      ; v57: bit<16> = read var10
  312: r3 = *(u16 *)(r10 -24)
      ; v58: bit<16> = read var11
  313: r2 = *(u16 *)(r10 -22)
      ; v59: bit<8> = read var12
  314: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  315: *(u64 *)(r10 -80) = 0
  316: *(u64 *)(r10 -72) = 0
  317: *(u32 *)(r10 -80) = r8
  318: *(u32 *)(r10 -76) = r4
  319: *(u16 *)(r10 -72) = r3
  320: *(u16 *)(r10 -70) = r2
  321: *(u64 *)(r10 -128) = 0
  322: *(u8 *)(r10 -128) = r1
  323: r1 = map[pipe_conns] ll
  325: r2 = r10
  326: r2 += -80
  327: r3 = r10
  328: r3 += -128
  329: r4 = 0
  330: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  331: r2 = 0
      ; v76: bit<32> = const 1
  332: r1 = 1
      ; count counter0[v75] += v76
  333: *(u32 *)(r10 -80) = r2
  334: *(u64 *)(r10 -128) = r1
  335: r1 = map[pipe_fw_stats] ll
  337: r2 = r10
  338: r2 += -80
  339: call bpf_map_lookup_elem
  340: r3 = r0
  341: if r3 == 0 goto +138
  342: r2 = *(u64 *)(r3 +0)
  343: r1 = *(u64 *)(r10 -128)
  344: r2 += r1
  345: *(u64 *)(r3 +0) = r2
  346: r2 = *(u64 *)(r3 +8)
  347: r1 = *(u32 *)(r10 -44)
  348: r2 += r1
  349: *(u64 *)(r3 +8) = r2
  350: goto +129
      ; v36: bool = read var13
  351: r1 = *(u8 *)(r10 -17)
  352: if r1 == 0 goto +15
      ; v37: bit<32> = read var8
  353: r4 = *(u32 *)(r10 -32)
      ; v38: bit<32> = read var9
  354: r3 = *(u32 *)(r10 -28)
      ; v39: bit<16> = read var10
  355: r2 = *(u16 *)(r10 -24)
      ; v40: bit<16> = read var11
  356: r1 = *(u16 *)(r10 -22)
      ; map_delete map0(v37, v38, v39, v40)
  357: *(u64 *)(r10 -80) = 0
  358: *(u64 *)(r10 -72) = 0
  359: *(u32 *)(r10 -80) = r4
  360: *(u32 *)(r10 -76) = r3
  361: *(u16 *)(r10 -72) = r2
  362: *(u16 *)(r10 -70) = r1
  363: r1 = map[pipe_conns] ll
  365: r2 = r10
  366: r2 += -80
  367: call bpf_map_delete_elem
      ; v41: bool = read var7
  368: r1 = *(u8 *)(r10 -19)
  369: if r1 != 0 goto +44
      ; v44: bool = read var13
  370: r1 = *(u8 *)(r10 -17)
  371: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  372: r1 = 1
      ; write var6, v47
  373: *(u8 *)(r10 -20) = r1
      ; v48: bit<32> = const 2
  374: r2 = 2
      ; v49: bit<32> = const 1
  375: r1 = 1
      ; count counter0[v48] += v49
  376: *(u32 *)(r10 -80) = r2
  377: *(u64 *)(r10 -128) = r1
  378: r1 = map[pipe_fw_stats] ll
  380: r2 = r10
  381: r2 += -80
  382: call bpf_map_lookup_elem
  383: r3 = r0
  384: if r3 == 0 goto +95
  385: r2 = *(u64 *)(r3 +0)
  386: r1 = *(u64 *)(r10 -128)
  387: r2 += r1
  388: *(u64 *)(r3 +0) = r2
  389: r2 = *(u64 *)(r3 +8)
  390: r1 = *(u32 *)(r10 -44)
  391: r2 += r1
  392: *(u64 *)(r3 +8) = r2
  393: goto +86
      ; v45: bit<32> = const 1
  394: r2 = 1
      ; v46: bit<32> = const 1
  395: r1 = 1
      ; count counter0[v45] += v46
  396: *(u32 *)(r10 -80) = r2
  397: *(u64 *)(r10 -128) = r1
  398: r1 = map[pipe_fw_stats] ll
  400: r2 = r10
  401: r2 += -80
  402: call bpf_map_lookup_elem
  403: r3 = r0
  404: if r3 == 0 goto +75
  405: r2 = *(u64 *)(r3 +0)
  406: r1 = *(u64 *)(r10 -128)
  407: r2 += r1
  408: *(u64 *)(r3 +0) = r2
  409: r2 = *(u64 *)(r3 +8)
  410: r1 = *(u32 *)(r10 -44)
  411: r2 += r1
  412: *(u64 *)(r3 +8) = r2
  413: goto +66
      ; v42: bit<32> = const 0
  414: r2 = 0
      ; v43: bit<32> = const 1
  415: r1 = 1
      ; count counter0[v42] += v43
  416: *(u32 *)(r10 -80) = r2
  417: *(u64 *)(r10 -128) = r1
  418: r1 = map[pipe_fw_stats] ll
  420: r2 = r10
  421: r2 += -80
  422: call bpf_map_lookup_elem
  423: r3 = r0
  424: if r3 == 0 goto +55
  425: r2 = *(u64 *)(r3 +0)
  426: r1 = *(u64 *)(r10 -128)
  427: r2 += r1
  428: *(u64 *)(r3 +0) = r2
  429: r2 = *(u64 *)(r3 +8)
  430: r1 = *(u32 *)(r10 -44)
  431: r2 += r1
  432: *(u64 *)(r3 +8) = r2
  433: goto +46
      ; v7: bool = read var7
  434: r1 = *(u8 *)(r10 -19)
  435: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  436: r1 = 1
      ; write var6, v10
  437: *(u8 *)(r10 -20) = r1
      ; v11: bit<32> = const 2
  438: r2 = 2
      ; v12: bit<32> = const 1
  439: r1 = 1
      ; count counter0[v11] += v12
  440: *(u32 *)(r10 -80) = r2
  441: *(u64 *)(r10 -128) = r1
  442: r1 = map[pipe_fw_stats] ll
  444: r2 = r10
  445: r2 += -80
  446: call bpf_map_lookup_elem
  447: r3 = r0
  448: if r3 == 0 goto +31
  449: r2 = *(u64 *)(r3 +0)
  450: r1 = *(u64 *)(r10 -128)
  451: r2 += r1
  452: *(u64 *)(r3 +0) = r2
  453: r2 = *(u64 *)(r3 +8)
  454: r1 = *(u32 *)(r10 -44)
  455: r2 += r1
  456: *(u64 *)(r3 +8) = r2
  457: goto +22
      ; v8: bit<32> = const 0
  458: r2 = 0
      ; v9: bit<32> = const 1
  459: r1 = 1
      ; count counter0[v8] += v9
  460: *(u32 *)(r10 -80) = r2
  461: *(u64 *)(r10 -128) = r1
  462: r1 = map[pipe_fw_stats] ll
  464: r2 = r10
  465: r2 += -80
  466: call bpf_map_lookup_elem
  467: r3 = r0
  468: if r3 == 0 goto +11
  469: r2 = *(u64 *)(r3 +0)
  470: r1 = *(u64 *)(r10 -128)
  471: r2 += r1
  472: *(u64 *)(r3 +0) = r2
  473: r2 = *(u64 *)(r3 +8)
  474: r1 = *(u32 *)(r10 -44)
  475: r2 += r1
  476: *(u64 *)(r3 +8) = r2
  477: goto +2
      ; drop
  478: r0 = 2
  479: exit
      ; epilogue: verdict
  480: r1 = *(u8 *)(r10 -20)
  481: if r1 != 0 goto +2
  482: r0 = 0
  483: exit
  484: if r1 != 2 goto +4
  485: r1 = *(u32 *)(r10 -36)
  486: r2 = 0
  487: call bpf_redirect
  488: exit
  489: r0 = 2
  490: exit
