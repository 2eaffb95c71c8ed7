; ovs_hint for xdp: 284 instructions, stack 256 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -208) = 0
    7: *(u64 *)(r10 -216) = 0
    8: *(u64 *)(r10 -224) = 0
    9: *(u64 *)(r10 -232) = 0
   10: *(u64 *)(r10 -248) = 0
   11: *(u64 *)(r10 -256) = 0
   12: r2 = *(u32 *)(r3 +8)
   13: r1 = r2
   14: r1 += 8
   15: if r1 > r6 goto +2
   16: r1 = *(u32 *)(r2 +0)
   17: *(u64 *)(r10 -248) = r1
   18: r1 = r3
   19: call bpf_xdp_get_buff_len
   20: r1 = r0
   21: *(u64 *)(r10 -240) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   22: r1 = r9
   23: r9 += 14
   24: if r9 > r7 goto +217
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 == 129 goto +3
   27: if r1 == 8 goto +19
   28: if r1 != 56710 goto +66
   29: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   30: r2 = r9
   31: r9 += 4
   32: if r9 > r7 goto +209
      ; v15: bit<12> = read_field hdr1.vid
   33: r1 = *(u16 *)(r2 +0)
   34: r1 &= 65295
      ; write var2, v15
   35: *(u64 *)(r10 -216) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   36: r1 = *(u16 *)(r2 +2)
   37: if r1 == 8 goto +9
   38: if r1 != 56710 goto +56
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   39: *(u64 *)(r10 -208) = r9
   40: r9 += 40
   41: if r9 > r7 goto +200
      ; v1: bit<8> = read_field hdr3.nextHdr
   42: r0 = *(u64 *)(r10 -208)
   43: r1 = *(u8 *)(r0 +6)
   44: if r1 == 6 goto +43
   45: if r1 != 17 goto +49
   46: goto +33
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   47: r8 = r9
   48: r9 += 20
   49: if r9 > r7 goto +192
      ; v6: bit<4> = read_field hdr2.ihl
   50: r1 = *(u8 *)(r8 +0)
   51: r1 &= 15
   52: if r1 == 5 goto +20
   53: if r1 < 6 goto +41
   54: if r1 > 15 goto +40
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   55: r1 = *(u8 *)(r8 +0)
   56: r1 &= 15
      ; v8: bit<32> = cast v7
   57: w1 = w1
      ; v9: bit<32> = const 5
   58: r2 = 5
      ; v10: bit<32> = sub v8, v9
   59: r1 -= r2
   60: w1 = w1
      ; v11: bit<32> = const 0x20
   61: r2 = 32
      ; v12: bit<32> = mul v10, v11
   62: r1 *= r2
   63: w1 = w1
      ; advance v12
   64: if r1 & 7 goto +177
   65: r1 >>= 3
   66: if r1 > 16383 goto +175
   67: r9 -= r6
   68: r1 += r9
   69: if r1 > 16383 goto +172
   70: r9 = r6
   71: r9 += r1
   72: if r9 > r7 goto +169
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   73: r2 = *(u16 *)(r8 +6)
   74: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   75: r1 = *(u8 *)(r8 +9)
   76: if r2 != 0 goto +1
   77: if r1 == 6 goto +10
   78: if r2 != 0 goto +16
   79: if r1 != 17 goto +15
      ; prs: block7 (parse_udp)
      ; extract hdr5
   80: r1 = r9
   81: r9 += 4
   82: if r9 > r7 goto +159
      ; v2: bit<16> = read_field hdr5.srcPort
   83: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   84: *(u64 *)(r10 -224) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   85: r1 = *(u16 *)(r1 +2)
      ; write var4, v3
   86: *(u64 *)(r10 -232) = r1
   87: goto +7
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   88: r1 = r9
   89: r9 += 4
   90: if r9 > r7 goto +151
      ; v4: bit<16> = read_field hdr4.srcPort
   91: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   92: *(u64 *)(r10 -224) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   93: r1 = *(u16 *)(r1 +2)
      ; write var4, v5
   94: *(u64 *)(r10 -232) = r1
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   95: if r8 != 0 goto +80
      ; v9: bool = is_valid hdr3
   96: r0 = *(u64 *)(r10 -208)
   97: if r0 != 0 goto +16
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   98: *(u32 *)(r10 -56) = 2
   99: r1 = map[pipe_hint_stats] ll
  101: r2 = r10
  102: r2 += -56
  103: call bpf_map_lookup_elem
  104: r3 = r0
  105: if r3 == 0 goto +157
  106: r1 = *(u64 *)(r3 +0)
  107: r1 += 1
  108: *(u64 *)(r3 +0) = r1
  109: r2 = *(u64 *)(r3 +8)
  110: r1 = *(u64 *)(r10 -240)
  111: r2 += r1
  112: *(u64 *)(r3 +8) = r2
  113: goto +149
      ; v10: bit<12> = read var2
  114: r3 = *(u64 *)(r10 -216)
      ; v11: bit<128> = read_field hdr3.srcAddr
  115: r0 = *(u64 *)(r10 -208)
  116: r2 = *(u64 *)(r0 +8)
  117: r0 = *(u64 *)(r10 -208)
  118: r1 = *(u64 *)(r0 +16)
  119: *(u64 *)(r10 -152) = r2
  120: *(u64 *)(r10 -144) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  121: r0 = *(u64 *)(r10 -208)
  122: r2 = *(u64 *)(r0 +24)
  123: r0 = *(u64 *)(r10 -208)
  124: r1 = *(u64 *)(r0 +32)
  125: *(u64 *)(r10 -168) = r2
  126: *(u64 *)(r10 -160) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  127: r0 = *(u64 *)(r10 -208)
  128: r1 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  129: r2 = *(u64 *)(r10 -224)
      ; v15: bit<16> = read var4
  130: r4 = *(u64 *)(r10 -232)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  131: *(u64 *)(r10 -24) = 0
  132: *(u16 *)(r10 -56) = r3
  133: r3 = *(u64 *)(r10 -152)
  134: *(u16 *)(r10 -54) = r3
  135: r3 >>= 16
  136: *(u32 *)(r10 -52) = r3
  137: r3 >>= 32
  138: *(u16 *)(r10 -48) = r3
  139: r3 = *(u64 *)(r10 -144)
  140: *(u16 *)(r10 -46) = r3
  141: r3 >>= 16
  142: *(u32 *)(r10 -44) = r3
  143: r3 >>= 32
  144: *(u16 *)(r10 -40) = r3
  145: r3 = *(u64 *)(r10 -168)
  146: *(u16 *)(r10 -38) = r3
  147: r3 >>= 16
  148: *(u32 *)(r10 -36) = r3
  149: r3 >>= 32
  150: *(u16 *)(r10 -32) = r3
  151: r3 = *(u64 *)(r10 -160)
  152: *(u16 *)(r10 -30) = r3
  153: r3 >>= 16
  154: *(u32 *)(r10 -28) = r3
  155: r3 >>= 32
  156: *(u16 *)(r10 -24) = r3
  157: *(u8 *)(r10 -22) = r1
  158: *(u8 *)(r10 -21) = r2
  159: r2 >>= 8
  160: *(u8 *)(r10 -20) = r2
  161: *(u8 *)(r10 -19) = r4
  162: r4 >>= 8
  163: *(u8 *)(r10 -18) = r4
  164: r1 = map[pipe_flows6] ll
  166: r2 = r10
  167: r2 += -56
  168: call bpf_map_lookup_elem
  169: r1 = r0
  170: r2 = 0
  171: if r1 == 0 goto +36
  172: r2 = 1
  173: r1 = *(u32 *)(r1 +0)
  174: *(u64 *)(r10 -248) = r1
      ; write var10, v16
  175: goto +32
      ; v2: bit<12> = read var2
  176: r3 = *(u64 *)(r10 -216)
      ; v3: bit<32> = read_field hdr2.srcAddr
  177: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  178: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  179: r4 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  180: r8 = *(u64 *)(r10 -224)
      ; v7: bit<16> = read var4
  181: r9 = *(u64 *)(r10 -232)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  182: *(u64 *)(r10 -48) = 0
  183: *(u16 *)(r10 -56) = r3
  184: *(u16 *)(r10 -54) = r2
  185: r2 >>= 16
  186: *(u16 *)(r10 -52) = r2
  187: *(u16 *)(r10 -50) = r1
  188: r1 >>= 16
  189: *(u16 *)(r10 -48) = r1
  190: *(u8 *)(r10 -46) = r4
  191: *(u8 *)(r10 -45) = r8
  192: r8 >>= 8
  193: *(u8 *)(r10 -44) = r8
  194: *(u8 *)(r10 -43) = r9
  195: r9 >>= 8
  196: *(u8 *)(r10 -42) = r9
  197: r1 = map[pipe_flows4] ll
  199: r2 = r10
  200: r2 += -56
  201: call bpf_map_lookup_elem
  202: r1 = r0
  203: r2 = 0
  204: if r1 == 0 goto +3
  205: r2 = 1
  206: r1 = *(u32 *)(r1 +0)
  207: *(u64 *)(r10 -248) = r1
      ; write var10, v8
      ; v19: bool = read var10
  208: r1 = r2
  209: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  210: *(u32 *)(r10 -56) = 1
  211: r1 = map[pipe_hint_stats] ll
  213: r2 = r10
  214: r2 += -56
  215: call bpf_map_lookup_elem
  216: r3 = r0
  217: if r3 == 0 goto +45
  218: r1 = *(u64 *)(r3 +0)
  219: r1 += 1
  220: *(u64 *)(r3 +0) = r1
  221: r2 = *(u64 *)(r3 +8)
  222: r1 = *(u64 *)(r10 -240)
  223: r2 += r1
  224: *(u64 *)(r3 +8) = r2
  225: goto +37
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  226: *(u32 *)(r10 -56) = 0
  227: r1 = map[pipe_hint_stats] ll
  229: r2 = r10
  230: r2 += -56
  231: call bpf_map_lookup_elem
  232: r3 = r0
  233: if r3 == 0 goto +29
  234: r1 = *(u64 *)(r3 +0)
  235: r1 += 1
  236: *(u64 *)(r3 +0) = r1
  237: r2 = *(u64 *)(r3 +8)
  238: r1 = *(u64 *)(r10 -240)
  239: r2 += r1
  240: *(u64 *)(r3 +8) = r2
  241: goto +21
      ; drop
  242: r2 = *(u64 *)(r10 -248)
  243: r1 = *(u64 *)(r10 -256)
  244: *(u64 *)(r10 -176) = r2
  245: *(u64 *)(r10 -184) = r1
  246: r1 = *(u64 *)(r10 -8)
  247: r2 = 0xfffffffffffffff8 ll
  249: call bpf_xdp_adjust_meta
  250: if r0 != 0 goto +10
  251: r1 = *(u64 *)(r10 -8)
  252: r3 = *(u32 *)(r1 +8)
  253: r2 = *(u32 *)(r1 +0)
  254: r1 = r3
  255: r1 += 8
  256: if r1 > r2 goto +4
  257: r1 = *(u64 *)(r10 -176)
  258: *(u32 *)(r3 +0) = r1
  259: r1 = *(u64 *)(r10 -184)
  260: *(u32 *)(r3 +4) = r1
  261: r0 = 1
  262: exit
      ; epilogue: verdict
  263: r2 = *(u64 *)(r10 -248)
  264: r1 = *(u64 *)(r10 -256)
  265: *(u64 *)(r10 -192) = r2
  266: *(u64 *)(r10 -200) = r1
  267: r1 = *(u64 *)(r10 -8)
  268: r2 = 0xfffffffffffffff8 ll
  270: call bpf_xdp_adjust_meta
  271: if r0 != 0 goto +10
  272: r1 = *(u64 *)(r10 -8)
  273: r3 = *(u32 *)(r1 +8)
  274: r2 = *(u32 *)(r1 +0)
  275: r1 = r3
  276: r1 += 8
  277: if r1 > r2 goto +4
  278: r1 = *(u64 *)(r10 -192)
  279: *(u32 *)(r3 +0) = r1
  280: r1 = *(u64 *)(r10 -200)
  281: *(u32 *)(r3 +4) = r1
  282: r0 = 2
  283: exit
