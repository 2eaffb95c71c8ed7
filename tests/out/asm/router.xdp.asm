; router for xdp: 330 instructions, stack 160 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -40) = 0
    7: *(u64 *)(r10 -32) = 0
    8: *(u64 *)(r10 -24) = 0
    9: *(u64 *)(r10 -16) = 0
   10: r2 = *(u32 *)(r3 +8)
   11: r1 = r2
   12: r1 += 8
   13: if r1 > r6 goto +2
   14: r1 = *(u32 *)(r2 +0)
   15: *(u32 *)(r10 -24) = r1
   16: r1 = r3
   17: call bpf_xdp_get_buff_len
   18: r1 = r0
   19: *(u32 *)(r10 -28) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   20: r0 = r9
   21: *(u64 *)(r10 -152) = r0
   22: r9 += 14
   23: if r9 > r7 goto +255
      ; v0: bit<16> = read_field hdr0.etherType
   24: r0 = *(u64 *)(r10 -152)
   25: r1 = *(u16 *)(r0 +12)
   26: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   27: r8 = r9
   28: r9 += 20
   29: if r9 > r7 goto +249
      ; v0: bool = is_valid hdr1
   30: r1 = 0
   31: if r8 == 0 goto +1
   32: r1 = 1
      ; v1: bool = not v0
   33: r3 = r1
   34: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   35: r1 = 0
   36: if r8 == 0 goto +2
   37: r1 = *(u8 *)(r8 +0)
   38: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   39: r2 = 1
   40: if r1 != 5 goto +1
   41: r2 = 0
      ; v5: bool = logical_or v1, v4
   42: r1 = r3
   43: r1 |= r2
      ; write var7, v5
   44: *(u8 *)(r10 -15) = r1
   45: if r1 != 0 goto +41
      ; v6: bit<48> = read_field hdr0.dstAddr
   46: r0 = *(u64 *)(r10 -152)
   47: r2 = *(u32 *)(r0 +0)
   48: r2 = be32 r2
   49: r0 = *(u64 *)(r10 -152)
   50: r1 = *(u16 *)(r0 +4)
   51: r1 = be16 r1
   52: r2 <<= 16
   53: r2 |= r1
      ; v7, v8 = apply table0(v6)
   54: *(u64 *)(r10 -56) = 0
   55: r1 = r2
   56: r1 = be16 r1
   57: *(u16 *)(r10 -52) = r1
   58: r2 >>= 16
   59: r1 = r2
   60: r1 = be32 r1
   61: *(u32 *)(r10 -56) = r1
   62: r1 = map[pipe_my_macs] ll
   64: r2 = r10
   65: r2 += -56
   66: call bpf_map_lookup_elem
   67: r1 = r0
   68: r9 = 1
   69: if r1 != 0 goto +13
   70: r9 = 0
   71: *(u32 *)(r10 -56) = 0
   72: r1 = map[pipe_my_macs_default] ll
   74: r2 = r10
   75: r2 += -56
   76: call bpf_map_lookup_elem
   77: r1 = r0
   78: if r1 == 0 goto +2
   79: r1 = *(u32 *)(r1 +0)
   80: goto +3
   81: r1 = 0
   82: goto +1
   83: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   84: r1 = r9
   85: r1 ^= 1
      ; write var7, v9
   86: *(u8 *)(r10 -15) = r1
      ; v10: bool = read var7
   87: r1 = *(u8 *)(r10 -15)
   88: if r1 != 0 goto +174
      ; v13: bit<8> = read_field hdr1.ttl
   89: r1 = 0
   90: if r8 == 0 goto +1
   91: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   92: if r1 <= 1 goto +152
      ; v19: bit<32> = read_field hdr1.dstAddr
   93: r1 = 0
   94: if r8 == 0 goto +1
   95: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   96: *(u64 *)(r10 -56) = 0
   97: *(u32 *)(r10 -52) = r1
   98: *(u32 *)(r10 -56) = 32
   99: r1 = map[pipe_ipv4_lpm] ll
  101: r2 = r10
  102: r2 += -56
  103: call bpf_map_lookup_elem
  104: r4 = r0
  105: r0 = 1
  106: *(u64 *)(r10 -160) = r0
  107: if r4 != 0 goto +7
  108: r0 = 0
  109: *(u64 *)(r10 -160) = r0
  110: r9 = 2
  111: r3 = 0
  112: r2 = 0
  113: r1 = 0
  114: goto +20
  115: r9 = *(u32 *)(r4 +0)
  116: r3 = *(u32 *)(r4 +4)
  117: r3 = be32 r3
  118: r1 = *(u16 *)(r4 +8)
  119: r1 = be16 r1
  120: r3 <<= 16
  121: r3 |= r1
  122: r3 <<= 16
  123: r3 >>= 16
  124: r2 = *(u32 *)(r4 +10)
  125: r2 = be32 r2
  126: r1 = *(u16 *)(r4 +14)
  127: r1 = be16 r1
  128: r2 <<= 16
  129: r2 |= r1
  130: r2 <<= 16
  131: r2 >>= 16
  132: r1 = *(u32 *)(r4 +16)
  133: r1 = be32 r1
  134: w1 = w1
  135: if r9 == 1 goto +4
  136: if r9 != 2 goto +74
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  137: r1 = 1
      ; write var6, v29
  138: *(u8 *)(r10 -16) = r1
  139: goto +71
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  140: r4 = r3
  141: r3 = be16 r3
  142: r0 = *(u64 *)(r10 -152)
  143: *(u16 *)(r0 +4) = r3
  144: r4 >>= 16
  145: r3 = r4
  146: r3 = be32 r3
  147: r0 = *(u64 *)(r10 -152)
  148: *(u32 *)(r0 +0) = r3
      ; write_field hdr0.srcAddr, v23
  149: r3 = r2
  150: r2 = be16 r2
  151: r0 = *(u64 *)(r10 -152)
  152: *(u16 *)(r0 +10) = r2
  153: r3 >>= 16
  154: r2 = r3
  155: r2 = be32 r2
  156: r0 = *(u64 *)(r10 -152)
  157: *(u32 *)(r0 +6) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  158: r2 = 0
  159: if r8 == 0 goto +1
  160: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
  161: r3 = 1
      ; v27: bit<8> = sub v25, v26
  162: r2 -= r3
  163: r2 &= 255
      ; write_field hdr1.ttl, v27
  164: if r8 == 0 goto +1
  165: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  166: if r8 == 0 goto +41
  167: r3 = 0
  168: r2 = *(u16 *)(r8 +0)
  169: r2 = be16 r2
  170: r3 += r2
  171: r2 = *(u16 *)(r8 +2)
  172: r2 = be16 r2
  173: r3 += r2
  174: r2 = *(u16 *)(r8 +4)
  175: r2 = be16 r2
  176: r3 += r2
  177: r2 = *(u16 *)(r8 +6)
  178: r2 = be16 r2
  179: r3 += r2
  180: r2 = *(u16 *)(r8 +8)
  181: r2 = be16 r2
  182: r3 += r2
  183: r2 = *(u16 *)(r8 +12)
  184: r2 = be16 r2
  185: r3 += r2
  186: r2 = *(u16 *)(r8 +14)
  187: r2 = be16 r2
  188: r3 += r2
  189: r2 = *(u16 *)(r8 +16)
  190: r2 = be16 r2
  191: r3 += r2
  192: r2 = *(u16 *)(r8 +18)
  193: r2 = be16 r2
  194: r3 += r2
  195: r2 = r3
  196: r2 >>= 16
  197: r3 &= 65535
  198: r3 += r2
  199: r2 = r3
  200: r2 >>= 16
  201: r3 &= 65535
  202: r3 += r2
  203: r3 ^= 65535
  204: r3 &= 65535
  205: r2 = r3
  206: r2 = be16 r2
  207: *(u16 *)(r8 +10) = r2
      ; write var5, v24
  208: *(u32 *)(r10 -20) = r1
      ; v28: bit<8> = const 2
  209: r1 = 2
      ; write var6, v28
  210: *(u8 *)(r10 -16) = r1
  211: r0 = *(u64 *)(r10 -160)
  212: if r0 != 0 goto +16
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  213: *(u32 *)(r10 -56) = 2
  214: r1 = map[pipe_route_stats] ll
  216: r2 = r10
  217: r2 += -56
  218: call bpf_map_lookup_elem
  219: r3 = r0
  220: if r3 == 0 goto +79
  221: r1 = *(u64 *)(r3 +0)
  222: r1 += 1
  223: *(u64 *)(r3 +0) = r1
  224: r2 = *(u64 *)(r3 +8)
  225: r1 = *(u32 *)(r10 -28)
  226: r2 += r1
  227: *(u64 *)(r3 +8) = r2
  228: goto +71
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  229: *(u32 *)(r10 -56) = 0
  230: r1 = map[pipe_route_stats] ll
  232: r2 = r10
  233: r2 += -56
  234: call bpf_map_lookup_elem
  235: r3 = r0
  236: if r3 == 0 goto +63
  237: r1 = *(u64 *)(r3 +0)
  238: r1 += 1
  239: *(u64 *)(r3 +0) = r1
  240: r2 = *(u64 *)(r3 +8)
  241: r1 = *(u32 *)(r10 -28)
  242: r2 += r1
  243: *(u64 *)(r3 +8) = r2
  244: goto +55
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  245: *(u32 *)(r10 -56) = 1
  246: r1 = map[pipe_route_stats] ll
  248: r2 = r10
  249: r2 += -56
  250: call bpf_map_lookup_elem
  251: r3 = r0
  252: if r3 == 0 goto +7
  253: r1 = *(u64 *)(r3 +0)
  254: r1 += 1
  255: *(u64 *)(r3 +0) = r1
  256: r2 = *(u64 *)(r3 +8)
  257: r1 = *(u32 *)(r10 -28)
  258: r2 += r1
  259: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  260: r1 = 1
      ; write var6, v18
  261: *(u8 *)(r10 -16) = r1
  262: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  263: *(u32 *)(r10 -56) = 3
  264: r1 = map[pipe_route_stats] ll
  266: r2 = r10
  267: r2 += -56
  268: call bpf_map_lookup_elem
  269: r3 = r0
  270: if r3 == 0 goto +29
  271: r1 = *(u64 *)(r3 +0)
  272: r1 += 1
  273: *(u64 *)(r3 +0) = r1
  274: r2 = *(u64 *)(r3 +8)
  275: r1 = *(u32 *)(r10 -28)
  276: r2 += r1
  277: *(u64 *)(r3 +8) = r2
  278: goto +21
      ; drop
  279: r2 = *(u32 *)(r10 -24)
  280: r1 = *(u32 *)(r10 -20)
  281: *(u64 *)(r10 -120) = r2
  282: *(u64 *)(r10 -128) = r1
  283: r1 = *(u64 *)(r10 -8)
  284: r2 = 0xfffffffffffffff8 ll
  286: call bpf_xdp_adjust_meta
  287: if r0 != 0 goto +10
  288: r1 = *(u64 *)(r10 -8)
  289: r3 = *(u32 *)(r1 +8)
  290: r2 = *(u32 *)(r1 +0)
  291: r1 = r3
  292: r1 += 8
  293: if r1 > r2 goto +4
  294: r1 = *(u64 *)(r10 -120)
  295: *(u32 *)(r3 +0) = r1
  296: r1 = *(u64 *)(r10 -128)
  297: *(u32 *)(r3 +4) = r1
  298: r0 = 1
  299: exit
      ; epilogue: verdict
  300: r2 = *(u32 *)(r10 -24)
  301: r1 = *(u32 *)(r10 -20)
  302: *(u64 *)(r10 -136) = r2
  303: *(u64 *)(r10 -144) = r1
  304: r1 = *(u64 *)(r10 -8)
  305: r2 = 0xfffffffffffffff8 ll
  307: call bpf_xdp_adjust_meta
  308: if r0 != 0 goto +10
  309: r1 = *(u64 *)(r10 -8)
  310: r3 = *(u32 *)(r1 +8)
  311: r2 = *(u32 *)(r1 +0)
  312: r1 = r3
  313: r1 += 8
  314: if r1 > r2 goto +4
  315: r1 = *(u64 *)(r10 -136)
  316: *(u32 *)(r3 +0) = r1
  317: r1 = *(u64 *)(r10 -144)
  318: *(u32 *)(r3 +4) = r1
  319: r1 = *(u8 *)(r10 -16)
  320: if r1 != 0 goto +2
  321: r0 = 2
  322: exit
  323: if r1 != 2 goto +4
  324: r1 = *(u32 *)(r10 -20)
  325: r2 = 0
  326: call bpf_redirect
  327: exit
  328: r0 = 1
  329: exit
