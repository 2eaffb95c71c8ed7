; stateful_firewall for xdp: 333 instructions, stack 208 bytes, 2 maps
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
   24: if r9 > r7 goto +257
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 != 8 goto +38
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   27: r8 = r9
   28: r9 += 20
   29: if r9 > r7 goto +252
      ; v1: bit<4> = read_field hdr1.ihl
   30: r2 = *(u8 *)(r8 +0)
   31: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   32: r1 = 1
   33: if r2 >= 5 goto +1
   34: r1 = 0
      ; verify v3, error HeaderTooShort
   35: if r1 == 0 goto +246
      ; v4: bit<4> = read_field hdr1.ihl
   36: r1 = *(u8 *)(r8 +0)
   37: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   38: r1 -= 5
   39: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   40: r1 *= 32
   41: w1 = w1
      ; advance v9
   42: r1 >>= 3
   43: r9 -= r6
   44: r1 += r9
   45: if r1 > 16383 goto +236
   46: r9 = r6
   47: r9 += r1
   48: if r9 > r7 goto +233
      ; v10: bit<13> = read_field hdr1.fragOffset
   49: r2 = *(u16 *)(r8 +6)
   50: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   51: r1 = *(u8 *)(r8 +9)
   52: if r2 != 0 goto +12
   53: if r1 != 6 goto +11
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   54: *(u64 *)(r10 -144) = r9
   55: r9 += 20
   56: if r9 > r7 goto +225
      ; v12: bit<4> = read_field hdr2.dataOffset
   57: r0 = *(u64 *)(r10 -144)
   58: r2 = *(u8 *)(r0 +12)
   59: r2 >>= 4
   60: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   61: r1 = 1
   62: if r2 >= 5 goto +1
   63: r1 = 0
      ; verify v14, error HeaderTooShort
   64: if r1 == 0 goto +217
      ; v0: bool = is_valid hdr1
   65: r1 = 0
   66: if r8 == 0 goto +1
   67: r1 = 1
      ; v1: bool = not v0
   68: r1 ^= 1
   69: if r1 != 0 goto +233
      ; v2: bit<32> = read var2
   70: r2 = *(u64 *)(r10 -152)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   71: r1 = 1
   72: if r2 == 1 goto +1
   73: r1 = 0
      ; write var7, v4
   74: *(u64 *)(r10 -152) = r1
      ; v5: bool = is_valid hdr2
   75: r1 = 0
   76: r0 = *(u64 *)(r10 -144)
   77: if r0 == 0 goto +1
   78: r1 = 1
      ; v6: bool = not v5
   79: r1 ^= 1
   80: if r1 != 0 goto +179
      ; v13: bool = read var7
   81: r1 = *(u64 *)(r10 -152)
   82: if r1 != 0 goto +10
      ; v18: bit<32> = read_field hdr1.dstAddr
   83: r9 = *(u32 *)(r8 +16)
      ; write var8, v18
      ; v19: bit<32> = read_field hdr1.srcAddr
   84: r1 = *(u32 *)(r8 +12)
      ; write var9, v19
   85: *(u64 *)(r10 -192) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   86: r0 = *(u64 *)(r10 -144)
   87: r1 = *(u16 *)(r0 +2)
      ; write var10, v20
   88: *(u64 *)(r10 -200) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   89: r0 = *(u64 *)(r10 -144)
   90: r1 = *(u16 *)(r0 +0)
      ; write var11, v21
   91: *(u64 *)(r10 -208) = r1
   92: goto +9
      ; v14: bit<32> = read_field hdr1.srcAddr
   93: r9 = *(u32 *)(r8 +12)
      ; write var8, v14
      ; v15: bit<32> = read_field hdr1.dstAddr
   94: r1 = *(u32 *)(r8 +16)
      ; write var9, v15
   95: *(u64 *)(r10 -192) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   96: r0 = *(u64 *)(r10 -144)
   97: r1 = *(u16 *)(r0 +0)
      ; write var10, v16
   98: *(u64 *)(r10 -200) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   99: r0 = *(u64 *)(r10 -144)
  100: r1 = *(u16 *)(r0 +2)
      ; write var11, v17
  101: *(u64 *)(r10 -208) = r1
      ; v22: bit<32> = read var8
  102: r4 = r9
  103: r4 = be32 r4
      ; v23: bit<32> = read var9
  104: r3 = *(u64 *)(r10 -192)
  105: r3 = be32 r3
      ; v24: bit<16> = read var10
  106: r2 = *(u64 *)(r10 -200)
  107: r2 = be16 r2
      ; v25: bit<16> = read var11
  108: r1 = *(u64 *)(r10 -208)
  109: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  110: *(u32 *)(r10 -40) = r4
  111: *(u32 *)(r10 -36) = r3
  112: *(u16 *)(r10 -32) = r2
  113: *(u16 *)(r10 -30) = r1
  114: r1 = map[pipe_conns] ll
  116: r2 = r10
  117: r2 += -40
  118: call bpf_map_lookup_elem
  119: r1 = r0
  120: if r1 == 0 goto +4
  121: r8 = 1
  122: r3 = *(u8 *)(r1 +0)
  123: r3 &= 255
  124: goto +2
  125: r8 = 0
  126: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  127: r0 = *(u64 *)(r10 -144)
  128: r2 = *(u8 *)(r0 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  129: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  130: r0 = *(u64 *)(r10 -144)
  131: r1 = *(u8 *)(r0 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  132: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  133: if r1 != 0 goto +102
      ; v50: bool = read var7
  134: r1 = *(u64 *)(r10 -152)
  135: if r1 != 0 goto +44
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  136: r1 = 1
  137: if r2 == 18 goto +1
  138: r1 = 0
      ; v81: bool = logical_and v77, v80
  139: r4 = r8
  140: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  141: r1 = 1
  142: if r3 == 1 goto +1
  143: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  144: r2 = 1
  145: if r3 == 2 goto +1
  146: r2 = 0
      ; v88: bool = logical_or v84, v87
  147: r1 |= r2
      ; v89: bool = logical_and v81, v88
  148: r4 &= r1
  149: if r4 != 0 goto +6
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  150: r1 = 1
  151: if r3 == 3 goto +1
  152: r1 = 0
      ; v102: bool = logical_and v98, v101
  153: r8 &= r1
  154: if r8 != 0 goto +103
      ; v105: bit<8> = const 1
  155: goto +106
      ; v90: bit<8> = const 2
  156: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  157: r1 = r9
  158: r1 = be32 r1
      ; v92: bit<32> = read var9
  159: r2 = *(u64 *)(r10 -192)
  160: r2 = be32 r2
      ; v93: bit<16> = read var10
  161: r4 = *(u64 *)(r10 -200)
  162: r4 = be16 r4
      ; v94: bit<16> = read var11
  163: r8 = *(u64 *)(r10 -208)
  164: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  165: *(u32 *)(r10 -48) = r1
  166: *(u32 *)(r10 -44) = r2
  167: *(u16 *)(r10 -40) = r4
  168: *(u16 *)(r10 -38) = r8
  169: *(u8 *)(r10 -96) = r3
  170: r1 = map[pipe_conns] ll
  172: r2 = r10
  173: r2 += -48
  174: r3 = r10
  175: r3 += -96
  176: r4 = 0
  177: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  178: *(u32 *)(r10 -48) = 1
  179: goto +87
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  180: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  181: r1 = 1
  182: if r3 == 2 goto +1
  183: r1 = 0
      ; v64: bool = logical_and v60, v63
  184: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  185: r1 = 1
  186: if r2 == 16 goto +1
  187: r1 = 0
      ; v68: bool = logical_and v64, v67
  188: r8 &= r1
  189: if r8 == 0 goto +76
      ; v69: bit<8> = const 3
  190: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  191: r1 = r9
  192: r1 = be32 r1
      ; v71: bit<32> = read var9
  193: r2 = *(u64 *)(r10 -192)
  194: r2 = be32 r2
      ; v72: bit<16> = read var10
  195: r4 = *(u64 *)(r10 -200)
  196: r4 = be16 r4
      ; v73: bit<16> = read var11
  197: r8 = *(u64 *)(r10 -208)
  198: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  199: *(u32 *)(r10 -48) = r1
  200: *(u32 *)(r10 -44) = r2
  201: *(u16 *)(r10 -40) = r4
  202: *(u16 *)(r10 -38) = r8
  203: *(u8 *)(r10 -96) = r3
  204: r1 = map[pipe_conns] ll
  206: r2 = r10
  207: r2 += -48
  208: r3 = r10
  209: r3 += -96
  210: r4 = 0
  211: call bpf_map_update_elem
  212: goto +53
      ; v54: bit<8> = const 1
  213: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  214: r1 = r9
  215: r1 = be32 r1
      ; v56: bit<32> = read var9
  216: r2 = *(u64 *)(r10 -192)
  217: r2 = be32 r2
      ; v57: bit<16> = read var10
  218: r4 = *(u64 *)(r10 -200)
  219: r4 = be16 r4
      ; v58: bit<16> = read var11
  220: r8 = *(u64 *)(r10 -208)
  221: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  222: *(u32 *)(r10 -48) = r1
  223: *(u32 *)(r10 -44) = r2
  224: *(u16 *)(r10 -40) = r4
  225: *(u16 *)(r10 -38) = r8
  226: *(u8 *)(r10 -96) = r3
  227: r1 = map[pipe_conns] ll
  229: r2 = r10
  230: r2 += -48
  231: r3 = r10
  232: r3 += -96
  233: r4 = 0
  234: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  235: goto +30
      ; v36: bool = read var13
  236: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  237: r1 = r9
  238: r1 = be32 r1
      ; v38: bit<32> = read var9
  239: r2 = *(u64 *)(r10 -192)
  240: r2 = be32 r2
      ; v39: bit<16> = read var10
  241: r3 = *(u64 *)(r10 -200)
  242: r3 = be16 r3
      ; v40: bit<16> = read var11
  243: r4 = *(u64 *)(r10 -208)
  244: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  245: *(u32 *)(r10 -48) = r1
  246: *(u32 *)(r10 -44) = r2
  247: *(u16 *)(r10 -40) = r3
  248: *(u16 *)(r10 -38) = r4
  249: r1 = map[pipe_conns] ll
  251: r2 = r10
  252: r2 += -48
  253: call bpf_map_delete_elem
      ; v41: bool = read var7
  254: r1 = *(u64 *)(r10 -152)
  255: if r1 != 0 goto +10
      ; v44: bool = read var13
  256: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
  257: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  258: *(u32 *)(r10 -48) = 1
  259: goto +7
      ; v7: bool = read var7
  260: r1 = *(u64 *)(r10 -152)
  261: if r1 != 0 goto +4
      ; v10: bit<8> = const 1
  262: r1 = 1
      ; write var6, v10
  263: *(u64 *)(r10 -184) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  264: *(u32 *)(r10 -48) = 2
  265: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  266: *(u32 *)(r10 -48) = 0
  267: r1 = map[pipe_fw_stats] ll
  269: r2 = r10
  270: r2 += -48
  271: call bpf_map_lookup_elem
  272: r2 = r0
  273: if r2 == 0 goto +29
  274: r1 = *(u64 *)(r2 +0)
  275: r1 += 1
  276: *(u64 *)(r2 +0) = r1
  277: r1 = *(u64 *)(r2 +8)
  278: r3 = *(u64 *)(r10 -160)
  279: r1 += r3
  280: *(u64 *)(r2 +8) = r1
  281: goto +21
      ; drop
  282: r2 = *(u64 *)(r10 -168)
  283: r1 = *(u64 *)(r10 -176)
  284: *(u64 *)(r10 -112) = r2
  285: *(u64 *)(r10 -120) = r1
  286: r1 = *(u64 *)(r10 -8)
  287: r2 = 0xfffffffffffffff8 ll
  289: call bpf_xdp_adjust_meta
  290: if r0 != 0 goto +10
  291: r1 = *(u64 *)(r10 -8)
  292: r3 = *(u32 *)(r1 +8)
  293: r2 = *(u32 *)(r1 +0)
  294: r1 = r3
  295: r1 += 8
  296: if r1 > r2 goto +4
  297: r1 = *(u64 *)(r10 -112)
  298: *(u32 *)(r3 +0) = r1
  299: r1 = *(u64 *)(r10 -120)
  300: *(u32 *)(r3 +4) = r1
  301: r0 = 1
  302: exit
      ; epilogue: verdict
  303: r2 = *(u64 *)(r10 -168)
  304: r1 = *(u64 *)(r10 -176)
  305: *(u64 *)(r10 -128) = r2
  306: *(u64 *)(r10 -136) = r1
  307: r1 = *(u64 *)(r10 -8)
  308: r2 = 0xfffffffffffffff8 ll
  310: call bpf_xdp_adjust_meta
  311: if r0 != 0 goto +10
  312: r1 = *(u64 *)(r10 -8)
  313: r2 = *(u32 *)(r1 +8)
  314: r3 = *(u32 *)(r1 +0)
  315: r1 = r2
  316: r1 += 8
  317: if r1 > r3 goto +4
  318: r1 = *(u64 *)(r10 -128)
  319: *(u32 *)(r2 +0) = r1
  320: r1 = *(u64 *)(r10 -136)
  321: *(u32 *)(r2 +4) = r1
  322: r1 = *(u64 *)(r10 -184)
  323: if r1 != 0 goto +2
  324: r0 = 2
  325: exit
  326: if r1 != 2 goto +4
  327: r1 = *(u64 *)(r10 -176)
  328: r2 = 0
  329: call bpf_redirect
  330: exit
  331: r0 = 1
  332: exit
