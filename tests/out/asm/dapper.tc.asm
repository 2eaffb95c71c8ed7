; dapper for classifier: 2640 instructions, stack 456 bytes, 1 maps
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
   40: goto +2595
   41: r3 = r1
   42: r3 += 1
   43: *(u32 *)(r10 -200) = r3
   44: r1 += 14
   45: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   46: r1 = 0
   47: if r2 == 0 goto +2
   48: r1 = *(u16 *)(r2 +12)
   49: r1 = be16 r1
   50: if r1 != 2048 goto +1
   51: goto +1
   52: goto +1777
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   53: r1 = *(u64 *)(r10 -16)
   54: if r1 > 16383 goto +5
   55: r2 = r6
   56: r2 += r1
   57: r3 = r2
   58: r3 += 20
   59: if r3 <= r7 goto +2
   60: *(u32 *)(r10 -132) = 1
   61: goto +2574
   62: r3 = r1
   63: r3 += 1
   64: *(u32 *)(r10 -196) = r3
   65: r1 += 20
   66: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   67: r1 = 0
   68: if r2 == 0 goto +2
   69: r1 = *(u8 *)(r2 +0)
   70: r1 &= 15
      ; v2: bit<4> = const 5
   71: r3 = 5
      ; v3: bool = ge v1, v2
   72: r4 = 1
   73: if r1 >= r3 goto +1
   74: r4 = 0
      ; verify v3, error HeaderTooShort
   75: if r4 != 0 goto +2
   76: *(u32 *)(r10 -132) = 4
   77: goto +2558
      ; v4: bit<4> = read_field hdr1.ihl
   78: r1 = 0
   79: if r2 == 0 goto +2
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
   96: goto +2539
   97: r1 = r3
   98: r1 >>= 3
   99: r3 = *(u64 *)(r10 -16)
  100: r3 += r1
  101: if r3 > 16383 goto +3
  102: r1 = r6
  103: r1 += r3
  104: if r1 <= r7 goto +2
  105: *(u32 *)(r10 -132) = 1
  106: goto +2529
  107: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
  108: r1 = 0
  109: if r2 == 0 goto +3
  110: r1 = *(u16 *)(r2 +6)
  111: r1 = be16 r1
  112: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  113: r3 = 0
  114: if r2 == 0 goto +1
  115: r3 = *(u8 *)(r2 +9)
  116: if r1 != 0 goto +2
  117: if r3 != 6 goto +1
  118: goto +1
  119: goto +1710
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  120: r1 = *(u64 *)(r10 -16)
  121: if r1 > 16383 goto +5
  122: r2 = r6
  123: r2 += r1
  124: r3 = r2
  125: r3 += 20
  126: if r3 <= r7 goto +2
  127: *(u32 *)(r10 -132) = 1
  128: goto +2507
  129: r3 = r1
  130: r3 += 1
  131: *(u32 *)(r10 -192) = r3
  132: r1 += 20
  133: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  134: r1 = 0
  135: if r2 == 0 goto +3
  136: r1 = *(u8 *)(r2 +12)
  137: r1 >>= 4
  138: r1 &= 15
      ; v13: bit<4> = const 5
  139: r3 = 5
      ; v14: bool = ge v12, v13
  140: r4 = 1
  141: if r1 >= r3 goto +1
  142: r4 = 0
      ; verify v14, error HeaderTooShort
  143: if r4 != 0 goto +2
  144: *(u32 *)(r10 -132) = 4
  145: goto +2490
      ; v15: bit<4> = read_field hdr2.dataOffset
  146: r1 = 0
  147: if r2 == 0 goto +3
  148: r1 = *(u8 *)(r2 +12)
  149: r1 >>= 4
  150: r1 &= 15
      ; v16: bit<16> = cast v15
  151: r2 = r1
  152: r2 &= 65535
      ; v17: bit<16> = const 5
  153: r1 = 5
      ; v18: bit<16> = sub v16, v17
  154: r3 = r2
  155: r3 -= r1
  156: r3 &= 65535
      ; v19: bit<16> = const 4
  157: r1 = 4
      ; v20: bit<16> = mul v18, v19
  158: r2 = r3
  159: r2 *= r1
  160: r2 &= 65535
      ; write var2, v20
  161: *(u16 *)(r10 -36) = r2
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  162: r1 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  163: r2 = *(u8 *)(r10 -28)
  164: if r1 != 0 goto +1
  165: goto +1664
  166: if r2 != 10 goto +1
  167: goto +1662
      ; prs: block5 (parse_option)
      ; extract hdr3
  168: r1 = *(u64 *)(r10 -16)
  169: if r1 > 16383 goto +5
  170: r2 = r6
  171: r2 += r1
  172: r3 = r2
  173: r3 += 1
  174: if r3 <= r7 goto +2
  175: *(u32 *)(r10 -132) = 1
  176: goto +2459
  177: r3 = r1
  178: r3 += 1
  179: *(u32 *)(r10 -188) = r3
  180: r1 += 1
  181: *(u64 *)(r10 -16) = r1
      ; v23: bit<8> = read var3
  182: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  183: r3 = 1
      ; v25: bit<8> = add v23, v24
  184: r4 = r1
  185: r4 += r3
  186: r4 &= 255
      ; write var3, v25
  187: *(u8 *)(r10 -28) = r4
      ; v26: bit<16> = read var2
  188: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  189: r3 = 1
      ; v28: bit<16> = sub v26, v27
  190: r4 = r1
  191: r4 -= r3
  192: r4 &= 65535
      ; write var2, v28
  193: *(u16 *)(r10 -36) = r4
      ; v29: bit<8> = read_field hdr3.kind
  194: r1 = 0
  195: if r2 == 0 goto +1
  196: r1 = *(u8 *)(r2 +0)
  197: if r1 != 0 goto +1
  198: goto +1631
  199: if r1 != 1 goto +1
  200: goto +127
  201: if r1 != 2 goto +1
  202: goto +105
  203: if r1 != 3 goto +1
  204: goto +82
  205: if r1 != 8 goto +1
  206: goto +59
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  207: r1 = *(u64 *)(r10 -16)
  208: if r1 > 16383 goto +5
  209: r2 = r6
  210: r2 += r1
  211: r1 = r2
  212: r1 += 1
  213: if r1 <= r7 goto +2
  214: *(u32 *)(r10 -132) = 1
  215: goto +2420
  216: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  217: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  218: r1 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
  219: r2 = 2
      ; v33: bool = ge v31, v32
  220: r3 = 1
  221: if r1 >= r2 goto +1
  222: r3 = 0
      ; verify v33, error HeaderTooShort
  223: if r3 != 0 goto +2
  224: *(u32 *)(r10 -132) = 4
  225: goto +2410
      ; v34: bit<8> = read var9
  226: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  227: r2 = r1
  228: w2 = w2
      ; v36: bit<32> = const 1
  229: r1 = 1
      ; v37: bit<32> = sub v35, v36
  230: r3 = r2
  231: r3 -= r1
  232: w3 = w3
      ; v38: bit<32> = const 8
  233: r1 = 8
      ; v39: bit<32> = mul v37, v38
  234: r2 = r3
  235: r2 *= r1
  236: w2 = w2
      ; advance v39
  237: r1 = r2
  238: r1 &= 7
  239: if r1 == 0 goto +2
  240: *(u32 *)(r10 -132) = 6
  241: goto +2394
  242: r1 = r2
  243: r1 >>= 3
  244: r2 = *(u64 *)(r10 -16)
  245: r2 += r1
  246: if r2 > 16383 goto +3
  247: r1 = r6
  248: r1 += r2
  249: if r1 <= r7 goto +2
  250: *(u32 *)(r10 -132) = 1
  251: goto +2384
  252: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  253: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  254: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  255: r3 = r2
  256: r3 &= 65535
      ; v43: bit<16> = const 1
  257: r2 = 1
      ; v44: bit<16> = sub v42, v43
  258: r4 = r3
  259: r4 -= r2
  260: r4 &= 65535
      ; v45: bit<16> = sub v40, v44
  261: r2 = r1
  262: r2 -= r4
  263: r2 &= 65535
      ; write var2, v45
  264: *(u16 *)(r10 -36) = r2
  265: goto +62
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  266: r1 = *(u64 *)(r10 -16)
  267: if r1 > 16383 goto +5
  268: r2 = r6
  269: r2 += r1
  270: r3 = r2
  271: r3 += 9
  272: if r3 <= r7 goto +2
  273: *(u32 *)(r10 -132) = 1
  274: goto +2361
  275: r2 = r1
  276: r2 += 1
  277: *(u32 *)(r10 -140) = r2
  278: r1 += 9
  279: *(u64 *)(r10 -16) = r1
      ; v46: bit<16> = read var2
  280: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  281: r2 = 9
      ; v48: bit<16> = sub v46, v47
  282: r3 = r1
  283: r3 -= r2
  284: r3 &= 65535
      ; write var2, v48
  285: *(u16 *)(r10 -36) = r3
  286: goto +41
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  287: r1 = *(u64 *)(r10 -16)
  288: if r1 > 16383 goto +5
  289: r2 = r6
  290: r2 += r1
  291: r3 = r2
  292: r3 += 2
  293: if r3 <= r7 goto +2
  294: *(u32 *)(r10 -132) = 1
  295: goto +2340
  296: r2 = r1
  297: r2 += 1
  298: *(u32 *)(r10 -144) = r2
  299: r1 += 2
  300: *(u64 *)(r10 -16) = r1
      ; v49: bit<16> = read var2
  301: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  302: r2 = 2
      ; v51: bit<16> = sub v49, v50
  303: r3 = r1
  304: r3 -= r2
  305: r3 &= 65535
      ; write var2, v51
  306: *(u16 *)(r10 -36) = r3
  307: goto +20
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  308: r1 = *(u64 *)(r10 -16)
  309: if r1 > 16383 goto +5
  310: r2 = r6
  311: r2 += r1
  312: r3 = r2
  313: r3 += 3
  314: if r3 <= r7 goto +2
  315: *(u32 *)(r10 -132) = 1
  316: goto +2319
  317: r2 = r1
  318: r2 += 1
  319: *(u32 *)(r10 -148) = r2
  320: r1 += 3
  321: *(u64 *)(r10 -16) = r1
      ; v52: bit<16> = read var2
  322: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  323: r2 = 3
      ; v54: bit<16> = sub v52, v53
  324: r3 = r1
  325: r3 -= r2
  326: r3 &= 65535
      ; write var2, v54
  327: *(u16 *)(r10 -36) = r3
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  328: r1 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  329: r2 = *(u8 *)(r10 -28)
  330: if r1 != 0 goto +1
  331: goto +1498
  332: if r2 != 10 goto +1
  333: goto +1496
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  334: r1 = *(u64 *)(r10 -16)
  335: if r1 > 16383 goto +5
  336: r2 = r6
  337: r2 += r1
  338: r3 = r2
  339: r3 += 1
  340: if r3 <= r7 goto +2
  341: *(u32 *)(r10 -132) = 1
  342: goto +2293
  343: r3 = r1
  344: r3 += 1
  345: *(u32 *)(r10 -184) = r3
  346: r1 += 1
  347: *(u64 *)(r10 -16) = r1
      ; v57: bit<8> = read var3
  348: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  349: r3 = 1
      ; v59: bit<8> = add v57, v58
  350: r4 = r1
  351: r4 += r3
  352: r4 &= 255
      ; write var3, v59
  353: *(u8 *)(r10 -28) = r4
      ; v60: bit<16> = read var2
  354: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  355: r3 = 1
      ; v62: bit<16> = sub v60, v61
  356: r4 = r1
  357: r4 -= r3
  358: r4 &= 65535
      ; write var2, v62
  359: *(u16 *)(r10 -36) = r4
      ; v63: bit<8> = read_field hdr4.kind
  360: r1 = 0
  361: if r2 == 0 goto +1
  362: r1 = *(u8 *)(r2 +0)
  363: if r1 != 0 goto +1
  364: goto +1465
  365: if r1 != 1 goto +1
  366: goto +127
  367: if r1 != 2 goto +1
  368: goto +105
  369: if r1 != 3 goto +1
  370: goto +82
  371: if r1 != 8 goto +1
  372: goto +59
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  373: r1 = *(u64 *)(r10 -16)
  374: if r1 > 16383 goto +5
  375: r2 = r6
  376: r2 += r1
  377: r1 = r2
  378: r1 += 1
  379: if r1 <= r7 goto +2
  380: *(u32 *)(r10 -132) = 1
  381: goto +2254
  382: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  383: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  384: r1 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
  385: r2 = 2
      ; v67: bool = ge v65, v66
  386: r3 = 1
  387: if r1 >= r2 goto +1
  388: r3 = 0
      ; verify v67, error HeaderTooShort
  389: if r3 != 0 goto +2
  390: *(u32 *)(r10 -132) = 4
  391: goto +2244
      ; v68: bit<8> = read var9
  392: r1 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  393: r2 = r1
  394: w2 = w2
      ; v70: bit<32> = const 1
  395: r1 = 1
      ; v71: bit<32> = sub v69, v70
  396: r3 = r2
  397: r3 -= r1
  398: w3 = w3
      ; v72: bit<32> = const 8
  399: r1 = 8
      ; v73: bit<32> = mul v71, v72
  400: r2 = r3
  401: r2 *= r1
  402: w2 = w2
      ; advance v73
  403: r1 = r2
  404: r1 &= 7
  405: if r1 == 0 goto +2
  406: *(u32 *)(r10 -132) = 6
  407: goto +2228
  408: r1 = r2
  409: r1 >>= 3
  410: r2 = *(u64 *)(r10 -16)
  411: r2 += r1
  412: if r2 > 16383 goto +3
  413: r1 = r6
  414: r1 += r2
  415: if r1 <= r7 goto +2
  416: *(u32 *)(r10 -132) = 1
  417: goto +2218
  418: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  419: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  420: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  421: r3 = r2
  422: r3 &= 65535
      ; v77: bit<16> = const 1
  423: r2 = 1
      ; v78: bit<16> = sub v76, v77
  424: r4 = r3
  425: r4 -= r2
  426: r4 &= 65535
      ; v79: bit<16> = sub v74, v78
  427: r2 = r1
  428: r2 -= r4
  429: r2 &= 65535
      ; write var2, v79
  430: *(u16 *)(r10 -36) = r2
  431: goto +62
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  432: r1 = *(u64 *)(r10 -16)
  433: if r1 > 16383 goto +5
  434: r2 = r6
  435: r2 += r1
  436: r3 = r2
  437: r3 += 9
  438: if r3 <= r7 goto +2
  439: *(u32 *)(r10 -132) = 1
  440: goto +2195
  441: r2 = r1
  442: r2 += 1
  443: *(u32 *)(r10 -140) = r2
  444: r1 += 9
  445: *(u64 *)(r10 -16) = r1
      ; v80: bit<16> = read var2
  446: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  447: r2 = 9
      ; v82: bit<16> = sub v80, v81
  448: r3 = r1
  449: r3 -= r2
  450: r3 &= 65535
      ; write var2, v82
  451: *(u16 *)(r10 -36) = r3
  452: goto +41
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  453: r1 = *(u64 *)(r10 -16)
  454: if r1 > 16383 goto +5
  455: r2 = r6
  456: r2 += r1
  457: r3 = r2
  458: r3 += 2
  459: if r3 <= r7 goto +2
  460: *(u32 *)(r10 -132) = 1
  461: goto +2174
  462: r2 = r1
  463: r2 += 1
  464: *(u32 *)(r10 -144) = r2
  465: r1 += 2
  466: *(u64 *)(r10 -16) = r1
      ; v83: bit<16> = read var2
  467: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  468: r2 = 2
      ; v85: bit<16> = sub v83, v84
  469: r3 = r1
  470: r3 -= r2
  471: r3 &= 65535
      ; write var2, v85
  472: *(u16 *)(r10 -36) = r3
  473: goto +20
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  474: r1 = *(u64 *)(r10 -16)
  475: if r1 > 16383 goto +5
  476: r2 = r6
  477: r2 += r1
  478: r3 = r2
  479: r3 += 3
  480: if r3 <= r7 goto +2
  481: *(u32 *)(r10 -132) = 1
  482: goto +2153
  483: r2 = r1
  484: r2 += 1
  485: *(u32 *)(r10 -148) = r2
  486: r1 += 3
  487: *(u64 *)(r10 -16) = r1
      ; v86: bit<16> = read var2
  488: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  489: r2 = 3
      ; v88: bit<16> = sub v86, v87
  490: r3 = r1
  491: r3 -= r2
  492: r3 &= 65535
      ; write var2, v88
  493: *(u16 *)(r10 -36) = r3
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  494: r1 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  495: r2 = *(u8 *)(r10 -28)
  496: if r1 != 0 goto +1
  497: goto +1332
  498: if r2 != 10 goto +1
  499: goto +1330
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  500: r1 = *(u64 *)(r10 -16)
  501: if r1 > 16383 goto +5
  502: r2 = r6
  503: r2 += r1
  504: r3 = r2
  505: r3 += 1
  506: if r3 <= r7 goto +2
  507: *(u32 *)(r10 -132) = 1
  508: goto +2127
  509: r3 = r1
  510: r3 += 1
  511: *(u32 *)(r10 -180) = r3
  512: r1 += 1
  513: *(u64 *)(r10 -16) = r1
      ; v91: bit<8> = read var3
  514: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  515: r3 = 1
      ; v93: bit<8> = add v91, v92
  516: r4 = r1
  517: r4 += r3
  518: r4 &= 255
      ; write var3, v93
  519: *(u8 *)(r10 -28) = r4
      ; v94: bit<16> = read var2
  520: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  521: r3 = 1
      ; v96: bit<16> = sub v94, v95
  522: r4 = r1
  523: r4 -= r3
  524: r4 &= 65535
      ; write var2, v96
  525: *(u16 *)(r10 -36) = r4
      ; v97: bit<8> = read_field hdr5.kind
  526: r1 = 0
  527: if r2 == 0 goto +1
  528: r1 = *(u8 *)(r2 +0)
  529: if r1 != 0 goto +1
  530: goto +1299
  531: if r1 != 1 goto +1
  532: goto +127
  533: if r1 != 2 goto +1
  534: goto +105
  535: if r1 != 3 goto +1
  536: goto +82
  537: if r1 != 8 goto +1
  538: goto +59
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  539: r1 = *(u64 *)(r10 -16)
  540: if r1 > 16383 goto +5
  541: r2 = r6
  542: r2 += r1
  543: r1 = r2
  544: r1 += 1
  545: if r1 <= r7 goto +2
  546: *(u32 *)(r10 -132) = 1
  547: goto +2088
  548: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  549: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  550: r1 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
  551: r2 = 2
      ; v101: bool = ge v99, v100
  552: r3 = 1
  553: if r1 >= r2 goto +1
  554: r3 = 0
      ; verify v101, error HeaderTooShort
  555: if r3 != 0 goto +2
  556: *(u32 *)(r10 -132) = 4
  557: goto +2078
      ; v102: bit<8> = read var9
  558: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  559: r2 = r1
  560: w2 = w2
      ; v104: bit<32> = const 1
  561: r1 = 1
      ; v105: bit<32> = sub v103, v104
  562: r3 = r2
  563: r3 -= r1
  564: w3 = w3
      ; v106: bit<32> = const 8
  565: r1 = 8
      ; v107: bit<32> = mul v105, v106
  566: r2 = r3
  567: r2 *= r1
  568: w2 = w2
      ; advance v107
  569: r1 = r2
  570: r1 &= 7
  571: if r1 == 0 goto +2
  572: *(u32 *)(r10 -132) = 6
  573: goto +2062
  574: r1 = r2
  575: r1 >>= 3
  576: r2 = *(u64 *)(r10 -16)
  577: r2 += r1
  578: if r2 > 16383 goto +3
  579: r1 = r6
  580: r1 += r2
  581: if r1 <= r7 goto +2
  582: *(u32 *)(r10 -132) = 1
  583: goto +2052
  584: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  585: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  586: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  587: r3 = r2
  588: r3 &= 65535
      ; v111: bit<16> = const 1
  589: r2 = 1
      ; v112: bit<16> = sub v110, v111
  590: r4 = r3
  591: r4 -= r2
  592: r4 &= 65535
      ; v113: bit<16> = sub v108, v112
  593: r2 = r1
  594: r2 -= r4
  595: r2 &= 65535
      ; write var2, v113
  596: *(u16 *)(r10 -36) = r2
  597: goto +62
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  598: r1 = *(u64 *)(r10 -16)
  599: if r1 > 16383 goto +5
  600: r2 = r6
  601: r2 += r1
  602: r3 = r2
  603: r3 += 9
  604: if r3 <= r7 goto +2
  605: *(u32 *)(r10 -132) = 1
  606: goto +2029
  607: r2 = r1
  608: r2 += 1
  609: *(u32 *)(r10 -140) = r2
  610: r1 += 9
  611: *(u64 *)(r10 -16) = r1
      ; v114: bit<16> = read var2
  612: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  613: r2 = 9
      ; v116: bit<16> = sub v114, v115
  614: r3 = r1
  615: r3 -= r2
  616: r3 &= 65535
      ; write var2, v116
  617: *(u16 *)(r10 -36) = r3
  618: goto +41
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  619: r1 = *(u64 *)(r10 -16)
  620: if r1 > 16383 goto +5
  621: r2 = r6
  622: r2 += r1
  623: r3 = r2
  624: r3 += 2
  625: if r3 <= r7 goto +2
  626: *(u32 *)(r10 -132) = 1
  627: goto +2008
  628: r2 = r1
  629: r2 += 1
  630: *(u32 *)(r10 -144) = r2
  631: r1 += 2
  632: *(u64 *)(r10 -16) = r1
      ; v117: bit<16> = read var2
  633: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  634: r2 = 2
      ; v119: bit<16> = sub v117, v118
  635: r3 = r1
  636: r3 -= r2
  637: r3 &= 65535
      ; write var2, v119
  638: *(u16 *)(r10 -36) = r3
  639: goto +20
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  640: r1 = *(u64 *)(r10 -16)
  641: if r1 > 16383 goto +5
  642: r2 = r6
  643: r2 += r1
  644: r3 = r2
  645: r3 += 3
  646: if r3 <= r7 goto +2
  647: *(u32 *)(r10 -132) = 1
  648: goto +1987
  649: r2 = r1
  650: r2 += 1
  651: *(u32 *)(r10 -148) = r2
  652: r1 += 3
  653: *(u64 *)(r10 -16) = r1
      ; v120: bit<16> = read var2
  654: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  655: r2 = 3
      ; v122: bit<16> = sub v120, v121
  656: r3 = r1
  657: r3 -= r2
  658: r3 &= 65535
      ; write var2, v122
  659: *(u16 *)(r10 -36) = r3
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  660: r1 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  661: r2 = *(u8 *)(r10 -28)
  662: if r1 != 0 goto +1
  663: goto +1166
  664: if r2 != 10 goto +1
  665: goto +1164
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  666: r1 = *(u64 *)(r10 -16)
  667: if r1 > 16383 goto +5
  668: r2 = r6
  669: r2 += r1
  670: r3 = r2
  671: r3 += 1
  672: if r3 <= r7 goto +2
  673: *(u32 *)(r10 -132) = 1
  674: goto +1961
  675: r3 = r1
  676: r3 += 1
  677: *(u32 *)(r10 -176) = r3
  678: r1 += 1
  679: *(u64 *)(r10 -16) = r1
      ; v125: bit<8> = read var3
  680: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  681: r3 = 1
      ; v127: bit<8> = add v125, v126
  682: r4 = r1
  683: r4 += r3
  684: r4 &= 255
      ; write var3, v127
  685: *(u8 *)(r10 -28) = r4
      ; v128: bit<16> = read var2
  686: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  687: r3 = 1
      ; v130: bit<16> = sub v128, v129
  688: r4 = r1
  689: r4 -= r3
  690: r4 &= 65535
      ; write var2, v130
  691: *(u16 *)(r10 -36) = r4
      ; v131: bit<8> = read_field hdr6.kind
  692: r1 = 0
  693: if r2 == 0 goto +1
  694: r1 = *(u8 *)(r2 +0)
  695: if r1 != 0 goto +1
  696: goto +1133
  697: if r1 != 1 goto +1
  698: goto +127
  699: if r1 != 2 goto +1
  700: goto +105
  701: if r1 != 3 goto +1
  702: goto +82
  703: if r1 != 8 goto +1
  704: goto +59
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  705: r1 = *(u64 *)(r10 -16)
  706: if r1 > 16383 goto +5
  707: r2 = r6
  708: r2 += r1
  709: r1 = r2
  710: r1 += 1
  711: if r1 <= r7 goto +2
  712: *(u32 *)(r10 -132) = 1
  713: goto +1922
  714: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  715: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  716: r1 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
  717: r2 = 2
      ; v135: bool = ge v133, v134
  718: r3 = 1
  719: if r1 >= r2 goto +1
  720: r3 = 0
      ; verify v135, error HeaderTooShort
  721: if r3 != 0 goto +2
  722: *(u32 *)(r10 -132) = 4
  723: goto +1912
      ; v136: bit<8> = read var9
  724: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  725: r2 = r1
  726: w2 = w2
      ; v138: bit<32> = const 1
  727: r1 = 1
      ; v139: bit<32> = sub v137, v138
  728: r3 = r2
  729: r3 -= r1
  730: w3 = w3
      ; v140: bit<32> = const 8
  731: r1 = 8
      ; v141: bit<32> = mul v139, v140
  732: r2 = r3
  733: r2 *= r1
  734: w2 = w2
      ; advance v141
  735: r1 = r2
  736: r1 &= 7
  737: if r1 == 0 goto +2
  738: *(u32 *)(r10 -132) = 6
  739: goto +1896
  740: r1 = r2
  741: r1 >>= 3
  742: r2 = *(u64 *)(r10 -16)
  743: r2 += r1
  744: if r2 > 16383 goto +3
  745: r1 = r6
  746: r1 += r2
  747: if r1 <= r7 goto +2
  748: *(u32 *)(r10 -132) = 1
  749: goto +1886
  750: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  751: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  752: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  753: r3 = r2
  754: r3 &= 65535
      ; v145: bit<16> = const 1
  755: r2 = 1
      ; v146: bit<16> = sub v144, v145
  756: r4 = r3
  757: r4 -= r2
  758: r4 &= 65535
      ; v147: bit<16> = sub v142, v146
  759: r2 = r1
  760: r2 -= r4
  761: r2 &= 65535
      ; write var2, v147
  762: *(u16 *)(r10 -36) = r2
  763: goto +62
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  764: r1 = *(u64 *)(r10 -16)
  765: if r1 > 16383 goto +5
  766: r2 = r6
  767: r2 += r1
  768: r3 = r2
  769: r3 += 9
  770: if r3 <= r7 goto +2
  771: *(u32 *)(r10 -132) = 1
  772: goto +1863
  773: r2 = r1
  774: r2 += 1
  775: *(u32 *)(r10 -140) = r2
  776: r1 += 9
  777: *(u64 *)(r10 -16) = r1
      ; v148: bit<16> = read var2
  778: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  779: r2 = 9
      ; v150: bit<16> = sub v148, v149
  780: r3 = r1
  781: r3 -= r2
  782: r3 &= 65535
      ; write var2, v150
  783: *(u16 *)(r10 -36) = r3
  784: goto +41
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  785: r1 = *(u64 *)(r10 -16)
  786: if r1 > 16383 goto +5
  787: r2 = r6
  788: r2 += r1
  789: r3 = r2
  790: r3 += 2
  791: if r3 <= r7 goto +2
  792: *(u32 *)(r10 -132) = 1
  793: goto +1842
  794: r2 = r1
  795: r2 += 1
  796: *(u32 *)(r10 -144) = r2
  797: r1 += 2
  798: *(u64 *)(r10 -16) = r1
      ; v151: bit<16> = read var2
  799: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  800: r2 = 2
      ; v153: bit<16> = sub v151, v152
  801: r3 = r1
  802: r3 -= r2
  803: r3 &= 65535
      ; write var2, v153
  804: *(u16 *)(r10 -36) = r3
  805: goto +20
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  806: r1 = *(u64 *)(r10 -16)
  807: if r1 > 16383 goto +5
  808: r2 = r6
  809: r2 += r1
  810: r3 = r2
  811: r3 += 3
  812: if r3 <= r7 goto +2
  813: *(u32 *)(r10 -132) = 1
  814: goto +1821
  815: r2 = r1
  816: r2 += 1
  817: *(u32 *)(r10 -148) = r2
  818: r1 += 3
  819: *(u64 *)(r10 -16) = r1
      ; v154: bit<16> = read var2
  820: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  821: r2 = 3
      ; v156: bit<16> = sub v154, v155
  822: r3 = r1
  823: r3 -= r2
  824: r3 &= 65535
      ; write var2, v156
  825: *(u16 *)(r10 -36) = r3
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  826: r1 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  827: r2 = *(u8 *)(r10 -28)
  828: if r1 != 0 goto +1
  829: goto +1000
  830: if r2 != 10 goto +1
  831: goto +998
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  832: r1 = *(u64 *)(r10 -16)
  833: if r1 > 16383 goto +5
  834: r2 = r6
  835: r2 += r1
  836: r3 = r2
  837: r3 += 1
  838: if r3 <= r7 goto +2
  839: *(u32 *)(r10 -132) = 1
  840: goto +1795
  841: r3 = r1
  842: r3 += 1
  843: *(u32 *)(r10 -172) = r3
  844: r1 += 1
  845: *(u64 *)(r10 -16) = r1
      ; v159: bit<8> = read var3
  846: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  847: r3 = 1
      ; v161: bit<8> = add v159, v160
  848: r4 = r1
  849: r4 += r3
  850: r4 &= 255
      ; write var3, v161
  851: *(u8 *)(r10 -28) = r4
      ; v162: bit<16> = read var2
  852: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  853: r3 = 1
      ; v164: bit<16> = sub v162, v163
  854: r4 = r1
  855: r4 -= r3
  856: r4 &= 65535
      ; write var2, v164
  857: *(u16 *)(r10 -36) = r4
      ; v165: bit<8> = read_field hdr7.kind
  858: r1 = 0
  859: if r2 == 0 goto +1
  860: r1 = *(u8 *)(r2 +0)
  861: if r1 != 0 goto +1
  862: goto +967
  863: if r1 != 1 goto +1
  864: goto +127
  865: if r1 != 2 goto +1
  866: goto +105
  867: if r1 != 3 goto +1
  868: goto +82
  869: if r1 != 8 goto +1
  870: goto +59
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  871: r1 = *(u64 *)(r10 -16)
  872: if r1 > 16383 goto +5
  873: r2 = r6
  874: r2 += r1
  875: r1 = r2
  876: r1 += 1
  877: if r1 <= r7 goto +2
  878: *(u32 *)(r10 -132) = 1
  879: goto +1756
  880: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  881: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  882: r1 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
  883: r2 = 2
      ; v169: bool = ge v167, v168
  884: r3 = 1
  885: if r1 >= r2 goto +1
  886: r3 = 0
      ; verify v169, error HeaderTooShort
  887: if r3 != 0 goto +2
  888: *(u32 *)(r10 -132) = 4
  889: goto +1746
      ; v170: bit<8> = read var9
  890: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  891: r2 = r1
  892: w2 = w2
      ; v172: bit<32> = const 1
  893: r1 = 1
      ; v173: bit<32> = sub v171, v172
  894: r3 = r2
  895: r3 -= r1
  896: w3 = w3
      ; v174: bit<32> = const 8
  897: r1 = 8
      ; v175: bit<32> = mul v173, v174
  898: r2 = r3
  899: r2 *= r1
  900: w2 = w2
      ; advance v175
  901: r1 = r2
  902: r1 &= 7
  903: if r1 == 0 goto +2
  904: *(u32 *)(r10 -132) = 6
  905: goto +1730
  906: r1 = r2
  907: r1 >>= 3
  908: r2 = *(u64 *)(r10 -16)
  909: r2 += r1
  910: if r2 > 16383 goto +3
  911: r1 = r6
  912: r1 += r2
  913: if r1 <= r7 goto +2
  914: *(u32 *)(r10 -132) = 1
  915: goto +1720
  916: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  917: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  918: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  919: r3 = r2
  920: r3 &= 65535
      ; v179: bit<16> = const 1
  921: r2 = 1
      ; v180: bit<16> = sub v178, v179
  922: r4 = r3
  923: r4 -= r2
  924: r4 &= 65535
      ; v181: bit<16> = sub v176, v180
  925: r2 = r1
  926: r2 -= r4
  927: r2 &= 65535
      ; write var2, v181
  928: *(u16 *)(r10 -36) = r2
  929: goto +62
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  930: r1 = *(u64 *)(r10 -16)
  931: if r1 > 16383 goto +5
  932: r2 = r6
  933: r2 += r1
  934: r3 = r2
  935: r3 += 9
  936: if r3 <= r7 goto +2
  937: *(u32 *)(r10 -132) = 1
  938: goto +1697
  939: r2 = r1
  940: r2 += 1
  941: *(u32 *)(r10 -140) = r2
  942: r1 += 9
  943: *(u64 *)(r10 -16) = r1
      ; v182: bit<16> = read var2
  944: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  945: r2 = 9
      ; v184: bit<16> = sub v182, v183
  946: r3 = r1
  947: r3 -= r2
  948: r3 &= 65535
      ; write var2, v184
  949: *(u16 *)(r10 -36) = r3
  950: goto +41
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  951: r1 = *(u64 *)(r10 -16)
  952: if r1 > 16383 goto +5
  953: r2 = r6
  954: r2 += r1
  955: r3 = r2
  956: r3 += 2
  957: if r3 <= r7 goto +2
  958: *(u32 *)(r10 -132) = 1
  959: goto +1676
  960: r2 = r1
  961: r2 += 1
  962: *(u32 *)(r10 -144) = r2
  963: r1 += 2
  964: *(u64 *)(r10 -16) = r1
      ; v185: bit<16> = read var2
  965: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  966: r2 = 2
      ; v187: bit<16> = sub v185, v186
  967: r3 = r1
  968: r3 -= r2
  969: r3 &= 65535
      ; write var2, v187
  970: *(u16 *)(r10 -36) = r3
  971: goto +20
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  972: r1 = *(u64 *)(r10 -16)
  973: if r1 > 16383 goto +5
  974: r2 = r6
  975: r2 += r1
  976: r3 = r2
  977: r3 += 3
  978: if r3 <= r7 goto +2
  979: *(u32 *)(r10 -132) = 1
  980: goto +1655
  981: r2 = r1
  982: r2 += 1
  983: *(u32 *)(r10 -148) = r2
  984: r1 += 3
  985: *(u64 *)(r10 -16) = r1
      ; v188: bit<16> = read var2
  986: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  987: r2 = 3
      ; v190: bit<16> = sub v188, v189
  988: r3 = r1
  989: r3 -= r2
  990: r3 &= 65535
      ; write var2, v190
  991: *(u16 *)(r10 -36) = r3
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  992: r1 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  993: r2 = *(u8 *)(r10 -28)
  994: if r1 != 0 goto +1
  995: goto +834
  996: if r2 != 10 goto +1
  997: goto +832
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  998: r1 = *(u64 *)(r10 -16)
  999: if r1 > 16383 goto +5
 1000: r2 = r6
 1001: r2 += r1
 1002: r3 = r2
 1003: r3 += 1
 1004: if r3 <= r7 goto +2
 1005: *(u32 *)(r10 -132) = 1
 1006: goto +1629
 1007: r3 = r1
 1008: r3 += 1
 1009: *(u32 *)(r10 -168) = r3
 1010: r1 += 1
 1011: *(u64 *)(r10 -16) = r1
      ; v193: bit<8> = read var3
 1012: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
 1013: r3 = 1
      ; v195: bit<8> = add v193, v194
 1014: r4 = r1
 1015: r4 += r3
 1016: r4 &= 255
      ; write var3, v195
 1017: *(u8 *)(r10 -28) = r4
      ; v196: bit<16> = read var2
 1018: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
 1019: r3 = 1
      ; v198: bit<16> = sub v196, v197
 1020: r4 = r1
 1021: r4 -= r3
 1022: r4 &= 65535
      ; write var2, v198
 1023: *(u16 *)(r10 -36) = r4
      ; v199: bit<8> = read_field hdr8.kind
 1024: r1 = 0
 1025: if r2 == 0 goto +1
 1026: r1 = *(u8 *)(r2 +0)
 1027: if r1 != 0 goto +1
 1028: goto +801
 1029: if r1 != 1 goto +1
 1030: goto +127
 1031: if r1 != 2 goto +1
 1032: goto +105
 1033: if r1 != 3 goto +1
 1034: goto +82
 1035: if r1 != 8 goto +1
 1036: goto +59
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
 1037: r1 = *(u64 *)(r10 -16)
 1038: if r1 > 16383 goto +5
 1039: r2 = r6
 1040: r2 += r1
 1041: r1 = r2
 1042: r1 += 1
 1043: if r1 <= r7 goto +2
 1044: *(u32 *)(r10 -132) = 1
 1045: goto +1590
 1046: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
 1047: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
 1048: r1 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
 1049: r2 = 2
      ; v203: bool = ge v201, v202
 1050: r3 = 1
 1051: if r1 >= r2 goto +1
 1052: r3 = 0
      ; verify v203, error HeaderTooShort
 1053: if r3 != 0 goto +2
 1054: *(u32 *)(r10 -132) = 4
 1055: goto +1580
      ; v204: bit<8> = read var9
 1056: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
 1057: r2 = r1
 1058: w2 = w2
      ; v206: bit<32> = const 1
 1059: r1 = 1
      ; v207: bit<32> = sub v205, v206
 1060: r3 = r2
 1061: r3 -= r1
 1062: w3 = w3
      ; v208: bit<32> = const 8
 1063: r1 = 8
      ; v209: bit<32> = mul v207, v208
 1064: r2 = r3
 1065: r2 *= r1
 1066: w2 = w2
      ; advance v209
 1067: r1 = r2
 1068: r1 &= 7
 1069: if r1 == 0 goto +2
 1070: *(u32 *)(r10 -132) = 6
 1071: goto +1564
 1072: r1 = r2
 1073: r1 >>= 3
 1074: r2 = *(u64 *)(r10 -16)
 1075: r2 += r1
 1076: if r2 > 16383 goto +3
 1077: r1 = r6
 1078: r1 += r2
 1079: if r1 <= r7 goto +2
 1080: *(u32 *)(r10 -132) = 1
 1081: goto +1554
 1082: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
 1083: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
 1084: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
 1085: r3 = r2
 1086: r3 &= 65535
      ; v213: bit<16> = const 1
 1087: r2 = 1
      ; v214: bit<16> = sub v212, v213
 1088: r4 = r3
 1089: r4 -= r2
 1090: r4 &= 65535
      ; v215: bit<16> = sub v210, v214
 1091: r2 = r1
 1092: r2 -= r4
 1093: r2 &= 65535
      ; write var2, v215
 1094: *(u16 *)(r10 -36) = r2
 1095: goto +62
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
 1096: r1 = *(u64 *)(r10 -16)
 1097: if r1 > 16383 goto +5
 1098: r2 = r6
 1099: r2 += r1
 1100: r3 = r2
 1101: r3 += 9
 1102: if r3 <= r7 goto +2
 1103: *(u32 *)(r10 -132) = 1
 1104: goto +1531
 1105: r2 = r1
 1106: r2 += 1
 1107: *(u32 *)(r10 -140) = r2
 1108: r1 += 9
 1109: *(u64 *)(r10 -16) = r1
      ; v216: bit<16> = read var2
 1110: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
 1111: r2 = 9
      ; v218: bit<16> = sub v216, v217
 1112: r3 = r1
 1113: r3 -= r2
 1114: r3 &= 65535
      ; write var2, v218
 1115: *(u16 *)(r10 -36) = r3
 1116: goto +41
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
 1117: r1 = *(u64 *)(r10 -16)
 1118: if r1 > 16383 goto +5
 1119: r2 = r6
 1120: r2 += r1
 1121: r3 = r2
 1122: r3 += 2
 1123: if r3 <= r7 goto +2
 1124: *(u32 *)(r10 -132) = 1
 1125: goto +1510
 1126: r2 = r1
 1127: r2 += 1
 1128: *(u32 *)(r10 -144) = r2
 1129: r1 += 2
 1130: *(u64 *)(r10 -16) = r1
      ; v219: bit<16> = read var2
 1131: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
 1132: r2 = 2
      ; v221: bit<16> = sub v219, v220
 1133: r3 = r1
 1134: r3 -= r2
 1135: r3 &= 65535
      ; write var2, v221
 1136: *(u16 *)(r10 -36) = r3
 1137: goto +20
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
 1138: r1 = *(u64 *)(r10 -16)
 1139: if r1 > 16383 goto +5
 1140: r2 = r6
 1141: r2 += r1
 1142: r3 = r2
 1143: r3 += 3
 1144: if r3 <= r7 goto +2
 1145: *(u32 *)(r10 -132) = 1
 1146: goto +1489
 1147: r2 = r1
 1148: r2 += 1
 1149: *(u32 *)(r10 -148) = r2
 1150: r1 += 3
 1151: *(u64 *)(r10 -16) = r1
      ; v222: bit<16> = read var2
 1152: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
 1153: r2 = 3
      ; v224: bit<16> = sub v222, v223
 1154: r3 = r1
 1155: r3 -= r2
 1156: r3 &= 65535
      ; write var2, v224
 1157: *(u16 *)(r10 -36) = r3
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
 1158: r1 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
 1159: r2 = *(u8 *)(r10 -28)
 1160: if r1 != 0 goto +1
 1161: goto +668
 1162: if r2 != 10 goto +1
 1163: goto +666
      ; prs: block41 (parse_option.6)
      ; extract hdr9
 1164: r1 = *(u64 *)(r10 -16)
 1165: if r1 > 16383 goto +5
 1166: r2 = r6
 1167: r2 += r1
 1168: r3 = r2
 1169: r3 += 1
 1170: if r3 <= r7 goto +2
 1171: *(u32 *)(r10 -132) = 1
 1172: goto +1463
 1173: r3 = r1
 1174: r3 += 1
 1175: *(u32 *)(r10 -164) = r3
 1176: r1 += 1
 1177: *(u64 *)(r10 -16) = r1
      ; v227: bit<8> = read var3
 1178: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
 1179: r3 = 1
      ; v229: bit<8> = add v227, v228
 1180: r4 = r1
 1181: r4 += r3
 1182: r4 &= 255
      ; write var3, v229
 1183: *(u8 *)(r10 -28) = r4
      ; v230: bit<16> = read var2
 1184: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
 1185: r3 = 1
      ; v232: bit<16> = sub v230, v231
 1186: r4 = r1
 1187: r4 -= r3
 1188: r4 &= 65535
      ; write var2, v232
 1189: *(u16 *)(r10 -36) = r4
      ; v233: bit<8> = read_field hdr9.kind
 1190: r1 = 0
 1191: if r2 == 0 goto +1
 1192: r1 = *(u8 *)(r2 +0)
 1193: if r1 != 0 goto +1
 1194: goto +635
 1195: if r1 != 1 goto +1
 1196: goto +127
 1197: if r1 != 2 goto +1
 1198: goto +105
 1199: if r1 != 3 goto +1
 1200: goto +82
 1201: if r1 != 8 goto +1
 1202: goto +59
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
 1203: r1 = *(u64 *)(r10 -16)
 1204: if r1 > 16383 goto +5
 1205: r2 = r6
 1206: r2 += r1
 1207: r1 = r2
 1208: r1 += 1
 1209: if r1 <= r7 goto +2
 1210: *(u32 *)(r10 -132) = 1
 1211: goto +1424
 1212: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
 1213: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
 1214: r1 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
 1215: r2 = 2
      ; v237: bool = ge v235, v236
 1216: r3 = 1
 1217: if r1 >= r2 goto +1
 1218: r3 = 0
      ; verify v237, error HeaderTooShort
 1219: if r3 != 0 goto +2
 1220: *(u32 *)(r10 -132) = 4
 1221: goto +1414
      ; v238: bit<8> = read var9
 1222: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
 1223: r2 = r1
 1224: w2 = w2
      ; v240: bit<32> = const 1
 1225: r1 = 1
      ; v241: bit<32> = sub v239, v240
 1226: r3 = r2
 1227: r3 -= r1
 1228: w3 = w3
      ; v242: bit<32> = const 8
 1229: r1 = 8
      ; v243: bit<32> = mul v241, v242
 1230: r2 = r3
 1231: r2 *= r1
 1232: w2 = w2
      ; advance v243
 1233: r1 = r2
 1234: r1 &= 7
 1235: if r1 == 0 goto +2
 1236: *(u32 *)(r10 -132) = 6
 1237: goto +1398
 1238: r1 = r2
 1239: r1 >>= 3
 1240: r2 = *(u64 *)(r10 -16)
 1241: r2 += r1
 1242: if r2 > 16383 goto +3
 1243: r1 = r6
 1244: r1 += r2
 1245: if r1 <= r7 goto +2
 1246: *(u32 *)(r10 -132) = 1
 1247: goto +1388
 1248: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1249: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1250: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1251: r3 = r2
 1252: r3 &= 65535
      ; v247: bit<16> = const 1
 1253: r2 = 1
      ; v248: bit<16> = sub v246, v247
 1254: r4 = r3
 1255: r4 -= r2
 1256: r4 &= 65535
      ; v249: bit<16> = sub v244, v248
 1257: r2 = r1
 1258: r2 -= r4
 1259: r2 &= 65535
      ; write var2, v249
 1260: *(u16 *)(r10 -36) = r2
 1261: goto +62
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1262: r1 = *(u64 *)(r10 -16)
 1263: if r1 > 16383 goto +5
 1264: r2 = r6
 1265: r2 += r1
 1266: r3 = r2
 1267: r3 += 9
 1268: if r3 <= r7 goto +2
 1269: *(u32 *)(r10 -132) = 1
 1270: goto +1365
 1271: r2 = r1
 1272: r2 += 1
 1273: *(u32 *)(r10 -140) = r2
 1274: r1 += 9
 1275: *(u64 *)(r10 -16) = r1
      ; v250: bit<16> = read var2
 1276: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1277: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1278: r3 = r1
 1279: r3 -= r2
 1280: r3 &= 65535
      ; write var2, v252
 1281: *(u16 *)(r10 -36) = r3
 1282: goto +41
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1283: r1 = *(u64 *)(r10 -16)
 1284: if r1 > 16383 goto +5
 1285: r2 = r6
 1286: r2 += r1
 1287: r3 = r2
 1288: r3 += 2
 1289: if r3 <= r7 goto +2
 1290: *(u32 *)(r10 -132) = 1
 1291: goto +1344
 1292: r2 = r1
 1293: r2 += 1
 1294: *(u32 *)(r10 -144) = r2
 1295: r1 += 2
 1296: *(u64 *)(r10 -16) = r1
      ; v253: bit<16> = read var2
 1297: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1298: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1299: r3 = r1
 1300: r3 -= r2
 1301: r3 &= 65535
      ; write var2, v255
 1302: *(u16 *)(r10 -36) = r3
 1303: goto +20
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1304: r1 = *(u64 *)(r10 -16)
 1305: if r1 > 16383 goto +5
 1306: r2 = r6
 1307: r2 += r1
 1308: r3 = r2
 1309: r3 += 3
 1310: if r3 <= r7 goto +2
 1311: *(u32 *)(r10 -132) = 1
 1312: goto +1323
 1313: r2 = r1
 1314: r2 += 1
 1315: *(u32 *)(r10 -148) = r2
 1316: r1 += 3
 1317: *(u64 *)(r10 -16) = r1
      ; v256: bit<16> = read var2
 1318: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1319: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1320: r3 = r1
 1321: r3 -= r2
 1322: r3 &= 65535
      ; write var2, v258
 1323: *(u16 *)(r10 -36) = r3
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1324: r1 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1325: r2 = *(u8 *)(r10 -28)
 1326: if r1 != 0 goto +1
 1327: goto +502
 1328: if r2 != 10 goto +1
 1329: goto +500
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1330: r1 = *(u64 *)(r10 -16)
 1331: if r1 > 16383 goto +5
 1332: r2 = r6
 1333: r2 += r1
 1334: r3 = r2
 1335: r3 += 1
 1336: if r3 <= r7 goto +2
 1337: *(u32 *)(r10 -132) = 1
 1338: goto +1297
 1339: r3 = r1
 1340: r3 += 1
 1341: *(u32 *)(r10 -160) = r3
 1342: r1 += 1
 1343: *(u64 *)(r10 -16) = r1
      ; v261: bit<8> = read var3
 1344: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1345: r3 = 1
      ; v263: bit<8> = add v261, v262
 1346: r4 = r1
 1347: r4 += r3
 1348: r4 &= 255
      ; write var3, v263
 1349: *(u8 *)(r10 -28) = r4
      ; v264: bit<16> = read var2
 1350: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1351: r3 = 1
      ; v266: bit<16> = sub v264, v265
 1352: r4 = r1
 1353: r4 -= r3
 1354: r4 &= 65535
      ; write var2, v266
 1355: *(u16 *)(r10 -36) = r4
      ; v267: bit<8> = read_field hdr10.kind
 1356: r1 = 0
 1357: if r2 == 0 goto +1
 1358: r1 = *(u8 *)(r2 +0)
 1359: if r1 != 0 goto +1
 1360: goto +469
 1361: if r1 != 1 goto +1
 1362: goto +127
 1363: if r1 != 2 goto +1
 1364: goto +105
 1365: if r1 != 3 goto +1
 1366: goto +82
 1367: if r1 != 8 goto +1
 1368: goto +59
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1369: r1 = *(u64 *)(r10 -16)
 1370: if r1 > 16383 goto +5
 1371: r2 = r6
 1372: r2 += r1
 1373: r1 = r2
 1374: r1 += 1
 1375: if r1 <= r7 goto +2
 1376: *(u32 *)(r10 -132) = 1
 1377: goto +1258
 1378: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1379: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1380: r1 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
 1381: r2 = 2
      ; v271: bool = ge v269, v270
 1382: r3 = 1
 1383: if r1 >= r2 goto +1
 1384: r3 = 0
      ; verify v271, error HeaderTooShort
 1385: if r3 != 0 goto +2
 1386: *(u32 *)(r10 -132) = 4
 1387: goto +1248
      ; v272: bit<8> = read var9
 1388: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1389: r2 = r1
 1390: w2 = w2
      ; v274: bit<32> = const 1
 1391: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1392: r3 = r2
 1393: r3 -= r1
 1394: w3 = w3
      ; v276: bit<32> = const 8
 1395: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1396: r2 = r3
 1397: r2 *= r1
 1398: w2 = w2
      ; advance v277
 1399: r1 = r2
 1400: r1 &= 7
 1401: if r1 == 0 goto +2
 1402: *(u32 *)(r10 -132) = 6
 1403: goto +1232
 1404: r1 = r2
 1405: r1 >>= 3
 1406: r2 = *(u64 *)(r10 -16)
 1407: r2 += r1
 1408: if r2 > 16383 goto +3
 1409: r1 = r6
 1410: r1 += r2
 1411: if r1 <= r7 goto +2
 1412: *(u32 *)(r10 -132) = 1
 1413: goto +1222
 1414: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1415: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1416: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1417: r3 = r2
 1418: r3 &= 65535
      ; v281: bit<16> = const 1
 1419: r2 = 1
      ; v282: bit<16> = sub v280, v281
 1420: r4 = r3
 1421: r4 -= r2
 1422: r4 &= 65535
      ; v283: bit<16> = sub v278, v282
 1423: r2 = r1
 1424: r2 -= r4
 1425: r2 &= 65535
      ; write var2, v283
 1426: *(u16 *)(r10 -36) = r2
 1427: goto +62
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1428: r1 = *(u64 *)(r10 -16)
 1429: if r1 > 16383 goto +5
 1430: r2 = r6
 1431: r2 += r1
 1432: r3 = r2
 1433: r3 += 9
 1434: if r3 <= r7 goto +2
 1435: *(u32 *)(r10 -132) = 1
 1436: goto +1199
 1437: r2 = r1
 1438: r2 += 1
 1439: *(u32 *)(r10 -140) = r2
 1440: r1 += 9
 1441: *(u64 *)(r10 -16) = r1
      ; v284: bit<16> = read var2
 1442: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1443: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1444: r3 = r1
 1445: r3 -= r2
 1446: r3 &= 65535
      ; write var2, v286
 1447: *(u16 *)(r10 -36) = r3
 1448: goto +41
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1449: r1 = *(u64 *)(r10 -16)
 1450: if r1 > 16383 goto +5
 1451: r2 = r6
 1452: r2 += r1
 1453: r3 = r2
 1454: r3 += 2
 1455: if r3 <= r7 goto +2
 1456: *(u32 *)(r10 -132) = 1
 1457: goto +1178
 1458: r2 = r1
 1459: r2 += 1
 1460: *(u32 *)(r10 -144) = r2
 1461: r1 += 2
 1462: *(u64 *)(r10 -16) = r1
      ; v287: bit<16> = read var2
 1463: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1464: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1465: r3 = r1
 1466: r3 -= r2
 1467: r3 &= 65535
      ; write var2, v289
 1468: *(u16 *)(r10 -36) = r3
 1469: goto +20
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1470: r1 = *(u64 *)(r10 -16)
 1471: if r1 > 16383 goto +5
 1472: r2 = r6
 1473: r2 += r1
 1474: r3 = r2
 1475: r3 += 3
 1476: if r3 <= r7 goto +2
 1477: *(u32 *)(r10 -132) = 1
 1478: goto +1157
 1479: r2 = r1
 1480: r2 += 1
 1481: *(u32 *)(r10 -148) = r2
 1482: r1 += 3
 1483: *(u64 *)(r10 -16) = r1
      ; v290: bit<16> = read var2
 1484: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1485: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1486: r3 = r1
 1487: r3 -= r2
 1488: r3 &= 65535
      ; write var2, v292
 1489: *(u16 *)(r10 -36) = r3
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1490: r1 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1491: r2 = *(u8 *)(r10 -28)
 1492: if r1 != 0 goto +1
 1493: goto +336
 1494: if r2 != 10 goto +1
 1495: goto +334
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1496: r1 = *(u64 *)(r10 -16)
 1497: if r1 > 16383 goto +5
 1498: r2 = r6
 1499: r2 += r1
 1500: r3 = r2
 1501: r3 += 1
 1502: if r3 <= r7 goto +2
 1503: *(u32 *)(r10 -132) = 1
 1504: goto +1131
 1505: r3 = r1
 1506: r3 += 1
 1507: *(u32 *)(r10 -156) = r3
 1508: r1 += 1
 1509: *(u64 *)(r10 -16) = r1
      ; v295: bit<8> = read var3
 1510: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1511: r3 = 1
      ; v297: bit<8> = add v295, v296
 1512: r4 = r1
 1513: r4 += r3
 1514: r4 &= 255
      ; write var3, v297
 1515: *(u8 *)(r10 -28) = r4
      ; v298: bit<16> = read var2
 1516: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1517: r3 = 1
      ; v300: bit<16> = sub v298, v299
 1518: r4 = r1
 1519: r4 -= r3
 1520: r4 &= 65535
      ; write var2, v300
 1521: *(u16 *)(r10 -36) = r4
      ; v301: bit<8> = read_field hdr11.kind
 1522: r1 = 0
 1523: if r2 == 0 goto +1
 1524: r1 = *(u8 *)(r2 +0)
 1525: if r1 != 0 goto +1
 1526: goto +303
 1527: if r1 != 1 goto +1
 1528: goto +127
 1529: if r1 != 2 goto +1
 1530: goto +105
 1531: if r1 != 3 goto +1
 1532: goto +82
 1533: if r1 != 8 goto +1
 1534: goto +59
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1535: r1 = *(u64 *)(r10 -16)
 1536: if r1 > 16383 goto +5
 1537: r2 = r6
 1538: r2 += r1
 1539: r1 = r2
 1540: r1 += 1
 1541: if r1 <= r7 goto +2
 1542: *(u32 *)(r10 -132) = 1
 1543: goto +1092
 1544: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1545: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1546: r1 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
 1547: r2 = 2
      ; v305: bool = ge v303, v304
 1548: r3 = 1
 1549: if r1 >= r2 goto +1
 1550: r3 = 0
      ; verify v305, error HeaderTooShort
 1551: if r3 != 0 goto +2
 1552: *(u32 *)(r10 -132) = 4
 1553: goto +1082
      ; v306: bit<8> = read var9
 1554: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1555: r2 = r1
 1556: w2 = w2
      ; v308: bit<32> = const 1
 1557: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1558: r3 = r2
 1559: r3 -= r1
 1560: w3 = w3
      ; v310: bit<32> = const 8
 1561: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1562: r2 = r3
 1563: r2 *= r1
 1564: w2 = w2
      ; advance v311
 1565: r1 = r2
 1566: r1 &= 7
 1567: if r1 == 0 goto +2
 1568: *(u32 *)(r10 -132) = 6
 1569: goto +1066
 1570: r1 = r2
 1571: r1 >>= 3
 1572: r2 = *(u64 *)(r10 -16)
 1573: r2 += r1
 1574: if r2 > 16383 goto +3
 1575: r1 = r6
 1576: r1 += r2
 1577: if r1 <= r7 goto +2
 1578: *(u32 *)(r10 -132) = 1
 1579: goto +1056
 1580: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1581: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1582: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1583: r3 = r2
 1584: r3 &= 65535
      ; v315: bit<16> = const 1
 1585: r2 = 1
      ; v316: bit<16> = sub v314, v315
 1586: r4 = r3
 1587: r4 -= r2
 1588: r4 &= 65535
      ; v317: bit<16> = sub v312, v316
 1589: r2 = r1
 1590: r2 -= r4
 1591: r2 &= 65535
      ; write var2, v317
 1592: *(u16 *)(r10 -36) = r2
 1593: goto +62
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1594: r1 = *(u64 *)(r10 -16)
 1595: if r1 > 16383 goto +5
 1596: r2 = r6
 1597: r2 += r1
 1598: r3 = r2
 1599: r3 += 9
 1600: if r3 <= r7 goto +2
 1601: *(u32 *)(r10 -132) = 1
 1602: goto +1033
 1603: r2 = r1
 1604: r2 += 1
 1605: *(u32 *)(r10 -140) = r2
 1606: r1 += 9
 1607: *(u64 *)(r10 -16) = r1
      ; v318: bit<16> = read var2
 1608: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1609: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1610: r3 = r1
 1611: r3 -= r2
 1612: r3 &= 65535
      ; write var2, v320
 1613: *(u16 *)(r10 -36) = r3
 1614: goto +41
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1615: r1 = *(u64 *)(r10 -16)
 1616: if r1 > 16383 goto +5
 1617: r2 = r6
 1618: r2 += r1
 1619: r3 = r2
 1620: r3 += 2
 1621: if r3 <= r7 goto +2
 1622: *(u32 *)(r10 -132) = 1
 1623: goto +1012
 1624: r2 = r1
 1625: r2 += 1
 1626: *(u32 *)(r10 -144) = r2
 1627: r1 += 2
 1628: *(u64 *)(r10 -16) = r1
      ; v321: bit<16> = read var2
 1629: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1630: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1631: r3 = r1
 1632: r3 -= r2
 1633: r3 &= 65535
      ; write var2, v323
 1634: *(u16 *)(r10 -36) = r3
 1635: goto +20
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1636: r1 = *(u64 *)(r10 -16)
 1637: if r1 > 16383 goto +5
 1638: r2 = r6
 1639: r2 += r1
 1640: r3 = r2
 1641: r3 += 3
 1642: if r3 <= r7 goto +2
 1643: *(u32 *)(r10 -132) = 1
 1644: goto +991
 1645: r2 = r1
 1646: r2 += 1
 1647: *(u32 *)(r10 -148) = r2
 1648: r1 += 3
 1649: *(u64 *)(r10 -16) = r1
      ; v324: bit<16> = read var2
 1650: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1651: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1652: r3 = r1
 1653: r3 -= r2
 1654: r3 &= 65535
      ; write var2, v326
 1655: *(u16 *)(r10 -36) = r3
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1656: r1 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1657: r2 = *(u8 *)(r10 -28)
 1658: if r1 != 0 goto +1
 1659: goto +170
 1660: if r2 != 10 goto +1
 1661: goto +168
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1662: r1 = *(u64 *)(r10 -16)
 1663: if r1 > 16383 goto +5
 1664: r2 = r6
 1665: r2 += r1
 1666: r3 = r2
 1667: r3 += 1
 1668: if r3 <= r7 goto +2
 1669: *(u32 *)(r10 -132) = 1
 1670: goto +965
 1671: r3 = r1
 1672: r3 += 1
 1673: *(u32 *)(r10 -152) = r3
 1674: r1 += 1
 1675: *(u64 *)(r10 -16) = r1
      ; v329: bit<8> = read var3
 1676: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1677: r3 = 1
      ; v331: bit<8> = add v329, v330
 1678: r4 = r1
 1679: r4 += r3
 1680: r4 &= 255
      ; write var3, v331
 1681: *(u8 *)(r10 -28) = r4
      ; v332: bit<16> = read var2
 1682: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1683: r3 = 1
      ; v334: bit<16> = sub v332, v333
 1684: r4 = r1
 1685: r4 -= r3
 1686: r4 &= 65535
      ; write var2, v334
 1687: *(u16 *)(r10 -36) = r4
      ; v335: bit<8> = read_field hdr12.kind
 1688: r1 = 0
 1689: if r2 == 0 goto +1
 1690: r1 = *(u8 *)(r2 +0)
 1691: if r1 != 0 goto +1
 1692: goto +137
 1693: if r1 != 1 goto +1
 1694: goto +127
 1695: if r1 != 2 goto +1
 1696: goto +105
 1697: if r1 != 3 goto +1
 1698: goto +82
 1699: if r1 != 8 goto +1
 1700: goto +59
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1701: r1 = *(u64 *)(r10 -16)
 1702: if r1 > 16383 goto +5
 1703: r2 = r6
 1704: r2 += r1
 1705: r1 = r2
 1706: r1 += 1
 1707: if r1 <= r7 goto +2
 1708: *(u32 *)(r10 -132) = 1
 1709: goto +926
 1710: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1711: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1712: r1 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
 1713: r2 = 2
      ; v339: bool = ge v337, v338
 1714: r3 = 1
 1715: if r1 >= r2 goto +1
 1716: r3 = 0
      ; verify v339, error HeaderTooShort
 1717: if r3 != 0 goto +2
 1718: *(u32 *)(r10 -132) = 4
 1719: goto +916
      ; v340: bit<8> = read var9
 1720: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1721: r2 = r1
 1722: w2 = w2
      ; v342: bit<32> = const 1
 1723: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1724: r3 = r2
 1725: r3 -= r1
 1726: w3 = w3
      ; v344: bit<32> = const 8
 1727: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1728: r2 = r3
 1729: r2 *= r1
 1730: w2 = w2
      ; advance v345
 1731: r1 = r2
 1732: r1 &= 7
 1733: if r1 == 0 goto +2
 1734: *(u32 *)(r10 -132) = 6
 1735: goto +900
 1736: r1 = r2
 1737: r1 >>= 3
 1738: r2 = *(u64 *)(r10 -16)
 1739: r2 += r1
 1740: if r2 > 16383 goto +3
 1741: r1 = r6
 1742: r1 += r2
 1743: if r1 <= r7 goto +2
 1744: *(u32 *)(r10 -132) = 1
 1745: goto +890
 1746: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1747: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1748: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1749: r3 = r2
 1750: r3 &= 65535
      ; v349: bit<16> = const 1
 1751: r2 = 1
      ; v350: bit<16> = sub v348, v349
 1752: r4 = r3
 1753: r4 -= r2
 1754: r4 &= 65535
      ; v351: bit<16> = sub v346, v350
 1755: r2 = r1
 1756: r2 -= r4
 1757: r2 &= 65535
      ; write var2, v351
 1758: *(u16 *)(r10 -36) = r2
 1759: goto +62
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1760: r1 = *(u64 *)(r10 -16)
 1761: if r1 > 16383 goto +5
 1762: r2 = r6
 1763: r2 += r1
 1764: r3 = r2
 1765: r3 += 9
 1766: if r3 <= r7 goto +2
 1767: *(u32 *)(r10 -132) = 1
 1768: goto +867
 1769: r2 = r1
 1770: r2 += 1
 1771: *(u32 *)(r10 -140) = r2
 1772: r1 += 9
 1773: *(u64 *)(r10 -16) = r1
      ; v352: bit<16> = read var2
 1774: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1775: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1776: r3 = r1
 1777: r3 -= r2
 1778: r3 &= 65535
      ; write var2, v354
 1779: *(u16 *)(r10 -36) = r3
 1780: goto +41
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1781: r1 = *(u64 *)(r10 -16)
 1782: if r1 > 16383 goto +5
 1783: r2 = r6
 1784: r2 += r1
 1785: r3 = r2
 1786: r3 += 2
 1787: if r3 <= r7 goto +2
 1788: *(u32 *)(r10 -132) = 1
 1789: goto +846
 1790: r2 = r1
 1791: r2 += 1
 1792: *(u32 *)(r10 -144) = r2
 1793: r1 += 2
 1794: *(u64 *)(r10 -16) = r1
      ; v355: bit<16> = read var2
 1795: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1796: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1797: r3 = r1
 1798: r3 -= r2
 1799: r3 &= 65535
      ; write var2, v357
 1800: *(u16 *)(r10 -36) = r3
 1801: goto +20
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1802: r1 = *(u64 *)(r10 -16)
 1803: if r1 > 16383 goto +5
 1804: r2 = r6
 1805: r2 += r1
 1806: r3 = r2
 1807: r3 += 3
 1808: if r3 <= r7 goto +2
 1809: *(u32 *)(r10 -132) = 1
 1810: goto +825
 1811: r2 = r1
 1812: r2 += 1
 1813: *(u32 *)(r10 -148) = r2
 1814: r1 += 3
 1815: *(u64 *)(r10 -16) = r1
      ; v358: bit<16> = read var2
 1816: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1817: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1818: r3 = r1
 1819: r3 -= r2
 1820: r3 &= 65535
      ; write var2, v360
 1821: *(u16 *)(r10 -36) = r3
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1822: r1 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1823: r2 = *(u8 *)(r10 -28)
 1824: if r1 != 0 goto +1
 1825: goto +4
 1826: if r2 != 10 goto +1
 1827: goto +2
      ; prs: block65 (parse_option.10)
 1828: *(u32 *)(r10 -132) = 3
 1829: goto +806
      ; v0: bool = is_valid hdr2
 1830: r1 = *(u32 *)(r10 -192)
 1831: if r1 == 0 goto +1
 1832: r1 = 1
      ; v1: bool = not v0
 1833: r2 = r1
 1834: r2 ^= 1
 1835: if r2 != 0 goto +799
      ; v2: bit<64> = timestamp_ns
 1836: call bpf_ktime_get_ns
 1837: r1 = r0
      ; write var10, v2
 1838: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1839: r1 = *(u32 *)(r10 -192)
 1840: if r1 == 0 goto +11
 1841: r1 -= 1
 1842: if r1 > 16383 goto +9
 1843: r0 = r6
 1844: *(u64 *)(r10 -368) = r0
 1845: r0 = *(u64 *)(r10 -368)
 1846: r0 += r1
 1847: *(u64 *)(r10 -368) = r0
 1848: r0 = *(u64 *)(r10 -368)
 1849: r1 = r0
 1850: r1 += 20
 1851: if r1 <= r7 goto +2
 1852: r0 = 0
 1853: *(u64 *)(r10 -368) = r0
 1854: r1 = 0
 1855: r0 = *(u64 *)(r10 -368)
 1856: if r0 == 0 goto +2
 1857: r0 = *(u64 *)(r10 -368)
 1858: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1859: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1860: r1 = *(u32 *)(r10 -196)
 1861: if r1 == 0 goto +11
 1862: r1 -= 1
 1863: if r1 > 16383 goto +9
 1864: r0 = r6
 1865: *(u64 *)(r10 -376) = r0
 1866: r0 = *(u64 *)(r10 -376)
 1867: r0 += r1
 1868: *(u64 *)(r10 -376) = r0
 1869: r0 = *(u64 *)(r10 -376)
 1870: r1 = r0
 1871: r1 += 20
 1872: if r1 <= r7 goto +2
 1873: r0 = 0
 1874: *(u64 *)(r10 -376) = r0
 1875: r1 = 0
 1876: r0 = *(u64 *)(r10 -376)
 1877: if r0 == 0 goto +3
 1878: r0 = *(u64 *)(r10 -376)
 1879: r1 = *(u8 *)(r0 +0)
 1880: r1 &= 15
      ; v5: bit<16> = cast v4
 1881: r2 = r1
 1882: r2 &= 65535
      ; v6: bit<8> = const 2
 1883: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1884: r3 = r2
 1885: if r1 >= 16 goto +3
 1886: r3 <<= r1
 1887: r3 &= 65535
 1888: goto +1
 1889: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1890: r1 = 0
 1891: r0 = *(u64 *)(r10 -368)
 1892: if r0 == 0 goto +4
 1893: r0 = *(u64 *)(r10 -368)
 1894: r1 = *(u8 *)(r0 +12)
 1895: r1 >>= 4
 1896: r1 &= 15
      ; v9: bit<16> = cast v8
 1897: r2 = r1
 1898: r2 &= 65535
      ; v10: bit<8> = const 2
 1899: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1900: r4 = r2
 1901: if r1 >= 16 goto +3
 1902: r4 <<= r1
 1903: r4 &= 65535
 1904: goto +1
 1905: r4 = 0
      ; v12: bit<16> = add v7, v11
 1906: r1 = r3
 1907: r1 += r4
 1908: r1 &= 65535
      ; write var12, v12
 1909: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1910: r1 = 0
 1911: r0 = *(u64 *)(r10 -376)
 1912: if r0 == 0 goto +3
 1913: r0 = *(u64 *)(r10 -376)
 1914: r1 = *(u16 *)(r0 +2)
 1915: r1 = be16 r1
      ; v14: bit<16> = read var12
 1916: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1917: r3 = r1
 1918: r3 -= r2
 1919: r3 &= 65535
      ; v16: bit<32> = cast v15
 1920: r1 = r3
 1921: w1 = w1
      ; write var13, v16
 1922: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1923: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1924: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1925: r3 = 1
      ; v20: bit<8> = and v18, v19
 1926: r4 = r2
 1927: r4 &= r3
      ; v21: bit<8> = const 0
 1928: r2 = 0
      ; v22: bool = ne v20, v21
 1929: r3 = 1
 1930: if r4 != r2 goto +1
 1931: r3 = 0
      ; v23: bit<32> = const 1
 1932: r2 = 1
      ; v24: bit<32> = const 0
 1933: r4 = 0
      ; v25: bit<32> = select v22, v23, v24
 1934: r8 = r2
 1935: if r3 != 0 goto +1
 1936: r8 = r4
      ; v26: bit<32> = add v17, v25
 1937: r2 = r1
 1938: r2 += r8
 1939: w2 = w2
      ; write var14, v26
 1940: *(u32 *)(r10 -108) = r2
      ; v27: bit<32> = read_field hdr1.srcAddr
 1941: r1 = 0
 1942: r0 = *(u64 *)(r10 -376)
 1943: if r0 == 0 goto +3
 1944: r0 = *(u64 *)(r10 -376)
 1945: r1 = *(u32 *)(r0 +12)
 1946: r1 = be32 r1
      ; v28: bit<32> = read_field hdr1.dstAddr
 1947: r2 = 0
 1948: r0 = *(u64 *)(r10 -376)
 1949: if r0 == 0 goto +3
 1950: r0 = *(u64 *)(r10 -376)
 1951: r2 = *(u32 *)(r0 +16)
 1952: r2 = be32 r2
      ; v29: bit<16> = read_field hdr2.srcPort
 1953: r3 = 0
 1954: r0 = *(u64 *)(r10 -368)
 1955: if r0 == 0 goto +3
 1956: r0 = *(u64 *)(r10 -368)
 1957: r3 = *(u16 *)(r0 +0)
 1958: r3 = be16 r3
      ; v30: bit<16> = read_field hdr2.dstPort
 1959: r4 = 0
 1960: r0 = *(u64 *)(r10 -368)
 1961: if r0 == 0 goto +3
 1962: r0 = *(u64 *)(r10 -368)
 1963: r4 = *(u16 *)(r0 +2)
 1964: r4 = be16 r4
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1965: *(u64 *)(r10 -264) = 0
 1966: *(u64 *)(r10 -256) = 0
 1967: *(u32 *)(r10 -264) = r1
 1968: *(u32 *)(r10 -260) = r2
 1969: *(u16 *)(r10 -256) = r3
 1970: *(u16 *)(r10 -254) = r4
 1971: r1 = map[pipe_flows] ll
 1973: r2 = r10
 1974: r2 += -264
 1975: call bpf_map_lookup_elem
 1976: r1 = r0
 1977: if r1 == 0 goto +42
 1978: r0 = 1
 1979: *(u64 *)(r10 -384) = r0
 1980: r3 = *(u32 *)(r1 +0)
 1981: w3 = w3
 1982: r4 = *(u32 *)(r1 +4)
 1983: w4 = w4
 1984: r8 = *(u32 *)(r1 +8)
 1985: w8 = w8
 1986: r9 = *(u32 *)(r1 +12)
 1987: w9 = w9
 1988: r2 = *(u16 *)(r1 +16)
 1989: r2 &= 65535
 1990: r0 = *(u8 *)(r1 +18)
 1991: *(u64 *)(r10 -392) = r0
 1992: r0 = *(u64 *)(r10 -392)
 1993: r0 &= 255
 1994: *(u64 *)(r10 -392) = r0
 1995: r0 = *(u32 *)(r1 +20)
 1996: *(u64 *)(r10 -400) = r0
 1997: r0 = *(u64 *)(r10 -400)
 1998: w0 = w0
 1999: *(u64 *)(r10 -400) = r0
 2000: r0 = *(u32 *)(r1 +24)
 2001: *(u64 *)(r10 -408) = r0
 2002: r0 = *(u64 *)(r10 -408)
 2003: w0 = w0
 2004: *(u64 *)(r10 -408) = r0
 2005: r0 = *(u8 *)(r1 +28)
 2006: *(u64 *)(r10 -416) = r0
 2007: r0 = *(u64 *)(r10 -416)
 2008: r0 &= 255
 2009: *(u64 *)(r10 -416) = r0
 2010: r0 = *(u32 *)(r1 +32)
 2011: *(u64 *)(r10 -424) = r0
 2012: r0 = *(u64 *)(r10 -424)
 2013: w0 = w0
 2014: *(u64 *)(r10 -424) = r0
 2015: r0 = *(u64 *)(r1 +40)
 2016: *(u64 *)(r10 -432) = r0
 2017: r0 = *(u64 *)(r1 +48)
 2018: *(u64 *)(r10 -440) = r0
 2019: goto +21
 2020: r0 = 0
 2021: *(u64 *)(r10 -384) = r0
 2022: r3 = 0
 2023: r4 = 0
 2024: r8 = 0
 2025: r9 = 0
 2026: r2 = 0
 2027: r0 = 0
 2028: *(u64 *)(r10 -392) = r0
 2029: r0 = 0
 2030: *(u64 *)(r10 -400) = r0
 2031: r0 = 0
 2032: *(u64 *)(r10 -408) = r0
 2033: r0 = 0
 2034: *(u64 *)(r10 -416) = r0
 2035: r0 = 0
 2036: *(u64 *)(r10 -424) = r0
 2037: r0 = 0
 2038: *(u64 *)(r10 -432) = r0
 2039: r0 = 0
 2040: *(u64 *)(r10 -440) = r0
      ; write var15, v32
 2041: *(u32 *)(r10 -104) = r3
      ; write var16, v33
 2042: *(u32 *)(r10 -100) = r4
      ; write var17, v34
 2043: *(u32 *)(r10 -96) = r8
      ; write var18, v35
 2044: *(u32 *)(r10 -92) = r9
      ; write var19, v36
 2045: *(u16 *)(r10 -32) = r2
      ; write var20, v37
 2046: r0 = *(u64 *)(r10 -392)
 2047: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 2048: r0 = *(u64 *)(r10 -400)
 2049: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 2050: r0 = *(u64 *)(r10 -408)
 2051: *(u32 *)(r10 -84) = r0
      ; write var23, v40
 2052: r0 = *(u64 *)(r10 -416)
 2053: *(u8 *)(r10 -23) = r0
      ; write var24, v41
 2054: r0 = *(u64 *)(r10 -424)
 2055: *(u32 *)(r10 -80) = r0
      ; write var25, v42
 2056: r0 = *(u64 *)(r10 -432)
 2057: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 2058: r0 = *(u64 *)(r10 -440)
 2059: *(u64 *)(r10 -224) = r0
      ; write var27, v31
 2060: r0 = *(u64 *)(r10 -384)
 2061: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 2062: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 2063: r2 = 2
      ; v46: bit<8> = and v44, v45
 2064: r3 = r1
 2065: r3 &= r2
      ; v47: bit<8> = const 0
 2066: r1 = 0
      ; v48: bool = ne v46, v47
 2067: if r3 != r1 goto +62
      ; v65: bool = read var27
 2068: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 2069: r2 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
 2070: r3 = 0
      ; v68: bool = ne v66, v67
 2071: r4 = 1
 2072: if r2 != r3 goto +1
 2073: r4 = 0
      ; v69: bool = logical_and v65, v68
 2074: r2 = r1
 2075: r2 &= r4
 2076: if r2 != 0 goto +1
 2077: goto +51
      ; v70: bit<32> = read_field hdr2.seqNo
 2078: r1 = 0
 2079: r0 = *(u64 *)(r10 -368)
 2080: if r0 == 0 goto +3
 2081: r0 = *(u64 *)(r10 -368)
 2082: r1 = *(u32 *)(r0 +4)
 2083: r1 = be32 r1
      ; v71: bit<32> = read var14
 2084: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 2085: r3 = r1
 2086: r3 += r2
 2087: w3 = w3
      ; write var28, v72
 2088: *(u32 *)(r10 -76) = r3
      ; v73: bit<32> = read var28
 2089: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 2090: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 2091: r3 = r1
 2092: r3 -= r2
 2093: w3 = w3
      ; write var29, v75
 2094: *(u32 *)(r10 -72) = r3
      ; v76: bit<32> = read var29
 2095: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
 2096: r2 = 0
      ; v78: bool = ne v76, v77
 2097: r3 = 1
 2098: if r1 != r2 goto +1
 2099: r3 = 0
      ; v79: bit<32> = read var29
 2100: r1 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 2101: w2 = -2147483648
      ; v81: bool = lt v79, v80
 2102: r4 = 1
 2103: if r1 < r2 goto +1
 2104: r4 = 0
      ; v82: bool = logical_and v78, v81
 2105: r1 = r3
 2106: r1 &= r4
 2107: if r1 != 0 goto +9
      ; v90: bit<32> = read var22
 2108: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 2109: r2 = 1
      ; v92: bit<32> = add v90, v91
 2110: r3 = r1
 2111: r3 += r2
 2112: w3 = w3
      ; write var22, v92
 2113: *(u32 *)(r10 -84) = r3
      ; v93: bit<8> = const 0
 2114: r1 = 0
      ; write var23, v93
 2115: *(u8 *)(r10 -23) = r1
 2116: goto +12
      ; v83: bit<32> = read var28
 2117: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 2118: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 2119: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
 2120: r2 = 0
      ; v86: bool = eq v84, v85
 2121: if r1 == r2 goto +1
 2122: goto +6
      ; v87: bit<8> = const 1
 2123: r1 = 1
      ; write var23, v87
 2124: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 2125: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 2126: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 2127: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 2128: *(u64 *)(r10 -232) = r1
 2129: goto +72
      ; v49: bool = const 1
 2130: r1 = 1
      ; write var27, v49
 2131: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 2132: r1 = 0
 2133: r0 = *(u64 *)(r10 -368)
 2134: if r0 == 0 goto +3
 2135: r0 = *(u64 *)(r10 -368)
 2136: r1 = *(u32 *)(r0 +4)
 2137: r1 = be32 r1
      ; write var15, v50
 2138: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 2139: r1 = 0
 2140: r0 = *(u64 *)(r10 -368)
 2141: if r0 == 0 goto +3
 2142: r0 = *(u64 *)(r10 -368)
 2143: r1 = *(u32 *)(r0 +4)
 2144: r1 = be32 r1
      ; v52: bit<32> = const 1
 2145: r2 = 1
      ; v53: bit<32> = add v51, v52
 2146: r3 = r1
 2147: r3 += r2
 2148: w3 = w3
      ; write var16, v53
 2149: *(u32 *)(r10 -100) = r3
      ; v54: bit<32> = const 0
 2150: r1 = 0
      ; write var18, v54
 2151: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 2152: r1 = *(u32 *)(r10 -148)
 2153: if r1 == 0 goto +7
 2154: r1 -= 1
 2155: if r1 > 16383 goto +5
 2156: r2 = r6
 2157: r2 += r1
 2158: r1 = r2
 2159: r1 += 3
 2160: if r1 <= r7 goto +1
 2161: r2 = 0
 2162: r1 = 0
 2163: if r2 == 0 goto +2
 2164: r1 = *(u16 *)(r2 +1)
 2165: r1 = be16 r1
      ; write var19, v55
 2166: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 2167: r1 = *(u32 *)(r10 -144)
 2168: if r1 == 0 goto +7
 2169: r1 -= 1
 2170: if r1 > 16383 goto +5
 2171: r2 = r6
 2172: r2 += r1
 2173: r1 = r2
 2174: r1 += 2
 2175: if r1 <= r7 goto +1
 2176: r2 = 0
 2177: r1 = 0
 2178: if r2 == 0 goto +1
 2179: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 2180: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 2181: r1 = 0
      ; write var21, v57
 2182: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 2183: r1 = 0
      ; write var22, v58
 2184: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 2185: r1 = 1
      ; write var23, v59
 2186: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 2187: r1 = 0
 2188: r0 = *(u64 *)(r10 -368)
 2189: if r0 == 0 goto +3
 2190: r0 = *(u64 *)(r10 -368)
 2191: r1 = *(u32 *)(r0 +4)
 2192: r1 = be32 r1
      ; v61: bit<32> = const 1
 2193: r2 = 1
      ; v62: bit<32> = add v60, v61
 2194: r3 = r1
 2195: r3 += r2
 2196: w3 = w3
      ; write var24, v62
 2197: *(u32 *)(r10 -80) = r3
      ; v63: bit<64> = read var10
 2198: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 2199: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 2200: r1 = 0
      ; write var26, v64
 2201: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 2202: r1 = *(u8 *)(r10 -22)
 2203: if r1 != 0 goto +1
 2204: goto +113
      ; v95: bool = is_valid hdr15
 2205: r1 = *(u32 *)(r10 -140)
 2206: if r1 != 0 goto +1
 2207: goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 2208: r1 = *(u32 *)(r10 -140)
 2209: if r1 == 0 goto +7
 2210: r1 -= 1
 2211: if r1 > 16383 goto +5
 2212: r2 = r6
 2213: r2 += r1
 2214: r1 = r2
 2215: r1 += 9
 2216: if r1 <= r7 goto +1
 2217: r2 = 0
 2218: r1 = 0
 2219: if r2 == 0 goto +2
 2220: r1 = *(u32 *)(r2 +1)
 2221: r1 = be32 r1
      ; write var21, v96
 2222: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 2223: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 2224: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 2225: r3 = r1
 2226: r3 -= r2
 2227: w3 = w3
      ; write var17, v99
 2228: *(u32 *)(r10 -96) = r3
      ; v100: bit<32> = read_field hdr1.srcAddr
 2229: r1 = 0
 2230: r0 = *(u64 *)(r10 -376)
 2231: if r0 == 0 goto +3
 2232: r0 = *(u64 *)(r10 -376)
 2233: r1 = *(u32 *)(r0 +12)
 2234: r1 = be32 r1
      ; v101: bit<32> = read_field hdr1.dstAddr
 2235: r2 = 0
 2236: r0 = *(u64 *)(r10 -376)
 2237: if r0 == 0 goto +3
 2238: r0 = *(u64 *)(r10 -376)
 2239: r2 = *(u32 *)(r0 +16)
 2240: r2 = be32 r2
      ; v102: bit<16> = read_field hdr2.srcPort
 2241: r3 = 0
 2242: r0 = *(u64 *)(r10 -368)
 2243: if r0 == 0 goto +3
 2244: r0 = *(u64 *)(r10 -368)
 2245: r3 = *(u16 *)(r0 +0)
 2246: r3 = be16 r3
      ; v103: bit<16> = read_field hdr2.dstPort
 2247: r4 = 0
 2248: r0 = *(u64 *)(r10 -368)
 2249: if r0 == 0 goto +3
 2250: r0 = *(u64 *)(r10 -368)
 2251: r4 = *(u16 *)(r0 +2)
 2252: r4 = be16 r4
      ; v104: bit<32> = read var15
 2253: r8 = *(u32 *)(r10 -104)
      ; v105: bit<32> = read var16
 2254: r9 = *(u32 *)(r10 -100)
      ; v106: bit<32> = read var17
 2255: r0 = *(u32 *)(r10 -96)
 2256: *(u64 *)(r10 -384) = r0
      ; v107: bit<32> = read var18
 2257: r0 = *(u32 *)(r10 -92)
 2258: *(u64 *)(r10 -392) = r0
      ; v108: bit<16> = read var19
 2259: r0 = *(u16 *)(r10 -32)
 2260: *(u64 *)(r10 -400) = r0
      ; v109: bit<8> = read var20
 2261: r0 = *(u8 *)(r10 -24)
 2262: *(u64 *)(r10 -408) = r0
      ; v110: bit<32> = read var21
 2263: r0 = *(u32 *)(r10 -88)
 2264: *(u64 *)(r10 -416) = r0
      ; v111: bit<32> = read var22
 2265: r0 = *(u32 *)(r10 -84)
 2266: *(u64 *)(r10 -424) = r0
      ; v112: bit<8> = read var23
 2267: r0 = *(u8 *)(r10 -23)
 2268: *(u64 *)(r10 -432) = r0
      ; v113: bit<32> = read var24
 2269: r0 = *(u32 *)(r10 -80)
 2270: *(u64 *)(r10 -440) = r0
      ; v114: bit<64> = read var25
 2271: r0 = *(u64 *)(r10 -232)
 2272: *(u64 *)(r10 -448) = r0
      ; v115: bit<64> = read var26
 2273: r0 = *(u64 *)(r10 -224)
 2274: *(u64 *)(r10 -456) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 2275: *(u64 *)(r10 -264) = 0
 2276: *(u64 *)(r10 -256) = 0
 2277: *(u32 *)(r10 -264) = r1
 2278: *(u32 *)(r10 -260) = r2
 2279: *(u16 *)(r10 -256) = r3
 2280: *(u16 *)(r10 -254) = r4
 2281: *(u64 *)(r10 -352) = 0
 2282: *(u64 *)(r10 -344) = 0
 2283: *(u64 *)(r10 -336) = 0
 2284: *(u64 *)(r10 -328) = 0
 2285: *(u64 *)(r10 -320) = 0
 2286: *(u64 *)(r10 -312) = 0
 2287: *(u64 *)(r10 -304) = 0
 2288: *(u32 *)(r10 -352) = r8
 2289: *(u32 *)(r10 -348) = r9
 2290: r0 = *(u64 *)(r10 -384)
 2291: *(u32 *)(r10 -344) = r0
 2292: r0 = *(u64 *)(r10 -392)
 2293: *(u32 *)(r10 -340) = r0
 2294: r0 = *(u64 *)(r10 -400)
 2295: *(u16 *)(r10 -336) = r0
 2296: r0 = *(u64 *)(r10 -408)
 2297: *(u8 *)(r10 -334) = r0
 2298: r0 = *(u64 *)(r10 -416)
 2299: *(u32 *)(r10 -332) = r0
 2300: r0 = *(u64 *)(r10 -424)
 2301: *(u32 *)(r10 -328) = r0
 2302: r0 = *(u64 *)(r10 -432)
 2303: *(u8 *)(r10 -324) = r0
 2304: r0 = *(u64 *)(r10 -440)
 2305: *(u32 *)(r10 -320) = r0
 2306: r0 = *(u64 *)(r10 -448)
 2307: *(u64 *)(r10 -312) = r0
 2308: r0 = *(u64 *)(r10 -456)
 2309: *(u64 *)(r10 -304) = r0
 2310: r1 = map[pipe_flows] ll
 2312: r2 = r10
 2313: r2 += -264
 2314: r3 = r10
 2315: r3 += -352
 2316: r4 = 0
 2317: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 2318: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 2319: r2 = 16
      ; v118: bit<8> = and v116, v117
 2320: r3 = r1
 2321: r3 &= r2
      ; v119: bit<8> = const 0
 2322: r1 = 0
      ; v120: bool = eq v118, v119
 2323: if r3 == r1 goto +310
      ; v121: bit<32> = read_field hdr1.dstAddr
 2324: r1 = 0
 2325: r0 = *(u64 *)(r10 -376)
 2326: if r0 == 0 goto +3
 2327: r0 = *(u64 *)(r10 -376)
 2328: r1 = *(u32 *)(r0 +16)
 2329: r1 = be32 r1
      ; v122: bit<32> = read_field hdr1.srcAddr
 2330: r2 = 0
 2331: r0 = *(u64 *)(r10 -376)
 2332: if r0 == 0 goto +3
 2333: r0 = *(u64 *)(r10 -376)
 2334: r2 = *(u32 *)(r0 +12)
 2335: r2 = be32 r2
      ; v123: bit<16> = read_field hdr2.dstPort
 2336: r3 = 0
 2337: r0 = *(u64 *)(r10 -368)
 2338: if r0 == 0 goto +3
 2339: r0 = *(u64 *)(r10 -368)
 2340: r3 = *(u16 *)(r0 +2)
 2341: r3 = be16 r3
      ; v124: bit<16> = read_field hdr2.srcPort
 2342: r4 = 0
 2343: r0 = *(u64 *)(r10 -368)
 2344: if r0 == 0 goto +3
 2345: r0 = *(u64 *)(r10 -368)
 2346: r4 = *(u16 *)(r0 +0)
 2347: r4 = be16 r4
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 2348: *(u64 *)(r10 -264) = 0
 2349: *(u64 *)(r10 -256) = 0
 2350: *(u32 *)(r10 -264) = r1
 2351: *(u32 *)(r10 -260) = r2
 2352: *(u16 *)(r10 -256) = r3
 2353: *(u16 *)(r10 -254) = r4
 2354: r1 = map[pipe_flows] ll
 2356: r2 = r10
 2357: r2 += -264
 2358: call bpf_map_lookup_elem
 2359: r1 = r0
 2360: if r1 == 0 goto +42
 2361: r0 = 1
 2362: *(u64 *)(r10 -384) = r0
 2363: r3 = *(u32 *)(r1 +0)
 2364: w3 = w3
 2365: r4 = *(u32 *)(r1 +4)
 2366: w4 = w4
 2367: r8 = *(u32 *)(r1 +8)
 2368: w8 = w8
 2369: r9 = *(u32 *)(r1 +12)
 2370: w9 = w9
 2371: r2 = *(u16 *)(r1 +16)
 2372: r2 &= 65535
 2373: r0 = *(u8 *)(r1 +18)
 2374: *(u64 *)(r10 -392) = r0
 2375: r0 = *(u64 *)(r10 -392)
 2376: r0 &= 255
 2377: *(u64 *)(r10 -392) = r0
 2378: r0 = *(u32 *)(r1 +20)
 2379: *(u64 *)(r10 -400) = r0
 2380: r0 = *(u64 *)(r10 -400)
 2381: w0 = w0
 2382: *(u64 *)(r10 -400) = r0
 2383: r0 = *(u32 *)(r1 +24)
 2384: *(u64 *)(r10 -408) = r0
 2385: r0 = *(u64 *)(r10 -408)
 2386: w0 = w0
 2387: *(u64 *)(r10 -408) = r0
 2388: r0 = *(u8 *)(r1 +28)
 2389: *(u64 *)(r10 -416) = r0
 2390: r0 = *(u64 *)(r10 -416)
 2391: r0 &= 255
 2392: *(u64 *)(r10 -416) = r0
 2393: r0 = *(u32 *)(r1 +32)
 2394: *(u64 *)(r10 -424) = r0
 2395: r0 = *(u64 *)(r10 -424)
 2396: w0 = w0
 2397: *(u64 *)(r10 -424) = r0
 2398: r0 = *(u64 *)(r1 +40)
 2399: *(u64 *)(r10 -432) = r0
 2400: r0 = *(u64 *)(r1 +48)
 2401: *(u64 *)(r10 -440) = r0
 2402: goto +21
 2403: r0 = 0
 2404: *(u64 *)(r10 -384) = r0
 2405: r3 = 0
 2406: r4 = 0
 2407: r8 = 0
 2408: r9 = 0
 2409: r2 = 0
 2410: r0 = 0
 2411: *(u64 *)(r10 -392) = r0
 2412: r0 = 0
 2413: *(u64 *)(r10 -400) = r0
 2414: r0 = 0
 2415: *(u64 *)(r10 -408) = r0
 2416: r0 = 0
 2417: *(u64 *)(r10 -416) = r0
 2418: r0 = 0
 2419: *(u64 *)(r10 -424) = r0
 2420: r0 = 0
 2421: *(u64 *)(r10 -432) = r0
 2422: r0 = 0
 2423: *(u64 *)(r10 -440) = r0
      ; write var30, v126
 2424: *(u32 *)(r10 -68) = r3
      ; write var31, v127
 2425: *(u32 *)(r10 -64) = r4
      ; write var32, v128
 2426: *(u32 *)(r10 -60) = r8
      ; write var33, v129
 2427: *(u32 *)(r10 -56) = r9
      ; write var34, v130
 2428: *(u16 *)(r10 -30) = r2
      ; write var35, v131
 2429: r0 = *(u64 *)(r10 -392)
 2430: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2431: r0 = *(u64 *)(r10 -400)
 2432: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2433: r0 = *(u64 *)(r10 -408)
 2434: *(u32 *)(r10 -48) = r0
      ; write var38, v134
 2435: r0 = *(u64 *)(r10 -416)
 2436: *(u8 *)(r10 -20) = r0
      ; write var39, v135
 2437: r0 = *(u64 *)(r10 -424)
 2438: *(u32 *)(r10 -44) = r0
      ; write var40, v136
 2439: r0 = *(u64 *)(r10 -432)
 2440: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2441: r0 = *(u64 *)(r10 -440)
 2442: *(u64 *)(r10 -208) = r0
 2443: r0 = *(u64 *)(r10 -384)
 2444: if r0 != 0 goto +1
 2445: goto +187
      ; v138: bit<32> = read_field hdr2.ackNo
 2446: r1 = 0
 2447: r0 = *(u64 *)(r10 -368)
 2448: if r0 == 0 goto +3
 2449: r0 = *(u64 *)(r10 -368)
 2450: r1 = *(u32 *)(r0 +8)
 2451: r1 = be32 r1
      ; v139: bit<32> = read var30
 2452: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2453: r3 = r1
 2454: r3 -= r2
 2455: w3 = w3
      ; write var42, v140
 2456: *(u32 *)(r10 -40) = r3
      ; v141: bit<32> = read var42
 2457: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
 2458: r2 = 0
      ; v143: bool = ne v141, v142
 2459: r3 = 1
 2460: if r1 != r2 goto +1
 2461: r3 = 0
      ; v144: bit<32> = read var42
 2462: r1 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2463: w2 = -2147483648
      ; v146: bool = lt v144, v145
 2464: r4 = 1
 2465: if r1 < r2 goto +1
 2466: r4 = 0
      ; v147: bool = logical_and v143, v146
 2467: r1 = r3
 2468: r1 &= r4
 2469: if r1 != 0 goto +1
 2470: goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 2471: r1 = 0
 2472: r0 = *(u64 *)(r10 -368)
 2473: if r0 == 0 goto +3
 2474: r0 = *(u64 *)(r10 -368)
 2475: r1 = *(u32 *)(r0 +8)
 2476: r1 = be32 r1
      ; write var30, v148
 2477: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2478: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
 2479: r2 = 1
      ; v151: bool = eq v149, v150
 2480: r3 = 1
 2481: if r1 == r2 goto +1
 2482: r3 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2483: r1 = 0
 2484: r0 = *(u64 *)(r10 -368)
 2485: if r0 == 0 goto +3
 2486: r0 = *(u64 *)(r10 -368)
 2487: r1 = *(u32 *)(r0 +8)
 2488: r1 = be32 r1
      ; v153: bit<32> = read var39
 2489: r2 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2490: r4 = r1
 2491: r4 -= r2
 2492: w4 = w4
      ; v155: bit<32> = const 0x80000000
 2493: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2494: r2 = 1
 2495: if r4 < r1 goto +1
 2496: r2 = 0
      ; v157: bool = logical_and v151, v156
 2497: r1 = r3
 2498: r1 &= r2
 2499: if r1 != 0 goto +1
 2500: goto +7
      ; v158: bit<64> = read var10
 2501: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2502: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2503: r3 = r1
 2504: r3 -= r2
      ; write var41, v160
 2505: *(u64 *)(r10 -208) = r3
      ; v161: bit<8> = const 0
 2506: r1 = 0
      ; write var38, v161
 2507: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2508: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2509: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2510: r3 = r1
 2511: r3 -= r2
 2512: w3 = w3
      ; write var32, v164
 2513: *(u32 *)(r10 -60) = r3
      ; v165: bit<8> = read var11
 2514: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2515: r2 = 2
      ; v167: bit<8> = and v165, v166
 2516: r3 = r1
 2517: r3 &= r2
      ; v168: bit<8> = const 0
 2518: r1 = 0
      ; v169: bool = ne v167, v168
 2519: r2 = 1
 2520: if r3 != r1 goto +1
 2521: r2 = 0
      ; v170: bit<8> = read var20
 2522: r1 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2523: r3 = 0
      ; v172: bit<8> = select v169, v171, v170
 2524: r4 = r3
 2525: if r2 != 0 goto +1
 2526: r4 = r1
      ; write var43, v172
 2527: *(u8 *)(r10 -19) = r4
      ; v173: bit<16> = read_field hdr2.window
 2528: r1 = 0
 2529: r0 = *(u64 *)(r10 -368)
 2530: if r0 == 0 goto +3
 2531: r0 = *(u64 *)(r10 -368)
 2532: r1 = *(u16 *)(r0 +14)
 2533: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2534: r2 = r1
 2535: w2 = w2
      ; v175: bit<8> = read var43
 2536: r1 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2537: r3 = r2
 2538: if r1 >= 32 goto +3
 2539: r3 <<= r1
 2540: w3 = w3
 2541: goto +1
 2542: r3 = 0
      ; write var33, v176
 2543: *(u32 *)(r10 -56) = r3
      ; v177: bit<32> = read_field hdr1.dstAddr
 2544: r1 = 0
 2545: r0 = *(u64 *)(r10 -376)
 2546: if r0 == 0 goto +3
 2547: r0 = *(u64 *)(r10 -376)
 2548: r1 = *(u32 *)(r0 +16)
 2549: r1 = be32 r1
      ; v178: bit<32> = read_field hdr1.srcAddr
 2550: r2 = 0
 2551: r0 = *(u64 *)(r10 -376)
 2552: if r0 == 0 goto +3
 2553: r0 = *(u64 *)(r10 -376)
 2554: r2 = *(u32 *)(r0 +12)
 2555: r2 = be32 r2
      ; v179: bit<16> = read_field hdr2.dstPort
 2556: r3 = 0
 2557: r0 = *(u64 *)(r10 -368)
 2558: if r0 == 0 goto +3
 2559: r0 = *(u64 *)(r10 -368)
 2560: r3 = *(u16 *)(r0 +2)
 2561: r3 = be16 r3
      ; v180: bit<16> = read_field hdr2.srcPort
 2562: r4 = 0
 2563: r0 = *(u64 *)(r10 -368)
 2564: if r0 == 0 goto +3
 2565: r0 = *(u64 *)(r10 -368)
 2566: r4 = *(u16 *)(r0 +0)
 2567: r4 = be16 r4
      ; v181: bit<32> = read var30
 2568: r8 = *(u32 *)(r10 -68)
      ; v182: bit<32> = read var31
 2569: r9 = *(u32 *)(r10 -64)
      ; v183: bit<32> = read var32
 2570: r0 = *(u32 *)(r10 -60)
 2571: *(u64 *)(r10 -368) = r0
      ; v184: bit<32> = read var33
 2572: r0 = *(u32 *)(r10 -56)
 2573: *(u64 *)(r10 -376) = r0
      ; v185: bit<16> = read var34
 2574: r0 = *(u16 *)(r10 -30)
 2575: *(u64 *)(r10 -384) = r0
      ; v186: bit<8> = read var35
 2576: r0 = *(u8 *)(r10 -21)
 2577: *(u64 *)(r10 -392) = r0
      ; v187: bit<32> = read var36
 2578: r0 = *(u32 *)(r10 -52)
 2579: *(u64 *)(r10 -400) = r0
      ; v188: bit<32> = read var37
 2580: r0 = *(u32 *)(r10 -48)
 2581: *(u64 *)(r10 -408) = r0
      ; v189: bit<8> = read var38
 2582: r0 = *(u8 *)(r10 -20)
 2583: *(u64 *)(r10 -416) = r0
      ; v190: bit<32> = read var39
 2584: r0 = *(u32 *)(r10 -44)
 2585: *(u64 *)(r10 -424) = r0
      ; v191: bit<64> = read var40
 2586: r0 = *(u64 *)(r10 -216)
 2587: *(u64 *)(r10 -432) = r0
      ; v192: bit<64> = read var41
 2588: r0 = *(u64 *)(r10 -208)
 2589: *(u64 *)(r10 -440) = r0
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2590: *(u64 *)(r10 -264) = 0
 2591: *(u64 *)(r10 -256) = 0
 2592: *(u32 *)(r10 -264) = r1
 2593: *(u32 *)(r10 -260) = r2
 2594: *(u16 *)(r10 -256) = r3
 2595: *(u16 *)(r10 -254) = r4
 2596: *(u64 *)(r10 -352) = 0
 2597: *(u64 *)(r10 -344) = 0
 2598: *(u64 *)(r10 -336) = 0
 2599: *(u64 *)(r10 -328) = 0
 2600: *(u64 *)(r10 -320) = 0
 2601: *(u64 *)(r10 -312) = 0
 2602: *(u64 *)(r10 -304) = 0
 2603: *(u32 *)(r10 -352) = r8
 2604: *(u32 *)(r10 -348) = r9
 2605: r0 = *(u64 *)(r10 -368)
 2606: *(u32 *)(r10 -344) = r0
 2607: r0 = *(u64 *)(r10 -376)
 2608: *(u32 *)(r10 -340) = r0
 2609: r0 = *(u64 *)(r10 -384)
 2610: *(u16 *)(r10 -336) = r0
 2611: r0 = *(u64 *)(r10 -392)
 2612: *(u8 *)(r10 -334) = r0
 2613: r0 = *(u64 *)(r10 -400)
 2614: *(u32 *)(r10 -332) = r0
 2615: r0 = *(u64 *)(r10 -408)
 2616: *(u32 *)(r10 -328) = r0
 2617: r0 = *(u64 *)(r10 -416)
 2618: *(u8 *)(r10 -324) = r0
 2619: r0 = *(u64 *)(r10 -424)
 2620: *(u32 *)(r10 -320) = r0
 2621: r0 = *(u64 *)(r10 -432)
 2622: *(u64 *)(r10 -312) = r0
 2623: r0 = *(u64 *)(r10 -440)
 2624: *(u64 *)(r10 -304) = r0
 2625: r1 = map[pipe_flows] ll
 2627: r2 = r10
 2628: r2 += -264
 2629: r3 = r10
 2630: r3 += -352
 2631: r4 = 0
 2632: call bpf_map_update_elem
 2633: goto +4
 2634: goto +3
 2635: goto +2
      ; drop
 2636: r0 = 2
 2637: exit
      ; epilogue: verdict
 2638: r0 = 0
 2639: exit
