; ebpf_filter for classifier: 90 instructions, stack 80 bytes, 3 maps
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
    8: if r2 > r7 goto +73
      ; v0: bit<16> = read_field hdr0.etherType
    9: r1 = *(u16 *)(r1 +12)
   10: if r1 != 8 goto +71
      ; prs: block2 (ip)
      ; extract hdr1
   11: r8 = r2
   12: r2 += 20
   13: if r2 > r7 goto +68
      ; v0: bool = const 1
   14: r1 = 1
      ; write var2, v0
   15: *(u8 *)(r10 -16) = r1
      ; v1: bool = is_valid hdr1
   16: r1 = 0
   17: if r8 == 0 goto +1
   18: r1 = 1
      ; v2: bool = not v1
   19: r1 ^= 1
   20: if r1 != 0 goto +58
      ; v4: bit<8> = read_field hdr1.protocol
   21: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   22: w1 = w1
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   23: *(u32 *)(r10 -40) = r1
   24: r1 = map[pipe_proto_packets] ll
   26: r2 = r10
   27: r2 += -40
   28: call bpf_map_lookup_elem
   29: r2 = r0
   30: if r2 == 0 goto +3
   31: r1 = *(u64 *)(r2 +0)
   32: r1 += 1
   33: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   34: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   35: r2 = r1
   36: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   37: r1 = *(u16 *)(r8 +2)
   38: r1 = be16 r1
      ; v10: bit<32> = cast v9
   39: w1 = w1
      ; count counter1[v8] += v10
   40: *(u32 *)(r10 -40) = r2
   41: *(u64 *)(r10 -72) = r1
   42: r1 = map[pipe_proto_bytes] ll
   44: r2 = r10
   45: r2 += -40
   46: call bpf_map_lookup_elem
   47: r3 = r0
   48: if r3 == 0 goto +4
   49: r2 = *(u64 *)(r3 +0)
   50: r1 = *(u64 *)(r10 -72)
   51: r2 += r1
   52: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   53: r1 = *(u32 *)(r8 +12)
      ; v12, v13, [v14] = apply table0(v11)
   54: *(u64 *)(r10 -40) = 0
   55: *(u32 *)(r10 -40) = r1
   56: r1 = map[pipe_Check_src_ip] ll
   58: r2 = r10
   59: r2 += -40
   60: call bpf_map_lookup_elem
   61: r1 = r0
   62: if r1 != 0 goto +3
   63: r3 = 1
   64: r2 = 0
   65: goto +4
   66: r3 = *(u32 *)(r1 +0)
   67: r2 = *(u32 *)(r1 +4)
   68: r2 = be32 r2
   69: w2 = w2
   70: if r3 == 0 goto +2
   71: if r3 == 1 goto +12
   72: goto +11
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   73: r1 = 0
      ; write var2, v15
   74: *(u8 *)(r10 -16) = r1
      ; write_field hdr1.srcAddr, v14
   75: r1 = r2
   76: r1 = be32 r1
   77: *(u32 *)(r8 +12) = r1
   78: goto +5
      ; v3: bool = const 0
   79: r1 = 0
      ; write var2, v3
   80: *(u8 *)(r10 -16) = r1
   81: goto +2
      ; drop
   82: r0 = 2
   83: exit
      ; epilogue: verdict
   84: r1 = *(u8 *)(r10 -16)
   85: if r1 == 0 goto +2
   86: r0 = 0
   87: exit
   88: r0 = 2
   89: exit
