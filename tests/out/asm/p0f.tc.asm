; p0f for classifier: 3236 instructions, stack 240 bytes, 4 maps
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
   30: goto +3184
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
   51: goto +3163
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
   67: goto +3147
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
   86: goto +3128
   87: r1 = r3
   88: r1 >>= 3
   89: r3 = *(u64 *)(r10 -16)
   90: r3 += r1
   91: if r3 > 16383 goto +3
   92: r1 = r6
   93: r1 += r3
   94: if r1 <= r7 goto +2
   95: *(u32 *)(r10 -48) = 1
   96: goto +3118
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
  118: goto +3096
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
  135: goto +3079
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
  174: goto +3040
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
  211: goto +3003
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
  221: goto +2993
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
  237: goto +2977
  238: r1 = r2
  239: r1 >>= 3
  240: r2 = *(u64 *)(r10 -16)
  241: r2 += r1
  242: if r2 > 16383 goto +3
  243: r1 = r6
  244: r1 += r2
  245: if r1 <= r7 goto +2
  246: *(u32 *)(r10 -48) = 1
  247: goto +2967
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
  270: goto +2944
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
  291: goto +2923
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
  317: goto +2897
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
  354: goto +2860
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
  364: goto +2850
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
  380: goto +2834
  381: r1 = r2
  382: r1 >>= 3
  383: r2 = *(u64 *)(r10 -16)
  384: r2 += r1
  385: if r2 > 16383 goto +3
  386: r1 = r6
  387: r1 += r2
  388: if r1 <= r7 goto +2
  389: *(u32 *)(r10 -48) = 1
  390: goto +2824
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
  413: goto +2801
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
  434: goto +2780
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
  460: goto +2754
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
  497: goto +2717
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
  507: goto +2707
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
  523: goto +2691
  524: r1 = r2
  525: r1 >>= 3
  526: r2 = *(u64 *)(r10 -16)
  527: r2 += r1
  528: if r2 > 16383 goto +3
  529: r1 = r6
  530: r1 += r2
  531: if r1 <= r7 goto +2
  532: *(u32 *)(r10 -48) = 1
  533: goto +2681
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
  556: goto +2658
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
  577: goto +2637
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
  603: goto +2611
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
  640: goto +2574
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
  650: goto +2564
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
  666: goto +2548
  667: r1 = r2
  668: r1 >>= 3
  669: r2 = *(u64 *)(r10 -16)
  670: r2 += r1
  671: if r2 > 16383 goto +3
  672: r1 = r6
  673: r1 += r2
  674: if r1 <= r7 goto +2
  675: *(u32 *)(r10 -48) = 1
  676: goto +2538
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
  699: goto +2515
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
  720: goto +2494
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
  746: goto +2468
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
  783: goto +2431
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
  793: goto +2421
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
  809: goto +2405
  810: r1 = r2
  811: r1 >>= 3
  812: r2 = *(u64 *)(r10 -16)
  813: r2 += r1
  814: if r2 > 16383 goto +3
  815: r1 = r6
  816: r1 += r2
  817: if r1 <= r7 goto +2
  818: *(u32 *)(r10 -48) = 1
  819: goto +2395
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
  842: goto +2372
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
  863: goto +2351
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
  889: goto +2325
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
  926: goto +2288
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
  936: goto +2278
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
  952: goto +2262
  953: r1 = r2
  954: r1 >>= 3
  955: r2 = *(u64 *)(r10 -16)
  956: r2 += r1
  957: if r2 > 16383 goto +3
  958: r1 = r6
  959: r1 += r2
  960: if r1 <= r7 goto +2
  961: *(u32 *)(r10 -48) = 1
  962: goto +2252
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
  985: goto +2229
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
 1006: goto +2208
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
 1032: goto +2182
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
 1069: goto +2145
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
 1079: goto +2135
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
 1095: goto +2119
 1096: r1 = r2
 1097: r1 >>= 3
 1098: r2 = *(u64 *)(r10 -16)
 1099: r2 += r1
 1100: if r2 > 16383 goto +3
 1101: r1 = r6
 1102: r1 += r2
 1103: if r1 <= r7 goto +2
 1104: *(u32 *)(r10 -48) = 1
 1105: goto +2109
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
 1128: goto +2086
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
 1149: goto +2065
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
 1175: goto +2039
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
 1212: goto +2002
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
 1222: goto +1992
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
 1238: goto +1976
 1239: r1 = r2
 1240: r1 >>= 3
 1241: r2 = *(u64 *)(r10 -16)
 1242: r2 += r1
 1243: if r2 > 16383 goto +3
 1244: r1 = r6
 1245: r1 += r2
 1246: if r1 <= r7 goto +2
 1247: *(u32 *)(r10 -48) = 1
 1248: goto +1966
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
 1271: goto +1943
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
 1292: goto +1922
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
 1311: goto +1903
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
 1330: r3 = 18
      ; v4: bit<8> = and v2, v3
 1331: r4 = r1
 1332: r4 &= r3
      ; v5: bit<8> = const 2
 1333: r1 = 2
      ; v6: bool = ne v4, v5
 1334: r3 = 1
 1335: if r4 != r1 goto +1
 1336: r3 = 0
      ; v7: bool = logical_or v1, v6
 1337: r1 = r2
 1338: r1 |= r3
 1339: if r1 != 0 goto +1874
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
 1354: r3 = 0
      ; v10: bool = ne v8, v9
 1355: r4 = 1
 1356: if r1 != r3 goto +1
 1357: r4 = 0
      ; v11: bit<16> = read_field hdr2.window
 1358: r1 = *(u32 *)(r10 -96)
 1359: if r1 == 0 goto +7
 1360: r1 -= 1
 1361: if r1 > 16383 goto +5
 1362: r3 = r6
 1363: r3 += r1
 1364: r1 = r3
 1365: r1 += 20
 1366: if r1 <= r7 goto +1
 1367: r3 = 0
 1368: r1 = 0
 1369: if r3 == 0 goto +2
 1370: r1 = *(u16 *)(r3 +14)
 1371: r1 = be16 r1
      ; v12: bit<16> = read_field hdr11.mss
 1372: r3 = 0
 1373: if r2 == 0 goto +2
 1374: r3 = *(u16 *)(r2 +1)
 1375: r3 = be16 r3
      ; v13: bit<16> = mod v11, v12
 1376: r2 = 0
 1377: if r3 == 0 goto +2
 1378: r2 = r1
 1379: r2 %= r3
      ; v14: bit<16> = const 0
 1380: r1 = 0
      ; v15: bool = eq v13, v14
 1381: r3 = 1
 1382: if r2 == r1 goto +1
 1383: r3 = 0
      ; v16: bool = logical_and v10, v15
 1384: r1 = r4
 1385: r1 &= r3
 1386: if r1 != 0 goto +1
 1387: goto +33
      ; v17: bit<16> = read_field hdr2.window
 1388: r1 = *(u32 *)(r10 -96)
 1389: if r1 == 0 goto +7
 1390: r1 -= 1
 1391: if r1 > 16383 goto +5
 1392: r2 = r6
 1393: r2 += r1
 1394: r1 = r2
 1395: r1 += 20
 1396: if r1 <= r7 goto +1
 1397: r2 = 0
 1398: r1 = 0
 1399: if r2 == 0 goto +2
 1400: r1 = *(u16 *)(r2 +14)
 1401: r1 = be16 r1
      ; v18: bit<16> = read_field hdr11.mss
 1402: r2 = *(u32 *)(r10 -60)
 1403: if r2 == 0 goto +7
 1404: r2 -= 1
 1405: if r2 > 16383 goto +5
 1406: r3 = r6
 1407: r3 += r2
 1408: r2 = r3
 1409: r2 += 3
 1410: if r2 <= r7 goto +1
 1411: r3 = 0
 1412: r2 = 0
 1413: if r3 == 0 goto +2
 1414: r2 = *(u16 *)(r3 +1)
 1415: r2 = be16 r2
      ; v19: bit<16> = div v17, v18
 1416: r3 = 0
 1417: if r2 == 0 goto +2
 1418: r3 = r1
 1419: r3 /= r2
      ; write var4, v19
 1420: *(u16 *)(r10 -26) = r3
      ; v20: bit<8> = read_field hdr3.kind
 1421: r1 = *(u32 *)(r10 -92)
 1422: if r1 == 0 goto +7
 1423: r1 -= 1
 1424: if r1 > 16383 goto +5
 1425: r2 = r6
 1426: r2 += r1
 1427: r1 = r2
 1428: r1 += 1
 1429: if r1 <= r7 goto +1
 1430: r2 = 0
 1431: r1 = 0
 1432: if r2 == 0 goto +1
 1433: r1 = *(u8 *)(r2 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1434: r2 = *(u32 *)(r10 -88)
 1435: if r2 == 0 goto +7
 1436: r2 -= 1
 1437: if r2 > 16383 goto +5
 1438: r3 = r6
 1439: r3 += r2
 1440: r2 = r3
 1441: r2 += 1
 1442: if r2 <= r7 goto +1
 1443: r3 = 0
 1444: r2 = 0
 1445: if r3 == 0 goto +1
 1446: r2 = *(u8 *)(r3 +0)
      ; v22: bit<16> = concat v20, v21
 1447: r3 = r1
 1448: r3 <<= 8
 1449: r3 |= r2
      ; v23: bit<8> = read_field hdr5.kind
 1450: r1 = *(u32 *)(r10 -84)
 1451: if r1 == 0 goto +7
 1452: r1 -= 1
 1453: if r1 > 16383 goto +5
 1454: r2 = r6
 1455: r2 += r1
 1456: r1 = r2
 1457: r1 += 1
 1458: if r1 <= r7 goto +1
 1459: r2 = 0
 1460: r1 = 0
 1461: if r2 == 0 goto +1
 1462: r1 = *(u8 *)(r2 +0)
      ; v24: bit<24> = concat v22, v23
 1463: r2 = r3
 1464: r2 <<= 8
 1465: r2 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1466: r1 = *(u32 *)(r10 -80)
 1467: if r1 == 0 goto +7
 1468: r1 -= 1
 1469: if r1 > 16383 goto +5
 1470: r3 = r6
 1471: r3 += r1
 1472: r1 = r3
 1473: r1 += 1
 1474: if r1 <= r7 goto +1
 1475: r3 = 0
 1476: r1 = 0
 1477: if r3 == 0 goto +1
 1478: r1 = *(u8 *)(r3 +0)
      ; v26: bit<32> = concat v24, v25
 1479: r3 = r2
 1480: r3 <<= 8
 1481: r3 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1482: r1 = *(u32 *)(r10 -76)
 1483: if r1 == 0 goto +7
 1484: r1 -= 1
 1485: if r1 > 16383 goto +5
 1486: r2 = r6
 1487: r2 += r1
 1488: r1 = r2
 1489: r1 += 1
 1490: if r1 <= r7 goto +1
 1491: r2 = 0
 1492: r1 = 0
 1493: if r2 == 0 goto +1
 1494: r1 = *(u8 *)(r2 +0)
      ; v28: bit<40> = concat v26, v27
 1495: r2 = r3
 1496: r2 <<= 8
 1497: r2 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1498: r1 = *(u32 *)(r10 -72)
 1499: if r1 == 0 goto +7
 1500: r1 -= 1
 1501: if r1 > 16383 goto +5
 1502: r3 = r6
 1503: r3 += r1
 1504: r1 = r3
 1505: r1 += 1
 1506: if r1 <= r7 goto +1
 1507: r3 = 0
 1508: r1 = 0
 1509: if r3 == 0 goto +1
 1510: r1 = *(u8 *)(r3 +0)
      ; v30: bit<48> = concat v28, v29
 1511: r3 = r2
 1512: r3 <<= 8
 1513: r3 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1514: r1 = *(u32 *)(r10 -68)
 1515: if r1 == 0 goto +7
 1516: r1 -= 1
 1517: if r1 > 16383 goto +5
 1518: r2 = r6
 1519: r2 += r1
 1520: r1 = r2
 1521: r1 += 1
 1522: if r1 <= r7 goto +1
 1523: r2 = 0
 1524: r1 = 0
 1525: if r2 == 0 goto +1
 1526: r1 = *(u8 *)(r2 +0)
      ; v32: bit<56> = concat v30, v31
 1527: r2 = r3
 1528: r2 <<= 8
 1529: r2 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1530: r1 = *(u32 *)(r10 -64)
 1531: if r1 == 0 goto +7
 1532: r1 -= 1
 1533: if r1 > 16383 goto +5
 1534: r3 = r6
 1535: r3 += r1
 1536: r1 = r3
 1537: r1 += 1
 1538: if r1 <= r7 goto +1
 1539: r3 = 0
 1540: r1 = 0
 1541: if r3 == 0 goto +1
 1542: r1 = *(u8 *)(r3 +0)
      ; v34: bit<64> = concat v32, v33
 1543: r3 = r2
 1544: r3 <<= 8
 1545: r3 |= r1
      ; write var5, v34
 1546: *(u64 *)(r10 -112) = r3
      ; v35: bit<8> = read_field hdr1.ttl
 1547: r1 = *(u32 *)(r10 -100)
 1548: if r1 == 0 goto +7
 1549: r1 -= 1
 1550: if r1 > 16383 goto +5
 1551: r2 = r6
 1552: r2 += r1
 1553: r1 = r2
 1554: r1 += 20
 1555: if r1 <= r7 goto +1
 1556: r2 = 0
 1557: r1 = 0
 1558: if r2 == 0 goto +1
 1559: r1 = *(u8 *)(r2 +8)
      ; v36: bit<16> = read_field hdr2.window
 1560: r2 = *(u32 *)(r10 -96)
 1561: if r2 == 0 goto +7
 1562: r2 -= 1
 1563: if r2 > 16383 goto +5
 1564: r3 = r6
 1565: r3 += r2
 1566: r2 = r3
 1567: r2 += 20
 1568: if r2 <= r7 goto +1
 1569: r3 = 0
 1570: r2 = 0
 1571: if r3 == 0 goto +2
 1572: r2 = *(u16 *)(r3 +14)
 1573: r2 = be16 r2
      ; v37: bit<16> = read var4
 1574: r3 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1575: r4 = *(u32 *)(r10 -60)
 1576: if r4 == 0 goto +7
 1577: r4 -= 1
 1578: if r4 > 16383 goto +5
 1579: r8 = r6
 1580: r8 += r4
 1581: r4 = r8
 1582: r4 += 3
 1583: if r4 <= r7 goto +1
 1584: r8 = 0
 1585: r4 = 0
 1586: if r8 == 0 goto +2
 1587: r4 = *(u16 *)(r8 +1)
 1588: r4 = be16 r4
      ; v39: bit<8> = read_field hdr12.shift
 1589: r8 = *(u32 *)(r10 -56)
 1590: if r8 == 0 goto +7
 1591: r8 -= 1
 1592: if r8 > 16383 goto +5
 1593: r9 = r6
 1594: r9 += r8
 1595: r8 = r9
 1596: r8 += 2
 1597: if r8 <= r7 goto +1
 1598: r9 = 0
 1599: r8 = 0
 1600: if r9 == 0 goto +1
 1601: r8 = *(u8 *)(r9 +1)
      ; v40: bit<64> = read var5
 1602: r0 = *(u64 *)(r10 -112)
 1603: *(u64 *)(r10 -240) = r0
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1604: *(u64 *)(r10 -144) = 0
 1605: *(u64 *)(r10 -136) = 0
 1606: r9 = r1
 1607: r1 = r9
 1608: *(u8 *)(r10 -144) = r1
 1609: r1 = r2
 1610: r2 = r1
 1611: *(u8 *)(r10 -142) = r2
 1612: r1 >>= 8
 1613: r2 = r1
 1614: *(u8 *)(r10 -143) = r2
 1615: r1 = r3
 1616: r2 = r1
 1617: *(u8 *)(r10 -140) = r2
 1618: r1 >>= 8
 1619: r2 = r1
 1620: *(u8 *)(r10 -141) = r2
 1621: r1 = r4
 1622: r2 = r1
 1623: *(u8 *)(r10 -138) = r2
 1624: r1 >>= 8
 1625: r2 = r1
 1626: *(u8 *)(r10 -139) = r2
 1627: r1 = r8
 1628: r2 = r1
 1629: *(u8 *)(r10 -137) = r2
 1630: r0 = *(u64 *)(r10 -240)
 1631: r1 = r0
 1632: r2 = r1
 1633: r2 = be64 r2
 1634: *(u64 *)(r10 -136) = r2
 1635: r1 = 0
 1636: r2 = 0
 1637: *(u64 *)(r10 -224) = r1
 1638: *(u64 *)(r10 -232) = r2
 1639: *(u32 *)(r10 -216) = 0
 1640: r1 = map[pipe_p0f_signatures_masks] ll
 1642: r2 = r10
 1643: r2 += -216
 1644: call bpf_map_lookup_elem
 1645: r1 = r0
 1646: if r1 == 0 goto +1496
 1647: r2 = *(u32 *)(r1 +0)
 1648: if r2 == 0 goto +1494
 1649: *(u32 *)(r10 -184) = 0
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
 1672: if r1 == 0 goto +13
 1673: r2 = *(u32 *)(r1 +4)
 1674: r3 = *(u64 *)(r10 -224)
 1675: if r3 == 0 goto +2
 1676: r3 = *(u64 *)(r10 -232)
 1677: if r2 <= r3 goto +8
 1678: *(u64 *)(r10 -224) = 1
 1679: *(u64 *)(r10 -232) = r2
 1680: r2 = *(u32 *)(r1 +0)
 1681: *(u32 *)(r10 -208) = r2
 1682: r2 = *(u32 *)(r1 +4)
 1683: *(u32 *)(r10 -204) = r2
 1684: r2 = *(u32 *)(r1 +8)
 1685: *(u32 *)(r10 -200) = r2
 1686: *(u32 *)(r10 -216) = 1
 1687: r1 = map[pipe_p0f_signatures_masks] ll
 1689: r2 = r10
 1690: r2 += -216
 1691: call bpf_map_lookup_elem
 1692: r1 = r0
 1693: if r1 == 0 goto +1449
 1694: r2 = *(u32 *)(r1 +0)
 1695: if r2 == 0 goto +1447
 1696: *(u32 *)(r10 -184) = 1
 1697: r2 = *(u32 *)(r10 -144)
 1698: r3 = *(u32 *)(r1 +8)
 1699: r2 &= r3
 1700: *(u32 *)(r10 -180) = r2
 1701: r2 = *(u32 *)(r10 -140)
 1702: r3 = *(u32 *)(r1 +12)
 1703: r2 &= r3
 1704: *(u32 *)(r10 -176) = r2
 1705: r2 = *(u32 *)(r10 -136)
 1706: r3 = *(u32 *)(r1 +16)
 1707: r2 &= r3
 1708: *(u32 *)(r10 -172) = r2
 1709: r2 = *(u32 *)(r10 -132)
 1710: r3 = *(u32 *)(r1 +20)
 1711: r2 &= r3
 1712: *(u32 *)(r10 -168) = r2
 1713: r1 = map[pipe_p0f_signatures] ll
 1715: r2 = r10
 1716: r2 += -184
 1717: call bpf_map_lookup_elem
 1718: r1 = r0
 1719: if r1 == 0 goto +13
 1720: r2 = *(u32 *)(r1 +4)
 1721: r3 = *(u64 *)(r10 -224)
 1722: if r3 == 0 goto +2
 1723: r3 = *(u64 *)(r10 -232)
 1724: if r2 <= r3 goto +8
 1725: *(u64 *)(r10 -224) = 1
 1726: *(u64 *)(r10 -232) = r2
 1727: r2 = *(u32 *)(r1 +0)
 1728: *(u32 *)(r10 -208) = r2
 1729: r2 = *(u32 *)(r1 +4)
 1730: *(u32 *)(r10 -204) = r2
 1731: r2 = *(u32 *)(r1 +8)
 1732: *(u32 *)(r10 -200) = r2
 1733: *(u32 *)(r10 -216) = 2
 1734: r1 = map[pipe_p0f_signatures_masks] ll
 1736: r2 = r10
 1737: r2 += -216
 1738: call bpf_map_lookup_elem
 1739: r1 = r0
 1740: if r1 == 0 goto +1402
 1741: r2 = *(u32 *)(r1 +0)
 1742: if r2 == 0 goto +1400
 1743: *(u32 *)(r10 -184) = 2
 1744: r2 = *(u32 *)(r10 -144)
 1745: r3 = *(u32 *)(r1 +8)
 1746: r2 &= r3
 1747: *(u32 *)(r10 -180) = r2
 1748: r2 = *(u32 *)(r10 -140)
 1749: r3 = *(u32 *)(r1 +12)
 1750: r2 &= r3
 1751: *(u32 *)(r10 -176) = r2
 1752: r2 = *(u32 *)(r10 -136)
 1753: r3 = *(u32 *)(r1 +16)
 1754: r2 &= r3
 1755: *(u32 *)(r10 -172) = r2
 1756: r2 = *(u32 *)(r10 -132)
 1757: r3 = *(u32 *)(r1 +20)
 1758: r2 &= r3
 1759: *(u32 *)(r10 -168) = r2
 1760: r1 = map[pipe_p0f_signatures] ll
 1762: r2 = r10
 1763: r2 += -184
 1764: call bpf_map_lookup_elem
 1765: r1 = r0
 1766: if r1 == 0 goto +13
 1767: r2 = *(u32 *)(r1 +4)
 1768: r3 = *(u64 *)(r10 -224)
 1769: if r3 == 0 goto +2
 1770: r3 = *(u64 *)(r10 -232)
 1771: if r2 <= r3 goto +8
 1772: *(u64 *)(r10 -224) = 1
 1773: *(u64 *)(r10 -232) = r2
 1774: r2 = *(u32 *)(r1 +0)
 1775: *(u32 *)(r10 -208) = r2
 1776: r2 = *(u32 *)(r1 +4)
 1777: *(u32 *)(r10 -204) = r2
 1778: r2 = *(u32 *)(r1 +8)
 1779: *(u32 *)(r10 -200) = r2
 1780: *(u32 *)(r10 -216) = 3
 1781: r1 = map[pipe_p0f_signatures_masks] ll
 1783: r2 = r10
 1784: r2 += -216
 1785: call bpf_map_lookup_elem
 1786: r1 = r0
 1787: if r1 == 0 goto +1355
 1788: r2 = *(u32 *)(r1 +0)
 1789: if r2 == 0 goto +1353
 1790: *(u32 *)(r10 -184) = 3
 1791: r2 = *(u32 *)(r10 -144)
 1792: r3 = *(u32 *)(r1 +8)
 1793: r2 &= r3
 1794: *(u32 *)(r10 -180) = r2
 1795: r2 = *(u32 *)(r10 -140)
 1796: r3 = *(u32 *)(r1 +12)
 1797: r2 &= r3
 1798: *(u32 *)(r10 -176) = r2
 1799: r2 = *(u32 *)(r10 -136)
 1800: r3 = *(u32 *)(r1 +16)
 1801: r2 &= r3
 1802: *(u32 *)(r10 -172) = r2
 1803: r2 = *(u32 *)(r10 -132)
 1804: r3 = *(u32 *)(r1 +20)
 1805: r2 &= r3
 1806: *(u32 *)(r10 -168) = r2
 1807: r1 = map[pipe_p0f_signatures] ll
 1809: r2 = r10
 1810: r2 += -184
 1811: call bpf_map_lookup_elem
 1812: r1 = r0
 1813: if r1 == 0 goto +13
 1814: r2 = *(u32 *)(r1 +4)
 1815: r3 = *(u64 *)(r10 -224)
 1816: if r3 == 0 goto +2
 1817: r3 = *(u64 *)(r10 -232)
 1818: if r2 <= r3 goto +8
 1819: *(u64 *)(r10 -224) = 1
 1820: *(u64 *)(r10 -232) = r2
 1821: r2 = *(u32 *)(r1 +0)
 1822: *(u32 *)(r10 -208) = r2
 1823: r2 = *(u32 *)(r1 +4)
 1824: *(u32 *)(r10 -204) = r2
 1825: r2 = *(u32 *)(r1 +8)
 1826: *(u32 *)(r10 -200) = r2
 1827: *(u32 *)(r10 -216) = 4
 1828: r1 = map[pipe_p0f_signatures_masks] ll
 1830: r2 = r10
 1831: r2 += -216
 1832: call bpf_map_lookup_elem
 1833: r1 = r0
 1834: if r1 == 0 goto +1308
 1835: r2 = *(u32 *)(r1 +0)
 1836: if r2 == 0 goto +1306
 1837: *(u32 *)(r10 -184) = 4
 1838: r2 = *(u32 *)(r10 -144)
 1839: r3 = *(u32 *)(r1 +8)
 1840: r2 &= r3
 1841: *(u32 *)(r10 -180) = r2
 1842: r2 = *(u32 *)(r10 -140)
 1843: r3 = *(u32 *)(r1 +12)
 1844: r2 &= r3
 1845: *(u32 *)(r10 -176) = r2
 1846: r2 = *(u32 *)(r10 -136)
 1847: r3 = *(u32 *)(r1 +16)
 1848: r2 &= r3
 1849: *(u32 *)(r10 -172) = r2
 1850: r2 = *(u32 *)(r10 -132)
 1851: r3 = *(u32 *)(r1 +20)
 1852: r2 &= r3
 1853: *(u32 *)(r10 -168) = r2
 1854: r1 = map[pipe_p0f_signatures] ll
 1856: r2 = r10
 1857: r2 += -184
 1858: call bpf_map_lookup_elem
 1859: r1 = r0
 1860: if r1 == 0 goto +13
 1861: r2 = *(u32 *)(r1 +4)
 1862: r3 = *(u64 *)(r10 -224)
 1863: if r3 == 0 goto +2
 1864: r3 = *(u64 *)(r10 -232)
 1865: if r2 <= r3 goto +8
 1866: *(u64 *)(r10 -224) = 1
 1867: *(u64 *)(r10 -232) = r2
 1868: r2 = *(u32 *)(r1 +0)
 1869: *(u32 *)(r10 -208) = r2
 1870: r2 = *(u32 *)(r1 +4)
 1871: *(u32 *)(r10 -204) = r2
 1872: r2 = *(u32 *)(r1 +8)
 1873: *(u32 *)(r10 -200) = r2
 1874: *(u32 *)(r10 -216) = 5
 1875: r1 = map[pipe_p0f_signatures_masks] ll
 1877: r2 = r10
 1878: r2 += -216
 1879: call bpf_map_lookup_elem
 1880: r1 = r0
 1881: if r1 == 0 goto +1261
 1882: r2 = *(u32 *)(r1 +0)
 1883: if r2 == 0 goto +1259
 1884: *(u32 *)(r10 -184) = 5
 1885: r2 = *(u32 *)(r10 -144)
 1886: r3 = *(u32 *)(r1 +8)
 1887: r2 &= r3
 1888: *(u32 *)(r10 -180) = r2
 1889: r2 = *(u32 *)(r10 -140)
 1890: r3 = *(u32 *)(r1 +12)
 1891: r2 &= r3
 1892: *(u32 *)(r10 -176) = r2
 1893: r2 = *(u32 *)(r10 -136)
 1894: r3 = *(u32 *)(r1 +16)
 1895: r2 &= r3
 1896: *(u32 *)(r10 -172) = r2
 1897: r2 = *(u32 *)(r10 -132)
 1898: r3 = *(u32 *)(r1 +20)
 1899: r2 &= r3
 1900: *(u32 *)(r10 -168) = r2
 1901: r1 = map[pipe_p0f_signatures] ll
 1903: r2 = r10
 1904: r2 += -184
 1905: call bpf_map_lookup_elem
 1906: r1 = r0
 1907: if r1 == 0 goto +13
 1908: r2 = *(u32 *)(r1 +4)
 1909: r3 = *(u64 *)(r10 -224)
 1910: if r3 == 0 goto +2
 1911: r3 = *(u64 *)(r10 -232)
 1912: if r2 <= r3 goto +8
 1913: *(u64 *)(r10 -224) = 1
 1914: *(u64 *)(r10 -232) = r2
 1915: r2 = *(u32 *)(r1 +0)
 1916: *(u32 *)(r10 -208) = r2
 1917: r2 = *(u32 *)(r1 +4)
 1918: *(u32 *)(r10 -204) = r2
 1919: r2 = *(u32 *)(r1 +8)
 1920: *(u32 *)(r10 -200) = r2
 1921: *(u32 *)(r10 -216) = 6
 1922: r1 = map[pipe_p0f_signatures_masks] ll
 1924: r2 = r10
 1925: r2 += -216
 1926: call bpf_map_lookup_elem
 1927: r1 = r0
 1928: if r1 == 0 goto +1214
 1929: r2 = *(u32 *)(r1 +0)
 1930: if r2 == 0 goto +1212
 1931: *(u32 *)(r10 -184) = 6
 1932: r2 = *(u32 *)(r10 -144)
 1933: r3 = *(u32 *)(r1 +8)
 1934: r2 &= r3
 1935: *(u32 *)(r10 -180) = r2
 1936: r2 = *(u32 *)(r10 -140)
 1937: r3 = *(u32 *)(r1 +12)
 1938: r2 &= r3
 1939: *(u32 *)(r10 -176) = r2
 1940: r2 = *(u32 *)(r10 -136)
 1941: r3 = *(u32 *)(r1 +16)
 1942: r2 &= r3
 1943: *(u32 *)(r10 -172) = r2
 1944: r2 = *(u32 *)(r10 -132)
 1945: r3 = *(u32 *)(r1 +20)
 1946: r2 &= r3
 1947: *(u32 *)(r10 -168) = r2
 1948: r1 = map[pipe_p0f_signatures] ll
 1950: r2 = r10
 1951: r2 += -184
 1952: call bpf_map_lookup_elem
 1953: r1 = r0
 1954: if r1 == 0 goto +13
 1955: r2 = *(u32 *)(r1 +4)
 1956: r3 = *(u64 *)(r10 -224)
 1957: if r3 == 0 goto +2
 1958: r3 = *(u64 *)(r10 -232)
 1959: if r2 <= r3 goto +8
 1960: *(u64 *)(r10 -224) = 1
 1961: *(u64 *)(r10 -232) = r2
 1962: r2 = *(u32 *)(r1 +0)
 1963: *(u32 *)(r10 -208) = r2
 1964: r2 = *(u32 *)(r1 +4)
 1965: *(u32 *)(r10 -204) = r2
 1966: r2 = *(u32 *)(r1 +8)
 1967: *(u32 *)(r10 -200) = r2
 1968: *(u32 *)(r10 -216) = 7
 1969: r1 = map[pipe_p0f_signatures_masks] ll
 1971: r2 = r10
 1972: r2 += -216
 1973: call bpf_map_lookup_elem
 1974: r1 = r0
 1975: if r1 == 0 goto +1167
 1976: r2 = *(u32 *)(r1 +0)
 1977: if r2 == 0 goto +1165
 1978: *(u32 *)(r10 -184) = 7
 1979: r2 = *(u32 *)(r10 -144)
 1980: r3 = *(u32 *)(r1 +8)
 1981: r2 &= r3
 1982: *(u32 *)(r10 -180) = r2
 1983: r2 = *(u32 *)(r10 -140)
 1984: r3 = *(u32 *)(r1 +12)
 1985: r2 &= r3
 1986: *(u32 *)(r10 -176) = r2
 1987: r2 = *(u32 *)(r10 -136)
 1988: r3 = *(u32 *)(r1 +16)
 1989: r2 &= r3
 1990: *(u32 *)(r10 -172) = r2
 1991: r2 = *(u32 *)(r10 -132)
 1992: r3 = *(u32 *)(r1 +20)
 1993: r2 &= r3
 1994: *(u32 *)(r10 -168) = r2
 1995: r1 = map[pipe_p0f_signatures] ll
 1997: r2 = r10
 1998: r2 += -184
 1999: call bpf_map_lookup_elem
 2000: r1 = r0
 2001: if r1 == 0 goto +13
 2002: r2 = *(u32 *)(r1 +4)
 2003: r3 = *(u64 *)(r10 -224)
 2004: if r3 == 0 goto +2
 2005: r3 = *(u64 *)(r10 -232)
 2006: if r2 <= r3 goto +8
 2007: *(u64 *)(r10 -224) = 1
 2008: *(u64 *)(r10 -232) = r2
 2009: r2 = *(u32 *)(r1 +0)
 2010: *(u32 *)(r10 -208) = r2
 2011: r2 = *(u32 *)(r1 +4)
 2012: *(u32 *)(r10 -204) = r2
 2013: r2 = *(u32 *)(r1 +8)
 2014: *(u32 *)(r10 -200) = r2
 2015: *(u32 *)(r10 -216) = 8
 2016: r1 = map[pipe_p0f_signatures_masks] ll
 2018: r2 = r10
 2019: r2 += -216
 2020: call bpf_map_lookup_elem
 2021: r1 = r0
 2022: if r1 == 0 goto +1120
 2023: r2 = *(u32 *)(r1 +0)
 2024: if r2 == 0 goto +1118
 2025: *(u32 *)(r10 -184) = 8
 2026: r2 = *(u32 *)(r10 -144)
 2027: r3 = *(u32 *)(r1 +8)
 2028: r2 &= r3
 2029: *(u32 *)(r10 -180) = r2
 2030: r2 = *(u32 *)(r10 -140)
 2031: r3 = *(u32 *)(r1 +12)
 2032: r2 &= r3
 2033: *(u32 *)(r10 -176) = r2
 2034: r2 = *(u32 *)(r10 -136)
 2035: r3 = *(u32 *)(r1 +16)
 2036: r2 &= r3
 2037: *(u32 *)(r10 -172) = r2
 2038: r2 = *(u32 *)(r10 -132)
 2039: r3 = *(u32 *)(r1 +20)
 2040: r2 &= r3
 2041: *(u32 *)(r10 -168) = r2
 2042: r1 = map[pipe_p0f_signatures] ll
 2044: r2 = r10
 2045: r2 += -184
 2046: call bpf_map_lookup_elem
 2047: r1 = r0
 2048: if r1 == 0 goto +13
 2049: r2 = *(u32 *)(r1 +4)
 2050: r3 = *(u64 *)(r10 -224)
 2051: if r3 == 0 goto +2
 2052: r3 = *(u64 *)(r10 -232)
 2053: if r2 <= r3 goto +8
 2054: *(u64 *)(r10 -224) = 1
 2055: *(u64 *)(r10 -232) = r2
 2056: r2 = *(u32 *)(r1 +0)
 2057: *(u32 *)(r10 -208) = r2
 2058: r2 = *(u32 *)(r1 +4)
 2059: *(u32 *)(r10 -204) = r2
 2060: r2 = *(u32 *)(r1 +8)
 2061: *(u32 *)(r10 -200) = r2
 2062: *(u32 *)(r10 -216) = 9
 2063: r1 = map[pipe_p0f_signatures_masks] ll
 2065: r2 = r10
 2066: r2 += -216
 2067: call bpf_map_lookup_elem
 2068: r1 = r0
 2069: if r1 == 0 goto +1073
 2070: r2 = *(u32 *)(r1 +0)
 2071: if r2 == 0 goto +1071
 2072: *(u32 *)(r10 -184) = 9
 2073: r2 = *(u32 *)(r10 -144)
 2074: r3 = *(u32 *)(r1 +8)
 2075: r2 &= r3
 2076: *(u32 *)(r10 -180) = r2
 2077: r2 = *(u32 *)(r10 -140)
 2078: r3 = *(u32 *)(r1 +12)
 2079: r2 &= r3
 2080: *(u32 *)(r10 -176) = r2
 2081: r2 = *(u32 *)(r10 -136)
 2082: r3 = *(u32 *)(r1 +16)
 2083: r2 &= r3
 2084: *(u32 *)(r10 -172) = r2
 2085: r2 = *(u32 *)(r10 -132)
 2086: r3 = *(u32 *)(r1 +20)
 2087: r2 &= r3
 2088: *(u32 *)(r10 -168) = r2
 2089: r1 = map[pipe_p0f_signatures] ll
 2091: r2 = r10
 2092: r2 += -184
 2093: call bpf_map_lookup_elem
 2094: r1 = r0
 2095: if r1 == 0 goto +13
 2096: r2 = *(u32 *)(r1 +4)
 2097: r3 = *(u64 *)(r10 -224)
 2098: if r3 == 0 goto +2
 2099: r3 = *(u64 *)(r10 -232)
 2100: if r2 <= r3 goto +8
 2101: *(u64 *)(r10 -224) = 1
 2102: *(u64 *)(r10 -232) = r2
 2103: r2 = *(u32 *)(r1 +0)
 2104: *(u32 *)(r10 -208) = r2
 2105: r2 = *(u32 *)(r1 +4)
 2106: *(u32 *)(r10 -204) = r2
 2107: r2 = *(u32 *)(r1 +8)
 2108: *(u32 *)(r10 -200) = r2
 2109: *(u32 *)(r10 -216) = 10
 2110: r1 = map[pipe_p0f_signatures_masks] ll
 2112: r2 = r10
 2113: r2 += -216
 2114: call bpf_map_lookup_elem
 2115: r1 = r0
 2116: if r1 == 0 goto +1026
 2117: r2 = *(u32 *)(r1 +0)
 2118: if r2 == 0 goto +1024
 2119: *(u32 *)(r10 -184) = 10
 2120: r2 = *(u32 *)(r10 -144)
 2121: r3 = *(u32 *)(r1 +8)
 2122: r2 &= r3
 2123: *(u32 *)(r10 -180) = r2
 2124: r2 = *(u32 *)(r10 -140)
 2125: r3 = *(u32 *)(r1 +12)
 2126: r2 &= r3
 2127: *(u32 *)(r10 -176) = r2
 2128: r2 = *(u32 *)(r10 -136)
 2129: r3 = *(u32 *)(r1 +16)
 2130: r2 &= r3
 2131: *(u32 *)(r10 -172) = r2
 2132: r2 = *(u32 *)(r10 -132)
 2133: r3 = *(u32 *)(r1 +20)
 2134: r2 &= r3
 2135: *(u32 *)(r10 -168) = r2
 2136: r1 = map[pipe_p0f_signatures] ll
 2138: r2 = r10
 2139: r2 += -184
 2140: call bpf_map_lookup_elem
 2141: r1 = r0
 2142: if r1 == 0 goto +13
 2143: r2 = *(u32 *)(r1 +4)
 2144: r3 = *(u64 *)(r10 -224)
 2145: if r3 == 0 goto +2
 2146: r3 = *(u64 *)(r10 -232)
 2147: if r2 <= r3 goto +8
 2148: *(u64 *)(r10 -224) = 1
 2149: *(u64 *)(r10 -232) = r2
 2150: r2 = *(u32 *)(r1 +0)
 2151: *(u32 *)(r10 -208) = r2
 2152: r2 = *(u32 *)(r1 +4)
 2153: *(u32 *)(r10 -204) = r2
 2154: r2 = *(u32 *)(r1 +8)
 2155: *(u32 *)(r10 -200) = r2
 2156: *(u32 *)(r10 -216) = 11
 2157: r1 = map[pipe_p0f_signatures_masks] ll
 2159: r2 = r10
 2160: r2 += -216
 2161: call bpf_map_lookup_elem
 2162: r1 = r0
 2163: if r1 == 0 goto +979
 2164: r2 = *(u32 *)(r1 +0)
 2165: if r2 == 0 goto +977
 2166: *(u32 *)(r10 -184) = 11
 2167: r2 = *(u32 *)(r10 -144)
 2168: r3 = *(u32 *)(r1 +8)
 2169: r2 &= r3
 2170: *(u32 *)(r10 -180) = r2
 2171: r2 = *(u32 *)(r10 -140)
 2172: r3 = *(u32 *)(r1 +12)
 2173: r2 &= r3
 2174: *(u32 *)(r10 -176) = r2
 2175: r2 = *(u32 *)(r10 -136)
 2176: r3 = *(u32 *)(r1 +16)
 2177: r2 &= r3
 2178: *(u32 *)(r10 -172) = r2
 2179: r2 = *(u32 *)(r10 -132)
 2180: r3 = *(u32 *)(r1 +20)
 2181: r2 &= r3
 2182: *(u32 *)(r10 -168) = r2
 2183: r1 = map[pipe_p0f_signatures] ll
 2185: r2 = r10
 2186: r2 += -184
 2187: call bpf_map_lookup_elem
 2188: r1 = r0
 2189: if r1 == 0 goto +13
 2190: r2 = *(u32 *)(r1 +4)
 2191: r3 = *(u64 *)(r10 -224)
 2192: if r3 == 0 goto +2
 2193: r3 = *(u64 *)(r10 -232)
 2194: if r2 <= r3 goto +8
 2195: *(u64 *)(r10 -224) = 1
 2196: *(u64 *)(r10 -232) = r2
 2197: r2 = *(u32 *)(r1 +0)
 2198: *(u32 *)(r10 -208) = r2
 2199: r2 = *(u32 *)(r1 +4)
 2200: *(u32 *)(r10 -204) = r2
 2201: r2 = *(u32 *)(r1 +8)
 2202: *(u32 *)(r10 -200) = r2
 2203: *(u32 *)(r10 -216) = 12
 2204: r1 = map[pipe_p0f_signatures_masks] ll
 2206: r2 = r10
 2207: r2 += -216
 2208: call bpf_map_lookup_elem
 2209: r1 = r0
 2210: if r1 == 0 goto +932
 2211: r2 = *(u32 *)(r1 +0)
 2212: if r2 == 0 goto +930
 2213: *(u32 *)(r10 -184) = 12
 2214: r2 = *(u32 *)(r10 -144)
 2215: r3 = *(u32 *)(r1 +8)
 2216: r2 &= r3
 2217: *(u32 *)(r10 -180) = r2
 2218: r2 = *(u32 *)(r10 -140)
 2219: r3 = *(u32 *)(r1 +12)
 2220: r2 &= r3
 2221: *(u32 *)(r10 -176) = r2
 2222: r2 = *(u32 *)(r10 -136)
 2223: r3 = *(u32 *)(r1 +16)
 2224: r2 &= r3
 2225: *(u32 *)(r10 -172) = r2
 2226: r2 = *(u32 *)(r10 -132)
 2227: r3 = *(u32 *)(r1 +20)
 2228: r2 &= r3
 2229: *(u32 *)(r10 -168) = r2
 2230: r1 = map[pipe_p0f_signatures] ll
 2232: r2 = r10
 2233: r2 += -184
 2234: call bpf_map_lookup_elem
 2235: r1 = r0
 2236: if r1 == 0 goto +13
 2237: r2 = *(u32 *)(r1 +4)
 2238: r3 = *(u64 *)(r10 -224)
 2239: if r3 == 0 goto +2
 2240: r3 = *(u64 *)(r10 -232)
 2241: if r2 <= r3 goto +8
 2242: *(u64 *)(r10 -224) = 1
 2243: *(u64 *)(r10 -232) = r2
 2244: r2 = *(u32 *)(r1 +0)
 2245: *(u32 *)(r10 -208) = r2
 2246: r2 = *(u32 *)(r1 +4)
 2247: *(u32 *)(r10 -204) = r2
 2248: r2 = *(u32 *)(r1 +8)
 2249: *(u32 *)(r10 -200) = r2
 2250: *(u32 *)(r10 -216) = 13
 2251: r1 = map[pipe_p0f_signatures_masks] ll
 2253: r2 = r10
 2254: r2 += -216
 2255: call bpf_map_lookup_elem
 2256: r1 = r0
 2257: if r1 == 0 goto +885
 2258: r2 = *(u32 *)(r1 +0)
 2259: if r2 == 0 goto +883
 2260: *(u32 *)(r10 -184) = 13
 2261: r2 = *(u32 *)(r10 -144)
 2262: r3 = *(u32 *)(r1 +8)
 2263: r2 &= r3
 2264: *(u32 *)(r10 -180) = r2
 2265: r2 = *(u32 *)(r10 -140)
 2266: r3 = *(u32 *)(r1 +12)
 2267: r2 &= r3
 2268: *(u32 *)(r10 -176) = r2
 2269: r2 = *(u32 *)(r10 -136)
 2270: r3 = *(u32 *)(r1 +16)
 2271: r2 &= r3
 2272: *(u32 *)(r10 -172) = r2
 2273: r2 = *(u32 *)(r10 -132)
 2274: r3 = *(u32 *)(r1 +20)
 2275: r2 &= r3
 2276: *(u32 *)(r10 -168) = r2
 2277: r1 = map[pipe_p0f_signatures] ll
 2279: r2 = r10
 2280: r2 += -184
 2281: call bpf_map_lookup_elem
 2282: r1 = r0
 2283: if r1 == 0 goto +13
 2284: r2 = *(u32 *)(r1 +4)
 2285: r3 = *(u64 *)(r10 -224)
 2286: if r3 == 0 goto +2
 2287: r3 = *(u64 *)(r10 -232)
 2288: if r2 <= r3 goto +8
 2289: *(u64 *)(r10 -224) = 1
 2290: *(u64 *)(r10 -232) = r2
 2291: r2 = *(u32 *)(r1 +0)
 2292: *(u32 *)(r10 -208) = r2
 2293: r2 = *(u32 *)(r1 +4)
 2294: *(u32 *)(r10 -204) = r2
 2295: r2 = *(u32 *)(r1 +8)
 2296: *(u32 *)(r10 -200) = r2
 2297: *(u32 *)(r10 -216) = 14
 2298: r1 = map[pipe_p0f_signatures_masks] ll
 2300: r2 = r10
 2301: r2 += -216
 2302: call bpf_map_lookup_elem
 2303: r1 = r0
 2304: if r1 == 0 goto +838
 2305: r2 = *(u32 *)(r1 +0)
 2306: if r2 == 0 goto +836
 2307: *(u32 *)(r10 -184) = 14
 2308: r2 = *(u32 *)(r10 -144)
 2309: r3 = *(u32 *)(r1 +8)
 2310: r2 &= r3
 2311: *(u32 *)(r10 -180) = r2
 2312: r2 = *(u32 *)(r10 -140)
 2313: r3 = *(u32 *)(r1 +12)
 2314: r2 &= r3
 2315: *(u32 *)(r10 -176) = r2
 2316: r2 = *(u32 *)(r10 -136)
 2317: r3 = *(u32 *)(r1 +16)
 2318: r2 &= r3
 2319: *(u32 *)(r10 -172) = r2
 2320: r2 = *(u32 *)(r10 -132)
 2321: r3 = *(u32 *)(r1 +20)
 2322: r2 &= r3
 2323: *(u32 *)(r10 -168) = r2
 2324: r1 = map[pipe_p0f_signatures] ll
 2326: r2 = r10
 2327: r2 += -184
 2328: call bpf_map_lookup_elem
 2329: r1 = r0
 2330: if r1 == 0 goto +13
 2331: r2 = *(u32 *)(r1 +4)
 2332: r3 = *(u64 *)(r10 -224)
 2333: if r3 == 0 goto +2
 2334: r3 = *(u64 *)(r10 -232)
 2335: if r2 <= r3 goto +8
 2336: *(u64 *)(r10 -224) = 1
 2337: *(u64 *)(r10 -232) = r2
 2338: r2 = *(u32 *)(r1 +0)
 2339: *(u32 *)(r10 -208) = r2
 2340: r2 = *(u32 *)(r1 +4)
 2341: *(u32 *)(r10 -204) = r2
 2342: r2 = *(u32 *)(r1 +8)
 2343: *(u32 *)(r10 -200) = r2
 2344: *(u32 *)(r10 -216) = 15
 2345: r1 = map[pipe_p0f_signatures_masks] ll
 2347: r2 = r10
 2348: r2 += -216
 2349: call bpf_map_lookup_elem
 2350: r1 = r0
 2351: if r1 == 0 goto +791
 2352: r2 = *(u32 *)(r1 +0)
 2353: if r2 == 0 goto +789
 2354: *(u32 *)(r10 -184) = 15
 2355: r2 = *(u32 *)(r10 -144)
 2356: r3 = *(u32 *)(r1 +8)
 2357: r2 &= r3
 2358: *(u32 *)(r10 -180) = r2
 2359: r2 = *(u32 *)(r10 -140)
 2360: r3 = *(u32 *)(r1 +12)
 2361: r2 &= r3
 2362: *(u32 *)(r10 -176) = r2
 2363: r2 = *(u32 *)(r10 -136)
 2364: r3 = *(u32 *)(r1 +16)
 2365: r2 &= r3
 2366: *(u32 *)(r10 -172) = r2
 2367: r2 = *(u32 *)(r10 -132)
 2368: r3 = *(u32 *)(r1 +20)
 2369: r2 &= r3
 2370: *(u32 *)(r10 -168) = r2
 2371: r1 = map[pipe_p0f_signatures] ll
 2373: r2 = r10
 2374: r2 += -184
 2375: call bpf_map_lookup_elem
 2376: r1 = r0
 2377: if r1 == 0 goto +13
 2378: r2 = *(u32 *)(r1 +4)
 2379: r3 = *(u64 *)(r10 -224)
 2380: if r3 == 0 goto +2
 2381: r3 = *(u64 *)(r10 -232)
 2382: if r2 <= r3 goto +8
 2383: *(u64 *)(r10 -224) = 1
 2384: *(u64 *)(r10 -232) = r2
 2385: r2 = *(u32 *)(r1 +0)
 2386: *(u32 *)(r10 -208) = r2
 2387: r2 = *(u32 *)(r1 +4)
 2388: *(u32 *)(r10 -204) = r2
 2389: r2 = *(u32 *)(r1 +8)
 2390: *(u32 *)(r10 -200) = r2
 2391: *(u32 *)(r10 -216) = 16
 2392: r1 = map[pipe_p0f_signatures_masks] ll
 2394: r2 = r10
 2395: r2 += -216
 2396: call bpf_map_lookup_elem
 2397: r1 = r0
 2398: if r1 == 0 goto +744
 2399: r2 = *(u32 *)(r1 +0)
 2400: if r2 == 0 goto +742
 2401: *(u32 *)(r10 -184) = 16
 2402: r2 = *(u32 *)(r10 -144)
 2403: r3 = *(u32 *)(r1 +8)
 2404: r2 &= r3
 2405: *(u32 *)(r10 -180) = r2
 2406: r2 = *(u32 *)(r10 -140)
 2407: r3 = *(u32 *)(r1 +12)
 2408: r2 &= r3
 2409: *(u32 *)(r10 -176) = r2
 2410: r2 = *(u32 *)(r10 -136)
 2411: r3 = *(u32 *)(r1 +16)
 2412: r2 &= r3
 2413: *(u32 *)(r10 -172) = r2
 2414: r2 = *(u32 *)(r10 -132)
 2415: r3 = *(u32 *)(r1 +20)
 2416: r2 &= r3
 2417: *(u32 *)(r10 -168) = r2
 2418: r1 = map[pipe_p0f_signatures] ll
 2420: r2 = r10
 2421: r2 += -184
 2422: call bpf_map_lookup_elem
 2423: r1 = r0
 2424: if r1 == 0 goto +13
 2425: r2 = *(u32 *)(r1 +4)
 2426: r3 = *(u64 *)(r10 -224)
 2427: if r3 == 0 goto +2
 2428: r3 = *(u64 *)(r10 -232)
 2429: if r2 <= r3 goto +8
 2430: *(u64 *)(r10 -224) = 1
 2431: *(u64 *)(r10 -232) = r2
 2432: r2 = *(u32 *)(r1 +0)
 2433: *(u32 *)(r10 -208) = r2
 2434: r2 = *(u32 *)(r1 +4)
 2435: *(u32 *)(r10 -204) = r2
 2436: r2 = *(u32 *)(r1 +8)
 2437: *(u32 *)(r10 -200) = r2
 2438: *(u32 *)(r10 -216) = 17
 2439: r1 = map[pipe_p0f_signatures_masks] ll
 2441: r2 = r10
 2442: r2 += -216
 2443: call bpf_map_lookup_elem
 2444: r1 = r0
 2445: if r1 == 0 goto +697
 2446: r2 = *(u32 *)(r1 +0)
 2447: if r2 == 0 goto +695
 2448: *(u32 *)(r10 -184) = 17
 2449: r2 = *(u32 *)(r10 -144)
 2450: r3 = *(u32 *)(r1 +8)
 2451: r2 &= r3
 2452: *(u32 *)(r10 -180) = r2
 2453: r2 = *(u32 *)(r10 -140)
 2454: r3 = *(u32 *)(r1 +12)
 2455: r2 &= r3
 2456: *(u32 *)(r10 -176) = r2
 2457: r2 = *(u32 *)(r10 -136)
 2458: r3 = *(u32 *)(r1 +16)
 2459: r2 &= r3
 2460: *(u32 *)(r10 -172) = r2
 2461: r2 = *(u32 *)(r10 -132)
 2462: r3 = *(u32 *)(r1 +20)
 2463: r2 &= r3
 2464: *(u32 *)(r10 -168) = r2
 2465: r1 = map[pipe_p0f_signatures] ll
 2467: r2 = r10
 2468: r2 += -184
 2469: call bpf_map_lookup_elem
 2470: r1 = r0
 2471: if r1 == 0 goto +13
 2472: r2 = *(u32 *)(r1 +4)
 2473: r3 = *(u64 *)(r10 -224)
 2474: if r3 == 0 goto +2
 2475: r3 = *(u64 *)(r10 -232)
 2476: if r2 <= r3 goto +8
 2477: *(u64 *)(r10 -224) = 1
 2478: *(u64 *)(r10 -232) = r2
 2479: r2 = *(u32 *)(r1 +0)
 2480: *(u32 *)(r10 -208) = r2
 2481: r2 = *(u32 *)(r1 +4)
 2482: *(u32 *)(r10 -204) = r2
 2483: r2 = *(u32 *)(r1 +8)
 2484: *(u32 *)(r10 -200) = r2
 2485: *(u32 *)(r10 -216) = 18
 2486: r1 = map[pipe_p0f_signatures_masks] ll
 2488: r2 = r10
 2489: r2 += -216
 2490: call bpf_map_lookup_elem
 2491: r1 = r0
 2492: if r1 == 0 goto +650
 2493: r2 = *(u32 *)(r1 +0)
 2494: if r2 == 0 goto +648
 2495: *(u32 *)(r10 -184) = 18
 2496: r2 = *(u32 *)(r10 -144)
 2497: r3 = *(u32 *)(r1 +8)
 2498: r2 &= r3
 2499: *(u32 *)(r10 -180) = r2
 2500: r2 = *(u32 *)(r10 -140)
 2501: r3 = *(u32 *)(r1 +12)
 2502: r2 &= r3
 2503: *(u32 *)(r10 -176) = r2
 2504: r2 = *(u32 *)(r10 -136)
 2505: r3 = *(u32 *)(r1 +16)
 2506: r2 &= r3
 2507: *(u32 *)(r10 -172) = r2
 2508: r2 = *(u32 *)(r10 -132)
 2509: r3 = *(u32 *)(r1 +20)
 2510: r2 &= r3
 2511: *(u32 *)(r10 -168) = r2
 2512: r1 = map[pipe_p0f_signatures] ll
 2514: r2 = r10
 2515: r2 += -184
 2516: call bpf_map_lookup_elem
 2517: r1 = r0
 2518: if r1 == 0 goto +13
 2519: r2 = *(u32 *)(r1 +4)
 2520: r3 = *(u64 *)(r10 -224)
 2521: if r3 == 0 goto +2
 2522: r3 = *(u64 *)(r10 -232)
 2523: if r2 <= r3 goto +8
 2524: *(u64 *)(r10 -224) = 1
 2525: *(u64 *)(r10 -232) = r2
 2526: r2 = *(u32 *)(r1 +0)
 2527: *(u32 *)(r10 -208) = r2
 2528: r2 = *(u32 *)(r1 +4)
 2529: *(u32 *)(r10 -204) = r2
 2530: r2 = *(u32 *)(r1 +8)
 2531: *(u32 *)(r10 -200) = r2
 2532: *(u32 *)(r10 -216) = 19
 2533: r1 = map[pipe_p0f_signatures_masks] ll
 2535: r2 = r10
 2536: r2 += -216
 2537: call bpf_map_lookup_elem
 2538: r1 = r0
 2539: if r1 == 0 goto +603
 2540: r2 = *(u32 *)(r1 +0)
 2541: if r2 == 0 goto +601
 2542: *(u32 *)(r10 -184) = 19
 2543: r2 = *(u32 *)(r10 -144)
 2544: r3 = *(u32 *)(r1 +8)
 2545: r2 &= r3
 2546: *(u32 *)(r10 -180) = r2
 2547: r2 = *(u32 *)(r10 -140)
 2548: r3 = *(u32 *)(r1 +12)
 2549: r2 &= r3
 2550: *(u32 *)(r10 -176) = r2
 2551: r2 = *(u32 *)(r10 -136)
 2552: r3 = *(u32 *)(r1 +16)
 2553: r2 &= r3
 2554: *(u32 *)(r10 -172) = r2
 2555: r2 = *(u32 *)(r10 -132)
 2556: r3 = *(u32 *)(r1 +20)
 2557: r2 &= r3
 2558: *(u32 *)(r10 -168) = r2
 2559: r1 = map[pipe_p0f_signatures] ll
 2561: r2 = r10
 2562: r2 += -184
 2563: call bpf_map_lookup_elem
 2564: r1 = r0
 2565: if r1 == 0 goto +13
 2566: r2 = *(u32 *)(r1 +4)
 2567: r3 = *(u64 *)(r10 -224)
 2568: if r3 == 0 goto +2
 2569: r3 = *(u64 *)(r10 -232)
 2570: if r2 <= r3 goto +8
 2571: *(u64 *)(r10 -224) = 1
 2572: *(u64 *)(r10 -232) = r2
 2573: r2 = *(u32 *)(r1 +0)
 2574: *(u32 *)(r10 -208) = r2
 2575: r2 = *(u32 *)(r1 +4)
 2576: *(u32 *)(r10 -204) = r2
 2577: r2 = *(u32 *)(r1 +8)
 2578: *(u32 *)(r10 -200) = r2
 2579: *(u32 *)(r10 -216) = 20
 2580: r1 = map[pipe_p0f_signatures_masks] ll
 2582: r2 = r10
 2583: r2 += -216
 2584: call bpf_map_lookup_elem
 2585: r1 = r0
 2586: if r1 == 0 goto +556
 2587: r2 = *(u32 *)(r1 +0)
 2588: if r2 == 0 goto +554
 2589: *(u32 *)(r10 -184) = 20
 2590: r2 = *(u32 *)(r10 -144)
 2591: r3 = *(u32 *)(r1 +8)
 2592: r2 &= r3
 2593: *(u32 *)(r10 -180) = r2
 2594: r2 = *(u32 *)(r10 -140)
 2595: r3 = *(u32 *)(r1 +12)
 2596: r2 &= r3
 2597: *(u32 *)(r10 -176) = r2
 2598: r2 = *(u32 *)(r10 -136)
 2599: r3 = *(u32 *)(r1 +16)
 2600: r2 &= r3
 2601: *(u32 *)(r10 -172) = r2
 2602: r2 = *(u32 *)(r10 -132)
 2603: r3 = *(u32 *)(r1 +20)
 2604: r2 &= r3
 2605: *(u32 *)(r10 -168) = r2
 2606: r1 = map[pipe_p0f_signatures] ll
 2608: r2 = r10
 2609: r2 += -184
 2610: call bpf_map_lookup_elem
 2611: r1 = r0
 2612: if r1 == 0 goto +13
 2613: r2 = *(u32 *)(r1 +4)
 2614: r3 = *(u64 *)(r10 -224)
 2615: if r3 == 0 goto +2
 2616: r3 = *(u64 *)(r10 -232)
 2617: if r2 <= r3 goto +8
 2618: *(u64 *)(r10 -224) = 1
 2619: *(u64 *)(r10 -232) = r2
 2620: r2 = *(u32 *)(r1 +0)
 2621: *(u32 *)(r10 -208) = r2
 2622: r2 = *(u32 *)(r1 +4)
 2623: *(u32 *)(r10 -204) = r2
 2624: r2 = *(u32 *)(r1 +8)
 2625: *(u32 *)(r10 -200) = r2
 2626: *(u32 *)(r10 -216) = 21
 2627: r1 = map[pipe_p0f_signatures_masks] ll
 2629: r2 = r10
 2630: r2 += -216
 2631: call bpf_map_lookup_elem
 2632: r1 = r0
 2633: if r1 == 0 goto +509
 2634: r2 = *(u32 *)(r1 +0)
 2635: if r2 == 0 goto +507
 2636: *(u32 *)(r10 -184) = 21
 2637: r2 = *(u32 *)(r10 -144)
 2638: r3 = *(u32 *)(r1 +8)
 2639: r2 &= r3
 2640: *(u32 *)(r10 -180) = r2
 2641: r2 = *(u32 *)(r10 -140)
 2642: r3 = *(u32 *)(r1 +12)
 2643: r2 &= r3
 2644: *(u32 *)(r10 -176) = r2
 2645: r2 = *(u32 *)(r10 -136)
 2646: r3 = *(u32 *)(r1 +16)
 2647: r2 &= r3
 2648: *(u32 *)(r10 -172) = r2
 2649: r2 = *(u32 *)(r10 -132)
 2650: r3 = *(u32 *)(r1 +20)
 2651: r2 &= r3
 2652: *(u32 *)(r10 -168) = r2
 2653: r1 = map[pipe_p0f_signatures] ll
 2655: r2 = r10
 2656: r2 += -184
 2657: call bpf_map_lookup_elem
 2658: r1 = r0
 2659: if r1 == 0 goto +13
 2660: r2 = *(u32 *)(r1 +4)
 2661: r3 = *(u64 *)(r10 -224)
 2662: if r3 == 0 goto +2
 2663: r3 = *(u64 *)(r10 -232)
 2664: if r2 <= r3 goto +8
 2665: *(u64 *)(r10 -224) = 1
 2666: *(u64 *)(r10 -232) = r2
 2667: r2 = *(u32 *)(r1 +0)
 2668: *(u32 *)(r10 -208) = r2
 2669: r2 = *(u32 *)(r1 +4)
 2670: *(u32 *)(r10 -204) = r2
 2671: r2 = *(u32 *)(r1 +8)
 2672: *(u32 *)(r10 -200) = r2
 2673: *(u32 *)(r10 -216) = 22
 2674: r1 = map[pipe_p0f_signatures_masks] ll
 2676: r2 = r10
 2677: r2 += -216
 2678: call bpf_map_lookup_elem
 2679: r1 = r0
 2680: if r1 == 0 goto +462
 2681: r2 = *(u32 *)(r1 +0)
 2682: if r2 == 0 goto +460
 2683: *(u32 *)(r10 -184) = 22
 2684: r2 = *(u32 *)(r10 -144)
 2685: r3 = *(u32 *)(r1 +8)
 2686: r2 &= r3
 2687: *(u32 *)(r10 -180) = r2
 2688: r2 = *(u32 *)(r10 -140)
 2689: r3 = *(u32 *)(r1 +12)
 2690: r2 &= r3
 2691: *(u32 *)(r10 -176) = r2
 2692: r2 = *(u32 *)(r10 -136)
 2693: r3 = *(u32 *)(r1 +16)
 2694: r2 &= r3
 2695: *(u32 *)(r10 -172) = r2
 2696: r2 = *(u32 *)(r10 -132)
 2697: r3 = *(u32 *)(r1 +20)
 2698: r2 &= r3
 2699: *(u32 *)(r10 -168) = r2
 2700: r1 = map[pipe_p0f_signatures] ll
 2702: r2 = r10
 2703: r2 += -184
 2704: call bpf_map_lookup_elem
 2705: r1 = r0
 2706: if r1 == 0 goto +13
 2707: r2 = *(u32 *)(r1 +4)
 2708: r3 = *(u64 *)(r10 -224)
 2709: if r3 == 0 goto +2
 2710: r3 = *(u64 *)(r10 -232)
 2711: if r2 <= r3 goto +8
 2712: *(u64 *)(r10 -224) = 1
 2713: *(u64 *)(r10 -232) = r2
 2714: r2 = *(u32 *)(r1 +0)
 2715: *(u32 *)(r10 -208) = r2
 2716: r2 = *(u32 *)(r1 +4)
 2717: *(u32 *)(r10 -204) = r2
 2718: r2 = *(u32 *)(r1 +8)
 2719: *(u32 *)(r10 -200) = r2
 2720: *(u32 *)(r10 -216) = 23
 2721: r1 = map[pipe_p0f_signatures_masks] ll
 2723: r2 = r10
 2724: r2 += -216
 2725: call bpf_map_lookup_elem
 2726: r1 = r0
 2727: if r1 == 0 goto +415
 2728: r2 = *(u32 *)(r1 +0)
 2729: if r2 == 0 goto +413
 2730: *(u32 *)(r10 -184) = 23
 2731: r2 = *(u32 *)(r10 -144)
 2732: r3 = *(u32 *)(r1 +8)
 2733: r2 &= r3
 2734: *(u32 *)(r10 -180) = r2
 2735: r2 = *(u32 *)(r10 -140)
 2736: r3 = *(u32 *)(r1 +12)
 2737: r2 &= r3
 2738: *(u32 *)(r10 -176) = r2
 2739: r2 = *(u32 *)(r10 -136)
 2740: r3 = *(u32 *)(r1 +16)
 2741: r2 &= r3
 2742: *(u32 *)(r10 -172) = r2
 2743: r2 = *(u32 *)(r10 -132)
 2744: r3 = *(u32 *)(r1 +20)
 2745: r2 &= r3
 2746: *(u32 *)(r10 -168) = r2
 2747: r1 = map[pipe_p0f_signatures] ll
 2749: r2 = r10
 2750: r2 += -184
 2751: call bpf_map_lookup_elem
 2752: r1 = r0
 2753: if r1 == 0 goto +13
 2754: r2 = *(u32 *)(r1 +4)
 2755: r3 = *(u64 *)(r10 -224)
 2756: if r3 == 0 goto +2
 2757: r3 = *(u64 *)(r10 -232)
 2758: if r2 <= r3 goto +8
 2759: *(u64 *)(r10 -224) = 1
 2760: *(u64 *)(r10 -232) = r2
 2761: r2 = *(u32 *)(r1 +0)
 2762: *(u32 *)(r10 -208) = r2
 2763: r2 = *(u32 *)(r1 +4)
 2764: *(u32 *)(r10 -204) = r2
 2765: r2 = *(u32 *)(r1 +8)
 2766: *(u32 *)(r10 -200) = r2
 2767: *(u32 *)(r10 -216) = 24
 2768: r1 = map[pipe_p0f_signatures_masks] ll
 2770: r2 = r10
 2771: r2 += -216
 2772: call bpf_map_lookup_elem
 2773: r1 = r0
 2774: if r1 == 0 goto +368
 2775: r2 = *(u32 *)(r1 +0)
 2776: if r2 == 0 goto +366
 2777: *(u32 *)(r10 -184) = 24
 2778: r2 = *(u32 *)(r10 -144)
 2779: r3 = *(u32 *)(r1 +8)
 2780: r2 &= r3
 2781: *(u32 *)(r10 -180) = r2
 2782: r2 = *(u32 *)(r10 -140)
 2783: r3 = *(u32 *)(r1 +12)
 2784: r2 &= r3
 2785: *(u32 *)(r10 -176) = r2
 2786: r2 = *(u32 *)(r10 -136)
 2787: r3 = *(u32 *)(r1 +16)
 2788: r2 &= r3
 2789: *(u32 *)(r10 -172) = r2
 2790: r2 = *(u32 *)(r10 -132)
 2791: r3 = *(u32 *)(r1 +20)
 2792: r2 &= r3
 2793: *(u32 *)(r10 -168) = r2
 2794: r1 = map[pipe_p0f_signatures] ll
 2796: r2 = r10
 2797: r2 += -184
 2798: call bpf_map_lookup_elem
 2799: r1 = r0
 2800: if r1 == 0 goto +13
 2801: r2 = *(u32 *)(r1 +4)
 2802: r3 = *(u64 *)(r10 -224)
 2803: if r3 == 0 goto +2
 2804: r3 = *(u64 *)(r10 -232)
 2805: if r2 <= r3 goto +8
 2806: *(u64 *)(r10 -224) = 1
 2807: *(u64 *)(r10 -232) = r2
 2808: r2 = *(u32 *)(r1 +0)
 2809: *(u32 *)(r10 -208) = r2
 2810: r2 = *(u32 *)(r1 +4)
 2811: *(u32 *)(r10 -204) = r2
 2812: r2 = *(u32 *)(r1 +8)
 2813: *(u32 *)(r10 -200) = r2
 2814: *(u32 *)(r10 -216) = 25
 2815: r1 = map[pipe_p0f_signatures_masks] ll
 2817: r2 = r10
 2818: r2 += -216
 2819: call bpf_map_lookup_elem
 2820: r1 = r0
 2821: if r1 == 0 goto +321
 2822: r2 = *(u32 *)(r1 +0)
 2823: if r2 == 0 goto +319
 2824: *(u32 *)(r10 -184) = 25
 2825: r2 = *(u32 *)(r10 -144)
 2826: r3 = *(u32 *)(r1 +8)
 2827: r2 &= r3
 2828: *(u32 *)(r10 -180) = r2
 2829: r2 = *(u32 *)(r10 -140)
 2830: r3 = *(u32 *)(r1 +12)
 2831: r2 &= r3
 2832: *(u32 *)(r10 -176) = r2
 2833: r2 = *(u32 *)(r10 -136)
 2834: r3 = *(u32 *)(r1 +16)
 2835: r2 &= r3
 2836: *(u32 *)(r10 -172) = r2
 2837: r2 = *(u32 *)(r10 -132)
 2838: r3 = *(u32 *)(r1 +20)
 2839: r2 &= r3
 2840: *(u32 *)(r10 -168) = r2
 2841: r1 = map[pipe_p0f_signatures] ll
 2843: r2 = r10
 2844: r2 += -184
 2845: call bpf_map_lookup_elem
 2846: r1 = r0
 2847: if r1 == 0 goto +13
 2848: r2 = *(u32 *)(r1 +4)
 2849: r3 = *(u64 *)(r10 -224)
 2850: if r3 == 0 goto +2
 2851: r3 = *(u64 *)(r10 -232)
 2852: if r2 <= r3 goto +8
 2853: *(u64 *)(r10 -224) = 1
 2854: *(u64 *)(r10 -232) = r2
 2855: r2 = *(u32 *)(r1 +0)
 2856: *(u32 *)(r10 -208) = r2
 2857: r2 = *(u32 *)(r1 +4)
 2858: *(u32 *)(r10 -204) = r2
 2859: r2 = *(u32 *)(r1 +8)
 2860: *(u32 *)(r10 -200) = r2
 2861: *(u32 *)(r10 -216) = 26
 2862: r1 = map[pipe_p0f_signatures_masks] ll
 2864: r2 = r10
 2865: r2 += -216
 2866: call bpf_map_lookup_elem
 2867: r1 = r0
 2868: if r1 == 0 goto +274
 2869: r2 = *(u32 *)(r1 +0)
 2870: if r2 == 0 goto +272
 2871: *(u32 *)(r10 -184) = 26
 2872: r2 = *(u32 *)(r10 -144)
 2873: r3 = *(u32 *)(r1 +8)
 2874: r2 &= r3
 2875: *(u32 *)(r10 -180) = r2
 2876: r2 = *(u32 *)(r10 -140)
 2877: r3 = *(u32 *)(r1 +12)
 2878: r2 &= r3
 2879: *(u32 *)(r10 -176) = r2
 2880: r2 = *(u32 *)(r10 -136)
 2881: r3 = *(u32 *)(r1 +16)
 2882: r2 &= r3
 2883: *(u32 *)(r10 -172) = r2
 2884: r2 = *(u32 *)(r10 -132)
 2885: r3 = *(u32 *)(r1 +20)
 2886: r2 &= r3
 2887: *(u32 *)(r10 -168) = r2
 2888: r1 = map[pipe_p0f_signatures] ll
 2890: r2 = r10
 2891: r2 += -184
 2892: call bpf_map_lookup_elem
 2893: r1 = r0
 2894: if r1 == 0 goto +13
 2895: r2 = *(u32 *)(r1 +4)
 2896: r3 = *(u64 *)(r10 -224)
 2897: if r3 == 0 goto +2
 2898: r3 = *(u64 *)(r10 -232)
 2899: if r2 <= r3 goto +8
 2900: *(u64 *)(r10 -224) = 1
 2901: *(u64 *)(r10 -232) = r2
 2902: r2 = *(u32 *)(r1 +0)
 2903: *(u32 *)(r10 -208) = r2
 2904: r2 = *(u32 *)(r1 +4)
 2905: *(u32 *)(r10 -204) = r2
 2906: r2 = *(u32 *)(r1 +8)
 2907: *(u32 *)(r10 -200) = r2
 2908: *(u32 *)(r10 -216) = 27
 2909: r1 = map[pipe_p0f_signatures_masks] ll
 2911: r2 = r10
 2912: r2 += -216
 2913: call bpf_map_lookup_elem
 2914: r1 = r0
 2915: if r1 == 0 goto +227
 2916: r2 = *(u32 *)(r1 +0)
 2917: if r2 == 0 goto +225
 2918: *(u32 *)(r10 -184) = 27
 2919: r2 = *(u32 *)(r10 -144)
 2920: r3 = *(u32 *)(r1 +8)
 2921: r2 &= r3
 2922: *(u32 *)(r10 -180) = r2
 2923: r2 = *(u32 *)(r10 -140)
 2924: r3 = *(u32 *)(r1 +12)
 2925: r2 &= r3
 2926: *(u32 *)(r10 -176) = r2
 2927: r2 = *(u32 *)(r10 -136)
 2928: r3 = *(u32 *)(r1 +16)
 2929: r2 &= r3
 2930: *(u32 *)(r10 -172) = r2
 2931: r2 = *(u32 *)(r10 -132)
 2932: r3 = *(u32 *)(r1 +20)
 2933: r2 &= r3
 2934: *(u32 *)(r10 -168) = r2
 2935: r1 = map[pipe_p0f_signatures] ll
 2937: r2 = r10
 2938: r2 += -184
 2939: call bpf_map_lookup_elem
 2940: r1 = r0
 2941: if r1 == 0 goto +13
 2942: r2 = *(u32 *)(r1 +4)
 2943: r3 = *(u64 *)(r10 -224)
 2944: if r3 == 0 goto +2
 2945: r3 = *(u64 *)(r10 -232)
 2946: if r2 <= r3 goto +8
 2947: *(u64 *)(r10 -224) = 1
 2948: *(u64 *)(r10 -232) = r2
 2949: r2 = *(u32 *)(r1 +0)
 2950: *(u32 *)(r10 -208) = r2
 2951: r2 = *(u32 *)(r1 +4)
 2952: *(u32 *)(r10 -204) = r2
 2953: r2 = *(u32 *)(r1 +8)
 2954: *(u32 *)(r10 -200) = r2
 2955: *(u32 *)(r10 -216) = 28
 2956: r1 = map[pipe_p0f_signatures_masks] ll
 2958: r2 = r10
 2959: r2 += -216
 2960: call bpf_map_lookup_elem
 2961: r1 = r0
 2962: if r1 == 0 goto +180
 2963: r2 = *(u32 *)(r1 +0)
 2964: if r2 == 0 goto +178
 2965: *(u32 *)(r10 -184) = 28
 2966: r2 = *(u32 *)(r10 -144)
 2967: r3 = *(u32 *)(r1 +8)
 2968: r2 &= r3
 2969: *(u32 *)(r10 -180) = r2
 2970: r2 = *(u32 *)(r10 -140)
 2971: r3 = *(u32 *)(r1 +12)
 2972: r2 &= r3
 2973: *(u32 *)(r10 -176) = r2
 2974: r2 = *(u32 *)(r10 -136)
 2975: r3 = *(u32 *)(r1 +16)
 2976: r2 &= r3
 2977: *(u32 *)(r10 -172) = r2
 2978: r2 = *(u32 *)(r10 -132)
 2979: r3 = *(u32 *)(r1 +20)
 2980: r2 &= r3
 2981: *(u32 *)(r10 -168) = r2
 2982: r1 = map[pipe_p0f_signatures] ll
 2984: r2 = r10
 2985: r2 += -184
 2986: call bpf_map_lookup_elem
 2987: r1 = r0
 2988: if r1 == 0 goto +13
 2989: r2 = *(u32 *)(r1 +4)
 2990: r3 = *(u64 *)(r10 -224)
 2991: if r3 == 0 goto +2
 2992: r3 = *(u64 *)(r10 -232)
 2993: if r2 <= r3 goto +8
 2994: *(u64 *)(r10 -224) = 1
 2995: *(u64 *)(r10 -232) = r2
 2996: r2 = *(u32 *)(r1 +0)
 2997: *(u32 *)(r10 -208) = r2
 2998: r2 = *(u32 *)(r1 +4)
 2999: *(u32 *)(r10 -204) = r2
 3000: r2 = *(u32 *)(r1 +8)
 3001: *(u32 *)(r10 -200) = r2
 3002: *(u32 *)(r10 -216) = 29
 3003: r1 = map[pipe_p0f_signatures_masks] ll
 3005: r2 = r10
 3006: r2 += -216
 3007: call bpf_map_lookup_elem
 3008: r1 = r0
 3009: if r1 == 0 goto +133
 3010: r2 = *(u32 *)(r1 +0)
 3011: if r2 == 0 goto +131
 3012: *(u32 *)(r10 -184) = 29
 3013: r2 = *(u32 *)(r10 -144)
 3014: r3 = *(u32 *)(r1 +8)
 3015: r2 &= r3
 3016: *(u32 *)(r10 -180) = r2
 3017: r2 = *(u32 *)(r10 -140)
 3018: r3 = *(u32 *)(r1 +12)
 3019: r2 &= r3
 3020: *(u32 *)(r10 -176) = r2
 3021: r2 = *(u32 *)(r10 -136)
 3022: r3 = *(u32 *)(r1 +16)
 3023: r2 &= r3
 3024: *(u32 *)(r10 -172) = r2
 3025: r2 = *(u32 *)(r10 -132)
 3026: r3 = *(u32 *)(r1 +20)
 3027: r2 &= r3
 3028: *(u32 *)(r10 -168) = r2
 3029: r1 = map[pipe_p0f_signatures] ll
 3031: r2 = r10
 3032: r2 += -184
 3033: call bpf_map_lookup_elem
 3034: r1 = r0
 3035: if r1 == 0 goto +13
 3036: r2 = *(u32 *)(r1 +4)
 3037: r3 = *(u64 *)(r10 -224)
 3038: if r3 == 0 goto +2
 3039: r3 = *(u64 *)(r10 -232)
 3040: if r2 <= r3 goto +8
 3041: *(u64 *)(r10 -224) = 1
 3042: *(u64 *)(r10 -232) = r2
 3043: r2 = *(u32 *)(r1 +0)
 3044: *(u32 *)(r10 -208) = r2
 3045: r2 = *(u32 *)(r1 +4)
 3046: *(u32 *)(r10 -204) = r2
 3047: r2 = *(u32 *)(r1 +8)
 3048: *(u32 *)(r10 -200) = r2
 3049: *(u32 *)(r10 -216) = 30
 3050: r1 = map[pipe_p0f_signatures_masks] ll
 3052: r2 = r10
 3053: r2 += -216
 3054: call bpf_map_lookup_elem
 3055: r1 = r0
 3056: if r1 == 0 goto +86
 3057: r2 = *(u32 *)(r1 +0)
 3058: if r2 == 0 goto +84
 3059: *(u32 *)(r10 -184) = 30
 3060: r2 = *(u32 *)(r10 -144)
 3061: r3 = *(u32 *)(r1 +8)
 3062: r2 &= r3
 3063: *(u32 *)(r10 -180) = r2
 3064: r2 = *(u32 *)(r10 -140)
 3065: r3 = *(u32 *)(r1 +12)
 3066: r2 &= r3
 3067: *(u32 *)(r10 -176) = r2
 3068: r2 = *(u32 *)(r10 -136)
 3069: r3 = *(u32 *)(r1 +16)
 3070: r2 &= r3
 3071: *(u32 *)(r10 -172) = r2
 3072: r2 = *(u32 *)(r10 -132)
 3073: r3 = *(u32 *)(r1 +20)
 3074: r2 &= r3
 3075: *(u32 *)(r10 -168) = r2
 3076: r1 = map[pipe_p0f_signatures] ll
 3078: r2 = r10
 3079: r2 += -184
 3080: call bpf_map_lookup_elem
 3081: r1 = r0
 3082: if r1 == 0 goto +13
 3083: r2 = *(u32 *)(r1 +4)
 3084: r3 = *(u64 *)(r10 -224)
 3085: if r3 == 0 goto +2
 3086: r3 = *(u64 *)(r10 -232)
 3087: if r2 <= r3 goto +8
 3088: *(u64 *)(r10 -224) = 1
 3089: *(u64 *)(r10 -232) = r2
 3090: r2 = *(u32 *)(r1 +0)
 3091: *(u32 *)(r10 -208) = r2
 3092: r2 = *(u32 *)(r1 +4)
 3093: *(u32 *)(r10 -204) = r2
 3094: r2 = *(u32 *)(r1 +8)
 3095: *(u32 *)(r10 -200) = r2
 3096: *(u32 *)(r10 -216) = 31
 3097: r1 = map[pipe_p0f_signatures_masks] ll
 3099: r2 = r10
 3100: r2 += -216
 3101: call bpf_map_lookup_elem
 3102: r1 = r0
 3103: if r1 == 0 goto +39
 3104: r2 = *(u32 *)(r1 +0)
 3105: if r2 == 0 goto +37
 3106: *(u32 *)(r10 -184) = 31
 3107: r2 = *(u32 *)(r10 -144)
 3108: r3 = *(u32 *)(r1 +8)
 3109: r2 &= r3
 3110: *(u32 *)(r10 -180) = r2
 3111: r2 = *(u32 *)(r10 -140)
 3112: r3 = *(u32 *)(r1 +12)
 3113: r2 &= r3
 3114: *(u32 *)(r10 -176) = r2
 3115: r2 = *(u32 *)(r10 -136)
 3116: r3 = *(u32 *)(r1 +16)
 3117: r2 &= r3
 3118: *(u32 *)(r10 -172) = r2
 3119: r2 = *(u32 *)(r10 -132)
 3120: r3 = *(u32 *)(r1 +20)
 3121: r2 &= r3
 3122: *(u32 *)(r10 -168) = r2
 3123: r1 = map[pipe_p0f_signatures] ll
 3125: r2 = r10
 3126: r2 += -184
 3127: call bpf_map_lookup_elem
 3128: r1 = r0
 3129: if r1 == 0 goto +13
 3130: r2 = *(u32 *)(r1 +4)
 3131: r3 = *(u64 *)(r10 -224)
 3132: if r3 == 0 goto +2
 3133: r3 = *(u64 *)(r10 -232)
 3134: if r2 <= r3 goto +8
 3135: *(u64 *)(r10 -224) = 1
 3136: *(u64 *)(r10 -232) = r2
 3137: r2 = *(u32 *)(r1 +0)
 3138: *(u32 *)(r10 -208) = r2
 3139: r2 = *(u32 *)(r1 +4)
 3140: *(u32 *)(r10 -204) = r2
 3141: r2 = *(u32 *)(r1 +8)
 3142: *(u32 *)(r10 -200) = r2
 3143: r1 = *(u64 *)(r10 -224)
 3144: r2 = 1
 3145: if r1 != 0 goto +17
 3146: r2 = 0
 3147: *(u32 *)(r10 -144) = 0
 3148: r1 = map[pipe_p0f_signatures_default] ll
 3150: r2 = r10
 3151: r2 += -144
 3152: call bpf_map_lookup_elem
 3153: r1 = r0
 3154: if r1 == 0 goto +5
 3155: r2 = *(u32 *)(r1 +0)
 3156: r8 = *(u32 *)(r1 +8)
 3157: r8 = be32 r8
 3158: w8 = w8
 3159: goto +7
 3160: r2 = 2
 3161: r8 = 0
 3162: goto +4
 3163: r2 = *(u32 *)(r10 -208)
 3164: r8 = *(u32 *)(r10 -200)
 3165: r8 = be32 r8
 3166: w8 = w8
 3167: if r2 == 0 goto +26
 3168: if r2 == 1 goto +3
 3169: if r2 == 2 goto +1
 3170: goto +42
      ; pipe: block6 (NoAction)
 3171: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 3172: r1 = 1
      ; write var10, v45
 3173: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 3174: r1 = 0
      ; v47: bit<32> = const 1
 3175: r2 = 1
      ; count counter0[v46] += v47
 3176: *(u32 *)(r10 -144) = r1
 3177: *(u64 *)(r10 -208) = r2
 3178: r1 = map[pipe_os_stats] ll
 3180: r2 = r10
 3181: r2 += -144
 3182: call bpf_map_lookup_elem
 3183: r1 = r0
 3184: if r1 == 0 goto +8
 3185: r2 = *(u64 *)(r1 +0)
 3186: r3 = *(u64 *)(r10 -208)
 3187: r2 += r3
 3188: *(u64 *)(r1 +0) = r2
 3189: r2 = *(u64 *)(r1 +8)
 3190: r3 = *(u32 *)(r10 -40)
 3191: r2 += r3
 3192: *(u64 *)(r1 +8) = r2
 3193: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 3194: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 3195: r1 = 1
      ; count counter0[v43] += v44
 3196: *(u32 *)(r10 -144) = r8
 3197: *(u64 *)(r10 -208) = r1
 3198: r1 = map[pipe_os_stats] ll
 3200: r2 = r10
 3201: r2 += -144
 3202: call bpf_map_lookup_elem
 3203: r1 = r0
 3204: if r1 == 0 goto +8
 3205: r2 = *(u64 *)(r1 +0)
 3206: r3 = *(u64 *)(r10 -208)
 3207: r2 += r3
 3208: *(u64 *)(r1 +0) = r2
 3209: r2 = *(u64 *)(r1 +8)
 3210: r3 = *(u32 *)(r10 -40)
 3211: r2 += r3
 3212: *(u64 *)(r1 +8) = r2
 3213: goto +7
 3214: goto +6
      ; drop
 3215: r1 = *(u32 *)(r10 -36)
 3216: r2 = *(u32 *)(r10 -32)
 3217: r2 = *(u64 *)(r10 -8)
 3218: *(u32 *)(r2 +8) = r1
 3219: r0 = 2
 3220: exit
      ; epilogue: verdict
 3221: r1 = *(u32 *)(r10 -36)
 3222: r2 = *(u32 *)(r10 -32)
 3223: r2 = *(u64 *)(r10 -8)
 3224: *(u32 *)(r2 +8) = r1
 3225: r1 = *(u8 *)(r10 -23)
 3226: if r1 != 0 goto +2
 3227: r0 = 0
 3228: exit
 3229: if r1 != 2 goto +4
 3230: r1 = *(u32 *)(r10 -32)
 3231: r2 = 0
 3232: call bpf_redirect
 3233: exit
 3234: r0 = 2
 3235: exit
