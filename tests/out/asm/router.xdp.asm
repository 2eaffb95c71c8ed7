; router for xdp: 438 instructions, stack 176 bytes, 4 maps
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
   26: goto +360
   27: r3 = r1
   28: r3 += 1
   29: *(u32 *)(r10 -56) = r3
   30: r1 += 14
   31: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   32: r1 = *(u16 *)(r2 +12)
   33: r1 = be16 r1
   34: if r1 != 2048 goto +1
   35: goto +1
   36: goto +14
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   37: r1 = *(u64 *)(r10 -16)
   38: if r1 > 16383 goto +5
   39: r2 = r6
   40: r2 += r1
   41: r3 = r2
   42: r3 += 20
   43: if r3 <= r7 goto +2
   44: *(u32 *)(r10 -44) = 1
   45: goto +341
   46: r2 = r1
   47: r2 += 1
   48: *(u32 *)(r10 -52) = r2
   49: r1 += 20
   50: *(u64 *)(r10 -16) = r1
      ; v0: bool = is_valid hdr1
   51: r1 = *(u32 *)(r10 -52)
   52: if r1 == 0 goto +1
   53: r1 = 1
      ; v1: bool = not v0
   54: r2 = r1
   55: r2 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   56: r1 = *(u32 *)(r10 -52)
   57: if r1 == 0 goto +11
   58: r1 -= 1
   59: if r1 > 16383 goto +9
   60: r0 = r6
   61: *(u64 *)(r10 -168) = r0
   62: r0 = *(u64 *)(r10 -168)
   63: r0 += r1
   64: *(u64 *)(r10 -168) = r0
   65: r0 = *(u64 *)(r10 -168)
   66: r1 = r0
   67: r1 += 20
   68: if r1 <= r7 goto +2
   69: r0 = 0
   70: *(u64 *)(r10 -168) = r0
   71: r1 = 0
   72: r0 = *(u64 *)(r10 -168)
   73: if r0 == 0 goto +3
   74: r0 = *(u64 *)(r10 -168)
   75: r1 = *(u8 *)(r0 +0)
   76: r1 &= 15
      ; v3: bit<4> = const 5
   77: r3 = 5
      ; v4: bool = ne v2, v3
   78: r4 = 1
   79: if r1 != r3 goto +1
   80: r4 = 0
      ; v5: bool = logical_or v1, v4
   81: r1 = r2
   82: r1 |= r4
      ; write var7, v5
   83: *(u8 *)(r10 -23) = r1
   84: if r1 != 0 goto +54
      ; v6: bit<48> = read_field hdr0.dstAddr
   85: r1 = *(u32 *)(r10 -56)
   86: if r1 == 0 goto +7
   87: r1 -= 1
   88: if r1 > 16383 goto +5
   89: r2 = r6
   90: r2 += r1
   91: r1 = r2
   92: r1 += 14
   93: if r1 <= r7 goto +1
   94: r2 = 0
   95: r1 = 0
   96: if r2 == 0 goto +6
   97: r1 = *(u32 *)(r2 +0)
   98: r1 = be32 r1
   99: r3 = *(u16 *)(r2 +4)
  100: r3 = be16 r3
  101: r1 <<= 16
  102: r1 |= r3
      ; v7, v8 = apply table0(v6)
  103: *(u64 *)(r10 -72) = 0
  104: r2 = r1
  105: r1 = r2
  106: r1 = be16 r1
  107: *(u16 *)(r10 -68) = r1
  108: r2 >>= 16
  109: r1 = r2
  110: r1 = be32 r1
  111: *(u32 *)(r10 -72) = r1
  112: r1 = map[pipe_my_macs] ll
  114: r2 = r10
  115: r2 += -72
  116: call bpf_map_lookup_elem
  117: r9 = r0
  118: r8 = 1
  119: if r9 != 0 goto +13
  120: r8 = 0
  121: *(u32 *)(r10 -72) = 0
  122: r1 = map[pipe_my_macs_default] ll
  124: r2 = r10
  125: r2 += -72
  126: call bpf_map_lookup_elem
  127: r1 = r0
  128: if r1 == 0 goto +2
  129: r2 = *(u32 *)(r1 +0)
  130: goto +3
  131: r2 = 0
  132: goto +1
  133: r2 = *(u32 *)(r9 +0)
  134: if r2 == 0 goto +1
  135: goto +0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
  136: r1 = r8
  137: r1 ^= 1
      ; write var7, v9
  138: *(u8 *)(r10 -23) = r1
      ; v10: bool = read var7
  139: r1 = *(u8 *)(r10 -23)
  140: if r1 != 0 goto +226
      ; v13: bit<8> = read_field hdr1.ttl
  141: r1 = 0
  142: r0 = *(u64 *)(r10 -168)
  143: if r0 == 0 goto +2
  144: r0 = *(u64 *)(r10 -168)
  145: r1 = *(u8 *)(r0 +8)
      ; v14: bit<8> = const 1
  146: r2 = 1
      ; v15: bool = le v13, v14
  147: if r1 <= r2 goto +197
      ; v19: bit<32> = read_field hdr1.dstAddr
  148: r1 = 0
  149: r0 = *(u64 *)(r10 -168)
  150: if r0 == 0 goto +3
  151: r0 = *(u64 *)(r10 -168)
  152: r1 = *(u32 *)(r0 +16)
  153: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  154: *(u64 *)(r10 -72) = 0
  155: r2 = r1
  156: r1 = r2
  157: r2 = r1
  158: r2 = be32 r2
  159: *(u32 *)(r10 -68) = r2
  160: *(u32 *)(r10 -72) = 32
  161: r1 = map[pipe_ipv4_lpm] ll
  163: r2 = r10
  164: r2 += -72
  165: call bpf_map_lookup_elem
  166: r1 = r0
  167: r0 = 1
  168: *(u64 *)(r10 -176) = r0
  169: if r1 != 0 goto +7
  170: r0 = 0
  171: *(u64 *)(r10 -176) = r0
  172: r3 = 2
  173: r4 = 0
  174: r8 = 0
  175: r9 = 0
  176: goto +20
  177: r3 = *(u32 *)(r1 +0)
  178: r4 = *(u32 *)(r1 +4)
  179: r4 = be32 r4
  180: r2 = *(u16 *)(r1 +8)
  181: r2 = be16 r2
  182: r4 <<= 16
  183: r4 |= r2
  184: r4 <<= 16
  185: r4 >>= 16
  186: r8 = *(u32 *)(r1 +10)
  187: r8 = be32 r8
  188: r2 = *(u16 *)(r1 +14)
  189: r2 = be16 r2
  190: r8 <<= 16
  191: r8 |= r2
  192: r8 <<= 16
  193: r8 >>= 16
  194: r9 = *(u32 *)(r1 +16)
  195: r9 = be32 r9
  196: w9 = w9
  197: if r3 == 1 goto +5
  198: if r3 == 2 goto +1
  199: goto +103
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  200: r1 = 1
      ; write var6, v29
  201: *(u8 *)(r10 -24) = r1
  202: goto +100
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  203: r1 = *(u32 *)(r10 -56)
  204: if r1 == 0 goto +7
  205: r1 -= 1
  206: if r1 > 16383 goto +5
  207: r2 = r6
  208: r2 += r1
  209: r1 = r2
  210: r1 += 14
  211: if r1 <= r7 goto +1
  212: r2 = 0
  213: if r2 == 0 goto +8
  214: r1 = r4
  215: r3 = r1
  216: r3 = be16 r3
  217: *(u16 *)(r2 +4) = r3
  218: r1 >>= 16
  219: r3 = r1
  220: r3 = be32 r3
  221: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  222: if r2 == 0 goto +8
  223: r1 = r8
  224: r3 = r1
  225: r3 = be16 r3
  226: *(u16 *)(r2 +10) = r3
  227: r1 >>= 16
  228: r3 = r1
  229: r3 = be32 r3
  230: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  231: r1 = 0
  232: r0 = *(u64 *)(r10 -168)
  233: if r0 == 0 goto +2
  234: r0 = *(u64 *)(r10 -168)
  235: r1 = *(u8 *)(r0 +8)
      ; v26: bit<8> = const 1
  236: r2 = 1
      ; v27: bit<8> = sub v25, v26
  237: r3 = r1
  238: r3 -= r2
  239: r3 &= 255
      ; write_field hdr1.ttl, v27
  240: r0 = *(u64 *)(r10 -168)
  241: if r0 == 0 goto +4
  242: r1 = r3
  243: r2 = r1
  244: r0 = *(u64 *)(r10 -168)
  245: *(u8 *)(r0 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  246: r0 = *(u64 *)(r10 -168)
  247: if r0 == 0 goto +52
  248: r1 = 0
  249: r0 = *(u64 *)(r10 -168)
  250: r2 = *(u16 *)(r0 +0)
  251: r2 = be16 r2
  252: r1 += r2
  253: r0 = *(u64 *)(r10 -168)
  254: r2 = *(u16 *)(r0 +2)
  255: r2 = be16 r2
  256: r1 += r2
  257: r0 = *(u64 *)(r10 -168)
  258: r2 = *(u16 *)(r0 +4)
  259: r2 = be16 r2
  260: r1 += r2
  261: r0 = *(u64 *)(r10 -168)
  262: r2 = *(u16 *)(r0 +6)
  263: r2 = be16 r2
  264: r1 += r2
  265: r0 = *(u64 *)(r10 -168)
  266: r2 = *(u16 *)(r0 +8)
  267: r2 = be16 r2
  268: r1 += r2
  269: r0 = *(u64 *)(r10 -168)
  270: r2 = *(u16 *)(r0 +12)
  271: r2 = be16 r2
  272: r1 += r2
  273: r0 = *(u64 *)(r10 -168)
  274: r2 = *(u16 *)(r0 +14)
  275: r2 = be16 r2
  276: r1 += r2
  277: r0 = *(u64 *)(r10 -168)
  278: r2 = *(u16 *)(r0 +16)
  279: r2 = be16 r2
  280: r1 += r2
  281: r0 = *(u64 *)(r10 -168)
  282: r2 = *(u16 *)(r0 +18)
  283: r2 = be16 r2
  284: r1 += r2
  285: r2 = r1
  286: r2 >>= 16
  287: r1 &= 65535
  288: r1 += r2
  289: r2 = r1
  290: r2 >>= 16
  291: r1 &= 65535
  292: r1 += r2
  293: r1 ^= 65535
  294: r1 &= 65535
  295: r2 = r1
  296: r1 = r2
  297: r1 = be16 r1
  298: r0 = *(u64 *)(r10 -168)
  299: *(u16 *)(r0 +10) = r1
      ; write var5, v24
  300: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  301: r1 = 2
      ; write var6, v28
  302: *(u8 *)(r10 -24) = r1
  303: r0 = *(u64 *)(r10 -176)
  304: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  305: r1 = 2
      ; v33: bit<32> = const 1
  306: r2 = 1
      ; count counter0[v32] += v33
  307: *(u32 *)(r10 -72) = r1
  308: *(u64 *)(r10 -120) = r2
  309: r1 = map[pipe_route_stats] ll
  311: r2 = r10
  312: r2 += -72
  313: call bpf_map_lookup_elem
  314: r1 = r0
  315: if r1 == 0 goto +8
  316: r2 = *(u64 *)(r1 +0)
  317: r3 = *(u64 *)(r10 -120)
  318: r2 += r3
  319: *(u64 *)(r1 +0) = r2
  320: r2 = *(u64 *)(r1 +8)
  321: r3 = *(u32 *)(r10 -36)
  322: r2 += r3
  323: *(u64 *)(r1 +8) = r2
  324: goto +19
      ; v30: bit<32> = const 0
  325: r1 = 0
      ; v31: bit<32> = const 1
  326: r2 = 1
      ; count counter0[v30] += v31
  327: *(u32 *)(r10 -72) = r1
  328: *(u64 *)(r10 -120) = r2
  329: r1 = map[pipe_route_stats] ll
  331: r2 = r10
  332: r2 += -72
  333: call bpf_map_lookup_elem
  334: r1 = r0
  335: if r1 == 0 goto +8
  336: r2 = *(u64 *)(r1 +0)
  337: r3 = *(u64 *)(r10 -120)
  338: r2 += r3
  339: *(u64 *)(r1 +0) = r2
  340: r2 = *(u64 *)(r1 +8)
  341: r3 = *(u32 *)(r10 -36)
  342: r2 += r3
  343: *(u64 *)(r1 +8) = r2
  344: goto +63
      ; v16: bit<32> = const 1
  345: r1 = 1
      ; v17: bit<32> = const 1
  346: r2 = 1
      ; count counter0[v16] += v17
  347: *(u32 *)(r10 -72) = r1
  348: *(u64 *)(r10 -120) = r2
  349: r1 = map[pipe_route_stats] ll
  351: r2 = r10
  352: r2 += -72
  353: call bpf_map_lookup_elem
  354: r1 = r0
  355: if r1 == 0 goto +8
  356: r2 = *(u64 *)(r1 +0)
  357: r3 = *(u64 *)(r10 -120)
  358: r2 += r3
  359: *(u64 *)(r1 +0) = r2
  360: r2 = *(u64 *)(r1 +8)
  361: r3 = *(u32 *)(r10 -36)
  362: r2 += r3
  363: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  364: r1 = 1
      ; write var6, v18
  365: *(u8 *)(r10 -24) = r1
  366: goto +41
      ; v11: bit<32> = const 3
  367: r1 = 3
      ; v12: bit<32> = const 1
  368: r2 = 1
      ; count counter0[v11] += v12
  369: *(u32 *)(r10 -72) = r1
  370: *(u64 *)(r10 -120) = r2
  371: r1 = map[pipe_route_stats] ll
  373: r2 = r10
  374: r2 += -72
  375: call bpf_map_lookup_elem
  376: r1 = r0
  377: if r1 == 0 goto +8
  378: r2 = *(u64 *)(r1 +0)
  379: r3 = *(u64 *)(r10 -120)
  380: r2 += r3
  381: *(u64 *)(r1 +0) = r2
  382: r2 = *(u64 *)(r1 +8)
  383: r3 = *(u32 *)(r10 -36)
  384: r2 += r3
  385: *(u64 *)(r1 +8) = r2
  386: goto +21
      ; drop
  387: r1 = *(u32 *)(r10 -32)
  388: r2 = *(u32 *)(r10 -28)
  389: *(u64 *)(r10 -136) = r1
  390: *(u64 *)(r10 -144) = r2
  391: r1 = *(u64 *)(r10 -8)
  392: r2 = 0xfffffffffffffff8 ll
  394: call bpf_xdp_adjust_meta
  395: if r0 != 0 goto +10
  396: r1 = *(u64 *)(r10 -8)
  397: r2 = *(u32 *)(r1 +8)
  398: r3 = *(u32 *)(r1 +0)
  399: r1 = r2
  400: r1 += 8
  401: if r1 > r3 goto +4
  402: r1 = *(u64 *)(r10 -136)
  403: *(u32 *)(r2 +0) = r1
  404: r1 = *(u64 *)(r10 -144)
  405: *(u32 *)(r2 +4) = r1
  406: r0 = 1
  407: exit
      ; epilogue: verdict
  408: r1 = *(u32 *)(r10 -32)
  409: r2 = *(u32 *)(r10 -28)
  410: *(u64 *)(r10 -152) = r1
  411: *(u64 *)(r10 -160) = r2
  412: r1 = *(u64 *)(r10 -8)
  413: r2 = 0xfffffffffffffff8 ll
  415: call bpf_xdp_adjust_meta
  416: if r0 != 0 goto +10
  417: r1 = *(u64 *)(r10 -8)
  418: r2 = *(u32 *)(r1 +8)
  419: r3 = *(u32 *)(r1 +0)
  420: r1 = r2
  421: r1 += 8
  422: if r1 > r3 goto +4
  423: r1 = *(u64 *)(r10 -152)
  424: *(u32 *)(r2 +0) = r1
  425: r1 = *(u64 *)(r10 -160)
  426: *(u32 *)(r2 +4) = r1
  427: r1 = *(u8 *)(r10 -24)
  428: if r1 != 0 goto +2
  429: r0 = 2
  430: exit
  431: if r1 != 2 goto +4
  432: r1 = *(u32 *)(r10 -28)
  433: r2 = 0
  434: call bpf_redirect
  435: exit
  436: r0 = 1
  437: exit
