; router for xdp: 190 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +118
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +113
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   26: if r8 == 0 goto +96
   27: r1 = *(u8 *)(r8 +0)
   28: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   29: if r1 != 5 goto +93
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
   40: r1 = r0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   41: if r1 == 0 goto +81
      ; v13: bit<8> = read_field hdr1.ttl
   42: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   43: if r1 <= 1 goto +62
      ; v19: bit<32> = read_field hdr1.dstAddr
   44: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   45: *(u32 *)(r10 -36) = r1
   46: *(u32 *)(r10 -40) = 32
   47: r1 = map[pipe_ipv4_lpm] ll
   49: r2 = r10
   50: r2 += -40
   51: call bpf_map_lookup_elem
   52: r4 = r0
   53: if r4 != 0 goto +5
   54: r8 = 2
   55: r3 = 0
   56: r2 = 0
   57: r1 = 0
   58: goto +5
   59: r8 = *(u32 *)(r4 +0)
   60: r3 = *(u64 *)(r4 +4)
   61: r2 = *(u64 *)(r4 +10)
   62: r1 = *(u32 *)(r4 +16)
   63: r1 = be32 r1
   64: if r8 == 1 goto +3
   65: if r8 != 2 goto +35
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   66: *(u64 *)(r10 -160) = 1
   67: goto +33
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   68: *(u32 *)(r6 +0) = r3
   69: r3 >>= 32
   70: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   71: *(u32 *)(r6 +6) = r2
   72: r2 >>= 32
   73: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   74: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   75: r2 -= 1
      ; write_field hdr1.ttl, v27
   76: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   77: r3 = *(u32 *)(r6 +14)
   78: r2 = *(u32 *)(r6 +18)
   79: r3 += r2
   80: r2 = *(u16 *)(r6 +22)
   81: r3 += r2
   82: r2 = *(u32 *)(r6 +26)
   83: r3 += r2
   84: r2 = *(u32 *)(r6 +30)
   85: r3 += r2
   86: r2 = r3
   87: r2 >>= 16
   88: r3 &= 65535
   89: r3 += r2
   90: r2 = r3
   91: r2 >>= 16
   92: r3 &= 65535
   93: r3 += r2
   94: r2 = r3
   95: r2 >>= 16
   96: r3 += r2
   97: r3 ^= 65535
   98: *(u16 *)(r6 +24) = r3
      ; write var5, v24
   99: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  100: *(u64 *)(r10 -160) = 2
  101: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  102: *(u32 *)(r10 -40) = 2
  103: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  104: *(u32 *)(r10 -40) = 0
  105: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  106: *(u32 *)(r10 -40) = 1
  107: r1 = map[pipe_route_stats] ll
  109: r2 = r10
  110: r2 += -40
  111: call bpf_map_lookup_elem
  112: r3 = r0
  113: if r3 == 0 goto +7
  114: r1 = *(u64 *)(r3 +0)
  115: r1 += 1
  116: *(u64 *)(r3 +0) = r1
  117: r2 = *(u64 *)(r3 +8)
  118: r1 = *(u64 *)(r10 -136)
  119: r2 += r1
  120: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  121: *(u64 *)(r10 -160) = 1
  122: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  123: *(u32 *)(r10 -40) = 3
  124: r1 = map[pipe_route_stats] ll
  126: r2 = r10
  127: r2 += -40
  128: call bpf_map_lookup_elem
  129: r2 = r0
  130: if r2 == 0 goto +29
  131: r1 = *(u64 *)(r2 +0)
  132: r1 += 1
  133: *(u64 *)(r2 +0) = r1
  134: r1 = *(u64 *)(r2 +8)
  135: r3 = *(u64 *)(r10 -136)
  136: r1 += r3
  137: *(u64 *)(r2 +8) = r1
  138: goto +21
      ; drop
  139: r2 = *(u64 *)(r10 -144)
  140: r1 = *(u64 *)(r10 -152)
  141: *(u64 *)(r10 -104) = r2
  142: *(u64 *)(r10 -112) = r1
  143: r1 = *(u64 *)(r10 -8)
  144: r2 = 0xfffffffffffffff8 ll
  146: call bpf_xdp_adjust_meta
  147: if r0 != 0 goto +10
  148: r1 = *(u64 *)(r10 -8)
  149: r3 = *(u32 *)(r1 +8)
  150: r2 = *(u32 *)(r1 +0)
  151: r1 = r3
  152: r1 += 8
  153: if r1 > r2 goto +4
  154: r1 = *(u64 *)(r10 -104)
  155: *(u32 *)(r3 +0) = r1
  156: r1 = *(u64 *)(r10 -112)
  157: *(u32 *)(r3 +4) = r1
  158: r0 = 1
  159: exit
      ; epilogue: verdict
  160: r2 = *(u64 *)(r10 -144)
  161: r1 = *(u64 *)(r10 -152)
  162: *(u64 *)(r10 -120) = r2
  163: *(u64 *)(r10 -128) = r1
  164: r1 = *(u64 *)(r10 -8)
  165: r2 = 0xfffffffffffffff8 ll
  167: call bpf_xdp_adjust_meta
  168: if r0 != 0 goto +10
  169: r1 = *(u64 *)(r10 -8)
  170: r2 = *(u32 *)(r1 +8)
  171: r3 = *(u32 *)(r1 +0)
  172: r1 = r2
  173: r1 += 8
  174: if r1 > r3 goto +4
  175: r1 = *(u64 *)(r10 -120)
  176: *(u32 *)(r2 +0) = r1
  177: r1 = *(u64 *)(r10 -128)
  178: *(u32 *)(r2 +4) = r1
  179: r1 = *(u64 *)(r10 -160)
  180: if r1 != 0 goto +2
  181: r0 = 2
  182: exit
  183: if r1 != 2 goto +4
  184: r1 = *(u64 *)(r10 -152)
  185: r2 = 0
  186: call bpf_redirect
  187: exit
  188: r0 = 1
  189: exit
