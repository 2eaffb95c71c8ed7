; dapper for xdp: 2684 instructions, stack 488 bytes, 1 maps
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
   46: goto +2595
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
   67: goto +2574
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
   83: goto +2558
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
  102: goto +2539
  103: r1 = r3
  104: r1 >>= 3
  105: r3 = *(u64 *)(r10 -16)
  106: r3 += r1
  107: if r3 > 16383 goto +3
  108: r1 = r6
  109: r1 += r3
  110: if r1 <= r7 goto +2
  111: *(u32 *)(r10 -132) = 1
  112: goto +2529
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
  134: goto +2507
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
  151: goto +2490
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
  182: goto +2459
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
  221: goto +2420
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
  231: goto +2410
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
  247: goto +2394
  248: r1 = r2
  249: r1 >>= 3
  250: r2 = *(u64 *)(r10 -16)
  251: r2 += r1
  252: if r2 > 16383 goto +3
  253: r1 = r6
  254: r1 += r2
  255: if r1 <= r7 goto +2
  256: *(u32 *)(r10 -132) = 1
  257: goto +2384
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
  280: goto +2361
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
  301: goto +2340
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
  322: goto +2319
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
  348: goto +2293
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
  387: goto +2254
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
  397: goto +2244
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
  413: goto +2228
  414: r1 = r2
  415: r1 >>= 3
  416: r2 = *(u64 *)(r10 -16)
  417: r2 += r1
  418: if r2 > 16383 goto +3
  419: r1 = r6
  420: r1 += r2
  421: if r1 <= r7 goto +2
  422: *(u32 *)(r10 -132) = 1
  423: goto +2218
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
  446: goto +2195
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
  467: goto +2174
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
  488: goto +2153
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
  514: goto +2127
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
  553: goto +2088
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
  563: goto +2078
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
  579: goto +2062
  580: r1 = r2
  581: r1 >>= 3
  582: r2 = *(u64 *)(r10 -16)
  583: r2 += r1
  584: if r2 > 16383 goto +3
  585: r1 = r6
  586: r1 += r2
  587: if r1 <= r7 goto +2
  588: *(u32 *)(r10 -132) = 1
  589: goto +2052
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
  612: goto +2029
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
  633: goto +2008
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
  654: goto +1987
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
  680: goto +1961
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
  719: goto +1922
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
  729: goto +1912
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
  745: goto +1896
  746: r1 = r2
  747: r1 >>= 3
  748: r2 = *(u64 *)(r10 -16)
  749: r2 += r1
  750: if r2 > 16383 goto +3
  751: r1 = r6
  752: r1 += r2
  753: if r1 <= r7 goto +2
  754: *(u32 *)(r10 -132) = 1
  755: goto +1886
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
  778: goto +1863
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
  799: goto +1842
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
  820: goto +1821
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
  846: goto +1795
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
  885: goto +1756
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
  895: goto +1746
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
  911: goto +1730
  912: r1 = r2
  913: r1 >>= 3
  914: r2 = *(u64 *)(r10 -16)
  915: r2 += r1
  916: if r2 > 16383 goto +3
  917: r1 = r6
  918: r1 += r2
  919: if r1 <= r7 goto +2
  920: *(u32 *)(r10 -132) = 1
  921: goto +1720
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
  944: goto +1697
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
  965: goto +1676
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
  986: goto +1655
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
 1012: goto +1629
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
 1051: goto +1590
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
 1061: goto +1580
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
 1077: goto +1564
 1078: r1 = r2
 1079: r1 >>= 3
 1080: r2 = *(u64 *)(r10 -16)
 1081: r2 += r1
 1082: if r2 > 16383 goto +3
 1083: r1 = r6
 1084: r1 += r2
 1085: if r1 <= r7 goto +2
 1086: *(u32 *)(r10 -132) = 1
 1087: goto +1554
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
 1110: goto +1531
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
 1131: goto +1510
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
 1152: goto +1489
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
 1178: goto +1463
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
 1217: goto +1424
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
 1227: goto +1414
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
 1243: goto +1398
 1244: r1 = r2
 1245: r1 >>= 3
 1246: r2 = *(u64 *)(r10 -16)
 1247: r2 += r1
 1248: if r2 > 16383 goto +3
 1249: r1 = r6
 1250: r1 += r2
 1251: if r1 <= r7 goto +2
 1252: *(u32 *)(r10 -132) = 1
 1253: goto +1388
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
 1276: goto +1365
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
 1297: goto +1344
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
 1318: goto +1323
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
 1344: goto +1297
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
 1383: goto +1258
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
 1393: goto +1248
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
 1409: goto +1232
 1410: r1 = r2
 1411: r1 >>= 3
 1412: r2 = *(u64 *)(r10 -16)
 1413: r2 += r1
 1414: if r2 > 16383 goto +3
 1415: r1 = r6
 1416: r1 += r2
 1417: if r1 <= r7 goto +2
 1418: *(u32 *)(r10 -132) = 1
 1419: goto +1222
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
 1442: goto +1199
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
 1463: goto +1178
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
 1484: goto +1157
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
 1510: goto +1131
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
 1549: goto +1092
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
 1559: goto +1082
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
 1575: goto +1066
 1576: r1 = r2
 1577: r1 >>= 3
 1578: r2 = *(u64 *)(r10 -16)
 1579: r2 += r1
 1580: if r2 > 16383 goto +3
 1581: r1 = r6
 1582: r1 += r2
 1583: if r1 <= r7 goto +2
 1584: *(u32 *)(r10 -132) = 1
 1585: goto +1056
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
 1608: goto +1033
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
 1629: goto +1012
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
 1650: goto +991
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
 1676: goto +965
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
 1715: goto +926
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
 1725: goto +916
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
 1741: goto +900
 1742: r1 = r2
 1743: r1 >>= 3
 1744: r2 = *(u64 *)(r10 -16)
 1745: r2 += r1
 1746: if r2 > 16383 goto +3
 1747: r1 = r6
 1748: r1 += r2
 1749: if r1 <= r7 goto +2
 1750: *(u32 *)(r10 -132) = 1
 1751: goto +890
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
 1774: goto +867
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
 1795: goto +846
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
 1816: goto +825
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
 1835: goto +806
      ; v0: bool = is_valid hdr2
 1836: r1 = *(u32 *)(r10 -192)
 1837: if r1 == 0 goto +1
 1838: r1 = 1
      ; v1: bool = not v0
 1839: r2 = r1
 1840: r2 ^= 1
 1841: if r2 != 0 goto +799
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
 1850: *(u64 *)(r10 -400) = r0
 1851: r0 = *(u64 *)(r10 -400)
 1852: r0 += r1
 1853: *(u64 *)(r10 -400) = r0
 1854: r0 = *(u64 *)(r10 -400)
 1855: r1 = r0
 1856: r1 += 20
 1857: if r1 <= r7 goto +2
 1858: r0 = 0
 1859: *(u64 *)(r10 -400) = r0
 1860: r1 = 0
 1861: r0 = *(u64 *)(r10 -400)
 1862: if r0 == 0 goto +2
 1863: r0 = *(u64 *)(r10 -400)
 1864: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1865: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1866: r1 = *(u32 *)(r10 -196)
 1867: if r1 == 0 goto +11
 1868: r1 -= 1
 1869: if r1 > 16383 goto +9
 1870: r0 = r6
 1871: *(u64 *)(r10 -408) = r0
 1872: r0 = *(u64 *)(r10 -408)
 1873: r0 += r1
 1874: *(u64 *)(r10 -408) = r0
 1875: r0 = *(u64 *)(r10 -408)
 1876: r1 = r0
 1877: r1 += 20
 1878: if r1 <= r7 goto +2
 1879: r0 = 0
 1880: *(u64 *)(r10 -408) = r0
 1881: r1 = 0
 1882: r0 = *(u64 *)(r10 -408)
 1883: if r0 == 0 goto +3
 1884: r0 = *(u64 *)(r10 -408)
 1885: r1 = *(u8 *)(r0 +0)
 1886: r1 &= 15
      ; v5: bit<16> = cast v4
 1887: r2 = r1
 1888: r2 &= 65535
      ; v6: bit<8> = const 2
 1889: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1890: r3 = r2
 1891: if r1 >= 16 goto +3
 1892: r3 <<= r1
 1893: r3 &= 65535
 1894: goto +1
 1895: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1896: r1 = 0
 1897: r0 = *(u64 *)(r10 -400)
 1898: if r0 == 0 goto +4
 1899: r0 = *(u64 *)(r10 -400)
 1900: r1 = *(u8 *)(r0 +12)
 1901: r1 >>= 4
 1902: r1 &= 15
      ; v9: bit<16> = cast v8
 1903: r2 = r1
 1904: r2 &= 65535
      ; v10: bit<8> = const 2
 1905: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1906: r4 = r2
 1907: if r1 >= 16 goto +3
 1908: r4 <<= r1
 1909: r4 &= 65535
 1910: goto +1
 1911: r4 = 0
      ; v12: bit<16> = add v7, v11
 1912: r1 = r3
 1913: r1 += r4
 1914: r1 &= 65535
      ; write var12, v12
 1915: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1916: r1 = 0
 1917: r0 = *(u64 *)(r10 -408)
 1918: if r0 == 0 goto +3
 1919: r0 = *(u64 *)(r10 -408)
 1920: r1 = *(u16 *)(r0 +2)
 1921: r1 = be16 r1
      ; v14: bit<16> = read var12
 1922: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1923: r3 = r1
 1924: r3 -= r2
 1925: r3 &= 65535
      ; v16: bit<32> = cast v15
 1926: r1 = r3
 1927: w1 = w1
      ; write var13, v16
 1928: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1929: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1930: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1931: r3 = 1
      ; v20: bit<8> = and v18, v19
 1932: r4 = r2
 1933: r4 &= r3
      ; v21: bit<8> = const 0
 1934: r2 = 0
      ; v22: bool = ne v20, v21
 1935: r3 = 1
 1936: if r4 != r2 goto +1
 1937: r3 = 0
      ; v23: bit<32> = const 1
 1938: r2 = 1
      ; v24: bit<32> = const 0
 1939: r4 = 0
      ; v25: bit<32> = select v22, v23, v24
 1940: r8 = r2
 1941: if r3 != 0 goto +1
 1942: r8 = r4
      ; v26: bit<32> = add v17, v25
 1943: r2 = r1
 1944: r2 += r8
 1945: w2 = w2
      ; write var14, v26
 1946: *(u32 *)(r10 -108) = r2
      ; v27: bit<32> = read_field hdr1.srcAddr
 1947: r1 = 0
 1948: r0 = *(u64 *)(r10 -408)
 1949: if r0 == 0 goto +3
 1950: r0 = *(u64 *)(r10 -408)
 1951: r1 = *(u32 *)(r0 +12)
 1952: r1 = be32 r1
      ; v28: bit<32> = read_field hdr1.dstAddr
 1953: r2 = 0
 1954: r0 = *(u64 *)(r10 -408)
 1955: if r0 == 0 goto +3
 1956: r0 = *(u64 *)(r10 -408)
 1957: r2 = *(u32 *)(r0 +16)
 1958: r2 = be32 r2
      ; v29: bit<16> = read_field hdr2.srcPort
 1959: r3 = 0
 1960: r0 = *(u64 *)(r10 -400)
 1961: if r0 == 0 goto +3
 1962: r0 = *(u64 *)(r10 -400)
 1963: r3 = *(u16 *)(r0 +0)
 1964: r3 = be16 r3
      ; v30: bit<16> = read_field hdr2.dstPort
 1965: r4 = 0
 1966: r0 = *(u64 *)(r10 -400)
 1967: if r0 == 0 goto +3
 1968: r0 = *(u64 *)(r10 -400)
 1969: r4 = *(u16 *)(r0 +2)
 1970: r4 = be16 r4
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1971: *(u64 *)(r10 -264) = 0
 1972: *(u64 *)(r10 -256) = 0
 1973: *(u32 *)(r10 -264) = r1
 1974: *(u32 *)(r10 -260) = r2
 1975: *(u16 *)(r10 -256) = r3
 1976: *(u16 *)(r10 -254) = r4
 1977: r1 = map[pipe_flows] ll
 1979: r2 = r10
 1980: r2 += -264
 1981: call bpf_map_lookup_elem
 1982: r1 = r0
 1983: if r1 == 0 goto +42
 1984: r0 = 1
 1985: *(u64 *)(r10 -416) = r0
 1986: r3 = *(u32 *)(r1 +0)
 1987: w3 = w3
 1988: r4 = *(u32 *)(r1 +4)
 1989: w4 = w4
 1990: r8 = *(u32 *)(r1 +8)
 1991: w8 = w8
 1992: r9 = *(u32 *)(r1 +12)
 1993: w9 = w9
 1994: r2 = *(u16 *)(r1 +16)
 1995: r2 &= 65535
 1996: r0 = *(u8 *)(r1 +18)
 1997: *(u64 *)(r10 -424) = r0
 1998: r0 = *(u64 *)(r10 -424)
 1999: r0 &= 255
 2000: *(u64 *)(r10 -424) = r0
 2001: r0 = *(u32 *)(r1 +20)
 2002: *(u64 *)(r10 -432) = r0
 2003: r0 = *(u64 *)(r10 -432)
 2004: w0 = w0
 2005: *(u64 *)(r10 -432) = r0
 2006: r0 = *(u32 *)(r1 +24)
 2007: *(u64 *)(r10 -440) = r0
 2008: r0 = *(u64 *)(r10 -440)
 2009: w0 = w0
 2010: *(u64 *)(r10 -440) = r0
 2011: r0 = *(u8 *)(r1 +28)
 2012: *(u64 *)(r10 -448) = r0
 2013: r0 = *(u64 *)(r10 -448)
 2014: r0 &= 255
 2015: *(u64 *)(r10 -448) = r0
 2016: r0 = *(u32 *)(r1 +32)
 2017: *(u64 *)(r10 -456) = r0
 2018: r0 = *(u64 *)(r10 -456)
 2019: w0 = w0
 2020: *(u64 *)(r10 -456) = r0
 2021: r0 = *(u64 *)(r1 +40)
 2022: *(u64 *)(r10 -464) = r0
 2023: r0 = *(u64 *)(r1 +48)
 2024: *(u64 *)(r10 -472) = r0
 2025: goto +21
 2026: r0 = 0
 2027: *(u64 *)(r10 -416) = r0
 2028: r3 = 0
 2029: r4 = 0
 2030: r8 = 0
 2031: r9 = 0
 2032: r2 = 0
 2033: r0 = 0
 2034: *(u64 *)(r10 -424) = r0
 2035: r0 = 0
 2036: *(u64 *)(r10 -432) = r0
 2037: r0 = 0
 2038: *(u64 *)(r10 -440) = r0
 2039: r0 = 0
 2040: *(u64 *)(r10 -448) = r0
 2041: r0 = 0
 2042: *(u64 *)(r10 -456) = r0
 2043: r0 = 0
 2044: *(u64 *)(r10 -464) = r0
 2045: r0 = 0
 2046: *(u64 *)(r10 -472) = r0
      ; write var15, v32
 2047: *(u32 *)(r10 -104) = r3
      ; write var16, v33
 2048: *(u32 *)(r10 -100) = r4
      ; write var17, v34
 2049: *(u32 *)(r10 -96) = r8
      ; write var18, v35
 2050: *(u32 *)(r10 -92) = r9
      ; write var19, v36
 2051: *(u16 *)(r10 -32) = r2
      ; write var20, v37
 2052: r0 = *(u64 *)(r10 -424)
 2053: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 2054: r0 = *(u64 *)(r10 -432)
 2055: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 2056: r0 = *(u64 *)(r10 -440)
 2057: *(u32 *)(r10 -84) = r0
      ; write var23, v40
 2058: r0 = *(u64 *)(r10 -448)
 2059: *(u8 *)(r10 -23) = r0
      ; write var24, v41
 2060: r0 = *(u64 *)(r10 -456)
 2061: *(u32 *)(r10 -80) = r0
      ; write var25, v42
 2062: r0 = *(u64 *)(r10 -464)
 2063: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 2064: r0 = *(u64 *)(r10 -472)
 2065: *(u64 *)(r10 -224) = r0
      ; write var27, v31
 2066: r0 = *(u64 *)(r10 -416)
 2067: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 2068: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 2069: r2 = 2
      ; v46: bit<8> = and v44, v45
 2070: r3 = r1
 2071: r3 &= r2
      ; v47: bit<8> = const 0
 2072: r1 = 0
      ; v48: bool = ne v46, v47
 2073: if r3 != r1 goto +62
      ; v65: bool = read var27
 2074: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 2075: r2 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
 2076: r3 = 0
      ; v68: bool = ne v66, v67
 2077: r4 = 1
 2078: if r2 != r3 goto +1
 2079: r4 = 0
      ; v69: bool = logical_and v65, v68
 2080: r2 = r1
 2081: r2 &= r4
 2082: if r2 != 0 goto +1
 2083: goto +51
      ; v70: bit<32> = read_field hdr2.seqNo
 2084: r1 = 0
 2085: r0 = *(u64 *)(r10 -400)
 2086: if r0 == 0 goto +3
 2087: r0 = *(u64 *)(r10 -400)
 2088: r1 = *(u32 *)(r0 +4)
 2089: r1 = be32 r1
      ; v71: bit<32> = read var14
 2090: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 2091: r3 = r1
 2092: r3 += r2
 2093: w3 = w3
      ; write var28, v72
 2094: *(u32 *)(r10 -76) = r3
      ; v73: bit<32> = read var28
 2095: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 2096: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 2097: r3 = r1
 2098: r3 -= r2
 2099: w3 = w3
      ; write var29, v75
 2100: *(u32 *)(r10 -72) = r3
      ; v76: bit<32> = read var29
 2101: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
 2102: r2 = 0
      ; v78: bool = ne v76, v77
 2103: r3 = 1
 2104: if r1 != r2 goto +1
 2105: r3 = 0
      ; v79: bit<32> = read var29
 2106: r1 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 2107: w2 = -2147483648
      ; v81: bool = lt v79, v80
 2108: r4 = 1
 2109: if r1 < r2 goto +1
 2110: r4 = 0
      ; v82: bool = logical_and v78, v81
 2111: r1 = r3
 2112: r1 &= r4
 2113: if r1 != 0 goto +9
      ; v90: bit<32> = read var22
 2114: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 2115: r2 = 1
      ; v92: bit<32> = add v90, v91
 2116: r3 = r1
 2117: r3 += r2
 2118: w3 = w3
      ; write var22, v92
 2119: *(u32 *)(r10 -84) = r3
      ; v93: bit<8> = const 0
 2120: r1 = 0
      ; write var23, v93
 2121: *(u8 *)(r10 -23) = r1
 2122: goto +12
      ; v83: bit<32> = read var28
 2123: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 2124: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 2125: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
 2126: r2 = 0
      ; v86: bool = eq v84, v85
 2127: if r1 == r2 goto +1
 2128: goto +6
      ; v87: bit<8> = const 1
 2129: r1 = 1
      ; write var23, v87
 2130: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 2131: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 2132: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 2133: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 2134: *(u64 *)(r10 -232) = r1
 2135: goto +72
      ; v49: bool = const 1
 2136: r1 = 1
      ; write var27, v49
 2137: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 2138: r1 = 0
 2139: r0 = *(u64 *)(r10 -400)
 2140: if r0 == 0 goto +3
 2141: r0 = *(u64 *)(r10 -400)
 2142: r1 = *(u32 *)(r0 +4)
 2143: r1 = be32 r1
      ; write var15, v50
 2144: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 2145: r1 = 0
 2146: r0 = *(u64 *)(r10 -400)
 2147: if r0 == 0 goto +3
 2148: r0 = *(u64 *)(r10 -400)
 2149: r1 = *(u32 *)(r0 +4)
 2150: r1 = be32 r1
      ; v52: bit<32> = const 1
 2151: r2 = 1
      ; v53: bit<32> = add v51, v52
 2152: r3 = r1
 2153: r3 += r2
 2154: w3 = w3
      ; write var16, v53
 2155: *(u32 *)(r10 -100) = r3
      ; v54: bit<32> = const 0
 2156: r1 = 0
      ; write var18, v54
 2157: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 2158: r1 = *(u32 *)(r10 -148)
 2159: if r1 == 0 goto +7
 2160: r1 -= 1
 2161: if r1 > 16383 goto +5
 2162: r2 = r6
 2163: r2 += r1
 2164: r1 = r2
 2165: r1 += 3
 2166: if r1 <= r7 goto +1
 2167: r2 = 0
 2168: r1 = 0
 2169: if r2 == 0 goto +2
 2170: r1 = *(u16 *)(r2 +1)
 2171: r1 = be16 r1
      ; write var19, v55
 2172: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 2173: r1 = *(u32 *)(r10 -144)
 2174: if r1 == 0 goto +7
 2175: r1 -= 1
 2176: if r1 > 16383 goto +5
 2177: r2 = r6
 2178: r2 += r1
 2179: r1 = r2
 2180: r1 += 2
 2181: if r1 <= r7 goto +1
 2182: r2 = 0
 2183: r1 = 0
 2184: if r2 == 0 goto +1
 2185: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 2186: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 2187: r1 = 0
      ; write var21, v57
 2188: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 2189: r1 = 0
      ; write var22, v58
 2190: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 2191: r1 = 1
      ; write var23, v59
 2192: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 2193: r1 = 0
 2194: r0 = *(u64 *)(r10 -400)
 2195: if r0 == 0 goto +3
 2196: r0 = *(u64 *)(r10 -400)
 2197: r1 = *(u32 *)(r0 +4)
 2198: r1 = be32 r1
      ; v61: bit<32> = const 1
 2199: r2 = 1
      ; v62: bit<32> = add v60, v61
 2200: r3 = r1
 2201: r3 += r2
 2202: w3 = w3
      ; write var24, v62
 2203: *(u32 *)(r10 -80) = r3
      ; v63: bit<64> = read var10
 2204: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 2205: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 2206: r1 = 0
      ; write var26, v64
 2207: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 2208: r1 = *(u8 *)(r10 -22)
 2209: if r1 != 0 goto +1
 2210: goto +113
      ; v95: bool = is_valid hdr15
 2211: r1 = *(u32 *)(r10 -140)
 2212: if r1 != 0 goto +1
 2213: goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 2214: r1 = *(u32 *)(r10 -140)
 2215: if r1 == 0 goto +7
 2216: r1 -= 1
 2217: if r1 > 16383 goto +5
 2218: r2 = r6
 2219: r2 += r1
 2220: r1 = r2
 2221: r1 += 9
 2222: if r1 <= r7 goto +1
 2223: r2 = 0
 2224: r1 = 0
 2225: if r2 == 0 goto +2
 2226: r1 = *(u32 *)(r2 +1)
 2227: r1 = be32 r1
      ; write var21, v96
 2228: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 2229: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 2230: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 2231: r3 = r1
 2232: r3 -= r2
 2233: w3 = w3
      ; write var17, v99
 2234: *(u32 *)(r10 -96) = r3
      ; v100: bit<32> = read_field hdr1.srcAddr
 2235: r1 = 0
 2236: r0 = *(u64 *)(r10 -408)
 2237: if r0 == 0 goto +3
 2238: r0 = *(u64 *)(r10 -408)
 2239: r1 = *(u32 *)(r0 +12)
 2240: r1 = be32 r1
      ; v101: bit<32> = read_field hdr1.dstAddr
 2241: r2 = 0
 2242: r0 = *(u64 *)(r10 -408)
 2243: if r0 == 0 goto +3
 2244: r0 = *(u64 *)(r10 -408)
 2245: r2 = *(u32 *)(r0 +16)
 2246: r2 = be32 r2
      ; v102: bit<16> = read_field hdr2.srcPort
 2247: r3 = 0
 2248: r0 = *(u64 *)(r10 -400)
 2249: if r0 == 0 goto +3
 2250: r0 = *(u64 *)(r10 -400)
 2251: r3 = *(u16 *)(r0 +0)
 2252: r3 = be16 r3
      ; v103: bit<16> = read_field hdr2.dstPort
 2253: r4 = 0
 2254: r0 = *(u64 *)(r10 -400)
 2255: if r0 == 0 goto +3
 2256: r0 = *(u64 *)(r10 -400)
 2257: r4 = *(u16 *)(r0 +2)
 2258: r4 = be16 r4
      ; v104: bit<32> = read var15
 2259: r8 = *(u32 *)(r10 -104)
      ; v105: bit<32> = read var16
 2260: r9 = *(u32 *)(r10 -100)
      ; v106: bit<32> = read var17
 2261: r0 = *(u32 *)(r10 -96)
 2262: *(u64 *)(r10 -416) = r0
      ; v107: bit<32> = read var18
 2263: r0 = *(u32 *)(r10 -92)
 2264: *(u64 *)(r10 -424) = r0
      ; v108: bit<16> = read var19
 2265: r0 = *(u16 *)(r10 -32)
 2266: *(u64 *)(r10 -432) = r0
      ; v109: bit<8> = read var20
 2267: r0 = *(u8 *)(r10 -24)
 2268: *(u64 *)(r10 -440) = r0
      ; v110: bit<32> = read var21
 2269: r0 = *(u32 *)(r10 -88)
 2270: *(u64 *)(r10 -448) = r0
      ; v111: bit<32> = read var22
 2271: r0 = *(u32 *)(r10 -84)
 2272: *(u64 *)(r10 -456) = r0
      ; v112: bit<8> = read var23
 2273: r0 = *(u8 *)(r10 -23)
 2274: *(u64 *)(r10 -464) = r0
      ; v113: bit<32> = read var24
 2275: r0 = *(u32 *)(r10 -80)
 2276: *(u64 *)(r10 -472) = r0
      ; v114: bit<64> = read var25
 2277: r0 = *(u64 *)(r10 -232)
 2278: *(u64 *)(r10 -480) = r0
      ; v115: bit<64> = read var26
 2279: r0 = *(u64 *)(r10 -224)
 2280: *(u64 *)(r10 -488) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 2281: *(u64 *)(r10 -264) = 0
 2282: *(u64 *)(r10 -256) = 0
 2283: *(u32 *)(r10 -264) = r1
 2284: *(u32 *)(r10 -260) = r2
 2285: *(u16 *)(r10 -256) = r3
 2286: *(u16 *)(r10 -254) = r4
 2287: *(u64 *)(r10 -352) = 0
 2288: *(u64 *)(r10 -344) = 0
 2289: *(u64 *)(r10 -336) = 0
 2290: *(u64 *)(r10 -328) = 0
 2291: *(u64 *)(r10 -320) = 0
 2292: *(u64 *)(r10 -312) = 0
 2293: *(u64 *)(r10 -304) = 0
 2294: *(u32 *)(r10 -352) = r8
 2295: *(u32 *)(r10 -348) = r9
 2296: r0 = *(u64 *)(r10 -416)
 2297: *(u32 *)(r10 -344) = r0
 2298: r0 = *(u64 *)(r10 -424)
 2299: *(u32 *)(r10 -340) = r0
 2300: r0 = *(u64 *)(r10 -432)
 2301: *(u16 *)(r10 -336) = r0
 2302: r0 = *(u64 *)(r10 -440)
 2303: *(u8 *)(r10 -334) = r0
 2304: r0 = *(u64 *)(r10 -448)
 2305: *(u32 *)(r10 -332) = r0
 2306: r0 = *(u64 *)(r10 -456)
 2307: *(u32 *)(r10 -328) = r0
 2308: r0 = *(u64 *)(r10 -464)
 2309: *(u8 *)(r10 -324) = r0
 2310: r0 = *(u64 *)(r10 -472)
 2311: *(u32 *)(r10 -320) = r0
 2312: r0 = *(u64 *)(r10 -480)
 2313: *(u64 *)(r10 -312) = r0
 2314: r0 = *(u64 *)(r10 -488)
 2315: *(u64 *)(r10 -304) = r0
 2316: r1 = map[pipe_flows] ll
 2318: r2 = r10
 2319: r2 += -264
 2320: r3 = r10
 2321: r3 += -352
 2322: r4 = 0
 2323: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 2324: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 2325: r2 = 16
      ; v118: bit<8> = and v116, v117
 2326: r3 = r1
 2327: r3 &= r2
      ; v119: bit<8> = const 0
 2328: r1 = 0
      ; v120: bool = eq v118, v119
 2329: if r3 == r1 goto +310
      ; v121: bit<32> = read_field hdr1.dstAddr
 2330: r1 = 0
 2331: r0 = *(u64 *)(r10 -408)
 2332: if r0 == 0 goto +3
 2333: r0 = *(u64 *)(r10 -408)
 2334: r1 = *(u32 *)(r0 +16)
 2335: r1 = be32 r1
      ; v122: bit<32> = read_field hdr1.srcAddr
 2336: r2 = 0
 2337: r0 = *(u64 *)(r10 -408)
 2338: if r0 == 0 goto +3
 2339: r0 = *(u64 *)(r10 -408)
 2340: r2 = *(u32 *)(r0 +12)
 2341: r2 = be32 r2
      ; v123: bit<16> = read_field hdr2.dstPort
 2342: r3 = 0
 2343: r0 = *(u64 *)(r10 -400)
 2344: if r0 == 0 goto +3
 2345: r0 = *(u64 *)(r10 -400)
 2346: r3 = *(u16 *)(r0 +2)
 2347: r3 = be16 r3
      ; v124: bit<16> = read_field hdr2.srcPort
 2348: r4 = 0
 2349: r0 = *(u64 *)(r10 -400)
 2350: if r0 == 0 goto +3
 2351: r0 = *(u64 *)(r10 -400)
 2352: r4 = *(u16 *)(r0 +0)
 2353: r4 = be16 r4
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 2354: *(u64 *)(r10 -264) = 0
 2355: *(u64 *)(r10 -256) = 0
 2356: *(u32 *)(r10 -264) = r1
 2357: *(u32 *)(r10 -260) = r2
 2358: *(u16 *)(r10 -256) = r3
 2359: *(u16 *)(r10 -254) = r4
 2360: r1 = map[pipe_flows] ll
 2362: r2 = r10
 2363: r2 += -264
 2364: call bpf_map_lookup_elem
 2365: r1 = r0
 2366: if r1 == 0 goto +42
 2367: r0 = 1
 2368: *(u64 *)(r10 -416) = r0
 2369: r3 = *(u32 *)(r1 +0)
 2370: w3 = w3
 2371: r4 = *(u32 *)(r1 +4)
 2372: w4 = w4
 2373: r8 = *(u32 *)(r1 +8)
 2374: w8 = w8
 2375: r9 = *(u32 *)(r1 +12)
 2376: w9 = w9
 2377: r2 = *(u16 *)(r1 +16)
 2378: r2 &= 65535
 2379: r0 = *(u8 *)(r1 +18)
 2380: *(u64 *)(r10 -424) = r0
 2381: r0 = *(u64 *)(r10 -424)
 2382: r0 &= 255
 2383: *(u64 *)(r10 -424) = r0
 2384: r0 = *(u32 *)(r1 +20)
 2385: *(u64 *)(r10 -432) = r0
 2386: r0 = *(u64 *)(r10 -432)
 2387: w0 = w0
 2388: *(u64 *)(r10 -432) = r0
 2389: r0 = *(u32 *)(r1 +24)
 2390: *(u64 *)(r10 -440) = r0
 2391: r0 = *(u64 *)(r10 -440)
 2392: w0 = w0
 2393: *(u64 *)(r10 -440) = r0
 2394: r0 = *(u8 *)(r1 +28)
 2395: *(u64 *)(r10 -448) = r0
 2396: r0 = *(u64 *)(r10 -448)
 2397: r0 &= 255
 2398: *(u64 *)(r10 -448) = r0
 2399: r0 = *(u32 *)(r1 +32)
 2400: *(u64 *)(r10 -456) = r0
 2401: r0 = *(u64 *)(r10 -456)
 2402: w0 = w0
 2403: *(u64 *)(r10 -456) = r0
 2404: r0 = *(u64 *)(r1 +40)
 2405: *(u64 *)(r10 -464) = r0
 2406: r0 = *(u64 *)(r1 +48)
 2407: *(u64 *)(r10 -472) = r0
 2408: goto +21
 2409: r0 = 0
 2410: *(u64 *)(r10 -416) = r0
 2411: r3 = 0
 2412: r4 = 0
 2413: r8 = 0
 2414: r9 = 0
 2415: r2 = 0
 2416: r0 = 0
 2417: *(u64 *)(r10 -424) = r0
 2418: r0 = 0
 2419: *(u64 *)(r10 -432) = r0
 2420: r0 = 0
 2421: *(u64 *)(r10 -440) = r0
 2422: r0 = 0
 2423: *(u64 *)(r10 -448) = r0
 2424: r0 = 0
 2425: *(u64 *)(r10 -456) = r0
 2426: r0 = 0
 2427: *(u64 *)(r10 -464) = r0
 2428: r0 = 0
 2429: *(u64 *)(r10 -472) = r0
      ; write var30, v126
 2430: *(u32 *)(r10 -68) = r3
      ; write var31, v127
 2431: *(u32 *)(r10 -64) = r4
      ; write var32, v128
 2432: *(u32 *)(r10 -60) = r8
      ; write var33, v129
 2433: *(u32 *)(r10 -56) = r9
      ; write var34, v130
 2434: *(u16 *)(r10 -30) = r2
      ; write var35, v131
 2435: r0 = *(u64 *)(r10 -424)
 2436: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2437: r0 = *(u64 *)(r10 -432)
 2438: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2439: r0 = *(u64 *)(r10 -440)
 2440: *(u32 *)(r10 -48) = r0
      ; write var38, v134
 2441: r0 = *(u64 *)(r10 -448)
 2442: *(u8 *)(r10 -20) = r0
      ; write var39, v135
 2443: r0 = *(u64 *)(r10 -456)
 2444: *(u32 *)(r10 -44) = r0
      ; write var40, v136
 2445: r0 = *(u64 *)(r10 -464)
 2446: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2447: r0 = *(u64 *)(r10 -472)
 2448: *(u64 *)(r10 -208) = r0
 2449: r0 = *(u64 *)(r10 -416)
 2450: if r0 != 0 goto +1
 2451: goto +187
      ; v138: bit<32> = read_field hdr2.ackNo
 2452: r1 = 0
 2453: r0 = *(u64 *)(r10 -400)
 2454: if r0 == 0 goto +3
 2455: r0 = *(u64 *)(r10 -400)
 2456: r1 = *(u32 *)(r0 +8)
 2457: r1 = be32 r1
      ; v139: bit<32> = read var30
 2458: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2459: r3 = r1
 2460: r3 -= r2
 2461: w3 = w3
      ; write var42, v140
 2462: *(u32 *)(r10 -40) = r3
      ; v141: bit<32> = read var42
 2463: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
 2464: r2 = 0
      ; v143: bool = ne v141, v142
 2465: r3 = 1
 2466: if r1 != r2 goto +1
 2467: r3 = 0
      ; v144: bit<32> = read var42
 2468: r1 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2469: w2 = -2147483648
      ; v146: bool = lt v144, v145
 2470: r4 = 1
 2471: if r1 < r2 goto +1
 2472: r4 = 0
      ; v147: bool = logical_and v143, v146
 2473: r1 = r3
 2474: r1 &= r4
 2475: if r1 != 0 goto +1
 2476: goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 2477: r1 = 0
 2478: r0 = *(u64 *)(r10 -400)
 2479: if r0 == 0 goto +3
 2480: r0 = *(u64 *)(r10 -400)
 2481: r1 = *(u32 *)(r0 +8)
 2482: r1 = be32 r1
      ; write var30, v148
 2483: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2484: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
 2485: r2 = 1
      ; v151: bool = eq v149, v150
 2486: r3 = 1
 2487: if r1 == r2 goto +1
 2488: r3 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2489: r1 = 0
 2490: r0 = *(u64 *)(r10 -400)
 2491: if r0 == 0 goto +3
 2492: r0 = *(u64 *)(r10 -400)
 2493: r1 = *(u32 *)(r0 +8)
 2494: r1 = be32 r1
      ; v153: bit<32> = read var39
 2495: r2 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2496: r4 = r1
 2497: r4 -= r2
 2498: w4 = w4
      ; v155: bit<32> = const 0x80000000
 2499: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2500: r2 = 1
 2501: if r4 < r1 goto +1
 2502: r2 = 0
      ; v157: bool = logical_and v151, v156
 2503: r1 = r3
 2504: r1 &= r2
 2505: if r1 != 0 goto +1
 2506: goto +7
      ; v158: bit<64> = read var10
 2507: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2508: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2509: r3 = r1
 2510: r3 -= r2
      ; write var41, v160
 2511: *(u64 *)(r10 -208) = r3
      ; v161: bit<8> = const 0
 2512: r1 = 0
      ; write var38, v161
 2513: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2514: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2515: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2516: r3 = r1
 2517: r3 -= r2
 2518: w3 = w3
      ; write var32, v164
 2519: *(u32 *)(r10 -60) = r3
      ; v165: bit<8> = read var11
 2520: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2521: r2 = 2
      ; v167: bit<8> = and v165, v166
 2522: r3 = r1
 2523: r3 &= r2
      ; v168: bit<8> = const 0
 2524: r1 = 0
      ; v169: bool = ne v167, v168
 2525: r2 = 1
 2526: if r3 != r1 goto +1
 2527: r2 = 0
      ; v170: bit<8> = read var20
 2528: r1 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2529: r3 = 0
      ; v172: bit<8> = select v169, v171, v170
 2530: r4 = r3
 2531: if r2 != 0 goto +1
 2532: r4 = r1
      ; write var43, v172
 2533: *(u8 *)(r10 -19) = r4
      ; v173: bit<16> = read_field hdr2.window
 2534: r1 = 0
 2535: r0 = *(u64 *)(r10 -400)
 2536: if r0 == 0 goto +3
 2537: r0 = *(u64 *)(r10 -400)
 2538: r1 = *(u16 *)(r0 +14)
 2539: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2540: r2 = r1
 2541: w2 = w2
      ; v175: bit<8> = read var43
 2542: r1 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2543: r3 = r2
 2544: if r1 >= 32 goto +3
 2545: r3 <<= r1
 2546: w3 = w3
 2547: goto +1
 2548: r3 = 0
      ; write var33, v176
 2549: *(u32 *)(r10 -56) = r3
      ; v177: bit<32> = read_field hdr1.dstAddr
 2550: r1 = 0
 2551: r0 = *(u64 *)(r10 -408)
 2552: if r0 == 0 goto +3
 2553: r0 = *(u64 *)(r10 -408)
 2554: r1 = *(u32 *)(r0 +16)
 2555: r1 = be32 r1
      ; v178: bit<32> = read_field hdr1.srcAddr
 2556: r2 = 0
 2557: r0 = *(u64 *)(r10 -408)
 2558: if r0 == 0 goto +3
 2559: r0 = *(u64 *)(r10 -408)
 2560: r2 = *(u32 *)(r0 +12)
 2561: r2 = be32 r2
      ; v179: bit<16> = read_field hdr2.dstPort
 2562: r3 = 0
 2563: r0 = *(u64 *)(r10 -400)
 2564: if r0 == 0 goto +3
 2565: r0 = *(u64 *)(r10 -400)
 2566: r3 = *(u16 *)(r0 +2)
 2567: r3 = be16 r3
      ; v180: bit<16> = read_field hdr2.srcPort
 2568: r4 = 0
 2569: r0 = *(u64 *)(r10 -400)
 2570: if r0 == 0 goto +3
 2571: r0 = *(u64 *)(r10 -400)
 2572: r4 = *(u16 *)(r0 +0)
 2573: r4 = be16 r4
      ; v181: bit<32> = read var30
 2574: r8 = *(u32 *)(r10 -68)
      ; v182: bit<32> = read var31
 2575: r9 = *(u32 *)(r10 -64)
      ; v183: bit<32> = read var32
 2576: r0 = *(u32 *)(r10 -60)
 2577: *(u64 *)(r10 -400) = r0
      ; v184: bit<32> = read var33
 2578: r0 = *(u32 *)(r10 -56)
 2579: *(u64 *)(r10 -408) = r0
      ; v185: bit<16> = read var34
 2580: r0 = *(u16 *)(r10 -30)
 2581: *(u64 *)(r10 -416) = r0
      ; v186: bit<8> = read var35
 2582: r0 = *(u8 *)(r10 -21)
 2583: *(u64 *)(r10 -424) = r0
      ; v187: bit<32> = read var36
 2584: r0 = *(u32 *)(r10 -52)
 2585: *(u64 *)(r10 -432) = r0
      ; v188: bit<32> = read var37
 2586: r0 = *(u32 *)(r10 -48)
 2587: *(u64 *)(r10 -440) = r0
      ; v189: bit<8> = read var38
 2588: r0 = *(u8 *)(r10 -20)
 2589: *(u64 *)(r10 -448) = r0
      ; v190: bit<32> = read var39
 2590: r0 = *(u32 *)(r10 -44)
 2591: *(u64 *)(r10 -456) = r0
      ; v191: bit<64> = read var40
 2592: r0 = *(u64 *)(r10 -216)
 2593: *(u64 *)(r10 -464) = r0
      ; v192: bit<64> = read var41
 2594: r0 = *(u64 *)(r10 -208)
 2595: *(u64 *)(r10 -472) = r0
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2596: *(u64 *)(r10 -264) = 0
 2597: *(u64 *)(r10 -256) = 0
 2598: *(u32 *)(r10 -264) = r1
 2599: *(u32 *)(r10 -260) = r2
 2600: *(u16 *)(r10 -256) = r3
 2601: *(u16 *)(r10 -254) = r4
 2602: *(u64 *)(r10 -352) = 0
 2603: *(u64 *)(r10 -344) = 0
 2604: *(u64 *)(r10 -336) = 0
 2605: *(u64 *)(r10 -328) = 0
 2606: *(u64 *)(r10 -320) = 0
 2607: *(u64 *)(r10 -312) = 0
 2608: *(u64 *)(r10 -304) = 0
 2609: *(u32 *)(r10 -352) = r8
 2610: *(u32 *)(r10 -348) = r9
 2611: r0 = *(u64 *)(r10 -400)
 2612: *(u32 *)(r10 -344) = r0
 2613: r0 = *(u64 *)(r10 -408)
 2614: *(u32 *)(r10 -340) = r0
 2615: r0 = *(u64 *)(r10 -416)
 2616: *(u16 *)(r10 -336) = r0
 2617: r0 = *(u64 *)(r10 -424)
 2618: *(u8 *)(r10 -334) = r0
 2619: r0 = *(u64 *)(r10 -432)
 2620: *(u32 *)(r10 -332) = r0
 2621: r0 = *(u64 *)(r10 -440)
 2622: *(u32 *)(r10 -328) = r0
 2623: r0 = *(u64 *)(r10 -448)
 2624: *(u8 *)(r10 -324) = r0
 2625: r0 = *(u64 *)(r10 -456)
 2626: *(u32 *)(r10 -320) = r0
 2627: r0 = *(u64 *)(r10 -464)
 2628: *(u64 *)(r10 -312) = r0
 2629: r0 = *(u64 *)(r10 -472)
 2630: *(u64 *)(r10 -304) = r0
 2631: r1 = map[pipe_flows] ll
 2633: r2 = r10
 2634: r2 += -264
 2635: r3 = r10
 2636: r3 += -352
 2637: r4 = 0
 2638: call bpf_map_update_elem
 2639: goto +23
 2640: goto +22
 2641: goto +21
      ; drop
 2642: r1 = *(u32 *)(r10 -120)
 2643: r2 = *(u32 *)(r10 -116)
 2644: *(u64 *)(r10 -368) = r1
 2645: *(u64 *)(r10 -376) = r2
 2646: r1 = *(u64 *)(r10 -8)
 2647: r2 = 0xfffffffffffffff8 ll
 2649: call bpf_xdp_adjust_meta
 2650: if r0 != 0 goto +10
 2651: r1 = *(u64 *)(r10 -8)
 2652: r2 = *(u32 *)(r1 +8)
 2653: r3 = *(u32 *)(r1 +0)
 2654: r1 = r2
 2655: r1 += 8
 2656: if r1 > r3 goto +4
 2657: r1 = *(u64 *)(r10 -368)
 2658: *(u32 *)(r2 +0) = r1
 2659: r1 = *(u64 *)(r10 -376)
 2660: *(u32 *)(r2 +4) = r1
 2661: r0 = 1
 2662: exit
      ; epilogue: verdict
 2663: r1 = *(u32 *)(r10 -120)
 2664: r2 = *(u32 *)(r10 -116)
 2665: *(u64 *)(r10 -384) = r1
 2666: *(u64 *)(r10 -392) = r2
 2667: r1 = *(u64 *)(r10 -8)
 2668: r2 = 0xfffffffffffffff8 ll
 2670: call bpf_xdp_adjust_meta
 2671: if r0 != 0 goto +10
 2672: r1 = *(u64 *)(r10 -8)
 2673: r2 = *(u32 *)(r1 +8)
 2674: r3 = *(u32 *)(r1 +0)
 2675: r1 = r2
 2676: r1 += 8
 2677: if r1 > r3 goto +4
 2678: r1 = *(u64 *)(r10 -384)
 2679: *(u32 *)(r2 +0) = r1
 2680: r1 = *(u64 *)(r10 -392)
 2681: *(u32 *)(r2 +4) = r1
 2682: r0 = 2
 2683: exit
