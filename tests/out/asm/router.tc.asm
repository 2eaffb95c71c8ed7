; router for classifier: 395 instructions, stack 144 bytes, 4 maps
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
   19: goto +362
   20: r3 = r1
   21: r3 += 1
   22: *(u32 *)(r10 -56) = r3
   23: r1 += 14
   24: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   25: r1 = 0
   26: if r2 == 0 goto +2
   27: r1 = *(u16 *)(r2 +12)
   28: r1 = be16 r1
   29: if r1 != 2048 goto +1
   30: goto +1
   31: goto +14
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   32: r1 = *(u64 *)(r10 -16)
   33: if r1 > 16383 goto +5
   34: r2 = r6
   35: r2 += r1
   36: r3 = r2
   37: r3 += 20
   38: if r3 <= r7 goto +2
   39: *(u32 *)(r10 -44) = 1
   40: goto +341
   41: r2 = r1
   42: r2 += 1
   43: *(u32 *)(r10 -52) = r2
   44: r1 += 20
   45: *(u64 *)(r10 -16) = r1
      ; v0: bool = is_valid hdr1
   46: r1 = *(u32 *)(r10 -52)
   47: if r1 == 0 goto +1
   48: r1 = 1
      ; v1: bool = not v0
   49: r2 = r1
   50: r2 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   51: r1 = *(u32 *)(r10 -52)
   52: if r1 == 0 goto +11
   53: r1 -= 1
   54: if r1 > 16383 goto +9
   55: r0 = r6
   56: *(u64 *)(r10 -136) = r0
   57: r0 = *(u64 *)(r10 -136)
   58: r0 += r1
   59: *(u64 *)(r10 -136) = r0
   60: r0 = *(u64 *)(r10 -136)
   61: r1 = r0
   62: r1 += 20
   63: if r1 <= r7 goto +2
   64: r0 = 0
   65: *(u64 *)(r10 -136) = r0
   66: r1 = 0
   67: r0 = *(u64 *)(r10 -136)
   68: if r0 == 0 goto +3
   69: r0 = *(u64 *)(r10 -136)
   70: r1 = *(u8 *)(r0 +0)
   71: r1 &= 15
      ; v3: bit<4> = const 5
   72: r3 = 5
      ; v4: bool = ne v2, v3
   73: r4 = 1
   74: if r1 != r3 goto +1
   75: r4 = 0
      ; v5: bool = logical_or v1, v4
   76: r1 = r2
   77: r1 |= r4
      ; write var7, v5
   78: *(u8 *)(r10 -23) = r1
   79: if r1 != 0 goto +54
      ; v6: bit<48> = read_field hdr0.dstAddr
   80: r1 = *(u32 *)(r10 -56)
   81: if r1 == 0 goto +7
   82: r1 -= 1
   83: if r1 > 16383 goto +5
   84: r2 = r6
   85: r2 += r1
   86: r1 = r2
   87: r1 += 14
   88: if r1 <= r7 goto +1
   89: r2 = 0
   90: r1 = 0
   91: if r2 == 0 goto +6
   92: r1 = *(u32 *)(r2 +0)
   93: r1 = be32 r1
   94: r3 = *(u16 *)(r2 +4)
   95: r3 = be16 r3
   96: r1 <<= 16
   97: r1 |= r3
      ; v7, v8 = apply table0(v6)
   98: *(u64 *)(r10 -72) = 0
   99: r2 = r1
  100: r1 = r2
  101: r1 = be16 r1
  102: *(u16 *)(r10 -68) = r1
  103: r2 >>= 16
  104: r1 = r2
  105: r1 = be32 r1
  106: *(u32 *)(r10 -72) = r1
  107: r1 = map[pipe_my_macs] ll
  109: r2 = r10
  110: r2 += -72
  111: call bpf_map_lookup_elem
  112: r9 = r0
  113: r8 = 1
  114: if r9 != 0 goto +13
  115: r8 = 0
  116: *(u32 *)(r10 -72) = 0
  117: r1 = map[pipe_my_macs_default] ll
  119: r2 = r10
  120: r2 += -72
  121: call bpf_map_lookup_elem
  122: r1 = r0
  123: if r1 == 0 goto +2
  124: r2 = *(u32 *)(r1 +0)
  125: goto +3
  126: r2 = 0
  127: goto +1
  128: r2 = *(u32 *)(r9 +0)
  129: if r2 == 0 goto +1
  130: goto +0
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
  131: r1 = r8
  132: r1 ^= 1
      ; write var7, v9
  133: *(u8 *)(r10 -23) = r1
      ; v10: bool = read var7
  134: r1 = *(u8 *)(r10 -23)
  135: if r1 != 0 goto +226
      ; v13: bit<8> = read_field hdr1.ttl
  136: r1 = 0
  137: r0 = *(u64 *)(r10 -136)
  138: if r0 == 0 goto +2
  139: r0 = *(u64 *)(r10 -136)
  140: r1 = *(u8 *)(r0 +8)
      ; v14: bit<8> = const 1
  141: r2 = 1
      ; v15: bool = le v13, v14
  142: if r1 <= r2 goto +197
      ; v19: bit<32> = read_field hdr1.dstAddr
  143: r1 = 0
  144: r0 = *(u64 *)(r10 -136)
  145: if r0 == 0 goto +3
  146: r0 = *(u64 *)(r10 -136)
  147: r1 = *(u32 *)(r0 +16)
  148: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
  149: *(u64 *)(r10 -72) = 0
  150: r2 = r1
  151: r1 = r2
  152: r2 = r1
  153: r2 = be32 r2
  154: *(u32 *)(r10 -68) = r2
  155: *(u32 *)(r10 -72) = 32
  156: r1 = map[pipe_ipv4_lpm] ll
  158: r2 = r10
  159: r2 += -72
  160: call bpf_map_lookup_elem
  161: r1 = r0
  162: r0 = 1
  163: *(u64 *)(r10 -144) = r0
  164: if r1 != 0 goto +7
  165: r0 = 0
  166: *(u64 *)(r10 -144) = r0
  167: r3 = 2
  168: r4 = 0
  169: r8 = 0
  170: r9 = 0
  171: goto +20
  172: r3 = *(u32 *)(r1 +0)
  173: r4 = *(u32 *)(r1 +4)
  174: r4 = be32 r4
  175: r2 = *(u16 *)(r1 +8)
  176: r2 = be16 r2
  177: r4 <<= 16
  178: r4 |= r2
  179: r4 <<= 16
  180: r4 >>= 16
  181: r8 = *(u32 *)(r1 +10)
  182: r8 = be32 r8
  183: r2 = *(u16 *)(r1 +14)
  184: r2 = be16 r2
  185: r8 <<= 16
  186: r8 |= r2
  187: r8 <<= 16
  188: r8 >>= 16
  189: r9 = *(u32 *)(r1 +16)
  190: r9 = be32 r9
  191: w9 = w9
  192: if r3 == 1 goto +5
  193: if r3 == 2 goto +1
  194: goto +103
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  195: r1 = 1
      ; write var6, v29
  196: *(u8 *)(r10 -24) = r1
  197: goto +100
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  198: r1 = *(u32 *)(r10 -56)
  199: if r1 == 0 goto +7
  200: r1 -= 1
  201: if r1 > 16383 goto +5
  202: r2 = r6
  203: r2 += r1
  204: r1 = r2
  205: r1 += 14
  206: if r1 <= r7 goto +1
  207: r2 = 0
  208: if r2 == 0 goto +8
  209: r1 = r4
  210: r3 = r1
  211: r3 = be16 r3
  212: *(u16 *)(r2 +4) = r3
  213: r1 >>= 16
  214: r3 = r1
  215: r3 = be32 r3
  216: *(u32 *)(r2 +0) = r3
      ; write_field hdr0.srcAddr, v23
  217: if r2 == 0 goto +8
  218: r1 = r8
  219: r3 = r1
  220: r3 = be16 r3
  221: *(u16 *)(r2 +10) = r3
  222: r1 >>= 16
  223: r3 = r1
  224: r3 = be32 r3
  225: *(u32 *)(r2 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  226: r1 = 0
  227: r0 = *(u64 *)(r10 -136)
  228: if r0 == 0 goto +2
  229: r0 = *(u64 *)(r10 -136)
  230: r1 = *(u8 *)(r0 +8)
      ; v26: bit<8> = const 1
  231: r2 = 1
      ; v27: bit<8> = sub v25, v26
  232: r3 = r1
  233: r3 -= r2
  234: r3 &= 255
      ; write_field hdr1.ttl, v27
  235: r0 = *(u64 *)(r10 -136)
  236: if r0 == 0 goto +4
  237: r1 = r3
  238: r2 = r1
  239: r0 = *(u64 *)(r10 -136)
  240: *(u8 *)(r0 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  241: r0 = *(u64 *)(r10 -136)
  242: if r0 == 0 goto +52
  243: r1 = 0
  244: r0 = *(u64 *)(r10 -136)
  245: r2 = *(u16 *)(r0 +0)
  246: r2 = be16 r2
  247: r1 += r2
  248: r0 = *(u64 *)(r10 -136)
  249: r2 = *(u16 *)(r0 +2)
  250: r2 = be16 r2
  251: r1 += r2
  252: r0 = *(u64 *)(r10 -136)
  253: r2 = *(u16 *)(r0 +4)
  254: r2 = be16 r2
  255: r1 += r2
  256: r0 = *(u64 *)(r10 -136)
  257: r2 = *(u16 *)(r0 +6)
  258: r2 = be16 r2
  259: r1 += r2
  260: r0 = *(u64 *)(r10 -136)
  261: r2 = *(u16 *)(r0 +8)
  262: r2 = be16 r2
  263: r1 += r2
  264: r0 = *(u64 *)(r10 -136)
  265: r2 = *(u16 *)(r0 +12)
  266: r2 = be16 r2
  267: r1 += r2
  268: r0 = *(u64 *)(r10 -136)
  269: r2 = *(u16 *)(r0 +14)
  270: r2 = be16 r2
  271: r1 += r2
  272: r0 = *(u64 *)(r10 -136)
  273: r2 = *(u16 *)(r0 +16)
  274: r2 = be16 r2
  275: r1 += r2
  276: r0 = *(u64 *)(r10 -136)
  277: r2 = *(u16 *)(r0 +18)
  278: r2 = be16 r2
  279: r1 += r2
  280: r2 = r1
  281: r2 >>= 16
  282: r1 &= 65535
  283: r1 += r2
  284: r2 = r1
  285: r2 >>= 16
  286: r1 &= 65535
  287: r1 += r2
  288: r1 ^= 65535
  289: r1 &= 65535
  290: r2 = r1
  291: r1 = r2
  292: r1 = be16 r1
  293: r0 = *(u64 *)(r10 -136)
  294: *(u16 *)(r0 +10) = r1
      ; write var5, v24
  295: *(u32 *)(r10 -28) = r9
      ; v28: bit<8> = const 2
  296: r1 = 2
      ; write var6, v28
  297: *(u8 *)(r10 -24) = r1
  298: r0 = *(u64 *)(r10 -144)
  299: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  300: r1 = 2
      ; v33: bit<32> = const 1
  301: r2 = 1
      ; count counter0[v32] += v33
  302: *(u32 *)(r10 -72) = r1
  303: *(u64 *)(r10 -120) = r2
  304: r1 = map[pipe_route_stats] ll
  306: r2 = r10
  307: r2 += -72
  308: call bpf_map_lookup_elem
  309: r1 = r0
  310: if r1 == 0 goto +8
  311: r2 = *(u64 *)(r1 +0)
  312: r3 = *(u64 *)(r10 -120)
  313: r2 += r3
  314: *(u64 *)(r1 +0) = r2
  315: r2 = *(u64 *)(r1 +8)
  316: r3 = *(u32 *)(r10 -36)
  317: r2 += r3
  318: *(u64 *)(r1 +8) = r2
  319: goto +19
      ; v30: bit<32> = const 0
  320: r1 = 0
      ; v31: bit<32> = const 1
  321: r2 = 1
      ; count counter0[v30] += v31
  322: *(u32 *)(r10 -72) = r1
  323: *(u64 *)(r10 -120) = r2
  324: r1 = map[pipe_route_stats] ll
  326: r2 = r10
  327: r2 += -72
  328: call bpf_map_lookup_elem
  329: r1 = r0
  330: if r1 == 0 goto +8
  331: r2 = *(u64 *)(r1 +0)
  332: r3 = *(u64 *)(r10 -120)
  333: r2 += r3
  334: *(u64 *)(r1 +0) = r2
  335: r2 = *(u64 *)(r1 +8)
  336: r3 = *(u32 *)(r10 -36)
  337: r2 += r3
  338: *(u64 *)(r1 +8) = r2
  339: goto +44
      ; v16: bit<32> = const 1
  340: r1 = 1
      ; v17: bit<32> = const 1
  341: r2 = 1
      ; count counter0[v16] += v17
  342: *(u32 *)(r10 -72) = r1
  343: *(u64 *)(r10 -120) = r2
  344: r1 = map[pipe_route_stats] ll
  346: r2 = r10
  347: r2 += -72
  348: call bpf_map_lookup_elem
  349: r1 = r0
  350: if r1 == 0 goto +8
  351: r2 = *(u64 *)(r1 +0)
  352: r3 = *(u64 *)(r10 -120)
  353: r2 += r3
  354: *(u64 *)(r1 +0) = r2
  355: r2 = *(u64 *)(r1 +8)
  356: r3 = *(u32 *)(r10 -36)
  357: r2 += r3
  358: *(u64 *)(r1 +8) = r2
      ; v18: bit<8> = const 1
  359: r1 = 1
      ; write var6, v18
  360: *(u8 *)(r10 -24) = r1
  361: goto +22
      ; v11: bit<32> = const 3
  362: r1 = 3
      ; v12: bit<32> = const 1
  363: r2 = 1
      ; count counter0[v11] += v12
  364: *(u32 *)(r10 -72) = r1
  365: *(u64 *)(r10 -120) = r2
  366: r1 = map[pipe_route_stats] ll
  368: r2 = r10
  369: r2 += -72
  370: call bpf_map_lookup_elem
  371: r1 = r0
  372: if r1 == 0 goto +8
  373: r2 = *(u64 *)(r1 +0)
  374: r3 = *(u64 *)(r10 -120)
  375: r2 += r3
  376: *(u64 *)(r1 +0) = r2
  377: r2 = *(u64 *)(r1 +8)
  378: r3 = *(u32 *)(r10 -36)
  379: r2 += r3
  380: *(u64 *)(r1 +8) = r2
  381: goto +2
      ; drop
  382: r0 = 2
  383: exit
      ; epilogue: verdict
  384: r1 = *(u8 *)(r10 -24)
  385: if r1 != 0 goto +2
  386: r0 = 0
  387: exit
  388: if r1 != 2 goto +4
  389: r1 = *(u32 *)(r10 -28)
  390: r2 = 0
  391: call bpf_redirect
  392: exit
  393: r0 = 2
  394: exit
