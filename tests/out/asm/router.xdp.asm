; router for xdp: 203 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +131
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +126
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
   30: if r8 == 0 goto +105
   31: if r1 != 5 goto +104
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
   45: r1 = r0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
      ; write var7, v9
   46: if r1 == 0 goto +89
      ; v13: bit<8> = read_field hdr1.ttl
   47: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   48: if r1 <= 1 goto +70
      ; v19: bit<32> = read_field hdr1.dstAddr
   49: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   50: *(u64 *)(r10 -40) = 0
   51: *(u32 *)(r10 -36) = r1
   52: *(u32 *)(r10 -40) = 32
   53: r1 = map[pipe_ipv4_lpm] ll
   55: r2 = r10
   56: r2 += -40
   57: call bpf_map_lookup_elem
   58: r4 = r0
   59: if r4 != 0 goto +5
   60: r8 = 2
   61: r3 = 0
   62: r2 = 0
   63: r1 = 0
   64: goto +11
   65: r8 = *(u32 *)(r4 +0)
   66: r3 = *(u32 *)(r4 +4)
   67: r1 = *(u16 *)(r4 +8)
   68: r1 <<= 32
   69: r3 |= r1
   70: r2 = *(u32 *)(r4 +10)
   71: r1 = *(u16 *)(r4 +14)
   72: r1 <<= 32
   73: r2 |= r1
   74: r1 = *(u32 *)(r4 +16)
   75: r1 = be32 r1
   76: if r8 == 1 goto +3
   77: if r8 != 2 goto +36
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   78: *(u64 *)(r10 -160) = 1
   79: goto +34
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   80: *(u32 *)(r6 +0) = r3
   81: r3 >>= 32
   82: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   83: *(u32 *)(r6 +6) = r2
   84: r2 >>= 32
   85: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   86: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   87: r2 -= 1
   88: r2 &= 255
      ; write_field hdr1.ttl, v27
   89: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   90: r3 = *(u32 *)(r6 +14)
   91: r2 = *(u32 *)(r6 +18)
   92: r3 += r2
   93: r2 = *(u16 *)(r6 +22)
   94: r3 += r2
   95: r2 = *(u32 *)(r6 +26)
   96: r3 += r2
   97: r2 = *(u32 *)(r6 +30)
   98: r3 += r2
   99: r2 = r3
  100: r2 >>= 16
  101: r3 &= 65535
  102: r3 += r2
  103: r2 = r3
  104: r2 >>= 16
  105: r3 &= 65535
  106: r3 += r2
  107: r2 = r3
  108: r2 >>= 16
  109: r3 += r2
  110: r3 ^= 65535
  111: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  112: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  113: *(u64 *)(r10 -160) = 2
  114: if r4 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  115: *(u32 *)(r10 -40) = 2
  116: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  117: *(u32 *)(r10 -40) = 0
  118: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  119: *(u32 *)(r10 -40) = 1
  120: r1 = map[pipe_route_stats] ll
  122: r2 = r10
  123: r2 += -40
  124: call bpf_map_lookup_elem
  125: r3 = r0
  126: if r3 == 0 goto +7
  127: r1 = *(u64 *)(r3 +0)
  128: r1 += 1
  129: *(u64 *)(r3 +0) = r1
  130: r2 = *(u64 *)(r3 +8)
  131: r1 = *(u64 *)(r10 -136)
  132: r2 += r1
  133: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  134: *(u64 *)(r10 -160) = 1
  135: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  136: *(u32 *)(r10 -40) = 3
  137: r1 = map[pipe_route_stats] ll
  139: r2 = r10
  140: r2 += -40
  141: call bpf_map_lookup_elem
  142: r2 = r0
  143: if r2 == 0 goto +29
  144: r1 = *(u64 *)(r2 +0)
  145: r1 += 1
  146: *(u64 *)(r2 +0) = r1
  147: r1 = *(u64 *)(r2 +8)
  148: r3 = *(u64 *)(r10 -136)
  149: r1 += r3
  150: *(u64 *)(r2 +8) = r1
  151: goto +21
      ; drop
  152: r2 = *(u64 *)(r10 -144)
  153: r1 = *(u64 *)(r10 -152)
  154: *(u64 *)(r10 -104) = r2
  155: *(u64 *)(r10 -112) = r1
  156: r1 = *(u64 *)(r10 -8)
  157: r2 = 0xfffffffffffffff8 ll
  159: call bpf_xdp_adjust_meta
  160: if r0 != 0 goto +10
  161: r1 = *(u64 *)(r10 -8)
  162: r3 = *(u32 *)(r1 +8)
  163: r2 = *(u32 *)(r1 +0)
  164: r1 = r3
  165: r1 += 8
  166: if r1 > r2 goto +4
  167: r1 = *(u64 *)(r10 -104)
  168: *(u32 *)(r3 +0) = r1
  169: r1 = *(u64 *)(r10 -112)
  170: *(u32 *)(r3 +4) = r1
  171: r0 = 1
  172: exit
      ; epilogue: verdict
  173: r2 = *(u64 *)(r10 -144)
  174: r1 = *(u64 *)(r10 -152)
  175: *(u64 *)(r10 -120) = r2
  176: *(u64 *)(r10 -128) = r1
  177: r1 = *(u64 *)(r10 -8)
  178: r2 = 0xfffffffffffffff8 ll
  180: call bpf_xdp_adjust_meta
  181: if r0 != 0 goto +10
  182: r1 = *(u64 *)(r10 -8)
  183: r2 = *(u32 *)(r1 +8)
  184: r3 = *(u32 *)(r1 +0)
  185: r1 = r2
  186: r1 += 8
  187: if r1 > r3 goto +4
  188: r1 = *(u64 *)(r10 -120)
  189: *(u32 *)(r2 +0) = r1
  190: r1 = *(u64 *)(r10 -128)
  191: *(u32 *)(r2 +4) = r1
  192: r1 = *(u64 *)(r10 -160)
  193: if r1 != 0 goto +2
  194: r0 = 2
  195: exit
  196: if r1 != 2 goto +4
  197: r1 = *(u64 *)(r10 -152)
  198: r2 = 0
  199: call bpf_redirect
  200: exit
  201: r0 = 1
  202: exit
