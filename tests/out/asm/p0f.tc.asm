; p0f for classifier: 3184 instructions, stack 240 bytes, 4 maps
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
   28: goto +3134
   29: r3 = r1
   30: r3 += 1
   31: *(u32 *)(r10 -104) = r3
   32: r1 += 14
   33: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = 0
   35: if r2 == 0 goto +2
   36: r1 = *(u16 *)(r2 +12)
   37: r1 = be16 r1
   38: if r1 != 2048 goto +1
   39: goto +1
   40: goto +1269
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   41: r1 = *(u64 *)(r10 -16)
   42: if r1 > 16383 goto +5
   43: r2 = r6
   44: r2 += r1
   45: r3 = r2
   46: r3 += 20
   47: if r3 <= r7 goto +2
   48: *(u32 *)(r10 -48) = 1
   49: goto +3113
   50: r3 = r1
   51: r3 += 1
   52: *(u32 *)(r10 -100) = r3
   53: r1 += 20
   54: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   55: r1 = 0
   56: if r2 == 0 goto +2
   57: r1 = *(u8 *)(r2 +0)
   58: r1 &= 15
      ; v2: bit<4> = const 5
   59: r3 = 5
      ; v3: bool = ge v1, v2
   60: r4 = 1
   61: if r1 >= r3 goto +1
   62: r4 = 0
      ; verify v3, error HeaderTooShort
   63: if r4 != 0 goto +2
   64: *(u32 *)(r10 -48) = 4
   65: goto +3097
      ; v4: bit<4> = read_field hdr1.ihl
   66: r1 = 0
   67: if r2 == 0 goto +2
   68: r1 = *(u8 *)(r2 +0)
   69: r1 &= 15
      ; v5: bit<32> = cast v4
   70: r3 = r1
   71: w3 = w3
      ; v6: bit<32> = const 5
   72: r1 = 5
      ; v7: bit<32> = sub v5, v6
   73: r4 = r3
   74: r4 -= r1
   75: w4 = w4
      ; v8: bit<32> = const 0x20
   76: r1 = 32
      ; v9: bit<32> = mul v7, v8
   77: r3 = r4
   78: r3 *= r1
   79: w3 = w3
      ; advance v9
   80: r1 = r3
   81: r1 &= 7
   82: if r1 == 0 goto +2
   83: *(u32 *)(r10 -48) = 6
   84: goto +3078
   85: r1 = r3
   86: r1 >>= 3
   87: r3 = *(u64 *)(r10 -16)
   88: r3 += r1
   89: if r3 > 16383 goto +3
   90: r1 = r6
   91: r1 += r3
   92: if r1 <= r7 goto +2
   93: *(u32 *)(r10 -48) = 1
   94: goto +3068
   95: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   96: r1 = 0
   97: if r2 == 0 goto +3
   98: r1 = *(u16 *)(r2 +6)
   99: r1 = be16 r1
  100: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  101: r3 = 0
  102: if r2 == 0 goto +1
  103: r3 = *(u8 *)(r2 +9)
  104: if r1 != 0 goto +2
  105: if r3 != 6 goto +1
  106: goto +1
  107: goto +1202
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  108: r1 = *(u64 *)(r10 -16)
  109: if r1 > 16383 goto +5
  110: r2 = r6
  111: r2 += r1
  112: r3 = r2
  113: r3 += 20
  114: if r3 <= r7 goto +2
  115: *(u32 *)(r10 -48) = 1
  116: goto +3046
  117: r3 = r1
  118: r3 += 1
  119: *(u32 *)(r10 -96) = r3
  120: r1 += 20
  121: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  122: r1 = 0
  123: if r2 == 0 goto +3
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
  132: *(u32 *)(r10 -48) = 4
  133: goto +3029
      ; v15: bit<4> = read_field hdr2.dataOffset
  134: r1 = 0
  135: if r2 == 0 goto +3
  136: r1 = *(u8 *)(r2 +12)
  137: r1 >>= 4
  138: r1 &= 15
      ; v16: bit<16> = cast v15
  139: r3 = r1
  140: r3 &= 65535
      ; v17: bit<16> = const 5
  141: r1 = 5
      ; v18: bit<16> = sub v16, v17
  142: r4 = r3
  143: r4 -= r1
  144: r4 &= 65535
      ; v19: bit<16> = const 4
  145: r1 = 4
      ; v20: bit<16> = mul v18, v19
  146: r3 = r4
  147: r3 *= r1
  148: r3 &= 65535
      ; write var2, v20
  149: *(u16 *)(r10 -28) = r3
      ; v21: bit<8> = read_field hdr2.flags
  150: r1 = 0
  151: if r2 == 0 goto +1
  152: r1 = *(u8 *)(r2 +13)
  153: r2 = r1
  154: r2 &= 18
  155: if r2 != 2 goto +1
  156: goto +1
  157: goto +1152
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  158: r1 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  159: r2 = *(u8 *)(r10 -24)
  160: if r1 != 0 goto +1
  161: goto +1148
  162: if r2 != 8 goto +1
  163: goto +1146
      ; prs: block5 (parse_option)
      ; extract hdr3
  164: r1 = *(u64 *)(r10 -16)
  165: if r1 > 16383 goto +5
  166: r2 = r6
  167: r2 += r1
  168: r3 = r2
  169: r3 += 1
  170: if r3 <= r7 goto +2
  171: *(u32 *)(r10 -48) = 1
  172: goto +2990
  173: r3 = r1
  174: r3 += 1
  175: *(u32 *)(r10 -92) = r3
  176: r1 += 1
  177: *(u64 *)(r10 -16) = r1
      ; v24: bit<8> = read var3
  178: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  179: r3 = 1
      ; v26: bit<8> = add v24, v25
  180: r4 = r1
  181: r4 += r3
  182: r4 &= 255
      ; write var3, v26
  183: *(u8 *)(r10 -24) = r4
      ; v27: bit<16> = read var2
  184: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  185: r3 = 1
      ; v29: bit<16> = sub v27, v28
  186: r4 = r1
  187: r4 -= r3
  188: r4 &= 65535
      ; write var2, v29
  189: *(u16 *)(r10 -28) = r4
      ; v30: bit<8> = read_field hdr3.kind
  190: r1 = 0
  191: if r2 == 0 goto +1
  192: r1 = *(u8 *)(r2 +0)
  193: if r1 != 0 goto +1
  194: goto +1115
  195: if r1 != 1 goto +1
  196: goto +104
  197: if r1 != 2 goto +1
  198: goto +82
  199: if r1 != 3 goto +1
  200: goto +59
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  201: r1 = *(u64 *)(r10 -16)
  202: if r1 > 16383 goto +5
  203: r2 = r6
  204: r2 += r1
  205: r1 = r2
  206: r1 += 1
  207: if r1 <= r7 goto +2
  208: *(u32 *)(r10 -48) = 1
  209: goto +2953
  210: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  211: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  212: r1 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
  213: r2 = 2
      ; v34: bool = ge v32, v33
  214: r3 = 1
  215: if r1 >= r2 goto +1
  216: r3 = 0
      ; verify v34, error HeaderTooShort
  217: if r3 != 0 goto +2
  218: *(u32 *)(r10 -48) = 4
  219: goto +2943
      ; v35: bit<8> = read var11
  220: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  221: r2 = r1
  222: w2 = w2
      ; v37: bit<32> = const 1
  223: r1 = 1
      ; v38: bit<32> = sub v36, v37
  224: r3 = r2
  225: r3 -= r1
  226: w3 = w3
      ; v39: bit<32> = const 8
  227: r1 = 8
      ; v40: bit<32> = mul v38, v39
  228: r2 = r3
  229: r2 *= r1
  230: w2 = w2
      ; advance v40
  231: r1 = r2
  232: r1 &= 7
  233: if r1 == 0 goto +2
  234: *(u32 *)(r10 -48) = 6
  235: goto +2927
  236: r1 = r2
  237: r1 >>= 3
  238: r2 = *(u64 *)(r10 -16)
  239: r2 += r1
  240: if r2 > 16383 goto +3
  241: r1 = r6
  242: r1 += r2
  243: if r1 <= r7 goto +2
  244: *(u32 *)(r10 -48) = 1
  245: goto +2917
  246: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  247: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  248: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  249: r3 = r2
  250: r3 &= 65535
      ; v44: bit<16> = const 1
  251: r2 = 1
      ; v45: bit<16> = sub v43, v44
  252: r4 = r3
  253: r4 -= r2
  254: r4 &= 65535
      ; v46: bit<16> = sub v41, v45
  255: r2 = r1
  256: r2 -= r4
  257: r2 &= 65535
      ; write var2, v46
  258: *(u16 *)(r10 -28) = r2
  259: goto +41
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  260: r1 = *(u64 *)(r10 -16)
  261: if r1 > 16383 goto +5
  262: r2 = r6
  263: r2 += r1
  264: r3 = r2
  265: r3 += 2
  266: if r3 <= r7 goto +2
  267: *(u32 *)(r10 -48) = 1
  268: goto +2894
  269: r2 = r1
  270: r2 += 1
  271: *(u32 *)(r10 -56) = r2
  272: r1 += 2
  273: *(u64 *)(r10 -16) = r1
      ; v47: bit<16> = read var2
  274: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  275: r2 = 2
      ; v49: bit<16> = sub v47, v48
  276: r3 = r1
  277: r3 -= r2
  278: r3 &= 65535
      ; write var2, v49
  279: *(u16 *)(r10 -28) = r3
  280: goto +20
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  281: r1 = *(u64 *)(r10 -16)
  282: if r1 > 16383 goto +5
  283: r2 = r6
  284: r2 += r1
  285: r3 = r2
  286: r3 += 3
  287: if r3 <= r7 goto +2
  288: *(u32 *)(r10 -48) = 1
  289: goto +2873
  290: r2 = r1
  291: r2 += 1
  292: *(u32 *)(r10 -60) = r2
  293: r1 += 3
  294: *(u64 *)(r10 -16) = r1
      ; v50: bit<16> = read var2
  295: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  296: r2 = 3
      ; v52: bit<16> = sub v50, v51
  297: r3 = r1
  298: r3 -= r2
  299: r3 &= 65535
      ; write var2, v52
  300: *(u16 *)(r10 -28) = r3
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  301: r1 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  302: r2 = *(u8 *)(r10 -24)
  303: if r1 != 0 goto +1
  304: goto +1005
  305: if r2 != 8 goto +1
  306: goto +1003
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  307: r1 = *(u64 *)(r10 -16)
  308: if r1 > 16383 goto +5
  309: r2 = r6
  310: r2 += r1
  311: r3 = r2
  312: r3 += 1
  313: if r3 <= r7 goto +2
  314: *(u32 *)(r10 -48) = 1
  315: goto +2847
  316: r3 = r1
  317: r3 += 1
  318: *(u32 *)(r10 -88) = r3
  319: r1 += 1
  320: *(u64 *)(r10 -16) = r1
      ; v55: bit<8> = read var3
  321: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  322: r3 = 1
      ; v57: bit<8> = add v55, v56
  323: r4 = r1
  324: r4 += r3
  325: r4 &= 255
      ; write var3, v57
  326: *(u8 *)(r10 -24) = r4
      ; v58: bit<16> = read var2
  327: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  328: r3 = 1
      ; v60: bit<16> = sub v58, v59
  329: r4 = r1
  330: r4 -= r3
  331: r4 &= 65535
      ; write var2, v60
  332: *(u16 *)(r10 -28) = r4
      ; v61: bit<8> = read_field hdr4.kind
  333: r1 = 0
  334: if r2 == 0 goto +1
  335: r1 = *(u8 *)(r2 +0)
  336: if r1 != 0 goto +1
  337: goto +972
  338: if r1 != 1 goto +1
  339: goto +104
  340: if r1 != 2 goto +1
  341: goto +82
  342: if r1 != 3 goto +1
  343: goto +59
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  344: r1 = *(u64 *)(r10 -16)
  345: if r1 > 16383 goto +5
  346: r2 = r6
  347: r2 += r1
  348: r1 = r2
  349: r1 += 1
  350: if r1 <= r7 goto +2
  351: *(u32 *)(r10 -48) = 1
  352: goto +2810
  353: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  354: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  355: r1 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
  356: r2 = 2
      ; v65: bool = ge v63, v64
  357: r3 = 1
  358: if r1 >= r2 goto +1
  359: r3 = 0
      ; verify v65, error HeaderTooShort
  360: if r3 != 0 goto +2
  361: *(u32 *)(r10 -48) = 4
  362: goto +2800
      ; v66: bit<8> = read var11
  363: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  364: r2 = r1
  365: w2 = w2
      ; v68: bit<32> = const 1
  366: r1 = 1
      ; v69: bit<32> = sub v67, v68
  367: r3 = r2
  368: r3 -= r1
  369: w3 = w3
      ; v70: bit<32> = const 8
  370: r1 = 8
      ; v71: bit<32> = mul v69, v70
  371: r2 = r3
  372: r2 *= r1
  373: w2 = w2
      ; advance v71
  374: r1 = r2
  375: r1 &= 7
  376: if r1 == 0 goto +2
  377: *(u32 *)(r10 -48) = 6
  378: goto +2784
  379: r1 = r2
  380: r1 >>= 3
  381: r2 = *(u64 *)(r10 -16)
  382: r2 += r1
  383: if r2 > 16383 goto +3
  384: r1 = r6
  385: r1 += r2
  386: if r1 <= r7 goto +2
  387: *(u32 *)(r10 -48) = 1
  388: goto +2774
  389: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  390: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  391: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  392: r3 = r2
  393: r3 &= 65535
      ; v75: bit<16> = const 1
  394: r2 = 1
      ; v76: bit<16> = sub v74, v75
  395: r4 = r3
  396: r4 -= r2
  397: r4 &= 65535
      ; v77: bit<16> = sub v72, v76
  398: r2 = r1
  399: r2 -= r4
  400: r2 &= 65535
      ; write var2, v77
  401: *(u16 *)(r10 -28) = r2
  402: goto +41
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  403: r1 = *(u64 *)(r10 -16)
  404: if r1 > 16383 goto +5
  405: r2 = r6
  406: r2 += r1
  407: r3 = r2
  408: r3 += 2
  409: if r3 <= r7 goto +2
  410: *(u32 *)(r10 -48) = 1
  411: goto +2751
  412: r2 = r1
  413: r2 += 1
  414: *(u32 *)(r10 -56) = r2
  415: r1 += 2
  416: *(u64 *)(r10 -16) = r1
      ; v78: bit<16> = read var2
  417: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  418: r2 = 2
      ; v80: bit<16> = sub v78, v79
  419: r3 = r1
  420: r3 -= r2
  421: r3 &= 65535
      ; write var2, v80
  422: *(u16 *)(r10 -28) = r3
  423: goto +20
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  424: r1 = *(u64 *)(r10 -16)
  425: if r1 > 16383 goto +5
  426: r2 = r6
  427: r2 += r1
  428: r3 = r2
  429: r3 += 3
  430: if r3 <= r7 goto +2
  431: *(u32 *)(r10 -48) = 1
  432: goto +2730
  433: r2 = r1
  434: r2 += 1
  435: *(u32 *)(r10 -60) = r2
  436: r1 += 3
  437: *(u64 *)(r10 -16) = r1
      ; v81: bit<16> = read var2
  438: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  439: r2 = 3
      ; v83: bit<16> = sub v81, v82
  440: r3 = r1
  441: r3 -= r2
  442: r3 &= 65535
      ; write var2, v83
  443: *(u16 *)(r10 -28) = r3
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  444: r1 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  445: r2 = *(u8 *)(r10 -24)
  446: if r1 != 0 goto +1
  447: goto +862
  448: if r2 != 8 goto +1
  449: goto +860
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  450: r1 = *(u64 *)(r10 -16)
  451: if r1 > 16383 goto +5
  452: r2 = r6
  453: r2 += r1
  454: r3 = r2
  455: r3 += 1
  456: if r3 <= r7 goto +2
  457: *(u32 *)(r10 -48) = 1
  458: goto +2704
  459: r3 = r1
  460: r3 += 1
  461: *(u32 *)(r10 -84) = r3
  462: r1 += 1
  463: *(u64 *)(r10 -16) = r1
      ; v86: bit<8> = read var3
  464: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  465: r3 = 1
      ; v88: bit<8> = add v86, v87
  466: r4 = r1
  467: r4 += r3
  468: r4 &= 255
      ; write var3, v88
  469: *(u8 *)(r10 -24) = r4
      ; v89: bit<16> = read var2
  470: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  471: r3 = 1
      ; v91: bit<16> = sub v89, v90
  472: r4 = r1
  473: r4 -= r3
  474: r4 &= 65535
      ; write var2, v91
  475: *(u16 *)(r10 -28) = r4
      ; v92: bit<8> = read_field hdr5.kind
  476: r1 = 0
  477: if r2 == 0 goto +1
  478: r1 = *(u8 *)(r2 +0)
  479: if r1 != 0 goto +1
  480: goto +829
  481: if r1 != 1 goto +1
  482: goto +104
  483: if r1 != 2 goto +1
  484: goto +82
  485: if r1 != 3 goto +1
  486: goto +59
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  487: r1 = *(u64 *)(r10 -16)
  488: if r1 > 16383 goto +5
  489: r2 = r6
  490: r2 += r1
  491: r1 = r2
  492: r1 += 1
  493: if r1 <= r7 goto +2
  494: *(u32 *)(r10 -48) = 1
  495: goto +2667
  496: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  497: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  498: r1 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
  499: r2 = 2
      ; v96: bool = ge v94, v95
  500: r3 = 1
  501: if r1 >= r2 goto +1
  502: r3 = 0
      ; verify v96, error HeaderTooShort
  503: if r3 != 0 goto +2
  504: *(u32 *)(r10 -48) = 4
  505: goto +2657
      ; v97: bit<8> = read var11
  506: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  507: r2 = r1
  508: w2 = w2
      ; v99: bit<32> = const 1
  509: r1 = 1
      ; v100: bit<32> = sub v98, v99
  510: r3 = r2
  511: r3 -= r1
  512: w3 = w3
      ; v101: bit<32> = const 8
  513: r1 = 8
      ; v102: bit<32> = mul v100, v101
  514: r2 = r3
  515: r2 *= r1
  516: w2 = w2
      ; advance v102
  517: r1 = r2
  518: r1 &= 7
  519: if r1 == 0 goto +2
  520: *(u32 *)(r10 -48) = 6
  521: goto +2641
  522: r1 = r2
  523: r1 >>= 3
  524: r2 = *(u64 *)(r10 -16)
  525: r2 += r1
  526: if r2 > 16383 goto +3
  527: r1 = r6
  528: r1 += r2
  529: if r1 <= r7 goto +2
  530: *(u32 *)(r10 -48) = 1
  531: goto +2631
  532: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  533: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  534: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  535: r3 = r2
  536: r3 &= 65535
      ; v106: bit<16> = const 1
  537: r2 = 1
      ; v107: bit<16> = sub v105, v106
  538: r4 = r3
  539: r4 -= r2
  540: r4 &= 65535
      ; v108: bit<16> = sub v103, v107
  541: r2 = r1
  542: r2 -= r4
  543: r2 &= 65535
      ; write var2, v108
  544: *(u16 *)(r10 -28) = r2
  545: goto +41
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  546: r1 = *(u64 *)(r10 -16)
  547: if r1 > 16383 goto +5
  548: r2 = r6
  549: r2 += r1
  550: r3 = r2
  551: r3 += 2
  552: if r3 <= r7 goto +2
  553: *(u32 *)(r10 -48) = 1
  554: goto +2608
  555: r2 = r1
  556: r2 += 1
  557: *(u32 *)(r10 -56) = r2
  558: r1 += 2
  559: *(u64 *)(r10 -16) = r1
      ; v109: bit<16> = read var2
  560: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  561: r2 = 2
      ; v111: bit<16> = sub v109, v110
  562: r3 = r1
  563: r3 -= r2
  564: r3 &= 65535
      ; write var2, v111
  565: *(u16 *)(r10 -28) = r3
  566: goto +20
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  567: r1 = *(u64 *)(r10 -16)
  568: if r1 > 16383 goto +5
  569: r2 = r6
  570: r2 += r1
  571: r3 = r2
  572: r3 += 3
  573: if r3 <= r7 goto +2
  574: *(u32 *)(r10 -48) = 1
  575: goto +2587
  576: r2 = r1
  577: r2 += 1
  578: *(u32 *)(r10 -60) = r2
  579: r1 += 3
  580: *(u64 *)(r10 -16) = r1
      ; v112: bit<16> = read var2
  581: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  582: r2 = 3
      ; v114: bit<16> = sub v112, v113
  583: r3 = r1
  584: r3 -= r2
  585: r3 &= 65535
      ; write var2, v114
  586: *(u16 *)(r10 -28) = r3
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  587: r1 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  588: r2 = *(u8 *)(r10 -24)
  589: if r1 != 0 goto +1
  590: goto +719
  591: if r2 != 8 goto +1
  592: goto +717
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  593: r1 = *(u64 *)(r10 -16)
  594: if r1 > 16383 goto +5
  595: r2 = r6
  596: r2 += r1
  597: r3 = r2
  598: r3 += 1
  599: if r3 <= r7 goto +2
  600: *(u32 *)(r10 -48) = 1
  601: goto +2561
  602: r3 = r1
  603: r3 += 1
  604: *(u32 *)(r10 -80) = r3
  605: r1 += 1
  606: *(u64 *)(r10 -16) = r1
      ; v117: bit<8> = read var3
  607: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  608: r3 = 1
      ; v119: bit<8> = add v117, v118
  609: r4 = r1
  610: r4 += r3
  611: r4 &= 255
      ; write var3, v119
  612: *(u8 *)(r10 -24) = r4
      ; v120: bit<16> = read var2
  613: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  614: r3 = 1
      ; v122: bit<16> = sub v120, v121
  615: r4 = r1
  616: r4 -= r3
  617: r4 &= 65535
      ; write var2, v122
  618: *(u16 *)(r10 -28) = r4
      ; v123: bit<8> = read_field hdr6.kind
  619: r1 = 0
  620: if r2 == 0 goto +1
  621: r1 = *(u8 *)(r2 +0)
  622: if r1 != 0 goto +1
  623: goto +686
  624: if r1 != 1 goto +1
  625: goto +104
  626: if r1 != 2 goto +1
  627: goto +82
  628: if r1 != 3 goto +1
  629: goto +59
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  630: r1 = *(u64 *)(r10 -16)
  631: if r1 > 16383 goto +5
  632: r2 = r6
  633: r2 += r1
  634: r1 = r2
  635: r1 += 1
  636: if r1 <= r7 goto +2
  637: *(u32 *)(r10 -48) = 1
  638: goto +2524
  639: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  640: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  641: r1 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
  642: r2 = 2
      ; v127: bool = ge v125, v126
  643: r3 = 1
  644: if r1 >= r2 goto +1
  645: r3 = 0
      ; verify v127, error HeaderTooShort
  646: if r3 != 0 goto +2
  647: *(u32 *)(r10 -48) = 4
  648: goto +2514
      ; v128: bit<8> = read var11
  649: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  650: r2 = r1
  651: w2 = w2
      ; v130: bit<32> = const 1
  652: r1 = 1
      ; v131: bit<32> = sub v129, v130
  653: r3 = r2
  654: r3 -= r1
  655: w3 = w3
      ; v132: bit<32> = const 8
  656: r1 = 8
      ; v133: bit<32> = mul v131, v132
  657: r2 = r3
  658: r2 *= r1
  659: w2 = w2
      ; advance v133
  660: r1 = r2
  661: r1 &= 7
  662: if r1 == 0 goto +2
  663: *(u32 *)(r10 -48) = 6
  664: goto +2498
  665: r1 = r2
  666: r1 >>= 3
  667: r2 = *(u64 *)(r10 -16)
  668: r2 += r1
  669: if r2 > 16383 goto +3
  670: r1 = r6
  671: r1 += r2
  672: if r1 <= r7 goto +2
  673: *(u32 *)(r10 -48) = 1
  674: goto +2488
  675: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  676: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  677: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  678: r3 = r2
  679: r3 &= 65535
      ; v137: bit<16> = const 1
  680: r2 = 1
      ; v138: bit<16> = sub v136, v137
  681: r4 = r3
  682: r4 -= r2
  683: r4 &= 65535
      ; v139: bit<16> = sub v134, v138
  684: r2 = r1
  685: r2 -= r4
  686: r2 &= 65535
      ; write var2, v139
  687: *(u16 *)(r10 -28) = r2
  688: goto +41
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  689: r1 = *(u64 *)(r10 -16)
  690: if r1 > 16383 goto +5
  691: r2 = r6
  692: r2 += r1
  693: r3 = r2
  694: r3 += 2
  695: if r3 <= r7 goto +2
  696: *(u32 *)(r10 -48) = 1
  697: goto +2465
  698: r2 = r1
  699: r2 += 1
  700: *(u32 *)(r10 -56) = r2
  701: r1 += 2
  702: *(u64 *)(r10 -16) = r1
      ; v140: bit<16> = read var2
  703: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  704: r2 = 2
      ; v142: bit<16> = sub v140, v141
  705: r3 = r1
  706: r3 -= r2
  707: r3 &= 65535
      ; write var2, v142
  708: *(u16 *)(r10 -28) = r3
  709: goto +20
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  710: r1 = *(u64 *)(r10 -16)
  711: if r1 > 16383 goto +5
  712: r2 = r6
  713: r2 += r1
  714: r3 = r2
  715: r3 += 3
  716: if r3 <= r7 goto +2
  717: *(u32 *)(r10 -48) = 1
  718: goto +2444
  719: r2 = r1
  720: r2 += 1
  721: *(u32 *)(r10 -60) = r2
  722: r1 += 3
  723: *(u64 *)(r10 -16) = r1
      ; v143: bit<16> = read var2
  724: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  725: r2 = 3
      ; v145: bit<16> = sub v143, v144
  726: r3 = r1
  727: r3 -= r2
  728: r3 &= 65535
      ; write var2, v145
  729: *(u16 *)(r10 -28) = r3
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  730: r1 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  731: r2 = *(u8 *)(r10 -24)
  732: if r1 != 0 goto +1
  733: goto +576
  734: if r2 != 8 goto +1
  735: goto +574
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  736: r1 = *(u64 *)(r10 -16)
  737: if r1 > 16383 goto +5
  738: r2 = r6
  739: r2 += r1
  740: r3 = r2
  741: r3 += 1
  742: if r3 <= r7 goto +2
  743: *(u32 *)(r10 -48) = 1
  744: goto +2418
  745: r3 = r1
  746: r3 += 1
  747: *(u32 *)(r10 -76) = r3
  748: r1 += 1
  749: *(u64 *)(r10 -16) = r1
      ; v148: bit<8> = read var3
  750: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  751: r3 = 1
      ; v150: bit<8> = add v148, v149
  752: r4 = r1
  753: r4 += r3
  754: r4 &= 255
      ; write var3, v150
  755: *(u8 *)(r10 -24) = r4
      ; v151: bit<16> = read var2
  756: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  757: r3 = 1
      ; v153: bit<16> = sub v151, v152
  758: r4 = r1
  759: r4 -= r3
  760: r4 &= 65535
      ; write var2, v153
  761: *(u16 *)(r10 -28) = r4
      ; v154: bit<8> = read_field hdr7.kind
  762: r1 = 0
  763: if r2 == 0 goto +1
  764: r1 = *(u8 *)(r2 +0)
  765: if r1 != 0 goto +1
  766: goto +543
  767: if r1 != 1 goto +1
  768: goto +104
  769: if r1 != 2 goto +1
  770: goto +82
  771: if r1 != 3 goto +1
  772: goto +59
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  773: r1 = *(u64 *)(r10 -16)
  774: if r1 > 16383 goto +5
  775: r2 = r6
  776: r2 += r1
  777: r1 = r2
  778: r1 += 1
  779: if r1 <= r7 goto +2
  780: *(u32 *)(r10 -48) = 1
  781: goto +2381
  782: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  783: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  784: r1 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
  785: r2 = 2
      ; v158: bool = ge v156, v157
  786: r3 = 1
  787: if r1 >= r2 goto +1
  788: r3 = 0
      ; verify v158, error HeaderTooShort
  789: if r3 != 0 goto +2
  790: *(u32 *)(r10 -48) = 4
  791: goto +2371
      ; v159: bit<8> = read var11
  792: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  793: r2 = r1
  794: w2 = w2
      ; v161: bit<32> = const 1
  795: r1 = 1
      ; v162: bit<32> = sub v160, v161
  796: r3 = r2
  797: r3 -= r1
  798: w3 = w3
      ; v163: bit<32> = const 8
  799: r1 = 8
      ; v164: bit<32> = mul v162, v163
  800: r2 = r3
  801: r2 *= r1
  802: w2 = w2
      ; advance v164
  803: r1 = r2
  804: r1 &= 7
  805: if r1 == 0 goto +2
  806: *(u32 *)(r10 -48) = 6
  807: goto +2355
  808: r1 = r2
  809: r1 >>= 3
  810: r2 = *(u64 *)(r10 -16)
  811: r2 += r1
  812: if r2 > 16383 goto +3
  813: r1 = r6
  814: r1 += r2
  815: if r1 <= r7 goto +2
  816: *(u32 *)(r10 -48) = 1
  817: goto +2345
  818: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  819: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  820: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  821: r3 = r2
  822: r3 &= 65535
      ; v168: bit<16> = const 1
  823: r2 = 1
      ; v169: bit<16> = sub v167, v168
  824: r4 = r3
  825: r4 -= r2
  826: r4 &= 65535
      ; v170: bit<16> = sub v165, v169
  827: r2 = r1
  828: r2 -= r4
  829: r2 &= 65535
      ; write var2, v170
  830: *(u16 *)(r10 -28) = r2
  831: goto +41
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  832: r1 = *(u64 *)(r10 -16)
  833: if r1 > 16383 goto +5
  834: r2 = r6
  835: r2 += r1
  836: r3 = r2
  837: r3 += 2
  838: if r3 <= r7 goto +2
  839: *(u32 *)(r10 -48) = 1
  840: goto +2322
  841: r2 = r1
  842: r2 += 1
  843: *(u32 *)(r10 -56) = r2
  844: r1 += 2
  845: *(u64 *)(r10 -16) = r1
      ; v171: bit<16> = read var2
  846: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  847: r2 = 2
      ; v173: bit<16> = sub v171, v172
  848: r3 = r1
  849: r3 -= r2
  850: r3 &= 65535
      ; write var2, v173
  851: *(u16 *)(r10 -28) = r3
  852: goto +20
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  853: r1 = *(u64 *)(r10 -16)
  854: if r1 > 16383 goto +5
  855: r2 = r6
  856: r2 += r1
  857: r3 = r2
  858: r3 += 3
  859: if r3 <= r7 goto +2
  860: *(u32 *)(r10 -48) = 1
  861: goto +2301
  862: r2 = r1
  863: r2 += 1
  864: *(u32 *)(r10 -60) = r2
  865: r1 += 3
  866: *(u64 *)(r10 -16) = r1
      ; v174: bit<16> = read var2
  867: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  868: r2 = 3
      ; v176: bit<16> = sub v174, v175
  869: r3 = r1
  870: r3 -= r2
  871: r3 &= 65535
      ; write var2, v176
  872: *(u16 *)(r10 -28) = r3
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  873: r1 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  874: r2 = *(u8 *)(r10 -24)
  875: if r1 != 0 goto +1
  876: goto +433
  877: if r2 != 8 goto +1
  878: goto +431
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  879: r1 = *(u64 *)(r10 -16)
  880: if r1 > 16383 goto +5
  881: r2 = r6
  882: r2 += r1
  883: r3 = r2
  884: r3 += 1
  885: if r3 <= r7 goto +2
  886: *(u32 *)(r10 -48) = 1
  887: goto +2275
  888: r3 = r1
  889: r3 += 1
  890: *(u32 *)(r10 -72) = r3
  891: r1 += 1
  892: *(u64 *)(r10 -16) = r1
      ; v179: bit<8> = read var3
  893: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  894: r3 = 1
      ; v181: bit<8> = add v179, v180
  895: r4 = r1
  896: r4 += r3
  897: r4 &= 255
      ; write var3, v181
  898: *(u8 *)(r10 -24) = r4
      ; v182: bit<16> = read var2
  899: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  900: r3 = 1
      ; v184: bit<16> = sub v182, v183
  901: r4 = r1
  902: r4 -= r3
  903: r4 &= 65535
      ; write var2, v184
  904: *(u16 *)(r10 -28) = r4
      ; v185: bit<8> = read_field hdr8.kind
  905: r1 = 0
  906: if r2 == 0 goto +1
  907: r1 = *(u8 *)(r2 +0)
  908: if r1 != 0 goto +1
  909: goto +400
  910: if r1 != 1 goto +1
  911: goto +104
  912: if r1 != 2 goto +1
  913: goto +82
  914: if r1 != 3 goto +1
  915: goto +59
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  916: r1 = *(u64 *)(r10 -16)
  917: if r1 > 16383 goto +5
  918: r2 = r6
  919: r2 += r1
  920: r1 = r2
  921: r1 += 1
  922: if r1 <= r7 goto +2
  923: *(u32 *)(r10 -48) = 1
  924: goto +2238
  925: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  926: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  927: r1 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
  928: r2 = 2
      ; v189: bool = ge v187, v188
  929: r3 = 1
  930: if r1 >= r2 goto +1
  931: r3 = 0
      ; verify v189, error HeaderTooShort
  932: if r3 != 0 goto +2
  933: *(u32 *)(r10 -48) = 4
  934: goto +2228
      ; v190: bit<8> = read var11
  935: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  936: r2 = r1
  937: w2 = w2
      ; v192: bit<32> = const 1
  938: r1 = 1
      ; v193: bit<32> = sub v191, v192
  939: r3 = r2
  940: r3 -= r1
  941: w3 = w3
      ; v194: bit<32> = const 8
  942: r1 = 8
      ; v195: bit<32> = mul v193, v194
  943: r2 = r3
  944: r2 *= r1
  945: w2 = w2
      ; advance v195
  946: r1 = r2
  947: r1 &= 7
  948: if r1 == 0 goto +2
  949: *(u32 *)(r10 -48) = 6
  950: goto +2212
  951: r1 = r2
  952: r1 >>= 3
  953: r2 = *(u64 *)(r10 -16)
  954: r2 += r1
  955: if r2 > 16383 goto +3
  956: r1 = r6
  957: r1 += r2
  958: if r1 <= r7 goto +2
  959: *(u32 *)(r10 -48) = 1
  960: goto +2202
  961: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  962: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  963: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  964: r3 = r2
  965: r3 &= 65535
      ; v199: bit<16> = const 1
  966: r2 = 1
      ; v200: bit<16> = sub v198, v199
  967: r4 = r3
  968: r4 -= r2
  969: r4 &= 65535
      ; v201: bit<16> = sub v196, v200
  970: r2 = r1
  971: r2 -= r4
  972: r2 &= 65535
      ; write var2, v201
  973: *(u16 *)(r10 -28) = r2
  974: goto +41
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  975: r1 = *(u64 *)(r10 -16)
  976: if r1 > 16383 goto +5
  977: r2 = r6
  978: r2 += r1
  979: r3 = r2
  980: r3 += 2
  981: if r3 <= r7 goto +2
  982: *(u32 *)(r10 -48) = 1
  983: goto +2179
  984: r2 = r1
  985: r2 += 1
  986: *(u32 *)(r10 -56) = r2
  987: r1 += 2
  988: *(u64 *)(r10 -16) = r1
      ; v202: bit<16> = read var2
  989: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  990: r2 = 2
      ; v204: bit<16> = sub v202, v203
  991: r3 = r1
  992: r3 -= r2
  993: r3 &= 65535
      ; write var2, v204
  994: *(u16 *)(r10 -28) = r3
  995: goto +20
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  996: r1 = *(u64 *)(r10 -16)
  997: if r1 > 16383 goto +5
  998: r2 = r6
  999: r2 += r1
 1000: r3 = r2
 1001: r3 += 3
 1002: if r3 <= r7 goto +2
 1003: *(u32 *)(r10 -48) = 1
 1004: goto +2158
 1005: r2 = r1
 1006: r2 += 1
 1007: *(u32 *)(r10 -60) = r2
 1008: r1 += 3
 1009: *(u64 *)(r10 -16) = r1
      ; v205: bit<16> = read var2
 1010: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
 1011: r2 = 3
      ; v207: bit<16> = sub v205, v206
 1012: r3 = r1
 1013: r3 -= r2
 1014: r3 &= 65535
      ; write var2, v207
 1015: *(u16 *)(r10 -28) = r3
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
 1016: r1 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
 1017: r2 = *(u8 *)(r10 -24)
 1018: if r1 != 0 goto +1
 1019: goto +290
 1020: if r2 != 8 goto +1
 1021: goto +288
      ; prs: block35 (parse_option.6)
      ; extract hdr9
 1022: r1 = *(u64 *)(r10 -16)
 1023: if r1 > 16383 goto +5
 1024: r2 = r6
 1025: r2 += r1
 1026: r3 = r2
 1027: r3 += 1
 1028: if r3 <= r7 goto +2
 1029: *(u32 *)(r10 -48) = 1
 1030: goto +2132
 1031: r3 = r1
 1032: r3 += 1
 1033: *(u32 *)(r10 -68) = r3
 1034: r1 += 1
 1035: *(u64 *)(r10 -16) = r1
      ; v210: bit<8> = read var3
 1036: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
 1037: r3 = 1
      ; v212: bit<8> = add v210, v211
 1038: r4 = r1
 1039: r4 += r3
 1040: r4 &= 255
      ; write var3, v212
 1041: *(u8 *)(r10 -24) = r4
      ; v213: bit<16> = read var2
 1042: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
 1043: r3 = 1
      ; v215: bit<16> = sub v213, v214
 1044: r4 = r1
 1045: r4 -= r3
 1046: r4 &= 65535
      ; write var2, v215
 1047: *(u16 *)(r10 -28) = r4
      ; v216: bit<8> = read_field hdr9.kind
 1048: r1 = 0
 1049: if r2 == 0 goto +1
 1050: r1 = *(u8 *)(r2 +0)
 1051: if r1 != 0 goto +1
 1052: goto +257
 1053: if r1 != 1 goto +1
 1054: goto +104
 1055: if r1 != 2 goto +1
 1056: goto +82
 1057: if r1 != 3 goto +1
 1058: goto +59
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
 1059: r1 = *(u64 *)(r10 -16)
 1060: if r1 > 16383 goto +5
 1061: r2 = r6
 1062: r2 += r1
 1063: r1 = r2
 1064: r1 += 1
 1065: if r1 <= r7 goto +2
 1066: *(u32 *)(r10 -48) = 1
 1067: goto +2095
 1068: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
 1069: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
 1070: r1 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
 1071: r2 = 2
      ; v220: bool = ge v218, v219
 1072: r3 = 1
 1073: if r1 >= r2 goto +1
 1074: r3 = 0
      ; verify v220, error HeaderTooShort
 1075: if r3 != 0 goto +2
 1076: *(u32 *)(r10 -48) = 4
 1077: goto +2085
      ; v221: bit<8> = read var11
 1078: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
 1079: r2 = r1
 1080: w2 = w2
      ; v223: bit<32> = const 1
 1081: r1 = 1
      ; v224: bit<32> = sub v222, v223
 1082: r3 = r2
 1083: r3 -= r1
 1084: w3 = w3
      ; v225: bit<32> = const 8
 1085: r1 = 8
      ; v226: bit<32> = mul v224, v225
 1086: r2 = r3
 1087: r2 *= r1
 1088: w2 = w2
      ; advance v226
 1089: r1 = r2
 1090: r1 &= 7
 1091: if r1 == 0 goto +2
 1092: *(u32 *)(r10 -48) = 6
 1093: goto +2069
 1094: r1 = r2
 1095: r1 >>= 3
 1096: r2 = *(u64 *)(r10 -16)
 1097: r2 += r1
 1098: if r2 > 16383 goto +3
 1099: r1 = r6
 1100: r1 += r2
 1101: if r1 <= r7 goto +2
 1102: *(u32 *)(r10 -48) = 1
 1103: goto +2059
 1104: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
 1105: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
 1106: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
 1107: r3 = r2
 1108: r3 &= 65535
      ; v230: bit<16> = const 1
 1109: r2 = 1
      ; v231: bit<16> = sub v229, v230
 1110: r4 = r3
 1111: r4 -= r2
 1112: r4 &= 65535
      ; v232: bit<16> = sub v227, v231
 1113: r2 = r1
 1114: r2 -= r4
 1115: r2 &= 65535
      ; write var2, v232
 1116: *(u16 *)(r10 -28) = r2
 1117: goto +41
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
 1118: r1 = *(u64 *)(r10 -16)
 1119: if r1 > 16383 goto +5
 1120: r2 = r6
 1121: r2 += r1
 1122: r3 = r2
 1123: r3 += 2
 1124: if r3 <= r7 goto +2
 1125: *(u32 *)(r10 -48) = 1
 1126: goto +2036
 1127: r2 = r1
 1128: r2 += 1
 1129: *(u32 *)(r10 -56) = r2
 1130: r1 += 2
 1131: *(u64 *)(r10 -16) = r1
      ; v233: bit<16> = read var2
 1132: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
 1133: r2 = 2
      ; v235: bit<16> = sub v233, v234
 1134: r3 = r1
 1135: r3 -= r2
 1136: r3 &= 65535
      ; write var2, v235
 1137: *(u16 *)(r10 -28) = r3
 1138: goto +20
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
 1139: r1 = *(u64 *)(r10 -16)
 1140: if r1 > 16383 goto +5
 1141: r2 = r6
 1142: r2 += r1
 1143: r3 = r2
 1144: r3 += 3
 1145: if r3 <= r7 goto +2
 1146: *(u32 *)(r10 -48) = 1
 1147: goto +2015
 1148: r2 = r1
 1149: r2 += 1
 1150: *(u32 *)(r10 -60) = r2
 1151: r1 += 3
 1152: *(u64 *)(r10 -16) = r1
      ; v236: bit<16> = read var2
 1153: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
 1154: r2 = 3
      ; v238: bit<16> = sub v236, v237
 1155: r3 = r1
 1156: r3 -= r2
 1157: r3 &= 65535
      ; write var2, v238
 1158: *(u16 *)(r10 -28) = r3
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
 1159: r1 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
 1160: r2 = *(u8 *)(r10 -24)
 1161: if r1 != 0 goto +1
 1162: goto +147
 1163: if r2 != 8 goto +1
 1164: goto +145
      ; prs: block40 (parse_option.7)
      ; extract hdr10
 1165: r1 = *(u64 *)(r10 -16)
 1166: if r1 > 16383 goto +5
 1167: r2 = r6
 1168: r2 += r1
 1169: r3 = r2
 1170: r3 += 1
 1171: if r3 <= r7 goto +2
 1172: *(u32 *)(r10 -48) = 1
 1173: goto +1989
 1174: r3 = r1
 1175: r3 += 1
 1176: *(u32 *)(r10 -64) = r3
 1177: r1 += 1
 1178: *(u64 *)(r10 -16) = r1
      ; v241: bit<8> = read var3
 1179: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
 1180: r3 = 1
      ; v243: bit<8> = add v241, v242
 1181: r4 = r1
 1182: r4 += r3
 1183: r4 &= 255
      ; write var3, v243
 1184: *(u8 *)(r10 -24) = r4
      ; v244: bit<16> = read var2
 1185: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
 1186: r3 = 1
      ; v246: bit<16> = sub v244, v245
 1187: r4 = r1
 1188: r4 -= r3
 1189: r4 &= 65535
      ; write var2, v246
 1190: *(u16 *)(r10 -28) = r4
      ; v247: bit<8> = read_field hdr10.kind
 1191: r1 = 0
 1192: if r2 == 0 goto +1
 1193: r1 = *(u8 *)(r2 +0)
 1194: if r1 != 0 goto +1
 1195: goto +114
 1196: if r1 != 1 goto +1
 1197: goto +104
 1198: if r1 != 2 goto +1
 1199: goto +82
 1200: if r1 != 3 goto +1
 1201: goto +59
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
 1202: r1 = *(u64 *)(r10 -16)
 1203: if r1 > 16383 goto +5
 1204: r2 = r6
 1205: r2 += r1
 1206: r1 = r2
 1207: r1 += 1
 1208: if r1 <= r7 goto +2
 1209: *(u32 *)(r10 -48) = 1
 1210: goto +1952
 1211: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
 1212: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
 1213: r1 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
 1214: r2 = 2
      ; v251: bool = ge v249, v250
 1215: r3 = 1
 1216: if r1 >= r2 goto +1
 1217: r3 = 0
      ; verify v251, error HeaderTooShort
 1218: if r3 != 0 goto +2
 1219: *(u32 *)(r10 -48) = 4
 1220: goto +1942
      ; v252: bit<8> = read var11
 1221: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
 1222: r2 = r1
 1223: w2 = w2
      ; v254: bit<32> = const 1
 1224: r1 = 1
      ; v255: bit<32> = sub v253, v254
 1225: r3 = r2
 1226: r3 -= r1
 1227: w3 = w3
      ; v256: bit<32> = const 8
 1228: r1 = 8
      ; v257: bit<32> = mul v255, v256
 1229: r2 = r3
 1230: r2 *= r1
 1231: w2 = w2
      ; advance v257
 1232: r1 = r2
 1233: r1 &= 7
 1234: if r1 == 0 goto +2
 1235: *(u32 *)(r10 -48) = 6
 1236: goto +1926
 1237: r1 = r2
 1238: r1 >>= 3
 1239: r2 = *(u64 *)(r10 -16)
 1240: r2 += r1
 1241: if r2 > 16383 goto +3
 1242: r1 = r6
 1243: r1 += r2
 1244: if r1 <= r7 goto +2
 1245: *(u32 *)(r10 -48) = 1
 1246: goto +1916
 1247: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1248: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1249: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1250: r3 = r2
 1251: r3 &= 65535
      ; v261: bit<16> = const 1
 1252: r2 = 1
      ; v262: bit<16> = sub v260, v261
 1253: r4 = r3
 1254: r4 -= r2
 1255: r4 &= 65535
      ; v263: bit<16> = sub v258, v262
 1256: r2 = r1
 1257: r2 -= r4
 1258: r2 &= 65535
      ; write var2, v263
 1259: *(u16 *)(r10 -28) = r2
 1260: goto +41
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1261: r1 = *(u64 *)(r10 -16)
 1262: if r1 > 16383 goto +5
 1263: r2 = r6
 1264: r2 += r1
 1265: r3 = r2
 1266: r3 += 2
 1267: if r3 <= r7 goto +2
 1268: *(u32 *)(r10 -48) = 1
 1269: goto +1893
 1270: r2 = r1
 1271: r2 += 1
 1272: *(u32 *)(r10 -56) = r2
 1273: r1 += 2
 1274: *(u64 *)(r10 -16) = r1
      ; v264: bit<16> = read var2
 1275: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1276: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1277: r3 = r1
 1278: r3 -= r2
 1279: r3 &= 65535
      ; write var2, v266
 1280: *(u16 *)(r10 -28) = r3
 1281: goto +20
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1282: r1 = *(u64 *)(r10 -16)
 1283: if r1 > 16383 goto +5
 1284: r2 = r6
 1285: r2 += r1
 1286: r3 = r2
 1287: r3 += 3
 1288: if r3 <= r7 goto +2
 1289: *(u32 *)(r10 -48) = 1
 1290: goto +1872
 1291: r2 = r1
 1292: r2 += 1
 1293: *(u32 *)(r10 -60) = r2
 1294: r1 += 3
 1295: *(u64 *)(r10 -16) = r1
      ; v267: bit<16> = read var2
 1296: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1297: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1298: r3 = r1
 1299: r3 -= r2
 1300: r3 &= 65535
      ; write var2, v269
 1301: *(u16 *)(r10 -28) = r3
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1302: r1 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1303: r2 = *(u8 *)(r10 -24)
 1304: if r1 != 0 goto +1
 1305: goto +4
 1306: if r2 != 8 goto +1
 1307: goto +2
      ; prs: block45 (parse_option.8)
 1308: *(u32 *)(r10 -48) = 3
 1309: goto +1853
      ; v0: bool = is_valid hdr2
 1310: r1 = *(u32 *)(r10 -96)
 1311: if r1 == 0 goto +1
 1312: r1 = 1
      ; v1: bool = not v0
 1313: r2 = r1
 1314: r2 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1315: r1 = *(u32 *)(r10 -96)
 1316: if r1 == 0 goto +7
 1317: r1 -= 1
 1318: if r1 > 16383 goto +5
 1319: r3 = r6
 1320: r3 += r1
 1321: r1 = r3
 1322: r1 += 20
 1323: if r1 <= r7 goto +1
 1324: r3 = 0
 1325: r1 = 0
 1326: if r3 == 0 goto +1
 1327: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1328: r4 = 18
      ; v4: bit<8> = and v2, v3
 1329: r8 = r1
 1330: r8 &= r4
      ; v5: bit<8> = const 2
 1331: r1 = 2
      ; v6: bool = ne v4, v5
 1332: r4 = 1
 1333: if r8 != r1 goto +1
 1334: r4 = 0
      ; v7: bool = logical_or v1, v6
 1335: r1 = r2
 1336: r1 |= r4
 1337: if r1 != 0 goto +1824
      ; v8: bit<16> = read_field hdr11.mss
 1338: r1 = *(u32 *)(r10 -60)
 1339: if r1 == 0 goto +7
 1340: r1 -= 1
 1341: if r1 > 16383 goto +5
 1342: r2 = r6
 1343: r2 += r1
 1344: r1 = r2
 1345: r1 += 3
 1346: if r1 <= r7 goto +1
 1347: r2 = 0
 1348: r1 = 0
 1349: if r2 == 0 goto +2
 1350: r1 = *(u16 *)(r2 +1)
 1351: r1 = be16 r1
      ; v9: bit<16> = const 0
 1352: r4 = 0
      ; v10: bool = ne v8, v9
 1353: r8 = 1
 1354: if r1 != r4 goto +1
 1355: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1356: r1 = 0
 1357: if r3 == 0 goto +2
 1358: r1 = *(u16 *)(r3 +14)
 1359: r1 = be16 r1
      ; v12: bit<16> = read_field hdr11.mss
 1360: r4 = 0
 1361: if r2 == 0 goto +2
 1362: r4 = *(u16 *)(r2 +1)
 1363: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1364: r9 = 0
 1365: if r4 == 0 goto +2
 1366: r9 = r1
 1367: r9 %= r4
      ; v14: bit<16> = const 0
 1368: r1 = 0
      ; v15: bool = eq v13, v14
 1369: r4 = 1
 1370: if r9 == r1 goto +1
 1371: r4 = 0
      ; v16: bool = logical_and v10, v15
 1372: r1 = r8
 1373: r1 &= r4
 1374: if r1 != 0 goto +1
 1375: goto +13
      ; v17: bit<16> = read_field hdr2.window
 1376: r1 = 0
 1377: if r3 == 0 goto +2
 1378: r1 = *(u16 *)(r3 +14)
 1379: r1 = be16 r1
      ; v18: bit<16> = read_field hdr11.mss
 1380: r4 = 0
 1381: if r2 == 0 goto +2
 1382: r4 = *(u16 *)(r2 +1)
 1383: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1384: r8 = 0
 1385: if r4 == 0 goto +2
 1386: r8 = r1
 1387: r8 /= r4
      ; write var4, v19
 1388: *(u16 *)(r10 -26) = r8
      ; v20: bit<8> = read_field hdr3.kind
 1389: r1 = *(u32 *)(r10 -92)
 1390: if r1 == 0 goto +7
 1391: r1 -= 1
 1392: if r1 > 16383 goto +5
 1393: r4 = r6
 1394: r4 += r1
 1395: r1 = r4
 1396: r1 += 1
 1397: if r1 <= r7 goto +1
 1398: r4 = 0
 1399: r1 = 0
 1400: if r4 == 0 goto +1
 1401: r1 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1402: r4 = *(u32 *)(r10 -88)
 1403: if r4 == 0 goto +7
 1404: r4 -= 1
 1405: if r4 > 16383 goto +5
 1406: r8 = r6
 1407: r8 += r4
 1408: r4 = r8
 1409: r4 += 1
 1410: if r4 <= r7 goto +1
 1411: r8 = 0
 1412: r4 = 0
 1413: if r8 == 0 goto +1
 1414: r4 = *(u8 *)(r8 +0)
      ; v22: bit<16> = concat v20, v21
 1415: r8 = r1
 1416: r8 <<= 8
 1417: r8 |= r4
      ; v23: bit<8> = read_field hdr5.kind
 1418: r1 = *(u32 *)(r10 -84)
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
      ; v24: bit<24> = concat v22, v23
 1431: r4 = r8
 1432: r4 <<= 8
 1433: r4 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1434: r1 = *(u32 *)(r10 -80)
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
      ; v26: bit<32> = concat v24, v25
 1447: r8 = r4
 1448: r8 <<= 8
 1449: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1450: r1 = *(u32 *)(r10 -76)
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
      ; v28: bit<40> = concat v26, v27
 1463: r4 = r8
 1464: r4 <<= 8
 1465: r4 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1466: r1 = *(u32 *)(r10 -72)
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
      ; v30: bit<48> = concat v28, v29
 1479: r8 = r4
 1480: r8 <<= 8
 1481: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1482: r1 = *(u32 *)(r10 -68)
 1483: if r1 == 0 goto +7
 1484: r1 -= 1
 1485: if r1 > 16383 goto +5
 1486: r4 = r6
 1487: r4 += r1
 1488: r1 = r4
 1489: r1 += 1
 1490: if r1 <= r7 goto +1
 1491: r4 = 0
 1492: r1 = 0
 1493: if r4 == 0 goto +1
 1494: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1495: r4 = r8
 1496: r4 <<= 8
 1497: r4 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1498: r1 = *(u32 *)(r10 -64)
 1499: if r1 == 0 goto +7
 1500: r1 -= 1
 1501: if r1 > 16383 goto +5
 1502: r8 = r6
 1503: r8 += r1
 1504: r1 = r8
 1505: r1 += 1
 1506: if r1 <= r7 goto +1
 1507: r8 = 0
 1508: r1 = 0
 1509: if r8 == 0 goto +1
 1510: r1 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1511: r8 = r4
 1512: r8 <<= 8
 1513: r8 |= r1
      ; write var5, v34
 1514: *(u64 *)(r10 -112) = r8
      ; v35: bit<8> = read_field hdr1.ttl
 1515: r1 = *(u32 *)(r10 -100)
 1516: if r1 == 0 goto +7
 1517: r1 -= 1
 1518: if r1 > 16383 goto +5
 1519: r4 = r6
 1520: r4 += r1
 1521: r1 = r4
 1522: r1 += 20
 1523: if r1 <= r7 goto +1
 1524: r4 = 0
 1525: r1 = 0
 1526: if r4 == 0 goto +1
 1527: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1528: r4 = 0
 1529: if r3 == 0 goto +2
 1530: r4 = *(u16 *)(r3 +14)
 1531: r4 = be16 r4
      ; v37: bit<16> = read var4
 1532: r3 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1533: r8 = 0
 1534: if r2 == 0 goto +2
 1535: r8 = *(u16 *)(r2 +1)
 1536: r8 = be16 r8
      ; v39: bit<8> = read_field hdr12.shift
 1537: r2 = *(u32 *)(r10 -56)
 1538: if r2 == 0 goto +7
 1539: r2 -= 1
 1540: if r2 > 16383 goto +5
 1541: r9 = r6
 1542: r9 += r2
 1543: r2 = r9
 1544: r2 += 2
 1545: if r2 <= r7 goto +1
 1546: r9 = 0
 1547: r2 = 0
 1548: if r9 == 0 goto +1
 1549: r2 = *(u8 *)(r9 +1)
      ; v40: bit<64> = read var5
 1550: r0 = *(u64 *)(r10 -112)
 1551: *(u64 *)(r10 -240) = r0
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1552: *(u64 *)(r10 -144) = 0
 1553: *(u64 *)(r10 -136) = 0
 1554: r9 = r1
 1555: r1 = r9
 1556: *(u8 *)(r10 -144) = r1
 1557: r1 = r4
 1558: r4 = r1
 1559: *(u8 *)(r10 -142) = r4
 1560: r1 >>= 8
 1561: r4 = r1
 1562: *(u8 *)(r10 -143) = r4
 1563: r1 = r3
 1564: r3 = r1
 1565: *(u8 *)(r10 -140) = r3
 1566: r1 >>= 8
 1567: r3 = r1
 1568: *(u8 *)(r10 -141) = r3
 1569: r1 = r8
 1570: r3 = r1
 1571: *(u8 *)(r10 -138) = r3
 1572: r1 >>= 8
 1573: r3 = r1
 1574: *(u8 *)(r10 -139) = r3
 1575: r1 = r2
 1576: r2 = r1
 1577: *(u8 *)(r10 -137) = r2
 1578: r0 = *(u64 *)(r10 -240)
 1579: r1 = r0
 1580: r2 = r1
 1581: r2 = be64 r2
 1582: *(u64 *)(r10 -136) = r2
 1583: r1 = 0
 1584: r2 = 0
 1585: *(u64 *)(r10 -224) = r1
 1586: *(u64 *)(r10 -232) = r2
 1587: *(u32 *)(r10 -216) = 0
 1588: r1 = map[pipe_p0f_signatures_masks] ll
 1590: r2 = r10
 1591: r2 += -216
 1592: call bpf_map_lookup_elem
 1593: r1 = r0
 1594: if r1 == 0 goto +1496
 1595: r2 = *(u32 *)(r1 +0)
 1596: if r2 == 0 goto +1494
 1597: *(u32 *)(r10 -184) = 0
 1598: r2 = *(u32 *)(r10 -144)
 1599: r3 = *(u32 *)(r1 +8)
 1600: r2 &= r3
 1601: *(u32 *)(r10 -180) = r2
 1602: r2 = *(u32 *)(r10 -140)
 1603: r3 = *(u32 *)(r1 +12)
 1604: r2 &= r3
 1605: *(u32 *)(r10 -176) = r2
 1606: r2 = *(u32 *)(r10 -136)
 1607: r3 = *(u32 *)(r1 +16)
 1608: r2 &= r3
 1609: *(u32 *)(r10 -172) = r2
 1610: r2 = *(u32 *)(r10 -132)
 1611: r3 = *(u32 *)(r1 +20)
 1612: r2 &= r3
 1613: *(u32 *)(r10 -168) = r2
 1614: r1 = map[pipe_p0f_signatures] ll
 1616: r2 = r10
 1617: r2 += -184
 1618: call bpf_map_lookup_elem
 1619: r1 = r0
 1620: if r1 == 0 goto +13
 1621: r2 = *(u32 *)(r1 +4)
 1622: r3 = *(u64 *)(r10 -224)
 1623: if r3 == 0 goto +2
 1624: r3 = *(u64 *)(r10 -232)
 1625: if r2 <= r3 goto +8
 1626: *(u64 *)(r10 -224) = 1
 1627: *(u64 *)(r10 -232) = r2
 1628: r2 = *(u32 *)(r1 +0)
 1629: *(u32 *)(r10 -208) = r2
 1630: r2 = *(u32 *)(r1 +4)
 1631: *(u32 *)(r10 -204) = r2
 1632: r2 = *(u32 *)(r1 +8)
 1633: *(u32 *)(r10 -200) = r2
 1634: *(u32 *)(r10 -216) = 1
 1635: r1 = map[pipe_p0f_signatures_masks] ll
 1637: r2 = r10
 1638: r2 += -216
 1639: call bpf_map_lookup_elem
 1640: r1 = r0
 1641: if r1 == 0 goto +1449
 1642: r2 = *(u32 *)(r1 +0)
 1643: if r2 == 0 goto +1447
 1644: *(u32 *)(r10 -184) = 1
 1645: r2 = *(u32 *)(r10 -144)
 1646: r3 = *(u32 *)(r1 +8)
 1647: r2 &= r3
 1648: *(u32 *)(r10 -180) = r2
 1649: r2 = *(u32 *)(r10 -140)
 1650: r3 = *(u32 *)(r1 +12)
 1651: r2 &= r3
 1652: *(u32 *)(r10 -176) = r2
 1653: r2 = *(u32 *)(r10 -136)
 1654: r3 = *(u32 *)(r1 +16)
 1655: r2 &= r3
 1656: *(u32 *)(r10 -172) = r2
 1657: r2 = *(u32 *)(r10 -132)
 1658: r3 = *(u32 *)(r1 +20)
 1659: r2 &= r3
 1660: *(u32 *)(r10 -168) = r2
 1661: r1 = map[pipe_p0f_signatures] ll
 1663: r2 = r10
 1664: r2 += -184
 1665: call bpf_map_lookup_elem
 1666: r1 = r0
 1667: if r1 == 0 goto +13
 1668: r2 = *(u32 *)(r1 +4)
 1669: r3 = *(u64 *)(r10 -224)
 1670: if r3 == 0 goto +2
 1671: r3 = *(u64 *)(r10 -232)
 1672: if r2 <= r3 goto +8
 1673: *(u64 *)(r10 -224) = 1
 1674: *(u64 *)(r10 -232) = r2
 1675: r2 = *(u32 *)(r1 +0)
 1676: *(u32 *)(r10 -208) = r2
 1677: r2 = *(u32 *)(r1 +4)
 1678: *(u32 *)(r10 -204) = r2
 1679: r2 = *(u32 *)(r1 +8)
 1680: *(u32 *)(r10 -200) = r2
 1681: *(u32 *)(r10 -216) = 2
 1682: r1 = map[pipe_p0f_signatures_masks] ll
 1684: r2 = r10
 1685: r2 += -216
 1686: call bpf_map_lookup_elem
 1687: r1 = r0
 1688: if r1 == 0 goto +1402
 1689: r2 = *(u32 *)(r1 +0)
 1690: if r2 == 0 goto +1400
 1691: *(u32 *)(r10 -184) = 2
 1692: r2 = *(u32 *)(r10 -144)
 1693: r3 = *(u32 *)(r1 +8)
 1694: r2 &= r3
 1695: *(u32 *)(r10 -180) = r2
 1696: r2 = *(u32 *)(r10 -140)
 1697: r3 = *(u32 *)(r1 +12)
 1698: r2 &= r3
 1699: *(u32 *)(r10 -176) = r2
 1700: r2 = *(u32 *)(r10 -136)
 1701: r3 = *(u32 *)(r1 +16)
 1702: r2 &= r3
 1703: *(u32 *)(r10 -172) = r2
 1704: r2 = *(u32 *)(r10 -132)
 1705: r3 = *(u32 *)(r1 +20)
 1706: r2 &= r3
 1707: *(u32 *)(r10 -168) = r2
 1708: r1 = map[pipe_p0f_signatures] ll
 1710: r2 = r10
 1711: r2 += -184
 1712: call bpf_map_lookup_elem
 1713: r1 = r0
 1714: if r1 == 0 goto +13
 1715: r2 = *(u32 *)(r1 +4)
 1716: r3 = *(u64 *)(r10 -224)
 1717: if r3 == 0 goto +2
 1718: r3 = *(u64 *)(r10 -232)
 1719: if r2 <= r3 goto +8
 1720: *(u64 *)(r10 -224) = 1
 1721: *(u64 *)(r10 -232) = r2
 1722: r2 = *(u32 *)(r1 +0)
 1723: *(u32 *)(r10 -208) = r2
 1724: r2 = *(u32 *)(r1 +4)
 1725: *(u32 *)(r10 -204) = r2
 1726: r2 = *(u32 *)(r1 +8)
 1727: *(u32 *)(r10 -200) = r2
 1728: *(u32 *)(r10 -216) = 3
 1729: r1 = map[pipe_p0f_signatures_masks] ll
 1731: r2 = r10
 1732: r2 += -216
 1733: call bpf_map_lookup_elem
 1734: r1 = r0
 1735: if r1 == 0 goto +1355
 1736: r2 = *(u32 *)(r1 +0)
 1737: if r2 == 0 goto +1353
 1738: *(u32 *)(r10 -184) = 3
 1739: r2 = *(u32 *)(r10 -144)
 1740: r3 = *(u32 *)(r1 +8)
 1741: r2 &= r3
 1742: *(u32 *)(r10 -180) = r2
 1743: r2 = *(u32 *)(r10 -140)
 1744: r3 = *(u32 *)(r1 +12)
 1745: r2 &= r3
 1746: *(u32 *)(r10 -176) = r2
 1747: r2 = *(u32 *)(r10 -136)
 1748: r3 = *(u32 *)(r1 +16)
 1749: r2 &= r3
 1750: *(u32 *)(r10 -172) = r2
 1751: r2 = *(u32 *)(r10 -132)
 1752: r3 = *(u32 *)(r1 +20)
 1753: r2 &= r3
 1754: *(u32 *)(r10 -168) = r2
 1755: r1 = map[pipe_p0f_signatures] ll
 1757: r2 = r10
 1758: r2 += -184
 1759: call bpf_map_lookup_elem
 1760: r1 = r0
 1761: if r1 == 0 goto +13
 1762: r2 = *(u32 *)(r1 +4)
 1763: r3 = *(u64 *)(r10 -224)
 1764: if r3 == 0 goto +2
 1765: r3 = *(u64 *)(r10 -232)
 1766: if r2 <= r3 goto +8
 1767: *(u64 *)(r10 -224) = 1
 1768: *(u64 *)(r10 -232) = r2
 1769: r2 = *(u32 *)(r1 +0)
 1770: *(u32 *)(r10 -208) = r2
 1771: r2 = *(u32 *)(r1 +4)
 1772: *(u32 *)(r10 -204) = r2
 1773: r2 = *(u32 *)(r1 +8)
 1774: *(u32 *)(r10 -200) = r2
 1775: *(u32 *)(r10 -216) = 4
 1776: r1 = map[pipe_p0f_signatures_masks] ll
 1778: r2 = r10
 1779: r2 += -216
 1780: call bpf_map_lookup_elem
 1781: r1 = r0
 1782: if r1 == 0 goto +1308
 1783: r2 = *(u32 *)(r1 +0)
 1784: if r2 == 0 goto +1306
 1785: *(u32 *)(r10 -184) = 4
 1786: r2 = *(u32 *)(r10 -144)
 1787: r3 = *(u32 *)(r1 +8)
 1788: r2 &= r3
 1789: *(u32 *)(r10 -180) = r2
 1790: r2 = *(u32 *)(r10 -140)
 1791: r3 = *(u32 *)(r1 +12)
 1792: r2 &= r3
 1793: *(u32 *)(r10 -176) = r2
 1794: r2 = *(u32 *)(r10 -136)
 1795: r3 = *(u32 *)(r1 +16)
 1796: r2 &= r3
 1797: *(u32 *)(r10 -172) = r2
 1798: r2 = *(u32 *)(r10 -132)
 1799: r3 = *(u32 *)(r1 +20)
 1800: r2 &= r3
 1801: *(u32 *)(r10 -168) = r2
 1802: r1 = map[pipe_p0f_signatures] ll
 1804: r2 = r10
 1805: r2 += -184
 1806: call bpf_map_lookup_elem
 1807: r1 = r0
 1808: if r1 == 0 goto +13
 1809: r2 = *(u32 *)(r1 +4)
 1810: r3 = *(u64 *)(r10 -224)
 1811: if r3 == 0 goto +2
 1812: r3 = *(u64 *)(r10 -232)
 1813: if r2 <= r3 goto +8
 1814: *(u64 *)(r10 -224) = 1
 1815: *(u64 *)(r10 -232) = r2
 1816: r2 = *(u32 *)(r1 +0)
 1817: *(u32 *)(r10 -208) = r2
 1818: r2 = *(u32 *)(r1 +4)
 1819: *(u32 *)(r10 -204) = r2
 1820: r2 = *(u32 *)(r1 +8)
 1821: *(u32 *)(r10 -200) = r2
 1822: *(u32 *)(r10 -216) = 5
 1823: r1 = map[pipe_p0f_signatures_masks] ll
 1825: r2 = r10
 1826: r2 += -216
 1827: call bpf_map_lookup_elem
 1828: r1 = r0
 1829: if r1 == 0 goto +1261
 1830: r2 = *(u32 *)(r1 +0)
 1831: if r2 == 0 goto +1259
 1832: *(u32 *)(r10 -184) = 5
 1833: r2 = *(u32 *)(r10 -144)
 1834: r3 = *(u32 *)(r1 +8)
 1835: r2 &= r3
 1836: *(u32 *)(r10 -180) = r2
 1837: r2 = *(u32 *)(r10 -140)
 1838: r3 = *(u32 *)(r1 +12)
 1839: r2 &= r3
 1840: *(u32 *)(r10 -176) = r2
 1841: r2 = *(u32 *)(r10 -136)
 1842: r3 = *(u32 *)(r1 +16)
 1843: r2 &= r3
 1844: *(u32 *)(r10 -172) = r2
 1845: r2 = *(u32 *)(r10 -132)
 1846: r3 = *(u32 *)(r1 +20)
 1847: r2 &= r3
 1848: *(u32 *)(r10 -168) = r2
 1849: r1 = map[pipe_p0f_signatures] ll
 1851: r2 = r10
 1852: r2 += -184
 1853: call bpf_map_lookup_elem
 1854: r1 = r0
 1855: if r1 == 0 goto +13
 1856: r2 = *(u32 *)(r1 +4)
 1857: r3 = *(u64 *)(r10 -224)
 1858: if r3 == 0 goto +2
 1859: r3 = *(u64 *)(r10 -232)
 1860: if r2 <= r3 goto +8
 1861: *(u64 *)(r10 -224) = 1
 1862: *(u64 *)(r10 -232) = r2
 1863: r2 = *(u32 *)(r1 +0)
 1864: *(u32 *)(r10 -208) = r2
 1865: r2 = *(u32 *)(r1 +4)
 1866: *(u32 *)(r10 -204) = r2
 1867: r2 = *(u32 *)(r1 +8)
 1868: *(u32 *)(r10 -200) = r2
 1869: *(u32 *)(r10 -216) = 6
 1870: r1 = map[pipe_p0f_signatures_masks] ll
 1872: r2 = r10
 1873: r2 += -216
 1874: call bpf_map_lookup_elem
 1875: r1 = r0
 1876: if r1 == 0 goto +1214
 1877: r2 = *(u32 *)(r1 +0)
 1878: if r2 == 0 goto +1212
 1879: *(u32 *)(r10 -184) = 6
 1880: r2 = *(u32 *)(r10 -144)
 1881: r3 = *(u32 *)(r1 +8)
 1882: r2 &= r3
 1883: *(u32 *)(r10 -180) = r2
 1884: r2 = *(u32 *)(r10 -140)
 1885: r3 = *(u32 *)(r1 +12)
 1886: r2 &= r3
 1887: *(u32 *)(r10 -176) = r2
 1888: r2 = *(u32 *)(r10 -136)
 1889: r3 = *(u32 *)(r1 +16)
 1890: r2 &= r3
 1891: *(u32 *)(r10 -172) = r2
 1892: r2 = *(u32 *)(r10 -132)
 1893: r3 = *(u32 *)(r1 +20)
 1894: r2 &= r3
 1895: *(u32 *)(r10 -168) = r2
 1896: r1 = map[pipe_p0f_signatures] ll
 1898: r2 = r10
 1899: r2 += -184
 1900: call bpf_map_lookup_elem
 1901: r1 = r0
 1902: if r1 == 0 goto +13
 1903: r2 = *(u32 *)(r1 +4)
 1904: r3 = *(u64 *)(r10 -224)
 1905: if r3 == 0 goto +2
 1906: r3 = *(u64 *)(r10 -232)
 1907: if r2 <= r3 goto +8
 1908: *(u64 *)(r10 -224) = 1
 1909: *(u64 *)(r10 -232) = r2
 1910: r2 = *(u32 *)(r1 +0)
 1911: *(u32 *)(r10 -208) = r2
 1912: r2 = *(u32 *)(r1 +4)
 1913: *(u32 *)(r10 -204) = r2
 1914: r2 = *(u32 *)(r1 +8)
 1915: *(u32 *)(r10 -200) = r2
 1916: *(u32 *)(r10 -216) = 7
 1917: r1 = map[pipe_p0f_signatures_masks] ll
 1919: r2 = r10
 1920: r2 += -216
 1921: call bpf_map_lookup_elem
 1922: r1 = r0
 1923: if r1 == 0 goto +1167
 1924: r2 = *(u32 *)(r1 +0)
 1925: if r2 == 0 goto +1165
 1926: *(u32 *)(r10 -184) = 7
 1927: r2 = *(u32 *)(r10 -144)
 1928: r3 = *(u32 *)(r1 +8)
 1929: r2 &= r3
 1930: *(u32 *)(r10 -180) = r2
 1931: r2 = *(u32 *)(r10 -140)
 1932: r3 = *(u32 *)(r1 +12)
 1933: r2 &= r3
 1934: *(u32 *)(r10 -176) = r2
 1935: r2 = *(u32 *)(r10 -136)
 1936: r3 = *(u32 *)(r1 +16)
 1937: r2 &= r3
 1938: *(u32 *)(r10 -172) = r2
 1939: r2 = *(u32 *)(r10 -132)
 1940: r3 = *(u32 *)(r1 +20)
 1941: r2 &= r3
 1942: *(u32 *)(r10 -168) = r2
 1943: r1 = map[pipe_p0f_signatures] ll
 1945: r2 = r10
 1946: r2 += -184
 1947: call bpf_map_lookup_elem
 1948: r1 = r0
 1949: if r1 == 0 goto +13
 1950: r2 = *(u32 *)(r1 +4)
 1951: r3 = *(u64 *)(r10 -224)
 1952: if r3 == 0 goto +2
 1953: r3 = *(u64 *)(r10 -232)
 1954: if r2 <= r3 goto +8
 1955: *(u64 *)(r10 -224) = 1
 1956: *(u64 *)(r10 -232) = r2
 1957: r2 = *(u32 *)(r1 +0)
 1958: *(u32 *)(r10 -208) = r2
 1959: r2 = *(u32 *)(r1 +4)
 1960: *(u32 *)(r10 -204) = r2
 1961: r2 = *(u32 *)(r1 +8)
 1962: *(u32 *)(r10 -200) = r2
 1963: *(u32 *)(r10 -216) = 8
 1964: r1 = map[pipe_p0f_signatures_masks] ll
 1966: r2 = r10
 1967: r2 += -216
 1968: call bpf_map_lookup_elem
 1969: r1 = r0
 1970: if r1 == 0 goto +1120
 1971: r2 = *(u32 *)(r1 +0)
 1972: if r2 == 0 goto +1118
 1973: *(u32 *)(r10 -184) = 8
 1974: r2 = *(u32 *)(r10 -144)
 1975: r3 = *(u32 *)(r1 +8)
 1976: r2 &= r3
 1977: *(u32 *)(r10 -180) = r2
 1978: r2 = *(u32 *)(r10 -140)
 1979: r3 = *(u32 *)(r1 +12)
 1980: r2 &= r3
 1981: *(u32 *)(r10 -176) = r2
 1982: r2 = *(u32 *)(r10 -136)
 1983: r3 = *(u32 *)(r1 +16)
 1984: r2 &= r3
 1985: *(u32 *)(r10 -172) = r2
 1986: r2 = *(u32 *)(r10 -132)
 1987: r3 = *(u32 *)(r1 +20)
 1988: r2 &= r3
 1989: *(u32 *)(r10 -168) = r2
 1990: r1 = map[pipe_p0f_signatures] ll
 1992: r2 = r10
 1993: r2 += -184
 1994: call bpf_map_lookup_elem
 1995: r1 = r0
 1996: if r1 == 0 goto +13
 1997: r2 = *(u32 *)(r1 +4)
 1998: r3 = *(u64 *)(r10 -224)
 1999: if r3 == 0 goto +2
 2000: r3 = *(u64 *)(r10 -232)
 2001: if r2 <= r3 goto +8
 2002: *(u64 *)(r10 -224) = 1
 2003: *(u64 *)(r10 -232) = r2
 2004: r2 = *(u32 *)(r1 +0)
 2005: *(u32 *)(r10 -208) = r2
 2006: r2 = *(u32 *)(r1 +4)
 2007: *(u32 *)(r10 -204) = r2
 2008: r2 = *(u32 *)(r1 +8)
 2009: *(u32 *)(r10 -200) = r2
 2010: *(u32 *)(r10 -216) = 9
 2011: r1 = map[pipe_p0f_signatures_masks] ll
 2013: r2 = r10
 2014: r2 += -216
 2015: call bpf_map_lookup_elem
 2016: r1 = r0
 2017: if r1 == 0 goto +1073
 2018: r2 = *(u32 *)(r1 +0)
 2019: if r2 == 0 goto +1071
 2020: *(u32 *)(r10 -184) = 9
 2021: r2 = *(u32 *)(r10 -144)
 2022: r3 = *(u32 *)(r1 +8)
 2023: r2 &= r3
 2024: *(u32 *)(r10 -180) = r2
 2025: r2 = *(u32 *)(r10 -140)
 2026: r3 = *(u32 *)(r1 +12)
 2027: r2 &= r3
 2028: *(u32 *)(r10 -176) = r2
 2029: r2 = *(u32 *)(r10 -136)
 2030: r3 = *(u32 *)(r1 +16)
 2031: r2 &= r3
 2032: *(u32 *)(r10 -172) = r2
 2033: r2 = *(u32 *)(r10 -132)
 2034: r3 = *(u32 *)(r1 +20)
 2035: r2 &= r3
 2036: *(u32 *)(r10 -168) = r2
 2037: r1 = map[pipe_p0f_signatures] ll
 2039: r2 = r10
 2040: r2 += -184
 2041: call bpf_map_lookup_elem
 2042: r1 = r0
 2043: if r1 == 0 goto +13
 2044: r2 = *(u32 *)(r1 +4)
 2045: r3 = *(u64 *)(r10 -224)
 2046: if r3 == 0 goto +2
 2047: r3 = *(u64 *)(r10 -232)
 2048: if r2 <= r3 goto +8
 2049: *(u64 *)(r10 -224) = 1
 2050: *(u64 *)(r10 -232) = r2
 2051: r2 = *(u32 *)(r1 +0)
 2052: *(u32 *)(r10 -208) = r2
 2053: r2 = *(u32 *)(r1 +4)
 2054: *(u32 *)(r10 -204) = r2
 2055: r2 = *(u32 *)(r1 +8)
 2056: *(u32 *)(r10 -200) = r2
 2057: *(u32 *)(r10 -216) = 10
 2058: r1 = map[pipe_p0f_signatures_masks] ll
 2060: r2 = r10
 2061: r2 += -216
 2062: call bpf_map_lookup_elem
 2063: r1 = r0
 2064: if r1 == 0 goto +1026
 2065: r2 = *(u32 *)(r1 +0)
 2066: if r2 == 0 goto +1024
 2067: *(u32 *)(r10 -184) = 10
 2068: r2 = *(u32 *)(r10 -144)
 2069: r3 = *(u32 *)(r1 +8)
 2070: r2 &= r3
 2071: *(u32 *)(r10 -180) = r2
 2072: r2 = *(u32 *)(r10 -140)
 2073: r3 = *(u32 *)(r1 +12)
 2074: r2 &= r3
 2075: *(u32 *)(r10 -176) = r2
 2076: r2 = *(u32 *)(r10 -136)
 2077: r3 = *(u32 *)(r1 +16)
 2078: r2 &= r3
 2079: *(u32 *)(r10 -172) = r2
 2080: r2 = *(u32 *)(r10 -132)
 2081: r3 = *(u32 *)(r1 +20)
 2082: r2 &= r3
 2083: *(u32 *)(r10 -168) = r2
 2084: r1 = map[pipe_p0f_signatures] ll
 2086: r2 = r10
 2087: r2 += -184
 2088: call bpf_map_lookup_elem
 2089: r1 = r0
 2090: if r1 == 0 goto +13
 2091: r2 = *(u32 *)(r1 +4)
 2092: r3 = *(u64 *)(r10 -224)
 2093: if r3 == 0 goto +2
 2094: r3 = *(u64 *)(r10 -232)
 2095: if r2 <= r3 goto +8
 2096: *(u64 *)(r10 -224) = 1
 2097: *(u64 *)(r10 -232) = r2
 2098: r2 = *(u32 *)(r1 +0)
 2099: *(u32 *)(r10 -208) = r2
 2100: r2 = *(u32 *)(r1 +4)
 2101: *(u32 *)(r10 -204) = r2
 2102: r2 = *(u32 *)(r1 +8)
 2103: *(u32 *)(r10 -200) = r2
 2104: *(u32 *)(r10 -216) = 11
 2105: r1 = map[pipe_p0f_signatures_masks] ll
 2107: r2 = r10
 2108: r2 += -216
 2109: call bpf_map_lookup_elem
 2110: r1 = r0
 2111: if r1 == 0 goto +979
 2112: r2 = *(u32 *)(r1 +0)
 2113: if r2 == 0 goto +977
 2114: *(u32 *)(r10 -184) = 11
 2115: r2 = *(u32 *)(r10 -144)
 2116: r3 = *(u32 *)(r1 +8)
 2117: r2 &= r3
 2118: *(u32 *)(r10 -180) = r2
 2119: r2 = *(u32 *)(r10 -140)
 2120: r3 = *(u32 *)(r1 +12)
 2121: r2 &= r3
 2122: *(u32 *)(r10 -176) = r2
 2123: r2 = *(u32 *)(r10 -136)
 2124: r3 = *(u32 *)(r1 +16)
 2125: r2 &= r3
 2126: *(u32 *)(r10 -172) = r2
 2127: r2 = *(u32 *)(r10 -132)
 2128: r3 = *(u32 *)(r1 +20)
 2129: r2 &= r3
 2130: *(u32 *)(r10 -168) = r2
 2131: r1 = map[pipe_p0f_signatures] ll
 2133: r2 = r10
 2134: r2 += -184
 2135: call bpf_map_lookup_elem
 2136: r1 = r0
 2137: if r1 == 0 goto +13
 2138: r2 = *(u32 *)(r1 +4)
 2139: r3 = *(u64 *)(r10 -224)
 2140: if r3 == 0 goto +2
 2141: r3 = *(u64 *)(r10 -232)
 2142: if r2 <= r3 goto +8
 2143: *(u64 *)(r10 -224) = 1
 2144: *(u64 *)(r10 -232) = r2
 2145: r2 = *(u32 *)(r1 +0)
 2146: *(u32 *)(r10 -208) = r2
 2147: r2 = *(u32 *)(r1 +4)
 2148: *(u32 *)(r10 -204) = r2
 2149: r2 = *(u32 *)(r1 +8)
 2150: *(u32 *)(r10 -200) = r2
 2151: *(u32 *)(r10 -216) = 12
 2152: r1 = map[pipe_p0f_signatures_masks] ll
 2154: r2 = r10
 2155: r2 += -216
 2156: call bpf_map_lookup_elem
 2157: r1 = r0
 2158: if r1 == 0 goto +932
 2159: r2 = *(u32 *)(r1 +0)
 2160: if r2 == 0 goto +930
 2161: *(u32 *)(r10 -184) = 12
 2162: r2 = *(u32 *)(r10 -144)
 2163: r3 = *(u32 *)(r1 +8)
 2164: r2 &= r3
 2165: *(u32 *)(r10 -180) = r2
 2166: r2 = *(u32 *)(r10 -140)
 2167: r3 = *(u32 *)(r1 +12)
 2168: r2 &= r3
 2169: *(u32 *)(r10 -176) = r2
 2170: r2 = *(u32 *)(r10 -136)
 2171: r3 = *(u32 *)(r1 +16)
 2172: r2 &= r3
 2173: *(u32 *)(r10 -172) = r2
 2174: r2 = *(u32 *)(r10 -132)
 2175: r3 = *(u32 *)(r1 +20)
 2176: r2 &= r3
 2177: *(u32 *)(r10 -168) = r2
 2178: r1 = map[pipe_p0f_signatures] ll
 2180: r2 = r10
 2181: r2 += -184
 2182: call bpf_map_lookup_elem
 2183: r1 = r0
 2184: if r1 == 0 goto +13
 2185: r2 = *(u32 *)(r1 +4)
 2186: r3 = *(u64 *)(r10 -224)
 2187: if r3 == 0 goto +2
 2188: r3 = *(u64 *)(r10 -232)
 2189: if r2 <= r3 goto +8
 2190: *(u64 *)(r10 -224) = 1
 2191: *(u64 *)(r10 -232) = r2
 2192: r2 = *(u32 *)(r1 +0)
 2193: *(u32 *)(r10 -208) = r2
 2194: r2 = *(u32 *)(r1 +4)
 2195: *(u32 *)(r10 -204) = r2
 2196: r2 = *(u32 *)(r1 +8)
 2197: *(u32 *)(r10 -200) = r2
 2198: *(u32 *)(r10 -216) = 13
 2199: r1 = map[pipe_p0f_signatures_masks] ll
 2201: r2 = r10
 2202: r2 += -216
 2203: call bpf_map_lookup_elem
 2204: r1 = r0
 2205: if r1 == 0 goto +885
 2206: r2 = *(u32 *)(r1 +0)
 2207: if r2 == 0 goto +883
 2208: *(u32 *)(r10 -184) = 13
 2209: r2 = *(u32 *)(r10 -144)
 2210: r3 = *(u32 *)(r1 +8)
 2211: r2 &= r3
 2212: *(u32 *)(r10 -180) = r2
 2213: r2 = *(u32 *)(r10 -140)
 2214: r3 = *(u32 *)(r1 +12)
 2215: r2 &= r3
 2216: *(u32 *)(r10 -176) = r2
 2217: r2 = *(u32 *)(r10 -136)
 2218: r3 = *(u32 *)(r1 +16)
 2219: r2 &= r3
 2220: *(u32 *)(r10 -172) = r2
 2221: r2 = *(u32 *)(r10 -132)
 2222: r3 = *(u32 *)(r1 +20)
 2223: r2 &= r3
 2224: *(u32 *)(r10 -168) = r2
 2225: r1 = map[pipe_p0f_signatures] ll
 2227: r2 = r10
 2228: r2 += -184
 2229: call bpf_map_lookup_elem
 2230: r1 = r0
 2231: if r1 == 0 goto +13
 2232: r2 = *(u32 *)(r1 +4)
 2233: r3 = *(u64 *)(r10 -224)
 2234: if r3 == 0 goto +2
 2235: r3 = *(u64 *)(r10 -232)
 2236: if r2 <= r3 goto +8
 2237: *(u64 *)(r10 -224) = 1
 2238: *(u64 *)(r10 -232) = r2
 2239: r2 = *(u32 *)(r1 +0)
 2240: *(u32 *)(r10 -208) = r2
 2241: r2 = *(u32 *)(r1 +4)
 2242: *(u32 *)(r10 -204) = r2
 2243: r2 = *(u32 *)(r1 +8)
 2244: *(u32 *)(r10 -200) = r2
 2245: *(u32 *)(r10 -216) = 14
 2246: r1 = map[pipe_p0f_signatures_masks] ll
 2248: r2 = r10
 2249: r2 += -216
 2250: call bpf_map_lookup_elem
 2251: r1 = r0
 2252: if r1 == 0 goto +838
 2253: r2 = *(u32 *)(r1 +0)
 2254: if r2 == 0 goto +836
 2255: *(u32 *)(r10 -184) = 14
 2256: r2 = *(u32 *)(r10 -144)
 2257: r3 = *(u32 *)(r1 +8)
 2258: r2 &= r3
 2259: *(u32 *)(r10 -180) = r2
 2260: r2 = *(u32 *)(r10 -140)
 2261: r3 = *(u32 *)(r1 +12)
 2262: r2 &= r3
 2263: *(u32 *)(r10 -176) = r2
 2264: r2 = *(u32 *)(r10 -136)
 2265: r3 = *(u32 *)(r1 +16)
 2266: r2 &= r3
 2267: *(u32 *)(r10 -172) = r2
 2268: r2 = *(u32 *)(r10 -132)
 2269: r3 = *(u32 *)(r1 +20)
 2270: r2 &= r3
 2271: *(u32 *)(r10 -168) = r2
 2272: r1 = map[pipe_p0f_signatures] ll
 2274: r2 = r10
 2275: r2 += -184
 2276: call bpf_map_lookup_elem
 2277: r1 = r0
 2278: if r1 == 0 goto +13
 2279: r2 = *(u32 *)(r1 +4)
 2280: r3 = *(u64 *)(r10 -224)
 2281: if r3 == 0 goto +2
 2282: r3 = *(u64 *)(r10 -232)
 2283: if r2 <= r3 goto +8
 2284: *(u64 *)(r10 -224) = 1
 2285: *(u64 *)(r10 -232) = r2
 2286: r2 = *(u32 *)(r1 +0)
 2287: *(u32 *)(r10 -208) = r2
 2288: r2 = *(u32 *)(r1 +4)
 2289: *(u32 *)(r10 -204) = r2
 2290: r2 = *(u32 *)(r1 +8)
 2291: *(u32 *)(r10 -200) = r2
 2292: *(u32 *)(r10 -216) = 15
 2293: r1 = map[pipe_p0f_signatures_masks] ll
 2295: r2 = r10
 2296: r2 += -216
 2297: call bpf_map_lookup_elem
 2298: r1 = r0
 2299: if r1 == 0 goto +791
 2300: r2 = *(u32 *)(r1 +0)
 2301: if r2 == 0 goto +789
 2302: *(u32 *)(r10 -184) = 15
 2303: r2 = *(u32 *)(r10 -144)
 2304: r3 = *(u32 *)(r1 +8)
 2305: r2 &= r3
 2306: *(u32 *)(r10 -180) = r2
 2307: r2 = *(u32 *)(r10 -140)
 2308: r3 = *(u32 *)(r1 +12)
 2309: r2 &= r3
 2310: *(u32 *)(r10 -176) = r2
 2311: r2 = *(u32 *)(r10 -136)
 2312: r3 = *(u32 *)(r1 +16)
 2313: r2 &= r3
 2314: *(u32 *)(r10 -172) = r2
 2315: r2 = *(u32 *)(r10 -132)
 2316: r3 = *(u32 *)(r1 +20)
 2317: r2 &= r3
 2318: *(u32 *)(r10 -168) = r2
 2319: r1 = map[pipe_p0f_signatures] ll
 2321: r2 = r10
 2322: r2 += -184
 2323: call bpf_map_lookup_elem
 2324: r1 = r0
 2325: if r1 == 0 goto +13
 2326: r2 = *(u32 *)(r1 +4)
 2327: r3 = *(u64 *)(r10 -224)
 2328: if r3 == 0 goto +2
 2329: r3 = *(u64 *)(r10 -232)
 2330: if r2 <= r3 goto +8
 2331: *(u64 *)(r10 -224) = 1
 2332: *(u64 *)(r10 -232) = r2
 2333: r2 = *(u32 *)(r1 +0)
 2334: *(u32 *)(r10 -208) = r2
 2335: r2 = *(u32 *)(r1 +4)
 2336: *(u32 *)(r10 -204) = r2
 2337: r2 = *(u32 *)(r1 +8)
 2338: *(u32 *)(r10 -200) = r2
 2339: *(u32 *)(r10 -216) = 16
 2340: r1 = map[pipe_p0f_signatures_masks] ll
 2342: r2 = r10
 2343: r2 += -216
 2344: call bpf_map_lookup_elem
 2345: r1 = r0
 2346: if r1 == 0 goto +744
 2347: r2 = *(u32 *)(r1 +0)
 2348: if r2 == 0 goto +742
 2349: *(u32 *)(r10 -184) = 16
 2350: r2 = *(u32 *)(r10 -144)
 2351: r3 = *(u32 *)(r1 +8)
 2352: r2 &= r3
 2353: *(u32 *)(r10 -180) = r2
 2354: r2 = *(u32 *)(r10 -140)
 2355: r3 = *(u32 *)(r1 +12)
 2356: r2 &= r3
 2357: *(u32 *)(r10 -176) = r2
 2358: r2 = *(u32 *)(r10 -136)
 2359: r3 = *(u32 *)(r1 +16)
 2360: r2 &= r3
 2361: *(u32 *)(r10 -172) = r2
 2362: r2 = *(u32 *)(r10 -132)
 2363: r3 = *(u32 *)(r1 +20)
 2364: r2 &= r3
 2365: *(u32 *)(r10 -168) = r2
 2366: r1 = map[pipe_p0f_signatures] ll
 2368: r2 = r10
 2369: r2 += -184
 2370: call bpf_map_lookup_elem
 2371: r1 = r0
 2372: if r1 == 0 goto +13
 2373: r2 = *(u32 *)(r1 +4)
 2374: r3 = *(u64 *)(r10 -224)
 2375: if r3 == 0 goto +2
 2376: r3 = *(u64 *)(r10 -232)
 2377: if r2 <= r3 goto +8
 2378: *(u64 *)(r10 -224) = 1
 2379: *(u64 *)(r10 -232) = r2
 2380: r2 = *(u32 *)(r1 +0)
 2381: *(u32 *)(r10 -208) = r2
 2382: r2 = *(u32 *)(r1 +4)
 2383: *(u32 *)(r10 -204) = r2
 2384: r2 = *(u32 *)(r1 +8)
 2385: *(u32 *)(r10 -200) = r2
 2386: *(u32 *)(r10 -216) = 17
 2387: r1 = map[pipe_p0f_signatures_masks] ll
 2389: r2 = r10
 2390: r2 += -216
 2391: call bpf_map_lookup_elem
 2392: r1 = r0
 2393: if r1 == 0 goto +697
 2394: r2 = *(u32 *)(r1 +0)
 2395: if r2 == 0 goto +695
 2396: *(u32 *)(r10 -184) = 17
 2397: r2 = *(u32 *)(r10 -144)
 2398: r3 = *(u32 *)(r1 +8)
 2399: r2 &= r3
 2400: *(u32 *)(r10 -180) = r2
 2401: r2 = *(u32 *)(r10 -140)
 2402: r3 = *(u32 *)(r1 +12)
 2403: r2 &= r3
 2404: *(u32 *)(r10 -176) = r2
 2405: r2 = *(u32 *)(r10 -136)
 2406: r3 = *(u32 *)(r1 +16)
 2407: r2 &= r3
 2408: *(u32 *)(r10 -172) = r2
 2409: r2 = *(u32 *)(r10 -132)
 2410: r3 = *(u32 *)(r1 +20)
 2411: r2 &= r3
 2412: *(u32 *)(r10 -168) = r2
 2413: r1 = map[pipe_p0f_signatures] ll
 2415: r2 = r10
 2416: r2 += -184
 2417: call bpf_map_lookup_elem
 2418: r1 = r0
 2419: if r1 == 0 goto +13
 2420: r2 = *(u32 *)(r1 +4)
 2421: r3 = *(u64 *)(r10 -224)
 2422: if r3 == 0 goto +2
 2423: r3 = *(u64 *)(r10 -232)
 2424: if r2 <= r3 goto +8
 2425: *(u64 *)(r10 -224) = 1
 2426: *(u64 *)(r10 -232) = r2
 2427: r2 = *(u32 *)(r1 +0)
 2428: *(u32 *)(r10 -208) = r2
 2429: r2 = *(u32 *)(r1 +4)
 2430: *(u32 *)(r10 -204) = r2
 2431: r2 = *(u32 *)(r1 +8)
 2432: *(u32 *)(r10 -200) = r2
 2433: *(u32 *)(r10 -216) = 18
 2434: r1 = map[pipe_p0f_signatures_masks] ll
 2436: r2 = r10
 2437: r2 += -216
 2438: call bpf_map_lookup_elem
 2439: r1 = r0
 2440: if r1 == 0 goto +650
 2441: r2 = *(u32 *)(r1 +0)
 2442: if r2 == 0 goto +648
 2443: *(u32 *)(r10 -184) = 18
 2444: r2 = *(u32 *)(r10 -144)
 2445: r3 = *(u32 *)(r1 +8)
 2446: r2 &= r3
 2447: *(u32 *)(r10 -180) = r2
 2448: r2 = *(u32 *)(r10 -140)
 2449: r3 = *(u32 *)(r1 +12)
 2450: r2 &= r3
 2451: *(u32 *)(r10 -176) = r2
 2452: r2 = *(u32 *)(r10 -136)
 2453: r3 = *(u32 *)(r1 +16)
 2454: r2 &= r3
 2455: *(u32 *)(r10 -172) = r2
 2456: r2 = *(u32 *)(r10 -132)
 2457: r3 = *(u32 *)(r1 +20)
 2458: r2 &= r3
 2459: *(u32 *)(r10 -168) = r2
 2460: r1 = map[pipe_p0f_signatures] ll
 2462: r2 = r10
 2463: r2 += -184
 2464: call bpf_map_lookup_elem
 2465: r1 = r0
 2466: if r1 == 0 goto +13
 2467: r2 = *(u32 *)(r1 +4)
 2468: r3 = *(u64 *)(r10 -224)
 2469: if r3 == 0 goto +2
 2470: r3 = *(u64 *)(r10 -232)
 2471: if r2 <= r3 goto +8
 2472: *(u64 *)(r10 -224) = 1
 2473: *(u64 *)(r10 -232) = r2
 2474: r2 = *(u32 *)(r1 +0)
 2475: *(u32 *)(r10 -208) = r2
 2476: r2 = *(u32 *)(r1 +4)
 2477: *(u32 *)(r10 -204) = r2
 2478: r2 = *(u32 *)(r1 +8)
 2479: *(u32 *)(r10 -200) = r2
 2480: *(u32 *)(r10 -216) = 19
 2481: r1 = map[pipe_p0f_signatures_masks] ll
 2483: r2 = r10
 2484: r2 += -216
 2485: call bpf_map_lookup_elem
 2486: r1 = r0
 2487: if r1 == 0 goto +603
 2488: r2 = *(u32 *)(r1 +0)
 2489: if r2 == 0 goto +601
 2490: *(u32 *)(r10 -184) = 19
 2491: r2 = *(u32 *)(r10 -144)
 2492: r3 = *(u32 *)(r1 +8)
 2493: r2 &= r3
 2494: *(u32 *)(r10 -180) = r2
 2495: r2 = *(u32 *)(r10 -140)
 2496: r3 = *(u32 *)(r1 +12)
 2497: r2 &= r3
 2498: *(u32 *)(r10 -176) = r2
 2499: r2 = *(u32 *)(r10 -136)
 2500: r3 = *(u32 *)(r1 +16)
 2501: r2 &= r3
 2502: *(u32 *)(r10 -172) = r2
 2503: r2 = *(u32 *)(r10 -132)
 2504: r3 = *(u32 *)(r1 +20)
 2505: r2 &= r3
 2506: *(u32 *)(r10 -168) = r2
 2507: r1 = map[pipe_p0f_signatures] ll
 2509: r2 = r10
 2510: r2 += -184
 2511: call bpf_map_lookup_elem
 2512: r1 = r0
 2513: if r1 == 0 goto +13
 2514: r2 = *(u32 *)(r1 +4)
 2515: r3 = *(u64 *)(r10 -224)
 2516: if r3 == 0 goto +2
 2517: r3 = *(u64 *)(r10 -232)
 2518: if r2 <= r3 goto +8
 2519: *(u64 *)(r10 -224) = 1
 2520: *(u64 *)(r10 -232) = r2
 2521: r2 = *(u32 *)(r1 +0)
 2522: *(u32 *)(r10 -208) = r2
 2523: r2 = *(u32 *)(r1 +4)
 2524: *(u32 *)(r10 -204) = r2
 2525: r2 = *(u32 *)(r1 +8)
 2526: *(u32 *)(r10 -200) = r2
 2527: *(u32 *)(r10 -216) = 20
 2528: r1 = map[pipe_p0f_signatures_masks] ll
 2530: r2 = r10
 2531: r2 += -216
 2532: call bpf_map_lookup_elem
 2533: r1 = r0
 2534: if r1 == 0 goto +556
 2535: r2 = *(u32 *)(r1 +0)
 2536: if r2 == 0 goto +554
 2537: *(u32 *)(r10 -184) = 20
 2538: r2 = *(u32 *)(r10 -144)
 2539: r3 = *(u32 *)(r1 +8)
 2540: r2 &= r3
 2541: *(u32 *)(r10 -180) = r2
 2542: r2 = *(u32 *)(r10 -140)
 2543: r3 = *(u32 *)(r1 +12)
 2544: r2 &= r3
 2545: *(u32 *)(r10 -176) = r2
 2546: r2 = *(u32 *)(r10 -136)
 2547: r3 = *(u32 *)(r1 +16)
 2548: r2 &= r3
 2549: *(u32 *)(r10 -172) = r2
 2550: r2 = *(u32 *)(r10 -132)
 2551: r3 = *(u32 *)(r1 +20)
 2552: r2 &= r3
 2553: *(u32 *)(r10 -168) = r2
 2554: r1 = map[pipe_p0f_signatures] ll
 2556: r2 = r10
 2557: r2 += -184
 2558: call bpf_map_lookup_elem
 2559: r1 = r0
 2560: if r1 == 0 goto +13
 2561: r2 = *(u32 *)(r1 +4)
 2562: r3 = *(u64 *)(r10 -224)
 2563: if r3 == 0 goto +2
 2564: r3 = *(u64 *)(r10 -232)
 2565: if r2 <= r3 goto +8
 2566: *(u64 *)(r10 -224) = 1
 2567: *(u64 *)(r10 -232) = r2
 2568: r2 = *(u32 *)(r1 +0)
 2569: *(u32 *)(r10 -208) = r2
 2570: r2 = *(u32 *)(r1 +4)
 2571: *(u32 *)(r10 -204) = r2
 2572: r2 = *(u32 *)(r1 +8)
 2573: *(u32 *)(r10 -200) = r2
 2574: *(u32 *)(r10 -216) = 21
 2575: r1 = map[pipe_p0f_signatures_masks] ll
 2577: r2 = r10
 2578: r2 += -216
 2579: call bpf_map_lookup_elem
 2580: r1 = r0
 2581: if r1 == 0 goto +509
 2582: r2 = *(u32 *)(r1 +0)
 2583: if r2 == 0 goto +507
 2584: *(u32 *)(r10 -184) = 21
 2585: r2 = *(u32 *)(r10 -144)
 2586: r3 = *(u32 *)(r1 +8)
 2587: r2 &= r3
 2588: *(u32 *)(r10 -180) = r2
 2589: r2 = *(u32 *)(r10 -140)
 2590: r3 = *(u32 *)(r1 +12)
 2591: r2 &= r3
 2592: *(u32 *)(r10 -176) = r2
 2593: r2 = *(u32 *)(r10 -136)
 2594: r3 = *(u32 *)(r1 +16)
 2595: r2 &= r3
 2596: *(u32 *)(r10 -172) = r2
 2597: r2 = *(u32 *)(r10 -132)
 2598: r3 = *(u32 *)(r1 +20)
 2599: r2 &= r3
 2600: *(u32 *)(r10 -168) = r2
 2601: r1 = map[pipe_p0f_signatures] ll
 2603: r2 = r10
 2604: r2 += -184
 2605: call bpf_map_lookup_elem
 2606: r1 = r0
 2607: if r1 == 0 goto +13
 2608: r2 = *(u32 *)(r1 +4)
 2609: r3 = *(u64 *)(r10 -224)
 2610: if r3 == 0 goto +2
 2611: r3 = *(u64 *)(r10 -232)
 2612: if r2 <= r3 goto +8
 2613: *(u64 *)(r10 -224) = 1
 2614: *(u64 *)(r10 -232) = r2
 2615: r2 = *(u32 *)(r1 +0)
 2616: *(u32 *)(r10 -208) = r2
 2617: r2 = *(u32 *)(r1 +4)
 2618: *(u32 *)(r10 -204) = r2
 2619: r2 = *(u32 *)(r1 +8)
 2620: *(u32 *)(r10 -200) = r2
 2621: *(u32 *)(r10 -216) = 22
 2622: r1 = map[pipe_p0f_signatures_masks] ll
 2624: r2 = r10
 2625: r2 += -216
 2626: call bpf_map_lookup_elem
 2627: r1 = r0
 2628: if r1 == 0 goto +462
 2629: r2 = *(u32 *)(r1 +0)
 2630: if r2 == 0 goto +460
 2631: *(u32 *)(r10 -184) = 22
 2632: r2 = *(u32 *)(r10 -144)
 2633: r3 = *(u32 *)(r1 +8)
 2634: r2 &= r3
 2635: *(u32 *)(r10 -180) = r2
 2636: r2 = *(u32 *)(r10 -140)
 2637: r3 = *(u32 *)(r1 +12)
 2638: r2 &= r3
 2639: *(u32 *)(r10 -176) = r2
 2640: r2 = *(u32 *)(r10 -136)
 2641: r3 = *(u32 *)(r1 +16)
 2642: r2 &= r3
 2643: *(u32 *)(r10 -172) = r2
 2644: r2 = *(u32 *)(r10 -132)
 2645: r3 = *(u32 *)(r1 +20)
 2646: r2 &= r3
 2647: *(u32 *)(r10 -168) = r2
 2648: r1 = map[pipe_p0f_signatures] ll
 2650: r2 = r10
 2651: r2 += -184
 2652: call bpf_map_lookup_elem
 2653: r1 = r0
 2654: if r1 == 0 goto +13
 2655: r2 = *(u32 *)(r1 +4)
 2656: r3 = *(u64 *)(r10 -224)
 2657: if r3 == 0 goto +2
 2658: r3 = *(u64 *)(r10 -232)
 2659: if r2 <= r3 goto +8
 2660: *(u64 *)(r10 -224) = 1
 2661: *(u64 *)(r10 -232) = r2
 2662: r2 = *(u32 *)(r1 +0)
 2663: *(u32 *)(r10 -208) = r2
 2664: r2 = *(u32 *)(r1 +4)
 2665: *(u32 *)(r10 -204) = r2
 2666: r2 = *(u32 *)(r1 +8)
 2667: *(u32 *)(r10 -200) = r2
 2668: *(u32 *)(r10 -216) = 23
 2669: r1 = map[pipe_p0f_signatures_masks] ll
 2671: r2 = r10
 2672: r2 += -216
 2673: call bpf_map_lookup_elem
 2674: r1 = r0
 2675: if r1 == 0 goto +415
 2676: r2 = *(u32 *)(r1 +0)
 2677: if r2 == 0 goto +413
 2678: *(u32 *)(r10 -184) = 23
 2679: r2 = *(u32 *)(r10 -144)
 2680: r3 = *(u32 *)(r1 +8)
 2681: r2 &= r3
 2682: *(u32 *)(r10 -180) = r2
 2683: r2 = *(u32 *)(r10 -140)
 2684: r3 = *(u32 *)(r1 +12)
 2685: r2 &= r3
 2686: *(u32 *)(r10 -176) = r2
 2687: r2 = *(u32 *)(r10 -136)
 2688: r3 = *(u32 *)(r1 +16)
 2689: r2 &= r3
 2690: *(u32 *)(r10 -172) = r2
 2691: r2 = *(u32 *)(r10 -132)
 2692: r3 = *(u32 *)(r1 +20)
 2693: r2 &= r3
 2694: *(u32 *)(r10 -168) = r2
 2695: r1 = map[pipe_p0f_signatures] ll
 2697: r2 = r10
 2698: r2 += -184
 2699: call bpf_map_lookup_elem
 2700: r1 = r0
 2701: if r1 == 0 goto +13
 2702: r2 = *(u32 *)(r1 +4)
 2703: r3 = *(u64 *)(r10 -224)
 2704: if r3 == 0 goto +2
 2705: r3 = *(u64 *)(r10 -232)
 2706: if r2 <= r3 goto +8
 2707: *(u64 *)(r10 -224) = 1
 2708: *(u64 *)(r10 -232) = r2
 2709: r2 = *(u32 *)(r1 +0)
 2710: *(u32 *)(r10 -208) = r2
 2711: r2 = *(u32 *)(r1 +4)
 2712: *(u32 *)(r10 -204) = r2
 2713: r2 = *(u32 *)(r1 +8)
 2714: *(u32 *)(r10 -200) = r2
 2715: *(u32 *)(r10 -216) = 24
 2716: r1 = map[pipe_p0f_signatures_masks] ll
 2718: r2 = r10
 2719: r2 += -216
 2720: call bpf_map_lookup_elem
 2721: r1 = r0
 2722: if r1 == 0 goto +368
 2723: r2 = *(u32 *)(r1 +0)
 2724: if r2 == 0 goto +366
 2725: *(u32 *)(r10 -184) = 24
 2726: r2 = *(u32 *)(r10 -144)
 2727: r3 = *(u32 *)(r1 +8)
 2728: r2 &= r3
 2729: *(u32 *)(r10 -180) = r2
 2730: r2 = *(u32 *)(r10 -140)
 2731: r3 = *(u32 *)(r1 +12)
 2732: r2 &= r3
 2733: *(u32 *)(r10 -176) = r2
 2734: r2 = *(u32 *)(r10 -136)
 2735: r3 = *(u32 *)(r1 +16)
 2736: r2 &= r3
 2737: *(u32 *)(r10 -172) = r2
 2738: r2 = *(u32 *)(r10 -132)
 2739: r3 = *(u32 *)(r1 +20)
 2740: r2 &= r3
 2741: *(u32 *)(r10 -168) = r2
 2742: r1 = map[pipe_p0f_signatures] ll
 2744: r2 = r10
 2745: r2 += -184
 2746: call bpf_map_lookup_elem
 2747: r1 = r0
 2748: if r1 == 0 goto +13
 2749: r2 = *(u32 *)(r1 +4)
 2750: r3 = *(u64 *)(r10 -224)
 2751: if r3 == 0 goto +2
 2752: r3 = *(u64 *)(r10 -232)
 2753: if r2 <= r3 goto +8
 2754: *(u64 *)(r10 -224) = 1
 2755: *(u64 *)(r10 -232) = r2
 2756: r2 = *(u32 *)(r1 +0)
 2757: *(u32 *)(r10 -208) = r2
 2758: r2 = *(u32 *)(r1 +4)
 2759: *(u32 *)(r10 -204) = r2
 2760: r2 = *(u32 *)(r1 +8)
 2761: *(u32 *)(r10 -200) = r2
 2762: *(u32 *)(r10 -216) = 25
 2763: r1 = map[pipe_p0f_signatures_masks] ll
 2765: r2 = r10
 2766: r2 += -216
 2767: call bpf_map_lookup_elem
 2768: r1 = r0
 2769: if r1 == 0 goto +321
 2770: r2 = *(u32 *)(r1 +0)
 2771: if r2 == 0 goto +319
 2772: *(u32 *)(r10 -184) = 25
 2773: r2 = *(u32 *)(r10 -144)
 2774: r3 = *(u32 *)(r1 +8)
 2775: r2 &= r3
 2776: *(u32 *)(r10 -180) = r2
 2777: r2 = *(u32 *)(r10 -140)
 2778: r3 = *(u32 *)(r1 +12)
 2779: r2 &= r3
 2780: *(u32 *)(r10 -176) = r2
 2781: r2 = *(u32 *)(r10 -136)
 2782: r3 = *(u32 *)(r1 +16)
 2783: r2 &= r3
 2784: *(u32 *)(r10 -172) = r2
 2785: r2 = *(u32 *)(r10 -132)
 2786: r3 = *(u32 *)(r1 +20)
 2787: r2 &= r3
 2788: *(u32 *)(r10 -168) = r2
 2789: r1 = map[pipe_p0f_signatures] ll
 2791: r2 = r10
 2792: r2 += -184
 2793: call bpf_map_lookup_elem
 2794: r1 = r0
 2795: if r1 == 0 goto +13
 2796: r2 = *(u32 *)(r1 +4)
 2797: r3 = *(u64 *)(r10 -224)
 2798: if r3 == 0 goto +2
 2799: r3 = *(u64 *)(r10 -232)
 2800: if r2 <= r3 goto +8
 2801: *(u64 *)(r10 -224) = 1
 2802: *(u64 *)(r10 -232) = r2
 2803: r2 = *(u32 *)(r1 +0)
 2804: *(u32 *)(r10 -208) = r2
 2805: r2 = *(u32 *)(r1 +4)
 2806: *(u32 *)(r10 -204) = r2
 2807: r2 = *(u32 *)(r1 +8)
 2808: *(u32 *)(r10 -200) = r2
 2809: *(u32 *)(r10 -216) = 26
 2810: r1 = map[pipe_p0f_signatures_masks] ll
 2812: r2 = r10
 2813: r2 += -216
 2814: call bpf_map_lookup_elem
 2815: r1 = r0
 2816: if r1 == 0 goto +274
 2817: r2 = *(u32 *)(r1 +0)
 2818: if r2 == 0 goto +272
 2819: *(u32 *)(r10 -184) = 26
 2820: r2 = *(u32 *)(r10 -144)
 2821: r3 = *(u32 *)(r1 +8)
 2822: r2 &= r3
 2823: *(u32 *)(r10 -180) = r2
 2824: r2 = *(u32 *)(r10 -140)
 2825: r3 = *(u32 *)(r1 +12)
 2826: r2 &= r3
 2827: *(u32 *)(r10 -176) = r2
 2828: r2 = *(u32 *)(r10 -136)
 2829: r3 = *(u32 *)(r1 +16)
 2830: r2 &= r3
 2831: *(u32 *)(r10 -172) = r2
 2832: r2 = *(u32 *)(r10 -132)
 2833: r3 = *(u32 *)(r1 +20)
 2834: r2 &= r3
 2835: *(u32 *)(r10 -168) = r2
 2836: r1 = map[pipe_p0f_signatures] ll
 2838: r2 = r10
 2839: r2 += -184
 2840: call bpf_map_lookup_elem
 2841: r1 = r0
 2842: if r1 == 0 goto +13
 2843: r2 = *(u32 *)(r1 +4)
 2844: r3 = *(u64 *)(r10 -224)
 2845: if r3 == 0 goto +2
 2846: r3 = *(u64 *)(r10 -232)
 2847: if r2 <= r3 goto +8
 2848: *(u64 *)(r10 -224) = 1
 2849: *(u64 *)(r10 -232) = r2
 2850: r2 = *(u32 *)(r1 +0)
 2851: *(u32 *)(r10 -208) = r2
 2852: r2 = *(u32 *)(r1 +4)
 2853: *(u32 *)(r10 -204) = r2
 2854: r2 = *(u32 *)(r1 +8)
 2855: *(u32 *)(r10 -200) = r2
 2856: *(u32 *)(r10 -216) = 27
 2857: r1 = map[pipe_p0f_signatures_masks] ll
 2859: r2 = r10
 2860: r2 += -216
 2861: call bpf_map_lookup_elem
 2862: r1 = r0
 2863: if r1 == 0 goto +227
 2864: r2 = *(u32 *)(r1 +0)
 2865: if r2 == 0 goto +225
 2866: *(u32 *)(r10 -184) = 27
 2867: r2 = *(u32 *)(r10 -144)
 2868: r3 = *(u32 *)(r1 +8)
 2869: r2 &= r3
 2870: *(u32 *)(r10 -180) = r2
 2871: r2 = *(u32 *)(r10 -140)
 2872: r3 = *(u32 *)(r1 +12)
 2873: r2 &= r3
 2874: *(u32 *)(r10 -176) = r2
 2875: r2 = *(u32 *)(r10 -136)
 2876: r3 = *(u32 *)(r1 +16)
 2877: r2 &= r3
 2878: *(u32 *)(r10 -172) = r2
 2879: r2 = *(u32 *)(r10 -132)
 2880: r3 = *(u32 *)(r1 +20)
 2881: r2 &= r3
 2882: *(u32 *)(r10 -168) = r2
 2883: r1 = map[pipe_p0f_signatures] ll
 2885: r2 = r10
 2886: r2 += -184
 2887: call bpf_map_lookup_elem
 2888: r1 = r0
 2889: if r1 == 0 goto +13
 2890: r2 = *(u32 *)(r1 +4)
 2891: r3 = *(u64 *)(r10 -224)
 2892: if r3 == 0 goto +2
 2893: r3 = *(u64 *)(r10 -232)
 2894: if r2 <= r3 goto +8
 2895: *(u64 *)(r10 -224) = 1
 2896: *(u64 *)(r10 -232) = r2
 2897: r2 = *(u32 *)(r1 +0)
 2898: *(u32 *)(r10 -208) = r2
 2899: r2 = *(u32 *)(r1 +4)
 2900: *(u32 *)(r10 -204) = r2
 2901: r2 = *(u32 *)(r1 +8)
 2902: *(u32 *)(r10 -200) = r2
 2903: *(u32 *)(r10 -216) = 28
 2904: r1 = map[pipe_p0f_signatures_masks] ll
 2906: r2 = r10
 2907: r2 += -216
 2908: call bpf_map_lookup_elem
 2909: r1 = r0
 2910: if r1 == 0 goto +180
 2911: r2 = *(u32 *)(r1 +0)
 2912: if r2 == 0 goto +178
 2913: *(u32 *)(r10 -184) = 28
 2914: r2 = *(u32 *)(r10 -144)
 2915: r3 = *(u32 *)(r1 +8)
 2916: r2 &= r3
 2917: *(u32 *)(r10 -180) = r2
 2918: r2 = *(u32 *)(r10 -140)
 2919: r3 = *(u32 *)(r1 +12)
 2920: r2 &= r3
 2921: *(u32 *)(r10 -176) = r2
 2922: r2 = *(u32 *)(r10 -136)
 2923: r3 = *(u32 *)(r1 +16)
 2924: r2 &= r3
 2925: *(u32 *)(r10 -172) = r2
 2926: r2 = *(u32 *)(r10 -132)
 2927: r3 = *(u32 *)(r1 +20)
 2928: r2 &= r3
 2929: *(u32 *)(r10 -168) = r2
 2930: r1 = map[pipe_p0f_signatures] ll
 2932: r2 = r10
 2933: r2 += -184
 2934: call bpf_map_lookup_elem
 2935: r1 = r0
 2936: if r1 == 0 goto +13
 2937: r2 = *(u32 *)(r1 +4)
 2938: r3 = *(u64 *)(r10 -224)
 2939: if r3 == 0 goto +2
 2940: r3 = *(u64 *)(r10 -232)
 2941: if r2 <= r3 goto +8
 2942: *(u64 *)(r10 -224) = 1
 2943: *(u64 *)(r10 -232) = r2
 2944: r2 = *(u32 *)(r1 +0)
 2945: *(u32 *)(r10 -208) = r2
 2946: r2 = *(u32 *)(r1 +4)
 2947: *(u32 *)(r10 -204) = r2
 2948: r2 = *(u32 *)(r1 +8)
 2949: *(u32 *)(r10 -200) = r2
 2950: *(u32 *)(r10 -216) = 29
 2951: r1 = map[pipe_p0f_signatures_masks] ll
 2953: r2 = r10
 2954: r2 += -216
 2955: call bpf_map_lookup_elem
 2956: r1 = r0
 2957: if r1 == 0 goto +133
 2958: r2 = *(u32 *)(r1 +0)
 2959: if r2 == 0 goto +131
 2960: *(u32 *)(r10 -184) = 29
 2961: r2 = *(u32 *)(r10 -144)
 2962: r3 = *(u32 *)(r1 +8)
 2963: r2 &= r3
 2964: *(u32 *)(r10 -180) = r2
 2965: r2 = *(u32 *)(r10 -140)
 2966: r3 = *(u32 *)(r1 +12)
 2967: r2 &= r3
 2968: *(u32 *)(r10 -176) = r2
 2969: r2 = *(u32 *)(r10 -136)
 2970: r3 = *(u32 *)(r1 +16)
 2971: r2 &= r3
 2972: *(u32 *)(r10 -172) = r2
 2973: r2 = *(u32 *)(r10 -132)
 2974: r3 = *(u32 *)(r1 +20)
 2975: r2 &= r3
 2976: *(u32 *)(r10 -168) = r2
 2977: r1 = map[pipe_p0f_signatures] ll
 2979: r2 = r10
 2980: r2 += -184
 2981: call bpf_map_lookup_elem
 2982: r1 = r0
 2983: if r1 == 0 goto +13
 2984: r2 = *(u32 *)(r1 +4)
 2985: r3 = *(u64 *)(r10 -224)
 2986: if r3 == 0 goto +2
 2987: r3 = *(u64 *)(r10 -232)
 2988: if r2 <= r3 goto +8
 2989: *(u64 *)(r10 -224) = 1
 2990: *(u64 *)(r10 -232) = r2
 2991: r2 = *(u32 *)(r1 +0)
 2992: *(u32 *)(r10 -208) = r2
 2993: r2 = *(u32 *)(r1 +4)
 2994: *(u32 *)(r10 -204) = r2
 2995: r2 = *(u32 *)(r1 +8)
 2996: *(u32 *)(r10 -200) = r2
 2997: *(u32 *)(r10 -216) = 30
 2998: r1 = map[pipe_p0f_signatures_masks] ll
 3000: r2 = r10
 3001: r2 += -216
 3002: call bpf_map_lookup_elem
 3003: r1 = r0
 3004: if r1 == 0 goto +86
 3005: r2 = *(u32 *)(r1 +0)
 3006: if r2 == 0 goto +84
 3007: *(u32 *)(r10 -184) = 30
 3008: r2 = *(u32 *)(r10 -144)
 3009: r3 = *(u32 *)(r1 +8)
 3010: r2 &= r3
 3011: *(u32 *)(r10 -180) = r2
 3012: r2 = *(u32 *)(r10 -140)
 3013: r3 = *(u32 *)(r1 +12)
 3014: r2 &= r3
 3015: *(u32 *)(r10 -176) = r2
 3016: r2 = *(u32 *)(r10 -136)
 3017: r3 = *(u32 *)(r1 +16)
 3018: r2 &= r3
 3019: *(u32 *)(r10 -172) = r2
 3020: r2 = *(u32 *)(r10 -132)
 3021: r3 = *(u32 *)(r1 +20)
 3022: r2 &= r3
 3023: *(u32 *)(r10 -168) = r2
 3024: r1 = map[pipe_p0f_signatures] ll
 3026: r2 = r10
 3027: r2 += -184
 3028: call bpf_map_lookup_elem
 3029: r1 = r0
 3030: if r1 == 0 goto +13
 3031: r2 = *(u32 *)(r1 +4)
 3032: r3 = *(u64 *)(r10 -224)
 3033: if r3 == 0 goto +2
 3034: r3 = *(u64 *)(r10 -232)
 3035: if r2 <= r3 goto +8
 3036: *(u64 *)(r10 -224) = 1
 3037: *(u64 *)(r10 -232) = r2
 3038: r2 = *(u32 *)(r1 +0)
 3039: *(u32 *)(r10 -208) = r2
 3040: r2 = *(u32 *)(r1 +4)
 3041: *(u32 *)(r10 -204) = r2
 3042: r2 = *(u32 *)(r1 +8)
 3043: *(u32 *)(r10 -200) = r2
 3044: *(u32 *)(r10 -216) = 31
 3045: r1 = map[pipe_p0f_signatures_masks] ll
 3047: r2 = r10
 3048: r2 += -216
 3049: call bpf_map_lookup_elem
 3050: r1 = r0
 3051: if r1 == 0 goto +39
 3052: r2 = *(u32 *)(r1 +0)
 3053: if r2 == 0 goto +37
 3054: *(u32 *)(r10 -184) = 31
 3055: r2 = *(u32 *)(r10 -144)
 3056: r3 = *(u32 *)(r1 +8)
 3057: r2 &= r3
 3058: *(u32 *)(r10 -180) = r2
 3059: r2 = *(u32 *)(r10 -140)
 3060: r3 = *(u32 *)(r1 +12)
 3061: r2 &= r3
 3062: *(u32 *)(r10 -176) = r2
 3063: r2 = *(u32 *)(r10 -136)
 3064: r3 = *(u32 *)(r1 +16)
 3065: r2 &= r3
 3066: *(u32 *)(r10 -172) = r2
 3067: r2 = *(u32 *)(r10 -132)
 3068: r3 = *(u32 *)(r1 +20)
 3069: r2 &= r3
 3070: *(u32 *)(r10 -168) = r2
 3071: r1 = map[pipe_p0f_signatures] ll
 3073: r2 = r10
 3074: r2 += -184
 3075: call bpf_map_lookup_elem
 3076: r1 = r0
 3077: if r1 == 0 goto +13
 3078: r2 = *(u32 *)(r1 +4)
 3079: r3 = *(u64 *)(r10 -224)
 3080: if r3 == 0 goto +2
 3081: r3 = *(u64 *)(r10 -232)
 3082: if r2 <= r3 goto +8
 3083: *(u64 *)(r10 -224) = 1
 3084: *(u64 *)(r10 -232) = r2
 3085: r2 = *(u32 *)(r1 +0)
 3086: *(u32 *)(r10 -208) = r2
 3087: r2 = *(u32 *)(r1 +4)
 3088: *(u32 *)(r10 -204) = r2
 3089: r2 = *(u32 *)(r1 +8)
 3090: *(u32 *)(r10 -200) = r2
 3091: r1 = *(u64 *)(r10 -224)
 3092: r2 = 1
 3093: if r1 != 0 goto +17
 3094: r2 = 0
 3095: *(u32 *)(r10 -144) = 0
 3096: r1 = map[pipe_p0f_signatures_default] ll
 3098: r2 = r10
 3099: r2 += -144
 3100: call bpf_map_lookup_elem
 3101: r1 = r0
 3102: if r1 == 0 goto +5
 3103: r2 = *(u32 *)(r1 +0)
 3104: r8 = *(u32 *)(r1 +8)
 3105: r8 = be32 r8
 3106: w8 = w8
 3107: goto +7
 3108: r2 = 2
 3109: r8 = 0
 3110: goto +4
 3111: r2 = *(u32 *)(r10 -208)
 3112: r8 = *(u32 *)(r10 -200)
 3113: r8 = be32 r8
 3114: w8 = w8
 3115: if r2 == 0 goto +26
 3116: if r2 == 1 goto +3
 3117: if r2 == 2 goto +1
 3118: goto +42
      ; pipe: block6 (NoAction)
 3119: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 3120: r1 = 1
      ; write var10, v45
 3121: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 3122: r1 = 0
      ; v47: bit<32> = const 1
 3123: r2 = 1
      ; count counter0[v46] += v47
 3124: *(u32 *)(r10 -144) = r1
 3125: *(u64 *)(r10 -208) = r2
 3126: r1 = map[pipe_os_stats] ll
 3128: r2 = r10
 3129: r2 += -144
 3130: call bpf_map_lookup_elem
 3131: r1 = r0
 3132: if r1 == 0 goto +8
 3133: r2 = *(u64 *)(r1 +0)
 3134: r3 = *(u64 *)(r10 -208)
 3135: r2 += r3
 3136: *(u64 *)(r1 +0) = r2
 3137: r2 = *(u64 *)(r1 +8)
 3138: r3 = *(u32 *)(r10 -40)
 3139: r2 += r3
 3140: *(u64 *)(r1 +8) = r2
 3141: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 3142: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 3143: r1 = 1
      ; count counter0[v43] += v44
 3144: *(u32 *)(r10 -144) = r8
 3145: *(u64 *)(r10 -208) = r1
 3146: r1 = map[pipe_os_stats] ll
 3148: r2 = r10
 3149: r2 += -144
 3150: call bpf_map_lookup_elem
 3151: r1 = r0
 3152: if r1 == 0 goto +8
 3153: r2 = *(u64 *)(r1 +0)
 3154: r3 = *(u64 *)(r10 -208)
 3155: r2 += r3
 3156: *(u64 *)(r1 +0) = r2
 3157: r2 = *(u64 *)(r1 +8)
 3158: r3 = *(u32 *)(r10 -40)
 3159: r2 += r3
 3160: *(u64 *)(r1 +8) = r2
 3161: goto +7
 3162: goto +6
      ; drop
 3163: r1 = *(u32 *)(r10 -36)
 3164: r2 = *(u32 *)(r10 -32)
 3165: r2 = *(u64 *)(r10 -8)
 3166: *(u32 *)(r2 +8) = r1
 3167: r0 = 2
 3168: exit
      ; epilogue: verdict
 3169: r1 = *(u32 *)(r10 -36)
 3170: r2 = *(u32 *)(r10 -32)
 3171: r2 = *(u64 *)(r10 -8)
 3172: *(u32 *)(r2 +8) = r1
 3173: r1 = *(u8 *)(r10 -23)
 3174: if r1 != 0 goto +2
 3175: r0 = 0
 3176: exit
 3177: if r1 != 2 goto +4
 3178: r1 = *(u32 *)(r10 -32)
 3179: r2 = 0
 3180: call bpf_redirect
 3181: exit
 3182: r0 = 2
 3183: exit
