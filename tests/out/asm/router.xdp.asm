; router for xdp: 449 instructions, stack 168 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -56) = 0
    5: *(u64 *)(r10 -48) = 0
    6: *(u64 *)(r10 -40) = 0
    7: *(u64 *)(r10 -32) = 0
    8: *(u64 *)(r10 -24) = 0
    9: r2 = *(u32 *)(r1 +12)
   10: *(u32 *)(r10 -40) = r2
   11: r2 = *(u32 *)(r1 +8)
   12: r3 = r2
   13: r3 += 8
   14: if r3 > r6 goto +2
   15: r3 = *(u32 *)(r2 +0)
   16: *(u32 *)(r10 -32) = r3
   17: call bpf_xdp_get_buff_len
   18: r1 = r0
   19: *(u32 *)(r10 -36) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   20: r1 = *(u64 *)(r10 -16)
   21: if r1 > 16383 goto +5
   22: r2 = r6
   23: r2 += r1
   24: r3 = r2
   25: r3 += 14
   26: if r3 <= r7 goto +2
   27: *(u32 *)(r10 -44) = 1
   28: goto +369
   29: r3 = r1
   30: r3 += 1
   31: *(u32 *)(r10 -56) = r3
   32: r1 += 14
   33: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = 0
   35: if r2 == 0 goto +2
   36: r1 = *(u16 *)(r2 +12)
   37: r1 = be16 r1
   38: if r1 != 2048 goto +1
   39: goto +1
   40: goto +14
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   41: r1 = *(u64 *)(r10 -16)
   42: if r1 > 16383 goto +5
   43: r2 = r6
   44: r2 += r1
   45: r3 = r2
   46: r3 += 20
   47: if r3 <= r7 goto +2
   48: *(u32 *)(r10 -44) = 1
   49: goto +348
   50: r2 = r1
   51: r2 += 1
   52: *(u32 *)(r10 -52) = r2
   53: r1 += 20
   54: *(u64 *)(r10 -16) = r1
      ; v0: bool = is_valid hdr1
   55: r1 = *(u32 *)(r10 -52)
   56: if r1 == 0 goto +1
   57: r1 = 1
      ; v1: bool = not v0
   58: r2 = r1
   59: r2 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   60: r1 = *(u32 *)(r10 -52)
   61: if r1 == 0 goto +7
   62: r1 -= 1
   63: if r1 > 16383 goto +5
   64: r3 = r6
   65: r3 += r1
   66: r1 = r3
   67: r1 += 20
   68: if r1 <= r7 goto +1
   69: r3 = 0
   70: r1 = 0
   71: if r3 == 0 goto +2
   72: r1 = *(u8 *)(r3 +0)
   73: r1 &= 15
      ; v3: bit<4> = const 5
   74: r3 = 5
      ; v4: bool = ne v2, v3
   75: r4 = 1
   76: if r1 != r3 goto +1
   77: r4 = 0
      ; v5: bool = logical_or v1, v4
   78: r1 = r2
   79: r1 |= r4
      ; write var7, v5
   80: *(u8 *)(r10 -23) = r1
   81: if r1 != 0 goto +54
      ; v6: bit<48> = read_field hdr0.dstAddr
   82: r1 = *(u32 *)(r10 -56)
   83: if r1 == 0 goto +7
   84: r1 -= 1
   85: if r1 > 16383 goto +5
   86: r2 = r6
   87: r2 += r1
   88: r1 = r2
   89: r1 += 14
   90: if r1 <= r7 goto +1
   91: r2 = 0
   92: r1 = 0
   93: if r2 == 0 goto +6
   94: r1 = *(u32 *)(r2 +0)
   95: r1 = be32 r1
   96: r3 = *(u16 *)(r2 +4)
   97: r3 = be16 r3
   98: r1 <<= 16
   99: r1 |= r3
      ; v7, v8 = apply table0(v6)
  100: *(u64 *)(r10 -72) = 0
  101: r2 = r1
  102: r1 = r2
  103: r1 = be16 r1
  104: *(u16 *)(r10 -68) = r1
  105: r2 >>= 16
  106: r1 = r2
  107: r1 = be32 r1
  108: *(u32 *)(r10 -72) = r1
  109: r1 = map[pipe_my_macs] ll
  111: r2 = r10
  112: r2 += -72
  113: call bpf_map_lookup_elem
  114: r8 = r0
  115: r9 = 1
  116: if r8 != 0 goto +13
  117: r9 = 0
  118: *(u32 *)(r10 -72) = 0
  119: r1 = map[pipe_my_macs_default] ll
  121: r2 = r10
  122: r2 += -72
  123: call bpf_map_lookup_elem
  124: r1 = r0
  125: if r1 == 0 goto +2
  126: r2 = *(u32 *)(r1 +0)
  127: goto +3
  128: r2 = 0
  129: goto +1
  130: r2 = *(u32 *)(r8 +0)
  131: if r2 == 0 goto +1
  132: goto +0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
  133: r1 = r9
  134: r1 ^= 1
      ; write var7, v9
  135: *(u8 *)(r10 -23) = r1
      ; v10: bool = read var7
  136: r1 = *(u8 *)(r10 -23)
  137: if r1 != 0 goto +240
      ; v13: bit<8> = read_field hdr1.ttl
  138: r1 = *(u32 *)(r10 -52)
  139: if r1 == 0 goto +7
  140: r1 -= 1
  141: if r1 > 16383 goto +5
  142: r2 = r6
  143: r2 += r1
  144: r1 = r2
  145: r1 += 20
  146: if r1 <= r7 goto +1
  147: r2 = 0
  148: r1 = 0
  149: if r2 == 0 goto +1
  150: r1 = *(u8 *)(r2 +8)
      ; v14: bit<8> = const 1
  151: r2 = 1
      ; v15: bool = le v13, v14
  152: r3 = 1
  153: if r1 <= r2 goto +1
  154: r3 = 0
  155: if r3 != 0 goto +200
      ; v19: bit<32> = read_field hdr1.dstAddr
  156: r1 = *(u32 *)(r10 -52)
  157: if r1 == 0 goto +7
  158: r1 -= 1
  159: if r1 > 16383 goto +5
  160: r2 = r6
  161: r2 += r1
  162: r1 = r2
  163: r1 += 20
  164: if r1 <= r7 goto +1
  165: r2 = 0
  166: r1 = 0
  167: if r2 == 0 goto +2
  168: r1 = *(u32 *)(r2 +16)
  169: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  170: *(u64 *)(r10 -72) = 0
  171: r2 = r1
  172: r1 = r2
  173: r2 = r1
  174: r2 = be32 r2
  175: *(u32 *)(r10 -68) = r2
  176: *(u32 *)(r10 -72) = 32
  177: r1 = map[pipe_ipv4_lpm] ll
  179: r2 = r10
  180: r2 += -72
  181: call bpf_map_lookup_elem
  182: r1 = r0
  183: r0 = 1
  184: *(u64 *)(r10 -168) = r0
  185: if r1 != 0 goto +7
  186: r0 = 0
  187: *(u64 *)(r10 -168) = r0
  188: r3 = 2
  189: r4 = 0
  190: r8 = 0
  191: r9 = 0
  192: goto +20
  193: r3 = *(u32 *)(r1 +0)
  194: r4 = *(u32 *)(r1 +4)
  195: r4 = be32 r4
  196: r2 = *(u16 *)(r1 +8)
  197: r2 = be16 r2
  198: r4 <<= 16
  199: r4 |= r2
  200: r4 <<= 16
  201: r4 >>= 16
  202: r8 = *(u32 *)(r1 +10)
  203: r8 = be32 r8
  204: r2 = *(u16 *)(r1 +14)
  205: r2 = be16 r2
  206: r8 <<= 16
  207: r8 |= r2
  208: r8 <<= 16
  209: r8 >>= 16
  210: r9 = *(u32 *)(r1 +16)
  211: r9 = be32 r9
  212: w9 = w9
  213: if r3 == 1 goto +5
  214: if r3 == 2 goto +1
  215: goto +98
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  216: r1 = 1
      ; write var6, v29
  217: *(u8 *)(r10 -24) = r1
  218: goto +95
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  219: r1 = *(u32 *)(r10 -56)
  220: if r1 == 0 goto +7
  221: r1 -= 1
  222: if r1 > 16383 goto +5
  223: r2 = r6
  224: r2 += r1
  225: r1 = r2
  226: r1 += 14
  227: if r1 <= r7 goto +1
  228: r2 = 0
  229: if r2 == 0 goto +8
  230: r1 = r4
  231: r3 = r1
  232: r3 = be16 r3
  233: *(u16 *)(r2 +4) = r3
  234: r1 >>= 16
  235: r3 = r1
  236: r3 = be32 r3
  237: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  238: if r2 == 0 goto +8
  239: r1 = r8
  240: r3 = r1
  241: r3 = be16 r3
  242: *(u16 *)(r2 +10) = r3
  243: r1 >>= 16
  244: r3 = r1
  245: r3 = be32 r3
  246: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  247: r1 = *(u32 *)(r10 -52)
  248: if r1 == 0 goto +7
  249: r1 -= 1
  250: if r1 > 16383 goto +5
  251: r2 = r6
  252: r2 += r1
  253: r1 = r2
  254: r1 += 20
  255: if r1 <= r7 goto +1
  256: r2 = 0
  257: r1 = 0
  258: if r2 == 0 goto +1
  259: r1 = *(u8 *)(r2 +8)
      ; v26: bit<8> = const 1
  260: r3 = 1
      ; v27: bit<8> = sub v25, v26
  261: r4 = r1
  262: r4 -= r3
  263: r4 &= 255
      ; write_field hdr1.ttl, v27
  264: if r2 == 0 goto +3
  265: r1 = r4
  266: r3 = r1
  267: *(u8 *)(r2 +8) = r3
      ; ipv4_checksum_update hdr1.hdrChecksum
  268: if r2 == 0 goto +42
  269: r1 = 0
  270: r3 = *(u16 *)(r2 +0)
  271: r3 = be16 r3
  272: r1 += r3
  273: r3 = *(u16 *)(r2 +2)
  274: r3 = be16 r3
  275: r1 += r3
  276: r3 = *(u16 *)(r2 +4)
  277: r3 = be16 r3
  278: r1 += r3
  279: r3 = *(u16 *)(r2 +6)
  280: r3 = be16 r3
  281: r1 += r3
  282: r3 = *(u16 *)(r2 +8)
  283: r3 = be16 r3
  284: r1 += r3
  285: r3 = *(u16 *)(r2 +12)
  286: r3 = be16 r3
  287: r1 += r3
  288: r3 = *(u16 *)(r2 +14)
  289: r3 = be16 r3
  290: r1 += r3
  291: r3 = *(u16 *)(r2 +16)
  292: r3 = be16 r3
  293: r1 += r3
  294: r3 = *(u16 *)(r2 +18)
  295: r3 = be16 r3
  296: r1 += r3
  297: r3 = r1
  298: r3 >>= 16
  299: r1 &= 65535
  300: r1 += r3
  301: r3 = r1
  302: r3 >>= 16
  303: r1 &= 65535
  304: r1 += r3
  305: r1 ^= 65535
  306: r1 &= 65535
  307: r3 = r1
  308: r1 = r3
  309: r1 = be16 r1
  310: *(u16 *)(r2 +10) = r1
      ; write var5, v24
  311: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  312: r1 = 2
      ; write var6, v28
  313: *(u8 *)(r10 -24) = r1
  314: r0 = *(u64 *)(r10 -168)
  315: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  316: r1 = 2
      ; v33: bit<32> = const 1
  317: r2 = 1
      ; count counter0[v32] += v33
  318: *(u32 *)(r10 -72) = r1
  319: *(u64 *)(r10 -120) = r2
  320: r1 = map[pipe_route_stats] ll
  322: r2 = r10
  323: r2 += -72
  324: call bpf_map_lookup_elem
  325: r1 = r0
  326: if r1 == 0 goto +8
  327: r2 = *(u64 *)(r1 +0)
  328: r3 = *(u64 *)(r10 -120)
  329: r2 += r3
  330: *(u64 *)(r1 +0) = r2
  331: r2 = *(u64 *)(r1 +8)
  332: r3 = *(u32 *)(r10 -36)
  333: r2 += r3
  334: *(u64 *)(r1 +8) = r2
  335: goto +19
      ; v30: bit<32> = const 0
  336: r1 = 0
      ; v31: bit<32> = const 1
  337: r2 = 1
      ; count counter0[v30] += v31
  338: *(u32 *)(r10 -72) = r1
  339: *(u64 *)(r10 -120) = r2
  340: r1 = map[pipe_route_stats] ll
  342: r2 = r10
  343: r2 += -72
  344: call bpf_map_lookup_elem
  345: r1 = r0
  346: if r1 == 0 goto +8
  347: r2 = *(u64 *)(r1 +0)
  348: r3 = *(u64 *)(r10 -120)
  349: r2 += r3
  350: *(u64 *)(r1 +0) = r2
  351: r2 = *(u64 *)(r1 +8)
  352: r3 = *(u32 *)(r10 -36)
  353: r2 += r3
  354: *(u64 *)(r1 +8) = r2
  355: goto +63
      ; v16: bit<32> = const 1
  356: r1 = 1
      ; v17: bit<32> = const 1
  357: r2 = 1
      ; count counter0[v16] += v17
  358: *(u32 *)(r10 -72) = r1
  359: *(u64 *)(r10 -120) = r2
  360: r1 = map[pipe_route_stats] ll
  362: r2 = r10
  363: r2 += -72
  364: call bpf_map_lookup_elem
  365: r1 = r0
  366: if r1 == 0 goto +8
  367: r2 = *(u64 *)(r1 +0)
  368: r3 = *(u64 *)(r10 -120)
  369: r2 += r3
  370: *(u64 *)(r1 +0) = r2
  371: r2 = *(u64 *)(r1 +8)
  372: r3 = *(u32 *)(r10 -36)
  373: r2 += r3
  374: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  375: r1 = 1
      ; write var6, v18
  376: *(u8 *)(r10 -24) = r1
  377: goto +41
      ; v11: bit<32> = const 3
  378: r1 = 3
      ; v12: bit<32> = const 1
  379: r2 = 1
      ; count counter0[v11] += v12
  380: *(u32 *)(r10 -72) = r1
  381: *(u64 *)(r10 -120) = r2
  382: r1 = map[pipe_route_stats] ll
  384: r2 = r10
  385: r2 += -72
  386: call bpf_map_lookup_elem
  387: r1 = r0
  388: if r1 == 0 goto +8
  389: r2 = *(u64 *)(r1 +0)
  390: r3 = *(u64 *)(r10 -120)
  391: r2 += r3
  392: *(u64 *)(r1 +0) = r2
  393: r2 = *(u64 *)(r1 +8)
  394: r3 = *(u32 *)(r10 -36)
  395: r2 += r3
  396: *(u64 *)(r1 +8) = r2
  397: goto +21
      ; drop
  398: r1 = *(u32 *)(r10 -32)
  399: r2 = *(u32 *)(r10 -28)
  400: *(u64 *)(r10 -136) = r1
  401: *(u64 *)(r10 -144) = r2
  402: r1 = *(u64 *)(r10 -8)
  403: r2 = 0xfffffffffffffff8 ll
  405: call bpf_xdp_adjust_meta
  406: if r0 != 0 goto +10
  407: r1 = *(u64 *)(r10 -8)
  408: r2 = *(u32 *)(r1 +8)
  409: r3 = *(u32 *)(r1 +0)
  410: r1 = r2
  411: r1 += 8
  412: if r1 > r3 goto +4
  413: r1 = *(u64 *)(r10 -136)
  414: *(u32 *)(r2 +0) = r1
  415: r1 = *(u64 *)(r10 -144)
  416: *(u32 *)(r2 +4) = r1
  417: r0 = 1
  418: exit
      ; epilogue: verdict
  419: r1 = *(u32 *)(r10 -32)
  420: r2 = *(u32 *)(r10 -28)
  421: *(u64 *)(r10 -152) = r1
  422: *(u64 *)(r10 -160) = r2
  423: r1 = *(u64 *)(r10 -8)
  424: r2 = 0xfffffffffffffff8 ll
  426: call bpf_xdp_adjust_meta
  427: if r0 != 0 goto +10
  428: r1 = *(u64 *)(r10 -8)
  429: r2 = *(u32 *)(r1 +8)
  430: r3 = *(u32 *)(r1 +0)
  431: r1 = r2
  432: r1 += 8
  433: if r1 > r3 goto +4
  434: r1 = *(u64 *)(r10 -152)
  435: *(u32 *)(r2 +0) = r1
  436: r1 = *(u64 *)(r10 -160)
  437: *(u32 *)(r2 +4) = r1
  438: r1 = *(u8 *)(r10 -24)
  439: if r1 != 0 goto +2
  440: r0 = 2
  441: exit
  442: if r1 != 2 goto +4
  443: r1 = *(u32 *)(r10 -28)
  444: r2 = 0
  445: call bpf_redirect
  446: exit
  447: r0 = 1
  448: exit
