; acl for classifier: 283 instructions, stack 144 bytes, 7 maps
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
   11: if r4 > r7 goto +258
      ; v0: bit<16> = read_field hdr0.etherType
   12: r1 = *(u16 *)(r6 +12)
   13: if r1 != 8 goto +36
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   14: r3 = r4
   15: r4 += 20
   16: if r4 > r7 goto +253
      ; v1: bit<4> = read_field hdr1.ihl
   17: r2 = *(u8 *)(r6 +14)
   18: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   19: r1 = 1
   20: if r2 >= 5 goto +1
   21: r1 = 0
      ; verify v3, error HeaderTooShort
   22: if r1 == 0 goto +247
      ; v4: bit<4> = read_field hdr1.ihl
   23: r1 = *(u8 *)(r6 +14)
   24: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   25: r1 -= 5
   26: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   27: r1 *= 32
   28: w1 = w1
      ; advance v9
   29: r1 >>= 3
   30: r4 -= r6
   31: r1 += r4
   32: if r1 > 16383 goto +237
   33: r4 = r6
   34: r4 += r1
   35: if r4 > r7 goto +234
      ; v10: bit<13> = read_field hdr1.fragOffset
   36: r2 = *(u16 *)(r6 +20)
   37: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   38: r1 = *(u8 *)(r6 +23)
   39: if r2 != 0 goto +1
   40: if r1 == 6 goto +2
   41: if r2 != 0 goto +8
   42: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   43: r1 = r4
   44: r4 += 4
   45: if r4 > r7 goto +224
      ; v12: bit<16> = read_field hdr2.srcPort
   46: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   47: *(u64 *)(r10 -120) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   48: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   49: *(u64 *)(r10 -128) = r1
      ; v0: bool = is_valid hdr1
   50: r1 = 0
   51: if r3 == 0 goto +1
   52: r1 = 1
      ; v1: bool = not v0
   53: r1 ^= 1
   54: if r1 != 0 goto +200
      ; v4: bit<32> = read_field hdr1.srcAddr
   55: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   56: *(u64 *)(r10 -48) = 0
   57: *(u32 *)(r10 -44) = r1
   58: *(u32 *)(r10 -48) = 32
   59: r1 = map[pipe_src_prefix] ll
   61: r2 = r10
   62: r2 += -48
   63: call bpf_map_lookup_elem
   64: r1 = r0
   65: if r1 != 0 goto +12
   66: *(u32 *)(r10 -48) = 0
   67: r1 = map[pipe_src_prefix_default] ll
   69: r2 = r10
   70: r2 += -48
   71: call bpf_map_lookup_elem
   72: r1 = r0
   73: if r1 != 0 goto +4
   74: r8 = 2
   75: r2 = 0
   76: r1 = 0
   77: goto +5
   78: r8 = *(u32 *)(r1 +0)
   79: r2 = *(u32 *)(r1 +4)
   80: r2 = be32 r2
   81: r1 = *(u32 *)(r1 +8)
   82: r1 = be32 r1
   83: if r8 == 0 goto +7
   84: if r8 == 1 goto +2
   85: if r8 == 2 goto +19
   86: goto +18
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
   87: r2 = 1
      ; write var8, v10
   88: *(u64 *)(r10 -144) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   89: *(u32 *)(r10 -48) = r1
   90: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   91: *(u32 *)(r10 -48) = r2
   92: r1 = map[pipe_rule_stats] ll
   94: r2 = r10
   95: r2 += -48
   96: call bpf_map_lookup_elem
   97: r2 = r0
   98: if r2 == 0 goto +6
   99: r1 = *(u64 *)(r2 +0)
  100: r1 += 1
  101: *(u64 *)(r2 +0) = r1
  102: r1 = *(u64 *)(r2 +8)
  103: r1 += r9
  104: *(u64 *)(r2 +8) = r1
  105: if r8 == 0 goto +166
  106: if r8 == 1 goto +165
      ; v12: bit<8> = read_field hdr1.protocol
  107: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  108: r2 = *(u64 *)(r10 -120)
      ; v14: bit<16> = read var3
  109: r3 = *(u64 *)(r10 -128)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  110: *(u64 *)(r10 -48) = 0
  111: *(u8 *)(r10 -48) = r1
  112: *(u8 *)(r10 -47) = r2
  113: r2 >>= 8
  114: *(u8 *)(r10 -46) = r2
  115: r1 = r3
  116: *(u8 *)(r10 -45) = r1
  117: r1 >>= 8
  118: *(u8 *)(r10 -44) = r1
  119: *(u64 *)(r10 -104) = 0
  120: *(u32 *)(r10 -112) = 0
  121: r1 = map[pipe_acl_rules_masks] ll
  123: r2 = r10
  124: r2 += -112
  125: call bpf_map_lookup_elem
  126: r3 = r0
  127: if r3 == 0 goto +29
  128: r1 = *(u32 *)(r3 +0)
  129: if r1 == 0 goto +27
  130: r1 = *(u32 *)(r10 -112)
  131: *(u32 *)(r10 -80) = r1
  132: r2 = *(u32 *)(r10 -48)
  133: r1 = *(u32 *)(r3 +8)
  134: r2 &= r1
  135: *(u32 *)(r10 -76) = r2
  136: r1 = *(u32 *)(r10 -44)
  137: r2 = *(u32 *)(r3 +12)
  138: r1 &= r2
  139: *(u32 *)(r10 -72) = r1
  140: r1 = map[pipe_acl_rules] ll
  142: r2 = r10
  143: r2 += -80
  144: call bpf_map_lookup_elem
  145: r3 = r0
  146: if r3 == 0 goto +6
  147: r1 = *(u64 *)(r10 -104)
  148: if r1 == 0 goto +3
  149: r2 = *(u32 *)(r3 +4)
  150: r1 = *(u32 *)(r1 +4)
  151: if r2 <= r1 goto +1
  152: *(u64 *)(r10 -104) = r3
  153: r1 = *(u32 *)(r10 -112)
  154: r1 += 1
  155: *(u32 *)(r10 -112) = r1
  156: if r1 < 16 goto -36
  157: r1 = *(u64 *)(r10 -104)
  158: if r1 != 0 goto +13
  159: *(u32 *)(r10 -48) = 0
  160: r1 = map[pipe_acl_rules_default] ll
  162: r2 = r10
  163: r2 += -48
  164: call bpf_map_lookup_elem
  165: r1 = r0
  166: if r1 != 0 goto +6
  167: r8 = 2
  168: r3 = 0
  169: r2 = 0
  170: r1 = 0
  171: goto +8
  172: r1 = *(u64 *)(r10 -104)
  173: r8 = *(u32 *)(r1 +0)
  174: r3 = *(u32 *)(r1 +8)
  175: r3 = be32 r3
  176: r2 = *(u32 *)(r1 +12)
  177: r2 = be32 r2
  178: r1 = *(u32 *)(r1 +16)
  179: r1 = be32 r1
  180: if r8 == 3 goto +23
  181: if r8 == 1 goto +5
  182: if r8 == 4 goto +2
  183: if r8 == 2 goto +36
  184: goto +35
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  185: *(u32 *)(r10 -48) = r1
  186: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  187: r1 = 1
      ; write var8, v22
  188: *(u64 *)(r10 -144) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  189: *(u32 *)(r10 -48) = r2
  190: r1 = map[pipe_rule_stats] ll
  192: r2 = r10
  193: r2 += -48
  194: call bpf_map_lookup_elem
  195: r2 = r0
  196: if r2 == 0 goto +23
  197: r1 = *(u64 *)(r2 +0)
  198: r1 += 1
  199: *(u64 *)(r2 +0) = r1
  200: r1 = *(u64 *)(r2 +8)
  201: r1 += r9
  202: *(u64 *)(r2 +8) = r1
  203: goto +16
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  204: r1 = 0
      ; write var8, v20
  205: *(u64 *)(r10 -144) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  206: *(u32 *)(r10 -48) = r3
  207: r1 = map[pipe_rule_stats] ll
  209: r2 = r10
  210: r2 += -48
  211: call bpf_map_lookup_elem
  212: r2 = r0
  213: if r2 == 0 goto +6
  214: r1 = *(u64 *)(r2 +0)
  215: r1 += 1
  216: *(u64 *)(r2 +0) = r1
  217: r1 = *(u64 *)(r2 +8)
  218: r1 += r9
  219: *(u64 *)(r2 +8) = r1
  220: if r8 == 3 goto +51
  221: if r8 == 1 goto +50
      ; v25: bit<8> = read_field hdr1.protocol
  222: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  223: r1 = *(u64 *)(r10 -128)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  224: *(u64 *)(r10 -48) = 0
  225: *(u8 *)(r10 -48) = r2
  226: *(u8 *)(r10 -47) = r1
  227: r1 >>= 8
  228: *(u8 *)(r10 -46) = r1
  229: r1 = map[pipe_service_allow] ll
  231: r2 = r10
  232: r2 += -48
  233: call bpf_map_lookup_elem
  234: r2 = r0
  235: if r2 != 0 goto +4
  236: r1 = 1
  237: r3 = 0
  238: r2 = 2
  239: goto +5
  240: r1 = *(u32 *)(r2 +0)
  241: r3 = *(u32 *)(r2 +4)
  242: r3 = be32 r3
  243: r2 = *(u32 *)(r2 +8)
  244: r2 = be32 r2
  245: if r1 == 3 goto +5
  246: if r1 != 1 goto +25
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  247: r1 = 1
      ; write var8, v33
  248: *(u64 *)(r10 -144) = r1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  249: *(u32 *)(r10 -48) = r2
  250: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  251: r1 = 0
      ; write var8, v31
  252: *(u64 *)(r10 -144) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  253: *(u32 *)(r10 -48) = r3
  254: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  255: *(u32 *)(r10 -48) = 1
  256: r1 = map[pipe_rule_stats] ll
  258: r2 = r10
  259: r2 += -48
  260: call bpf_map_lookup_elem
  261: r2 = r0
  262: if r2 == 0 goto +9
  263: r1 = *(u64 *)(r2 +0)
  264: r1 += 1
  265: *(u64 *)(r2 +0) = r1
  266: r1 = *(u64 *)(r2 +8)
  267: r1 += r9
  268: *(u64 *)(r2 +8) = r1
  269: goto +2
      ; drop
  270: r0 = 2
  271: exit
      ; epilogue: verdict
  272: r1 = *(u64 *)(r10 -144)
  273: if r1 != 0 goto +2
  274: r0 = 0
  275: exit
  276: if r1 != 2 goto +4
  277: r1 = *(u64 *)(r10 -136)
  278: r2 = 0
  279: call bpf_redirect
  280: exit
  281: r0 = 2
  282: exit
