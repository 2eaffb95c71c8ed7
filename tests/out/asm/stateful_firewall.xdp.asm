; stateful_firewall for xdp: 327 instructions, stack 208 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r8 = r6
    5: *(u64 *)(r10 -144) = 0
    6: r9 = 0
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
   22: r8 += 14
   23: if r8 > r7 goto +252
      ; v0: bit<16> = read_field hdr0.etherType
   24: r1 = *(u16 *)(r6 +12)
   25: if r1 != 8 goto +37
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   26: *(u64 *)(r10 -144) = r8
   27: r8 += 20
   28: if r8 > r7 goto +247
      ; v1: bit<4> = read_field hdr1.ihl
   29: r2 = *(u8 *)(r6 +14)
   30: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   31: r1 = 1
   32: if r2 >= 5 goto +1
   33: r1 = 0
      ; verify v3, error HeaderTooShort
   34: if r1 == 0 goto +241
      ; v4: bit<4> = read_field hdr1.ihl
   35: r1 = *(u8 *)(r6 +14)
   36: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   37: r1 -= 5
   38: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   39: r1 *= 32
   40: w1 = w1
      ; advance v9
   41: r1 >>= 3
   42: r8 -= r6
   43: r1 += r8
   44: if r1 > 16383 goto +231
   45: r8 = r6
   46: r8 += r1
   47: if r8 > r7 goto +228
      ; v10: bit<13> = read_field hdr1.fragOffset
   48: r2 = *(u16 *)(r6 +20)
   49: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   50: r1 = *(u8 *)(r6 +23)
   51: if r2 != 0 goto +11
   52: if r1 != 6 goto +10
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   53: r9 = r8
   54: r8 += 20
   55: if r8 > r7 goto +220
      ; v12: bit<4> = read_field hdr2.dataOffset
   56: r2 = *(u8 *)(r9 +12)
   57: r2 >>= 4
   58: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   59: r1 = 1
   60: if r2 >= 5 goto +1
   61: r1 = 0
      ; verify v14, error HeaderTooShort
   62: if r1 == 0 goto +213
      ; v0: bool = is_valid hdr1
   63: r1 = 0
   64: r0 = *(u64 *)(r10 -144)
   65: if r0 == 0 goto +1
   66: r1 = 1
      ; v1: bool = not v0
   67: r1 ^= 1
   68: if r1 != 0 goto +228
      ; v2: bit<32> = read var2
   69: r2 = *(u64 *)(r10 -152)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   70: r1 = 1
   71: if r2 == 1 goto +1
   72: r1 = 0
      ; write var7, v4
   73: *(u64 *)(r10 -144) = r1
      ; v5: bool = is_valid hdr2
   74: r1 = 0
   75: if r9 == 0 goto +1
   76: r1 = 1
      ; v6: bool = not v5
   77: r1 ^= 1
   78: if r1 != 0 goto +175
      ; v13: bool = read var7
   79: r1 = *(u64 *)(r10 -144)
   80: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   81: r1 = *(u32 *)(r6 +30)
      ; write var8, v18
   82: *(u64 *)(r10 -152) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   83: r1 = *(u32 *)(r6 +26)
      ; write var9, v19
   84: *(u64 *)(r10 -192) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   85: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   86: *(u64 *)(r10 -200) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   87: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   88: *(u64 *)(r10 -208) = r1
   89: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   90: r1 = *(u32 *)(r6 +26)
      ; write var8, v14
   91: *(u64 *)(r10 -152) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   92: r1 = *(u32 *)(r6 +30)
      ; write var9, v15
   93: *(u64 *)(r10 -192) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   94: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   95: *(u64 *)(r10 -200) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   96: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   97: *(u64 *)(r10 -208) = r1
      ; v22: bit<32> = read var8
   98: r4 = *(u64 *)(r10 -152)
   99: r4 = be32 r4
      ; v23: bit<32> = read var9
  100: r3 = *(u64 *)(r10 -192)
  101: r3 = be32 r3
      ; v24: bit<16> = read var10
  102: r2 = *(u64 *)(r10 -200)
  103: r2 = be16 r2
      ; v25: bit<16> = read var11
  104: r1 = *(u64 *)(r10 -208)
  105: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  106: *(u32 *)(r10 -40) = r4
  107: *(u32 *)(r10 -36) = r3
  108: *(u16 *)(r10 -32) = r2
  109: *(u16 *)(r10 -30) = r1
  110: r1 = map[pipe_conns] ll
  112: r2 = r10
  113: r2 += -40
  114: call bpf_map_lookup_elem
  115: r1 = r0
  116: if r1 == 0 goto +4
  117: r8 = 1
  118: r3 = *(u8 *)(r1 +0)
  119: r3 &= 255
  120: goto +2
  121: r8 = 0
  122: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  123: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  124: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  125: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  126: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  127: if r1 != 0 goto +102
      ; v50: bool = read var7
  128: r1 = *(u64 *)(r10 -144)
  129: if r1 != 0 goto +44
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  130: r1 = 1
  131: if r2 == 18 goto +1
  132: r1 = 0
      ; v81: bool = logical_and v77, v80
  133: r4 = r8
  134: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  135: r1 = 1
  136: if r3 == 1 goto +1
  137: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  138: r2 = 1
  139: if r3 == 2 goto +1
  140: r2 = 0
      ; v88: bool = logical_or v84, v87
  141: r1 |= r2
      ; v89: bool = logical_and v81, v88
  142: r4 &= r1
  143: if r4 != 0 goto +6
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  144: r1 = 1
  145: if r3 == 3 goto +1
  146: r1 = 0
      ; v102: bool = logical_and v98, v101
  147: r8 &= r1
  148: if r8 != 0 goto +103
      ; v105: bit<8> = const 1
  149: goto +106
      ; v90: bit<8> = const 2
  150: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  151: r1 = *(u64 *)(r10 -152)
  152: r1 = be32 r1
      ; v92: bit<32> = read var9
  153: r2 = *(u64 *)(r10 -192)
  154: r2 = be32 r2
      ; v93: bit<16> = read var10
  155: r4 = *(u64 *)(r10 -200)
  156: r4 = be16 r4
      ; v94: bit<16> = read var11
  157: r8 = *(u64 *)(r10 -208)
  158: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  159: *(u32 *)(r10 -48) = r1
  160: *(u32 *)(r10 -44) = r2
  161: *(u16 *)(r10 -40) = r4
  162: *(u16 *)(r10 -38) = r8
  163: *(u8 *)(r10 -96) = r3
  164: r1 = map[pipe_conns] ll
  166: r2 = r10
  167: r2 += -48
  168: r3 = r10
  169: r3 += -96
  170: r4 = 0
  171: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  172: *(u32 *)(r10 -48) = 1
  173: goto +87
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  174: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  175: r1 = 1
  176: if r3 == 2 goto +1
  177: r1 = 0
      ; v64: bool = logical_and v60, v63
  178: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  179: r1 = 1
  180: if r2 == 16 goto +1
  181: r1 = 0
      ; v68: bool = logical_and v64, v67
  182: r8 &= r1
  183: if r8 == 0 goto +76
      ; v69: bit<8> = const 3
  184: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  185: r1 = *(u64 *)(r10 -152)
  186: r1 = be32 r1
      ; v71: bit<32> = read var9
  187: r2 = *(u64 *)(r10 -192)
  188: r2 = be32 r2
      ; v72: bit<16> = read var10
  189: r4 = *(u64 *)(r10 -200)
  190: r4 = be16 r4
      ; v73: bit<16> = read var11
  191: r8 = *(u64 *)(r10 -208)
  192: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  193: *(u32 *)(r10 -48) = r1
  194: *(u32 *)(r10 -44) = r2
  195: *(u16 *)(r10 -40) = r4
  196: *(u16 *)(r10 -38) = r8
  197: *(u8 *)(r10 -96) = r3
  198: r1 = map[pipe_conns] ll
  200: r2 = r10
  201: r2 += -48
  202: r3 = r10
  203: r3 += -96
  204: r4 = 0
  205: call bpf_map_update_elem
  206: goto +53
      ; v54: bit<8> = const 1
  207: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  208: r1 = *(u64 *)(r10 -152)
  209: r1 = be32 r1
      ; v56: bit<32> = read var9
  210: r2 = *(u64 *)(r10 -192)
  211: r2 = be32 r2
      ; v57: bit<16> = read var10
  212: r4 = *(u64 *)(r10 -200)
  213: r4 = be16 r4
      ; v58: bit<16> = read var11
  214: r8 = *(u64 *)(r10 -208)
  215: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  216: *(u32 *)(r10 -48) = r1
  217: *(u32 *)(r10 -44) = r2
  218: *(u16 *)(r10 -40) = r4
  219: *(u16 *)(r10 -38) = r8
  220: *(u8 *)(r10 -96) = r3
  221: r1 = map[pipe_conns] ll
  223: r2 = r10
  224: r2 += -48
  225: r3 = r10
  226: r3 += -96
  227: r4 = 0
  228: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  229: goto +30
      ; v36: bool = read var13
  230: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  231: r1 = *(u64 *)(r10 -152)
  232: r1 = be32 r1
      ; v38: bit<32> = read var9
  233: r2 = *(u64 *)(r10 -192)
  234: r2 = be32 r2
      ; v39: bit<16> = read var10
  235: r3 = *(u64 *)(r10 -200)
  236: r3 = be16 r3
      ; v40: bit<16> = read var11
  237: r4 = *(u64 *)(r10 -208)
  238: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  239: *(u32 *)(r10 -48) = r1
  240: *(u32 *)(r10 -44) = r2
  241: *(u16 *)(r10 -40) = r3
  242: *(u16 *)(r10 -38) = r4
  243: r1 = map[pipe_conns] ll
  245: r2 = r10
  246: r2 += -48
  247: call bpf_map_delete_elem
      ; v41: bool = read var7
  248: r1 = *(u64 *)(r10 -144)
  249: if r1 != 0 goto +10
      ; v44: bool = read var13
  250: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
  251: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  252: *(u32 *)(r10 -48) = 1
  253: goto +7
      ; v7: bool = read var7
  254: r1 = *(u64 *)(r10 -144)
  255: if r1 != 0 goto +4
      ; v10: bit<8> = const 1
  256: r1 = 1
      ; write var6, v10
  257: *(u64 *)(r10 -184) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  258: *(u32 *)(r10 -48) = 2
  259: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  260: *(u32 *)(r10 -48) = 0
  261: r1 = map[pipe_fw_stats] ll
  263: r2 = r10
  264: r2 += -48
  265: call bpf_map_lookup_elem
  266: r2 = r0
  267: if r2 == 0 goto +29
  268: r1 = *(u64 *)(r2 +0)
  269: r1 += 1
  270: *(u64 *)(r2 +0) = r1
  271: r1 = *(u64 *)(r2 +8)
  272: r3 = *(u64 *)(r10 -160)
  273: r1 += r3
  274: *(u64 *)(r2 +8) = r1
  275: goto +21
      ; drop
  276: r2 = *(u64 *)(r10 -168)
  277: r1 = *(u64 *)(r10 -176)
  278: *(u64 *)(r10 -112) = r2
  279: *(u64 *)(r10 -120) = r1
  280: r1 = *(u64 *)(r10 -8)
  281: r2 = 0xfffffffffffffff8 ll
  283: call bpf_xdp_adjust_meta
  284: if r0 != 0 goto +10
  285: r1 = *(u64 *)(r10 -8)
  286: r3 = *(u32 *)(r1 +8)
  287: r2 = *(u32 *)(r1 +0)
  288: r1 = r3
  289: r1 += 8
  290: if r1 > r2 goto +4
  291: r1 = *(u64 *)(r10 -112)
  292: *(u32 *)(r3 +0) = r1
  293: r1 = *(u64 *)(r10 -120)
  294: *(u32 *)(r3 +4) = r1
  295: r0 = 1
  296: exit
      ; epilogue: verdict
  297: r2 = *(u64 *)(r10 -168)
  298: r1 = *(u64 *)(r10 -176)
  299: *(u64 *)(r10 -128) = r2
  300: *(u64 *)(r10 -136) = r1
  301: r1 = *(u64 *)(r10 -8)
  302: r2 = 0xfffffffffffffff8 ll
  304: call bpf_xdp_adjust_meta
  305: if r0 != 0 goto +10
  306: r1 = *(u64 *)(r10 -8)
  307: r2 = *(u32 *)(r1 +8)
  308: r3 = *(u32 *)(r1 +0)
  309: r1 = r2
  310: r1 += 8
  311: if r1 > r3 goto +4
  312: r1 = *(u64 *)(r10 -128)
  313: *(u32 *)(r2 +0) = r1
  314: r1 = *(u64 *)(r10 -136)
  315: *(u32 *)(r2 +4) = r1
  316: r1 = *(u64 *)(r10 -184)
  317: if r1 != 0 goto +2
  318: r0 = 2
  319: exit
  320: if r1 != 2 goto +4
  321: r1 = *(u64 *)(r10 -176)
  322: r2 = 0
  323: call bpf_redirect
  324: exit
  325: r0 = 1
  326: exit
