; ovs_hint for classifier: 184 instructions, stack 216 bytes, 3 maps
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
   16: if r9 > r7 goto +157
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
   24: if r9 > r7 goto +149
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
   33: if r9 > r7 goto +140
      ; v1: bit<8> = read_field hdr3.nextHdr
   34: r1 = *(u8 *)(r4 +6)
   35: if r1 == 6 goto +40
   36: if r1 != 17 goto +45
   37: goto +31
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   38: r8 = r9
   39: r9 += 20
   40: if r9 > r7 goto +133
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
   53: if r1 & 7 goto +120
   54: r1 >>= 3
   55: if r1 > 16383 goto +118
   56: r9 -= r6
   57: r1 += r9
   58: if r1 > 16383 goto +115
   59: r9 = r6
   60: r9 += r1
   61: if r9 > r7 goto +112
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
   71: if r9 > r7 goto +102
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
   78: if r9 > r7 goto +95
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
   82: if r8 != 0 goto +44
      ; v9: bool = is_valid hdr3
   83: if r4 != 0 goto +2
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   84: *(u32 *)(r10 -72) = 2
   85: goto +73
      ; v10: bit<12> = read var2
   86: r8 = *(u64 *)(r10 -192)
      ; v11: bit<128> = read_field hdr3.srcAddr
   87: r2 = *(u64 *)(r4 +8)
   88: r1 = *(u64 *)(r4 +16)
   89: *(u64 *)(r10 -168) = r2
   90: *(u64 *)(r10 -160) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
   91: r2 = *(u64 *)(r4 +24)
   92: r1 = *(u64 *)(r4 +32)
   93: *(u64 *)(r10 -184) = r2
   94: *(u64 *)(r10 -176) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
   95: r1 = *(u8 *)(r4 +6)
      ; v14: bit<16> = read var3
   96: r2 = *(u64 *)(r10 -200)
      ; v15: bit<16> = read var4
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
   97: *(u64 *)(r10 -24) = 0
   98: *(u16 *)(r10 -58) = r8
   99: r4 = *(u64 *)(r10 -168)
  100: *(u64 *)(r10 -56) = r4
  101: r4 = *(u64 *)(r10 -160)
  102: *(u64 *)(r10 -48) = r4
  103: r4 = *(u64 *)(r10 -184)
  104: *(u64 *)(r10 -40) = r4
  105: r4 = *(u64 *)(r10 -176)
  106: *(u64 *)(r10 -32) = r4
  107: *(u8 *)(r10 -24) = r1
  108: *(u8 *)(r10 -23) = r2
  109: r2 >>= 8
  110: *(u8 *)(r10 -22) = r2
  111: r1 = r3
  112: *(u8 *)(r10 -21) = r1
  113: r1 >>= 8
  114: *(u8 *)(r10 -20) = r1
  115: r1 = map[pipe_flows6] ll
  117: r2 = r10
  118: r2 += -58
  119: call bpf_map_lookup_elem
  120: r1 = r0
  121: r2 = 0
  122: if r1 == 0 goto +31
  123: r2 = 1
  124: r1 = *(u32 *)(r1 +0)
  125: *(u64 *)(r10 -216) = r1
      ; write var10, v16
  126: goto +27
      ; v2: bit<12> = read var2
  127: r4 = *(u64 *)(r10 -192)
      ; v3: bit<32> = read_field hdr2.srcAddr
  128: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  129: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  130: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  131: r9 = *(u64 *)(r10 -200)
      ; v7: bit<16> = read var4
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  132: *(u64 *)(r10 -48) = 0
  133: *(u16 *)(r10 -62) = r4
  134: *(u32 *)(r10 -60) = r2
  135: *(u32 *)(r10 -56) = r1
  136: *(u8 *)(r10 -52) = r8
  137: *(u8 *)(r10 -51) = r9
  138: r9 >>= 8
  139: *(u8 *)(r10 -50) = r9
  140: *(u8 *)(r10 -49) = r3
  141: r3 >>= 8
  142: *(u8 *)(r10 -48) = r3
  143: r1 = map[pipe_flows4] ll
  145: r2 = r10
  146: r2 += -62
  147: call bpf_map_lookup_elem
  148: r1 = r0
  149: r2 = 0
  150: if r1 == 0 goto +3
  151: r2 = 1
  152: r1 = *(u32 *)(r1 +0)
  153: *(u64 *)(r10 -216) = r1
      ; write var10, v8
      ; v19: bool = read var10
  154: r1 = r2
  155: if r1 != 0 goto +2
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  156: *(u32 *)(r10 -72) = 1
  157: goto +1
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  158: *(u32 *)(r10 -72) = 0
  159: r1 = map[pipe_hint_stats] ll
  161: r2 = r10
  162: r2 += -72
  163: call bpf_map_lookup_elem
  164: r3 = r0
  165: if r3 == 0 goto +13
  166: r1 = *(u64 *)(r3 +0)
  167: r1 += 1
  168: *(u64 *)(r3 +0) = r1
  169: r2 = *(u64 *)(r3 +8)
  170: r1 = *(u64 *)(r10 -208)
  171: r2 += r1
  172: *(u64 *)(r3 +8) = r2
  173: goto +5
      ; drop
  174: r2 = *(u64 *)(r10 -216)
  175: r1 = *(u64 *)(r10 -8)
  176: *(u32 *)(r1 +8) = r2
  177: r0 = 2
  178: exit
      ; epilogue: verdict
  179: r2 = *(u64 *)(r10 -216)
  180: r1 = *(u64 *)(r10 -8)
  181: *(u32 *)(r1 +8) = r2
  182: r0 = 0
  183: exit
