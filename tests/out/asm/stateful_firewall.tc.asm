; stateful_firewall for classifier: 416 instructions, stack 152 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r8 = r6
    4: r3 = 0
    5: r9 = 0
    6: *(u64 *)(r10 -104) = 0
    7: *(u64 *)(r10 -112) = 0
    8: r2 = *(u32 *)(r1 +0)
    9: *(u64 *)(r10 -96) = r2
   10: r4 = *(u32 *)(r1 +36)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   11: r1 = r8
   12: r8 += 14
   13: if r8 > r7 goto +389
      ; v0: bit<16> = read_field hdr0.etherType
   14: r1 = *(u16 *)(r1 +12)
   15: if r1 != 8 goto +42
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   16: r3 = r8
   17: r8 += 20
   18: if r8 > r7 goto +384
      ; v1: bit<4> = read_field hdr1.ihl
   19: r2 = *(u8 *)(r3 +0)
   20: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   21: r1 = 1
   22: if r2 >= 5 goto +1
   23: r1 = 0
      ; verify v3, error HeaderTooShort
   24: if r1 == 0 goto +378
      ; v4: bit<4> = read_field hdr1.ihl
   25: r1 = *(u8 *)(r3 +0)
   26: r1 &= 15
      ; v5: bit<32> = cast v4
   27: w1 = w1
      ; v6: bit<32> = const 5
   28: r2 = 5
      ; v7: bit<32> = sub v5, v6
   29: r1 -= r2
   30: w1 = w1
      ; v8: bit<32> = const 0x20
   31: r2 = 32
      ; v9: bit<32> = mul v7, v8
   32: r1 *= r2
   33: w1 = w1
      ; advance v9
   34: if r1 & 7 goto +368
   35: r1 >>= 3
   36: if r1 > 16383 goto +366
   37: r8 -= r6
   38: r1 += r8
   39: if r1 > 16383 goto +363
   40: r8 = r6
   41: r8 += r1
   42: if r8 > r7 goto +360
      ; v10: bit<13> = read_field hdr1.fragOffset
   43: r2 = *(u16 *)(r3 +6)
   44: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   45: r1 = *(u8 *)(r3 +9)
   46: if r2 != 0 goto +11
   47: if r1 != 6 goto +10
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   48: r9 = r8
   49: r8 += 20
   50: if r8 > r7 goto +352
      ; v12: bit<4> = read_field hdr2.dataOffset
   51: r2 = *(u8 *)(r9 +12)
   52: r2 >>= 4
   53: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   54: r1 = 1
   55: if r2 >= 5 goto +1
   56: r1 = 0
      ; verify v14, error HeaderTooShort
   57: if r1 == 0 goto +345
      ; v0: bool = is_valid hdr1
   58: r1 = 0
   59: if r3 == 0 goto +1
   60: r1 = 1
      ; v1: bool = not v0
   61: r1 ^= 1
   62: if r1 != 0 goto +342
      ; v2: bit<32> = read var2
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   63: r1 = 1
   64: if r4 == 1 goto +1
   65: r1 = 0
      ; write var7, v4
   66: *(u64 *)(r10 -120) = r1
      ; v5: bool = is_valid hdr2
   67: r1 = 0
   68: if r9 == 0 goto +1
   69: r1 = 1
      ; v6: bool = not v5
   70: r1 ^= 1
   71: if r1 != 0 goto +295
      ; v13: bool = read var7
   72: r1 = *(u64 *)(r10 -120)
   73: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   74: r1 = *(u32 *)(r3 +16)
      ; write var8, v18
   75: *(u64 *)(r10 -128) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   76: r1 = *(u32 *)(r3 +12)
      ; write var9, v19
   77: *(u64 *)(r10 -136) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   78: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   79: *(u64 *)(r10 -144) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   80: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   81: *(u64 *)(r10 -152) = r1
   82: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   83: r1 = *(u32 *)(r3 +12)
      ; write var8, v14
   84: *(u64 *)(r10 -128) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   85: r1 = *(u32 *)(r3 +16)
      ; write var9, v15
   86: *(u64 *)(r10 -136) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   87: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   88: *(u64 *)(r10 -144) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   89: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   90: *(u64 *)(r10 -152) = r1
      ; v22: bit<32> = read var8
   91: r4 = *(u64 *)(r10 -128)
   92: r4 = be32 r4
      ; v23: bit<32> = read var9
   93: r3 = *(u64 *)(r10 -136)
   94: r3 = be32 r3
      ; v24: bit<16> = read var10
   95: r2 = *(u64 *)(r10 -144)
   96: r2 = be16 r2
      ; v25: bit<16> = read var11
   97: r1 = *(u64 *)(r10 -152)
   98: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   99: *(u64 *)(r10 -24) = 0
  100: *(u32 *)(r10 -32) = r4
  101: *(u32 *)(r10 -28) = r3
  102: *(u16 *)(r10 -24) = r2
  103: *(u16 *)(r10 -22) = r1
  104: r1 = map[pipe_conns] ll
  106: r2 = r10
  107: r2 += -32
  108: call bpf_map_lookup_elem
  109: r1 = r0
  110: if r1 == 0 goto +4
  111: r8 = 1
  112: r3 = *(u8 *)(r1 +0)
  113: r3 &= 255
  114: goto +2
  115: r8 = 0
  116: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  117: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
  118: r1 = 18
      ; v30: bit<8> = and v28, v29
  119: r2 &= r1
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  120: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
  121: r4 = 4
      ; v33: bit<8> = and v31, v32
  122: r1 &= r4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  123: if r1 != 0 goto +171
      ; v50: bool = read var7
  124: r1 = *(u64 *)(r10 -120)
  125: if r1 != 0 goto +94
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  126: r1 = 1
  127: if r2 == 18 goto +1
  128: r1 = 0
      ; v81: bool = logical_and v77, v80
  129: r4 = r8
  130: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  131: r1 = 1
  132: if r3 == 1 goto +1
  133: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  134: r2 = 1
  135: if r3 == 2 goto +1
  136: r2 = 0
      ; v88: bool = logical_or v84, v87
  137: r1 |= r2
      ; v89: bool = logical_and v81, v88
  138: r4 &= r1
  139: if r4 != 0 goto +40
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  140: r2 = 1
  141: if r3 == 3 goto +1
  142: r2 = 0
      ; v102: bool = logical_and v98, v101
  143: r1 = r8
  144: r1 &= r2
  145: if r1 != 0 goto +18
      ; v105: bit<8> = const 1
  146: r1 = 1
      ; write var6, v105
  147: *(u64 *)(r10 -112) = r1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  148: *(u32 *)(r10 -32) = 2
  149: r1 = map[pipe_fw_stats] ll
  151: r2 = r10
  152: r2 += -32
  153: call bpf_map_lookup_elem
  154: r3 = r0
  155: if r3 == 0 goto +249
  156: r1 = *(u64 *)(r3 +0)
  157: r1 += 1
  158: *(u64 *)(r3 +0) = r1
  159: r2 = *(u64 *)(r3 +8)
  160: r1 = *(u64 *)(r10 -96)
  161: r2 += r1
  162: *(u64 *)(r3 +8) = r2
  163: goto +241
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  164: *(u32 *)(r10 -32) = 1
  165: r1 = map[pipe_fw_stats] ll
  167: r2 = r10
  168: r2 += -32
  169: call bpf_map_lookup_elem
  170: r3 = r0
  171: if r3 == 0 goto +233
  172: r1 = *(u64 *)(r3 +0)
  173: r1 += 1
  174: *(u64 *)(r3 +0) = r1
  175: r2 = *(u64 *)(r3 +8)
  176: r1 = *(u64 *)(r10 -96)
  177: r2 += r1
  178: *(u64 *)(r3 +8) = r2
  179: goto +225
      ; v90: bit<8> = const 2
  180: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  181: r1 = *(u64 *)(r10 -128)
  182: r1 = be32 r1
      ; v92: bit<32> = read var9
  183: r2 = *(u64 *)(r10 -136)
  184: r2 = be32 r2
      ; v93: bit<16> = read var10
  185: r4 = *(u64 *)(r10 -144)
  186: r4 = be16 r4
      ; v94: bit<16> = read var11
  187: r8 = *(u64 *)(r10 -152)
  188: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  189: *(u64 *)(r10 -24) = 0
  190: *(u32 *)(r10 -32) = r1
  191: *(u32 *)(r10 -28) = r2
  192: *(u16 *)(r10 -24) = r4
  193: *(u16 *)(r10 -22) = r8
  194: *(u64 *)(r10 -80) = 0
  195: *(u8 *)(r10 -80) = r3
  196: r1 = map[pipe_conns] ll
  198: r2 = r10
  199: r2 += -32
  200: r3 = r10
  201: r3 += -80
  202: r4 = 0
  203: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  204: *(u32 *)(r10 -32) = 1
  205: r1 = map[pipe_fw_stats] ll
  207: r2 = r10
  208: r2 += -32
  209: call bpf_map_lookup_elem
  210: r3 = r0
  211: if r3 == 0 goto +193
  212: r1 = *(u64 *)(r3 +0)
  213: r1 += 1
  214: *(u64 *)(r3 +0) = r1
  215: r2 = *(u64 *)(r3 +8)
  216: r1 = *(u64 *)(r10 -96)
  217: r2 += r1
  218: *(u64 *)(r3 +8) = r2
  219: goto +185
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  220: if r2 == 2 goto +34
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  221: r1 = 1
  222: if r3 == 2 goto +1
  223: r1 = 0
      ; v64: bool = logical_and v60, v63
  224: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  225: r1 = 1
  226: if r2 == 16 goto +1
  227: r1 = 0
      ; v68: bool = logical_and v64, v67
  228: r8 &= r1
  229: if r8 == 0 goto +49
      ; v69: bit<8> = const 3
  230: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  231: r1 = *(u64 *)(r10 -128)
  232: r1 = be32 r1
      ; v71: bit<32> = read var9
  233: r2 = *(u64 *)(r10 -136)
  234: r2 = be32 r2
      ; v72: bit<16> = read var10
  235: r4 = *(u64 *)(r10 -144)
  236: r4 = be16 r4
      ; v73: bit<16> = read var11
  237: r8 = *(u64 *)(r10 -152)
  238: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  239: *(u64 *)(r10 -24) = 0
  240: *(u32 *)(r10 -32) = r1
  241: *(u32 *)(r10 -28) = r2
  242: *(u16 *)(r10 -24) = r4
  243: *(u16 *)(r10 -22) = r8
  244: *(u64 *)(r10 -80) = 0
  245: *(u8 *)(r10 -80) = r3
  246: r1 = map[pipe_conns] ll
  248: r2 = r10
  249: r2 += -32
  250: r3 = r10
  251: r3 += -80
  252: r4 = 0
  253: call bpf_map_update_elem
  254: goto +24
      ; v54: bit<8> = const 1
  255: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  256: r1 = *(u64 *)(r10 -128)
  257: r1 = be32 r1
      ; v56: bit<32> = read var9
  258: r2 = *(u64 *)(r10 -136)
  259: r2 = be32 r2
      ; v57: bit<16> = read var10
  260: r4 = *(u64 *)(r10 -144)
  261: r4 = be16 r4
      ; v58: bit<16> = read var11
  262: r8 = *(u64 *)(r10 -152)
  263: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  264: *(u64 *)(r10 -24) = 0
  265: *(u32 *)(r10 -32) = r1
  266: *(u32 *)(r10 -28) = r2
  267: *(u16 *)(r10 -24) = r4
  268: *(u16 *)(r10 -22) = r8
  269: *(u64 *)(r10 -80) = 0
  270: *(u8 *)(r10 -80) = r3
  271: r1 = map[pipe_conns] ll
  273: r2 = r10
  274: r2 += -32
  275: r3 = r10
  276: r3 += -80
  277: r4 = 0
  278: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  279: *(u32 *)(r10 -32) = 0
  280: r1 = map[pipe_fw_stats] ll
  282: r2 = r10
  283: r2 += -32
  284: call bpf_map_lookup_elem
  285: r3 = r0
  286: if r3 == 0 goto +118
  287: r1 = *(u64 *)(r3 +0)
  288: r1 += 1
  289: *(u64 *)(r3 +0) = r1
  290: r2 = *(u64 *)(r3 +8)
  291: r1 = *(u64 *)(r10 -96)
  292: r2 += r1
  293: *(u64 *)(r3 +8) = r2
  294: goto +110
      ; v36: bool = read var13
  295: if r8 == 0 goto +18
      ; v37: bit<32> = read var8
  296: r1 = *(u64 *)(r10 -128)
  297: r1 = be32 r1
      ; v38: bit<32> = read var9
  298: r2 = *(u64 *)(r10 -136)
  299: r2 = be32 r2
      ; v39: bit<16> = read var10
  300: r3 = *(u64 *)(r10 -144)
  301: r3 = be16 r3
      ; v40: bit<16> = read var11
  302: r4 = *(u64 *)(r10 -152)
  303: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  304: *(u64 *)(r10 -24) = 0
  305: *(u32 *)(r10 -32) = r1
  306: *(u32 *)(r10 -28) = r2
  307: *(u16 *)(r10 -24) = r3
  308: *(u16 *)(r10 -22) = r4
  309: r1 = map[pipe_conns] ll
  311: r2 = r10
  312: r2 += -32
  313: call bpf_map_delete_elem
      ; v41: bool = read var7
  314: r1 = *(u64 *)(r10 -120)
  315: if r1 != 0 goto +35
      ; v44: bool = read var13
  316: if r8 != 0 goto +18
      ; v47: bit<8> = const 1
  317: r1 = 1
      ; write var6, v47
  318: *(u64 *)(r10 -112) = r1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  319: *(u32 *)(r10 -32) = 2
  320: r1 = map[pipe_fw_stats] ll
  322: r2 = r10
  323: r2 += -32
  324: call bpf_map_lookup_elem
  325: r3 = r0
  326: if r3 == 0 goto +78
  327: r1 = *(u64 *)(r3 +0)
  328: r1 += 1
  329: *(u64 *)(r3 +0) = r1
  330: r2 = *(u64 *)(r3 +8)
  331: r1 = *(u64 *)(r10 -96)
  332: r2 += r1
  333: *(u64 *)(r3 +8) = r2
  334: goto +70
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  335: *(u32 *)(r10 -32) = 1
  336: r1 = map[pipe_fw_stats] ll
  338: r2 = r10
  339: r2 += -32
  340: call bpf_map_lookup_elem
  341: r3 = r0
  342: if r3 == 0 goto +62
  343: r1 = *(u64 *)(r3 +0)
  344: r1 += 1
  345: *(u64 *)(r3 +0) = r1
  346: r2 = *(u64 *)(r3 +8)
  347: r1 = *(u64 *)(r10 -96)
  348: r2 += r1
  349: *(u64 *)(r3 +8) = r2
  350: goto +54
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  351: *(u32 *)(r10 -32) = 0
  352: r1 = map[pipe_fw_stats] ll
  354: r2 = r10
  355: r2 += -32
  356: call bpf_map_lookup_elem
  357: r3 = r0
  358: if r3 == 0 goto +46
  359: r1 = *(u64 *)(r3 +0)
  360: r1 += 1
  361: *(u64 *)(r3 +0) = r1
  362: r2 = *(u64 *)(r3 +8)
  363: r1 = *(u64 *)(r10 -96)
  364: r2 += r1
  365: *(u64 *)(r3 +8) = r2
  366: goto +38
      ; v7: bool = read var7
  367: r1 = *(u64 *)(r10 -120)
  368: if r1 != 0 goto +18
      ; v10: bit<8> = const 1
  369: r1 = 1
      ; write var6, v10
  370: *(u64 *)(r10 -112) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  371: *(u32 *)(r10 -32) = 2
  372: r1 = map[pipe_fw_stats] ll
  374: r2 = r10
  375: r2 += -32
  376: call bpf_map_lookup_elem
  377: r3 = r0
  378: if r3 == 0 goto +26
  379: r1 = *(u64 *)(r3 +0)
  380: r1 += 1
  381: *(u64 *)(r3 +0) = r1
  382: r2 = *(u64 *)(r3 +8)
  383: r1 = *(u64 *)(r10 -96)
  384: r2 += r1
  385: *(u64 *)(r3 +8) = r2
  386: goto +18
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  387: *(u32 *)(r10 -32) = 0
  388: r1 = map[pipe_fw_stats] ll
  390: r2 = r10
  391: r2 += -32
  392: call bpf_map_lookup_elem
  393: r3 = r0
  394: if r3 == 0 goto +10
  395: r1 = *(u64 *)(r3 +0)
  396: r1 += 1
  397: *(u64 *)(r3 +0) = r1
  398: r2 = *(u64 *)(r3 +8)
  399: r1 = *(u64 *)(r10 -96)
  400: r2 += r1
  401: *(u64 *)(r3 +8) = r2
  402: goto +2
      ; drop
  403: r0 = 2
  404: exit
      ; epilogue: verdict
  405: r1 = *(u64 *)(r10 -112)
  406: if r1 != 0 goto +2
  407: r0 = 0
  408: exit
  409: if r1 != 2 goto +4
  410: r1 = *(u64 *)(r10 -104)
  411: r2 = 0
  412: call bpf_redirect
  413: exit
  414: r0 = 2
  415: exit
