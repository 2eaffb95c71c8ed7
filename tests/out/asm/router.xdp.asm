; router for xdp: 197 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +125
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +120
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   26: if r8 == 0 goto +103
   27: r1 = *(u8 *)(r8 +0)
   28: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   29: if r1 != 5 goto +100
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
   41: if r1 == 0 goto +88
      ; v13: bit<8> = read_field hdr1.ttl
   42: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   43: if r1 <= 1 goto +69
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
   58: goto +11
   59: r8 = *(u32 *)(r4 +0)
   60: r3 = *(u32 *)(r4 +4)
   61: r1 = *(u16 *)(r4 +8)
   62: r1 <<= 32
   63: r3 |= r1
   64: r2 = *(u32 *)(r4 +10)
   65: r1 = *(u16 *)(r4 +14)
   66: r1 <<= 32
   67: r2 |= r1
   68: r1 = *(u32 *)(r4 +16)
   69: r1 = be32 r1
   70: if r8 == 1 goto +3
   71: if r8 != 2 goto +36
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   72: *(u64 *)(r10 -160) = 1
   73: goto +34
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   74: *(u32 *)(r6 +0) = r3
   75: r3 >>= 32
   76: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   77: *(u32 *)(r6 +6) = r2
   78: r2 >>= 32
   79: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   80: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   81: r2 -= 1
   82: r2 &= 255
      ; write_field hdr1.ttl, v27
   83: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   84: r3 = *(u32 *)(r6 +14)
   85: r2 = *(u32 *)(r6 +18)
   86: r3 += r2
   87: r2 = *(u16 *)(r6 +22)
   88: r3 += r2
   89: r2 = *(u32 *)(r6 +26)
   90: r3 += r2
   91: r2 = *(u32 *)(r6 +30)
   92: r3 += r2
   93: r2 = r3
   94: r2 >>= 16
   95: r3 &= 65535
   96: r3 += r2
   97: r2 = r3
   98: r2 >>= 16
   99: r3 &= 65535
  100: r3 += r2
  101: r2 = r3
  102: r2 >>= 16
  103: r3 += r2
  104: r3 ^= 65535
  105: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  106: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  107: *(u64 *)(r10 -160) = 2
  108: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  109: *(u32 *)(r10 -40) = 2
  110: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  111: *(u32 *)(r10 -40) = 0
  112: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  113: *(u32 *)(r10 -40) = 1
  114: r1 = map[pipe_route_stats] ll
  116: r2 = r10
  117: r2 += -40
  118: call bpf_map_lookup_elem
  119: r3 = r0
  120: if r3 == 0 goto +7
  121: r1 = *(u64 *)(r3 +0)
  122: r1 += 1
  123: *(u64 *)(r3 +0) = r1
  124: r2 = *(u64 *)(r3 +8)
  125: r1 = *(u64 *)(r10 -136)
  126: r2 += r1
  127: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  128: *(u64 *)(r10 -160) = 1
  129: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  130: *(u32 *)(r10 -40) = 3
  131: r1 = map[pipe_route_stats] ll
  133: r2 = r10
  134: r2 += -40
  135: call bpf_map_lookup_elem
  136: r2 = r0
  137: if r2 == 0 goto +29
  138: r1 = *(u64 *)(r2 +0)
  139: r1 += 1
  140: *(u64 *)(r2 +0) = r1
  141: r1 = *(u64 *)(r2 +8)
  142: r3 = *(u64 *)(r10 -136)
  143: r1 += r3
  144: *(u64 *)(r2 +8) = r1
  145: goto +21
      ; drop
  146: r2 = *(u64 *)(r10 -144)
  147: r1 = *(u64 *)(r10 -152)
  148: *(u64 *)(r10 -104) = r2
  149: *(u64 *)(r10 -112) = r1
  150: r1 = *(u64 *)(r10 -8)
  151: r2 = 0xfffffffffffffff8 ll
  153: call bpf_xdp_adjust_meta
  154: if r0 != 0 goto +10
  155: r1 = *(u64 *)(r10 -8)
  156: r3 = *(u32 *)(r1 +8)
  157: r2 = *(u32 *)(r1 +0)
  158: r1 = r3
  159: r1 += 8
  160: if r1 > r2 goto +4
  161: r1 = *(u64 *)(r10 -104)
  162: *(u32 *)(r3 +0) = r1
  163: r1 = *(u64 *)(r10 -112)
  164: *(u32 *)(r3 +4) = r1
  165: r0 = 1
  166: exit
      ; epilogue: verdict
  167: r2 = *(u64 *)(r10 -144)
  168: r1 = *(u64 *)(r10 -152)
  169: *(u64 *)(r10 -120) = r2
  170: *(u64 *)(r10 -128) = r1
  171: r1 = *(u64 *)(r10 -8)
  172: r2 = 0xfffffffffffffff8 ll
  174: call bpf_xdp_adjust_meta
  175: if r0 != 0 goto +10
  176: r1 = *(u64 *)(r10 -8)
  177: r2 = *(u32 *)(r1 +8)
  178: r3 = *(u32 *)(r1 +0)
  179: r1 = r2
  180: r1 += 8
  181: if r1 > r3 goto +4
  182: r1 = *(u64 *)(r10 -120)
  183: *(u32 *)(r2 +0) = r1
  184: r1 = *(u64 *)(r10 -128)
  185: *(u32 *)(r2 +4) = r1
  186: r1 = *(u64 *)(r10 -160)
  187: if r1 != 0 goto +2
  188: r0 = 2
  189: exit
  190: if r1 != 2 goto +4
  191: r1 = *(u64 *)(r10 -152)
  192: r2 = 0
  193: call bpf_redirect
  194: exit
  195: r0 = 1
  196: exit
