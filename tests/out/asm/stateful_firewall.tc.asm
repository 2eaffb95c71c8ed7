; stateful_firewall for classifier: 302 instructions, stack 160 bytes, 2 maps
      ; prologue: save ctx, packet pointers, inputs
    0: r6 = *(u32 *)(r1 +76)
    1: r7 = *(u32 *)(r1 +80)
    2: r8 = r6
    3: r4 = 0
    4: r9 = 0
    5: *(u64 *)(r10 -120) = 0
    6: r2 = *(u32 *)(r1 +0)
    7: *(u64 *)(r10 -112) = r2
    8: r3 = *(u32 *)(r1 +36)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: r8 += 14
   10: if r8 > r7 goto +283
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +31
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r4 = r8
   14: r8 += 20
   15: if r8 > r7 goto +278
      ; v1: bit<4> = read_field hdr1.ihl
   16: r1 = *(u8 *)(r6 +14)
   17: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   18: if r1 < 5 goto +275
      ; v4: bit<4> = read_field hdr1.ihl
   19: r1 = *(u8 *)(r6 +14)
   20: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   21: r1 -= 5
   22: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   23: r1 *= 32
   24: w1 = w1
      ; advance v9
   25: r1 >>= 3
   26: r8 -= r6
   27: r1 += r8
   28: if r1 > 16383 goto +265
   29: r8 = r6
   30: r8 += r1
   31: if r8 > r7 goto +262
      ; v10: bit<13> = read_field hdr1.fragOffset
   32: r2 = *(u16 *)(r6 +20)
   33: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   34: r1 = *(u8 *)(r6 +23)
   35: if r2 != 0 goto +8
   36: if r1 != 6 goto +7
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   37: r9 = r8
   38: r8 += 20
   39: if r8 > r7 goto +254
      ; v12: bit<4> = read_field hdr2.dataOffset
   40: r1 = *(u8 *)(r9 +12)
   41: r1 >>= 4
   42: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
   43: if r1 < 5 goto +250
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
   44: if r4 == 0 goto +251
      ; v2: bit<32> = read var2
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   45: r1 = 1
   46: if r3 == 1 goto +1
   47: r1 = 0
      ; write var7, v4
   48: *(u64 *)(r10 -128) = r1
      ; v5: bool = is_valid hdr2
      ; v6: bool = not v5
   49: if r9 == 0 goto +218
      ; v13: bool = read var7
   50: r1 = *(u64 *)(r10 -128)
   51: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   52: r1 = *(u32 *)(r6 +30)
      ; write var8, v18
   53: *(u64 *)(r10 -136) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   54: r1 = *(u32 *)(r6 +26)
      ; write var9, v19
   55: *(u64 *)(r10 -144) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   56: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   57: *(u64 *)(r10 -152) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   58: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   59: *(u64 *)(r10 -160) = r1
   60: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   61: r1 = *(u32 *)(r6 +26)
      ; write var8, v14
   62: *(u64 *)(r10 -136) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   63: r1 = *(u32 *)(r6 +30)
      ; write var9, v15
   64: *(u64 *)(r10 -144) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   65: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   66: *(u64 *)(r10 -152) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   67: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   68: *(u64 *)(r10 -160) = r1
      ; v22: bit<32> = read var8
   69: r4 = *(u64 *)(r10 -136)
   70: r4 = be32 r4
      ; v23: bit<32> = read var9
   71: r3 = *(u64 *)(r10 -144)
   72: r3 = be32 r3
      ; v24: bit<16> = read var10
   73: r2 = *(u64 *)(r10 -152)
   74: r2 = be16 r2
      ; v25: bit<16> = read var11
   75: r1 = *(u64 *)(r10 -160)
   76: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   77: *(u32 *)(r10 -40) = r4
   78: *(u32 *)(r10 -36) = r3
   79: *(u16 *)(r10 -32) = r2
   80: *(u16 *)(r10 -30) = r1
   81: r1 = map[pipe_conns] ll
   83: r2 = r10
   84: r2 += -40
   85: call bpf_map_lookup_elem
   86: r1 = r0
   87: if r1 == 0 goto +4
   88: r8 = 1
   89: r3 = *(u8 *)(r1 +0)
   90: r3 &= 255
   91: goto +2
   92: r8 = 0
   93: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
   94: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
   95: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
   96: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
   97: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
   98: if r1 != 0 goto +126
      ; v50: bool = read var7
   99: r1 = *(u64 *)(r10 -128)
  100: if r1 != 0 goto +62
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
      ; v81: bool = logical_and v77, v80
  101: r1 = 1
  102: if r2 == 18 goto +1
  103: r1 = 0
  104: r4 = r8
  105: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
      ; v85: bit<8> = read var12
  106: r2 = r3
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
      ; v88: bool = logical_or v84, v87
      ; v89: bool = logical_and v81, v88
  107: r1 = 1
  108: if r3 == 1 goto +2
  109: if r2 == 2 goto +1
  110: r1 = 0
  111: r4 &= r1
  112: if r4 != 0 goto +21
      ; v98: bool = read var13
  113: r1 = r8
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
      ; v102: bool = logical_and v98, v101
  114: r2 = 1
  115: if r3 == 3 goto +1
  116: r2 = 0
  117: r1 &= r2
  118: if r1 != 0 goto +8
      ; v105: bit<8> = const 1
      ; write var6, v105
  119: *(u64 *)(r10 -120) = 1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  120: *(u32 *)(r10 -48) = 2
  121: r1 = map[pipe_fw_stats] ll
  123: r2 = r10
  124: r2 += -48
  125: call bpf_map_lookup_elem
  126: goto +157
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  127: *(u32 *)(r10 -48) = 1
  128: r1 = map[pipe_fw_stats] ll
  130: r2 = r10
  131: r2 += -48
  132: call bpf_map_lookup_elem
  133: goto +150
      ; v90: bit<8> = const 2
      ; write var12, v90
  134: r3 = 2
      ; v91: bit<32> = read var8
  135: r1 = *(u64 *)(r10 -136)
  136: r1 = be32 r1
      ; v92: bit<32> = read var9
  137: r2 = *(u64 *)(r10 -144)
  138: r2 = be32 r2
      ; v93: bit<16> = read var10
  139: r4 = *(u64 *)(r10 -152)
  140: r4 = be16 r4
      ; v94: bit<16> = read var11
  141: r8 = *(u64 *)(r10 -160)
  142: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  143: *(u32 *)(r10 -48) = r1
  144: *(u32 *)(r10 -44) = r2
  145: *(u16 *)(r10 -40) = r4
  146: *(u16 *)(r10 -38) = r8
  147: *(u8 *)(r10 -96) = r3
  148: r1 = map[pipe_conns] ll
  150: r2 = r10
  151: r2 += -48
  152: r3 = r10
  153: r3 += -96
  154: r4 = 0
  155: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  156: *(u32 *)(r10 -48) = 1
  157: r1 = map[pipe_fw_stats] ll
  159: r2 = r10
  160: r2 += -48
  161: call bpf_map_lookup_elem
  162: goto +121
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  163: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
      ; v64: bool = logical_and v60, v63
  164: r1 = 1
  165: if r3 == 2 goto +1
  166: r1 = 0
  167: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
      ; v68: bool = logical_and v64, v67
  168: r1 = 1
  169: if r2 == 16 goto +1
  170: r1 = 0
  171: r8 &= r1
  172: if r8 == 0 goto +45
      ; v69: bit<8> = const 3
      ; write var12, v69
  173: r3 = 3
      ; v70: bit<32> = read var8
  174: r1 = *(u64 *)(r10 -136)
  175: r1 = be32 r1
      ; v71: bit<32> = read var9
  176: r2 = *(u64 *)(r10 -144)
  177: r2 = be32 r2
      ; v72: bit<16> = read var10
  178: r4 = *(u64 *)(r10 -152)
  179: r4 = be16 r4
      ; v73: bit<16> = read var11
  180: r8 = *(u64 *)(r10 -160)
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
  195: goto +22
      ; v54: bit<8> = const 1
      ; write var12, v54
  196: r3 = 1
      ; v55: bit<32> = read var8
  197: r1 = *(u64 *)(r10 -136)
  198: r1 = be32 r1
      ; v56: bit<32> = read var9
  199: r2 = *(u64 *)(r10 -144)
  200: r2 = be32 r2
      ; v57: bit<16> = read var10
  201: r4 = *(u64 *)(r10 -152)
  202: r4 = be16 r4
      ; v58: bit<16> = read var11
  203: r8 = *(u64 *)(r10 -160)
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
  218: *(u32 *)(r10 -48) = 0
  219: r1 = map[pipe_fw_stats] ll
  221: r2 = r10
  222: r2 += -48
  223: call bpf_map_lookup_elem
  224: goto +59
      ; v36: bool = read var13
  225: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  226: r1 = *(u64 *)(r10 -136)
  227: r1 = be32 r1
      ; v38: bit<32> = read var9
  228: r2 = *(u64 *)(r10 -144)
  229: r2 = be32 r2
      ; v39: bit<16> = read var10
  230: r3 = *(u64 *)(r10 -152)
  231: r3 = be16 r3
      ; v40: bit<16> = read var11
  232: r4 = *(u64 *)(r10 -160)
  233: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  234: *(u32 *)(r10 -48) = r1
  235: *(u32 *)(r10 -44) = r2
  236: *(u16 *)(r10 -40) = r3
  237: *(u16 *)(r10 -38) = r4
  238: r1 = map[pipe_conns] ll
  240: r2 = r10
  241: r2 += -48
  242: call bpf_map_delete_elem
      ; v41: bool = read var7
  243: r1 = *(u64 *)(r10 -128)
  244: if r1 != 0 goto +16
      ; v44: bool = read var13
  245: if r8 != 0 goto +8
      ; v47: bit<8> = const 1
      ; write var6, v47
  246: *(u64 *)(r10 -120) = 1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  247: *(u32 *)(r10 -48) = 2
  248: r1 = map[pipe_fw_stats] ll
  250: r2 = r10
  251: r2 += -48
  252: call bpf_map_lookup_elem
  253: goto +30
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  254: *(u32 *)(r10 -48) = 1
  255: r1 = map[pipe_fw_stats] ll
  257: r2 = r10
  258: r2 += -48
  259: call bpf_map_lookup_elem
  260: goto +23
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  261: *(u32 *)(r10 -48) = 0
  262: r1 = map[pipe_fw_stats] ll
  264: r2 = r10
  265: r2 += -48
  266: call bpf_map_lookup_elem
  267: goto +16
      ; v7: bool = read var7
  268: r1 = *(u64 *)(r10 -128)
  269: if r1 != 0 goto +8
      ; v10: bit<8> = const 1
      ; write var6, v10
  270: *(u64 *)(r10 -120) = 1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  271: *(u32 *)(r10 -48) = 2
  272: r1 = map[pipe_fw_stats] ll
  274: r2 = r10
  275: r2 += -48
  276: call bpf_map_lookup_elem
  277: goto +6
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  278: *(u32 *)(r10 -48) = 0
  279: r1 = map[pipe_fw_stats] ll
  281: r2 = r10
  282: r2 += -48
  283: call bpf_map_lookup_elem
  284: r3 = r0
  285: if r3 == 0 goto +10
  286: r1 = *(u64 *)(r3 +0)
  287: r1 += 1
  288: *(u64 *)(r3 +0) = r1
  289: r2 = *(u64 *)(r3 +8)
  290: r1 = *(u64 *)(r10 -112)
  291: r2 += r1
  292: *(u64 *)(r3 +8) = r2
  293: goto +2
      ; drop
  294: r0 = 2
  295: exit
      ; epilogue: verdict
  296: r1 = *(u64 *)(r10 -120)
  297: if r1 != 0 goto +2
  298: r0 = 0
  299: exit
  300: r0 = 2
  301: exit
