; ebpf_filter for xdp: 101 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: r2 = r6
    4: *(u64 *)(r10 -24) = 0
    5: *(u64 *)(r10 -16) = 0
    6: r1 = *(u32 *)(r1 +8)
    7: r1 += 8
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    8: r1 = r2
    9: r2 += 14
   10: if r2 > r7 goto +82
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r1 +12)
   12: r1 = be16 r1
   13: if r1 != 2048 goto +79
      ; prs: block2 (ip)
      ; extract hdr1
   14: r8 = r2
   15: r2 += 20
   16: if r2 > r7 goto +76
      ; v0: bool = const 1
   17: r1 = 1
      ; write var2, v0
   18: *(u8 *)(r10 -16) = r1
      ; v1: bool = is_valid hdr1
   19: r1 = 0
   20: if r8 == 0 goto +1
   21: r1 = 1
      ; v2: bool = not v1
   22: r1 ^= 1
   23: if r1 != 0 goto +66
      ; v4: bit<8> = read_field hdr1.protocol
   24: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   25: r2 = r1
   26: w2 = w2
      ; v6: bit<32> = const 1
   27: r1 = 1
      ; count counter0[v5] += v6
   28: *(u32 *)(r10 -40) = r2
   29: *(u64 *)(r10 -72) = r1
   30: r1 = map[pipe_proto_packets] ll
   32: r2 = r10
   33: r2 += -40
   34: call bpf_map_lookup_elem
   35: r3 = r0
   36: if r3 == 0 goto +4
   37: r2 = *(u64 *)(r3 +0)
   38: r1 = *(u64 *)(r10 -72)
   39: r2 += r1
   40: *(u64 *)(r3 +0) = r2
      ; v7: bit<8> = read_field hdr1.protocol
   41: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   42: r2 = r1
   43: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   44: r1 = *(u16 *)(r8 +2)
   45: r1 = be16 r1
      ; v10: bit<32> = cast v9
   46: w1 = w1
      ; count counter1[v8] += v10
   47: *(u32 *)(r10 -40) = r2
   48: *(u64 *)(r10 -72) = r1
   49: r1 = map[pipe_proto_bytes] ll
   51: r2 = r10
   52: r2 += -40
   53: call bpf_map_lookup_elem
   54: r3 = r0
   55: if r3 == 0 goto +4
   56: r2 = *(u64 *)(r3 +0)
   57: r1 = *(u64 *)(r10 -72)
   58: r2 += r1
   59: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   60: r1 = *(u32 *)(r8 +12)
   61: r1 = be32 r1
      ; v12, v13, [v14] = apply table0(v11)
   62: *(u64 *)(r10 -40) = 0
   63: r1 = be32 r1
   64: *(u32 *)(r10 -40) = r1
   65: r1 = map[pipe_Check_src_ip] ll
   67: r2 = r10
   68: r2 += -40
   69: call bpf_map_lookup_elem
   70: r1 = r0
   71: r2 = 1
   72: if r1 != 0 goto +4
   73: r2 = 0
   74: r3 = 1
   75: r2 = 0
   76: goto +4
   77: r3 = *(u32 *)(r1 +0)
   78: r2 = *(u32 *)(r1 +4)
   79: r2 = be32 r2
   80: w2 = w2
   81: if r3 == 0 goto +2
   82: if r3 == 1 goto +12
   83: goto +11
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   84: r1 = 0
      ; write var2, v15
   85: *(u8 *)(r10 -16) = r1
      ; write_field hdr1.srcAddr, v14
   86: r1 = r2
   87: r1 = be32 r1
   88: *(u32 *)(r8 +12) = r1
   89: goto +5
      ; v3: bool = const 0
   90: r1 = 0
      ; write var2, v3
   91: *(u8 *)(r10 -16) = r1
   92: goto +2
      ; drop
   93: r0 = 1
   94: exit
      ; epilogue: verdict
   95: r1 = *(u8 *)(r10 -16)
   96: if r1 == 0 goto +2
   97: r0 = 2
   98: exit
   99: r0 = 1
  100: exit
