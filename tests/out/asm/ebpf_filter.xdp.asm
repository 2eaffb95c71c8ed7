; ebpf_filter for xdp: 156 instructions, stack 96 bytes, 3 maps
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
   19: goto +128
   20: r3 = r1
   21: r3 += 1
   22: *(u32 *)(r10 -40) = r3
   23: r1 += 14
   24: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = 0
   26: if r2 == 0 goto +2
   27: r1 = *(u16 *)(r2 +12)
   28: r1 = be16 r1
   29: if r1 != 2048 goto +1
   30: goto +2
   31: *(u32 *)(r10 -28) = 0
   32: goto +115
      ; prs: block2 (ip)
      ; extract hdr1
   33: r1 = *(u64 *)(r10 -16)
   34: if r1 > 16383 goto +5
   35: r2 = r6
   36: r2 += r1
   37: r3 = r2
   38: r3 += 20
   39: if r3 <= r7 goto +2
   40: *(u32 *)(r10 -28) = 1
   41: goto +106
   42: r2 = r1
   43: r2 += 1
   44: *(u32 *)(r10 -36) = r2
   45: r1 += 20
   46: *(u64 *)(r10 -16) = r1
      ; v0: bool = const 1
   47: r1 = 1
      ; write var2, v0
   48: *(u8 *)(r10 -24) = r1
      ; v1: bool = is_valid hdr1
   49: r1 = *(u32 *)(r10 -36)
   50: if r1 == 0 goto +1
   51: r1 = 1
      ; v2: bool = not v1
   52: r2 = r1
   53: r2 ^= 1
   54: if r2 != 0 goto +90
      ; v4: bit<8> = read_field hdr1.protocol
   55: r1 = *(u32 *)(r10 -36)
   56: if r1 == 0 goto +7
   57: r1 -= 1
   58: if r1 > 16383 goto +5
   59: r8 = r6
   60: r8 += r1
   61: r1 = r8
   62: r1 += 20
   63: if r1 <= r7 goto +1
   64: r8 = 0
   65: r1 = 0
   66: if r8 == 0 goto +1
   67: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   68: r2 = r1
   69: w2 = w2
      ; v6: bit<32> = const 1
   70: r1 = 1
      ; count counter0[v5] += v6
   71: *(u32 *)(r10 -56) = r2
   72: *(u64 *)(r10 -88) = r1
   73: r1 = map[pipe_proto_packets] ll
   75: r2 = r10
   76: r2 += -56
   77: call bpf_map_lookup_elem
   78: r1 = r0
   79: if r1 == 0 goto +4
   80: r2 = *(u64 *)(r1 +0)
   81: r3 = *(u64 *)(r10 -88)
   82: r2 += r3
   83: *(u64 *)(r1 +0) = r2
      ; v7: bit<8> = read_field hdr1.protocol
   84: r1 = 0
   85: if r8 == 0 goto +1
   86: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   87: r2 = r1
   88: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   89: r1 = 0
   90: if r8 == 0 goto +2
   91: r1 = *(u16 *)(r8 +2)
   92: r1 = be16 r1
      ; v10: bit<32> = cast v9
   93: r3 = r1
   94: w3 = w3
      ; count counter1[v8] += v10
   95: *(u32 *)(r10 -56) = r2
   96: *(u64 *)(r10 -88) = r3
   97: r1 = map[pipe_proto_bytes] ll
   99: r2 = r10
  100: r2 += -56
  101: call bpf_map_lookup_elem
  102: r1 = r0
  103: if r1 == 0 goto +4
  104: r2 = *(u64 *)(r1 +0)
  105: r3 = *(u64 *)(r10 -88)
  106: r2 += r3
  107: *(u64 *)(r1 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
  108: r1 = 0
  109: if r8 == 0 goto +2
  110: r1 = *(u32 *)(r8 +12)
  111: r1 = be32 r1
      ; v12, v13, [v14] = apply table0(v11)
  112: *(u64 *)(r10 -56) = 0
  113: r2 = r1
  114: r1 = r2
  115: r1 = be32 r1
  116: *(u32 *)(r10 -56) = r1
  117: r1 = map[pipe_Check_src_ip] ll
  119: r2 = r10
  120: r2 += -56
  121: call bpf_map_lookup_elem
  122: r1 = r0
  123: r2 = 1
  124: if r1 != 0 goto +4
  125: r2 = 0
  126: r2 = 1
  127: r3 = 0
  128: goto +4
  129: r2 = *(u32 *)(r1 +0)
  130: r3 = *(u32 *)(r1 +4)
  131: r3 = be32 r3
  132: w3 = w3
  133: if r2 == 0 goto +3
  134: if r2 == 1 goto +1
  135: goto +8
      ; pipe: block3 (NoAction)
  136: goto +7
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
  137: r1 = 0
      ; write var2, v15
  138: *(u8 *)(r10 -24) = r1
      ; write_field hdr1.srcAddr, v14
  139: if r8 == 0 goto +4
  140: r1 = r3
  141: r2 = r1
  142: r2 = be32 r2
  143: *(u32 *)(r8 +12) = r2
  144: goto +5
      ; v3: bool = const 0
  145: r1 = 0
      ; write var2, v3
  146: *(u8 *)(r10 -24) = r1
  147: goto +2
      ; drop
  148: r0 = 1
  149: exit
      ; epilogue: verdict
  150: r1 = *(u8 *)(r10 -24)
  151: if r1 == 0 goto +2
  152: r0 = 2
  153: exit
  154: r0 = 1
  155: exit
