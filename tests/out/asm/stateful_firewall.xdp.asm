; stateful_firewall for xdp: 321 instructions, stack 208 bytes, 2 maps
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
   23: if r8 > r7 goto +246
      ; v0: bit<16> = read_field hdr0.etherType
   24: r1 = *(u16 *)(r6 +12)
   25: if r1 != 8 goto +31
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   26: *(u64 *)(r10 -144) = r8
   27: r8 += 20
   28: if r8 > r7 goto +241
      ; v1: bit<4> = read_field hdr1.ihl
   29: r1 = *(u8 *)(r6 +14)
   30: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   31: if r1 < 5 goto +238
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
   41: if r1 > 16383 goto +228
   42: r8 = r6
   43: r8 += r1
   44: if r8 > r7 goto +225
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
   52: if r8 > r7 goto +217
      ; v12: bit<4> = read_field hdr2.dataOffset
   53: r1 = *(u8 *)(r9 +12)
   54: r1 >>= 4
   55: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
   56: if r1 < 5 goto +213
      ; v0: bool = is_valid hdr1
   57: r1 = 0
   58: r0 = *(u64 *)(r10 -144)
   59: if r0 == 0 goto +1
   60: r1 = 1
      ; v1: bool = not v0
   61: r1 ^= 1
   62: if r1 != 0 goto +228
      ; v2: bit<32> = read var2
   63: r2 = *(u64 *)(r10 -152)
      ; v3: bit<32> = const 1
      ; v4: bool = eq v2, v3
   64: r1 = 1
   65: if r2 == 1 goto +1
   66: r1 = 0
      ; write var7, v4
   67: *(u64 *)(r10 -144) = r1
      ; v5: bool = is_valid hdr2
   68: r1 = 0
   69: if r9 == 0 goto +1
   70: r1 = 1
      ; v6: bool = not v5
   71: r1 ^= 1
   72: if r1 != 0 goto +175
      ; v13: bool = read var7
   73: r1 = *(u64 *)(r10 -144)
   74: if r1 != 0 goto +9
      ; v18: bit<32> = read_field hdr1.dstAddr
   75: r1 = *(u32 *)(r6 +30)
      ; write var8, v18
   76: *(u64 *)(r10 -152) = r1
      ; v19: bit<32> = read_field hdr1.srcAddr
   77: r1 = *(u32 *)(r6 +26)
      ; write var9, v19
   78: *(u64 *)(r10 -192) = r1
      ; v20: bit<16> = read_field hdr2.dstPort
   79: r1 = *(u16 *)(r9 +2)
      ; write var10, v20
   80: *(u64 *)(r10 -200) = r1
      ; v21: bit<16> = read_field hdr2.srcPort
   81: r1 = *(u16 *)(r9 +0)
      ; write var11, v21
   82: *(u64 *)(r10 -208) = r1
   83: goto +8
      ; v14: bit<32> = read_field hdr1.srcAddr
   84: r1 = *(u32 *)(r6 +26)
      ; write var8, v14
   85: *(u64 *)(r10 -152) = r1
      ; v15: bit<32> = read_field hdr1.dstAddr
   86: r1 = *(u32 *)(r6 +30)
      ; write var9, v15
   87: *(u64 *)(r10 -192) = r1
      ; v16: bit<16> = read_field hdr2.srcPort
   88: r1 = *(u16 *)(r9 +0)
      ; write var10, v16
   89: *(u64 *)(r10 -200) = r1
      ; v17: bit<16> = read_field hdr2.dstPort
   90: r1 = *(u16 *)(r9 +2)
      ; write var11, v17
   91: *(u64 *)(r10 -208) = r1
      ; v22: bit<32> = read var8
   92: r4 = *(u64 *)(r10 -152)
   93: r4 = be32 r4
      ; v23: bit<32> = read var9
   94: r3 = *(u64 *)(r10 -192)
   95: r3 = be32 r3
      ; v24: bit<16> = read var10
   96: r2 = *(u64 *)(r10 -200)
   97: r2 = be16 r2
      ; v25: bit<16> = read var11
   98: r1 = *(u64 *)(r10 -208)
   99: r1 = be16 r1
      ; v26, [v27] = map_lookup map0(v22, v23, v24, v25)
  100: *(u32 *)(r10 -40) = r4
  101: *(u32 *)(r10 -36) = r3
  102: *(u16 *)(r10 -32) = r2
  103: *(u16 *)(r10 -30) = r1
  104: r1 = map[pipe_conns] ll
  106: r2 = r10
  107: r2 += -40
  108: call bpf_map_lookup_elem
  109: r1 = r0
  110: if r1 == 0 goto +4
  111: r8 = 1
  112: r3 = *(u8 *)(r1 +0)
  113: r3 &= 255
  114: goto +2
  115: r8 = 0
  116: r3 = 0
      ; write var12, v27
      ; write var13, v26
      ; v28: bit<8> = read_field hdr2.flags
  117: r2 = *(u8 *)(r9 +13)
      ; v29: bit<8> = const 0x12
      ; v30: bit<8> = and v28, v29
  118: r2 &= 18
      ; write var14, v30
      ; v31: bit<8> = read_field hdr2.flags
  119: r1 = *(u8 *)(r9 +13)
      ; v32: bit<8> = const 4
      ; v33: bit<8> = and v31, v32
  120: r1 &= 4
      ; v34: bit<8> = const 0
      ; v35: bool = ne v33, v34
  121: if r1 != 0 goto +102
      ; v50: bool = read var7
  122: r1 = *(u64 *)(r10 -144)
  123: if r1 != 0 goto +44
      ; v77: bool = read var13
      ; v78: bit<8> = read var14
      ; v79: bit<8> = const 0x12
      ; v80: bool = eq v78, v79
  124: r1 = 1
  125: if r2 == 18 goto +1
  126: r1 = 0
      ; v81: bool = logical_and v77, v80
  127: r4 = r8
  128: r4 &= r1
      ; v82: bit<8> = read var12
      ; v83: bit<8> = const 1
      ; v84: bool = eq v82, v83
  129: r1 = 1
  130: if r3 == 1 goto +1
  131: r1 = 0
      ; v85: bit<8> = read var12
      ; v86: bit<8> = const 2
      ; v87: bool = eq v85, v86
  132: r2 = 1
  133: if r3 == 2 goto +1
  134: r2 = 0
      ; v88: bool = logical_or v84, v87
  135: r1 |= r2
      ; v89: bool = logical_and v81, v88
  136: r4 &= r1
  137: if r4 != 0 goto +6
      ; v98: bool = read var13
      ; v99: bit<8> = read var12
      ; v100: bit<8> = const 3
      ; v101: bool = eq v99, v100
  138: r1 = 1
  139: if r3 == 3 goto +1
  140: r1 = 0
      ; v102: bool = logical_and v98, v101
  141: r8 &= r1
  142: if r8 != 0 goto +103
      ; v105: bit<8> = const 1
  143: goto +106
      ; v90: bit<8> = const 2
  144: r3 = 2
      ; write var12, v90
      ; v91: bit<32> = read var8
  145: r1 = *(u64 *)(r10 -152)
  146: r1 = be32 r1
      ; v92: bit<32> = read var9
  147: r2 = *(u64 *)(r10 -192)
  148: r2 = be32 r2
      ; v93: bit<16> = read var10
  149: r4 = *(u64 *)(r10 -200)
  150: r4 = be16 r4
      ; v94: bit<16> = read var11
  151: r8 = *(u64 *)(r10 -208)
  152: r8 = be16 r8
      ; v95: bit<8> = read var12
      ; map_update map0(v91, v92, v93, v94) = [v95]
  153: *(u32 *)(r10 -48) = r1
  154: *(u32 *)(r10 -44) = r2
  155: *(u16 *)(r10 -40) = r4
  156: *(u16 *)(r10 -38) = r8
  157: *(u8 *)(r10 -96) = r3
  158: r1 = map[pipe_conns] ll
  160: r2 = r10
  161: r2 += -48
  162: r3 = r10
  163: r3 += -96
  164: r4 = 0
  165: call bpf_map_update_elem
      ; v96: bit<32> = const 1
      ; v97: bit<32> = const 1
      ; count counter0[v96] += v97
  166: *(u32 *)(r10 -48) = 1
  167: goto +87
      ; v51: bit<8> = read var14
      ; v52: bit<8> = const 2
      ; v53: bool = eq v51, v52
  168: if r2 == 2 goto +32
      ; v60: bool = read var13
      ; v61: bit<8> = read var12
      ; v62: bit<8> = const 2
      ; v63: bool = eq v61, v62
  169: r1 = 1
  170: if r3 == 2 goto +1
  171: r1 = 0
      ; v64: bool = logical_and v60, v63
  172: r8 &= r1
      ; v65: bit<8> = read var14
      ; v66: bit<8> = const 0x10
      ; v67: bool = eq v65, v66
  173: r1 = 1
  174: if r2 == 16 goto +1
  175: r1 = 0
      ; v68: bool = logical_and v64, v67
  176: r8 &= r1
  177: if r8 == 0 goto +76
      ; v69: bit<8> = const 3
  178: r3 = 3
      ; write var12, v69
      ; v70: bit<32> = read var8
  179: r1 = *(u64 *)(r10 -152)
  180: r1 = be32 r1
      ; v71: bit<32> = read var9
  181: r2 = *(u64 *)(r10 -192)
  182: r2 = be32 r2
      ; v72: bit<16> = read var10
  183: r4 = *(u64 *)(r10 -200)
  184: r4 = be16 r4
      ; v73: bit<16> = read var11
  185: r8 = *(u64 *)(r10 -208)
  186: r8 = be16 r8
      ; v74: bit<8> = read var12
      ; map_update map0(v70, v71, v72, v73) = [v74]
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
  200: goto +53
      ; v54: bit<8> = const 1
  201: r3 = 1
      ; write var12, v54
      ; v55: bit<32> = read var8
  202: r1 = *(u64 *)(r10 -152)
  203: r1 = be32 r1
      ; v56: bit<32> = read var9
  204: r2 = *(u64 *)(r10 -192)
  205: r2 = be32 r2
      ; v57: bit<16> = read var10
  206: r4 = *(u64 *)(r10 -200)
  207: r4 = be16 r4
      ; v58: bit<16> = read var11
  208: r8 = *(u64 *)(r10 -208)
  209: r8 = be16 r8
      ; v59: bit<8> = read var12
      ; map_update map0(v55, v56, v57, v58) = [v59]
  210: *(u32 *)(r10 -48) = r1
  211: *(u32 *)(r10 -44) = r2
  212: *(u16 *)(r10 -40) = r4
  213: *(u16 *)(r10 -38) = r8
  214: *(u8 *)(r10 -96) = r3
  215: r1 = map[pipe_conns] ll
  217: r2 = r10
  218: r2 += -48
  219: r3 = r10
  220: r3 += -96
  221: r4 = 0
  222: call bpf_map_update_elem
      ; v75: bit<32> = const 0
      ; v76: bit<32> = const 1
      ; count counter0[v75] += v76
  223: goto +30
      ; v36: bool = read var13
  224: if r8 == 0 goto +17
      ; v37: bit<32> = read var8
  225: r1 = *(u64 *)(r10 -152)
  226: r1 = be32 r1
      ; v38: bit<32> = read var9
  227: r2 = *(u64 *)(r10 -192)
  228: r2 = be32 r2
      ; v39: bit<16> = read var10
  229: r3 = *(u64 *)(r10 -200)
  230: r3 = be16 r3
      ; v40: bit<16> = read var11
  231: r4 = *(u64 *)(r10 -208)
  232: r4 = be16 r4
      ; map_delete map0(v37, v38, v39, v40)
  233: *(u32 *)(r10 -48) = r1
  234: *(u32 *)(r10 -44) = r2
  235: *(u16 *)(r10 -40) = r3
  236: *(u16 *)(r10 -38) = r4
  237: r1 = map[pipe_conns] ll
  239: r2 = r10
  240: r2 += -48
  241: call bpf_map_delete_elem
      ; v41: bool = read var7
  242: r1 = *(u64 *)(r10 -144)
  243: if r1 != 0 goto +10
      ; v44: bool = read var13
  244: if r8 != 0 goto +1
      ; v47: bit<8> = const 1
  245: goto +4
      ; v45: bit<32> = const 1
      ; v46: bit<32> = const 1
      ; count counter0[v45] += v46
  246: *(u32 *)(r10 -48) = 1
  247: goto +7
      ; v7: bool = read var7
  248: r1 = *(u64 *)(r10 -144)
  249: if r1 != 0 goto +4
      ; v10: bit<8> = const 1
  250: r1 = 1
      ; write var6, v10
  251: *(u64 *)(r10 -184) = r1
      ; v11: bit<32> = const 2
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  252: *(u32 *)(r10 -48) = 2
  253: goto +1
      ; v8: bit<32> = const 0
      ; v9: bit<32> = const 1
      ; count counter0[v8] += v9
  254: *(u32 *)(r10 -48) = 0
  255: r1 = map[pipe_fw_stats] ll
  257: r2 = r10
  258: r2 += -48
  259: call bpf_map_lookup_elem
  260: r2 = r0
  261: if r2 == 0 goto +29
  262: r1 = *(u64 *)(r2 +0)
  263: r1 += 1
  264: *(u64 *)(r2 +0) = r1
  265: r1 = *(u64 *)(r2 +8)
  266: r3 = *(u64 *)(r10 -160)
  267: r1 += r3
  268: *(u64 *)(r2 +8) = r1
  269: goto +21
      ; drop
  270: r2 = *(u64 *)(r10 -168)
  271: r1 = *(u64 *)(r10 -176)
  272: *(u64 *)(r10 -112) = r2
  273: *(u64 *)(r10 -120) = r1
  274: r1 = *(u64 *)(r10 -8)
  275: r2 = 0xfffffffffffffff8 ll
  277: call bpf_xdp_adjust_meta
  278: if r0 != 0 goto +10
  279: r1 = *(u64 *)(r10 -8)
  280: r3 = *(u32 *)(r1 +8)
  281: r2 = *(u32 *)(r1 +0)
  282: r1 = r3
  283: r1 += 8
  284: if r1 > r2 goto +4
  285: r1 = *(u64 *)(r10 -112)
  286: *(u32 *)(r3 +0) = r1
  287: r1 = *(u64 *)(r10 -120)
  288: *(u32 *)(r3 +4) = r1
  289: r0 = 1
  290: exit
      ; epilogue: verdict
  291: r2 = *(u64 *)(r10 -168)
  292: r1 = *(u64 *)(r10 -176)
  293: *(u64 *)(r10 -128) = r2
  294: *(u64 *)(r10 -136) = r1
  295: r1 = *(u64 *)(r10 -8)
  296: r2 = 0xfffffffffffffff8 ll
  298: call bpf_xdp_adjust_meta
  299: if r0 != 0 goto +10
  300: r1 = *(u64 *)(r10 -8)
  301: r2 = *(u32 *)(r1 +8)
  302: r3 = *(u32 *)(r1 +0)
  303: r1 = r2
  304: r1 += 8
  305: if r1 > r3 goto +4
  306: r1 = *(u64 *)(r10 -128)
  307: *(u32 *)(r2 +0) = r1
  308: r1 = *(u64 *)(r10 -136)
  309: *(u32 *)(r2 +4) = r1
  310: r1 = *(u64 *)(r10 -184)
  311: if r1 != 0 goto +2
  312: r0 = 2
  313: exit
  314: if r1 != 2 goto +4
  315: r1 = *(u64 *)(r10 -176)
  316: r2 = 0
  317: call bpf_redirect
  318: exit
  319: r0 = 1
  320: exit
