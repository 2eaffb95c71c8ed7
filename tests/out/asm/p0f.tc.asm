; p0f for classifier: 2763 instructions, stack 248 bytes, 4 maps
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
   22: if r3 > 16383 goto +2721
   23: r2 = r6
   24: r2 += r3
   25: r1 = r2
   26: r1 += 14
   27: if r1 <= r7 goto +1
   28: goto +2715
   29: r1 = r3
   30: r1 += 1
   31: *(u32 *)(r10 -104) = r1
   32: r3 += 14
   33: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: if r1 != 8 goto +912
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r2 = *(u64 *)(r10 -16)
   37: if r2 > 16383 goto +2706
   38: r3 = r6
   39: r3 += r2
   40: r1 = r3
   41: r1 += 20
   42: if r1 <= r7 goto +1
   43: goto +2700
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
   54: if r1 == 0 goto +2689
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
   64: if r1 != 0 goto +2679
   65: r1 = r2
   66: r1 >>= 3
   67: r2 = *(u64 *)(r10 -16)
   68: r2 += r1
   69: if r2 > 16383 goto +2674
   70: r1 = r6
   71: r1 += r2
   72: if r1 <= r7 goto +1
   73: goto +2670
   74: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   75: r2 = *(u16 *)(r3 +6)
   76: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   77: r1 = *(u8 *)(r3 +9)
   78: if r2 != 0 goto +869
   79: if r1 != 6 goto +868
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   80: r3 = *(u64 *)(r10 -16)
   81: if r3 > 16383 goto +2662
   82: r2 = r6
   83: r2 += r3
   84: r1 = r2
   85: r1 += 20
   86: if r1 <= r7 goto +1
   87: goto +2656
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
   99: if r1 == 0 goto +2644
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
  111: if r1 != 2 goto +836
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  112: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  113: r1 = *(u8 *)(r10 -24)
  114: if r2 == 0 goto +833
  115: if r1 == 8 goto +832
      ; prs: block5 (parse_option)
      ; extract hdr3
  116: r3 = *(u64 *)(r10 -16)
  117: if r3 > 16383 goto +2626
  118: r2 = r6
  119: r2 += r3
  120: r1 = r2
  121: r1 += 1
  122: if r1 <= r7 goto +1
  123: goto +2620
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
  138: if r1 == 0 goto +809
  139: if r1 == 1 goto +76
  140: if r1 == 2 goto +59
  141: if r1 == 3 goto +41
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  142: r1 = *(u64 *)(r10 -16)
  143: if r1 > 16383 goto +2600
  144: r2 = r6
  145: r2 += r1
  146: r1 = r2
  147: r1 += 1
  148: if r1 <= r7 goto +1
  149: goto +2594
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
  156: if r1 == 0 goto +2587
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
  165: if r1 != 0 goto +2578
  166: r1 = r2
  167: r1 >>= 3
  168: r2 = *(u64 *)(r10 -16)
  169: r2 += r1
  170: if r2 > 16383 goto +2573
  171: r1 = r6
  172: r1 += r2
  173: if r1 <= r7 goto +1
  174: goto +2569
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
  182: goto +14
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  183: r2 = *(u64 *)(r10 -16)
  184: if r2 > 16383 goto +2559
  185: r1 = r6
  186: r1 += r2
  187: r1 += 2
  188: if r1 <= r7 goto +1
  189: goto +2554
  190: r1 = r2
  191: r1 += 1
  192: *(u32 *)(r10 -56) = r1
  193: r2 += 2
  194: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  195: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  196: r1 -= 2
  197: r1 &= 65535
      ; write var2, v49
  198: *(u16 *)(r10 -28) = r1
  199: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  200: r2 = *(u64 *)(r10 -16)
  201: if r2 > 16383 goto +2542
  202: r1 = r6
  203: r1 += r2
  204: r1 += 3
  205: if r1 <= r7 goto +1
  206: goto +2537
  207: r1 = r2
  208: r1 += 1
  209: *(u32 *)(r10 -60) = r1
  210: r2 += 3
  211: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  212: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  213: r1 -= 3
  214: r1 &= 65535
      ; write var2, v52
  215: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  216: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  217: r1 = *(u8 *)(r10 -24)
  218: if r2 == 0 goto +729
  219: if r1 == 8 goto +728
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  220: r3 = *(u64 *)(r10 -16)
  221: if r3 > 16383 goto +2522
  222: r2 = r6
  223: r2 += r3
  224: r1 = r2
  225: r1 += 1
  226: if r1 <= r7 goto +1
  227: goto +2516
  228: r1 = r3
  229: r1 += 1
  230: *(u32 *)(r10 -88) = r1
  231: r3 += 1
  232: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  233: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  234: r1 += 1
  235: r1 &= 255
      ; write var3, v57
  236: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  237: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  238: r1 -= 1
  239: r1 &= 65535
      ; write var2, v60
  240: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  241: r1 = *(u8 *)(r2 +0)
  242: if r1 == 0 goto +705
  243: if r1 == 1 goto +76
  244: if r1 == 2 goto +59
  245: if r1 == 3 goto +41
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  246: r1 = *(u64 *)(r10 -16)
  247: if r1 > 16383 goto +2496
  248: r2 = r6
  249: r2 += r1
  250: r1 = r2
  251: r1 += 1
  252: if r1 <= r7 goto +1
  253: goto +2490
  254: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  255: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  256: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  257: r1 = 1
  258: if r2 >= 2 goto +1
  259: r1 = 0
      ; verify v65, error HeaderTooShort
  260: if r1 == 0 goto +2483
      ; v66: bit<8> = read var11
  261: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  262: w2 = w2
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  263: r2 -= 1
  264: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  265: r2 *= 8
  266: w2 = w2
      ; advance v71
  267: r1 = r2
  268: r1 &= 7
  269: if r1 != 0 goto +2474
  270: r1 = r2
  271: r1 >>= 3
  272: r2 = *(u64 *)(r10 -16)
  273: r2 += r1
  274: if r2 > 16383 goto +2469
  275: r1 = r6
  276: r1 += r2
  277: if r1 <= r7 goto +1
  278: goto +2465
  279: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  280: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  281: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  282: r2 &= 65535
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  283: r2 -= 1
  284: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  285: r1 -= r2
  286: goto +14
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  287: r2 = *(u64 *)(r10 -16)
  288: if r2 > 16383 goto +2455
  289: r1 = r6
  290: r1 += r2
  291: r1 += 2
  292: if r1 <= r7 goto +1
  293: goto +2450
  294: r1 = r2
  295: r1 += 1
  296: *(u32 *)(r10 -56) = r1
  297: r2 += 2
  298: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  299: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  300: r1 -= 2
  301: r1 &= 65535
      ; write var2, v80
  302: *(u16 *)(r10 -28) = r1
  303: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  304: r2 = *(u64 *)(r10 -16)
  305: if r2 > 16383 goto +2438
  306: r1 = r6
  307: r1 += r2
  308: r1 += 3
  309: if r1 <= r7 goto +1
  310: goto +2433
  311: r1 = r2
  312: r1 += 1
  313: *(u32 *)(r10 -60) = r1
  314: r2 += 3
  315: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  316: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  317: r1 -= 3
  318: r1 &= 65535
      ; write var2, v83
  319: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  320: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  321: r1 = *(u8 *)(r10 -24)
  322: if r2 == 0 goto +625
  323: if r1 == 8 goto +624
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  324: r3 = *(u64 *)(r10 -16)
  325: if r3 > 16383 goto +2418
  326: r2 = r6
  327: r2 += r3
  328: r1 = r2
  329: r1 += 1
  330: if r1 <= r7 goto +1
  331: goto +2412
  332: r1 = r3
  333: r1 += 1
  334: *(u32 *)(r10 -84) = r1
  335: r3 += 1
  336: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  337: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  338: r1 += 1
  339: r1 &= 255
      ; write var3, v88
  340: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  341: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  342: r1 -= 1
  343: r1 &= 65535
      ; write var2, v91
  344: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  345: r1 = *(u8 *)(r2 +0)
  346: if r1 == 0 goto +601
  347: if r1 == 1 goto +76
  348: if r1 == 2 goto +59
  349: if r1 == 3 goto +41
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  350: r1 = *(u64 *)(r10 -16)
  351: if r1 > 16383 goto +2392
  352: r2 = r6
  353: r2 += r1
  354: r1 = r2
  355: r1 += 1
  356: if r1 <= r7 goto +1
  357: goto +2386
  358: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  359: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  360: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  361: r1 = 1
  362: if r2 >= 2 goto +1
  363: r1 = 0
      ; verify v96, error HeaderTooShort
  364: if r1 == 0 goto +2379
      ; v97: bit<8> = read var11
  365: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  366: w2 = w2
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  367: r2 -= 1
  368: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  369: r2 *= 8
  370: w2 = w2
      ; advance v102
  371: r1 = r2
  372: r1 &= 7
  373: if r1 != 0 goto +2370
  374: r1 = r2
  375: r1 >>= 3
  376: r2 = *(u64 *)(r10 -16)
  377: r2 += r1
  378: if r2 > 16383 goto +2365
  379: r1 = r6
  380: r1 += r2
  381: if r1 <= r7 goto +1
  382: goto +2361
  383: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  384: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  385: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  386: r2 &= 65535
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  387: r2 -= 1
  388: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  389: r1 -= r2
  390: goto +14
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  391: r2 = *(u64 *)(r10 -16)
  392: if r2 > 16383 goto +2351
  393: r1 = r6
  394: r1 += r2
  395: r1 += 2
  396: if r1 <= r7 goto +1
  397: goto +2346
  398: r1 = r2
  399: r1 += 1
  400: *(u32 *)(r10 -56) = r1
  401: r2 += 2
  402: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  403: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  404: r1 -= 2
  405: r1 &= 65535
      ; write var2, v111
  406: *(u16 *)(r10 -28) = r1
  407: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  408: r2 = *(u64 *)(r10 -16)
  409: if r2 > 16383 goto +2334
  410: r1 = r6
  411: r1 += r2
  412: r1 += 3
  413: if r1 <= r7 goto +1
  414: goto +2329
  415: r1 = r2
  416: r1 += 1
  417: *(u32 *)(r10 -60) = r1
  418: r2 += 3
  419: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  420: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  421: r1 -= 3
  422: r1 &= 65535
      ; write var2, v114
  423: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  424: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  425: r1 = *(u8 *)(r10 -24)
  426: if r2 == 0 goto +521
  427: if r1 == 8 goto +520
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  428: r3 = *(u64 *)(r10 -16)
  429: if r3 > 16383 goto +2314
  430: r2 = r6
  431: r2 += r3
  432: r1 = r2
  433: r1 += 1
  434: if r1 <= r7 goto +1
  435: goto +2308
  436: r1 = r3
  437: r1 += 1
  438: *(u32 *)(r10 -80) = r1
  439: r3 += 1
  440: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  441: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  442: r1 += 1
  443: r1 &= 255
      ; write var3, v119
  444: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  445: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  446: r1 -= 1
  447: r1 &= 65535
      ; write var2, v122
  448: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  449: r1 = *(u8 *)(r2 +0)
  450: if r1 == 0 goto +497
  451: if r1 == 1 goto +76
  452: if r1 == 2 goto +59
  453: if r1 == 3 goto +41
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  454: r1 = *(u64 *)(r10 -16)
  455: if r1 > 16383 goto +2288
  456: r2 = r6
  457: r2 += r1
  458: r1 = r2
  459: r1 += 1
  460: if r1 <= r7 goto +1
  461: goto +2282
  462: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  463: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  464: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  465: r1 = 1
  466: if r2 >= 2 goto +1
  467: r1 = 0
      ; verify v127, error HeaderTooShort
  468: if r1 == 0 goto +2275
      ; v128: bit<8> = read var11
  469: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  470: w2 = w2
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  471: r2 -= 1
  472: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  473: r2 *= 8
  474: w2 = w2
      ; advance v133
  475: r1 = r2
  476: r1 &= 7
  477: if r1 != 0 goto +2266
  478: r1 = r2
  479: r1 >>= 3
  480: r2 = *(u64 *)(r10 -16)
  481: r2 += r1
  482: if r2 > 16383 goto +2261
  483: r1 = r6
  484: r1 += r2
  485: if r1 <= r7 goto +1
  486: goto +2257
  487: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  488: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  489: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  490: r2 &= 65535
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  491: r2 -= 1
  492: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  493: r1 -= r2
  494: goto +14
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  495: r2 = *(u64 *)(r10 -16)
  496: if r2 > 16383 goto +2247
  497: r1 = r6
  498: r1 += r2
  499: r1 += 2
  500: if r1 <= r7 goto +1
  501: goto +2242
  502: r1 = r2
  503: r1 += 1
  504: *(u32 *)(r10 -56) = r1
  505: r2 += 2
  506: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  507: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  508: r1 -= 2
  509: r1 &= 65535
      ; write var2, v142
  510: *(u16 *)(r10 -28) = r1
  511: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  512: r2 = *(u64 *)(r10 -16)
  513: if r2 > 16383 goto +2230
  514: r1 = r6
  515: r1 += r2
  516: r1 += 3
  517: if r1 <= r7 goto +1
  518: goto +2225
  519: r1 = r2
  520: r1 += 1
  521: *(u32 *)(r10 -60) = r1
  522: r2 += 3
  523: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  524: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  525: r1 -= 3
  526: r1 &= 65535
      ; write var2, v145
  527: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  528: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  529: r1 = *(u8 *)(r10 -24)
  530: if r2 == 0 goto +417
  531: if r1 == 8 goto +416
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  532: r3 = *(u64 *)(r10 -16)
  533: if r3 > 16383 goto +2210
  534: r2 = r6
  535: r2 += r3
  536: r1 = r2
  537: r1 += 1
  538: if r1 <= r7 goto +1
  539: goto +2204
  540: r1 = r3
  541: r1 += 1
  542: *(u32 *)(r10 -76) = r1
  543: r3 += 1
  544: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  545: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  546: r1 += 1
  547: r1 &= 255
      ; write var3, v150
  548: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  549: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  550: r1 -= 1
  551: r1 &= 65535
      ; write var2, v153
  552: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  553: r1 = *(u8 *)(r2 +0)
  554: if r1 == 0 goto +393
  555: if r1 == 1 goto +76
  556: if r1 == 2 goto +59
  557: if r1 == 3 goto +41
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  558: r1 = *(u64 *)(r10 -16)
  559: if r1 > 16383 goto +2184
  560: r2 = r6
  561: r2 += r1
  562: r1 = r2
  563: r1 += 1
  564: if r1 <= r7 goto +1
  565: goto +2178
  566: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  567: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  568: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  569: r1 = 1
  570: if r2 >= 2 goto +1
  571: r1 = 0
      ; verify v158, error HeaderTooShort
  572: if r1 == 0 goto +2171
      ; v159: bit<8> = read var11
  573: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  574: w2 = w2
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  575: r2 -= 1
  576: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  577: r2 *= 8
  578: w2 = w2
      ; advance v164
  579: r1 = r2
  580: r1 &= 7
  581: if r1 != 0 goto +2162
  582: r1 = r2
  583: r1 >>= 3
  584: r2 = *(u64 *)(r10 -16)
  585: r2 += r1
  586: if r2 > 16383 goto +2157
  587: r1 = r6
  588: r1 += r2
  589: if r1 <= r7 goto +1
  590: goto +2153
  591: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  592: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  593: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  594: r2 &= 65535
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  595: r2 -= 1
  596: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  597: r1 -= r2
  598: goto +14
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  599: r2 = *(u64 *)(r10 -16)
  600: if r2 > 16383 goto +2143
  601: r1 = r6
  602: r1 += r2
  603: r1 += 2
  604: if r1 <= r7 goto +1
  605: goto +2138
  606: r1 = r2
  607: r1 += 1
  608: *(u32 *)(r10 -56) = r1
  609: r2 += 2
  610: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  611: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  612: r1 -= 2
  613: r1 &= 65535
      ; write var2, v173
  614: *(u16 *)(r10 -28) = r1
  615: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  616: r2 = *(u64 *)(r10 -16)
  617: if r2 > 16383 goto +2126
  618: r1 = r6
  619: r1 += r2
  620: r1 += 3
  621: if r1 <= r7 goto +1
  622: goto +2121
  623: r1 = r2
  624: r1 += 1
  625: *(u32 *)(r10 -60) = r1
  626: r2 += 3
  627: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  628: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  629: r1 -= 3
  630: r1 &= 65535
      ; write var2, v176
  631: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  632: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  633: r1 = *(u8 *)(r10 -24)
  634: if r2 == 0 goto +313
  635: if r1 == 8 goto +312
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  636: r3 = *(u64 *)(r10 -16)
  637: if r3 > 16383 goto +2106
  638: r2 = r6
  639: r2 += r3
  640: r1 = r2
  641: r1 += 1
  642: if r1 <= r7 goto +1
  643: goto +2100
  644: r1 = r3
  645: r1 += 1
  646: *(u32 *)(r10 -72) = r1
  647: r3 += 1
  648: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  649: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  650: r1 += 1
  651: r1 &= 255
      ; write var3, v181
  652: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  653: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  654: r1 -= 1
  655: r1 &= 65535
      ; write var2, v184
  656: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  657: r1 = *(u8 *)(r2 +0)
  658: if r1 == 0 goto +289
  659: if r1 == 1 goto +76
  660: if r1 == 2 goto +59
  661: if r1 == 3 goto +41
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  662: r1 = *(u64 *)(r10 -16)
  663: if r1 > 16383 goto +2080
  664: r2 = r6
  665: r2 += r1
  666: r1 = r2
  667: r1 += 1
  668: if r1 <= r7 goto +1
  669: goto +2074
  670: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  671: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  672: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  673: r1 = 1
  674: if r2 >= 2 goto +1
  675: r1 = 0
      ; verify v189, error HeaderTooShort
  676: if r1 == 0 goto +2067
      ; v190: bit<8> = read var11
  677: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  678: w2 = w2
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  679: r2 -= 1
  680: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  681: r2 *= 8
  682: w2 = w2
      ; advance v195
  683: r1 = r2
  684: r1 &= 7
  685: if r1 != 0 goto +2058
  686: r1 = r2
  687: r1 >>= 3
  688: r2 = *(u64 *)(r10 -16)
  689: r2 += r1
  690: if r2 > 16383 goto +2053
  691: r1 = r6
  692: r1 += r2
  693: if r1 <= r7 goto +1
  694: goto +2049
  695: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  696: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  697: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  698: r2 &= 65535
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  699: r2 -= 1
  700: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  701: r1 -= r2
  702: goto +14
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  703: r2 = *(u64 *)(r10 -16)
  704: if r2 > 16383 goto +2039
  705: r1 = r6
  706: r1 += r2
  707: r1 += 2
  708: if r1 <= r7 goto +1
  709: goto +2034
  710: r1 = r2
  711: r1 += 1
  712: *(u32 *)(r10 -56) = r1
  713: r2 += 2
  714: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  715: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  716: r1 -= 2
  717: r1 &= 65535
      ; write var2, v204
  718: *(u16 *)(r10 -28) = r1
  719: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  720: r2 = *(u64 *)(r10 -16)
  721: if r2 > 16383 goto +2022
  722: r1 = r6
  723: r1 += r2
  724: r1 += 3
  725: if r1 <= r7 goto +1
  726: goto +2017
  727: r1 = r2
  728: r1 += 1
  729: *(u32 *)(r10 -60) = r1
  730: r2 += 3
  731: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  732: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  733: r1 -= 3
  734: r1 &= 65535
      ; write var2, v207
  735: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  736: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  737: r1 = *(u8 *)(r10 -24)
  738: if r2 == 0 goto +209
  739: if r1 == 8 goto +208
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  740: r3 = *(u64 *)(r10 -16)
  741: if r3 > 16383 goto +2002
  742: r2 = r6
  743: r2 += r3
  744: r1 = r2
  745: r1 += 1
  746: if r1 <= r7 goto +1
  747: goto +1996
  748: r1 = r3
  749: r1 += 1
  750: *(u32 *)(r10 -68) = r1
  751: r3 += 1
  752: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  753: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  754: r1 += 1
  755: r1 &= 255
      ; write var3, v212
  756: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  757: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  758: r1 -= 1
  759: r1 &= 65535
      ; write var2, v215
  760: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  761: r1 = *(u8 *)(r2 +0)
  762: if r1 == 0 goto +185
  763: if r1 == 1 goto +76
  764: if r1 == 2 goto +59
  765: if r1 == 3 goto +41
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  766: r1 = *(u64 *)(r10 -16)
  767: if r1 > 16383 goto +1976
  768: r2 = r6
  769: r2 += r1
  770: r1 = r2
  771: r1 += 1
  772: if r1 <= r7 goto +1
  773: goto +1970
  774: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  775: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  776: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  777: r1 = 1
  778: if r2 >= 2 goto +1
  779: r1 = 0
      ; verify v220, error HeaderTooShort
  780: if r1 == 0 goto +1963
      ; v221: bit<8> = read var11
  781: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  782: w2 = w2
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  783: r2 -= 1
  784: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  785: r2 *= 8
  786: w2 = w2
      ; advance v226
  787: r1 = r2
  788: r1 &= 7
  789: if r1 != 0 goto +1954
  790: r1 = r2
  791: r1 >>= 3
  792: r2 = *(u64 *)(r10 -16)
  793: r2 += r1
  794: if r2 > 16383 goto +1949
  795: r1 = r6
  796: r1 += r2
  797: if r1 <= r7 goto +1
  798: goto +1945
  799: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  800: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  801: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  802: r2 &= 65535
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  803: r2 -= 1
  804: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  805: r1 -= r2
  806: goto +14
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  807: r2 = *(u64 *)(r10 -16)
  808: if r2 > 16383 goto +1935
  809: r1 = r6
  810: r1 += r2
  811: r1 += 2
  812: if r1 <= r7 goto +1
  813: goto +1930
  814: r1 = r2
  815: r1 += 1
  816: *(u32 *)(r10 -56) = r1
  817: r2 += 2
  818: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  819: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  820: r1 -= 2
  821: r1 &= 65535
      ; write var2, v235
  822: *(u16 *)(r10 -28) = r1
  823: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  824: r2 = *(u64 *)(r10 -16)
  825: if r2 > 16383 goto +1918
  826: r1 = r6
  827: r1 += r2
  828: r1 += 3
  829: if r1 <= r7 goto +1
  830: goto +1913
  831: r1 = r2
  832: r1 += 1
  833: *(u32 *)(r10 -60) = r1
  834: r2 += 3
  835: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  836: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  837: r1 -= 3
  838: r1 &= 65535
      ; write var2, v238
  839: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  840: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  841: r1 = *(u8 *)(r10 -24)
  842: if r2 == 0 goto +105
  843: if r1 == 8 goto +104
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  844: r3 = *(u64 *)(r10 -16)
  845: if r3 > 16383 goto +1898
  846: r2 = r6
  847: r2 += r3
  848: r1 = r2
  849: r1 += 1
  850: if r1 <= r7 goto +1
  851: goto +1892
  852: r1 = r3
  853: r1 += 1
  854: *(u32 *)(r10 -64) = r1
  855: r3 += 1
  856: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  857: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  858: r1 += 1
  859: r1 &= 255
      ; write var3, v243
  860: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  861: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  862: r1 -= 1
  863: r1 &= 65535
      ; write var2, v246
  864: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  865: r1 = *(u8 *)(r2 +0)
  866: if r1 == 0 goto +81
  867: if r1 == 1 goto +76
  868: if r1 == 2 goto +59
  869: if r1 == 3 goto +41
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  870: r1 = *(u64 *)(r10 -16)
  871: if r1 > 16383 goto +1872
  872: r2 = r6
  873: r2 += r1
  874: r1 = r2
  875: r1 += 1
  876: if r1 <= r7 goto +1
  877: goto +1866
  878: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  879: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  880: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  881: r1 = 1
  882: if r2 >= 2 goto +1
  883: r1 = 0
      ; verify v251, error HeaderTooShort
  884: if r1 == 0 goto +1859
      ; v252: bit<8> = read var11
  885: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  886: w2 = w2
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  887: r2 -= 1
  888: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  889: r2 *= 8
  890: w2 = w2
      ; advance v257
  891: r1 = r2
  892: r1 &= 7
  893: if r1 != 0 goto +1850
  894: r1 = r2
  895: r1 >>= 3
  896: r2 = *(u64 *)(r10 -16)
  897: r2 += r1
  898: if r2 > 16383 goto +1845
  899: r1 = r6
  900: r1 += r2
  901: if r1 <= r7 goto +1
  902: goto +1841
  903: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  904: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  905: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
  906: r2 &= 65535
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  907: r2 -= 1
  908: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  909: r1 -= r2
  910: goto +14
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  911: r2 = *(u64 *)(r10 -16)
  912: if r2 > 16383 goto +1831
  913: r1 = r6
  914: r1 += r2
  915: r1 += 2
  916: if r1 <= r7 goto +1
  917: goto +1826
  918: r1 = r2
  919: r1 += 1
  920: *(u32 *)(r10 -56) = r1
  921: r2 += 2
  922: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  923: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  924: r1 -= 2
  925: r1 &= 65535
      ; write var2, v266
  926: *(u16 *)(r10 -28) = r1
  927: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  928: r2 = *(u64 *)(r10 -16)
  929: if r2 > 16383 goto +1814
  930: r1 = r6
  931: r1 += r2
  932: r1 += 3
  933: if r1 <= r7 goto +1
  934: goto +1809
  935: r1 = r2
  936: r1 += 1
  937: *(u32 *)(r10 -60) = r1
  938: r2 += 3
  939: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  940: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  941: r1 -= 3
  942: r1 &= 65535
      ; write var2, v269
  943: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  944: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  945: r1 = *(u8 *)(r10 -24)
  946: if r2 == 0 goto +1
  947: if r1 != 8 goto +1796
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  948: r4 = *(u32 *)(r10 -96)
  949: if r4 == 0 goto +1
  950: r4 = 1
      ; v1: bool = not v0
  951: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  952: r1 = *(u32 *)(r10 -96)
  953: if r1 == 0 goto +7
  954: r1 -= 1
  955: if r1 > 16383 goto +5
  956: r3 = r6
  957: r3 += r1
  958: r1 = r3
  959: r1 += 20
  960: if r1 <= r7 goto +1
  961: r3 = 0
  962: r1 = 0
  963: if r3 == 0 goto +1
  964: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  965: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  966: r2 = 1
  967: if r1 != 2 goto +1
  968: r2 = 0
      ; v7: bool = logical_or v1, v6
  969: r1 = r4
  970: r1 |= r2
  971: if r1 != 0 goto +1777
      ; v8: bit<16> = read_field hdr11.mss
  972: r1 = *(u32 *)(r10 -60)
  973: if r1 == 0 goto +7
  974: r1 -= 1
  975: if r1 > 16383 goto +5
  976: r2 = r6
  977: r2 += r1
  978: r1 = r2
  979: r1 += 3
  980: if r1 <= r7 goto +1
  981: r2 = 0
  982: r1 = 0
  983: if r2 == 0 goto +1
  984: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
  985: r8 = 1
  986: if r1 != 0 goto +1
  987: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
  988: r9 = 0
  989: if r3 == 0 goto +1
  990: r9 = *(u16 *)(r3 +14)
  991: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
  992: r4 = 0
  993: if r2 == 0 goto +1
  994: r4 = *(u16 *)(r2 +1)
  995: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
  996: r1 = 0
  997: if r4 == 0 goto +2
  998: r1 = r9
  999: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
 1000: r4 = 1
 1001: if r1 == 0 goto +1
 1002: r4 = 0
      ; v16: bool = logical_and v10, v15
 1003: r1 = r8
 1004: r1 &= r4
 1005: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
 1006: r8 = 0
 1007: if r3 == 0 goto +1
 1008: r8 = *(u16 *)(r3 +14)
 1009: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1010: r4 = 0
 1011: if r2 == 0 goto +1
 1012: r4 = *(u16 *)(r2 +1)
 1013: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1014: r1 = 0
 1015: if r4 == 0 goto +2
 1016: r1 = r8
 1017: r1 /= r4
      ; write var4, v19
 1018: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1019: r1 = *(u32 *)(r10 -92)
 1020: if r1 == 0 goto +7
 1021: r1 -= 1
 1022: if r1 > 16383 goto +5
 1023: r4 = r6
 1024: r4 += r1
 1025: r1 = r4
 1026: r1 += 1
 1027: if r1 <= r7 goto +1
 1028: r4 = 0
 1029: r9 = 0
 1030: if r4 == 0 goto +1
 1031: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1032: r1 = *(u32 *)(r10 -88)
 1033: if r1 == 0 goto +7
 1034: r1 -= 1
 1035: if r1 > 16383 goto +5
 1036: r4 = r6
 1037: r4 += r1
 1038: r1 = r4
 1039: r1 += 1
 1040: if r1 <= r7 goto +1
 1041: r4 = 0
 1042: r1 = 0
 1043: if r4 == 0 goto +1
 1044: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1045: r9 <<= 8
 1046: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1047: r1 = *(u32 *)(r10 -84)
 1048: if r1 == 0 goto +7
 1049: r1 -= 1
 1050: if r1 > 16383 goto +5
 1051: r4 = r6
 1052: r4 += r1
 1053: r1 = r4
 1054: r1 += 1
 1055: if r1 <= r7 goto +1
 1056: r4 = 0
 1057: r1 = 0
 1058: if r4 == 0 goto +1
 1059: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1060: r9 <<= 8
 1061: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1062: r1 = *(u32 *)(r10 -80)
 1063: if r1 == 0 goto +7
 1064: r1 -= 1
 1065: if r1 > 16383 goto +5
 1066: r4 = r6
 1067: r4 += r1
 1068: r1 = r4
 1069: r1 += 1
 1070: if r1 <= r7 goto +1
 1071: r4 = 0
 1072: r1 = 0
 1073: if r4 == 0 goto +1
 1074: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1075: r9 <<= 8
 1076: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1077: r1 = *(u32 *)(r10 -76)
 1078: if r1 == 0 goto +7
 1079: r1 -= 1
 1080: if r1 > 16383 goto +5
 1081: r4 = r6
 1082: r4 += r1
 1083: r1 = r4
 1084: r1 += 1
 1085: if r1 <= r7 goto +1
 1086: r4 = 0
 1087: r1 = 0
 1088: if r4 == 0 goto +1
 1089: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1090: r9 <<= 8
 1091: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1092: r1 = *(u32 *)(r10 -72)
 1093: if r1 == 0 goto +7
 1094: r1 -= 1
 1095: if r1 > 16383 goto +5
 1096: r4 = r6
 1097: r4 += r1
 1098: r1 = r4
 1099: r1 += 1
 1100: if r1 <= r7 goto +1
 1101: r4 = 0
 1102: r1 = 0
 1103: if r4 == 0 goto +1
 1104: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1105: r9 <<= 8
 1106: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1107: r1 = *(u32 *)(r10 -68)
 1108: if r1 == 0 goto +7
 1109: r1 -= 1
 1110: if r1 > 16383 goto +5
 1111: r4 = r6
 1112: r4 += r1
 1113: r1 = r4
 1114: r1 += 1
 1115: if r1 <= r7 goto +1
 1116: r4 = 0
 1117: r1 = 0
 1118: if r4 == 0 goto +1
 1119: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1120: r9 <<= 8
 1121: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1122: r1 = *(u32 *)(r10 -64)
 1123: if r1 == 0 goto +7
 1124: r1 -= 1
 1125: if r1 > 16383 goto +5
 1126: r8 = r6
 1127: r8 += r1
 1128: r1 = r8
 1129: r1 += 1
 1130: if r1 <= r7 goto +1
 1131: r8 = 0
 1132: r4 = 0
 1133: if r8 == 0 goto +1
 1134: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1135: r1 = r9
 1136: r1 <<= 8
 1137: r1 |= r4
      ; write var5, v34
 1138: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1139: r1 = *(u32 *)(r10 -100)
 1140: if r1 == 0 goto +7
 1141: r1 -= 1
 1142: if r1 > 16383 goto +5
 1143: r4 = r6
 1144: r4 += r1
 1145: r1 = r4
 1146: r1 += 20
 1147: if r1 <= r7 goto +1
 1148: r4 = 0
 1149: r9 = 0
 1150: if r4 == 0 goto +1
 1151: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1152: r1 = 0
 1153: if r3 == 0 goto +1
 1154: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1155: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1156: r4 = 0
 1157: if r2 == 0 goto +1
 1158: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1159: r3 = *(u32 *)(r10 -56)
 1160: if r3 == 0 goto +7
 1161: r3 -= 1
 1162: if r3 > 16383 goto +5
 1163: r2 = r6
 1164: r2 += r3
 1165: r3 = r2
 1166: r3 += 2
 1167: if r3 <= r7 goto +1
 1168: r2 = 0
 1169: r3 = 0
 1170: if r2 == 0 goto +1
 1171: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1172: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1173: *(u8 *)(r10 -160) = r9
 1174: *(u8 *)(r10 -159) = r1
 1175: r1 >>= 8
 1176: *(u8 *)(r10 -158) = r1
 1177: r1 = r8
 1178: *(u8 *)(r10 -156) = r1
 1179: r1 >>= 8
 1180: *(u8 *)(r10 -157) = r1
 1181: r1 = r4
 1182: *(u8 *)(r10 -155) = r1
 1183: r1 >>= 8
 1184: *(u8 *)(r10 -154) = r1
 1185: *(u8 *)(r10 -153) = r3
 1186: r1 = r2
 1187: r1 = be64 r1
 1188: *(u64 *)(r10 -152) = r1
 1189: r2 = 0
 1190: r1 = 0
 1191: *(u64 *)(r10 -240) = r2
 1192: *(u64 *)(r10 -248) = r1
 1193: *(u32 *)(r10 -232) = 0
 1194: r1 = map[pipe_p0f_signatures_masks] ll
 1196: r2 = r10
 1197: r2 += -232
 1198: call bpf_map_lookup_elem
 1199: r3 = r0
 1200: if r3 == 0 goto +1496
 1201: r1 = *(u32 *)(r3 +0)
 1202: if r1 == 0 goto +1494
 1203: *(u32 *)(r10 -200) = 0
 1204: r2 = *(u32 *)(r10 -160)
 1205: r1 = *(u32 *)(r3 +8)
 1206: r2 &= r1
 1207: *(u32 *)(r10 -196) = r2
 1208: r2 = *(u32 *)(r10 -156)
 1209: r1 = *(u32 *)(r3 +12)
 1210: r2 &= r1
 1211: *(u32 *)(r10 -192) = r2
 1212: r2 = *(u32 *)(r10 -152)
 1213: r1 = *(u32 *)(r3 +16)
 1214: r2 &= r1
 1215: *(u32 *)(r10 -188) = r2
 1216: r2 = *(u32 *)(r10 -148)
 1217: r1 = *(u32 *)(r3 +20)
 1218: r2 &= r1
 1219: *(u32 *)(r10 -184) = r2
 1220: r1 = map[pipe_p0f_signatures] ll
 1222: r2 = r10
 1223: r2 += -200
 1224: call bpf_map_lookup_elem
 1225: r3 = r0
 1226: if r3 == 0 goto +13
 1227: r2 = *(u32 *)(r3 +4)
 1228: r1 = *(u64 *)(r10 -240)
 1229: if r1 == 0 goto +2
 1230: r1 = *(u64 *)(r10 -248)
 1231: if r2 <= r1 goto +8
 1232: *(u64 *)(r10 -240) = 1
 1233: *(u64 *)(r10 -248) = r2
 1234: r1 = *(u32 *)(r3 +0)
 1235: *(u32 *)(r10 -224) = r1
 1236: r1 = *(u32 *)(r3 +4)
 1237: *(u32 *)(r10 -220) = r1
 1238: r1 = *(u32 *)(r3 +8)
 1239: *(u32 *)(r10 -216) = r1
 1240: *(u32 *)(r10 -232) = 1
 1241: r1 = map[pipe_p0f_signatures_masks] ll
 1243: r2 = r10
 1244: r2 += -232
 1245: call bpf_map_lookup_elem
 1246: r3 = r0
 1247: if r3 == 0 goto +1449
 1248: r1 = *(u32 *)(r3 +0)
 1249: if r1 == 0 goto +1447
 1250: *(u32 *)(r10 -200) = 1
 1251: r2 = *(u32 *)(r10 -160)
 1252: r1 = *(u32 *)(r3 +8)
 1253: r2 &= r1
 1254: *(u32 *)(r10 -196) = r2
 1255: r2 = *(u32 *)(r10 -156)
 1256: r1 = *(u32 *)(r3 +12)
 1257: r2 &= r1
 1258: *(u32 *)(r10 -192) = r2
 1259: r2 = *(u32 *)(r10 -152)
 1260: r1 = *(u32 *)(r3 +16)
 1261: r2 &= r1
 1262: *(u32 *)(r10 -188) = r2
 1263: r2 = *(u32 *)(r10 -148)
 1264: r1 = *(u32 *)(r3 +20)
 1265: r2 &= r1
 1266: *(u32 *)(r10 -184) = r2
 1267: r1 = map[pipe_p0f_signatures] ll
 1269: r2 = r10
 1270: r2 += -200
 1271: call bpf_map_lookup_elem
 1272: r3 = r0
 1273: if r3 == 0 goto +13
 1274: r2 = *(u32 *)(r3 +4)
 1275: r1 = *(u64 *)(r10 -240)
 1276: if r1 == 0 goto +2
 1277: r1 = *(u64 *)(r10 -248)
 1278: if r2 <= r1 goto +8
 1279: *(u64 *)(r10 -240) = 1
 1280: *(u64 *)(r10 -248) = r2
 1281: r1 = *(u32 *)(r3 +0)
 1282: *(u32 *)(r10 -224) = r1
 1283: r1 = *(u32 *)(r3 +4)
 1284: *(u32 *)(r10 -220) = r1
 1285: r1 = *(u32 *)(r3 +8)
 1286: *(u32 *)(r10 -216) = r1
 1287: *(u32 *)(r10 -232) = 2
 1288: r1 = map[pipe_p0f_signatures_masks] ll
 1290: r2 = r10
 1291: r2 += -232
 1292: call bpf_map_lookup_elem
 1293: r3 = r0
 1294: if r3 == 0 goto +1402
 1295: r1 = *(u32 *)(r3 +0)
 1296: if r1 == 0 goto +1400
 1297: *(u32 *)(r10 -200) = 2
 1298: r2 = *(u32 *)(r10 -160)
 1299: r1 = *(u32 *)(r3 +8)
 1300: r2 &= r1
 1301: *(u32 *)(r10 -196) = r2
 1302: r2 = *(u32 *)(r10 -156)
 1303: r1 = *(u32 *)(r3 +12)
 1304: r2 &= r1
 1305: *(u32 *)(r10 -192) = r2
 1306: r2 = *(u32 *)(r10 -152)
 1307: r1 = *(u32 *)(r3 +16)
 1308: r2 &= r1
 1309: *(u32 *)(r10 -188) = r2
 1310: r2 = *(u32 *)(r10 -148)
 1311: r1 = *(u32 *)(r3 +20)
 1312: r2 &= r1
 1313: *(u32 *)(r10 -184) = r2
 1314: r1 = map[pipe_p0f_signatures] ll
 1316: r2 = r10
 1317: r2 += -200
 1318: call bpf_map_lookup_elem
 1319: r3 = r0
 1320: if r3 == 0 goto +13
 1321: r2 = *(u32 *)(r3 +4)
 1322: r1 = *(u64 *)(r10 -240)
 1323: if r1 == 0 goto +2
 1324: r1 = *(u64 *)(r10 -248)
 1325: if r2 <= r1 goto +8
 1326: *(u64 *)(r10 -240) = 1
 1327: *(u64 *)(r10 -248) = r2
 1328: r1 = *(u32 *)(r3 +0)
 1329: *(u32 *)(r10 -224) = r1
 1330: r1 = *(u32 *)(r3 +4)
 1331: *(u32 *)(r10 -220) = r1
 1332: r1 = *(u32 *)(r3 +8)
 1333: *(u32 *)(r10 -216) = r1
 1334: *(u32 *)(r10 -232) = 3
 1335: r1 = map[pipe_p0f_signatures_masks] ll
 1337: r2 = r10
 1338: r2 += -232
 1339: call bpf_map_lookup_elem
 1340: r3 = r0
 1341: if r3 == 0 goto +1355
 1342: r1 = *(u32 *)(r3 +0)
 1343: if r1 == 0 goto +1353
 1344: *(u32 *)(r10 -200) = 3
 1345: r2 = *(u32 *)(r10 -160)
 1346: r1 = *(u32 *)(r3 +8)
 1347: r2 &= r1
 1348: *(u32 *)(r10 -196) = r2
 1349: r2 = *(u32 *)(r10 -156)
 1350: r1 = *(u32 *)(r3 +12)
 1351: r2 &= r1
 1352: *(u32 *)(r10 -192) = r2
 1353: r2 = *(u32 *)(r10 -152)
 1354: r1 = *(u32 *)(r3 +16)
 1355: r2 &= r1
 1356: *(u32 *)(r10 -188) = r2
 1357: r2 = *(u32 *)(r10 -148)
 1358: r1 = *(u32 *)(r3 +20)
 1359: r2 &= r1
 1360: *(u32 *)(r10 -184) = r2
 1361: r1 = map[pipe_p0f_signatures] ll
 1363: r2 = r10
 1364: r2 += -200
 1365: call bpf_map_lookup_elem
 1366: r3 = r0
 1367: if r3 == 0 goto +13
 1368: r2 = *(u32 *)(r3 +4)
 1369: r1 = *(u64 *)(r10 -240)
 1370: if r1 == 0 goto +2
 1371: r1 = *(u64 *)(r10 -248)
 1372: if r2 <= r1 goto +8
 1373: *(u64 *)(r10 -240) = 1
 1374: *(u64 *)(r10 -248) = r2
 1375: r1 = *(u32 *)(r3 +0)
 1376: *(u32 *)(r10 -224) = r1
 1377: r1 = *(u32 *)(r3 +4)
 1378: *(u32 *)(r10 -220) = r1
 1379: r1 = *(u32 *)(r3 +8)
 1380: *(u32 *)(r10 -216) = r1
 1381: *(u32 *)(r10 -232) = 4
 1382: r1 = map[pipe_p0f_signatures_masks] ll
 1384: r2 = r10
 1385: r2 += -232
 1386: call bpf_map_lookup_elem
 1387: r3 = r0
 1388: if r3 == 0 goto +1308
 1389: r1 = *(u32 *)(r3 +0)
 1390: if r1 == 0 goto +1306
 1391: *(u32 *)(r10 -200) = 4
 1392: r2 = *(u32 *)(r10 -160)
 1393: r1 = *(u32 *)(r3 +8)
 1394: r2 &= r1
 1395: *(u32 *)(r10 -196) = r2
 1396: r2 = *(u32 *)(r10 -156)
 1397: r1 = *(u32 *)(r3 +12)
 1398: r2 &= r1
 1399: *(u32 *)(r10 -192) = r2
 1400: r2 = *(u32 *)(r10 -152)
 1401: r1 = *(u32 *)(r3 +16)
 1402: r2 &= r1
 1403: *(u32 *)(r10 -188) = r2
 1404: r2 = *(u32 *)(r10 -148)
 1405: r1 = *(u32 *)(r3 +20)
 1406: r2 &= r1
 1407: *(u32 *)(r10 -184) = r2
 1408: r1 = map[pipe_p0f_signatures] ll
 1410: r2 = r10
 1411: r2 += -200
 1412: call bpf_map_lookup_elem
 1413: r3 = r0
 1414: if r3 == 0 goto +13
 1415: r2 = *(u32 *)(r3 +4)
 1416: r1 = *(u64 *)(r10 -240)
 1417: if r1 == 0 goto +2
 1418: r1 = *(u64 *)(r10 -248)
 1419: if r2 <= r1 goto +8
 1420: *(u64 *)(r10 -240) = 1
 1421: *(u64 *)(r10 -248) = r2
 1422: r1 = *(u32 *)(r3 +0)
 1423: *(u32 *)(r10 -224) = r1
 1424: r1 = *(u32 *)(r3 +4)
 1425: *(u32 *)(r10 -220) = r1
 1426: r1 = *(u32 *)(r3 +8)
 1427: *(u32 *)(r10 -216) = r1
 1428: *(u32 *)(r10 -232) = 5
 1429: r1 = map[pipe_p0f_signatures_masks] ll
 1431: r2 = r10
 1432: r2 += -232
 1433: call bpf_map_lookup_elem
 1434: r3 = r0
 1435: if r3 == 0 goto +1261
 1436: r1 = *(u32 *)(r3 +0)
 1437: if r1 == 0 goto +1259
 1438: *(u32 *)(r10 -200) = 5
 1439: r2 = *(u32 *)(r10 -160)
 1440: r1 = *(u32 *)(r3 +8)
 1441: r2 &= r1
 1442: *(u32 *)(r10 -196) = r2
 1443: r2 = *(u32 *)(r10 -156)
 1444: r1 = *(u32 *)(r3 +12)
 1445: r2 &= r1
 1446: *(u32 *)(r10 -192) = r2
 1447: r2 = *(u32 *)(r10 -152)
 1448: r1 = *(u32 *)(r3 +16)
 1449: r2 &= r1
 1450: *(u32 *)(r10 -188) = r2
 1451: r2 = *(u32 *)(r10 -148)
 1452: r1 = *(u32 *)(r3 +20)
 1453: r2 &= r1
 1454: *(u32 *)(r10 -184) = r2
 1455: r1 = map[pipe_p0f_signatures] ll
 1457: r2 = r10
 1458: r2 += -200
 1459: call bpf_map_lookup_elem
 1460: r3 = r0
 1461: if r3 == 0 goto +13
 1462: r2 = *(u32 *)(r3 +4)
 1463: r1 = *(u64 *)(r10 -240)
 1464: if r1 == 0 goto +2
 1465: r1 = *(u64 *)(r10 -248)
 1466: if r2 <= r1 goto +8
 1467: *(u64 *)(r10 -240) = 1
 1468: *(u64 *)(r10 -248) = r2
 1469: r1 = *(u32 *)(r3 +0)
 1470: *(u32 *)(r10 -224) = r1
 1471: r1 = *(u32 *)(r3 +4)
 1472: *(u32 *)(r10 -220) = r1
 1473: r1 = *(u32 *)(r3 +8)
 1474: *(u32 *)(r10 -216) = r1
 1475: *(u32 *)(r10 -232) = 6
 1476: r1 = map[pipe_p0f_signatures_masks] ll
 1478: r2 = r10
 1479: r2 += -232
 1480: call bpf_map_lookup_elem
 1481: r3 = r0
 1482: if r3 == 0 goto +1214
 1483: r1 = *(u32 *)(r3 +0)
 1484: if r1 == 0 goto +1212
 1485: *(u32 *)(r10 -200) = 6
 1486: r2 = *(u32 *)(r10 -160)
 1487: r1 = *(u32 *)(r3 +8)
 1488: r2 &= r1
 1489: *(u32 *)(r10 -196) = r2
 1490: r2 = *(u32 *)(r10 -156)
 1491: r1 = *(u32 *)(r3 +12)
 1492: r2 &= r1
 1493: *(u32 *)(r10 -192) = r2
 1494: r2 = *(u32 *)(r10 -152)
 1495: r1 = *(u32 *)(r3 +16)
 1496: r2 &= r1
 1497: *(u32 *)(r10 -188) = r2
 1498: r2 = *(u32 *)(r10 -148)
 1499: r1 = *(u32 *)(r3 +20)
 1500: r2 &= r1
 1501: *(u32 *)(r10 -184) = r2
 1502: r1 = map[pipe_p0f_signatures] ll
 1504: r2 = r10
 1505: r2 += -200
 1506: call bpf_map_lookup_elem
 1507: r3 = r0
 1508: if r3 == 0 goto +13
 1509: r2 = *(u32 *)(r3 +4)
 1510: r1 = *(u64 *)(r10 -240)
 1511: if r1 == 0 goto +2
 1512: r1 = *(u64 *)(r10 -248)
 1513: if r2 <= r1 goto +8
 1514: *(u64 *)(r10 -240) = 1
 1515: *(u64 *)(r10 -248) = r2
 1516: r1 = *(u32 *)(r3 +0)
 1517: *(u32 *)(r10 -224) = r1
 1518: r1 = *(u32 *)(r3 +4)
 1519: *(u32 *)(r10 -220) = r1
 1520: r1 = *(u32 *)(r3 +8)
 1521: *(u32 *)(r10 -216) = r1
 1522: *(u32 *)(r10 -232) = 7
 1523: r1 = map[pipe_p0f_signatures_masks] ll
 1525: r2 = r10
 1526: r2 += -232
 1527: call bpf_map_lookup_elem
 1528: r3 = r0
 1529: if r3 == 0 goto +1167
 1530: r1 = *(u32 *)(r3 +0)
 1531: if r1 == 0 goto +1165
 1532: *(u32 *)(r10 -200) = 7
 1533: r2 = *(u32 *)(r10 -160)
 1534: r1 = *(u32 *)(r3 +8)
 1535: r2 &= r1
 1536: *(u32 *)(r10 -196) = r2
 1537: r2 = *(u32 *)(r10 -156)
 1538: r1 = *(u32 *)(r3 +12)
 1539: r2 &= r1
 1540: *(u32 *)(r10 -192) = r2
 1541: r2 = *(u32 *)(r10 -152)
 1542: r1 = *(u32 *)(r3 +16)
 1543: r2 &= r1
 1544: *(u32 *)(r10 -188) = r2
 1545: r2 = *(u32 *)(r10 -148)
 1546: r1 = *(u32 *)(r3 +20)
 1547: r2 &= r1
 1548: *(u32 *)(r10 -184) = r2
 1549: r1 = map[pipe_p0f_signatures] ll
 1551: r2 = r10
 1552: r2 += -200
 1553: call bpf_map_lookup_elem
 1554: r3 = r0
 1555: if r3 == 0 goto +13
 1556: r2 = *(u32 *)(r3 +4)
 1557: r1 = *(u64 *)(r10 -240)
 1558: if r1 == 0 goto +2
 1559: r1 = *(u64 *)(r10 -248)
 1560: if r2 <= r1 goto +8
 1561: *(u64 *)(r10 -240) = 1
 1562: *(u64 *)(r10 -248) = r2
 1563: r1 = *(u32 *)(r3 +0)
 1564: *(u32 *)(r10 -224) = r1
 1565: r1 = *(u32 *)(r3 +4)
 1566: *(u32 *)(r10 -220) = r1
 1567: r1 = *(u32 *)(r3 +8)
 1568: *(u32 *)(r10 -216) = r1
 1569: *(u32 *)(r10 -232) = 8
 1570: r1 = map[pipe_p0f_signatures_masks] ll
 1572: r2 = r10
 1573: r2 += -232
 1574: call bpf_map_lookup_elem
 1575: r3 = r0
 1576: if r3 == 0 goto +1120
 1577: r1 = *(u32 *)(r3 +0)
 1578: if r1 == 0 goto +1118
 1579: *(u32 *)(r10 -200) = 8
 1580: r2 = *(u32 *)(r10 -160)
 1581: r1 = *(u32 *)(r3 +8)
 1582: r2 &= r1
 1583: *(u32 *)(r10 -196) = r2
 1584: r2 = *(u32 *)(r10 -156)
 1585: r1 = *(u32 *)(r3 +12)
 1586: r2 &= r1
 1587: *(u32 *)(r10 -192) = r2
 1588: r2 = *(u32 *)(r10 -152)
 1589: r1 = *(u32 *)(r3 +16)
 1590: r2 &= r1
 1591: *(u32 *)(r10 -188) = r2
 1592: r2 = *(u32 *)(r10 -148)
 1593: r1 = *(u32 *)(r3 +20)
 1594: r2 &= r1
 1595: *(u32 *)(r10 -184) = r2
 1596: r1 = map[pipe_p0f_signatures] ll
 1598: r2 = r10
 1599: r2 += -200
 1600: call bpf_map_lookup_elem
 1601: r3 = r0
 1602: if r3 == 0 goto +13
 1603: r2 = *(u32 *)(r3 +4)
 1604: r1 = *(u64 *)(r10 -240)
 1605: if r1 == 0 goto +2
 1606: r1 = *(u64 *)(r10 -248)
 1607: if r2 <= r1 goto +8
 1608: *(u64 *)(r10 -240) = 1
 1609: *(u64 *)(r10 -248) = r2
 1610: r1 = *(u32 *)(r3 +0)
 1611: *(u32 *)(r10 -224) = r1
 1612: r1 = *(u32 *)(r3 +4)
 1613: *(u32 *)(r10 -220) = r1
 1614: r1 = *(u32 *)(r3 +8)
 1615: *(u32 *)(r10 -216) = r1
 1616: *(u32 *)(r10 -232) = 9
 1617: r1 = map[pipe_p0f_signatures_masks] ll
 1619: r2 = r10
 1620: r2 += -232
 1621: call bpf_map_lookup_elem
 1622: r3 = r0
 1623: if r3 == 0 goto +1073
 1624: r1 = *(u32 *)(r3 +0)
 1625: if r1 == 0 goto +1071
 1626: *(u32 *)(r10 -200) = 9
 1627: r2 = *(u32 *)(r10 -160)
 1628: r1 = *(u32 *)(r3 +8)
 1629: r2 &= r1
 1630: *(u32 *)(r10 -196) = r2
 1631: r2 = *(u32 *)(r10 -156)
 1632: r1 = *(u32 *)(r3 +12)
 1633: r2 &= r1
 1634: *(u32 *)(r10 -192) = r2
 1635: r2 = *(u32 *)(r10 -152)
 1636: r1 = *(u32 *)(r3 +16)
 1637: r2 &= r1
 1638: *(u32 *)(r10 -188) = r2
 1639: r2 = *(u32 *)(r10 -148)
 1640: r1 = *(u32 *)(r3 +20)
 1641: r2 &= r1
 1642: *(u32 *)(r10 -184) = r2
 1643: r1 = map[pipe_p0f_signatures] ll
 1645: r2 = r10
 1646: r2 += -200
 1647: call bpf_map_lookup_elem
 1648: r3 = r0
 1649: if r3 == 0 goto +13
 1650: r2 = *(u32 *)(r3 +4)
 1651: r1 = *(u64 *)(r10 -240)
 1652: if r1 == 0 goto +2
 1653: r1 = *(u64 *)(r10 -248)
 1654: if r2 <= r1 goto +8
 1655: *(u64 *)(r10 -240) = 1
 1656: *(u64 *)(r10 -248) = r2
 1657: r1 = *(u32 *)(r3 +0)
 1658: *(u32 *)(r10 -224) = r1
 1659: r1 = *(u32 *)(r3 +4)
 1660: *(u32 *)(r10 -220) = r1
 1661: r1 = *(u32 *)(r3 +8)
 1662: *(u32 *)(r10 -216) = r1
 1663: *(u32 *)(r10 -232) = 10
 1664: r1 = map[pipe_p0f_signatures_masks] ll
 1666: r2 = r10
 1667: r2 += -232
 1668: call bpf_map_lookup_elem
 1669: r3 = r0
 1670: if r3 == 0 goto +1026
 1671: r1 = *(u32 *)(r3 +0)
 1672: if r1 == 0 goto +1024
 1673: *(u32 *)(r10 -200) = 10
 1674: r2 = *(u32 *)(r10 -160)
 1675: r1 = *(u32 *)(r3 +8)
 1676: r2 &= r1
 1677: *(u32 *)(r10 -196) = r2
 1678: r2 = *(u32 *)(r10 -156)
 1679: r1 = *(u32 *)(r3 +12)
 1680: r2 &= r1
 1681: *(u32 *)(r10 -192) = r2
 1682: r2 = *(u32 *)(r10 -152)
 1683: r1 = *(u32 *)(r3 +16)
 1684: r2 &= r1
 1685: *(u32 *)(r10 -188) = r2
 1686: r2 = *(u32 *)(r10 -148)
 1687: r1 = *(u32 *)(r3 +20)
 1688: r2 &= r1
 1689: *(u32 *)(r10 -184) = r2
 1690: r1 = map[pipe_p0f_signatures] ll
 1692: r2 = r10
 1693: r2 += -200
 1694: call bpf_map_lookup_elem
 1695: r3 = r0
 1696: if r3 == 0 goto +13
 1697: r2 = *(u32 *)(r3 +4)
 1698: r1 = *(u64 *)(r10 -240)
 1699: if r1 == 0 goto +2
 1700: r1 = *(u64 *)(r10 -248)
 1701: if r2 <= r1 goto +8
 1702: *(u64 *)(r10 -240) = 1
 1703: *(u64 *)(r10 -248) = r2
 1704: r1 = *(u32 *)(r3 +0)
 1705: *(u32 *)(r10 -224) = r1
 1706: r1 = *(u32 *)(r3 +4)
 1707: *(u32 *)(r10 -220) = r1
 1708: r1 = *(u32 *)(r3 +8)
 1709: *(u32 *)(r10 -216) = r1
 1710: *(u32 *)(r10 -232) = 11
 1711: r1 = map[pipe_p0f_signatures_masks] ll
 1713: r2 = r10
 1714: r2 += -232
 1715: call bpf_map_lookup_elem
 1716: r3 = r0
 1717: if r3 == 0 goto +979
 1718: r1 = *(u32 *)(r3 +0)
 1719: if r1 == 0 goto +977
 1720: *(u32 *)(r10 -200) = 11
 1721: r2 = *(u32 *)(r10 -160)
 1722: r1 = *(u32 *)(r3 +8)
 1723: r2 &= r1
 1724: *(u32 *)(r10 -196) = r2
 1725: r2 = *(u32 *)(r10 -156)
 1726: r1 = *(u32 *)(r3 +12)
 1727: r2 &= r1
 1728: *(u32 *)(r10 -192) = r2
 1729: r2 = *(u32 *)(r10 -152)
 1730: r1 = *(u32 *)(r3 +16)
 1731: r2 &= r1
 1732: *(u32 *)(r10 -188) = r2
 1733: r2 = *(u32 *)(r10 -148)
 1734: r1 = *(u32 *)(r3 +20)
 1735: r2 &= r1
 1736: *(u32 *)(r10 -184) = r2
 1737: r1 = map[pipe_p0f_signatures] ll
 1739: r2 = r10
 1740: r2 += -200
 1741: call bpf_map_lookup_elem
 1742: r3 = r0
 1743: if r3 == 0 goto +13
 1744: r2 = *(u32 *)(r3 +4)
 1745: r1 = *(u64 *)(r10 -240)
 1746: if r1 == 0 goto +2
 1747: r1 = *(u64 *)(r10 -248)
 1748: if r2 <= r1 goto +8
 1749: *(u64 *)(r10 -240) = 1
 1750: *(u64 *)(r10 -248) = r2
 1751: r1 = *(u32 *)(r3 +0)
 1752: *(u32 *)(r10 -224) = r1
 1753: r1 = *(u32 *)(r3 +4)
 1754: *(u32 *)(r10 -220) = r1
 1755: r1 = *(u32 *)(r3 +8)
 1756: *(u32 *)(r10 -216) = r1
 1757: *(u32 *)(r10 -232) = 12
 1758: r1 = map[pipe_p0f_signatures_masks] ll
 1760: r2 = r10
 1761: r2 += -232
 1762: call bpf_map_lookup_elem
 1763: r3 = r0
 1764: if r3 == 0 goto +932
 1765: r1 = *(u32 *)(r3 +0)
 1766: if r1 == 0 goto +930
 1767: *(u32 *)(r10 -200) = 12
 1768: r2 = *(u32 *)(r10 -160)
 1769: r1 = *(u32 *)(r3 +8)
 1770: r2 &= r1
 1771: *(u32 *)(r10 -196) = r2
 1772: r2 = *(u32 *)(r10 -156)
 1773: r1 = *(u32 *)(r3 +12)
 1774: r2 &= r1
 1775: *(u32 *)(r10 -192) = r2
 1776: r2 = *(u32 *)(r10 -152)
 1777: r1 = *(u32 *)(r3 +16)
 1778: r2 &= r1
 1779: *(u32 *)(r10 -188) = r2
 1780: r2 = *(u32 *)(r10 -148)
 1781: r1 = *(u32 *)(r3 +20)
 1782: r2 &= r1
 1783: *(u32 *)(r10 -184) = r2
 1784: r1 = map[pipe_p0f_signatures] ll
 1786: r2 = r10
 1787: r2 += -200
 1788: call bpf_map_lookup_elem
 1789: r3 = r0
 1790: if r3 == 0 goto +13
 1791: r2 = *(u32 *)(r3 +4)
 1792: r1 = *(u64 *)(r10 -240)
 1793: if r1 == 0 goto +2
 1794: r1 = *(u64 *)(r10 -248)
 1795: if r2 <= r1 goto +8
 1796: *(u64 *)(r10 -240) = 1
 1797: *(u64 *)(r10 -248) = r2
 1798: r1 = *(u32 *)(r3 +0)
 1799: *(u32 *)(r10 -224) = r1
 1800: r1 = *(u32 *)(r3 +4)
 1801: *(u32 *)(r10 -220) = r1
 1802: r1 = *(u32 *)(r3 +8)
 1803: *(u32 *)(r10 -216) = r1
 1804: *(u32 *)(r10 -232) = 13
 1805: r1 = map[pipe_p0f_signatures_masks] ll
 1807: r2 = r10
 1808: r2 += -232
 1809: call bpf_map_lookup_elem
 1810: r3 = r0
 1811: if r3 == 0 goto +885
 1812: r1 = *(u32 *)(r3 +0)
 1813: if r1 == 0 goto +883
 1814: *(u32 *)(r10 -200) = 13
 1815: r2 = *(u32 *)(r10 -160)
 1816: r1 = *(u32 *)(r3 +8)
 1817: r2 &= r1
 1818: *(u32 *)(r10 -196) = r2
 1819: r2 = *(u32 *)(r10 -156)
 1820: r1 = *(u32 *)(r3 +12)
 1821: r2 &= r1
 1822: *(u32 *)(r10 -192) = r2
 1823: r2 = *(u32 *)(r10 -152)
 1824: r1 = *(u32 *)(r3 +16)
 1825: r2 &= r1
 1826: *(u32 *)(r10 -188) = r2
 1827: r2 = *(u32 *)(r10 -148)
 1828: r1 = *(u32 *)(r3 +20)
 1829: r2 &= r1
 1830: *(u32 *)(r10 -184) = r2
 1831: r1 = map[pipe_p0f_signatures] ll
 1833: r2 = r10
 1834: r2 += -200
 1835: call bpf_map_lookup_elem
 1836: r3 = r0
 1837: if r3 == 0 goto +13
 1838: r2 = *(u32 *)(r3 +4)
 1839: r1 = *(u64 *)(r10 -240)
 1840: if r1 == 0 goto +2
 1841: r1 = *(u64 *)(r10 -248)
 1842: if r2 <= r1 goto +8
 1843: *(u64 *)(r10 -240) = 1
 1844: *(u64 *)(r10 -248) = r2
 1845: r1 = *(u32 *)(r3 +0)
 1846: *(u32 *)(r10 -224) = r1
 1847: r1 = *(u32 *)(r3 +4)
 1848: *(u32 *)(r10 -220) = r1
 1849: r1 = *(u32 *)(r3 +8)
 1850: *(u32 *)(r10 -216) = r1
 1851: *(u32 *)(r10 -232) = 14
 1852: r1 = map[pipe_p0f_signatures_masks] ll
 1854: r2 = r10
 1855: r2 += -232
 1856: call bpf_map_lookup_elem
 1857: r3 = r0
 1858: if r3 == 0 goto +838
 1859: r1 = *(u32 *)(r3 +0)
 1860: if r1 == 0 goto +836
 1861: *(u32 *)(r10 -200) = 14
 1862: r2 = *(u32 *)(r10 -160)
 1863: r1 = *(u32 *)(r3 +8)
 1864: r2 &= r1
 1865: *(u32 *)(r10 -196) = r2
 1866: r2 = *(u32 *)(r10 -156)
 1867: r1 = *(u32 *)(r3 +12)
 1868: r2 &= r1
 1869: *(u32 *)(r10 -192) = r2
 1870: r2 = *(u32 *)(r10 -152)
 1871: r1 = *(u32 *)(r3 +16)
 1872: r2 &= r1
 1873: *(u32 *)(r10 -188) = r2
 1874: r2 = *(u32 *)(r10 -148)
 1875: r1 = *(u32 *)(r3 +20)
 1876: r2 &= r1
 1877: *(u32 *)(r10 -184) = r2
 1878: r1 = map[pipe_p0f_signatures] ll
 1880: r2 = r10
 1881: r2 += -200
 1882: call bpf_map_lookup_elem
 1883: r3 = r0
 1884: if r3 == 0 goto +13
 1885: r2 = *(u32 *)(r3 +4)
 1886: r1 = *(u64 *)(r10 -240)
 1887: if r1 == 0 goto +2
 1888: r1 = *(u64 *)(r10 -248)
 1889: if r2 <= r1 goto +8
 1890: *(u64 *)(r10 -240) = 1
 1891: *(u64 *)(r10 -248) = r2
 1892: r1 = *(u32 *)(r3 +0)
 1893: *(u32 *)(r10 -224) = r1
 1894: r1 = *(u32 *)(r3 +4)
 1895: *(u32 *)(r10 -220) = r1
 1896: r1 = *(u32 *)(r3 +8)
 1897: *(u32 *)(r10 -216) = r1
 1898: *(u32 *)(r10 -232) = 15
 1899: r1 = map[pipe_p0f_signatures_masks] ll
 1901: r2 = r10
 1902: r2 += -232
 1903: call bpf_map_lookup_elem
 1904: r3 = r0
 1905: if r3 == 0 goto +791
 1906: r1 = *(u32 *)(r3 +0)
 1907: if r1 == 0 goto +789
 1908: *(u32 *)(r10 -200) = 15
 1909: r2 = *(u32 *)(r10 -160)
 1910: r1 = *(u32 *)(r3 +8)
 1911: r2 &= r1
 1912: *(u32 *)(r10 -196) = r2
 1913: r2 = *(u32 *)(r10 -156)
 1914: r1 = *(u32 *)(r3 +12)
 1915: r2 &= r1
 1916: *(u32 *)(r10 -192) = r2
 1917: r2 = *(u32 *)(r10 -152)
 1918: r1 = *(u32 *)(r3 +16)
 1919: r2 &= r1
 1920: *(u32 *)(r10 -188) = r2
 1921: r2 = *(u32 *)(r10 -148)
 1922: r1 = *(u32 *)(r3 +20)
 1923: r2 &= r1
 1924: *(u32 *)(r10 -184) = r2
 1925: r1 = map[pipe_p0f_signatures] ll
 1927: r2 = r10
 1928: r2 += -200
 1929: call bpf_map_lookup_elem
 1930: r3 = r0
 1931: if r3 == 0 goto +13
 1932: r2 = *(u32 *)(r3 +4)
 1933: r1 = *(u64 *)(r10 -240)
 1934: if r1 == 0 goto +2
 1935: r1 = *(u64 *)(r10 -248)
 1936: if r2 <= r1 goto +8
 1937: *(u64 *)(r10 -240) = 1
 1938: *(u64 *)(r10 -248) = r2
 1939: r1 = *(u32 *)(r3 +0)
 1940: *(u32 *)(r10 -224) = r1
 1941: r1 = *(u32 *)(r3 +4)
 1942: *(u32 *)(r10 -220) = r1
 1943: r1 = *(u32 *)(r3 +8)
 1944: *(u32 *)(r10 -216) = r1
 1945: *(u32 *)(r10 -232) = 16
 1946: r1 = map[pipe_p0f_signatures_masks] ll
 1948: r2 = r10
 1949: r2 += -232
 1950: call bpf_map_lookup_elem
 1951: r3 = r0
 1952: if r3 == 0 goto +744
 1953: r1 = *(u32 *)(r3 +0)
 1954: if r1 == 0 goto +742
 1955: *(u32 *)(r10 -200) = 16
 1956: r2 = *(u32 *)(r10 -160)
 1957: r1 = *(u32 *)(r3 +8)
 1958: r2 &= r1
 1959: *(u32 *)(r10 -196) = r2
 1960: r2 = *(u32 *)(r10 -156)
 1961: r1 = *(u32 *)(r3 +12)
 1962: r2 &= r1
 1963: *(u32 *)(r10 -192) = r2
 1964: r2 = *(u32 *)(r10 -152)
 1965: r1 = *(u32 *)(r3 +16)
 1966: r2 &= r1
 1967: *(u32 *)(r10 -188) = r2
 1968: r2 = *(u32 *)(r10 -148)
 1969: r1 = *(u32 *)(r3 +20)
 1970: r2 &= r1
 1971: *(u32 *)(r10 -184) = r2
 1972: r1 = map[pipe_p0f_signatures] ll
 1974: r2 = r10
 1975: r2 += -200
 1976: call bpf_map_lookup_elem
 1977: r3 = r0
 1978: if r3 == 0 goto +13
 1979: r2 = *(u32 *)(r3 +4)
 1980: r1 = *(u64 *)(r10 -240)
 1981: if r1 == 0 goto +2
 1982: r1 = *(u64 *)(r10 -248)
 1983: if r2 <= r1 goto +8
 1984: *(u64 *)(r10 -240) = 1
 1985: *(u64 *)(r10 -248) = r2
 1986: r1 = *(u32 *)(r3 +0)
 1987: *(u32 *)(r10 -224) = r1
 1988: r1 = *(u32 *)(r3 +4)
 1989: *(u32 *)(r10 -220) = r1
 1990: r1 = *(u32 *)(r3 +8)
 1991: *(u32 *)(r10 -216) = r1
 1992: *(u32 *)(r10 -232) = 17
 1993: r1 = map[pipe_p0f_signatures_masks] ll
 1995: r2 = r10
 1996: r2 += -232
 1997: call bpf_map_lookup_elem
 1998: r3 = r0
 1999: if r3 == 0 goto +697
 2000: r1 = *(u32 *)(r3 +0)
 2001: if r1 == 0 goto +695
 2002: *(u32 *)(r10 -200) = 17
 2003: r2 = *(u32 *)(r10 -160)
 2004: r1 = *(u32 *)(r3 +8)
 2005: r2 &= r1
 2006: *(u32 *)(r10 -196) = r2
 2007: r2 = *(u32 *)(r10 -156)
 2008: r1 = *(u32 *)(r3 +12)
 2009: r2 &= r1
 2010: *(u32 *)(r10 -192) = r2
 2011: r2 = *(u32 *)(r10 -152)
 2012: r1 = *(u32 *)(r3 +16)
 2013: r2 &= r1
 2014: *(u32 *)(r10 -188) = r2
 2015: r2 = *(u32 *)(r10 -148)
 2016: r1 = *(u32 *)(r3 +20)
 2017: r2 &= r1
 2018: *(u32 *)(r10 -184) = r2
 2019: r1 = map[pipe_p0f_signatures] ll
 2021: r2 = r10
 2022: r2 += -200
 2023: call bpf_map_lookup_elem
 2024: r3 = r0
 2025: if r3 == 0 goto +13
 2026: r2 = *(u32 *)(r3 +4)
 2027: r1 = *(u64 *)(r10 -240)
 2028: if r1 == 0 goto +2
 2029: r1 = *(u64 *)(r10 -248)
 2030: if r2 <= r1 goto +8
 2031: *(u64 *)(r10 -240) = 1
 2032: *(u64 *)(r10 -248) = r2
 2033: r1 = *(u32 *)(r3 +0)
 2034: *(u32 *)(r10 -224) = r1
 2035: r1 = *(u32 *)(r3 +4)
 2036: *(u32 *)(r10 -220) = r1
 2037: r1 = *(u32 *)(r3 +8)
 2038: *(u32 *)(r10 -216) = r1
 2039: *(u32 *)(r10 -232) = 18
 2040: r1 = map[pipe_p0f_signatures_masks] ll
 2042: r2 = r10
 2043: r2 += -232
 2044: call bpf_map_lookup_elem
 2045: r3 = r0
 2046: if r3 == 0 goto +650
 2047: r1 = *(u32 *)(r3 +0)
 2048: if r1 == 0 goto +648
 2049: *(u32 *)(r10 -200) = 18
 2050: r2 = *(u32 *)(r10 -160)
 2051: r1 = *(u32 *)(r3 +8)
 2052: r2 &= r1
 2053: *(u32 *)(r10 -196) = r2
 2054: r2 = *(u32 *)(r10 -156)
 2055: r1 = *(u32 *)(r3 +12)
 2056: r2 &= r1
 2057: *(u32 *)(r10 -192) = r2
 2058: r2 = *(u32 *)(r10 -152)
 2059: r1 = *(u32 *)(r3 +16)
 2060: r2 &= r1
 2061: *(u32 *)(r10 -188) = r2
 2062: r2 = *(u32 *)(r10 -148)
 2063: r1 = *(u32 *)(r3 +20)
 2064: r2 &= r1
 2065: *(u32 *)(r10 -184) = r2
 2066: r1 = map[pipe_p0f_signatures] ll
 2068: r2 = r10
 2069: r2 += -200
 2070: call bpf_map_lookup_elem
 2071: r3 = r0
 2072: if r3 == 0 goto +13
 2073: r2 = *(u32 *)(r3 +4)
 2074: r1 = *(u64 *)(r10 -240)
 2075: if r1 == 0 goto +2
 2076: r1 = *(u64 *)(r10 -248)
 2077: if r2 <= r1 goto +8
 2078: *(u64 *)(r10 -240) = 1
 2079: *(u64 *)(r10 -248) = r2
 2080: r1 = *(u32 *)(r3 +0)
 2081: *(u32 *)(r10 -224) = r1
 2082: r1 = *(u32 *)(r3 +4)
 2083: *(u32 *)(r10 -220) = r1
 2084: r1 = *(u32 *)(r3 +8)
 2085: *(u32 *)(r10 -216) = r1
 2086: *(u32 *)(r10 -232) = 19
 2087: r1 = map[pipe_p0f_signatures_masks] ll
 2089: r2 = r10
 2090: r2 += -232
 2091: call bpf_map_lookup_elem
 2092: r3 = r0
 2093: if r3 == 0 goto +603
 2094: r1 = *(u32 *)(r3 +0)
 2095: if r1 == 0 goto +601
 2096: *(u32 *)(r10 -200) = 19
 2097: r2 = *(u32 *)(r10 -160)
 2098: r1 = *(u32 *)(r3 +8)
 2099: r2 &= r1
 2100: *(u32 *)(r10 -196) = r2
 2101: r2 = *(u32 *)(r10 -156)
 2102: r1 = *(u32 *)(r3 +12)
 2103: r2 &= r1
 2104: *(u32 *)(r10 -192) = r2
 2105: r2 = *(u32 *)(r10 -152)
 2106: r1 = *(u32 *)(r3 +16)
 2107: r2 &= r1
 2108: *(u32 *)(r10 -188) = r2
 2109: r2 = *(u32 *)(r10 -148)
 2110: r1 = *(u32 *)(r3 +20)
 2111: r2 &= r1
 2112: *(u32 *)(r10 -184) = r2
 2113: r1 = map[pipe_p0f_signatures] ll
 2115: r2 = r10
 2116: r2 += -200
 2117: call bpf_map_lookup_elem
 2118: r3 = r0
 2119: if r3 == 0 goto +13
 2120: r2 = *(u32 *)(r3 +4)
 2121: r1 = *(u64 *)(r10 -240)
 2122: if r1 == 0 goto +2
 2123: r1 = *(u64 *)(r10 -248)
 2124: if r2 <= r1 goto +8
 2125: *(u64 *)(r10 -240) = 1
 2126: *(u64 *)(r10 -248) = r2
 2127: r1 = *(u32 *)(r3 +0)
 2128: *(u32 *)(r10 -224) = r1
 2129: r1 = *(u32 *)(r3 +4)
 2130: *(u32 *)(r10 -220) = r1
 2131: r1 = *(u32 *)(r3 +8)
 2132: *(u32 *)(r10 -216) = r1
 2133: *(u32 *)(r10 -232) = 20
 2134: r1 = map[pipe_p0f_signatures_masks] ll
 2136: r2 = r10
 2137: r2 += -232
 2138: call bpf_map_lookup_elem
 2139: r3 = r0
 2140: if r3 == 0 goto +556
 2141: r1 = *(u32 *)(r3 +0)
 2142: if r1 == 0 goto +554
 2143: *(u32 *)(r10 -200) = 20
 2144: r2 = *(u32 *)(r10 -160)
 2145: r1 = *(u32 *)(r3 +8)
 2146: r2 &= r1
 2147: *(u32 *)(r10 -196) = r2
 2148: r2 = *(u32 *)(r10 -156)
 2149: r1 = *(u32 *)(r3 +12)
 2150: r2 &= r1
 2151: *(u32 *)(r10 -192) = r2
 2152: r2 = *(u32 *)(r10 -152)
 2153: r1 = *(u32 *)(r3 +16)
 2154: r2 &= r1
 2155: *(u32 *)(r10 -188) = r2
 2156: r2 = *(u32 *)(r10 -148)
 2157: r1 = *(u32 *)(r3 +20)
 2158: r2 &= r1
 2159: *(u32 *)(r10 -184) = r2
 2160: r1 = map[pipe_p0f_signatures] ll
 2162: r2 = r10
 2163: r2 += -200
 2164: call bpf_map_lookup_elem
 2165: r3 = r0
 2166: if r3 == 0 goto +13
 2167: r2 = *(u32 *)(r3 +4)
 2168: r1 = *(u64 *)(r10 -240)
 2169: if r1 == 0 goto +2
 2170: r1 = *(u64 *)(r10 -248)
 2171: if r2 <= r1 goto +8
 2172: *(u64 *)(r10 -240) = 1
 2173: *(u64 *)(r10 -248) = r2
 2174: r1 = *(u32 *)(r3 +0)
 2175: *(u32 *)(r10 -224) = r1
 2176: r1 = *(u32 *)(r3 +4)
 2177: *(u32 *)(r10 -220) = r1
 2178: r1 = *(u32 *)(r3 +8)
 2179: *(u32 *)(r10 -216) = r1
 2180: *(u32 *)(r10 -232) = 21
 2181: r1 = map[pipe_p0f_signatures_masks] ll
 2183: r2 = r10
 2184: r2 += -232
 2185: call bpf_map_lookup_elem
 2186: r3 = r0
 2187: if r3 == 0 goto +509
 2188: r1 = *(u32 *)(r3 +0)
 2189: if r1 == 0 goto +507
 2190: *(u32 *)(r10 -200) = 21
 2191: r2 = *(u32 *)(r10 -160)
 2192: r1 = *(u32 *)(r3 +8)
 2193: r2 &= r1
 2194: *(u32 *)(r10 -196) = r2
 2195: r2 = *(u32 *)(r10 -156)
 2196: r1 = *(u32 *)(r3 +12)
 2197: r2 &= r1
 2198: *(u32 *)(r10 -192) = r2
 2199: r2 = *(u32 *)(r10 -152)
 2200: r1 = *(u32 *)(r3 +16)
 2201: r2 &= r1
 2202: *(u32 *)(r10 -188) = r2
 2203: r2 = *(u32 *)(r10 -148)
 2204: r1 = *(u32 *)(r3 +20)
 2205: r2 &= r1
 2206: *(u32 *)(r10 -184) = r2
 2207: r1 = map[pipe_p0f_signatures] ll
 2209: r2 = r10
 2210: r2 += -200
 2211: call bpf_map_lookup_elem
 2212: r3 = r0
 2213: if r3 == 0 goto +13
 2214: r2 = *(u32 *)(r3 +4)
 2215: r1 = *(u64 *)(r10 -240)
 2216: if r1 == 0 goto +2
 2217: r1 = *(u64 *)(r10 -248)
 2218: if r2 <= r1 goto +8
 2219: *(u64 *)(r10 -240) = 1
 2220: *(u64 *)(r10 -248) = r2
 2221: r1 = *(u32 *)(r3 +0)
 2222: *(u32 *)(r10 -224) = r1
 2223: r1 = *(u32 *)(r3 +4)
 2224: *(u32 *)(r10 -220) = r1
 2225: r1 = *(u32 *)(r3 +8)
 2226: *(u32 *)(r10 -216) = r1
 2227: *(u32 *)(r10 -232) = 22
 2228: r1 = map[pipe_p0f_signatures_masks] ll
 2230: r2 = r10
 2231: r2 += -232
 2232: call bpf_map_lookup_elem
 2233: r3 = r0
 2234: if r3 == 0 goto +462
 2235: r1 = *(u32 *)(r3 +0)
 2236: if r1 == 0 goto +460
 2237: *(u32 *)(r10 -200) = 22
 2238: r2 = *(u32 *)(r10 -160)
 2239: r1 = *(u32 *)(r3 +8)
 2240: r2 &= r1
 2241: *(u32 *)(r10 -196) = r2
 2242: r2 = *(u32 *)(r10 -156)
 2243: r1 = *(u32 *)(r3 +12)
 2244: r2 &= r1
 2245: *(u32 *)(r10 -192) = r2
 2246: r2 = *(u32 *)(r10 -152)
 2247: r1 = *(u32 *)(r3 +16)
 2248: r2 &= r1
 2249: *(u32 *)(r10 -188) = r2
 2250: r2 = *(u32 *)(r10 -148)
 2251: r1 = *(u32 *)(r3 +20)
 2252: r2 &= r1
 2253: *(u32 *)(r10 -184) = r2
 2254: r1 = map[pipe_p0f_signatures] ll
 2256: r2 = r10
 2257: r2 += -200
 2258: call bpf_map_lookup_elem
 2259: r3 = r0
 2260: if r3 == 0 goto +13
 2261: r2 = *(u32 *)(r3 +4)
 2262: r1 = *(u64 *)(r10 -240)
 2263: if r1 == 0 goto +2
 2264: r1 = *(u64 *)(r10 -248)
 2265: if r2 <= r1 goto +8
 2266: *(u64 *)(r10 -240) = 1
 2267: *(u64 *)(r10 -248) = r2
 2268: r1 = *(u32 *)(r3 +0)
 2269: *(u32 *)(r10 -224) = r1
 2270: r1 = *(u32 *)(r3 +4)
 2271: *(u32 *)(r10 -220) = r1
 2272: r1 = *(u32 *)(r3 +8)
 2273: *(u32 *)(r10 -216) = r1
 2274: *(u32 *)(r10 -232) = 23
 2275: r1 = map[pipe_p0f_signatures_masks] ll
 2277: r2 = r10
 2278: r2 += -232
 2279: call bpf_map_lookup_elem
 2280: r3 = r0
 2281: if r3 == 0 goto +415
 2282: r1 = *(u32 *)(r3 +0)
 2283: if r1 == 0 goto +413
 2284: *(u32 *)(r10 -200) = 23
 2285: r2 = *(u32 *)(r10 -160)
 2286: r1 = *(u32 *)(r3 +8)
 2287: r2 &= r1
 2288: *(u32 *)(r10 -196) = r2
 2289: r2 = *(u32 *)(r10 -156)
 2290: r1 = *(u32 *)(r3 +12)
 2291: r2 &= r1
 2292: *(u32 *)(r10 -192) = r2
 2293: r2 = *(u32 *)(r10 -152)
 2294: r1 = *(u32 *)(r3 +16)
 2295: r2 &= r1
 2296: *(u32 *)(r10 -188) = r2
 2297: r2 = *(u32 *)(r10 -148)
 2298: r1 = *(u32 *)(r3 +20)
 2299: r2 &= r1
 2300: *(u32 *)(r10 -184) = r2
 2301: r1 = map[pipe_p0f_signatures] ll
 2303: r2 = r10
 2304: r2 += -200
 2305: call bpf_map_lookup_elem
 2306: r3 = r0
 2307: if r3 == 0 goto +13
 2308: r2 = *(u32 *)(r3 +4)
 2309: r1 = *(u64 *)(r10 -240)
 2310: if r1 == 0 goto +2
 2311: r1 = *(u64 *)(r10 -248)
 2312: if r2 <= r1 goto +8
 2313: *(u64 *)(r10 -240) = 1
 2314: *(u64 *)(r10 -248) = r2
 2315: r1 = *(u32 *)(r3 +0)
 2316: *(u32 *)(r10 -224) = r1
 2317: r1 = *(u32 *)(r3 +4)
 2318: *(u32 *)(r10 -220) = r1
 2319: r1 = *(u32 *)(r3 +8)
 2320: *(u32 *)(r10 -216) = r1
 2321: *(u32 *)(r10 -232) = 24
 2322: r1 = map[pipe_p0f_signatures_masks] ll
 2324: r2 = r10
 2325: r2 += -232
 2326: call bpf_map_lookup_elem
 2327: r3 = r0
 2328: if r3 == 0 goto +368
 2329: r1 = *(u32 *)(r3 +0)
 2330: if r1 == 0 goto +366
 2331: *(u32 *)(r10 -200) = 24
 2332: r2 = *(u32 *)(r10 -160)
 2333: r1 = *(u32 *)(r3 +8)
 2334: r2 &= r1
 2335: *(u32 *)(r10 -196) = r2
 2336: r2 = *(u32 *)(r10 -156)
 2337: r1 = *(u32 *)(r3 +12)
 2338: r2 &= r1
 2339: *(u32 *)(r10 -192) = r2
 2340: r2 = *(u32 *)(r10 -152)
 2341: r1 = *(u32 *)(r3 +16)
 2342: r2 &= r1
 2343: *(u32 *)(r10 -188) = r2
 2344: r2 = *(u32 *)(r10 -148)
 2345: r1 = *(u32 *)(r3 +20)
 2346: r2 &= r1
 2347: *(u32 *)(r10 -184) = r2
 2348: r1 = map[pipe_p0f_signatures] ll
 2350: r2 = r10
 2351: r2 += -200
 2352: call bpf_map_lookup_elem
 2353: r3 = r0
 2354: if r3 == 0 goto +13
 2355: r2 = *(u32 *)(r3 +4)
 2356: r1 = *(u64 *)(r10 -240)
 2357: if r1 == 0 goto +2
 2358: r1 = *(u64 *)(r10 -248)
 2359: if r2 <= r1 goto +8
 2360: *(u64 *)(r10 -240) = 1
 2361: *(u64 *)(r10 -248) = r2
 2362: r1 = *(u32 *)(r3 +0)
 2363: *(u32 *)(r10 -224) = r1
 2364: r1 = *(u32 *)(r3 +4)
 2365: *(u32 *)(r10 -220) = r1
 2366: r1 = *(u32 *)(r3 +8)
 2367: *(u32 *)(r10 -216) = r1
 2368: *(u32 *)(r10 -232) = 25
 2369: r1 = map[pipe_p0f_signatures_masks] ll
 2371: r2 = r10
 2372: r2 += -232
 2373: call bpf_map_lookup_elem
 2374: r3 = r0
 2375: if r3 == 0 goto +321
 2376: r1 = *(u32 *)(r3 +0)
 2377: if r1 == 0 goto +319
 2378: *(u32 *)(r10 -200) = 25
 2379: r2 = *(u32 *)(r10 -160)
 2380: r1 = *(u32 *)(r3 +8)
 2381: r2 &= r1
 2382: *(u32 *)(r10 -196) = r2
 2383: r2 = *(u32 *)(r10 -156)
 2384: r1 = *(u32 *)(r3 +12)
 2385: r2 &= r1
 2386: *(u32 *)(r10 -192) = r2
 2387: r2 = *(u32 *)(r10 -152)
 2388: r1 = *(u32 *)(r3 +16)
 2389: r2 &= r1
 2390: *(u32 *)(r10 -188) = r2
 2391: r2 = *(u32 *)(r10 -148)
 2392: r1 = *(u32 *)(r3 +20)
 2393: r2 &= r1
 2394: *(u32 *)(r10 -184) = r2
 2395: r1 = map[pipe_p0f_signatures] ll
 2397: r2 = r10
 2398: r2 += -200
 2399: call bpf_map_lookup_elem
 2400: r3 = r0
 2401: if r3 == 0 goto +13
 2402: r2 = *(u32 *)(r3 +4)
 2403: r1 = *(u64 *)(r10 -240)
 2404: if r1 == 0 goto +2
 2405: r1 = *(u64 *)(r10 -248)
 2406: if r2 <= r1 goto +8
 2407: *(u64 *)(r10 -240) = 1
 2408: *(u64 *)(r10 -248) = r2
 2409: r1 = *(u32 *)(r3 +0)
 2410: *(u32 *)(r10 -224) = r1
 2411: r1 = *(u32 *)(r3 +4)
 2412: *(u32 *)(r10 -220) = r1
 2413: r1 = *(u32 *)(r3 +8)
 2414: *(u32 *)(r10 -216) = r1
 2415: *(u32 *)(r10 -232) = 26
 2416: r1 = map[pipe_p0f_signatures_masks] ll
 2418: r2 = r10
 2419: r2 += -232
 2420: call bpf_map_lookup_elem
 2421: r3 = r0
 2422: if r3 == 0 goto +274
 2423: r1 = *(u32 *)(r3 +0)
 2424: if r1 == 0 goto +272
 2425: *(u32 *)(r10 -200) = 26
 2426: r2 = *(u32 *)(r10 -160)
 2427: r1 = *(u32 *)(r3 +8)
 2428: r2 &= r1
 2429: *(u32 *)(r10 -196) = r2
 2430: r2 = *(u32 *)(r10 -156)
 2431: r1 = *(u32 *)(r3 +12)
 2432: r2 &= r1
 2433: *(u32 *)(r10 -192) = r2
 2434: r2 = *(u32 *)(r10 -152)
 2435: r1 = *(u32 *)(r3 +16)
 2436: r2 &= r1
 2437: *(u32 *)(r10 -188) = r2
 2438: r2 = *(u32 *)(r10 -148)
 2439: r1 = *(u32 *)(r3 +20)
 2440: r2 &= r1
 2441: *(u32 *)(r10 -184) = r2
 2442: r1 = map[pipe_p0f_signatures] ll
 2444: r2 = r10
 2445: r2 += -200
 2446: call bpf_map_lookup_elem
 2447: r3 = r0
 2448: if r3 == 0 goto +13
 2449: r2 = *(u32 *)(r3 +4)
 2450: r1 = *(u64 *)(r10 -240)
 2451: if r1 == 0 goto +2
 2452: r1 = *(u64 *)(r10 -248)
 2453: if r2 <= r1 goto +8
 2454: *(u64 *)(r10 -240) = 1
 2455: *(u64 *)(r10 -248) = r2
 2456: r1 = *(u32 *)(r3 +0)
 2457: *(u32 *)(r10 -224) = r1
 2458: r1 = *(u32 *)(r3 +4)
 2459: *(u32 *)(r10 -220) = r1
 2460: r1 = *(u32 *)(r3 +8)
 2461: *(u32 *)(r10 -216) = r1
 2462: *(u32 *)(r10 -232) = 27
 2463: r1 = map[pipe_p0f_signatures_masks] ll
 2465: r2 = r10
 2466: r2 += -232
 2467: call bpf_map_lookup_elem
 2468: r3 = r0
 2469: if r3 == 0 goto +227
 2470: r1 = *(u32 *)(r3 +0)
 2471: if r1 == 0 goto +225
 2472: *(u32 *)(r10 -200) = 27
 2473: r2 = *(u32 *)(r10 -160)
 2474: r1 = *(u32 *)(r3 +8)
 2475: r2 &= r1
 2476: *(u32 *)(r10 -196) = r2
 2477: r2 = *(u32 *)(r10 -156)
 2478: r1 = *(u32 *)(r3 +12)
 2479: r2 &= r1
 2480: *(u32 *)(r10 -192) = r2
 2481: r2 = *(u32 *)(r10 -152)
 2482: r1 = *(u32 *)(r3 +16)
 2483: r2 &= r1
 2484: *(u32 *)(r10 -188) = r2
 2485: r2 = *(u32 *)(r10 -148)
 2486: r1 = *(u32 *)(r3 +20)
 2487: r2 &= r1
 2488: *(u32 *)(r10 -184) = r2
 2489: r1 = map[pipe_p0f_signatures] ll
 2491: r2 = r10
 2492: r2 += -200
 2493: call bpf_map_lookup_elem
 2494: r3 = r0
 2495: if r3 == 0 goto +13
 2496: r2 = *(u32 *)(r3 +4)
 2497: r1 = *(u64 *)(r10 -240)
 2498: if r1 == 0 goto +2
 2499: r1 = *(u64 *)(r10 -248)
 2500: if r2 <= r1 goto +8
 2501: *(u64 *)(r10 -240) = 1
 2502: *(u64 *)(r10 -248) = r2
 2503: r1 = *(u32 *)(r3 +0)
 2504: *(u32 *)(r10 -224) = r1
 2505: r1 = *(u32 *)(r3 +4)
 2506: *(u32 *)(r10 -220) = r1
 2507: r1 = *(u32 *)(r3 +8)
 2508: *(u32 *)(r10 -216) = r1
 2509: *(u32 *)(r10 -232) = 28
 2510: r1 = map[pipe_p0f_signatures_masks] ll
 2512: r2 = r10
 2513: r2 += -232
 2514: call bpf_map_lookup_elem
 2515: r3 = r0
 2516: if r3 == 0 goto +180
 2517: r1 = *(u32 *)(r3 +0)
 2518: if r1 == 0 goto +178
 2519: *(u32 *)(r10 -200) = 28
 2520: r2 = *(u32 *)(r10 -160)
 2521: r1 = *(u32 *)(r3 +8)
 2522: r2 &= r1
 2523: *(u32 *)(r10 -196) = r2
 2524: r2 = *(u32 *)(r10 -156)
 2525: r1 = *(u32 *)(r3 +12)
 2526: r2 &= r1
 2527: *(u32 *)(r10 -192) = r2
 2528: r2 = *(u32 *)(r10 -152)
 2529: r1 = *(u32 *)(r3 +16)
 2530: r2 &= r1
 2531: *(u32 *)(r10 -188) = r2
 2532: r2 = *(u32 *)(r10 -148)
 2533: r1 = *(u32 *)(r3 +20)
 2534: r2 &= r1
 2535: *(u32 *)(r10 -184) = r2
 2536: r1 = map[pipe_p0f_signatures] ll
 2538: r2 = r10
 2539: r2 += -200
 2540: call bpf_map_lookup_elem
 2541: r3 = r0
 2542: if r3 == 0 goto +13
 2543: r2 = *(u32 *)(r3 +4)
 2544: r1 = *(u64 *)(r10 -240)
 2545: if r1 == 0 goto +2
 2546: r1 = *(u64 *)(r10 -248)
 2547: if r2 <= r1 goto +8
 2548: *(u64 *)(r10 -240) = 1
 2549: *(u64 *)(r10 -248) = r2
 2550: r1 = *(u32 *)(r3 +0)
 2551: *(u32 *)(r10 -224) = r1
 2552: r1 = *(u32 *)(r3 +4)
 2553: *(u32 *)(r10 -220) = r1
 2554: r1 = *(u32 *)(r3 +8)
 2555: *(u32 *)(r10 -216) = r1
 2556: *(u32 *)(r10 -232) = 29
 2557: r1 = map[pipe_p0f_signatures_masks] ll
 2559: r2 = r10
 2560: r2 += -232
 2561: call bpf_map_lookup_elem
 2562: r3 = r0
 2563: if r3 == 0 goto +133
 2564: r1 = *(u32 *)(r3 +0)
 2565: if r1 == 0 goto +131
 2566: *(u32 *)(r10 -200) = 29
 2567: r2 = *(u32 *)(r10 -160)
 2568: r1 = *(u32 *)(r3 +8)
 2569: r2 &= r1
 2570: *(u32 *)(r10 -196) = r2
 2571: r2 = *(u32 *)(r10 -156)
 2572: r1 = *(u32 *)(r3 +12)
 2573: r2 &= r1
 2574: *(u32 *)(r10 -192) = r2
 2575: r2 = *(u32 *)(r10 -152)
 2576: r1 = *(u32 *)(r3 +16)
 2577: r2 &= r1
 2578: *(u32 *)(r10 -188) = r2
 2579: r2 = *(u32 *)(r10 -148)
 2580: r1 = *(u32 *)(r3 +20)
 2581: r2 &= r1
 2582: *(u32 *)(r10 -184) = r2
 2583: r1 = map[pipe_p0f_signatures] ll
 2585: r2 = r10
 2586: r2 += -200
 2587: call bpf_map_lookup_elem
 2588: r3 = r0
 2589: if r3 == 0 goto +13
 2590: r2 = *(u32 *)(r3 +4)
 2591: r1 = *(u64 *)(r10 -240)
 2592: if r1 == 0 goto +2
 2593: r1 = *(u64 *)(r10 -248)
 2594: if r2 <= r1 goto +8
 2595: *(u64 *)(r10 -240) = 1
 2596: *(u64 *)(r10 -248) = r2
 2597: r1 = *(u32 *)(r3 +0)
 2598: *(u32 *)(r10 -224) = r1
 2599: r1 = *(u32 *)(r3 +4)
 2600: *(u32 *)(r10 -220) = r1
 2601: r1 = *(u32 *)(r3 +8)
 2602: *(u32 *)(r10 -216) = r1
 2603: *(u32 *)(r10 -232) = 30
 2604: r1 = map[pipe_p0f_signatures_masks] ll
 2606: r2 = r10
 2607: r2 += -232
 2608: call bpf_map_lookup_elem
 2609: r3 = r0
 2610: if r3 == 0 goto +86
 2611: r1 = *(u32 *)(r3 +0)
 2612: if r1 == 0 goto +84
 2613: *(u32 *)(r10 -200) = 30
 2614: r2 = *(u32 *)(r10 -160)
 2615: r1 = *(u32 *)(r3 +8)
 2616: r2 &= r1
 2617: *(u32 *)(r10 -196) = r2
 2618: r2 = *(u32 *)(r10 -156)
 2619: r1 = *(u32 *)(r3 +12)
 2620: r2 &= r1
 2621: *(u32 *)(r10 -192) = r2
 2622: r2 = *(u32 *)(r10 -152)
 2623: r1 = *(u32 *)(r3 +16)
 2624: r2 &= r1
 2625: *(u32 *)(r10 -188) = r2
 2626: r2 = *(u32 *)(r10 -148)
 2627: r1 = *(u32 *)(r3 +20)
 2628: r2 &= r1
 2629: *(u32 *)(r10 -184) = r2
 2630: r1 = map[pipe_p0f_signatures] ll
 2632: r2 = r10
 2633: r2 += -200
 2634: call bpf_map_lookup_elem
 2635: r3 = r0
 2636: if r3 == 0 goto +13
 2637: r2 = *(u32 *)(r3 +4)
 2638: r1 = *(u64 *)(r10 -240)
 2639: if r1 == 0 goto +2
 2640: r1 = *(u64 *)(r10 -248)
 2641: if r2 <= r1 goto +8
 2642: *(u64 *)(r10 -240) = 1
 2643: *(u64 *)(r10 -248) = r2
 2644: r1 = *(u32 *)(r3 +0)
 2645: *(u32 *)(r10 -224) = r1
 2646: r1 = *(u32 *)(r3 +4)
 2647: *(u32 *)(r10 -220) = r1
 2648: r1 = *(u32 *)(r3 +8)
 2649: *(u32 *)(r10 -216) = r1
 2650: *(u32 *)(r10 -232) = 31
 2651: r1 = map[pipe_p0f_signatures_masks] ll
 2653: r2 = r10
 2654: r2 += -232
 2655: call bpf_map_lookup_elem
 2656: r3 = r0
 2657: if r3 == 0 goto +39
 2658: r1 = *(u32 *)(r3 +0)
 2659: if r1 == 0 goto +37
 2660: *(u32 *)(r10 -200) = 31
 2661: r2 = *(u32 *)(r10 -160)
 2662: r1 = *(u32 *)(r3 +8)
 2663: r2 &= r1
 2664: *(u32 *)(r10 -196) = r2
 2665: r2 = *(u32 *)(r10 -156)
 2666: r1 = *(u32 *)(r3 +12)
 2667: r2 &= r1
 2668: *(u32 *)(r10 -192) = r2
 2669: r2 = *(u32 *)(r10 -152)
 2670: r1 = *(u32 *)(r3 +16)
 2671: r2 &= r1
 2672: *(u32 *)(r10 -188) = r2
 2673: r2 = *(u32 *)(r10 -148)
 2674: r1 = *(u32 *)(r3 +20)
 2675: r2 &= r1
 2676: *(u32 *)(r10 -184) = r2
 2677: r1 = map[pipe_p0f_signatures] ll
 2679: r2 = r10
 2680: r2 += -200
 2681: call bpf_map_lookup_elem
 2682: r3 = r0
 2683: if r3 == 0 goto +13
 2684: r2 = *(u32 *)(r3 +4)
 2685: r1 = *(u64 *)(r10 -240)
 2686: if r1 == 0 goto +2
 2687: r1 = *(u64 *)(r10 -248)
 2688: if r2 <= r1 goto +8
 2689: *(u64 *)(r10 -240) = 1
 2690: *(u64 *)(r10 -248) = r2
 2691: r1 = *(u32 *)(r3 +0)
 2692: *(u32 *)(r10 -224) = r1
 2693: r1 = *(u32 *)(r3 +4)
 2694: *(u32 *)(r10 -220) = r1
 2695: r1 = *(u32 *)(r3 +8)
 2696: *(u32 *)(r10 -216) = r1
 2697: r1 = *(u64 *)(r10 -240)
 2698: if r1 != 0 goto +16
 2699: *(u32 *)(r10 -160) = 0
 2700: r1 = map[pipe_p0f_signatures_default] ll
 2702: r2 = r10
 2703: r2 += -160
 2704: call bpf_map_lookup_elem
 2705: r1 = r0
 2706: if r1 == 0 goto +5
 2707: r2 = *(u32 *)(r1 +0)
 2708: r1 = *(u32 *)(r1 +8)
 2709: r1 = be32 r1
 2710: w1 = w1
 2711: goto +7
 2712: r2 = 2
 2713: r1 = 0
 2714: goto +4
 2715: r2 = *(u32 *)(r10 -224)
 2716: r1 = *(u32 *)(r10 -216)
 2717: r1 = be32 r1
 2718: w1 = w1
 2719: if r2 == 0 goto +7
 2720: if r2 == 1 goto +2
 2721: if r2 == 2 goto +27
 2722: goto +26
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2723: r1 = 1
      ; write var10, v45
 2724: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2725: *(u32 *)(r10 -160) = 0
 2726: goto +2
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2727: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2728: *(u32 *)(r10 -160) = r1
 2729: r1 = map[pipe_os_stats] ll
 2731: r2 = r10
 2732: r2 += -160
 2733: call bpf_map_lookup_elem
 2734: r3 = r0
 2735: if r3 == 0 goto +13
 2736: r1 = *(u64 *)(r3 +0)
 2737: r1 += 1
 2738: *(u64 *)(r3 +0) = r1
 2739: r2 = *(u64 *)(r3 +8)
 2740: r1 = *(u32 *)(r10 -40)
 2741: r2 += r1
 2742: *(u64 *)(r3 +8) = r2
 2743: goto +5
      ; drop
 2744: r2 = *(u32 *)(r10 -36)
 2745: r1 = *(u64 *)(r10 -8)
 2746: *(u32 *)(r1 +8) = r2
 2747: r0 = 2
 2748: exit
      ; epilogue: verdict
 2749: r2 = *(u32 *)(r10 -36)
 2750: r1 = *(u64 *)(r10 -8)
 2751: *(u32 *)(r1 +8) = r2
 2752: r1 = *(u8 *)(r10 -23)
 2753: if r1 != 0 goto +2
 2754: r0 = 0
 2755: exit
 2756: if r1 != 2 goto +4
 2757: r1 = *(u32 *)(r10 -32)
 2758: r2 = 0
 2759: call bpf_redirect
 2760: exit
 2761: r0 = 2
 2762: exit
