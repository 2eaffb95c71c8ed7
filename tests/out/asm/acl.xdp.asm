; acl for xdp: 335 instructions, stack 192 bytes, 7 maps
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
   22: if r9 > r7 goto +261
      ; v0: bit<16> = read_field hdr0.etherType
   23: r1 = *(u16 *)(r6 +12)
   24: if r1 != 8 goto +36
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +256
      ; v1: bit<4> = read_field hdr1.ihl
   28: r2 = *(u8 *)(r6 +14)
   29: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   30: r1 = 1
   31: if r2 >= 5 goto +1
   32: r1 = 0
      ; verify v3, error HeaderTooShort
   33: if r1 == 0 goto +250
      ; v4: bit<4> = read_field hdr1.ihl
   34: r1 = *(u8 *)(r6 +14)
   35: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   36: r1 -= 5
   37: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   38: r1 *= 32
   39: w1 = w1
      ; advance v9
   40: r1 >>= 3
   41: r9 -= r6
   42: r1 += r9
   43: if r1 > 16383 goto +240
   44: r9 = r6
   45: r9 += r1
   46: if r9 > r7 goto +237
      ; v10: bit<13> = read_field hdr1.fragOffset
   47: r2 = *(u16 *)(r6 +20)
   48: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   49: r1 = *(u8 *)(r6 +23)
   50: if r2 != 0 goto +1
   51: if r1 == 6 goto +2
   52: if r2 != 0 goto +8
   53: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   54: r1 = r9
   55: r9 += 4
   56: if r9 > r7 goto +227
      ; v12: bit<16> = read_field hdr2.srcPort
   57: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   58: *(u64 *)(r10 -152) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   59: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   60: *(u64 *)(r10 -160) = r1
      ; v0: bool = is_valid hdr1
   61: r1 = 0
   62: if r8 == 0 goto +1
   63: r1 = 1
      ; v1: bool = not v0
   64: r1 ^= 1
   65: if r1 != 0 goto +202
      ; v4: bit<32> = read_field hdr1.srcAddr
   66: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   67: *(u64 *)(r10 -48) = 0
   68: *(u32 *)(r10 -44) = r1
   69: *(u32 *)(r10 -48) = 32
   70: r1 = map[pipe_src_prefix] ll
   72: r2 = r10
   73: r2 += -48
   74: call bpf_map_lookup_elem
   75: r1 = r0
   76: if r1 != 0 goto +12
   77: *(u32 *)(r10 -48) = 0
   78: r1 = map[pipe_src_prefix_default] ll
   80: r2 = r10
   81: r2 += -48
   82: call bpf_map_lookup_elem
   83: r1 = r0
   84: if r1 != 0 goto +4
   85: r8 = 2
   86: r2 = 0
   87: r1 = 0
   88: goto +5
   89: r8 = *(u32 *)(r1 +0)
   90: r2 = *(u32 *)(r1 +4)
   91: r2 = be32 r2
   92: r1 = *(u32 *)(r1 +8)
   93: r1 = be32 r1
   94: if r8 == 0 goto +7
   95: if r8 == 1 goto +2
   96: if r8 == 2 goto +20
   97: goto +19
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
   98: r2 = 1
      ; write var8, v10
   99: *(u64 *)(r10 -192) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
  100: *(u32 *)(r10 -48) = r1
  101: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
  102: *(u32 *)(r10 -48) = r2
  103: r1 = map[pipe_rule_stats] ll
  105: r2 = r10
  106: r2 += -48
  107: call bpf_map_lookup_elem
  108: r2 = r0
  109: if r2 == 0 goto +7
  110: r1 = *(u64 *)(r2 +0)
  111: r1 += 1
  112: *(u64 *)(r2 +0) = r1
  113: r1 = *(u64 *)(r2 +8)
  114: r3 = *(u64 *)(r10 -168)
  115: r1 += r3
  116: *(u64 *)(r2 +8) = r1
  117: if r8 == 0 goto +187
  118: if r8 == 1 goto +186
      ; v12: bit<8> = read_field hdr1.protocol
  119: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  120: r2 = *(u64 *)(r10 -152)
      ; v14: bit<16> = read var3
  121: r3 = *(u64 *)(r10 -160)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  122: *(u64 *)(r10 -48) = 0
  123: *(u8 *)(r10 -48) = r1
  124: *(u8 *)(r10 -47) = r2
  125: r2 >>= 8
  126: *(u8 *)(r10 -46) = r2
  127: *(u8 *)(r10 -45) = r3
  128: r3 >>= 8
  129: *(u8 *)(r10 -44) = r3
  130: *(u64 *)(r10 -104) = 0
  131: *(u32 *)(r10 -112) = 0
  132: r1 = map[pipe_acl_rules_masks] ll
  134: r2 = r10
  135: r2 += -112
  136: call bpf_map_lookup_elem
  137: r3 = r0
  138: if r3 == 0 goto +29
  139: r1 = *(u32 *)(r3 +0)
  140: if r1 == 0 goto +27
  141: r1 = *(u32 *)(r10 -112)
  142: *(u32 *)(r10 -80) = r1
  143: r2 = *(u32 *)(r10 -48)
  144: r1 = *(u32 *)(r3 +8)
  145: r2 &= r1
  146: *(u32 *)(r10 -76) = r2
  147: r1 = *(u32 *)(r10 -44)
  148: r2 = *(u32 *)(r3 +12)
  149: r1 &= r2
  150: *(u32 *)(r10 -72) = r1
  151: r1 = map[pipe_acl_rules] ll
  153: r2 = r10
  154: r2 += -80
  155: call bpf_map_lookup_elem
  156: r3 = r0
  157: if r3 == 0 goto +6
  158: r1 = *(u64 *)(r10 -104)
  159: if r1 == 0 goto +3
  160: r2 = *(u32 *)(r3 +4)
  161: r1 = *(u32 *)(r1 +4)
  162: if r2 <= r1 goto +1
  163: *(u64 *)(r10 -104) = r3
  164: r1 = *(u32 *)(r10 -112)
  165: r1 += 1
  166: *(u32 *)(r10 -112) = r1
  167: if r1 < 16 goto -36
  168: r1 = *(u64 *)(r10 -104)
  169: if r1 != 0 goto +13
  170: *(u32 *)(r10 -48) = 0
  171: r1 = map[pipe_acl_rules_default] ll
  173: r2 = r10
  174: r2 += -48
  175: call bpf_map_lookup_elem
  176: r1 = r0
  177: if r1 != 0 goto +6
  178: r8 = 2
  179: r3 = 0
  180: r2 = 0
  181: r1 = 0
  182: goto +8
  183: r1 = *(u64 *)(r10 -104)
  184: r8 = *(u32 *)(r1 +0)
  185: r3 = *(u32 *)(r1 +8)
  186: r3 = be32 r3
  187: r2 = *(u32 *)(r1 +12)
  188: r2 = be32 r2
  189: r1 = *(u32 *)(r1 +16)
  190: r1 = be32 r1
  191: if r8 == 3 goto +24
  192: if r8 == 1 goto +5
  193: if r8 == 4 goto +2
  194: if r8 == 2 goto +38
  195: goto +37
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  196: *(u32 *)(r10 -48) = r1
  197: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  198: r1 = 1
      ; write var8, v22
  199: *(u64 *)(r10 -192) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  200: *(u32 *)(r10 -48) = r2
  201: r1 = map[pipe_rule_stats] ll
  203: r2 = r10
  204: r2 += -48
  205: call bpf_map_lookup_elem
  206: r2 = r0
  207: if r2 == 0 goto +25
  208: r1 = *(u64 *)(r2 +0)
  209: r1 += 1
  210: *(u64 *)(r2 +0) = r1
  211: r1 = *(u64 *)(r2 +8)
  212: r3 = *(u64 *)(r10 -168)
  213: r1 += r3
  214: *(u64 *)(r2 +8) = r1
  215: goto +17
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  216: r1 = 0
      ; write var8, v20
  217: *(u64 *)(r10 -192) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  218: *(u32 *)(r10 -48) = r3
  219: r1 = map[pipe_rule_stats] ll
  221: r2 = r10
  222: r2 += -48
  223: call bpf_map_lookup_elem
  224: r2 = r0
  225: if r2 == 0 goto +7
  226: r1 = *(u64 *)(r2 +0)
  227: r1 += 1
  228: *(u64 *)(r2 +0) = r1
  229: r1 = *(u64 *)(r2 +8)
  230: r3 = *(u64 *)(r10 -168)
  231: r1 += r3
  232: *(u64 *)(r2 +8) = r1
  233: if r8 == 3 goto +71
  234: if r8 == 1 goto +70
      ; v25: bit<8> = read_field hdr1.protocol
  235: r1 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  236: r2 = *(u64 *)(r10 -160)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  237: *(u64 *)(r10 -48) = 0
  238: *(u8 *)(r10 -48) = r1
  239: *(u8 *)(r10 -47) = r2
  240: r2 >>= 8
  241: *(u8 *)(r10 -46) = r2
  242: r1 = map[pipe_service_allow] ll
  244: r2 = r10
  245: r2 += -48
  246: call bpf_map_lookup_elem
  247: r1 = r0
  248: if r1 != 0 goto +4
  249: r3 = 1
  250: r2 = 0
  251: r1 = 2
  252: goto +5
  253: r3 = *(u32 *)(r1 +0)
  254: r2 = *(u32 *)(r1 +4)
  255: r2 = be32 r2
  256: r1 = *(u32 *)(r1 +8)
  257: r1 = be32 r1
  258: if r3 == 3 goto +5
  259: if r3 != 1 goto +45
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  260: r2 = 1
      ; write var8, v33
  261: *(u64 *)(r10 -192) = r2
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  262: *(u32 *)(r10 -48) = r1
  263: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  264: r1 = 0
      ; write var8, v31
  265: *(u64 *)(r10 -192) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  266: *(u32 *)(r10 -48) = r2
  267: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  268: *(u32 *)(r10 -48) = 1
  269: r1 = map[pipe_rule_stats] ll
  271: r2 = r10
  272: r2 += -48
  273: call bpf_map_lookup_elem
  274: r2 = r0
  275: if r2 == 0 goto +29
  276: r1 = *(u64 *)(r2 +0)
  277: r1 += 1
  278: *(u64 *)(r2 +0) = r1
  279: r1 = *(u64 *)(r2 +8)
  280: r3 = *(u64 *)(r10 -168)
  281: r1 += r3
  282: *(u64 *)(r2 +8) = r1
  283: goto +21
      ; drop
  284: r2 = *(u64 *)(r10 -176)
  285: r1 = *(u64 *)(r10 -184)
  286: *(u64 *)(r10 -120) = r2
  287: *(u64 *)(r10 -128) = r1
  288: r1 = *(u64 *)(r10 -8)
  289: r2 = 0xfffffffffffffff8 ll
  291: call bpf_xdp_adjust_meta
  292: if r0 != 0 goto +10
  293: r1 = *(u64 *)(r10 -8)
  294: r3 = *(u32 *)(r1 +8)
  295: r2 = *(u32 *)(r1 +0)
  296: r1 = r3
  297: r1 += 8
  298: if r1 > r2 goto +4
  299: r1 = *(u64 *)(r10 -120)
  300: *(u32 *)(r3 +0) = r1
  301: r1 = *(u64 *)(r10 -128)
  302: *(u32 *)(r3 +4) = r1
  303: r0 = 1
  304: exit
      ; epilogue: verdict
  305: r2 = *(u64 *)(r10 -176)
  306: r1 = *(u64 *)(r10 -184)
  307: *(u64 *)(r10 -136) = r2
  308: *(u64 *)(r10 -144) = r1
  309: r1 = *(u64 *)(r10 -8)
  310: r2 = 0xfffffffffffffff8 ll
  312: call bpf_xdp_adjust_meta
  313: if r0 != 0 goto +10
  314: r1 = *(u64 *)(r10 -8)
  315: r2 = *(u32 *)(r1 +8)
  316: r3 = *(u32 *)(r1 +0)
  317: r1 = r2
  318: r1 += 8
  319: if r1 > r3 goto +4
  320: r1 = *(u64 *)(r10 -136)
  321: *(u32 *)(r2 +0) = r1
  322: r1 = *(u64 *)(r10 -144)
  323: *(u32 *)(r2 +4) = r1
  324: r1 = *(u64 *)(r10 -192)
  325: if r1 != 0 goto +2
  326: r0 = 2
  327: exit
  328: if r1 != 2 goto +4
  329: r1 = *(u64 *)(r10 -184)
  330: r2 = 0
  331: call bpf_redirect
  332: exit
  333: r0 = 1
  334: exit
