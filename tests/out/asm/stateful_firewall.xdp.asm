; stateful_firewall for xdp: 459 instructions, stack 208 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -144) = 0
    7: *(u64 *)(r10 -168) = 0
    8: *(u64 *)(r10 -176) = 0
    9: *(u64 *)(r10 -184) = 0
   10: r1 = *(u32 *)(r3 +12)
   11: *(u64 *)(r10 -152) = r1
   12: r2 = *(u32 *)(r3 +8)
   13: r1 = r2
   14: r1 += 8
   15: if r1 > r6 goto +2
   16: r1 = *(u32 *)(r2 +0)
   17: *(u64 *)(r10 -168) = r1
   18: r1 = r3
   19: call bpf_xdp_get_buff_len
   20: r1 = r0
   21: *(u64 *)(r10 -160) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   22: r1 = r9
   23: r9 += 14
   24: if r9 > r7 goto +383
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 != 8 goto +41
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   27: r8 = r9
   28: r9 += 20
   29: if r9 > r7 goto +378
      ; v1: bit<4> = read_field hdr1.ihl
   30: r2 = *(u8 *)(r8 +0)
   31: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   32: r1 = 1
   33: if r2 >= 5 goto +1
   34: r1 = 0
      ; verify v3, error HeaderTooShort
   35: if r1 == 0 goto +372
      ; v4: bit<4> = read_field hdr1.ihl
   36: r1 = *(u8 *)(r8 +0)
   37: r1 &= 15
      ; v5: bit<32> = cast v4
   38: w1 = w1
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   39: r1 -= 5
   40: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   41: r1 *= 32
   42: w1 = w1
      ; advance v9
   43: if r1 & 7 goto +364
   44: r1 >>= 3
   45: if r1 > 16383 goto +362
   46: r9 -= r6
   47: r1 += r9
   48: if r1 > 16383 goto +359
   49: r9 = r6
   50: r9 += r1
   51: if r9 > r7 goto +356
      ; v10: bit<13> = read_field hdr1.fragOffset
   52: r2 = *(u16 *)(r8 +6)
   53: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   54: r1 = *(u8 *)(r8 +9)
   55: if r2 != 0 goto +12
   56: if r1 != 6 goto +11
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   57: *(u64 *)(r10 -144) = r9
   58: r9 += 20
   59: if r9 > r7 goto +348
      ; v12: bit<4> = read_field hdr2.dataOffset
   60: r0 = *(u64 *)(r10 -144)
   61: r2 = *(u8 *)(r0 +12)
   62: r2 >>= 4
   63: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   64: r1 = 1
   65: if r2 >= 5 goto +1
   66: r1 = 0
      ; verify v14, error HeaderTooShort
   67: if r1 == 0 goto +340
      ; v0: bool = is_valid hdr1
   68: r1 = 0
   69: if r8 == 0 goto +1
   70: r1 = 1
      ; v1: bool = not v0
   71: r1 ^= 1
   72: if r1 != 0 goto +356
      ; v2: bit<32> = read var2
   73: r2 = *(u64 *)(r10 -152)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   74: r1 = 1
   75: if r2 == 1 goto +1
   76: r1 = 0
      ; write var7, v4
   77: *(u64 *)(r10 -152) = r1
      ; v5: bool = is_valid hdr2
   78: r1 = 0
   79: r0 = *(u64 *)(r10 -144)
   80: if r0 == 0 goto +1
   81: r1 = 1
      ; v6: bool = not v5
   82: r1 ^= 1
   83: if r1 != 0 goto +288
      ; v13: bool = read var7
   84: r1 = *(u64 *)(r10 -152)
   85: if r1 != 0 goto +10
      ; v18: bit<32> = read_field hdr1.dstAddr
   86: r9 = *(u32 *)(r8 +16)
      ; write var8, v18
      ; v19: bit<32> = read_field hdr1.srcAddr
   87: r1 = *(u32 *)(r8 +12)
      ; write var9, v19
   88: *(u64 *)(r10 -192) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   89: r0 = *(u64 *)(r10 -144)
   90: r1 = *(u16 *)(r0 +2)
      ; write var10, v20
   91: *(u64 *)(r10 -200) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   92: r0 = *(u64 *)(r10 -144)
   93: r1 = *(u16 *)(r0 +0)
      ; write var11, v21
   94: *(u64 *)(r10 -208) = r1
   95: goto +9
      ; v14: bit<32> = read_field hdr1.srcAddr
   96: r9 = *(u32 *)(r8 +12)
      ; write var8, v14
      ; v15: bit<32> = read_field hdr1.dstAddr
   97: r1 = *(u32 *)(r8 +16)
      ; write var9, v15
   98: *(u64 *)(r10 -192) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   99: r0 = *(u64 *)(r10 -144)
  100: r1 = *(u16 *)(r0 +0)
      ; write var10, v16
  101: *(u64 *)(r10 -200) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  102: r0 = *(u64 *)(r10 -144)
  103: r1 = *(u16 *)(r0 +2)
      ; write var11, v17
  104: *(u64 *)(r10 -208) = r1
      ; v22: bit<32> = read var8
  105: r4 = r9
  106: r4 = be32 r4
      ; v23: bit<32> = read var9
  107: r3 = *(u64 *)(r10 -192)
  108: r3 = be32 r3
      ; v24: bit<16> = read var10
  109: r2 = *(u64 *)(r10 -200)
  110: r2 = be16 r2
      ; v25: bit<16> = read var11
  111: r1 = *(u64 *)(r10 -208)
  112: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  113: *(u32 *)(r10 -40) = r4
  114: *(u32 *)(r10 -36) = r3
  115: *(u16 *)(r10 -32) = r2
  116: *(u16 *)(r10 -30) = r1
  117: r1 = map[pipe_conns] ll
  119: r2 = r10
  120: r2 += -40
  121: call bpf_map_lookup_elem
  122: r1 = r0
  123: if r1 == 0 goto +4
  124: r8 = 1
  125: r3 = *(u8 *)(r1 +0)
  126: r3 &= 255
  127: goto +2
  128: r8 = 0
  129: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  130: r0 = *(u64 *)(r10 -144)
  131: r2 = *(u8 *)(r0 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  132: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  133: r0 = *(u64 *)(r10 -144)
  134: r1 = *(u8 *)(r0 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  135: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  136: if r1 != 0 goto +164
      ; v50: bool = read var7
  137: r1 = *(u64 *)(r10 -152)
  138: if r1 != 0 goto +91
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  139: r1 = 1
  140: if r2 == 18 goto +1
  141: r1 = 0
      ; v81: bool = logical_and v77, v80
  142: r4 = r8
  143: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  144: r1 = 1
  145: if r3 == 1 goto +1
  146: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  147: r2 = 1
  148: if r3 == 2 goto +1
  149: r2 = 0
      ; v88: bool = logical_or v84, v87
  150: r1 |= r2
      ; v89: bool = logical_and v81, v88
  151: r4 &= r1
  152: if r4 != 0 goto +39
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  153: r1 = 1
  154: if r3 == 3 goto +1
  155: r1 = 0
      ; v102: bool = logical_and v98, v101
  156: r8 &= r1
  157: if r8 != 0 goto +18
      ; v105: bit<8> = const 1
  158: r1 = 1
      ; write var6, v105
  159: *(u64 *)(r10 -184) = r1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  160: *(u32 *)(r10 -48) = 2
  161: r1 = map[pipe_fw_stats] ll
  163: r2 = r10
  164: r2 += -48
  165: call bpf_map_lookup_elem
  166: r2 = r0
  167: if r2 == 0 goto +261
  168: r1 = *(u64 *)(r2 +0)
  169: r1 += 1
  170: *(u64 *)(r2 +0) = r1
  171: r1 = *(u64 *)(r2 +8)
  172: r3 = *(u64 *)(r10 -160)
  173: r1 += r3
  174: *(u64 *)(r2 +8) = r1
  175: goto +253
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  176: *(u32 *)(r10 -48) = 1
  177: r1 = map[pipe_fw_stats] ll
  179: r2 = r10
  180: r2 += -48
  181: call bpf_map_lookup_elem
  182: r2 = r0
  183: if r2 == 0 goto +245
  184: r1 = *(u64 *)(r2 +0)
  185: r1 += 1
  186: *(u64 *)(r2 +0) = r1
  187: r1 = *(u64 *)(r2 +8)
  188: r3 = *(u64 *)(r10 -160)
  189: r1 += r3
  190: *(u64 *)(r2 +8) = r1
  191: goto +237
      ; v90: bit<8> = const 2
  192: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  193: r1 = r9
  194: r1 = be32 r1
      ; v92: bit<32> = read var9
  195: r2 = *(u64 *)(r10 -192)
  196: r2 = be32 r2
      ; v93: bit<16> = read var10
  197: r4 = *(u64 *)(r10 -200)
  198: r4 = be16 r4
      ; v94: bit<16> = read var11
  199: r8 = *(u64 *)(r10 -208)
  200: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  201: *(u32 *)(r10 -48) = r1
  202: *(u32 *)(r10 -44) = r2
  203: *(u16 *)(r10 -40) = r4
  204: *(u16 *)(r10 -38) = r8
  205: *(u8 *)(r10 -96) = r3
  206: r1 = map[pipe_conns] ll
  208: r2 = r10
  209: r2 += -48
  210: r3 = r10
  211: r3 += -96
  212: r4 = 0
  213: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  214: *(u32 *)(r10 -48) = 1
  215: r1 = map[pipe_fw_stats] ll
  217: r2 = r10
  218: r2 += -48
  219: call bpf_map_lookup_elem
  220: r2 = r0
  221: if r2 == 0 goto +207
  222: r1 = *(u64 *)(r2 +0)
  223: r1 += 1
  224: *(u64 *)(r2 +0) = r1
  225: r1 = *(u64 *)(r2 +8)
  226: r3 = *(u64 *)(r10 -160)
  227: r1 += r3
  228: *(u64 *)(r2 +8) = r1
  229: goto +199
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  230: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  231: r1 = 1
  232: if r3 == 2 goto +1
  233: r1 = 0
      ; v64: bool = logical_and v60, v63
  234: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  235: r1 = 1
  236: if r2 == 16 goto +1
  237: r1 = 0
      ; v68: bool = logical_and v64, v67
  238: r8 &= r1
  239: if r8 == 0 goto +45
      ; v69: bit<8> = const 3
  240: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  241: r1 = r9
  242: r1 = be32 r1
      ; v71: bit<32> = read var9
  243: r2 = *(u64 *)(r10 -192)
  244: r2 = be32 r2
      ; v72: bit<16> = read var10
  245: r4 = *(u64 *)(r10 -200)
  246: r4 = be16 r4
      ; v73: bit<16> = read var11
  247: r8 = *(u64 *)(r10 -208)
  248: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  249: *(u32 *)(r10 -48) = r1
  250: *(u32 *)(r10 -44) = r2
  251: *(u16 *)(r10 -40) = r4
  252: *(u16 *)(r10 -38) = r8
  253: *(u8 *)(r10 -96) = r3
  254: r1 = map[pipe_conns] ll
  256: r2 = r10
  257: r2 += -48
  258: r3 = r10
  259: r3 += -96
  260: r4 = 0
  261: call bpf_map_update_elem
  262: goto +22
      ; v54: bit<8> = const 1
  263: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  264: r1 = r9
  265: r1 = be32 r1
      ; v56: bit<32> = read var9
  266: r2 = *(u64 *)(r10 -192)
  267: r2 = be32 r2
      ; v57: bit<16> = read var10
  268: r4 = *(u64 *)(r10 -200)
  269: r4 = be16 r4
      ; v58: bit<16> = read var11
  270: r8 = *(u64 *)(r10 -208)
  271: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  272: *(u32 *)(r10 -48) = r1
  273: *(u32 *)(r10 -44) = r2
  274: *(u16 *)(r10 -40) = r4
  275: *(u16 *)(r10 -38) = r8
  276: *(u8 *)(r10 -96) = r3
  277: r1 = map[pipe_conns] ll
  279: r2 = r10
  280: r2 += -48
  281: r3 = r10
  282: r3 += -96
  283: r4 = 0
  284: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  285: *(u32 *)(r10 -48) = 0
  286: r1 = map[pipe_fw_stats] ll
  288: r2 = r10
  289: r2 += -48
  290: call bpf_map_lookup_elem
  291: r2 = r0
  292: if r2 == 0 goto +136
  293: r1 = *(u64 *)(r2 +0)
  294: r1 += 1
  295: *(u64 *)(r2 +0) = r1
  296: r1 = *(u64 *)(r2 +8)
  297: r3 = *(u64 *)(r10 -160)
  298: r1 += r3
  299: *(u64 *)(r2 +8) = r1
  300: goto +128
      ; v36: bool = read var13
  301: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  302: r1 = r9
  303: r1 = be32 r1
      ; v38: bit<32> = read var9
  304: r2 = *(u64 *)(r10 -192)
  305: r2 = be32 r2
      ; v39: bit<16> = read var10
  306: r3 = *(u64 *)(r10 -200)
  307: r3 = be16 r3
      ; v40: bit<16> = read var11
  308: r4 = *(u64 *)(r10 -208)
  309: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  310: *(u32 *)(r10 -48) = r1
  311: *(u32 *)(r10 -44) = r2
  312: *(u16 *)(r10 -40) = r3
  313: *(u16 *)(r10 -38) = r4
  314: r1 = map[pipe_conns] ll
  316: r2 = r10
  317: r2 += -48
  318: call bpf_map_delete_elem
      ; v41: bool = read var7
  319: r1 = *(u64 *)(r10 -152)
  320: if r1 != 0 goto +35
      ; v44: bool = read var13
  321: if r8 != 0 goto +18
      ; v47: bit<8> = const 1
  322: r1 = 1
      ; write var6, v47
  323: *(u64 *)(r10 -184) = r1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  324: *(u32 *)(r10 -48) = 2
  325: r1 = map[pipe_fw_stats] ll
  327: r2 = r10
  328: r2 += -48
  329: call bpf_map_lookup_elem
  330: r2 = r0
  331: if r2 == 0 goto +97
  332: r1 = *(u64 *)(r2 +0)
  333: r1 += 1
  334: *(u64 *)(r2 +0) = r1
  335: r1 = *(u64 *)(r2 +8)
  336: r3 = *(u64 *)(r10 -160)
  337: r1 += r3
  338: *(u64 *)(r2 +8) = r1
  339: goto +89
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  340: *(u32 *)(r10 -48) = 1
  341: r1 = map[pipe_fw_stats] ll
  343: r2 = r10
  344: r2 += -48
  345: call bpf_map_lookup_elem
  346: r2 = r0
  347: if r2 == 0 goto +81
  348: r1 = *(u64 *)(r2 +0)
  349: r1 += 1
  350: *(u64 *)(r2 +0) = r1
  351: r1 = *(u64 *)(r2 +8)
  352: r3 = *(u64 *)(r10 -160)
  353: r1 += r3
  354: *(u64 *)(r2 +8) = r1
  355: goto +73
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  356: *(u32 *)(r10 -48) = 0
  357: r1 = map[pipe_fw_stats] ll
  359: r2 = r10
  360: r2 += -48
  361: call bpf_map_lookup_elem
  362: r2 = r0
  363: if r2 == 0 goto +65
  364: r1 = *(u64 *)(r2 +0)
  365: r1 += 1
  366: *(u64 *)(r2 +0) = r1
  367: r1 = *(u64 *)(r2 +8)
  368: r3 = *(u64 *)(r10 -160)
  369: r1 += r3
  370: *(u64 *)(r2 +8) = r1
  371: goto +57
      ; v7: bool = read var7
  372: r1 = *(u64 *)(r10 -152)
  373: if r1 != 0 goto +18
      ; v10: bit<8> = const 1
  374: r1 = 1
      ; write var6, v10
  375: *(u64 *)(r10 -184) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  376: *(u32 *)(r10 -48) = 2
  377: r1 = map[pipe_fw_stats] ll
  379: r2 = r10
  380: r2 += -48
  381: call bpf_map_lookup_elem
  382: r2 = r0
  383: if r2 == 0 goto +45
  384: r1 = *(u64 *)(r2 +0)
  385: r1 += 1
  386: *(u64 *)(r2 +0) = r1
  387: r1 = *(u64 *)(r2 +8)
  388: r3 = *(u64 *)(r10 -160)
  389: r1 += r3
  390: *(u64 *)(r2 +8) = r1
  391: goto +37
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  392: *(u32 *)(r10 -48) = 0
  393: r1 = map[pipe_fw_stats] ll
  395: r2 = r10
  396: r2 += -48
  397: call bpf_map_lookup_elem
  398: r2 = r0
  399: if r2 == 0 goto +29
  400: r1 = *(u64 *)(r2 +0)
  401: r1 += 1
  402: *(u64 *)(r2 +0) = r1
  403: r1 = *(u64 *)(r2 +8)
  404: r3 = *(u64 *)(r10 -160)
  405: r1 += r3
  406: *(u64 *)(r2 +8) = r1
  407: goto +21
      ; drop
  408: r2 = *(u64 *)(r10 -168)
  409: r1 = *(u64 *)(r10 -176)
  410: *(u64 *)(r10 -112) = r2
  411: *(u64 *)(r10 -120) = r1
  412: r1 = *(u64 *)(r10 -8)
  413: r2 = 0xfffffffffffffff8 ll
  415: call bpf_xdp_adjust_meta
  416: if r0 != 0 goto +10
  417: r1 = *(u64 *)(r10 -8)
  418: r3 = *(u32 *)(r1 +8)
  419: r2 = *(u32 *)(r1 +0)
  420: r1 = r3
  421: r1 += 8
  422: if r1 > r2 goto +4
  423: r1 = *(u64 *)(r10 -112)
  424: *(u32 *)(r3 +0) = r1
  425: r1 = *(u64 *)(r10 -120)
  426: *(u32 *)(r3 +4) = r1
  427: r0 = 1
  428: exit
      ; epilogue: verdict
  429: r2 = *(u64 *)(r10 -168)
  430: r1 = *(u64 *)(r10 -176)
  431: *(u64 *)(r10 -128) = r2
  432: *(u64 *)(r10 -136) = r1
  433: r1 = *(u64 *)(r10 -8)
  434: r2 = 0xfffffffffffffff8 ll
  436: call bpf_xdp_adjust_meta
  437: if r0 != 0 goto +10
  438: r1 = *(u64 *)(r10 -8)
  439: r2 = *(u32 *)(r1 +8)
  440: r3 = *(u32 *)(r1 +0)
  441: r1 = r2
  442: r1 += 8
  443: if r1 > r3 goto +4
  444: r1 = *(u64 *)(r10 -128)
  445: *(u32 *)(r2 +0) = r1
  446: r1 = *(u64 *)(r10 -136)
  447: *(u32 *)(r2 +4) = r1
  448: r1 = *(u64 *)(r10 -184)
  449: if r1 != 0 goto +2
  450: r0 = 2
  451: exit
  452: if r1 != 2 goto +4
  453: r1 = *(u64 *)(r10 -176)
  454: r2 = 0
  455: call bpf_redirect
  456: exit
  457: r0 = 1
  458: exit
