; stateful_firewall for xdp: 336 instructions, stack 208 bytes, 2 maps
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
   24: if r9 > r7 goto +260
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 != 8 goto +41
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   27: r8 = r9
   28: r9 += 20
   29: if r9 > r7 goto +255
      ; v1: bit<4> = read_field hdr1.ihl
   30: r2 = *(u8 *)(r8 +0)
   31: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   32: r1 = 1
   33: if r2 >= 5 goto +1
   34: r1 = 0
      ; verify v3, error HeaderTooShort
   35: if r1 == 0 goto +249
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
   43: if r1 & 7 goto +241
   44: r1 >>= 3
   45: if r1 > 16383 goto +239
   46: r9 -= r6
   47: r1 += r9
   48: if r1 > 16383 goto +236
   49: r9 = r6
   50: r9 += r1
   51: if r9 > r7 goto +233
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
   59: if r9 > r7 goto +225
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
   67: if r1 == 0 goto +217
      ; v0: bool = is_valid hdr1
   68: r1 = 0
   69: if r8 == 0 goto +1
   70: r1 = 1
      ; v1: bool = not v0
   71: r1 ^= 1
   72: if r1 != 0 goto +233
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
   83: if r1 != 0 goto +179
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
  136: if r1 != 0 goto +102
      ; v50: bool = read var7
  137: r1 = *(u64 *)(r10 -152)
  138: if r1 != 0 goto +44
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
  152: if r4 != 0 goto +6
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  153: r1 = 1
  154: if r3 == 3 goto +1
  155: r1 = 0
      ; v102: bool = logical_and v98, v101
  156: r8 &= r1
  157: if r8 != 0 goto +103
      ; v105: bit<8> = const 1
  158: goto +106
      ; v90: bit<8> = const 2
  159: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  160: r1 = r9
  161: r1 = be32 r1
      ; v92: bit<32> = read var9
  162: r2 = *(u64 *)(r10 -192)
  163: r2 = be32 r2
      ; v93: bit<16> = read var10
  164: r4 = *(u64 *)(r10 -200)
  165: r4 = be16 r4
      ; v94: bit<16> = read var11
  166: r8 = *(u64 *)(r10 -208)
  167: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  168: *(u32 *)(r10 -48) = r1
  169: *(u32 *)(r10 -44) = r2
  170: *(u16 *)(r10 -40) = r4
  171: *(u16 *)(r10 -38) = r8
  172: *(u8 *)(r10 -96) = r3
  173: r1 = map[pipe_conns] ll
  175: r2 = r10
  176: r2 += -48
  177: r3 = r10
  178: r3 += -96
  179: r4 = 0
  180: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  181: *(u32 *)(r10 -48) = 1
  182: goto +87
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  183: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  184: r1 = 1
  185: if r3 == 2 goto +1
  186: r1 = 0
      ; v64: bool = logical_and v60, v63
  187: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  188: r1 = 1
  189: if r2 == 16 goto +1
  190: r1 = 0
      ; v68: bool = logical_and v64, v67
  191: r8 &= r1
  192: if r8 == 0 goto +76
      ; v69: bit<8> = const 3
  193: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  194: r1 = r9
  195: r1 = be32 r1
      ; v71: bit<32> = read var9
  196: r2 = *(u64 *)(r10 -192)
  197: r2 = be32 r2
      ; v72: bit<16> = read var10
  198: r4 = *(u64 *)(r10 -200)
  199: r4 = be16 r4
      ; v73: bit<16> = read var11
  200: r8 = *(u64 *)(r10 -208)
  201: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  202: *(u32 *)(r10 -48) = r1
  203: *(u32 *)(r10 -44) = r2
  204: *(u16 *)(r10 -40) = r4
  205: *(u16 *)(r10 -38) = r8
  206: *(u8 *)(r10 -96) = r3
  207: r1 = map[pipe_conns] ll
  209: r2 = r10
  210: r2 += -48
  211: r3 = r10
  212: r3 += -96
  213: r4 = 0
  214: call bpf_map_update_elem
  215: goto +53
      ; v54: bit<8> = const 1
  216: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  217: r1 = r9
  218: r1 = be32 r1
      ; v56: bit<32> = read var9
  219: r2 = *(u64 *)(r10 -192)
  220: r2 = be32 r2
      ; v57: bit<16> = read var10
  221: r4 = *(u64 *)(r10 -200)
  222: r4 = be16 r4
      ; v58: bit<16> = read var11
  223: r8 = *(u64 *)(r10 -208)
  224: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  225: *(u32 *)(r10 -48) = r1
  226: *(u32 *)(r10 -44) = r2
  227: *(u16 *)(r10 -40) = r4
  228: *(u16 *)(r10 -38) = r8
  229: *(u8 *)(r10 -96) = r3
  230: r1 = map[pipe_conns] ll
  232: r2 = r10
  233: r2 += -48
  234: r3 = r10
  235: r3 += -96
  236: r4 = 0
  237: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  238: goto +30
      ; v36: bool = read var13
  239: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  240: r1 = r9
  241: r1 = be32 r1
      ; v38: bit<32> = read var9
  242: r2 = *(u64 *)(r10 -192)
  243: r2 = be32 r2
      ; v39: bit<16> = read var10
  244: r3 = *(u64 *)(r10 -200)
  245: r3 = be16 r3
      ; v40: bit<16> = read var11
  246: r4 = *(u64 *)(r10 -208)
  247: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  248: *(u32 *)(r10 -48) = r1
  249: *(u32 *)(r10 -44) = r2
  250: *(u16 *)(r10 -40) = r3
  251: *(u16 *)(r10 -38) = r4
  252: r1 = map[pipe_conns] ll
  254: r2 = r10
  255: r2 += -48
  256: call bpf_map_delete_elem
      ; v41: bool = read var7
  257: r1 = *(u64 *)(r10 -152)
  258: if r1 != 0 goto +10
      ; v44: bool = read var13
  259: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
  260: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  261: *(u32 *)(r10 -48) = 1
  262: goto +7
      ; v7: bool = read var7
  263: r1 = *(u64 *)(r10 -152)
  264: if r1 != 0 goto +4
      ; v10: bit<8> = const 1
  265: r1 = 1
      ; write var6, v10
  266: *(u64 *)(r10 -184) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  267: *(u32 *)(r10 -48) = 2
  268: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  269: *(u32 *)(r10 -48) = 0
  270: r1 = map[pipe_fw_stats] ll
  272: r2 = r10
  273: r2 += -48
  274: call bpf_map_lookup_elem
  275: r2 = r0
  276: if r2 == 0 goto +29
  277: r1 = *(u64 *)(r2 +0)
  278: r1 += 1
  279: *(u64 *)(r2 +0) = r1
  280: r1 = *(u64 *)(r2 +8)
  281: r3 = *(u64 *)(r10 -160)
  282: r1 += r3
  283: *(u64 *)(r2 +8) = r1
  284: goto +21
      ; drop
  285: r2 = *(u64 *)(r10 -168)
  286: r1 = *(u64 *)(r10 -176)
  287: *(u64 *)(r10 -112) = r2
  288: *(u64 *)(r10 -120) = r1
  289: r1 = *(u64 *)(r10 -8)
  290: r2 = 0xfffffffffffffff8 ll
  292: call bpf_xdp_adjust_meta
  293: if r0 != 0 goto +10
  294: r1 = *(u64 *)(r10 -8)
  295: r3 = *(u32 *)(r1 +8)
  296: r2 = *(u32 *)(r1 +0)
  297: r1 = r3
  298: r1 += 8
  299: if r1 > r2 goto +4
  300: r1 = *(u64 *)(r10 -112)
  301: *(u32 *)(r3 +0) = r1
  302: r1 = *(u64 *)(r10 -120)
  303: *(u32 *)(r3 +4) = r1
  304: r0 = 1
  305: exit
      ; epilogue: verdict
  306: r2 = *(u64 *)(r10 -168)
  307: r1 = *(u64 *)(r10 -176)
  308: *(u64 *)(r10 -128) = r2
  309: *(u64 *)(r10 -136) = r1
  310: r1 = *(u64 *)(r10 -8)
  311: r2 = 0xfffffffffffffff8 ll
  313: call bpf_xdp_adjust_meta
  314: if r0 != 0 goto +10
  315: r1 = *(u64 *)(r10 -8)
  316: r2 = *(u32 *)(r1 +8)
  317: r3 = *(u32 *)(r1 +0)
  318: r1 = r2
  319: r1 += 8
  320: if r1 > r3 goto +4
  321: r1 = *(u64 *)(r10 -128)
  322: *(u32 *)(r2 +0) = r1
  323: r1 = *(u64 *)(r10 -136)
  324: *(u32 *)(r2 +4) = r1
  325: r1 = *(u64 *)(r10 -184)
  326: if r1 != 0 goto +2
  327: r0 = 2
  328: exit
  329: if r1 != 2 goto +4
  330: r1 = *(u64 *)(r10 -176)
  331: r2 = 0
  332: call bpf_redirect
  333: exit
  334: r0 = 1
  335: exit
