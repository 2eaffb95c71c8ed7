; acl for classifier: 264 instructions, stack 136 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r4 = r6
    4: r3 = 0
    5: *(u64 *)(r10 -120) = 0
    6: *(u64 *)(r10 -128) = 0
    7: *(u64 *)(r10 -136) = 0
    8: r9 = *(u32 *)(r1 +0)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: r4 += 14
   10: if r4 > r7 goto +245
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +33
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r3 = r4
   14: r4 += 20
   15: if r4 > r7 goto +240
      ; v1: bit<4> = read_field hdr1.ihl
   16: r1 = *(u8 *)(r6 +14)
   17: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   18: if r1 < 5 goto +237
      ; v4: bit<4> = read_field hdr1.ihl
   19: r1 = *(u8 *)(r6 +14)
   20: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   21: r1 -= 5
   22: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   23: r1 *= 32
   24: w1 = w1
      ; advance v9
   25: r1 >>= 3
   26: r4 -= r6
   27: r1 += r4
   28: if r1 > 16383 goto +227
   29: r4 = r6
   30: r4 += r1
   31: if r4 > r7 goto +224
      ; v10: bit<13> = read_field hdr1.fragOffset
   32: r2 = *(u16 *)(r6 +20)
   33: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   34: r1 = *(u8 *)(r6 +23)
   35: if r2 != 0 goto +1
   36: if r1 == 6 goto +2
   37: if r2 != 0 goto +8
   38: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   39: r1 = r4
   40: r4 += 4
   41: if r4 > r7 goto +214
      ; v12: bit<16> = read_field hdr2.srcPort
   42: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   43: *(u64 *)(r10 -120) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   44: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   45: *(u64 *)(r10 -128) = r1
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
   46: if r3 == 0 goto +194
      ; v4: bit<32> = read_field hdr1.srcAddr
   47: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   48: *(u64 *)(r10 -48) = 0
   49: *(u32 *)(r10 -44) = r1
   50: *(u32 *)(r10 -48) = 32
   51: r1 = map[pipe_src_prefix] ll
   53: r2 = r10
   54: r2 += -48
   55: call bpf_map_lookup_elem
   56: r1 = r0
   57: if r1 != 0 goto +12
   58: *(u32 *)(r10 -48) = 0
   59: r1 = map[pipe_src_prefix_default] ll
   61: r2 = r10
   62: r2 += -48
   63: call bpf_map_lookup_elem
   64: r1 = r0
   65: if r1 != 0 goto +4
   66: r8 = 2
   67: r2 = 0
   68: r1 = 0
   69: goto +5
   70: r8 = *(u32 *)(r1 +0)
   71: r2 = *(u32 *)(r1 +4)
   72: r2 = be32 r2
   73: r1 = *(u32 *)(r1 +8)
   74: r1 = be32 r1
   75: if r8 == 0 goto +6
   76: if r8 == 1 goto +2
   77: if r8 == 2 goto +18
   78: goto +17
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
      ; write var8, v10
   79: *(u64 *)(r10 -136) = 1
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   80: *(u32 *)(r10 -48) = r1
   81: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   82: *(u32 *)(r10 -48) = r2
   83: r1 = map[pipe_rule_stats] ll
   85: r2 = r10
   86: r2 += -48
   87: call bpf_map_lookup_elem
   88: r2 = r0
   89: if r2 == 0 goto +6
   90: r1 = *(u64 *)(r2 +0)
   91: r1 += 1
   92: *(u64 *)(r2 +0) = r1
   93: r1 = *(u64 *)(r2 +8)
   94: r1 += r9
   95: *(u64 *)(r2 +8) = r1
   96: if r8 == 0 goto +161
   97: if r8 == 1 goto +160
      ; v12: bit<8> = read_field hdr1.protocol
   98: r2 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
   99: r3 = *(u64 *)(r10 -120)
      ; v14: bit<16> = read var3
  100: r1 = *(u64 *)(r10 -128)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  101: *(u64 *)(r10 -48) = 0
  102: *(u8 *)(r10 -48) = r2
  103: *(u8 *)(r10 -47) = r3
  104: r3 >>= 8
  105: *(u8 *)(r10 -46) = r3
  106: *(u8 *)(r10 -45) = r1
  107: r1 >>= 8
  108: *(u8 *)(r10 -44) = r1
  109: *(u64 *)(r10 -104) = 0
  110: *(u32 *)(r10 -112) = 0
  111: r1 = map[pipe_acl_rules_masks] ll
  113: r2 = r10
  114: r2 += -112
  115: call bpf_map_lookup_elem
  116: r3 = r0
  117: if r3 == 0 goto +29
  118: r1 = *(u32 *)(r3 +0)
  119: if r1 == 0 goto +27
  120: r1 = *(u32 *)(r10 -112)
  121: *(u32 *)(r10 -80) = r1
  122: r2 = *(u32 *)(r10 -48)
  123: r1 = *(u32 *)(r3 +8)
  124: r2 &= r1
  125: *(u32 *)(r10 -76) = r2
  126: r2 = *(u32 *)(r10 -44)
  127: r1 = *(u32 *)(r3 +12)
  128: r2 &= r1
  129: *(u32 *)(r10 -72) = r2
  130: r1 = map[pipe_acl_rules] ll
  132: r2 = r10
  133: r2 += -80
  134: call bpf_map_lookup_elem
  135: r3 = r0
  136: if r3 == 0 goto +6
  137: r1 = *(u64 *)(r10 -104)
  138: if r1 == 0 goto +3
  139: r2 = *(u32 *)(r3 +4)
  140: r1 = *(u32 *)(r1 +4)
  141: if r2 <= r1 goto +1
  142: *(u64 *)(r10 -104) = r3
  143: r1 = *(u32 *)(r10 -112)
  144: r1 += 1
  145: *(u32 *)(r10 -112) = r1
  146: if r1 < 16 goto -36
  147: r1 = *(u64 *)(r10 -104)
  148: if r1 != 0 goto +13
  149: *(u32 *)(r10 -48) = 0
  150: r1 = map[pipe_acl_rules_default] ll
  152: r2 = r10
  153: r2 += -48
  154: call bpf_map_lookup_elem
  155: r1 = r0
  156: if r1 != 0 goto +6
  157: r8 = 2
  158: r3 = 0
  159: r2 = 0
  160: r1 = 0
  161: goto +8
  162: r1 = *(u64 *)(r10 -104)
  163: r8 = *(u32 *)(r1 +0)
  164: r3 = *(u32 *)(r1 +8)
  165: r3 = be32 r3
  166: r2 = *(u32 *)(r1 +12)
  167: r2 = be32 r2
  168: r1 = *(u32 *)(r1 +16)
  169: r1 = be32 r1
  170: if r8 == 3 goto +22
  171: if r8 == 1 goto +5
  172: if r8 == 4 goto +2
  173: if r8 == 2 goto +34
  174: goto +33
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  175: *(u32 *)(r10 -48) = r1
  176: goto +2
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
      ; write var8, v22
  177: *(u64 *)(r10 -136) = 1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  178: *(u32 *)(r10 -48) = r2
  179: r1 = map[pipe_rule_stats] ll
  181: r2 = r10
  182: r2 += -48
  183: call bpf_map_lookup_elem
  184: r2 = r0
  185: if r2 == 0 goto +22
  186: r1 = *(u64 *)(r2 +0)
  187: r1 += 1
  188: *(u64 *)(r2 +0) = r1
  189: r1 = *(u64 *)(r2 +8)
  190: r1 += r9
  191: *(u64 *)(r2 +8) = r1
  192: goto +15
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
      ; write var8, v20
  193: *(u64 *)(r10 -136) = 0
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  194: *(u32 *)(r10 -48) = r3
  195: r1 = map[pipe_rule_stats] ll
  197: r2 = r10
  198: r2 += -48
  199: call bpf_map_lookup_elem
  200: r2 = r0
  201: if r2 == 0 goto +6
  202: r1 = *(u64 *)(r2 +0)
  203: r1 += 1
  204: *(u64 *)(r2 +0) = r1
  205: r1 = *(u64 *)(r2 +8)
  206: r1 += r9
  207: *(u64 *)(r2 +8) = r1
  208: if r8 == 3 goto +49
  209: if r8 == 1 goto +48
      ; v25: bit<8> = read_field hdr1.protocol
  210: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  211: r1 = *(u64 *)(r10 -128)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  212: *(u64 *)(r10 -48) = 0
  213: *(u8 *)(r10 -48) = r2
  214: *(u8 *)(r10 -47) = r1
  215: r1 >>= 8
  216: *(u8 *)(r10 -46) = r1
  217: r1 = map[pipe_service_allow] ll
  219: r2 = r10
  220: r2 += -48
  221: call bpf_map_lookup_elem
  222: r1 = r0
  223: if r1 != 0 goto +4
  224: r3 = 1
  225: r2 = 0
  226: r1 = 2
  227: goto +5
  228: r3 = *(u32 *)(r1 +0)
  229: r2 = *(u32 *)(r1 +4)
  230: r2 = be32 r2
  231: r1 = *(u32 *)(r1 +8)
  232: r1 = be32 r1
  233: if r3 == 3 goto +4
  234: if r3 != 1 goto +23
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
      ; write var8, v33
  235: *(u64 *)(r10 -136) = 1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  236: *(u32 *)(r10 -48) = r1
  237: goto +4
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
      ; write var8, v31
  238: *(u64 *)(r10 -136) = 0
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  239: *(u32 *)(r10 -48) = r2
  240: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  241: *(u32 *)(r10 -48) = 1
  242: r1 = map[pipe_rule_stats] ll
  244: r2 = r10
  245: r2 += -48
  246: call bpf_map_lookup_elem
  247: r2 = r0
  248: if r2 == 0 goto +9
  249: r1 = *(u64 *)(r2 +0)
  250: r1 += 1
  251: *(u64 *)(r2 +0) = r1
  252: r1 = *(u64 *)(r2 +8)
  253: r1 += r9
  254: *(u64 *)(r2 +8) = r1
  255: goto +2
      ; drop
  256: r0 = 2
  257: exit
      ; epilogue: verdict
  258: r1 = *(u64 *)(r10 -136)
  259: if r1 != 0 goto +2
  260: r0 = 0
  261: exit
  262: r0 = 2
  263: exit
