; dapper for classifier: 2606 instructions, stack 456 bytes, 1 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
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
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   32: r1 = *(u64 *)(r10 -16)
   33: if r1 > 16383 goto +5
   34: r2 = r6
   35: r2 += r1
   36: r3 = r2
   37: r3 += 14
   38: if r3 <= r7 goto +2
   39: *(u32 *)(r10 -132) = 1
   40: goto +2561
   41: r3 = r1
   42: r3 += 1
   43: *(u32 *)(r10 -200) = r3
   44: r1 += 14
   45: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   46: r1 = *(u16 *)(r2 +12)
   47: r1 = be16 r1
   48: if r1 != 2048 goto +1
   49: goto +1
   50: goto +1745
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   51: r1 = *(u64 *)(r10 -16)
   52: if r1 > 16383 goto +5
   53: r2 = r6
   54: r2 += r1
   55: r3 = r2
   56: r3 += 20
   57: if r3 <= r7 goto +2
   58: *(u32 *)(r10 -132) = 1
   59: goto +2542
   60: r3 = r1
   61: r3 += 1
   62: *(u32 *)(r10 -196) = r3
   63: r1 += 20
   64: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   65: r1 = *(u8 *)(r2 +0)
   66: r1 &= 15
      ; v2: bit<4> = const 5
   67: r3 = 5
      ; v3: bool = ge v1, v2
   68: r4 = 1
   69: if r1 >= r3 goto +1
   70: r4 = 0
      ; verify v3, error HeaderTooShort
   71: if r4 != 0 goto +2
   72: *(u32 *)(r10 -132) = 4
   73: goto +2528
      ; v4: bit<4> = read_field hdr1.ihl
   74: r1 = *(u8 *)(r2 +0)
   75: r1 &= 15
      ; v5: bit<32> = cast v4
   76: r3 = r1
   77: w3 = w3
      ; v6: bit<32> = const 5
   78: r1 = 5
      ; v7: bit<32> = sub v5, v6
   79: r4 = r3
   80: r4 -= r1
   81: w4 = w4
      ; v8: bit<32> = const 0x20
   82: r1 = 32
      ; v9: bit<32> = mul v7, v8
   83: r3 = r4
   84: r3 *= r1
   85: w3 = w3
      ; advance v9
   86: r1 = r3
   87: r1 &= 7
   88: if r1 == 0 goto +2
   89: *(u32 *)(r10 -132) = 6
   90: goto +2511
   91: r1 = r3
   92: r1 >>= 3
   93: r3 = *(u64 *)(r10 -16)
   94: r3 += r1
   95: if r3 > 16383 goto +3
   96: r1 = r6
   97: r1 += r3
   98: if r1 <= r7 goto +2
   99: *(u32 *)(r10 -132) = 1
  100: goto +2501
  101: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
  102: r1 = *(u16 *)(r2 +6)
  103: r1 = be16 r1
  104: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  105: r3 = *(u8 *)(r2 +9)
  106: if r1 != 0 goto +2
  107: if r3 != 6 goto +1
  108: goto +1
  109: goto +1686
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  110: r1 = *(u64 *)(r10 -16)
  111: if r1 > 16383 goto +5
  112: r2 = r6
  113: r2 += r1
  114: r3 = r2
  115: r3 += 20
  116: if r3 <= r7 goto +2
  117: *(u32 *)(r10 -132) = 1
  118: goto +2483
  119: r3 = r1
  120: r3 += 1
  121: *(u32 *)(r10 -192) = r3
  122: r1 += 20
  123: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  124: r1 = *(u8 *)(r2 +12)
  125: r1 >>= 4
  126: r1 &= 15
      ; v13: bit<4> = const 5
  127: r3 = 5
      ; v14: bool = ge v12, v13
  128: r4 = 1
  129: if r1 >= r3 goto +1
  130: r4 = 0
      ; verify v14, error HeaderTooShort
  131: if r4 != 0 goto +2
  132: *(u32 *)(r10 -132) = 4
  133: goto +2468
      ; v15: bit<4> = read_field hdr2.dataOffset
  134: r1 = *(u8 *)(r2 +12)
  135: r1 >>= 4
  136: r1 &= 15
      ; v16: bit<16> = cast v15
  137: r2 = r1
  138: r2 &= 65535
      ; v17: bit<16> = const 5
  139: r1 = 5
      ; v18: bit<16> = sub v16, v17
  140: r3 = r2
  141: r3 -= r1
  142: r3 &= 65535
      ; v19: bit<16> = const 4
  143: r1 = 4
      ; v20: bit<16> = mul v18, v19
  144: r2 = r3
  145: r2 *= r1
  146: r2 &= 65535
      ; write var2, v20
  147: *(u16 *)(r10 -36) = r2
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  148: r1 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  149: r2 = *(u8 *)(r10 -28)
  150: if r1 != 0 goto +1
  151: goto +1644
  152: if r2 != 10 goto +1
  153: goto +1642
      ; prs: block5 (parse_option)
      ; extract hdr3
  154: r1 = *(u64 *)(r10 -16)
  155: if r1 > 16383 goto +5
  156: r2 = r6
  157: r2 += r1
  158: r3 = r2
  159: r3 += 1
  160: if r3 <= r7 goto +2
  161: *(u32 *)(r10 -132) = 1
  162: goto +2439
  163: r3 = r1
  164: r3 += 1
  165: *(u32 *)(r10 -188) = r3
  166: r1 += 1
  167: *(u64 *)(r10 -16) = r1
      ; v23: bit<8> = read var3
  168: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  169: r3 = 1
      ; v25: bit<8> = add v23, v24
  170: r4 = r1
  171: r4 += r3
  172: r4 &= 255
      ; write var3, v25
  173: *(u8 *)(r10 -28) = r4
      ; v26: bit<16> = read var2
  174: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  175: r3 = 1
      ; v28: bit<16> = sub v26, v27
  176: r4 = r1
  177: r4 -= r3
  178: r4 &= 65535
      ; write var2, v28
  179: *(u16 *)(r10 -36) = r4
      ; v29: bit<8> = read_field hdr3.kind
  180: r1 = *(u8 *)(r2 +0)
  181: if r1 != 0 goto +1
  182: goto +1613
  183: if r1 != 1 goto +1
  184: goto +127
  185: if r1 != 2 goto +1
  186: goto +105
  187: if r1 != 3 goto +1
  188: goto +82
  189: if r1 != 8 goto +1
  190: goto +59
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  191: r1 = *(u64 *)(r10 -16)
  192: if r1 > 16383 goto +5
  193: r2 = r6
  194: r2 += r1
  195: r1 = r2
  196: r1 += 1
  197: if r1 <= r7 goto +2
  198: *(u32 *)(r10 -132) = 1
  199: goto +2402
  200: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  201: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  202: r1 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
  203: r2 = 2
      ; v33: bool = ge v31, v32
  204: r3 = 1
  205: if r1 >= r2 goto +1
  206: r3 = 0
      ; verify v33, error HeaderTooShort
  207: if r3 != 0 goto +2
  208: *(u32 *)(r10 -132) = 4
  209: goto +2392
      ; v34: bit<8> = read var9
  210: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  211: r2 = r1
  212: w2 = w2
      ; v36: bit<32> = const 1
  213: r1 = 1
      ; v37: bit<32> = sub v35, v36
  214: r3 = r2
  215: r3 -= r1
  216: w3 = w3
      ; v38: bit<32> = const 8
  217: r1 = 8
      ; v39: bit<32> = mul v37, v38
  218: r2 = r3
  219: r2 *= r1
  220: w2 = w2
      ; advance v39
  221: r1 = r2
  222: r1 &= 7
  223: if r1 == 0 goto +2
  224: *(u32 *)(r10 -132) = 6
  225: goto +2376
  226: r1 = r2
  227: r1 >>= 3
  228: r2 = *(u64 *)(r10 -16)
  229: r2 += r1
  230: if r2 > 16383 goto +3
  231: r1 = r6
  232: r1 += r2
  233: if r1 <= r7 goto +2
  234: *(u32 *)(r10 -132) = 1
  235: goto +2366
  236: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  237: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  238: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  239: r3 = r2
  240: r3 &= 65535
      ; v43: bit<16> = const 1
  241: r2 = 1
      ; v44: bit<16> = sub v42, v43
  242: r4 = r3
  243: r4 -= r2
  244: r4 &= 65535
      ; v45: bit<16> = sub v40, v44
  245: r2 = r1
  246: r2 -= r4
  247: r2 &= 65535
      ; write var2, v45
  248: *(u16 *)(r10 -36) = r2
  249: goto +62
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  250: r1 = *(u64 *)(r10 -16)
  251: if r1 > 16383 goto +5
  252: r2 = r6
  253: r2 += r1
  254: r3 = r2
  255: r3 += 9
  256: if r3 <= r7 goto +2
  257: *(u32 *)(r10 -132) = 1
  258: goto +2343
  259: r2 = r1
  260: r2 += 1
  261: *(u32 *)(r10 -140) = r2
  262: r1 += 9
  263: *(u64 *)(r10 -16) = r1
      ; v46: bit<16> = read var2
  264: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  265: r2 = 9
      ; v48: bit<16> = sub v46, v47
  266: r3 = r1
  267: r3 -= r2
  268: r3 &= 65535
      ; write var2, v48
  269: *(u16 *)(r10 -36) = r3
  270: goto +41
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  271: r1 = *(u64 *)(r10 -16)
  272: if r1 > 16383 goto +5
  273: r2 = r6
  274: r2 += r1
  275: r3 = r2
  276: r3 += 2
  277: if r3 <= r7 goto +2
  278: *(u32 *)(r10 -132) = 1
  279: goto +2322
  280: r2 = r1
  281: r2 += 1
  282: *(u32 *)(r10 -144) = r2
  283: r1 += 2
  284: *(u64 *)(r10 -16) = r1
      ; v49: bit<16> = read var2
  285: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  286: r2 = 2
      ; v51: bit<16> = sub v49, v50
  287: r3 = r1
  288: r3 -= r2
  289: r3 &= 65535
      ; write var2, v51
  290: *(u16 *)(r10 -36) = r3
  291: goto +20
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  292: r1 = *(u64 *)(r10 -16)
  293: if r1 > 16383 goto +5
  294: r2 = r6
  295: r2 += r1
  296: r3 = r2
  297: r3 += 3
  298: if r3 <= r7 goto +2
  299: *(u32 *)(r10 -132) = 1
  300: goto +2301
  301: r2 = r1
  302: r2 += 1
  303: *(u32 *)(r10 -148) = r2
  304: r1 += 3
  305: *(u64 *)(r10 -16) = r1
      ; v52: bit<16> = read var2
  306: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  307: r2 = 3
      ; v54: bit<16> = sub v52, v53
  308: r3 = r1
  309: r3 -= r2
  310: r3 &= 65535
      ; write var2, v54
  311: *(u16 *)(r10 -36) = r3
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  312: r1 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  313: r2 = *(u8 *)(r10 -28)
  314: if r1 != 0 goto +1
  315: goto +1480
  316: if r2 != 10 goto +1
  317: goto +1478
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  318: r1 = *(u64 *)(r10 -16)
  319: if r1 > 16383 goto +5
  320: r2 = r6
  321: r2 += r1
  322: r3 = r2
  323: r3 += 1
  324: if r3 <= r7 goto +2
  325: *(u32 *)(r10 -132) = 1
  326: goto +2275
  327: r3 = r1
  328: r3 += 1
  329: *(u32 *)(r10 -184) = r3
  330: r1 += 1
  331: *(u64 *)(r10 -16) = r1
      ; v57: bit<8> = read var3
  332: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  333: r3 = 1
      ; v59: bit<8> = add v57, v58
  334: r4 = r1
  335: r4 += r3
  336: r4 &= 255
      ; write var3, v59
  337: *(u8 *)(r10 -28) = r4
      ; v60: bit<16> = read var2
  338: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  339: r3 = 1
      ; v62: bit<16> = sub v60, v61
  340: r4 = r1
  341: r4 -= r3
  342: r4 &= 65535
      ; write var2, v62
  343: *(u16 *)(r10 -36) = r4
      ; v63: bit<8> = read_field hdr4.kind
  344: r1 = *(u8 *)(r2 +0)
  345: if r1 != 0 goto +1
  346: goto +1449
  347: if r1 != 1 goto +1
  348: goto +127
  349: if r1 != 2 goto +1
  350: goto +105
  351: if r1 != 3 goto +1
  352: goto +82
  353: if r1 != 8 goto +1
  354: goto +59
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  355: r1 = *(u64 *)(r10 -16)
  356: if r1 > 16383 goto +5
  357: r2 = r6
  358: r2 += r1
  359: r1 = r2
  360: r1 += 1
  361: if r1 <= r7 goto +2
  362: *(u32 *)(r10 -132) = 1
  363: goto +2238
  364: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  365: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  366: r1 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
  367: r2 = 2
      ; v67: bool = ge v65, v66
  368: r3 = 1
  369: if r1 >= r2 goto +1
  370: r3 = 0
      ; verify v67, error HeaderTooShort
  371: if r3 != 0 goto +2
  372: *(u32 *)(r10 -132) = 4
  373: goto +2228
      ; v68: bit<8> = read var9
  374: r1 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  375: r2 = r1
  376: w2 = w2
      ; v70: bit<32> = const 1
  377: r1 = 1
      ; v71: bit<32> = sub v69, v70
  378: r3 = r2
  379: r3 -= r1
  380: w3 = w3
      ; v72: bit<32> = const 8
  381: r1 = 8
      ; v73: bit<32> = mul v71, v72
  382: r2 = r3
  383: r2 *= r1
  384: w2 = w2
      ; advance v73
  385: r1 = r2
  386: r1 &= 7
  387: if r1 == 0 goto +2
  388: *(u32 *)(r10 -132) = 6
  389: goto +2212
  390: r1 = r2
  391: r1 >>= 3
  392: r2 = *(u64 *)(r10 -16)
  393: r2 += r1
  394: if r2 > 16383 goto +3
  395: r1 = r6
  396: r1 += r2
  397: if r1 <= r7 goto +2
  398: *(u32 *)(r10 -132) = 1
  399: goto +2202
  400: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  401: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  402: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  403: r3 = r2
  404: r3 &= 65535
      ; v77: bit<16> = const 1
  405: r2 = 1
      ; v78: bit<16> = sub v76, v77
  406: r4 = r3
  407: r4 -= r2
  408: r4 &= 65535
      ; v79: bit<16> = sub v74, v78
  409: r2 = r1
  410: r2 -= r4
  411: r2 &= 65535
      ; write var2, v79
  412: *(u16 *)(r10 -36) = r2
  413: goto +62
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  414: r1 = *(u64 *)(r10 -16)
  415: if r1 > 16383 goto +5
  416: r2 = r6
  417: r2 += r1
  418: r3 = r2
  419: r3 += 9
  420: if r3 <= r7 goto +2
  421: *(u32 *)(r10 -132) = 1
  422: goto +2179
  423: r2 = r1
  424: r2 += 1
  425: *(u32 *)(r10 -140) = r2
  426: r1 += 9
  427: *(u64 *)(r10 -16) = r1
      ; v80: bit<16> = read var2
  428: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  429: r2 = 9
      ; v82: bit<16> = sub v80, v81
  430: r3 = r1
  431: r3 -= r2
  432: r3 &= 65535
      ; write var2, v82
  433: *(u16 *)(r10 -36) = r3
  434: goto +41
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  435: r1 = *(u64 *)(r10 -16)
  436: if r1 > 16383 goto +5
  437: r2 = r6
  438: r2 += r1
  439: r3 = r2
  440: r3 += 2
  441: if r3 <= r7 goto +2
  442: *(u32 *)(r10 -132) = 1
  443: goto +2158
  444: r2 = r1
  445: r2 += 1
  446: *(u32 *)(r10 -144) = r2
  447: r1 += 2
  448: *(u64 *)(r10 -16) = r1
      ; v83: bit<16> = read var2
  449: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  450: r2 = 2
      ; v85: bit<16> = sub v83, v84
  451: r3 = r1
  452: r3 -= r2
  453: r3 &= 65535
      ; write var2, v85
  454: *(u16 *)(r10 -36) = r3
  455: goto +20
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  456: r1 = *(u64 *)(r10 -16)
  457: if r1 > 16383 goto +5
  458: r2 = r6
  459: r2 += r1
  460: r3 = r2
  461: r3 += 3
  462: if r3 <= r7 goto +2
  463: *(u32 *)(r10 -132) = 1
  464: goto +2137
  465: r2 = r1
  466: r2 += 1
  467: *(u32 *)(r10 -148) = r2
  468: r1 += 3
  469: *(u64 *)(r10 -16) = r1
      ; v86: bit<16> = read var2
  470: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  471: r2 = 3
      ; v88: bit<16> = sub v86, v87
  472: r3 = r1
  473: r3 -= r2
  474: r3 &= 65535
      ; write var2, v88
  475: *(u16 *)(r10 -36) = r3
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  476: r1 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  477: r2 = *(u8 *)(r10 -28)
  478: if r1 != 0 goto +1
  479: goto +1316
  480: if r2 != 10 goto +1
  481: goto +1314
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  482: r1 = *(u64 *)(r10 -16)
  483: if r1 > 16383 goto +5
  484: r2 = r6
  485: r2 += r1
  486: r3 = r2
  487: r3 += 1
  488: if r3 <= r7 goto +2
  489: *(u32 *)(r10 -132) = 1
  490: goto +2111
  491: r3 = r1
  492: r3 += 1
  493: *(u32 *)(r10 -180) = r3
  494: r1 += 1
  495: *(u64 *)(r10 -16) = r1
      ; v91: bit<8> = read var3
  496: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  497: r3 = 1
      ; v93: bit<8> = add v91, v92
  498: r4 = r1
  499: r4 += r3
  500: r4 &= 255
      ; write var3, v93
  501: *(u8 *)(r10 -28) = r4
      ; v94: bit<16> = read var2
  502: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  503: r3 = 1
      ; v96: bit<16> = sub v94, v95
  504: r4 = r1
  505: r4 -= r3
  506: r4 &= 65535
      ; write var2, v96
  507: *(u16 *)(r10 -36) = r4
      ; v97: bit<8> = read_field hdr5.kind
  508: r1 = *(u8 *)(r2 +0)
  509: if r1 != 0 goto +1
  510: goto +1285
  511: if r1 != 1 goto +1
  512: goto +127
  513: if r1 != 2 goto +1
  514: goto +105
  515: if r1 != 3 goto +1
  516: goto +82
  517: if r1 != 8 goto +1
  518: goto +59
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  519: r1 = *(u64 *)(r10 -16)
  520: if r1 > 16383 goto +5
  521: r2 = r6
  522: r2 += r1
  523: r1 = r2
  524: r1 += 1
  525: if r1 <= r7 goto +2
  526: *(u32 *)(r10 -132) = 1
  527: goto +2074
  528: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  529: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  530: r1 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
  531: r2 = 2
      ; v101: bool = ge v99, v100
  532: r3 = 1
  533: if r1 >= r2 goto +1
  534: r3 = 0
      ; verify v101, error HeaderTooShort
  535: if r3 != 0 goto +2
  536: *(u32 *)(r10 -132) = 4
  537: goto +2064
      ; v102: bit<8> = read var9
  538: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  539: r2 = r1
  540: w2 = w2
      ; v104: bit<32> = const 1
  541: r1 = 1
      ; v105: bit<32> = sub v103, v104
  542: r3 = r2
  543: r3 -= r1
  544: w3 = w3
      ; v106: bit<32> = const 8
  545: r1 = 8
      ; v107: bit<32> = mul v105, v106
  546: r2 = r3
  547: r2 *= r1
  548: w2 = w2
      ; advance v107
  549: r1 = r2
  550: r1 &= 7
  551: if r1 == 0 goto +2
  552: *(u32 *)(r10 -132) = 6
  553: goto +2048
  554: r1 = r2
  555: r1 >>= 3
  556: r2 = *(u64 *)(r10 -16)
  557: r2 += r1
  558: if r2 > 16383 goto +3
  559: r1 = r6
  560: r1 += r2
  561: if r1 <= r7 goto +2
  562: *(u32 *)(r10 -132) = 1
  563: goto +2038
  564: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  565: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  566: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  567: r3 = r2
  568: r3 &= 65535
      ; v111: bit<16> = const 1
  569: r2 = 1
      ; v112: bit<16> = sub v110, v111
  570: r4 = r3
  571: r4 -= r2
  572: r4 &= 65535
      ; v113: bit<16> = sub v108, v112
  573: r2 = r1
  574: r2 -= r4
  575: r2 &= 65535
      ; write var2, v113
  576: *(u16 *)(r10 -36) = r2
  577: goto +62
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  578: r1 = *(u64 *)(r10 -16)
  579: if r1 > 16383 goto +5
  580: r2 = r6
  581: r2 += r1
  582: r3 = r2
  583: r3 += 9
  584: if r3 <= r7 goto +2
  585: *(u32 *)(r10 -132) = 1
  586: goto +2015
  587: r2 = r1
  588: r2 += 1
  589: *(u32 *)(r10 -140) = r2
  590: r1 += 9
  591: *(u64 *)(r10 -16) = r1
      ; v114: bit<16> = read var2
  592: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  593: r2 = 9
      ; v116: bit<16> = sub v114, v115
  594: r3 = r1
  595: r3 -= r2
  596: r3 &= 65535
      ; write var2, v116
  597: *(u16 *)(r10 -36) = r3
  598: goto +41
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  599: r1 = *(u64 *)(r10 -16)
  600: if r1 > 16383 goto +5
  601: r2 = r6
  602: r2 += r1
  603: r3 = r2
  604: r3 += 2
  605: if r3 <= r7 goto +2
  606: *(u32 *)(r10 -132) = 1
  607: goto +1994
  608: r2 = r1
  609: r2 += 1
  610: *(u32 *)(r10 -144) = r2
  611: r1 += 2
  612: *(u64 *)(r10 -16) = r1
      ; v117: bit<16> = read var2
  613: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  614: r2 = 2
      ; v119: bit<16> = sub v117, v118
  615: r3 = r1
  616: r3 -= r2
  617: r3 &= 65535
      ; write var2, v119
  618: *(u16 *)(r10 -36) = r3
  619: goto +20
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  620: r1 = *(u64 *)(r10 -16)
  621: if r1 > 16383 goto +5
  622: r2 = r6
  623: r2 += r1
  624: r3 = r2
  625: r3 += 3
  626: if r3 <= r7 goto +2
  627: *(u32 *)(r10 -132) = 1
  628: goto +1973
  629: r2 = r1
  630: r2 += 1
  631: *(u32 *)(r10 -148) = r2
  632: r1 += 3
  633: *(u64 *)(r10 -16) = r1
      ; v120: bit<16> = read var2
  634: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  635: r2 = 3
      ; v122: bit<16> = sub v120, v121
  636: r3 = r1
  637: r3 -= r2
  638: r3 &= 65535
      ; write var2, v122
  639: *(u16 *)(r10 -36) = r3
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  640: r1 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  641: r2 = *(u8 *)(r10 -28)
  642: if r1 != 0 goto +1
  643: goto +1152
  644: if r2 != 10 goto +1
  645: goto +1150
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  646: r1 = *(u64 *)(r10 -16)
  647: if r1 > 16383 goto +5
  648: r2 = r6
  649: r2 += r1
  650: r3 = r2
  651: r3 += 1
  652: if r3 <= r7 goto +2
  653: *(u32 *)(r10 -132) = 1
  654: goto +1947
  655: r3 = r1
  656: r3 += 1
  657: *(u32 *)(r10 -176) = r3
  658: r1 += 1
  659: *(u64 *)(r10 -16) = r1
      ; v125: bit<8> = read var3
  660: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  661: r3 = 1
      ; v127: bit<8> = add v125, v126
  662: r4 = r1
  663: r4 += r3
  664: r4 &= 255
      ; write var3, v127
  665: *(u8 *)(r10 -28) = r4
      ; v128: bit<16> = read var2
  666: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  667: r3 = 1
      ; v130: bit<16> = sub v128, v129
  668: r4 = r1
  669: r4 -= r3
  670: r4 &= 65535
      ; write var2, v130
  671: *(u16 *)(r10 -36) = r4
      ; v131: bit<8> = read_field hdr6.kind
  672: r1 = *(u8 *)(r2 +0)
  673: if r1 != 0 goto +1
  674: goto +1121
  675: if r1 != 1 goto +1
  676: goto +127
  677: if r1 != 2 goto +1
  678: goto +105
  679: if r1 != 3 goto +1
  680: goto +82
  681: if r1 != 8 goto +1
  682: goto +59
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  683: r1 = *(u64 *)(r10 -16)
  684: if r1 > 16383 goto +5
  685: r2 = r6
  686: r2 += r1
  687: r1 = r2
  688: r1 += 1
  689: if r1 <= r7 goto +2
  690: *(u32 *)(r10 -132) = 1
  691: goto +1910
  692: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  693: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  694: r1 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
  695: r2 = 2
      ; v135: bool = ge v133, v134
  696: r3 = 1
  697: if r1 >= r2 goto +1
  698: r3 = 0
      ; verify v135, error HeaderTooShort
  699: if r3 != 0 goto +2
  700: *(u32 *)(r10 -132) = 4
  701: goto +1900
      ; v136: bit<8> = read var9
  702: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  703: r2 = r1
  704: w2 = w2
      ; v138: bit<32> = const 1
  705: r1 = 1
      ; v139: bit<32> = sub v137, v138
  706: r3 = r2
  707: r3 -= r1
  708: w3 = w3
      ; v140: bit<32> = const 8
  709: r1 = 8
      ; v141: bit<32> = mul v139, v140
  710: r2 = r3
  711: r2 *= r1
  712: w2 = w2
      ; advance v141
  713: r1 = r2
  714: r1 &= 7
  715: if r1 == 0 goto +2
  716: *(u32 *)(r10 -132) = 6
  717: goto +1884
  718: r1 = r2
  719: r1 >>= 3
  720: r2 = *(u64 *)(r10 -16)
  721: r2 += r1
  722: if r2 > 16383 goto +3
  723: r1 = r6
  724: r1 += r2
  725: if r1 <= r7 goto +2
  726: *(u32 *)(r10 -132) = 1
  727: goto +1874
  728: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  729: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  730: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  731: r3 = r2
  732: r3 &= 65535
      ; v145: bit<16> = const 1
  733: r2 = 1
      ; v146: bit<16> = sub v144, v145
  734: r4 = r3
  735: r4 -= r2
  736: r4 &= 65535
      ; v147: bit<16> = sub v142, v146
  737: r2 = r1
  738: r2 -= r4
  739: r2 &= 65535
      ; write var2, v147
  740: *(u16 *)(r10 -36) = r2
  741: goto +62
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  742: r1 = *(u64 *)(r10 -16)
  743: if r1 > 16383 goto +5
  744: r2 = r6
  745: r2 += r1
  746: r3 = r2
  747: r3 += 9
  748: if r3 <= r7 goto +2
  749: *(u32 *)(r10 -132) = 1
  750: goto +1851
  751: r2 = r1
  752: r2 += 1
  753: *(u32 *)(r10 -140) = r2
  754: r1 += 9
  755: *(u64 *)(r10 -16) = r1
      ; v148: bit<16> = read var2
  756: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  757: r2 = 9
      ; v150: bit<16> = sub v148, v149
  758: r3 = r1
  759: r3 -= r2
  760: r3 &= 65535
      ; write var2, v150
  761: *(u16 *)(r10 -36) = r3
  762: goto +41
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  763: r1 = *(u64 *)(r10 -16)
  764: if r1 > 16383 goto +5
  765: r2 = r6
  766: r2 += r1
  767: r3 = r2
  768: r3 += 2
  769: if r3 <= r7 goto +2
  770: *(u32 *)(r10 -132) = 1
  771: goto +1830
  772: r2 = r1
  773: r2 += 1
  774: *(u32 *)(r10 -144) = r2
  775: r1 += 2
  776: *(u64 *)(r10 -16) = r1
      ; v151: bit<16> = read var2
  777: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  778: r2 = 2
      ; v153: bit<16> = sub v151, v152
  779: r3 = r1
  780: r3 -= r2
  781: r3 &= 65535
      ; write var2, v153
  782: *(u16 *)(r10 -36) = r3
  783: goto +20
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  784: r1 = *(u64 *)(r10 -16)
  785: if r1 > 16383 goto +5
  786: r2 = r6
  787: r2 += r1
  788: r3 = r2
  789: r3 += 3
  790: if r3 <= r7 goto +2
  791: *(u32 *)(r10 -132) = 1
  792: goto +1809
  793: r2 = r1
  794: r2 += 1
  795: *(u32 *)(r10 -148) = r2
  796: r1 += 3
  797: *(u64 *)(r10 -16) = r1
      ; v154: bit<16> = read var2
  798: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  799: r2 = 3
      ; v156: bit<16> = sub v154, v155
  800: r3 = r1
  801: r3 -= r2
  802: r3 &= 65535
      ; write var2, v156
  803: *(u16 *)(r10 -36) = r3
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  804: r1 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  805: r2 = *(u8 *)(r10 -28)
  806: if r1 != 0 goto +1
  807: goto +988
  808: if r2 != 10 goto +1
  809: goto +986
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  810: r1 = *(u64 *)(r10 -16)
  811: if r1 > 16383 goto +5
  812: r2 = r6
  813: r2 += r1
  814: r3 = r2
  815: r3 += 1
  816: if r3 <= r7 goto +2
  817: *(u32 *)(r10 -132) = 1
  818: goto +1783
  819: r3 = r1
  820: r3 += 1
  821: *(u32 *)(r10 -172) = r3
  822: r1 += 1
  823: *(u64 *)(r10 -16) = r1
      ; v159: bit<8> = read var3
  824: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  825: r3 = 1
      ; v161: bit<8> = add v159, v160
  826: r4 = r1
  827: r4 += r3
  828: r4 &= 255
      ; write var3, v161
  829: *(u8 *)(r10 -28) = r4
      ; v162: bit<16> = read var2
  830: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  831: r3 = 1
      ; v164: bit<16> = sub v162, v163
  832: r4 = r1
  833: r4 -= r3
  834: r4 &= 65535
      ; write var2, v164
  835: *(u16 *)(r10 -36) = r4
      ; v165: bit<8> = read_field hdr7.kind
  836: r1 = *(u8 *)(r2 +0)
  837: if r1 != 0 goto +1
  838: goto +957
  839: if r1 != 1 goto +1
  840: goto +127
  841: if r1 != 2 goto +1
  842: goto +105
  843: if r1 != 3 goto +1
  844: goto +82
  845: if r1 != 8 goto +1
  846: goto +59
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  847: r1 = *(u64 *)(r10 -16)
  848: if r1 > 16383 goto +5
  849: r2 = r6
  850: r2 += r1
  851: r1 = r2
  852: r1 += 1
  853: if r1 <= r7 goto +2
  854: *(u32 *)(r10 -132) = 1
  855: goto +1746
  856: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  857: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  858: r1 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
  859: r2 = 2
      ; v169: bool = ge v167, v168
  860: r3 = 1
  861: if r1 >= r2 goto +1
  862: r3 = 0
      ; verify v169, error HeaderTooShort
  863: if r3 != 0 goto +2
  864: *(u32 *)(r10 -132) = 4
  865: goto +1736
      ; v170: bit<8> = read var9
  866: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  867: r2 = r1
  868: w2 = w2
      ; v172: bit<32> = const 1
  869: r1 = 1
      ; v173: bit<32> = sub v171, v172
  870: r3 = r2
  871: r3 -= r1
  872: w3 = w3
      ; v174: bit<32> = const 8
  873: r1 = 8
      ; v175: bit<32> = mul v173, v174
  874: r2 = r3
  875: r2 *= r1
  876: w2 = w2
      ; advance v175
  877: r1 = r2
  878: r1 &= 7
  879: if r1 == 0 goto +2
  880: *(u32 *)(r10 -132) = 6
  881: goto +1720
  882: r1 = r2
  883: r1 >>= 3
  884: r2 = *(u64 *)(r10 -16)
  885: r2 += r1
  886: if r2 > 16383 goto +3
  887: r1 = r6
  888: r1 += r2
  889: if r1 <= r7 goto +2
  890: *(u32 *)(r10 -132) = 1
  891: goto +1710
  892: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  893: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  894: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  895: r3 = r2
  896: r3 &= 65535
      ; v179: bit<16> = const 1
  897: r2 = 1
      ; v180: bit<16> = sub v178, v179
  898: r4 = r3
  899: r4 -= r2
  900: r4 &= 65535
      ; v181: bit<16> = sub v176, v180
  901: r2 = r1
  902: r2 -= r4
  903: r2 &= 65535
      ; write var2, v181
  904: *(u16 *)(r10 -36) = r2
  905: goto +62
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  906: r1 = *(u64 *)(r10 -16)
  907: if r1 > 16383 goto +5
  908: r2 = r6
  909: r2 += r1
  910: r3 = r2
  911: r3 += 9
  912: if r3 <= r7 goto +2
  913: *(u32 *)(r10 -132) = 1
  914: goto +1687
  915: r2 = r1
  916: r2 += 1
  917: *(u32 *)(r10 -140) = r2
  918: r1 += 9
  919: *(u64 *)(r10 -16) = r1
      ; v182: bit<16> = read var2
  920: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  921: r2 = 9
      ; v184: bit<16> = sub v182, v183
  922: r3 = r1
  923: r3 -= r2
  924: r3 &= 65535
      ; write var2, v184
  925: *(u16 *)(r10 -36) = r3
  926: goto +41
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  927: r1 = *(u64 *)(r10 -16)
  928: if r1 > 16383 goto +5
  929: r2 = r6
  930: r2 += r1
  931: r3 = r2
  932: r3 += 2
  933: if r3 <= r7 goto +2
  934: *(u32 *)(r10 -132) = 1
  935: goto +1666
  936: r2 = r1
  937: r2 += 1
  938: *(u32 *)(r10 -144) = r2
  939: r1 += 2
  940: *(u64 *)(r10 -16) = r1
      ; v185: bit<16> = read var2
  941: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  942: r2 = 2
      ; v187: bit<16> = sub v185, v186
  943: r3 = r1
  944: r3 -= r2
  945: r3 &= 65535
      ; write var2, v187
  946: *(u16 *)(r10 -36) = r3
  947: goto +20
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  948: r1 = *(u64 *)(r10 -16)
  949: if r1 > 16383 goto +5
  950: r2 = r6
  951: r2 += r1
  952: r3 = r2
  953: r3 += 3
  954: if r3 <= r7 goto +2
  955: *(u32 *)(r10 -132) = 1
  956: goto +1645
  957: r2 = r1
  958: r2 += 1
  959: *(u32 *)(r10 -148) = r2
  960: r1 += 3
  961: *(u64 *)(r10 -16) = r1
      ; v188: bit<16> = read var2
  962: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  963: r2 = 3
      ; v190: bit<16> = sub v188, v189
  964: r3 = r1
  965: r3 -= r2
  966: r3 &= 65535
      ; write var2, v190
  967: *(u16 *)(r10 -36) = r3
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  968: r1 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  969: r2 = *(u8 *)(r10 -28)
  970: if r1 != 0 goto +1
  971: goto +824
  972: if r2 != 10 goto +1
  973: goto +822
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  974: r1 = *(u64 *)(r10 -16)
  975: if r1 > 16383 goto +5
  976: r2 = r6
  977: r2 += r1
  978: r3 = r2
  979: r3 += 1
  980: if r3 <= r7 goto +2
  981: *(u32 *)(r10 -132) = 1
  982: goto +1619
  983: r3 = r1
  984: r3 += 1
  985: *(u32 *)(r10 -168) = r3
  986: r1 += 1
  987: *(u64 *)(r10 -16) = r1
      ; v193: bit<8> = read var3
  988: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
  989: r3 = 1
      ; v195: bit<8> = add v193, v194
  990: r4 = r1
  991: r4 += r3
  992: r4 &= 255
      ; write var3, v195
  993: *(u8 *)(r10 -28) = r4
      ; v196: bit<16> = read var2
  994: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
  995: r3 = 1
      ; v198: bit<16> = sub v196, v197
  996: r4 = r1
  997: r4 -= r3
  998: r4 &= 65535
      ; write var2, v198
  999: *(u16 *)(r10 -36) = r4
      ; v199: bit<8> = read_field hdr8.kind
 1000: r1 = *(u8 *)(r2 +0)
 1001: if r1 != 0 goto +1
 1002: goto +793
 1003: if r1 != 1 goto +1
 1004: goto +127
 1005: if r1 != 2 goto +1
 1006: goto +105
 1007: if r1 != 3 goto +1
 1008: goto +82
 1009: if r1 != 8 goto +1
 1010: goto +59
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
 1011: r1 = *(u64 *)(r10 -16)
 1012: if r1 > 16383 goto +5
 1013: r2 = r6
 1014: r2 += r1
 1015: r1 = r2
 1016: r1 += 1
 1017: if r1 <= r7 goto +2
 1018: *(u32 *)(r10 -132) = 1
 1019: goto +1582
 1020: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
 1021: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
 1022: r1 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
 1023: r2 = 2
      ; v203: bool = ge v201, v202
 1024: r3 = 1
 1025: if r1 >= r2 goto +1
 1026: r3 = 0
      ; verify v203, error HeaderTooShort
 1027: if r3 != 0 goto +2
 1028: *(u32 *)(r10 -132) = 4
 1029: goto +1572
      ; v204: bit<8> = read var9
 1030: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
 1031: r2 = r1
 1032: w2 = w2
      ; v206: bit<32> = const 1
 1033: r1 = 1
      ; v207: bit<32> = sub v205, v206
 1034: r3 = r2
 1035: r3 -= r1
 1036: w3 = w3
      ; v208: bit<32> = const 8
 1037: r1 = 8
      ; v209: bit<32> = mul v207, v208
 1038: r2 = r3
 1039: r2 *= r1
 1040: w2 = w2
      ; advance v209
 1041: r1 = r2
 1042: r1 &= 7
 1043: if r1 == 0 goto +2
 1044: *(u32 *)(r10 -132) = 6
 1045: goto +1556
 1046: r1 = r2
 1047: r1 >>= 3
 1048: r2 = *(u64 *)(r10 -16)
 1049: r2 += r1
 1050: if r2 > 16383 goto +3
 1051: r1 = r6
 1052: r1 += r2
 1053: if r1 <= r7 goto +2
 1054: *(u32 *)(r10 -132) = 1
 1055: goto +1546
 1056: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
 1057: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
 1058: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
 1059: r3 = r2
 1060: r3 &= 65535
      ; v213: bit<16> = const 1
 1061: r2 = 1
      ; v214: bit<16> = sub v212, v213
 1062: r4 = r3
 1063: r4 -= r2
 1064: r4 &= 65535
      ; v215: bit<16> = sub v210, v214
 1065: r2 = r1
 1066: r2 -= r4
 1067: r2 &= 65535
      ; write var2, v215
 1068: *(u16 *)(r10 -36) = r2
 1069: goto +62
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
 1070: r1 = *(u64 *)(r10 -16)
 1071: if r1 > 16383 goto +5
 1072: r2 = r6
 1073: r2 += r1
 1074: r3 = r2
 1075: r3 += 9
 1076: if r3 <= r7 goto +2
 1077: *(u32 *)(r10 -132) = 1
 1078: goto +1523
 1079: r2 = r1
 1080: r2 += 1
 1081: *(u32 *)(r10 -140) = r2
 1082: r1 += 9
 1083: *(u64 *)(r10 -16) = r1
      ; v216: bit<16> = read var2
 1084: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
 1085: r2 = 9
      ; v218: bit<16> = sub v216, v217
 1086: r3 = r1
 1087: r3 -= r2
 1088: r3 &= 65535
      ; write var2, v218
 1089: *(u16 *)(r10 -36) = r3
 1090: goto +41
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
 1091: r1 = *(u64 *)(r10 -16)
 1092: if r1 > 16383 goto +5
 1093: r2 = r6
 1094: r2 += r1
 1095: r3 = r2
 1096: r3 += 2
 1097: if r3 <= r7 goto +2
 1098: *(u32 *)(r10 -132) = 1
 1099: goto +1502
 1100: r2 = r1
 1101: r2 += 1
 1102: *(u32 *)(r10 -144) = r2
 1103: r1 += 2
 1104: *(u64 *)(r10 -16) = r1
      ; v219: bit<16> = read var2
 1105: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
 1106: r2 = 2
      ; v221: bit<16> = sub v219, v220
 1107: r3 = r1
 1108: r3 -= r2
 1109: r3 &= 65535
      ; write var2, v221
 1110: *(u16 *)(r10 -36) = r3
 1111: goto +20
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
 1112: r1 = *(u64 *)(r10 -16)
 1113: if r1 > 16383 goto +5
 1114: r2 = r6
 1115: r2 += r1
 1116: r3 = r2
 1117: r3 += 3
 1118: if r3 <= r7 goto +2
 1119: *(u32 *)(r10 -132) = 1
 1120: goto +1481
 1121: r2 = r1
 1122: r2 += 1
 1123: *(u32 *)(r10 -148) = r2
 1124: r1 += 3
 1125: *(u64 *)(r10 -16) = r1
      ; v222: bit<16> = read var2
 1126: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
 1127: r2 = 3
      ; v224: bit<16> = sub v222, v223
 1128: r3 = r1
 1129: r3 -= r2
 1130: r3 &= 65535
      ; write var2, v224
 1131: *(u16 *)(r10 -36) = r3
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
 1132: r1 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
 1133: r2 = *(u8 *)(r10 -28)
 1134: if r1 != 0 goto +1
 1135: goto +660
 1136: if r2 != 10 goto +1
 1137: goto +658
      ; prs: block41 (parse_option.6)
      ; extract hdr9
 1138: r1 = *(u64 *)(r10 -16)
 1139: if r1 > 16383 goto +5
 1140: r2 = r6
 1141: r2 += r1
 1142: r3 = r2
 1143: r3 += 1
 1144: if r3 <= r7 goto +2
 1145: *(u32 *)(r10 -132) = 1
 1146: goto +1455
 1147: r3 = r1
 1148: r3 += 1
 1149: *(u32 *)(r10 -164) = r3
 1150: r1 += 1
 1151: *(u64 *)(r10 -16) = r1
      ; v227: bit<8> = read var3
 1152: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
 1153: r3 = 1
      ; v229: bit<8> = add v227, v228
 1154: r4 = r1
 1155: r4 += r3
 1156: r4 &= 255
      ; write var3, v229
 1157: *(u8 *)(r10 -28) = r4
      ; v230: bit<16> = read var2
 1158: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
 1159: r3 = 1
      ; v232: bit<16> = sub v230, v231
 1160: r4 = r1
 1161: r4 -= r3
 1162: r4 &= 65535
      ; write var2, v232
 1163: *(u16 *)(r10 -36) = r4
      ; v233: bit<8> = read_field hdr9.kind
 1164: r1 = *(u8 *)(r2 +0)
 1165: if r1 != 0 goto +1
 1166: goto +629
 1167: if r1 != 1 goto +1
 1168: goto +127
 1169: if r1 != 2 goto +1
 1170: goto +105
 1171: if r1 != 3 goto +1
 1172: goto +82
 1173: if r1 != 8 goto +1
 1174: goto +59
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
 1175: r1 = *(u64 *)(r10 -16)
 1176: if r1 > 16383 goto +5
 1177: r2 = r6
 1178: r2 += r1
 1179: r1 = r2
 1180: r1 += 1
 1181: if r1 <= r7 goto +2
 1182: *(u32 *)(r10 -132) = 1
 1183: goto +1418
 1184: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
 1185: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
 1186: r1 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
 1187: r2 = 2
      ; v237: bool = ge v235, v236
 1188: r3 = 1
 1189: if r1 >= r2 goto +1
 1190: r3 = 0
      ; verify v237, error HeaderTooShort
 1191: if r3 != 0 goto +2
 1192: *(u32 *)(r10 -132) = 4
 1193: goto +1408
      ; v238: bit<8> = read var9
 1194: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
 1195: r2 = r1
 1196: w2 = w2
      ; v240: bit<32> = const 1
 1197: r1 = 1
      ; v241: bit<32> = sub v239, v240
 1198: r3 = r2
 1199: r3 -= r1
 1200: w3 = w3
      ; v242: bit<32> = const 8
 1201: r1 = 8
      ; v243: bit<32> = mul v241, v242
 1202: r2 = r3
 1203: r2 *= r1
 1204: w2 = w2
      ; advance v243
 1205: r1 = r2
 1206: r1 &= 7
 1207: if r1 == 0 goto +2
 1208: *(u32 *)(r10 -132) = 6
 1209: goto +1392
 1210: r1 = r2
 1211: r1 >>= 3
 1212: r2 = *(u64 *)(r10 -16)
 1213: r2 += r1
 1214: if r2 > 16383 goto +3
 1215: r1 = r6
 1216: r1 += r2
 1217: if r1 <= r7 goto +2
 1218: *(u32 *)(r10 -132) = 1
 1219: goto +1382
 1220: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1221: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1222: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1223: r3 = r2
 1224: r3 &= 65535
      ; v247: bit<16> = const 1
 1225: r2 = 1
      ; v248: bit<16> = sub v246, v247
 1226: r4 = r3
 1227: r4 -= r2
 1228: r4 &= 65535
      ; v249: bit<16> = sub v244, v248
 1229: r2 = r1
 1230: r2 -= r4
 1231: r2 &= 65535
      ; write var2, v249
 1232: *(u16 *)(r10 -36) = r2
 1233: goto +62
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1234: r1 = *(u64 *)(r10 -16)
 1235: if r1 > 16383 goto +5
 1236: r2 = r6
 1237: r2 += r1
 1238: r3 = r2
 1239: r3 += 9
 1240: if r3 <= r7 goto +2
 1241: *(u32 *)(r10 -132) = 1
 1242: goto +1359
 1243: r2 = r1
 1244: r2 += 1
 1245: *(u32 *)(r10 -140) = r2
 1246: r1 += 9
 1247: *(u64 *)(r10 -16) = r1
      ; v250: bit<16> = read var2
 1248: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1249: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1250: r3 = r1
 1251: r3 -= r2
 1252: r3 &= 65535
      ; write var2, v252
 1253: *(u16 *)(r10 -36) = r3
 1254: goto +41
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1255: r1 = *(u64 *)(r10 -16)
 1256: if r1 > 16383 goto +5
 1257: r2 = r6
 1258: r2 += r1
 1259: r3 = r2
 1260: r3 += 2
 1261: if r3 <= r7 goto +2
 1262: *(u32 *)(r10 -132) = 1
 1263: goto +1338
 1264: r2 = r1
 1265: r2 += 1
 1266: *(u32 *)(r10 -144) = r2
 1267: r1 += 2
 1268: *(u64 *)(r10 -16) = r1
      ; v253: bit<16> = read var2
 1269: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1270: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1271: r3 = r1
 1272: r3 -= r2
 1273: r3 &= 65535
      ; write var2, v255
 1274: *(u16 *)(r10 -36) = r3
 1275: goto +20
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1276: r1 = *(u64 *)(r10 -16)
 1277: if r1 > 16383 goto +5
 1278: r2 = r6
 1279: r2 += r1
 1280: r3 = r2
 1281: r3 += 3
 1282: if r3 <= r7 goto +2
 1283: *(u32 *)(r10 -132) = 1
 1284: goto +1317
 1285: r2 = r1
 1286: r2 += 1
 1287: *(u32 *)(r10 -148) = r2
 1288: r1 += 3
 1289: *(u64 *)(r10 -16) = r1
      ; v256: bit<16> = read var2
 1290: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1291: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1292: r3 = r1
 1293: r3 -= r2
 1294: r3 &= 65535
      ; write var2, v258
 1295: *(u16 *)(r10 -36) = r3
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1296: r1 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1297: r2 = *(u8 *)(r10 -28)
 1298: if r1 != 0 goto +1
 1299: goto +496
 1300: if r2 != 10 goto +1
 1301: goto +494
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1302: r1 = *(u64 *)(r10 -16)
 1303: if r1 > 16383 goto +5
 1304: r2 = r6
 1305: r2 += r1
 1306: r3 = r2
 1307: r3 += 1
 1308: if r3 <= r7 goto +2
 1309: *(u32 *)(r10 -132) = 1
 1310: goto +1291
 1311: r3 = r1
 1312: r3 += 1
 1313: *(u32 *)(r10 -160) = r3
 1314: r1 += 1
 1315: *(u64 *)(r10 -16) = r1
      ; v261: bit<8> = read var3
 1316: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1317: r3 = 1
      ; v263: bit<8> = add v261, v262
 1318: r4 = r1
 1319: r4 += r3
 1320: r4 &= 255
      ; write var3, v263
 1321: *(u8 *)(r10 -28) = r4
      ; v264: bit<16> = read var2
 1322: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1323: r3 = 1
      ; v266: bit<16> = sub v264, v265
 1324: r4 = r1
 1325: r4 -= r3
 1326: r4 &= 65535
      ; write var2, v266
 1327: *(u16 *)(r10 -36) = r4
      ; v267: bit<8> = read_field hdr10.kind
 1328: r1 = *(u8 *)(r2 +0)
 1329: if r1 != 0 goto +1
 1330: goto +465
 1331: if r1 != 1 goto +1
 1332: goto +127
 1333: if r1 != 2 goto +1
 1334: goto +105
 1335: if r1 != 3 goto +1
 1336: goto +82
 1337: if r1 != 8 goto +1
 1338: goto +59
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1339: r1 = *(u64 *)(r10 -16)
 1340: if r1 > 16383 goto +5
 1341: r2 = r6
 1342: r2 += r1
 1343: r1 = r2
 1344: r1 += 1
 1345: if r1 <= r7 goto +2
 1346: *(u32 *)(r10 -132) = 1
 1347: goto +1254
 1348: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1349: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1350: r1 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
 1351: r2 = 2
      ; v271: bool = ge v269, v270
 1352: r3 = 1
 1353: if r1 >= r2 goto +1
 1354: r3 = 0
      ; verify v271, error HeaderTooShort
 1355: if r3 != 0 goto +2
 1356: *(u32 *)(r10 -132) = 4
 1357: goto +1244
      ; v272: bit<8> = read var9
 1358: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1359: r2 = r1
 1360: w2 = w2
      ; v274: bit<32> = const 1
 1361: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1362: r3 = r2
 1363: r3 -= r1
 1364: w3 = w3
      ; v276: bit<32> = const 8
 1365: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1366: r2 = r3
 1367: r2 *= r1
 1368: w2 = w2
      ; advance v277
 1369: r1 = r2
 1370: r1 &= 7
 1371: if r1 == 0 goto +2
 1372: *(u32 *)(r10 -132) = 6
 1373: goto +1228
 1374: r1 = r2
 1375: r1 >>= 3
 1376: r2 = *(u64 *)(r10 -16)
 1377: r2 += r1
 1378: if r2 > 16383 goto +3
 1379: r1 = r6
 1380: r1 += r2
 1381: if r1 <= r7 goto +2
 1382: *(u32 *)(r10 -132) = 1
 1383: goto +1218
 1384: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1385: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1386: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1387: r3 = r2
 1388: r3 &= 65535
      ; v281: bit<16> = const 1
 1389: r2 = 1
      ; v282: bit<16> = sub v280, v281
 1390: r4 = r3
 1391: r4 -= r2
 1392: r4 &= 65535
      ; v283: bit<16> = sub v278, v282
 1393: r2 = r1
 1394: r2 -= r4
 1395: r2 &= 65535
      ; write var2, v283
 1396: *(u16 *)(r10 -36) = r2
 1397: goto +62
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1398: r1 = *(u64 *)(r10 -16)
 1399: if r1 > 16383 goto +5
 1400: r2 = r6
 1401: r2 += r1
 1402: r3 = r2
 1403: r3 += 9
 1404: if r3 <= r7 goto +2
 1405: *(u32 *)(r10 -132) = 1
 1406: goto +1195
 1407: r2 = r1
 1408: r2 += 1
 1409: *(u32 *)(r10 -140) = r2
 1410: r1 += 9
 1411: *(u64 *)(r10 -16) = r1
      ; v284: bit<16> = read var2
 1412: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1413: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1414: r3 = r1
 1415: r3 -= r2
 1416: r3 &= 65535
      ; write var2, v286
 1417: *(u16 *)(r10 -36) = r3
 1418: goto +41
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1419: r1 = *(u64 *)(r10 -16)
 1420: if r1 > 16383 goto +5
 1421: r2 = r6
 1422: r2 += r1
 1423: r3 = r2
 1424: r3 += 2
 1425: if r3 <= r7 goto +2
 1426: *(u32 *)(r10 -132) = 1
 1427: goto +1174
 1428: r2 = r1
 1429: r2 += 1
 1430: *(u32 *)(r10 -144) = r2
 1431: r1 += 2
 1432: *(u64 *)(r10 -16) = r1
      ; v287: bit<16> = read var2
 1433: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1434: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1435: r3 = r1
 1436: r3 -= r2
 1437: r3 &= 65535
      ; write var2, v289
 1438: *(u16 *)(r10 -36) = r3
 1439: goto +20
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1440: r1 = *(u64 *)(r10 -16)
 1441: if r1 > 16383 goto +5
 1442: r2 = r6
 1443: r2 += r1
 1444: r3 = r2
 1445: r3 += 3
 1446: if r3 <= r7 goto +2
 1447: *(u32 *)(r10 -132) = 1
 1448: goto +1153
 1449: r2 = r1
 1450: r2 += 1
 1451: *(u32 *)(r10 -148) = r2
 1452: r1 += 3
 1453: *(u64 *)(r10 -16) = r1
      ; v290: bit<16> = read var2
 1454: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1455: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1456: r3 = r1
 1457: r3 -= r2
 1458: r3 &= 65535
      ; write var2, v292
 1459: *(u16 *)(r10 -36) = r3
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1460: r1 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1461: r2 = *(u8 *)(r10 -28)
 1462: if r1 != 0 goto +1
 1463: goto +332
 1464: if r2 != 10 goto +1
 1465: goto +330
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1466: r1 = *(u64 *)(r10 -16)
 1467: if r1 > 16383 goto +5
 1468: r2 = r6
 1469: r2 += r1
 1470: r3 = r2
 1471: r3 += 1
 1472: if r3 <= r7 goto +2
 1473: *(u32 *)(r10 -132) = 1
 1474: goto +1127
 1475: r3 = r1
 1476: r3 += 1
 1477: *(u32 *)(r10 -156) = r3
 1478: r1 += 1
 1479: *(u64 *)(r10 -16) = r1
      ; v295: bit<8> = read var3
 1480: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1481: r3 = 1
      ; v297: bit<8> = add v295, v296
 1482: r4 = r1
 1483: r4 += r3
 1484: r4 &= 255
      ; write var3, v297
 1485: *(u8 *)(r10 -28) = r4
      ; v298: bit<16> = read var2
 1486: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1487: r3 = 1
      ; v300: bit<16> = sub v298, v299
 1488: r4 = r1
 1489: r4 -= r3
 1490: r4 &= 65535
      ; write var2, v300
 1491: *(u16 *)(r10 -36) = r4
      ; v301: bit<8> = read_field hdr11.kind
 1492: r1 = *(u8 *)(r2 +0)
 1493: if r1 != 0 goto +1
 1494: goto +301
 1495: if r1 != 1 goto +1
 1496: goto +127
 1497: if r1 != 2 goto +1
 1498: goto +105
 1499: if r1 != 3 goto +1
 1500: goto +82
 1501: if r1 != 8 goto +1
 1502: goto +59
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1503: r1 = *(u64 *)(r10 -16)
 1504: if r1 > 16383 goto +5
 1505: r2 = r6
 1506: r2 += r1
 1507: r1 = r2
 1508: r1 += 1
 1509: if r1 <= r7 goto +2
 1510: *(u32 *)(r10 -132) = 1
 1511: goto +1090
 1512: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1513: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1514: r1 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
 1515: r2 = 2
      ; v305: bool = ge v303, v304
 1516: r3 = 1
 1517: if r1 >= r2 goto +1
 1518: r3 = 0
      ; verify v305, error HeaderTooShort
 1519: if r3 != 0 goto +2
 1520: *(u32 *)(r10 -132) = 4
 1521: goto +1080
      ; v306: bit<8> = read var9
 1522: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1523: r2 = r1
 1524: w2 = w2
      ; v308: bit<32> = const 1
 1525: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1526: r3 = r2
 1527: r3 -= r1
 1528: w3 = w3
      ; v310: bit<32> = const 8
 1529: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1530: r2 = r3
 1531: r2 *= r1
 1532: w2 = w2
      ; advance v311
 1533: r1 = r2
 1534: r1 &= 7
 1535: if r1 == 0 goto +2
 1536: *(u32 *)(r10 -132) = 6
 1537: goto +1064
 1538: r1 = r2
 1539: r1 >>= 3
 1540: r2 = *(u64 *)(r10 -16)
 1541: r2 += r1
 1542: if r2 > 16383 goto +3
 1543: r1 = r6
 1544: r1 += r2
 1545: if r1 <= r7 goto +2
 1546: *(u32 *)(r10 -132) = 1
 1547: goto +1054
 1548: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1549: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1550: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1551: r3 = r2
 1552: r3 &= 65535
      ; v315: bit<16> = const 1
 1553: r2 = 1
      ; v316: bit<16> = sub v314, v315
 1554: r4 = r3
 1555: r4 -= r2
 1556: r4 &= 65535
      ; v317: bit<16> = sub v312, v316
 1557: r2 = r1
 1558: r2 -= r4
 1559: r2 &= 65535
      ; write var2, v317
 1560: *(u16 *)(r10 -36) = r2
 1561: goto +62
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1562: r1 = *(u64 *)(r10 -16)
 1563: if r1 > 16383 goto +5
 1564: r2 = r6
 1565: r2 += r1
 1566: r3 = r2
 1567: r3 += 9
 1568: if r3 <= r7 goto +2
 1569: *(u32 *)(r10 -132) = 1
 1570: goto +1031
 1571: r2 = r1
 1572: r2 += 1
 1573: *(u32 *)(r10 -140) = r2
 1574: r1 += 9
 1575: *(u64 *)(r10 -16) = r1
      ; v318: bit<16> = read var2
 1576: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1577: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1578: r3 = r1
 1579: r3 -= r2
 1580: r3 &= 65535
      ; write var2, v320
 1581: *(u16 *)(r10 -36) = r3
 1582: goto +41
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1583: r1 = *(u64 *)(r10 -16)
 1584: if r1 > 16383 goto +5
 1585: r2 = r6
 1586: r2 += r1
 1587: r3 = r2
 1588: r3 += 2
 1589: if r3 <= r7 goto +2
 1590: *(u32 *)(r10 -132) = 1
 1591: goto +1010
 1592: r2 = r1
 1593: r2 += 1
 1594: *(u32 *)(r10 -144) = r2
 1595: r1 += 2
 1596: *(u64 *)(r10 -16) = r1
      ; v321: bit<16> = read var2
 1597: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1598: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1599: r3 = r1
 1600: r3 -= r2
 1601: r3 &= 65535
      ; write var2, v323
 1602: *(u16 *)(r10 -36) = r3
 1603: goto +20
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1604: r1 = *(u64 *)(r10 -16)
 1605: if r1 > 16383 goto +5
 1606: r2 = r6
 1607: r2 += r1
 1608: r3 = r2
 1609: r3 += 3
 1610: if r3 <= r7 goto +2
 1611: *(u32 *)(r10 -132) = 1
 1612: goto +989
 1613: r2 = r1
 1614: r2 += 1
 1615: *(u32 *)(r10 -148) = r2
 1616: r1 += 3
 1617: *(u64 *)(r10 -16) = r1
      ; v324: bit<16> = read var2
 1618: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1619: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1620: r3 = r1
 1621: r3 -= r2
 1622: r3 &= 65535
      ; write var2, v326
 1623: *(u16 *)(r10 -36) = r3
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1624: r1 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1625: r2 = *(u8 *)(r10 -28)
 1626: if r1 != 0 goto +1
 1627: goto +168
 1628: if r2 != 10 goto +1
 1629: goto +166
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1630: r1 = *(u64 *)(r10 -16)
 1631: if r1 > 16383 goto +5
 1632: r2 = r6
 1633: r2 += r1
 1634: r3 = r2
 1635: r3 += 1
 1636: if r3 <= r7 goto +2
 1637: *(u32 *)(r10 -132) = 1
 1638: goto +963
 1639: r3 = r1
 1640: r3 += 1
 1641: *(u32 *)(r10 -152) = r3
 1642: r1 += 1
 1643: *(u64 *)(r10 -16) = r1
      ; v329: bit<8> = read var3
 1644: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1645: r3 = 1
      ; v331: bit<8> = add v329, v330
 1646: r4 = r1
 1647: r4 += r3
 1648: r4 &= 255
      ; write var3, v331
 1649: *(u8 *)(r10 -28) = r4
      ; v332: bit<16> = read var2
 1650: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1651: r3 = 1
      ; v334: bit<16> = sub v332, v333
 1652: r4 = r1
 1653: r4 -= r3
 1654: r4 &= 65535
      ; write var2, v334
 1655: *(u16 *)(r10 -36) = r4
      ; v335: bit<8> = read_field hdr12.kind
 1656: r1 = *(u8 *)(r2 +0)
 1657: if r1 != 0 goto +1
 1658: goto +137
 1659: if r1 != 1 goto +1
 1660: goto +127
 1661: if r1 != 2 goto +1
 1662: goto +105
 1663: if r1 != 3 goto +1
 1664: goto +82
 1665: if r1 != 8 goto +1
 1666: goto +59
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1667: r1 = *(u64 *)(r10 -16)
 1668: if r1 > 16383 goto +5
 1669: r2 = r6
 1670: r2 += r1
 1671: r1 = r2
 1672: r1 += 1
 1673: if r1 <= r7 goto +2
 1674: *(u32 *)(r10 -132) = 1
 1675: goto +926
 1676: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1677: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1678: r1 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
 1679: r2 = 2
      ; v339: bool = ge v337, v338
 1680: r3 = 1
 1681: if r1 >= r2 goto +1
 1682: r3 = 0
      ; verify v339, error HeaderTooShort
 1683: if r3 != 0 goto +2
 1684: *(u32 *)(r10 -132) = 4
 1685: goto +916
      ; v340: bit<8> = read var9
 1686: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1687: r2 = r1
 1688: w2 = w2
      ; v342: bit<32> = const 1
 1689: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1690: r3 = r2
 1691: r3 -= r1
 1692: w3 = w3
      ; v344: bit<32> = const 8
 1693: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1694: r2 = r3
 1695: r2 *= r1
 1696: w2 = w2
      ; advance v345
 1697: r1 = r2
 1698: r1 &= 7
 1699: if r1 == 0 goto +2
 1700: *(u32 *)(r10 -132) = 6
 1701: goto +900
 1702: r1 = r2
 1703: r1 >>= 3
 1704: r2 = *(u64 *)(r10 -16)
 1705: r2 += r1
 1706: if r2 > 16383 goto +3
 1707: r1 = r6
 1708: r1 += r2
 1709: if r1 <= r7 goto +2
 1710: *(u32 *)(r10 -132) = 1
 1711: goto +890
 1712: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1713: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1714: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1715: r3 = r2
 1716: r3 &= 65535
      ; v349: bit<16> = const 1
 1717: r2 = 1
      ; v350: bit<16> = sub v348, v349
 1718: r4 = r3
 1719: r4 -= r2
 1720: r4 &= 65535
      ; v351: bit<16> = sub v346, v350
 1721: r2 = r1
 1722: r2 -= r4
 1723: r2 &= 65535
      ; write var2, v351
 1724: *(u16 *)(r10 -36) = r2
 1725: goto +62
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1726: r1 = *(u64 *)(r10 -16)
 1727: if r1 > 16383 goto +5
 1728: r2 = r6
 1729: r2 += r1
 1730: r3 = r2
 1731: r3 += 9
 1732: if r3 <= r7 goto +2
 1733: *(u32 *)(r10 -132) = 1
 1734: goto +867
 1735: r2 = r1
 1736: r2 += 1
 1737: *(u32 *)(r10 -140) = r2
 1738: r1 += 9
 1739: *(u64 *)(r10 -16) = r1
      ; v352: bit<16> = read var2
 1740: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1741: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1742: r3 = r1
 1743: r3 -= r2
 1744: r3 &= 65535
      ; write var2, v354
 1745: *(u16 *)(r10 -36) = r3
 1746: goto +41
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1747: r1 = *(u64 *)(r10 -16)
 1748: if r1 > 16383 goto +5
 1749: r2 = r6
 1750: r2 += r1
 1751: r3 = r2
 1752: r3 += 2
 1753: if r3 <= r7 goto +2
 1754: *(u32 *)(r10 -132) = 1
 1755: goto +846
 1756: r2 = r1
 1757: r2 += 1
 1758: *(u32 *)(r10 -144) = r2
 1759: r1 += 2
 1760: *(u64 *)(r10 -16) = r1
      ; v355: bit<16> = read var2
 1761: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1762: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1763: r3 = r1
 1764: r3 -= r2
 1765: r3 &= 65535
      ; write var2, v357
 1766: *(u16 *)(r10 -36) = r3
 1767: goto +20
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1768: r1 = *(u64 *)(r10 -16)
 1769: if r1 > 16383 goto +5
 1770: r2 = r6
 1771: r2 += r1
 1772: r3 = r2
 1773: r3 += 3
 1774: if r3 <= r7 goto +2
 1775: *(u32 *)(r10 -132) = 1
 1776: goto +825
 1777: r2 = r1
 1778: r2 += 1
 1779: *(u32 *)(r10 -148) = r2
 1780: r1 += 3
 1781: *(u64 *)(r10 -16) = r1
      ; v358: bit<16> = read var2
 1782: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1783: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1784: r3 = r1
 1785: r3 -= r2
 1786: r3 &= 65535
      ; write var2, v360
 1787: *(u16 *)(r10 -36) = r3
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1788: r1 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1789: r2 = *(u8 *)(r10 -28)
 1790: if r1 != 0 goto +1
 1791: goto +4
 1792: if r2 != 10 goto +1
 1793: goto +2
      ; prs: block65 (parse_option.10)
 1794: *(u32 *)(r10 -132) = 3
 1795: goto +806
      ; v0: bool = is_valid hdr2
 1796: r1 = *(u32 *)(r10 -192)
 1797: if r1 == 0 goto +1
 1798: r1 = 1
      ; v1: bool = not v0
 1799: r2 = r1
 1800: r2 ^= 1
 1801: if r2 != 0 goto +799
      ; v2: bit<64> = timestamp_ns
 1802: call bpf_ktime_get_ns
 1803: r1 = r0
      ; write var10, v2
 1804: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1805: r1 = *(u32 *)(r10 -192)
 1806: if r1 == 0 goto +11
 1807: r1 -= 1
 1808: if r1 > 16383 goto +9
 1809: r0 = r6
 1810: *(u64 *)(r10 -368) = r0
 1811: r0 = *(u64 *)(r10 -368)
 1812: r0 += r1
 1813: *(u64 *)(r10 -368) = r0
 1814: r0 = *(u64 *)(r10 -368)
 1815: r1 = r0
 1816: r1 += 20
 1817: if r1 <= r7 goto +2
 1818: r0 = 0
 1819: *(u64 *)(r10 -368) = r0
 1820: r1 = 0
 1821: r0 = *(u64 *)(r10 -368)
 1822: if r0 == 0 goto +2
 1823: r0 = *(u64 *)(r10 -368)
 1824: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1825: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1826: r1 = *(u32 *)(r10 -196)
 1827: if r1 == 0 goto +11
 1828: r1 -= 1
 1829: if r1 > 16383 goto +9
 1830: r0 = r6
 1831: *(u64 *)(r10 -376) = r0
 1832: r0 = *(u64 *)(r10 -376)
 1833: r0 += r1
 1834: *(u64 *)(r10 -376) = r0
 1835: r0 = *(u64 *)(r10 -376)
 1836: r1 = r0
 1837: r1 += 20
 1838: if r1 <= r7 goto +2
 1839: r0 = 0
 1840: *(u64 *)(r10 -376) = r0
 1841: r1 = 0
 1842: r0 = *(u64 *)(r10 -376)
 1843: if r0 == 0 goto +3
 1844: r0 = *(u64 *)(r10 -376)
 1845: r1 = *(u8 *)(r0 +0)
 1846: r1 &= 15
      ; v5: bit<16> = cast v4
 1847: r2 = r1
 1848: r2 &= 65535
      ; v6: bit<8> = const 2
 1849: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1850: r3 = r2
 1851: if r1 >= 16 goto +3
 1852: r3 <<= r1
 1853: r3 &= 65535
 1854: goto +1
 1855: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1856: r1 = 0
 1857: r0 = *(u64 *)(r10 -368)
 1858: if r0 == 0 goto +4
 1859: r0 = *(u64 *)(r10 -368)
 1860: r1 = *(u8 *)(r0 +12)
 1861: r1 >>= 4
 1862: r1 &= 15
      ; v9: bit<16> = cast v8
 1863: r2 = r1
 1864: r2 &= 65535
      ; v10: bit<8> = const 2
 1865: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1866: r4 = r2
 1867: if r1 >= 16 goto +3
 1868: r4 <<= r1
 1869: r4 &= 65535
 1870: goto +1
 1871: r4 = 0
      ; v12: bit<16> = add v7, v11
 1872: r1 = r3
 1873: r1 += r4
 1874: r1 &= 65535
      ; write var12, v12
 1875: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1876: r1 = 0
 1877: r0 = *(u64 *)(r10 -376)
 1878: if r0 == 0 goto +3
 1879: r0 = *(u64 *)(r10 -376)
 1880: r1 = *(u16 *)(r0 +2)
 1881: r1 = be16 r1
      ; v14: bit<16> = read var12
 1882: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1883: r3 = r1
 1884: r3 -= r2
 1885: r3 &= 65535
      ; v16: bit<32> = cast v15
 1886: r1 = r3
 1887: w1 = w1
      ; write var13, v16
 1888: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1889: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1890: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1891: r3 = 1
      ; v20: bit<8> = and v18, v19
 1892: r4 = r2
 1893: r4 &= r3
      ; v21: bit<8> = const 0
 1894: r2 = 0
      ; v22: bool = ne v20, v21
 1895: r3 = 1
 1896: if r4 != r2 goto +1
 1897: r3 = 0
      ; v23: bit<32> = const 1
 1898: r2 = 1
      ; v24: bit<32> = const 0
 1899: r4 = 0
      ; v25: bit<32> = select v22, v23, v24
 1900: r8 = r2
 1901: if r3 != 0 goto +1
 1902: r8 = r4
      ; v26: bit<32> = add v17, v25
 1903: r2 = r1
 1904: r2 += r8
 1905: w2 = w2
      ; write var14, v26
 1906: *(u32 *)(r10 -108) = r2
      ; v27: bit<32> = read_field hdr1.srcAddr
 1907: r1 = 0
 1908: r0 = *(u64 *)(r10 -376)
 1909: if r0 == 0 goto +3
 1910: r0 = *(u64 *)(r10 -376)
 1911: r1 = *(u32 *)(r0 +12)
 1912: r1 = be32 r1
      ; v28: bit<32> = read_field hdr1.dstAddr
 1913: r2 = 0
 1914: r0 = *(u64 *)(r10 -376)
 1915: if r0 == 0 goto +3
 1916: r0 = *(u64 *)(r10 -376)
 1917: r2 = *(u32 *)(r0 +16)
 1918: r2 = be32 r2
      ; v29: bit<16> = read_field hdr2.srcPort
 1919: r3 = 0
 1920: r0 = *(u64 *)(r10 -368)
 1921: if r0 == 0 goto +3
 1922: r0 = *(u64 *)(r10 -368)
 1923: r3 = *(u16 *)(r0 +0)
 1924: r3 = be16 r3
      ; v30: bit<16> = read_field hdr2.dstPort
 1925: r4 = 0
 1926: r0 = *(u64 *)(r10 -368)
 1927: if r0 == 0 goto +3
 1928: r0 = *(u64 *)(r10 -368)
 1929: r4 = *(u16 *)(r0 +2)
 1930: r4 = be16 r4
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1931: *(u64 *)(r10 -264) = 0
 1932: *(u64 *)(r10 -256) = 0
 1933: *(u32 *)(r10 -264) = r1
 1934: *(u32 *)(r10 -260) = r2
 1935: *(u16 *)(r10 -256) = r3
 1936: *(u16 *)(r10 -254) = r4
 1937: r1 = map[pipe_flows] ll
 1939: r2 = r10
 1940: r2 += -264
 1941: call bpf_map_lookup_elem
 1942: r1 = r0
 1943: if r1 == 0 goto +42
 1944: r0 = 1
 1945: *(u64 *)(r10 -384) = r0
 1946: r3 = *(u32 *)(r1 +0)
 1947: w3 = w3
 1948: r4 = *(u32 *)(r1 +4)
 1949: w4 = w4
 1950: r8 = *(u32 *)(r1 +8)
 1951: w8 = w8
 1952: r9 = *(u32 *)(r1 +12)
 1953: w9 = w9
 1954: r2 = *(u16 *)(r1 +16)
 1955: r2 &= 65535
 1956: r0 = *(u8 *)(r1 +18)
 1957: *(u64 *)(r10 -392) = r0
 1958: r0 = *(u64 *)(r10 -392)
 1959: r0 &= 255
 1960: *(u64 *)(r10 -392) = r0
 1961: r0 = *(u32 *)(r1 +20)
 1962: *(u64 *)(r10 -400) = r0
 1963: r0 = *(u64 *)(r10 -400)
 1964: w0 = w0
 1965: *(u64 *)(r10 -400) = r0
 1966: r0 = *(u32 *)(r1 +24)
 1967: *(u64 *)(r10 -408) = r0
 1968: r0 = *(u64 *)(r10 -408)
 1969: w0 = w0
 1970: *(u64 *)(r10 -408) = r0
 1971: r0 = *(u8 *)(r1 +28)
 1972: *(u64 *)(r10 -416) = r0
 1973: r0 = *(u64 *)(r10 -416)
 1974: r0 &= 255
 1975: *(u64 *)(r10 -416) = r0
 1976: r0 = *(u32 *)(r1 +32)
 1977: *(u64 *)(r10 -424) = r0
 1978: r0 = *(u64 *)(r10 -424)
 1979: w0 = w0
 1980: *(u64 *)(r10 -424) = r0
 1981: r0 = *(u64 *)(r1 +40)
 1982: *(u64 *)(r10 -432) = r0
 1983: r0 = *(u64 *)(r1 +48)
 1984: *(u64 *)(r10 -440) = r0
 1985: goto +21
 1986: r0 = 0
 1987: *(u64 *)(r10 -384) = r0
 1988: r3 = 0
 1989: r4 = 0
 1990: r8 = 0
 1991: r9 = 0
 1992: r2 = 0
 1993: r0 = 0
 1994: *(u64 *)(r10 -392) = r0
 1995: r0 = 0
 1996: *(u64 *)(r10 -400) = r0
 1997: r0 = 0
 1998: *(u64 *)(r10 -408) = r0
 1999: r0 = 0
 2000: *(u64 *)(r10 -416) = r0
 2001: r0 = 0
 2002: *(u64 *)(r10 -424) = r0
 2003: r0 = 0
 2004: *(u64 *)(r10 -432) = r0
 2005: r0 = 0
 2006: *(u64 *)(r10 -440) = r0
      ; write var15, v32
 2007: *(u32 *)(r10 -104) = r3
      ; write var16, v33
 2008: *(u32 *)(r10 -100) = r4
      ; write var17, v34
 2009: *(u32 *)(r10 -96) = r8
      ; write var18, v35
 2010: *(u32 *)(r10 -92) = r9
      ; write var19, v36
 2011: *(u16 *)(r10 -32) = r2
      ; write var20, v37
 2012: r0 = *(u64 *)(r10 -392)
 2013: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 2014: r0 = *(u64 *)(r10 -400)
 2015: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 2016: r0 = *(u64 *)(r10 -408)
 2017: *(u32 *)(r10 -84) = r0
      ; write var23, v40
 2018: r0 = *(u64 *)(r10 -416)
 2019: *(u8 *)(r10 -23) = r0
      ; write var24, v41
 2020: r0 = *(u64 *)(r10 -424)
 2021: *(u32 *)(r10 -80) = r0
      ; write var25, v42
 2022: r0 = *(u64 *)(r10 -432)
 2023: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 2024: r0 = *(u64 *)(r10 -440)
 2025: *(u64 *)(r10 -224) = r0
      ; write var27, v31
 2026: r0 = *(u64 *)(r10 -384)
 2027: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 2028: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 2029: r2 = 2
      ; v46: bit<8> = and v44, v45
 2030: r3 = r1
 2031: r3 &= r2
      ; v47: bit<8> = const 0
 2032: r1 = 0
      ; v48: bool = ne v46, v47
 2033: if r3 != r1 goto +62
      ; v65: bool = read var27
 2034: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 2035: r2 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
 2036: r3 = 0
      ; v68: bool = ne v66, v67
 2037: r4 = 1
 2038: if r2 != r3 goto +1
 2039: r4 = 0
      ; v69: bool = logical_and v65, v68
 2040: r2 = r1
 2041: r2 &= r4
 2042: if r2 != 0 goto +1
 2043: goto +51
      ; v70: bit<32> = read_field hdr2.seqNo
 2044: r1 = 0
 2045: r0 = *(u64 *)(r10 -368)
 2046: if r0 == 0 goto +3
 2047: r0 = *(u64 *)(r10 -368)
 2048: r1 = *(u32 *)(r0 +4)
 2049: r1 = be32 r1
      ; v71: bit<32> = read var14
 2050: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 2051: r3 = r1
 2052: r3 += r2
 2053: w3 = w3
      ; write var28, v72
 2054: *(u32 *)(r10 -76) = r3
      ; v73: bit<32> = read var28
 2055: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 2056: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 2057: r3 = r1
 2058: r3 -= r2
 2059: w3 = w3
      ; write var29, v75
 2060: *(u32 *)(r10 -72) = r3
      ; v76: bit<32> = read var29
 2061: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
 2062: r2 = 0
      ; v78: bool = ne v76, v77
 2063: r3 = 1
 2064: if r1 != r2 goto +1
 2065: r3 = 0
      ; v79: bit<32> = read var29
 2066: r1 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 2067: w2 = -2147483648
      ; v81: bool = lt v79, v80
 2068: r4 = 1
 2069: if r1 < r2 goto +1
 2070: r4 = 0
      ; v82: bool = logical_and v78, v81
 2071: r1 = r3
 2072: r1 &= r4
 2073: if r1 != 0 goto +9
      ; v90: bit<32> = read var22
 2074: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 2075: r2 = 1
      ; v92: bit<32> = add v90, v91
 2076: r3 = r1
 2077: r3 += r2
 2078: w3 = w3
      ; write var22, v92
 2079: *(u32 *)(r10 -84) = r3
      ; v93: bit<8> = const 0
 2080: r1 = 0
      ; write var23, v93
 2081: *(u8 *)(r10 -23) = r1
 2082: goto +12
      ; v83: bit<32> = read var28
 2083: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 2084: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 2085: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
 2086: r2 = 0
      ; v86: bool = eq v84, v85
 2087: if r1 == r2 goto +1
 2088: goto +6
      ; v87: bit<8> = const 1
 2089: r1 = 1
      ; write var23, v87
 2090: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 2091: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 2092: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 2093: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 2094: *(u64 *)(r10 -232) = r1
 2095: goto +72
      ; v49: bool = const 1
 2096: r1 = 1
      ; write var27, v49
 2097: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 2098: r1 = 0
 2099: r0 = *(u64 *)(r10 -368)
 2100: if r0 == 0 goto +3
 2101: r0 = *(u64 *)(r10 -368)
 2102: r1 = *(u32 *)(r0 +4)
 2103: r1 = be32 r1
      ; write var15, v50
 2104: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 2105: r1 = 0
 2106: r0 = *(u64 *)(r10 -368)
 2107: if r0 == 0 goto +3
 2108: r0 = *(u64 *)(r10 -368)
 2109: r1 = *(u32 *)(r0 +4)
 2110: r1 = be32 r1
      ; v52: bit<32> = const 1
 2111: r2 = 1
      ; v53: bit<32> = add v51, v52
 2112: r3 = r1
 2113: r3 += r2
 2114: w3 = w3
      ; write var16, v53
 2115: *(u32 *)(r10 -100) = r3
      ; v54: bit<32> = const 0
 2116: r1 = 0
      ; write var18, v54
 2117: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 2118: r1 = *(u32 *)(r10 -148)
 2119: if r1 == 0 goto +7
 2120: r1 -= 1
 2121: if r1 > 16383 goto +5
 2122: r2 = r6
 2123: r2 += r1
 2124: r1 = r2
 2125: r1 += 3
 2126: if r1 <= r7 goto +1
 2127: r2 = 0
 2128: r1 = 0
 2129: if r2 == 0 goto +2
 2130: r1 = *(u16 *)(r2 +1)
 2131: r1 = be16 r1
      ; write var19, v55
 2132: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 2133: r1 = *(u32 *)(r10 -144)
 2134: if r1 == 0 goto +7
 2135: r1 -= 1
 2136: if r1 > 16383 goto +5
 2137: r2 = r6
 2138: r2 += r1
 2139: r1 = r2
 2140: r1 += 2
 2141: if r1 <= r7 goto +1
 2142: r2 = 0
 2143: r1 = 0
 2144: if r2 == 0 goto +1
 2145: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 2146: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 2147: r1 = 0
      ; write var21, v57
 2148: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 2149: r1 = 0
      ; write var22, v58
 2150: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 2151: r1 = 1
      ; write var23, v59
 2152: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 2153: r1 = 0
 2154: r0 = *(u64 *)(r10 -368)
 2155: if r0 == 0 goto +3
 2156: r0 = *(u64 *)(r10 -368)
 2157: r1 = *(u32 *)(r0 +4)
 2158: r1 = be32 r1
      ; v61: bit<32> = const 1
 2159: r2 = 1
      ; v62: bit<32> = add v60, v61
 2160: r3 = r1
 2161: r3 += r2
 2162: w3 = w3
      ; write var24, v62
 2163: *(u32 *)(r10 -80) = r3
      ; v63: bit<64> = read var10
 2164: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 2165: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 2166: r1 = 0
      ; write var26, v64
 2167: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 2168: r1 = *(u8 *)(r10 -22)
 2169: if r1 != 0 goto +1
 2170: goto +113
      ; v95: bool = is_valid hdr15
 2171: r1 = *(u32 *)(r10 -140)
 2172: if r1 != 0 goto +1
 2173: goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 2174: r1 = *(u32 *)(r10 -140)
 2175: if r1 == 0 goto +7
 2176: r1 -= 1
 2177: if r1 > 16383 goto +5
 2178: r2 = r6
 2179: r2 += r1
 2180: r1 = r2
 2181: r1 += 9
 2182: if r1 <= r7 goto +1
 2183: r2 = 0
 2184: r1 = 0
 2185: if r2 == 0 goto +2
 2186: r1 = *(u32 *)(r2 +1)
 2187: r1 = be32 r1
      ; write var21, v96
 2188: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 2189: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 2190: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 2191: r3 = r1
 2192: r3 -= r2
 2193: w3 = w3
      ; write var17, v99
 2194: *(u32 *)(r10 -96) = r3
      ; v100: bit<32> = read_field hdr1.srcAddr
 2195: r1 = 0
 2196: r0 = *(u64 *)(r10 -376)
 2197: if r0 == 0 goto +3
 2198: r0 = *(u64 *)(r10 -376)
 2199: r1 = *(u32 *)(r0 +12)
 2200: r1 = be32 r1
      ; v101: bit<32> = read_field hdr1.dstAddr
 2201: r2 = 0
 2202: r0 = *(u64 *)(r10 -376)
 2203: if r0 == 0 goto +3
 2204: r0 = *(u64 *)(r10 -376)
 2205: r2 = *(u32 *)(r0 +16)
 2206: r2 = be32 r2
      ; v102: bit<16> = read_field hdr2.srcPort
 2207: r3 = 0
 2208: r0 = *(u64 *)(r10 -368)
 2209: if r0 == 0 goto +3
 2210: r0 = *(u64 *)(r10 -368)
 2211: r3 = *(u16 *)(r0 +0)
 2212: r3 = be16 r3
      ; v103: bit<16> = read_field hdr2.dstPort
 2213: r4 = 0
 2214: r0 = *(u64 *)(r10 -368)
 2215: if r0 == 0 goto +3
 2216: r0 = *(u64 *)(r10 -368)
 2217: r4 = *(u16 *)(r0 +2)
 2218: r4 = be16 r4
      ; v104: bit<32> = read var15
 2219: r8 = *(u32 *)(r10 -104)
      ; v105: bit<32> = read var16
 2220: r9 = *(u32 *)(r10 -100)
      ; v106: bit<32> = read var17
 2221: r0 = *(u32 *)(r10 -96)
 2222: *(u64 *)(r10 -384) = r0
      ; v107: bit<32> = read var18
 2223: r0 = *(u32 *)(r10 -92)
 2224: *(u64 *)(r10 -392) = r0
      ; v108: bit<16> = read var19
 2225: r0 = *(u16 *)(r10 -32)
 2226: *(u64 *)(r10 -400) = r0
      ; v109: bit<8> = read var20
 2227: r0 = *(u8 *)(r10 -24)
 2228: *(u64 *)(r10 -408) = r0
      ; v110: bit<32> = read var21
 2229: r0 = *(u32 *)(r10 -88)
 2230: *(u64 *)(r10 -416) = r0
      ; v111: bit<32> = read var22
 2231: r0 = *(u32 *)(r10 -84)
 2232: *(u64 *)(r10 -424) = r0
      ; v112: bit<8> = read var23
 2233: r0 = *(u8 *)(r10 -23)
 2234: *(u64 *)(r10 -432) = r0
      ; v113: bit<32> = read var24
 2235: r0 = *(u32 *)(r10 -80)
 2236: *(u64 *)(r10 -440) = r0
      ; v114: bit<64> = read var25
 2237: r0 = *(u64 *)(r10 -232)
 2238: *(u64 *)(r10 -448) = r0
      ; v115: bit<64> = read var26
 2239: r0 = *(u64 *)(r10 -224)
 2240: *(u64 *)(r10 -456) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 2241: *(u64 *)(r10 -264) = 0
 2242: *(u64 *)(r10 -256) = 0
 2243: *(u32 *)(r10 -264) = r1
 2244: *(u32 *)(r10 -260) = r2
 2245: *(u16 *)(r10 -256) = r3
 2246: *(u16 *)(r10 -254) = r4
 2247: *(u64 *)(r10 -352) = 0
 2248: *(u64 *)(r10 -344) = 0
 2249: *(u64 *)(r10 -336) = 0
 2250: *(u64 *)(r10 -328) = 0
 2251: *(u64 *)(r10 -320) = 0
 2252: *(u64 *)(r10 -312) = 0
 2253: *(u64 *)(r10 -304) = 0
 2254: *(u32 *)(r10 -352) = r8
 2255: *(u32 *)(r10 -348) = r9
 2256: r0 = *(u64 *)(r10 -384)
 2257: *(u32 *)(r10 -344) = r0
 2258: r0 = *(u64 *)(r10 -392)
 2259: *(u32 *)(r10 -340) = r0
 2260: r0 = *(u64 *)(r10 -400)
 2261: *(u16 *)(r10 -336) = r0
 2262: r0 = *(u64 *)(r10 -408)
 2263: *(u8 *)(r10 -334) = r0
 2264: r0 = *(u64 *)(r10 -416)
 2265: *(u32 *)(r10 -332) = r0
 2266: r0 = *(u64 *)(r10 -424)
 2267: *(u32 *)(r10 -328) = r0
 2268: r0 = *(u64 *)(r10 -432)
 2269: *(u8 *)(r10 -324) = r0
 2270: r0 = *(u64 *)(r10 -440)
 2271: *(u32 *)(r10 -320) = r0
 2272: r0 = *(u64 *)(r10 -448)
 2273: *(u64 *)(r10 -312) = r0
 2274: r0 = *(u64 *)(r10 -456)
 2275: *(u64 *)(r10 -304) = r0
 2276: r1 = map[pipe_flows] ll
 2278: r2 = r10
 2279: r2 += -264
 2280: r3 = r10
 2281: r3 += -352
 2282: r4 = 0
 2283: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 2284: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 2285: r2 = 16
      ; v118: bit<8> = and v116, v117
 2286: r3 = r1
 2287: r3 &= r2
      ; v119: bit<8> = const 0
 2288: r1 = 0
      ; v120: bool = eq v118, v119
 2289: if r3 == r1 goto +310
      ; v121: bit<32> = read_field hdr1.dstAddr
 2290: r1 = 0
 2291: r0 = *(u64 *)(r10 -376)
 2292: if r0 == 0 goto +3
 2293: r0 = *(u64 *)(r10 -376)
 2294: r1 = *(u32 *)(r0 +16)
 2295: r1 = be32 r1
      ; v122: bit<32> = read_field hdr1.srcAddr
 2296: r2 = 0
 2297: r0 = *(u64 *)(r10 -376)
 2298: if r0 == 0 goto +3
 2299: r0 = *(u64 *)(r10 -376)
 2300: r2 = *(u32 *)(r0 +12)
 2301: r2 = be32 r2
      ; v123: bit<16> = read_field hdr2.dstPort
 2302: r3 = 0
 2303: r0 = *(u64 *)(r10 -368)
 2304: if r0 == 0 goto +3
 2305: r0 = *(u64 *)(r10 -368)
 2306: r3 = *(u16 *)(r0 +2)
 2307: r3 = be16 r3
      ; v124: bit<16> = read_field hdr2.srcPort
 2308: r4 = 0
 2309: r0 = *(u64 *)(r10 -368)
 2310: if r0 == 0 goto +3
 2311: r0 = *(u64 *)(r10 -368)
 2312: r4 = *(u16 *)(r0 +0)
 2313: r4 = be16 r4
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 2314: *(u64 *)(r10 -264) = 0
 2315: *(u64 *)(r10 -256) = 0
 2316: *(u32 *)(r10 -264) = r1
 2317: *(u32 *)(r10 -260) = r2
 2318: *(u16 *)(r10 -256) = r3
 2319: *(u16 *)(r10 -254) = r4
 2320: r1 = map[pipe_flows] ll
 2322: r2 = r10
 2323: r2 += -264
 2324: call bpf_map_lookup_elem
 2325: r1 = r0
 2326: if r1 == 0 goto +42
 2327: r0 = 1
 2328: *(u64 *)(r10 -384) = r0
 2329: r3 = *(u32 *)(r1 +0)
 2330: w3 = w3
 2331: r4 = *(u32 *)(r1 +4)
 2332: w4 = w4
 2333: r8 = *(u32 *)(r1 +8)
 2334: w8 = w8
 2335: r9 = *(u32 *)(r1 +12)
 2336: w9 = w9
 2337: r2 = *(u16 *)(r1 +16)
 2338: r2 &= 65535
 2339: r0 = *(u8 *)(r1 +18)
 2340: *(u64 *)(r10 -392) = r0
 2341: r0 = *(u64 *)(r10 -392)
 2342: r0 &= 255
 2343: *(u64 *)(r10 -392) = r0
 2344: r0 = *(u32 *)(r1 +20)
 2345: *(u64 *)(r10 -400) = r0
 2346: r0 = *(u64 *)(r10 -400)
 2347: w0 = w0
 2348: *(u64 *)(r10 -400) = r0
 2349: r0 = *(u32 *)(r1 +24)
 2350: *(u64 *)(r10 -408) = r0
 2351: r0 = *(u64 *)(r10 -408)
 2352: w0 = w0
 2353: *(u64 *)(r10 -408) = r0
 2354: r0 = *(u8 *)(r1 +28)
 2355: *(u64 *)(r10 -416) = r0
 2356: r0 = *(u64 *)(r10 -416)
 2357: r0 &= 255
 2358: *(u64 *)(r10 -416) = r0
 2359: r0 = *(u32 *)(r1 +32)
 2360: *(u64 *)(r10 -424) = r0
 2361: r0 = *(u64 *)(r10 -424)
 2362: w0 = w0
 2363: *(u64 *)(r10 -424) = r0
 2364: r0 = *(u64 *)(r1 +40)
 2365: *(u64 *)(r10 -432) = r0
 2366: r0 = *(u64 *)(r1 +48)
 2367: *(u64 *)(r10 -440) = r0
 2368: goto +21
 2369: r0 = 0
 2370: *(u64 *)(r10 -384) = r0
 2371: r3 = 0
 2372: r4 = 0
 2373: r8 = 0
 2374: r9 = 0
 2375: r2 = 0
 2376: r0 = 0
 2377: *(u64 *)(r10 -392) = r0
 2378: r0 = 0
 2379: *(u64 *)(r10 -400) = r0
 2380: r0 = 0
 2381: *(u64 *)(r10 -408) = r0
 2382: r0 = 0
 2383: *(u64 *)(r10 -416) = r0
 2384: r0 = 0
 2385: *(u64 *)(r10 -424) = r0
 2386: r0 = 0
 2387: *(u64 *)(r10 -432) = r0
 2388: r0 = 0
 2389: *(u64 *)(r10 -440) = r0
      ; write var30, v126
 2390: *(u32 *)(r10 -68) = r3
      ; write var31, v127
 2391: *(u32 *)(r10 -64) = r4
      ; write var32, v128
 2392: *(u32 *)(r10 -60) = r8
      ; write var33, v129
 2393: *(u32 *)(r10 -56) = r9
      ; write var34, v130
 2394: *(u16 *)(r10 -30) = r2
      ; write var35, v131
 2395: r0 = *(u64 *)(r10 -392)
 2396: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2397: r0 = *(u64 *)(r10 -400)
 2398: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2399: r0 = *(u64 *)(r10 -408)
 2400: *(u32 *)(r10 -48) = r0
      ; write var38, v134
 2401: r0 = *(u64 *)(r10 -416)
 2402: *(u8 *)(r10 -20) = r0
      ; write var39, v135
 2403: r0 = *(u64 *)(r10 -424)
 2404: *(u32 *)(r10 -44) = r0
      ; write var40, v136
 2405: r0 = *(u64 *)(r10 -432)
 2406: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2407: r0 = *(u64 *)(r10 -440)
 2408: *(u64 *)(r10 -208) = r0
 2409: r0 = *(u64 *)(r10 -384)
 2410: if r0 != 0 goto +1
 2411: goto +187
      ; v138: bit<32> = read_field hdr2.ackNo
 2412: r1 = 0
 2413: r0 = *(u64 *)(r10 -368)
 2414: if r0 == 0 goto +3
 2415: r0 = *(u64 *)(r10 -368)
 2416: r1 = *(u32 *)(r0 +8)
 2417: r1 = be32 r1
      ; v139: bit<32> = read var30
 2418: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2419: r3 = r1
 2420: r3 -= r2
 2421: w3 = w3
      ; write var42, v140
 2422: *(u32 *)(r10 -40) = r3
      ; v141: bit<32> = read var42
 2423: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
 2424: r2 = 0
      ; v143: bool = ne v141, v142
 2425: r3 = 1
 2426: if r1 != r2 goto +1
 2427: r3 = 0
      ; v144: bit<32> = read var42
 2428: r1 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2429: w2 = -2147483648
      ; v146: bool = lt v144, v145
 2430: r4 = 1
 2431: if r1 < r2 goto +1
 2432: r4 = 0
      ; v147: bool = logical_and v143, v146
 2433: r1 = r3
 2434: r1 &= r4
 2435: if r1 != 0 goto +1
 2436: goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 2437: r1 = 0
 2438: r0 = *(u64 *)(r10 -368)
 2439: if r0 == 0 goto +3
 2440: r0 = *(u64 *)(r10 -368)
 2441: r1 = *(u32 *)(r0 +8)
 2442: r1 = be32 r1
      ; write var30, v148
 2443: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2444: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
 2445: r2 = 1
      ; v151: bool = eq v149, v150
 2446: r3 = 1
 2447: if r1 == r2 goto +1
 2448: r3 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2449: r1 = 0
 2450: r0 = *(u64 *)(r10 -368)
 2451: if r0 == 0 goto +3
 2452: r0 = *(u64 *)(r10 -368)
 2453: r1 = *(u32 *)(r0 +8)
 2454: r1 = be32 r1
      ; v153: bit<32> = read var39
 2455: r2 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2456: r4 = r1
 2457: r4 -= r2
 2458: w4 = w4
      ; v155: bit<32> = const 0x80000000
 2459: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2460: r2 = 1
 2461: if r4 < r1 goto +1
 2462: r2 = 0
      ; v157: bool = logical_and v151, v156
 2463: r1 = r3
 2464: r1 &= r2
 2465: if r1 != 0 goto +1
 2466: goto +7
      ; v158: bit<64> = read var10
 2467: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2468: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2469: r3 = r1
 2470: r3 -= r2
      ; write var41, v160
 2471: *(u64 *)(r10 -208) = r3
      ; v161: bit<8> = const 0
 2472: r1 = 0
      ; write var38, v161
 2473: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2474: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2475: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2476: r3 = r1
 2477: r3 -= r2
 2478: w3 = w3
      ; write var32, v164
 2479: *(u32 *)(r10 -60) = r3
      ; v165: bit<8> = read var11
 2480: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2481: r2 = 2
      ; v167: bit<8> = and v165, v166
 2482: r3 = r1
 2483: r3 &= r2
      ; v168: bit<8> = const 0
 2484: r1 = 0
      ; v169: bool = ne v167, v168
 2485: r2 = 1
 2486: if r3 != r1 goto +1
 2487: r2 = 0
      ; v170: bit<8> = read var20
 2488: r1 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2489: r3 = 0
      ; v172: bit<8> = select v169, v171, v170
 2490: r4 = r3
 2491: if r2 != 0 goto +1
 2492: r4 = r1
      ; write var43, v172
 2493: *(u8 *)(r10 -19) = r4
      ; v173: bit<16> = read_field hdr2.window
 2494: r1 = 0
 2495: r0 = *(u64 *)(r10 -368)
 2496: if r0 == 0 goto +3
 2497: r0 = *(u64 *)(r10 -368)
 2498: r1 = *(u16 *)(r0 +14)
 2499: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2500: r2 = r1
 2501: w2 = w2
      ; v175: bit<8> = read var43
 2502: r1 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2503: r3 = r2
 2504: if r1 >= 32 goto +3
 2505: r3 <<= r1
 2506: w3 = w3
 2507: goto +1
 2508: r3 = 0
      ; write var33, v176
 2509: *(u32 *)(r10 -56) = r3
      ; v177: bit<32> = read_field hdr1.dstAddr
 2510: r1 = 0
 2511: r0 = *(u64 *)(r10 -376)
 2512: if r0 == 0 goto +3
 2513: r0 = *(u64 *)(r10 -376)
 2514: r1 = *(u32 *)(r0 +16)
 2515: r1 = be32 r1
      ; v178: bit<32> = read_field hdr1.srcAddr
 2516: r2 = 0
 2517: r0 = *(u64 *)(r10 -376)
 2518: if r0 == 0 goto +3
 2519: r0 = *(u64 *)(r10 -376)
 2520: r2 = *(u32 *)(r0 +12)
 2521: r2 = be32 r2
      ; v179: bit<16> = read_field hdr2.dstPort
 2522: r3 = 0
 2523: r0 = *(u64 *)(r10 -368)
 2524: if r0 == 0 goto +3
 2525: r0 = *(u64 *)(r10 -368)
 2526: r3 = *(u16 *)(r0 +2)
 2527: r3 = be16 r3
      ; v180: bit<16> = read_field hdr2.srcPort
 2528: r4 = 0
 2529: r0 = *(u64 *)(r10 -368)
 2530: if r0 == 0 goto +3
 2531: r0 = *(u64 *)(r10 -368)
 2532: r4 = *(u16 *)(r0 +0)
 2533: r4 = be16 r4
      ; v181: bit<32> = read var30
 2534: r8 = *(u32 *)(r10 -68)
      ; v182: bit<32> = read var31
 2535: r9 = *(u32 *)(r10 -64)
      ; v183: bit<32> = read var32
 2536: r0 = *(u32 *)(r10 -60)
 2537: *(u64 *)(r10 -368) = r0
      ; v184: bit<32> = read var33
 2538: r0 = *(u32 *)(r10 -56)
 2539: *(u64 *)(r10 -376) = r0
      ; v185: bit<16> = read var34
 2540: r0 = *(u16 *)(r10 -30)
 2541: *(u64 *)(r10 -384) = r0
      ; v186: bit<8> = read var35
 2542: r0 = *(u8 *)(r10 -21)
 2543: *(u64 *)(r10 -392) = r0
      ; v187: bit<32> = read var36
 2544: r0 = *(u32 *)(r10 -52)
 2545: *(u64 *)(r10 -400) = r0
      ; v188: bit<32> = read var37
 2546: r0 = *(u32 *)(r10 -48)
 2547: *(u64 *)(r10 -408) = r0
      ; v189: bit<8> = read var38
 2548: r0 = *(u8 *)(r10 -20)
 2549: *(u64 *)(r10 -416) = r0
      ; v190: bit<32> = read var39
 2550: r0 = *(u32 *)(r10 -44)
 2551: *(u64 *)(r10 -424) = r0
      ; v191: bit<64> = read var40
 2552: r0 = *(u64 *)(r10 -216)
 2553: *(u64 *)(r10 -432) = r0
      ; v192: bit<64> = read var41
 2554: r0 = *(u64 *)(r10 -208)
 2555: *(u64 *)(r10 -440) = r0
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2556: *(u64 *)(r10 -264) = 0
 2557: *(u64 *)(r10 -256) = 0
 2558: *(u32 *)(r10 -264) = r1
 2559: *(u32 *)(r10 -260) = r2
 2560: *(u16 *)(r10 -256) = r3
 2561: *(u16 *)(r10 -254) = r4
 2562: *(u64 *)(r10 -352) = 0
 2563: *(u64 *)(r10 -344) = 0
 2564: *(u64 *)(r10 -336) = 0
 2565: *(u64 *)(r10 -328) = 0
 2566: *(u64 *)(r10 -320) = 0
 2567: *(u64 *)(r10 -312) = 0
 2568: *(u64 *)(r10 -304) = 0
 2569: *(u32 *)(r10 -352) = r8
 2570: *(u32 *)(r10 -348) = r9
 2571: r0 = *(u64 *)(r10 -368)
 2572: *(u32 *)(r10 -344) = r0
 2573: r0 = *(u64 *)(r10 -376)
 2574: *(u32 *)(r10 -340) = r0
 2575: r0 = *(u64 *)(r10 -384)
 2576: *(u16 *)(r10 -336) = r0
 2577: r0 = *(u64 *)(r10 -392)
 2578: *(u8 *)(r10 -334) = r0
 2579: r0 = *(u64 *)(r10 -400)
 2580: *(u32 *)(r10 -332) = r0
 2581: r0 = *(u64 *)(r10 -408)
 2582: *(u32 *)(r10 -328) = r0
 2583: r0 = *(u64 *)(r10 -416)
 2584: *(u8 *)(r10 -324) = r0
 2585: r0 = *(u64 *)(r10 -424)
 2586: *(u32 *)(r10 -320) = r0
 2587: r0 = *(u64 *)(r10 -432)
 2588: *(u64 *)(r10 -312) = r0
 2589: r0 = *(u64 *)(r10 -440)
 2590: *(u64 *)(r10 -304) = r0
 2591: r1 = map[pipe_flows] ll
 2593: r2 = r10
 2594: r2 += -264
 2595: r3 = r10
 2596: r3 += -352
 2597: r4 = 0
 2598: call bpf_map_update_elem
 2599: goto +4
 2600: goto +3
 2601: goto +2
      ; drop
 2602: r0 = 2
 2603: exit
      ; epilogue: verdict
 2604: r0 = 0
 2605: exit
