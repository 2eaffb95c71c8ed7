; router for xdp: 211 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +139
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +134
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   26: r1 = 0
   27: if r8 == 0 goto +2
   28: r1 = *(u8 *)(r8 +0)
   29: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   30: if r8 == 0 goto +113
   31: if r1 != 5 goto +112
      ; v6: bit<48> = read_field hdr0.dstAddr
   32: r1 = *(u32 *)(r6 +0)
   33: r2 = *(u16 *)(r6 +4)
   34: r2 <<= 32
   35: r1 |= r2
      ; v7, v8 = apply table0(v6)
   36: *(u64 *)(r10 -40) = 0
   37: *(u32 *)(r10 -40) = r1
   38: r1 >>= 32
   39: *(u16 *)(r10 -36) = r1
   40: r1 = map[pipe_my_macs] ll
   42: r2 = r10
   43: r2 += -40
   44: call bpf_map_lookup_elem
   45: r2 = r0
   46: r1 = 1
   47: if r2 != 0 goto +1
   48: r1 = 0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   49: r1 ^= 1
      ; write var7, v9
   50: if r1 != 0 goto +93
      ; v13: bit<8> = read_field hdr1.ttl
   51: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   52: if r1 <= 1 goto +74
      ; v19: bit<32> = read_field hdr1.dstAddr
   53: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   54: *(u64 *)(r10 -40) = 0
   55: *(u32 *)(r10 -36) = r1
   56: *(u32 *)(r10 -40) = 32
   57: r1 = map[pipe_ipv4_lpm] ll
   59: r2 = r10
   60: r2 += -40
   61: call bpf_map_lookup_elem
   62: r4 = r0
   63: r9 = 1
   64: if r4 != 0 goto +6
   65: r9 = 0
   66: r8 = 2
   67: r3 = 0
   68: r2 = 0
   69: r1 = 0
   70: goto +11
   71: r8 = *(u32 *)(r4 +0)
   72: r3 = *(u32 *)(r4 +4)
   73: r1 = *(u16 *)(r4 +8)
   74: r1 <<= 32
   75: r3 |= r1
   76: r2 = *(u32 *)(r4 +10)
   77: r1 = *(u16 *)(r4 +14)
   78: r1 <<= 32
   79: r2 |= r1
   80: r1 = *(u32 *)(r4 +16)
   81: r1 = be32 r1
   82: if r8 == 1 goto +3
   83: if r8 != 2 goto +38
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   84: *(u64 *)(r10 -160) = 1
   85: goto +36
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   86: *(u32 *)(r6 +0) = r3
   87: r3 >>= 32
   88: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   89: *(u32 *)(r6 +6) = r2
   90: r2 >>= 32
   91: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   92: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   93: r2 -= 1
   94: r2 &= 255
      ; write_field hdr1.ttl, v27
   95: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   96: r3 = *(u32 *)(r6 +14)
   97: r2 = *(u32 *)(r6 +18)
   98: r3 += r2
   99: r2 = *(u32 *)(r6 +22)
  100: r2 &= 65535
  101: r3 += r2
  102: r2 = *(u32 *)(r6 +26)
  103: r3 += r2
  104: r2 = *(u32 *)(r6 +30)
  105: r3 += r2
  106: r2 = r3
  107: r2 >>= 16
  108: r3 &= 65535
  109: r3 += r2
  110: r2 = r3
  111: r2 >>= 16
  112: r3 &= 65535
  113: r3 += r2
  114: r2 = r3
  115: r2 >>= 16
  116: r3 &= 65535
  117: r3 += r2
  118: r3 ^= 65535
  119: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  120: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  121: *(u64 *)(r10 -160) = 2
  122: if r9 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  123: *(u32 *)(r10 -40) = 2
  124: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  125: *(u32 *)(r10 -40) = 0
  126: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  127: *(u32 *)(r10 -40) = 1
  128: r1 = map[pipe_route_stats] ll
  130: r2 = r10
  131: r2 += -40
  132: call bpf_map_lookup_elem
  133: r3 = r0
  134: if r3 == 0 goto +7
  135: r1 = *(u64 *)(r3 +0)
  136: r1 += 1
  137: *(u64 *)(r3 +0) = r1
  138: r2 = *(u64 *)(r3 +8)
  139: r1 = *(u64 *)(r10 -136)
  140: r2 += r1
  141: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  142: *(u64 *)(r10 -160) = 1
  143: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  144: *(u32 *)(r10 -40) = 3
  145: r1 = map[pipe_route_stats] ll
  147: r2 = r10
  148: r2 += -40
  149: call bpf_map_lookup_elem
  150: r2 = r0
  151: if r2 == 0 goto +29
  152: r1 = *(u64 *)(r2 +0)
  153: r1 += 1
  154: *(u64 *)(r2 +0) = r1
  155: r1 = *(u64 *)(r2 +8)
  156: r3 = *(u64 *)(r10 -136)
  157: r1 += r3
  158: *(u64 *)(r2 +8) = r1
  159: goto +21
      ; drop
  160: r2 = *(u64 *)(r10 -144)
  161: r1 = *(u64 *)(r10 -152)
  162: *(u64 *)(r10 -104) = r2
  163: *(u64 *)(r10 -112) = r1
  164: r1 = *(u64 *)(r10 -8)
  165: r2 = 0xfffffffffffffff8 ll
  167: call bpf_xdp_adjust_meta
  168: if r0 != 0 goto +10
  169: r1 = *(u64 *)(r10 -8)
  170: r3 = *(u32 *)(r1 +8)
  171: r2 = *(u32 *)(r1 +0)
  172: r1 = r3
  173: r1 += 8
  174: if r1 > r2 goto +4
  175: r1 = *(u64 *)(r10 -104)
  176: *(u32 *)(r3 +0) = r1
  177: r1 = *(u64 *)(r10 -112)
  178: *(u32 *)(r3 +4) = r1
  179: r0 = 1
  180: exit
      ; epilogue: verdict
  181: r2 = *(u64 *)(r10 -144)
  182: r1 = *(u64 *)(r10 -152)
  183: *(u64 *)(r10 -120) = r2
  184: *(u64 *)(r10 -128) = r1
  185: r1 = *(u64 *)(r10 -8)
  186: r2 = 0xfffffffffffffff8 ll
  188: call bpf_xdp_adjust_meta
  189: if r0 != 0 goto +10
  190: r1 = *(u64 *)(r10 -8)
  191: r2 = *(u32 *)(r1 +8)
  192: r3 = *(u32 *)(r1 +0)
  193: r1 = r2
  194: r1 += 8
  195: if r1 > r3 goto +4
  196: r1 = *(u64 *)(r10 -120)
  197: *(u32 *)(r2 +0) = r1
  198: r1 = *(u64 *)(r10 -128)
  199: *(u32 *)(r2 +4) = r1
  200: r1 = *(u64 *)(r10 -160)
  201: if r1 != 0 goto +2
  202: r0 = 2
  203: exit
  204: if r1 != 2 goto +4
  205: r1 = *(u64 *)(r10 -152)
  206: r2 = 0
  207: call bpf_redirect
  208: exit
  209: r0 = 1
  210: exit
