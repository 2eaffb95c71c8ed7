; router for xdp: 310 instructions, stack 160 bytes, 4 maps
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
   21: if r9 > r7 goto +237
      ; v0: bit<16> = read_field hdr0.etherType
   22: r0 = *(u64 *)(r10 -120)
   23: r1 = *(u16 *)(r0 +12)
   24: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   25: r8 = r9
   26: r9 += 20
   27: if r9 > r7 goto +231
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
   41: r0 = *(u64 *)(r10 -120)
   42: r2 = *(u32 *)(r0 +0)
   43: r1 = *(u16 *)(r0 +4)
   44: r1 <<= 32
   45: r2 |= r1
      ; v7, v8 = apply table0(v6)
   46: *(u64 *)(r10 -24) = 0
   47: *(u32 *)(r10 -24) = r2
   48: r2 >>= 32
   49: *(u16 *)(r10 -20) = r2
   50: r1 = map[pipe_my_macs] ll
   52: r2 = r10
   53: r2 += -24
   54: call bpf_map_lookup_elem
   55: r1 = r0
   56: r9 = 1
   57: if r1 != 0 goto +13
   58: r9 = 0
   59: *(u32 *)(r10 -24) = 0
   60: r1 = map[pipe_my_macs_default] ll
   62: r2 = r10
   63: r2 += -24
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
   75: if r1 != 0 goto +167
      ; v13: bit<8> = read_field hdr1.ttl
   76: r1 = 0
   77: if r8 == 0 goto +1
   78: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   79: if r1 <= 1 goto +145
      ; v19: bit<32> = read_field hdr1.dstAddr
   80: r1 = 0
   81: if r8 == 0 goto +1
   82: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   83: *(u64 *)(r10 -24) = 0
   84: *(u32 *)(r10 -20) = r1
   85: *(u32 *)(r10 -24) = 32
   86: r1 = map[pipe_ipv4_lpm] ll
   88: r2 = r10
   89: r2 += -24
   90: call bpf_map_lookup_elem
   91: r4 = r0
   92: *(u64 *)(r10 -160) = 1
   93: if r4 != 0 goto +6
   94: *(u64 *)(r10 -160) = 0
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
  121: if r9 != 2 goto +69
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  122: r1 = 1
      ; write var6, v29
  123: *(u64 *)(r10 -152) = r1
  124: goto +66
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  125: r4 = r3
  126: r3 = be16 r3
  127: r0 = *(u64 *)(r10 -120)
  128: *(u16 *)(r0 +4) = r3
  129: r4 >>= 16
  130: r4 = be32 r4
  131: *(u32 *)(r0 +0) = r4
      ; write_field hdr0.srcAddr, v23
  132: r3 = r2
  133: r2 = be16 r2
  134: r0 = *(u64 *)(r10 -120)
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
  146: if r8 == 0 goto +41
  147: r3 = 0
  148: r2 = *(u16 *)(r8 +0)
  149: r2 = be16 r2
  150: r3 += r2
  151: r2 = *(u16 *)(r8 +2)
  152: r2 = be16 r2
  153: r3 += r2
  154: r2 = *(u16 *)(r8 +4)
  155: r2 = be16 r2
  156: r3 += r2
  157: r2 = *(u16 *)(r8 +6)
  158: r2 = be16 r2
  159: r3 += r2
  160: r2 = *(u16 *)(r8 +8)
  161: r2 = be16 r2
  162: r3 += r2
  163: r2 = *(u16 *)(r8 +12)
  164: r2 = be16 r2
  165: r3 += r2
  166: r2 = *(u16 *)(r8 +14)
  167: r2 = be16 r2
  168: r3 += r2
  169: r2 = *(u16 *)(r8 +16)
  170: r2 = be16 r2
  171: r3 += r2
  172: r2 = *(u16 *)(r8 +18)
  173: r2 = be16 r2
  174: r3 += r2
  175: r2 = r3
  176: r2 >>= 16
  177: r3 &= 65535
  178: r3 += r2
  179: r2 = r3
  180: r2 >>= 16
  181: r3 &= 65535
  182: r3 += r2
  183: r3 ^= 65535
  184: r3 &= 65535
  185: r2 = r3
  186: r2 = be16 r2
  187: *(u16 *)(r8 +10) = r2
      ; write var5, v24
  188: *(u64 *)(r10 -144) = r1
      ; v28: bit<8> = const 2
  189: r1 = 2
      ; write var6, v28
  190: *(u64 *)(r10 -152) = r1
  191: r0 = *(u64 *)(r10 -160)
  192: if r0 != 0 goto +16
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  193: *(u32 *)(r10 -24) = 2
  194: r1 = map[pipe_route_stats] ll
  196: r2 = r10
  197: r2 += -24
  198: call bpf_map_lookup_elem
  199: r2 = r0
  200: if r2 == 0 goto +79
  201: r1 = *(u64 *)(r2 +0)
  202: r1 += 1
  203: *(u64 *)(r2 +0) = r1
  204: r1 = *(u64 *)(r2 +8)
  205: r3 = *(u64 *)(r10 -128)
  206: r1 += r3
  207: *(u64 *)(r2 +8) = r1
  208: goto +71
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  209: *(u32 *)(r10 -24) = 0
  210: r1 = map[pipe_route_stats] ll
  212: r2 = r10
  213: r2 += -24
  214: call bpf_map_lookup_elem
  215: r2 = r0
  216: if r2 == 0 goto +63
  217: r1 = *(u64 *)(r2 +0)
  218: r1 += 1
  219: *(u64 *)(r2 +0) = r1
  220: r1 = *(u64 *)(r2 +8)
  221: r3 = *(u64 *)(r10 -128)
  222: r1 += r3
  223: *(u64 *)(r2 +8) = r1
  224: goto +55
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  225: *(u32 *)(r10 -24) = 1
  226: r1 = map[pipe_route_stats] ll
  228: r2 = r10
  229: r2 += -24
  230: call bpf_map_lookup_elem
  231: r3 = r0
  232: if r3 == 0 goto +7
  233: r1 = *(u64 *)(r3 +0)
  234: r1 += 1
  235: *(u64 *)(r3 +0) = r1
  236: r2 = *(u64 *)(r3 +8)
  237: r1 = *(u64 *)(r10 -128)
  238: r2 += r1
  239: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  240: r1 = 1
      ; write var6, v18
  241: *(u64 *)(r10 -152) = r1
  242: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  243: *(u32 *)(r10 -24) = 3
  244: r1 = map[pipe_route_stats] ll
  246: r2 = r10
  247: r2 += -24
  248: call bpf_map_lookup_elem
  249: r2 = r0
  250: if r2 == 0 goto +29
  251: r1 = *(u64 *)(r2 +0)
  252: r1 += 1
  253: *(u64 *)(r2 +0) = r1
  254: r1 = *(u64 *)(r2 +8)
  255: r3 = *(u64 *)(r10 -128)
  256: r1 += r3
  257: *(u64 *)(r2 +8) = r1
  258: goto +21
      ; drop
  259: r2 = *(u64 *)(r10 -136)
  260: r1 = *(u64 *)(r10 -144)
  261: *(u64 *)(r10 -88) = r2
  262: *(u64 *)(r10 -96) = r1
  263: r1 = *(u64 *)(r10 -8)
  264: r2 = 0xfffffffffffffff8 ll
  266: call bpf_xdp_adjust_meta
  267: if r0 != 0 goto +10
  268: r1 = *(u64 *)(r10 -8)
  269: r3 = *(u32 *)(r1 +8)
  270: r2 = *(u32 *)(r1 +0)
  271: r1 = r3
  272: r1 += 8
  273: if r1 > r2 goto +4
  274: r1 = *(u64 *)(r10 -88)
  275: *(u32 *)(r3 +0) = r1
  276: r1 = *(u64 *)(r10 -96)
  277: *(u32 *)(r3 +4) = r1
  278: r0 = 1
  279: exit
      ; epilogue: verdict
  280: r2 = *(u64 *)(r10 -136)
  281: r1 = *(u64 *)(r10 -144)
  282: *(u64 *)(r10 -104) = r2
  283: *(u64 *)(r10 -112) = r1
  284: r1 = *(u64 *)(r10 -8)
  285: r2 = 0xfffffffffffffff8 ll
  287: call bpf_xdp_adjust_meta
  288: if r0 != 0 goto +10
  289: r1 = *(u64 *)(r10 -8)
  290: r2 = *(u32 *)(r1 +8)
  291: r3 = *(u32 *)(r1 +0)
  292: r1 = r2
  293: r1 += 8
  294: if r1 > r3 goto +4
  295: r1 = *(u64 *)(r10 -104)
  296: *(u32 *)(r2 +0) = r1
  297: r1 = *(u64 *)(r10 -112)
  298: *(u32 *)(r2 +4) = r1
  299: r1 = *(u64 *)(r10 -152)
  300: if r1 != 0 goto +2
  301: r0 = 2
  302: exit
  303: if r1 != 2 goto +4
  304: r1 = *(u64 *)(r10 -144)
  305: r2 = 0
  306: call bpf_redirect
  307: exit
  308: r0 = 1
  309: exit
