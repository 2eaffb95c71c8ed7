; router for xdp: 442 instructions, stack 176 bytes, 4 maps
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
   28: goto +362
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
   49: goto +341
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
   61: if r1 == 0 goto +11
   62: r1 -= 1
   63: if r1 > 16383 goto +9
   64: r0 = r6
   65: *(u64 *)(r10 -168) = r0
   66: r0 = *(u64 *)(r10 -168)
   67: r0 += r1
   68: *(u64 *)(r10 -168) = r0
   69: r0 = *(u64 *)(r10 -168)
   70: r1 = r0
   71: r1 += 20
   72: if r1 <= r7 goto +2
   73: r0 = 0
   74: *(u64 *)(r10 -168) = r0
   75: r1 = 0
   76: r0 = *(u64 *)(r10 -168)
   77: if r0 == 0 goto +3
   78: r0 = *(u64 *)(r10 -168)
   79: r1 = *(u8 *)(r0 +0)
   80: r1 &= 15
      ; v3: bit<4> = const 5
   81: r3 = 5
      ; v4: bool = ne v2, v3
   82: r4 = 1
   83: if r1 != r3 goto +1
   84: r4 = 0
      ; v5: bool = logical_or v1, v4
   85: r1 = r2
   86: r1 |= r4
      ; write var7, v5
   87: *(u8 *)(r10 -23) = r1
   88: if r1 != 0 goto +54
      ; v6: bit<48> = read_field hdr0.dstAddr
   89: r1 = *(u32 *)(r10 -56)
   90: if r1 == 0 goto +7
   91: r1 -= 1
   92: if r1 > 16383 goto +5
   93: r2 = r6
   94: r2 += r1
   95: r1 = r2
   96: r1 += 14
   97: if r1 <= r7 goto +1
   98: r2 = 0
   99: r1 = 0
  100: if r2 == 0 goto +6
  101: r1 = *(u32 *)(r2 +0)
  102: r1 = be32 r1
  103: r3 = *(u16 *)(r2 +4)
  104: r3 = be16 r3
  105: r1 <<= 16
  106: r1 |= r3
      ; v7, v8 = apply table0(v6)
  107: *(u64 *)(r10 -72) = 0
  108: r2 = r1
  109: r1 = r2
  110: r1 = be16 r1
  111: *(u16 *)(r10 -68) = r1
  112: r2 >>= 16
  113: r1 = r2
  114: r1 = be32 r1
  115: *(u32 *)(r10 -72) = r1
  116: r1 = map[pipe_my_macs] ll
  118: r2 = r10
  119: r2 += -72
  120: call bpf_map_lookup_elem
  121: r9 = r0
  122: r8 = 1
  123: if r9 != 0 goto +13
  124: r8 = 0
  125: *(u32 *)(r10 -72) = 0
  126: r1 = map[pipe_my_macs_default] ll
  128: r2 = r10
  129: r2 += -72
  130: call bpf_map_lookup_elem
  131: r1 = r0
  132: if r1 == 0 goto +2
  133: r2 = *(u32 *)(r1 +0)
  134: goto +3
  135: r2 = 0
  136: goto +1
  137: r2 = *(u32 *)(r9 +0)
  138: if r2 == 0 goto +1
  139: goto +0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
  140: r1 = r8
  141: r1 ^= 1
      ; write var7, v9
  142: *(u8 *)(r10 -23) = r1
      ; v10: bool = read var7
  143: r1 = *(u8 *)(r10 -23)
  144: if r1 != 0 goto +226
      ; v13: bit<8> = read_field hdr1.ttl
  145: r1 = 0
  146: r0 = *(u64 *)(r10 -168)
  147: if r0 == 0 goto +2
  148: r0 = *(u64 *)(r10 -168)
  149: r1 = *(u8 *)(r0 +8)
      ; v14: bit<8> = const 1
  150: r2 = 1
      ; v15: bool = le v13, v14
  151: if r1 <= r2 goto +197
      ; v19: bit<32> = read_field hdr1.dstAddr
  152: r1 = 0
  153: r0 = *(u64 *)(r10 -168)
  154: if r0 == 0 goto +3
  155: r0 = *(u64 *)(r10 -168)
  156: r1 = *(u32 *)(r0 +16)
  157: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  158: *(u64 *)(r10 -72) = 0
  159: r2 = r1
  160: r1 = r2
  161: r2 = r1
  162: r2 = be32 r2
  163: *(u32 *)(r10 -68) = r2
  164: *(u32 *)(r10 -72) = 32
  165: r1 = map[pipe_ipv4_lpm] ll
  167: r2 = r10
  168: r2 += -72
  169: call bpf_map_lookup_elem
  170: r1 = r0
  171: r0 = 1
  172: *(u64 *)(r10 -176) = r0
  173: if r1 != 0 goto +7
  174: r0 = 0
  175: *(u64 *)(r10 -176) = r0
  176: r3 = 2
  177: r4 = 0
  178: r8 = 0
  179: r9 = 0
  180: goto +20
  181: r3 = *(u32 *)(r1 +0)
  182: r4 = *(u32 *)(r1 +4)
  183: r4 = be32 r4
  184: r2 = *(u16 *)(r1 +8)
  185: r2 = be16 r2
  186: r4 <<= 16
  187: r4 |= r2
  188: r4 <<= 16
  189: r4 >>= 16
  190: r8 = *(u32 *)(r1 +10)
  191: r8 = be32 r8
  192: r2 = *(u16 *)(r1 +14)
  193: r2 = be16 r2
  194: r8 <<= 16
  195: r8 |= r2
  196: r8 <<= 16
  197: r8 >>= 16
  198: r9 = *(u32 *)(r1 +16)
  199: r9 = be32 r9
  200: w9 = w9
  201: if r3 == 1 goto +5
  202: if r3 == 2 goto +1
  203: goto +103
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  204: r1 = 1
      ; write var6, v29
  205: *(u8 *)(r10 -24) = r1
  206: goto +100
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  207: r1 = *(u32 *)(r10 -56)
  208: if r1 == 0 goto +7
  209: r1 -= 1
  210: if r1 > 16383 goto +5
  211: r2 = r6
  212: r2 += r1
  213: r1 = r2
  214: r1 += 14
  215: if r1 <= r7 goto +1
  216: r2 = 0
  217: if r2 == 0 goto +8
  218: r1 = r4
  219: r3 = r1
  220: r3 = be16 r3
  221: *(u16 *)(r2 +4) = r3
  222: r1 >>= 16
  223: r3 = r1
  224: r3 = be32 r3
  225: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  226: if r2 == 0 goto +8
  227: r1 = r8
  228: r3 = r1
  229: r3 = be16 r3
  230: *(u16 *)(r2 +10) = r3
  231: r1 >>= 16
  232: r3 = r1
  233: r3 = be32 r3
  234: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  235: r1 = 0
  236: r0 = *(u64 *)(r10 -168)
  237: if r0 == 0 goto +2
  238: r0 = *(u64 *)(r10 -168)
  239: r1 = *(u8 *)(r0 +8)
      ; v26: bit<8> = const 1
  240: r2 = 1
      ; v27: bit<8> = sub v25, v26
  241: r3 = r1
  242: r3 -= r2
  243: r3 &= 255
      ; write_field hdr1.ttl, v27
  244: r0 = *(u64 *)(r10 -168)
  245: if r0 == 0 goto +4
  246: r1 = r3
  247: r2 = r1
  248: r0 = *(u64 *)(r10 -168)
  249: *(u8 *)(r0 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  250: r0 = *(u64 *)(r10 -168)
  251: if r0 == 0 goto +52
  252: r1 = 0
  253: r0 = *(u64 *)(r10 -168)
  254: r2 = *(u16 *)(r0 +0)
  255: r2 = be16 r2
  256: r1 += r2
  257: r0 = *(u64 *)(r10 -168)
  258: r2 = *(u16 *)(r0 +2)
  259: r2 = be16 r2
  260: r1 += r2
  261: r0 = *(u64 *)(r10 -168)
  262: r2 = *(u16 *)(r0 +4)
  263: r2 = be16 r2
  264: r1 += r2
  265: r0 = *(u64 *)(r10 -168)
  266: r2 = *(u16 *)(r0 +6)
  267: r2 = be16 r2
  268: r1 += r2
  269: r0 = *(u64 *)(r10 -168)
  270: r2 = *(u16 *)(r0 +8)
  271: r2 = be16 r2
  272: r1 += r2
  273: r0 = *(u64 *)(r10 -168)
  274: r2 = *(u16 *)(r0 +12)
  275: r2 = be16 r2
  276: r1 += r2
  277: r0 = *(u64 *)(r10 -168)
  278: r2 = *(u16 *)(r0 +14)
  279: r2 = be16 r2
  280: r1 += r2
  281: r0 = *(u64 *)(r10 -168)
  282: r2 = *(u16 *)(r0 +16)
  283: r2 = be16 r2
  284: r1 += r2
  285: r0 = *(u64 *)(r10 -168)
  286: r2 = *(u16 *)(r0 +18)
  287: r2 = be16 r2
  288: r1 += r2
  289: r2 = r1
  290: r2 >>= 16
  291: r1 &= 65535
  292: r1 += r2
  293: r2 = r1
  294: r2 >>= 16
  295: r1 &= 65535
  296: r1 += r2
  297: r1 ^= 65535
  298: r1 &= 65535
  299: r2 = r1
  300: r1 = r2
  301: r1 = be16 r1
  302: r0 = *(u64 *)(r10 -168)
  303: *(u16 *)(r0 +10) = r1
      ; write var5, v24
  304: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  305: r1 = 2
      ; write var6, v28
  306: *(u8 *)(r10 -24) = r1
  307: r0 = *(u64 *)(r10 -176)
  308: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  309: r1 = 2
      ; v33: bit<32> = const 1
  310: r2 = 1
      ; count counter0[v32] += v33
  311: *(u32 *)(r10 -72) = r1
  312: *(u64 *)(r10 -120) = r2
  313: r1 = map[pipe_route_stats] ll
  315: r2 = r10
  316: r2 += -72
  317: call bpf_map_lookup_elem
  318: r1 = r0
  319: if r1 == 0 goto +8
  320: r2 = *(u64 *)(r1 +0)
  321: r3 = *(u64 *)(r10 -120)
  322: r2 += r3
  323: *(u64 *)(r1 +0) = r2
  324: r2 = *(u64 *)(r1 +8)
  325: r3 = *(u32 *)(r10 -36)
  326: r2 += r3
  327: *(u64 *)(r1 +8) = r2
  328: goto +19
      ; v30: bit<32> = const 0
  329: r1 = 0
      ; v31: bit<32> = const 1
  330: r2 = 1
      ; count counter0[v30] += v31
  331: *(u32 *)(r10 -72) = r1
  332: *(u64 *)(r10 -120) = r2
  333: r1 = map[pipe_route_stats] ll
  335: r2 = r10
  336: r2 += -72
  337: call bpf_map_lookup_elem
  338: r1 = r0
  339: if r1 == 0 goto +8
  340: r2 = *(u64 *)(r1 +0)
  341: r3 = *(u64 *)(r10 -120)
  342: r2 += r3
  343: *(u64 *)(r1 +0) = r2
  344: r2 = *(u64 *)(r1 +8)
  345: r3 = *(u32 *)(r10 -36)
  346: r2 += r3
  347: *(u64 *)(r1 +8) = r2
  348: goto +63
      ; v16: bit<32> = const 1
  349: r1 = 1
      ; v17: bit<32> = const 1
  350: r2 = 1
      ; count counter0[v16] += v17
  351: *(u32 *)(r10 -72) = r1
  352: *(u64 *)(r10 -120) = r2
  353: r1 = map[pipe_route_stats] ll
  355: r2 = r10
  356: r2 += -72
  357: call bpf_map_lookup_elem
  358: r1 = r0
  359: if r1 == 0 goto +8
  360: r2 = *(u64 *)(r1 +0)
  361: r3 = *(u64 *)(r10 -120)
  362: r2 += r3
  363: *(u64 *)(r1 +0) = r2
  364: r2 = *(u64 *)(r1 +8)
  365: r3 = *(u32 *)(r10 -36)
  366: r2 += r3
  367: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  368: r1 = 1
      ; write var6, v18
  369: *(u8 *)(r10 -24) = r1
  370: goto +41
      ; v11: bit<32> = const 3
  371: r1 = 3
      ; v12: bit<32> = const 1
  372: r2 = 1
      ; count counter0[v11] += v12
  373: *(u32 *)(r10 -72) = r1
  374: *(u64 *)(r10 -120) = r2
  375: r1 = map[pipe_route_stats] ll
  377: r2 = r10
  378: r2 += -72
  379: call bpf_map_lookup_elem
  380: r1 = r0
  381: if r1 == 0 goto +8
  382: r2 = *(u64 *)(r1 +0)
  383: r3 = *(u64 *)(r10 -120)
  384: r2 += r3
  385: *(u64 *)(r1 +0) = r2
  386: r2 = *(u64 *)(r1 +8)
  387: r3 = *(u32 *)(r10 -36)
  388: r2 += r3
  389: *(u64 *)(r1 +8) = r2
  390: goto +21
      ; drop
  391: r1 = *(u32 *)(r10 -32)
  392: r2 = *(u32 *)(r10 -28)
  393: *(u64 *)(r10 -136) = r1
  394: *(u64 *)(r10 -144) = r2
  395: r1 = *(u64 *)(r10 -8)
  396: r2 = 0xfffffffffffffff8 ll
  398: call bpf_xdp_adjust_meta
  399: if r0 != 0 goto +10
  400: r1 = *(u64 *)(r10 -8)
  401: r2 = *(u32 *)(r1 +8)
  402: r3 = *(u32 *)(r1 +0)
  403: r1 = r2
  404: r1 += 8
  405: if r1 > r3 goto +4
  406: r1 = *(u64 *)(r10 -136)
  407: *(u32 *)(r2 +0) = r1
  408: r1 = *(u64 *)(r10 -144)
  409: *(u32 *)(r2 +4) = r1
  410: r0 = 1
  411: exit
      ; epilogue: verdict
  412: r1 = *(u32 *)(r10 -32)
  413: r2 = *(u32 *)(r10 -28)
  414: *(u64 *)(r10 -152) = r1
  415: *(u64 *)(r10 -160) = r2
  416: r1 = *(u64 *)(r10 -8)
  417: r2 = 0xfffffffffffffff8 ll
  419: call bpf_xdp_adjust_meta
  420: if r0 != 0 goto +10
  421: r1 = *(u64 *)(r10 -8)
  422: r2 = *(u32 *)(r1 +8)
  423: r3 = *(u32 *)(r1 +0)
  424: r1 = r2
  425: r1 += 8
  426: if r1 > r3 goto +4
  427: r1 = *(u64 *)(r10 -152)
  428: *(u32 *)(r2 +0) = r1
  429: r1 = *(u64 *)(r10 -160)
  430: *(u32 *)(r2 +4) = r1
  431: r1 = *(u8 *)(r10 -24)
  432: if r1 != 0 goto +2
  433: r0 = 2
  434: exit
  435: if r1 != 2 goto +4
  436: r1 = *(u32 *)(r10 -28)
  437: r2 = 0
  438: call bpf_redirect
  439: exit
  440: r0 = 1
  441: exit
