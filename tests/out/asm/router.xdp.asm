; router for xdp: 258 instructions, stack 168 bytes, 4 maps
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
   20: if r9 > r7 goto +186
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +181
      ; v0: bool = is_valid hdr1
   26: r3 = 0
   27: if r8 == 0 goto +1
   28: r3 = 1
      ; v1: bool = not v0
   29: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   30: r2 = 0
   31: if r8 == 0 goto +2
   32: r2 = *(u8 *)(r8 +0)
   33: r2 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   34: r1 = 1
   35: if r2 != 5 goto +1
   36: r1 = 0
      ; v5: bool = logical_or v1, v4
   37: r3 |= r1
      ; write var7, v5
   38: if r3 != 0 goto +30
      ; v6: bit<48> = read_field hdr0.dstAddr
   39: r2 = *(u32 *)(r6 +0)
   40: r1 = *(u16 *)(r6 +4)
   41: r1 <<= 32
   42: r2 |= r1
      ; v7, v8 = apply table0(v6)
   43: *(u64 *)(r10 -40) = 0
   44: *(u32 *)(r10 -40) = r2
   45: r2 >>= 32
   46: *(u16 *)(r10 -36) = r2
   47: r1 = map[pipe_my_macs] ll
   49: r2 = r10
   50: r2 += -40
   51: call bpf_map_lookup_elem
   52: r1 = r0
   53: r9 = 1
   54: if r1 != 0 goto +11
   55: r9 = 0
   56: *(u32 *)(r10 -40) = 0
   57: r1 = map[pipe_my_macs_default] ll
   59: r2 = r10
   60: r2 += -40
   61: call bpf_map_lookup_elem
   62: r1 = r0
   63: if r1 != 0 goto +2
   64: r1 = 0
   65: goto +1
   66: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   67: r9 ^= 1
      ; write var7, v9
   68: r3 = r9
      ; v10: bool = read var7
   69: r1 = r3
   70: if r1 != 0 goto +120
      ; v13: bit<8> = read_field hdr1.ttl
   71: r1 = 0
   72: if r8 == 0 goto +1
   73: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   74: if r1 <= 1 goto +98
      ; v19: bit<32> = read_field hdr1.dstAddr
   75: r1 = 0
   76: if r8 == 0 goto +1
   77: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   78: *(u64 *)(r10 -40) = 0
   79: *(u32 *)(r10 -36) = r1
   80: *(u32 *)(r10 -40) = 32
   81: r1 = map[pipe_ipv4_lpm] ll
   83: r2 = r10
   84: r2 += -40
   85: call bpf_map_lookup_elem
   86: r4 = r0
   87: *(u64 *)(r10 -168) = 1
   88: if r4 != 0 goto +6
   89: *(u64 *)(r10 -168) = 0
   90: r9 = 2
   91: r3 = 0
   92: r2 = 0
   93: r1 = 0
   94: goto +19
   95: r9 = *(u32 *)(r4 +0)
   96: r3 = *(u32 *)(r4 +4)
   97: r3 = be32 r3
   98: r1 = *(u16 *)(r4 +8)
   99: r1 = be16 r1
  100: r3 <<= 16
  101: r3 |= r1
  102: r3 <<= 16
  103: r3 >>= 16
  104: r2 = *(u32 *)(r4 +10)
  105: r2 = be32 r2
  106: r1 = *(u16 *)(r4 +14)
  107: r1 = be16 r1
  108: r2 <<= 16
  109: r2 |= r1
  110: r2 <<= 16
  111: r2 >>= 16
  112: r1 = *(u32 *)(r4 +16)
  113: r1 = be32 r1
  114: if r9 == 1 goto +4
  115: if r9 != 2 goto +51
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  116: r1 = 1
      ; write var6, v29
  117: *(u64 *)(r10 -160) = r1
  118: goto +48
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  119: r4 = r3
  120: r3 = be16 r3
  121: *(u16 *)(r6 +4) = r3
  122: r4 >>= 16
  123: r4 = be32 r4
  124: *(u32 *)(r6 +0) = r4
      ; write_field hdr0.srcAddr, v23
  125: r3 = r2
  126: r2 = be16 r2
  127: *(u16 *)(r6 +10) = r2
  128: r3 >>= 16
  129: r3 = be32 r3
  130: *(u32 *)(r6 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  131: r2 = 0
  132: if r8 == 0 goto +1
  133: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  134: r2 -= 1
  135: r2 &= 255
      ; write_field hdr1.ttl, v27
  136: if r8 == 0 goto +1
  137: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  138: if r8 == 0 goto +25
  139: r3 = *(u32 *)(r8 +0)
  140: r2 = *(u32 *)(r8 +4)
  141: r3 += r2
  142: r2 = *(u32 *)(r8 +8)
  143: r2 &= 65535
  144: r3 += r2
  145: r2 = *(u32 *)(r8 +12)
  146: r3 += r2
  147: r2 = *(u32 *)(r8 +16)
  148: r3 += r2
  149: r2 = r3
  150: r2 >>= 16
  151: r3 &= 65535
  152: r3 += r2
  153: r2 = r3
  154: r2 >>= 16
  155: r3 &= 65535
  156: r3 += r2
  157: r2 = r3
  158: r2 >>= 16
  159: r3 &= 65535
  160: r3 += r2
  161: r3 ^= 65535
  162: r3 &= 65535
  163: *(u16 *)(r8 +10) = r3
      ; write var5, v24
  164: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
  165: r1 = 2
      ; write var6, v28
  166: *(u64 *)(r10 -160) = r1
  167: r0 = *(u64 *)(r10 -168)
  168: if r0 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  169: *(u32 *)(r10 -40) = 2
  170: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  171: *(u32 *)(r10 -40) = 0
  172: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  173: *(u32 *)(r10 -40) = 1
  174: r1 = map[pipe_route_stats] ll
  176: r2 = r10
  177: r2 += -40
  178: call bpf_map_lookup_elem
  179: r3 = r0
  180: if r3 == 0 goto +7
  181: r1 = *(u64 *)(r3 +0)
  182: r1 += 1
  183: *(u64 *)(r3 +0) = r1
  184: r2 = *(u64 *)(r3 +8)
  185: r1 = *(u64 *)(r10 -136)
  186: r2 += r1
  187: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  188: r1 = 1
      ; write var6, v18
  189: *(u64 *)(r10 -160) = r1
  190: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  191: *(u32 *)(r10 -40) = 3
  192: r1 = map[pipe_route_stats] ll
  194: r2 = r10
  195: r2 += -40
  196: call bpf_map_lookup_elem
  197: r2 = r0
  198: if r2 == 0 goto +29
  199: r1 = *(u64 *)(r2 +0)
  200: r1 += 1
  201: *(u64 *)(r2 +0) = r1
  202: r1 = *(u64 *)(r2 +8)
  203: r3 = *(u64 *)(r10 -136)
  204: r1 += r3
  205: *(u64 *)(r2 +8) = r1
  206: goto +21
      ; drop
  207: r2 = *(u64 *)(r10 -144)
  208: r1 = *(u64 *)(r10 -152)
  209: *(u64 *)(r10 -104) = r2
  210: *(u64 *)(r10 -112) = r1
  211: r1 = *(u64 *)(r10 -8)
  212: r2 = 0xfffffffffffffff8 ll
  214: call bpf_xdp_adjust_meta
  215: if r0 != 0 goto +10
  216: r1 = *(u64 *)(r10 -8)
  217: r3 = *(u32 *)(r1 +8)
  218: r2 = *(u32 *)(r1 +0)
  219: r1 = r3
  220: r1 += 8
  221: if r1 > r2 goto +4
  222: r1 = *(u64 *)(r10 -104)
  223: *(u32 *)(r3 +0) = r1
  224: r1 = *(u64 *)(r10 -112)
  225: *(u32 *)(r3 +4) = r1
  226: r0 = 1
  227: exit
      ; epilogue: verdict
  228: r2 = *(u64 *)(r10 -144)
  229: r1 = *(u64 *)(r10 -152)
  230: *(u64 *)(r10 -120) = r2
  231: *(u64 *)(r10 -128) = r1
  232: r1 = *(u64 *)(r10 -8)
  233: r2 = 0xfffffffffffffff8 ll
  235: call bpf_xdp_adjust_meta
  236: if r0 != 0 goto +10
  237: r1 = *(u64 *)(r10 -8)
  238: r2 = *(u32 *)(r1 +8)
  239: r3 = *(u32 *)(r1 +0)
  240: r1 = r2
  241: r1 += 8
  242: if r1 > r3 goto +4
  243: r1 = *(u64 *)(r10 -120)
  244: *(u32 *)(r2 +0) = r1
  245: r1 = *(u64 *)(r10 -128)
  246: *(u32 *)(r2 +4) = r1
  247: r1 = *(u64 *)(r10 -160)
  248: if r1 != 0 goto +2
  249: r0 = 2
  250: exit
  251: if r1 != 2 goto +4
  252: r1 = *(u64 *)(r10 -152)
  253: r2 = 0
  254: call bpf_redirect
  255: exit
  256: r0 = 1
  257: exit
