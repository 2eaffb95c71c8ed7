; ebpf_filter for xdp: 72 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: r6 = *(u32 *)(r1 +0)
    1: r7 = *(u32 *)(r1 +4)
    2: r2 = r6
    3: r1 = *(u32 *)(r1 +8)
    4: r1 += 8
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    5: r2 += 14
    6: if r2 > r7 goto +57
      ; v0: bit<16> = read_field hdr0.etherType
    7: r1 = *(u16 *)(r6 +12)
    8: if r1 != 8 goto +55
      ; prs: block2 (ip)
      ; extract hdr1
    9: r1 = r2
   10: r2 += 20
   11: if r2 > r7 goto +52
      ; v0: bool = const 1
      ; write var2, v0
   12: r8 = 1
      ; v1: bool = is_valid hdr1
      ; v2: bool = not v1
   13: if r1 == 0 goto +48
      ; v4: bit<8> = read_field hdr1.protocol
   14: r1 = *(u8 *)(r6 +23)
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   15: *(u32 *)(r10 -40) = r1
   16: r1 = map[pipe_proto_packets] ll
   18: r2 = r10
   19: r2 += -40
   20: call bpf_map_lookup_elem
   21: r2 = r0
   22: if r2 == 0 goto +3
   23: r1 = *(u64 *)(r2 +0)
   24: r1 += 1
   25: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   26: r2 = *(u8 *)(r6 +23)
      ; v8: bit<32> = cast v7
      ; v9: bit<16> = read_field hdr1.totalLen
   27: r1 = *(u16 *)(r6 +16)
   28: r1 = be16 r1
      ; v10: bit<32> = cast v9
      ; count counter1[v8] += v10
   29: *(u32 *)(r10 -40) = r2
   30: *(u64 *)(r10 -72) = r1
   31: r1 = map[pipe_proto_bytes] ll
   33: r2 = r10
   34: r2 += -40
   35: call bpf_map_lookup_elem
   36: r3 = r0
   37: if r3 == 0 goto +4
   38: r2 = *(u64 *)(r3 +0)
   39: r1 = *(u64 *)(r10 -72)
   40: r2 += r1
   41: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   42: r1 = *(u32 *)(r6 +26)
      ; v12, v13, [v14] = apply table0(v11)
   43: *(u64 *)(r10 -40) = r1
   44: r1 = map[pipe_Check_src_ip] ll
   46: r2 = r10
   47: r2 += -40
   48: call bpf_map_lookup_elem
   49: r1 = r0
   50: if r1 != 0 goto +3
   51: r2 = 1
   52: r1 = 0
   53: goto +2
   54: r2 = *(u32 *)(r1 +0)
   55: r1 = *(u32 *)(r1 +4)
   56: if r2 == 0 goto +2
   57: if r2 == 1 goto +8
   58: goto +7
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
      ; write var2, v15
   59: r8 = 0
      ; write_field hdr1.srcAddr, v14
   60: *(u32 *)(r6 +26) = r1
   61: goto +4
      ; v3: bool = const 0
      ; write var2, v3
   62: r8 = 0
   63: goto +2
      ; drop
   64: r0 = 1
   65: exit
      ; epilogue: verdict
   66: r1 = r8
   67: if r1 == 0 goto +2
   68: r0 = 2
   69: exit
   70: r0 = 1
   71: exit
