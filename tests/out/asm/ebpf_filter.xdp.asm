; ebpf_filter for xdp: 154 instructions, stack 96 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -40) = 0
    5: *(u64 *)(r10 -32) = 0
    6: *(u64 *)(r10 -24) = 0
    7: r2 = *(u32 *)(r1 +8)
    8: r1 = r2
    9: r1 += 8
   10: if r1 > r6 goto +0
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   11: r1 = *(u64 *)(r10 -16)
   12: if r1 > 16383 goto +5
   13: r2 = r6
   14: r2 += r1
   15: r3 = r2
   16: r3 += 14
   17: if r3 <= r7 goto +2
   18: *(u32 *)(r10 -28) = 1
   19: goto +126
   20: r3 = r1
   21: r3 += 1
   22: *(u32 *)(r10 -40) = r3
   23: r1 += 14
   24: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r2 +12)
   26: r1 = be16 r1
   27: if r1 != 2048 goto +1
   28: goto +2
   29: *(u32 *)(r10 -28) = 0
   30: goto +115
      ; prs: block2 (ip)
      ; extract hdr1
   31: r1 = *(u64 *)(r10 -16)
   32: if r1 > 16383 goto +5
   33: r2 = r6
   34: r2 += r1
   35: r3 = r2
   36: r3 += 20
   37: if r3 <= r7 goto +2
   38: *(u32 *)(r10 -28) = 1
   39: goto +106
   40: r2 = r1
   41: r2 += 1
   42: *(u32 *)(r10 -36) = r2
   43: r1 += 20
   44: *(u64 *)(r10 -16) = r1
      ; v0: bool = const 1
   45: r1 = 1
      ; write var2, v0
   46: *(u8 *)(r10 -24) = r1
      ; v1: bool = is_valid hdr1
   47: r1 = *(u32 *)(r10 -36)
   48: if r1 == 0 goto +1
   49: r1 = 1
      ; v2: bool = not v1
   50: r2 = r1
   51: r2 ^= 1
   52: if r2 != 0 goto +90
      ; v4: bit<8> = read_field hdr1.protocol
   53: r1 = *(u32 *)(r10 -36)
   54: if r1 == 0 goto +7
   55: r1 -= 1
   56: if r1 > 16383 goto +5
   57: r8 = r6
   58: r8 += r1
   59: r1 = r8
   60: r1 += 20
   61: if r1 <= r7 goto +1
   62: r8 = 0
   63: r1 = 0
   64: if r8 == 0 goto +1
   65: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   66: r2 = r1
   67: w2 = w2
      ; v6: bit<32> = const 1
   68: r1 = 1
      ; count counter0[v5] += v6
   69: *(u32 *)(r10 -56) = r2
   70: *(u64 *)(r10 -88) = r1
   71: r1 = map[pipe_proto_packets] ll
   73: r2 = r10
   74: r2 += -56
   75: call bpf_map_lookup_elem
   76: r1 = r0
   77: if r1 == 0 goto +4
   78: r2 = *(u64 *)(r1 +0)
   79: r3 = *(u64 *)(r10 -88)
   80: r2 += r3
   81: *(u64 *)(r1 +0) = r2
      ; v7: bit<8> = read_field hdr1.protocol
   82: r1 = 0
   83: if r8 == 0 goto +1
   84: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   85: r2 = r1
   86: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   87: r1 = 0
   88: if r8 == 0 goto +2
   89: r1 = *(u16 *)(r8 +2)
   90: r1 = be16 r1
      ; v10: bit<32> = cast v9
   91: r3 = r1
   92: w3 = w3
      ; count counter1[v8] += v10
   93: *(u32 *)(r10 -56) = r2
   94: *(u64 *)(r10 -88) = r3
   95: r1 = map[pipe_proto_bytes] ll
   97: r2 = r10
   98: r2 += -56
   99: call bpf_map_lookup_elem
  100: r1 = r0
  101: if r1 == 0 goto +4
  102: r2 = *(u64 *)(r1 +0)
  103: r3 = *(u64 *)(r10 -88)
  104: r2 += r3
  105: *(u64 *)(r1 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
  106: r1 = 0
  107: if r8 == 0 goto +2
  108: r1 = *(u32 *)(r8 +12)
  109: r1 = be32 r1
      ; v12, v13, [v14] = apply table0(v11)
  110: *(u64 *)(r10 -56) = 0
  111: r2 = r1
  112: r1 = r2
  113: r1 = be32 r1
  114: *(u32 *)(r10 -56) = r1
  115: r1 = map[pipe_Check_src_ip] ll
  117: r2 = r10
  118: r2 += -56
  119: call bpf_map_lookup_elem
  120: r1 = r0
  121: r2 = 1
  122: if r1 != 0 goto +4
  123: r2 = 0
  124: r2 = 1
  125: r3 = 0
  126: goto +4
  127: r2 = *(u32 *)(r1 +0)
  128: r3 = *(u32 *)(r1 +4)
  129: r3 = be32 r3
  130: w3 = w3
  131: if r2 == 0 goto +3
  132: if r2 == 1 goto +1
  133: goto +8
      ; pipe: block3 (NoAction)
  134: goto +7
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
  135: r1 = 0
      ; write var2, v15
  136: *(u8 *)(r10 -24) = r1
      ; write_field hdr1.srcAddr, v14
  137: if r8 == 0 goto +4
  138: r1 = r3
  139: r2 = r1
  140: r2 = be32 r2
  141: *(u32 *)(r8 +12) = r2
  142: goto +5
      ; v3: bool = const 0
  143: r1 = 0
      ; write var2, v3
  144: *(u8 *)(r10 -24) = r1
  145: goto +2
      ; drop
  146: r0 = 1
  147: exit
      ; epilogue: verdict
  148: r1 = *(u8 *)(r10 -24)
  149: if r1 == 0 goto +2
  150: r0 = 2
  151: exit
  152: r0 = 1
  153: exit
