; acl for xdp: 323 instructions, stack 192 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -152) = 0
    7: *(u64 *)(r10 -160) = 0
    8: *(u64 *)(r10 -176) = 0
    9: *(u64 *)(r10 -184) = 0
   10: *(u64 *)(r10 -192) = 0
   11: r2 = *(u32 *)(r3 +8)
   12: r1 = r2
   13: r1 += 8
   14: if r1 > r6 goto +2
   15: r1 = *(u32 *)(r2 +0)
   16: *(u64 *)(r10 -176) = r1
   17: r1 = r3
   18: call bpf_xdp_get_buff_len
   19: r1 = r0
   20: *(u64 *)(r10 -168) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   21: r9 += 14
   22: if r9 > r7 goto +254
      ; v0: bit<16> = read_field hdr0.etherType
   23: r1 = *(u16 *)(r6 +12)
   24: if r1 != 8 goto +33
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +249
      ; v1: bit<4> = read_field hdr1.ihl
   28: r1 = *(u8 *)(r6 +14)
   29: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   30: if r1 < 5 goto +246
      ; v4: bit<4> = read_field hdr1.ihl
   31: r1 = *(u8 *)(r6 +14)
   32: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   33: r1 -= 5
   34: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   35: r1 *= 32
   36: w1 = w1
      ; advance v9
   37: r1 >>= 3
   38: r9 -= r6
   39: r1 += r9
   40: if r1 > 16383 goto +236
   41: r9 = r6
   42: r9 += r1
   43: if r9 > r7 goto +233
      ; v10: bit<13> = read_field hdr1.fragOffset
   44: r2 = *(u16 *)(r6 +20)
   45: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   46: r1 = *(u8 *)(r6 +23)
   47: if r2 != 0 goto +1
   48: if r1 == 6 goto +2
   49: if r2 != 0 goto +8
   50: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   51: r1 = r9
   52: r9 += 4
   53: if r9 > r7 goto +223
      ; v12: bit<16> = read_field hdr2.srcPort
   54: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   55: *(u64 *)(r10 -152) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   56: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   57: *(u64 *)(r10 -160) = r1
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
   58: if r8 == 0 goto +202
      ; v4: bit<32> = read_field hdr1.srcAddr
   59: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   60: *(u64 *)(r10 -48) = 0
   61: *(u32 *)(r10 -44) = r1
   62: *(u32 *)(r10 -48) = 32
   63: r1 = map[pipe_src_prefix] ll
   65: r2 = r10
   66: r2 += -48
   67: call bpf_map_lookup_elem
   68: r1 = r0
   69: if r1 != 0 goto +12
   70: *(u32 *)(r10 -48) = 0
   71: r1 = map[pipe_src_prefix_default] ll
   73: r2 = r10
   74: r2 += -48
   75: call bpf_map_lookup_elem
   76: r1 = r0
   77: if r1 != 0 goto +4
   78: r8 = 2
   79: r2 = 0
   80: r1 = 0
   81: goto +5
   82: r8 = *(u32 *)(r1 +0)
   83: r2 = *(u32 *)(r1 +4)
   84: r2 = be32 r2
   85: r1 = *(u32 *)(r1 +8)
   86: r1 = be32 r1
   87: if r8 == 0 goto +7
   88: if r8 == 1 goto +2
   89: if r8 == 2 goto +20
   90: goto +19
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
   91: r2 = 1
      ; write var8, v10
   92: *(u64 *)(r10 -192) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   93: *(u32 *)(r10 -48) = r1
   94: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   95: *(u32 *)(r10 -48) = r2
   96: r1 = map[pipe_rule_stats] ll
   98: r2 = r10
   99: r2 += -48
  100: call bpf_map_lookup_elem
  101: r2 = r0
  102: if r2 == 0 goto +7
  103: r1 = *(u64 *)(r2 +0)
  104: r1 += 1
  105: *(u64 *)(r2 +0) = r1
  106: r1 = *(u64 *)(r2 +8)
  107: r3 = *(u64 *)(r10 -168)
  108: r1 += r3
  109: *(u64 *)(r2 +8) = r1
  110: if r8 == 0 goto +187
  111: if r8 == 1 goto +186
      ; v12: bit<8> = read_field hdr1.protocol
  112: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  113: r2 = *(u64 *)(r10 -152)
      ; v14: bit<16> = read var3
  114: r3 = *(u64 *)(r10 -160)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  115: *(u64 *)(r10 -48) = 0
  116: *(u8 *)(r10 -48) = r1
  117: *(u8 *)(r10 -47) = r2
  118: r2 >>= 8
  119: *(u8 *)(r10 -46) = r2
  120: *(u8 *)(r10 -45) = r3
  121: r3 >>= 8
  122: *(u8 *)(r10 -44) = r3
  123: *(u64 *)(r10 -104) = 0
  124: *(u32 *)(r10 -112) = 0
  125: r1 = map[pipe_acl_rules_masks] ll
  127: r2 = r10
  128: r2 += -112
  129: call bpf_map_lookup_elem
  130: r3 = r0
  131: if r3 == 0 goto +29
  132: r1 = *(u32 *)(r3 +0)
  133: if r1 == 0 goto +27
  134: r1 = *(u32 *)(r10 -112)
  135: *(u32 *)(r10 -80) = r1
  136: r2 = *(u32 *)(r10 -48)
  137: r1 = *(u32 *)(r3 +8)
  138: r2 &= r1
  139: *(u32 *)(r10 -76) = r2
  140: r1 = *(u32 *)(r10 -44)
  141: r2 = *(u32 *)(r3 +12)
  142: r1 &= r2
  143: *(u32 *)(r10 -72) = r1
  144: r1 = map[pipe_acl_rules] ll
  146: r2 = r10
  147: r2 += -80
  148: call bpf_map_lookup_elem
  149: r3 = r0
  150: if r3 == 0 goto +6
  151: r1 = *(u64 *)(r10 -104)
  152: if r1 == 0 goto +3
  153: r2 = *(u32 *)(r3 +4)
  154: r1 = *(u32 *)(r1 +4)
  155: if r2 <= r1 goto +1
  156: *(u64 *)(r10 -104) = r3
  157: r1 = *(u32 *)(r10 -112)
  158: r1 += 1
  159: *(u32 *)(r10 -112) = r1
  160: if r1 < 16 goto -36
  161: r1 = *(u64 *)(r10 -104)
  162: if r1 != 0 goto +13
  163: *(u32 *)(r10 -48) = 0
  164: r1 = map[pipe_acl_rules_default] ll
  166: r2 = r10
  167: r2 += -48
  168: call bpf_map_lookup_elem
  169: r1 = r0
  170: if r1 != 0 goto +6
  171: r8 = 2
  172: r3 = 0
  173: r2 = 0
  174: r1 = 0
  175: goto +8
  176: r1 = *(u64 *)(r10 -104)
  177: r8 = *(u32 *)(r1 +0)
  178: r3 = *(u32 *)(r1 +8)
  179: r3 = be32 r3
  180: r2 = *(u32 *)(r1 +12)
  181: r2 = be32 r2
  182: r1 = *(u32 *)(r1 +16)
  183: r1 = be32 r1
  184: if r8 == 3 goto +24
  185: if r8 == 1 goto +5
  186: if r8 == 4 goto +2
  187: if r8 == 2 goto +38
  188: goto +37
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  189: *(u32 *)(r10 -48) = r1
  190: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  191: r1 = 1
      ; write var8, v22
  192: *(u64 *)(r10 -192) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  193: *(u32 *)(r10 -48) = r2
  194: r1 = map[pipe_rule_stats] ll
  196: r2 = r10
  197: r2 += -48
  198: call bpf_map_lookup_elem
  199: r2 = r0
  200: if r2 == 0 goto +25
  201: r1 = *(u64 *)(r2 +0)
  202: r1 += 1
  203: *(u64 *)(r2 +0) = r1
  204: r1 = *(u64 *)(r2 +8)
  205: r3 = *(u64 *)(r10 -168)
  206: r1 += r3
  207: *(u64 *)(r2 +8) = r1
  208: goto +17
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  209: r1 = 0
      ; write var8, v20
  210: *(u64 *)(r10 -192) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  211: *(u32 *)(r10 -48) = r3
  212: r1 = map[pipe_rule_stats] ll
  214: r2 = r10
  215: r2 += -48
  216: call bpf_map_lookup_elem
  217: r2 = r0
  218: if r2 == 0 goto +7
  219: r1 = *(u64 *)(r2 +0)
  220: r1 += 1
  221: *(u64 *)(r2 +0) = r1
  222: r1 = *(u64 *)(r2 +8)
  223: r3 = *(u64 *)(r10 -168)
  224: r1 += r3
  225: *(u64 *)(r2 +8) = r1
  226: if r8 == 3 goto +71
  227: if r8 == 1 goto +70
      ; v25: bit<8> = read_field hdr1.protocol
  228: r1 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  229: r2 = *(u64 *)(r10 -160)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  230: *(u64 *)(r10 -48) = 0
  231: *(u8 *)(r10 -48) = r1
  232: *(u8 *)(r10 -47) = r2
  233: r2 >>= 8
  234: *(u8 *)(r10 -46) = r2
  235: r1 = map[pipe_service_allow] ll
  237: r2 = r10
  238: r2 += -48
  239: call bpf_map_lookup_elem
  240: r1 = r0
  241: if r1 != 0 goto +4
  242: r3 = 1
  243: r2 = 0
  244: r1 = 2
  245: goto +5
  246: r3 = *(u32 *)(r1 +0)
  247: r2 = *(u32 *)(r1 +4)
  248: r2 = be32 r2
  249: r1 = *(u32 *)(r1 +8)
  250: r1 = be32 r1
  251: if r3 == 3 goto +5
  252: if r3 != 1 goto +45
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  253: r2 = 1
      ; write var8, v33
  254: *(u64 *)(r10 -192) = r2
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  255: *(u32 *)(r10 -48) = r1
  256: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  257: r1 = 0
      ; write var8, v31
  258: *(u64 *)(r10 -192) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  259: *(u32 *)(r10 -48) = r2
  260: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  261: *(u32 *)(r10 -48) = 1
  262: r1 = map[pipe_rule_stats] ll
  264: r2 = r10
  265: r2 += -48
  266: call bpf_map_lookup_elem
  267: r2 = r0
  268: if r2 == 0 goto +29
  269: r1 = *(u64 *)(r2 +0)
  270: r1 += 1
  271: *(u64 *)(r2 +0) = r1
  272: r1 = *(u64 *)(r2 +8)
  273: r3 = *(u64 *)(r10 -168)
  274: r1 += r3
  275: *(u64 *)(r2 +8) = r1
  276: goto +21
      ; drop
  277: r2 = *(u64 *)(r10 -176)
  278: r1 = *(u64 *)(r10 -184)
  279: *(u64 *)(r10 -120) = r2
  280: *(u64 *)(r10 -128) = r1
  281: r1 = *(u64 *)(r10 -8)
  282: r2 = 0xfffffffffffffff8 ll
  284: call bpf_xdp_adjust_meta
  285: if r0 != 0 goto +10
  286: r1 = *(u64 *)(r10 -8)
  287: r3 = *(u32 *)(r1 +8)
  288: r2 = *(u32 *)(r1 +0)
  289: r1 = r3
  290: r1 += 8
  291: if r1 > r2 goto +4
  292: r1 = *(u64 *)(r10 -120)
  293: *(u32 *)(r3 +0) = r1
  294: r1 = *(u64 *)(r10 -128)
  295: *(u32 *)(r3 +4) = r1
  296: r0 = 1
  297: exit
      ; epilogue: verdict
  298: r2 = *(u64 *)(r10 -176)
  299: r1 = *(u64 *)(r10 -184)
  300: *(u64 *)(r10 -136) = r2
  301: *(u64 *)(r10 -144) = r1
  302: r1 = *(u64 *)(r10 -8)
  303: r2 = 0xfffffffffffffff8 ll
  305: call bpf_xdp_adjust_meta
  306: if r0 != 0 goto +10
  307: r1 = *(u64 *)(r10 -8)
  308: r3 = *(u32 *)(r1 +8)
  309: r2 = *(u32 *)(r1 +0)
  310: r1 = r3
  311: r1 += 8
  312: if r1 > r2 goto +4
  313: r1 = *(u64 *)(r10 -136)
  314: *(u32 *)(r3 +0) = r1
  315: r1 = *(u64 *)(r10 -144)
  316: *(u32 *)(r3 +4) = r1
  317: r1 = *(u64 *)(r10 -192)
  318: if r1 != 0 goto +2
  319: r0 = 2
  320: exit
  321: r0 = 1
  322: exit
