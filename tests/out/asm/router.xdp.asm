; router for xdp: 319 instructions, stack 160 bytes, 4 maps
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
   21: if r9 > r7 goto +246
      ; v0: bit<16> = read_field hdr0.etherType
   22: r0 = *(u64 *)(r10 -120)
   23: r1 = *(u16 *)(r0 +12)
   24: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +240
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
   81: if r1 != 0 goto +170
      ; v13: bit<8> = read_field hdr1.ttl
   82: r1 = 0
   83: if r8 == 0 goto +1
   84: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   85: if r1 <= 1 goto +148
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
  127: if r9 != 2 goto +72
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  128: r1 = 1
      ; write var6, v29
  129: *(u64 *)(r10 -152) = r1
  130: goto +69
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
  150: r3 = 1
      ; v27: bit<8> = sub v25, v26
  151: r2 -= r3
  152: r2 &= 255
      ; write_field hdr1.ttl, v27
  153: if r8 == 0 goto +1
  154: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  155: if r8 == 0 goto +41
  156: r3 = 0
  157: r2 = *(u16 *)(r8 +0)
  158: r2 = be16 r2
  159: r3 += r2
  160: r2 = *(u16 *)(r8 +2)
  161: r2 = be16 r2
  162: r3 += r2
  163: r2 = *(u16 *)(r8 +4)
  164: r2 = be16 r2
  165: r3 += r2
  166: r2 = *(u16 *)(r8 +6)
  167: r2 = be16 r2
  168: r3 += r2
  169: r2 = *(u16 *)(r8 +8)
  170: r2 = be16 r2
  171: r3 += r2
  172: r2 = *(u16 *)(r8 +12)
  173: r2 = be16 r2
  174: r3 += r2
  175: r2 = *(u16 *)(r8 +14)
  176: r2 = be16 r2
  177: r3 += r2
  178: r2 = *(u16 *)(r8 +16)
  179: r2 = be16 r2
  180: r3 += r2
  181: r2 = *(u16 *)(r8 +18)
  182: r2 = be16 r2
  183: r3 += r2
  184: r2 = r3
  185: r2 >>= 16
  186: r3 &= 65535
  187: r3 += r2
  188: r2 = r3
  189: r2 >>= 16
  190: r3 &= 65535
  191: r3 += r2
  192: r3 ^= 65535
  193: r3 &= 65535
  194: r2 = r3
  195: r2 = be16 r2
  196: *(u16 *)(r8 +10) = r2
      ; write var5, v24
  197: *(u64 *)(r10 -144) = r1
      ; v28: bit<8> = const 2
  198: r1 = 2
      ; write var6, v28
  199: *(u64 *)(r10 -152) = r1
  200: r0 = *(u64 *)(r10 -160)
  201: if r0 != 0 goto +16
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  202: *(u32 *)(r10 -24) = 2
  203: r1 = map[pipe_route_stats] ll
  205: r2 = r10
  206: r2 += -24
  207: call bpf_map_lookup_elem
  208: r2 = r0
  209: if r2 == 0 goto +79
  210: r1 = *(u64 *)(r2 +0)
  211: r1 += 1
  212: *(u64 *)(r2 +0) = r1
  213: r1 = *(u64 *)(r2 +8)
  214: r3 = *(u64 *)(r10 -128)
  215: r1 += r3
  216: *(u64 *)(r2 +8) = r1
  217: goto +71
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  218: *(u32 *)(r10 -24) = 0
  219: r1 = map[pipe_route_stats] ll
  221: r2 = r10
  222: r2 += -24
  223: call bpf_map_lookup_elem
  224: r2 = r0
  225: if r2 == 0 goto +63
  226: r1 = *(u64 *)(r2 +0)
  227: r1 += 1
  228: *(u64 *)(r2 +0) = r1
  229: r1 = *(u64 *)(r2 +8)
  230: r3 = *(u64 *)(r10 -128)
  231: r1 += r3
  232: *(u64 *)(r2 +8) = r1
  233: goto +55
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  234: *(u32 *)(r10 -24) = 1
  235: r1 = map[pipe_route_stats] ll
  237: r2 = r10
  238: r2 += -24
  239: call bpf_map_lookup_elem
  240: r3 = r0
  241: if r3 == 0 goto +7
  242: r1 = *(u64 *)(r3 +0)
  243: r1 += 1
  244: *(u64 *)(r3 +0) = r1
  245: r2 = *(u64 *)(r3 +8)
  246: r1 = *(u64 *)(r10 -128)
  247: r2 += r1
  248: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  249: r1 = 1
      ; write var6, v18
  250: *(u64 *)(r10 -152) = r1
  251: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  252: *(u32 *)(r10 -24) = 3
  253: r1 = map[pipe_route_stats] ll
  255: r2 = r10
  256: r2 += -24
  257: call bpf_map_lookup_elem
  258: r2 = r0
  259: if r2 == 0 goto +29
  260: r1 = *(u64 *)(r2 +0)
  261: r1 += 1
  262: *(u64 *)(r2 +0) = r1
  263: r1 = *(u64 *)(r2 +8)
  264: r3 = *(u64 *)(r10 -128)
  265: r1 += r3
  266: *(u64 *)(r2 +8) = r1
  267: goto +21
      ; drop
  268: r2 = *(u64 *)(r10 -136)
  269: r1 = *(u64 *)(r10 -144)
  270: *(u64 *)(r10 -88) = r2
  271: *(u64 *)(r10 -96) = r1
  272: r1 = *(u64 *)(r10 -8)
  273: r2 = 0xfffffffffffffff8 ll
  275: call bpf_xdp_adjust_meta
  276: if r0 != 0 goto +10
  277: r1 = *(u64 *)(r10 -8)
  278: r3 = *(u32 *)(r1 +8)
  279: r2 = *(u32 *)(r1 +0)
  280: r1 = r3
  281: r1 += 8
  282: if r1 > r2 goto +4
  283: r1 = *(u64 *)(r10 -88)
  284: *(u32 *)(r3 +0) = r1
  285: r1 = *(u64 *)(r10 -96)
  286: *(u32 *)(r3 +4) = r1
  287: r0 = 1
  288: exit
      ; epilogue: verdict
  289: r2 = *(u64 *)(r10 -136)
  290: r1 = *(u64 *)(r10 -144)
  291: *(u64 *)(r10 -104) = r2
  292: *(u64 *)(r10 -112) = r1
  293: r1 = *(u64 *)(r10 -8)
  294: r2 = 0xfffffffffffffff8 ll
  296: call bpf_xdp_adjust_meta
  297: if r0 != 0 goto +10
  298: r1 = *(u64 *)(r10 -8)
  299: r2 = *(u32 *)(r1 +8)
  300: r3 = *(u32 *)(r1 +0)
  301: r1 = r2
  302: r1 += 8
  303: if r1 > r3 goto +4
  304: r1 = *(u64 *)(r10 -104)
  305: *(u32 *)(r2 +0) = r1
  306: r1 = *(u64 *)(r10 -112)
  307: *(u32 *)(r2 +4) = r1
  308: r1 = *(u64 *)(r10 -152)
  309: if r1 != 0 goto +2
  310: r0 = 2
  311: exit
  312: if r1 != 2 goto +4
  313: r1 = *(u64 *)(r10 -144)
  314: r2 = 0
  315: call bpf_redirect
  316: exit
  317: r0 = 1
  318: exit
