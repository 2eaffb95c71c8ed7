; router for classifier: 414 instructions, stack 136 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -56) = 0
    5: *(u64 *)(r10 -48) = 0
    6: *(u64 *)(r10 -40) = 0
    7: *(u64 *)(r10 -32) = 0
    8: *(u64 *)(r10 -24) = 0
    9: r2 = *(u32 *)(r1 +0)
   10: *(u32 *)(r10 -36) = r2
   11: r2 = *(u32 *)(r1 +36)
   12: *(u32 *)(r10 -40) = r2
   13: r2 = *(u32 *)(r1 +8)
   14: *(u32 *)(r10 -32) = r2
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   15: r1 = *(u64 *)(r10 -16)
   16: if r1 > 16383 goto +5
   17: r2 = r6
   18: r2 += r1
   19: r3 = r2
   20: r3 += 14
   21: if r3 <= r7 goto +2
   22: *(u32 *)(r10 -44) = 1
   23: goto +369
   24: r3 = r1
   25: r3 += 1
   26: *(u32 *)(r10 -56) = r3
   27: r1 += 14
   28: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   29: r1 = 0
   30: if r2 == 0 goto +2
   31: r1 = *(u16 *)(r2 +12)
   32: r1 = be16 r1
   33: if r1 != 2048 goto +1
   34: goto +1
   35: goto +14
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r1 = *(u64 *)(r10 -16)
   37: if r1 > 16383 goto +5
   38: r2 = r6
   39: r2 += r1
   40: r3 = r2
   41: r3 += 20
   42: if r3 <= r7 goto +2
   43: *(u32 *)(r10 -44) = 1
   44: goto +348
   45: r2 = r1
   46: r2 += 1
   47: *(u32 *)(r10 -52) = r2
   48: r1 += 20
   49: *(u64 *)(r10 -16) = r1
      ; v0: bool = is_valid hdr1
   50: r1 = *(u32 *)(r10 -52)
   51: if r1 == 0 goto +1
   52: r1 = 1
      ; v1: bool = not v0
   53: r2 = r1
   54: r2 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   55: r1 = *(u32 *)(r10 -52)
   56: if r1 == 0 goto +7
   57: r1 -= 1
   58: if r1 > 16383 goto +5
   59: r3 = r6
   60: r3 += r1
   61: r1 = r3
   62: r1 += 20
   63: if r1 <= r7 goto +1
   64: r3 = 0
   65: r1 = 0
   66: if r3 == 0 goto +2
   67: r1 = *(u8 *)(r3 +0)
   68: r1 &= 15
      ; v3: bit<4> = const 5
   69: r3 = 5
      ; v4: bool = ne v2, v3
   70: r4 = 1
   71: if r1 != r3 goto +1
   72: r4 = 0
      ; v5: bool = logical_or v1, v4
   73: r1 = r2
   74: r1 |= r4
      ; write var7, v5
   75: *(u8 *)(r10 -23) = r1
   76: if r1 != 0 goto +54
      ; v6: bit<48> = read_field hdr0.dstAddr
   77: r1 = *(u32 *)(r10 -56)
   78: if r1 == 0 goto +7
   79: r1 -= 1
   80: if r1 > 16383 goto +5
   81: r2 = r6
   82: r2 += r1
   83: r1 = r2
   84: r1 += 14
   85: if r1 <= r7 goto +1
   86: r2 = 0
   87: r1 = 0
   88: if r2 == 0 goto +6
   89: r1 = *(u32 *)(r2 +0)
   90: r1 = be32 r1
   91: r3 = *(u16 *)(r2 +4)
   92: r3 = be16 r3
   93: r1 <<= 16
   94: r1 |= r3
      ; v7, v8 = apply table0(v6)
   95: *(u64 *)(r10 -72) = 0
   96: r2 = r1
   97: r1 = r2
   98: r1 = be16 r1
   99: *(u16 *)(r10 -68) = r1
  100: r2 >>= 16
  101: r1 = r2
  102: r1 = be32 r1
  103: *(u32 *)(r10 -72) = r1
  104: r1 = map[pipe_my_macs] ll
  106: r2 = r10
  107: r2 += -72
  108: call bpf_map_lookup_elem
  109: r8 = r0
  110: r9 = 1
  111: if r8 != 0 goto +13
  112: r9 = 0
  113: *(u32 *)(r10 -72) = 0
  114: r1 = map[pipe_my_macs_default] ll
  116: r2 = r10
  117: r2 += -72
  118: call bpf_map_lookup_elem
  119: r1 = r0
  120: if r1 == 0 goto +2
  121: r2 = *(u32 *)(r1 +0)
  122: goto +3
  123: r2 = 0
  124: goto +1
  125: r2 = *(u32 *)(r8 +0)
  126: if r2 == 0 goto +1
  127: goto +0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
  128: r1 = r9
  129: r1 ^= 1
      ; write var7, v9
  130: *(u8 *)(r10 -23) = r1
      ; v10: bool = read var7
  131: r1 = *(u8 *)(r10 -23)
  132: if r1 != 0 goto +240
      ; v13: bit<8> = read_field hdr1.ttl
  133: r1 = *(u32 *)(r10 -52)
  134: if r1 == 0 goto +7
  135: r1 -= 1
  136: if r1 > 16383 goto +5
  137: r2 = r6
  138: r2 += r1
  139: r1 = r2
  140: r1 += 20
  141: if r1 <= r7 goto +1
  142: r2 = 0
  143: r1 = 0
  144: if r2 == 0 goto +1
  145: r1 = *(u8 *)(r2 +8)
      ; v14: bit<8> = const 1
  146: r2 = 1
      ; v15: bool = le v13, v14
  147: r3 = 1
  148: if r1 <= r2 goto +1
  149: r3 = 0
  150: if r3 != 0 goto +200
      ; v19: bit<32> = read_field hdr1.dstAddr
  151: r1 = *(u32 *)(r10 -52)
  152: if r1 == 0 goto +7
  153: r1 -= 1
  154: if r1 > 16383 goto +5
  155: r2 = r6
  156: r2 += r1
  157: r1 = r2
  158: r1 += 20
  159: if r1 <= r7 goto +1
  160: r2 = 0
  161: r1 = 0
  162: if r2 == 0 goto +2
  163: r1 = *(u32 *)(r2 +16)
  164: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  165: *(u64 *)(r10 -72) = 0
  166: r2 = r1
  167: r1 = r2
  168: r2 = r1
  169: r2 = be32 r2
  170: *(u32 *)(r10 -68) = r2
  171: *(u32 *)(r10 -72) = 32
  172: r1 = map[pipe_ipv4_lpm] ll
  174: r2 = r10
  175: r2 += -72
  176: call bpf_map_lookup_elem
  177: r1 = r0
  178: r0 = 1
  179: *(u64 *)(r10 -136) = r0
  180: if r1 != 0 goto +7
  181: r0 = 0
  182: *(u64 *)(r10 -136) = r0
  183: r3 = 2
  184: r4 = 0
  185: r8 = 0
  186: r9 = 0
  187: goto +20
  188: r3 = *(u32 *)(r1 +0)
  189: r4 = *(u32 *)(r1 +4)
  190: r4 = be32 r4
  191: r2 = *(u16 *)(r1 +8)
  192: r2 = be16 r2
  193: r4 <<= 16
  194: r4 |= r2
  195: r4 <<= 16
  196: r4 >>= 16
  197: r8 = *(u32 *)(r1 +10)
  198: r8 = be32 r8
  199: r2 = *(u16 *)(r1 +14)
  200: r2 = be16 r2
  201: r8 <<= 16
  202: r8 |= r2
  203: r8 <<= 16
  204: r8 >>= 16
  205: r9 = *(u32 *)(r1 +16)
  206: r9 = be32 r9
  207: w9 = w9
  208: if r3 == 1 goto +5
  209: if r3 == 2 goto +1
  210: goto +98
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  211: r1 = 1
      ; write var6, v29
  212: *(u8 *)(r10 -24) = r1
  213: goto +95
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  214: r1 = *(u32 *)(r10 -56)
  215: if r1 == 0 goto +7
  216: r1 -= 1
  217: if r1 > 16383 goto +5
  218: r2 = r6
  219: r2 += r1
  220: r1 = r2
  221: r1 += 14
  222: if r1 <= r7 goto +1
  223: r2 = 0
  224: if r2 == 0 goto +8
  225: r1 = r4
  226: r3 = r1
  227: r3 = be16 r3
  228: *(u16 *)(r2 +4) = r3
  229: r1 >>= 16
  230: r3 = r1
  231: r3 = be32 r3
  232: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  233: if r2 == 0 goto +8
  234: r1 = r8
  235: r3 = r1
  236: r3 = be16 r3
  237: *(u16 *)(r2 +10) = r3
  238: r1 >>= 16
  239: r3 = r1
  240: r3 = be32 r3
  241: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  242: r1 = *(u32 *)(r10 -52)
  243: if r1 == 0 goto +7
  244: r1 -= 1
  245: if r1 > 16383 goto +5
  246: r2 = r6
  247: r2 += r1
  248: r1 = r2
  249: r1 += 20
  250: if r1 <= r7 goto +1
  251: r2 = 0
  252: r1 = 0
  253: if r2 == 0 goto +1
  254: r1 = *(u8 *)(r2 +8)
      ; v26: bit<8> = const 1
  255: r3 = 1
      ; v27: bit<8> = sub v25, v26
  256: r4 = r1
  257: r4 -= r3
  258: r4 &= 255
      ; write_field hdr1.ttl, v27
  259: if r2 == 0 goto +3
  260: r1 = r4
  261: r3 = r1
  262: *(u8 *)(r2 +8) = r3
      ; ipv4_checksum_update hdr1.hdrChecksum
  263: if r2 == 0 goto +42
  264: r1 = 0
  265: r3 = *(u16 *)(r2 +0)
  266: r3 = be16 r3
  267: r1 += r3
  268: r3 = *(u16 *)(r2 +2)
  269: r3 = be16 r3
  270: r1 += r3
  271: r3 = *(u16 *)(r2 +4)
  272: r3 = be16 r3
  273: r1 += r3
  274: r3 = *(u16 *)(r2 +6)
  275: r3 = be16 r3
  276: r1 += r3
  277: r3 = *(u16 *)(r2 +8)
  278: r3 = be16 r3
  279: r1 += r3
  280: r3 = *(u16 *)(r2 +12)
  281: r3 = be16 r3
  282: r1 += r3
  283: r3 = *(u16 *)(r2 +14)
  284: r3 = be16 r3
  285: r1 += r3
  286: r3 = *(u16 *)(r2 +16)
  287: r3 = be16 r3
  288: r1 += r3
  289: r3 = *(u16 *)(r2 +18)
  290: r3 = be16 r3
  291: r1 += r3
  292: r3 = r1
  293: r3 >>= 16
  294: r1 &= 65535
  295: r1 += r3
  296: r3 = r1
  297: r3 >>= 16
  298: r1 &= 65535
  299: r1 += r3
  300: r1 ^= 65535
  301: r1 &= 65535
  302: r3 = r1
  303: r1 = r3
  304: r1 = be16 r1
  305: *(u16 *)(r2 +10) = r1
      ; write var5, v24
  306: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  307: r1 = 2
      ; write var6, v28
  308: *(u8 *)(r10 -24) = r1
  309: r0 = *(u64 *)(r10 -136)
  310: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  311: r1 = 2
      ; v33: bit<32> = const 1
  312: r2 = 1
      ; count counter0[v32] += v33
  313: *(u32 *)(r10 -72) = r1
  314: *(u64 *)(r10 -120) = r2
  315: r1 = map[pipe_route_stats] ll
  317: r2 = r10
  318: r2 += -72
  319: call bpf_map_lookup_elem
  320: r1 = r0
  321: if r1 == 0 goto +8
  322: r2 = *(u64 *)(r1 +0)
  323: r3 = *(u64 *)(r10 -120)
  324: r2 += r3
  325: *(u64 *)(r1 +0) = r2
  326: r2 = *(u64 *)(r1 +8)
  327: r3 = *(u32 *)(r10 -36)
  328: r2 += r3
  329: *(u64 *)(r1 +8) = r2
  330: goto +19
      ; v30: bit<32> = const 0
  331: r1 = 0
      ; v31: bit<32> = const 1
  332: r2 = 1
      ; count counter0[v30] += v31
  333: *(u32 *)(r10 -72) = r1
  334: *(u64 *)(r10 -120) = r2
  335: r1 = map[pipe_route_stats] ll
  337: r2 = r10
  338: r2 += -72
  339: call bpf_map_lookup_elem
  340: r1 = r0
  341: if r1 == 0 goto +8
  342: r2 = *(u64 *)(r1 +0)
  343: r3 = *(u64 *)(r10 -120)
  344: r2 += r3
  345: *(u64 *)(r1 +0) = r2
  346: r2 = *(u64 *)(r1 +8)
  347: r3 = *(u32 *)(r10 -36)
  348: r2 += r3
  349: *(u64 *)(r1 +8) = r2
  350: goto +48
      ; v16: bit<32> = const 1
  351: r1 = 1
      ; v17: bit<32> = const 1
  352: r2 = 1
      ; count counter0[v16] += v17
  353: *(u32 *)(r10 -72) = r1
  354: *(u64 *)(r10 -120) = r2
  355: r1 = map[pipe_route_stats] ll
  357: r2 = r10
  358: r2 += -72
  359: call bpf_map_lookup_elem
  360: r1 = r0
  361: if r1 == 0 goto +8
  362: r2 = *(u64 *)(r1 +0)
  363: r3 = *(u64 *)(r10 -120)
  364: r2 += r3
  365: *(u64 *)(r1 +0) = r2
  366: r2 = *(u64 *)(r1 +8)
  367: r3 = *(u32 *)(r10 -36)
  368: r2 += r3
  369: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  370: r1 = 1
      ; write var6, v18
  371: *(u8 *)(r10 -24) = r1
  372: goto +26
      ; v11: bit<32> = const 3
  373: r1 = 3
      ; v12: bit<32> = const 1
  374: r2 = 1
      ; count counter0[v11] += v12
  375: *(u32 *)(r10 -72) = r1
  376: *(u64 *)(r10 -120) = r2
  377: r1 = map[pipe_route_stats] ll
  379: r2 = r10
  380: r2 += -72
  381: call bpf_map_lookup_elem
  382: r1 = r0
  383: if r1 == 0 goto +8
  384: r2 = *(u64 *)(r1 +0)
  385: r3 = *(u64 *)(r10 -120)
  386: r2 += r3
  387: *(u64 *)(r1 +0) = r2
  388: r2 = *(u64 *)(r1 +8)
  389: r3 = *(u32 *)(r10 -36)
  390: r2 += r3
  391: *(u64 *)(r1 +8) = r2
  392: goto +6
      ; drop
  393: r1 = *(u32 *)(r10 -32)
  394: r2 = *(u32 *)(r10 -28)
  395: r2 = *(u64 *)(r10 -8)
  396: *(u32 *)(r2 +8) = r1
  397: r0 = 2
  398: exit
      ; epilogue: verdict
  399: r1 = *(u32 *)(r10 -32)
  400: r2 = *(u32 *)(r10 -28)
  401: r2 = *(u64 *)(r10 -8)
  402: *(u32 *)(r2 +8) = r1
  403: r1 = *(u8 *)(r10 -24)
  404: if r1 != 0 goto +2
  405: r0 = 0
  406: exit
  407: if r1 != 2 goto +4
  408: r1 = *(u32 *)(r10 -28)
  409: r2 = 0
  410: call bpf_redirect
  411: exit
  412: r0 = 2
  413: exit
