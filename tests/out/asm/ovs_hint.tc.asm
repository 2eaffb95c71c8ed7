; ovs_hint for classifier: 187 instructions, stack 216 bytes, 3 maps
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
   14: r9 += 14
   15: if r9 > r7 goto +161
      ; v0: bit<16> = read_field hdr0.etherType
   16: r1 = *(u16 *)(r6 +12)
   17: if r1 == 129 goto +3
   18: if r1 == 8 goto +17
   19: if r1 != 56710 goto +57
   20: goto +8
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   21: r9 += 4
   22: if r9 > r7 goto +154
      ; v15: bit<12> = read_field hdr1.vid
   23: r1 = *(u16 *)(r6 +14)
   24: r1 &= 65295
      ; write var2, v15
   25: *(u64 *)(r10 -192) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   26: r1 = *(u16 *)(r6 +16)
   27: if r1 == 8 goto +8
   28: if r1 != 56710 goto +48
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   29: r4 = r9
   30: r9 += 40
   31: if r9 > r7 goto +145
      ; v1: bit<8> = read_field hdr3.nextHdr
   32: r1 = *(u8 *)(r4 +6)
   33: if r1 == 6 goto +37
   34: if r1 != 17 goto +42
   35: goto +28
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   36: r8 = r9
   37: r9 += 20
   38: if r9 > r7 goto +138
      ; v6: bit<4> = read_field hdr2.ihl
   39: r1 = *(u8 *)(r8 +0)
   40: r1 &= 15
   41: if r1 == 5 goto +15
   42: if r1 < 6 goto +34
   43: if r1 > 15 goto +33
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   44: r1 = *(u8 *)(r8 +0)
   45: r1 &= 15
      ; v8: bit<32> = cast v7
      ; v9: bit<32> = const 5
      ; v10: bit<32> = sub v8, v9
   46: r1 -= 5
   47: w1 = w1
      ; v11: bit<32> = const 0x20
      ; v12: bit<32> = mul v10, v11
   48: r1 *= 32
   49: w1 = w1
      ; advance v12
   50: r1 >>= 3
   51: r9 -= r6
   52: r1 += r9
   53: if r1 > 16383 goto +123
   54: r9 = r6
   55: r9 += r1
   56: if r9 > r7 goto +120
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   57: r2 = *(u16 *)(r8 +6)
   58: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   59: r1 = *(u8 *)(r8 +9)
   60: if r2 != 0 goto +16
   61: if r1 == 6 goto +9
   62: if r2 != 0 goto +14
   63: if r1 != 17 goto +13
      ; prs: block7 (parse_udp)
      ; extract hdr5
   64: r1 = r9
   65: r9 += 4
   66: if r9 > r7 goto +110
      ; v2: bit<16> = read_field hdr5.srcPort
   67: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   68: *(u64 *)(r10 -200) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   69: r3 = *(u16 *)(r1 +2)
      ; write var4, v3
   70: goto +6
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   71: r1 = r9
   72: r9 += 4
   73: if r9 > r7 goto +103
      ; v4: bit<16> = read_field hdr4.srcPort
   74: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   75: *(u64 *)(r10 -200) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   76: r3 = *(u16 *)(r1 +2)
      ; write var4, v5
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   77: if r8 != 0 goto +48
      ; v9: bool = is_valid hdr3
   78: if r4 != 0 goto +7
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   79: *(u32 *)(r10 -72) = 2
   80: r1 = map[pipe_hint_stats] ll
   82: r2 = r10
   83: r2 += -72
   84: call bpf_map_lookup_elem
   85: goto +81
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
  111: *(u8 *)(r10 -21) = r3
  112: r3 >>= 8
  113: *(u8 *)(r10 -20) = r3
  114: r1 = map[pipe_flows6] ll
  116: r2 = r10
  117: r2 += -58
  118: call bpf_map_lookup_elem
  119: r2 = r0
  120: r1 = 0
  121: if r2 == 0 goto +31
  122: r1 = 1
  123: r2 = *(u32 *)(r2 +0)
  124: *(u64 *)(r10 -216) = r2
      ; write var10, v16
  125: goto +27
      ; v2: bit<12> = read var2
  126: r4 = *(u64 *)(r10 -192)
      ; v3: bit<32> = read_field hdr2.srcAddr
  127: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  128: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  129: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  130: r9 = *(u64 *)(r10 -200)
      ; v7: bit<16> = read var4
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  131: *(u64 *)(r10 -48) = 0
  132: *(u64 *)(r10 -56) = r1
  133: *(u16 *)(r10 -62) = r4
  134: *(u32 *)(r10 -60) = r2
  135: *(u8 *)(r10 -52) = r8
  136: *(u8 *)(r10 -51) = r9
  137: r9 >>= 8
  138: *(u8 *)(r10 -50) = r9
  139: *(u8 *)(r10 -49) = r3
  140: r3 >>= 8
  141: *(u8 *)(r10 -48) = r3
  142: r1 = map[pipe_flows4] ll
  144: r2 = r10
  145: r2 += -62
  146: call bpf_map_lookup_elem
  147: r2 = r0
  148: r1 = 0
  149: if r2 == 0 goto +3
  150: r1 = 1
  151: r2 = *(u32 *)(r2 +0)
  152: *(u64 *)(r10 -216) = r2
      ; write var10, v8
      ; v19: bool = read var10
  153: if r1 != 0 goto +7
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  154: *(u32 *)(r10 -72) = 1
  155: r1 = map[pipe_hint_stats] ll
  157: r2 = r10
  158: r2 += -72
  159: call bpf_map_lookup_elem
  160: goto +6
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  161: *(u32 *)(r10 -72) = 0
  162: r1 = map[pipe_hint_stats] ll
  164: r2 = r10
  165: r2 += -72
  166: call bpf_map_lookup_elem
  167: r3 = r0
  168: if r3 == 0 goto +13
  169: r1 = *(u64 *)(r3 +0)
  170: r1 += 1
  171: *(u64 *)(r3 +0) = r1
  172: r2 = *(u64 *)(r3 +8)
  173: r1 = *(u64 *)(r10 -208)
  174: r2 += r1
  175: *(u64 *)(r3 +8) = r2
  176: goto +5
      ; drop
  177: r2 = *(u64 *)(r10 -216)
  178: r1 = *(u64 *)(r10 -8)
  179: *(u32 *)(r1 +8) = r2
  180: r0 = 2
  181: exit
      ; epilogue: verdict
  182: r2 = *(u64 *)(r10 -216)
  183: r1 = *(u64 *)(r10 -8)
  184: *(u32 *)(r1 +8) = r2
  185: r0 = 0
  186: exit
