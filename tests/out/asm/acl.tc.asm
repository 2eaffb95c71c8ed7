; acl for classifier: 230 instructions, stack 128 bytes, 7 maps
      ; prologue: save ctx, packet pointers, inputs
    0: r6 = *(u32 *)(r1 +76)
    1: r7 = *(u32 *)(r1 +80)
    2: r4 = r6
    3: r3 = 0
    4: r9 = 0
    5: *(u64 *)(r10 -120) = 0
    6: *(u64 *)(r10 -128) = 0
    7: r8 = *(u32 *)(r1 +0)
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    8: r4 += 14
    9: if r4 > r7 goto +212
      ; v0: bit<16> = read_field hdr0.etherType
   10: r1 = *(u16 *)(r6 +12)
   11: if r1 != 8 goto +32
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   12: r3 = r4
   13: r4 += 20
   14: if r4 > r7 goto +207
      ; v1: bit<4> = read_field hdr1.ihl
   15: r1 = *(u8 *)(r6 +14)
   16: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   17: if r1 < 5 goto +204
      ; v4: bit<4> = read_field hdr1.ihl
   18: r1 = *(u8 *)(r6 +14)
   19: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   20: r1 -= 5
   21: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   22: r1 *= 32
   23: w1 = w1
      ; advance v9
   24: r1 >>= 3
   25: r4 -= r6
   26: r1 += r4
   27: if r1 > 16383 goto +194
   28: r4 = r6
   29: r4 += r1
   30: if r4 > r7 goto +191
      ; v10: bit<13> = read_field hdr1.fragOffset
   31: r2 = *(u16 *)(r6 +20)
   32: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   33: r1 = *(u8 *)(r6 +23)
   34: if r2 != 0 goto +9
   35: if r1 == 6 goto +2
   36: if r2 != 0 goto +7
   37: if r1 != 17 goto +6
      ; prs: block3 (parse_ports)
      ; extract hdr2
   38: r1 = r4
   39: r4 += 4
   40: if r4 > r7 goto +181
      ; v12: bit<16> = read_field hdr2.srcPort
   41: r9 = *(u16 *)(r1 +0)
      ; write var2, v12
      ; v13: bit<16> = read_field hdr2.dstPort
   42: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   43: *(u64 *)(r10 -120) = r1
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
   44: if r3 == 0 goto +162
      ; v4: bit<32> = read_field hdr1.srcAddr
   45: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   46: *(u32 *)(r10 -44) = r1
   47: *(u32 *)(r10 -48) = 32
   48: r1 = map[pipe_src_prefix] ll
   50: r2 = r10
   51: r2 += -48
   52: call bpf_map_lookup_elem
   53: r1 = r0
   54: if r1 != 0 goto +12
   55: *(u32 *)(r10 -48) = 0
   56: r1 = map[pipe_src_prefix_default] ll
   58: r2 = r10
   59: r2 += -48
   60: call bpf_map_lookup_elem
   61: r1 = r0
   62: if r1 != 0 goto +4
   63: r3 = 2
   64: r2 = 0
   65: r1 = 0
   66: goto +5
   67: r3 = *(u32 *)(r1 +0)
   68: r2 = *(u32 *)(r1 +4)
   69: r2 = be32 r2
   70: r1 = *(u32 *)(r1 +8)
   71: r1 = be32 r1
   72: if r3 == 0 goto +132
   73: if r3 == 1 goto +127
   74: if r3 == 2 goto +2
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
      ; write var8, v10
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   75: if r3 == 0 goto +148
   76: if r3 == 1 goto +147
      ; v12: bit<8> = read_field hdr1.protocol
   77: r2 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
   78: r3 = r9
      ; v14: bit<16> = read var3
   79: r1 = *(u64 *)(r10 -120)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
   80: *(u64 *)(r10 -48) = 0
   81: *(u8 *)(r10 -48) = r2
   82: *(u8 *)(r10 -47) = r3
   83: r3 >>= 8
   84: *(u8 *)(r10 -46) = r3
   85: *(u8 *)(r10 -45) = r1
   86: r1 >>= 8
   87: *(u8 *)(r10 -44) = r1
   88: *(u64 *)(r10 -104) = 0
   89: *(u32 *)(r10 -112) = 0
   90: r1 = map[pipe_acl_rules_masks] ll
   92: r2 = r10
   93: r2 += -112
   94: call bpf_map_lookup_elem
   95: r3 = r0
   96: if r3 == 0 goto +29
   97: r1 = *(u32 *)(r3 +0)
   98: if r1 == 0 goto +27
   99: r1 = *(u32 *)(r10 -112)
  100: *(u32 *)(r10 -80) = r1
  101: r2 = *(u32 *)(r10 -48)
  102: r1 = *(u32 *)(r3 +8)
  103: r2 &= r1
  104: *(u32 *)(r10 -76) = r2
  105: r2 = *(u32 *)(r10 -44)
  106: r1 = *(u32 *)(r3 +12)
  107: r2 &= r1
  108: *(u32 *)(r10 -72) = r2
  109: r1 = map[pipe_acl_rules] ll
  111: r2 = r10
  112: r2 += -80
  113: call bpf_map_lookup_elem
  114: r3 = r0
  115: if r3 == 0 goto +6
  116: r1 = *(u64 *)(r10 -104)
  117: if r1 == 0 goto +3
  118: r2 = *(u32 *)(r3 +4)
  119: r1 = *(u32 *)(r1 +4)
  120: if r2 <= r1 goto +1
  121: *(u64 *)(r10 -104) = r3
  122: r1 = *(u32 *)(r10 -112)
  123: r1 += 1
  124: *(u32 *)(r10 -112) = r1
  125: if r1 < 16 goto -36
  126: r1 = *(u64 *)(r10 -104)
  127: if r1 != 0 goto +13
  128: *(u32 *)(r10 -48) = 0
  129: r1 = map[pipe_acl_rules_default] ll
  131: r2 = r10
  132: r2 += -48
  133: call bpf_map_lookup_elem
  134: r1 = r0
  135: if r1 != 0 goto +6
  136: r4 = 2
  137: r3 = 0
  138: r2 = 0
  139: r1 = 0
  140: goto +8
  141: r1 = *(u64 *)(r10 -104)
  142: r4 = *(u32 *)(r1 +0)
  143: r3 = *(u32 *)(r1 +8)
  144: r3 = be32 r3
  145: r2 = *(u32 *)(r1 +12)
  146: r2 = be32 r2
  147: r1 = *(u32 *)(r1 +16)
  148: r1 = be32 r1
  149: if r4 == 3 goto +21
  150: if r4 == 1 goto +18
  151: if r4 == 4 goto +2
  152: if r4 == 2 goto +23
  153: goto +20
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  154: *(u32 *)(r10 -48) = r1
  155: r1 = map[pipe_rule_stats] ll
  157: r2 = r10
  158: r2 += -48
  159: call bpf_map_lookup_elem
  160: r2 = r0
  161: if r2 == 0 goto +14
  162: r1 = *(u64 *)(r2 +0)
  163: r1 += 1
  164: *(u64 *)(r2 +0) = r1
  165: r1 = *(u64 *)(r2 +8)
  166: r1 += r8
  167: *(u64 *)(r2 +8) = r1
  168: goto +7
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
      ; write var8, v22
  169: *(u64 *)(r10 -128) = 1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  170: goto +34
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
      ; write var8, v20
  171: *(u64 *)(r10 -128) = 0
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  172: *(u32 *)(r10 -48) = r3
  173: goto +34
  174: if r4 == 3 goto +49
  175: if r4 == 1 goto +48
      ; v25: bit<8> = read_field hdr1.protocol
  176: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  177: r1 = *(u64 *)(r10 -120)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  178: *(u64 *)(r10 -48) = 0
  179: *(u8 *)(r10 -48) = r2
  180: *(u8 *)(r10 -47) = r1
  181: r1 >>= 8
  182: *(u8 *)(r10 -46) = r1
  183: r1 = map[pipe_service_allow] ll
  185: r2 = r10
  186: r2 += -48
  187: call bpf_map_lookup_elem
  188: r1 = r0
  189: if r1 != 0 goto +4
  190: r3 = 1
  191: r2 = 0
  192: r1 = 2
  193: goto +5
  194: r3 = *(u32 *)(r1 +0)
  195: r2 = *(u32 *)(r1 +4)
  196: r2 = be32 r2
  197: r1 = *(u32 *)(r1 +8)
  198: r1 = be32 r1
  199: if r3 == 3 goto +4
  200: if r3 != 1 goto +23
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
      ; write var8, v33
  201: *(u64 *)(r10 -128) = 1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  202: *(u32 *)(r10 -48) = r1
  203: goto +4
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
      ; write var8, v31
  204: *(u64 *)(r10 -128) = 0
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  205: *(u32 *)(r10 -48) = r2
  206: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  207: *(u32 *)(r10 -48) = 1
  208: r1 = map[pipe_rule_stats] ll
  210: r2 = r10
  211: r2 += -48
  212: call bpf_map_lookup_elem
  213: r2 = r0
  214: if r2 == 0 goto +9
  215: r1 = *(u64 *)(r2 +0)
  216: r1 += 1
  217: *(u64 *)(r2 +0) = r1
  218: r1 = *(u64 *)(r2 +8)
  219: r1 += r8
  220: *(u64 *)(r2 +8) = r1
  221: goto +2
      ; drop
  222: r0 = 2
  223: exit
      ; epilogue: verdict
  224: r1 = *(u64 *)(r10 -128)
  225: if r1 != 0 goto +2
  226: r0 = 0
  227: exit
  228: r0 = 2
  229: exit
