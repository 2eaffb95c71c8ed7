; stateful_firewall for classifier: 271 instructions, stack 168 bytes, 2 maps
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
   12: if r8 > r7 goto +245
      ; v0: bit<16> = read_field hdr0.etherType
   13: r1 = *(u16 *)(r6 +12)
   14: if r1 != 8 goto +31
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   15: r4 = r8
   16: r8 += 20
   17: if r8 > r7 goto +240
      ; v1: bit<4> = read_field hdr1.ihl
   18: r1 = *(u8 *)(r6 +14)
   19: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   20: if r1 < 5 goto +237
      ; v4: bit<4> = read_field hdr1.ihl
   21: r1 = *(u8 *)(r6 +14)
   22: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   23: r1 -= 5
   24: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   25: r1 *= 32
   26: w1 = w1
      ; advance v9
   27: r1 >>= 3
   28: r8 -= r6
   29: r1 += r8
   30: if r1 > 16383 goto +227
   31: r8 = r6
   32: r8 += r1
   33: if r8 > r7 goto +224
      ; v10: bit<13> = read_field hdr1.fragOffset
   34: r2 = *(u16 *)(r6 +20)
   35: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   36: r1 = *(u8 *)(r6 +23)
   37: if r2 != 0 goto +8
   38: if r1 != 6 goto +7
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   39: r9 = r8
   40: r8 += 20
   41: if r8 > r7 goto +216
      ; v12: bit<4> = read_field hdr2.dataOffset
   42: r1 = *(u8 *)(r9 +12)
   43: r1 >>= 4
   44: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
   45: if r1 < 5 goto +212
      ; v0: bool = is_valid hdr1
   46: r1 = 0
   47: if r4 == 0 goto +1
   48: r1 = 1
      ; v1: bool = not v0
   49: r1 ^= 1
   50: if r1 != 0 goto +209
      ; v2: bit<32> = read var2
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   51: r1 = 1
   52: if r3 == 1 goto +1
   53: r1 = 0
      ; write var7, v4
   54: *(u64 *)(r10 -136) = r1
      ; v5: bool = is_valid hdr2
   55: r1 = 0
   56: if r9 == 0 goto +1
   57: r1 = 1
      ; v6: bool = not v5
   58: r1 ^= 1
   59: if r1 != 0 goto +176
      ; v13: bool = read var7
   60: r1 = *(u64 *)(r10 -136)
   61: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   62: r1 = *(u32 *)(r6 +30)
      ; write var8, v18
   63: *(u64 *)(r10 -144) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   64: r1 = *(u32 *)(r6 +26)
      ; write var9, v19
   65: *(u64 *)(r10 -152) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   66: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   67: *(u64 *)(r10 -160) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   68: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   69: *(u64 *)(r10 -168) = r1
   70: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   71: r1 = *(u32 *)(r6 +26)
      ; write var8, v14
   72: *(u64 *)(r10 -144) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   73: r1 = *(u32 *)(r6 +30)
      ; write var9, v15
   74: *(u64 *)(r10 -152) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   75: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   76: *(u64 *)(r10 -160) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   77: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   78: *(u64 *)(r10 -168) = r1
      ; v22: bit<32> = read var8
   79: r4 = *(u64 *)(r10 -144)
   80: r4 = be32 r4
      ; v23: bit<32> = read var9
   81: r3 = *(u64 *)(r10 -152)
   82: r3 = be32 r3
      ; v24: bit<16> = read var10
   83: r2 = *(u64 *)(r10 -160)
   84: r2 = be16 r2
      ; v25: bit<16> = read var11
   85: r1 = *(u64 *)(r10 -168)
   86: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   87: *(u32 *)(r10 -40) = r4
   88: *(u32 *)(r10 -36) = r3
   89: *(u16 *)(r10 -32) = r2
   90: *(u16 *)(r10 -30) = r1
   91: r1 = map[pipe_conns] ll
   93: r2 = r10
   94: r2 += -40
   95: call bpf_map_lookup_elem
   96: r1 = r0
   97: if r1 == 0 goto +4
   98: r8 = 1
   99: r3 = *(u8 *)(r1 +0)
  100: r3 &= 255
  101: goto +2
  102: r8 = 0
  103: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  104: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  105: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  106: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  107: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  108: if r1 != 0 goto +103
      ; v50: bool = read var7
  109: r1 = *(u64 *)(r10 -136)
  110: if r1 != 0 goto +45
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  111: r1 = 1
  112: if r2 == 18 goto +1
  113: r1 = 0
      ; v81: bool = logical_and v77, v80
  114: r4 = r8
  115: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  116: r1 = 1
  117: if r3 == 1 goto +1
  118: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  119: r2 = 1
  120: if r3 == 2 goto +1
  121: r2 = 0
      ; v88: bool = logical_or v84, v87
  122: r1 |= r2
      ; v89: bool = logical_and v81, v88
  123: r4 &= r1
  124: if r4 != 0 goto +7
      ; v98: bool = read var13
  125: r1 = r8
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  126: r2 = 1
  127: if r3 == 3 goto +1
  128: r2 = 0
      ; v102: bool = logical_and v98, v101
  129: r1 &= r2
  130: if r1 != 0 goto +103
      ; v105: bit<8> = const 1
  131: goto +106
      ; v90: bit<8> = const 2
  132: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  133: r1 = *(u64 *)(r10 -144)
  134: r1 = be32 r1
      ; v92: bit<32> = read var9
  135: r2 = *(u64 *)(r10 -152)
  136: r2 = be32 r2
      ; v93: bit<16> = read var10
  137: r4 = *(u64 *)(r10 -160)
  138: r4 = be16 r4
      ; v94: bit<16> = read var11
  139: r8 = *(u64 *)(r10 -168)
  140: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  141: *(u32 *)(r10 -48) = r1
  142: *(u32 *)(r10 -44) = r2
  143: *(u16 *)(r10 -40) = r4
  144: *(u16 *)(r10 -38) = r8
  145: *(u8 *)(r10 -96) = r3
  146: r1 = map[pipe_conns] ll
  148: r2 = r10
  149: r2 += -48
  150: r3 = r10
  151: r3 += -96
  152: r4 = 0
  153: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  154: *(u32 *)(r10 -48) = 1
  155: goto +87
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  156: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  157: r1 = 1
  158: if r3 == 2 goto +1
  159: r1 = 0
      ; v64: bool = logical_and v60, v63
  160: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  161: r1 = 1
  162: if r2 == 16 goto +1
  163: r1 = 0
      ; v68: bool = logical_and v64, v67
  164: r8 &= r1
  165: if r8 == 0 goto +76
      ; v69: bit<8> = const 3
  166: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  167: r1 = *(u64 *)(r10 -144)
  168: r1 = be32 r1
      ; v71: bit<32> = read var9
  169: r2 = *(u64 *)(r10 -152)
  170: r2 = be32 r2
      ; v72: bit<16> = read var10
  171: r4 = *(u64 *)(r10 -160)
  172: r4 = be16 r4
      ; v73: bit<16> = read var11
  173: r8 = *(u64 *)(r10 -168)
  174: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  175: *(u32 *)(r10 -48) = r1
  176: *(u32 *)(r10 -44) = r2
  177: *(u16 *)(r10 -40) = r4
  178: *(u16 *)(r10 -38) = r8
  179: *(u8 *)(r10 -96) = r3
  180: r1 = map[pipe_conns] ll
  182: r2 = r10
  183: r2 += -48
  184: r3 = r10
  185: r3 += -96
  186: r4 = 0
  187: call bpf_map_update_elem
  188: goto +53
      ; v54: bit<8> = const 1
  189: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  190: r1 = *(u64 *)(r10 -144)
  191: r1 = be32 r1
      ; v56: bit<32> = read var9
  192: r2 = *(u64 *)(r10 -152)
  193: r2 = be32 r2
      ; v57: bit<16> = read var10
  194: r4 = *(u64 *)(r10 -160)
  195: r4 = be16 r4
      ; v58: bit<16> = read var11
  196: r8 = *(u64 *)(r10 -168)
  197: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  198: *(u32 *)(r10 -48) = r1
  199: *(u32 *)(r10 -44) = r2
  200: *(u16 *)(r10 -40) = r4
  201: *(u16 *)(r10 -38) = r8
  202: *(u8 *)(r10 -96) = r3
  203: r1 = map[pipe_conns] ll
  205: r2 = r10
  206: r2 += -48
  207: r3 = r10
  208: r3 += -96
  209: r4 = 0
  210: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  211: goto +30
      ; v36: bool = read var13
  212: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  213: r1 = *(u64 *)(r10 -144)
  214: r1 = be32 r1
      ; v38: bit<32> = read var9
  215: r2 = *(u64 *)(r10 -152)
  216: r2 = be32 r2
      ; v39: bit<16> = read var10
  217: r3 = *(u64 *)(r10 -160)
  218: r3 = be16 r3
      ; v40: bit<16> = read var11
  219: r4 = *(u64 *)(r10 -168)
  220: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  221: *(u32 *)(r10 -48) = r1
  222: *(u32 *)(r10 -44) = r2
  223: *(u16 *)(r10 -40) = r3
  224: *(u16 *)(r10 -38) = r4
  225: r1 = map[pipe_conns] ll
  227: r2 = r10
  228: r2 += -48
  229: call bpf_map_delete_elem
      ; v41: bool = read var7
  230: r1 = *(u64 *)(r10 -136)
  231: if r1 != 0 goto +10
      ; v44: bool = read var13
  232: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
  233: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  234: *(u32 *)(r10 -48) = 1
  235: goto +7
      ; v7: bool = read var7
  236: r1 = *(u64 *)(r10 -136)
  237: if r1 != 0 goto +4
      ; v10: bit<8> = const 1
  238: r1 = 1
      ; write var6, v10
  239: *(u64 *)(r10 -128) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  240: *(u32 *)(r10 -48) = 2
  241: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  242: *(u32 *)(r10 -48) = 0
  243: r1 = map[pipe_fw_stats] ll
  245: r2 = r10
  246: r2 += -48
  247: call bpf_map_lookup_elem
  248: r3 = r0
  249: if r3 == 0 goto +10
  250: r1 = *(u64 *)(r3 +0)
  251: r1 += 1
  252: *(u64 *)(r3 +0) = r1
  253: r2 = *(u64 *)(r3 +8)
  254: r1 = *(u64 *)(r10 -112)
  255: r2 += r1
  256: *(u64 *)(r3 +8) = r2
  257: goto +2
      ; drop
  258: r0 = 2
  259: exit
      ; epilogue: verdict
  260: r1 = *(u64 *)(r10 -128)
  261: if r1 != 0 goto +2
  262: r0 = 0
  263: exit
  264: if r1 != 2 goto +4
  265: r1 = *(u64 *)(r10 -120)
  266: r2 = 0
  267: call bpf_redirect
  268: exit
  269: r0 = 2
  270: exit
