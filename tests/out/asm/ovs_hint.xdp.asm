; ovs_hint for xdp: 229 instructions, stack 272 bytes, 3 maps
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
   24: if r9 > r7 goto +162
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r1 +12)
   26: if r1 == 129 goto +3
   27: if r1 == 8 goto +19
   28: if r1 != 56710 goto +61
   29: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   30: r2 = r9
   31: r9 += 4
   32: if r9 > r7 goto +154
      ; v15: bit<12> = read_field hdr1.vid
   33: r1 = *(u16 *)(r2 +0)
   34: r1 &= 65295
      ; write var2, v15
   35: *(u64 *)(r10 -232) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   36: r1 = *(u16 *)(r2 +2)
   37: if r1 == 8 goto +9
   38: if r1 != 56710 goto +51
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   39: *(u64 *)(r10 -224) = r9
   40: r9 += 40
   41: if r9 > r7 goto +145
      ; v1: bit<8> = read_field hdr3.nextHdr
   42: r0 = *(u64 *)(r10 -224)
   43: r1 = *(u8 *)(r0 +6)
   44: if r1 == 6 goto +38
   45: if r1 != 17 goto +44
   46: goto +28
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   47: r8 = r9
   48: r9 += 20
   49: if r9 > r7 goto +137
      ; v6: bit<4> = read_field hdr2.ihl
   50: r1 = *(u8 *)(r8 +0)
   51: r1 &= 15
   52: if r1 == 5 goto +15
   53: if r1 < 6 goto +36
   54: if r1 > 15 goto +35
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   55: r1 = *(u8 *)(r8 +0)
   56: r1 &= 15
      ; v8: bit<32> = cast v7
      ; v9: bit<32> = const 5
      ; v10: bit<32> = sub v8, v9
   57: r1 -= 5
   58: w1 = w1
      ; v11: bit<32> = const 0x20
      ; v12: bit<32> = mul v10, v11
   59: r1 *= 32
   60: w1 = w1
      ; advance v12
   61: r1 >>= 3
   62: r9 -= r6
   63: r1 += r9
   64: if r1 > 16383 goto +122
   65: r9 = r6
   66: r9 += r1
   67: if r9 > r7 goto +119
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   68: r2 = *(u16 *)(r8 +6)
   69: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   70: r1 = *(u8 *)(r8 +9)
   71: if r2 != 0 goto +1
   72: if r1 == 6 goto +10
   73: if r2 != 0 goto +16
   74: if r1 != 17 goto +15
      ; prs: block7 (parse_udp)
      ; extract hdr5
   75: r1 = r9
   76: r9 += 4
   77: if r9 > r7 goto +109
      ; v2: bit<16> = read_field hdr5.srcPort
   78: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   79: *(u64 *)(r10 -240) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   80: r1 = *(u16 *)(r1 +2)
      ; write var4, v3
   81: *(u64 *)(r10 -248) = r1
   82: goto +7
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   83: r1 = r9
   84: r9 += 4
   85: if r9 > r7 goto +101
      ; v4: bit<16> = read_field hdr4.srcPort
   86: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   87: *(u64 *)(r10 -240) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   88: r1 = *(u16 *)(r1 +2)
      ; write var4, v5
   89: *(u64 *)(r10 -248) = r1
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   90: if r8 != 0 goto +48
      ; v9: bool = is_valid hdr3
   91: r0 = *(u64 *)(r10 -224)
   92: if r0 != 0 goto +2
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   93: *(u32 *)(r10 -72) = 2
   94: goto +77
      ; v10: bit<12> = read var2
   95: r3 = *(u64 *)(r10 -232)
      ; v11: bit<128> = read_field hdr3.srcAddr
   96: r0 = *(u64 *)(r10 -224)
   97: r2 = *(u64 *)(r0 +8)
   98: r1 = *(u64 *)(r0 +16)
   99: *(u64 *)(r10 -168) = r2
  100: *(u64 *)(r10 -160) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  101: r0 = *(u64 *)(r10 -224)
  102: r2 = *(u64 *)(r0 +24)
  103: r1 = *(u64 *)(r0 +32)
  104: *(u64 *)(r10 -184) = r2
  105: *(u64 *)(r10 -176) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  106: r0 = *(u64 *)(r10 -224)
  107: r1 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  108: r2 = *(u64 *)(r10 -240)
      ; v15: bit<16> = read var4
  109: r4 = *(u64 *)(r10 -248)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  110: *(u64 *)(r10 -24) = 0
  111: *(u16 *)(r10 -58) = r3
  112: r3 = *(u64 *)(r10 -168)
  113: *(u64 *)(r10 -56) = r3
  114: r3 = *(u64 *)(r10 -160)
  115: *(u64 *)(r10 -48) = r3
  116: r3 = *(u64 *)(r10 -184)
  117: *(u64 *)(r10 -40) = r3
  118: r3 = *(u64 *)(r10 -176)
  119: *(u64 *)(r10 -32) = r3
  120: *(u8 *)(r10 -24) = r1
  121: *(u8 *)(r10 -23) = r2
  122: r2 >>= 8
  123: *(u8 *)(r10 -22) = r2
  124: *(u8 *)(r10 -21) = r4
  125: r4 >>= 8
  126: *(u8 *)(r10 -20) = r4
  127: r1 = map[pipe_flows6] ll
  129: r2 = r10
  130: r2 += -58
  131: call bpf_map_lookup_elem
  132: r1 = r0
  133: r2 = 0
  134: if r1 == 0 goto +32
  135: r2 = 1
  136: r1 = *(u32 *)(r1 +0)
  137: *(u64 *)(r10 -264) = r1
      ; write var10, v16
  138: goto +28
      ; v2: bit<12> = read var2
  139: r3 = *(u64 *)(r10 -232)
      ; v3: bit<32> = read_field hdr2.srcAddr
  140: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  141: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  142: r4 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  143: r8 = *(u64 *)(r10 -240)
      ; v7: bit<16> = read var4
  144: r9 = *(u64 *)(r10 -248)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  145: *(u64 *)(r10 -48) = 0
  146: *(u16 *)(r10 -62) = r3
  147: *(u32 *)(r10 -60) = r2
  148: *(u32 *)(r10 -56) = r1
  149: *(u8 *)(r10 -52) = r4
  150: *(u8 *)(r10 -51) = r8
  151: r8 >>= 8
  152: *(u8 *)(r10 -50) = r8
  153: *(u8 *)(r10 -49) = r9
  154: r9 >>= 8
  155: *(u8 *)(r10 -48) = r9
  156: r1 = map[pipe_flows4] ll
  158: r2 = r10
  159: r2 += -62
  160: call bpf_map_lookup_elem
  161: r1 = r0
  162: r2 = 0
  163: if r1 == 0 goto +3
  164: r2 = 1
  165: r1 = *(u32 *)(r1 +0)
  166: *(u64 *)(r10 -264) = r1
      ; write var10, v8
      ; v19: bool = read var10
  167: r1 = r2
  168: if r1 != 0 goto +2
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  169: *(u32 *)(r10 -72) = 1
  170: goto +1
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  171: *(u32 *)(r10 -72) = 0
  172: r1 = map[pipe_hint_stats] ll
  174: r2 = r10
  175: r2 += -72
  176: call bpf_map_lookup_elem
  177: r3 = r0
  178: if r3 == 0 goto +29
  179: r1 = *(u64 *)(r3 +0)
  180: r1 += 1
  181: *(u64 *)(r3 +0) = r1
  182: r2 = *(u64 *)(r3 +8)
  183: r1 = *(u64 *)(r10 -256)
  184: r2 += r1
  185: *(u64 *)(r3 +8) = r2
  186: goto +21
      ; drop
  187: r2 = *(u64 *)(r10 -264)
  188: r1 = *(u64 *)(r10 -272)
  189: *(u64 *)(r10 -192) = r2
  190: *(u64 *)(r10 -200) = r1
  191: r1 = *(u64 *)(r10 -8)
  192: r2 = 0xfffffffffffffff8 ll
  194: call bpf_xdp_adjust_meta
  195: if r0 != 0 goto +10
  196: r1 = *(u64 *)(r10 -8)
  197: r3 = *(u32 *)(r1 +8)
  198: r2 = *(u32 *)(r1 +0)
  199: r1 = r3
  200: r1 += 8
  201: if r1 > r2 goto +4
  202: r1 = *(u64 *)(r10 -192)
  203: *(u32 *)(r3 +0) = r1
  204: r1 = *(u64 *)(r10 -200)
  205: *(u32 *)(r3 +4) = r1
  206: r0 = 1
  207: exit
      ; epilogue: verdict
  208: r2 = *(u64 *)(r10 -264)
  209: r1 = *(u64 *)(r10 -272)
  210: *(u64 *)(r10 -208) = r2
  211: *(u64 *)(r10 -216) = r1
  212: r1 = *(u64 *)(r10 -8)
  213: r2 = 0xfffffffffffffff8 ll
  215: call bpf_xdp_adjust_meta
  216: if r0 != 0 goto +10
  217: r1 = *(u64 *)(r10 -8)
  218: r3 = *(u32 *)(r1 +8)
  219: r2 = *(u32 *)(r1 +0)
  220: r1 = r3
  221: r1 += 8
  222: if r1 > r2 goto +4
  223: r1 = *(u64 *)(r10 -208)
  224: *(u32 *)(r3 +0) = r1
  225: r1 = *(u64 *)(r10 -216)
  226: *(u32 *)(r3 +4) = r1
  227: r0 = 2
  228: exit
