; router for xdp: 202 instructions, stack 160 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -144) = 0
    7: *(u64 *)(r10 -152) = 0
    8: *(u64 *)(r10 -160) = 0
    9: r2 = *(u32 *)(r3 +8)
   10: r1 = r2
   11: r1 += 8
   12: if r1 > r6 goto +2
   13: r1 = *(u32 *)(r2 +0)
   14: *(u64 *)(r10 -144) = r1
   15: r1 = r3
   16: call bpf_xdp_get_buff_len
   17: r1 = r0
   18: *(u64 *)(r10 -136) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   19: r9 += 14
   20: if r9 > r7 goto +130
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +125
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   26: if r8 == 0 goto +108
   27: r1 = *(u8 *)(r8 +0)
   28: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   29: if r1 != 5 goto +105
      ; v6: bit<48> = read_field hdr0.dstAddr
   30: r2 = *(u32 *)(r6 +0)
   31: r1 = *(u16 *)(r6 +4)
   32: r1 <<= 32
   33: r2 |= r1
      ; v7, v8 = apply table0(v6)
   34: *(u64 *)(r10 -40) = r2
   35: r1 = map[pipe_my_macs] ll
   37: r2 = r10
   38: r2 += -40
   39: call bpf_map_lookup_elem
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   40: if r0 == 0 goto +94
      ; v13: bit<8> = read_field hdr1.ttl
   41: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   42: if r1 <= 1 goto +75
      ; v19: bit<32> = read_field hdr1.dstAddr
   43: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   44: *(u32 *)(r10 -36) = r1
   45: *(u32 *)(r10 -40) = 32
   46: r1 = map[pipe_ipv4_lpm] ll
   48: r2 = r10
   49: r2 += -40
   50: call bpf_map_lookup_elem
   51: r4 = r0
   52: if r4 != 0 goto +5
   53: r8 = 2
   54: r3 = 0
   55: r2 = 0
   56: r1 = 0
   57: goto +5
   58: r8 = *(u32 *)(r4 +0)
   59: r3 = *(u64 *)(r4 +4)
   60: r2 = *(u64 *)(r4 +10)
   61: r1 = *(u32 *)(r4 +16)
   62: r1 = be32 r1
   63: if r8 == 1 goto +3
   64: if r8 != 2 goto +38
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   65: *(u64 *)(r10 -160) = 1
   66: goto +36
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   67: *(u32 *)(r6 +0) = r3
   68: r3 >>= 32
   69: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   70: *(u32 *)(r6 +6) = r2
   71: r2 >>= 32
   72: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   73: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   74: r2 -= 1
      ; write_field hdr1.ttl, v27
   75: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   76: r3 = *(u32 *)(r6 +14)
   77: r2 = *(u32 *)(r6 +18)
   78: r3 += r2
   79: r2 = *(u8 *)(r6 +22)
   80: r3 += r2
   81: r2 = *(u8 *)(r6 +23)
   82: r2 <<= 8
   83: r3 += r2
   84: r2 = *(u32 *)(r6 +26)
   85: r3 += r2
   86: r2 = *(u32 *)(r6 +30)
   87: r3 += r2
   88: r2 = r3
   89: r2 >>= 16
   90: r3 &= 65535
   91: r3 += r2
   92: r2 = r3
   93: r2 >>= 16
   94: r3 &= 65535
   95: r3 += r2
   96: r2 = r3
   97: r2 >>= 16
   98: r3 += r2
   99: r3 ^= 65535
  100: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  101: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  102: *(u64 *)(r10 -160) = 2
  103: if r4 != 0 goto +7
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  104: *(u32 *)(r10 -40) = 2
  105: r1 = map[pipe_route_stats] ll
  107: r2 = r10
  108: r2 += -40
  109: call bpf_map_lookup_elem
  110: goto +30
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  111: *(u32 *)(r10 -40) = 0
  112: r1 = map[pipe_route_stats] ll
  114: r2 = r10
  115: r2 += -40
  116: call bpf_map_lookup_elem
  117: goto +23
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  118: *(u32 *)(r10 -40) = 1
  119: r1 = map[pipe_route_stats] ll
  121: r2 = r10
  122: r2 += -40
  123: call bpf_map_lookup_elem
  124: r3 = r0
  125: if r3 == 0 goto +7
  126: r1 = *(u64 *)(r3 +0)
  127: r1 += 1
  128: *(u64 *)(r3 +0) = r1
  129: r2 = *(u64 *)(r3 +8)
  130: r1 = *(u64 *)(r10 -136)
  131: r2 += r1
  132: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  133: *(u64 *)(r10 -160) = 1
  134: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  135: *(u32 *)(r10 -40) = 3
  136: r1 = map[pipe_route_stats] ll
  138: r2 = r10
  139: r2 += -40
  140: call bpf_map_lookup_elem
  141: r2 = r0
  142: if r2 == 0 goto +29
  143: r1 = *(u64 *)(r2 +0)
  144: r1 += 1
  145: *(u64 *)(r2 +0) = r1
  146: r1 = *(u64 *)(r2 +8)
  147: r3 = *(u64 *)(r10 -136)
  148: r1 += r3
  149: *(u64 *)(r2 +8) = r1
  150: goto +21
      ; drop
  151: r2 = *(u64 *)(r10 -144)
  152: r1 = *(u64 *)(r10 -152)
  153: *(u64 *)(r10 -104) = r2
  154: *(u64 *)(r10 -112) = r1
  155: r1 = *(u64 *)(r10 -8)
  156: r2 = 0xfffffffffffffff8 ll
  158: call bpf_xdp_adjust_meta
  159: if r0 != 0 goto +10
  160: r1 = *(u64 *)(r10 -8)
  161: r3 = *(u32 *)(r1 +8)
  162: r2 = *(u32 *)(r1 +0)
  163: r1 = r3
  164: r1 += 8
  165: if r1 > r2 goto +4
  166: r1 = *(u64 *)(r10 -104)
  167: *(u32 *)(r3 +0) = r1
  168: r1 = *(u64 *)(r10 -112)
  169: *(u32 *)(r3 +4) = r1
  170: r0 = 1
  171: exit
      ; epilogue: verdict
  172: r2 = *(u64 *)(r10 -144)
  173: r1 = *(u64 *)(r10 -152)
  174: *(u64 *)(r10 -120) = r2
  175: *(u64 *)(r10 -128) = r1
  176: r1 = *(u64 *)(r10 -8)
  177: r2 = 0xfffffffffffffff8 ll
  179: call bpf_xdp_adjust_meta
  180: if r0 != 0 goto +10
  181: r1 = *(u64 *)(r10 -8)
  182: r2 = *(u32 *)(r1 +8)
  183: r3 = *(u32 *)(r1 +0)
  184: r1 = r2
  185: r1 += 8
  186: if r1 > r3 goto +4
  187: r1 = *(u64 *)(r10 -120)
  188: *(u32 *)(r2 +0) = r1
  189: r1 = *(u64 *)(r10 -128)
  190: *(u32 *)(r2 +4) = r1
  191: r1 = *(u64 *)(r10 -160)
  192: if r1 != 0 goto +2
  193: r0 = 2
  194: exit
  195: if r1 != 2 goto +4
  196: r1 = *(u64 *)(r10 -152)
  197: r2 = 0
  198: call bpf_redirect
  199: exit
  200: r0 = 1
  201: exit
