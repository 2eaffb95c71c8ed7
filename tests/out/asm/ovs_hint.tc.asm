; ovs_hint for classifier: 179 instructions, stack 184 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r2 = r1
    2: r6 = *(u32 *)(r2 +76)
    3: r7 = *(u32 *)(r2 +80)
    4: r9 = r6
    5: r8 = 0
    6: r4 = 0
    7: *(u64 *)(r10 -160) = 0
    8: *(u64 *)(r10 -168) = 0
    9: r3 = 0
   10: r1 = *(u32 *)(r2 +0)
   11: *(u64 *)(r10 -176) = r1
   12: r1 = *(u32 *)(r2 +8)
   13: *(u64 *)(r10 -184) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   14: r9 += 14
   15: if r9 > r7 goto +153
      ; v0: bit<16> = read_field hdr0.etherType
   16: r1 = *(u16 *)(r6 +12)
   17: if r1 == 129 goto +3
   18: if r1 == 8 goto +17
   19: if r1 != 56710 goto +57
   20: goto +8
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   21: r9 += 4
   22: if r9 > r7 goto +146
      ; v15: bit<12> = read_field hdr1.vid
   23: r1 = *(u16 *)(r6 +14)
   24: r1 &= 65295
      ; write var2, v15
   25: *(u64 *)(r10 -160) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   26: r1 = *(u16 *)(r6 +16)
   27: if r1 == 8 goto +8
   28: if r1 != 56710 goto +48
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   29: r4 = r9
   30: r9 += 40
   31: if r9 > r7 goto +137
      ; v1: bit<8> = read_field hdr3.nextHdr
   32: r1 = *(u8 *)(r4 +6)
   33: if r1 == 6 goto +37
   34: if r1 != 17 goto +42
   35: goto +28
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   36: r8 = r9
   37: r9 += 20
   38: if r9 > r7 goto +130
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
   53: if r1 > 16383 goto +115
   54: r9 = r6
   55: r9 += r1
   56: if r9 > r7 goto +112
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
   66: if r9 > r7 goto +102
      ; v2: bit<16> = read_field hdr5.srcPort
   67: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   68: *(u64 *)(r10 -168) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   69: r3 = *(u16 *)(r1 +2)
      ; write var4, v3
   70: goto +6
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   71: r1 = r9
   72: r9 += 4
   73: if r9 > r7 goto +95
      ; v4: bit<16> = read_field hdr4.srcPort
   74: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   75: *(u64 *)(r10 -168) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   76: r3 = *(u16 *)(r1 +2)
      ; write var4, v5
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   77: if r8 != 0 goto +40
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
   85: goto +73
      ; v10: bit<12> = read var2
   86: r2 = *(u64 *)(r10 -160)
      ; v11: bit<128> = read_field hdr3.srcAddr
      ; v12: bit<128> = read_field hdr3.dstAddr
      ; v13: bit<8> = read_field hdr3.nextHdr
   87: r1 = *(u8 *)(r4 +6)
      ; v14: bit<16> = read var3
   88: r8 = *(u64 *)(r10 -168)
      ; v15: bit<16> = read var4
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
   89: *(u64 *)(r10 -24) = 0
   90: *(u16 *)(r10 -58) = r2
   91: r2 = *(u64 *)(r4 +8)
   92: *(u64 *)(r10 -56) = r2
   93: r2 = *(u64 *)(r4 +16)
   94: *(u64 *)(r10 -48) = r2
   95: r2 = *(u64 *)(r4 +24)
   96: *(u64 *)(r10 -40) = r2
   97: r2 = *(u64 *)(r4 +32)
   98: *(u64 *)(r10 -32) = r2
   99: *(u8 *)(r10 -24) = r1
  100: *(u8 *)(r10 -23) = r8
  101: r8 >>= 8
  102: *(u8 *)(r10 -22) = r8
  103: *(u8 *)(r10 -21) = r3
  104: r3 >>= 8
  105: *(u8 *)(r10 -20) = r3
  106: r1 = map[pipe_flows6] ll
  108: r2 = r10
  109: r2 += -58
  110: call bpf_map_lookup_elem
  111: r2 = r0
  112: r1 = 0
  113: if r2 == 0 goto +31
  114: r1 = 1
  115: r2 = *(u32 *)(r2 +0)
  116: *(u64 *)(r10 -184) = r2
      ; write var10, v16
  117: goto +27
      ; v2: bit<12> = read var2
  118: r4 = *(u64 *)(r10 -160)
      ; v3: bit<32> = read_field hdr2.srcAddr
  119: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  120: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  121: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  122: r9 = *(u64 *)(r10 -168)
      ; v7: bit<16> = read var4
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  123: *(u64 *)(r10 -48) = 0
  124: *(u64 *)(r10 -56) = r1
  125: *(u16 *)(r10 -62) = r4
  126: *(u32 *)(r10 -60) = r2
  127: *(u8 *)(r10 -52) = r8
  128: *(u8 *)(r10 -51) = r9
  129: r9 >>= 8
  130: *(u8 *)(r10 -50) = r9
  131: *(u8 *)(r10 -49) = r3
  132: r3 >>= 8
  133: *(u8 *)(r10 -48) = r3
  134: r1 = map[pipe_flows4] ll
  136: r2 = r10
  137: r2 += -62
  138: call bpf_map_lookup_elem
  139: r2 = r0
  140: r1 = 0
  141: if r2 == 0 goto +3
  142: r1 = 1
  143: r2 = *(u32 *)(r2 +0)
  144: *(u64 *)(r10 -184) = r2
      ; write var10, v8
      ; v19: bool = read var10
  145: if r1 != 0 goto +7
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  146: *(u32 *)(r10 -72) = 1
  147: r1 = map[pipe_hint_stats] ll
  149: r2 = r10
  150: r2 += -72
  151: call bpf_map_lookup_elem
  152: goto +6
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  153: *(u32 *)(r10 -72) = 0
  154: r1 = map[pipe_hint_stats] ll
  156: r2 = r10
  157: r2 += -72
  158: call bpf_map_lookup_elem
  159: r3 = r0
  160: if r3 == 0 goto +13
  161: r1 = *(u64 *)(r3 +0)
  162: r1 += 1
  163: *(u64 *)(r3 +0) = r1
  164: r2 = *(u64 *)(r3 +8)
  165: r1 = *(u64 *)(r10 -176)
  166: r2 += r1
  167: *(u64 *)(r3 +8) = r2
  168: goto +5
      ; drop
  169: r2 = *(u64 *)(r10 -184)
  170: r1 = *(u64 *)(r10 -8)
  171: *(u32 *)(r1 +8) = r2
  172: r0 = 2
  173: exit
      ; epilogue: verdict
  174: r2 = *(u64 *)(r10 -184)
  175: r1 = *(u64 *)(r10 -8)
  176: *(u32 *)(r1 +8) = r2
  177: r0 = 0
  178: exit
