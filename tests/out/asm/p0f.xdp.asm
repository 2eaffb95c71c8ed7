; p0f for xdp: 2900 instructions, stack 264 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
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
   17: r2 = *(u32 *)(r3 +8)
   18: r1 = r2
   19: r1 += 8
   20: if r1 > r6 goto +2
   21: r1 = *(u32 *)(r2 +0)
   22: *(u32 *)(r10 -36) = r1
   23: r1 = r3
   24: call bpf_xdp_get_buff_len
   25: r1 = r0
   26: *(u32 *)(r10 -40) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   27: r3 = *(u64 *)(r10 -16)
   28: if r3 > 16383 goto +2820
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +2814
   35: r1 = r3
   36: r1 += 1
   37: *(u32 *)(r10 -104) = r1
   38: r3 += 14
   39: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   40: r1 = *(u16 *)(r2 +12)
   41: if r1 != 8 goto +996
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   42: r2 = *(u64 *)(r10 -16)
   43: if r2 > 16383 goto +2805
   44: r3 = r6
   45: r3 += r2
   46: r1 = r3
   47: r1 += 20
   48: if r1 <= r7 goto +1
   49: goto +2799
   50: r1 = r2
   51: r1 += 1
   52: *(u32 *)(r10 -100) = r1
   53: r2 += 20
   54: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   55: r2 = *(u8 *)(r3 +0)
   56: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   57: r1 = 1
   58: if r2 >= 5 goto +1
   59: r1 = 0
      ; verify v3, error HeaderTooShort
   60: if r1 == 0 goto +2788
      ; v4: bit<4> = read_field hdr1.ihl
   61: r2 = *(u8 *)(r3 +0)
   62: r2 &= 15
      ; v5: bit<32> = cast v4
   63: w2 = w2
      ; v6: bit<32> = const 5
   64: r1 = 5
      ; v7: bit<32> = sub v5, v6
   65: r2 -= r1
   66: w2 = w2
      ; v8: bit<32> = const 0x20
   67: r1 = 32
      ; v9: bit<32> = mul v7, v8
   68: r2 *= r1
   69: w2 = w2
      ; advance v9
   70: r1 = r2
   71: r1 &= 7
   72: if r1 != 0 goto +2776
   73: r1 = r2
   74: r1 >>= 3
   75: r2 = *(u64 *)(r10 -16)
   76: r2 += r1
   77: if r2 > 16383 goto +2771
   78: r1 = r6
   79: r1 += r2
   80: if r1 <= r7 goto +1
   81: goto +2767
   82: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   83: r2 = *(u16 *)(r3 +6)
   84: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   85: r1 = *(u8 *)(r3 +9)
   86: if r2 != 0 goto +951
   87: if r1 != 6 goto +950
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   88: r2 = *(u64 *)(r10 -16)
   89: if r2 > 16383 goto +2759
   90: r3 = r6
   91: r3 += r2
   92: r1 = r3
   93: r1 += 20
   94: if r1 <= r7 goto +1
   95: goto +2753
   96: r1 = r2
   97: r1 += 1
   98: *(u32 *)(r10 -96) = r1
   99: r2 += 20
  100: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  101: r2 = *(u8 *)(r3 +12)
  102: r2 >>= 4
  103: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  104: r1 = 1
  105: if r2 >= 5 goto +1
  106: r1 = 0
      ; verify v14, error HeaderTooShort
  107: if r1 == 0 goto +2741
      ; v15: bit<4> = read_field hdr2.dataOffset
  108: r1 = *(u8 *)(r3 +12)
  109: r1 >>= 4
  110: r1 &= 15
      ; v16: bit<16> = cast v15
  111: r1 &= 65535
      ; v17: bit<16> = const 5
  112: r2 = 5
      ; v18: bit<16> = sub v16, v17
  113: r1 -= r2
  114: r1 &= 65535
      ; v19: bit<16> = const 4
  115: r2 = 4
      ; v20: bit<16> = mul v18, v19
  116: r1 *= r2
  117: r1 &= 65535
      ; write var2, v20
  118: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  119: r1 = *(u8 *)(r3 +13)
  120: r1 &= 18
  121: if r1 != 2 goto +916
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  122: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  123: r1 = *(u8 *)(r10 -24)
  124: if r2 == 0 goto +913
  125: if r1 == 8 goto +912
      ; prs: block5 (parse_option)
      ; extract hdr3
  126: r2 = *(u64 *)(r10 -16)
  127: if r2 > 16383 goto +2721
  128: r3 = r6
  129: r3 += r2
  130: r1 = r3
  131: r1 += 1
  132: if r1 <= r7 goto +1
  133: goto +2715
  134: r1 = r2
  135: r1 += 1
  136: *(u32 *)(r10 -92) = r1
  137: r2 += 1
  138: *(u64 *)(r10 -16) = r2
      ; v24: bit<8> = read var3
  139: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  140: r2 = 1
      ; v26: bit<8> = add v24, v25
  141: r1 += r2
  142: r1 &= 255
      ; write var3, v26
  143: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  144: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  145: r2 = 1
      ; v29: bit<16> = sub v27, v28
  146: r1 -= r2
  147: r1 &= 65535
      ; write var2, v29
  148: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  149: r1 = *(u8 *)(r3 +0)
  150: if r1 == 0 goto +887
  151: if r1 == 1 goto +84
  152: if r1 == 2 goto +66
  153: if r1 == 3 goto +47
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  154: r1 = *(u64 *)(r10 -16)
  155: if r1 > 16383 goto +2693
  156: r2 = r6
  157: r2 += r1
  158: r1 = r2
  159: r1 += 1
  160: if r1 <= r7 goto +1
  161: goto +2687
  162: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  163: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  164: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  165: r1 = 1
  166: if r2 >= 2 goto +1
  167: r1 = 0
      ; verify v34, error HeaderTooShort
  168: if r1 == 0 goto +2680
      ; v35: bit<8> = read var11
  169: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  170: w2 = w2
      ; v37: bit<32> = const 1
  171: r1 = 1
      ; v38: bit<32> = sub v36, v37
  172: r2 -= r1
  173: w2 = w2
      ; v39: bit<32> = const 8
  174: r1 = 8
      ; v40: bit<32> = mul v38, v39
  175: r2 *= r1
  176: w2 = w2
      ; advance v40
  177: r1 = r2
  178: r1 &= 7
  179: if r1 != 0 goto +2669
  180: r1 = r2
  181: r1 >>= 3
  182: r2 = *(u64 *)(r10 -16)
  183: r2 += r1
  184: if r2 > 16383 goto +2664
  185: r1 = r6
  186: r1 += r2
  187: if r1 <= r7 goto +1
  188: goto +2660
  189: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  190: r3 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  191: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  192: r2 &= 65535
      ; v44: bit<16> = const 1
  193: r1 = 1
      ; v45: bit<16> = sub v43, v44
  194: r2 -= r1
  195: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  196: r1 = r3
  197: r1 -= r2
  198: r1 &= 65535
      ; write var2, v46
  199: *(u16 *)(r10 -28) = r1
  200: goto +35
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  201: r2 = *(u64 *)(r10 -16)
  202: if r2 > 16383 goto +2646
  203: r1 = r6
  204: r1 += r2
  205: r1 += 2
  206: if r1 <= r7 goto +1
  207: goto +2641
  208: r1 = r2
  209: r1 += 1
  210: *(u32 *)(r10 -56) = r1
  211: r2 += 2
  212: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  213: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  214: r2 = 2
      ; v49: bit<16> = sub v47, v48
  215: r1 -= r2
  216: r1 &= 65535
      ; write var2, v49
  217: *(u16 *)(r10 -28) = r1
  218: goto +17
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  219: r2 = *(u64 *)(r10 -16)
  220: if r2 > 16383 goto +2628
  221: r1 = r6
  222: r1 += r2
  223: r1 += 3
  224: if r1 <= r7 goto +1
  225: goto +2623
  226: r1 = r2
  227: r1 += 1
  228: *(u32 *)(r10 -60) = r1
  229: r2 += 3
  230: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  231: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  232: r2 = 3
      ; v52: bit<16> = sub v50, v51
  233: r1 -= r2
  234: r1 &= 65535
      ; write var2, v52
  235: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  236: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  237: r1 = *(u8 *)(r10 -24)
  238: if r2 == 0 goto +799
  239: if r1 == 8 goto +798
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  240: r2 = *(u64 *)(r10 -16)
  241: if r2 > 16383 goto +2607
  242: r3 = r6
  243: r3 += r2
  244: r1 = r3
  245: r1 += 1
  246: if r1 <= r7 goto +1
  247: goto +2601
  248: r1 = r2
  249: r1 += 1
  250: *(u32 *)(r10 -88) = r1
  251: r2 += 1
  252: *(u64 *)(r10 -16) = r2
      ; v55: bit<8> = read var3
  253: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  254: r2 = 1
      ; v57: bit<8> = add v55, v56
  255: r1 += r2
  256: r1 &= 255
      ; write var3, v57
  257: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  258: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  259: r2 = 1
      ; v60: bit<16> = sub v58, v59
  260: r1 -= r2
  261: r1 &= 65535
      ; write var2, v60
  262: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  263: r1 = *(u8 *)(r3 +0)
  264: if r1 == 0 goto +773
  265: if r1 == 1 goto +84
  266: if r1 == 2 goto +66
  267: if r1 == 3 goto +47
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  268: r1 = *(u64 *)(r10 -16)
  269: if r1 > 16383 goto +2579
  270: r2 = r6
  271: r2 += r1
  272: r1 = r2
  273: r1 += 1
  274: if r1 <= r7 goto +1
  275: goto +2573
  276: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  277: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  278: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  279: r1 = 1
  280: if r2 >= 2 goto +1
  281: r1 = 0
      ; verify v65, error HeaderTooShort
  282: if r1 == 0 goto +2566
      ; v66: bit<8> = read var11
  283: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  284: w2 = w2
      ; v68: bit<32> = const 1
  285: r1 = 1
      ; v69: bit<32> = sub v67, v68
  286: r2 -= r1
  287: w2 = w2
      ; v70: bit<32> = const 8
  288: r1 = 8
      ; v71: bit<32> = mul v69, v70
  289: r2 *= r1
  290: w2 = w2
      ; advance v71
  291: r1 = r2
  292: r1 &= 7
  293: if r1 != 0 goto +2555
  294: r1 = r2
  295: r1 >>= 3
  296: r2 = *(u64 *)(r10 -16)
  297: r2 += r1
  298: if r2 > 16383 goto +2550
  299: r1 = r6
  300: r1 += r2
  301: if r1 <= r7 goto +1
  302: goto +2546
  303: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  304: r3 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  305: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  306: r2 &= 65535
      ; v75: bit<16> = const 1
  307: r1 = 1
      ; v76: bit<16> = sub v74, v75
  308: r2 -= r1
  309: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  310: r1 = r3
  311: r1 -= r2
  312: r1 &= 65535
      ; write var2, v77
  313: *(u16 *)(r10 -28) = r1
  314: goto +35
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  315: r2 = *(u64 *)(r10 -16)
  316: if r2 > 16383 goto +2532
  317: r1 = r6
  318: r1 += r2
  319: r1 += 2
  320: if r1 <= r7 goto +1
  321: goto +2527
  322: r1 = r2
  323: r1 += 1
  324: *(u32 *)(r10 -56) = r1
  325: r2 += 2
  326: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  327: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  328: r2 = 2
      ; v80: bit<16> = sub v78, v79
  329: r1 -= r2
  330: r1 &= 65535
      ; write var2, v80
  331: *(u16 *)(r10 -28) = r1
  332: goto +17
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  333: r2 = *(u64 *)(r10 -16)
  334: if r2 > 16383 goto +2514
  335: r1 = r6
  336: r1 += r2
  337: r1 += 3
  338: if r1 <= r7 goto +1
  339: goto +2509
  340: r1 = r2
  341: r1 += 1
  342: *(u32 *)(r10 -60) = r1
  343: r2 += 3
  344: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  345: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  346: r2 = 3
      ; v83: bit<16> = sub v81, v82
  347: r1 -= r2
  348: r1 &= 65535
      ; write var2, v83
  349: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  350: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  351: r1 = *(u8 *)(r10 -24)
  352: if r2 == 0 goto +685
  353: if r1 == 8 goto +684
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  354: r2 = *(u64 *)(r10 -16)
  355: if r2 > 16383 goto +2493
  356: r3 = r6
  357: r3 += r2
  358: r1 = r3
  359: r1 += 1
  360: if r1 <= r7 goto +1
  361: goto +2487
  362: r1 = r2
  363: r1 += 1
  364: *(u32 *)(r10 -84) = r1
  365: r2 += 1
  366: *(u64 *)(r10 -16) = r2
      ; v86: bit<8> = read var3
  367: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  368: r2 = 1
      ; v88: bit<8> = add v86, v87
  369: r1 += r2
  370: r1 &= 255
      ; write var3, v88
  371: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  372: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  373: r2 = 1
      ; v91: bit<16> = sub v89, v90
  374: r1 -= r2
  375: r1 &= 65535
      ; write var2, v91
  376: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  377: r1 = *(u8 *)(r3 +0)
  378: if r1 == 0 goto +659
  379: if r1 == 1 goto +84
  380: if r1 == 2 goto +66
  381: if r1 == 3 goto +47
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  382: r1 = *(u64 *)(r10 -16)
  383: if r1 > 16383 goto +2465
  384: r2 = r6
  385: r2 += r1
  386: r1 = r2
  387: r1 += 1
  388: if r1 <= r7 goto +1
  389: goto +2459
  390: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  391: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  392: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  393: r1 = 1
  394: if r2 >= 2 goto +1
  395: r1 = 0
      ; verify v96, error HeaderTooShort
  396: if r1 == 0 goto +2452
      ; v97: bit<8> = read var11
  397: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
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
  407: if r1 != 0 goto +2441
  408: r1 = r2
  409: r1 >>= 3
  410: r2 = *(u64 *)(r10 -16)
  411: r2 += r1
  412: if r2 > 16383 goto +2436
  413: r1 = r6
  414: r1 += r2
  415: if r1 <= r7 goto +1
  416: goto +2432
  417: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  418: r3 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  419: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  420: r2 &= 65535
      ; v106: bit<16> = const 1
  421: r1 = 1
      ; v107: bit<16> = sub v105, v106
  422: r2 -= r1
  423: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  424: r1 = r3
  425: r1 -= r2
  426: r1 &= 65535
      ; write var2, v108
  427: *(u16 *)(r10 -28) = r1
  428: goto +35
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  429: r2 = *(u64 *)(r10 -16)
  430: if r2 > 16383 goto +2418
  431: r1 = r6
  432: r1 += r2
  433: r1 += 2
  434: if r1 <= r7 goto +1
  435: goto +2413
  436: r1 = r2
  437: r1 += 1
  438: *(u32 *)(r10 -56) = r1
  439: r2 += 2
  440: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  441: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  442: r2 = 2
      ; v111: bit<16> = sub v109, v110
  443: r1 -= r2
  444: r1 &= 65535
      ; write var2, v111
  445: *(u16 *)(r10 -28) = r1
  446: goto +17
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  447: r2 = *(u64 *)(r10 -16)
  448: if r2 > 16383 goto +2400
  449: r1 = r6
  450: r1 += r2
  451: r1 += 3
  452: if r1 <= r7 goto +1
  453: goto +2395
  454: r1 = r2
  455: r1 += 1
  456: *(u32 *)(r10 -60) = r1
  457: r2 += 3
  458: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  459: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  460: r2 = 3
      ; v114: bit<16> = sub v112, v113
  461: r1 -= r2
  462: r1 &= 65535
      ; write var2, v114
  463: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  464: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  465: r1 = *(u8 *)(r10 -24)
  466: if r2 == 0 goto +571
  467: if r1 == 8 goto +570
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  468: r2 = *(u64 *)(r10 -16)
  469: if r2 > 16383 goto +2379
  470: r3 = r6
  471: r3 += r2
  472: r1 = r3
  473: r1 += 1
  474: if r1 <= r7 goto +1
  475: goto +2373
  476: r1 = r2
  477: r1 += 1
  478: *(u32 *)(r10 -80) = r1
  479: r2 += 1
  480: *(u64 *)(r10 -16) = r2
      ; v117: bit<8> = read var3
  481: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  482: r2 = 1
      ; v119: bit<8> = add v117, v118
  483: r1 += r2
  484: r1 &= 255
      ; write var3, v119
  485: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  486: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  487: r2 = 1
      ; v122: bit<16> = sub v120, v121
  488: r1 -= r2
  489: r1 &= 65535
      ; write var2, v122
  490: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  491: r1 = *(u8 *)(r3 +0)
  492: if r1 == 0 goto +545
  493: if r1 == 1 goto +84
  494: if r1 == 2 goto +66
  495: if r1 == 3 goto +47
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  496: r1 = *(u64 *)(r10 -16)
  497: if r1 > 16383 goto +2351
  498: r2 = r6
  499: r2 += r1
  500: r1 = r2
  501: r1 += 1
  502: if r1 <= r7 goto +1
  503: goto +2345
  504: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  505: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  506: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  507: r1 = 1
  508: if r2 >= 2 goto +1
  509: r1 = 0
      ; verify v127, error HeaderTooShort
  510: if r1 == 0 goto +2338
      ; v128: bit<8> = read var11
  511: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  512: w2 = w2
      ; v130: bit<32> = const 1
  513: r1 = 1
      ; v131: bit<32> = sub v129, v130
  514: r2 -= r1
  515: w2 = w2
      ; v132: bit<32> = const 8
  516: r1 = 8
      ; v133: bit<32> = mul v131, v132
  517: r2 *= r1
  518: w2 = w2
      ; advance v133
  519: r1 = r2
  520: r1 &= 7
  521: if r1 != 0 goto +2327
  522: r1 = r2
  523: r1 >>= 3
  524: r2 = *(u64 *)(r10 -16)
  525: r2 += r1
  526: if r2 > 16383 goto +2322
  527: r1 = r6
  528: r1 += r2
  529: if r1 <= r7 goto +1
  530: goto +2318
  531: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  532: r3 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  533: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  534: r2 &= 65535
      ; v137: bit<16> = const 1
  535: r1 = 1
      ; v138: bit<16> = sub v136, v137
  536: r2 -= r1
  537: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  538: r1 = r3
  539: r1 -= r2
  540: r1 &= 65535
      ; write var2, v139
  541: *(u16 *)(r10 -28) = r1
  542: goto +35
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  543: r2 = *(u64 *)(r10 -16)
  544: if r2 > 16383 goto +2304
  545: r1 = r6
  546: r1 += r2
  547: r1 += 2
  548: if r1 <= r7 goto +1
  549: goto +2299
  550: r1 = r2
  551: r1 += 1
  552: *(u32 *)(r10 -56) = r1
  553: r2 += 2
  554: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  555: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  556: r2 = 2
      ; v142: bit<16> = sub v140, v141
  557: r1 -= r2
  558: r1 &= 65535
      ; write var2, v142
  559: *(u16 *)(r10 -28) = r1
  560: goto +17
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  561: r2 = *(u64 *)(r10 -16)
  562: if r2 > 16383 goto +2286
  563: r1 = r6
  564: r1 += r2
  565: r1 += 3
  566: if r1 <= r7 goto +1
  567: goto +2281
  568: r1 = r2
  569: r1 += 1
  570: *(u32 *)(r10 -60) = r1
  571: r2 += 3
  572: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  573: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  574: r2 = 3
      ; v145: bit<16> = sub v143, v144
  575: r1 -= r2
  576: r1 &= 65535
      ; write var2, v145
  577: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  578: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  579: r1 = *(u8 *)(r10 -24)
  580: if r2 == 0 goto +457
  581: if r1 == 8 goto +456
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  582: r2 = *(u64 *)(r10 -16)
  583: if r2 > 16383 goto +2265
  584: r3 = r6
  585: r3 += r2
  586: r1 = r3
  587: r1 += 1
  588: if r1 <= r7 goto +1
  589: goto +2259
  590: r1 = r2
  591: r1 += 1
  592: *(u32 *)(r10 -76) = r1
  593: r2 += 1
  594: *(u64 *)(r10 -16) = r2
      ; v148: bit<8> = read var3
  595: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  596: r2 = 1
      ; v150: bit<8> = add v148, v149
  597: r1 += r2
  598: r1 &= 255
      ; write var3, v150
  599: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  600: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  601: r2 = 1
      ; v153: bit<16> = sub v151, v152
  602: r1 -= r2
  603: r1 &= 65535
      ; write var2, v153
  604: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  605: r1 = *(u8 *)(r3 +0)
  606: if r1 == 0 goto +431
  607: if r1 == 1 goto +84
  608: if r1 == 2 goto +66
  609: if r1 == 3 goto +47
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  610: r1 = *(u64 *)(r10 -16)
  611: if r1 > 16383 goto +2237
  612: r2 = r6
  613: r2 += r1
  614: r1 = r2
  615: r1 += 1
  616: if r1 <= r7 goto +1
  617: goto +2231
  618: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  619: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  620: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  621: r1 = 1
  622: if r2 >= 2 goto +1
  623: r1 = 0
      ; verify v158, error HeaderTooShort
  624: if r1 == 0 goto +2224
      ; v159: bit<8> = read var11
  625: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  626: w2 = w2
      ; v161: bit<32> = const 1
  627: r1 = 1
      ; v162: bit<32> = sub v160, v161
  628: r2 -= r1
  629: w2 = w2
      ; v163: bit<32> = const 8
  630: r1 = 8
      ; v164: bit<32> = mul v162, v163
  631: r2 *= r1
  632: w2 = w2
      ; advance v164
  633: r1 = r2
  634: r1 &= 7
  635: if r1 != 0 goto +2213
  636: r1 = r2
  637: r1 >>= 3
  638: r2 = *(u64 *)(r10 -16)
  639: r2 += r1
  640: if r2 > 16383 goto +2208
  641: r1 = r6
  642: r1 += r2
  643: if r1 <= r7 goto +1
  644: goto +2204
  645: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  646: r3 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  647: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  648: r2 &= 65535
      ; v168: bit<16> = const 1
  649: r1 = 1
      ; v169: bit<16> = sub v167, v168
  650: r2 -= r1
  651: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  652: r1 = r3
  653: r1 -= r2
  654: r1 &= 65535
      ; write var2, v170
  655: *(u16 *)(r10 -28) = r1
  656: goto +35
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  657: r2 = *(u64 *)(r10 -16)
  658: if r2 > 16383 goto +2190
  659: r1 = r6
  660: r1 += r2
  661: r1 += 2
  662: if r1 <= r7 goto +1
  663: goto +2185
  664: r1 = r2
  665: r1 += 1
  666: *(u32 *)(r10 -56) = r1
  667: r2 += 2
  668: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  669: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  670: r2 = 2
      ; v173: bit<16> = sub v171, v172
  671: r1 -= r2
  672: r1 &= 65535
      ; write var2, v173
  673: *(u16 *)(r10 -28) = r1
  674: goto +17
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  675: r2 = *(u64 *)(r10 -16)
  676: if r2 > 16383 goto +2172
  677: r1 = r6
  678: r1 += r2
  679: r1 += 3
  680: if r1 <= r7 goto +1
  681: goto +2167
  682: r1 = r2
  683: r1 += 1
  684: *(u32 *)(r10 -60) = r1
  685: r2 += 3
  686: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  687: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  688: r2 = 3
      ; v176: bit<16> = sub v174, v175
  689: r1 -= r2
  690: r1 &= 65535
      ; write var2, v176
  691: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  692: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  693: r1 = *(u8 *)(r10 -24)
  694: if r2 == 0 goto +343
  695: if r1 == 8 goto +342
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  696: r2 = *(u64 *)(r10 -16)
  697: if r2 > 16383 goto +2151
  698: r3 = r6
  699: r3 += r2
  700: r1 = r3
  701: r1 += 1
  702: if r1 <= r7 goto +1
  703: goto +2145
  704: r1 = r2
  705: r1 += 1
  706: *(u32 *)(r10 -72) = r1
  707: r2 += 1
  708: *(u64 *)(r10 -16) = r2
      ; v179: bit<8> = read var3
  709: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  710: r2 = 1
      ; v181: bit<8> = add v179, v180
  711: r1 += r2
  712: r1 &= 255
      ; write var3, v181
  713: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  714: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  715: r2 = 1
      ; v184: bit<16> = sub v182, v183
  716: r1 -= r2
  717: r1 &= 65535
      ; write var2, v184
  718: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  719: r1 = *(u8 *)(r3 +0)
  720: if r1 == 0 goto +317
  721: if r1 == 1 goto +84
  722: if r1 == 2 goto +66
  723: if r1 == 3 goto +47
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  724: r1 = *(u64 *)(r10 -16)
  725: if r1 > 16383 goto +2123
  726: r2 = r6
  727: r2 += r1
  728: r1 = r2
  729: r1 += 1
  730: if r1 <= r7 goto +1
  731: goto +2117
  732: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  733: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  734: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  735: r1 = 1
  736: if r2 >= 2 goto +1
  737: r1 = 0
      ; verify v189, error HeaderTooShort
  738: if r1 == 0 goto +2110
      ; v190: bit<8> = read var11
  739: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  740: w2 = w2
      ; v192: bit<32> = const 1
  741: r1 = 1
      ; v193: bit<32> = sub v191, v192
  742: r2 -= r1
  743: w2 = w2
      ; v194: bit<32> = const 8
  744: r1 = 8
      ; v195: bit<32> = mul v193, v194
  745: r2 *= r1
  746: w2 = w2
      ; advance v195
  747: r1 = r2
  748: r1 &= 7
  749: if r1 != 0 goto +2099
  750: r1 = r2
  751: r1 >>= 3
  752: r2 = *(u64 *)(r10 -16)
  753: r2 += r1
  754: if r2 > 16383 goto +2094
  755: r1 = r6
  756: r1 += r2
  757: if r1 <= r7 goto +1
  758: goto +2090
  759: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  760: r3 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  761: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  762: r2 &= 65535
      ; v199: bit<16> = const 1
  763: r1 = 1
      ; v200: bit<16> = sub v198, v199
  764: r2 -= r1
  765: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  766: r1 = r3
  767: r1 -= r2
  768: r1 &= 65535
      ; write var2, v201
  769: *(u16 *)(r10 -28) = r1
  770: goto +35
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  771: r2 = *(u64 *)(r10 -16)
  772: if r2 > 16383 goto +2076
  773: r1 = r6
  774: r1 += r2
  775: r1 += 2
  776: if r1 <= r7 goto +1
  777: goto +2071
  778: r1 = r2
  779: r1 += 1
  780: *(u32 *)(r10 -56) = r1
  781: r2 += 2
  782: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  783: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  784: r2 = 2
      ; v204: bit<16> = sub v202, v203
  785: r1 -= r2
  786: r1 &= 65535
      ; write var2, v204
  787: *(u16 *)(r10 -28) = r1
  788: goto +17
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  789: r2 = *(u64 *)(r10 -16)
  790: if r2 > 16383 goto +2058
  791: r1 = r6
  792: r1 += r2
  793: r1 += 3
  794: if r1 <= r7 goto +1
  795: goto +2053
  796: r1 = r2
  797: r1 += 1
  798: *(u32 *)(r10 -60) = r1
  799: r2 += 3
  800: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  801: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
  802: r2 = 3
      ; v207: bit<16> = sub v205, v206
  803: r1 -= r2
  804: r1 &= 65535
      ; write var2, v207
  805: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  806: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  807: r1 = *(u8 *)(r10 -24)
  808: if r2 == 0 goto +229
  809: if r1 == 8 goto +228
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  810: r2 = *(u64 *)(r10 -16)
  811: if r2 > 16383 goto +2037
  812: r3 = r6
  813: r3 += r2
  814: r1 = r3
  815: r1 += 1
  816: if r1 <= r7 goto +1
  817: goto +2031
  818: r1 = r2
  819: r1 += 1
  820: *(u32 *)(r10 -68) = r1
  821: r2 += 1
  822: *(u64 *)(r10 -16) = r2
      ; v210: bit<8> = read var3
  823: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
  824: r2 = 1
      ; v212: bit<8> = add v210, v211
  825: r1 += r2
  826: r1 &= 255
      ; write var3, v212
  827: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  828: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
  829: r2 = 1
      ; v215: bit<16> = sub v213, v214
  830: r1 -= r2
  831: r1 &= 65535
      ; write var2, v215
  832: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  833: r1 = *(u8 *)(r3 +0)
  834: if r1 == 0 goto +203
  835: if r1 == 1 goto +84
  836: if r1 == 2 goto +66
  837: if r1 == 3 goto +47
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  838: r1 = *(u64 *)(r10 -16)
  839: if r1 > 16383 goto +2009
  840: r2 = r6
  841: r2 += r1
  842: r1 = r2
  843: r1 += 1
  844: if r1 <= r7 goto +1
  845: goto +2003
  846: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  847: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  848: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  849: r1 = 1
  850: if r2 >= 2 goto +1
  851: r1 = 0
      ; verify v220, error HeaderTooShort
  852: if r1 == 0 goto +1996
      ; v221: bit<8> = read var11
  853: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  854: w2 = w2
      ; v223: bit<32> = const 1
  855: r1 = 1
      ; v224: bit<32> = sub v222, v223
  856: r2 -= r1
  857: w2 = w2
      ; v225: bit<32> = const 8
  858: r1 = 8
      ; v226: bit<32> = mul v224, v225
  859: r2 *= r1
  860: w2 = w2
      ; advance v226
  861: r1 = r2
  862: r1 &= 7
  863: if r1 != 0 goto +1985
  864: r1 = r2
  865: r1 >>= 3
  866: r2 = *(u64 *)(r10 -16)
  867: r2 += r1
  868: if r2 > 16383 goto +1980
  869: r1 = r6
  870: r1 += r2
  871: if r1 <= r7 goto +1
  872: goto +1976
  873: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  874: r3 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  875: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  876: r2 &= 65535
      ; v230: bit<16> = const 1
  877: r1 = 1
      ; v231: bit<16> = sub v229, v230
  878: r2 -= r1
  879: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  880: r1 = r3
  881: r1 -= r2
  882: r1 &= 65535
      ; write var2, v232
  883: *(u16 *)(r10 -28) = r1
  884: goto +35
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  885: r2 = *(u64 *)(r10 -16)
  886: if r2 > 16383 goto +1962
  887: r1 = r6
  888: r1 += r2
  889: r1 += 2
  890: if r1 <= r7 goto +1
  891: goto +1957
  892: r1 = r2
  893: r1 += 1
  894: *(u32 *)(r10 -56) = r1
  895: r2 += 2
  896: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  897: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
  898: r2 = 2
      ; v235: bit<16> = sub v233, v234
  899: r1 -= r2
  900: r1 &= 65535
      ; write var2, v235
  901: *(u16 *)(r10 -28) = r1
  902: goto +17
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  903: r2 = *(u64 *)(r10 -16)
  904: if r2 > 16383 goto +1944
  905: r1 = r6
  906: r1 += r2
  907: r1 += 3
  908: if r1 <= r7 goto +1
  909: goto +1939
  910: r1 = r2
  911: r1 += 1
  912: *(u32 *)(r10 -60) = r1
  913: r2 += 3
  914: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  915: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
  916: r2 = 3
      ; v238: bit<16> = sub v236, v237
  917: r1 -= r2
  918: r1 &= 65535
      ; write var2, v238
  919: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  920: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  921: r1 = *(u8 *)(r10 -24)
  922: if r2 == 0 goto +115
  923: if r1 == 8 goto +114
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  924: r2 = *(u64 *)(r10 -16)
  925: if r2 > 16383 goto +1923
  926: r3 = r6
  927: r3 += r2
  928: r1 = r3
  929: r1 += 1
  930: if r1 <= r7 goto +1
  931: goto +1917
  932: r1 = r2
  933: r1 += 1
  934: *(u32 *)(r10 -64) = r1
  935: r2 += 1
  936: *(u64 *)(r10 -16) = r2
      ; v241: bit<8> = read var3
  937: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
  938: r2 = 1
      ; v243: bit<8> = add v241, v242
  939: r1 += r2
  940: r1 &= 255
      ; write var3, v243
  941: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  942: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
  943: r2 = 1
      ; v246: bit<16> = sub v244, v245
  944: r1 -= r2
  945: r1 &= 65535
      ; write var2, v246
  946: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  947: r1 = *(u8 *)(r3 +0)
  948: if r1 == 0 goto +89
  949: if r1 == 1 goto +84
  950: if r1 == 2 goto +66
  951: if r1 == 3 goto +47
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  952: r1 = *(u64 *)(r10 -16)
  953: if r1 > 16383 goto +1895
  954: r2 = r6
  955: r2 += r1
  956: r1 = r2
  957: r1 += 1
  958: if r1 <= r7 goto +1
  959: goto +1889
  960: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  961: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  962: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  963: r1 = 1
  964: if r2 >= 2 goto +1
  965: r1 = 0
      ; verify v251, error HeaderTooShort
  966: if r1 == 0 goto +1882
      ; v252: bit<8> = read var11
  967: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  968: w2 = w2
      ; v254: bit<32> = const 1
  969: r1 = 1
      ; v255: bit<32> = sub v253, v254
  970: r2 -= r1
  971: w2 = w2
      ; v256: bit<32> = const 8
  972: r1 = 8
      ; v257: bit<32> = mul v255, v256
  973: r2 *= r1
  974: w2 = w2
      ; advance v257
  975: r1 = r2
  976: r1 &= 7
  977: if r1 != 0 goto +1871
  978: r1 = r2
  979: r1 >>= 3
  980: r2 = *(u64 *)(r10 -16)
  981: r2 += r1
  982: if r2 > 16383 goto +1866
  983: r1 = r6
  984: r1 += r2
  985: if r1 <= r7 goto +1
  986: goto +1862
  987: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  988: r3 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  989: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
  990: r2 &= 65535
      ; v261: bit<16> = const 1
  991: r1 = 1
      ; v262: bit<16> = sub v260, v261
  992: r2 -= r1
  993: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  994: r1 = r3
  995: r1 -= r2
  996: r1 &= 65535
      ; write var2, v263
  997: *(u16 *)(r10 -28) = r1
  998: goto +35
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  999: r2 = *(u64 *)(r10 -16)
 1000: if r2 > 16383 goto +1848
 1001: r1 = r6
 1002: r1 += r2
 1003: r1 += 2
 1004: if r1 <= r7 goto +1
 1005: goto +1843
 1006: r1 = r2
 1007: r1 += 1
 1008: *(u32 *)(r10 -56) = r1
 1009: r2 += 2
 1010: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
 1011: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1012: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1013: r1 -= r2
 1014: r1 &= 65535
      ; write var2, v266
 1015: *(u16 *)(r10 -28) = r1
 1016: goto +17
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1017: r2 = *(u64 *)(r10 -16)
 1018: if r2 > 16383 goto +1830
 1019: r1 = r6
 1020: r1 += r2
 1021: r1 += 3
 1022: if r1 <= r7 goto +1
 1023: goto +1825
 1024: r1 = r2
 1025: r1 += 1
 1026: *(u32 *)(r10 -60) = r1
 1027: r2 += 3
 1028: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
 1029: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1030: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1031: r1 -= r2
 1032: r1 &= 65535
      ; write var2, v269
 1033: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1034: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1035: r1 = *(u8 *)(r10 -24)
 1036: if r2 == 0 goto +1
 1037: if r1 != 8 goto +1811
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
 1038: r4 = *(u32 *)(r10 -96)
 1039: if r4 == 0 goto +1
 1040: r4 = 1
      ; v1: bool = not v0
 1041: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1042: r1 = *(u32 *)(r10 -96)
 1043: if r1 == 0 goto +7
 1044: r1 -= 1
 1045: if r1 > 16383 goto +5
 1046: r3 = r6
 1047: r3 += r1
 1048: r1 = r3
 1049: r1 += 20
 1050: if r1 <= r7 goto +1
 1051: r3 = 0
 1052: r1 = 0
 1053: if r3 == 0 goto +1
 1054: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1055: r2 = 18
      ; v4: bit<8> = and v2, v3
 1056: r1 &= r2
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
 1057: r2 = 1
 1058: if r1 != 2 goto +1
 1059: r2 = 0
      ; v7: bool = logical_or v1, v6
 1060: r1 = r4
 1061: r1 |= r2
 1062: if r1 != 0 goto +1807
      ; v8: bit<16> = read_field hdr11.mss
 1063: r1 = *(u32 *)(r10 -60)
 1064: if r1 == 0 goto +7
 1065: r1 -= 1
 1066: if r1 > 16383 goto +5
 1067: r2 = r6
 1068: r2 += r1
 1069: r1 = r2
 1070: r1 += 3
 1071: if r1 <= r7 goto +1
 1072: r2 = 0
 1073: r1 = 0
 1074: if r2 == 0 goto +1
 1075: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
 1076: r8 = 1
 1077: if r1 != 0 goto +1
 1078: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1079: r9 = 0
 1080: if r3 == 0 goto +1
 1081: r9 = *(u16 *)(r3 +14)
 1082: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
 1083: r4 = 0
 1084: if r2 == 0 goto +1
 1085: r4 = *(u16 *)(r2 +1)
 1086: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1087: r1 = 0
 1088: if r4 == 0 goto +2
 1089: r1 = r9
 1090: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
 1091: r4 = 1
 1092: if r1 == 0 goto +1
 1093: r4 = 0
      ; v16: bool = logical_and v10, v15
 1094: r1 = r8
 1095: r1 &= r4
 1096: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
 1097: r8 = 0
 1098: if r3 == 0 goto +1
 1099: r8 = *(u16 *)(r3 +14)
 1100: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1101: r4 = 0
 1102: if r2 == 0 goto +1
 1103: r4 = *(u16 *)(r2 +1)
 1104: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1105: r1 = 0
 1106: if r4 == 0 goto +2
 1107: r1 = r8
 1108: r1 /= r4
      ; write var4, v19
 1109: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1110: r1 = *(u32 *)(r10 -92)
 1111: if r1 == 0 goto +7
 1112: r1 -= 1
 1113: if r1 > 16383 goto +5
 1114: r4 = r6
 1115: r4 += r1
 1116: r1 = r4
 1117: r1 += 1
 1118: if r1 <= r7 goto +1
 1119: r4 = 0
 1120: r9 = 0
 1121: if r4 == 0 goto +1
 1122: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1123: r1 = *(u32 *)(r10 -88)
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
      ; v22: bit<16> = concat v20, v21
 1136: r9 <<= 8
 1137: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1138: r1 = *(u32 *)(r10 -84)
 1139: if r1 == 0 goto +7
 1140: r1 -= 1
 1141: if r1 > 16383 goto +5
 1142: r4 = r6
 1143: r4 += r1
 1144: r1 = r4
 1145: r1 += 1
 1146: if r1 <= r7 goto +1
 1147: r4 = 0
 1148: r1 = 0
 1149: if r4 == 0 goto +1
 1150: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1151: r9 <<= 8
 1152: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1153: r1 = *(u32 *)(r10 -80)
 1154: if r1 == 0 goto +7
 1155: r1 -= 1
 1156: if r1 > 16383 goto +5
 1157: r4 = r6
 1158: r4 += r1
 1159: r1 = r4
 1160: r1 += 1
 1161: if r1 <= r7 goto +1
 1162: r4 = 0
 1163: r1 = 0
 1164: if r4 == 0 goto +1
 1165: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1166: r9 <<= 8
 1167: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1168: r1 = *(u32 *)(r10 -76)
 1169: if r1 == 0 goto +7
 1170: r1 -= 1
 1171: if r1 > 16383 goto +5
 1172: r4 = r6
 1173: r4 += r1
 1174: r1 = r4
 1175: r1 += 1
 1176: if r1 <= r7 goto +1
 1177: r4 = 0
 1178: r1 = 0
 1179: if r4 == 0 goto +1
 1180: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1181: r9 <<= 8
 1182: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1183: r1 = *(u32 *)(r10 -72)
 1184: if r1 == 0 goto +7
 1185: r1 -= 1
 1186: if r1 > 16383 goto +5
 1187: r4 = r6
 1188: r4 += r1
 1189: r1 = r4
 1190: r1 += 1
 1191: if r1 <= r7 goto +1
 1192: r4 = 0
 1193: r1 = 0
 1194: if r4 == 0 goto +1
 1195: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1196: r9 <<= 8
 1197: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1198: r1 = *(u32 *)(r10 -68)
 1199: if r1 == 0 goto +7
 1200: r1 -= 1
 1201: if r1 > 16383 goto +5
 1202: r4 = r6
 1203: r4 += r1
 1204: r1 = r4
 1205: r1 += 1
 1206: if r1 <= r7 goto +1
 1207: r4 = 0
 1208: r1 = 0
 1209: if r4 == 0 goto +1
 1210: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1211: r9 <<= 8
 1212: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1213: r1 = *(u32 *)(r10 -64)
 1214: if r1 == 0 goto +7
 1215: r1 -= 1
 1216: if r1 > 16383 goto +5
 1217: r8 = r6
 1218: r8 += r1
 1219: r1 = r8
 1220: r1 += 1
 1221: if r1 <= r7 goto +1
 1222: r8 = 0
 1223: r4 = 0
 1224: if r8 == 0 goto +1
 1225: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1226: r1 = r9
 1227: r1 <<= 8
 1228: r1 |= r4
      ; write var5, v34
 1229: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1230: r1 = *(u32 *)(r10 -100)
 1231: if r1 == 0 goto +7
 1232: r1 -= 1
 1233: if r1 > 16383 goto +5
 1234: r4 = r6
 1235: r4 += r1
 1236: r1 = r4
 1237: r1 += 20
 1238: if r1 <= r7 goto +1
 1239: r4 = 0
 1240: r9 = 0
 1241: if r4 == 0 goto +1
 1242: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1243: r1 = 0
 1244: if r3 == 0 goto +1
 1245: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1246: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1247: r4 = 0
 1248: if r2 == 0 goto +1
 1249: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1250: r3 = *(u32 *)(r10 -56)
 1251: if r3 == 0 goto +7
 1252: r3 -= 1
 1253: if r3 > 16383 goto +5
 1254: r2 = r6
 1255: r2 += r3
 1256: r3 = r2
 1257: r3 += 2
 1258: if r3 <= r7 goto +1
 1259: r2 = 0
 1260: r3 = 0
 1261: if r2 == 0 goto +1
 1262: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1263: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1264: *(u8 *)(r10 -144) = r9
 1265: *(u8 *)(r10 -143) = r1
 1266: r1 >>= 8
 1267: *(u8 *)(r10 -142) = r1
 1268: r1 = r8
 1269: *(u8 *)(r10 -140) = r1
 1270: r1 >>= 8
 1271: *(u8 *)(r10 -141) = r1
 1272: r1 = r4
 1273: *(u8 *)(r10 -139) = r1
 1274: r1 >>= 8
 1275: *(u8 *)(r10 -138) = r1
 1276: *(u8 *)(r10 -137) = r3
 1277: r1 = r2
 1278: r1 = be64 r1
 1279: *(u64 *)(r10 -136) = r1
 1280: r2 = 0
 1281: r1 = 0
 1282: *(u64 *)(r10 -224) = r2
 1283: *(u64 *)(r10 -232) = r1
 1284: *(u32 *)(r10 -216) = 0
 1285: r1 = map[pipe_p0f_signatures_masks] ll
 1287: r2 = r10
 1288: r2 += -216
 1289: call bpf_map_lookup_elem
 1290: r3 = r0
 1291: if r3 == 0 goto +1496
 1292: r1 = *(u32 *)(r3 +0)
 1293: if r1 == 0 goto +1494
 1294: *(u32 *)(r10 -184) = 0
 1295: r2 = *(u32 *)(r10 -144)
 1296: r1 = *(u32 *)(r3 +8)
 1297: r2 &= r1
 1298: *(u32 *)(r10 -180) = r2
 1299: r2 = *(u32 *)(r10 -140)
 1300: r1 = *(u32 *)(r3 +12)
 1301: r2 &= r1
 1302: *(u32 *)(r10 -176) = r2
 1303: r2 = *(u32 *)(r10 -136)
 1304: r1 = *(u32 *)(r3 +16)
 1305: r2 &= r1
 1306: *(u32 *)(r10 -172) = r2
 1307: r2 = *(u32 *)(r10 -132)
 1308: r1 = *(u32 *)(r3 +20)
 1309: r2 &= r1
 1310: *(u32 *)(r10 -168) = r2
 1311: r1 = map[pipe_p0f_signatures] ll
 1313: r2 = r10
 1314: r2 += -184
 1315: call bpf_map_lookup_elem
 1316: r3 = r0
 1317: if r3 == 0 goto +13
 1318: r2 = *(u32 *)(r3 +4)
 1319: r1 = *(u64 *)(r10 -224)
 1320: if r1 == 0 goto +2
 1321: r1 = *(u64 *)(r10 -232)
 1322: if r2 <= r1 goto +8
 1323: *(u64 *)(r10 -224) = 1
 1324: *(u64 *)(r10 -232) = r2
 1325: r1 = *(u32 *)(r3 +0)
 1326: *(u32 *)(r10 -208) = r1
 1327: r1 = *(u32 *)(r3 +4)
 1328: *(u32 *)(r10 -204) = r1
 1329: r1 = *(u32 *)(r3 +8)
 1330: *(u32 *)(r10 -200) = r1
 1331: *(u32 *)(r10 -216) = 1
 1332: r1 = map[pipe_p0f_signatures_masks] ll
 1334: r2 = r10
 1335: r2 += -216
 1336: call bpf_map_lookup_elem
 1337: r3 = r0
 1338: if r3 == 0 goto +1449
 1339: r1 = *(u32 *)(r3 +0)
 1340: if r1 == 0 goto +1447
 1341: *(u32 *)(r10 -184) = 1
 1342: r2 = *(u32 *)(r10 -144)
 1343: r1 = *(u32 *)(r3 +8)
 1344: r2 &= r1
 1345: *(u32 *)(r10 -180) = r2
 1346: r2 = *(u32 *)(r10 -140)
 1347: r1 = *(u32 *)(r3 +12)
 1348: r2 &= r1
 1349: *(u32 *)(r10 -176) = r2
 1350: r2 = *(u32 *)(r10 -136)
 1351: r1 = *(u32 *)(r3 +16)
 1352: r2 &= r1
 1353: *(u32 *)(r10 -172) = r2
 1354: r2 = *(u32 *)(r10 -132)
 1355: r1 = *(u32 *)(r3 +20)
 1356: r2 &= r1
 1357: *(u32 *)(r10 -168) = r2
 1358: r1 = map[pipe_p0f_signatures] ll
 1360: r2 = r10
 1361: r2 += -184
 1362: call bpf_map_lookup_elem
 1363: r3 = r0
 1364: if r3 == 0 goto +13
 1365: r2 = *(u32 *)(r3 +4)
 1366: r1 = *(u64 *)(r10 -224)
 1367: if r1 == 0 goto +2
 1368: r1 = *(u64 *)(r10 -232)
 1369: if r2 <= r1 goto +8
 1370: *(u64 *)(r10 -224) = 1
 1371: *(u64 *)(r10 -232) = r2
 1372: r1 = *(u32 *)(r3 +0)
 1373: *(u32 *)(r10 -208) = r1
 1374: r1 = *(u32 *)(r3 +4)
 1375: *(u32 *)(r10 -204) = r1
 1376: r1 = *(u32 *)(r3 +8)
 1377: *(u32 *)(r10 -200) = r1
 1378: *(u32 *)(r10 -216) = 2
 1379: r1 = map[pipe_p0f_signatures_masks] ll
 1381: r2 = r10
 1382: r2 += -216
 1383: call bpf_map_lookup_elem
 1384: r3 = r0
 1385: if r3 == 0 goto +1402
 1386: r1 = *(u32 *)(r3 +0)
 1387: if r1 == 0 goto +1400
 1388: *(u32 *)(r10 -184) = 2
 1389: r2 = *(u32 *)(r10 -144)
 1390: r1 = *(u32 *)(r3 +8)
 1391: r2 &= r1
 1392: *(u32 *)(r10 -180) = r2
 1393: r2 = *(u32 *)(r10 -140)
 1394: r1 = *(u32 *)(r3 +12)
 1395: r2 &= r1
 1396: *(u32 *)(r10 -176) = r2
 1397: r2 = *(u32 *)(r10 -136)
 1398: r1 = *(u32 *)(r3 +16)
 1399: r2 &= r1
 1400: *(u32 *)(r10 -172) = r2
 1401: r2 = *(u32 *)(r10 -132)
 1402: r1 = *(u32 *)(r3 +20)
 1403: r2 &= r1
 1404: *(u32 *)(r10 -168) = r2
 1405: r1 = map[pipe_p0f_signatures] ll
 1407: r2 = r10
 1408: r2 += -184
 1409: call bpf_map_lookup_elem
 1410: r3 = r0
 1411: if r3 == 0 goto +13
 1412: r2 = *(u32 *)(r3 +4)
 1413: r1 = *(u64 *)(r10 -224)
 1414: if r1 == 0 goto +2
 1415: r1 = *(u64 *)(r10 -232)
 1416: if r2 <= r1 goto +8
 1417: *(u64 *)(r10 -224) = 1
 1418: *(u64 *)(r10 -232) = r2
 1419: r1 = *(u32 *)(r3 +0)
 1420: *(u32 *)(r10 -208) = r1
 1421: r1 = *(u32 *)(r3 +4)
 1422: *(u32 *)(r10 -204) = r1
 1423: r1 = *(u32 *)(r3 +8)
 1424: *(u32 *)(r10 -200) = r1
 1425: *(u32 *)(r10 -216) = 3
 1426: r1 = map[pipe_p0f_signatures_masks] ll
 1428: r2 = r10
 1429: r2 += -216
 1430: call bpf_map_lookup_elem
 1431: r3 = r0
 1432: if r3 == 0 goto +1355
 1433: r1 = *(u32 *)(r3 +0)
 1434: if r1 == 0 goto +1353
 1435: *(u32 *)(r10 -184) = 3
 1436: r2 = *(u32 *)(r10 -144)
 1437: r1 = *(u32 *)(r3 +8)
 1438: r2 &= r1
 1439: *(u32 *)(r10 -180) = r2
 1440: r2 = *(u32 *)(r10 -140)
 1441: r1 = *(u32 *)(r3 +12)
 1442: r2 &= r1
 1443: *(u32 *)(r10 -176) = r2
 1444: r2 = *(u32 *)(r10 -136)
 1445: r1 = *(u32 *)(r3 +16)
 1446: r2 &= r1
 1447: *(u32 *)(r10 -172) = r2
 1448: r2 = *(u32 *)(r10 -132)
 1449: r1 = *(u32 *)(r3 +20)
 1450: r2 &= r1
 1451: *(u32 *)(r10 -168) = r2
 1452: r1 = map[pipe_p0f_signatures] ll
 1454: r2 = r10
 1455: r2 += -184
 1456: call bpf_map_lookup_elem
 1457: r3 = r0
 1458: if r3 == 0 goto +13
 1459: r2 = *(u32 *)(r3 +4)
 1460: r1 = *(u64 *)(r10 -224)
 1461: if r1 == 0 goto +2
 1462: r1 = *(u64 *)(r10 -232)
 1463: if r2 <= r1 goto +8
 1464: *(u64 *)(r10 -224) = 1
 1465: *(u64 *)(r10 -232) = r2
 1466: r1 = *(u32 *)(r3 +0)
 1467: *(u32 *)(r10 -208) = r1
 1468: r1 = *(u32 *)(r3 +4)
 1469: *(u32 *)(r10 -204) = r1
 1470: r1 = *(u32 *)(r3 +8)
 1471: *(u32 *)(r10 -200) = r1
 1472: *(u32 *)(r10 -216) = 4
 1473: r1 = map[pipe_p0f_signatures_masks] ll
 1475: r2 = r10
 1476: r2 += -216
 1477: call bpf_map_lookup_elem
 1478: r3 = r0
 1479: if r3 == 0 goto +1308
 1480: r1 = *(u32 *)(r3 +0)
 1481: if r1 == 0 goto +1306
 1482: *(u32 *)(r10 -184) = 4
 1483: r2 = *(u32 *)(r10 -144)
 1484: r1 = *(u32 *)(r3 +8)
 1485: r2 &= r1
 1486: *(u32 *)(r10 -180) = r2
 1487: r2 = *(u32 *)(r10 -140)
 1488: r1 = *(u32 *)(r3 +12)
 1489: r2 &= r1
 1490: *(u32 *)(r10 -176) = r2
 1491: r2 = *(u32 *)(r10 -136)
 1492: r1 = *(u32 *)(r3 +16)
 1493: r2 &= r1
 1494: *(u32 *)(r10 -172) = r2
 1495: r2 = *(u32 *)(r10 -132)
 1496: r1 = *(u32 *)(r3 +20)
 1497: r2 &= r1
 1498: *(u32 *)(r10 -168) = r2
 1499: r1 = map[pipe_p0f_signatures] ll
 1501: r2 = r10
 1502: r2 += -184
 1503: call bpf_map_lookup_elem
 1504: r3 = r0
 1505: if r3 == 0 goto +13
 1506: r2 = *(u32 *)(r3 +4)
 1507: r1 = *(u64 *)(r10 -224)
 1508: if r1 == 0 goto +2
 1509: r1 = *(u64 *)(r10 -232)
 1510: if r2 <= r1 goto +8
 1511: *(u64 *)(r10 -224) = 1
 1512: *(u64 *)(r10 -232) = r2
 1513: r1 = *(u32 *)(r3 +0)
 1514: *(u32 *)(r10 -208) = r1
 1515: r1 = *(u32 *)(r3 +4)
 1516: *(u32 *)(r10 -204) = r1
 1517: r1 = *(u32 *)(r3 +8)
 1518: *(u32 *)(r10 -200) = r1
 1519: *(u32 *)(r10 -216) = 5
 1520: r1 = map[pipe_p0f_signatures_masks] ll
 1522: r2 = r10
 1523: r2 += -216
 1524: call bpf_map_lookup_elem
 1525: r3 = r0
 1526: if r3 == 0 goto +1261
 1527: r1 = *(u32 *)(r3 +0)
 1528: if r1 == 0 goto +1259
 1529: *(u32 *)(r10 -184) = 5
 1530: r2 = *(u32 *)(r10 -144)
 1531: r1 = *(u32 *)(r3 +8)
 1532: r2 &= r1
 1533: *(u32 *)(r10 -180) = r2
 1534: r2 = *(u32 *)(r10 -140)
 1535: r1 = *(u32 *)(r3 +12)
 1536: r2 &= r1
 1537: *(u32 *)(r10 -176) = r2
 1538: r2 = *(u32 *)(r10 -136)
 1539: r1 = *(u32 *)(r3 +16)
 1540: r2 &= r1
 1541: *(u32 *)(r10 -172) = r2
 1542: r2 = *(u32 *)(r10 -132)
 1543: r1 = *(u32 *)(r3 +20)
 1544: r2 &= r1
 1545: *(u32 *)(r10 -168) = r2
 1546: r1 = map[pipe_p0f_signatures] ll
 1548: r2 = r10
 1549: r2 += -184
 1550: call bpf_map_lookup_elem
 1551: r3 = r0
 1552: if r3 == 0 goto +13
 1553: r2 = *(u32 *)(r3 +4)
 1554: r1 = *(u64 *)(r10 -224)
 1555: if r1 == 0 goto +2
 1556: r1 = *(u64 *)(r10 -232)
 1557: if r2 <= r1 goto +8
 1558: *(u64 *)(r10 -224) = 1
 1559: *(u64 *)(r10 -232) = r2
 1560: r1 = *(u32 *)(r3 +0)
 1561: *(u32 *)(r10 -208) = r1
 1562: r1 = *(u32 *)(r3 +4)
 1563: *(u32 *)(r10 -204) = r1
 1564: r1 = *(u32 *)(r3 +8)
 1565: *(u32 *)(r10 -200) = r1
 1566: *(u32 *)(r10 -216) = 6
 1567: r1 = map[pipe_p0f_signatures_masks] ll
 1569: r2 = r10
 1570: r2 += -216
 1571: call bpf_map_lookup_elem
 1572: r3 = r0
 1573: if r3 == 0 goto +1214
 1574: r1 = *(u32 *)(r3 +0)
 1575: if r1 == 0 goto +1212
 1576: *(u32 *)(r10 -184) = 6
 1577: r2 = *(u32 *)(r10 -144)
 1578: r1 = *(u32 *)(r3 +8)
 1579: r2 &= r1
 1580: *(u32 *)(r10 -180) = r2
 1581: r2 = *(u32 *)(r10 -140)
 1582: r1 = *(u32 *)(r3 +12)
 1583: r2 &= r1
 1584: *(u32 *)(r10 -176) = r2
 1585: r2 = *(u32 *)(r10 -136)
 1586: r1 = *(u32 *)(r3 +16)
 1587: r2 &= r1
 1588: *(u32 *)(r10 -172) = r2
 1589: r2 = *(u32 *)(r10 -132)
 1590: r1 = *(u32 *)(r3 +20)
 1591: r2 &= r1
 1592: *(u32 *)(r10 -168) = r2
 1593: r1 = map[pipe_p0f_signatures] ll
 1595: r2 = r10
 1596: r2 += -184
 1597: call bpf_map_lookup_elem
 1598: r3 = r0
 1599: if r3 == 0 goto +13
 1600: r2 = *(u32 *)(r3 +4)
 1601: r1 = *(u64 *)(r10 -224)
 1602: if r1 == 0 goto +2
 1603: r1 = *(u64 *)(r10 -232)
 1604: if r2 <= r1 goto +8
 1605: *(u64 *)(r10 -224) = 1
 1606: *(u64 *)(r10 -232) = r2
 1607: r1 = *(u32 *)(r3 +0)
 1608: *(u32 *)(r10 -208) = r1
 1609: r1 = *(u32 *)(r3 +4)
 1610: *(u32 *)(r10 -204) = r1
 1611: r1 = *(u32 *)(r3 +8)
 1612: *(u32 *)(r10 -200) = r1
 1613: *(u32 *)(r10 -216) = 7
 1614: r1 = map[pipe_p0f_signatures_masks] ll
 1616: r2 = r10
 1617: r2 += -216
 1618: call bpf_map_lookup_elem
 1619: r3 = r0
 1620: if r3 == 0 goto +1167
 1621: r1 = *(u32 *)(r3 +0)
 1622: if r1 == 0 goto +1165
 1623: *(u32 *)(r10 -184) = 7
 1624: r2 = *(u32 *)(r10 -144)
 1625: r1 = *(u32 *)(r3 +8)
 1626: r2 &= r1
 1627: *(u32 *)(r10 -180) = r2
 1628: r2 = *(u32 *)(r10 -140)
 1629: r1 = *(u32 *)(r3 +12)
 1630: r2 &= r1
 1631: *(u32 *)(r10 -176) = r2
 1632: r2 = *(u32 *)(r10 -136)
 1633: r1 = *(u32 *)(r3 +16)
 1634: r2 &= r1
 1635: *(u32 *)(r10 -172) = r2
 1636: r2 = *(u32 *)(r10 -132)
 1637: r1 = *(u32 *)(r3 +20)
 1638: r2 &= r1
 1639: *(u32 *)(r10 -168) = r2
 1640: r1 = map[pipe_p0f_signatures] ll
 1642: r2 = r10
 1643: r2 += -184
 1644: call bpf_map_lookup_elem
 1645: r3 = r0
 1646: if r3 == 0 goto +13
 1647: r2 = *(u32 *)(r3 +4)
 1648: r1 = *(u64 *)(r10 -224)
 1649: if r1 == 0 goto +2
 1650: r1 = *(u64 *)(r10 -232)
 1651: if r2 <= r1 goto +8
 1652: *(u64 *)(r10 -224) = 1
 1653: *(u64 *)(r10 -232) = r2
 1654: r1 = *(u32 *)(r3 +0)
 1655: *(u32 *)(r10 -208) = r1
 1656: r1 = *(u32 *)(r3 +4)
 1657: *(u32 *)(r10 -204) = r1
 1658: r1 = *(u32 *)(r3 +8)
 1659: *(u32 *)(r10 -200) = r1
 1660: *(u32 *)(r10 -216) = 8
 1661: r1 = map[pipe_p0f_signatures_masks] ll
 1663: r2 = r10
 1664: r2 += -216
 1665: call bpf_map_lookup_elem
 1666: r3 = r0
 1667: if r3 == 0 goto +1120
 1668: r1 = *(u32 *)(r3 +0)
 1669: if r1 == 0 goto +1118
 1670: *(u32 *)(r10 -184) = 8
 1671: r2 = *(u32 *)(r10 -144)
 1672: r1 = *(u32 *)(r3 +8)
 1673: r2 &= r1
 1674: *(u32 *)(r10 -180) = r2
 1675: r2 = *(u32 *)(r10 -140)
 1676: r1 = *(u32 *)(r3 +12)
 1677: r2 &= r1
 1678: *(u32 *)(r10 -176) = r2
 1679: r2 = *(u32 *)(r10 -136)
 1680: r1 = *(u32 *)(r3 +16)
 1681: r2 &= r1
 1682: *(u32 *)(r10 -172) = r2
 1683: r2 = *(u32 *)(r10 -132)
 1684: r1 = *(u32 *)(r3 +20)
 1685: r2 &= r1
 1686: *(u32 *)(r10 -168) = r2
 1687: r1 = map[pipe_p0f_signatures] ll
 1689: r2 = r10
 1690: r2 += -184
 1691: call bpf_map_lookup_elem
 1692: r3 = r0
 1693: if r3 == 0 goto +13
 1694: r2 = *(u32 *)(r3 +4)
 1695: r1 = *(u64 *)(r10 -224)
 1696: if r1 == 0 goto +2
 1697: r1 = *(u64 *)(r10 -232)
 1698: if r2 <= r1 goto +8
 1699: *(u64 *)(r10 -224) = 1
 1700: *(u64 *)(r10 -232) = r2
 1701: r1 = *(u32 *)(r3 +0)
 1702: *(u32 *)(r10 -208) = r1
 1703: r1 = *(u32 *)(r3 +4)
 1704: *(u32 *)(r10 -204) = r1
 1705: r1 = *(u32 *)(r3 +8)
 1706: *(u32 *)(r10 -200) = r1
 1707: *(u32 *)(r10 -216) = 9
 1708: r1 = map[pipe_p0f_signatures_masks] ll
 1710: r2 = r10
 1711: r2 += -216
 1712: call bpf_map_lookup_elem
 1713: r3 = r0
 1714: if r3 == 0 goto +1073
 1715: r1 = *(u32 *)(r3 +0)
 1716: if r1 == 0 goto +1071
 1717: *(u32 *)(r10 -184) = 9
 1718: r2 = *(u32 *)(r10 -144)
 1719: r1 = *(u32 *)(r3 +8)
 1720: r2 &= r1
 1721: *(u32 *)(r10 -180) = r2
 1722: r2 = *(u32 *)(r10 -140)
 1723: r1 = *(u32 *)(r3 +12)
 1724: r2 &= r1
 1725: *(u32 *)(r10 -176) = r2
 1726: r2 = *(u32 *)(r10 -136)
 1727: r1 = *(u32 *)(r3 +16)
 1728: r2 &= r1
 1729: *(u32 *)(r10 -172) = r2
 1730: r2 = *(u32 *)(r10 -132)
 1731: r1 = *(u32 *)(r3 +20)
 1732: r2 &= r1
 1733: *(u32 *)(r10 -168) = r2
 1734: r1 = map[pipe_p0f_signatures] ll
 1736: r2 = r10
 1737: r2 += -184
 1738: call bpf_map_lookup_elem
 1739: r3 = r0
 1740: if r3 == 0 goto +13
 1741: r2 = *(u32 *)(r3 +4)
 1742: r1 = *(u64 *)(r10 -224)
 1743: if r1 == 0 goto +2
 1744: r1 = *(u64 *)(r10 -232)
 1745: if r2 <= r1 goto +8
 1746: *(u64 *)(r10 -224) = 1
 1747: *(u64 *)(r10 -232) = r2
 1748: r1 = *(u32 *)(r3 +0)
 1749: *(u32 *)(r10 -208) = r1
 1750: r1 = *(u32 *)(r3 +4)
 1751: *(u32 *)(r10 -204) = r1
 1752: r1 = *(u32 *)(r3 +8)
 1753: *(u32 *)(r10 -200) = r1
 1754: *(u32 *)(r10 -216) = 10
 1755: r1 = map[pipe_p0f_signatures_masks] ll
 1757: r2 = r10
 1758: r2 += -216
 1759: call bpf_map_lookup_elem
 1760: r3 = r0
 1761: if r3 == 0 goto +1026
 1762: r1 = *(u32 *)(r3 +0)
 1763: if r1 == 0 goto +1024
 1764: *(u32 *)(r10 -184) = 10
 1765: r2 = *(u32 *)(r10 -144)
 1766: r1 = *(u32 *)(r3 +8)
 1767: r2 &= r1
 1768: *(u32 *)(r10 -180) = r2
 1769: r2 = *(u32 *)(r10 -140)
 1770: r1 = *(u32 *)(r3 +12)
 1771: r2 &= r1
 1772: *(u32 *)(r10 -176) = r2
 1773: r2 = *(u32 *)(r10 -136)
 1774: r1 = *(u32 *)(r3 +16)
 1775: r2 &= r1
 1776: *(u32 *)(r10 -172) = r2
 1777: r2 = *(u32 *)(r10 -132)
 1778: r1 = *(u32 *)(r3 +20)
 1779: r2 &= r1
 1780: *(u32 *)(r10 -168) = r2
 1781: r1 = map[pipe_p0f_signatures] ll
 1783: r2 = r10
 1784: r2 += -184
 1785: call bpf_map_lookup_elem
 1786: r3 = r0
 1787: if r3 == 0 goto +13
 1788: r2 = *(u32 *)(r3 +4)
 1789: r1 = *(u64 *)(r10 -224)
 1790: if r1 == 0 goto +2
 1791: r1 = *(u64 *)(r10 -232)
 1792: if r2 <= r1 goto +8
 1793: *(u64 *)(r10 -224) = 1
 1794: *(u64 *)(r10 -232) = r2
 1795: r1 = *(u32 *)(r3 +0)
 1796: *(u32 *)(r10 -208) = r1
 1797: r1 = *(u32 *)(r3 +4)
 1798: *(u32 *)(r10 -204) = r1
 1799: r1 = *(u32 *)(r3 +8)
 1800: *(u32 *)(r10 -200) = r1
 1801: *(u32 *)(r10 -216) = 11
 1802: r1 = map[pipe_p0f_signatures_masks] ll
 1804: r2 = r10
 1805: r2 += -216
 1806: call bpf_map_lookup_elem
 1807: r3 = r0
 1808: if r3 == 0 goto +979
 1809: r1 = *(u32 *)(r3 +0)
 1810: if r1 == 0 goto +977
 1811: *(u32 *)(r10 -184) = 11
 1812: r2 = *(u32 *)(r10 -144)
 1813: r1 = *(u32 *)(r3 +8)
 1814: r2 &= r1
 1815: *(u32 *)(r10 -180) = r2
 1816: r2 = *(u32 *)(r10 -140)
 1817: r1 = *(u32 *)(r3 +12)
 1818: r2 &= r1
 1819: *(u32 *)(r10 -176) = r2
 1820: r2 = *(u32 *)(r10 -136)
 1821: r1 = *(u32 *)(r3 +16)
 1822: r2 &= r1
 1823: *(u32 *)(r10 -172) = r2
 1824: r2 = *(u32 *)(r10 -132)
 1825: r1 = *(u32 *)(r3 +20)
 1826: r2 &= r1
 1827: *(u32 *)(r10 -168) = r2
 1828: r1 = map[pipe_p0f_signatures] ll
 1830: r2 = r10
 1831: r2 += -184
 1832: call bpf_map_lookup_elem
 1833: r3 = r0
 1834: if r3 == 0 goto +13
 1835: r2 = *(u32 *)(r3 +4)
 1836: r1 = *(u64 *)(r10 -224)
 1837: if r1 == 0 goto +2
 1838: r1 = *(u64 *)(r10 -232)
 1839: if r2 <= r1 goto +8
 1840: *(u64 *)(r10 -224) = 1
 1841: *(u64 *)(r10 -232) = r2
 1842: r1 = *(u32 *)(r3 +0)
 1843: *(u32 *)(r10 -208) = r1
 1844: r1 = *(u32 *)(r3 +4)
 1845: *(u32 *)(r10 -204) = r1
 1846: r1 = *(u32 *)(r3 +8)
 1847: *(u32 *)(r10 -200) = r1
 1848: *(u32 *)(r10 -216) = 12
 1849: r1 = map[pipe_p0f_signatures_masks] ll
 1851: r2 = r10
 1852: r2 += -216
 1853: call bpf_map_lookup_elem
 1854: r3 = r0
 1855: if r3 == 0 goto +932
 1856: r1 = *(u32 *)(r3 +0)
 1857: if r1 == 0 goto +930
 1858: *(u32 *)(r10 -184) = 12
 1859: r2 = *(u32 *)(r10 -144)
 1860: r1 = *(u32 *)(r3 +8)
 1861: r2 &= r1
 1862: *(u32 *)(r10 -180) = r2
 1863: r2 = *(u32 *)(r10 -140)
 1864: r1 = *(u32 *)(r3 +12)
 1865: r2 &= r1
 1866: *(u32 *)(r10 -176) = r2
 1867: r2 = *(u32 *)(r10 -136)
 1868: r1 = *(u32 *)(r3 +16)
 1869: r2 &= r1
 1870: *(u32 *)(r10 -172) = r2
 1871: r2 = *(u32 *)(r10 -132)
 1872: r1 = *(u32 *)(r3 +20)
 1873: r2 &= r1
 1874: *(u32 *)(r10 -168) = r2
 1875: r1 = map[pipe_p0f_signatures] ll
 1877: r2 = r10
 1878: r2 += -184
 1879: call bpf_map_lookup_elem
 1880: r3 = r0
 1881: if r3 == 0 goto +13
 1882: r2 = *(u32 *)(r3 +4)
 1883: r1 = *(u64 *)(r10 -224)
 1884: if r1 == 0 goto +2
 1885: r1 = *(u64 *)(r10 -232)
 1886: if r2 <= r1 goto +8
 1887: *(u64 *)(r10 -224) = 1
 1888: *(u64 *)(r10 -232) = r2
 1889: r1 = *(u32 *)(r3 +0)
 1890: *(u32 *)(r10 -208) = r1
 1891: r1 = *(u32 *)(r3 +4)
 1892: *(u32 *)(r10 -204) = r1
 1893: r1 = *(u32 *)(r3 +8)
 1894: *(u32 *)(r10 -200) = r1
 1895: *(u32 *)(r10 -216) = 13
 1896: r1 = map[pipe_p0f_signatures_masks] ll
 1898: r2 = r10
 1899: r2 += -216
 1900: call bpf_map_lookup_elem
 1901: r3 = r0
 1902: if r3 == 0 goto +885
 1903: r1 = *(u32 *)(r3 +0)
 1904: if r1 == 0 goto +883
 1905: *(u32 *)(r10 -184) = 13
 1906: r2 = *(u32 *)(r10 -144)
 1907: r1 = *(u32 *)(r3 +8)
 1908: r2 &= r1
 1909: *(u32 *)(r10 -180) = r2
 1910: r2 = *(u32 *)(r10 -140)
 1911: r1 = *(u32 *)(r3 +12)
 1912: r2 &= r1
 1913: *(u32 *)(r10 -176) = r2
 1914: r2 = *(u32 *)(r10 -136)
 1915: r1 = *(u32 *)(r3 +16)
 1916: r2 &= r1
 1917: *(u32 *)(r10 -172) = r2
 1918: r2 = *(u32 *)(r10 -132)
 1919: r1 = *(u32 *)(r3 +20)
 1920: r2 &= r1
 1921: *(u32 *)(r10 -168) = r2
 1922: r1 = map[pipe_p0f_signatures] ll
 1924: r2 = r10
 1925: r2 += -184
 1926: call bpf_map_lookup_elem
 1927: r3 = r0
 1928: if r3 == 0 goto +13
 1929: r2 = *(u32 *)(r3 +4)
 1930: r1 = *(u64 *)(r10 -224)
 1931: if r1 == 0 goto +2
 1932: r1 = *(u64 *)(r10 -232)
 1933: if r2 <= r1 goto +8
 1934: *(u64 *)(r10 -224) = 1
 1935: *(u64 *)(r10 -232) = r2
 1936: r1 = *(u32 *)(r3 +0)
 1937: *(u32 *)(r10 -208) = r1
 1938: r1 = *(u32 *)(r3 +4)
 1939: *(u32 *)(r10 -204) = r1
 1940: r1 = *(u32 *)(r3 +8)
 1941: *(u32 *)(r10 -200) = r1
 1942: *(u32 *)(r10 -216) = 14
 1943: r1 = map[pipe_p0f_signatures_masks] ll
 1945: r2 = r10
 1946: r2 += -216
 1947: call bpf_map_lookup_elem
 1948: r3 = r0
 1949: if r3 == 0 goto +838
 1950: r1 = *(u32 *)(r3 +0)
 1951: if r1 == 0 goto +836
 1952: *(u32 *)(r10 -184) = 14
 1953: r2 = *(u32 *)(r10 -144)
 1954: r1 = *(u32 *)(r3 +8)
 1955: r2 &= r1
 1956: *(u32 *)(r10 -180) = r2
 1957: r2 = *(u32 *)(r10 -140)
 1958: r1 = *(u32 *)(r3 +12)
 1959: r2 &= r1
 1960: *(u32 *)(r10 -176) = r2
 1961: r2 = *(u32 *)(r10 -136)
 1962: r1 = *(u32 *)(r3 +16)
 1963: r2 &= r1
 1964: *(u32 *)(r10 -172) = r2
 1965: r2 = *(u32 *)(r10 -132)
 1966: r1 = *(u32 *)(r3 +20)
 1967: r2 &= r1
 1968: *(u32 *)(r10 -168) = r2
 1969: r1 = map[pipe_p0f_signatures] ll
 1971: r2 = r10
 1972: r2 += -184
 1973: call bpf_map_lookup_elem
 1974: r3 = r0
 1975: if r3 == 0 goto +13
 1976: r2 = *(u32 *)(r3 +4)
 1977: r1 = *(u64 *)(r10 -224)
 1978: if r1 == 0 goto +2
 1979: r1 = *(u64 *)(r10 -232)
 1980: if r2 <= r1 goto +8
 1981: *(u64 *)(r10 -224) = 1
 1982: *(u64 *)(r10 -232) = r2
 1983: r1 = *(u32 *)(r3 +0)
 1984: *(u32 *)(r10 -208) = r1
 1985: r1 = *(u32 *)(r3 +4)
 1986: *(u32 *)(r10 -204) = r1
 1987: r1 = *(u32 *)(r3 +8)
 1988: *(u32 *)(r10 -200) = r1
 1989: *(u32 *)(r10 -216) = 15
 1990: r1 = map[pipe_p0f_signatures_masks] ll
 1992: r2 = r10
 1993: r2 += -216
 1994: call bpf_map_lookup_elem
 1995: r3 = r0
 1996: if r3 == 0 goto +791
 1997: r1 = *(u32 *)(r3 +0)
 1998: if r1 == 0 goto +789
 1999: *(u32 *)(r10 -184) = 15
 2000: r2 = *(u32 *)(r10 -144)
 2001: r1 = *(u32 *)(r3 +8)
 2002: r2 &= r1
 2003: *(u32 *)(r10 -180) = r2
 2004: r2 = *(u32 *)(r10 -140)
 2005: r1 = *(u32 *)(r3 +12)
 2006: r2 &= r1
 2007: *(u32 *)(r10 -176) = r2
 2008: r2 = *(u32 *)(r10 -136)
 2009: r1 = *(u32 *)(r3 +16)
 2010: r2 &= r1
 2011: *(u32 *)(r10 -172) = r2
 2012: r2 = *(u32 *)(r10 -132)
 2013: r1 = *(u32 *)(r3 +20)
 2014: r2 &= r1
 2015: *(u32 *)(r10 -168) = r2
 2016: r1 = map[pipe_p0f_signatures] ll
 2018: r2 = r10
 2019: r2 += -184
 2020: call bpf_map_lookup_elem
 2021: r3 = r0
 2022: if r3 == 0 goto +13
 2023: r2 = *(u32 *)(r3 +4)
 2024: r1 = *(u64 *)(r10 -224)
 2025: if r1 == 0 goto +2
 2026: r1 = *(u64 *)(r10 -232)
 2027: if r2 <= r1 goto +8
 2028: *(u64 *)(r10 -224) = 1
 2029: *(u64 *)(r10 -232) = r2
 2030: r1 = *(u32 *)(r3 +0)
 2031: *(u32 *)(r10 -208) = r1
 2032: r1 = *(u32 *)(r3 +4)
 2033: *(u32 *)(r10 -204) = r1
 2034: r1 = *(u32 *)(r3 +8)
 2035: *(u32 *)(r10 -200) = r1
 2036: *(u32 *)(r10 -216) = 16
 2037: r1 = map[pipe_p0f_signatures_masks] ll
 2039: r2 = r10
 2040: r2 += -216
 2041: call bpf_map_lookup_elem
 2042: r3 = r0
 2043: if r3 == 0 goto +744
 2044: r1 = *(u32 *)(r3 +0)
 2045: if r1 == 0 goto +742
 2046: *(u32 *)(r10 -184) = 16
 2047: r2 = *(u32 *)(r10 -144)
 2048: r1 = *(u32 *)(r3 +8)
 2049: r2 &= r1
 2050: *(u32 *)(r10 -180) = r2
 2051: r2 = *(u32 *)(r10 -140)
 2052: r1 = *(u32 *)(r3 +12)
 2053: r2 &= r1
 2054: *(u32 *)(r10 -176) = r2
 2055: r2 = *(u32 *)(r10 -136)
 2056: r1 = *(u32 *)(r3 +16)
 2057: r2 &= r1
 2058: *(u32 *)(r10 -172) = r2
 2059: r2 = *(u32 *)(r10 -132)
 2060: r1 = *(u32 *)(r3 +20)
 2061: r2 &= r1
 2062: *(u32 *)(r10 -168) = r2
 2063: r1 = map[pipe_p0f_signatures] ll
 2065: r2 = r10
 2066: r2 += -184
 2067: call bpf_map_lookup_elem
 2068: r3 = r0
 2069: if r3 == 0 goto +13
 2070: r2 = *(u32 *)(r3 +4)
 2071: r1 = *(u64 *)(r10 -224)
 2072: if r1 == 0 goto +2
 2073: r1 = *(u64 *)(r10 -232)
 2074: if r2 <= r1 goto +8
 2075: *(u64 *)(r10 -224) = 1
 2076: *(u64 *)(r10 -232) = r2
 2077: r1 = *(u32 *)(r3 +0)
 2078: *(u32 *)(r10 -208) = r1
 2079: r1 = *(u32 *)(r3 +4)
 2080: *(u32 *)(r10 -204) = r1
 2081: r1 = *(u32 *)(r3 +8)
 2082: *(u32 *)(r10 -200) = r1
 2083: *(u32 *)(r10 -216) = 17
 2084: r1 = map[pipe_p0f_signatures_masks] ll
 2086: r2 = r10
 2087: r2 += -216
 2088: call bpf_map_lookup_elem
 2089: r3 = r0
 2090: if r3 == 0 goto +697
 2091: r1 = *(u32 *)(r3 +0)
 2092: if r1 == 0 goto +695
 2093: *(u32 *)(r10 -184) = 17
 2094: r2 = *(u32 *)(r10 -144)
 2095: r1 = *(u32 *)(r3 +8)
 2096: r2 &= r1
 2097: *(u32 *)(r10 -180) = r2
 2098: r2 = *(u32 *)(r10 -140)
 2099: r1 = *(u32 *)(r3 +12)
 2100: r2 &= r1
 2101: *(u32 *)(r10 -176) = r2
 2102: r2 = *(u32 *)(r10 -136)
 2103: r1 = *(u32 *)(r3 +16)
 2104: r2 &= r1
 2105: *(u32 *)(r10 -172) = r2
 2106: r2 = *(u32 *)(r10 -132)
 2107: r1 = *(u32 *)(r3 +20)
 2108: r2 &= r1
 2109: *(u32 *)(r10 -168) = r2
 2110: r1 = map[pipe_p0f_signatures] ll
 2112: r2 = r10
 2113: r2 += -184
 2114: call bpf_map_lookup_elem
 2115: r3 = r0
 2116: if r3 == 0 goto +13
 2117: r2 = *(u32 *)(r3 +4)
 2118: r1 = *(u64 *)(r10 -224)
 2119: if r1 == 0 goto +2
 2120: r1 = *(u64 *)(r10 -232)
 2121: if r2 <= r1 goto +8
 2122: *(u64 *)(r10 -224) = 1
 2123: *(u64 *)(r10 -232) = r2
 2124: r1 = *(u32 *)(r3 +0)
 2125: *(u32 *)(r10 -208) = r1
 2126: r1 = *(u32 *)(r3 +4)
 2127: *(u32 *)(r10 -204) = r1
 2128: r1 = *(u32 *)(r3 +8)
 2129: *(u32 *)(r10 -200) = r1
 2130: *(u32 *)(r10 -216) = 18
 2131: r1 = map[pipe_p0f_signatures_masks] ll
 2133: r2 = r10
 2134: r2 += -216
 2135: call bpf_map_lookup_elem
 2136: r3 = r0
 2137: if r3 == 0 goto +650
 2138: r1 = *(u32 *)(r3 +0)
 2139: if r1 == 0 goto +648
 2140: *(u32 *)(r10 -184) = 18
 2141: r2 = *(u32 *)(r10 -144)
 2142: r1 = *(u32 *)(r3 +8)
 2143: r2 &= r1
 2144: *(u32 *)(r10 -180) = r2
 2145: r2 = *(u32 *)(r10 -140)
 2146: r1 = *(u32 *)(r3 +12)
 2147: r2 &= r1
 2148: *(u32 *)(r10 -176) = r2
 2149: r2 = *(u32 *)(r10 -136)
 2150: r1 = *(u32 *)(r3 +16)
 2151: r2 &= r1
 2152: *(u32 *)(r10 -172) = r2
 2153: r2 = *(u32 *)(r10 -132)
 2154: r1 = *(u32 *)(r3 +20)
 2155: r2 &= r1
 2156: *(u32 *)(r10 -168) = r2
 2157: r1 = map[pipe_p0f_signatures] ll
 2159: r2 = r10
 2160: r2 += -184
 2161: call bpf_map_lookup_elem
 2162: r3 = r0
 2163: if r3 == 0 goto +13
 2164: r2 = *(u32 *)(r3 +4)
 2165: r1 = *(u64 *)(r10 -224)
 2166: if r1 == 0 goto +2
 2167: r1 = *(u64 *)(r10 -232)
 2168: if r2 <= r1 goto +8
 2169: *(u64 *)(r10 -224) = 1
 2170: *(u64 *)(r10 -232) = r2
 2171: r1 = *(u32 *)(r3 +0)
 2172: *(u32 *)(r10 -208) = r1
 2173: r1 = *(u32 *)(r3 +4)
 2174: *(u32 *)(r10 -204) = r1
 2175: r1 = *(u32 *)(r3 +8)
 2176: *(u32 *)(r10 -200) = r1
 2177: *(u32 *)(r10 -216) = 19
 2178: r1 = map[pipe_p0f_signatures_masks] ll
 2180: r2 = r10
 2181: r2 += -216
 2182: call bpf_map_lookup_elem
 2183: r3 = r0
 2184: if r3 == 0 goto +603
 2185: r1 = *(u32 *)(r3 +0)
 2186: if r1 == 0 goto +601
 2187: *(u32 *)(r10 -184) = 19
 2188: r2 = *(u32 *)(r10 -144)
 2189: r1 = *(u32 *)(r3 +8)
 2190: r2 &= r1
 2191: *(u32 *)(r10 -180) = r2
 2192: r2 = *(u32 *)(r10 -140)
 2193: r1 = *(u32 *)(r3 +12)
 2194: r2 &= r1
 2195: *(u32 *)(r10 -176) = r2
 2196: r2 = *(u32 *)(r10 -136)
 2197: r1 = *(u32 *)(r3 +16)
 2198: r2 &= r1
 2199: *(u32 *)(r10 -172) = r2
 2200: r2 = *(u32 *)(r10 -132)
 2201: r1 = *(u32 *)(r3 +20)
 2202: r2 &= r1
 2203: *(u32 *)(r10 -168) = r2
 2204: r1 = map[pipe_p0f_signatures] ll
 2206: r2 = r10
 2207: r2 += -184
 2208: call bpf_map_lookup_elem
 2209: r3 = r0
 2210: if r3 == 0 goto +13
 2211: r2 = *(u32 *)(r3 +4)
 2212: r1 = *(u64 *)(r10 -224)
 2213: if r1 == 0 goto +2
 2214: r1 = *(u64 *)(r10 -232)
 2215: if r2 <= r1 goto +8
 2216: *(u64 *)(r10 -224) = 1
 2217: *(u64 *)(r10 -232) = r2
 2218: r1 = *(u32 *)(r3 +0)
 2219: *(u32 *)(r10 -208) = r1
 2220: r1 = *(u32 *)(r3 +4)
 2221: *(u32 *)(r10 -204) = r1
 2222: r1 = *(u32 *)(r3 +8)
 2223: *(u32 *)(r10 -200) = r1
 2224: *(u32 *)(r10 -216) = 20
 2225: r1 = map[pipe_p0f_signatures_masks] ll
 2227: r2 = r10
 2228: r2 += -216
 2229: call bpf_map_lookup_elem
 2230: r3 = r0
 2231: if r3 == 0 goto +556
 2232: r1 = *(u32 *)(r3 +0)
 2233: if r1 == 0 goto +554
 2234: *(u32 *)(r10 -184) = 20
 2235: r2 = *(u32 *)(r10 -144)
 2236: r1 = *(u32 *)(r3 +8)
 2237: r2 &= r1
 2238: *(u32 *)(r10 -180) = r2
 2239: r2 = *(u32 *)(r10 -140)
 2240: r1 = *(u32 *)(r3 +12)
 2241: r2 &= r1
 2242: *(u32 *)(r10 -176) = r2
 2243: r2 = *(u32 *)(r10 -136)
 2244: r1 = *(u32 *)(r3 +16)
 2245: r2 &= r1
 2246: *(u32 *)(r10 -172) = r2
 2247: r2 = *(u32 *)(r10 -132)
 2248: r1 = *(u32 *)(r3 +20)
 2249: r2 &= r1
 2250: *(u32 *)(r10 -168) = r2
 2251: r1 = map[pipe_p0f_signatures] ll
 2253: r2 = r10
 2254: r2 += -184
 2255: call bpf_map_lookup_elem
 2256: r3 = r0
 2257: if r3 == 0 goto +13
 2258: r2 = *(u32 *)(r3 +4)
 2259: r1 = *(u64 *)(r10 -224)
 2260: if r1 == 0 goto +2
 2261: r1 = *(u64 *)(r10 -232)
 2262: if r2 <= r1 goto +8
 2263: *(u64 *)(r10 -224) = 1
 2264: *(u64 *)(r10 -232) = r2
 2265: r1 = *(u32 *)(r3 +0)
 2266: *(u32 *)(r10 -208) = r1
 2267: r1 = *(u32 *)(r3 +4)
 2268: *(u32 *)(r10 -204) = r1
 2269: r1 = *(u32 *)(r3 +8)
 2270: *(u32 *)(r10 -200) = r1
 2271: *(u32 *)(r10 -216) = 21
 2272: r1 = map[pipe_p0f_signatures_masks] ll
 2274: r2 = r10
 2275: r2 += -216
 2276: call bpf_map_lookup_elem
 2277: r3 = r0
 2278: if r3 == 0 goto +509
 2279: r1 = *(u32 *)(r3 +0)
 2280: if r1 == 0 goto +507
 2281: *(u32 *)(r10 -184) = 21
 2282: r2 = *(u32 *)(r10 -144)
 2283: r1 = *(u32 *)(r3 +8)
 2284: r2 &= r1
 2285: *(u32 *)(r10 -180) = r2
 2286: r2 = *(u32 *)(r10 -140)
 2287: r1 = *(u32 *)(r3 +12)
 2288: r2 &= r1
 2289: *(u32 *)(r10 -176) = r2
 2290: r2 = *(u32 *)(r10 -136)
 2291: r1 = *(u32 *)(r3 +16)
 2292: r2 &= r1
 2293: *(u32 *)(r10 -172) = r2
 2294: r2 = *(u32 *)(r10 -132)
 2295: r1 = *(u32 *)(r3 +20)
 2296: r2 &= r1
 2297: *(u32 *)(r10 -168) = r2
 2298: r1 = map[pipe_p0f_signatures] ll
 2300: r2 = r10
 2301: r2 += -184
 2302: call bpf_map_lookup_elem
 2303: r3 = r0
 2304: if r3 == 0 goto +13
 2305: r2 = *(u32 *)(r3 +4)
 2306: r1 = *(u64 *)(r10 -224)
 2307: if r1 == 0 goto +2
 2308: r1 = *(u64 *)(r10 -232)
 2309: if r2 <= r1 goto +8
 2310: *(u64 *)(r10 -224) = 1
 2311: *(u64 *)(r10 -232) = r2
 2312: r1 = *(u32 *)(r3 +0)
 2313: *(u32 *)(r10 -208) = r1
 2314: r1 = *(u32 *)(r3 +4)
 2315: *(u32 *)(r10 -204) = r1
 2316: r1 = *(u32 *)(r3 +8)
 2317: *(u32 *)(r10 -200) = r1
 2318: *(u32 *)(r10 -216) = 22
 2319: r1 = map[pipe_p0f_signatures_masks] ll
 2321: r2 = r10
 2322: r2 += -216
 2323: call bpf_map_lookup_elem
 2324: r3 = r0
 2325: if r3 == 0 goto +462
 2326: r1 = *(u32 *)(r3 +0)
 2327: if r1 == 0 goto +460
 2328: *(u32 *)(r10 -184) = 22
 2329: r2 = *(u32 *)(r10 -144)
 2330: r1 = *(u32 *)(r3 +8)
 2331: r2 &= r1
 2332: *(u32 *)(r10 -180) = r2
 2333: r2 = *(u32 *)(r10 -140)
 2334: r1 = *(u32 *)(r3 +12)
 2335: r2 &= r1
 2336: *(u32 *)(r10 -176) = r2
 2337: r2 = *(u32 *)(r10 -136)
 2338: r1 = *(u32 *)(r3 +16)
 2339: r2 &= r1
 2340: *(u32 *)(r10 -172) = r2
 2341: r2 = *(u32 *)(r10 -132)
 2342: r1 = *(u32 *)(r3 +20)
 2343: r2 &= r1
 2344: *(u32 *)(r10 -168) = r2
 2345: r1 = map[pipe_p0f_signatures] ll
 2347: r2 = r10
 2348: r2 += -184
 2349: call bpf_map_lookup_elem
 2350: r3 = r0
 2351: if r3 == 0 goto +13
 2352: r2 = *(u32 *)(r3 +4)
 2353: r1 = *(u64 *)(r10 -224)
 2354: if r1 == 0 goto +2
 2355: r1 = *(u64 *)(r10 -232)
 2356: if r2 <= r1 goto +8
 2357: *(u64 *)(r10 -224) = 1
 2358: *(u64 *)(r10 -232) = r2
 2359: r1 = *(u32 *)(r3 +0)
 2360: *(u32 *)(r10 -208) = r1
 2361: r1 = *(u32 *)(r3 +4)
 2362: *(u32 *)(r10 -204) = r1
 2363: r1 = *(u32 *)(r3 +8)
 2364: *(u32 *)(r10 -200) = r1
 2365: *(u32 *)(r10 -216) = 23
 2366: r1 = map[pipe_p0f_signatures_masks] ll
 2368: r2 = r10
 2369: r2 += -216
 2370: call bpf_map_lookup_elem
 2371: r3 = r0
 2372: if r3 == 0 goto +415
 2373: r1 = *(u32 *)(r3 +0)
 2374: if r1 == 0 goto +413
 2375: *(u32 *)(r10 -184) = 23
 2376: r2 = *(u32 *)(r10 -144)
 2377: r1 = *(u32 *)(r3 +8)
 2378: r2 &= r1
 2379: *(u32 *)(r10 -180) = r2
 2380: r2 = *(u32 *)(r10 -140)
 2381: r1 = *(u32 *)(r3 +12)
 2382: r2 &= r1
 2383: *(u32 *)(r10 -176) = r2
 2384: r2 = *(u32 *)(r10 -136)
 2385: r1 = *(u32 *)(r3 +16)
 2386: r2 &= r1
 2387: *(u32 *)(r10 -172) = r2
 2388: r2 = *(u32 *)(r10 -132)
 2389: r1 = *(u32 *)(r3 +20)
 2390: r2 &= r1
 2391: *(u32 *)(r10 -168) = r2
 2392: r1 = map[pipe_p0f_signatures] ll
 2394: r2 = r10
 2395: r2 += -184
 2396: call bpf_map_lookup_elem
 2397: r3 = r0
 2398: if r3 == 0 goto +13
 2399: r2 = *(u32 *)(r3 +4)
 2400: r1 = *(u64 *)(r10 -224)
 2401: if r1 == 0 goto +2
 2402: r1 = *(u64 *)(r10 -232)
 2403: if r2 <= r1 goto +8
 2404: *(u64 *)(r10 -224) = 1
 2405: *(u64 *)(r10 -232) = r2
 2406: r1 = *(u32 *)(r3 +0)
 2407: *(u32 *)(r10 -208) = r1
 2408: r1 = *(u32 *)(r3 +4)
 2409: *(u32 *)(r10 -204) = r1
 2410: r1 = *(u32 *)(r3 +8)
 2411: *(u32 *)(r10 -200) = r1
 2412: *(u32 *)(r10 -216) = 24
 2413: r1 = map[pipe_p0f_signatures_masks] ll
 2415: r2 = r10
 2416: r2 += -216
 2417: call bpf_map_lookup_elem
 2418: r3 = r0
 2419: if r3 == 0 goto +368
 2420: r1 = *(u32 *)(r3 +0)
 2421: if r1 == 0 goto +366
 2422: *(u32 *)(r10 -184) = 24
 2423: r2 = *(u32 *)(r10 -144)
 2424: r1 = *(u32 *)(r3 +8)
 2425: r2 &= r1
 2426: *(u32 *)(r10 -180) = r2
 2427: r2 = *(u32 *)(r10 -140)
 2428: r1 = *(u32 *)(r3 +12)
 2429: r2 &= r1
 2430: *(u32 *)(r10 -176) = r2
 2431: r2 = *(u32 *)(r10 -136)
 2432: r1 = *(u32 *)(r3 +16)
 2433: r2 &= r1
 2434: *(u32 *)(r10 -172) = r2
 2435: r2 = *(u32 *)(r10 -132)
 2436: r1 = *(u32 *)(r3 +20)
 2437: r2 &= r1
 2438: *(u32 *)(r10 -168) = r2
 2439: r1 = map[pipe_p0f_signatures] ll
 2441: r2 = r10
 2442: r2 += -184
 2443: call bpf_map_lookup_elem
 2444: r3 = r0
 2445: if r3 == 0 goto +13
 2446: r2 = *(u32 *)(r3 +4)
 2447: r1 = *(u64 *)(r10 -224)
 2448: if r1 == 0 goto +2
 2449: r1 = *(u64 *)(r10 -232)
 2450: if r2 <= r1 goto +8
 2451: *(u64 *)(r10 -224) = 1
 2452: *(u64 *)(r10 -232) = r2
 2453: r1 = *(u32 *)(r3 +0)
 2454: *(u32 *)(r10 -208) = r1
 2455: r1 = *(u32 *)(r3 +4)
 2456: *(u32 *)(r10 -204) = r1
 2457: r1 = *(u32 *)(r3 +8)
 2458: *(u32 *)(r10 -200) = r1
 2459: *(u32 *)(r10 -216) = 25
 2460: r1 = map[pipe_p0f_signatures_masks] ll
 2462: r2 = r10
 2463: r2 += -216
 2464: call bpf_map_lookup_elem
 2465: r3 = r0
 2466: if r3 == 0 goto +321
 2467: r1 = *(u32 *)(r3 +0)
 2468: if r1 == 0 goto +319
 2469: *(u32 *)(r10 -184) = 25
 2470: r2 = *(u32 *)(r10 -144)
 2471: r1 = *(u32 *)(r3 +8)
 2472: r2 &= r1
 2473: *(u32 *)(r10 -180) = r2
 2474: r2 = *(u32 *)(r10 -140)
 2475: r1 = *(u32 *)(r3 +12)
 2476: r2 &= r1
 2477: *(u32 *)(r10 -176) = r2
 2478: r2 = *(u32 *)(r10 -136)
 2479: r1 = *(u32 *)(r3 +16)
 2480: r2 &= r1
 2481: *(u32 *)(r10 -172) = r2
 2482: r2 = *(u32 *)(r10 -132)
 2483: r1 = *(u32 *)(r3 +20)
 2484: r2 &= r1
 2485: *(u32 *)(r10 -168) = r2
 2486: r1 = map[pipe_p0f_signatures] ll
 2488: r2 = r10
 2489: r2 += -184
 2490: call bpf_map_lookup_elem
 2491: r3 = r0
 2492: if r3 == 0 goto +13
 2493: r2 = *(u32 *)(r3 +4)
 2494: r1 = *(u64 *)(r10 -224)
 2495: if r1 == 0 goto +2
 2496: r1 = *(u64 *)(r10 -232)
 2497: if r2 <= r1 goto +8
 2498: *(u64 *)(r10 -224) = 1
 2499: *(u64 *)(r10 -232) = r2
 2500: r1 = *(u32 *)(r3 +0)
 2501: *(u32 *)(r10 -208) = r1
 2502: r1 = *(u32 *)(r3 +4)
 2503: *(u32 *)(r10 -204) = r1
 2504: r1 = *(u32 *)(r3 +8)
 2505: *(u32 *)(r10 -200) = r1
 2506: *(u32 *)(r10 -216) = 26
 2507: r1 = map[pipe_p0f_signatures_masks] ll
 2509: r2 = r10
 2510: r2 += -216
 2511: call bpf_map_lookup_elem
 2512: r3 = r0
 2513: if r3 == 0 goto +274
 2514: r1 = *(u32 *)(r3 +0)
 2515: if r1 == 0 goto +272
 2516: *(u32 *)(r10 -184) = 26
 2517: r2 = *(u32 *)(r10 -144)
 2518: r1 = *(u32 *)(r3 +8)
 2519: r2 &= r1
 2520: *(u32 *)(r10 -180) = r2
 2521: r2 = *(u32 *)(r10 -140)
 2522: r1 = *(u32 *)(r3 +12)
 2523: r2 &= r1
 2524: *(u32 *)(r10 -176) = r2
 2525: r2 = *(u32 *)(r10 -136)
 2526: r1 = *(u32 *)(r3 +16)
 2527: r2 &= r1
 2528: *(u32 *)(r10 -172) = r2
 2529: r2 = *(u32 *)(r10 -132)
 2530: r1 = *(u32 *)(r3 +20)
 2531: r2 &= r1
 2532: *(u32 *)(r10 -168) = r2
 2533: r1 = map[pipe_p0f_signatures] ll
 2535: r2 = r10
 2536: r2 += -184
 2537: call bpf_map_lookup_elem
 2538: r3 = r0
 2539: if r3 == 0 goto +13
 2540: r2 = *(u32 *)(r3 +4)
 2541: r1 = *(u64 *)(r10 -224)
 2542: if r1 == 0 goto +2
 2543: r1 = *(u64 *)(r10 -232)
 2544: if r2 <= r1 goto +8
 2545: *(u64 *)(r10 -224) = 1
 2546: *(u64 *)(r10 -232) = r2
 2547: r1 = *(u32 *)(r3 +0)
 2548: *(u32 *)(r10 -208) = r1
 2549: r1 = *(u32 *)(r3 +4)
 2550: *(u32 *)(r10 -204) = r1
 2551: r1 = *(u32 *)(r3 +8)
 2552: *(u32 *)(r10 -200) = r1
 2553: *(u32 *)(r10 -216) = 27
 2554: r1 = map[pipe_p0f_signatures_masks] ll
 2556: r2 = r10
 2557: r2 += -216
 2558: call bpf_map_lookup_elem
 2559: r3 = r0
 2560: if r3 == 0 goto +227
 2561: r1 = *(u32 *)(r3 +0)
 2562: if r1 == 0 goto +225
 2563: *(u32 *)(r10 -184) = 27
 2564: r2 = *(u32 *)(r10 -144)
 2565: r1 = *(u32 *)(r3 +8)
 2566: r2 &= r1
 2567: *(u32 *)(r10 -180) = r2
 2568: r2 = *(u32 *)(r10 -140)
 2569: r1 = *(u32 *)(r3 +12)
 2570: r2 &= r1
 2571: *(u32 *)(r10 -176) = r2
 2572: r2 = *(u32 *)(r10 -136)
 2573: r1 = *(u32 *)(r3 +16)
 2574: r2 &= r1
 2575: *(u32 *)(r10 -172) = r2
 2576: r2 = *(u32 *)(r10 -132)
 2577: r1 = *(u32 *)(r3 +20)
 2578: r2 &= r1
 2579: *(u32 *)(r10 -168) = r2
 2580: r1 = map[pipe_p0f_signatures] ll
 2582: r2 = r10
 2583: r2 += -184
 2584: call bpf_map_lookup_elem
 2585: r3 = r0
 2586: if r3 == 0 goto +13
 2587: r2 = *(u32 *)(r3 +4)
 2588: r1 = *(u64 *)(r10 -224)
 2589: if r1 == 0 goto +2
 2590: r1 = *(u64 *)(r10 -232)
 2591: if r2 <= r1 goto +8
 2592: *(u64 *)(r10 -224) = 1
 2593: *(u64 *)(r10 -232) = r2
 2594: r1 = *(u32 *)(r3 +0)
 2595: *(u32 *)(r10 -208) = r1
 2596: r1 = *(u32 *)(r3 +4)
 2597: *(u32 *)(r10 -204) = r1
 2598: r1 = *(u32 *)(r3 +8)
 2599: *(u32 *)(r10 -200) = r1
 2600: *(u32 *)(r10 -216) = 28
 2601: r1 = map[pipe_p0f_signatures_masks] ll
 2603: r2 = r10
 2604: r2 += -216
 2605: call bpf_map_lookup_elem
 2606: r3 = r0
 2607: if r3 == 0 goto +180
 2608: r1 = *(u32 *)(r3 +0)
 2609: if r1 == 0 goto +178
 2610: *(u32 *)(r10 -184) = 28
 2611: r2 = *(u32 *)(r10 -144)
 2612: r1 = *(u32 *)(r3 +8)
 2613: r2 &= r1
 2614: *(u32 *)(r10 -180) = r2
 2615: r2 = *(u32 *)(r10 -140)
 2616: r1 = *(u32 *)(r3 +12)
 2617: r2 &= r1
 2618: *(u32 *)(r10 -176) = r2
 2619: r2 = *(u32 *)(r10 -136)
 2620: r1 = *(u32 *)(r3 +16)
 2621: r2 &= r1
 2622: *(u32 *)(r10 -172) = r2
 2623: r2 = *(u32 *)(r10 -132)
 2624: r1 = *(u32 *)(r3 +20)
 2625: r2 &= r1
 2626: *(u32 *)(r10 -168) = r2
 2627: r1 = map[pipe_p0f_signatures] ll
 2629: r2 = r10
 2630: r2 += -184
 2631: call bpf_map_lookup_elem
 2632: r3 = r0
 2633: if r3 == 0 goto +13
 2634: r2 = *(u32 *)(r3 +4)
 2635: r1 = *(u64 *)(r10 -224)
 2636: if r1 == 0 goto +2
 2637: r1 = *(u64 *)(r10 -232)
 2638: if r2 <= r1 goto +8
 2639: *(u64 *)(r10 -224) = 1
 2640: *(u64 *)(r10 -232) = r2
 2641: r1 = *(u32 *)(r3 +0)
 2642: *(u32 *)(r10 -208) = r1
 2643: r1 = *(u32 *)(r3 +4)
 2644: *(u32 *)(r10 -204) = r1
 2645: r1 = *(u32 *)(r3 +8)
 2646: *(u32 *)(r10 -200) = r1
 2647: *(u32 *)(r10 -216) = 29
 2648: r1 = map[pipe_p0f_signatures_masks] ll
 2650: r2 = r10
 2651: r2 += -216
 2652: call bpf_map_lookup_elem
 2653: r3 = r0
 2654: if r3 == 0 goto +133
 2655: r1 = *(u32 *)(r3 +0)
 2656: if r1 == 0 goto +131
 2657: *(u32 *)(r10 -184) = 29
 2658: r2 = *(u32 *)(r10 -144)
 2659: r1 = *(u32 *)(r3 +8)
 2660: r2 &= r1
 2661: *(u32 *)(r10 -180) = r2
 2662: r2 = *(u32 *)(r10 -140)
 2663: r1 = *(u32 *)(r3 +12)
 2664: r2 &= r1
 2665: *(u32 *)(r10 -176) = r2
 2666: r2 = *(u32 *)(r10 -136)
 2667: r1 = *(u32 *)(r3 +16)
 2668: r2 &= r1
 2669: *(u32 *)(r10 -172) = r2
 2670: r2 = *(u32 *)(r10 -132)
 2671: r1 = *(u32 *)(r3 +20)
 2672: r2 &= r1
 2673: *(u32 *)(r10 -168) = r2
 2674: r1 = map[pipe_p0f_signatures] ll
 2676: r2 = r10
 2677: r2 += -184
 2678: call bpf_map_lookup_elem
 2679: r3 = r0
 2680: if r3 == 0 goto +13
 2681: r2 = *(u32 *)(r3 +4)
 2682: r1 = *(u64 *)(r10 -224)
 2683: if r1 == 0 goto +2
 2684: r1 = *(u64 *)(r10 -232)
 2685: if r2 <= r1 goto +8
 2686: *(u64 *)(r10 -224) = 1
 2687: *(u64 *)(r10 -232) = r2
 2688: r1 = *(u32 *)(r3 +0)
 2689: *(u32 *)(r10 -208) = r1
 2690: r1 = *(u32 *)(r3 +4)
 2691: *(u32 *)(r10 -204) = r1
 2692: r1 = *(u32 *)(r3 +8)
 2693: *(u32 *)(r10 -200) = r1
 2694: *(u32 *)(r10 -216) = 30
 2695: r1 = map[pipe_p0f_signatures_masks] ll
 2697: r2 = r10
 2698: r2 += -216
 2699: call bpf_map_lookup_elem
 2700: r3 = r0
 2701: if r3 == 0 goto +86
 2702: r1 = *(u32 *)(r3 +0)
 2703: if r1 == 0 goto +84
 2704: *(u32 *)(r10 -184) = 30
 2705: r2 = *(u32 *)(r10 -144)
 2706: r1 = *(u32 *)(r3 +8)
 2707: r2 &= r1
 2708: *(u32 *)(r10 -180) = r2
 2709: r2 = *(u32 *)(r10 -140)
 2710: r1 = *(u32 *)(r3 +12)
 2711: r2 &= r1
 2712: *(u32 *)(r10 -176) = r2
 2713: r2 = *(u32 *)(r10 -136)
 2714: r1 = *(u32 *)(r3 +16)
 2715: r2 &= r1
 2716: *(u32 *)(r10 -172) = r2
 2717: r2 = *(u32 *)(r10 -132)
 2718: r1 = *(u32 *)(r3 +20)
 2719: r2 &= r1
 2720: *(u32 *)(r10 -168) = r2
 2721: r1 = map[pipe_p0f_signatures] ll
 2723: r2 = r10
 2724: r2 += -184
 2725: call bpf_map_lookup_elem
 2726: r3 = r0
 2727: if r3 == 0 goto +13
 2728: r2 = *(u32 *)(r3 +4)
 2729: r1 = *(u64 *)(r10 -224)
 2730: if r1 == 0 goto +2
 2731: r1 = *(u64 *)(r10 -232)
 2732: if r2 <= r1 goto +8
 2733: *(u64 *)(r10 -224) = 1
 2734: *(u64 *)(r10 -232) = r2
 2735: r1 = *(u32 *)(r3 +0)
 2736: *(u32 *)(r10 -208) = r1
 2737: r1 = *(u32 *)(r3 +4)
 2738: *(u32 *)(r10 -204) = r1
 2739: r1 = *(u32 *)(r3 +8)
 2740: *(u32 *)(r10 -200) = r1
 2741: *(u32 *)(r10 -216) = 31
 2742: r1 = map[pipe_p0f_signatures_masks] ll
 2744: r2 = r10
 2745: r2 += -216
 2746: call bpf_map_lookup_elem
 2747: r3 = r0
 2748: if r3 == 0 goto +39
 2749: r1 = *(u32 *)(r3 +0)
 2750: if r1 == 0 goto +37
 2751: *(u32 *)(r10 -184) = 31
 2752: r2 = *(u32 *)(r10 -144)
 2753: r1 = *(u32 *)(r3 +8)
 2754: r2 &= r1
 2755: *(u32 *)(r10 -180) = r2
 2756: r2 = *(u32 *)(r10 -140)
 2757: r1 = *(u32 *)(r3 +12)
 2758: r2 &= r1
 2759: *(u32 *)(r10 -176) = r2
 2760: r2 = *(u32 *)(r10 -136)
 2761: r1 = *(u32 *)(r3 +16)
 2762: r2 &= r1
 2763: *(u32 *)(r10 -172) = r2
 2764: r2 = *(u32 *)(r10 -132)
 2765: r1 = *(u32 *)(r3 +20)
 2766: r2 &= r1
 2767: *(u32 *)(r10 -168) = r2
 2768: r1 = map[pipe_p0f_signatures] ll
 2770: r2 = r10
 2771: r2 += -184
 2772: call bpf_map_lookup_elem
 2773: r3 = r0
 2774: if r3 == 0 goto +13
 2775: r2 = *(u32 *)(r3 +4)
 2776: r1 = *(u64 *)(r10 -224)
 2777: if r1 == 0 goto +2
 2778: r1 = *(u64 *)(r10 -232)
 2779: if r2 <= r1 goto +8
 2780: *(u64 *)(r10 -224) = 1
 2781: *(u64 *)(r10 -232) = r2
 2782: r1 = *(u32 *)(r3 +0)
 2783: *(u32 *)(r10 -208) = r1
 2784: r1 = *(u32 *)(r3 +4)
 2785: *(u32 *)(r10 -204) = r1
 2786: r1 = *(u32 *)(r3 +8)
 2787: *(u32 *)(r10 -200) = r1
 2788: r1 = *(u64 *)(r10 -224)
 2789: if r1 != 0 goto +16
 2790: *(u32 *)(r10 -144) = 0
 2791: r1 = map[pipe_p0f_signatures_default] ll
 2793: r2 = r10
 2794: r2 += -144
 2795: call bpf_map_lookup_elem
 2796: r1 = r0
 2797: if r1 == 0 goto +5
 2798: r2 = *(u32 *)(r1 +0)
 2799: r1 = *(u32 *)(r1 +8)
 2800: r1 = be32 r1
 2801: w1 = w1
 2802: goto +7
 2803: r2 = 2
 2804: r1 = 0
 2805: goto +4
 2806: r2 = *(u32 *)(r10 -208)
 2807: r1 = *(u32 *)(r10 -200)
 2808: r1 = be32 r1
 2809: w1 = w1
 2810: if r2 == 0 goto +21
 2811: if r2 == 1 goto +2
 2812: if r2 == 2 goto +57
 2813: goto +56
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2814: r1 = 1
      ; write var10, v45
 2815: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2816: *(u32 *)(r10 -144) = 0
 2817: r1 = map[pipe_os_stats] ll
 2819: r2 = r10
 2820: r2 += -144
 2821: call bpf_map_lookup_elem
 2822: r3 = r0
 2823: if r3 == 0 goto +46
 2824: r1 = *(u64 *)(r3 +0)
 2825: r1 += 1
 2826: *(u64 *)(r3 +0) = r1
 2827: r2 = *(u64 *)(r3 +8)
 2828: r1 = *(u32 *)(r10 -40)
 2829: r2 += r1
 2830: *(u64 *)(r3 +8) = r2
 2831: goto +38
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2832: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2833: *(u32 *)(r10 -144) = r1
 2834: r1 = map[pipe_os_stats] ll
 2836: r2 = r10
 2837: r2 += -144
 2838: call bpf_map_lookup_elem
 2839: r3 = r0
 2840: if r3 == 0 goto +29
 2841: r1 = *(u64 *)(r3 +0)
 2842: r1 += 1
 2843: *(u64 *)(r3 +0) = r1
 2844: r2 = *(u64 *)(r3 +8)
 2845: r1 = *(u32 *)(r10 -40)
 2846: r2 += r1
 2847: *(u64 *)(r3 +8) = r2
 2848: goto +21
      ; drop
 2849: r2 = *(u32 *)(r10 -36)
 2850: r1 = *(u32 *)(r10 -32)
 2851: *(u64 *)(r10 -240) = r2
 2852: *(u64 *)(r10 -248) = r1
 2853: r1 = *(u64 *)(r10 -8)
 2854: r2 = 0xfffffffffffffff8 ll
 2856: call bpf_xdp_adjust_meta
 2857: if r0 != 0 goto +10
 2858: r1 = *(u64 *)(r10 -8)
 2859: r3 = *(u32 *)(r1 +8)
 2860: r2 = *(u32 *)(r1 +0)
 2861: r1 = r3
 2862: r1 += 8
 2863: if r1 > r2 goto +4
 2864: r1 = *(u64 *)(r10 -240)
 2865: *(u32 *)(r3 +0) = r1
 2866: r1 = *(u64 *)(r10 -248)
 2867: *(u32 *)(r3 +4) = r1
 2868: r0 = 1
 2869: exit
      ; epilogue: verdict
 2870: r2 = *(u32 *)(r10 -36)
 2871: r1 = *(u32 *)(r10 -32)
 2872: *(u64 *)(r10 -256) = r2
 2873: *(u64 *)(r10 -264) = r1
 2874: r1 = *(u64 *)(r10 -8)
 2875: r2 = 0xfffffffffffffff8 ll
 2877: call bpf_xdp_adjust_meta
 2878: if r0 != 0 goto +10
 2879: r1 = *(u64 *)(r10 -8)
 2880: r3 = *(u32 *)(r1 +8)
 2881: r2 = *(u32 *)(r1 +0)
 2882: r1 = r3
 2883: r1 += 8
 2884: if r1 > r2 goto +4
 2885: r1 = *(u64 *)(r10 -256)
 2886: *(u32 *)(r3 +0) = r1
 2887: r1 = *(u64 *)(r10 -264)
 2888: *(u32 *)(r3 +4) = r1
 2889: r1 = *(u8 *)(r10 -23)
 2890: if r1 != 0 goto +2
 2891: r0 = 2
 2892: exit
 2893: if r1 != 2 goto +4
 2894: r1 = *(u32 *)(r10 -32)
 2895: r2 = 0
 2896: call bpf_redirect
 2897: exit
 2898: r0 = 1
 2899: exit
