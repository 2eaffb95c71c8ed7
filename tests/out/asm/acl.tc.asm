; acl for classifier: 269 instructions, stack 136 bytes, 7 maps
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
   10: if r4 > r7 goto +250
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +33
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r3 = r4
   14: r4 += 20
   15: if r4 > r7 goto +245
      ; v1: bit<4> = read_field hdr1.ihl
   16: r1 = *(u8 *)(r6 +14)
   17: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   18: if r1 < 5 goto +242
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
   28: if r1 > 16383 goto +232
   29: r4 = r6
   30: r4 += r1
   31: if r4 > r7 goto +229
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
   41: if r4 > r7 goto +219
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
   46: if r3 == 0 goto +199
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
   75: if r8 == 0 goto +7
   76: if r8 == 1 goto +2
   77: if r8 == 2 goto +19
   78: goto +18
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
   79: r2 = 1
      ; write var8, v10
   80: *(u64 *)(r10 -136) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
   81: *(u32 *)(r10 -48) = r1
   82: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   83: *(u32 *)(r10 -48) = r2
   84: r1 = map[pipe_rule_stats] ll
   86: r2 = r10
   87: r2 += -48
   88: call bpf_map_lookup_elem
   89: r2 = r0
   90: if r2 == 0 goto +6
   91: r1 = *(u64 *)(r2 +0)
   92: r1 += 1
   93: *(u64 *)(r2 +0) = r1
   94: r1 = *(u64 *)(r2 +8)
   95: r1 += r9
   96: *(u64 *)(r2 +8) = r1
   97: if r8 == 0 goto +165
   98: if r8 == 1 goto +164
      ; v12: bit<8> = read_field hdr1.protocol
   99: r2 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  100: r3 = *(u64 *)(r10 -120)
      ; v14: bit<16> = read var3
  101: r1 = *(u64 *)(r10 -128)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  102: *(u64 *)(r10 -48) = 0
  103: *(u8 *)(r10 -48) = r2
  104: *(u8 *)(r10 -47) = r3
  105: r3 >>= 8
  106: *(u8 *)(r10 -46) = r3
  107: *(u8 *)(r10 -45) = r1
  108: r1 >>= 8
  109: *(u8 *)(r10 -44) = r1
  110: *(u64 *)(r10 -104) = 0
  111: *(u32 *)(r10 -112) = 0
  112: r1 = map[pipe_acl_rules_masks] ll
  114: r2 = r10
  115: r2 += -112
  116: call bpf_map_lookup_elem
  117: r3 = r0
  118: if r3 == 0 goto +29
  119: r1 = *(u32 *)(r3 +0)
  120: if r1 == 0 goto +27
  121: r1 = *(u32 *)(r10 -112)
  122: *(u32 *)(r10 -80) = r1
  123: r2 = *(u32 *)(r10 -48)
  124: r1 = *(u32 *)(r3 +8)
  125: r2 &= r1
  126: *(u32 *)(r10 -76) = r2
  127: r2 = *(u32 *)(r10 -44)
  128: r1 = *(u32 *)(r3 +12)
  129: r2 &= r1
  130: *(u32 *)(r10 -72) = r2
  131: r1 = map[pipe_acl_rules] ll
  133: r2 = r10
  134: r2 += -80
  135: call bpf_map_lookup_elem
  136: r3 = r0
  137: if r3 == 0 goto +6
  138: r1 = *(u64 *)(r10 -104)
  139: if r1 == 0 goto +3
  140: r2 = *(u32 *)(r3 +4)
  141: r1 = *(u32 *)(r1 +4)
  142: if r2 <= r1 goto +1
  143: *(u64 *)(r10 -104) = r3
  144: r1 = *(u32 *)(r10 -112)
  145: r1 += 1
  146: *(u32 *)(r10 -112) = r1
  147: if r1 < 16 goto -36
  148: r1 = *(u64 *)(r10 -104)
  149: if r1 != 0 goto +13
  150: *(u32 *)(r10 -48) = 0
  151: r1 = map[pipe_acl_rules_default] ll
  153: r2 = r10
  154: r2 += -48
  155: call bpf_map_lookup_elem
  156: r1 = r0
  157: if r1 != 0 goto +6
  158: r8 = 2
  159: r3 = 0
  160: r2 = 0
  161: r1 = 0
  162: goto +8
  163: r1 = *(u64 *)(r10 -104)
  164: r8 = *(u32 *)(r1 +0)
  165: r3 = *(u32 *)(r1 +8)
  166: r3 = be32 r3
  167: r2 = *(u32 *)(r1 +12)
  168: r2 = be32 r2
  169: r1 = *(u32 *)(r1 +16)
  170: r1 = be32 r1
  171: if r8 == 3 goto +23
  172: if r8 == 1 goto +5
  173: if r8 == 4 goto +2
  174: if r8 == 2 goto +36
  175: goto +35
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  176: *(u32 *)(r10 -48) = r1
  177: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  178: r1 = 1
      ; write var8, v22
  179: *(u64 *)(r10 -136) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  180: *(u32 *)(r10 -48) = r2
  181: r1 = map[pipe_rule_stats] ll
  183: r2 = r10
  184: r2 += -48
  185: call bpf_map_lookup_elem
  186: r2 = r0
  187: if r2 == 0 goto +23
  188: r1 = *(u64 *)(r2 +0)
  189: r1 += 1
  190: *(u64 *)(r2 +0) = r1
  191: r1 = *(u64 *)(r2 +8)
  192: r1 += r9
  193: *(u64 *)(r2 +8) = r1
  194: goto +16
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  195: r1 = 0
      ; write var8, v20
  196: *(u64 *)(r10 -136) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  197: *(u32 *)(r10 -48) = r3
  198: r1 = map[pipe_rule_stats] ll
  200: r2 = r10
  201: r2 += -48
  202: call bpf_map_lookup_elem
  203: r2 = r0
  204: if r2 == 0 goto +6
  205: r1 = *(u64 *)(r2 +0)
  206: r1 += 1
  207: *(u64 *)(r2 +0) = r1
  208: r1 = *(u64 *)(r2 +8)
  209: r1 += r9
  210: *(u64 *)(r2 +8) = r1
  211: if r8 == 3 goto +51
  212: if r8 == 1 goto +50
      ; v25: bit<8> = read_field hdr1.protocol
  213: r2 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  214: r1 = *(u64 *)(r10 -128)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  215: *(u64 *)(r10 -48) = 0
  216: *(u8 *)(r10 -48) = r2
  217: *(u8 *)(r10 -47) = r1
  218: r1 >>= 8
  219: *(u8 *)(r10 -46) = r1
  220: r1 = map[pipe_service_allow] ll
  222: r2 = r10
  223: r2 += -48
  224: call bpf_map_lookup_elem
  225: r1 = r0
  226: if r1 != 0 goto +4
  227: r4 = 1
  228: r3 = 0
  229: r2 = 2
  230: goto +5
  231: r4 = *(u32 *)(r1 +0)
  232: r3 = *(u32 *)(r1 +4)
  233: r3 = be32 r3
  234: r2 = *(u32 *)(r1 +8)
  235: r2 = be32 r2
  236: if r4 == 3 goto +5
  237: if r4 != 1 goto +25
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  238: r1 = 1
      ; write var8, v33
  239: *(u64 *)(r10 -136) = r1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  240: *(u32 *)(r10 -48) = r2
  241: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  242: r1 = 0
      ; write var8, v31
  243: *(u64 *)(r10 -136) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  244: *(u32 *)(r10 -48) = r3
  245: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  246: *(u32 *)(r10 -48) = 1
  247: r1 = map[pipe_rule_stats] ll
  249: r2 = r10
  250: r2 += -48
  251: call bpf_map_lookup_elem
  252: r2 = r0
  253: if r2 == 0 goto +9
  254: r1 = *(u64 *)(r2 +0)
  255: r1 += 1
  256: *(u64 *)(r2 +0) = r1
  257: r1 = *(u64 *)(r2 +8)
  258: r1 += r9
  259: *(u64 *)(r2 +8) = r1
  260: goto +2
      ; drop
  261: r0 = 2
  262: exit
      ; epilogue: verdict
  263: r1 = *(u64 *)(r10 -136)
  264: if r1 != 0 goto +2
  265: r0 = 0
  266: exit
  267: r0 = 2
  268: exit
