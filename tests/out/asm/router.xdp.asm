; router for xdp: 232 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +160
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +155
      ; v0: bool = is_valid hdr1
   26: r2 = 0
   27: if r8 == 0 goto +1
   28: r2 = 1
      ; v1: bool = not v0
   29: r2 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   30: r1 = 0
   31: if r8 == 0 goto +2
   32: r1 = *(u8 *)(r8 +0)
   33: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   34: r3 = 1
   35: if r1 != 5 goto +1
   36: r3 = 0
      ; v5: bool = logical_or v1, v4
   37: r1 = r2
   38: r1 |= r3
      ; write var7, v5
   39: if r1 != 0 goto +30
      ; v6: bit<48> = read_field hdr0.dstAddr
   40: r1 = *(u32 *)(r6 +0)
   41: r2 = *(u16 *)(r6 +4)
   42: r2 <<= 32
   43: r1 |= r2
      ; v7, v8 = apply table0(v6)
   44: *(u64 *)(r10 -40) = 0
   45: *(u32 *)(r10 -40) = r1
   46: r1 >>= 32
   47: *(u16 *)(r10 -36) = r1
   48: r1 = map[pipe_my_macs] ll
   50: r2 = r10
   51: r2 += -40
   52: call bpf_map_lookup_elem
   53: r1 = r0
   54: r8 = 1
   55: if r1 != 0 goto +11
   56: r8 = 0
   57: *(u32 *)(r10 -40) = 0
   58: r1 = map[pipe_my_macs_default] ll
   60: r2 = r10
   61: r2 += -40
   62: call bpf_map_lookup_elem
   63: r1 = r0
   64: if r1 != 0 goto +2
   65: r1 = 0
   66: goto +1
   67: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   68: r1 = r8
   69: r1 ^= 1
      ; write var7, v9
      ; v10: bool = read var7
   70: if r1 != 0 goto +94
      ; v13: bit<8> = read_field hdr1.ttl
   71: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   72: if r1 <= 1 goto +75
      ; v19: bit<32> = read_field hdr1.dstAddr
   73: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   74: *(u64 *)(r10 -40) = 0
   75: *(u32 *)(r10 -36) = r1
   76: *(u32 *)(r10 -40) = 32
   77: r1 = map[pipe_ipv4_lpm] ll
   79: r2 = r10
   80: r2 += -40
   81: call bpf_map_lookup_elem
   82: r4 = r0
   83: r9 = 1
   84: if r4 != 0 goto +6
   85: r9 = 0
   86: r8 = 2
   87: r3 = 0
   88: r2 = 0
   89: r1 = 0
   90: goto +11
   91: r8 = *(u32 *)(r4 +0)
   92: r3 = *(u32 *)(r4 +4)
   93: r1 = *(u16 *)(r4 +8)
   94: r1 <<= 32
   95: r3 |= r1
   96: r2 = *(u32 *)(r4 +10)
   97: r1 = *(u16 *)(r4 +14)
   98: r1 <<= 32
   99: r2 |= r1
  100: r1 = *(u32 *)(r4 +16)
  101: r1 = be32 r1
  102: if r8 == 1 goto +3
  103: if r8 != 2 goto +39
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
  104: *(u64 *)(r10 -160) = 1
  105: goto +37
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  106: *(u32 *)(r6 +0) = r3
  107: r3 >>= 32
  108: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
  109: *(u32 *)(r6 +6) = r2
  110: r2 >>= 32
  111: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  112: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  113: r2 -= 1
  114: r2 &= 255
      ; write_field hdr1.ttl, v27
  115: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  116: r3 = *(u32 *)(r6 +14)
  117: r2 = *(u32 *)(r6 +18)
  118: r3 += r2
  119: r2 = *(u32 *)(r6 +22)
  120: r2 &= 65535
  121: r3 += r2
  122: r2 = *(u32 *)(r6 +26)
  123: r3 += r2
  124: r2 = *(u32 *)(r6 +30)
  125: r3 += r2
  126: r2 = r3
  127: r2 >>= 16
  128: r3 &= 65535
  129: r3 += r2
  130: r2 = r3
  131: r2 >>= 16
  132: r3 &= 65535
  133: r3 += r2
  134: r2 = r3
  135: r2 >>= 16
  136: r3 &= 65535
  137: r3 += r2
  138: r3 ^= 65535
  139: r3 &= 65535
  140: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  141: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  142: *(u64 *)(r10 -160) = 2
  143: if r9 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  144: *(u32 *)(r10 -40) = 2
  145: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  146: *(u32 *)(r10 -40) = 0
  147: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  148: *(u32 *)(r10 -40) = 1
  149: r1 = map[pipe_route_stats] ll
  151: r2 = r10
  152: r2 += -40
  153: call bpf_map_lookup_elem
  154: r3 = r0
  155: if r3 == 0 goto +7
  156: r1 = *(u64 *)(r3 +0)
  157: r1 += 1
  158: *(u64 *)(r3 +0) = r1
  159: r2 = *(u64 *)(r3 +8)
  160: r1 = *(u64 *)(r10 -136)
  161: r2 += r1
  162: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  163: *(u64 *)(r10 -160) = 1
  164: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  165: *(u32 *)(r10 -40) = 3
  166: r1 = map[pipe_route_stats] ll
  168: r2 = r10
  169: r2 += -40
  170: call bpf_map_lookup_elem
  171: r2 = r0
  172: if r2 == 0 goto +29
  173: r1 = *(u64 *)(r2 +0)
  174: r1 += 1
  175: *(u64 *)(r2 +0) = r1
  176: r1 = *(u64 *)(r2 +8)
  177: r3 = *(u64 *)(r10 -136)
  178: r1 += r3
  179: *(u64 *)(r2 +8) = r1
  180: goto +21
      ; drop
  181: r2 = *(u64 *)(r10 -144)
  182: r1 = *(u64 *)(r10 -152)
  183: *(u64 *)(r10 -104) = r2
  184: *(u64 *)(r10 -112) = r1
  185: r1 = *(u64 *)(r10 -8)
  186: r2 = 0xfffffffffffffff8 ll
  188: call bpf_xdp_adjust_meta
  189: if r0 != 0 goto +10
  190: r1 = *(u64 *)(r10 -8)
  191: r3 = *(u32 *)(r1 +8)
  192: r2 = *(u32 *)(r1 +0)
  193: r1 = r3
  194: r1 += 8
  195: if r1 > r2 goto +4
  196: r1 = *(u64 *)(r10 -104)
  197: *(u32 *)(r3 +0) = r1
  198: r1 = *(u64 *)(r10 -112)
  199: *(u32 *)(r3 +4) = r1
  200: r0 = 1
  201: exit
      ; epilogue: verdict
  202: r2 = *(u64 *)(r10 -144)
  203: r1 = *(u64 *)(r10 -152)
  204: *(u64 *)(r10 -120) = r2
  205: *(u64 *)(r10 -128) = r1
  206: r1 = *(u64 *)(r10 -8)
  207: r2 = 0xfffffffffffffff8 ll
  209: call bpf_xdp_adjust_meta
  210: if r0 != 0 goto +10
  211: r1 = *(u64 *)(r10 -8)
  212: r2 = *(u32 *)(r1 +8)
  213: r3 = *(u32 *)(r1 +0)
  214: r1 = r2
  215: r1 += 8
  216: if r1 > r3 goto +4
  217: r1 = *(u64 *)(r10 -120)
  218: *(u32 *)(r2 +0) = r1
  219: r1 = *(u64 *)(r10 -128)
  220: *(u32 *)(r2 +4) = r1
  221: r1 = *(u64 *)(r10 -160)
  222: if r1 != 0 goto +2
  223: r0 = 2
  224: exit
  225: if r1 != 2 goto +4
  226: r1 = *(u64 *)(r10 -152)
  227: r2 = 0
  228: call bpf_redirect
  229: exit
  230: r0 = 1
  231: exit
