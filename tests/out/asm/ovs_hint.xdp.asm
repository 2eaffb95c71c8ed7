; ovs_hint for xdp: 282 instructions, stack 256 bytes, 3 maps
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
   24: if r9 > r7 goto +215
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
   32: if r9 > r7 goto +207
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
   41: if r9 > r7 goto +198
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
   49: if r9 > r7 goto +190
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
   62: if r1 & 7 goto +177
   63: r1 >>= 3
   64: if r1 > 16383 goto +175
   65: r9 -= r6
   66: r1 += r9
   67: if r1 > 16383 goto +172
   68: r9 = r6
   69: r9 += r1
   70: if r9 > r7 goto +169
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
   80: if r9 > r7 goto +159
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
   88: if r9 > r7 goto +151
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
   93: if r8 != 0 goto +80
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
  103: if r3 == 0 goto +157
  104: r1 = *(u64 *)(r3 +0)
  105: r1 += 1
  106: *(u64 *)(r3 +0) = r1
  107: r2 = *(u64 *)(r3 +8)
  108: r1 = *(u64 *)(r10 -240)
  109: r2 += r1
  110: *(u64 *)(r3 +8) = r2
  111: goto +149
      ; v10: bit<12> = read var2
  112: r3 = *(u64 *)(r10 -216)
      ; v11: bit<128> = read_field hdr3.srcAddr
  113: r0 = *(u64 *)(r10 -208)
  114: r2 = *(u64 *)(r0 +8)
  115: r0 = *(u64 *)(r10 -208)
  116: r1 = *(u64 *)(r0 +16)
  117: *(u64 *)(r10 -152) = r2
  118: *(u64 *)(r10 -144) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  119: r0 = *(u64 *)(r10 -208)
  120: r2 = *(u64 *)(r0 +24)
  121: r0 = *(u64 *)(r10 -208)
  122: r1 = *(u64 *)(r0 +32)
  123: *(u64 *)(r10 -168) = r2
  124: *(u64 *)(r10 -160) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  125: r0 = *(u64 *)(r10 -208)
  126: r1 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  127: r2 = *(u64 *)(r10 -224)
      ; v15: bit<16> = read var4
  128: r4 = *(u64 *)(r10 -232)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  129: *(u64 *)(r10 -24) = 0
  130: *(u16 *)(r10 -56) = r3
  131: r3 = *(u64 *)(r10 -152)
  132: *(u16 *)(r10 -54) = r3
  133: r3 >>= 16
  134: *(u32 *)(r10 -52) = r3
  135: r3 >>= 32
  136: *(u16 *)(r10 -48) = r3
  137: r3 = *(u64 *)(r10 -144)
  138: *(u16 *)(r10 -46) = r3
  139: r3 >>= 16
  140: *(u32 *)(r10 -44) = r3
  141: r3 >>= 32
  142: *(u16 *)(r10 -40) = r3
  143: r3 = *(u64 *)(r10 -168)
  144: *(u16 *)(r10 -38) = r3
  145: r3 >>= 16
  146: *(u32 *)(r10 -36) = r3
  147: r3 >>= 32
  148: *(u16 *)(r10 -32) = r3
  149: r3 = *(u64 *)(r10 -160)
  150: *(u16 *)(r10 -30) = r3
  151: r3 >>= 16
  152: *(u32 *)(r10 -28) = r3
  153: r3 >>= 32
  154: *(u16 *)(r10 -24) = r3
  155: *(u8 *)(r10 -22) = r1
  156: *(u8 *)(r10 -21) = r2
  157: r2 >>= 8
  158: *(u8 *)(r10 -20) = r2
  159: *(u8 *)(r10 -19) = r4
  160: r4 >>= 8
  161: *(u8 *)(r10 -18) = r4
  162: r1 = map[pipe_flows6] ll
  164: r2 = r10
  165: r2 += -56
  166: call bpf_map_lookup_elem
  167: r1 = r0
  168: r2 = 0
  169: if r1 == 0 goto +36
  170: r2 = 1
  171: r1 = *(u32 *)(r1 +0)
  172: *(u64 *)(r10 -248) = r1
      ; write var10, v16
  173: goto +32
      ; v2: bit<12> = read var2
  174: r3 = *(u64 *)(r10 -216)
      ; v3: bit<32> = read_field hdr2.srcAddr
  175: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  176: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  177: r4 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  178: r8 = *(u64 *)(r10 -224)
      ; v7: bit<16> = read var4
  179: r9 = *(u64 *)(r10 -232)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  180: *(u64 *)(r10 -48) = 0
  181: *(u16 *)(r10 -56) = r3
  182: *(u16 *)(r10 -54) = r2
  183: r2 >>= 16
  184: *(u16 *)(r10 -52) = r2
  185: *(u16 *)(r10 -50) = r1
  186: r1 >>= 16
  187: *(u16 *)(r10 -48) = r1
  188: *(u8 *)(r10 -46) = r4
  189: *(u8 *)(r10 -45) = r8
  190: r8 >>= 8
  191: *(u8 *)(r10 -44) = r8
  192: *(u8 *)(r10 -43) = r9
  193: r9 >>= 8
  194: *(u8 *)(r10 -42) = r9
  195: r1 = map[pipe_flows4] ll
  197: r2 = r10
  198: r2 += -56
  199: call bpf_map_lookup_elem
  200: r1 = r0
  201: r2 = 0
  202: if r1 == 0 goto +3
  203: r2 = 1
  204: r1 = *(u32 *)(r1 +0)
  205: *(u64 *)(r10 -248) = r1
      ; write var10, v8
      ; v19: bool = read var10
  206: r1 = r2
  207: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  208: *(u32 *)(r10 -56) = 1
  209: r1 = map[pipe_hint_stats] ll
  211: r2 = r10
  212: r2 += -56
  213: call bpf_map_lookup_elem
  214: r3 = r0
  215: if r3 == 0 goto +45
  216: r1 = *(u64 *)(r3 +0)
  217: r1 += 1
  218: *(u64 *)(r3 +0) = r1
  219: r2 = *(u64 *)(r3 +8)
  220: r1 = *(u64 *)(r10 -240)
  221: r2 += r1
  222: *(u64 *)(r3 +8) = r2
  223: goto +37
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  224: *(u32 *)(r10 -56) = 0
  225: r1 = map[pipe_hint_stats] ll
  227: r2 = r10
  228: r2 += -56
  229: call bpf_map_lookup_elem
  230: r3 = r0
  231: if r3 == 0 goto +29
  232: r1 = *(u64 *)(r3 +0)
  233: r1 += 1
  234: *(u64 *)(r3 +0) = r1
  235: r2 = *(u64 *)(r3 +8)
  236: r1 = *(u64 *)(r10 -240)
  237: r2 += r1
  238: *(u64 *)(r3 +8) = r2
  239: goto +21
      ; drop
  240: r2 = *(u64 *)(r10 -248)
  241: r1 = *(u64 *)(r10 -256)
  242: *(u64 *)(r10 -176) = r2
  243: *(u64 *)(r10 -184) = r1
  244: r1 = *(u64 *)(r10 -8)
  245: r2 = 0xfffffffffffffff8 ll
  247: call bpf_xdp_adjust_meta
  248: if r0 != 0 goto +10
  249: r1 = *(u64 *)(r10 -8)
  250: r3 = *(u32 *)(r1 +8)
  251: r2 = *(u32 *)(r1 +0)
  252: r1 = r3
  253: r1 += 8
  254: if r1 > r2 goto +4
  255: r1 = *(u64 *)(r10 -176)
  256: *(u32 *)(r3 +0) = r1
  257: r1 = *(u64 *)(r10 -184)
  258: *(u32 *)(r3 +4) = r1
  259: r0 = 1
  260: exit
      ; epilogue: verdict
  261: r2 = *(u64 *)(r10 -248)
  262: r1 = *(u64 *)(r10 -256)
  263: *(u64 *)(r10 -192) = r2
  264: *(u64 *)(r10 -200) = r1
  265: r1 = *(u64 *)(r10 -8)
  266: r2 = 0xfffffffffffffff8 ll
  268: call bpf_xdp_adjust_meta
  269: if r0 != 0 goto +10
  270: r1 = *(u64 *)(r10 -8)
  271: r3 = *(u32 *)(r1 +8)
  272: r2 = *(u32 *)(r1 +0)
  273: r1 = r3
  274: r1 += 8
  275: if r1 > r2 goto +4
  276: r1 = *(u64 *)(r10 -192)
  277: *(u32 *)(r3 +0) = r1
  278: r1 = *(u64 *)(r10 -200)
  279: *(u32 *)(r3 +4) = r1
  280: r0 = 2
  281: exit
