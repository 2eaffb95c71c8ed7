; ovs_hint for classifier: 212 instructions, stack 216 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r2 = r1
    2: r6 = *(u32 *)(r2 +76)
    3: r7 = *(u32 *)(r2 +80)
    4: r9 = r6
    5: r8 = 0
    6: r4 = 0
    7: *(u64 *)(r10 -192) = 0
    8: *(u64 *)(r10 -200) = 0
    9: r3 = 0
   10: r1 = *(u32 *)(r2 +0)
   11: *(u64 *)(r10 -208) = r1
   12: r1 = *(u32 *)(r2 +8)
   13: *(u64 *)(r10 -216) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   14: r1 = r9
   15: r9 += 14
   16: if r9 > r7 goto +185
      ; v0: bit<16> = read_field hdr0.etherType
   17: r1 = *(u16 *)(r1 +12)
   18: if r1 == 129 goto +3
   19: if r1 == 8 goto +18
   20: if r1 != 56710 goto +61
   21: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   22: r2 = r9
   23: r9 += 4
   24: if r9 > r7 goto +177
      ; v15: bit<12> = read_field hdr1.vid
   25: r1 = *(u16 *)(r2 +0)
   26: r1 &= 65295
      ; write var2, v15
   27: *(u64 *)(r10 -192) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   28: r1 = *(u16 *)(r2 +2)
   29: if r1 == 8 goto +8
   30: if r1 != 56710 goto +51
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   31: r4 = r9
   32: r9 += 40
   33: if r9 > r7 goto +168
      ; v1: bit<8> = read_field hdr3.nextHdr
   34: r1 = *(u8 *)(r4 +6)
   35: if r1 == 6 goto +40
   36: if r1 != 17 goto +45
   37: goto +31
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   38: r8 = r9
   39: r9 += 20
   40: if r9 > r7 goto +161
      ; v6: bit<4> = read_field hdr2.ihl
   41: r1 = *(u8 *)(r8 +0)
   42: r1 &= 15
   43: if r1 == 5 goto +18
   44: if r1 < 6 goto +37
   45: if r1 > 15 goto +36
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   46: r1 = *(u8 *)(r8 +0)
   47: r1 &= 15
      ; v8: bit<32> = cast v7
   48: w1 = w1
      ; v9: bit<32> = const 5
      ; v10: bit<32> = sub v8, v9
   49: r1 -= 5
   50: w1 = w1
      ; v11: bit<32> = const 0x20
      ; v12: bit<32> = mul v10, v11
   51: r1 *= 32
   52: w1 = w1
      ; advance v12
   53: if r1 & 7 goto +148
   54: r1 >>= 3
   55: if r1 > 16383 goto +146
   56: r9 -= r6
   57: r1 += r9
   58: if r1 > 16383 goto +143
   59: r9 = r6
   60: r9 += r1
   61: if r9 > r7 goto +140
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   62: r2 = *(u16 *)(r8 +6)
   63: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   64: r1 = *(u8 *)(r8 +9)
   65: if r2 != 0 goto +1
   66: if r1 == 6 goto +9
   67: if r2 != 0 goto +14
   68: if r1 != 17 goto +13
      ; prs: block7 (parse_udp)
      ; extract hdr5
   69: r1 = r9
   70: r9 += 4
   71: if r9 > r7 goto +130
      ; v2: bit<16> = read_field hdr5.srcPort
   72: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   73: *(u64 *)(r10 -200) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   74: r3 = *(u16 *)(r1 +2)
      ; write var4, v3
   75: goto +6
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   76: r1 = r9
   77: r9 += 4
   78: if r9 > r7 goto +123
      ; v4: bit<16> = read_field hdr4.srcPort
   79: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   80: *(u64 *)(r10 -200) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   81: r3 = *(u16 *)(r1 +2)
      ; write var4, v5
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   82: if r8 != 0 goto +58
      ; v9: bool = is_valid hdr3
   83: if r4 != 0 goto +16
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   84: *(u32 *)(r10 -72) = 2
   85: r1 = map[pipe_hint_stats] ll
   87: r2 = r10
   88: r2 += -72
   89: call bpf_map_lookup_elem
   90: r3 = r0
   91: if r3 == 0 goto +115
   92: r1 = *(u64 *)(r3 +0)
   93: r1 += 1
   94: *(u64 *)(r3 +0) = r1
   95: r2 = *(u64 *)(r3 +8)
   96: r1 = *(u64 *)(r10 -208)
   97: r2 += r1
   98: *(u64 *)(r3 +8) = r2
   99: goto +107
      ; v10: bit<12> = read var2
  100: r8 = *(u64 *)(r10 -192)
      ; v11: bit<128> = read_field hdr3.srcAddr
  101: r2 = *(u64 *)(r4 +8)
  102: r1 = *(u64 *)(r4 +16)
  103: *(u64 *)(r10 -168) = r2
  104: *(u64 *)(r10 -160) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
  105: r2 = *(u64 *)(r4 +24)
  106: r1 = *(u64 *)(r4 +32)
  107: *(u64 *)(r10 -184) = r2
  108: *(u64 *)(r10 -176) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
  109: r1 = *(u8 *)(r4 +6)
      ; v14: bit<16> = read var3
  110: r2 = *(u64 *)(r10 -200)
      ; v15: bit<16> = read var4
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
  111: *(u64 *)(r10 -24) = 0
  112: *(u16 *)(r10 -58) = r8
  113: r4 = *(u64 *)(r10 -168)
  114: *(u64 *)(r10 -56) = r4
  115: r4 = *(u64 *)(r10 -160)
  116: *(u64 *)(r10 -48) = r4
  117: r4 = *(u64 *)(r10 -184)
  118: *(u64 *)(r10 -40) = r4
  119: r4 = *(u64 *)(r10 -176)
  120: *(u64 *)(r10 -32) = r4
  121: *(u8 *)(r10 -24) = r1
  122: *(u8 *)(r10 -23) = r2
  123: r2 >>= 8
  124: *(u8 *)(r10 -22) = r2
  125: r1 = r3
  126: *(u8 *)(r10 -21) = r1
  127: r1 >>= 8
  128: *(u8 *)(r10 -20) = r1
  129: r1 = map[pipe_flows6] ll
  131: r2 = r10
  132: r2 += -58
  133: call bpf_map_lookup_elem
  134: r1 = r0
  135: r2 = 0
  136: if r1 == 0 goto +31
  137: r2 = 1
  138: r1 = *(u32 *)(r1 +0)
  139: *(u64 *)(r10 -216) = r1
      ; write var10, v16
  140: goto +27
      ; v2: bit<12> = read var2
  141: r4 = *(u64 *)(r10 -192)
      ; v3: bit<32> = read_field hdr2.srcAddr
  142: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  143: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  144: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  145: r9 = *(u64 *)(r10 -200)
      ; v7: bit<16> = read var4
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  146: *(u64 *)(r10 -48) = 0
  147: *(u16 *)(r10 -62) = r4
  148: *(u32 *)(r10 -60) = r2
  149: *(u32 *)(r10 -56) = r1
  150: *(u8 *)(r10 -52) = r8
  151: *(u8 *)(r10 -51) = r9
  152: r9 >>= 8
  153: *(u8 *)(r10 -50) = r9
  154: *(u8 *)(r10 -49) = r3
  155: r3 >>= 8
  156: *(u8 *)(r10 -48) = r3
  157: r1 = map[pipe_flows4] ll
  159: r2 = r10
  160: r2 += -62
  161: call bpf_map_lookup_elem
  162: r1 = r0
  163: r2 = 0
  164: if r1 == 0 goto +3
  165: r2 = 1
  166: r1 = *(u32 *)(r1 +0)
  167: *(u64 *)(r10 -216) = r1
      ; write var10, v8
      ; v19: bool = read var10
  168: r1 = r2
  169: if r1 != 0 goto +16
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  170: *(u32 *)(r10 -72) = 1
  171: r1 = map[pipe_hint_stats] ll
  173: r2 = r10
  174: r2 += -72
  175: call bpf_map_lookup_elem
  176: r3 = r0
  177: if r3 == 0 goto +29
  178: r1 = *(u64 *)(r3 +0)
  179: r1 += 1
  180: *(u64 *)(r3 +0) = r1
  181: r2 = *(u64 *)(r3 +8)
  182: r1 = *(u64 *)(r10 -208)
  183: r2 += r1
  184: *(u64 *)(r3 +8) = r2
  185: goto +21
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  186: *(u32 *)(r10 -72) = 0
  187: r1 = map[pipe_hint_stats] ll
  189: r2 = r10
  190: r2 += -72
  191: call bpf_map_lookup_elem
  192: r3 = r0
  193: if r3 == 0 goto +13
  194: r1 = *(u64 *)(r3 +0)
  195: r1 += 1
  196: *(u64 *)(r3 +0) = r1
  197: r2 = *(u64 *)(r3 +8)
  198: r1 = *(u64 *)(r10 -208)
  199: r2 += r1
  200: *(u64 *)(r3 +8) = r2
  201: goto +5
      ; drop
  202: r2 = *(u64 *)(r10 -216)
  203: r1 = *(u64 *)(r10 -8)
  204: *(u32 *)(r1 +8) = r2
  205: r0 = 2
  206: exit
      ; epilogue: verdict
  207: r2 = *(u64 *)(r10 -216)
  208: r1 = *(u64 *)(r10 -8)
  209: *(u32 *)(r1 +8) = r2
  210: r0 = 0
  211: exit
