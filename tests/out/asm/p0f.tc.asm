; p0f for classifier: 3152 instructions, stack 240 bytes, 4 maps
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
   28: goto +3102
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
   47: goto +3083
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
   61: goto +3069
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
   78: goto +3052
   79: r1 = r3
   80: r1 >>= 3
   81: r3 = *(u64 *)(r10 -16)
   82: r3 += r1
   83: if r3 > 16383 goto +3
   84: r1 = r6
   85: r1 += r3
   86: if r1 <= r7 goto +2
   87: *(u32 *)(r10 -48) = 1
   88: goto +3042
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
  106: goto +3024
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
  121: goto +3009
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
  156: goto +2974
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
  191: goto +2939
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
  201: goto +2929
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
  217: goto +2913
  218: r1 = r2
  219: r1 >>= 3
  220: r2 = *(u64 *)(r10 -16)
  221: r2 += r1
  222: if r2 > 16383 goto +3
  223: r1 = r6
  224: r1 += r2
  225: if r1 <= r7 goto +2
  226: *(u32 *)(r10 -48) = 1
  227: goto +2903
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
  250: goto +2880
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
  271: goto +2859
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
  297: goto +2833
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
  332: goto +2798
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
  342: goto +2788
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
  358: goto +2772
  359: r1 = r2
  360: r1 >>= 3
  361: r2 = *(u64 *)(r10 -16)
  362: r2 += r1
  363: if r2 > 16383 goto +3
  364: r1 = r6
  365: r1 += r2
  366: if r1 <= r7 goto +2
  367: *(u32 *)(r10 -48) = 1
  368: goto +2762
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
  391: goto +2739
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
  412: goto +2718
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
  438: goto +2692
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
  473: goto +2657
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
  483: goto +2647
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
  499: goto +2631
  500: r1 = r2
  501: r1 >>= 3
  502: r2 = *(u64 *)(r10 -16)
  503: r2 += r1
  504: if r2 > 16383 goto +3
  505: r1 = r6
  506: r1 += r2
  507: if r1 <= r7 goto +2
  508: *(u32 *)(r10 -48) = 1
  509: goto +2621
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
  532: goto +2598
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
  553: goto +2577
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
  579: goto +2551
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
  614: goto +2516
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
  624: goto +2506
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
  640: goto +2490
  641: r1 = r2
  642: r1 >>= 3
  643: r2 = *(u64 *)(r10 -16)
  644: r2 += r1
  645: if r2 > 16383 goto +3
  646: r1 = r6
  647: r1 += r2
  648: if r1 <= r7 goto +2
  649: *(u32 *)(r10 -48) = 1
  650: goto +2480
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
  673: goto +2457
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
  694: goto +2436
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
  720: goto +2410
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
  755: goto +2375
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
  765: goto +2365
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
  781: goto +2349
  782: r1 = r2
  783: r1 >>= 3
  784: r2 = *(u64 *)(r10 -16)
  785: r2 += r1
  786: if r2 > 16383 goto +3
  787: r1 = r6
  788: r1 += r2
  789: if r1 <= r7 goto +2
  790: *(u32 *)(r10 -48) = 1
  791: goto +2339
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
  814: goto +2316
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
  835: goto +2295
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
  861: goto +2269
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
  896: goto +2234
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
  906: goto +2224
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
  922: goto +2208
  923: r1 = r2
  924: r1 >>= 3
  925: r2 = *(u64 *)(r10 -16)
  926: r2 += r1
  927: if r2 > 16383 goto +3
  928: r1 = r6
  929: r1 += r2
  930: if r1 <= r7 goto +2
  931: *(u32 *)(r10 -48) = 1
  932: goto +2198
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
  955: goto +2175
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
  976: goto +2154
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
 1002: goto +2128
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
 1037: goto +2093
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
 1047: goto +2083
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
 1063: goto +2067
 1064: r1 = r2
 1065: r1 >>= 3
 1066: r2 = *(u64 *)(r10 -16)
 1067: r2 += r1
 1068: if r2 > 16383 goto +3
 1069: r1 = r6
 1070: r1 += r2
 1071: if r1 <= r7 goto +2
 1072: *(u32 *)(r10 -48) = 1
 1073: goto +2057
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
 1096: goto +2034
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
 1117: goto +2013
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
 1143: goto +1987
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
 1178: goto +1952
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
 1188: goto +1942
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
 1204: goto +1926
 1205: r1 = r2
 1206: r1 >>= 3
 1207: r2 = *(u64 *)(r10 -16)
 1208: r2 += r1
 1209: if r2 > 16383 goto +3
 1210: r1 = r6
 1211: r1 += r2
 1212: if r1 <= r7 goto +2
 1213: *(u32 *)(r10 -48) = 1
 1214: goto +1916
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
 1237: goto +1893
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
 1258: goto +1872
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
 1277: goto +1853
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
 1305: if r1 != 0 goto +1824
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
 1519: *(u64 *)(r10 -240) = r0
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
 1546: r0 = *(u64 *)(r10 -240)
 1547: r1 = r0
 1548: r2 = r1
 1549: r2 = be64 r2
 1550: *(u64 *)(r10 -136) = r2
 1551: r1 = 0
 1552: r2 = 0
 1553: *(u64 *)(r10 -224) = r1
 1554: *(u64 *)(r10 -232) = r2
 1555: *(u32 *)(r10 -216) = 0
 1556: r1 = map[pipe_p0f_signatures_masks] ll
 1558: r2 = r10
 1559: r2 += -216
 1560: call bpf_map_lookup_elem
 1561: r1 = r0
 1562: if r1 == 0 goto +1496
 1563: r2 = *(u32 *)(r1 +0)
 1564: if r2 == 0 goto +1494
 1565: *(u32 *)(r10 -184) = 0
 1566: r2 = *(u32 *)(r10 -144)
 1567: r3 = *(u32 *)(r1 +8)
 1568: r2 &= r3
 1569: *(u32 *)(r10 -180) = r2
 1570: r2 = *(u32 *)(r10 -140)
 1571: r3 = *(u32 *)(r1 +12)
 1572: r2 &= r3
 1573: *(u32 *)(r10 -176) = r2
 1574: r2 = *(u32 *)(r10 -136)
 1575: r3 = *(u32 *)(r1 +16)
 1576: r2 &= r3
 1577: *(u32 *)(r10 -172) = r2
 1578: r2 = *(u32 *)(r10 -132)
 1579: r3 = *(u32 *)(r1 +20)
 1580: r2 &= r3
 1581: *(u32 *)(r10 -168) = r2
 1582: r1 = map[pipe_p0f_signatures] ll
 1584: r2 = r10
 1585: r2 += -184
 1586: call bpf_map_lookup_elem
 1587: r1 = r0
 1588: if r1 == 0 goto +13
 1589: r2 = *(u32 *)(r1 +4)
 1590: r3 = *(u64 *)(r10 -224)
 1591: if r3 == 0 goto +2
 1592: r3 = *(u64 *)(r10 -232)
 1593: if r2 <= r3 goto +8
 1594: *(u64 *)(r10 -224) = 1
 1595: *(u64 *)(r10 -232) = r2
 1596: r2 = *(u32 *)(r1 +0)
 1597: *(u32 *)(r10 -208) = r2
 1598: r2 = *(u32 *)(r1 +4)
 1599: *(u32 *)(r10 -204) = r2
 1600: r2 = *(u32 *)(r1 +8)
 1601: *(u32 *)(r10 -200) = r2
 1602: *(u32 *)(r10 -216) = 1
 1603: r1 = map[pipe_p0f_signatures_masks] ll
 1605: r2 = r10
 1606: r2 += -216
 1607: call bpf_map_lookup_elem
 1608: r1 = r0
 1609: if r1 == 0 goto +1449
 1610: r2 = *(u32 *)(r1 +0)
 1611: if r2 == 0 goto +1447
 1612: *(u32 *)(r10 -184) = 1
 1613: r2 = *(u32 *)(r10 -144)
 1614: r3 = *(u32 *)(r1 +8)
 1615: r2 &= r3
 1616: *(u32 *)(r10 -180) = r2
 1617: r2 = *(u32 *)(r10 -140)
 1618: r3 = *(u32 *)(r1 +12)
 1619: r2 &= r3
 1620: *(u32 *)(r10 -176) = r2
 1621: r2 = *(u32 *)(r10 -136)
 1622: r3 = *(u32 *)(r1 +16)
 1623: r2 &= r3
 1624: *(u32 *)(r10 -172) = r2
 1625: r2 = *(u32 *)(r10 -132)
 1626: r3 = *(u32 *)(r1 +20)
 1627: r2 &= r3
 1628: *(u32 *)(r10 -168) = r2
 1629: r1 = map[pipe_p0f_signatures] ll
 1631: r2 = r10
 1632: r2 += -184
 1633: call bpf_map_lookup_elem
 1634: r1 = r0
 1635: if r1 == 0 goto +13
 1636: r2 = *(u32 *)(r1 +4)
 1637: r3 = *(u64 *)(r10 -224)
 1638: if r3 == 0 goto +2
 1639: r3 = *(u64 *)(r10 -232)
 1640: if r2 <= r3 goto +8
 1641: *(u64 *)(r10 -224) = 1
 1642: *(u64 *)(r10 -232) = r2
 1643: r2 = *(u32 *)(r1 +0)
 1644: *(u32 *)(r10 -208) = r2
 1645: r2 = *(u32 *)(r1 +4)
 1646: *(u32 *)(r10 -204) = r2
 1647: r2 = *(u32 *)(r1 +8)
 1648: *(u32 *)(r10 -200) = r2
 1649: *(u32 *)(r10 -216) = 2
 1650: r1 = map[pipe_p0f_signatures_masks] ll
 1652: r2 = r10
 1653: r2 += -216
 1654: call bpf_map_lookup_elem
 1655: r1 = r0
 1656: if r1 == 0 goto +1402
 1657: r2 = *(u32 *)(r1 +0)
 1658: if r2 == 0 goto +1400
 1659: *(u32 *)(r10 -184) = 2
 1660: r2 = *(u32 *)(r10 -144)
 1661: r3 = *(u32 *)(r1 +8)
 1662: r2 &= r3
 1663: *(u32 *)(r10 -180) = r2
 1664: r2 = *(u32 *)(r10 -140)
 1665: r3 = *(u32 *)(r1 +12)
 1666: r2 &= r3
 1667: *(u32 *)(r10 -176) = r2
 1668: r2 = *(u32 *)(r10 -136)
 1669: r3 = *(u32 *)(r1 +16)
 1670: r2 &= r3
 1671: *(u32 *)(r10 -172) = r2
 1672: r2 = *(u32 *)(r10 -132)
 1673: r3 = *(u32 *)(r1 +20)
 1674: r2 &= r3
 1675: *(u32 *)(r10 -168) = r2
 1676: r1 = map[pipe_p0f_signatures] ll
 1678: r2 = r10
 1679: r2 += -184
 1680: call bpf_map_lookup_elem
 1681: r1 = r0
 1682: if r1 == 0 goto +13
 1683: r2 = *(u32 *)(r1 +4)
 1684: r3 = *(u64 *)(r10 -224)
 1685: if r3 == 0 goto +2
 1686: r3 = *(u64 *)(r10 -232)
 1687: if r2 <= r3 goto +8
 1688: *(u64 *)(r10 -224) = 1
 1689: *(u64 *)(r10 -232) = r2
 1690: r2 = *(u32 *)(r1 +0)
 1691: *(u32 *)(r10 -208) = r2
 1692: r2 = *(u32 *)(r1 +4)
 1693: *(u32 *)(r10 -204) = r2
 1694: r2 = *(u32 *)(r1 +8)
 1695: *(u32 *)(r10 -200) = r2
 1696: *(u32 *)(r10 -216) = 3
 1697: r1 = map[pipe_p0f_signatures_masks] ll
 1699: r2 = r10
 1700: r2 += -216
 1701: call bpf_map_lookup_elem
 1702: r1 = r0
 1703: if r1 == 0 goto +1355
 1704: r2 = *(u32 *)(r1 +0)
 1705: if r2 == 0 goto +1353
 1706: *(u32 *)(r10 -184) = 3
 1707: r2 = *(u32 *)(r10 -144)
 1708: r3 = *(u32 *)(r1 +8)
 1709: r2 &= r3
 1710: *(u32 *)(r10 -180) = r2
 1711: r2 = *(u32 *)(r10 -140)
 1712: r3 = *(u32 *)(r1 +12)
 1713: r2 &= r3
 1714: *(u32 *)(r10 -176) = r2
 1715: r2 = *(u32 *)(r10 -136)
 1716: r3 = *(u32 *)(r1 +16)
 1717: r2 &= r3
 1718: *(u32 *)(r10 -172) = r2
 1719: r2 = *(u32 *)(r10 -132)
 1720: r3 = *(u32 *)(r1 +20)
 1721: r2 &= r3
 1722: *(u32 *)(r10 -168) = r2
 1723: r1 = map[pipe_p0f_signatures] ll
 1725: r2 = r10
 1726: r2 += -184
 1727: call bpf_map_lookup_elem
 1728: r1 = r0
 1729: if r1 == 0 goto +13
 1730: r2 = *(u32 *)(r1 +4)
 1731: r3 = *(u64 *)(r10 -224)
 1732: if r3 == 0 goto +2
 1733: r3 = *(u64 *)(r10 -232)
 1734: if r2 <= r3 goto +8
 1735: *(u64 *)(r10 -224) = 1
 1736: *(u64 *)(r10 -232) = r2
 1737: r2 = *(u32 *)(r1 +0)
 1738: *(u32 *)(r10 -208) = r2
 1739: r2 = *(u32 *)(r1 +4)
 1740: *(u32 *)(r10 -204) = r2
 1741: r2 = *(u32 *)(r1 +8)
 1742: *(u32 *)(r10 -200) = r2
 1743: *(u32 *)(r10 -216) = 4
 1744: r1 = map[pipe_p0f_signatures_masks] ll
 1746: r2 = r10
 1747: r2 += -216
 1748: call bpf_map_lookup_elem
 1749: r1 = r0
 1750: if r1 == 0 goto +1308
 1751: r2 = *(u32 *)(r1 +0)
 1752: if r2 == 0 goto +1306
 1753: *(u32 *)(r10 -184) = 4
 1754: r2 = *(u32 *)(r10 -144)
 1755: r3 = *(u32 *)(r1 +8)
 1756: r2 &= r3
 1757: *(u32 *)(r10 -180) = r2
 1758: r2 = *(u32 *)(r10 -140)
 1759: r3 = *(u32 *)(r1 +12)
 1760: r2 &= r3
 1761: *(u32 *)(r10 -176) = r2
 1762: r2 = *(u32 *)(r10 -136)
 1763: r3 = *(u32 *)(r1 +16)
 1764: r2 &= r3
 1765: *(u32 *)(r10 -172) = r2
 1766: r2 = *(u32 *)(r10 -132)
 1767: r3 = *(u32 *)(r1 +20)
 1768: r2 &= r3
 1769: *(u32 *)(r10 -168) = r2
 1770: r1 = map[pipe_p0f_signatures] ll
 1772: r2 = r10
 1773: r2 += -184
 1774: call bpf_map_lookup_elem
 1775: r1 = r0
 1776: if r1 == 0 goto +13
 1777: r2 = *(u32 *)(r1 +4)
 1778: r3 = *(u64 *)(r10 -224)
 1779: if r3 == 0 goto +2
 1780: r3 = *(u64 *)(r10 -232)
 1781: if r2 <= r3 goto +8
 1782: *(u64 *)(r10 -224) = 1
 1783: *(u64 *)(r10 -232) = r2
 1784: r2 = *(u32 *)(r1 +0)
 1785: *(u32 *)(r10 -208) = r2
 1786: r2 = *(u32 *)(r1 +4)
 1787: *(u32 *)(r10 -204) = r2
 1788: r2 = *(u32 *)(r1 +8)
 1789: *(u32 *)(r10 -200) = r2
 1790: *(u32 *)(r10 -216) = 5
 1791: r1 = map[pipe_p0f_signatures_masks] ll
 1793: r2 = r10
 1794: r2 += -216
 1795: call bpf_map_lookup_elem
 1796: r1 = r0
 1797: if r1 == 0 goto +1261
 1798: r2 = *(u32 *)(r1 +0)
 1799: if r2 == 0 goto +1259
 1800: *(u32 *)(r10 -184) = 5
 1801: r2 = *(u32 *)(r10 -144)
 1802: r3 = *(u32 *)(r1 +8)
 1803: r2 &= r3
 1804: *(u32 *)(r10 -180) = r2
 1805: r2 = *(u32 *)(r10 -140)
 1806: r3 = *(u32 *)(r1 +12)
 1807: r2 &= r3
 1808: *(u32 *)(r10 -176) = r2
 1809: r2 = *(u32 *)(r10 -136)
 1810: r3 = *(u32 *)(r1 +16)
 1811: r2 &= r3
 1812: *(u32 *)(r10 -172) = r2
 1813: r2 = *(u32 *)(r10 -132)
 1814: r3 = *(u32 *)(r1 +20)
 1815: r2 &= r3
 1816: *(u32 *)(r10 -168) = r2
 1817: r1 = map[pipe_p0f_signatures] ll
 1819: r2 = r10
 1820: r2 += -184
 1821: call bpf_map_lookup_elem
 1822: r1 = r0
 1823: if r1 == 0 goto +13
 1824: r2 = *(u32 *)(r1 +4)
 1825: r3 = *(u64 *)(r10 -224)
 1826: if r3 == 0 goto +2
 1827: r3 = *(u64 *)(r10 -232)
 1828: if r2 <= r3 goto +8
 1829: *(u64 *)(r10 -224) = 1
 1830: *(u64 *)(r10 -232) = r2
 1831: r2 = *(u32 *)(r1 +0)
 1832: *(u32 *)(r10 -208) = r2
 1833: r2 = *(u32 *)(r1 +4)
 1834: *(u32 *)(r10 -204) = r2
 1835: r2 = *(u32 *)(r1 +8)
 1836: *(u32 *)(r10 -200) = r2
 1837: *(u32 *)(r10 -216) = 6
 1838: r1 = map[pipe_p0f_signatures_masks] ll
 1840: r2 = r10
 1841: r2 += -216
 1842: call bpf_map_lookup_elem
 1843: r1 = r0
 1844: if r1 == 0 goto +1214
 1845: r2 = *(u32 *)(r1 +0)
 1846: if r2 == 0 goto +1212
 1847: *(u32 *)(r10 -184) = 6
 1848: r2 = *(u32 *)(r10 -144)
 1849: r3 = *(u32 *)(r1 +8)
 1850: r2 &= r3
 1851: *(u32 *)(r10 -180) = r2
 1852: r2 = *(u32 *)(r10 -140)
 1853: r3 = *(u32 *)(r1 +12)
 1854: r2 &= r3
 1855: *(u32 *)(r10 -176) = r2
 1856: r2 = *(u32 *)(r10 -136)
 1857: r3 = *(u32 *)(r1 +16)
 1858: r2 &= r3
 1859: *(u32 *)(r10 -172) = r2
 1860: r2 = *(u32 *)(r10 -132)
 1861: r3 = *(u32 *)(r1 +20)
 1862: r2 &= r3
 1863: *(u32 *)(r10 -168) = r2
 1864: r1 = map[pipe_p0f_signatures] ll
 1866: r2 = r10
 1867: r2 += -184
 1868: call bpf_map_lookup_elem
 1869: r1 = r0
 1870: if r1 == 0 goto +13
 1871: r2 = *(u32 *)(r1 +4)
 1872: r3 = *(u64 *)(r10 -224)
 1873: if r3 == 0 goto +2
 1874: r3 = *(u64 *)(r10 -232)
 1875: if r2 <= r3 goto +8
 1876: *(u64 *)(r10 -224) = 1
 1877: *(u64 *)(r10 -232) = r2
 1878: r2 = *(u32 *)(r1 +0)
 1879: *(u32 *)(r10 -208) = r2
 1880: r2 = *(u32 *)(r1 +4)
 1881: *(u32 *)(r10 -204) = r2
 1882: r2 = *(u32 *)(r1 +8)
 1883: *(u32 *)(r10 -200) = r2
 1884: *(u32 *)(r10 -216) = 7
 1885: r1 = map[pipe_p0f_signatures_masks] ll
 1887: r2 = r10
 1888: r2 += -216
 1889: call bpf_map_lookup_elem
 1890: r1 = r0
 1891: if r1 == 0 goto +1167
 1892: r2 = *(u32 *)(r1 +0)
 1893: if r2 == 0 goto +1165
 1894: *(u32 *)(r10 -184) = 7
 1895: r2 = *(u32 *)(r10 -144)
 1896: r3 = *(u32 *)(r1 +8)
 1897: r2 &= r3
 1898: *(u32 *)(r10 -180) = r2
 1899: r2 = *(u32 *)(r10 -140)
 1900: r3 = *(u32 *)(r1 +12)
 1901: r2 &= r3
 1902: *(u32 *)(r10 -176) = r2
 1903: r2 = *(u32 *)(r10 -136)
 1904: r3 = *(u32 *)(r1 +16)
 1905: r2 &= r3
 1906: *(u32 *)(r10 -172) = r2
 1907: r2 = *(u32 *)(r10 -132)
 1908: r3 = *(u32 *)(r1 +20)
 1909: r2 &= r3
 1910: *(u32 *)(r10 -168) = r2
 1911: r1 = map[pipe_p0f_signatures] ll
 1913: r2 = r10
 1914: r2 += -184
 1915: call bpf_map_lookup_elem
 1916: r1 = r0
 1917: if r1 == 0 goto +13
 1918: r2 = *(u32 *)(r1 +4)
 1919: r3 = *(u64 *)(r10 -224)
 1920: if r3 == 0 goto +2
 1921: r3 = *(u64 *)(r10 -232)
 1922: if r2 <= r3 goto +8
 1923: *(u64 *)(r10 -224) = 1
 1924: *(u64 *)(r10 -232) = r2
 1925: r2 = *(u32 *)(r1 +0)
 1926: *(u32 *)(r10 -208) = r2
 1927: r2 = *(u32 *)(r1 +4)
 1928: *(u32 *)(r10 -204) = r2
 1929: r2 = *(u32 *)(r1 +8)
 1930: *(u32 *)(r10 -200) = r2
 1931: *(u32 *)(r10 -216) = 8
 1932: r1 = map[pipe_p0f_signatures_masks] ll
 1934: r2 = r10
 1935: r2 += -216
 1936: call bpf_map_lookup_elem
 1937: r1 = r0
 1938: if r1 == 0 goto +1120
 1939: r2 = *(u32 *)(r1 +0)
 1940: if r2 == 0 goto +1118
 1941: *(u32 *)(r10 -184) = 8
 1942: r2 = *(u32 *)(r10 -144)
 1943: r3 = *(u32 *)(r1 +8)
 1944: r2 &= r3
 1945: *(u32 *)(r10 -180) = r2
 1946: r2 = *(u32 *)(r10 -140)
 1947: r3 = *(u32 *)(r1 +12)
 1948: r2 &= r3
 1949: *(u32 *)(r10 -176) = r2
 1950: r2 = *(u32 *)(r10 -136)
 1951: r3 = *(u32 *)(r1 +16)
 1952: r2 &= r3
 1953: *(u32 *)(r10 -172) = r2
 1954: r2 = *(u32 *)(r10 -132)
 1955: r3 = *(u32 *)(r1 +20)
 1956: r2 &= r3
 1957: *(u32 *)(r10 -168) = r2
 1958: r1 = map[pipe_p0f_signatures] ll
 1960: r2 = r10
 1961: r2 += -184
 1962: call bpf_map_lookup_elem
 1963: r1 = r0
 1964: if r1 == 0 goto +13
 1965: r2 = *(u32 *)(r1 +4)
 1966: r3 = *(u64 *)(r10 -224)
 1967: if r3 == 0 goto +2
 1968: r3 = *(u64 *)(r10 -232)
 1969: if r2 <= r3 goto +8
 1970: *(u64 *)(r10 -224) = 1
 1971: *(u64 *)(r10 -232) = r2
 1972: r2 = *(u32 *)(r1 +0)
 1973: *(u32 *)(r10 -208) = r2
 1974: r2 = *(u32 *)(r1 +4)
 1975: *(u32 *)(r10 -204) = r2
 1976: r2 = *(u32 *)(r1 +8)
 1977: *(u32 *)(r10 -200) = r2
 1978: *(u32 *)(r10 -216) = 9
 1979: r1 = map[pipe_p0f_signatures_masks] ll
 1981: r2 = r10
 1982: r2 += -216
 1983: call bpf_map_lookup_elem
 1984: r1 = r0
 1985: if r1 == 0 goto +1073
 1986: r2 = *(u32 *)(r1 +0)
 1987: if r2 == 0 goto +1071
 1988: *(u32 *)(r10 -184) = 9
 1989: r2 = *(u32 *)(r10 -144)
 1990: r3 = *(u32 *)(r1 +8)
 1991: r2 &= r3
 1992: *(u32 *)(r10 -180) = r2
 1993: r2 = *(u32 *)(r10 -140)
 1994: r3 = *(u32 *)(r1 +12)
 1995: r2 &= r3
 1996: *(u32 *)(r10 -176) = r2
 1997: r2 = *(u32 *)(r10 -136)
 1998: r3 = *(u32 *)(r1 +16)
 1999: r2 &= r3
 2000: *(u32 *)(r10 -172) = r2
 2001: r2 = *(u32 *)(r10 -132)
 2002: r3 = *(u32 *)(r1 +20)
 2003: r2 &= r3
 2004: *(u32 *)(r10 -168) = r2
 2005: r1 = map[pipe_p0f_signatures] ll
 2007: r2 = r10
 2008: r2 += -184
 2009: call bpf_map_lookup_elem
 2010: r1 = r0
 2011: if r1 == 0 goto +13
 2012: r2 = *(u32 *)(r1 +4)
 2013: r3 = *(u64 *)(r10 -224)
 2014: if r3 == 0 goto +2
 2015: r3 = *(u64 *)(r10 -232)
 2016: if r2 <= r3 goto +8
 2017: *(u64 *)(r10 -224) = 1
 2018: *(u64 *)(r10 -232) = r2
 2019: r2 = *(u32 *)(r1 +0)
 2020: *(u32 *)(r10 -208) = r2
 2021: r2 = *(u32 *)(r1 +4)
 2022: *(u32 *)(r10 -204) = r2
 2023: r2 = *(u32 *)(r1 +8)
 2024: *(u32 *)(r10 -200) = r2
 2025: *(u32 *)(r10 -216) = 10
 2026: r1 = map[pipe_p0f_signatures_masks] ll
 2028: r2 = r10
 2029: r2 += -216
 2030: call bpf_map_lookup_elem
 2031: r1 = r0
 2032: if r1 == 0 goto +1026
 2033: r2 = *(u32 *)(r1 +0)
 2034: if r2 == 0 goto +1024
 2035: *(u32 *)(r10 -184) = 10
 2036: r2 = *(u32 *)(r10 -144)
 2037: r3 = *(u32 *)(r1 +8)
 2038: r2 &= r3
 2039: *(u32 *)(r10 -180) = r2
 2040: r2 = *(u32 *)(r10 -140)
 2041: r3 = *(u32 *)(r1 +12)
 2042: r2 &= r3
 2043: *(u32 *)(r10 -176) = r2
 2044: r2 = *(u32 *)(r10 -136)
 2045: r3 = *(u32 *)(r1 +16)
 2046: r2 &= r3
 2047: *(u32 *)(r10 -172) = r2
 2048: r2 = *(u32 *)(r10 -132)
 2049: r3 = *(u32 *)(r1 +20)
 2050: r2 &= r3
 2051: *(u32 *)(r10 -168) = r2
 2052: r1 = map[pipe_p0f_signatures] ll
 2054: r2 = r10
 2055: r2 += -184
 2056: call bpf_map_lookup_elem
 2057: r1 = r0
 2058: if r1 == 0 goto +13
 2059: r2 = *(u32 *)(r1 +4)
 2060: r3 = *(u64 *)(r10 -224)
 2061: if r3 == 0 goto +2
 2062: r3 = *(u64 *)(r10 -232)
 2063: if r2 <= r3 goto +8
 2064: *(u64 *)(r10 -224) = 1
 2065: *(u64 *)(r10 -232) = r2
 2066: r2 = *(u32 *)(r1 +0)
 2067: *(u32 *)(r10 -208) = r2
 2068: r2 = *(u32 *)(r1 +4)
 2069: *(u32 *)(r10 -204) = r2
 2070: r2 = *(u32 *)(r1 +8)
 2071: *(u32 *)(r10 -200) = r2
 2072: *(u32 *)(r10 -216) = 11
 2073: r1 = map[pipe_p0f_signatures_masks] ll
 2075: r2 = r10
 2076: r2 += -216
 2077: call bpf_map_lookup_elem
 2078: r1 = r0
 2079: if r1 == 0 goto +979
 2080: r2 = *(u32 *)(r1 +0)
 2081: if r2 == 0 goto +977
 2082: *(u32 *)(r10 -184) = 11
 2083: r2 = *(u32 *)(r10 -144)
 2084: r3 = *(u32 *)(r1 +8)
 2085: r2 &= r3
 2086: *(u32 *)(r10 -180) = r2
 2087: r2 = *(u32 *)(r10 -140)
 2088: r3 = *(u32 *)(r1 +12)
 2089: r2 &= r3
 2090: *(u32 *)(r10 -176) = r2
 2091: r2 = *(u32 *)(r10 -136)
 2092: r3 = *(u32 *)(r1 +16)
 2093: r2 &= r3
 2094: *(u32 *)(r10 -172) = r2
 2095: r2 = *(u32 *)(r10 -132)
 2096: r3 = *(u32 *)(r1 +20)
 2097: r2 &= r3
 2098: *(u32 *)(r10 -168) = r2
 2099: r1 = map[pipe_p0f_signatures] ll
 2101: r2 = r10
 2102: r2 += -184
 2103: call bpf_map_lookup_elem
 2104: r1 = r0
 2105: if r1 == 0 goto +13
 2106: r2 = *(u32 *)(r1 +4)
 2107: r3 = *(u64 *)(r10 -224)
 2108: if r3 == 0 goto +2
 2109: r3 = *(u64 *)(r10 -232)
 2110: if r2 <= r3 goto +8
 2111: *(u64 *)(r10 -224) = 1
 2112: *(u64 *)(r10 -232) = r2
 2113: r2 = *(u32 *)(r1 +0)
 2114: *(u32 *)(r10 -208) = r2
 2115: r2 = *(u32 *)(r1 +4)
 2116: *(u32 *)(r10 -204) = r2
 2117: r2 = *(u32 *)(r1 +8)
 2118: *(u32 *)(r10 -200) = r2
 2119: *(u32 *)(r10 -216) = 12
 2120: r1 = map[pipe_p0f_signatures_masks] ll
 2122: r2 = r10
 2123: r2 += -216
 2124: call bpf_map_lookup_elem
 2125: r1 = r0
 2126: if r1 == 0 goto +932
 2127: r2 = *(u32 *)(r1 +0)
 2128: if r2 == 0 goto +930
 2129: *(u32 *)(r10 -184) = 12
 2130: r2 = *(u32 *)(r10 -144)
 2131: r3 = *(u32 *)(r1 +8)
 2132: r2 &= r3
 2133: *(u32 *)(r10 -180) = r2
 2134: r2 = *(u32 *)(r10 -140)
 2135: r3 = *(u32 *)(r1 +12)
 2136: r2 &= r3
 2137: *(u32 *)(r10 -176) = r2
 2138: r2 = *(u32 *)(r10 -136)
 2139: r3 = *(u32 *)(r1 +16)
 2140: r2 &= r3
 2141: *(u32 *)(r10 -172) = r2
 2142: r2 = *(u32 *)(r10 -132)
 2143: r3 = *(u32 *)(r1 +20)
 2144: r2 &= r3
 2145: *(u32 *)(r10 -168) = r2
 2146: r1 = map[pipe_p0f_signatures] ll
 2148: r2 = r10
 2149: r2 += -184
 2150: call bpf_map_lookup_elem
 2151: r1 = r0
 2152: if r1 == 0 goto +13
 2153: r2 = *(u32 *)(r1 +4)
 2154: r3 = *(u64 *)(r10 -224)
 2155: if r3 == 0 goto +2
 2156: r3 = *(u64 *)(r10 -232)
 2157: if r2 <= r3 goto +8
 2158: *(u64 *)(r10 -224) = 1
 2159: *(u64 *)(r10 -232) = r2
 2160: r2 = *(u32 *)(r1 +0)
 2161: *(u32 *)(r10 -208) = r2
 2162: r2 = *(u32 *)(r1 +4)
 2163: *(u32 *)(r10 -204) = r2
 2164: r2 = *(u32 *)(r1 +8)
 2165: *(u32 *)(r10 -200) = r2
 2166: *(u32 *)(r10 -216) = 13
 2167: r1 = map[pipe_p0f_signatures_masks] ll
 2169: r2 = r10
 2170: r2 += -216
 2171: call bpf_map_lookup_elem
 2172: r1 = r0
 2173: if r1 == 0 goto +885
 2174: r2 = *(u32 *)(r1 +0)
 2175: if r2 == 0 goto +883
 2176: *(u32 *)(r10 -184) = 13
 2177: r2 = *(u32 *)(r10 -144)
 2178: r3 = *(u32 *)(r1 +8)
 2179: r2 &= r3
 2180: *(u32 *)(r10 -180) = r2
 2181: r2 = *(u32 *)(r10 -140)
 2182: r3 = *(u32 *)(r1 +12)
 2183: r2 &= r3
 2184: *(u32 *)(r10 -176) = r2
 2185: r2 = *(u32 *)(r10 -136)
 2186: r3 = *(u32 *)(r1 +16)
 2187: r2 &= r3
 2188: *(u32 *)(r10 -172) = r2
 2189: r2 = *(u32 *)(r10 -132)
 2190: r3 = *(u32 *)(r1 +20)
 2191: r2 &= r3
 2192: *(u32 *)(r10 -168) = r2
 2193: r1 = map[pipe_p0f_signatures] ll
 2195: r2 = r10
 2196: r2 += -184
 2197: call bpf_map_lookup_elem
 2198: r1 = r0
 2199: if r1 == 0 goto +13
 2200: r2 = *(u32 *)(r1 +4)
 2201: r3 = *(u64 *)(r10 -224)
 2202: if r3 == 0 goto +2
 2203: r3 = *(u64 *)(r10 -232)
 2204: if r2 <= r3 goto +8
 2205: *(u64 *)(r10 -224) = 1
 2206: *(u64 *)(r10 -232) = r2
 2207: r2 = *(u32 *)(r1 +0)
 2208: *(u32 *)(r10 -208) = r2
 2209: r2 = *(u32 *)(r1 +4)
 2210: *(u32 *)(r10 -204) = r2
 2211: r2 = *(u32 *)(r1 +8)
 2212: *(u32 *)(r10 -200) = r2
 2213: *(u32 *)(r10 -216) = 14
 2214: r1 = map[pipe_p0f_signatures_masks] ll
 2216: r2 = r10
 2217: r2 += -216
 2218: call bpf_map_lookup_elem
 2219: r1 = r0
 2220: if r1 == 0 goto +838
 2221: r2 = *(u32 *)(r1 +0)
 2222: if r2 == 0 goto +836
 2223: *(u32 *)(r10 -184) = 14
 2224: r2 = *(u32 *)(r10 -144)
 2225: r3 = *(u32 *)(r1 +8)
 2226: r2 &= r3
 2227: *(u32 *)(r10 -180) = r2
 2228: r2 = *(u32 *)(r10 -140)
 2229: r3 = *(u32 *)(r1 +12)
 2230: r2 &= r3
 2231: *(u32 *)(r10 -176) = r2
 2232: r2 = *(u32 *)(r10 -136)
 2233: r3 = *(u32 *)(r1 +16)
 2234: r2 &= r3
 2235: *(u32 *)(r10 -172) = r2
 2236: r2 = *(u32 *)(r10 -132)
 2237: r3 = *(u32 *)(r1 +20)
 2238: r2 &= r3
 2239: *(u32 *)(r10 -168) = r2
 2240: r1 = map[pipe_p0f_signatures] ll
 2242: r2 = r10
 2243: r2 += -184
 2244: call bpf_map_lookup_elem
 2245: r1 = r0
 2246: if r1 == 0 goto +13
 2247: r2 = *(u32 *)(r1 +4)
 2248: r3 = *(u64 *)(r10 -224)
 2249: if r3 == 0 goto +2
 2250: r3 = *(u64 *)(r10 -232)
 2251: if r2 <= r3 goto +8
 2252: *(u64 *)(r10 -224) = 1
 2253: *(u64 *)(r10 -232) = r2
 2254: r2 = *(u32 *)(r1 +0)
 2255: *(u32 *)(r10 -208) = r2
 2256: r2 = *(u32 *)(r1 +4)
 2257: *(u32 *)(r10 -204) = r2
 2258: r2 = *(u32 *)(r1 +8)
 2259: *(u32 *)(r10 -200) = r2
 2260: *(u32 *)(r10 -216) = 15
 2261: r1 = map[pipe_p0f_signatures_masks] ll
 2263: r2 = r10
 2264: r2 += -216
 2265: call bpf_map_lookup_elem
 2266: r1 = r0
 2267: if r1 == 0 goto +791
 2268: r2 = *(u32 *)(r1 +0)
 2269: if r2 == 0 goto +789
 2270: *(u32 *)(r10 -184) = 15
 2271: r2 = *(u32 *)(r10 -144)
 2272: r3 = *(u32 *)(r1 +8)
 2273: r2 &= r3
 2274: *(u32 *)(r10 -180) = r2
 2275: r2 = *(u32 *)(r10 -140)
 2276: r3 = *(u32 *)(r1 +12)
 2277: r2 &= r3
 2278: *(u32 *)(r10 -176) = r2
 2279: r2 = *(u32 *)(r10 -136)
 2280: r3 = *(u32 *)(r1 +16)
 2281: r2 &= r3
 2282: *(u32 *)(r10 -172) = r2
 2283: r2 = *(u32 *)(r10 -132)
 2284: r3 = *(u32 *)(r1 +20)
 2285: r2 &= r3
 2286: *(u32 *)(r10 -168) = r2
 2287: r1 = map[pipe_p0f_signatures] ll
 2289: r2 = r10
 2290: r2 += -184
 2291: call bpf_map_lookup_elem
 2292: r1 = r0
 2293: if r1 == 0 goto +13
 2294: r2 = *(u32 *)(r1 +4)
 2295: r3 = *(u64 *)(r10 -224)
 2296: if r3 == 0 goto +2
 2297: r3 = *(u64 *)(r10 -232)
 2298: if r2 <= r3 goto +8
 2299: *(u64 *)(r10 -224) = 1
 2300: *(u64 *)(r10 -232) = r2
 2301: r2 = *(u32 *)(r1 +0)
 2302: *(u32 *)(r10 -208) = r2
 2303: r2 = *(u32 *)(r1 +4)
 2304: *(u32 *)(r10 -204) = r2
 2305: r2 = *(u32 *)(r1 +8)
 2306: *(u32 *)(r10 -200) = r2
 2307: *(u32 *)(r10 -216) = 16
 2308: r1 = map[pipe_p0f_signatures_masks] ll
 2310: r2 = r10
 2311: r2 += -216
 2312: call bpf_map_lookup_elem
 2313: r1 = r0
 2314: if r1 == 0 goto +744
 2315: r2 = *(u32 *)(r1 +0)
 2316: if r2 == 0 goto +742
 2317: *(u32 *)(r10 -184) = 16
 2318: r2 = *(u32 *)(r10 -144)
 2319: r3 = *(u32 *)(r1 +8)
 2320: r2 &= r3
 2321: *(u32 *)(r10 -180) = r2
 2322: r2 = *(u32 *)(r10 -140)
 2323: r3 = *(u32 *)(r1 +12)
 2324: r2 &= r3
 2325: *(u32 *)(r10 -176) = r2
 2326: r2 = *(u32 *)(r10 -136)
 2327: r3 = *(u32 *)(r1 +16)
 2328: r2 &= r3
 2329: *(u32 *)(r10 -172) = r2
 2330: r2 = *(u32 *)(r10 -132)
 2331: r3 = *(u32 *)(r1 +20)
 2332: r2 &= r3
 2333: *(u32 *)(r10 -168) = r2
 2334: r1 = map[pipe_p0f_signatures] ll
 2336: r2 = r10
 2337: r2 += -184
 2338: call bpf_map_lookup_elem
 2339: r1 = r0
 2340: if r1 == 0 goto +13
 2341: r2 = *(u32 *)(r1 +4)
 2342: r3 = *(u64 *)(r10 -224)
 2343: if r3 == 0 goto +2
 2344: r3 = *(u64 *)(r10 -232)
 2345: if r2 <= r3 goto +8
 2346: *(u64 *)(r10 -224) = 1
 2347: *(u64 *)(r10 -232) = r2
 2348: r2 = *(u32 *)(r1 +0)
 2349: *(u32 *)(r10 -208) = r2
 2350: r2 = *(u32 *)(r1 +4)
 2351: *(u32 *)(r10 -204) = r2
 2352: r2 = *(u32 *)(r1 +8)
 2353: *(u32 *)(r10 -200) = r2
 2354: *(u32 *)(r10 -216) = 17
 2355: r1 = map[pipe_p0f_signatures_masks] ll
 2357: r2 = r10
 2358: r2 += -216
 2359: call bpf_map_lookup_elem
 2360: r1 = r0
 2361: if r1 == 0 goto +697
 2362: r2 = *(u32 *)(r1 +0)
 2363: if r2 == 0 goto +695
 2364: *(u32 *)(r10 -184) = 17
 2365: r2 = *(u32 *)(r10 -144)
 2366: r3 = *(u32 *)(r1 +8)
 2367: r2 &= r3
 2368: *(u32 *)(r10 -180) = r2
 2369: r2 = *(u32 *)(r10 -140)
 2370: r3 = *(u32 *)(r1 +12)
 2371: r2 &= r3
 2372: *(u32 *)(r10 -176) = r2
 2373: r2 = *(u32 *)(r10 -136)
 2374: r3 = *(u32 *)(r1 +16)
 2375: r2 &= r3
 2376: *(u32 *)(r10 -172) = r2
 2377: r2 = *(u32 *)(r10 -132)
 2378: r3 = *(u32 *)(r1 +20)
 2379: r2 &= r3
 2380: *(u32 *)(r10 -168) = r2
 2381: r1 = map[pipe_p0f_signatures] ll
 2383: r2 = r10
 2384: r2 += -184
 2385: call bpf_map_lookup_elem
 2386: r1 = r0
 2387: if r1 == 0 goto +13
 2388: r2 = *(u32 *)(r1 +4)
 2389: r3 = *(u64 *)(r10 -224)
 2390: if r3 == 0 goto +2
 2391: r3 = *(u64 *)(r10 -232)
 2392: if r2 <= r3 goto +8
 2393: *(u64 *)(r10 -224) = 1
 2394: *(u64 *)(r10 -232) = r2
 2395: r2 = *(u32 *)(r1 +0)
 2396: *(u32 *)(r10 -208) = r2
 2397: r2 = *(u32 *)(r1 +4)
 2398: *(u32 *)(r10 -204) = r2
 2399: r2 = *(u32 *)(r1 +8)
 2400: *(u32 *)(r10 -200) = r2
 2401: *(u32 *)(r10 -216) = 18
 2402: r1 = map[pipe_p0f_signatures_masks] ll
 2404: r2 = r10
 2405: r2 += -216
 2406: call bpf_map_lookup_elem
 2407: r1 = r0
 2408: if r1 == 0 goto +650
 2409: r2 = *(u32 *)(r1 +0)
 2410: if r2 == 0 goto +648
 2411: *(u32 *)(r10 -184) = 18
 2412: r2 = *(u32 *)(r10 -144)
 2413: r3 = *(u32 *)(r1 +8)
 2414: r2 &= r3
 2415: *(u32 *)(r10 -180) = r2
 2416: r2 = *(u32 *)(r10 -140)
 2417: r3 = *(u32 *)(r1 +12)
 2418: r2 &= r3
 2419: *(u32 *)(r10 -176) = r2
 2420: r2 = *(u32 *)(r10 -136)
 2421: r3 = *(u32 *)(r1 +16)
 2422: r2 &= r3
 2423: *(u32 *)(r10 -172) = r2
 2424: r2 = *(u32 *)(r10 -132)
 2425: r3 = *(u32 *)(r1 +20)
 2426: r2 &= r3
 2427: *(u32 *)(r10 -168) = r2
 2428: r1 = map[pipe_p0f_signatures] ll
 2430: r2 = r10
 2431: r2 += -184
 2432: call bpf_map_lookup_elem
 2433: r1 = r0
 2434: if r1 == 0 goto +13
 2435: r2 = *(u32 *)(r1 +4)
 2436: r3 = *(u64 *)(r10 -224)
 2437: if r3 == 0 goto +2
 2438: r3 = *(u64 *)(r10 -232)
 2439: if r2 <= r3 goto +8
 2440: *(u64 *)(r10 -224) = 1
 2441: *(u64 *)(r10 -232) = r2
 2442: r2 = *(u32 *)(r1 +0)
 2443: *(u32 *)(r10 -208) = r2
 2444: r2 = *(u32 *)(r1 +4)
 2445: *(u32 *)(r10 -204) = r2
 2446: r2 = *(u32 *)(r1 +8)
 2447: *(u32 *)(r10 -200) = r2
 2448: *(u32 *)(r10 -216) = 19
 2449: r1 = map[pipe_p0f_signatures_masks] ll
 2451: r2 = r10
 2452: r2 += -216
 2453: call bpf_map_lookup_elem
 2454: r1 = r0
 2455: if r1 == 0 goto +603
 2456: r2 = *(u32 *)(r1 +0)
 2457: if r2 == 0 goto +601
 2458: *(u32 *)(r10 -184) = 19
 2459: r2 = *(u32 *)(r10 -144)
 2460: r3 = *(u32 *)(r1 +8)
 2461: r2 &= r3
 2462: *(u32 *)(r10 -180) = r2
 2463: r2 = *(u32 *)(r10 -140)
 2464: r3 = *(u32 *)(r1 +12)
 2465: r2 &= r3
 2466: *(u32 *)(r10 -176) = r2
 2467: r2 = *(u32 *)(r10 -136)
 2468: r3 = *(u32 *)(r1 +16)
 2469: r2 &= r3
 2470: *(u32 *)(r10 -172) = r2
 2471: r2 = *(u32 *)(r10 -132)
 2472: r3 = *(u32 *)(r1 +20)
 2473: r2 &= r3
 2474: *(u32 *)(r10 -168) = r2
 2475: r1 = map[pipe_p0f_signatures] ll
 2477: r2 = r10
 2478: r2 += -184
 2479: call bpf_map_lookup_elem
 2480: r1 = r0
 2481: if r1 == 0 goto +13
 2482: r2 = *(u32 *)(r1 +4)
 2483: r3 = *(u64 *)(r10 -224)
 2484: if r3 == 0 goto +2
 2485: r3 = *(u64 *)(r10 -232)
 2486: if r2 <= r3 goto +8
 2487: *(u64 *)(r10 -224) = 1
 2488: *(u64 *)(r10 -232) = r2
 2489: r2 = *(u32 *)(r1 +0)
 2490: *(u32 *)(r10 -208) = r2
 2491: r2 = *(u32 *)(r1 +4)
 2492: *(u32 *)(r10 -204) = r2
 2493: r2 = *(u32 *)(r1 +8)
 2494: *(u32 *)(r10 -200) = r2
 2495: *(u32 *)(r10 -216) = 20
 2496: r1 = map[pipe_p0f_signatures_masks] ll
 2498: r2 = r10
 2499: r2 += -216
 2500: call bpf_map_lookup_elem
 2501: r1 = r0
 2502: if r1 == 0 goto +556
 2503: r2 = *(u32 *)(r1 +0)
 2504: if r2 == 0 goto +554
 2505: *(u32 *)(r10 -184) = 20
 2506: r2 = *(u32 *)(r10 -144)
 2507: r3 = *(u32 *)(r1 +8)
 2508: r2 &= r3
 2509: *(u32 *)(r10 -180) = r2
 2510: r2 = *(u32 *)(r10 -140)
 2511: r3 = *(u32 *)(r1 +12)
 2512: r2 &= r3
 2513: *(u32 *)(r10 -176) = r2
 2514: r2 = *(u32 *)(r10 -136)
 2515: r3 = *(u32 *)(r1 +16)
 2516: r2 &= r3
 2517: *(u32 *)(r10 -172) = r2
 2518: r2 = *(u32 *)(r10 -132)
 2519: r3 = *(u32 *)(r1 +20)
 2520: r2 &= r3
 2521: *(u32 *)(r10 -168) = r2
 2522: r1 = map[pipe_p0f_signatures] ll
 2524: r2 = r10
 2525: r2 += -184
 2526: call bpf_map_lookup_elem
 2527: r1 = r0
 2528: if r1 == 0 goto +13
 2529: r2 = *(u32 *)(r1 +4)
 2530: r3 = *(u64 *)(r10 -224)
 2531: if r3 == 0 goto +2
 2532: r3 = *(u64 *)(r10 -232)
 2533: if r2 <= r3 goto +8
 2534: *(u64 *)(r10 -224) = 1
 2535: *(u64 *)(r10 -232) = r2
 2536: r2 = *(u32 *)(r1 +0)
 2537: *(u32 *)(r10 -208) = r2
 2538: r2 = *(u32 *)(r1 +4)
 2539: *(u32 *)(r10 -204) = r2
 2540: r2 = *(u32 *)(r1 +8)
 2541: *(u32 *)(r10 -200) = r2
 2542: *(u32 *)(r10 -216) = 21
 2543: r1 = map[pipe_p0f_signatures_masks] ll
 2545: r2 = r10
 2546: r2 += -216
 2547: call bpf_map_lookup_elem
 2548: r1 = r0
 2549: if r1 == 0 goto +509
 2550: r2 = *(u32 *)(r1 +0)
 2551: if r2 == 0 goto +507
 2552: *(u32 *)(r10 -184) = 21
 2553: r2 = *(u32 *)(r10 -144)
 2554: r3 = *(u32 *)(r1 +8)
 2555: r2 &= r3
 2556: *(u32 *)(r10 -180) = r2
 2557: r2 = *(u32 *)(r10 -140)
 2558: r3 = *(u32 *)(r1 +12)
 2559: r2 &= r3
 2560: *(u32 *)(r10 -176) = r2
 2561: r2 = *(u32 *)(r10 -136)
 2562: r3 = *(u32 *)(r1 +16)
 2563: r2 &= r3
 2564: *(u32 *)(r10 -172) = r2
 2565: r2 = *(u32 *)(r10 -132)
 2566: r3 = *(u32 *)(r1 +20)
 2567: r2 &= r3
 2568: *(u32 *)(r10 -168) = r2
 2569: r1 = map[pipe_p0f_signatures] ll
 2571: r2 = r10
 2572: r2 += -184
 2573: call bpf_map_lookup_elem
 2574: r1 = r0
 2575: if r1 == 0 goto +13
 2576: r2 = *(u32 *)(r1 +4)
 2577: r3 = *(u64 *)(r10 -224)
 2578: if r3 == 0 goto +2
 2579: r3 = *(u64 *)(r10 -232)
 2580: if r2 <= r3 goto +8
 2581: *(u64 *)(r10 -224) = 1
 2582: *(u64 *)(r10 -232) = r2
 2583: r2 = *(u32 *)(r1 +0)
 2584: *(u32 *)(r10 -208) = r2
 2585: r2 = *(u32 *)(r1 +4)
 2586: *(u32 *)(r10 -204) = r2
 2587: r2 = *(u32 *)(r1 +8)
 2588: *(u32 *)(r10 -200) = r2
 2589: *(u32 *)(r10 -216) = 22
 2590: r1 = map[pipe_p0f_signatures_masks] ll
 2592: r2 = r10
 2593: r2 += -216
 2594: call bpf_map_lookup_elem
 2595: r1 = r0
 2596: if r1 == 0 goto +462
 2597: r2 = *(u32 *)(r1 +0)
 2598: if r2 == 0 goto +460
 2599: *(u32 *)(r10 -184) = 22
 2600: r2 = *(u32 *)(r10 -144)
 2601: r3 = *(u32 *)(r1 +8)
 2602: r2 &= r3
 2603: *(u32 *)(r10 -180) = r2
 2604: r2 = *(u32 *)(r10 -140)
 2605: r3 = *(u32 *)(r1 +12)
 2606: r2 &= r3
 2607: *(u32 *)(r10 -176) = r2
 2608: r2 = *(u32 *)(r10 -136)
 2609: r3 = *(u32 *)(r1 +16)
 2610: r2 &= r3
 2611: *(u32 *)(r10 -172) = r2
 2612: r2 = *(u32 *)(r10 -132)
 2613: r3 = *(u32 *)(r1 +20)
 2614: r2 &= r3
 2615: *(u32 *)(r10 -168) = r2
 2616: r1 = map[pipe_p0f_signatures] ll
 2618: r2 = r10
 2619: r2 += -184
 2620: call bpf_map_lookup_elem
 2621: r1 = r0
 2622: if r1 == 0 goto +13
 2623: r2 = *(u32 *)(r1 +4)
 2624: r3 = *(u64 *)(r10 -224)
 2625: if r3 == 0 goto +2
 2626: r3 = *(u64 *)(r10 -232)
 2627: if r2 <= r3 goto +8
 2628: *(u64 *)(r10 -224) = 1
 2629: *(u64 *)(r10 -232) = r2
 2630: r2 = *(u32 *)(r1 +0)
 2631: *(u32 *)(r10 -208) = r2
 2632: r2 = *(u32 *)(r1 +4)
 2633: *(u32 *)(r10 -204) = r2
 2634: r2 = *(u32 *)(r1 +8)
 2635: *(u32 *)(r10 -200) = r2
 2636: *(u32 *)(r10 -216) = 23
 2637: r1 = map[pipe_p0f_signatures_masks] ll
 2639: r2 = r10
 2640: r2 += -216
 2641: call bpf_map_lookup_elem
 2642: r1 = r0
 2643: if r1 == 0 goto +415
 2644: r2 = *(u32 *)(r1 +0)
 2645: if r2 == 0 goto +413
 2646: *(u32 *)(r10 -184) = 23
 2647: r2 = *(u32 *)(r10 -144)
 2648: r3 = *(u32 *)(r1 +8)
 2649: r2 &= r3
 2650: *(u32 *)(r10 -180) = r2
 2651: r2 = *(u32 *)(r10 -140)
 2652: r3 = *(u32 *)(r1 +12)
 2653: r2 &= r3
 2654: *(u32 *)(r10 -176) = r2
 2655: r2 = *(u32 *)(r10 -136)
 2656: r3 = *(u32 *)(r1 +16)
 2657: r2 &= r3
 2658: *(u32 *)(r10 -172) = r2
 2659: r2 = *(u32 *)(r10 -132)
 2660: r3 = *(u32 *)(r1 +20)
 2661: r2 &= r3
 2662: *(u32 *)(r10 -168) = r2
 2663: r1 = map[pipe_p0f_signatures] ll
 2665: r2 = r10
 2666: r2 += -184
 2667: call bpf_map_lookup_elem
 2668: r1 = r0
 2669: if r1 == 0 goto +13
 2670: r2 = *(u32 *)(r1 +4)
 2671: r3 = *(u64 *)(r10 -224)
 2672: if r3 == 0 goto +2
 2673: r3 = *(u64 *)(r10 -232)
 2674: if r2 <= r3 goto +8
 2675: *(u64 *)(r10 -224) = 1
 2676: *(u64 *)(r10 -232) = r2
 2677: r2 = *(u32 *)(r1 +0)
 2678: *(u32 *)(r10 -208) = r2
 2679: r2 = *(u32 *)(r1 +4)
 2680: *(u32 *)(r10 -204) = r2
 2681: r2 = *(u32 *)(r1 +8)
 2682: *(u32 *)(r10 -200) = r2
 2683: *(u32 *)(r10 -216) = 24
 2684: r1 = map[pipe_p0f_signatures_masks] ll
 2686: r2 = r10
 2687: r2 += -216
 2688: call bpf_map_lookup_elem
 2689: r1 = r0
 2690: if r1 == 0 goto +368
 2691: r2 = *(u32 *)(r1 +0)
 2692: if r2 == 0 goto +366
 2693: *(u32 *)(r10 -184) = 24
 2694: r2 = *(u32 *)(r10 -144)
 2695: r3 = *(u32 *)(r1 +8)
 2696: r2 &= r3
 2697: *(u32 *)(r10 -180) = r2
 2698: r2 = *(u32 *)(r10 -140)
 2699: r3 = *(u32 *)(r1 +12)
 2700: r2 &= r3
 2701: *(u32 *)(r10 -176) = r2
 2702: r2 = *(u32 *)(r10 -136)
 2703: r3 = *(u32 *)(r1 +16)
 2704: r2 &= r3
 2705: *(u32 *)(r10 -172) = r2
 2706: r2 = *(u32 *)(r10 -132)
 2707: r3 = *(u32 *)(r1 +20)
 2708: r2 &= r3
 2709: *(u32 *)(r10 -168) = r2
 2710: r1 = map[pipe_p0f_signatures] ll
 2712: r2 = r10
 2713: r2 += -184
 2714: call bpf_map_lookup_elem
 2715: r1 = r0
 2716: if r1 == 0 goto +13
 2717: r2 = *(u32 *)(r1 +4)
 2718: r3 = *(u64 *)(r10 -224)
 2719: if r3 == 0 goto +2
 2720: r3 = *(u64 *)(r10 -232)
 2721: if r2 <= r3 goto +8
 2722: *(u64 *)(r10 -224) = 1
 2723: *(u64 *)(r10 -232) = r2
 2724: r2 = *(u32 *)(r1 +0)
 2725: *(u32 *)(r10 -208) = r2
 2726: r2 = *(u32 *)(r1 +4)
 2727: *(u32 *)(r10 -204) = r2
 2728: r2 = *(u32 *)(r1 +8)
 2729: *(u32 *)(r10 -200) = r2
 2730: *(u32 *)(r10 -216) = 25
 2731: r1 = map[pipe_p0f_signatures_masks] ll
 2733: r2 = r10
 2734: r2 += -216
 2735: call bpf_map_lookup_elem
 2736: r1 = r0
 2737: if r1 == 0 goto +321
 2738: r2 = *(u32 *)(r1 +0)
 2739: if r2 == 0 goto +319
 2740: *(u32 *)(r10 -184) = 25
 2741: r2 = *(u32 *)(r10 -144)
 2742: r3 = *(u32 *)(r1 +8)
 2743: r2 &= r3
 2744: *(u32 *)(r10 -180) = r2
 2745: r2 = *(u32 *)(r10 -140)
 2746: r3 = *(u32 *)(r1 +12)
 2747: r2 &= r3
 2748: *(u32 *)(r10 -176) = r2
 2749: r2 = *(u32 *)(r10 -136)
 2750: r3 = *(u32 *)(r1 +16)
 2751: r2 &= r3
 2752: *(u32 *)(r10 -172) = r2
 2753: r2 = *(u32 *)(r10 -132)
 2754: r3 = *(u32 *)(r1 +20)
 2755: r2 &= r3
 2756: *(u32 *)(r10 -168) = r2
 2757: r1 = map[pipe_p0f_signatures] ll
 2759: r2 = r10
 2760: r2 += -184
 2761: call bpf_map_lookup_elem
 2762: r1 = r0
 2763: if r1 == 0 goto +13
 2764: r2 = *(u32 *)(r1 +4)
 2765: r3 = *(u64 *)(r10 -224)
 2766: if r3 == 0 goto +2
 2767: r3 = *(u64 *)(r10 -232)
 2768: if r2 <= r3 goto +8
 2769: *(u64 *)(r10 -224) = 1
 2770: *(u64 *)(r10 -232) = r2
 2771: r2 = *(u32 *)(r1 +0)
 2772: *(u32 *)(r10 -208) = r2
 2773: r2 = *(u32 *)(r1 +4)
 2774: *(u32 *)(r10 -204) = r2
 2775: r2 = *(u32 *)(r1 +8)
 2776: *(u32 *)(r10 -200) = r2
 2777: *(u32 *)(r10 -216) = 26
 2778: r1 = map[pipe_p0f_signatures_masks] ll
 2780: r2 = r10
 2781: r2 += -216
 2782: call bpf_map_lookup_elem
 2783: r1 = r0
 2784: if r1 == 0 goto +274
 2785: r2 = *(u32 *)(r1 +0)
 2786: if r2 == 0 goto +272
 2787: *(u32 *)(r10 -184) = 26
 2788: r2 = *(u32 *)(r10 -144)
 2789: r3 = *(u32 *)(r1 +8)
 2790: r2 &= r3
 2791: *(u32 *)(r10 -180) = r2
 2792: r2 = *(u32 *)(r10 -140)
 2793: r3 = *(u32 *)(r1 +12)
 2794: r2 &= r3
 2795: *(u32 *)(r10 -176) = r2
 2796: r2 = *(u32 *)(r10 -136)
 2797: r3 = *(u32 *)(r1 +16)
 2798: r2 &= r3
 2799: *(u32 *)(r10 -172) = r2
 2800: r2 = *(u32 *)(r10 -132)
 2801: r3 = *(u32 *)(r1 +20)
 2802: r2 &= r3
 2803: *(u32 *)(r10 -168) = r2
 2804: r1 = map[pipe_p0f_signatures] ll
 2806: r2 = r10
 2807: r2 += -184
 2808: call bpf_map_lookup_elem
 2809: r1 = r0
 2810: if r1 == 0 goto +13
 2811: r2 = *(u32 *)(r1 +4)
 2812: r3 = *(u64 *)(r10 -224)
 2813: if r3 == 0 goto +2
 2814: r3 = *(u64 *)(r10 -232)
 2815: if r2 <= r3 goto +8
 2816: *(u64 *)(r10 -224) = 1
 2817: *(u64 *)(r10 -232) = r2
 2818: r2 = *(u32 *)(r1 +0)
 2819: *(u32 *)(r10 -208) = r2
 2820: r2 = *(u32 *)(r1 +4)
 2821: *(u32 *)(r10 -204) = r2
 2822: r2 = *(u32 *)(r1 +8)
 2823: *(u32 *)(r10 -200) = r2
 2824: *(u32 *)(r10 -216) = 27
 2825: r1 = map[pipe_p0f_signatures_masks] ll
 2827: r2 = r10
 2828: r2 += -216
 2829: call bpf_map_lookup_elem
 2830: r1 = r0
 2831: if r1 == 0 goto +227
 2832: r2 = *(u32 *)(r1 +0)
 2833: if r2 == 0 goto +225
 2834: *(u32 *)(r10 -184) = 27
 2835: r2 = *(u32 *)(r10 -144)
 2836: r3 = *(u32 *)(r1 +8)
 2837: r2 &= r3
 2838: *(u32 *)(r10 -180) = r2
 2839: r2 = *(u32 *)(r10 -140)
 2840: r3 = *(u32 *)(r1 +12)
 2841: r2 &= r3
 2842: *(u32 *)(r10 -176) = r2
 2843: r2 = *(u32 *)(r10 -136)
 2844: r3 = *(u32 *)(r1 +16)
 2845: r2 &= r3
 2846: *(u32 *)(r10 -172) = r2
 2847: r2 = *(u32 *)(r10 -132)
 2848: r3 = *(u32 *)(r1 +20)
 2849: r2 &= r3
 2850: *(u32 *)(r10 -168) = r2
 2851: r1 = map[pipe_p0f_signatures] ll
 2853: r2 = r10
 2854: r2 += -184
 2855: call bpf_map_lookup_elem
 2856: r1 = r0
 2857: if r1 == 0 goto +13
 2858: r2 = *(u32 *)(r1 +4)
 2859: r3 = *(u64 *)(r10 -224)
 2860: if r3 == 0 goto +2
 2861: r3 = *(u64 *)(r10 -232)
 2862: if r2 <= r3 goto +8
 2863: *(u64 *)(r10 -224) = 1
 2864: *(u64 *)(r10 -232) = r2
 2865: r2 = *(u32 *)(r1 +0)
 2866: *(u32 *)(r10 -208) = r2
 2867: r2 = *(u32 *)(r1 +4)
 2868: *(u32 *)(r10 -204) = r2
 2869: r2 = *(u32 *)(r1 +8)
 2870: *(u32 *)(r10 -200) = r2
 2871: *(u32 *)(r10 -216) = 28
 2872: r1 = map[pipe_p0f_signatures_masks] ll
 2874: r2 = r10
 2875: r2 += -216
 2876: call bpf_map_lookup_elem
 2877: r1 = r0
 2878: if r1 == 0 goto +180
 2879: r2 = *(u32 *)(r1 +0)
 2880: if r2 == 0 goto +178
 2881: *(u32 *)(r10 -184) = 28
 2882: r2 = *(u32 *)(r10 -144)
 2883: r3 = *(u32 *)(r1 +8)
 2884: r2 &= r3
 2885: *(u32 *)(r10 -180) = r2
 2886: r2 = *(u32 *)(r10 -140)
 2887: r3 = *(u32 *)(r1 +12)
 2888: r2 &= r3
 2889: *(u32 *)(r10 -176) = r2
 2890: r2 = *(u32 *)(r10 -136)
 2891: r3 = *(u32 *)(r1 +16)
 2892: r2 &= r3
 2893: *(u32 *)(r10 -172) = r2
 2894: r2 = *(u32 *)(r10 -132)
 2895: r3 = *(u32 *)(r1 +20)
 2896: r2 &= r3
 2897: *(u32 *)(r10 -168) = r2
 2898: r1 = map[pipe_p0f_signatures] ll
 2900: r2 = r10
 2901: r2 += -184
 2902: call bpf_map_lookup_elem
 2903: r1 = r0
 2904: if r1 == 0 goto +13
 2905: r2 = *(u32 *)(r1 +4)
 2906: r3 = *(u64 *)(r10 -224)
 2907: if r3 == 0 goto +2
 2908: r3 = *(u64 *)(r10 -232)
 2909: if r2 <= r3 goto +8
 2910: *(u64 *)(r10 -224) = 1
 2911: *(u64 *)(r10 -232) = r2
 2912: r2 = *(u32 *)(r1 +0)
 2913: *(u32 *)(r10 -208) = r2
 2914: r2 = *(u32 *)(r1 +4)
 2915: *(u32 *)(r10 -204) = r2
 2916: r2 = *(u32 *)(r1 +8)
 2917: *(u32 *)(r10 -200) = r2
 2918: *(u32 *)(r10 -216) = 29
 2919: r1 = map[pipe_p0f_signatures_masks] ll
 2921: r2 = r10
 2922: r2 += -216
 2923: call bpf_map_lookup_elem
 2924: r1 = r0
 2925: if r1 == 0 goto +133
 2926: r2 = *(u32 *)(r1 +0)
 2927: if r2 == 0 goto +131
 2928: *(u32 *)(r10 -184) = 29
 2929: r2 = *(u32 *)(r10 -144)
 2930: r3 = *(u32 *)(r1 +8)
 2931: r2 &= r3
 2932: *(u32 *)(r10 -180) = r2
 2933: r2 = *(u32 *)(r10 -140)
 2934: r3 = *(u32 *)(r1 +12)
 2935: r2 &= r3
 2936: *(u32 *)(r10 -176) = r2
 2937: r2 = *(u32 *)(r10 -136)
 2938: r3 = *(u32 *)(r1 +16)
 2939: r2 &= r3
 2940: *(u32 *)(r10 -172) = r2
 2941: r2 = *(u32 *)(r10 -132)
 2942: r3 = *(u32 *)(r1 +20)
 2943: r2 &= r3
 2944: *(u32 *)(r10 -168) = r2
 2945: r1 = map[pipe_p0f_signatures] ll
 2947: r2 = r10
 2948: r2 += -184
 2949: call bpf_map_lookup_elem
 2950: r1 = r0
 2951: if r1 == 0 goto +13
 2952: r2 = *(u32 *)(r1 +4)
 2953: r3 = *(u64 *)(r10 -224)
 2954: if r3 == 0 goto +2
 2955: r3 = *(u64 *)(r10 -232)
 2956: if r2 <= r3 goto +8
 2957: *(u64 *)(r10 -224) = 1
 2958: *(u64 *)(r10 -232) = r2
 2959: r2 = *(u32 *)(r1 +0)
 2960: *(u32 *)(r10 -208) = r2
 2961: r2 = *(u32 *)(r1 +4)
 2962: *(u32 *)(r10 -204) = r2
 2963: r2 = *(u32 *)(r1 +8)
 2964: *(u32 *)(r10 -200) = r2
 2965: *(u32 *)(r10 -216) = 30
 2966: r1 = map[pipe_p0f_signatures_masks] ll
 2968: r2 = r10
 2969: r2 += -216
 2970: call bpf_map_lookup_elem
 2971: r1 = r0
 2972: if r1 == 0 goto +86
 2973: r2 = *(u32 *)(r1 +0)
 2974: if r2 == 0 goto +84
 2975: *(u32 *)(r10 -184) = 30
 2976: r2 = *(u32 *)(r10 -144)
 2977: r3 = *(u32 *)(r1 +8)
 2978: r2 &= r3
 2979: *(u32 *)(r10 -180) = r2
 2980: r2 = *(u32 *)(r10 -140)
 2981: r3 = *(u32 *)(r1 +12)
 2982: r2 &= r3
 2983: *(u32 *)(r10 -176) = r2
 2984: r2 = *(u32 *)(r10 -136)
 2985: r3 = *(u32 *)(r1 +16)
 2986: r2 &= r3
 2987: *(u32 *)(r10 -172) = r2
 2988: r2 = *(u32 *)(r10 -132)
 2989: r3 = *(u32 *)(r1 +20)
 2990: r2 &= r3
 2991: *(u32 *)(r10 -168) = r2
 2992: r1 = map[pipe_p0f_signatures] ll
 2994: r2 = r10
 2995: r2 += -184
 2996: call bpf_map_lookup_elem
 2997: r1 = r0
 2998: if r1 == 0 goto +13
 2999: r2 = *(u32 *)(r1 +4)
 3000: r3 = *(u64 *)(r10 -224)
 3001: if r3 == 0 goto +2
 3002: r3 = *(u64 *)(r10 -232)
 3003: if r2 <= r3 goto +8
 3004: *(u64 *)(r10 -224) = 1
 3005: *(u64 *)(r10 -232) = r2
 3006: r2 = *(u32 *)(r1 +0)
 3007: *(u32 *)(r10 -208) = r2
 3008: r2 = *(u32 *)(r1 +4)
 3009: *(u32 *)(r10 -204) = r2
 3010: r2 = *(u32 *)(r1 +8)
 3011: *(u32 *)(r10 -200) = r2
 3012: *(u32 *)(r10 -216) = 31
 3013: r1 = map[pipe_p0f_signatures_masks] ll
 3015: r2 = r10
 3016: r2 += -216
 3017: call bpf_map_lookup_elem
 3018: r1 = r0
 3019: if r1 == 0 goto +39
 3020: r2 = *(u32 *)(r1 +0)
 3021: if r2 == 0 goto +37
 3022: *(u32 *)(r10 -184) = 31
 3023: r2 = *(u32 *)(r10 -144)
 3024: r3 = *(u32 *)(r1 +8)
 3025: r2 &= r3
 3026: *(u32 *)(r10 -180) = r2
 3027: r2 = *(u32 *)(r10 -140)
 3028: r3 = *(u32 *)(r1 +12)
 3029: r2 &= r3
 3030: *(u32 *)(r10 -176) = r2
 3031: r2 = *(u32 *)(r10 -136)
 3032: r3 = *(u32 *)(r1 +16)
 3033: r2 &= r3
 3034: *(u32 *)(r10 -172) = r2
 3035: r2 = *(u32 *)(r10 -132)
 3036: r3 = *(u32 *)(r1 +20)
 3037: r2 &= r3
 3038: *(u32 *)(r10 -168) = r2
 3039: r1 = map[pipe_p0f_signatures] ll
 3041: r2 = r10
 3042: r2 += -184
 3043: call bpf_map_lookup_elem
 3044: r1 = r0
 3045: if r1 == 0 goto +13
 3046: r2 = *(u32 *)(r1 +4)
 3047: r3 = *(u64 *)(r10 -224)
 3048: if r3 == 0 goto +2
 3049: r3 = *(u64 *)(r10 -232)
 3050: if r2 <= r3 goto +8
 3051: *(u64 *)(r10 -224) = 1
 3052: *(u64 *)(r10 -232) = r2
 3053: r2 = *(u32 *)(r1 +0)
 3054: *(u32 *)(r10 -208) = r2
 3055: r2 = *(u32 *)(r1 +4)
 3056: *(u32 *)(r10 -204) = r2
 3057: r2 = *(u32 *)(r1 +8)
 3058: *(u32 *)(r10 -200) = r2
 3059: r1 = *(u64 *)(r10 -224)
 3060: r2 = 1
 3061: if r1 != 0 goto +17
 3062: r2 = 0
 3063: *(u32 *)(r10 -144) = 0
 3064: r1 = map[pipe_p0f_signatures_default] ll
 3066: r2 = r10
 3067: r2 += -144
 3068: call bpf_map_lookup_elem
 3069: r1 = r0
 3070: if r1 == 0 goto +5
 3071: r2 = *(u32 *)(r1 +0)
 3072: r8 = *(u32 *)(r1 +8)
 3073: r8 = be32 r8
 3074: w8 = w8
 3075: goto +7
 3076: r2 = 2
 3077: r8 = 0
 3078: goto +4
 3079: r2 = *(u32 *)(r10 -208)
 3080: r8 = *(u32 *)(r10 -200)
 3081: r8 = be32 r8
 3082: w8 = w8
 3083: if r2 == 0 goto +26
 3084: if r2 == 1 goto +3
 3085: if r2 == 2 goto +1
 3086: goto +42
      ; pipe: block6 (NoAction)
 3087: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 3088: r1 = 1
      ; write var10, v45
 3089: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 3090: r1 = 0
      ; v47: bit<32> = const 1
 3091: r2 = 1
      ; count counter0[v46] += v47
 3092: *(u32 *)(r10 -144) = r1
 3093: *(u64 *)(r10 -208) = r2
 3094: r1 = map[pipe_os_stats] ll
 3096: r2 = r10
 3097: r2 += -144
 3098: call bpf_map_lookup_elem
 3099: r1 = r0
 3100: if r1 == 0 goto +8
 3101: r2 = *(u64 *)(r1 +0)
 3102: r3 = *(u64 *)(r10 -208)
 3103: r2 += r3
 3104: *(u64 *)(r1 +0) = r2
 3105: r2 = *(u64 *)(r1 +8)
 3106: r3 = *(u32 *)(r10 -40)
 3107: r2 += r3
 3108: *(u64 *)(r1 +8) = r2
 3109: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 3110: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 3111: r1 = 1
      ; count counter0[v43] += v44
 3112: *(u32 *)(r10 -144) = r8
 3113: *(u64 *)(r10 -208) = r1
 3114: r1 = map[pipe_os_stats] ll
 3116: r2 = r10
 3117: r2 += -144
 3118: call bpf_map_lookup_elem
 3119: r1 = r0
 3120: if r1 == 0 goto +8
 3121: r2 = *(u64 *)(r1 +0)
 3122: r3 = *(u64 *)(r10 -208)
 3123: r2 += r3
 3124: *(u64 *)(r1 +0) = r2
 3125: r2 = *(u64 *)(r1 +8)
 3126: r3 = *(u32 *)(r10 -40)
 3127: r2 += r3
 3128: *(u64 *)(r1 +8) = r2
 3129: goto +7
 3130: goto +6
      ; drop
 3131: r1 = *(u32 *)(r10 -36)
 3132: r2 = *(u32 *)(r10 -32)
 3133: r2 = *(u64 *)(r10 -8)
 3134: *(u32 *)(r2 +8) = r1
 3135: r0 = 2
 3136: exit
      ; epilogue: verdict
 3137: r1 = *(u32 *)(r10 -36)
 3138: r2 = *(u32 *)(r10 -32)
 3139: r2 = *(u64 *)(r10 -8)
 3140: *(u32 *)(r2 +8) = r1
 3141: r1 = *(u8 *)(r10 -23)
 3142: if r1 != 0 goto +2
 3143: r0 = 0
 3144: exit
 3145: if r1 != 2 goto +4
 3146: r1 = *(u32 *)(r10 -32)
 3147: r2 = 0
 3148: call bpf_redirect
 3149: exit
 3150: r0 = 2
 3151: exit
