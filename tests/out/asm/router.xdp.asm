; router for xdp: 318 instructions, stack 160 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -136) = 0
    7: *(u64 *)(r10 -144) = 0
    8: *(u64 *)(r10 -152) = 0
    9: r2 = *(u32 *)(r3 +8)
   10: r1 = r2
   11: r1 += 8
   12: if r1 > r6 goto +2
   13: r1 = *(u32 *)(r2 +0)
   14: *(u64 *)(r10 -136) = r1
   15: r1 = r3
   16: call bpf_xdp_get_buff_len
   17: r1 = r0
   18: *(u64 *)(r10 -128) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   19: *(u64 *)(r10 -120) = r9
   20: r9 += 14
   21: if r9 > r7 goto +245
      ; v0: bit<16> = read_field hdr0.etherType
   22: r0 = *(u64 *)(r10 -120)
   23: r1 = *(u16 *)(r0 +12)
   24: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +239
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
   40: if r3 != 0 goto +39
      ; v6: bit<48> = read_field hdr0.dstAddr
   41: r0 = *(u64 *)(r10 -120)
   42: r2 = *(u32 *)(r0 +0)
   43: r2 = be32 r2
   44: r0 = *(u64 *)(r10 -120)
   45: r1 = *(u16 *)(r0 +4)
   46: r1 = be16 r1
   47: r2 <<= 16
   48: r2 |= r1
      ; v7, v8 = apply table0(v6)
   49: *(u64 *)(r10 -24) = 0
   50: r1 = r2
   51: r1 = be16 r1
   52: *(u16 *)(r10 -20) = r1
   53: r2 >>= 16
   54: r2 = be32 r2
   55: *(u32 *)(r10 -24) = r2
   56: r1 = map[pipe_my_macs] ll
   58: r2 = r10
   59: r2 += -24
   60: call bpf_map_lookup_elem
   61: r1 = r0
   62: r9 = 1
   63: if r1 != 0 goto +13
   64: r9 = 0
   65: *(u32 *)(r10 -24) = 0
   66: r1 = map[pipe_my_macs_default] ll
   68: r2 = r10
   69: r2 += -24
   70: call bpf_map_lookup_elem
   71: r1 = r0
   72: if r1 == 0 goto +2
   73: r1 = *(u32 *)(r1 +0)
   74: goto +3
   75: r1 = 0
   76: goto +1
   77: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   78: r9 ^= 1
      ; write var7, v9
   79: r3 = r9
      ; v10: bool = read var7
   80: r1 = r3
   81: if r1 != 0 goto +169
      ; v13: bit<8> = read_field hdr1.ttl
   82: r1 = 0
   83: if r8 == 0 goto +1
   84: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   85: if r1 <= 1 goto +147
      ; v19: bit<32> = read_field hdr1.dstAddr
   86: r1 = 0
   87: if r8 == 0 goto +1
   88: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   89: *(u64 *)(r10 -24) = 0
   90: *(u32 *)(r10 -20) = r1
   91: *(u32 *)(r10 -24) = 32
   92: r1 = map[pipe_ipv4_lpm] ll
   94: r2 = r10
   95: r2 += -24
   96: call bpf_map_lookup_elem
   97: r4 = r0
   98: *(u64 *)(r10 -160) = 1
   99: if r4 != 0 goto +6
  100: *(u64 *)(r10 -160) = 0
  101: r9 = 2
  102: r3 = 0
  103: r2 = 0
  104: r1 = 0
  105: goto +20
  106: r9 = *(u32 *)(r4 +0)
  107: r3 = *(u32 *)(r4 +4)
  108: r3 = be32 r3
  109: r1 = *(u16 *)(r4 +8)
  110: r1 = be16 r1
  111: r3 <<= 16
  112: r3 |= r1
  113: r3 <<= 16
  114: r3 >>= 16
  115: r2 = *(u32 *)(r4 +10)
  116: r2 = be32 r2
  117: r1 = *(u16 *)(r4 +14)
  118: r1 = be16 r1
  119: r2 <<= 16
  120: r2 |= r1
  121: r2 <<= 16
  122: r2 >>= 16
  123: r1 = *(u32 *)(r4 +16)
  124: r1 = be32 r1
  125: w1 = w1
  126: if r9 == 1 goto +4
  127: if r9 != 2 goto +71
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  128: r1 = 1
      ; write var6, v29
  129: *(u64 *)(r10 -152) = r1
  130: goto +68
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  131: r4 = r3
  132: r3 = be16 r3
  133: r0 = *(u64 *)(r10 -120)
  134: *(u16 *)(r0 +4) = r3
  135: r4 >>= 16
  136: r4 = be32 r4
  137: r0 = *(u64 *)(r10 -120)
  138: *(u32 *)(r0 +0) = r4
      ; write_field hdr0.srcAddr, v23
  139: r3 = r2
  140: r2 = be16 r2
  141: r0 = *(u64 *)(r10 -120)
  142: *(u16 *)(r0 +10) = r2
  143: r3 >>= 16
  144: r3 = be32 r3
  145: r0 = *(u64 *)(r10 -120)
  146: *(u32 *)(r0 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  147: r2 = 0
  148: if r8 == 0 goto +1
  149: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  150: r2 -= 1
  151: r2 &= 255
      ; write_field hdr1.ttl, v27
  152: if r8 == 0 goto +1
  153: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  154: if r8 == 0 goto +41
  155: r3 = 0
  156: r2 = *(u16 *)(r8 +0)
  157: r2 = be16 r2
  158: r3 += r2
  159: r2 = *(u16 *)(r8 +2)
  160: r2 = be16 r2
  161: r3 += r2
  162: r2 = *(u16 *)(r8 +4)
  163: r2 = be16 r2
  164: r3 += r2
  165: r2 = *(u16 *)(r8 +6)
  166: r2 = be16 r2
  167: r3 += r2
  168: r2 = *(u16 *)(r8 +8)
  169: r2 = be16 r2
  170: r3 += r2
  171: r2 = *(u16 *)(r8 +12)
  172: r2 = be16 r2
  173: r3 += r2
  174: r2 = *(u16 *)(r8 +14)
  175: r2 = be16 r2
  176: r3 += r2
  177: r2 = *(u16 *)(r8 +16)
  178: r2 = be16 r2
  179: r3 += r2
  180: r2 = *(u16 *)(r8 +18)
  181: r2 = be16 r2
  182: r3 += r2
  183: r2 = r3
  184: r2 >>= 16
  185: r3 &= 65535
  186: r3 += r2
  187: r2 = r3
  188: r2 >>= 16
  189: r3 &= 65535
  190: r3 += r2
  191: r3 ^= 65535
  192: r3 &= 65535
  193: r2 = r3
  194: r2 = be16 r2
  195: *(u16 *)(r8 +10) = r2
      ; write var5, v24
  196: *(u64 *)(r10 -144) = r1
      ; v28: bit<8> = const 2
  197: r1 = 2
      ; write var6, v28
  198: *(u64 *)(r10 -152) = r1
  199: r0 = *(u64 *)(r10 -160)
  200: if r0 != 0 goto +16
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  201: *(u32 *)(r10 -24) = 2
  202: r1 = map[pipe_route_stats] ll
  204: r2 = r10
  205: r2 += -24
  206: call bpf_map_lookup_elem
  207: r2 = r0
  208: if r2 == 0 goto +79
  209: r1 = *(u64 *)(r2 +0)
  210: r1 += 1
  211: *(u64 *)(r2 +0) = r1
  212: r1 = *(u64 *)(r2 +8)
  213: r3 = *(u64 *)(r10 -128)
  214: r1 += r3
  215: *(u64 *)(r2 +8) = r1
  216: goto +71
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  217: *(u32 *)(r10 -24) = 0
  218: r1 = map[pipe_route_stats] ll
  220: r2 = r10
  221: r2 += -24
  222: call bpf_map_lookup_elem
  223: r2 = r0
  224: if r2 == 0 goto +63
  225: r1 = *(u64 *)(r2 +0)
  226: r1 += 1
  227: *(u64 *)(r2 +0) = r1
  228: r1 = *(u64 *)(r2 +8)
  229: r3 = *(u64 *)(r10 -128)
  230: r1 += r3
  231: *(u64 *)(r2 +8) = r1
  232: goto +55
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  233: *(u32 *)(r10 -24) = 1
  234: r1 = map[pipe_route_stats] ll
  236: r2 = r10
  237: r2 += -24
  238: call bpf_map_lookup_elem
  239: r3 = r0
  240: if r3 == 0 goto +7
  241: r1 = *(u64 *)(r3 +0)
  242: r1 += 1
  243: *(u64 *)(r3 +0) = r1
  244: r2 = *(u64 *)(r3 +8)
  245: r1 = *(u64 *)(r10 -128)
  246: r2 += r1
  247: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  248: r1 = 1
      ; write var6, v18
  249: *(u64 *)(r10 -152) = r1
  250: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  251: *(u32 *)(r10 -24) = 3
  252: r1 = map[pipe_route_stats] ll
  254: r2 = r10
  255: r2 += -24
  256: call bpf_map_lookup_elem
  257: r2 = r0
  258: if r2 == 0 goto +29
  259: r1 = *(u64 *)(r2 +0)
  260: r1 += 1
  261: *(u64 *)(r2 +0) = r1
  262: r1 = *(u64 *)(r2 +8)
  263: r3 = *(u64 *)(r10 -128)
  264: r1 += r3
  265: *(u64 *)(r2 +8) = r1
  266: goto +21
      ; drop
  267: r2 = *(u64 *)(r10 -136)
  268: r1 = *(u64 *)(r10 -144)
  269: *(u64 *)(r10 -88) = r2
  270: *(u64 *)(r10 -96) = r1
  271: r1 = *(u64 *)(r10 -8)
  272: r2 = 0xfffffffffffffff8 ll
  274: call bpf_xdp_adjust_meta
  275: if r0 != 0 goto +10
  276: r1 = *(u64 *)(r10 -8)
  277: r3 = *(u32 *)(r1 +8)
  278: r2 = *(u32 *)(r1 +0)
  279: r1 = r3
  280: r1 += 8
  281: if r1 > r2 goto +4
  282: r1 = *(u64 *)(r10 -88)
  283: *(u32 *)(r3 +0) = r1
  284: r1 = *(u64 *)(r10 -96)
  285: *(u32 *)(r3 +4) = r1
  286: r0 = 1
  287: exit
      ; epilogue: verdict
  288: r2 = *(u64 *)(r10 -136)
  289: r1 = *(u64 *)(r10 -144)
  290: *(u64 *)(r10 -104) = r2
  291: *(u64 *)(r10 -112) = r1
  292: r1 = *(u64 *)(r10 -8)
  293: r2 = 0xfffffffffffffff8 ll
  295: call bpf_xdp_adjust_meta
  296: if r0 != 0 goto +10
  297: r1 = *(u64 *)(r10 -8)
  298: r2 = *(u32 *)(r1 +8)
  299: r3 = *(u32 *)(r1 +0)
  300: r1 = r2
  301: r1 += 8
  302: if r1 > r3 goto +4
  303: r1 = *(u64 *)(r10 -104)
  304: *(u32 *)(r2 +0) = r1
  305: r1 = *(u64 *)(r10 -112)
  306: *(u32 *)(r2 +4) = r1
  307: r1 = *(u64 *)(r10 -152)
  308: if r1 != 0 goto +2
  309: r0 = 2
  310: exit
  311: if r1 != 2 goto +4
  312: r1 = *(u64 *)(r10 -144)
  313: r2 = 0
  314: call bpf_redirect
  315: exit
  316: r0 = 1
  317: exit
