; router for xdp: 261 instructions, stack 168 bytes, 4 maps
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
   20: if r9 > r7 goto +189
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +184
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
   38: if r3 != 0 goto +32
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
   54: if r1 != 0 goto +13
   55: r9 = 0
   56: *(u32 *)(r10 -40) = 0
   57: r1 = map[pipe_my_macs_default] ll
   59: r2 = r10
   60: r2 += -40
   61: call bpf_map_lookup_elem
   62: r1 = r0
   63: if r1 == 0 goto +2
   64: r1 = *(u32 *)(r1 +0)
   65: goto +3
   66: r1 = 0
   67: goto +1
   68: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   69: r9 ^= 1
      ; write var7, v9
   70: r3 = r9
      ; v10: bool = read var7
   71: r1 = r3
   72: if r1 != 0 goto +121
      ; v13: bit<8> = read_field hdr1.ttl
   73: r1 = 0
   74: if r8 == 0 goto +1
   75: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   76: if r1 <= 1 goto +99
      ; v19: bit<32> = read_field hdr1.dstAddr
   77: r1 = 0
   78: if r8 == 0 goto +1
   79: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   80: *(u64 *)(r10 -40) = 0
   81: *(u32 *)(r10 -36) = r1
   82: *(u32 *)(r10 -40) = 32
   83: r1 = map[pipe_ipv4_lpm] ll
   85: r2 = r10
   86: r2 += -40
   87: call bpf_map_lookup_elem
   88: r4 = r0
   89: *(u64 *)(r10 -168) = 1
   90: if r4 != 0 goto +6
   91: *(u64 *)(r10 -168) = 0
   92: r9 = 2
   93: r3 = 0
   94: r2 = 0
   95: r1 = 0
   96: goto +20
   97: r9 = *(u32 *)(r4 +0)
   98: r3 = *(u32 *)(r4 +4)
   99: r3 = be32 r3
  100: r1 = *(u16 *)(r4 +8)
  101: r1 = be16 r1
  102: r3 <<= 16
  103: r3 |= r1
  104: r3 <<= 16
  105: r3 >>= 16
  106: r2 = *(u32 *)(r4 +10)
  107: r2 = be32 r2
  108: r1 = *(u16 *)(r4 +14)
  109: r1 = be16 r1
  110: r2 <<= 16
  111: r2 |= r1
  112: r2 <<= 16
  113: r2 >>= 16
  114: r1 = *(u32 *)(r4 +16)
  115: r1 = be32 r1
  116: w1 = w1
  117: if r9 == 1 goto +4
  118: if r9 != 2 goto +51
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  119: r1 = 1
      ; write var6, v29
  120: *(u64 *)(r10 -160) = r1
  121: goto +48
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  122: r4 = r3
  123: r3 = be16 r3
  124: *(u16 *)(r6 +4) = r3
  125: r4 >>= 16
  126: r4 = be32 r4
  127: *(u32 *)(r6 +0) = r4
      ; write_field hdr0.srcAddr, v23
  128: r3 = r2
  129: r2 = be16 r2
  130: *(u16 *)(r6 +10) = r2
  131: r3 >>= 16
  132: r3 = be32 r3
  133: *(u32 *)(r6 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  134: r2 = 0
  135: if r8 == 0 goto +1
  136: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  137: r2 -= 1
  138: r2 &= 255
      ; write_field hdr1.ttl, v27
  139: if r8 == 0 goto +1
  140: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  141: if r8 == 0 goto +25
  142: r3 = *(u32 *)(r8 +0)
  143: r2 = *(u32 *)(r8 +4)
  144: r3 += r2
  145: r2 = *(u32 *)(r8 +8)
  146: r2 &= 65535
  147: r3 += r2
  148: r2 = *(u32 *)(r8 +12)
  149: r3 += r2
  150: r2 = *(u32 *)(r8 +16)
  151: r3 += r2
  152: r2 = r3
  153: r2 >>= 16
  154: r3 &= 65535
  155: r3 += r2
  156: r2 = r3
  157: r2 >>= 16
  158: r3 &= 65535
  159: r3 += r2
  160: r2 = r3
  161: r2 >>= 16
  162: r3 &= 65535
  163: r3 += r2
  164: r3 ^= 65535
  165: r3 &= 65535
  166: *(u16 *)(r8 +10) = r3
      ; write var5, v24
  167: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
  168: r1 = 2
      ; write var6, v28
  169: *(u64 *)(r10 -160) = r1
  170: r0 = *(u64 *)(r10 -168)
  171: if r0 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  172: *(u32 *)(r10 -40) = 2
  173: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  174: *(u32 *)(r10 -40) = 0
  175: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  176: *(u32 *)(r10 -40) = 1
  177: r1 = map[pipe_route_stats] ll
  179: r2 = r10
  180: r2 += -40
  181: call bpf_map_lookup_elem
  182: r3 = r0
  183: if r3 == 0 goto +7
  184: r1 = *(u64 *)(r3 +0)
  185: r1 += 1
  186: *(u64 *)(r3 +0) = r1
  187: r2 = *(u64 *)(r3 +8)
  188: r1 = *(u64 *)(r10 -136)
  189: r2 += r1
  190: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  191: r1 = 1
      ; write var6, v18
  192: *(u64 *)(r10 -160) = r1
  193: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  194: *(u32 *)(r10 -40) = 3
  195: r1 = map[pipe_route_stats] ll
  197: r2 = r10
  198: r2 += -40
  199: call bpf_map_lookup_elem
  200: r2 = r0
  201: if r2 == 0 goto +29
  202: r1 = *(u64 *)(r2 +0)
  203: r1 += 1
  204: *(u64 *)(r2 +0) = r1
  205: r1 = *(u64 *)(r2 +8)
  206: r3 = *(u64 *)(r10 -136)
  207: r1 += r3
  208: *(u64 *)(r2 +8) = r1
  209: goto +21
      ; drop
  210: r2 = *(u64 *)(r10 -144)
  211: r1 = *(u64 *)(r10 -152)
  212: *(u64 *)(r10 -104) = r2
  213: *(u64 *)(r10 -112) = r1
  214: r1 = *(u64 *)(r10 -8)
  215: r2 = 0xfffffffffffffff8 ll
  217: call bpf_xdp_adjust_meta
  218: if r0 != 0 goto +10
  219: r1 = *(u64 *)(r10 -8)
  220: r3 = *(u32 *)(r1 +8)
  221: r2 = *(u32 *)(r1 +0)
  222: r1 = r3
  223: r1 += 8
  224: if r1 > r2 goto +4
  225: r1 = *(u64 *)(r10 -104)
  226: *(u32 *)(r3 +0) = r1
  227: r1 = *(u64 *)(r10 -112)
  228: *(u32 *)(r3 +4) = r1
  229: r0 = 1
  230: exit
      ; epilogue: verdict
  231: r2 = *(u64 *)(r10 -144)
  232: r1 = *(u64 *)(r10 -152)
  233: *(u64 *)(r10 -120) = r2
  234: *(u64 *)(r10 -128) = r1
  235: r1 = *(u64 *)(r10 -8)
  236: r2 = 0xfffffffffffffff8 ll
  238: call bpf_xdp_adjust_meta
  239: if r0 != 0 goto +10
  240: r1 = *(u64 *)(r10 -8)
  241: r2 = *(u32 *)(r1 +8)
  242: r3 = *(u32 *)(r1 +0)
  243: r1 = r2
  244: r1 += 8
  245: if r1 > r3 goto +4
  246: r1 = *(u64 *)(r10 -120)
  247: *(u32 *)(r2 +0) = r1
  248: r1 = *(u64 *)(r10 -128)
  249: *(u32 *)(r2 +4) = r1
  250: r1 = *(u64 *)(r10 -160)
  251: if r1 != 0 goto +2
  252: r0 = 2
  253: exit
  254: if r1 != 2 goto +4
  255: r1 = *(u64 *)(r10 -152)
  256: r2 = 0
  257: call bpf_redirect
  258: exit
  259: r0 = 1
  260: exit
