; ebpf_filter for classifier: 99 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r2 = r6
    4: *(u64 *)(r10 -24) = 0
    5: *(u64 *)(r10 -16) = 0
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    6: r1 = r2
    7: r2 += 14
    8: if r2 > r7 goto +82
      ; v0: bit<16> = read_field hdr0.etherType
    9: r1 = *(u16 *)(r1 +12)
   10: r1 = be16 r1
   11: if r1 != 2048 goto +79
      ; prs: block2 (ip)
      ; extract hdr1
   12: r8 = r2
   13: r2 += 20
   14: if r2 > r7 goto +76
      ; v0: bool = const 1
   15: r1 = 1
      ; write var2, v0
   16: *(u8 *)(r10 -16) = r1
      ; v1: bool = is_valid hdr1
   17: r1 = 0
   18: if r8 == 0 goto +1
   19: r1 = 1
      ; v2: bool = not v1
   20: r1 ^= 1
   21: if r1 != 0 goto +66
      ; v4: bit<8> = read_field hdr1.protocol
   22: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   23: r2 = r1
   24: w2 = w2
      ; v6: bit<32> = const 1
   25: r1 = 1
      ; count counter0[v5] += v6
   26: *(u32 *)(r10 -40) = r2
   27: *(u64 *)(r10 -72) = r1
   28: r1 = map[pipe_proto_packets] ll
   30: r2 = r10
   31: r2 += -40
   32: call bpf_map_lookup_elem
   33: r3 = r0
   34: if r3 == 0 goto +4
   35: r2 = *(u64 *)(r3 +0)
   36: r1 = *(u64 *)(r10 -72)
   37: r2 += r1
   38: *(u64 *)(r3 +0) = r2
      ; v7: bit<8> = read_field hdr1.protocol
   39: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   40: r2 = r1
   41: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   42: r1 = *(u16 *)(r8 +2)
   43: r1 = be16 r1
      ; v10: bit<32> = cast v9
   44: w1 = w1
      ; count counter1[v8] += v10
   45: *(u32 *)(r10 -40) = r2
   46: *(u64 *)(r10 -72) = r1
   47: r1 = map[pipe_proto_bytes] ll
   49: r2 = r10
   50: r2 += -40
   51: call bpf_map_lookup_elem
   52: r3 = r0
   53: if r3 == 0 goto +4
   54: r2 = *(u64 *)(r3 +0)
   55: r1 = *(u64 *)(r10 -72)
   56: r2 += r1
   57: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   58: r1 = *(u32 *)(r8 +12)
   59: r1 = be32 r1
      ; v12, v13, [v14] = apply table0(v11)
   60: *(u64 *)(r10 -40) = 0
   61: r1 = be32 r1
   62: *(u32 *)(r10 -40) = r1
   63: r1 = map[pipe_Check_src_ip] ll
   65: r2 = r10
   66: r2 += -40
   67: call bpf_map_lookup_elem
   68: r1 = r0
   69: r2 = 1
   70: if r1 != 0 goto +4
   71: r2 = 0
   72: r3 = 1
   73: r2 = 0
   74: goto +4
   75: r3 = *(u32 *)(r1 +0)
   76: r2 = *(u32 *)(r1 +4)
   77: r2 = be32 r2
   78: w2 = w2
   79: if r3 == 0 goto +2
   80: if r3 == 1 goto +12
   81: goto +11
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   82: r1 = 0
      ; write var2, v15
   83: *(u8 *)(r10 -16) = r1
      ; write_field hdr1.srcAddr, v14
   84: r1 = r2
   85: r1 = be32 r1
   86: *(u32 *)(r8 +12) = r1
   87: goto +5
      ; v3: bool = const 0
   88: r1 = 0
      ; write var2, v3
   89: *(u8 *)(r10 -16) = r1
   90: goto +2
      ; drop
   91: r0 = 2
   92: exit
      ; epilogue: verdict
   93: r1 = *(u8 *)(r10 -16)
   94: if r1 == 0 goto +2
   95: r0 = 0
   96: exit
   97: r0 = 2
   98: exit
