; ebpf_filter for classifier: 71 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r2 = r6
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    4: r2 += 14
    5: if r2 > r7 goto +57
      ; v0: bit<16> = read_field hdr0.etherType
    6: r1 = *(u16 *)(r6 +12)
    7: if r1 != 8 goto +55
      ; prs: block2 (ip)
      ; extract hdr1
    8: r1 = r2
    9: r2 += 20
   10: if r2 > r7 goto +52
      ; v0: bool = const 1
      ; write var2, v0
   11: r8 = 1
      ; v1: bool = is_valid hdr1
      ; v2: bool = not v1
   12: if r1 == 0 goto +48
      ; v4: bit<8> = read_field hdr1.protocol
   13: r1 = *(u8 *)(r6 +23)
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   14: *(u32 *)(r10 -40) = r1
   15: r1 = map[pipe_proto_packets] ll
   17: r2 = r10
   18: r2 += -40
   19: call bpf_map_lookup_elem
   20: r2 = r0
   21: if r2 == 0 goto +3
   22: r1 = *(u64 *)(r2 +0)
   23: r1 += 1
   24: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   25: r2 = *(u8 *)(r6 +23)
      ; v8: bit<32> = cast v7
      ; v9: bit<16> = read_field hdr1.totalLen
   26: r1 = *(u16 *)(r6 +16)
   27: r1 = be16 r1
      ; v10: bit<32> = cast v9
      ; count counter1[v8] += v10
   28: *(u32 *)(r10 -40) = r2
   29: *(u64 *)(r10 -72) = r1
   30: r1 = map[pipe_proto_bytes] ll
   32: r2 = r10
   33: r2 += -40
   34: call bpf_map_lookup_elem
   35: r3 = r0
   36: if r3 == 0 goto +4
   37: r2 = *(u64 *)(r3 +0)
   38: r1 = *(u64 *)(r10 -72)
   39: r2 += r1
   40: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   41: r1 = *(u32 *)(r6 +26)
      ; v12, v13, [v14] = apply table0(v11)
   42: *(u64 *)(r10 -40) = r1
   43: r1 = map[pipe_Check_src_ip] ll
   45: r2 = r10
   46: r2 += -40
   47: call bpf_map_lookup_elem
   48: r1 = r0
   49: if r1 != 0 goto +3
   50: r2 = 1
   51: r1 = 0
   52: goto +2
   53: r2 = *(u32 *)(r1 +0)
   54: r1 = *(u32 *)(r1 +4)
   55: if r2 == 0 goto +2
   56: if r2 == 1 goto +8
   57: goto +7
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
      ; write var2, v15
   58: r8 = 0
      ; write_field hdr1.srcAddr, v14
   59: *(u32 *)(r6 +26) = r1
   60: goto +4
      ; v3: bool = const 0
      ; write var2, v3
   61: r8 = 0
   62: goto +2
      ; drop
   63: r0 = 2
   64: exit
      ; epilogue: verdict
   65: r1 = r8
   66: if r1 == 0 goto +2
   67: r0 = 0
   68: exit
   69: r0 = 2
   70: exit
