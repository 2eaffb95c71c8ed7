; p0f for xdp: 2831 instructions, stack 280 bytes, 4 maps
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
   28: if r3 > 16383 goto +2751
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +2745
   35: r1 = r3
   36: r1 += 1
   37: *(u32 *)(r10 -104) = r1
   38: r3 += 14
   39: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   40: r1 = *(u16 *)(r2 +12)
   41: if r1 != 8 goto +928
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   42: r2 = *(u64 *)(r10 -16)
   43: if r2 > 16383 goto +2736
   44: r3 = r6
   45: r3 += r2
   46: r1 = r3
   47: r1 += 20
   48: if r1 <= r7 goto +1
   49: goto +2730
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
   60: if r1 == 0 goto +2719
      ; v4: bit<4> = read_field hdr1.ihl
   61: r2 = *(u8 *)(r3 +0)
   62: r2 &= 15
      ; v5: bit<32> = cast v4
   63: w2 = w2
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   64: r2 -= 5
   65: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   66: r2 *= 32
   67: w2 = w2
      ; advance v9
   68: r1 = r2
   69: r1 &= 7
   70: if r1 != 0 goto +2709
   71: r1 = r2
   72: r1 >>= 3
   73: r2 = *(u64 *)(r10 -16)
   74: r2 += r1
   75: if r2 > 16383 goto +2704
   76: r1 = r6
   77: r1 += r2
   78: if r1 <= r7 goto +1
   79: goto +2700
   80: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   81: r2 = *(u16 *)(r3 +6)
   82: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   83: r1 = *(u8 *)(r3 +9)
   84: if r2 != 0 goto +885
   85: if r1 != 6 goto +884
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   86: r3 = *(u64 *)(r10 -16)
   87: if r3 > 16383 goto +2692
   88: r2 = r6
   89: r2 += r3
   90: r1 = r2
   91: r1 += 20
   92: if r1 <= r7 goto +1
   93: goto +2686
   94: r1 = r3
   95: r1 += 1
   96: *(u32 *)(r10 -96) = r1
   97: r3 += 20
   98: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
   99: r3 = *(u8 *)(r2 +12)
  100: r3 >>= 4
  101: r3 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  102: r1 = 1
  103: if r3 >= 5 goto +1
  104: r1 = 0
      ; verify v14, error HeaderTooShort
  105: if r1 == 0 goto +2674
      ; v15: bit<4> = read_field hdr2.dataOffset
  106: r1 = *(u8 *)(r2 +12)
  107: r1 >>= 4
  108: r1 &= 15
      ; v16: bit<16> = cast v15
  109: r1 &= 65535
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  110: r1 -= 5
  111: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  112: r1 *= 4
  113: r1 &= 65535
      ; write var2, v20
  114: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  115: r1 = *(u8 *)(r2 +13)
  116: r1 &= 18
  117: if r1 != 2 goto +852
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  118: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  119: r1 = *(u8 *)(r10 -24)
  120: if r2 == 0 goto +849
  121: if r1 == 8 goto +848
      ; prs: block5 (parse_option)
      ; extract hdr3
  122: r3 = *(u64 *)(r10 -16)
  123: if r3 > 16383 goto +2656
  124: r2 = r6
  125: r2 += r3
  126: r1 = r2
  127: r1 += 1
  128: if r1 <= r7 goto +1
  129: goto +2650
  130: r1 = r3
  131: r1 += 1
  132: *(u32 *)(r10 -92) = r1
  133: r3 += 1
  134: *(u64 *)(r10 -16) = r3
      ; v24: bit<8> = read var3
  135: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
      ; v26: bit<8> = add v24, v25
  136: r1 += 1
  137: r1 &= 255
      ; write var3, v26
  138: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  139: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
      ; v29: bit<16> = sub v27, v28
  140: r1 -= 1
  141: r1 &= 65535
      ; write var2, v29
  142: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  143: r1 = *(u8 *)(r2 +0)
  144: if r1 == 0 goto +825
  145: if r1 == 1 goto +78
  146: if r1 == 2 goto +61
  147: if r1 == 3 goto +43
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  148: r1 = *(u64 *)(r10 -16)
  149: if r1 > 16383 goto +2630
  150: r2 = r6
  151: r2 += r1
  152: r1 = r2
  153: r1 += 1
  154: if r1 <= r7 goto +1
  155: goto +2624
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
  162: if r1 == 0 goto +2617
      ; v35: bit<8> = read var11
  163: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  164: w2 = w2
      ; v37: bit<32> = const 1
      ; v38: bit<32> = sub v36, v37
  165: r2 -= 1
  166: w2 = w2
      ; v39: bit<32> = const 8
      ; v40: bit<32> = mul v38, v39
  167: r2 *= 8
  168: w2 = w2
      ; advance v40
  169: r1 = r2
  170: r1 &= 7
  171: if r1 != 0 goto +2608
  172: r1 = r2
  173: r1 >>= 3
  174: r2 = *(u64 *)(r10 -16)
  175: r2 += r1
  176: if r2 > 16383 goto +2603
  177: r1 = r6
  178: r1 += r2
  179: if r1 <= r7 goto +1
  180: goto +2599
  181: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  182: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  183: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  184: r2 &= 65535
      ; v44: bit<16> = const 1
      ; v45: bit<16> = sub v43, v44
  185: r2 -= 1
  186: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  187: r1 -= r2
  188: r1 &= 65535
      ; write var2, v46
  189: *(u16 *)(r10 -28) = r1
  190: goto +33
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  191: r2 = *(u64 *)(r10 -16)
  192: if r2 > 16383 goto +2587
  193: r1 = r6
  194: r1 += r2
  195: r1 += 2
  196: if r1 <= r7 goto +1
  197: goto +2582
  198: r1 = r2
  199: r1 += 1
  200: *(u32 *)(r10 -56) = r1
  201: r2 += 2
  202: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  203: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  204: r1 -= 2
  205: r1 &= 65535
      ; write var2, v49
  206: *(u16 *)(r10 -28) = r1
  207: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  208: r2 = *(u64 *)(r10 -16)
  209: if r2 > 16383 goto +2570
  210: r1 = r6
  211: r1 += r2
  212: r1 += 3
  213: if r1 <= r7 goto +1
  214: goto +2565
  215: r1 = r2
  216: r1 += 1
  217: *(u32 *)(r10 -60) = r1
  218: r2 += 3
  219: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  220: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  221: r1 -= 3
  222: r1 &= 65535
      ; write var2, v52
  223: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  224: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  225: r1 = *(u8 *)(r10 -24)
  226: if r2 == 0 goto +743
  227: if r1 == 8 goto +742
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  228: r3 = *(u64 *)(r10 -16)
  229: if r3 > 16383 goto +2550
  230: r2 = r6
  231: r2 += r3
  232: r1 = r2
  233: r1 += 1
  234: if r1 <= r7 goto +1
  235: goto +2544
  236: r1 = r3
  237: r1 += 1
  238: *(u32 *)(r10 -88) = r1
  239: r3 += 1
  240: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  241: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  242: r1 += 1
  243: r1 &= 255
      ; write var3, v57
  244: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  245: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  246: r1 -= 1
  247: r1 &= 65535
      ; write var2, v60
  248: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  249: r1 = *(u8 *)(r2 +0)
  250: if r1 == 0 goto +719
  251: if r1 == 1 goto +78
  252: if r1 == 2 goto +61
  253: if r1 == 3 goto +43
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  254: r1 = *(u64 *)(r10 -16)
  255: if r1 > 16383 goto +2524
  256: r2 = r6
  257: r2 += r1
  258: r1 = r2
  259: r1 += 1
  260: if r1 <= r7 goto +1
  261: goto +2518
  262: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  263: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  264: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  265: r1 = 1
  266: if r2 >= 2 goto +1
  267: r1 = 0
      ; verify v65, error HeaderTooShort
  268: if r1 == 0 goto +2511
      ; v66: bit<8> = read var11
  269: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  270: w2 = w2
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  271: r2 -= 1
  272: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  273: r2 *= 8
  274: w2 = w2
      ; advance v71
  275: r1 = r2
  276: r1 &= 7
  277: if r1 != 0 goto +2502
  278: r1 = r2
  279: r1 >>= 3
  280: r2 = *(u64 *)(r10 -16)
  281: r2 += r1
  282: if r2 > 16383 goto +2497
  283: r1 = r6
  284: r1 += r2
  285: if r1 <= r7 goto +1
  286: goto +2493
  287: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  288: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  289: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  290: r2 &= 65535
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  291: r2 -= 1
  292: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  293: r1 -= r2
  294: r1 &= 65535
      ; write var2, v77
  295: *(u16 *)(r10 -28) = r1
  296: goto +33
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  297: r2 = *(u64 *)(r10 -16)
  298: if r2 > 16383 goto +2481
  299: r1 = r6
  300: r1 += r2
  301: r1 += 2
  302: if r1 <= r7 goto +1
  303: goto +2476
  304: r1 = r2
  305: r1 += 1
  306: *(u32 *)(r10 -56) = r1
  307: r2 += 2
  308: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  309: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  310: r1 -= 2
  311: r1 &= 65535
      ; write var2, v80
  312: *(u16 *)(r10 -28) = r1
  313: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  314: r2 = *(u64 *)(r10 -16)
  315: if r2 > 16383 goto +2464
  316: r1 = r6
  317: r1 += r2
  318: r1 += 3
  319: if r1 <= r7 goto +1
  320: goto +2459
  321: r1 = r2
  322: r1 += 1
  323: *(u32 *)(r10 -60) = r1
  324: r2 += 3
  325: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  326: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  327: r1 -= 3
  328: r1 &= 65535
      ; write var2, v83
  329: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  330: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  331: r1 = *(u8 *)(r10 -24)
  332: if r2 == 0 goto +637
  333: if r1 == 8 goto +636
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  334: r3 = *(u64 *)(r10 -16)
  335: if r3 > 16383 goto +2444
  336: r2 = r6
  337: r2 += r3
  338: r1 = r2
  339: r1 += 1
  340: if r1 <= r7 goto +1
  341: goto +2438
  342: r1 = r3
  343: r1 += 1
  344: *(u32 *)(r10 -84) = r1
  345: r3 += 1
  346: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  347: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  348: r1 += 1
  349: r1 &= 255
      ; write var3, v88
  350: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  351: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  352: r1 -= 1
  353: r1 &= 65535
      ; write var2, v91
  354: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  355: r1 = *(u8 *)(r2 +0)
  356: if r1 == 0 goto +613
  357: if r1 == 1 goto +78
  358: if r1 == 2 goto +61
  359: if r1 == 3 goto +43
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  360: r1 = *(u64 *)(r10 -16)
  361: if r1 > 16383 goto +2418
  362: r2 = r6
  363: r2 += r1
  364: r1 = r2
  365: r1 += 1
  366: if r1 <= r7 goto +1
  367: goto +2412
  368: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  369: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  370: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  371: r1 = 1
  372: if r2 >= 2 goto +1
  373: r1 = 0
      ; verify v96, error HeaderTooShort
  374: if r1 == 0 goto +2405
      ; v97: bit<8> = read var11
  375: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  376: w2 = w2
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  377: r2 -= 1
  378: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  379: r2 *= 8
  380: w2 = w2
      ; advance v102
  381: r1 = r2
  382: r1 &= 7
  383: if r1 != 0 goto +2396
  384: r1 = r2
  385: r1 >>= 3
  386: r2 = *(u64 *)(r10 -16)
  387: r2 += r1
  388: if r2 > 16383 goto +2391
  389: r1 = r6
  390: r1 += r2
  391: if r1 <= r7 goto +1
  392: goto +2387
  393: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  394: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  395: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  396: r2 &= 65535
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  397: r2 -= 1
  398: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  399: r1 -= r2
  400: r1 &= 65535
      ; write var2, v108
  401: *(u16 *)(r10 -28) = r1
  402: goto +33
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  403: r2 = *(u64 *)(r10 -16)
  404: if r2 > 16383 goto +2375
  405: r1 = r6
  406: r1 += r2
  407: r1 += 2
  408: if r1 <= r7 goto +1
  409: goto +2370
  410: r1 = r2
  411: r1 += 1
  412: *(u32 *)(r10 -56) = r1
  413: r2 += 2
  414: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  415: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  416: r1 -= 2
  417: r1 &= 65535
      ; write var2, v111
  418: *(u16 *)(r10 -28) = r1
  419: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  420: r2 = *(u64 *)(r10 -16)
  421: if r2 > 16383 goto +2358
  422: r1 = r6
  423: r1 += r2
  424: r1 += 3
  425: if r1 <= r7 goto +1
  426: goto +2353
  427: r1 = r2
  428: r1 += 1
  429: *(u32 *)(r10 -60) = r1
  430: r2 += 3
  431: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  432: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  433: r1 -= 3
  434: r1 &= 65535
      ; write var2, v114
  435: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  436: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  437: r1 = *(u8 *)(r10 -24)
  438: if r2 == 0 goto +531
  439: if r1 == 8 goto +530
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  440: r3 = *(u64 *)(r10 -16)
  441: if r3 > 16383 goto +2338
  442: r2 = r6
  443: r2 += r3
  444: r1 = r2
  445: r1 += 1
  446: if r1 <= r7 goto +1
  447: goto +2332
  448: r1 = r3
  449: r1 += 1
  450: *(u32 *)(r10 -80) = r1
  451: r3 += 1
  452: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  453: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  454: r1 += 1
  455: r1 &= 255
      ; write var3, v119
  456: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  457: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  458: r1 -= 1
  459: r1 &= 65535
      ; write var2, v122
  460: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  461: r1 = *(u8 *)(r2 +0)
  462: if r1 == 0 goto +507
  463: if r1 == 1 goto +78
  464: if r1 == 2 goto +61
  465: if r1 == 3 goto +43
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  466: r1 = *(u64 *)(r10 -16)
  467: if r1 > 16383 goto +2312
  468: r2 = r6
  469: r2 += r1
  470: r1 = r2
  471: r1 += 1
  472: if r1 <= r7 goto +1
  473: goto +2306
  474: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  475: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  476: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  477: r1 = 1
  478: if r2 >= 2 goto +1
  479: r1 = 0
      ; verify v127, error HeaderTooShort
  480: if r1 == 0 goto +2299
      ; v128: bit<8> = read var11
  481: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  482: w2 = w2
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  483: r2 -= 1
  484: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  485: r2 *= 8
  486: w2 = w2
      ; advance v133
  487: r1 = r2
  488: r1 &= 7
  489: if r1 != 0 goto +2290
  490: r1 = r2
  491: r1 >>= 3
  492: r2 = *(u64 *)(r10 -16)
  493: r2 += r1
  494: if r2 > 16383 goto +2285
  495: r1 = r6
  496: r1 += r2
  497: if r1 <= r7 goto +1
  498: goto +2281
  499: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  500: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  501: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  502: r2 &= 65535
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  503: r2 -= 1
  504: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  505: r1 -= r2
  506: r1 &= 65535
      ; write var2, v139
  507: *(u16 *)(r10 -28) = r1
  508: goto +33
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  509: r2 = *(u64 *)(r10 -16)
  510: if r2 > 16383 goto +2269
  511: r1 = r6
  512: r1 += r2
  513: r1 += 2
  514: if r1 <= r7 goto +1
  515: goto +2264
  516: r1 = r2
  517: r1 += 1
  518: *(u32 *)(r10 -56) = r1
  519: r2 += 2
  520: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  521: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  522: r1 -= 2
  523: r1 &= 65535
      ; write var2, v142
  524: *(u16 *)(r10 -28) = r1
  525: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  526: r2 = *(u64 *)(r10 -16)
  527: if r2 > 16383 goto +2252
  528: r1 = r6
  529: r1 += r2
  530: r1 += 3
  531: if r1 <= r7 goto +1
  532: goto +2247
  533: r1 = r2
  534: r1 += 1
  535: *(u32 *)(r10 -60) = r1
  536: r2 += 3
  537: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  538: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  539: r1 -= 3
  540: r1 &= 65535
      ; write var2, v145
  541: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  542: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  543: r1 = *(u8 *)(r10 -24)
  544: if r2 == 0 goto +425
  545: if r1 == 8 goto +424
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  546: r3 = *(u64 *)(r10 -16)
  547: if r3 > 16383 goto +2232
  548: r2 = r6
  549: r2 += r3
  550: r1 = r2
  551: r1 += 1
  552: if r1 <= r7 goto +1
  553: goto +2226
  554: r1 = r3
  555: r1 += 1
  556: *(u32 *)(r10 -76) = r1
  557: r3 += 1
  558: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  559: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  560: r1 += 1
  561: r1 &= 255
      ; write var3, v150
  562: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  563: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  564: r1 -= 1
  565: r1 &= 65535
      ; write var2, v153
  566: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  567: r1 = *(u8 *)(r2 +0)
  568: if r1 == 0 goto +401
  569: if r1 == 1 goto +78
  570: if r1 == 2 goto +61
  571: if r1 == 3 goto +43
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  572: r1 = *(u64 *)(r10 -16)
  573: if r1 > 16383 goto +2206
  574: r2 = r6
  575: r2 += r1
  576: r1 = r2
  577: r1 += 1
  578: if r1 <= r7 goto +1
  579: goto +2200
  580: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  581: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  582: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  583: r1 = 1
  584: if r2 >= 2 goto +1
  585: r1 = 0
      ; verify v158, error HeaderTooShort
  586: if r1 == 0 goto +2193
      ; v159: bit<8> = read var11
  587: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  588: w2 = w2
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  589: r2 -= 1
  590: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  591: r2 *= 8
  592: w2 = w2
      ; advance v164
  593: r1 = r2
  594: r1 &= 7
  595: if r1 != 0 goto +2184
  596: r1 = r2
  597: r1 >>= 3
  598: r2 = *(u64 *)(r10 -16)
  599: r2 += r1
  600: if r2 > 16383 goto +2179
  601: r1 = r6
  602: r1 += r2
  603: if r1 <= r7 goto +1
  604: goto +2175
  605: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  606: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  607: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  608: r2 &= 65535
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  609: r2 -= 1
  610: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  611: r1 -= r2
  612: r1 &= 65535
      ; write var2, v170
  613: *(u16 *)(r10 -28) = r1
  614: goto +33
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  615: r2 = *(u64 *)(r10 -16)
  616: if r2 > 16383 goto +2163
  617: r1 = r6
  618: r1 += r2
  619: r1 += 2
  620: if r1 <= r7 goto +1
  621: goto +2158
  622: r1 = r2
  623: r1 += 1
  624: *(u32 *)(r10 -56) = r1
  625: r2 += 2
  626: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  627: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  628: r1 -= 2
  629: r1 &= 65535
      ; write var2, v173
  630: *(u16 *)(r10 -28) = r1
  631: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  632: r2 = *(u64 *)(r10 -16)
  633: if r2 > 16383 goto +2146
  634: r1 = r6
  635: r1 += r2
  636: r1 += 3
  637: if r1 <= r7 goto +1
  638: goto +2141
  639: r1 = r2
  640: r1 += 1
  641: *(u32 *)(r10 -60) = r1
  642: r2 += 3
  643: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  644: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  645: r1 -= 3
  646: r1 &= 65535
      ; write var2, v176
  647: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  648: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  649: r1 = *(u8 *)(r10 -24)
  650: if r2 == 0 goto +319
  651: if r1 == 8 goto +318
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  652: r3 = *(u64 *)(r10 -16)
  653: if r3 > 16383 goto +2126
  654: r2 = r6
  655: r2 += r3
  656: r1 = r2
  657: r1 += 1
  658: if r1 <= r7 goto +1
  659: goto +2120
  660: r1 = r3
  661: r1 += 1
  662: *(u32 *)(r10 -72) = r1
  663: r3 += 1
  664: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  665: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  666: r1 += 1
  667: r1 &= 255
      ; write var3, v181
  668: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  669: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  670: r1 -= 1
  671: r1 &= 65535
      ; write var2, v184
  672: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  673: r1 = *(u8 *)(r2 +0)
  674: if r1 == 0 goto +295
  675: if r1 == 1 goto +78
  676: if r1 == 2 goto +61
  677: if r1 == 3 goto +43
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  678: r1 = *(u64 *)(r10 -16)
  679: if r1 > 16383 goto +2100
  680: r2 = r6
  681: r2 += r1
  682: r1 = r2
  683: r1 += 1
  684: if r1 <= r7 goto +1
  685: goto +2094
  686: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  687: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  688: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  689: r1 = 1
  690: if r2 >= 2 goto +1
  691: r1 = 0
      ; verify v189, error HeaderTooShort
  692: if r1 == 0 goto +2087
      ; v190: bit<8> = read var11
  693: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  694: w2 = w2
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  695: r2 -= 1
  696: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  697: r2 *= 8
  698: w2 = w2
      ; advance v195
  699: r1 = r2
  700: r1 &= 7
  701: if r1 != 0 goto +2078
  702: r1 = r2
  703: r1 >>= 3
  704: r2 = *(u64 *)(r10 -16)
  705: r2 += r1
  706: if r2 > 16383 goto +2073
  707: r1 = r6
  708: r1 += r2
  709: if r1 <= r7 goto +1
  710: goto +2069
  711: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  712: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  713: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  714: r2 &= 65535
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  715: r2 -= 1
  716: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  717: r1 -= r2
  718: r1 &= 65535
      ; write var2, v201
  719: *(u16 *)(r10 -28) = r1
  720: goto +33
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  721: r2 = *(u64 *)(r10 -16)
  722: if r2 > 16383 goto +2057
  723: r1 = r6
  724: r1 += r2
  725: r1 += 2
  726: if r1 <= r7 goto +1
  727: goto +2052
  728: r1 = r2
  729: r1 += 1
  730: *(u32 *)(r10 -56) = r1
  731: r2 += 2
  732: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  733: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  734: r1 -= 2
  735: r1 &= 65535
      ; write var2, v204
  736: *(u16 *)(r10 -28) = r1
  737: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  738: r2 = *(u64 *)(r10 -16)
  739: if r2 > 16383 goto +2040
  740: r1 = r6
  741: r1 += r2
  742: r1 += 3
  743: if r1 <= r7 goto +1
  744: goto +2035
  745: r1 = r2
  746: r1 += 1
  747: *(u32 *)(r10 -60) = r1
  748: r2 += 3
  749: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  750: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  751: r1 -= 3
  752: r1 &= 65535
      ; write var2, v207
  753: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  754: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  755: r1 = *(u8 *)(r10 -24)
  756: if r2 == 0 goto +213
  757: if r1 == 8 goto +212
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  758: r3 = *(u64 *)(r10 -16)
  759: if r3 > 16383 goto +2020
  760: r2 = r6
  761: r2 += r3
  762: r1 = r2
  763: r1 += 1
  764: if r1 <= r7 goto +1
  765: goto +2014
  766: r1 = r3
  767: r1 += 1
  768: *(u32 *)(r10 -68) = r1
  769: r3 += 1
  770: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  771: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  772: r1 += 1
  773: r1 &= 255
      ; write var3, v212
  774: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  775: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  776: r1 -= 1
  777: r1 &= 65535
      ; write var2, v215
  778: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  779: r1 = *(u8 *)(r2 +0)
  780: if r1 == 0 goto +189
  781: if r1 == 1 goto +78
  782: if r1 == 2 goto +61
  783: if r1 == 3 goto +43
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  784: r1 = *(u64 *)(r10 -16)
  785: if r1 > 16383 goto +1994
  786: r2 = r6
  787: r2 += r1
  788: r1 = r2
  789: r1 += 1
  790: if r1 <= r7 goto +1
  791: goto +1988
  792: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  793: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  794: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  795: r1 = 1
  796: if r2 >= 2 goto +1
  797: r1 = 0
      ; verify v220, error HeaderTooShort
  798: if r1 == 0 goto +1981
      ; v221: bit<8> = read var11
  799: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  800: w2 = w2
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  801: r2 -= 1
  802: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  803: r2 *= 8
  804: w2 = w2
      ; advance v226
  805: r1 = r2
  806: r1 &= 7
  807: if r1 != 0 goto +1972
  808: r1 = r2
  809: r1 >>= 3
  810: r2 = *(u64 *)(r10 -16)
  811: r2 += r1
  812: if r2 > 16383 goto +1967
  813: r1 = r6
  814: r1 += r2
  815: if r1 <= r7 goto +1
  816: goto +1963
  817: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  818: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  819: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  820: r2 &= 65535
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  821: r2 -= 1
  822: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  823: r1 -= r2
  824: r1 &= 65535
      ; write var2, v232
  825: *(u16 *)(r10 -28) = r1
  826: goto +33
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  827: r2 = *(u64 *)(r10 -16)
  828: if r2 > 16383 goto +1951
  829: r1 = r6
  830: r1 += r2
  831: r1 += 2
  832: if r1 <= r7 goto +1
  833: goto +1946
  834: r1 = r2
  835: r1 += 1
  836: *(u32 *)(r10 -56) = r1
  837: r2 += 2
  838: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  839: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  840: r1 -= 2
  841: r1 &= 65535
      ; write var2, v235
  842: *(u16 *)(r10 -28) = r1
  843: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  844: r2 = *(u64 *)(r10 -16)
  845: if r2 > 16383 goto +1934
  846: r1 = r6
  847: r1 += r2
  848: r1 += 3
  849: if r1 <= r7 goto +1
  850: goto +1929
  851: r1 = r2
  852: r1 += 1
  853: *(u32 *)(r10 -60) = r1
  854: r2 += 3
  855: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  856: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  857: r1 -= 3
  858: r1 &= 65535
      ; write var2, v238
  859: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  860: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  861: r1 = *(u8 *)(r10 -24)
  862: if r2 == 0 goto +107
  863: if r1 == 8 goto +106
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  864: r3 = *(u64 *)(r10 -16)
  865: if r3 > 16383 goto +1914
  866: r2 = r6
  867: r2 += r3
  868: r1 = r2
  869: r1 += 1
  870: if r1 <= r7 goto +1
  871: goto +1908
  872: r1 = r3
  873: r1 += 1
  874: *(u32 *)(r10 -64) = r1
  875: r3 += 1
  876: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  877: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  878: r1 += 1
  879: r1 &= 255
      ; write var3, v243
  880: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  881: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  882: r1 -= 1
  883: r1 &= 65535
      ; write var2, v246
  884: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  885: r1 = *(u8 *)(r2 +0)
  886: if r1 == 0 goto +83
  887: if r1 == 1 goto +78
  888: if r1 == 2 goto +61
  889: if r1 == 3 goto +43
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  890: r1 = *(u64 *)(r10 -16)
  891: if r1 > 16383 goto +1888
  892: r2 = r6
  893: r2 += r1
  894: r1 = r2
  895: r1 += 1
  896: if r1 <= r7 goto +1
  897: goto +1882
  898: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  899: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  900: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  901: r1 = 1
  902: if r2 >= 2 goto +1
  903: r1 = 0
      ; verify v251, error HeaderTooShort
  904: if r1 == 0 goto +1875
      ; v252: bit<8> = read var11
  905: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  906: w2 = w2
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  907: r2 -= 1
  908: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  909: r2 *= 8
  910: w2 = w2
      ; advance v257
  911: r1 = r2
  912: r1 &= 7
  913: if r1 != 0 goto +1866
  914: r1 = r2
  915: r1 >>= 3
  916: r2 = *(u64 *)(r10 -16)
  917: r2 += r1
  918: if r2 > 16383 goto +1861
  919: r1 = r6
  920: r1 += r2
  921: if r1 <= r7 goto +1
  922: goto +1857
  923: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  924: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  925: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
  926: r2 &= 65535
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  927: r2 -= 1
  928: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  929: r1 -= r2
  930: r1 &= 65535
      ; write var2, v263
  931: *(u16 *)(r10 -28) = r1
  932: goto +33
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  933: r2 = *(u64 *)(r10 -16)
  934: if r2 > 16383 goto +1845
  935: r1 = r6
  936: r1 += r2
  937: r1 += 2
  938: if r1 <= r7 goto +1
  939: goto +1840
  940: r1 = r2
  941: r1 += 1
  942: *(u32 *)(r10 -56) = r1
  943: r2 += 2
  944: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  945: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  946: r1 -= 2
  947: r1 &= 65535
      ; write var2, v266
  948: *(u16 *)(r10 -28) = r1
  949: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  950: r2 = *(u64 *)(r10 -16)
  951: if r2 > 16383 goto +1828
  952: r1 = r6
  953: r1 += r2
  954: r1 += 3
  955: if r1 <= r7 goto +1
  956: goto +1823
  957: r1 = r2
  958: r1 += 1
  959: *(u32 *)(r10 -60) = r1
  960: r2 += 3
  961: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  962: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  963: r1 -= 3
  964: r1 &= 65535
      ; write var2, v269
  965: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  966: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  967: r1 = *(u8 *)(r10 -24)
  968: if r2 == 0 goto +1
  969: if r1 != 8 goto +1810
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  970: r4 = *(u32 *)(r10 -96)
  971: if r4 == 0 goto +1
  972: r4 = 1
      ; v1: bool = not v0
  973: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  974: r1 = *(u32 *)(r10 -96)
  975: if r1 == 0 goto +7
  976: r1 -= 1
  977: if r1 > 16383 goto +5
  978: r3 = r6
  979: r3 += r1
  980: r1 = r3
  981: r1 += 20
  982: if r1 <= r7 goto +1
  983: r3 = 0
  984: r1 = 0
  985: if r3 == 0 goto +1
  986: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  987: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  988: r2 = 1
  989: if r1 != 2 goto +1
  990: r2 = 0
      ; v7: bool = logical_or v1, v6
  991: r1 = r4
  992: r1 |= r2
  993: if r1 != 0 goto +1807
      ; v8: bit<16> = read_field hdr11.mss
  994: r1 = *(u32 *)(r10 -60)
  995: if r1 == 0 goto +7
  996: r1 -= 1
  997: if r1 > 16383 goto +5
  998: r2 = r6
  999: r2 += r1
 1000: r1 = r2
 1001: r1 += 3
 1002: if r1 <= r7 goto +1
 1003: r2 = 0
 1004: r1 = 0
 1005: if r2 == 0 goto +1
 1006: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
 1007: r8 = 1
 1008: if r1 != 0 goto +1
 1009: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1010: r9 = 0
 1011: if r3 == 0 goto +1
 1012: r9 = *(u16 *)(r3 +14)
 1013: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
 1014: r4 = 0
 1015: if r2 == 0 goto +1
 1016: r4 = *(u16 *)(r2 +1)
 1017: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1018: r1 = 0
 1019: if r4 == 0 goto +2
 1020: r1 = r9
 1021: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
 1022: r4 = 1
 1023: if r1 == 0 goto +1
 1024: r4 = 0
      ; v16: bool = logical_and v10, v15
 1025: r1 = r8
 1026: r1 &= r4
 1027: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
 1028: r8 = 0
 1029: if r3 == 0 goto +1
 1030: r8 = *(u16 *)(r3 +14)
 1031: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1032: r4 = 0
 1033: if r2 == 0 goto +1
 1034: r4 = *(u16 *)(r2 +1)
 1035: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1036: r1 = 0
 1037: if r4 == 0 goto +2
 1038: r1 = r8
 1039: r1 /= r4
      ; write var4, v19
 1040: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1041: r1 = *(u32 *)(r10 -92)
 1042: if r1 == 0 goto +7
 1043: r1 -= 1
 1044: if r1 > 16383 goto +5
 1045: r4 = r6
 1046: r4 += r1
 1047: r1 = r4
 1048: r1 += 1
 1049: if r1 <= r7 goto +1
 1050: r4 = 0
 1051: r9 = 0
 1052: if r4 == 0 goto +1
 1053: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1054: r1 = *(u32 *)(r10 -88)
 1055: if r1 == 0 goto +7
 1056: r1 -= 1
 1057: if r1 > 16383 goto +5
 1058: r4 = r6
 1059: r4 += r1
 1060: r1 = r4
 1061: r1 += 1
 1062: if r1 <= r7 goto +1
 1063: r4 = 0
 1064: r1 = 0
 1065: if r4 == 0 goto +1
 1066: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1067: r9 <<= 8
 1068: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1069: r1 = *(u32 *)(r10 -84)
 1070: if r1 == 0 goto +7
 1071: r1 -= 1
 1072: if r1 > 16383 goto +5
 1073: r4 = r6
 1074: r4 += r1
 1075: r1 = r4
 1076: r1 += 1
 1077: if r1 <= r7 goto +1
 1078: r4 = 0
 1079: r1 = 0
 1080: if r4 == 0 goto +1
 1081: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1082: r9 <<= 8
 1083: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1084: r1 = *(u32 *)(r10 -80)
 1085: if r1 == 0 goto +7
 1086: r1 -= 1
 1087: if r1 > 16383 goto +5
 1088: r4 = r6
 1089: r4 += r1
 1090: r1 = r4
 1091: r1 += 1
 1092: if r1 <= r7 goto +1
 1093: r4 = 0
 1094: r1 = 0
 1095: if r4 == 0 goto +1
 1096: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1097: r9 <<= 8
 1098: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1099: r1 = *(u32 *)(r10 -76)
 1100: if r1 == 0 goto +7
 1101: r1 -= 1
 1102: if r1 > 16383 goto +5
 1103: r4 = r6
 1104: r4 += r1
 1105: r1 = r4
 1106: r1 += 1
 1107: if r1 <= r7 goto +1
 1108: r4 = 0
 1109: r1 = 0
 1110: if r4 == 0 goto +1
 1111: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1112: r9 <<= 8
 1113: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1114: r1 = *(u32 *)(r10 -72)
 1115: if r1 == 0 goto +7
 1116: r1 -= 1
 1117: if r1 > 16383 goto +5
 1118: r4 = r6
 1119: r4 += r1
 1120: r1 = r4
 1121: r1 += 1
 1122: if r1 <= r7 goto +1
 1123: r4 = 0
 1124: r1 = 0
 1125: if r4 == 0 goto +1
 1126: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1127: r9 <<= 8
 1128: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1129: r1 = *(u32 *)(r10 -68)
 1130: if r1 == 0 goto +7
 1131: r1 -= 1
 1132: if r1 > 16383 goto +5
 1133: r4 = r6
 1134: r4 += r1
 1135: r1 = r4
 1136: r1 += 1
 1137: if r1 <= r7 goto +1
 1138: r4 = 0
 1139: r1 = 0
 1140: if r4 == 0 goto +1
 1141: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1142: r9 <<= 8
 1143: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1144: r1 = *(u32 *)(r10 -64)
 1145: if r1 == 0 goto +7
 1146: r1 -= 1
 1147: if r1 > 16383 goto +5
 1148: r8 = r6
 1149: r8 += r1
 1150: r1 = r8
 1151: r1 += 1
 1152: if r1 <= r7 goto +1
 1153: r8 = 0
 1154: r4 = 0
 1155: if r8 == 0 goto +1
 1156: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1157: r1 = r9
 1158: r1 <<= 8
 1159: r1 |= r4
      ; write var5, v34
 1160: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1161: r1 = *(u32 *)(r10 -100)
 1162: if r1 == 0 goto +7
 1163: r1 -= 1
 1164: if r1 > 16383 goto +5
 1165: r4 = r6
 1166: r4 += r1
 1167: r1 = r4
 1168: r1 += 20
 1169: if r1 <= r7 goto +1
 1170: r4 = 0
 1171: r9 = 0
 1172: if r4 == 0 goto +1
 1173: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1174: r1 = 0
 1175: if r3 == 0 goto +1
 1176: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1177: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1178: r4 = 0
 1179: if r2 == 0 goto +1
 1180: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1181: r3 = *(u32 *)(r10 -56)
 1182: if r3 == 0 goto +7
 1183: r3 -= 1
 1184: if r3 > 16383 goto +5
 1185: r2 = r6
 1186: r2 += r3
 1187: r3 = r2
 1188: r3 += 2
 1189: if r3 <= r7 goto +1
 1190: r2 = 0
 1191: r3 = 0
 1192: if r2 == 0 goto +1
 1193: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1194: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1195: *(u8 *)(r10 -160) = r9
 1196: *(u8 *)(r10 -159) = r1
 1197: r1 >>= 8
 1198: *(u8 *)(r10 -158) = r1
 1199: r1 = r8
 1200: *(u8 *)(r10 -156) = r1
 1201: r1 >>= 8
 1202: *(u8 *)(r10 -157) = r1
 1203: r1 = r4
 1204: *(u8 *)(r10 -155) = r1
 1205: r1 >>= 8
 1206: *(u8 *)(r10 -154) = r1
 1207: *(u8 *)(r10 -153) = r3
 1208: r1 = r2
 1209: r1 = be64 r1
 1210: *(u64 *)(r10 -152) = r1
 1211: r2 = 0
 1212: r1 = 0
 1213: *(u64 *)(r10 -240) = r2
 1214: *(u64 *)(r10 -248) = r1
 1215: *(u32 *)(r10 -232) = 0
 1216: r1 = map[pipe_p0f_signatures_masks] ll
 1218: r2 = r10
 1219: r2 += -232
 1220: call bpf_map_lookup_elem
 1221: r3 = r0
 1222: if r3 == 0 goto +1496
 1223: r1 = *(u32 *)(r3 +0)
 1224: if r1 == 0 goto +1494
 1225: *(u32 *)(r10 -200) = 0
 1226: r2 = *(u32 *)(r10 -160)
 1227: r1 = *(u32 *)(r3 +8)
 1228: r2 &= r1
 1229: *(u32 *)(r10 -196) = r2
 1230: r2 = *(u32 *)(r10 -156)
 1231: r1 = *(u32 *)(r3 +12)
 1232: r2 &= r1
 1233: *(u32 *)(r10 -192) = r2
 1234: r2 = *(u32 *)(r10 -152)
 1235: r1 = *(u32 *)(r3 +16)
 1236: r2 &= r1
 1237: *(u32 *)(r10 -188) = r2
 1238: r2 = *(u32 *)(r10 -148)
 1239: r1 = *(u32 *)(r3 +20)
 1240: r2 &= r1
 1241: *(u32 *)(r10 -184) = r2
 1242: r1 = map[pipe_p0f_signatures] ll
 1244: r2 = r10
 1245: r2 += -200
 1246: call bpf_map_lookup_elem
 1247: r3 = r0
 1248: if r3 == 0 goto +13
 1249: r2 = *(u32 *)(r3 +4)
 1250: r1 = *(u64 *)(r10 -240)
 1251: if r1 == 0 goto +2
 1252: r1 = *(u64 *)(r10 -248)
 1253: if r2 <= r1 goto +8
 1254: *(u64 *)(r10 -240) = 1
 1255: *(u64 *)(r10 -248) = r2
 1256: r1 = *(u32 *)(r3 +0)
 1257: *(u32 *)(r10 -224) = r1
 1258: r1 = *(u32 *)(r3 +4)
 1259: *(u32 *)(r10 -220) = r1
 1260: r1 = *(u32 *)(r3 +8)
 1261: *(u32 *)(r10 -216) = r1
 1262: *(u32 *)(r10 -232) = 1
 1263: r1 = map[pipe_p0f_signatures_masks] ll
 1265: r2 = r10
 1266: r2 += -232
 1267: call bpf_map_lookup_elem
 1268: r3 = r0
 1269: if r3 == 0 goto +1449
 1270: r1 = *(u32 *)(r3 +0)
 1271: if r1 == 0 goto +1447
 1272: *(u32 *)(r10 -200) = 1
 1273: r2 = *(u32 *)(r10 -160)
 1274: r1 = *(u32 *)(r3 +8)
 1275: r2 &= r1
 1276: *(u32 *)(r10 -196) = r2
 1277: r2 = *(u32 *)(r10 -156)
 1278: r1 = *(u32 *)(r3 +12)
 1279: r2 &= r1
 1280: *(u32 *)(r10 -192) = r2
 1281: r2 = *(u32 *)(r10 -152)
 1282: r1 = *(u32 *)(r3 +16)
 1283: r2 &= r1
 1284: *(u32 *)(r10 -188) = r2
 1285: r2 = *(u32 *)(r10 -148)
 1286: r1 = *(u32 *)(r3 +20)
 1287: r2 &= r1
 1288: *(u32 *)(r10 -184) = r2
 1289: r1 = map[pipe_p0f_signatures] ll
 1291: r2 = r10
 1292: r2 += -200
 1293: call bpf_map_lookup_elem
 1294: r3 = r0
 1295: if r3 == 0 goto +13
 1296: r2 = *(u32 *)(r3 +4)
 1297: r1 = *(u64 *)(r10 -240)
 1298: if r1 == 0 goto +2
 1299: r1 = *(u64 *)(r10 -248)
 1300: if r2 <= r1 goto +8
 1301: *(u64 *)(r10 -240) = 1
 1302: *(u64 *)(r10 -248) = r2
 1303: r1 = *(u32 *)(r3 +0)
 1304: *(u32 *)(r10 -224) = r1
 1305: r1 = *(u32 *)(r3 +4)
 1306: *(u32 *)(r10 -220) = r1
 1307: r1 = *(u32 *)(r3 +8)
 1308: *(u32 *)(r10 -216) = r1
 1309: *(u32 *)(r10 -232) = 2
 1310: r1 = map[pipe_p0f_signatures_masks] ll
 1312: r2 = r10
 1313: r2 += -232
 1314: call bpf_map_lookup_elem
 1315: r3 = r0
 1316: if r3 == 0 goto +1402
 1317: r1 = *(u32 *)(r3 +0)
 1318: if r1 == 0 goto +1400
 1319: *(u32 *)(r10 -200) = 2
 1320: r2 = *(u32 *)(r10 -160)
 1321: r1 = *(u32 *)(r3 +8)
 1322: r2 &= r1
 1323: *(u32 *)(r10 -196) = r2
 1324: r2 = *(u32 *)(r10 -156)
 1325: r1 = *(u32 *)(r3 +12)
 1326: r2 &= r1
 1327: *(u32 *)(r10 -192) = r2
 1328: r2 = *(u32 *)(r10 -152)
 1329: r1 = *(u32 *)(r3 +16)
 1330: r2 &= r1
 1331: *(u32 *)(r10 -188) = r2
 1332: r2 = *(u32 *)(r10 -148)
 1333: r1 = *(u32 *)(r3 +20)
 1334: r2 &= r1
 1335: *(u32 *)(r10 -184) = r2
 1336: r1 = map[pipe_p0f_signatures] ll
 1338: r2 = r10
 1339: r2 += -200
 1340: call bpf_map_lookup_elem
 1341: r3 = r0
 1342: if r3 == 0 goto +13
 1343: r2 = *(u32 *)(r3 +4)
 1344: r1 = *(u64 *)(r10 -240)
 1345: if r1 == 0 goto +2
 1346: r1 = *(u64 *)(r10 -248)
 1347: if r2 <= r1 goto +8
 1348: *(u64 *)(r10 -240) = 1
 1349: *(u64 *)(r10 -248) = r2
 1350: r1 = *(u32 *)(r3 +0)
 1351: *(u32 *)(r10 -224) = r1
 1352: r1 = *(u32 *)(r3 +4)
 1353: *(u32 *)(r10 -220) = r1
 1354: r1 = *(u32 *)(r3 +8)
 1355: *(u32 *)(r10 -216) = r1
 1356: *(u32 *)(r10 -232) = 3
 1357: r1 = map[pipe_p0f_signatures_masks] ll
 1359: r2 = r10
 1360: r2 += -232
 1361: call bpf_map_lookup_elem
 1362: r3 = r0
 1363: if r3 == 0 goto +1355
 1364: r1 = *(u32 *)(r3 +0)
 1365: if r1 == 0 goto +1353
 1366: *(u32 *)(r10 -200) = 3
 1367: r2 = *(u32 *)(r10 -160)
 1368: r1 = *(u32 *)(r3 +8)
 1369: r2 &= r1
 1370: *(u32 *)(r10 -196) = r2
 1371: r2 = *(u32 *)(r10 -156)
 1372: r1 = *(u32 *)(r3 +12)
 1373: r2 &= r1
 1374: *(u32 *)(r10 -192) = r2
 1375: r2 = *(u32 *)(r10 -152)
 1376: r1 = *(u32 *)(r3 +16)
 1377: r2 &= r1
 1378: *(u32 *)(r10 -188) = r2
 1379: r2 = *(u32 *)(r10 -148)
 1380: r1 = *(u32 *)(r3 +20)
 1381: r2 &= r1
 1382: *(u32 *)(r10 -184) = r2
 1383: r1 = map[pipe_p0f_signatures] ll
 1385: r2 = r10
 1386: r2 += -200
 1387: call bpf_map_lookup_elem
 1388: r3 = r0
 1389: if r3 == 0 goto +13
 1390: r2 = *(u32 *)(r3 +4)
 1391: r1 = *(u64 *)(r10 -240)
 1392: if r1 == 0 goto +2
 1393: r1 = *(u64 *)(r10 -248)
 1394: if r2 <= r1 goto +8
 1395: *(u64 *)(r10 -240) = 1
 1396: *(u64 *)(r10 -248) = r2
 1397: r1 = *(u32 *)(r3 +0)
 1398: *(u32 *)(r10 -224) = r1
 1399: r1 = *(u32 *)(r3 +4)
 1400: *(u32 *)(r10 -220) = r1
 1401: r1 = *(u32 *)(r3 +8)
 1402: *(u32 *)(r10 -216) = r1
 1403: *(u32 *)(r10 -232) = 4
 1404: r1 = map[pipe_p0f_signatures_masks] ll
 1406: r2 = r10
 1407: r2 += -232
 1408: call bpf_map_lookup_elem
 1409: r3 = r0
 1410: if r3 == 0 goto +1308
 1411: r1 = *(u32 *)(r3 +0)
 1412: if r1 == 0 goto +1306
 1413: *(u32 *)(r10 -200) = 4
 1414: r2 = *(u32 *)(r10 -160)
 1415: r1 = *(u32 *)(r3 +8)
 1416: r2 &= r1
 1417: *(u32 *)(r10 -196) = r2
 1418: r2 = *(u32 *)(r10 -156)
 1419: r1 = *(u32 *)(r3 +12)
 1420: r2 &= r1
 1421: *(u32 *)(r10 -192) = r2
 1422: r2 = *(u32 *)(r10 -152)
 1423: r1 = *(u32 *)(r3 +16)
 1424: r2 &= r1
 1425: *(u32 *)(r10 -188) = r2
 1426: r2 = *(u32 *)(r10 -148)
 1427: r1 = *(u32 *)(r3 +20)
 1428: r2 &= r1
 1429: *(u32 *)(r10 -184) = r2
 1430: r1 = map[pipe_p0f_signatures] ll
 1432: r2 = r10
 1433: r2 += -200
 1434: call bpf_map_lookup_elem
 1435: r3 = r0
 1436: if r3 == 0 goto +13
 1437: r2 = *(u32 *)(r3 +4)
 1438: r1 = *(u64 *)(r10 -240)
 1439: if r1 == 0 goto +2
 1440: r1 = *(u64 *)(r10 -248)
 1441: if r2 <= r1 goto +8
 1442: *(u64 *)(r10 -240) = 1
 1443: *(u64 *)(r10 -248) = r2
 1444: r1 = *(u32 *)(r3 +0)
 1445: *(u32 *)(r10 -224) = r1
 1446: r1 = *(u32 *)(r3 +4)
 1447: *(u32 *)(r10 -220) = r1
 1448: r1 = *(u32 *)(r3 +8)
 1449: *(u32 *)(r10 -216) = r1
 1450: *(u32 *)(r10 -232) = 5
 1451: r1 = map[pipe_p0f_signatures_masks] ll
 1453: r2 = r10
 1454: r2 += -232
 1455: call bpf_map_lookup_elem
 1456: r3 = r0
 1457: if r3 == 0 goto +1261
 1458: r1 = *(u32 *)(r3 +0)
 1459: if r1 == 0 goto +1259
 1460: *(u32 *)(r10 -200) = 5
 1461: r2 = *(u32 *)(r10 -160)
 1462: r1 = *(u32 *)(r3 +8)
 1463: r2 &= r1
 1464: *(u32 *)(r10 -196) = r2
 1465: r2 = *(u32 *)(r10 -156)
 1466: r1 = *(u32 *)(r3 +12)
 1467: r2 &= r1
 1468: *(u32 *)(r10 -192) = r2
 1469: r2 = *(u32 *)(r10 -152)
 1470: r1 = *(u32 *)(r3 +16)
 1471: r2 &= r1
 1472: *(u32 *)(r10 -188) = r2
 1473: r2 = *(u32 *)(r10 -148)
 1474: r1 = *(u32 *)(r3 +20)
 1475: r2 &= r1
 1476: *(u32 *)(r10 -184) = r2
 1477: r1 = map[pipe_p0f_signatures] ll
 1479: r2 = r10
 1480: r2 += -200
 1481: call bpf_map_lookup_elem
 1482: r3 = r0
 1483: if r3 == 0 goto +13
 1484: r2 = *(u32 *)(r3 +4)
 1485: r1 = *(u64 *)(r10 -240)
 1486: if r1 == 0 goto +2
 1487: r1 = *(u64 *)(r10 -248)
 1488: if r2 <= r1 goto +8
 1489: *(u64 *)(r10 -240) = 1
 1490: *(u64 *)(r10 -248) = r2
 1491: r1 = *(u32 *)(r3 +0)
 1492: *(u32 *)(r10 -224) = r1
 1493: r1 = *(u32 *)(r3 +4)
 1494: *(u32 *)(r10 -220) = r1
 1495: r1 = *(u32 *)(r3 +8)
 1496: *(u32 *)(r10 -216) = r1
 1497: *(u32 *)(r10 -232) = 6
 1498: r1 = map[pipe_p0f_signatures_masks] ll
 1500: r2 = r10
 1501: r2 += -232
 1502: call bpf_map_lookup_elem
 1503: r3 = r0
 1504: if r3 == 0 goto +1214
 1505: r1 = *(u32 *)(r3 +0)
 1506: if r1 == 0 goto +1212
 1507: *(u32 *)(r10 -200) = 6
 1508: r2 = *(u32 *)(r10 -160)
 1509: r1 = *(u32 *)(r3 +8)
 1510: r2 &= r1
 1511: *(u32 *)(r10 -196) = r2
 1512: r2 = *(u32 *)(r10 -156)
 1513: r1 = *(u32 *)(r3 +12)
 1514: r2 &= r1
 1515: *(u32 *)(r10 -192) = r2
 1516: r2 = *(u32 *)(r10 -152)
 1517: r1 = *(u32 *)(r3 +16)
 1518: r2 &= r1
 1519: *(u32 *)(r10 -188) = r2
 1520: r2 = *(u32 *)(r10 -148)
 1521: r1 = *(u32 *)(r3 +20)
 1522: r2 &= r1
 1523: *(u32 *)(r10 -184) = r2
 1524: r1 = map[pipe_p0f_signatures] ll
 1526: r2 = r10
 1527: r2 += -200
 1528: call bpf_map_lookup_elem
 1529: r3 = r0
 1530: if r3 == 0 goto +13
 1531: r2 = *(u32 *)(r3 +4)
 1532: r1 = *(u64 *)(r10 -240)
 1533: if r1 == 0 goto +2
 1534: r1 = *(u64 *)(r10 -248)
 1535: if r2 <= r1 goto +8
 1536: *(u64 *)(r10 -240) = 1
 1537: *(u64 *)(r10 -248) = r2
 1538: r1 = *(u32 *)(r3 +0)
 1539: *(u32 *)(r10 -224) = r1
 1540: r1 = *(u32 *)(r3 +4)
 1541: *(u32 *)(r10 -220) = r1
 1542: r1 = *(u32 *)(r3 +8)
 1543: *(u32 *)(r10 -216) = r1
 1544: *(u32 *)(r10 -232) = 7
 1545: r1 = map[pipe_p0f_signatures_masks] ll
 1547: r2 = r10
 1548: r2 += -232
 1549: call bpf_map_lookup_elem
 1550: r3 = r0
 1551: if r3 == 0 goto +1167
 1552: r1 = *(u32 *)(r3 +0)
 1553: if r1 == 0 goto +1165
 1554: *(u32 *)(r10 -200) = 7
 1555: r2 = *(u32 *)(r10 -160)
 1556: r1 = *(u32 *)(r3 +8)
 1557: r2 &= r1
 1558: *(u32 *)(r10 -196) = r2
 1559: r2 = *(u32 *)(r10 -156)
 1560: r1 = *(u32 *)(r3 +12)
 1561: r2 &= r1
 1562: *(u32 *)(r10 -192) = r2
 1563: r2 = *(u32 *)(r10 -152)
 1564: r1 = *(u32 *)(r3 +16)
 1565: r2 &= r1
 1566: *(u32 *)(r10 -188) = r2
 1567: r2 = *(u32 *)(r10 -148)
 1568: r1 = *(u32 *)(r3 +20)
 1569: r2 &= r1
 1570: *(u32 *)(r10 -184) = r2
 1571: r1 = map[pipe_p0f_signatures] ll
 1573: r2 = r10
 1574: r2 += -200
 1575: call bpf_map_lookup_elem
 1576: r3 = r0
 1577: if r3 == 0 goto +13
 1578: r2 = *(u32 *)(r3 +4)
 1579: r1 = *(u64 *)(r10 -240)
 1580: if r1 == 0 goto +2
 1581: r1 = *(u64 *)(r10 -248)
 1582: if r2 <= r1 goto +8
 1583: *(u64 *)(r10 -240) = 1
 1584: *(u64 *)(r10 -248) = r2
 1585: r1 = *(u32 *)(r3 +0)
 1586: *(u32 *)(r10 -224) = r1
 1587: r1 = *(u32 *)(r3 +4)
 1588: *(u32 *)(r10 -220) = r1
 1589: r1 = *(u32 *)(r3 +8)
 1590: *(u32 *)(r10 -216) = r1
 1591: *(u32 *)(r10 -232) = 8
 1592: r1 = map[pipe_p0f_signatures_masks] ll
 1594: r2 = r10
 1595: r2 += -232
 1596: call bpf_map_lookup_elem
 1597: r3 = r0
 1598: if r3 == 0 goto +1120
 1599: r1 = *(u32 *)(r3 +0)
 1600: if r1 == 0 goto +1118
 1601: *(u32 *)(r10 -200) = 8
 1602: r2 = *(u32 *)(r10 -160)
 1603: r1 = *(u32 *)(r3 +8)
 1604: r2 &= r1
 1605: *(u32 *)(r10 -196) = r2
 1606: r2 = *(u32 *)(r10 -156)
 1607: r1 = *(u32 *)(r3 +12)
 1608: r2 &= r1
 1609: *(u32 *)(r10 -192) = r2
 1610: r2 = *(u32 *)(r10 -152)
 1611: r1 = *(u32 *)(r3 +16)
 1612: r2 &= r1
 1613: *(u32 *)(r10 -188) = r2
 1614: r2 = *(u32 *)(r10 -148)
 1615: r1 = *(u32 *)(r3 +20)
 1616: r2 &= r1
 1617: *(u32 *)(r10 -184) = r2
 1618: r1 = map[pipe_p0f_signatures] ll
 1620: r2 = r10
 1621: r2 += -200
 1622: call bpf_map_lookup_elem
 1623: r3 = r0
 1624: if r3 == 0 goto +13
 1625: r2 = *(u32 *)(r3 +4)
 1626: r1 = *(u64 *)(r10 -240)
 1627: if r1 == 0 goto +2
 1628: r1 = *(u64 *)(r10 -248)
 1629: if r2 <= r1 goto +8
 1630: *(u64 *)(r10 -240) = 1
 1631: *(u64 *)(r10 -248) = r2
 1632: r1 = *(u32 *)(r3 +0)
 1633: *(u32 *)(r10 -224) = r1
 1634: r1 = *(u32 *)(r3 +4)
 1635: *(u32 *)(r10 -220) = r1
 1636: r1 = *(u32 *)(r3 +8)
 1637: *(u32 *)(r10 -216) = r1
 1638: *(u32 *)(r10 -232) = 9
 1639: r1 = map[pipe_p0f_signatures_masks] ll
 1641: r2 = r10
 1642: r2 += -232
 1643: call bpf_map_lookup_elem
 1644: r3 = r0
 1645: if r3 == 0 goto +1073
 1646: r1 = *(u32 *)(r3 +0)
 1647: if r1 == 0 goto +1071
 1648: *(u32 *)(r10 -200) = 9
 1649: r2 = *(u32 *)(r10 -160)
 1650: r1 = *(u32 *)(r3 +8)
 1651: r2 &= r1
 1652: *(u32 *)(r10 -196) = r2
 1653: r2 = *(u32 *)(r10 -156)
 1654: r1 = *(u32 *)(r3 +12)
 1655: r2 &= r1
 1656: *(u32 *)(r10 -192) = r2
 1657: r2 = *(u32 *)(r10 -152)
 1658: r1 = *(u32 *)(r3 +16)
 1659: r2 &= r1
 1660: *(u32 *)(r10 -188) = r2
 1661: r2 = *(u32 *)(r10 -148)
 1662: r1 = *(u32 *)(r3 +20)
 1663: r2 &= r1
 1664: *(u32 *)(r10 -184) = r2
 1665: r1 = map[pipe_p0f_signatures] ll
 1667: r2 = r10
 1668: r2 += -200
 1669: call bpf_map_lookup_elem
 1670: r3 = r0
 1671: if r3 == 0 goto +13
 1672: r2 = *(u32 *)(r3 +4)
 1673: r1 = *(u64 *)(r10 -240)
 1674: if r1 == 0 goto +2
 1675: r1 = *(u64 *)(r10 -248)
 1676: if r2 <= r1 goto +8
 1677: *(u64 *)(r10 -240) = 1
 1678: *(u64 *)(r10 -248) = r2
 1679: r1 = *(u32 *)(r3 +0)
 1680: *(u32 *)(r10 -224) = r1
 1681: r1 = *(u32 *)(r3 +4)
 1682: *(u32 *)(r10 -220) = r1
 1683: r1 = *(u32 *)(r3 +8)
 1684: *(u32 *)(r10 -216) = r1
 1685: *(u32 *)(r10 -232) = 10
 1686: r1 = map[pipe_p0f_signatures_masks] ll
 1688: r2 = r10
 1689: r2 += -232
 1690: call bpf_map_lookup_elem
 1691: r3 = r0
 1692: if r3 == 0 goto +1026
 1693: r1 = *(u32 *)(r3 +0)
 1694: if r1 == 0 goto +1024
 1695: *(u32 *)(r10 -200) = 10
 1696: r2 = *(u32 *)(r10 -160)
 1697: r1 = *(u32 *)(r3 +8)
 1698: r2 &= r1
 1699: *(u32 *)(r10 -196) = r2
 1700: r2 = *(u32 *)(r10 -156)
 1701: r1 = *(u32 *)(r3 +12)
 1702: r2 &= r1
 1703: *(u32 *)(r10 -192) = r2
 1704: r2 = *(u32 *)(r10 -152)
 1705: r1 = *(u32 *)(r3 +16)
 1706: r2 &= r1
 1707: *(u32 *)(r10 -188) = r2
 1708: r2 = *(u32 *)(r10 -148)
 1709: r1 = *(u32 *)(r3 +20)
 1710: r2 &= r1
 1711: *(u32 *)(r10 -184) = r2
 1712: r1 = map[pipe_p0f_signatures] ll
 1714: r2 = r10
 1715: r2 += -200
 1716: call bpf_map_lookup_elem
 1717: r3 = r0
 1718: if r3 == 0 goto +13
 1719: r2 = *(u32 *)(r3 +4)
 1720: r1 = *(u64 *)(r10 -240)
 1721: if r1 == 0 goto +2
 1722: r1 = *(u64 *)(r10 -248)
 1723: if r2 <= r1 goto +8
 1724: *(u64 *)(r10 -240) = 1
 1725: *(u64 *)(r10 -248) = r2
 1726: r1 = *(u32 *)(r3 +0)
 1727: *(u32 *)(r10 -224) = r1
 1728: r1 = *(u32 *)(r3 +4)
 1729: *(u32 *)(r10 -220) = r1
 1730: r1 = *(u32 *)(r3 +8)
 1731: *(u32 *)(r10 -216) = r1
 1732: *(u32 *)(r10 -232) = 11
 1733: r1 = map[pipe_p0f_signatures_masks] ll
 1735: r2 = r10
 1736: r2 += -232
 1737: call bpf_map_lookup_elem
 1738: r3 = r0
 1739: if r3 == 0 goto +979
 1740: r1 = *(u32 *)(r3 +0)
 1741: if r1 == 0 goto +977
 1742: *(u32 *)(r10 -200) = 11
 1743: r2 = *(u32 *)(r10 -160)
 1744: r1 = *(u32 *)(r3 +8)
 1745: r2 &= r1
 1746: *(u32 *)(r10 -196) = r2
 1747: r2 = *(u32 *)(r10 -156)
 1748: r1 = *(u32 *)(r3 +12)
 1749: r2 &= r1
 1750: *(u32 *)(r10 -192) = r2
 1751: r2 = *(u32 *)(r10 -152)
 1752: r1 = *(u32 *)(r3 +16)
 1753: r2 &= r1
 1754: *(u32 *)(r10 -188) = r2
 1755: r2 = *(u32 *)(r10 -148)
 1756: r1 = *(u32 *)(r3 +20)
 1757: r2 &= r1
 1758: *(u32 *)(r10 -184) = r2
 1759: r1 = map[pipe_p0f_signatures] ll
 1761: r2 = r10
 1762: r2 += -200
 1763: call bpf_map_lookup_elem
 1764: r3 = r0
 1765: if r3 == 0 goto +13
 1766: r2 = *(u32 *)(r3 +4)
 1767: r1 = *(u64 *)(r10 -240)
 1768: if r1 == 0 goto +2
 1769: r1 = *(u64 *)(r10 -248)
 1770: if r2 <= r1 goto +8
 1771: *(u64 *)(r10 -240) = 1
 1772: *(u64 *)(r10 -248) = r2
 1773: r1 = *(u32 *)(r3 +0)
 1774: *(u32 *)(r10 -224) = r1
 1775: r1 = *(u32 *)(r3 +4)
 1776: *(u32 *)(r10 -220) = r1
 1777: r1 = *(u32 *)(r3 +8)
 1778: *(u32 *)(r10 -216) = r1
 1779: *(u32 *)(r10 -232) = 12
 1780: r1 = map[pipe_p0f_signatures_masks] ll
 1782: r2 = r10
 1783: r2 += -232
 1784: call bpf_map_lookup_elem
 1785: r3 = r0
 1786: if r3 == 0 goto +932
 1787: r1 = *(u32 *)(r3 +0)
 1788: if r1 == 0 goto +930
 1789: *(u32 *)(r10 -200) = 12
 1790: r2 = *(u32 *)(r10 -160)
 1791: r1 = *(u32 *)(r3 +8)
 1792: r2 &= r1
 1793: *(u32 *)(r10 -196) = r2
 1794: r2 = *(u32 *)(r10 -156)
 1795: r1 = *(u32 *)(r3 +12)
 1796: r2 &= r1
 1797: *(u32 *)(r10 -192) = r2
 1798: r2 = *(u32 *)(r10 -152)
 1799: r1 = *(u32 *)(r3 +16)
 1800: r2 &= r1
 1801: *(u32 *)(r10 -188) = r2
 1802: r2 = *(u32 *)(r10 -148)
 1803: r1 = *(u32 *)(r3 +20)
 1804: r2 &= r1
 1805: *(u32 *)(r10 -184) = r2
 1806: r1 = map[pipe_p0f_signatures] ll
 1808: r2 = r10
 1809: r2 += -200
 1810: call bpf_map_lookup_elem
 1811: r3 = r0
 1812: if r3 == 0 goto +13
 1813: r2 = *(u32 *)(r3 +4)
 1814: r1 = *(u64 *)(r10 -240)
 1815: if r1 == 0 goto +2
 1816: r1 = *(u64 *)(r10 -248)
 1817: if r2 <= r1 goto +8
 1818: *(u64 *)(r10 -240) = 1
 1819: *(u64 *)(r10 -248) = r2
 1820: r1 = *(u32 *)(r3 +0)
 1821: *(u32 *)(r10 -224) = r1
 1822: r1 = *(u32 *)(r3 +4)
 1823: *(u32 *)(r10 -220) = r1
 1824: r1 = *(u32 *)(r3 +8)
 1825: *(u32 *)(r10 -216) = r1
 1826: *(u32 *)(r10 -232) = 13
 1827: r1 = map[pipe_p0f_signatures_masks] ll
 1829: r2 = r10
 1830: r2 += -232
 1831: call bpf_map_lookup_elem
 1832: r3 = r0
 1833: if r3 == 0 goto +885
 1834: r1 = *(u32 *)(r3 +0)
 1835: if r1 == 0 goto +883
 1836: *(u32 *)(r10 -200) = 13
 1837: r2 = *(u32 *)(r10 -160)
 1838: r1 = *(u32 *)(r3 +8)
 1839: r2 &= r1
 1840: *(u32 *)(r10 -196) = r2
 1841: r2 = *(u32 *)(r10 -156)
 1842: r1 = *(u32 *)(r3 +12)
 1843: r2 &= r1
 1844: *(u32 *)(r10 -192) = r2
 1845: r2 = *(u32 *)(r10 -152)
 1846: r1 = *(u32 *)(r3 +16)
 1847: r2 &= r1
 1848: *(u32 *)(r10 -188) = r2
 1849: r2 = *(u32 *)(r10 -148)
 1850: r1 = *(u32 *)(r3 +20)
 1851: r2 &= r1
 1852: *(u32 *)(r10 -184) = r2
 1853: r1 = map[pipe_p0f_signatures] ll
 1855: r2 = r10
 1856: r2 += -200
 1857: call bpf_map_lookup_elem
 1858: r3 = r0
 1859: if r3 == 0 goto +13
 1860: r2 = *(u32 *)(r3 +4)
 1861: r1 = *(u64 *)(r10 -240)
 1862: if r1 == 0 goto +2
 1863: r1 = *(u64 *)(r10 -248)
 1864: if r2 <= r1 goto +8
 1865: *(u64 *)(r10 -240) = 1
 1866: *(u64 *)(r10 -248) = r2
 1867: r1 = *(u32 *)(r3 +0)
 1868: *(u32 *)(r10 -224) = r1
 1869: r1 = *(u32 *)(r3 +4)
 1870: *(u32 *)(r10 -220) = r1
 1871: r1 = *(u32 *)(r3 +8)
 1872: *(u32 *)(r10 -216) = r1
 1873: *(u32 *)(r10 -232) = 14
 1874: r1 = map[pipe_p0f_signatures_masks] ll
 1876: r2 = r10
 1877: r2 += -232
 1878: call bpf_map_lookup_elem
 1879: r3 = r0
 1880: if r3 == 0 goto +838
 1881: r1 = *(u32 *)(r3 +0)
 1882: if r1 == 0 goto +836
 1883: *(u32 *)(r10 -200) = 14
 1884: r2 = *(u32 *)(r10 -160)
 1885: r1 = *(u32 *)(r3 +8)
 1886: r2 &= r1
 1887: *(u32 *)(r10 -196) = r2
 1888: r2 = *(u32 *)(r10 -156)
 1889: r1 = *(u32 *)(r3 +12)
 1890: r2 &= r1
 1891: *(u32 *)(r10 -192) = r2
 1892: r2 = *(u32 *)(r10 -152)
 1893: r1 = *(u32 *)(r3 +16)
 1894: r2 &= r1
 1895: *(u32 *)(r10 -188) = r2
 1896: r2 = *(u32 *)(r10 -148)
 1897: r1 = *(u32 *)(r3 +20)
 1898: r2 &= r1
 1899: *(u32 *)(r10 -184) = r2
 1900: r1 = map[pipe_p0f_signatures] ll
 1902: r2 = r10
 1903: r2 += -200
 1904: call bpf_map_lookup_elem
 1905: r3 = r0
 1906: if r3 == 0 goto +13
 1907: r2 = *(u32 *)(r3 +4)
 1908: r1 = *(u64 *)(r10 -240)
 1909: if r1 == 0 goto +2
 1910: r1 = *(u64 *)(r10 -248)
 1911: if r2 <= r1 goto +8
 1912: *(u64 *)(r10 -240) = 1
 1913: *(u64 *)(r10 -248) = r2
 1914: r1 = *(u32 *)(r3 +0)
 1915: *(u32 *)(r10 -224) = r1
 1916: r1 = *(u32 *)(r3 +4)
 1917: *(u32 *)(r10 -220) = r1
 1918: r1 = *(u32 *)(r3 +8)
 1919: *(u32 *)(r10 -216) = r1
 1920: *(u32 *)(r10 -232) = 15
 1921: r1 = map[pipe_p0f_signatures_masks] ll
 1923: r2 = r10
 1924: r2 += -232
 1925: call bpf_map_lookup_elem
 1926: r3 = r0
 1927: if r3 == 0 goto +791
 1928: r1 = *(u32 *)(r3 +0)
 1929: if r1 == 0 goto +789
 1930: *(u32 *)(r10 -200) = 15
 1931: r2 = *(u32 *)(r10 -160)
 1932: r1 = *(u32 *)(r3 +8)
 1933: r2 &= r1
 1934: *(u32 *)(r10 -196) = r2
 1935: r2 = *(u32 *)(r10 -156)
 1936: r1 = *(u32 *)(r3 +12)
 1937: r2 &= r1
 1938: *(u32 *)(r10 -192) = r2
 1939: r2 = *(u32 *)(r10 -152)
 1940: r1 = *(u32 *)(r3 +16)
 1941: r2 &= r1
 1942: *(u32 *)(r10 -188) = r2
 1943: r2 = *(u32 *)(r10 -148)
 1944: r1 = *(u32 *)(r3 +20)
 1945: r2 &= r1
 1946: *(u32 *)(r10 -184) = r2
 1947: r1 = map[pipe_p0f_signatures] ll
 1949: r2 = r10
 1950: r2 += -200
 1951: call bpf_map_lookup_elem
 1952: r3 = r0
 1953: if r3 == 0 goto +13
 1954: r2 = *(u32 *)(r3 +4)
 1955: r1 = *(u64 *)(r10 -240)
 1956: if r1 == 0 goto +2
 1957: r1 = *(u64 *)(r10 -248)
 1958: if r2 <= r1 goto +8
 1959: *(u64 *)(r10 -240) = 1
 1960: *(u64 *)(r10 -248) = r2
 1961: r1 = *(u32 *)(r3 +0)
 1962: *(u32 *)(r10 -224) = r1
 1963: r1 = *(u32 *)(r3 +4)
 1964: *(u32 *)(r10 -220) = r1
 1965: r1 = *(u32 *)(r3 +8)
 1966: *(u32 *)(r10 -216) = r1
 1967: *(u32 *)(r10 -232) = 16
 1968: r1 = map[pipe_p0f_signatures_masks] ll
 1970: r2 = r10
 1971: r2 += -232
 1972: call bpf_map_lookup_elem
 1973: r3 = r0
 1974: if r3 == 0 goto +744
 1975: r1 = *(u32 *)(r3 +0)
 1976: if r1 == 0 goto +742
 1977: *(u32 *)(r10 -200) = 16
 1978: r2 = *(u32 *)(r10 -160)
 1979: r1 = *(u32 *)(r3 +8)
 1980: r2 &= r1
 1981: *(u32 *)(r10 -196) = r2
 1982: r2 = *(u32 *)(r10 -156)
 1983: r1 = *(u32 *)(r3 +12)
 1984: r2 &= r1
 1985: *(u32 *)(r10 -192) = r2
 1986: r2 = *(u32 *)(r10 -152)
 1987: r1 = *(u32 *)(r3 +16)
 1988: r2 &= r1
 1989: *(u32 *)(r10 -188) = r2
 1990: r2 = *(u32 *)(r10 -148)
 1991: r1 = *(u32 *)(r3 +20)
 1992: r2 &= r1
 1993: *(u32 *)(r10 -184) = r2
 1994: r1 = map[pipe_p0f_signatures] ll
 1996: r2 = r10
 1997: r2 += -200
 1998: call bpf_map_lookup_elem
 1999: r3 = r0
 2000: if r3 == 0 goto +13
 2001: r2 = *(u32 *)(r3 +4)
 2002: r1 = *(u64 *)(r10 -240)
 2003: if r1 == 0 goto +2
 2004: r1 = *(u64 *)(r10 -248)
 2005: if r2 <= r1 goto +8
 2006: *(u64 *)(r10 -240) = 1
 2007: *(u64 *)(r10 -248) = r2
 2008: r1 = *(u32 *)(r3 +0)
 2009: *(u32 *)(r10 -224) = r1
 2010: r1 = *(u32 *)(r3 +4)
 2011: *(u32 *)(r10 -220) = r1
 2012: r1 = *(u32 *)(r3 +8)
 2013: *(u32 *)(r10 -216) = r1
 2014: *(u32 *)(r10 -232) = 17
 2015: r1 = map[pipe_p0f_signatures_masks] ll
 2017: r2 = r10
 2018: r2 += -232
 2019: call bpf_map_lookup_elem
 2020: r3 = r0
 2021: if r3 == 0 goto +697
 2022: r1 = *(u32 *)(r3 +0)
 2023: if r1 == 0 goto +695
 2024: *(u32 *)(r10 -200) = 17
 2025: r2 = *(u32 *)(r10 -160)
 2026: r1 = *(u32 *)(r3 +8)
 2027: r2 &= r1
 2028: *(u32 *)(r10 -196) = r2
 2029: r2 = *(u32 *)(r10 -156)
 2030: r1 = *(u32 *)(r3 +12)
 2031: r2 &= r1
 2032: *(u32 *)(r10 -192) = r2
 2033: r2 = *(u32 *)(r10 -152)
 2034: r1 = *(u32 *)(r3 +16)
 2035: r2 &= r1
 2036: *(u32 *)(r10 -188) = r2
 2037: r2 = *(u32 *)(r10 -148)
 2038: r1 = *(u32 *)(r3 +20)
 2039: r2 &= r1
 2040: *(u32 *)(r10 -184) = r2
 2041: r1 = map[pipe_p0f_signatures] ll
 2043: r2 = r10
 2044: r2 += -200
 2045: call bpf_map_lookup_elem
 2046: r3 = r0
 2047: if r3 == 0 goto +13
 2048: r2 = *(u32 *)(r3 +4)
 2049: r1 = *(u64 *)(r10 -240)
 2050: if r1 == 0 goto +2
 2051: r1 = *(u64 *)(r10 -248)
 2052: if r2 <= r1 goto +8
 2053: *(u64 *)(r10 -240) = 1
 2054: *(u64 *)(r10 -248) = r2
 2055: r1 = *(u32 *)(r3 +0)
 2056: *(u32 *)(r10 -224) = r1
 2057: r1 = *(u32 *)(r3 +4)
 2058: *(u32 *)(r10 -220) = r1
 2059: r1 = *(u32 *)(r3 +8)
 2060: *(u32 *)(r10 -216) = r1
 2061: *(u32 *)(r10 -232) = 18
 2062: r1 = map[pipe_p0f_signatures_masks] ll
 2064: r2 = r10
 2065: r2 += -232
 2066: call bpf_map_lookup_elem
 2067: r3 = r0
 2068: if r3 == 0 goto +650
 2069: r1 = *(u32 *)(r3 +0)
 2070: if r1 == 0 goto +648
 2071: *(u32 *)(r10 -200) = 18
 2072: r2 = *(u32 *)(r10 -160)
 2073: r1 = *(u32 *)(r3 +8)
 2074: r2 &= r1
 2075: *(u32 *)(r10 -196) = r2
 2076: r2 = *(u32 *)(r10 -156)
 2077: r1 = *(u32 *)(r3 +12)
 2078: r2 &= r1
 2079: *(u32 *)(r10 -192) = r2
 2080: r2 = *(u32 *)(r10 -152)
 2081: r1 = *(u32 *)(r3 +16)
 2082: r2 &= r1
 2083: *(u32 *)(r10 -188) = r2
 2084: r2 = *(u32 *)(r10 -148)
 2085: r1 = *(u32 *)(r3 +20)
 2086: r2 &= r1
 2087: *(u32 *)(r10 -184) = r2
 2088: r1 = map[pipe_p0f_signatures] ll
 2090: r2 = r10
 2091: r2 += -200
 2092: call bpf_map_lookup_elem
 2093: r3 = r0
 2094: if r3 == 0 goto +13
 2095: r2 = *(u32 *)(r3 +4)
 2096: r1 = *(u64 *)(r10 -240)
 2097: if r1 == 0 goto +2
 2098: r1 = *(u64 *)(r10 -248)
 2099: if r2 <= r1 goto +8
 2100: *(u64 *)(r10 -240) = 1
 2101: *(u64 *)(r10 -248) = r2
 2102: r1 = *(u32 *)(r3 +0)
 2103: *(u32 *)(r10 -224) = r1
 2104: r1 = *(u32 *)(r3 +4)
 2105: *(u32 *)(r10 -220) = r1
 2106: r1 = *(u32 *)(r3 +8)
 2107: *(u32 *)(r10 -216) = r1
 2108: *(u32 *)(r10 -232) = 19
 2109: r1 = map[pipe_p0f_signatures_masks] ll
 2111: r2 = r10
 2112: r2 += -232
 2113: call bpf_map_lookup_elem
 2114: r3 = r0
 2115: if r3 == 0 goto +603
 2116: r1 = *(u32 *)(r3 +0)
 2117: if r1 == 0 goto +601
 2118: *(u32 *)(r10 -200) = 19
 2119: r2 = *(u32 *)(r10 -160)
 2120: r1 = *(u32 *)(r3 +8)
 2121: r2 &= r1
 2122: *(u32 *)(r10 -196) = r2
 2123: r2 = *(u32 *)(r10 -156)
 2124: r1 = *(u32 *)(r3 +12)
 2125: r2 &= r1
 2126: *(u32 *)(r10 -192) = r2
 2127: r2 = *(u32 *)(r10 -152)
 2128: r1 = *(u32 *)(r3 +16)
 2129: r2 &= r1
 2130: *(u32 *)(r10 -188) = r2
 2131: r2 = *(u32 *)(r10 -148)
 2132: r1 = *(u32 *)(r3 +20)
 2133: r2 &= r1
 2134: *(u32 *)(r10 -184) = r2
 2135: r1 = map[pipe_p0f_signatures] ll
 2137: r2 = r10
 2138: r2 += -200
 2139: call bpf_map_lookup_elem
 2140: r3 = r0
 2141: if r3 == 0 goto +13
 2142: r2 = *(u32 *)(r3 +4)
 2143: r1 = *(u64 *)(r10 -240)
 2144: if r1 == 0 goto +2
 2145: r1 = *(u64 *)(r10 -248)
 2146: if r2 <= r1 goto +8
 2147: *(u64 *)(r10 -240) = 1
 2148: *(u64 *)(r10 -248) = r2
 2149: r1 = *(u32 *)(r3 +0)
 2150: *(u32 *)(r10 -224) = r1
 2151: r1 = *(u32 *)(r3 +4)
 2152: *(u32 *)(r10 -220) = r1
 2153: r1 = *(u32 *)(r3 +8)
 2154: *(u32 *)(r10 -216) = r1
 2155: *(u32 *)(r10 -232) = 20
 2156: r1 = map[pipe_p0f_signatures_masks] ll
 2158: r2 = r10
 2159: r2 += -232
 2160: call bpf_map_lookup_elem
 2161: r3 = r0
 2162: if r3 == 0 goto +556
 2163: r1 = *(u32 *)(r3 +0)
 2164: if r1 == 0 goto +554
 2165: *(u32 *)(r10 -200) = 20
 2166: r2 = *(u32 *)(r10 -160)
 2167: r1 = *(u32 *)(r3 +8)
 2168: r2 &= r1
 2169: *(u32 *)(r10 -196) = r2
 2170: r2 = *(u32 *)(r10 -156)
 2171: r1 = *(u32 *)(r3 +12)
 2172: r2 &= r1
 2173: *(u32 *)(r10 -192) = r2
 2174: r2 = *(u32 *)(r10 -152)
 2175: r1 = *(u32 *)(r3 +16)
 2176: r2 &= r1
 2177: *(u32 *)(r10 -188) = r2
 2178: r2 = *(u32 *)(r10 -148)
 2179: r1 = *(u32 *)(r3 +20)
 2180: r2 &= r1
 2181: *(u32 *)(r10 -184) = r2
 2182: r1 = map[pipe_p0f_signatures] ll
 2184: r2 = r10
 2185: r2 += -200
 2186: call bpf_map_lookup_elem
 2187: r3 = r0
 2188: if r3 == 0 goto +13
 2189: r2 = *(u32 *)(r3 +4)
 2190: r1 = *(u64 *)(r10 -240)
 2191: if r1 == 0 goto +2
 2192: r1 = *(u64 *)(r10 -248)
 2193: if r2 <= r1 goto +8
 2194: *(u64 *)(r10 -240) = 1
 2195: *(u64 *)(r10 -248) = r2
 2196: r1 = *(u32 *)(r3 +0)
 2197: *(u32 *)(r10 -224) = r1
 2198: r1 = *(u32 *)(r3 +4)
 2199: *(u32 *)(r10 -220) = r1
 2200: r1 = *(u32 *)(r3 +8)
 2201: *(u32 *)(r10 -216) = r1
 2202: *(u32 *)(r10 -232) = 21
 2203: r1 = map[pipe_p0f_signatures_masks] ll
 2205: r2 = r10
 2206: r2 += -232
 2207: call bpf_map_lookup_elem
 2208: r3 = r0
 2209: if r3 == 0 goto +509
 2210: r1 = *(u32 *)(r3 +0)
 2211: if r1 == 0 goto +507
 2212: *(u32 *)(r10 -200) = 21
 2213: r2 = *(u32 *)(r10 -160)
 2214: r1 = *(u32 *)(r3 +8)
 2215: r2 &= r1
 2216: *(u32 *)(r10 -196) = r2
 2217: r2 = *(u32 *)(r10 -156)
 2218: r1 = *(u32 *)(r3 +12)
 2219: r2 &= r1
 2220: *(u32 *)(r10 -192) = r2
 2221: r2 = *(u32 *)(r10 -152)
 2222: r1 = *(u32 *)(r3 +16)
 2223: r2 &= r1
 2224: *(u32 *)(r10 -188) = r2
 2225: r2 = *(u32 *)(r10 -148)
 2226: r1 = *(u32 *)(r3 +20)
 2227: r2 &= r1
 2228: *(u32 *)(r10 -184) = r2
 2229: r1 = map[pipe_p0f_signatures] ll
 2231: r2 = r10
 2232: r2 += -200
 2233: call bpf_map_lookup_elem
 2234: r3 = r0
 2235: if r3 == 0 goto +13
 2236: r2 = *(u32 *)(r3 +4)
 2237: r1 = *(u64 *)(r10 -240)
 2238: if r1 == 0 goto +2
 2239: r1 = *(u64 *)(r10 -248)
 2240: if r2 <= r1 goto +8
 2241: *(u64 *)(r10 -240) = 1
 2242: *(u64 *)(r10 -248) = r2
 2243: r1 = *(u32 *)(r3 +0)
 2244: *(u32 *)(r10 -224) = r1
 2245: r1 = *(u32 *)(r3 +4)
 2246: *(u32 *)(r10 -220) = r1
 2247: r1 = *(u32 *)(r3 +8)
 2248: *(u32 *)(r10 -216) = r1
 2249: *(u32 *)(r10 -232) = 22
 2250: r1 = map[pipe_p0f_signatures_masks] ll
 2252: r2 = r10
 2253: r2 += -232
 2254: call bpf_map_lookup_elem
 2255: r3 = r0
 2256: if r3 == 0 goto +462
 2257: r1 = *(u32 *)(r3 +0)
 2258: if r1 == 0 goto +460
 2259: *(u32 *)(r10 -200) = 22
 2260: r2 = *(u32 *)(r10 -160)
 2261: r1 = *(u32 *)(r3 +8)
 2262: r2 &= r1
 2263: *(u32 *)(r10 -196) = r2
 2264: r2 = *(u32 *)(r10 -156)
 2265: r1 = *(u32 *)(r3 +12)
 2266: r2 &= r1
 2267: *(u32 *)(r10 -192) = r2
 2268: r2 = *(u32 *)(r10 -152)
 2269: r1 = *(u32 *)(r3 +16)
 2270: r2 &= r1
 2271: *(u32 *)(r10 -188) = r2
 2272: r2 = *(u32 *)(r10 -148)
 2273: r1 = *(u32 *)(r3 +20)
 2274: r2 &= r1
 2275: *(u32 *)(r10 -184) = r2
 2276: r1 = map[pipe_p0f_signatures] ll
 2278: r2 = r10
 2279: r2 += -200
 2280: call bpf_map_lookup_elem
 2281: r3 = r0
 2282: if r3 == 0 goto +13
 2283: r2 = *(u32 *)(r3 +4)
 2284: r1 = *(u64 *)(r10 -240)
 2285: if r1 == 0 goto +2
 2286: r1 = *(u64 *)(r10 -248)
 2287: if r2 <= r1 goto +8
 2288: *(u64 *)(r10 -240) = 1
 2289: *(u64 *)(r10 -248) = r2
 2290: r1 = *(u32 *)(r3 +0)
 2291: *(u32 *)(r10 -224) = r1
 2292: r1 = *(u32 *)(r3 +4)
 2293: *(u32 *)(r10 -220) = r1
 2294: r1 = *(u32 *)(r3 +8)
 2295: *(u32 *)(r10 -216) = r1
 2296: *(u32 *)(r10 -232) = 23
 2297: r1 = map[pipe_p0f_signatures_masks] ll
 2299: r2 = r10
 2300: r2 += -232
 2301: call bpf_map_lookup_elem
 2302: r3 = r0
 2303: if r3 == 0 goto +415
 2304: r1 = *(u32 *)(r3 +0)
 2305: if r1 == 0 goto +413
 2306: *(u32 *)(r10 -200) = 23
 2307: r2 = *(u32 *)(r10 -160)
 2308: r1 = *(u32 *)(r3 +8)
 2309: r2 &= r1
 2310: *(u32 *)(r10 -196) = r2
 2311: r2 = *(u32 *)(r10 -156)
 2312: r1 = *(u32 *)(r3 +12)
 2313: r2 &= r1
 2314: *(u32 *)(r10 -192) = r2
 2315: r2 = *(u32 *)(r10 -152)
 2316: r1 = *(u32 *)(r3 +16)
 2317: r2 &= r1
 2318: *(u32 *)(r10 -188) = r2
 2319: r2 = *(u32 *)(r10 -148)
 2320: r1 = *(u32 *)(r3 +20)
 2321: r2 &= r1
 2322: *(u32 *)(r10 -184) = r2
 2323: r1 = map[pipe_p0f_signatures] ll
 2325: r2 = r10
 2326: r2 += -200
 2327: call bpf_map_lookup_elem
 2328: r3 = r0
 2329: if r3 == 0 goto +13
 2330: r2 = *(u32 *)(r3 +4)
 2331: r1 = *(u64 *)(r10 -240)
 2332: if r1 == 0 goto +2
 2333: r1 = *(u64 *)(r10 -248)
 2334: if r2 <= r1 goto +8
 2335: *(u64 *)(r10 -240) = 1
 2336: *(u64 *)(r10 -248) = r2
 2337: r1 = *(u32 *)(r3 +0)
 2338: *(u32 *)(r10 -224) = r1
 2339: r1 = *(u32 *)(r3 +4)
 2340: *(u32 *)(r10 -220) = r1
 2341: r1 = *(u32 *)(r3 +8)
 2342: *(u32 *)(r10 -216) = r1
 2343: *(u32 *)(r10 -232) = 24
 2344: r1 = map[pipe_p0f_signatures_masks] ll
 2346: r2 = r10
 2347: r2 += -232
 2348: call bpf_map_lookup_elem
 2349: r3 = r0
 2350: if r3 == 0 goto +368
 2351: r1 = *(u32 *)(r3 +0)
 2352: if r1 == 0 goto +366
 2353: *(u32 *)(r10 -200) = 24
 2354: r2 = *(u32 *)(r10 -160)
 2355: r1 = *(u32 *)(r3 +8)
 2356: r2 &= r1
 2357: *(u32 *)(r10 -196) = r2
 2358: r2 = *(u32 *)(r10 -156)
 2359: r1 = *(u32 *)(r3 +12)
 2360: r2 &= r1
 2361: *(u32 *)(r10 -192) = r2
 2362: r2 = *(u32 *)(r10 -152)
 2363: r1 = *(u32 *)(r3 +16)
 2364: r2 &= r1
 2365: *(u32 *)(r10 -188) = r2
 2366: r2 = *(u32 *)(r10 -148)
 2367: r1 = *(u32 *)(r3 +20)
 2368: r2 &= r1
 2369: *(u32 *)(r10 -184) = r2
 2370: r1 = map[pipe_p0f_signatures] ll
 2372: r2 = r10
 2373: r2 += -200
 2374: call bpf_map_lookup_elem
 2375: r3 = r0
 2376: if r3 == 0 goto +13
 2377: r2 = *(u32 *)(r3 +4)
 2378: r1 = *(u64 *)(r10 -240)
 2379: if r1 == 0 goto +2
 2380: r1 = *(u64 *)(r10 -248)
 2381: if r2 <= r1 goto +8
 2382: *(u64 *)(r10 -240) = 1
 2383: *(u64 *)(r10 -248) = r2
 2384: r1 = *(u32 *)(r3 +0)
 2385: *(u32 *)(r10 -224) = r1
 2386: r1 = *(u32 *)(r3 +4)
 2387: *(u32 *)(r10 -220) = r1
 2388: r1 = *(u32 *)(r3 +8)
 2389: *(u32 *)(r10 -216) = r1
 2390: *(u32 *)(r10 -232) = 25
 2391: r1 = map[pipe_p0f_signatures_masks] ll
 2393: r2 = r10
 2394: r2 += -232
 2395: call bpf_map_lookup_elem
 2396: r3 = r0
 2397: if r3 == 0 goto +321
 2398: r1 = *(u32 *)(r3 +0)
 2399: if r1 == 0 goto +319
 2400: *(u32 *)(r10 -200) = 25
 2401: r2 = *(u32 *)(r10 -160)
 2402: r1 = *(u32 *)(r3 +8)
 2403: r2 &= r1
 2404: *(u32 *)(r10 -196) = r2
 2405: r2 = *(u32 *)(r10 -156)
 2406: r1 = *(u32 *)(r3 +12)
 2407: r2 &= r1
 2408: *(u32 *)(r10 -192) = r2
 2409: r2 = *(u32 *)(r10 -152)
 2410: r1 = *(u32 *)(r3 +16)
 2411: r2 &= r1
 2412: *(u32 *)(r10 -188) = r2
 2413: r2 = *(u32 *)(r10 -148)
 2414: r1 = *(u32 *)(r3 +20)
 2415: r2 &= r1
 2416: *(u32 *)(r10 -184) = r2
 2417: r1 = map[pipe_p0f_signatures] ll
 2419: r2 = r10
 2420: r2 += -200
 2421: call bpf_map_lookup_elem
 2422: r3 = r0
 2423: if r3 == 0 goto +13
 2424: r2 = *(u32 *)(r3 +4)
 2425: r1 = *(u64 *)(r10 -240)
 2426: if r1 == 0 goto +2
 2427: r1 = *(u64 *)(r10 -248)
 2428: if r2 <= r1 goto +8
 2429: *(u64 *)(r10 -240) = 1
 2430: *(u64 *)(r10 -248) = r2
 2431: r1 = *(u32 *)(r3 +0)
 2432: *(u32 *)(r10 -224) = r1
 2433: r1 = *(u32 *)(r3 +4)
 2434: *(u32 *)(r10 -220) = r1
 2435: r1 = *(u32 *)(r3 +8)
 2436: *(u32 *)(r10 -216) = r1
 2437: *(u32 *)(r10 -232) = 26
 2438: r1 = map[pipe_p0f_signatures_masks] ll
 2440: r2 = r10
 2441: r2 += -232
 2442: call bpf_map_lookup_elem
 2443: r3 = r0
 2444: if r3 == 0 goto +274
 2445: r1 = *(u32 *)(r3 +0)
 2446: if r1 == 0 goto +272
 2447: *(u32 *)(r10 -200) = 26
 2448: r2 = *(u32 *)(r10 -160)
 2449: r1 = *(u32 *)(r3 +8)
 2450: r2 &= r1
 2451: *(u32 *)(r10 -196) = r2
 2452: r2 = *(u32 *)(r10 -156)
 2453: r1 = *(u32 *)(r3 +12)
 2454: r2 &= r1
 2455: *(u32 *)(r10 -192) = r2
 2456: r2 = *(u32 *)(r10 -152)
 2457: r1 = *(u32 *)(r3 +16)
 2458: r2 &= r1
 2459: *(u32 *)(r10 -188) = r2
 2460: r2 = *(u32 *)(r10 -148)
 2461: r1 = *(u32 *)(r3 +20)
 2462: r2 &= r1
 2463: *(u32 *)(r10 -184) = r2
 2464: r1 = map[pipe_p0f_signatures] ll
 2466: r2 = r10
 2467: r2 += -200
 2468: call bpf_map_lookup_elem
 2469: r3 = r0
 2470: if r3 == 0 goto +13
 2471: r2 = *(u32 *)(r3 +4)
 2472: r1 = *(u64 *)(r10 -240)
 2473: if r1 == 0 goto +2
 2474: r1 = *(u64 *)(r10 -248)
 2475: if r2 <= r1 goto +8
 2476: *(u64 *)(r10 -240) = 1
 2477: *(u64 *)(r10 -248) = r2
 2478: r1 = *(u32 *)(r3 +0)
 2479: *(u32 *)(r10 -224) = r1
 2480: r1 = *(u32 *)(r3 +4)
 2481: *(u32 *)(r10 -220) = r1
 2482: r1 = *(u32 *)(r3 +8)
 2483: *(u32 *)(r10 -216) = r1
 2484: *(u32 *)(r10 -232) = 27
 2485: r1 = map[pipe_p0f_signatures_masks] ll
 2487: r2 = r10
 2488: r2 += -232
 2489: call bpf_map_lookup_elem
 2490: r3 = r0
 2491: if r3 == 0 goto +227
 2492: r1 = *(u32 *)(r3 +0)
 2493: if r1 == 0 goto +225
 2494: *(u32 *)(r10 -200) = 27
 2495: r2 = *(u32 *)(r10 -160)
 2496: r1 = *(u32 *)(r3 +8)
 2497: r2 &= r1
 2498: *(u32 *)(r10 -196) = r2
 2499: r2 = *(u32 *)(r10 -156)
 2500: r1 = *(u32 *)(r3 +12)
 2501: r2 &= r1
 2502: *(u32 *)(r10 -192) = r2
 2503: r2 = *(u32 *)(r10 -152)
 2504: r1 = *(u32 *)(r3 +16)
 2505: r2 &= r1
 2506: *(u32 *)(r10 -188) = r2
 2507: r2 = *(u32 *)(r10 -148)
 2508: r1 = *(u32 *)(r3 +20)
 2509: r2 &= r1
 2510: *(u32 *)(r10 -184) = r2
 2511: r1 = map[pipe_p0f_signatures] ll
 2513: r2 = r10
 2514: r2 += -200
 2515: call bpf_map_lookup_elem
 2516: r3 = r0
 2517: if r3 == 0 goto +13
 2518: r2 = *(u32 *)(r3 +4)
 2519: r1 = *(u64 *)(r10 -240)
 2520: if r1 == 0 goto +2
 2521: r1 = *(u64 *)(r10 -248)
 2522: if r2 <= r1 goto +8
 2523: *(u64 *)(r10 -240) = 1
 2524: *(u64 *)(r10 -248) = r2
 2525: r1 = *(u32 *)(r3 +0)
 2526: *(u32 *)(r10 -224) = r1
 2527: r1 = *(u32 *)(r3 +4)
 2528: *(u32 *)(r10 -220) = r1
 2529: r1 = *(u32 *)(r3 +8)
 2530: *(u32 *)(r10 -216) = r1
 2531: *(u32 *)(r10 -232) = 28
 2532: r1 = map[pipe_p0f_signatures_masks] ll
 2534: r2 = r10
 2535: r2 += -232
 2536: call bpf_map_lookup_elem
 2537: r3 = r0
 2538: if r3 == 0 goto +180
 2539: r1 = *(u32 *)(r3 +0)
 2540: if r1 == 0 goto +178
 2541: *(u32 *)(r10 -200) = 28
 2542: r2 = *(u32 *)(r10 -160)
 2543: r1 = *(u32 *)(r3 +8)
 2544: r2 &= r1
 2545: *(u32 *)(r10 -196) = r2
 2546: r2 = *(u32 *)(r10 -156)
 2547: r1 = *(u32 *)(r3 +12)
 2548: r2 &= r1
 2549: *(u32 *)(r10 -192) = r2
 2550: r2 = *(u32 *)(r10 -152)
 2551: r1 = *(u32 *)(r3 +16)
 2552: r2 &= r1
 2553: *(u32 *)(r10 -188) = r2
 2554: r2 = *(u32 *)(r10 -148)
 2555: r1 = *(u32 *)(r3 +20)
 2556: r2 &= r1
 2557: *(u32 *)(r10 -184) = r2
 2558: r1 = map[pipe_p0f_signatures] ll
 2560: r2 = r10
 2561: r2 += -200
 2562: call bpf_map_lookup_elem
 2563: r3 = r0
 2564: if r3 == 0 goto +13
 2565: r2 = *(u32 *)(r3 +4)
 2566: r1 = *(u64 *)(r10 -240)
 2567: if r1 == 0 goto +2
 2568: r1 = *(u64 *)(r10 -248)
 2569: if r2 <= r1 goto +8
 2570: *(u64 *)(r10 -240) = 1
 2571: *(u64 *)(r10 -248) = r2
 2572: r1 = *(u32 *)(r3 +0)
 2573: *(u32 *)(r10 -224) = r1
 2574: r1 = *(u32 *)(r3 +4)
 2575: *(u32 *)(r10 -220) = r1
 2576: r1 = *(u32 *)(r3 +8)
 2577: *(u32 *)(r10 -216) = r1
 2578: *(u32 *)(r10 -232) = 29
 2579: r1 = map[pipe_p0f_signatures_masks] ll
 2581: r2 = r10
 2582: r2 += -232
 2583: call bpf_map_lookup_elem
 2584: r3 = r0
 2585: if r3 == 0 goto +133
 2586: r1 = *(u32 *)(r3 +0)
 2587: if r1 == 0 goto +131
 2588: *(u32 *)(r10 -200) = 29
 2589: r2 = *(u32 *)(r10 -160)
 2590: r1 = *(u32 *)(r3 +8)
 2591: r2 &= r1
 2592: *(u32 *)(r10 -196) = r2
 2593: r2 = *(u32 *)(r10 -156)
 2594: r1 = *(u32 *)(r3 +12)
 2595: r2 &= r1
 2596: *(u32 *)(r10 -192) = r2
 2597: r2 = *(u32 *)(r10 -152)
 2598: r1 = *(u32 *)(r3 +16)
 2599: r2 &= r1
 2600: *(u32 *)(r10 -188) = r2
 2601: r2 = *(u32 *)(r10 -148)
 2602: r1 = *(u32 *)(r3 +20)
 2603: r2 &= r1
 2604: *(u32 *)(r10 -184) = r2
 2605: r1 = map[pipe_p0f_signatures] ll
 2607: r2 = r10
 2608: r2 += -200
 2609: call bpf_map_lookup_elem
 2610: r3 = r0
 2611: if r3 == 0 goto +13
 2612: r2 = *(u32 *)(r3 +4)
 2613: r1 = *(u64 *)(r10 -240)
 2614: if r1 == 0 goto +2
 2615: r1 = *(u64 *)(r10 -248)
 2616: if r2 <= r1 goto +8
 2617: *(u64 *)(r10 -240) = 1
 2618: *(u64 *)(r10 -248) = r2
 2619: r1 = *(u32 *)(r3 +0)
 2620: *(u32 *)(r10 -224) = r1
 2621: r1 = *(u32 *)(r3 +4)
 2622: *(u32 *)(r10 -220) = r1
 2623: r1 = *(u32 *)(r3 +8)
 2624: *(u32 *)(r10 -216) = r1
 2625: *(u32 *)(r10 -232) = 30
 2626: r1 = map[pipe_p0f_signatures_masks] ll
 2628: r2 = r10
 2629: r2 += -232
 2630: call bpf_map_lookup_elem
 2631: r3 = r0
 2632: if r3 == 0 goto +86
 2633: r1 = *(u32 *)(r3 +0)
 2634: if r1 == 0 goto +84
 2635: *(u32 *)(r10 -200) = 30
 2636: r2 = *(u32 *)(r10 -160)
 2637: r1 = *(u32 *)(r3 +8)
 2638: r2 &= r1
 2639: *(u32 *)(r10 -196) = r2
 2640: r2 = *(u32 *)(r10 -156)
 2641: r1 = *(u32 *)(r3 +12)
 2642: r2 &= r1
 2643: *(u32 *)(r10 -192) = r2
 2644: r2 = *(u32 *)(r10 -152)
 2645: r1 = *(u32 *)(r3 +16)
 2646: r2 &= r1
 2647: *(u32 *)(r10 -188) = r2
 2648: r2 = *(u32 *)(r10 -148)
 2649: r1 = *(u32 *)(r3 +20)
 2650: r2 &= r1
 2651: *(u32 *)(r10 -184) = r2
 2652: r1 = map[pipe_p0f_signatures] ll
 2654: r2 = r10
 2655: r2 += -200
 2656: call bpf_map_lookup_elem
 2657: r3 = r0
 2658: if r3 == 0 goto +13
 2659: r2 = *(u32 *)(r3 +4)
 2660: r1 = *(u64 *)(r10 -240)
 2661: if r1 == 0 goto +2
 2662: r1 = *(u64 *)(r10 -248)
 2663: if r2 <= r1 goto +8
 2664: *(u64 *)(r10 -240) = 1
 2665: *(u64 *)(r10 -248) = r2
 2666: r1 = *(u32 *)(r3 +0)
 2667: *(u32 *)(r10 -224) = r1
 2668: r1 = *(u32 *)(r3 +4)
 2669: *(u32 *)(r10 -220) = r1
 2670: r1 = *(u32 *)(r3 +8)
 2671: *(u32 *)(r10 -216) = r1
 2672: *(u32 *)(r10 -232) = 31
 2673: r1 = map[pipe_p0f_signatures_masks] ll
 2675: r2 = r10
 2676: r2 += -232
 2677: call bpf_map_lookup_elem
 2678: r3 = r0
 2679: if r3 == 0 goto +39
 2680: r1 = *(u32 *)(r3 +0)
 2681: if r1 == 0 goto +37
 2682: *(u32 *)(r10 -200) = 31
 2683: r2 = *(u32 *)(r10 -160)
 2684: r1 = *(u32 *)(r3 +8)
 2685: r2 &= r1
 2686: *(u32 *)(r10 -196) = r2
 2687: r2 = *(u32 *)(r10 -156)
 2688: r1 = *(u32 *)(r3 +12)
 2689: r2 &= r1
 2690: *(u32 *)(r10 -192) = r2
 2691: r2 = *(u32 *)(r10 -152)
 2692: r1 = *(u32 *)(r3 +16)
 2693: r2 &= r1
 2694: *(u32 *)(r10 -188) = r2
 2695: r2 = *(u32 *)(r10 -148)
 2696: r1 = *(u32 *)(r3 +20)
 2697: r2 &= r1
 2698: *(u32 *)(r10 -184) = r2
 2699: r1 = map[pipe_p0f_signatures] ll
 2701: r2 = r10
 2702: r2 += -200
 2703: call bpf_map_lookup_elem
 2704: r3 = r0
 2705: if r3 == 0 goto +13
 2706: r2 = *(u32 *)(r3 +4)
 2707: r1 = *(u64 *)(r10 -240)
 2708: if r1 == 0 goto +2
 2709: r1 = *(u64 *)(r10 -248)
 2710: if r2 <= r1 goto +8
 2711: *(u64 *)(r10 -240) = 1
 2712: *(u64 *)(r10 -248) = r2
 2713: r1 = *(u32 *)(r3 +0)
 2714: *(u32 *)(r10 -224) = r1
 2715: r1 = *(u32 *)(r3 +4)
 2716: *(u32 *)(r10 -220) = r1
 2717: r1 = *(u32 *)(r3 +8)
 2718: *(u32 *)(r10 -216) = r1
 2719: r1 = *(u64 *)(r10 -240)
 2720: if r1 != 0 goto +16
 2721: *(u32 *)(r10 -160) = 0
 2722: r1 = map[pipe_p0f_signatures_default] ll
 2724: r2 = r10
 2725: r2 += -160
 2726: call bpf_map_lookup_elem
 2727: r1 = r0
 2728: if r1 == 0 goto +5
 2729: r2 = *(u32 *)(r1 +0)
 2730: r1 = *(u32 *)(r1 +8)
 2731: r1 = be32 r1
 2732: w1 = w1
 2733: goto +7
 2734: r2 = 2
 2735: r1 = 0
 2736: goto +4
 2737: r2 = *(u32 *)(r10 -224)
 2738: r1 = *(u32 *)(r10 -216)
 2739: r1 = be32 r1
 2740: w1 = w1
 2741: if r2 == 0 goto +21
 2742: if r2 == 1 goto +2
 2743: if r2 == 2 goto +57
 2744: goto +56
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2745: r1 = 1
      ; write var10, v45
 2746: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2747: *(u32 *)(r10 -160) = 0
 2748: r1 = map[pipe_os_stats] ll
 2750: r2 = r10
 2751: r2 += -160
 2752: call bpf_map_lookup_elem
 2753: r3 = r0
 2754: if r3 == 0 goto +46
 2755: r1 = *(u64 *)(r3 +0)
 2756: r1 += 1
 2757: *(u64 *)(r3 +0) = r1
 2758: r2 = *(u64 *)(r3 +8)
 2759: r1 = *(u32 *)(r10 -40)
 2760: r2 += r1
 2761: *(u64 *)(r3 +8) = r2
 2762: goto +38
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2763: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2764: *(u32 *)(r10 -160) = r1
 2765: r1 = map[pipe_os_stats] ll
 2767: r2 = r10
 2768: r2 += -160
 2769: call bpf_map_lookup_elem
 2770: r3 = r0
 2771: if r3 == 0 goto +29
 2772: r1 = *(u64 *)(r3 +0)
 2773: r1 += 1
 2774: *(u64 *)(r3 +0) = r1
 2775: r2 = *(u64 *)(r3 +8)
 2776: r1 = *(u32 *)(r10 -40)
 2777: r2 += r1
 2778: *(u64 *)(r3 +8) = r2
 2779: goto +21
      ; drop
 2780: r2 = *(u32 *)(r10 -36)
 2781: r1 = *(u32 *)(r10 -32)
 2782: *(u64 *)(r10 -256) = r2
 2783: *(u64 *)(r10 -264) = r1
 2784: r1 = *(u64 *)(r10 -8)
 2785: r2 = 0xfffffffffffffff8 ll
 2787: call bpf_xdp_adjust_meta
 2788: if r0 != 0 goto +10
 2789: r1 = *(u64 *)(r10 -8)
 2790: r3 = *(u32 *)(r1 +8)
 2791: r2 = *(u32 *)(r1 +0)
 2792: r1 = r3
 2793: r1 += 8
 2794: if r1 > r2 goto +4
 2795: r1 = *(u64 *)(r10 -256)
 2796: *(u32 *)(r3 +0) = r1
 2797: r1 = *(u64 *)(r10 -264)
 2798: *(u32 *)(r3 +4) = r1
 2799: r0 = 1
 2800: exit
      ; epilogue: verdict
 2801: r2 = *(u32 *)(r10 -36)
 2802: r1 = *(u32 *)(r10 -32)
 2803: *(u64 *)(r10 -272) = r2
 2804: *(u64 *)(r10 -280) = r1
 2805: r1 = *(u64 *)(r10 -8)
 2806: r2 = 0xfffffffffffffff8 ll
 2808: call bpf_xdp_adjust_meta
 2809: if r0 != 0 goto +10
 2810: r1 = *(u64 *)(r10 -8)
 2811: r3 = *(u32 *)(r1 +8)
 2812: r2 = *(u32 *)(r1 +0)
 2813: r1 = r3
 2814: r1 += 8
 2815: if r1 > r2 goto +4
 2816: r1 = *(u64 *)(r10 -272)
 2817: *(u32 *)(r3 +0) = r1
 2818: r1 = *(u64 *)(r10 -280)
 2819: *(u32 *)(r3 +4) = r1
 2820: r1 = *(u8 *)(r10 -23)
 2821: if r1 != 0 goto +2
 2822: r0 = 2
 2823: exit
 2824: if r1 != 2 goto +4
 2825: r1 = *(u32 *)(r10 -32)
 2826: r2 = 0
 2827: call bpf_redirect
 2828: exit
 2829: r0 = 1
 2830: exit
