; acl for xdp: 332 instructions, stack 192 bytes, 7 maps
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
   22: if r9 > r7 goto +258
      ; v0: bit<16> = read_field hdr0.etherType
   23: r1 = *(u16 *)(r6 +12)
   24: if r1 != 8 goto +33
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +253
      ; v1: bit<4> = read_field hdr1.ihl
   28: r1 = *(u8 *)(r6 +14)
   29: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   30: if r1 < 5 goto +250
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
   40: if r1 > 16383 goto +240
   41: r9 = r6
   42: r9 += r1
   43: if r9 > r7 goto +237
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
   53: if r9 > r7 goto +227
      ; v12: bit<16> = read_field hdr2.srcPort
   54: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   55: *(u64 *)(r10 -152) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   56: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   57: *(u64 *)(r10 -160) = r1
      ; v0: bool = is_valid hdr1
   58: r1 = 0
   59: if r8 == 0 goto +1
   60: r1 = 1
      ; v1: bool = not v0
   61: r1 ^= 1
   62: if r1 != 0 goto +202
      ; v4: bit<32> = read_field hdr1.srcAddr
   63: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   64: *(u64 *)(r10 -48) = 0
   65: *(u32 *)(r10 -44) = r1
   66: *(u32 *)(r10 -48) = 32
   67: r1 = map[pipe_src_prefix] ll
   69: r2 = r10
   70: r2 += -48
   71: call bpf_map_lookup_elem
   72: r1 = r0
   73: if r1 != 0 goto +12
   74: *(u32 *)(r10 -48) = 0
   75: r1 = map[pipe_src_prefix_default] ll
   77: r2 = r10
   78: r2 += -48
   79: call bpf_map_lookup_elem
   80: r1 = r0
   81: if r1 != 0 goto +4
   82: r8 = 2
   83: r2 = 0
   84: r1 = 0
   85: goto +5
   86: r8 = *(u32 *)(r1 +0)
   87: r2 = *(u32 *)(r1 +4)
   88: r2 = be32 r2
   89: r1 = *(u32 *)(r1 +8)
   90: r1 = be32 r1
   91: if r8 == 0 goto +7
   92: if r8 == 1 goto +2
   93: if r8 == 2 goto +20
   94: goto +19
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
   95: r2 = 1
      ; write var8, v10
   96: *(u64 *)(r10 -192) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   97: *(u32 *)(r10 -48) = r1
   98: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   99: *(u32 *)(r10 -48) = r2
  100: r1 = map[pipe_rule_stats] ll
  102: r2 = r10
  103: r2 += -48
  104: call bpf_map_lookup_elem
  105: r2 = r0
  106: if r2 == 0 goto +7
  107: r1 = *(u64 *)(r2 +0)
  108: r1 += 1
  109: *(u64 *)(r2 +0) = r1
  110: r1 = *(u64 *)(r2 +8)
  111: r3 = *(u64 *)(r10 -168)
  112: r1 += r3
  113: *(u64 *)(r2 +8) = r1
  114: if r8 == 0 goto +187
  115: if r8 == 1 goto +186
      ; v12: bit<8> = read_field hdr1.protocol
  116: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  117: r2 = *(u64 *)(r10 -152)
      ; v14: bit<16> = read var3
  118: r3 = *(u64 *)(r10 -160)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  119: *(u64 *)(r10 -48) = 0
  120: *(u8 *)(r10 -48) = r1
  121: *(u8 *)(r10 -47) = r2
  122: r2 >>= 8
  123: *(u8 *)(r10 -46) = r2
  124: *(u8 *)(r10 -45) = r3
  125: r3 >>= 8
  126: *(u8 *)(r10 -44) = r3
  127: *(u64 *)(r10 -104) = 0
  128: *(u32 *)(r10 -112) = 0
  129: r1 = map[pipe_acl_rules_masks] ll
  131: r2 = r10
  132: r2 += -112
  133: call bpf_map_lookup_elem
  134: r3 = r0
  135: if r3 == 0 goto +29
  136: r1 = *(u32 *)(r3 +0)
  137: if r1 == 0 goto +27
  138: r1 = *(u32 *)(r10 -112)
  139: *(u32 *)(r10 -80) = r1
  140: r2 = *(u32 *)(r10 -48)
  141: r1 = *(u32 *)(r3 +8)
  142: r2 &= r1
  143: *(u32 *)(r10 -76) = r2
  144: r1 = *(u32 *)(r10 -44)
  145: r2 = *(u32 *)(r3 +12)
  146: r1 &= r2
  147: *(u32 *)(r10 -72) = r1
  148: r1 = map[pipe_acl_rules] ll
  150: r2 = r10
  151: r2 += -80
  152: call bpf_map_lookup_elem
  153: r3 = r0
  154: if r3 == 0 goto +6
  155: r1 = *(u64 *)(r10 -104)
  156: if r1 == 0 goto +3
  157: r2 = *(u32 *)(r3 +4)
  158: r1 = *(u32 *)(r1 +4)
  159: if r2 <= r1 goto +1
  160: *(u64 *)(r10 -104) = r3
  161: r1 = *(u32 *)(r10 -112)
  162: r1 += 1
  163: *(u32 *)(r10 -112) = r1
  164: if r1 < 16 goto -36
  165: r1 = *(u64 *)(r10 -104)
  166: if r1 != 0 goto +13
  167: *(u32 *)(r10 -48) = 0
  168: r1 = map[pipe_acl_rules_default] ll
  170: r2 = r10
  171: r2 += -48
  172: call bpf_map_lookup_elem
  173: r1 = r0
  174: if r1 != 0 goto +6
  175: r8 = 2
  176: r3 = 0
  177: r2 = 0
  178: r1 = 0
  179: goto +8
  180: r1 = *(u64 *)(r10 -104)
  181: r8 = *(u32 *)(r1 +0)
  182: r3 = *(u32 *)(r1 +8)
  183: r3 = be32 r3
  184: r2 = *(u32 *)(r1 +12)
  185: r2 = be32 r2
  186: r1 = *(u32 *)(r1 +16)
  187: r1 = be32 r1
  188: if r8 == 3 goto +24
  189: if r8 == 1 goto +5
  190: if r8 == 4 goto +2
  191: if r8 == 2 goto +38
  192: goto +37
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  193: *(u32 *)(r10 -48) = r1
  194: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  195: r1 = 1
      ; write var8, v22
  196: *(u64 *)(r10 -192) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  197: *(u32 *)(r10 -48) = r2
  198: r1 = map[pipe_rule_stats] ll
  200: r2 = r10
  201: r2 += -48
  202: call bpf_map_lookup_elem
  203: r2 = r0
  204: if r2 == 0 goto +25
  205: r1 = *(u64 *)(r2 +0)
  206: r1 += 1
  207: *(u64 *)(r2 +0) = r1
  208: r1 = *(u64 *)(r2 +8)
  209: r3 = *(u64 *)(r10 -168)
  210: r1 += r3
  211: *(u64 *)(r2 +8) = r1
  212: goto +17
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  213: r1 = 0
      ; write var8, v20
  214: *(u64 *)(r10 -192) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  215: *(u32 *)(r10 -48) = r3
  216: r1 = map[pipe_rule_stats] ll
  218: r2 = r10
  219: r2 += -48
  220: call bpf_map_lookup_elem
  221: r2 = r0
  222: if r2 == 0 goto +7
  223: r1 = *(u64 *)(r2 +0)
  224: r1 += 1
  225: *(u64 *)(r2 +0) = r1
  226: r1 = *(u64 *)(r2 +8)
  227: r3 = *(u64 *)(r10 -168)
  228: r1 += r3
  229: *(u64 *)(r2 +8) = r1
  230: if r8 == 3 goto +71
  231: if r8 == 1 goto +70
      ; v25: bit<8> = read_field hdr1.protocol
  232: r1 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  233: r2 = *(u64 *)(r10 -160)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  234: *(u64 *)(r10 -48) = 0
  235: *(u8 *)(r10 -48) = r1
  236: *(u8 *)(r10 -47) = r2
  237: r2 >>= 8
  238: *(u8 *)(r10 -46) = r2
  239: r1 = map[pipe_service_allow] ll
  241: r2 = r10
  242: r2 += -48
  243: call bpf_map_lookup_elem
  244: r1 = r0
  245: if r1 != 0 goto +4
  246: r3 = 1
  247: r2 = 0
  248: r1 = 2
  249: goto +5
  250: r3 = *(u32 *)(r1 +0)
  251: r2 = *(u32 *)(r1 +4)
  252: r2 = be32 r2
  253: r1 = *(u32 *)(r1 +8)
  254: r1 = be32 r1
  255: if r3 == 3 goto +5
  256: if r3 != 1 goto +45
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  257: r2 = 1
      ; write var8, v33
  258: *(u64 *)(r10 -192) = r2
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  259: *(u32 *)(r10 -48) = r1
  260: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  261: r1 = 0
      ; write var8, v31
  262: *(u64 *)(r10 -192) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  263: *(u32 *)(r10 -48) = r2
  264: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  265: *(u32 *)(r10 -48) = 1
  266: r1 = map[pipe_rule_stats] ll
  268: r2 = r10
  269: r2 += -48
  270: call bpf_map_lookup_elem
  271: r2 = r0
  272: if r2 == 0 goto +29
  273: r1 = *(u64 *)(r2 +0)
  274: r1 += 1
  275: *(u64 *)(r2 +0) = r1
  276: r1 = *(u64 *)(r2 +8)
  277: r3 = *(u64 *)(r10 -168)
  278: r1 += r3
  279: *(u64 *)(r2 +8) = r1
  280: goto +21
      ; drop
  281: r2 = *(u64 *)(r10 -176)
  282: r1 = *(u64 *)(r10 -184)
  283: *(u64 *)(r10 -120) = r2
  284: *(u64 *)(r10 -128) = r1
  285: r1 = *(u64 *)(r10 -8)
  286: r2 = 0xfffffffffffffff8 ll
  288: call bpf_xdp_adjust_meta
  289: if r0 != 0 goto +10
  290: r1 = *(u64 *)(r10 -8)
  291: r3 = *(u32 *)(r1 +8)
  292: r2 = *(u32 *)(r1 +0)
  293: r1 = r3
  294: r1 += 8
  295: if r1 > r2 goto +4
  296: r1 = *(u64 *)(r10 -120)
  297: *(u32 *)(r3 +0) = r1
  298: r1 = *(u64 *)(r10 -128)
  299: *(u32 *)(r3 +4) = r1
  300: r0 = 1
  301: exit
      ; epilogue: verdict
  302: r2 = *(u64 *)(r10 -176)
  303: r1 = *(u64 *)(r10 -184)
  304: *(u64 *)(r10 -136) = r2
  305: *(u64 *)(r10 -144) = r1
  306: r1 = *(u64 *)(r10 -8)
  307: r2 = 0xfffffffffffffff8 ll
  309: call bpf_xdp_adjust_meta
  310: if r0 != 0 goto +10
  311: r1 = *(u64 *)(r10 -8)
  312: r2 = *(u32 *)(r1 +8)
  313: r3 = *(u32 *)(r1 +0)
  314: r1 = r2
  315: r1 += 8
  316: if r1 > r3 goto +4
  317: r1 = *(u64 *)(r10 -136)
  318: *(u32 *)(r2 +0) = r1
  319: r1 = *(u64 *)(r10 -144)
  320: *(u32 *)(r2 +4) = r1
  321: r1 = *(u64 *)(r10 -192)
  322: if r1 != 0 goto +2
  323: r0 = 2
  324: exit
  325: if r1 != 2 goto +4
  326: r1 = *(u64 *)(r10 -184)
  327: r2 = 0
  328: call bpf_redirect
  329: exit
  330: r0 = 1
  331: exit
