; stateful_firewall for xdp: 547 instructions, stack 176 bytes, 2 maps
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
   28: if r9 > r7 goto +467
      ; v0: bit<16> = read_field hdr0.etherType
   29: r1 = *(u16 *)(r1 +12)
   30: r1 = be16 r1
   31: if r1 != 2048 goto +49
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   32: r8 = r9
   33: r9 += 20
   34: if r9 > r7 goto +461
      ; v1: bit<4> = read_field hdr1.ihl
   35: r3 = *(u8 *)(r8 +0)
   36: r3 &= 15
      ; v2: bit<4> = const 5
   37: r2 = 5
      ; v3: bool = ge v1, v2
   38: r1 = 1
   39: if r3 >= r2 goto +1
   40: r1 = 0
      ; verify v3, error HeaderTooShort
   41: if r1 == 0 goto +454
      ; v4: bit<4> = read_field hdr1.ihl
   42: r1 = *(u8 *)(r8 +0)
   43: r1 &= 15
      ; v5: bit<32> = cast v4
   44: w1 = w1
      ; v6: bit<32> = const 5
   45: r2 = 5
      ; v7: bit<32> = sub v5, v6
   46: r1 -= r2
   47: w1 = w1
      ; v8: bit<32> = const 0x20
   48: r2 = 32
      ; v9: bit<32> = mul v7, v8
   49: r1 *= r2
   50: w1 = w1
      ; advance v9
   51: if r1 & 7 goto +444
   52: r2 = r1
   53: r2 >>= 3
   54: if r2 > 16383 goto +441
   55: r1 = r9
   56: r1 -= r6
   57: r2 += r1
   58: if r2 > 16383 goto +437
   59: r9 = r6
   60: r9 += r2
   61: if r9 > r7 goto +434
      ; v10: bit<13> = read_field hdr1.fragOffset
   62: r2 = *(u16 *)(r8 +6)
   63: r2 = be16 r2
   64: r2 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   65: r1 = *(u8 *)(r8 +9)
   66: if r2 != 0 goto +14
   67: if r1 != 6 goto +13
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   68: r0 = r9
   69: *(u64 *)(r10 -176) = r0
   70: r9 += 20
   71: if r9 > r7 goto +424
      ; v12: bit<4> = read_field hdr2.dataOffset
   72: r0 = *(u64 *)(r10 -176)
   73: r3 = *(u8 *)(r0 +12)
   74: r3 >>= 4
   75: r3 &= 15
      ; v13: bit<4> = const 5
   76: r2 = 5
      ; v14: bool = ge v12, v13
   77: r1 = 1
   78: if r3 >= r2 goto +1
   79: r1 = 0
      ; verify v14, error HeaderTooShort
   80: if r1 == 0 goto +415
      ; v0: bool = is_valid hdr1
   81: r1 = 0
   82: if r8 == 0 goto +1
   83: r1 = 1
      ; v1: bool = not v0
   84: r1 ^= 1
   85: if r1 != 0 goto +431
      ; v2: bit<32> = read var2
   86: r3 = *(u32 *)(r10 -48)
      ; v3: bit<32> = const 1
   87: r2 = 1
      ; v4: bool = eq v2, v3
   88: r1 = 1
   89: if r3 == r2 goto +1
   90: r1 = 0
      ; write var7, v4
   91: *(u8 *)(r10 -19) = r1
      ; v5: bool = is_valid hdr2
   92: r1 = 0
   93: r0 = *(u64 *)(r10 -176)
   94: if r0 == 0 goto +1
   95: r1 = 1
      ; v6: bool = not v5
   96: r1 ^= 1
   97: if r1 != 0 goto +354
      ; v13: bool = read var7
   98: r1 = *(u8 *)(r10 -19)
   99: if r1 != 0 goto +15
      ; v18: bit<32> = read_field hdr1.dstAddr
  100: r1 = *(u32 *)(r8 +16)
  101: r1 = be32 r1
      ; write var8, v18
  102: *(u32 *)(r10 -32) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
  103: r1 = *(u32 *)(r8 +12)
  104: r1 = be32 r1
      ; write var9, v19
  105: *(u32 *)(r10 -28) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
  106: r0 = *(u64 *)(r10 -176)
  107: r1 = *(u16 *)(r0 +2)
  108: r1 = be16 r1
      ; write var10, v20
  109: *(u16 *)(r10 -24) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
  110: r0 = *(u64 *)(r10 -176)
  111: r1 = *(u16 *)(r0 +0)
  112: r1 = be16 r1
      ; write var11, v21
  113: *(u16 *)(r10 -22) = r1
  114: goto +14
      ; v14: bit<32> = read_field hdr1.srcAddr
  115: r1 = *(u32 *)(r8 +12)
  116: r1 = be32 r1
      ; write var8, v14
  117: *(u32 *)(r10 -32) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
  118: r1 = *(u32 *)(r8 +16)
  119: r1 = be32 r1
      ; write var9, v15
  120: *(u32 *)(r10 -28) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
  121: r0 = *(u64 *)(r10 -176)
  122: r1 = *(u16 *)(r0 +0)
  123: r1 = be16 r1
      ; write var10, v16
  124: *(u16 *)(r10 -24) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
  125: r0 = *(u64 *)(r10 -176)
  126: r1 = *(u16 *)(r0 +2)
  127: r1 = be16 r1
      ; write var11, v17
  128: *(u16 *)(r10 -22) = r1
      ; v22: bit<32> = read var8
  129: r4 = *(u32 *)(r10 -32)
      ; v23: bit<32> = read var9
  130: r3 = *(u32 *)(r10 -28)
      ; v24: bit<16> = read var10
  131: r2 = *(u16 *)(r10 -24)
      ; v25: bit<16> = read var11
  132: r1 = *(u16 *)(r10 -22)
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  133: *(u64 *)(r10 -80) = 0
  134: *(u64 *)(r10 -72) = 0
  135: *(u32 *)(r10 -80) = r4
  136: *(u32 *)(r10 -76) = r3
  137: *(u16 *)(r10 -72) = r2
  138: *(u16 *)(r10 -70) = r1
  139: r1 = map[pipe_conns] ll
  141: r2 = r10
  142: r2 += -80
  143: call bpf_map_lookup_elem
  144: r1 = r0
  145: if r1 == 0 goto +4
  146: r2 = 1
  147: r1 = *(u8 *)(r1 +0)
  148: r1 &= 255
  149: goto +2
  150: r2 = 0
  151: r1 = 0
      ; write var12, v27
  152: *(u8 *)(r10 -18) = r1
      ; write var13, v26
  153: *(u8 *)(r10 -17) = r2
      ; v28: bit<8> = read_field hdr2.flags
  154: r0 = *(u64 *)(r10 -176)
  155: r1 = *(u8 *)(r0 +13)
      ; v29: bit<8> = const 0x12
  156: r2 = 18
      ; v30: bit<8> = and v28, v29
  157: r1 &= r2
      ; write var14, v30
  158: *(u8 *)(r10 -16) = r1
      ; v31: bit<8> = read_field hdr2.flags
  159: r0 = *(u64 *)(r10 -176)
  160: r2 = *(u8 *)(r0 +13)
      ; v32: bit<8> = const 4
  161: r1 = 4
      ; v33: bit<8> = and v31, v32
  162: r2 &= r1
      ; v34: bit<8> = const 0
  163: r1 = 0
      ; v35: bool = ne v33, v34
  164: if r2 != r1 goto +204
      ; v50: bool = read var7
  165: r1 = *(u8 *)(r10 -19)
  166: if r1 != 0 goto +117
      ; v77: bool = read var13
  167: r4 = *(u8 *)(r10 -17)
      ; v78: bit<8> = read var14
  168: r3 = *(u8 *)(r10 -16)
      ; v79: bit<8> = const 0x12
  169: r2 = 18
      ; v80: bool = eq v78, v79
  170: r1 = 1
  171: if r3 == r2 goto +1
  172: r1 = 0
      ; v81: bool = logical_and v77, v80
  173: r8 = r4
  174: r8 &= r1
      ; v82: bit<8> = read var12
  175: r2 = *(u8 *)(r10 -18)
      ; v83: bit<8> = const 1
  176: r1 = 1
      ; v84: bool = eq v82, v83
  177: r4 = 1
  178: if r2 == r1 goto +1
  179: r4 = 0
      ; v85: bit<8> = read var12
  180: r3 = *(u8 *)(r10 -18)
      ; v86: bit<8> = const 2
  181: r2 = 2
      ; v87: bool = eq v85, v86
  182: r1 = 1
  183: if r3 == r2 goto +1
  184: r1 = 0
      ; v88: bool = logical_or v84, v87
  185: r2 = r4
  186: r2 |= r1
      ; v89: bool = logical_and v81, v88
  187: r1 = r8
  188: r1 &= r2
  189: if r1 != 0 goto +51
      ; v98: bool = read var13
  190: r4 = *(u8 *)(r10 -17)
      ; v99: bit<8> = read var12
  191: r3 = *(u8 *)(r10 -18)
      ; v100: bit<8> = const 3
  192: r1 = 3
      ; v101: bool = eq v99, v100
  193: r2 = 1
  194: if r3 == r1 goto +1
  195: r2 = 0
      ; v102: bool = logical_and v98, v101
  196: r1 = r4
  197: r1 &= r2
  198: if r1 != 0 goto +22
      ; v105: bit<8> = const 1
  199: r1 = 1
      ; write var6, v105
  200: *(u8 *)(r10 -20) = r1
      ; v106: bit<32> = const 2
  201: r2 = 2
      ; v107: bit<32> = const 1
  202: r1 = 1
      ; count counter0[v106] += v107
  203: *(u32 *)(r10 -80) = r2
  204: *(u64 *)(r10 -128) = r1
  205: r1 = map[pipe_fw_stats] ll
  207: r2 = r10
  208: r2 += -80
  209: call bpf_map_lookup_elem
  210: r3 = r0
  211: if r3 == 0 goto +305
  212: r2 = *(u64 *)(r3 +0)
  213: r1 = *(u64 *)(r10 -128)
  214: r2 += r1
  215: *(u64 *)(r3 +0) = r2
  216: r2 = *(u64 *)(r3 +8)
  217: r1 = *(u32 *)(r10 -44)
  218: r2 += r1
  219: *(u64 *)(r3 +8) = r2
  220: goto +296
      ; v103: bit<32> = const 1
  221: r2 = 1
      ; v104: bit<32> = const 1
  222: r1 = 1
      ; count counter0[v103] += v104
  223: *(u32 *)(r10 -80) = r2
  224: *(u64 *)(r10 -128) = r1
  225: r1 = map[pipe_fw_stats] ll
  227: r2 = r10
  228: r2 += -80
  229: call bpf_map_lookup_elem
  230: r3 = r0
  231: if r3 == 0 goto +285
  232: r2 = *(u64 *)(r3 +0)
  233: r1 = *(u64 *)(r10 -128)
  234: r2 += r1
  235: *(u64 *)(r3 +0) = r2
  236: r2 = *(u64 *)(r3 +8)
  237: r1 = *(u32 *)(r10 -44)
  238: r2 += r1
  239: *(u64 *)(r3 +8) = r2
  240: goto +276
      ; v90: bit<8> = const 2
  241: r1 = 2
      ; write var12, v90
  242: *(u8 *)(r10 -18) = r1
      ; v91: bit<32> = read var8
  243: r8 = *(u32 *)(r10 -32)
      ; v92: bit<32> = read var9
  244: r4 = *(u32 *)(r10 -28)
      ; v93: bit<16> = read var10
  245: r3 = *(u16 *)(r10 -24)
      ; v94: bit<16> = read var11
  246: r2 = *(u16 *)(r10 -22)
      ; v95: bit<8> = read var12
  247: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v91, v92, v93, v94) = [v95]
  248: *(u64 *)(r10 -80) = 0
  249: *(u64 *)(r10 -72) = 0
  250: *(u32 *)(r10 -80) = r8
  251: *(u32 *)(r10 -76) = r4
  252: *(u16 *)(r10 -72) = r3
  253: *(u16 *)(r10 -70) = r2
  254: *(u64 *)(r10 -128) = 0
  255: *(u8 *)(r10 -128) = r1
  256: r1 = map[pipe_conns] ll
  258: r2 = r10
  259: r2 += -80
  260: r3 = r10
  261: r3 += -128
  262: r4 = 0
  263: call bpf_map_update_elem
      ; v96: bit<32> = const 1
  264: r2 = 1
      ; v97: bit<32> = const 1
  265: r1 = 1
      ; count counter0[v96] += v97
  266: *(u32 *)(r10 -80) = r2
  267: *(u64 *)(r10 -128) = r1
  268: r1 = map[pipe_fw_stats] ll
  270: r2 = r10
  271: r2 += -80
  272: call bpf_map_lookup_elem
  273: r3 = r0
  274: if r3 == 0 goto +242
  275: r2 = *(u64 *)(r3 +0)
  276: r1 = *(u64 *)(r10 -128)
  277: r2 += r1
  278: *(u64 *)(r3 +0) = r2
  279: r2 = *(u64 *)(r3 +8)
  280: r1 = *(u32 *)(r10 -44)
  281: r2 += r1
  282: *(u64 *)(r3 +8) = r2
  283: goto +233
      ; v51: bit<8> = read var14
  284: r2 = *(u8 *)(r10 -16)
      ; v52: bit<8> = const 2
  285: r1 = 2
      ; v53: bool = eq v51, v52
  286: if r2 == r1 goto +39
      ; v60: bool = read var13
  287: r4 = *(u8 *)(r10 -17)
      ; v61: bit<8> = read var12
  288: r3 = *(u8 *)(r10 -18)
      ; v62: bit<8> = const 2
  289: r2 = 2
      ; v63: bool = eq v61, v62
  290: r1 = 1
  291: if r3 == r2 goto +1
  292: r1 = 0
      ; v64: bool = logical_and v60, v63
  293: r4 &= r1
      ; v65: bit<8> = read var14
  294: r3 = *(u8 *)(r10 -16)
      ; v66: bit<8> = const 0x10
  295: r1 = 16
      ; v67: bool = eq v65, v66
  296: r2 = 1
  297: if r3 == r1 goto +1
  298: r2 = 0
      ; v68: bool = logical_and v64, v67
  299: r1 = r4
  300: r1 &= r2
  301: if r1 == 0 goto +47
      ; v69: bit<8> = const 3
  302: r1 = 3
      ; write var12, v69
  303: *(u8 *)(r10 -18) = r1
      ; v70: bit<32> = read var8
  304: r8 = *(u32 *)(r10 -32)
      ; v71: bit<32> = read var9
  305: r4 = *(u32 *)(r10 -28)
      ; v72: bit<16> = read var10
  306: r3 = *(u16 *)(r10 -24)
      ; v73: bit<16> = read var11
  307: r2 = *(u16 *)(r10 -22)
      ; v74: bit<8> = read var12
  308: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v70, v71, v72, v73) = [v74]
  309: *(u64 *)(r10 -80) = 0
  310: *(u64 *)(r10 -72) = 0
  311: *(u32 *)(r10 -80) = r8
  312: *(u32 *)(r10 -76) = r4
  313: *(u16 *)(r10 -72) = r3
  314: *(u16 *)(r10 -70) = r2
  315: *(u64 *)(r10 -128) = 0
  316: *(u8 *)(r10 -128) = r1
  317: r1 = map[pipe_conns] ll
  319: r2 = r10
  320: r2 += -80
  321: r3 = r10
  322: r3 += -128
  323: r4 = 0
  324: call bpf_map_update_elem
  325: goto +23
      ; v54: bit<8> = const 1
  326: r1 = 1
      ; write var12, v54
  327: *(u8 *)(r10 -18) = r1
      ; v55: bit<32> = read var8
  328: r8 = *(u32 *)(r10 -32)
      ; v56: bit<32> = read var9
  329: r4 = *(u32 *)(r10 -28)
      ; v57: bit<16> = read var10
  330: r3 = *(u16 *)(r10 -24)
      ; v58: bit<16> = read var11
  331: r2 = *(u16 *)(r10 -22)
      ; v59: bit<8> = read var12
  332: r1 = *(u8 *)(r10 -18)
      ; map_update map0(v55, v56, v57, v58) = [v59]
  333: *(u64 *)(r10 -80) = 0
  334: *(u64 *)(r10 -72) = 0
  335: *(u32 *)(r10 -80) = r8
  336: *(u32 *)(r10 -76) = r4
  337: *(u16 *)(r10 -72) = r3
  338: *(u16 *)(r10 -70) = r2
  339: *(u64 *)(r10 -128) = 0
  340: *(u8 *)(r10 -128) = r1
  341: r1 = map[pipe_conns] ll
  343: r2 = r10
  344: r2 += -80
  345: r3 = r10
  346: r3 += -128
  347: r4 = 0
  348: call bpf_map_update_elem
      ; v75: bit<32> = const 0
  349: r2 = 0
      ; v76: bit<32> = const 1
  350: r1 = 1
      ; count counter0[v75] += v76
  351: *(u32 *)(r10 -80) = r2
  352: *(u64 *)(r10 -128) = r1
  353: r1 = map[pipe_fw_stats] ll
  355: r2 = r10
  356: r2 += -80
  357: call bpf_map_lookup_elem
  358: r3 = r0
  359: if r3 == 0 goto +157
  360: r2 = *(u64 *)(r3 +0)
  361: r1 = *(u64 *)(r10 -128)
  362: r2 += r1
  363: *(u64 *)(r3 +0) = r2
  364: r2 = *(u64 *)(r3 +8)
  365: r1 = *(u32 *)(r10 -44)
  366: r2 += r1
  367: *(u64 *)(r3 +8) = r2
  368: goto +148
      ; v36: bool = read var13
  369: r1 = *(u8 *)(r10 -17)
  370: if r1 == 0 goto +15
      ; v37: bit<32> = read var8
  371: r4 = *(u32 *)(r10 -32)
      ; v38: bit<32> = read var9
  372: r3 = *(u32 *)(r10 -28)
      ; v39: bit<16> = read var10
  373: r2 = *(u16 *)(r10 -24)
      ; v40: bit<16> = read var11
  374: r1 = *(u16 *)(r10 -22)
      ; map_delete map0(v37, v38, v39, v40)
  375: *(u64 *)(r10 -80) = 0
  376: *(u64 *)(r10 -72) = 0
  377: *(u32 *)(r10 -80) = r4
  378: *(u32 *)(r10 -76) = r3
  379: *(u16 *)(r10 -72) = r2
  380: *(u16 *)(r10 -70) = r1
  381: r1 = map[pipe_conns] ll
  383: r2 = r10
  384: r2 += -80
  385: call bpf_map_delete_elem
      ; v41: bool = read var7
  386: r1 = *(u8 *)(r10 -19)
  387: if r1 != 0 goto +44
      ; v44: bool = read var13
  388: r1 = *(u8 *)(r10 -17)
  389: if r1 != 0 goto +22
      ; v47: bit<8> = const 1
  390: r1 = 1
      ; write var6, v47
  391: *(u8 *)(r10 -20) = r1
      ; v48: bit<32> = const 2
  392: r2 = 2
      ; v49: bit<32> = const 1
  393: r1 = 1
      ; count counter0[v48] += v49
  394: *(u32 *)(r10 -80) = r2
  395: *(u64 *)(r10 -128) = r1
  396: r1 = map[pipe_fw_stats] ll
  398: r2 = r10
  399: r2 += -80
  400: call bpf_map_lookup_elem
  401: r3 = r0
  402: if r3 == 0 goto +114
  403: r2 = *(u64 *)(r3 +0)
  404: r1 = *(u64 *)(r10 -128)
  405: r2 += r1
  406: *(u64 *)(r3 +0) = r2
  407: r2 = *(u64 *)(r3 +8)
  408: r1 = *(u32 *)(r10 -44)
  409: r2 += r1
  410: *(u64 *)(r3 +8) = r2
  411: goto +105
      ; v45: bit<32> = const 1
  412: r2 = 1
      ; v46: bit<32> = const 1
  413: r1 = 1
      ; count counter0[v45] += v46
  414: *(u32 *)(r10 -80) = r2
  415: *(u64 *)(r10 -128) = r1
  416: r1 = map[pipe_fw_stats] ll
  418: r2 = r10
  419: r2 += -80
  420: call bpf_map_lookup_elem
  421: r3 = r0
  422: if r3 == 0 goto +94
  423: r2 = *(u64 *)(r3 +0)
  424: r1 = *(u64 *)(r10 -128)
  425: r2 += r1
  426: *(u64 *)(r3 +0) = r2
  427: r2 = *(u64 *)(r3 +8)
  428: r1 = *(u32 *)(r10 -44)
  429: r2 += r1
  430: *(u64 *)(r3 +8) = r2
  431: goto +85
      ; v42: bit<32> = const 0
  432: r2 = 0
      ; v43: bit<32> = const 1
  433: r1 = 1
      ; count counter0[v42] += v43
  434: *(u32 *)(r10 -80) = r2
  435: *(u64 *)(r10 -128) = r1
  436: r1 = map[pipe_fw_stats] ll
  438: r2 = r10
  439: r2 += -80
  440: call bpf_map_lookup_elem
  441: r3 = r0
  442: if r3 == 0 goto +74
  443: r2 = *(u64 *)(r3 +0)
  444: r1 = *(u64 *)(r10 -128)
  445: r2 += r1
  446: *(u64 *)(r3 +0) = r2
  447: r2 = *(u64 *)(r3 +8)
  448: r1 = *(u32 *)(r10 -44)
  449: r2 += r1
  450: *(u64 *)(r3 +8) = r2
  451: goto +65
      ; v7: bool = read var7
  452: r1 = *(u8 *)(r10 -19)
  453: if r1 != 0 goto +22
      ; v10: bit<8> = const 1
  454: r1 = 1
      ; write var6, v10
  455: *(u8 *)(r10 -20) = r1
      ; v11: bit<32> = const 2
  456: r2 = 2
      ; v12: bit<32> = const 1
  457: r1 = 1
      ; count counter0[v11] += v12
  458: *(u32 *)(r10 -80) = r2
  459: *(u64 *)(r10 -128) = r1
  460: r1 = map[pipe_fw_stats] ll
  462: r2 = r10
  463: r2 += -80
  464: call bpf_map_lookup_elem
  465: r3 = r0
  466: if r3 == 0 goto +50
  467: r2 = *(u64 *)(r3 +0)
  468: r1 = *(u64 *)(r10 -128)
  469: r2 += r1
  470: *(u64 *)(r3 +0) = r2
  471: r2 = *(u64 *)(r3 +8)
  472: r1 = *(u32 *)(r10 -44)
  473: r2 += r1
  474: *(u64 *)(r3 +8) = r2
  475: goto +41
      ; v8: bit<32> = const 0
  476: r2 = 0
      ; v9: bit<32> = const 1
  477: r1 = 1
      ; count counter0[v8] += v9
  478: *(u32 *)(r10 -80) = r2
  479: *(u64 *)(r10 -128) = r1
  480: r1 = map[pipe_fw_stats] ll
  482: r2 = r10
  483: r2 += -80
  484: call bpf_map_lookup_elem
  485: r3 = r0
  486: if r3 == 0 goto +30
  487: r2 = *(u64 *)(r3 +0)
  488: r1 = *(u64 *)(r10 -128)
  489: r2 += r1
  490: *(u64 *)(r3 +0) = r2
  491: r2 = *(u64 *)(r3 +8)
  492: r1 = *(u32 *)(r10 -44)
  493: r2 += r1
  494: *(u64 *)(r3 +8) = r2
  495: goto +21
      ; drop
  496: r2 = *(u32 *)(r10 -40)
  497: r1 = *(u32 *)(r10 -36)
  498: *(u64 *)(r10 -144) = r2
  499: *(u64 *)(r10 -152) = r1
  500: r1 = *(u64 *)(r10 -8)
  501: r2 = 0xfffffffffffffff8 ll
  503: call bpf_xdp_adjust_meta
  504: if r0 != 0 goto +10
  505: r1 = *(u64 *)(r10 -8)
  506: r3 = *(u32 *)(r1 +8)
  507: r2 = *(u32 *)(r1 +0)
  508: r1 = r3
  509: r1 += 8
  510: if r1 > r2 goto +4
  511: r1 = *(u64 *)(r10 -144)
  512: *(u32 *)(r3 +0) = r1
  513: r1 = *(u64 *)(r10 -152)
  514: *(u32 *)(r3 +4) = r1
  515: r0 = 1
  516: exit
      ; epilogue: verdict
  517: r2 = *(u32 *)(r10 -40)
  518: r1 = *(u32 *)(r10 -36)
  519: *(u64 *)(r10 -160) = r2
  520: *(u64 *)(r10 -168) = r1
  521: r1 = *(u64 *)(r10 -8)
  522: r2 = 0xfffffffffffffff8 ll
  524: call bpf_xdp_adjust_meta
  525: if r0 != 0 goto +10
  526: r1 = *(u64 *)(r10 -8)
  527: r3 = *(u32 *)(r1 +8)
  528: r2 = *(u32 *)(r1 +0)
  529: r1 = r3
  530: r1 += 8
  531: if r1 > r2 goto +4
  532: r1 = *(u64 *)(r10 -160)
  533: *(u32 *)(r3 +0) = r1
  534: r1 = *(u64 *)(r10 -168)
  535: *(u32 *)(r3 +4) = r1
  536: r1 = *(u8 *)(r10 -20)
  537: if r1 != 0 goto +2
  538: r0 = 2
  539: exit
  540: if r1 != 2 goto +4
  541: r1 = *(u32 *)(r10 -36)
  542: r2 = 0
  543: call bpf_redirect
  544: exit
  545: r0 = 1
  546: exit
