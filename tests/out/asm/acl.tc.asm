; acl for classifier: 232 instructions, stack 128 bytes, 7 maps
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
   10: if r4 > r7 goto +213
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +32
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r3 = r4
   14: r4 += 20
   15: if r4 > r7 goto +208
      ; v1: bit<4> = read_field hdr1.ihl
   16: r1 = *(u8 *)(r6 +14)
   17: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   18: if r1 < 5 goto +205
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
   28: if r1 > 16383 goto +195
   29: r4 = r6
   30: r4 += r1
   31: if r4 > r7 goto +192
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
   41: if r4 > r7 goto +182
      ; v12: bit<16> = read_field hdr2.srcPort
   42: r9 = *(u16 *)(r1 +0)
      ; write var2, v12
      ; v13: bit<16> = read_field hdr2.dstPort
   43: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   44: *(u64 *)(r10 -120) = r1
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
   45: if r3 == 0 goto +163
      ; v4: bit<32> = read_field hdr1.srcAddr
   46: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   47: *(u64 *)(r10 -48) = 0
   48: *(u32 *)(r10 -44) = r1
   49: *(u32 *)(r10 -48) = 32
   50: r1 = map[pipe_src_prefix] ll
   52: r2 = r10
   53: r2 += -48
   54: call bpf_map_lookup_elem
   55: r1 = r0
   56: if r1 != 0 goto +12
   57: *(u32 *)(r10 -48) = 0
   58: r1 = map[pipe_src_prefix_default] ll
   60: r2 = r10
   61: r2 += -48
   62: call bpf_map_lookup_elem
   63: r1 = r0
   64: if r1 != 0 goto +4
   65: r3 = 2
   66: r2 = 0
   67: r1 = 0
   68: goto +5
   69: r3 = *(u32 *)(r1 +0)
   70: r2 = *(u32 *)(r1 +4)
   71: r2 = be32 r2
   72: r1 = *(u32 *)(r1 +8)
   73: r1 = be32 r1
   74: if r3 == 0 goto +132
   75: if r3 == 1 goto +127
   76: if r3 == 2 goto +2
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
      ; write var8, v10
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   77: if r3 == 0 goto +148
   78: if r3 == 1 goto +147
      ; v12: bit<8> = read_field hdr1.protocol
   79: r2 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
   80: r3 = r9
      ; v14: bit<16> = read var3
   81: r1 = *(u64 *)(r10 -120)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
   82: *(u64 *)(r10 -48) = 0
   83: *(u8 *)(r10 -48) = r2
   84: *(u8 *)(r10 -47) = r3
   85: r3 >>= 8
   86: *(u8 *)(r10 -46) = r3
   87: *(u8 *)(r10 -45) = r1
   88: r1 >>= 8
   89: *(u8 *)(r10 -44) = r1
   90: *(u64 *)(r10 -104) = 0
   91: *(u32 *)(r10 -112) = 0
   92: r1 = map[pipe_acl_rules_masks] ll
   94: r2 = r10
   95: r2 += -112
   96: call bpf_map_lookup_elem
   97: r3 = r0
   98: if r3 == 0 goto +29
   99: r1 = *(u32 *)(r3 +0)
  100: if r1 == 0 goto +27
  101: r1 = *(u32 *)(r10 -112)
  102: *(u32 *)(r10 -80) = r1
  103: r2 = *(u32 *)(r10 -48)
  104: r1 = *(u32 *)(r3 +8)
  105: r2 &= r1
  106: *(u32 *)(r10 -76) = r2
  107: r2 = *(u32 *)(r10 -44)
  108: r1 = *(u32 *)(r3 +12)
  109: r2 &= r1
  110: *(u32 *)(r10 -72) = r2
  111: r1 = map[pipe_acl_rules] ll
  113: r2 = r10
  114: r2 += -80
  115: call bpf_map_lookup_elem
  116: r3 = r0
  117: if r3 == 0 goto +6
  118: r1 = *(u64 *)(r10 -104)
  119: if r1 == 0 goto +3
  120: r2 = *(u32 *)(r3 +4)
  121: r1 = *(u32 *)(r1 +4)
  122: if r2 <= r1 goto +1
  123: *(u64 *)(r10 -104) = r3
  124: r1 = *(u32 *)(r10 -112)
  125: r1 += 1
  126: *(u32 *)(r10 -112) = r1
  127: if r1 < 16 goto -36
  128: r1 = *(u64 *)(r10 -104)
  129: if r1 != 0 goto +13
  130: *(u32 *)(r10 -48) = 0
  131: r1 = map[pipe_acl_rules_default] ll
  133: r2 = r10
  134: r2 += -48
  135: call bpf_map_lookup_elem
  136: r1 = r0
  137: if r1 != 0 goto +6
  138: r4 = 2
  139: r3 = 0
  140: r2 = 0
  141: r1 = 0
  142: goto +8
  143: r1 = *(u64 *)(r10 -104)
  144: r4 = *(u32 *)(r1 +0)
  145: r3 = *(u32 *)(r1 +8)
  146: r3 = be32 r3
  147: r2 = *(u32 *)(r1 +12)
  148: r2 = be32 r2
  149: r1 = *(u32 *)(r1 +16)
  150: r1 = be32 r1
  151: if r4 == 3 goto +21
  152: if r4 == 1 goto +18
  153: if r4 == 4 goto +2
  154: if r4 == 2 goto +23
  155: goto +20
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  156: *(u32 *)(r10 -48) = r1
  157: r1 = map[pipe_rule_stats] ll
  159: r2 = r10
  160: r2 += -48
  161: call bpf_map_lookup_elem
  162: r2 = r0
  163: if r2 == 0 goto +14
  164: r1 = *(u64 *)(r2 +0)
  165: r1 += 1
  166: *(u64 *)(r2 +0) = r1
  167: r1 = *(u64 *)(r2 +8)
  168: r1 += r8
  169: *(u64 *)(r2 +8) = r1
  170: goto +7
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
      ; write var8, v22
  171: *(u64 *)(r10 -128) = 1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  172: goto +34
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
      ; write var8, v20
  173: *(u64 *)(r10 -128) = 0
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  174: *(u32 *)(r10 -48) = r3
  175: goto +34
  176: if r4 == 3 goto +49
  177: if r4 == 1 goto +48
      ; v25: bit<8> = read_field hdr1.protocol
  178: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  179: r1 = *(u64 *)(r10 -120)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  180: *(u64 *)(r10 -48) = 0
  181: *(u8 *)(r10 -48) = r2
  182: *(u8 *)(r10 -47) = r1
  183: r1 >>= 8
  184: *(u8 *)(r10 -46) = r1
  185: r1 = map[pipe_service_allow] ll
  187: r2 = r10
  188: r2 += -48
  189: call bpf_map_lookup_elem
  190: r1 = r0
  191: if r1 != 0 goto +4
  192: r3 = 1
  193: r2 = 0
  194: r1 = 2
  195: goto +5
  196: r3 = *(u32 *)(r1 +0)
  197: r2 = *(u32 *)(r1 +4)
  198: r2 = be32 r2
  199: r1 = *(u32 *)(r1 +8)
  200: r1 = be32 r1
  201: if r3 == 3 goto +4
  202: if r3 != 1 goto +23
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
      ; write var8, v33
  203: *(u64 *)(r10 -128) = 1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  204: *(u32 *)(r10 -48) = r1
  205: goto +4
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
      ; write var8, v31
  206: *(u64 *)(r10 -128) = 0
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  207: *(u32 *)(r10 -48) = r2
  208: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  209: *(u32 *)(r10 -48) = 1
  210: r1 = map[pipe_rule_stats] ll
  212: r2 = r10
  213: r2 += -48
  214: call bpf_map_lookup_elem
  215: r2 = r0
  216: if r2 == 0 goto +9
  217: r1 = *(u64 *)(r2 +0)
  218: r1 += 1
  219: *(u64 *)(r2 +0) = r1
  220: r1 = *(u64 *)(r2 +8)
  221: r1 += r8
  222: *(u64 *)(r2 +8) = r1
  223: goto +2
      ; drop
  224: r0 = 2
  225: exit
      ; epilogue: verdict
  226: r1 = *(u64 *)(r10 -128)
  227: if r1 != 0 goto +2
  228: r0 = 0
  229: exit
  230: r0 = 2
  231: exit
