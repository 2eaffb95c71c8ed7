; p0f for classifier: 3186 instructions, stack 240 bytes, 4 maps
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
   18: r2 = *(u32 *)(r1 +36)
   19: *(u32 *)(r10 -44) = r2
   20: r2 = *(u32 *)(r1 +8)
   21: *(u32 *)(r10 -36) = r2
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   22: r1 = *(u64 *)(r10 -16)
   23: if r1 > 16383 goto +5
   24: r2 = r6
   25: r2 += r1
   26: r3 = r2
   27: r3 += 14
   28: if r3 <= r7 goto +2
   29: *(u32 *)(r10 -48) = 1
   30: goto +3134
   31: r3 = r1
   32: r3 += 1
   33: *(u32 *)(r10 -104) = r3
   34: r1 += 14
   35: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   36: r1 = 0
   37: if r2 == 0 goto +2
   38: r1 = *(u16 *)(r2 +12)
   39: r1 = be16 r1
   40: if r1 != 2048 goto +1
   41: goto +1
   42: goto +1269
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   43: r1 = *(u64 *)(r10 -16)
   44: if r1 > 16383 goto +5
   45: r2 = r6
   46: r2 += r1
   47: r3 = r2
   48: r3 += 20
   49: if r3 <= r7 goto +2
   50: *(u32 *)(r10 -48) = 1
   51: goto +3113
   52: r3 = r1
   53: r3 += 1
   54: *(u32 *)(r10 -100) = r3
   55: r1 += 20
   56: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   57: r1 = 0
   58: if r2 == 0 goto +2
   59: r1 = *(u8 *)(r2 +0)
   60: r1 &= 15
      ; v2: bit<4> = const 5
   61: r3 = 5
      ; v3: bool = ge v1, v2
   62: r4 = 1
   63: if r1 >= r3 goto +1
   64: r4 = 0
      ; verify v3, error HeaderTooShort
   65: if r4 != 0 goto +2
   66: *(u32 *)(r10 -48) = 4
   67: goto +3097
      ; v4: bit<4> = read_field hdr1.ihl
   68: r1 = 0
   69: if r2 == 0 goto +2
   70: r1 = *(u8 *)(r2 +0)
   71: r1 &= 15
      ; v5: bit<32> = cast v4
   72: r3 = r1
   73: w3 = w3
      ; v6: bit<32> = const 5
   74: r1 = 5
      ; v7: bit<32> = sub v5, v6
   75: r4 = r3
   76: r4 -= r1
   77: w4 = w4
      ; v8: bit<32> = const 0x20
   78: r1 = 32
      ; v9: bit<32> = mul v7, v8
   79: r3 = r4
   80: r3 *= r1
   81: w3 = w3
      ; advance v9
   82: r1 = r3
   83: r1 &= 7
   84: if r1 == 0 goto +2
   85: *(u32 *)(r10 -48) = 6
   86: goto +3078
   87: r1 = r3
   88: r1 >>= 3
   89: r3 = *(u64 *)(r10 -16)
   90: r3 += r1
   91: if r3 > 16383 goto +3
   92: r1 = r6
   93: r1 += r3
   94: if r1 <= r7 goto +2
   95: *(u32 *)(r10 -48) = 1
   96: goto +3068
   97: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   98: r1 = 0
   99: if r2 == 0 goto +3
  100: r1 = *(u16 *)(r2 +6)
  101: r1 = be16 r1
  102: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  103: r3 = 0
  104: if r2 == 0 goto +1
  105: r3 = *(u8 *)(r2 +9)
  106: if r1 != 0 goto +2
  107: if r3 != 6 goto +1
  108: goto +1
  109: goto +1202
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  110: r1 = *(u64 *)(r10 -16)
  111: if r1 > 16383 goto +5
  112: r2 = r6
  113: r2 += r1
  114: r3 = r2
  115: r3 += 20
  116: if r3 <= r7 goto +2
  117: *(u32 *)(r10 -48) = 1
  118: goto +3046
  119: r3 = r1
  120: r3 += 1
  121: *(u32 *)(r10 -96) = r3
  122: r1 += 20
  123: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  124: r1 = 0
  125: if r2 == 0 goto +3
  126: r1 = *(u8 *)(r2 +12)
  127: r1 >>= 4
  128: r1 &= 15
      ; v13: bit<4> = const 5
  129: r3 = 5
      ; v14: bool = ge v12, v13
  130: r4 = 1
  131: if r1 >= r3 goto +1
  132: r4 = 0
      ; verify v14, error HeaderTooShort
  133: if r4 != 0 goto +2
  134: *(u32 *)(r10 -48) = 4
  135: goto +3029
      ; v15: bit<4> = read_field hdr2.dataOffset
  136: r1 = 0
  137: if r2 == 0 goto +3
  138: r1 = *(u8 *)(r2 +12)
  139: r1 >>= 4
  140: r1 &= 15
      ; v16: bit<16> = cast v15
  141: r3 = r1
  142: r3 &= 65535
      ; v17: bit<16> = const 5
  143: r1 = 5
      ; v18: bit<16> = sub v16, v17
  144: r4 = r3
  145: r4 -= r1
  146: r4 &= 65535
      ; v19: bit<16> = const 4
  147: r1 = 4
      ; v20: bit<16> = mul v18, v19
  148: r3 = r4
  149: r3 *= r1
  150: r3 &= 65535
      ; write var2, v20
  151: *(u16 *)(r10 -28) = r3
      ; v21: bit<8> = read_field hdr2.flags
  152: r1 = 0
  153: if r2 == 0 goto +1
  154: r1 = *(u8 *)(r2 +13)
  155: r2 = r1
  156: r2 &= 18
  157: if r2 != 2 goto +1
  158: goto +1
  159: goto +1152
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  160: r1 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  161: r2 = *(u8 *)(r10 -24)
  162: if r1 != 0 goto +1
  163: goto +1148
  164: if r2 != 8 goto +1
  165: goto +1146
      ; prs: block5 (parse_option)
      ; extract hdr3
  166: r1 = *(u64 *)(r10 -16)
  167: if r1 > 16383 goto +5
  168: r2 = r6
  169: r2 += r1
  170: r3 = r2
  171: r3 += 1
  172: if r3 <= r7 goto +2
  173: *(u32 *)(r10 -48) = 1
  174: goto +2990
  175: r3 = r1
  176: r3 += 1
  177: *(u32 *)(r10 -92) = r3
  178: r1 += 1
  179: *(u64 *)(r10 -16) = r1
      ; v24: bit<8> = read var3
  180: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  181: r3 = 1
      ; v26: bit<8> = add v24, v25
  182: r4 = r1
  183: r4 += r3
  184: r4 &= 255
      ; write var3, v26
  185: *(u8 *)(r10 -24) = r4
      ; v27: bit<16> = read var2
  186: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  187: r3 = 1
      ; v29: bit<16> = sub v27, v28
  188: r4 = r1
  189: r4 -= r3
  190: r4 &= 65535
      ; write var2, v29
  191: *(u16 *)(r10 -28) = r4
      ; v30: bit<8> = read_field hdr3.kind
  192: r1 = 0
  193: if r2 == 0 goto +1
  194: r1 = *(u8 *)(r2 +0)
  195: if r1 != 0 goto +1
  196: goto +1115
  197: if r1 != 1 goto +1
  198: goto +104
  199: if r1 != 2 goto +1
  200: goto +82
  201: if r1 != 3 goto +1
  202: goto +59
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  203: r1 = *(u64 *)(r10 -16)
  204: if r1 > 16383 goto +5
  205: r2 = r6
  206: r2 += r1
  207: r1 = r2
  208: r1 += 1
  209: if r1 <= r7 goto +2
  210: *(u32 *)(r10 -48) = 1
  211: goto +2953
  212: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  213: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  214: r1 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
  215: r2 = 2
      ; v34: bool = ge v32, v33
  216: r3 = 1
  217: if r1 >= r2 goto +1
  218: r3 = 0
      ; verify v34, error HeaderTooShort
  219: if r3 != 0 goto +2
  220: *(u32 *)(r10 -48) = 4
  221: goto +2943
      ; v35: bit<8> = read var11
  222: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  223: r2 = r1
  224: w2 = w2
      ; v37: bit<32> = const 1
  225: r1 = 1
      ; v38: bit<32> = sub v36, v37
  226: r3 = r2
  227: r3 -= r1
  228: w3 = w3
      ; v39: bit<32> = const 8
  229: r1 = 8
      ; v40: bit<32> = mul v38, v39
  230: r2 = r3
  231: r2 *= r1
  232: w2 = w2
      ; advance v40
  233: r1 = r2
  234: r1 &= 7
  235: if r1 == 0 goto +2
  236: *(u32 *)(r10 -48) = 6
  237: goto +2927
  238: r1 = r2
  239: r1 >>= 3
  240: r2 = *(u64 *)(r10 -16)
  241: r2 += r1
  242: if r2 > 16383 goto +3
  243: r1 = r6
  244: r1 += r2
  245: if r1 <= r7 goto +2
  246: *(u32 *)(r10 -48) = 1
  247: goto +2917
  248: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  249: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  250: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  251: r3 = r2
  252: r3 &= 65535
      ; v44: bit<16> = const 1
  253: r2 = 1
      ; v45: bit<16> = sub v43, v44
  254: r4 = r3
  255: r4 -= r2
  256: r4 &= 65535
      ; v46: bit<16> = sub v41, v45
  257: r2 = r1
  258: r2 -= r4
  259: r2 &= 65535
      ; write var2, v46
  260: *(u16 *)(r10 -28) = r2
  261: goto +41
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  262: r1 = *(u64 *)(r10 -16)
  263: if r1 > 16383 goto +5
  264: r2 = r6
  265: r2 += r1
  266: r3 = r2
  267: r3 += 2
  268: if r3 <= r7 goto +2
  269: *(u32 *)(r10 -48) = 1
  270: goto +2894
  271: r2 = r1
  272: r2 += 1
  273: *(u32 *)(r10 -56) = r2
  274: r1 += 2
  275: *(u64 *)(r10 -16) = r1
      ; v47: bit<16> = read var2
  276: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  277: r2 = 2
      ; v49: bit<16> = sub v47, v48
  278: r3 = r1
  279: r3 -= r2
  280: r3 &= 65535
      ; write var2, v49
  281: *(u16 *)(r10 -28) = r3
  282: goto +20
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  283: r1 = *(u64 *)(r10 -16)
  284: if r1 > 16383 goto +5
  285: r2 = r6
  286: r2 += r1
  287: r3 = r2
  288: r3 += 3
  289: if r3 <= r7 goto +2
  290: *(u32 *)(r10 -48) = 1
  291: goto +2873
  292: r2 = r1
  293: r2 += 1
  294: *(u32 *)(r10 -60) = r2
  295: r1 += 3
  296: *(u64 *)(r10 -16) = r1
      ; v50: bit<16> = read var2
  297: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  298: r2 = 3
      ; v52: bit<16> = sub v50, v51
  299: r3 = r1
  300: r3 -= r2
  301: r3 &= 65535
      ; write var2, v52
  302: *(u16 *)(r10 -28) = r3
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  303: r1 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  304: r2 = *(u8 *)(r10 -24)
  305: if r1 != 0 goto +1
  306: goto +1005
  307: if r2 != 8 goto +1
  308: goto +1003
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  309: r1 = *(u64 *)(r10 -16)
  310: if r1 > 16383 goto +5
  311: r2 = r6
  312: r2 += r1
  313: r3 = r2
  314: r3 += 1
  315: if r3 <= r7 goto +2
  316: *(u32 *)(r10 -48) = 1
  317: goto +2847
  318: r3 = r1
  319: r3 += 1
  320: *(u32 *)(r10 -88) = r3
  321: r1 += 1
  322: *(u64 *)(r10 -16) = r1
      ; v55: bit<8> = read var3
  323: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  324: r3 = 1
      ; v57: bit<8> = add v55, v56
  325: r4 = r1
  326: r4 += r3
  327: r4 &= 255
      ; write var3, v57
  328: *(u8 *)(r10 -24) = r4
      ; v58: bit<16> = read var2
  329: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  330: r3 = 1
      ; v60: bit<16> = sub v58, v59
  331: r4 = r1
  332: r4 -= r3
  333: r4 &= 65535
      ; write var2, v60
  334: *(u16 *)(r10 -28) = r4
      ; v61: bit<8> = read_field hdr4.kind
  335: r1 = 0
  336: if r2 == 0 goto +1
  337: r1 = *(u8 *)(r2 +0)
  338: if r1 != 0 goto +1
  339: goto +972
  340: if r1 != 1 goto +1
  341: goto +104
  342: if r1 != 2 goto +1
  343: goto +82
  344: if r1 != 3 goto +1
  345: goto +59
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  346: r1 = *(u64 *)(r10 -16)
  347: if r1 > 16383 goto +5
  348: r2 = r6
  349: r2 += r1
  350: r1 = r2
  351: r1 += 1
  352: if r1 <= r7 goto +2
  353: *(u32 *)(r10 -48) = 1
  354: goto +2810
  355: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  356: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  357: r1 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
  358: r2 = 2
      ; v65: bool = ge v63, v64
  359: r3 = 1
  360: if r1 >= r2 goto +1
  361: r3 = 0
      ; verify v65, error HeaderTooShort
  362: if r3 != 0 goto +2
  363: *(u32 *)(r10 -48) = 4
  364: goto +2800
      ; v66: bit<8> = read var11
  365: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  366: r2 = r1
  367: w2 = w2
      ; v68: bit<32> = const 1
  368: r1 = 1
      ; v69: bit<32> = sub v67, v68
  369: r3 = r2
  370: r3 -= r1
  371: w3 = w3
      ; v70: bit<32> = const 8
  372: r1 = 8
      ; v71: bit<32> = mul v69, v70
  373: r2 = r3
  374: r2 *= r1
  375: w2 = w2
      ; advance v71
  376: r1 = r2
  377: r1 &= 7
  378: if r1 == 0 goto +2
  379: *(u32 *)(r10 -48) = 6
  380: goto +2784
  381: r1 = r2
  382: r1 >>= 3
  383: r2 = *(u64 *)(r10 -16)
  384: r2 += r1
  385: if r2 > 16383 goto +3
  386: r1 = r6
  387: r1 += r2
  388: if r1 <= r7 goto +2
  389: *(u32 *)(r10 -48) = 1
  390: goto +2774
  391: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  392: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  393: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  394: r3 = r2
  395: r3 &= 65535
      ; v75: bit<16> = const 1
  396: r2 = 1
      ; v76: bit<16> = sub v74, v75
  397: r4 = r3
  398: r4 -= r2
  399: r4 &= 65535
      ; v77: bit<16> = sub v72, v76
  400: r2 = r1
  401: r2 -= r4
  402: r2 &= 65535
      ; write var2, v77
  403: *(u16 *)(r10 -28) = r2
  404: goto +41
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  405: r1 = *(u64 *)(r10 -16)
  406: if r1 > 16383 goto +5
  407: r2 = r6
  408: r2 += r1
  409: r3 = r2
  410: r3 += 2
  411: if r3 <= r7 goto +2
  412: *(u32 *)(r10 -48) = 1
  413: goto +2751
  414: r2 = r1
  415: r2 += 1
  416: *(u32 *)(r10 -56) = r2
  417: r1 += 2
  418: *(u64 *)(r10 -16) = r1
      ; v78: bit<16> = read var2
  419: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  420: r2 = 2
      ; v80: bit<16> = sub v78, v79
  421: r3 = r1
  422: r3 -= r2
  423: r3 &= 65535
      ; write var2, v80
  424: *(u16 *)(r10 -28) = r3
  425: goto +20
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  426: r1 = *(u64 *)(r10 -16)
  427: if r1 > 16383 goto +5
  428: r2 = r6
  429: r2 += r1
  430: r3 = r2
  431: r3 += 3
  432: if r3 <= r7 goto +2
  433: *(u32 *)(r10 -48) = 1
  434: goto +2730
  435: r2 = r1
  436: r2 += 1
  437: *(u32 *)(r10 -60) = r2
  438: r1 += 3
  439: *(u64 *)(r10 -16) = r1
      ; v81: bit<16> = read var2
  440: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  441: r2 = 3
      ; v83: bit<16> = sub v81, v82
  442: r3 = r1
  443: r3 -= r2
  444: r3 &= 65535
      ; write var2, v83
  445: *(u16 *)(r10 -28) = r3
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  446: r1 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  447: r2 = *(u8 *)(r10 -24)
  448: if r1 != 0 goto +1
  449: goto +862
  450: if r2 != 8 goto +1
  451: goto +860
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  452: r1 = *(u64 *)(r10 -16)
  453: if r1 > 16383 goto +5
  454: r2 = r6
  455: r2 += r1
  456: r3 = r2
  457: r3 += 1
  458: if r3 <= r7 goto +2
  459: *(u32 *)(r10 -48) = 1
  460: goto +2704
  461: r3 = r1
  462: r3 += 1
  463: *(u32 *)(r10 -84) = r3
  464: r1 += 1
  465: *(u64 *)(r10 -16) = r1
      ; v86: bit<8> = read var3
  466: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  467: r3 = 1
      ; v88: bit<8> = add v86, v87
  468: r4 = r1
  469: r4 += r3
  470: r4 &= 255
      ; write var3, v88
  471: *(u8 *)(r10 -24) = r4
      ; v89: bit<16> = read var2
  472: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  473: r3 = 1
      ; v91: bit<16> = sub v89, v90
  474: r4 = r1
  475: r4 -= r3
  476: r4 &= 65535
      ; write var2, v91
  477: *(u16 *)(r10 -28) = r4
      ; v92: bit<8> = read_field hdr5.kind
  478: r1 = 0
  479: if r2 == 0 goto +1
  480: r1 = *(u8 *)(r2 +0)
  481: if r1 != 0 goto +1
  482: goto +829
  483: if r1 != 1 goto +1
  484: goto +104
  485: if r1 != 2 goto +1
  486: goto +82
  487: if r1 != 3 goto +1
  488: goto +59
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  489: r1 = *(u64 *)(r10 -16)
  490: if r1 > 16383 goto +5
  491: r2 = r6
  492: r2 += r1
  493: r1 = r2
  494: r1 += 1
  495: if r1 <= r7 goto +2
  496: *(u32 *)(r10 -48) = 1
  497: goto +2667
  498: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  499: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  500: r1 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
  501: r2 = 2
      ; v96: bool = ge v94, v95
  502: r3 = 1
  503: if r1 >= r2 goto +1
  504: r3 = 0
      ; verify v96, error HeaderTooShort
  505: if r3 != 0 goto +2
  506: *(u32 *)(r10 -48) = 4
  507: goto +2657
      ; v97: bit<8> = read var11
  508: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  509: r2 = r1
  510: w2 = w2
      ; v99: bit<32> = const 1
  511: r1 = 1
      ; v100: bit<32> = sub v98, v99
  512: r3 = r2
  513: r3 -= r1
  514: w3 = w3
      ; v101: bit<32> = const 8
  515: r1 = 8
      ; v102: bit<32> = mul v100, v101
  516: r2 = r3
  517: r2 *= r1
  518: w2 = w2
      ; advance v102
  519: r1 = r2
  520: r1 &= 7
  521: if r1 == 0 goto +2
  522: *(u32 *)(r10 -48) = 6
  523: goto +2641
  524: r1 = r2
  525: r1 >>= 3
  526: r2 = *(u64 *)(r10 -16)
  527: r2 += r1
  528: if r2 > 16383 goto +3
  529: r1 = r6
  530: r1 += r2
  531: if r1 <= r7 goto +2
  532: *(u32 *)(r10 -48) = 1
  533: goto +2631
  534: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  535: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  536: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  537: r3 = r2
  538: r3 &= 65535
      ; v106: bit<16> = const 1
  539: r2 = 1
      ; v107: bit<16> = sub v105, v106
  540: r4 = r3
  541: r4 -= r2
  542: r4 &= 65535
      ; v108: bit<16> = sub v103, v107
  543: r2 = r1
  544: r2 -= r4
  545: r2 &= 65535
      ; write var2, v108
  546: *(u16 *)(r10 -28) = r2
  547: goto +41
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  548: r1 = *(u64 *)(r10 -16)
  549: if r1 > 16383 goto +5
  550: r2 = r6
  551: r2 += r1
  552: r3 = r2
  553: r3 += 2
  554: if r3 <= r7 goto +2
  555: *(u32 *)(r10 -48) = 1
  556: goto +2608
  557: r2 = r1
  558: r2 += 1
  559: *(u32 *)(r10 -56) = r2
  560: r1 += 2
  561: *(u64 *)(r10 -16) = r1
      ; v109: bit<16> = read var2
  562: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  563: r2 = 2
      ; v111: bit<16> = sub v109, v110
  564: r3 = r1
  565: r3 -= r2
  566: r3 &= 65535
      ; write var2, v111
  567: *(u16 *)(r10 -28) = r3
  568: goto +20
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  569: r1 = *(u64 *)(r10 -16)
  570: if r1 > 16383 goto +5
  571: r2 = r6
  572: r2 += r1
  573: r3 = r2
  574: r3 += 3
  575: if r3 <= r7 goto +2
  576: *(u32 *)(r10 -48) = 1
  577: goto +2587
  578: r2 = r1
  579: r2 += 1
  580: *(u32 *)(r10 -60) = r2
  581: r1 += 3
  582: *(u64 *)(r10 -16) = r1
      ; v112: bit<16> = read var2
  583: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  584: r2 = 3
      ; v114: bit<16> = sub v112, v113
  585: r3 = r1
  586: r3 -= r2
  587: r3 &= 65535
      ; write var2, v114
  588: *(u16 *)(r10 -28) = r3
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  589: r1 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  590: r2 = *(u8 *)(r10 -24)
  591: if r1 != 0 goto +1
  592: goto +719
  593: if r2 != 8 goto +1
  594: goto +717
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  595: r1 = *(u64 *)(r10 -16)
  596: if r1 > 16383 goto +5
  597: r2 = r6
  598: r2 += r1
  599: r3 = r2
  600: r3 += 1
  601: if r3 <= r7 goto +2
  602: *(u32 *)(r10 -48) = 1
  603: goto +2561
  604: r3 = r1
  605: r3 += 1
  606: *(u32 *)(r10 -80) = r3
  607: r1 += 1
  608: *(u64 *)(r10 -16) = r1
      ; v117: bit<8> = read var3
  609: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  610: r3 = 1
      ; v119: bit<8> = add v117, v118
  611: r4 = r1
  612: r4 += r3
  613: r4 &= 255
      ; write var3, v119
  614: *(u8 *)(r10 -24) = r4
      ; v120: bit<16> = read var2
  615: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  616: r3 = 1
      ; v122: bit<16> = sub v120, v121
  617: r4 = r1
  618: r4 -= r3
  619: r4 &= 65535
      ; write var2, v122
  620: *(u16 *)(r10 -28) = r4
      ; v123: bit<8> = read_field hdr6.kind
  621: r1 = 0
  622: if r2 == 0 goto +1
  623: r1 = *(u8 *)(r2 +0)
  624: if r1 != 0 goto +1
  625: goto +686
  626: if r1 != 1 goto +1
  627: goto +104
  628: if r1 != 2 goto +1
  629: goto +82
  630: if r1 != 3 goto +1
  631: goto +59
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  632: r1 = *(u64 *)(r10 -16)
  633: if r1 > 16383 goto +5
  634: r2 = r6
  635: r2 += r1
  636: r1 = r2
  637: r1 += 1
  638: if r1 <= r7 goto +2
  639: *(u32 *)(r10 -48) = 1
  640: goto +2524
  641: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  642: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  643: r1 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
  644: r2 = 2
      ; v127: bool = ge v125, v126
  645: r3 = 1
  646: if r1 >= r2 goto +1
  647: r3 = 0
      ; verify v127, error HeaderTooShort
  648: if r3 != 0 goto +2
  649: *(u32 *)(r10 -48) = 4
  650: goto +2514
      ; v128: bit<8> = read var11
  651: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  652: r2 = r1
  653: w2 = w2
      ; v130: bit<32> = const 1
  654: r1 = 1
      ; v131: bit<32> = sub v129, v130
  655: r3 = r2
  656: r3 -= r1
  657: w3 = w3
      ; v132: bit<32> = const 8
  658: r1 = 8
      ; v133: bit<32> = mul v131, v132
  659: r2 = r3
  660: r2 *= r1
  661: w2 = w2
      ; advance v133
  662: r1 = r2
  663: r1 &= 7
  664: if r1 == 0 goto +2
  665: *(u32 *)(r10 -48) = 6
  666: goto +2498
  667: r1 = r2
  668: r1 >>= 3
  669: r2 = *(u64 *)(r10 -16)
  670: r2 += r1
  671: if r2 > 16383 goto +3
  672: r1 = r6
  673: r1 += r2
  674: if r1 <= r7 goto +2
  675: *(u32 *)(r10 -48) = 1
  676: goto +2488
  677: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  678: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  679: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  680: r3 = r2
  681: r3 &= 65535
      ; v137: bit<16> = const 1
  682: r2 = 1
      ; v138: bit<16> = sub v136, v137
  683: r4 = r3
  684: r4 -= r2
  685: r4 &= 65535
      ; v139: bit<16> = sub v134, v138
  686: r2 = r1
  687: r2 -= r4
  688: r2 &= 65535
      ; write var2, v139
  689: *(u16 *)(r10 -28) = r2
  690: goto +41
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  691: r1 = *(u64 *)(r10 -16)
  692: if r1 > 16383 goto +5
  693: r2 = r6
  694: r2 += r1
  695: r3 = r2
  696: r3 += 2
  697: if r3 <= r7 goto +2
  698: *(u32 *)(r10 -48) = 1
  699: goto +2465
  700: r2 = r1
  701: r2 += 1
  702: *(u32 *)(r10 -56) = r2
  703: r1 += 2
  704: *(u64 *)(r10 -16) = r1
      ; v140: bit<16> = read var2
  705: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  706: r2 = 2
      ; v142: bit<16> = sub v140, v141
  707: r3 = r1
  708: r3 -= r2
  709: r3 &= 65535
      ; write var2, v142
  710: *(u16 *)(r10 -28) = r3
  711: goto +20
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  712: r1 = *(u64 *)(r10 -16)
  713: if r1 > 16383 goto +5
  714: r2 = r6
  715: r2 += r1
  716: r3 = r2
  717: r3 += 3
  718: if r3 <= r7 goto +2
  719: *(u32 *)(r10 -48) = 1
  720: goto +2444
  721: r2 = r1
  722: r2 += 1
  723: *(u32 *)(r10 -60) = r2
  724: r1 += 3
  725: *(u64 *)(r10 -16) = r1
      ; v143: bit<16> = read var2
  726: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  727: r2 = 3
      ; v145: bit<16> = sub v143, v144
  728: r3 = r1
  729: r3 -= r2
  730: r3 &= 65535
      ; write var2, v145
  731: *(u16 *)(r10 -28) = r3
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  732: r1 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  733: r2 = *(u8 *)(r10 -24)
  734: if r1 != 0 goto +1
  735: goto +576
  736: if r2 != 8 goto +1
  737: goto +574
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  738: r1 = *(u64 *)(r10 -16)
  739: if r1 > 16383 goto +5
  740: r2 = r6
  741: r2 += r1
  742: r3 = r2
  743: r3 += 1
  744: if r3 <= r7 goto +2
  745: *(u32 *)(r10 -48) = 1
  746: goto +2418
  747: r3 = r1
  748: r3 += 1
  749: *(u32 *)(r10 -76) = r3
  750: r1 += 1
  751: *(u64 *)(r10 -16) = r1
      ; v148: bit<8> = read var3
  752: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  753: r3 = 1
      ; v150: bit<8> = add v148, v149
  754: r4 = r1
  755: r4 += r3
  756: r4 &= 255
      ; write var3, v150
  757: *(u8 *)(r10 -24) = r4
      ; v151: bit<16> = read var2
  758: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  759: r3 = 1
      ; v153: bit<16> = sub v151, v152
  760: r4 = r1
  761: r4 -= r3
  762: r4 &= 65535
      ; write var2, v153
  763: *(u16 *)(r10 -28) = r4
      ; v154: bit<8> = read_field hdr7.kind
  764: r1 = 0
  765: if r2 == 0 goto +1
  766: r1 = *(u8 *)(r2 +0)
  767: if r1 != 0 goto +1
  768: goto +543
  769: if r1 != 1 goto +1
  770: goto +104
  771: if r1 != 2 goto +1
  772: goto +82
  773: if r1 != 3 goto +1
  774: goto +59
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  775: r1 = *(u64 *)(r10 -16)
  776: if r1 > 16383 goto +5
  777: r2 = r6
  778: r2 += r1
  779: r1 = r2
  780: r1 += 1
  781: if r1 <= r7 goto +2
  782: *(u32 *)(r10 -48) = 1
  783: goto +2381
  784: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  785: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  786: r1 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
  787: r2 = 2
      ; v158: bool = ge v156, v157
  788: r3 = 1
  789: if r1 >= r2 goto +1
  790: r3 = 0
      ; verify v158, error HeaderTooShort
  791: if r3 != 0 goto +2
  792: *(u32 *)(r10 -48) = 4
  793: goto +2371
      ; v159: bit<8> = read var11
  794: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  795: r2 = r1
  796: w2 = w2
      ; v161: bit<32> = const 1
  797: r1 = 1
      ; v162: bit<32> = sub v160, v161
  798: r3 = r2
  799: r3 -= r1
  800: w3 = w3
      ; v163: bit<32> = const 8
  801: r1 = 8
      ; v164: bit<32> = mul v162, v163
  802: r2 = r3
  803: r2 *= r1
  804: w2 = w2
      ; advance v164
  805: r1 = r2
  806: r1 &= 7
  807: if r1 == 0 goto +2
  808: *(u32 *)(r10 -48) = 6
  809: goto +2355
  810: r1 = r2
  811: r1 >>= 3
  812: r2 = *(u64 *)(r10 -16)
  813: r2 += r1
  814: if r2 > 16383 goto +3
  815: r1 = r6
  816: r1 += r2
  817: if r1 <= r7 goto +2
  818: *(u32 *)(r10 -48) = 1
  819: goto +2345
  820: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  821: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  822: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  823: r3 = r2
  824: r3 &= 65535
      ; v168: bit<16> = const 1
  825: r2 = 1
      ; v169: bit<16> = sub v167, v168
  826: r4 = r3
  827: r4 -= r2
  828: r4 &= 65535
      ; v170: bit<16> = sub v165, v169
  829: r2 = r1
  830: r2 -= r4
  831: r2 &= 65535
      ; write var2, v170
  832: *(u16 *)(r10 -28) = r2
  833: goto +41
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  834: r1 = *(u64 *)(r10 -16)
  835: if r1 > 16383 goto +5
  836: r2 = r6
  837: r2 += r1
  838: r3 = r2
  839: r3 += 2
  840: if r3 <= r7 goto +2
  841: *(u32 *)(r10 -48) = 1
  842: goto +2322
  843: r2 = r1
  844: r2 += 1
  845: *(u32 *)(r10 -56) = r2
  846: r1 += 2
  847: *(u64 *)(r10 -16) = r1
      ; v171: bit<16> = read var2
  848: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  849: r2 = 2
      ; v173: bit<16> = sub v171, v172
  850: r3 = r1
  851: r3 -= r2
  852: r3 &= 65535
      ; write var2, v173
  853: *(u16 *)(r10 -28) = r3
  854: goto +20
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  855: r1 = *(u64 *)(r10 -16)
  856: if r1 > 16383 goto +5
  857: r2 = r6
  858: r2 += r1
  859: r3 = r2
  860: r3 += 3
  861: if r3 <= r7 goto +2
  862: *(u32 *)(r10 -48) = 1
  863: goto +2301
  864: r2 = r1
  865: r2 += 1
  866: *(u32 *)(r10 -60) = r2
  867: r1 += 3
  868: *(u64 *)(r10 -16) = r1
      ; v174: bit<16> = read var2
  869: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  870: r2 = 3
      ; v176: bit<16> = sub v174, v175
  871: r3 = r1
  872: r3 -= r2
  873: r3 &= 65535
      ; write var2, v176
  874: *(u16 *)(r10 -28) = r3
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  875: r1 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  876: r2 = *(u8 *)(r10 -24)
  877: if r1 != 0 goto +1
  878: goto +433
  879: if r2 != 8 goto +1
  880: goto +431
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  881: r1 = *(u64 *)(r10 -16)
  882: if r1 > 16383 goto +5
  883: r2 = r6
  884: r2 += r1
  885: r3 = r2
  886: r3 += 1
  887: if r3 <= r7 goto +2
  888: *(u32 *)(r10 -48) = 1
  889: goto +2275
  890: r3 = r1
  891: r3 += 1
  892: *(u32 *)(r10 -72) = r3
  893: r1 += 1
  894: *(u64 *)(r10 -16) = r1
      ; v179: bit<8> = read var3
  895: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  896: r3 = 1
      ; v181: bit<8> = add v179, v180
  897: r4 = r1
  898: r4 += r3
  899: r4 &= 255
      ; write var3, v181
  900: *(u8 *)(r10 -24) = r4
      ; v182: bit<16> = read var2
  901: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  902: r3 = 1
      ; v184: bit<16> = sub v182, v183
  903: r4 = r1
  904: r4 -= r3
  905: r4 &= 65535
      ; write var2, v184
  906: *(u16 *)(r10 -28) = r4
      ; v185: bit<8> = read_field hdr8.kind
  907: r1 = 0
  908: if r2 == 0 goto +1
  909: r1 = *(u8 *)(r2 +0)
  910: if r1 != 0 goto +1
  911: goto +400
  912: if r1 != 1 goto +1
  913: goto +104
  914: if r1 != 2 goto +1
  915: goto +82
  916: if r1 != 3 goto +1
  917: goto +59
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  918: r1 = *(u64 *)(r10 -16)
  919: if r1 > 16383 goto +5
  920: r2 = r6
  921: r2 += r1
  922: r1 = r2
  923: r1 += 1
  924: if r1 <= r7 goto +2
  925: *(u32 *)(r10 -48) = 1
  926: goto +2238
  927: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  928: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  929: r1 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
  930: r2 = 2
      ; v189: bool = ge v187, v188
  931: r3 = 1
  932: if r1 >= r2 goto +1
  933: r3 = 0
      ; verify v189, error HeaderTooShort
  934: if r3 != 0 goto +2
  935: *(u32 *)(r10 -48) = 4
  936: goto +2228
      ; v190: bit<8> = read var11
  937: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  938: r2 = r1
  939: w2 = w2
      ; v192: bit<32> = const 1
  940: r1 = 1
      ; v193: bit<32> = sub v191, v192
  941: r3 = r2
  942: r3 -= r1
  943: w3 = w3
      ; v194: bit<32> = const 8
  944: r1 = 8
      ; v195: bit<32> = mul v193, v194
  945: r2 = r3
  946: r2 *= r1
  947: w2 = w2
      ; advance v195
  948: r1 = r2
  949: r1 &= 7
  950: if r1 == 0 goto +2
  951: *(u32 *)(r10 -48) = 6
  952: goto +2212
  953: r1 = r2
  954: r1 >>= 3
  955: r2 = *(u64 *)(r10 -16)
  956: r2 += r1
  957: if r2 > 16383 goto +3
  958: r1 = r6
  959: r1 += r2
  960: if r1 <= r7 goto +2
  961: *(u32 *)(r10 -48) = 1
  962: goto +2202
  963: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  964: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  965: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  966: r3 = r2
  967: r3 &= 65535
      ; v199: bit<16> = const 1
  968: r2 = 1
      ; v200: bit<16> = sub v198, v199
  969: r4 = r3
  970: r4 -= r2
  971: r4 &= 65535
      ; v201: bit<16> = sub v196, v200
  972: r2 = r1
  973: r2 -= r4
  974: r2 &= 65535
      ; write var2, v201
  975: *(u16 *)(r10 -28) = r2
  976: goto +41
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  977: r1 = *(u64 *)(r10 -16)
  978: if r1 > 16383 goto +5
  979: r2 = r6
  980: r2 += r1
  981: r3 = r2
  982: r3 += 2
  983: if r3 <= r7 goto +2
  984: *(u32 *)(r10 -48) = 1
  985: goto +2179
  986: r2 = r1
  987: r2 += 1
  988: *(u32 *)(r10 -56) = r2
  989: r1 += 2
  990: *(u64 *)(r10 -16) = r1
      ; v202: bit<16> = read var2
  991: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  992: r2 = 2
      ; v204: bit<16> = sub v202, v203
  993: r3 = r1
  994: r3 -= r2
  995: r3 &= 65535
      ; write var2, v204
  996: *(u16 *)(r10 -28) = r3
  997: goto +20
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  998: r1 = *(u64 *)(r10 -16)
  999: if r1 > 16383 goto +5
 1000: r2 = r6
 1001: r2 += r1
 1002: r3 = r2
 1003: r3 += 3
 1004: if r3 <= r7 goto +2
 1005: *(u32 *)(r10 -48) = 1
 1006: goto +2158
 1007: r2 = r1
 1008: r2 += 1
 1009: *(u32 *)(r10 -60) = r2
 1010: r1 += 3
 1011: *(u64 *)(r10 -16) = r1
      ; v205: bit<16> = read var2
 1012: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
 1013: r2 = 3
      ; v207: bit<16> = sub v205, v206
 1014: r3 = r1
 1015: r3 -= r2
 1016: r3 &= 65535
      ; write var2, v207
 1017: *(u16 *)(r10 -28) = r3
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
 1018: r1 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
 1019: r2 = *(u8 *)(r10 -24)
 1020: if r1 != 0 goto +1
 1021: goto +290
 1022: if r2 != 8 goto +1
 1023: goto +288
      ; prs: block35 (parse_option.6)
      ; extract hdr9
 1024: r1 = *(u64 *)(r10 -16)
 1025: if r1 > 16383 goto +5
 1026: r2 = r6
 1027: r2 += r1
 1028: r3 = r2
 1029: r3 += 1
 1030: if r3 <= r7 goto +2
 1031: *(u32 *)(r10 -48) = 1
 1032: goto +2132
 1033: r3 = r1
 1034: r3 += 1
 1035: *(u32 *)(r10 -68) = r3
 1036: r1 += 1
 1037: *(u64 *)(r10 -16) = r1
      ; v210: bit<8> = read var3
 1038: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
 1039: r3 = 1
      ; v212: bit<8> = add v210, v211
 1040: r4 = r1
 1041: r4 += r3
 1042: r4 &= 255
      ; write var3, v212
 1043: *(u8 *)(r10 -24) = r4
      ; v213: bit<16> = read var2
 1044: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
 1045: r3 = 1
      ; v215: bit<16> = sub v213, v214
 1046: r4 = r1
 1047: r4 -= r3
 1048: r4 &= 65535
      ; write var2, v215
 1049: *(u16 *)(r10 -28) = r4
      ; v216: bit<8> = read_field hdr9.kind
 1050: r1 = 0
 1051: if r2 == 0 goto +1
 1052: r1 = *(u8 *)(r2 +0)
 1053: if r1 != 0 goto +1
 1054: goto +257
 1055: if r1 != 1 goto +1
 1056: goto +104
 1057: if r1 != 2 goto +1
 1058: goto +82
 1059: if r1 != 3 goto +1
 1060: goto +59
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
 1061: r1 = *(u64 *)(r10 -16)
 1062: if r1 > 16383 goto +5
 1063: r2 = r6
 1064: r2 += r1
 1065: r1 = r2
 1066: r1 += 1
 1067: if r1 <= r7 goto +2
 1068: *(u32 *)(r10 -48) = 1
 1069: goto +2095
 1070: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
 1071: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
 1072: r1 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
 1073: r2 = 2
      ; v220: bool = ge v218, v219
 1074: r3 = 1
 1075: if r1 >= r2 goto +1
 1076: r3 = 0
      ; verify v220, error HeaderTooShort
 1077: if r3 != 0 goto +2
 1078: *(u32 *)(r10 -48) = 4
 1079: goto +2085
      ; v221: bit<8> = read var11
 1080: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
 1081: r2 = r1
 1082: w2 = w2
      ; v223: bit<32> = const 1
 1083: r1 = 1
      ; v224: bit<32> = sub v222, v223
 1084: r3 = r2
 1085: r3 -= r1
 1086: w3 = w3
      ; v225: bit<32> = const 8
 1087: r1 = 8
      ; v226: bit<32> = mul v224, v225
 1088: r2 = r3
 1089: r2 *= r1
 1090: w2 = w2
      ; advance v226
 1091: r1 = r2
 1092: r1 &= 7
 1093: if r1 == 0 goto +2
 1094: *(u32 *)(r10 -48) = 6
 1095: goto +2069
 1096: r1 = r2
 1097: r1 >>= 3
 1098: r2 = *(u64 *)(r10 -16)
 1099: r2 += r1
 1100: if r2 > 16383 goto +3
 1101: r1 = r6
 1102: r1 += r2
 1103: if r1 <= r7 goto +2
 1104: *(u32 *)(r10 -48) = 1
 1105: goto +2059
 1106: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
 1107: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
 1108: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
 1109: r3 = r2
 1110: r3 &= 65535
      ; v230: bit<16> = const 1
 1111: r2 = 1
      ; v231: bit<16> = sub v229, v230
 1112: r4 = r3
 1113: r4 -= r2
 1114: r4 &= 65535
      ; v232: bit<16> = sub v227, v231
 1115: r2 = r1
 1116: r2 -= r4
 1117: r2 &= 65535
      ; write var2, v232
 1118: *(u16 *)(r10 -28) = r2
 1119: goto +41
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
 1120: r1 = *(u64 *)(r10 -16)
 1121: if r1 > 16383 goto +5
 1122: r2 = r6
 1123: r2 += r1
 1124: r3 = r2
 1125: r3 += 2
 1126: if r3 <= r7 goto +2
 1127: *(u32 *)(r10 -48) = 1
 1128: goto +2036
 1129: r2 = r1
 1130: r2 += 1
 1131: *(u32 *)(r10 -56) = r2
 1132: r1 += 2
 1133: *(u64 *)(r10 -16) = r1
      ; v233: bit<16> = read var2
 1134: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
 1135: r2 = 2
      ; v235: bit<16> = sub v233, v234
 1136: r3 = r1
 1137: r3 -= r2
 1138: r3 &= 65535
      ; write var2, v235
 1139: *(u16 *)(r10 -28) = r3
 1140: goto +20
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
 1141: r1 = *(u64 *)(r10 -16)
 1142: if r1 > 16383 goto +5
 1143: r2 = r6
 1144: r2 += r1
 1145: r3 = r2
 1146: r3 += 3
 1147: if r3 <= r7 goto +2
 1148: *(u32 *)(r10 -48) = 1
 1149: goto +2015
 1150: r2 = r1
 1151: r2 += 1
 1152: *(u32 *)(r10 -60) = r2
 1153: r1 += 3
 1154: *(u64 *)(r10 -16) = r1
      ; v236: bit<16> = read var2
 1155: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
 1156: r2 = 3
      ; v238: bit<16> = sub v236, v237
 1157: r3 = r1
 1158: r3 -= r2
 1159: r3 &= 65535
      ; write var2, v238
 1160: *(u16 *)(r10 -28) = r3
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
 1161: r1 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
 1162: r2 = *(u8 *)(r10 -24)
 1163: if r1 != 0 goto +1
 1164: goto +147
 1165: if r2 != 8 goto +1
 1166: goto +145
      ; prs: block40 (parse_option.7)
      ; extract hdr10
 1167: r1 = *(u64 *)(r10 -16)
 1168: if r1 > 16383 goto +5
 1169: r2 = r6
 1170: r2 += r1
 1171: r3 = r2
 1172: r3 += 1
 1173: if r3 <= r7 goto +2
 1174: *(u32 *)(r10 -48) = 1
 1175: goto +1989
 1176: r3 = r1
 1177: r3 += 1
 1178: *(u32 *)(r10 -64) = r3
 1179: r1 += 1
 1180: *(u64 *)(r10 -16) = r1
      ; v241: bit<8> = read var3
 1181: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
 1182: r3 = 1
      ; v243: bit<8> = add v241, v242
 1183: r4 = r1
 1184: r4 += r3
 1185: r4 &= 255
      ; write var3, v243
 1186: *(u8 *)(r10 -24) = r4
      ; v244: bit<16> = read var2
 1187: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
 1188: r3 = 1
      ; v246: bit<16> = sub v244, v245
 1189: r4 = r1
 1190: r4 -= r3
 1191: r4 &= 65535
      ; write var2, v246
 1192: *(u16 *)(r10 -28) = r4
      ; v247: bit<8> = read_field hdr10.kind
 1193: r1 = 0
 1194: if r2 == 0 goto +1
 1195: r1 = *(u8 *)(r2 +0)
 1196: if r1 != 0 goto +1
 1197: goto +114
 1198: if r1 != 1 goto +1
 1199: goto +104
 1200: if r1 != 2 goto +1
 1201: goto +82
 1202: if r1 != 3 goto +1
 1203: goto +59
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
 1204: r1 = *(u64 *)(r10 -16)
 1205: if r1 > 16383 goto +5
 1206: r2 = r6
 1207: r2 += r1
 1208: r1 = r2
 1209: r1 += 1
 1210: if r1 <= r7 goto +2
 1211: *(u32 *)(r10 -48) = 1
 1212: goto +1952
 1213: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
 1214: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
 1215: r1 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
 1216: r2 = 2
      ; v251: bool = ge v249, v250
 1217: r3 = 1
 1218: if r1 >= r2 goto +1
 1219: r3 = 0
      ; verify v251, error HeaderTooShort
 1220: if r3 != 0 goto +2
 1221: *(u32 *)(r10 -48) = 4
 1222: goto +1942
      ; v252: bit<8> = read var11
 1223: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
 1224: r2 = r1
 1225: w2 = w2
      ; v254: bit<32> = const 1
 1226: r1 = 1
      ; v255: bit<32> = sub v253, v254
 1227: r3 = r2
 1228: r3 -= r1
 1229: w3 = w3
      ; v256: bit<32> = const 8
 1230: r1 = 8
      ; v257: bit<32> = mul v255, v256
 1231: r2 = r3
 1232: r2 *= r1
 1233: w2 = w2
      ; advance v257
 1234: r1 = r2
 1235: r1 &= 7
 1236: if r1 == 0 goto +2
 1237: *(u32 *)(r10 -48) = 6
 1238: goto +1926
 1239: r1 = r2
 1240: r1 >>= 3
 1241: r2 = *(u64 *)(r10 -16)
 1242: r2 += r1
 1243: if r2 > 16383 goto +3
 1244: r1 = r6
 1245: r1 += r2
 1246: if r1 <= r7 goto +2
 1247: *(u32 *)(r10 -48) = 1
 1248: goto +1916
 1249: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1250: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1251: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1252: r3 = r2
 1253: r3 &= 65535
      ; v261: bit<16> = const 1
 1254: r2 = 1
      ; v262: bit<16> = sub v260, v261
 1255: r4 = r3
 1256: r4 -= r2
 1257: r4 &= 65535
      ; v263: bit<16> = sub v258, v262
 1258: r2 = r1
 1259: r2 -= r4
 1260: r2 &= 65535
      ; write var2, v263
 1261: *(u16 *)(r10 -28) = r2
 1262: goto +41
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1263: r1 = *(u64 *)(r10 -16)
 1264: if r1 > 16383 goto +5
 1265: r2 = r6
 1266: r2 += r1
 1267: r3 = r2
 1268: r3 += 2
 1269: if r3 <= r7 goto +2
 1270: *(u32 *)(r10 -48) = 1
 1271: goto +1893
 1272: r2 = r1
 1273: r2 += 1
 1274: *(u32 *)(r10 -56) = r2
 1275: r1 += 2
 1276: *(u64 *)(r10 -16) = r1
      ; v264: bit<16> = read var2
 1277: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1278: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1279: r3 = r1
 1280: r3 -= r2
 1281: r3 &= 65535
      ; write var2, v266
 1282: *(u16 *)(r10 -28) = r3
 1283: goto +20
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1284: r1 = *(u64 *)(r10 -16)
 1285: if r1 > 16383 goto +5
 1286: r2 = r6
 1287: r2 += r1
 1288: r3 = r2
 1289: r3 += 3
 1290: if r3 <= r7 goto +2
 1291: *(u32 *)(r10 -48) = 1
 1292: goto +1872
 1293: r2 = r1
 1294: r2 += 1
 1295: *(u32 *)(r10 -60) = r2
 1296: r1 += 3
 1297: *(u64 *)(r10 -16) = r1
      ; v267: bit<16> = read var2
 1298: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1299: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1300: r3 = r1
 1301: r3 -= r2
 1302: r3 &= 65535
      ; write var2, v269
 1303: *(u16 *)(r10 -28) = r3
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1304: r1 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1305: r2 = *(u8 *)(r10 -24)
 1306: if r1 != 0 goto +1
 1307: goto +4
 1308: if r2 != 8 goto +1
 1309: goto +2
      ; prs: block45 (parse_option.8)
 1310: *(u32 *)(r10 -48) = 3
 1311: goto +1853
      ; v0: bool = is_valid hdr2
 1312: r1 = *(u32 *)(r10 -96)
 1313: if r1 == 0 goto +1
 1314: r1 = 1
      ; v1: bool = not v0
 1315: r2 = r1
 1316: r2 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1317: r1 = *(u32 *)(r10 -96)
 1318: if r1 == 0 goto +7
 1319: r1 -= 1
 1320: if r1 > 16383 goto +5
 1321: r3 = r6
 1322: r3 += r1
 1323: r1 = r3
 1324: r1 += 20
 1325: if r1 <= r7 goto +1
 1326: r3 = 0
 1327: r1 = 0
 1328: if r3 == 0 goto +1
 1329: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1330: r4 = 18
      ; v4: bit<8> = and v2, v3
 1331: r8 = r1
 1332: r8 &= r4
      ; v5: bit<8> = const 2
 1333: r1 = 2
      ; v6: bool = ne v4, v5
 1334: r4 = 1
 1335: if r8 != r1 goto +1
 1336: r4 = 0
      ; v7: bool = logical_or v1, v6
 1337: r1 = r2
 1338: r1 |= r4
 1339: if r1 != 0 goto +1824
      ; v8: bit<16> = read_field hdr11.mss
 1340: r1 = *(u32 *)(r10 -60)
 1341: if r1 == 0 goto +7
 1342: r1 -= 1
 1343: if r1 > 16383 goto +5
 1344: r2 = r6
 1345: r2 += r1
 1346: r1 = r2
 1347: r1 += 3
 1348: if r1 <= r7 goto +1
 1349: r2 = 0
 1350: r1 = 0
 1351: if r2 == 0 goto +2
 1352: r1 = *(u16 *)(r2 +1)
 1353: r1 = be16 r1
      ; v9: bit<16> = const 0
 1354: r4 = 0
      ; v10: bool = ne v8, v9
 1355: r8 = 1
 1356: if r1 != r4 goto +1
 1357: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1358: r1 = 0
 1359: if r3 == 0 goto +2
 1360: r1 = *(u16 *)(r3 +14)
 1361: r1 = be16 r1
      ; v12: bit<16> = read_field hdr11.mss
 1362: r4 = 0
 1363: if r2 == 0 goto +2
 1364: r4 = *(u16 *)(r2 +1)
 1365: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1366: r9 = 0
 1367: if r4 == 0 goto +2
 1368: r9 = r1
 1369: r9 %= r4
      ; v14: bit<16> = const 0
 1370: r1 = 0
      ; v15: bool = eq v13, v14
 1371: r4 = 1
 1372: if r9 == r1 goto +1
 1373: r4 = 0
      ; v16: bool = logical_and v10, v15
 1374: r1 = r8
 1375: r1 &= r4
 1376: if r1 != 0 goto +1
 1377: goto +13
      ; v17: bit<16> = read_field hdr2.window
 1378: r1 = 0
 1379: if r3 == 0 goto +2
 1380: r1 = *(u16 *)(r3 +14)
 1381: r1 = be16 r1
      ; v18: bit<16> = read_field hdr11.mss
 1382: r4 = 0
 1383: if r2 == 0 goto +2
 1384: r4 = *(u16 *)(r2 +1)
 1385: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1386: r8 = 0
 1387: if r4 == 0 goto +2
 1388: r8 = r1
 1389: r8 /= r4
      ; write var4, v19
 1390: *(u16 *)(r10 -26) = r8
      ; v20: bit<8> = read_field hdr3.kind
 1391: r1 = *(u32 *)(r10 -92)
 1392: if r1 == 0 goto +7
 1393: r1 -= 1
 1394: if r1 > 16383 goto +5
 1395: r4 = r6
 1396: r4 += r1
 1397: r1 = r4
 1398: r1 += 1
 1399: if r1 <= r7 goto +1
 1400: r4 = 0
 1401: r1 = 0
 1402: if r4 == 0 goto +1
 1403: r1 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1404: r4 = *(u32 *)(r10 -88)
 1405: if r4 == 0 goto +7
 1406: r4 -= 1
 1407: if r4 > 16383 goto +5
 1408: r8 = r6
 1409: r8 += r4
 1410: r4 = r8
 1411: r4 += 1
 1412: if r4 <= r7 goto +1
 1413: r8 = 0
 1414: r4 = 0
 1415: if r8 == 0 goto +1
 1416: r4 = *(u8 *)(r8 +0)
      ; v22: bit<16> = concat v20, v21
 1417: r8 = r1
 1418: r8 <<= 8
 1419: r8 |= r4
      ; v23: bit<8> = read_field hdr5.kind
 1420: r1 = *(u32 *)(r10 -84)
 1421: if r1 == 0 goto +7
 1422: r1 -= 1
 1423: if r1 > 16383 goto +5
 1424: r4 = r6
 1425: r4 += r1
 1426: r1 = r4
 1427: r1 += 1
 1428: if r1 <= r7 goto +1
 1429: r4 = 0
 1430: r1 = 0
 1431: if r4 == 0 goto +1
 1432: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1433: r4 = r8
 1434: r4 <<= 8
 1435: r4 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1436: r1 = *(u32 *)(r10 -80)
 1437: if r1 == 0 goto +7
 1438: r1 -= 1
 1439: if r1 > 16383 goto +5
 1440: r8 = r6
 1441: r8 += r1
 1442: r1 = r8
 1443: r1 += 1
 1444: if r1 <= r7 goto +1
 1445: r8 = 0
 1446: r1 = 0
 1447: if r8 == 0 goto +1
 1448: r1 = *(u8 *)(r8 +0)
      ; v26: bit<32> = concat v24, v25
 1449: r8 = r4
 1450: r8 <<= 8
 1451: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1452: r1 = *(u32 *)(r10 -76)
 1453: if r1 == 0 goto +7
 1454: r1 -= 1
 1455: if r1 > 16383 goto +5
 1456: r4 = r6
 1457: r4 += r1
 1458: r1 = r4
 1459: r1 += 1
 1460: if r1 <= r7 goto +1
 1461: r4 = 0
 1462: r1 = 0
 1463: if r4 == 0 goto +1
 1464: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1465: r4 = r8
 1466: r4 <<= 8
 1467: r4 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1468: r1 = *(u32 *)(r10 -72)
 1469: if r1 == 0 goto +7
 1470: r1 -= 1
 1471: if r1 > 16383 goto +5
 1472: r8 = r6
 1473: r8 += r1
 1474: r1 = r8
 1475: r1 += 1
 1476: if r1 <= r7 goto +1
 1477: r8 = 0
 1478: r1 = 0
 1479: if r8 == 0 goto +1
 1480: r1 = *(u8 *)(r8 +0)
      ; v30: bit<48> = concat v28, v29
 1481: r8 = r4
 1482: r8 <<= 8
 1483: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1484: r1 = *(u32 *)(r10 -68)
 1485: if r1 == 0 goto +7
 1486: r1 -= 1
 1487: if r1 > 16383 goto +5
 1488: r4 = r6
 1489: r4 += r1
 1490: r1 = r4
 1491: r1 += 1
 1492: if r1 <= r7 goto +1
 1493: r4 = 0
 1494: r1 = 0
 1495: if r4 == 0 goto +1
 1496: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1497: r4 = r8
 1498: r4 <<= 8
 1499: r4 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1500: r1 = *(u32 *)(r10 -64)
 1501: if r1 == 0 goto +7
 1502: r1 -= 1
 1503: if r1 > 16383 goto +5
 1504: r8 = r6
 1505: r8 += r1
 1506: r1 = r8
 1507: r1 += 1
 1508: if r1 <= r7 goto +1
 1509: r8 = 0
 1510: r1 = 0
 1511: if r8 == 0 goto +1
 1512: r1 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1513: r8 = r4
 1514: r8 <<= 8
 1515: r8 |= r1
      ; write var5, v34
 1516: *(u64 *)(r10 -112) = r8
      ; v35: bit<8> = read_field hdr1.ttl
 1517: r1 = *(u32 *)(r10 -100)
 1518: if r1 == 0 goto +7
 1519: r1 -= 1
 1520: if r1 > 16383 goto +5
 1521: r4 = r6
 1522: r4 += r1
 1523: r1 = r4
 1524: r1 += 20
 1525: if r1 <= r7 goto +1
 1526: r4 = 0
 1527: r1 = 0
 1528: if r4 == 0 goto +1
 1529: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1530: r4 = 0
 1531: if r3 == 0 goto +2
 1532: r4 = *(u16 *)(r3 +14)
 1533: r4 = be16 r4
      ; v37: bit<16> = read var4
 1534: r3 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1535: r8 = 0
 1536: if r2 == 0 goto +2
 1537: r8 = *(u16 *)(r2 +1)
 1538: r8 = be16 r8
      ; v39: bit<8> = read_field hdr12.shift
 1539: r2 = *(u32 *)(r10 -56)
 1540: if r2 == 0 goto +7
 1541: r2 -= 1
 1542: if r2 > 16383 goto +5
 1543: r9 = r6
 1544: r9 += r2
 1545: r2 = r9
 1546: r2 += 2
 1547: if r2 <= r7 goto +1
 1548: r9 = 0
 1549: r2 = 0
 1550: if r9 == 0 goto +1
 1551: r2 = *(u8 *)(r9 +1)
      ; v40: bit<64> = read var5
 1552: r0 = *(u64 *)(r10 -112)
 1553: *(u64 *)(r10 -240) = r0
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1554: *(u64 *)(r10 -144) = 0
 1555: *(u64 *)(r10 -136) = 0
 1556: r9 = r1
 1557: r1 = r9
 1558: *(u8 *)(r10 -144) = r1
 1559: r1 = r4
 1560: r4 = r1
 1561: *(u8 *)(r10 -142) = r4
 1562: r1 >>= 8
 1563: r4 = r1
 1564: *(u8 *)(r10 -143) = r4
 1565: r1 = r3
 1566: r3 = r1
 1567: *(u8 *)(r10 -140) = r3
 1568: r1 >>= 8
 1569: r3 = r1
 1570: *(u8 *)(r10 -141) = r3
 1571: r1 = r8
 1572: r3 = r1
 1573: *(u8 *)(r10 -138) = r3
 1574: r1 >>= 8
 1575: r3 = r1
 1576: *(u8 *)(r10 -139) = r3
 1577: r1 = r2
 1578: r2 = r1
 1579: *(u8 *)(r10 -137) = r2
 1580: r0 = *(u64 *)(r10 -240)
 1581: r1 = r0
 1582: r2 = r1
 1583: r2 = be64 r2
 1584: *(u64 *)(r10 -136) = r2
 1585: r1 = 0
 1586: r2 = 0
 1587: *(u64 *)(r10 -224) = r1
 1588: *(u64 *)(r10 -232) = r2
 1589: *(u32 *)(r10 -216) = 0
 1590: r1 = map[pipe_p0f_signatures_masks] ll
 1592: r2 = r10
 1593: r2 += -216
 1594: call bpf_map_lookup_elem
 1595: r1 = r0
 1596: if r1 == 0 goto +1496
 1597: r2 = *(u32 *)(r1 +0)
 1598: if r2 == 0 goto +1494
 1599: *(u32 *)(r10 -184) = 0
 1600: r2 = *(u32 *)(r10 -144)
 1601: r3 = *(u32 *)(r1 +8)
 1602: r2 &= r3
 1603: *(u32 *)(r10 -180) = r2
 1604: r2 = *(u32 *)(r10 -140)
 1605: r3 = *(u32 *)(r1 +12)
 1606: r2 &= r3
 1607: *(u32 *)(r10 -176) = r2
 1608: r2 = *(u32 *)(r10 -136)
 1609: r3 = *(u32 *)(r1 +16)
 1610: r2 &= r3
 1611: *(u32 *)(r10 -172) = r2
 1612: r2 = *(u32 *)(r10 -132)
 1613: r3 = *(u32 *)(r1 +20)
 1614: r2 &= r3
 1615: *(u32 *)(r10 -168) = r2
 1616: r1 = map[pipe_p0f_signatures] ll
 1618: r2 = r10
 1619: r2 += -184
 1620: call bpf_map_lookup_elem
 1621: r1 = r0
 1622: if r1 == 0 goto +13
 1623: r2 = *(u32 *)(r1 +4)
 1624: r3 = *(u64 *)(r10 -224)
 1625: if r3 == 0 goto +2
 1626: r3 = *(u64 *)(r10 -232)
 1627: if r2 <= r3 goto +8
 1628: *(u64 *)(r10 -224) = 1
 1629: *(u64 *)(r10 -232) = r2
 1630: r2 = *(u32 *)(r1 +0)
 1631: *(u32 *)(r10 -208) = r2
 1632: r2 = *(u32 *)(r1 +4)
 1633: *(u32 *)(r10 -204) = r2
 1634: r2 = *(u32 *)(r1 +8)
 1635: *(u32 *)(r10 -200) = r2
 1636: *(u32 *)(r10 -216) = 1
 1637: r1 = map[pipe_p0f_signatures_masks] ll
 1639: r2 = r10
 1640: r2 += -216
 1641: call bpf_map_lookup_elem
 1642: r1 = r0
 1643: if r1 == 0 goto +1449
 1644: r2 = *(u32 *)(r1 +0)
 1645: if r2 == 0 goto +1447
 1646: *(u32 *)(r10 -184) = 1
 1647: r2 = *(u32 *)(r10 -144)
 1648: r3 = *(u32 *)(r1 +8)
 1649: r2 &= r3
 1650: *(u32 *)(r10 -180) = r2
 1651: r2 = *(u32 *)(r10 -140)
 1652: r3 = *(u32 *)(r1 +12)
 1653: r2 &= r3
 1654: *(u32 *)(r10 -176) = r2
 1655: r2 = *(u32 *)(r10 -136)
 1656: r3 = *(u32 *)(r1 +16)
 1657: r2 &= r3
 1658: *(u32 *)(r10 -172) = r2
 1659: r2 = *(u32 *)(r10 -132)
 1660: r3 = *(u32 *)(r1 +20)
 1661: r2 &= r3
 1662: *(u32 *)(r10 -168) = r2
 1663: r1 = map[pipe_p0f_signatures] ll
 1665: r2 = r10
 1666: r2 += -184
 1667: call bpf_map_lookup_elem
 1668: r1 = r0
 1669: if r1 == 0 goto +13
 1670: r2 = *(u32 *)(r1 +4)
 1671: r3 = *(u64 *)(r10 -224)
 1672: if r3 == 0 goto +2
 1673: r3 = *(u64 *)(r10 -232)
 1674: if r2 <= r3 goto +8
 1675: *(u64 *)(r10 -224) = 1
 1676: *(u64 *)(r10 -232) = r2
 1677: r2 = *(u32 *)(r1 +0)
 1678: *(u32 *)(r10 -208) = r2
 1679: r2 = *(u32 *)(r1 +4)
 1680: *(u32 *)(r10 -204) = r2
 1681: r2 = *(u32 *)(r1 +8)
 1682: *(u32 *)(r10 -200) = r2
 1683: *(u32 *)(r10 -216) = 2
 1684: r1 = map[pipe_p0f_signatures_masks] ll
 1686: r2 = r10
 1687: r2 += -216
 1688: call bpf_map_lookup_elem
 1689: r1 = r0
 1690: if r1 == 0 goto +1402
 1691: r2 = *(u32 *)(r1 +0)
 1692: if r2 == 0 goto +1400
 1693: *(u32 *)(r10 -184) = 2
 1694: r2 = *(u32 *)(r10 -144)
 1695: r3 = *(u32 *)(r1 +8)
 1696: r2 &= r3
 1697: *(u32 *)(r10 -180) = r2
 1698: r2 = *(u32 *)(r10 -140)
 1699: r3 = *(u32 *)(r1 +12)
 1700: r2 &= r3
 1701: *(u32 *)(r10 -176) = r2
 1702: r2 = *(u32 *)(r10 -136)
 1703: r3 = *(u32 *)(r1 +16)
 1704: r2 &= r3
 1705: *(u32 *)(r10 -172) = r2
 1706: r2 = *(u32 *)(r10 -132)
 1707: r3 = *(u32 *)(r1 +20)
 1708: r2 &= r3
 1709: *(u32 *)(r10 -168) = r2
 1710: r1 = map[pipe_p0f_signatures] ll
 1712: r2 = r10
 1713: r2 += -184
 1714: call bpf_map_lookup_elem
 1715: r1 = r0
 1716: if r1 == 0 goto +13
 1717: r2 = *(u32 *)(r1 +4)
 1718: r3 = *(u64 *)(r10 -224)
 1719: if r3 == 0 goto +2
 1720: r3 = *(u64 *)(r10 -232)
 1721: if r2 <= r3 goto +8
 1722: *(u64 *)(r10 -224) = 1
 1723: *(u64 *)(r10 -232) = r2
 1724: r2 = *(u32 *)(r1 +0)
 1725: *(u32 *)(r10 -208) = r2
 1726: r2 = *(u32 *)(r1 +4)
 1727: *(u32 *)(r10 -204) = r2
 1728: r2 = *(u32 *)(r1 +8)
 1729: *(u32 *)(r10 -200) = r2
 1730: *(u32 *)(r10 -216) = 3
 1731: r1 = map[pipe_p0f_signatures_masks] ll
 1733: r2 = r10
 1734: r2 += -216
 1735: call bpf_map_lookup_elem
 1736: r1 = r0
 1737: if r1 == 0 goto +1355
 1738: r2 = *(u32 *)(r1 +0)
 1739: if r2 == 0 goto +1353
 1740: *(u32 *)(r10 -184) = 3
 1741: r2 = *(u32 *)(r10 -144)
 1742: r3 = *(u32 *)(r1 +8)
 1743: r2 &= r3
 1744: *(u32 *)(r10 -180) = r2
 1745: r2 = *(u32 *)(r10 -140)
 1746: r3 = *(u32 *)(r1 +12)
 1747: r2 &= r3
 1748: *(u32 *)(r10 -176) = r2
 1749: r2 = *(u32 *)(r10 -136)
 1750: r3 = *(u32 *)(r1 +16)
 1751: r2 &= r3
 1752: *(u32 *)(r10 -172) = r2
 1753: r2 = *(u32 *)(r10 -132)
 1754: r3 = *(u32 *)(r1 +20)
 1755: r2 &= r3
 1756: *(u32 *)(r10 -168) = r2
 1757: r1 = map[pipe_p0f_signatures] ll
 1759: r2 = r10
 1760: r2 += -184
 1761: call bpf_map_lookup_elem
 1762: r1 = r0
 1763: if r1 == 0 goto +13
 1764: r2 = *(u32 *)(r1 +4)
 1765: r3 = *(u64 *)(r10 -224)
 1766: if r3 == 0 goto +2
 1767: r3 = *(u64 *)(r10 -232)
 1768: if r2 <= r3 goto +8
 1769: *(u64 *)(r10 -224) = 1
 1770: *(u64 *)(r10 -232) = r2
 1771: r2 = *(u32 *)(r1 +0)
 1772: *(u32 *)(r10 -208) = r2
 1773: r2 = *(u32 *)(r1 +4)
 1774: *(u32 *)(r10 -204) = r2
 1775: r2 = *(u32 *)(r1 +8)
 1776: *(u32 *)(r10 -200) = r2
 1777: *(u32 *)(r10 -216) = 4
 1778: r1 = map[pipe_p0f_signatures_masks] ll
 1780: r2 = r10
 1781: r2 += -216
 1782: call bpf_map_lookup_elem
 1783: r1 = r0
 1784: if r1 == 0 goto +1308
 1785: r2 = *(u32 *)(r1 +0)
 1786: if r2 == 0 goto +1306
 1787: *(u32 *)(r10 -184) = 4
 1788: r2 = *(u32 *)(r10 -144)
 1789: r3 = *(u32 *)(r1 +8)
 1790: r2 &= r3
 1791: *(u32 *)(r10 -180) = r2
 1792: r2 = *(u32 *)(r10 -140)
 1793: r3 = *(u32 *)(r1 +12)
 1794: r2 &= r3
 1795: *(u32 *)(r10 -176) = r2
 1796: r2 = *(u32 *)(r10 -136)
 1797: r3 = *(u32 *)(r1 +16)
 1798: r2 &= r3
 1799: *(u32 *)(r10 -172) = r2
 1800: r2 = *(u32 *)(r10 -132)
 1801: r3 = *(u32 *)(r1 +20)
 1802: r2 &= r3
 1803: *(u32 *)(r10 -168) = r2
 1804: r1 = map[pipe_p0f_signatures] ll
 1806: r2 = r10
 1807: r2 += -184
 1808: call bpf_map_lookup_elem
 1809: r1 = r0
 1810: if r1 == 0 goto +13
 1811: r2 = *(u32 *)(r1 +4)
 1812: r3 = *(u64 *)(r10 -224)
 1813: if r3 == 0 goto +2
 1814: r3 = *(u64 *)(r10 -232)
 1815: if r2 <= r3 goto +8
 1816: *(u64 *)(r10 -224) = 1
 1817: *(u64 *)(r10 -232) = r2
 1818: r2 = *(u32 *)(r1 +0)
 1819: *(u32 *)(r10 -208) = r2
 1820: r2 = *(u32 *)(r1 +4)
 1821: *(u32 *)(r10 -204) = r2
 1822: r2 = *(u32 *)(r1 +8)
 1823: *(u32 *)(r10 -200) = r2
 1824: *(u32 *)(r10 -216) = 5
 1825: r1 = map[pipe_p0f_signatures_masks] ll
 1827: r2 = r10
 1828: r2 += -216
 1829: call bpf_map_lookup_elem
 1830: r1 = r0
 1831: if r1 == 0 goto +1261
 1832: r2 = *(u32 *)(r1 +0)
 1833: if r2 == 0 goto +1259
 1834: *(u32 *)(r10 -184) = 5
 1835: r2 = *(u32 *)(r10 -144)
 1836: r3 = *(u32 *)(r1 +8)
 1837: r2 &= r3
 1838: *(u32 *)(r10 -180) = r2
 1839: r2 = *(u32 *)(r10 -140)
 1840: r3 = *(u32 *)(r1 +12)
 1841: r2 &= r3
 1842: *(u32 *)(r10 -176) = r2
 1843: r2 = *(u32 *)(r10 -136)
 1844: r3 = *(u32 *)(r1 +16)
 1845: r2 &= r3
 1846: *(u32 *)(r10 -172) = r2
 1847: r2 = *(u32 *)(r10 -132)
 1848: r3 = *(u32 *)(r1 +20)
 1849: r2 &= r3
 1850: *(u32 *)(r10 -168) = r2
 1851: r1 = map[pipe_p0f_signatures] ll
 1853: r2 = r10
 1854: r2 += -184
 1855: call bpf_map_lookup_elem
 1856: r1 = r0
 1857: if r1 == 0 goto +13
 1858: r2 = *(u32 *)(r1 +4)
 1859: r3 = *(u64 *)(r10 -224)
 1860: if r3 == 0 goto +2
 1861: r3 = *(u64 *)(r10 -232)
 1862: if r2 <= r3 goto +8
 1863: *(u64 *)(r10 -224) = 1
 1864: *(u64 *)(r10 -232) = r2
 1865: r2 = *(u32 *)(r1 +0)
 1866: *(u32 *)(r10 -208) = r2
 1867: r2 = *(u32 *)(r1 +4)
 1868: *(u32 *)(r10 -204) = r2
 1869: r2 = *(u32 *)(r1 +8)
 1870: *(u32 *)(r10 -200) = r2
 1871: *(u32 *)(r10 -216) = 6
 1872: r1 = map[pipe_p0f_signatures_masks] ll
 1874: r2 = r10
 1875: r2 += -216
 1876: call bpf_map_lookup_elem
 1877: r1 = r0
 1878: if r1 == 0 goto +1214
 1879: r2 = *(u32 *)(r1 +0)
 1880: if r2 == 0 goto +1212
 1881: *(u32 *)(r10 -184) = 6
 1882: r2 = *(u32 *)(r10 -144)
 1883: r3 = *(u32 *)(r1 +8)
 1884: r2 &= r3
 1885: *(u32 *)(r10 -180) = r2
 1886: r2 = *(u32 *)(r10 -140)
 1887: r3 = *(u32 *)(r1 +12)
 1888: r2 &= r3
 1889: *(u32 *)(r10 -176) = r2
 1890: r2 = *(u32 *)(r10 -136)
 1891: r3 = *(u32 *)(r1 +16)
 1892: r2 &= r3
 1893: *(u32 *)(r10 -172) = r2
 1894: r2 = *(u32 *)(r10 -132)
 1895: r3 = *(u32 *)(r1 +20)
 1896: r2 &= r3
 1897: *(u32 *)(r10 -168) = r2
 1898: r1 = map[pipe_p0f_signatures] ll
 1900: r2 = r10
 1901: r2 += -184
 1902: call bpf_map_lookup_elem
 1903: r1 = r0
 1904: if r1 == 0 goto +13
 1905: r2 = *(u32 *)(r1 +4)
 1906: r3 = *(u64 *)(r10 -224)
 1907: if r3 == 0 goto +2
 1908: r3 = *(u64 *)(r10 -232)
 1909: if r2 <= r3 goto +8
 1910: *(u64 *)(r10 -224) = 1
 1911: *(u64 *)(r10 -232) = r2
 1912: r2 = *(u32 *)(r1 +0)
 1913: *(u32 *)(r10 -208) = r2
 1914: r2 = *(u32 *)(r1 +4)
 1915: *(u32 *)(r10 -204) = r2
 1916: r2 = *(u32 *)(r1 +8)
 1917: *(u32 *)(r10 -200) = r2
 1918: *(u32 *)(r10 -216) = 7
 1919: r1 = map[pipe_p0f_signatures_masks] ll
 1921: r2 = r10
 1922: r2 += -216
 1923: call bpf_map_lookup_elem
 1924: r1 = r0
 1925: if r1 == 0 goto +1167
 1926: r2 = *(u32 *)(r1 +0)
 1927: if r2 == 0 goto +1165
 1928: *(u32 *)(r10 -184) = 7
 1929: r2 = *(u32 *)(r10 -144)
 1930: r3 = *(u32 *)(r1 +8)
 1931: r2 &= r3
 1932: *(u32 *)(r10 -180) = r2
 1933: r2 = *(u32 *)(r10 -140)
 1934: r3 = *(u32 *)(r1 +12)
 1935: r2 &= r3
 1936: *(u32 *)(r10 -176) = r2
 1937: r2 = *(u32 *)(r10 -136)
 1938: r3 = *(u32 *)(r1 +16)
 1939: r2 &= r3
 1940: *(u32 *)(r10 -172) = r2
 1941: r2 = *(u32 *)(r10 -132)
 1942: r3 = *(u32 *)(r1 +20)
 1943: r2 &= r3
 1944: *(u32 *)(r10 -168) = r2
 1945: r1 = map[pipe_p0f_signatures] ll
 1947: r2 = r10
 1948: r2 += -184
 1949: call bpf_map_lookup_elem
 1950: r1 = r0
 1951: if r1 == 0 goto +13
 1952: r2 = *(u32 *)(r1 +4)
 1953: r3 = *(u64 *)(r10 -224)
 1954: if r3 == 0 goto +2
 1955: r3 = *(u64 *)(r10 -232)
 1956: if r2 <= r3 goto +8
 1957: *(u64 *)(r10 -224) = 1
 1958: *(u64 *)(r10 -232) = r2
 1959: r2 = *(u32 *)(r1 +0)
 1960: *(u32 *)(r10 -208) = r2
 1961: r2 = *(u32 *)(r1 +4)
 1962: *(u32 *)(r10 -204) = r2
 1963: r2 = *(u32 *)(r1 +8)
 1964: *(u32 *)(r10 -200) = r2
 1965: *(u32 *)(r10 -216) = 8
 1966: r1 = map[pipe_p0f_signatures_masks] ll
 1968: r2 = r10
 1969: r2 += -216
 1970: call bpf_map_lookup_elem
 1971: r1 = r0
 1972: if r1 == 0 goto +1120
 1973: r2 = *(u32 *)(r1 +0)
 1974: if r2 == 0 goto +1118
 1975: *(u32 *)(r10 -184) = 8
 1976: r2 = *(u32 *)(r10 -144)
 1977: r3 = *(u32 *)(r1 +8)
 1978: r2 &= r3
 1979: *(u32 *)(r10 -180) = r2
 1980: r2 = *(u32 *)(r10 -140)
 1981: r3 = *(u32 *)(r1 +12)
 1982: r2 &= r3
 1983: *(u32 *)(r10 -176) = r2
 1984: r2 = *(u32 *)(r10 -136)
 1985: r3 = *(u32 *)(r1 +16)
 1986: r2 &= r3
 1987: *(u32 *)(r10 -172) = r2
 1988: r2 = *(u32 *)(r10 -132)
 1989: r3 = *(u32 *)(r1 +20)
 1990: r2 &= r3
 1991: *(u32 *)(r10 -168) = r2
 1992: r1 = map[pipe_p0f_signatures] ll
 1994: r2 = r10
 1995: r2 += -184
 1996: call bpf_map_lookup_elem
 1997: r1 = r0
 1998: if r1 == 0 goto +13
 1999: r2 = *(u32 *)(r1 +4)
 2000: r3 = *(u64 *)(r10 -224)
 2001: if r3 == 0 goto +2
 2002: r3 = *(u64 *)(r10 -232)
 2003: if r2 <= r3 goto +8
 2004: *(u64 *)(r10 -224) = 1
 2005: *(u64 *)(r10 -232) = r2
 2006: r2 = *(u32 *)(r1 +0)
 2007: *(u32 *)(r10 -208) = r2
 2008: r2 = *(u32 *)(r1 +4)
 2009: *(u32 *)(r10 -204) = r2
 2010: r2 = *(u32 *)(r1 +8)
 2011: *(u32 *)(r10 -200) = r2
 2012: *(u32 *)(r10 -216) = 9
 2013: r1 = map[pipe_p0f_signatures_masks] ll
 2015: r2 = r10
 2016: r2 += -216
 2017: call bpf_map_lookup_elem
 2018: r1 = r0
 2019: if r1 == 0 goto +1073
 2020: r2 = *(u32 *)(r1 +0)
 2021: if r2 == 0 goto +1071
 2022: *(u32 *)(r10 -184) = 9
 2023: r2 = *(u32 *)(r10 -144)
 2024: r3 = *(u32 *)(r1 +8)
 2025: r2 &= r3
 2026: *(u32 *)(r10 -180) = r2
 2027: r2 = *(u32 *)(r10 -140)
 2028: r3 = *(u32 *)(r1 +12)
 2029: r2 &= r3
 2030: *(u32 *)(r10 -176) = r2
 2031: r2 = *(u32 *)(r10 -136)
 2032: r3 = *(u32 *)(r1 +16)
 2033: r2 &= r3
 2034: *(u32 *)(r10 -172) = r2
 2035: r2 = *(u32 *)(r10 -132)
 2036: r3 = *(u32 *)(r1 +20)
 2037: r2 &= r3
 2038: *(u32 *)(r10 -168) = r2
 2039: r1 = map[pipe_p0f_signatures] ll
 2041: r2 = r10
 2042: r2 += -184
 2043: call bpf_map_lookup_elem
 2044: r1 = r0
 2045: if r1 == 0 goto +13
 2046: r2 = *(u32 *)(r1 +4)
 2047: r3 = *(u64 *)(r10 -224)
 2048: if r3 == 0 goto +2
 2049: r3 = *(u64 *)(r10 -232)
 2050: if r2 <= r3 goto +8
 2051: *(u64 *)(r10 -224) = 1
 2052: *(u64 *)(r10 -232) = r2
 2053: r2 = *(u32 *)(r1 +0)
 2054: *(u32 *)(r10 -208) = r2
 2055: r2 = *(u32 *)(r1 +4)
 2056: *(u32 *)(r10 -204) = r2
 2057: r2 = *(u32 *)(r1 +8)
 2058: *(u32 *)(r10 -200) = r2
 2059: *(u32 *)(r10 -216) = 10
 2060: r1 = map[pipe_p0f_signatures_masks] ll
 2062: r2 = r10
 2063: r2 += -216
 2064: call bpf_map_lookup_elem
 2065: r1 = r0
 2066: if r1 == 0 goto +1026
 2067: r2 = *(u32 *)(r1 +0)
 2068: if r2 == 0 goto +1024
 2069: *(u32 *)(r10 -184) = 10
 2070: r2 = *(u32 *)(r10 -144)
 2071: r3 = *(u32 *)(r1 +8)
 2072: r2 &= r3
 2073: *(u32 *)(r10 -180) = r2
 2074: r2 = *(u32 *)(r10 -140)
 2075: r3 = *(u32 *)(r1 +12)
 2076: r2 &= r3
 2077: *(u32 *)(r10 -176) = r2
 2078: r2 = *(u32 *)(r10 -136)
 2079: r3 = *(u32 *)(r1 +16)
 2080: r2 &= r3
 2081: *(u32 *)(r10 -172) = r2
 2082: r2 = *(u32 *)(r10 -132)
 2083: r3 = *(u32 *)(r1 +20)
 2084: r2 &= r3
 2085: *(u32 *)(r10 -168) = r2
 2086: r1 = map[pipe_p0f_signatures] ll
 2088: r2 = r10
 2089: r2 += -184
 2090: call bpf_map_lookup_elem
 2091: r1 = r0
 2092: if r1 == 0 goto +13
 2093: r2 = *(u32 *)(r1 +4)
 2094: r3 = *(u64 *)(r10 -224)
 2095: if r3 == 0 goto +2
 2096: r3 = *(u64 *)(r10 -232)
 2097: if r2 <= r3 goto +8
 2098: *(u64 *)(r10 -224) = 1
 2099: *(u64 *)(r10 -232) = r2
 2100: r2 = *(u32 *)(r1 +0)
 2101: *(u32 *)(r10 -208) = r2
 2102: r2 = *(u32 *)(r1 +4)
 2103: *(u32 *)(r10 -204) = r2
 2104: r2 = *(u32 *)(r1 +8)
 2105: *(u32 *)(r10 -200) = r2
 2106: *(u32 *)(r10 -216) = 11
 2107: r1 = map[pipe_p0f_signatures_masks] ll
 2109: r2 = r10
 2110: r2 += -216
 2111: call bpf_map_lookup_elem
 2112: r1 = r0
 2113: if r1 == 0 goto +979
 2114: r2 = *(u32 *)(r1 +0)
 2115: if r2 == 0 goto +977
 2116: *(u32 *)(r10 -184) = 11
 2117: r2 = *(u32 *)(r10 -144)
 2118: r3 = *(u32 *)(r1 +8)
 2119: r2 &= r3
 2120: *(u32 *)(r10 -180) = r2
 2121: r2 = *(u32 *)(r10 -140)
 2122: r3 = *(u32 *)(r1 +12)
 2123: r2 &= r3
 2124: *(u32 *)(r10 -176) = r2
 2125: r2 = *(u32 *)(r10 -136)
 2126: r3 = *(u32 *)(r1 +16)
 2127: r2 &= r3
 2128: *(u32 *)(r10 -172) = r2
 2129: r2 = *(u32 *)(r10 -132)
 2130: r3 = *(u32 *)(r1 +20)
 2131: r2 &= r3
 2132: *(u32 *)(r10 -168) = r2
 2133: r1 = map[pipe_p0f_signatures] ll
 2135: r2 = r10
 2136: r2 += -184
 2137: call bpf_map_lookup_elem
 2138: r1 = r0
 2139: if r1 == 0 goto +13
 2140: r2 = *(u32 *)(r1 +4)
 2141: r3 = *(u64 *)(r10 -224)
 2142: if r3 == 0 goto +2
 2143: r3 = *(u64 *)(r10 -232)
 2144: if r2 <= r3 goto +8
 2145: *(u64 *)(r10 -224) = 1
 2146: *(u64 *)(r10 -232) = r2
 2147: r2 = *(u32 *)(r1 +0)
 2148: *(u32 *)(r10 -208) = r2
 2149: r2 = *(u32 *)(r1 +4)
 2150: *(u32 *)(r10 -204) = r2
 2151: r2 = *(u32 *)(r1 +8)
 2152: *(u32 *)(r10 -200) = r2
 2153: *(u32 *)(r10 -216) = 12
 2154: r1 = map[pipe_p0f_signatures_masks] ll
 2156: r2 = r10
 2157: r2 += -216
 2158: call bpf_map_lookup_elem
 2159: r1 = r0
 2160: if r1 == 0 goto +932
 2161: r2 = *(u32 *)(r1 +0)
 2162: if r2 == 0 goto +930
 2163: *(u32 *)(r10 -184) = 12
 2164: r2 = *(u32 *)(r10 -144)
 2165: r3 = *(u32 *)(r1 +8)
 2166: r2 &= r3
 2167: *(u32 *)(r10 -180) = r2
 2168: r2 = *(u32 *)(r10 -140)
 2169: r3 = *(u32 *)(r1 +12)
 2170: r2 &= r3
 2171: *(u32 *)(r10 -176) = r2
 2172: r2 = *(u32 *)(r10 -136)
 2173: r3 = *(u32 *)(r1 +16)
 2174: r2 &= r3
 2175: *(u32 *)(r10 -172) = r2
 2176: r2 = *(u32 *)(r10 -132)
 2177: r3 = *(u32 *)(r1 +20)
 2178: r2 &= r3
 2179: *(u32 *)(r10 -168) = r2
 2180: r1 = map[pipe_p0f_signatures] ll
 2182: r2 = r10
 2183: r2 += -184
 2184: call bpf_map_lookup_elem
 2185: r1 = r0
 2186: if r1 == 0 goto +13
 2187: r2 = *(u32 *)(r1 +4)
 2188: r3 = *(u64 *)(r10 -224)
 2189: if r3 == 0 goto +2
 2190: r3 = *(u64 *)(r10 -232)
 2191: if r2 <= r3 goto +8
 2192: *(u64 *)(r10 -224) = 1
 2193: *(u64 *)(r10 -232) = r2
 2194: r2 = *(u32 *)(r1 +0)
 2195: *(u32 *)(r10 -208) = r2
 2196: r2 = *(u32 *)(r1 +4)
 2197: *(u32 *)(r10 -204) = r2
 2198: r2 = *(u32 *)(r1 +8)
 2199: *(u32 *)(r10 -200) = r2
 2200: *(u32 *)(r10 -216) = 13
 2201: r1 = map[pipe_p0f_signatures_masks] ll
 2203: r2 = r10
 2204: r2 += -216
 2205: call bpf_map_lookup_elem
 2206: r1 = r0
 2207: if r1 == 0 goto +885
 2208: r2 = *(u32 *)(r1 +0)
 2209: if r2 == 0 goto +883
 2210: *(u32 *)(r10 -184) = 13
 2211: r2 = *(u32 *)(r10 -144)
 2212: r3 = *(u32 *)(r1 +8)
 2213: r2 &= r3
 2214: *(u32 *)(r10 -180) = r2
 2215: r2 = *(u32 *)(r10 -140)
 2216: r3 = *(u32 *)(r1 +12)
 2217: r2 &= r3
 2218: *(u32 *)(r10 -176) = r2
 2219: r2 = *(u32 *)(r10 -136)
 2220: r3 = *(u32 *)(r1 +16)
 2221: r2 &= r3
 2222: *(u32 *)(r10 -172) = r2
 2223: r2 = *(u32 *)(r10 -132)
 2224: r3 = *(u32 *)(r1 +20)
 2225: r2 &= r3
 2226: *(u32 *)(r10 -168) = r2
 2227: r1 = map[pipe_p0f_signatures] ll
 2229: r2 = r10
 2230: r2 += -184
 2231: call bpf_map_lookup_elem
 2232: r1 = r0
 2233: if r1 == 0 goto +13
 2234: r2 = *(u32 *)(r1 +4)
 2235: r3 = *(u64 *)(r10 -224)
 2236: if r3 == 0 goto +2
 2237: r3 = *(u64 *)(r10 -232)
 2238: if r2 <= r3 goto +8
 2239: *(u64 *)(r10 -224) = 1
 2240: *(u64 *)(r10 -232) = r2
 2241: r2 = *(u32 *)(r1 +0)
 2242: *(u32 *)(r10 -208) = r2
 2243: r2 = *(u32 *)(r1 +4)
 2244: *(u32 *)(r10 -204) = r2
 2245: r2 = *(u32 *)(r1 +8)
 2246: *(u32 *)(r10 -200) = r2
 2247: *(u32 *)(r10 -216) = 14
 2248: r1 = map[pipe_p0f_signatures_masks] ll
 2250: r2 = r10
 2251: r2 += -216
 2252: call bpf_map_lookup_elem
 2253: r1 = r0
 2254: if r1 == 0 goto +838
 2255: r2 = *(u32 *)(r1 +0)
 2256: if r2 == 0 goto +836
 2257: *(u32 *)(r10 -184) = 14
 2258: r2 = *(u32 *)(r10 -144)
 2259: r3 = *(u32 *)(r1 +8)
 2260: r2 &= r3
 2261: *(u32 *)(r10 -180) = r2
 2262: r2 = *(u32 *)(r10 -140)
 2263: r3 = *(u32 *)(r1 +12)
 2264: r2 &= r3
 2265: *(u32 *)(r10 -176) = r2
 2266: r2 = *(u32 *)(r10 -136)
 2267: r3 = *(u32 *)(r1 +16)
 2268: r2 &= r3
 2269: *(u32 *)(r10 -172) = r2
 2270: r2 = *(u32 *)(r10 -132)
 2271: r3 = *(u32 *)(r1 +20)
 2272: r2 &= r3
 2273: *(u32 *)(r10 -168) = r2
 2274: r1 = map[pipe_p0f_signatures] ll
 2276: r2 = r10
 2277: r2 += -184
 2278: call bpf_map_lookup_elem
 2279: r1 = r0
 2280: if r1 == 0 goto +13
 2281: r2 = *(u32 *)(r1 +4)
 2282: r3 = *(u64 *)(r10 -224)
 2283: if r3 == 0 goto +2
 2284: r3 = *(u64 *)(r10 -232)
 2285: if r2 <= r3 goto +8
 2286: *(u64 *)(r10 -224) = 1
 2287: *(u64 *)(r10 -232) = r2
 2288: r2 = *(u32 *)(r1 +0)
 2289: *(u32 *)(r10 -208) = r2
 2290: r2 = *(u32 *)(r1 +4)
 2291: *(u32 *)(r10 -204) = r2
 2292: r2 = *(u32 *)(r1 +8)
 2293: *(u32 *)(r10 -200) = r2
 2294: *(u32 *)(r10 -216) = 15
 2295: r1 = map[pipe_p0f_signatures_masks] ll
 2297: r2 = r10
 2298: r2 += -216
 2299: call bpf_map_lookup_elem
 2300: r1 = r0
 2301: if r1 == 0 goto +791
 2302: r2 = *(u32 *)(r1 +0)
 2303: if r2 == 0 goto +789
 2304: *(u32 *)(r10 -184) = 15
 2305: r2 = *(u32 *)(r10 -144)
 2306: r3 = *(u32 *)(r1 +8)
 2307: r2 &= r3
 2308: *(u32 *)(r10 -180) = r2
 2309: r2 = *(u32 *)(r10 -140)
 2310: r3 = *(u32 *)(r1 +12)
 2311: r2 &= r3
 2312: *(u32 *)(r10 -176) = r2
 2313: r2 = *(u32 *)(r10 -136)
 2314: r3 = *(u32 *)(r1 +16)
 2315: r2 &= r3
 2316: *(u32 *)(r10 -172) = r2
 2317: r2 = *(u32 *)(r10 -132)
 2318: r3 = *(u32 *)(r1 +20)
 2319: r2 &= r3
 2320: *(u32 *)(r10 -168) = r2
 2321: r1 = map[pipe_p0f_signatures] ll
 2323: r2 = r10
 2324: r2 += -184
 2325: call bpf_map_lookup_elem
 2326: r1 = r0
 2327: if r1 == 0 goto +13
 2328: r2 = *(u32 *)(r1 +4)
 2329: r3 = *(u64 *)(r10 -224)
 2330: if r3 == 0 goto +2
 2331: r3 = *(u64 *)(r10 -232)
 2332: if r2 <= r3 goto +8
 2333: *(u64 *)(r10 -224) = 1
 2334: *(u64 *)(r10 -232) = r2
 2335: r2 = *(u32 *)(r1 +0)
 2336: *(u32 *)(r10 -208) = r2
 2337: r2 = *(u32 *)(r1 +4)
 2338: *(u32 *)(r10 -204) = r2
 2339: r2 = *(u32 *)(r1 +8)
 2340: *(u32 *)(r10 -200) = r2
 2341: *(u32 *)(r10 -216) = 16
 2342: r1 = map[pipe_p0f_signatures_masks] ll
 2344: r2 = r10
 2345: r2 += -216
 2346: call bpf_map_lookup_elem
 2347: r1 = r0
 2348: if r1 == 0 goto +744
 2349: r2 = *(u32 *)(r1 +0)
 2350: if r2 == 0 goto +742
 2351: *(u32 *)(r10 -184) = 16
 2352: r2 = *(u32 *)(r10 -144)
 2353: r3 = *(u32 *)(r1 +8)
 2354: r2 &= r3
 2355: *(u32 *)(r10 -180) = r2
 2356: r2 = *(u32 *)(r10 -140)
 2357: r3 = *(u32 *)(r1 +12)
 2358: r2 &= r3
 2359: *(u32 *)(r10 -176) = r2
 2360: r2 = *(u32 *)(r10 -136)
 2361: r3 = *(u32 *)(r1 +16)
 2362: r2 &= r3
 2363: *(u32 *)(r10 -172) = r2
 2364: r2 = *(u32 *)(r10 -132)
 2365: r3 = *(u32 *)(r1 +20)
 2366: r2 &= r3
 2367: *(u32 *)(r10 -168) = r2
 2368: r1 = map[pipe_p0f_signatures] ll
 2370: r2 = r10
 2371: r2 += -184
 2372: call bpf_map_lookup_elem
 2373: r1 = r0
 2374: if r1 == 0 goto +13
 2375: r2 = *(u32 *)(r1 +4)
 2376: r3 = *(u64 *)(r10 -224)
 2377: if r3 == 0 goto +2
 2378: r3 = *(u64 *)(r10 -232)
 2379: if r2 <= r3 goto +8
 2380: *(u64 *)(r10 -224) = 1
 2381: *(u64 *)(r10 -232) = r2
 2382: r2 = *(u32 *)(r1 +0)
 2383: *(u32 *)(r10 -208) = r2
 2384: r2 = *(u32 *)(r1 +4)
 2385: *(u32 *)(r10 -204) = r2
 2386: r2 = *(u32 *)(r1 +8)
 2387: *(u32 *)(r10 -200) = r2
 2388: *(u32 *)(r10 -216) = 17
 2389: r1 = map[pipe_p0f_signatures_masks] ll
 2391: r2 = r10
 2392: r2 += -216
 2393: call bpf_map_lookup_elem
 2394: r1 = r0
 2395: if r1 == 0 goto +697
 2396: r2 = *(u32 *)(r1 +0)
 2397: if r2 == 0 goto +695
 2398: *(u32 *)(r10 -184) = 17
 2399: r2 = *(u32 *)(r10 -144)
 2400: r3 = *(u32 *)(r1 +8)
 2401: r2 &= r3
 2402: *(u32 *)(r10 -180) = r2
 2403: r2 = *(u32 *)(r10 -140)
 2404: r3 = *(u32 *)(r1 +12)
 2405: r2 &= r3
 2406: *(u32 *)(r10 -176) = r2
 2407: r2 = *(u32 *)(r10 -136)
 2408: r3 = *(u32 *)(r1 +16)
 2409: r2 &= r3
 2410: *(u32 *)(r10 -172) = r2
 2411: r2 = *(u32 *)(r10 -132)
 2412: r3 = *(u32 *)(r1 +20)
 2413: r2 &= r3
 2414: *(u32 *)(r10 -168) = r2
 2415: r1 = map[pipe_p0f_signatures] ll
 2417: r2 = r10
 2418: r2 += -184
 2419: call bpf_map_lookup_elem
 2420: r1 = r0
 2421: if r1 == 0 goto +13
 2422: r2 = *(u32 *)(r1 +4)
 2423: r3 = *(u64 *)(r10 -224)
 2424: if r3 == 0 goto +2
 2425: r3 = *(u64 *)(r10 -232)
 2426: if r2 <= r3 goto +8
 2427: *(u64 *)(r10 -224) = 1
 2428: *(u64 *)(r10 -232) = r2
 2429: r2 = *(u32 *)(r1 +0)
 2430: *(u32 *)(r10 -208) = r2
 2431: r2 = *(u32 *)(r1 +4)
 2432: *(u32 *)(r10 -204) = r2
 2433: r2 = *(u32 *)(r1 +8)
 2434: *(u32 *)(r10 -200) = r2
 2435: *(u32 *)(r10 -216) = 18
 2436: r1 = map[pipe_p0f_signatures_masks] ll
 2438: r2 = r10
 2439: r2 += -216
 2440: call bpf_map_lookup_elem
 2441: r1 = r0
 2442: if r1 == 0 goto +650
 2443: r2 = *(u32 *)(r1 +0)
 2444: if r2 == 0 goto +648
 2445: *(u32 *)(r10 -184) = 18
 2446: r2 = *(u32 *)(r10 -144)
 2447: r3 = *(u32 *)(r1 +8)
 2448: r2 &= r3
 2449: *(u32 *)(r10 -180) = r2
 2450: r2 = *(u32 *)(r10 -140)
 2451: r3 = *(u32 *)(r1 +12)
 2452: r2 &= r3
 2453: *(u32 *)(r10 -176) = r2
 2454: r2 = *(u32 *)(r10 -136)
 2455: r3 = *(u32 *)(r1 +16)
 2456: r2 &= r3
 2457: *(u32 *)(r10 -172) = r2
 2458: r2 = *(u32 *)(r10 -132)
 2459: r3 = *(u32 *)(r1 +20)
 2460: r2 &= r3
 2461: *(u32 *)(r10 -168) = r2
 2462: r1 = map[pipe_p0f_signatures] ll
 2464: r2 = r10
 2465: r2 += -184
 2466: call bpf_map_lookup_elem
 2467: r1 = r0
 2468: if r1 == 0 goto +13
 2469: r2 = *(u32 *)(r1 +4)
 2470: r3 = *(u64 *)(r10 -224)
 2471: if r3 == 0 goto +2
 2472: r3 = *(u64 *)(r10 -232)
 2473: if r2 <= r3 goto +8
 2474: *(u64 *)(r10 -224) = 1
 2475: *(u64 *)(r10 -232) = r2
 2476: r2 = *(u32 *)(r1 +0)
 2477: *(u32 *)(r10 -208) = r2
 2478: r2 = *(u32 *)(r1 +4)
 2479: *(u32 *)(r10 -204) = r2
 2480: r2 = *(u32 *)(r1 +8)
 2481: *(u32 *)(r10 -200) = r2
 2482: *(u32 *)(r10 -216) = 19
 2483: r1 = map[pipe_p0f_signatures_masks] ll
 2485: r2 = r10
 2486: r2 += -216
 2487: call bpf_map_lookup_elem
 2488: r1 = r0
 2489: if r1 == 0 goto +603
 2490: r2 = *(u32 *)(r1 +0)
 2491: if r2 == 0 goto +601
 2492: *(u32 *)(r10 -184) = 19
 2493: r2 = *(u32 *)(r10 -144)
 2494: r3 = *(u32 *)(r1 +8)
 2495: r2 &= r3
 2496: *(u32 *)(r10 -180) = r2
 2497: r2 = *(u32 *)(r10 -140)
 2498: r3 = *(u32 *)(r1 +12)
 2499: r2 &= r3
 2500: *(u32 *)(r10 -176) = r2
 2501: r2 = *(u32 *)(r10 -136)
 2502: r3 = *(u32 *)(r1 +16)
 2503: r2 &= r3
 2504: *(u32 *)(r10 -172) = r2
 2505: r2 = *(u32 *)(r10 -132)
 2506: r3 = *(u32 *)(r1 +20)
 2507: r2 &= r3
 2508: *(u32 *)(r10 -168) = r2
 2509: r1 = map[pipe_p0f_signatures] ll
 2511: r2 = r10
 2512: r2 += -184
 2513: call bpf_map_lookup_elem
 2514: r1 = r0
 2515: if r1 == 0 goto +13
 2516: r2 = *(u32 *)(r1 +4)
 2517: r3 = *(u64 *)(r10 -224)
 2518: if r3 == 0 goto +2
 2519: r3 = *(u64 *)(r10 -232)
 2520: if r2 <= r3 goto +8
 2521: *(u64 *)(r10 -224) = 1
 2522: *(u64 *)(r10 -232) = r2
 2523: r2 = *(u32 *)(r1 +0)
 2524: *(u32 *)(r10 -208) = r2
 2525: r2 = *(u32 *)(r1 +4)
 2526: *(u32 *)(r10 -204) = r2
 2527: r2 = *(u32 *)(r1 +8)
 2528: *(u32 *)(r10 -200) = r2
 2529: *(u32 *)(r10 -216) = 20
 2530: r1 = map[pipe_p0f_signatures_masks] ll
 2532: r2 = r10
 2533: r2 += -216
 2534: call bpf_map_lookup_elem
 2535: r1 = r0
 2536: if r1 == 0 goto +556
 2537: r2 = *(u32 *)(r1 +0)
 2538: if r2 == 0 goto +554
 2539: *(u32 *)(r10 -184) = 20
 2540: r2 = *(u32 *)(r10 -144)
 2541: r3 = *(u32 *)(r1 +8)
 2542: r2 &= r3
 2543: *(u32 *)(r10 -180) = r2
 2544: r2 = *(u32 *)(r10 -140)
 2545: r3 = *(u32 *)(r1 +12)
 2546: r2 &= r3
 2547: *(u32 *)(r10 -176) = r2
 2548: r2 = *(u32 *)(r10 -136)
 2549: r3 = *(u32 *)(r1 +16)
 2550: r2 &= r3
 2551: *(u32 *)(r10 -172) = r2
 2552: r2 = *(u32 *)(r10 -132)
 2553: r3 = *(u32 *)(r1 +20)
 2554: r2 &= r3
 2555: *(u32 *)(r10 -168) = r2
 2556: r1 = map[pipe_p0f_signatures] ll
 2558: r2 = r10
 2559: r2 += -184
 2560: call bpf_map_lookup_elem
 2561: r1 = r0
 2562: if r1 == 0 goto +13
 2563: r2 = *(u32 *)(r1 +4)
 2564: r3 = *(u64 *)(r10 -224)
 2565: if r3 == 0 goto +2
 2566: r3 = *(u64 *)(r10 -232)
 2567: if r2 <= r3 goto +8
 2568: *(u64 *)(r10 -224) = 1
 2569: *(u64 *)(r10 -232) = r2
 2570: r2 = *(u32 *)(r1 +0)
 2571: *(u32 *)(r10 -208) = r2
 2572: r2 = *(u32 *)(r1 +4)
 2573: *(u32 *)(r10 -204) = r2
 2574: r2 = *(u32 *)(r1 +8)
 2575: *(u32 *)(r10 -200) = r2
 2576: *(u32 *)(r10 -216) = 21
 2577: r1 = map[pipe_p0f_signatures_masks] ll
 2579: r2 = r10
 2580: r2 += -216
 2581: call bpf_map_lookup_elem
 2582: r1 = r0
 2583: if r1 == 0 goto +509
 2584: r2 = *(u32 *)(r1 +0)
 2585: if r2 == 0 goto +507
 2586: *(u32 *)(r10 -184) = 21
 2587: r2 = *(u32 *)(r10 -144)
 2588: r3 = *(u32 *)(r1 +8)
 2589: r2 &= r3
 2590: *(u32 *)(r10 -180) = r2
 2591: r2 = *(u32 *)(r10 -140)
 2592: r3 = *(u32 *)(r1 +12)
 2593: r2 &= r3
 2594: *(u32 *)(r10 -176) = r2
 2595: r2 = *(u32 *)(r10 -136)
 2596: r3 = *(u32 *)(r1 +16)
 2597: r2 &= r3
 2598: *(u32 *)(r10 -172) = r2
 2599: r2 = *(u32 *)(r10 -132)
 2600: r3 = *(u32 *)(r1 +20)
 2601: r2 &= r3
 2602: *(u32 *)(r10 -168) = r2
 2603: r1 = map[pipe_p0f_signatures] ll
 2605: r2 = r10
 2606: r2 += -184
 2607: call bpf_map_lookup_elem
 2608: r1 = r0
 2609: if r1 == 0 goto +13
 2610: r2 = *(u32 *)(r1 +4)
 2611: r3 = *(u64 *)(r10 -224)
 2612: if r3 == 0 goto +2
 2613: r3 = *(u64 *)(r10 -232)
 2614: if r2 <= r3 goto +8
 2615: *(u64 *)(r10 -224) = 1
 2616: *(u64 *)(r10 -232) = r2
 2617: r2 = *(u32 *)(r1 +0)
 2618: *(u32 *)(r10 -208) = r2
 2619: r2 = *(u32 *)(r1 +4)
 2620: *(u32 *)(r10 -204) = r2
 2621: r2 = *(u32 *)(r1 +8)
 2622: *(u32 *)(r10 -200) = r2
 2623: *(u32 *)(r10 -216) = 22
 2624: r1 = map[pipe_p0f_signatures_masks] ll
 2626: r2 = r10
 2627: r2 += -216
 2628: call bpf_map_lookup_elem
 2629: r1 = r0
 2630: if r1 == 0 goto +462
 2631: r2 = *(u32 *)(r1 +0)
 2632: if r2 == 0 goto +460
 2633: *(u32 *)(r10 -184) = 22
 2634: r2 = *(u32 *)(r10 -144)
 2635: r3 = *(u32 *)(r1 +8)
 2636: r2 &= r3
 2637: *(u32 *)(r10 -180) = r2
 2638: r2 = *(u32 *)(r10 -140)
 2639: r3 = *(u32 *)(r1 +12)
 2640: r2 &= r3
 2641: *(u32 *)(r10 -176) = r2
 2642: r2 = *(u32 *)(r10 -136)
 2643: r3 = *(u32 *)(r1 +16)
 2644: r2 &= r3
 2645: *(u32 *)(r10 -172) = r2
 2646: r2 = *(u32 *)(r10 -132)
 2647: r3 = *(u32 *)(r1 +20)
 2648: r2 &= r3
 2649: *(u32 *)(r10 -168) = r2
 2650: r1 = map[pipe_p0f_signatures] ll
 2652: r2 = r10
 2653: r2 += -184
 2654: call bpf_map_lookup_elem
 2655: r1 = r0
 2656: if r1 == 0 goto +13
 2657: r2 = *(u32 *)(r1 +4)
 2658: r3 = *(u64 *)(r10 -224)
 2659: if r3 == 0 goto +2
 2660: r3 = *(u64 *)(r10 -232)
 2661: if r2 <= r3 goto +8
 2662: *(u64 *)(r10 -224) = 1
 2663: *(u64 *)(r10 -232) = r2
 2664: r2 = *(u32 *)(r1 +0)
 2665: *(u32 *)(r10 -208) = r2
 2666: r2 = *(u32 *)(r1 +4)
 2667: *(u32 *)(r10 -204) = r2
 2668: r2 = *(u32 *)(r1 +8)
 2669: *(u32 *)(r10 -200) = r2
 2670: *(u32 *)(r10 -216) = 23
 2671: r1 = map[pipe_p0f_signatures_masks] ll
 2673: r2 = r10
 2674: r2 += -216
 2675: call bpf_map_lookup_elem
 2676: r1 = r0
 2677: if r1 == 0 goto +415
 2678: r2 = *(u32 *)(r1 +0)
 2679: if r2 == 0 goto +413
 2680: *(u32 *)(r10 -184) = 23
 2681: r2 = *(u32 *)(r10 -144)
 2682: r3 = *(u32 *)(r1 +8)
 2683: r2 &= r3
 2684: *(u32 *)(r10 -180) = r2
 2685: r2 = *(u32 *)(r10 -140)
 2686: r3 = *(u32 *)(r1 +12)
 2687: r2 &= r3
 2688: *(u32 *)(r10 -176) = r2
 2689: r2 = *(u32 *)(r10 -136)
 2690: r3 = *(u32 *)(r1 +16)
 2691: r2 &= r3
 2692: *(u32 *)(r10 -172) = r2
 2693: r2 = *(u32 *)(r10 -132)
 2694: r3 = *(u32 *)(r1 +20)
 2695: r2 &= r3
 2696: *(u32 *)(r10 -168) = r2
 2697: r1 = map[pipe_p0f_signatures] ll
 2699: r2 = r10
 2700: r2 += -184
 2701: call bpf_map_lookup_elem
 2702: r1 = r0
 2703: if r1 == 0 goto +13
 2704: r2 = *(u32 *)(r1 +4)
 2705: r3 = *(u64 *)(r10 -224)
 2706: if r3 == 0 goto +2
 2707: r3 = *(u64 *)(r10 -232)
 2708: if r2 <= r3 goto +8
 2709: *(u64 *)(r10 -224) = 1
 2710: *(u64 *)(r10 -232) = r2
 2711: r2 = *(u32 *)(r1 +0)
 2712: *(u32 *)(r10 -208) = r2
 2713: r2 = *(u32 *)(r1 +4)
 2714: *(u32 *)(r10 -204) = r2
 2715: r2 = *(u32 *)(r1 +8)
 2716: *(u32 *)(r10 -200) = r2
 2717: *(u32 *)(r10 -216) = 24
 2718: r1 = map[pipe_p0f_signatures_masks] ll
 2720: r2 = r10
 2721: r2 += -216
 2722: call bpf_map_lookup_elem
 2723: r1 = r0
 2724: if r1 == 0 goto +368
 2725: r2 = *(u32 *)(r1 +0)
 2726: if r2 == 0 goto +366
 2727: *(u32 *)(r10 -184) = 24
 2728: r2 = *(u32 *)(r10 -144)
 2729: r3 = *(u32 *)(r1 +8)
 2730: r2 &= r3
 2731: *(u32 *)(r10 -180) = r2
 2732: r2 = *(u32 *)(r10 -140)
 2733: r3 = *(u32 *)(r1 +12)
 2734: r2 &= r3
 2735: *(u32 *)(r10 -176) = r2
 2736: r2 = *(u32 *)(r10 -136)
 2737: r3 = *(u32 *)(r1 +16)
 2738: r2 &= r3
 2739: *(u32 *)(r10 -172) = r2
 2740: r2 = *(u32 *)(r10 -132)
 2741: r3 = *(u32 *)(r1 +20)
 2742: r2 &= r3
 2743: *(u32 *)(r10 -168) = r2
 2744: r1 = map[pipe_p0f_signatures] ll
 2746: r2 = r10
 2747: r2 += -184
 2748: call bpf_map_lookup_elem
 2749: r1 = r0
 2750: if r1 == 0 goto +13
 2751: r2 = *(u32 *)(r1 +4)
 2752: r3 = *(u64 *)(r10 -224)
 2753: if r3 == 0 goto +2
 2754: r3 = *(u64 *)(r10 -232)
 2755: if r2 <= r3 goto +8
 2756: *(u64 *)(r10 -224) = 1
 2757: *(u64 *)(r10 -232) = r2
 2758: r2 = *(u32 *)(r1 +0)
 2759: *(u32 *)(r10 -208) = r2
 2760: r2 = *(u32 *)(r1 +4)
 2761: *(u32 *)(r10 -204) = r2
 2762: r2 = *(u32 *)(r1 +8)
 2763: *(u32 *)(r10 -200) = r2
 2764: *(u32 *)(r10 -216) = 25
 2765: r1 = map[pipe_p0f_signatures_masks] ll
 2767: r2 = r10
 2768: r2 += -216
 2769: call bpf_map_lookup_elem
 2770: r1 = r0
 2771: if r1 == 0 goto +321
 2772: r2 = *(u32 *)(r1 +0)
 2773: if r2 == 0 goto +319
 2774: *(u32 *)(r10 -184) = 25
 2775: r2 = *(u32 *)(r10 -144)
 2776: r3 = *(u32 *)(r1 +8)
 2777: r2 &= r3
 2778: *(u32 *)(r10 -180) = r2
 2779: r2 = *(u32 *)(r10 -140)
 2780: r3 = *(u32 *)(r1 +12)
 2781: r2 &= r3
 2782: *(u32 *)(r10 -176) = r2
 2783: r2 = *(u32 *)(r10 -136)
 2784: r3 = *(u32 *)(r1 +16)
 2785: r2 &= r3
 2786: *(u32 *)(r10 -172) = r2
 2787: r2 = *(u32 *)(r10 -132)
 2788: r3 = *(u32 *)(r1 +20)
 2789: r2 &= r3
 2790: *(u32 *)(r10 -168) = r2
 2791: r1 = map[pipe_p0f_signatures] ll
 2793: r2 = r10
 2794: r2 += -184
 2795: call bpf_map_lookup_elem
 2796: r1 = r0
 2797: if r1 == 0 goto +13
 2798: r2 = *(u32 *)(r1 +4)
 2799: r3 = *(u64 *)(r10 -224)
 2800: if r3 == 0 goto +2
 2801: r3 = *(u64 *)(r10 -232)
 2802: if r2 <= r3 goto +8
 2803: *(u64 *)(r10 -224) = 1
 2804: *(u64 *)(r10 -232) = r2
 2805: r2 = *(u32 *)(r1 +0)
 2806: *(u32 *)(r10 -208) = r2
 2807: r2 = *(u32 *)(r1 +4)
 2808: *(u32 *)(r10 -204) = r2
 2809: r2 = *(u32 *)(r1 +8)
 2810: *(u32 *)(r10 -200) = r2
 2811: *(u32 *)(r10 -216) = 26
 2812: r1 = map[pipe_p0f_signatures_masks] ll
 2814: r2 = r10
 2815: r2 += -216
 2816: call bpf_map_lookup_elem
 2817: r1 = r0
 2818: if r1 == 0 goto +274
 2819: r2 = *(u32 *)(r1 +0)
 2820: if r2 == 0 goto +272
 2821: *(u32 *)(r10 -184) = 26
 2822: r2 = *(u32 *)(r10 -144)
 2823: r3 = *(u32 *)(r1 +8)
 2824: r2 &= r3
 2825: *(u32 *)(r10 -180) = r2
 2826: r2 = *(u32 *)(r10 -140)
 2827: r3 = *(u32 *)(r1 +12)
 2828: r2 &= r3
 2829: *(u32 *)(r10 -176) = r2
 2830: r2 = *(u32 *)(r10 -136)
 2831: r3 = *(u32 *)(r1 +16)
 2832: r2 &= r3
 2833: *(u32 *)(r10 -172) = r2
 2834: r2 = *(u32 *)(r10 -132)
 2835: r3 = *(u32 *)(r1 +20)
 2836: r2 &= r3
 2837: *(u32 *)(r10 -168) = r2
 2838: r1 = map[pipe_p0f_signatures] ll
 2840: r2 = r10
 2841: r2 += -184
 2842: call bpf_map_lookup_elem
 2843: r1 = r0
 2844: if r1 == 0 goto +13
 2845: r2 = *(u32 *)(r1 +4)
 2846: r3 = *(u64 *)(r10 -224)
 2847: if r3 == 0 goto +2
 2848: r3 = *(u64 *)(r10 -232)
 2849: if r2 <= r3 goto +8
 2850: *(u64 *)(r10 -224) = 1
 2851: *(u64 *)(r10 -232) = r2
 2852: r2 = *(u32 *)(r1 +0)
 2853: *(u32 *)(r10 -208) = r2
 2854: r2 = *(u32 *)(r1 +4)
 2855: *(u32 *)(r10 -204) = r2
 2856: r2 = *(u32 *)(r1 +8)
 2857: *(u32 *)(r10 -200) = r2
 2858: *(u32 *)(r10 -216) = 27
 2859: r1 = map[pipe_p0f_signatures_masks] ll
 2861: r2 = r10
 2862: r2 += -216
 2863: call bpf_map_lookup_elem
 2864: r1 = r0
 2865: if r1 == 0 goto +227
 2866: r2 = *(u32 *)(r1 +0)
 2867: if r2 == 0 goto +225
 2868: *(u32 *)(r10 -184) = 27
 2869: r2 = *(u32 *)(r10 -144)
 2870: r3 = *(u32 *)(r1 +8)
 2871: r2 &= r3
 2872: *(u32 *)(r10 -180) = r2
 2873: r2 = *(u32 *)(r10 -140)
 2874: r3 = *(u32 *)(r1 +12)
 2875: r2 &= r3
 2876: *(u32 *)(r10 -176) = r2
 2877: r2 = *(u32 *)(r10 -136)
 2878: r3 = *(u32 *)(r1 +16)
 2879: r2 &= r3
 2880: *(u32 *)(r10 -172) = r2
 2881: r2 = *(u32 *)(r10 -132)
 2882: r3 = *(u32 *)(r1 +20)
 2883: r2 &= r3
 2884: *(u32 *)(r10 -168) = r2
 2885: r1 = map[pipe_p0f_signatures] ll
 2887: r2 = r10
 2888: r2 += -184
 2889: call bpf_map_lookup_elem
 2890: r1 = r0
 2891: if r1 == 0 goto +13
 2892: r2 = *(u32 *)(r1 +4)
 2893: r3 = *(u64 *)(r10 -224)
 2894: if r3 == 0 goto +2
 2895: r3 = *(u64 *)(r10 -232)
 2896: if r2 <= r3 goto +8
 2897: *(u64 *)(r10 -224) = 1
 2898: *(u64 *)(r10 -232) = r2
 2899: r2 = *(u32 *)(r1 +0)
 2900: *(u32 *)(r10 -208) = r2
 2901: r2 = *(u32 *)(r1 +4)
 2902: *(u32 *)(r10 -204) = r2
 2903: r2 = *(u32 *)(r1 +8)
 2904: *(u32 *)(r10 -200) = r2
 2905: *(u32 *)(r10 -216) = 28
 2906: r1 = map[pipe_p0f_signatures_masks] ll
 2908: r2 = r10
 2909: r2 += -216
 2910: call bpf_map_lookup_elem
 2911: r1 = r0
 2912: if r1 == 0 goto +180
 2913: r2 = *(u32 *)(r1 +0)
 2914: if r2 == 0 goto +178
 2915: *(u32 *)(r10 -184) = 28
 2916: r2 = *(u32 *)(r10 -144)
 2917: r3 = *(u32 *)(r1 +8)
 2918: r2 &= r3
 2919: *(u32 *)(r10 -180) = r2
 2920: r2 = *(u32 *)(r10 -140)
 2921: r3 = *(u32 *)(r1 +12)
 2922: r2 &= r3
 2923: *(u32 *)(r10 -176) = r2
 2924: r2 = *(u32 *)(r10 -136)
 2925: r3 = *(u32 *)(r1 +16)
 2926: r2 &= r3
 2927: *(u32 *)(r10 -172) = r2
 2928: r2 = *(u32 *)(r10 -132)
 2929: r3 = *(u32 *)(r1 +20)
 2930: r2 &= r3
 2931: *(u32 *)(r10 -168) = r2
 2932: r1 = map[pipe_p0f_signatures] ll
 2934: r2 = r10
 2935: r2 += -184
 2936: call bpf_map_lookup_elem
 2937: r1 = r0
 2938: if r1 == 0 goto +13
 2939: r2 = *(u32 *)(r1 +4)
 2940: r3 = *(u64 *)(r10 -224)
 2941: if r3 == 0 goto +2
 2942: r3 = *(u64 *)(r10 -232)
 2943: if r2 <= r3 goto +8
 2944: *(u64 *)(r10 -224) = 1
 2945: *(u64 *)(r10 -232) = r2
 2946: r2 = *(u32 *)(r1 +0)
 2947: *(u32 *)(r10 -208) = r2
 2948: r2 = *(u32 *)(r1 +4)
 2949: *(u32 *)(r10 -204) = r2
 2950: r2 = *(u32 *)(r1 +8)
 2951: *(u32 *)(r10 -200) = r2
 2952: *(u32 *)(r10 -216) = 29
 2953: r1 = map[pipe_p0f_signatures_masks] ll
 2955: r2 = r10
 2956: r2 += -216
 2957: call bpf_map_lookup_elem
 2958: r1 = r0
 2959: if r1 == 0 goto +133
 2960: r2 = *(u32 *)(r1 +0)
 2961: if r2 == 0 goto +131
 2962: *(u32 *)(r10 -184) = 29
 2963: r2 = *(u32 *)(r10 -144)
 2964: r3 = *(u32 *)(r1 +8)
 2965: r2 &= r3
 2966: *(u32 *)(r10 -180) = r2
 2967: r2 = *(u32 *)(r10 -140)
 2968: r3 = *(u32 *)(r1 +12)
 2969: r2 &= r3
 2970: *(u32 *)(r10 -176) = r2
 2971: r2 = *(u32 *)(r10 -136)
 2972: r3 = *(u32 *)(r1 +16)
 2973: r2 &= r3
 2974: *(u32 *)(r10 -172) = r2
 2975: r2 = *(u32 *)(r10 -132)
 2976: r3 = *(u32 *)(r1 +20)
 2977: r2 &= r3
 2978: *(u32 *)(r10 -168) = r2
 2979: r1 = map[pipe_p0f_signatures] ll
 2981: r2 = r10
 2982: r2 += -184
 2983: call bpf_map_lookup_elem
 2984: r1 = r0
 2985: if r1 == 0 goto +13
 2986: r2 = *(u32 *)(r1 +4)
 2987: r3 = *(u64 *)(r10 -224)
 2988: if r3 == 0 goto +2
 2989: r3 = *(u64 *)(r10 -232)
 2990: if r2 <= r3 goto +8
 2991: *(u64 *)(r10 -224) = 1
 2992: *(u64 *)(r10 -232) = r2
 2993: r2 = *(u32 *)(r1 +0)
 2994: *(u32 *)(r10 -208) = r2
 2995: r2 = *(u32 *)(r1 +4)
 2996: *(u32 *)(r10 -204) = r2
 2997: r2 = *(u32 *)(r1 +8)
 2998: *(u32 *)(r10 -200) = r2
 2999: *(u32 *)(r10 -216) = 30
 3000: r1 = map[pipe_p0f_signatures_masks] ll
 3002: r2 = r10
 3003: r2 += -216
 3004: call bpf_map_lookup_elem
 3005: r1 = r0
 3006: if r1 == 0 goto +86
 3007: r2 = *(u32 *)(r1 +0)
 3008: if r2 == 0 goto +84
 3009: *(u32 *)(r10 -184) = 30
 3010: r2 = *(u32 *)(r10 -144)
 3011: r3 = *(u32 *)(r1 +8)
 3012: r2 &= r3
 3013: *(u32 *)(r10 -180) = r2
 3014: r2 = *(u32 *)(r10 -140)
 3015: r3 = *(u32 *)(r1 +12)
 3016: r2 &= r3
 3017: *(u32 *)(r10 -176) = r2
 3018: r2 = *(u32 *)(r10 -136)
 3019: r3 = *(u32 *)(r1 +16)
 3020: r2 &= r3
 3021: *(u32 *)(r10 -172) = r2
 3022: r2 = *(u32 *)(r10 -132)
 3023: r3 = *(u32 *)(r1 +20)
 3024: r2 &= r3
 3025: *(u32 *)(r10 -168) = r2
 3026: r1 = map[pipe_p0f_signatures] ll
 3028: r2 = r10
 3029: r2 += -184
 3030: call bpf_map_lookup_elem
 3031: r1 = r0
 3032: if r1 == 0 goto +13
 3033: r2 = *(u32 *)(r1 +4)
 3034: r3 = *(u64 *)(r10 -224)
 3035: if r3 == 0 goto +2
 3036: r3 = *(u64 *)(r10 -232)
 3037: if r2 <= r3 goto +8
 3038: *(u64 *)(r10 -224) = 1
 3039: *(u64 *)(r10 -232) = r2
 3040: r2 = *(u32 *)(r1 +0)
 3041: *(u32 *)(r10 -208) = r2
 3042: r2 = *(u32 *)(r1 +4)
 3043: *(u32 *)(r10 -204) = r2
 3044: r2 = *(u32 *)(r1 +8)
 3045: *(u32 *)(r10 -200) = r2
 3046: *(u32 *)(r10 -216) = 31
 3047: r1 = map[pipe_p0f_signatures_masks] ll
 3049: r2 = r10
 3050: r2 += -216
 3051: call bpf_map_lookup_elem
 3052: r1 = r0
 3053: if r1 == 0 goto +39
 3054: r2 = *(u32 *)(r1 +0)
 3055: if r2 == 0 goto +37
 3056: *(u32 *)(r10 -184) = 31
 3057: r2 = *(u32 *)(r10 -144)
 3058: r3 = *(u32 *)(r1 +8)
 3059: r2 &= r3
 3060: *(u32 *)(r10 -180) = r2
 3061: r2 = *(u32 *)(r10 -140)
 3062: r3 = *(u32 *)(r1 +12)
 3063: r2 &= r3
 3064: *(u32 *)(r10 -176) = r2
 3065: r2 = *(u32 *)(r10 -136)
 3066: r3 = *(u32 *)(r1 +16)
 3067: r2 &= r3
 3068: *(u32 *)(r10 -172) = r2
 3069: r2 = *(u32 *)(r10 -132)
 3070: r3 = *(u32 *)(r1 +20)
 3071: r2 &= r3
 3072: *(u32 *)(r10 -168) = r2
 3073: r1 = map[pipe_p0f_signatures] ll
 3075: r2 = r10
 3076: r2 += -184
 3077: call bpf_map_lookup_elem
 3078: r1 = r0
 3079: if r1 == 0 goto +13
 3080: r2 = *(u32 *)(r1 +4)
 3081: r3 = *(u64 *)(r10 -224)
 3082: if r3 == 0 goto +2
 3083: r3 = *(u64 *)(r10 -232)
 3084: if r2 <= r3 goto +8
 3085: *(u64 *)(r10 -224) = 1
 3086: *(u64 *)(r10 -232) = r2
 3087: r2 = *(u32 *)(r1 +0)
 3088: *(u32 *)(r10 -208) = r2
 3089: r2 = *(u32 *)(r1 +4)
 3090: *(u32 *)(r10 -204) = r2
 3091: r2 = *(u32 *)(r1 +8)
 3092: *(u32 *)(r10 -200) = r2
 3093: r1 = *(u64 *)(r10 -224)
 3094: r2 = 1
 3095: if r1 != 0 goto +17
 3096: r2 = 0
 3097: *(u32 *)(r10 -144) = 0
 3098: r1 = map[pipe_p0f_signatures_default] ll
 3100: r2 = r10
 3101: r2 += -144
 3102: call bpf_map_lookup_elem
 3103: r1 = r0
 3104: if r1 == 0 goto +5
 3105: r2 = *(u32 *)(r1 +0)
 3106: r8 = *(u32 *)(r1 +8)
 3107: r8 = be32 r8
 3108: w8 = w8
 3109: goto +7
 3110: r2 = 2
 3111: r8 = 0
 3112: goto +4
 3113: r2 = *(u32 *)(r10 -208)
 3114: r8 = *(u32 *)(r10 -200)
 3115: r8 = be32 r8
 3116: w8 = w8
 3117: if r2 == 0 goto +26
 3118: if r2 == 1 goto +3
 3119: if r2 == 2 goto +1
 3120: goto +42
      ; pipe: block6 (NoAction)
 3121: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 3122: r1 = 1
      ; write var10, v45
 3123: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 3124: r1 = 0
      ; v47: bit<32> = const 1
 3125: r2 = 1
      ; count counter0[v46] += v47
 3126: *(u32 *)(r10 -144) = r1
 3127: *(u64 *)(r10 -208) = r2
 3128: r1 = map[pipe_os_stats] ll
 3130: r2 = r10
 3131: r2 += -144
 3132: call bpf_map_lookup_elem
 3133: r1 = r0
 3134: if r1 == 0 goto +8
 3135: r2 = *(u64 *)(r1 +0)
 3136: r3 = *(u64 *)(r10 -208)
 3137: r2 += r3
 3138: *(u64 *)(r1 +0) = r2
 3139: r2 = *(u64 *)(r1 +8)
 3140: r3 = *(u32 *)(r10 -40)
 3141: r2 += r3
 3142: *(u64 *)(r1 +8) = r2
 3143: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 3144: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 3145: r1 = 1
      ; count counter0[v43] += v44
 3146: *(u32 *)(r10 -144) = r8
 3147: *(u64 *)(r10 -208) = r1
 3148: r1 = map[pipe_os_stats] ll
 3150: r2 = r10
 3151: r2 += -144
 3152: call bpf_map_lookup_elem
 3153: r1 = r0
 3154: if r1 == 0 goto +8
 3155: r2 = *(u64 *)(r1 +0)
 3156: r3 = *(u64 *)(r10 -208)
 3157: r2 += r3
 3158: *(u64 *)(r1 +0) = r2
 3159: r2 = *(u64 *)(r1 +8)
 3160: r3 = *(u32 *)(r10 -40)
 3161: r2 += r3
 3162: *(u64 *)(r1 +8) = r2
 3163: goto +7
 3164: goto +6
      ; drop
 3165: r1 = *(u32 *)(r10 -36)
 3166: r2 = *(u32 *)(r10 -32)
 3167: r2 = *(u64 *)(r10 -8)
 3168: *(u32 *)(r2 +8) = r1
 3169: r0 = 2
 3170: exit
      ; epilogue: verdict
 3171: r1 = *(u32 *)(r10 -36)
 3172: r2 = *(u32 *)(r10 -32)
 3173: r2 = *(u64 *)(r10 -8)
 3174: *(u32 *)(r2 +8) = r1
 3175: r1 = *(u8 *)(r10 -23)
 3176: if r1 != 0 goto +2
 3177: r0 = 0
 3178: exit
 3179: if r1 != 2 goto +4
 3180: r1 = *(u32 *)(r10 -32)
 3181: r2 = 0
 3182: call bpf_redirect
 3183: exit
 3184: r0 = 2
 3185: exit
