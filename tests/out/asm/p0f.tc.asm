; p0f for classifier: 2745 instructions, stack 248 bytes, 4 maps
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
   22: if r3 > 16383 goto +2703
   23: r2 = r6
   24: r2 += r3
   25: r1 = r2
   26: r1 += 14
   27: if r1 <= r7 goto +1
   28: goto +2697
   29: r1 = r3
   30: r1 += 1
   31: *(u32 *)(r10 -104) = r1
   32: r3 += 14
   33: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: if r1 != 8 goto +894
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r2 = *(u64 *)(r10 -16)
   37: if r2 > 16383 goto +2688
   38: r3 = r6
   39: r3 += r2
   40: r1 = r3
   41: r1 += 20
   42: if r1 <= r7 goto +1
   43: goto +2682
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
   54: if r1 == 0 goto +2671
      ; v4: bit<4> = read_field hdr1.ihl
   55: r2 = *(u8 *)(r3 +0)
   56: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   57: r2 -= 5
   58: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   59: r2 *= 32
   60: w2 = w2
      ; advance v9
   61: r1 = r2
   62: r1 &= 7
   63: if r1 != 0 goto +2662
   64: r1 = r2
   65: r1 >>= 3
   66: r2 = *(u64 *)(r10 -16)
   67: r2 += r1
   68: if r2 > 16383 goto +2657
   69: r1 = r6
   70: r1 += r2
   71: if r1 <= r7 goto +1
   72: goto +2653
   73: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   74: r2 = *(u16 *)(r3 +6)
   75: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   76: r1 = *(u8 *)(r3 +9)
   77: if r2 != 0 goto +852
   78: if r1 != 6 goto +851
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   79: r3 = *(u64 *)(r10 -16)
   80: if r3 > 16383 goto +2645
   81: r2 = r6
   82: r2 += r3
   83: r1 = r2
   84: r1 += 20
   85: if r1 <= r7 goto +1
   86: goto +2639
   87: r1 = r3
   88: r1 += 1
   89: *(u32 *)(r10 -96) = r1
   90: r3 += 20
   91: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
   92: r3 = *(u8 *)(r2 +12)
   93: r3 >>= 4
   94: r3 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   95: r1 = 1
   96: if r3 >= 5 goto +1
   97: r1 = 0
      ; verify v14, error HeaderTooShort
   98: if r1 == 0 goto +2627
      ; v15: bit<4> = read_field hdr2.dataOffset
   99: r1 = *(u8 *)(r2 +12)
  100: r1 >>= 4
  101: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  102: r1 -= 5
  103: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  104: r1 *= 4
  105: r1 &= 65535
      ; write var2, v20
  106: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  107: r1 = *(u8 *)(r2 +13)
  108: r1 &= 18
  109: if r1 != 2 goto +820
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  110: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  111: r1 = *(u8 *)(r10 -24)
  112: if r2 == 0 goto +817
  113: if r1 == 8 goto +816
      ; prs: block5 (parse_option)
      ; extract hdr3
  114: r3 = *(u64 *)(r10 -16)
  115: if r3 > 16383 goto +2610
  116: r2 = r6
  117: r2 += r3
  118: r1 = r2
  119: r1 += 1
  120: if r1 <= r7 goto +1
  121: goto +2604
  122: r1 = r3
  123: r1 += 1
  124: *(u32 *)(r10 -92) = r1
  125: r3 += 1
  126: *(u64 *)(r10 -16) = r3
      ; v24: bit<8> = read var3
  127: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
      ; v26: bit<8> = add v24, v25
  128: r1 += 1
  129: r1 &= 255
      ; write var3, v26
  130: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  131: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
      ; v29: bit<16> = sub v27, v28
  132: r1 -= 1
  133: r1 &= 65535
      ; write var2, v29
  134: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  135: r1 = *(u8 *)(r2 +0)
  136: if r1 == 0 goto +793
  137: if r1 == 1 goto +74
  138: if r1 == 2 goto +57
  139: if r1 == 3 goto +39
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  140: r1 = *(u64 *)(r10 -16)
  141: if r1 > 16383 goto +2584
  142: r2 = r6
  143: r2 += r1
  144: r1 = r2
  145: r1 += 1
  146: if r1 <= r7 goto +1
  147: goto +2578
  148: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  149: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  150: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  151: r1 = 1
  152: if r2 >= 2 goto +1
  153: r1 = 0
      ; verify v34, error HeaderTooShort
  154: if r1 == 0 goto +2571
      ; v35: bit<8> = read var11
  155: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
      ; v37: bit<32> = const 1
      ; v38: bit<32> = sub v36, v37
  156: r2 -= 1
  157: w2 = w2
      ; v39: bit<32> = const 8
      ; v40: bit<32> = mul v38, v39
  158: r2 *= 8
  159: w2 = w2
      ; advance v40
  160: r1 = r2
  161: r1 &= 7
  162: if r1 != 0 goto +2563
  163: r1 = r2
  164: r1 >>= 3
  165: r2 = *(u64 *)(r10 -16)
  166: r2 += r1
  167: if r2 > 16383 goto +2558
  168: r1 = r6
  169: r1 += r2
  170: if r1 <= r7 goto +1
  171: goto +2554
  172: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  173: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  174: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
      ; v44: bit<16> = const 1
      ; v45: bit<16> = sub v43, v44
  175: r2 -= 1
  176: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  177: r1 -= r2
  178: goto +14
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  179: r2 = *(u64 *)(r10 -16)
  180: if r2 > 16383 goto +2545
  181: r1 = r6
  182: r1 += r2
  183: r1 += 2
  184: if r1 <= r7 goto +1
  185: goto +2540
  186: r1 = r2
  187: r1 += 1
  188: *(u32 *)(r10 -56) = r1
  189: r2 += 2
  190: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  191: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  192: r1 -= 2
  193: r1 &= 65535
      ; write var2, v49
  194: *(u16 *)(r10 -28) = r1
  195: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  196: r2 = *(u64 *)(r10 -16)
  197: if r2 > 16383 goto +2528
  198: r1 = r6
  199: r1 += r2
  200: r1 += 3
  201: if r1 <= r7 goto +1
  202: goto +2523
  203: r1 = r2
  204: r1 += 1
  205: *(u32 *)(r10 -60) = r1
  206: r2 += 3
  207: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  208: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  209: r1 -= 3
  210: r1 &= 65535
      ; write var2, v52
  211: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  212: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  213: r1 = *(u8 *)(r10 -24)
  214: if r2 == 0 goto +715
  215: if r1 == 8 goto +714
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  216: r3 = *(u64 *)(r10 -16)
  217: if r3 > 16383 goto +2508
  218: r2 = r6
  219: r2 += r3
  220: r1 = r2
  221: r1 += 1
  222: if r1 <= r7 goto +1
  223: goto +2502
  224: r1 = r3
  225: r1 += 1
  226: *(u32 *)(r10 -88) = r1
  227: r3 += 1
  228: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  229: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  230: r1 += 1
  231: r1 &= 255
      ; write var3, v57
  232: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  233: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  234: r1 -= 1
  235: r1 &= 65535
      ; write var2, v60
  236: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  237: r1 = *(u8 *)(r2 +0)
  238: if r1 == 0 goto +691
  239: if r1 == 1 goto +74
  240: if r1 == 2 goto +57
  241: if r1 == 3 goto +39
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  242: r1 = *(u64 *)(r10 -16)
  243: if r1 > 16383 goto +2482
  244: r2 = r6
  245: r2 += r1
  246: r1 = r2
  247: r1 += 1
  248: if r1 <= r7 goto +1
  249: goto +2476
  250: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  251: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  252: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  253: r1 = 1
  254: if r2 >= 2 goto +1
  255: r1 = 0
      ; verify v65, error HeaderTooShort
  256: if r1 == 0 goto +2469
      ; v66: bit<8> = read var11
  257: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  258: r2 -= 1
  259: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  260: r2 *= 8
  261: w2 = w2
      ; advance v71
  262: r1 = r2
  263: r1 &= 7
  264: if r1 != 0 goto +2461
  265: r1 = r2
  266: r1 >>= 3
  267: r2 = *(u64 *)(r10 -16)
  268: r2 += r1
  269: if r2 > 16383 goto +2456
  270: r1 = r6
  271: r1 += r2
  272: if r1 <= r7 goto +1
  273: goto +2452
  274: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  275: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  276: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  277: r2 -= 1
  278: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  279: r1 -= r2
  280: goto +14
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  281: r2 = *(u64 *)(r10 -16)
  282: if r2 > 16383 goto +2443
  283: r1 = r6
  284: r1 += r2
  285: r1 += 2
  286: if r1 <= r7 goto +1
  287: goto +2438
  288: r1 = r2
  289: r1 += 1
  290: *(u32 *)(r10 -56) = r1
  291: r2 += 2
  292: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  293: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  294: r1 -= 2
  295: r1 &= 65535
      ; write var2, v80
  296: *(u16 *)(r10 -28) = r1
  297: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  298: r2 = *(u64 *)(r10 -16)
  299: if r2 > 16383 goto +2426
  300: r1 = r6
  301: r1 += r2
  302: r1 += 3
  303: if r1 <= r7 goto +1
  304: goto +2421
  305: r1 = r2
  306: r1 += 1
  307: *(u32 *)(r10 -60) = r1
  308: r2 += 3
  309: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  310: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  311: r1 -= 3
  312: r1 &= 65535
      ; write var2, v83
  313: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  314: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  315: r1 = *(u8 *)(r10 -24)
  316: if r2 == 0 goto +613
  317: if r1 == 8 goto +612
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  318: r3 = *(u64 *)(r10 -16)
  319: if r3 > 16383 goto +2406
  320: r2 = r6
  321: r2 += r3
  322: r1 = r2
  323: r1 += 1
  324: if r1 <= r7 goto +1
  325: goto +2400
  326: r1 = r3
  327: r1 += 1
  328: *(u32 *)(r10 -84) = r1
  329: r3 += 1
  330: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  331: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  332: r1 += 1
  333: r1 &= 255
      ; write var3, v88
  334: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  335: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  336: r1 -= 1
  337: r1 &= 65535
      ; write var2, v91
  338: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  339: r1 = *(u8 *)(r2 +0)
  340: if r1 == 0 goto +589
  341: if r1 == 1 goto +74
  342: if r1 == 2 goto +57
  343: if r1 == 3 goto +39
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  344: r1 = *(u64 *)(r10 -16)
  345: if r1 > 16383 goto +2380
  346: r2 = r6
  347: r2 += r1
  348: r1 = r2
  349: r1 += 1
  350: if r1 <= r7 goto +1
  351: goto +2374
  352: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  353: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  354: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  355: r1 = 1
  356: if r2 >= 2 goto +1
  357: r1 = 0
      ; verify v96, error HeaderTooShort
  358: if r1 == 0 goto +2367
      ; v97: bit<8> = read var11
  359: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  360: r2 -= 1
  361: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  362: r2 *= 8
  363: w2 = w2
      ; advance v102
  364: r1 = r2
  365: r1 &= 7
  366: if r1 != 0 goto +2359
  367: r1 = r2
  368: r1 >>= 3
  369: r2 = *(u64 *)(r10 -16)
  370: r2 += r1
  371: if r2 > 16383 goto +2354
  372: r1 = r6
  373: r1 += r2
  374: if r1 <= r7 goto +1
  375: goto +2350
  376: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  377: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  378: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  379: r2 -= 1
  380: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  381: r1 -= r2
  382: goto +14
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  383: r2 = *(u64 *)(r10 -16)
  384: if r2 > 16383 goto +2341
  385: r1 = r6
  386: r1 += r2
  387: r1 += 2
  388: if r1 <= r7 goto +1
  389: goto +2336
  390: r1 = r2
  391: r1 += 1
  392: *(u32 *)(r10 -56) = r1
  393: r2 += 2
  394: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  395: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  396: r1 -= 2
  397: r1 &= 65535
      ; write var2, v111
  398: *(u16 *)(r10 -28) = r1
  399: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  400: r2 = *(u64 *)(r10 -16)
  401: if r2 > 16383 goto +2324
  402: r1 = r6
  403: r1 += r2
  404: r1 += 3
  405: if r1 <= r7 goto +1
  406: goto +2319
  407: r1 = r2
  408: r1 += 1
  409: *(u32 *)(r10 -60) = r1
  410: r2 += 3
  411: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  412: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  413: r1 -= 3
  414: r1 &= 65535
      ; write var2, v114
  415: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  416: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  417: r1 = *(u8 *)(r10 -24)
  418: if r2 == 0 goto +511
  419: if r1 == 8 goto +510
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  420: r3 = *(u64 *)(r10 -16)
  421: if r3 > 16383 goto +2304
  422: r2 = r6
  423: r2 += r3
  424: r1 = r2
  425: r1 += 1
  426: if r1 <= r7 goto +1
  427: goto +2298
  428: r1 = r3
  429: r1 += 1
  430: *(u32 *)(r10 -80) = r1
  431: r3 += 1
  432: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  433: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  434: r1 += 1
  435: r1 &= 255
      ; write var3, v119
  436: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  437: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  438: r1 -= 1
  439: r1 &= 65535
      ; write var2, v122
  440: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  441: r1 = *(u8 *)(r2 +0)
  442: if r1 == 0 goto +487
  443: if r1 == 1 goto +74
  444: if r1 == 2 goto +57
  445: if r1 == 3 goto +39
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  446: r1 = *(u64 *)(r10 -16)
  447: if r1 > 16383 goto +2278
  448: r2 = r6
  449: r2 += r1
  450: r1 = r2
  451: r1 += 1
  452: if r1 <= r7 goto +1
  453: goto +2272
  454: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  455: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  456: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  457: r1 = 1
  458: if r2 >= 2 goto +1
  459: r1 = 0
      ; verify v127, error HeaderTooShort
  460: if r1 == 0 goto +2265
      ; v128: bit<8> = read var11
  461: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  462: r2 -= 1
  463: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  464: r2 *= 8
  465: w2 = w2
      ; advance v133
  466: r1 = r2
  467: r1 &= 7
  468: if r1 != 0 goto +2257
  469: r1 = r2
  470: r1 >>= 3
  471: r2 = *(u64 *)(r10 -16)
  472: r2 += r1
  473: if r2 > 16383 goto +2252
  474: r1 = r6
  475: r1 += r2
  476: if r1 <= r7 goto +1
  477: goto +2248
  478: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  479: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  480: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  481: r2 -= 1
  482: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  483: r1 -= r2
  484: goto +14
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  485: r2 = *(u64 *)(r10 -16)
  486: if r2 > 16383 goto +2239
  487: r1 = r6
  488: r1 += r2
  489: r1 += 2
  490: if r1 <= r7 goto +1
  491: goto +2234
  492: r1 = r2
  493: r1 += 1
  494: *(u32 *)(r10 -56) = r1
  495: r2 += 2
  496: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  497: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  498: r1 -= 2
  499: r1 &= 65535
      ; write var2, v142
  500: *(u16 *)(r10 -28) = r1
  501: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  502: r2 = *(u64 *)(r10 -16)
  503: if r2 > 16383 goto +2222
  504: r1 = r6
  505: r1 += r2
  506: r1 += 3
  507: if r1 <= r7 goto +1
  508: goto +2217
  509: r1 = r2
  510: r1 += 1
  511: *(u32 *)(r10 -60) = r1
  512: r2 += 3
  513: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  514: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  515: r1 -= 3
  516: r1 &= 65535
      ; write var2, v145
  517: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  518: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  519: r1 = *(u8 *)(r10 -24)
  520: if r2 == 0 goto +409
  521: if r1 == 8 goto +408
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  522: r3 = *(u64 *)(r10 -16)
  523: if r3 > 16383 goto +2202
  524: r2 = r6
  525: r2 += r3
  526: r1 = r2
  527: r1 += 1
  528: if r1 <= r7 goto +1
  529: goto +2196
  530: r1 = r3
  531: r1 += 1
  532: *(u32 *)(r10 -76) = r1
  533: r3 += 1
  534: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  535: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  536: r1 += 1
  537: r1 &= 255
      ; write var3, v150
  538: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  539: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  540: r1 -= 1
  541: r1 &= 65535
      ; write var2, v153
  542: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  543: r1 = *(u8 *)(r2 +0)
  544: if r1 == 0 goto +385
  545: if r1 == 1 goto +74
  546: if r1 == 2 goto +57
  547: if r1 == 3 goto +39
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  548: r1 = *(u64 *)(r10 -16)
  549: if r1 > 16383 goto +2176
  550: r2 = r6
  551: r2 += r1
  552: r1 = r2
  553: r1 += 1
  554: if r1 <= r7 goto +1
  555: goto +2170
  556: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  557: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  558: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  559: r1 = 1
  560: if r2 >= 2 goto +1
  561: r1 = 0
      ; verify v158, error HeaderTooShort
  562: if r1 == 0 goto +2163
      ; v159: bit<8> = read var11
  563: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  564: r2 -= 1
  565: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  566: r2 *= 8
  567: w2 = w2
      ; advance v164
  568: r1 = r2
  569: r1 &= 7
  570: if r1 != 0 goto +2155
  571: r1 = r2
  572: r1 >>= 3
  573: r2 = *(u64 *)(r10 -16)
  574: r2 += r1
  575: if r2 > 16383 goto +2150
  576: r1 = r6
  577: r1 += r2
  578: if r1 <= r7 goto +1
  579: goto +2146
  580: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  581: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  582: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  583: r2 -= 1
  584: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  585: r1 -= r2
  586: goto +14
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  587: r2 = *(u64 *)(r10 -16)
  588: if r2 > 16383 goto +2137
  589: r1 = r6
  590: r1 += r2
  591: r1 += 2
  592: if r1 <= r7 goto +1
  593: goto +2132
  594: r1 = r2
  595: r1 += 1
  596: *(u32 *)(r10 -56) = r1
  597: r2 += 2
  598: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  599: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  600: r1 -= 2
  601: r1 &= 65535
      ; write var2, v173
  602: *(u16 *)(r10 -28) = r1
  603: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  604: r2 = *(u64 *)(r10 -16)
  605: if r2 > 16383 goto +2120
  606: r1 = r6
  607: r1 += r2
  608: r1 += 3
  609: if r1 <= r7 goto +1
  610: goto +2115
  611: r1 = r2
  612: r1 += 1
  613: *(u32 *)(r10 -60) = r1
  614: r2 += 3
  615: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  616: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  617: r1 -= 3
  618: r1 &= 65535
      ; write var2, v176
  619: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  620: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  621: r1 = *(u8 *)(r10 -24)
  622: if r2 == 0 goto +307
  623: if r1 == 8 goto +306
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  624: r3 = *(u64 *)(r10 -16)
  625: if r3 > 16383 goto +2100
  626: r2 = r6
  627: r2 += r3
  628: r1 = r2
  629: r1 += 1
  630: if r1 <= r7 goto +1
  631: goto +2094
  632: r1 = r3
  633: r1 += 1
  634: *(u32 *)(r10 -72) = r1
  635: r3 += 1
  636: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  637: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  638: r1 += 1
  639: r1 &= 255
      ; write var3, v181
  640: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  641: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  642: r1 -= 1
  643: r1 &= 65535
      ; write var2, v184
  644: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  645: r1 = *(u8 *)(r2 +0)
  646: if r1 == 0 goto +283
  647: if r1 == 1 goto +74
  648: if r1 == 2 goto +57
  649: if r1 == 3 goto +39
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  650: r1 = *(u64 *)(r10 -16)
  651: if r1 > 16383 goto +2074
  652: r2 = r6
  653: r2 += r1
  654: r1 = r2
  655: r1 += 1
  656: if r1 <= r7 goto +1
  657: goto +2068
  658: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  659: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  660: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  661: r1 = 1
  662: if r2 >= 2 goto +1
  663: r1 = 0
      ; verify v189, error HeaderTooShort
  664: if r1 == 0 goto +2061
      ; v190: bit<8> = read var11
  665: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  666: r2 -= 1
  667: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  668: r2 *= 8
  669: w2 = w2
      ; advance v195
  670: r1 = r2
  671: r1 &= 7
  672: if r1 != 0 goto +2053
  673: r1 = r2
  674: r1 >>= 3
  675: r2 = *(u64 *)(r10 -16)
  676: r2 += r1
  677: if r2 > 16383 goto +2048
  678: r1 = r6
  679: r1 += r2
  680: if r1 <= r7 goto +1
  681: goto +2044
  682: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  683: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  684: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  685: r2 -= 1
  686: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  687: r1 -= r2
  688: goto +14
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  689: r2 = *(u64 *)(r10 -16)
  690: if r2 > 16383 goto +2035
  691: r1 = r6
  692: r1 += r2
  693: r1 += 2
  694: if r1 <= r7 goto +1
  695: goto +2030
  696: r1 = r2
  697: r1 += 1
  698: *(u32 *)(r10 -56) = r1
  699: r2 += 2
  700: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  701: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  702: r1 -= 2
  703: r1 &= 65535
      ; write var2, v204
  704: *(u16 *)(r10 -28) = r1
  705: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  706: r2 = *(u64 *)(r10 -16)
  707: if r2 > 16383 goto +2018
  708: r1 = r6
  709: r1 += r2
  710: r1 += 3
  711: if r1 <= r7 goto +1
  712: goto +2013
  713: r1 = r2
  714: r1 += 1
  715: *(u32 *)(r10 -60) = r1
  716: r2 += 3
  717: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  718: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  719: r1 -= 3
  720: r1 &= 65535
      ; write var2, v207
  721: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  722: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  723: r1 = *(u8 *)(r10 -24)
  724: if r2 == 0 goto +205
  725: if r1 == 8 goto +204
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  726: r3 = *(u64 *)(r10 -16)
  727: if r3 > 16383 goto +1998
  728: r2 = r6
  729: r2 += r3
  730: r1 = r2
  731: r1 += 1
  732: if r1 <= r7 goto +1
  733: goto +1992
  734: r1 = r3
  735: r1 += 1
  736: *(u32 *)(r10 -68) = r1
  737: r3 += 1
  738: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  739: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  740: r1 += 1
  741: r1 &= 255
      ; write var3, v212
  742: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  743: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  744: r1 -= 1
  745: r1 &= 65535
      ; write var2, v215
  746: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  747: r1 = *(u8 *)(r2 +0)
  748: if r1 == 0 goto +181
  749: if r1 == 1 goto +74
  750: if r1 == 2 goto +57
  751: if r1 == 3 goto +39
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  752: r1 = *(u64 *)(r10 -16)
  753: if r1 > 16383 goto +1972
  754: r2 = r6
  755: r2 += r1
  756: r1 = r2
  757: r1 += 1
  758: if r1 <= r7 goto +1
  759: goto +1966
  760: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  761: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  762: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  763: r1 = 1
  764: if r2 >= 2 goto +1
  765: r1 = 0
      ; verify v220, error HeaderTooShort
  766: if r1 == 0 goto +1959
      ; v221: bit<8> = read var11
  767: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  768: r2 -= 1
  769: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  770: r2 *= 8
  771: w2 = w2
      ; advance v226
  772: r1 = r2
  773: r1 &= 7
  774: if r1 != 0 goto +1951
  775: r1 = r2
  776: r1 >>= 3
  777: r2 = *(u64 *)(r10 -16)
  778: r2 += r1
  779: if r2 > 16383 goto +1946
  780: r1 = r6
  781: r1 += r2
  782: if r1 <= r7 goto +1
  783: goto +1942
  784: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  785: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  786: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  787: r2 -= 1
  788: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  789: r1 -= r2
  790: goto +14
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  791: r2 = *(u64 *)(r10 -16)
  792: if r2 > 16383 goto +1933
  793: r1 = r6
  794: r1 += r2
  795: r1 += 2
  796: if r1 <= r7 goto +1
  797: goto +1928
  798: r1 = r2
  799: r1 += 1
  800: *(u32 *)(r10 -56) = r1
  801: r2 += 2
  802: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  803: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  804: r1 -= 2
  805: r1 &= 65535
      ; write var2, v235
  806: *(u16 *)(r10 -28) = r1
  807: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  808: r2 = *(u64 *)(r10 -16)
  809: if r2 > 16383 goto +1916
  810: r1 = r6
  811: r1 += r2
  812: r1 += 3
  813: if r1 <= r7 goto +1
  814: goto +1911
  815: r1 = r2
  816: r1 += 1
  817: *(u32 *)(r10 -60) = r1
  818: r2 += 3
  819: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  820: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  821: r1 -= 3
  822: r1 &= 65535
      ; write var2, v238
  823: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  824: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  825: r1 = *(u8 *)(r10 -24)
  826: if r2 == 0 goto +103
  827: if r1 == 8 goto +102
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  828: r3 = *(u64 *)(r10 -16)
  829: if r3 > 16383 goto +1896
  830: r2 = r6
  831: r2 += r3
  832: r1 = r2
  833: r1 += 1
  834: if r1 <= r7 goto +1
  835: goto +1890
  836: r1 = r3
  837: r1 += 1
  838: *(u32 *)(r10 -64) = r1
  839: r3 += 1
  840: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  841: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  842: r1 += 1
  843: r1 &= 255
      ; write var3, v243
  844: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  845: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  846: r1 -= 1
  847: r1 &= 65535
      ; write var2, v246
  848: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  849: r1 = *(u8 *)(r2 +0)
  850: if r1 == 0 goto +79
  851: if r1 == 1 goto +74
  852: if r1 == 2 goto +57
  853: if r1 == 3 goto +39
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  854: r1 = *(u64 *)(r10 -16)
  855: if r1 > 16383 goto +1870
  856: r2 = r6
  857: r2 += r1
  858: r1 = r2
  859: r1 += 1
  860: if r1 <= r7 goto +1
  861: goto +1864
  862: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  863: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  864: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  865: r1 = 1
  866: if r2 >= 2 goto +1
  867: r1 = 0
      ; verify v251, error HeaderTooShort
  868: if r1 == 0 goto +1857
      ; v252: bit<8> = read var11
  869: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  870: r2 -= 1
  871: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  872: r2 *= 8
  873: w2 = w2
      ; advance v257
  874: r1 = r2
  875: r1 &= 7
  876: if r1 != 0 goto +1849
  877: r1 = r2
  878: r1 >>= 3
  879: r2 = *(u64 *)(r10 -16)
  880: r2 += r1
  881: if r2 > 16383 goto +1844
  882: r1 = r6
  883: r1 += r2
  884: if r1 <= r7 goto +1
  885: goto +1840
  886: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  887: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  888: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  889: r2 -= 1
  890: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  891: r1 -= r2
  892: goto +14
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  893: r2 = *(u64 *)(r10 -16)
  894: if r2 > 16383 goto +1831
  895: r1 = r6
  896: r1 += r2
  897: r1 += 2
  898: if r1 <= r7 goto +1
  899: goto +1826
  900: r1 = r2
  901: r1 += 1
  902: *(u32 *)(r10 -56) = r1
  903: r2 += 2
  904: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  905: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  906: r1 -= 2
  907: r1 &= 65535
      ; write var2, v266
  908: *(u16 *)(r10 -28) = r1
  909: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  910: r2 = *(u64 *)(r10 -16)
  911: if r2 > 16383 goto +1814
  912: r1 = r6
  913: r1 += r2
  914: r1 += 3
  915: if r1 <= r7 goto +1
  916: goto +1809
  917: r1 = r2
  918: r1 += 1
  919: *(u32 *)(r10 -60) = r1
  920: r2 += 3
  921: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  922: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  923: r1 -= 3
  924: r1 &= 65535
      ; write var2, v269
  925: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  926: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  927: r1 = *(u8 *)(r10 -24)
  928: if r2 == 0 goto +1
  929: if r1 != 8 goto +1796
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  930: r4 = *(u32 *)(r10 -96)
  931: if r4 == 0 goto +1
  932: r4 = 1
      ; v1: bool = not v0
  933: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  934: r1 = *(u32 *)(r10 -96)
  935: if r1 == 0 goto +7
  936: r1 -= 1
  937: if r1 > 16383 goto +5
  938: r3 = r6
  939: r3 += r1
  940: r1 = r3
  941: r1 += 20
  942: if r1 <= r7 goto +1
  943: r3 = 0
  944: r1 = 0
  945: if r3 == 0 goto +1
  946: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  947: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  948: r2 = 1
  949: if r1 != 2 goto +1
  950: r2 = 0
      ; v7: bool = logical_or v1, v6
  951: r1 = r4
  952: r1 |= r2
  953: if r1 != 0 goto +1777
      ; v8: bit<16> = read_field hdr11.mss
  954: r1 = *(u32 *)(r10 -60)
  955: if r1 == 0 goto +7
  956: r1 -= 1
  957: if r1 > 16383 goto +5
  958: r2 = r6
  959: r2 += r1
  960: r1 = r2
  961: r1 += 3
  962: if r1 <= r7 goto +1
  963: r2 = 0
  964: r1 = 0
  965: if r2 == 0 goto +1
  966: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
  967: r8 = 1
  968: if r1 != 0 goto +1
  969: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
  970: r9 = 0
  971: if r3 == 0 goto +1
  972: r9 = *(u16 *)(r3 +14)
  973: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
  974: r4 = 0
  975: if r2 == 0 goto +1
  976: r4 = *(u16 *)(r2 +1)
  977: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
  978: r1 = 0
  979: if r4 == 0 goto +2
  980: r1 = r9
  981: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
  982: r4 = 1
  983: if r1 == 0 goto +1
  984: r4 = 0
      ; v16: bool = logical_and v10, v15
  985: r1 = r8
  986: r1 &= r4
  987: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
  988: r8 = 0
  989: if r3 == 0 goto +1
  990: r8 = *(u16 *)(r3 +14)
  991: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
  992: r4 = 0
  993: if r2 == 0 goto +1
  994: r4 = *(u16 *)(r2 +1)
  995: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
  996: r1 = 0
  997: if r4 == 0 goto +2
  998: r1 = r8
  999: r1 /= r4
      ; write var4, v19
 1000: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1001: r1 = *(u32 *)(r10 -92)
 1002: if r1 == 0 goto +7
 1003: r1 -= 1
 1004: if r1 > 16383 goto +5
 1005: r4 = r6
 1006: r4 += r1
 1007: r1 = r4
 1008: r1 += 1
 1009: if r1 <= r7 goto +1
 1010: r4 = 0
 1011: r9 = 0
 1012: if r4 == 0 goto +1
 1013: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1014: r1 = *(u32 *)(r10 -88)
 1015: if r1 == 0 goto +7
 1016: r1 -= 1
 1017: if r1 > 16383 goto +5
 1018: r4 = r6
 1019: r4 += r1
 1020: r1 = r4
 1021: r1 += 1
 1022: if r1 <= r7 goto +1
 1023: r4 = 0
 1024: r1 = 0
 1025: if r4 == 0 goto +1
 1026: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1027: r9 <<= 8
 1028: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1029: r1 = *(u32 *)(r10 -84)
 1030: if r1 == 0 goto +7
 1031: r1 -= 1
 1032: if r1 > 16383 goto +5
 1033: r4 = r6
 1034: r4 += r1
 1035: r1 = r4
 1036: r1 += 1
 1037: if r1 <= r7 goto +1
 1038: r4 = 0
 1039: r1 = 0
 1040: if r4 == 0 goto +1
 1041: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1042: r9 <<= 8
 1043: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1044: r1 = *(u32 *)(r10 -80)
 1045: if r1 == 0 goto +7
 1046: r1 -= 1
 1047: if r1 > 16383 goto +5
 1048: r4 = r6
 1049: r4 += r1
 1050: r1 = r4
 1051: r1 += 1
 1052: if r1 <= r7 goto +1
 1053: r4 = 0
 1054: r1 = 0
 1055: if r4 == 0 goto +1
 1056: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1057: r9 <<= 8
 1058: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1059: r1 = *(u32 *)(r10 -76)
 1060: if r1 == 0 goto +7
 1061: r1 -= 1
 1062: if r1 > 16383 goto +5
 1063: r4 = r6
 1064: r4 += r1
 1065: r1 = r4
 1066: r1 += 1
 1067: if r1 <= r7 goto +1
 1068: r4 = 0
 1069: r1 = 0
 1070: if r4 == 0 goto +1
 1071: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1072: r9 <<= 8
 1073: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1074: r1 = *(u32 *)(r10 -72)
 1075: if r1 == 0 goto +7
 1076: r1 -= 1
 1077: if r1 > 16383 goto +5
 1078: r4 = r6
 1079: r4 += r1
 1080: r1 = r4
 1081: r1 += 1
 1082: if r1 <= r7 goto +1
 1083: r4 = 0
 1084: r1 = 0
 1085: if r4 == 0 goto +1
 1086: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1087: r9 <<= 8
 1088: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1089: r1 = *(u32 *)(r10 -68)
 1090: if r1 == 0 goto +7
 1091: r1 -= 1
 1092: if r1 > 16383 goto +5
 1093: r4 = r6
 1094: r4 += r1
 1095: r1 = r4
 1096: r1 += 1
 1097: if r1 <= r7 goto +1
 1098: r4 = 0
 1099: r1 = 0
 1100: if r4 == 0 goto +1
 1101: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1102: r9 <<= 8
 1103: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1104: r1 = *(u32 *)(r10 -64)
 1105: if r1 == 0 goto +7
 1106: r1 -= 1
 1107: if r1 > 16383 goto +5
 1108: r8 = r6
 1109: r8 += r1
 1110: r1 = r8
 1111: r1 += 1
 1112: if r1 <= r7 goto +1
 1113: r8 = 0
 1114: r4 = 0
 1115: if r8 == 0 goto +1
 1116: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1117: r1 = r9
 1118: r1 <<= 8
 1119: r1 |= r4
      ; write var5, v34
 1120: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1121: r1 = *(u32 *)(r10 -100)
 1122: if r1 == 0 goto +7
 1123: r1 -= 1
 1124: if r1 > 16383 goto +5
 1125: r4 = r6
 1126: r4 += r1
 1127: r1 = r4
 1128: r1 += 20
 1129: if r1 <= r7 goto +1
 1130: r4 = 0
 1131: r9 = 0
 1132: if r4 == 0 goto +1
 1133: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1134: r1 = 0
 1135: if r3 == 0 goto +1
 1136: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1137: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1138: r4 = 0
 1139: if r2 == 0 goto +1
 1140: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1141: r3 = *(u32 *)(r10 -56)
 1142: if r3 == 0 goto +7
 1143: r3 -= 1
 1144: if r3 > 16383 goto +5
 1145: r2 = r6
 1146: r2 += r3
 1147: r3 = r2
 1148: r3 += 2
 1149: if r3 <= r7 goto +1
 1150: r2 = 0
 1151: r3 = 0
 1152: if r2 == 0 goto +1
 1153: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1154: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1155: *(u8 *)(r10 -160) = r9
 1156: *(u8 *)(r10 -159) = r1
 1157: r1 >>= 8
 1158: *(u8 *)(r10 -158) = r1
 1159: r1 = r8
 1160: *(u8 *)(r10 -156) = r1
 1161: r1 >>= 8
 1162: *(u8 *)(r10 -157) = r1
 1163: r1 = r4
 1164: *(u8 *)(r10 -155) = r1
 1165: r1 >>= 8
 1166: *(u8 *)(r10 -154) = r1
 1167: *(u8 *)(r10 -153) = r3
 1168: r1 = r2
 1169: r1 = be64 r1
 1170: *(u64 *)(r10 -152) = r1
 1171: r2 = 0
 1172: r1 = 0
 1173: *(u64 *)(r10 -240) = r2
 1174: *(u64 *)(r10 -248) = r1
 1175: *(u32 *)(r10 -232) = 0
 1176: r1 = map[pipe_p0f_signatures_masks] ll
 1178: r2 = r10
 1179: r2 += -232
 1180: call bpf_map_lookup_elem
 1181: r3 = r0
 1182: if r3 == 0 goto +1496
 1183: r1 = *(u32 *)(r3 +0)
 1184: if r1 == 0 goto +1494
 1185: *(u32 *)(r10 -200) = 0
 1186: r2 = *(u32 *)(r10 -160)
 1187: r1 = *(u32 *)(r3 +8)
 1188: r2 &= r1
 1189: *(u32 *)(r10 -196) = r2
 1190: r2 = *(u32 *)(r10 -156)
 1191: r1 = *(u32 *)(r3 +12)
 1192: r2 &= r1
 1193: *(u32 *)(r10 -192) = r2
 1194: r2 = *(u32 *)(r10 -152)
 1195: r1 = *(u32 *)(r3 +16)
 1196: r2 &= r1
 1197: *(u32 *)(r10 -188) = r2
 1198: r2 = *(u32 *)(r10 -148)
 1199: r1 = *(u32 *)(r3 +20)
 1200: r2 &= r1
 1201: *(u32 *)(r10 -184) = r2
 1202: r1 = map[pipe_p0f_signatures] ll
 1204: r2 = r10
 1205: r2 += -200
 1206: call bpf_map_lookup_elem
 1207: r3 = r0
 1208: if r3 == 0 goto +13
 1209: r2 = *(u32 *)(r3 +4)
 1210: r1 = *(u64 *)(r10 -240)
 1211: if r1 == 0 goto +2
 1212: r1 = *(u64 *)(r10 -248)
 1213: if r2 <= r1 goto +8
 1214: *(u64 *)(r10 -240) = 1
 1215: *(u64 *)(r10 -248) = r2
 1216: r1 = *(u32 *)(r3 +0)
 1217: *(u32 *)(r10 -224) = r1
 1218: r1 = *(u32 *)(r3 +4)
 1219: *(u32 *)(r10 -220) = r1
 1220: r1 = *(u32 *)(r3 +8)
 1221: *(u32 *)(r10 -216) = r1
 1222: *(u32 *)(r10 -232) = 1
 1223: r1 = map[pipe_p0f_signatures_masks] ll
 1225: r2 = r10
 1226: r2 += -232
 1227: call bpf_map_lookup_elem
 1228: r3 = r0
 1229: if r3 == 0 goto +1449
 1230: r1 = *(u32 *)(r3 +0)
 1231: if r1 == 0 goto +1447
 1232: *(u32 *)(r10 -200) = 1
 1233: r2 = *(u32 *)(r10 -160)
 1234: r1 = *(u32 *)(r3 +8)
 1235: r2 &= r1
 1236: *(u32 *)(r10 -196) = r2
 1237: r2 = *(u32 *)(r10 -156)
 1238: r1 = *(u32 *)(r3 +12)
 1239: r2 &= r1
 1240: *(u32 *)(r10 -192) = r2
 1241: r2 = *(u32 *)(r10 -152)
 1242: r1 = *(u32 *)(r3 +16)
 1243: r2 &= r1
 1244: *(u32 *)(r10 -188) = r2
 1245: r2 = *(u32 *)(r10 -148)
 1246: r1 = *(u32 *)(r3 +20)
 1247: r2 &= r1
 1248: *(u32 *)(r10 -184) = r2
 1249: r1 = map[pipe_p0f_signatures] ll
 1251: r2 = r10
 1252: r2 += -200
 1253: call bpf_map_lookup_elem
 1254: r3 = r0
 1255: if r3 == 0 goto +13
 1256: r2 = *(u32 *)(r3 +4)
 1257: r1 = *(u64 *)(r10 -240)
 1258: if r1 == 0 goto +2
 1259: r1 = *(u64 *)(r10 -248)
 1260: if r2 <= r1 goto +8
 1261: *(u64 *)(r10 -240) = 1
 1262: *(u64 *)(r10 -248) = r2
 1263: r1 = *(u32 *)(r3 +0)
 1264: *(u32 *)(r10 -224) = r1
 1265: r1 = *(u32 *)(r3 +4)
 1266: *(u32 *)(r10 -220) = r1
 1267: r1 = *(u32 *)(r3 +8)
 1268: *(u32 *)(r10 -216) = r1
 1269: *(u32 *)(r10 -232) = 2
 1270: r1 = map[pipe_p0f_signatures_masks] ll
 1272: r2 = r10
 1273: r2 += -232
 1274: call bpf_map_lookup_elem
 1275: r3 = r0
 1276: if r3 == 0 goto +1402
 1277: r1 = *(u32 *)(r3 +0)
 1278: if r1 == 0 goto +1400
 1279: *(u32 *)(r10 -200) = 2
 1280: r2 = *(u32 *)(r10 -160)
 1281: r1 = *(u32 *)(r3 +8)
 1282: r2 &= r1
 1283: *(u32 *)(r10 -196) = r2
 1284: r2 = *(u32 *)(r10 -156)
 1285: r1 = *(u32 *)(r3 +12)
 1286: r2 &= r1
 1287: *(u32 *)(r10 -192) = r2
 1288: r2 = *(u32 *)(r10 -152)
 1289: r1 = *(u32 *)(r3 +16)
 1290: r2 &= r1
 1291: *(u32 *)(r10 -188) = r2
 1292: r2 = *(u32 *)(r10 -148)
 1293: r1 = *(u32 *)(r3 +20)
 1294: r2 &= r1
 1295: *(u32 *)(r10 -184) = r2
 1296: r1 = map[pipe_p0f_signatures] ll
 1298: r2 = r10
 1299: r2 += -200
 1300: call bpf_map_lookup_elem
 1301: r3 = r0
 1302: if r3 == 0 goto +13
 1303: r2 = *(u32 *)(r3 +4)
 1304: r1 = *(u64 *)(r10 -240)
 1305: if r1 == 0 goto +2
 1306: r1 = *(u64 *)(r10 -248)
 1307: if r2 <= r1 goto +8
 1308: *(u64 *)(r10 -240) = 1
 1309: *(u64 *)(r10 -248) = r2
 1310: r1 = *(u32 *)(r3 +0)
 1311: *(u32 *)(r10 -224) = r1
 1312: r1 = *(u32 *)(r3 +4)
 1313: *(u32 *)(r10 -220) = r1
 1314: r1 = *(u32 *)(r3 +8)
 1315: *(u32 *)(r10 -216) = r1
 1316: *(u32 *)(r10 -232) = 3
 1317: r1 = map[pipe_p0f_signatures_masks] ll
 1319: r2 = r10
 1320: r2 += -232
 1321: call bpf_map_lookup_elem
 1322: r3 = r0
 1323: if r3 == 0 goto +1355
 1324: r1 = *(u32 *)(r3 +0)
 1325: if r1 == 0 goto +1353
 1326: *(u32 *)(r10 -200) = 3
 1327: r2 = *(u32 *)(r10 -160)
 1328: r1 = *(u32 *)(r3 +8)
 1329: r2 &= r1
 1330: *(u32 *)(r10 -196) = r2
 1331: r2 = *(u32 *)(r10 -156)
 1332: r1 = *(u32 *)(r3 +12)
 1333: r2 &= r1
 1334: *(u32 *)(r10 -192) = r2
 1335: r2 = *(u32 *)(r10 -152)
 1336: r1 = *(u32 *)(r3 +16)
 1337: r2 &= r1
 1338: *(u32 *)(r10 -188) = r2
 1339: r2 = *(u32 *)(r10 -148)
 1340: r1 = *(u32 *)(r3 +20)
 1341: r2 &= r1
 1342: *(u32 *)(r10 -184) = r2
 1343: r1 = map[pipe_p0f_signatures] ll
 1345: r2 = r10
 1346: r2 += -200
 1347: call bpf_map_lookup_elem
 1348: r3 = r0
 1349: if r3 == 0 goto +13
 1350: r2 = *(u32 *)(r3 +4)
 1351: r1 = *(u64 *)(r10 -240)
 1352: if r1 == 0 goto +2
 1353: r1 = *(u64 *)(r10 -248)
 1354: if r2 <= r1 goto +8
 1355: *(u64 *)(r10 -240) = 1
 1356: *(u64 *)(r10 -248) = r2
 1357: r1 = *(u32 *)(r3 +0)
 1358: *(u32 *)(r10 -224) = r1
 1359: r1 = *(u32 *)(r3 +4)
 1360: *(u32 *)(r10 -220) = r1
 1361: r1 = *(u32 *)(r3 +8)
 1362: *(u32 *)(r10 -216) = r1
 1363: *(u32 *)(r10 -232) = 4
 1364: r1 = map[pipe_p0f_signatures_masks] ll
 1366: r2 = r10
 1367: r2 += -232
 1368: call bpf_map_lookup_elem
 1369: r3 = r0
 1370: if r3 == 0 goto +1308
 1371: r1 = *(u32 *)(r3 +0)
 1372: if r1 == 0 goto +1306
 1373: *(u32 *)(r10 -200) = 4
 1374: r2 = *(u32 *)(r10 -160)
 1375: r1 = *(u32 *)(r3 +8)
 1376: r2 &= r1
 1377: *(u32 *)(r10 -196) = r2
 1378: r2 = *(u32 *)(r10 -156)
 1379: r1 = *(u32 *)(r3 +12)
 1380: r2 &= r1
 1381: *(u32 *)(r10 -192) = r2
 1382: r2 = *(u32 *)(r10 -152)
 1383: r1 = *(u32 *)(r3 +16)
 1384: r2 &= r1
 1385: *(u32 *)(r10 -188) = r2
 1386: r2 = *(u32 *)(r10 -148)
 1387: r1 = *(u32 *)(r3 +20)
 1388: r2 &= r1
 1389: *(u32 *)(r10 -184) = r2
 1390: r1 = map[pipe_p0f_signatures] ll
 1392: r2 = r10
 1393: r2 += -200
 1394: call bpf_map_lookup_elem
 1395: r3 = r0
 1396: if r3 == 0 goto +13
 1397: r2 = *(u32 *)(r3 +4)
 1398: r1 = *(u64 *)(r10 -240)
 1399: if r1 == 0 goto +2
 1400: r1 = *(u64 *)(r10 -248)
 1401: if r2 <= r1 goto +8
 1402: *(u64 *)(r10 -240) = 1
 1403: *(u64 *)(r10 -248) = r2
 1404: r1 = *(u32 *)(r3 +0)
 1405: *(u32 *)(r10 -224) = r1
 1406: r1 = *(u32 *)(r3 +4)
 1407: *(u32 *)(r10 -220) = r1
 1408: r1 = *(u32 *)(r3 +8)
 1409: *(u32 *)(r10 -216) = r1
 1410: *(u32 *)(r10 -232) = 5
 1411: r1 = map[pipe_p0f_signatures_masks] ll
 1413: r2 = r10
 1414: r2 += -232
 1415: call bpf_map_lookup_elem
 1416: r3 = r0
 1417: if r3 == 0 goto +1261
 1418: r1 = *(u32 *)(r3 +0)
 1419: if r1 == 0 goto +1259
 1420: *(u32 *)(r10 -200) = 5
 1421: r2 = *(u32 *)(r10 -160)
 1422: r1 = *(u32 *)(r3 +8)
 1423: r2 &= r1
 1424: *(u32 *)(r10 -196) = r2
 1425: r2 = *(u32 *)(r10 -156)
 1426: r1 = *(u32 *)(r3 +12)
 1427: r2 &= r1
 1428: *(u32 *)(r10 -192) = r2
 1429: r2 = *(u32 *)(r10 -152)
 1430: r1 = *(u32 *)(r3 +16)
 1431: r2 &= r1
 1432: *(u32 *)(r10 -188) = r2
 1433: r2 = *(u32 *)(r10 -148)
 1434: r1 = *(u32 *)(r3 +20)
 1435: r2 &= r1
 1436: *(u32 *)(r10 -184) = r2
 1437: r1 = map[pipe_p0f_signatures] ll
 1439: r2 = r10
 1440: r2 += -200
 1441: call bpf_map_lookup_elem
 1442: r3 = r0
 1443: if r3 == 0 goto +13
 1444: r2 = *(u32 *)(r3 +4)
 1445: r1 = *(u64 *)(r10 -240)
 1446: if r1 == 0 goto +2
 1447: r1 = *(u64 *)(r10 -248)
 1448: if r2 <= r1 goto +8
 1449: *(u64 *)(r10 -240) = 1
 1450: *(u64 *)(r10 -248) = r2
 1451: r1 = *(u32 *)(r3 +0)
 1452: *(u32 *)(r10 -224) = r1
 1453: r1 = *(u32 *)(r3 +4)
 1454: *(u32 *)(r10 -220) = r1
 1455: r1 = *(u32 *)(r3 +8)
 1456: *(u32 *)(r10 -216) = r1
 1457: *(u32 *)(r10 -232) = 6
 1458: r1 = map[pipe_p0f_signatures_masks] ll
 1460: r2 = r10
 1461: r2 += -232
 1462: call bpf_map_lookup_elem
 1463: r3 = r0
 1464: if r3 == 0 goto +1214
 1465: r1 = *(u32 *)(r3 +0)
 1466: if r1 == 0 goto +1212
 1467: *(u32 *)(r10 -200) = 6
 1468: r2 = *(u32 *)(r10 -160)
 1469: r1 = *(u32 *)(r3 +8)
 1470: r2 &= r1
 1471: *(u32 *)(r10 -196) = r2
 1472: r2 = *(u32 *)(r10 -156)
 1473: r1 = *(u32 *)(r3 +12)
 1474: r2 &= r1
 1475: *(u32 *)(r10 -192) = r2
 1476: r2 = *(u32 *)(r10 -152)
 1477: r1 = *(u32 *)(r3 +16)
 1478: r2 &= r1
 1479: *(u32 *)(r10 -188) = r2
 1480: r2 = *(u32 *)(r10 -148)
 1481: r1 = *(u32 *)(r3 +20)
 1482: r2 &= r1
 1483: *(u32 *)(r10 -184) = r2
 1484: r1 = map[pipe_p0f_signatures] ll
 1486: r2 = r10
 1487: r2 += -200
 1488: call bpf_map_lookup_elem
 1489: r3 = r0
 1490: if r3 == 0 goto +13
 1491: r2 = *(u32 *)(r3 +4)
 1492: r1 = *(u64 *)(r10 -240)
 1493: if r1 == 0 goto +2
 1494: r1 = *(u64 *)(r10 -248)
 1495: if r2 <= r1 goto +8
 1496: *(u64 *)(r10 -240) = 1
 1497: *(u64 *)(r10 -248) = r2
 1498: r1 = *(u32 *)(r3 +0)
 1499: *(u32 *)(r10 -224) = r1
 1500: r1 = *(u32 *)(r3 +4)
 1501: *(u32 *)(r10 -220) = r1
 1502: r1 = *(u32 *)(r3 +8)
 1503: *(u32 *)(r10 -216) = r1
 1504: *(u32 *)(r10 -232) = 7
 1505: r1 = map[pipe_p0f_signatures_masks] ll
 1507: r2 = r10
 1508: r2 += -232
 1509: call bpf_map_lookup_elem
 1510: r3 = r0
 1511: if r3 == 0 goto +1167
 1512: r1 = *(u32 *)(r3 +0)
 1513: if r1 == 0 goto +1165
 1514: *(u32 *)(r10 -200) = 7
 1515: r2 = *(u32 *)(r10 -160)
 1516: r1 = *(u32 *)(r3 +8)
 1517: r2 &= r1
 1518: *(u32 *)(r10 -196) = r2
 1519: r2 = *(u32 *)(r10 -156)
 1520: r1 = *(u32 *)(r3 +12)
 1521: r2 &= r1
 1522: *(u32 *)(r10 -192) = r2
 1523: r2 = *(u32 *)(r10 -152)
 1524: r1 = *(u32 *)(r3 +16)
 1525: r2 &= r1
 1526: *(u32 *)(r10 -188) = r2
 1527: r2 = *(u32 *)(r10 -148)
 1528: r1 = *(u32 *)(r3 +20)
 1529: r2 &= r1
 1530: *(u32 *)(r10 -184) = r2
 1531: r1 = map[pipe_p0f_signatures] ll
 1533: r2 = r10
 1534: r2 += -200
 1535: call bpf_map_lookup_elem
 1536: r3 = r0
 1537: if r3 == 0 goto +13
 1538: r2 = *(u32 *)(r3 +4)
 1539: r1 = *(u64 *)(r10 -240)
 1540: if r1 == 0 goto +2
 1541: r1 = *(u64 *)(r10 -248)
 1542: if r2 <= r1 goto +8
 1543: *(u64 *)(r10 -240) = 1
 1544: *(u64 *)(r10 -248) = r2
 1545: r1 = *(u32 *)(r3 +0)
 1546: *(u32 *)(r10 -224) = r1
 1547: r1 = *(u32 *)(r3 +4)
 1548: *(u32 *)(r10 -220) = r1
 1549: r1 = *(u32 *)(r3 +8)
 1550: *(u32 *)(r10 -216) = r1
 1551: *(u32 *)(r10 -232) = 8
 1552: r1 = map[pipe_p0f_signatures_masks] ll
 1554: r2 = r10
 1555: r2 += -232
 1556: call bpf_map_lookup_elem
 1557: r3 = r0
 1558: if r3 == 0 goto +1120
 1559: r1 = *(u32 *)(r3 +0)
 1560: if r1 == 0 goto +1118
 1561: *(u32 *)(r10 -200) = 8
 1562: r2 = *(u32 *)(r10 -160)
 1563: r1 = *(u32 *)(r3 +8)
 1564: r2 &= r1
 1565: *(u32 *)(r10 -196) = r2
 1566: r2 = *(u32 *)(r10 -156)
 1567: r1 = *(u32 *)(r3 +12)
 1568: r2 &= r1
 1569: *(u32 *)(r10 -192) = r2
 1570: r2 = *(u32 *)(r10 -152)
 1571: r1 = *(u32 *)(r3 +16)
 1572: r2 &= r1
 1573: *(u32 *)(r10 -188) = r2
 1574: r2 = *(u32 *)(r10 -148)
 1575: r1 = *(u32 *)(r3 +20)
 1576: r2 &= r1
 1577: *(u32 *)(r10 -184) = r2
 1578: r1 = map[pipe_p0f_signatures] ll
 1580: r2 = r10
 1581: r2 += -200
 1582: call bpf_map_lookup_elem
 1583: r3 = r0
 1584: if r3 == 0 goto +13
 1585: r2 = *(u32 *)(r3 +4)
 1586: r1 = *(u64 *)(r10 -240)
 1587: if r1 == 0 goto +2
 1588: r1 = *(u64 *)(r10 -248)
 1589: if r2 <= r1 goto +8
 1590: *(u64 *)(r10 -240) = 1
 1591: *(u64 *)(r10 -248) = r2
 1592: r1 = *(u32 *)(r3 +0)
 1593: *(u32 *)(r10 -224) = r1
 1594: r1 = *(u32 *)(r3 +4)
 1595: *(u32 *)(r10 -220) = r1
 1596: r1 = *(u32 *)(r3 +8)
 1597: *(u32 *)(r10 -216) = r1
 1598: *(u32 *)(r10 -232) = 9
 1599: r1 = map[pipe_p0f_signatures_masks] ll
 1601: r2 = r10
 1602: r2 += -232
 1603: call bpf_map_lookup_elem
 1604: r3 = r0
 1605: if r3 == 0 goto +1073
 1606: r1 = *(u32 *)(r3 +0)
 1607: if r1 == 0 goto +1071
 1608: *(u32 *)(r10 -200) = 9
 1609: r2 = *(u32 *)(r10 -160)
 1610: r1 = *(u32 *)(r3 +8)
 1611: r2 &= r1
 1612: *(u32 *)(r10 -196) = r2
 1613: r2 = *(u32 *)(r10 -156)
 1614: r1 = *(u32 *)(r3 +12)
 1615: r2 &= r1
 1616: *(u32 *)(r10 -192) = r2
 1617: r2 = *(u32 *)(r10 -152)
 1618: r1 = *(u32 *)(r3 +16)
 1619: r2 &= r1
 1620: *(u32 *)(r10 -188) = r2
 1621: r2 = *(u32 *)(r10 -148)
 1622: r1 = *(u32 *)(r3 +20)
 1623: r2 &= r1
 1624: *(u32 *)(r10 -184) = r2
 1625: r1 = map[pipe_p0f_signatures] ll
 1627: r2 = r10
 1628: r2 += -200
 1629: call bpf_map_lookup_elem
 1630: r3 = r0
 1631: if r3 == 0 goto +13
 1632: r2 = *(u32 *)(r3 +4)
 1633: r1 = *(u64 *)(r10 -240)
 1634: if r1 == 0 goto +2
 1635: r1 = *(u64 *)(r10 -248)
 1636: if r2 <= r1 goto +8
 1637: *(u64 *)(r10 -240) = 1
 1638: *(u64 *)(r10 -248) = r2
 1639: r1 = *(u32 *)(r3 +0)
 1640: *(u32 *)(r10 -224) = r1
 1641: r1 = *(u32 *)(r3 +4)
 1642: *(u32 *)(r10 -220) = r1
 1643: r1 = *(u32 *)(r3 +8)
 1644: *(u32 *)(r10 -216) = r1
 1645: *(u32 *)(r10 -232) = 10
 1646: r1 = map[pipe_p0f_signatures_masks] ll
 1648: r2 = r10
 1649: r2 += -232
 1650: call bpf_map_lookup_elem
 1651: r3 = r0
 1652: if r3 == 0 goto +1026
 1653: r1 = *(u32 *)(r3 +0)
 1654: if r1 == 0 goto +1024
 1655: *(u32 *)(r10 -200) = 10
 1656: r2 = *(u32 *)(r10 -160)
 1657: r1 = *(u32 *)(r3 +8)
 1658: r2 &= r1
 1659: *(u32 *)(r10 -196) = r2
 1660: r2 = *(u32 *)(r10 -156)
 1661: r1 = *(u32 *)(r3 +12)
 1662: r2 &= r1
 1663: *(u32 *)(r10 -192) = r2
 1664: r2 = *(u32 *)(r10 -152)
 1665: r1 = *(u32 *)(r3 +16)
 1666: r2 &= r1
 1667: *(u32 *)(r10 -188) = r2
 1668: r2 = *(u32 *)(r10 -148)
 1669: r1 = *(u32 *)(r3 +20)
 1670: r2 &= r1
 1671: *(u32 *)(r10 -184) = r2
 1672: r1 = map[pipe_p0f_signatures] ll
 1674: r2 = r10
 1675: r2 += -200
 1676: call bpf_map_lookup_elem
 1677: r3 = r0
 1678: if r3 == 0 goto +13
 1679: r2 = *(u32 *)(r3 +4)
 1680: r1 = *(u64 *)(r10 -240)
 1681: if r1 == 0 goto +2
 1682: r1 = *(u64 *)(r10 -248)
 1683: if r2 <= r1 goto +8
 1684: *(u64 *)(r10 -240) = 1
 1685: *(u64 *)(r10 -248) = r2
 1686: r1 = *(u32 *)(r3 +0)
 1687: *(u32 *)(r10 -224) = r1
 1688: r1 = *(u32 *)(r3 +4)
 1689: *(u32 *)(r10 -220) = r1
 1690: r1 = *(u32 *)(r3 +8)
 1691: *(u32 *)(r10 -216) = r1
 1692: *(u32 *)(r10 -232) = 11
 1693: r1 = map[pipe_p0f_signatures_masks] ll
 1695: r2 = r10
 1696: r2 += -232
 1697: call bpf_map_lookup_elem
 1698: r3 = r0
 1699: if r3 == 0 goto +979
 1700: r1 = *(u32 *)(r3 +0)
 1701: if r1 == 0 goto +977
 1702: *(u32 *)(r10 -200) = 11
 1703: r2 = *(u32 *)(r10 -160)
 1704: r1 = *(u32 *)(r3 +8)
 1705: r2 &= r1
 1706: *(u32 *)(r10 -196) = r2
 1707: r2 = *(u32 *)(r10 -156)
 1708: r1 = *(u32 *)(r3 +12)
 1709: r2 &= r1
 1710: *(u32 *)(r10 -192) = r2
 1711: r2 = *(u32 *)(r10 -152)
 1712: r1 = *(u32 *)(r3 +16)
 1713: r2 &= r1
 1714: *(u32 *)(r10 -188) = r2
 1715: r2 = *(u32 *)(r10 -148)
 1716: r1 = *(u32 *)(r3 +20)
 1717: r2 &= r1
 1718: *(u32 *)(r10 -184) = r2
 1719: r1 = map[pipe_p0f_signatures] ll
 1721: r2 = r10
 1722: r2 += -200
 1723: call bpf_map_lookup_elem
 1724: r3 = r0
 1725: if r3 == 0 goto +13
 1726: r2 = *(u32 *)(r3 +4)
 1727: r1 = *(u64 *)(r10 -240)
 1728: if r1 == 0 goto +2
 1729: r1 = *(u64 *)(r10 -248)
 1730: if r2 <= r1 goto +8
 1731: *(u64 *)(r10 -240) = 1
 1732: *(u64 *)(r10 -248) = r2
 1733: r1 = *(u32 *)(r3 +0)
 1734: *(u32 *)(r10 -224) = r1
 1735: r1 = *(u32 *)(r3 +4)
 1736: *(u32 *)(r10 -220) = r1
 1737: r1 = *(u32 *)(r3 +8)
 1738: *(u32 *)(r10 -216) = r1
 1739: *(u32 *)(r10 -232) = 12
 1740: r1 = map[pipe_p0f_signatures_masks] ll
 1742: r2 = r10
 1743: r2 += -232
 1744: call bpf_map_lookup_elem
 1745: r3 = r0
 1746: if r3 == 0 goto +932
 1747: r1 = *(u32 *)(r3 +0)
 1748: if r1 == 0 goto +930
 1749: *(u32 *)(r10 -200) = 12
 1750: r2 = *(u32 *)(r10 -160)
 1751: r1 = *(u32 *)(r3 +8)
 1752: r2 &= r1
 1753: *(u32 *)(r10 -196) = r2
 1754: r2 = *(u32 *)(r10 -156)
 1755: r1 = *(u32 *)(r3 +12)
 1756: r2 &= r1
 1757: *(u32 *)(r10 -192) = r2
 1758: r2 = *(u32 *)(r10 -152)
 1759: r1 = *(u32 *)(r3 +16)
 1760: r2 &= r1
 1761: *(u32 *)(r10 -188) = r2
 1762: r2 = *(u32 *)(r10 -148)
 1763: r1 = *(u32 *)(r3 +20)
 1764: r2 &= r1
 1765: *(u32 *)(r10 -184) = r2
 1766: r1 = map[pipe_p0f_signatures] ll
 1768: r2 = r10
 1769: r2 += -200
 1770: call bpf_map_lookup_elem
 1771: r3 = r0
 1772: if r3 == 0 goto +13
 1773: r2 = *(u32 *)(r3 +4)
 1774: r1 = *(u64 *)(r10 -240)
 1775: if r1 == 0 goto +2
 1776: r1 = *(u64 *)(r10 -248)
 1777: if r2 <= r1 goto +8
 1778: *(u64 *)(r10 -240) = 1
 1779: *(u64 *)(r10 -248) = r2
 1780: r1 = *(u32 *)(r3 +0)
 1781: *(u32 *)(r10 -224) = r1
 1782: r1 = *(u32 *)(r3 +4)
 1783: *(u32 *)(r10 -220) = r1
 1784: r1 = *(u32 *)(r3 +8)
 1785: *(u32 *)(r10 -216) = r1
 1786: *(u32 *)(r10 -232) = 13
 1787: r1 = map[pipe_p0f_signatures_masks] ll
 1789: r2 = r10
 1790: r2 += -232
 1791: call bpf_map_lookup_elem
 1792: r3 = r0
 1793: if r3 == 0 goto +885
 1794: r1 = *(u32 *)(r3 +0)
 1795: if r1 == 0 goto +883
 1796: *(u32 *)(r10 -200) = 13
 1797: r2 = *(u32 *)(r10 -160)
 1798: r1 = *(u32 *)(r3 +8)
 1799: r2 &= r1
 1800: *(u32 *)(r10 -196) = r2
 1801: r2 = *(u32 *)(r10 -156)
 1802: r1 = *(u32 *)(r3 +12)
 1803: r2 &= r1
 1804: *(u32 *)(r10 -192) = r2
 1805: r2 = *(u32 *)(r10 -152)
 1806: r1 = *(u32 *)(r3 +16)
 1807: r2 &= r1
 1808: *(u32 *)(r10 -188) = r2
 1809: r2 = *(u32 *)(r10 -148)
 1810: r1 = *(u32 *)(r3 +20)
 1811: r2 &= r1
 1812: *(u32 *)(r10 -184) = r2
 1813: r1 = map[pipe_p0f_signatures] ll
 1815: r2 = r10
 1816: r2 += -200
 1817: call bpf_map_lookup_elem
 1818: r3 = r0
 1819: if r3 == 0 goto +13
 1820: r2 = *(u32 *)(r3 +4)
 1821: r1 = *(u64 *)(r10 -240)
 1822: if r1 == 0 goto +2
 1823: r1 = *(u64 *)(r10 -248)
 1824: if r2 <= r1 goto +8
 1825: *(u64 *)(r10 -240) = 1
 1826: *(u64 *)(r10 -248) = r2
 1827: r1 = *(u32 *)(r3 +0)
 1828: *(u32 *)(r10 -224) = r1
 1829: r1 = *(u32 *)(r3 +4)
 1830: *(u32 *)(r10 -220) = r1
 1831: r1 = *(u32 *)(r3 +8)
 1832: *(u32 *)(r10 -216) = r1
 1833: *(u32 *)(r10 -232) = 14
 1834: r1 = map[pipe_p0f_signatures_masks] ll
 1836: r2 = r10
 1837: r2 += -232
 1838: call bpf_map_lookup_elem
 1839: r3 = r0
 1840: if r3 == 0 goto +838
 1841: r1 = *(u32 *)(r3 +0)
 1842: if r1 == 0 goto +836
 1843: *(u32 *)(r10 -200) = 14
 1844: r2 = *(u32 *)(r10 -160)
 1845: r1 = *(u32 *)(r3 +8)
 1846: r2 &= r1
 1847: *(u32 *)(r10 -196) = r2
 1848: r2 = *(u32 *)(r10 -156)
 1849: r1 = *(u32 *)(r3 +12)
 1850: r2 &= r1
 1851: *(u32 *)(r10 -192) = r2
 1852: r2 = *(u32 *)(r10 -152)
 1853: r1 = *(u32 *)(r3 +16)
 1854: r2 &= r1
 1855: *(u32 *)(r10 -188) = r2
 1856: r2 = *(u32 *)(r10 -148)
 1857: r1 = *(u32 *)(r3 +20)
 1858: r2 &= r1
 1859: *(u32 *)(r10 -184) = r2
 1860: r1 = map[pipe_p0f_signatures] ll
 1862: r2 = r10
 1863: r2 += -200
 1864: call bpf_map_lookup_elem
 1865: r3 = r0
 1866: if r3 == 0 goto +13
 1867: r2 = *(u32 *)(r3 +4)
 1868: r1 = *(u64 *)(r10 -240)
 1869: if r1 == 0 goto +2
 1870: r1 = *(u64 *)(r10 -248)
 1871: if r2 <= r1 goto +8
 1872: *(u64 *)(r10 -240) = 1
 1873: *(u64 *)(r10 -248) = r2
 1874: r1 = *(u32 *)(r3 +0)
 1875: *(u32 *)(r10 -224) = r1
 1876: r1 = *(u32 *)(r3 +4)
 1877: *(u32 *)(r10 -220) = r1
 1878: r1 = *(u32 *)(r3 +8)
 1879: *(u32 *)(r10 -216) = r1
 1880: *(u32 *)(r10 -232) = 15
 1881: r1 = map[pipe_p0f_signatures_masks] ll
 1883: r2 = r10
 1884: r2 += -232
 1885: call bpf_map_lookup_elem
 1886: r3 = r0
 1887: if r3 == 0 goto +791
 1888: r1 = *(u32 *)(r3 +0)
 1889: if r1 == 0 goto +789
 1890: *(u32 *)(r10 -200) = 15
 1891: r2 = *(u32 *)(r10 -160)
 1892: r1 = *(u32 *)(r3 +8)
 1893: r2 &= r1
 1894: *(u32 *)(r10 -196) = r2
 1895: r2 = *(u32 *)(r10 -156)
 1896: r1 = *(u32 *)(r3 +12)
 1897: r2 &= r1
 1898: *(u32 *)(r10 -192) = r2
 1899: r2 = *(u32 *)(r10 -152)
 1900: r1 = *(u32 *)(r3 +16)
 1901: r2 &= r1
 1902: *(u32 *)(r10 -188) = r2
 1903: r2 = *(u32 *)(r10 -148)
 1904: r1 = *(u32 *)(r3 +20)
 1905: r2 &= r1
 1906: *(u32 *)(r10 -184) = r2
 1907: r1 = map[pipe_p0f_signatures] ll
 1909: r2 = r10
 1910: r2 += -200
 1911: call bpf_map_lookup_elem
 1912: r3 = r0
 1913: if r3 == 0 goto +13
 1914: r2 = *(u32 *)(r3 +4)
 1915: r1 = *(u64 *)(r10 -240)
 1916: if r1 == 0 goto +2
 1917: r1 = *(u64 *)(r10 -248)
 1918: if r2 <= r1 goto +8
 1919: *(u64 *)(r10 -240) = 1
 1920: *(u64 *)(r10 -248) = r2
 1921: r1 = *(u32 *)(r3 +0)
 1922: *(u32 *)(r10 -224) = r1
 1923: r1 = *(u32 *)(r3 +4)
 1924: *(u32 *)(r10 -220) = r1
 1925: r1 = *(u32 *)(r3 +8)
 1926: *(u32 *)(r10 -216) = r1
 1927: *(u32 *)(r10 -232) = 16
 1928: r1 = map[pipe_p0f_signatures_masks] ll
 1930: r2 = r10
 1931: r2 += -232
 1932: call bpf_map_lookup_elem
 1933: r3 = r0
 1934: if r3 == 0 goto +744
 1935: r1 = *(u32 *)(r3 +0)
 1936: if r1 == 0 goto +742
 1937: *(u32 *)(r10 -200) = 16
 1938: r2 = *(u32 *)(r10 -160)
 1939: r1 = *(u32 *)(r3 +8)
 1940: r2 &= r1
 1941: *(u32 *)(r10 -196) = r2
 1942: r2 = *(u32 *)(r10 -156)
 1943: r1 = *(u32 *)(r3 +12)
 1944: r2 &= r1
 1945: *(u32 *)(r10 -192) = r2
 1946: r2 = *(u32 *)(r10 -152)
 1947: r1 = *(u32 *)(r3 +16)
 1948: r2 &= r1
 1949: *(u32 *)(r10 -188) = r2
 1950: r2 = *(u32 *)(r10 -148)
 1951: r1 = *(u32 *)(r3 +20)
 1952: r2 &= r1
 1953: *(u32 *)(r10 -184) = r2
 1954: r1 = map[pipe_p0f_signatures] ll
 1956: r2 = r10
 1957: r2 += -200
 1958: call bpf_map_lookup_elem
 1959: r3 = r0
 1960: if r3 == 0 goto +13
 1961: r2 = *(u32 *)(r3 +4)
 1962: r1 = *(u64 *)(r10 -240)
 1963: if r1 == 0 goto +2
 1964: r1 = *(u64 *)(r10 -248)
 1965: if r2 <= r1 goto +8
 1966: *(u64 *)(r10 -240) = 1
 1967: *(u64 *)(r10 -248) = r2
 1968: r1 = *(u32 *)(r3 +0)
 1969: *(u32 *)(r10 -224) = r1
 1970: r1 = *(u32 *)(r3 +4)
 1971: *(u32 *)(r10 -220) = r1
 1972: r1 = *(u32 *)(r3 +8)
 1973: *(u32 *)(r10 -216) = r1
 1974: *(u32 *)(r10 -232) = 17
 1975: r1 = map[pipe_p0f_signatures_masks] ll
 1977: r2 = r10
 1978: r2 += -232
 1979: call bpf_map_lookup_elem
 1980: r3 = r0
 1981: if r3 == 0 goto +697
 1982: r1 = *(u32 *)(r3 +0)
 1983: if r1 == 0 goto +695
 1984: *(u32 *)(r10 -200) = 17
 1985: r2 = *(u32 *)(r10 -160)
 1986: r1 = *(u32 *)(r3 +8)
 1987: r2 &= r1
 1988: *(u32 *)(r10 -196) = r2
 1989: r2 = *(u32 *)(r10 -156)
 1990: r1 = *(u32 *)(r3 +12)
 1991: r2 &= r1
 1992: *(u32 *)(r10 -192) = r2
 1993: r2 = *(u32 *)(r10 -152)
 1994: r1 = *(u32 *)(r3 +16)
 1995: r2 &= r1
 1996: *(u32 *)(r10 -188) = r2
 1997: r2 = *(u32 *)(r10 -148)
 1998: r1 = *(u32 *)(r3 +20)
 1999: r2 &= r1
 2000: *(u32 *)(r10 -184) = r2
 2001: r1 = map[pipe_p0f_signatures] ll
 2003: r2 = r10
 2004: r2 += -200
 2005: call bpf_map_lookup_elem
 2006: r3 = r0
 2007: if r3 == 0 goto +13
 2008: r2 = *(u32 *)(r3 +4)
 2009: r1 = *(u64 *)(r10 -240)
 2010: if r1 == 0 goto +2
 2011: r1 = *(u64 *)(r10 -248)
 2012: if r2 <= r1 goto +8
 2013: *(u64 *)(r10 -240) = 1
 2014: *(u64 *)(r10 -248) = r2
 2015: r1 = *(u32 *)(r3 +0)
 2016: *(u32 *)(r10 -224) = r1
 2017: r1 = *(u32 *)(r3 +4)
 2018: *(u32 *)(r10 -220) = r1
 2019: r1 = *(u32 *)(r3 +8)
 2020: *(u32 *)(r10 -216) = r1
 2021: *(u32 *)(r10 -232) = 18
 2022: r1 = map[pipe_p0f_signatures_masks] ll
 2024: r2 = r10
 2025: r2 += -232
 2026: call bpf_map_lookup_elem
 2027: r3 = r0
 2028: if r3 == 0 goto +650
 2029: r1 = *(u32 *)(r3 +0)
 2030: if r1 == 0 goto +648
 2031: *(u32 *)(r10 -200) = 18
 2032: r2 = *(u32 *)(r10 -160)
 2033: r1 = *(u32 *)(r3 +8)
 2034: r2 &= r1
 2035: *(u32 *)(r10 -196) = r2
 2036: r2 = *(u32 *)(r10 -156)
 2037: r1 = *(u32 *)(r3 +12)
 2038: r2 &= r1
 2039: *(u32 *)(r10 -192) = r2
 2040: r2 = *(u32 *)(r10 -152)
 2041: r1 = *(u32 *)(r3 +16)
 2042: r2 &= r1
 2043: *(u32 *)(r10 -188) = r2
 2044: r2 = *(u32 *)(r10 -148)
 2045: r1 = *(u32 *)(r3 +20)
 2046: r2 &= r1
 2047: *(u32 *)(r10 -184) = r2
 2048: r1 = map[pipe_p0f_signatures] ll
 2050: r2 = r10
 2051: r2 += -200
 2052: call bpf_map_lookup_elem
 2053: r3 = r0
 2054: if r3 == 0 goto +13
 2055: r2 = *(u32 *)(r3 +4)
 2056: r1 = *(u64 *)(r10 -240)
 2057: if r1 == 0 goto +2
 2058: r1 = *(u64 *)(r10 -248)
 2059: if r2 <= r1 goto +8
 2060: *(u64 *)(r10 -240) = 1
 2061: *(u64 *)(r10 -248) = r2
 2062: r1 = *(u32 *)(r3 +0)
 2063: *(u32 *)(r10 -224) = r1
 2064: r1 = *(u32 *)(r3 +4)
 2065: *(u32 *)(r10 -220) = r1
 2066: r1 = *(u32 *)(r3 +8)
 2067: *(u32 *)(r10 -216) = r1
 2068: *(u32 *)(r10 -232) = 19
 2069: r1 = map[pipe_p0f_signatures_masks] ll
 2071: r2 = r10
 2072: r2 += -232
 2073: call bpf_map_lookup_elem
 2074: r3 = r0
 2075: if r3 == 0 goto +603
 2076: r1 = *(u32 *)(r3 +0)
 2077: if r1 == 0 goto +601
 2078: *(u32 *)(r10 -200) = 19
 2079: r2 = *(u32 *)(r10 -160)
 2080: r1 = *(u32 *)(r3 +8)
 2081: r2 &= r1
 2082: *(u32 *)(r10 -196) = r2
 2083: r2 = *(u32 *)(r10 -156)
 2084: r1 = *(u32 *)(r3 +12)
 2085: r2 &= r1
 2086: *(u32 *)(r10 -192) = r2
 2087: r2 = *(u32 *)(r10 -152)
 2088: r1 = *(u32 *)(r3 +16)
 2089: r2 &= r1
 2090: *(u32 *)(r10 -188) = r2
 2091: r2 = *(u32 *)(r10 -148)
 2092: r1 = *(u32 *)(r3 +20)
 2093: r2 &= r1
 2094: *(u32 *)(r10 -184) = r2
 2095: r1 = map[pipe_p0f_signatures] ll
 2097: r2 = r10
 2098: r2 += -200
 2099: call bpf_map_lookup_elem
 2100: r3 = r0
 2101: if r3 == 0 goto +13
 2102: r2 = *(u32 *)(r3 +4)
 2103: r1 = *(u64 *)(r10 -240)
 2104: if r1 == 0 goto +2
 2105: r1 = *(u64 *)(r10 -248)
 2106: if r2 <= r1 goto +8
 2107: *(u64 *)(r10 -240) = 1
 2108: *(u64 *)(r10 -248) = r2
 2109: r1 = *(u32 *)(r3 +0)
 2110: *(u32 *)(r10 -224) = r1
 2111: r1 = *(u32 *)(r3 +4)
 2112: *(u32 *)(r10 -220) = r1
 2113: r1 = *(u32 *)(r3 +8)
 2114: *(u32 *)(r10 -216) = r1
 2115: *(u32 *)(r10 -232) = 20
 2116: r1 = map[pipe_p0f_signatures_masks] ll
 2118: r2 = r10
 2119: r2 += -232
 2120: call bpf_map_lookup_elem
 2121: r3 = r0
 2122: if r3 == 0 goto +556
 2123: r1 = *(u32 *)(r3 +0)
 2124: if r1 == 0 goto +554
 2125: *(u32 *)(r10 -200) = 20
 2126: r2 = *(u32 *)(r10 -160)
 2127: r1 = *(u32 *)(r3 +8)
 2128: r2 &= r1
 2129: *(u32 *)(r10 -196) = r2
 2130: r2 = *(u32 *)(r10 -156)
 2131: r1 = *(u32 *)(r3 +12)
 2132: r2 &= r1
 2133: *(u32 *)(r10 -192) = r2
 2134: r2 = *(u32 *)(r10 -152)
 2135: r1 = *(u32 *)(r3 +16)
 2136: r2 &= r1
 2137: *(u32 *)(r10 -188) = r2
 2138: r2 = *(u32 *)(r10 -148)
 2139: r1 = *(u32 *)(r3 +20)
 2140: r2 &= r1
 2141: *(u32 *)(r10 -184) = r2
 2142: r1 = map[pipe_p0f_signatures] ll
 2144: r2 = r10
 2145: r2 += -200
 2146: call bpf_map_lookup_elem
 2147: r3 = r0
 2148: if r3 == 0 goto +13
 2149: r2 = *(u32 *)(r3 +4)
 2150: r1 = *(u64 *)(r10 -240)
 2151: if r1 == 0 goto +2
 2152: r1 = *(u64 *)(r10 -248)
 2153: if r2 <= r1 goto +8
 2154: *(u64 *)(r10 -240) = 1
 2155: *(u64 *)(r10 -248) = r2
 2156: r1 = *(u32 *)(r3 +0)
 2157: *(u32 *)(r10 -224) = r1
 2158: r1 = *(u32 *)(r3 +4)
 2159: *(u32 *)(r10 -220) = r1
 2160: r1 = *(u32 *)(r3 +8)
 2161: *(u32 *)(r10 -216) = r1
 2162: *(u32 *)(r10 -232) = 21
 2163: r1 = map[pipe_p0f_signatures_masks] ll
 2165: r2 = r10
 2166: r2 += -232
 2167: call bpf_map_lookup_elem
 2168: r3 = r0
 2169: if r3 == 0 goto +509
 2170: r1 = *(u32 *)(r3 +0)
 2171: if r1 == 0 goto +507
 2172: *(u32 *)(r10 -200) = 21
 2173: r2 = *(u32 *)(r10 -160)
 2174: r1 = *(u32 *)(r3 +8)
 2175: r2 &= r1
 2176: *(u32 *)(r10 -196) = r2
 2177: r2 = *(u32 *)(r10 -156)
 2178: r1 = *(u32 *)(r3 +12)
 2179: r2 &= r1
 2180: *(u32 *)(r10 -192) = r2
 2181: r2 = *(u32 *)(r10 -152)
 2182: r1 = *(u32 *)(r3 +16)
 2183: r2 &= r1
 2184: *(u32 *)(r10 -188) = r2
 2185: r2 = *(u32 *)(r10 -148)
 2186: r1 = *(u32 *)(r3 +20)
 2187: r2 &= r1
 2188: *(u32 *)(r10 -184) = r2
 2189: r1 = map[pipe_p0f_signatures] ll
 2191: r2 = r10
 2192: r2 += -200
 2193: call bpf_map_lookup_elem
 2194: r3 = r0
 2195: if r3 == 0 goto +13
 2196: r2 = *(u32 *)(r3 +4)
 2197: r1 = *(u64 *)(r10 -240)
 2198: if r1 == 0 goto +2
 2199: r1 = *(u64 *)(r10 -248)
 2200: if r2 <= r1 goto +8
 2201: *(u64 *)(r10 -240) = 1
 2202: *(u64 *)(r10 -248) = r2
 2203: r1 = *(u32 *)(r3 +0)
 2204: *(u32 *)(r10 -224) = r1
 2205: r1 = *(u32 *)(r3 +4)
 2206: *(u32 *)(r10 -220) = r1
 2207: r1 = *(u32 *)(r3 +8)
 2208: *(u32 *)(r10 -216) = r1
 2209: *(u32 *)(r10 -232) = 22
 2210: r1 = map[pipe_p0f_signatures_masks] ll
 2212: r2 = r10
 2213: r2 += -232
 2214: call bpf_map_lookup_elem
 2215: r3 = r0
 2216: if r3 == 0 goto +462
 2217: r1 = *(u32 *)(r3 +0)
 2218: if r1 == 0 goto +460
 2219: *(u32 *)(r10 -200) = 22
 2220: r2 = *(u32 *)(r10 -160)
 2221: r1 = *(u32 *)(r3 +8)
 2222: r2 &= r1
 2223: *(u32 *)(r10 -196) = r2
 2224: r2 = *(u32 *)(r10 -156)
 2225: r1 = *(u32 *)(r3 +12)
 2226: r2 &= r1
 2227: *(u32 *)(r10 -192) = r2
 2228: r2 = *(u32 *)(r10 -152)
 2229: r1 = *(u32 *)(r3 +16)
 2230: r2 &= r1
 2231: *(u32 *)(r10 -188) = r2
 2232: r2 = *(u32 *)(r10 -148)
 2233: r1 = *(u32 *)(r3 +20)
 2234: r2 &= r1
 2235: *(u32 *)(r10 -184) = r2
 2236: r1 = map[pipe_p0f_signatures] ll
 2238: r2 = r10
 2239: r2 += -200
 2240: call bpf_map_lookup_elem
 2241: r3 = r0
 2242: if r3 == 0 goto +13
 2243: r2 = *(u32 *)(r3 +4)
 2244: r1 = *(u64 *)(r10 -240)
 2245: if r1 == 0 goto +2
 2246: r1 = *(u64 *)(r10 -248)
 2247: if r2 <= r1 goto +8
 2248: *(u64 *)(r10 -240) = 1
 2249: *(u64 *)(r10 -248) = r2
 2250: r1 = *(u32 *)(r3 +0)
 2251: *(u32 *)(r10 -224) = r1
 2252: r1 = *(u32 *)(r3 +4)
 2253: *(u32 *)(r10 -220) = r1
 2254: r1 = *(u32 *)(r3 +8)
 2255: *(u32 *)(r10 -216) = r1
 2256: *(u32 *)(r10 -232) = 23
 2257: r1 = map[pipe_p0f_signatures_masks] ll
 2259: r2 = r10
 2260: r2 += -232
 2261: call bpf_map_lookup_elem
 2262: r3 = r0
 2263: if r3 == 0 goto +415
 2264: r1 = *(u32 *)(r3 +0)
 2265: if r1 == 0 goto +413
 2266: *(u32 *)(r10 -200) = 23
 2267: r2 = *(u32 *)(r10 -160)
 2268: r1 = *(u32 *)(r3 +8)
 2269: r2 &= r1
 2270: *(u32 *)(r10 -196) = r2
 2271: r2 = *(u32 *)(r10 -156)
 2272: r1 = *(u32 *)(r3 +12)
 2273: r2 &= r1
 2274: *(u32 *)(r10 -192) = r2
 2275: r2 = *(u32 *)(r10 -152)
 2276: r1 = *(u32 *)(r3 +16)
 2277: r2 &= r1
 2278: *(u32 *)(r10 -188) = r2
 2279: r2 = *(u32 *)(r10 -148)
 2280: r1 = *(u32 *)(r3 +20)
 2281: r2 &= r1
 2282: *(u32 *)(r10 -184) = r2
 2283: r1 = map[pipe_p0f_signatures] ll
 2285: r2 = r10
 2286: r2 += -200
 2287: call bpf_map_lookup_elem
 2288: r3 = r0
 2289: if r3 == 0 goto +13
 2290: r2 = *(u32 *)(r3 +4)
 2291: r1 = *(u64 *)(r10 -240)
 2292: if r1 == 0 goto +2
 2293: r1 = *(u64 *)(r10 -248)
 2294: if r2 <= r1 goto +8
 2295: *(u64 *)(r10 -240) = 1
 2296: *(u64 *)(r10 -248) = r2
 2297: r1 = *(u32 *)(r3 +0)
 2298: *(u32 *)(r10 -224) = r1
 2299: r1 = *(u32 *)(r3 +4)
 2300: *(u32 *)(r10 -220) = r1
 2301: r1 = *(u32 *)(r3 +8)
 2302: *(u32 *)(r10 -216) = r1
 2303: *(u32 *)(r10 -232) = 24
 2304: r1 = map[pipe_p0f_signatures_masks] ll
 2306: r2 = r10
 2307: r2 += -232
 2308: call bpf_map_lookup_elem
 2309: r3 = r0
 2310: if r3 == 0 goto +368
 2311: r1 = *(u32 *)(r3 +0)
 2312: if r1 == 0 goto +366
 2313: *(u32 *)(r10 -200) = 24
 2314: r2 = *(u32 *)(r10 -160)
 2315: r1 = *(u32 *)(r3 +8)
 2316: r2 &= r1
 2317: *(u32 *)(r10 -196) = r2
 2318: r2 = *(u32 *)(r10 -156)
 2319: r1 = *(u32 *)(r3 +12)
 2320: r2 &= r1
 2321: *(u32 *)(r10 -192) = r2
 2322: r2 = *(u32 *)(r10 -152)
 2323: r1 = *(u32 *)(r3 +16)
 2324: r2 &= r1
 2325: *(u32 *)(r10 -188) = r2
 2326: r2 = *(u32 *)(r10 -148)
 2327: r1 = *(u32 *)(r3 +20)
 2328: r2 &= r1
 2329: *(u32 *)(r10 -184) = r2
 2330: r1 = map[pipe_p0f_signatures] ll
 2332: r2 = r10
 2333: r2 += -200
 2334: call bpf_map_lookup_elem
 2335: r3 = r0
 2336: if r3 == 0 goto +13
 2337: r2 = *(u32 *)(r3 +4)
 2338: r1 = *(u64 *)(r10 -240)
 2339: if r1 == 0 goto +2
 2340: r1 = *(u64 *)(r10 -248)
 2341: if r2 <= r1 goto +8
 2342: *(u64 *)(r10 -240) = 1
 2343: *(u64 *)(r10 -248) = r2
 2344: r1 = *(u32 *)(r3 +0)
 2345: *(u32 *)(r10 -224) = r1
 2346: r1 = *(u32 *)(r3 +4)
 2347: *(u32 *)(r10 -220) = r1
 2348: r1 = *(u32 *)(r3 +8)
 2349: *(u32 *)(r10 -216) = r1
 2350: *(u32 *)(r10 -232) = 25
 2351: r1 = map[pipe_p0f_signatures_masks] ll
 2353: r2 = r10
 2354: r2 += -232
 2355: call bpf_map_lookup_elem
 2356: r3 = r0
 2357: if r3 == 0 goto +321
 2358: r1 = *(u32 *)(r3 +0)
 2359: if r1 == 0 goto +319
 2360: *(u32 *)(r10 -200) = 25
 2361: r2 = *(u32 *)(r10 -160)
 2362: r1 = *(u32 *)(r3 +8)
 2363: r2 &= r1
 2364: *(u32 *)(r10 -196) = r2
 2365: r2 = *(u32 *)(r10 -156)
 2366: r1 = *(u32 *)(r3 +12)
 2367: r2 &= r1
 2368: *(u32 *)(r10 -192) = r2
 2369: r2 = *(u32 *)(r10 -152)
 2370: r1 = *(u32 *)(r3 +16)
 2371: r2 &= r1
 2372: *(u32 *)(r10 -188) = r2
 2373: r2 = *(u32 *)(r10 -148)
 2374: r1 = *(u32 *)(r3 +20)
 2375: r2 &= r1
 2376: *(u32 *)(r10 -184) = r2
 2377: r1 = map[pipe_p0f_signatures] ll
 2379: r2 = r10
 2380: r2 += -200
 2381: call bpf_map_lookup_elem
 2382: r3 = r0
 2383: if r3 == 0 goto +13
 2384: r2 = *(u32 *)(r3 +4)
 2385: r1 = *(u64 *)(r10 -240)
 2386: if r1 == 0 goto +2
 2387: r1 = *(u64 *)(r10 -248)
 2388: if r2 <= r1 goto +8
 2389: *(u64 *)(r10 -240) = 1
 2390: *(u64 *)(r10 -248) = r2
 2391: r1 = *(u32 *)(r3 +0)
 2392: *(u32 *)(r10 -224) = r1
 2393: r1 = *(u32 *)(r3 +4)
 2394: *(u32 *)(r10 -220) = r1
 2395: r1 = *(u32 *)(r3 +8)
 2396: *(u32 *)(r10 -216) = r1
 2397: *(u32 *)(r10 -232) = 26
 2398: r1 = map[pipe_p0f_signatures_masks] ll
 2400: r2 = r10
 2401: r2 += -232
 2402: call bpf_map_lookup_elem
 2403: r3 = r0
 2404: if r3 == 0 goto +274
 2405: r1 = *(u32 *)(r3 +0)
 2406: if r1 == 0 goto +272
 2407: *(u32 *)(r10 -200) = 26
 2408: r2 = *(u32 *)(r10 -160)
 2409: r1 = *(u32 *)(r3 +8)
 2410: r2 &= r1
 2411: *(u32 *)(r10 -196) = r2
 2412: r2 = *(u32 *)(r10 -156)
 2413: r1 = *(u32 *)(r3 +12)
 2414: r2 &= r1
 2415: *(u32 *)(r10 -192) = r2
 2416: r2 = *(u32 *)(r10 -152)
 2417: r1 = *(u32 *)(r3 +16)
 2418: r2 &= r1
 2419: *(u32 *)(r10 -188) = r2
 2420: r2 = *(u32 *)(r10 -148)
 2421: r1 = *(u32 *)(r3 +20)
 2422: r2 &= r1
 2423: *(u32 *)(r10 -184) = r2
 2424: r1 = map[pipe_p0f_signatures] ll
 2426: r2 = r10
 2427: r2 += -200
 2428: call bpf_map_lookup_elem
 2429: r3 = r0
 2430: if r3 == 0 goto +13
 2431: r2 = *(u32 *)(r3 +4)
 2432: r1 = *(u64 *)(r10 -240)
 2433: if r1 == 0 goto +2
 2434: r1 = *(u64 *)(r10 -248)
 2435: if r2 <= r1 goto +8
 2436: *(u64 *)(r10 -240) = 1
 2437: *(u64 *)(r10 -248) = r2
 2438: r1 = *(u32 *)(r3 +0)
 2439: *(u32 *)(r10 -224) = r1
 2440: r1 = *(u32 *)(r3 +4)
 2441: *(u32 *)(r10 -220) = r1
 2442: r1 = *(u32 *)(r3 +8)
 2443: *(u32 *)(r10 -216) = r1
 2444: *(u32 *)(r10 -232) = 27
 2445: r1 = map[pipe_p0f_signatures_masks] ll
 2447: r2 = r10
 2448: r2 += -232
 2449: call bpf_map_lookup_elem
 2450: r3 = r0
 2451: if r3 == 0 goto +227
 2452: r1 = *(u32 *)(r3 +0)
 2453: if r1 == 0 goto +225
 2454: *(u32 *)(r10 -200) = 27
 2455: r2 = *(u32 *)(r10 -160)
 2456: r1 = *(u32 *)(r3 +8)
 2457: r2 &= r1
 2458: *(u32 *)(r10 -196) = r2
 2459: r2 = *(u32 *)(r10 -156)
 2460: r1 = *(u32 *)(r3 +12)
 2461: r2 &= r1
 2462: *(u32 *)(r10 -192) = r2
 2463: r2 = *(u32 *)(r10 -152)
 2464: r1 = *(u32 *)(r3 +16)
 2465: r2 &= r1
 2466: *(u32 *)(r10 -188) = r2
 2467: r2 = *(u32 *)(r10 -148)
 2468: r1 = *(u32 *)(r3 +20)
 2469: r2 &= r1
 2470: *(u32 *)(r10 -184) = r2
 2471: r1 = map[pipe_p0f_signatures] ll
 2473: r2 = r10
 2474: r2 += -200
 2475: call bpf_map_lookup_elem
 2476: r3 = r0
 2477: if r3 == 0 goto +13
 2478: r2 = *(u32 *)(r3 +4)
 2479: r1 = *(u64 *)(r10 -240)
 2480: if r1 == 0 goto +2
 2481: r1 = *(u64 *)(r10 -248)
 2482: if r2 <= r1 goto +8
 2483: *(u64 *)(r10 -240) = 1
 2484: *(u64 *)(r10 -248) = r2
 2485: r1 = *(u32 *)(r3 +0)
 2486: *(u32 *)(r10 -224) = r1
 2487: r1 = *(u32 *)(r3 +4)
 2488: *(u32 *)(r10 -220) = r1
 2489: r1 = *(u32 *)(r3 +8)
 2490: *(u32 *)(r10 -216) = r1
 2491: *(u32 *)(r10 -232) = 28
 2492: r1 = map[pipe_p0f_signatures_masks] ll
 2494: r2 = r10
 2495: r2 += -232
 2496: call bpf_map_lookup_elem
 2497: r3 = r0
 2498: if r3 == 0 goto +180
 2499: r1 = *(u32 *)(r3 +0)
 2500: if r1 == 0 goto +178
 2501: *(u32 *)(r10 -200) = 28
 2502: r2 = *(u32 *)(r10 -160)
 2503: r1 = *(u32 *)(r3 +8)
 2504: r2 &= r1
 2505: *(u32 *)(r10 -196) = r2
 2506: r2 = *(u32 *)(r10 -156)
 2507: r1 = *(u32 *)(r3 +12)
 2508: r2 &= r1
 2509: *(u32 *)(r10 -192) = r2
 2510: r2 = *(u32 *)(r10 -152)
 2511: r1 = *(u32 *)(r3 +16)
 2512: r2 &= r1
 2513: *(u32 *)(r10 -188) = r2
 2514: r2 = *(u32 *)(r10 -148)
 2515: r1 = *(u32 *)(r3 +20)
 2516: r2 &= r1
 2517: *(u32 *)(r10 -184) = r2
 2518: r1 = map[pipe_p0f_signatures] ll
 2520: r2 = r10
 2521: r2 += -200
 2522: call bpf_map_lookup_elem
 2523: r3 = r0
 2524: if r3 == 0 goto +13
 2525: r2 = *(u32 *)(r3 +4)
 2526: r1 = *(u64 *)(r10 -240)
 2527: if r1 == 0 goto +2
 2528: r1 = *(u64 *)(r10 -248)
 2529: if r2 <= r1 goto +8
 2530: *(u64 *)(r10 -240) = 1
 2531: *(u64 *)(r10 -248) = r2
 2532: r1 = *(u32 *)(r3 +0)
 2533: *(u32 *)(r10 -224) = r1
 2534: r1 = *(u32 *)(r3 +4)
 2535: *(u32 *)(r10 -220) = r1
 2536: r1 = *(u32 *)(r3 +8)
 2537: *(u32 *)(r10 -216) = r1
 2538: *(u32 *)(r10 -232) = 29
 2539: r1 = map[pipe_p0f_signatures_masks] ll
 2541: r2 = r10
 2542: r2 += -232
 2543: call bpf_map_lookup_elem
 2544: r3 = r0
 2545: if r3 == 0 goto +133
 2546: r1 = *(u32 *)(r3 +0)
 2547: if r1 == 0 goto +131
 2548: *(u32 *)(r10 -200) = 29
 2549: r2 = *(u32 *)(r10 -160)
 2550: r1 = *(u32 *)(r3 +8)
 2551: r2 &= r1
 2552: *(u32 *)(r10 -196) = r2
 2553: r2 = *(u32 *)(r10 -156)
 2554: r1 = *(u32 *)(r3 +12)
 2555: r2 &= r1
 2556: *(u32 *)(r10 -192) = r2
 2557: r2 = *(u32 *)(r10 -152)
 2558: r1 = *(u32 *)(r3 +16)
 2559: r2 &= r1
 2560: *(u32 *)(r10 -188) = r2
 2561: r2 = *(u32 *)(r10 -148)
 2562: r1 = *(u32 *)(r3 +20)
 2563: r2 &= r1
 2564: *(u32 *)(r10 -184) = r2
 2565: r1 = map[pipe_p0f_signatures] ll
 2567: r2 = r10
 2568: r2 += -200
 2569: call bpf_map_lookup_elem
 2570: r3 = r0
 2571: if r3 == 0 goto +13
 2572: r2 = *(u32 *)(r3 +4)
 2573: r1 = *(u64 *)(r10 -240)
 2574: if r1 == 0 goto +2
 2575: r1 = *(u64 *)(r10 -248)
 2576: if r2 <= r1 goto +8
 2577: *(u64 *)(r10 -240) = 1
 2578: *(u64 *)(r10 -248) = r2
 2579: r1 = *(u32 *)(r3 +0)
 2580: *(u32 *)(r10 -224) = r1
 2581: r1 = *(u32 *)(r3 +4)
 2582: *(u32 *)(r10 -220) = r1
 2583: r1 = *(u32 *)(r3 +8)
 2584: *(u32 *)(r10 -216) = r1
 2585: *(u32 *)(r10 -232) = 30
 2586: r1 = map[pipe_p0f_signatures_masks] ll
 2588: r2 = r10
 2589: r2 += -232
 2590: call bpf_map_lookup_elem
 2591: r3 = r0
 2592: if r3 == 0 goto +86
 2593: r1 = *(u32 *)(r3 +0)
 2594: if r1 == 0 goto +84
 2595: *(u32 *)(r10 -200) = 30
 2596: r2 = *(u32 *)(r10 -160)
 2597: r1 = *(u32 *)(r3 +8)
 2598: r2 &= r1
 2599: *(u32 *)(r10 -196) = r2
 2600: r2 = *(u32 *)(r10 -156)
 2601: r1 = *(u32 *)(r3 +12)
 2602: r2 &= r1
 2603: *(u32 *)(r10 -192) = r2
 2604: r2 = *(u32 *)(r10 -152)
 2605: r1 = *(u32 *)(r3 +16)
 2606: r2 &= r1
 2607: *(u32 *)(r10 -188) = r2
 2608: r2 = *(u32 *)(r10 -148)
 2609: r1 = *(u32 *)(r3 +20)
 2610: r2 &= r1
 2611: *(u32 *)(r10 -184) = r2
 2612: r1 = map[pipe_p0f_signatures] ll
 2614: r2 = r10
 2615: r2 += -200
 2616: call bpf_map_lookup_elem
 2617: r3 = r0
 2618: if r3 == 0 goto +13
 2619: r2 = *(u32 *)(r3 +4)
 2620: r1 = *(u64 *)(r10 -240)
 2621: if r1 == 0 goto +2
 2622: r1 = *(u64 *)(r10 -248)
 2623: if r2 <= r1 goto +8
 2624: *(u64 *)(r10 -240) = 1
 2625: *(u64 *)(r10 -248) = r2
 2626: r1 = *(u32 *)(r3 +0)
 2627: *(u32 *)(r10 -224) = r1
 2628: r1 = *(u32 *)(r3 +4)
 2629: *(u32 *)(r10 -220) = r1
 2630: r1 = *(u32 *)(r3 +8)
 2631: *(u32 *)(r10 -216) = r1
 2632: *(u32 *)(r10 -232) = 31
 2633: r1 = map[pipe_p0f_signatures_masks] ll
 2635: r2 = r10
 2636: r2 += -232
 2637: call bpf_map_lookup_elem
 2638: r3 = r0
 2639: if r3 == 0 goto +39
 2640: r1 = *(u32 *)(r3 +0)
 2641: if r1 == 0 goto +37
 2642: *(u32 *)(r10 -200) = 31
 2643: r2 = *(u32 *)(r10 -160)
 2644: r1 = *(u32 *)(r3 +8)
 2645: r2 &= r1
 2646: *(u32 *)(r10 -196) = r2
 2647: r2 = *(u32 *)(r10 -156)
 2648: r1 = *(u32 *)(r3 +12)
 2649: r2 &= r1
 2650: *(u32 *)(r10 -192) = r2
 2651: r2 = *(u32 *)(r10 -152)
 2652: r1 = *(u32 *)(r3 +16)
 2653: r2 &= r1
 2654: *(u32 *)(r10 -188) = r2
 2655: r2 = *(u32 *)(r10 -148)
 2656: r1 = *(u32 *)(r3 +20)
 2657: r2 &= r1
 2658: *(u32 *)(r10 -184) = r2
 2659: r1 = map[pipe_p0f_signatures] ll
 2661: r2 = r10
 2662: r2 += -200
 2663: call bpf_map_lookup_elem
 2664: r3 = r0
 2665: if r3 == 0 goto +13
 2666: r2 = *(u32 *)(r3 +4)
 2667: r1 = *(u64 *)(r10 -240)
 2668: if r1 == 0 goto +2
 2669: r1 = *(u64 *)(r10 -248)
 2670: if r2 <= r1 goto +8
 2671: *(u64 *)(r10 -240) = 1
 2672: *(u64 *)(r10 -248) = r2
 2673: r1 = *(u32 *)(r3 +0)
 2674: *(u32 *)(r10 -224) = r1
 2675: r1 = *(u32 *)(r3 +4)
 2676: *(u32 *)(r10 -220) = r1
 2677: r1 = *(u32 *)(r3 +8)
 2678: *(u32 *)(r10 -216) = r1
 2679: r1 = *(u64 *)(r10 -240)
 2680: if r1 != 0 goto +16
 2681: *(u32 *)(r10 -160) = 0
 2682: r1 = map[pipe_p0f_signatures_default] ll
 2684: r2 = r10
 2685: r2 += -160
 2686: call bpf_map_lookup_elem
 2687: r1 = r0
 2688: if r1 == 0 goto +5
 2689: r2 = *(u32 *)(r1 +0)
 2690: r1 = *(u32 *)(r1 +8)
 2691: r1 = be32 r1
 2692: w1 = w1
 2693: goto +7
 2694: r2 = 2
 2695: r1 = 0
 2696: goto +4
 2697: r2 = *(u32 *)(r10 -224)
 2698: r1 = *(u32 *)(r10 -216)
 2699: r1 = be32 r1
 2700: w1 = w1
 2701: if r2 == 0 goto +7
 2702: if r2 == 1 goto +2
 2703: if r2 == 2 goto +27
 2704: goto +26
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2705: r1 = 1
      ; write var10, v45
 2706: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2707: *(u32 *)(r10 -160) = 0
 2708: goto +2
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2709: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2710: *(u32 *)(r10 -160) = r1
 2711: r1 = map[pipe_os_stats] ll
 2713: r2 = r10
 2714: r2 += -160
 2715: call bpf_map_lookup_elem
 2716: r3 = r0
 2717: if r3 == 0 goto +13
 2718: r1 = *(u64 *)(r3 +0)
 2719: r1 += 1
 2720: *(u64 *)(r3 +0) = r1
 2721: r2 = *(u64 *)(r3 +8)
 2722: r1 = *(u32 *)(r10 -40)
 2723: r2 += r1
 2724: *(u64 *)(r3 +8) = r2
 2725: goto +5
      ; drop
 2726: r2 = *(u32 *)(r10 -36)
 2727: r1 = *(u64 *)(r10 -8)
 2728: *(u32 *)(r1 +8) = r2
 2729: r0 = 2
 2730: exit
      ; epilogue: verdict
 2731: r2 = *(u32 *)(r10 -36)
 2732: r1 = *(u64 *)(r10 -8)
 2733: *(u32 *)(r1 +8) = r2
 2734: r1 = *(u8 *)(r10 -23)
 2735: if r1 != 0 goto +2
 2736: r0 = 0
 2737: exit
 2738: if r1 != 2 goto +4
 2739: r1 = *(u32 *)(r10 -32)
 2740: r2 = 0
 2741: call bpf_redirect
 2742: exit
 2743: r0 = 2
 2744: exit
