; stateful_firewall for classifier: 277 instructions, stack 168 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r8 = r6
    4: r4 = 0
    5: r9 = 0
    6: *(u64 *)(r10 -120) = 0
    7: *(u64 *)(r10 -128) = 0
    8: r2 = *(u32 *)(r1 +0)
    9: *(u64 *)(r10 -112) = r2
   10: r3 = *(u32 *)(r1 +36)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   11: r8 += 14
   12: if r8 > r7 goto +251
      ; v0: bit<16> = read_field hdr0.etherType
   13: r1 = *(u16 *)(r6 +12)
   14: if r1 != 8 goto +37
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   15: r4 = r8
   16: r8 += 20
   17: if r8 > r7 goto +246
      ; v1: bit<4> = read_field hdr1.ihl
   18: r2 = *(u8 *)(r6 +14)
   19: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   20: r1 = 1
   21: if r2 >= 5 goto +1
   22: r1 = 0
      ; verify v3, error HeaderTooShort
   23: if r1 == 0 goto +240
      ; v4: bit<4> = read_field hdr1.ihl
   24: r1 = *(u8 *)(r6 +14)
   25: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   26: r1 -= 5
   27: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   28: r1 *= 32
   29: w1 = w1
      ; advance v9
   30: r1 >>= 3
   31: r8 -= r6
   32: r1 += r8
   33: if r1 > 16383 goto +230
   34: r8 = r6
   35: r8 += r1
   36: if r8 > r7 goto +227
      ; v10: bit<13> = read_field hdr1.fragOffset
   37: r2 = *(u16 *)(r6 +20)
   38: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   39: r1 = *(u8 *)(r6 +23)
   40: if r2 != 0 goto +11
   41: if r1 != 6 goto +10
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   42: r9 = r8
   43: r8 += 20
   44: if r8 > r7 goto +219
      ; v12: bit<4> = read_field hdr2.dataOffset
   45: r2 = *(u8 *)(r9 +12)
   46: r2 >>= 4
   47: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   48: r1 = 1
   49: if r2 >= 5 goto +1
   50: r1 = 0
      ; verify v14, error HeaderTooShort
   51: if r1 == 0 goto +212
      ; v0: bool = is_valid hdr1
   52: r1 = 0
   53: if r4 == 0 goto +1
   54: r1 = 1
      ; v1: bool = not v0
   55: r1 ^= 1
   56: if r1 != 0 goto +209
      ; v2: bit<32> = read var2
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   57: r1 = 1
   58: if r3 == 1 goto +1
   59: r1 = 0
      ; write var7, v4
   60: *(u64 *)(r10 -136) = r1
      ; v5: bool = is_valid hdr2
   61: r1 = 0
   62: if r9 == 0 goto +1
   63: r1 = 1
      ; v6: bool = not v5
   64: r1 ^= 1
   65: if r1 != 0 goto +176
      ; v13: bool = read var7
   66: r1 = *(u64 *)(r10 -136)
   67: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   68: r1 = *(u32 *)(r6 +30)
      ; write var8, v18
   69: *(u64 *)(r10 -144) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   70: r1 = *(u32 *)(r6 +26)
      ; write var9, v19
   71: *(u64 *)(r10 -152) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   72: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   73: *(u64 *)(r10 -160) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   74: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   75: *(u64 *)(r10 -168) = r1
   76: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   77: r1 = *(u32 *)(r6 +26)
      ; write var8, v14
   78: *(u64 *)(r10 -144) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   79: r1 = *(u32 *)(r6 +30)
      ; write var9, v15
   80: *(u64 *)(r10 -152) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   81: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   82: *(u64 *)(r10 -160) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   83: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   84: *(u64 *)(r10 -168) = r1
      ; v22: bit<32> = read var8
   85: r4 = *(u64 *)(r10 -144)
   86: r4 = be32 r4
      ; v23: bit<32> = read var9
   87: r3 = *(u64 *)(r10 -152)
   88: r3 = be32 r3
      ; v24: bit<16> = read var10
   89: r2 = *(u64 *)(r10 -160)
   90: r2 = be16 r2
      ; v25: bit<16> = read var11
   91: r1 = *(u64 *)(r10 -168)
   92: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   93: *(u32 *)(r10 -40) = r4
   94: *(u32 *)(r10 -36) = r3
   95: *(u16 *)(r10 -32) = r2
   96: *(u16 *)(r10 -30) = r1
   97: r1 = map[pipe_conns] ll
   99: r2 = r10
  100: r2 += -40
  101: call bpf_map_lookup_elem
  102: r1 = r0
  103: if r1 == 0 goto +4
  104: r8 = 1
  105: r3 = *(u8 *)(r1 +0)
  106: r3 &= 255
  107: goto +2
  108: r8 = 0
  109: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  110: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  111: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  112: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  113: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  114: if r1 != 0 goto +103
      ; v50: bool = read var7
  115: r1 = *(u64 *)(r10 -136)
  116: if r1 != 0 goto +45
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  117: r1 = 1
  118: if r2 == 18 goto +1
  119: r1 = 0
      ; v81: bool = logical_and v77, v80
  120: r4 = r8
  121: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  122: r1 = 1
  123: if r3 == 1 goto +1
  124: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  125: r2 = 1
  126: if r3 == 2 goto +1
  127: r2 = 0
      ; v88: bool = logical_or v84, v87
  128: r1 |= r2
      ; v89: bool = logical_and v81, v88
  129: r4 &= r1
  130: if r4 != 0 goto +7
      ; v98: bool = read var13
  131: r1 = r8
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  132: r2 = 1
  133: if r3 == 3 goto +1
  134: r2 = 0
      ; v102: bool = logical_and v98, v101
  135: r1 &= r2
  136: if r1 != 0 goto +103
      ; v105: bit<8> = const 1
  137: goto +106
      ; v90: bit<8> = const 2
  138: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  139: r1 = *(u64 *)(r10 -144)
  140: r1 = be32 r1
      ; v92: bit<32> = read var9
  141: r2 = *(u64 *)(r10 -152)
  142: r2 = be32 r2
      ; v93: bit<16> = read var10
  143: r4 = *(u64 *)(r10 -160)
  144: r4 = be16 r4
      ; v94: bit<16> = read var11
  145: r8 = *(u64 *)(r10 -168)
  146: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  147: *(u32 *)(r10 -48) = r1
  148: *(u32 *)(r10 -44) = r2
  149: *(u16 *)(r10 -40) = r4
  150: *(u16 *)(r10 -38) = r8
  151: *(u8 *)(r10 -96) = r3
  152: r1 = map[pipe_conns] ll
  154: r2 = r10
  155: r2 += -48
  156: r3 = r10
  157: r3 += -96
  158: r4 = 0
  159: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  160: *(u32 *)(r10 -48) = 1
  161: goto +87
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  162: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  163: r1 = 1
  164: if r3 == 2 goto +1
  165: r1 = 0
      ; v64: bool = logical_and v60, v63
  166: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  167: r1 = 1
  168: if r2 == 16 goto +1
  169: r1 = 0
      ; v68: bool = logical_and v64, v67
  170: r8 &= r1
  171: if r8 == 0 goto +76
      ; v69: bit<8> = const 3
  172: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  173: r1 = *(u64 *)(r10 -144)
  174: r1 = be32 r1
      ; v71: bit<32> = read var9
  175: r2 = *(u64 *)(r10 -152)
  176: r2 = be32 r2
      ; v72: bit<16> = read var10
  177: r4 = *(u64 *)(r10 -160)
  178: r4 = be16 r4
      ; v73: bit<16> = read var11
  179: r8 = *(u64 *)(r10 -168)
  180: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  181: *(u32 *)(r10 -48) = r1
  182: *(u32 *)(r10 -44) = r2
  183: *(u16 *)(r10 -40) = r4
  184: *(u16 *)(r10 -38) = r8
  185: *(u8 *)(r10 -96) = r3
  186: r1 = map[pipe_conns] ll
  188: r2 = r10
  189: r2 += -48
  190: r3 = r10
  191: r3 += -96
  192: r4 = 0
  193: call bpf_map_update_elem
  194: goto +53
      ; v54: bit<8> = const 1
  195: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  196: r1 = *(u64 *)(r10 -144)
  197: r1 = be32 r1
      ; v56: bit<32> = read var9
  198: r2 = *(u64 *)(r10 -152)
  199: r2 = be32 r2
      ; v57: bit<16> = read var10
  200: r4 = *(u64 *)(r10 -160)
  201: r4 = be16 r4
      ; v58: bit<16> = read var11
  202: r8 = *(u64 *)(r10 -168)
  203: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  204: *(u32 *)(r10 -48) = r1
  205: *(u32 *)(r10 -44) = r2
  206: *(u16 *)(r10 -40) = r4
  207: *(u16 *)(r10 -38) = r8
  208: *(u8 *)(r10 -96) = r3
  209: r1 = map[pipe_conns] ll
  211: r2 = r10
  212: r2 += -48
  213: r3 = r10
  214: r3 += -96
  215: r4 = 0
  216: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  217: goto +30
      ; v36: bool = read var13
  218: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  219: r1 = *(u64 *)(r10 -144)
  220: r1 = be32 r1
      ; v38: bit<32> = read var9
  221: r2 = *(u64 *)(r10 -152)
  222: r2 = be32 r2
      ; v39: bit<16> = read var10
  223: r3 = *(u64 *)(r10 -160)
  224: r3 = be16 r3
      ; v40: bit<16> = read var11
  225: r4 = *(u64 *)(r10 -168)
  226: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  227: *(u32 *)(r10 -48) = r1
  228: *(u32 *)(r10 -44) = r2
  229: *(u16 *)(r10 -40) = r3
  230: *(u16 *)(r10 -38) = r4
  231: r1 = map[pipe_conns] ll
  233: r2 = r10
  234: r2 += -48
  235: call bpf_map_delete_elem
      ; v41: bool = read var7
  236: r1 = *(u64 *)(r10 -136)
  237: if r1 != 0 goto +10
      ; v44: bool = read var13
  238: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
  239: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  240: *(u32 *)(r10 -48) = 1
  241: goto +7
      ; v7: bool = read var7
  242: r1 = *(u64 *)(r10 -136)
  243: if r1 != 0 goto +4
      ; v10: bit<8> = const 1
  244: r1 = 1
      ; write var6, v10
  245: *(u64 *)(r10 -128) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  246: *(u32 *)(r10 -48) = 2
  247: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  248: *(u32 *)(r10 -48) = 0
  249: r1 = map[pipe_fw_stats] ll
  251: r2 = r10
  252: r2 += -48
  253: call bpf_map_lookup_elem
  254: r3 = r0
  255: if r3 == 0 goto +10
  256: r1 = *(u64 *)(r3 +0)
  257: r1 += 1
  258: *(u64 *)(r3 +0) = r1
  259: r2 = *(u64 *)(r3 +8)
  260: r1 = *(u64 *)(r10 -112)
  261: r2 += r1
  262: *(u64 *)(r3 +8) = r2
  263: goto +2
      ; drop
  264: r0 = 2
  265: exit
      ; epilogue: verdict
  266: r1 = *(u64 *)(r10 -128)
  267: if r1 != 0 goto +2
  268: r0 = 0
  269: exit
  270: if r1 != 2 goto +4
  271: r1 = *(u64 *)(r10 -120)
  272: r2 = 0
  273: call bpf_redirect
  274: exit
  275: r0 = 2
  276: exit
