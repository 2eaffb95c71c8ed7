; router for xdp: 266 instructions, stack 176 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -152) = 0
    7: *(u64 *)(r10 -160) = 0
    8: *(u64 *)(r10 -168) = 0
    9: r2 = *(u32 *)(r3 +8)
   10: r1 = r2
   11: r1 += 8
   12: if r1 > r6 goto +2
   13: r1 = *(u32 *)(r2 +0)
   14: *(u64 *)(r10 -152) = r1
   15: r1 = r3
   16: call bpf_xdp_get_buff_len
   17: r1 = r0
   18: *(u64 *)(r10 -144) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   19: *(u64 *)(r10 -136) = r9
   20: r9 += 14
   21: if r9 > r7 goto +193
      ; v0: bit<16> = read_field hdr0.etherType
   22: r0 = *(u64 *)(r10 -136)
   23: r1 = *(u16 *)(r0 +12)
   24: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +187
      ; v0: bool = is_valid hdr1
   28: r3 = 0
   29: if r8 == 0 goto +1
   30: r3 = 1
      ; v1: bool = not v0
   31: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   32: r2 = 0
   33: if r8 == 0 goto +2
   34: r2 = *(u8 *)(r8 +0)
   35: r2 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   36: r1 = 1
   37: if r2 != 5 goto +1
   38: r1 = 0
      ; v5: bool = logical_or v1, v4
   39: r3 |= r1
      ; write var7, v5
   40: if r3 != 0 goto +33
      ; v6: bit<48> = read_field hdr0.dstAddr
   41: r0 = *(u64 *)(r10 -136)
   42: r2 = *(u32 *)(r0 +0)
   43: r1 = *(u16 *)(r0 +4)
   44: r1 <<= 32
   45: r2 |= r1
      ; v7, v8 = apply table0(v6)
   46: *(u64 *)(r10 -40) = 0
   47: *(u32 *)(r10 -40) = r2
   48: r2 >>= 32
   49: *(u16 *)(r10 -36) = r2
   50: r1 = map[pipe_my_macs] ll
   52: r2 = r10
   53: r2 += -40
   54: call bpf_map_lookup_elem
   55: r1 = r0
   56: r9 = 1
   57: if r1 != 0 goto +13
   58: r9 = 0
   59: *(u32 *)(r10 -40) = 0
   60: r1 = map[pipe_my_macs_default] ll
   62: r2 = r10
   63: r2 += -40
   64: call bpf_map_lookup_elem
   65: r1 = r0
   66: if r1 == 0 goto +2
   67: r1 = *(u32 *)(r1 +0)
   68: goto +3
   69: r1 = 0
   70: goto +1
   71: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   72: r9 ^= 1
      ; write var7, v9
   73: r3 = r9
      ; v10: bool = read var7
   74: r1 = r3
   75: if r1 != 0 goto +123
      ; v13: bit<8> = read_field hdr1.ttl
   76: r1 = 0
   77: if r8 == 0 goto +1
   78: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   79: if r1 <= 1 goto +101
      ; v19: bit<32> = read_field hdr1.dstAddr
   80: r1 = 0
   81: if r8 == 0 goto +1
   82: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   83: *(u64 *)(r10 -40) = 0
   84: *(u32 *)(r10 -36) = r1
   85: *(u32 *)(r10 -40) = 32
   86: r1 = map[pipe_ipv4_lpm] ll
   88: r2 = r10
   89: r2 += -40
   90: call bpf_map_lookup_elem
   91: r4 = r0
   92: *(u64 *)(r10 -176) = 1
   93: if r4 != 0 goto +6
   94: *(u64 *)(r10 -176) = 0
   95: r9 = 2
   96: r3 = 0
   97: r2 = 0
   98: r1 = 0
   99: goto +20
  100: r9 = *(u32 *)(r4 +0)
  101: r3 = *(u32 *)(r4 +4)
  102: r3 = be32 r3
  103: r1 = *(u16 *)(r4 +8)
  104: r1 = be16 r1
  105: r3 <<= 16
  106: r3 |= r1
  107: r3 <<= 16
  108: r3 >>= 16
  109: r2 = *(u32 *)(r4 +10)
  110: r2 = be32 r2
  111: r1 = *(u16 *)(r4 +14)
  112: r1 = be16 r1
  113: r2 <<= 16
  114: r2 |= r1
  115: r2 <<= 16
  116: r2 >>= 16
  117: r1 = *(u32 *)(r4 +16)
  118: r1 = be32 r1
  119: w1 = w1
  120: if r9 == 1 goto +4
  121: if r9 != 2 goto +53
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  122: r1 = 1
      ; write var6, v29
  123: *(u64 *)(r10 -168) = r1
  124: goto +50
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  125: r4 = r3
  126: r3 = be16 r3
  127: r0 = *(u64 *)(r10 -136)
  128: *(u16 *)(r0 +4) = r3
  129: r4 >>= 16
  130: r4 = be32 r4
  131: *(u32 *)(r0 +0) = r4
      ; write_field hdr0.srcAddr, v23
  132: r3 = r2
  133: r2 = be16 r2
  134: r0 = *(u64 *)(r10 -136)
  135: *(u16 *)(r0 +10) = r2
  136: r3 >>= 16
  137: r3 = be32 r3
  138: *(u32 *)(r0 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  139: r2 = 0
  140: if r8 == 0 goto +1
  141: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  142: r2 -= 1
  143: r2 &= 255
      ; write_field hdr1.ttl, v27
  144: if r8 == 0 goto +1
  145: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  146: if r8 == 0 goto +25
  147: r3 = *(u32 *)(r8 +0)
  148: r2 = *(u32 *)(r8 +4)
  149: r3 += r2
  150: r2 = *(u32 *)(r8 +8)
  151: r2 &= 65535
  152: r3 += r2
  153: r2 = *(u32 *)(r8 +12)
  154: r3 += r2
  155: r2 = *(u32 *)(r8 +16)
  156: r3 += r2
  157: r2 = r3
  158: r2 >>= 16
  159: r3 &= 65535
  160: r3 += r2
  161: r2 = r3
  162: r2 >>= 16
  163: r3 &= 65535
  164: r3 += r2
  165: r2 = r3
  166: r2 >>= 16
  167: r3 &= 65535
  168: r3 += r2
  169: r3 ^= 65535
  170: r3 &= 65535
  171: *(u16 *)(r8 +10) = r3
      ; write var5, v24
  172: *(u64 *)(r10 -160) = r1
      ; v28: bit<8> = const 2
  173: r1 = 2
      ; write var6, v28
  174: *(u64 *)(r10 -168) = r1
  175: r0 = *(u64 *)(r10 -176)
  176: if r0 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  177: *(u32 *)(r10 -40) = 2
  178: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  179: *(u32 *)(r10 -40) = 0
  180: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  181: *(u32 *)(r10 -40) = 1
  182: r1 = map[pipe_route_stats] ll
  184: r2 = r10
  185: r2 += -40
  186: call bpf_map_lookup_elem
  187: r3 = r0
  188: if r3 == 0 goto +7
  189: r1 = *(u64 *)(r3 +0)
  190: r1 += 1
  191: *(u64 *)(r3 +0) = r1
  192: r2 = *(u64 *)(r3 +8)
  193: r1 = *(u64 *)(r10 -144)
  194: r2 += r1
  195: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  196: r1 = 1
      ; write var6, v18
  197: *(u64 *)(r10 -168) = r1
  198: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  199: *(u32 *)(r10 -40) = 3
  200: r1 = map[pipe_route_stats] ll
  202: r2 = r10
  203: r2 += -40
  204: call bpf_map_lookup_elem
  205: r2 = r0
  206: if r2 == 0 goto +29
  207: r1 = *(u64 *)(r2 +0)
  208: r1 += 1
  209: *(u64 *)(r2 +0) = r1
  210: r1 = *(u64 *)(r2 +8)
  211: r3 = *(u64 *)(r10 -144)
  212: r1 += r3
  213: *(u64 *)(r2 +8) = r1
  214: goto +21
      ; drop
  215: r2 = *(u64 *)(r10 -152)
  216: r1 = *(u64 *)(r10 -160)
  217: *(u64 *)(r10 -104) = r2
  218: *(u64 *)(r10 -112) = r1
  219: r1 = *(u64 *)(r10 -8)
  220: r2 = 0xfffffffffffffff8 ll
  222: call bpf_xdp_adjust_meta
  223: if r0 != 0 goto +10
  224: r1 = *(u64 *)(r10 -8)
  225: r3 = *(u32 *)(r1 +8)
  226: r2 = *(u32 *)(r1 +0)
  227: r1 = r3
  228: r1 += 8
  229: if r1 > r2 goto +4
  230: r1 = *(u64 *)(r10 -104)
  231: *(u32 *)(r3 +0) = r1
  232: r1 = *(u64 *)(r10 -112)
  233: *(u32 *)(r3 +4) = r1
  234: r0 = 1
  235: exit
      ; epilogue: verdict
  236: r2 = *(u64 *)(r10 -152)
  237: r1 = *(u64 *)(r10 -160)
  238: *(u64 *)(r10 -120) = r2
  239: *(u64 *)(r10 -128) = r1
  240: r1 = *(u64 *)(r10 -8)
  241: r2 = 0xfffffffffffffff8 ll
  243: call bpf_xdp_adjust_meta
  244: if r0 != 0 goto +10
  245: r1 = *(u64 *)(r10 -8)
  246: r2 = *(u32 *)(r1 +8)
  247: r3 = *(u32 *)(r1 +0)
  248: r1 = r2
  249: r1 += 8
  250: if r1 > r3 goto +4
  251: r1 = *(u64 *)(r10 -120)
  252: *(u32 *)(r2 +0) = r1
  253: r1 = *(u64 *)(r10 -128)
  254: *(u32 *)(r2 +4) = r1
  255: r1 = *(u64 *)(r10 -168)
  256: if r1 != 0 goto +2
  257: r0 = 2
  258: exit
  259: if r1 != 2 goto +4
  260: r1 = *(u64 *)(r10 -160)
  261: r2 = 0
  262: call bpf_redirect
  263: exit
  264: r0 = 1
  265: exit
