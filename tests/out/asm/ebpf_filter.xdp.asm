; ebpf_filter for xdp: 79 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: r3 = r6
    4: r1 = *(u32 *)(r1 +8)
    5: r1 += 8
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    6: r3 += 14
    7: if r3 > r7 goto +63
      ; v0: bit<16> = read_field hdr0.etherType
    8: r1 = *(u16 *)(r6 +12)
    9: if r1 != 8 goto +61
      ; prs: block2 (ip)
      ; extract hdr1
   10: r2 = r3
   11: r3 += 20
   12: if r3 > r7 goto +58
      ; v0: bool = const 1
   13: r8 = 1
      ; write var2, v0
      ; v1: bool = is_valid hdr1
   14: r1 = 0
   15: if r2 == 0 goto +1
   16: r1 = 1
      ; v2: bool = not v1
   17: r1 ^= 1
   18: if r1 != 0 goto +49
      ; v4: bit<8> = read_field hdr1.protocol
   19: r1 = *(u8 *)(r6 +23)
      ; v5: bit<32> = cast v4
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
   31: r2 = *(u8 *)(r6 +23)
      ; v8: bit<32> = cast v7
      ; v9: bit<16> = read_field hdr1.totalLen
   32: r1 = *(u16 *)(r6 +16)
   33: r1 = be16 r1
      ; v10: bit<32> = cast v9
      ; count counter1[v8] += v10
   34: *(u32 *)(r10 -40) = r2
   35: *(u64 *)(r10 -72) = r1
   36: r1 = map[pipe_proto_bytes] ll
   38: r2 = r10
   39: r2 += -40
   40: call bpf_map_lookup_elem
   41: r3 = r0
   42: if r3 == 0 goto +4
   43: r2 = *(u64 *)(r3 +0)
   44: r1 = *(u64 *)(r10 -72)
   45: r2 += r1
   46: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   47: r1 = *(u32 *)(r6 +26)
      ; v12, v13, [v14] = apply table0(v11)
   48: *(u32 *)(r10 -40) = r1
   49: r1 = map[pipe_Check_src_ip] ll
   51: r2 = r10
   52: r2 += -40
   53: call bpf_map_lookup_elem
   54: r1 = r0
   55: if r1 != 0 goto +3
   56: r3 = 1
   57: r2 = 0
   58: goto +2
   59: r3 = *(u32 *)(r1 +0)
   60: r2 = *(u32 *)(r1 +4)
   61: if r3 == 0 goto +2
   62: if r3 == 1 goto +10
   63: goto +9
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   64: r1 = 0
      ; write var2, v15
   65: r8 = r1
      ; write_field hdr1.srcAddr, v14
   66: *(u32 *)(r6 +26) = r2
   67: goto +5
      ; v3: bool = const 0
   68: r1 = 0
      ; write var2, v3
   69: r8 = r1
   70: goto +2
      ; drop
   71: r0 = 1
   72: exit
      ; epilogue: verdict
   73: r1 = r8
   74: if r1 == 0 goto +2
   75: r0 = 2
   76: exit
   77: r0 = 1
   78: exit
