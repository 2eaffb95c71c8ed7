; router for xdp: 351 instructions, stack 160 bytes, 4 maps
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
   23: if r9 > r7 goto +276
      ; v0: bit<16> = read_field hdr0.etherType
   24: r0 = *(u64 *)(r10 -152)
   25: r1 = *(u16 *)(r0 +12)
   26: r1 = be16 r1
   27: if r1 != 2048 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   28: r8 = r9
   29: r9 += 20
   30: if r9 > r7 goto +269
      ; v0: bool = is_valid hdr1
   31: r1 = 0
   32: if r8 == 0 goto +1
   33: r1 = 1
      ; v1: bool = not v0
   34: r4 = r1
   35: r4 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   36: r3 = 0
   37: if r8 == 0 goto +2
   38: r3 = *(u8 *)(r8 +0)
   39: r3 &= 15
      ; v3: bit<4> = const 5
   40: r1 = 5
      ; v4: bool = ne v2, v3
   41: r2 = 1
   42: if r3 != r1 goto +1
   43: r2 = 0
      ; v5: bool = logical_or v1, v4
   44: r1 = r4
   45: r1 |= r2
      ; write var7, v5
   46: *(u8 *)(r10 -15) = r1
   47: if r1 != 0 goto +41
      ; v6: bit<48> = read_field hdr0.dstAddr
   48: r0 = *(u64 *)(r10 -152)
   49: r2 = *(u32 *)(r0 +0)
   50: r2 = be32 r2
   51: r0 = *(u64 *)(r10 -152)
   52: r1 = *(u16 *)(r0 +4)
   53: r1 = be16 r1
   54: r2 <<= 16
   55: r2 |= r1
      ; v7, v8 = apply table0(v6)
   56: *(u64 *)(r10 -56) = 0
   57: r1 = r2
   58: r1 = be16 r1
   59: *(u16 *)(r10 -52) = r1
   60: r2 >>= 16
   61: r1 = r2
   62: r1 = be32 r1
   63: *(u32 *)(r10 -56) = r1
   64: r1 = map[pipe_my_macs] ll
   66: r2 = r10
   67: r2 += -56
   68: call bpf_map_lookup_elem
   69: r1 = r0
   70: r9 = 1
   71: if r1 != 0 goto +13
   72: r9 = 0
   73: *(u32 *)(r10 -56) = 0
   74: r1 = map[pipe_my_macs_default] ll
   76: r2 = r10
   77: r2 += -56
   78: call bpf_map_lookup_elem
   79: r1 = r0
   80: if r1 == 0 goto +2
   81: r1 = *(u32 *)(r1 +0)
   82: goto +3
   83: r1 = 0
   84: goto +1
   85: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   86: r1 = r9
   87: r1 ^= 1
      ; write var7, v9
   88: *(u8 *)(r10 -15) = r1
      ; v10: bool = read var7
   89: r1 = *(u8 *)(r10 -15)
   90: if r1 != 0 goto +189
      ; v13: bit<8> = read_field hdr1.ttl
   91: r2 = 0
   92: if r8 == 0 goto +1
   93: r2 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
   94: r1 = 1
      ; v15: bool = le v13, v14
   95: if r2 <= r1 goto +162
      ; v19: bit<32> = read_field hdr1.dstAddr
   96: r1 = 0
   97: if r8 == 0 goto +2
   98: r1 = *(u32 *)(r8 +16)
   99: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  100: *(u64 *)(r10 -56) = 0
  101: r1 = be32 r1
  102: *(u32 *)(r10 -52) = r1
  103: *(u32 *)(r10 -56) = 32
  104: r1 = map[pipe_ipv4_lpm] ll
  106: r2 = r10
  107: r2 += -56
  108: call bpf_map_lookup_elem
  109: r4 = r0
  110: r0 = 1
  111: *(u64 *)(r10 -160) = r0
  112: if r4 != 0 goto +7
  113: r0 = 0
  114: *(u64 *)(r10 -160) = r0
  115: r9 = 2
  116: r3 = 0
  117: r2 = 0
  118: r1 = 0
  119: goto +20
  120: r9 = *(u32 *)(r4 +0)
  121: r3 = *(u32 *)(r4 +4)
  122: r3 = be32 r3
  123: r1 = *(u16 *)(r4 +8)
  124: r1 = be16 r1
  125: r3 <<= 16
  126: r3 |= r1
  127: r3 <<= 16
  128: r3 >>= 16
  129: r2 = *(u32 *)(r4 +10)
  130: r2 = be32 r2
  131: r1 = *(u16 *)(r4 +14)
  132: r1 = be16 r1
  133: r2 <<= 16
  134: r2 |= r1
  135: r2 <<= 16
  136: r2 >>= 16
  137: r1 = *(u32 *)(r4 +16)
  138: r1 = be32 r1
  139: w1 = w1
  140: if r9 == 1 goto +4
  141: if r9 != 2 goto +74
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  142: r1 = 1
      ; write var6, v29
  143: *(u8 *)(r10 -16) = r1
  144: goto +71
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  145: r4 = r3
  146: r3 = be16 r3
  147: r0 = *(u64 *)(r10 -152)
  148: *(u16 *)(r0 +4) = r3
  149: r4 >>= 16
  150: r3 = r4
  151: r3 = be32 r3
  152: r0 = *(u64 *)(r10 -152)
  153: *(u32 *)(r0 +0) = r3
      ; write_field hdr0.srcAddr, v23
  154: r3 = r2
  155: r2 = be16 r2
  156: r0 = *(u64 *)(r10 -152)
  157: *(u16 *)(r0 +10) = r2
  158: r3 >>= 16
  159: r2 = r3
  160: r2 = be32 r2
  161: r0 = *(u64 *)(r10 -152)
  162: *(u32 *)(r0 +6) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  163: r2 = 0
  164: if r8 == 0 goto +1
  165: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
  166: r3 = 1
      ; v27: bit<8> = sub v25, v26
  167: r2 -= r3
  168: r2 &= 255
      ; write_field hdr1.ttl, v27
  169: if r8 == 0 goto +1
  170: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  171: if r8 == 0 goto +41
  172: r3 = 0
  173: r2 = *(u16 *)(r8 +0)
  174: r2 = be16 r2
  175: r3 += r2
  176: r2 = *(u16 *)(r8 +2)
  177: r2 = be16 r2
  178: r3 += r2
  179: r2 = *(u16 *)(r8 +4)
  180: r2 = be16 r2
  181: r3 += r2
  182: r2 = *(u16 *)(r8 +6)
  183: r2 = be16 r2
  184: r3 += r2
  185: r2 = *(u16 *)(r8 +8)
  186: r2 = be16 r2
  187: r3 += r2
  188: r2 = *(u16 *)(r8 +12)
  189: r2 = be16 r2
  190: r3 += r2
  191: r2 = *(u16 *)(r8 +14)
  192: r2 = be16 r2
  193: r3 += r2
  194: r2 = *(u16 *)(r8 +16)
  195: r2 = be16 r2
  196: r3 += r2
  197: r2 = *(u16 *)(r8 +18)
  198: r2 = be16 r2
  199: r3 += r2
  200: r2 = r3
  201: r2 >>= 16
  202: r3 &= 65535
  203: r3 += r2
  204: r2 = r3
  205: r2 >>= 16
  206: r3 &= 65535
  207: r3 += r2
  208: r3 ^= 65535
  209: r3 &= 65535
  210: r2 = r3
  211: r2 = be16 r2
  212: *(u16 *)(r8 +10) = r2
      ; write var5, v24
  213: *(u32 *)(r10 -20) = r1
      ; v28: bit<8> = const 2
  214: r1 = 2
      ; write var6, v28
  215: *(u8 *)(r10 -16) = r1
  216: r0 = *(u64 *)(r10 -160)
  217: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  218: r2 = 2
      ; v33: bit<32> = const 1
  219: r1 = 1
      ; count counter0[v32] += v33
  220: *(u32 *)(r10 -56) = r2
  221: *(u64 *)(r10 -104) = r1
  222: r1 = map[pipe_route_stats] ll
  224: r2 = r10
  225: r2 += -56
  226: call bpf_map_lookup_elem
  227: r3 = r0
  228: if r3 == 0 goto +92
  229: r2 = *(u64 *)(r3 +0)
  230: r1 = *(u64 *)(r10 -104)
  231: r2 += r1
  232: *(u64 *)(r3 +0) = r2
  233: r2 = *(u64 *)(r3 +8)
  234: r1 = *(u32 *)(r10 -28)
  235: r2 += r1
  236: *(u64 *)(r3 +8) = r2
  237: goto +83
      ; v30: bit<32> = const 0
  238: r2 = 0
      ; v31: bit<32> = const 1
  239: r1 = 1
      ; count counter0[v30] += v31
  240: *(u32 *)(r10 -56) = r2
  241: *(u64 *)(r10 -104) = r1
  242: r1 = map[pipe_route_stats] ll
  244: r2 = r10
  245: r2 += -56
  246: call bpf_map_lookup_elem
  247: r3 = r0
  248: if r3 == 0 goto +72
  249: r2 = *(u64 *)(r3 +0)
  250: r1 = *(u64 *)(r10 -104)
  251: r2 += r1
  252: *(u64 *)(r3 +0) = r2
  253: r2 = *(u64 *)(r3 +8)
  254: r1 = *(u32 *)(r10 -28)
  255: r2 += r1
  256: *(u64 *)(r3 +8) = r2
  257: goto +63
      ; v16: bit<32> = const 1
  258: r2 = 1
      ; v17: bit<32> = const 1
  259: r1 = 1
      ; count counter0[v16] += v17
  260: *(u32 *)(r10 -56) = r2
  261: *(u64 *)(r10 -104) = r1
  262: r1 = map[pipe_route_stats] ll
  264: r2 = r10
  265: r2 += -56
  266: call bpf_map_lookup_elem
  267: r3 = r0
  268: if r3 == 0 goto +8
  269: r2 = *(u64 *)(r3 +0)
  270: r1 = *(u64 *)(r10 -104)
  271: r2 += r1
  272: *(u64 *)(r3 +0) = r2
  273: r2 = *(u64 *)(r3 +8)
  274: r1 = *(u32 *)(r10 -28)
  275: r2 += r1
  276: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  277: r1 = 1
      ; write var6, v18
  278: *(u8 *)(r10 -16) = r1
  279: goto +41
      ; v11: bit<32> = const 3
  280: r2 = 3
      ; v12: bit<32> = const 1
  281: r1 = 1
      ; count counter0[v11] += v12
  282: *(u32 *)(r10 -56) = r2
  283: *(u64 *)(r10 -104) = r1
  284: r1 = map[pipe_route_stats] ll
  286: r2 = r10
  287: r2 += -56
  288: call bpf_map_lookup_elem
  289: r3 = r0
  290: if r3 == 0 goto +30
  291: r2 = *(u64 *)(r3 +0)
  292: r1 = *(u64 *)(r10 -104)
  293: r2 += r1
  294: *(u64 *)(r3 +0) = r2
  295: r2 = *(u64 *)(r3 +8)
  296: r1 = *(u32 *)(r10 -28)
  297: r2 += r1
  298: *(u64 *)(r3 +8) = r2
  299: goto +21
      ; drop
  300: r2 = *(u32 *)(r10 -24)
  301: r1 = *(u32 *)(r10 -20)
  302: *(u64 *)(r10 -120) = r2
  303: *(u64 *)(r10 -128) = r1
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
  315: r1 = *(u64 *)(r10 -120)
  316: *(u32 *)(r3 +0) = r1
  317: r1 = *(u64 *)(r10 -128)
  318: *(u32 *)(r3 +4) = r1
  319: r0 = 1
  320: exit
      ; epilogue: verdict
  321: r2 = *(u32 *)(r10 -24)
  322: r1 = *(u32 *)(r10 -20)
  323: *(u64 *)(r10 -136) = r2
  324: *(u64 *)(r10 -144) = r1
  325: r1 = *(u64 *)(r10 -8)
  326: r2 = 0xfffffffffffffff8 ll
  328: call bpf_xdp_adjust_meta
  329: if r0 != 0 goto +10
  330: r1 = *(u64 *)(r10 -8)
  331: r3 = *(u32 *)(r1 +8)
  332: r2 = *(u32 *)(r1 +0)
  333: r1 = r3
  334: r1 += 8
  335: if r1 > r2 goto +4
  336: r1 = *(u64 *)(r10 -136)
  337: *(u32 *)(r3 +0) = r1
  338: r1 = *(u64 *)(r10 -144)
  339: *(u32 *)(r3 +4) = r1
  340: r1 = *(u8 *)(r10 -16)
  341: if r1 != 0 goto +2
  342: r0 = 2
  343: exit
  344: if r1 != 2 goto +4
  345: r1 = *(u32 *)(r10 -20)
  346: r2 = 0
  347: call bpf_redirect
  348: exit
  349: r0 = 1
  350: exit
