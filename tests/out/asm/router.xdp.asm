; router for xdp: 201 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +129
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +124
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   26: if r8 == 0 goto +107
   27: r1 = *(u8 *)(r8 +0)
   28: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   29: if r1 != 5 goto +104
      ; v6: bit<48> = read_field hdr0.dstAddr
   30: r1 = *(u32 *)(r6 +0)
   31: r2 = *(u16 *)(r6 +4)
   32: r2 <<= 32
   33: r1 |= r2
      ; v7, v8 = apply table0(v6)
   34: *(u64 *)(r10 -40) = 0
   35: *(u32 *)(r10 -40) = r1
   36: r1 >>= 32
   37: *(u16 *)(r10 -36) = r1
   38: r1 = map[pipe_my_macs] ll
   40: r2 = r10
   41: r2 += -40
   42: call bpf_map_lookup_elem
   43: r1 = r0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   44: if r1 == 0 goto +89
      ; v13: bit<8> = read_field hdr1.ttl
   45: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   46: if r1 <= 1 goto +70
      ; v19: bit<32> = read_field hdr1.dstAddr
   47: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   48: *(u64 *)(r10 -40) = 0
   49: *(u32 *)(r10 -36) = r1
   50: *(u32 *)(r10 -40) = 32
   51: r1 = map[pipe_ipv4_lpm] ll
   53: r2 = r10
   54: r2 += -40
   55: call bpf_map_lookup_elem
   56: r4 = r0
   57: if r4 != 0 goto +5
   58: r8 = 2
   59: r3 = 0
   60: r2 = 0
   61: r1 = 0
   62: goto +11
   63: r8 = *(u32 *)(r4 +0)
   64: r3 = *(u32 *)(r4 +4)
   65: r1 = *(u16 *)(r4 +8)
   66: r1 <<= 32
   67: r3 |= r1
   68: r2 = *(u32 *)(r4 +10)
   69: r1 = *(u16 *)(r4 +14)
   70: r1 <<= 32
   71: r2 |= r1
   72: r1 = *(u32 *)(r4 +16)
   73: r1 = be32 r1
   74: if r8 == 1 goto +3
   75: if r8 != 2 goto +36
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   76: *(u64 *)(r10 -160) = 1
   77: goto +34
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   78: *(u32 *)(r6 +0) = r3
   79: r3 >>= 32
   80: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   81: *(u32 *)(r6 +6) = r2
   82: r2 >>= 32
   83: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   84: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   85: r2 -= 1
   86: r2 &= 255
      ; write_field hdr1.ttl, v27
   87: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   88: r3 = *(u32 *)(r6 +14)
   89: r2 = *(u32 *)(r6 +18)
   90: r3 += r2
   91: r2 = *(u16 *)(r6 +22)
   92: r3 += r2
   93: r2 = *(u32 *)(r6 +26)
   94: r3 += r2
   95: r2 = *(u32 *)(r6 +30)
   96: r3 += r2
   97: r2 = r3
   98: r2 >>= 16
   99: r3 &= 65535
  100: r3 += r2
  101: r2 = r3
  102: r2 >>= 16
  103: r3 &= 65535
  104: r3 += r2
  105: r2 = r3
  106: r2 >>= 16
  107: r3 += r2
  108: r3 ^= 65535
  109: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  110: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  111: *(u64 *)(r10 -160) = 2
  112: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  113: *(u32 *)(r10 -40) = 2
  114: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  115: *(u32 *)(r10 -40) = 0
  116: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  117: *(u32 *)(r10 -40) = 1
  118: r1 = map[pipe_route_stats] ll
  120: r2 = r10
  121: r2 += -40
  122: call bpf_map_lookup_elem
  123: r3 = r0
  124: if r3 == 0 goto +7
  125: r1 = *(u64 *)(r3 +0)
  126: r1 += 1
  127: *(u64 *)(r3 +0) = r1
  128: r2 = *(u64 *)(r3 +8)
  129: r1 = *(u64 *)(r10 -136)
  130: r2 += r1
  131: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  132: *(u64 *)(r10 -160) = 1
  133: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  134: *(u32 *)(r10 -40) = 3
  135: r1 = map[pipe_route_stats] ll
  137: r2 = r10
  138: r2 += -40
  139: call bpf_map_lookup_elem
  140: r2 = r0
  141: if r2 == 0 goto +29
  142: r1 = *(u64 *)(r2 +0)
  143: r1 += 1
  144: *(u64 *)(r2 +0) = r1
  145: r1 = *(u64 *)(r2 +8)
  146: r3 = *(u64 *)(r10 -136)
  147: r1 += r3
  148: *(u64 *)(r2 +8) = r1
  149: goto +21
      ; drop
  150: r2 = *(u64 *)(r10 -144)
  151: r1 = *(u64 *)(r10 -152)
  152: *(u64 *)(r10 -104) = r2
  153: *(u64 *)(r10 -112) = r1
  154: r1 = *(u64 *)(r10 -8)
  155: r2 = 0xfffffffffffffff8 ll
  157: call bpf_xdp_adjust_meta
  158: if r0 != 0 goto +10
  159: r1 = *(u64 *)(r10 -8)
  160: r3 = *(u32 *)(r1 +8)
  161: r2 = *(u32 *)(r1 +0)
  162: r1 = r3
  163: r1 += 8
  164: if r1 > r2 goto +4
  165: r1 = *(u64 *)(r10 -104)
  166: *(u32 *)(r3 +0) = r1
  167: r1 = *(u64 *)(r10 -112)
  168: *(u32 *)(r3 +4) = r1
  169: r0 = 1
  170: exit
      ; epilogue: verdict
  171: r2 = *(u64 *)(r10 -144)
  172: r1 = *(u64 *)(r10 -152)
  173: *(u64 *)(r10 -120) = r2
  174: *(u64 *)(r10 -128) = r1
  175: r1 = *(u64 *)(r10 -8)
  176: r2 = 0xfffffffffffffff8 ll
  178: call bpf_xdp_adjust_meta
  179: if r0 != 0 goto +10
  180: r1 = *(u64 *)(r10 -8)
  181: r2 = *(u32 *)(r1 +8)
  182: r3 = *(u32 *)(r1 +0)
  183: r1 = r2
  184: r1 += 8
  185: if r1 > r3 goto +4
  186: r1 = *(u64 *)(r10 -120)
  187: *(u32 *)(r2 +0) = r1
  188: r1 = *(u64 *)(r10 -128)
  189: *(u32 *)(r2 +4) = r1
  190: r1 = *(u64 *)(r10 -160)
  191: if r1 != 0 goto +2
  192: r0 = 2
  193: exit
  194: if r1 != 2 goto +4
  195: r1 = *(u64 *)(r10 -152)
  196: r2 = 0
  197: call bpf_redirect
  198: exit
  199: r0 = 1
  200: exit
