; stateful_firewall for classifier: 278 instructions, stack 168 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r8 = r6
    4: r3 = 0
    5: r9 = 0
    6: *(u64 *)(r10 -120) = 0
    7: *(u64 *)(r10 -128) = 0
    8: r2 = *(u32 *)(r1 +0)
    9: *(u64 *)(r10 -112) = r2
   10: r4 = *(u32 *)(r1 +36)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   11: r1 = r8
   12: r8 += 14
   13: if r8 > r7 goto +251
      ; v0: bit<16> = read_field hdr0.etherType
   14: r1 = *(u16 *)(r1 +12)
   15: if r1 != 8 goto +37
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   16: r3 = r8
   17: r8 += 20
   18: if r8 > r7 goto +246
      ; v1: bit<4> = read_field hdr1.ihl
   19: r2 = *(u8 *)(r3 +0)
   20: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   21: r1 = 1
   22: if r2 >= 5 goto +1
   23: r1 = 0
      ; verify v3, error HeaderTooShort
   24: if r1 == 0 goto +240
      ; v4: bit<4> = read_field hdr1.ihl
   25: r1 = *(u8 *)(r3 +0)
   26: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   27: r1 -= 5
   28: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   29: r1 *= 32
   30: w1 = w1
      ; advance v9
   31: r1 >>= 3
   32: r8 -= r6
   33: r1 += r8
   34: if r1 > 16383 goto +230
   35: r8 = r6
   36: r8 += r1
   37: if r8 > r7 goto +227
      ; v10: bit<13> = read_field hdr1.fragOffset
   38: r2 = *(u16 *)(r3 +6)
   39: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   40: r1 = *(u8 *)(r3 +9)
   41: if r2 != 0 goto +11
   42: if r1 != 6 goto +10
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   43: r9 = r8
   44: r8 += 20
   45: if r8 > r7 goto +219
      ; v12: bit<4> = read_field hdr2.dataOffset
   46: r2 = *(u8 *)(r9 +12)
   47: r2 >>= 4
   48: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   49: r1 = 1
   50: if r2 >= 5 goto +1
   51: r1 = 0
      ; verify v14, error HeaderTooShort
   52: if r1 == 0 goto +212
      ; v0: bool = is_valid hdr1
   53: r1 = 0
   54: if r3 == 0 goto +1
   55: r1 = 1
      ; v1: bool = not v0
   56: r1 ^= 1
   57: if r1 != 0 goto +209
      ; v2: bit<32> = read var2
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   58: r1 = 1
   59: if r4 == 1 goto +1
   60: r1 = 0
      ; write var7, v4
   61: *(u64 *)(r10 -136) = r1
      ; v5: bool = is_valid hdr2
   62: r1 = 0
   63: if r9 == 0 goto +1
   64: r1 = 1
      ; v6: bool = not v5
   65: r1 ^= 1
   66: if r1 != 0 goto +176
      ; v13: bool = read var7
   67: r1 = *(u64 *)(r10 -136)
   68: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   69: r1 = *(u32 *)(r3 +16)
      ; write var8, v18
   70: *(u64 *)(r10 -144) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   71: r1 = *(u32 *)(r3 +12)
      ; write var9, v19
   72: *(u64 *)(r10 -152) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   73: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   74: *(u64 *)(r10 -160) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   75: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   76: *(u64 *)(r10 -168) = r1
   77: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   78: r1 = *(u32 *)(r3 +12)
      ; write var8, v14
   79: *(u64 *)(r10 -144) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   80: r1 = *(u32 *)(r3 +16)
      ; write var9, v15
   81: *(u64 *)(r10 -152) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   82: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   83: *(u64 *)(r10 -160) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   84: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   85: *(u64 *)(r10 -168) = r1
      ; v22: bit<32> = read var8
   86: r4 = *(u64 *)(r10 -144)
   87: r4 = be32 r4
      ; v23: bit<32> = read var9
   88: r3 = *(u64 *)(r10 -152)
   89: r3 = be32 r3
      ; v24: bit<16> = read var10
   90: r2 = *(u64 *)(r10 -160)
   91: r2 = be16 r2
      ; v25: bit<16> = read var11
   92: r1 = *(u64 *)(r10 -168)
   93: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   94: *(u32 *)(r10 -40) = r4
   95: *(u32 *)(r10 -36) = r3
   96: *(u16 *)(r10 -32) = r2
   97: *(u16 *)(r10 -30) = r1
   98: r1 = map[pipe_conns] ll
  100: r2 = r10
  101: r2 += -40
  102: call bpf_map_lookup_elem
  103: r1 = r0
  104: if r1 == 0 goto +4
  105: r8 = 1
  106: r3 = *(u8 *)(r1 +0)
  107: r3 &= 255
  108: goto +2
  109: r8 = 0
  110: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  111: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  112: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  113: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  114: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  115: if r1 != 0 goto +103
      ; v50: bool = read var7
  116: r1 = *(u64 *)(r10 -136)
  117: if r1 != 0 goto +45
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  118: r1 = 1
  119: if r2 == 18 goto +1
  120: r1 = 0
      ; v81: bool = logical_and v77, v80
  121: r4 = r8
  122: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  123: r1 = 1
  124: if r3 == 1 goto +1
  125: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  126: r2 = 1
  127: if r3 == 2 goto +1
  128: r2 = 0
      ; v88: bool = logical_or v84, v87
  129: r1 |= r2
      ; v89: bool = logical_and v81, v88
  130: r4 &= r1
  131: if r4 != 0 goto +7
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  132: r2 = 1
  133: if r3 == 3 goto +1
  134: r2 = 0
      ; v102: bool = logical_and v98, v101
  135: r1 = r8
  136: r1 &= r2
  137: if r1 != 0 goto +103
      ; v105: bit<8> = const 1
  138: goto +106
      ; v90: bit<8> = const 2
  139: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  140: r1 = *(u64 *)(r10 -144)
  141: r1 = be32 r1
      ; v92: bit<32> = read var9
  142: r2 = *(u64 *)(r10 -152)
  143: r2 = be32 r2
      ; v93: bit<16> = read var10
  144: r4 = *(u64 *)(r10 -160)
  145: r4 = be16 r4
      ; v94: bit<16> = read var11
  146: r8 = *(u64 *)(r10 -168)
  147: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  148: *(u32 *)(r10 -48) = r1
  149: *(u32 *)(r10 -44) = r2
  150: *(u16 *)(r10 -40) = r4
  151: *(u16 *)(r10 -38) = r8
  152: *(u8 *)(r10 -96) = r3
  153: r1 = map[pipe_conns] ll
  155: r2 = r10
  156: r2 += -48
  157: r3 = r10
  158: r3 += -96
  159: r4 = 0
  160: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  161: *(u32 *)(r10 -48) = 1
  162: goto +87
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  163: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  164: r1 = 1
  165: if r3 == 2 goto +1
  166: r1 = 0
      ; v64: bool = logical_and v60, v63
  167: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  168: r1 = 1
  169: if r2 == 16 goto +1
  170: r1 = 0
      ; v68: bool = logical_and v64, v67
  171: r8 &= r1
  172: if r8 == 0 goto +76
      ; v69: bit<8> = const 3
  173: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  174: r1 = *(u64 *)(r10 -144)
  175: r1 = be32 r1
      ; v71: bit<32> = read var9
  176: r2 = *(u64 *)(r10 -152)
  177: r2 = be32 r2
      ; v72: bit<16> = read var10
  178: r4 = *(u64 *)(r10 -160)
  179: r4 = be16 r4
      ; v73: bit<16> = read var11
  180: r8 = *(u64 *)(r10 -168)
  181: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  182: *(u32 *)(r10 -48) = r1
  183: *(u32 *)(r10 -44) = r2
  184: *(u16 *)(r10 -40) = r4
  185: *(u16 *)(r10 -38) = r8
  186: *(u8 *)(r10 -96) = r3
  187: r1 = map[pipe_conns] ll
  189: r2 = r10
  190: r2 += -48
  191: r3 = r10
  192: r3 += -96
  193: r4 = 0
  194: call bpf_map_update_elem
  195: goto +53
      ; v54: bit<8> = const 1
  196: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  197: r1 = *(u64 *)(r10 -144)
  198: r1 = be32 r1
      ; v56: bit<32> = read var9
  199: r2 = *(u64 *)(r10 -152)
  200: r2 = be32 r2
      ; v57: bit<16> = read var10
  201: r4 = *(u64 *)(r10 -160)
  202: r4 = be16 r4
      ; v58: bit<16> = read var11
  203: r8 = *(u64 *)(r10 -168)
  204: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  205: *(u32 *)(r10 -48) = r1
  206: *(u32 *)(r10 -44) = r2
  207: *(u16 *)(r10 -40) = r4
  208: *(u16 *)(r10 -38) = r8
  209: *(u8 *)(r10 -96) = r3
  210: r1 = map[pipe_conns] ll
  212: r2 = r10
  213: r2 += -48
  214: r3 = r10
  215: r3 += -96
  216: r4 = 0
  217: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  218: goto +30
      ; v36: bool = read var13
  219: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  220: r1 = *(u64 *)(r10 -144)
  221: r1 = be32 r1
      ; v38: bit<32> = read var9
  222: r2 = *(u64 *)(r10 -152)
  223: r2 = be32 r2
      ; v39: bit<16> = read var10
  224: r3 = *(u64 *)(r10 -160)
  225: r3 = be16 r3
      ; v40: bit<16> = read var11
  226: r4 = *(u64 *)(r10 -168)
  227: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  228: *(u32 *)(r10 -48) = r1
  229: *(u32 *)(r10 -44) = r2
  230: *(u16 *)(r10 -40) = r3
  231: *(u16 *)(r10 -38) = r4
  232: r1 = map[pipe_conns] ll
  234: r2 = r10
  235: r2 += -48
  236: call bpf_map_delete_elem
      ; v41: bool = read var7
  237: r1 = *(u64 *)(r10 -136)
  238: if r1 != 0 goto +10
      ; v44: bool = read var13
  239: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
  240: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  241: *(u32 *)(r10 -48) = 1
  242: goto +7
      ; v7: bool = read var7
  243: r1 = *(u64 *)(r10 -136)
  244: if r1 != 0 goto +4
      ; v10: bit<8> = const 1
  245: r1 = 1
      ; write var6, v10
  246: *(u64 *)(r10 -128) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  247: *(u32 *)(r10 -48) = 2
  248: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  249: *(u32 *)(r10 -48) = 0
  250: r1 = map[pipe_fw_stats] ll
  252: r2 = r10
  253: r2 += -48
  254: call bpf_map_lookup_elem
  255: r3 = r0
  256: if r3 == 0 goto +10
  257: r1 = *(u64 *)(r3 +0)
  258: r1 += 1
  259: *(u64 *)(r3 +0) = r1
  260: r2 = *(u64 *)(r3 +8)
  261: r1 = *(u64 *)(r10 -112)
  262: r2 += r1
  263: *(u64 *)(r3 +8) = r2
  264: goto +2
      ; drop
  265: r0 = 2
  266: exit
      ; epilogue: verdict
  267: r1 = *(u64 *)(r10 -128)
  268: if r1 != 0 goto +2
  269: r0 = 0
  270: exit
  271: if r1 != 2 goto +4
  272: r1 = *(u64 *)(r10 -120)
  273: r2 = 0
  274: call bpf_redirect
  275: exit
  276: r0 = 2
  277: exit
