; ovs_hint for xdp: 280 instructions, stack 256 bytes, 3 maps
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
   24: if r9 > r7 goto +213
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 == 129 goto +3
   27: if r1 == 8 goto +19
   28: if r1 != 56710 goto +64
   29: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   30: r2 = r9
   31: r9 += 4
   32: if r9 > r7 goto +205
      ; v15: bit<12> = read_field hdr1.vid
   33: r1 = *(u16 *)(r2 +0)
   34: r1 &= 65295
      ; write var2, v15
   35: *(u64 *)(r10 -216) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   36: r1 = *(u16 *)(r2 +2)
   37: if r1 == 8 goto +9
   38: if r1 != 56710 goto +54
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   39: *(u64 *)(r10 -208) = r9
   40: r9 += 40
   41: if r9 > r7 goto +196
      ; v1: bit<8> = read_field hdr3.nextHdr
   42: r0 = *(u64 *)(r10 -208)
   43: r1 = *(u8 *)(r0 +6)
   44: if r1 == 6 goto +41
   45: if r1 != 17 goto +47
   46: goto +31
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   47: r8 = r9
   48: r9 += 20
   49: if r9 > r7 goto +188
      ; v6: bit<4> = read_field hdr2.ihl
   50: r1 = *(u8 *)(r8 +0)
   51: r1 &= 15
   52: if r1 == 5 goto +18
   53: if r1 < 6 goto +39
   54: if r1 > 15 goto +38
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   55: r1 = *(u8 *)(r8 +0)
   56: r1 &= 15
      ; v8: bit<32> = cast v7
   57: w1 = w1
      ; v9: bit<32> = const 5
      ; v10: bit<32> = sub v8, v9
   58: r1 -= 5
   59: w1 = w1
      ; v11: bit<32> = const 0x20
      ; v12: bit<32> = mul v10, v11
   60: r1 *= 32
   61: w1 = w1
      ; advance v12
   62: if r1 & 7 goto +175
   63: r1 >>= 3
   64: if r1 > 16383 goto +173
   65: r9 -= r6
   66: r1 += r9
   67: if r1 > 16383 goto +170
   68: r9 = r6
   69: r9 += r1
   70: if r9 > r7 goto +167
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   71: r2 = *(u16 *)(r8 +6)
   72: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   73: r1 = *(u8 *)(r8 +9)
   74: if r2 != 0 goto +1
   75: if r1 == 6 goto +10
   76: if r2 != 0 goto +16
   77: if r1 != 17 goto +15
      ; prs: block7 (parse_udp)
      ; extract hdr5
   78: r1 = r9
   79: r9 += 4
   80: if r9 > r7 goto +157
      ; v2: bit<16> = read_field hdr5.srcPort
   81: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   82: *(u64 *)(r10 -224) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   83: r1 = *(u16 *)(r1 +2)
      ; write var4, v3
   84: *(u64 *)(r10 -232) = r1
   85: goto +7
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   86: r1 = r9
   87: r9 += 4
   88: if r9 > r7 goto +149
      ; v4: bit<16> = read_field hdr4.srcPort
   89: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   90: *(u64 *)(r10 -224) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   91: r1 = *(u16 *)(r1 +2)
      ; write var4, v5
   92: *(u64 *)(r10 -232) = r1
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   93: if r8 != 0 goto +78
      ; v9: bool = is_valid hdr3
   94: r0 = *(u64 *)(r10 -208)
   95: if r0 != 0 goto +16
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   96: *(u32 *)(r10 -56) = 2
   97: r1 = map[pipe_hint_stats] ll
   99: r2 = r10
  100: r2 += -56
  101: call bpf_map_lookup_elem
  102: r3 = r0
  103: if r3 == 0 goto +155
  104: r1 = *(u64 *)(r3 +0)
  105: r1 += 1
  106: *(u64 *)(r3 +0) = r1
  107: r2 = *(u64 *)(r3 +8)
  108: r1 = *(u64 *)(r10 -240)
  109: r2 += r1
  110: *(u64 *)(r3 +8) = r2
  111: goto +147
      ; v10: bit<12> = read var2
  112: r3 = *(u64 *)(r10 -216)
      ; v11: bit<128> = read_field hdr3.srcAddr
  113: r0 = *(u64 *)(r10 -208)
  114: r2 = *(u64 *)(r0 +8)
  115: r1 = *(u64 *)(r0 +16)
  116: *(u64 *)(r10 -152) = r2
  117: *(u64 *)(r10 -144) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  118: r0 = *(u64 *)(r10 -208)
  119: r2 = *(u64 *)(r0 +24)
  120: r1 = *(u64 *)(r0 +32)
  121: *(u64 *)(r10 -168) = r2
  122: *(u64 *)(r10 -160) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  123: r0 = *(u64 *)(r10 -208)
  124: r1 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  125: r2 = *(u64 *)(r10 -224)
      ; v15: bit<16> = read var4
  126: r4 = *(u64 *)(r10 -232)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  127: *(u64 *)(r10 -24) = 0
  128: *(u16 *)(r10 -56) = r3
  129: r3 = *(u64 *)(r10 -152)
  130: *(u16 *)(r10 -54) = r3
  131: r3 >>= 16
  132: *(u32 *)(r10 -52) = r3
  133: r3 >>= 32
  134: *(u16 *)(r10 -48) = r3
  135: r3 = *(u64 *)(r10 -144)
  136: *(u16 *)(r10 -46) = r3
  137: r3 >>= 16
  138: *(u32 *)(r10 -44) = r3
  139: r3 >>= 32
  140: *(u16 *)(r10 -40) = r3
  141: r3 = *(u64 *)(r10 -168)
  142: *(u16 *)(r10 -38) = r3
  143: r3 >>= 16
  144: *(u32 *)(r10 -36) = r3
  145: r3 >>= 32
  146: *(u16 *)(r10 -32) = r3
  147: r3 = *(u64 *)(r10 -160)
  148: *(u16 *)(r10 -30) = r3
  149: r3 >>= 16
  150: *(u32 *)(r10 -28) = r3
  151: r3 >>= 32
  152: *(u16 *)(r10 -24) = r3
  153: *(u8 *)(r10 -22) = r1
  154: *(u8 *)(r10 -21) = r2
  155: r2 >>= 8
  156: *(u8 *)(r10 -20) = r2
  157: *(u8 *)(r10 -19) = r4
  158: r4 >>= 8
  159: *(u8 *)(r10 -18) = r4
  160: r1 = map[pipe_flows6] ll
  162: r2 = r10
  163: r2 += -56
  164: call bpf_map_lookup_elem
  165: r1 = r0
  166: r2 = 0
  167: if r1 == 0 goto +36
  168: r2 = 1
  169: r1 = *(u32 *)(r1 +0)
  170: *(u64 *)(r10 -248) = r1
      ; write var10, v16
  171: goto +32
      ; v2: bit<12> = read var2
  172: r3 = *(u64 *)(r10 -216)
      ; v3: bit<32> = read_field hdr2.srcAddr
  173: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  174: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  175: r4 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  176: r8 = *(u64 *)(r10 -224)
      ; v7: bit<16> = read var4
  177: r9 = *(u64 *)(r10 -232)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  178: *(u64 *)(r10 -48) = 0
  179: *(u16 *)(r10 -56) = r3
  180: *(u16 *)(r10 -54) = r2
  181: r2 >>= 16
  182: *(u16 *)(r10 -52) = r2
  183: *(u16 *)(r10 -50) = r1
  184: r1 >>= 16
  185: *(u16 *)(r10 -48) = r1
  186: *(u8 *)(r10 -46) = r4
  187: *(u8 *)(r10 -45) = r8
  188: r8 >>= 8
  189: *(u8 *)(r10 -44) = r8
  190: *(u8 *)(r10 -43) = r9
  191: r9 >>= 8
  192: *(u8 *)(r10 -42) = r9
  193: r1 = map[pipe_flows4] ll
  195: r2 = r10
  196: r2 += -56
  197: call bpf_map_lookup_elem
  198: r1 = r0
  199: r2 = 0
  200: if r1 == 0 goto +3
  201: r2 = 1
  202: r1 = *(u32 *)(r1 +0)
  203: *(u64 *)(r10 -248) = r1
      ; write var10, v8
      ; v19: bool = read var10
  204: r1 = r2
  205: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  206: *(u32 *)(r10 -56) = 1
  207: r1 = map[pipe_hint_stats] ll
  209: r2 = r10
  210: r2 += -56
  211: call bpf_map_lookup_elem
  212: r3 = r0
  213: if r3 == 0 goto +45
  214: r1 = *(u64 *)(r3 +0)
  215: r1 += 1
  216: *(u64 *)(r3 +0) = r1
  217: r2 = *(u64 *)(r3 +8)
  218: r1 = *(u64 *)(r10 -240)
  219: r2 += r1
  220: *(u64 *)(r3 +8) = r2
  221: goto +37
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  222: *(u32 *)(r10 -56) = 0
  223: r1 = map[pipe_hint_stats] ll
  225: r2 = r10
  226: r2 += -56
  227: call bpf_map_lookup_elem
  228: r3 = r0
  229: if r3 == 0 goto +29
  230: r1 = *(u64 *)(r3 +0)
  231: r1 += 1
  232: *(u64 *)(r3 +0) = r1
  233: r2 = *(u64 *)(r3 +8)
  234: r1 = *(u64 *)(r10 -240)
  235: r2 += r1
  236: *(u64 *)(r3 +8) = r2
  237: goto +21
      ; drop
  238: r2 = *(u64 *)(r10 -248)
  239: r1 = *(u64 *)(r10 -256)
  240: *(u64 *)(r10 -176) = r2
  241: *(u64 *)(r10 -184) = r1
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
  253: r1 = *(u64 *)(r10 -176)
  254: *(u32 *)(r3 +0) = r1
  255: r1 = *(u64 *)(r10 -184)
  256: *(u32 *)(r3 +4) = r1
  257: r0 = 1
  258: exit
      ; epilogue: verdict
  259: r2 = *(u64 *)(r10 -248)
  260: r1 = *(u64 *)(r10 -256)
  261: *(u64 *)(r10 -192) = r2
  262: *(u64 *)(r10 -200) = r1
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
  274: r1 = *(u64 *)(r10 -192)
  275: *(u32 *)(r3 +0) = r1
  276: r1 = *(u64 *)(r10 -200)
  277: *(u32 *)(r3 +4) = r1
  278: r0 = 2
  279: exit
