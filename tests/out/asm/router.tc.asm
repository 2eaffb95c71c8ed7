; router for classifier: 407 instructions, stack 144 bytes, 4 maps
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
   23: goto +362
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
   44: goto +341
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
   56: if r1 == 0 goto +11
   57: r1 -= 1
   58: if r1 > 16383 goto +9
   59: r0 = r6
   60: *(u64 *)(r10 -136) = r0
   61: r0 = *(u64 *)(r10 -136)
   62: r0 += r1
   63: *(u64 *)(r10 -136) = r0
   64: r0 = *(u64 *)(r10 -136)
   65: r1 = r0
   66: r1 += 20
   67: if r1 <= r7 goto +2
   68: r0 = 0
   69: *(u64 *)(r10 -136) = r0
   70: r1 = 0
   71: r0 = *(u64 *)(r10 -136)
   72: if r0 == 0 goto +3
   73: r0 = *(u64 *)(r10 -136)
   74: r1 = *(u8 *)(r0 +0)
   75: r1 &= 15
      ; v3: bit<4> = const 5
   76: r3 = 5
      ; v4: bool = ne v2, v3
   77: r4 = 1
   78: if r1 != r3 goto +1
   79: r4 = 0
      ; v5: bool = logical_or v1, v4
   80: r1 = r2
   81: r1 |= r4
      ; write var7, v5
   82: *(u8 *)(r10 -23) = r1
   83: if r1 != 0 goto +54
      ; v6: bit<48> = read_field hdr0.dstAddr
   84: r1 = *(u32 *)(r10 -56)
   85: if r1 == 0 goto +7
   86: r1 -= 1
   87: if r1 > 16383 goto +5
   88: r2 = r6
   89: r2 += r1
   90: r1 = r2
   91: r1 += 14
   92: if r1 <= r7 goto +1
   93: r2 = 0
   94: r1 = 0
   95: if r2 == 0 goto +6
   96: r1 = *(u32 *)(r2 +0)
   97: r1 = be32 r1
   98: r3 = *(u16 *)(r2 +4)
   99: r3 = be16 r3
  100: r1 <<= 16
  101: r1 |= r3
      ; v7, v8 = apply table0(v6)
  102: *(u64 *)(r10 -72) = 0
  103: r2 = r1
  104: r1 = r2
  105: r1 = be16 r1
  106: *(u16 *)(r10 -68) = r1
  107: r2 >>= 16
  108: r1 = r2
  109: r1 = be32 r1
  110: *(u32 *)(r10 -72) = r1
  111: r1 = map[pipe_my_macs] ll
  113: r2 = r10
  114: r2 += -72
  115: call bpf_map_lookup_elem
  116: r9 = r0
  117: r8 = 1
  118: if r9 != 0 goto +13
  119: r8 = 0
  120: *(u32 *)(r10 -72) = 0
  121: r1 = map[pipe_my_macs_default] ll
  123: r2 = r10
  124: r2 += -72
  125: call bpf_map_lookup_elem
  126: r1 = r0
  127: if r1 == 0 goto +2
  128: r2 = *(u32 *)(r1 +0)
  129: goto +3
  130: r2 = 0
  131: goto +1
  132: r2 = *(u32 *)(r9 +0)
  133: if r2 == 0 goto +1
  134: goto +0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
  135: r1 = r8
  136: r1 ^= 1
      ; write var7, v9
  137: *(u8 *)(r10 -23) = r1
      ; v10: bool = read var7
  138: r1 = *(u8 *)(r10 -23)
  139: if r1 != 0 goto +226
      ; v13: bit<8> = read_field hdr1.ttl
  140: r1 = 0
  141: r0 = *(u64 *)(r10 -136)
  142: if r0 == 0 goto +2
  143: r0 = *(u64 *)(r10 -136)
  144: r1 = *(u8 *)(r0 +8)
      ; v14: bit<8> = const 1
  145: r2 = 1
      ; v15: bool = le v13, v14
  146: if r1 <= r2 goto +197
      ; v19: bit<32> = read_field hdr1.dstAddr
  147: r1 = 0
  148: r0 = *(u64 *)(r10 -136)
  149: if r0 == 0 goto +3
  150: r0 = *(u64 *)(r10 -136)
  151: r1 = *(u32 *)(r0 +16)
  152: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  153: *(u64 *)(r10 -72) = 0
  154: r2 = r1
  155: r1 = r2
  156: r2 = r1
  157: r2 = be32 r2
  158: *(u32 *)(r10 -68) = r2
  159: *(u32 *)(r10 -72) = 32
  160: r1 = map[pipe_ipv4_lpm] ll
  162: r2 = r10
  163: r2 += -72
  164: call bpf_map_lookup_elem
  165: r1 = r0
  166: r0 = 1
  167: *(u64 *)(r10 -144) = r0
  168: if r1 != 0 goto +7
  169: r0 = 0
  170: *(u64 *)(r10 -144) = r0
  171: r3 = 2
  172: r4 = 0
  173: r8 = 0
  174: r9 = 0
  175: goto +20
  176: r3 = *(u32 *)(r1 +0)
  177: r4 = *(u32 *)(r1 +4)
  178: r4 = be32 r4
  179: r2 = *(u16 *)(r1 +8)
  180: r2 = be16 r2
  181: r4 <<= 16
  182: r4 |= r2
  183: r4 <<= 16
  184: r4 >>= 16
  185: r8 = *(u32 *)(r1 +10)
  186: r8 = be32 r8
  187: r2 = *(u16 *)(r1 +14)
  188: r2 = be16 r2
  189: r8 <<= 16
  190: r8 |= r2
  191: r8 <<= 16
  192: r8 >>= 16
  193: r9 = *(u32 *)(r1 +16)
  194: r9 = be32 r9
  195: w9 = w9
  196: if r3 == 1 goto +5
  197: if r3 == 2 goto +1
  198: goto +103
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  199: r1 = 1
      ; write var6, v29
  200: *(u8 *)(r10 -24) = r1
  201: goto +100
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  202: r1 = *(u32 *)(r10 -56)
  203: if r1 == 0 goto +7
  204: r1 -= 1
  205: if r1 > 16383 goto +5
  206: r2 = r6
  207: r2 += r1
  208: r1 = r2
  209: r1 += 14
  210: if r1 <= r7 goto +1
  211: r2 = 0
  212: if r2 == 0 goto +8
  213: r1 = r4
  214: r3 = r1
  215: r3 = be16 r3
  216: *(u16 *)(r2 +4) = r3
  217: r1 >>= 16
  218: r3 = r1
  219: r3 = be32 r3
  220: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  221: if r2 == 0 goto +8
  222: r1 = r8
  223: r3 = r1
  224: r3 = be16 r3
  225: *(u16 *)(r2 +10) = r3
  226: r1 >>= 16
  227: r3 = r1
  228: r3 = be32 r3
  229: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  230: r1 = 0
  231: r0 = *(u64 *)(r10 -136)
  232: if r0 == 0 goto +2
  233: r0 = *(u64 *)(r10 -136)
  234: r1 = *(u8 *)(r0 +8)
      ; v26: bit<8> = const 1
  235: r2 = 1
      ; v27: bit<8> = sub v25, v26
  236: r3 = r1
  237: r3 -= r2
  238: r3 &= 255
      ; write_field hdr1.ttl, v27
  239: r0 = *(u64 *)(r10 -136)
  240: if r0 == 0 goto +4
  241: r1 = r3
  242: r2 = r1
  243: r0 = *(u64 *)(r10 -136)
  244: *(u8 *)(r0 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  245: r0 = *(u64 *)(r10 -136)
  246: if r0 == 0 goto +52
  247: r1 = 0
  248: r0 = *(u64 *)(r10 -136)
  249: r2 = *(u16 *)(r0 +0)
  250: r2 = be16 r2
  251: r1 += r2
  252: r0 = *(u64 *)(r10 -136)
  253: r2 = *(u16 *)(r0 +2)
  254: r2 = be16 r2
  255: r1 += r2
  256: r0 = *(u64 *)(r10 -136)
  257: r2 = *(u16 *)(r0 +4)
  258: r2 = be16 r2
  259: r1 += r2
  260: r0 = *(u64 *)(r10 -136)
  261: r2 = *(u16 *)(r0 +6)
  262: r2 = be16 r2
  263: r1 += r2
  264: r0 = *(u64 *)(r10 -136)
  265: r2 = *(u16 *)(r0 +8)
  266: r2 = be16 r2
  267: r1 += r2
  268: r0 = *(u64 *)(r10 -136)
  269: r2 = *(u16 *)(r0 +12)
  270: r2 = be16 r2
  271: r1 += r2
  272: r0 = *(u64 *)(r10 -136)
  273: r2 = *(u16 *)(r0 +14)
  274: r2 = be16 r2
  275: r1 += r2
  276: r0 = *(u64 *)(r10 -136)
  277: r2 = *(u16 *)(r0 +16)
  278: r2 = be16 r2
  279: r1 += r2
  280: r0 = *(u64 *)(r10 -136)
  281: r2 = *(u16 *)(r0 +18)
  282: r2 = be16 r2
  283: r1 += r2
  284: r2 = r1
  285: r2 >>= 16
  286: r1 &= 65535
  287: r1 += r2
  288: r2 = r1
  289: r2 >>= 16
  290: r1 &= 65535
  291: r1 += r2
  292: r1 ^= 65535
  293: r1 &= 65535
  294: r2 = r1
  295: r1 = r2
  296: r1 = be16 r1
  297: r0 = *(u64 *)(r10 -136)
  298: *(u16 *)(r0 +10) = r1
      ; write var5, v24
  299: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  300: r1 = 2
      ; write var6, v28
  301: *(u8 *)(r10 -24) = r1
  302: r0 = *(u64 *)(r10 -144)
  303: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  304: r1 = 2
      ; v33: bit<32> = const 1
  305: r2 = 1
      ; count counter0[v32] += v33
  306: *(u32 *)(r10 -72) = r1
  307: *(u64 *)(r10 -120) = r2
  308: r1 = map[pipe_route_stats] ll
  310: r2 = r10
  311: r2 += -72
  312: call bpf_map_lookup_elem
  313: r1 = r0
  314: if r1 == 0 goto +8
  315: r2 = *(u64 *)(r1 +0)
  316: r3 = *(u64 *)(r10 -120)
  317: r2 += r3
  318: *(u64 *)(r1 +0) = r2
  319: r2 = *(u64 *)(r1 +8)
  320: r3 = *(u32 *)(r10 -36)
  321: r2 += r3
  322: *(u64 *)(r1 +8) = r2
  323: goto +19
      ; v30: bit<32> = const 0
  324: r1 = 0
      ; v31: bit<32> = const 1
  325: r2 = 1
      ; count counter0[v30] += v31
  326: *(u32 *)(r10 -72) = r1
  327: *(u64 *)(r10 -120) = r2
  328: r1 = map[pipe_route_stats] ll
  330: r2 = r10
  331: r2 += -72
  332: call bpf_map_lookup_elem
  333: r1 = r0
  334: if r1 == 0 goto +8
  335: r2 = *(u64 *)(r1 +0)
  336: r3 = *(u64 *)(r10 -120)
  337: r2 += r3
  338: *(u64 *)(r1 +0) = r2
  339: r2 = *(u64 *)(r1 +8)
  340: r3 = *(u32 *)(r10 -36)
  341: r2 += r3
  342: *(u64 *)(r1 +8) = r2
  343: goto +48
      ; v16: bit<32> = const 1
  344: r1 = 1
      ; v17: bit<32> = const 1
  345: r2 = 1
      ; count counter0[v16] += v17
  346: *(u32 *)(r10 -72) = r1
  347: *(u64 *)(r10 -120) = r2
  348: r1 = map[pipe_route_stats] ll
  350: r2 = r10
  351: r2 += -72
  352: call bpf_map_lookup_elem
  353: r1 = r0
  354: if r1 == 0 goto +8
  355: r2 = *(u64 *)(r1 +0)
  356: r3 = *(u64 *)(r10 -120)
  357: r2 += r3
  358: *(u64 *)(r1 +0) = r2
  359: r2 = *(u64 *)(r1 +8)
  360: r3 = *(u32 *)(r10 -36)
  361: r2 += r3
  362: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  363: r1 = 1
      ; write var6, v18
  364: *(u8 *)(r10 -24) = r1
  365: goto +26
      ; v11: bit<32> = const 3
  366: r1 = 3
      ; v12: bit<32> = const 1
  367: r2 = 1
      ; count counter0[v11] += v12
  368: *(u32 *)(r10 -72) = r1
  369: *(u64 *)(r10 -120) = r2
  370: r1 = map[pipe_route_stats] ll
  372: r2 = r10
  373: r2 += -72
  374: call bpf_map_lookup_elem
  375: r1 = r0
  376: if r1 == 0 goto +8
  377: r2 = *(u64 *)(r1 +0)
  378: r3 = *(u64 *)(r10 -120)
  379: r2 += r3
  380: *(u64 *)(r1 +0) = r2
  381: r2 = *(u64 *)(r1 +8)
  382: r3 = *(u32 *)(r10 -36)
  383: r2 += r3
  384: *(u64 *)(r1 +8) = r2
  385: goto +6
      ; drop
  386: r1 = *(u32 *)(r10 -32)
  387: r2 = *(u32 *)(r10 -28)
  388: r2 = *(u64 *)(r10 -8)
  389: *(u32 *)(r2 +8) = r1
  390: r0 = 2
  391: exit
      ; epilogue: verdict
  392: r1 = *(u32 *)(r10 -32)
  393: r2 = *(u32 *)(r10 -28)
  394: r2 = *(u64 *)(r10 -8)
  395: *(u32 *)(r2 +8) = r1
  396: r1 = *(u8 *)(r10 -24)
  397: if r1 != 0 goto +2
  398: r0 = 0
  399: exit
  400: if r1 != 2 goto +4
  401: r1 = *(u32 *)(r10 -28)
  402: r2 = 0
  403: call bpf_redirect
  404: exit
  405: r0 = 2
  406: exit
