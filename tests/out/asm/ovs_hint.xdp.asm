; ovs_hint for xdp: 232 instructions, stack 272 bytes, 3 maps
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
   24: if r9 > r7 goto +165
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
   32: if r9 > r7 goto +157
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
   41: if r9 > r7 goto +148
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
   49: if r9 > r7 goto +140
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
   62: if r1 & 7 goto +127
   63: r1 >>= 3
   64: if r1 > 16383 goto +125
   65: r9 -= r6
   66: r1 += r9
   67: if r1 > 16383 goto +122
   68: r9 = r6
   69: r9 += r1
   70: if r9 > r7 goto +119
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
   80: if r9 > r7 goto +109
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
   88: if r9 > r7 goto +101
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
   93: if r8 != 0 goto +48
      ; v9: bool = is_valid hdr3
   94: r0 = *(u64 *)(r10 -224)
   95: if r0 != 0 goto +2
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   96: *(u32 *)(r10 -72) = 2
   97: goto +77
      ; v10: bit<12> = read var2
   98: r3 = *(u64 *)(r10 -232)
      ; v11: bit<128> = read_field hdr3.srcAddr
   99: r0 = *(u64 *)(r10 -224)
  100: r2 = *(u64 *)(r0 +8)
  101: r1 = *(u64 *)(r0 +16)
  102: *(u64 *)(r10 -168) = r2
  103: *(u64 *)(r10 -160) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  104: r0 = *(u64 *)(r10 -224)
  105: r2 = *(u64 *)(r0 +24)
  106: r1 = *(u64 *)(r0 +32)
  107: *(u64 *)(r10 -184) = r2
  108: *(u64 *)(r10 -176) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  109: r0 = *(u64 *)(r10 -224)
  110: r1 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  111: r2 = *(u64 *)(r10 -240)
      ; v15: bit<16> = read var4
  112: r4 = *(u64 *)(r10 -248)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  113: *(u64 *)(r10 -24) = 0
  114: *(u16 *)(r10 -58) = r3
  115: r3 = *(u64 *)(r10 -168)
  116: *(u64 *)(r10 -56) = r3
  117: r3 = *(u64 *)(r10 -160)
  118: *(u64 *)(r10 -48) = r3
  119: r3 = *(u64 *)(r10 -184)
  120: *(u64 *)(r10 -40) = r3
  121: r3 = *(u64 *)(r10 -176)
  122: *(u64 *)(r10 -32) = r3
  123: *(u8 *)(r10 -24) = r1
  124: *(u8 *)(r10 -23) = r2
  125: r2 >>= 8
  126: *(u8 *)(r10 -22) = r2
  127: *(u8 *)(r10 -21) = r4
  128: r4 >>= 8
  129: *(u8 *)(r10 -20) = r4
  130: r1 = map[pipe_flows6] ll
  132: r2 = r10
  133: r2 += -58
  134: call bpf_map_lookup_elem
  135: r1 = r0
  136: r2 = 0
  137: if r1 == 0 goto +32
  138: r2 = 1
  139: r1 = *(u32 *)(r1 +0)
  140: *(u64 *)(r10 -264) = r1
      ; write var10, v16
  141: goto +28
      ; v2: bit<12> = read var2
  142: r3 = *(u64 *)(r10 -232)
      ; v3: bit<32> = read_field hdr2.srcAddr
  143: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  144: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  145: r4 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  146: r8 = *(u64 *)(r10 -240)
      ; v7: bit<16> = read var4
  147: r9 = *(u64 *)(r10 -248)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  148: *(u64 *)(r10 -48) = 0
  149: *(u16 *)(r10 -62) = r3
  150: *(u32 *)(r10 -60) = r2
  151: *(u32 *)(r10 -56) = r1
  152: *(u8 *)(r10 -52) = r4
  153: *(u8 *)(r10 -51) = r8
  154: r8 >>= 8
  155: *(u8 *)(r10 -50) = r8
  156: *(u8 *)(r10 -49) = r9
  157: r9 >>= 8
  158: *(u8 *)(r10 -48) = r9
  159: r1 = map[pipe_flows4] ll
  161: r2 = r10
  162: r2 += -62
  163: call bpf_map_lookup_elem
  164: r1 = r0
  165: r2 = 0
  166: if r1 == 0 goto +3
  167: r2 = 1
  168: r1 = *(u32 *)(r1 +0)
  169: *(u64 *)(r10 -264) = r1
      ; write var10, v8
      ; v19: bool = read var10
  170: r1 = r2
  171: if r1 != 0 goto +2
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  172: *(u32 *)(r10 -72) = 1
  173: goto +1
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  174: *(u32 *)(r10 -72) = 0
  175: r1 = map[pipe_hint_stats] ll
  177: r2 = r10
  178: r2 += -72
  179: call bpf_map_lookup_elem
  180: r3 = r0
  181: if r3 == 0 goto +29
  182: r1 = *(u64 *)(r3 +0)
  183: r1 += 1
  184: *(u64 *)(r3 +0) = r1
  185: r2 = *(u64 *)(r3 +8)
  186: r1 = *(u64 *)(r10 -256)
  187: r2 += r1
  188: *(u64 *)(r3 +8) = r2
  189: goto +21
      ; drop
  190: r2 = *(u64 *)(r10 -264)
  191: r1 = *(u64 *)(r10 -272)
  192: *(u64 *)(r10 -192) = r2
  193: *(u64 *)(r10 -200) = r1
  194: r1 = *(u64 *)(r10 -8)
  195: r2 = 0xfffffffffffffff8 ll
  197: call bpf_xdp_adjust_meta
  198: if r0 != 0 goto +10
  199: r1 = *(u64 *)(r10 -8)
  200: r3 = *(u32 *)(r1 +8)
  201: r2 = *(u32 *)(r1 +0)
  202: r1 = r3
  203: r1 += 8
  204: if r1 > r2 goto +4
  205: r1 = *(u64 *)(r10 -192)
  206: *(u32 *)(r3 +0) = r1
  207: r1 = *(u64 *)(r10 -200)
  208: *(u32 *)(r3 +4) = r1
  209: r0 = 1
  210: exit
      ; epilogue: verdict
  211: r2 = *(u64 *)(r10 -264)
  212: r1 = *(u64 *)(r10 -272)
  213: *(u64 *)(r10 -208) = r2
  214: *(u64 *)(r10 -216) = r1
  215: r1 = *(u64 *)(r10 -8)
  216: r2 = 0xfffffffffffffff8 ll
  218: call bpf_xdp_adjust_meta
  219: if r0 != 0 goto +10
  220: r1 = *(u64 *)(r10 -8)
  221: r3 = *(u32 *)(r1 +8)
  222: r2 = *(u32 *)(r1 +0)
  223: r1 = r3
  224: r1 += 8
  225: if r1 > r2 goto +4
  226: r1 = *(u64 *)(r10 -208)
  227: *(u32 *)(r3 +0) = r1
  228: r1 = *(u64 *)(r10 -216)
  229: *(u32 *)(r3 +4) = r1
  230: r0 = 2
  231: exit
