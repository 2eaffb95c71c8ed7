; dapper for classifier: 2731 instructions, stack 440 bytes, 1 maps
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
   32: r2 = *(u32 *)(r1 +0)
   33: *(u32 *)(r10 -124) = r2
   34: r2 = *(u32 *)(r1 +36)
   35: *(u32 *)(r10 -128) = r2
   36: r2 = *(u32 *)(r1 +8)
   37: *(u32 *)(r10 -120) = r2
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
   46: goto +2663
   47: r3 = r1
   48: r3 += 1
   49: *(u32 *)(r10 -200) = r3
   50: r1 += 14
   51: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   52: r1 = 0
   53: if r2 == 0 goto +2
   54: r1 = *(u16 *)(r2 +12)
   55: r1 = be16 r1
   56: if r1 != 2048 goto +1
   57: goto +1
   58: goto +1777
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   59: r1 = *(u64 *)(r10 -16)
   60: if r1 > 16383 goto +5
   61: r2 = r6
   62: r2 += r1
   63: r3 = r2
   64: r3 += 20
   65: if r3 <= r7 goto +2
   66: *(u32 *)(r10 -132) = 1
   67: goto +2642
   68: r3 = r1
   69: r3 += 1
   70: *(u32 *)(r10 -196) = r3
   71: r1 += 20
   72: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   73: r1 = 0
   74: if r2 == 0 goto +2
   75: r1 = *(u8 *)(r2 +0)
   76: r1 &= 15
      ; v2: bit<4> = const 5
   77: r3 = 5
      ; v3: bool = ge v1, v2
   78: r4 = 1
   79: if r1 >= r3 goto +1
   80: r4 = 0
      ; verify v3, error HeaderTooShort
   81: if r4 != 0 goto +2
   82: *(u32 *)(r10 -132) = 4
   83: goto +2626
      ; v4: bit<4> = read_field hdr1.ihl
   84: r1 = 0
   85: if r2 == 0 goto +2
   86: r1 = *(u8 *)(r2 +0)
   87: r1 &= 15
      ; v5: bit<32> = cast v4
   88: r3 = r1
   89: w3 = w3
      ; v6: bit<32> = const 5
   90: r1 = 5
      ; v7: bit<32> = sub v5, v6
   91: r4 = r3
   92: r4 -= r1
   93: w4 = w4
      ; v8: bit<32> = const 0x20
   94: r1 = 32
      ; v9: bit<32> = mul v7, v8
   95: r3 = r4
   96: r3 *= r1
   97: w3 = w3
      ; advance v9
   98: r1 = r3
   99: r1 &= 7
  100: if r1 == 0 goto +2
  101: *(u32 *)(r10 -132) = 6
  102: goto +2607
  103: r1 = r3
  104: r1 >>= 3
  105: r3 = *(u64 *)(r10 -16)
  106: r3 += r1
  107: if r3 > 16383 goto +3
  108: r1 = r6
  109: r1 += r3
  110: if r1 <= r7 goto +2
  111: *(u32 *)(r10 -132) = 1
  112: goto +2597
  113: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
  114: r1 = 0
  115: if r2 == 0 goto +3
  116: r1 = *(u16 *)(r2 +6)
  117: r1 = be16 r1
  118: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  119: r3 = 0
  120: if r2 == 0 goto +1
  121: r3 = *(u8 *)(r2 +9)
  122: if r1 != 0 goto +2
  123: if r3 != 6 goto +1
  124: goto +1
  125: goto +1710
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  126: r1 = *(u64 *)(r10 -16)
  127: if r1 > 16383 goto +5
  128: r2 = r6
  129: r2 += r1
  130: r3 = r2
  131: r3 += 20
  132: if r3 <= r7 goto +2
  133: *(u32 *)(r10 -132) = 1
  134: goto +2575
  135: r3 = r1
  136: r3 += 1
  137: *(u32 *)(r10 -192) = r3
  138: r1 += 20
  139: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  140: r1 = 0
  141: if r2 == 0 goto +3
  142: r1 = *(u8 *)(r2 +12)
  143: r1 >>= 4
  144: r1 &= 15
      ; v13: bit<4> = const 5
  145: r3 = 5
      ; v14: bool = ge v12, v13
  146: r4 = 1
  147: if r1 >= r3 goto +1
  148: r4 = 0
      ; verify v14, error HeaderTooShort
  149: if r4 != 0 goto +2
  150: *(u32 *)(r10 -132) = 4
  151: goto +2558
      ; v15: bit<4> = read_field hdr2.dataOffset
  152: r1 = 0
  153: if r2 == 0 goto +3
  154: r1 = *(u8 *)(r2 +12)
  155: r1 >>= 4
  156: r1 &= 15
      ; v16: bit<16> = cast v15
  157: r2 = r1
  158: r2 &= 65535
      ; v17: bit<16> = const 5
  159: r1 = 5
      ; v18: bit<16> = sub v16, v17
  160: r3 = r2
  161: r3 -= r1
  162: r3 &= 65535
      ; v19: bit<16> = const 4
  163: r1 = 4
      ; v20: bit<16> = mul v18, v19
  164: r2 = r3
  165: r2 *= r1
  166: r2 &= 65535
      ; write var2, v20
  167: *(u16 *)(r10 -36) = r2
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  168: r1 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  169: r2 = *(u8 *)(r10 -28)
  170: if r1 != 0 goto +1
  171: goto +1664
  172: if r2 != 10 goto +1
  173: goto +1662
      ; prs: block5 (parse_option)
      ; extract hdr3
  174: r1 = *(u64 *)(r10 -16)
  175: if r1 > 16383 goto +5
  176: r2 = r6
  177: r2 += r1
  178: r3 = r2
  179: r3 += 1
  180: if r3 <= r7 goto +2
  181: *(u32 *)(r10 -132) = 1
  182: goto +2527
  183: r3 = r1
  184: r3 += 1
  185: *(u32 *)(r10 -188) = r3
  186: r1 += 1
  187: *(u64 *)(r10 -16) = r1
      ; v23: bit<8> = read var3
  188: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  189: r3 = 1
      ; v25: bit<8> = add v23, v24
  190: r4 = r1
  191: r4 += r3
  192: r4 &= 255
      ; write var3, v25
  193: *(u8 *)(r10 -28) = r4
      ; v26: bit<16> = read var2
  194: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  195: r3 = 1
      ; v28: bit<16> = sub v26, v27
  196: r4 = r1
  197: r4 -= r3
  198: r4 &= 65535
      ; write var2, v28
  199: *(u16 *)(r10 -36) = r4
      ; v29: bit<8> = read_field hdr3.kind
  200: r1 = 0
  201: if r2 == 0 goto +1
  202: r1 = *(u8 *)(r2 +0)
  203: if r1 != 0 goto +1
  204: goto +1631
  205: if r1 != 1 goto +1
  206: goto +127
  207: if r1 != 2 goto +1
  208: goto +105
  209: if r1 != 3 goto +1
  210: goto +82
  211: if r1 != 8 goto +1
  212: goto +59
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  213: r1 = *(u64 *)(r10 -16)
  214: if r1 > 16383 goto +5
  215: r2 = r6
  216: r2 += r1
  217: r1 = r2
  218: r1 += 1
  219: if r1 <= r7 goto +2
  220: *(u32 *)(r10 -132) = 1
  221: goto +2488
  222: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  223: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  224: r1 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
  225: r2 = 2
      ; v33: bool = ge v31, v32
  226: r3 = 1
  227: if r1 >= r2 goto +1
  228: r3 = 0
      ; verify v33, error HeaderTooShort
  229: if r3 != 0 goto +2
  230: *(u32 *)(r10 -132) = 4
  231: goto +2478
      ; v34: bit<8> = read var9
  232: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  233: r2 = r1
  234: w2 = w2
      ; v36: bit<32> = const 1
  235: r1 = 1
      ; v37: bit<32> = sub v35, v36
  236: r3 = r2
  237: r3 -= r1
  238: w3 = w3
      ; v38: bit<32> = const 8
  239: r1 = 8
      ; v39: bit<32> = mul v37, v38
  240: r2 = r3
  241: r2 *= r1
  242: w2 = w2
      ; advance v39
  243: r1 = r2
  244: r1 &= 7
  245: if r1 == 0 goto +2
  246: *(u32 *)(r10 -132) = 6
  247: goto +2462
  248: r1 = r2
  249: r1 >>= 3
  250: r2 = *(u64 *)(r10 -16)
  251: r2 += r1
  252: if r2 > 16383 goto +3
  253: r1 = r6
  254: r1 += r2
  255: if r1 <= r7 goto +2
  256: *(u32 *)(r10 -132) = 1
  257: goto +2452
  258: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  259: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  260: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  261: r3 = r2
  262: r3 &= 65535
      ; v43: bit<16> = const 1
  263: r2 = 1
      ; v44: bit<16> = sub v42, v43
  264: r4 = r3
  265: r4 -= r2
  266: r4 &= 65535
      ; v45: bit<16> = sub v40, v44
  267: r2 = r1
  268: r2 -= r4
  269: r2 &= 65535
      ; write var2, v45
  270: *(u16 *)(r10 -36) = r2
  271: goto +62
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  272: r1 = *(u64 *)(r10 -16)
  273: if r1 > 16383 goto +5
  274: r2 = r6
  275: r2 += r1
  276: r3 = r2
  277: r3 += 9
  278: if r3 <= r7 goto +2
  279: *(u32 *)(r10 -132) = 1
  280: goto +2429
  281: r2 = r1
  282: r2 += 1
  283: *(u32 *)(r10 -140) = r2
  284: r1 += 9
  285: *(u64 *)(r10 -16) = r1
      ; v46: bit<16> = read var2
  286: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  287: r2 = 9
      ; v48: bit<16> = sub v46, v47
  288: r3 = r1
  289: r3 -= r2
  290: r3 &= 65535
      ; write var2, v48
  291: *(u16 *)(r10 -36) = r3
  292: goto +41
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  293: r1 = *(u64 *)(r10 -16)
  294: if r1 > 16383 goto +5
  295: r2 = r6
  296: r2 += r1
  297: r3 = r2
  298: r3 += 2
  299: if r3 <= r7 goto +2
  300: *(u32 *)(r10 -132) = 1
  301: goto +2408
  302: r2 = r1
  303: r2 += 1
  304: *(u32 *)(r10 -144) = r2
  305: r1 += 2
  306: *(u64 *)(r10 -16) = r1
      ; v49: bit<16> = read var2
  307: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  308: r2 = 2
      ; v51: bit<16> = sub v49, v50
  309: r3 = r1
  310: r3 -= r2
  311: r3 &= 65535
      ; write var2, v51
  312: *(u16 *)(r10 -36) = r3
  313: goto +20
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  314: r1 = *(u64 *)(r10 -16)
  315: if r1 > 16383 goto +5
  316: r2 = r6
  317: r2 += r1
  318: r3 = r2
  319: r3 += 3
  320: if r3 <= r7 goto +2
  321: *(u32 *)(r10 -132) = 1
  322: goto +2387
  323: r2 = r1
  324: r2 += 1
  325: *(u32 *)(r10 -148) = r2
  326: r1 += 3
  327: *(u64 *)(r10 -16) = r1
      ; v52: bit<16> = read var2
  328: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  329: r2 = 3
      ; v54: bit<16> = sub v52, v53
  330: r3 = r1
  331: r3 -= r2
  332: r3 &= 65535
      ; write var2, v54
  333: *(u16 *)(r10 -36) = r3
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  334: r1 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  335: r2 = *(u8 *)(r10 -28)
  336: if r1 != 0 goto +1
  337: goto +1498
  338: if r2 != 10 goto +1
  339: goto +1496
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  340: r1 = *(u64 *)(r10 -16)
  341: if r1 > 16383 goto +5
  342: r2 = r6
  343: r2 += r1
  344: r3 = r2
  345: r3 += 1
  346: if r3 <= r7 goto +2
  347: *(u32 *)(r10 -132) = 1
  348: goto +2361
  349: r3 = r1
  350: r3 += 1
  351: *(u32 *)(r10 -184) = r3
  352: r1 += 1
  353: *(u64 *)(r10 -16) = r1
      ; v57: bit<8> = read var3
  354: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  355: r3 = 1
      ; v59: bit<8> = add v57, v58
  356: r4 = r1
  357: r4 += r3
  358: r4 &= 255
      ; write var3, v59
  359: *(u8 *)(r10 -28) = r4
      ; v60: bit<16> = read var2
  360: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  361: r3 = 1
      ; v62: bit<16> = sub v60, v61
  362: r4 = r1
  363: r4 -= r3
  364: r4 &= 65535
      ; write var2, v62
  365: *(u16 *)(r10 -36) = r4
      ; v63: bit<8> = read_field hdr4.kind
  366: r1 = 0
  367: if r2 == 0 goto +1
  368: r1 = *(u8 *)(r2 +0)
  369: if r1 != 0 goto +1
  370: goto +1465
  371: if r1 != 1 goto +1
  372: goto +127
  373: if r1 != 2 goto +1
  374: goto +105
  375: if r1 != 3 goto +1
  376: goto +82
  377: if r1 != 8 goto +1
  378: goto +59
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  379: r1 = *(u64 *)(r10 -16)
  380: if r1 > 16383 goto +5
  381: r2 = r6
  382: r2 += r1
  383: r1 = r2
  384: r1 += 1
  385: if r1 <= r7 goto +2
  386: *(u32 *)(r10 -132) = 1
  387: goto +2322
  388: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  389: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  390: r1 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
  391: r2 = 2
      ; v67: bool = ge v65, v66
  392: r3 = 1
  393: if r1 >= r2 goto +1
  394: r3 = 0
      ; verify v67, error HeaderTooShort
  395: if r3 != 0 goto +2
  396: *(u32 *)(r10 -132) = 4
  397: goto +2312
      ; v68: bit<8> = read var9
  398: r1 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  399: r2 = r1
  400: w2 = w2
      ; v70: bit<32> = const 1
  401: r1 = 1
      ; v71: bit<32> = sub v69, v70
  402: r3 = r2
  403: r3 -= r1
  404: w3 = w3
      ; v72: bit<32> = const 8
  405: r1 = 8
      ; v73: bit<32> = mul v71, v72
  406: r2 = r3
  407: r2 *= r1
  408: w2 = w2
      ; advance v73
  409: r1 = r2
  410: r1 &= 7
  411: if r1 == 0 goto +2
  412: *(u32 *)(r10 -132) = 6
  413: goto +2296
  414: r1 = r2
  415: r1 >>= 3
  416: r2 = *(u64 *)(r10 -16)
  417: r2 += r1
  418: if r2 > 16383 goto +3
  419: r1 = r6
  420: r1 += r2
  421: if r1 <= r7 goto +2
  422: *(u32 *)(r10 -132) = 1
  423: goto +2286
  424: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  425: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  426: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  427: r3 = r2
  428: r3 &= 65535
      ; v77: bit<16> = const 1
  429: r2 = 1
      ; v78: bit<16> = sub v76, v77
  430: r4 = r3
  431: r4 -= r2
  432: r4 &= 65535
      ; v79: bit<16> = sub v74, v78
  433: r2 = r1
  434: r2 -= r4
  435: r2 &= 65535
      ; write var2, v79
  436: *(u16 *)(r10 -36) = r2
  437: goto +62
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  438: r1 = *(u64 *)(r10 -16)
  439: if r1 > 16383 goto +5
  440: r2 = r6
  441: r2 += r1
  442: r3 = r2
  443: r3 += 9
  444: if r3 <= r7 goto +2
  445: *(u32 *)(r10 -132) = 1
  446: goto +2263
  447: r2 = r1
  448: r2 += 1
  449: *(u32 *)(r10 -140) = r2
  450: r1 += 9
  451: *(u64 *)(r10 -16) = r1
      ; v80: bit<16> = read var2
  452: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  453: r2 = 9
      ; v82: bit<16> = sub v80, v81
  454: r3 = r1
  455: r3 -= r2
  456: r3 &= 65535
      ; write var2, v82
  457: *(u16 *)(r10 -36) = r3
  458: goto +41
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  459: r1 = *(u64 *)(r10 -16)
  460: if r1 > 16383 goto +5
  461: r2 = r6
  462: r2 += r1
  463: r3 = r2
  464: r3 += 2
  465: if r3 <= r7 goto +2
  466: *(u32 *)(r10 -132) = 1
  467: goto +2242
  468: r2 = r1
  469: r2 += 1
  470: *(u32 *)(r10 -144) = r2
  471: r1 += 2
  472: *(u64 *)(r10 -16) = r1
      ; v83: bit<16> = read var2
  473: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  474: r2 = 2
      ; v85: bit<16> = sub v83, v84
  475: r3 = r1
  476: r3 -= r2
  477: r3 &= 65535
      ; write var2, v85
  478: *(u16 *)(r10 -36) = r3
  479: goto +20
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  480: r1 = *(u64 *)(r10 -16)
  481: if r1 > 16383 goto +5
  482: r2 = r6
  483: r2 += r1
  484: r3 = r2
  485: r3 += 3
  486: if r3 <= r7 goto +2
  487: *(u32 *)(r10 -132) = 1
  488: goto +2221
  489: r2 = r1
  490: r2 += 1
  491: *(u32 *)(r10 -148) = r2
  492: r1 += 3
  493: *(u64 *)(r10 -16) = r1
      ; v86: bit<16> = read var2
  494: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  495: r2 = 3
      ; v88: bit<16> = sub v86, v87
  496: r3 = r1
  497: r3 -= r2
  498: r3 &= 65535
      ; write var2, v88
  499: *(u16 *)(r10 -36) = r3
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  500: r1 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  501: r2 = *(u8 *)(r10 -28)
  502: if r1 != 0 goto +1
  503: goto +1332
  504: if r2 != 10 goto +1
  505: goto +1330
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  506: r1 = *(u64 *)(r10 -16)
  507: if r1 > 16383 goto +5
  508: r2 = r6
  509: r2 += r1
  510: r3 = r2
  511: r3 += 1
  512: if r3 <= r7 goto +2
  513: *(u32 *)(r10 -132) = 1
  514: goto +2195
  515: r3 = r1
  516: r3 += 1
  517: *(u32 *)(r10 -180) = r3
  518: r1 += 1
  519: *(u64 *)(r10 -16) = r1
      ; v91: bit<8> = read var3
  520: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  521: r3 = 1
      ; v93: bit<8> = add v91, v92
  522: r4 = r1
  523: r4 += r3
  524: r4 &= 255
      ; write var3, v93
  525: *(u8 *)(r10 -28) = r4
      ; v94: bit<16> = read var2
  526: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  527: r3 = 1
      ; v96: bit<16> = sub v94, v95
  528: r4 = r1
  529: r4 -= r3
  530: r4 &= 65535
      ; write var2, v96
  531: *(u16 *)(r10 -36) = r4
      ; v97: bit<8> = read_field hdr5.kind
  532: r1 = 0
  533: if r2 == 0 goto +1
  534: r1 = *(u8 *)(r2 +0)
  535: if r1 != 0 goto +1
  536: goto +1299
  537: if r1 != 1 goto +1
  538: goto +127
  539: if r1 != 2 goto +1
  540: goto +105
  541: if r1 != 3 goto +1
  542: goto +82
  543: if r1 != 8 goto +1
  544: goto +59
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  545: r1 = *(u64 *)(r10 -16)
  546: if r1 > 16383 goto +5
  547: r2 = r6
  548: r2 += r1
  549: r1 = r2
  550: r1 += 1
  551: if r1 <= r7 goto +2
  552: *(u32 *)(r10 -132) = 1
  553: goto +2156
  554: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  555: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  556: r1 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
  557: r2 = 2
      ; v101: bool = ge v99, v100
  558: r3 = 1
  559: if r1 >= r2 goto +1
  560: r3 = 0
      ; verify v101, error HeaderTooShort
  561: if r3 != 0 goto +2
  562: *(u32 *)(r10 -132) = 4
  563: goto +2146
      ; v102: bit<8> = read var9
  564: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  565: r2 = r1
  566: w2 = w2
      ; v104: bit<32> = const 1
  567: r1 = 1
      ; v105: bit<32> = sub v103, v104
  568: r3 = r2
  569: r3 -= r1
  570: w3 = w3
      ; v106: bit<32> = const 8
  571: r1 = 8
      ; v107: bit<32> = mul v105, v106
  572: r2 = r3
  573: r2 *= r1
  574: w2 = w2
      ; advance v107
  575: r1 = r2
  576: r1 &= 7
  577: if r1 == 0 goto +2
  578: *(u32 *)(r10 -132) = 6
  579: goto +2130
  580: r1 = r2
  581: r1 >>= 3
  582: r2 = *(u64 *)(r10 -16)
  583: r2 += r1
  584: if r2 > 16383 goto +3
  585: r1 = r6
  586: r1 += r2
  587: if r1 <= r7 goto +2
  588: *(u32 *)(r10 -132) = 1
  589: goto +2120
  590: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  591: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  592: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  593: r3 = r2
  594: r3 &= 65535
      ; v111: bit<16> = const 1
  595: r2 = 1
      ; v112: bit<16> = sub v110, v111
  596: r4 = r3
  597: r4 -= r2
  598: r4 &= 65535
      ; v113: bit<16> = sub v108, v112
  599: r2 = r1
  600: r2 -= r4
  601: r2 &= 65535
      ; write var2, v113
  602: *(u16 *)(r10 -36) = r2
  603: goto +62
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  604: r1 = *(u64 *)(r10 -16)
  605: if r1 > 16383 goto +5
  606: r2 = r6
  607: r2 += r1
  608: r3 = r2
  609: r3 += 9
  610: if r3 <= r7 goto +2
  611: *(u32 *)(r10 -132) = 1
  612: goto +2097
  613: r2 = r1
  614: r2 += 1
  615: *(u32 *)(r10 -140) = r2
  616: r1 += 9
  617: *(u64 *)(r10 -16) = r1
      ; v114: bit<16> = read var2
  618: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  619: r2 = 9
      ; v116: bit<16> = sub v114, v115
  620: r3 = r1
  621: r3 -= r2
  622: r3 &= 65535
      ; write var2, v116
  623: *(u16 *)(r10 -36) = r3
  624: goto +41
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  625: r1 = *(u64 *)(r10 -16)
  626: if r1 > 16383 goto +5
  627: r2 = r6
  628: r2 += r1
  629: r3 = r2
  630: r3 += 2
  631: if r3 <= r7 goto +2
  632: *(u32 *)(r10 -132) = 1
  633: goto +2076
  634: r2 = r1
  635: r2 += 1
  636: *(u32 *)(r10 -144) = r2
  637: r1 += 2
  638: *(u64 *)(r10 -16) = r1
      ; v117: bit<16> = read var2
  639: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  640: r2 = 2
      ; v119: bit<16> = sub v117, v118
  641: r3 = r1
  642: r3 -= r2
  643: r3 &= 65535
      ; write var2, v119
  644: *(u16 *)(r10 -36) = r3
  645: goto +20
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  646: r1 = *(u64 *)(r10 -16)
  647: if r1 > 16383 goto +5
  648: r2 = r6
  649: r2 += r1
  650: r3 = r2
  651: r3 += 3
  652: if r3 <= r7 goto +2
  653: *(u32 *)(r10 -132) = 1
  654: goto +2055
  655: r2 = r1
  656: r2 += 1
  657: *(u32 *)(r10 -148) = r2
  658: r1 += 3
  659: *(u64 *)(r10 -16) = r1
      ; v120: bit<16> = read var2
  660: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  661: r2 = 3
      ; v122: bit<16> = sub v120, v121
  662: r3 = r1
  663: r3 -= r2
  664: r3 &= 65535
      ; write var2, v122
  665: *(u16 *)(r10 -36) = r3
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  666: r1 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  667: r2 = *(u8 *)(r10 -28)
  668: if r1 != 0 goto +1
  669: goto +1166
  670: if r2 != 10 goto +1
  671: goto +1164
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  672: r1 = *(u64 *)(r10 -16)
  673: if r1 > 16383 goto +5
  674: r2 = r6
  675: r2 += r1
  676: r3 = r2
  677: r3 += 1
  678: if r3 <= r7 goto +2
  679: *(u32 *)(r10 -132) = 1
  680: goto +2029
  681: r3 = r1
  682: r3 += 1
  683: *(u32 *)(r10 -176) = r3
  684: r1 += 1
  685: *(u64 *)(r10 -16) = r1
      ; v125: bit<8> = read var3
  686: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  687: r3 = 1
      ; v127: bit<8> = add v125, v126
  688: r4 = r1
  689: r4 += r3
  690: r4 &= 255
      ; write var3, v127
  691: *(u8 *)(r10 -28) = r4
      ; v128: bit<16> = read var2
  692: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  693: r3 = 1
      ; v130: bit<16> = sub v128, v129
  694: r4 = r1
  695: r4 -= r3
  696: r4 &= 65535
      ; write var2, v130
  697: *(u16 *)(r10 -36) = r4
      ; v131: bit<8> = read_field hdr6.kind
  698: r1 = 0
  699: if r2 == 0 goto +1
  700: r1 = *(u8 *)(r2 +0)
  701: if r1 != 0 goto +1
  702: goto +1133
  703: if r1 != 1 goto +1
  704: goto +127
  705: if r1 != 2 goto +1
  706: goto +105
  707: if r1 != 3 goto +1
  708: goto +82
  709: if r1 != 8 goto +1
  710: goto +59
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  711: r1 = *(u64 *)(r10 -16)
  712: if r1 > 16383 goto +5
  713: r2 = r6
  714: r2 += r1
  715: r1 = r2
  716: r1 += 1
  717: if r1 <= r7 goto +2
  718: *(u32 *)(r10 -132) = 1
  719: goto +1990
  720: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  721: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  722: r1 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
  723: r2 = 2
      ; v135: bool = ge v133, v134
  724: r3 = 1
  725: if r1 >= r2 goto +1
  726: r3 = 0
      ; verify v135, error HeaderTooShort
  727: if r3 != 0 goto +2
  728: *(u32 *)(r10 -132) = 4
  729: goto +1980
      ; v136: bit<8> = read var9
  730: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  731: r2 = r1
  732: w2 = w2
      ; v138: bit<32> = const 1
  733: r1 = 1
      ; v139: bit<32> = sub v137, v138
  734: r3 = r2
  735: r3 -= r1
  736: w3 = w3
      ; v140: bit<32> = const 8
  737: r1 = 8
      ; v141: bit<32> = mul v139, v140
  738: r2 = r3
  739: r2 *= r1
  740: w2 = w2
      ; advance v141
  741: r1 = r2
  742: r1 &= 7
  743: if r1 == 0 goto +2
  744: *(u32 *)(r10 -132) = 6
  745: goto +1964
  746: r1 = r2
  747: r1 >>= 3
  748: r2 = *(u64 *)(r10 -16)
  749: r2 += r1
  750: if r2 > 16383 goto +3
  751: r1 = r6
  752: r1 += r2
  753: if r1 <= r7 goto +2
  754: *(u32 *)(r10 -132) = 1
  755: goto +1954
  756: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  757: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  758: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  759: r3 = r2
  760: r3 &= 65535
      ; v145: bit<16> = const 1
  761: r2 = 1
      ; v146: bit<16> = sub v144, v145
  762: r4 = r3
  763: r4 -= r2
  764: r4 &= 65535
      ; v147: bit<16> = sub v142, v146
  765: r2 = r1
  766: r2 -= r4
  767: r2 &= 65535
      ; write var2, v147
  768: *(u16 *)(r10 -36) = r2
  769: goto +62
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  770: r1 = *(u64 *)(r10 -16)
  771: if r1 > 16383 goto +5
  772: r2 = r6
  773: r2 += r1
  774: r3 = r2
  775: r3 += 9
  776: if r3 <= r7 goto +2
  777: *(u32 *)(r10 -132) = 1
  778: goto +1931
  779: r2 = r1
  780: r2 += 1
  781: *(u32 *)(r10 -140) = r2
  782: r1 += 9
  783: *(u64 *)(r10 -16) = r1
      ; v148: bit<16> = read var2
  784: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  785: r2 = 9
      ; v150: bit<16> = sub v148, v149
  786: r3 = r1
  787: r3 -= r2
  788: r3 &= 65535
      ; write var2, v150
  789: *(u16 *)(r10 -36) = r3
  790: goto +41
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  791: r1 = *(u64 *)(r10 -16)
  792: if r1 > 16383 goto +5
  793: r2 = r6
  794: r2 += r1
  795: r3 = r2
  796: r3 += 2
  797: if r3 <= r7 goto +2
  798: *(u32 *)(r10 -132) = 1
  799: goto +1910
  800: r2 = r1
  801: r2 += 1
  802: *(u32 *)(r10 -144) = r2
  803: r1 += 2
  804: *(u64 *)(r10 -16) = r1
      ; v151: bit<16> = read var2
  805: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  806: r2 = 2
      ; v153: bit<16> = sub v151, v152
  807: r3 = r1
  808: r3 -= r2
  809: r3 &= 65535
      ; write var2, v153
  810: *(u16 *)(r10 -36) = r3
  811: goto +20
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  812: r1 = *(u64 *)(r10 -16)
  813: if r1 > 16383 goto +5
  814: r2 = r6
  815: r2 += r1
  816: r3 = r2
  817: r3 += 3
  818: if r3 <= r7 goto +2
  819: *(u32 *)(r10 -132) = 1
  820: goto +1889
  821: r2 = r1
  822: r2 += 1
  823: *(u32 *)(r10 -148) = r2
  824: r1 += 3
  825: *(u64 *)(r10 -16) = r1
      ; v154: bit<16> = read var2
  826: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  827: r2 = 3
      ; v156: bit<16> = sub v154, v155
  828: r3 = r1
  829: r3 -= r2
  830: r3 &= 65535
      ; write var2, v156
  831: *(u16 *)(r10 -36) = r3
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  832: r1 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  833: r2 = *(u8 *)(r10 -28)
  834: if r1 != 0 goto +1
  835: goto +1000
  836: if r2 != 10 goto +1
  837: goto +998
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  838: r1 = *(u64 *)(r10 -16)
  839: if r1 > 16383 goto +5
  840: r2 = r6
  841: r2 += r1
  842: r3 = r2
  843: r3 += 1
  844: if r3 <= r7 goto +2
  845: *(u32 *)(r10 -132) = 1
  846: goto +1863
  847: r3 = r1
  848: r3 += 1
  849: *(u32 *)(r10 -172) = r3
  850: r1 += 1
  851: *(u64 *)(r10 -16) = r1
      ; v159: bit<8> = read var3
  852: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  853: r3 = 1
      ; v161: bit<8> = add v159, v160
  854: r4 = r1
  855: r4 += r3
  856: r4 &= 255
      ; write var3, v161
  857: *(u8 *)(r10 -28) = r4
      ; v162: bit<16> = read var2
  858: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  859: r3 = 1
      ; v164: bit<16> = sub v162, v163
  860: r4 = r1
  861: r4 -= r3
  862: r4 &= 65535
      ; write var2, v164
  863: *(u16 *)(r10 -36) = r4
      ; v165: bit<8> = read_field hdr7.kind
  864: r1 = 0
  865: if r2 == 0 goto +1
  866: r1 = *(u8 *)(r2 +0)
  867: if r1 != 0 goto +1
  868: goto +967
  869: if r1 != 1 goto +1
  870: goto +127
  871: if r1 != 2 goto +1
  872: goto +105
  873: if r1 != 3 goto +1
  874: goto +82
  875: if r1 != 8 goto +1
  876: goto +59
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  877: r1 = *(u64 *)(r10 -16)
  878: if r1 > 16383 goto +5
  879: r2 = r6
  880: r2 += r1
  881: r1 = r2
  882: r1 += 1
  883: if r1 <= r7 goto +2
  884: *(u32 *)(r10 -132) = 1
  885: goto +1824
  886: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  887: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  888: r1 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
  889: r2 = 2
      ; v169: bool = ge v167, v168
  890: r3 = 1
  891: if r1 >= r2 goto +1
  892: r3 = 0
      ; verify v169, error HeaderTooShort
  893: if r3 != 0 goto +2
  894: *(u32 *)(r10 -132) = 4
  895: goto +1814
      ; v170: bit<8> = read var9
  896: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  897: r2 = r1
  898: w2 = w2
      ; v172: bit<32> = const 1
  899: r1 = 1
      ; v173: bit<32> = sub v171, v172
  900: r3 = r2
  901: r3 -= r1
  902: w3 = w3
      ; v174: bit<32> = const 8
  903: r1 = 8
      ; v175: bit<32> = mul v173, v174
  904: r2 = r3
  905: r2 *= r1
  906: w2 = w2
      ; advance v175
  907: r1 = r2
  908: r1 &= 7
  909: if r1 == 0 goto +2
  910: *(u32 *)(r10 -132) = 6
  911: goto +1798
  912: r1 = r2
  913: r1 >>= 3
  914: r2 = *(u64 *)(r10 -16)
  915: r2 += r1
  916: if r2 > 16383 goto +3
  917: r1 = r6
  918: r1 += r2
  919: if r1 <= r7 goto +2
  920: *(u32 *)(r10 -132) = 1
  921: goto +1788
  922: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  923: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  924: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  925: r3 = r2
  926: r3 &= 65535
      ; v179: bit<16> = const 1
  927: r2 = 1
      ; v180: bit<16> = sub v178, v179
  928: r4 = r3
  929: r4 -= r2
  930: r4 &= 65535
      ; v181: bit<16> = sub v176, v180
  931: r2 = r1
  932: r2 -= r4
  933: r2 &= 65535
      ; write var2, v181
  934: *(u16 *)(r10 -36) = r2
  935: goto +62
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  936: r1 = *(u64 *)(r10 -16)
  937: if r1 > 16383 goto +5
  938: r2 = r6
  939: r2 += r1
  940: r3 = r2
  941: r3 += 9
  942: if r3 <= r7 goto +2
  943: *(u32 *)(r10 -132) = 1
  944: goto +1765
  945: r2 = r1
  946: r2 += 1
  947: *(u32 *)(r10 -140) = r2
  948: r1 += 9
  949: *(u64 *)(r10 -16) = r1
      ; v182: bit<16> = read var2
  950: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  951: r2 = 9
      ; v184: bit<16> = sub v182, v183
  952: r3 = r1
  953: r3 -= r2
  954: r3 &= 65535
      ; write var2, v184
  955: *(u16 *)(r10 -36) = r3
  956: goto +41
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  957: r1 = *(u64 *)(r10 -16)
  958: if r1 > 16383 goto +5
  959: r2 = r6
  960: r2 += r1
  961: r3 = r2
  962: r3 += 2
  963: if r3 <= r7 goto +2
  964: *(u32 *)(r10 -132) = 1
  965: goto +1744
  966: r2 = r1
  967: r2 += 1
  968: *(u32 *)(r10 -144) = r2
  969: r1 += 2
  970: *(u64 *)(r10 -16) = r1
      ; v185: bit<16> = read var2
  971: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  972: r2 = 2
      ; v187: bit<16> = sub v185, v186
  973: r3 = r1
  974: r3 -= r2
  975: r3 &= 65535
      ; write var2, v187
  976: *(u16 *)(r10 -36) = r3
  977: goto +20
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  978: r1 = *(u64 *)(r10 -16)
  979: if r1 > 16383 goto +5
  980: r2 = r6
  981: r2 += r1
  982: r3 = r2
  983: r3 += 3
  984: if r3 <= r7 goto +2
  985: *(u32 *)(r10 -132) = 1
  986: goto +1723
  987: r2 = r1
  988: r2 += 1
  989: *(u32 *)(r10 -148) = r2
  990: r1 += 3
  991: *(u64 *)(r10 -16) = r1
      ; v188: bit<16> = read var2
  992: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  993: r2 = 3
      ; v190: bit<16> = sub v188, v189
  994: r3 = r1
  995: r3 -= r2
  996: r3 &= 65535
      ; write var2, v190
  997: *(u16 *)(r10 -36) = r3
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  998: r1 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  999: r2 = *(u8 *)(r10 -28)
 1000: if r1 != 0 goto +1
 1001: goto +834
 1002: if r2 != 10 goto +1
 1003: goto +832
      ; prs: block35 (parse_option.5)
      ; extract hdr8
 1004: r1 = *(u64 *)(r10 -16)
 1005: if r1 > 16383 goto +5
 1006: r2 = r6
 1007: r2 += r1
 1008: r3 = r2
 1009: r3 += 1
 1010: if r3 <= r7 goto +2
 1011: *(u32 *)(r10 -132) = 1
 1012: goto +1697
 1013: r3 = r1
 1014: r3 += 1
 1015: *(u32 *)(r10 -168) = r3
 1016: r1 += 1
 1017: *(u64 *)(r10 -16) = r1
      ; v193: bit<8> = read var3
 1018: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
 1019: r3 = 1
      ; v195: bit<8> = add v193, v194
 1020: r4 = r1
 1021: r4 += r3
 1022: r4 &= 255
      ; write var3, v195
 1023: *(u8 *)(r10 -28) = r4
      ; v196: bit<16> = read var2
 1024: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
 1025: r3 = 1
      ; v198: bit<16> = sub v196, v197
 1026: r4 = r1
 1027: r4 -= r3
 1028: r4 &= 65535
      ; write var2, v198
 1029: *(u16 *)(r10 -36) = r4
      ; v199: bit<8> = read_field hdr8.kind
 1030: r1 = 0
 1031: if r2 == 0 goto +1
 1032: r1 = *(u8 *)(r2 +0)
 1033: if r1 != 0 goto +1
 1034: goto +801
 1035: if r1 != 1 goto +1
 1036: goto +127
 1037: if r1 != 2 goto +1
 1038: goto +105
 1039: if r1 != 3 goto +1
 1040: goto +82
 1041: if r1 != 8 goto +1
 1042: goto +59
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
 1043: r1 = *(u64 *)(r10 -16)
 1044: if r1 > 16383 goto +5
 1045: r2 = r6
 1046: r2 += r1
 1047: r1 = r2
 1048: r1 += 1
 1049: if r1 <= r7 goto +2
 1050: *(u32 *)(r10 -132) = 1
 1051: goto +1658
 1052: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
 1053: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
 1054: r1 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
 1055: r2 = 2
      ; v203: bool = ge v201, v202
 1056: r3 = 1
 1057: if r1 >= r2 goto +1
 1058: r3 = 0
      ; verify v203, error HeaderTooShort
 1059: if r3 != 0 goto +2
 1060: *(u32 *)(r10 -132) = 4
 1061: goto +1648
      ; v204: bit<8> = read var9
 1062: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
 1063: r2 = r1
 1064: w2 = w2
      ; v206: bit<32> = const 1
 1065: r1 = 1
      ; v207: bit<32> = sub v205, v206
 1066: r3 = r2
 1067: r3 -= r1
 1068: w3 = w3
      ; v208: bit<32> = const 8
 1069: r1 = 8
      ; v209: bit<32> = mul v207, v208
 1070: r2 = r3
 1071: r2 *= r1
 1072: w2 = w2
      ; advance v209
 1073: r1 = r2
 1074: r1 &= 7
 1075: if r1 == 0 goto +2
 1076: *(u32 *)(r10 -132) = 6
 1077: goto +1632
 1078: r1 = r2
 1079: r1 >>= 3
 1080: r2 = *(u64 *)(r10 -16)
 1081: r2 += r1
 1082: if r2 > 16383 goto +3
 1083: r1 = r6
 1084: r1 += r2
 1085: if r1 <= r7 goto +2
 1086: *(u32 *)(r10 -132) = 1
 1087: goto +1622
 1088: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
 1089: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
 1090: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
 1091: r3 = r2
 1092: r3 &= 65535
      ; v213: bit<16> = const 1
 1093: r2 = 1
      ; v214: bit<16> = sub v212, v213
 1094: r4 = r3
 1095: r4 -= r2
 1096: r4 &= 65535
      ; v215: bit<16> = sub v210, v214
 1097: r2 = r1
 1098: r2 -= r4
 1099: r2 &= 65535
      ; write var2, v215
 1100: *(u16 *)(r10 -36) = r2
 1101: goto +62
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
 1102: r1 = *(u64 *)(r10 -16)
 1103: if r1 > 16383 goto +5
 1104: r2 = r6
 1105: r2 += r1
 1106: r3 = r2
 1107: r3 += 9
 1108: if r3 <= r7 goto +2
 1109: *(u32 *)(r10 -132) = 1
 1110: goto +1599
 1111: r2 = r1
 1112: r2 += 1
 1113: *(u32 *)(r10 -140) = r2
 1114: r1 += 9
 1115: *(u64 *)(r10 -16) = r1
      ; v216: bit<16> = read var2
 1116: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
 1117: r2 = 9
      ; v218: bit<16> = sub v216, v217
 1118: r3 = r1
 1119: r3 -= r2
 1120: r3 &= 65535
      ; write var2, v218
 1121: *(u16 *)(r10 -36) = r3
 1122: goto +41
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
 1123: r1 = *(u64 *)(r10 -16)
 1124: if r1 > 16383 goto +5
 1125: r2 = r6
 1126: r2 += r1
 1127: r3 = r2
 1128: r3 += 2
 1129: if r3 <= r7 goto +2
 1130: *(u32 *)(r10 -132) = 1
 1131: goto +1578
 1132: r2 = r1
 1133: r2 += 1
 1134: *(u32 *)(r10 -144) = r2
 1135: r1 += 2
 1136: *(u64 *)(r10 -16) = r1
      ; v219: bit<16> = read var2
 1137: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
 1138: r2 = 2
      ; v221: bit<16> = sub v219, v220
 1139: r3 = r1
 1140: r3 -= r2
 1141: r3 &= 65535
      ; write var2, v221
 1142: *(u16 *)(r10 -36) = r3
 1143: goto +20
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
 1144: r1 = *(u64 *)(r10 -16)
 1145: if r1 > 16383 goto +5
 1146: r2 = r6
 1147: r2 += r1
 1148: r3 = r2
 1149: r3 += 3
 1150: if r3 <= r7 goto +2
 1151: *(u32 *)(r10 -132) = 1
 1152: goto +1557
 1153: r2 = r1
 1154: r2 += 1
 1155: *(u32 *)(r10 -148) = r2
 1156: r1 += 3
 1157: *(u64 *)(r10 -16) = r1
      ; v222: bit<16> = read var2
 1158: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
 1159: r2 = 3
      ; v224: bit<16> = sub v222, v223
 1160: r3 = r1
 1161: r3 -= r2
 1162: r3 &= 65535
      ; write var2, v224
 1163: *(u16 *)(r10 -36) = r3
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
 1164: r1 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
 1165: r2 = *(u8 *)(r10 -28)
 1166: if r1 != 0 goto +1
 1167: goto +668
 1168: if r2 != 10 goto +1
 1169: goto +666
      ; prs: block41 (parse_option.6)
      ; extract hdr9
 1170: r1 = *(u64 *)(r10 -16)
 1171: if r1 > 16383 goto +5
 1172: r2 = r6
 1173: r2 += r1
 1174: r3 = r2
 1175: r3 += 1
 1176: if r3 <= r7 goto +2
 1177: *(u32 *)(r10 -132) = 1
 1178: goto +1531
 1179: r3 = r1
 1180: r3 += 1
 1181: *(u32 *)(r10 -164) = r3
 1182: r1 += 1
 1183: *(u64 *)(r10 -16) = r1
      ; v227: bit<8> = read var3
 1184: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
 1185: r3 = 1
      ; v229: bit<8> = add v227, v228
 1186: r4 = r1
 1187: r4 += r3
 1188: r4 &= 255
      ; write var3, v229
 1189: *(u8 *)(r10 -28) = r4
      ; v230: bit<16> = read var2
 1190: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
 1191: r3 = 1
      ; v232: bit<16> = sub v230, v231
 1192: r4 = r1
 1193: r4 -= r3
 1194: r4 &= 65535
      ; write var2, v232
 1195: *(u16 *)(r10 -36) = r4
      ; v233: bit<8> = read_field hdr9.kind
 1196: r1 = 0
 1197: if r2 == 0 goto +1
 1198: r1 = *(u8 *)(r2 +0)
 1199: if r1 != 0 goto +1
 1200: goto +635
 1201: if r1 != 1 goto +1
 1202: goto +127
 1203: if r1 != 2 goto +1
 1204: goto +105
 1205: if r1 != 3 goto +1
 1206: goto +82
 1207: if r1 != 8 goto +1
 1208: goto +59
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
 1209: r1 = *(u64 *)(r10 -16)
 1210: if r1 > 16383 goto +5
 1211: r2 = r6
 1212: r2 += r1
 1213: r1 = r2
 1214: r1 += 1
 1215: if r1 <= r7 goto +2
 1216: *(u32 *)(r10 -132) = 1
 1217: goto +1492
 1218: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
 1219: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
 1220: r1 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
 1221: r2 = 2
      ; v237: bool = ge v235, v236
 1222: r3 = 1
 1223: if r1 >= r2 goto +1
 1224: r3 = 0
      ; verify v237, error HeaderTooShort
 1225: if r3 != 0 goto +2
 1226: *(u32 *)(r10 -132) = 4
 1227: goto +1482
      ; v238: bit<8> = read var9
 1228: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
 1229: r2 = r1
 1230: w2 = w2
      ; v240: bit<32> = const 1
 1231: r1 = 1
      ; v241: bit<32> = sub v239, v240
 1232: r3 = r2
 1233: r3 -= r1
 1234: w3 = w3
      ; v242: bit<32> = const 8
 1235: r1 = 8
      ; v243: bit<32> = mul v241, v242
 1236: r2 = r3
 1237: r2 *= r1
 1238: w2 = w2
      ; advance v243
 1239: r1 = r2
 1240: r1 &= 7
 1241: if r1 == 0 goto +2
 1242: *(u32 *)(r10 -132) = 6
 1243: goto +1466
 1244: r1 = r2
 1245: r1 >>= 3
 1246: r2 = *(u64 *)(r10 -16)
 1247: r2 += r1
 1248: if r2 > 16383 goto +3
 1249: r1 = r6
 1250: r1 += r2
 1251: if r1 <= r7 goto +2
 1252: *(u32 *)(r10 -132) = 1
 1253: goto +1456
 1254: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1255: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1256: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1257: r3 = r2
 1258: r3 &= 65535
      ; v247: bit<16> = const 1
 1259: r2 = 1
      ; v248: bit<16> = sub v246, v247
 1260: r4 = r3
 1261: r4 -= r2
 1262: r4 &= 65535
      ; v249: bit<16> = sub v244, v248
 1263: r2 = r1
 1264: r2 -= r4
 1265: r2 &= 65535
      ; write var2, v249
 1266: *(u16 *)(r10 -36) = r2
 1267: goto +62
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1268: r1 = *(u64 *)(r10 -16)
 1269: if r1 > 16383 goto +5
 1270: r2 = r6
 1271: r2 += r1
 1272: r3 = r2
 1273: r3 += 9
 1274: if r3 <= r7 goto +2
 1275: *(u32 *)(r10 -132) = 1
 1276: goto +1433
 1277: r2 = r1
 1278: r2 += 1
 1279: *(u32 *)(r10 -140) = r2
 1280: r1 += 9
 1281: *(u64 *)(r10 -16) = r1
      ; v250: bit<16> = read var2
 1282: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1283: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1284: r3 = r1
 1285: r3 -= r2
 1286: r3 &= 65535
      ; write var2, v252
 1287: *(u16 *)(r10 -36) = r3
 1288: goto +41
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1289: r1 = *(u64 *)(r10 -16)
 1290: if r1 > 16383 goto +5
 1291: r2 = r6
 1292: r2 += r1
 1293: r3 = r2
 1294: r3 += 2
 1295: if r3 <= r7 goto +2
 1296: *(u32 *)(r10 -132) = 1
 1297: goto +1412
 1298: r2 = r1
 1299: r2 += 1
 1300: *(u32 *)(r10 -144) = r2
 1301: r1 += 2
 1302: *(u64 *)(r10 -16) = r1
      ; v253: bit<16> = read var2
 1303: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1304: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1305: r3 = r1
 1306: r3 -= r2
 1307: r3 &= 65535
      ; write var2, v255
 1308: *(u16 *)(r10 -36) = r3
 1309: goto +20
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1310: r1 = *(u64 *)(r10 -16)
 1311: if r1 > 16383 goto +5
 1312: r2 = r6
 1313: r2 += r1
 1314: r3 = r2
 1315: r3 += 3
 1316: if r3 <= r7 goto +2
 1317: *(u32 *)(r10 -132) = 1
 1318: goto +1391
 1319: r2 = r1
 1320: r2 += 1
 1321: *(u32 *)(r10 -148) = r2
 1322: r1 += 3
 1323: *(u64 *)(r10 -16) = r1
      ; v256: bit<16> = read var2
 1324: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1325: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1326: r3 = r1
 1327: r3 -= r2
 1328: r3 &= 65535
      ; write var2, v258
 1329: *(u16 *)(r10 -36) = r3
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1330: r1 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1331: r2 = *(u8 *)(r10 -28)
 1332: if r1 != 0 goto +1
 1333: goto +502
 1334: if r2 != 10 goto +1
 1335: goto +500
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1336: r1 = *(u64 *)(r10 -16)
 1337: if r1 > 16383 goto +5
 1338: r2 = r6
 1339: r2 += r1
 1340: r3 = r2
 1341: r3 += 1
 1342: if r3 <= r7 goto +2
 1343: *(u32 *)(r10 -132) = 1
 1344: goto +1365
 1345: r3 = r1
 1346: r3 += 1
 1347: *(u32 *)(r10 -160) = r3
 1348: r1 += 1
 1349: *(u64 *)(r10 -16) = r1
      ; v261: bit<8> = read var3
 1350: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1351: r3 = 1
      ; v263: bit<8> = add v261, v262
 1352: r4 = r1
 1353: r4 += r3
 1354: r4 &= 255
      ; write var3, v263
 1355: *(u8 *)(r10 -28) = r4
      ; v264: bit<16> = read var2
 1356: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1357: r3 = 1
      ; v266: bit<16> = sub v264, v265
 1358: r4 = r1
 1359: r4 -= r3
 1360: r4 &= 65535
      ; write var2, v266
 1361: *(u16 *)(r10 -36) = r4
      ; v267: bit<8> = read_field hdr10.kind
 1362: r1 = 0
 1363: if r2 == 0 goto +1
 1364: r1 = *(u8 *)(r2 +0)
 1365: if r1 != 0 goto +1
 1366: goto +469
 1367: if r1 != 1 goto +1
 1368: goto +127
 1369: if r1 != 2 goto +1
 1370: goto +105
 1371: if r1 != 3 goto +1
 1372: goto +82
 1373: if r1 != 8 goto +1
 1374: goto +59
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1375: r1 = *(u64 *)(r10 -16)
 1376: if r1 > 16383 goto +5
 1377: r2 = r6
 1378: r2 += r1
 1379: r1 = r2
 1380: r1 += 1
 1381: if r1 <= r7 goto +2
 1382: *(u32 *)(r10 -132) = 1
 1383: goto +1326
 1384: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1385: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1386: r1 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
 1387: r2 = 2
      ; v271: bool = ge v269, v270
 1388: r3 = 1
 1389: if r1 >= r2 goto +1
 1390: r3 = 0
      ; verify v271, error HeaderTooShort
 1391: if r3 != 0 goto +2
 1392: *(u32 *)(r10 -132) = 4
 1393: goto +1316
      ; v272: bit<8> = read var9
 1394: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1395: r2 = r1
 1396: w2 = w2
      ; v274: bit<32> = const 1
 1397: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1398: r3 = r2
 1399: r3 -= r1
 1400: w3 = w3
      ; v276: bit<32> = const 8
 1401: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1402: r2 = r3
 1403: r2 *= r1
 1404: w2 = w2
      ; advance v277
 1405: r1 = r2
 1406: r1 &= 7
 1407: if r1 == 0 goto +2
 1408: *(u32 *)(r10 -132) = 6
 1409: goto +1300
 1410: r1 = r2
 1411: r1 >>= 3
 1412: r2 = *(u64 *)(r10 -16)
 1413: r2 += r1
 1414: if r2 > 16383 goto +3
 1415: r1 = r6
 1416: r1 += r2
 1417: if r1 <= r7 goto +2
 1418: *(u32 *)(r10 -132) = 1
 1419: goto +1290
 1420: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1421: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1422: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1423: r3 = r2
 1424: r3 &= 65535
      ; v281: bit<16> = const 1
 1425: r2 = 1
      ; v282: bit<16> = sub v280, v281
 1426: r4 = r3
 1427: r4 -= r2
 1428: r4 &= 65535
      ; v283: bit<16> = sub v278, v282
 1429: r2 = r1
 1430: r2 -= r4
 1431: r2 &= 65535
      ; write var2, v283
 1432: *(u16 *)(r10 -36) = r2
 1433: goto +62
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1434: r1 = *(u64 *)(r10 -16)
 1435: if r1 > 16383 goto +5
 1436: r2 = r6
 1437: r2 += r1
 1438: r3 = r2
 1439: r3 += 9
 1440: if r3 <= r7 goto +2
 1441: *(u32 *)(r10 -132) = 1
 1442: goto +1267
 1443: r2 = r1
 1444: r2 += 1
 1445: *(u32 *)(r10 -140) = r2
 1446: r1 += 9
 1447: *(u64 *)(r10 -16) = r1
      ; v284: bit<16> = read var2
 1448: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1449: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1450: r3 = r1
 1451: r3 -= r2
 1452: r3 &= 65535
      ; write var2, v286
 1453: *(u16 *)(r10 -36) = r3
 1454: goto +41
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1455: r1 = *(u64 *)(r10 -16)
 1456: if r1 > 16383 goto +5
 1457: r2 = r6
 1458: r2 += r1
 1459: r3 = r2
 1460: r3 += 2
 1461: if r3 <= r7 goto +2
 1462: *(u32 *)(r10 -132) = 1
 1463: goto +1246
 1464: r2 = r1
 1465: r2 += 1
 1466: *(u32 *)(r10 -144) = r2
 1467: r1 += 2
 1468: *(u64 *)(r10 -16) = r1
      ; v287: bit<16> = read var2
 1469: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1470: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1471: r3 = r1
 1472: r3 -= r2
 1473: r3 &= 65535
      ; write var2, v289
 1474: *(u16 *)(r10 -36) = r3
 1475: goto +20
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1476: r1 = *(u64 *)(r10 -16)
 1477: if r1 > 16383 goto +5
 1478: r2 = r6
 1479: r2 += r1
 1480: r3 = r2
 1481: r3 += 3
 1482: if r3 <= r7 goto +2
 1483: *(u32 *)(r10 -132) = 1
 1484: goto +1225
 1485: r2 = r1
 1486: r2 += 1
 1487: *(u32 *)(r10 -148) = r2
 1488: r1 += 3
 1489: *(u64 *)(r10 -16) = r1
      ; v290: bit<16> = read var2
 1490: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1491: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1492: r3 = r1
 1493: r3 -= r2
 1494: r3 &= 65535
      ; write var2, v292
 1495: *(u16 *)(r10 -36) = r3
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1496: r1 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1497: r2 = *(u8 *)(r10 -28)
 1498: if r1 != 0 goto +1
 1499: goto +336
 1500: if r2 != 10 goto +1
 1501: goto +334
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1502: r1 = *(u64 *)(r10 -16)
 1503: if r1 > 16383 goto +5
 1504: r2 = r6
 1505: r2 += r1
 1506: r3 = r2
 1507: r3 += 1
 1508: if r3 <= r7 goto +2
 1509: *(u32 *)(r10 -132) = 1
 1510: goto +1199
 1511: r3 = r1
 1512: r3 += 1
 1513: *(u32 *)(r10 -156) = r3
 1514: r1 += 1
 1515: *(u64 *)(r10 -16) = r1
      ; v295: bit<8> = read var3
 1516: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1517: r3 = 1
      ; v297: bit<8> = add v295, v296
 1518: r4 = r1
 1519: r4 += r3
 1520: r4 &= 255
      ; write var3, v297
 1521: *(u8 *)(r10 -28) = r4
      ; v298: bit<16> = read var2
 1522: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1523: r3 = 1
      ; v300: bit<16> = sub v298, v299
 1524: r4 = r1
 1525: r4 -= r3
 1526: r4 &= 65535
      ; write var2, v300
 1527: *(u16 *)(r10 -36) = r4
      ; v301: bit<8> = read_field hdr11.kind
 1528: r1 = 0
 1529: if r2 == 0 goto +1
 1530: r1 = *(u8 *)(r2 +0)
 1531: if r1 != 0 goto +1
 1532: goto +303
 1533: if r1 != 1 goto +1
 1534: goto +127
 1535: if r1 != 2 goto +1
 1536: goto +105
 1537: if r1 != 3 goto +1
 1538: goto +82
 1539: if r1 != 8 goto +1
 1540: goto +59
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1541: r1 = *(u64 *)(r10 -16)
 1542: if r1 > 16383 goto +5
 1543: r2 = r6
 1544: r2 += r1
 1545: r1 = r2
 1546: r1 += 1
 1547: if r1 <= r7 goto +2
 1548: *(u32 *)(r10 -132) = 1
 1549: goto +1160
 1550: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1551: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1552: r1 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
 1553: r2 = 2
      ; v305: bool = ge v303, v304
 1554: r3 = 1
 1555: if r1 >= r2 goto +1
 1556: r3 = 0
      ; verify v305, error HeaderTooShort
 1557: if r3 != 0 goto +2
 1558: *(u32 *)(r10 -132) = 4
 1559: goto +1150
      ; v306: bit<8> = read var9
 1560: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1561: r2 = r1
 1562: w2 = w2
      ; v308: bit<32> = const 1
 1563: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1564: r3 = r2
 1565: r3 -= r1
 1566: w3 = w3
      ; v310: bit<32> = const 8
 1567: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1568: r2 = r3
 1569: r2 *= r1
 1570: w2 = w2
      ; advance v311
 1571: r1 = r2
 1572: r1 &= 7
 1573: if r1 == 0 goto +2
 1574: *(u32 *)(r10 -132) = 6
 1575: goto +1134
 1576: r1 = r2
 1577: r1 >>= 3
 1578: r2 = *(u64 *)(r10 -16)
 1579: r2 += r1
 1580: if r2 > 16383 goto +3
 1581: r1 = r6
 1582: r1 += r2
 1583: if r1 <= r7 goto +2
 1584: *(u32 *)(r10 -132) = 1
 1585: goto +1124
 1586: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1587: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1588: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1589: r3 = r2
 1590: r3 &= 65535
      ; v315: bit<16> = const 1
 1591: r2 = 1
      ; v316: bit<16> = sub v314, v315
 1592: r4 = r3
 1593: r4 -= r2
 1594: r4 &= 65535
      ; v317: bit<16> = sub v312, v316
 1595: r2 = r1
 1596: r2 -= r4
 1597: r2 &= 65535
      ; write var2, v317
 1598: *(u16 *)(r10 -36) = r2
 1599: goto +62
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1600: r1 = *(u64 *)(r10 -16)
 1601: if r1 > 16383 goto +5
 1602: r2 = r6
 1603: r2 += r1
 1604: r3 = r2
 1605: r3 += 9
 1606: if r3 <= r7 goto +2
 1607: *(u32 *)(r10 -132) = 1
 1608: goto +1101
 1609: r2 = r1
 1610: r2 += 1
 1611: *(u32 *)(r10 -140) = r2
 1612: r1 += 9
 1613: *(u64 *)(r10 -16) = r1
      ; v318: bit<16> = read var2
 1614: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1615: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1616: r3 = r1
 1617: r3 -= r2
 1618: r3 &= 65535
      ; write var2, v320
 1619: *(u16 *)(r10 -36) = r3
 1620: goto +41
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1621: r1 = *(u64 *)(r10 -16)
 1622: if r1 > 16383 goto +5
 1623: r2 = r6
 1624: r2 += r1
 1625: r3 = r2
 1626: r3 += 2
 1627: if r3 <= r7 goto +2
 1628: *(u32 *)(r10 -132) = 1
 1629: goto +1080
 1630: r2 = r1
 1631: r2 += 1
 1632: *(u32 *)(r10 -144) = r2
 1633: r1 += 2
 1634: *(u64 *)(r10 -16) = r1
      ; v321: bit<16> = read var2
 1635: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1636: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1637: r3 = r1
 1638: r3 -= r2
 1639: r3 &= 65535
      ; write var2, v323
 1640: *(u16 *)(r10 -36) = r3
 1641: goto +20
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1642: r1 = *(u64 *)(r10 -16)
 1643: if r1 > 16383 goto +5
 1644: r2 = r6
 1645: r2 += r1
 1646: r3 = r2
 1647: r3 += 3
 1648: if r3 <= r7 goto +2
 1649: *(u32 *)(r10 -132) = 1
 1650: goto +1059
 1651: r2 = r1
 1652: r2 += 1
 1653: *(u32 *)(r10 -148) = r2
 1654: r1 += 3
 1655: *(u64 *)(r10 -16) = r1
      ; v324: bit<16> = read var2
 1656: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1657: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1658: r3 = r1
 1659: r3 -= r2
 1660: r3 &= 65535
      ; write var2, v326
 1661: *(u16 *)(r10 -36) = r3
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1662: r1 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1663: r2 = *(u8 *)(r10 -28)
 1664: if r1 != 0 goto +1
 1665: goto +170
 1666: if r2 != 10 goto +1
 1667: goto +168
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1668: r1 = *(u64 *)(r10 -16)
 1669: if r1 > 16383 goto +5
 1670: r2 = r6
 1671: r2 += r1
 1672: r3 = r2
 1673: r3 += 1
 1674: if r3 <= r7 goto +2
 1675: *(u32 *)(r10 -132) = 1
 1676: goto +1033
 1677: r3 = r1
 1678: r3 += 1
 1679: *(u32 *)(r10 -152) = r3
 1680: r1 += 1
 1681: *(u64 *)(r10 -16) = r1
      ; v329: bit<8> = read var3
 1682: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1683: r3 = 1
      ; v331: bit<8> = add v329, v330
 1684: r4 = r1
 1685: r4 += r3
 1686: r4 &= 255
      ; write var3, v331
 1687: *(u8 *)(r10 -28) = r4
      ; v332: bit<16> = read var2
 1688: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1689: r3 = 1
      ; v334: bit<16> = sub v332, v333
 1690: r4 = r1
 1691: r4 -= r3
 1692: r4 &= 65535
      ; write var2, v334
 1693: *(u16 *)(r10 -36) = r4
      ; v335: bit<8> = read_field hdr12.kind
 1694: r1 = 0
 1695: if r2 == 0 goto +1
 1696: r1 = *(u8 *)(r2 +0)
 1697: if r1 != 0 goto +1
 1698: goto +137
 1699: if r1 != 1 goto +1
 1700: goto +127
 1701: if r1 != 2 goto +1
 1702: goto +105
 1703: if r1 != 3 goto +1
 1704: goto +82
 1705: if r1 != 8 goto +1
 1706: goto +59
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1707: r1 = *(u64 *)(r10 -16)
 1708: if r1 > 16383 goto +5
 1709: r2 = r6
 1710: r2 += r1
 1711: r1 = r2
 1712: r1 += 1
 1713: if r1 <= r7 goto +2
 1714: *(u32 *)(r10 -132) = 1
 1715: goto +994
 1716: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1717: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1718: r1 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
 1719: r2 = 2
      ; v339: bool = ge v337, v338
 1720: r3 = 1
 1721: if r1 >= r2 goto +1
 1722: r3 = 0
      ; verify v339, error HeaderTooShort
 1723: if r3 != 0 goto +2
 1724: *(u32 *)(r10 -132) = 4
 1725: goto +984
      ; v340: bit<8> = read var9
 1726: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1727: r2 = r1
 1728: w2 = w2
      ; v342: bit<32> = const 1
 1729: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1730: r3 = r2
 1731: r3 -= r1
 1732: w3 = w3
      ; v344: bit<32> = const 8
 1733: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1734: r2 = r3
 1735: r2 *= r1
 1736: w2 = w2
      ; advance v345
 1737: r1 = r2
 1738: r1 &= 7
 1739: if r1 == 0 goto +2
 1740: *(u32 *)(r10 -132) = 6
 1741: goto +968
 1742: r1 = r2
 1743: r1 >>= 3
 1744: r2 = *(u64 *)(r10 -16)
 1745: r2 += r1
 1746: if r2 > 16383 goto +3
 1747: r1 = r6
 1748: r1 += r2
 1749: if r1 <= r7 goto +2
 1750: *(u32 *)(r10 -132) = 1
 1751: goto +958
 1752: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1753: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1754: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1755: r3 = r2
 1756: r3 &= 65535
      ; v349: bit<16> = const 1
 1757: r2 = 1
      ; v350: bit<16> = sub v348, v349
 1758: r4 = r3
 1759: r4 -= r2
 1760: r4 &= 65535
      ; v351: bit<16> = sub v346, v350
 1761: r2 = r1
 1762: r2 -= r4
 1763: r2 &= 65535
      ; write var2, v351
 1764: *(u16 *)(r10 -36) = r2
 1765: goto +62
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1766: r1 = *(u64 *)(r10 -16)
 1767: if r1 > 16383 goto +5
 1768: r2 = r6
 1769: r2 += r1
 1770: r3 = r2
 1771: r3 += 9
 1772: if r3 <= r7 goto +2
 1773: *(u32 *)(r10 -132) = 1
 1774: goto +935
 1775: r2 = r1
 1776: r2 += 1
 1777: *(u32 *)(r10 -140) = r2
 1778: r1 += 9
 1779: *(u64 *)(r10 -16) = r1
      ; v352: bit<16> = read var2
 1780: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1781: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1782: r3 = r1
 1783: r3 -= r2
 1784: r3 &= 65535
      ; write var2, v354
 1785: *(u16 *)(r10 -36) = r3
 1786: goto +41
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1787: r1 = *(u64 *)(r10 -16)
 1788: if r1 > 16383 goto +5
 1789: r2 = r6
 1790: r2 += r1
 1791: r3 = r2
 1792: r3 += 2
 1793: if r3 <= r7 goto +2
 1794: *(u32 *)(r10 -132) = 1
 1795: goto +914
 1796: r2 = r1
 1797: r2 += 1
 1798: *(u32 *)(r10 -144) = r2
 1799: r1 += 2
 1800: *(u64 *)(r10 -16) = r1
      ; v355: bit<16> = read var2
 1801: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1802: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1803: r3 = r1
 1804: r3 -= r2
 1805: r3 &= 65535
      ; write var2, v357
 1806: *(u16 *)(r10 -36) = r3
 1807: goto +20
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1808: r1 = *(u64 *)(r10 -16)
 1809: if r1 > 16383 goto +5
 1810: r2 = r6
 1811: r2 += r1
 1812: r3 = r2
 1813: r3 += 3
 1814: if r3 <= r7 goto +2
 1815: *(u32 *)(r10 -132) = 1
 1816: goto +893
 1817: r2 = r1
 1818: r2 += 1
 1819: *(u32 *)(r10 -148) = r2
 1820: r1 += 3
 1821: *(u64 *)(r10 -16) = r1
      ; v358: bit<16> = read var2
 1822: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1823: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1824: r3 = r1
 1825: r3 -= r2
 1826: r3 &= 65535
      ; write var2, v360
 1827: *(u16 *)(r10 -36) = r3
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1828: r1 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1829: r2 = *(u8 *)(r10 -28)
 1830: if r1 != 0 goto +1
 1831: goto +4
 1832: if r2 != 10 goto +1
 1833: goto +2
      ; prs: block65 (parse_option.10)
 1834: *(u32 *)(r10 -132) = 3
 1835: goto +874
      ; v0: bool = is_valid hdr2
 1836: r1 = *(u32 *)(r10 -192)
 1837: if r1 == 0 goto +1
 1838: r1 = 1
      ; v1: bool = not v0
 1839: r2 = r1
 1840: r2 ^= 1
 1841: if r2 != 0 goto +867
      ; v2: bit<64> = timestamp_ns
 1842: call bpf_ktime_get_ns
 1843: r1 = r0
      ; write var10, v2
 1844: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1845: r1 = *(u32 *)(r10 -192)
 1846: if r1 == 0 goto +11
 1847: r1 -= 1
 1848: if r1 > 16383 goto +9
 1849: r0 = r6
 1850: *(u64 *)(r10 -368) = r0
 1851: r0 = *(u64 *)(r10 -368)
 1852: r0 += r1
 1853: *(u64 *)(r10 -368) = r0
 1854: r0 = *(u64 *)(r10 -368)
 1855: r1 = r0
 1856: r1 += 20
 1857: if r1 <= r7 goto +2
 1858: r0 = 0
 1859: *(u64 *)(r10 -368) = r0
 1860: r1 = 0
 1861: r0 = *(u64 *)(r10 -368)
 1862: if r0 == 0 goto +2
 1863: r0 = *(u64 *)(r10 -368)
 1864: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1865: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1866: r1 = *(u32 *)(r10 -196)
 1867: if r1 == 0 goto +7
 1868: r1 -= 1
 1869: if r1 > 16383 goto +5
 1870: r3 = r6
 1871: r3 += r1
 1872: r1 = r3
 1873: r1 += 20
 1874: if r1 <= r7 goto +1
 1875: r3 = 0
 1876: r1 = 0
 1877: if r3 == 0 goto +2
 1878: r1 = *(u8 *)(r3 +0)
 1879: r1 &= 15
      ; v5: bit<16> = cast v4
 1880: r4 = r1
 1881: r4 &= 65535
      ; v6: bit<8> = const 2
 1882: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1883: r8 = r4
 1884: if r1 >= 16 goto +3
 1885: r8 <<= r1
 1886: r8 &= 65535
 1887: goto +1
 1888: r8 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1889: r1 = 0
 1890: r0 = *(u64 *)(r10 -368)
 1891: if r0 == 0 goto +4
 1892: r0 = *(u64 *)(r10 -368)
 1893: r1 = *(u8 *)(r0 +12)
 1894: r1 >>= 4
 1895: r1 &= 15
      ; v9: bit<16> = cast v8
 1896: r4 = r1
 1897: r4 &= 65535
      ; v10: bit<8> = const 2
 1898: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1899: r9 = r4
 1900: if r1 >= 16 goto +3
 1901: r9 <<= r1
 1902: r9 &= 65535
 1903: goto +1
 1904: r9 = 0
      ; v12: bit<16> = add v7, v11
 1905: r1 = r8
 1906: r1 += r9
 1907: r1 &= 65535
      ; write var12, v12
 1908: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1909: r1 = 0
 1910: if r3 == 0 goto +2
 1911: r1 = *(u16 *)(r3 +2)
 1912: r1 = be16 r1
      ; v14: bit<16> = read var12
 1913: r4 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1914: r8 = r1
 1915: r8 -= r4
 1916: r8 &= 65535
      ; v16: bit<32> = cast v15
 1917: r1 = r8
 1918: w1 = w1
      ; write var13, v16
 1919: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1920: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1921: r4 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1922: r8 = 1
      ; v20: bit<8> = and v18, v19
 1923: r9 = r4
 1924: r9 &= r8
      ; v21: bit<8> = const 0
 1925: r4 = 0
      ; v22: bool = ne v20, v21
 1926: r8 = 1
 1927: if r9 != r4 goto +1
 1928: r8 = 0
      ; v23: bit<32> = const 1
 1929: r4 = 1
      ; v24: bit<32> = const 0
 1930: r9 = 0
      ; v25: bit<32> = select v22, v23, v24
 1931: r2 = r4
 1932: if r8 != 0 goto +1
 1933: r2 = r9
      ; v26: bit<32> = add v17, v25
 1934: r4 = r1
 1935: r4 += r2
 1936: w4 = w4
      ; write var14, v26
 1937: *(u32 *)(r10 -108) = r4
      ; v27: bit<32> = read_field hdr1.srcAddr
 1938: r1 = 0
 1939: if r3 == 0 goto +2
 1940: r1 = *(u32 *)(r3 +12)
 1941: r1 = be32 r1
      ; v28: bit<32> = read_field hdr1.dstAddr
 1942: r2 = 0
 1943: if r3 == 0 goto +2
 1944: r2 = *(u32 *)(r3 +16)
 1945: r2 = be32 r2
      ; v29: bit<16> = read_field hdr2.srcPort
 1946: r3 = 0
 1947: r0 = *(u64 *)(r10 -368)
 1948: if r0 == 0 goto +3
 1949: r0 = *(u64 *)(r10 -368)
 1950: r3 = *(u16 *)(r0 +0)
 1951: r3 = be16 r3
      ; v30: bit<16> = read_field hdr2.dstPort
 1952: r4 = 0
 1953: r0 = *(u64 *)(r10 -368)
 1954: if r0 == 0 goto +3
 1955: r0 = *(u64 *)(r10 -368)
 1956: r4 = *(u16 *)(r0 +2)
 1957: r4 = be16 r4
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1958: *(u64 *)(r10 -264) = 0
 1959: *(u64 *)(r10 -256) = 0
 1960: *(u32 *)(r10 -264) = r1
 1961: *(u32 *)(r10 -260) = r2
 1962: *(u16 *)(r10 -256) = r3
 1963: *(u16 *)(r10 -254) = r4
 1964: r1 = map[pipe_flows] ll
 1966: r2 = r10
 1967: r2 += -264
 1968: call bpf_map_lookup_elem
 1969: r1 = r0
 1970: if r1 == 0 goto +42
 1971: r0 = 1
 1972: *(u64 *)(r10 -368) = r0
 1973: r3 = *(u32 *)(r1 +0)
 1974: w3 = w3
 1975: r4 = *(u32 *)(r1 +4)
 1976: w4 = w4
 1977: r8 = *(u32 *)(r1 +8)
 1978: w8 = w8
 1979: r9 = *(u32 *)(r1 +12)
 1980: w9 = w9
 1981: r2 = *(u16 *)(r1 +16)
 1982: r2 &= 65535
 1983: r0 = *(u8 *)(r1 +18)
 1984: *(u64 *)(r10 -376) = r0
 1985: r0 = *(u64 *)(r10 -376)
 1986: r0 &= 255
 1987: *(u64 *)(r10 -376) = r0
 1988: r0 = *(u32 *)(r1 +20)
 1989: *(u64 *)(r10 -384) = r0
 1990: r0 = *(u64 *)(r10 -384)
 1991: w0 = w0
 1992: *(u64 *)(r10 -384) = r0
 1993: r0 = *(u32 *)(r1 +24)
 1994: *(u64 *)(r10 -392) = r0
 1995: r0 = *(u64 *)(r10 -392)
 1996: w0 = w0
 1997: *(u64 *)(r10 -392) = r0
 1998: r0 = *(u8 *)(r1 +28)
 1999: *(u64 *)(r10 -400) = r0
 2000: r0 = *(u64 *)(r10 -400)
 2001: r0 &= 255
 2002: *(u64 *)(r10 -400) = r0
 2003: r0 = *(u32 *)(r1 +32)
 2004: *(u64 *)(r10 -408) = r0
 2005: r0 = *(u64 *)(r10 -408)
 2006: w0 = w0
 2007: *(u64 *)(r10 -408) = r0
 2008: r0 = *(u64 *)(r1 +40)
 2009: *(u64 *)(r10 -416) = r0
 2010: r0 = *(u64 *)(r1 +48)
 2011: *(u64 *)(r10 -424) = r0
 2012: goto +21
 2013: r0 = 0
 2014: *(u64 *)(r10 -368) = r0
 2015: r3 = 0
 2016: r4 = 0
 2017: r8 = 0
 2018: r9 = 0
 2019: r2 = 0
 2020: r0 = 0
 2021: *(u64 *)(r10 -376) = r0
 2022: r0 = 0
 2023: *(u64 *)(r10 -384) = r0
 2024: r0 = 0
 2025: *(u64 *)(r10 -392) = r0
 2026: r0 = 0
 2027: *(u64 *)(r10 -400) = r0
 2028: r0 = 0
 2029: *(u64 *)(r10 -408) = r0
 2030: r0 = 0
 2031: *(u64 *)(r10 -416) = r0
 2032: r0 = 0
 2033: *(u64 *)(r10 -424) = r0
      ; write var15, v32
 2034: *(u32 *)(r10 -104) = r3
      ; write var16, v33
 2035: *(u32 *)(r10 -100) = r4
      ; write var17, v34
 2036: *(u32 *)(r10 -96) = r8
      ; write var18, v35
 2037: *(u32 *)(r10 -92) = r9
      ; write var19, v36
 2038: *(u16 *)(r10 -32) = r2
      ; write var20, v37
 2039: r0 = *(u64 *)(r10 -376)
 2040: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 2041: r0 = *(u64 *)(r10 -384)
 2042: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 2043: r0 = *(u64 *)(r10 -392)
 2044: *(u32 *)(r10 -84) = r0
      ; write var23, v40
 2045: r0 = *(u64 *)(r10 -400)
 2046: *(u8 *)(r10 -23) = r0
      ; write var24, v41
 2047: r0 = *(u64 *)(r10 -408)
 2048: *(u32 *)(r10 -80) = r0
      ; write var25, v42
 2049: r0 = *(u64 *)(r10 -416)
 2050: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 2051: r0 = *(u64 *)(r10 -424)
 2052: *(u64 *)(r10 -224) = r0
      ; write var27, v31
 2053: r0 = *(u64 *)(r10 -368)
 2054: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 2055: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 2056: r2 = 2
      ; v46: bit<8> = and v44, v45
 2057: r3 = r1
 2058: r3 &= r2
      ; v47: bit<8> = const 0
 2059: r1 = 0
      ; v48: bool = ne v46, v47
 2060: r2 = 1
 2061: if r3 != r1 goto +1
 2062: r2 = 0
 2063: if r2 != 0 goto +73
      ; v65: bool = read var27
 2064: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 2065: r2 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
 2066: r3 = 0
      ; v68: bool = ne v66, v67
 2067: r4 = 1
 2068: if r2 != r3 goto +1
 2069: r4 = 0
      ; v69: bool = logical_and v65, v68
 2070: r2 = r1
 2071: r2 &= r4
 2072: if r2 != 0 goto +1
 2073: goto +62
      ; v70: bit<32> = read_field hdr2.seqNo
 2074: r1 = *(u32 *)(r10 -192)
 2075: if r1 == 0 goto +7
 2076: r1 -= 1
 2077: if r1 > 16383 goto +5
 2078: r2 = r6
 2079: r2 += r1
 2080: r1 = r2
 2081: r1 += 20
 2082: if r1 <= r7 goto +1
 2083: r2 = 0
 2084: r1 = 0
 2085: if r2 == 0 goto +2
 2086: r1 = *(u32 *)(r2 +4)
 2087: r1 = be32 r1
      ; v71: bit<32> = read var14
 2088: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 2089: r3 = r1
 2090: r3 += r2
 2091: w3 = w3
      ; write var28, v72
 2092: *(u32 *)(r10 -76) = r3
      ; v73: bit<32> = read var28
 2093: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 2094: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 2095: r3 = r1
 2096: r3 -= r2
 2097: w3 = w3
      ; write var29, v75
 2098: *(u32 *)(r10 -72) = r3
      ; v76: bit<32> = read var29
 2099: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
 2100: r2 = 0
      ; v78: bool = ne v76, v77
 2101: r3 = 1
 2102: if r1 != r2 goto +1
 2103: r3 = 0
      ; v79: bit<32> = read var29
 2104: r1 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 2105: w2 = -2147483648
      ; v81: bool = lt v79, v80
 2106: r4 = 1
 2107: if r1 < r2 goto +1
 2108: r4 = 0
      ; v82: bool = logical_and v78, v81
 2109: r1 = r3
 2110: r1 &= r4
 2111: if r1 != 0 goto +9
      ; v90: bit<32> = read var22
 2112: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 2113: r2 = 1
      ; v92: bit<32> = add v90, v91
 2114: r3 = r1
 2115: r3 += r2
 2116: w3 = w3
      ; write var22, v92
 2117: *(u32 *)(r10 -84) = r3
      ; v93: bit<8> = const 0
 2118: r1 = 0
      ; write var23, v93
 2119: *(u8 *)(r10 -23) = r1
 2120: goto +15
      ; v83: bit<32> = read var28
 2121: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 2122: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 2123: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
 2124: r2 = 0
      ; v86: bool = eq v84, v85
 2125: r3 = 1
 2126: if r1 == r2 goto +1
 2127: r3 = 0
 2128: if r3 != 0 goto +1
 2129: goto +6
      ; v87: bit<8> = const 1
 2130: r1 = 1
      ; write var23, v87
 2131: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 2132: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 2133: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 2134: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 2135: *(u64 *)(r10 -232) = r1
 2136: goto +76
      ; v49: bool = const 1
 2137: r1 = 1
      ; write var27, v49
 2138: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 2139: r1 = *(u32 *)(r10 -192)
 2140: if r1 == 0 goto +7
 2141: r1 -= 1
 2142: if r1 > 16383 goto +5
 2143: r2 = r6
 2144: r2 += r1
 2145: r1 = r2
 2146: r1 += 20
 2147: if r1 <= r7 goto +1
 2148: r2 = 0
 2149: r1 = 0
 2150: if r2 == 0 goto +2
 2151: r1 = *(u32 *)(r2 +4)
 2152: r1 = be32 r1
      ; write var15, v50
 2153: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 2154: r1 = 0
 2155: if r2 == 0 goto +2
 2156: r1 = *(u32 *)(r2 +4)
 2157: r1 = be32 r1
      ; v52: bit<32> = const 1
 2158: r3 = 1
      ; v53: bit<32> = add v51, v52
 2159: r4 = r1
 2160: r4 += r3
 2161: w4 = w4
      ; write var16, v53
 2162: *(u32 *)(r10 -100) = r4
      ; v54: bit<32> = const 0
 2163: r1 = 0
      ; write var18, v54
 2164: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 2165: r1 = *(u32 *)(r10 -148)
 2166: if r1 == 0 goto +7
 2167: r1 -= 1
 2168: if r1 > 16383 goto +5
 2169: r3 = r6
 2170: r3 += r1
 2171: r1 = r3
 2172: r1 += 3
 2173: if r1 <= r7 goto +1
 2174: r3 = 0
 2175: r1 = 0
 2176: if r3 == 0 goto +2
 2177: r1 = *(u16 *)(r3 +1)
 2178: r1 = be16 r1
      ; write var19, v55
 2179: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 2180: r1 = *(u32 *)(r10 -144)
 2181: if r1 == 0 goto +7
 2182: r1 -= 1
 2183: if r1 > 16383 goto +5
 2184: r3 = r6
 2185: r3 += r1
 2186: r1 = r3
 2187: r1 += 2
 2188: if r1 <= r7 goto +1
 2189: r3 = 0
 2190: r1 = 0
 2191: if r3 == 0 goto +1
 2192: r1 = *(u8 *)(r3 +1)
      ; write var20, v56
 2193: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 2194: r1 = 0
      ; write var21, v57
 2195: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 2196: r1 = 0
      ; write var22, v58
 2197: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 2198: r1 = 1
      ; write var23, v59
 2199: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 2200: r1 = 0
 2201: if r2 == 0 goto +2
 2202: r1 = *(u32 *)(r2 +4)
 2203: r1 = be32 r1
      ; v61: bit<32> = const 1
 2204: r2 = 1
      ; v62: bit<32> = add v60, v61
 2205: r3 = r1
 2206: r3 += r2
 2207: w3 = w3
      ; write var24, v62
 2208: *(u32 *)(r10 -80) = r3
      ; v63: bit<64> = read var10
 2209: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 2210: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 2211: r1 = 0
      ; write var26, v64
 2212: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 2213: r1 = *(u8 *)(r10 -22)
 2214: if r1 != 0 goto +1
 2215: goto +127
      ; v95: bool = is_valid hdr15
 2216: r1 = *(u32 *)(r10 -140)
 2217: if r1 == 0 goto +1
 2218: r1 = 1
 2219: if r1 != 0 goto +1
 2220: goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 2221: r1 = *(u32 *)(r10 -140)
 2222: if r1 == 0 goto +7
 2223: r1 -= 1
 2224: if r1 > 16383 goto +5
 2225: r2 = r6
 2226: r2 += r1
 2227: r1 = r2
 2228: r1 += 9
 2229: if r1 <= r7 goto +1
 2230: r2 = 0
 2231: r1 = 0
 2232: if r2 == 0 goto +2
 2233: r1 = *(u32 *)(r2 +1)
 2234: r1 = be32 r1
      ; write var21, v96
 2235: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 2236: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 2237: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 2238: r3 = r1
 2239: r3 -= r2
 2240: w3 = w3
      ; write var17, v99
 2241: *(u32 *)(r10 -96) = r3
      ; v100: bit<32> = read_field hdr1.srcAddr
 2242: r1 = *(u32 *)(r10 -196)
 2243: if r1 == 0 goto +7
 2244: r1 -= 1
 2245: if r1 > 16383 goto +5
 2246: r2 = r6
 2247: r2 += r1
 2248: r1 = r2
 2249: r1 += 20
 2250: if r1 <= r7 goto +1
 2251: r2 = 0
 2252: r1 = 0
 2253: if r2 == 0 goto +2
 2254: r1 = *(u32 *)(r2 +12)
 2255: r1 = be32 r1
      ; v101: bit<32> = read_field hdr1.dstAddr
 2256: r3 = 0
 2257: if r2 == 0 goto +2
 2258: r3 = *(u32 *)(r2 +16)
 2259: r3 = be32 r3
      ; v102: bit<16> = read_field hdr2.srcPort
 2260: r2 = *(u32 *)(r10 -192)
 2261: if r2 == 0 goto +7
 2262: r2 -= 1
 2263: if r2 > 16383 goto +5
 2264: r4 = r6
 2265: r4 += r2
 2266: r2 = r4
 2267: r2 += 20
 2268: if r2 <= r7 goto +1
 2269: r4 = 0
 2270: r2 = 0
 2271: if r4 == 0 goto +2
 2272: r2 = *(u16 *)(r4 +0)
 2273: r2 = be16 r2
      ; v103: bit<16> = read_field hdr2.dstPort
 2274: r8 = 0
 2275: if r4 == 0 goto +2
 2276: r8 = *(u16 *)(r4 +2)
 2277: r8 = be16 r8
      ; v104: bit<32> = read var15
 2278: r4 = *(u32 *)(r10 -104)
      ; v105: bit<32> = read var16
 2279: r9 = *(u32 *)(r10 -100)
      ; v106: bit<32> = read var17
 2280: r0 = *(u32 *)(r10 -96)
 2281: *(u64 *)(r10 -368) = r0
      ; v107: bit<32> = read var18
 2282: r0 = *(u32 *)(r10 -92)
 2283: *(u64 *)(r10 -376) = r0
      ; v108: bit<16> = read var19
 2284: r0 = *(u16 *)(r10 -32)
 2285: *(u64 *)(r10 -384) = r0
      ; v109: bit<8> = read var20
 2286: r0 = *(u8 *)(r10 -24)
 2287: *(u64 *)(r10 -392) = r0
      ; v110: bit<32> = read var21
 2288: r0 = *(u32 *)(r10 -88)
 2289: *(u64 *)(r10 -400) = r0
      ; v111: bit<32> = read var22
 2290: r0 = *(u32 *)(r10 -84)
 2291: *(u64 *)(r10 -408) = r0
      ; v112: bit<8> = read var23
 2292: r0 = *(u8 *)(r10 -23)
 2293: *(u64 *)(r10 -416) = r0
      ; v113: bit<32> = read var24
 2294: r0 = *(u32 *)(r10 -80)
 2295: *(u64 *)(r10 -424) = r0
      ; v114: bit<64> = read var25
 2296: r0 = *(u64 *)(r10 -232)
 2297: *(u64 *)(r10 -432) = r0
      ; v115: bit<64> = read var26
 2298: r0 = *(u64 *)(r10 -224)
 2299: *(u64 *)(r10 -440) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 2300: *(u64 *)(r10 -264) = 0
 2301: *(u64 *)(r10 -256) = 0
 2302: *(u32 *)(r10 -264) = r1
 2303: *(u32 *)(r10 -260) = r3
 2304: *(u16 *)(r10 -256) = r2
 2305: *(u16 *)(r10 -254) = r8
 2306: *(u64 *)(r10 -352) = 0
 2307: *(u64 *)(r10 -344) = 0
 2308: *(u64 *)(r10 -336) = 0
 2309: *(u64 *)(r10 -328) = 0
 2310: *(u64 *)(r10 -320) = 0
 2311: *(u64 *)(r10 -312) = 0
 2312: *(u64 *)(r10 -304) = 0
 2313: *(u32 *)(r10 -352) = r4
 2314: *(u32 *)(r10 -348) = r9
 2315: r0 = *(u64 *)(r10 -368)
 2316: *(u32 *)(r10 -344) = r0
 2317: r0 = *(u64 *)(r10 -376)
 2318: *(u32 *)(r10 -340) = r0
 2319: r0 = *(u64 *)(r10 -384)
 2320: *(u16 *)(r10 -336) = r0
 2321: r0 = *(u64 *)(r10 -392)
 2322: *(u8 *)(r10 -334) = r0
 2323: r0 = *(u64 *)(r10 -400)
 2324: *(u32 *)(r10 -332) = r0
 2325: r0 = *(u64 *)(r10 -408)
 2326: *(u32 *)(r10 -328) = r0
 2327: r0 = *(u64 *)(r10 -416)
 2328: *(u8 *)(r10 -324) = r0
 2329: r0 = *(u64 *)(r10 -424)
 2330: *(u32 *)(r10 -320) = r0
 2331: r0 = *(u64 *)(r10 -432)
 2332: *(u64 *)(r10 -312) = r0
 2333: r0 = *(u64 *)(r10 -440)
 2334: *(u64 *)(r10 -304) = r0
 2335: r1 = map[pipe_flows] ll
 2337: r2 = r10
 2338: r2 += -264
 2339: r3 = r10
 2340: r3 += -352
 2341: r4 = 0
 2342: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 2343: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 2344: r2 = 16
      ; v118: bit<8> = and v116, v117
 2345: r3 = r1
 2346: r3 &= r2
      ; v119: bit<8> = const 0
 2347: r1 = 0
      ; v120: bool = eq v118, v119
 2348: r2 = 1
 2349: if r3 == r1 goto +1
 2350: r2 = 0
 2351: if r2 != 0 goto +356
      ; v121: bit<32> = read_field hdr1.dstAddr
 2352: r1 = *(u32 *)(r10 -196)
 2353: if r1 == 0 goto +7
 2354: r1 -= 1
 2355: if r1 > 16383 goto +5
 2356: r2 = r6
 2357: r2 += r1
 2358: r1 = r2
 2359: r1 += 20
 2360: if r1 <= r7 goto +1
 2361: r2 = 0
 2362: r1 = 0
 2363: if r2 == 0 goto +2
 2364: r1 = *(u32 *)(r2 +16)
 2365: r1 = be32 r1
      ; v122: bit<32> = read_field hdr1.srcAddr
 2366: r3 = 0
 2367: if r2 == 0 goto +2
 2368: r3 = *(u32 *)(r2 +12)
 2369: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 2370: r2 = *(u32 *)(r10 -192)
 2371: if r2 == 0 goto +7
 2372: r2 -= 1
 2373: if r2 > 16383 goto +5
 2374: r4 = r6
 2375: r4 += r2
 2376: r2 = r4
 2377: r2 += 20
 2378: if r2 <= r7 goto +1
 2379: r4 = 0
 2380: r2 = 0
 2381: if r4 == 0 goto +2
 2382: r2 = *(u16 *)(r4 +2)
 2383: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 2384: r8 = 0
 2385: if r4 == 0 goto +2
 2386: r8 = *(u16 *)(r4 +0)
 2387: r8 = be16 r8
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 2388: *(u64 *)(r10 -264) = 0
 2389: *(u64 *)(r10 -256) = 0
 2390: *(u32 *)(r10 -264) = r1
 2391: *(u32 *)(r10 -260) = r3
 2392: *(u16 *)(r10 -256) = r2
 2393: *(u16 *)(r10 -254) = r8
 2394: r1 = map[pipe_flows] ll
 2396: r2 = r10
 2397: r2 += -264
 2398: call bpf_map_lookup_elem
 2399: r1 = r0
 2400: if r1 == 0 goto +42
 2401: r0 = 1
 2402: *(u64 *)(r10 -368) = r0
 2403: r3 = *(u32 *)(r1 +0)
 2404: w3 = w3
 2405: r4 = *(u32 *)(r1 +4)
 2406: w4 = w4
 2407: r8 = *(u32 *)(r1 +8)
 2408: w8 = w8
 2409: r9 = *(u32 *)(r1 +12)
 2410: w9 = w9
 2411: r2 = *(u16 *)(r1 +16)
 2412: r2 &= 65535
 2413: r0 = *(u8 *)(r1 +18)
 2414: *(u64 *)(r10 -376) = r0
 2415: r0 = *(u64 *)(r10 -376)
 2416: r0 &= 255
 2417: *(u64 *)(r10 -376) = r0
 2418: r0 = *(u32 *)(r1 +20)
 2419: *(u64 *)(r10 -384) = r0
 2420: r0 = *(u64 *)(r10 -384)
 2421: w0 = w0
 2422: *(u64 *)(r10 -384) = r0
 2423: r0 = *(u32 *)(r1 +24)
 2424: *(u64 *)(r10 -392) = r0
 2425: r0 = *(u64 *)(r10 -392)
 2426: w0 = w0
 2427: *(u64 *)(r10 -392) = r0
 2428: r0 = *(u8 *)(r1 +28)
 2429: *(u64 *)(r10 -400) = r0
 2430: r0 = *(u64 *)(r10 -400)
 2431: r0 &= 255
 2432: *(u64 *)(r10 -400) = r0
 2433: r0 = *(u32 *)(r1 +32)
 2434: *(u64 *)(r10 -408) = r0
 2435: r0 = *(u64 *)(r10 -408)
 2436: w0 = w0
 2437: *(u64 *)(r10 -408) = r0
 2438: r0 = *(u64 *)(r1 +40)
 2439: *(u64 *)(r10 -416) = r0
 2440: r0 = *(u64 *)(r1 +48)
 2441: *(u64 *)(r10 -424) = r0
 2442: goto +21
 2443: r0 = 0
 2444: *(u64 *)(r10 -368) = r0
 2445: r3 = 0
 2446: r4 = 0
 2447: r8 = 0
 2448: r9 = 0
 2449: r2 = 0
 2450: r0 = 0
 2451: *(u64 *)(r10 -376) = r0
 2452: r0 = 0
 2453: *(u64 *)(r10 -384) = r0
 2454: r0 = 0
 2455: *(u64 *)(r10 -392) = r0
 2456: r0 = 0
 2457: *(u64 *)(r10 -400) = r0
 2458: r0 = 0
 2459: *(u64 *)(r10 -408) = r0
 2460: r0 = 0
 2461: *(u64 *)(r10 -416) = r0
 2462: r0 = 0
 2463: *(u64 *)(r10 -424) = r0
      ; write var30, v126
 2464: *(u32 *)(r10 -68) = r3
      ; write var31, v127
 2465: *(u32 *)(r10 -64) = r4
      ; write var32, v128
 2466: *(u32 *)(r10 -60) = r8
      ; write var33, v129
 2467: *(u32 *)(r10 -56) = r9
      ; write var34, v130
 2468: *(u16 *)(r10 -30) = r2
      ; write var35, v131
 2469: r0 = *(u64 *)(r10 -376)
 2470: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2471: r0 = *(u64 *)(r10 -384)
 2472: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2473: r0 = *(u64 *)(r10 -392)
 2474: *(u32 *)(r10 -48) = r0
      ; write var38, v134
 2475: r0 = *(u64 *)(r10 -400)
 2476: *(u8 *)(r10 -20) = r0
      ; write var39, v135
 2477: r0 = *(u64 *)(r10 -408)
 2478: *(u32 *)(r10 -44) = r0
      ; write var40, v136
 2479: r0 = *(u64 *)(r10 -416)
 2480: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2481: r0 = *(u64 *)(r10 -424)
 2482: *(u64 *)(r10 -208) = r0
 2483: r0 = *(u64 *)(r10 -368)
 2484: if r0 != 0 goto +1
 2485: goto +221
      ; v138: bit<32> = read_field hdr2.ackNo
 2486: r1 = *(u32 *)(r10 -192)
 2487: if r1 == 0 goto +7
 2488: r1 -= 1
 2489: if r1 > 16383 goto +5
 2490: r2 = r6
 2491: r2 += r1
 2492: r1 = r2
 2493: r1 += 20
 2494: if r1 <= r7 goto +1
 2495: r2 = 0
 2496: r1 = 0
 2497: if r2 == 0 goto +2
 2498: r1 = *(u32 *)(r2 +8)
 2499: r1 = be32 r1
      ; v139: bit<32> = read var30
 2500: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2501: r3 = r1
 2502: r3 -= r2
 2503: w3 = w3
      ; write var42, v140
 2504: *(u32 *)(r10 -40) = r3
      ; v141: bit<32> = read var42
 2505: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
 2506: r2 = 0
      ; v143: bool = ne v141, v142
 2507: r3 = 1
 2508: if r1 != r2 goto +1
 2509: r3 = 0
      ; v144: bit<32> = read var42
 2510: r1 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2511: w2 = -2147483648
      ; v146: bool = lt v144, v145
 2512: r4 = 1
 2513: if r1 < r2 goto +1
 2514: r4 = 0
      ; v147: bool = logical_and v143, v146
 2515: r1 = r3
 2516: r1 &= r4
 2517: if r1 != 0 goto +1
 2518: goto +15
      ; v148: bit<32> = read_field hdr2.ackNo
 2519: r1 = *(u32 *)(r10 -192)
 2520: if r1 == 0 goto +7
 2521: r1 -= 1
 2522: if r1 > 16383 goto +5
 2523: r2 = r6
 2524: r2 += r1
 2525: r1 = r2
 2526: r1 += 20
 2527: if r1 <= r7 goto +1
 2528: r2 = 0
 2529: r1 = 0
 2530: if r2 == 0 goto +2
 2531: r1 = *(u32 *)(r2 +8)
 2532: r1 = be32 r1
      ; write var30, v148
 2533: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2534: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
 2535: r2 = 1
      ; v151: bool = eq v149, v150
 2536: r3 = 1
 2537: if r1 == r2 goto +1
 2538: r3 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2539: r1 = *(u32 *)(r10 -192)
 2540: if r1 == 0 goto +7
 2541: r1 -= 1
 2542: if r1 > 16383 goto +5
 2543: r2 = r6
 2544: r2 += r1
 2545: r1 = r2
 2546: r1 += 20
 2547: if r1 <= r7 goto +1
 2548: r2 = 0
 2549: r1 = 0
 2550: if r2 == 0 goto +2
 2551: r1 = *(u32 *)(r2 +8)
 2552: r1 = be32 r1
      ; v153: bit<32> = read var39
 2553: r2 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2554: r4 = r1
 2555: r4 -= r2
 2556: w4 = w4
      ; v155: bit<32> = const 0x80000000
 2557: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2558: r2 = 1
 2559: if r4 < r1 goto +1
 2560: r2 = 0
      ; v157: bool = logical_and v151, v156
 2561: r1 = r3
 2562: r1 &= r2
 2563: if r1 != 0 goto +1
 2564: goto +7
      ; v158: bit<64> = read var10
 2565: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2566: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2567: r3 = r1
 2568: r3 -= r2
      ; write var41, v160
 2569: *(u64 *)(r10 -208) = r3
      ; v161: bit<8> = const 0
 2570: r1 = 0
      ; write var38, v161
 2571: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2572: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2573: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2574: r3 = r1
 2575: r3 -= r2
 2576: w3 = w3
      ; write var32, v164
 2577: *(u32 *)(r10 -60) = r3
      ; v165: bit<8> = read var11
 2578: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2579: r2 = 2
      ; v167: bit<8> = and v165, v166
 2580: r3 = r1
 2581: r3 &= r2
      ; v168: bit<8> = const 0
 2582: r1 = 0
      ; v169: bool = ne v167, v168
 2583: r2 = 1
 2584: if r3 != r1 goto +1
 2585: r2 = 0
      ; v170: bit<8> = read var20
 2586: r1 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2587: r3 = 0
      ; v172: bit<8> = select v169, v171, v170
 2588: r4 = r3
 2589: if r2 != 0 goto +1
 2590: r4 = r1
      ; write var43, v172
 2591: *(u8 *)(r10 -19) = r4
      ; v173: bit<16> = read_field hdr2.window
 2592: r1 = *(u32 *)(r10 -192)
 2593: if r1 == 0 goto +7
 2594: r1 -= 1
 2595: if r1 > 16383 goto +5
 2596: r2 = r6
 2597: r2 += r1
 2598: r1 = r2
 2599: r1 += 20
 2600: if r1 <= r7 goto +1
 2601: r2 = 0
 2602: r1 = 0
 2603: if r2 == 0 goto +2
 2604: r1 = *(u16 *)(r2 +14)
 2605: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2606: r3 = r1
 2607: w3 = w3
      ; v175: bit<8> = read var43
 2608: r1 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2609: r4 = r3
 2610: if r1 >= 32 goto +3
 2611: r4 <<= r1
 2612: w4 = w4
 2613: goto +1
 2614: r4 = 0
      ; write var33, v176
 2615: *(u32 *)(r10 -56) = r4
      ; v177: bit<32> = read_field hdr1.dstAddr
 2616: r1 = *(u32 *)(r10 -196)
 2617: if r1 == 0 goto +7
 2618: r1 -= 1
 2619: if r1 > 16383 goto +5
 2620: r3 = r6
 2621: r3 += r1
 2622: r1 = r3
 2623: r1 += 20
 2624: if r1 <= r7 goto +1
 2625: r3 = 0
 2626: r1 = 0
 2627: if r3 == 0 goto +2
 2628: r1 = *(u32 *)(r3 +16)
 2629: r1 = be32 r1
      ; v178: bit<32> = read_field hdr1.srcAddr
 2630: r4 = 0
 2631: if r3 == 0 goto +2
 2632: r4 = *(u32 *)(r3 +12)
 2633: r4 = be32 r4
      ; v179: bit<16> = read_field hdr2.dstPort
 2634: r3 = 0
 2635: if r2 == 0 goto +2
 2636: r3 = *(u16 *)(r2 +2)
 2637: r3 = be16 r3
      ; v180: bit<16> = read_field hdr2.srcPort
 2638: r8 = 0
 2639: if r2 == 0 goto +2
 2640: r8 = *(u16 *)(r2 +0)
 2641: r8 = be16 r8
      ; v181: bit<32> = read var30
 2642: r2 = *(u32 *)(r10 -68)
      ; v182: bit<32> = read var31
 2643: r9 = *(u32 *)(r10 -64)
      ; v183: bit<32> = read var32
 2644: r0 = *(u32 *)(r10 -60)
 2645: *(u64 *)(r10 -368) = r0
      ; v184: bit<32> = read var33
 2646: r0 = *(u32 *)(r10 -56)
 2647: *(u64 *)(r10 -376) = r0
      ; v185: bit<16> = read var34
 2648: r0 = *(u16 *)(r10 -30)
 2649: *(u64 *)(r10 -384) = r0
      ; v186: bit<8> = read var35
 2650: r0 = *(u8 *)(r10 -21)
 2651: *(u64 *)(r10 -392) = r0
      ; v187: bit<32> = read var36
 2652: r0 = *(u32 *)(r10 -52)
 2653: *(u64 *)(r10 -400) = r0
      ; v188: bit<32> = read var37
 2654: r0 = *(u32 *)(r10 -48)
 2655: *(u64 *)(r10 -408) = r0
      ; v189: bit<8> = read var38
 2656: r0 = *(u8 *)(r10 -20)
 2657: *(u64 *)(r10 -416) = r0
      ; v190: bit<32> = read var39
 2658: r0 = *(u32 *)(r10 -44)
 2659: *(u64 *)(r10 -424) = r0
      ; v191: bit<64> = read var40
 2660: r0 = *(u64 *)(r10 -216)
 2661: *(u64 *)(r10 -432) = r0
      ; v192: bit<64> = read var41
 2662: r0 = *(u64 *)(r10 -208)
 2663: *(u64 *)(r10 -440) = r0
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2664: *(u64 *)(r10 -264) = 0
 2665: *(u64 *)(r10 -256) = 0
 2666: *(u32 *)(r10 -264) = r1
 2667: *(u32 *)(r10 -260) = r4
 2668: *(u16 *)(r10 -256) = r3
 2669: *(u16 *)(r10 -254) = r8
 2670: *(u64 *)(r10 -352) = 0
 2671: *(u64 *)(r10 -344) = 0
 2672: *(u64 *)(r10 -336) = 0
 2673: *(u64 *)(r10 -328) = 0
 2674: *(u64 *)(r10 -320) = 0
 2675: *(u64 *)(r10 -312) = 0
 2676: *(u64 *)(r10 -304) = 0
 2677: *(u32 *)(r10 -352) = r2
 2678: *(u32 *)(r10 -348) = r9
 2679: r0 = *(u64 *)(r10 -368)
 2680: *(u32 *)(r10 -344) = r0
 2681: r0 = *(u64 *)(r10 -376)
 2682: *(u32 *)(r10 -340) = r0
 2683: r0 = *(u64 *)(r10 -384)
 2684: *(u16 *)(r10 -336) = r0
 2685: r0 = *(u64 *)(r10 -392)
 2686: *(u8 *)(r10 -334) = r0
 2687: r0 = *(u64 *)(r10 -400)
 2688: *(u32 *)(r10 -332) = r0
 2689: r0 = *(u64 *)(r10 -408)
 2690: *(u32 *)(r10 -328) = r0
 2691: r0 = *(u64 *)(r10 -416)
 2692: *(u8 *)(r10 -324) = r0
 2693: r0 = *(u64 *)(r10 -424)
 2694: *(u32 *)(r10 -320) = r0
 2695: r0 = *(u64 *)(r10 -432)
 2696: *(u64 *)(r10 -312) = r0
 2697: r0 = *(u64 *)(r10 -440)
 2698: *(u64 *)(r10 -304) = r0
 2699: r1 = map[pipe_flows] ll
 2701: r2 = r10
 2702: r2 += -264
 2703: r3 = r10
 2704: r3 += -352
 2705: r4 = 0
 2706: call bpf_map_update_elem
 2707: goto +8
 2708: goto +7
 2709: goto +6
      ; drop
 2710: r1 = *(u32 *)(r10 -120)
 2711: r2 = *(u32 *)(r10 -116)
 2712: r2 = *(u64 *)(r10 -8)
 2713: *(u32 *)(r2 +8) = r1
 2714: r0 = 2
 2715: exit
      ; epilogue: verdict
 2716: r1 = *(u32 *)(r10 -120)
 2717: r2 = *(u32 *)(r10 -116)
 2718: r2 = *(u64 *)(r10 -8)
 2719: *(u32 *)(r2 +8) = r1
 2720: r1 = *(u8 *)(r10 -27)
 2721: if r1 != 0 goto +2
 2722: r0 = 0
 2723: exit
 2724: if r1 != 2 goto +4
 2725: r1 = *(u32 *)(r10 -116)
 2726: r2 = 0
 2727: call bpf_redirect
 2728: exit
 2729: r0 = 2
 2730: exit
