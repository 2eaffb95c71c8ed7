; ebpf_filter for classifier: 150 instructions, stack 96 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -40) = 0
    5: *(u64 *)(r10 -32) = 0
    6: *(u64 *)(r10 -24) = 0
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    7: r1 = *(u64 *)(r10 -16)
    8: if r1 > 16383 goto +5
    9: r2 = r6
   10: r2 += r1
   11: r3 = r2
   12: r3 += 14
   13: if r3 <= r7 goto +2
   14: *(u32 *)(r10 -28) = 1
   15: goto +126
   16: r3 = r1
   17: r3 += 1
   18: *(u32 *)(r10 -40) = r3
   19: r1 += 14
   20: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r2 +12)
   22: r1 = be16 r1
   23: if r1 != 2048 goto +1
   24: goto +2
   25: *(u32 *)(r10 -28) = 0
   26: goto +115
      ; prs: block2 (ip)
      ; extract hdr1
   27: r1 = *(u64 *)(r10 -16)
   28: if r1 > 16383 goto +5
   29: r2 = r6
   30: r2 += r1
   31: r3 = r2
   32: r3 += 20
   33: if r3 <= r7 goto +2
   34: *(u32 *)(r10 -28) = 1
   35: goto +106
   36: r2 = r1
   37: r2 += 1
   38: *(u32 *)(r10 -36) = r2
   39: r1 += 20
   40: *(u64 *)(r10 -16) = r1
      ; v0: bool = const 1
   41: r1 = 1
      ; write var2, v0
   42: *(u8 *)(r10 -24) = r1
      ; v1: bool = is_valid hdr1
   43: r1 = *(u32 *)(r10 -36)
   44: if r1 == 0 goto +1
   45: r1 = 1
      ; v2: bool = not v1
   46: r2 = r1
   47: r2 ^= 1
   48: if r2 != 0 goto +90
      ; v4: bit<8> = read_field hdr1.protocol
   49: r1 = *(u32 *)(r10 -36)
   50: if r1 == 0 goto +7
   51: r1 -= 1
   52: if r1 > 16383 goto +5
   53: r8 = r6
   54: r8 += r1
   55: r1 = r8
   56: r1 += 20
   57: if r1 <= r7 goto +1
   58: r8 = 0
   59: r1 = 0
   60: if r8 == 0 goto +1
   61: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   62: r2 = r1
   63: w2 = w2
      ; v6: bit<32> = const 1
   64: r1 = 1
      ; count counter0[v5] += v6
   65: *(u32 *)(r10 -56) = r2
   66: *(u64 *)(r10 -88) = r1
   67: r1 = map[pipe_proto_packets] ll
   69: r2 = r10
   70: r2 += -56
   71: call bpf_map_lookup_elem
   72: r1 = r0
   73: if r1 == 0 goto +4
   74: r2 = *(u64 *)(r1 +0)
   75: r3 = *(u64 *)(r10 -88)
   76: r2 += r3
   77: *(u64 *)(r1 +0) = r2
      ; v7: bit<8> = read_field hdr1.protocol
   78: r1 = 0
   79: if r8 == 0 goto +1
   80: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   81: r2 = r1
   82: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   83: r1 = 0
   84: if r8 == 0 goto +2
   85: r1 = *(u16 *)(r8 +2)
   86: r1 = be16 r1
      ; v10: bit<32> = cast v9
   87: r3 = r1
   88: w3 = w3
      ; count counter1[v8] += v10
   89: *(u32 *)(r10 -56) = r2
   90: *(u64 *)(r10 -88) = r3
   91: r1 = map[pipe_proto_bytes] ll
   93: r2 = r10
   94: r2 += -56
   95: call bpf_map_lookup_elem
   96: r1 = r0
   97: if r1 == 0 goto +4
   98: r2 = *(u64 *)(r1 +0)
   99: r3 = *(u64 *)(r10 -88)
  100: r2 += r3
  101: *(u64 *)(r1 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
  102: r1 = 0
  103: if r8 == 0 goto +2
  104: r1 = *(u32 *)(r8 +12)
  105: r1 = be32 r1
      ; v12, v13, [v14] = apply table0(v11)
  106: *(u64 *)(r10 -56) = 0
  107: r2 = r1
  108: r1 = r2
  109: r1 = be32 r1
  110: *(u32 *)(r10 -56) = r1
  111: r1 = map[pipe_Check_src_ip] ll
  113: r2 = r10
  114: r2 += -56
  115: call bpf_map_lookup_elem
  116: r1 = r0
  117: r2 = 1
  118: if r1 != 0 goto +4
  119: r2 = 0
  120: r2 = 1
  121: r3 = 0
  122: goto +4
  123: r2 = *(u32 *)(r1 +0)
  124: r3 = *(u32 *)(r1 +4)
  125: r3 = be32 r3
  126: w3 = w3
  127: if r2 == 0 goto +3
  128: if r2 == 1 goto +1
  129: goto +8
      ; pipe: block3 (NoAction)
  130: goto +7
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
  131: r1 = 0
      ; write var2, v15
  132: *(u8 *)(r10 -24) = r1
      ; write_field hdr1.srcAddr, v14
  133: if r8 == 0 goto +4
  134: r1 = r3
  135: r2 = r1
  136: r2 = be32 r2
  137: *(u32 *)(r8 +12) = r2
  138: goto +5
      ; v3: bool = const 0
  139: r1 = 0
      ; write var2, v3
  140: *(u8 *)(r10 -24) = r1
  141: goto +2
      ; drop
  142: r0 = 2
  143: exit
      ; epilogue: verdict
  144: r1 = *(u8 *)(r10 -24)
  145: if r1 == 0 goto +2
  146: r0 = 0
  147: exit
  148: r0 = 2
  149: exit
