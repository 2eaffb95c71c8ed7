; ebpf_filter for classifier: 70 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: r6 = *(u32 *)(r1 +76)
    1: r7 = *(u32 *)(r1 +80)
    2: r2 = r6
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    3: r2 += 14
    4: if r2 > r7 goto +57
      ; v0: bit<16> = read_field hdr0.etherType
    5: r1 = *(u16 *)(r6 +12)
    6: if r1 != 8 goto +55
      ; prs: block2 (ip)
      ; extract hdr1
    7: r1 = r2
    8: r2 += 20
    9: if r2 > r7 goto +52
      ; v0: bool = const 1
      ; write var2, v0
   10: r8 = 1
      ; v1: bool = is_valid hdr1
      ; v2: bool = not v1
   11: if r1 == 0 goto +48
      ; v4: bit<8> = read_field hdr1.protocol
   12: r1 = *(u8 *)(r6 +23)
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   13: *(u32 *)(r10 -40) = r1
   14: r1 = map[pipe_proto_packets] ll
   16: r2 = r10
   17: r2 += -40
   18: call bpf_map_lookup_elem
   19: r2 = r0
   20: if r2 == 0 goto +3
   21: r1 = *(u64 *)(r2 +0)
   22: r1 += 1
   23: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   24: r2 = *(u8 *)(r6 +23)
      ; v8: bit<32> = cast v7
      ; v9: bit<16> = read_field hdr1.totalLen
   25: r1 = *(u16 *)(r6 +16)
   26: r1 = be16 r1
      ; v10: bit<32> = cast v9
      ; count counter1[v8] += v10
   27: *(u32 *)(r10 -40) = r2
   28: *(u64 *)(r10 -72) = r1
   29: r1 = map[pipe_proto_bytes] ll
   31: r2 = r10
   32: r2 += -40
   33: call bpf_map_lookup_elem
   34: r3 = r0
   35: if r3 == 0 goto +4
   36: r2 = *(u64 *)(r3 +0)
   37: r1 = *(u64 *)(r10 -72)
   38: r2 += r1
   39: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   40: r1 = *(u32 *)(r6 +26)
      ; v12, v13, [v14] = apply table0(v11)
   41: *(u64 *)(r10 -40) = r1
   42: r1 = map[pipe_Check_src_ip] ll
   44: r2 = r10
   45: r2 += -40
   46: call bpf_map_lookup_elem
   47: r1 = r0
   48: if r1 != 0 goto +3
   49: r2 = 1
   50: r1 = 0
   51: goto +2
   52: r2 = *(u32 *)(r1 +0)
   53: r1 = *(u32 *)(r1 +4)
   54: if r2 == 0 goto +2
   55: if r2 == 1 goto +8
   56: goto +7
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
      ; write var2, v15
   57: r8 = 0
      ; write_field hdr1.srcAddr, v14
   58: *(u32 *)(r6 +26) = r1
   59: goto +4
      ; v3: bool = const 0
      ; write var2, v3
   60: r8 = 0
   61: goto +2
      ; drop
   62: r0 = 2
   63: exit
      ; epilogue: verdict
   64: r1 = r8
   65: if r1 == 0 goto +2
   66: r0 = 0
   67: exit
   68: r0 = 2
   69: exit
