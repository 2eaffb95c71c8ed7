; stateful_firewall for xdp: 528 instructions, stack 176 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r2 = r1
    2: r6 = *(u32 *)(r2 +0)
    3: r7 = *(u32 *)(r2 +4)
    4: r9 = r6
    5: r8 = 0
    6: r0 = 0
    7: *(u64 *)(r10 -176) = r0
    8: *(u64 *)(r10 -56) = 0
    9: *(u64 *)(r10 -48) = 0
   10: *(u64 *)(r10 -40) = 0
   11: *(u64 *)(r10 -32) = 0
   12: *(u64 *)(r10 -24) = 0
   13: *(u64 *)(r10 -16) = 0
   14: r1 = *(u32 *)(r2 +12)
   15: *(u32 *)(r10 -48) = r1
   16: r3 = *(u32 *)(r2 +8)
   17: r1 = r3
   18: r1 += 8
   19: if r1 > r6 goto +2
   20: r1 = *(u32 *)(r3 +0)
   21: *(u32 *)(r10 -40) = r1
   22: r1 = r2
   23: call bpf_xdp_get_buff_len
   24: r1 = r0
   25: *(u32 *)(r10 -44) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   26: r1 = r9
   27: r9 += 14
   28: if r9 > r7 goto +448
      ; v0: bit<16> = read_field hdr0.etherType
   29: r1 = *(u16 *)(r1 +12)
   30: if r1 != 8 goto +46
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   31: r8 = r9
   32: r9 += 20
   33: if r9 > r7 goto +443
      ; v1: bit<4> = read_field hdr1.ihl
   34: r2 = *(u8 *)(r8 +0)
   35: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   36: r1 = 1
   37: if r2 >= 5 goto +1
   38: r1 = 0
      ; verify v3, error HeaderTooShort
   39: if r1 == 0 goto +437
      ; v4: bit<4> = read_field hdr1.ihl
   40: r1 = *(u8 *)(r8 +0)
   41: r1 &= 15
      ; v5: bit<32> = cast v4
   42: w1 = w1
      ; v6: bit<32> = const 5
   43: r2 = 5
      ; v7: bit<32> = sub v5, v6
   44: r1 -= r2
   45: w1 = w1
      ; v8: bit<32> = const 0x20
   46: r2 = 32
      ; v9: bit<32> = mul v7, v8
   47: r1 *= r2
   48: w1 = w1
      ; advance v9
   49: if r1 & 7 goto +427
   50: r2 = r1
   51: r2 >>= 3
   52: if r2 > 16383 goto +424
   53: r1 = r9
   54: r1 -= r6
   55: r2 += r1
   56: if r2 > 16383 goto +420
   57: r9 = r6
   58: r9 += r2
   59: if r9 > r7 goto +417
      ; v10: bit<13> = read_field hdr1.fragOffset
   60: r2 = *(u16 *)(r8 +6)
   61: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   62: r1 = *(u8 *)(r8 +9)
   63: if r2 != 0 goto +13
   64: if r1 != 6 goto +12
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   65: r0 = r9
   66: *(u64 *)(r10 -176) = r0
   67: r9 += 20
   68: if r9 > r7 goto +408
      ; v12: bit<4> = read_field hdr2.dataOffset
   69: r0 = *(u64 *)(r10 -176)
   70: r2 = *(u8 *)(r0 +12)
   71: r2 >>= 4
   72: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   73: r1 = 1
   74: if r2 >= 5 goto +1
   75: r1 = 0
      ; verify v14, error HeaderTooShort
   76: if r1 == 0 goto +400
      ; v0: bool = is_valid hdr1
   77: r1 = 0
   78: if r8 == 0 goto +1
   79: r1 = 1
      ; v1: bool = not v0
   80: r1 ^= 1
   81: if r1 != 0 goto +416
      ; v2: bit<32> = read var2
   82: r2 = *(u32 *)(r10 -48)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   83: r1 = 1
   84: if r2 == 1 goto +1
   85: r1 = 0
      ; write var7, v4
   86: *(u8 *)(r10 -19) = r1
      ; v5: bool = is_valid hdr2
   87: r1 = 0
   88: r0 = *(u64 *)(r10 -176)
   89: if r0 == 0 goto +1
   90: r1 = 1
      ; v6: bool = not v5
   91: r1 ^= 1
   92: if r1 != 0 goto +348
      ; v13: bool = read var7
   93: r1 = *(u8 *)(r10 -19)
   94: if r1 != 0 goto +11
      ; v18: bit<32> = read_field hdr1.dstAddr
   95: r1 = *(u32 *)(r8 +16)
      ; write var8, v18
   96: *(u32 *)(r10 -32) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   97: r1 = *(u32 *)(r8 +12)
      ; write var9, v19
   98: *(u32 *)(r10 -28) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   99: r0 = *(u64 *)(r10 -176)
  100: r1 = *(u16 *)(r0 +2)
      ; write var10, v20
  101: *(u16 *)(r10 -24) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
  102: r0 = *(u64 *)(r10 -176)
  103: r1 = *(u16 *)(r0 +0)
      ; write var11, v21
  104: *(u16 *)(r10 -22) = r1
  105: goto +10
      ; v14: bit<32> = read_field hdr1.srcAddr
  106: r1 = *(u32 *)(r8 +12)
      ; write var8, v14
  107: *(u32 *)(r10 -32) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
  108: r1 = *(u32 *)(r8 +16)
      ; write var9, v15
  109: *(u32 *)(r10 -28) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  110: r0 = *(u64 *)(r10 -176)
  111: r1 = *(u16 *)(r0 +0)
      ; write var10, v16
  112: *(u16 *)(r10 -24) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  113: r0 = *(u64 *)(r10 -176)
  114: r1 = *(u16 *)(r0 +2)
      ; write var11, v17
  115: *(u16 *)(r10 -22) = r1
      ; v22: bit<32> = read var8
  116: r1 = *(u32 *)(r10 -32)
  117: r4 = r1
  118: r4 = be32 r4
      ; v23: bit<32> = read var9
  119: r1 = *(u32 *)(r10 -28)
  120: r3 = r1
  121: r3 = be32 r3
      ; v24: bit<16> = read var10
  122: r1 = *(u16 *)(r10 -24)
  123: r2 = r1
  124: r2 = be16 r2
      ; v25: bit<16> = read var11
  125: r1 = *(u16 *)(r10 -22)
  126: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  127: *(u64 *)(r10 -80) = 0
  128: *(u64 *)(r10 -72) = 0
  129: *(u32 *)(r10 -80) = r4
  130: *(u32 *)(r10 -76) = r3
  131: *(u16 *)(r10 -72) = r2
  132: *(u16 *)(r10 -70) = r1
  133: r1 = map[pipe_conns] ll
  135: r2 = r10
  136: r2 += -80
  137: call bpf_map_lookup_elem
  138: r1 = r0
  139: if r1 == 0 goto +4
  140: r2 = 1
  141: r1 = *(u8 *)(r1 +0)
  142: r1 &= 255
  143: goto +2
  144: r2 = 0
  145: r1 = 0
      ; write var12, v27
  146: *(u8 *)(r10 -18) = r1
      ; write var13, v26
  147: *(u8 *)(r10 -17) = r2
      ; v28: bit<8> = read_field hdr2.flags
  148: r0 = *(u64 *)(r10 -176)
  149: r1 = *(u8 *)(r0 +13)
      ; v29: bit<8> = const 0x12
  150: r2 = 18
      ; v30: bit<8> = and v28, v29
  151: r1 &= r2
      ; write var14, v30
  152: *(u8 *)(r10 -16) = r1
      ; v31: bit<8> = read_field hdr2.flags
  153: r0 = *(u64 *)(r10 -176)
  154: r1 = *(u8 *)(r0 +13)
      ; v32: bit<8> = const 4
  155: r2 = 4
      ; v33: bit<8> = and v31, v32
  156: r1 &= r2
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  157: if r1 != 0 goto +205
      ; v50: bool = read var7
  158: r1 = *(u8 *)(r10 -19)
  159: if r1 != 0 goto +109
      ; v77: bool = read var13
  160: r3 = *(u8 *)(r10 -17)
      ; v78: bit<8> = read var14
  161: r2 = *(u8 *)(r10 -16)
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  162: r1 = 1
  163: if r2 == 18 goto +1
  164: r1 = 0
      ; v81: bool = logical_and v77, v80
  165: r4 = r3
  166: r4 &= r1
      ; v82: bit<8> = read var12
  167: r1 = *(u8 *)(r10 -18)
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  168: r3 = 1
  169: if r1 == 1 goto +1
  170: r3 = 0
      ; v85: bit<8> = read var12
  171: r2 = *(u8 *)(r10 -18)
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  172: r1 = 1
  173: if r2 == 2 goto +1
  174: r1 = 0
      ; v88: bool = logical_or v84, v87
  175: r2 = r3
  176: r2 |= r1
      ; v89: bool = logical_and v81, v88
  177: r1 = r4
  178: r1 &= r2
  179: if r1 != 0 goto +42
      ; v98: bool = read var13
  180: r3 = *(u8 *)(r10 -17)
      ; v99: bit<8> = read var12
  181: r1 = *(u8 *)(r10 -18)
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  182: r2 = 1
  183: if r1 == 3 goto +1
  184: r2 = 0
      ; v102: bool = logical_and v98, v101
  185: r1 = r3
  186: r1 &= r2
  187: if r1 != 0 goto +18
      ; v105: bit<8> = const 1
  188: r1 = 1
      ; write var6, v105
  189: *(u8 *)(r10 -20) = r1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  190: *(u32 *)(r10 -80) = 2
  191: r1 = map[pipe_fw_stats] ll
  193: r2 = r10
  194: r2 += -80
  195: call bpf_map_lookup_elem
  196: r3 = r0
  197: if r3 == 0 goto +300
  198: r1 = *(u64 *)(r3 +0)
  199: r1 += 1
  200: *(u64 *)(r3 +0) = r1
  201: r2 = *(u64 *)(r3 +8)
  202: r1 = *(u32 *)(r10 -44)
  203: r2 += r1
  204: *(u64 *)(r3 +8) = r2
  205: goto +292
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  206: *(u32 *)(r10 -80) = 1
  207: r1 = map[pipe_fw_stats] ll
  209: r2 = r10
  210: r2 += -80
  211: call bpf_map_lookup_elem
  212: r3 = r0
  213: if r3 == 0 goto +284
  214: r1 = *(u64 *)(r3 +0)
  215: r1 += 1
  216: *(u64 *)(r3 +0) = r1
  217: r2 = *(u64 *)(r3 +8)
  218: r1 = *(u32 *)(r10 -44)
  219: r2 += r1
  220: *(u64 *)(r3 +8) = r2
  221: goto +276
      ; v90: bit<8> = const 2
  222: r1 = 2
      ; write var12, v90
  223: *(u8 *)(r10 -18) = r1
      ; v91: bit<32> = read var8
  224: r1 = *(u32 *)(r10 -32)
  225: r8 = r1
  226: r8 = be32 r8
      ; v92: bit<32> = read var9
  227: r1 = *(u32 *)(r10 -28)
  228: r4 = r1
  229: r4 = be32 r4
      ; v93: bit<16> = read var10
  230: r1 = *(u16 *)(r10 -24)
  231: r3 = r1
  232: r3 = be16 r3
      ; v94: bit<16> = read var11
  233: r1 = *(u16 *)(r10 -22)
  234: r2 = r1
  235: r2 = be16 r2
      ; v95: bit<8> = read var12
  236: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  237: *(u64 *)(r10 -80) = 0
  238: *(u64 *)(r10 -72) = 0
  239: *(u32 *)(r10 -80) = r8
  240: *(u32 *)(r10 -76) = r4
  241: *(u16 *)(r10 -72) = r3
  242: *(u16 *)(r10 -70) = r2
  243: *(u64 *)(r10 -128) = 0
  244: *(u8 *)(r10 -128) = r1
  245: r1 = map[pipe_conns] ll
  247: r2 = r10
  248: r2 += -80
  249: r3 = r10
  250: r3 += -128
  251: r4 = 0
  252: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  253: *(u32 *)(r10 -80) = 1
  254: r1 = map[pipe_fw_stats] ll
  256: r2 = r10
  257: r2 += -80
  258: call bpf_map_lookup_elem
  259: r3 = r0
  260: if r3 == 0 goto +237
  261: r1 = *(u64 *)(r3 +0)
  262: r1 += 1
  263: *(u64 *)(r3 +0) = r1
  264: r2 = *(u64 *)(r3 +8)
  265: r1 = *(u32 *)(r10 -44)
  266: r2 += r1
  267: *(u64 *)(r3 +8) = r2
  268: goto +229
      ; v51: bit<8> = read var14
  269: r1 = *(u8 *)(r10 -16)
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  270: if r1 == 2 goto +45
      ; v60: bool = read var13
  271: r3 = *(u8 *)(r10 -17)
      ; v61: bit<8> = read var12
  272: r2 = *(u8 *)(r10 -18)
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  273: r1 = 1
  274: if r2 == 2 goto +1
  275: r1 = 0
      ; v64: bool = logical_and v60, v63
  276: r3 &= r1
      ; v65: bit<8> = read var14
  277: r1 = *(u8 *)(r10 -16)
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  278: r2 = 1
  279: if r1 == 16 goto +1
  280: r2 = 0
      ; v68: bool = logical_and v64, v67
  281: r1 = r3
  282: r1 &= r2
  283: if r1 == 0 goto +63
      ; v69: bit<8> = const 3
  284: r1 = 3
      ; write var12, v69
  285: *(u8 *)(r10 -18) = r1
      ; v70: bit<32> = read var8
  286: r1 = *(u32 *)(r10 -32)
  287: r8 = r1
  288: r8 = be32 r8
      ; v71: bit<32> = read var9
  289: r1 = *(u32 *)(r10 -28)
  290: r4 = r1
  291: r4 = be32 r4
      ; v72: bit<16> = read var10
  292: r1 = *(u16 *)(r10 -24)
  293: r3 = r1
  294: r3 = be16 r3
      ; v73: bit<16> = read var11
  295: r1 = *(u16 *)(r10 -22)
  296: r2 = r1
  297: r2 = be16 r2
      ; v74: bit<8> = read var12
  298: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  299: *(u64 *)(r10 -80) = 0
  300: *(u64 *)(r10 -72) = 0
  301: *(u32 *)(r10 -80) = r8
  302: *(u32 *)(r10 -76) = r4
  303: *(u16 *)(r10 -72) = r3
  304: *(u16 *)(r10 -70) = r2
  305: *(u64 *)(r10 -128) = 0
  306: *(u8 *)(r10 -128) = r1
  307: r1 = map[pipe_conns] ll
  309: r2 = r10
  310: r2 += -80
  311: r3 = r10
  312: r3 += -128
  313: r4 = 0
  314: call bpf_map_update_elem
  315: goto +31
      ; v54: bit<8> = const 1
  316: r1 = 1
      ; write var12, v54
  317: *(u8 *)(r10 -18) = r1
      ; v55: bit<32> = read var8
  318: r1 = *(u32 *)(r10 -32)
  319: r8 = r1
  320: r8 = be32 r8
      ; v56: bit<32> = read var9
  321: r1 = *(u32 *)(r10 -28)
  322: r4 = r1
  323: r4 = be32 r4
      ; v57: bit<16> = read var10
  324: r1 = *(u16 *)(r10 -24)
  325: r3 = r1
  326: r3 = be16 r3
      ; v58: bit<16> = read var11
  327: r1 = *(u16 *)(r10 -22)
  328: r2 = r1
  329: r2 = be16 r2
      ; v59: bit<8> = read var12
  330: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  331: *(u64 *)(r10 -80) = 0
  332: *(u64 *)(r10 -72) = 0
  333: *(u32 *)(r10 -80) = r8
  334: *(u32 *)(r10 -76) = r4
  335: *(u16 *)(r10 -72) = r3
  336: *(u16 *)(r10 -70) = r2
  337: *(u64 *)(r10 -128) = 0
  338: *(u8 *)(r10 -128) = r1
  339: r1 = map[pipe_conns] ll
  341: r2 = r10
  342: r2 += -80
  343: r3 = r10
  344: r3 += -128
  345: r4 = 0
  346: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  347: *(u32 *)(r10 -80) = 0
  348: r1 = map[pipe_fw_stats] ll
  350: r2 = r10
  351: r2 += -80
  352: call bpf_map_lookup_elem
  353: r3 = r0
  354: if r3 == 0 goto +143
  355: r1 = *(u64 *)(r3 +0)
  356: r1 += 1
  357: *(u64 *)(r3 +0) = r1
  358: r2 = *(u64 *)(r3 +8)
  359: r1 = *(u32 *)(r10 -44)
  360: r2 += r1
  361: *(u64 *)(r3 +8) = r2
  362: goto +135
      ; v36: bool = read var13
  363: r1 = *(u8 *)(r10 -17)
  364: if r1 == 0 goto +22
      ; v37: bit<32> = read var8
  365: r1 = *(u32 *)(r10 -32)
  366: r4 = r1
  367: r4 = be32 r4
      ; v38: bit<32> = read var9
  368: r1 = *(u32 *)(r10 -28)
  369: r3 = r1
  370: r3 = be32 r3
      ; v39: bit<16> = read var10
  371: r1 = *(u16 *)(r10 -24)
  372: r2 = r1
  373: r2 = be16 r2
      ; v40: bit<16> = read var11
  374: r1 = *(u16 *)(r10 -22)
  375: r1 = be16 r1
      ; map_delete map0(v37, v38, v39, v40)
  376: *(u64 *)(r10 -80) = 0
  377: *(u64 *)(r10 -72) = 0
  378: *(u32 *)(r10 -80) = r4
  379: *(u32 *)(r10 -76) = r3
  380: *(u16 *)(r10 -72) = r2
  381: *(u16 *)(r10 -70) = r1
  382: r1 = map[pipe_conns] ll
  384: r2 = r10
  385: r2 += -80
  386: call bpf_map_delete_elem
      ; v41: bool = read var7
  387: r1 = *(u8 *)(r10 -19)
  388: if r1 != 0 goto +36
      ; v44: bool = read var13
  389: r1 = *(u8 *)(r10 -17)
  390: if r1 != 0 goto +18
      ; v47: bit<8> = const 1
  391: r1 = 1
      ; write var6, v47
  392: *(u8 *)(r10 -20) = r1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  393: *(u32 *)(r10 -80) = 2
  394: r1 = map[pipe_fw_stats] ll
  396: r2 = r10
  397: r2 += -80
  398: call bpf_map_lookup_elem
  399: r3 = r0
  400: if r3 == 0 goto +97
  401: r1 = *(u64 *)(r3 +0)
  402: r1 += 1
  403: *(u64 *)(r3 +0) = r1
  404: r2 = *(u64 *)(r3 +8)
  405: r1 = *(u32 *)(r10 -44)
  406: r2 += r1
  407: *(u64 *)(r3 +8) = r2
  408: goto +89
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  409: *(u32 *)(r10 -80) = 1
  410: r1 = map[pipe_fw_stats] ll
  412: r2 = r10
  413: r2 += -80
  414: call bpf_map_lookup_elem
  415: r3 = r0
  416: if r3 == 0 goto +81
  417: r1 = *(u64 *)(r3 +0)
  418: r1 += 1
  419: *(u64 *)(r3 +0) = r1
  420: r2 = *(u64 *)(r3 +8)
  421: r1 = *(u32 *)(r10 -44)
  422: r2 += r1
  423: *(u64 *)(r3 +8) = r2
  424: goto +73
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  425: *(u32 *)(r10 -80) = 0
  426: r1 = map[pipe_fw_stats] ll
  428: r2 = r10
  429: r2 += -80
  430: call bpf_map_lookup_elem
  431: r3 = r0
  432: if r3 == 0 goto +65
  433: r1 = *(u64 *)(r3 +0)
  434: r1 += 1
  435: *(u64 *)(r3 +0) = r1
  436: r2 = *(u64 *)(r3 +8)
  437: r1 = *(u32 *)(r10 -44)
  438: r2 += r1
  439: *(u64 *)(r3 +8) = r2
  440: goto +57
      ; v7: bool = read var7
  441: r1 = *(u8 *)(r10 -19)
  442: if r1 != 0 goto +18
      ; v10: bit<8> = const 1
  443: r1 = 1
      ; write var6, v10
  444: *(u8 *)(r10 -20) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  445: *(u32 *)(r10 -80) = 2
  446: r1 = map[pipe_fw_stats] ll
  448: r2 = r10
  449: r2 += -80
  450: call bpf_map_lookup_elem
  451: r3 = r0
  452: if r3 == 0 goto +45
  453: r1 = *(u64 *)(r3 +0)
  454: r1 += 1
  455: *(u64 *)(r3 +0) = r1
  456: r2 = *(u64 *)(r3 +8)
  457: r1 = *(u32 *)(r10 -44)
  458: r2 += r1
  459: *(u64 *)(r3 +8) = r2
  460: goto +37
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  461: *(u32 *)(r10 -80) = 0
  462: r1 = map[pipe_fw_stats] ll
  464: r2 = r10
  465: r2 += -80
  466: call bpf_map_lookup_elem
  467: r3 = r0
  468: if r3 == 0 goto +29
  469: r1 = *(u64 *)(r3 +0)
  470: r1 += 1
  471: *(u64 *)(r3 +0) = r1
  472: r2 = *(u64 *)(r3 +8)
  473: r1 = *(u32 *)(r10 -44)
  474: r2 += r1
  475: *(u64 *)(r3 +8) = r2
  476: goto +21
      ; drop
  477: r2 = *(u32 *)(r10 -40)
  478: r1 = *(u32 *)(r10 -36)
  479: *(u64 *)(r10 -144) = r2
  480: *(u64 *)(r10 -152) = r1
  481: r1 = *(u64 *)(r10 -8)
  482: r2 = 0xfffffffffffffff8 ll
  484: call bpf_xdp_adjust_meta
  485: if r0 != 0 goto +10
  486: r1 = *(u64 *)(r10 -8)
  487: r3 = *(u32 *)(r1 +8)
  488: r2 = *(u32 *)(r1 +0)
  489: r1 = r3
  490: r1 += 8
  491: if r1 > r2 goto +4
  492: r1 = *(u64 *)(r10 -144)
  493: *(u32 *)(r3 +0) = r1
  494: r1 = *(u64 *)(r10 -152)
  495: *(u32 *)(r3 +4) = r1
  496: r0 = 1
  497: exit
      ; epilogue: verdict
  498: r2 = *(u32 *)(r10 -40)
  499: r1 = *(u32 *)(r10 -36)
  500: *(u64 *)(r10 -160) = r2
  501: *(u64 *)(r10 -168) = r1
  502: r1 = *(u64 *)(r10 -8)
  503: r2 = 0xfffffffffffffff8 ll
  505: call bpf_xdp_adjust_meta
  506: if r0 != 0 goto +10
  507: r1 = *(u64 *)(r10 -8)
  508: r3 = *(u32 *)(r1 +8)
  509: r2 = *(u32 *)(r1 +0)
  510: r1 = r3
  511: r1 += 8
  512: if r1 > r2 goto +4
  513: r1 = *(u64 *)(r10 -160)
  514: *(u32 *)(r3 +0) = r1
  515: r1 = *(u64 *)(r10 -168)
  516: *(u32 *)(r3 +4) = r1
  517: r1 = *(u8 *)(r10 -20)
  518: if r1 != 0 goto +2
  519: r0 = 2
  520: exit
  521: if r1 != 2 goto +4
  522: r1 = *(u32 *)(r10 -36)
  523: r2 = 0
  524: call bpf_redirect
  525: exit
  526: r0 = 1
  527: exit
