; p0f for classifier: 2793 instructions, stack 248 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r2 = r1
    2: r6 = *(u32 *)(r2 +76)
    3: r7 = *(u32 *)(r2 +80)
    4: *(u64 *)(r10 -16) = 0
    5: *(u64 *)(r10 -112) = 0
    6: *(u64 *)(r10 -104) = 0
    7: *(u64 *)(r10 -96) = 0
    8: *(u64 *)(r10 -88) = 0
    9: *(u64 *)(r10 -80) = 0
   10: *(u64 *)(r10 -72) = 0
   11: *(u64 *)(r10 -64) = 0
   12: *(u64 *)(r10 -56) = 0
   13: *(u64 *)(r10 -48) = 0
   14: *(u64 *)(r10 -40) = 0
   15: *(u64 *)(r10 -32) = 0
   16: *(u64 *)(r10 -24) = 0
   17: r1 = *(u32 *)(r2 +0)
   18: *(u32 *)(r10 -40) = r1
   19: r1 = *(u32 *)(r2 +8)
   20: *(u32 *)(r10 -36) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   21: r3 = *(u64 *)(r10 -16)
   22: if r3 > 16383 goto +2751
   23: r2 = r6
   24: r2 += r3
   25: r1 = r2
   26: r1 += 14
   27: if r1 <= r7 goto +1
   28: goto +2745
   29: r1 = r3
   30: r1 += 1
   31: *(u32 *)(r10 -104) = r1
   32: r3 += 14
   33: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: if r1 != 8 goto +928
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r2 = *(u64 *)(r10 -16)
   37: if r2 > 16383 goto +2736
   38: r3 = r6
   39: r3 += r2
   40: r1 = r3
   41: r1 += 20
   42: if r1 <= r7 goto +1
   43: goto +2730
   44: r1 = r2
   45: r1 += 1
   46: *(u32 *)(r10 -100) = r1
   47: r2 += 20
   48: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   49: r2 = *(u8 *)(r3 +0)
   50: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   51: r1 = 1
   52: if r2 >= 5 goto +1
   53: r1 = 0
      ; verify v3, error HeaderTooShort
   54: if r1 == 0 goto +2719
      ; v4: bit<4> = read_field hdr1.ihl
   55: r2 = *(u8 *)(r3 +0)
   56: r2 &= 15
      ; v5: bit<32> = cast v4
   57: w2 = w2
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   58: r2 -= 5
   59: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   60: r2 *= 32
   61: w2 = w2
      ; advance v9
   62: r1 = r2
   63: r1 &= 7
   64: if r1 != 0 goto +2709
   65: r1 = r2
   66: r1 >>= 3
   67: r2 = *(u64 *)(r10 -16)
   68: r2 += r1
   69: if r2 > 16383 goto +2704
   70: r1 = r6
   71: r1 += r2
   72: if r1 <= r7 goto +1
   73: goto +2700
   74: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   75: r2 = *(u16 *)(r3 +6)
   76: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   77: r1 = *(u8 *)(r3 +9)
   78: if r2 != 0 goto +885
   79: if r1 != 6 goto +884
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   80: r3 = *(u64 *)(r10 -16)
   81: if r3 > 16383 goto +2692
   82: r2 = r6
   83: r2 += r3
   84: r1 = r2
   85: r1 += 20
   86: if r1 <= r7 goto +1
   87: goto +2686
   88: r1 = r3
   89: r1 += 1
   90: *(u32 *)(r10 -96) = r1
   91: r3 += 20
   92: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
   93: r3 = *(u8 *)(r2 +12)
   94: r3 >>= 4
   95: r3 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   96: r1 = 1
   97: if r3 >= 5 goto +1
   98: r1 = 0
      ; verify v14, error HeaderTooShort
   99: if r1 == 0 goto +2674
      ; v15: bit<4> = read_field hdr2.dataOffset
  100: r1 = *(u8 *)(r2 +12)
  101: r1 >>= 4
  102: r1 &= 15
      ; v16: bit<16> = cast v15
  103: r1 &= 65535
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  104: r1 -= 5
  105: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  106: r1 *= 4
  107: r1 &= 65535
      ; write var2, v20
  108: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  109: r1 = *(u8 *)(r2 +13)
  110: r1 &= 18
  111: if r1 != 2 goto +852
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  112: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  113: r1 = *(u8 *)(r10 -24)
  114: if r2 == 0 goto +849
  115: if r1 == 8 goto +848
      ; prs: block5 (parse_option)
      ; extract hdr3
  116: r3 = *(u64 *)(r10 -16)
  117: if r3 > 16383 goto +2656
  118: r2 = r6
  119: r2 += r3
  120: r1 = r2
  121: r1 += 1
  122: if r1 <= r7 goto +1
  123: goto +2650
  124: r1 = r3
  125: r1 += 1
  126: *(u32 *)(r10 -92) = r1
  127: r3 += 1
  128: *(u64 *)(r10 -16) = r3
      ; v24: bit<8> = read var3
  129: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
      ; v26: bit<8> = add v24, v25
  130: r1 += 1
  131: r1 &= 255
      ; write var3, v26
  132: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  133: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
      ; v29: bit<16> = sub v27, v28
  134: r1 -= 1
  135: r1 &= 65535
      ; write var2, v29
  136: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  137: r1 = *(u8 *)(r2 +0)
  138: if r1 == 0 goto +825
  139: if r1 == 1 goto +78
  140: if r1 == 2 goto +61
  141: if r1 == 3 goto +43
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  142: r1 = *(u64 *)(r10 -16)
  143: if r1 > 16383 goto +2630
  144: r2 = r6
  145: r2 += r1
  146: r1 = r2
  147: r1 += 1
  148: if r1 <= r7 goto +1
  149: goto +2624
  150: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  151: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  152: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  153: r1 = 1
  154: if r2 >= 2 goto +1
  155: r1 = 0
      ; verify v34, error HeaderTooShort
  156: if r1 == 0 goto +2617
      ; v35: bit<8> = read var11
  157: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  158: w2 = w2
      ; v37: bit<32> = const 1
      ; v38: bit<32> = sub v36, v37
  159: r2 -= 1
  160: w2 = w2
      ; v39: bit<32> = const 8
      ; v40: bit<32> = mul v38, v39
  161: r2 *= 8
  162: w2 = w2
      ; advance v40
  163: r1 = r2
  164: r1 &= 7
  165: if r1 != 0 goto +2608
  166: r1 = r2
  167: r1 >>= 3
  168: r2 = *(u64 *)(r10 -16)
  169: r2 += r1
  170: if r2 > 16383 goto +2603
  171: r1 = r6
  172: r1 += r2
  173: if r1 <= r7 goto +1
  174: goto +2599
  175: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  176: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  177: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  178: r2 &= 65535
      ; v44: bit<16> = const 1
      ; v45: bit<16> = sub v43, v44
  179: r2 -= 1
  180: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  181: r1 -= r2
  182: r1 &= 65535
      ; write var2, v46
  183: *(u16 *)(r10 -28) = r1
  184: goto +33
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  185: r2 = *(u64 *)(r10 -16)
  186: if r2 > 16383 goto +2587
  187: r1 = r6
  188: r1 += r2
  189: r1 += 2
  190: if r1 <= r7 goto +1
  191: goto +2582
  192: r1 = r2
  193: r1 += 1
  194: *(u32 *)(r10 -56) = r1
  195: r2 += 2
  196: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  197: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  198: r1 -= 2
  199: r1 &= 65535
      ; write var2, v49
  200: *(u16 *)(r10 -28) = r1
  201: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  202: r2 = *(u64 *)(r10 -16)
  203: if r2 > 16383 goto +2570
  204: r1 = r6
  205: r1 += r2
  206: r1 += 3
  207: if r1 <= r7 goto +1
  208: goto +2565
  209: r1 = r2
  210: r1 += 1
  211: *(u32 *)(r10 -60) = r1
  212: r2 += 3
  213: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  214: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  215: r1 -= 3
  216: r1 &= 65535
      ; write var2, v52
  217: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  218: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  219: r1 = *(u8 *)(r10 -24)
  220: if r2 == 0 goto +743
  221: if r1 == 8 goto +742
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  222: r3 = *(u64 *)(r10 -16)
  223: if r3 > 16383 goto +2550
  224: r2 = r6
  225: r2 += r3
  226: r1 = r2
  227: r1 += 1
  228: if r1 <= r7 goto +1
  229: goto +2544
  230: r1 = r3
  231: r1 += 1
  232: *(u32 *)(r10 -88) = r1
  233: r3 += 1
  234: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  235: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  236: r1 += 1
  237: r1 &= 255
      ; write var3, v57
  238: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  239: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  240: r1 -= 1
  241: r1 &= 65535
      ; write var2, v60
  242: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  243: r1 = *(u8 *)(r2 +0)
  244: if r1 == 0 goto +719
  245: if r1 == 1 goto +78
  246: if r1 == 2 goto +61
  247: if r1 == 3 goto +43
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  248: r1 = *(u64 *)(r10 -16)
  249: if r1 > 16383 goto +2524
  250: r2 = r6
  251: r2 += r1
  252: r1 = r2
  253: r1 += 1
  254: if r1 <= r7 goto +1
  255: goto +2518
  256: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  257: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  258: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  259: r1 = 1
  260: if r2 >= 2 goto +1
  261: r1 = 0
      ; verify v65, error HeaderTooShort
  262: if r1 == 0 goto +2511
      ; v66: bit<8> = read var11
  263: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  264: w2 = w2
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  265: r2 -= 1
  266: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  267: r2 *= 8
  268: w2 = w2
      ; advance v71
  269: r1 = r2
  270: r1 &= 7
  271: if r1 != 0 goto +2502
  272: r1 = r2
  273: r1 >>= 3
  274: r2 = *(u64 *)(r10 -16)
  275: r2 += r1
  276: if r2 > 16383 goto +2497
  277: r1 = r6
  278: r1 += r2
  279: if r1 <= r7 goto +1
  280: goto +2493
  281: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  282: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  283: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  284: r2 &= 65535
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  285: r2 -= 1
  286: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  287: r1 -= r2
  288: r1 &= 65535
      ; write var2, v77
  289: *(u16 *)(r10 -28) = r1
  290: goto +33
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  291: r2 = *(u64 *)(r10 -16)
  292: if r2 > 16383 goto +2481
  293: r1 = r6
  294: r1 += r2
  295: r1 += 2
  296: if r1 <= r7 goto +1
  297: goto +2476
  298: r1 = r2
  299: r1 += 1
  300: *(u32 *)(r10 -56) = r1
  301: r2 += 2
  302: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  303: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  304: r1 -= 2
  305: r1 &= 65535
      ; write var2, v80
  306: *(u16 *)(r10 -28) = r1
  307: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  308: r2 = *(u64 *)(r10 -16)
  309: if r2 > 16383 goto +2464
  310: r1 = r6
  311: r1 += r2
  312: r1 += 3
  313: if r1 <= r7 goto +1
  314: goto +2459
  315: r1 = r2
  316: r1 += 1
  317: *(u32 *)(r10 -60) = r1
  318: r2 += 3
  319: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  320: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  321: r1 -= 3
  322: r1 &= 65535
      ; write var2, v83
  323: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  324: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  325: r1 = *(u8 *)(r10 -24)
  326: if r2 == 0 goto +637
  327: if r1 == 8 goto +636
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  328: r3 = *(u64 *)(r10 -16)
  329: if r3 > 16383 goto +2444
  330: r2 = r6
  331: r2 += r3
  332: r1 = r2
  333: r1 += 1
  334: if r1 <= r7 goto +1
  335: goto +2438
  336: r1 = r3
  337: r1 += 1
  338: *(u32 *)(r10 -84) = r1
  339: r3 += 1
  340: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  341: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  342: r1 += 1
  343: r1 &= 255
      ; write var3, v88
  344: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  345: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  346: r1 -= 1
  347: r1 &= 65535
      ; write var2, v91
  348: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  349: r1 = *(u8 *)(r2 +0)
  350: if r1 == 0 goto +613
  351: if r1 == 1 goto +78
  352: if r1 == 2 goto +61
  353: if r1 == 3 goto +43
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  354: r1 = *(u64 *)(r10 -16)
  355: if r1 > 16383 goto +2418
  356: r2 = r6
  357: r2 += r1
  358: r1 = r2
  359: r1 += 1
  360: if r1 <= r7 goto +1
  361: goto +2412
  362: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  363: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  364: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  365: r1 = 1
  366: if r2 >= 2 goto +1
  367: r1 = 0
      ; verify v96, error HeaderTooShort
  368: if r1 == 0 goto +2405
      ; v97: bit<8> = read var11
  369: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  370: w2 = w2
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  371: r2 -= 1
  372: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  373: r2 *= 8
  374: w2 = w2
      ; advance v102
  375: r1 = r2
  376: r1 &= 7
  377: if r1 != 0 goto +2396
  378: r1 = r2
  379: r1 >>= 3
  380: r2 = *(u64 *)(r10 -16)
  381: r2 += r1
  382: if r2 > 16383 goto +2391
  383: r1 = r6
  384: r1 += r2
  385: if r1 <= r7 goto +1
  386: goto +2387
  387: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  388: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  389: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  390: r2 &= 65535
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  391: r2 -= 1
  392: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  393: r1 -= r2
  394: r1 &= 65535
      ; write var2, v108
  395: *(u16 *)(r10 -28) = r1
  396: goto +33
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  397: r2 = *(u64 *)(r10 -16)
  398: if r2 > 16383 goto +2375
  399: r1 = r6
  400: r1 += r2
  401: r1 += 2
  402: if r1 <= r7 goto +1
  403: goto +2370
  404: r1 = r2
  405: r1 += 1
  406: *(u32 *)(r10 -56) = r1
  407: r2 += 2
  408: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  409: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  410: r1 -= 2
  411: r1 &= 65535
      ; write var2, v111
  412: *(u16 *)(r10 -28) = r1
  413: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  414: r2 = *(u64 *)(r10 -16)
  415: if r2 > 16383 goto +2358
  416: r1 = r6
  417: r1 += r2
  418: r1 += 3
  419: if r1 <= r7 goto +1
  420: goto +2353
  421: r1 = r2
  422: r1 += 1
  423: *(u32 *)(r10 -60) = r1
  424: r2 += 3
  425: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  426: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  427: r1 -= 3
  428: r1 &= 65535
      ; write var2, v114
  429: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  430: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  431: r1 = *(u8 *)(r10 -24)
  432: if r2 == 0 goto +531
  433: if r1 == 8 goto +530
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  434: r3 = *(u64 *)(r10 -16)
  435: if r3 > 16383 goto +2338
  436: r2 = r6
  437: r2 += r3
  438: r1 = r2
  439: r1 += 1
  440: if r1 <= r7 goto +1
  441: goto +2332
  442: r1 = r3
  443: r1 += 1
  444: *(u32 *)(r10 -80) = r1
  445: r3 += 1
  446: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  447: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  448: r1 += 1
  449: r1 &= 255
      ; write var3, v119
  450: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  451: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  452: r1 -= 1
  453: r1 &= 65535
      ; write var2, v122
  454: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  455: r1 = *(u8 *)(r2 +0)
  456: if r1 == 0 goto +507
  457: if r1 == 1 goto +78
  458: if r1 == 2 goto +61
  459: if r1 == 3 goto +43
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  460: r1 = *(u64 *)(r10 -16)
  461: if r1 > 16383 goto +2312
  462: r2 = r6
  463: r2 += r1
  464: r1 = r2
  465: r1 += 1
  466: if r1 <= r7 goto +1
  467: goto +2306
  468: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  469: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  470: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  471: r1 = 1
  472: if r2 >= 2 goto +1
  473: r1 = 0
      ; verify v127, error HeaderTooShort
  474: if r1 == 0 goto +2299
      ; v128: bit<8> = read var11
  475: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  476: w2 = w2
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  477: r2 -= 1
  478: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  479: r2 *= 8
  480: w2 = w2
      ; advance v133
  481: r1 = r2
  482: r1 &= 7
  483: if r1 != 0 goto +2290
  484: r1 = r2
  485: r1 >>= 3
  486: r2 = *(u64 *)(r10 -16)
  487: r2 += r1
  488: if r2 > 16383 goto +2285
  489: r1 = r6
  490: r1 += r2
  491: if r1 <= r7 goto +1
  492: goto +2281
  493: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  494: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  495: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  496: r2 &= 65535
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  497: r2 -= 1
  498: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  499: r1 -= r2
  500: r1 &= 65535
      ; write var2, v139
  501: *(u16 *)(r10 -28) = r1
  502: goto +33
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  503: r2 = *(u64 *)(r10 -16)
  504: if r2 > 16383 goto +2269
  505: r1 = r6
  506: r1 += r2
  507: r1 += 2
  508: if r1 <= r7 goto +1
  509: goto +2264
  510: r1 = r2
  511: r1 += 1
  512: *(u32 *)(r10 -56) = r1
  513: r2 += 2
  514: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  515: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  516: r1 -= 2
  517: r1 &= 65535
      ; write var2, v142
  518: *(u16 *)(r10 -28) = r1
  519: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  520: r2 = *(u64 *)(r10 -16)
  521: if r2 > 16383 goto +2252
  522: r1 = r6
  523: r1 += r2
  524: r1 += 3
  525: if r1 <= r7 goto +1
  526: goto +2247
  527: r1 = r2
  528: r1 += 1
  529: *(u32 *)(r10 -60) = r1
  530: r2 += 3
  531: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  532: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  533: r1 -= 3
  534: r1 &= 65535
      ; write var2, v145
  535: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  536: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  537: r1 = *(u8 *)(r10 -24)
  538: if r2 == 0 goto +425
  539: if r1 == 8 goto +424
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  540: r3 = *(u64 *)(r10 -16)
  541: if r3 > 16383 goto +2232
  542: r2 = r6
  543: r2 += r3
  544: r1 = r2
  545: r1 += 1
  546: if r1 <= r7 goto +1
  547: goto +2226
  548: r1 = r3
  549: r1 += 1
  550: *(u32 *)(r10 -76) = r1
  551: r3 += 1
  552: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  553: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  554: r1 += 1
  555: r1 &= 255
      ; write var3, v150
  556: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  557: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  558: r1 -= 1
  559: r1 &= 65535
      ; write var2, v153
  560: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  561: r1 = *(u8 *)(r2 +0)
  562: if r1 == 0 goto +401
  563: if r1 == 1 goto +78
  564: if r1 == 2 goto +61
  565: if r1 == 3 goto +43
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  566: r1 = *(u64 *)(r10 -16)
  567: if r1 > 16383 goto +2206
  568: r2 = r6
  569: r2 += r1
  570: r1 = r2
  571: r1 += 1
  572: if r1 <= r7 goto +1
  573: goto +2200
  574: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  575: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  576: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  577: r1 = 1
  578: if r2 >= 2 goto +1
  579: r1 = 0
      ; verify v158, error HeaderTooShort
  580: if r1 == 0 goto +2193
      ; v159: bit<8> = read var11
  581: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  582: w2 = w2
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  583: r2 -= 1
  584: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  585: r2 *= 8
  586: w2 = w2
      ; advance v164
  587: r1 = r2
  588: r1 &= 7
  589: if r1 != 0 goto +2184
  590: r1 = r2
  591: r1 >>= 3
  592: r2 = *(u64 *)(r10 -16)
  593: r2 += r1
  594: if r2 > 16383 goto +2179
  595: r1 = r6
  596: r1 += r2
  597: if r1 <= r7 goto +1
  598: goto +2175
  599: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  600: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  601: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  602: r2 &= 65535
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  603: r2 -= 1
  604: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  605: r1 -= r2
  606: r1 &= 65535
      ; write var2, v170
  607: *(u16 *)(r10 -28) = r1
  608: goto +33
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  609: r2 = *(u64 *)(r10 -16)
  610: if r2 > 16383 goto +2163
  611: r1 = r6
  612: r1 += r2
  613: r1 += 2
  614: if r1 <= r7 goto +1
  615: goto +2158
  616: r1 = r2
  617: r1 += 1
  618: *(u32 *)(r10 -56) = r1
  619: r2 += 2
  620: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  621: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  622: r1 -= 2
  623: r1 &= 65535
      ; write var2, v173
  624: *(u16 *)(r10 -28) = r1
  625: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  626: r2 = *(u64 *)(r10 -16)
  627: if r2 > 16383 goto +2146
  628: r1 = r6
  629: r1 += r2
  630: r1 += 3
  631: if r1 <= r7 goto +1
  632: goto +2141
  633: r1 = r2
  634: r1 += 1
  635: *(u32 *)(r10 -60) = r1
  636: r2 += 3
  637: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  638: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  639: r1 -= 3
  640: r1 &= 65535
      ; write var2, v176
  641: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  642: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  643: r1 = *(u8 *)(r10 -24)
  644: if r2 == 0 goto +319
  645: if r1 == 8 goto +318
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  646: r3 = *(u64 *)(r10 -16)
  647: if r3 > 16383 goto +2126
  648: r2 = r6
  649: r2 += r3
  650: r1 = r2
  651: r1 += 1
  652: if r1 <= r7 goto +1
  653: goto +2120
  654: r1 = r3
  655: r1 += 1
  656: *(u32 *)(r10 -72) = r1
  657: r3 += 1
  658: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  659: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  660: r1 += 1
  661: r1 &= 255
      ; write var3, v181
  662: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  663: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  664: r1 -= 1
  665: r1 &= 65535
      ; write var2, v184
  666: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  667: r1 = *(u8 *)(r2 +0)
  668: if r1 == 0 goto +295
  669: if r1 == 1 goto +78
  670: if r1 == 2 goto +61
  671: if r1 == 3 goto +43
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  672: r1 = *(u64 *)(r10 -16)
  673: if r1 > 16383 goto +2100
  674: r2 = r6
  675: r2 += r1
  676: r1 = r2
  677: r1 += 1
  678: if r1 <= r7 goto +1
  679: goto +2094
  680: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  681: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  682: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  683: r1 = 1
  684: if r2 >= 2 goto +1
  685: r1 = 0
      ; verify v189, error HeaderTooShort
  686: if r1 == 0 goto +2087
      ; v190: bit<8> = read var11
  687: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  688: w2 = w2
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  689: r2 -= 1
  690: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  691: r2 *= 8
  692: w2 = w2
      ; advance v195
  693: r1 = r2
  694: r1 &= 7
  695: if r1 != 0 goto +2078
  696: r1 = r2
  697: r1 >>= 3
  698: r2 = *(u64 *)(r10 -16)
  699: r2 += r1
  700: if r2 > 16383 goto +2073
  701: r1 = r6
  702: r1 += r2
  703: if r1 <= r7 goto +1
  704: goto +2069
  705: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  706: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  707: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  708: r2 &= 65535
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  709: r2 -= 1
  710: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  711: r1 -= r2
  712: r1 &= 65535
      ; write var2, v201
  713: *(u16 *)(r10 -28) = r1
  714: goto +33
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  715: r2 = *(u64 *)(r10 -16)
  716: if r2 > 16383 goto +2057
  717: r1 = r6
  718: r1 += r2
  719: r1 += 2
  720: if r1 <= r7 goto +1
  721: goto +2052
  722: r1 = r2
  723: r1 += 1
  724: *(u32 *)(r10 -56) = r1
  725: r2 += 2
  726: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  727: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  728: r1 -= 2
  729: r1 &= 65535
      ; write var2, v204
  730: *(u16 *)(r10 -28) = r1
  731: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  732: r2 = *(u64 *)(r10 -16)
  733: if r2 > 16383 goto +2040
  734: r1 = r6
  735: r1 += r2
  736: r1 += 3
  737: if r1 <= r7 goto +1
  738: goto +2035
  739: r1 = r2
  740: r1 += 1
  741: *(u32 *)(r10 -60) = r1
  742: r2 += 3
  743: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  744: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  745: r1 -= 3
  746: r1 &= 65535
      ; write var2, v207
  747: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  748: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  749: r1 = *(u8 *)(r10 -24)
  750: if r2 == 0 goto +213
  751: if r1 == 8 goto +212
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  752: r3 = *(u64 *)(r10 -16)
  753: if r3 > 16383 goto +2020
  754: r2 = r6
  755: r2 += r3
  756: r1 = r2
  757: r1 += 1
  758: if r1 <= r7 goto +1
  759: goto +2014
  760: r1 = r3
  761: r1 += 1
  762: *(u32 *)(r10 -68) = r1
  763: r3 += 1
  764: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  765: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  766: r1 += 1
  767: r1 &= 255
      ; write var3, v212
  768: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  769: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  770: r1 -= 1
  771: r1 &= 65535
      ; write var2, v215
  772: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  773: r1 = *(u8 *)(r2 +0)
  774: if r1 == 0 goto +189
  775: if r1 == 1 goto +78
  776: if r1 == 2 goto +61
  777: if r1 == 3 goto +43
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  778: r1 = *(u64 *)(r10 -16)
  779: if r1 > 16383 goto +1994
  780: r2 = r6
  781: r2 += r1
  782: r1 = r2
  783: r1 += 1
  784: if r1 <= r7 goto +1
  785: goto +1988
  786: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  787: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  788: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  789: r1 = 1
  790: if r2 >= 2 goto +1
  791: r1 = 0
      ; verify v220, error HeaderTooShort
  792: if r1 == 0 goto +1981
      ; v221: bit<8> = read var11
  793: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  794: w2 = w2
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  795: r2 -= 1
  796: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  797: r2 *= 8
  798: w2 = w2
      ; advance v226
  799: r1 = r2
  800: r1 &= 7
  801: if r1 != 0 goto +1972
  802: r1 = r2
  803: r1 >>= 3
  804: r2 = *(u64 *)(r10 -16)
  805: r2 += r1
  806: if r2 > 16383 goto +1967
  807: r1 = r6
  808: r1 += r2
  809: if r1 <= r7 goto +1
  810: goto +1963
  811: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  812: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  813: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  814: r2 &= 65535
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  815: r2 -= 1
  816: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  817: r1 -= r2
  818: r1 &= 65535
      ; write var2, v232
  819: *(u16 *)(r10 -28) = r1
  820: goto +33
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  821: r2 = *(u64 *)(r10 -16)
  822: if r2 > 16383 goto +1951
  823: r1 = r6
  824: r1 += r2
  825: r1 += 2
  826: if r1 <= r7 goto +1
  827: goto +1946
  828: r1 = r2
  829: r1 += 1
  830: *(u32 *)(r10 -56) = r1
  831: r2 += 2
  832: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  833: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  834: r1 -= 2
  835: r1 &= 65535
      ; write var2, v235
  836: *(u16 *)(r10 -28) = r1
  837: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  838: r2 = *(u64 *)(r10 -16)
  839: if r2 > 16383 goto +1934
  840: r1 = r6
  841: r1 += r2
  842: r1 += 3
  843: if r1 <= r7 goto +1
  844: goto +1929
  845: r1 = r2
  846: r1 += 1
  847: *(u32 *)(r10 -60) = r1
  848: r2 += 3
  849: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  850: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  851: r1 -= 3
  852: r1 &= 65535
      ; write var2, v238
  853: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  854: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  855: r1 = *(u8 *)(r10 -24)
  856: if r2 == 0 goto +107
  857: if r1 == 8 goto +106
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  858: r3 = *(u64 *)(r10 -16)
  859: if r3 > 16383 goto +1914
  860: r2 = r6
  861: r2 += r3
  862: r1 = r2
  863: r1 += 1
  864: if r1 <= r7 goto +1
  865: goto +1908
  866: r1 = r3
  867: r1 += 1
  868: *(u32 *)(r10 -64) = r1
  869: r3 += 1
  870: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  871: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  872: r1 += 1
  873: r1 &= 255
      ; write var3, v243
  874: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  875: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  876: r1 -= 1
  877: r1 &= 65535
      ; write var2, v246
  878: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  879: r1 = *(u8 *)(r2 +0)
  880: if r1 == 0 goto +83
  881: if r1 == 1 goto +78
  882: if r1 == 2 goto +61
  883: if r1 == 3 goto +43
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  884: r1 = *(u64 *)(r10 -16)
  885: if r1 > 16383 goto +1888
  886: r2 = r6
  887: r2 += r1
  888: r1 = r2
  889: r1 += 1
  890: if r1 <= r7 goto +1
  891: goto +1882
  892: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  893: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  894: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  895: r1 = 1
  896: if r2 >= 2 goto +1
  897: r1 = 0
      ; verify v251, error HeaderTooShort
  898: if r1 == 0 goto +1875
      ; v252: bit<8> = read var11
  899: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  900: w2 = w2
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  901: r2 -= 1
  902: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  903: r2 *= 8
  904: w2 = w2
      ; advance v257
  905: r1 = r2
  906: r1 &= 7
  907: if r1 != 0 goto +1866
  908: r1 = r2
  909: r1 >>= 3
  910: r2 = *(u64 *)(r10 -16)
  911: r2 += r1
  912: if r2 > 16383 goto +1861
  913: r1 = r6
  914: r1 += r2
  915: if r1 <= r7 goto +1
  916: goto +1857
  917: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  918: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  919: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
  920: r2 &= 65535
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  921: r2 -= 1
  922: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  923: r1 -= r2
  924: r1 &= 65535
      ; write var2, v263
  925: *(u16 *)(r10 -28) = r1
  926: goto +33
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  927: r2 = *(u64 *)(r10 -16)
  928: if r2 > 16383 goto +1845
  929: r1 = r6
  930: r1 += r2
  931: r1 += 2
  932: if r1 <= r7 goto +1
  933: goto +1840
  934: r1 = r2
  935: r1 += 1
  936: *(u32 *)(r10 -56) = r1
  937: r2 += 2
  938: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  939: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  940: r1 -= 2
  941: r1 &= 65535
      ; write var2, v266
  942: *(u16 *)(r10 -28) = r1
  943: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  944: r2 = *(u64 *)(r10 -16)
  945: if r2 > 16383 goto +1828
  946: r1 = r6
  947: r1 += r2
  948: r1 += 3
  949: if r1 <= r7 goto +1
  950: goto +1823
  951: r1 = r2
  952: r1 += 1
  953: *(u32 *)(r10 -60) = r1
  954: r2 += 3
  955: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  956: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  957: r1 -= 3
  958: r1 &= 65535
      ; write var2, v269
  959: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  960: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  961: r1 = *(u8 *)(r10 -24)
  962: if r2 == 0 goto +1
  963: if r1 != 8 goto +1810
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  964: r4 = *(u32 *)(r10 -96)
  965: if r4 == 0 goto +1
  966: r4 = 1
      ; v1: bool = not v0
  967: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  968: r1 = *(u32 *)(r10 -96)
  969: if r1 == 0 goto +7
  970: r1 -= 1
  971: if r1 > 16383 goto +5
  972: r3 = r6
  973: r3 += r1
  974: r1 = r3
  975: r1 += 20
  976: if r1 <= r7 goto +1
  977: r3 = 0
  978: r1 = 0
  979: if r3 == 0 goto +1
  980: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  981: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  982: r2 = 1
  983: if r1 != 2 goto +1
  984: r2 = 0
      ; v7: bool = logical_or v1, v6
  985: r1 = r4
  986: r1 |= r2
  987: if r1 != 0 goto +1791
      ; v8: bit<16> = read_field hdr11.mss
  988: r1 = *(u32 *)(r10 -60)
  989: if r1 == 0 goto +7
  990: r1 -= 1
  991: if r1 > 16383 goto +5
  992: r2 = r6
  993: r2 += r1
  994: r1 = r2
  995: r1 += 3
  996: if r1 <= r7 goto +1
  997: r2 = 0
  998: r1 = 0
  999: if r2 == 0 goto +1
 1000: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
 1001: r8 = 1
 1002: if r1 != 0 goto +1
 1003: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1004: r9 = 0
 1005: if r3 == 0 goto +1
 1006: r9 = *(u16 *)(r3 +14)
 1007: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
 1008: r4 = 0
 1009: if r2 == 0 goto +1
 1010: r4 = *(u16 *)(r2 +1)
 1011: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1012: r1 = 0
 1013: if r4 == 0 goto +2
 1014: r1 = r9
 1015: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
 1016: r4 = 1
 1017: if r1 == 0 goto +1
 1018: r4 = 0
      ; v16: bool = logical_and v10, v15
 1019: r1 = r8
 1020: r1 &= r4
 1021: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
 1022: r8 = 0
 1023: if r3 == 0 goto +1
 1024: r8 = *(u16 *)(r3 +14)
 1025: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1026: r4 = 0
 1027: if r2 == 0 goto +1
 1028: r4 = *(u16 *)(r2 +1)
 1029: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1030: r1 = 0
 1031: if r4 == 0 goto +2
 1032: r1 = r8
 1033: r1 /= r4
      ; write var4, v19
 1034: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1035: r1 = *(u32 *)(r10 -92)
 1036: if r1 == 0 goto +7
 1037: r1 -= 1
 1038: if r1 > 16383 goto +5
 1039: r4 = r6
 1040: r4 += r1
 1041: r1 = r4
 1042: r1 += 1
 1043: if r1 <= r7 goto +1
 1044: r4 = 0
 1045: r9 = 0
 1046: if r4 == 0 goto +1
 1047: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1048: r1 = *(u32 *)(r10 -88)
 1049: if r1 == 0 goto +7
 1050: r1 -= 1
 1051: if r1 > 16383 goto +5
 1052: r4 = r6
 1053: r4 += r1
 1054: r1 = r4
 1055: r1 += 1
 1056: if r1 <= r7 goto +1
 1057: r4 = 0
 1058: r1 = 0
 1059: if r4 == 0 goto +1
 1060: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1061: r9 <<= 8
 1062: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1063: r1 = *(u32 *)(r10 -84)
 1064: if r1 == 0 goto +7
 1065: r1 -= 1
 1066: if r1 > 16383 goto +5
 1067: r4 = r6
 1068: r4 += r1
 1069: r1 = r4
 1070: r1 += 1
 1071: if r1 <= r7 goto +1
 1072: r4 = 0
 1073: r1 = 0
 1074: if r4 == 0 goto +1
 1075: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1076: r9 <<= 8
 1077: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1078: r1 = *(u32 *)(r10 -80)
 1079: if r1 == 0 goto +7
 1080: r1 -= 1
 1081: if r1 > 16383 goto +5
 1082: r4 = r6
 1083: r4 += r1
 1084: r1 = r4
 1085: r1 += 1
 1086: if r1 <= r7 goto +1
 1087: r4 = 0
 1088: r1 = 0
 1089: if r4 == 0 goto +1
 1090: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1091: r9 <<= 8
 1092: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1093: r1 = *(u32 *)(r10 -76)
 1094: if r1 == 0 goto +7
 1095: r1 -= 1
 1096: if r1 > 16383 goto +5
 1097: r4 = r6
 1098: r4 += r1
 1099: r1 = r4
 1100: r1 += 1
 1101: if r1 <= r7 goto +1
 1102: r4 = 0
 1103: r1 = 0
 1104: if r4 == 0 goto +1
 1105: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1106: r9 <<= 8
 1107: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1108: r1 = *(u32 *)(r10 -72)
 1109: if r1 == 0 goto +7
 1110: r1 -= 1
 1111: if r1 > 16383 goto +5
 1112: r4 = r6
 1113: r4 += r1
 1114: r1 = r4
 1115: r1 += 1
 1116: if r1 <= r7 goto +1
 1117: r4 = 0
 1118: r1 = 0
 1119: if r4 == 0 goto +1
 1120: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1121: r9 <<= 8
 1122: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1123: r1 = *(u32 *)(r10 -68)
 1124: if r1 == 0 goto +7
 1125: r1 -= 1
 1126: if r1 > 16383 goto +5
 1127: r4 = r6
 1128: r4 += r1
 1129: r1 = r4
 1130: r1 += 1
 1131: if r1 <= r7 goto +1
 1132: r4 = 0
 1133: r1 = 0
 1134: if r4 == 0 goto +1
 1135: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1136: r9 <<= 8
 1137: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1138: r1 = *(u32 *)(r10 -64)
 1139: if r1 == 0 goto +7
 1140: r1 -= 1
 1141: if r1 > 16383 goto +5
 1142: r8 = r6
 1143: r8 += r1
 1144: r1 = r8
 1145: r1 += 1
 1146: if r1 <= r7 goto +1
 1147: r8 = 0
 1148: r4 = 0
 1149: if r8 == 0 goto +1
 1150: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1151: r1 = r9
 1152: r1 <<= 8
 1153: r1 |= r4
      ; write var5, v34
 1154: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1155: r1 = *(u32 *)(r10 -100)
 1156: if r1 == 0 goto +7
 1157: r1 -= 1
 1158: if r1 > 16383 goto +5
 1159: r4 = r6
 1160: r4 += r1
 1161: r1 = r4
 1162: r1 += 20
 1163: if r1 <= r7 goto +1
 1164: r4 = 0
 1165: r9 = 0
 1166: if r4 == 0 goto +1
 1167: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1168: r1 = 0
 1169: if r3 == 0 goto +1
 1170: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1171: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1172: r4 = 0
 1173: if r2 == 0 goto +1
 1174: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1175: r3 = *(u32 *)(r10 -56)
 1176: if r3 == 0 goto +7
 1177: r3 -= 1
 1178: if r3 > 16383 goto +5
 1179: r2 = r6
 1180: r2 += r3
 1181: r3 = r2
 1182: r3 += 2
 1183: if r3 <= r7 goto +1
 1184: r2 = 0
 1185: r3 = 0
 1186: if r2 == 0 goto +1
 1187: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1188: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1189: *(u8 *)(r10 -160) = r9
 1190: *(u8 *)(r10 -159) = r1
 1191: r1 >>= 8
 1192: *(u8 *)(r10 -158) = r1
 1193: r1 = r8
 1194: *(u8 *)(r10 -156) = r1
 1195: r1 >>= 8
 1196: *(u8 *)(r10 -157) = r1
 1197: r1 = r4
 1198: *(u8 *)(r10 -155) = r1
 1199: r1 >>= 8
 1200: *(u8 *)(r10 -154) = r1
 1201: *(u8 *)(r10 -153) = r3
 1202: r1 = r2
 1203: r1 = be64 r1
 1204: *(u64 *)(r10 -152) = r1
 1205: r2 = 0
 1206: r1 = 0
 1207: *(u64 *)(r10 -240) = r2
 1208: *(u64 *)(r10 -248) = r1
 1209: *(u32 *)(r10 -232) = 0
 1210: r1 = map[pipe_p0f_signatures_masks] ll
 1212: r2 = r10
 1213: r2 += -232
 1214: call bpf_map_lookup_elem
 1215: r3 = r0
 1216: if r3 == 0 goto +1496
 1217: r1 = *(u32 *)(r3 +0)
 1218: if r1 == 0 goto +1494
 1219: *(u32 *)(r10 -200) = 0
 1220: r2 = *(u32 *)(r10 -160)
 1221: r1 = *(u32 *)(r3 +8)
 1222: r2 &= r1
 1223: *(u32 *)(r10 -196) = r2
 1224: r2 = *(u32 *)(r10 -156)
 1225: r1 = *(u32 *)(r3 +12)
 1226: r2 &= r1
 1227: *(u32 *)(r10 -192) = r2
 1228: r2 = *(u32 *)(r10 -152)
 1229: r1 = *(u32 *)(r3 +16)
 1230: r2 &= r1
 1231: *(u32 *)(r10 -188) = r2
 1232: r2 = *(u32 *)(r10 -148)
 1233: r1 = *(u32 *)(r3 +20)
 1234: r2 &= r1
 1235: *(u32 *)(r10 -184) = r2
 1236: r1 = map[pipe_p0f_signatures] ll
 1238: r2 = r10
 1239: r2 += -200
 1240: call bpf_map_lookup_elem
 1241: r3 = r0
 1242: if r3 == 0 goto +13
 1243: r2 = *(u32 *)(r3 +4)
 1244: r1 = *(u64 *)(r10 -240)
 1245: if r1 == 0 goto +2
 1246: r1 = *(u64 *)(r10 -248)
 1247: if r2 <= r1 goto +8
 1248: *(u64 *)(r10 -240) = 1
 1249: *(u64 *)(r10 -248) = r2
 1250: r1 = *(u32 *)(r3 +0)
 1251: *(u32 *)(r10 -224) = r1
 1252: r1 = *(u32 *)(r3 +4)
 1253: *(u32 *)(r10 -220) = r1
 1254: r1 = *(u32 *)(r3 +8)
 1255: *(u32 *)(r10 -216) = r1
 1256: *(u32 *)(r10 -232) = 1
 1257: r1 = map[pipe_p0f_signatures_masks] ll
 1259: r2 = r10
 1260: r2 += -232
 1261: call bpf_map_lookup_elem
 1262: r3 = r0
 1263: if r3 == 0 goto +1449
 1264: r1 = *(u32 *)(r3 +0)
 1265: if r1 == 0 goto +1447
 1266: *(u32 *)(r10 -200) = 1
 1267: r2 = *(u32 *)(r10 -160)
 1268: r1 = *(u32 *)(r3 +8)
 1269: r2 &= r1
 1270: *(u32 *)(r10 -196) = r2
 1271: r2 = *(u32 *)(r10 -156)
 1272: r1 = *(u32 *)(r3 +12)
 1273: r2 &= r1
 1274: *(u32 *)(r10 -192) = r2
 1275: r2 = *(u32 *)(r10 -152)
 1276: r1 = *(u32 *)(r3 +16)
 1277: r2 &= r1
 1278: *(u32 *)(r10 -188) = r2
 1279: r2 = *(u32 *)(r10 -148)
 1280: r1 = *(u32 *)(r3 +20)
 1281: r2 &= r1
 1282: *(u32 *)(r10 -184) = r2
 1283: r1 = map[pipe_p0f_signatures] ll
 1285: r2 = r10
 1286: r2 += -200
 1287: call bpf_map_lookup_elem
 1288: r3 = r0
 1289: if r3 == 0 goto +13
 1290: r2 = *(u32 *)(r3 +4)
 1291: r1 = *(u64 *)(r10 -240)
 1292: if r1 == 0 goto +2
 1293: r1 = *(u64 *)(r10 -248)
 1294: if r2 <= r1 goto +8
 1295: *(u64 *)(r10 -240) = 1
 1296: *(u64 *)(r10 -248) = r2
 1297: r1 = *(u32 *)(r3 +0)
 1298: *(u32 *)(r10 -224) = r1
 1299: r1 = *(u32 *)(r3 +4)
 1300: *(u32 *)(r10 -220) = r1
 1301: r1 = *(u32 *)(r3 +8)
 1302: *(u32 *)(r10 -216) = r1
 1303: *(u32 *)(r10 -232) = 2
 1304: r1 = map[pipe_p0f_signatures_masks] ll
 1306: r2 = r10
 1307: r2 += -232
 1308: call bpf_map_lookup_elem
 1309: r3 = r0
 1310: if r3 == 0 goto +1402
 1311: r1 = *(u32 *)(r3 +0)
 1312: if r1 == 0 goto +1400
 1313: *(u32 *)(r10 -200) = 2
 1314: r2 = *(u32 *)(r10 -160)
 1315: r1 = *(u32 *)(r3 +8)
 1316: r2 &= r1
 1317: *(u32 *)(r10 -196) = r2
 1318: r2 = *(u32 *)(r10 -156)
 1319: r1 = *(u32 *)(r3 +12)
 1320: r2 &= r1
 1321: *(u32 *)(r10 -192) = r2
 1322: r2 = *(u32 *)(r10 -152)
 1323: r1 = *(u32 *)(r3 +16)
 1324: r2 &= r1
 1325: *(u32 *)(r10 -188) = r2
 1326: r2 = *(u32 *)(r10 -148)
 1327: r1 = *(u32 *)(r3 +20)
 1328: r2 &= r1
 1329: *(u32 *)(r10 -184) = r2
 1330: r1 = map[pipe_p0f_signatures] ll
 1332: r2 = r10
 1333: r2 += -200
 1334: call bpf_map_lookup_elem
 1335: r3 = r0
 1336: if r3 == 0 goto +13
 1337: r2 = *(u32 *)(r3 +4)
 1338: r1 = *(u64 *)(r10 -240)
 1339: if r1 == 0 goto +2
 1340: r1 = *(u64 *)(r10 -248)
 1341: if r2 <= r1 goto +8
 1342: *(u64 *)(r10 -240) = 1
 1343: *(u64 *)(r10 -248) = r2
 1344: r1 = *(u32 *)(r3 +0)
 1345: *(u32 *)(r10 -224) = r1
 1346: r1 = *(u32 *)(r3 +4)
 1347: *(u32 *)(r10 -220) = r1
 1348: r1 = *(u32 *)(r3 +8)
 1349: *(u32 *)(r10 -216) = r1
 1350: *(u32 *)(r10 -232) = 3
 1351: r1 = map[pipe_p0f_signatures_masks] ll
 1353: r2 = r10
 1354: r2 += -232
 1355: call bpf_map_lookup_elem
 1356: r3 = r0
 1357: if r3 == 0 goto +1355
 1358: r1 = *(u32 *)(r3 +0)
 1359: if r1 == 0 goto +1353
 1360: *(u32 *)(r10 -200) = 3
 1361: r2 = *(u32 *)(r10 -160)
 1362: r1 = *(u32 *)(r3 +8)
 1363: r2 &= r1
 1364: *(u32 *)(r10 -196) = r2
 1365: r2 = *(u32 *)(r10 -156)
 1366: r1 = *(u32 *)(r3 +12)
 1367: r2 &= r1
 1368: *(u32 *)(r10 -192) = r2
 1369: r2 = *(u32 *)(r10 -152)
 1370: r1 = *(u32 *)(r3 +16)
 1371: r2 &= r1
 1372: *(u32 *)(r10 -188) = r2
 1373: r2 = *(u32 *)(r10 -148)
 1374: r1 = *(u32 *)(r3 +20)
 1375: r2 &= r1
 1376: *(u32 *)(r10 -184) = r2
 1377: r1 = map[pipe_p0f_signatures] ll
 1379: r2 = r10
 1380: r2 += -200
 1381: call bpf_map_lookup_elem
 1382: r3 = r0
 1383: if r3 == 0 goto +13
 1384: r2 = *(u32 *)(r3 +4)
 1385: r1 = *(u64 *)(r10 -240)
 1386: if r1 == 0 goto +2
 1387: r1 = *(u64 *)(r10 -248)
 1388: if r2 <= r1 goto +8
 1389: *(u64 *)(r10 -240) = 1
 1390: *(u64 *)(r10 -248) = r2
 1391: r1 = *(u32 *)(r3 +0)
 1392: *(u32 *)(r10 -224) = r1
 1393: r1 = *(u32 *)(r3 +4)
 1394: *(u32 *)(r10 -220) = r1
 1395: r1 = *(u32 *)(r3 +8)
 1396: *(u32 *)(r10 -216) = r1
 1397: *(u32 *)(r10 -232) = 4
 1398: r1 = map[pipe_p0f_signatures_masks] ll
 1400: r2 = r10
 1401: r2 += -232
 1402: call bpf_map_lookup_elem
 1403: r3 = r0
 1404: if r3 == 0 goto +1308
 1405: r1 = *(u32 *)(r3 +0)
 1406: if r1 == 0 goto +1306
 1407: *(u32 *)(r10 -200) = 4
 1408: r2 = *(u32 *)(r10 -160)
 1409: r1 = *(u32 *)(r3 +8)
 1410: r2 &= r1
 1411: *(u32 *)(r10 -196) = r2
 1412: r2 = *(u32 *)(r10 -156)
 1413: r1 = *(u32 *)(r3 +12)
 1414: r2 &= r1
 1415: *(u32 *)(r10 -192) = r2
 1416: r2 = *(u32 *)(r10 -152)
 1417: r1 = *(u32 *)(r3 +16)
 1418: r2 &= r1
 1419: *(u32 *)(r10 -188) = r2
 1420: r2 = *(u32 *)(r10 -148)
 1421: r1 = *(u32 *)(r3 +20)
 1422: r2 &= r1
 1423: *(u32 *)(r10 -184) = r2
 1424: r1 = map[pipe_p0f_signatures] ll
 1426: r2 = r10
 1427: r2 += -200
 1428: call bpf_map_lookup_elem
 1429: r3 = r0
 1430: if r3 == 0 goto +13
 1431: r2 = *(u32 *)(r3 +4)
 1432: r1 = *(u64 *)(r10 -240)
 1433: if r1 == 0 goto +2
 1434: r1 = *(u64 *)(r10 -248)
 1435: if r2 <= r1 goto +8
 1436: *(u64 *)(r10 -240) = 1
 1437: *(u64 *)(r10 -248) = r2
 1438: r1 = *(u32 *)(r3 +0)
 1439: *(u32 *)(r10 -224) = r1
 1440: r1 = *(u32 *)(r3 +4)
 1441: *(u32 *)(r10 -220) = r1
 1442: r1 = *(u32 *)(r3 +8)
 1443: *(u32 *)(r10 -216) = r1
 1444: *(u32 *)(r10 -232) = 5
 1445: r1 = map[pipe_p0f_signatures_masks] ll
 1447: r2 = r10
 1448: r2 += -232
 1449: call bpf_map_lookup_elem
 1450: r3 = r0
 1451: if r3 == 0 goto +1261
 1452: r1 = *(u32 *)(r3 +0)
 1453: if r1 == 0 goto +1259
 1454: *(u32 *)(r10 -200) = 5
 1455: r2 = *(u32 *)(r10 -160)
 1456: r1 = *(u32 *)(r3 +8)
 1457: r2 &= r1
 1458: *(u32 *)(r10 -196) = r2
 1459: r2 = *(u32 *)(r10 -156)
 1460: r1 = *(u32 *)(r3 +12)
 1461: r2 &= r1
 1462: *(u32 *)(r10 -192) = r2
 1463: r2 = *(u32 *)(r10 -152)
 1464: r1 = *(u32 *)(r3 +16)
 1465: r2 &= r1
 1466: *(u32 *)(r10 -188) = r2
 1467: r2 = *(u32 *)(r10 -148)
 1468: r1 = *(u32 *)(r3 +20)
 1469: r2 &= r1
 1470: *(u32 *)(r10 -184) = r2
 1471: r1 = map[pipe_p0f_signatures] ll
 1473: r2 = r10
 1474: r2 += -200
 1475: call bpf_map_lookup_elem
 1476: r3 = r0
 1477: if r3 == 0 goto +13
 1478: r2 = *(u32 *)(r3 +4)
 1479: r1 = *(u64 *)(r10 -240)
 1480: if r1 == 0 goto +2
 1481: r1 = *(u64 *)(r10 -248)
 1482: if r2 <= r1 goto +8
 1483: *(u64 *)(r10 -240) = 1
 1484: *(u64 *)(r10 -248) = r2
 1485: r1 = *(u32 *)(r3 +0)
 1486: *(u32 *)(r10 -224) = r1
 1487: r1 = *(u32 *)(r3 +4)
 1488: *(u32 *)(r10 -220) = r1
 1489: r1 = *(u32 *)(r3 +8)
 1490: *(u32 *)(r10 -216) = r1
 1491: *(u32 *)(r10 -232) = 6
 1492: r1 = map[pipe_p0f_signatures_masks] ll
 1494: r2 = r10
 1495: r2 += -232
 1496: call bpf_map_lookup_elem
 1497: r3 = r0
 1498: if r3 == 0 goto +1214
 1499: r1 = *(u32 *)(r3 +0)
 1500: if r1 == 0 goto +1212
 1501: *(u32 *)(r10 -200) = 6
 1502: r2 = *(u32 *)(r10 -160)
 1503: r1 = *(u32 *)(r3 +8)
 1504: r2 &= r1
 1505: *(u32 *)(r10 -196) = r2
 1506: r2 = *(u32 *)(r10 -156)
 1507: r1 = *(u32 *)(r3 +12)
 1508: r2 &= r1
 1509: *(u32 *)(r10 -192) = r2
 1510: r2 = *(u32 *)(r10 -152)
 1511: r1 = *(u32 *)(r3 +16)
 1512: r2 &= r1
 1513: *(u32 *)(r10 -188) = r2
 1514: r2 = *(u32 *)(r10 -148)
 1515: r1 = *(u32 *)(r3 +20)
 1516: r2 &= r1
 1517: *(u32 *)(r10 -184) = r2
 1518: r1 = map[pipe_p0f_signatures] ll
 1520: r2 = r10
 1521: r2 += -200
 1522: call bpf_map_lookup_elem
 1523: r3 = r0
 1524: if r3 == 0 goto +13
 1525: r2 = *(u32 *)(r3 +4)
 1526: r1 = *(u64 *)(r10 -240)
 1527: if r1 == 0 goto +2
 1528: r1 = *(u64 *)(r10 -248)
 1529: if r2 <= r1 goto +8
 1530: *(u64 *)(r10 -240) = 1
 1531: *(u64 *)(r10 -248) = r2
 1532: r1 = *(u32 *)(r3 +0)
 1533: *(u32 *)(r10 -224) = r1
 1534: r1 = *(u32 *)(r3 +4)
 1535: *(u32 *)(r10 -220) = r1
 1536: r1 = *(u32 *)(r3 +8)
 1537: *(u32 *)(r10 -216) = r1
 1538: *(u32 *)(r10 -232) = 7
 1539: r1 = map[pipe_p0f_signatures_masks] ll
 1541: r2 = r10
 1542: r2 += -232
 1543: call bpf_map_lookup_elem
 1544: r3 = r0
 1545: if r3 == 0 goto +1167
 1546: r1 = *(u32 *)(r3 +0)
 1547: if r1 == 0 goto +1165
 1548: *(u32 *)(r10 -200) = 7
 1549: r2 = *(u32 *)(r10 -160)
 1550: r1 = *(u32 *)(r3 +8)
 1551: r2 &= r1
 1552: *(u32 *)(r10 -196) = r2
 1553: r2 = *(u32 *)(r10 -156)
 1554: r1 = *(u32 *)(r3 +12)
 1555: r2 &= r1
 1556: *(u32 *)(r10 -192) = r2
 1557: r2 = *(u32 *)(r10 -152)
 1558: r1 = *(u32 *)(r3 +16)
 1559: r2 &= r1
 1560: *(u32 *)(r10 -188) = r2
 1561: r2 = *(u32 *)(r10 -148)
 1562: r1 = *(u32 *)(r3 +20)
 1563: r2 &= r1
 1564: *(u32 *)(r10 -184) = r2
 1565: r1 = map[pipe_p0f_signatures] ll
 1567: r2 = r10
 1568: r2 += -200
 1569: call bpf_map_lookup_elem
 1570: r3 = r0
 1571: if r3 == 0 goto +13
 1572: r2 = *(u32 *)(r3 +4)
 1573: r1 = *(u64 *)(r10 -240)
 1574: if r1 == 0 goto +2
 1575: r1 = *(u64 *)(r10 -248)
 1576: if r2 <= r1 goto +8
 1577: *(u64 *)(r10 -240) = 1
 1578: *(u64 *)(r10 -248) = r2
 1579: r1 = *(u32 *)(r3 +0)
 1580: *(u32 *)(r10 -224) = r1
 1581: r1 = *(u32 *)(r3 +4)
 1582: *(u32 *)(r10 -220) = r1
 1583: r1 = *(u32 *)(r3 +8)
 1584: *(u32 *)(r10 -216) = r1
 1585: *(u32 *)(r10 -232) = 8
 1586: r1 = map[pipe_p0f_signatures_masks] ll
 1588: r2 = r10
 1589: r2 += -232
 1590: call bpf_map_lookup_elem
 1591: r3 = r0
 1592: if r3 == 0 goto +1120
 1593: r1 = *(u32 *)(r3 +0)
 1594: if r1 == 0 goto +1118
 1595: *(u32 *)(r10 -200) = 8
 1596: r2 = *(u32 *)(r10 -160)
 1597: r1 = *(u32 *)(r3 +8)
 1598: r2 &= r1
 1599: *(u32 *)(r10 -196) = r2
 1600: r2 = *(u32 *)(r10 -156)
 1601: r1 = *(u32 *)(r3 +12)
 1602: r2 &= r1
 1603: *(u32 *)(r10 -192) = r2
 1604: r2 = *(u32 *)(r10 -152)
 1605: r1 = *(u32 *)(r3 +16)
 1606: r2 &= r1
 1607: *(u32 *)(r10 -188) = r2
 1608: r2 = *(u32 *)(r10 -148)
 1609: r1 = *(u32 *)(r3 +20)
 1610: r2 &= r1
 1611: *(u32 *)(r10 -184) = r2
 1612: r1 = map[pipe_p0f_signatures] ll
 1614: r2 = r10
 1615: r2 += -200
 1616: call bpf_map_lookup_elem
 1617: r3 = r0
 1618: if r3 == 0 goto +13
 1619: r2 = *(u32 *)(r3 +4)
 1620: r1 = *(u64 *)(r10 -240)
 1621: if r1 == 0 goto +2
 1622: r1 = *(u64 *)(r10 -248)
 1623: if r2 <= r1 goto +8
 1624: *(u64 *)(r10 -240) = 1
 1625: *(u64 *)(r10 -248) = r2
 1626: r1 = *(u32 *)(r3 +0)
 1627: *(u32 *)(r10 -224) = r1
 1628: r1 = *(u32 *)(r3 +4)
 1629: *(u32 *)(r10 -220) = r1
 1630: r1 = *(u32 *)(r3 +8)
 1631: *(u32 *)(r10 -216) = r1
 1632: *(u32 *)(r10 -232) = 9
 1633: r1 = map[pipe_p0f_signatures_masks] ll
 1635: r2 = r10
 1636: r2 += -232
 1637: call bpf_map_lookup_elem
 1638: r3 = r0
 1639: if r3 == 0 goto +1073
 1640: r1 = *(u32 *)(r3 +0)
 1641: if r1 == 0 goto +1071
 1642: *(u32 *)(r10 -200) = 9
 1643: r2 = *(u32 *)(r10 -160)
 1644: r1 = *(u32 *)(r3 +8)
 1645: r2 &= r1
 1646: *(u32 *)(r10 -196) = r2
 1647: r2 = *(u32 *)(r10 -156)
 1648: r1 = *(u32 *)(r3 +12)
 1649: r2 &= r1
 1650: *(u32 *)(r10 -192) = r2
 1651: r2 = *(u32 *)(r10 -152)
 1652: r1 = *(u32 *)(r3 +16)
 1653: r2 &= r1
 1654: *(u32 *)(r10 -188) = r2
 1655: r2 = *(u32 *)(r10 -148)
 1656: r1 = *(u32 *)(r3 +20)
 1657: r2 &= r1
 1658: *(u32 *)(r10 -184) = r2
 1659: r1 = map[pipe_p0f_signatures] ll
 1661: r2 = r10
 1662: r2 += -200
 1663: call bpf_map_lookup_elem
 1664: r3 = r0
 1665: if r3 == 0 goto +13
 1666: r2 = *(u32 *)(r3 +4)
 1667: r1 = *(u64 *)(r10 -240)
 1668: if r1 == 0 goto +2
 1669: r1 = *(u64 *)(r10 -248)
 1670: if r2 <= r1 goto +8
 1671: *(u64 *)(r10 -240) = 1
 1672: *(u64 *)(r10 -248) = r2
 1673: r1 = *(u32 *)(r3 +0)
 1674: *(u32 *)(r10 -224) = r1
 1675: r1 = *(u32 *)(r3 +4)
 1676: *(u32 *)(r10 -220) = r1
 1677: r1 = *(u32 *)(r3 +8)
 1678: *(u32 *)(r10 -216) = r1
 1679: *(u32 *)(r10 -232) = 10
 1680: r1 = map[pipe_p0f_signatures_masks] ll
 1682: r2 = r10
 1683: r2 += -232
 1684: call bpf_map_lookup_elem
 1685: r3 = r0
 1686: if r3 == 0 goto +1026
 1687: r1 = *(u32 *)(r3 +0)
 1688: if r1 == 0 goto +1024
 1689: *(u32 *)(r10 -200) = 10
 1690: r2 = *(u32 *)(r10 -160)
 1691: r1 = *(u32 *)(r3 +8)
 1692: r2 &= r1
 1693: *(u32 *)(r10 -196) = r2
 1694: r2 = *(u32 *)(r10 -156)
 1695: r1 = *(u32 *)(r3 +12)
 1696: r2 &= r1
 1697: *(u32 *)(r10 -192) = r2
 1698: r2 = *(u32 *)(r10 -152)
 1699: r1 = *(u32 *)(r3 +16)
 1700: r2 &= r1
 1701: *(u32 *)(r10 -188) = r2
 1702: r2 = *(u32 *)(r10 -148)
 1703: r1 = *(u32 *)(r3 +20)
 1704: r2 &= r1
 1705: *(u32 *)(r10 -184) = r2
 1706: r1 = map[pipe_p0f_signatures] ll
 1708: r2 = r10
 1709: r2 += -200
 1710: call bpf_map_lookup_elem
 1711: r3 = r0
 1712: if r3 == 0 goto +13
 1713: r2 = *(u32 *)(r3 +4)
 1714: r1 = *(u64 *)(r10 -240)
 1715: if r1 == 0 goto +2
 1716: r1 = *(u64 *)(r10 -248)
 1717: if r2 <= r1 goto +8
 1718: *(u64 *)(r10 -240) = 1
 1719: *(u64 *)(r10 -248) = r2
 1720: r1 = *(u32 *)(r3 +0)
 1721: *(u32 *)(r10 -224) = r1
 1722: r1 = *(u32 *)(r3 +4)
 1723: *(u32 *)(r10 -220) = r1
 1724: r1 = *(u32 *)(r3 +8)
 1725: *(u32 *)(r10 -216) = r1
 1726: *(u32 *)(r10 -232) = 11
 1727: r1 = map[pipe_p0f_signatures_masks] ll
 1729: r2 = r10
 1730: r2 += -232
 1731: call bpf_map_lookup_elem
 1732: r3 = r0
 1733: if r3 == 0 goto +979
 1734: r1 = *(u32 *)(r3 +0)
 1735: if r1 == 0 goto +977
 1736: *(u32 *)(r10 -200) = 11
 1737: r2 = *(u32 *)(r10 -160)
 1738: r1 = *(u32 *)(r3 +8)
 1739: r2 &= r1
 1740: *(u32 *)(r10 -196) = r2
 1741: r2 = *(u32 *)(r10 -156)
 1742: r1 = *(u32 *)(r3 +12)
 1743: r2 &= r1
 1744: *(u32 *)(r10 -192) = r2
 1745: r2 = *(u32 *)(r10 -152)
 1746: r1 = *(u32 *)(r3 +16)
 1747: r2 &= r1
 1748: *(u32 *)(r10 -188) = r2
 1749: r2 = *(u32 *)(r10 -148)
 1750: r1 = *(u32 *)(r3 +20)
 1751: r2 &= r1
 1752: *(u32 *)(r10 -184) = r2
 1753: r1 = map[pipe_p0f_signatures] ll
 1755: r2 = r10
 1756: r2 += -200
 1757: call bpf_map_lookup_elem
 1758: r3 = r0
 1759: if r3 == 0 goto +13
 1760: r2 = *(u32 *)(r3 +4)
 1761: r1 = *(u64 *)(r10 -240)
 1762: if r1 == 0 goto +2
 1763: r1 = *(u64 *)(r10 -248)
 1764: if r2 <= r1 goto +8
 1765: *(u64 *)(r10 -240) = 1
 1766: *(u64 *)(r10 -248) = r2
 1767: r1 = *(u32 *)(r3 +0)
 1768: *(u32 *)(r10 -224) = r1
 1769: r1 = *(u32 *)(r3 +4)
 1770: *(u32 *)(r10 -220) = r1
 1771: r1 = *(u32 *)(r3 +8)
 1772: *(u32 *)(r10 -216) = r1
 1773: *(u32 *)(r10 -232) = 12
 1774: r1 = map[pipe_p0f_signatures_masks] ll
 1776: r2 = r10
 1777: r2 += -232
 1778: call bpf_map_lookup_elem
 1779: r3 = r0
 1780: if r3 == 0 goto +932
 1781: r1 = *(u32 *)(r3 +0)
 1782: if r1 == 0 goto +930
 1783: *(u32 *)(r10 -200) = 12
 1784: r2 = *(u32 *)(r10 -160)
 1785: r1 = *(u32 *)(r3 +8)
 1786: r2 &= r1
 1787: *(u32 *)(r10 -196) = r2
 1788: r2 = *(u32 *)(r10 -156)
 1789: r1 = *(u32 *)(r3 +12)
 1790: r2 &= r1
 1791: *(u32 *)(r10 -192) = r2
 1792: r2 = *(u32 *)(r10 -152)
 1793: r1 = *(u32 *)(r3 +16)
 1794: r2 &= r1
 1795: *(u32 *)(r10 -188) = r2
 1796: r2 = *(u32 *)(r10 -148)
 1797: r1 = *(u32 *)(r3 +20)
 1798: r2 &= r1
 1799: *(u32 *)(r10 -184) = r2
 1800: r1 = map[pipe_p0f_signatures] ll
 1802: r2 = r10
 1803: r2 += -200
 1804: call bpf_map_lookup_elem
 1805: r3 = r0
 1806: if r3 == 0 goto +13
 1807: r2 = *(u32 *)(r3 +4)
 1808: r1 = *(u64 *)(r10 -240)
 1809: if r1 == 0 goto +2
 1810: r1 = *(u64 *)(r10 -248)
 1811: if r2 <= r1 goto +8
 1812: *(u64 *)(r10 -240) = 1
 1813: *(u64 *)(r10 -248) = r2
 1814: r1 = *(u32 *)(r3 +0)
 1815: *(u32 *)(r10 -224) = r1
 1816: r1 = *(u32 *)(r3 +4)
 1817: *(u32 *)(r10 -220) = r1
 1818: r1 = *(u32 *)(r3 +8)
 1819: *(u32 *)(r10 -216) = r1
 1820: *(u32 *)(r10 -232) = 13
 1821: r1 = map[pipe_p0f_signatures_masks] ll
 1823: r2 = r10
 1824: r2 += -232
 1825: call bpf_map_lookup_elem
 1826: r3 = r0
 1827: if r3 == 0 goto +885
 1828: r1 = *(u32 *)(r3 +0)
 1829: if r1 == 0 goto +883
 1830: *(u32 *)(r10 -200) = 13
 1831: r2 = *(u32 *)(r10 -160)
 1832: r1 = *(u32 *)(r3 +8)
 1833: r2 &= r1
 1834: *(u32 *)(r10 -196) = r2
 1835: r2 = *(u32 *)(r10 -156)
 1836: r1 = *(u32 *)(r3 +12)
 1837: r2 &= r1
 1838: *(u32 *)(r10 -192) = r2
 1839: r2 = *(u32 *)(r10 -152)
 1840: r1 = *(u32 *)(r3 +16)
 1841: r2 &= r1
 1842: *(u32 *)(r10 -188) = r2
 1843: r2 = *(u32 *)(r10 -148)
 1844: r1 = *(u32 *)(r3 +20)
 1845: r2 &= r1
 1846: *(u32 *)(r10 -184) = r2
 1847: r1 = map[pipe_p0f_signatures] ll
 1849: r2 = r10
 1850: r2 += -200
 1851: call bpf_map_lookup_elem
 1852: r3 = r0
 1853: if r3 == 0 goto +13
 1854: r2 = *(u32 *)(r3 +4)
 1855: r1 = *(u64 *)(r10 -240)
 1856: if r1 == 0 goto +2
 1857: r1 = *(u64 *)(r10 -248)
 1858: if r2 <= r1 goto +8
 1859: *(u64 *)(r10 -240) = 1
 1860: *(u64 *)(r10 -248) = r2
 1861: r1 = *(u32 *)(r3 +0)
 1862: *(u32 *)(r10 -224) = r1
 1863: r1 = *(u32 *)(r3 +4)
 1864: *(u32 *)(r10 -220) = r1
 1865: r1 = *(u32 *)(r3 +8)
 1866: *(u32 *)(r10 -216) = r1
 1867: *(u32 *)(r10 -232) = 14
 1868: r1 = map[pipe_p0f_signatures_masks] ll
 1870: r2 = r10
 1871: r2 += -232
 1872: call bpf_map_lookup_elem
 1873: r3 = r0
 1874: if r3 == 0 goto +838
 1875: r1 = *(u32 *)(r3 +0)
 1876: if r1 == 0 goto +836
 1877: *(u32 *)(r10 -200) = 14
 1878: r2 = *(u32 *)(r10 -160)
 1879: r1 = *(u32 *)(r3 +8)
 1880: r2 &= r1
 1881: *(u32 *)(r10 -196) = r2
 1882: r2 = *(u32 *)(r10 -156)
 1883: r1 = *(u32 *)(r3 +12)
 1884: r2 &= r1
 1885: *(u32 *)(r10 -192) = r2
 1886: r2 = *(u32 *)(r10 -152)
 1887: r1 = *(u32 *)(r3 +16)
 1888: r2 &= r1
 1889: *(u32 *)(r10 -188) = r2
 1890: r2 = *(u32 *)(r10 -148)
 1891: r1 = *(u32 *)(r3 +20)
 1892: r2 &= r1
 1893: *(u32 *)(r10 -184) = r2
 1894: r1 = map[pipe_p0f_signatures] ll
 1896: r2 = r10
 1897: r2 += -200
 1898: call bpf_map_lookup_elem
 1899: r3 = r0
 1900: if r3 == 0 goto +13
 1901: r2 = *(u32 *)(r3 +4)
 1902: r1 = *(u64 *)(r10 -240)
 1903: if r1 == 0 goto +2
 1904: r1 = *(u64 *)(r10 -248)
 1905: if r2 <= r1 goto +8
 1906: *(u64 *)(r10 -240) = 1
 1907: *(u64 *)(r10 -248) = r2
 1908: r1 = *(u32 *)(r3 +0)
 1909: *(u32 *)(r10 -224) = r1
 1910: r1 = *(u32 *)(r3 +4)
 1911: *(u32 *)(r10 -220) = r1
 1912: r1 = *(u32 *)(r3 +8)
 1913: *(u32 *)(r10 -216) = r1
 1914: *(u32 *)(r10 -232) = 15
 1915: r1 = map[pipe_p0f_signatures_masks] ll
 1917: r2 = r10
 1918: r2 += -232
 1919: call bpf_map_lookup_elem
 1920: r3 = r0
 1921: if r3 == 0 goto +791
 1922: r1 = *(u32 *)(r3 +0)
 1923: if r1 == 0 goto +789
 1924: *(u32 *)(r10 -200) = 15
 1925: r2 = *(u32 *)(r10 -160)
 1926: r1 = *(u32 *)(r3 +8)
 1927: r2 &= r1
 1928: *(u32 *)(r10 -196) = r2
 1929: r2 = *(u32 *)(r10 -156)
 1930: r1 = *(u32 *)(r3 +12)
 1931: r2 &= r1
 1932: *(u32 *)(r10 -192) = r2
 1933: r2 = *(u32 *)(r10 -152)
 1934: r1 = *(u32 *)(r3 +16)
 1935: r2 &= r1
 1936: *(u32 *)(r10 -188) = r2
 1937: r2 = *(u32 *)(r10 -148)
 1938: r1 = *(u32 *)(r3 +20)
 1939: r2 &= r1
 1940: *(u32 *)(r10 -184) = r2
 1941: r1 = map[pipe_p0f_signatures] ll
 1943: r2 = r10
 1944: r2 += -200
 1945: call bpf_map_lookup_elem
 1946: r3 = r0
 1947: if r3 == 0 goto +13
 1948: r2 = *(u32 *)(r3 +4)
 1949: r1 = *(u64 *)(r10 -240)
 1950: if r1 == 0 goto +2
 1951: r1 = *(u64 *)(r10 -248)
 1952: if r2 <= r1 goto +8
 1953: *(u64 *)(r10 -240) = 1
 1954: *(u64 *)(r10 -248) = r2
 1955: r1 = *(u32 *)(r3 +0)
 1956: *(u32 *)(r10 -224) = r1
 1957: r1 = *(u32 *)(r3 +4)
 1958: *(u32 *)(r10 -220) = r1
 1959: r1 = *(u32 *)(r3 +8)
 1960: *(u32 *)(r10 -216) = r1
 1961: *(u32 *)(r10 -232) = 16
 1962: r1 = map[pipe_p0f_signatures_masks] ll
 1964: r2 = r10
 1965: r2 += -232
 1966: call bpf_map_lookup_elem
 1967: r3 = r0
 1968: if r3 == 0 goto +744
 1969: r1 = *(u32 *)(r3 +0)
 1970: if r1 == 0 goto +742
 1971: *(u32 *)(r10 -200) = 16
 1972: r2 = *(u32 *)(r10 -160)
 1973: r1 = *(u32 *)(r3 +8)
 1974: r2 &= r1
 1975: *(u32 *)(r10 -196) = r2
 1976: r2 = *(u32 *)(r10 -156)
 1977: r1 = *(u32 *)(r3 +12)
 1978: r2 &= r1
 1979: *(u32 *)(r10 -192) = r2
 1980: r2 = *(u32 *)(r10 -152)
 1981: r1 = *(u32 *)(r3 +16)
 1982: r2 &= r1
 1983: *(u32 *)(r10 -188) = r2
 1984: r2 = *(u32 *)(r10 -148)
 1985: r1 = *(u32 *)(r3 +20)
 1986: r2 &= r1
 1987: *(u32 *)(r10 -184) = r2
 1988: r1 = map[pipe_p0f_signatures] ll
 1990: r2 = r10
 1991: r2 += -200
 1992: call bpf_map_lookup_elem
 1993: r3 = r0
 1994: if r3 == 0 goto +13
 1995: r2 = *(u32 *)(r3 +4)
 1996: r1 = *(u64 *)(r10 -240)
 1997: if r1 == 0 goto +2
 1998: r1 = *(u64 *)(r10 -248)
 1999: if r2 <= r1 goto +8
 2000: *(u64 *)(r10 -240) = 1
 2001: *(u64 *)(r10 -248) = r2
 2002: r1 = *(u32 *)(r3 +0)
 2003: *(u32 *)(r10 -224) = r1
 2004: r1 = *(u32 *)(r3 +4)
 2005: *(u32 *)(r10 -220) = r1
 2006: r1 = *(u32 *)(r3 +8)
 2007: *(u32 *)(r10 -216) = r1
 2008: *(u32 *)(r10 -232) = 17
 2009: r1 = map[pipe_p0f_signatures_masks] ll
 2011: r2 = r10
 2012: r2 += -232
 2013: call bpf_map_lookup_elem
 2014: r3 = r0
 2015: if r3 == 0 goto +697
 2016: r1 = *(u32 *)(r3 +0)
 2017: if r1 == 0 goto +695
 2018: *(u32 *)(r10 -200) = 17
 2019: r2 = *(u32 *)(r10 -160)
 2020: r1 = *(u32 *)(r3 +8)
 2021: r2 &= r1
 2022: *(u32 *)(r10 -196) = r2
 2023: r2 = *(u32 *)(r10 -156)
 2024: r1 = *(u32 *)(r3 +12)
 2025: r2 &= r1
 2026: *(u32 *)(r10 -192) = r2
 2027: r2 = *(u32 *)(r10 -152)
 2028: r1 = *(u32 *)(r3 +16)
 2029: r2 &= r1
 2030: *(u32 *)(r10 -188) = r2
 2031: r2 = *(u32 *)(r10 -148)
 2032: r1 = *(u32 *)(r3 +20)
 2033: r2 &= r1
 2034: *(u32 *)(r10 -184) = r2
 2035: r1 = map[pipe_p0f_signatures] ll
 2037: r2 = r10
 2038: r2 += -200
 2039: call bpf_map_lookup_elem
 2040: r3 = r0
 2041: if r3 == 0 goto +13
 2042: r2 = *(u32 *)(r3 +4)
 2043: r1 = *(u64 *)(r10 -240)
 2044: if r1 == 0 goto +2
 2045: r1 = *(u64 *)(r10 -248)
 2046: if r2 <= r1 goto +8
 2047: *(u64 *)(r10 -240) = 1
 2048: *(u64 *)(r10 -248) = r2
 2049: r1 = *(u32 *)(r3 +0)
 2050: *(u32 *)(r10 -224) = r1
 2051: r1 = *(u32 *)(r3 +4)
 2052: *(u32 *)(r10 -220) = r1
 2053: r1 = *(u32 *)(r3 +8)
 2054: *(u32 *)(r10 -216) = r1
 2055: *(u32 *)(r10 -232) = 18
 2056: r1 = map[pipe_p0f_signatures_masks] ll
 2058: r2 = r10
 2059: r2 += -232
 2060: call bpf_map_lookup_elem
 2061: r3 = r0
 2062: if r3 == 0 goto +650
 2063: r1 = *(u32 *)(r3 +0)
 2064: if r1 == 0 goto +648
 2065: *(u32 *)(r10 -200) = 18
 2066: r2 = *(u32 *)(r10 -160)
 2067: r1 = *(u32 *)(r3 +8)
 2068: r2 &= r1
 2069: *(u32 *)(r10 -196) = r2
 2070: r2 = *(u32 *)(r10 -156)
 2071: r1 = *(u32 *)(r3 +12)
 2072: r2 &= r1
 2073: *(u32 *)(r10 -192) = r2
 2074: r2 = *(u32 *)(r10 -152)
 2075: r1 = *(u32 *)(r3 +16)
 2076: r2 &= r1
 2077: *(u32 *)(r10 -188) = r2
 2078: r2 = *(u32 *)(r10 -148)
 2079: r1 = *(u32 *)(r3 +20)
 2080: r2 &= r1
 2081: *(u32 *)(r10 -184) = r2
 2082: r1 = map[pipe_p0f_signatures] ll
 2084: r2 = r10
 2085: r2 += -200
 2086: call bpf_map_lookup_elem
 2087: r3 = r0
 2088: if r3 == 0 goto +13
 2089: r2 = *(u32 *)(r3 +4)
 2090: r1 = *(u64 *)(r10 -240)
 2091: if r1 == 0 goto +2
 2092: r1 = *(u64 *)(r10 -248)
 2093: if r2 <= r1 goto +8
 2094: *(u64 *)(r10 -240) = 1
 2095: *(u64 *)(r10 -248) = r2
 2096: r1 = *(u32 *)(r3 +0)
 2097: *(u32 *)(r10 -224) = r1
 2098: r1 = *(u32 *)(r3 +4)
 2099: *(u32 *)(r10 -220) = r1
 2100: r1 = *(u32 *)(r3 +8)
 2101: *(u32 *)(r10 -216) = r1
 2102: *(u32 *)(r10 -232) = 19
 2103: r1 = map[pipe_p0f_signatures_masks] ll
 2105: r2 = r10
 2106: r2 += -232
 2107: call bpf_map_lookup_elem
 2108: r3 = r0
 2109: if r3 == 0 goto +603
 2110: r1 = *(u32 *)(r3 +0)
 2111: if r1 == 0 goto +601
 2112: *(u32 *)(r10 -200) = 19
 2113: r2 = *(u32 *)(r10 -160)
 2114: r1 = *(u32 *)(r3 +8)
 2115: r2 &= r1
 2116: *(u32 *)(r10 -196) = r2
 2117: r2 = *(u32 *)(r10 -156)
 2118: r1 = *(u32 *)(r3 +12)
 2119: r2 &= r1
 2120: *(u32 *)(r10 -192) = r2
 2121: r2 = *(u32 *)(r10 -152)
 2122: r1 = *(u32 *)(r3 +16)
 2123: r2 &= r1
 2124: *(u32 *)(r10 -188) = r2
 2125: r2 = *(u32 *)(r10 -148)
 2126: r1 = *(u32 *)(r3 +20)
 2127: r2 &= r1
 2128: *(u32 *)(r10 -184) = r2
 2129: r1 = map[pipe_p0f_signatures] ll
 2131: r2 = r10
 2132: r2 += -200
 2133: call bpf_map_lookup_elem
 2134: r3 = r0
 2135: if r3 == 0 goto +13
 2136: r2 = *(u32 *)(r3 +4)
 2137: r1 = *(u64 *)(r10 -240)
 2138: if r1 == 0 goto +2
 2139: r1 = *(u64 *)(r10 -248)
 2140: if r2 <= r1 goto +8
 2141: *(u64 *)(r10 -240) = 1
 2142: *(u64 *)(r10 -248) = r2
 2143: r1 = *(u32 *)(r3 +0)
 2144: *(u32 *)(r10 -224) = r1
 2145: r1 = *(u32 *)(r3 +4)
 2146: *(u32 *)(r10 -220) = r1
 2147: r1 = *(u32 *)(r3 +8)
 2148: *(u32 *)(r10 -216) = r1
 2149: *(u32 *)(r10 -232) = 20
 2150: r1 = map[pipe_p0f_signatures_masks] ll
 2152: r2 = r10
 2153: r2 += -232
 2154: call bpf_map_lookup_elem
 2155: r3 = r0
 2156: if r3 == 0 goto +556
 2157: r1 = *(u32 *)(r3 +0)
 2158: if r1 == 0 goto +554
 2159: *(u32 *)(r10 -200) = 20
 2160: r2 = *(u32 *)(r10 -160)
 2161: r1 = *(u32 *)(r3 +8)
 2162: r2 &= r1
 2163: *(u32 *)(r10 -196) = r2
 2164: r2 = *(u32 *)(r10 -156)
 2165: r1 = *(u32 *)(r3 +12)
 2166: r2 &= r1
 2167: *(u32 *)(r10 -192) = r2
 2168: r2 = *(u32 *)(r10 -152)
 2169: r1 = *(u32 *)(r3 +16)
 2170: r2 &= r1
 2171: *(u32 *)(r10 -188) = r2
 2172: r2 = *(u32 *)(r10 -148)
 2173: r1 = *(u32 *)(r3 +20)
 2174: r2 &= r1
 2175: *(u32 *)(r10 -184) = r2
 2176: r1 = map[pipe_p0f_signatures] ll
 2178: r2 = r10
 2179: r2 += -200
 2180: call bpf_map_lookup_elem
 2181: r3 = r0
 2182: if r3 == 0 goto +13
 2183: r2 = *(u32 *)(r3 +4)
 2184: r1 = *(u64 *)(r10 -240)
 2185: if r1 == 0 goto +2
 2186: r1 = *(u64 *)(r10 -248)
 2187: if r2 <= r1 goto +8
 2188: *(u64 *)(r10 -240) = 1
 2189: *(u64 *)(r10 -248) = r2
 2190: r1 = *(u32 *)(r3 +0)
 2191: *(u32 *)(r10 -224) = r1
 2192: r1 = *(u32 *)(r3 +4)
 2193: *(u32 *)(r10 -220) = r1
 2194: r1 = *(u32 *)(r3 +8)
 2195: *(u32 *)(r10 -216) = r1
 2196: *(u32 *)(r10 -232) = 21
 2197: r1 = map[pipe_p0f_signatures_masks] ll
 2199: r2 = r10
 2200: r2 += -232
 2201: call bpf_map_lookup_elem
 2202: r3 = r0
 2203: if r3 == 0 goto +509
 2204: r1 = *(u32 *)(r3 +0)
 2205: if r1 == 0 goto +507
 2206: *(u32 *)(r10 -200) = 21
 2207: r2 = *(u32 *)(r10 -160)
 2208: r1 = *(u32 *)(r3 +8)
 2209: r2 &= r1
 2210: *(u32 *)(r10 -196) = r2
 2211: r2 = *(u32 *)(r10 -156)
 2212: r1 = *(u32 *)(r3 +12)
 2213: r2 &= r1
 2214: *(u32 *)(r10 -192) = r2
 2215: r2 = *(u32 *)(r10 -152)
 2216: r1 = *(u32 *)(r3 +16)
 2217: r2 &= r1
 2218: *(u32 *)(r10 -188) = r2
 2219: r2 = *(u32 *)(r10 -148)
 2220: r1 = *(u32 *)(r3 +20)
 2221: r2 &= r1
 2222: *(u32 *)(r10 -184) = r2
 2223: r1 = map[pipe_p0f_signatures] ll
 2225: r2 = r10
 2226: r2 += -200
 2227: call bpf_map_lookup_elem
 2228: r3 = r0
 2229: if r3 == 0 goto +13
 2230: r2 = *(u32 *)(r3 +4)
 2231: r1 = *(u64 *)(r10 -240)
 2232: if r1 == 0 goto +2
 2233: r1 = *(u64 *)(r10 -248)
 2234: if r2 <= r1 goto +8
 2235: *(u64 *)(r10 -240) = 1
 2236: *(u64 *)(r10 -248) = r2
 2237: r1 = *(u32 *)(r3 +0)
 2238: *(u32 *)(r10 -224) = r1
 2239: r1 = *(u32 *)(r3 +4)
 2240: *(u32 *)(r10 -220) = r1
 2241: r1 = *(u32 *)(r3 +8)
 2242: *(u32 *)(r10 -216) = r1
 2243: *(u32 *)(r10 -232) = 22
 2244: r1 = map[pipe_p0f_signatures_masks] ll
 2246: r2 = r10
 2247: r2 += -232
 2248: call bpf_map_lookup_elem
 2249: r3 = r0
 2250: if r3 == 0 goto +462
 2251: r1 = *(u32 *)(r3 +0)
 2252: if r1 == 0 goto +460
 2253: *(u32 *)(r10 -200) = 22
 2254: r2 = *(u32 *)(r10 -160)
 2255: r1 = *(u32 *)(r3 +8)
 2256: r2 &= r1
 2257: *(u32 *)(r10 -196) = r2
 2258: r2 = *(u32 *)(r10 -156)
 2259: r1 = *(u32 *)(r3 +12)
 2260: r2 &= r1
 2261: *(u32 *)(r10 -192) = r2
 2262: r2 = *(u32 *)(r10 -152)
 2263: r1 = *(u32 *)(r3 +16)
 2264: r2 &= r1
 2265: *(u32 *)(r10 -188) = r2
 2266: r2 = *(u32 *)(r10 -148)
 2267: r1 = *(u32 *)(r3 +20)
 2268: r2 &= r1
 2269: *(u32 *)(r10 -184) = r2
 2270: r1 = map[pipe_p0f_signatures] ll
 2272: r2 = r10
 2273: r2 += -200
 2274: call bpf_map_lookup_elem
 2275: r3 = r0
 2276: if r3 == 0 goto +13
 2277: r2 = *(u32 *)(r3 +4)
 2278: r1 = *(u64 *)(r10 -240)
 2279: if r1 == 0 goto +2
 2280: r1 = *(u64 *)(r10 -248)
 2281: if r2 <= r1 goto +8
 2282: *(u64 *)(r10 -240) = 1
 2283: *(u64 *)(r10 -248) = r2
 2284: r1 = *(u32 *)(r3 +0)
 2285: *(u32 *)(r10 -224) = r1
 2286: r1 = *(u32 *)(r3 +4)
 2287: *(u32 *)(r10 -220) = r1
 2288: r1 = *(u32 *)(r3 +8)
 2289: *(u32 *)(r10 -216) = r1
 2290: *(u32 *)(r10 -232) = 23
 2291: r1 = map[pipe_p0f_signatures_masks] ll
 2293: r2 = r10
 2294: r2 += -232
 2295: call bpf_map_lookup_elem
 2296: r3 = r0
 2297: if r3 == 0 goto +415
 2298: r1 = *(u32 *)(r3 +0)
 2299: if r1 == 0 goto +413
 2300: *(u32 *)(r10 -200) = 23
 2301: r2 = *(u32 *)(r10 -160)
 2302: r1 = *(u32 *)(r3 +8)
 2303: r2 &= r1
 2304: *(u32 *)(r10 -196) = r2
 2305: r2 = *(u32 *)(r10 -156)
 2306: r1 = *(u32 *)(r3 +12)
 2307: r2 &= r1
 2308: *(u32 *)(r10 -192) = r2
 2309: r2 = *(u32 *)(r10 -152)
 2310: r1 = *(u32 *)(r3 +16)
 2311: r2 &= r1
 2312: *(u32 *)(r10 -188) = r2
 2313: r2 = *(u32 *)(r10 -148)
 2314: r1 = *(u32 *)(r3 +20)
 2315: r2 &= r1
 2316: *(u32 *)(r10 -184) = r2
 2317: r1 = map[pipe_p0f_signatures] ll
 2319: r2 = r10
 2320: r2 += -200
 2321: call bpf_map_lookup_elem
 2322: r3 = r0
 2323: if r3 == 0 goto +13
 2324: r2 = *(u32 *)(r3 +4)
 2325: r1 = *(u64 *)(r10 -240)
 2326: if r1 == 0 goto +2
 2327: r1 = *(u64 *)(r10 -248)
 2328: if r2 <= r1 goto +8
 2329: *(u64 *)(r10 -240) = 1
 2330: *(u64 *)(r10 -248) = r2
 2331: r1 = *(u32 *)(r3 +0)
 2332: *(u32 *)(r10 -224) = r1
 2333: r1 = *(u32 *)(r3 +4)
 2334: *(u32 *)(r10 -220) = r1
 2335: r1 = *(u32 *)(r3 +8)
 2336: *(u32 *)(r10 -216) = r1
 2337: *(u32 *)(r10 -232) = 24
 2338: r1 = map[pipe_p0f_signatures_masks] ll
 2340: r2 = r10
 2341: r2 += -232
 2342: call bpf_map_lookup_elem
 2343: r3 = r0
 2344: if r3 == 0 goto +368
 2345: r1 = *(u32 *)(r3 +0)
 2346: if r1 == 0 goto +366
 2347: *(u32 *)(r10 -200) = 24
 2348: r2 = *(u32 *)(r10 -160)
 2349: r1 = *(u32 *)(r3 +8)
 2350: r2 &= r1
 2351: *(u32 *)(r10 -196) = r2
 2352: r2 = *(u32 *)(r10 -156)
 2353: r1 = *(u32 *)(r3 +12)
 2354: r2 &= r1
 2355: *(u32 *)(r10 -192) = r2
 2356: r2 = *(u32 *)(r10 -152)
 2357: r1 = *(u32 *)(r3 +16)
 2358: r2 &= r1
 2359: *(u32 *)(r10 -188) = r2
 2360: r2 = *(u32 *)(r10 -148)
 2361: r1 = *(u32 *)(r3 +20)
 2362: r2 &= r1
 2363: *(u32 *)(r10 -184) = r2
 2364: r1 = map[pipe_p0f_signatures] ll
 2366: r2 = r10
 2367: r2 += -200
 2368: call bpf_map_lookup_elem
 2369: r3 = r0
 2370: if r3 == 0 goto +13
 2371: r2 = *(u32 *)(r3 +4)
 2372: r1 = *(u64 *)(r10 -240)
 2373: if r1 == 0 goto +2
 2374: r1 = *(u64 *)(r10 -248)
 2375: if r2 <= r1 goto +8
 2376: *(u64 *)(r10 -240) = 1
 2377: *(u64 *)(r10 -248) = r2
 2378: r1 = *(u32 *)(r3 +0)
 2379: *(u32 *)(r10 -224) = r1
 2380: r1 = *(u32 *)(r3 +4)
 2381: *(u32 *)(r10 -220) = r1
 2382: r1 = *(u32 *)(r3 +8)
 2383: *(u32 *)(r10 -216) = r1
 2384: *(u32 *)(r10 -232) = 25
 2385: r1 = map[pipe_p0f_signatures_masks] ll
 2387: r2 = r10
 2388: r2 += -232
 2389: call bpf_map_lookup_elem
 2390: r3 = r0
 2391: if r3 == 0 goto +321
 2392: r1 = *(u32 *)(r3 +0)
 2393: if r1 == 0 goto +319
 2394: *(u32 *)(r10 -200) = 25
 2395: r2 = *(u32 *)(r10 -160)
 2396: r1 = *(u32 *)(r3 +8)
 2397: r2 &= r1
 2398: *(u32 *)(r10 -196) = r2
 2399: r2 = *(u32 *)(r10 -156)
 2400: r1 = *(u32 *)(r3 +12)
 2401: r2 &= r1
 2402: *(u32 *)(r10 -192) = r2
 2403: r2 = *(u32 *)(r10 -152)
 2404: r1 = *(u32 *)(r3 +16)
 2405: r2 &= r1
 2406: *(u32 *)(r10 -188) = r2
 2407: r2 = *(u32 *)(r10 -148)
 2408: r1 = *(u32 *)(r3 +20)
 2409: r2 &= r1
 2410: *(u32 *)(r10 -184) = r2
 2411: r1 = map[pipe_p0f_signatures] ll
 2413: r2 = r10
 2414: r2 += -200
 2415: call bpf_map_lookup_elem
 2416: r3 = r0
 2417: if r3 == 0 goto +13
 2418: r2 = *(u32 *)(r3 +4)
 2419: r1 = *(u64 *)(r10 -240)
 2420: if r1 == 0 goto +2
 2421: r1 = *(u64 *)(r10 -248)
 2422: if r2 <= r1 goto +8
 2423: *(u64 *)(r10 -240) = 1
 2424: *(u64 *)(r10 -248) = r2
 2425: r1 = *(u32 *)(r3 +0)
 2426: *(u32 *)(r10 -224) = r1
 2427: r1 = *(u32 *)(r3 +4)
 2428: *(u32 *)(r10 -220) = r1
 2429: r1 = *(u32 *)(r3 +8)
 2430: *(u32 *)(r10 -216) = r1
 2431: *(u32 *)(r10 -232) = 26
 2432: r1 = map[pipe_p0f_signatures_masks] ll
 2434: r2 = r10
 2435: r2 += -232
 2436: call bpf_map_lookup_elem
 2437: r3 = r0
 2438: if r3 == 0 goto +274
 2439: r1 = *(u32 *)(r3 +0)
 2440: if r1 == 0 goto +272
 2441: *(u32 *)(r10 -200) = 26
 2442: r2 = *(u32 *)(r10 -160)
 2443: r1 = *(u32 *)(r3 +8)
 2444: r2 &= r1
 2445: *(u32 *)(r10 -196) = r2
 2446: r2 = *(u32 *)(r10 -156)
 2447: r1 = *(u32 *)(r3 +12)
 2448: r2 &= r1
 2449: *(u32 *)(r10 -192) = r2
 2450: r2 = *(u32 *)(r10 -152)
 2451: r1 = *(u32 *)(r3 +16)
 2452: r2 &= r1
 2453: *(u32 *)(r10 -188) = r2
 2454: r2 = *(u32 *)(r10 -148)
 2455: r1 = *(u32 *)(r3 +20)
 2456: r2 &= r1
 2457: *(u32 *)(r10 -184) = r2
 2458: r1 = map[pipe_p0f_signatures] ll
 2460: r2 = r10
 2461: r2 += -200
 2462: call bpf_map_lookup_elem
 2463: r3 = r0
 2464: if r3 == 0 goto +13
 2465: r2 = *(u32 *)(r3 +4)
 2466: r1 = *(u64 *)(r10 -240)
 2467: if r1 == 0 goto +2
 2468: r1 = *(u64 *)(r10 -248)
 2469: if r2 <= r1 goto +8
 2470: *(u64 *)(r10 -240) = 1
 2471: *(u64 *)(r10 -248) = r2
 2472: r1 = *(u32 *)(r3 +0)
 2473: *(u32 *)(r10 -224) = r1
 2474: r1 = *(u32 *)(r3 +4)
 2475: *(u32 *)(r10 -220) = r1
 2476: r1 = *(u32 *)(r3 +8)
 2477: *(u32 *)(r10 -216) = r1
 2478: *(u32 *)(r10 -232) = 27
 2479: r1 = map[pipe_p0f_signatures_masks] ll
 2481: r2 = r10
 2482: r2 += -232
 2483: call bpf_map_lookup_elem
 2484: r3 = r0
 2485: if r3 == 0 goto +227
 2486: r1 = *(u32 *)(r3 +0)
 2487: if r1 == 0 goto +225
 2488: *(u32 *)(r10 -200) = 27
 2489: r2 = *(u32 *)(r10 -160)
 2490: r1 = *(u32 *)(r3 +8)
 2491: r2 &= r1
 2492: *(u32 *)(r10 -196) = r2
 2493: r2 = *(u32 *)(r10 -156)
 2494: r1 = *(u32 *)(r3 +12)
 2495: r2 &= r1
 2496: *(u32 *)(r10 -192) = r2
 2497: r2 = *(u32 *)(r10 -152)
 2498: r1 = *(u32 *)(r3 +16)
 2499: r2 &= r1
 2500: *(u32 *)(r10 -188) = r2
 2501: r2 = *(u32 *)(r10 -148)
 2502: r1 = *(u32 *)(r3 +20)
 2503: r2 &= r1
 2504: *(u32 *)(r10 -184) = r2
 2505: r1 = map[pipe_p0f_signatures] ll
 2507: r2 = r10
 2508: r2 += -200
 2509: call bpf_map_lookup_elem
 2510: r3 = r0
 2511: if r3 == 0 goto +13
 2512: r2 = *(u32 *)(r3 +4)
 2513: r1 = *(u64 *)(r10 -240)
 2514: if r1 == 0 goto +2
 2515: r1 = *(u64 *)(r10 -248)
 2516: if r2 <= r1 goto +8
 2517: *(u64 *)(r10 -240) = 1
 2518: *(u64 *)(r10 -248) = r2
 2519: r1 = *(u32 *)(r3 +0)
 2520: *(u32 *)(r10 -224) = r1
 2521: r1 = *(u32 *)(r3 +4)
 2522: *(u32 *)(r10 -220) = r1
 2523: r1 = *(u32 *)(r3 +8)
 2524: *(u32 *)(r10 -216) = r1
 2525: *(u32 *)(r10 -232) = 28
 2526: r1 = map[pipe_p0f_signatures_masks] ll
 2528: r2 = r10
 2529: r2 += -232
 2530: call bpf_map_lookup_elem
 2531: r3 = r0
 2532: if r3 == 0 goto +180
 2533: r1 = *(u32 *)(r3 +0)
 2534: if r1 == 0 goto +178
 2535: *(u32 *)(r10 -200) = 28
 2536: r2 = *(u32 *)(r10 -160)
 2537: r1 = *(u32 *)(r3 +8)
 2538: r2 &= r1
 2539: *(u32 *)(r10 -196) = r2
 2540: r2 = *(u32 *)(r10 -156)
 2541: r1 = *(u32 *)(r3 +12)
 2542: r2 &= r1
 2543: *(u32 *)(r10 -192) = r2
 2544: r2 = *(u32 *)(r10 -152)
 2545: r1 = *(u32 *)(r3 +16)
 2546: r2 &= r1
 2547: *(u32 *)(r10 -188) = r2
 2548: r2 = *(u32 *)(r10 -148)
 2549: r1 = *(u32 *)(r3 +20)
 2550: r2 &= r1
 2551: *(u32 *)(r10 -184) = r2
 2552: r1 = map[pipe_p0f_signatures] ll
 2554: r2 = r10
 2555: r2 += -200
 2556: call bpf_map_lookup_elem
 2557: r3 = r0
 2558: if r3 == 0 goto +13
 2559: r2 = *(u32 *)(r3 +4)
 2560: r1 = *(u64 *)(r10 -240)
 2561: if r1 == 0 goto +2
 2562: r1 = *(u64 *)(r10 -248)
 2563: if r2 <= r1 goto +8
 2564: *(u64 *)(r10 -240) = 1
 2565: *(u64 *)(r10 -248) = r2
 2566: r1 = *(u32 *)(r3 +0)
 2567: *(u32 *)(r10 -224) = r1
 2568: r1 = *(u32 *)(r3 +4)
 2569: *(u32 *)(r10 -220) = r1
 2570: r1 = *(u32 *)(r3 +8)
 2571: *(u32 *)(r10 -216) = r1
 2572: *(u32 *)(r10 -232) = 29
 2573: r1 = map[pipe_p0f_signatures_masks] ll
 2575: r2 = r10
 2576: r2 += -232
 2577: call bpf_map_lookup_elem
 2578: r3 = r0
 2579: if r3 == 0 goto +133
 2580: r1 = *(u32 *)(r3 +0)
 2581: if r1 == 0 goto +131
 2582: *(u32 *)(r10 -200) = 29
 2583: r2 = *(u32 *)(r10 -160)
 2584: r1 = *(u32 *)(r3 +8)
 2585: r2 &= r1
 2586: *(u32 *)(r10 -196) = r2
 2587: r2 = *(u32 *)(r10 -156)
 2588: r1 = *(u32 *)(r3 +12)
 2589: r2 &= r1
 2590: *(u32 *)(r10 -192) = r2
 2591: r2 = *(u32 *)(r10 -152)
 2592: r1 = *(u32 *)(r3 +16)
 2593: r2 &= r1
 2594: *(u32 *)(r10 -188) = r2
 2595: r2 = *(u32 *)(r10 -148)
 2596: r1 = *(u32 *)(r3 +20)
 2597: r2 &= r1
 2598: *(u32 *)(r10 -184) = r2
 2599: r1 = map[pipe_p0f_signatures] ll
 2601: r2 = r10
 2602: r2 += -200
 2603: call bpf_map_lookup_elem
 2604: r3 = r0
 2605: if r3 == 0 goto +13
 2606: r2 = *(u32 *)(r3 +4)
 2607: r1 = *(u64 *)(r10 -240)
 2608: if r1 == 0 goto +2
 2609: r1 = *(u64 *)(r10 -248)
 2610: if r2 <= r1 goto +8
 2611: *(u64 *)(r10 -240) = 1
 2612: *(u64 *)(r10 -248) = r2
 2613: r1 = *(u32 *)(r3 +0)
 2614: *(u32 *)(r10 -224) = r1
 2615: r1 = *(u32 *)(r3 +4)
 2616: *(u32 *)(r10 -220) = r1
 2617: r1 = *(u32 *)(r3 +8)
 2618: *(u32 *)(r10 -216) = r1
 2619: *(u32 *)(r10 -232) = 30
 2620: r1 = map[pipe_p0f_signatures_masks] ll
 2622: r2 = r10
 2623: r2 += -232
 2624: call bpf_map_lookup_elem
 2625: r3 = r0
 2626: if r3 == 0 goto +86
 2627: r1 = *(u32 *)(r3 +0)
 2628: if r1 == 0 goto +84
 2629: *(u32 *)(r10 -200) = 30
 2630: r2 = *(u32 *)(r10 -160)
 2631: r1 = *(u32 *)(r3 +8)
 2632: r2 &= r1
 2633: *(u32 *)(r10 -196) = r2
 2634: r2 = *(u32 *)(r10 -156)
 2635: r1 = *(u32 *)(r3 +12)
 2636: r2 &= r1
 2637: *(u32 *)(r10 -192) = r2
 2638: r2 = *(u32 *)(r10 -152)
 2639: r1 = *(u32 *)(r3 +16)
 2640: r2 &= r1
 2641: *(u32 *)(r10 -188) = r2
 2642: r2 = *(u32 *)(r10 -148)
 2643: r1 = *(u32 *)(r3 +20)
 2644: r2 &= r1
 2645: *(u32 *)(r10 -184) = r2
 2646: r1 = map[pipe_p0f_signatures] ll
 2648: r2 = r10
 2649: r2 += -200
 2650: call bpf_map_lookup_elem
 2651: r3 = r0
 2652: if r3 == 0 goto +13
 2653: r2 = *(u32 *)(r3 +4)
 2654: r1 = *(u64 *)(r10 -240)
 2655: if r1 == 0 goto +2
 2656: r1 = *(u64 *)(r10 -248)
 2657: if r2 <= r1 goto +8
 2658: *(u64 *)(r10 -240) = 1
 2659: *(u64 *)(r10 -248) = r2
 2660: r1 = *(u32 *)(r3 +0)
 2661: *(u32 *)(r10 -224) = r1
 2662: r1 = *(u32 *)(r3 +4)
 2663: *(u32 *)(r10 -220) = r1
 2664: r1 = *(u32 *)(r3 +8)
 2665: *(u32 *)(r10 -216) = r1
 2666: *(u32 *)(r10 -232) = 31
 2667: r1 = map[pipe_p0f_signatures_masks] ll
 2669: r2 = r10
 2670: r2 += -232
 2671: call bpf_map_lookup_elem
 2672: r3 = r0
 2673: if r3 == 0 goto +39
 2674: r1 = *(u32 *)(r3 +0)
 2675: if r1 == 0 goto +37
 2676: *(u32 *)(r10 -200) = 31
 2677: r2 = *(u32 *)(r10 -160)
 2678: r1 = *(u32 *)(r3 +8)
 2679: r2 &= r1
 2680: *(u32 *)(r10 -196) = r2
 2681: r2 = *(u32 *)(r10 -156)
 2682: r1 = *(u32 *)(r3 +12)
 2683: r2 &= r1
 2684: *(u32 *)(r10 -192) = r2
 2685: r2 = *(u32 *)(r10 -152)
 2686: r1 = *(u32 *)(r3 +16)
 2687: r2 &= r1
 2688: *(u32 *)(r10 -188) = r2
 2689: r2 = *(u32 *)(r10 -148)
 2690: r1 = *(u32 *)(r3 +20)
 2691: r2 &= r1
 2692: *(u32 *)(r10 -184) = r2
 2693: r1 = map[pipe_p0f_signatures] ll
 2695: r2 = r10
 2696: r2 += -200
 2697: call bpf_map_lookup_elem
 2698: r3 = r0
 2699: if r3 == 0 goto +13
 2700: r2 = *(u32 *)(r3 +4)
 2701: r1 = *(u64 *)(r10 -240)
 2702: if r1 == 0 goto +2
 2703: r1 = *(u64 *)(r10 -248)
 2704: if r2 <= r1 goto +8
 2705: *(u64 *)(r10 -240) = 1
 2706: *(u64 *)(r10 -248) = r2
 2707: r1 = *(u32 *)(r3 +0)
 2708: *(u32 *)(r10 -224) = r1
 2709: r1 = *(u32 *)(r3 +4)
 2710: *(u32 *)(r10 -220) = r1
 2711: r1 = *(u32 *)(r3 +8)
 2712: *(u32 *)(r10 -216) = r1
 2713: r1 = *(u64 *)(r10 -240)
 2714: if r1 != 0 goto +16
 2715: *(u32 *)(r10 -160) = 0
 2716: r1 = map[pipe_p0f_signatures_default] ll
 2718: r2 = r10
 2719: r2 += -160
 2720: call bpf_map_lookup_elem
 2721: r1 = r0
 2722: if r1 == 0 goto +5
 2723: r2 = *(u32 *)(r1 +0)
 2724: r1 = *(u32 *)(r1 +8)
 2725: r1 = be32 r1
 2726: w1 = w1
 2727: goto +7
 2728: r2 = 2
 2729: r1 = 0
 2730: goto +4
 2731: r2 = *(u32 *)(r10 -224)
 2732: r1 = *(u32 *)(r10 -216)
 2733: r1 = be32 r1
 2734: w1 = w1
 2735: if r2 == 0 goto +21
 2736: if r2 == 1 goto +2
 2737: if r2 == 2 goto +41
 2738: goto +40
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2739: r1 = 1
      ; write var10, v45
 2740: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2741: *(u32 *)(r10 -160) = 0
 2742: r1 = map[pipe_os_stats] ll
 2744: r2 = r10
 2745: r2 += -160
 2746: call bpf_map_lookup_elem
 2747: r3 = r0
 2748: if r3 == 0 goto +30
 2749: r1 = *(u64 *)(r3 +0)
 2750: r1 += 1
 2751: *(u64 *)(r3 +0) = r1
 2752: r2 = *(u64 *)(r3 +8)
 2753: r1 = *(u32 *)(r10 -40)
 2754: r2 += r1
 2755: *(u64 *)(r3 +8) = r2
 2756: goto +22
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2757: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2758: *(u32 *)(r10 -160) = r1
 2759: r1 = map[pipe_os_stats] ll
 2761: r2 = r10
 2762: r2 += -160
 2763: call bpf_map_lookup_elem
 2764: r3 = r0
 2765: if r3 == 0 goto +13
 2766: r1 = *(u64 *)(r3 +0)
 2767: r1 += 1
 2768: *(u64 *)(r3 +0) = r1
 2769: r2 = *(u64 *)(r3 +8)
 2770: r1 = *(u32 *)(r10 -40)
 2771: r2 += r1
 2772: *(u64 *)(r3 +8) = r2
 2773: goto +5
      ; drop
 2774: r2 = *(u32 *)(r10 -36)
 2775: r1 = *(u64 *)(r10 -8)
 2776: *(u32 *)(r1 +8) = r2
 2777: r0 = 2
 2778: exit
      ; epilogue: verdict
 2779: r2 = *(u32 *)(r10 -36)
 2780: r1 = *(u64 *)(r10 -8)
 2781: *(u32 *)(r1 +8) = r2
 2782: r1 = *(u8 *)(r10 -23)
 2783: if r1 != 0 goto +2
 2784: r0 = 0
 2785: exit
 2786: if r1 != 2 goto +4
 2787: r1 = *(u32 *)(r10 -32)
 2788: r2 = 0
 2789: call bpf_redirect
 2790: exit
 2791: r0 = 2
 2792: exit
