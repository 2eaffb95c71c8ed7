; router for xdp: 244 instructions, stack 168 bytes, 4 maps
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
   20: if r9 > r7 goto +172
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +167
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
   38: r1 = r3
   39: if r3 != 0 goto +30
      ; v6: bit<48> = read_field hdr0.dstAddr
   40: r2 = *(u32 *)(r6 +0)
   41: r1 = *(u16 *)(r6 +4)
   42: r1 <<= 32
   43: r2 |= r1
      ; v7, v8 = apply table0(v6)
   44: *(u64 *)(r10 -40) = 0
   45: *(u32 *)(r10 -40) = r2
   46: r2 >>= 32
   47: *(u16 *)(r10 -36) = r2
   48: r1 = map[pipe_my_macs] ll
   50: r2 = r10
   51: r2 += -40
   52: call bpf_map_lookup_elem
   53: r1 = r0
   54: r9 = 1
   55: if r1 != 0 goto +11
   56: r9 = 0
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
   68: r1 = r9
   69: r1 ^= 1
      ; write var7, v9
      ; v10: bool = read var7
   70: if r1 != 0 goto +106
      ; v13: bit<8> = read_field hdr1.ttl
   71: r1 = 0
   72: if r8 == 0 goto +1
   73: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   74: if r1 <= 1 goto +84
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
   94: goto +11
   95: r9 = *(u32 *)(r4 +0)
   96: r3 = *(u32 *)(r4 +4)
   97: r1 = *(u16 *)(r4 +8)
   98: r1 <<= 32
   99: r3 |= r1
  100: r2 = *(u32 *)(r4 +10)
  101: r1 = *(u16 *)(r4 +14)
  102: r1 <<= 32
  103: r2 |= r1
  104: r1 = *(u32 *)(r4 +16)
  105: r1 = be32 r1
  106: if r9 == 1 goto +4
  107: if r9 != 2 goto +45
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  108: r1 = 1
      ; write var6, v29
  109: *(u64 *)(r10 -160) = r1
  110: goto +42
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  111: *(u32 *)(r6 +0) = r3
  112: r3 >>= 32
  113: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
  114: *(u32 *)(r6 +6) = r2
  115: r2 >>= 32
  116: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  117: r2 = 0
  118: if r8 == 0 goto +1
  119: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  120: r2 -= 1
  121: r2 &= 255
      ; write_field hdr1.ttl, v27
  122: if r8 == 0 goto +1
  123: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  124: if r8 == 0 goto +25
  125: r3 = *(u32 *)(r8 +0)
  126: r2 = *(u32 *)(r8 +4)
  127: r3 += r2
  128: r2 = *(u32 *)(r8 +8)
  129: r2 &= 65535
  130: r3 += r2
  131: r2 = *(u32 *)(r8 +12)
  132: r3 += r2
  133: r2 = *(u32 *)(r8 +16)
  134: r3 += r2
  135: r2 = r3
  136: r2 >>= 16
  137: r3 &= 65535
  138: r3 += r2
  139: r2 = r3
  140: r2 >>= 16
  141: r3 &= 65535
  142: r3 += r2
  143: r2 = r3
  144: r2 >>= 16
  145: r3 &= 65535
  146: r3 += r2
  147: r3 ^= 65535
  148: r3 &= 65535
  149: *(u16 *)(r8 +10) = r3
      ; write var5, v24
  150: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
  151: r1 = 2
      ; write var6, v28
  152: *(u64 *)(r10 -160) = r1
  153: r0 = *(u64 *)(r10 -168)
  154: if r0 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  155: *(u32 *)(r10 -40) = 2
  156: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  157: *(u32 *)(r10 -40) = 0
  158: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  159: *(u32 *)(r10 -40) = 1
  160: r1 = map[pipe_route_stats] ll
  162: r2 = r10
  163: r2 += -40
  164: call bpf_map_lookup_elem
  165: r3 = r0
  166: if r3 == 0 goto +7
  167: r1 = *(u64 *)(r3 +0)
  168: r1 += 1
  169: *(u64 *)(r3 +0) = r1
  170: r2 = *(u64 *)(r3 +8)
  171: r1 = *(u64 *)(r10 -136)
  172: r2 += r1
  173: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  174: r1 = 1
      ; write var6, v18
  175: *(u64 *)(r10 -160) = r1
  176: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  177: *(u32 *)(r10 -40) = 3
  178: r1 = map[pipe_route_stats] ll
  180: r2 = r10
  181: r2 += -40
  182: call bpf_map_lookup_elem
  183: r2 = r0
  184: if r2 == 0 goto +29
  185: r1 = *(u64 *)(r2 +0)
  186: r1 += 1
  187: *(u64 *)(r2 +0) = r1
  188: r1 = *(u64 *)(r2 +8)
  189: r3 = *(u64 *)(r10 -136)
  190: r1 += r3
  191: *(u64 *)(r2 +8) = r1
  192: goto +21
      ; drop
  193: r2 = *(u64 *)(r10 -144)
  194: r1 = *(u64 *)(r10 -152)
  195: *(u64 *)(r10 -104) = r2
  196: *(u64 *)(r10 -112) = r1
  197: r1 = *(u64 *)(r10 -8)
  198: r2 = 0xfffffffffffffff8 ll
  200: call bpf_xdp_adjust_meta
  201: if r0 != 0 goto +10
  202: r1 = *(u64 *)(r10 -8)
  203: r3 = *(u32 *)(r1 +8)
  204: r2 = *(u32 *)(r1 +0)
  205: r1 = r3
  206: r1 += 8
  207: if r1 > r2 goto +4
  208: r1 = *(u64 *)(r10 -104)
  209: *(u32 *)(r3 +0) = r1
  210: r1 = *(u64 *)(r10 -112)
  211: *(u32 *)(r3 +4) = r1
  212: r0 = 1
  213: exit
      ; epilogue: verdict
  214: r2 = *(u64 *)(r10 -144)
  215: r1 = *(u64 *)(r10 -152)
  216: *(u64 *)(r10 -120) = r2
  217: *(u64 *)(r10 -128) = r1
  218: r1 = *(u64 *)(r10 -8)
  219: r2 = 0xfffffffffffffff8 ll
  221: call bpf_xdp_adjust_meta
  222: if r0 != 0 goto +10
  223: r1 = *(u64 *)(r10 -8)
  224: r2 = *(u32 *)(r1 +8)
  225: r3 = *(u32 *)(r1 +0)
  226: r1 = r2
  227: r1 += 8
  228: if r1 > r3 goto +4
  229: r1 = *(u64 *)(r10 -120)
  230: *(u32 *)(r2 +0) = r1
  231: r1 = *(u64 *)(r10 -128)
  232: *(u32 *)(r2 +4) = r1
  233: r1 = *(u64 *)(r10 -160)
  234: if r1 != 0 goto +2
  235: r0 = 2
  236: exit
  237: if r1 != 2 goto +4
  238: r1 = *(u64 *)(r10 -152)
  239: r2 = 0
  240: call bpf_redirect
  241: exit
  242: r0 = 1
  243: exit
