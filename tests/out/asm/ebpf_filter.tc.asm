; ebpf_filter for classifier: 83 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r2 = r6
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    4: r1 = r2
    5: r2 += 14
    6: if r2 > r7 goto +68
      ; v0: bit<16> = read_field hdr0.etherType
    7: r1 = *(u16 *)(r1 +12)
    8: if r1 != 8 goto +66
      ; prs: block2 (ip)
      ; extract hdr1
    9: r9 = r2
   10: r2 += 20
   11: if r2 > r7 goto +63
      ; v0: bool = const 1
   12: r8 = 1
      ; write var2, v0
      ; v1: bool = is_valid hdr1
   13: r1 = 0
   14: if r9 == 0 goto +1
   15: r1 = 1
      ; v2: bool = not v1
   16: r1 ^= 1
   17: if r1 != 0 goto +54
      ; v4: bit<8> = read_field hdr1.protocol
   18: r1 = *(u8 *)(r9 +9)
      ; v5: bit<32> = cast v4
   19: w1 = w1
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   20: *(u32 *)(r10 -40) = r1
   21: r1 = map[pipe_proto_packets] ll
   23: r2 = r10
   24: r2 += -40
   25: call bpf_map_lookup_elem
   26: r2 = r0
   27: if r2 == 0 goto +3
   28: r1 = *(u64 *)(r2 +0)
   29: r1 += 1
   30: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   31: r2 = *(u8 *)(r9 +9)
      ; v8: bit<32> = cast v7
   32: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   33: r1 = *(u16 *)(r9 +2)
   34: r1 = be16 r1
      ; v10: bit<32> = cast v9
   35: w1 = w1
      ; count counter1[v8] += v10
   36: *(u32 *)(r10 -40) = r2
   37: *(u64 *)(r10 -72) = r1
   38: r1 = map[pipe_proto_bytes] ll
   40: r2 = r10
   41: r2 += -40
   42: call bpf_map_lookup_elem
   43: r3 = r0
   44: if r3 == 0 goto +4
   45: r2 = *(u64 *)(r3 +0)
   46: r1 = *(u64 *)(r10 -72)
   47: r2 += r1
   48: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   49: r1 = *(u32 *)(r9 +12)
      ; v12, v13, [v14] = apply table0(v11)
   50: *(u32 *)(r10 -40) = r1
   51: r1 = map[pipe_Check_src_ip] ll
   53: r2 = r10
   54: r2 += -40
   55: call bpf_map_lookup_elem
   56: r1 = r0
   57: if r1 != 0 goto +3
   58: r2 = 1
   59: r1 = 0
   60: goto +4
   61: r2 = *(u32 *)(r1 +0)
   62: r1 = *(u32 *)(r1 +4)
   63: r1 = be32 r1
   64: w1 = w1
   65: if r2 == 0 goto +2
   66: if r2 == 1 goto +10
   67: goto +9
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   68: r8 = 0
      ; write var2, v15
      ; write_field hdr1.srcAddr, v14
   69: r1 = be32 r1
   70: *(u32 *)(r9 +12) = r1
   71: goto +5
      ; v3: bool = const 0
   72: r1 = 0
      ; write var2, v3
   73: r8 = r1
   74: goto +2
      ; drop
   75: r0 = 2
   76: exit
      ; epilogue: verdict
   77: r1 = r8
   78: if r1 == 0 goto +2
   79: r0 = 0
   80: exit
   81: r0 = 2
   82: exit
