; router for classifier: 393 instructions, stack 144 bytes, 4 maps
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
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   11: r1 = *(u64 *)(r10 -16)
   12: if r1 > 16383 goto +5
   13: r2 = r6
   14: r2 += r1
   15: r3 = r2
   16: r3 += 14
   17: if r3 <= r7 goto +2
   18: *(u32 *)(r10 -44) = 1
   19: goto +360
   20: r3 = r1
   21: r3 += 1
   22: *(u32 *)(r10 -56) = r3
   23: r1 += 14
   24: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = *(u16 *)(r2 +12)
   26: r1 = be16 r1
   27: if r1 != 2048 goto +1
   28: goto +1
   29: goto +14
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   30: r1 = *(u64 *)(r10 -16)
   31: if r1 > 16383 goto +5
   32: r2 = r6
   33: r2 += r1
   34: r3 = r2
   35: r3 += 20
   36: if r3 <= r7 goto +2
   37: *(u32 *)(r10 -44) = 1
   38: goto +341
   39: r2 = r1
   40: r2 += 1
   41: *(u32 *)(r10 -52) = r2
   42: r1 += 20
   43: *(u64 *)(r10 -16) = r1
      ; v0: bool = is_valid hdr1
   44: r1 = *(u32 *)(r10 -52)
   45: if r1 == 0 goto +1
   46: r1 = 1
      ; v1: bool = not v0
   47: r2 = r1
   48: r2 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   49: r1 = *(u32 *)(r10 -52)
   50: if r1 == 0 goto +11
   51: r1 -= 1
   52: if r1 > 16383 goto +9
   53: r0 = r6
   54: *(u64 *)(r10 -136) = r0
   55: r0 = *(u64 *)(r10 -136)
   56: r0 += r1
   57: *(u64 *)(r10 -136) = r0
   58: r0 = *(u64 *)(r10 -136)
   59: r1 = r0
   60: r1 += 20
   61: if r1 <= r7 goto +2
   62: r0 = 0
   63: *(u64 *)(r10 -136) = r0
   64: r1 = 0
   65: r0 = *(u64 *)(r10 -136)
   66: if r0 == 0 goto +3
   67: r0 = *(u64 *)(r10 -136)
   68: r1 = *(u8 *)(r0 +0)
   69: r1 &= 15
      ; v3: bit<4> = const 5
   70: r3 = 5
      ; v4: bool = ne v2, v3
   71: r4 = 1
   72: if r1 != r3 goto +1
   73: r4 = 0
      ; v5: bool = logical_or v1, v4
   74: r1 = r2
   75: r1 |= r4
      ; write var7, v5
   76: *(u8 *)(r10 -23) = r1
   77: if r1 != 0 goto +54
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
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
  129: r1 = r8
  130: r1 ^= 1
      ; write var7, v9
  131: *(u8 *)(r10 -23) = r1
      ; v10: bool = read var7
  132: r1 = *(u8 *)(r10 -23)
  133: if r1 != 0 goto +226
      ; v13: bit<8> = read_field hdr1.ttl
  134: r1 = 0
  135: r0 = *(u64 *)(r10 -136)
  136: if r0 == 0 goto +2
  137: r0 = *(u64 *)(r10 -136)
  138: r1 = *(u8 *)(r0 +8)
      ; v14: bit<8> = const 1
  139: r2 = 1
      ; v15: bool = le v13, v14
  140: if r1 <= r2 goto +197
      ; v19: bit<32> = read_field hdr1.dstAddr
  141: r1 = 0
  142: r0 = *(u64 *)(r10 -136)
  143: if r0 == 0 goto +3
  144: r0 = *(u64 *)(r10 -136)
  145: r1 = *(u32 *)(r0 +16)
  146: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  147: *(u64 *)(r10 -72) = 0
  148: r2 = r1
  149: r1 = r2
  150: r2 = r1
  151: r2 = be32 r2
  152: *(u32 *)(r10 -68) = r2
  153: *(u32 *)(r10 -72) = 32
  154: r1 = map[pipe_ipv4_lpm] ll
  156: r2 = r10
  157: r2 += -72
  158: call bpf_map_lookup_elem
  159: r1 = r0
  160: r0 = 1
  161: *(u64 *)(r10 -144) = r0
  162: if r1 != 0 goto +7
  163: r0 = 0
  164: *(u64 *)(r10 -144) = r0
  165: r3 = 2
  166: r4 = 0
  167: r8 = 0
  168: r9 = 0
  169: goto +20
  170: r3 = *(u32 *)(r1 +0)
  171: r4 = *(u32 *)(r1 +4)
  172: r4 = be32 r4
  173: r2 = *(u16 *)(r1 +8)
  174: r2 = be16 r2
  175: r4 <<= 16
  176: r4 |= r2
  177: r4 <<= 16
  178: r4 >>= 16
  179: r8 = *(u32 *)(r1 +10)
  180: r8 = be32 r8
  181: r2 = *(u16 *)(r1 +14)
  182: r2 = be16 r2
  183: r8 <<= 16
  184: r8 |= r2
  185: r8 <<= 16
  186: r8 >>= 16
  187: r9 = *(u32 *)(r1 +16)
  188: r9 = be32 r9
  189: w9 = w9
  190: if r3 == 1 goto +5
  191: if r3 == 2 goto +1
  192: goto +103
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  193: r1 = 1
      ; write var6, v29
  194: *(u8 *)(r10 -24) = r1
  195: goto +100
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  196: r1 = *(u32 *)(r10 -56)
  197: if r1 == 0 goto +7
  198: r1 -= 1
  199: if r1 > 16383 goto +5
  200: r2 = r6
  201: r2 += r1
  202: r1 = r2
  203: r1 += 14
  204: if r1 <= r7 goto +1
  205: r2 = 0
  206: if r2 == 0 goto +8
  207: r1 = r4
  208: r3 = r1
  209: r3 = be16 r3
  210: *(u16 *)(r2 +4) = r3
  211: r1 >>= 16
  212: r3 = r1
  213: r3 = be32 r3
  214: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  215: if r2 == 0 goto +8
  216: r1 = r8
  217: r3 = r1
  218: r3 = be16 r3
  219: *(u16 *)(r2 +10) = r3
  220: r1 >>= 16
  221: r3 = r1
  222: r3 = be32 r3
  223: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  224: r1 = 0
  225: r0 = *(u64 *)(r10 -136)
  226: if r0 == 0 goto +2
  227: r0 = *(u64 *)(r10 -136)
  228: r1 = *(u8 *)(r0 +8)
      ; v26: bit<8> = const 1
  229: r2 = 1
      ; v27: bit<8> = sub v25, v26
  230: r3 = r1
  231: r3 -= r2
  232: r3 &= 255
      ; write_field hdr1.ttl, v27
  233: r0 = *(u64 *)(r10 -136)
  234: if r0 == 0 goto +4
  235: r1 = r3
  236: r2 = r1
  237: r0 = *(u64 *)(r10 -136)
  238: *(u8 *)(r0 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  239: r0 = *(u64 *)(r10 -136)
  240: if r0 == 0 goto +52
  241: r1 = 0
  242: r0 = *(u64 *)(r10 -136)
  243: r2 = *(u16 *)(r0 +0)
  244: r2 = be16 r2
  245: r1 += r2
  246: r0 = *(u64 *)(r10 -136)
  247: r2 = *(u16 *)(r0 +2)
  248: r2 = be16 r2
  249: r1 += r2
  250: r0 = *(u64 *)(r10 -136)
  251: r2 = *(u16 *)(r0 +4)
  252: r2 = be16 r2
  253: r1 += r2
  254: r0 = *(u64 *)(r10 -136)
  255: r2 = *(u16 *)(r0 +6)
  256: r2 = be16 r2
  257: r1 += r2
  258: r0 = *(u64 *)(r10 -136)
  259: r2 = *(u16 *)(r0 +8)
  260: r2 = be16 r2
  261: r1 += r2
  262: r0 = *(u64 *)(r10 -136)
  263: r2 = *(u16 *)(r0 +12)
  264: r2 = be16 r2
  265: r1 += r2
  266: r0 = *(u64 *)(r10 -136)
  267: r2 = *(u16 *)(r0 +14)
  268: r2 = be16 r2
  269: r1 += r2
  270: r0 = *(u64 *)(r10 -136)
  271: r2 = *(u16 *)(r0 +16)
  272: r2 = be16 r2
  273: r1 += r2
  274: r0 = *(u64 *)(r10 -136)
  275: r2 = *(u16 *)(r0 +18)
  276: r2 = be16 r2
  277: r1 += r2
  278: r2 = r1
  279: r2 >>= 16
  280: r1 &= 65535
  281: r1 += r2
  282: r2 = r1
  283: r2 >>= 16
  284: r1 &= 65535
  285: r1 += r2
  286: r1 ^= 65535
  287: r1 &= 65535
  288: r2 = r1
  289: r1 = r2
  290: r1 = be16 r1
  291: r0 = *(u64 *)(r10 -136)
  292: *(u16 *)(r0 +10) = r1
      ; write var5, v24
  293: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  294: r1 = 2
      ; write var6, v28
  295: *(u8 *)(r10 -24) = r1
  296: r0 = *(u64 *)(r10 -144)
  297: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  298: r1 = 2
      ; v33: bit<32> = const 1
  299: r2 = 1
      ; count counter0[v32] += v33
  300: *(u32 *)(r10 -72) = r1
  301: *(u64 *)(r10 -120) = r2
  302: r1 = map[pipe_route_stats] ll
  304: r2 = r10
  305: r2 += -72
  306: call bpf_map_lookup_elem
  307: r1 = r0
  308: if r1 == 0 goto +8
  309: r2 = *(u64 *)(r1 +0)
  310: r3 = *(u64 *)(r10 -120)
  311: r2 += r3
  312: *(u64 *)(r1 +0) = r2
  313: r2 = *(u64 *)(r1 +8)
  314: r3 = *(u32 *)(r10 -36)
  315: r2 += r3
  316: *(u64 *)(r1 +8) = r2
  317: goto +19
      ; v30: bit<32> = const 0
  318: r1 = 0
      ; v31: bit<32> = const 1
  319: r2 = 1
      ; count counter0[v30] += v31
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
  337: goto +44
      ; v16: bit<32> = const 1
  338: r1 = 1
      ; v17: bit<32> = const 1
  339: r2 = 1
      ; count counter0[v16] += v17
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
      ; v18: bit<8> = const 1
  357: r1 = 1
      ; write var6, v18
  358: *(u8 *)(r10 -24) = r1
  359: goto +22
      ; v11: bit<32> = const 3
  360: r1 = 3
      ; v12: bit<32> = const 1
  361: r2 = 1
      ; count counter0[v11] += v12
  362: *(u32 *)(r10 -72) = r1
  363: *(u64 *)(r10 -120) = r2
  364: r1 = map[pipe_route_stats] ll
  366: r2 = r10
  367: r2 += -72
  368: call bpf_map_lookup_elem
  369: r1 = r0
  370: if r1 == 0 goto +8
  371: r2 = *(u64 *)(r1 +0)
  372: r3 = *(u64 *)(r10 -120)
  373: r2 += r3
  374: *(u64 *)(r1 +0) = r2
  375: r2 = *(u64 *)(r1 +8)
  376: r3 = *(u32 *)(r10 -36)
  377: r2 += r3
  378: *(u64 *)(r1 +8) = r2
  379: goto +2
      ; drop
  380: r0 = 2
  381: exit
      ; epilogue: verdict
  382: r1 = *(u8 *)(r10 -24)
  383: if r1 != 0 goto +2
  384: r0 = 0
  385: exit
  386: if r1 != 2 goto +4
  387: r1 = *(u32 *)(r10 -28)
  388: r2 = 0
  389: call bpf_redirect
  390: exit
  391: r0 = 2
  392: exit
