; acl for classifier: 280 instructions, stack 144 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r4 = r6
    4: r3 = 0
    5: *(u64 *)(r10 -120) = 0
    6: *(u64 *)(r10 -128) = 0
    7: *(u64 *)(r10 -136) = 0
    8: *(u64 *)(r10 -144) = 0
    9: r9 = *(u32 *)(r1 +0)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   10: r4 += 14
   11: if r4 > r7 goto +255
      ; v0: bit<16> = read_field hdr0.etherType
   12: r1 = *(u16 *)(r6 +12)
   13: if r1 != 8 goto +33
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   14: r3 = r4
   15: r4 += 20
   16: if r4 > r7 goto +250
      ; v1: bit<4> = read_field hdr1.ihl
   17: r1 = *(u8 *)(r6 +14)
   18: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   19: if r1 < 5 goto +247
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
   27: r4 -= r6
   28: r1 += r4
   29: if r1 > 16383 goto +237
   30: r4 = r6
   31: r4 += r1
   32: if r4 > r7 goto +234
      ; v10: bit<13> = read_field hdr1.fragOffset
   33: r2 = *(u16 *)(r6 +20)
   34: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   35: r1 = *(u8 *)(r6 +23)
   36: if r2 != 0 goto +1
   37: if r1 == 6 goto +2
   38: if r2 != 0 goto +8
   39: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   40: r1 = r4
   41: r4 += 4
   42: if r4 > r7 goto +224
      ; v12: bit<16> = read_field hdr2.srcPort
   43: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   44: *(u64 *)(r10 -120) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   45: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   46: *(u64 *)(r10 -128) = r1
      ; v0: bool = is_valid hdr1
   47: r1 = 0
   48: if r3 == 0 goto +1
   49: r1 = 1
      ; v1: bool = not v0
   50: r1 ^= 1
   51: if r1 != 0 goto +200
      ; v4: bit<32> = read_field hdr1.srcAddr
   52: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   53: *(u64 *)(r10 -48) = 0
   54: *(u32 *)(r10 -44) = r1
   55: *(u32 *)(r10 -48) = 32
   56: r1 = map[pipe_src_prefix] ll
   58: r2 = r10
   59: r2 += -48
   60: call bpf_map_lookup_elem
   61: r1 = r0
   62: if r1 != 0 goto +12
   63: *(u32 *)(r10 -48) = 0
   64: r1 = map[pipe_src_prefix_default] ll
   66: r2 = r10
   67: r2 += -48
   68: call bpf_map_lookup_elem
   69: r1 = r0
   70: if r1 != 0 goto +4
   71: r8 = 2
   72: r2 = 0
   73: r1 = 0
   74: goto +5
   75: r8 = *(u32 *)(r1 +0)
   76: r2 = *(u32 *)(r1 +4)
   77: r2 = be32 r2
   78: r1 = *(u32 *)(r1 +8)
   79: r1 = be32 r1
   80: if r8 == 0 goto +7
   81: if r8 == 1 goto +2
   82: if r8 == 2 goto +19
   83: goto +18
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
   84: r2 = 1
      ; write var8, v10
   85: *(u64 *)(r10 -144) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   86: *(u32 *)(r10 -48) = r1
   87: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   88: *(u32 *)(r10 -48) = r2
   89: r1 = map[pipe_rule_stats] ll
   91: r2 = r10
   92: r2 += -48
   93: call bpf_map_lookup_elem
   94: r2 = r0
   95: if r2 == 0 goto +6
   96: r1 = *(u64 *)(r2 +0)
   97: r1 += 1
   98: *(u64 *)(r2 +0) = r1
   99: r1 = *(u64 *)(r2 +8)
  100: r1 += r9
  101: *(u64 *)(r2 +8) = r1
  102: if r8 == 0 goto +166
  103: if r8 == 1 goto +165
      ; v12: bit<8> = read_field hdr1.protocol
  104: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  105: r2 = *(u64 *)(r10 -120)
      ; v14: bit<16> = read var3
  106: r3 = *(u64 *)(r10 -128)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  107: *(u64 *)(r10 -48) = 0
  108: *(u8 *)(r10 -48) = r1
  109: *(u8 *)(r10 -47) = r2
  110: r2 >>= 8
  111: *(u8 *)(r10 -46) = r2
  112: r1 = r3
  113: *(u8 *)(r10 -45) = r1
  114: r1 >>= 8
  115: *(u8 *)(r10 -44) = r1
  116: *(u64 *)(r10 -104) = 0
  117: *(u32 *)(r10 -112) = 0
  118: r1 = map[pipe_acl_rules_masks] ll
  120: r2 = r10
  121: r2 += -112
  122: call bpf_map_lookup_elem
  123: r3 = r0
  124: if r3 == 0 goto +29
  125: r1 = *(u32 *)(r3 +0)
  126: if r1 == 0 goto +27
  127: r1 = *(u32 *)(r10 -112)
  128: *(u32 *)(r10 -80) = r1
  129: r2 = *(u32 *)(r10 -48)
  130: r1 = *(u32 *)(r3 +8)
  131: r2 &= r1
  132: *(u32 *)(r10 -76) = r2
  133: r1 = *(u32 *)(r10 -44)
  134: r2 = *(u32 *)(r3 +12)
  135: r1 &= r2
  136: *(u32 *)(r10 -72) = r1
  137: r1 = map[pipe_acl_rules] ll
  139: r2 = r10
  140: r2 += -80
  141: call bpf_map_lookup_elem
  142: r3 = r0
  143: if r3 == 0 goto +6
  144: r1 = *(u64 *)(r10 -104)
  145: if r1 == 0 goto +3
  146: r2 = *(u32 *)(r3 +4)
  147: r1 = *(u32 *)(r1 +4)
  148: if r2 <= r1 goto +1
  149: *(u64 *)(r10 -104) = r3
  150: r1 = *(u32 *)(r10 -112)
  151: r1 += 1
  152: *(u32 *)(r10 -112) = r1
  153: if r1 < 16 goto -36
  154: r1 = *(u64 *)(r10 -104)
  155: if r1 != 0 goto +13
  156: *(u32 *)(r10 -48) = 0
  157: r1 = map[pipe_acl_rules_default] ll
  159: r2 = r10
  160: r2 += -48
  161: call bpf_map_lookup_elem
  162: r1 = r0
  163: if r1 != 0 goto +6
  164: r8 = 2
  165: r3 = 0
  166: r2 = 0
  167: r1 = 0
  168: goto +8
  169: r1 = *(u64 *)(r10 -104)
  170: r8 = *(u32 *)(r1 +0)
  171: r3 = *(u32 *)(r1 +8)
  172: r3 = be32 r3
  173: r2 = *(u32 *)(r1 +12)
  174: r2 = be32 r2
  175: r1 = *(u32 *)(r1 +16)
  176: r1 = be32 r1
  177: if r8 == 3 goto +23
  178: if r8 == 1 goto +5
  179: if r8 == 4 goto +2
  180: if r8 == 2 goto +36
  181: goto +35
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  182: *(u32 *)(r10 -48) = r1
  183: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  184: r1 = 1
      ; write var8, v22
  185: *(u64 *)(r10 -144) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  186: *(u32 *)(r10 -48) = r2
  187: r1 = map[pipe_rule_stats] ll
  189: r2 = r10
  190: r2 += -48
  191: call bpf_map_lookup_elem
  192: r2 = r0
  193: if r2 == 0 goto +23
  194: r1 = *(u64 *)(r2 +0)
  195: r1 += 1
  196: *(u64 *)(r2 +0) = r1
  197: r1 = *(u64 *)(r2 +8)
  198: r1 += r9
  199: *(u64 *)(r2 +8) = r1
  200: goto +16
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  201: r1 = 0
      ; write var8, v20
  202: *(u64 *)(r10 -144) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  203: *(u32 *)(r10 -48) = r3
  204: r1 = map[pipe_rule_stats] ll
  206: r2 = r10
  207: r2 += -48
  208: call bpf_map_lookup_elem
  209: r2 = r0
  210: if r2 == 0 goto +6
  211: r1 = *(u64 *)(r2 +0)
  212: r1 += 1
  213: *(u64 *)(r2 +0) = r1
  214: r1 = *(u64 *)(r2 +8)
  215: r1 += r9
  216: *(u64 *)(r2 +8) = r1
  217: if r8 == 3 goto +51
  218: if r8 == 1 goto +50
      ; v25: bit<8> = read_field hdr1.protocol
  219: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  220: r1 = *(u64 *)(r10 -128)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  221: *(u64 *)(r10 -48) = 0
  222: *(u8 *)(r10 -48) = r2
  223: *(u8 *)(r10 -47) = r1
  224: r1 >>= 8
  225: *(u8 *)(r10 -46) = r1
  226: r1 = map[pipe_service_allow] ll
  228: r2 = r10
  229: r2 += -48
  230: call bpf_map_lookup_elem
  231: r2 = r0
  232: if r2 != 0 goto +4
  233: r1 = 1
  234: r3 = 0
  235: r2 = 2
  236: goto +5
  237: r1 = *(u32 *)(r2 +0)
  238: r3 = *(u32 *)(r2 +4)
  239: r3 = be32 r3
  240: r2 = *(u32 *)(r2 +8)
  241: r2 = be32 r2
  242: if r1 == 3 goto +5
  243: if r1 != 1 goto +25
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  244: r1 = 1
      ; write var8, v33
  245: *(u64 *)(r10 -144) = r1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  246: *(u32 *)(r10 -48) = r2
  247: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  248: r1 = 0
      ; write var8, v31
  249: *(u64 *)(r10 -144) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  250: *(u32 *)(r10 -48) = r3
  251: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  252: *(u32 *)(r10 -48) = 1
  253: r1 = map[pipe_rule_stats] ll
  255: r2 = r10
  256: r2 += -48
  257: call bpf_map_lookup_elem
  258: r2 = r0
  259: if r2 == 0 goto +9
  260: r1 = *(u64 *)(r2 +0)
  261: r1 += 1
  262: *(u64 *)(r2 +0) = r1
  263: r1 = *(u64 *)(r2 +8)
  264: r1 += r9
  265: *(u64 *)(r2 +8) = r1
  266: goto +2
      ; drop
  267: r0 = 2
  268: exit
      ; epilogue: verdict
  269: r1 = *(u64 *)(r10 -144)
  270: if r1 != 0 goto +2
  271: r0 = 0
  272: exit
  273: if r1 != 2 goto +4
  274: r1 = *(u64 *)(r10 -136)
  275: r2 = 0
  276: call bpf_redirect
  277: exit
  278: r0 = 2
  279: exit
