; stateful_firewall for xdp: 467 instructions, stack 192 bytes, 2 maps
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
   24: if r9 > r7 goto +391
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 != 8 goto +41
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   27: r8 = r9
   28: r9 += 20
   29: if r9 > r7 goto +386
      ; v1: bit<4> = read_field hdr1.ihl
   30: r2 = *(u8 *)(r8 +0)
   31: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   32: r1 = 1
   33: if r2 >= 5 goto +1
   34: r1 = 0
      ; verify v3, error HeaderTooShort
   35: if r1 == 0 goto +380
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
   43: if r1 & 7 goto +372
   44: r1 >>= 3
   45: if r1 > 16383 goto +370
   46: r9 -= r6
   47: r1 += r9
   48: if r1 > 16383 goto +367
   49: r9 = r6
   50: r9 += r1
   51: if r9 > r7 goto +364
      ; v10: bit<13> = read_field hdr1.fragOffset
   52: r2 = *(u16 *)(r8 +6)
   53: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   54: r1 = *(u8 *)(r8 +9)
   55: if r2 != 0 goto +12
   56: if r1 != 6 goto +11
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   57: *(u64 *)(r10 -128) = r9
   58: r9 += 20
   59: if r9 > r7 goto +356
      ; v12: bit<4> = read_field hdr2.dataOffset
   60: r0 = *(u64 *)(r10 -128)
   61: r2 = *(u8 *)(r0 +12)
   62: r2 >>= 4
   63: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   64: r1 = 1
   65: if r2 >= 5 goto +1
   66: r1 = 0
      ; verify v14, error HeaderTooShort
   67: if r1 == 0 goto +348
      ; v0: bool = is_valid hdr1
   68: r1 = 0
   69: if r8 == 0 goto +1
   70: r1 = 1
      ; v1: bool = not v0
   71: r1 ^= 1
   72: if r1 != 0 goto +364
      ; v2: bit<32> = read var2
   73: r2 = *(u64 *)(r10 -136)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   74: r1 = 1
   75: if r2 == 1 goto +1
   76: r1 = 0
      ; write var7, v4
   77: *(u64 *)(r10 -136) = r1
      ; v5: bool = is_valid hdr2
   78: r1 = 0
   79: r0 = *(u64 *)(r10 -128)
   80: if r0 == 0 goto +1
   81: r1 = 1
      ; v6: bool = not v5
   82: r1 ^= 1
   83: if r1 != 0 goto +296
      ; v13: bool = read var7
   84: r1 = *(u64 *)(r10 -136)
   85: if r1 != 0 goto +10
      ; v18: bit<32> = read_field hdr1.dstAddr
   86: r9 = *(u32 *)(r8 +16)
      ; write var8, v18
      ; v19: bit<32> = read_field hdr1.srcAddr
   87: r1 = *(u32 *)(r8 +12)
      ; write var9, v19
   88: *(u64 *)(r10 -176) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   89: r0 = *(u64 *)(r10 -128)
   90: r1 = *(u16 *)(r0 +2)
      ; write var10, v20
   91: *(u64 *)(r10 -184) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   92: r0 = *(u64 *)(r10 -128)
   93: r1 = *(u16 *)(r0 +0)
      ; write var11, v21
   94: *(u64 *)(r10 -192) = r1
   95: goto +9
      ; v14: bit<32> = read_field hdr1.srcAddr
   96: r9 = *(u32 *)(r8 +12)
      ; write var8, v14
      ; v15: bit<32> = read_field hdr1.dstAddr
   97: r1 = *(u32 *)(r8 +16)
      ; write var9, v15
   98: *(u64 *)(r10 -176) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   99: r0 = *(u64 *)(r10 -128)
  100: r1 = *(u16 *)(r0 +0)
      ; write var10, v16
  101: *(u64 *)(r10 -184) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  102: r0 = *(u64 *)(r10 -128)
  103: r1 = *(u16 *)(r0 +2)
      ; write var11, v17
  104: *(u64 *)(r10 -192) = r1
      ; v22: bit<32> = read var8
  105: r4 = r9
  106: r4 = be32 r4
      ; v23: bit<32> = read var9
  107: r3 = *(u64 *)(r10 -176)
  108: r3 = be32 r3
      ; v24: bit<16> = read var10
  109: r2 = *(u64 *)(r10 -184)
  110: r2 = be16 r2
      ; v25: bit<16> = read var11
  111: r1 = *(u64 *)(r10 -192)
  112: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  113: *(u64 *)(r10 -24) = 0
  114: *(u32 *)(r10 -32) = r4
  115: *(u32 *)(r10 -28) = r3
  116: *(u16 *)(r10 -24) = r2
  117: *(u16 *)(r10 -22) = r1
  118: r1 = map[pipe_conns] ll
  120: r2 = r10
  121: r2 += -32
  122: call bpf_map_lookup_elem
  123: r1 = r0
  124: if r1 == 0 goto +4
  125: r8 = 1
  126: r3 = *(u8 *)(r1 +0)
  127: r3 &= 255
  128: goto +2
  129: r8 = 0
  130: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  131: r0 = *(u64 *)(r10 -128)
  132: r2 = *(u8 *)(r0 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  133: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  134: r0 = *(u64 *)(r10 -128)
  135: r1 = *(u8 *)(r0 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  136: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  137: if r1 != 0 goto +170
      ; v50: bool = read var7
  138: r1 = *(u64 *)(r10 -136)
  139: if r1 != 0 goto +93
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  140: r1 = 1
  141: if r2 == 18 goto +1
  142: r1 = 0
      ; v81: bool = logical_and v77, v80
  143: r4 = r8
  144: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  145: r1 = 1
  146: if r3 == 1 goto +1
  147: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  148: r2 = 1
  149: if r3 == 2 goto +1
  150: r2 = 0
      ; v88: bool = logical_or v84, v87
  151: r1 |= r2
      ; v89: bool = logical_and v81, v88
  152: r4 &= r1
  153: if r4 != 0 goto +39
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  154: r1 = 1
  155: if r3 == 3 goto +1
  156: r1 = 0
      ; v102: bool = logical_and v98, v101
  157: r8 &= r1
  158: if r8 != 0 goto +18
      ; v105: bit<8> = const 1
  159: r1 = 1
      ; write var6, v105
  160: *(u64 *)(r10 -168) = r1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  161: *(u32 *)(r10 -32) = 2
  162: r1 = map[pipe_fw_stats] ll
  164: r2 = r10
  165: r2 += -32
  166: call bpf_map_lookup_elem
  167: r2 = r0
  168: if r2 == 0 goto +268
  169: r1 = *(u64 *)(r2 +0)
  170: r1 += 1
  171: *(u64 *)(r2 +0) = r1
  172: r1 = *(u64 *)(r2 +8)
  173: r3 = *(u64 *)(r10 -144)
  174: r1 += r3
  175: *(u64 *)(r2 +8) = r1
  176: goto +260
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  177: *(u32 *)(r10 -32) = 1
  178: r1 = map[pipe_fw_stats] ll
  180: r2 = r10
  181: r2 += -32
  182: call bpf_map_lookup_elem
  183: r2 = r0
  184: if r2 == 0 goto +252
  185: r1 = *(u64 *)(r2 +0)
  186: r1 += 1
  187: *(u64 *)(r2 +0) = r1
  188: r1 = *(u64 *)(r2 +8)
  189: r3 = *(u64 *)(r10 -144)
  190: r1 += r3
  191: *(u64 *)(r2 +8) = r1
  192: goto +244
      ; v90: bit<8> = const 2
  193: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  194: r1 = r9
  195: r1 = be32 r1
      ; v92: bit<32> = read var9
  196: r2 = *(u64 *)(r10 -176)
  197: r2 = be32 r2
      ; v93: bit<16> = read var10
  198: r4 = *(u64 *)(r10 -184)
  199: r4 = be16 r4
      ; v94: bit<16> = read var11
  200: r8 = *(u64 *)(r10 -192)
  201: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  202: *(u64 *)(r10 -24) = 0
  203: *(u32 *)(r10 -32) = r1
  204: *(u32 *)(r10 -28) = r2
  205: *(u16 *)(r10 -24) = r4
  206: *(u16 *)(r10 -22) = r8
  207: *(u64 *)(r10 -80) = 0
  208: *(u8 *)(r10 -80) = r3
  209: r1 = map[pipe_conns] ll
  211: r2 = r10
  212: r2 += -32
  213: r3 = r10
  214: r3 += -80
  215: r4 = 0
  216: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  217: *(u32 *)(r10 -32) = 1
  218: r1 = map[pipe_fw_stats] ll
  220: r2 = r10
  221: r2 += -32
  222: call bpf_map_lookup_elem
  223: r2 = r0
  224: if r2 == 0 goto +212
  225: r1 = *(u64 *)(r2 +0)
  226: r1 += 1
  227: *(u64 *)(r2 +0) = r1
  228: r1 = *(u64 *)(r2 +8)
  229: r3 = *(u64 *)(r10 -144)
  230: r1 += r3
  231: *(u64 *)(r2 +8) = r1
  232: goto +204
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  233: if r2 == 2 goto +34
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  234: r1 = 1
  235: if r3 == 2 goto +1
  236: r1 = 0
      ; v64: bool = logical_and v60, v63
  237: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  238: r1 = 1
  239: if r2 == 16 goto +1
  240: r1 = 0
      ; v68: bool = logical_and v64, v67
  241: r8 &= r1
  242: if r8 == 0 goto +49
      ; v69: bit<8> = const 3
  243: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  244: r1 = r9
  245: r1 = be32 r1
      ; v71: bit<32> = read var9
  246: r2 = *(u64 *)(r10 -176)
  247: r2 = be32 r2
      ; v72: bit<16> = read var10
  248: r4 = *(u64 *)(r10 -184)
  249: r4 = be16 r4
      ; v73: bit<16> = read var11
  250: r8 = *(u64 *)(r10 -192)
  251: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  252: *(u64 *)(r10 -24) = 0
  253: *(u32 *)(r10 -32) = r1
  254: *(u32 *)(r10 -28) = r2
  255: *(u16 *)(r10 -24) = r4
  256: *(u16 *)(r10 -22) = r8
  257: *(u64 *)(r10 -80) = 0
  258: *(u8 *)(r10 -80) = r3
  259: r1 = map[pipe_conns] ll
  261: r2 = r10
  262: r2 += -32
  263: r3 = r10
  264: r3 += -80
  265: r4 = 0
  266: call bpf_map_update_elem
  267: goto +24
      ; v54: bit<8> = const 1
  268: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  269: r1 = r9
  270: r1 = be32 r1
      ; v56: bit<32> = read var9
  271: r2 = *(u64 *)(r10 -176)
  272: r2 = be32 r2
      ; v57: bit<16> = read var10
  273: r4 = *(u64 *)(r10 -184)
  274: r4 = be16 r4
      ; v58: bit<16> = read var11
  275: r8 = *(u64 *)(r10 -192)
  276: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  277: *(u64 *)(r10 -24) = 0
  278: *(u32 *)(r10 -32) = r1
  279: *(u32 *)(r10 -28) = r2
  280: *(u16 *)(r10 -24) = r4
  281: *(u16 *)(r10 -22) = r8
  282: *(u64 *)(r10 -80) = 0
  283: *(u8 *)(r10 -80) = r3
  284: r1 = map[pipe_conns] ll
  286: r2 = r10
  287: r2 += -32
  288: r3 = r10
  289: r3 += -80
  290: r4 = 0
  291: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  292: *(u32 *)(r10 -32) = 0
  293: r1 = map[pipe_fw_stats] ll
  295: r2 = r10
  296: r2 += -32
  297: call bpf_map_lookup_elem
  298: r2 = r0
  299: if r2 == 0 goto +137
  300: r1 = *(u64 *)(r2 +0)
  301: r1 += 1
  302: *(u64 *)(r2 +0) = r1
  303: r1 = *(u64 *)(r2 +8)
  304: r3 = *(u64 *)(r10 -144)
  305: r1 += r3
  306: *(u64 *)(r2 +8) = r1
  307: goto +129
      ; v36: bool = read var13
  308: if r8 == 0 goto +18
      ; v37: bit<32> = read var8
  309: r1 = r9
  310: r1 = be32 r1
      ; v38: bit<32> = read var9
  311: r2 = *(u64 *)(r10 -176)
  312: r2 = be32 r2
      ; v39: bit<16> = read var10
  313: r3 = *(u64 *)(r10 -184)
  314: r3 = be16 r3
      ; v40: bit<16> = read var11
  315: r4 = *(u64 *)(r10 -192)
  316: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  317: *(u64 *)(r10 -24) = 0
  318: *(u32 *)(r10 -32) = r1
  319: *(u32 *)(r10 -28) = r2
  320: *(u16 *)(r10 -24) = r3
  321: *(u16 *)(r10 -22) = r4
  322: r1 = map[pipe_conns] ll
  324: r2 = r10
  325: r2 += -32
  326: call bpf_map_delete_elem
      ; v41: bool = read var7
  327: r1 = *(u64 *)(r10 -136)
  328: if r1 != 0 goto +35
      ; v44: bool = read var13
  329: if r8 != 0 goto +18
      ; v47: bit<8> = const 1
  330: r1 = 1
      ; write var6, v47
  331: *(u64 *)(r10 -168) = r1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  332: *(u32 *)(r10 -32) = 2
  333: r1 = map[pipe_fw_stats] ll
  335: r2 = r10
  336: r2 += -32
  337: call bpf_map_lookup_elem
  338: r2 = r0
  339: if r2 == 0 goto +97
  340: r1 = *(u64 *)(r2 +0)
  341: r1 += 1
  342: *(u64 *)(r2 +0) = r1
  343: r1 = *(u64 *)(r2 +8)
  344: r3 = *(u64 *)(r10 -144)
  345: r1 += r3
  346: *(u64 *)(r2 +8) = r1
  347: goto +89
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  348: *(u32 *)(r10 -32) = 1
  349: r1 = map[pipe_fw_stats] ll
  351: r2 = r10
  352: r2 += -32
  353: call bpf_map_lookup_elem
  354: r2 = r0
  355: if r2 == 0 goto +81
  356: r1 = *(u64 *)(r2 +0)
  357: r1 += 1
  358: *(u64 *)(r2 +0) = r1
  359: r1 = *(u64 *)(r2 +8)
  360: r3 = *(u64 *)(r10 -144)
  361: r1 += r3
  362: *(u64 *)(r2 +8) = r1
  363: goto +73
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  364: *(u32 *)(r10 -32) = 0
  365: r1 = map[pipe_fw_stats] ll
  367: r2 = r10
  368: r2 += -32
  369: call bpf_map_lookup_elem
  370: r2 = r0
  371: if r2 == 0 goto +65
  372: r1 = *(u64 *)(r2 +0)
  373: r1 += 1
  374: *(u64 *)(r2 +0) = r1
  375: r1 = *(u64 *)(r2 +8)
  376: r3 = *(u64 *)(r10 -144)
  377: r1 += r3
  378: *(u64 *)(r2 +8) = r1
  379: goto +57
      ; v7: bool = read var7
  380: r1 = *(u64 *)(r10 -136)
  381: if r1 != 0 goto +18
      ; v10: bit<8> = const 1
  382: r1 = 1
      ; write var6, v10
  383: *(u64 *)(r10 -168) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  384: *(u32 *)(r10 -32) = 2
  385: r1 = map[pipe_fw_stats] ll
  387: r2 = r10
  388: r2 += -32
  389: call bpf_map_lookup_elem
  390: r2 = r0
  391: if r2 == 0 goto +45
  392: r1 = *(u64 *)(r2 +0)
  393: r1 += 1
  394: *(u64 *)(r2 +0) = r1
  395: r1 = *(u64 *)(r2 +8)
  396: r3 = *(u64 *)(r10 -144)
  397: r1 += r3
  398: *(u64 *)(r2 +8) = r1
  399: goto +37
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  400: *(u32 *)(r10 -32) = 0
  401: r1 = map[pipe_fw_stats] ll
  403: r2 = r10
  404: r2 += -32
  405: call bpf_map_lookup_elem
  406: r2 = r0
  407: if r2 == 0 goto +29
  408: r1 = *(u64 *)(r2 +0)
  409: r1 += 1
  410: *(u64 *)(r2 +0) = r1
  411: r1 = *(u64 *)(r2 +8)
  412: r3 = *(u64 *)(r10 -144)
  413: r1 += r3
  414: *(u64 *)(r2 +8) = r1
  415: goto +21
      ; drop
  416: r2 = *(u64 *)(r10 -152)
  417: r1 = *(u64 *)(r10 -160)
  418: *(u64 *)(r10 -96) = r2
  419: *(u64 *)(r10 -104) = r1
  420: r1 = *(u64 *)(r10 -8)
  421: r2 = 0xfffffffffffffff8 ll
  423: call bpf_xdp_adjust_meta
  424: if r0 != 0 goto +10
  425: r1 = *(u64 *)(r10 -8)
  426: r3 = *(u32 *)(r1 +8)
  427: r2 = *(u32 *)(r1 +0)
  428: r1 = r3
  429: r1 += 8
  430: if r1 > r2 goto +4
  431: r1 = *(u64 *)(r10 -96)
  432: *(u32 *)(r3 +0) = r1
  433: r1 = *(u64 *)(r10 -104)
  434: *(u32 *)(r3 +4) = r1
  435: r0 = 1
  436: exit
      ; epilogue: verdict
  437: r2 = *(u64 *)(r10 -152)
  438: r1 = *(u64 *)(r10 -160)
  439: *(u64 *)(r10 -112) = r2
  440: *(u64 *)(r10 -120) = r1
  441: r1 = *(u64 *)(r10 -8)
  442: r2 = 0xfffffffffffffff8 ll
  444: call bpf_xdp_adjust_meta
  445: if r0 != 0 goto +10
  446: r1 = *(u64 *)(r10 -8)
  447: r2 = *(u32 *)(r1 +8)
  448: r3 = *(u32 *)(r1 +0)
  449: r1 = r2
  450: r1 += 8
  451: if r1 > r3 goto +4
  452: r1 = *(u64 *)(r10 -112)
  453: *(u32 *)(r2 +0) = r1
  454: r1 = *(u64 *)(r10 -120)
  455: *(u32 *)(r2 +4) = r1
  456: r1 = *(u64 *)(r10 -168)
  457: if r1 != 0 goto +2
  458: r0 = 2
  459: exit
  460: if r1 != 2 goto +4
  461: r1 = *(u64 *)(r10 -160)
  462: r2 = 0
  463: call bpf_redirect
  464: exit
  465: r0 = 1
  466: exit
