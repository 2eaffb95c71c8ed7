; stateful_firewall for classifier: 281 instructions, stack 168 bytes, 2 maps
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
   13: if r8 > r7 goto +254
      ; v0: bit<16> = read_field hdr0.etherType
   14: r1 = *(u16 *)(r1 +12)
   15: if r1 != 8 goto +40
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   16: r3 = r8
   17: r8 += 20
   18: if r8 > r7 goto +249
      ; v1: bit<4> = read_field hdr1.ihl
   19: r2 = *(u8 *)(r3 +0)
   20: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   21: r1 = 1
   22: if r2 >= 5 goto +1
   23: r1 = 0
      ; verify v3, error HeaderTooShort
   24: if r1 == 0 goto +243
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
   32: if r1 & 7 goto +235
   33: r1 >>= 3
   34: if r1 > 16383 goto +233
   35: r8 -= r6
   36: r1 += r8
   37: if r1 > 16383 goto +230
   38: r8 = r6
   39: r8 += r1
   40: if r8 > r7 goto +227
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
   48: if r8 > r7 goto +219
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
   55: if r1 == 0 goto +212
      ; v0: bool = is_valid hdr1
   56: r1 = 0
   57: if r3 == 0 goto +1
   58: r1 = 1
      ; v1: bool = not v0
   59: r1 ^= 1
   60: if r1 != 0 goto +209
      ; v2: bit<32> = read var2
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   61: r1 = 1
   62: if r4 == 1 goto +1
   63: r1 = 0
      ; write var7, v4
   64: *(u64 *)(r10 -136) = r1
      ; v5: bool = is_valid hdr2
   65: r1 = 0
   66: if r9 == 0 goto +1
   67: r1 = 1
      ; v6: bool = not v5
   68: r1 ^= 1
   69: if r1 != 0 goto +176
      ; v13: bool = read var7
   70: r1 = *(u64 *)(r10 -136)
   71: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   72: r1 = *(u32 *)(r3 +16)
      ; write var8, v18
   73: *(u64 *)(r10 -144) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   74: r1 = *(u32 *)(r3 +12)
      ; write var9, v19
   75: *(u64 *)(r10 -152) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   76: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   77: *(u64 *)(r10 -160) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   78: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   79: *(u64 *)(r10 -168) = r1
   80: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   81: r1 = *(u32 *)(r3 +12)
      ; write var8, v14
   82: *(u64 *)(r10 -144) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   83: r1 = *(u32 *)(r3 +16)
      ; write var9, v15
   84: *(u64 *)(r10 -152) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   85: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   86: *(u64 *)(r10 -160) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   87: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   88: *(u64 *)(r10 -168) = r1
      ; v22: bit<32> = read var8
   89: r4 = *(u64 *)(r10 -144)
   90: r4 = be32 r4
      ; v23: bit<32> = read var9
   91: r3 = *(u64 *)(r10 -152)
   92: r3 = be32 r3
      ; v24: bit<16> = read var10
   93: r2 = *(u64 *)(r10 -160)
   94: r2 = be16 r2
      ; v25: bit<16> = read var11
   95: r1 = *(u64 *)(r10 -168)
   96: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   97: *(u32 *)(r10 -40) = r4
   98: *(u32 *)(r10 -36) = r3
   99: *(u16 *)(r10 -32) = r2
  100: *(u16 *)(r10 -30) = r1
  101: r1 = map[pipe_conns] ll
  103: r2 = r10
  104: r2 += -40
  105: call bpf_map_lookup_elem
  106: r1 = r0
  107: if r1 == 0 goto +4
  108: r8 = 1
  109: r3 = *(u8 *)(r1 +0)
  110: r3 &= 255
  111: goto +2
  112: r8 = 0
  113: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  114: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  115: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  116: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  117: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  118: if r1 != 0 goto +103
      ; v50: bool = read var7
  119: r1 = *(u64 *)(r10 -136)
  120: if r1 != 0 goto +45
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  121: r1 = 1
  122: if r2 == 18 goto +1
  123: r1 = 0
      ; v81: bool = logical_and v77, v80
  124: r4 = r8
  125: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  126: r1 = 1
  127: if r3 == 1 goto +1
  128: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  129: r2 = 1
  130: if r3 == 2 goto +1
  131: r2 = 0
      ; v88: bool = logical_or v84, v87
  132: r1 |= r2
      ; v89: bool = logical_and v81, v88
  133: r4 &= r1
  134: if r4 != 0 goto +7
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  135: r2 = 1
  136: if r3 == 3 goto +1
  137: r2 = 0
      ; v102: bool = logical_and v98, v101
  138: r1 = r8
  139: r1 &= r2
  140: if r1 != 0 goto +103
      ; v105: bit<8> = const 1
  141: goto +106
      ; v90: bit<8> = const 2
  142: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  143: r1 = *(u64 *)(r10 -144)
  144: r1 = be32 r1
      ; v92: bit<32> = read var9
  145: r2 = *(u64 *)(r10 -152)
  146: r2 = be32 r2
      ; v93: bit<16> = read var10
  147: r4 = *(u64 *)(r10 -160)
  148: r4 = be16 r4
      ; v94: bit<16> = read var11
  149: r8 = *(u64 *)(r10 -168)
  150: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  151: *(u32 *)(r10 -48) = r1
  152: *(u32 *)(r10 -44) = r2
  153: *(u16 *)(r10 -40) = r4
  154: *(u16 *)(r10 -38) = r8
  155: *(u8 *)(r10 -96) = r3
  156: r1 = map[pipe_conns] ll
  158: r2 = r10
  159: r2 += -48
  160: r3 = r10
  161: r3 += -96
  162: r4 = 0
  163: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  164: *(u32 *)(r10 -48) = 1
  165: goto +87
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  166: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  167: r1 = 1
  168: if r3 == 2 goto +1
  169: r1 = 0
      ; v64: bool = logical_and v60, v63
  170: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  171: r1 = 1
  172: if r2 == 16 goto +1
  173: r1 = 0
      ; v68: bool = logical_and v64, v67
  174: r8 &= r1
  175: if r8 == 0 goto +76
      ; v69: bit<8> = const 3
  176: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  177: r1 = *(u64 *)(r10 -144)
  178: r1 = be32 r1
      ; v71: bit<32> = read var9
  179: r2 = *(u64 *)(r10 -152)
  180: r2 = be32 r2
      ; v72: bit<16> = read var10
  181: r4 = *(u64 *)(r10 -160)
  182: r4 = be16 r4
      ; v73: bit<16> = read var11
  183: r8 = *(u64 *)(r10 -168)
  184: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  185: *(u32 *)(r10 -48) = r1
  186: *(u32 *)(r10 -44) = r2
  187: *(u16 *)(r10 -40) = r4
  188: *(u16 *)(r10 -38) = r8
  189: *(u8 *)(r10 -96) = r3
  190: r1 = map[pipe_conns] ll
  192: r2 = r10
  193: r2 += -48
  194: r3 = r10
  195: r3 += -96
  196: r4 = 0
  197: call bpf_map_update_elem
  198: goto +53
      ; v54: bit<8> = const 1
  199: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  200: r1 = *(u64 *)(r10 -144)
  201: r1 = be32 r1
      ; v56: bit<32> = read var9
  202: r2 = *(u64 *)(r10 -152)
  203: r2 = be32 r2
      ; v57: bit<16> = read var10
  204: r4 = *(u64 *)(r10 -160)
  205: r4 = be16 r4
      ; v58: bit<16> = read var11
  206: r8 = *(u64 *)(r10 -168)
  207: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  208: *(u32 *)(r10 -48) = r1
  209: *(u32 *)(r10 -44) = r2
  210: *(u16 *)(r10 -40) = r4
  211: *(u16 *)(r10 -38) = r8
  212: *(u8 *)(r10 -96) = r3
  213: r1 = map[pipe_conns] ll
  215: r2 = r10
  216: r2 += -48
  217: r3 = r10
  218: r3 += -96
  219: r4 = 0
  220: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  221: goto +30
      ; v36: bool = read var13
  222: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  223: r1 = *(u64 *)(r10 -144)
  224: r1 = be32 r1
      ; v38: bit<32> = read var9
  225: r2 = *(u64 *)(r10 -152)
  226: r2 = be32 r2
      ; v39: bit<16> = read var10
  227: r3 = *(u64 *)(r10 -160)
  228: r3 = be16 r3
      ; v40: bit<16> = read var11
  229: r4 = *(u64 *)(r10 -168)
  230: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  231: *(u32 *)(r10 -48) = r1
  232: *(u32 *)(r10 -44) = r2
  233: *(u16 *)(r10 -40) = r3
  234: *(u16 *)(r10 -38) = r4
  235: r1 = map[pipe_conns] ll
  237: r2 = r10
  238: r2 += -48
  239: call bpf_map_delete_elem
      ; v41: bool = read var7
  240: r1 = *(u64 *)(r10 -136)
  241: if r1 != 0 goto +10
      ; v44: bool = read var13
  242: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
  243: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  244: *(u32 *)(r10 -48) = 1
  245: goto +7
      ; v7: bool = read var7
  246: r1 = *(u64 *)(r10 -136)
  247: if r1 != 0 goto +4
      ; v10: bit<8> = const 1
  248: r1 = 1
      ; write var6, v10
  249: *(u64 *)(r10 -128) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  250: *(u32 *)(r10 -48) = 2
  251: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  252: *(u32 *)(r10 -48) = 0
  253: r1 = map[pipe_fw_stats] ll
  255: r2 = r10
  256: r2 += -48
  257: call bpf_map_lookup_elem
  258: r3 = r0
  259: if r3 == 0 goto +10
  260: r1 = *(u64 *)(r3 +0)
  261: r1 += 1
  262: *(u64 *)(r3 +0) = r1
  263: r2 = *(u64 *)(r3 +8)
  264: r1 = *(u64 *)(r10 -112)
  265: r2 += r1
  266: *(u64 *)(r3 +8) = r2
  267: goto +2
      ; drop
  268: r0 = 2
  269: exit
      ; epilogue: verdict
  270: r1 = *(u64 *)(r10 -128)
  271: if r1 != 0 goto +2
  272: r0 = 0
  273: exit
  274: if r1 != 2 goto +4
  275: r1 = *(u64 *)(r10 -120)
  276: r2 = 0
  277: call bpf_redirect
  278: exit
  279: r0 = 2
  280: exit
