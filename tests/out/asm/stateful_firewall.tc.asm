; stateful_firewall for classifier: 254 instructions, stack 160 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r8 = r6
    4: r4 = 0
    5: r9 = 0
    6: *(u64 *)(r10 -120) = 0
    7: r2 = *(u32 *)(r1 +0)
    8: *(u64 *)(r10 -112) = r2
    9: r3 = *(u32 *)(r1 +36)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   10: r8 += 14
   11: if r8 > r7 goto +234
      ; v0: bit<16> = read_field hdr0.etherType
   12: r1 = *(u16 *)(r6 +12)
   13: if r1 != 8 goto +31
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   14: r4 = r8
   15: r8 += 20
   16: if r8 > r7 goto +229
      ; v1: bit<4> = read_field hdr1.ihl
   17: r1 = *(u8 *)(r6 +14)
   18: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   19: if r1 < 5 goto +226
      ; v4: bit<4> = read_field hdr1.ihl
   20: r1 = *(u8 *)(r6 +14)
   21: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   22: r1 -= 5
   23: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   24: r1 *= 32
   25: w1 = w1
      ; advance v9
   26: r1 >>= 3
   27: r8 -= r6
   28: r1 += r8
   29: if r1 > 16383 goto +216
   30: r8 = r6
   31: r8 += r1
   32: if r8 > r7 goto +213
      ; v10: bit<13> = read_field hdr1.fragOffset
   33: r2 = *(u16 *)(r6 +20)
   34: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   35: r1 = *(u8 *)(r6 +23)
   36: if r2 != 0 goto +8
   37: if r1 != 6 goto +7
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   38: r9 = r8
   39: r8 += 20
   40: if r8 > r7 goto +205
      ; v12: bit<4> = read_field hdr2.dataOffset
   41: r1 = *(u8 *)(r9 +12)
   42: r1 >>= 4
   43: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
   44: if r1 < 5 goto +201
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
   45: if r4 == 0 goto +202
      ; v2: bit<32> = read var2
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   46: r1 = 1
   47: if r3 == 1 goto +1
   48: r1 = 0
      ; write var7, v4
   49: *(u64 *)(r10 -128) = r1
      ; v5: bool = is_valid hdr2
      ; v6: bool = not v5
   50: if r9 == 0 goto +174
      ; v13: bool = read var7
   51: r1 = *(u64 *)(r10 -128)
   52: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   53: r1 = *(u32 *)(r6 +30)
      ; write var8, v18
   54: *(u64 *)(r10 -136) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   55: r1 = *(u32 *)(r6 +26)
      ; write var9, v19
   56: *(u64 *)(r10 -144) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   57: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   58: *(u64 *)(r10 -152) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   59: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   60: *(u64 *)(r10 -160) = r1
   61: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   62: r1 = *(u32 *)(r6 +26)
      ; write var8, v14
   63: *(u64 *)(r10 -136) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   64: r1 = *(u32 *)(r6 +30)
      ; write var9, v15
   65: *(u64 *)(r10 -144) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   66: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   67: *(u64 *)(r10 -152) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   68: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   69: *(u64 *)(r10 -160) = r1
      ; v22: bit<32> = read var8
   70: r4 = *(u64 *)(r10 -136)
   71: r4 = be32 r4
      ; v23: bit<32> = read var9
   72: r3 = *(u64 *)(r10 -144)
   73: r3 = be32 r3
      ; v24: bit<16> = read var10
   74: r2 = *(u64 *)(r10 -152)
   75: r2 = be16 r2
      ; v25: bit<16> = read var11
   76: r1 = *(u64 *)(r10 -160)
   77: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   78: *(u32 *)(r10 -40) = r4
   79: *(u32 *)(r10 -36) = r3
   80: *(u16 *)(r10 -32) = r2
   81: *(u16 *)(r10 -30) = r1
   82: r1 = map[pipe_conns] ll
   84: r2 = r10
   85: r2 += -40
   86: call bpf_map_lookup_elem
   87: r1 = r0
   88: if r1 == 0 goto +4
   89: r8 = 1
   90: r3 = *(u8 *)(r1 +0)
   91: r3 &= 255
   92: goto +2
   93: r8 = 0
   94: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
   95: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
   96: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
   97: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
   98: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
   99: if r1 != 0 goto +101
      ; v50: bool = read var7
  100: r1 = *(u64 *)(r10 -128)
  101: if r1 != 0 goto +43
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
      ; v81: bool = logical_and v77, v80
  102: r1 = 1
  103: if r2 == 18 goto +1
  104: r1 = 0
  105: r4 = r8
  106: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
      ; v85: bit<8> = read var12
  107: r2 = r3
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
      ; v88: bool = logical_or v84, v87
      ; v89: bool = logical_and v81, v88
  108: r1 = 1
  109: if r3 == 1 goto +2
  110: if r2 == 2 goto +1
  111: r1 = 0
  112: r4 &= r1
  113: if r4 != 0 goto +7
      ; v98: bool = read var13
  114: r1 = r8
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
      ; v102: bool = logical_and v98, v101
  115: r2 = 1
  116: if r3 == 3 goto +1
  117: r2 = 0
  118: r1 &= r2
  119: if r1 != 0 goto +103
      ; v105: bit<8> = const 1
      ; write var6, v105
  120: goto +106
      ; v90: bit<8> = const 2
      ; write var12, v90
  121: r3 = 2
      ; v91: bit<32> = read var8
  122: r1 = *(u64 *)(r10 -136)
  123: r1 = be32 r1
      ; v92: bit<32> = read var9
  124: r2 = *(u64 *)(r10 -144)
  125: r2 = be32 r2
      ; v93: bit<16> = read var10
  126: r4 = *(u64 *)(r10 -152)
  127: r4 = be16 r4
      ; v94: bit<16> = read var11
  128: r8 = *(u64 *)(r10 -160)
  129: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  130: *(u32 *)(r10 -48) = r1
  131: *(u32 *)(r10 -44) = r2
  132: *(u16 *)(r10 -40) = r4
  133: *(u16 *)(r10 -38) = r8
  134: *(u8 *)(r10 -96) = r3
  135: r1 = map[pipe_conns] ll
  137: r2 = r10
  138: r2 += -48
  139: r3 = r10
  140: r3 += -96
  141: r4 = 0
  142: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  143: *(u32 *)(r10 -48) = 1
  144: goto +86
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  145: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
      ; v64: bool = logical_and v60, v63
  146: r1 = 1
  147: if r3 == 2 goto +1
  148: r1 = 0
  149: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
      ; v68: bool = logical_and v64, v67
  150: r1 = 1
  151: if r2 == 16 goto +1
  152: r1 = 0
  153: r8 &= r1
  154: if r8 == 0 goto +75
      ; v69: bit<8> = const 3
      ; write var12, v69
  155: r3 = 3
      ; v70: bit<32> = read var8
  156: r1 = *(u64 *)(r10 -136)
  157: r1 = be32 r1
      ; v71: bit<32> = read var9
  158: r2 = *(u64 *)(r10 -144)
  159: r2 = be32 r2
      ; v72: bit<16> = read var10
  160: r4 = *(u64 *)(r10 -152)
  161: r4 = be16 r4
      ; v73: bit<16> = read var11
  162: r8 = *(u64 *)(r10 -160)
  163: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  164: *(u32 *)(r10 -48) = r1
  165: *(u32 *)(r10 -44) = r2
  166: *(u16 *)(r10 -40) = r4
  167: *(u16 *)(r10 -38) = r8
  168: *(u8 *)(r10 -96) = r3
  169: r1 = map[pipe_conns] ll
  171: r2 = r10
  172: r2 += -48
  173: r3 = r10
  174: r3 += -96
  175: r4 = 0
  176: call bpf_map_update_elem
  177: goto +52
      ; v54: bit<8> = const 1
      ; write var12, v54
  178: r3 = 1
      ; v55: bit<32> = read var8
  179: r1 = *(u64 *)(r10 -136)
  180: r1 = be32 r1
      ; v56: bit<32> = read var9
  181: r2 = *(u64 *)(r10 -144)
  182: r2 = be32 r2
      ; v57: bit<16> = read var10
  183: r4 = *(u64 *)(r10 -152)
  184: r4 = be16 r4
      ; v58: bit<16> = read var11
  185: r8 = *(u64 *)(r10 -160)
  186: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  187: *(u32 *)(r10 -48) = r1
  188: *(u32 *)(r10 -44) = r2
  189: *(u16 *)(r10 -40) = r4
  190: *(u16 *)(r10 -38) = r8
  191: *(u8 *)(r10 -96) = r3
  192: r1 = map[pipe_conns] ll
  194: r2 = r10
  195: r2 += -48
  196: r3 = r10
  197: r3 += -96
  198: r4 = 0
  199: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  200: goto +29
      ; v36: bool = read var13
  201: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  202: r1 = *(u64 *)(r10 -136)
  203: r1 = be32 r1
      ; v38: bit<32> = read var9
  204: r2 = *(u64 *)(r10 -144)
  205: r2 = be32 r2
      ; v39: bit<16> = read var10
  206: r3 = *(u64 *)(r10 -152)
  207: r3 = be16 r3
      ; v40: bit<16> = read var11
  208: r4 = *(u64 *)(r10 -160)
  209: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  210: *(u32 *)(r10 -48) = r1
  211: *(u32 *)(r10 -44) = r2
  212: *(u16 *)(r10 -40) = r3
  213: *(u16 *)(r10 -38) = r4
  214: r1 = map[pipe_conns] ll
  216: r2 = r10
  217: r2 += -48
  218: call bpf_map_delete_elem
      ; v41: bool = read var7
  219: r1 = *(u64 *)(r10 -128)
  220: if r1 != 0 goto +9
      ; v44: bool = read var13
  221: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
      ; write var6, v47
  222: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  223: *(u32 *)(r10 -48) = 1
  224: goto +6
      ; v7: bool = read var7
  225: r1 = *(u64 *)(r10 -128)
  226: if r1 != 0 goto +3
      ; v10: bit<8> = const 1
      ; write var6, v10
  227: *(u64 *)(r10 -120) = 1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  228: *(u32 *)(r10 -48) = 2
  229: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  230: *(u32 *)(r10 -48) = 0
  231: r1 = map[pipe_fw_stats] ll
  233: r2 = r10
  234: r2 += -48
  235: call bpf_map_lookup_elem
  236: r3 = r0
  237: if r3 == 0 goto +10
  238: r1 = *(u64 *)(r3 +0)
  239: r1 += 1
  240: *(u64 *)(r3 +0) = r1
  241: r2 = *(u64 *)(r3 +8)
  242: r1 = *(u64 *)(r10 -112)
  243: r2 += r1
  244: *(u64 *)(r3 +8) = r2
  245: goto +2
      ; drop
  246: r0 = 2
  247: exit
      ; epilogue: verdict
  248: r1 = *(u64 *)(r10 -120)
  249: if r1 != 0 goto +2
  250: r0 = 0
  251: exit
  252: r0 = 2
  253: exit
