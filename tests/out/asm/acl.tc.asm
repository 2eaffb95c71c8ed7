; acl for classifier: 231 instructions, stack 128 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r4 = r6
    4: r3 = 0
    5: r9 = 0
    6: *(u64 *)(r10 -120) = 0
    7: *(u64 *)(r10 -128) = 0
    8: r8 = *(u32 *)(r1 +0)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: r4 += 14
   10: if r4 > r7 goto +212
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +32
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r3 = r4
   14: r4 += 20
   15: if r4 > r7 goto +207
      ; v1: bit<4> = read_field hdr1.ihl
   16: r1 = *(u8 *)(r6 +14)
   17: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   18: if r1 < 5 goto +204
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
   28: if r1 > 16383 goto +194
   29: r4 = r6
   30: r4 += r1
   31: if r4 > r7 goto +191
      ; v10: bit<13> = read_field hdr1.fragOffset
   32: r2 = *(u16 *)(r6 +20)
   33: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   34: r1 = *(u8 *)(r6 +23)
   35: if r2 != 0 goto +9
   36: if r1 == 6 goto +2
   37: if r2 != 0 goto +7
   38: if r1 != 17 goto +6
      ; prs: block3 (parse_ports)
      ; extract hdr2
   39: r1 = r4
   40: r4 += 4
   41: if r4 > r7 goto +181
      ; v12: bit<16> = read_field hdr2.srcPort
   42: r9 = *(u16 *)(r1 +0)
      ; write var2, v12
      ; v13: bit<16> = read_field hdr2.dstPort
   43: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   44: *(u64 *)(r10 -120) = r1
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
   45: if r3 == 0 goto +162
      ; v4: bit<32> = read_field hdr1.srcAddr
   46: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   47: *(u32 *)(r10 -44) = r1
   48: *(u32 *)(r10 -48) = 32
   49: r1 = map[pipe_src_prefix] ll
   51: r2 = r10
   52: r2 += -48
   53: call bpf_map_lookup_elem
   54: r1 = r0
   55: if r1 != 0 goto +12
   56: *(u32 *)(r10 -48) = 0
   57: r1 = map[pipe_src_prefix_default] ll
   59: r2 = r10
   60: r2 += -48
   61: call bpf_map_lookup_elem
   62: r1 = r0
   63: if r1 != 0 goto +4
   64: r3 = 2
   65: r2 = 0
   66: r1 = 0
   67: goto +5
   68: r3 = *(u32 *)(r1 +0)
   69: r2 = *(u32 *)(r1 +4)
   70: r2 = be32 r2
   71: r1 = *(u32 *)(r1 +8)
   72: r1 = be32 r1
   73: if r3 == 0 goto +132
   74: if r3 == 1 goto +127
   75: if r3 == 2 goto +2
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
      ; write var8, v10
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   76: if r3 == 0 goto +148
   77: if r3 == 1 goto +147
      ; v12: bit<8> = read_field hdr1.protocol
   78: r2 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
   79: r3 = r9
      ; v14: bit<16> = read var3
   80: r1 = *(u64 *)(r10 -120)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
   81: *(u64 *)(r10 -48) = 0
   82: *(u8 *)(r10 -48) = r2
   83: *(u8 *)(r10 -47) = r3
   84: r3 >>= 8
   85: *(u8 *)(r10 -46) = r3
   86: *(u8 *)(r10 -45) = r1
   87: r1 >>= 8
   88: *(u8 *)(r10 -44) = r1
   89: *(u64 *)(r10 -104) = 0
   90: *(u32 *)(r10 -112) = 0
   91: r1 = map[pipe_acl_rules_masks] ll
   93: r2 = r10
   94: r2 += -112
   95: call bpf_map_lookup_elem
   96: r3 = r0
   97: if r3 == 0 goto +29
   98: r1 = *(u32 *)(r3 +0)
   99: if r1 == 0 goto +27
  100: r1 = *(u32 *)(r10 -112)
  101: *(u32 *)(r10 -80) = r1
  102: r2 = *(u32 *)(r10 -48)
  103: r1 = *(u32 *)(r3 +8)
  104: r2 &= r1
  105: *(u32 *)(r10 -76) = r2
  106: r2 = *(u32 *)(r10 -44)
  107: r1 = *(u32 *)(r3 +12)
  108: r2 &= r1
  109: *(u32 *)(r10 -72) = r2
  110: r1 = map[pipe_acl_rules] ll
  112: r2 = r10
  113: r2 += -80
  114: call bpf_map_lookup_elem
  115: r3 = r0
  116: if r3 == 0 goto +6
  117: r1 = *(u64 *)(r10 -104)
  118: if r1 == 0 goto +3
  119: r2 = *(u32 *)(r3 +4)
  120: r1 = *(u32 *)(r1 +4)
  121: if r2 <= r1 goto +1
  122: *(u64 *)(r10 -104) = r3
  123: r1 = *(u32 *)(r10 -112)
  124: r1 += 1
  125: *(u32 *)(r10 -112) = r1
  126: if r1 < 16 goto -36
  127: r1 = *(u64 *)(r10 -104)
  128: if r1 != 0 goto +13
  129: *(u32 *)(r10 -48) = 0
  130: r1 = map[pipe_acl_rules_default] ll
  132: r2 = r10
  133: r2 += -48
  134: call bpf_map_lookup_elem
  135: r1 = r0
  136: if r1 != 0 goto +6
  137: r4 = 2
  138: r3 = 0
  139: r2 = 0
  140: r1 = 0
  141: goto +8
  142: r1 = *(u64 *)(r10 -104)
  143: r4 = *(u32 *)(r1 +0)
  144: r3 = *(u32 *)(r1 +8)
  145: r3 = be32 r3
  146: r2 = *(u32 *)(r1 +12)
  147: r2 = be32 r2
  148: r1 = *(u32 *)(r1 +16)
  149: r1 = be32 r1
  150: if r4 == 3 goto +21
  151: if r4 == 1 goto +18
  152: if r4 == 4 goto +2
  153: if r4 == 2 goto +23
  154: goto +20
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  155: *(u32 *)(r10 -48) = r1
  156: r1 = map[pipe_rule_stats] ll
  158: r2 = r10
  159: r2 += -48
  160: call bpf_map_lookup_elem
  161: r2 = r0
  162: if r2 == 0 goto +14
  163: r1 = *(u64 *)(r2 +0)
  164: r1 += 1
  165: *(u64 *)(r2 +0) = r1
  166: r1 = *(u64 *)(r2 +8)
  167: r1 += r8
  168: *(u64 *)(r2 +8) = r1
  169: goto +7
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
      ; write var8, v22
  170: *(u64 *)(r10 -128) = 1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  171: goto +34
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
      ; write var8, v20
  172: *(u64 *)(r10 -128) = 0
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  173: *(u32 *)(r10 -48) = r3
  174: goto +34
  175: if r4 == 3 goto +49
  176: if r4 == 1 goto +48
      ; v25: bit<8> = read_field hdr1.protocol
  177: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  178: r1 = *(u64 *)(r10 -120)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  179: *(u64 *)(r10 -48) = 0
  180: *(u8 *)(r10 -48) = r2
  181: *(u8 *)(r10 -47) = r1
  182: r1 >>= 8
  183: *(u8 *)(r10 -46) = r1
  184: r1 = map[pipe_service_allow] ll
  186: r2 = r10
  187: r2 += -48
  188: call bpf_map_lookup_elem
  189: r1 = r0
  190: if r1 != 0 goto +4
  191: r3 = 1
  192: r2 = 0
  193: r1 = 2
  194: goto +5
  195: r3 = *(u32 *)(r1 +0)
  196: r2 = *(u32 *)(r1 +4)
  197: r2 = be32 r2
  198: r1 = *(u32 *)(r1 +8)
  199: r1 = be32 r1
  200: if r3 == 3 goto +4
  201: if r3 != 1 goto +23
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
      ; write var8, v33
  202: *(u64 *)(r10 -128) = 1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  203: *(u32 *)(r10 -48) = r1
  204: goto +4
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
      ; write var8, v31
  205: *(u64 *)(r10 -128) = 0
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  206: *(u32 *)(r10 -48) = r2
  207: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  208: *(u32 *)(r10 -48) = 1
  209: r1 = map[pipe_rule_stats] ll
  211: r2 = r10
  212: r2 += -48
  213: call bpf_map_lookup_elem
  214: r2 = r0
  215: if r2 == 0 goto +9
  216: r1 = *(u64 *)(r2 +0)
  217: r1 += 1
  218: *(u64 *)(r2 +0) = r1
  219: r1 = *(u64 *)(r2 +8)
  220: r1 += r8
  221: *(u64 *)(r2 +8) = r1
  222: goto +2
      ; drop
  223: r0 = 2
  224: exit
      ; epilogue: verdict
  225: r1 = *(u64 *)(r10 -128)
  226: if r1 != 0 goto +2
  227: r0 = 0
  228: exit
  229: r0 = 2
  230: exit
