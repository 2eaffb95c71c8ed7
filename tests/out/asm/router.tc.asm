; router for classifier: 416 instructions, stack 136 bytes, 4 maps
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
   23: goto +371
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
   44: goto +350
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
   73: r0 = r2
   74: *(u64 *)(r10 -136) = r0
   75: r0 = *(u64 *)(r10 -136)
   76: r0 |= r4
   77: *(u64 *)(r10 -136) = r0
      ; v6: bit<48> = read_field hdr0.dstAddr
   78: r1 = *(u32 *)(r10 -56)
   79: if r1 == 0 goto +7
   80: r1 -= 1
   81: if r1 > 16383 goto +5
   82: r2 = r6
   83: r2 += r1
   84: r1 = r2
   85: r1 += 14
   86: if r1 <= r7 goto +1
   87: r2 = 0
   88: r1 = 0
   89: if r2 == 0 goto +6
   90: r1 = *(u32 *)(r2 +0)
   91: r1 = be32 r1
   92: r3 = *(u16 *)(r2 +4)
   93: r3 = be16 r3
   94: r1 <<= 16
   95: r1 |= r3
      ; v7, v8 = apply table0(v6)
   96: *(u64 *)(r10 -72) = 0
   97: r2 = r1
   98: r1 = r2
   99: r1 = be16 r1
  100: *(u16 *)(r10 -68) = r1
  101: r2 >>= 16
  102: r1 = r2
  103: r1 = be32 r1
  104: *(u32 *)(r10 -72) = r1
  105: r1 = map[pipe_my_macs] ll
  107: r2 = r10
  108: r2 += -72
  109: call bpf_map_lookup_elem
  110: r9 = r0
  111: r8 = 1
  112: if r9 != 0 goto +13
  113: r8 = 0
  114: *(u32 *)(r10 -72) = 0
  115: r1 = map[pipe_my_macs_default] ll
  117: r2 = r10
  118: r2 += -72
  119: call bpf_map_lookup_elem
  120: r1 = r0
  121: if r1 == 0 goto +2
  122: r2 = *(u32 *)(r1 +0)
  123: goto +3
  124: r2 = 0
  125: goto +1
  126: r2 = *(u32 *)(r9 +0)
  127: if r2 == 0 goto +1
  128: goto +0
      ; pipe: block1 (NoAction)
      ; v9: bool = not v7
  129: r1 = r8
  130: r1 ^= 1
      ; v10: bool = logical_or v5, v9
  131: r0 = *(u64 *)(r10 -136)
  132: r2 = r0
  133: r2 |= r1
  134: if r2 != 0 goto +240
      ; v13: bit<8> = read_field hdr1.ttl
  135: r1 = *(u32 *)(r10 -52)
  136: if r1 == 0 goto +7
  137: r1 -= 1
  138: if r1 > 16383 goto +5
  139: r2 = r6
  140: r2 += r1
  141: r1 = r2
  142: r1 += 20
  143: if r1 <= r7 goto +1
  144: r2 = 0
  145: r1 = 0
  146: if r2 == 0 goto +1
  147: r1 = *(u8 *)(r2 +8)
      ; v14: bit<8> = const 1
  148: r2 = 1
      ; v15: bool = le v13, v14
  149: r3 = 1
  150: if r1 <= r2 goto +1
  151: r3 = 0
  152: if r3 != 0 goto +200
      ; v19: bit<32> = read_field hdr1.dstAddr
  153: r1 = *(u32 *)(r10 -52)
  154: if r1 == 0 goto +7
  155: r1 -= 1
  156: if r1 > 16383 goto +5
  157: r2 = r6
  158: r2 += r1
  159: r1 = r2
  160: r1 += 20
  161: if r1 <= r7 goto +1
  162: r2 = 0
  163: r1 = 0
  164: if r2 == 0 goto +2
  165: r1 = *(u32 *)(r2 +16)
  166: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  167: *(u64 *)(r10 -72) = 0
  168: r2 = r1
  169: r1 = r2
  170: r2 = r1
  171: r2 = be32 r2
  172: *(u32 *)(r10 -68) = r2
  173: *(u32 *)(r10 -72) = 32
  174: r1 = map[pipe_ipv4_lpm] ll
  176: r2 = r10
  177: r2 += -72
  178: call bpf_map_lookup_elem
  179: r1 = r0
  180: r0 = 1
  181: *(u64 *)(r10 -136) = r0
  182: if r1 != 0 goto +7
  183: r0 = 0
  184: *(u64 *)(r10 -136) = r0
  185: r3 = 2
  186: r4 = 0
  187: r8 = 0
  188: r9 = 0
  189: goto +20
  190: r3 = *(u32 *)(r1 +0)
  191: r4 = *(u32 *)(r1 +4)
  192: r4 = be32 r4
  193: r2 = *(u16 *)(r1 +8)
  194: r2 = be16 r2
  195: r4 <<= 16
  196: r4 |= r2
  197: r4 <<= 16
  198: r4 >>= 16
  199: r8 = *(u32 *)(r1 +10)
  200: r8 = be32 r8
  201: r2 = *(u16 *)(r1 +14)
  202: r2 = be16 r2
  203: r8 <<= 16
  204: r8 |= r2
  205: r8 <<= 16
  206: r8 >>= 16
  207: r9 = *(u32 *)(r1 +16)
  208: r9 = be32 r9
  209: w9 = w9
  210: if r3 == 1 goto +5
  211: if r3 == 2 goto +1
  212: goto +98
      ; pipe: block8 (pipe.drop)
      ; v29: bit<8> = const 1
  213: r1 = 1
      ; write var6, v29
  214: *(u8 *)(r10 -24) = r1
  215: goto +95
      ; pipe: block10 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  216: r1 = *(u32 *)(r10 -56)
  217: if r1 == 0 goto +7
  218: r1 -= 1
  219: if r1 > 16383 goto +5
  220: r2 = r6
  221: r2 += r1
  222: r1 = r2
  223: r1 += 14
  224: if r1 <= r7 goto +1
  225: r2 = 0
  226: if r2 == 0 goto +8
  227: r1 = r4
  228: r3 = r1
  229: r3 = be16 r3
  230: *(u16 *)(r2 +4) = r3
  231: r1 >>= 16
  232: r3 = r1
  233: r3 = be32 r3
  234: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  235: if r2 == 0 goto +8
  236: r1 = r8
  237: r3 = r1
  238: r3 = be16 r3
  239: *(u16 *)(r2 +10) = r3
  240: r1 >>= 16
  241: r3 = r1
  242: r3 = be32 r3
  243: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  244: r1 = *(u32 *)(r10 -52)
  245: if r1 == 0 goto +7
  246: r1 -= 1
  247: if r1 > 16383 goto +5
  248: r2 = r6
  249: r2 += r1
  250: r1 = r2
  251: r1 += 20
  252: if r1 <= r7 goto +1
  253: r2 = 0
  254: r1 = 0
  255: if r2 == 0 goto +1
  256: r1 = *(u8 *)(r2 +8)
      ; v26: bit<8> = const 1
  257: r3 = 1
      ; v27: bit<8> = sub v25, v26
  258: r4 = r1
  259: r4 -= r3
  260: r4 &= 255
      ; write_field hdr1.ttl, v27
  261: if r2 == 0 goto +3
  262: r1 = r4
  263: r3 = r1
  264: *(u8 *)(r2 +8) = r3
      ; ipv4_checksum_update hdr1.hdrChecksum
  265: if r2 == 0 goto +42
  266: r1 = 0
  267: r3 = *(u16 *)(r2 +0)
  268: r3 = be16 r3
  269: r1 += r3
  270: r3 = *(u16 *)(r2 +2)
  271: r3 = be16 r3
  272: r1 += r3
  273: r3 = *(u16 *)(r2 +4)
  274: r3 = be16 r3
  275: r1 += r3
  276: r3 = *(u16 *)(r2 +6)
  277: r3 = be16 r3
  278: r1 += r3
  279: r3 = *(u16 *)(r2 +8)
  280: r3 = be16 r3
  281: r1 += r3
  282: r3 = *(u16 *)(r2 +12)
  283: r3 = be16 r3
  284: r1 += r3
  285: r3 = *(u16 *)(r2 +14)
  286: r3 = be16 r3
  287: r1 += r3
  288: r3 = *(u16 *)(r2 +16)
  289: r3 = be16 r3
  290: r1 += r3
  291: r3 = *(u16 *)(r2 +18)
  292: r3 = be16 r3
  293: r1 += r3
  294: r3 = r1
  295: r3 >>= 16
  296: r1 &= 65535
  297: r1 += r3
  298: r3 = r1
  299: r3 >>= 16
  300: r1 &= 65535
  301: r1 += r3
  302: r1 ^= 65535
  303: r1 &= 65535
  304: r3 = r1
  305: r1 = r3
  306: r1 = be16 r1
  307: *(u16 *)(r2 +10) = r1
      ; write var5, v24
  308: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  309: r1 = 2
      ; write var6, v28
  310: *(u8 *)(r10 -24) = r1
  311: r0 = *(u64 *)(r10 -136)
  312: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  313: r1 = 2
      ; v33: bit<32> = const 1
  314: r2 = 1
      ; count counter0[v32] += v33
  315: *(u32 *)(r10 -72) = r1
  316: *(u64 *)(r10 -120) = r2
  317: r1 = map[pipe_route_stats] ll
  319: r2 = r10
  320: r2 += -72
  321: call bpf_map_lookup_elem
  322: r1 = r0
  323: if r1 == 0 goto +8
  324: r2 = *(u64 *)(r1 +0)
  325: r3 = *(u64 *)(r10 -120)
  326: r2 += r3
  327: *(u64 *)(r1 +0) = r2
  328: r2 = *(u64 *)(r1 +8)
  329: r3 = *(u32 *)(r10 -36)
  330: r2 += r3
  331: *(u64 *)(r1 +8) = r2
  332: goto +19
      ; v30: bit<32> = const 0
  333: r1 = 0
      ; v31: bit<32> = const 1
  334: r2 = 1
      ; count counter0[v30] += v31
  335: *(u32 *)(r10 -72) = r1
  336: *(u64 *)(r10 -120) = r2
  337: r1 = map[pipe_route_stats] ll
  339: r2 = r10
  340: r2 += -72
  341: call bpf_map_lookup_elem
  342: r1 = r0
  343: if r1 == 0 goto +8
  344: r2 = *(u64 *)(r1 +0)
  345: r3 = *(u64 *)(r10 -120)
  346: r2 += r3
  347: *(u64 *)(r1 +0) = r2
  348: r2 = *(u64 *)(r1 +8)
  349: r3 = *(u32 *)(r10 -36)
  350: r2 += r3
  351: *(u64 *)(r1 +8) = r2
  352: goto +48
      ; v16: bit<32> = const 1
  353: r1 = 1
      ; v17: bit<32> = const 1
  354: r2 = 1
      ; count counter0[v16] += v17
  355: *(u32 *)(r10 -72) = r1
  356: *(u64 *)(r10 -120) = r2
  357: r1 = map[pipe_route_stats] ll
  359: r2 = r10
  360: r2 += -72
  361: call bpf_map_lookup_elem
  362: r1 = r0
  363: if r1 == 0 goto +8
  364: r2 = *(u64 *)(r1 +0)
  365: r3 = *(u64 *)(r10 -120)
  366: r2 += r3
  367: *(u64 *)(r1 +0) = r2
  368: r2 = *(u64 *)(r1 +8)
  369: r3 = *(u32 *)(r10 -36)
  370: r2 += r3
  371: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  372: r1 = 1
      ; write var6, v18
  373: *(u8 *)(r10 -24) = r1
  374: goto +26
      ; v11: bit<32> = const 3
  375: r1 = 3
      ; v12: bit<32> = const 1
  376: r2 = 1
      ; count counter0[v11] += v12
  377: *(u32 *)(r10 -72) = r1
  378: *(u64 *)(r10 -120) = r2
  379: r1 = map[pipe_route_stats] ll
  381: r2 = r10
  382: r2 += -72
  383: call bpf_map_lookup_elem
  384: r1 = r0
  385: if r1 == 0 goto +8
  386: r2 = *(u64 *)(r1 +0)
  387: r3 = *(u64 *)(r10 -120)
  388: r2 += r3
  389: *(u64 *)(r1 +0) = r2
  390: r2 = *(u64 *)(r1 +8)
  391: r3 = *(u32 *)(r10 -36)
  392: r2 += r3
  393: *(u64 *)(r1 +8) = r2
  394: goto +6
      ; drop
  395: r1 = *(u32 *)(r10 -32)
  396: r2 = *(u32 *)(r10 -28)
  397: r2 = *(u64 *)(r10 -8)
  398: *(u32 *)(r2 +8) = r1
  399: r0 = 2
  400: exit
      ; epilogue: verdict
  401: r1 = *(u32 *)(r10 -32)
  402: r2 = *(u32 *)(r10 -28)
  403: r2 = *(u64 *)(r10 -8)
  404: *(u32 *)(r2 +8) = r1
  405: r1 = *(u8 *)(r10 -24)
  406: if r1 != 0 goto +2
  407: r0 = 0
  408: exit
  409: if r1 != 2 goto +4
  410: r1 = *(u32 *)(r10 -28)
  411: r2 = 0
  412: call bpf_redirect
  413: exit
  414: r0 = 2
  415: exit
