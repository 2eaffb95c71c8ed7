; router for xdp: 451 instructions, stack 168 bytes, 4 maps
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
   28: goto +371
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
   49: goto +350
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
   78: r0 = r2
   79: *(u64 *)(r10 -168) = r0
   80: r0 = *(u64 *)(r10 -168)
   81: r0 |= r4
   82: *(u64 *)(r10 -168) = r0
      ; v6: bit<48> = read_field hdr0.dstAddr
   83: r1 = *(u32 *)(r10 -56)
   84: if r1 == 0 goto +7
   85: r1 -= 1
   86: if r1 > 16383 goto +5
   87: r2 = r6
   88: r2 += r1
   89: r1 = r2
   90: r1 += 14
   91: if r1 <= r7 goto +1
   92: r2 = 0
   93: r1 = 0
   94: if r2 == 0 goto +6
   95: r1 = *(u32 *)(r2 +0)
   96: r1 = be32 r1
   97: r3 = *(u16 *)(r2 +4)
   98: r3 = be16 r3
   99: r1 <<= 16
  100: r1 |= r3
      ; v7, v8 = apply table0(v6)
  101: *(u64 *)(r10 -72) = 0
  102: r2 = r1
  103: r1 = r2
  104: r1 = be16 r1
  105: *(u16 *)(r10 -68) = r1
  106: r2 >>= 16
  107: r1 = r2
  108: r1 = be32 r1
  109: *(u32 *)(r10 -72) = r1
  110: r1 = map[pipe_my_macs] ll
  112: r2 = r10
  113: r2 += -72
  114: call bpf_map_lookup_elem
  115: r9 = r0
  116: r8 = 1
  117: if r9 != 0 goto +13
  118: r8 = 0
  119: *(u32 *)(r10 -72) = 0
  120: r1 = map[pipe_my_macs_default] ll
  122: r2 = r10
  123: r2 += -72
  124: call bpf_map_lookup_elem
  125: r1 = r0
  126: if r1 == 0 goto +2
  127: r2 = *(u32 *)(r1 +0)
  128: goto +3
  129: r2 = 0
  130: goto +1
  131: r2 = *(u32 *)(r9 +0)
  132: if r2 == 0 goto +1
  133: goto +0
      ; pipe: block1 (NoAction)
      ; v9: bool = not v7
  134: r1 = r8
  135: r1 ^= 1
      ; v10: bool = logical_or v5, v9
  136: r0 = *(u64 *)(r10 -168)
  137: r2 = r0
  138: r2 |= r1
  139: if r2 != 0 goto +240
      ; v13: bit<8> = read_field hdr1.ttl
  140: r1 = *(u32 *)(r10 -52)
  141: if r1 == 0 goto +7
  142: r1 -= 1
  143: if r1 > 16383 goto +5
  144: r2 = r6
  145: r2 += r1
  146: r1 = r2
  147: r1 += 20
  148: if r1 <= r7 goto +1
  149: r2 = 0
  150: r1 = 0
  151: if r2 == 0 goto +1
  152: r1 = *(u8 *)(r2 +8)
      ; v14: bit<8> = const 1
  153: r2 = 1
      ; v15: bool = le v13, v14
  154: r3 = 1
  155: if r1 <= r2 goto +1
  156: r3 = 0
  157: if r3 != 0 goto +200
      ; v19: bit<32> = read_field hdr1.dstAddr
  158: r1 = *(u32 *)(r10 -52)
  159: if r1 == 0 goto +7
  160: r1 -= 1
  161: if r1 > 16383 goto +5
  162: r2 = r6
  163: r2 += r1
  164: r1 = r2
  165: r1 += 20
  166: if r1 <= r7 goto +1
  167: r2 = 0
  168: r1 = 0
  169: if r2 == 0 goto +2
  170: r1 = *(u32 *)(r2 +16)
  171: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  172: *(u64 *)(r10 -72) = 0
  173: r2 = r1
  174: r1 = r2
  175: r2 = r1
  176: r2 = be32 r2
  177: *(u32 *)(r10 -68) = r2
  178: *(u32 *)(r10 -72) = 32
  179: r1 = map[pipe_ipv4_lpm] ll
  181: r2 = r10
  182: r2 += -72
  183: call bpf_map_lookup_elem
  184: r1 = r0
  185: r0 = 1
  186: *(u64 *)(r10 -168) = r0
  187: if r1 != 0 goto +7
  188: r0 = 0
  189: *(u64 *)(r10 -168) = r0
  190: r3 = 2
  191: r4 = 0
  192: r8 = 0
  193: r9 = 0
  194: goto +20
  195: r3 = *(u32 *)(r1 +0)
  196: r4 = *(u32 *)(r1 +4)
  197: r4 = be32 r4
  198: r2 = *(u16 *)(r1 +8)
  199: r2 = be16 r2
  200: r4 <<= 16
  201: r4 |= r2
  202: r4 <<= 16
  203: r4 >>= 16
  204: r8 = *(u32 *)(r1 +10)
  205: r8 = be32 r8
  206: r2 = *(u16 *)(r1 +14)
  207: r2 = be16 r2
  208: r8 <<= 16
  209: r8 |= r2
  210: r8 <<= 16
  211: r8 >>= 16
  212: r9 = *(u32 *)(r1 +16)
  213: r9 = be32 r9
  214: w9 = w9
  215: if r3 == 1 goto +5
  216: if r3 == 2 goto +1
  217: goto +98
      ; pipe: block8 (pipe.drop)
      ; v29: bit<8> = const 1
  218: r1 = 1
      ; write var6, v29
  219: *(u8 *)(r10 -24) = r1
  220: goto +95
      ; pipe: block10 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  221: r1 = *(u32 *)(r10 -56)
  222: if r1 == 0 goto +7
  223: r1 -= 1
  224: if r1 > 16383 goto +5
  225: r2 = r6
  226: r2 += r1
  227: r1 = r2
  228: r1 += 14
  229: if r1 <= r7 goto +1
  230: r2 = 0
  231: if r2 == 0 goto +8
  232: r1 = r4
  233: r3 = r1
  234: r3 = be16 r3
  235: *(u16 *)(r2 +4) = r3
  236: r1 >>= 16
  237: r3 = r1
  238: r3 = be32 r3
  239: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  240: if r2 == 0 goto +8
  241: r1 = r8
  242: r3 = r1
  243: r3 = be16 r3
  244: *(u16 *)(r2 +10) = r3
  245: r1 >>= 16
  246: r3 = r1
  247: r3 = be32 r3
  248: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  249: r1 = *(u32 *)(r10 -52)
  250: if r1 == 0 goto +7
  251: r1 -= 1
  252: if r1 > 16383 goto +5
  253: r2 = r6
  254: r2 += r1
  255: r1 = r2
  256: r1 += 20
  257: if r1 <= r7 goto +1
  258: r2 = 0
  259: r1 = 0
  260: if r2 == 0 goto +1
  261: r1 = *(u8 *)(r2 +8)
      ; v26: bit<8> = const 1
  262: r3 = 1
      ; v27: bit<8> = sub v25, v26
  263: r4 = r1
  264: r4 -= r3
  265: r4 &= 255
      ; write_field hdr1.ttl, v27
  266: if r2 == 0 goto +3
  267: r1 = r4
  268: r3 = r1
  269: *(u8 *)(r2 +8) = r3
      ; ipv4_checksum_update hdr1.hdrChecksum
  270: if r2 == 0 goto +42
  271: r1 = 0
  272: r3 = *(u16 *)(r2 +0)
  273: r3 = be16 r3
  274: r1 += r3
  275: r3 = *(u16 *)(r2 +2)
  276: r3 = be16 r3
  277: r1 += r3
  278: r3 = *(u16 *)(r2 +4)
  279: r3 = be16 r3
  280: r1 += r3
  281: r3 = *(u16 *)(r2 +6)
  282: r3 = be16 r3
  283: r1 += r3
  284: r3 = *(u16 *)(r2 +8)
  285: r3 = be16 r3
  286: r1 += r3
  287: r3 = *(u16 *)(r2 +12)
  288: r3 = be16 r3
  289: r1 += r3
  290: r3 = *(u16 *)(r2 +14)
  291: r3 = be16 r3
  292: r1 += r3
  293: r3 = *(u16 *)(r2 +16)
  294: r3 = be16 r3
  295: r1 += r3
  296: r3 = *(u16 *)(r2 +18)
  297: r3 = be16 r3
  298: r1 += r3
  299: r3 = r1
  300: r3 >>= 16
  301: r1 &= 65535
  302: r1 += r3
  303: r3 = r1
  304: r3 >>= 16
  305: r1 &= 65535
  306: r1 += r3
  307: r1 ^= 65535
  308: r1 &= 65535
  309: r3 = r1
  310: r1 = r3
  311: r1 = be16 r1
  312: *(u16 *)(r2 +10) = r1
      ; write var5, v24
  313: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  314: r1 = 2
      ; write var6, v28
  315: *(u8 *)(r10 -24) = r1
  316: r0 = *(u64 *)(r10 -168)
  317: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  318: r1 = 2
      ; v33: bit<32> = const 1
  319: r2 = 1
      ; count counter0[v32] += v33
  320: *(u32 *)(r10 -72) = r1
  321: *(u64 *)(r10 -120) = r2
  322: r1 = map[pipe_route_stats] ll
  324: r2 = r10
  325: r2 += -72
  326: call bpf_map_lookup_elem
  327: r1 = r0
  328: if r1 == 0 goto +8
  329: r2 = *(u64 *)(r1 +0)
  330: r3 = *(u64 *)(r10 -120)
  331: r2 += r3
  332: *(u64 *)(r1 +0) = r2
  333: r2 = *(u64 *)(r1 +8)
  334: r3 = *(u32 *)(r10 -36)
  335: r2 += r3
  336: *(u64 *)(r1 +8) = r2
  337: goto +19
      ; v30: bit<32> = const 0
  338: r1 = 0
      ; v31: bit<32> = const 1
  339: r2 = 1
      ; count counter0[v30] += v31
  340: *(u32 *)(r10 -72) = r1
  341: *(u64 *)(r10 -120) = r2
  342: r1 = map[pipe_route_stats] ll
  344: r2 = r10
  345: r2 += -72
  346: call bpf_map_lookup_elem
  347: r1 = r0
  348: if r1 == 0 goto +8
  349: r2 = *(u64 *)(r1 +0)
  350: r3 = *(u64 *)(r10 -120)
  351: r2 += r3
  352: *(u64 *)(r1 +0) = r2
  353: r2 = *(u64 *)(r1 +8)
  354: r3 = *(u32 *)(r10 -36)
  355: r2 += r3
  356: *(u64 *)(r1 +8) = r2
  357: goto +63
      ; v16: bit<32> = const 1
  358: r1 = 1
      ; v17: bit<32> = const 1
  359: r2 = 1
      ; count counter0[v16] += v17
  360: *(u32 *)(r10 -72) = r1
  361: *(u64 *)(r10 -120) = r2
  362: r1 = map[pipe_route_stats] ll
  364: r2 = r10
  365: r2 += -72
  366: call bpf_map_lookup_elem
  367: r1 = r0
  368: if r1 == 0 goto +8
  369: r2 = *(u64 *)(r1 +0)
  370: r3 = *(u64 *)(r10 -120)
  371: r2 += r3
  372: *(u64 *)(r1 +0) = r2
  373: r2 = *(u64 *)(r1 +8)
  374: r3 = *(u32 *)(r10 -36)
  375: r2 += r3
  376: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  377: r1 = 1
      ; write var6, v18
  378: *(u8 *)(r10 -24) = r1
  379: goto +41
      ; v11: bit<32> = const 3
  380: r1 = 3
      ; v12: bit<32> = const 1
  381: r2 = 1
      ; count counter0[v11] += v12
  382: *(u32 *)(r10 -72) = r1
  383: *(u64 *)(r10 -120) = r2
  384: r1 = map[pipe_route_stats] ll
  386: r2 = r10
  387: r2 += -72
  388: call bpf_map_lookup_elem
  389: r1 = r0
  390: if r1 == 0 goto +8
  391: r2 = *(u64 *)(r1 +0)
  392: r3 = *(u64 *)(r10 -120)
  393: r2 += r3
  394: *(u64 *)(r1 +0) = r2
  395: r2 = *(u64 *)(r1 +8)
  396: r3 = *(u32 *)(r10 -36)
  397: r2 += r3
  398: *(u64 *)(r1 +8) = r2
  399: goto +21
      ; drop
  400: r1 = *(u32 *)(r10 -32)
  401: r2 = *(u32 *)(r10 -28)
  402: *(u64 *)(r10 -136) = r1
  403: *(u64 *)(r10 -144) = r2
  404: r1 = *(u64 *)(r10 -8)
  405: r2 = 0xfffffffffffffff8 ll
  407: call bpf_xdp_adjust_meta
  408: if r0 != 0 goto +10
  409: r1 = *(u64 *)(r10 -8)
  410: r2 = *(u32 *)(r1 +8)
  411: r3 = *(u32 *)(r1 +0)
  412: r1 = r2
  413: r1 += 8
  414: if r1 > r3 goto +4
  415: r1 = *(u64 *)(r10 -136)
  416: *(u32 *)(r2 +0) = r1
  417: r1 = *(u64 *)(r10 -144)
  418: *(u32 *)(r2 +4) = r1
  419: r0 = 1
  420: exit
      ; epilogue: verdict
  421: r1 = *(u32 *)(r10 -32)
  422: r2 = *(u32 *)(r10 -28)
  423: *(u64 *)(r10 -152) = r1
  424: *(u64 *)(r10 -160) = r2
  425: r1 = *(u64 *)(r10 -8)
  426: r2 = 0xfffffffffffffff8 ll
  428: call bpf_xdp_adjust_meta
  429: if r0 != 0 goto +10
  430: r1 = *(u64 *)(r10 -8)
  431: r2 = *(u32 *)(r1 +8)
  432: r3 = *(u32 *)(r1 +0)
  433: r1 = r2
  434: r1 += 8
  435: if r1 > r3 goto +4
  436: r1 = *(u64 *)(r10 -152)
  437: *(u32 *)(r2 +0) = r1
  438: r1 = *(u64 *)(r10 -160)
  439: *(u32 *)(r2 +4) = r1
  440: r1 = *(u8 *)(r10 -24)
  441: if r1 != 0 goto +2
  442: r0 = 2
  443: exit
  444: if r1 != 2 goto +4
  445: r1 = *(u32 *)(r10 -28)
  446: r2 = 0
  447: call bpf_redirect
  448: exit
  449: r0 = 1
  450: exit
