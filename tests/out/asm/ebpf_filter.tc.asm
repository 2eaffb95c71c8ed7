; ebpf_filter for classifier: 80 instructions, stack 80 bytes, 3 maps
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
    6: if r2 > r7 goto +65
      ; v0: bit<16> = read_field hdr0.etherType
    7: r1 = *(u16 *)(r1 +12)
    8: if r1 != 8 goto +63
      ; prs: block2 (ip)
      ; extract hdr1
    9: r9 = r2
   10: r2 += 20
   11: if r2 > r7 goto +60
      ; v0: bool = const 1
   12: r8 = 1
      ; write var2, v0
      ; v1: bool = is_valid hdr1
   13: r1 = 0
   14: if r9 == 0 goto +1
   15: r1 = 1
      ; v2: bool = not v1
   16: r1 ^= 1
   17: if r1 != 0 goto +51
      ; v4: bit<8> = read_field hdr1.protocol
   18: r1 = *(u8 *)(r9 +9)
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   19: *(u32 *)(r10 -40) = r1
   20: r1 = map[pipe_proto_packets] ll
   22: r2 = r10
   23: r2 += -40
   24: call bpf_map_lookup_elem
   25: r2 = r0
   26: if r2 == 0 goto +3
   27: r1 = *(u64 *)(r2 +0)
   28: r1 += 1
   29: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   30: r2 = *(u8 *)(r9 +9)
      ; v8: bit<32> = cast v7
      ; v9: bit<16> = read_field hdr1.totalLen
   31: r1 = *(u16 *)(r9 +2)
   32: r1 = be16 r1
      ; v10: bit<32> = cast v9
      ; count counter1[v8] += v10
   33: *(u32 *)(r10 -40) = r2
   34: *(u64 *)(r10 -72) = r1
   35: r1 = map[pipe_proto_bytes] ll
   37: r2 = r10
   38: r2 += -40
   39: call bpf_map_lookup_elem
   40: r3 = r0
   41: if r3 == 0 goto +4
   42: r2 = *(u64 *)(r3 +0)
   43: r1 = *(u64 *)(r10 -72)
   44: r2 += r1
   45: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   46: r1 = *(u32 *)(r9 +12)
      ; v12, v13, [v14] = apply table0(v11)
   47: *(u32 *)(r10 -40) = r1
   48: r1 = map[pipe_Check_src_ip] ll
   50: r2 = r10
   51: r2 += -40
   52: call bpf_map_lookup_elem
   53: r1 = r0
   54: if r1 != 0 goto +3
   55: r2 = 1
   56: r1 = 0
   57: goto +4
   58: r2 = *(u32 *)(r1 +0)
   59: r1 = *(u32 *)(r1 +4)
   60: r1 = be32 r1
   61: w1 = w1
   62: if r2 == 0 goto +2
   63: if r2 == 1 goto +10
   64: goto +9
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   65: r8 = 0
      ; write var2, v15
      ; write_field hdr1.srcAddr, v14
   66: r1 = be32 r1
   67: *(u32 *)(r9 +12) = r1
   68: goto +5
      ; v3: bool = const 0
   69: r1 = 0
      ; write var2, v3
   70: r8 = r1
   71: goto +2
      ; drop
   72: r0 = 2
   73: exit
      ; epilogue: verdict
   74: r1 = r8
   75: if r1 == 0 goto +2
   76: r0 = 0
   77: exit
   78: r0 = 2
   79: exit
