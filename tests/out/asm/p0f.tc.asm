; p0f for classifier: 2889 instructions, stack 232 bytes, 4 maps
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
   22: if r3 > 16383 goto +2847
   23: r2 = r6
   24: r2 += r3
   25: r1 = r2
   26: r1 += 14
   27: if r1 <= r7 goto +1
   28: goto +2841
   29: r1 = r3
   30: r1 += 1
   31: *(u32 *)(r10 -104) = r1
   32: r3 += 14
   33: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: if r1 != 8 goto +1013
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r2 = *(u64 *)(r10 -16)
   37: if r2 > 16383 goto +2832
   38: r3 = r6
   39: r3 += r2
   40: r1 = r3
   41: r1 += 20
   42: if r1 <= r7 goto +1
   43: goto +2826
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
   54: if r1 == 0 goto +2815
      ; v4: bit<4> = read_field hdr1.ihl
   55: r1 = *(u8 *)(r3 +0)
   56: r1 &= 15
      ; v5: bit<32> = cast v4
   57: r2 = r1
   58: w2 = w2
      ; v6: bit<32> = const 5
   59: r1 = 5
      ; v7: bit<32> = sub v5, v6
   60: r2 -= r1
   61: w2 = w2
      ; v8: bit<32> = const 0x20
   62: r1 = 32
      ; v9: bit<32> = mul v7, v8
   63: r2 *= r1
   64: w2 = w2
      ; advance v9
   65: r1 = r2
   66: r1 &= 7
   67: if r1 != 0 goto +2802
   68: r1 = r2
   69: r1 >>= 3
   70: r2 = *(u64 *)(r10 -16)
   71: r2 += r1
   72: if r2 > 16383 goto +2797
   73: r1 = r6
   74: r1 += r2
   75: if r1 <= r7 goto +1
   76: goto +2793
   77: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   78: r2 = *(u16 *)(r3 +6)
   79: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   80: r1 = *(u8 *)(r3 +9)
   81: if r2 != 0 goto +967
   82: if r1 != 6 goto +966
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   83: r2 = *(u64 *)(r10 -16)
   84: if r2 > 16383 goto +2785
   85: r3 = r6
   86: r3 += r2
   87: r1 = r3
   88: r1 += 20
   89: if r1 <= r7 goto +1
   90: goto +2779
   91: r1 = r2
   92: r1 += 1
   93: *(u32 *)(r10 -96) = r1
   94: r2 += 20
   95: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
   96: r2 = *(u8 *)(r3 +12)
   97: r2 >>= 4
   98: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   99: r1 = 1
  100: if r2 >= 5 goto +1
  101: r1 = 0
      ; verify v14, error HeaderTooShort
  102: if r1 == 0 goto +2767
      ; v15: bit<4> = read_field hdr2.dataOffset
  103: r1 = *(u8 *)(r3 +12)
  104: r1 >>= 4
  105: r1 &= 15
      ; v16: bit<16> = cast v15
  106: r1 &= 65535
      ; v17: bit<16> = const 5
  107: r2 = 5
      ; v18: bit<16> = sub v16, v17
  108: r1 -= r2
  109: r1 &= 65535
      ; v19: bit<16> = const 4
  110: r2 = 4
      ; v20: bit<16> = mul v18, v19
  111: r1 *= r2
  112: r1 &= 65535
      ; write var2, v20
  113: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  114: r1 = *(u8 *)(r3 +13)
  115: r1 &= 18
  116: if r1 != 2 goto +932
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  117: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  118: r1 = *(u8 *)(r10 -24)
  119: if r2 == 0 goto +929
  120: if r1 == 8 goto +928
      ; prs: block5 (parse_option)
      ; extract hdr3
  121: r2 = *(u64 *)(r10 -16)
  122: if r2 > 16383 goto +2747
  123: r3 = r6
  124: r3 += r2
  125: r1 = r3
  126: r1 += 1
  127: if r1 <= r7 goto +1
  128: goto +2741
  129: r1 = r2
  130: r1 += 1
  131: *(u32 *)(r10 -92) = r1
  132: r2 += 1
  133: *(u64 *)(r10 -16) = r2
      ; v24: bit<8> = read var3
  134: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  135: r2 = 1
      ; v26: bit<8> = add v24, v25
  136: r1 += r2
  137: r1 &= 255
      ; write var3, v26
  138: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  139: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  140: r2 = 1
      ; v29: bit<16> = sub v27, v28
  141: r1 -= r2
  142: r1 &= 65535
      ; write var2, v29
  143: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  144: r1 = *(u8 *)(r3 +0)
  145: if r1 == 0 goto +903
  146: if r1 == 1 goto +86
  147: if r1 == 2 goto +68
  148: if r1 == 3 goto +49
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  149: r1 = *(u64 *)(r10 -16)
  150: if r1 > 16383 goto +2719
  151: r2 = r6
  152: r2 += r1
  153: r1 = r2
  154: r1 += 1
  155: if r1 <= r7 goto +1
  156: goto +2713
  157: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  158: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  159: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  160: r1 = 1
  161: if r2 >= 2 goto +1
  162: r1 = 0
      ; verify v34, error HeaderTooShort
  163: if r1 == 0 goto +2706
      ; v35: bit<8> = read var11
  164: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  165: r2 = r1
  166: w2 = w2
      ; v37: bit<32> = const 1
  167: r1 = 1
      ; v38: bit<32> = sub v36, v37
  168: r2 -= r1
  169: w2 = w2
      ; v39: bit<32> = const 8
  170: r1 = 8
      ; v40: bit<32> = mul v38, v39
  171: r2 *= r1
  172: w2 = w2
      ; advance v40
  173: r1 = r2
  174: r1 &= 7
  175: if r1 != 0 goto +2694
  176: r1 = r2
  177: r1 >>= 3
  178: r2 = *(u64 *)(r10 -16)
  179: r2 += r1
  180: if r2 > 16383 goto +2689
  181: r1 = r6
  182: r1 += r2
  183: if r1 <= r7 goto +1
  184: goto +2685
  185: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  186: r3 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  187: r1 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  188: r2 = r1
  189: r2 &= 65535
      ; v44: bit<16> = const 1
  190: r1 = 1
      ; v45: bit<16> = sub v43, v44
  191: r2 -= r1
  192: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  193: r1 = r3
  194: r1 -= r2
  195: r1 &= 65535
      ; write var2, v46
  196: *(u16 *)(r10 -28) = r1
  197: goto +35
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  198: r2 = *(u64 *)(r10 -16)
  199: if r2 > 16383 goto +2670
  200: r1 = r6
  201: r1 += r2
  202: r1 += 2
  203: if r1 <= r7 goto +1
  204: goto +2665
  205: r1 = r2
  206: r1 += 1
  207: *(u32 *)(r10 -56) = r1
  208: r2 += 2
  209: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  210: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  211: r2 = 2
      ; v49: bit<16> = sub v47, v48
  212: r1 -= r2
  213: r1 &= 65535
      ; write var2, v49
  214: *(u16 *)(r10 -28) = r1
  215: goto +17
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  216: r2 = *(u64 *)(r10 -16)
  217: if r2 > 16383 goto +2652
  218: r1 = r6
  219: r1 += r2
  220: r1 += 3
  221: if r1 <= r7 goto +1
  222: goto +2647
  223: r1 = r2
  224: r1 += 1
  225: *(u32 *)(r10 -60) = r1
  226: r2 += 3
  227: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  228: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  229: r2 = 3
      ; v52: bit<16> = sub v50, v51
  230: r1 -= r2
  231: r1 &= 65535
      ; write var2, v52
  232: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  233: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  234: r1 = *(u8 *)(r10 -24)
  235: if r2 == 0 goto +813
  236: if r1 == 8 goto +812
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  237: r2 = *(u64 *)(r10 -16)
  238: if r2 > 16383 goto +2631
  239: r3 = r6
  240: r3 += r2
  241: r1 = r3
  242: r1 += 1
  243: if r1 <= r7 goto +1
  244: goto +2625
  245: r1 = r2
  246: r1 += 1
  247: *(u32 *)(r10 -88) = r1
  248: r2 += 1
  249: *(u64 *)(r10 -16) = r2
      ; v55: bit<8> = read var3
  250: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  251: r2 = 1
      ; v57: bit<8> = add v55, v56
  252: r1 += r2
  253: r1 &= 255
      ; write var3, v57
  254: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  255: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  256: r2 = 1
      ; v60: bit<16> = sub v58, v59
  257: r1 -= r2
  258: r1 &= 65535
      ; write var2, v60
  259: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  260: r1 = *(u8 *)(r3 +0)
  261: if r1 == 0 goto +787
  262: if r1 == 1 goto +86
  263: if r1 == 2 goto +68
  264: if r1 == 3 goto +49
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  265: r1 = *(u64 *)(r10 -16)
  266: if r1 > 16383 goto +2603
  267: r2 = r6
  268: r2 += r1
  269: r1 = r2
  270: r1 += 1
  271: if r1 <= r7 goto +1
  272: goto +2597
  273: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  274: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  275: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  276: r1 = 1
  277: if r2 >= 2 goto +1
  278: r1 = 0
      ; verify v65, error HeaderTooShort
  279: if r1 == 0 goto +2590
      ; v66: bit<8> = read var11
  280: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  281: r2 = r1
  282: w2 = w2
      ; v68: bit<32> = const 1
  283: r1 = 1
      ; v69: bit<32> = sub v67, v68
  284: r2 -= r1
  285: w2 = w2
      ; v70: bit<32> = const 8
  286: r1 = 8
      ; v71: bit<32> = mul v69, v70
  287: r2 *= r1
  288: w2 = w2
      ; advance v71
  289: r1 = r2
  290: r1 &= 7
  291: if r1 != 0 goto +2578
  292: r1 = r2
  293: r1 >>= 3
  294: r2 = *(u64 *)(r10 -16)
  295: r2 += r1
  296: if r2 > 16383 goto +2573
  297: r1 = r6
  298: r1 += r2
  299: if r1 <= r7 goto +1
  300: goto +2569
  301: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  302: r3 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  303: r1 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  304: r2 = r1
  305: r2 &= 65535
      ; v75: bit<16> = const 1
  306: r1 = 1
      ; v76: bit<16> = sub v74, v75
  307: r2 -= r1
  308: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  309: r1 = r3
  310: r1 -= r2
  311: r1 &= 65535
      ; write var2, v77
  312: *(u16 *)(r10 -28) = r1
  313: goto +35
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  314: r2 = *(u64 *)(r10 -16)
  315: if r2 > 16383 goto +2554
  316: r1 = r6
  317: r1 += r2
  318: r1 += 2
  319: if r1 <= r7 goto +1
  320: goto +2549
  321: r1 = r2
  322: r1 += 1
  323: *(u32 *)(r10 -56) = r1
  324: r2 += 2
  325: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  326: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  327: r2 = 2
      ; v80: bit<16> = sub v78, v79
  328: r1 -= r2
  329: r1 &= 65535
      ; write var2, v80
  330: *(u16 *)(r10 -28) = r1
  331: goto +17
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  332: r2 = *(u64 *)(r10 -16)
  333: if r2 > 16383 goto +2536
  334: r1 = r6
  335: r1 += r2
  336: r1 += 3
  337: if r1 <= r7 goto +1
  338: goto +2531
  339: r1 = r2
  340: r1 += 1
  341: *(u32 *)(r10 -60) = r1
  342: r2 += 3
  343: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  344: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  345: r2 = 3
      ; v83: bit<16> = sub v81, v82
  346: r1 -= r2
  347: r1 &= 65535
      ; write var2, v83
  348: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  349: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  350: r1 = *(u8 *)(r10 -24)
  351: if r2 == 0 goto +697
  352: if r1 == 8 goto +696
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  353: r2 = *(u64 *)(r10 -16)
  354: if r2 > 16383 goto +2515
  355: r3 = r6
  356: r3 += r2
  357: r1 = r3
  358: r1 += 1
  359: if r1 <= r7 goto +1
  360: goto +2509
  361: r1 = r2
  362: r1 += 1
  363: *(u32 *)(r10 -84) = r1
  364: r2 += 1
  365: *(u64 *)(r10 -16) = r2
      ; v86: bit<8> = read var3
  366: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  367: r2 = 1
      ; v88: bit<8> = add v86, v87
  368: r1 += r2
  369: r1 &= 255
      ; write var3, v88
  370: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  371: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  372: r2 = 1
      ; v91: bit<16> = sub v89, v90
  373: r1 -= r2
  374: r1 &= 65535
      ; write var2, v91
  375: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  376: r1 = *(u8 *)(r3 +0)
  377: if r1 == 0 goto +671
  378: if r1 == 1 goto +86
  379: if r1 == 2 goto +68
  380: if r1 == 3 goto +49
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  381: r1 = *(u64 *)(r10 -16)
  382: if r1 > 16383 goto +2487
  383: r2 = r6
  384: r2 += r1
  385: r1 = r2
  386: r1 += 1
  387: if r1 <= r7 goto +1
  388: goto +2481
  389: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  390: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  391: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  392: r1 = 1
  393: if r2 >= 2 goto +1
  394: r1 = 0
      ; verify v96, error HeaderTooShort
  395: if r1 == 0 goto +2474
      ; v97: bit<8> = read var11
  396: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  397: r2 = r1
  398: w2 = w2
      ; v99: bit<32> = const 1
  399: r1 = 1
      ; v100: bit<32> = sub v98, v99
  400: r2 -= r1
  401: w2 = w2
      ; v101: bit<32> = const 8
  402: r1 = 8
      ; v102: bit<32> = mul v100, v101
  403: r2 *= r1
  404: w2 = w2
      ; advance v102
  405: r1 = r2
  406: r1 &= 7
  407: if r1 != 0 goto +2462
  408: r1 = r2
  409: r1 >>= 3
  410: r2 = *(u64 *)(r10 -16)
  411: r2 += r1
  412: if r2 > 16383 goto +2457
  413: r1 = r6
  414: r1 += r2
  415: if r1 <= r7 goto +1
  416: goto +2453
  417: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  418: r3 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  419: r1 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  420: r2 = r1
  421: r2 &= 65535
      ; v106: bit<16> = const 1
  422: r1 = 1
      ; v107: bit<16> = sub v105, v106
  423: r2 -= r1
  424: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  425: r1 = r3
  426: r1 -= r2
  427: r1 &= 65535
      ; write var2, v108
  428: *(u16 *)(r10 -28) = r1
  429: goto +35
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  430: r2 = *(u64 *)(r10 -16)
  431: if r2 > 16383 goto +2438
  432: r1 = r6
  433: r1 += r2
  434: r1 += 2
  435: if r1 <= r7 goto +1
  436: goto +2433
  437: r1 = r2
  438: r1 += 1
  439: *(u32 *)(r10 -56) = r1
  440: r2 += 2
  441: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  442: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  443: r2 = 2
      ; v111: bit<16> = sub v109, v110
  444: r1 -= r2
  445: r1 &= 65535
      ; write var2, v111
  446: *(u16 *)(r10 -28) = r1
  447: goto +17
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  448: r2 = *(u64 *)(r10 -16)
  449: if r2 > 16383 goto +2420
  450: r1 = r6
  451: r1 += r2
  452: r1 += 3
  453: if r1 <= r7 goto +1
  454: goto +2415
  455: r1 = r2
  456: r1 += 1
  457: *(u32 *)(r10 -60) = r1
  458: r2 += 3
  459: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  460: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  461: r2 = 3
      ; v114: bit<16> = sub v112, v113
  462: r1 -= r2
  463: r1 &= 65535
      ; write var2, v114
  464: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  465: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  466: r1 = *(u8 *)(r10 -24)
  467: if r2 == 0 goto +581
  468: if r1 == 8 goto +580
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  469: r2 = *(u64 *)(r10 -16)
  470: if r2 > 16383 goto +2399
  471: r3 = r6
  472: r3 += r2
  473: r1 = r3
  474: r1 += 1
  475: if r1 <= r7 goto +1
  476: goto +2393
  477: r1 = r2
  478: r1 += 1
  479: *(u32 *)(r10 -80) = r1
  480: r2 += 1
  481: *(u64 *)(r10 -16) = r2
      ; v117: bit<8> = read var3
  482: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  483: r2 = 1
      ; v119: bit<8> = add v117, v118
  484: r1 += r2
  485: r1 &= 255
      ; write var3, v119
  486: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  487: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  488: r2 = 1
      ; v122: bit<16> = sub v120, v121
  489: r1 -= r2
  490: r1 &= 65535
      ; write var2, v122
  491: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  492: r1 = *(u8 *)(r3 +0)
  493: if r1 == 0 goto +555
  494: if r1 == 1 goto +86
  495: if r1 == 2 goto +68
  496: if r1 == 3 goto +49
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  497: r1 = *(u64 *)(r10 -16)
  498: if r1 > 16383 goto +2371
  499: r2 = r6
  500: r2 += r1
  501: r1 = r2
  502: r1 += 1
  503: if r1 <= r7 goto +1
  504: goto +2365
  505: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  506: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  507: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  508: r1 = 1
  509: if r2 >= 2 goto +1
  510: r1 = 0
      ; verify v127, error HeaderTooShort
  511: if r1 == 0 goto +2358
      ; v128: bit<8> = read var11
  512: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  513: r2 = r1
  514: w2 = w2
      ; v130: bit<32> = const 1
  515: r1 = 1
      ; v131: bit<32> = sub v129, v130
  516: r2 -= r1
  517: w2 = w2
      ; v132: bit<32> = const 8
  518: r1 = 8
      ; v133: bit<32> = mul v131, v132
  519: r2 *= r1
  520: w2 = w2
      ; advance v133
  521: r1 = r2
  522: r1 &= 7
  523: if r1 != 0 goto +2346
  524: r1 = r2
  525: r1 >>= 3
  526: r2 = *(u64 *)(r10 -16)
  527: r2 += r1
  528: if r2 > 16383 goto +2341
  529: r1 = r6
  530: r1 += r2
  531: if r1 <= r7 goto +1
  532: goto +2337
  533: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  534: r3 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  535: r1 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  536: r2 = r1
  537: r2 &= 65535
      ; v137: bit<16> = const 1
  538: r1 = 1
      ; v138: bit<16> = sub v136, v137
  539: r2 -= r1
  540: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  541: r1 = r3
  542: r1 -= r2
  543: r1 &= 65535
      ; write var2, v139
  544: *(u16 *)(r10 -28) = r1
  545: goto +35
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  546: r2 = *(u64 *)(r10 -16)
  547: if r2 > 16383 goto +2322
  548: r1 = r6
  549: r1 += r2
  550: r1 += 2
  551: if r1 <= r7 goto +1
  552: goto +2317
  553: r1 = r2
  554: r1 += 1
  555: *(u32 *)(r10 -56) = r1
  556: r2 += 2
  557: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  558: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  559: r2 = 2
      ; v142: bit<16> = sub v140, v141
  560: r1 -= r2
  561: r1 &= 65535
      ; write var2, v142
  562: *(u16 *)(r10 -28) = r1
  563: goto +17
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  564: r2 = *(u64 *)(r10 -16)
  565: if r2 > 16383 goto +2304
  566: r1 = r6
  567: r1 += r2
  568: r1 += 3
  569: if r1 <= r7 goto +1
  570: goto +2299
  571: r1 = r2
  572: r1 += 1
  573: *(u32 *)(r10 -60) = r1
  574: r2 += 3
  575: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  576: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  577: r2 = 3
      ; v145: bit<16> = sub v143, v144
  578: r1 -= r2
  579: r1 &= 65535
      ; write var2, v145
  580: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  581: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  582: r1 = *(u8 *)(r10 -24)
  583: if r2 == 0 goto +465
  584: if r1 == 8 goto +464
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  585: r2 = *(u64 *)(r10 -16)
  586: if r2 > 16383 goto +2283
  587: r3 = r6
  588: r3 += r2
  589: r1 = r3
  590: r1 += 1
  591: if r1 <= r7 goto +1
  592: goto +2277
  593: r1 = r2
  594: r1 += 1
  595: *(u32 *)(r10 -76) = r1
  596: r2 += 1
  597: *(u64 *)(r10 -16) = r2
      ; v148: bit<8> = read var3
  598: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  599: r2 = 1
      ; v150: bit<8> = add v148, v149
  600: r1 += r2
  601: r1 &= 255
      ; write var3, v150
  602: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  603: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  604: r2 = 1
      ; v153: bit<16> = sub v151, v152
  605: r1 -= r2
  606: r1 &= 65535
      ; write var2, v153
  607: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  608: r1 = *(u8 *)(r3 +0)
  609: if r1 == 0 goto +439
  610: if r1 == 1 goto +86
  611: if r1 == 2 goto +68
  612: if r1 == 3 goto +49
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  613: r1 = *(u64 *)(r10 -16)
  614: if r1 > 16383 goto +2255
  615: r2 = r6
  616: r2 += r1
  617: r1 = r2
  618: r1 += 1
  619: if r1 <= r7 goto +1
  620: goto +2249
  621: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  622: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  623: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  624: r1 = 1
  625: if r2 >= 2 goto +1
  626: r1 = 0
      ; verify v158, error HeaderTooShort
  627: if r1 == 0 goto +2242
      ; v159: bit<8> = read var11
  628: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  629: r2 = r1
  630: w2 = w2
      ; v161: bit<32> = const 1
  631: r1 = 1
      ; v162: bit<32> = sub v160, v161
  632: r2 -= r1
  633: w2 = w2
      ; v163: bit<32> = const 8
  634: r1 = 8
      ; v164: bit<32> = mul v162, v163
  635: r2 *= r1
  636: w2 = w2
      ; advance v164
  637: r1 = r2
  638: r1 &= 7
  639: if r1 != 0 goto +2230
  640: r1 = r2
  641: r1 >>= 3
  642: r2 = *(u64 *)(r10 -16)
  643: r2 += r1
  644: if r2 > 16383 goto +2225
  645: r1 = r6
  646: r1 += r2
  647: if r1 <= r7 goto +1
  648: goto +2221
  649: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  650: r3 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  651: r1 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  652: r2 = r1
  653: r2 &= 65535
      ; v168: bit<16> = const 1
  654: r1 = 1
      ; v169: bit<16> = sub v167, v168
  655: r2 -= r1
  656: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  657: r1 = r3
  658: r1 -= r2
  659: r1 &= 65535
      ; write var2, v170
  660: *(u16 *)(r10 -28) = r1
  661: goto +35
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  662: r2 = *(u64 *)(r10 -16)
  663: if r2 > 16383 goto +2206
  664: r1 = r6
  665: r1 += r2
  666: r1 += 2
  667: if r1 <= r7 goto +1
  668: goto +2201
  669: r1 = r2
  670: r1 += 1
  671: *(u32 *)(r10 -56) = r1
  672: r2 += 2
  673: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  674: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  675: r2 = 2
      ; v173: bit<16> = sub v171, v172
  676: r1 -= r2
  677: r1 &= 65535
      ; write var2, v173
  678: *(u16 *)(r10 -28) = r1
  679: goto +17
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  680: r2 = *(u64 *)(r10 -16)
  681: if r2 > 16383 goto +2188
  682: r1 = r6
  683: r1 += r2
  684: r1 += 3
  685: if r1 <= r7 goto +1
  686: goto +2183
  687: r1 = r2
  688: r1 += 1
  689: *(u32 *)(r10 -60) = r1
  690: r2 += 3
  691: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  692: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  693: r2 = 3
      ; v176: bit<16> = sub v174, v175
  694: r1 -= r2
  695: r1 &= 65535
      ; write var2, v176
  696: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  697: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  698: r1 = *(u8 *)(r10 -24)
  699: if r2 == 0 goto +349
  700: if r1 == 8 goto +348
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  701: r2 = *(u64 *)(r10 -16)
  702: if r2 > 16383 goto +2167
  703: r3 = r6
  704: r3 += r2
  705: r1 = r3
  706: r1 += 1
  707: if r1 <= r7 goto +1
  708: goto +2161
  709: r1 = r2
  710: r1 += 1
  711: *(u32 *)(r10 -72) = r1
  712: r2 += 1
  713: *(u64 *)(r10 -16) = r2
      ; v179: bit<8> = read var3
  714: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  715: r2 = 1
      ; v181: bit<8> = add v179, v180
  716: r1 += r2
  717: r1 &= 255
      ; write var3, v181
  718: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  719: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  720: r2 = 1
      ; v184: bit<16> = sub v182, v183
  721: r1 -= r2
  722: r1 &= 65535
      ; write var2, v184
  723: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  724: r1 = *(u8 *)(r3 +0)
  725: if r1 == 0 goto +323
  726: if r1 == 1 goto +86
  727: if r1 == 2 goto +68
  728: if r1 == 3 goto +49
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  729: r1 = *(u64 *)(r10 -16)
  730: if r1 > 16383 goto +2139
  731: r2 = r6
  732: r2 += r1
  733: r1 = r2
  734: r1 += 1
  735: if r1 <= r7 goto +1
  736: goto +2133
  737: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  738: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  739: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  740: r1 = 1
  741: if r2 >= 2 goto +1
  742: r1 = 0
      ; verify v189, error HeaderTooShort
  743: if r1 == 0 goto +2126
      ; v190: bit<8> = read var11
  744: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  745: r2 = r1
  746: w2 = w2
      ; v192: bit<32> = const 1
  747: r1 = 1
      ; v193: bit<32> = sub v191, v192
  748: r2 -= r1
  749: w2 = w2
      ; v194: bit<32> = const 8
  750: r1 = 8
      ; v195: bit<32> = mul v193, v194
  751: r2 *= r1
  752: w2 = w2
      ; advance v195
  753: r1 = r2
  754: r1 &= 7
  755: if r1 != 0 goto +2114
  756: r1 = r2
  757: r1 >>= 3
  758: r2 = *(u64 *)(r10 -16)
  759: r2 += r1
  760: if r2 > 16383 goto +2109
  761: r1 = r6
  762: r1 += r2
  763: if r1 <= r7 goto +1
  764: goto +2105
  765: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  766: r3 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  767: r1 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  768: r2 = r1
  769: r2 &= 65535
      ; v199: bit<16> = const 1
  770: r1 = 1
      ; v200: bit<16> = sub v198, v199
  771: r2 -= r1
  772: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  773: r1 = r3
  774: r1 -= r2
  775: r1 &= 65535
      ; write var2, v201
  776: *(u16 *)(r10 -28) = r1
  777: goto +35
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  778: r2 = *(u64 *)(r10 -16)
  779: if r2 > 16383 goto +2090
  780: r1 = r6
  781: r1 += r2
  782: r1 += 2
  783: if r1 <= r7 goto +1
  784: goto +2085
  785: r1 = r2
  786: r1 += 1
  787: *(u32 *)(r10 -56) = r1
  788: r2 += 2
  789: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  790: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  791: r2 = 2
      ; v204: bit<16> = sub v202, v203
  792: r1 -= r2
  793: r1 &= 65535
      ; write var2, v204
  794: *(u16 *)(r10 -28) = r1
  795: goto +17
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  796: r2 = *(u64 *)(r10 -16)
  797: if r2 > 16383 goto +2072
  798: r1 = r6
  799: r1 += r2
  800: r1 += 3
  801: if r1 <= r7 goto +1
  802: goto +2067
  803: r1 = r2
  804: r1 += 1
  805: *(u32 *)(r10 -60) = r1
  806: r2 += 3
  807: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  808: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
  809: r2 = 3
      ; v207: bit<16> = sub v205, v206
  810: r1 -= r2
  811: r1 &= 65535
      ; write var2, v207
  812: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  813: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  814: r1 = *(u8 *)(r10 -24)
  815: if r2 == 0 goto +233
  816: if r1 == 8 goto +232
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  817: r2 = *(u64 *)(r10 -16)
  818: if r2 > 16383 goto +2051
  819: r3 = r6
  820: r3 += r2
  821: r1 = r3
  822: r1 += 1
  823: if r1 <= r7 goto +1
  824: goto +2045
  825: r1 = r2
  826: r1 += 1
  827: *(u32 *)(r10 -68) = r1
  828: r2 += 1
  829: *(u64 *)(r10 -16) = r2
      ; v210: bit<8> = read var3
  830: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
  831: r2 = 1
      ; v212: bit<8> = add v210, v211
  832: r1 += r2
  833: r1 &= 255
      ; write var3, v212
  834: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  835: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
  836: r2 = 1
      ; v215: bit<16> = sub v213, v214
  837: r1 -= r2
  838: r1 &= 65535
      ; write var2, v215
  839: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  840: r1 = *(u8 *)(r3 +0)
  841: if r1 == 0 goto +207
  842: if r1 == 1 goto +86
  843: if r1 == 2 goto +68
  844: if r1 == 3 goto +49
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  845: r1 = *(u64 *)(r10 -16)
  846: if r1 > 16383 goto +2023
  847: r2 = r6
  848: r2 += r1
  849: r1 = r2
  850: r1 += 1
  851: if r1 <= r7 goto +1
  852: goto +2017
  853: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  854: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  855: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  856: r1 = 1
  857: if r2 >= 2 goto +1
  858: r1 = 0
      ; verify v220, error HeaderTooShort
  859: if r1 == 0 goto +2010
      ; v221: bit<8> = read var11
  860: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  861: r2 = r1
  862: w2 = w2
      ; v223: bit<32> = const 1
  863: r1 = 1
      ; v224: bit<32> = sub v222, v223
  864: r2 -= r1
  865: w2 = w2
      ; v225: bit<32> = const 8
  866: r1 = 8
      ; v226: bit<32> = mul v224, v225
  867: r2 *= r1
  868: w2 = w2
      ; advance v226
  869: r1 = r2
  870: r1 &= 7
  871: if r1 != 0 goto +1998
  872: r1 = r2
  873: r1 >>= 3
  874: r2 = *(u64 *)(r10 -16)
  875: r2 += r1
  876: if r2 > 16383 goto +1993
  877: r1 = r6
  878: r1 += r2
  879: if r1 <= r7 goto +1
  880: goto +1989
  881: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  882: r3 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  883: r1 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  884: r2 = r1
  885: r2 &= 65535
      ; v230: bit<16> = const 1
  886: r1 = 1
      ; v231: bit<16> = sub v229, v230
  887: r2 -= r1
  888: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  889: r1 = r3
  890: r1 -= r2
  891: r1 &= 65535
      ; write var2, v232
  892: *(u16 *)(r10 -28) = r1
  893: goto +35
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  894: r2 = *(u64 *)(r10 -16)
  895: if r2 > 16383 goto +1974
  896: r1 = r6
  897: r1 += r2
  898: r1 += 2
  899: if r1 <= r7 goto +1
  900: goto +1969
  901: r1 = r2
  902: r1 += 1
  903: *(u32 *)(r10 -56) = r1
  904: r2 += 2
  905: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  906: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
  907: r2 = 2
      ; v235: bit<16> = sub v233, v234
  908: r1 -= r2
  909: r1 &= 65535
      ; write var2, v235
  910: *(u16 *)(r10 -28) = r1
  911: goto +17
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  912: r2 = *(u64 *)(r10 -16)
  913: if r2 > 16383 goto +1956
  914: r1 = r6
  915: r1 += r2
  916: r1 += 3
  917: if r1 <= r7 goto +1
  918: goto +1951
  919: r1 = r2
  920: r1 += 1
  921: *(u32 *)(r10 -60) = r1
  922: r2 += 3
  923: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  924: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
  925: r2 = 3
      ; v238: bit<16> = sub v236, v237
  926: r1 -= r2
  927: r1 &= 65535
      ; write var2, v238
  928: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  929: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  930: r1 = *(u8 *)(r10 -24)
  931: if r2 == 0 goto +117
  932: if r1 == 8 goto +116
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  933: r2 = *(u64 *)(r10 -16)
  934: if r2 > 16383 goto +1935
  935: r3 = r6
  936: r3 += r2
  937: r1 = r3
  938: r1 += 1
  939: if r1 <= r7 goto +1
  940: goto +1929
  941: r1 = r2
  942: r1 += 1
  943: *(u32 *)(r10 -64) = r1
  944: r2 += 1
  945: *(u64 *)(r10 -16) = r2
      ; v241: bit<8> = read var3
  946: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
  947: r2 = 1
      ; v243: bit<8> = add v241, v242
  948: r1 += r2
  949: r1 &= 255
      ; write var3, v243
  950: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  951: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
  952: r2 = 1
      ; v246: bit<16> = sub v244, v245
  953: r1 -= r2
  954: r1 &= 65535
      ; write var2, v246
  955: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  956: r1 = *(u8 *)(r3 +0)
  957: if r1 == 0 goto +91
  958: if r1 == 1 goto +86
  959: if r1 == 2 goto +68
  960: if r1 == 3 goto +49
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  961: r1 = *(u64 *)(r10 -16)
  962: if r1 > 16383 goto +1907
  963: r2 = r6
  964: r2 += r1
  965: r1 = r2
  966: r1 += 1
  967: if r1 <= r7 goto +1
  968: goto +1901
  969: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  970: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  971: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  972: r1 = 1
  973: if r2 >= 2 goto +1
  974: r1 = 0
      ; verify v251, error HeaderTooShort
  975: if r1 == 0 goto +1894
      ; v252: bit<8> = read var11
  976: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  977: r2 = r1
  978: w2 = w2
      ; v254: bit<32> = const 1
  979: r1 = 1
      ; v255: bit<32> = sub v253, v254
  980: r2 -= r1
  981: w2 = w2
      ; v256: bit<32> = const 8
  982: r1 = 8
      ; v257: bit<32> = mul v255, v256
  983: r2 *= r1
  984: w2 = w2
      ; advance v257
  985: r1 = r2
  986: r1 &= 7
  987: if r1 != 0 goto +1882
  988: r1 = r2
  989: r1 >>= 3
  990: r2 = *(u64 *)(r10 -16)
  991: r2 += r1
  992: if r2 > 16383 goto +1877
  993: r1 = r6
  994: r1 += r2
  995: if r1 <= r7 goto +1
  996: goto +1873
  997: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  998: r3 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  999: r1 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1000: r2 = r1
 1001: r2 &= 65535
      ; v261: bit<16> = const 1
 1002: r1 = 1
      ; v262: bit<16> = sub v260, v261
 1003: r2 -= r1
 1004: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
 1005: r1 = r3
 1006: r1 -= r2
 1007: r1 &= 65535
      ; write var2, v263
 1008: *(u16 *)(r10 -28) = r1
 1009: goto +35
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1010: r2 = *(u64 *)(r10 -16)
 1011: if r2 > 16383 goto +1858
 1012: r1 = r6
 1013: r1 += r2
 1014: r1 += 2
 1015: if r1 <= r7 goto +1
 1016: goto +1853
 1017: r1 = r2
 1018: r1 += 1
 1019: *(u32 *)(r10 -56) = r1
 1020: r2 += 2
 1021: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
 1022: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1023: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1024: r1 -= r2
 1025: r1 &= 65535
      ; write var2, v266
 1026: *(u16 *)(r10 -28) = r1
 1027: goto +17
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1028: r2 = *(u64 *)(r10 -16)
 1029: if r2 > 16383 goto +1840
 1030: r1 = r6
 1031: r1 += r2
 1032: r1 += 3
 1033: if r1 <= r7 goto +1
 1034: goto +1835
 1035: r1 = r2
 1036: r1 += 1
 1037: *(u32 *)(r10 -60) = r1
 1038: r2 += 3
 1039: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
 1040: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1041: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1042: r1 -= r2
 1043: r1 &= 65535
      ; write var2, v269
 1044: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1045: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1046: r1 = *(u8 *)(r10 -24)
 1047: if r2 == 0 goto +1
 1048: if r1 != 8 goto +1821
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
 1049: r1 = *(u32 *)(r10 -96)
 1050: if r1 == 0 goto +1
 1051: r1 = 1
      ; v1: bool = not v0
 1052: r4 = r1
 1053: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1054: r1 = *(u32 *)(r10 -96)
 1055: if r1 == 0 goto +7
 1056: r1 -= 1
 1057: if r1 > 16383 goto +5
 1058: r3 = r6
 1059: r3 += r1
 1060: r1 = r3
 1061: r1 += 20
 1062: if r1 <= r7 goto +1
 1063: r3 = 0
 1064: r1 = 0
 1065: if r3 == 0 goto +1
 1066: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1067: r2 = 18
      ; v4: bit<8> = and v2, v3
 1068: r1 &= r2
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
 1069: r2 = 1
 1070: if r1 != 2 goto +1
 1071: r2 = 0
      ; v7: bool = logical_or v1, v6
 1072: r1 = r4
 1073: r1 |= r2
 1074: if r1 != 0 goto +1800
      ; v8: bit<16> = read_field hdr11.mss
 1075: r1 = *(u32 *)(r10 -60)
 1076: if r1 == 0 goto +7
 1077: r1 -= 1
 1078: if r1 > 16383 goto +5
 1079: r2 = r6
 1080: r2 += r1
 1081: r1 = r2
 1082: r1 += 3
 1083: if r1 <= r7 goto +1
 1084: r2 = 0
 1085: r1 = 0
 1086: if r2 == 0 goto +1
 1087: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
 1088: r8 = 1
 1089: if r1 != 0 goto +1
 1090: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1091: r1 = 0
 1092: if r3 == 0 goto +1
 1093: r1 = *(u16 *)(r3 +14)
 1094: r9 = r1
 1095: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
 1096: r1 = 0
 1097: if r2 == 0 goto +1
 1098: r1 = *(u16 *)(r2 +1)
 1099: r4 = r1
 1100: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1101: r1 = 0
 1102: if r4 == 0 goto +2
 1103: r1 = r9
 1104: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
 1105: r4 = 1
 1106: if r1 == 0 goto +1
 1107: r4 = 0
      ; v16: bool = logical_and v10, v15
 1108: r1 = r8
 1109: r1 &= r4
 1110: if r1 == 0 goto +15
      ; v17: bit<16> = read_field hdr2.window
 1111: r1 = 0
 1112: if r3 == 0 goto +1
 1113: r1 = *(u16 *)(r3 +14)
 1114: r8 = r1
 1115: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1116: r1 = 0
 1117: if r2 == 0 goto +1
 1118: r1 = *(u16 *)(r2 +1)
 1119: r4 = r1
 1120: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1121: r1 = 0
 1122: if r4 == 0 goto +2
 1123: r1 = r8
 1124: r1 /= r4
      ; write var4, v19
 1125: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1126: r1 = *(u32 *)(r10 -92)
 1127: if r1 == 0 goto +7
 1128: r1 -= 1
 1129: if r1 > 16383 goto +5
 1130: r4 = r6
 1131: r4 += r1
 1132: r1 = r4
 1133: r1 += 1
 1134: if r1 <= r7 goto +1
 1135: r4 = 0
 1136: r8 = 0
 1137: if r4 == 0 goto +1
 1138: r8 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1139: r1 = *(u32 *)(r10 -88)
 1140: if r1 == 0 goto +7
 1141: r1 -= 1
 1142: if r1 > 16383 goto +5
 1143: r4 = r6
 1144: r4 += r1
 1145: r1 = r4
 1146: r1 += 1
 1147: if r1 <= r7 goto +1
 1148: r4 = 0
 1149: r1 = 0
 1150: if r4 == 0 goto +1
 1151: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1152: r8 <<= 8
 1153: r8 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1154: r1 = *(u32 *)(r10 -84)
 1155: if r1 == 0 goto +7
 1156: r1 -= 1
 1157: if r1 > 16383 goto +5
 1158: r4 = r6
 1159: r4 += r1
 1160: r1 = r4
 1161: r1 += 1
 1162: if r1 <= r7 goto +1
 1163: r4 = 0
 1164: r1 = 0
 1165: if r4 == 0 goto +1
 1166: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1167: r8 <<= 8
 1168: r8 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1169: r1 = *(u32 *)(r10 -80)
 1170: if r1 == 0 goto +7
 1171: r1 -= 1
 1172: if r1 > 16383 goto +5
 1173: r4 = r6
 1174: r4 += r1
 1175: r1 = r4
 1176: r1 += 1
 1177: if r1 <= r7 goto +1
 1178: r4 = 0
 1179: r1 = 0
 1180: if r4 == 0 goto +1
 1181: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1182: r8 <<= 8
 1183: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1184: r1 = *(u32 *)(r10 -76)
 1185: if r1 == 0 goto +7
 1186: r1 -= 1
 1187: if r1 > 16383 goto +5
 1188: r4 = r6
 1189: r4 += r1
 1190: r1 = r4
 1191: r1 += 1
 1192: if r1 <= r7 goto +1
 1193: r4 = 0
 1194: r1 = 0
 1195: if r4 == 0 goto +1
 1196: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1197: r8 <<= 8
 1198: r8 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1199: r1 = *(u32 *)(r10 -72)
 1200: if r1 == 0 goto +7
 1201: r1 -= 1
 1202: if r1 > 16383 goto +5
 1203: r4 = r6
 1204: r4 += r1
 1205: r1 = r4
 1206: r1 += 1
 1207: if r1 <= r7 goto +1
 1208: r4 = 0
 1209: r1 = 0
 1210: if r4 == 0 goto +1
 1211: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1212: r8 <<= 8
 1213: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1214: r1 = *(u32 *)(r10 -68)
 1215: if r1 == 0 goto +7
 1216: r1 -= 1
 1217: if r1 > 16383 goto +5
 1218: r4 = r6
 1219: r4 += r1
 1220: r1 = r4
 1221: r1 += 1
 1222: if r1 <= r7 goto +1
 1223: r4 = 0
 1224: r1 = 0
 1225: if r4 == 0 goto +1
 1226: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1227: r9 = r8
 1228: r9 <<= 8
 1229: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1230: r1 = *(u32 *)(r10 -64)
 1231: if r1 == 0 goto +7
 1232: r1 -= 1
 1233: if r1 > 16383 goto +5
 1234: r8 = r6
 1235: r8 += r1
 1236: r1 = r8
 1237: r1 += 1
 1238: if r1 <= r7 goto +1
 1239: r8 = 0
 1240: r4 = 0
 1241: if r8 == 0 goto +1
 1242: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1243: r1 = r9
 1244: r1 <<= 8
 1245: r1 |= r4
      ; write var5, v34
 1246: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1247: r1 = *(u32 *)(r10 -100)
 1248: if r1 == 0 goto +7
 1249: r1 -= 1
 1250: if r1 > 16383 goto +5
 1251: r4 = r6
 1252: r4 += r1
 1253: r1 = r4
 1254: r1 += 20
 1255: if r1 <= r7 goto +1
 1256: r4 = 0
 1257: r1 = 0
 1258: if r4 == 0 goto +1
 1259: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1260: r9 = 0
 1261: if r3 == 0 goto +1
 1262: r9 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1263: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1264: r4 = 0
 1265: if r2 == 0 goto +1
 1266: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1267: r3 = *(u32 *)(r10 -56)
 1268: if r3 == 0 goto +7
 1269: r3 -= 1
 1270: if r3 > 16383 goto +5
 1271: r2 = r6
 1272: r2 += r3
 1273: r3 = r2
 1274: r3 += 2
 1275: if r3 <= r7 goto +1
 1276: r2 = 0
 1277: r3 = 0
 1278: if r2 == 0 goto +1
 1279: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1280: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1281: *(u64 *)(r10 -144) = 0
 1282: *(u64 *)(r10 -136) = 0
 1283: *(u8 *)(r10 -144) = r1
 1284: r1 = r9
 1285: *(u8 *)(r10 -143) = r1
 1286: r1 >>= 8
 1287: *(u8 *)(r10 -142) = r1
 1288: r1 = r8
 1289: *(u8 *)(r10 -140) = r1
 1290: r1 >>= 8
 1291: *(u8 *)(r10 -141) = r1
 1292: r1 = r4
 1293: *(u8 *)(r10 -139) = r1
 1294: r1 >>= 8
 1295: *(u8 *)(r10 -138) = r1
 1296: r1 = r3
 1297: *(u8 *)(r10 -137) = r1
 1298: r1 = r2
 1299: r1 = be64 r1
 1300: *(u64 *)(r10 -136) = r1
 1301: r2 = 0
 1302: r1 = 0
 1303: *(u64 *)(r10 -224) = r2
 1304: *(u64 *)(r10 -232) = r1
 1305: *(u32 *)(r10 -216) = 0
 1306: r1 = map[pipe_p0f_signatures_masks] ll
 1308: r2 = r10
 1309: r2 += -216
 1310: call bpf_map_lookup_elem
 1311: r3 = r0
 1312: if r3 == 0 goto +1496
 1313: r1 = *(u32 *)(r3 +0)
 1314: if r1 == 0 goto +1494
 1315: *(u32 *)(r10 -184) = 0
 1316: r2 = *(u32 *)(r10 -144)
 1317: r1 = *(u32 *)(r3 +8)
 1318: r2 &= r1
 1319: *(u32 *)(r10 -180) = r2
 1320: r2 = *(u32 *)(r10 -140)
 1321: r1 = *(u32 *)(r3 +12)
 1322: r2 &= r1
 1323: *(u32 *)(r10 -176) = r2
 1324: r2 = *(u32 *)(r10 -136)
 1325: r1 = *(u32 *)(r3 +16)
 1326: r2 &= r1
 1327: *(u32 *)(r10 -172) = r2
 1328: r2 = *(u32 *)(r10 -132)
 1329: r1 = *(u32 *)(r3 +20)
 1330: r2 &= r1
 1331: *(u32 *)(r10 -168) = r2
 1332: r1 = map[pipe_p0f_signatures] ll
 1334: r2 = r10
 1335: r2 += -184
 1336: call bpf_map_lookup_elem
 1337: r3 = r0
 1338: if r3 == 0 goto +13
 1339: r2 = *(u32 *)(r3 +4)
 1340: r1 = *(u64 *)(r10 -224)
 1341: if r1 == 0 goto +2
 1342: r1 = *(u64 *)(r10 -232)
 1343: if r2 <= r1 goto +8
 1344: *(u64 *)(r10 -224) = 1
 1345: *(u64 *)(r10 -232) = r2
 1346: r1 = *(u32 *)(r3 +0)
 1347: *(u32 *)(r10 -208) = r1
 1348: r1 = *(u32 *)(r3 +4)
 1349: *(u32 *)(r10 -204) = r1
 1350: r1 = *(u32 *)(r3 +8)
 1351: *(u32 *)(r10 -200) = r1
 1352: *(u32 *)(r10 -216) = 1
 1353: r1 = map[pipe_p0f_signatures_masks] ll
 1355: r2 = r10
 1356: r2 += -216
 1357: call bpf_map_lookup_elem
 1358: r3 = r0
 1359: if r3 == 0 goto +1449
 1360: r1 = *(u32 *)(r3 +0)
 1361: if r1 == 0 goto +1447
 1362: *(u32 *)(r10 -184) = 1
 1363: r2 = *(u32 *)(r10 -144)
 1364: r1 = *(u32 *)(r3 +8)
 1365: r2 &= r1
 1366: *(u32 *)(r10 -180) = r2
 1367: r2 = *(u32 *)(r10 -140)
 1368: r1 = *(u32 *)(r3 +12)
 1369: r2 &= r1
 1370: *(u32 *)(r10 -176) = r2
 1371: r2 = *(u32 *)(r10 -136)
 1372: r1 = *(u32 *)(r3 +16)
 1373: r2 &= r1
 1374: *(u32 *)(r10 -172) = r2
 1375: r2 = *(u32 *)(r10 -132)
 1376: r1 = *(u32 *)(r3 +20)
 1377: r2 &= r1
 1378: *(u32 *)(r10 -168) = r2
 1379: r1 = map[pipe_p0f_signatures] ll
 1381: r2 = r10
 1382: r2 += -184
 1383: call bpf_map_lookup_elem
 1384: r3 = r0
 1385: if r3 == 0 goto +13
 1386: r2 = *(u32 *)(r3 +4)
 1387: r1 = *(u64 *)(r10 -224)
 1388: if r1 == 0 goto +2
 1389: r1 = *(u64 *)(r10 -232)
 1390: if r2 <= r1 goto +8
 1391: *(u64 *)(r10 -224) = 1
 1392: *(u64 *)(r10 -232) = r2
 1393: r1 = *(u32 *)(r3 +0)
 1394: *(u32 *)(r10 -208) = r1
 1395: r1 = *(u32 *)(r3 +4)
 1396: *(u32 *)(r10 -204) = r1
 1397: r1 = *(u32 *)(r3 +8)
 1398: *(u32 *)(r10 -200) = r1
 1399: *(u32 *)(r10 -216) = 2
 1400: r1 = map[pipe_p0f_signatures_masks] ll
 1402: r2 = r10
 1403: r2 += -216
 1404: call bpf_map_lookup_elem
 1405: r3 = r0
 1406: if r3 == 0 goto +1402
 1407: r1 = *(u32 *)(r3 +0)
 1408: if r1 == 0 goto +1400
 1409: *(u32 *)(r10 -184) = 2
 1410: r2 = *(u32 *)(r10 -144)
 1411: r1 = *(u32 *)(r3 +8)
 1412: r2 &= r1
 1413: *(u32 *)(r10 -180) = r2
 1414: r2 = *(u32 *)(r10 -140)
 1415: r1 = *(u32 *)(r3 +12)
 1416: r2 &= r1
 1417: *(u32 *)(r10 -176) = r2
 1418: r2 = *(u32 *)(r10 -136)
 1419: r1 = *(u32 *)(r3 +16)
 1420: r2 &= r1
 1421: *(u32 *)(r10 -172) = r2
 1422: r2 = *(u32 *)(r10 -132)
 1423: r1 = *(u32 *)(r3 +20)
 1424: r2 &= r1
 1425: *(u32 *)(r10 -168) = r2
 1426: r1 = map[pipe_p0f_signatures] ll
 1428: r2 = r10
 1429: r2 += -184
 1430: call bpf_map_lookup_elem
 1431: r3 = r0
 1432: if r3 == 0 goto +13
 1433: r2 = *(u32 *)(r3 +4)
 1434: r1 = *(u64 *)(r10 -224)
 1435: if r1 == 0 goto +2
 1436: r1 = *(u64 *)(r10 -232)
 1437: if r2 <= r1 goto +8
 1438: *(u64 *)(r10 -224) = 1
 1439: *(u64 *)(r10 -232) = r2
 1440: r1 = *(u32 *)(r3 +0)
 1441: *(u32 *)(r10 -208) = r1
 1442: r1 = *(u32 *)(r3 +4)
 1443: *(u32 *)(r10 -204) = r1
 1444: r1 = *(u32 *)(r3 +8)
 1445: *(u32 *)(r10 -200) = r1
 1446: *(u32 *)(r10 -216) = 3
 1447: r1 = map[pipe_p0f_signatures_masks] ll
 1449: r2 = r10
 1450: r2 += -216
 1451: call bpf_map_lookup_elem
 1452: r3 = r0
 1453: if r3 == 0 goto +1355
 1454: r1 = *(u32 *)(r3 +0)
 1455: if r1 == 0 goto +1353
 1456: *(u32 *)(r10 -184) = 3
 1457: r2 = *(u32 *)(r10 -144)
 1458: r1 = *(u32 *)(r3 +8)
 1459: r2 &= r1
 1460: *(u32 *)(r10 -180) = r2
 1461: r2 = *(u32 *)(r10 -140)
 1462: r1 = *(u32 *)(r3 +12)
 1463: r2 &= r1
 1464: *(u32 *)(r10 -176) = r2
 1465: r2 = *(u32 *)(r10 -136)
 1466: r1 = *(u32 *)(r3 +16)
 1467: r2 &= r1
 1468: *(u32 *)(r10 -172) = r2
 1469: r2 = *(u32 *)(r10 -132)
 1470: r1 = *(u32 *)(r3 +20)
 1471: r2 &= r1
 1472: *(u32 *)(r10 -168) = r2
 1473: r1 = map[pipe_p0f_signatures] ll
 1475: r2 = r10
 1476: r2 += -184
 1477: call bpf_map_lookup_elem
 1478: r3 = r0
 1479: if r3 == 0 goto +13
 1480: r2 = *(u32 *)(r3 +4)
 1481: r1 = *(u64 *)(r10 -224)
 1482: if r1 == 0 goto +2
 1483: r1 = *(u64 *)(r10 -232)
 1484: if r2 <= r1 goto +8
 1485: *(u64 *)(r10 -224) = 1
 1486: *(u64 *)(r10 -232) = r2
 1487: r1 = *(u32 *)(r3 +0)
 1488: *(u32 *)(r10 -208) = r1
 1489: r1 = *(u32 *)(r3 +4)
 1490: *(u32 *)(r10 -204) = r1
 1491: r1 = *(u32 *)(r3 +8)
 1492: *(u32 *)(r10 -200) = r1
 1493: *(u32 *)(r10 -216) = 4
 1494: r1 = map[pipe_p0f_signatures_masks] ll
 1496: r2 = r10
 1497: r2 += -216
 1498: call bpf_map_lookup_elem
 1499: r3 = r0
 1500: if r3 == 0 goto +1308
 1501: r1 = *(u32 *)(r3 +0)
 1502: if r1 == 0 goto +1306
 1503: *(u32 *)(r10 -184) = 4
 1504: r2 = *(u32 *)(r10 -144)
 1505: r1 = *(u32 *)(r3 +8)
 1506: r2 &= r1
 1507: *(u32 *)(r10 -180) = r2
 1508: r2 = *(u32 *)(r10 -140)
 1509: r1 = *(u32 *)(r3 +12)
 1510: r2 &= r1
 1511: *(u32 *)(r10 -176) = r2
 1512: r2 = *(u32 *)(r10 -136)
 1513: r1 = *(u32 *)(r3 +16)
 1514: r2 &= r1
 1515: *(u32 *)(r10 -172) = r2
 1516: r2 = *(u32 *)(r10 -132)
 1517: r1 = *(u32 *)(r3 +20)
 1518: r2 &= r1
 1519: *(u32 *)(r10 -168) = r2
 1520: r1 = map[pipe_p0f_signatures] ll
 1522: r2 = r10
 1523: r2 += -184
 1524: call bpf_map_lookup_elem
 1525: r3 = r0
 1526: if r3 == 0 goto +13
 1527: r2 = *(u32 *)(r3 +4)
 1528: r1 = *(u64 *)(r10 -224)
 1529: if r1 == 0 goto +2
 1530: r1 = *(u64 *)(r10 -232)
 1531: if r2 <= r1 goto +8
 1532: *(u64 *)(r10 -224) = 1
 1533: *(u64 *)(r10 -232) = r2
 1534: r1 = *(u32 *)(r3 +0)
 1535: *(u32 *)(r10 -208) = r1
 1536: r1 = *(u32 *)(r3 +4)
 1537: *(u32 *)(r10 -204) = r1
 1538: r1 = *(u32 *)(r3 +8)
 1539: *(u32 *)(r10 -200) = r1
 1540: *(u32 *)(r10 -216) = 5
 1541: r1 = map[pipe_p0f_signatures_masks] ll
 1543: r2 = r10
 1544: r2 += -216
 1545: call bpf_map_lookup_elem
 1546: r3 = r0
 1547: if r3 == 0 goto +1261
 1548: r1 = *(u32 *)(r3 +0)
 1549: if r1 == 0 goto +1259
 1550: *(u32 *)(r10 -184) = 5
 1551: r2 = *(u32 *)(r10 -144)
 1552: r1 = *(u32 *)(r3 +8)
 1553: r2 &= r1
 1554: *(u32 *)(r10 -180) = r2
 1555: r2 = *(u32 *)(r10 -140)
 1556: r1 = *(u32 *)(r3 +12)
 1557: r2 &= r1
 1558: *(u32 *)(r10 -176) = r2
 1559: r2 = *(u32 *)(r10 -136)
 1560: r1 = *(u32 *)(r3 +16)
 1561: r2 &= r1
 1562: *(u32 *)(r10 -172) = r2
 1563: r2 = *(u32 *)(r10 -132)
 1564: r1 = *(u32 *)(r3 +20)
 1565: r2 &= r1
 1566: *(u32 *)(r10 -168) = r2
 1567: r1 = map[pipe_p0f_signatures] ll
 1569: r2 = r10
 1570: r2 += -184
 1571: call bpf_map_lookup_elem
 1572: r3 = r0
 1573: if r3 == 0 goto +13
 1574: r2 = *(u32 *)(r3 +4)
 1575: r1 = *(u64 *)(r10 -224)
 1576: if r1 == 0 goto +2
 1577: r1 = *(u64 *)(r10 -232)
 1578: if r2 <= r1 goto +8
 1579: *(u64 *)(r10 -224) = 1
 1580: *(u64 *)(r10 -232) = r2
 1581: r1 = *(u32 *)(r3 +0)
 1582: *(u32 *)(r10 -208) = r1
 1583: r1 = *(u32 *)(r3 +4)
 1584: *(u32 *)(r10 -204) = r1
 1585: r1 = *(u32 *)(r3 +8)
 1586: *(u32 *)(r10 -200) = r1
 1587: *(u32 *)(r10 -216) = 6
 1588: r1 = map[pipe_p0f_signatures_masks] ll
 1590: r2 = r10
 1591: r2 += -216
 1592: call bpf_map_lookup_elem
 1593: r3 = r0
 1594: if r3 == 0 goto +1214
 1595: r1 = *(u32 *)(r3 +0)
 1596: if r1 == 0 goto +1212
 1597: *(u32 *)(r10 -184) = 6
 1598: r2 = *(u32 *)(r10 -144)
 1599: r1 = *(u32 *)(r3 +8)
 1600: r2 &= r1
 1601: *(u32 *)(r10 -180) = r2
 1602: r2 = *(u32 *)(r10 -140)
 1603: r1 = *(u32 *)(r3 +12)
 1604: r2 &= r1
 1605: *(u32 *)(r10 -176) = r2
 1606: r2 = *(u32 *)(r10 -136)
 1607: r1 = *(u32 *)(r3 +16)
 1608: r2 &= r1
 1609: *(u32 *)(r10 -172) = r2
 1610: r2 = *(u32 *)(r10 -132)
 1611: r1 = *(u32 *)(r3 +20)
 1612: r2 &= r1
 1613: *(u32 *)(r10 -168) = r2
 1614: r1 = map[pipe_p0f_signatures] ll
 1616: r2 = r10
 1617: r2 += -184
 1618: call bpf_map_lookup_elem
 1619: r3 = r0
 1620: if r3 == 0 goto +13
 1621: r2 = *(u32 *)(r3 +4)
 1622: r1 = *(u64 *)(r10 -224)
 1623: if r1 == 0 goto +2
 1624: r1 = *(u64 *)(r10 -232)
 1625: if r2 <= r1 goto +8
 1626: *(u64 *)(r10 -224) = 1
 1627: *(u64 *)(r10 -232) = r2
 1628: r1 = *(u32 *)(r3 +0)
 1629: *(u32 *)(r10 -208) = r1
 1630: r1 = *(u32 *)(r3 +4)
 1631: *(u32 *)(r10 -204) = r1
 1632: r1 = *(u32 *)(r3 +8)
 1633: *(u32 *)(r10 -200) = r1
 1634: *(u32 *)(r10 -216) = 7
 1635: r1 = map[pipe_p0f_signatures_masks] ll
 1637: r2 = r10
 1638: r2 += -216
 1639: call bpf_map_lookup_elem
 1640: r3 = r0
 1641: if r3 == 0 goto +1167
 1642: r1 = *(u32 *)(r3 +0)
 1643: if r1 == 0 goto +1165
 1644: *(u32 *)(r10 -184) = 7
 1645: r2 = *(u32 *)(r10 -144)
 1646: r1 = *(u32 *)(r3 +8)
 1647: r2 &= r1
 1648: *(u32 *)(r10 -180) = r2
 1649: r2 = *(u32 *)(r10 -140)
 1650: r1 = *(u32 *)(r3 +12)
 1651: r2 &= r1
 1652: *(u32 *)(r10 -176) = r2
 1653: r2 = *(u32 *)(r10 -136)
 1654: r1 = *(u32 *)(r3 +16)
 1655: r2 &= r1
 1656: *(u32 *)(r10 -172) = r2
 1657: r2 = *(u32 *)(r10 -132)
 1658: r1 = *(u32 *)(r3 +20)
 1659: r2 &= r1
 1660: *(u32 *)(r10 -168) = r2
 1661: r1 = map[pipe_p0f_signatures] ll
 1663: r2 = r10
 1664: r2 += -184
 1665: call bpf_map_lookup_elem
 1666: r3 = r0
 1667: if r3 == 0 goto +13
 1668: r2 = *(u32 *)(r3 +4)
 1669: r1 = *(u64 *)(r10 -224)
 1670: if r1 == 0 goto +2
 1671: r1 = *(u64 *)(r10 -232)
 1672: if r2 <= r1 goto +8
 1673: *(u64 *)(r10 -224) = 1
 1674: *(u64 *)(r10 -232) = r2
 1675: r1 = *(u32 *)(r3 +0)
 1676: *(u32 *)(r10 -208) = r1
 1677: r1 = *(u32 *)(r3 +4)
 1678: *(u32 *)(r10 -204) = r1
 1679: r1 = *(u32 *)(r3 +8)
 1680: *(u32 *)(r10 -200) = r1
 1681: *(u32 *)(r10 -216) = 8
 1682: r1 = map[pipe_p0f_signatures_masks] ll
 1684: r2 = r10
 1685: r2 += -216
 1686: call bpf_map_lookup_elem
 1687: r3 = r0
 1688: if r3 == 0 goto +1120
 1689: r1 = *(u32 *)(r3 +0)
 1690: if r1 == 0 goto +1118
 1691: *(u32 *)(r10 -184) = 8
 1692: r2 = *(u32 *)(r10 -144)
 1693: r1 = *(u32 *)(r3 +8)
 1694: r2 &= r1
 1695: *(u32 *)(r10 -180) = r2
 1696: r2 = *(u32 *)(r10 -140)
 1697: r1 = *(u32 *)(r3 +12)
 1698: r2 &= r1
 1699: *(u32 *)(r10 -176) = r2
 1700: r2 = *(u32 *)(r10 -136)
 1701: r1 = *(u32 *)(r3 +16)
 1702: r2 &= r1
 1703: *(u32 *)(r10 -172) = r2
 1704: r2 = *(u32 *)(r10 -132)
 1705: r1 = *(u32 *)(r3 +20)
 1706: r2 &= r1
 1707: *(u32 *)(r10 -168) = r2
 1708: r1 = map[pipe_p0f_signatures] ll
 1710: r2 = r10
 1711: r2 += -184
 1712: call bpf_map_lookup_elem
 1713: r3 = r0
 1714: if r3 == 0 goto +13
 1715: r2 = *(u32 *)(r3 +4)
 1716: r1 = *(u64 *)(r10 -224)
 1717: if r1 == 0 goto +2
 1718: r1 = *(u64 *)(r10 -232)
 1719: if r2 <= r1 goto +8
 1720: *(u64 *)(r10 -224) = 1
 1721: *(u64 *)(r10 -232) = r2
 1722: r1 = *(u32 *)(r3 +0)
 1723: *(u32 *)(r10 -208) = r1
 1724: r1 = *(u32 *)(r3 +4)
 1725: *(u32 *)(r10 -204) = r1
 1726: r1 = *(u32 *)(r3 +8)
 1727: *(u32 *)(r10 -200) = r1
 1728: *(u32 *)(r10 -216) = 9
 1729: r1 = map[pipe_p0f_signatures_masks] ll
 1731: r2 = r10
 1732: r2 += -216
 1733: call bpf_map_lookup_elem
 1734: r3 = r0
 1735: if r3 == 0 goto +1073
 1736: r1 = *(u32 *)(r3 +0)
 1737: if r1 == 0 goto +1071
 1738: *(u32 *)(r10 -184) = 9
 1739: r2 = *(u32 *)(r10 -144)
 1740: r1 = *(u32 *)(r3 +8)
 1741: r2 &= r1
 1742: *(u32 *)(r10 -180) = r2
 1743: r2 = *(u32 *)(r10 -140)
 1744: r1 = *(u32 *)(r3 +12)
 1745: r2 &= r1
 1746: *(u32 *)(r10 -176) = r2
 1747: r2 = *(u32 *)(r10 -136)
 1748: r1 = *(u32 *)(r3 +16)
 1749: r2 &= r1
 1750: *(u32 *)(r10 -172) = r2
 1751: r2 = *(u32 *)(r10 -132)
 1752: r1 = *(u32 *)(r3 +20)
 1753: r2 &= r1
 1754: *(u32 *)(r10 -168) = r2
 1755: r1 = map[pipe_p0f_signatures] ll
 1757: r2 = r10
 1758: r2 += -184
 1759: call bpf_map_lookup_elem
 1760: r3 = r0
 1761: if r3 == 0 goto +13
 1762: r2 = *(u32 *)(r3 +4)
 1763: r1 = *(u64 *)(r10 -224)
 1764: if r1 == 0 goto +2
 1765: r1 = *(u64 *)(r10 -232)
 1766: if r2 <= r1 goto +8
 1767: *(u64 *)(r10 -224) = 1
 1768: *(u64 *)(r10 -232) = r2
 1769: r1 = *(u32 *)(r3 +0)
 1770: *(u32 *)(r10 -208) = r1
 1771: r1 = *(u32 *)(r3 +4)
 1772: *(u32 *)(r10 -204) = r1
 1773: r1 = *(u32 *)(r3 +8)
 1774: *(u32 *)(r10 -200) = r1
 1775: *(u32 *)(r10 -216) = 10
 1776: r1 = map[pipe_p0f_signatures_masks] ll
 1778: r2 = r10
 1779: r2 += -216
 1780: call bpf_map_lookup_elem
 1781: r3 = r0
 1782: if r3 == 0 goto +1026
 1783: r1 = *(u32 *)(r3 +0)
 1784: if r1 == 0 goto +1024
 1785: *(u32 *)(r10 -184) = 10
 1786: r2 = *(u32 *)(r10 -144)
 1787: r1 = *(u32 *)(r3 +8)
 1788: r2 &= r1
 1789: *(u32 *)(r10 -180) = r2
 1790: r2 = *(u32 *)(r10 -140)
 1791: r1 = *(u32 *)(r3 +12)
 1792: r2 &= r1
 1793: *(u32 *)(r10 -176) = r2
 1794: r2 = *(u32 *)(r10 -136)
 1795: r1 = *(u32 *)(r3 +16)
 1796: r2 &= r1
 1797: *(u32 *)(r10 -172) = r2
 1798: r2 = *(u32 *)(r10 -132)
 1799: r1 = *(u32 *)(r3 +20)
 1800: r2 &= r1
 1801: *(u32 *)(r10 -168) = r2
 1802: r1 = map[pipe_p0f_signatures] ll
 1804: r2 = r10
 1805: r2 += -184
 1806: call bpf_map_lookup_elem
 1807: r3 = r0
 1808: if r3 == 0 goto +13
 1809: r2 = *(u32 *)(r3 +4)
 1810: r1 = *(u64 *)(r10 -224)
 1811: if r1 == 0 goto +2
 1812: r1 = *(u64 *)(r10 -232)
 1813: if r2 <= r1 goto +8
 1814: *(u64 *)(r10 -224) = 1
 1815: *(u64 *)(r10 -232) = r2
 1816: r1 = *(u32 *)(r3 +0)
 1817: *(u32 *)(r10 -208) = r1
 1818: r1 = *(u32 *)(r3 +4)
 1819: *(u32 *)(r10 -204) = r1
 1820: r1 = *(u32 *)(r3 +8)
 1821: *(u32 *)(r10 -200) = r1
 1822: *(u32 *)(r10 -216) = 11
 1823: r1 = map[pipe_p0f_signatures_masks] ll
 1825: r2 = r10
 1826: r2 += -216
 1827: call bpf_map_lookup_elem
 1828: r3 = r0
 1829: if r3 == 0 goto +979
 1830: r1 = *(u32 *)(r3 +0)
 1831: if r1 == 0 goto +977
 1832: *(u32 *)(r10 -184) = 11
 1833: r2 = *(u32 *)(r10 -144)
 1834: r1 = *(u32 *)(r3 +8)
 1835: r2 &= r1
 1836: *(u32 *)(r10 -180) = r2
 1837: r2 = *(u32 *)(r10 -140)
 1838: r1 = *(u32 *)(r3 +12)
 1839: r2 &= r1
 1840: *(u32 *)(r10 -176) = r2
 1841: r2 = *(u32 *)(r10 -136)
 1842: r1 = *(u32 *)(r3 +16)
 1843: r2 &= r1
 1844: *(u32 *)(r10 -172) = r2
 1845: r2 = *(u32 *)(r10 -132)
 1846: r1 = *(u32 *)(r3 +20)
 1847: r2 &= r1
 1848: *(u32 *)(r10 -168) = r2
 1849: r1 = map[pipe_p0f_signatures] ll
 1851: r2 = r10
 1852: r2 += -184
 1853: call bpf_map_lookup_elem
 1854: r3 = r0
 1855: if r3 == 0 goto +13
 1856: r2 = *(u32 *)(r3 +4)
 1857: r1 = *(u64 *)(r10 -224)
 1858: if r1 == 0 goto +2
 1859: r1 = *(u64 *)(r10 -232)
 1860: if r2 <= r1 goto +8
 1861: *(u64 *)(r10 -224) = 1
 1862: *(u64 *)(r10 -232) = r2
 1863: r1 = *(u32 *)(r3 +0)
 1864: *(u32 *)(r10 -208) = r1
 1865: r1 = *(u32 *)(r3 +4)
 1866: *(u32 *)(r10 -204) = r1
 1867: r1 = *(u32 *)(r3 +8)
 1868: *(u32 *)(r10 -200) = r1
 1869: *(u32 *)(r10 -216) = 12
 1870: r1 = map[pipe_p0f_signatures_masks] ll
 1872: r2 = r10
 1873: r2 += -216
 1874: call bpf_map_lookup_elem
 1875: r3 = r0
 1876: if r3 == 0 goto +932
 1877: r1 = *(u32 *)(r3 +0)
 1878: if r1 == 0 goto +930
 1879: *(u32 *)(r10 -184) = 12
 1880: r2 = *(u32 *)(r10 -144)
 1881: r1 = *(u32 *)(r3 +8)
 1882: r2 &= r1
 1883: *(u32 *)(r10 -180) = r2
 1884: r2 = *(u32 *)(r10 -140)
 1885: r1 = *(u32 *)(r3 +12)
 1886: r2 &= r1
 1887: *(u32 *)(r10 -176) = r2
 1888: r2 = *(u32 *)(r10 -136)
 1889: r1 = *(u32 *)(r3 +16)
 1890: r2 &= r1
 1891: *(u32 *)(r10 -172) = r2
 1892: r2 = *(u32 *)(r10 -132)
 1893: r1 = *(u32 *)(r3 +20)
 1894: r2 &= r1
 1895: *(u32 *)(r10 -168) = r2
 1896: r1 = map[pipe_p0f_signatures] ll
 1898: r2 = r10
 1899: r2 += -184
 1900: call bpf_map_lookup_elem
 1901: r3 = r0
 1902: if r3 == 0 goto +13
 1903: r2 = *(u32 *)(r3 +4)
 1904: r1 = *(u64 *)(r10 -224)
 1905: if r1 == 0 goto +2
 1906: r1 = *(u64 *)(r10 -232)
 1907: if r2 <= r1 goto +8
 1908: *(u64 *)(r10 -224) = 1
 1909: *(u64 *)(r10 -232) = r2
 1910: r1 = *(u32 *)(r3 +0)
 1911: *(u32 *)(r10 -208) = r1
 1912: r1 = *(u32 *)(r3 +4)
 1913: *(u32 *)(r10 -204) = r1
 1914: r1 = *(u32 *)(r3 +8)
 1915: *(u32 *)(r10 -200) = r1
 1916: *(u32 *)(r10 -216) = 13
 1917: r1 = map[pipe_p0f_signatures_masks] ll
 1919: r2 = r10
 1920: r2 += -216
 1921: call bpf_map_lookup_elem
 1922: r3 = r0
 1923: if r3 == 0 goto +885
 1924: r1 = *(u32 *)(r3 +0)
 1925: if r1 == 0 goto +883
 1926: *(u32 *)(r10 -184) = 13
 1927: r2 = *(u32 *)(r10 -144)
 1928: r1 = *(u32 *)(r3 +8)
 1929: r2 &= r1
 1930: *(u32 *)(r10 -180) = r2
 1931: r2 = *(u32 *)(r10 -140)
 1932: r1 = *(u32 *)(r3 +12)
 1933: r2 &= r1
 1934: *(u32 *)(r10 -176) = r2
 1935: r2 = *(u32 *)(r10 -136)
 1936: r1 = *(u32 *)(r3 +16)
 1937: r2 &= r1
 1938: *(u32 *)(r10 -172) = r2
 1939: r2 = *(u32 *)(r10 -132)
 1940: r1 = *(u32 *)(r3 +20)
 1941: r2 &= r1
 1942: *(u32 *)(r10 -168) = r2
 1943: r1 = map[pipe_p0f_signatures] ll
 1945: r2 = r10
 1946: r2 += -184
 1947: call bpf_map_lookup_elem
 1948: r3 = r0
 1949: if r3 == 0 goto +13
 1950: r2 = *(u32 *)(r3 +4)
 1951: r1 = *(u64 *)(r10 -224)
 1952: if r1 == 0 goto +2
 1953: r1 = *(u64 *)(r10 -232)
 1954: if r2 <= r1 goto +8
 1955: *(u64 *)(r10 -224) = 1
 1956: *(u64 *)(r10 -232) = r2
 1957: r1 = *(u32 *)(r3 +0)
 1958: *(u32 *)(r10 -208) = r1
 1959: r1 = *(u32 *)(r3 +4)
 1960: *(u32 *)(r10 -204) = r1
 1961: r1 = *(u32 *)(r3 +8)
 1962: *(u32 *)(r10 -200) = r1
 1963: *(u32 *)(r10 -216) = 14
 1964: r1 = map[pipe_p0f_signatures_masks] ll
 1966: r2 = r10
 1967: r2 += -216
 1968: call bpf_map_lookup_elem
 1969: r3 = r0
 1970: if r3 == 0 goto +838
 1971: r1 = *(u32 *)(r3 +0)
 1972: if r1 == 0 goto +836
 1973: *(u32 *)(r10 -184) = 14
 1974: r2 = *(u32 *)(r10 -144)
 1975: r1 = *(u32 *)(r3 +8)
 1976: r2 &= r1
 1977: *(u32 *)(r10 -180) = r2
 1978: r2 = *(u32 *)(r10 -140)
 1979: r1 = *(u32 *)(r3 +12)
 1980: r2 &= r1
 1981: *(u32 *)(r10 -176) = r2
 1982: r2 = *(u32 *)(r10 -136)
 1983: r1 = *(u32 *)(r3 +16)
 1984: r2 &= r1
 1985: *(u32 *)(r10 -172) = r2
 1986: r2 = *(u32 *)(r10 -132)
 1987: r1 = *(u32 *)(r3 +20)
 1988: r2 &= r1
 1989: *(u32 *)(r10 -168) = r2
 1990: r1 = map[pipe_p0f_signatures] ll
 1992: r2 = r10
 1993: r2 += -184
 1994: call bpf_map_lookup_elem
 1995: r3 = r0
 1996: if r3 == 0 goto +13
 1997: r2 = *(u32 *)(r3 +4)
 1998: r1 = *(u64 *)(r10 -224)
 1999: if r1 == 0 goto +2
 2000: r1 = *(u64 *)(r10 -232)
 2001: if r2 <= r1 goto +8
 2002: *(u64 *)(r10 -224) = 1
 2003: *(u64 *)(r10 -232) = r2
 2004: r1 = *(u32 *)(r3 +0)
 2005: *(u32 *)(r10 -208) = r1
 2006: r1 = *(u32 *)(r3 +4)
 2007: *(u32 *)(r10 -204) = r1
 2008: r1 = *(u32 *)(r3 +8)
 2009: *(u32 *)(r10 -200) = r1
 2010: *(u32 *)(r10 -216) = 15
 2011: r1 = map[pipe_p0f_signatures_masks] ll
 2013: r2 = r10
 2014: r2 += -216
 2015: call bpf_map_lookup_elem
 2016: r3 = r0
 2017: if r3 == 0 goto +791
 2018: r1 = *(u32 *)(r3 +0)
 2019: if r1 == 0 goto +789
 2020: *(u32 *)(r10 -184) = 15
 2021: r2 = *(u32 *)(r10 -144)
 2022: r1 = *(u32 *)(r3 +8)
 2023: r2 &= r1
 2024: *(u32 *)(r10 -180) = r2
 2025: r2 = *(u32 *)(r10 -140)
 2026: r1 = *(u32 *)(r3 +12)
 2027: r2 &= r1
 2028: *(u32 *)(r10 -176) = r2
 2029: r2 = *(u32 *)(r10 -136)
 2030: r1 = *(u32 *)(r3 +16)
 2031: r2 &= r1
 2032: *(u32 *)(r10 -172) = r2
 2033: r2 = *(u32 *)(r10 -132)
 2034: r1 = *(u32 *)(r3 +20)
 2035: r2 &= r1
 2036: *(u32 *)(r10 -168) = r2
 2037: r1 = map[pipe_p0f_signatures] ll
 2039: r2 = r10
 2040: r2 += -184
 2041: call bpf_map_lookup_elem
 2042: r3 = r0
 2043: if r3 == 0 goto +13
 2044: r2 = *(u32 *)(r3 +4)
 2045: r1 = *(u64 *)(r10 -224)
 2046: if r1 == 0 goto +2
 2047: r1 = *(u64 *)(r10 -232)
 2048: if r2 <= r1 goto +8
 2049: *(u64 *)(r10 -224) = 1
 2050: *(u64 *)(r10 -232) = r2
 2051: r1 = *(u32 *)(r3 +0)
 2052: *(u32 *)(r10 -208) = r1
 2053: r1 = *(u32 *)(r3 +4)
 2054: *(u32 *)(r10 -204) = r1
 2055: r1 = *(u32 *)(r3 +8)
 2056: *(u32 *)(r10 -200) = r1
 2057: *(u32 *)(r10 -216) = 16
 2058: r1 = map[pipe_p0f_signatures_masks] ll
 2060: r2 = r10
 2061: r2 += -216
 2062: call bpf_map_lookup_elem
 2063: r3 = r0
 2064: if r3 == 0 goto +744
 2065: r1 = *(u32 *)(r3 +0)
 2066: if r1 == 0 goto +742
 2067: *(u32 *)(r10 -184) = 16
 2068: r2 = *(u32 *)(r10 -144)
 2069: r1 = *(u32 *)(r3 +8)
 2070: r2 &= r1
 2071: *(u32 *)(r10 -180) = r2
 2072: r2 = *(u32 *)(r10 -140)
 2073: r1 = *(u32 *)(r3 +12)
 2074: r2 &= r1
 2075: *(u32 *)(r10 -176) = r2
 2076: r2 = *(u32 *)(r10 -136)
 2077: r1 = *(u32 *)(r3 +16)
 2078: r2 &= r1
 2079: *(u32 *)(r10 -172) = r2
 2080: r2 = *(u32 *)(r10 -132)
 2081: r1 = *(u32 *)(r3 +20)
 2082: r2 &= r1
 2083: *(u32 *)(r10 -168) = r2
 2084: r1 = map[pipe_p0f_signatures] ll
 2086: r2 = r10
 2087: r2 += -184
 2088: call bpf_map_lookup_elem
 2089: r3 = r0
 2090: if r3 == 0 goto +13
 2091: r2 = *(u32 *)(r3 +4)
 2092: r1 = *(u64 *)(r10 -224)
 2093: if r1 == 0 goto +2
 2094: r1 = *(u64 *)(r10 -232)
 2095: if r2 <= r1 goto +8
 2096: *(u64 *)(r10 -224) = 1
 2097: *(u64 *)(r10 -232) = r2
 2098: r1 = *(u32 *)(r3 +0)
 2099: *(u32 *)(r10 -208) = r1
 2100: r1 = *(u32 *)(r3 +4)
 2101: *(u32 *)(r10 -204) = r1
 2102: r1 = *(u32 *)(r3 +8)
 2103: *(u32 *)(r10 -200) = r1
 2104: *(u32 *)(r10 -216) = 17
 2105: r1 = map[pipe_p0f_signatures_masks] ll
 2107: r2 = r10
 2108: r2 += -216
 2109: call bpf_map_lookup_elem
 2110: r3 = r0
 2111: if r3 == 0 goto +697
 2112: r1 = *(u32 *)(r3 +0)
 2113: if r1 == 0 goto +695
 2114: *(u32 *)(r10 -184) = 17
 2115: r2 = *(u32 *)(r10 -144)
 2116: r1 = *(u32 *)(r3 +8)
 2117: r2 &= r1
 2118: *(u32 *)(r10 -180) = r2
 2119: r2 = *(u32 *)(r10 -140)
 2120: r1 = *(u32 *)(r3 +12)
 2121: r2 &= r1
 2122: *(u32 *)(r10 -176) = r2
 2123: r2 = *(u32 *)(r10 -136)
 2124: r1 = *(u32 *)(r3 +16)
 2125: r2 &= r1
 2126: *(u32 *)(r10 -172) = r2
 2127: r2 = *(u32 *)(r10 -132)
 2128: r1 = *(u32 *)(r3 +20)
 2129: r2 &= r1
 2130: *(u32 *)(r10 -168) = r2
 2131: r1 = map[pipe_p0f_signatures] ll
 2133: r2 = r10
 2134: r2 += -184
 2135: call bpf_map_lookup_elem
 2136: r3 = r0
 2137: if r3 == 0 goto +13
 2138: r2 = *(u32 *)(r3 +4)
 2139: r1 = *(u64 *)(r10 -224)
 2140: if r1 == 0 goto +2
 2141: r1 = *(u64 *)(r10 -232)
 2142: if r2 <= r1 goto +8
 2143: *(u64 *)(r10 -224) = 1
 2144: *(u64 *)(r10 -232) = r2
 2145: r1 = *(u32 *)(r3 +0)
 2146: *(u32 *)(r10 -208) = r1
 2147: r1 = *(u32 *)(r3 +4)
 2148: *(u32 *)(r10 -204) = r1
 2149: r1 = *(u32 *)(r3 +8)
 2150: *(u32 *)(r10 -200) = r1
 2151: *(u32 *)(r10 -216) = 18
 2152: r1 = map[pipe_p0f_signatures_masks] ll
 2154: r2 = r10
 2155: r2 += -216
 2156: call bpf_map_lookup_elem
 2157: r3 = r0
 2158: if r3 == 0 goto +650
 2159: r1 = *(u32 *)(r3 +0)
 2160: if r1 == 0 goto +648
 2161: *(u32 *)(r10 -184) = 18
 2162: r2 = *(u32 *)(r10 -144)
 2163: r1 = *(u32 *)(r3 +8)
 2164: r2 &= r1
 2165: *(u32 *)(r10 -180) = r2
 2166: r2 = *(u32 *)(r10 -140)
 2167: r1 = *(u32 *)(r3 +12)
 2168: r2 &= r1
 2169: *(u32 *)(r10 -176) = r2
 2170: r2 = *(u32 *)(r10 -136)
 2171: r1 = *(u32 *)(r3 +16)
 2172: r2 &= r1
 2173: *(u32 *)(r10 -172) = r2
 2174: r2 = *(u32 *)(r10 -132)
 2175: r1 = *(u32 *)(r3 +20)
 2176: r2 &= r1
 2177: *(u32 *)(r10 -168) = r2
 2178: r1 = map[pipe_p0f_signatures] ll
 2180: r2 = r10
 2181: r2 += -184
 2182: call bpf_map_lookup_elem
 2183: r3 = r0
 2184: if r3 == 0 goto +13
 2185: r2 = *(u32 *)(r3 +4)
 2186: r1 = *(u64 *)(r10 -224)
 2187: if r1 == 0 goto +2
 2188: r1 = *(u64 *)(r10 -232)
 2189: if r2 <= r1 goto +8
 2190: *(u64 *)(r10 -224) = 1
 2191: *(u64 *)(r10 -232) = r2
 2192: r1 = *(u32 *)(r3 +0)
 2193: *(u32 *)(r10 -208) = r1
 2194: r1 = *(u32 *)(r3 +4)
 2195: *(u32 *)(r10 -204) = r1
 2196: r1 = *(u32 *)(r3 +8)
 2197: *(u32 *)(r10 -200) = r1
 2198: *(u32 *)(r10 -216) = 19
 2199: r1 = map[pipe_p0f_signatures_masks] ll
 2201: r2 = r10
 2202: r2 += -216
 2203: call bpf_map_lookup_elem
 2204: r3 = r0
 2205: if r3 == 0 goto +603
 2206: r1 = *(u32 *)(r3 +0)
 2207: if r1 == 0 goto +601
 2208: *(u32 *)(r10 -184) = 19
 2209: r2 = *(u32 *)(r10 -144)
 2210: r1 = *(u32 *)(r3 +8)
 2211: r2 &= r1
 2212: *(u32 *)(r10 -180) = r2
 2213: r2 = *(u32 *)(r10 -140)
 2214: r1 = *(u32 *)(r3 +12)
 2215: r2 &= r1
 2216: *(u32 *)(r10 -176) = r2
 2217: r2 = *(u32 *)(r10 -136)
 2218: r1 = *(u32 *)(r3 +16)
 2219: r2 &= r1
 2220: *(u32 *)(r10 -172) = r2
 2221: r2 = *(u32 *)(r10 -132)
 2222: r1 = *(u32 *)(r3 +20)
 2223: r2 &= r1
 2224: *(u32 *)(r10 -168) = r2
 2225: r1 = map[pipe_p0f_signatures] ll
 2227: r2 = r10
 2228: r2 += -184
 2229: call bpf_map_lookup_elem
 2230: r3 = r0
 2231: if r3 == 0 goto +13
 2232: r2 = *(u32 *)(r3 +4)
 2233: r1 = *(u64 *)(r10 -224)
 2234: if r1 == 0 goto +2
 2235: r1 = *(u64 *)(r10 -232)
 2236: if r2 <= r1 goto +8
 2237: *(u64 *)(r10 -224) = 1
 2238: *(u64 *)(r10 -232) = r2
 2239: r1 = *(u32 *)(r3 +0)
 2240: *(u32 *)(r10 -208) = r1
 2241: r1 = *(u32 *)(r3 +4)
 2242: *(u32 *)(r10 -204) = r1
 2243: r1 = *(u32 *)(r3 +8)
 2244: *(u32 *)(r10 -200) = r1
 2245: *(u32 *)(r10 -216) = 20
 2246: r1 = map[pipe_p0f_signatures_masks] ll
 2248: r2 = r10
 2249: r2 += -216
 2250: call bpf_map_lookup_elem
 2251: r3 = r0
 2252: if r3 == 0 goto +556
 2253: r1 = *(u32 *)(r3 +0)
 2254: if r1 == 0 goto +554
 2255: *(u32 *)(r10 -184) = 20
 2256: r2 = *(u32 *)(r10 -144)
 2257: r1 = *(u32 *)(r3 +8)
 2258: r2 &= r1
 2259: *(u32 *)(r10 -180) = r2
 2260: r2 = *(u32 *)(r10 -140)
 2261: r1 = *(u32 *)(r3 +12)
 2262: r2 &= r1
 2263: *(u32 *)(r10 -176) = r2
 2264: r2 = *(u32 *)(r10 -136)
 2265: r1 = *(u32 *)(r3 +16)
 2266: r2 &= r1
 2267: *(u32 *)(r10 -172) = r2
 2268: r2 = *(u32 *)(r10 -132)
 2269: r1 = *(u32 *)(r3 +20)
 2270: r2 &= r1
 2271: *(u32 *)(r10 -168) = r2
 2272: r1 = map[pipe_p0f_signatures] ll
 2274: r2 = r10
 2275: r2 += -184
 2276: call bpf_map_lookup_elem
 2277: r3 = r0
 2278: if r3 == 0 goto +13
 2279: r2 = *(u32 *)(r3 +4)
 2280: r1 = *(u64 *)(r10 -224)
 2281: if r1 == 0 goto +2
 2282: r1 = *(u64 *)(r10 -232)
 2283: if r2 <= r1 goto +8
 2284: *(u64 *)(r10 -224) = 1
 2285: *(u64 *)(r10 -232) = r2
 2286: r1 = *(u32 *)(r3 +0)
 2287: *(u32 *)(r10 -208) = r1
 2288: r1 = *(u32 *)(r3 +4)
 2289: *(u32 *)(r10 -204) = r1
 2290: r1 = *(u32 *)(r3 +8)
 2291: *(u32 *)(r10 -200) = r1
 2292: *(u32 *)(r10 -216) = 21
 2293: r1 = map[pipe_p0f_signatures_masks] ll
 2295: r2 = r10
 2296: r2 += -216
 2297: call bpf_map_lookup_elem
 2298: r3 = r0
 2299: if r3 == 0 goto +509
 2300: r1 = *(u32 *)(r3 +0)
 2301: if r1 == 0 goto +507
 2302: *(u32 *)(r10 -184) = 21
 2303: r2 = *(u32 *)(r10 -144)
 2304: r1 = *(u32 *)(r3 +8)
 2305: r2 &= r1
 2306: *(u32 *)(r10 -180) = r2
 2307: r2 = *(u32 *)(r10 -140)
 2308: r1 = *(u32 *)(r3 +12)
 2309: r2 &= r1
 2310: *(u32 *)(r10 -176) = r2
 2311: r2 = *(u32 *)(r10 -136)
 2312: r1 = *(u32 *)(r3 +16)
 2313: r2 &= r1
 2314: *(u32 *)(r10 -172) = r2
 2315: r2 = *(u32 *)(r10 -132)
 2316: r1 = *(u32 *)(r3 +20)
 2317: r2 &= r1
 2318: *(u32 *)(r10 -168) = r2
 2319: r1 = map[pipe_p0f_signatures] ll
 2321: r2 = r10
 2322: r2 += -184
 2323: call bpf_map_lookup_elem
 2324: r3 = r0
 2325: if r3 == 0 goto +13
 2326: r2 = *(u32 *)(r3 +4)
 2327: r1 = *(u64 *)(r10 -224)
 2328: if r1 == 0 goto +2
 2329: r1 = *(u64 *)(r10 -232)
 2330: if r2 <= r1 goto +8
 2331: *(u64 *)(r10 -224) = 1
 2332: *(u64 *)(r10 -232) = r2
 2333: r1 = *(u32 *)(r3 +0)
 2334: *(u32 *)(r10 -208) = r1
 2335: r1 = *(u32 *)(r3 +4)
 2336: *(u32 *)(r10 -204) = r1
 2337: r1 = *(u32 *)(r3 +8)
 2338: *(u32 *)(r10 -200) = r1
 2339: *(u32 *)(r10 -216) = 22
 2340: r1 = map[pipe_p0f_signatures_masks] ll
 2342: r2 = r10
 2343: r2 += -216
 2344: call bpf_map_lookup_elem
 2345: r3 = r0
 2346: if r3 == 0 goto +462
 2347: r1 = *(u32 *)(r3 +0)
 2348: if r1 == 0 goto +460
 2349: *(u32 *)(r10 -184) = 22
 2350: r2 = *(u32 *)(r10 -144)
 2351: r1 = *(u32 *)(r3 +8)
 2352: r2 &= r1
 2353: *(u32 *)(r10 -180) = r2
 2354: r2 = *(u32 *)(r10 -140)
 2355: r1 = *(u32 *)(r3 +12)
 2356: r2 &= r1
 2357: *(u32 *)(r10 -176) = r2
 2358: r2 = *(u32 *)(r10 -136)
 2359: r1 = *(u32 *)(r3 +16)
 2360: r2 &= r1
 2361: *(u32 *)(r10 -172) = r2
 2362: r2 = *(u32 *)(r10 -132)
 2363: r1 = *(u32 *)(r3 +20)
 2364: r2 &= r1
 2365: *(u32 *)(r10 -168) = r2
 2366: r1 = map[pipe_p0f_signatures] ll
 2368: r2 = r10
 2369: r2 += -184
 2370: call bpf_map_lookup_elem
 2371: r3 = r0
 2372: if r3 == 0 goto +13
 2373: r2 = *(u32 *)(r3 +4)
 2374: r1 = *(u64 *)(r10 -224)
 2375: if r1 == 0 goto +2
 2376: r1 = *(u64 *)(r10 -232)
 2377: if r2 <= r1 goto +8
 2378: *(u64 *)(r10 -224) = 1
 2379: *(u64 *)(r10 -232) = r2
 2380: r1 = *(u32 *)(r3 +0)
 2381: *(u32 *)(r10 -208) = r1
 2382: r1 = *(u32 *)(r3 +4)
 2383: *(u32 *)(r10 -204) = r1
 2384: r1 = *(u32 *)(r3 +8)
 2385: *(u32 *)(r10 -200) = r1
 2386: *(u32 *)(r10 -216) = 23
 2387: r1 = map[pipe_p0f_signatures_masks] ll
 2389: r2 = r10
 2390: r2 += -216
 2391: call bpf_map_lookup_elem
 2392: r3 = r0
 2393: if r3 == 0 goto +415
 2394: r1 = *(u32 *)(r3 +0)
 2395: if r1 == 0 goto +413
 2396: *(u32 *)(r10 -184) = 23
 2397: r2 = *(u32 *)(r10 -144)
 2398: r1 = *(u32 *)(r3 +8)
 2399: r2 &= r1
 2400: *(u32 *)(r10 -180) = r2
 2401: r2 = *(u32 *)(r10 -140)
 2402: r1 = *(u32 *)(r3 +12)
 2403: r2 &= r1
 2404: *(u32 *)(r10 -176) = r2
 2405: r2 = *(u32 *)(r10 -136)
 2406: r1 = *(u32 *)(r3 +16)
 2407: r2 &= r1
 2408: *(u32 *)(r10 -172) = r2
 2409: r2 = *(u32 *)(r10 -132)
 2410: r1 = *(u32 *)(r3 +20)
 2411: r2 &= r1
 2412: *(u32 *)(r10 -168) = r2
 2413: r1 = map[pipe_p0f_signatures] ll
 2415: r2 = r10
 2416: r2 += -184
 2417: call bpf_map_lookup_elem
 2418: r3 = r0
 2419: if r3 == 0 goto +13
 2420: r2 = *(u32 *)(r3 +4)
 2421: r1 = *(u64 *)(r10 -224)
 2422: if r1 == 0 goto +2
 2423: r1 = *(u64 *)(r10 -232)
 2424: if r2 <= r1 goto +8
 2425: *(u64 *)(r10 -224) = 1
 2426: *(u64 *)(r10 -232) = r2
 2427: r1 = *(u32 *)(r3 +0)
 2428: *(u32 *)(r10 -208) = r1
 2429: r1 = *(u32 *)(r3 +4)
 2430: *(u32 *)(r10 -204) = r1
 2431: r1 = *(u32 *)(r3 +8)
 2432: *(u32 *)(r10 -200) = r1
 2433: *(u32 *)(r10 -216) = 24
 2434: r1 = map[pipe_p0f_signatures_masks] ll
 2436: r2 = r10
 2437: r2 += -216
 2438: call bpf_map_lookup_elem
 2439: r3 = r0
 2440: if r3 == 0 goto +368
 2441: r1 = *(u32 *)(r3 +0)
 2442: if r1 == 0 goto +366
 2443: *(u32 *)(r10 -184) = 24
 2444: r2 = *(u32 *)(r10 -144)
 2445: r1 = *(u32 *)(r3 +8)
 2446: r2 &= r1
 2447: *(u32 *)(r10 -180) = r2
 2448: r2 = *(u32 *)(r10 -140)
 2449: r1 = *(u32 *)(r3 +12)
 2450: r2 &= r1
 2451: *(u32 *)(r10 -176) = r2
 2452: r2 = *(u32 *)(r10 -136)
 2453: r1 = *(u32 *)(r3 +16)
 2454: r2 &= r1
 2455: *(u32 *)(r10 -172) = r2
 2456: r2 = *(u32 *)(r10 -132)
 2457: r1 = *(u32 *)(r3 +20)
 2458: r2 &= r1
 2459: *(u32 *)(r10 -168) = r2
 2460: r1 = map[pipe_p0f_signatures] ll
 2462: r2 = r10
 2463: r2 += -184
 2464: call bpf_map_lookup_elem
 2465: r3 = r0
 2466: if r3 == 0 goto +13
 2467: r2 = *(u32 *)(r3 +4)
 2468: r1 = *(u64 *)(r10 -224)
 2469: if r1 == 0 goto +2
 2470: r1 = *(u64 *)(r10 -232)
 2471: if r2 <= r1 goto +8
 2472: *(u64 *)(r10 -224) = 1
 2473: *(u64 *)(r10 -232) = r2
 2474: r1 = *(u32 *)(r3 +0)
 2475: *(u32 *)(r10 -208) = r1
 2476: r1 = *(u32 *)(r3 +4)
 2477: *(u32 *)(r10 -204) = r1
 2478: r1 = *(u32 *)(r3 +8)
 2479: *(u32 *)(r10 -200) = r1
 2480: *(u32 *)(r10 -216) = 25
 2481: r1 = map[pipe_p0f_signatures_masks] ll
 2483: r2 = r10
 2484: r2 += -216
 2485: call bpf_map_lookup_elem
 2486: r3 = r0
 2487: if r3 == 0 goto +321
 2488: r1 = *(u32 *)(r3 +0)
 2489: if r1 == 0 goto +319
 2490: *(u32 *)(r10 -184) = 25
 2491: r2 = *(u32 *)(r10 -144)
 2492: r1 = *(u32 *)(r3 +8)
 2493: r2 &= r1
 2494: *(u32 *)(r10 -180) = r2
 2495: r2 = *(u32 *)(r10 -140)
 2496: r1 = *(u32 *)(r3 +12)
 2497: r2 &= r1
 2498: *(u32 *)(r10 -176) = r2
 2499: r2 = *(u32 *)(r10 -136)
 2500: r1 = *(u32 *)(r3 +16)
 2501: r2 &= r1
 2502: *(u32 *)(r10 -172) = r2
 2503: r2 = *(u32 *)(r10 -132)
 2504: r1 = *(u32 *)(r3 +20)
 2505: r2 &= r1
 2506: *(u32 *)(r10 -168) = r2
 2507: r1 = map[pipe_p0f_signatures] ll
 2509: r2 = r10
 2510: r2 += -184
 2511: call bpf_map_lookup_elem
 2512: r3 = r0
 2513: if r3 == 0 goto +13
 2514: r2 = *(u32 *)(r3 +4)
 2515: r1 = *(u64 *)(r10 -224)
 2516: if r1 == 0 goto +2
 2517: r1 = *(u64 *)(r10 -232)
 2518: if r2 <= r1 goto +8
 2519: *(u64 *)(r10 -224) = 1
 2520: *(u64 *)(r10 -232) = r2
 2521: r1 = *(u32 *)(r3 +0)
 2522: *(u32 *)(r10 -208) = r1
 2523: r1 = *(u32 *)(r3 +4)
 2524: *(u32 *)(r10 -204) = r1
 2525: r1 = *(u32 *)(r3 +8)
 2526: *(u32 *)(r10 -200) = r1
 2527: *(u32 *)(r10 -216) = 26
 2528: r1 = map[pipe_p0f_signatures_masks] ll
 2530: r2 = r10
 2531: r2 += -216
 2532: call bpf_map_lookup_elem
 2533: r3 = r0
 2534: if r3 == 0 goto +274
 2535: r1 = *(u32 *)(r3 +0)
 2536: if r1 == 0 goto +272
 2537: *(u32 *)(r10 -184) = 26
 2538: r2 = *(u32 *)(r10 -144)
 2539: r1 = *(u32 *)(r3 +8)
 2540: r2 &= r1
 2541: *(u32 *)(r10 -180) = r2
 2542: r2 = *(u32 *)(r10 -140)
 2543: r1 = *(u32 *)(r3 +12)
 2544: r2 &= r1
 2545: *(u32 *)(r10 -176) = r2
 2546: r2 = *(u32 *)(r10 -136)
 2547: r1 = *(u32 *)(r3 +16)
 2548: r2 &= r1
 2549: *(u32 *)(r10 -172) = r2
 2550: r2 = *(u32 *)(r10 -132)
 2551: r1 = *(u32 *)(r3 +20)
 2552: r2 &= r1
 2553: *(u32 *)(r10 -168) = r2
 2554: r1 = map[pipe_p0f_signatures] ll
 2556: r2 = r10
 2557: r2 += -184
 2558: call bpf_map_lookup_elem
 2559: r3 = r0
 2560: if r3 == 0 goto +13
 2561: r2 = *(u32 *)(r3 +4)
 2562: r1 = *(u64 *)(r10 -224)
 2563: if r1 == 0 goto +2
 2564: r1 = *(u64 *)(r10 -232)
 2565: if r2 <= r1 goto +8
 2566: *(u64 *)(r10 -224) = 1
 2567: *(u64 *)(r10 -232) = r2
 2568: r1 = *(u32 *)(r3 +0)
 2569: *(u32 *)(r10 -208) = r1
 2570: r1 = *(u32 *)(r3 +4)
 2571: *(u32 *)(r10 -204) = r1
 2572: r1 = *(u32 *)(r3 +8)
 2573: *(u32 *)(r10 -200) = r1
 2574: *(u32 *)(r10 -216) = 27
 2575: r1 = map[pipe_p0f_signatures_masks] ll
 2577: r2 = r10
 2578: r2 += -216
 2579: call bpf_map_lookup_elem
 2580: r3 = r0
 2581: if r3 == 0 goto +227
 2582: r1 = *(u32 *)(r3 +0)
 2583: if r1 == 0 goto +225
 2584: *(u32 *)(r10 -184) = 27
 2585: r2 = *(u32 *)(r10 -144)
 2586: r1 = *(u32 *)(r3 +8)
 2587: r2 &= r1
 2588: *(u32 *)(r10 -180) = r2
 2589: r2 = *(u32 *)(r10 -140)
 2590: r1 = *(u32 *)(r3 +12)
 2591: r2 &= r1
 2592: *(u32 *)(r10 -176) = r2
 2593: r2 = *(u32 *)(r10 -136)
 2594: r1 = *(u32 *)(r3 +16)
 2595: r2 &= r1
 2596: *(u32 *)(r10 -172) = r2
 2597: r2 = *(u32 *)(r10 -132)
 2598: r1 = *(u32 *)(r3 +20)
 2599: r2 &= r1
 2600: *(u32 *)(r10 -168) = r2
 2601: r1 = map[pipe_p0f_signatures] ll
 2603: r2 = r10
 2604: r2 += -184
 2605: call bpf_map_lookup_elem
 2606: r3 = r0
 2607: if r3 == 0 goto +13
 2608: r2 = *(u32 *)(r3 +4)
 2609: r1 = *(u64 *)(r10 -224)
 2610: if r1 == 0 goto +2
 2611: r1 = *(u64 *)(r10 -232)
 2612: if r2 <= r1 goto +8
 2613: *(u64 *)(r10 -224) = 1
 2614: *(u64 *)(r10 -232) = r2
 2615: r1 = *(u32 *)(r3 +0)
 2616: *(u32 *)(r10 -208) = r1
 2617: r1 = *(u32 *)(r3 +4)
 2618: *(u32 *)(r10 -204) = r1
 2619: r1 = *(u32 *)(r3 +8)
 2620: *(u32 *)(r10 -200) = r1
 2621: *(u32 *)(r10 -216) = 28
 2622: r1 = map[pipe_p0f_signatures_masks] ll
 2624: r2 = r10
 2625: r2 += -216
 2626: call bpf_map_lookup_elem
 2627: r3 = r0
 2628: if r3 == 0 goto +180
 2629: r1 = *(u32 *)(r3 +0)
 2630: if r1 == 0 goto +178
 2631: *(u32 *)(r10 -184) = 28
 2632: r2 = *(u32 *)(r10 -144)
 2633: r1 = *(u32 *)(r3 +8)
 2634: r2 &= r1
 2635: *(u32 *)(r10 -180) = r2
 2636: r2 = *(u32 *)(r10 -140)
 2637: r1 = *(u32 *)(r3 +12)
 2638: r2 &= r1
 2639: *(u32 *)(r10 -176) = r2
 2640: r2 = *(u32 *)(r10 -136)
 2641: r1 = *(u32 *)(r3 +16)
 2642: r2 &= r1
 2643: *(u32 *)(r10 -172) = r2
 2644: r2 = *(u32 *)(r10 -132)
 2645: r1 = *(u32 *)(r3 +20)
 2646: r2 &= r1
 2647: *(u32 *)(r10 -168) = r2
 2648: r1 = map[pipe_p0f_signatures] ll
 2650: r2 = r10
 2651: r2 += -184
 2652: call bpf_map_lookup_elem
 2653: r3 = r0
 2654: if r3 == 0 goto +13
 2655: r2 = *(u32 *)(r3 +4)
 2656: r1 = *(u64 *)(r10 -224)
 2657: if r1 == 0 goto +2
 2658: r1 = *(u64 *)(r10 -232)
 2659: if r2 <= r1 goto +8
 2660: *(u64 *)(r10 -224) = 1
 2661: *(u64 *)(r10 -232) = r2
 2662: r1 = *(u32 *)(r3 +0)
 2663: *(u32 *)(r10 -208) = r1
 2664: r1 = *(u32 *)(r3 +4)
 2665: *(u32 *)(r10 -204) = r1
 2666: r1 = *(u32 *)(r3 +8)
 2667: *(u32 *)(r10 -200) = r1
 2668: *(u32 *)(r10 -216) = 29
 2669: r1 = map[pipe_p0f_signatures_masks] ll
 2671: r2 = r10
 2672: r2 += -216
 2673: call bpf_map_lookup_elem
 2674: r3 = r0
 2675: if r3 == 0 goto +133
 2676: r1 = *(u32 *)(r3 +0)
 2677: if r1 == 0 goto +131
 2678: *(u32 *)(r10 -184) = 29
 2679: r2 = *(u32 *)(r10 -144)
 2680: r1 = *(u32 *)(r3 +8)
 2681: r2 &= r1
 2682: *(u32 *)(r10 -180) = r2
 2683: r2 = *(u32 *)(r10 -140)
 2684: r1 = *(u32 *)(r3 +12)
 2685: r2 &= r1
 2686: *(u32 *)(r10 -176) = r2
 2687: r2 = *(u32 *)(r10 -136)
 2688: r1 = *(u32 *)(r3 +16)
 2689: r2 &= r1
 2690: *(u32 *)(r10 -172) = r2
 2691: r2 = *(u32 *)(r10 -132)
 2692: r1 = *(u32 *)(r3 +20)
 2693: r2 &= r1
 2694: *(u32 *)(r10 -168) = r2
 2695: r1 = map[pipe_p0f_signatures] ll
 2697: r2 = r10
 2698: r2 += -184
 2699: call bpf_map_lookup_elem
 2700: r3 = r0
 2701: if r3 == 0 goto +13
 2702: r2 = *(u32 *)(r3 +4)
 2703: r1 = *(u64 *)(r10 -224)
 2704: if r1 == 0 goto +2
 2705: r1 = *(u64 *)(r10 -232)
 2706: if r2 <= r1 goto +8
 2707: *(u64 *)(r10 -224) = 1
 2708: *(u64 *)(r10 -232) = r2
 2709: r1 = *(u32 *)(r3 +0)
 2710: *(u32 *)(r10 -208) = r1
 2711: r1 = *(u32 *)(r3 +4)
 2712: *(u32 *)(r10 -204) = r1
 2713: r1 = *(u32 *)(r3 +8)
 2714: *(u32 *)(r10 -200) = r1
 2715: *(u32 *)(r10 -216) = 30
 2716: r1 = map[pipe_p0f_signatures_masks] ll
 2718: r2 = r10
 2719: r2 += -216
 2720: call bpf_map_lookup_elem
 2721: r3 = r0
 2722: if r3 == 0 goto +86
 2723: r1 = *(u32 *)(r3 +0)
 2724: if r1 == 0 goto +84
 2725: *(u32 *)(r10 -184) = 30
 2726: r2 = *(u32 *)(r10 -144)
 2727: r1 = *(u32 *)(r3 +8)
 2728: r2 &= r1
 2729: *(u32 *)(r10 -180) = r2
 2730: r2 = *(u32 *)(r10 -140)
 2731: r1 = *(u32 *)(r3 +12)
 2732: r2 &= r1
 2733: *(u32 *)(r10 -176) = r2
 2734: r2 = *(u32 *)(r10 -136)
 2735: r1 = *(u32 *)(r3 +16)
 2736: r2 &= r1
 2737: *(u32 *)(r10 -172) = r2
 2738: r2 = *(u32 *)(r10 -132)
 2739: r1 = *(u32 *)(r3 +20)
 2740: r2 &= r1
 2741: *(u32 *)(r10 -168) = r2
 2742: r1 = map[pipe_p0f_signatures] ll
 2744: r2 = r10
 2745: r2 += -184
 2746: call bpf_map_lookup_elem
 2747: r3 = r0
 2748: if r3 == 0 goto +13
 2749: r2 = *(u32 *)(r3 +4)
 2750: r1 = *(u64 *)(r10 -224)
 2751: if r1 == 0 goto +2
 2752: r1 = *(u64 *)(r10 -232)
 2753: if r2 <= r1 goto +8
 2754: *(u64 *)(r10 -224) = 1
 2755: *(u64 *)(r10 -232) = r2
 2756: r1 = *(u32 *)(r3 +0)
 2757: *(u32 *)(r10 -208) = r1
 2758: r1 = *(u32 *)(r3 +4)
 2759: *(u32 *)(r10 -204) = r1
 2760: r1 = *(u32 *)(r3 +8)
 2761: *(u32 *)(r10 -200) = r1
 2762: *(u32 *)(r10 -216) = 31
 2763: r1 = map[pipe_p0f_signatures_masks] ll
 2765: r2 = r10
 2766: r2 += -216
 2767: call bpf_map_lookup_elem
 2768: r3 = r0
 2769: if r3 == 0 goto +39
 2770: r1 = *(u32 *)(r3 +0)
 2771: if r1 == 0 goto +37
 2772: *(u32 *)(r10 -184) = 31
 2773: r2 = *(u32 *)(r10 -144)
 2774: r1 = *(u32 *)(r3 +8)
 2775: r2 &= r1
 2776: *(u32 *)(r10 -180) = r2
 2777: r2 = *(u32 *)(r10 -140)
 2778: r1 = *(u32 *)(r3 +12)
 2779: r2 &= r1
 2780: *(u32 *)(r10 -176) = r2
 2781: r2 = *(u32 *)(r10 -136)
 2782: r1 = *(u32 *)(r3 +16)
 2783: r2 &= r1
 2784: *(u32 *)(r10 -172) = r2
 2785: r2 = *(u32 *)(r10 -132)
 2786: r1 = *(u32 *)(r3 +20)
 2787: r2 &= r1
 2788: *(u32 *)(r10 -168) = r2
 2789: r1 = map[pipe_p0f_signatures] ll
 2791: r2 = r10
 2792: r2 += -184
 2793: call bpf_map_lookup_elem
 2794: r3 = r0
 2795: if r3 == 0 goto +13
 2796: r2 = *(u32 *)(r3 +4)
 2797: r1 = *(u64 *)(r10 -224)
 2798: if r1 == 0 goto +2
 2799: r1 = *(u64 *)(r10 -232)
 2800: if r2 <= r1 goto +8
 2801: *(u64 *)(r10 -224) = 1
 2802: *(u64 *)(r10 -232) = r2
 2803: r1 = *(u32 *)(r3 +0)
 2804: *(u32 *)(r10 -208) = r1
 2805: r1 = *(u32 *)(r3 +4)
 2806: *(u32 *)(r10 -204) = r1
 2807: r1 = *(u32 *)(r3 +8)
 2808: *(u32 *)(r10 -200) = r1
 2809: r1 = *(u64 *)(r10 -224)
 2810: if r1 != 0 goto +16
 2811: *(u32 *)(r10 -144) = 0
 2812: r1 = map[pipe_p0f_signatures_default] ll
 2814: r2 = r10
 2815: r2 += -144
 2816: call bpf_map_lookup_elem
 2817: r1 = r0
 2818: if r1 == 0 goto +5
 2819: r2 = *(u32 *)(r1 +0)
 2820: r1 = *(u32 *)(r1 +8)
 2821: r1 = be32 r1
 2822: w1 = w1
 2823: goto +7
 2824: r2 = 2
 2825: r1 = 0
 2826: goto +4
 2827: r2 = *(u32 *)(r10 -208)
 2828: r1 = *(u32 *)(r10 -200)
 2829: r1 = be32 r1
 2830: w1 = w1
 2831: if r2 == 0 goto +21
 2832: if r2 == 1 goto +2
 2833: if r2 == 2 goto +41
 2834: goto +40
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2835: r1 = 1
      ; write var10, v45
 2836: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2837: *(u32 *)(r10 -144) = 0
 2838: r1 = map[pipe_os_stats] ll
 2840: r2 = r10
 2841: r2 += -144
 2842: call bpf_map_lookup_elem
 2843: r3 = r0
 2844: if r3 == 0 goto +30
 2845: r1 = *(u64 *)(r3 +0)
 2846: r1 += 1
 2847: *(u64 *)(r3 +0) = r1
 2848: r2 = *(u64 *)(r3 +8)
 2849: r1 = *(u32 *)(r10 -40)
 2850: r2 += r1
 2851: *(u64 *)(r3 +8) = r2
 2852: goto +22
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2853: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2854: *(u32 *)(r10 -144) = r1
 2855: r1 = map[pipe_os_stats] ll
 2857: r2 = r10
 2858: r2 += -144
 2859: call bpf_map_lookup_elem
 2860: r3 = r0
 2861: if r3 == 0 goto +13
 2862: r1 = *(u64 *)(r3 +0)
 2863: r1 += 1
 2864: *(u64 *)(r3 +0) = r1
 2865: r2 = *(u64 *)(r3 +8)
 2866: r1 = *(u32 *)(r10 -40)
 2867: r2 += r1
 2868: *(u64 *)(r3 +8) = r2
 2869: goto +5
      ; drop
 2870: r2 = *(u32 *)(r10 -36)
 2871: r1 = *(u64 *)(r10 -8)
 2872: *(u32 *)(r1 +8) = r2
 2873: r0 = 2
 2874: exit
      ; epilogue: verdict
 2875: r2 = *(u32 *)(r10 -36)
 2876: r1 = *(u64 *)(r10 -8)
 2877: *(u32 *)(r1 +8) = r2
 2878: r1 = *(u8 *)(r10 -23)
 2879: if r1 != 0 goto +2
 2880: r0 = 0
 2881: exit
 2882: if r1 != 2 goto +4
 2883: r1 = *(u32 *)(r10 -32)
 2884: r2 = 0
 2885: call bpf_redirect
 2886: exit
 2887: r0 = 2
 2888: exit
