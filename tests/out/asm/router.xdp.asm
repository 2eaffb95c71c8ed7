; router for xdp: 192 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +120
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +115
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   26: if r8 == 0 goto +98
   27: r1 = *(u8 *)(r8 +0)
   28: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   29: if r1 != 5 goto +95
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
   40: if r0 == 0 goto +84
      ; v13: bit<8> = read_field hdr1.ttl
   41: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   42: if r1 <= 1 goto +65
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
  103: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  104: *(u32 *)(r10 -40) = 2
  105: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  106: *(u32 *)(r10 -40) = 0
  107: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  108: *(u32 *)(r10 -40) = 1
  109: r1 = map[pipe_route_stats] ll
  111: r2 = r10
  112: r2 += -40
  113: call bpf_map_lookup_elem
  114: r3 = r0
  115: if r3 == 0 goto +7
  116: r1 = *(u64 *)(r3 +0)
  117: r1 += 1
  118: *(u64 *)(r3 +0) = r1
  119: r2 = *(u64 *)(r3 +8)
  120: r1 = *(u64 *)(r10 -136)
  121: r2 += r1
  122: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  123: *(u64 *)(r10 -160) = 1
  124: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  125: *(u32 *)(r10 -40) = 3
  126: r1 = map[pipe_route_stats] ll
  128: r2 = r10
  129: r2 += -40
  130: call bpf_map_lookup_elem
  131: r2 = r0
  132: if r2 == 0 goto +29
  133: r1 = *(u64 *)(r2 +0)
  134: r1 += 1
  135: *(u64 *)(r2 +0) = r1
  136: r1 = *(u64 *)(r2 +8)
  137: r3 = *(u64 *)(r10 -136)
  138: r1 += r3
  139: *(u64 *)(r2 +8) = r1
  140: goto +21
      ; drop
  141: r2 = *(u64 *)(r10 -144)
  142: r1 = *(u64 *)(r10 -152)
  143: *(u64 *)(r10 -104) = r2
  144: *(u64 *)(r10 -112) = r1
  145: r1 = *(u64 *)(r10 -8)
  146: r2 = 0xfffffffffffffff8 ll
  148: call bpf_xdp_adjust_meta
  149: if r0 != 0 goto +10
  150: r1 = *(u64 *)(r10 -8)
  151: r3 = *(u32 *)(r1 +8)
  152: r2 = *(u32 *)(r1 +0)
  153: r1 = r3
  154: r1 += 8
  155: if r1 > r2 goto +4
  156: r1 = *(u64 *)(r10 -104)
  157: *(u32 *)(r3 +0) = r1
  158: r1 = *(u64 *)(r10 -112)
  159: *(u32 *)(r3 +4) = r1
  160: r0 = 1
  161: exit
      ; epilogue: verdict
  162: r2 = *(u64 *)(r10 -144)
  163: r1 = *(u64 *)(r10 -152)
  164: *(u64 *)(r10 -120) = r2
  165: *(u64 *)(r10 -128) = r1
  166: r1 = *(u64 *)(r10 -8)
  167: r2 = 0xfffffffffffffff8 ll
  169: call bpf_xdp_adjust_meta
  170: if r0 != 0 goto +10
  171: r1 = *(u64 *)(r10 -8)
  172: r2 = *(u32 *)(r1 +8)
  173: r3 = *(u32 *)(r1 +0)
  174: r1 = r2
  175: r1 += 8
  176: if r1 > r3 goto +4
  177: r1 = *(u64 *)(r10 -120)
  178: *(u32 *)(r2 +0) = r1
  179: r1 = *(u64 *)(r10 -128)
  180: *(u32 *)(r2 +4) = r1
  181: r1 = *(u64 *)(r10 -160)
  182: if r1 != 0 goto +2
  183: r0 = 2
  184: exit
  185: if r1 != 2 goto +4
  186: r1 = *(u64 *)(r10 -152)
  187: r2 = 0
  188: call bpf_redirect
  189: exit
  190: r0 = 1
  191: exit
