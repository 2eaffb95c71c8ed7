; stateful_firewall for xdp: 354 instructions, stack 208 bytes, 2 maps
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
   23: if r8 > r7 goto +284
      ; v0: bit<16> = read_field hdr0.etherType
   24: r1 = *(u16 *)(r6 +12)
   25: if r1 != 8 goto +31
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   26: *(u64 *)(r10 -144) = r8
   27: r8 += 20
   28: if r8 > r7 goto +279
      ; v1: bit<4> = read_field hdr1.ihl
   29: r1 = *(u8 *)(r6 +14)
   30: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   31: if r1 < 5 goto +276
      ; v4: bit<4> = read_field hdr1.ihl
   32: r1 = *(u8 *)(r6 +14)
   33: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   34: r1 -= 5
   35: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   36: r1 *= 32
   37: w1 = w1
      ; advance v9
   38: r1 >>= 3
   39: r8 -= r6
   40: r1 += r8
   41: if r1 > 16383 goto +266
   42: r8 = r6
   43: r8 += r1
   44: if r8 > r7 goto +263
      ; v10: bit<13> = read_field hdr1.fragOffset
   45: r2 = *(u16 *)(r6 +20)
   46: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   47: r1 = *(u8 *)(r6 +23)
   48: if r2 != 0 goto +8
   49: if r1 != 6 goto +7
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   50: r9 = r8
   51: r8 += 20
   52: if r8 > r7 goto +255
      ; v12: bit<4> = read_field hdr2.dataOffset
   53: r1 = *(u8 *)(r9 +12)
   54: r1 >>= 4
   55: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
   56: if r1 < 5 goto +251
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
   57: r0 = *(u64 *)(r10 -144)
   58: if r0 == 0 goto +270
      ; v2: bit<32> = read var2
   59: r2 = *(u64 *)(r10 -152)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   60: r1 = 1
   61: if r2 == 1 goto +1
   62: r1 = 0
      ; write var7, v4
   63: *(u64 *)(r10 -144) = r1
      ; v5: bool = is_valid hdr2
      ; v6: bool = not v5
   64: if r9 == 0 goto +217
      ; v13: bool = read var7
   65: r1 = *(u64 *)(r10 -144)
   66: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   67: r1 = *(u32 *)(r6 +30)
      ; write var8, v18
   68: *(u64 *)(r10 -152) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   69: r1 = *(u32 *)(r6 +26)
      ; write var9, v19
   70: *(u64 *)(r10 -192) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   71: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   72: *(u64 *)(r10 -200) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   73: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   74: *(u64 *)(r10 -208) = r1
   75: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   76: r1 = *(u32 *)(r6 +26)
      ; write var8, v14
   77: *(u64 *)(r10 -152) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   78: r1 = *(u32 *)(r6 +30)
      ; write var9, v15
   79: *(u64 *)(r10 -192) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   80: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   81: *(u64 *)(r10 -200) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   82: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   83: *(u64 *)(r10 -208) = r1
      ; v22: bit<32> = read var8
   84: r4 = *(u64 *)(r10 -152)
   85: r4 = be32 r4
      ; v23: bit<32> = read var9
   86: r3 = *(u64 *)(r10 -192)
   87: r3 = be32 r3
      ; v24: bit<16> = read var10
   88: r2 = *(u64 *)(r10 -200)
   89: r2 = be16 r2
      ; v25: bit<16> = read var11
   90: r1 = *(u64 *)(r10 -208)
   91: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
   92: *(u32 *)(r10 -40) = r4
   93: *(u32 *)(r10 -36) = r3
   94: *(u16 *)(r10 -32) = r2
   95: *(u16 *)(r10 -30) = r1
   96: r1 = map[pipe_conns] ll
   98: r2 = r10
   99: r2 += -40
  100: call bpf_map_lookup_elem
  101: r1 = r0
  102: if r1 == 0 goto +4
  103: r8 = 1
  104: r3 = *(u8 *)(r1 +0)
  105: r3 &= 255
  106: goto +2
  107: r8 = 0
  108: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  109: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  110: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  111: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  112: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  113: if r1 != 0 goto +125
      ; v50: bool = read var7
  114: r1 = *(u64 *)(r10 -144)
  115: if r1 != 0 goto +61
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
      ; v81: bool = logical_and v77, v80
  116: r1 = 1
  117: if r2 == 18 goto +1
  118: r1 = 0
  119: r4 = r8
  120: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
      ; v85: bit<8> = read var12
  121: r2 = r3
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
      ; v88: bool = logical_or v84, v87
      ; v89: bool = logical_and v81, v88
  122: r1 = 1
  123: if r3 == 1 goto +2
  124: if r2 == 2 goto +1
  125: r1 = 0
  126: r4 &= r1
  127: if r4 != 0 goto +20
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
      ; v102: bool = logical_and v98, v101
  128: r1 = 1
  129: if r3 == 3 goto +1
  130: r1 = 0
  131: r8 &= r1
  132: if r8 != 0 goto +8
      ; v105: bit<8> = const 1
      ; write var6, v105
  133: *(u64 *)(r10 -184) = 1
      ; v106: bit<32> = const 2
      ; v107: bit<32> = const 1
      ; count counter0[v106] += v107
  134: *(u32 *)(r10 -48) = 2
  135: r1 = map[pipe_fw_stats] ll
  137: r2 = r10
  138: r2 += -48
  139: call bpf_map_lookup_elem
  140: goto +157
      ; v103: bit<32> = const 1
      ; v104: bit<32> = const 1
      ; count counter0[v103] += v104
  141: *(u32 *)(r10 -48) = 1
  142: r1 = map[pipe_fw_stats] ll
  144: r2 = r10
  145: r2 += -48
  146: call bpf_map_lookup_elem
  147: goto +150
      ; v90: bit<8> = const 2
      ; write var12, v90
  148: r3 = 2
      ; v91: bit<32> = read var8
  149: r1 = *(u64 *)(r10 -152)
  150: r1 = be32 r1
      ; v92: bit<32> = read var9
  151: r2 = *(u64 *)(r10 -192)
  152: r2 = be32 r2
      ; v93: bit<16> = read var10
  153: r4 = *(u64 *)(r10 -200)
  154: r4 = be16 r4
      ; v94: bit<16> = read var11
  155: r8 = *(u64 *)(r10 -208)
  156: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  157: *(u32 *)(r10 -48) = r1
  158: *(u32 *)(r10 -44) = r2
  159: *(u16 *)(r10 -40) = r4
  160: *(u16 *)(r10 -38) = r8
  161: *(u8 *)(r10 -96) = r3
  162: r1 = map[pipe_conns] ll
  164: r2 = r10
  165: r2 += -48
  166: r3 = r10
  167: r3 += -96
  168: r4 = 0
  169: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  170: *(u32 *)(r10 -48) = 1
  171: r1 = map[pipe_fw_stats] ll
  173: r2 = r10
  174: r2 += -48
  175: call bpf_map_lookup_elem
  176: goto +121
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  177: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
      ; v64: bool = logical_and v60, v63
  178: r1 = 1
  179: if r3 == 2 goto +1
  180: r1 = 0
  181: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
      ; v68: bool = logical_and v64, v67
  182: r1 = 1
  183: if r2 == 16 goto +1
  184: r1 = 0
  185: r8 &= r1
  186: if r8 == 0 goto +45
      ; v69: bit<8> = const 3
      ; write var12, v69
  187: r3 = 3
      ; v70: bit<32> = read var8
  188: r1 = *(u64 *)(r10 -152)
  189: r1 = be32 r1
      ; v71: bit<32> = read var9
  190: r2 = *(u64 *)(r10 -192)
  191: r2 = be32 r2
      ; v72: bit<16> = read var10
  192: r4 = *(u64 *)(r10 -200)
  193: r4 = be16 r4
      ; v73: bit<16> = read var11
  194: r8 = *(u64 *)(r10 -208)
  195: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
  196: *(u32 *)(r10 -48) = r1
  197: *(u32 *)(r10 -44) = r2
  198: *(u16 *)(r10 -40) = r4
  199: *(u16 *)(r10 -38) = r8
  200: *(u8 *)(r10 -96) = r3
  201: r1 = map[pipe_conns] ll
  203: r2 = r10
  204: r2 += -48
  205: r3 = r10
  206: r3 += -96
  207: r4 = 0
  208: call bpf_map_update_elem
  209: goto +22
      ; v54: bit<8> = const 1
      ; write var12, v54
  210: r3 = 1
      ; v55: bit<32> = read var8
  211: r1 = *(u64 *)(r10 -152)
  212: r1 = be32 r1
      ; v56: bit<32> = read var9
  213: r2 = *(u64 *)(r10 -192)
  214: r2 = be32 r2
      ; v57: bit<16> = read var10
  215: r4 = *(u64 *)(r10 -200)
  216: r4 = be16 r4
      ; v58: bit<16> = read var11
  217: r8 = *(u64 *)(r10 -208)
  218: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  219: *(u32 *)(r10 -48) = r1
  220: *(u32 *)(r10 -44) = r2
  221: *(u16 *)(r10 -40) = r4
  222: *(u16 *)(r10 -38) = r8
  223: *(u8 *)(r10 -96) = r3
  224: r1 = map[pipe_conns] ll
  226: r2 = r10
  227: r2 += -48
  228: r3 = r10
  229: r3 += -96
  230: r4 = 0
  231: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  232: *(u32 *)(r10 -48) = 0
  233: r1 = map[pipe_fw_stats] ll
  235: r2 = r10
  236: r2 += -48
  237: call bpf_map_lookup_elem
  238: goto +59
      ; v36: bool = read var13
  239: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  240: r1 = *(u64 *)(r10 -152)
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
  257: r1 = *(u64 *)(r10 -144)
  258: if r1 != 0 goto +16
      ; v44: bool = read var13
  259: if r8 != 0 goto +8
      ; v47: bit<8> = const 1
      ; write var6, v47
  260: *(u64 *)(r10 -184) = 1
      ; v48: bit<32> = const 2
      ; v49: bit<32> = const 1
      ; count counter0[v48] += v49
  261: *(u32 *)(r10 -48) = 2
  262: r1 = map[pipe_fw_stats] ll
  264: r2 = r10
  265: r2 += -48
  266: call bpf_map_lookup_elem
  267: goto +30
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  268: *(u32 *)(r10 -48) = 1
  269: r1 = map[pipe_fw_stats] ll
  271: r2 = r10
  272: r2 += -48
  273: call bpf_map_lookup_elem
  274: goto +23
      ; v42: bit<32> = const 0
      ; v43: bit<32> = const 1
      ; count counter0[v42] += v43
  275: *(u32 *)(r10 -48) = 0
  276: r1 = map[pipe_fw_stats] ll
  278: r2 = r10
  279: r2 += -48
  280: call bpf_map_lookup_elem
  281: goto +16
      ; v7: bool = read var7
  282: r1 = *(u64 *)(r10 -144)
  283: if r1 != 0 goto +8
      ; v10: bit<8> = const 1
      ; write var6, v10
  284: *(u64 *)(r10 -184) = 1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  285: *(u32 *)(r10 -48) = 2
  286: r1 = map[pipe_fw_stats] ll
  288: r2 = r10
  289: r2 += -48
  290: call bpf_map_lookup_elem
  291: goto +6
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  292: *(u32 *)(r10 -48) = 0
  293: r1 = map[pipe_fw_stats] ll
  295: r2 = r10
  296: r2 += -48
  297: call bpf_map_lookup_elem
  298: r2 = r0
  299: if r2 == 0 goto +29
  300: r1 = *(u64 *)(r2 +0)
  301: r1 += 1
  302: *(u64 *)(r2 +0) = r1
  303: r1 = *(u64 *)(r2 +8)
  304: r3 = *(u64 *)(r10 -160)
  305: r1 += r3
  306: *(u64 *)(r2 +8) = r1
  307: goto +21
      ; drop
  308: r2 = *(u64 *)(r10 -168)
  309: r1 = *(u64 *)(r10 -176)
  310: *(u64 *)(r10 -112) = r2
  311: *(u64 *)(r10 -120) = r1
  312: r1 = *(u64 *)(r10 -8)
  313: r2 = 0xfffffffffffffff8 ll
  315: call bpf_xdp_adjust_meta
  316: if r0 != 0 goto +10
  317: r1 = *(u64 *)(r10 -8)
  318: r3 = *(u32 *)(r1 +8)
  319: r2 = *(u32 *)(r1 +0)
  320: r1 = r3
  321: r1 += 8
  322: if r1 > r2 goto +4
  323: r1 = *(u64 *)(r10 -112)
  324: *(u32 *)(r3 +0) = r1
  325: r1 = *(u64 *)(r10 -120)
  326: *(u32 *)(r3 +4) = r1
  327: r0 = 1
  328: exit
      ; epilogue: verdict
  329: r2 = *(u64 *)(r10 -168)
  330: r1 = *(u64 *)(r10 -176)
  331: *(u64 *)(r10 -128) = r2
  332: *(u64 *)(r10 -136) = r1
  333: r1 = *(u64 *)(r10 -8)
  334: r2 = 0xfffffffffffffff8 ll
  336: call bpf_xdp_adjust_meta
  337: if r0 != 0 goto +10
  338: r1 = *(u64 *)(r10 -8)
  339: r3 = *(u32 *)(r1 +8)
  340: r2 = *(u32 *)(r1 +0)
  341: r1 = r3
  342: r1 += 8
  343: if r1 > r2 goto +4
  344: r1 = *(u64 *)(r10 -128)
  345: *(u32 *)(r3 +0) = r1
  346: r1 = *(u64 *)(r10 -136)
  347: *(u32 *)(r3 +4) = r1
  348: r1 = *(u64 *)(r10 -184)
  349: if r1 != 0 goto +2
  350: r0 = 2
  351: exit
  352: r0 = 1
  353: exit
