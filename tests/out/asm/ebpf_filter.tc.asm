; ebpf_filter for classifier: 77 instructions, stack 80 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r3 = r6
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    4: r3 += 14
    5: if r3 > r7 goto +63
      ; v0: bit<16> = read_field hdr0.etherType
    6: r1 = *(u16 *)(r6 +12)
    7: if r1 != 8 goto +61
      ; prs: block2 (ip)
      ; extract hdr1
    8: r2 = r3
    9: r3 += 20
   10: if r3 > r7 goto +58
      ; v0: bool = const 1
   11: r8 = 1
      ; write var2, v0
      ; v1: bool = is_valid hdr1
   12: r1 = 0
   13: if r2 == 0 goto +1
   14: r1 = 1
      ; v2: bool = not v1
   15: r1 ^= 1
   16: if r1 != 0 goto +49
      ; v4: bit<8> = read_field hdr1.protocol
   17: r1 = *(u8 *)(r6 +23)
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 1
      ; count counter0[v5] += v6
   18: *(u32 *)(r10 -40) = r1
   19: r1 = map[pipe_proto_packets] ll
   21: r2 = r10
   22: r2 += -40
   23: call bpf_map_lookup_elem
   24: r2 = r0
   25: if r2 == 0 goto +3
   26: r1 = *(u64 *)(r2 +0)
   27: r1 += 1
   28: *(u64 *)(r2 +0) = r1
      ; v7: bit<8> = read_field hdr1.protocol
   29: r2 = *(u8 *)(r6 +23)
      ; v8: bit<32> = cast v7
      ; v9: bit<16> = read_field hdr1.totalLen
   30: r1 = *(u16 *)(r6 +16)
   31: r1 = be16 r1
      ; v10: bit<32> = cast v9
      ; count counter1[v8] += v10
   32: *(u32 *)(r10 -40) = r2
   33: *(u64 *)(r10 -72) = r1
   34: r1 = map[pipe_proto_bytes] ll
   36: r2 = r10
   37: r2 += -40
   38: call bpf_map_lookup_elem
   39: r3 = r0
   40: if r3 == 0 goto +4
   41: r2 = *(u64 *)(r3 +0)
   42: r1 = *(u64 *)(r10 -72)
   43: r2 += r1
   44: *(u64 *)(r3 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
   45: r1 = *(u32 *)(r6 +26)
      ; v12, v13, [v14] = apply table0(v11)
   46: *(u32 *)(r10 -40) = r1
   47: r1 = map[pipe_Check_src_ip] ll
   49: r2 = r10
   50: r2 += -40
   51: call bpf_map_lookup_elem
   52: r1 = r0
   53: if r1 != 0 goto +3
   54: r3 = 1
   55: r2 = 0
   56: goto +2
   57: r3 = *(u32 *)(r1 +0)
   58: r2 = *(u32 *)(r1 +4)
   59: if r3 == 0 goto +2
   60: if r3 == 1 goto +10
   61: goto +9
      ; pipe: block3 (NoAction)
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
   62: r1 = 0
      ; write var2, v15
   63: r8 = r1
      ; write_field hdr1.srcAddr, v14
   64: *(u32 *)(r6 +26) = r2
   65: goto +5
      ; v3: bool = const 0
   66: r1 = 0
      ; write var2, v3
   67: r8 = r1
   68: goto +2
      ; drop
   69: r0 = 2
   70: exit
      ; epilogue: verdict
   71: r1 = r8
   72: if r1 == 0 goto +2
   73: r0 = 0
   74: exit
   75: r0 = 2
   76: exit
