; acl for classifier: 309 instructions, stack 144 bytes, 7 maps
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
   11: if r4 > r7 goto +284
      ; v0: bit<16> = read_field hdr0.etherType
   12: r1 = *(u16 *)(r6 +12)
   13: if r1 != 8 goto +36
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   14: r3 = r4
   15: r4 += 20
   16: if r4 > r7 goto +279
      ; v1: bit<4> = read_field hdr1.ihl
   17: r2 = *(u8 *)(r6 +14)
   18: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   19: r1 = 1
   20: if r2 >= 5 goto +1
   21: r1 = 0
      ; verify v3, error HeaderTooShort
   22: if r1 == 0 goto +273
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
   32: if r1 > 16383 goto +263
   33: r4 = r6
   34: r4 += r1
   35: if r4 > r7 goto +260
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
   45: if r4 > r7 goto +250
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
   54: if r1 != 0 goto +226
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
   65: if r1 != 0 goto +20
   66: *(u32 *)(r10 -48) = 0
   67: r1 = map[pipe_src_prefix_default] ll
   69: r2 = r10
   70: r2 += -48
   71: call bpf_map_lookup_elem
   72: r1 = r0
   73: if r1 == 0 goto +8
   74: r8 = *(u32 *)(r1 +0)
   75: r2 = *(u32 *)(r1 +4)
   76: r2 = be32 r2
   77: w2 = w2
   78: r1 = *(u32 *)(r1 +8)
   79: r1 = be32 r1
   80: w1 = w1
   81: goto +11
   82: r8 = 2
   83: r2 = 0
   84: r1 = 0
   85: goto +7
   86: r8 = *(u32 *)(r1 +0)
   87: r2 = *(u32 *)(r1 +4)
   88: r2 = be32 r2
   89: w2 = w2
   90: r1 = *(u32 *)(r1 +8)
   91: r1 = be32 r1
   92: w1 = w1
   93: if r8 == 0 goto +7
   94: if r8 == 1 goto +2
   95: if r8 == 2 goto +19
   96: goto +18
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
   97: r2 = 1
      ; write var8, v10
   98: *(u64 *)(r10 -144) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   99: *(u32 *)(r10 -48) = r1
  100: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
  101: *(u32 *)(r10 -48) = r2
  102: r1 = map[pipe_rule_stats] ll
  104: r2 = r10
  105: r2 += -48
  106: call bpf_map_lookup_elem
  107: r2 = r0
  108: if r2 == 0 goto +6
  109: r1 = *(u64 *)(r2 +0)
  110: r1 += 1
  111: *(u64 *)(r2 +0) = r1
  112: r1 = *(u64 *)(r2 +8)
  113: r1 += r9
  114: *(u64 *)(r2 +8) = r1
  115: if r8 == 0 goto +182
  116: if r8 == 1 goto +181
      ; v12: bit<8> = read_field hdr1.protocol
  117: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  118: r2 = *(u64 *)(r10 -120)
      ; v14: bit<16> = read var3
  119: r3 = *(u64 *)(r10 -128)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  120: *(u64 *)(r10 -48) = 0
  121: *(u8 *)(r10 -48) = r1
  122: *(u8 *)(r10 -47) = r2
  123: r2 >>= 8
  124: *(u8 *)(r10 -46) = r2
  125: r1 = r3
  126: *(u8 *)(r10 -45) = r1
  127: r1 >>= 8
  128: *(u8 *)(r10 -44) = r1
  129: *(u64 *)(r10 -104) = 0
  130: *(u32 *)(r10 -112) = 0
  131: r1 = map[pipe_acl_rules_masks] ll
  133: r2 = r10
  134: r2 += -112
  135: call bpf_map_lookup_elem
  136: r3 = r0
  137: if r3 == 0 goto +29
  138: r1 = *(u32 *)(r3 +0)
  139: if r1 == 0 goto +27
  140: r1 = *(u32 *)(r10 -112)
  141: *(u32 *)(r10 -80) = r1
  142: r2 = *(u32 *)(r10 -48)
  143: r1 = *(u32 *)(r3 +8)
  144: r2 &= r1
  145: *(u32 *)(r10 -76) = r2
  146: r1 = *(u32 *)(r10 -44)
  147: r2 = *(u32 *)(r3 +12)
  148: r1 &= r2
  149: *(u32 *)(r10 -72) = r1
  150: r1 = map[pipe_acl_rules] ll
  152: r2 = r10
  153: r2 += -80
  154: call bpf_map_lookup_elem
  155: r3 = r0
  156: if r3 == 0 goto +6
  157: r1 = *(u64 *)(r10 -104)
  158: if r1 == 0 goto +3
  159: r2 = *(u32 *)(r3 +4)
  160: r1 = *(u32 *)(r1 +4)
  161: if r2 <= r1 goto +1
  162: *(u64 *)(r10 -104) = r3
  163: r1 = *(u32 *)(r10 -112)
  164: r1 += 1
  165: *(u32 *)(r10 -112) = r1
  166: if r1 < 16 goto -36
  167: r1 = *(u64 *)(r10 -104)
  168: if r1 != 0 goto +24
  169: *(u32 *)(r10 -48) = 0
  170: r1 = map[pipe_acl_rules_default] ll
  172: r2 = r10
  173: r2 += -48
  174: call bpf_map_lookup_elem
  175: r1 = r0
  176: if r1 == 0 goto +11
  177: r8 = *(u32 *)(r1 +0)
  178: r3 = *(u32 *)(r1 +8)
  179: r3 = be32 r3
  180: w3 = w3
  181: r2 = *(u32 *)(r1 +12)
  182: r2 = be32 r2
  183: w2 = w2
  184: r1 = *(u32 *)(r1 +16)
  185: r1 = be32 r1
  186: w1 = w1
  187: goto +16
  188: r8 = 2
  189: r3 = 0
  190: r2 = 0
  191: r1 = 0
  192: goto +11
  193: r1 = *(u64 *)(r10 -104)
  194: r8 = *(u32 *)(r1 +0)
  195: r3 = *(u32 *)(r1 +8)
  196: r3 = be32 r3
  197: w3 = w3
  198: r2 = *(u32 *)(r1 +12)
  199: r2 = be32 r2
  200: w2 = w2
  201: r1 = *(u32 *)(r1 +16)
  202: r1 = be32 r1
  203: w1 = w1
  204: if r8 == 3 goto +23
  205: if r8 == 1 goto +5
  206: if r8 == 4 goto +2
  207: if r8 == 2 goto +36
  208: goto +35
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  209: *(u32 *)(r10 -48) = r1
  210: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  211: r1 = 1
      ; write var8, v22
  212: *(u64 *)(r10 -144) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  213: *(u32 *)(r10 -48) = r2
  214: r1 = map[pipe_rule_stats] ll
  216: r2 = r10
  217: r2 += -48
  218: call bpf_map_lookup_elem
  219: r2 = r0
  220: if r2 == 0 goto +23
  221: r1 = *(u64 *)(r2 +0)
  222: r1 += 1
  223: *(u64 *)(r2 +0) = r1
  224: r1 = *(u64 *)(r2 +8)
  225: r1 += r9
  226: *(u64 *)(r2 +8) = r1
  227: goto +16
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  228: r1 = 0
      ; write var8, v20
  229: *(u64 *)(r10 -144) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  230: *(u32 *)(r10 -48) = r3
  231: r1 = map[pipe_rule_stats] ll
  233: r2 = r10
  234: r2 += -48
  235: call bpf_map_lookup_elem
  236: r2 = r0
  237: if r2 == 0 goto +6
  238: r1 = *(u64 *)(r2 +0)
  239: r1 += 1
  240: *(u64 *)(r2 +0) = r1
  241: r1 = *(u64 *)(r2 +8)
  242: r1 += r9
  243: *(u64 *)(r2 +8) = r1
  244: if r8 == 3 goto +53
  245: if r8 == 1 goto +52
      ; v25: bit<8> = read_field hdr1.protocol
  246: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  247: r1 = *(u64 *)(r10 -128)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  248: *(u64 *)(r10 -48) = 0
  249: *(u8 *)(r10 -48) = r2
  250: *(u8 *)(r10 -47) = r1
  251: r1 >>= 8
  252: *(u8 *)(r10 -46) = r1
  253: r1 = map[pipe_service_allow] ll
  255: r2 = r10
  256: r2 += -48
  257: call bpf_map_lookup_elem
  258: r2 = r0
  259: if r2 != 0 goto +4
  260: r1 = 1
  261: r3 = 0
  262: r2 = 2
  263: goto +7
  264: r1 = *(u32 *)(r2 +0)
  265: r3 = *(u32 *)(r2 +4)
  266: r3 = be32 r3
  267: w3 = w3
  268: r2 = *(u32 *)(r2 +8)
  269: r2 = be32 r2
  270: w2 = w2
  271: if r1 == 3 goto +5
  272: if r1 != 1 goto +25
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  273: r1 = 1
      ; write var8, v33
  274: *(u64 *)(r10 -144) = r1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  275: *(u32 *)(r10 -48) = r2
  276: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  277: r1 = 0
      ; write var8, v31
  278: *(u64 *)(r10 -144) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  279: *(u32 *)(r10 -48) = r3
  280: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  281: *(u32 *)(r10 -48) = 1
  282: r1 = map[pipe_rule_stats] ll
  284: r2 = r10
  285: r2 += -48
  286: call bpf_map_lookup_elem
  287: r2 = r0
  288: if r2 == 0 goto +9
  289: r1 = *(u64 *)(r2 +0)
  290: r1 += 1
  291: *(u64 *)(r2 +0) = r1
  292: r1 = *(u64 *)(r2 +8)
  293: r1 += r9
  294: *(u64 *)(r2 +8) = r1
  295: goto +2
      ; drop
  296: r0 = 2
  297: exit
      ; epilogue: verdict
  298: r1 = *(u64 *)(r10 -144)
  299: if r1 != 0 goto +2
  300: r0 = 0
  301: exit
  302: if r1 != 2 goto +4
  303: r1 = *(u64 *)(r10 -136)
  304: r2 = 0
  305: call bpf_redirect
  306: exit
  307: r0 = 2
  308: exit
