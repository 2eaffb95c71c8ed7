; stateful_firewall for xdp: 471 instructions, stack 192 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -128) = 0
    7: *(u64 *)(r10 -152) = 0
    8: *(u64 *)(r10 -160) = 0
    9: *(u64 *)(r10 -168) = 0
   10: r1 = *(u32 *)(r3 +12)
   11: *(u64 *)(r10 -136) = r1
   12: r2 = *(u32 *)(r3 +8)
   13: r1 = r2
   14: r1 += 8
   15: if r1 > r6 goto +2
   16: r1 = *(u32 *)(r2 +0)
   17: *(u64 *)(r10 -152) = r1
   18: r1 = r3
   19: call bpf_xdp_get_buff_len
   20: r1 = r0
   21: *(u64 *)(r10 -144) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   22: r1 = r9
   23: r9 += 14
   24: if r9 > r7 goto +395
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 != 8 goto +43
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   27: r8 = r9
   28: r9 += 20
   29: if r9 > r7 goto +390
      ; v1: bit<4> = read_field hdr1.ihl
   30: r2 = *(u8 *)(r8 +0)
   31: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   32: r1 = 1
   33: if r2 >= 5 goto +1
   34: r1 = 0
      ; verify v3, error HeaderTooShort
   35: if r1 == 0 goto +384
      ; v4: bit<4> = read_field hdr1.ihl
   36: r1 = *(u8 *)(r8 +0)
   37: r1 &= 15
      ; v5: bit<32> = cast v4
   38: w1 = w1
      ; v6: bit<32> = const 5
   39: r2 = 5
      ; v7: bit<32> = sub v5, v6
   40: r1 -= r2
   41: w1 = w1
      ; v8: bit<32> = const 0x20
   42: r2 = 32
      ; v9: bit<32> = mul v7, v8
   43: r1 *= r2
   44: w1 = w1
      ; advance v9
   45: if r1 & 7 goto +374
   46: r1 >>= 3
   47: if r1 > 16383 goto +372
   48: r9 -= r6
   49: r1 += r9
   50: if r1 > 16383 goto +369
   51: r9 = r6
   52: r9 += r1
   53: if r9 > r7 goto +366
      ; v10: bit<13> = read_field hdr1.fragOffset
   54: r2 = *(u16 *)(r8 +6)
   55: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   56: r1 = *(u8 *)(r8 +9)
   57: if r2 != 0 goto +12
   58: if r1 != 6 goto +11
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   59: *(u64 *)(r10 -128) = r9
   60: r9 += 20
   61: if r9 > r7 goto +358
      ; v12: bit<4> = read_field hdr2.dataOffset
   62: r0 = *(u64 *)(r10 -128)
   63: r2 = *(u8 *)(r0 +12)
   64: r2 >>= 4
   65: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   66: r1 = 1
   67: if r2 >= 5 goto +1
   68: r1 = 0
      ; verify v14, error HeaderTooShort
   69: if r1 == 0 goto +350
      ; v0: bool = is_valid hdr1
   70: r1 = 0
   71: if r8 == 0 goto +1
   72: r1 = 1
      ; v1: bool = not v0
   73: r1 ^= 1
   74: if r1 != 0 goto +366
      ; v2: bit<32> = read var2
   75: r2 = *(u64 *)(r10 -136)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   76: r1 = 1
   77: if r2 == 1 goto +1
   78: r1 = 0
      ; write var7, v4
   79: *(u64 *)(r10 -136) = r1
      ; v5: bool = is_valid hdr2
   80: r1 = 0
   81: r0 = *(u64 *)(r10 -128)
   82: if r0 == 0 goto +1
   83: r1 = 1
      ; v6: bool = not v5
   84: r1 ^= 1
   85: if r1 != 0 goto +298
      ; v13: bool = read var7
   86: r1 = *(u64 *)(r10 -136)
   87: if r1 != 0 goto +10
      ; v18: bit<32> = read_field hdr1.dstAddr
   88: r9 = *(u32 *)(r8 +16)
      ; write var8, v18
      ; v19: bit<32> = read_field hdr1.srcAddr
   89: r1 = *(u32 *)(r8 +12)
      ; write var9, v19
   90: *(u64 *)(r10 -176) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   91: r0 = *(u64 *)(r10 -128)
   92: r1 = *(u16 *)(r0 +2)
      ; write var10, v20
   93: *(u64 *)(r10 -184) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   94: r0 = *(u64 *)(r10 -128)
   95: r1 = *(u16 *)(r0 +0)
      ; write var11, v21
   96: *(u64 *)(r10 -192) = r1
   97: goto +9
      ; v14: bit<32> = read_field hdr1.srcAddr
   98: r9 = *(u32 *)(r8 +12)
      ; write var8, v14
      ; v15: bit<32> = read_field hdr1.dstAddr
   99: r1 = *(u32 *)(r8 +16)
      ; write var9, v15
  100: *(u64 *)(r10 -176) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  101: r0 = *(u64 *)(r10 -128)
  102: r1 = *(u16 *)(r0 +0)
      ; write var10, v16
  103: *(u64 *)(r10 -184) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  104: r0 = *(u64 *)(r10 -128)
  105: r1 = *(u16 *)(r0 +2)
      ; write var11, v17
  106: *(u64 *)(r10 -192) = r1
      ; v22: bit<32> = read var8
  107: r4 = r9
  108: r4 = be32 r4
      ; v23: bit<32> = read var9
  109: r3 = *(u64 *)(r10 -176)
  110: r3 = be32 r3
      ; v24: bit<16> = read var10
  111: r2 = *(u64 *)(r10 -184)
  112: r2 = be16 r2
      ; v25: bit<16> = read var11
  113: r1 = *(u64 *)(r10 -192)
  114: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  115: *(u64 *)(r10 -24) = 0
  116: *(u32 *)(r10 -32) = r4
  117: *(u32 *)(r10 -28) = r3
  118: *(u16 *)(r10 -24) = r2
  119: *(u16 *)(r10 -22) = r1
  120: r1 = map[pipe_conns] ll
  122: r2 = r10
  123: r2 += -32
  124: call bpf_map_lookup_elem
  125: r1 = r0
  126: if r1 == 0 goto +4
  127: r8 = 1
  128: r3 = *(u8 *)(r1 +0)
  129: r3 &= 255
  130: goto +2
  131: r8 = 0
  132: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  133: r0 = *(u64 *)(r10 -128)
  134: r2 = *(u8 *)(r0 +13)
      ; v29: bit<8> = const 0x12
  135: r1 = 18
      ; v30: bit<8> = and v28, v29
  136: r2 &= r1
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  137: r0 = *(u64 *)(r10 -128)
  138: r1 = *(u8 *)(r0 +13)
      ; v32: bit<8> = const 4
  139: r4 = 4
      ; v33: bit<8> = and v31, v32
  140: r1 &= r4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  141: if r1 != 0 goto +170
      ; v50: bool = read var7
  142: r1 = *(u64 *)(r10 -136)
  143: if r1 != 0 goto +93
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  144: r1 = 1
  145: if r2 == 18 goto +1
  146: r1 = 0
      ; v81: bool = logical_and v77, v80
  147: r4 = r8
  148: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  149: r1 = 1
  150: if r3 == 1 goto +1
  151: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  152: r2 = 1
  153: if r3 == 2 goto +1
  154: r2 = 0
      ; v88: bool = logical_or v84, v87
  155: r1 |= r2
      ; v89: bool = logical_and v81, v88
  156: r4 &= r1
  157: if r4 != 0 goto +39
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  158: r1 = 1
  159: if r3 == 3 goto +1
  160: r1 = 0
      ; v102: bool = logical_and v98, v101
  161: r8 &= r1
  162: if r8 != 0 goto +18
      ; v105: bit<8> = const 1
  163: r1 = 1
      ; write var6, v105
  164: *(u64 *)(r10 -168) = r1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  165: *(u32 *)(r10 -32) = 2
  166: r1 = map[pipe_fw_stats] ll
  168: r2 = r10
  169: r2 += -32
  170: call bpf_map_lookup_elem
  171: r2 = r0
  172: if r2 == 0 goto +268
  173: r1 = *(u64 *)(r2 +0)
  174: r1 += 1
  175: *(u64 *)(r2 +0) = r1
  176: r1 = *(u64 *)(r2 +8)
  177: r3 = *(u64 *)(r10 -144)
  178: r1 += r3
  179: *(u64 *)(r2 +8) = r1
  180: goto +260
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  181: *(u32 *)(r10 -32) = 1
  182: r1 = map[pipe_fw_stats] ll
  184: r2 = r10
  185: r2 += -32
  186: call bpf_map_lookup_elem
  187: r2 = r0
  188: if r2 == 0 goto +252
  189: r1 = *(u64 *)(r2 +0)
  190: r1 += 1
  191: *(u64 *)(r2 +0) = r1
  192: r1 = *(u64 *)(r2 +8)
  193: r3 = *(u64 *)(r10 -144)
  194: r1 += r3
  195: *(u64 *)(r2 +8) = r1
  196: goto +244
      ; v90: bit<8> = const 2
  197: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  198: r1 = r9
  199: r1 = be32 r1
      ; v92: bit<32> = read var9
  200: r2 = *(u64 *)(r10 -176)
  201: r2 = be32 r2
      ; v93: bit<16> = read var10
  202: r4 = *(u64 *)(r10 -184)
  203: r4 = be16 r4
      ; v94: bit<16> = read var11
  204: r8 = *(u64 *)(r10 -192)
  205: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  206: *(u64 *)(r10 -24) = 0
  207: *(u32 *)(r10 -32) = r1
  208: *(u32 *)(r10 -28) = r2
  209: *(u16 *)(r10 -24) = r4
  210: *(u16 *)(r10 -22) = r8
  211: *(u64 *)(r10 -80) = 0
  212: *(u8 *)(r10 -80) = r3
  213: r1 = map[pipe_conns] ll
  215: r2 = r10
  216: r2 += -32
  217: r3 = r10
  218: r3 += -80
  219: r4 = 0
  220: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  221: *(u32 *)(r10 -32) = 1
  222: r1 = map[pipe_fw_stats] ll
  224: r2 = r10
  225: r2 += -32
  226: call bpf_map_lookup_elem
  227: r2 = r0
  228: if r2 == 0 goto +212
  229: r1 = *(u64 *)(r2 +0)
  230: r1 += 1
  231: *(u64 *)(r2 +0) = r1
  232: r1 = *(u64 *)(r2 +8)
  233: r3 = *(u64 *)(r10 -144)
  234: r1 += r3
  235: *(u64 *)(r2 +8) = r1
  236: goto +204
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  237: if r2 == 2 goto +34
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  238: r1 = 1
  239: if r3 == 2 goto +1
  240: r1 = 0
      ; v64: bool = logical_and v60, v63
  241: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  242: r1 = 1
  243: if r2 == 16 goto +1
  244: r1 = 0
      ; v68: bool = logical_and v64, v67
  245: r8 &= r1
  246: if r8 == 0 goto +49
      ; v69: bit<8> = const 3
  247: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  248: r1 = r9
  249: r1 = be32 r1
      ; v71: bit<32> = read var9
  250: r2 = *(u64 *)(r10 -176)
  251: r2 = be32 r2
      ; v72: bit<16> = read var10
  252: r4 = *(u64 *)(r10 -184)
  253: r4 = be16 r4
      ; v73: bit<16> = read var11
  254: r8 = *(u64 *)(r10 -192)
  255: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  256: *(u64 *)(r10 -24) = 0
  257: *(u32 *)(r10 -32) = r1
  258: *(u32 *)(r10 -28) = r2
  259: *(u16 *)(r10 -24) = r4
  260: *(u16 *)(r10 -22) = r8
  261: *(u64 *)(r10 -80) = 0
  262: *(u8 *)(r10 -80) = r3
  263: r1 = map[pipe_conns] ll
  265: r2 = r10
  266: r2 += -32
  267: r3 = r10
  268: r3 += -80
  269: r4 = 0
  270: call bpf_map_update_elem
  271: goto +24
      ; v54: bit<8> = const 1
  272: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  273: r1 = r9
  274: r1 = be32 r1
      ; v56: bit<32> = read var9
  275: r2 = *(u64 *)(r10 -176)
  276: r2 = be32 r2
      ; v57: bit<16> = read var10
  277: r4 = *(u64 *)(r10 -184)
  278: r4 = be16 r4
      ; v58: bit<16> = read var11
  279: r8 = *(u64 *)(r10 -192)
  280: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  281: *(u64 *)(r10 -24) = 0
  282: *(u32 *)(r10 -32) = r1
  283: *(u32 *)(r10 -28) = r2
  284: *(u16 *)(r10 -24) = r4
  285: *(u16 *)(r10 -22) = r8
  286: *(u64 *)(r10 -80) = 0
  287: *(u8 *)(r10 -80) = r3
  288: r1 = map[pipe_conns] ll
  290: r2 = r10
  291: r2 += -32
  292: r3 = r10
  293: r3 += -80
  294: r4 = 0
  295: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  296: *(u32 *)(r10 -32) = 0
  297: r1 = map[pipe_fw_stats] ll
  299: r2 = r10
  300: r2 += -32
  301: call bpf_map_lookup_elem
  302: r2 = r0
  303: if r2 == 0 goto +137
  304: r1 = *(u64 *)(r2 +0)
  305: r1 += 1
  306: *(u64 *)(r2 +0) = r1
  307: r1 = *(u64 *)(r2 +8)
  308: r3 = *(u64 *)(r10 -144)
  309: r1 += r3
  310: *(u64 *)(r2 +8) = r1
  311: goto +129
      ; v36: bool = read var13
  312: if r8 == 0 goto +18
      ; v37: bit<32> = read var8
  313: r1 = r9
  314: r1 = be32 r1
      ; v38: bit<32> = read var9
  315: r2 = *(u64 *)(r10 -176)
  316: r2 = be32 r2
      ; v39: bit<16> = read var10
  317: r3 = *(u64 *)(r10 -184)
  318: r3 = be16 r3
      ; v40: bit<16> = read var11
  319: r4 = *(u64 *)(r10 -192)
  320: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  321: *(u64 *)(r10 -24) = 0
  322: *(u32 *)(r10 -32) = r1
  323: *(u32 *)(r10 -28) = r2
  324: *(u16 *)(r10 -24) = r3
  325: *(u16 *)(r10 -22) = r4
  326: r1 = map[pipe_conns] ll
  328: r2 = r10
  329: r2 += -32
  330: call bpf_map_delete_elem
      ; v41: bool = read var7
  331: r1 = *(u64 *)(r10 -136)
  332: if r1 != 0 goto +35
      ; v44: bool = read var13
  333: if r8 != 0 goto +18
      ; v47: bit<8> = const 1
  334: r1 = 1
      ; write var6, v47
  335: *(u64 *)(r10 -168) = r1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  336: *(u32 *)(r10 -32) = 2
  337: r1 = map[pipe_fw_stats] ll
  339: r2 = r10
  340: r2 += -32
  341: call bpf_map_lookup_elem
  342: r2 = r0
  343: if r2 == 0 goto +97
  344: r1 = *(u64 *)(r2 +0)
  345: r1 += 1
  346: *(u64 *)(r2 +0) = r1
  347: r1 = *(u64 *)(r2 +8)
  348: r3 = *(u64 *)(r10 -144)
  349: r1 += r3
  350: *(u64 *)(r2 +8) = r1
  351: goto +89
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  352: *(u32 *)(r10 -32) = 1
  353: r1 = map[pipe_fw_stats] ll
  355: r2 = r10
  356: r2 += -32
  357: call bpf_map_lookup_elem
  358: r2 = r0
  359: if r2 == 0 goto +81
  360: r1 = *(u64 *)(r2 +0)
  361: r1 += 1
  362: *(u64 *)(r2 +0) = r1
  363: r1 = *(u64 *)(r2 +8)
  364: r3 = *(u64 *)(r10 -144)
  365: r1 += r3
  366: *(u64 *)(r2 +8) = r1
  367: goto +73
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  368: *(u32 *)(r10 -32) = 0
  369: r1 = map[pipe_fw_stats] ll
  371: r2 = r10
  372: r2 += -32
  373: call bpf_map_lookup_elem
  374: r2 = r0
  375: if r2 == 0 goto +65
  376: r1 = *(u64 *)(r2 +0)
  377: r1 += 1
  378: *(u64 *)(r2 +0) = r1
  379: r1 = *(u64 *)(r2 +8)
  380: r3 = *(u64 *)(r10 -144)
  381: r1 += r3
  382: *(u64 *)(r2 +8) = r1
  383: goto +57
      ; v7: bool = read var7
  384: r1 = *(u64 *)(r10 -136)
  385: if r1 != 0 goto +18
      ; v10: bit<8> = const 1
  386: r1 = 1
      ; write var6, v10
  387: *(u64 *)(r10 -168) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  388: *(u32 *)(r10 -32) = 2
  389: r1 = map[pipe_fw_stats] ll
  391: r2 = r10
  392: r2 += -32
  393: call bpf_map_lookup_elem
  394: r2 = r0
  395: if r2 == 0 goto +45
  396: r1 = *(u64 *)(r2 +0)
  397: r1 += 1
  398: *(u64 *)(r2 +0) = r1
  399: r1 = *(u64 *)(r2 +8)
  400: r3 = *(u64 *)(r10 -144)
  401: r1 += r3
  402: *(u64 *)(r2 +8) = r1
  403: goto +37
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  404: *(u32 *)(r10 -32) = 0
  405: r1 = map[pipe_fw_stats] ll
  407: r2 = r10
  408: r2 += -32
  409: call bpf_map_lookup_elem
  410: r2 = r0
  411: if r2 == 0 goto +29
  412: r1 = *(u64 *)(r2 +0)
  413: r1 += 1
  414: *(u64 *)(r2 +0) = r1
  415: r1 = *(u64 *)(r2 +8)
  416: r3 = *(u64 *)(r10 -144)
  417: r1 += r3
  418: *(u64 *)(r2 +8) = r1
  419: goto +21
      ; drop
  420: r2 = *(u64 *)(r10 -152)
  421: r1 = *(u64 *)(r10 -160)
  422: *(u64 *)(r10 -96) = r2
  423: *(u64 *)(r10 -104) = r1
  424: r1 = *(u64 *)(r10 -8)
  425: r2 = 0xfffffffffffffff8 ll
  427: call bpf_xdp_adjust_meta
  428: if r0 != 0 goto +10
  429: r1 = *(u64 *)(r10 -8)
  430: r3 = *(u32 *)(r1 +8)
  431: r2 = *(u32 *)(r1 +0)
  432: r1 = r3
  433: r1 += 8
  434: if r1 > r2 goto +4
  435: r1 = *(u64 *)(r10 -96)
  436: *(u32 *)(r3 +0) = r1
  437: r1 = *(u64 *)(r10 -104)
  438: *(u32 *)(r3 +4) = r1
  439: r0 = 1
  440: exit
      ; epilogue: verdict
  441: r2 = *(u64 *)(r10 -152)
  442: r1 = *(u64 *)(r10 -160)
  443: *(u64 *)(r10 -112) = r2
  444: *(u64 *)(r10 -120) = r1
  445: r1 = *(u64 *)(r10 -8)
  446: r2 = 0xfffffffffffffff8 ll
  448: call bpf_xdp_adjust_meta
  449: if r0 != 0 goto +10
  450: r1 = *(u64 *)(r10 -8)
  451: r2 = *(u32 *)(r1 +8)
  452: r3 = *(u32 *)(r1 +0)
  453: r1 = r2
  454: r1 += 8
  455: if r1 > r3 goto +4
  456: r1 = *(u64 *)(r10 -112)
  457: *(u32 *)(r2 +0) = r1
  458: r1 = *(u64 *)(r10 -120)
  459: *(u32 *)(r2 +4) = r1
  460: r1 = *(u64 *)(r10 -168)
  461: if r1 != 0 goto +2
  462: r0 = 2
  463: exit
  464: if r1 != 2 goto +4
  465: r1 = *(u64 *)(r10 -160)
  466: r2 = 0
  467: call bpf_redirect
  468: exit
  469: r0 = 1
  470: exit
