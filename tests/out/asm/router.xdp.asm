; router for xdp: 440 instructions, stack 176 bytes, 4 maps
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
    9: r2 = *(u32 *)(r1 +8)
   10: r3 = r2
   11: r3 += 8
   12: if r3 > r6 goto +2
   13: r3 = *(u32 *)(r2 +0)
   14: *(u32 *)(r10 -32) = r3
   15: call bpf_xdp_get_buff_len
   16: r1 = r0
   17: *(u32 *)(r10 -36) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   18: r1 = *(u64 *)(r10 -16)
   19: if r1 > 16383 goto +5
   20: r2 = r6
   21: r2 += r1
   22: r3 = r2
   23: r3 += 14
   24: if r3 <= r7 goto +2
   25: *(u32 *)(r10 -44) = 1
   26: goto +362
   27: r3 = r1
   28: r3 += 1
   29: *(u32 *)(r10 -56) = r3
   30: r1 += 14
   31: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   32: r1 = 0
   33: if r2 == 0 goto +2
   34: r1 = *(u16 *)(r2 +12)
   35: r1 = be16 r1
   36: if r1 != 2048 goto +1
   37: goto +1
   38: goto +14
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   39: r1 = *(u64 *)(r10 -16)
   40: if r1 > 16383 goto +5
   41: r2 = r6
   42: r2 += r1
   43: r3 = r2
   44: r3 += 20
   45: if r3 <= r7 goto +2
   46: *(u32 *)(r10 -44) = 1
   47: goto +341
   48: r2 = r1
   49: r2 += 1
   50: *(u32 *)(r10 -52) = r2
   51: r1 += 20
   52: *(u64 *)(r10 -16) = r1
      ; v0: bool = is_valid hdr1
   53: r1 = *(u32 *)(r10 -52)
   54: if r1 == 0 goto +1
   55: r1 = 1
      ; v1: bool = not v0
   56: r2 = r1
   57: r2 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   58: r1 = *(u32 *)(r10 -52)
   59: if r1 == 0 goto +11
   60: r1 -= 1
   61: if r1 > 16383 goto +9
   62: r0 = r6
   63: *(u64 *)(r10 -168) = r0
   64: r0 = *(u64 *)(r10 -168)
   65: r0 += r1
   66: *(u64 *)(r10 -168) = r0
   67: r0 = *(u64 *)(r10 -168)
   68: r1 = r0
   69: r1 += 20
   70: if r1 <= r7 goto +2
   71: r0 = 0
   72: *(u64 *)(r10 -168) = r0
   73: r1 = 0
   74: r0 = *(u64 *)(r10 -168)
   75: if r0 == 0 goto +3
   76: r0 = *(u64 *)(r10 -168)
   77: r1 = *(u8 *)(r0 +0)
   78: r1 &= 15
      ; v3: bit<4> = const 5
   79: r3 = 5
      ; v4: bool = ne v2, v3
   80: r4 = 1
   81: if r1 != r3 goto +1
   82: r4 = 0
      ; v5: bool = logical_or v1, v4
   83: r1 = r2
   84: r1 |= r4
      ; write var7, v5
   85: *(u8 *)(r10 -23) = r1
   86: if r1 != 0 goto +54
      ; v6: bit<48> = read_field hdr0.dstAddr
   87: r1 = *(u32 *)(r10 -56)
   88: if r1 == 0 goto +7
   89: r1 -= 1
   90: if r1 > 16383 goto +5
   91: r2 = r6
   92: r2 += r1
   93: r1 = r2
   94: r1 += 14
   95: if r1 <= r7 goto +1
   96: r2 = 0
   97: r1 = 0
   98: if r2 == 0 goto +6
   99: r1 = *(u32 *)(r2 +0)
  100: r1 = be32 r1
  101: r3 = *(u16 *)(r2 +4)
  102: r3 = be16 r3
  103: r1 <<= 16
  104: r1 |= r3
      ; v7, v8 = apply table0(v6)
  105: *(u64 *)(r10 -72) = 0
  106: r2 = r1
  107: r1 = r2
  108: r1 = be16 r1
  109: *(u16 *)(r10 -68) = r1
  110: r2 >>= 16
  111: r1 = r2
  112: r1 = be32 r1
  113: *(u32 *)(r10 -72) = r1
  114: r1 = map[pipe_my_macs] ll
  116: r2 = r10
  117: r2 += -72
  118: call bpf_map_lookup_elem
  119: r9 = r0
  120: r8 = 1
  121: if r9 != 0 goto +13
  122: r8 = 0
  123: *(u32 *)(r10 -72) = 0
  124: r1 = map[pipe_my_macs_default] ll
  126: r2 = r10
  127: r2 += -72
  128: call bpf_map_lookup_elem
  129: r1 = r0
  130: if r1 == 0 goto +2
  131: r2 = *(u32 *)(r1 +0)
  132: goto +3
  133: r2 = 0
  134: goto +1
  135: r2 = *(u32 *)(r9 +0)
  136: if r2 == 0 goto +1
  137: goto +0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
  138: r1 = r8
  139: r1 ^= 1
      ; write var7, v9
  140: *(u8 *)(r10 -23) = r1
      ; v10: bool = read var7
  141: r1 = *(u8 *)(r10 -23)
  142: if r1 != 0 goto +226
      ; v13: bit<8> = read_field hdr1.ttl
  143: r1 = 0
  144: r0 = *(u64 *)(r10 -168)
  145: if r0 == 0 goto +2
  146: r0 = *(u64 *)(r10 -168)
  147: r1 = *(u8 *)(r0 +8)
      ; v14: bit<8> = const 1
  148: r2 = 1
      ; v15: bool = le v13, v14
  149: if r1 <= r2 goto +197
      ; v19: bit<32> = read_field hdr1.dstAddr
  150: r1 = 0
  151: r0 = *(u64 *)(r10 -168)
  152: if r0 == 0 goto +3
  153: r0 = *(u64 *)(r10 -168)
  154: r1 = *(u32 *)(r0 +16)
  155: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  156: *(u64 *)(r10 -72) = 0
  157: r2 = r1
  158: r1 = r2
  159: r2 = r1
  160: r2 = be32 r2
  161: *(u32 *)(r10 -68) = r2
  162: *(u32 *)(r10 -72) = 32
  163: r1 = map[pipe_ipv4_lpm] ll
  165: r2 = r10
  166: r2 += -72
  167: call bpf_map_lookup_elem
  168: r1 = r0
  169: r0 = 1
  170: *(u64 *)(r10 -176) = r0
  171: if r1 != 0 goto +7
  172: r0 = 0
  173: *(u64 *)(r10 -176) = r0
  174: r3 = 2
  175: r4 = 0
  176: r8 = 0
  177: r9 = 0
  178: goto +20
  179: r3 = *(u32 *)(r1 +0)
  180: r4 = *(u32 *)(r1 +4)
  181: r4 = be32 r4
  182: r2 = *(u16 *)(r1 +8)
  183: r2 = be16 r2
  184: r4 <<= 16
  185: r4 |= r2
  186: r4 <<= 16
  187: r4 >>= 16
  188: r8 = *(u32 *)(r1 +10)
  189: r8 = be32 r8
  190: r2 = *(u16 *)(r1 +14)
  191: r2 = be16 r2
  192: r8 <<= 16
  193: r8 |= r2
  194: r8 <<= 16
  195: r8 >>= 16
  196: r9 = *(u32 *)(r1 +16)
  197: r9 = be32 r9
  198: w9 = w9
  199: if r3 == 1 goto +5
  200: if r3 == 2 goto +1
  201: goto +103
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  202: r1 = 1
      ; write var6, v29
  203: *(u8 *)(r10 -24) = r1
  204: goto +100
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  205: r1 = *(u32 *)(r10 -56)
  206: if r1 == 0 goto +7
  207: r1 -= 1
  208: if r1 > 16383 goto +5
  209: r2 = r6
  210: r2 += r1
  211: r1 = r2
  212: r1 += 14
  213: if r1 <= r7 goto +1
  214: r2 = 0
  215: if r2 == 0 goto +8
  216: r1 = r4
  217: r3 = r1
  218: r3 = be16 r3
  219: *(u16 *)(r2 +4) = r3
  220: r1 >>= 16
  221: r3 = r1
  222: r3 = be32 r3
  223: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  224: if r2 == 0 goto +8
  225: r1 = r8
  226: r3 = r1
  227: r3 = be16 r3
  228: *(u16 *)(r2 +10) = r3
  229: r1 >>= 16
  230: r3 = r1
  231: r3 = be32 r3
  232: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  233: r1 = 0
  234: r0 = *(u64 *)(r10 -168)
  235: if r0 == 0 goto +2
  236: r0 = *(u64 *)(r10 -168)
  237: r1 = *(u8 *)(r0 +8)
      ; v26: bit<8> = const 1
  238: r2 = 1
      ; v27: bit<8> = sub v25, v26
  239: r3 = r1
  240: r3 -= r2
  241: r3 &= 255
      ; write_field hdr1.ttl, v27
  242: r0 = *(u64 *)(r10 -168)
  243: if r0 == 0 goto +4
  244: r1 = r3
  245: r2 = r1
  246: r0 = *(u64 *)(r10 -168)
  247: *(u8 *)(r0 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  248: r0 = *(u64 *)(r10 -168)
  249: if r0 == 0 goto +52
  250: r1 = 0
  251: r0 = *(u64 *)(r10 -168)
  252: r2 = *(u16 *)(r0 +0)
  253: r2 = be16 r2
  254: r1 += r2
  255: r0 = *(u64 *)(r10 -168)
  256: r2 = *(u16 *)(r0 +2)
  257: r2 = be16 r2
  258: r1 += r2
  259: r0 = *(u64 *)(r10 -168)
  260: r2 = *(u16 *)(r0 +4)
  261: r2 = be16 r2
  262: r1 += r2
  263: r0 = *(u64 *)(r10 -168)
  264: r2 = *(u16 *)(r0 +6)
  265: r2 = be16 r2
  266: r1 += r2
  267: r0 = *(u64 *)(r10 -168)
  268: r2 = *(u16 *)(r0 +8)
  269: r2 = be16 r2
  270: r1 += r2
  271: r0 = *(u64 *)(r10 -168)
  272: r2 = *(u16 *)(r0 +12)
  273: r2 = be16 r2
  274: r1 += r2
  275: r0 = *(u64 *)(r10 -168)
  276: r2 = *(u16 *)(r0 +14)
  277: r2 = be16 r2
  278: r1 += r2
  279: r0 = *(u64 *)(r10 -168)
  280: r2 = *(u16 *)(r0 +16)
  281: r2 = be16 r2
  282: r1 += r2
  283: r0 = *(u64 *)(r10 -168)
  284: r2 = *(u16 *)(r0 +18)
  285: r2 = be16 r2
  286: r1 += r2
  287: r2 = r1
  288: r2 >>= 16
  289: r1 &= 65535
  290: r1 += r2
  291: r2 = r1
  292: r2 >>= 16
  293: r1 &= 65535
  294: r1 += r2
  295: r1 ^= 65535
  296: r1 &= 65535
  297: r2 = r1
  298: r1 = r2
  299: r1 = be16 r1
  300: r0 = *(u64 *)(r10 -168)
  301: *(u16 *)(r0 +10) = r1
      ; write var5, v24
  302: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  303: r1 = 2
      ; write var6, v28
  304: *(u8 *)(r10 -24) = r1
  305: r0 = *(u64 *)(r10 -176)
  306: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  307: r1 = 2
      ; v33: bit<32> = const 1
  308: r2 = 1
      ; count counter0[v32] += v33
  309: *(u32 *)(r10 -72) = r1
  310: *(u64 *)(r10 -120) = r2
  311: r1 = map[pipe_route_stats] ll
  313: r2 = r10
  314: r2 += -72
  315: call bpf_map_lookup_elem
  316: r1 = r0
  317: if r1 == 0 goto +8
  318: r2 = *(u64 *)(r1 +0)
  319: r3 = *(u64 *)(r10 -120)
  320: r2 += r3
  321: *(u64 *)(r1 +0) = r2
  322: r2 = *(u64 *)(r1 +8)
  323: r3 = *(u32 *)(r10 -36)
  324: r2 += r3
  325: *(u64 *)(r1 +8) = r2
  326: goto +19
      ; v30: bit<32> = const 0
  327: r1 = 0
      ; v31: bit<32> = const 1
  328: r2 = 1
      ; count counter0[v30] += v31
  329: *(u32 *)(r10 -72) = r1
  330: *(u64 *)(r10 -120) = r2
  331: r1 = map[pipe_route_stats] ll
  333: r2 = r10
  334: r2 += -72
  335: call bpf_map_lookup_elem
  336: r1 = r0
  337: if r1 == 0 goto +8
  338: r2 = *(u64 *)(r1 +0)
  339: r3 = *(u64 *)(r10 -120)
  340: r2 += r3
  341: *(u64 *)(r1 +0) = r2
  342: r2 = *(u64 *)(r1 +8)
  343: r3 = *(u32 *)(r10 -36)
  344: r2 += r3
  345: *(u64 *)(r1 +8) = r2
  346: goto +63
      ; v16: bit<32> = const 1
  347: r1 = 1
      ; v17: bit<32> = const 1
  348: r2 = 1
      ; count counter0[v16] += v17
  349: *(u32 *)(r10 -72) = r1
  350: *(u64 *)(r10 -120) = r2
  351: r1 = map[pipe_route_stats] ll
  353: r2 = r10
  354: r2 += -72
  355: call bpf_map_lookup_elem
  356: r1 = r0
  357: if r1 == 0 goto +8
  358: r2 = *(u64 *)(r1 +0)
  359: r3 = *(u64 *)(r10 -120)
  360: r2 += r3
  361: *(u64 *)(r1 +0) = r2
  362: r2 = *(u64 *)(r1 +8)
  363: r3 = *(u32 *)(r10 -36)
  364: r2 += r3
  365: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  366: r1 = 1
      ; write var6, v18
  367: *(u8 *)(r10 -24) = r1
  368: goto +41
      ; v11: bit<32> = const 3
  369: r1 = 3
      ; v12: bit<32> = const 1
  370: r2 = 1
      ; count counter0[v11] += v12
  371: *(u32 *)(r10 -72) = r1
  372: *(u64 *)(r10 -120) = r2
  373: r1 = map[pipe_route_stats] ll
  375: r2 = r10
  376: r2 += -72
  377: call bpf_map_lookup_elem
  378: r1 = r0
  379: if r1 == 0 goto +8
  380: r2 = *(u64 *)(r1 +0)
  381: r3 = *(u64 *)(r10 -120)
  382: r2 += r3
  383: *(u64 *)(r1 +0) = r2
  384: r2 = *(u64 *)(r1 +8)
  385: r3 = *(u32 *)(r10 -36)
  386: r2 += r3
  387: *(u64 *)(r1 +8) = r2
  388: goto +21
      ; drop
  389: r1 = *(u32 *)(r10 -32)
  390: r2 = *(u32 *)(r10 -28)
  391: *(u64 *)(r10 -136) = r1
  392: *(u64 *)(r10 -144) = r2
  393: r1 = *(u64 *)(r10 -8)
  394: r2 = 0xfffffffffffffff8 ll
  396: call bpf_xdp_adjust_meta
  397: if r0 != 0 goto +10
  398: r1 = *(u64 *)(r10 -8)
  399: r2 = *(u32 *)(r1 +8)
  400: r3 = *(u32 *)(r1 +0)
  401: r1 = r2
  402: r1 += 8
  403: if r1 > r3 goto +4
  404: r1 = *(u64 *)(r10 -136)
  405: *(u32 *)(r2 +0) = r1
  406: r1 = *(u64 *)(r10 -144)
  407: *(u32 *)(r2 +4) = r1
  408: r0 = 1
  409: exit
      ; epilogue: verdict
  410: r1 = *(u32 *)(r10 -32)
  411: r2 = *(u32 *)(r10 -28)
  412: *(u64 *)(r10 -152) = r1
  413: *(u64 *)(r10 -160) = r2
  414: r1 = *(u64 *)(r10 -8)
  415: r2 = 0xfffffffffffffff8 ll
  417: call bpf_xdp_adjust_meta
  418: if r0 != 0 goto +10
  419: r1 = *(u64 *)(r10 -8)
  420: r2 = *(u32 *)(r1 +8)
  421: r3 = *(u32 *)(r1 +0)
  422: r1 = r2
  423: r1 += 8
  424: if r1 > r3 goto +4
  425: r1 = *(u64 *)(r10 -152)
  426: *(u32 *)(r2 +0) = r1
  427: r1 = *(u64 *)(r10 -160)
  428: *(u32 *)(r2 +4) = r1
  429: r1 = *(u8 *)(r10 -24)
  430: if r1 != 0 goto +2
  431: r0 = 2
  432: exit
  433: if r1 != 2 goto +4
  434: r1 = *(u32 *)(r10 -28)
  435: r2 = 0
  436: call bpf_redirect
  437: exit
  438: r0 = 1
  439: exit
