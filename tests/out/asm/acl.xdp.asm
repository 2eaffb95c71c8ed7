; acl for xdp: 362 instructions, stack 192 bytes, 7 maps
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
   22: if r9 > r7 goto +288
      ; v0: bit<16> = read_field hdr0.etherType
   23: r1 = *(u16 *)(r6 +12)
   24: if r1 != 8 goto +36
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +283
      ; v1: bit<4> = read_field hdr1.ihl
   28: r2 = *(u8 *)(r6 +14)
   29: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   30: r1 = 1
   31: if r2 >= 5 goto +1
   32: r1 = 0
      ; verify v3, error HeaderTooShort
   33: if r1 == 0 goto +277
      ; v4: bit<4> = read_field hdr1.ihl
   34: r1 = *(u8 *)(r6 +14)
   35: r1 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   36: r1 -= 5
   37: w1 = w1
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   38: r1 *= 32
   39: w1 = w1
      ; advance v9
   40: r1 >>= 3
   41: r9 -= r6
   42: r1 += r9
   43: if r1 > 16383 goto +267
   44: r9 = r6
   45: r9 += r1
   46: if r9 > r7 goto +264
      ; v10: bit<13> = read_field hdr1.fragOffset
   47: r2 = *(u16 *)(r6 +20)
   48: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   49: r1 = *(u8 *)(r6 +23)
   50: if r2 != 0 goto +1
   51: if r1 == 6 goto +2
   52: if r2 != 0 goto +8
   53: if r1 != 17 goto +7
      ; prs: block3 (parse_ports)
      ; extract hdr2
   54: r1 = r9
   55: r9 += 4
   56: if r9 > r7 goto +254
      ; v12: bit<16> = read_field hdr2.srcPort
   57: r2 = *(u16 *)(r1 +0)
      ; write var2, v12
   58: *(u64 *)(r10 -152) = r2
      ; v13: bit<16> = read_field hdr2.dstPort
   59: r1 = *(u16 *)(r1 +2)
      ; write var3, v13
   60: *(u64 *)(r10 -160) = r1
      ; v0: bool = is_valid hdr1
   61: r1 = 0
   62: if r8 == 0 goto +1
   63: r1 = 1
      ; v1: bool = not v0
   64: r1 ^= 1
   65: if r1 != 0 goto +229
      ; v4: bit<32> = read_field hdr1.srcAddr
   66: r1 = *(u32 *)(r6 +26)
      ; v5, v6, [v7, v8] = apply table0(v4)
   67: *(u64 *)(r10 -48) = 0
   68: *(u32 *)(r10 -44) = r1
   69: *(u32 *)(r10 -48) = 32
   70: r1 = map[pipe_src_prefix] ll
   72: r2 = r10
   73: r2 += -48
   74: call bpf_map_lookup_elem
   75: r1 = r0
   76: if r1 != 0 goto +20
   77: *(u32 *)(r10 -48) = 0
   78: r1 = map[pipe_src_prefix_default] ll
   80: r2 = r10
   81: r2 += -48
   82: call bpf_map_lookup_elem
   83: r1 = r0
   84: if r1 == 0 goto +8
   85: r8 = *(u32 *)(r1 +0)
   86: r2 = *(u32 *)(r1 +4)
   87: r2 = be32 r2
   88: w2 = w2
   89: r1 = *(u32 *)(r1 +8)
   90: r1 = be32 r1
   91: w1 = w1
   92: goto +11
   93: r8 = 2
   94: r2 = 0
   95: r1 = 0
   96: goto +7
   97: r8 = *(u32 *)(r1 +0)
   98: r2 = *(u32 *)(r1 +4)
   99: r2 = be32 r2
  100: w2 = w2
  101: r1 = *(u32 *)(r1 +8)
  102: r1 = be32 r1
  103: w1 = w1
  104: if r8 == 0 goto +7
  105: if r8 == 1 goto +2
  106: if r8 == 2 goto +20
  107: goto +19
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.deny)
      ; v10: bit<8> = const 1
  108: r2 = 1
      ; write var8, v10
  109: *(u64 *)(r10 -192) = r2
      ; v11: bit<32> = const 1
      ; count counter0[v8] += v11
  110: *(u32 *)(r10 -48) = r1
  111: goto +1
      ; pipe: block7 (pipe.trust)
      ; v9: bit<32> = const 1
      ; count counter0[v7] += v9
  112: *(u32 *)(r10 -48) = r2
  113: r1 = map[pipe_rule_stats] ll
  115: r2 = r10
  116: r2 += -48
  117: call bpf_map_lookup_elem
  118: r2 = r0
  119: if r2 == 0 goto +7
  120: r1 = *(u64 *)(r2 +0)
  121: r1 += 1
  122: *(u64 *)(r2 +0) = r1
  123: r1 = *(u64 *)(r2 +8)
  124: r3 = *(u64 *)(r10 -168)
  125: r1 += r3
  126: *(u64 *)(r2 +8) = r1
  127: if r8 == 0 goto +204
  128: if r8 == 1 goto +203
      ; v12: bit<8> = read_field hdr1.protocol
  129: r1 = *(u8 *)(r6 +23)
      ; v13: bit<16> = read var2
  130: r2 = *(u64 *)(r10 -152)
      ; v14: bit<16> = read var3
  131: r3 = *(u64 *)(r10 -160)
      ; v15, v16, [v17, v18, v19] = apply table1(v12, v13, v14)
  132: *(u64 *)(r10 -48) = 0
  133: *(u8 *)(r10 -48) = r1
  134: *(u8 *)(r10 -47) = r2
  135: r2 >>= 8
  136: *(u8 *)(r10 -46) = r2
  137: *(u8 *)(r10 -45) = r3
  138: r3 >>= 8
  139: *(u8 *)(r10 -44) = r3
  140: *(u64 *)(r10 -104) = 0
  141: *(u32 *)(r10 -112) = 0
  142: r1 = map[pipe_acl_rules_masks] ll
  144: r2 = r10
  145: r2 += -112
  146: call bpf_map_lookup_elem
  147: r3 = r0
  148: if r3 == 0 goto +29
  149: r1 = *(u32 *)(r3 +0)
  150: if r1 == 0 goto +27
  151: r1 = *(u32 *)(r10 -112)
  152: *(u32 *)(r10 -80) = r1
  153: r2 = *(u32 *)(r10 -48)
  154: r1 = *(u32 *)(r3 +8)
  155: r2 &= r1
  156: *(u32 *)(r10 -76) = r2
  157: r1 = *(u32 *)(r10 -44)
  158: r2 = *(u32 *)(r3 +12)
  159: r1 &= r2
  160: *(u32 *)(r10 -72) = r1
  161: r1 = map[pipe_acl_rules] ll
  163: r2 = r10
  164: r2 += -80
  165: call bpf_map_lookup_elem
  166: r3 = r0
  167: if r3 == 0 goto +6
  168: r1 = *(u64 *)(r10 -104)
  169: if r1 == 0 goto +3
  170: r2 = *(u32 *)(r3 +4)
  171: r1 = *(u32 *)(r1 +4)
  172: if r2 <= r1 goto +1
  173: *(u64 *)(r10 -104) = r3
  174: r1 = *(u32 *)(r10 -112)
  175: r1 += 1
  176: *(u32 *)(r10 -112) = r1
  177: if r1 < 16 goto -36
  178: r1 = *(u64 *)(r10 -104)
  179: if r1 != 0 goto +24
  180: *(u32 *)(r10 -48) = 0
  181: r1 = map[pipe_acl_rules_default] ll
  183: r2 = r10
  184: r2 += -48
  185: call bpf_map_lookup_elem
  186: r1 = r0
  187: if r1 == 0 goto +11
  188: r8 = *(u32 *)(r1 +0)
  189: r3 = *(u32 *)(r1 +8)
  190: r3 = be32 r3
  191: w3 = w3
  192: r2 = *(u32 *)(r1 +12)
  193: r2 = be32 r2
  194: w2 = w2
  195: r1 = *(u32 *)(r1 +16)
  196: r1 = be32 r1
  197: w1 = w1
  198: goto +16
  199: r8 = 2
  200: r3 = 0
  201: r2 = 0
  202: r1 = 0
  203: goto +11
  204: r1 = *(u64 *)(r10 -104)
  205: r8 = *(u32 *)(r1 +0)
  206: r3 = *(u32 *)(r1 +8)
  207: r3 = be32 r3
  208: w3 = w3
  209: r2 = *(u32 *)(r1 +12)
  210: r2 = be32 r2
  211: w2 = w2
  212: r1 = *(u32 *)(r1 +16)
  213: r1 = be32 r1
  214: w1 = w1
  215: if r8 == 3 goto +24
  216: if r8 == 1 goto +5
  217: if r8 == 4 goto +2
  218: if r8 == 2 goto +38
  219: goto +37
      ; pipe: block12 (NoAction)
      ; pipe: block14 (pipe.monitor)
      ; v24: bit<32> = const 1
      ; count counter0[v19] += v24
  220: *(u32 *)(r10 -48) = r1
  221: goto +3
      ; pipe: block16 (pipe.deny)
      ; v22: bit<8> = const 1
  222: r1 = 1
      ; write var8, v22
  223: *(u64 *)(r10 -192) = r1
      ; v23: bit<32> = const 1
      ; count counter0[v18] += v23
  224: *(u32 *)(r10 -48) = r2
  225: r1 = map[pipe_rule_stats] ll
  227: r2 = r10
  228: r2 += -48
  229: call bpf_map_lookup_elem
  230: r2 = r0
  231: if r2 == 0 goto +25
  232: r1 = *(u64 *)(r2 +0)
  233: r1 += 1
  234: *(u64 *)(r2 +0) = r1
  235: r1 = *(u64 *)(r2 +8)
  236: r3 = *(u64 *)(r10 -168)
  237: r1 += r3
  238: *(u64 *)(r2 +8) = r1
  239: goto +17
      ; pipe: block18 (pipe.allow)
      ; v20: bit<8> = const 0
  240: r1 = 0
      ; write var8, v20
  241: *(u64 *)(r10 -192) = r1
      ; v21: bit<32> = const 1
      ; count counter0[v17] += v21
  242: *(u32 *)(r10 -48) = r3
  243: r1 = map[pipe_rule_stats] ll
  245: r2 = r10
  246: r2 += -48
  247: call bpf_map_lookup_elem
  248: r2 = r0
  249: if r2 == 0 goto +7
  250: r1 = *(u64 *)(r2 +0)
  251: r1 += 1
  252: *(u64 *)(r2 +0) = r1
  253: r1 = *(u64 *)(r2 +8)
  254: r3 = *(u64 *)(r10 -168)
  255: r1 += r3
  256: *(u64 *)(r2 +8) = r1
  257: if r8 == 3 goto +74
  258: if r8 == 1 goto +73
      ; v25: bit<8> = read_field hdr1.protocol
  259: r1 = *(u8 *)(r6 +23)
      ; v26: bit<16> = read var3
  260: r2 = *(u64 *)(r10 -160)
      ; v27, v28, [v29, v30] = apply table2(v25, v26)
  261: *(u64 *)(r10 -48) = 0
  262: *(u8 *)(r10 -48) = r1
  263: r1 = r2
  264: *(u8 *)(r10 -47) = r1
  265: r1 >>= 8
  266: *(u8 *)(r10 -46) = r1
  267: r1 = map[pipe_service_allow] ll
  269: r2 = r10
  270: r2 += -48
  271: call bpf_map_lookup_elem
  272: r1 = r0
  273: if r1 != 0 goto +4
  274: r3 = 1
  275: r2 = 0
  276: r1 = 2
  277: goto +7
  278: r3 = *(u32 *)(r1 +0)
  279: r2 = *(u32 *)(r1 +4)
  280: r2 = be32 r2
  281: w2 = w2
  282: r1 = *(u32 *)(r1 +8)
  283: r1 = be32 r1
  284: w1 = w1
  285: if r3 == 3 goto +5
  286: if r3 != 1 goto +45
      ; pipe: block22 (pipe.deny)
      ; v33: bit<8> = const 1
  287: r2 = 1
      ; write var8, v33
  288: *(u64 *)(r10 -192) = r2
      ; v34: bit<32> = const 1
      ; count counter0[v30] += v34
  289: *(u32 *)(r10 -48) = r1
  290: goto +5
      ; pipe: block24 (pipe.allow)
      ; v31: bit<8> = const 0
  291: r1 = 0
      ; write var8, v31
  292: *(u64 *)(r10 -192) = r1
      ; v32: bit<32> = const 1
      ; count counter0[v29] += v32
  293: *(u32 *)(r10 -48) = r2
  294: goto +1
      ; v2: bit<32> = const 1
      ; v3: bit<32> = const 1
      ; count counter0[v2] += v3
  295: *(u32 *)(r10 -48) = 1
  296: r1 = map[pipe_rule_stats] ll
  298: r2 = r10
  299: r2 += -48
  300: call bpf_map_lookup_elem
  301: r2 = r0
  302: if r2 == 0 goto +29
  303: r1 = *(u64 *)(r2 +0)
  304: r1 += 1
  305: *(u64 *)(r2 +0) = r1
  306: r1 = *(u64 *)(r2 +8)
  307: r3 = *(u64 *)(r10 -168)
  308: r1 += r3
  309: *(u64 *)(r2 +8) = r1
  310: goto +21
      ; drop
  311: r2 = *(u64 *)(r10 -176)
  312: r1 = *(u64 *)(r10 -184)
  313: *(u64 *)(r10 -120) = r2
  314: *(u64 *)(r10 -128) = r1
  315: r1 = *(u64 *)(r10 -8)
  316: r2 = 0xfffffffffffffff8 ll
  318: call bpf_xdp_adjust_meta
  319: if r0 != 0 goto +10
  320: r1 = *(u64 *)(r10 -8)
  321: r3 = *(u32 *)(r1 +8)
  322: r2 = *(u32 *)(r1 +0)
  323: r1 = r3
  324: r1 += 8
  325: if r1 > r2 goto +4
  326: r1 = *(u64 *)(r10 -120)
  327: *(u32 *)(r3 +0) = r1
  328: r1 = *(u64 *)(r10 -128)
  329: *(u32 *)(r3 +4) = r1
  330: r0 = 1
  331: exit
      ; epilogue: verdict
  332: r2 = *(u64 *)(r10 -176)
  333: r1 = *(u64 *)(r10 -184)
  334: *(u64 *)(r10 -136) = r2
  335: *(u64 *)(r10 -144) = r1
  336: r1 = *(u64 *)(r10 -8)
  337: r2 = 0xfffffffffffffff8 ll
  339: call bpf_xdp_adjust_meta
  340: if r0 != 0 goto +10
  341: r1 = *(u64 *)(r10 -8)
  342: r2 = *(u32 *)(r1 +8)
  343: r3 = *(u32 *)(r1 +0)
  344: r1 = r2
  345: r1 += 8
  346: if r1 > r3 goto +4
  347: r1 = *(u64 *)(r10 -136)
  348: *(u32 *)(r2 +0) = r1
  349: r1 = *(u64 *)(r10 -144)
  350: *(u32 *)(r2 +4) = r1
  351: r1 = *(u64 *)(r10 -192)
  352: if r1 != 0 goto +2
  353: r0 = 2
  354: exit
  355: if r1 != 2 goto +4
  356: r1 = *(u64 *)(r10 -184)
  357: r2 = 0
  358: call bpf_redirect
  359: exit
  360: r0 = 1
  361: exit
