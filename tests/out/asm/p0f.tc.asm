; p0f for classifier: 2862 instructions, stack 232 bytes, 4 maps
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
   22: if r3 > 16383 goto +2820
   23: r2 = r6
   24: r2 += r3
   25: r1 = r2
   26: r1 += 14
   27: if r1 <= r7 goto +1
   28: goto +2814
   29: r1 = r3
   30: r1 += 1
   31: *(u32 *)(r10 -104) = r1
   32: r3 += 14
   33: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: if r1 != 8 goto +996
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r2 = *(u64 *)(r10 -16)
   37: if r2 > 16383 goto +2805
   38: r3 = r6
   39: r3 += r2
   40: r1 = r3
   41: r1 += 20
   42: if r1 <= r7 goto +1
   43: goto +2799
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
   54: if r1 == 0 goto +2788
      ; v4: bit<4> = read_field hdr1.ihl
   55: r2 = *(u8 *)(r3 +0)
   56: r2 &= 15
      ; v5: bit<32> = cast v4
   57: w2 = w2
      ; v6: bit<32> = const 5
   58: r1 = 5
      ; v7: bit<32> = sub v5, v6
   59: r2 -= r1
   60: w2 = w2
      ; v8: bit<32> = const 0x20
   61: r1 = 32
      ; v9: bit<32> = mul v7, v8
   62: r2 *= r1
   63: w2 = w2
      ; advance v9
   64: r1 = r2
   65: r1 &= 7
   66: if r1 != 0 goto +2776
   67: r1 = r2
   68: r1 >>= 3
   69: r2 = *(u64 *)(r10 -16)
   70: r2 += r1
   71: if r2 > 16383 goto +2771
   72: r1 = r6
   73: r1 += r2
   74: if r1 <= r7 goto +1
   75: goto +2767
   76: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   77: r2 = *(u16 *)(r3 +6)
   78: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   79: r1 = *(u8 *)(r3 +9)
   80: if r2 != 0 goto +951
   81: if r1 != 6 goto +950
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   82: r2 = *(u64 *)(r10 -16)
   83: if r2 > 16383 goto +2759
   84: r3 = r6
   85: r3 += r2
   86: r1 = r3
   87: r1 += 20
   88: if r1 <= r7 goto +1
   89: goto +2753
   90: r1 = r2
   91: r1 += 1
   92: *(u32 *)(r10 -96) = r1
   93: r2 += 20
   94: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
   95: r2 = *(u8 *)(r3 +12)
   96: r2 >>= 4
   97: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   98: r1 = 1
   99: if r2 >= 5 goto +1
  100: r1 = 0
      ; verify v14, error HeaderTooShort
  101: if r1 == 0 goto +2741
      ; v15: bit<4> = read_field hdr2.dataOffset
  102: r1 = *(u8 *)(r3 +12)
  103: r1 >>= 4
  104: r1 &= 15
      ; v16: bit<16> = cast v15
  105: r1 &= 65535
      ; v17: bit<16> = const 5
  106: r2 = 5
      ; v18: bit<16> = sub v16, v17
  107: r1 -= r2
  108: r1 &= 65535
      ; v19: bit<16> = const 4
  109: r2 = 4
      ; v20: bit<16> = mul v18, v19
  110: r1 *= r2
  111: r1 &= 65535
      ; write var2, v20
  112: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  113: r1 = *(u8 *)(r3 +13)
  114: r1 &= 18
  115: if r1 != 2 goto +916
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  116: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  117: r1 = *(u8 *)(r10 -24)
  118: if r2 == 0 goto +913
  119: if r1 == 8 goto +912
      ; prs: block5 (parse_option)
      ; extract hdr3
  120: r2 = *(u64 *)(r10 -16)
  121: if r2 > 16383 goto +2721
  122: r3 = r6
  123: r3 += r2
  124: r1 = r3
  125: r1 += 1
  126: if r1 <= r7 goto +1
  127: goto +2715
  128: r1 = r2
  129: r1 += 1
  130: *(u32 *)(r10 -92) = r1
  131: r2 += 1
  132: *(u64 *)(r10 -16) = r2
      ; v24: bit<8> = read var3
  133: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  134: r2 = 1
      ; v26: bit<8> = add v24, v25
  135: r1 += r2
  136: r1 &= 255
      ; write var3, v26
  137: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  138: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  139: r2 = 1
      ; v29: bit<16> = sub v27, v28
  140: r1 -= r2
  141: r1 &= 65535
      ; write var2, v29
  142: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  143: r1 = *(u8 *)(r3 +0)
  144: if r1 == 0 goto +887
  145: if r1 == 1 goto +84
  146: if r1 == 2 goto +66
  147: if r1 == 3 goto +47
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  148: r1 = *(u64 *)(r10 -16)
  149: if r1 > 16383 goto +2693
  150: r2 = r6
  151: r2 += r1
  152: r1 = r2
  153: r1 += 1
  154: if r1 <= r7 goto +1
  155: goto +2687
  156: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  157: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  158: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  159: r1 = 1
  160: if r2 >= 2 goto +1
  161: r1 = 0
      ; verify v34, error HeaderTooShort
  162: if r1 == 0 goto +2680
      ; v35: bit<8> = read var11
  163: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  164: w2 = w2
      ; v37: bit<32> = const 1
  165: r1 = 1
      ; v38: bit<32> = sub v36, v37
  166: r2 -= r1
  167: w2 = w2
      ; v39: bit<32> = const 8
  168: r1 = 8
      ; v40: bit<32> = mul v38, v39
  169: r2 *= r1
  170: w2 = w2
      ; advance v40
  171: r1 = r2
  172: r1 &= 7
  173: if r1 != 0 goto +2669
  174: r1 = r2
  175: r1 >>= 3
  176: r2 = *(u64 *)(r10 -16)
  177: r2 += r1
  178: if r2 > 16383 goto +2664
  179: r1 = r6
  180: r1 += r2
  181: if r1 <= r7 goto +1
  182: goto +2660
  183: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  184: r3 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  185: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  186: r2 &= 65535
      ; v44: bit<16> = const 1
  187: r1 = 1
      ; v45: bit<16> = sub v43, v44
  188: r2 -= r1
  189: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  190: r1 = r3
  191: r1 -= r2
  192: r1 &= 65535
      ; write var2, v46
  193: *(u16 *)(r10 -28) = r1
  194: goto +35
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  195: r2 = *(u64 *)(r10 -16)
  196: if r2 > 16383 goto +2646
  197: r1 = r6
  198: r1 += r2
  199: r1 += 2
  200: if r1 <= r7 goto +1
  201: goto +2641
  202: r1 = r2
  203: r1 += 1
  204: *(u32 *)(r10 -56) = r1
  205: r2 += 2
  206: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  207: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  208: r2 = 2
      ; v49: bit<16> = sub v47, v48
  209: r1 -= r2
  210: r1 &= 65535
      ; write var2, v49
  211: *(u16 *)(r10 -28) = r1
  212: goto +17
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  213: r2 = *(u64 *)(r10 -16)
  214: if r2 > 16383 goto +2628
  215: r1 = r6
  216: r1 += r2
  217: r1 += 3
  218: if r1 <= r7 goto +1
  219: goto +2623
  220: r1 = r2
  221: r1 += 1
  222: *(u32 *)(r10 -60) = r1
  223: r2 += 3
  224: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  225: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  226: r2 = 3
      ; v52: bit<16> = sub v50, v51
  227: r1 -= r2
  228: r1 &= 65535
      ; write var2, v52
  229: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  230: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  231: r1 = *(u8 *)(r10 -24)
  232: if r2 == 0 goto +799
  233: if r1 == 8 goto +798
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  234: r2 = *(u64 *)(r10 -16)
  235: if r2 > 16383 goto +2607
  236: r3 = r6
  237: r3 += r2
  238: r1 = r3
  239: r1 += 1
  240: if r1 <= r7 goto +1
  241: goto +2601
  242: r1 = r2
  243: r1 += 1
  244: *(u32 *)(r10 -88) = r1
  245: r2 += 1
  246: *(u64 *)(r10 -16) = r2
      ; v55: bit<8> = read var3
  247: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  248: r2 = 1
      ; v57: bit<8> = add v55, v56
  249: r1 += r2
  250: r1 &= 255
      ; write var3, v57
  251: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  252: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  253: r2 = 1
      ; v60: bit<16> = sub v58, v59
  254: r1 -= r2
  255: r1 &= 65535
      ; write var2, v60
  256: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  257: r1 = *(u8 *)(r3 +0)
  258: if r1 == 0 goto +773
  259: if r1 == 1 goto +84
  260: if r1 == 2 goto +66
  261: if r1 == 3 goto +47
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  262: r1 = *(u64 *)(r10 -16)
  263: if r1 > 16383 goto +2579
  264: r2 = r6
  265: r2 += r1
  266: r1 = r2
  267: r1 += 1
  268: if r1 <= r7 goto +1
  269: goto +2573
  270: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  271: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  272: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  273: r1 = 1
  274: if r2 >= 2 goto +1
  275: r1 = 0
      ; verify v65, error HeaderTooShort
  276: if r1 == 0 goto +2566
      ; v66: bit<8> = read var11
  277: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  278: w2 = w2
      ; v68: bit<32> = const 1
  279: r1 = 1
      ; v69: bit<32> = sub v67, v68
  280: r2 -= r1
  281: w2 = w2
      ; v70: bit<32> = const 8
  282: r1 = 8
      ; v71: bit<32> = mul v69, v70
  283: r2 *= r1
  284: w2 = w2
      ; advance v71
  285: r1 = r2
  286: r1 &= 7
  287: if r1 != 0 goto +2555
  288: r1 = r2
  289: r1 >>= 3
  290: r2 = *(u64 *)(r10 -16)
  291: r2 += r1
  292: if r2 > 16383 goto +2550
  293: r1 = r6
  294: r1 += r2
  295: if r1 <= r7 goto +1
  296: goto +2546
  297: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  298: r3 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  299: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  300: r2 &= 65535
      ; v75: bit<16> = const 1
  301: r1 = 1
      ; v76: bit<16> = sub v74, v75
  302: r2 -= r1
  303: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  304: r1 = r3
  305: r1 -= r2
  306: r1 &= 65535
      ; write var2, v77
  307: *(u16 *)(r10 -28) = r1
  308: goto +35
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  309: r2 = *(u64 *)(r10 -16)
  310: if r2 > 16383 goto +2532
  311: r1 = r6
  312: r1 += r2
  313: r1 += 2
  314: if r1 <= r7 goto +1
  315: goto +2527
  316: r1 = r2
  317: r1 += 1
  318: *(u32 *)(r10 -56) = r1
  319: r2 += 2
  320: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  321: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  322: r2 = 2
      ; v80: bit<16> = sub v78, v79
  323: r1 -= r2
  324: r1 &= 65535
      ; write var2, v80
  325: *(u16 *)(r10 -28) = r1
  326: goto +17
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  327: r2 = *(u64 *)(r10 -16)
  328: if r2 > 16383 goto +2514
  329: r1 = r6
  330: r1 += r2
  331: r1 += 3
  332: if r1 <= r7 goto +1
  333: goto +2509
  334: r1 = r2
  335: r1 += 1
  336: *(u32 *)(r10 -60) = r1
  337: r2 += 3
  338: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  339: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  340: r2 = 3
      ; v83: bit<16> = sub v81, v82
  341: r1 -= r2
  342: r1 &= 65535
      ; write var2, v83
  343: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  344: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  345: r1 = *(u8 *)(r10 -24)
  346: if r2 == 0 goto +685
  347: if r1 == 8 goto +684
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  348: r2 = *(u64 *)(r10 -16)
  349: if r2 > 16383 goto +2493
  350: r3 = r6
  351: r3 += r2
  352: r1 = r3
  353: r1 += 1
  354: if r1 <= r7 goto +1
  355: goto +2487
  356: r1 = r2
  357: r1 += 1
  358: *(u32 *)(r10 -84) = r1
  359: r2 += 1
  360: *(u64 *)(r10 -16) = r2
      ; v86: bit<8> = read var3
  361: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  362: r2 = 1
      ; v88: bit<8> = add v86, v87
  363: r1 += r2
  364: r1 &= 255
      ; write var3, v88
  365: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  366: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  367: r2 = 1
      ; v91: bit<16> = sub v89, v90
  368: r1 -= r2
  369: r1 &= 65535
      ; write var2, v91
  370: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  371: r1 = *(u8 *)(r3 +0)
  372: if r1 == 0 goto +659
  373: if r1 == 1 goto +84
  374: if r1 == 2 goto +66
  375: if r1 == 3 goto +47
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  376: r1 = *(u64 *)(r10 -16)
  377: if r1 > 16383 goto +2465
  378: r2 = r6
  379: r2 += r1
  380: r1 = r2
  381: r1 += 1
  382: if r1 <= r7 goto +1
  383: goto +2459
  384: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  385: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  386: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  387: r1 = 1
  388: if r2 >= 2 goto +1
  389: r1 = 0
      ; verify v96, error HeaderTooShort
  390: if r1 == 0 goto +2452
      ; v97: bit<8> = read var11
  391: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  392: w2 = w2
      ; v99: bit<32> = const 1
  393: r1 = 1
      ; v100: bit<32> = sub v98, v99
  394: r2 -= r1
  395: w2 = w2
      ; v101: bit<32> = const 8
  396: r1 = 8
      ; v102: bit<32> = mul v100, v101
  397: r2 *= r1
  398: w2 = w2
      ; advance v102
  399: r1 = r2
  400: r1 &= 7
  401: if r1 != 0 goto +2441
  402: r1 = r2
  403: r1 >>= 3
  404: r2 = *(u64 *)(r10 -16)
  405: r2 += r1
  406: if r2 > 16383 goto +2436
  407: r1 = r6
  408: r1 += r2
  409: if r1 <= r7 goto +1
  410: goto +2432
  411: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  412: r3 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  413: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  414: r2 &= 65535
      ; v106: bit<16> = const 1
  415: r1 = 1
      ; v107: bit<16> = sub v105, v106
  416: r2 -= r1
  417: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  418: r1 = r3
  419: r1 -= r2
  420: r1 &= 65535
      ; write var2, v108
  421: *(u16 *)(r10 -28) = r1
  422: goto +35
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  423: r2 = *(u64 *)(r10 -16)
  424: if r2 > 16383 goto +2418
  425: r1 = r6
  426: r1 += r2
  427: r1 += 2
  428: if r1 <= r7 goto +1
  429: goto +2413
  430: r1 = r2
  431: r1 += 1
  432: *(u32 *)(r10 -56) = r1
  433: r2 += 2
  434: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  435: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  436: r2 = 2
      ; v111: bit<16> = sub v109, v110
  437: r1 -= r2
  438: r1 &= 65535
      ; write var2, v111
  439: *(u16 *)(r10 -28) = r1
  440: goto +17
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  441: r2 = *(u64 *)(r10 -16)
  442: if r2 > 16383 goto +2400
  443: r1 = r6
  444: r1 += r2
  445: r1 += 3
  446: if r1 <= r7 goto +1
  447: goto +2395
  448: r1 = r2
  449: r1 += 1
  450: *(u32 *)(r10 -60) = r1
  451: r2 += 3
  452: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  453: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  454: r2 = 3
      ; v114: bit<16> = sub v112, v113
  455: r1 -= r2
  456: r1 &= 65535
      ; write var2, v114
  457: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  458: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  459: r1 = *(u8 *)(r10 -24)
  460: if r2 == 0 goto +571
  461: if r1 == 8 goto +570
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  462: r2 = *(u64 *)(r10 -16)
  463: if r2 > 16383 goto +2379
  464: r3 = r6
  465: r3 += r2
  466: r1 = r3
  467: r1 += 1
  468: if r1 <= r7 goto +1
  469: goto +2373
  470: r1 = r2
  471: r1 += 1
  472: *(u32 *)(r10 -80) = r1
  473: r2 += 1
  474: *(u64 *)(r10 -16) = r2
      ; v117: bit<8> = read var3
  475: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  476: r2 = 1
      ; v119: bit<8> = add v117, v118
  477: r1 += r2
  478: r1 &= 255
      ; write var3, v119
  479: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  480: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  481: r2 = 1
      ; v122: bit<16> = sub v120, v121
  482: r1 -= r2
  483: r1 &= 65535
      ; write var2, v122
  484: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  485: r1 = *(u8 *)(r3 +0)
  486: if r1 == 0 goto +545
  487: if r1 == 1 goto +84
  488: if r1 == 2 goto +66
  489: if r1 == 3 goto +47
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  490: r1 = *(u64 *)(r10 -16)
  491: if r1 > 16383 goto +2351
  492: r2 = r6
  493: r2 += r1
  494: r1 = r2
  495: r1 += 1
  496: if r1 <= r7 goto +1
  497: goto +2345
  498: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  499: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  500: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  501: r1 = 1
  502: if r2 >= 2 goto +1
  503: r1 = 0
      ; verify v127, error HeaderTooShort
  504: if r1 == 0 goto +2338
      ; v128: bit<8> = read var11
  505: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  506: w2 = w2
      ; v130: bit<32> = const 1
  507: r1 = 1
      ; v131: bit<32> = sub v129, v130
  508: r2 -= r1
  509: w2 = w2
      ; v132: bit<32> = const 8
  510: r1 = 8
      ; v133: bit<32> = mul v131, v132
  511: r2 *= r1
  512: w2 = w2
      ; advance v133
  513: r1 = r2
  514: r1 &= 7
  515: if r1 != 0 goto +2327
  516: r1 = r2
  517: r1 >>= 3
  518: r2 = *(u64 *)(r10 -16)
  519: r2 += r1
  520: if r2 > 16383 goto +2322
  521: r1 = r6
  522: r1 += r2
  523: if r1 <= r7 goto +1
  524: goto +2318
  525: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  526: r3 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  527: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  528: r2 &= 65535
      ; v137: bit<16> = const 1
  529: r1 = 1
      ; v138: bit<16> = sub v136, v137
  530: r2 -= r1
  531: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  532: r1 = r3
  533: r1 -= r2
  534: r1 &= 65535
      ; write var2, v139
  535: *(u16 *)(r10 -28) = r1
  536: goto +35
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  537: r2 = *(u64 *)(r10 -16)
  538: if r2 > 16383 goto +2304
  539: r1 = r6
  540: r1 += r2
  541: r1 += 2
  542: if r1 <= r7 goto +1
  543: goto +2299
  544: r1 = r2
  545: r1 += 1
  546: *(u32 *)(r10 -56) = r1
  547: r2 += 2
  548: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  549: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  550: r2 = 2
      ; v142: bit<16> = sub v140, v141
  551: r1 -= r2
  552: r1 &= 65535
      ; write var2, v142
  553: *(u16 *)(r10 -28) = r1
  554: goto +17
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  555: r2 = *(u64 *)(r10 -16)
  556: if r2 > 16383 goto +2286
  557: r1 = r6
  558: r1 += r2
  559: r1 += 3
  560: if r1 <= r7 goto +1
  561: goto +2281
  562: r1 = r2
  563: r1 += 1
  564: *(u32 *)(r10 -60) = r1
  565: r2 += 3
  566: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  567: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  568: r2 = 3
      ; v145: bit<16> = sub v143, v144
  569: r1 -= r2
  570: r1 &= 65535
      ; write var2, v145
  571: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  572: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  573: r1 = *(u8 *)(r10 -24)
  574: if r2 == 0 goto +457
  575: if r1 == 8 goto +456
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  576: r2 = *(u64 *)(r10 -16)
  577: if r2 > 16383 goto +2265
  578: r3 = r6
  579: r3 += r2
  580: r1 = r3
  581: r1 += 1
  582: if r1 <= r7 goto +1
  583: goto +2259
  584: r1 = r2
  585: r1 += 1
  586: *(u32 *)(r10 -76) = r1
  587: r2 += 1
  588: *(u64 *)(r10 -16) = r2
      ; v148: bit<8> = read var3
  589: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  590: r2 = 1
      ; v150: bit<8> = add v148, v149
  591: r1 += r2
  592: r1 &= 255
      ; write var3, v150
  593: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  594: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  595: r2 = 1
      ; v153: bit<16> = sub v151, v152
  596: r1 -= r2
  597: r1 &= 65535
      ; write var2, v153
  598: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  599: r1 = *(u8 *)(r3 +0)
  600: if r1 == 0 goto +431
  601: if r1 == 1 goto +84
  602: if r1 == 2 goto +66
  603: if r1 == 3 goto +47
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  604: r1 = *(u64 *)(r10 -16)
  605: if r1 > 16383 goto +2237
  606: r2 = r6
  607: r2 += r1
  608: r1 = r2
  609: r1 += 1
  610: if r1 <= r7 goto +1
  611: goto +2231
  612: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  613: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  614: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  615: r1 = 1
  616: if r2 >= 2 goto +1
  617: r1 = 0
      ; verify v158, error HeaderTooShort
  618: if r1 == 0 goto +2224
      ; v159: bit<8> = read var11
  619: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  620: w2 = w2
      ; v161: bit<32> = const 1
  621: r1 = 1
      ; v162: bit<32> = sub v160, v161
  622: r2 -= r1
  623: w2 = w2
      ; v163: bit<32> = const 8
  624: r1 = 8
      ; v164: bit<32> = mul v162, v163
  625: r2 *= r1
  626: w2 = w2
      ; advance v164
  627: r1 = r2
  628: r1 &= 7
  629: if r1 != 0 goto +2213
  630: r1 = r2
  631: r1 >>= 3
  632: r2 = *(u64 *)(r10 -16)
  633: r2 += r1
  634: if r2 > 16383 goto +2208
  635: r1 = r6
  636: r1 += r2
  637: if r1 <= r7 goto +1
  638: goto +2204
  639: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  640: r3 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  641: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  642: r2 &= 65535
      ; v168: bit<16> = const 1
  643: r1 = 1
      ; v169: bit<16> = sub v167, v168
  644: r2 -= r1
  645: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  646: r1 = r3
  647: r1 -= r2
  648: r1 &= 65535
      ; write var2, v170
  649: *(u16 *)(r10 -28) = r1
  650: goto +35
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  651: r2 = *(u64 *)(r10 -16)
  652: if r2 > 16383 goto +2190
  653: r1 = r6
  654: r1 += r2
  655: r1 += 2
  656: if r1 <= r7 goto +1
  657: goto +2185
  658: r1 = r2
  659: r1 += 1
  660: *(u32 *)(r10 -56) = r1
  661: r2 += 2
  662: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  663: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  664: r2 = 2
      ; v173: bit<16> = sub v171, v172
  665: r1 -= r2
  666: r1 &= 65535
      ; write var2, v173
  667: *(u16 *)(r10 -28) = r1
  668: goto +17
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  669: r2 = *(u64 *)(r10 -16)
  670: if r2 > 16383 goto +2172
  671: r1 = r6
  672: r1 += r2
  673: r1 += 3
  674: if r1 <= r7 goto +1
  675: goto +2167
  676: r1 = r2
  677: r1 += 1
  678: *(u32 *)(r10 -60) = r1
  679: r2 += 3
  680: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  681: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  682: r2 = 3
      ; v176: bit<16> = sub v174, v175
  683: r1 -= r2
  684: r1 &= 65535
      ; write var2, v176
  685: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  686: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  687: r1 = *(u8 *)(r10 -24)
  688: if r2 == 0 goto +343
  689: if r1 == 8 goto +342
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  690: r2 = *(u64 *)(r10 -16)
  691: if r2 > 16383 goto +2151
  692: r3 = r6
  693: r3 += r2
  694: r1 = r3
  695: r1 += 1
  696: if r1 <= r7 goto +1
  697: goto +2145
  698: r1 = r2
  699: r1 += 1
  700: *(u32 *)(r10 -72) = r1
  701: r2 += 1
  702: *(u64 *)(r10 -16) = r2
      ; v179: bit<8> = read var3
  703: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  704: r2 = 1
      ; v181: bit<8> = add v179, v180
  705: r1 += r2
  706: r1 &= 255
      ; write var3, v181
  707: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  708: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  709: r2 = 1
      ; v184: bit<16> = sub v182, v183
  710: r1 -= r2
  711: r1 &= 65535
      ; write var2, v184
  712: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  713: r1 = *(u8 *)(r3 +0)
  714: if r1 == 0 goto +317
  715: if r1 == 1 goto +84
  716: if r1 == 2 goto +66
  717: if r1 == 3 goto +47
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  718: r1 = *(u64 *)(r10 -16)
  719: if r1 > 16383 goto +2123
  720: r2 = r6
  721: r2 += r1
  722: r1 = r2
  723: r1 += 1
  724: if r1 <= r7 goto +1
  725: goto +2117
  726: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  727: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  728: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  729: r1 = 1
  730: if r2 >= 2 goto +1
  731: r1 = 0
      ; verify v189, error HeaderTooShort
  732: if r1 == 0 goto +2110
      ; v190: bit<8> = read var11
  733: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  734: w2 = w2
      ; v192: bit<32> = const 1
  735: r1 = 1
      ; v193: bit<32> = sub v191, v192
  736: r2 -= r1
  737: w2 = w2
      ; v194: bit<32> = const 8
  738: r1 = 8
      ; v195: bit<32> = mul v193, v194
  739: r2 *= r1
  740: w2 = w2
      ; advance v195
  741: r1 = r2
  742: r1 &= 7
  743: if r1 != 0 goto +2099
  744: r1 = r2
  745: r1 >>= 3
  746: r2 = *(u64 *)(r10 -16)
  747: r2 += r1
  748: if r2 > 16383 goto +2094
  749: r1 = r6
  750: r1 += r2
  751: if r1 <= r7 goto +1
  752: goto +2090
  753: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  754: r3 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  755: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  756: r2 &= 65535
      ; v199: bit<16> = const 1
  757: r1 = 1
      ; v200: bit<16> = sub v198, v199
  758: r2 -= r1
  759: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  760: r1 = r3
  761: r1 -= r2
  762: r1 &= 65535
      ; write var2, v201
  763: *(u16 *)(r10 -28) = r1
  764: goto +35
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  765: r2 = *(u64 *)(r10 -16)
  766: if r2 > 16383 goto +2076
  767: r1 = r6
  768: r1 += r2
  769: r1 += 2
  770: if r1 <= r7 goto +1
  771: goto +2071
  772: r1 = r2
  773: r1 += 1
  774: *(u32 *)(r10 -56) = r1
  775: r2 += 2
  776: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  777: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  778: r2 = 2
      ; v204: bit<16> = sub v202, v203
  779: r1 -= r2
  780: r1 &= 65535
      ; write var2, v204
  781: *(u16 *)(r10 -28) = r1
  782: goto +17
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  783: r2 = *(u64 *)(r10 -16)
  784: if r2 > 16383 goto +2058
  785: r1 = r6
  786: r1 += r2
  787: r1 += 3
  788: if r1 <= r7 goto +1
  789: goto +2053
  790: r1 = r2
  791: r1 += 1
  792: *(u32 *)(r10 -60) = r1
  793: r2 += 3
  794: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  795: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
  796: r2 = 3
      ; v207: bit<16> = sub v205, v206
  797: r1 -= r2
  798: r1 &= 65535
      ; write var2, v207
  799: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  800: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  801: r1 = *(u8 *)(r10 -24)
  802: if r2 == 0 goto +229
  803: if r1 == 8 goto +228
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  804: r2 = *(u64 *)(r10 -16)
  805: if r2 > 16383 goto +2037
  806: r3 = r6
  807: r3 += r2
  808: r1 = r3
  809: r1 += 1
  810: if r1 <= r7 goto +1
  811: goto +2031
  812: r1 = r2
  813: r1 += 1
  814: *(u32 *)(r10 -68) = r1
  815: r2 += 1
  816: *(u64 *)(r10 -16) = r2
      ; v210: bit<8> = read var3
  817: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
  818: r2 = 1
      ; v212: bit<8> = add v210, v211
  819: r1 += r2
  820: r1 &= 255
      ; write var3, v212
  821: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  822: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
  823: r2 = 1
      ; v215: bit<16> = sub v213, v214
  824: r1 -= r2
  825: r1 &= 65535
      ; write var2, v215
  826: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  827: r1 = *(u8 *)(r3 +0)
  828: if r1 == 0 goto +203
  829: if r1 == 1 goto +84
  830: if r1 == 2 goto +66
  831: if r1 == 3 goto +47
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  832: r1 = *(u64 *)(r10 -16)
  833: if r1 > 16383 goto +2009
  834: r2 = r6
  835: r2 += r1
  836: r1 = r2
  837: r1 += 1
  838: if r1 <= r7 goto +1
  839: goto +2003
  840: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  841: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  842: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  843: r1 = 1
  844: if r2 >= 2 goto +1
  845: r1 = 0
      ; verify v220, error HeaderTooShort
  846: if r1 == 0 goto +1996
      ; v221: bit<8> = read var11
  847: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  848: w2 = w2
      ; v223: bit<32> = const 1
  849: r1 = 1
      ; v224: bit<32> = sub v222, v223
  850: r2 -= r1
  851: w2 = w2
      ; v225: bit<32> = const 8
  852: r1 = 8
      ; v226: bit<32> = mul v224, v225
  853: r2 *= r1
  854: w2 = w2
      ; advance v226
  855: r1 = r2
  856: r1 &= 7
  857: if r1 != 0 goto +1985
  858: r1 = r2
  859: r1 >>= 3
  860: r2 = *(u64 *)(r10 -16)
  861: r2 += r1
  862: if r2 > 16383 goto +1980
  863: r1 = r6
  864: r1 += r2
  865: if r1 <= r7 goto +1
  866: goto +1976
  867: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  868: r3 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  869: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  870: r2 &= 65535
      ; v230: bit<16> = const 1
  871: r1 = 1
      ; v231: bit<16> = sub v229, v230
  872: r2 -= r1
  873: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  874: r1 = r3
  875: r1 -= r2
  876: r1 &= 65535
      ; write var2, v232
  877: *(u16 *)(r10 -28) = r1
  878: goto +35
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  879: r2 = *(u64 *)(r10 -16)
  880: if r2 > 16383 goto +1962
  881: r1 = r6
  882: r1 += r2
  883: r1 += 2
  884: if r1 <= r7 goto +1
  885: goto +1957
  886: r1 = r2
  887: r1 += 1
  888: *(u32 *)(r10 -56) = r1
  889: r2 += 2
  890: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  891: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
  892: r2 = 2
      ; v235: bit<16> = sub v233, v234
  893: r1 -= r2
  894: r1 &= 65535
      ; write var2, v235
  895: *(u16 *)(r10 -28) = r1
  896: goto +17
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  897: r2 = *(u64 *)(r10 -16)
  898: if r2 > 16383 goto +1944
  899: r1 = r6
  900: r1 += r2
  901: r1 += 3
  902: if r1 <= r7 goto +1
  903: goto +1939
  904: r1 = r2
  905: r1 += 1
  906: *(u32 *)(r10 -60) = r1
  907: r2 += 3
  908: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  909: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
  910: r2 = 3
      ; v238: bit<16> = sub v236, v237
  911: r1 -= r2
  912: r1 &= 65535
      ; write var2, v238
  913: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  914: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  915: r1 = *(u8 *)(r10 -24)
  916: if r2 == 0 goto +115
  917: if r1 == 8 goto +114
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  918: r2 = *(u64 *)(r10 -16)
  919: if r2 > 16383 goto +1923
  920: r3 = r6
  921: r3 += r2
  922: r1 = r3
  923: r1 += 1
  924: if r1 <= r7 goto +1
  925: goto +1917
  926: r1 = r2
  927: r1 += 1
  928: *(u32 *)(r10 -64) = r1
  929: r2 += 1
  930: *(u64 *)(r10 -16) = r2
      ; v241: bit<8> = read var3
  931: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
  932: r2 = 1
      ; v243: bit<8> = add v241, v242
  933: r1 += r2
  934: r1 &= 255
      ; write var3, v243
  935: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  936: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
  937: r2 = 1
      ; v246: bit<16> = sub v244, v245
  938: r1 -= r2
  939: r1 &= 65535
      ; write var2, v246
  940: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  941: r1 = *(u8 *)(r3 +0)
  942: if r1 == 0 goto +89
  943: if r1 == 1 goto +84
  944: if r1 == 2 goto +66
  945: if r1 == 3 goto +47
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  946: r1 = *(u64 *)(r10 -16)
  947: if r1 > 16383 goto +1895
  948: r2 = r6
  949: r2 += r1
  950: r1 = r2
  951: r1 += 1
  952: if r1 <= r7 goto +1
  953: goto +1889
  954: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  955: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  956: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  957: r1 = 1
  958: if r2 >= 2 goto +1
  959: r1 = 0
      ; verify v251, error HeaderTooShort
  960: if r1 == 0 goto +1882
      ; v252: bit<8> = read var11
  961: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  962: w2 = w2
      ; v254: bit<32> = const 1
  963: r1 = 1
      ; v255: bit<32> = sub v253, v254
  964: r2 -= r1
  965: w2 = w2
      ; v256: bit<32> = const 8
  966: r1 = 8
      ; v257: bit<32> = mul v255, v256
  967: r2 *= r1
  968: w2 = w2
      ; advance v257
  969: r1 = r2
  970: r1 &= 7
  971: if r1 != 0 goto +1871
  972: r1 = r2
  973: r1 >>= 3
  974: r2 = *(u64 *)(r10 -16)
  975: r2 += r1
  976: if r2 > 16383 goto +1866
  977: r1 = r6
  978: r1 += r2
  979: if r1 <= r7 goto +1
  980: goto +1862
  981: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  982: r3 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  983: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
  984: r2 &= 65535
      ; v261: bit<16> = const 1
  985: r1 = 1
      ; v262: bit<16> = sub v260, v261
  986: r2 -= r1
  987: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  988: r1 = r3
  989: r1 -= r2
  990: r1 &= 65535
      ; write var2, v263
  991: *(u16 *)(r10 -28) = r1
  992: goto +35
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  993: r2 = *(u64 *)(r10 -16)
  994: if r2 > 16383 goto +1848
  995: r1 = r6
  996: r1 += r2
  997: r1 += 2
  998: if r1 <= r7 goto +1
  999: goto +1843
 1000: r1 = r2
 1001: r1 += 1
 1002: *(u32 *)(r10 -56) = r1
 1003: r2 += 2
 1004: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
 1005: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1006: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1007: r1 -= r2
 1008: r1 &= 65535
      ; write var2, v266
 1009: *(u16 *)(r10 -28) = r1
 1010: goto +17
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1011: r2 = *(u64 *)(r10 -16)
 1012: if r2 > 16383 goto +1830
 1013: r1 = r6
 1014: r1 += r2
 1015: r1 += 3
 1016: if r1 <= r7 goto +1
 1017: goto +1825
 1018: r1 = r2
 1019: r1 += 1
 1020: *(u32 *)(r10 -60) = r1
 1021: r2 += 3
 1022: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
 1023: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1024: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1025: r1 -= r2
 1026: r1 &= 65535
      ; write var2, v269
 1027: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1028: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1029: r1 = *(u8 *)(r10 -24)
 1030: if r2 == 0 goto +1
 1031: if r1 != 8 goto +1811
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
 1032: r4 = *(u32 *)(r10 -96)
 1033: if r4 == 0 goto +1
 1034: r4 = 1
      ; v1: bool = not v0
 1035: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1036: r1 = *(u32 *)(r10 -96)
 1037: if r1 == 0 goto +7
 1038: r1 -= 1
 1039: if r1 > 16383 goto +5
 1040: r3 = r6
 1041: r3 += r1
 1042: r1 = r3
 1043: r1 += 20
 1044: if r1 <= r7 goto +1
 1045: r3 = 0
 1046: r1 = 0
 1047: if r3 == 0 goto +1
 1048: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1049: r2 = 18
      ; v4: bit<8> = and v2, v3
 1050: r1 &= r2
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
 1051: r2 = 1
 1052: if r1 != 2 goto +1
 1053: r2 = 0
      ; v7: bool = logical_or v1, v6
 1054: r1 = r4
 1055: r1 |= r2
 1056: if r1 != 0 goto +1791
      ; v8: bit<16> = read_field hdr11.mss
 1057: r1 = *(u32 *)(r10 -60)
 1058: if r1 == 0 goto +7
 1059: r1 -= 1
 1060: if r1 > 16383 goto +5
 1061: r2 = r6
 1062: r2 += r1
 1063: r1 = r2
 1064: r1 += 3
 1065: if r1 <= r7 goto +1
 1066: r2 = 0
 1067: r1 = 0
 1068: if r2 == 0 goto +1
 1069: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
 1070: r8 = 1
 1071: if r1 != 0 goto +1
 1072: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1073: r9 = 0
 1074: if r3 == 0 goto +1
 1075: r9 = *(u16 *)(r3 +14)
 1076: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
 1077: r4 = 0
 1078: if r2 == 0 goto +1
 1079: r4 = *(u16 *)(r2 +1)
 1080: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1081: r1 = 0
 1082: if r4 == 0 goto +2
 1083: r1 = r9
 1084: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
 1085: r4 = 1
 1086: if r1 == 0 goto +1
 1087: r4 = 0
      ; v16: bool = logical_and v10, v15
 1088: r1 = r8
 1089: r1 &= r4
 1090: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
 1091: r8 = 0
 1092: if r3 == 0 goto +1
 1093: r8 = *(u16 *)(r3 +14)
 1094: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1095: r4 = 0
 1096: if r2 == 0 goto +1
 1097: r4 = *(u16 *)(r2 +1)
 1098: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1099: r1 = 0
 1100: if r4 == 0 goto +2
 1101: r1 = r8
 1102: r1 /= r4
      ; write var4, v19
 1103: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1104: r1 = *(u32 *)(r10 -92)
 1105: if r1 == 0 goto +7
 1106: r1 -= 1
 1107: if r1 > 16383 goto +5
 1108: r4 = r6
 1109: r4 += r1
 1110: r1 = r4
 1111: r1 += 1
 1112: if r1 <= r7 goto +1
 1113: r4 = 0
 1114: r9 = 0
 1115: if r4 == 0 goto +1
 1116: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1117: r1 = *(u32 *)(r10 -88)
 1118: if r1 == 0 goto +7
 1119: r1 -= 1
 1120: if r1 > 16383 goto +5
 1121: r4 = r6
 1122: r4 += r1
 1123: r1 = r4
 1124: r1 += 1
 1125: if r1 <= r7 goto +1
 1126: r4 = 0
 1127: r1 = 0
 1128: if r4 == 0 goto +1
 1129: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1130: r9 <<= 8
 1131: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1132: r1 = *(u32 *)(r10 -84)
 1133: if r1 == 0 goto +7
 1134: r1 -= 1
 1135: if r1 > 16383 goto +5
 1136: r4 = r6
 1137: r4 += r1
 1138: r1 = r4
 1139: r1 += 1
 1140: if r1 <= r7 goto +1
 1141: r4 = 0
 1142: r1 = 0
 1143: if r4 == 0 goto +1
 1144: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1145: r9 <<= 8
 1146: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1147: r1 = *(u32 *)(r10 -80)
 1148: if r1 == 0 goto +7
 1149: r1 -= 1
 1150: if r1 > 16383 goto +5
 1151: r4 = r6
 1152: r4 += r1
 1153: r1 = r4
 1154: r1 += 1
 1155: if r1 <= r7 goto +1
 1156: r4 = 0
 1157: r1 = 0
 1158: if r4 == 0 goto +1
 1159: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1160: r9 <<= 8
 1161: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1162: r1 = *(u32 *)(r10 -76)
 1163: if r1 == 0 goto +7
 1164: r1 -= 1
 1165: if r1 > 16383 goto +5
 1166: r4 = r6
 1167: r4 += r1
 1168: r1 = r4
 1169: r1 += 1
 1170: if r1 <= r7 goto +1
 1171: r4 = 0
 1172: r1 = 0
 1173: if r4 == 0 goto +1
 1174: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1175: r9 <<= 8
 1176: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1177: r1 = *(u32 *)(r10 -72)
 1178: if r1 == 0 goto +7
 1179: r1 -= 1
 1180: if r1 > 16383 goto +5
 1181: r4 = r6
 1182: r4 += r1
 1183: r1 = r4
 1184: r1 += 1
 1185: if r1 <= r7 goto +1
 1186: r4 = 0
 1187: r1 = 0
 1188: if r4 == 0 goto +1
 1189: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1190: r9 <<= 8
 1191: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1192: r1 = *(u32 *)(r10 -68)
 1193: if r1 == 0 goto +7
 1194: r1 -= 1
 1195: if r1 > 16383 goto +5
 1196: r4 = r6
 1197: r4 += r1
 1198: r1 = r4
 1199: r1 += 1
 1200: if r1 <= r7 goto +1
 1201: r4 = 0
 1202: r1 = 0
 1203: if r4 == 0 goto +1
 1204: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1205: r9 <<= 8
 1206: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1207: r1 = *(u32 *)(r10 -64)
 1208: if r1 == 0 goto +7
 1209: r1 -= 1
 1210: if r1 > 16383 goto +5
 1211: r8 = r6
 1212: r8 += r1
 1213: r1 = r8
 1214: r1 += 1
 1215: if r1 <= r7 goto +1
 1216: r8 = 0
 1217: r4 = 0
 1218: if r8 == 0 goto +1
 1219: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1220: r1 = r9
 1221: r1 <<= 8
 1222: r1 |= r4
      ; write var5, v34
 1223: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1224: r1 = *(u32 *)(r10 -100)
 1225: if r1 == 0 goto +7
 1226: r1 -= 1
 1227: if r1 > 16383 goto +5
 1228: r4 = r6
 1229: r4 += r1
 1230: r1 = r4
 1231: r1 += 20
 1232: if r1 <= r7 goto +1
 1233: r4 = 0
 1234: r9 = 0
 1235: if r4 == 0 goto +1
 1236: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1237: r1 = 0
 1238: if r3 == 0 goto +1
 1239: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1240: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1241: r4 = 0
 1242: if r2 == 0 goto +1
 1243: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1244: r3 = *(u32 *)(r10 -56)
 1245: if r3 == 0 goto +7
 1246: r3 -= 1
 1247: if r3 > 16383 goto +5
 1248: r2 = r6
 1249: r2 += r3
 1250: r3 = r2
 1251: r3 += 2
 1252: if r3 <= r7 goto +1
 1253: r2 = 0
 1254: r3 = 0
 1255: if r2 == 0 goto +1
 1256: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1257: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1258: *(u8 *)(r10 -144) = r9
 1259: *(u8 *)(r10 -143) = r1
 1260: r1 >>= 8
 1261: *(u8 *)(r10 -142) = r1
 1262: r1 = r8
 1263: *(u8 *)(r10 -140) = r1
 1264: r1 >>= 8
 1265: *(u8 *)(r10 -141) = r1
 1266: r1 = r4
 1267: *(u8 *)(r10 -139) = r1
 1268: r1 >>= 8
 1269: *(u8 *)(r10 -138) = r1
 1270: *(u8 *)(r10 -137) = r3
 1271: r1 = r2
 1272: r1 = be64 r1
 1273: *(u64 *)(r10 -136) = r1
 1274: r2 = 0
 1275: r1 = 0
 1276: *(u64 *)(r10 -224) = r2
 1277: *(u64 *)(r10 -232) = r1
 1278: *(u32 *)(r10 -216) = 0
 1279: r1 = map[pipe_p0f_signatures_masks] ll
 1281: r2 = r10
 1282: r2 += -216
 1283: call bpf_map_lookup_elem
 1284: r3 = r0
 1285: if r3 == 0 goto +1496
 1286: r1 = *(u32 *)(r3 +0)
 1287: if r1 == 0 goto +1494
 1288: *(u32 *)(r10 -184) = 0
 1289: r2 = *(u32 *)(r10 -144)
 1290: r1 = *(u32 *)(r3 +8)
 1291: r2 &= r1
 1292: *(u32 *)(r10 -180) = r2
 1293: r2 = *(u32 *)(r10 -140)
 1294: r1 = *(u32 *)(r3 +12)
 1295: r2 &= r1
 1296: *(u32 *)(r10 -176) = r2
 1297: r2 = *(u32 *)(r10 -136)
 1298: r1 = *(u32 *)(r3 +16)
 1299: r2 &= r1
 1300: *(u32 *)(r10 -172) = r2
 1301: r2 = *(u32 *)(r10 -132)
 1302: r1 = *(u32 *)(r3 +20)
 1303: r2 &= r1
 1304: *(u32 *)(r10 -168) = r2
 1305: r1 = map[pipe_p0f_signatures] ll
 1307: r2 = r10
 1308: r2 += -184
 1309: call bpf_map_lookup_elem
 1310: r3 = r0
 1311: if r3 == 0 goto +13
 1312: r2 = *(u32 *)(r3 +4)
 1313: r1 = *(u64 *)(r10 -224)
 1314: if r1 == 0 goto +2
 1315: r1 = *(u64 *)(r10 -232)
 1316: if r2 <= r1 goto +8
 1317: *(u64 *)(r10 -224) = 1
 1318: *(u64 *)(r10 -232) = r2
 1319: r1 = *(u32 *)(r3 +0)
 1320: *(u32 *)(r10 -208) = r1
 1321: r1 = *(u32 *)(r3 +4)
 1322: *(u32 *)(r10 -204) = r1
 1323: r1 = *(u32 *)(r3 +8)
 1324: *(u32 *)(r10 -200) = r1
 1325: *(u32 *)(r10 -216) = 1
 1326: r1 = map[pipe_p0f_signatures_masks] ll
 1328: r2 = r10
 1329: r2 += -216
 1330: call bpf_map_lookup_elem
 1331: r3 = r0
 1332: if r3 == 0 goto +1449
 1333: r1 = *(u32 *)(r3 +0)
 1334: if r1 == 0 goto +1447
 1335: *(u32 *)(r10 -184) = 1
 1336: r2 = *(u32 *)(r10 -144)
 1337: r1 = *(u32 *)(r3 +8)
 1338: r2 &= r1
 1339: *(u32 *)(r10 -180) = r2
 1340: r2 = *(u32 *)(r10 -140)
 1341: r1 = *(u32 *)(r3 +12)
 1342: r2 &= r1
 1343: *(u32 *)(r10 -176) = r2
 1344: r2 = *(u32 *)(r10 -136)
 1345: r1 = *(u32 *)(r3 +16)
 1346: r2 &= r1
 1347: *(u32 *)(r10 -172) = r2
 1348: r2 = *(u32 *)(r10 -132)
 1349: r1 = *(u32 *)(r3 +20)
 1350: r2 &= r1
 1351: *(u32 *)(r10 -168) = r2
 1352: r1 = map[pipe_p0f_signatures] ll
 1354: r2 = r10
 1355: r2 += -184
 1356: call bpf_map_lookup_elem
 1357: r3 = r0
 1358: if r3 == 0 goto +13
 1359: r2 = *(u32 *)(r3 +4)
 1360: r1 = *(u64 *)(r10 -224)
 1361: if r1 == 0 goto +2
 1362: r1 = *(u64 *)(r10 -232)
 1363: if r2 <= r1 goto +8
 1364: *(u64 *)(r10 -224) = 1
 1365: *(u64 *)(r10 -232) = r2
 1366: r1 = *(u32 *)(r3 +0)
 1367: *(u32 *)(r10 -208) = r1
 1368: r1 = *(u32 *)(r3 +4)
 1369: *(u32 *)(r10 -204) = r1
 1370: r1 = *(u32 *)(r3 +8)
 1371: *(u32 *)(r10 -200) = r1
 1372: *(u32 *)(r10 -216) = 2
 1373: r1 = map[pipe_p0f_signatures_masks] ll
 1375: r2 = r10
 1376: r2 += -216
 1377: call bpf_map_lookup_elem
 1378: r3 = r0
 1379: if r3 == 0 goto +1402
 1380: r1 = *(u32 *)(r3 +0)
 1381: if r1 == 0 goto +1400
 1382: *(u32 *)(r10 -184) = 2
 1383: r2 = *(u32 *)(r10 -144)
 1384: r1 = *(u32 *)(r3 +8)
 1385: r2 &= r1
 1386: *(u32 *)(r10 -180) = r2
 1387: r2 = *(u32 *)(r10 -140)
 1388: r1 = *(u32 *)(r3 +12)
 1389: r2 &= r1
 1390: *(u32 *)(r10 -176) = r2
 1391: r2 = *(u32 *)(r10 -136)
 1392: r1 = *(u32 *)(r3 +16)
 1393: r2 &= r1
 1394: *(u32 *)(r10 -172) = r2
 1395: r2 = *(u32 *)(r10 -132)
 1396: r1 = *(u32 *)(r3 +20)
 1397: r2 &= r1
 1398: *(u32 *)(r10 -168) = r2
 1399: r1 = map[pipe_p0f_signatures] ll
 1401: r2 = r10
 1402: r2 += -184
 1403: call bpf_map_lookup_elem
 1404: r3 = r0
 1405: if r3 == 0 goto +13
 1406: r2 = *(u32 *)(r3 +4)
 1407: r1 = *(u64 *)(r10 -224)
 1408: if r1 == 0 goto +2
 1409: r1 = *(u64 *)(r10 -232)
 1410: if r2 <= r1 goto +8
 1411: *(u64 *)(r10 -224) = 1
 1412: *(u64 *)(r10 -232) = r2
 1413: r1 = *(u32 *)(r3 +0)
 1414: *(u32 *)(r10 -208) = r1
 1415: r1 = *(u32 *)(r3 +4)
 1416: *(u32 *)(r10 -204) = r1
 1417: r1 = *(u32 *)(r3 +8)
 1418: *(u32 *)(r10 -200) = r1
 1419: *(u32 *)(r10 -216) = 3
 1420: r1 = map[pipe_p0f_signatures_masks] ll
 1422: r2 = r10
 1423: r2 += -216
 1424: call bpf_map_lookup_elem
 1425: r3 = r0
 1426: if r3 == 0 goto +1355
 1427: r1 = *(u32 *)(r3 +0)
 1428: if r1 == 0 goto +1353
 1429: *(u32 *)(r10 -184) = 3
 1430: r2 = *(u32 *)(r10 -144)
 1431: r1 = *(u32 *)(r3 +8)
 1432: r2 &= r1
 1433: *(u32 *)(r10 -180) = r2
 1434: r2 = *(u32 *)(r10 -140)
 1435: r1 = *(u32 *)(r3 +12)
 1436: r2 &= r1
 1437: *(u32 *)(r10 -176) = r2
 1438: r2 = *(u32 *)(r10 -136)
 1439: r1 = *(u32 *)(r3 +16)
 1440: r2 &= r1
 1441: *(u32 *)(r10 -172) = r2
 1442: r2 = *(u32 *)(r10 -132)
 1443: r1 = *(u32 *)(r3 +20)
 1444: r2 &= r1
 1445: *(u32 *)(r10 -168) = r2
 1446: r1 = map[pipe_p0f_signatures] ll
 1448: r2 = r10
 1449: r2 += -184
 1450: call bpf_map_lookup_elem
 1451: r3 = r0
 1452: if r3 == 0 goto +13
 1453: r2 = *(u32 *)(r3 +4)
 1454: r1 = *(u64 *)(r10 -224)
 1455: if r1 == 0 goto +2
 1456: r1 = *(u64 *)(r10 -232)
 1457: if r2 <= r1 goto +8
 1458: *(u64 *)(r10 -224) = 1
 1459: *(u64 *)(r10 -232) = r2
 1460: r1 = *(u32 *)(r3 +0)
 1461: *(u32 *)(r10 -208) = r1
 1462: r1 = *(u32 *)(r3 +4)
 1463: *(u32 *)(r10 -204) = r1
 1464: r1 = *(u32 *)(r3 +8)
 1465: *(u32 *)(r10 -200) = r1
 1466: *(u32 *)(r10 -216) = 4
 1467: r1 = map[pipe_p0f_signatures_masks] ll
 1469: r2 = r10
 1470: r2 += -216
 1471: call bpf_map_lookup_elem
 1472: r3 = r0
 1473: if r3 == 0 goto +1308
 1474: r1 = *(u32 *)(r3 +0)
 1475: if r1 == 0 goto +1306
 1476: *(u32 *)(r10 -184) = 4
 1477: r2 = *(u32 *)(r10 -144)
 1478: r1 = *(u32 *)(r3 +8)
 1479: r2 &= r1
 1480: *(u32 *)(r10 -180) = r2
 1481: r2 = *(u32 *)(r10 -140)
 1482: r1 = *(u32 *)(r3 +12)
 1483: r2 &= r1
 1484: *(u32 *)(r10 -176) = r2
 1485: r2 = *(u32 *)(r10 -136)
 1486: r1 = *(u32 *)(r3 +16)
 1487: r2 &= r1
 1488: *(u32 *)(r10 -172) = r2
 1489: r2 = *(u32 *)(r10 -132)
 1490: r1 = *(u32 *)(r3 +20)
 1491: r2 &= r1
 1492: *(u32 *)(r10 -168) = r2
 1493: r1 = map[pipe_p0f_signatures] ll
 1495: r2 = r10
 1496: r2 += -184
 1497: call bpf_map_lookup_elem
 1498: r3 = r0
 1499: if r3 == 0 goto +13
 1500: r2 = *(u32 *)(r3 +4)
 1501: r1 = *(u64 *)(r10 -224)
 1502: if r1 == 0 goto +2
 1503: r1 = *(u64 *)(r10 -232)
 1504: if r2 <= r1 goto +8
 1505: *(u64 *)(r10 -224) = 1
 1506: *(u64 *)(r10 -232) = r2
 1507: r1 = *(u32 *)(r3 +0)
 1508: *(u32 *)(r10 -208) = r1
 1509: r1 = *(u32 *)(r3 +4)
 1510: *(u32 *)(r10 -204) = r1
 1511: r1 = *(u32 *)(r3 +8)
 1512: *(u32 *)(r10 -200) = r1
 1513: *(u32 *)(r10 -216) = 5
 1514: r1 = map[pipe_p0f_signatures_masks] ll
 1516: r2 = r10
 1517: r2 += -216
 1518: call bpf_map_lookup_elem
 1519: r3 = r0
 1520: if r3 == 0 goto +1261
 1521: r1 = *(u32 *)(r3 +0)
 1522: if r1 == 0 goto +1259
 1523: *(u32 *)(r10 -184) = 5
 1524: r2 = *(u32 *)(r10 -144)
 1525: r1 = *(u32 *)(r3 +8)
 1526: r2 &= r1
 1527: *(u32 *)(r10 -180) = r2
 1528: r2 = *(u32 *)(r10 -140)
 1529: r1 = *(u32 *)(r3 +12)
 1530: r2 &= r1
 1531: *(u32 *)(r10 -176) = r2
 1532: r2 = *(u32 *)(r10 -136)
 1533: r1 = *(u32 *)(r3 +16)
 1534: r2 &= r1
 1535: *(u32 *)(r10 -172) = r2
 1536: r2 = *(u32 *)(r10 -132)
 1537: r1 = *(u32 *)(r3 +20)
 1538: r2 &= r1
 1539: *(u32 *)(r10 -168) = r2
 1540: r1 = map[pipe_p0f_signatures] ll
 1542: r2 = r10
 1543: r2 += -184
 1544: call bpf_map_lookup_elem
 1545: r3 = r0
 1546: if r3 == 0 goto +13
 1547: r2 = *(u32 *)(r3 +4)
 1548: r1 = *(u64 *)(r10 -224)
 1549: if r1 == 0 goto +2
 1550: r1 = *(u64 *)(r10 -232)
 1551: if r2 <= r1 goto +8
 1552: *(u64 *)(r10 -224) = 1
 1553: *(u64 *)(r10 -232) = r2
 1554: r1 = *(u32 *)(r3 +0)
 1555: *(u32 *)(r10 -208) = r1
 1556: r1 = *(u32 *)(r3 +4)
 1557: *(u32 *)(r10 -204) = r1
 1558: r1 = *(u32 *)(r3 +8)
 1559: *(u32 *)(r10 -200) = r1
 1560: *(u32 *)(r10 -216) = 6
 1561: r1 = map[pipe_p0f_signatures_masks] ll
 1563: r2 = r10
 1564: r2 += -216
 1565: call bpf_map_lookup_elem
 1566: r3 = r0
 1567: if r3 == 0 goto +1214
 1568: r1 = *(u32 *)(r3 +0)
 1569: if r1 == 0 goto +1212
 1570: *(u32 *)(r10 -184) = 6
 1571: r2 = *(u32 *)(r10 -144)
 1572: r1 = *(u32 *)(r3 +8)
 1573: r2 &= r1
 1574: *(u32 *)(r10 -180) = r2
 1575: r2 = *(u32 *)(r10 -140)
 1576: r1 = *(u32 *)(r3 +12)
 1577: r2 &= r1
 1578: *(u32 *)(r10 -176) = r2
 1579: r2 = *(u32 *)(r10 -136)
 1580: r1 = *(u32 *)(r3 +16)
 1581: r2 &= r1
 1582: *(u32 *)(r10 -172) = r2
 1583: r2 = *(u32 *)(r10 -132)
 1584: r1 = *(u32 *)(r3 +20)
 1585: r2 &= r1
 1586: *(u32 *)(r10 -168) = r2
 1587: r1 = map[pipe_p0f_signatures] ll
 1589: r2 = r10
 1590: r2 += -184
 1591: call bpf_map_lookup_elem
 1592: r3 = r0
 1593: if r3 == 0 goto +13
 1594: r2 = *(u32 *)(r3 +4)
 1595: r1 = *(u64 *)(r10 -224)
 1596: if r1 == 0 goto +2
 1597: r1 = *(u64 *)(r10 -232)
 1598: if r2 <= r1 goto +8
 1599: *(u64 *)(r10 -224) = 1
 1600: *(u64 *)(r10 -232) = r2
 1601: r1 = *(u32 *)(r3 +0)
 1602: *(u32 *)(r10 -208) = r1
 1603: r1 = *(u32 *)(r3 +4)
 1604: *(u32 *)(r10 -204) = r1
 1605: r1 = *(u32 *)(r3 +8)
 1606: *(u32 *)(r10 -200) = r1
 1607: *(u32 *)(r10 -216) = 7
 1608: r1 = map[pipe_p0f_signatures_masks] ll
 1610: r2 = r10
 1611: r2 += -216
 1612: call bpf_map_lookup_elem
 1613: r3 = r0
 1614: if r3 == 0 goto +1167
 1615: r1 = *(u32 *)(r3 +0)
 1616: if r1 == 0 goto +1165
 1617: *(u32 *)(r10 -184) = 7
 1618: r2 = *(u32 *)(r10 -144)
 1619: r1 = *(u32 *)(r3 +8)
 1620: r2 &= r1
 1621: *(u32 *)(r10 -180) = r2
 1622: r2 = *(u32 *)(r10 -140)
 1623: r1 = *(u32 *)(r3 +12)
 1624: r2 &= r1
 1625: *(u32 *)(r10 -176) = r2
 1626: r2 = *(u32 *)(r10 -136)
 1627: r1 = *(u32 *)(r3 +16)
 1628: r2 &= r1
 1629: *(u32 *)(r10 -172) = r2
 1630: r2 = *(u32 *)(r10 -132)
 1631: r1 = *(u32 *)(r3 +20)
 1632: r2 &= r1
 1633: *(u32 *)(r10 -168) = r2
 1634: r1 = map[pipe_p0f_signatures] ll
 1636: r2 = r10
 1637: r2 += -184
 1638: call bpf_map_lookup_elem
 1639: r3 = r0
 1640: if r3 == 0 goto +13
 1641: r2 = *(u32 *)(r3 +4)
 1642: r1 = *(u64 *)(r10 -224)
 1643: if r1 == 0 goto +2
 1644: r1 = *(u64 *)(r10 -232)
 1645: if r2 <= r1 goto +8
 1646: *(u64 *)(r10 -224) = 1
 1647: *(u64 *)(r10 -232) = r2
 1648: r1 = *(u32 *)(r3 +0)
 1649: *(u32 *)(r10 -208) = r1
 1650: r1 = *(u32 *)(r3 +4)
 1651: *(u32 *)(r10 -204) = r1
 1652: r1 = *(u32 *)(r3 +8)
 1653: *(u32 *)(r10 -200) = r1
 1654: *(u32 *)(r10 -216) = 8
 1655: r1 = map[pipe_p0f_signatures_masks] ll
 1657: r2 = r10
 1658: r2 += -216
 1659: call bpf_map_lookup_elem
 1660: r3 = r0
 1661: if r3 == 0 goto +1120
 1662: r1 = *(u32 *)(r3 +0)
 1663: if r1 == 0 goto +1118
 1664: *(u32 *)(r10 -184) = 8
 1665: r2 = *(u32 *)(r10 -144)
 1666: r1 = *(u32 *)(r3 +8)
 1667: r2 &= r1
 1668: *(u32 *)(r10 -180) = r2
 1669: r2 = *(u32 *)(r10 -140)
 1670: r1 = *(u32 *)(r3 +12)
 1671: r2 &= r1
 1672: *(u32 *)(r10 -176) = r2
 1673: r2 = *(u32 *)(r10 -136)
 1674: r1 = *(u32 *)(r3 +16)
 1675: r2 &= r1
 1676: *(u32 *)(r10 -172) = r2
 1677: r2 = *(u32 *)(r10 -132)
 1678: r1 = *(u32 *)(r3 +20)
 1679: r2 &= r1
 1680: *(u32 *)(r10 -168) = r2
 1681: r1 = map[pipe_p0f_signatures] ll
 1683: r2 = r10
 1684: r2 += -184
 1685: call bpf_map_lookup_elem
 1686: r3 = r0
 1687: if r3 == 0 goto +13
 1688: r2 = *(u32 *)(r3 +4)
 1689: r1 = *(u64 *)(r10 -224)
 1690: if r1 == 0 goto +2
 1691: r1 = *(u64 *)(r10 -232)
 1692: if r2 <= r1 goto +8
 1693: *(u64 *)(r10 -224) = 1
 1694: *(u64 *)(r10 -232) = r2
 1695: r1 = *(u32 *)(r3 +0)
 1696: *(u32 *)(r10 -208) = r1
 1697: r1 = *(u32 *)(r3 +4)
 1698: *(u32 *)(r10 -204) = r1
 1699: r1 = *(u32 *)(r3 +8)
 1700: *(u32 *)(r10 -200) = r1
 1701: *(u32 *)(r10 -216) = 9
 1702: r1 = map[pipe_p0f_signatures_masks] ll
 1704: r2 = r10
 1705: r2 += -216
 1706: call bpf_map_lookup_elem
 1707: r3 = r0
 1708: if r3 == 0 goto +1073
 1709: r1 = *(u32 *)(r3 +0)
 1710: if r1 == 0 goto +1071
 1711: *(u32 *)(r10 -184) = 9
 1712: r2 = *(u32 *)(r10 -144)
 1713: r1 = *(u32 *)(r3 +8)
 1714: r2 &= r1
 1715: *(u32 *)(r10 -180) = r2
 1716: r2 = *(u32 *)(r10 -140)
 1717: r1 = *(u32 *)(r3 +12)
 1718: r2 &= r1
 1719: *(u32 *)(r10 -176) = r2
 1720: r2 = *(u32 *)(r10 -136)
 1721: r1 = *(u32 *)(r3 +16)
 1722: r2 &= r1
 1723: *(u32 *)(r10 -172) = r2
 1724: r2 = *(u32 *)(r10 -132)
 1725: r1 = *(u32 *)(r3 +20)
 1726: r2 &= r1
 1727: *(u32 *)(r10 -168) = r2
 1728: r1 = map[pipe_p0f_signatures] ll
 1730: r2 = r10
 1731: r2 += -184
 1732: call bpf_map_lookup_elem
 1733: r3 = r0
 1734: if r3 == 0 goto +13
 1735: r2 = *(u32 *)(r3 +4)
 1736: r1 = *(u64 *)(r10 -224)
 1737: if r1 == 0 goto +2
 1738: r1 = *(u64 *)(r10 -232)
 1739: if r2 <= r1 goto +8
 1740: *(u64 *)(r10 -224) = 1
 1741: *(u64 *)(r10 -232) = r2
 1742: r1 = *(u32 *)(r3 +0)
 1743: *(u32 *)(r10 -208) = r1
 1744: r1 = *(u32 *)(r3 +4)
 1745: *(u32 *)(r10 -204) = r1
 1746: r1 = *(u32 *)(r3 +8)
 1747: *(u32 *)(r10 -200) = r1
 1748: *(u32 *)(r10 -216) = 10
 1749: r1 = map[pipe_p0f_signatures_masks] ll
 1751: r2 = r10
 1752: r2 += -216
 1753: call bpf_map_lookup_elem
 1754: r3 = r0
 1755: if r3 == 0 goto +1026
 1756: r1 = *(u32 *)(r3 +0)
 1757: if r1 == 0 goto +1024
 1758: *(u32 *)(r10 -184) = 10
 1759: r2 = *(u32 *)(r10 -144)
 1760: r1 = *(u32 *)(r3 +8)
 1761: r2 &= r1
 1762: *(u32 *)(r10 -180) = r2
 1763: r2 = *(u32 *)(r10 -140)
 1764: r1 = *(u32 *)(r3 +12)
 1765: r2 &= r1
 1766: *(u32 *)(r10 -176) = r2
 1767: r2 = *(u32 *)(r10 -136)
 1768: r1 = *(u32 *)(r3 +16)
 1769: r2 &= r1
 1770: *(u32 *)(r10 -172) = r2
 1771: r2 = *(u32 *)(r10 -132)
 1772: r1 = *(u32 *)(r3 +20)
 1773: r2 &= r1
 1774: *(u32 *)(r10 -168) = r2
 1775: r1 = map[pipe_p0f_signatures] ll
 1777: r2 = r10
 1778: r2 += -184
 1779: call bpf_map_lookup_elem
 1780: r3 = r0
 1781: if r3 == 0 goto +13
 1782: r2 = *(u32 *)(r3 +4)
 1783: r1 = *(u64 *)(r10 -224)
 1784: if r1 == 0 goto +2
 1785: r1 = *(u64 *)(r10 -232)
 1786: if r2 <= r1 goto +8
 1787: *(u64 *)(r10 -224) = 1
 1788: *(u64 *)(r10 -232) = r2
 1789: r1 = *(u32 *)(r3 +0)
 1790: *(u32 *)(r10 -208) = r1
 1791: r1 = *(u32 *)(r3 +4)
 1792: *(u32 *)(r10 -204) = r1
 1793: r1 = *(u32 *)(r3 +8)
 1794: *(u32 *)(r10 -200) = r1
 1795: *(u32 *)(r10 -216) = 11
 1796: r1 = map[pipe_p0f_signatures_masks] ll
 1798: r2 = r10
 1799: r2 += -216
 1800: call bpf_map_lookup_elem
 1801: r3 = r0
 1802: if r3 == 0 goto +979
 1803: r1 = *(u32 *)(r3 +0)
 1804: if r1 == 0 goto +977
 1805: *(u32 *)(r10 -184) = 11
 1806: r2 = *(u32 *)(r10 -144)
 1807: r1 = *(u32 *)(r3 +8)
 1808: r2 &= r1
 1809: *(u32 *)(r10 -180) = r2
 1810: r2 = *(u32 *)(r10 -140)
 1811: r1 = *(u32 *)(r3 +12)
 1812: r2 &= r1
 1813: *(u32 *)(r10 -176) = r2
 1814: r2 = *(u32 *)(r10 -136)
 1815: r1 = *(u32 *)(r3 +16)
 1816: r2 &= r1
 1817: *(u32 *)(r10 -172) = r2
 1818: r2 = *(u32 *)(r10 -132)
 1819: r1 = *(u32 *)(r3 +20)
 1820: r2 &= r1
 1821: *(u32 *)(r10 -168) = r2
 1822: r1 = map[pipe_p0f_signatures] ll
 1824: r2 = r10
 1825: r2 += -184
 1826: call bpf_map_lookup_elem
 1827: r3 = r0
 1828: if r3 == 0 goto +13
 1829: r2 = *(u32 *)(r3 +4)
 1830: r1 = *(u64 *)(r10 -224)
 1831: if r1 == 0 goto +2
 1832: r1 = *(u64 *)(r10 -232)
 1833: if r2 <= r1 goto +8
 1834: *(u64 *)(r10 -224) = 1
 1835: *(u64 *)(r10 -232) = r2
 1836: r1 = *(u32 *)(r3 +0)
 1837: *(u32 *)(r10 -208) = r1
 1838: r1 = *(u32 *)(r3 +4)
 1839: *(u32 *)(r10 -204) = r1
 1840: r1 = *(u32 *)(r3 +8)
 1841: *(u32 *)(r10 -200) = r1
 1842: *(u32 *)(r10 -216) = 12
 1843: r1 = map[pipe_p0f_signatures_masks] ll
 1845: r2 = r10
 1846: r2 += -216
 1847: call bpf_map_lookup_elem
 1848: r3 = r0
 1849: if r3 == 0 goto +932
 1850: r1 = *(u32 *)(r3 +0)
 1851: if r1 == 0 goto +930
 1852: *(u32 *)(r10 -184) = 12
 1853: r2 = *(u32 *)(r10 -144)
 1854: r1 = *(u32 *)(r3 +8)
 1855: r2 &= r1
 1856: *(u32 *)(r10 -180) = r2
 1857: r2 = *(u32 *)(r10 -140)
 1858: r1 = *(u32 *)(r3 +12)
 1859: r2 &= r1
 1860: *(u32 *)(r10 -176) = r2
 1861: r2 = *(u32 *)(r10 -136)
 1862: r1 = *(u32 *)(r3 +16)
 1863: r2 &= r1
 1864: *(u32 *)(r10 -172) = r2
 1865: r2 = *(u32 *)(r10 -132)
 1866: r1 = *(u32 *)(r3 +20)
 1867: r2 &= r1
 1868: *(u32 *)(r10 -168) = r2
 1869: r1 = map[pipe_p0f_signatures] ll
 1871: r2 = r10
 1872: r2 += -184
 1873: call bpf_map_lookup_elem
 1874: r3 = r0
 1875: if r3 == 0 goto +13
 1876: r2 = *(u32 *)(r3 +4)
 1877: r1 = *(u64 *)(r10 -224)
 1878: if r1 == 0 goto +2
 1879: r1 = *(u64 *)(r10 -232)
 1880: if r2 <= r1 goto +8
 1881: *(u64 *)(r10 -224) = 1
 1882: *(u64 *)(r10 -232) = r2
 1883: r1 = *(u32 *)(r3 +0)
 1884: *(u32 *)(r10 -208) = r1
 1885: r1 = *(u32 *)(r3 +4)
 1886: *(u32 *)(r10 -204) = r1
 1887: r1 = *(u32 *)(r3 +8)
 1888: *(u32 *)(r10 -200) = r1
 1889: *(u32 *)(r10 -216) = 13
 1890: r1 = map[pipe_p0f_signatures_masks] ll
 1892: r2 = r10
 1893: r2 += -216
 1894: call bpf_map_lookup_elem
 1895: r3 = r0
 1896: if r3 == 0 goto +885
 1897: r1 = *(u32 *)(r3 +0)
 1898: if r1 == 0 goto +883
 1899: *(u32 *)(r10 -184) = 13
 1900: r2 = *(u32 *)(r10 -144)
 1901: r1 = *(u32 *)(r3 +8)
 1902: r2 &= r1
 1903: *(u32 *)(r10 -180) = r2
 1904: r2 = *(u32 *)(r10 -140)
 1905: r1 = *(u32 *)(r3 +12)
 1906: r2 &= r1
 1907: *(u32 *)(r10 -176) = r2
 1908: r2 = *(u32 *)(r10 -136)
 1909: r1 = *(u32 *)(r3 +16)
 1910: r2 &= r1
 1911: *(u32 *)(r10 -172) = r2
 1912: r2 = *(u32 *)(r10 -132)
 1913: r1 = *(u32 *)(r3 +20)
 1914: r2 &= r1
 1915: *(u32 *)(r10 -168) = r2
 1916: r1 = map[pipe_p0f_signatures] ll
 1918: r2 = r10
 1919: r2 += -184
 1920: call bpf_map_lookup_elem
 1921: r3 = r0
 1922: if r3 == 0 goto +13
 1923: r2 = *(u32 *)(r3 +4)
 1924: r1 = *(u64 *)(r10 -224)
 1925: if r1 == 0 goto +2
 1926: r1 = *(u64 *)(r10 -232)
 1927: if r2 <= r1 goto +8
 1928: *(u64 *)(r10 -224) = 1
 1929: *(u64 *)(r10 -232) = r2
 1930: r1 = *(u32 *)(r3 +0)
 1931: *(u32 *)(r10 -208) = r1
 1932: r1 = *(u32 *)(r3 +4)
 1933: *(u32 *)(r10 -204) = r1
 1934: r1 = *(u32 *)(r3 +8)
 1935: *(u32 *)(r10 -200) = r1
 1936: *(u32 *)(r10 -216) = 14
 1937: r1 = map[pipe_p0f_signatures_masks] ll
 1939: r2 = r10
 1940: r2 += -216
 1941: call bpf_map_lookup_elem
 1942: r3 = r0
 1943: if r3 == 0 goto +838
 1944: r1 = *(u32 *)(r3 +0)
 1945: if r1 == 0 goto +836
 1946: *(u32 *)(r10 -184) = 14
 1947: r2 = *(u32 *)(r10 -144)
 1948: r1 = *(u32 *)(r3 +8)
 1949: r2 &= r1
 1950: *(u32 *)(r10 -180) = r2
 1951: r2 = *(u32 *)(r10 -140)
 1952: r1 = *(u32 *)(r3 +12)
 1953: r2 &= r1
 1954: *(u32 *)(r10 -176) = r2
 1955: r2 = *(u32 *)(r10 -136)
 1956: r1 = *(u32 *)(r3 +16)
 1957: r2 &= r1
 1958: *(u32 *)(r10 -172) = r2
 1959: r2 = *(u32 *)(r10 -132)
 1960: r1 = *(u32 *)(r3 +20)
 1961: r2 &= r1
 1962: *(u32 *)(r10 -168) = r2
 1963: r1 = map[pipe_p0f_signatures] ll
 1965: r2 = r10
 1966: r2 += -184
 1967: call bpf_map_lookup_elem
 1968: r3 = r0
 1969: if r3 == 0 goto +13
 1970: r2 = *(u32 *)(r3 +4)
 1971: r1 = *(u64 *)(r10 -224)
 1972: if r1 == 0 goto +2
 1973: r1 = *(u64 *)(r10 -232)
 1974: if r2 <= r1 goto +8
 1975: *(u64 *)(r10 -224) = 1
 1976: *(u64 *)(r10 -232) = r2
 1977: r1 = *(u32 *)(r3 +0)
 1978: *(u32 *)(r10 -208) = r1
 1979: r1 = *(u32 *)(r3 +4)
 1980: *(u32 *)(r10 -204) = r1
 1981: r1 = *(u32 *)(r3 +8)
 1982: *(u32 *)(r10 -200) = r1
 1983: *(u32 *)(r10 -216) = 15
 1984: r1 = map[pipe_p0f_signatures_masks] ll
 1986: r2 = r10
 1987: r2 += -216
 1988: call bpf_map_lookup_elem
 1989: r3 = r0
 1990: if r3 == 0 goto +791
 1991: r1 = *(u32 *)(r3 +0)
 1992: if r1 == 0 goto +789
 1993: *(u32 *)(r10 -184) = 15
 1994: r2 = *(u32 *)(r10 -144)
 1995: r1 = *(u32 *)(r3 +8)
 1996: r2 &= r1
 1997: *(u32 *)(r10 -180) = r2
 1998: r2 = *(u32 *)(r10 -140)
 1999: r1 = *(u32 *)(r3 +12)
 2000: r2 &= r1
 2001: *(u32 *)(r10 -176) = r2
 2002: r2 = *(u32 *)(r10 -136)
 2003: r1 = *(u32 *)(r3 +16)
 2004: r2 &= r1
 2005: *(u32 *)(r10 -172) = r2
 2006: r2 = *(u32 *)(r10 -132)
 2007: r1 = *(u32 *)(r3 +20)
 2008: r2 &= r1
 2009: *(u32 *)(r10 -168) = r2
 2010: r1 = map[pipe_p0f_signatures] ll
 2012: r2 = r10
 2013: r2 += -184
 2014: call bpf_map_lookup_elem
 2015: r3 = r0
 2016: if r3 == 0 goto +13
 2017: r2 = *(u32 *)(r3 +4)
 2018: r1 = *(u64 *)(r10 -224)
 2019: if r1 == 0 goto +2
 2020: r1 = *(u64 *)(r10 -232)
 2021: if r2 <= r1 goto +8
 2022: *(u64 *)(r10 -224) = 1
 2023: *(u64 *)(r10 -232) = r2
 2024: r1 = *(u32 *)(r3 +0)
 2025: *(u32 *)(r10 -208) = r1
 2026: r1 = *(u32 *)(r3 +4)
 2027: *(u32 *)(r10 -204) = r1
 2028: r1 = *(u32 *)(r3 +8)
 2029: *(u32 *)(r10 -200) = r1
 2030: *(u32 *)(r10 -216) = 16
 2031: r1 = map[pipe_p0f_signatures_masks] ll
 2033: r2 = r10
 2034: r2 += -216
 2035: call bpf_map_lookup_elem
 2036: r3 = r0
 2037: if r3 == 0 goto +744
 2038: r1 = *(u32 *)(r3 +0)
 2039: if r1 == 0 goto +742
 2040: *(u32 *)(r10 -184) = 16
 2041: r2 = *(u32 *)(r10 -144)
 2042: r1 = *(u32 *)(r3 +8)
 2043: r2 &= r1
 2044: *(u32 *)(r10 -180) = r2
 2045: r2 = *(u32 *)(r10 -140)
 2046: r1 = *(u32 *)(r3 +12)
 2047: r2 &= r1
 2048: *(u32 *)(r10 -176) = r2
 2049: r2 = *(u32 *)(r10 -136)
 2050: r1 = *(u32 *)(r3 +16)
 2051: r2 &= r1
 2052: *(u32 *)(r10 -172) = r2
 2053: r2 = *(u32 *)(r10 -132)
 2054: r1 = *(u32 *)(r3 +20)
 2055: r2 &= r1
 2056: *(u32 *)(r10 -168) = r2
 2057: r1 = map[pipe_p0f_signatures] ll
 2059: r2 = r10
 2060: r2 += -184
 2061: call bpf_map_lookup_elem
 2062: r3 = r0
 2063: if r3 == 0 goto +13
 2064: r2 = *(u32 *)(r3 +4)
 2065: r1 = *(u64 *)(r10 -224)
 2066: if r1 == 0 goto +2
 2067: r1 = *(u64 *)(r10 -232)
 2068: if r2 <= r1 goto +8
 2069: *(u64 *)(r10 -224) = 1
 2070: *(u64 *)(r10 -232) = r2
 2071: r1 = *(u32 *)(r3 +0)
 2072: *(u32 *)(r10 -208) = r1
 2073: r1 = *(u32 *)(r3 +4)
 2074: *(u32 *)(r10 -204) = r1
 2075: r1 = *(u32 *)(r3 +8)
 2076: *(u32 *)(r10 -200) = r1
 2077: *(u32 *)(r10 -216) = 17
 2078: r1 = map[pipe_p0f_signatures_masks] ll
 2080: r2 = r10
 2081: r2 += -216
 2082: call bpf_map_lookup_elem
 2083: r3 = r0
 2084: if r3 == 0 goto +697
 2085: r1 = *(u32 *)(r3 +0)
 2086: if r1 == 0 goto +695
 2087: *(u32 *)(r10 -184) = 17
 2088: r2 = *(u32 *)(r10 -144)
 2089: r1 = *(u32 *)(r3 +8)
 2090: r2 &= r1
 2091: *(u32 *)(r10 -180) = r2
 2092: r2 = *(u32 *)(r10 -140)
 2093: r1 = *(u32 *)(r3 +12)
 2094: r2 &= r1
 2095: *(u32 *)(r10 -176) = r2
 2096: r2 = *(u32 *)(r10 -136)
 2097: r1 = *(u32 *)(r3 +16)
 2098: r2 &= r1
 2099: *(u32 *)(r10 -172) = r2
 2100: r2 = *(u32 *)(r10 -132)
 2101: r1 = *(u32 *)(r3 +20)
 2102: r2 &= r1
 2103: *(u32 *)(r10 -168) = r2
 2104: r1 = map[pipe_p0f_signatures] ll
 2106: r2 = r10
 2107: r2 += -184
 2108: call bpf_map_lookup_elem
 2109: r3 = r0
 2110: if r3 == 0 goto +13
 2111: r2 = *(u32 *)(r3 +4)
 2112: r1 = *(u64 *)(r10 -224)
 2113: if r1 == 0 goto +2
 2114: r1 = *(u64 *)(r10 -232)
 2115: if r2 <= r1 goto +8
 2116: *(u64 *)(r10 -224) = 1
 2117: *(u64 *)(r10 -232) = r2
 2118: r1 = *(u32 *)(r3 +0)
 2119: *(u32 *)(r10 -208) = r1
 2120: r1 = *(u32 *)(r3 +4)
 2121: *(u32 *)(r10 -204) = r1
 2122: r1 = *(u32 *)(r3 +8)
 2123: *(u32 *)(r10 -200) = r1
 2124: *(u32 *)(r10 -216) = 18
 2125: r1 = map[pipe_p0f_signatures_masks] ll
 2127: r2 = r10
 2128: r2 += -216
 2129: call bpf_map_lookup_elem
 2130: r3 = r0
 2131: if r3 == 0 goto +650
 2132: r1 = *(u32 *)(r3 +0)
 2133: if r1 == 0 goto +648
 2134: *(u32 *)(r10 -184) = 18
 2135: r2 = *(u32 *)(r10 -144)
 2136: r1 = *(u32 *)(r3 +8)
 2137: r2 &= r1
 2138: *(u32 *)(r10 -180) = r2
 2139: r2 = *(u32 *)(r10 -140)
 2140: r1 = *(u32 *)(r3 +12)
 2141: r2 &= r1
 2142: *(u32 *)(r10 -176) = r2
 2143: r2 = *(u32 *)(r10 -136)
 2144: r1 = *(u32 *)(r3 +16)
 2145: r2 &= r1
 2146: *(u32 *)(r10 -172) = r2
 2147: r2 = *(u32 *)(r10 -132)
 2148: r1 = *(u32 *)(r3 +20)
 2149: r2 &= r1
 2150: *(u32 *)(r10 -168) = r2
 2151: r1 = map[pipe_p0f_signatures] ll
 2153: r2 = r10
 2154: r2 += -184
 2155: call bpf_map_lookup_elem
 2156: r3 = r0
 2157: if r3 == 0 goto +13
 2158: r2 = *(u32 *)(r3 +4)
 2159: r1 = *(u64 *)(r10 -224)
 2160: if r1 == 0 goto +2
 2161: r1 = *(u64 *)(r10 -232)
 2162: if r2 <= r1 goto +8
 2163: *(u64 *)(r10 -224) = 1
 2164: *(u64 *)(r10 -232) = r2
 2165: r1 = *(u32 *)(r3 +0)
 2166: *(u32 *)(r10 -208) = r1
 2167: r1 = *(u32 *)(r3 +4)
 2168: *(u32 *)(r10 -204) = r1
 2169: r1 = *(u32 *)(r3 +8)
 2170: *(u32 *)(r10 -200) = r1
 2171: *(u32 *)(r10 -216) = 19
 2172: r1 = map[pipe_p0f_signatures_masks] ll
 2174: r2 = r10
 2175: r2 += -216
 2176: call bpf_map_lookup_elem
 2177: r3 = r0
 2178: if r3 == 0 goto +603
 2179: r1 = *(u32 *)(r3 +0)
 2180: if r1 == 0 goto +601
 2181: *(u32 *)(r10 -184) = 19
 2182: r2 = *(u32 *)(r10 -144)
 2183: r1 = *(u32 *)(r3 +8)
 2184: r2 &= r1
 2185: *(u32 *)(r10 -180) = r2
 2186: r2 = *(u32 *)(r10 -140)
 2187: r1 = *(u32 *)(r3 +12)
 2188: r2 &= r1
 2189: *(u32 *)(r10 -176) = r2
 2190: r2 = *(u32 *)(r10 -136)
 2191: r1 = *(u32 *)(r3 +16)
 2192: r2 &= r1
 2193: *(u32 *)(r10 -172) = r2
 2194: r2 = *(u32 *)(r10 -132)
 2195: r1 = *(u32 *)(r3 +20)
 2196: r2 &= r1
 2197: *(u32 *)(r10 -168) = r2
 2198: r1 = map[pipe_p0f_signatures] ll
 2200: r2 = r10
 2201: r2 += -184
 2202: call bpf_map_lookup_elem
 2203: r3 = r0
 2204: if r3 == 0 goto +13
 2205: r2 = *(u32 *)(r3 +4)
 2206: r1 = *(u64 *)(r10 -224)
 2207: if r1 == 0 goto +2
 2208: r1 = *(u64 *)(r10 -232)
 2209: if r2 <= r1 goto +8
 2210: *(u64 *)(r10 -224) = 1
 2211: *(u64 *)(r10 -232) = r2
 2212: r1 = *(u32 *)(r3 +0)
 2213: *(u32 *)(r10 -208) = r1
 2214: r1 = *(u32 *)(r3 +4)
 2215: *(u32 *)(r10 -204) = r1
 2216: r1 = *(u32 *)(r3 +8)
 2217: *(u32 *)(r10 -200) = r1
 2218: *(u32 *)(r10 -216) = 20
 2219: r1 = map[pipe_p0f_signatures_masks] ll
 2221: r2 = r10
 2222: r2 += -216
 2223: call bpf_map_lookup_elem
 2224: r3 = r0
 2225: if r3 == 0 goto +556
 2226: r1 = *(u32 *)(r3 +0)
 2227: if r1 == 0 goto +554
 2228: *(u32 *)(r10 -184) = 20
 2229: r2 = *(u32 *)(r10 -144)
 2230: r1 = *(u32 *)(r3 +8)
 2231: r2 &= r1
 2232: *(u32 *)(r10 -180) = r2
 2233: r2 = *(u32 *)(r10 -140)
 2234: r1 = *(u32 *)(r3 +12)
 2235: r2 &= r1
 2236: *(u32 *)(r10 -176) = r2
 2237: r2 = *(u32 *)(r10 -136)
 2238: r1 = *(u32 *)(r3 +16)
 2239: r2 &= r1
 2240: *(u32 *)(r10 -172) = r2
 2241: r2 = *(u32 *)(r10 -132)
 2242: r1 = *(u32 *)(r3 +20)
 2243: r2 &= r1
 2244: *(u32 *)(r10 -168) = r2
 2245: r1 = map[pipe_p0f_signatures] ll
 2247: r2 = r10
 2248: r2 += -184
 2249: call bpf_map_lookup_elem
 2250: r3 = r0
 2251: if r3 == 0 goto +13
 2252: r2 = *(u32 *)(r3 +4)
 2253: r1 = *(u64 *)(r10 -224)
 2254: if r1 == 0 goto +2
 2255: r1 = *(u64 *)(r10 -232)
 2256: if r2 <= r1 goto +8
 2257: *(u64 *)(r10 -224) = 1
 2258: *(u64 *)(r10 -232) = r2
 2259: r1 = *(u32 *)(r3 +0)
 2260: *(u32 *)(r10 -208) = r1
 2261: r1 = *(u32 *)(r3 +4)
 2262: *(u32 *)(r10 -204) = r1
 2263: r1 = *(u32 *)(r3 +8)
 2264: *(u32 *)(r10 -200) = r1
 2265: *(u32 *)(r10 -216) = 21
 2266: r1 = map[pipe_p0f_signatures_masks] ll
 2268: r2 = r10
 2269: r2 += -216
 2270: call bpf_map_lookup_elem
 2271: r3 = r0
 2272: if r3 == 0 goto +509
 2273: r1 = *(u32 *)(r3 +0)
 2274: if r1 == 0 goto +507
 2275: *(u32 *)(r10 -184) = 21
 2276: r2 = *(u32 *)(r10 -144)
 2277: r1 = *(u32 *)(r3 +8)
 2278: r2 &= r1
 2279: *(u32 *)(r10 -180) = r2
 2280: r2 = *(u32 *)(r10 -140)
 2281: r1 = *(u32 *)(r3 +12)
 2282: r2 &= r1
 2283: *(u32 *)(r10 -176) = r2
 2284: r2 = *(u32 *)(r10 -136)
 2285: r1 = *(u32 *)(r3 +16)
 2286: r2 &= r1
 2287: *(u32 *)(r10 -172) = r2
 2288: r2 = *(u32 *)(r10 -132)
 2289: r1 = *(u32 *)(r3 +20)
 2290: r2 &= r1
 2291: *(u32 *)(r10 -168) = r2
 2292: r1 = map[pipe_p0f_signatures] ll
 2294: r2 = r10
 2295: r2 += -184
 2296: call bpf_map_lookup_elem
 2297: r3 = r0
 2298: if r3 == 0 goto +13
 2299: r2 = *(u32 *)(r3 +4)
 2300: r1 = *(u64 *)(r10 -224)
 2301: if r1 == 0 goto +2
 2302: r1 = *(u64 *)(r10 -232)
 2303: if r2 <= r1 goto +8
 2304: *(u64 *)(r10 -224) = 1
 2305: *(u64 *)(r10 -232) = r2
 2306: r1 = *(u32 *)(r3 +0)
 2307: *(u32 *)(r10 -208) = r1
 2308: r1 = *(u32 *)(r3 +4)
 2309: *(u32 *)(r10 -204) = r1
 2310: r1 = *(u32 *)(r3 +8)
 2311: *(u32 *)(r10 -200) = r1
 2312: *(u32 *)(r10 -216) = 22
 2313: r1 = map[pipe_p0f_signatures_masks] ll
 2315: r2 = r10
 2316: r2 += -216
 2317: call bpf_map_lookup_elem
 2318: r3 = r0
 2319: if r3 == 0 goto +462
 2320: r1 = *(u32 *)(r3 +0)
 2321: if r1 == 0 goto +460
 2322: *(u32 *)(r10 -184) = 22
 2323: r2 = *(u32 *)(r10 -144)
 2324: r1 = *(u32 *)(r3 +8)
 2325: r2 &= r1
 2326: *(u32 *)(r10 -180) = r2
 2327: r2 = *(u32 *)(r10 -140)
 2328: r1 = *(u32 *)(r3 +12)
 2329: r2 &= r1
 2330: *(u32 *)(r10 -176) = r2
 2331: r2 = *(u32 *)(r10 -136)
 2332: r1 = *(u32 *)(r3 +16)
 2333: r2 &= r1
 2334: *(u32 *)(r10 -172) = r2
 2335: r2 = *(u32 *)(r10 -132)
 2336: r1 = *(u32 *)(r3 +20)
 2337: r2 &= r1
 2338: *(u32 *)(r10 -168) = r2
 2339: r1 = map[pipe_p0f_signatures] ll
 2341: r2 = r10
 2342: r2 += -184
 2343: call bpf_map_lookup_elem
 2344: r3 = r0
 2345: if r3 == 0 goto +13
 2346: r2 = *(u32 *)(r3 +4)
 2347: r1 = *(u64 *)(r10 -224)
 2348: if r1 == 0 goto +2
 2349: r1 = *(u64 *)(r10 -232)
 2350: if r2 <= r1 goto +8
 2351: *(u64 *)(r10 -224) = 1
 2352: *(u64 *)(r10 -232) = r2
 2353: r1 = *(u32 *)(r3 +0)
 2354: *(u32 *)(r10 -208) = r1
 2355: r1 = *(u32 *)(r3 +4)
 2356: *(u32 *)(r10 -204) = r1
 2357: r1 = *(u32 *)(r3 +8)
 2358: *(u32 *)(r10 -200) = r1
 2359: *(u32 *)(r10 -216) = 23
 2360: r1 = map[pipe_p0f_signatures_masks] ll
 2362: r2 = r10
 2363: r2 += -216
 2364: call bpf_map_lookup_elem
 2365: r3 = r0
 2366: if r3 == 0 goto +415
 2367: r1 = *(u32 *)(r3 +0)
 2368: if r1 == 0 goto +413
 2369: *(u32 *)(r10 -184) = 23
 2370: r2 = *(u32 *)(r10 -144)
 2371: r1 = *(u32 *)(r3 +8)
 2372: r2 &= r1
 2373: *(u32 *)(r10 -180) = r2
 2374: r2 = *(u32 *)(r10 -140)
 2375: r1 = *(u32 *)(r3 +12)
 2376: r2 &= r1
 2377: *(u32 *)(r10 -176) = r2
 2378: r2 = *(u32 *)(r10 -136)
 2379: r1 = *(u32 *)(r3 +16)
 2380: r2 &= r1
 2381: *(u32 *)(r10 -172) = r2
 2382: r2 = *(u32 *)(r10 -132)
 2383: r1 = *(u32 *)(r3 +20)
 2384: r2 &= r1
 2385: *(u32 *)(r10 -168) = r2
 2386: r1 = map[pipe_p0f_signatures] ll
 2388: r2 = r10
 2389: r2 += -184
 2390: call bpf_map_lookup_elem
 2391: r3 = r0
 2392: if r3 == 0 goto +13
 2393: r2 = *(u32 *)(r3 +4)
 2394: r1 = *(u64 *)(r10 -224)
 2395: if r1 == 0 goto +2
 2396: r1 = *(u64 *)(r10 -232)
 2397: if r2 <= r1 goto +8
 2398: *(u64 *)(r10 -224) = 1
 2399: *(u64 *)(r10 -232) = r2
 2400: r1 = *(u32 *)(r3 +0)
 2401: *(u32 *)(r10 -208) = r1
 2402: r1 = *(u32 *)(r3 +4)
 2403: *(u32 *)(r10 -204) = r1
 2404: r1 = *(u32 *)(r3 +8)
 2405: *(u32 *)(r10 -200) = r1
 2406: *(u32 *)(r10 -216) = 24
 2407: r1 = map[pipe_p0f_signatures_masks] ll
 2409: r2 = r10
 2410: r2 += -216
 2411: call bpf_map_lookup_elem
 2412: r3 = r0
 2413: if r3 == 0 goto +368
 2414: r1 = *(u32 *)(r3 +0)
 2415: if r1 == 0 goto +366
 2416: *(u32 *)(r10 -184) = 24
 2417: r2 = *(u32 *)(r10 -144)
 2418: r1 = *(u32 *)(r3 +8)
 2419: r2 &= r1
 2420: *(u32 *)(r10 -180) = r2
 2421: r2 = *(u32 *)(r10 -140)
 2422: r1 = *(u32 *)(r3 +12)
 2423: r2 &= r1
 2424: *(u32 *)(r10 -176) = r2
 2425: r2 = *(u32 *)(r10 -136)
 2426: r1 = *(u32 *)(r3 +16)
 2427: r2 &= r1
 2428: *(u32 *)(r10 -172) = r2
 2429: r2 = *(u32 *)(r10 -132)
 2430: r1 = *(u32 *)(r3 +20)
 2431: r2 &= r1
 2432: *(u32 *)(r10 -168) = r2
 2433: r1 = map[pipe_p0f_signatures] ll
 2435: r2 = r10
 2436: r2 += -184
 2437: call bpf_map_lookup_elem
 2438: r3 = r0
 2439: if r3 == 0 goto +13
 2440: r2 = *(u32 *)(r3 +4)
 2441: r1 = *(u64 *)(r10 -224)
 2442: if r1 == 0 goto +2
 2443: r1 = *(u64 *)(r10 -232)
 2444: if r2 <= r1 goto +8
 2445: *(u64 *)(r10 -224) = 1
 2446: *(u64 *)(r10 -232) = r2
 2447: r1 = *(u32 *)(r3 +0)
 2448: *(u32 *)(r10 -208) = r1
 2449: r1 = *(u32 *)(r3 +4)
 2450: *(u32 *)(r10 -204) = r1
 2451: r1 = *(u32 *)(r3 +8)
 2452: *(u32 *)(r10 -200) = r1
 2453: *(u32 *)(r10 -216) = 25
 2454: r1 = map[pipe_p0f_signatures_masks] ll
 2456: r2 = r10
 2457: r2 += -216
 2458: call bpf_map_lookup_elem
 2459: r3 = r0
 2460: if r3 == 0 goto +321
 2461: r1 = *(u32 *)(r3 +0)
 2462: if r1 == 0 goto +319
 2463: *(u32 *)(r10 -184) = 25
 2464: r2 = *(u32 *)(r10 -144)
 2465: r1 = *(u32 *)(r3 +8)
 2466: r2 &= r1
 2467: *(u32 *)(r10 -180) = r2
 2468: r2 = *(u32 *)(r10 -140)
 2469: r1 = *(u32 *)(r3 +12)
 2470: r2 &= r1
 2471: *(u32 *)(r10 -176) = r2
 2472: r2 = *(u32 *)(r10 -136)
 2473: r1 = *(u32 *)(r3 +16)
 2474: r2 &= r1
 2475: *(u32 *)(r10 -172) = r2
 2476: r2 = *(u32 *)(r10 -132)
 2477: r1 = *(u32 *)(r3 +20)
 2478: r2 &= r1
 2479: *(u32 *)(r10 -168) = r2
 2480: r1 = map[pipe_p0f_signatures] ll
 2482: r2 = r10
 2483: r2 += -184
 2484: call bpf_map_lookup_elem
 2485: r3 = r0
 2486: if r3 == 0 goto +13
 2487: r2 = *(u32 *)(r3 +4)
 2488: r1 = *(u64 *)(r10 -224)
 2489: if r1 == 0 goto +2
 2490: r1 = *(u64 *)(r10 -232)
 2491: if r2 <= r1 goto +8
 2492: *(u64 *)(r10 -224) = 1
 2493: *(u64 *)(r10 -232) = r2
 2494: r1 = *(u32 *)(r3 +0)
 2495: *(u32 *)(r10 -208) = r1
 2496: r1 = *(u32 *)(r3 +4)
 2497: *(u32 *)(r10 -204) = r1
 2498: r1 = *(u32 *)(r3 +8)
 2499: *(u32 *)(r10 -200) = r1
 2500: *(u32 *)(r10 -216) = 26
 2501: r1 = map[pipe_p0f_signatures_masks] ll
 2503: r2 = r10
 2504: r2 += -216
 2505: call bpf_map_lookup_elem
 2506: r3 = r0
 2507: if r3 == 0 goto +274
 2508: r1 = *(u32 *)(r3 +0)
 2509: if r1 == 0 goto +272
 2510: *(u32 *)(r10 -184) = 26
 2511: r2 = *(u32 *)(r10 -144)
 2512: r1 = *(u32 *)(r3 +8)
 2513: r2 &= r1
 2514: *(u32 *)(r10 -180) = r2
 2515: r2 = *(u32 *)(r10 -140)
 2516: r1 = *(u32 *)(r3 +12)
 2517: r2 &= r1
 2518: *(u32 *)(r10 -176) = r2
 2519: r2 = *(u32 *)(r10 -136)
 2520: r1 = *(u32 *)(r3 +16)
 2521: r2 &= r1
 2522: *(u32 *)(r10 -172) = r2
 2523: r2 = *(u32 *)(r10 -132)
 2524: r1 = *(u32 *)(r3 +20)
 2525: r2 &= r1
 2526: *(u32 *)(r10 -168) = r2
 2527: r1 = map[pipe_p0f_signatures] ll
 2529: r2 = r10
 2530: r2 += -184
 2531: call bpf_map_lookup_elem
 2532: r3 = r0
 2533: if r3 == 0 goto +13
 2534: r2 = *(u32 *)(r3 +4)
 2535: r1 = *(u64 *)(r10 -224)
 2536: if r1 == 0 goto +2
 2537: r1 = *(u64 *)(r10 -232)
 2538: if r2 <= r1 goto +8
 2539: *(u64 *)(r10 -224) = 1
 2540: *(u64 *)(r10 -232) = r2
 2541: r1 = *(u32 *)(r3 +0)
 2542: *(u32 *)(r10 -208) = r1
 2543: r1 = *(u32 *)(r3 +4)
 2544: *(u32 *)(r10 -204) = r1
 2545: r1 = *(u32 *)(r3 +8)
 2546: *(u32 *)(r10 -200) = r1
 2547: *(u32 *)(r10 -216) = 27
 2548: r1 = map[pipe_p0f_signatures_masks] ll
 2550: r2 = r10
 2551: r2 += -216
 2552: call bpf_map_lookup_elem
 2553: r3 = r0
 2554: if r3 == 0 goto +227
 2555: r1 = *(u32 *)(r3 +0)
 2556: if r1 == 0 goto +225
 2557: *(u32 *)(r10 -184) = 27
 2558: r2 = *(u32 *)(r10 -144)
 2559: r1 = *(u32 *)(r3 +8)
 2560: r2 &= r1
 2561: *(u32 *)(r10 -180) = r2
 2562: r2 = *(u32 *)(r10 -140)
 2563: r1 = *(u32 *)(r3 +12)
 2564: r2 &= r1
 2565: *(u32 *)(r10 -176) = r2
 2566: r2 = *(u32 *)(r10 -136)
 2567: r1 = *(u32 *)(r3 +16)
 2568: r2 &= r1
 2569: *(u32 *)(r10 -172) = r2
 2570: r2 = *(u32 *)(r10 -132)
 2571: r1 = *(u32 *)(r3 +20)
 2572: r2 &= r1
 2573: *(u32 *)(r10 -168) = r2
 2574: r1 = map[pipe_p0f_signatures] ll
 2576: r2 = r10
 2577: r2 += -184
 2578: call bpf_map_lookup_elem
 2579: r3 = r0
 2580: if r3 == 0 goto +13
 2581: r2 = *(u32 *)(r3 +4)
 2582: r1 = *(u64 *)(r10 -224)
 2583: if r1 == 0 goto +2
 2584: r1 = *(u64 *)(r10 -232)
 2585: if r2 <= r1 goto +8
 2586: *(u64 *)(r10 -224) = 1
 2587: *(u64 *)(r10 -232) = r2
 2588: r1 = *(u32 *)(r3 +0)
 2589: *(u32 *)(r10 -208) = r1
 2590: r1 = *(u32 *)(r3 +4)
 2591: *(u32 *)(r10 -204) = r1
 2592: r1 = *(u32 *)(r3 +8)
 2593: *(u32 *)(r10 -200) = r1
 2594: *(u32 *)(r10 -216) = 28
 2595: r1 = map[pipe_p0f_signatures_masks] ll
 2597: r2 = r10
 2598: r2 += -216
 2599: call bpf_map_lookup_elem
 2600: r3 = r0
 2601: if r3 == 0 goto +180
 2602: r1 = *(u32 *)(r3 +0)
 2603: if r1 == 0 goto +178
 2604: *(u32 *)(r10 -184) = 28
 2605: r2 = *(u32 *)(r10 -144)
 2606: r1 = *(u32 *)(r3 +8)
 2607: r2 &= r1
 2608: *(u32 *)(r10 -180) = r2
 2609: r2 = *(u32 *)(r10 -140)
 2610: r1 = *(u32 *)(r3 +12)
 2611: r2 &= r1
 2612: *(u32 *)(r10 -176) = r2
 2613: r2 = *(u32 *)(r10 -136)
 2614: r1 = *(u32 *)(r3 +16)
 2615: r2 &= r1
 2616: *(u32 *)(r10 -172) = r2
 2617: r2 = *(u32 *)(r10 -132)
 2618: r1 = *(u32 *)(r3 +20)
 2619: r2 &= r1
 2620: *(u32 *)(r10 -168) = r2
 2621: r1 = map[pipe_p0f_signatures] ll
 2623: r2 = r10
 2624: r2 += -184
 2625: call bpf_map_lookup_elem
 2626: r3 = r0
 2627: if r3 == 0 goto +13
 2628: r2 = *(u32 *)(r3 +4)
 2629: r1 = *(u64 *)(r10 -224)
 2630: if r1 == 0 goto +2
 2631: r1 = *(u64 *)(r10 -232)
 2632: if r2 <= r1 goto +8
 2633: *(u64 *)(r10 -224) = 1
 2634: *(u64 *)(r10 -232) = r2
 2635: r1 = *(u32 *)(r3 +0)
 2636: *(u32 *)(r10 -208) = r1
 2637: r1 = *(u32 *)(r3 +4)
 2638: *(u32 *)(r10 -204) = r1
 2639: r1 = *(u32 *)(r3 +8)
 2640: *(u32 *)(r10 -200) = r1
 2641: *(u32 *)(r10 -216) = 29
 2642: r1 = map[pipe_p0f_signatures_masks] ll
 2644: r2 = r10
 2645: r2 += -216
 2646: call bpf_map_lookup_elem
 2647: r3 = r0
 2648: if r3 == 0 goto +133
 2649: r1 = *(u32 *)(r3 +0)
 2650: if r1 == 0 goto +131
 2651: *(u32 *)(r10 -184) = 29
 2652: r2 = *(u32 *)(r10 -144)
 2653: r1 = *(u32 *)(r3 +8)
 2654: r2 &= r1
 2655: *(u32 *)(r10 -180) = r2
 2656: r2 = *(u32 *)(r10 -140)
 2657: r1 = *(u32 *)(r3 +12)
 2658: r2 &= r1
 2659: *(u32 *)(r10 -176) = r2
 2660: r2 = *(u32 *)(r10 -136)
 2661: r1 = *(u32 *)(r3 +16)
 2662: r2 &= r1
 2663: *(u32 *)(r10 -172) = r2
 2664: r2 = *(u32 *)(r10 -132)
 2665: r1 = *(u32 *)(r3 +20)
 2666: r2 &= r1
 2667: *(u32 *)(r10 -168) = r2
 2668: r1 = map[pipe_p0f_signatures] ll
 2670: r2 = r10
 2671: r2 += -184
 2672: call bpf_map_lookup_elem
 2673: r3 = r0
 2674: if r3 == 0 goto +13
 2675: r2 = *(u32 *)(r3 +4)
 2676: r1 = *(u64 *)(r10 -224)
 2677: if r1 == 0 goto +2
 2678: r1 = *(u64 *)(r10 -232)
 2679: if r2 <= r1 goto +8
 2680: *(u64 *)(r10 -224) = 1
 2681: *(u64 *)(r10 -232) = r2
 2682: r1 = *(u32 *)(r3 +0)
 2683: *(u32 *)(r10 -208) = r1
 2684: r1 = *(u32 *)(r3 +4)
 2685: *(u32 *)(r10 -204) = r1
 2686: r1 = *(u32 *)(r3 +8)
 2687: *(u32 *)(r10 -200) = r1
 2688: *(u32 *)(r10 -216) = 30
 2689: r1 = map[pipe_p0f_signatures_masks] ll
 2691: r2 = r10
 2692: r2 += -216
 2693: call bpf_map_lookup_elem
 2694: r3 = r0
 2695: if r3 == 0 goto +86
 2696: r1 = *(u32 *)(r3 +0)
 2697: if r1 == 0 goto +84
 2698: *(u32 *)(r10 -184) = 30
 2699: r2 = *(u32 *)(r10 -144)
 2700: r1 = *(u32 *)(r3 +8)
 2701: r2 &= r1
 2702: *(u32 *)(r10 -180) = r2
 2703: r2 = *(u32 *)(r10 -140)
 2704: r1 = *(u32 *)(r3 +12)
 2705: r2 &= r1
 2706: *(u32 *)(r10 -176) = r2
 2707: r2 = *(u32 *)(r10 -136)
 2708: r1 = *(u32 *)(r3 +16)
 2709: r2 &= r1
 2710: *(u32 *)(r10 -172) = r2
 2711: r2 = *(u32 *)(r10 -132)
 2712: r1 = *(u32 *)(r3 +20)
 2713: r2 &= r1
 2714: *(u32 *)(r10 -168) = r2
 2715: r1 = map[pipe_p0f_signatures] ll
 2717: r2 = r10
 2718: r2 += -184
 2719: call bpf_map_lookup_elem
 2720: r3 = r0
 2721: if r3 == 0 goto +13
 2722: r2 = *(u32 *)(r3 +4)
 2723: r1 = *(u64 *)(r10 -224)
 2724: if r1 == 0 goto +2
 2725: r1 = *(u64 *)(r10 -232)
 2726: if r2 <= r1 goto +8
 2727: *(u64 *)(r10 -224) = 1
 2728: *(u64 *)(r10 -232) = r2
 2729: r1 = *(u32 *)(r3 +0)
 2730: *(u32 *)(r10 -208) = r1
 2731: r1 = *(u32 *)(r3 +4)
 2732: *(u32 *)(r10 -204) = r1
 2733: r1 = *(u32 *)(r3 +8)
 2734: *(u32 *)(r10 -200) = r1
 2735: *(u32 *)(r10 -216) = 31
 2736: r1 = map[pipe_p0f_signatures_masks] ll
 2738: r2 = r10
 2739: r2 += -216
 2740: call bpf_map_lookup_elem
 2741: r3 = r0
 2742: if r3 == 0 goto +39
 2743: r1 = *(u32 *)(r3 +0)
 2744: if r1 == 0 goto +37
 2745: *(u32 *)(r10 -184) = 31
 2746: r2 = *(u32 *)(r10 -144)
 2747: r1 = *(u32 *)(r3 +8)
 2748: r2 &= r1
 2749: *(u32 *)(r10 -180) = r2
 2750: r2 = *(u32 *)(r10 -140)
 2751: r1 = *(u32 *)(r3 +12)
 2752: r2 &= r1
 2753: *(u32 *)(r10 -176) = r2
 2754: r2 = *(u32 *)(r10 -136)
 2755: r1 = *(u32 *)(r3 +16)
 2756: r2 &= r1
 2757: *(u32 *)(r10 -172) = r2
 2758: r2 = *(u32 *)(r10 -132)
 2759: r1 = *(u32 *)(r3 +20)
 2760: r2 &= r1
 2761: *(u32 *)(r10 -168) = r2
 2762: r1 = map[pipe_p0f_signatures] ll
 2764: r2 = r10
 2765: r2 += -184
 2766: call bpf_map_lookup_elem
 2767: r3 = r0
 2768: if r3 == 0 goto +13
 2769: r2 = *(u32 *)(r3 +4)
 2770: r1 = *(u64 *)(r10 -224)
 2771: if r1 == 0 goto +2
 2772: r1 = *(u64 *)(r10 -232)
 2773: if r2 <= r1 goto +8
 2774: *(u64 *)(r10 -224) = 1
 2775: *(u64 *)(r10 -232) = r2
 2776: r1 = *(u32 *)(r3 +0)
 2777: *(u32 *)(r10 -208) = r1
 2778: r1 = *(u32 *)(r3 +4)
 2779: *(u32 *)(r10 -204) = r1
 2780: r1 = *(u32 *)(r3 +8)
 2781: *(u32 *)(r10 -200) = r1
 2782: r1 = *(u64 *)(r10 -224)
 2783: if r1 != 0 goto +16
 2784: *(u32 *)(r10 -144) = 0
 2785: r1 = map[pipe_p0f_signatures_default] ll
 2787: r2 = r10
 2788: r2 += -144
 2789: call bpf_map_lookup_elem
 2790: r1 = r0
 2791: if r1 == 0 goto +5
 2792: r2 = *(u32 *)(r1 +0)
 2793: r1 = *(u32 *)(r1 +8)
 2794: r1 = be32 r1
 2795: w1 = w1
 2796: goto +7
 2797: r2 = 2
 2798: r1 = 0
 2799: goto +4
 2800: r2 = *(u32 *)(r10 -208)
 2801: r1 = *(u32 *)(r10 -200)
 2802: r1 = be32 r1
 2803: w1 = w1
 2804: if r2 == 0 goto +21
 2805: if r2 == 1 goto +2
 2806: if r2 == 2 goto +41
 2807: goto +40
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2808: r1 = 1
      ; write var10, v45
 2809: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2810: *(u32 *)(r10 -144) = 0
 2811: r1 = map[pipe_os_stats] ll
 2813: r2 = r10
 2814: r2 += -144
 2815: call bpf_map_lookup_elem
 2816: r3 = r0
 2817: if r3 == 0 goto +30
 2818: r1 = *(u64 *)(r3 +0)
 2819: r1 += 1
 2820: *(u64 *)(r3 +0) = r1
 2821: r2 = *(u64 *)(r3 +8)
 2822: r1 = *(u32 *)(r10 -40)
 2823: r2 += r1
 2824: *(u64 *)(r3 +8) = r2
 2825: goto +22
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2826: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2827: *(u32 *)(r10 -144) = r1
 2828: r1 = map[pipe_os_stats] ll
 2830: r2 = r10
 2831: r2 += -144
 2832: call bpf_map_lookup_elem
 2833: r3 = r0
 2834: if r3 == 0 goto +13
 2835: r1 = *(u64 *)(r3 +0)
 2836: r1 += 1
 2837: *(u64 *)(r3 +0) = r1
 2838: r2 = *(u64 *)(r3 +8)
 2839: r1 = *(u32 *)(r10 -40)
 2840: r2 += r1
 2841: *(u64 *)(r3 +8) = r2
 2842: goto +5
      ; drop
 2843: r2 = *(u32 *)(r10 -36)
 2844: r1 = *(u64 *)(r10 -8)
 2845: *(u32 *)(r1 +8) = r2
 2846: r0 = 2
 2847: exit
      ; epilogue: verdict
 2848: r2 = *(u32 *)(r10 -36)
 2849: r1 = *(u64 *)(r10 -8)
 2850: *(u32 *)(r1 +8) = r2
 2851: r1 = *(u8 *)(r10 -23)
 2852: if r1 != 0 goto +2
 2853: r0 = 0
 2854: exit
 2855: if r1 != 2 goto +4
 2856: r1 = *(u32 *)(r10 -32)
 2857: r2 = 0
 2858: call bpf_redirect
 2859: exit
 2860: r0 = 2
 2861: exit
