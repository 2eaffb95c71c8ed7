; ovs_hint for xdp: 236 instructions, stack 272 bytes, 3 maps
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
   22: r9 += 14
   23: if r9 > r7 goto +170
      ; v0: bit<16> = read_field hdr0.etherType
   24: r1 = *(u16 *)(r6 +12)
   25: if r1 == 129 goto +3
   26: if r1 == 8 goto +18
   27: if r1 != 56710 goto +60
   28: goto +8
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   29: r9 += 4
   30: if r9 > r7 goto +163
      ; v15: bit<12> = read_field hdr1.vid
   31: r1 = *(u16 *)(r6 +14)
   32: r1 &= 65295
      ; write var2, v15
   33: *(u64 *)(r10 -232) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   34: r1 = *(u16 *)(r6 +16)
   35: if r1 == 8 goto +9
   36: if r1 != 56710 goto +51
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   37: *(u64 *)(r10 -224) = r9
   38: r9 += 40
   39: if r9 > r7 goto +154
      ; v1: bit<8> = read_field hdr3.nextHdr
   40: r0 = *(u64 *)(r10 -224)
   41: r1 = *(u8 *)(r0 +6)
   42: if r1 == 6 goto +38
   43: if r1 != 17 goto +44
   44: goto +28
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   45: r8 = r9
   46: r9 += 20
   47: if r9 > r7 goto +146
      ; v6: bit<4> = read_field hdr2.ihl
   48: r1 = *(u8 *)(r8 +0)
   49: r1 &= 15
   50: if r1 == 5 goto +15
   51: if r1 < 6 goto +36
   52: if r1 > 15 goto +35
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   53: r1 = *(u8 *)(r8 +0)
   54: r1 &= 15
      ; v8: bit<32> = cast v7
      ; v9: bit<32> = const 5
      ; v10: bit<32> = sub v8, v9
   55: r1 -= 5
   56: w1 = w1
      ; v11: bit<32> = const 0x20
      ; v12: bit<32> = mul v10, v11
   57: r1 *= 32
   58: w1 = w1
      ; advance v12
   59: r1 >>= 3
   60: r9 -= r6
   61: r1 += r9
   62: if r1 > 16383 goto +131
   63: r9 = r6
   64: r9 += r1
   65: if r9 > r7 goto +128
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   66: r2 = *(u16 *)(r8 +6)
   67: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   68: r1 = *(u8 *)(r8 +9)
   69: if r2 != 0 goto +18
   70: if r1 == 6 goto +10
   71: if r2 != 0 goto +16
   72: if r1 != 17 goto +15
      ; prs: block7 (parse_udp)
      ; extract hdr5
   73: r1 = r9
   74: r9 += 4
   75: if r9 > r7 goto +118
      ; v2: bit<16> = read_field hdr5.srcPort
   76: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   77: *(u64 *)(r10 -240) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   78: r1 = *(u16 *)(r1 +2)
      ; write var4, v3
   79: *(u64 *)(r10 -248) = r1
   80: goto +7
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   81: r1 = r9
   82: r9 += 4
   83: if r9 > r7 goto +110
      ; v4: bit<16> = read_field hdr4.srcPort
   84: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   85: *(u64 *)(r10 -240) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   86: r1 = *(u16 *)(r1 +2)
      ; write var4, v5
   87: *(u64 *)(r10 -248) = r1
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   88: if r8 != 0 goto +53
      ; v9: bool = is_valid hdr3
   89: r0 = *(u64 *)(r10 -224)
   90: if r0 != 0 goto +7
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   91: *(u32 *)(r10 -72) = 2
   92: r1 = map[pipe_hint_stats] ll
   94: r2 = r10
   95: r2 += -72
   96: call bpf_map_lookup_elem
   97: goto +86
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
  135: r2 = r0
  136: r1 = 0
  137: if r2 == 0 goto +32
  138: r1 = 1
  139: r2 = *(u32 *)(r2 +0)
  140: *(u64 *)(r10 -264) = r2
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
  149: *(u64 *)(r10 -56) = r1
  150: *(u16 *)(r10 -62) = r3
  151: *(u32 *)(r10 -60) = r2
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
  164: r2 = r0
  165: r1 = 0
  166: if r2 == 0 goto +3
  167: r1 = 1
  168: r2 = *(u32 *)(r2 +0)
  169: *(u64 *)(r10 -264) = r2
      ; write var10, v8
      ; v19: bool = read var10
  170: if r1 != 0 goto +7
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  171: *(u32 *)(r10 -72) = 1
  172: r1 = map[pipe_hint_stats] ll
  174: r2 = r10
  175: r2 += -72
  176: call bpf_map_lookup_elem
  177: goto +6
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  178: *(u32 *)(r10 -72) = 0
  179: r1 = map[pipe_hint_stats] ll
  181: r2 = r10
  182: r2 += -72
  183: call bpf_map_lookup_elem
  184: r3 = r0
  185: if r3 == 0 goto +29
  186: r1 = *(u64 *)(r3 +0)
  187: r1 += 1
  188: *(u64 *)(r3 +0) = r1
  189: r2 = *(u64 *)(r3 +8)
  190: r1 = *(u64 *)(r10 -256)
  191: r2 += r1
  192: *(u64 *)(r3 +8) = r2
  193: goto +21
      ; drop
  194: r2 = *(u64 *)(r10 -264)
  195: r1 = *(u64 *)(r10 -272)
  196: *(u64 *)(r10 -192) = r2
  197: *(u64 *)(r10 -200) = r1
  198: r1 = *(u64 *)(r10 -8)
  199: r2 = 0xfffffffffffffff8 ll
  201: call bpf_xdp_adjust_meta
  202: if r0 != 0 goto +10
  203: r1 = *(u64 *)(r10 -8)
  204: r3 = *(u32 *)(r1 +8)
  205: r2 = *(u32 *)(r1 +0)
  206: r1 = r3
  207: r1 += 8
  208: if r1 > r2 goto +4
  209: r1 = *(u64 *)(r10 -192)
  210: *(u32 *)(r3 +0) = r1
  211: r1 = *(u64 *)(r10 -200)
  212: *(u32 *)(r3 +4) = r1
  213: r0 = 1
  214: exit
      ; epilogue: verdict
  215: r2 = *(u64 *)(r10 -264)
  216: r1 = *(u64 *)(r10 -272)
  217: *(u64 *)(r10 -208) = r2
  218: *(u64 *)(r10 -216) = r1
  219: r1 = *(u64 *)(r10 -8)
  220: r2 = 0xfffffffffffffff8 ll
  222: call bpf_xdp_adjust_meta
  223: if r0 != 0 goto +10
  224: r1 = *(u64 *)(r10 -8)
  225: r3 = *(u32 *)(r1 +8)
  226: r2 = *(u32 *)(r1 +0)
  227: r1 = r3
  228: r1 += 8
  229: if r1 > r2 goto +4
  230: r1 = *(u64 *)(r10 -208)
  231: *(u32 *)(r3 +0) = r1
  232: r1 = *(u64 *)(r10 -216)
  233: *(u32 *)(r3 +4) = r1
  234: r0 = 2
  235: exit
