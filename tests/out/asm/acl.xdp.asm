; acl for xdp: 318 instructions, stack 192 bytes, 7 maps
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
   22: if r9 > r7 goto +249
      ; v0: bit<16> = read_field hdr0.etherType
   23: r1 = *(u16 *)(r6 +12)
   24: if r1 != 8 goto +33
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +244
      ; v1: bit<4> = read_field hdr1.ihl
   28: r1 = *(u8 *)(r6 +14)
   29: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   30: if r1 < 5 goto +241
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
   40: if r1 > 16383 goto +231
   41: r9 = r6
   42: r9 += r1
   43: if r9 > r7 goto +228
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
   53: if r9 > r7 goto +218
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
   58: if r8 == 0 goto +197
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
   87: if r8 == 0 goto +6
   88: if r8 == 1 goto +2
   89: if r8 == 2 goto +19
   90: goto +18
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
      ; write var8, v10
   91: *(u64 *)(r10 -192) = 1
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   92: *(u32 *)(r10 -48) = r1
   93: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   94: *(u32 *)(r10 -48) = r2
   95: r1 = map[pipe_rule_stats] ll
   97: r2 = r10
   98: r2 += -48
   99: call bpf_map_lookup_elem
  100: r2 = r0
  101: if r2 == 0 goto +7
  102: r1 = *(u64 *)(r2 +0)
  103: r1 += 1
  104: *(u64 *)(r2 +0) = r1
  105: r1 = *(u64 *)(r2 +8)
  106: r3 = *(u64 *)(r10 -168)
  107: r1 += r3
  108: *(u64 *)(r2 +8) = r1
  109: if r8 == 0 goto +183
  110: if r8 == 1 goto +182
      ; v12: bit<8> = read_field hdr1.protocol
  111: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  112: r2 = *(u64 *)(r10 -152)
      ; v14: bit<16> = read var3
  113: r3 = *(u64 *)(r10 -160)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  114: *(u64 *)(r10 -48) = 0
  115: *(u8 *)(r10 -48) = r1
  116: *(u8 *)(r10 -47) = r2
  117: r2 >>= 8
  118: *(u8 *)(r10 -46) = r2
  119: *(u8 *)(r10 -45) = r3
  120: r3 >>= 8
  121: *(u8 *)(r10 -44) = r3
  122: *(u64 *)(r10 -104) = 0
  123: *(u32 *)(r10 -112) = 0
  124: r1 = map[pipe_acl_rules_masks] ll
  126: r2 = r10
  127: r2 += -112
  128: call bpf_map_lookup_elem
  129: r3 = r0
  130: if r3 == 0 goto +29
  131: r1 = *(u32 *)(r3 +0)
  132: if r1 == 0 goto +27
  133: r1 = *(u32 *)(r10 -112)
  134: *(u32 *)(r10 -80) = r1
  135: r2 = *(u32 *)(r10 -48)
  136: r1 = *(u32 *)(r3 +8)
  137: r2 &= r1
  138: *(u32 *)(r10 -76) = r2
  139: r1 = *(u32 *)(r10 -44)
  140: r2 = *(u32 *)(r3 +12)
  141: r1 &= r2
  142: *(u32 *)(r10 -72) = r1
  143: r1 = map[pipe_acl_rules] ll
  145: r2 = r10
  146: r2 += -80
  147: call bpf_map_lookup_elem
  148: r3 = r0
  149: if r3 == 0 goto +6
  150: r1 = *(u64 *)(r10 -104)
  151: if r1 == 0 goto +3
  152: r2 = *(u32 *)(r3 +4)
  153: r1 = *(u32 *)(r1 +4)
  154: if r2 <= r1 goto +1
  155: *(u64 *)(r10 -104) = r3
  156: r1 = *(u32 *)(r10 -112)
  157: r1 += 1
  158: *(u32 *)(r10 -112) = r1
  159: if r1 < 16 goto -36
  160: r1 = *(u64 *)(r10 -104)
  161: if r1 != 0 goto +13
  162: *(u32 *)(r10 -48) = 0
  163: r1 = map[pipe_acl_rules_default] ll
  165: r2 = r10
  166: r2 += -48
  167: call bpf_map_lookup_elem
  168: r1 = r0
  169: if r1 != 0 goto +6
  170: r8 = 2
  171: r3 = 0
  172: r2 = 0
  173: r1 = 0
  174: goto +8
  175: r1 = *(u64 *)(r10 -104)
  176: r8 = *(u32 *)(r1 +0)
  177: r3 = *(u32 *)(r1 +8)
  178: r3 = be32 r3
  179: r2 = *(u32 *)(r1 +12)
  180: r2 = be32 r2
  181: r1 = *(u32 *)(r1 +16)
  182: r1 = be32 r1
  183: if r8 == 3 goto +23
  184: if r8 == 1 goto +5
  185: if r8 == 4 goto +2
  186: if r8 == 2 goto +36
  187: goto +35
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  188: *(u32 *)(r10 -48) = r1
  189: goto +2
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
      ; write var8, v22
  190: *(u64 *)(r10 -192) = 1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  191: *(u32 *)(r10 -48) = r2
  192: r1 = map[pipe_rule_stats] ll
  194: r2 = r10
  195: r2 += -48
  196: call bpf_map_lookup_elem
  197: r2 = r0
  198: if r2 == 0 goto +24
  199: r1 = *(u64 *)(r2 +0)
  200: r1 += 1
  201: *(u64 *)(r2 +0) = r1
  202: r1 = *(u64 *)(r2 +8)
  203: r3 = *(u64 *)(r10 -168)
  204: r1 += r3
  205: *(u64 *)(r2 +8) = r1
  206: goto +16
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
      ; write var8, v20
  207: *(u64 *)(r10 -192) = 0
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  208: *(u32 *)(r10 -48) = r3
  209: r1 = map[pipe_rule_stats] ll
  211: r2 = r10
  212: r2 += -48
  213: call bpf_map_lookup_elem
  214: r2 = r0
  215: if r2 == 0 goto +7
  216: r1 = *(u64 *)(r2 +0)
  217: r1 += 1
  218: *(u64 *)(r2 +0) = r1
  219: r1 = *(u64 *)(r2 +8)
  220: r3 = *(u64 *)(r10 -168)
  221: r1 += r3
  222: *(u64 *)(r2 +8) = r1
  223: if r8 == 3 goto +69
  224: if r8 == 1 goto +68
      ; v25: bit<8> = read_field hdr1.protocol
  225: r1 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  226: r2 = *(u64 *)(r10 -160)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  227: *(u64 *)(r10 -48) = 0
  228: *(u8 *)(r10 -48) = r1
  229: *(u8 *)(r10 -47) = r2
  230: r2 >>= 8
  231: *(u8 *)(r10 -46) = r2
  232: r1 = map[pipe_service_allow] ll
  234: r2 = r10
  235: r2 += -48
  236: call bpf_map_lookup_elem
  237: r1 = r0
  238: if r1 != 0 goto +4
  239: r3 = 1
  240: r2 = 0
  241: r1 = 2
  242: goto +5
  243: r3 = *(u32 *)(r1 +0)
  244: r2 = *(u32 *)(r1 +4)
  245: r2 = be32 r2
  246: r1 = *(u32 *)(r1 +8)
  247: r1 = be32 r1
  248: if r3 == 3 goto +4
  249: if r3 != 1 goto +43
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
      ; write var8, v33
  250: *(u64 *)(r10 -192) = 1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  251: *(u32 *)(r10 -48) = r1
  252: goto +4
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
      ; write var8, v31
  253: *(u64 *)(r10 -192) = 0
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  254: *(u32 *)(r10 -48) = r2
  255: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  256: *(u32 *)(r10 -48) = 1
  257: r1 = map[pipe_rule_stats] ll
  259: r2 = r10
  260: r2 += -48
  261: call bpf_map_lookup_elem
  262: r2 = r0
  263: if r2 == 0 goto +29
  264: r1 = *(u64 *)(r2 +0)
  265: r1 += 1
  266: *(u64 *)(r2 +0) = r1
  267: r1 = *(u64 *)(r2 +8)
  268: r3 = *(u64 *)(r10 -168)
  269: r1 += r3
  270: *(u64 *)(r2 +8) = r1
  271: goto +21
      ; drop
  272: r2 = *(u64 *)(r10 -176)
  273: r1 = *(u64 *)(r10 -184)
  274: *(u64 *)(r10 -120) = r2
  275: *(u64 *)(r10 -128) = r1
  276: r1 = *(u64 *)(r10 -8)
  277: r2 = 0xfffffffffffffff8 ll
  279: call bpf_xdp_adjust_meta
  280: if r0 != 0 goto +10
  281: r1 = *(u64 *)(r10 -8)
  282: r3 = *(u32 *)(r1 +8)
  283: r2 = *(u32 *)(r1 +0)
  284: r1 = r3
  285: r1 += 8
  286: if r1 > r2 goto +4
  287: r1 = *(u64 *)(r10 -120)
  288: *(u32 *)(r3 +0) = r1
  289: r1 = *(u64 *)(r10 -128)
  290: *(u32 *)(r3 +4) = r1
  291: r0 = 1
  292: exit
      ; epilogue: verdict
  293: r2 = *(u64 *)(r10 -176)
  294: r1 = *(u64 *)(r10 -184)
  295: *(u64 *)(r10 -136) = r2
  296: *(u64 *)(r10 -144) = r1
  297: r1 = *(u64 *)(r10 -8)
  298: r2 = 0xfffffffffffffff8 ll
  300: call bpf_xdp_adjust_meta
  301: if r0 != 0 goto +10
  302: r1 = *(u64 *)(r10 -8)
  303: r3 = *(u32 *)(r1 +8)
  304: r2 = *(u32 *)(r1 +0)
  305: r1 = r3
  306: r1 += 8
  307: if r1 > r2 goto +4
  308: r1 = *(u64 *)(r10 -136)
  309: *(u32 *)(r3 +0) = r1
  310: r1 = *(u64 *)(r10 -144)
  311: *(u32 *)(r3 +4) = r1
  312: r1 = *(u64 *)(r10 -192)
  313: if r1 != 0 goto +2
  314: r0 = 2
  315: exit
  316: r0 = 1
  317: exit
