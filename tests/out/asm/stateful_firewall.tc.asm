; stateful_firewall for classifier: 472 instructions, stack 136 bytes, 2 maps
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
   19: if r4 > r7 goto +439
      ; v0: bit<16> = read_field hdr0.etherType
   20: r1 = *(u16 *)(r1 +12)
   21: if r1 != 8 goto +44
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   22: r2 = r4
   23: r4 += 20
   24: if r4 > r7 goto +434
      ; v1: bit<4> = read_field hdr1.ihl
   25: r3 = *(u8 *)(r2 +0)
   26: r3 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   27: r1 = 1
   28: if r3 >= 5 goto +1
   29: r1 = 0
      ; verify v3, error HeaderTooShort
   30: if r1 == 0 goto +428
      ; v4: bit<4> = read_field hdr1.ihl
   31: r1 = *(u8 *)(r2 +0)
   32: r1 &= 15
      ; v5: bit<32> = cast v4
   33: w1 = w1
      ; v6: bit<32> = const 5
   34: r3 = 5
      ; v7: bit<32> = sub v5, v6
   35: r1 -= r3
   36: w1 = w1
      ; v8: bit<32> = const 0x20
   37: r3 = 32
      ; v9: bit<32> = mul v7, v8
   38: r1 *= r3
   39: w1 = w1
      ; advance v9
   40: if r1 & 7 goto +418
   41: r3 = r1
   42: r3 >>= 3
   43: if r3 > 16383 goto +415
   44: r1 = r4
   45: r1 -= r6
   46: r3 += r1
   47: if r3 > 16383 goto +411
   48: r4 = r6
   49: r4 += r3
   50: if r4 > r7 goto +408
      ; v10: bit<13> = read_field hdr1.fragOffset
   51: r3 = *(u16 *)(r2 +6)
   52: r3 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   53: r1 = *(u8 *)(r2 +9)
   54: if r3 != 0 goto +11
   55: if r1 != 6 goto +10
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   56: r8 = r4
   57: r4 += 20
   58: if r4 > r7 goto +400
      ; v12: bit<4> = read_field hdr2.dataOffset
   59: r3 = *(u8 *)(r8 +12)
   60: r3 >>= 4
   61: r3 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   62: r1 = 1
   63: if r3 >= 5 goto +1
   64: r1 = 0
      ; verify v14, error HeaderTooShort
   65: if r1 == 0 goto +393
      ; v0: bool = is_valid hdr1
   66: r1 = 0
   67: if r2 == 0 goto +1
   68: r1 = 1
      ; v1: bool = not v0
   69: r1 ^= 1
   70: if r1 != 0 goto +390
      ; v2: bit<32> = read var2
   71: r3 = *(u32 *)(r10 -48)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   72: r1 = 1
   73: if r3 == 1 goto +1
   74: r1 = 0
      ; write var7, v4
   75: *(u8 *)(r10 -19) = r1
      ; v5: bool = is_valid hdr2
   76: r1 = 0
   77: if r8 == 0 goto +1
   78: r1 = 1
      ; v6: bool = not v5
   79: r1 ^= 1
   80: if r1 != 0 goto +342
      ; v13: bool = read var7
   81: r1 = *(u8 *)(r10 -19)
   82: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   83: r1 = *(u32 *)(r2 +16)
      ; write var8, v18
   84: *(u32 *)(r10 -32) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   85: r1 = *(u32 *)(r2 +12)
      ; write var9, v19
   86: *(u32 *)(r10 -28) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   87: r1 = *(u16 *)(r8 +2)
      ; write var10, v20
   88: *(u16 *)(r10 -24) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   89: r1 = *(u16 *)(r8 +0)
      ; write var11, v21
   90: *(u16 *)(r10 -22) = r1
   91: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   92: r1 = *(u32 *)(r2 +12)
      ; write var8, v14
   93: *(u32 *)(r10 -32) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   94: r1 = *(u32 *)(r2 +16)
      ; write var9, v15
   95: *(u32 *)(r10 -28) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   96: r1 = *(u16 *)(r8 +0)
      ; write var10, v16
   97: *(u16 *)(r10 -24) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   98: r1 = *(u16 *)(r8 +2)
      ; write var11, v17
   99: *(u16 *)(r10 -22) = r1
      ; v22: bit<32> = read var8
  100: r1 = *(u32 *)(r10 -32)
  101: r4 = r1
  102: r4 = be32 r4
      ; v23: bit<32> = read var9
  103: r1 = *(u32 *)(r10 -28)
  104: r3 = r1
  105: r3 = be32 r3
      ; v24: bit<16> = read var10
  106: r1 = *(u16 *)(r10 -24)
  107: r2 = r1
  108: r2 = be16 r2
      ; v25: bit<16> = read var11
  109: r1 = *(u16 *)(r10 -22)
  110: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  111: *(u64 *)(r10 -80) = 0
  112: *(u64 *)(r10 -72) = 0
  113: *(u32 *)(r10 -80) = r4
  114: *(u32 *)(r10 -76) = r3
  115: *(u16 *)(r10 -72) = r2
  116: *(u16 *)(r10 -70) = r1
  117: r1 = map[pipe_conns] ll
  119: r2 = r10
  120: r2 += -80
  121: call bpf_map_lookup_elem
  122: r1 = r0
  123: if r1 == 0 goto +4
  124: r2 = 1
  125: r1 = *(u8 *)(r1 +0)
  126: r1 &= 255
  127: goto +2
  128: r2 = 0
  129: r1 = 0
      ; write var12, v27
  130: *(u8 *)(r10 -18) = r1
      ; write var13, v26
  131: *(u8 *)(r10 -17) = r2
      ; v28: bit<8> = read_field hdr2.flags
  132: r1 = *(u8 *)(r8 +13)
      ; v29: bit<8> = const 0x12
  133: r2 = 18
      ; v30: bit<8> = and v28, v29
  134: r1 &= r2
      ; write var14, v30
  135: *(u8 *)(r10 -16) = r1
      ; v31: bit<8> = read_field hdr2.flags
  136: r1 = *(u8 *)(r8 +13)
      ; v32: bit<8> = const 4
  137: r2 = 4
      ; v33: bit<8> = and v31, v32
  138: r1 &= r2
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  139: if r1 != 0 goto +205
      ; v50: bool = read var7
  140: r1 = *(u8 *)(r10 -19)
  141: if r1 != 0 goto +109
      ; v77: bool = read var13
  142: r3 = *(u8 *)(r10 -17)
      ; v78: bit<8> = read var14
  143: r2 = *(u8 *)(r10 -16)
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  144: r1 = 1
  145: if r2 == 18 goto +1
  146: r1 = 0
      ; v81: bool = logical_and v77, v80
  147: r4 = r3
  148: r4 &= r1
      ; v82: bit<8> = read var12
  149: r1 = *(u8 *)(r10 -18)
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  150: r3 = 1
  151: if r1 == 1 goto +1
  152: r3 = 0
      ; v85: bit<8> = read var12
  153: r2 = *(u8 *)(r10 -18)
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  154: r1 = 1
  155: if r2 == 2 goto +1
  156: r1 = 0
      ; v88: bool = logical_or v84, v87
  157: r2 = r3
  158: r2 |= r1
      ; v89: bool = logical_and v81, v88
  159: r1 = r4
  160: r1 &= r2
  161: if r1 != 0 goto +42
      ; v98: bool = read var13
  162: r3 = *(u8 *)(r10 -17)
      ; v99: bit<8> = read var12
  163: r1 = *(u8 *)(r10 -18)
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  164: r2 = 1
  165: if r1 == 3 goto +1
  166: r2 = 0
      ; v102: bool = logical_and v98, v101
  167: r1 = r3
  168: r1 &= r2
  169: if r1 != 0 goto +18
      ; v105: bit<8> = const 1
  170: r1 = 1
      ; write var6, v105
  171: *(u8 *)(r10 -20) = r1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  172: *(u32 *)(r10 -80) = 2
  173: r1 = map[pipe_fw_stats] ll
  175: r2 = r10
  176: r2 += -80
  177: call bpf_map_lookup_elem
  178: r3 = r0
  179: if r3 == 0 goto +281
  180: r1 = *(u64 *)(r3 +0)
  181: r1 += 1
  182: *(u64 *)(r3 +0) = r1
  183: r2 = *(u64 *)(r3 +8)
  184: r1 = *(u32 *)(r10 -44)
  185: r2 += r1
  186: *(u64 *)(r3 +8) = r2
  187: goto +273
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  188: *(u32 *)(r10 -80) = 1
  189: r1 = map[pipe_fw_stats] ll
  191: r2 = r10
  192: r2 += -80
  193: call bpf_map_lookup_elem
  194: r3 = r0
  195: if r3 == 0 goto +265
  196: r1 = *(u64 *)(r3 +0)
  197: r1 += 1
  198: *(u64 *)(r3 +0) = r1
  199: r2 = *(u64 *)(r3 +8)
  200: r1 = *(u32 *)(r10 -44)
  201: r2 += r1
  202: *(u64 *)(r3 +8) = r2
  203: goto +257
      ; v90: bit<8> = const 2
  204: r1 = 2
      ; write var12, v90
  205: *(u8 *)(r10 -18) = r1
      ; v91: bit<32> = read var8
  206: r1 = *(u32 *)(r10 -32)
  207: r8 = r1
  208: r8 = be32 r8
      ; v92: bit<32> = read var9
  209: r1 = *(u32 *)(r10 -28)
  210: r4 = r1
  211: r4 = be32 r4
      ; v93: bit<16> = read var10
  212: r1 = *(u16 *)(r10 -24)
  213: r3 = r1
  214: r3 = be16 r3
      ; v94: bit<16> = read var11
  215: r1 = *(u16 *)(r10 -22)
  216: r2 = r1
  217: r2 = be16 r2
      ; v95: bit<8> = read var12
  218: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  219: *(u64 *)(r10 -80) = 0
  220: *(u64 *)(r10 -72) = 0
  221: *(u32 *)(r10 -80) = r8
  222: *(u32 *)(r10 -76) = r4
  223: *(u16 *)(r10 -72) = r3
  224: *(u16 *)(r10 -70) = r2
  225: *(u64 *)(r10 -128) = 0
  226: *(u8 *)(r10 -128) = r1
  227: r1 = map[pipe_conns] ll
  229: r2 = r10
  230: r2 += -80
  231: r3 = r10
  232: r3 += -128
  233: r4 = 0
  234: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  235: *(u32 *)(r10 -80) = 1
  236: r1 = map[pipe_fw_stats] ll
  238: r2 = r10
  239: r2 += -80
  240: call bpf_map_lookup_elem
  241: r3 = r0
  242: if r3 == 0 goto +218
  243: r1 = *(u64 *)(r3 +0)
  244: r1 += 1
  245: *(u64 *)(r3 +0) = r1
  246: r2 = *(u64 *)(r3 +8)
  247: r1 = *(u32 *)(r10 -44)
  248: r2 += r1
  249: *(u64 *)(r3 +8) = r2
  250: goto +210
      ; v51: bit<8> = read var14
  251: r1 = *(u8 *)(r10 -16)
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  252: if r1 == 2 goto +45
      ; v60: bool = read var13
  253: r3 = *(u8 *)(r10 -17)
      ; v61: bit<8> = read var12
  254: r2 = *(u8 *)(r10 -18)
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  255: r1 = 1
  256: if r2 == 2 goto +1
  257: r1 = 0
      ; v64: bool = logical_and v60, v63
  258: r3 &= r1
      ; v65: bit<8> = read var14
  259: r1 = *(u8 *)(r10 -16)
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  260: r2 = 1
  261: if r1 == 16 goto +1
  262: r2 = 0
      ; v68: bool = logical_and v64, v67
  263: r1 = r3
  264: r1 &= r2
  265: if r1 == 0 goto +63
      ; v69: bit<8> = const 3
  266: r1 = 3
      ; write var12, v69
  267: *(u8 *)(r10 -18) = r1
      ; v70: bit<32> = read var8
  268: r1 = *(u32 *)(r10 -32)
  269: r8 = r1
  270: r8 = be32 r8
      ; v71: bit<32> = read var9
  271: r1 = *(u32 *)(r10 -28)
  272: r4 = r1
  273: r4 = be32 r4
      ; v72: bit<16> = read var10
  274: r1 = *(u16 *)(r10 -24)
  275: r3 = r1
  276: r3 = be16 r3
      ; v73: bit<16> = read var11
  277: r1 = *(u16 *)(r10 -22)
  278: r2 = r1
  279: r2 = be16 r2
      ; v74: bit<8> = read var12
  280: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  281: *(u64 *)(r10 -80) = 0
  282: *(u64 *)(r10 -72) = 0
  283: *(u32 *)(r10 -80) = r8
  284: *(u32 *)(r10 -76) = r4
  285: *(u16 *)(r10 -72) = r3
  286: *(u16 *)(r10 -70) = r2
  287: *(u64 *)(r10 -128) = 0
  288: *(u8 *)(r10 -128) = r1
  289: r1 = map[pipe_conns] ll
  291: r2 = r10
  292: r2 += -80
  293: r3 = r10
  294: r3 += -128
  295: r4 = 0
  296: call bpf_map_update_elem
  297: goto +31
      ; v54: bit<8> = const 1
  298: r1 = 1
      ; write var12, v54
  299: *(u8 *)(r10 -18) = r1
      ; v55: bit<32> = read var8
  300: r1 = *(u32 *)(r10 -32)
  301: r8 = r1
  302: r8 = be32 r8
      ; v56: bit<32> = read var9
  303: r1 = *(u32 *)(r10 -28)
  304: r4 = r1
  305: r4 = be32 r4
      ; v57: bit<16> = read var10
  306: r1 = *(u16 *)(r10 -24)
  307: r3 = r1
  308: r3 = be16 r3
      ; v58: bit<16> = read var11
  309: r1 = *(u16 *)(r10 -22)
  310: r2 = r1
  311: r2 = be16 r2
      ; v59: bit<8> = read var12
  312: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  313: *(u64 *)(r10 -80) = 0
  314: *(u64 *)(r10 -72) = 0
  315: *(u32 *)(r10 -80) = r8
  316: *(u32 *)(r10 -76) = r4
  317: *(u16 *)(r10 -72) = r3
  318: *(u16 *)(r10 -70) = r2
  319: *(u64 *)(r10 -128) = 0
  320: *(u8 *)(r10 -128) = r1
  321: r1 = map[pipe_conns] ll
  323: r2 = r10
  324: r2 += -80
  325: r3 = r10
  326: r3 += -128
  327: r4 = 0
  328: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  329: *(u32 *)(r10 -80) = 0
  330: r1 = map[pipe_fw_stats] ll
  332: r2 = r10
  333: r2 += -80
  334: call bpf_map_lookup_elem
  335: r3 = r0
  336: if r3 == 0 goto +124
  337: r1 = *(u64 *)(r3 +0)
  338: r1 += 1
  339: *(u64 *)(r3 +0) = r1
  340: r2 = *(u64 *)(r3 +8)
  341: r1 = *(u32 *)(r10 -44)
  342: r2 += r1
  343: *(u64 *)(r3 +8) = r2
  344: goto +116
      ; v36: bool = read var13
  345: r1 = *(u8 *)(r10 -17)
  346: if r1 == 0 goto +22
      ; v37: bit<32> = read var8
  347: r1 = *(u32 *)(r10 -32)
  348: r4 = r1
  349: r4 = be32 r4
      ; v38: bit<32> = read var9
  350: r1 = *(u32 *)(r10 -28)
  351: r3 = r1
  352: r3 = be32 r3
      ; v39: bit<16> = read var10
  353: r1 = *(u16 *)(r10 -24)
  354: r2 = r1
  355: r2 = be16 r2
      ; v40: bit<16> = read var11
  356: r1 = *(u16 *)(r10 -22)
  357: r1 = be16 r1
      ; map_delete map0(v37, v38, v39, v40)
  358: *(u64 *)(r10 -80) = 0
  359: *(u64 *)(r10 -72) = 0
  360: *(u32 *)(r10 -80) = r4
  361: *(u32 *)(r10 -76) = r3
  362: *(u16 *)(r10 -72) = r2
  363: *(u16 *)(r10 -70) = r1
  364: r1 = map[pipe_conns] ll
  366: r2 = r10
  367: r2 += -80
  368: call bpf_map_delete_elem
      ; v41: bool = read var7
  369: r1 = *(u8 *)(r10 -19)
  370: if r1 != 0 goto +36
      ; v44: bool = read var13
  371: r1 = *(u8 *)(r10 -17)
  372: if r1 != 0 goto +18
      ; v47: bit<8> = const 1
  373: r1 = 1
      ; write var6, v47
  374: *(u8 *)(r10 -20) = r1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  375: *(u32 *)(r10 -80) = 2
  376: r1 = map[pipe_fw_stats] ll
  378: r2 = r10
  379: r2 += -80
  380: call bpf_map_lookup_elem
  381: r3 = r0
  382: if r3 == 0 goto +78
  383: r1 = *(u64 *)(r3 +0)
  384: r1 += 1
  385: *(u64 *)(r3 +0) = r1
  386: r2 = *(u64 *)(r3 +8)
  387: r1 = *(u32 *)(r10 -44)
  388: r2 += r1
  389: *(u64 *)(r3 +8) = r2
  390: goto +70
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  391: *(u32 *)(r10 -80) = 1
  392: r1 = map[pipe_fw_stats] ll
  394: r2 = r10
  395: r2 += -80
  396: call bpf_map_lookup_elem
  397: r3 = r0
  398: if r3 == 0 goto +62
  399: r1 = *(u64 *)(r3 +0)
  400: r1 += 1
  401: *(u64 *)(r3 +0) = r1
  402: r2 = *(u64 *)(r3 +8)
  403: r1 = *(u32 *)(r10 -44)
  404: r2 += r1
  405: *(u64 *)(r3 +8) = r2
  406: goto +54
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  407: *(u32 *)(r10 -80) = 0
  408: r1 = map[pipe_fw_stats] ll
  410: r2 = r10
  411: r2 += -80
  412: call bpf_map_lookup_elem
  413: r3 = r0
  414: if r3 == 0 goto +46
  415: r1 = *(u64 *)(r3 +0)
  416: r1 += 1
  417: *(u64 *)(r3 +0) = r1
  418: r2 = *(u64 *)(r3 +8)
  419: r1 = *(u32 *)(r10 -44)
  420: r2 += r1
  421: *(u64 *)(r3 +8) = r2
  422: goto +38
      ; v7: bool = read var7
  423: r1 = *(u8 *)(r10 -19)
  424: if r1 != 0 goto +18
      ; v10: bit<8> = const 1
  425: r1 = 1
      ; write var6, v10
  426: *(u8 *)(r10 -20) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  427: *(u32 *)(r10 -80) = 2
  428: r1 = map[pipe_fw_stats] ll
  430: r2 = r10
  431: r2 += -80
  432: call bpf_map_lookup_elem
  433: r3 = r0
  434: if r3 == 0 goto +26
  435: r1 = *(u64 *)(r3 +0)
  436: r1 += 1
  437: *(u64 *)(r3 +0) = r1
  438: r2 = *(u64 *)(r3 +8)
  439: r1 = *(u32 *)(r10 -44)
  440: r2 += r1
  441: *(u64 *)(r3 +8) = r2
  442: goto +18
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  443: *(u32 *)(r10 -80) = 0
  444: r1 = map[pipe_fw_stats] ll
  446: r2 = r10
  447: r2 += -80
  448: call bpf_map_lookup_elem
  449: r3 = r0
  450: if r3 == 0 goto +10
  451: r1 = *(u64 *)(r3 +0)
  452: r1 += 1
  453: *(u64 *)(r3 +0) = r1
  454: r2 = *(u64 *)(r3 +8)
  455: r1 = *(u32 *)(r10 -44)
  456: r2 += r1
  457: *(u64 *)(r3 +8) = r2
  458: goto +2
      ; drop
  459: r0 = 2
  460: exit
      ; epilogue: verdict
  461: r1 = *(u8 *)(r10 -20)
  462: if r1 != 0 goto +2
  463: r0 = 0
  464: exit
  465: if r1 != 2 goto +4
  466: r1 = *(u32 *)(r10 -36)
  467: r2 = 0
  468: call bpf_redirect
  469: exit
  470: r0 = 2
  471: exit
