; router for xdp: 235 instructions, stack 160 bytes, 4 maps
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
   20: if r9 > r7 goto +163
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +158
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
   70: if r1 != 0 goto +97
      ; v13: bit<8> = read_field hdr1.ttl
   71: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   72: if r1 <= 1 goto +77
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
  102: if r8 == 1 goto +4
  103: if r8 != 2 goto +41
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  104: r1 = 1
      ; write var6, v29
  105: *(u64 *)(r10 -160) = r1
  106: goto +38
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  107: *(u32 *)(r6 +0) = r3
  108: r3 >>= 32
  109: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
  110: *(u32 *)(r6 +6) = r2
  111: r2 >>= 32
  112: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  113: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  114: r2 -= 1
  115: r2 &= 255
      ; write_field hdr1.ttl, v27
  116: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  117: r3 = *(u32 *)(r6 +14)
  118: r2 = *(u32 *)(r6 +18)
  119: r3 += r2
  120: r2 = *(u32 *)(r6 +22)
  121: r2 &= 65535
  122: r3 += r2
  123: r2 = *(u32 *)(r6 +26)
  124: r3 += r2
  125: r2 = *(u32 *)(r6 +30)
  126: r3 += r2
  127: r2 = r3
  128: r2 >>= 16
  129: r3 &= 65535
  130: r3 += r2
  131: r2 = r3
  132: r2 >>= 16
  133: r3 &= 65535
  134: r3 += r2
  135: r2 = r3
  136: r2 >>= 16
  137: r3 &= 65535
  138: r3 += r2
  139: r3 ^= 65535
  140: r3 &= 65535
  141: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  142: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
  143: r1 = 2
      ; write var6, v28
  144: *(u64 *)(r10 -160) = r1
  145: if r9 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  146: *(u32 *)(r10 -40) = 2
  147: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  148: *(u32 *)(r10 -40) = 0
  149: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  150: *(u32 *)(r10 -40) = 1
  151: r1 = map[pipe_route_stats] ll
  153: r2 = r10
  154: r2 += -40
  155: call bpf_map_lookup_elem
  156: r3 = r0
  157: if r3 == 0 goto +7
  158: r1 = *(u64 *)(r3 +0)
  159: r1 += 1
  160: *(u64 *)(r3 +0) = r1
  161: r2 = *(u64 *)(r3 +8)
  162: r1 = *(u64 *)(r10 -136)
  163: r2 += r1
  164: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  165: r1 = 1
      ; write var6, v18
  166: *(u64 *)(r10 -160) = r1
  167: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  168: *(u32 *)(r10 -40) = 3
  169: r1 = map[pipe_route_stats] ll
  171: r2 = r10
  172: r2 += -40
  173: call bpf_map_lookup_elem
  174: r2 = r0
  175: if r2 == 0 goto +29
  176: r1 = *(u64 *)(r2 +0)
  177: r1 += 1
  178: *(u64 *)(r2 +0) = r1
  179: r1 = *(u64 *)(r2 +8)
  180: r3 = *(u64 *)(r10 -136)
  181: r1 += r3
  182: *(u64 *)(r2 +8) = r1
  183: goto +21
      ; drop
  184: r2 = *(u64 *)(r10 -144)
  185: r1 = *(u64 *)(r10 -152)
  186: *(u64 *)(r10 -104) = r2
  187: *(u64 *)(r10 -112) = r1
  188: r1 = *(u64 *)(r10 -8)
  189: r2 = 0xfffffffffffffff8 ll
  191: call bpf_xdp_adjust_meta
  192: if r0 != 0 goto +10
  193: r1 = *(u64 *)(r10 -8)
  194: r3 = *(u32 *)(r1 +8)
  195: r2 = *(u32 *)(r1 +0)
  196: r1 = r3
  197: r1 += 8
  198: if r1 > r2 goto +4
  199: r1 = *(u64 *)(r10 -104)
  200: *(u32 *)(r3 +0) = r1
  201: r1 = *(u64 *)(r10 -112)
  202: *(u32 *)(r3 +4) = r1
  203: r0 = 1
  204: exit
      ; epilogue: verdict
  205: r2 = *(u64 *)(r10 -144)
  206: r1 = *(u64 *)(r10 -152)
  207: *(u64 *)(r10 -120) = r2
  208: *(u64 *)(r10 -128) = r1
  209: r1 = *(u64 *)(r10 -8)
  210: r2 = 0xfffffffffffffff8 ll
  212: call bpf_xdp_adjust_meta
  213: if r0 != 0 goto +10
  214: r1 = *(u64 *)(r10 -8)
  215: r2 = *(u32 *)(r1 +8)
  216: r3 = *(u32 *)(r1 +0)
  217: r1 = r2
  218: r1 += 8
  219: if r1 > r3 goto +4
  220: r1 = *(u64 *)(r10 -120)
  221: *(u32 *)(r2 +0) = r1
  222: r1 = *(u64 *)(r10 -128)
  223: *(u32 *)(r2 +4) = r1
  224: r1 = *(u64 *)(r10 -160)
  225: if r1 != 0 goto +2
  226: r0 = 2
  227: exit
  228: if r1 != 2 goto +4
  229: r1 = *(u64 *)(r10 -152)
  230: r2 = 0
  231: call bpf_redirect
  232: exit
  233: r0 = 1
  234: exit
