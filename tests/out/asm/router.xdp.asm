; router for xdp: 191 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +119
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +114
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   26: if r8 == 0 goto +97
   27: r1 = *(u8 *)(r8 +0)
   28: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   29: if r1 != 5 goto +94
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
   41: if r1 == 0 goto +82
      ; v13: bit<8> = read_field hdr1.ttl
   42: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   43: if r1 <= 1 goto +63
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
   65: if r8 != 2 goto +36
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   66: *(u64 *)(r10 -160) = 1
   67: goto +34
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
   76: r2 &= 255
      ; write_field hdr1.ttl, v27
   77: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   78: r3 = *(u32 *)(r6 +14)
   79: r2 = *(u32 *)(r6 +18)
   80: r3 += r2
   81: r2 = *(u16 *)(r6 +22)
   82: r3 += r2
   83: r2 = *(u32 *)(r6 +26)
   84: r3 += r2
   85: r2 = *(u32 *)(r6 +30)
   86: r3 += r2
   87: r2 = r3
   88: r2 >>= 16
   89: r3 &= 65535
   90: r3 += r2
   91: r2 = r3
   92: r2 >>= 16
   93: r3 &= 65535
   94: r3 += r2
   95: r2 = r3
   96: r2 >>= 16
   97: r3 += r2
   98: r3 ^= 65535
   99: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  100: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  101: *(u64 *)(r10 -160) = 2
  102: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  103: *(u32 *)(r10 -40) = 2
  104: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  105: *(u32 *)(r10 -40) = 0
  106: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  107: *(u32 *)(r10 -40) = 1
  108: r1 = map[pipe_route_stats] ll
  110: r2 = r10
  111: r2 += -40
  112: call bpf_map_lookup_elem
  113: r3 = r0
  114: if r3 == 0 goto +7
  115: r1 = *(u64 *)(r3 +0)
  116: r1 += 1
  117: *(u64 *)(r3 +0) = r1
  118: r2 = *(u64 *)(r3 +8)
  119: r1 = *(u64 *)(r10 -136)
  120: r2 += r1
  121: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  122: *(u64 *)(r10 -160) = 1
  123: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  124: *(u32 *)(r10 -40) = 3
  125: r1 = map[pipe_route_stats] ll
  127: r2 = r10
  128: r2 += -40
  129: call bpf_map_lookup_elem
  130: r2 = r0
  131: if r2 == 0 goto +29
  132: r1 = *(u64 *)(r2 +0)
  133: r1 += 1
  134: *(u64 *)(r2 +0) = r1
  135: r1 = *(u64 *)(r2 +8)
  136: r3 = *(u64 *)(r10 -136)
  137: r1 += r3
  138: *(u64 *)(r2 +8) = r1
  139: goto +21
      ; drop
  140: r2 = *(u64 *)(r10 -144)
  141: r1 = *(u64 *)(r10 -152)
  142: *(u64 *)(r10 -104) = r2
  143: *(u64 *)(r10 -112) = r1
  144: r1 = *(u64 *)(r10 -8)
  145: r2 = 0xfffffffffffffff8 ll
  147: call bpf_xdp_adjust_meta
  148: if r0 != 0 goto +10
  149: r1 = *(u64 *)(r10 -8)
  150: r3 = *(u32 *)(r1 +8)
  151: r2 = *(u32 *)(r1 +0)
  152: r1 = r3
  153: r1 += 8
  154: if r1 > r2 goto +4
  155: r1 = *(u64 *)(r10 -104)
  156: *(u32 *)(r3 +0) = r1
  157: r1 = *(u64 *)(r10 -112)
  158: *(u32 *)(r3 +4) = r1
  159: r0 = 1
  160: exit
      ; epilogue: verdict
  161: r2 = *(u64 *)(r10 -144)
  162: r1 = *(u64 *)(r10 -152)
  163: *(u64 *)(r10 -120) = r2
  164: *(u64 *)(r10 -128) = r1
  165: r1 = *(u64 *)(r10 -8)
  166: r2 = 0xfffffffffffffff8 ll
  168: call bpf_xdp_adjust_meta
  169: if r0 != 0 goto +10
  170: r1 = *(u64 *)(r10 -8)
  171: r2 = *(u32 *)(r1 +8)
  172: r3 = *(u32 *)(r1 +0)
  173: r1 = r2
  174: r1 += 8
  175: if r1 > r3 goto +4
  176: r1 = *(u64 *)(r10 -120)
  177: *(u32 *)(r2 +0) = r1
  178: r1 = *(u64 *)(r10 -128)
  179: *(u32 *)(r2 +4) = r1
  180: r1 = *(u64 *)(r10 -160)
  181: if r1 != 0 goto +2
  182: r0 = 2
  183: exit
  184: if r1 != 2 goto +4
  185: r1 = *(u64 *)(r10 -152)
  186: r2 = 0
  187: call bpf_redirect
  188: exit
  189: r0 = 1
  190: exit
