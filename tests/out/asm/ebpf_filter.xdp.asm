; ebpf_filter for xdp: 73 instructions, stack 80 bytes, 3 maps
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
    6: r2 += 14
    7: if r2 > r7 goto +57
      ; v0: bit<16> = read_field hdr0.etherType
    8: r1 = *(u16 *)(r6 +12)
    9: if r1 != 8 goto +55
      ; prs: block2 (ip)
      ; extract hdr1
   10: r1 = r2
   11: r2 += 20
   12: if r2 > r7 goto +52
      ; v0: bool = const 1
      ; write var2, v0
   13: r8 = 1
      ; v1: bool = is_valid hdr1
      ; v2: bool = not v1
   14: if r1 == 0 goto +48
      ; v4: bit<8> = read_field hdr1.protocol
   15: r1 = *(u8 *)(r6 +23)
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   16: *(u32 *)(r10 -40) = r1
   17: r1 = map[pipe_proto_packets] ll
   19: r2 = r10
   20: r2 += -40
   21: call bpf_map_lookup_elem
   22: r2 = r0
   23: if r2 == 0 goto +3
   24: r1 = *(u64 *)(r2 +0)
   25: r1 += 1
   26: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   27: r2 = *(u8 *)(r6 +23)
      ; v8: bit<32> = cast v7
      ; v9: bit<16> = read_field hdr1.totalLen
   28: r1 = *(u16 *)(r6 +16)
   29: r1 = be16 r1
      ; v10: bit<32> = cast v9
      ; count counter1[v8] += v10
   30: *(u32 *)(r10 -40) = r2
   31: *(u64 *)(r10 -72) = r1
   32: r1 = map[pipe_proto_bytes] ll
   34: r2 = r10
   35: r2 += -40
   36: call bpf_map_lookup_elem
   37: r3 = r0
   38: if r3 == 0 goto +4
   39: r2 = *(u64 *)(r3 +0)
   40: r1 = *(u64 *)(r10 -72)
   41: r2 += r1
   42: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   43: r1 = *(u32 *)(r6 +26)
      ; v12, v13, [v14] = apply table0(v11)
   44: *(u64 *)(r10 -40) = r1
   45: r1 = map[pipe_Check_src_ip] ll
   47: r2 = r10
   48: r2 += -40
   49: call bpf_map_lookup_elem
   50: r1 = r0
   51: if r1 != 0 goto +3
   52: r2 = 1
   53: r1 = 0
   54: goto +2
   55: r2 = *(u32 *)(r1 +0)
   56: r1 = *(u32 *)(r1 +4)
   57: if r2 == 0 goto +2
   58: if r2 == 1 goto +8
   59: goto +7
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
      ; write var2, v15
   60: r8 = 0
      ; write_field hdr1.srcAddr, v14
   61: *(u32 *)(r6 +26) = r1
   62: goto +4
      ; v3: bool = const 0
      ; write var2, v3
   63: r8 = 0
   64: goto +2
      ; drop
   65: r0 = 1
   66: exit
      ; epilogue: verdict
   67: r1 = r8
   68: if r1 == 0 goto +2
   69: r0 = 2
   70: exit
   71: r0 = 1
   72: exit
