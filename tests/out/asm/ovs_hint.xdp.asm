; ovs_hint for xdp: 227 instructions, stack 240 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -192) = 0
    7: *(u64 *)(r10 -200) = 0
    8: *(u64 *)(r10 -208) = 0
    9: *(u64 *)(r10 -216) = 0
   10: *(u64 *)(r10 -232) = 0
   11: *(u64 *)(r10 -240) = 0
   12: r2 = *(u32 *)(r3 +8)
   13: r1 = r2
   14: r1 += 8
   15: if r1 > r6 goto +2
   16: r1 = *(u32 *)(r2 +0)
   17: *(u64 *)(r10 -232) = r1
   18: r1 = r3
   19: call bpf_xdp_get_buff_len
   20: r1 = r0
   21: *(u64 *)(r10 -224) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   22: r9 += 14
   23: if r9 > r7 goto +161
      ; v0: bit<16> = read_field hdr0.etherType
   24: r1 = *(u16 *)(r6 +12)
   25: if r1 == 129 goto +3
   26: if r1 == 8 goto +18
   27: if r1 != 56710 goto +60
   28: goto +8
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   29: r9 += 4
   30: if r9 > r7 goto +154
      ; v15: bit<12> = read_field hdr1.vid
   31: r1 = *(u16 *)(r6 +14)
   32: r1 &= 65295
      ; write var2, v15
   33: *(u64 *)(r10 -200) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   34: r1 = *(u16 *)(r6 +16)
   35: if r1 == 8 goto +9
   36: if r1 != 56710 goto +51
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   37: *(u64 *)(r10 -192) = r9
   38: r9 += 40
   39: if r9 > r7 goto +145
      ; v1: bit<8> = read_field hdr3.nextHdr
   40: r0 = *(u64 *)(r10 -192)
   41: r1 = *(u8 *)(r0 +6)
   42: if r1 == 6 goto +38
   43: if r1 != 17 goto +44
   44: goto +28
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   45: r8 = r9
   46: r9 += 20
   47: if r9 > r7 goto +137
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
   62: if r1 > 16383 goto +122
   63: r9 = r6
   64: r9 += r1
   65: if r9 > r7 goto +119
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
   75: if r9 > r7 goto +109
      ; v2: bit<16> = read_field hdr5.srcPort
   76: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   77: *(u64 *)(r10 -208) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   78: r1 = *(u16 *)(r1 +2)
      ; write var4, v3
   79: *(u64 *)(r10 -216) = r1
   80: goto +7
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   81: r1 = r9
   82: r9 += 4
   83: if r9 > r7 goto +101
      ; v4: bit<16> = read_field hdr4.srcPort
   84: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   85: *(u64 *)(r10 -208) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   86: r1 = *(u16 *)(r1 +2)
      ; write var4, v5
   87: *(u64 *)(r10 -216) = r1
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   88: if r8 != 0 goto +44
      ; v9: bool = is_valid hdr3
   89: r0 = *(u64 *)(r10 -192)
   90: if r0 != 0 goto +7
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   91: *(u32 *)(r10 -72) = 2
   92: r1 = map[pipe_hint_stats] ll
   94: r2 = r10
   95: r2 += -72
   96: call bpf_map_lookup_elem
   97: goto +77
      ; v10: bit<12> = read var2
   98: r2 = *(u64 *)(r10 -200)
      ; v11: bit<128> = read_field hdr3.srcAddr
      ; v12: bit<128> = read_field hdr3.dstAddr
      ; v13: bit<8> = read_field hdr3.nextHdr
   99: r0 = *(u64 *)(r10 -192)
  100: r1 = *(u8 *)(r0 +6)
      ; v14: bit<16> = read var3
  101: r3 = *(u64 *)(r10 -208)
      ; v15: bit<16> = read var4
  102: r4 = *(u64 *)(r10 -216)
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  103: *(u64 *)(r10 -24) = 0
  104: *(u16 *)(r10 -58) = r2
  105: r0 = *(u64 *)(r10 -192)
  106: r2 = *(u64 *)(r0 +8)
  107: *(u64 *)(r10 -56) = r2
  108: r2 = *(u64 *)(r0 +16)
  109: *(u64 *)(r10 -48) = r2
  110: r2 = *(u64 *)(r0 +24)
  111: *(u64 *)(r10 -40) = r2
  112: r2 = *(u64 *)(r0 +32)
  113: *(u64 *)(r10 -32) = r2
  114: *(u8 *)(r10 -24) = r1
  115: *(u8 *)(r10 -23) = r3
  116: r3 >>= 8
  117: *(u8 *)(r10 -22) = r3
  118: *(u8 *)(r10 -21) = r4
  119: r4 >>= 8
  120: *(u8 *)(r10 -20) = r4
  121: r1 = map[pipe_flows6] ll
  123: r2 = r10
  124: r2 += -58
  125: call bpf_map_lookup_elem
  126: r2 = r0
  127: r1 = 0
  128: if r2 == 0 goto +32
  129: r1 = 1
  130: r2 = *(u32 *)(r2 +0)
  131: *(u64 *)(r10 -232) = r2
      ; write var10, v16
  132: goto +28
      ; v2: bit<12> = read var2
  133: r3 = *(u64 *)(r10 -200)
      ; v3: bit<32> = read_field hdr2.srcAddr
  134: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  135: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  136: r4 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  137: r8 = *(u64 *)(r10 -208)
      ; v7: bit<16> = read var4
  138: r9 = *(u64 *)(r10 -216)
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  139: *(u64 *)(r10 -48) = 0
  140: *(u64 *)(r10 -56) = r1
  141: *(u16 *)(r10 -62) = r3
  142: *(u32 *)(r10 -60) = r2
  143: *(u8 *)(r10 -52) = r4
  144: *(u8 *)(r10 -51) = r8
  145: r8 >>= 8
  146: *(u8 *)(r10 -50) = r8
  147: *(u8 *)(r10 -49) = r9
  148: r9 >>= 8
  149: *(u8 *)(r10 -48) = r9
  150: r1 = map[pipe_flows4] ll
  152: r2 = r10
  153: r2 += -62
  154: call bpf_map_lookup_elem
  155: r2 = r0
  156: r1 = 0
  157: if r2 == 0 goto +3
  158: r1 = 1
  159: r2 = *(u32 *)(r2 +0)
  160: *(u64 *)(r10 -232) = r2
      ; write var10, v8
      ; v19: bool = read var10
  161: if r1 != 0 goto +7
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  162: *(u32 *)(r10 -72) = 1
  163: r1 = map[pipe_hint_stats] ll
  165: r2 = r10
  166: r2 += -72
  167: call bpf_map_lookup_elem
  168: goto +6
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  169: *(u32 *)(r10 -72) = 0
  170: r1 = map[pipe_hint_stats] ll
  172: r2 = r10
  173: r2 += -72
  174: call bpf_map_lookup_elem
  175: r3 = r0
  176: if r3 == 0 goto +29
  177: r1 = *(u64 *)(r3 +0)
  178: r1 += 1
  179: *(u64 *)(r3 +0) = r1
  180: r2 = *(u64 *)(r3 +8)
  181: r1 = *(u64 *)(r10 -224)
  182: r2 += r1
  183: *(u64 *)(r3 +8) = r2
  184: goto +21
      ; drop
  185: r2 = *(u64 *)(r10 -232)
  186: r1 = *(u64 *)(r10 -240)
  187: *(u64 *)(r10 -160) = r2
  188: *(u64 *)(r10 -168) = r1
  189: r1 = *(u64 *)(r10 -8)
  190: r2 = 0xfffffffffffffff8 ll
  192: call bpf_xdp_adjust_meta
  193: if r0 != 0 goto +10
  194: r1 = *(u64 *)(r10 -8)
  195: r3 = *(u32 *)(r1 +8)
  196: r2 = *(u32 *)(r1 +0)
  197: r1 = r3
  198: r1 += 8
  199: if r1 > r2 goto +4
  200: r1 = *(u64 *)(r10 -160)
  201: *(u32 *)(r3 +0) = r1
  202: r1 = *(u64 *)(r10 -168)
  203: *(u32 *)(r3 +4) = r1
  204: r0 = 1
  205: exit
      ; epilogue: verdict
  206: r2 = *(u64 *)(r10 -232)
  207: r1 = *(u64 *)(r10 -240)
  208: *(u64 *)(r10 -176) = r2
  209: *(u64 *)(r10 -184) = r1
  210: r1 = *(u64 *)(r10 -8)
  211: r2 = 0xfffffffffffffff8 ll
  213: call bpf_xdp_adjust_meta
  214: if r0 != 0 goto +10
  215: r1 = *(u64 *)(r10 -8)
  216: r3 = *(u32 *)(r1 +8)
  217: r2 = *(u32 *)(r1 +0)
  218: r1 = r3
  219: r1 += 8
  220: if r1 > r2 goto +4
  221: r1 = *(u64 *)(r10 -176)
  222: *(u32 *)(r3 +0) = r1
  223: r1 = *(u64 *)(r10 -184)
  224: *(u32 *)(r3 +4) = r1
  225: r0 = 2
  226: exit
