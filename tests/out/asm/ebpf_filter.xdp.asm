; ebpf_filter for xdp: 82 instructions, stack 80 bytes, 3 maps
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
    8: if r2 > r7 goto +65
      ; v0: bit<16> = read_field hdr0.etherType
    9: r1 = *(u16 *)(r1 +12)
   10: if r1 != 8 goto +63
      ; prs: block2 (ip)
      ; extract hdr1
   11: r9 = r2
   12: r2 += 20
   13: if r2 > r7 goto +60
      ; v0: bool = const 1
   14: r8 = 1
      ; write var2, v0
      ; v1: bool = is_valid hdr1
   15: r1 = 0
   16: if r9 == 0 goto +1
   17: r1 = 1
      ; v2: bool = not v1
   18: r1 ^= 1
   19: if r1 != 0 goto +51
      ; v4: bit<8> = read_field hdr1.protocol
   20: r1 = *(u8 *)(r9 +9)
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   21: *(u32 *)(r10 -40) = r1
   22: r1 = map[pipe_proto_packets] ll
   24: r2 = r10
   25: r2 += -40
   26: call bpf_map_lookup_elem
   27: r2 = r0
   28: if r2 == 0 goto +3
   29: r1 = *(u64 *)(r2 +0)
   30: r1 += 1
   31: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   32: r2 = *(u8 *)(r9 +9)
      ; v8: bit<32> = cast v7
      ; v9: bit<16> = read_field hdr1.totalLen
   33: r1 = *(u16 *)(r9 +2)
   34: r1 = be16 r1
      ; v10: bit<32> = cast v9
      ; count counter1[v8] += v10
   35: *(u32 *)(r10 -40) = r2
   36: *(u64 *)(r10 -72) = r1
   37: r1 = map[pipe_proto_bytes] ll
   39: r2 = r10
   40: r2 += -40
   41: call bpf_map_lookup_elem
   42: r3 = r0
   43: if r3 == 0 goto +4
   44: r2 = *(u64 *)(r3 +0)
   45: r1 = *(u64 *)(r10 -72)
   46: r2 += r1
   47: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   48: r1 = *(u32 *)(r9 +12)
      ; v12, v13, [v14] = apply table0(v11)
   49: *(u32 *)(r10 -40) = r1
   50: r1 = map[pipe_Check_src_ip] ll
   52: r2 = r10
   53: r2 += -40
   54: call bpf_map_lookup_elem
   55: r1 = r0
   56: if r1 != 0 goto +3
   57: r2 = 1
   58: r1 = 0
   59: goto +4
   60: r2 = *(u32 *)(r1 +0)
   61: r1 = *(u32 *)(r1 +4)
   62: r1 = be32 r1
   63: w1 = w1
   64: if r2 == 0 goto +2
   65: if r2 == 1 goto +10
   66: goto +9
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   67: r8 = 0
      ; write var2, v15
      ; write_field hdr1.srcAddr, v14
   68: r1 = be32 r1
   69: *(u32 *)(r9 +12) = r1
   70: goto +5
      ; v3: bool = const 0
   71: r1 = 0
      ; write var2, v3
   72: r8 = r1
   73: goto +2
      ; drop
   74: r0 = 1
   75: exit
      ; epilogue: verdict
   76: r1 = r8
   77: if r1 == 0 goto +2
   78: r0 = 2
   79: exit
   80: r0 = 1
   81: exit
