; stateful_firewall for classifier: 412 instructions, stack 152 bytes, 2 maps
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
   13: if r8 > r7 goto +385
      ; v0: bit<16> = read_field hdr0.etherType
   14: r1 = *(u16 *)(r1 +12)
   15: if r1 != 8 goto +40
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   16: r3 = r8
   17: r8 += 20
   18: if r8 > r7 goto +380
      ; v1: bit<4> = read_field hdr1.ihl
   19: r2 = *(u8 *)(r3 +0)
   20: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   21: r1 = 1
   22: if r2 >= 5 goto +1
   23: r1 = 0
      ; verify v3, error HeaderTooShort
   24: if r1 == 0 goto +374
      ; v4: bit<4> = read_field hdr1.ihl
   25: r1 = *(u8 *)(r3 +0)
   26: r1 &= 15
      ; v5: bit<32> = cast v4
   27: w1 = w1
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   28: r1 -= 5
   29: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   30: r1 *= 32
   31: w1 = w1
      ; advance v9
   32: if r1 & 7 goto +366
   33: r1 >>= 3
   34: if r1 > 16383 goto +364
   35: r8 -= r6
   36: r1 += r8
   37: if r1 > 16383 goto +361
   38: r8 = r6
   39: r8 += r1
   40: if r8 > r7 goto +358
      ; v10: bit<13> = read_field hdr1.fragOffset
   41: r2 = *(u16 *)(r3 +6)
   42: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   43: r1 = *(u8 *)(r3 +9)
   44: if r2 != 0 goto +11
   45: if r1 != 6 goto +10
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   46: r9 = r8
   47: r8 += 20
   48: if r8 > r7 goto +350
      ; v12: bit<4> = read_field hdr2.dataOffset
   49: r2 = *(u8 *)(r9 +12)
   50: r2 >>= 4
   51: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   52: r1 = 1
   53: if r2 >= 5 goto +1
   54: r1 = 0
      ; verify v14, error HeaderTooShort
   55: if r1 == 0 goto +343
      ; v0: bool = is_valid hdr1
   56: r1 = 0
   57: if r3 == 0 goto +1
   58: r1 = 1
      ; v1: bool = not v0
   59: r1 ^= 1
   60: if r1 != 0 goto +340
      ; v2: bit<32> = read var2
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   61: r1 = 1
   62: if r4 == 1 goto +1
   63: r1 = 0
      ; write var7, v4
   64: *(u64 *)(r10 -120) = r1
      ; v5: bool = is_valid hdr2
   65: r1 = 0
   66: if r9 == 0 goto +1
   67: r1 = 1
      ; v6: bool = not v5
   68: r1 ^= 1
   69: if r1 != 0 goto +293
      ; v13: bool = read var7
   70: r1 = *(u64 *)(r10 -120)
   71: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   72: r1 = *(u32 *)(r3 +16)
      ; write var8, v18
   73: *(u64 *)(r10 -128) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   74: r1 = *(u32 *)(r3 +12)
      ; write var9, v19
   75: *(u64 *)(r10 -136) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   76: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   77: *(u64 *)(r10 -144) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   78: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   79: *(u64 *)(r10 -152) = r1
   80: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   81: r1 = *(u32 *)(r3 +12)
      ; write var8, v14
   82: *(u64 *)(r10 -128) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   83: r1 = *(u32 *)(r3 +16)
      ; write var9, v15
   84: *(u64 *)(r10 -136) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   85: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   86: *(u64 *)(r10 -144) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   87: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   88: *(u64 *)(r10 -152) = r1
      ; v22: bit<32> = read var8
   89: r4 = *(u64 *)(r10 -128)
   90: r4 = be32 r4
      ; v23: bit<32> = read var9
   91: r3 = *(u64 *)(r10 -136)
   92: r3 = be32 r3
      ; v24: bit<16> = read var10
   93: r2 = *(u64 *)(r10 -144)
   94: r2 = be16 r2
      ; v25: bit<16> = read var11
   95: r1 = *(u64 *)(r10 -152)
   96: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   97: *(u64 *)(r10 -24) = 0
   98: *(u32 *)(r10 -32) = r4
   99: *(u32 *)(r10 -28) = r3
  100: *(u16 *)(r10 -24) = r2
  101: *(u16 *)(r10 -22) = r1
  102: r1 = map[pipe_conns] ll
  104: r2 = r10
  105: r2 += -32
  106: call bpf_map_lookup_elem
  107: r1 = r0
  108: if r1 == 0 goto +4
  109: r8 = 1
  110: r3 = *(u8 *)(r1 +0)
  111: r3 &= 255
  112: goto +2
  113: r8 = 0
  114: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  115: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  116: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  117: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  118: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  119: if r1 != 0 goto +171
      ; v50: bool = read var7
  120: r1 = *(u64 *)(r10 -120)
  121: if r1 != 0 goto +94
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  122: r1 = 1
  123: if r2 == 18 goto +1
  124: r1 = 0
      ; v81: bool = logical_and v77, v80
  125: r4 = r8
  126: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  127: r1 = 1
  128: if r3 == 1 goto +1
  129: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  130: r2 = 1
  131: if r3 == 2 goto +1
  132: r2 = 0
      ; v88: bool = logical_or v84, v87
  133: r1 |= r2
      ; v89: bool = logical_and v81, v88
  134: r4 &= r1
  135: if r4 != 0 goto +40
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  136: r2 = 1
  137: if r3 == 3 goto +1
  138: r2 = 0
      ; v102: bool = logical_and v98, v101
  139: r1 = r8
  140: r1 &= r2
  141: if r1 != 0 goto +18
      ; v105: bit<8> = const 1
  142: r1 = 1
      ; write var6, v105
  143: *(u64 *)(r10 -112) = r1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  144: *(u32 *)(r10 -32) = 2
  145: r1 = map[pipe_fw_stats] ll
  147: r2 = r10
  148: r2 += -32
  149: call bpf_map_lookup_elem
  150: r3 = r0
  151: if r3 == 0 goto +249
  152: r1 = *(u64 *)(r3 +0)
  153: r1 += 1
  154: *(u64 *)(r3 +0) = r1
  155: r2 = *(u64 *)(r3 +8)
  156: r1 = *(u64 *)(r10 -96)
  157: r2 += r1
  158: *(u64 *)(r3 +8) = r2
  159: goto +241
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  160: *(u32 *)(r10 -32) = 1
  161: r1 = map[pipe_fw_stats] ll
  163: r2 = r10
  164: r2 += -32
  165: call bpf_map_lookup_elem
  166: r3 = r0
  167: if r3 == 0 goto +233
  168: r1 = *(u64 *)(r3 +0)
  169: r1 += 1
  170: *(u64 *)(r3 +0) = r1
  171: r2 = *(u64 *)(r3 +8)
  172: r1 = *(u64 *)(r10 -96)
  173: r2 += r1
  174: *(u64 *)(r3 +8) = r2
  175: goto +225
      ; v90: bit<8> = const 2
  176: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  177: r1 = *(u64 *)(r10 -128)
  178: r1 = be32 r1
      ; v92: bit<32> = read var9
  179: r2 = *(u64 *)(r10 -136)
  180: r2 = be32 r2
      ; v93: bit<16> = read var10
  181: r4 = *(u64 *)(r10 -144)
  182: r4 = be16 r4
      ; v94: bit<16> = read var11
  183: r8 = *(u64 *)(r10 -152)
  184: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  185: *(u64 *)(r10 -24) = 0
  186: *(u32 *)(r10 -32) = r1
  187: *(u32 *)(r10 -28) = r2
  188: *(u16 *)(r10 -24) = r4
  189: *(u16 *)(r10 -22) = r8
  190: *(u64 *)(r10 -80) = 0
  191: *(u8 *)(r10 -80) = r3
  192: r1 = map[pipe_conns] ll
  194: r2 = r10
  195: r2 += -32
  196: r3 = r10
  197: r3 += -80
  198: r4 = 0
  199: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  200: *(u32 *)(r10 -32) = 1
  201: r1 = map[pipe_fw_stats] ll
  203: r2 = r10
  204: r2 += -32
  205: call bpf_map_lookup_elem
  206: r3 = r0
  207: if r3 == 0 goto +193
  208: r1 = *(u64 *)(r3 +0)
  209: r1 += 1
  210: *(u64 *)(r3 +0) = r1
  211: r2 = *(u64 *)(r3 +8)
  212: r1 = *(u64 *)(r10 -96)
  213: r2 += r1
  214: *(u64 *)(r3 +8) = r2
  215: goto +185
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  216: if r2 == 2 goto +34
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  217: r1 = 1
  218: if r3 == 2 goto +1
  219: r1 = 0
      ; v64: bool = logical_and v60, v63
  220: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  221: r1 = 1
  222: if r2 == 16 goto +1
  223: r1 = 0
      ; v68: bool = logical_and v64, v67
  224: r8 &= r1
  225: if r8 == 0 goto +49
      ; v69: bit<8> = const 3
  226: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  227: r1 = *(u64 *)(r10 -128)
  228: r1 = be32 r1
      ; v71: bit<32> = read var9
  229: r2 = *(u64 *)(r10 -136)
  230: r2 = be32 r2
      ; v72: bit<16> = read var10
  231: r4 = *(u64 *)(r10 -144)
  232: r4 = be16 r4
      ; v73: bit<16> = read var11
  233: r8 = *(u64 *)(r10 -152)
  234: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  235: *(u64 *)(r10 -24) = 0
  236: *(u32 *)(r10 -32) = r1
  237: *(u32 *)(r10 -28) = r2
  238: *(u16 *)(r10 -24) = r4
  239: *(u16 *)(r10 -22) = r8
  240: *(u64 *)(r10 -80) = 0
  241: *(u8 *)(r10 -80) = r3
  242: r1 = map[pipe_conns] ll
  244: r2 = r10
  245: r2 += -32
  246: r3 = r10
  247: r3 += -80
  248: r4 = 0
  249: call bpf_map_update_elem
  250: goto +24
      ; v54: bit<8> = const 1
  251: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  252: r1 = *(u64 *)(r10 -128)
  253: r1 = be32 r1
      ; v56: bit<32> = read var9
  254: r2 = *(u64 *)(r10 -136)
  255: r2 = be32 r2
      ; v57: bit<16> = read var10
  256: r4 = *(u64 *)(r10 -144)
  257: r4 = be16 r4
      ; v58: bit<16> = read var11
  258: r8 = *(u64 *)(r10 -152)
  259: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  260: *(u64 *)(r10 -24) = 0
  261: *(u32 *)(r10 -32) = r1
  262: *(u32 *)(r10 -28) = r2
  263: *(u16 *)(r10 -24) = r4
  264: *(u16 *)(r10 -22) = r8
  265: *(u64 *)(r10 -80) = 0
  266: *(u8 *)(r10 -80) = r3
  267: r1 = map[pipe_conns] ll
  269: r2 = r10
  270: r2 += -32
  271: r3 = r10
  272: r3 += -80
  273: r4 = 0
  274: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  275: *(u32 *)(r10 -32) = 0
  276: r1 = map[pipe_fw_stats] ll
  278: r2 = r10
  279: r2 += -32
  280: call bpf_map_lookup_elem
  281: r3 = r0
  282: if r3 == 0 goto +118
  283: r1 = *(u64 *)(r3 +0)
  284: r1 += 1
  285: *(u64 *)(r3 +0) = r1
  286: r2 = *(u64 *)(r3 +8)
  287: r1 = *(u64 *)(r10 -96)
  288: r2 += r1
  289: *(u64 *)(r3 +8) = r2
  290: goto +110
      ; v36: bool = read var13
  291: if r8 == 0 goto +18
      ; v37: bit<32> = read var8
  292: r1 = *(u64 *)(r10 -128)
  293: r1 = be32 r1
      ; v38: bit<32> = read var9
  294: r2 = *(u64 *)(r10 -136)
  295: r2 = be32 r2
      ; v39: bit<16> = read var10
  296: r3 = *(u64 *)(r10 -144)
  297: r3 = be16 r3
      ; v40: bit<16> = read var11
  298: r4 = *(u64 *)(r10 -152)
  299: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  300: *(u64 *)(r10 -24) = 0
  301: *(u32 *)(r10 -32) = r1
  302: *(u32 *)(r10 -28) = r2
  303: *(u16 *)(r10 -24) = r3
  304: *(u16 *)(r10 -22) = r4
  305: r1 = map[pipe_conns] ll
  307: r2 = r10
  308: r2 += -32
  309: call bpf_map_delete_elem
      ; v41: bool = read var7
  310: r1 = *(u64 *)(r10 -120)
  311: if r1 != 0 goto +35
      ; v44: bool = read var13
  312: if r8 != 0 goto +18
      ; v47: bit<8> = const 1
  313: r1 = 1
      ; write var6, v47
  314: *(u64 *)(r10 -112) = r1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  315: *(u32 *)(r10 -32) = 2
  316: r1 = map[pipe_fw_stats] ll
  318: r2 = r10
  319: r2 += -32
  320: call bpf_map_lookup_elem
  321: r3 = r0
  322: if r3 == 0 goto +78
  323: r1 = *(u64 *)(r3 +0)
  324: r1 += 1
  325: *(u64 *)(r3 +0) = r1
  326: r2 = *(u64 *)(r3 +8)
  327: r1 = *(u64 *)(r10 -96)
  328: r2 += r1
  329: *(u64 *)(r3 +8) = r2
  330: goto +70
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  331: *(u32 *)(r10 -32) = 1
  332: r1 = map[pipe_fw_stats] ll
  334: r2 = r10
  335: r2 += -32
  336: call bpf_map_lookup_elem
  337: r3 = r0
  338: if r3 == 0 goto +62
  339: r1 = *(u64 *)(r3 +0)
  340: r1 += 1
  341: *(u64 *)(r3 +0) = r1
  342: r2 = *(u64 *)(r3 +8)
  343: r1 = *(u64 *)(r10 -96)
  344: r2 += r1
  345: *(u64 *)(r3 +8) = r2
  346: goto +54
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  347: *(u32 *)(r10 -32) = 0
  348: r1 = map[pipe_fw_stats] ll
  350: r2 = r10
  351: r2 += -32
  352: call bpf_map_lookup_elem
  353: r3 = r0
  354: if r3 == 0 goto +46
  355: r1 = *(u64 *)(r3 +0)
  356: r1 += 1
  357: *(u64 *)(r3 +0) = r1
  358: r2 = *(u64 *)(r3 +8)
  359: r1 = *(u64 *)(r10 -96)
  360: r2 += r1
  361: *(u64 *)(r3 +8) = r2
  362: goto +38
      ; v7: bool = read var7
  363: r1 = *(u64 *)(r10 -120)
  364: if r1 != 0 goto +18
      ; v10: bit<8> = const 1
  365: r1 = 1
      ; write var6, v10
  366: *(u64 *)(r10 -112) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  367: *(u32 *)(r10 -32) = 2
  368: r1 = map[pipe_fw_stats] ll
  370: r2 = r10
  371: r2 += -32
  372: call bpf_map_lookup_elem
  373: r3 = r0
  374: if r3 == 0 goto +26
  375: r1 = *(u64 *)(r3 +0)
  376: r1 += 1
  377: *(u64 *)(r3 +0) = r1
  378: r2 = *(u64 *)(r3 +8)
  379: r1 = *(u64 *)(r10 -96)
  380: r2 += r1
  381: *(u64 *)(r3 +8) = r2
  382: goto +18
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  383: *(u32 *)(r10 -32) = 0
  384: r1 = map[pipe_fw_stats] ll
  386: r2 = r10
  387: r2 += -32
  388: call bpf_map_lookup_elem
  389: r3 = r0
  390: if r3 == 0 goto +10
  391: r1 = *(u64 *)(r3 +0)
  392: r1 += 1
  393: *(u64 *)(r3 +0) = r1
  394: r2 = *(u64 *)(r3 +8)
  395: r1 = *(u64 *)(r10 -96)
  396: r2 += r1
  397: *(u64 *)(r3 +8) = r2
  398: goto +2
      ; drop
  399: r0 = 2
  400: exit
      ; epilogue: verdict
  401: r1 = *(u64 *)(r10 -112)
  402: if r1 != 0 goto +2
  403: r0 = 0
  404: exit
  405: if r1 != 2 goto +4
  406: r1 = *(u64 *)(r10 -104)
  407: r2 = 0
  408: call bpf_redirect
  409: exit
  410: r0 = 2
  411: exit
