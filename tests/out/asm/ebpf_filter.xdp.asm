; ebpf_filter for xdp: 159 instructions, stack 96 bytes, 3 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -40) = 0
    5: *(u64 *)(r10 -32) = 0
    6: *(u64 *)(r10 -24) = 0
    7: r2 = *(u32 *)(r1 +8)
    8: r3 = r2
    9: r3 += 8
   10: if r3 > r6 goto +0
   11: call bpf_xdp_get_buff_len
   12: r1 = r0
   13: *(u32 *)(r10 -32) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   14: r1 = *(u64 *)(r10 -16)
   15: if r1 > 16383 goto +5
   16: r2 = r6
   17: r2 += r1
   18: r3 = r2
   19: r3 += 14
   20: if r3 <= r7 goto +2
   21: *(u32 *)(r10 -28) = 1
   22: goto +128
   23: r3 = r1
   24: r3 += 1
   25: *(u32 *)(r10 -40) = r3
   26: r1 += 14
   27: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   28: r1 = 0
   29: if r2 == 0 goto +2
   30: r1 = *(u16 *)(r2 +12)
   31: r1 = be16 r1
   32: if r1 != 2048 goto +1
   33: goto +2
   34: *(u32 *)(r10 -28) = 0
   35: goto +115
      ; prs: block2 (ip)
      ; extract hdr1
   36: r1 = *(u64 *)(r10 -16)
   37: if r1 > 16383 goto +5
   38: r2 = r6
   39: r2 += r1
   40: r3 = r2
   41: r3 += 20
   42: if r3 <= r7 goto +2
   43: *(u32 *)(r10 -28) = 1
   44: goto +106
   45: r2 = r1
   46: r2 += 1
   47: *(u32 *)(r10 -36) = r2
   48: r1 += 20
   49: *(u64 *)(r10 -16) = r1
      ; v0: bool = const 1
   50: r1 = 1
      ; write var2, v0
   51: *(u8 *)(r10 -24) = r1
      ; v1: bool = is_valid hdr1
   52: r1 = *(u32 *)(r10 -36)
   53: if r1 == 0 goto +1
   54: r1 = 1
      ; v2: bool = not v1
   55: r2 = r1
   56: r2 ^= 1
   57: if r2 != 0 goto +90
      ; v4: bit<8> = read_field hdr1.protocol
   58: r1 = *(u32 *)(r10 -36)
   59: if r1 == 0 goto +7
   60: r1 -= 1
   61: if r1 > 16383 goto +5
   62: r8 = r6
   63: r8 += r1
   64: r1 = r8
   65: r1 += 20
   66: if r1 <= r7 goto +1
   67: r8 = 0
   68: r1 = 0
   69: if r8 == 0 goto +1
   70: r1 = *(u8 *)(r8 +9)
      ; v5: bit<32> = cast v4
   71: r2 = r1
   72: w2 = w2
      ; v6: bit<32> = const 1
   73: r1 = 1
      ; count counter0[v5] += v6
   74: *(u32 *)(r10 -56) = r2
   75: *(u64 *)(r10 -88) = r1
   76: r1 = map[pipe_proto_packets] ll
   78: r2 = r10
   79: r2 += -56
   80: call bpf_map_lookup_elem
   81: r1 = r0
   82: if r1 == 0 goto +4
   83: r2 = *(u64 *)(r1 +0)
   84: r3 = *(u64 *)(r10 -88)
   85: r2 += r3
   86: *(u64 *)(r1 +0) = r2
      ; v7: bit<8> = read_field hdr1.protocol
   87: r1 = 0
   88: if r8 == 0 goto +1
   89: r1 = *(u8 *)(r8 +9)
      ; v8: bit<32> = cast v7
   90: r2 = r1
   91: w2 = w2
      ; v9: bit<16> = read_field hdr1.totalLen
   92: r1 = 0
   93: if r8 == 0 goto +2
   94: r1 = *(u16 *)(r8 +2)
   95: r1 = be16 r1
      ; v10: bit<32> = cast v9
   96: r3 = r1
   97: w3 = w3
      ; count counter1[v8] += v10
   98: *(u32 *)(r10 -56) = r2
   99: *(u64 *)(r10 -88) = r3
  100: r1 = map[pipe_proto_bytes] ll
  102: r2 = r10
  103: r2 += -56
  104: call bpf_map_lookup_elem
  105: r1 = r0
  106: if r1 == 0 goto +4
  107: r2 = *(u64 *)(r1 +0)
  108: r3 = *(u64 *)(r10 -88)
  109: r2 += r3
  110: *(u64 *)(r1 +0) = r2
      ; v11: bit<32> = read_field hdr1.srcAddr
  111: r1 = 0
  112: if r8 == 0 goto +2
  113: r1 = *(u32 *)(r8 +12)
  114: r1 = be32 r1
      ; v12, v13, [v14] = apply table0(v11)
  115: *(u64 *)(r10 -56) = 0
  116: r2 = r1
  117: r1 = r2
  118: r1 = be32 r1
  119: *(u32 *)(r10 -56) = r1
  120: r1 = map[pipe_Check_src_ip] ll
  122: r2 = r10
  123: r2 += -56
  124: call bpf_map_lookup_elem
  125: r1 = r0
  126: r2 = 1
  127: if r1 != 0 goto +4
  128: r2 = 0
  129: r2 = 1
  130: r3 = 0
  131: goto +4
  132: r2 = *(u32 *)(r1 +0)
  133: r3 = *(u32 *)(r1 +4)
  134: r3 = be32 r3
  135: w3 = w3
  136: if r2 == 0 goto +3
  137: if r2 == 1 goto +1
  138: goto +8
      ; pipe: block3 (NoAction)
  139: goto +7
      ; pipe: block5 (pipe.Reject)
      ; v15: bool = const 0
  140: r1 = 0
      ; write var2, v15
  141: *(u8 *)(r10 -24) = r1
      ; write_field hdr1.srcAddr, v14
  142: if r8 == 0 goto +4
  143: r1 = r3
  144: r2 = r1
  145: r2 = be32 r2
  146: *(u32 *)(r8 +12) = r2
  147: goto +5
      ; v3: bool = const 0
  148: r1 = 0
      ; write var2, v3
  149: *(u8 *)(r10 -24) = r1
  150: goto +2
      ; drop
  151: r0 = 1
  152: exit
      ; epilogue: verdict
  153: r1 = *(u8 *)(r10 -24)
  154: if r1 == 0 goto +2
  155: r0 = 2
  156: exit
  157: r0 = 1
  158: exit
