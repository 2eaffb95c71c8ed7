; ebpf_filter for xdp: 85 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: r2 = r6
    4: r1 = *(u32 *)(r1 +8)
    5: r1 += 8
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    6: r1 = r2
    7: r2 += 14
    8: if r2 > r7 goto +68
      ; v0: bit<16> = read_field hdr0.etherType
    9: r1 = *(u16 *)(r1 +12)
   10: if r1 != 8 goto +66
      ; prs: block2 (ip)
      ; extract hdr1
   11: r9 = r2
   12: r2 += 20
   13: if r2 > r7 goto +63
      ; v0: bool = const 1
   14: r8 = 1
      ; write var2, v0
      ; v1: bool = is_valid hdr1
   15: r1 = 0
   16: if r9 == 0 goto +1
   17: r1 = 1
      ; v2: bool = not v1
   18: r1 ^= 1
   19: if r1 != 0 goto +54
      ; v4: bit<8> = read_field hdr1.protocol
   20: r1 = *(u8 *)(r9 +9)
      ; v5: bit<32> = cast v4
   21: w1 = w1
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   22: *(u32 *)(r10 -40) = r1
   23: r1 = map[pipe_proto_packets] ll
   25: r2 = r10
   26: r2 += -40
   27: call bpf_map_lookup_elem
   28: r2 = r0
   29: if r2 == 0 goto +3
   30: r1 = *(u64 *)(r2 +0)
   31: r1 += 1
   32: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   33: r2 = *(u8 *)(r9 +9)
      ; v8: bit<32> = cast v7
   34: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   35: r1 = *(u16 *)(r9 +2)
   36: r1 = be16 r1
      ; v10: bit<32> = cast v9
   37: w1 = w1
      ; count counter1[v8] += v10
   38: *(u32 *)(r10 -40) = r2
   39: *(u64 *)(r10 -72) = r1
   40: r1 = map[pipe_proto_bytes] ll
   42: r2 = r10
   43: r2 += -40
   44: call bpf_map_lookup_elem
   45: r3 = r0
   46: if r3 == 0 goto +4
   47: r2 = *(u64 *)(r3 +0)
   48: r1 = *(u64 *)(r10 -72)
   49: r2 += r1
   50: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   51: r1 = *(u32 *)(r9 +12)
      ; v12, v13, [v14] = apply table0(v11)
   52: *(u32 *)(r10 -40) = r1
   53: r1 = map[pipe_Check_src_ip] ll
   55: r2 = r10
   56: r2 += -40
   57: call bpf_map_lookup_elem
   58: r1 = r0
   59: if r1 != 0 goto +3
   60: r2 = 1
   61: r1 = 0
   62: goto +4
   63: r2 = *(u32 *)(r1 +0)
   64: r1 = *(u32 *)(r1 +4)
   65: r1 = be32 r1
   66: w1 = w1
   67: if r2 == 0 goto +2
   68: if r2 == 1 goto +10
   69: goto +9
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   70: r8 = 0
      ; write var2, v15
      ; write_field hdr1.srcAddr, v14
   71: r1 = be32 r1
   72: *(u32 *)(r9 +12) = r1
   73: goto +5
      ; v3: bool = const 0
   74: r1 = 0
      ; write var2, v3
   75: r8 = r1
   76: goto +2
      ; drop
   77: r0 = 1
   78: exit
      ; epilogue: verdict
   79: r1 = r8
   80: if r1 == 0 goto +2
   81: r0 = 2
   82: exit
   83: r0 = 1
   84: exit
