; ebpf_filter for xdp: 92 instructions, stack 80 bytes, 3 maps
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
   10: if r2 > r7 goto +73
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r1 +12)
   12: if r1 != 8 goto +71
      ; prs: block2 (ip)
      ; extract hdr1
   13: r8 = r2
   14: r2 += 20
   15: if r2 > r7 goto +68
      ; v0: bool = const 1
   16: r1 = 1
      ; write var2, v0
   17: *(u8 *)(r10 -16) = r1
      ; v1: bool = is_valid hdr1
   18: r1 = 0
   19: if r8 == 0 goto +1
   20: r1 = 1
      ; v2: bool = not v1
   21: r1 ^= 1
   22: if r1 != 0 goto +58
      ; v4: bit<8> = read_field hdr1.protocol
   23: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   24: w1 = w1
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   25: *(u32 *)(r10 -40) = r1
   26: r1 = map[pipe_proto_packets] ll
   28: r2 = r10
   29: r2 += -40
   30: call bpf_map_lookup_elem
   31: r2 = r0
   32: if r2 == 0 goto +3
   33: r1 = *(u64 *)(r2 +0)
   34: r1 += 1
   35: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   36: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   37: r2 = r1
   38: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   39: r1 = *(u16 *)(r8 +2)
   40: r1 = be16 r1
      ; v10: bit<32> = cast v9
   41: w1 = w1
      ; count counter1[v8] += v10
   42: *(u32 *)(r10 -40) = r2
   43: *(u64 *)(r10 -72) = r1
   44: r1 = map[pipe_proto_bytes] ll
   46: r2 = r10
   47: r2 += -40
   48: call bpf_map_lookup_elem
   49: r3 = r0
   50: if r3 == 0 goto +4
   51: r2 = *(u64 *)(r3 +0)
   52: r1 = *(u64 *)(r10 -72)
   53: r2 += r1
   54: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   55: r1 = *(u32 *)(r8 +12)
      ; v12, v13, [v14] = apply table0(v11)
   56: *(u64 *)(r10 -40) = 0
   57: *(u32 *)(r10 -40) = r1
   58: r1 = map[pipe_Check_src_ip] ll
   60: r2 = r10
   61: r2 += -40
   62: call bpf_map_lookup_elem
   63: r1 = r0
   64: if r1 != 0 goto +3
   65: r3 = 1
   66: r2 = 0
   67: goto +4
   68: r3 = *(u32 *)(r1 +0)
   69: r2 = *(u32 *)(r1 +4)
   70: r2 = be32 r2
   71: w2 = w2
   72: if r3 == 0 goto +2
   73: if r3 == 1 goto +12
   74: goto +11
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   75: r1 = 0
      ; write var2, v15
   76: *(u8 *)(r10 -16) = r1
      ; write_field hdr1.srcAddr, v14
   77: r1 = r2
   78: r1 = be32 r1
   79: *(u32 *)(r8 +12) = r1
   80: goto +5
      ; v3: bool = const 0
   81: r1 = 0
      ; write var2, v3
   82: *(u8 *)(r10 -16) = r1
   83: goto +2
      ; drop
   84: r0 = 1
   85: exit
      ; epilogue: verdict
   86: r1 = *(u8 *)(r10 -16)
   87: if r1 == 0 goto +2
   88: r0 = 2
   89: exit
   90: r0 = 1
   91: exit
