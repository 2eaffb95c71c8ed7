; acl for xdp: 285 instructions, stack 192 bytes, 7 maps
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
   22: if r9 > r7 goto +216
      ; v0: bit<16> = read_field hdr0.etherType
   23: r1 = *(u16 *)(r6 +12)
   24: if r1 != 8 goto +33
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +211
      ; v1: bit<4> = read_field hdr1.ihl
   28: r1 = *(u8 *)(r6 +14)
   29: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   30: if r1 < 5 goto +208
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
   40: if r1 > 16383 goto +198
   41: r9 = r6
   42: r9 += r1
   43: if r9 > r7 goto +195
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
   53: if r9 > r7 goto +185
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
   58: if r8 == 0 goto +164
      ; v4: bit<32> = read_field hdr1.srcAddr
   59: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   60: *(u64 *)(r10 -48) = 0
   61: *(u32 *)(r10 -44) = r1
   62: *(u32 *)(r10 -48) = 32
   63: r1 = map[pipe_src_prefix] ll
   65: r2 = r10
   66: r2 += -48
   67: call bpf_map_lookup_elem
   68: r1 = r0
   69: if r1 != 0 goto +12
   70: *(u32 *)(r10 -48) = 0
   71: r1 = map[pipe_src_prefix_default] ll
   73: r2 = r10
   74: r2 += -48
   75: call bpf_map_lookup_elem
   76: r1 = r0
   77: if r1 != 0 goto +4
   78: r3 = 2
   79: r2 = 0
   80: r1 = 0
   81: goto +5
   82: r3 = *(u32 *)(r1 +0)
   83: r2 = *(u32 *)(r1 +4)
   84: r2 = be32 r2
   85: r1 = *(u32 *)(r1 +8)
   86: r1 = be32 r1
   87: if r3 == 0 goto +133
   88: if r3 == 1 goto +128
   89: if r3 == 2 goto +2
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
      ; write var8, v10
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
   90: if r3 == 0 goto +169
   91: if r3 == 1 goto +168
      ; v12: bit<8> = read_field hdr1.protocol
   92: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
   93: r2 = *(u64 *)(r10 -152)
      ; v14: bit<16> = read var3
   94: r3 = *(u64 *)(r10 -160)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
   95: *(u64 *)(r10 -48) = 0
   96: *(u8 *)(r10 -48) = r1
   97: *(u8 *)(r10 -47) = r2
   98: r2 >>= 8
   99: *(u8 *)(r10 -46) = r2
  100: *(u8 *)(r10 -45) = r3
  101: r3 >>= 8
  102: *(u8 *)(r10 -44) = r3
  103: *(u64 *)(r10 -104) = 0
  104: *(u32 *)(r10 -112) = 0
  105: r1 = map[pipe_acl_rules_masks] ll
  107: r2 = r10
  108: r2 += -112
  109: call bpf_map_lookup_elem
  110: r3 = r0
  111: if r3 == 0 goto +29
  112: r1 = *(u32 *)(r3 +0)
  113: if r1 == 0 goto +27
  114: r1 = *(u32 *)(r10 -112)
  115: *(u32 *)(r10 -80) = r1
  116: r2 = *(u32 *)(r10 -48)
  117: r1 = *(u32 *)(r3 +8)
  118: r2 &= r1
  119: *(u32 *)(r10 -76) = r2
  120: r1 = *(u32 *)(r10 -44)
  121: r2 = *(u32 *)(r3 +12)
  122: r1 &= r2
  123: *(u32 *)(r10 -72) = r1
  124: r1 = map[pipe_acl_rules] ll
  126: r2 = r10
  127: r2 += -80
  128: call bpf_map_lookup_elem
  129: r3 = r0
  130: if r3 == 0 goto +6
  131: r1 = *(u64 *)(r10 -104)
  132: if r1 == 0 goto +3
  133: r2 = *(u32 *)(r3 +4)
  134: r1 = *(u32 *)(r1 +4)
  135: if r2 <= r1 goto +1
  136: *(u64 *)(r10 -104) = r3
  137: r1 = *(u32 *)(r10 -112)
  138: r1 += 1
  139: *(u32 *)(r10 -112) = r1
  140: if r1 < 16 goto -36
  141: r1 = *(u64 *)(r10 -104)
  142: if r1 != 0 goto +13
  143: *(u32 *)(r10 -48) = 0
  144: r1 = map[pipe_acl_rules_default] ll
  146: r2 = r10
  147: r2 += -48
  148: call bpf_map_lookup_elem
  149: r1 = r0
  150: if r1 != 0 goto +6
  151: r4 = 2
  152: r3 = 0
  153: r2 = 0
  154: r1 = 0
  155: goto +8
  156: r1 = *(u64 *)(r10 -104)
  157: r4 = *(u32 *)(r1 +0)
  158: r3 = *(u32 *)(r1 +8)
  159: r3 = be32 r3
  160: r2 = *(u32 *)(r1 +12)
  161: r2 = be32 r2
  162: r1 = *(u32 *)(r1 +16)
  163: r1 = be32 r1
  164: if r4 == 3 goto +22
  165: if r4 == 1 goto +19
  166: if r4 == 4 goto +2
  167: if r4 == 2 goto +24
  168: goto +21
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  169: *(u32 *)(r10 -48) = r1
  170: r1 = map[pipe_rule_stats] ll
  172: r2 = r10
  173: r2 += -48
  174: call bpf_map_lookup_elem
  175: r2 = r0
  176: if r2 == 0 goto +15
  177: r1 = *(u64 *)(r2 +0)
  178: r1 += 1
  179: *(u64 *)(r2 +0) = r1
  180: r1 = *(u64 *)(r2 +8)
  181: r3 = *(u64 *)(r10 -168)
  182: r1 += r3
  183: *(u64 *)(r2 +8) = r1
  184: goto +7
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
      ; write var8, v22
  185: *(u64 *)(r10 -192) = 1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  186: goto +34
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
      ; write var8, v20
  187: *(u64 *)(r10 -192) = 0
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  188: *(u32 *)(r10 -48) = r3
  189: goto +34
  190: if r4 == 3 goto +69
  191: if r4 == 1 goto +68
      ; v25: bit<8> = read_field hdr1.protocol
  192: r1 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  193: r2 = *(u64 *)(r10 -160)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  194: *(u64 *)(r10 -48) = 0
  195: *(u8 *)(r10 -48) = r1
  196: *(u8 *)(r10 -47) = r2
  197: r2 >>= 8
  198: *(u8 *)(r10 -46) = r2
  199: r1 = map[pipe_service_allow] ll
  201: r2 = r10
  202: r2 += -48
  203: call bpf_map_lookup_elem
  204: r1 = r0
  205: if r1 != 0 goto +4
  206: r3 = 1
  207: r2 = 0
  208: r1 = 2
  209: goto +5
  210: r3 = *(u32 *)(r1 +0)
  211: r2 = *(u32 *)(r1 +4)
  212: r2 = be32 r2
  213: r1 = *(u32 *)(r1 +8)
  214: r1 = be32 r1
  215: if r3 == 3 goto +4
  216: if r3 != 1 goto +43
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
      ; write var8, v33
  217: *(u64 *)(r10 -192) = 1
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  218: *(u32 *)(r10 -48) = r1
  219: goto +4
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
      ; write var8, v31
  220: *(u64 *)(r10 -192) = 0
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  221: *(u32 *)(r10 -48) = r2
  222: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  223: *(u32 *)(r10 -48) = 1
  224: r1 = map[pipe_rule_stats] ll
  226: r2 = r10
  227: r2 += -48
  228: call bpf_map_lookup_elem
  229: r2 = r0
  230: if r2 == 0 goto +29
  231: r1 = *(u64 *)(r2 +0)
  232: r1 += 1
  233: *(u64 *)(r2 +0) = r1
  234: r1 = *(u64 *)(r2 +8)
  235: r3 = *(u64 *)(r10 -168)
  236: r1 += r3
  237: *(u64 *)(r2 +8) = r1
  238: goto +21
      ; drop
  239: r2 = *(u64 *)(r10 -176)
  240: r1 = *(u64 *)(r10 -184)
  241: *(u64 *)(r10 -120) = r2
  242: *(u64 *)(r10 -128) = r1
  243: r1 = *(u64 *)(r10 -8)
  244: r2 = 0xfffffffffffffff8 ll
  246: call bpf_xdp_adjust_meta
  247: if r0 != 0 goto +10
  248: r1 = *(u64 *)(r10 -8)
  249: r3 = *(u32 *)(r1 +8)
  250: r2 = *(u32 *)(r1 +0)
  251: r1 = r3
  252: r1 += 8
  253: if r1 > r2 goto +4
  254: r1 = *(u64 *)(r10 -120)
  255: *(u32 *)(r3 +0) = r1
  256: r1 = *(u64 *)(r10 -128)
  257: *(u32 *)(r3 +4) = r1
  258: r0 = 1
  259: exit
      ; epilogue: verdict
  260: r2 = *(u64 *)(r10 -176)
  261: r1 = *(u64 *)(r10 -184)
  262: *(u64 *)(r10 -136) = r2
  263: *(u64 *)(r10 -144) = r1
  264: r1 = *(u64 *)(r10 -8)
  265: r2 = 0xfffffffffffffff8 ll
  267: call bpf_xdp_adjust_meta
  268: if r0 != 0 goto +10
  269: r1 = *(u64 *)(r10 -8)
  270: r3 = *(u32 *)(r1 +8)
  271: r2 = *(u32 *)(r1 +0)
  272: r1 = r3
  273: r1 += 8
  274: if r1 > r2 goto +4
  275: r1 = *(u64 *)(r10 -136)
  276: *(u32 *)(r3 +0) = r1
  277: r1 = *(u64 *)(r10 -144)
  278: *(u32 *)(r3 +4) = r1
  279: r1 = *(u64 *)(r10 -192)
  280: if r1 != 0 goto +2
  281: r0 = 2
  282: exit
  283: r0 = 1
  284: exit
