; ebpf_filter for classifier: 152 instructions, stack 96 bytes, 3 maps
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
   15: goto +128
   16: r3 = r1
   17: r3 += 1
   18: *(u32 *)(r10 -40) = r3
   19: r1 += 14
   20: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = 0
   22: if r2 == 0 goto +2
   23: r1 = *(u16 *)(r2 +12)
   24: r1 = be16 r1
   25: if r1 != 2048 goto +1
   26: goto +2
   27: *(u32 *)(r10 -28) = 0
   28: goto +115
      ; prs: block2 (ip)
      ; extract hdr1
   29: r1 = *(u64 *)(r10 -16)
   30: if r1 > 16383 goto +5
   31: r2 = r6
   32: r2 += r1
   33: r3 = r2
   34: r3 += 20
   35: if r3 <= r7 goto +2
   36: *(u32 *)(r10 -28) = 1
   37: goto +106
   38: r2 = r1
   39: r2 += 1
   40: *(u32 *)(r10 -36) = r2
   41: r1 += 20
   42: *(u64 *)(r10 -16) = r1
      ; v0: bool = const 1
   43: r1 = 1
      ; write var2, v0
   44: *(u8 *)(r10 -24) = r1
      ; v1: bool = is_valid hdr1
   45: r1 = *(u32 *)(r10 -36)
   46: if r1 == 0 goto +1
   47: r1 = 1
      ; v2: bool = not v1
   48: r2 = r1
   49: r2 ^= 1
   50: if r2 != 0 goto +90
      ; v4: bit<8> = read_field hdr1.protocol
   51: r1 = *(u32 *)(r10 -36)
   52: if r1 == 0 goto +7
   53: r1 -= 1
   54: if r1 > 16383 goto +5
   55: r8 = r6
   56: r8 += r1
   57: r1 = r8
   58: r1 += 20
   59: if r1 <= r7 goto +1
   60: r8 = 0
   61: r1 = 0
   62: if r8 == 0 goto +1
   63: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   64: r2 = r1
   65: w2 = w2
      ; v6: bit<32> = const 1
   66: r1 = 1
      ; count counter0[v5] += v6
   67: *(u32 *)(r10 -56) = r2
   68: *(u64 *)(r10 -88) = r1
   69: r1 = map[pipe_proto_packets] ll
   71: r2 = r10
   72: r2 += -56
   73: call bpf_map_lookup_elem
   74: r1 = r0
   75: if r1 == 0 goto +4
   76: r2 = *(u64 *)(r1 +0)
   77: r3 = *(u64 *)(r10 -88)
   78: r2 += r3
   79: *(u64 *)(r1 +0) = r2
      ; v7: bit<8> = read_field hdr1.protocol
   80: r1 = 0
   81: if r8 == 0 goto +1
   82: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   83: r2 = r1
   84: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   85: r1 = 0
   86: if r8 == 0 goto +2
   87: r1 = *(u16 *)(r8 +2)
   88: r1 = be16 r1
      ; v10: bit<32> = cast v9
   89: r3 = r1
   90: w3 = w3
      ; count counter1[v8] += v10
   91: *(u32 *)(r10 -56) = r2
   92: *(u64 *)(r10 -88) = r3
   93: r1 = map[pipe_proto_bytes] ll
   95: r2 = r10
   96: r2 += -56
   97: call bpf_map_lookup_elem
   98: r1 = r0
   99: if r1 == 0 goto +4
  100: r2 = *(u64 *)(r1 +0)
  101: r3 = *(u64 *)(r10 -88)
  102: r2 += r3
  103: *(u64 *)(r1 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
  104: r1 = 0
  105: if r8 == 0 goto +2
  106: r1 = *(u32 *)(r8 +12)
  107: r1 = be32 r1
      ; v12, v13, [v14] = apply table0(v11)
  108: *(u64 *)(r10 -56) = 0
  109: r2 = r1
  110: r1 = r2
  111: r1 = be32 r1
  112: *(u32 *)(r10 -56) = r1
  113: r1 = map[pipe_Check_src_ip] ll
  115: r2 = r10
  116: r2 += -56
  117: call bpf_map_lookup_elem
  118: r1 = r0
  119: r2 = 1
  120: if r1 != 0 goto +4
  121: r2 = 0
  122: r2 = 1
  123: r3 = 0
  124: goto +4
  125: r2 = *(u32 *)(r1 +0)
  126: r3 = *(u32 *)(r1 +4)
  127: r3 = be32 r3
  128: w3 = w3
  129: if r2 == 0 goto +3
  130: if r2 == 1 goto +1
  131: goto +8
      ; pipe: block3 (NoAction)
  132: goto +7
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
  133: r1 = 0
      ; write var2, v15
  134: *(u8 *)(r10 -24) = r1
      ; write_field hdr1.srcAddr, v14
  135: if r8 == 0 goto +4
  136: r1 = r3
  137: r2 = r1
  138: r2 = be32 r2
  139: *(u32 *)(r8 +12) = r2
  140: goto +5
      ; v3: bool = const 0
  141: r1 = 0
      ; write var2, v3
  142: *(u8 *)(r10 -24) = r1
  143: goto +2
      ; drop
  144: r0 = 2
  145: exit
      ; epilogue: verdict
  146: r1 = *(u8 *)(r10 -24)
  147: if r1 == 0 goto +2
  148: r0 = 0
  149: exit
  150: r0 = 2
  151: exit
