; ovs_hint for xdp: 260 instructions, stack 272 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -224) = 0
    7: *(u64 *)(r10 -232) = 0
    8: *(u64 *)(r10 -240) = 0
    9: *(u64 *)(r10 -248) = 0
   10: *(u64 *)(r10 -264) = 0
   11: *(u64 *)(r10 -272) = 0
   12: r2 = *(u32 *)(r3 +8)
   13: r1 = r2
   14: r1 += 8
   15: if r1 > r6 goto +2
   16: r1 = *(u32 *)(r2 +0)
   17: *(u64 *)(r10 -264) = r1
   18: r1 = r3
   19: call bpf_xdp_get_buff_len
   20: r1 = r0
   21: *(u64 *)(r10 -256) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   22: r1 = r9
   23: r9 += 14
   24: if r9 > r7 goto +193
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
   32: if r9 > r7 goto +185
      ; v15: bit<12> = read_field hdr1.vid
   33: r1 = *(u16 *)(r2 +0)
   34: r1 &= 65295
      ; write var2, v15
   35: *(u64 *)(r10 -232) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   36: r1 = *(u16 *)(r2 +2)
   37: if r1 == 8 goto +9
   38: if r1 != 56710 goto +54
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   39: *(u64 *)(r10 -224) = r9
   40: r9 += 40
   41: if r9 > r7 goto +176
      ; v1: bit<8> = read_field hdr3.nextHdr
   42: r0 = *(u64 *)(r10 -224)
   43: r1 = *(u8 *)(r0 +6)
   44: if r1 == 6 goto +41
   45: if r1 != 17 goto +47
   46: goto +31
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   47: r8 = r9
   48: r9 += 20
   49: if r9 > r7 goto +168
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
   62: if r1 & 7 goto +155
   63: r1 >>= 3
   64: if r1 > 16383 goto +153
   65: r9 -= r6
   66: r1 += r9
   67: if r1 > 16383 goto +150
   68: r9 = r6
   69: r9 += r1
   70: if r9 > r7 goto +147
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
   80: if r9 > r7 goto +137
      ; v2: bit<16> = read_field hdr5.srcPort
   81: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   82: *(u64 *)(r10 -240) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   83: r1 = *(u16 *)(r1 +2)
      ; write var4, v3
   84: *(u64 *)(r10 -248) = r1
   85: goto +7
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   86: r1 = r9
   87: r9 += 4
   88: if r9 > r7 goto +129
      ; v4: bit<16> = read_field hdr4.srcPort
   89: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   90: *(u64 *)(r10 -240) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   91: r1 = *(u16 *)(r1 +2)
      ; write var4, v5
   92: *(u64 *)(r10 -248) = r1
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   93: if r8 != 0 goto +62
      ; v9: bool = is_valid hdr3
   94: r0 = *(u64 *)(r10 -224)
   95: if r0 != 0 goto +16
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   96: *(u32 *)(r10 -72) = 2
   97: r1 = map[pipe_hint_stats] ll
   99: r2 = r10
  100: r2 += -72
  101: call bpf_map_lookup_elem
  102: r3 = r0
  103: if r3 == 0 goto +135
  104: r1 = *(u64 *)(r3 +0)
  105: r1 += 1
  106: *(u64 *)(r3 +0) = r1
  107: r2 = *(u64 *)(r3 +8)
  108: r1 = *(u64 *)(r10 -256)
  109: r2 += r1
  110: *(u64 *)(r3 +8) = r2
  111: goto +127
      ; v10: bit<12> = read var2
  112: r3 = *(u64 *)(r10 -232)
      ; v11: bit<128> = read_field hdr3.srcAddr
  113: r0 = *(u64 *)(r10 -224)
  114: r2 = *(u64 *)(r0 +8)
  115: r1 = *(u64 *)(r0 +16)
  116: *(u64 *)(r10 -168) = r2
  117: *(u64 *)(r10 -160) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  118: r0 = *(u64 *)(r10 -224)
  119: r2 = *(u64 *)(r0 +24)
  120: r1 = *(u64 *)(r0 +32)
  121: *(u64 *)(r10 -184) = r2
  122: *(u64 *)(r10 -176) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  123: r0 = *(u64 *)(r10 -224)
  124: r1 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  125: r2 = *(u64 *)(r10 -240)
      ; v15: bit<16> = read var4
  126: r4 = *(u64 *)(r10 -248)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  127: *(u64 *)(r10 -24) = 0
  128: *(u16 *)(r10 -58) = r3
  129: r3 = *(u64 *)(r10 -168)
  130: *(u64 *)(r10 -56) = r3
  131: r3 = *(u64 *)(r10 -160)
  132: *(u64 *)(r10 -48) = r3
  133: r3 = *(u64 *)(r10 -184)
  134: *(u64 *)(r10 -40) = r3
  135: r3 = *(u64 *)(r10 -176)
  136: *(u64 *)(r10 -32) = r3
  137: *(u8 *)(r10 -24) = r1
  138: *(u8 *)(r10 -23) = r2
  139: r2 >>= 8
  140: *(u8 *)(r10 -22) = r2
  141: *(u8 *)(r10 -21) = r4
  142: r4 >>= 8
  143: *(u8 *)(r10 -20) = r4
  144: r1 = map[pipe_flows6] ll
  146: r2 = r10
  147: r2 += -58
  148: call bpf_map_lookup_elem
  149: r1 = r0
  150: r2 = 0
  151: if r1 == 0 goto +32
  152: r2 = 1
  153: r1 = *(u32 *)(r1 +0)
  154: *(u64 *)(r10 -264) = r1
      ; write var10, v16
  155: goto +28
      ; v2: bit<12> = read var2
  156: r3 = *(u64 *)(r10 -232)
      ; v3: bit<32> = read_field hdr2.srcAddr
  157: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  158: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  159: r4 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  160: r8 = *(u64 *)(r10 -240)
      ; v7: bit<16> = read var4
  161: r9 = *(u64 *)(r10 -248)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  162: *(u64 *)(r10 -48) = 0
  163: *(u16 *)(r10 -62) = r3
  164: *(u32 *)(r10 -60) = r2
  165: *(u32 *)(r10 -56) = r1
  166: *(u8 *)(r10 -52) = r4
  167: *(u8 *)(r10 -51) = r8
  168: r8 >>= 8
  169: *(u8 *)(r10 -50) = r8
  170: *(u8 *)(r10 -49) = r9
  171: r9 >>= 8
  172: *(u8 *)(r10 -48) = r9
  173: r1 = map[pipe_flows4] ll
  175: r2 = r10
  176: r2 += -62
  177: call bpf_map_lookup_elem
  178: r1 = r0
  179: r2 = 0
  180: if r1 == 0 goto +3
  181: r2 = 1
  182: r1 = *(u32 *)(r1 +0)
  183: *(u64 *)(r10 -264) = r1
      ; write var10, v8
      ; v19: bool = read var10
  184: r1 = r2
  185: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  186: *(u32 *)(r10 -72) = 1
  187: r1 = map[pipe_hint_stats] ll
  189: r2 = r10
  190: r2 += -72
  191: call bpf_map_lookup_elem
  192: r3 = r0
  193: if r3 == 0 goto +45
  194: r1 = *(u64 *)(r3 +0)
  195: r1 += 1
  196: *(u64 *)(r3 +0) = r1
  197: r2 = *(u64 *)(r3 +8)
  198: r1 = *(u64 *)(r10 -256)
  199: r2 += r1
  200: *(u64 *)(r3 +8) = r2
  201: goto +37
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  202: *(u32 *)(r10 -72) = 0
  203: r1 = map[pipe_hint_stats] ll
  205: r2 = r10
  206: r2 += -72
  207: call bpf_map_lookup_elem
  208: r3 = r0
  209: if r3 == 0 goto +29
  210: r1 = *(u64 *)(r3 +0)
  211: r1 += 1
  212: *(u64 *)(r3 +0) = r1
  213: r2 = *(u64 *)(r3 +8)
  214: r1 = *(u64 *)(r10 -256)
  215: r2 += r1
  216: *(u64 *)(r3 +8) = r2
  217: goto +21
      ; drop
  218: r2 = *(u64 *)(r10 -264)
  219: r1 = *(u64 *)(r10 -272)
  220: *(u64 *)(r10 -192) = r2
  221: *(u64 *)(r10 -200) = r1
  222: r1 = *(u64 *)(r10 -8)
  223: r2 = 0xfffffffffffffff8 ll
  225: call bpf_xdp_adjust_meta
  226: if r0 != 0 goto +10
  227: r1 = *(u64 *)(r10 -8)
  228: r3 = *(u32 *)(r1 +8)
  229: r2 = *(u32 *)(r1 +0)
  230: r1 = r3
  231: r1 += 8
  232: if r1 > r2 goto +4
  233: r1 = *(u64 *)(r10 -192)
  234: *(u32 *)(r3 +0) = r1
  235: r1 = *(u64 *)(r10 -200)
  236: *(u32 *)(r3 +4) = r1
  237: r0 = 1
  238: exit
      ; epilogue: verdict
  239: r2 = *(u64 *)(r10 -264)
  240: r1 = *(u64 *)(r10 -272)
  241: *(u64 *)(r10 -208) = r2
  242: *(u64 *)(r10 -216) = r1
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
  254: r1 = *(u64 *)(r10 -208)
  255: *(u32 *)(r3 +0) = r1
  256: r1 = *(u64 *)(r10 -216)
  257: *(u32 *)(r3 +4) = r1
  258: r0 = 2
  259: exit
