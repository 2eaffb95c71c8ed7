; ovs_hint for classifier: 181 instructions, stack 216 bytes, 3 maps
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
   16: if r9 > r7 goto +154
      ; v0: bit<16> = read_field hdr0.etherType
   17: r1 = *(u16 *)(r1 +12)
   18: if r1 == 129 goto +3
   19: if r1 == 8 goto +18
   20: if r1 != 56710 goto +58
   21: goto +9
      ; prs: block2 (parse_vlan)
      ; extract hdr1
   22: r2 = r9
   23: r9 += 4
   24: if r9 > r7 goto +146
      ; v15: bit<12> = read_field hdr1.vid
   25: r1 = *(u16 *)(r2 +0)
   26: r1 &= 65295
      ; write var2, v15
   27: *(u64 *)(r10 -192) = r1
      ; v16: bit<16> = read_field hdr1.etherType
   28: r1 = *(u16 *)(r2 +2)
   29: if r1 == 8 goto +8
   30: if r1 != 56710 goto +48
      ; prs: block3 (parse_ipv6)
      ; extract hdr3
   31: r4 = r9
   32: r9 += 40
   33: if r9 > r7 goto +137
      ; v1: bit<8> = read_field hdr3.nextHdr
   34: r1 = *(u8 *)(r4 +6)
   35: if r1 == 6 goto +37
   36: if r1 != 17 goto +42
   37: goto +28
      ; prs: block4 (parse_ipv4)
      ; extract hdr2
   38: r8 = r9
   39: r9 += 20
   40: if r9 > r7 goto +130
      ; v6: bit<4> = read_field hdr2.ihl
   41: r1 = *(u8 *)(r8 +0)
   42: r1 &= 15
   43: if r1 == 5 goto +15
   44: if r1 < 6 goto +34
   45: if r1 > 15 goto +33
      ; prs: block5 (skip_ipv4_options)
      ; v7: bit<4> = read_field hdr2.ihl
   46: r1 = *(u8 *)(r8 +0)
   47: r1 &= 15
      ; v8: bit<32> = cast v7
      ; v9: bit<32> = const 5
      ; v10: bit<32> = sub v8, v9
   48: r1 -= 5
   49: w1 = w1
      ; v11: bit<32> = const 0x20
      ; v12: bit<32> = mul v10, v11
   50: r1 *= 32
   51: w1 = w1
      ; advance v12
   52: r1 >>= 3
   53: r9 -= r6
   54: r1 += r9
   55: if r1 > 16383 goto +115
   56: r9 = r6
   57: r9 += r1
   58: if r9 > r7 goto +112
      ; prs: block6 (parse_ipv4_payload)
      ; v13: bit<13> = read_field hdr2.fragOffset
   59: r2 = *(u16 *)(r8 +6)
   60: r2 &= 65311
      ; v14: bit<8> = read_field hdr2.protocol
   61: r1 = *(u8 *)(r8 +9)
   62: if r2 != 0 goto +1
   63: if r1 == 6 goto +9
   64: if r2 != 0 goto +14
   65: if r1 != 17 goto +13
      ; prs: block7 (parse_udp)
      ; extract hdr5
   66: r1 = r9
   67: r9 += 4
   68: if r9 > r7 goto +102
      ; v2: bit<16> = read_field hdr5.srcPort
   69: r2 = *(u16 *)(r1 +0)
      ; write var3, v2
   70: *(u64 *)(r10 -200) = r2
      ; v3: bit<16> = read_field hdr5.dstPort
   71: r3 = *(u16 *)(r1 +2)
      ; write var4, v3
   72: goto +6
      ; prs: block8 (parse_tcp)
      ; extract hdr4
   73: r1 = r9
   74: r9 += 4
   75: if r9 > r7 goto +95
      ; v4: bit<16> = read_field hdr4.srcPort
   76: r2 = *(u16 *)(r1 +0)
      ; write var3, v4
   77: *(u64 *)(r10 -200) = r2
      ; v5: bit<16> = read_field hdr4.dstPort
   78: r3 = *(u16 *)(r1 +2)
      ; write var4, v5
      ; v0: bool = const 0
      ; write var10, v0
      ; v1: bool = is_valid hdr2
   79: if r8 != 0 goto +44
      ; v9: bool = is_valid hdr3
   80: if r4 != 0 goto +2
      ; v17: bit<32> = const 2
      ; v18: bit<32> = const 1
      ; count counter0[v17] += v18
   81: *(u32 *)(r10 -72) = 2
   82: goto +73
      ; v10: bit<12> = read var2
   83: r8 = *(u64 *)(r10 -192)
      ; v11: bit<128> = read_field hdr3.srcAddr
   84: r2 = *(u64 *)(r4 +8)
   85: r1 = *(u64 *)(r4 +16)
   86: *(u64 *)(r10 -168) = r2
   87: *(u64 *)(r10 -160) = r1
      ; v12: bit<128> = read_field hdr3.dstAddr
   88: r2 = *(u64 *)(r4 +24)
   89: r1 = *(u64 *)(r4 +32)
   90: *(u64 *)(r10 -184) = r2
   91: *(u64 *)(r10 -176) = r1
      ; v13: bit<8> = read_field hdr3.nextHdr
   92: r1 = *(u8 *)(r4 +6)
      ; v14: bit<16> = read var3
   93: r2 = *(u64 *)(r10 -200)
      ; v15: bit<16> = read var4
      ; v16: bool = hint_apply hint1(v10, v11, v12, v13, v14, v15)
   94: *(u64 *)(r10 -24) = 0
   95: *(u16 *)(r10 -58) = r8
   96: r4 = *(u64 *)(r10 -168)
   97: *(u64 *)(r10 -56) = r4
   98: r4 = *(u64 *)(r10 -160)
   99: *(u64 *)(r10 -48) = r4
  100: r4 = *(u64 *)(r10 -184)
  101: *(u64 *)(r10 -40) = r4
  102: r4 = *(u64 *)(r10 -176)
  103: *(u64 *)(r10 -32) = r4
  104: *(u8 *)(r10 -24) = r1
  105: *(u8 *)(r10 -23) = r2
  106: r2 >>= 8
  107: *(u8 *)(r10 -22) = r2
  108: r1 = r3
  109: *(u8 *)(r10 -21) = r1
  110: r1 >>= 8
  111: *(u8 *)(r10 -20) = r1
  112: r1 = map[pipe_flows6] ll
  114: r2 = r10
  115: r2 += -58
  116: call bpf_map_lookup_elem
  117: r1 = r0
  118: r2 = 0
  119: if r1 == 0 goto +31
  120: r2 = 1
  121: r1 = *(u32 *)(r1 +0)
  122: *(u64 *)(r10 -216) = r1
      ; write var10, v16
  123: goto +27
      ; v2: bit<12> = read var2
  124: r4 = *(u64 *)(r10 -192)
      ; v3: bit<32> = read_field hdr2.srcAddr
  125: r2 = *(u32 *)(r8 +12)
      ; v4: bit<32> = read_field hdr2.dstAddr
  126: r1 = *(u32 *)(r8 +16)
      ; v5: bit<8> = read_field hdr2.protocol
  127: r8 = *(u8 *)(r8 +9)
      ; v6: bit<16> = read var3
  128: r9 = *(u64 *)(r10 -200)
      ; v7: bit<16> = read var4
      ; v8: bool = hint_apply hint0(v2, v3, v4, v5, v6, v7)
  129: *(u64 *)(r10 -48) = 0
  130: *(u16 *)(r10 -62) = r4
  131: *(u32 *)(r10 -60) = r2
  132: *(u32 *)(r10 -56) = r1
  133: *(u8 *)(r10 -52) = r8
  134: *(u8 *)(r10 -51) = r9
  135: r9 >>= 8
  136: *(u8 *)(r10 -50) = r9
  137: *(u8 *)(r10 -49) = r3
  138: r3 >>= 8
  139: *(u8 *)(r10 -48) = r3
  140: r1 = map[pipe_flows4] ll
  142: r2 = r10
  143: r2 += -62
  144: call bpf_map_lookup_elem
  145: r1 = r0
  146: r2 = 0
  147: if r1 == 0 goto +3
  148: r2 = 1
  149: r1 = *(u32 *)(r1 +0)
  150: *(u64 *)(r10 -216) = r1
      ; write var10, v8
      ; v19: bool = read var10
  151: r1 = r2
  152: if r1 != 0 goto +2
      ; v22: bit<32> = const 1
      ; v23: bit<32> = const 1
      ; count counter0[v22] += v23
  153: *(u32 *)(r10 -72) = 1
  154: goto +1
      ; v20: bit<32> = const 0
      ; v21: bit<32> = const 1
      ; count counter0[v20] += v21
  155: *(u32 *)(r10 -72) = 0
  156: r1 = map[pipe_hint_stats] ll
  158: r2 = r10
  159: r2 += -72
  160: call bpf_map_lookup_elem
  161: r3 = r0
  162: if r3 == 0 goto +13
  163: r1 = *(u64 *)(r3 +0)
  164: r1 += 1
  165: *(u64 *)(r3 +0) = r1
  166: r2 = *(u64 *)(r3 +8)
  167: r1 = *(u64 *)(r10 -208)
  168: r2 += r1
  169: *(u64 *)(r3 +8) = r2
  170: goto +5
      ; drop
  171: r2 = *(u64 *)(r10 -216)
  172: r1 = *(u64 *)(r10 -8)
  173: *(u32 *)(r1 +8) = r2
  174: r0 = 2
  175: exit
      ; epilogue: verdict
  176: r2 = *(u64 *)(r10 -216)
  177: r1 = *(u64 *)(r10 -8)
  178: *(u32 *)(r1 +8) = r2
  179: r0 = 0
  180: exit
