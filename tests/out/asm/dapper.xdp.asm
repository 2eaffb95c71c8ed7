; dapper for xdp: 2650 instructions, stack 488 bytes, 1 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -240) = 0
    5: *(u64 *)(r10 -232) = 0
    6: *(u64 *)(r10 -224) = 0
    7: *(u64 *)(r10 -216) = 0
    8: *(u64 *)(r10 -208) = 0
    9: *(u64 *)(r10 -200) = 0
   10: *(u64 *)(r10 -192) = 0
   11: *(u64 *)(r10 -184) = 0
   12: *(u64 *)(r10 -176) = 0
   13: *(u64 *)(r10 -168) = 0
   14: *(u64 *)(r10 -160) = 0
   15: *(u64 *)(r10 -152) = 0
   16: *(u64 *)(r10 -144) = 0
   17: *(u64 *)(r10 -136) = 0
   18: *(u64 *)(r10 -128) = 0
   19: *(u64 *)(r10 -120) = 0
   20: *(u64 *)(r10 -112) = 0
   21: *(u64 *)(r10 -104) = 0
   22: *(u64 *)(r10 -96) = 0
   23: *(u64 *)(r10 -88) = 0
   24: *(u64 *)(r10 -80) = 0
   25: *(u64 *)(r10 -72) = 0
   26: *(u64 *)(r10 -64) = 0
   27: *(u64 *)(r10 -56) = 0
   28: *(u64 *)(r10 -48) = 0
   29: *(u64 *)(r10 -40) = 0
   30: *(u64 *)(r10 -32) = 0
   31: *(u64 *)(r10 -24) = 0
   32: r2 = *(u32 *)(r1 +8)
   33: r1 = r2
   34: r1 += 8
   35: if r1 > r6 goto +2
   36: r1 = *(u32 *)(r2 +0)
   37: *(u32 *)(r10 -120) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   38: r1 = *(u64 *)(r10 -16)
   39: if r1 > 16383 goto +5
   40: r2 = r6
   41: r2 += r1
   42: r3 = r2
   43: r3 += 14
   44: if r3 <= r7 goto +2
   45: *(u32 *)(r10 -132) = 1
   46: goto +2561
   47: r3 = r1
   48: r3 += 1
   49: *(u32 *)(r10 -200) = r3
   50: r1 += 14
   51: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   52: r1 = *(u16 *)(r2 +12)
   53: r1 = be16 r1
   54: if r1 != 2048 goto +1
   55: goto +1
   56: goto +1745
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   57: r1 = *(u64 *)(r10 -16)
   58: if r1 > 16383 goto +5
   59: r2 = r6
   60: r2 += r1
   61: r3 = r2
   62: r3 += 20
   63: if r3 <= r7 goto +2
   64: *(u32 *)(r10 -132) = 1
   65: goto +2542
   66: r3 = r1
   67: r3 += 1
   68: *(u32 *)(r10 -196) = r3
   69: r1 += 20
   70: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   71: r1 = *(u8 *)(r2 +0)
   72: r1 &= 15
      ; v2: bit<4> = const 5
   73: r3 = 5
      ; v3: bool = ge v1, v2
   74: r4 = 1
   75: if r1 >= r3 goto +1
   76: r4 = 0
      ; verify v3, error HeaderTooShort
   77: if r4 != 0 goto +2
   78: *(u32 *)(r10 -132) = 4
   79: goto +2528
      ; v4: bit<4> = read_field hdr1.ihl
   80: r1 = *(u8 *)(r2 +0)
   81: r1 &= 15
      ; v5: bit<32> = cast v4
   82: r3 = r1
   83: w3 = w3
      ; v6: bit<32> = const 5
   84: r1 = 5
      ; v7: bit<32> = sub v5, v6
   85: r4 = r3
   86: r4 -= r1
   87: w4 = w4
      ; v8: bit<32> = const 0x20
   88: r1 = 32
      ; v9: bit<32> = mul v7, v8
   89: r3 = r4
   90: r3 *= r1
   91: w3 = w3
      ; advance v9
   92: r1 = r3
   93: r1 &= 7
   94: if r1 == 0 goto +2
   95: *(u32 *)(r10 -132) = 6
   96: goto +2511
   97: r1 = r3
   98: r1 >>= 3
   99: r3 = *(u64 *)(r10 -16)
  100: r3 += r1
  101: if r3 > 16383 goto +3
  102: r1 = r6
  103: r1 += r3
  104: if r1 <= r7 goto +2
  105: *(u32 *)(r10 -132) = 1
  106: goto +2501
  107: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
  108: r1 = *(u16 *)(r2 +6)
  109: r1 = be16 r1
  110: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  111: r3 = *(u8 *)(r2 +9)
  112: if r1 != 0 goto +2
  113: if r3 != 6 goto +1
  114: goto +1
  115: goto +1686
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  116: r1 = *(u64 *)(r10 -16)
  117: if r1 > 16383 goto +5
  118: r2 = r6
  119: r2 += r1
  120: r3 = r2
  121: r3 += 20
  122: if r3 <= r7 goto +2
  123: *(u32 *)(r10 -132) = 1
  124: goto +2483
  125: r3 = r1
  126: r3 += 1
  127: *(u32 *)(r10 -192) = r3
  128: r1 += 20
  129: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  130: r1 = *(u8 *)(r2 +12)
  131: r1 >>= 4
  132: r1 &= 15
      ; v13: bit<4> = const 5
  133: r3 = 5
      ; v14: bool = ge v12, v13
  134: r4 = 1
  135: if r1 >= r3 goto +1
  136: r4 = 0
      ; verify v14, error HeaderTooShort
  137: if r4 != 0 goto +2
  138: *(u32 *)(r10 -132) = 4
  139: goto +2468
      ; v15: bit<4> = read_field hdr2.dataOffset
  140: r1 = *(u8 *)(r2 +12)
  141: r1 >>= 4
  142: r1 &= 15
      ; v16: bit<16> = cast v15
  143: r2 = r1
  144: r2 &= 65535
      ; v17: bit<16> = const 5
  145: r1 = 5
      ; v18: bit<16> = sub v16, v17
  146: r3 = r2
  147: r3 -= r1
  148: r3 &= 65535
      ; v19: bit<16> = const 4
  149: r1 = 4
      ; v20: bit<16> = mul v18, v19
  150: r2 = r3
  151: r2 *= r1
  152: r2 &= 65535
      ; write var2, v20
  153: *(u16 *)(r10 -36) = r2
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  154: r1 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  155: r2 = *(u8 *)(r10 -28)
  156: if r1 != 0 goto +1
  157: goto +1644
  158: if r2 != 10 goto +1
  159: goto +1642
      ; prs: block5 (parse_option)
      ; extract hdr3
  160: r1 = *(u64 *)(r10 -16)
  161: if r1 > 16383 goto +5
  162: r2 = r6
  163: r2 += r1
  164: r3 = r2
  165: r3 += 1
  166: if r3 <= r7 goto +2
  167: *(u32 *)(r10 -132) = 1
  168: goto +2439
  169: r3 = r1
  170: r3 += 1
  171: *(u32 *)(r10 -188) = r3
  172: r1 += 1
  173: *(u64 *)(r10 -16) = r1
      ; v23: bit<8> = read var3
  174: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  175: r3 = 1
      ; v25: bit<8> = add v23, v24
  176: r4 = r1
  177: r4 += r3
  178: r4 &= 255
      ; write var3, v25
  179: *(u8 *)(r10 -28) = r4
      ; v26: bit<16> = read var2
  180: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  181: r3 = 1
      ; v28: bit<16> = sub v26, v27
  182: r4 = r1
  183: r4 -= r3
  184: r4 &= 65535
      ; write var2, v28
  185: *(u16 *)(r10 -36) = r4
      ; v29: bit<8> = read_field hdr3.kind
  186: r1 = *(u8 *)(r2 +0)
  187: if r1 != 0 goto +1
  188: goto +1613
  189: if r1 != 1 goto +1
  190: goto +127
  191: if r1 != 2 goto +1
  192: goto +105
  193: if r1 != 3 goto +1
  194: goto +82
  195: if r1 != 8 goto +1
  196: goto +59
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  197: r1 = *(u64 *)(r10 -16)
  198: if r1 > 16383 goto +5
  199: r2 = r6
  200: r2 += r1
  201: r1 = r2
  202: r1 += 1
  203: if r1 <= r7 goto +2
  204: *(u32 *)(r10 -132) = 1
  205: goto +2402
  206: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  207: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  208: r1 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
  209: r2 = 2
      ; v33: bool = ge v31, v32
  210: r3 = 1
  211: if r1 >= r2 goto +1
  212: r3 = 0
      ; verify v33, error HeaderTooShort
  213: if r3 != 0 goto +2
  214: *(u32 *)(r10 -132) = 4
  215: goto +2392
      ; v34: bit<8> = read var9
  216: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  217: r2 = r1
  218: w2 = w2
      ; v36: bit<32> = const 1
  219: r1 = 1
      ; v37: bit<32> = sub v35, v36
  220: r3 = r2
  221: r3 -= r1
  222: w3 = w3
      ; v38: bit<32> = const 8
  223: r1 = 8
      ; v39: bit<32> = mul v37, v38
  224: r2 = r3
  225: r2 *= r1
  226: w2 = w2
      ; advance v39
  227: r1 = r2
  228: r1 &= 7
  229: if r1 == 0 goto +2
  230: *(u32 *)(r10 -132) = 6
  231: goto +2376
  232: r1 = r2
  233: r1 >>= 3
  234: r2 = *(u64 *)(r10 -16)
  235: r2 += r1
  236: if r2 > 16383 goto +3
  237: r1 = r6
  238: r1 += r2
  239: if r1 <= r7 goto +2
  240: *(u32 *)(r10 -132) = 1
  241: goto +2366
  242: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  243: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  244: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  245: r3 = r2
  246: r3 &= 65535
      ; v43: bit<16> = const 1
  247: r2 = 1
      ; v44: bit<16> = sub v42, v43
  248: r4 = r3
  249: r4 -= r2
  250: r4 &= 65535
      ; v45: bit<16> = sub v40, v44
  251: r2 = r1
  252: r2 -= r4
  253: r2 &= 65535
      ; write var2, v45
  254: *(u16 *)(r10 -36) = r2
  255: goto +62
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  256: r1 = *(u64 *)(r10 -16)
  257: if r1 > 16383 goto +5
  258: r2 = r6
  259: r2 += r1
  260: r3 = r2
  261: r3 += 9
  262: if r3 <= r7 goto +2
  263: *(u32 *)(r10 -132) = 1
  264: goto +2343
  265: r2 = r1
  266: r2 += 1
  267: *(u32 *)(r10 -140) = r2
  268: r1 += 9
  269: *(u64 *)(r10 -16) = r1
      ; v46: bit<16> = read var2
  270: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  271: r2 = 9
      ; v48: bit<16> = sub v46, v47
  272: r3 = r1
  273: r3 -= r2
  274: r3 &= 65535
      ; write var2, v48
  275: *(u16 *)(r10 -36) = r3
  276: goto +41
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  277: r1 = *(u64 *)(r10 -16)
  278: if r1 > 16383 goto +5
  279: r2 = r6
  280: r2 += r1
  281: r3 = r2
  282: r3 += 2
  283: if r3 <= r7 goto +2
  284: *(u32 *)(r10 -132) = 1
  285: goto +2322
  286: r2 = r1
  287: r2 += 1
  288: *(u32 *)(r10 -144) = r2
  289: r1 += 2
  290: *(u64 *)(r10 -16) = r1
      ; v49: bit<16> = read var2
  291: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  292: r2 = 2
      ; v51: bit<16> = sub v49, v50
  293: r3 = r1
  294: r3 -= r2
  295: r3 &= 65535
      ; write var2, v51
  296: *(u16 *)(r10 -36) = r3
  297: goto +20
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  298: r1 = *(u64 *)(r10 -16)
  299: if r1 > 16383 goto +5
  300: r2 = r6
  301: r2 += r1
  302: r3 = r2
  303: r3 += 3
  304: if r3 <= r7 goto +2
  305: *(u32 *)(r10 -132) = 1
  306: goto +2301
  307: r2 = r1
  308: r2 += 1
  309: *(u32 *)(r10 -148) = r2
  310: r1 += 3
  311: *(u64 *)(r10 -16) = r1
      ; v52: bit<16> = read var2
  312: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  313: r2 = 3
      ; v54: bit<16> = sub v52, v53
  314: r3 = r1
  315: r3 -= r2
  316: r3 &= 65535
      ; write var2, v54
  317: *(u16 *)(r10 -36) = r3
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  318: r1 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  319: r2 = *(u8 *)(r10 -28)
  320: if r1 != 0 goto +1
  321: goto +1480
  322: if r2 != 10 goto +1
  323: goto +1478
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  324: r1 = *(u64 *)(r10 -16)
  325: if r1 > 16383 goto +5
  326: r2 = r6
  327: r2 += r1
  328: r3 = r2
  329: r3 += 1
  330: if r3 <= r7 goto +2
  331: *(u32 *)(r10 -132) = 1
  332: goto +2275
  333: r3 = r1
  334: r3 += 1
  335: *(u32 *)(r10 -184) = r3
  336: r1 += 1
  337: *(u64 *)(r10 -16) = r1
      ; v57: bit<8> = read var3
  338: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  339: r3 = 1
      ; v59: bit<8> = add v57, v58
  340: r4 = r1
  341: r4 += r3
  342: r4 &= 255
      ; write var3, v59
  343: *(u8 *)(r10 -28) = r4
      ; v60: bit<16> = read var2
  344: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  345: r3 = 1
      ; v62: bit<16> = sub v60, v61
  346: r4 = r1
  347: r4 -= r3
  348: r4 &= 65535
      ; write var2, v62
  349: *(u16 *)(r10 -36) = r4
      ; v63: bit<8> = read_field hdr4.kind
  350: r1 = *(u8 *)(r2 +0)
  351: if r1 != 0 goto +1
  352: goto +1449
  353: if r1 != 1 goto +1
  354: goto +127
  355: if r1 != 2 goto +1
  356: goto +105
  357: if r1 != 3 goto +1
  358: goto +82
  359: if r1 != 8 goto +1
  360: goto +59
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  361: r1 = *(u64 *)(r10 -16)
  362: if r1 > 16383 goto +5
  363: r2 = r6
  364: r2 += r1
  365: r1 = r2
  366: r1 += 1
  367: if r1 <= r7 goto +2
  368: *(u32 *)(r10 -132) = 1
  369: goto +2238
  370: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  371: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  372: r1 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
  373: r2 = 2
      ; v67: bool = ge v65, v66
  374: r3 = 1
  375: if r1 >= r2 goto +1
  376: r3 = 0
      ; verify v67, error HeaderTooShort
  377: if r3 != 0 goto +2
  378: *(u32 *)(r10 -132) = 4
  379: goto +2228
      ; v68: bit<8> = read var9
  380: r1 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  381: r2 = r1
  382: w2 = w2
      ; v70: bit<32> = const 1
  383: r1 = 1
      ; v71: bit<32> = sub v69, v70
  384: r3 = r2
  385: r3 -= r1
  386: w3 = w3
      ; v72: bit<32> = const 8
  387: r1 = 8
      ; v73: bit<32> = mul v71, v72
  388: r2 = r3
  389: r2 *= r1
  390: w2 = w2
      ; advance v73
  391: r1 = r2
  392: r1 &= 7
  393: if r1 == 0 goto +2
  394: *(u32 *)(r10 -132) = 6
  395: goto +2212
  396: r1 = r2
  397: r1 >>= 3
  398: r2 = *(u64 *)(r10 -16)
  399: r2 += r1
  400: if r2 > 16383 goto +3
  401: r1 = r6
  402: r1 += r2
  403: if r1 <= r7 goto +2
  404: *(u32 *)(r10 -132) = 1
  405: goto +2202
  406: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  407: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  408: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  409: r3 = r2
  410: r3 &= 65535
      ; v77: bit<16> = const 1
  411: r2 = 1
      ; v78: bit<16> = sub v76, v77
  412: r4 = r3
  413: r4 -= r2
  414: r4 &= 65535
      ; v79: bit<16> = sub v74, v78
  415: r2 = r1
  416: r2 -= r4
  417: r2 &= 65535
      ; write var2, v79
  418: *(u16 *)(r10 -36) = r2
  419: goto +62
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  420: r1 = *(u64 *)(r10 -16)
  421: if r1 > 16383 goto +5
  422: r2 = r6
  423: r2 += r1
  424: r3 = r2
  425: r3 += 9
  426: if r3 <= r7 goto +2
  427: *(u32 *)(r10 -132) = 1
  428: goto +2179
  429: r2 = r1
  430: r2 += 1
  431: *(u32 *)(r10 -140) = r2
  432: r1 += 9
  433: *(u64 *)(r10 -16) = r1
      ; v80: bit<16> = read var2
  434: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  435: r2 = 9
      ; v82: bit<16> = sub v80, v81
  436: r3 = r1
  437: r3 -= r2
  438: r3 &= 65535
      ; write var2, v82
  439: *(u16 *)(r10 -36) = r3
  440: goto +41
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  441: r1 = *(u64 *)(r10 -16)
  442: if r1 > 16383 goto +5
  443: r2 = r6
  444: r2 += r1
  445: r3 = r2
  446: r3 += 2
  447: if r3 <= r7 goto +2
  448: *(u32 *)(r10 -132) = 1
  449: goto +2158
  450: r2 = r1
  451: r2 += 1
  452: *(u32 *)(r10 -144) = r2
  453: r1 += 2
  454: *(u64 *)(r10 -16) = r1
      ; v83: bit<16> = read var2
  455: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  456: r2 = 2
      ; v85: bit<16> = sub v83, v84
  457: r3 = r1
  458: r3 -= r2
  459: r3 &= 65535
      ; write var2, v85
  460: *(u16 *)(r10 -36) = r3
  461: goto +20
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  462: r1 = *(u64 *)(r10 -16)
  463: if r1 > 16383 goto +5
  464: r2 = r6
  465: r2 += r1
  466: r3 = r2
  467: r3 += 3
  468: if r3 <= r7 goto +2
  469: *(u32 *)(r10 -132) = 1
  470: goto +2137
  471: r2 = r1
  472: r2 += 1
  473: *(u32 *)(r10 -148) = r2
  474: r1 += 3
  475: *(u64 *)(r10 -16) = r1
      ; v86: bit<16> = read var2
  476: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  477: r2 = 3
      ; v88: bit<16> = sub v86, v87
  478: r3 = r1
  479: r3 -= r2
  480: r3 &= 65535
      ; write var2, v88
  481: *(u16 *)(r10 -36) = r3
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  482: r1 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  483: r2 = *(u8 *)(r10 -28)
  484: if r1 != 0 goto +1
  485: goto +1316
  486: if r2 != 10 goto +1
  487: goto +1314
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  488: r1 = *(u64 *)(r10 -16)
  489: if r1 > 16383 goto +5
  490: r2 = r6
  491: r2 += r1
  492: r3 = r2
  493: r3 += 1
  494: if r3 <= r7 goto +2
  495: *(u32 *)(r10 -132) = 1
  496: goto +2111
  497: r3 = r1
  498: r3 += 1
  499: *(u32 *)(r10 -180) = r3
  500: r1 += 1
  501: *(u64 *)(r10 -16) = r1
      ; v91: bit<8> = read var3
  502: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  503: r3 = 1
      ; v93: bit<8> = add v91, v92
  504: r4 = r1
  505: r4 += r3
  506: r4 &= 255
      ; write var3, v93
  507: *(u8 *)(r10 -28) = r4
      ; v94: bit<16> = read var2
  508: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  509: r3 = 1
      ; v96: bit<16> = sub v94, v95
  510: r4 = r1
  511: r4 -= r3
  512: r4 &= 65535
      ; write var2, v96
  513: *(u16 *)(r10 -36) = r4
      ; v97: bit<8> = read_field hdr5.kind
  514: r1 = *(u8 *)(r2 +0)
  515: if r1 != 0 goto +1
  516: goto +1285
  517: if r1 != 1 goto +1
  518: goto +127
  519: if r1 != 2 goto +1
  520: goto +105
  521: if r1 != 3 goto +1
  522: goto +82
  523: if r1 != 8 goto +1
  524: goto +59
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  525: r1 = *(u64 *)(r10 -16)
  526: if r1 > 16383 goto +5
  527: r2 = r6
  528: r2 += r1
  529: r1 = r2
  530: r1 += 1
  531: if r1 <= r7 goto +2
  532: *(u32 *)(r10 -132) = 1
  533: goto +2074
  534: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  535: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  536: r1 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
  537: r2 = 2
      ; v101: bool = ge v99, v100
  538: r3 = 1
  539: if r1 >= r2 goto +1
  540: r3 = 0
      ; verify v101, error HeaderTooShort
  541: if r3 != 0 goto +2
  542: *(u32 *)(r10 -132) = 4
  543: goto +2064
      ; v102: bit<8> = read var9
  544: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  545: r2 = r1
  546: w2 = w2
      ; v104: bit<32> = const 1
  547: r1 = 1
      ; v105: bit<32> = sub v103, v104
  548: r3 = r2
  549: r3 -= r1
  550: w3 = w3
      ; v106: bit<32> = const 8
  551: r1 = 8
      ; v107: bit<32> = mul v105, v106
  552: r2 = r3
  553: r2 *= r1
  554: w2 = w2
      ; advance v107
  555: r1 = r2
  556: r1 &= 7
  557: if r1 == 0 goto +2
  558: *(u32 *)(r10 -132) = 6
  559: goto +2048
  560: r1 = r2
  561: r1 >>= 3
  562: r2 = *(u64 *)(r10 -16)
  563: r2 += r1
  564: if r2 > 16383 goto +3
  565: r1 = r6
  566: r1 += r2
  567: if r1 <= r7 goto +2
  568: *(u32 *)(r10 -132) = 1
  569: goto +2038
  570: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  571: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  572: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  573: r3 = r2
  574: r3 &= 65535
      ; v111: bit<16> = const 1
  575: r2 = 1
      ; v112: bit<16> = sub v110, v111
  576: r4 = r3
  577: r4 -= r2
  578: r4 &= 65535
      ; v113: bit<16> = sub v108, v112
  579: r2 = r1
  580: r2 -= r4
  581: r2 &= 65535
      ; write var2, v113
  582: *(u16 *)(r10 -36) = r2
  583: goto +62
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  584: r1 = *(u64 *)(r10 -16)
  585: if r1 > 16383 goto +5
  586: r2 = r6
  587: r2 += r1
  588: r3 = r2
  589: r3 += 9
  590: if r3 <= r7 goto +2
  591: *(u32 *)(r10 -132) = 1
  592: goto +2015
  593: r2 = r1
  594: r2 += 1
  595: *(u32 *)(r10 -140) = r2
  596: r1 += 9
  597: *(u64 *)(r10 -16) = r1
      ; v114: bit<16> = read var2
  598: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  599: r2 = 9
      ; v116: bit<16> = sub v114, v115
  600: r3 = r1
  601: r3 -= r2
  602: r3 &= 65535
      ; write var2, v116
  603: *(u16 *)(r10 -36) = r3
  604: goto +41
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  605: r1 = *(u64 *)(r10 -16)
  606: if r1 > 16383 goto +5
  607: r2 = r6
  608: r2 += r1
  609: r3 = r2
  610: r3 += 2
  611: if r3 <= r7 goto +2
  612: *(u32 *)(r10 -132) = 1
  613: goto +1994
  614: r2 = r1
  615: r2 += 1
  616: *(u32 *)(r10 -144) = r2
  617: r1 += 2
  618: *(u64 *)(r10 -16) = r1
      ; v117: bit<16> = read var2
  619: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  620: r2 = 2
      ; v119: bit<16> = sub v117, v118
  621: r3 = r1
  622: r3 -= r2
  623: r3 &= 65535
      ; write var2, v119
  624: *(u16 *)(r10 -36) = r3
  625: goto +20
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  626: r1 = *(u64 *)(r10 -16)
  627: if r1 > 16383 goto +5
  628: r2 = r6
  629: r2 += r1
  630: r3 = r2
  631: r3 += 3
  632: if r3 <= r7 goto +2
  633: *(u32 *)(r10 -132) = 1
  634: goto +1973
  635: r2 = r1
  636: r2 += 1
  637: *(u32 *)(r10 -148) = r2
  638: r1 += 3
  639: *(u64 *)(r10 -16) = r1
      ; v120: bit<16> = read var2
  640: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  641: r2 = 3
      ; v122: bit<16> = sub v120, v121
  642: r3 = r1
  643: r3 -= r2
  644: r3 &= 65535
      ; write var2, v122
  645: *(u16 *)(r10 -36) = r3
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  646: r1 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  647: r2 = *(u8 *)(r10 -28)
  648: if r1 != 0 goto +1
  649: goto +1152
  650: if r2 != 10 goto +1
  651: goto +1150
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  652: r1 = *(u64 *)(r10 -16)
  653: if r1 > 16383 goto +5
  654: r2 = r6
  655: r2 += r1
  656: r3 = r2
  657: r3 += 1
  658: if r3 <= r7 goto +2
  659: *(u32 *)(r10 -132) = 1
  660: goto +1947
  661: r3 = r1
  662: r3 += 1
  663: *(u32 *)(r10 -176) = r3
  664: r1 += 1
  665: *(u64 *)(r10 -16) = r1
      ; v125: bit<8> = read var3
  666: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  667: r3 = 1
      ; v127: bit<8> = add v125, v126
  668: r4 = r1
  669: r4 += r3
  670: r4 &= 255
      ; write var3, v127
  671: *(u8 *)(r10 -28) = r4
      ; v128: bit<16> = read var2
  672: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  673: r3 = 1
      ; v130: bit<16> = sub v128, v129
  674: r4 = r1
  675: r4 -= r3
  676: r4 &= 65535
      ; write var2, v130
  677: *(u16 *)(r10 -36) = r4
      ; v131: bit<8> = read_field hdr6.kind
  678: r1 = *(u8 *)(r2 +0)
  679: if r1 != 0 goto +1
  680: goto +1121
  681: if r1 != 1 goto +1
  682: goto +127
  683: if r1 != 2 goto +1
  684: goto +105
  685: if r1 != 3 goto +1
  686: goto +82
  687: if r1 != 8 goto +1
  688: goto +59
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  689: r1 = *(u64 *)(r10 -16)
  690: if r1 > 16383 goto +5
  691: r2 = r6
  692: r2 += r1
  693: r1 = r2
  694: r1 += 1
  695: if r1 <= r7 goto +2
  696: *(u32 *)(r10 -132) = 1
  697: goto +1910
  698: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  699: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  700: r1 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
  701: r2 = 2
      ; v135: bool = ge v133, v134
  702: r3 = 1
  703: if r1 >= r2 goto +1
  704: r3 = 0
      ; verify v135, error HeaderTooShort
  705: if r3 != 0 goto +2
  706: *(u32 *)(r10 -132) = 4
  707: goto +1900
      ; v136: bit<8> = read var9
  708: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  709: r2 = r1
  710: w2 = w2
      ; v138: bit<32> = const 1
  711: r1 = 1
      ; v139: bit<32> = sub v137, v138
  712: r3 = r2
  713: r3 -= r1
  714: w3 = w3
      ; v140: bit<32> = const 8
  715: r1 = 8
      ; v141: bit<32> = mul v139, v140
  716: r2 = r3
  717: r2 *= r1
  718: w2 = w2
      ; advance v141
  719: r1 = r2
  720: r1 &= 7
  721: if r1 == 0 goto +2
  722: *(u32 *)(r10 -132) = 6
  723: goto +1884
  724: r1 = r2
  725: r1 >>= 3
  726: r2 = *(u64 *)(r10 -16)
  727: r2 += r1
  728: if r2 > 16383 goto +3
  729: r1 = r6
  730: r1 += r2
  731: if r1 <= r7 goto +2
  732: *(u32 *)(r10 -132) = 1
  733: goto +1874
  734: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  735: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  736: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  737: r3 = r2
  738: r3 &= 65535
      ; v145: bit<16> = const 1
  739: r2 = 1
      ; v146: bit<16> = sub v144, v145
  740: r4 = r3
  741: r4 -= r2
  742: r4 &= 65535
      ; v147: bit<16> = sub v142, v146
  743: r2 = r1
  744: r2 -= r4
  745: r2 &= 65535
      ; write var2, v147
  746: *(u16 *)(r10 -36) = r2
  747: goto +62
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  748: r1 = *(u64 *)(r10 -16)
  749: if r1 > 16383 goto +5
  750: r2 = r6
  751: r2 += r1
  752: r3 = r2
  753: r3 += 9
  754: if r3 <= r7 goto +2
  755: *(u32 *)(r10 -132) = 1
  756: goto +1851
  757: r2 = r1
  758: r2 += 1
  759: *(u32 *)(r10 -140) = r2
  760: r1 += 9
  761: *(u64 *)(r10 -16) = r1
      ; v148: bit<16> = read var2
  762: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  763: r2 = 9
      ; v150: bit<16> = sub v148, v149
  764: r3 = r1
  765: r3 -= r2
  766: r3 &= 65535
      ; write var2, v150
  767: *(u16 *)(r10 -36) = r3
  768: goto +41
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  769: r1 = *(u64 *)(r10 -16)
  770: if r1 > 16383 goto +5
  771: r2 = r6
  772: r2 += r1
  773: r3 = r2
  774: r3 += 2
  775: if r3 <= r7 goto +2
  776: *(u32 *)(r10 -132) = 1
  777: goto +1830
  778: r2 = r1
  779: r2 += 1
  780: *(u32 *)(r10 -144) = r2
  781: r1 += 2
  782: *(u64 *)(r10 -16) = r1
      ; v151: bit<16> = read var2
  783: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  784: r2 = 2
      ; v153: bit<16> = sub v151, v152
  785: r3 = r1
  786: r3 -= r2
  787: r3 &= 65535
      ; write var2, v153
  788: *(u16 *)(r10 -36) = r3
  789: goto +20
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  790: r1 = *(u64 *)(r10 -16)
  791: if r1 > 16383 goto +5
  792: r2 = r6
  793: r2 += r1
  794: r3 = r2
  795: r3 += 3
  796: if r3 <= r7 goto +2
  797: *(u32 *)(r10 -132) = 1
  798: goto +1809
  799: r2 = r1
  800: r2 += 1
  801: *(u32 *)(r10 -148) = r2
  802: r1 += 3
  803: *(u64 *)(r10 -16) = r1
      ; v154: bit<16> = read var2
  804: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  805: r2 = 3
      ; v156: bit<16> = sub v154, v155
  806: r3 = r1
  807: r3 -= r2
  808: r3 &= 65535
      ; write var2, v156
  809: *(u16 *)(r10 -36) = r3
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  810: r1 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  811: r2 = *(u8 *)(r10 -28)
  812: if r1 != 0 goto +1
  813: goto +988
  814: if r2 != 10 goto +1
  815: goto +986
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  816: r1 = *(u64 *)(r10 -16)
  817: if r1 > 16383 goto +5
  818: r2 = r6
  819: r2 += r1
  820: r3 = r2
  821: r3 += 1
  822: if r3 <= r7 goto +2
  823: *(u32 *)(r10 -132) = 1
  824: goto +1783
  825: r3 = r1
  826: r3 += 1
  827: *(u32 *)(r10 -172) = r3
  828: r1 += 1
  829: *(u64 *)(r10 -16) = r1
      ; v159: bit<8> = read var3
  830: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  831: r3 = 1
      ; v161: bit<8> = add v159, v160
  832: r4 = r1
  833: r4 += r3
  834: r4 &= 255
      ; write var3, v161
  835: *(u8 *)(r10 -28) = r4
      ; v162: bit<16> = read var2
  836: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  837: r3 = 1
      ; v164: bit<16> = sub v162, v163
  838: r4 = r1
  839: r4 -= r3
  840: r4 &= 65535
      ; write var2, v164
  841: *(u16 *)(r10 -36) = r4
      ; v165: bit<8> = read_field hdr7.kind
  842: r1 = *(u8 *)(r2 +0)
  843: if r1 != 0 goto +1
  844: goto +957
  845: if r1 != 1 goto +1
  846: goto +127
  847: if r1 != 2 goto +1
  848: goto +105
  849: if r1 != 3 goto +1
  850: goto +82
  851: if r1 != 8 goto +1
  852: goto +59
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  853: r1 = *(u64 *)(r10 -16)
  854: if r1 > 16383 goto +5
  855: r2 = r6
  856: r2 += r1
  857: r1 = r2
  858: r1 += 1
  859: if r1 <= r7 goto +2
  860: *(u32 *)(r10 -132) = 1
  861: goto +1746
  862: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  863: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  864: r1 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
  865: r2 = 2
      ; v169: bool = ge v167, v168
  866: r3 = 1
  867: if r1 >= r2 goto +1
  868: r3 = 0
      ; verify v169, error HeaderTooShort
  869: if r3 != 0 goto +2
  870: *(u32 *)(r10 -132) = 4
  871: goto +1736
      ; v170: bit<8> = read var9
  872: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  873: r2 = r1
  874: w2 = w2
      ; v172: bit<32> = const 1
  875: r1 = 1
      ; v173: bit<32> = sub v171, v172
  876: r3 = r2
  877: r3 -= r1
  878: w3 = w3
      ; v174: bit<32> = const 8
  879: r1 = 8
      ; v175: bit<32> = mul v173, v174
  880: r2 = r3
  881: r2 *= r1
  882: w2 = w2
      ; advance v175
  883: r1 = r2
  884: r1 &= 7
  885: if r1 == 0 goto +2
  886: *(u32 *)(r10 -132) = 6
  887: goto +1720
  888: r1 = r2
  889: r1 >>= 3
  890: r2 = *(u64 *)(r10 -16)
  891: r2 += r1
  892: if r2 > 16383 goto +3
  893: r1 = r6
  894: r1 += r2
  895: if r1 <= r7 goto +2
  896: *(u32 *)(r10 -132) = 1
  897: goto +1710
  898: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  899: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  900: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  901: r3 = r2
  902: r3 &= 65535
      ; v179: bit<16> = const 1
  903: r2 = 1
      ; v180: bit<16> = sub v178, v179
  904: r4 = r3
  905: r4 -= r2
  906: r4 &= 65535
      ; v181: bit<16> = sub v176, v180
  907: r2 = r1
  908: r2 -= r4
  909: r2 &= 65535
      ; write var2, v181
  910: *(u16 *)(r10 -36) = r2
  911: goto +62
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  912: r1 = *(u64 *)(r10 -16)
  913: if r1 > 16383 goto +5
  914: r2 = r6
  915: r2 += r1
  916: r3 = r2
  917: r3 += 9
  918: if r3 <= r7 goto +2
  919: *(u32 *)(r10 -132) = 1
  920: goto +1687
  921: r2 = r1
  922: r2 += 1
  923: *(u32 *)(r10 -140) = r2
  924: r1 += 9
  925: *(u64 *)(r10 -16) = r1
      ; v182: bit<16> = read var2
  926: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  927: r2 = 9
      ; v184: bit<16> = sub v182, v183
  928: r3 = r1
  929: r3 -= r2
  930: r3 &= 65535
      ; write var2, v184
  931: *(u16 *)(r10 -36) = r3
  932: goto +41
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  933: r1 = *(u64 *)(r10 -16)
  934: if r1 > 16383 goto +5
  935: r2 = r6
  936: r2 += r1
  937: r3 = r2
  938: r3 += 2
  939: if r3 <= r7 goto +2
  940: *(u32 *)(r10 -132) = 1
  941: goto +1666
  942: r2 = r1
  943: r2 += 1
  944: *(u32 *)(r10 -144) = r2
  945: r1 += 2
  946: *(u64 *)(r10 -16) = r1
      ; v185: bit<16> = read var2
  947: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  948: r2 = 2
      ; v187: bit<16> = sub v185, v186
  949: r3 = r1
  950: r3 -= r2
  951: r3 &= 65535
      ; write var2, v187
  952: *(u16 *)(r10 -36) = r3
  953: goto +20
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  954: r1 = *(u64 *)(r10 -16)
  955: if r1 > 16383 goto +5
  956: r2 = r6
  957: r2 += r1
  958: r3 = r2
  959: r3 += 3
  960: if r3 <= r7 goto +2
  961: *(u32 *)(r10 -132) = 1
  962: goto +1645
  963: r2 = r1
  964: r2 += 1
  965: *(u32 *)(r10 -148) = r2
  966: r1 += 3
  967: *(u64 *)(r10 -16) = r1
      ; v188: bit<16> = read var2
  968: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  969: r2 = 3
      ; v190: bit<16> = sub v188, v189
  970: r3 = r1
  971: r3 -= r2
  972: r3 &= 65535
      ; write var2, v190
  973: *(u16 *)(r10 -36) = r3
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  974: r1 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  975: r2 = *(u8 *)(r10 -28)
  976: if r1 != 0 goto +1
  977: goto +824
  978: if r2 != 10 goto +1
  979: goto +822
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  980: r1 = *(u64 *)(r10 -16)
  981: if r1 > 16383 goto +5
  982: r2 = r6
  983: r2 += r1
  984: r3 = r2
  985: r3 += 1
  986: if r3 <= r7 goto +2
  987: *(u32 *)(r10 -132) = 1
  988: goto +1619
  989: r3 = r1
  990: r3 += 1
  991: *(u32 *)(r10 -168) = r3
  992: r1 += 1
  993: *(u64 *)(r10 -16) = r1
      ; v193: bit<8> = read var3
  994: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
  995: r3 = 1
      ; v195: bit<8> = add v193, v194
  996: r4 = r1
  997: r4 += r3
  998: r4 &= 255
      ; write var3, v195
  999: *(u8 *)(r10 -28) = r4
      ; v196: bit<16> = read var2
 1000: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
 1001: r3 = 1
      ; v198: bit<16> = sub v196, v197
 1002: r4 = r1
 1003: r4 -= r3
 1004: r4 &= 65535
      ; write var2, v198
 1005: *(u16 *)(r10 -36) = r4
      ; v199: bit<8> = read_field hdr8.kind
 1006: r1 = *(u8 *)(r2 +0)
 1007: if r1 != 0 goto +1
 1008: goto +793
 1009: if r1 != 1 goto +1
 1010: goto +127
 1011: if r1 != 2 goto +1
 1012: goto +105
 1013: if r1 != 3 goto +1
 1014: goto +82
 1015: if r1 != 8 goto +1
 1016: goto +59
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
 1017: r1 = *(u64 *)(r10 -16)
 1018: if r1 > 16383 goto +5
 1019: r2 = r6
 1020: r2 += r1
 1021: r1 = r2
 1022: r1 += 1
 1023: if r1 <= r7 goto +2
 1024: *(u32 *)(r10 -132) = 1
 1025: goto +1582
 1026: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
 1027: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
 1028: r1 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
 1029: r2 = 2
      ; v203: bool = ge v201, v202
 1030: r3 = 1
 1031: if r1 >= r2 goto +1
 1032: r3 = 0
      ; verify v203, error HeaderTooShort
 1033: if r3 != 0 goto +2
 1034: *(u32 *)(r10 -132) = 4
 1035: goto +1572
      ; v204: bit<8> = read var9
 1036: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
 1037: r2 = r1
 1038: w2 = w2
      ; v206: bit<32> = const 1
 1039: r1 = 1
      ; v207: bit<32> = sub v205, v206
 1040: r3 = r2
 1041: r3 -= r1
 1042: w3 = w3
      ; v208: bit<32> = const 8
 1043: r1 = 8
      ; v209: bit<32> = mul v207, v208
 1044: r2 = r3
 1045: r2 *= r1
 1046: w2 = w2
      ; advance v209
 1047: r1 = r2
 1048: r1 &= 7
 1049: if r1 == 0 goto +2
 1050: *(u32 *)(r10 -132) = 6
 1051: goto +1556
 1052: r1 = r2
 1053: r1 >>= 3
 1054: r2 = *(u64 *)(r10 -16)
 1055: r2 += r1
 1056: if r2 > 16383 goto +3
 1057: r1 = r6
 1058: r1 += r2
 1059: if r1 <= r7 goto +2
 1060: *(u32 *)(r10 -132) = 1
 1061: goto +1546
 1062: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
 1063: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
 1064: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
 1065: r3 = r2
 1066: r3 &= 65535
      ; v213: bit<16> = const 1
 1067: r2 = 1
      ; v214: bit<16> = sub v212, v213
 1068: r4 = r3
 1069: r4 -= r2
 1070: r4 &= 65535
      ; v215: bit<16> = sub v210, v214
 1071: r2 = r1
 1072: r2 -= r4
 1073: r2 &= 65535
      ; write var2, v215
 1074: *(u16 *)(r10 -36) = r2
 1075: goto +62
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
 1076: r1 = *(u64 *)(r10 -16)
 1077: if r1 > 16383 goto +5
 1078: r2 = r6
 1079: r2 += r1
 1080: r3 = r2
 1081: r3 += 9
 1082: if r3 <= r7 goto +2
 1083: *(u32 *)(r10 -132) = 1
 1084: goto +1523
 1085: r2 = r1
 1086: r2 += 1
 1087: *(u32 *)(r10 -140) = r2
 1088: r1 += 9
 1089: *(u64 *)(r10 -16) = r1
      ; v216: bit<16> = read var2
 1090: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
 1091: r2 = 9
      ; v218: bit<16> = sub v216, v217
 1092: r3 = r1
 1093: r3 -= r2
 1094: r3 &= 65535
      ; write var2, v218
 1095: *(u16 *)(r10 -36) = r3
 1096: goto +41
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
 1097: r1 = *(u64 *)(r10 -16)
 1098: if r1 > 16383 goto +5
 1099: r2 = r6
 1100: r2 += r1
 1101: r3 = r2
 1102: r3 += 2
 1103: if r3 <= r7 goto +2
 1104: *(u32 *)(r10 -132) = 1
 1105: goto +1502
 1106: r2 = r1
 1107: r2 += 1
 1108: *(u32 *)(r10 -144) = r2
 1109: r1 += 2
 1110: *(u64 *)(r10 -16) = r1
      ; v219: bit<16> = read var2
 1111: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
 1112: r2 = 2
      ; v221: bit<16> = sub v219, v220
 1113: r3 = r1
 1114: r3 -= r2
 1115: r3 &= 65535
      ; write var2, v221
 1116: *(u16 *)(r10 -36) = r3
 1117: goto +20
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
 1118: r1 = *(u64 *)(r10 -16)
 1119: if r1 > 16383 goto +5
 1120: r2 = r6
 1121: r2 += r1
 1122: r3 = r2
 1123: r3 += 3
 1124: if r3 <= r7 goto +2
 1125: *(u32 *)(r10 -132) = 1
 1126: goto +1481
 1127: r2 = r1
 1128: r2 += 1
 1129: *(u32 *)(r10 -148) = r2
 1130: r1 += 3
 1131: *(u64 *)(r10 -16) = r1
      ; v222: bit<16> = read var2
 1132: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
 1133: r2 = 3
      ; v224: bit<16> = sub v222, v223
 1134: r3 = r1
 1135: r3 -= r2
 1136: r3 &= 65535
      ; write var2, v224
 1137: *(u16 *)(r10 -36) = r3
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
 1138: r1 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
 1139: r2 = *(u8 *)(r10 -28)
 1140: if r1 != 0 goto +1
 1141: goto +660
 1142: if r2 != 10 goto +1
 1143: goto +658
      ; prs: block41 (parse_option.6)
      ; extract hdr9
 1144: r1 = *(u64 *)(r10 -16)
 1145: if r1 > 16383 goto +5
 1146: r2 = r6
 1147: r2 += r1
 1148: r3 = r2
 1149: r3 += 1
 1150: if r3 <= r7 goto +2
 1151: *(u32 *)(r10 -132) = 1
 1152: goto +1455
 1153: r3 = r1
 1154: r3 += 1
 1155: *(u32 *)(r10 -164) = r3
 1156: r1 += 1
 1157: *(u64 *)(r10 -16) = r1
      ; v227: bit<8> = read var3
 1158: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
 1159: r3 = 1
      ; v229: bit<8> = add v227, v228
 1160: r4 = r1
 1161: r4 += r3
 1162: r4 &= 255
      ; write var3, v229
 1163: *(u8 *)(r10 -28) = r4
      ; v230: bit<16> = read var2
 1164: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
 1165: r3 = 1
      ; v232: bit<16> = sub v230, v231
 1166: r4 = r1
 1167: r4 -= r3
 1168: r4 &= 65535
      ; write var2, v232
 1169: *(u16 *)(r10 -36) = r4
      ; v233: bit<8> = read_field hdr9.kind
 1170: r1 = *(u8 *)(r2 +0)
 1171: if r1 != 0 goto +1
 1172: goto +629
 1173: if r1 != 1 goto +1
 1174: goto +127
 1175: if r1 != 2 goto +1
 1176: goto +105
 1177: if r1 != 3 goto +1
 1178: goto +82
 1179: if r1 != 8 goto +1
 1180: goto +59
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
 1181: r1 = *(u64 *)(r10 -16)
 1182: if r1 > 16383 goto +5
 1183: r2 = r6
 1184: r2 += r1
 1185: r1 = r2
 1186: r1 += 1
 1187: if r1 <= r7 goto +2
 1188: *(u32 *)(r10 -132) = 1
 1189: goto +1418
 1190: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
 1191: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
 1192: r1 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
 1193: r2 = 2
      ; v237: bool = ge v235, v236
 1194: r3 = 1
 1195: if r1 >= r2 goto +1
 1196: r3 = 0
      ; verify v237, error HeaderTooShort
 1197: if r3 != 0 goto +2
 1198: *(u32 *)(r10 -132) = 4
 1199: goto +1408
      ; v238: bit<8> = read var9
 1200: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
 1201: r2 = r1
 1202: w2 = w2
      ; v240: bit<32> = const 1
 1203: r1 = 1
      ; v241: bit<32> = sub v239, v240
 1204: r3 = r2
 1205: r3 -= r1
 1206: w3 = w3
      ; v242: bit<32> = const 8
 1207: r1 = 8
      ; v243: bit<32> = mul v241, v242
 1208: r2 = r3
 1209: r2 *= r1
 1210: w2 = w2
      ; advance v243
 1211: r1 = r2
 1212: r1 &= 7
 1213: if r1 == 0 goto +2
 1214: *(u32 *)(r10 -132) = 6
 1215: goto +1392
 1216: r1 = r2
 1217: r1 >>= 3
 1218: r2 = *(u64 *)(r10 -16)
 1219: r2 += r1
 1220: if r2 > 16383 goto +3
 1221: r1 = r6
 1222: r1 += r2
 1223: if r1 <= r7 goto +2
 1224: *(u32 *)(r10 -132) = 1
 1225: goto +1382
 1226: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1227: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1228: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1229: r3 = r2
 1230: r3 &= 65535
      ; v247: bit<16> = const 1
 1231: r2 = 1
      ; v248: bit<16> = sub v246, v247
 1232: r4 = r3
 1233: r4 -= r2
 1234: r4 &= 65535
      ; v249: bit<16> = sub v244, v248
 1235: r2 = r1
 1236: r2 -= r4
 1237: r2 &= 65535
      ; write var2, v249
 1238: *(u16 *)(r10 -36) = r2
 1239: goto +62
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1240: r1 = *(u64 *)(r10 -16)
 1241: if r1 > 16383 goto +5
 1242: r2 = r6
 1243: r2 += r1
 1244: r3 = r2
 1245: r3 += 9
 1246: if r3 <= r7 goto +2
 1247: *(u32 *)(r10 -132) = 1
 1248: goto +1359
 1249: r2 = r1
 1250: r2 += 1
 1251: *(u32 *)(r10 -140) = r2
 1252: r1 += 9
 1253: *(u64 *)(r10 -16) = r1
      ; v250: bit<16> = read var2
 1254: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1255: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1256: r3 = r1
 1257: r3 -= r2
 1258: r3 &= 65535
      ; write var2, v252
 1259: *(u16 *)(r10 -36) = r3
 1260: goto +41
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1261: r1 = *(u64 *)(r10 -16)
 1262: if r1 > 16383 goto +5
 1263: r2 = r6
 1264: r2 += r1
 1265: r3 = r2
 1266: r3 += 2
 1267: if r3 <= r7 goto +2
 1268: *(u32 *)(r10 -132) = 1
 1269: goto +1338
 1270: r2 = r1
 1271: r2 += 1
 1272: *(u32 *)(r10 -144) = r2
 1273: r1 += 2
 1274: *(u64 *)(r10 -16) = r1
      ; v253: bit<16> = read var2
 1275: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1276: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1277: r3 = r1
 1278: r3 -= r2
 1279: r3 &= 65535
      ; write var2, v255
 1280: *(u16 *)(r10 -36) = r3
 1281: goto +20
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1282: r1 = *(u64 *)(r10 -16)
 1283: if r1 > 16383 goto +5
 1284: r2 = r6
 1285: r2 += r1
 1286: r3 = r2
 1287: r3 += 3
 1288: if r3 <= r7 goto +2
 1289: *(u32 *)(r10 -132) = 1
 1290: goto +1317
 1291: r2 = r1
 1292: r2 += 1
 1293: *(u32 *)(r10 -148) = r2
 1294: r1 += 3
 1295: *(u64 *)(r10 -16) = r1
      ; v256: bit<16> = read var2
 1296: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1297: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1298: r3 = r1
 1299: r3 -= r2
 1300: r3 &= 65535
      ; write var2, v258
 1301: *(u16 *)(r10 -36) = r3
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1302: r1 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1303: r2 = *(u8 *)(r10 -28)
 1304: if r1 != 0 goto +1
 1305: goto +496
 1306: if r2 != 10 goto +1
 1307: goto +494
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1308: r1 = *(u64 *)(r10 -16)
 1309: if r1 > 16383 goto +5
 1310: r2 = r6
 1311: r2 += r1
 1312: r3 = r2
 1313: r3 += 1
 1314: if r3 <= r7 goto +2
 1315: *(u32 *)(r10 -132) = 1
 1316: goto +1291
 1317: r3 = r1
 1318: r3 += 1
 1319: *(u32 *)(r10 -160) = r3
 1320: r1 += 1
 1321: *(u64 *)(r10 -16) = r1
      ; v261: bit<8> = read var3
 1322: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1323: r3 = 1
      ; v263: bit<8> = add v261, v262
 1324: r4 = r1
 1325: r4 += r3
 1326: r4 &= 255
      ; write var3, v263
 1327: *(u8 *)(r10 -28) = r4
      ; v264: bit<16> = read var2
 1328: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1329: r3 = 1
      ; v266: bit<16> = sub v264, v265
 1330: r4 = r1
 1331: r4 -= r3
 1332: r4 &= 65535
      ; write var2, v266
 1333: *(u16 *)(r10 -36) = r4
      ; v267: bit<8> = read_field hdr10.kind
 1334: r1 = *(u8 *)(r2 +0)
 1335: if r1 != 0 goto +1
 1336: goto +465
 1337: if r1 != 1 goto +1
 1338: goto +127
 1339: if r1 != 2 goto +1
 1340: goto +105
 1341: if r1 != 3 goto +1
 1342: goto +82
 1343: if r1 != 8 goto +1
 1344: goto +59
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1345: r1 = *(u64 *)(r10 -16)
 1346: if r1 > 16383 goto +5
 1347: r2 = r6
 1348: r2 += r1
 1349: r1 = r2
 1350: r1 += 1
 1351: if r1 <= r7 goto +2
 1352: *(u32 *)(r10 -132) = 1
 1353: goto +1254
 1354: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1355: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1356: r1 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
 1357: r2 = 2
      ; v271: bool = ge v269, v270
 1358: r3 = 1
 1359: if r1 >= r2 goto +1
 1360: r3 = 0
      ; verify v271, error HeaderTooShort
 1361: if r3 != 0 goto +2
 1362: *(u32 *)(r10 -132) = 4
 1363: goto +1244
      ; v272: bit<8> = read var9
 1364: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1365: r2 = r1
 1366: w2 = w2
      ; v274: bit<32> = const 1
 1367: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1368: r3 = r2
 1369: r3 -= r1
 1370: w3 = w3
      ; v276: bit<32> = const 8
 1371: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1372: r2 = r3
 1373: r2 *= r1
 1374: w2 = w2
      ; advance v277
 1375: r1 = r2
 1376: r1 &= 7
 1377: if r1 == 0 goto +2
 1378: *(u32 *)(r10 -132) = 6
 1379: goto +1228
 1380: r1 = r2
 1381: r1 >>= 3
 1382: r2 = *(u64 *)(r10 -16)
 1383: r2 += r1
 1384: if r2 > 16383 goto +3
 1385: r1 = r6
 1386: r1 += r2
 1387: if r1 <= r7 goto +2
 1388: *(u32 *)(r10 -132) = 1
 1389: goto +1218
 1390: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1391: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1392: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1393: r3 = r2
 1394: r3 &= 65535
      ; v281: bit<16> = const 1
 1395: r2 = 1
      ; v282: bit<16> = sub v280, v281
 1396: r4 = r3
 1397: r4 -= r2
 1398: r4 &= 65535
      ; v283: bit<16> = sub v278, v282
 1399: r2 = r1
 1400: r2 -= r4
 1401: r2 &= 65535
      ; write var2, v283
 1402: *(u16 *)(r10 -36) = r2
 1403: goto +62
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1404: r1 = *(u64 *)(r10 -16)
 1405: if r1 > 16383 goto +5
 1406: r2 = r6
 1407: r2 += r1
 1408: r3 = r2
 1409: r3 += 9
 1410: if r3 <= r7 goto +2
 1411: *(u32 *)(r10 -132) = 1
 1412: goto +1195
 1413: r2 = r1
 1414: r2 += 1
 1415: *(u32 *)(r10 -140) = r2
 1416: r1 += 9
 1417: *(u64 *)(r10 -16) = r1
      ; v284: bit<16> = read var2
 1418: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1419: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1420: r3 = r1
 1421: r3 -= r2
 1422: r3 &= 65535
      ; write var2, v286
 1423: *(u16 *)(r10 -36) = r3
 1424: goto +41
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1425: r1 = *(u64 *)(r10 -16)
 1426: if r1 > 16383 goto +5
 1427: r2 = r6
 1428: r2 += r1
 1429: r3 = r2
 1430: r3 += 2
 1431: if r3 <= r7 goto +2
 1432: *(u32 *)(r10 -132) = 1
 1433: goto +1174
 1434: r2 = r1
 1435: r2 += 1
 1436: *(u32 *)(r10 -144) = r2
 1437: r1 += 2
 1438: *(u64 *)(r10 -16) = r1
      ; v287: bit<16> = read var2
 1439: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1440: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1441: r3 = r1
 1442: r3 -= r2
 1443: r3 &= 65535
      ; write var2, v289
 1444: *(u16 *)(r10 -36) = r3
 1445: goto +20
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1446: r1 = *(u64 *)(r10 -16)
 1447: if r1 > 16383 goto +5
 1448: r2 = r6
 1449: r2 += r1
 1450: r3 = r2
 1451: r3 += 3
 1452: if r3 <= r7 goto +2
 1453: *(u32 *)(r10 -132) = 1
 1454: goto +1153
 1455: r2 = r1
 1456: r2 += 1
 1457: *(u32 *)(r10 -148) = r2
 1458: r1 += 3
 1459: *(u64 *)(r10 -16) = r1
      ; v290: bit<16> = read var2
 1460: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1461: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1462: r3 = r1
 1463: r3 -= r2
 1464: r3 &= 65535
      ; write var2, v292
 1465: *(u16 *)(r10 -36) = r3
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1466: r1 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1467: r2 = *(u8 *)(r10 -28)
 1468: if r1 != 0 goto +1
 1469: goto +332
 1470: if r2 != 10 goto +1
 1471: goto +330
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1472: r1 = *(u64 *)(r10 -16)
 1473: if r1 > 16383 goto +5
 1474: r2 = r6
 1475: r2 += r1
 1476: r3 = r2
 1477: r3 += 1
 1478: if r3 <= r7 goto +2
 1479: *(u32 *)(r10 -132) = 1
 1480: goto +1127
 1481: r3 = r1
 1482: r3 += 1
 1483: *(u32 *)(r10 -156) = r3
 1484: r1 += 1
 1485: *(u64 *)(r10 -16) = r1
      ; v295: bit<8> = read var3
 1486: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1487: r3 = 1
      ; v297: bit<8> = add v295, v296
 1488: r4 = r1
 1489: r4 += r3
 1490: r4 &= 255
      ; write var3, v297
 1491: *(u8 *)(r10 -28) = r4
      ; v298: bit<16> = read var2
 1492: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1493: r3 = 1
      ; v300: bit<16> = sub v298, v299
 1494: r4 = r1
 1495: r4 -= r3
 1496: r4 &= 65535
      ; write var2, v300
 1497: *(u16 *)(r10 -36) = r4
      ; v301: bit<8> = read_field hdr11.kind
 1498: r1 = *(u8 *)(r2 +0)
 1499: if r1 != 0 goto +1
 1500: goto +301
 1501: if r1 != 1 goto +1
 1502: goto +127
 1503: if r1 != 2 goto +1
 1504: goto +105
 1505: if r1 != 3 goto +1
 1506: goto +82
 1507: if r1 != 8 goto +1
 1508: goto +59
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1509: r1 = *(u64 *)(r10 -16)
 1510: if r1 > 16383 goto +5
 1511: r2 = r6
 1512: r2 += r1
 1513: r1 = r2
 1514: r1 += 1
 1515: if r1 <= r7 goto +2
 1516: *(u32 *)(r10 -132) = 1
 1517: goto +1090
 1518: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1519: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1520: r1 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
 1521: r2 = 2
      ; v305: bool = ge v303, v304
 1522: r3 = 1
 1523: if r1 >= r2 goto +1
 1524: r3 = 0
      ; verify v305, error HeaderTooShort
 1525: if r3 != 0 goto +2
 1526: *(u32 *)(r10 -132) = 4
 1527: goto +1080
      ; v306: bit<8> = read var9
 1528: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1529: r2 = r1
 1530: w2 = w2
      ; v308: bit<32> = const 1
 1531: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1532: r3 = r2
 1533: r3 -= r1
 1534: w3 = w3
      ; v310: bit<32> = const 8
 1535: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1536: r2 = r3
 1537: r2 *= r1
 1538: w2 = w2
      ; advance v311
 1539: r1 = r2
 1540: r1 &= 7
 1541: if r1 == 0 goto +2
 1542: *(u32 *)(r10 -132) = 6
 1543: goto +1064
 1544: r1 = r2
 1545: r1 >>= 3
 1546: r2 = *(u64 *)(r10 -16)
 1547: r2 += r1
 1548: if r2 > 16383 goto +3
 1549: r1 = r6
 1550: r1 += r2
 1551: if r1 <= r7 goto +2
 1552: *(u32 *)(r10 -132) = 1
 1553: goto +1054
 1554: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1555: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1556: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1557: r3 = r2
 1558: r3 &= 65535
      ; v315: bit<16> = const 1
 1559: r2 = 1
      ; v316: bit<16> = sub v314, v315
 1560: r4 = r3
 1561: r4 -= r2
 1562: r4 &= 65535
      ; v317: bit<16> = sub v312, v316
 1563: r2 = r1
 1564: r2 -= r4
 1565: r2 &= 65535
      ; write var2, v317
 1566: *(u16 *)(r10 -36) = r2
 1567: goto +62
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1568: r1 = *(u64 *)(r10 -16)
 1569: if r1 > 16383 goto +5
 1570: r2 = r6
 1571: r2 += r1
 1572: r3 = r2
 1573: r3 += 9
 1574: if r3 <= r7 goto +2
 1575: *(u32 *)(r10 -132) = 1
 1576: goto +1031
 1577: r2 = r1
 1578: r2 += 1
 1579: *(u32 *)(r10 -140) = r2
 1580: r1 += 9
 1581: *(u64 *)(r10 -16) = r1
      ; v318: bit<16> = read var2
 1582: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1583: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1584: r3 = r1
 1585: r3 -= r2
 1586: r3 &= 65535
      ; write var2, v320
 1587: *(u16 *)(r10 -36) = r3
 1588: goto +41
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1589: r1 = *(u64 *)(r10 -16)
 1590: if r1 > 16383 goto +5
 1591: r2 = r6
 1592: r2 += r1
 1593: r3 = r2
 1594: r3 += 2
 1595: if r3 <= r7 goto +2
 1596: *(u32 *)(r10 -132) = 1
 1597: goto +1010
 1598: r2 = r1
 1599: r2 += 1
 1600: *(u32 *)(r10 -144) = r2
 1601: r1 += 2
 1602: *(u64 *)(r10 -16) = r1
      ; v321: bit<16> = read var2
 1603: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1604: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1605: r3 = r1
 1606: r3 -= r2
 1607: r3 &= 65535
      ; write var2, v323
 1608: *(u16 *)(r10 -36) = r3
 1609: goto +20
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1610: r1 = *(u64 *)(r10 -16)
 1611: if r1 > 16383 goto +5
 1612: r2 = r6
 1613: r2 += r1
 1614: r3 = r2
 1615: r3 += 3
 1616: if r3 <= r7 goto +2
 1617: *(u32 *)(r10 -132) = 1
 1618: goto +989
 1619: r2 = r1
 1620: r2 += 1
 1621: *(u32 *)(r10 -148) = r2
 1622: r1 += 3
 1623: *(u64 *)(r10 -16) = r1
      ; v324: bit<16> = read var2
 1624: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1625: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1626: r3 = r1
 1627: r3 -= r2
 1628: r3 &= 65535
      ; write var2, v326
 1629: *(u16 *)(r10 -36) = r3
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1630: r1 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1631: r2 = *(u8 *)(r10 -28)
 1632: if r1 != 0 goto +1
 1633: goto +168
 1634: if r2 != 10 goto +1
 1635: goto +166
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1636: r1 = *(u64 *)(r10 -16)
 1637: if r1 > 16383 goto +5
 1638: r2 = r6
 1639: r2 += r1
 1640: r3 = r2
 1641: r3 += 1
 1642: if r3 <= r7 goto +2
 1643: *(u32 *)(r10 -132) = 1
 1644: goto +963
 1645: r3 = r1
 1646: r3 += 1
 1647: *(u32 *)(r10 -152) = r3
 1648: r1 += 1
 1649: *(u64 *)(r10 -16) = r1
      ; v329: bit<8> = read var3
 1650: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1651: r3 = 1
      ; v331: bit<8> = add v329, v330
 1652: r4 = r1
 1653: r4 += r3
 1654: r4 &= 255
      ; write var3, v331
 1655: *(u8 *)(r10 -28) = r4
      ; v332: bit<16> = read var2
 1656: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1657: r3 = 1
      ; v334: bit<16> = sub v332, v333
 1658: r4 = r1
 1659: r4 -= r3
 1660: r4 &= 65535
      ; write var2, v334
 1661: *(u16 *)(r10 -36) = r4
      ; v335: bit<8> = read_field hdr12.kind
 1662: r1 = *(u8 *)(r2 +0)
 1663: if r1 != 0 goto +1
 1664: goto +137
 1665: if r1 != 1 goto +1
 1666: goto +127
 1667: if r1 != 2 goto +1
 1668: goto +105
 1669: if r1 != 3 goto +1
 1670: goto +82
 1671: if r1 != 8 goto +1
 1672: goto +59
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1673: r1 = *(u64 *)(r10 -16)
 1674: if r1 > 16383 goto +5
 1675: r2 = r6
 1676: r2 += r1
 1677: r1 = r2
 1678: r1 += 1
 1679: if r1 <= r7 goto +2
 1680: *(u32 *)(r10 -132) = 1
 1681: goto +926
 1682: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1683: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1684: r1 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
 1685: r2 = 2
      ; v339: bool = ge v337, v338
 1686: r3 = 1
 1687: if r1 >= r2 goto +1
 1688: r3 = 0
      ; verify v339, error HeaderTooShort
 1689: if r3 != 0 goto +2
 1690: *(u32 *)(r10 -132) = 4
 1691: goto +916
      ; v340: bit<8> = read var9
 1692: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1693: r2 = r1
 1694: w2 = w2
      ; v342: bit<32> = const 1
 1695: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1696: r3 = r2
 1697: r3 -= r1
 1698: w3 = w3
      ; v344: bit<32> = const 8
 1699: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1700: r2 = r3
 1701: r2 *= r1
 1702: w2 = w2
      ; advance v345
 1703: r1 = r2
 1704: r1 &= 7
 1705: if r1 == 0 goto +2
 1706: *(u32 *)(r10 -132) = 6
 1707: goto +900
 1708: r1 = r2
 1709: r1 >>= 3
 1710: r2 = *(u64 *)(r10 -16)
 1711: r2 += r1
 1712: if r2 > 16383 goto +3
 1713: r1 = r6
 1714: r1 += r2
 1715: if r1 <= r7 goto +2
 1716: *(u32 *)(r10 -132) = 1
 1717: goto +890
 1718: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1719: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1720: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1721: r3 = r2
 1722: r3 &= 65535
      ; v349: bit<16> = const 1
 1723: r2 = 1
      ; v350: bit<16> = sub v348, v349
 1724: r4 = r3
 1725: r4 -= r2
 1726: r4 &= 65535
      ; v351: bit<16> = sub v346, v350
 1727: r2 = r1
 1728: r2 -= r4
 1729: r2 &= 65535
      ; write var2, v351
 1730: *(u16 *)(r10 -36) = r2
 1731: goto +62
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1732: r1 = *(u64 *)(r10 -16)
 1733: if r1 > 16383 goto +5
 1734: r2 = r6
 1735: r2 += r1
 1736: r3 = r2
 1737: r3 += 9
 1738: if r3 <= r7 goto +2
 1739: *(u32 *)(r10 -132) = 1
 1740: goto +867
 1741: r2 = r1
 1742: r2 += 1
 1743: *(u32 *)(r10 -140) = r2
 1744: r1 += 9
 1745: *(u64 *)(r10 -16) = r1
      ; v352: bit<16> = read var2
 1746: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1747: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1748: r3 = r1
 1749: r3 -= r2
 1750: r3 &= 65535
      ; write var2, v354
 1751: *(u16 *)(r10 -36) = r3
 1752: goto +41
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1753: r1 = *(u64 *)(r10 -16)
 1754: if r1 > 16383 goto +5
 1755: r2 = r6
 1756: r2 += r1
 1757: r3 = r2
 1758: r3 += 2
 1759: if r3 <= r7 goto +2
 1760: *(u32 *)(r10 -132) = 1
 1761: goto +846
 1762: r2 = r1
 1763: r2 += 1
 1764: *(u32 *)(r10 -144) = r2
 1765: r1 += 2
 1766: *(u64 *)(r10 -16) = r1
      ; v355: bit<16> = read var2
 1767: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1768: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1769: r3 = r1
 1770: r3 -= r2
 1771: r3 &= 65535
      ; write var2, v357
 1772: *(u16 *)(r10 -36) = r3
 1773: goto +20
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1774: r1 = *(u64 *)(r10 -16)
 1775: if r1 > 16383 goto +5
 1776: r2 = r6
 1777: r2 += r1
 1778: r3 = r2
 1779: r3 += 3
 1780: if r3 <= r7 goto +2
 1781: *(u32 *)(r10 -132) = 1
 1782: goto +825
 1783: r2 = r1
 1784: r2 += 1
 1785: *(u32 *)(r10 -148) = r2
 1786: r1 += 3
 1787: *(u64 *)(r10 -16) = r1
      ; v358: bit<16> = read var2
 1788: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1789: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1790: r3 = r1
 1791: r3 -= r2
 1792: r3 &= 65535
      ; write var2, v360
 1793: *(u16 *)(r10 -36) = r3
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1794: r1 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1795: r2 = *(u8 *)(r10 -28)
 1796: if r1 != 0 goto +1
 1797: goto +4
 1798: if r2 != 10 goto +1
 1799: goto +2
      ; prs: block65 (parse_option.10)
 1800: *(u32 *)(r10 -132) = 3
 1801: goto +806
      ; v0: bool = is_valid hdr2
 1802: r1 = *(u32 *)(r10 -192)
 1803: if r1 == 0 goto +1
 1804: r1 = 1
      ; v1: bool = not v0
 1805: r2 = r1
 1806: r2 ^= 1
 1807: if r2 != 0 goto +799
      ; v2: bit<64> = timestamp_ns
 1808: call bpf_ktime_get_ns
 1809: r1 = r0
      ; write var10, v2
 1810: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1811: r1 = *(u32 *)(r10 -192)
 1812: if r1 == 0 goto +11
 1813: r1 -= 1
 1814: if r1 > 16383 goto +9
 1815: r0 = r6
 1816: *(u64 *)(r10 -400) = r0
 1817: r0 = *(u64 *)(r10 -400)
 1818: r0 += r1
 1819: *(u64 *)(r10 -400) = r0
 1820: r0 = *(u64 *)(r10 -400)
 1821: r1 = r0
 1822: r1 += 20
 1823: if r1 <= r7 goto +2
 1824: r0 = 0
 1825: *(u64 *)(r10 -400) = r0
 1826: r1 = 0
 1827: r0 = *(u64 *)(r10 -400)
 1828: if r0 == 0 goto +2
 1829: r0 = *(u64 *)(r10 -400)
 1830: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1831: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1832: r1 = *(u32 *)(r10 -196)
 1833: if r1 == 0 goto +11
 1834: r1 -= 1
 1835: if r1 > 16383 goto +9
 1836: r0 = r6
 1837: *(u64 *)(r10 -408) = r0
 1838: r0 = *(u64 *)(r10 -408)
 1839: r0 += r1
 1840: *(u64 *)(r10 -408) = r0
 1841: r0 = *(u64 *)(r10 -408)
 1842: r1 = r0
 1843: r1 += 20
 1844: if r1 <= r7 goto +2
 1845: r0 = 0
 1846: *(u64 *)(r10 -408) = r0
 1847: r1 = 0
 1848: r0 = *(u64 *)(r10 -408)
 1849: if r0 == 0 goto +3
 1850: r0 = *(u64 *)(r10 -408)
 1851: r1 = *(u8 *)(r0 +0)
 1852: r1 &= 15
      ; v5: bit<16> = cast v4
 1853: r2 = r1
 1854: r2 &= 65535
      ; v6: bit<8> = const 2
 1855: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1856: r3 = r2
 1857: if r1 >= 16 goto +3
 1858: r3 <<= r1
 1859: r3 &= 65535
 1860: goto +1
 1861: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1862: r1 = 0
 1863: r0 = *(u64 *)(r10 -400)
 1864: if r0 == 0 goto +4
 1865: r0 = *(u64 *)(r10 -400)
 1866: r1 = *(u8 *)(r0 +12)
 1867: r1 >>= 4
 1868: r1 &= 15
      ; v9: bit<16> = cast v8
 1869: r2 = r1
 1870: r2 &= 65535
      ; v10: bit<8> = const 2
 1871: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1872: r4 = r2
 1873: if r1 >= 16 goto +3
 1874: r4 <<= r1
 1875: r4 &= 65535
 1876: goto +1
 1877: r4 = 0
      ; v12: bit<16> = add v7, v11
 1878: r1 = r3
 1879: r1 += r4
 1880: r1 &= 65535
      ; write var12, v12
 1881: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1882: r1 = 0
 1883: r0 = *(u64 *)(r10 -408)
 1884: if r0 == 0 goto +3
 1885: r0 = *(u64 *)(r10 -408)
 1886: r1 = *(u16 *)(r0 +2)
 1887: r1 = be16 r1
      ; v14: bit<16> = read var12
 1888: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1889: r3 = r1
 1890: r3 -= r2
 1891: r3 &= 65535
      ; v16: bit<32> = cast v15
 1892: r1 = r3
 1893: w1 = w1
      ; write var13, v16
 1894: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1895: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1896: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1897: r3 = 1
      ; v20: bit<8> = and v18, v19
 1898: r4 = r2
 1899: r4 &= r3
      ; v21: bit<8> = const 0
 1900: r2 = 0
      ; v22: bool = ne v20, v21
 1901: r3 = 1
 1902: if r4 != r2 goto +1
 1903: r3 = 0
      ; v23: bit<32> = const 1
 1904: r2 = 1
      ; v24: bit<32> = const 0
 1905: r4 = 0
      ; v25: bit<32> = select v22, v23, v24
 1906: r8 = r2
 1907: if r3 != 0 goto +1
 1908: r8 = r4
      ; v26: bit<32> = add v17, v25
 1909: r2 = r1
 1910: r2 += r8
 1911: w2 = w2
      ; write var14, v26
 1912: *(u32 *)(r10 -108) = r2
      ; v27: bit<32> = read_field hdr1.srcAddr
 1913: r1 = 0
 1914: r0 = *(u64 *)(r10 -408)
 1915: if r0 == 0 goto +3
 1916: r0 = *(u64 *)(r10 -408)
 1917: r1 = *(u32 *)(r0 +12)
 1918: r1 = be32 r1
      ; v28: bit<32> = read_field hdr1.dstAddr
 1919: r2 = 0
 1920: r0 = *(u64 *)(r10 -408)
 1921: if r0 == 0 goto +3
 1922: r0 = *(u64 *)(r10 -408)
 1923: r2 = *(u32 *)(r0 +16)
 1924: r2 = be32 r2
      ; v29: bit<16> = read_field hdr2.srcPort
 1925: r3 = 0
 1926: r0 = *(u64 *)(r10 -400)
 1927: if r0 == 0 goto +3
 1928: r0 = *(u64 *)(r10 -400)
 1929: r3 = *(u16 *)(r0 +0)
 1930: r3 = be16 r3
      ; v30: bit<16> = read_field hdr2.dstPort
 1931: r4 = 0
 1932: r0 = *(u64 *)(r10 -400)
 1933: if r0 == 0 goto +3
 1934: r0 = *(u64 *)(r10 -400)
 1935: r4 = *(u16 *)(r0 +2)
 1936: r4 = be16 r4
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1937: *(u64 *)(r10 -264) = 0
 1938: *(u64 *)(r10 -256) = 0
 1939: *(u32 *)(r10 -264) = r1
 1940: *(u32 *)(r10 -260) = r2
 1941: *(u16 *)(r10 -256) = r3
 1942: *(u16 *)(r10 -254) = r4
 1943: r1 = map[pipe_flows] ll
 1945: r2 = r10
 1946: r2 += -264
 1947: call bpf_map_lookup_elem
 1948: r1 = r0
 1949: if r1 == 0 goto +42
 1950: r0 = 1
 1951: *(u64 *)(r10 -416) = r0
 1952: r3 = *(u32 *)(r1 +0)
 1953: w3 = w3
 1954: r4 = *(u32 *)(r1 +4)
 1955: w4 = w4
 1956: r8 = *(u32 *)(r1 +8)
 1957: w8 = w8
 1958: r9 = *(u32 *)(r1 +12)
 1959: w9 = w9
 1960: r2 = *(u16 *)(r1 +16)
 1961: r2 &= 65535
 1962: r0 = *(u8 *)(r1 +18)
 1963: *(u64 *)(r10 -424) = r0
 1964: r0 = *(u64 *)(r10 -424)
 1965: r0 &= 255
 1966: *(u64 *)(r10 -424) = r0
 1967: r0 = *(u32 *)(r1 +20)
 1968: *(u64 *)(r10 -432) = r0
 1969: r0 = *(u64 *)(r10 -432)
 1970: w0 = w0
 1971: *(u64 *)(r10 -432) = r0
 1972: r0 = *(u32 *)(r1 +24)
 1973: *(u64 *)(r10 -440) = r0
 1974: r0 = *(u64 *)(r10 -440)
 1975: w0 = w0
 1976: *(u64 *)(r10 -440) = r0
 1977: r0 = *(u8 *)(r1 +28)
 1978: *(u64 *)(r10 -448) = r0
 1979: r0 = *(u64 *)(r10 -448)
 1980: r0 &= 255
 1981: *(u64 *)(r10 -448) = r0
 1982: r0 = *(u32 *)(r1 +32)
 1983: *(u64 *)(r10 -456) = r0
 1984: r0 = *(u64 *)(r10 -456)
 1985: w0 = w0
 1986: *(u64 *)(r10 -456) = r0
 1987: r0 = *(u64 *)(r1 +40)
 1988: *(u64 *)(r10 -464) = r0
 1989: r0 = *(u64 *)(r1 +48)
 1990: *(u64 *)(r10 -472) = r0
 1991: goto +21
 1992: r0 = 0
 1993: *(u64 *)(r10 -416) = r0
 1994: r3 = 0
 1995: r4 = 0
 1996: r8 = 0
 1997: r9 = 0
 1998: r2 = 0
 1999: r0 = 0
 2000: *(u64 *)(r10 -424) = r0
 2001: r0 = 0
 2002: *(u64 *)(r10 -432) = r0
 2003: r0 = 0
 2004: *(u64 *)(r10 -440) = r0
 2005: r0 = 0
 2006: *(u64 *)(r10 -448) = r0
 2007: r0 = 0
 2008: *(u64 *)(r10 -456) = r0
 2009: r0 = 0
 2010: *(u64 *)(r10 -464) = r0
 2011: r0 = 0
 2012: *(u64 *)(r10 -472) = r0
      ; write var15, v32
 2013: *(u32 *)(r10 -104) = r3
      ; write var16, v33
 2014: *(u32 *)(r10 -100) = r4
      ; write var17, v34
 2015: *(u32 *)(r10 -96) = r8
      ; write var18, v35
 2016: *(u32 *)(r10 -92) = r9
      ; write var19, v36
 2017: *(u16 *)(r10 -32) = r2
      ; write var20, v37
 2018: r0 = *(u64 *)(r10 -424)
 2019: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 2020: r0 = *(u64 *)(r10 -432)
 2021: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 2022: r0 = *(u64 *)(r10 -440)
 2023: *(u32 *)(r10 -84) = r0
      ; write var23, v40
 2024: r0 = *(u64 *)(r10 -448)
 2025: *(u8 *)(r10 -23) = r0
      ; write var24, v41
 2026: r0 = *(u64 *)(r10 -456)
 2027: *(u32 *)(r10 -80) = r0
      ; write var25, v42
 2028: r0 = *(u64 *)(r10 -464)
 2029: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 2030: r0 = *(u64 *)(r10 -472)
 2031: *(u64 *)(r10 -224) = r0
      ; write var27, v31
 2032: r0 = *(u64 *)(r10 -416)
 2033: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 2034: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 2035: r2 = 2
      ; v46: bit<8> = and v44, v45
 2036: r3 = r1
 2037: r3 &= r2
      ; v47: bit<8> = const 0
 2038: r1 = 0
      ; v48: bool = ne v46, v47
 2039: if r3 != r1 goto +62
      ; v65: bool = read var27
 2040: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 2041: r2 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
 2042: r3 = 0
      ; v68: bool = ne v66, v67
 2043: r4 = 1
 2044: if r2 != r3 goto +1
 2045: r4 = 0
      ; v69: bool = logical_and v65, v68
 2046: r2 = r1
 2047: r2 &= r4
 2048: if r2 != 0 goto +1
 2049: goto +51
      ; v70: bit<32> = read_field hdr2.seqNo
 2050: r1 = 0
 2051: r0 = *(u64 *)(r10 -400)
 2052: if r0 == 0 goto +3
 2053: r0 = *(u64 *)(r10 -400)
 2054: r1 = *(u32 *)(r0 +4)
 2055: r1 = be32 r1
      ; v71: bit<32> = read var14
 2056: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 2057: r3 = r1
 2058: r3 += r2
 2059: w3 = w3
      ; write var28, v72
 2060: *(u32 *)(r10 -76) = r3
      ; v73: bit<32> = read var28
 2061: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 2062: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 2063: r3 = r1
 2064: r3 -= r2
 2065: w3 = w3
      ; write var29, v75
 2066: *(u32 *)(r10 -72) = r3
      ; v76: bit<32> = read var29
 2067: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
 2068: r2 = 0
      ; v78: bool = ne v76, v77
 2069: r3 = 1
 2070: if r1 != r2 goto +1
 2071: r3 = 0
      ; v79: bit<32> = read var29
 2072: r1 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 2073: w2 = -2147483648
      ; v81: bool = lt v79, v80
 2074: r4 = 1
 2075: if r1 < r2 goto +1
 2076: r4 = 0
      ; v82: bool = logical_and v78, v81
 2077: r1 = r3
 2078: r1 &= r4
 2079: if r1 != 0 goto +9
      ; v90: bit<32> = read var22
 2080: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 2081: r2 = 1
      ; v92: bit<32> = add v90, v91
 2082: r3 = r1
 2083: r3 += r2
 2084: w3 = w3
      ; write var22, v92
 2085: *(u32 *)(r10 -84) = r3
      ; v93: bit<8> = const 0
 2086: r1 = 0
      ; write var23, v93
 2087: *(u8 *)(r10 -23) = r1
 2088: goto +12
      ; v83: bit<32> = read var28
 2089: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 2090: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 2091: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
 2092: r2 = 0
      ; v86: bool = eq v84, v85
 2093: if r1 == r2 goto +1
 2094: goto +6
      ; v87: bit<8> = const 1
 2095: r1 = 1
      ; write var23, v87
 2096: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 2097: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 2098: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 2099: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 2100: *(u64 *)(r10 -232) = r1
 2101: goto +72
      ; v49: bool = const 1
 2102: r1 = 1
      ; write var27, v49
 2103: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 2104: r1 = 0
 2105: r0 = *(u64 *)(r10 -400)
 2106: if r0 == 0 goto +3
 2107: r0 = *(u64 *)(r10 -400)
 2108: r1 = *(u32 *)(r0 +4)
 2109: r1 = be32 r1
      ; write var15, v50
 2110: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 2111: r1 = 0
 2112: r0 = *(u64 *)(r10 -400)
 2113: if r0 == 0 goto +3
 2114: r0 = *(u64 *)(r10 -400)
 2115: r1 = *(u32 *)(r0 +4)
 2116: r1 = be32 r1
      ; v52: bit<32> = const 1
 2117: r2 = 1
      ; v53: bit<32> = add v51, v52
 2118: r3 = r1
 2119: r3 += r2
 2120: w3 = w3
      ; write var16, v53
 2121: *(u32 *)(r10 -100) = r3
      ; v54: bit<32> = const 0
 2122: r1 = 0
      ; write var18, v54
 2123: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 2124: r1 = *(u32 *)(r10 -148)
 2125: if r1 == 0 goto +7
 2126: r1 -= 1
 2127: if r1 > 16383 goto +5
 2128: r2 = r6
 2129: r2 += r1
 2130: r1 = r2
 2131: r1 += 3
 2132: if r1 <= r7 goto +1
 2133: r2 = 0
 2134: r1 = 0
 2135: if r2 == 0 goto +2
 2136: r1 = *(u16 *)(r2 +1)
 2137: r1 = be16 r1
      ; write var19, v55
 2138: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 2139: r1 = *(u32 *)(r10 -144)
 2140: if r1 == 0 goto +7
 2141: r1 -= 1
 2142: if r1 > 16383 goto +5
 2143: r2 = r6
 2144: r2 += r1
 2145: r1 = r2
 2146: r1 += 2
 2147: if r1 <= r7 goto +1
 2148: r2 = 0
 2149: r1 = 0
 2150: if r2 == 0 goto +1
 2151: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 2152: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 2153: r1 = 0
      ; write var21, v57
 2154: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 2155: r1 = 0
      ; write var22, v58
 2156: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 2157: r1 = 1
      ; write var23, v59
 2158: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 2159: r1 = 0
 2160: r0 = *(u64 *)(r10 -400)
 2161: if r0 == 0 goto +3
 2162: r0 = *(u64 *)(r10 -400)
 2163: r1 = *(u32 *)(r0 +4)
 2164: r1 = be32 r1
      ; v61: bit<32> = const 1
 2165: r2 = 1
      ; v62: bit<32> = add v60, v61
 2166: r3 = r1
 2167: r3 += r2
 2168: w3 = w3
      ; write var24, v62
 2169: *(u32 *)(r10 -80) = r3
      ; v63: bit<64> = read var10
 2170: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 2171: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 2172: r1 = 0
      ; write var26, v64
 2173: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 2174: r1 = *(u8 *)(r10 -22)
 2175: if r1 != 0 goto +1
 2176: goto +113
      ; v95: bool = is_valid hdr15
 2177: r1 = *(u32 *)(r10 -140)
 2178: if r1 != 0 goto +1
 2179: goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 2180: r1 = *(u32 *)(r10 -140)
 2181: if r1 == 0 goto +7
 2182: r1 -= 1
 2183: if r1 > 16383 goto +5
 2184: r2 = r6
 2185: r2 += r1
 2186: r1 = r2
 2187: r1 += 9
 2188: if r1 <= r7 goto +1
 2189: r2 = 0
 2190: r1 = 0
 2191: if r2 == 0 goto +2
 2192: r1 = *(u32 *)(r2 +1)
 2193: r1 = be32 r1
      ; write var21, v96
 2194: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 2195: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 2196: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 2197: r3 = r1
 2198: r3 -= r2
 2199: w3 = w3
      ; write var17, v99
 2200: *(u32 *)(r10 -96) = r3
      ; v100: bit<32> = read_field hdr1.srcAddr
 2201: r1 = 0
 2202: r0 = *(u64 *)(r10 -408)
 2203: if r0 == 0 goto +3
 2204: r0 = *(u64 *)(r10 -408)
 2205: r1 = *(u32 *)(r0 +12)
 2206: r1 = be32 r1
      ; v101: bit<32> = read_field hdr1.dstAddr
 2207: r2 = 0
 2208: r0 = *(u64 *)(r10 -408)
 2209: if r0 == 0 goto +3
 2210: r0 = *(u64 *)(r10 -408)
 2211: r2 = *(u32 *)(r0 +16)
 2212: r2 = be32 r2
      ; v102: bit<16> = read_field hdr2.srcPort
 2213: r3 = 0
 2214: r0 = *(u64 *)(r10 -400)
 2215: if r0 == 0 goto +3
 2216: r0 = *(u64 *)(r10 -400)
 2217: r3 = *(u16 *)(r0 +0)
 2218: r3 = be16 r3
      ; v103: bit<16> = read_field hdr2.dstPort
 2219: r4 = 0
 2220: r0 = *(u64 *)(r10 -400)
 2221: if r0 == 0 goto +3
 2222: r0 = *(u64 *)(r10 -400)
 2223: r4 = *(u16 *)(r0 +2)
 2224: r4 = be16 r4
      ; v104: bit<32> = read var15
 2225: r8 = *(u32 *)(r10 -104)
      ; v105: bit<32> = read var16
 2226: r9 = *(u32 *)(r10 -100)
      ; v106: bit<32> = read var17
 2227: r0 = *(u32 *)(r10 -96)
 2228: *(u64 *)(r10 -416) = r0
      ; v107: bit<32> = read var18
 2229: r0 = *(u32 *)(r10 -92)
 2230: *(u64 *)(r10 -424) = r0
      ; v108: bit<16> = read var19
 2231: r0 = *(u16 *)(r10 -32)
 2232: *(u64 *)(r10 -432) = r0
      ; v109: bit<8> = read var20
 2233: r0 = *(u8 *)(r10 -24)
 2234: *(u64 *)(r10 -440) = r0
      ; v110: bit<32> = read var21
 2235: r0 = *(u32 *)(r10 -88)
 2236: *(u64 *)(r10 -448) = r0
      ; v111: bit<32> = read var22
 2237: r0 = *(u32 *)(r10 -84)
 2238: *(u64 *)(r10 -456) = r0
      ; v112: bit<8> = read var23
 2239: r0 = *(u8 *)(r10 -23)
 2240: *(u64 *)(r10 -464) = r0
      ; v113: bit<32> = read var24
 2241: r0 = *(u32 *)(r10 -80)
 2242: *(u64 *)(r10 -472) = r0
      ; v114: bit<64> = read var25
 2243: r0 = *(u64 *)(r10 -232)
 2244: *(u64 *)(r10 -480) = r0
      ; v115: bit<64> = read var26
 2245: r0 = *(u64 *)(r10 -224)
 2246: *(u64 *)(r10 -488) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 2247: *(u64 *)(r10 -264) = 0
 2248: *(u64 *)(r10 -256) = 0
 2249: *(u32 *)(r10 -264) = r1
 2250: *(u32 *)(r10 -260) = r2
 2251: *(u16 *)(r10 -256) = r3
 2252: *(u16 *)(r10 -254) = r4
 2253: *(u64 *)(r10 -352) = 0
 2254: *(u64 *)(r10 -344) = 0
 2255: *(u64 *)(r10 -336) = 0
 2256: *(u64 *)(r10 -328) = 0
 2257: *(u64 *)(r10 -320) = 0
 2258: *(u64 *)(r10 -312) = 0
 2259: *(u64 *)(r10 -304) = 0
 2260: *(u32 *)(r10 -352) = r8
 2261: *(u32 *)(r10 -348) = r9
 2262: r0 = *(u64 *)(r10 -416)
 2263: *(u32 *)(r10 -344) = r0
 2264: r0 = *(u64 *)(r10 -424)
 2265: *(u32 *)(r10 -340) = r0
 2266: r0 = *(u64 *)(r10 -432)
 2267: *(u16 *)(r10 -336) = r0
 2268: r0 = *(u64 *)(r10 -440)
 2269: *(u8 *)(r10 -334) = r0
 2270: r0 = *(u64 *)(r10 -448)
 2271: *(u32 *)(r10 -332) = r0
 2272: r0 = *(u64 *)(r10 -456)
 2273: *(u32 *)(r10 -328) = r0
 2274: r0 = *(u64 *)(r10 -464)
 2275: *(u8 *)(r10 -324) = r0
 2276: r0 = *(u64 *)(r10 -472)
 2277: *(u32 *)(r10 -320) = r0
 2278: r0 = *(u64 *)(r10 -480)
 2279: *(u64 *)(r10 -312) = r0
 2280: r0 = *(u64 *)(r10 -488)
 2281: *(u64 *)(r10 -304) = r0
 2282: r1 = map[pipe_flows] ll
 2284: r2 = r10
 2285: r2 += -264
 2286: r3 = r10
 2287: r3 += -352
 2288: r4 = 0
 2289: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 2290: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 2291: r2 = 16
      ; v118: bit<8> = and v116, v117
 2292: r3 = r1
 2293: r3 &= r2
      ; v119: bit<8> = const 0
 2294: r1 = 0
      ; v120: bool = eq v118, v119
 2295: if r3 == r1 goto +310
      ; v121: bit<32> = read_field hdr1.dstAddr
 2296: r1 = 0
 2297: r0 = *(u64 *)(r10 -408)
 2298: if r0 == 0 goto +3
 2299: r0 = *(u64 *)(r10 -408)
 2300: r1 = *(u32 *)(r0 +16)
 2301: r1 = be32 r1
      ; v122: bit<32> = read_field hdr1.srcAddr
 2302: r2 = 0
 2303: r0 = *(u64 *)(r10 -408)
 2304: if r0 == 0 goto +3
 2305: r0 = *(u64 *)(r10 -408)
 2306: r2 = *(u32 *)(r0 +12)
 2307: r2 = be32 r2
      ; v123: bit<16> = read_field hdr2.dstPort
 2308: r3 = 0
 2309: r0 = *(u64 *)(r10 -400)
 2310: if r0 == 0 goto +3
 2311: r0 = *(u64 *)(r10 -400)
 2312: r3 = *(u16 *)(r0 +2)
 2313: r3 = be16 r3
      ; v124: bit<16> = read_field hdr2.srcPort
 2314: r4 = 0
 2315: r0 = *(u64 *)(r10 -400)
 2316: if r0 == 0 goto +3
 2317: r0 = *(u64 *)(r10 -400)
 2318: r4 = *(u16 *)(r0 +0)
 2319: r4 = be16 r4
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 2320: *(u64 *)(r10 -264) = 0
 2321: *(u64 *)(r10 -256) = 0
 2322: *(u32 *)(r10 -264) = r1
 2323: *(u32 *)(r10 -260) = r2
 2324: *(u16 *)(r10 -256) = r3
 2325: *(u16 *)(r10 -254) = r4
 2326: r1 = map[pipe_flows] ll
 2328: r2 = r10
 2329: r2 += -264
 2330: call bpf_map_lookup_elem
 2331: r1 = r0
 2332: if r1 == 0 goto +42
 2333: r0 = 1
 2334: *(u64 *)(r10 -416) = r0
 2335: r3 = *(u32 *)(r1 +0)
 2336: w3 = w3
 2337: r4 = *(u32 *)(r1 +4)
 2338: w4 = w4
 2339: r8 = *(u32 *)(r1 +8)
 2340: w8 = w8
 2341: r9 = *(u32 *)(r1 +12)
 2342: w9 = w9
 2343: r2 = *(u16 *)(r1 +16)
 2344: r2 &= 65535
 2345: r0 = *(u8 *)(r1 +18)
 2346: *(u64 *)(r10 -424) = r0
 2347: r0 = *(u64 *)(r10 -424)
 2348: r0 &= 255
 2349: *(u64 *)(r10 -424) = r0
 2350: r0 = *(u32 *)(r1 +20)
 2351: *(u64 *)(r10 -432) = r0
 2352: r0 = *(u64 *)(r10 -432)
 2353: w0 = w0
 2354: *(u64 *)(r10 -432) = r0
 2355: r0 = *(u32 *)(r1 +24)
 2356: *(u64 *)(r10 -440) = r0
 2357: r0 = *(u64 *)(r10 -440)
 2358: w0 = w0
 2359: *(u64 *)(r10 -440) = r0
 2360: r0 = *(u8 *)(r1 +28)
 2361: *(u64 *)(r10 -448) = r0
 2362: r0 = *(u64 *)(r10 -448)
 2363: r0 &= 255
 2364: *(u64 *)(r10 -448) = r0
 2365: r0 = *(u32 *)(r1 +32)
 2366: *(u64 *)(r10 -456) = r0
 2367: r0 = *(u64 *)(r10 -456)
 2368: w0 = w0
 2369: *(u64 *)(r10 -456) = r0
 2370: r0 = *(u64 *)(r1 +40)
 2371: *(u64 *)(r10 -464) = r0
 2372: r0 = *(u64 *)(r1 +48)
 2373: *(u64 *)(r10 -472) = r0
 2374: goto +21
 2375: r0 = 0
 2376: *(u64 *)(r10 -416) = r0
 2377: r3 = 0
 2378: r4 = 0
 2379: r8 = 0
 2380: r9 = 0
 2381: r2 = 0
 2382: r0 = 0
 2383: *(u64 *)(r10 -424) = r0
 2384: r0 = 0
 2385: *(u64 *)(r10 -432) = r0
 2386: r0 = 0
 2387: *(u64 *)(r10 -440) = r0
 2388: r0 = 0
 2389: *(u64 *)(r10 -448) = r0
 2390: r0 = 0
 2391: *(u64 *)(r10 -456) = r0
 2392: r0 = 0
 2393: *(u64 *)(r10 -464) = r0
 2394: r0 = 0
 2395: *(u64 *)(r10 -472) = r0
      ; write var30, v126
 2396: *(u32 *)(r10 -68) = r3
      ; write var31, v127
 2397: *(u32 *)(r10 -64) = r4
      ; write var32, v128
 2398: *(u32 *)(r10 -60) = r8
      ; write var33, v129
 2399: *(u32 *)(r10 -56) = r9
      ; write var34, v130
 2400: *(u16 *)(r10 -30) = r2
      ; write var35, v131
 2401: r0 = *(u64 *)(r10 -424)
 2402: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2403: r0 = *(u64 *)(r10 -432)
 2404: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2405: r0 = *(u64 *)(r10 -440)
 2406: *(u32 *)(r10 -48) = r0
      ; write var38, v134
 2407: r0 = *(u64 *)(r10 -448)
 2408: *(u8 *)(r10 -20) = r0
      ; write var39, v135
 2409: r0 = *(u64 *)(r10 -456)
 2410: *(u32 *)(r10 -44) = r0
      ; write var40, v136
 2411: r0 = *(u64 *)(r10 -464)
 2412: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2413: r0 = *(u64 *)(r10 -472)
 2414: *(u64 *)(r10 -208) = r0
 2415: r0 = *(u64 *)(r10 -416)
 2416: if r0 != 0 goto +1
 2417: goto +187
      ; v138: bit<32> = read_field hdr2.ackNo
 2418: r1 = 0
 2419: r0 = *(u64 *)(r10 -400)
 2420: if r0 == 0 goto +3
 2421: r0 = *(u64 *)(r10 -400)
 2422: r1 = *(u32 *)(r0 +8)
 2423: r1 = be32 r1
      ; v139: bit<32> = read var30
 2424: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2425: r3 = r1
 2426: r3 -= r2
 2427: w3 = w3
      ; write var42, v140
 2428: *(u32 *)(r10 -40) = r3
      ; v141: bit<32> = read var42
 2429: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
 2430: r2 = 0
      ; v143: bool = ne v141, v142
 2431: r3 = 1
 2432: if r1 != r2 goto +1
 2433: r3 = 0
      ; v144: bit<32> = read var42
 2434: r1 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2435: w2 = -2147483648
      ; v146: bool = lt v144, v145
 2436: r4 = 1
 2437: if r1 < r2 goto +1
 2438: r4 = 0
      ; v147: bool = logical_and v143, v146
 2439: r1 = r3
 2440: r1 &= r4
 2441: if r1 != 0 goto +1
 2442: goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 2443: r1 = 0
 2444: r0 = *(u64 *)(r10 -400)
 2445: if r0 == 0 goto +3
 2446: r0 = *(u64 *)(r10 -400)
 2447: r1 = *(u32 *)(r0 +8)
 2448: r1 = be32 r1
      ; write var30, v148
 2449: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2450: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
 2451: r2 = 1
      ; v151: bool = eq v149, v150
 2452: r3 = 1
 2453: if r1 == r2 goto +1
 2454: r3 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2455: r1 = 0
 2456: r0 = *(u64 *)(r10 -400)
 2457: if r0 == 0 goto +3
 2458: r0 = *(u64 *)(r10 -400)
 2459: r1 = *(u32 *)(r0 +8)
 2460: r1 = be32 r1
      ; v153: bit<32> = read var39
 2461: r2 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2462: r4 = r1
 2463: r4 -= r2
 2464: w4 = w4
      ; v155: bit<32> = const 0x80000000
 2465: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2466: r2 = 1
 2467: if r4 < r1 goto +1
 2468: r2 = 0
      ; v157: bool = logical_and v151, v156
 2469: r1 = r3
 2470: r1 &= r2
 2471: if r1 != 0 goto +1
 2472: goto +7
      ; v158: bit<64> = read var10
 2473: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2474: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2475: r3 = r1
 2476: r3 -= r2
      ; write var41, v160
 2477: *(u64 *)(r10 -208) = r3
      ; v161: bit<8> = const 0
 2478: r1 = 0
      ; write var38, v161
 2479: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2480: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2481: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2482: r3 = r1
 2483: r3 -= r2
 2484: w3 = w3
      ; write var32, v164
 2485: *(u32 *)(r10 -60) = r3
      ; v165: bit<8> = read var11
 2486: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2487: r2 = 2
      ; v167: bit<8> = and v165, v166
 2488: r3 = r1
 2489: r3 &= r2
      ; v168: bit<8> = const 0
 2490: r1 = 0
      ; v169: bool = ne v167, v168
 2491: r2 = 1
 2492: if r3 != r1 goto +1
 2493: r2 = 0
      ; v170: bit<8> = read var20
 2494: r1 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2495: r3 = 0
      ; v172: bit<8> = select v169, v171, v170
 2496: r4 = r3
 2497: if r2 != 0 goto +1
 2498: r4 = r1
      ; write var43, v172
 2499: *(u8 *)(r10 -19) = r4
      ; v173: bit<16> = read_field hdr2.window
 2500: r1 = 0
 2501: r0 = *(u64 *)(r10 -400)
 2502: if r0 == 0 goto +3
 2503: r0 = *(u64 *)(r10 -400)
 2504: r1 = *(u16 *)(r0 +14)
 2505: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2506: r2 = r1
 2507: w2 = w2
      ; v175: bit<8> = read var43
 2508: r1 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2509: r3 = r2
 2510: if r1 >= 32 goto +3
 2511: r3 <<= r1
 2512: w3 = w3
 2513: goto +1
 2514: r3 = 0
      ; write var33, v176
 2515: *(u32 *)(r10 -56) = r3
      ; v177: bit<32> = read_field hdr1.dstAddr
 2516: r1 = 0
 2517: r0 = *(u64 *)(r10 -408)
 2518: if r0 == 0 goto +3
 2519: r0 = *(u64 *)(r10 -408)
 2520: r1 = *(u32 *)(r0 +16)
 2521: r1 = be32 r1
      ; v178: bit<32> = read_field hdr1.srcAddr
 2522: r2 = 0
 2523: r0 = *(u64 *)(r10 -408)
 2524: if r0 == 0 goto +3
 2525: r0 = *(u64 *)(r10 -408)
 2526: r2 = *(u32 *)(r0 +12)
 2527: r2 = be32 r2
      ; v179: bit<16> = read_field hdr2.dstPort
 2528: r3 = 0
 2529: r0 = *(u64 *)(r10 -400)
 2530: if r0 == 0 goto +3
 2531: r0 = *(u64 *)(r10 -400)
 2532: r3 = *(u16 *)(r0 +2)
 2533: r3 = be16 r3
      ; v180: bit<16> = read_field hdr2.srcPort
 2534: r4 = 0
 2535: r0 = *(u64 *)(r10 -400)
 2536: if r0 == 0 goto +3
 2537: r0 = *(u64 *)(r10 -400)
 2538: r4 = *(u16 *)(r0 +0)
 2539: r4 = be16 r4
      ; v181: bit<32> = read var30
 2540: r8 = *(u32 *)(r10 -68)
      ; v182: bit<32> = read var31
 2541: r9 = *(u32 *)(r10 -64)
      ; v183: bit<32> = read var32
 2542: r0 = *(u32 *)(r10 -60)
 2543: *(u64 *)(r10 -400) = r0
      ; v184: bit<32> = read var33
 2544: r0 = *(u32 *)(r10 -56)
 2545: *(u64 *)(r10 -408) = r0
      ; v185: bit<16> = read var34
 2546: r0 = *(u16 *)(r10 -30)
 2547: *(u64 *)(r10 -416) = r0
      ; v186: bit<8> = read var35
 2548: r0 = *(u8 *)(r10 -21)
 2549: *(u64 *)(r10 -424) = r0
      ; v187: bit<32> = read var36
 2550: r0 = *(u32 *)(r10 -52)
 2551: *(u64 *)(r10 -432) = r0
      ; v188: bit<32> = read var37
 2552: r0 = *(u32 *)(r10 -48)
 2553: *(u64 *)(r10 -440) = r0
      ; v189: bit<8> = read var38
 2554: r0 = *(u8 *)(r10 -20)
 2555: *(u64 *)(r10 -448) = r0
      ; v190: bit<32> = read var39
 2556: r0 = *(u32 *)(r10 -44)
 2557: *(u64 *)(r10 -456) = r0
      ; v191: bit<64> = read var40
 2558: r0 = *(u64 *)(r10 -216)
 2559: *(u64 *)(r10 -464) = r0
      ; v192: bit<64> = read var41
 2560: r0 = *(u64 *)(r10 -208)
 2561: *(u64 *)(r10 -472) = r0
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2562: *(u64 *)(r10 -264) = 0
 2563: *(u64 *)(r10 -256) = 0
 2564: *(u32 *)(r10 -264) = r1
 2565: *(u32 *)(r10 -260) = r2
 2566: *(u16 *)(r10 -256) = r3
 2567: *(u16 *)(r10 -254) = r4
 2568: *(u64 *)(r10 -352) = 0
 2569: *(u64 *)(r10 -344) = 0
 2570: *(u64 *)(r10 -336) = 0
 2571: *(u64 *)(r10 -328) = 0
 2572: *(u64 *)(r10 -320) = 0
 2573: *(u64 *)(r10 -312) = 0
 2574: *(u64 *)(r10 -304) = 0
 2575: *(u32 *)(r10 -352) = r8
 2576: *(u32 *)(r10 -348) = r9
 2577: r0 = *(u64 *)(r10 -400)
 2578: *(u32 *)(r10 -344) = r0
 2579: r0 = *(u64 *)(r10 -408)
 2580: *(u32 *)(r10 -340) = r0
 2581: r0 = *(u64 *)(r10 -416)
 2582: *(u16 *)(r10 -336) = r0
 2583: r0 = *(u64 *)(r10 -424)
 2584: *(u8 *)(r10 -334) = r0
 2585: r0 = *(u64 *)(r10 -432)
 2586: *(u32 *)(r10 -332) = r0
 2587: r0 = *(u64 *)(r10 -440)
 2588: *(u32 *)(r10 -328) = r0
 2589: r0 = *(u64 *)(r10 -448)
 2590: *(u8 *)(r10 -324) = r0
 2591: r0 = *(u64 *)(r10 -456)
 2592: *(u32 *)(r10 -320) = r0
 2593: r0 = *(u64 *)(r10 -464)
 2594: *(u64 *)(r10 -312) = r0
 2595: r0 = *(u64 *)(r10 -472)
 2596: *(u64 *)(r10 -304) = r0
 2597: r1 = map[pipe_flows] ll
 2599: r2 = r10
 2600: r2 += -264
 2601: r3 = r10
 2602: r3 += -352
 2603: r4 = 0
 2604: call bpf_map_update_elem
 2605: goto +23
 2606: goto +22
 2607: goto +21
      ; drop
 2608: r1 = *(u32 *)(r10 -120)
 2609: r2 = *(u32 *)(r10 -116)
 2610: *(u64 *)(r10 -368) = r1
 2611: *(u64 *)(r10 -376) = r2
 2612: r1 = *(u64 *)(r10 -8)
 2613: r2 = 0xfffffffffffffff8 ll
 2615: call bpf_xdp_adjust_meta
 2616: if r0 != 0 goto +10
 2617: r1 = *(u64 *)(r10 -8)
 2618: r2 = *(u32 *)(r1 +8)
 2619: r3 = *(u32 *)(r1 +0)
 2620: r1 = r2
 2621: r1 += 8
 2622: if r1 > r3 goto +4
 2623: r1 = *(u64 *)(r10 -368)
 2624: *(u32 *)(r2 +0) = r1
 2625: r1 = *(u64 *)(r10 -376)
 2626: *(u32 *)(r2 +4) = r1
 2627: r0 = 1
 2628: exit
      ; epilogue: verdict
 2629: r1 = *(u32 *)(r10 -120)
 2630: r2 = *(u32 *)(r10 -116)
 2631: *(u64 *)(r10 -384) = r1
 2632: *(u64 *)(r10 -392) = r2
 2633: r1 = *(u64 *)(r10 -8)
 2634: r2 = 0xfffffffffffffff8 ll
 2636: call bpf_xdp_adjust_meta
 2637: if r0 != 0 goto +10
 2638: r1 = *(u64 *)(r10 -8)
 2639: r2 = *(u32 *)(r1 +8)
 2640: r3 = *(u32 *)(r1 +0)
 2641: r1 = r2
 2642: r1 += 8
 2643: if r1 > r3 goto +4
 2644: r1 = *(u64 *)(r10 -384)
 2645: *(u32 *)(r2 +0) = r1
 2646: r1 = *(u64 *)(r10 -392)
 2647: *(u32 *)(r2 +4) = r1
 2648: r0 = 2
 2649: exit
