; p0f for classifier: 1992 instructions, stack 224 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -112) = 0
    5: *(u64 *)(r10 -104) = 0
    6: *(u64 *)(r10 -96) = 0
    7: *(u64 *)(r10 -88) = 0
    8: *(u64 *)(r10 -80) = 0
    9: *(u64 *)(r10 -72) = 0
   10: *(u64 *)(r10 -64) = 0
   11: *(u64 *)(r10 -56) = 0
   12: *(u64 *)(r10 -48) = 0
   13: *(u64 *)(r10 -40) = 0
   14: *(u64 *)(r10 -32) = 0
   15: *(u64 *)(r10 -24) = 0
   16: r2 = *(u32 *)(r1 +0)
   17: *(u32 *)(r10 -40) = r2
   18: r2 = *(u32 *)(r1 +8)
   19: *(u32 *)(r10 -36) = r2
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   20: r1 = *(u64 *)(r10 -16)
   21: if r1 > 16383 goto +5
   22: r2 = r6
   23: r2 += r1
   24: r3 = r2
   25: r3 += 14
   26: if r3 <= r7 goto +2
   27: *(u32 *)(r10 -48) = 1
   28: goto +1942
   29: r3 = r1
   30: r3 += 1
   31: *(u32 *)(r10 -104) = r3
   32: r1 += 14
   33: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: r1 = be16 r1
   36: if r1 != 2048 goto +1
   37: goto +1
   38: goto +1239
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   39: r1 = *(u64 *)(r10 -16)
   40: if r1 > 16383 goto +5
   41: r2 = r6
   42: r2 += r1
   43: r3 = r2
   44: r3 += 20
   45: if r3 <= r7 goto +2
   46: *(u32 *)(r10 -48) = 1
   47: goto +1923
   48: r3 = r1
   49: r3 += 1
   50: *(u32 *)(r10 -100) = r3
   51: r1 += 20
   52: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   53: r1 = *(u8 *)(r2 +0)
   54: r1 &= 15
      ; v2: bit<4> = const 5
   55: r3 = 5
      ; v3: bool = ge v1, v2
   56: r4 = 1
   57: if r1 >= r3 goto +1
   58: r4 = 0
      ; verify v3, error HeaderTooShort
   59: if r4 != 0 goto +2
   60: *(u32 *)(r10 -48) = 4
   61: goto +1909
      ; v4: bit<4> = read_field hdr1.ihl
   62: r1 = *(u8 *)(r2 +0)
   63: r1 &= 15
      ; v5: bit<32> = cast v4
   64: r3 = r1
   65: w3 = w3
      ; v6: bit<32> = const 5
   66: r1 = 5
      ; v7: bit<32> = sub v5, v6
   67: r4 = r3
   68: r4 -= r1
   69: w4 = w4
      ; v8: bit<32> = const 0x20
   70: r1 = 32
      ; v9: bit<32> = mul v7, v8
   71: r3 = r4
   72: r3 *= r1
   73: w3 = w3
      ; advance v9
   74: r1 = r3
   75: r1 &= 7
   76: if r1 == 0 goto +2
   77: *(u32 *)(r10 -48) = 6
   78: goto +1892
   79: r1 = r3
   80: r1 >>= 3
   81: r3 = *(u64 *)(r10 -16)
   82: r3 += r1
   83: if r3 > 16383 goto +3
   84: r1 = r6
   85: r1 += r3
   86: if r1 <= r7 goto +2
   87: *(u32 *)(r10 -48) = 1
   88: goto +1882
   89: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   90: r1 = *(u16 *)(r2 +6)
   91: r1 = be16 r1
   92: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   93: r3 = *(u8 *)(r2 +9)
   94: if r1 != 0 goto +2
   95: if r3 != 6 goto +1
   96: goto +1
   97: goto +1180
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   98: r1 = *(u64 *)(r10 -16)
   99: if r1 > 16383 goto +5
  100: r2 = r6
  101: r2 += r1
  102: r3 = r2
  103: r3 += 20
  104: if r3 <= r7 goto +2
  105: *(u32 *)(r10 -48) = 1
  106: goto +1864
  107: r3 = r1
  108: r3 += 1
  109: *(u32 *)(r10 -96) = r3
  110: r1 += 20
  111: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  112: r1 = *(u8 *)(r2 +12)
  113: r1 >>= 4
  114: r1 &= 15
      ; v13: bit<4> = const 5
  115: r3 = 5
      ; v14: bool = ge v12, v13
  116: r4 = 1
  117: if r1 >= r3 goto +1
  118: r4 = 0
      ; verify v14, error HeaderTooShort
  119: if r4 != 0 goto +2
  120: *(u32 *)(r10 -48) = 4
  121: goto +1849
      ; v15: bit<4> = read_field hdr2.dataOffset
  122: r1 = *(u8 *)(r2 +12)
  123: r1 >>= 4
  124: r1 &= 15
      ; v16: bit<16> = cast v15
  125: r3 = r1
  126: r3 &= 65535
      ; v17: bit<16> = const 5
  127: r1 = 5
      ; v18: bit<16> = sub v16, v17
  128: r4 = r3
  129: r4 -= r1
  130: r4 &= 65535
      ; v19: bit<16> = const 4
  131: r1 = 4
      ; v20: bit<16> = mul v18, v19
  132: r3 = r4
  133: r3 *= r1
  134: r3 &= 65535
      ; write var2, v20
  135: *(u16 *)(r10 -28) = r3
      ; v21: bit<8> = read_field hdr2.flags
  136: r1 = *(u8 *)(r2 +13)
  137: r2 = r1
  138: r2 &= 18
  139: if r2 != 2 goto +1
  140: goto +1
  141: goto +1136
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  142: r1 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  143: r2 = *(u8 *)(r10 -24)
  144: if r1 != 0 goto +1
  145: goto +1132
  146: if r2 != 8 goto +1
  147: goto +1130
      ; prs: block5 (parse_option)
      ; extract hdr3
  148: r1 = *(u64 *)(r10 -16)
  149: if r1 > 16383 goto +5
  150: r2 = r6
  151: r2 += r1
  152: r3 = r2
  153: r3 += 1
  154: if r3 <= r7 goto +2
  155: *(u32 *)(r10 -48) = 1
  156: goto +1814
  157: r3 = r1
  158: r3 += 1
  159: *(u32 *)(r10 -92) = r3
  160: r1 += 1
  161: *(u64 *)(r10 -16) = r1
      ; v24: bit<8> = read var3
  162: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  163: r3 = 1
      ; v26: bit<8> = add v24, v25
  164: r4 = r1
  165: r4 += r3
  166: r4 &= 255
      ; write var3, v26
  167: *(u8 *)(r10 -24) = r4
      ; v27: bit<16> = read var2
  168: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  169: r3 = 1
      ; v29: bit<16> = sub v27, v28
  170: r4 = r1
  171: r4 -= r3
  172: r4 &= 65535
      ; write var2, v29
  173: *(u16 *)(r10 -28) = r4
      ; v30: bit<8> = read_field hdr3.kind
  174: r1 = *(u8 *)(r2 +0)
  175: if r1 != 0 goto +1
  176: goto +1101
  177: if r1 != 1 goto +1
  178: goto +104
  179: if r1 != 2 goto +1
  180: goto +82
  181: if r1 != 3 goto +1
  182: goto +59
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  183: r1 = *(u64 *)(r10 -16)
  184: if r1 > 16383 goto +5
  185: r2 = r6
  186: r2 += r1
  187: r1 = r2
  188: r1 += 1
  189: if r1 <= r7 goto +2
  190: *(u32 *)(r10 -48) = 1
  191: goto +1779
  192: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  193: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  194: r1 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
  195: r2 = 2
      ; v34: bool = ge v32, v33
  196: r3 = 1
  197: if r1 >= r2 goto +1
  198: r3 = 0
      ; verify v34, error HeaderTooShort
  199: if r3 != 0 goto +2
  200: *(u32 *)(r10 -48) = 4
  201: goto +1769
      ; v35: bit<8> = read var11
  202: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  203: r2 = r1
  204: w2 = w2
      ; v37: bit<32> = const 1
  205: r1 = 1
      ; v38: bit<32> = sub v36, v37
  206: r3 = r2
  207: r3 -= r1
  208: w3 = w3
      ; v39: bit<32> = const 8
  209: r1 = 8
      ; v40: bit<32> = mul v38, v39
  210: r2 = r3
  211: r2 *= r1
  212: w2 = w2
      ; advance v40
  213: r1 = r2
  214: r1 &= 7
  215: if r1 == 0 goto +2
  216: *(u32 *)(r10 -48) = 6
  217: goto +1753
  218: r1 = r2
  219: r1 >>= 3
  220: r2 = *(u64 *)(r10 -16)
  221: r2 += r1
  222: if r2 > 16383 goto +3
  223: r1 = r6
  224: r1 += r2
  225: if r1 <= r7 goto +2
  226: *(u32 *)(r10 -48) = 1
  227: goto +1743
  228: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  229: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  230: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  231: r3 = r2
  232: r3 &= 65535
      ; v44: bit<16> = const 1
  233: r2 = 1
      ; v45: bit<16> = sub v43, v44
  234: r4 = r3
  235: r4 -= r2
  236: r4 &= 65535
      ; v46: bit<16> = sub v41, v45
  237: r2 = r1
  238: r2 -= r4
  239: r2 &= 65535
      ; write var2, v46
  240: *(u16 *)(r10 -28) = r2
  241: goto +41
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  242: r1 = *(u64 *)(r10 -16)
  243: if r1 > 16383 goto +5
  244: r2 = r6
  245: r2 += r1
  246: r3 = r2
  247: r3 += 2
  248: if r3 <= r7 goto +2
  249: *(u32 *)(r10 -48) = 1
  250: goto +1720
  251: r2 = r1
  252: r2 += 1
  253: *(u32 *)(r10 -56) = r2
  254: r1 += 2
  255: *(u64 *)(r10 -16) = r1
      ; v47: bit<16> = read var2
  256: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  257: r2 = 2
      ; v49: bit<16> = sub v47, v48
  258: r3 = r1
  259: r3 -= r2
  260: r3 &= 65535
      ; write var2, v49
  261: *(u16 *)(r10 -28) = r3
  262: goto +20
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  263: r1 = *(u64 *)(r10 -16)
  264: if r1 > 16383 goto +5
  265: r2 = r6
  266: r2 += r1
  267: r3 = r2
  268: r3 += 3
  269: if r3 <= r7 goto +2
  270: *(u32 *)(r10 -48) = 1
  271: goto +1699
  272: r2 = r1
  273: r2 += 1
  274: *(u32 *)(r10 -60) = r2
  275: r1 += 3
  276: *(u64 *)(r10 -16) = r1
      ; v50: bit<16> = read var2
  277: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  278: r2 = 3
      ; v52: bit<16> = sub v50, v51
  279: r3 = r1
  280: r3 -= r2
  281: r3 &= 65535
      ; write var2, v52
  282: *(u16 *)(r10 -28) = r3
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  283: r1 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  284: r2 = *(u8 *)(r10 -24)
  285: if r1 != 0 goto +1
  286: goto +991
  287: if r2 != 8 goto +1
  288: goto +989
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  289: r1 = *(u64 *)(r10 -16)
  290: if r1 > 16383 goto +5
  291: r2 = r6
  292: r2 += r1
  293: r3 = r2
  294: r3 += 1
  295: if r3 <= r7 goto +2
  296: *(u32 *)(r10 -48) = 1
  297: goto +1673
  298: r3 = r1
  299: r3 += 1
  300: *(u32 *)(r10 -88) = r3
  301: r1 += 1
  302: *(u64 *)(r10 -16) = r1
      ; v55: bit<8> = read var3
  303: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  304: r3 = 1
      ; v57: bit<8> = add v55, v56
  305: r4 = r1
  306: r4 += r3
  307: r4 &= 255
      ; write var3, v57
  308: *(u8 *)(r10 -24) = r4
      ; v58: bit<16> = read var2
  309: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  310: r3 = 1
      ; v60: bit<16> = sub v58, v59
  311: r4 = r1
  312: r4 -= r3
  313: r4 &= 65535
      ; write var2, v60
  314: *(u16 *)(r10 -28) = r4
      ; v61: bit<8> = read_field hdr4.kind
  315: r1 = *(u8 *)(r2 +0)
  316: if r1 != 0 goto +1
  317: goto +960
  318: if r1 != 1 goto +1
  319: goto +104
  320: if r1 != 2 goto +1
  321: goto +82
  322: if r1 != 3 goto +1
  323: goto +59
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  324: r1 = *(u64 *)(r10 -16)
  325: if r1 > 16383 goto +5
  326: r2 = r6
  327: r2 += r1
  328: r1 = r2
  329: r1 += 1
  330: if r1 <= r7 goto +2
  331: *(u32 *)(r10 -48) = 1
  332: goto +1638
  333: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  334: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  335: r1 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
  336: r2 = 2
      ; v65: bool = ge v63, v64
  337: r3 = 1
  338: if r1 >= r2 goto +1
  339: r3 = 0
      ; verify v65, error HeaderTooShort
  340: if r3 != 0 goto +2
  341: *(u32 *)(r10 -48) = 4
  342: goto +1628
      ; v66: bit<8> = read var11
  343: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  344: r2 = r1
  345: w2 = w2
      ; v68: bit<32> = const 1
  346: r1 = 1
      ; v69: bit<32> = sub v67, v68
  347: r3 = r2
  348: r3 -= r1
  349: w3 = w3
      ; v70: bit<32> = const 8
  350: r1 = 8
      ; v71: bit<32> = mul v69, v70
  351: r2 = r3
  352: r2 *= r1
  353: w2 = w2
      ; advance v71
  354: r1 = r2
  355: r1 &= 7
  356: if r1 == 0 goto +2
  357: *(u32 *)(r10 -48) = 6
  358: goto +1612
  359: r1 = r2
  360: r1 >>= 3
  361: r2 = *(u64 *)(r10 -16)
  362: r2 += r1
  363: if r2 > 16383 goto +3
  364: r1 = r6
  365: r1 += r2
  366: if r1 <= r7 goto +2
  367: *(u32 *)(r10 -48) = 1
  368: goto +1602
  369: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  370: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  371: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  372: r3 = r2
  373: r3 &= 65535
      ; v75: bit<16> = const 1
  374: r2 = 1
      ; v76: bit<16> = sub v74, v75
  375: r4 = r3
  376: r4 -= r2
  377: r4 &= 65535
      ; v77: bit<16> = sub v72, v76
  378: r2 = r1
  379: r2 -= r4
  380: r2 &= 65535
      ; write var2, v77
  381: *(u16 *)(r10 -28) = r2
  382: goto +41
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  383: r1 = *(u64 *)(r10 -16)
  384: if r1 > 16383 goto +5
  385: r2 = r6
  386: r2 += r1
  387: r3 = r2
  388: r3 += 2
  389: if r3 <= r7 goto +2
  390: *(u32 *)(r10 -48) = 1
  391: goto +1579
  392: r2 = r1
  393: r2 += 1
  394: *(u32 *)(r10 -56) = r2
  395: r1 += 2
  396: *(u64 *)(r10 -16) = r1
      ; v78: bit<16> = read var2
  397: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  398: r2 = 2
      ; v80: bit<16> = sub v78, v79
  399: r3 = r1
  400: r3 -= r2
  401: r3 &= 65535
      ; write var2, v80
  402: *(u16 *)(r10 -28) = r3
  403: goto +20
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  404: r1 = *(u64 *)(r10 -16)
  405: if r1 > 16383 goto +5
  406: r2 = r6
  407: r2 += r1
  408: r3 = r2
  409: r3 += 3
  410: if r3 <= r7 goto +2
  411: *(u32 *)(r10 -48) = 1
  412: goto +1558
  413: r2 = r1
  414: r2 += 1
  415: *(u32 *)(r10 -60) = r2
  416: r1 += 3
  417: *(u64 *)(r10 -16) = r1
      ; v81: bit<16> = read var2
  418: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  419: r2 = 3
      ; v83: bit<16> = sub v81, v82
  420: r3 = r1
  421: r3 -= r2
  422: r3 &= 65535
      ; write var2, v83
  423: *(u16 *)(r10 -28) = r3
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  424: r1 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  425: r2 = *(u8 *)(r10 -24)
  426: if r1 != 0 goto +1
  427: goto +850
  428: if r2 != 8 goto +1
  429: goto +848
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  430: r1 = *(u64 *)(r10 -16)
  431: if r1 > 16383 goto +5
  432: r2 = r6
  433: r2 += r1
  434: r3 = r2
  435: r3 += 1
  436: if r3 <= r7 goto +2
  437: *(u32 *)(r10 -48) = 1
  438: goto +1532
  439: r3 = r1
  440: r3 += 1
  441: *(u32 *)(r10 -84) = r3
  442: r1 += 1
  443: *(u64 *)(r10 -16) = r1
      ; v86: bit<8> = read var3
  444: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  445: r3 = 1
      ; v88: bit<8> = add v86, v87
  446: r4 = r1
  447: r4 += r3
  448: r4 &= 255
      ; write var3, v88
  449: *(u8 *)(r10 -24) = r4
      ; v89: bit<16> = read var2
  450: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  451: r3 = 1
      ; v91: bit<16> = sub v89, v90
  452: r4 = r1
  453: r4 -= r3
  454: r4 &= 65535
      ; write var2, v91
  455: *(u16 *)(r10 -28) = r4
      ; v92: bit<8> = read_field hdr5.kind
  456: r1 = *(u8 *)(r2 +0)
  457: if r1 != 0 goto +1
  458: goto +819
  459: if r1 != 1 goto +1
  460: goto +104
  461: if r1 != 2 goto +1
  462: goto +82
  463: if r1 != 3 goto +1
  464: goto +59
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  465: r1 = *(u64 *)(r10 -16)
  466: if r1 > 16383 goto +5
  467: r2 = r6
  468: r2 += r1
  469: r1 = r2
  470: r1 += 1
  471: if r1 <= r7 goto +2
  472: *(u32 *)(r10 -48) = 1
  473: goto +1497
  474: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  475: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  476: r1 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
  477: r2 = 2
      ; v96: bool = ge v94, v95
  478: r3 = 1
  479: if r1 >= r2 goto +1
  480: r3 = 0
      ; verify v96, error HeaderTooShort
  481: if r3 != 0 goto +2
  482: *(u32 *)(r10 -48) = 4
  483: goto +1487
      ; v97: bit<8> = read var11
  484: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  485: r2 = r1
  486: w2 = w2
      ; v99: bit<32> = const 1
  487: r1 = 1
      ; v100: bit<32> = sub v98, v99
  488: r3 = r2
  489: r3 -= r1
  490: w3 = w3
      ; v101: bit<32> = const 8
  491: r1 = 8
      ; v102: bit<32> = mul v100, v101
  492: r2 = r3
  493: r2 *= r1
  494: w2 = w2
      ; advance v102
  495: r1 = r2
  496: r1 &= 7
  497: if r1 == 0 goto +2
  498: *(u32 *)(r10 -48) = 6
  499: goto +1471
  500: r1 = r2
  501: r1 >>= 3
  502: r2 = *(u64 *)(r10 -16)
  503: r2 += r1
  504: if r2 > 16383 goto +3
  505: r1 = r6
  506: r1 += r2
  507: if r1 <= r7 goto +2
  508: *(u32 *)(r10 -48) = 1
  509: goto +1461
  510: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  511: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  512: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  513: r3 = r2
  514: r3 &= 65535
      ; v106: bit<16> = const 1
  515: r2 = 1
      ; v107: bit<16> = sub v105, v106
  516: r4 = r3
  517: r4 -= r2
  518: r4 &= 65535
      ; v108: bit<16> = sub v103, v107
  519: r2 = r1
  520: r2 -= r4
  521: r2 &= 65535
      ; write var2, v108
  522: *(u16 *)(r10 -28) = r2
  523: goto +41
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  524: r1 = *(u64 *)(r10 -16)
  525: if r1 > 16383 goto +5
  526: r2 = r6
  527: r2 += r1
  528: r3 = r2
  529: r3 += 2
  530: if r3 <= r7 goto +2
  531: *(u32 *)(r10 -48) = 1
  532: goto +1438
  533: r2 = r1
  534: r2 += 1
  535: *(u32 *)(r10 -56) = r2
  536: r1 += 2
  537: *(u64 *)(r10 -16) = r1
      ; v109: bit<16> = read var2
  538: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  539: r2 = 2
      ; v111: bit<16> = sub v109, v110
  540: r3 = r1
  541: r3 -= r2
  542: r3 &= 65535
      ; write var2, v111
  543: *(u16 *)(r10 -28) = r3
  544: goto +20
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  545: r1 = *(u64 *)(r10 -16)
  546: if r1 > 16383 goto +5
  547: r2 = r6
  548: r2 += r1
  549: r3 = r2
  550: r3 += 3
  551: if r3 <= r7 goto +2
  552: *(u32 *)(r10 -48) = 1
  553: goto +1417
  554: r2 = r1
  555: r2 += 1
  556: *(u32 *)(r10 -60) = r2
  557: r1 += 3
  558: *(u64 *)(r10 -16) = r1
      ; v112: bit<16> = read var2
  559: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  560: r2 = 3
      ; v114: bit<16> = sub v112, v113
  561: r3 = r1
  562: r3 -= r2
  563: r3 &= 65535
      ; write var2, v114
  564: *(u16 *)(r10 -28) = r3
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  565: r1 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  566: r2 = *(u8 *)(r10 -24)
  567: if r1 != 0 goto +1
  568: goto +709
  569: if r2 != 8 goto +1
  570: goto +707
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  571: r1 = *(u64 *)(r10 -16)
  572: if r1 > 16383 goto +5
  573: r2 = r6
  574: r2 += r1
  575: r3 = r2
  576: r3 += 1
  577: if r3 <= r7 goto +2
  578: *(u32 *)(r10 -48) = 1
  579: goto +1391
  580: r3 = r1
  581: r3 += 1
  582: *(u32 *)(r10 -80) = r3
  583: r1 += 1
  584: *(u64 *)(r10 -16) = r1
      ; v117: bit<8> = read var3
  585: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  586: r3 = 1
      ; v119: bit<8> = add v117, v118
  587: r4 = r1
  588: r4 += r3
  589: r4 &= 255
      ; write var3, v119
  590: *(u8 *)(r10 -24) = r4
      ; v120: bit<16> = read var2
  591: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  592: r3 = 1
      ; v122: bit<16> = sub v120, v121
  593: r4 = r1
  594: r4 -= r3
  595: r4 &= 65535
      ; write var2, v122
  596: *(u16 *)(r10 -28) = r4
      ; v123: bit<8> = read_field hdr6.kind
  597: r1 = *(u8 *)(r2 +0)
  598: if r1 != 0 goto +1
  599: goto +678
  600: if r1 != 1 goto +1
  601: goto +104
  602: if r1 != 2 goto +1
  603: goto +82
  604: if r1 != 3 goto +1
  605: goto +59
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  606: r1 = *(u64 *)(r10 -16)
  607: if r1 > 16383 goto +5
  608: r2 = r6
  609: r2 += r1
  610: r1 = r2
  611: r1 += 1
  612: if r1 <= r7 goto +2
  613: *(u32 *)(r10 -48) = 1
  614: goto +1356
  615: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  616: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  617: r1 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
  618: r2 = 2
      ; v127: bool = ge v125, v126
  619: r3 = 1
  620: if r1 >= r2 goto +1
  621: r3 = 0
      ; verify v127, error HeaderTooShort
  622: if r3 != 0 goto +2
  623: *(u32 *)(r10 -48) = 4
  624: goto +1346
      ; v128: bit<8> = read var11
  625: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  626: r2 = r1
  627: w2 = w2
      ; v130: bit<32> = const 1
  628: r1 = 1
      ; v131: bit<32> = sub v129, v130
  629: r3 = r2
  630: r3 -= r1
  631: w3 = w3
      ; v132: bit<32> = const 8
  632: r1 = 8
      ; v133: bit<32> = mul v131, v132
  633: r2 = r3
  634: r2 *= r1
  635: w2 = w2
      ; advance v133
  636: r1 = r2
  637: r1 &= 7
  638: if r1 == 0 goto +2
  639: *(u32 *)(r10 -48) = 6
  640: goto +1330
  641: r1 = r2
  642: r1 >>= 3
  643: r2 = *(u64 *)(r10 -16)
  644: r2 += r1
  645: if r2 > 16383 goto +3
  646: r1 = r6
  647: r1 += r2
  648: if r1 <= r7 goto +2
  649: *(u32 *)(r10 -48) = 1
  650: goto +1320
  651: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  652: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  653: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  654: r3 = r2
  655: r3 &= 65535
      ; v137: bit<16> = const 1
  656: r2 = 1
      ; v138: bit<16> = sub v136, v137
  657: r4 = r3
  658: r4 -= r2
  659: r4 &= 65535
      ; v139: bit<16> = sub v134, v138
  660: r2 = r1
  661: r2 -= r4
  662: r2 &= 65535
      ; write var2, v139
  663: *(u16 *)(r10 -28) = r2
  664: goto +41
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  665: r1 = *(u64 *)(r10 -16)
  666: if r1 > 16383 goto +5
  667: r2 = r6
  668: r2 += r1
  669: r3 = r2
  670: r3 += 2
  671: if r3 <= r7 goto +2
  672: *(u32 *)(r10 -48) = 1
  673: goto +1297
  674: r2 = r1
  675: r2 += 1
  676: *(u32 *)(r10 -56) = r2
  677: r1 += 2
  678: *(u64 *)(r10 -16) = r1
      ; v140: bit<16> = read var2
  679: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  680: r2 = 2
      ; v142: bit<16> = sub v140, v141
  681: r3 = r1
  682: r3 -= r2
  683: r3 &= 65535
      ; write var2, v142
  684: *(u16 *)(r10 -28) = r3
  685: goto +20
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  686: r1 = *(u64 *)(r10 -16)
  687: if r1 > 16383 goto +5
  688: r2 = r6
  689: r2 += r1
  690: r3 = r2
  691: r3 += 3
  692: if r3 <= r7 goto +2
  693: *(u32 *)(r10 -48) = 1
  694: goto +1276
  695: r2 = r1
  696: r2 += 1
  697: *(u32 *)(r10 -60) = r2
  698: r1 += 3
  699: *(u64 *)(r10 -16) = r1
      ; v143: bit<16> = read var2
  700: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  701: r2 = 3
      ; v145: bit<16> = sub v143, v144
  702: r3 = r1
  703: r3 -= r2
  704: r3 &= 65535
      ; write var2, v145
  705: *(u16 *)(r10 -28) = r3
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  706: r1 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  707: r2 = *(u8 *)(r10 -24)
  708: if r1 != 0 goto +1
  709: goto +568
  710: if r2 != 8 goto +1
  711: goto +566
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  712: r1 = *(u64 *)(r10 -16)
  713: if r1 > 16383 goto +5
  714: r2 = r6
  715: r2 += r1
  716: r3 = r2
  717: r3 += 1
  718: if r3 <= r7 goto +2
  719: *(u32 *)(r10 -48) = 1
  720: goto +1250
  721: r3 = r1
  722: r3 += 1
  723: *(u32 *)(r10 -76) = r3
  724: r1 += 1
  725: *(u64 *)(r10 -16) = r1
      ; v148: bit<8> = read var3
  726: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  727: r3 = 1
      ; v150: bit<8> = add v148, v149
  728: r4 = r1
  729: r4 += r3
  730: r4 &= 255
      ; write var3, v150
  731: *(u8 *)(r10 -24) = r4
      ; v151: bit<16> = read var2
  732: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  733: r3 = 1
      ; v153: bit<16> = sub v151, v152
  734: r4 = r1
  735: r4 -= r3
  736: r4 &= 65535
      ; write var2, v153
  737: *(u16 *)(r10 -28) = r4
      ; v154: bit<8> = read_field hdr7.kind
  738: r1 = *(u8 *)(r2 +0)
  739: if r1 != 0 goto +1
  740: goto +537
  741: if r1 != 1 goto +1
  742: goto +104
  743: if r1 != 2 goto +1
  744: goto +82
  745: if r1 != 3 goto +1
  746: goto +59
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  747: r1 = *(u64 *)(r10 -16)
  748: if r1 > 16383 goto +5
  749: r2 = r6
  750: r2 += r1
  751: r1 = r2
  752: r1 += 1
  753: if r1 <= r7 goto +2
  754: *(u32 *)(r10 -48) = 1
  755: goto +1215
  756: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  757: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  758: r1 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
  759: r2 = 2
      ; v158: bool = ge v156, v157
  760: r3 = 1
  761: if r1 >= r2 goto +1
  762: r3 = 0
      ; verify v158, error HeaderTooShort
  763: if r3 != 0 goto +2
  764: *(u32 *)(r10 -48) = 4
  765: goto +1205
      ; v159: bit<8> = read var11
  766: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  767: r2 = r1
  768: w2 = w2
      ; v161: bit<32> = const 1
  769: r1 = 1
      ; v162: bit<32> = sub v160, v161
  770: r3 = r2
  771: r3 -= r1
  772: w3 = w3
      ; v163: bit<32> = const 8
  773: r1 = 8
      ; v164: bit<32> = mul v162, v163
  774: r2 = r3
  775: r2 *= r1
  776: w2 = w2
      ; advance v164
  777: r1 = r2
  778: r1 &= 7
  779: if r1 == 0 goto +2
  780: *(u32 *)(r10 -48) = 6
  781: goto +1189
  782: r1 = r2
  783: r1 >>= 3
  784: r2 = *(u64 *)(r10 -16)
  785: r2 += r1
  786: if r2 > 16383 goto +3
  787: r1 = r6
  788: r1 += r2
  789: if r1 <= r7 goto +2
  790: *(u32 *)(r10 -48) = 1
  791: goto +1179
  792: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  793: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  794: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  795: r3 = r2
  796: r3 &= 65535
      ; v168: bit<16> = const 1
  797: r2 = 1
      ; v169: bit<16> = sub v167, v168
  798: r4 = r3
  799: r4 -= r2
  800: r4 &= 65535
      ; v170: bit<16> = sub v165, v169
  801: r2 = r1
  802: r2 -= r4
  803: r2 &= 65535
      ; write var2, v170
  804: *(u16 *)(r10 -28) = r2
  805: goto +41
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  806: r1 = *(u64 *)(r10 -16)
  807: if r1 > 16383 goto +5
  808: r2 = r6
  809: r2 += r1
  810: r3 = r2
  811: r3 += 2
  812: if r3 <= r7 goto +2
  813: *(u32 *)(r10 -48) = 1
  814: goto +1156
  815: r2 = r1
  816: r2 += 1
  817: *(u32 *)(r10 -56) = r2
  818: r1 += 2
  819: *(u64 *)(r10 -16) = r1
      ; v171: bit<16> = read var2
  820: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  821: r2 = 2
      ; v173: bit<16> = sub v171, v172
  822: r3 = r1
  823: r3 -= r2
  824: r3 &= 65535
      ; write var2, v173
  825: *(u16 *)(r10 -28) = r3
  826: goto +20
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  827: r1 = *(u64 *)(r10 -16)
  828: if r1 > 16383 goto +5
  829: r2 = r6
  830: r2 += r1
  831: r3 = r2
  832: r3 += 3
  833: if r3 <= r7 goto +2
  834: *(u32 *)(r10 -48) = 1
  835: goto +1135
  836: r2 = r1
  837: r2 += 1
  838: *(u32 *)(r10 -60) = r2
  839: r1 += 3
  840: *(u64 *)(r10 -16) = r1
      ; v174: bit<16> = read var2
  841: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  842: r2 = 3
      ; v176: bit<16> = sub v174, v175
  843: r3 = r1
  844: r3 -= r2
  845: r3 &= 65535
      ; write var2, v176
  846: *(u16 *)(r10 -28) = r3
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  847: r1 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  848: r2 = *(u8 *)(r10 -24)
  849: if r1 != 0 goto +1
  850: goto +427
  851: if r2 != 8 goto +1
  852: goto +425
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  853: r1 = *(u64 *)(r10 -16)
  854: if r1 > 16383 goto +5
  855: r2 = r6
  856: r2 += r1
  857: r3 = r2
  858: r3 += 1
  859: if r3 <= r7 goto +2
  860: *(u32 *)(r10 -48) = 1
  861: goto +1109
  862: r3 = r1
  863: r3 += 1
  864: *(u32 *)(r10 -72) = r3
  865: r1 += 1
  866: *(u64 *)(r10 -16) = r1
      ; v179: bit<8> = read var3
  867: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  868: r3 = 1
      ; v181: bit<8> = add v179, v180
  869: r4 = r1
  870: r4 += r3
  871: r4 &= 255
      ; write var3, v181
  872: *(u8 *)(r10 -24) = r4
      ; v182: bit<16> = read var2
  873: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  874: r3 = 1
      ; v184: bit<16> = sub v182, v183
  875: r4 = r1
  876: r4 -= r3
  877: r4 &= 65535
      ; write var2, v184
  878: *(u16 *)(r10 -28) = r4
      ; v185: bit<8> = read_field hdr8.kind
  879: r1 = *(u8 *)(r2 +0)
  880: if r1 != 0 goto +1
  881: goto +396
  882: if r1 != 1 goto +1
  883: goto +104
  884: if r1 != 2 goto +1
  885: goto +82
  886: if r1 != 3 goto +1
  887: goto +59
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  888: r1 = *(u64 *)(r10 -16)
  889: if r1 > 16383 goto +5
  890: r2 = r6
  891: r2 += r1
  892: r1 = r2
  893: r1 += 1
  894: if r1 <= r7 goto +2
  895: *(u32 *)(r10 -48) = 1
  896: goto +1074
  897: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  898: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  899: r1 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
  900: r2 = 2
      ; v189: bool = ge v187, v188
  901: r3 = 1
  902: if r1 >= r2 goto +1
  903: r3 = 0
      ; verify v189, error HeaderTooShort
  904: if r3 != 0 goto +2
  905: *(u32 *)(r10 -48) = 4
  906: goto +1064
      ; v190: bit<8> = read var11
  907: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  908: r2 = r1
  909: w2 = w2
      ; v192: bit<32> = const 1
  910: r1 = 1
      ; v193: bit<32> = sub v191, v192
  911: r3 = r2
  912: r3 -= r1
  913: w3 = w3
      ; v194: bit<32> = const 8
  914: r1 = 8
      ; v195: bit<32> = mul v193, v194
  915: r2 = r3
  916: r2 *= r1
  917: w2 = w2
      ; advance v195
  918: r1 = r2
  919: r1 &= 7
  920: if r1 == 0 goto +2
  921: *(u32 *)(r10 -48) = 6
  922: goto +1048
  923: r1 = r2
  924: r1 >>= 3
  925: r2 = *(u64 *)(r10 -16)
  926: r2 += r1
  927: if r2 > 16383 goto +3
  928: r1 = r6
  929: r1 += r2
  930: if r1 <= r7 goto +2
  931: *(u32 *)(r10 -48) = 1
  932: goto +1038
  933: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  934: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  935: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  936: r3 = r2
  937: r3 &= 65535
      ; v199: bit<16> = const 1
  938: r2 = 1
      ; v200: bit<16> = sub v198, v199
  939: r4 = r3
  940: r4 -= r2
  941: r4 &= 65535
      ; v201: bit<16> = sub v196, v200
  942: r2 = r1
  943: r2 -= r4
  944: r2 &= 65535
      ; write var2, v201
  945: *(u16 *)(r10 -28) = r2
  946: goto +41
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  947: r1 = *(u64 *)(r10 -16)
  948: if r1 > 16383 goto +5
  949: r2 = r6
  950: r2 += r1
  951: r3 = r2
  952: r3 += 2
  953: if r3 <= r7 goto +2
  954: *(u32 *)(r10 -48) = 1
  955: goto +1015
  956: r2 = r1
  957: r2 += 1
  958: *(u32 *)(r10 -56) = r2
  959: r1 += 2
  960: *(u64 *)(r10 -16) = r1
      ; v202: bit<16> = read var2
  961: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  962: r2 = 2
      ; v204: bit<16> = sub v202, v203
  963: r3 = r1
  964: r3 -= r2
  965: r3 &= 65535
      ; write var2, v204
  966: *(u16 *)(r10 -28) = r3
  967: goto +20
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  968: r1 = *(u64 *)(r10 -16)
  969: if r1 > 16383 goto +5
  970: r2 = r6
  971: r2 += r1
  972: r3 = r2
  973: r3 += 3
  974: if r3 <= r7 goto +2
  975: *(u32 *)(r10 -48) = 1
  976: goto +994
  977: r2 = r1
  978: r2 += 1
  979: *(u32 *)(r10 -60) = r2
  980: r1 += 3
  981: *(u64 *)(r10 -16) = r1
      ; v205: bit<16> = read var2
  982: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
  983: r2 = 3
      ; v207: bit<16> = sub v205, v206
  984: r3 = r1
  985: r3 -= r2
  986: r3 &= 65535
      ; write var2, v207
  987: *(u16 *)(r10 -28) = r3
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  988: r1 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  989: r2 = *(u8 *)(r10 -24)
  990: if r1 != 0 goto +1
  991: goto +286
  992: if r2 != 8 goto +1
  993: goto +284
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  994: r1 = *(u64 *)(r10 -16)
  995: if r1 > 16383 goto +5
  996: r2 = r6
  997: r2 += r1
  998: r3 = r2
  999: r3 += 1
 1000: if r3 <= r7 goto +2
 1001: *(u32 *)(r10 -48) = 1
 1002: goto +968
 1003: r3 = r1
 1004: r3 += 1
 1005: *(u32 *)(r10 -68) = r3
 1006: r1 += 1
 1007: *(u64 *)(r10 -16) = r1
      ; v210: bit<8> = read var3
 1008: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
 1009: r3 = 1
      ; v212: bit<8> = add v210, v211
 1010: r4 = r1
 1011: r4 += r3
 1012: r4 &= 255
      ; write var3, v212
 1013: *(u8 *)(r10 -24) = r4
      ; v213: bit<16> = read var2
 1014: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
 1015: r3 = 1
      ; v215: bit<16> = sub v213, v214
 1016: r4 = r1
 1017: r4 -= r3
 1018: r4 &= 65535
      ; write var2, v215
 1019: *(u16 *)(r10 -28) = r4
      ; v216: bit<8> = read_field hdr9.kind
 1020: r1 = *(u8 *)(r2 +0)
 1021: if r1 != 0 goto +1
 1022: goto +255
 1023: if r1 != 1 goto +1
 1024: goto +104
 1025: if r1 != 2 goto +1
 1026: goto +82
 1027: if r1 != 3 goto +1
 1028: goto +59
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
 1029: r1 = *(u64 *)(r10 -16)
 1030: if r1 > 16383 goto +5
 1031: r2 = r6
 1032: r2 += r1
 1033: r1 = r2
 1034: r1 += 1
 1035: if r1 <= r7 goto +2
 1036: *(u32 *)(r10 -48) = 1
 1037: goto +933
 1038: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
 1039: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
 1040: r1 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
 1041: r2 = 2
      ; v220: bool = ge v218, v219
 1042: r3 = 1
 1043: if r1 >= r2 goto +1
 1044: r3 = 0
      ; verify v220, error HeaderTooShort
 1045: if r3 != 0 goto +2
 1046: *(u32 *)(r10 -48) = 4
 1047: goto +923
      ; v221: bit<8> = read var11
 1048: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
 1049: r2 = r1
 1050: w2 = w2
      ; v223: bit<32> = const 1
 1051: r1 = 1
      ; v224: bit<32> = sub v222, v223
 1052: r3 = r2
 1053: r3 -= r1
 1054: w3 = w3
      ; v225: bit<32> = const 8
 1055: r1 = 8
      ; v226: bit<32> = mul v224, v225
 1056: r2 = r3
 1057: r2 *= r1
 1058: w2 = w2
      ; advance v226
 1059: r1 = r2
 1060: r1 &= 7
 1061: if r1 == 0 goto +2
 1062: *(u32 *)(r10 -48) = 6
 1063: goto +907
 1064: r1 = r2
 1065: r1 >>= 3
 1066: r2 = *(u64 *)(r10 -16)
 1067: r2 += r1
 1068: if r2 > 16383 goto +3
 1069: r1 = r6
 1070: r1 += r2
 1071: if r1 <= r7 goto +2
 1072: *(u32 *)(r10 -48) = 1
 1073: goto +897
 1074: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
 1075: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
 1076: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
 1077: r3 = r2
 1078: r3 &= 65535
      ; v230: bit<16> = const 1
 1079: r2 = 1
      ; v231: bit<16> = sub v229, v230
 1080: r4 = r3
 1081: r4 -= r2
 1082: r4 &= 65535
      ; v232: bit<16> = sub v227, v231
 1083: r2 = r1
 1084: r2 -= r4
 1085: r2 &= 65535
      ; write var2, v232
 1086: *(u16 *)(r10 -28) = r2
 1087: goto +41
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
 1088: r1 = *(u64 *)(r10 -16)
 1089: if r1 > 16383 goto +5
 1090: r2 = r6
 1091: r2 += r1
 1092: r3 = r2
 1093: r3 += 2
 1094: if r3 <= r7 goto +2
 1095: *(u32 *)(r10 -48) = 1
 1096: goto +874
 1097: r2 = r1
 1098: r2 += 1
 1099: *(u32 *)(r10 -56) = r2
 1100: r1 += 2
 1101: *(u64 *)(r10 -16) = r1
      ; v233: bit<16> = read var2
 1102: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
 1103: r2 = 2
      ; v235: bit<16> = sub v233, v234
 1104: r3 = r1
 1105: r3 -= r2
 1106: r3 &= 65535
      ; write var2, v235
 1107: *(u16 *)(r10 -28) = r3
 1108: goto +20
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
 1109: r1 = *(u64 *)(r10 -16)
 1110: if r1 > 16383 goto +5
 1111: r2 = r6
 1112: r2 += r1
 1113: r3 = r2
 1114: r3 += 3
 1115: if r3 <= r7 goto +2
 1116: *(u32 *)(r10 -48) = 1
 1117: goto +853
 1118: r2 = r1
 1119: r2 += 1
 1120: *(u32 *)(r10 -60) = r2
 1121: r1 += 3
 1122: *(u64 *)(r10 -16) = r1
      ; v236: bit<16> = read var2
 1123: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
 1124: r2 = 3
      ; v238: bit<16> = sub v236, v237
 1125: r3 = r1
 1126: r3 -= r2
 1127: r3 &= 65535
      ; write var2, v238
 1128: *(u16 *)(r10 -28) = r3
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
 1129: r1 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
 1130: r2 = *(u8 *)(r10 -24)
 1131: if r1 != 0 goto +1
 1132: goto +145
 1133: if r2 != 8 goto +1
 1134: goto +143
      ; prs: block40 (parse_option.7)
      ; extract hdr10
 1135: r1 = *(u64 *)(r10 -16)
 1136: if r1 > 16383 goto +5
 1137: r2 = r6
 1138: r2 += r1
 1139: r3 = r2
 1140: r3 += 1
 1141: if r3 <= r7 goto +2
 1142: *(u32 *)(r10 -48) = 1
 1143: goto +827
 1144: r3 = r1
 1145: r3 += 1
 1146: *(u32 *)(r10 -64) = r3
 1147: r1 += 1
 1148: *(u64 *)(r10 -16) = r1
      ; v241: bit<8> = read var3
 1149: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
 1150: r3 = 1
      ; v243: bit<8> = add v241, v242
 1151: r4 = r1
 1152: r4 += r3
 1153: r4 &= 255
      ; write var3, v243
 1154: *(u8 *)(r10 -24) = r4
      ; v244: bit<16> = read var2
 1155: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
 1156: r3 = 1
      ; v246: bit<16> = sub v244, v245
 1157: r4 = r1
 1158: r4 -= r3
 1159: r4 &= 65535
      ; write var2, v246
 1160: *(u16 *)(r10 -28) = r4
      ; v247: bit<8> = read_field hdr10.kind
 1161: r1 = *(u8 *)(r2 +0)
 1162: if r1 != 0 goto +1
 1163: goto +114
 1164: if r1 != 1 goto +1
 1165: goto +104
 1166: if r1 != 2 goto +1
 1167: goto +82
 1168: if r1 != 3 goto +1
 1169: goto +59
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
 1170: r1 = *(u64 *)(r10 -16)
 1171: if r1 > 16383 goto +5
 1172: r2 = r6
 1173: r2 += r1
 1174: r1 = r2
 1175: r1 += 1
 1176: if r1 <= r7 goto +2
 1177: *(u32 *)(r10 -48) = 1
 1178: goto +792
 1179: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
 1180: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
 1181: r1 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
 1182: r2 = 2
      ; v251: bool = ge v249, v250
 1183: r3 = 1
 1184: if r1 >= r2 goto +1
 1185: r3 = 0
      ; verify v251, error HeaderTooShort
 1186: if r3 != 0 goto +2
 1187: *(u32 *)(r10 -48) = 4
 1188: goto +782
      ; v252: bit<8> = read var11
 1189: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
 1190: r2 = r1
 1191: w2 = w2
      ; v254: bit<32> = const 1
 1192: r1 = 1
      ; v255: bit<32> = sub v253, v254
 1193: r3 = r2
 1194: r3 -= r1
 1195: w3 = w3
      ; v256: bit<32> = const 8
 1196: r1 = 8
      ; v257: bit<32> = mul v255, v256
 1197: r2 = r3
 1198: r2 *= r1
 1199: w2 = w2
      ; advance v257
 1200: r1 = r2
 1201: r1 &= 7
 1202: if r1 == 0 goto +2
 1203: *(u32 *)(r10 -48) = 6
 1204: goto +766
 1205: r1 = r2
 1206: r1 >>= 3
 1207: r2 = *(u64 *)(r10 -16)
 1208: r2 += r1
 1209: if r2 > 16383 goto +3
 1210: r1 = r6
 1211: r1 += r2
 1212: if r1 <= r7 goto +2
 1213: *(u32 *)(r10 -48) = 1
 1214: goto +756
 1215: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1216: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1217: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1218: r3 = r2
 1219: r3 &= 65535
      ; v261: bit<16> = const 1
 1220: r2 = 1
      ; v262: bit<16> = sub v260, v261
 1221: r4 = r3
 1222: r4 -= r2
 1223: r4 &= 65535
      ; v263: bit<16> = sub v258, v262
 1224: r2 = r1
 1225: r2 -= r4
 1226: r2 &= 65535
      ; write var2, v263
 1227: *(u16 *)(r10 -28) = r2
 1228: goto +41
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1229: r1 = *(u64 *)(r10 -16)
 1230: if r1 > 16383 goto +5
 1231: r2 = r6
 1232: r2 += r1
 1233: r3 = r2
 1234: r3 += 2
 1235: if r3 <= r7 goto +2
 1236: *(u32 *)(r10 -48) = 1
 1237: goto +733
 1238: r2 = r1
 1239: r2 += 1
 1240: *(u32 *)(r10 -56) = r2
 1241: r1 += 2
 1242: *(u64 *)(r10 -16) = r1
      ; v264: bit<16> = read var2
 1243: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1244: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1245: r3 = r1
 1246: r3 -= r2
 1247: r3 &= 65535
      ; write var2, v266
 1248: *(u16 *)(r10 -28) = r3
 1249: goto +20
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1250: r1 = *(u64 *)(r10 -16)
 1251: if r1 > 16383 goto +5
 1252: r2 = r6
 1253: r2 += r1
 1254: r3 = r2
 1255: r3 += 3
 1256: if r3 <= r7 goto +2
 1257: *(u32 *)(r10 -48) = 1
 1258: goto +712
 1259: r2 = r1
 1260: r2 += 1
 1261: *(u32 *)(r10 -60) = r2
 1262: r1 += 3
 1263: *(u64 *)(r10 -16) = r1
      ; v267: bit<16> = read var2
 1264: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1265: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1266: r3 = r1
 1267: r3 -= r2
 1268: r3 &= 65535
      ; write var2, v269
 1269: *(u16 *)(r10 -28) = r3
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1270: r1 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1271: r2 = *(u8 *)(r10 -24)
 1272: if r1 != 0 goto +1
 1273: goto +4
 1274: if r2 != 8 goto +1
 1275: goto +2
      ; prs: block45 (parse_option.8)
 1276: *(u32 *)(r10 -48) = 3
 1277: goto +693
      ; v0: bool = is_valid hdr2
 1278: r1 = *(u32 *)(r10 -96)
 1279: if r1 == 0 goto +1
 1280: r1 = 1
      ; v1: bool = not v0
 1281: r2 = r1
 1282: r2 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1283: r1 = *(u32 *)(r10 -96)
 1284: if r1 == 0 goto +7
 1285: r1 -= 1
 1286: if r1 > 16383 goto +5
 1287: r3 = r6
 1288: r3 += r1
 1289: r1 = r3
 1290: r1 += 20
 1291: if r1 <= r7 goto +1
 1292: r3 = 0
 1293: r1 = 0
 1294: if r3 == 0 goto +1
 1295: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1296: r4 = 18
      ; v4: bit<8> = and v2, v3
 1297: r8 = r1
 1298: r8 &= r4
      ; v5: bit<8> = const 2
 1299: r1 = 2
      ; v6: bool = ne v4, v5
 1300: r4 = 1
 1301: if r8 != r1 goto +1
 1302: r4 = 0
      ; v7: bool = logical_or v1, v6
 1303: r1 = r2
 1304: r1 |= r4
 1305: if r1 != 0 goto +664
      ; v8: bit<16> = read_field hdr11.mss
 1306: r1 = *(u32 *)(r10 -60)
 1307: if r1 == 0 goto +7
 1308: r1 -= 1
 1309: if r1 > 16383 goto +5
 1310: r2 = r6
 1311: r2 += r1
 1312: r1 = r2
 1313: r1 += 3
 1314: if r1 <= r7 goto +1
 1315: r2 = 0
 1316: r1 = 0
 1317: if r2 == 0 goto +2
 1318: r1 = *(u16 *)(r2 +1)
 1319: r1 = be16 r1
      ; v9: bit<16> = const 0
 1320: r4 = 0
      ; v10: bool = ne v8, v9
 1321: r8 = 1
 1322: if r1 != r4 goto +1
 1323: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1324: r1 = 0
 1325: if r3 == 0 goto +2
 1326: r1 = *(u16 *)(r3 +14)
 1327: r1 = be16 r1
      ; v12: bit<16> = read_field hdr11.mss
 1328: r4 = 0
 1329: if r2 == 0 goto +2
 1330: r4 = *(u16 *)(r2 +1)
 1331: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1332: r9 = 0
 1333: if r4 == 0 goto +2
 1334: r9 = r1
 1335: r9 %= r4
      ; v14: bit<16> = const 0
 1336: r1 = 0
      ; v15: bool = eq v13, v14
 1337: r4 = 1
 1338: if r9 == r1 goto +1
 1339: r4 = 0
      ; v16: bool = logical_and v10, v15
 1340: r1 = r8
 1341: r1 &= r4
 1342: if r1 != 0 goto +1
 1343: goto +13
      ; v17: bit<16> = read_field hdr2.window
 1344: r1 = 0
 1345: if r3 == 0 goto +2
 1346: r1 = *(u16 *)(r3 +14)
 1347: r1 = be16 r1
      ; v18: bit<16> = read_field hdr11.mss
 1348: r4 = 0
 1349: if r2 == 0 goto +2
 1350: r4 = *(u16 *)(r2 +1)
 1351: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1352: r8 = 0
 1353: if r4 == 0 goto +2
 1354: r8 = r1
 1355: r8 /= r4
      ; write var4, v19
 1356: *(u16 *)(r10 -26) = r8
      ; v20: bit<8> = read_field hdr3.kind
 1357: r1 = *(u32 *)(r10 -92)
 1358: if r1 == 0 goto +7
 1359: r1 -= 1
 1360: if r1 > 16383 goto +5
 1361: r4 = r6
 1362: r4 += r1
 1363: r1 = r4
 1364: r1 += 1
 1365: if r1 <= r7 goto +1
 1366: r4 = 0
 1367: r1 = 0
 1368: if r4 == 0 goto +1
 1369: r1 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1370: r4 = *(u32 *)(r10 -88)
 1371: if r4 == 0 goto +7
 1372: r4 -= 1
 1373: if r4 > 16383 goto +5
 1374: r8 = r6
 1375: r8 += r4
 1376: r4 = r8
 1377: r4 += 1
 1378: if r4 <= r7 goto +1
 1379: r8 = 0
 1380: r4 = 0
 1381: if r8 == 0 goto +1
 1382: r4 = *(u8 *)(r8 +0)
      ; v22: bit<16> = concat v20, v21
 1383: r8 = r1
 1384: r8 <<= 8
 1385: r8 |= r4
      ; v23: bit<8> = read_field hdr5.kind
 1386: r1 = *(u32 *)(r10 -84)
 1387: if r1 == 0 goto +7
 1388: r1 -= 1
 1389: if r1 > 16383 goto +5
 1390: r4 = r6
 1391: r4 += r1
 1392: r1 = r4
 1393: r1 += 1
 1394: if r1 <= r7 goto +1
 1395: r4 = 0
 1396: r1 = 0
 1397: if r4 == 0 goto +1
 1398: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1399: r4 = r8
 1400: r4 <<= 8
 1401: r4 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1402: r1 = *(u32 *)(r10 -80)
 1403: if r1 == 0 goto +7
 1404: r1 -= 1
 1405: if r1 > 16383 goto +5
 1406: r8 = r6
 1407: r8 += r1
 1408: r1 = r8
 1409: r1 += 1
 1410: if r1 <= r7 goto +1
 1411: r8 = 0
 1412: r1 = 0
 1413: if r8 == 0 goto +1
 1414: r1 = *(u8 *)(r8 +0)
      ; v26: bit<32> = concat v24, v25
 1415: r8 = r4
 1416: r8 <<= 8
 1417: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1418: r1 = *(u32 *)(r10 -76)
 1419: if r1 == 0 goto +7
 1420: r1 -= 1
 1421: if r1 > 16383 goto +5
 1422: r4 = r6
 1423: r4 += r1
 1424: r1 = r4
 1425: r1 += 1
 1426: if r1 <= r7 goto +1
 1427: r4 = 0
 1428: r1 = 0
 1429: if r4 == 0 goto +1
 1430: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1431: r4 = r8
 1432: r4 <<= 8
 1433: r4 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1434: r1 = *(u32 *)(r10 -72)
 1435: if r1 == 0 goto +7
 1436: r1 -= 1
 1437: if r1 > 16383 goto +5
 1438: r8 = r6
 1439: r8 += r1
 1440: r1 = r8
 1441: r1 += 1
 1442: if r1 <= r7 goto +1
 1443: r8 = 0
 1444: r1 = 0
 1445: if r8 == 0 goto +1
 1446: r1 = *(u8 *)(r8 +0)
      ; v30: bit<48> = concat v28, v29
 1447: r8 = r4
 1448: r8 <<= 8
 1449: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1450: r1 = *(u32 *)(r10 -68)
 1451: if r1 == 0 goto +7
 1452: r1 -= 1
 1453: if r1 > 16383 goto +5
 1454: r4 = r6
 1455: r4 += r1
 1456: r1 = r4
 1457: r1 += 1
 1458: if r1 <= r7 goto +1
 1459: r4 = 0
 1460: r1 = 0
 1461: if r4 == 0 goto +1
 1462: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1463: r4 = r8
 1464: r4 <<= 8
 1465: r4 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1466: r1 = *(u32 *)(r10 -64)
 1467: if r1 == 0 goto +7
 1468: r1 -= 1
 1469: if r1 > 16383 goto +5
 1470: r8 = r6
 1471: r8 += r1
 1472: r1 = r8
 1473: r1 += 1
 1474: if r1 <= r7 goto +1
 1475: r8 = 0
 1476: r1 = 0
 1477: if r8 == 0 goto +1
 1478: r1 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1479: r8 = r4
 1480: r8 <<= 8
 1481: r8 |= r1
      ; write var5, v34
 1482: *(u64 *)(r10 -112) = r8
      ; v35: bit<8> = read_field hdr1.ttl
 1483: r1 = *(u32 *)(r10 -100)
 1484: if r1 == 0 goto +7
 1485: r1 -= 1
 1486: if r1 > 16383 goto +5
 1487: r4 = r6
 1488: r4 += r1
 1489: r1 = r4
 1490: r1 += 20
 1491: if r1 <= r7 goto +1
 1492: r4 = 0
 1493: r1 = 0
 1494: if r4 == 0 goto +1
 1495: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1496: r4 = 0
 1497: if r3 == 0 goto +2
 1498: r4 = *(u16 *)(r3 +14)
 1499: r4 = be16 r4
      ; v37: bit<16> = read var4
 1500: r3 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1501: r8 = 0
 1502: if r2 == 0 goto +2
 1503: r8 = *(u16 *)(r2 +1)
 1504: r8 = be16 r8
      ; v39: bit<8> = read_field hdr12.shift
 1505: r2 = *(u32 *)(r10 -56)
 1506: if r2 == 0 goto +7
 1507: r2 -= 1
 1508: if r2 > 16383 goto +5
 1509: r9 = r6
 1510: r9 += r2
 1511: r2 = r9
 1512: r2 += 2
 1513: if r2 <= r7 goto +1
 1514: r9 = 0
 1515: r2 = 0
 1516: if r9 == 0 goto +1
 1517: r2 = *(u8 *)(r9 +1)
      ; v40: bit<64> = read var5
 1518: r0 = *(u64 *)(r10 -112)
 1519: *(u64 *)(r10 -224) = r0
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1520: *(u64 *)(r10 -144) = 0
 1521: *(u64 *)(r10 -136) = 0
 1522: r9 = r1
 1523: r1 = r9
 1524: *(u8 *)(r10 -144) = r1
 1525: r1 = r4
 1526: r4 = r1
 1527: *(u8 *)(r10 -142) = r4
 1528: r1 >>= 8
 1529: r4 = r1
 1530: *(u8 *)(r10 -143) = r4
 1531: r1 = r3
 1532: r3 = r1
 1533: *(u8 *)(r10 -140) = r3
 1534: r1 >>= 8
 1535: r3 = r1
 1536: *(u8 *)(r10 -141) = r3
 1537: r1 = r8
 1538: r3 = r1
 1539: *(u8 *)(r10 -138) = r3
 1540: r1 >>= 8
 1541: r3 = r1
 1542: *(u8 *)(r10 -139) = r3
 1543: r1 = r2
 1544: r2 = r1
 1545: *(u8 *)(r10 -137) = r2
 1546: r0 = *(u64 *)(r10 -224)
 1547: r1 = r0
 1548: r2 = r1
 1549: r2 = be64 r2
 1550: *(u64 *)(r10 -136) = r2
 1551: *(u64 *)(r10 -208) = 0
 1552: *(u32 *)(r10 -216) = 0
 1553: r1 = map[pipe_p0f_signatures_masks] ll
 1555: r2 = r10
 1556: r2 += -216
 1557: call bpf_map_lookup_elem
 1558: r1 = r0
 1559: if r1 == 0 goto +338
 1560: r2 = *(u32 *)(r1 +0)
 1561: if r2 == 0 goto +336
 1562: r2 = *(u32 *)(r10 -216)
 1563: *(u32 *)(r10 -184) = r2
 1564: r2 = *(u32 *)(r10 -144)
 1565: r3 = *(u32 *)(r1 +8)
 1566: r2 &= r3
 1567: *(u32 *)(r10 -180) = r2
 1568: r2 = *(u32 *)(r10 -140)
 1569: r3 = *(u32 *)(r1 +12)
 1570: r2 &= r3
 1571: *(u32 *)(r10 -176) = r2
 1572: r2 = *(u32 *)(r10 -136)
 1573: r3 = *(u32 *)(r1 +16)
 1574: r2 &= r3
 1575: *(u32 *)(r10 -172) = r2
 1576: r2 = *(u32 *)(r10 -132)
 1577: r3 = *(u32 *)(r1 +20)
 1578: r2 &= r3
 1579: *(u32 *)(r10 -168) = r2
 1580: r1 = map[pipe_p0f_signatures] ll
 1582: r2 = r10
 1583: r2 += -184
 1584: call bpf_map_lookup_elem
 1585: r1 = r0
 1586: if r1 == 0 goto +6
 1587: r2 = *(u64 *)(r10 -208)
 1588: if r2 == 0 goto +3
 1589: r3 = *(u32 *)(r1 +4)
 1590: r4 = *(u32 *)(r2 +4)
 1591: if r3 <= r4 goto +1
 1592: *(u64 *)(r10 -208) = r1
 1593: r1 = *(u32 *)(r10 -216)
 1594: r1 += 1
 1595: *(u32 *)(r10 -216) = r1
 1596: r1 = map[pipe_p0f_signatures_masks] ll
 1598: r2 = r10
 1599: r2 += -216
 1600: call bpf_map_lookup_elem
 1601: r1 = r0
 1602: if r1 == 0 goto +295
 1603: r2 = *(u32 *)(r1 +0)
 1604: if r2 == 0 goto +293
 1605: r2 = *(u32 *)(r10 -216)
 1606: *(u32 *)(r10 -184) = r2
 1607: r2 = *(u32 *)(r10 -144)
 1608: r3 = *(u32 *)(r1 +8)
 1609: r2 &= r3
 1610: *(u32 *)(r10 -180) = r2
 1611: r2 = *(u32 *)(r10 -140)
 1612: r3 = *(u32 *)(r1 +12)
 1613: r2 &= r3
 1614: *(u32 *)(r10 -176) = r2
 1615: r2 = *(u32 *)(r10 -136)
 1616: r3 = *(u32 *)(r1 +16)
 1617: r2 &= r3
 1618: *(u32 *)(r10 -172) = r2
 1619: r2 = *(u32 *)(r10 -132)
 1620: r3 = *(u32 *)(r1 +20)
 1621: r2 &= r3
 1622: *(u32 *)(r10 -168) = r2
 1623: r1 = map[pipe_p0f_signatures] ll
 1625: r2 = r10
 1626: r2 += -184
 1627: call bpf_map_lookup_elem
 1628: r1 = r0
 1629: if r1 == 0 goto +6
 1630: r2 = *(u64 *)(r10 -208)
 1631: if r2 == 0 goto +3
 1632: r3 = *(u32 *)(r1 +4)
 1633: r4 = *(u32 *)(r2 +4)
 1634: if r3 <= r4 goto +1
 1635: *(u64 *)(r10 -208) = r1
 1636: r1 = *(u32 *)(r10 -216)
 1637: r1 += 1
 1638: *(u32 *)(r10 -216) = r1
 1639: r1 = map[pipe_p0f_signatures_masks] ll
 1641: r2 = r10
 1642: r2 += -216
 1643: call bpf_map_lookup_elem
 1644: r1 = r0
 1645: if r1 == 0 goto +252
 1646: r2 = *(u32 *)(r1 +0)
 1647: if r2 == 0 goto +250
 1648: r2 = *(u32 *)(r10 -216)
 1649: *(u32 *)(r10 -184) = r2
 1650: r2 = *(u32 *)(r10 -144)
 1651: r3 = *(u32 *)(r1 +8)
 1652: r2 &= r3
 1653: *(u32 *)(r10 -180) = r2
 1654: r2 = *(u32 *)(r10 -140)
 1655: r3 = *(u32 *)(r1 +12)
 1656: r2 &= r3
 1657: *(u32 *)(r10 -176) = r2
 1658: r2 = *(u32 *)(r10 -136)
 1659: r3 = *(u32 *)(r1 +16)
 1660: r2 &= r3
 1661: *(u32 *)(r10 -172) = r2
 1662: r2 = *(u32 *)(r10 -132)
 1663: r3 = *(u32 *)(r1 +20)
 1664: r2 &= r3
 1665: *(u32 *)(r10 -168) = r2
 1666: r1 = map[pipe_p0f_signatures] ll
 1668: r2 = r10
 1669: r2 += -184
 1670: call bpf_map_lookup_elem
 1671: r1 = r0
 1672: if r1 == 0 goto +6
 1673: r2 = *(u64 *)(r10 -208)
 1674: if r2 == 0 goto +3
 1675: r3 = *(u32 *)(r1 +4)
 1676: r4 = *(u32 *)(r2 +4)
 1677: if r3 <= r4 goto +1
 1678: *(u64 *)(r10 -208) = r1
 1679: r1 = *(u32 *)(r10 -216)
 1680: r1 += 1
 1681: *(u32 *)(r10 -216) = r1
 1682: r1 = map[pipe_p0f_signatures_masks] ll
 1684: r2 = r10
 1685: r2 += -216
 1686: call bpf_map_lookup_elem
 1687: r1 = r0
 1688: if r1 == 0 goto +209
 1689: r2 = *(u32 *)(r1 +0)
 1690: if r2 == 0 goto +207
 1691: r2 = *(u32 *)(r10 -216)
 1692: *(u32 *)(r10 -184) = r2
 1693: r2 = *(u32 *)(r10 -144)
 1694: r3 = *(u32 *)(r1 +8)
 1695: r2 &= r3
 1696: *(u32 *)(r10 -180) = r2
 1697: r2 = *(u32 *)(r10 -140)
 1698: r3 = *(u32 *)(r1 +12)
 1699: r2 &= r3
 1700: *(u32 *)(r10 -176) = r2
 1701: r2 = *(u32 *)(r10 -136)
 1702: r3 = *(u32 *)(r1 +16)
 1703: r2 &= r3
 1704: *(u32 *)(r10 -172) = r2
 1705: r2 = *(u32 *)(r10 -132)
 1706: r3 = *(u32 *)(r1 +20)
 1707: r2 &= r3
 1708: *(u32 *)(r10 -168) = r2
 1709: r1 = map[pipe_p0f_signatures] ll
 1711: r2 = r10
 1712: r2 += -184
 1713: call bpf_map_lookup_elem
 1714: r1 = r0
 1715: if r1 == 0 goto +6
 1716: r2 = *(u64 *)(r10 -208)
 1717: if r2 == 0 goto +3
 1718: r3 = *(u32 *)(r1 +4)
 1719: r4 = *(u32 *)(r2 +4)
 1720: if r3 <= r4 goto +1
 1721: *(u64 *)(r10 -208) = r1
 1722: r1 = *(u32 *)(r10 -216)
 1723: r1 += 1
 1724: *(u32 *)(r10 -216) = r1
 1725: r1 = map[pipe_p0f_signatures_masks] ll
 1727: r2 = r10
 1728: r2 += -216
 1729: call bpf_map_lookup_elem
 1730: r1 = r0
 1731: if r1 == 0 goto +166
 1732: r2 = *(u32 *)(r1 +0)
 1733: if r2 == 0 goto +164
 1734: r2 = *(u32 *)(r10 -216)
 1735: *(u32 *)(r10 -184) = r2
 1736: r2 = *(u32 *)(r10 -144)
 1737: r3 = *(u32 *)(r1 +8)
 1738: r2 &= r3
 1739: *(u32 *)(r10 -180) = r2
 1740: r2 = *(u32 *)(r10 -140)
 1741: r3 = *(u32 *)(r1 +12)
 1742: r2 &= r3
 1743: *(u32 *)(r10 -176) = r2
 1744: r2 = *(u32 *)(r10 -136)
 1745: r3 = *(u32 *)(r1 +16)
 1746: r2 &= r3
 1747: *(u32 *)(r10 -172) = r2
 1748: r2 = *(u32 *)(r10 -132)
 1749: r3 = *(u32 *)(r1 +20)
 1750: r2 &= r3
 1751: *(u32 *)(r10 -168) = r2
 1752: r1 = map[pipe_p0f_signatures] ll
 1754: r2 = r10
 1755: r2 += -184
 1756: call bpf_map_lookup_elem
 1757: r1 = r0
 1758: if r1 == 0 goto +6
 1759: r2 = *(u64 *)(r10 -208)
 1760: if r2 == 0 goto +3
 1761: r3 = *(u32 *)(r1 +4)
 1762: r4 = *(u32 *)(r2 +4)
 1763: if r3 <= r4 goto +1
 1764: *(u64 *)(r10 -208) = r1
 1765: r1 = *(u32 *)(r10 -216)
 1766: r1 += 1
 1767: *(u32 *)(r10 -216) = r1
 1768: r1 = map[pipe_p0f_signatures_masks] ll
 1770: r2 = r10
 1771: r2 += -216
 1772: call bpf_map_lookup_elem
 1773: r1 = r0
 1774: if r1 == 0 goto +123
 1775: r2 = *(u32 *)(r1 +0)
 1776: if r2 == 0 goto +121
 1777: r2 = *(u32 *)(r10 -216)
 1778: *(u32 *)(r10 -184) = r2
 1779: r2 = *(u32 *)(r10 -144)
 1780: r3 = *(u32 *)(r1 +8)
 1781: r2 &= r3
 1782: *(u32 *)(r10 -180) = r2
 1783: r2 = *(u32 *)(r10 -140)
 1784: r3 = *(u32 *)(r1 +12)
 1785: r2 &= r3
 1786: *(u32 *)(r10 -176) = r2
 1787: r2 = *(u32 *)(r10 -136)
 1788: r3 = *(u32 *)(r1 +16)
 1789: r2 &= r3
 1790: *(u32 *)(r10 -172) = r2
 1791: r2 = *(u32 *)(r10 -132)
 1792: r3 = *(u32 *)(r1 +20)
 1793: r2 &= r3
 1794: *(u32 *)(r10 -168) = r2
 1795: r1 = map[pipe_p0f_signatures] ll
 1797: r2 = r10
 1798: r2 += -184
 1799: call bpf_map_lookup_elem
 1800: r1 = r0
 1801: if r1 == 0 goto +6
 1802: r2 = *(u64 *)(r10 -208)
 1803: if r2 == 0 goto +3
 1804: r3 = *(u32 *)(r1 +4)
 1805: r4 = *(u32 *)(r2 +4)
 1806: if r3 <= r4 goto +1
 1807: *(u64 *)(r10 -208) = r1
 1808: r1 = *(u32 *)(r10 -216)
 1809: r1 += 1
 1810: *(u32 *)(r10 -216) = r1
 1811: r1 = map[pipe_p0f_signatures_masks] ll
 1813: r2 = r10
 1814: r2 += -216
 1815: call bpf_map_lookup_elem
 1816: r1 = r0
 1817: if r1 == 0 goto +80
 1818: r2 = *(u32 *)(r1 +0)
 1819: if r2 == 0 goto +78
 1820: r2 = *(u32 *)(r10 -216)
 1821: *(u32 *)(r10 -184) = r2
 1822: r2 = *(u32 *)(r10 -144)
 1823: r3 = *(u32 *)(r1 +8)
 1824: r2 &= r3
 1825: *(u32 *)(r10 -180) = r2
 1826: r2 = *(u32 *)(r10 -140)
 1827: r3 = *(u32 *)(r1 +12)
 1828: r2 &= r3
 1829: *(u32 *)(r10 -176) = r2
 1830: r2 = *(u32 *)(r10 -136)
 1831: r3 = *(u32 *)(r1 +16)
 1832: r2 &= r3
 1833: *(u32 *)(r10 -172) = r2
 1834: r2 = *(u32 *)(r10 -132)
 1835: r3 = *(u32 *)(r1 +20)
 1836: r2 &= r3
 1837: *(u32 *)(r10 -168) = r2
 1838: r1 = map[pipe_p0f_signatures] ll
 1840: r2 = r10
 1841: r2 += -184
 1842: call bpf_map_lookup_elem
 1843: r1 = r0
 1844: if r1 == 0 goto +6
 1845: r2 = *(u64 *)(r10 -208)
 1846: if r2 == 0 goto +3
 1847: r3 = *(u32 *)(r1 +4)
 1848: r4 = *(u32 *)(r2 +4)
 1849: if r3 <= r4 goto +1
 1850: *(u64 *)(r10 -208) = r1
 1851: r1 = *(u32 *)(r10 -216)
 1852: r1 += 1
 1853: *(u32 *)(r10 -216) = r1
 1854: r1 = map[pipe_p0f_signatures_masks] ll
 1856: r2 = r10
 1857: r2 += -216
 1858: call bpf_map_lookup_elem
 1859: r1 = r0
 1860: if r1 == 0 goto +37
 1861: r2 = *(u32 *)(r1 +0)
 1862: if r2 == 0 goto +35
 1863: r2 = *(u32 *)(r10 -216)
 1864: *(u32 *)(r10 -184) = r2
 1865: r2 = *(u32 *)(r10 -144)
 1866: r3 = *(u32 *)(r1 +8)
 1867: r2 &= r3
 1868: *(u32 *)(r10 -180) = r2
 1869: r2 = *(u32 *)(r10 -140)
 1870: r3 = *(u32 *)(r1 +12)
 1871: r2 &= r3
 1872: *(u32 *)(r10 -176) = r2
 1873: r2 = *(u32 *)(r10 -136)
 1874: r3 = *(u32 *)(r1 +16)
 1875: r2 &= r3
 1876: *(u32 *)(r10 -172) = r2
 1877: r2 = *(u32 *)(r10 -132)
 1878: r3 = *(u32 *)(r1 +20)
 1879: r2 &= r3
 1880: *(u32 *)(r10 -168) = r2
 1881: r1 = map[pipe_p0f_signatures] ll
 1883: r2 = r10
 1884: r2 += -184
 1885: call bpf_map_lookup_elem
 1886: r1 = r0
 1887: if r1 == 0 goto +6
 1888: r2 = *(u64 *)(r10 -208)
 1889: if r2 == 0 goto +3
 1890: r3 = *(u32 *)(r1 +4)
 1891: r4 = *(u32 *)(r2 +4)
 1892: if r3 <= r4 goto +1
 1893: *(u64 *)(r10 -208) = r1
 1894: r1 = *(u32 *)(r10 -216)
 1895: r1 += 1
 1896: *(u32 *)(r10 -216) = r1
 1897: if r1 < 32 goto -345
 1898: r1 = *(u64 *)(r10 -208)
 1899: r2 = 1
 1900: if r1 != 0 goto +17
 1901: r2 = 0
 1902: *(u32 *)(r10 -144) = 0
 1903: r1 = map[pipe_p0f_signatures_default] ll
 1905: r2 = r10
 1906: r2 += -144
 1907: call bpf_map_lookup_elem
 1908: r1 = r0
 1909: if r1 == 0 goto +5
 1910: r2 = *(u32 *)(r1 +0)
 1911: r8 = *(u32 *)(r1 +8)
 1912: r8 = be32 r8
 1913: w8 = w8
 1914: goto +8
 1915: r2 = 2
 1916: r8 = 0
 1917: goto +5
 1918: r1 = *(u64 *)(r10 -208)
 1919: r2 = *(u32 *)(r1 +0)
 1920: r8 = *(u32 *)(r1 +8)
 1921: r8 = be32 r8
 1922: w8 = w8
 1923: if r2 == 0 goto +26
 1924: if r2 == 1 goto +3
 1925: if r2 == 2 goto +1
 1926: goto +42
      ; pipe: block6 (NoAction)
 1927: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 1928: r1 = 1
      ; write var10, v45
 1929: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 1930: r1 = 0
      ; v47: bit<32> = const 1
 1931: r2 = 1
      ; count counter0[v46] += v47
 1932: *(u32 *)(r10 -144) = r1
 1933: *(u64 *)(r10 -208) = r2
 1934: r1 = map[pipe_os_stats] ll
 1936: r2 = r10
 1937: r2 += -144
 1938: call bpf_map_lookup_elem
 1939: r1 = r0
 1940: if r1 == 0 goto +8
 1941: r2 = *(u64 *)(r1 +0)
 1942: r3 = *(u64 *)(r10 -208)
 1943: r2 += r3
 1944: *(u64 *)(r1 +0) = r2
 1945: r2 = *(u64 *)(r1 +8)
 1946: r3 = *(u32 *)(r10 -40)
 1947: r2 += r3
 1948: *(u64 *)(r1 +8) = r2
 1949: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 1950: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 1951: r1 = 1
      ; count counter0[v43] += v44
 1952: *(u32 *)(r10 -144) = r8
 1953: *(u64 *)(r10 -208) = r1
 1954: r1 = map[pipe_os_stats] ll
 1956: r2 = r10
 1957: r2 += -144
 1958: call bpf_map_lookup_elem
 1959: r1 = r0
 1960: if r1 == 0 goto +8
 1961: r2 = *(u64 *)(r1 +0)
 1962: r3 = *(u64 *)(r10 -208)
 1963: r2 += r3
 1964: *(u64 *)(r1 +0) = r2
 1965: r2 = *(u64 *)(r1 +8)
 1966: r3 = *(u32 *)(r10 -40)
 1967: r2 += r3
 1968: *(u64 *)(r1 +8) = r2
 1969: goto +7
 1970: goto +6
      ; drop
 1971: r1 = *(u32 *)(r10 -36)
 1972: r2 = *(u32 *)(r10 -32)
 1973: r2 = *(u64 *)(r10 -8)
 1974: *(u32 *)(r2 +8) = r1
 1975: r0 = 2
 1976: exit
      ; epilogue: verdict
 1977: r1 = *(u32 *)(r10 -36)
 1978: r2 = *(u32 *)(r10 -32)
 1979: r2 = *(u64 *)(r10 -8)
 1980: *(u32 *)(r2 +8) = r1
 1981: r1 = *(u8 *)(r10 -23)
 1982: if r1 != 0 goto +2
 1983: r0 = 0
 1984: exit
 1985: if r1 != 2 goto +4
 1986: r1 = *(u32 *)(r10 -32)
 1987: r2 = 0
 1988: call bpf_redirect
 1989: exit
 1990: r0 = 2
 1991: exit
