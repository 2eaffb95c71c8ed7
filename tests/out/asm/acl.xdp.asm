; acl for xdp: 284 instructions, stack 192 bytes, 7 maps
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
   22: if r9 > r7 goto +215
      ; v0: bit<16> = read_field hdr0.etherType
   23: r1 = *(u16 *)(r6 +12)
   24: if r1 != 8 goto +33
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +210
      ; v1: bit<4> = read_field hdr1.ihl
   28: r1 = *(u8 *)(r6 +14)
   29: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   30: if r1 < 5 goto +207
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
   40: if r1 > 16383 goto +197
   41: r9 = r6
   42: r9 += r1
   43: if r9 > r7 goto +194
      ; v10: bit<13> = read_field hdr1.fragOffset
   44: r2 = *(u16 *)(r6 +20)
   45: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   46: r1 = *(u8 *)(r6 +23)
   47: if r2 != 0 goto +10
   48: if r1 == 6 goto +2
   49: if r2 != 0 goto +8
   50: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   51: r1 = r9
   52: r9 += 4
   53: if r9 > r7 goto +184
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
   58: if r8 == 0 goto +163
      ; v4: bit<32> = read_field hdr1.srcAddr
   59: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   60: *(u32 *)(r10 -44) = r1
   61: *(u32 *)(r10 -48) = 32
   62: r1 = map[pipe_src_prefix] ll
   64: r2 = r10
   65: r2 += -48
   66: call bpf_map_lookup_elem
   67: r1 = r0
   68: if r1 != 0 goto +12
   69: *(u32 *)(r10 -48) = 0
   70: r1 = map[pipe_src_prefix_default] ll
   72: r2 = r10
   73: r2 += -48
   74: call bpf_map_lookup_elem
   75: r1 = r0
   76: if r1 != 0 goto +4
   77: r3 = 2
   78: r2 = 0
   79: r1 = 0
   80: goto +5
   81: r3 = *(u32 *)(r1 +0)
   82: r2 = *(u32 *)(r1 +4)
   83: r2 = be32 r2
   84: r1 = *(u32 *)(r1 +8)
   85: r1 = be32 r1
   86: if r3 == 0 goto +133
   87: if r3 == 1 goto +128
   88: if r3 == 2 goto +2
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
      ; write var8, v10
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   89: if r3 == 0 goto +169
   90: if r3 == 1 goto +168
      ; v12: bit<8> = read_field hdr1.protocol
   91: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
   92: r2 = *(u64 *)(r10 -152)
      ; v14: bit<16> = read var3
   93: r3 = *(u64 *)(r10 -160)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
   94: *(u64 *)(r10 -48) = 0
   95: *(u8 *)(r10 -48) = r1
   96: *(u8 *)(r10 -47) = r2
   97: r2 >>= 8
   98: *(u8 *)(r10 -46) = r2
   99: *(u8 *)(r10 -45) = r3
  100: r3 >>= 8
  101: *(u8 *)(r10 -44) = r3
  102: *(u64 *)(r10 -104) = 0
  103: *(u32 *)(r10 -112) = 0
  104: r1 = map[pipe_acl_rules_masks] ll
  106: r2 = r10
  107: r2 += -112
  108: call bpf_map_lookup_elem
  109: r3 = r0
  110: if r3 == 0 goto +29
  111: r1 = *(u32 *)(r3 +0)
  112: if r1 == 0 goto +27
  113: r1 = *(u32 *)(r10 -112)
  114: *(u32 *)(r10 -80) = r1
  115: r2 = *(u32 *)(r10 -48)
  116: r1 = *(u32 *)(r3 +8)
  117: r2 &= r1
  118: *(u32 *)(r10 -76) = r2
  119: r1 = *(u32 *)(r10 -44)
  120: r2 = *(u32 *)(r3 +12)
  121: r1 &= r2
  122: *(u32 *)(r10 -72) = r1
  123: r1 = map[pipe_acl_rules] ll
  125: r2 = r10
  126: r2 += -80
  127: call bpf_map_lookup_elem
  128: r3 = r0
  129: if r3 == 0 goto +6
  130: r1 = *(u64 *)(r10 -104)
  131: if r1 == 0 goto +3
  132: r2 = *(u32 *)(r3 +4)
  133: r1 = *(u32 *)(r1 +4)
  134: if r2 <= r1 goto +1
  135: *(u64 *)(r10 -104) = r3
  136: r1 = *(u32 *)(r10 -112)
  137: r1 += 1
  138: *(u32 *)(r10 -112) = r1
  139: if r1 < 16 goto -36
  140: r1 = *(u64 *)(r10 -104)
  141: if r1 != 0 goto +13
  142: *(u32 *)(r10 -48) = 0
  143: r1 = map[pipe_acl_rules_default] ll
  145: r2 = r10
  146: r2 += -48
  147: call bpf_map_lookup_elem
  148: r1 = r0
  149: if r1 != 0 goto +6
  150: r4 = 2
  151: r3 = 0
  152: r2 = 0
  153: r1 = 0
  154: goto +8
  155: r1 = *(u64 *)(r10 -104)
  156: r4 = *(u32 *)(r1 +0)
  157: r3 = *(u32 *)(r1 +8)
  158: r3 = be32 r3
  159: r2 = *(u32 *)(r1 +12)
  160: r2 = be32 r2
  161: r1 = *(u32 *)(r1 +16)
  162: r1 = be32 r1
  163: if r4 == 3 goto +22
  164: if r4 == 1 goto +19
  165: if r4 == 4 goto +2
  166: if r4 == 2 goto +24
  167: goto +21
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  168: *(u32 *)(r10 -48) = r1
  169: r1 = map[pipe_rule_stats] ll
  171: r2 = r10
  172: r2 += -48
  173: call bpf_map_lookup_elem
  174: r2 = r0
  175: if r2 == 0 goto +15
  176: r1 = *(u64 *)(r2 +0)
  177: r1 += 1
  178: *(u64 *)(r2 +0) = r1
  179: r1 = *(u64 *)(r2 +8)
  180: r3 = *(u64 *)(r10 -168)
  181: r1 += r3
  182: *(u64 *)(r2 +8) = r1
  183: goto +7
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
      ; write var8, v22
  184: *(u64 *)(r10 -192) = 1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  185: goto +34
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
      ; write var8, v20
  186: *(u64 *)(r10 -192) = 0
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  187: *(u32 *)(r10 -48) = r3
  188: goto +34
  189: if r4 == 3 goto +69
  190: if r4 == 1 goto +68
      ; v25: bit<8> = read_field hdr1.protocol
  191: r1 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  192: r2 = *(u64 *)(r10 -160)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  193: *(u64 *)(r10 -48) = 0
  194: *(u8 *)(r10 -48) = r1
  195: *(u8 *)(r10 -47) = r2
  196: r2 >>= 8
  197: *(u8 *)(r10 -46) = r2
  198: r1 = map[pipe_service_allow] ll
  200: r2 = r10
  201: r2 += -48
  202: call bpf_map_lookup_elem
  203: r1 = r0
  204: if r1 != 0 goto +4
  205: r3 = 1
  206: r2 = 0
  207: r1 = 2
  208: goto +5
  209: r3 = *(u32 *)(r1 +0)
  210: r2 = *(u32 *)(r1 +4)
  211: r2 = be32 r2
  212: r1 = *(u32 *)(r1 +8)
  213: r1 = be32 r1
  214: if r3 == 3 goto +4
  215: if r3 != 1 goto +43
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
      ; write var8, v33
  216: *(u64 *)(r10 -192) = 1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  217: *(u32 *)(r10 -48) = r1
  218: goto +4
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
      ; write var8, v31
  219: *(u64 *)(r10 -192) = 0
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  220: *(u32 *)(r10 -48) = r2
  221: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  222: *(u32 *)(r10 -48) = 1
  223: r1 = map[pipe_rule_stats] ll
  225: r2 = r10
  226: r2 += -48
  227: call bpf_map_lookup_elem
  228: r2 = r0
  229: if r2 == 0 goto +29
  230: r1 = *(u64 *)(r2 +0)
  231: r1 += 1
  232: *(u64 *)(r2 +0) = r1
  233: r1 = *(u64 *)(r2 +8)
  234: r3 = *(u64 *)(r10 -168)
  235: r1 += r3
  236: *(u64 *)(r2 +8) = r1
  237: goto +21
      ; drop
  238: r2 = *(u64 *)(r10 -176)
  239: r1 = *(u64 *)(r10 -184)
  240: *(u64 *)(r10 -120) = r2
  241: *(u64 *)(r10 -128) = r1
  242: r1 = *(u64 *)(r10 -8)
  243: r2 = 0xfffffffffffffff8 ll
  245: call bpf_xdp_adjust_meta
  246: if r0 != 0 goto +10
  247: r1 = *(u64 *)(r10 -8)
  248: r3 = *(u32 *)(r1 +8)
  249: r2 = *(u32 *)(r1 +0)
  250: r1 = r3
  251: r1 += 8
  252: if r1 > r2 goto +4
  253: r1 = *(u64 *)(r10 -120)
  254: *(u32 *)(r3 +0) = r1
  255: r1 = *(u64 *)(r10 -128)
  256: *(u32 *)(r3 +4) = r1
  257: r0 = 1
  258: exit
      ; epilogue: verdict
  259: r2 = *(u64 *)(r10 -176)
  260: r1 = *(u64 *)(r10 -184)
  261: *(u64 *)(r10 -136) = r2
  262: *(u64 *)(r10 -144) = r1
  263: r1 = *(u64 *)(r10 -8)
  264: r2 = 0xfffffffffffffff8 ll
  266: call bpf_xdp_adjust_meta
  267: if r0 != 0 goto +10
  268: r1 = *(u64 *)(r10 -8)
  269: r3 = *(u32 *)(r1 +8)
  270: r2 = *(u32 *)(r1 +0)
  271: r1 = r3
  272: r1 += 8
  273: if r1 > r2 goto +4
  274: r1 = *(u64 *)(r10 -136)
  275: *(u32 *)(r3 +0) = r1
  276: r1 = *(u64 *)(r10 -144)
  277: *(u32 *)(r3 +4) = r1
  278: r1 = *(u64 *)(r10 -192)
  279: if r1 != 0 goto +2
  280: r0 = 2
  281: exit
  282: r0 = 1
  283: exit
