; p0f for xdp: 2801 instructions, stack 280 bytes, 4 maps
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
   28: if r3 > 16383 goto +2721
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +2715
   35: r1 = r3
   36: r1 += 1
   37: *(u32 *)(r10 -104) = r1
   38: r3 += 14
   39: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   40: r1 = *(u16 *)(r2 +12)
   41: if r1 != 8 goto +912
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   42: r2 = *(u64 *)(r10 -16)
   43: if r2 > 16383 goto +2706
   44: r3 = r6
   45: r3 += r2
   46: r1 = r3
   47: r1 += 20
   48: if r1 <= r7 goto +1
   49: goto +2700
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
   60: if r1 == 0 goto +2689
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
   70: if r1 != 0 goto +2679
   71: r1 = r2
   72: r1 >>= 3
   73: r2 = *(u64 *)(r10 -16)
   74: r2 += r1
   75: if r2 > 16383 goto +2674
   76: r1 = r6
   77: r1 += r2
   78: if r1 <= r7 goto +1
   79: goto +2670
   80: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   81: r2 = *(u16 *)(r3 +6)
   82: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   83: r1 = *(u8 *)(r3 +9)
   84: if r2 != 0 goto +869
   85: if r1 != 6 goto +868
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   86: r3 = *(u64 *)(r10 -16)
   87: if r3 > 16383 goto +2662
   88: r2 = r6
   89: r2 += r3
   90: r1 = r2
   91: r1 += 20
   92: if r1 <= r7 goto +1
   93: goto +2656
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
  105: if r1 == 0 goto +2644
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
  117: if r1 != 2 goto +836
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  118: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  119: r1 = *(u8 *)(r10 -24)
  120: if r2 == 0 goto +833
  121: if r1 == 8 goto +832
      ; prs: block5 (parse_option)
      ; extract hdr3
  122: r3 = *(u64 *)(r10 -16)
  123: if r3 > 16383 goto +2626
  124: r2 = r6
  125: r2 += r3
  126: r1 = r2
  127: r1 += 1
  128: if r1 <= r7 goto +1
  129: goto +2620
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
  144: if r1 == 0 goto +809
  145: if r1 == 1 goto +76
  146: if r1 == 2 goto +59
  147: if r1 == 3 goto +41
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  148: r1 = *(u64 *)(r10 -16)
  149: if r1 > 16383 goto +2600
  150: r2 = r6
  151: r2 += r1
  152: r1 = r2
  153: r1 += 1
  154: if r1 <= r7 goto +1
  155: goto +2594
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
  162: if r1 == 0 goto +2587
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
  171: if r1 != 0 goto +2578
  172: r1 = r2
  173: r1 >>= 3
  174: r2 = *(u64 *)(r10 -16)
  175: r2 += r1
  176: if r2 > 16383 goto +2573
  177: r1 = r6
  178: r1 += r2
  179: if r1 <= r7 goto +1
  180: goto +2569
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
  188: goto +14
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  189: r2 = *(u64 *)(r10 -16)
  190: if r2 > 16383 goto +2559
  191: r1 = r6
  192: r1 += r2
  193: r1 += 2
  194: if r1 <= r7 goto +1
  195: goto +2554
  196: r1 = r2
  197: r1 += 1
  198: *(u32 *)(r10 -56) = r1
  199: r2 += 2
  200: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  201: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  202: r1 -= 2
  203: r1 &= 65535
      ; write var2, v49
  204: *(u16 *)(r10 -28) = r1
  205: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  206: r2 = *(u64 *)(r10 -16)
  207: if r2 > 16383 goto +2542
  208: r1 = r6
  209: r1 += r2
  210: r1 += 3
  211: if r1 <= r7 goto +1
  212: goto +2537
  213: r1 = r2
  214: r1 += 1
  215: *(u32 *)(r10 -60) = r1
  216: r2 += 3
  217: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  218: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  219: r1 -= 3
  220: r1 &= 65535
      ; write var2, v52
  221: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  222: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  223: r1 = *(u8 *)(r10 -24)
  224: if r2 == 0 goto +729
  225: if r1 == 8 goto +728
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  226: r3 = *(u64 *)(r10 -16)
  227: if r3 > 16383 goto +2522
  228: r2 = r6
  229: r2 += r3
  230: r1 = r2
  231: r1 += 1
  232: if r1 <= r7 goto +1
  233: goto +2516
  234: r1 = r3
  235: r1 += 1
  236: *(u32 *)(r10 -88) = r1
  237: r3 += 1
  238: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  239: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  240: r1 += 1
  241: r1 &= 255
      ; write var3, v57
  242: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  243: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  244: r1 -= 1
  245: r1 &= 65535
      ; write var2, v60
  246: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  247: r1 = *(u8 *)(r2 +0)
  248: if r1 == 0 goto +705
  249: if r1 == 1 goto +76
  250: if r1 == 2 goto +59
  251: if r1 == 3 goto +41
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  252: r1 = *(u64 *)(r10 -16)
  253: if r1 > 16383 goto +2496
  254: r2 = r6
  255: r2 += r1
  256: r1 = r2
  257: r1 += 1
  258: if r1 <= r7 goto +1
  259: goto +2490
  260: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  261: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  262: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  263: r1 = 1
  264: if r2 >= 2 goto +1
  265: r1 = 0
      ; verify v65, error HeaderTooShort
  266: if r1 == 0 goto +2483
      ; v66: bit<8> = read var11
  267: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  268: w2 = w2
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  269: r2 -= 1
  270: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  271: r2 *= 8
  272: w2 = w2
      ; advance v71
  273: r1 = r2
  274: r1 &= 7
  275: if r1 != 0 goto +2474
  276: r1 = r2
  277: r1 >>= 3
  278: r2 = *(u64 *)(r10 -16)
  279: r2 += r1
  280: if r2 > 16383 goto +2469
  281: r1 = r6
  282: r1 += r2
  283: if r1 <= r7 goto +1
  284: goto +2465
  285: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  286: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  287: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  288: r2 &= 65535
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  289: r2 -= 1
  290: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  291: r1 -= r2
  292: goto +14
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  293: r2 = *(u64 *)(r10 -16)
  294: if r2 > 16383 goto +2455
  295: r1 = r6
  296: r1 += r2
  297: r1 += 2
  298: if r1 <= r7 goto +1
  299: goto +2450
  300: r1 = r2
  301: r1 += 1
  302: *(u32 *)(r10 -56) = r1
  303: r2 += 2
  304: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  305: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  306: r1 -= 2
  307: r1 &= 65535
      ; write var2, v80
  308: *(u16 *)(r10 -28) = r1
  309: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  310: r2 = *(u64 *)(r10 -16)
  311: if r2 > 16383 goto +2438
  312: r1 = r6
  313: r1 += r2
  314: r1 += 3
  315: if r1 <= r7 goto +1
  316: goto +2433
  317: r1 = r2
  318: r1 += 1
  319: *(u32 *)(r10 -60) = r1
  320: r2 += 3
  321: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  322: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  323: r1 -= 3
  324: r1 &= 65535
      ; write var2, v83
  325: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  326: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  327: r1 = *(u8 *)(r10 -24)
  328: if r2 == 0 goto +625
  329: if r1 == 8 goto +624
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  330: r3 = *(u64 *)(r10 -16)
  331: if r3 > 16383 goto +2418
  332: r2 = r6
  333: r2 += r3
  334: r1 = r2
  335: r1 += 1
  336: if r1 <= r7 goto +1
  337: goto +2412
  338: r1 = r3
  339: r1 += 1
  340: *(u32 *)(r10 -84) = r1
  341: r3 += 1
  342: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  343: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  344: r1 += 1
  345: r1 &= 255
      ; write var3, v88
  346: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  347: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  348: r1 -= 1
  349: r1 &= 65535
      ; write var2, v91
  350: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  351: r1 = *(u8 *)(r2 +0)
  352: if r1 == 0 goto +601
  353: if r1 == 1 goto +76
  354: if r1 == 2 goto +59
  355: if r1 == 3 goto +41
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  356: r1 = *(u64 *)(r10 -16)
  357: if r1 > 16383 goto +2392
  358: r2 = r6
  359: r2 += r1
  360: r1 = r2
  361: r1 += 1
  362: if r1 <= r7 goto +1
  363: goto +2386
  364: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  365: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  366: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  367: r1 = 1
  368: if r2 >= 2 goto +1
  369: r1 = 0
      ; verify v96, error HeaderTooShort
  370: if r1 == 0 goto +2379
      ; v97: bit<8> = read var11
  371: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  372: w2 = w2
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  373: r2 -= 1
  374: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  375: r2 *= 8
  376: w2 = w2
      ; advance v102
  377: r1 = r2
  378: r1 &= 7
  379: if r1 != 0 goto +2370
  380: r1 = r2
  381: r1 >>= 3
  382: r2 = *(u64 *)(r10 -16)
  383: r2 += r1
  384: if r2 > 16383 goto +2365
  385: r1 = r6
  386: r1 += r2
  387: if r1 <= r7 goto +1
  388: goto +2361
  389: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  390: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  391: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  392: r2 &= 65535
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  393: r2 -= 1
  394: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  395: r1 -= r2
  396: goto +14
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  397: r2 = *(u64 *)(r10 -16)
  398: if r2 > 16383 goto +2351
  399: r1 = r6
  400: r1 += r2
  401: r1 += 2
  402: if r1 <= r7 goto +1
  403: goto +2346
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
  415: if r2 > 16383 goto +2334
  416: r1 = r6
  417: r1 += r2
  418: r1 += 3
  419: if r1 <= r7 goto +1
  420: goto +2329
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
  432: if r2 == 0 goto +521
  433: if r1 == 8 goto +520
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  434: r3 = *(u64 *)(r10 -16)
  435: if r3 > 16383 goto +2314
  436: r2 = r6
  437: r2 += r3
  438: r1 = r2
  439: r1 += 1
  440: if r1 <= r7 goto +1
  441: goto +2308
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
  456: if r1 == 0 goto +497
  457: if r1 == 1 goto +76
  458: if r1 == 2 goto +59
  459: if r1 == 3 goto +41
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  460: r1 = *(u64 *)(r10 -16)
  461: if r1 > 16383 goto +2288
  462: r2 = r6
  463: r2 += r1
  464: r1 = r2
  465: r1 += 1
  466: if r1 <= r7 goto +1
  467: goto +2282
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
  474: if r1 == 0 goto +2275
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
  483: if r1 != 0 goto +2266
  484: r1 = r2
  485: r1 >>= 3
  486: r2 = *(u64 *)(r10 -16)
  487: r2 += r1
  488: if r2 > 16383 goto +2261
  489: r1 = r6
  490: r1 += r2
  491: if r1 <= r7 goto +1
  492: goto +2257
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
  500: goto +14
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  501: r2 = *(u64 *)(r10 -16)
  502: if r2 > 16383 goto +2247
  503: r1 = r6
  504: r1 += r2
  505: r1 += 2
  506: if r1 <= r7 goto +1
  507: goto +2242
  508: r1 = r2
  509: r1 += 1
  510: *(u32 *)(r10 -56) = r1
  511: r2 += 2
  512: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  513: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  514: r1 -= 2
  515: r1 &= 65535
      ; write var2, v142
  516: *(u16 *)(r10 -28) = r1
  517: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  518: r2 = *(u64 *)(r10 -16)
  519: if r2 > 16383 goto +2230
  520: r1 = r6
  521: r1 += r2
  522: r1 += 3
  523: if r1 <= r7 goto +1
  524: goto +2225
  525: r1 = r2
  526: r1 += 1
  527: *(u32 *)(r10 -60) = r1
  528: r2 += 3
  529: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  530: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  531: r1 -= 3
  532: r1 &= 65535
      ; write var2, v145
  533: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  534: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  535: r1 = *(u8 *)(r10 -24)
  536: if r2 == 0 goto +417
  537: if r1 == 8 goto +416
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  538: r3 = *(u64 *)(r10 -16)
  539: if r3 > 16383 goto +2210
  540: r2 = r6
  541: r2 += r3
  542: r1 = r2
  543: r1 += 1
  544: if r1 <= r7 goto +1
  545: goto +2204
  546: r1 = r3
  547: r1 += 1
  548: *(u32 *)(r10 -76) = r1
  549: r3 += 1
  550: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  551: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  552: r1 += 1
  553: r1 &= 255
      ; write var3, v150
  554: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  555: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  556: r1 -= 1
  557: r1 &= 65535
      ; write var2, v153
  558: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  559: r1 = *(u8 *)(r2 +0)
  560: if r1 == 0 goto +393
  561: if r1 == 1 goto +76
  562: if r1 == 2 goto +59
  563: if r1 == 3 goto +41
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  564: r1 = *(u64 *)(r10 -16)
  565: if r1 > 16383 goto +2184
  566: r2 = r6
  567: r2 += r1
  568: r1 = r2
  569: r1 += 1
  570: if r1 <= r7 goto +1
  571: goto +2178
  572: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  573: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  574: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  575: r1 = 1
  576: if r2 >= 2 goto +1
  577: r1 = 0
      ; verify v158, error HeaderTooShort
  578: if r1 == 0 goto +2171
      ; v159: bit<8> = read var11
  579: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  580: w2 = w2
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  581: r2 -= 1
  582: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  583: r2 *= 8
  584: w2 = w2
      ; advance v164
  585: r1 = r2
  586: r1 &= 7
  587: if r1 != 0 goto +2162
  588: r1 = r2
  589: r1 >>= 3
  590: r2 = *(u64 *)(r10 -16)
  591: r2 += r1
  592: if r2 > 16383 goto +2157
  593: r1 = r6
  594: r1 += r2
  595: if r1 <= r7 goto +1
  596: goto +2153
  597: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  598: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  599: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  600: r2 &= 65535
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  601: r2 -= 1
  602: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  603: r1 -= r2
  604: goto +14
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  605: r2 = *(u64 *)(r10 -16)
  606: if r2 > 16383 goto +2143
  607: r1 = r6
  608: r1 += r2
  609: r1 += 2
  610: if r1 <= r7 goto +1
  611: goto +2138
  612: r1 = r2
  613: r1 += 1
  614: *(u32 *)(r10 -56) = r1
  615: r2 += 2
  616: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  617: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  618: r1 -= 2
  619: r1 &= 65535
      ; write var2, v173
  620: *(u16 *)(r10 -28) = r1
  621: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  622: r2 = *(u64 *)(r10 -16)
  623: if r2 > 16383 goto +2126
  624: r1 = r6
  625: r1 += r2
  626: r1 += 3
  627: if r1 <= r7 goto +1
  628: goto +2121
  629: r1 = r2
  630: r1 += 1
  631: *(u32 *)(r10 -60) = r1
  632: r2 += 3
  633: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  634: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  635: r1 -= 3
  636: r1 &= 65535
      ; write var2, v176
  637: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  638: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  639: r1 = *(u8 *)(r10 -24)
  640: if r2 == 0 goto +313
  641: if r1 == 8 goto +312
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  642: r3 = *(u64 *)(r10 -16)
  643: if r3 > 16383 goto +2106
  644: r2 = r6
  645: r2 += r3
  646: r1 = r2
  647: r1 += 1
  648: if r1 <= r7 goto +1
  649: goto +2100
  650: r1 = r3
  651: r1 += 1
  652: *(u32 *)(r10 -72) = r1
  653: r3 += 1
  654: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  655: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  656: r1 += 1
  657: r1 &= 255
      ; write var3, v181
  658: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  659: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  660: r1 -= 1
  661: r1 &= 65535
      ; write var2, v184
  662: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  663: r1 = *(u8 *)(r2 +0)
  664: if r1 == 0 goto +289
  665: if r1 == 1 goto +76
  666: if r1 == 2 goto +59
  667: if r1 == 3 goto +41
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  668: r1 = *(u64 *)(r10 -16)
  669: if r1 > 16383 goto +2080
  670: r2 = r6
  671: r2 += r1
  672: r1 = r2
  673: r1 += 1
  674: if r1 <= r7 goto +1
  675: goto +2074
  676: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  677: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  678: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  679: r1 = 1
  680: if r2 >= 2 goto +1
  681: r1 = 0
      ; verify v189, error HeaderTooShort
  682: if r1 == 0 goto +2067
      ; v190: bit<8> = read var11
  683: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  684: w2 = w2
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  685: r2 -= 1
  686: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  687: r2 *= 8
  688: w2 = w2
      ; advance v195
  689: r1 = r2
  690: r1 &= 7
  691: if r1 != 0 goto +2058
  692: r1 = r2
  693: r1 >>= 3
  694: r2 = *(u64 *)(r10 -16)
  695: r2 += r1
  696: if r2 > 16383 goto +2053
  697: r1 = r6
  698: r1 += r2
  699: if r1 <= r7 goto +1
  700: goto +2049
  701: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  702: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  703: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  704: r2 &= 65535
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  705: r2 -= 1
  706: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  707: r1 -= r2
  708: goto +14
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  709: r2 = *(u64 *)(r10 -16)
  710: if r2 > 16383 goto +2039
  711: r1 = r6
  712: r1 += r2
  713: r1 += 2
  714: if r1 <= r7 goto +1
  715: goto +2034
  716: r1 = r2
  717: r1 += 1
  718: *(u32 *)(r10 -56) = r1
  719: r2 += 2
  720: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  721: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  722: r1 -= 2
  723: r1 &= 65535
      ; write var2, v204
  724: *(u16 *)(r10 -28) = r1
  725: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  726: r2 = *(u64 *)(r10 -16)
  727: if r2 > 16383 goto +2022
  728: r1 = r6
  729: r1 += r2
  730: r1 += 3
  731: if r1 <= r7 goto +1
  732: goto +2017
  733: r1 = r2
  734: r1 += 1
  735: *(u32 *)(r10 -60) = r1
  736: r2 += 3
  737: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  738: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  739: r1 -= 3
  740: r1 &= 65535
      ; write var2, v207
  741: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  742: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  743: r1 = *(u8 *)(r10 -24)
  744: if r2 == 0 goto +209
  745: if r1 == 8 goto +208
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  746: r3 = *(u64 *)(r10 -16)
  747: if r3 > 16383 goto +2002
  748: r2 = r6
  749: r2 += r3
  750: r1 = r2
  751: r1 += 1
  752: if r1 <= r7 goto +1
  753: goto +1996
  754: r1 = r3
  755: r1 += 1
  756: *(u32 *)(r10 -68) = r1
  757: r3 += 1
  758: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  759: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  760: r1 += 1
  761: r1 &= 255
      ; write var3, v212
  762: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  763: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  764: r1 -= 1
  765: r1 &= 65535
      ; write var2, v215
  766: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  767: r1 = *(u8 *)(r2 +0)
  768: if r1 == 0 goto +185
  769: if r1 == 1 goto +76
  770: if r1 == 2 goto +59
  771: if r1 == 3 goto +41
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  772: r1 = *(u64 *)(r10 -16)
  773: if r1 > 16383 goto +1976
  774: r2 = r6
  775: r2 += r1
  776: r1 = r2
  777: r1 += 1
  778: if r1 <= r7 goto +1
  779: goto +1970
  780: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  781: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  782: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  783: r1 = 1
  784: if r2 >= 2 goto +1
  785: r1 = 0
      ; verify v220, error HeaderTooShort
  786: if r1 == 0 goto +1963
      ; v221: bit<8> = read var11
  787: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  788: w2 = w2
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  789: r2 -= 1
  790: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  791: r2 *= 8
  792: w2 = w2
      ; advance v226
  793: r1 = r2
  794: r1 &= 7
  795: if r1 != 0 goto +1954
  796: r1 = r2
  797: r1 >>= 3
  798: r2 = *(u64 *)(r10 -16)
  799: r2 += r1
  800: if r2 > 16383 goto +1949
  801: r1 = r6
  802: r1 += r2
  803: if r1 <= r7 goto +1
  804: goto +1945
  805: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  806: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  807: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  808: r2 &= 65535
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  809: r2 -= 1
  810: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  811: r1 -= r2
  812: goto +14
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  813: r2 = *(u64 *)(r10 -16)
  814: if r2 > 16383 goto +1935
  815: r1 = r6
  816: r1 += r2
  817: r1 += 2
  818: if r1 <= r7 goto +1
  819: goto +1930
  820: r1 = r2
  821: r1 += 1
  822: *(u32 *)(r10 -56) = r1
  823: r2 += 2
  824: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  825: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  826: r1 -= 2
  827: r1 &= 65535
      ; write var2, v235
  828: *(u16 *)(r10 -28) = r1
  829: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  830: r2 = *(u64 *)(r10 -16)
  831: if r2 > 16383 goto +1918
  832: r1 = r6
  833: r1 += r2
  834: r1 += 3
  835: if r1 <= r7 goto +1
  836: goto +1913
  837: r1 = r2
  838: r1 += 1
  839: *(u32 *)(r10 -60) = r1
  840: r2 += 3
  841: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  842: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  843: r1 -= 3
  844: r1 &= 65535
      ; write var2, v238
  845: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  846: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  847: r1 = *(u8 *)(r10 -24)
  848: if r2 == 0 goto +105
  849: if r1 == 8 goto +104
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  850: r3 = *(u64 *)(r10 -16)
  851: if r3 > 16383 goto +1898
  852: r2 = r6
  853: r2 += r3
  854: r1 = r2
  855: r1 += 1
  856: if r1 <= r7 goto +1
  857: goto +1892
  858: r1 = r3
  859: r1 += 1
  860: *(u32 *)(r10 -64) = r1
  861: r3 += 1
  862: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  863: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  864: r1 += 1
  865: r1 &= 255
      ; write var3, v243
  866: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  867: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  868: r1 -= 1
  869: r1 &= 65535
      ; write var2, v246
  870: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  871: r1 = *(u8 *)(r2 +0)
  872: if r1 == 0 goto +81
  873: if r1 == 1 goto +76
  874: if r1 == 2 goto +59
  875: if r1 == 3 goto +41
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  876: r1 = *(u64 *)(r10 -16)
  877: if r1 > 16383 goto +1872
  878: r2 = r6
  879: r2 += r1
  880: r1 = r2
  881: r1 += 1
  882: if r1 <= r7 goto +1
  883: goto +1866
  884: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  885: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  886: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  887: r1 = 1
  888: if r2 >= 2 goto +1
  889: r1 = 0
      ; verify v251, error HeaderTooShort
  890: if r1 == 0 goto +1859
      ; v252: bit<8> = read var11
  891: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  892: w2 = w2
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  893: r2 -= 1
  894: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  895: r2 *= 8
  896: w2 = w2
      ; advance v257
  897: r1 = r2
  898: r1 &= 7
  899: if r1 != 0 goto +1850
  900: r1 = r2
  901: r1 >>= 3
  902: r2 = *(u64 *)(r10 -16)
  903: r2 += r1
  904: if r2 > 16383 goto +1845
  905: r1 = r6
  906: r1 += r2
  907: if r1 <= r7 goto +1
  908: goto +1841
  909: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  910: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  911: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
  912: r2 &= 65535
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  913: r2 -= 1
  914: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  915: r1 -= r2
  916: goto +14
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  917: r2 = *(u64 *)(r10 -16)
  918: if r2 > 16383 goto +1831
  919: r1 = r6
  920: r1 += r2
  921: r1 += 2
  922: if r1 <= r7 goto +1
  923: goto +1826
  924: r1 = r2
  925: r1 += 1
  926: *(u32 *)(r10 -56) = r1
  927: r2 += 2
  928: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  929: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  930: r1 -= 2
  931: r1 &= 65535
      ; write var2, v266
  932: *(u16 *)(r10 -28) = r1
  933: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  934: r2 = *(u64 *)(r10 -16)
  935: if r2 > 16383 goto +1814
  936: r1 = r6
  937: r1 += r2
  938: r1 += 3
  939: if r1 <= r7 goto +1
  940: goto +1809
  941: r1 = r2
  942: r1 += 1
  943: *(u32 *)(r10 -60) = r1
  944: r2 += 3
  945: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  946: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  947: r1 -= 3
  948: r1 &= 65535
      ; write var2, v269
  949: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  950: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  951: r1 = *(u8 *)(r10 -24)
  952: if r2 == 0 goto +1
  953: if r1 != 8 goto +1796
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  954: r4 = *(u32 *)(r10 -96)
  955: if r4 == 0 goto +1
  956: r4 = 1
      ; v1: bool = not v0
  957: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  958: r1 = *(u32 *)(r10 -96)
  959: if r1 == 0 goto +7
  960: r1 -= 1
  961: if r1 > 16383 goto +5
  962: r3 = r6
  963: r3 += r1
  964: r1 = r3
  965: r1 += 20
  966: if r1 <= r7 goto +1
  967: r3 = 0
  968: r1 = 0
  969: if r3 == 0 goto +1
  970: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  971: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  972: r2 = 1
  973: if r1 != 2 goto +1
  974: r2 = 0
      ; v7: bool = logical_or v1, v6
  975: r1 = r4
  976: r1 |= r2
  977: if r1 != 0 goto +1793
      ; v8: bit<16> = read_field hdr11.mss
  978: r1 = *(u32 *)(r10 -60)
  979: if r1 == 0 goto +7
  980: r1 -= 1
  981: if r1 > 16383 goto +5
  982: r2 = r6
  983: r2 += r1
  984: r1 = r2
  985: r1 += 3
  986: if r1 <= r7 goto +1
  987: r2 = 0
  988: r1 = 0
  989: if r2 == 0 goto +1
  990: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
  991: r8 = 1
  992: if r1 != 0 goto +1
  993: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
  994: r9 = 0
  995: if r3 == 0 goto +1
  996: r9 = *(u16 *)(r3 +14)
  997: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
  998: r4 = 0
  999: if r2 == 0 goto +1
 1000: r4 = *(u16 *)(r2 +1)
 1001: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1002: r1 = 0
 1003: if r4 == 0 goto +2
 1004: r1 = r9
 1005: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
 1006: r4 = 1
 1007: if r1 == 0 goto +1
 1008: r4 = 0
      ; v16: bool = logical_and v10, v15
 1009: r1 = r8
 1010: r1 &= r4
 1011: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
 1012: r8 = 0
 1013: if r3 == 0 goto +1
 1014: r8 = *(u16 *)(r3 +14)
 1015: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1016: r4 = 0
 1017: if r2 == 0 goto +1
 1018: r4 = *(u16 *)(r2 +1)
 1019: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1020: r1 = 0
 1021: if r4 == 0 goto +2
 1022: r1 = r8
 1023: r1 /= r4
      ; write var4, v19
 1024: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1025: r1 = *(u32 *)(r10 -92)
 1026: if r1 == 0 goto +7
 1027: r1 -= 1
 1028: if r1 > 16383 goto +5
 1029: r4 = r6
 1030: r4 += r1
 1031: r1 = r4
 1032: r1 += 1
 1033: if r1 <= r7 goto +1
 1034: r4 = 0
 1035: r9 = 0
 1036: if r4 == 0 goto +1
 1037: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1038: r1 = *(u32 *)(r10 -88)
 1039: if r1 == 0 goto +7
 1040: r1 -= 1
 1041: if r1 > 16383 goto +5
 1042: r4 = r6
 1043: r4 += r1
 1044: r1 = r4
 1045: r1 += 1
 1046: if r1 <= r7 goto +1
 1047: r4 = 0
 1048: r1 = 0
 1049: if r4 == 0 goto +1
 1050: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1051: r9 <<= 8
 1052: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1053: r1 = *(u32 *)(r10 -84)
 1054: if r1 == 0 goto +7
 1055: r1 -= 1
 1056: if r1 > 16383 goto +5
 1057: r4 = r6
 1058: r4 += r1
 1059: r1 = r4
 1060: r1 += 1
 1061: if r1 <= r7 goto +1
 1062: r4 = 0
 1063: r1 = 0
 1064: if r4 == 0 goto +1
 1065: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1066: r9 <<= 8
 1067: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1068: r1 = *(u32 *)(r10 -80)
 1069: if r1 == 0 goto +7
 1070: r1 -= 1
 1071: if r1 > 16383 goto +5
 1072: r4 = r6
 1073: r4 += r1
 1074: r1 = r4
 1075: r1 += 1
 1076: if r1 <= r7 goto +1
 1077: r4 = 0
 1078: r1 = 0
 1079: if r4 == 0 goto +1
 1080: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1081: r9 <<= 8
 1082: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1083: r1 = *(u32 *)(r10 -76)
 1084: if r1 == 0 goto +7
 1085: r1 -= 1
 1086: if r1 > 16383 goto +5
 1087: r4 = r6
 1088: r4 += r1
 1089: r1 = r4
 1090: r1 += 1
 1091: if r1 <= r7 goto +1
 1092: r4 = 0
 1093: r1 = 0
 1094: if r4 == 0 goto +1
 1095: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1096: r9 <<= 8
 1097: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1098: r1 = *(u32 *)(r10 -72)
 1099: if r1 == 0 goto +7
 1100: r1 -= 1
 1101: if r1 > 16383 goto +5
 1102: r4 = r6
 1103: r4 += r1
 1104: r1 = r4
 1105: r1 += 1
 1106: if r1 <= r7 goto +1
 1107: r4 = 0
 1108: r1 = 0
 1109: if r4 == 0 goto +1
 1110: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1111: r9 <<= 8
 1112: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1113: r1 = *(u32 *)(r10 -68)
 1114: if r1 == 0 goto +7
 1115: r1 -= 1
 1116: if r1 > 16383 goto +5
 1117: r4 = r6
 1118: r4 += r1
 1119: r1 = r4
 1120: r1 += 1
 1121: if r1 <= r7 goto +1
 1122: r4 = 0
 1123: r1 = 0
 1124: if r4 == 0 goto +1
 1125: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1126: r9 <<= 8
 1127: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1128: r1 = *(u32 *)(r10 -64)
 1129: if r1 == 0 goto +7
 1130: r1 -= 1
 1131: if r1 > 16383 goto +5
 1132: r8 = r6
 1133: r8 += r1
 1134: r1 = r8
 1135: r1 += 1
 1136: if r1 <= r7 goto +1
 1137: r8 = 0
 1138: r4 = 0
 1139: if r8 == 0 goto +1
 1140: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1141: r1 = r9
 1142: r1 <<= 8
 1143: r1 |= r4
      ; write var5, v34
 1144: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1145: r1 = *(u32 *)(r10 -100)
 1146: if r1 == 0 goto +7
 1147: r1 -= 1
 1148: if r1 > 16383 goto +5
 1149: r4 = r6
 1150: r4 += r1
 1151: r1 = r4
 1152: r1 += 20
 1153: if r1 <= r7 goto +1
 1154: r4 = 0
 1155: r9 = 0
 1156: if r4 == 0 goto +1
 1157: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1158: r1 = 0
 1159: if r3 == 0 goto +1
 1160: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1161: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1162: r4 = 0
 1163: if r2 == 0 goto +1
 1164: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1165: r3 = *(u32 *)(r10 -56)
 1166: if r3 == 0 goto +7
 1167: r3 -= 1
 1168: if r3 > 16383 goto +5
 1169: r2 = r6
 1170: r2 += r3
 1171: r3 = r2
 1172: r3 += 2
 1173: if r3 <= r7 goto +1
 1174: r2 = 0
 1175: r3 = 0
 1176: if r2 == 0 goto +1
 1177: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1178: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1179: *(u8 *)(r10 -160) = r9
 1180: *(u8 *)(r10 -159) = r1
 1181: r1 >>= 8
 1182: *(u8 *)(r10 -158) = r1
 1183: r1 = r8
 1184: *(u8 *)(r10 -156) = r1
 1185: r1 >>= 8
 1186: *(u8 *)(r10 -157) = r1
 1187: r1 = r4
 1188: *(u8 *)(r10 -155) = r1
 1189: r1 >>= 8
 1190: *(u8 *)(r10 -154) = r1
 1191: *(u8 *)(r10 -153) = r3
 1192: r1 = r2
 1193: r1 = be64 r1
 1194: *(u64 *)(r10 -152) = r1
 1195: r2 = 0
 1196: r1 = 0
 1197: *(u64 *)(r10 -240) = r2
 1198: *(u64 *)(r10 -248) = r1
 1199: *(u32 *)(r10 -232) = 0
 1200: r1 = map[pipe_p0f_signatures_masks] ll
 1202: r2 = r10
 1203: r2 += -232
 1204: call bpf_map_lookup_elem
 1205: r3 = r0
 1206: if r3 == 0 goto +1496
 1207: r1 = *(u32 *)(r3 +0)
 1208: if r1 == 0 goto +1494
 1209: *(u32 *)(r10 -200) = 0
 1210: r2 = *(u32 *)(r10 -160)
 1211: r1 = *(u32 *)(r3 +8)
 1212: r2 &= r1
 1213: *(u32 *)(r10 -196) = r2
 1214: r2 = *(u32 *)(r10 -156)
 1215: r1 = *(u32 *)(r3 +12)
 1216: r2 &= r1
 1217: *(u32 *)(r10 -192) = r2
 1218: r2 = *(u32 *)(r10 -152)
 1219: r1 = *(u32 *)(r3 +16)
 1220: r2 &= r1
 1221: *(u32 *)(r10 -188) = r2
 1222: r2 = *(u32 *)(r10 -148)
 1223: r1 = *(u32 *)(r3 +20)
 1224: r2 &= r1
 1225: *(u32 *)(r10 -184) = r2
 1226: r1 = map[pipe_p0f_signatures] ll
 1228: r2 = r10
 1229: r2 += -200
 1230: call bpf_map_lookup_elem
 1231: r3 = r0
 1232: if r3 == 0 goto +13
 1233: r2 = *(u32 *)(r3 +4)
 1234: r1 = *(u64 *)(r10 -240)
 1235: if r1 == 0 goto +2
 1236: r1 = *(u64 *)(r10 -248)
 1237: if r2 <= r1 goto +8
 1238: *(u64 *)(r10 -240) = 1
 1239: *(u64 *)(r10 -248) = r2
 1240: r1 = *(u32 *)(r3 +0)
 1241: *(u32 *)(r10 -224) = r1
 1242: r1 = *(u32 *)(r3 +4)
 1243: *(u32 *)(r10 -220) = r1
 1244: r1 = *(u32 *)(r3 +8)
 1245: *(u32 *)(r10 -216) = r1
 1246: *(u32 *)(r10 -232) = 1
 1247: r1 = map[pipe_p0f_signatures_masks] ll
 1249: r2 = r10
 1250: r2 += -232
 1251: call bpf_map_lookup_elem
 1252: r3 = r0
 1253: if r3 == 0 goto +1449
 1254: r1 = *(u32 *)(r3 +0)
 1255: if r1 == 0 goto +1447
 1256: *(u32 *)(r10 -200) = 1
 1257: r2 = *(u32 *)(r10 -160)
 1258: r1 = *(u32 *)(r3 +8)
 1259: r2 &= r1
 1260: *(u32 *)(r10 -196) = r2
 1261: r2 = *(u32 *)(r10 -156)
 1262: r1 = *(u32 *)(r3 +12)
 1263: r2 &= r1
 1264: *(u32 *)(r10 -192) = r2
 1265: r2 = *(u32 *)(r10 -152)
 1266: r1 = *(u32 *)(r3 +16)
 1267: r2 &= r1
 1268: *(u32 *)(r10 -188) = r2
 1269: r2 = *(u32 *)(r10 -148)
 1270: r1 = *(u32 *)(r3 +20)
 1271: r2 &= r1
 1272: *(u32 *)(r10 -184) = r2
 1273: r1 = map[pipe_p0f_signatures] ll
 1275: r2 = r10
 1276: r2 += -200
 1277: call bpf_map_lookup_elem
 1278: r3 = r0
 1279: if r3 == 0 goto +13
 1280: r2 = *(u32 *)(r3 +4)
 1281: r1 = *(u64 *)(r10 -240)
 1282: if r1 == 0 goto +2
 1283: r1 = *(u64 *)(r10 -248)
 1284: if r2 <= r1 goto +8
 1285: *(u64 *)(r10 -240) = 1
 1286: *(u64 *)(r10 -248) = r2
 1287: r1 = *(u32 *)(r3 +0)
 1288: *(u32 *)(r10 -224) = r1
 1289: r1 = *(u32 *)(r3 +4)
 1290: *(u32 *)(r10 -220) = r1
 1291: r1 = *(u32 *)(r3 +8)
 1292: *(u32 *)(r10 -216) = r1
 1293: *(u32 *)(r10 -232) = 2
 1294: r1 = map[pipe_p0f_signatures_masks] ll
 1296: r2 = r10
 1297: r2 += -232
 1298: call bpf_map_lookup_elem
 1299: r3 = r0
 1300: if r3 == 0 goto +1402
 1301: r1 = *(u32 *)(r3 +0)
 1302: if r1 == 0 goto +1400
 1303: *(u32 *)(r10 -200) = 2
 1304: r2 = *(u32 *)(r10 -160)
 1305: r1 = *(u32 *)(r3 +8)
 1306: r2 &= r1
 1307: *(u32 *)(r10 -196) = r2
 1308: r2 = *(u32 *)(r10 -156)
 1309: r1 = *(u32 *)(r3 +12)
 1310: r2 &= r1
 1311: *(u32 *)(r10 -192) = r2
 1312: r2 = *(u32 *)(r10 -152)
 1313: r1 = *(u32 *)(r3 +16)
 1314: r2 &= r1
 1315: *(u32 *)(r10 -188) = r2
 1316: r2 = *(u32 *)(r10 -148)
 1317: r1 = *(u32 *)(r3 +20)
 1318: r2 &= r1
 1319: *(u32 *)(r10 -184) = r2
 1320: r1 = map[pipe_p0f_signatures] ll
 1322: r2 = r10
 1323: r2 += -200
 1324: call bpf_map_lookup_elem
 1325: r3 = r0
 1326: if r3 == 0 goto +13
 1327: r2 = *(u32 *)(r3 +4)
 1328: r1 = *(u64 *)(r10 -240)
 1329: if r1 == 0 goto +2
 1330: r1 = *(u64 *)(r10 -248)
 1331: if r2 <= r1 goto +8
 1332: *(u64 *)(r10 -240) = 1
 1333: *(u64 *)(r10 -248) = r2
 1334: r1 = *(u32 *)(r3 +0)
 1335: *(u32 *)(r10 -224) = r1
 1336: r1 = *(u32 *)(r3 +4)
 1337: *(u32 *)(r10 -220) = r1
 1338: r1 = *(u32 *)(r3 +8)
 1339: *(u32 *)(r10 -216) = r1
 1340: *(u32 *)(r10 -232) = 3
 1341: r1 = map[pipe_p0f_signatures_masks] ll
 1343: r2 = r10
 1344: r2 += -232
 1345: call bpf_map_lookup_elem
 1346: r3 = r0
 1347: if r3 == 0 goto +1355
 1348: r1 = *(u32 *)(r3 +0)
 1349: if r1 == 0 goto +1353
 1350: *(u32 *)(r10 -200) = 3
 1351: r2 = *(u32 *)(r10 -160)
 1352: r1 = *(u32 *)(r3 +8)
 1353: r2 &= r1
 1354: *(u32 *)(r10 -196) = r2
 1355: r2 = *(u32 *)(r10 -156)
 1356: r1 = *(u32 *)(r3 +12)
 1357: r2 &= r1
 1358: *(u32 *)(r10 -192) = r2
 1359: r2 = *(u32 *)(r10 -152)
 1360: r1 = *(u32 *)(r3 +16)
 1361: r2 &= r1
 1362: *(u32 *)(r10 -188) = r2
 1363: r2 = *(u32 *)(r10 -148)
 1364: r1 = *(u32 *)(r3 +20)
 1365: r2 &= r1
 1366: *(u32 *)(r10 -184) = r2
 1367: r1 = map[pipe_p0f_signatures] ll
 1369: r2 = r10
 1370: r2 += -200
 1371: call bpf_map_lookup_elem
 1372: r3 = r0
 1373: if r3 == 0 goto +13
 1374: r2 = *(u32 *)(r3 +4)
 1375: r1 = *(u64 *)(r10 -240)
 1376: if r1 == 0 goto +2
 1377: r1 = *(u64 *)(r10 -248)
 1378: if r2 <= r1 goto +8
 1379: *(u64 *)(r10 -240) = 1
 1380: *(u64 *)(r10 -248) = r2
 1381: r1 = *(u32 *)(r3 +0)
 1382: *(u32 *)(r10 -224) = r1
 1383: r1 = *(u32 *)(r3 +4)
 1384: *(u32 *)(r10 -220) = r1
 1385: r1 = *(u32 *)(r3 +8)
 1386: *(u32 *)(r10 -216) = r1
 1387: *(u32 *)(r10 -232) = 4
 1388: r1 = map[pipe_p0f_signatures_masks] ll
 1390: r2 = r10
 1391: r2 += -232
 1392: call bpf_map_lookup_elem
 1393: r3 = r0
 1394: if r3 == 0 goto +1308
 1395: r1 = *(u32 *)(r3 +0)
 1396: if r1 == 0 goto +1306
 1397: *(u32 *)(r10 -200) = 4
 1398: r2 = *(u32 *)(r10 -160)
 1399: r1 = *(u32 *)(r3 +8)
 1400: r2 &= r1
 1401: *(u32 *)(r10 -196) = r2
 1402: r2 = *(u32 *)(r10 -156)
 1403: r1 = *(u32 *)(r3 +12)
 1404: r2 &= r1
 1405: *(u32 *)(r10 -192) = r2
 1406: r2 = *(u32 *)(r10 -152)
 1407: r1 = *(u32 *)(r3 +16)
 1408: r2 &= r1
 1409: *(u32 *)(r10 -188) = r2
 1410: r2 = *(u32 *)(r10 -148)
 1411: r1 = *(u32 *)(r3 +20)
 1412: r2 &= r1
 1413: *(u32 *)(r10 -184) = r2
 1414: r1 = map[pipe_p0f_signatures] ll
 1416: r2 = r10
 1417: r2 += -200
 1418: call bpf_map_lookup_elem
 1419: r3 = r0
 1420: if r3 == 0 goto +13
 1421: r2 = *(u32 *)(r3 +4)
 1422: r1 = *(u64 *)(r10 -240)
 1423: if r1 == 0 goto +2
 1424: r1 = *(u64 *)(r10 -248)
 1425: if r2 <= r1 goto +8
 1426: *(u64 *)(r10 -240) = 1
 1427: *(u64 *)(r10 -248) = r2
 1428: r1 = *(u32 *)(r3 +0)
 1429: *(u32 *)(r10 -224) = r1
 1430: r1 = *(u32 *)(r3 +4)
 1431: *(u32 *)(r10 -220) = r1
 1432: r1 = *(u32 *)(r3 +8)
 1433: *(u32 *)(r10 -216) = r1
 1434: *(u32 *)(r10 -232) = 5
 1435: r1 = map[pipe_p0f_signatures_masks] ll
 1437: r2 = r10
 1438: r2 += -232
 1439: call bpf_map_lookup_elem
 1440: r3 = r0
 1441: if r3 == 0 goto +1261
 1442: r1 = *(u32 *)(r3 +0)
 1443: if r1 == 0 goto +1259
 1444: *(u32 *)(r10 -200) = 5
 1445: r2 = *(u32 *)(r10 -160)
 1446: r1 = *(u32 *)(r3 +8)
 1447: r2 &= r1
 1448: *(u32 *)(r10 -196) = r2
 1449: r2 = *(u32 *)(r10 -156)
 1450: r1 = *(u32 *)(r3 +12)
 1451: r2 &= r1
 1452: *(u32 *)(r10 -192) = r2
 1453: r2 = *(u32 *)(r10 -152)
 1454: r1 = *(u32 *)(r3 +16)
 1455: r2 &= r1
 1456: *(u32 *)(r10 -188) = r2
 1457: r2 = *(u32 *)(r10 -148)
 1458: r1 = *(u32 *)(r3 +20)
 1459: r2 &= r1
 1460: *(u32 *)(r10 -184) = r2
 1461: r1 = map[pipe_p0f_signatures] ll
 1463: r2 = r10
 1464: r2 += -200
 1465: call bpf_map_lookup_elem
 1466: r3 = r0
 1467: if r3 == 0 goto +13
 1468: r2 = *(u32 *)(r3 +4)
 1469: r1 = *(u64 *)(r10 -240)
 1470: if r1 == 0 goto +2
 1471: r1 = *(u64 *)(r10 -248)
 1472: if r2 <= r1 goto +8
 1473: *(u64 *)(r10 -240) = 1
 1474: *(u64 *)(r10 -248) = r2
 1475: r1 = *(u32 *)(r3 +0)
 1476: *(u32 *)(r10 -224) = r1
 1477: r1 = *(u32 *)(r3 +4)
 1478: *(u32 *)(r10 -220) = r1
 1479: r1 = *(u32 *)(r3 +8)
 1480: *(u32 *)(r10 -216) = r1
 1481: *(u32 *)(r10 -232) = 6
 1482: r1 = map[pipe_p0f_signatures_masks] ll
 1484: r2 = r10
 1485: r2 += -232
 1486: call bpf_map_lookup_elem
 1487: r3 = r0
 1488: if r3 == 0 goto +1214
 1489: r1 = *(u32 *)(r3 +0)
 1490: if r1 == 0 goto +1212
 1491: *(u32 *)(r10 -200) = 6
 1492: r2 = *(u32 *)(r10 -160)
 1493: r1 = *(u32 *)(r3 +8)
 1494: r2 &= r1
 1495: *(u32 *)(r10 -196) = r2
 1496: r2 = *(u32 *)(r10 -156)
 1497: r1 = *(u32 *)(r3 +12)
 1498: r2 &= r1
 1499: *(u32 *)(r10 -192) = r2
 1500: r2 = *(u32 *)(r10 -152)
 1501: r1 = *(u32 *)(r3 +16)
 1502: r2 &= r1
 1503: *(u32 *)(r10 -188) = r2
 1504: r2 = *(u32 *)(r10 -148)
 1505: r1 = *(u32 *)(r3 +20)
 1506: r2 &= r1
 1507: *(u32 *)(r10 -184) = r2
 1508: r1 = map[pipe_p0f_signatures] ll
 1510: r2 = r10
 1511: r2 += -200
 1512: call bpf_map_lookup_elem
 1513: r3 = r0
 1514: if r3 == 0 goto +13
 1515: r2 = *(u32 *)(r3 +4)
 1516: r1 = *(u64 *)(r10 -240)
 1517: if r1 == 0 goto +2
 1518: r1 = *(u64 *)(r10 -248)
 1519: if r2 <= r1 goto +8
 1520: *(u64 *)(r10 -240) = 1
 1521: *(u64 *)(r10 -248) = r2
 1522: r1 = *(u32 *)(r3 +0)
 1523: *(u32 *)(r10 -224) = r1
 1524: r1 = *(u32 *)(r3 +4)
 1525: *(u32 *)(r10 -220) = r1
 1526: r1 = *(u32 *)(r3 +8)
 1527: *(u32 *)(r10 -216) = r1
 1528: *(u32 *)(r10 -232) = 7
 1529: r1 = map[pipe_p0f_signatures_masks] ll
 1531: r2 = r10
 1532: r2 += -232
 1533: call bpf_map_lookup_elem
 1534: r3 = r0
 1535: if r3 == 0 goto +1167
 1536: r1 = *(u32 *)(r3 +0)
 1537: if r1 == 0 goto +1165
 1538: *(u32 *)(r10 -200) = 7
 1539: r2 = *(u32 *)(r10 -160)
 1540: r1 = *(u32 *)(r3 +8)
 1541: r2 &= r1
 1542: *(u32 *)(r10 -196) = r2
 1543: r2 = *(u32 *)(r10 -156)
 1544: r1 = *(u32 *)(r3 +12)
 1545: r2 &= r1
 1546: *(u32 *)(r10 -192) = r2
 1547: r2 = *(u32 *)(r10 -152)
 1548: r1 = *(u32 *)(r3 +16)
 1549: r2 &= r1
 1550: *(u32 *)(r10 -188) = r2
 1551: r2 = *(u32 *)(r10 -148)
 1552: r1 = *(u32 *)(r3 +20)
 1553: r2 &= r1
 1554: *(u32 *)(r10 -184) = r2
 1555: r1 = map[pipe_p0f_signatures] ll
 1557: r2 = r10
 1558: r2 += -200
 1559: call bpf_map_lookup_elem
 1560: r3 = r0
 1561: if r3 == 0 goto +13
 1562: r2 = *(u32 *)(r3 +4)
 1563: r1 = *(u64 *)(r10 -240)
 1564: if r1 == 0 goto +2
 1565: r1 = *(u64 *)(r10 -248)
 1566: if r2 <= r1 goto +8
 1567: *(u64 *)(r10 -240) = 1
 1568: *(u64 *)(r10 -248) = r2
 1569: r1 = *(u32 *)(r3 +0)
 1570: *(u32 *)(r10 -224) = r1
 1571: r1 = *(u32 *)(r3 +4)
 1572: *(u32 *)(r10 -220) = r1
 1573: r1 = *(u32 *)(r3 +8)
 1574: *(u32 *)(r10 -216) = r1
 1575: *(u32 *)(r10 -232) = 8
 1576: r1 = map[pipe_p0f_signatures_masks] ll
 1578: r2 = r10
 1579: r2 += -232
 1580: call bpf_map_lookup_elem
 1581: r3 = r0
 1582: if r3 == 0 goto +1120
 1583: r1 = *(u32 *)(r3 +0)
 1584: if r1 == 0 goto +1118
 1585: *(u32 *)(r10 -200) = 8
 1586: r2 = *(u32 *)(r10 -160)
 1587: r1 = *(u32 *)(r3 +8)
 1588: r2 &= r1
 1589: *(u32 *)(r10 -196) = r2
 1590: r2 = *(u32 *)(r10 -156)
 1591: r1 = *(u32 *)(r3 +12)
 1592: r2 &= r1
 1593: *(u32 *)(r10 -192) = r2
 1594: r2 = *(u32 *)(r10 -152)
 1595: r1 = *(u32 *)(r3 +16)
 1596: r2 &= r1
 1597: *(u32 *)(r10 -188) = r2
 1598: r2 = *(u32 *)(r10 -148)
 1599: r1 = *(u32 *)(r3 +20)
 1600: r2 &= r1
 1601: *(u32 *)(r10 -184) = r2
 1602: r1 = map[pipe_p0f_signatures] ll
 1604: r2 = r10
 1605: r2 += -200
 1606: call bpf_map_lookup_elem
 1607: r3 = r0
 1608: if r3 == 0 goto +13
 1609: r2 = *(u32 *)(r3 +4)
 1610: r1 = *(u64 *)(r10 -240)
 1611: if r1 == 0 goto +2
 1612: r1 = *(u64 *)(r10 -248)
 1613: if r2 <= r1 goto +8
 1614: *(u64 *)(r10 -240) = 1
 1615: *(u64 *)(r10 -248) = r2
 1616: r1 = *(u32 *)(r3 +0)
 1617: *(u32 *)(r10 -224) = r1
 1618: r1 = *(u32 *)(r3 +4)
 1619: *(u32 *)(r10 -220) = r1
 1620: r1 = *(u32 *)(r3 +8)
 1621: *(u32 *)(r10 -216) = r1
 1622: *(u32 *)(r10 -232) = 9
 1623: r1 = map[pipe_p0f_signatures_masks] ll
 1625: r2 = r10
 1626: r2 += -232
 1627: call bpf_map_lookup_elem
 1628: r3 = r0
 1629: if r3 == 0 goto +1073
 1630: r1 = *(u32 *)(r3 +0)
 1631: if r1 == 0 goto +1071
 1632: *(u32 *)(r10 -200) = 9
 1633: r2 = *(u32 *)(r10 -160)
 1634: r1 = *(u32 *)(r3 +8)
 1635: r2 &= r1
 1636: *(u32 *)(r10 -196) = r2
 1637: r2 = *(u32 *)(r10 -156)
 1638: r1 = *(u32 *)(r3 +12)
 1639: r2 &= r1
 1640: *(u32 *)(r10 -192) = r2
 1641: r2 = *(u32 *)(r10 -152)
 1642: r1 = *(u32 *)(r3 +16)
 1643: r2 &= r1
 1644: *(u32 *)(r10 -188) = r2
 1645: r2 = *(u32 *)(r10 -148)
 1646: r1 = *(u32 *)(r3 +20)
 1647: r2 &= r1
 1648: *(u32 *)(r10 -184) = r2
 1649: r1 = map[pipe_p0f_signatures] ll
 1651: r2 = r10
 1652: r2 += -200
 1653: call bpf_map_lookup_elem
 1654: r3 = r0
 1655: if r3 == 0 goto +13
 1656: r2 = *(u32 *)(r3 +4)
 1657: r1 = *(u64 *)(r10 -240)
 1658: if r1 == 0 goto +2
 1659: r1 = *(u64 *)(r10 -248)
 1660: if r2 <= r1 goto +8
 1661: *(u64 *)(r10 -240) = 1
 1662: *(u64 *)(r10 -248) = r2
 1663: r1 = *(u32 *)(r3 +0)
 1664: *(u32 *)(r10 -224) = r1
 1665: r1 = *(u32 *)(r3 +4)
 1666: *(u32 *)(r10 -220) = r1
 1667: r1 = *(u32 *)(r3 +8)
 1668: *(u32 *)(r10 -216) = r1
 1669: *(u32 *)(r10 -232) = 10
 1670: r1 = map[pipe_p0f_signatures_masks] ll
 1672: r2 = r10
 1673: r2 += -232
 1674: call bpf_map_lookup_elem
 1675: r3 = r0
 1676: if r3 == 0 goto +1026
 1677: r1 = *(u32 *)(r3 +0)
 1678: if r1 == 0 goto +1024
 1679: *(u32 *)(r10 -200) = 10
 1680: r2 = *(u32 *)(r10 -160)
 1681: r1 = *(u32 *)(r3 +8)
 1682: r2 &= r1
 1683: *(u32 *)(r10 -196) = r2
 1684: r2 = *(u32 *)(r10 -156)
 1685: r1 = *(u32 *)(r3 +12)
 1686: r2 &= r1
 1687: *(u32 *)(r10 -192) = r2
 1688: r2 = *(u32 *)(r10 -152)
 1689: r1 = *(u32 *)(r3 +16)
 1690: r2 &= r1
 1691: *(u32 *)(r10 -188) = r2
 1692: r2 = *(u32 *)(r10 -148)
 1693: r1 = *(u32 *)(r3 +20)
 1694: r2 &= r1
 1695: *(u32 *)(r10 -184) = r2
 1696: r1 = map[pipe_p0f_signatures] ll
 1698: r2 = r10
 1699: r2 += -200
 1700: call bpf_map_lookup_elem
 1701: r3 = r0
 1702: if r3 == 0 goto +13
 1703: r2 = *(u32 *)(r3 +4)
 1704: r1 = *(u64 *)(r10 -240)
 1705: if r1 == 0 goto +2
 1706: r1 = *(u64 *)(r10 -248)
 1707: if r2 <= r1 goto +8
 1708: *(u64 *)(r10 -240) = 1
 1709: *(u64 *)(r10 -248) = r2
 1710: r1 = *(u32 *)(r3 +0)
 1711: *(u32 *)(r10 -224) = r1
 1712: r1 = *(u32 *)(r3 +4)
 1713: *(u32 *)(r10 -220) = r1
 1714: r1 = *(u32 *)(r3 +8)
 1715: *(u32 *)(r10 -216) = r1
 1716: *(u32 *)(r10 -232) = 11
 1717: r1 = map[pipe_p0f_signatures_masks] ll
 1719: r2 = r10
 1720: r2 += -232
 1721: call bpf_map_lookup_elem
 1722: r3 = r0
 1723: if r3 == 0 goto +979
 1724: r1 = *(u32 *)(r3 +0)
 1725: if r1 == 0 goto +977
 1726: *(u32 *)(r10 -200) = 11
 1727: r2 = *(u32 *)(r10 -160)
 1728: r1 = *(u32 *)(r3 +8)
 1729: r2 &= r1
 1730: *(u32 *)(r10 -196) = r2
 1731: r2 = *(u32 *)(r10 -156)
 1732: r1 = *(u32 *)(r3 +12)
 1733: r2 &= r1
 1734: *(u32 *)(r10 -192) = r2
 1735: r2 = *(u32 *)(r10 -152)
 1736: r1 = *(u32 *)(r3 +16)
 1737: r2 &= r1
 1738: *(u32 *)(r10 -188) = r2
 1739: r2 = *(u32 *)(r10 -148)
 1740: r1 = *(u32 *)(r3 +20)
 1741: r2 &= r1
 1742: *(u32 *)(r10 -184) = r2
 1743: r1 = map[pipe_p0f_signatures] ll
 1745: r2 = r10
 1746: r2 += -200
 1747: call bpf_map_lookup_elem
 1748: r3 = r0
 1749: if r3 == 0 goto +13
 1750: r2 = *(u32 *)(r3 +4)
 1751: r1 = *(u64 *)(r10 -240)
 1752: if r1 == 0 goto +2
 1753: r1 = *(u64 *)(r10 -248)
 1754: if r2 <= r1 goto +8
 1755: *(u64 *)(r10 -240) = 1
 1756: *(u64 *)(r10 -248) = r2
 1757: r1 = *(u32 *)(r3 +0)
 1758: *(u32 *)(r10 -224) = r1
 1759: r1 = *(u32 *)(r3 +4)
 1760: *(u32 *)(r10 -220) = r1
 1761: r1 = *(u32 *)(r3 +8)
 1762: *(u32 *)(r10 -216) = r1
 1763: *(u32 *)(r10 -232) = 12
 1764: r1 = map[pipe_p0f_signatures_masks] ll
 1766: r2 = r10
 1767: r2 += -232
 1768: call bpf_map_lookup_elem
 1769: r3 = r0
 1770: if r3 == 0 goto +932
 1771: r1 = *(u32 *)(r3 +0)
 1772: if r1 == 0 goto +930
 1773: *(u32 *)(r10 -200) = 12
 1774: r2 = *(u32 *)(r10 -160)
 1775: r1 = *(u32 *)(r3 +8)
 1776: r2 &= r1
 1777: *(u32 *)(r10 -196) = r2
 1778: r2 = *(u32 *)(r10 -156)
 1779: r1 = *(u32 *)(r3 +12)
 1780: r2 &= r1
 1781: *(u32 *)(r10 -192) = r2
 1782: r2 = *(u32 *)(r10 -152)
 1783: r1 = *(u32 *)(r3 +16)
 1784: r2 &= r1
 1785: *(u32 *)(r10 -188) = r2
 1786: r2 = *(u32 *)(r10 -148)
 1787: r1 = *(u32 *)(r3 +20)
 1788: r2 &= r1
 1789: *(u32 *)(r10 -184) = r2
 1790: r1 = map[pipe_p0f_signatures] ll
 1792: r2 = r10
 1793: r2 += -200
 1794: call bpf_map_lookup_elem
 1795: r3 = r0
 1796: if r3 == 0 goto +13
 1797: r2 = *(u32 *)(r3 +4)
 1798: r1 = *(u64 *)(r10 -240)
 1799: if r1 == 0 goto +2
 1800: r1 = *(u64 *)(r10 -248)
 1801: if r2 <= r1 goto +8
 1802: *(u64 *)(r10 -240) = 1
 1803: *(u64 *)(r10 -248) = r2
 1804: r1 = *(u32 *)(r3 +0)
 1805: *(u32 *)(r10 -224) = r1
 1806: r1 = *(u32 *)(r3 +4)
 1807: *(u32 *)(r10 -220) = r1
 1808: r1 = *(u32 *)(r3 +8)
 1809: *(u32 *)(r10 -216) = r1
 1810: *(u32 *)(r10 -232) = 13
 1811: r1 = map[pipe_p0f_signatures_masks] ll
 1813: r2 = r10
 1814: r2 += -232
 1815: call bpf_map_lookup_elem
 1816: r3 = r0
 1817: if r3 == 0 goto +885
 1818: r1 = *(u32 *)(r3 +0)
 1819: if r1 == 0 goto +883
 1820: *(u32 *)(r10 -200) = 13
 1821: r2 = *(u32 *)(r10 -160)
 1822: r1 = *(u32 *)(r3 +8)
 1823: r2 &= r1
 1824: *(u32 *)(r10 -196) = r2
 1825: r2 = *(u32 *)(r10 -156)
 1826: r1 = *(u32 *)(r3 +12)
 1827: r2 &= r1
 1828: *(u32 *)(r10 -192) = r2
 1829: r2 = *(u32 *)(r10 -152)
 1830: r1 = *(u32 *)(r3 +16)
 1831: r2 &= r1
 1832: *(u32 *)(r10 -188) = r2
 1833: r2 = *(u32 *)(r10 -148)
 1834: r1 = *(u32 *)(r3 +20)
 1835: r2 &= r1
 1836: *(u32 *)(r10 -184) = r2
 1837: r1 = map[pipe_p0f_signatures] ll
 1839: r2 = r10
 1840: r2 += -200
 1841: call bpf_map_lookup_elem
 1842: r3 = r0
 1843: if r3 == 0 goto +13
 1844: r2 = *(u32 *)(r3 +4)
 1845: r1 = *(u64 *)(r10 -240)
 1846: if r1 == 0 goto +2
 1847: r1 = *(u64 *)(r10 -248)
 1848: if r2 <= r1 goto +8
 1849: *(u64 *)(r10 -240) = 1
 1850: *(u64 *)(r10 -248) = r2
 1851: r1 = *(u32 *)(r3 +0)
 1852: *(u32 *)(r10 -224) = r1
 1853: r1 = *(u32 *)(r3 +4)
 1854: *(u32 *)(r10 -220) = r1
 1855: r1 = *(u32 *)(r3 +8)
 1856: *(u32 *)(r10 -216) = r1
 1857: *(u32 *)(r10 -232) = 14
 1858: r1 = map[pipe_p0f_signatures_masks] ll
 1860: r2 = r10
 1861: r2 += -232
 1862: call bpf_map_lookup_elem
 1863: r3 = r0
 1864: if r3 == 0 goto +838
 1865: r1 = *(u32 *)(r3 +0)
 1866: if r1 == 0 goto +836
 1867: *(u32 *)(r10 -200) = 14
 1868: r2 = *(u32 *)(r10 -160)
 1869: r1 = *(u32 *)(r3 +8)
 1870: r2 &= r1
 1871: *(u32 *)(r10 -196) = r2
 1872: r2 = *(u32 *)(r10 -156)
 1873: r1 = *(u32 *)(r3 +12)
 1874: r2 &= r1
 1875: *(u32 *)(r10 -192) = r2
 1876: r2 = *(u32 *)(r10 -152)
 1877: r1 = *(u32 *)(r3 +16)
 1878: r2 &= r1
 1879: *(u32 *)(r10 -188) = r2
 1880: r2 = *(u32 *)(r10 -148)
 1881: r1 = *(u32 *)(r3 +20)
 1882: r2 &= r1
 1883: *(u32 *)(r10 -184) = r2
 1884: r1 = map[pipe_p0f_signatures] ll
 1886: r2 = r10
 1887: r2 += -200
 1888: call bpf_map_lookup_elem
 1889: r3 = r0
 1890: if r3 == 0 goto +13
 1891: r2 = *(u32 *)(r3 +4)
 1892: r1 = *(u64 *)(r10 -240)
 1893: if r1 == 0 goto +2
 1894: r1 = *(u64 *)(r10 -248)
 1895: if r2 <= r1 goto +8
 1896: *(u64 *)(r10 -240) = 1
 1897: *(u64 *)(r10 -248) = r2
 1898: r1 = *(u32 *)(r3 +0)
 1899: *(u32 *)(r10 -224) = r1
 1900: r1 = *(u32 *)(r3 +4)
 1901: *(u32 *)(r10 -220) = r1
 1902: r1 = *(u32 *)(r3 +8)
 1903: *(u32 *)(r10 -216) = r1
 1904: *(u32 *)(r10 -232) = 15
 1905: r1 = map[pipe_p0f_signatures_masks] ll
 1907: r2 = r10
 1908: r2 += -232
 1909: call bpf_map_lookup_elem
 1910: r3 = r0
 1911: if r3 == 0 goto +791
 1912: r1 = *(u32 *)(r3 +0)
 1913: if r1 == 0 goto +789
 1914: *(u32 *)(r10 -200) = 15
 1915: r2 = *(u32 *)(r10 -160)
 1916: r1 = *(u32 *)(r3 +8)
 1917: r2 &= r1
 1918: *(u32 *)(r10 -196) = r2
 1919: r2 = *(u32 *)(r10 -156)
 1920: r1 = *(u32 *)(r3 +12)
 1921: r2 &= r1
 1922: *(u32 *)(r10 -192) = r2
 1923: r2 = *(u32 *)(r10 -152)
 1924: r1 = *(u32 *)(r3 +16)
 1925: r2 &= r1
 1926: *(u32 *)(r10 -188) = r2
 1927: r2 = *(u32 *)(r10 -148)
 1928: r1 = *(u32 *)(r3 +20)
 1929: r2 &= r1
 1930: *(u32 *)(r10 -184) = r2
 1931: r1 = map[pipe_p0f_signatures] ll
 1933: r2 = r10
 1934: r2 += -200
 1935: call bpf_map_lookup_elem
 1936: r3 = r0
 1937: if r3 == 0 goto +13
 1938: r2 = *(u32 *)(r3 +4)
 1939: r1 = *(u64 *)(r10 -240)
 1940: if r1 == 0 goto +2
 1941: r1 = *(u64 *)(r10 -248)
 1942: if r2 <= r1 goto +8
 1943: *(u64 *)(r10 -240) = 1
 1944: *(u64 *)(r10 -248) = r2
 1945: r1 = *(u32 *)(r3 +0)
 1946: *(u32 *)(r10 -224) = r1
 1947: r1 = *(u32 *)(r3 +4)
 1948: *(u32 *)(r10 -220) = r1
 1949: r1 = *(u32 *)(r3 +8)
 1950: *(u32 *)(r10 -216) = r1
 1951: *(u32 *)(r10 -232) = 16
 1952: r1 = map[pipe_p0f_signatures_masks] ll
 1954: r2 = r10
 1955: r2 += -232
 1956: call bpf_map_lookup_elem
 1957: r3 = r0
 1958: if r3 == 0 goto +744
 1959: r1 = *(u32 *)(r3 +0)
 1960: if r1 == 0 goto +742
 1961: *(u32 *)(r10 -200) = 16
 1962: r2 = *(u32 *)(r10 -160)
 1963: r1 = *(u32 *)(r3 +8)
 1964: r2 &= r1
 1965: *(u32 *)(r10 -196) = r2
 1966: r2 = *(u32 *)(r10 -156)
 1967: r1 = *(u32 *)(r3 +12)
 1968: r2 &= r1
 1969: *(u32 *)(r10 -192) = r2
 1970: r2 = *(u32 *)(r10 -152)
 1971: r1 = *(u32 *)(r3 +16)
 1972: r2 &= r1
 1973: *(u32 *)(r10 -188) = r2
 1974: r2 = *(u32 *)(r10 -148)
 1975: r1 = *(u32 *)(r3 +20)
 1976: r2 &= r1
 1977: *(u32 *)(r10 -184) = r2
 1978: r1 = map[pipe_p0f_signatures] ll
 1980: r2 = r10
 1981: r2 += -200
 1982: call bpf_map_lookup_elem
 1983: r3 = r0
 1984: if r3 == 0 goto +13
 1985: r2 = *(u32 *)(r3 +4)
 1986: r1 = *(u64 *)(r10 -240)
 1987: if r1 == 0 goto +2
 1988: r1 = *(u64 *)(r10 -248)
 1989: if r2 <= r1 goto +8
 1990: *(u64 *)(r10 -240) = 1
 1991: *(u64 *)(r10 -248) = r2
 1992: r1 = *(u32 *)(r3 +0)
 1993: *(u32 *)(r10 -224) = r1
 1994: r1 = *(u32 *)(r3 +4)
 1995: *(u32 *)(r10 -220) = r1
 1996: r1 = *(u32 *)(r3 +8)
 1997: *(u32 *)(r10 -216) = r1
 1998: *(u32 *)(r10 -232) = 17
 1999: r1 = map[pipe_p0f_signatures_masks] ll
 2001: r2 = r10
 2002: r2 += -232
 2003: call bpf_map_lookup_elem
 2004: r3 = r0
 2005: if r3 == 0 goto +697
 2006: r1 = *(u32 *)(r3 +0)
 2007: if r1 == 0 goto +695
 2008: *(u32 *)(r10 -200) = 17
 2009: r2 = *(u32 *)(r10 -160)
 2010: r1 = *(u32 *)(r3 +8)
 2011: r2 &= r1
 2012: *(u32 *)(r10 -196) = r2
 2013: r2 = *(u32 *)(r10 -156)
 2014: r1 = *(u32 *)(r3 +12)
 2015: r2 &= r1
 2016: *(u32 *)(r10 -192) = r2
 2017: r2 = *(u32 *)(r10 -152)
 2018: r1 = *(u32 *)(r3 +16)
 2019: r2 &= r1
 2020: *(u32 *)(r10 -188) = r2
 2021: r2 = *(u32 *)(r10 -148)
 2022: r1 = *(u32 *)(r3 +20)
 2023: r2 &= r1
 2024: *(u32 *)(r10 -184) = r2
 2025: r1 = map[pipe_p0f_signatures] ll
 2027: r2 = r10
 2028: r2 += -200
 2029: call bpf_map_lookup_elem
 2030: r3 = r0
 2031: if r3 == 0 goto +13
 2032: r2 = *(u32 *)(r3 +4)
 2033: r1 = *(u64 *)(r10 -240)
 2034: if r1 == 0 goto +2
 2035: r1 = *(u64 *)(r10 -248)
 2036: if r2 <= r1 goto +8
 2037: *(u64 *)(r10 -240) = 1
 2038: *(u64 *)(r10 -248) = r2
 2039: r1 = *(u32 *)(r3 +0)
 2040: *(u32 *)(r10 -224) = r1
 2041: r1 = *(u32 *)(r3 +4)
 2042: *(u32 *)(r10 -220) = r1
 2043: r1 = *(u32 *)(r3 +8)
 2044: *(u32 *)(r10 -216) = r1
 2045: *(u32 *)(r10 -232) = 18
 2046: r1 = map[pipe_p0f_signatures_masks] ll
 2048: r2 = r10
 2049: r2 += -232
 2050: call bpf_map_lookup_elem
 2051: r3 = r0
 2052: if r3 == 0 goto +650
 2053: r1 = *(u32 *)(r3 +0)
 2054: if r1 == 0 goto +648
 2055: *(u32 *)(r10 -200) = 18
 2056: r2 = *(u32 *)(r10 -160)
 2057: r1 = *(u32 *)(r3 +8)
 2058: r2 &= r1
 2059: *(u32 *)(r10 -196) = r2
 2060: r2 = *(u32 *)(r10 -156)
 2061: r1 = *(u32 *)(r3 +12)
 2062: r2 &= r1
 2063: *(u32 *)(r10 -192) = r2
 2064: r2 = *(u32 *)(r10 -152)
 2065: r1 = *(u32 *)(r3 +16)
 2066: r2 &= r1
 2067: *(u32 *)(r10 -188) = r2
 2068: r2 = *(u32 *)(r10 -148)
 2069: r1 = *(u32 *)(r3 +20)
 2070: r2 &= r1
 2071: *(u32 *)(r10 -184) = r2
 2072: r1 = map[pipe_p0f_signatures] ll
 2074: r2 = r10
 2075: r2 += -200
 2076: call bpf_map_lookup_elem
 2077: r3 = r0
 2078: if r3 == 0 goto +13
 2079: r2 = *(u32 *)(r3 +4)
 2080: r1 = *(u64 *)(r10 -240)
 2081: if r1 == 0 goto +2
 2082: r1 = *(u64 *)(r10 -248)
 2083: if r2 <= r1 goto +8
 2084: *(u64 *)(r10 -240) = 1
 2085: *(u64 *)(r10 -248) = r2
 2086: r1 = *(u32 *)(r3 +0)
 2087: *(u32 *)(r10 -224) = r1
 2088: r1 = *(u32 *)(r3 +4)
 2089: *(u32 *)(r10 -220) = r1
 2090: r1 = *(u32 *)(r3 +8)
 2091: *(u32 *)(r10 -216) = r1
 2092: *(u32 *)(r10 -232) = 19
 2093: r1 = map[pipe_p0f_signatures_masks] ll
 2095: r2 = r10
 2096: r2 += -232
 2097: call bpf_map_lookup_elem
 2098: r3 = r0
 2099: if r3 == 0 goto +603
 2100: r1 = *(u32 *)(r3 +0)
 2101: if r1 == 0 goto +601
 2102: *(u32 *)(r10 -200) = 19
 2103: r2 = *(u32 *)(r10 -160)
 2104: r1 = *(u32 *)(r3 +8)
 2105: r2 &= r1
 2106: *(u32 *)(r10 -196) = r2
 2107: r2 = *(u32 *)(r10 -156)
 2108: r1 = *(u32 *)(r3 +12)
 2109: r2 &= r1
 2110: *(u32 *)(r10 -192) = r2
 2111: r2 = *(u32 *)(r10 -152)
 2112: r1 = *(u32 *)(r3 +16)
 2113: r2 &= r1
 2114: *(u32 *)(r10 -188) = r2
 2115: r2 = *(u32 *)(r10 -148)
 2116: r1 = *(u32 *)(r3 +20)
 2117: r2 &= r1
 2118: *(u32 *)(r10 -184) = r2
 2119: r1 = map[pipe_p0f_signatures] ll
 2121: r2 = r10
 2122: r2 += -200
 2123: call bpf_map_lookup_elem
 2124: r3 = r0
 2125: if r3 == 0 goto +13
 2126: r2 = *(u32 *)(r3 +4)
 2127: r1 = *(u64 *)(r10 -240)
 2128: if r1 == 0 goto +2
 2129: r1 = *(u64 *)(r10 -248)
 2130: if r2 <= r1 goto +8
 2131: *(u64 *)(r10 -240) = 1
 2132: *(u64 *)(r10 -248) = r2
 2133: r1 = *(u32 *)(r3 +0)
 2134: *(u32 *)(r10 -224) = r1
 2135: r1 = *(u32 *)(r3 +4)
 2136: *(u32 *)(r10 -220) = r1
 2137: r1 = *(u32 *)(r3 +8)
 2138: *(u32 *)(r10 -216) = r1
 2139: *(u32 *)(r10 -232) = 20
 2140: r1 = map[pipe_p0f_signatures_masks] ll
 2142: r2 = r10
 2143: r2 += -232
 2144: call bpf_map_lookup_elem
 2145: r3 = r0
 2146: if r3 == 0 goto +556
 2147: r1 = *(u32 *)(r3 +0)
 2148: if r1 == 0 goto +554
 2149: *(u32 *)(r10 -200) = 20
 2150: r2 = *(u32 *)(r10 -160)
 2151: r1 = *(u32 *)(r3 +8)
 2152: r2 &= r1
 2153: *(u32 *)(r10 -196) = r2
 2154: r2 = *(u32 *)(r10 -156)
 2155: r1 = *(u32 *)(r3 +12)
 2156: r2 &= r1
 2157: *(u32 *)(r10 -192) = r2
 2158: r2 = *(u32 *)(r10 -152)
 2159: r1 = *(u32 *)(r3 +16)
 2160: r2 &= r1
 2161: *(u32 *)(r10 -188) = r2
 2162: r2 = *(u32 *)(r10 -148)
 2163: r1 = *(u32 *)(r3 +20)
 2164: r2 &= r1
 2165: *(u32 *)(r10 -184) = r2
 2166: r1 = map[pipe_p0f_signatures] ll
 2168: r2 = r10
 2169: r2 += -200
 2170: call bpf_map_lookup_elem
 2171: r3 = r0
 2172: if r3 == 0 goto +13
 2173: r2 = *(u32 *)(r3 +4)
 2174: r1 = *(u64 *)(r10 -240)
 2175: if r1 == 0 goto +2
 2176: r1 = *(u64 *)(r10 -248)
 2177: if r2 <= r1 goto +8
 2178: *(u64 *)(r10 -240) = 1
 2179: *(u64 *)(r10 -248) = r2
 2180: r1 = *(u32 *)(r3 +0)
 2181: *(u32 *)(r10 -224) = r1
 2182: r1 = *(u32 *)(r3 +4)
 2183: *(u32 *)(r10 -220) = r1
 2184: r1 = *(u32 *)(r3 +8)
 2185: *(u32 *)(r10 -216) = r1
 2186: *(u32 *)(r10 -232) = 21
 2187: r1 = map[pipe_p0f_signatures_masks] ll
 2189: r2 = r10
 2190: r2 += -232
 2191: call bpf_map_lookup_elem
 2192: r3 = r0
 2193: if r3 == 0 goto +509
 2194: r1 = *(u32 *)(r3 +0)
 2195: if r1 == 0 goto +507
 2196: *(u32 *)(r10 -200) = 21
 2197: r2 = *(u32 *)(r10 -160)
 2198: r1 = *(u32 *)(r3 +8)
 2199: r2 &= r1
 2200: *(u32 *)(r10 -196) = r2
 2201: r2 = *(u32 *)(r10 -156)
 2202: r1 = *(u32 *)(r3 +12)
 2203: r2 &= r1
 2204: *(u32 *)(r10 -192) = r2
 2205: r2 = *(u32 *)(r10 -152)
 2206: r1 = *(u32 *)(r3 +16)
 2207: r2 &= r1
 2208: *(u32 *)(r10 -188) = r2
 2209: r2 = *(u32 *)(r10 -148)
 2210: r1 = *(u32 *)(r3 +20)
 2211: r2 &= r1
 2212: *(u32 *)(r10 -184) = r2
 2213: r1 = map[pipe_p0f_signatures] ll
 2215: r2 = r10
 2216: r2 += -200
 2217: call bpf_map_lookup_elem
 2218: r3 = r0
 2219: if r3 == 0 goto +13
 2220: r2 = *(u32 *)(r3 +4)
 2221: r1 = *(u64 *)(r10 -240)
 2222: if r1 == 0 goto +2
 2223: r1 = *(u64 *)(r10 -248)
 2224: if r2 <= r1 goto +8
 2225: *(u64 *)(r10 -240) = 1
 2226: *(u64 *)(r10 -248) = r2
 2227: r1 = *(u32 *)(r3 +0)
 2228: *(u32 *)(r10 -224) = r1
 2229: r1 = *(u32 *)(r3 +4)
 2230: *(u32 *)(r10 -220) = r1
 2231: r1 = *(u32 *)(r3 +8)
 2232: *(u32 *)(r10 -216) = r1
 2233: *(u32 *)(r10 -232) = 22
 2234: r1 = map[pipe_p0f_signatures_masks] ll
 2236: r2 = r10
 2237: r2 += -232
 2238: call bpf_map_lookup_elem
 2239: r3 = r0
 2240: if r3 == 0 goto +462
 2241: r1 = *(u32 *)(r3 +0)
 2242: if r1 == 0 goto +460
 2243: *(u32 *)(r10 -200) = 22
 2244: r2 = *(u32 *)(r10 -160)
 2245: r1 = *(u32 *)(r3 +8)
 2246: r2 &= r1
 2247: *(u32 *)(r10 -196) = r2
 2248: r2 = *(u32 *)(r10 -156)
 2249: r1 = *(u32 *)(r3 +12)
 2250: r2 &= r1
 2251: *(u32 *)(r10 -192) = r2
 2252: r2 = *(u32 *)(r10 -152)
 2253: r1 = *(u32 *)(r3 +16)
 2254: r2 &= r1
 2255: *(u32 *)(r10 -188) = r2
 2256: r2 = *(u32 *)(r10 -148)
 2257: r1 = *(u32 *)(r3 +20)
 2258: r2 &= r1
 2259: *(u32 *)(r10 -184) = r2
 2260: r1 = map[pipe_p0f_signatures] ll
 2262: r2 = r10
 2263: r2 += -200
 2264: call bpf_map_lookup_elem
 2265: r3 = r0
 2266: if r3 == 0 goto +13
 2267: r2 = *(u32 *)(r3 +4)
 2268: r1 = *(u64 *)(r10 -240)
 2269: if r1 == 0 goto +2
 2270: r1 = *(u64 *)(r10 -248)
 2271: if r2 <= r1 goto +8
 2272: *(u64 *)(r10 -240) = 1
 2273: *(u64 *)(r10 -248) = r2
 2274: r1 = *(u32 *)(r3 +0)
 2275: *(u32 *)(r10 -224) = r1
 2276: r1 = *(u32 *)(r3 +4)
 2277: *(u32 *)(r10 -220) = r1
 2278: r1 = *(u32 *)(r3 +8)
 2279: *(u32 *)(r10 -216) = r1
 2280: *(u32 *)(r10 -232) = 23
 2281: r1 = map[pipe_p0f_signatures_masks] ll
 2283: r2 = r10
 2284: r2 += -232
 2285: call bpf_map_lookup_elem
 2286: r3 = r0
 2287: if r3 == 0 goto +415
 2288: r1 = *(u32 *)(r3 +0)
 2289: if r1 == 0 goto +413
 2290: *(u32 *)(r10 -200) = 23
 2291: r2 = *(u32 *)(r10 -160)
 2292: r1 = *(u32 *)(r3 +8)
 2293: r2 &= r1
 2294: *(u32 *)(r10 -196) = r2
 2295: r2 = *(u32 *)(r10 -156)
 2296: r1 = *(u32 *)(r3 +12)
 2297: r2 &= r1
 2298: *(u32 *)(r10 -192) = r2
 2299: r2 = *(u32 *)(r10 -152)
 2300: r1 = *(u32 *)(r3 +16)
 2301: r2 &= r1
 2302: *(u32 *)(r10 -188) = r2
 2303: r2 = *(u32 *)(r10 -148)
 2304: r1 = *(u32 *)(r3 +20)
 2305: r2 &= r1
 2306: *(u32 *)(r10 -184) = r2
 2307: r1 = map[pipe_p0f_signatures] ll
 2309: r2 = r10
 2310: r2 += -200
 2311: call bpf_map_lookup_elem
 2312: r3 = r0
 2313: if r3 == 0 goto +13
 2314: r2 = *(u32 *)(r3 +4)
 2315: r1 = *(u64 *)(r10 -240)
 2316: if r1 == 0 goto +2
 2317: r1 = *(u64 *)(r10 -248)
 2318: if r2 <= r1 goto +8
 2319: *(u64 *)(r10 -240) = 1
 2320: *(u64 *)(r10 -248) = r2
 2321: r1 = *(u32 *)(r3 +0)
 2322: *(u32 *)(r10 -224) = r1
 2323: r1 = *(u32 *)(r3 +4)
 2324: *(u32 *)(r10 -220) = r1
 2325: r1 = *(u32 *)(r3 +8)
 2326: *(u32 *)(r10 -216) = r1
 2327: *(u32 *)(r10 -232) = 24
 2328: r1 = map[pipe_p0f_signatures_masks] ll
 2330: r2 = r10
 2331: r2 += -232
 2332: call bpf_map_lookup_elem
 2333: r3 = r0
 2334: if r3 == 0 goto +368
 2335: r1 = *(u32 *)(r3 +0)
 2336: if r1 == 0 goto +366
 2337: *(u32 *)(r10 -200) = 24
 2338: r2 = *(u32 *)(r10 -160)
 2339: r1 = *(u32 *)(r3 +8)
 2340: r2 &= r1
 2341: *(u32 *)(r10 -196) = r2
 2342: r2 = *(u32 *)(r10 -156)
 2343: r1 = *(u32 *)(r3 +12)
 2344: r2 &= r1
 2345: *(u32 *)(r10 -192) = r2
 2346: r2 = *(u32 *)(r10 -152)
 2347: r1 = *(u32 *)(r3 +16)
 2348: r2 &= r1
 2349: *(u32 *)(r10 -188) = r2
 2350: r2 = *(u32 *)(r10 -148)
 2351: r1 = *(u32 *)(r3 +20)
 2352: r2 &= r1
 2353: *(u32 *)(r10 -184) = r2
 2354: r1 = map[pipe_p0f_signatures] ll
 2356: r2 = r10
 2357: r2 += -200
 2358: call bpf_map_lookup_elem
 2359: r3 = r0
 2360: if r3 == 0 goto +13
 2361: r2 = *(u32 *)(r3 +4)
 2362: r1 = *(u64 *)(r10 -240)
 2363: if r1 == 0 goto +2
 2364: r1 = *(u64 *)(r10 -248)
 2365: if r2 <= r1 goto +8
 2366: *(u64 *)(r10 -240) = 1
 2367: *(u64 *)(r10 -248) = r2
 2368: r1 = *(u32 *)(r3 +0)
 2369: *(u32 *)(r10 -224) = r1
 2370: r1 = *(u32 *)(r3 +4)
 2371: *(u32 *)(r10 -220) = r1
 2372: r1 = *(u32 *)(r3 +8)
 2373: *(u32 *)(r10 -216) = r1
 2374: *(u32 *)(r10 -232) = 25
 2375: r1 = map[pipe_p0f_signatures_masks] ll
 2377: r2 = r10
 2378: r2 += -232
 2379: call bpf_map_lookup_elem
 2380: r3 = r0
 2381: if r3 == 0 goto +321
 2382: r1 = *(u32 *)(r3 +0)
 2383: if r1 == 0 goto +319
 2384: *(u32 *)(r10 -200) = 25
 2385: r2 = *(u32 *)(r10 -160)
 2386: r1 = *(u32 *)(r3 +8)
 2387: r2 &= r1
 2388: *(u32 *)(r10 -196) = r2
 2389: r2 = *(u32 *)(r10 -156)
 2390: r1 = *(u32 *)(r3 +12)
 2391: r2 &= r1
 2392: *(u32 *)(r10 -192) = r2
 2393: r2 = *(u32 *)(r10 -152)
 2394: r1 = *(u32 *)(r3 +16)
 2395: r2 &= r1
 2396: *(u32 *)(r10 -188) = r2
 2397: r2 = *(u32 *)(r10 -148)
 2398: r1 = *(u32 *)(r3 +20)
 2399: r2 &= r1
 2400: *(u32 *)(r10 -184) = r2
 2401: r1 = map[pipe_p0f_signatures] ll
 2403: r2 = r10
 2404: r2 += -200
 2405: call bpf_map_lookup_elem
 2406: r3 = r0
 2407: if r3 == 0 goto +13
 2408: r2 = *(u32 *)(r3 +4)
 2409: r1 = *(u64 *)(r10 -240)
 2410: if r1 == 0 goto +2
 2411: r1 = *(u64 *)(r10 -248)
 2412: if r2 <= r1 goto +8
 2413: *(u64 *)(r10 -240) = 1
 2414: *(u64 *)(r10 -248) = r2
 2415: r1 = *(u32 *)(r3 +0)
 2416: *(u32 *)(r10 -224) = r1
 2417: r1 = *(u32 *)(r3 +4)
 2418: *(u32 *)(r10 -220) = r1
 2419: r1 = *(u32 *)(r3 +8)
 2420: *(u32 *)(r10 -216) = r1
 2421: *(u32 *)(r10 -232) = 26
 2422: r1 = map[pipe_p0f_signatures_masks] ll
 2424: r2 = r10
 2425: r2 += -232
 2426: call bpf_map_lookup_elem
 2427: r3 = r0
 2428: if r3 == 0 goto +274
 2429: r1 = *(u32 *)(r3 +0)
 2430: if r1 == 0 goto +272
 2431: *(u32 *)(r10 -200) = 26
 2432: r2 = *(u32 *)(r10 -160)
 2433: r1 = *(u32 *)(r3 +8)
 2434: r2 &= r1
 2435: *(u32 *)(r10 -196) = r2
 2436: r2 = *(u32 *)(r10 -156)
 2437: r1 = *(u32 *)(r3 +12)
 2438: r2 &= r1
 2439: *(u32 *)(r10 -192) = r2
 2440: r2 = *(u32 *)(r10 -152)
 2441: r1 = *(u32 *)(r3 +16)
 2442: r2 &= r1
 2443: *(u32 *)(r10 -188) = r2
 2444: r2 = *(u32 *)(r10 -148)
 2445: r1 = *(u32 *)(r3 +20)
 2446: r2 &= r1
 2447: *(u32 *)(r10 -184) = r2
 2448: r1 = map[pipe_p0f_signatures] ll
 2450: r2 = r10
 2451: r2 += -200
 2452: call bpf_map_lookup_elem
 2453: r3 = r0
 2454: if r3 == 0 goto +13
 2455: r2 = *(u32 *)(r3 +4)
 2456: r1 = *(u64 *)(r10 -240)
 2457: if r1 == 0 goto +2
 2458: r1 = *(u64 *)(r10 -248)
 2459: if r2 <= r1 goto +8
 2460: *(u64 *)(r10 -240) = 1
 2461: *(u64 *)(r10 -248) = r2
 2462: r1 = *(u32 *)(r3 +0)
 2463: *(u32 *)(r10 -224) = r1
 2464: r1 = *(u32 *)(r3 +4)
 2465: *(u32 *)(r10 -220) = r1
 2466: r1 = *(u32 *)(r3 +8)
 2467: *(u32 *)(r10 -216) = r1
 2468: *(u32 *)(r10 -232) = 27
 2469: r1 = map[pipe_p0f_signatures_masks] ll
 2471: r2 = r10
 2472: r2 += -232
 2473: call bpf_map_lookup_elem
 2474: r3 = r0
 2475: if r3 == 0 goto +227
 2476: r1 = *(u32 *)(r3 +0)
 2477: if r1 == 0 goto +225
 2478: *(u32 *)(r10 -200) = 27
 2479: r2 = *(u32 *)(r10 -160)
 2480: r1 = *(u32 *)(r3 +8)
 2481: r2 &= r1
 2482: *(u32 *)(r10 -196) = r2
 2483: r2 = *(u32 *)(r10 -156)
 2484: r1 = *(u32 *)(r3 +12)
 2485: r2 &= r1
 2486: *(u32 *)(r10 -192) = r2
 2487: r2 = *(u32 *)(r10 -152)
 2488: r1 = *(u32 *)(r3 +16)
 2489: r2 &= r1
 2490: *(u32 *)(r10 -188) = r2
 2491: r2 = *(u32 *)(r10 -148)
 2492: r1 = *(u32 *)(r3 +20)
 2493: r2 &= r1
 2494: *(u32 *)(r10 -184) = r2
 2495: r1 = map[pipe_p0f_signatures] ll
 2497: r2 = r10
 2498: r2 += -200
 2499: call bpf_map_lookup_elem
 2500: r3 = r0
 2501: if r3 == 0 goto +13
 2502: r2 = *(u32 *)(r3 +4)
 2503: r1 = *(u64 *)(r10 -240)
 2504: if r1 == 0 goto +2
 2505: r1 = *(u64 *)(r10 -248)
 2506: if r2 <= r1 goto +8
 2507: *(u64 *)(r10 -240) = 1
 2508: *(u64 *)(r10 -248) = r2
 2509: r1 = *(u32 *)(r3 +0)
 2510: *(u32 *)(r10 -224) = r1
 2511: r1 = *(u32 *)(r3 +4)
 2512: *(u32 *)(r10 -220) = r1
 2513: r1 = *(u32 *)(r3 +8)
 2514: *(u32 *)(r10 -216) = r1
 2515: *(u32 *)(r10 -232) = 28
 2516: r1 = map[pipe_p0f_signatures_masks] ll
 2518: r2 = r10
 2519: r2 += -232
 2520: call bpf_map_lookup_elem
 2521: r3 = r0
 2522: if r3 == 0 goto +180
 2523: r1 = *(u32 *)(r3 +0)
 2524: if r1 == 0 goto +178
 2525: *(u32 *)(r10 -200) = 28
 2526: r2 = *(u32 *)(r10 -160)
 2527: r1 = *(u32 *)(r3 +8)
 2528: r2 &= r1
 2529: *(u32 *)(r10 -196) = r2
 2530: r2 = *(u32 *)(r10 -156)
 2531: r1 = *(u32 *)(r3 +12)
 2532: r2 &= r1
 2533: *(u32 *)(r10 -192) = r2
 2534: r2 = *(u32 *)(r10 -152)
 2535: r1 = *(u32 *)(r3 +16)
 2536: r2 &= r1
 2537: *(u32 *)(r10 -188) = r2
 2538: r2 = *(u32 *)(r10 -148)
 2539: r1 = *(u32 *)(r3 +20)
 2540: r2 &= r1
 2541: *(u32 *)(r10 -184) = r2
 2542: r1 = map[pipe_p0f_signatures] ll
 2544: r2 = r10
 2545: r2 += -200
 2546: call bpf_map_lookup_elem
 2547: r3 = r0
 2548: if r3 == 0 goto +13
 2549: r2 = *(u32 *)(r3 +4)
 2550: r1 = *(u64 *)(r10 -240)
 2551: if r1 == 0 goto +2
 2552: r1 = *(u64 *)(r10 -248)
 2553: if r2 <= r1 goto +8
 2554: *(u64 *)(r10 -240) = 1
 2555: *(u64 *)(r10 -248) = r2
 2556: r1 = *(u32 *)(r3 +0)
 2557: *(u32 *)(r10 -224) = r1
 2558: r1 = *(u32 *)(r3 +4)
 2559: *(u32 *)(r10 -220) = r1
 2560: r1 = *(u32 *)(r3 +8)
 2561: *(u32 *)(r10 -216) = r1
 2562: *(u32 *)(r10 -232) = 29
 2563: r1 = map[pipe_p0f_signatures_masks] ll
 2565: r2 = r10
 2566: r2 += -232
 2567: call bpf_map_lookup_elem
 2568: r3 = r0
 2569: if r3 == 0 goto +133
 2570: r1 = *(u32 *)(r3 +0)
 2571: if r1 == 0 goto +131
 2572: *(u32 *)(r10 -200) = 29
 2573: r2 = *(u32 *)(r10 -160)
 2574: r1 = *(u32 *)(r3 +8)
 2575: r2 &= r1
 2576: *(u32 *)(r10 -196) = r2
 2577: r2 = *(u32 *)(r10 -156)
 2578: r1 = *(u32 *)(r3 +12)
 2579: r2 &= r1
 2580: *(u32 *)(r10 -192) = r2
 2581: r2 = *(u32 *)(r10 -152)
 2582: r1 = *(u32 *)(r3 +16)
 2583: r2 &= r1
 2584: *(u32 *)(r10 -188) = r2
 2585: r2 = *(u32 *)(r10 -148)
 2586: r1 = *(u32 *)(r3 +20)
 2587: r2 &= r1
 2588: *(u32 *)(r10 -184) = r2
 2589: r1 = map[pipe_p0f_signatures] ll
 2591: r2 = r10
 2592: r2 += -200
 2593: call bpf_map_lookup_elem
 2594: r3 = r0
 2595: if r3 == 0 goto +13
 2596: r2 = *(u32 *)(r3 +4)
 2597: r1 = *(u64 *)(r10 -240)
 2598: if r1 == 0 goto +2
 2599: r1 = *(u64 *)(r10 -248)
 2600: if r2 <= r1 goto +8
 2601: *(u64 *)(r10 -240) = 1
 2602: *(u64 *)(r10 -248) = r2
 2603: r1 = *(u32 *)(r3 +0)
 2604: *(u32 *)(r10 -224) = r1
 2605: r1 = *(u32 *)(r3 +4)
 2606: *(u32 *)(r10 -220) = r1
 2607: r1 = *(u32 *)(r3 +8)
 2608: *(u32 *)(r10 -216) = r1
 2609: *(u32 *)(r10 -232) = 30
 2610: r1 = map[pipe_p0f_signatures_masks] ll
 2612: r2 = r10
 2613: r2 += -232
 2614: call bpf_map_lookup_elem
 2615: r3 = r0
 2616: if r3 == 0 goto +86
 2617: r1 = *(u32 *)(r3 +0)
 2618: if r1 == 0 goto +84
 2619: *(u32 *)(r10 -200) = 30
 2620: r2 = *(u32 *)(r10 -160)
 2621: r1 = *(u32 *)(r3 +8)
 2622: r2 &= r1
 2623: *(u32 *)(r10 -196) = r2
 2624: r2 = *(u32 *)(r10 -156)
 2625: r1 = *(u32 *)(r3 +12)
 2626: r2 &= r1
 2627: *(u32 *)(r10 -192) = r2
 2628: r2 = *(u32 *)(r10 -152)
 2629: r1 = *(u32 *)(r3 +16)
 2630: r2 &= r1
 2631: *(u32 *)(r10 -188) = r2
 2632: r2 = *(u32 *)(r10 -148)
 2633: r1 = *(u32 *)(r3 +20)
 2634: r2 &= r1
 2635: *(u32 *)(r10 -184) = r2
 2636: r1 = map[pipe_p0f_signatures] ll
 2638: r2 = r10
 2639: r2 += -200
 2640: call bpf_map_lookup_elem
 2641: r3 = r0
 2642: if r3 == 0 goto +13
 2643: r2 = *(u32 *)(r3 +4)
 2644: r1 = *(u64 *)(r10 -240)
 2645: if r1 == 0 goto +2
 2646: r1 = *(u64 *)(r10 -248)
 2647: if r2 <= r1 goto +8
 2648: *(u64 *)(r10 -240) = 1
 2649: *(u64 *)(r10 -248) = r2
 2650: r1 = *(u32 *)(r3 +0)
 2651: *(u32 *)(r10 -224) = r1
 2652: r1 = *(u32 *)(r3 +4)
 2653: *(u32 *)(r10 -220) = r1
 2654: r1 = *(u32 *)(r3 +8)
 2655: *(u32 *)(r10 -216) = r1
 2656: *(u32 *)(r10 -232) = 31
 2657: r1 = map[pipe_p0f_signatures_masks] ll
 2659: r2 = r10
 2660: r2 += -232
 2661: call bpf_map_lookup_elem
 2662: r3 = r0
 2663: if r3 == 0 goto +39
 2664: r1 = *(u32 *)(r3 +0)
 2665: if r1 == 0 goto +37
 2666: *(u32 *)(r10 -200) = 31
 2667: r2 = *(u32 *)(r10 -160)
 2668: r1 = *(u32 *)(r3 +8)
 2669: r2 &= r1
 2670: *(u32 *)(r10 -196) = r2
 2671: r2 = *(u32 *)(r10 -156)
 2672: r1 = *(u32 *)(r3 +12)
 2673: r2 &= r1
 2674: *(u32 *)(r10 -192) = r2
 2675: r2 = *(u32 *)(r10 -152)
 2676: r1 = *(u32 *)(r3 +16)
 2677: r2 &= r1
 2678: *(u32 *)(r10 -188) = r2
 2679: r2 = *(u32 *)(r10 -148)
 2680: r1 = *(u32 *)(r3 +20)
 2681: r2 &= r1
 2682: *(u32 *)(r10 -184) = r2
 2683: r1 = map[pipe_p0f_signatures] ll
 2685: r2 = r10
 2686: r2 += -200
 2687: call bpf_map_lookup_elem
 2688: r3 = r0
 2689: if r3 == 0 goto +13
 2690: r2 = *(u32 *)(r3 +4)
 2691: r1 = *(u64 *)(r10 -240)
 2692: if r1 == 0 goto +2
 2693: r1 = *(u64 *)(r10 -248)
 2694: if r2 <= r1 goto +8
 2695: *(u64 *)(r10 -240) = 1
 2696: *(u64 *)(r10 -248) = r2
 2697: r1 = *(u32 *)(r3 +0)
 2698: *(u32 *)(r10 -224) = r1
 2699: r1 = *(u32 *)(r3 +4)
 2700: *(u32 *)(r10 -220) = r1
 2701: r1 = *(u32 *)(r3 +8)
 2702: *(u32 *)(r10 -216) = r1
 2703: r1 = *(u64 *)(r10 -240)
 2704: if r1 != 0 goto +16
 2705: *(u32 *)(r10 -160) = 0
 2706: r1 = map[pipe_p0f_signatures_default] ll
 2708: r2 = r10
 2709: r2 += -160
 2710: call bpf_map_lookup_elem
 2711: r1 = r0
 2712: if r1 == 0 goto +5
 2713: r2 = *(u32 *)(r1 +0)
 2714: r1 = *(u32 *)(r1 +8)
 2715: r1 = be32 r1
 2716: w1 = w1
 2717: goto +7
 2718: r2 = 2
 2719: r1 = 0
 2720: goto +4
 2721: r2 = *(u32 *)(r10 -224)
 2722: r1 = *(u32 *)(r10 -216)
 2723: r1 = be32 r1
 2724: w1 = w1
 2725: if r2 == 0 goto +7
 2726: if r2 == 1 goto +2
 2727: if r2 == 2 goto +43
 2728: goto +42
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2729: r1 = 1
      ; write var10, v45
 2730: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2731: *(u32 *)(r10 -160) = 0
 2732: goto +2
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2733: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2734: *(u32 *)(r10 -160) = r1
 2735: r1 = map[pipe_os_stats] ll
 2737: r2 = r10
 2738: r2 += -160
 2739: call bpf_map_lookup_elem
 2740: r3 = r0
 2741: if r3 == 0 goto +29
 2742: r1 = *(u64 *)(r3 +0)
 2743: r1 += 1
 2744: *(u64 *)(r3 +0) = r1
 2745: r2 = *(u64 *)(r3 +8)
 2746: r1 = *(u32 *)(r10 -40)
 2747: r2 += r1
 2748: *(u64 *)(r3 +8) = r2
 2749: goto +21
      ; drop
 2750: r2 = *(u32 *)(r10 -36)
 2751: r1 = *(u32 *)(r10 -32)
 2752: *(u64 *)(r10 -256) = r2
 2753: *(u64 *)(r10 -264) = r1
 2754: r1 = *(u64 *)(r10 -8)
 2755: r2 = 0xfffffffffffffff8 ll
 2757: call bpf_xdp_adjust_meta
 2758: if r0 != 0 goto +10
 2759: r1 = *(u64 *)(r10 -8)
 2760: r3 = *(u32 *)(r1 +8)
 2761: r2 = *(u32 *)(r1 +0)
 2762: r1 = r3
 2763: r1 += 8
 2764: if r1 > r2 goto +4
 2765: r1 = *(u64 *)(r10 -256)
 2766: *(u32 *)(r3 +0) = r1
 2767: r1 = *(u64 *)(r10 -264)
 2768: *(u32 *)(r3 +4) = r1
 2769: r0 = 1
 2770: exit
      ; epilogue: verdict
 2771: r2 = *(u32 *)(r10 -36)
 2772: r1 = *(u32 *)(r10 -32)
 2773: *(u64 *)(r10 -272) = r2
 2774: *(u64 *)(r10 -280) = r1
 2775: r1 = *(u64 *)(r10 -8)
 2776: r2 = 0xfffffffffffffff8 ll
 2778: call bpf_xdp_adjust_meta
 2779: if r0 != 0 goto +10
 2780: r1 = *(u64 *)(r10 -8)
 2781: r3 = *(u32 *)(r1 +8)
 2782: r2 = *(u32 *)(r1 +0)
 2783: r1 = r3
 2784: r1 += 8
 2785: if r1 > r2 goto +4
 2786: r1 = *(u64 *)(r10 -272)
 2787: *(u32 *)(r3 +0) = r1
 2788: r1 = *(u64 *)(r10 -280)
 2789: *(u32 *)(r3 +4) = r1
 2790: r1 = *(u8 *)(r10 -23)
 2791: if r1 != 0 goto +2
 2792: r0 = 2
 2793: exit
 2794: if r1 != 2 goto +4
 2795: r1 = *(u32 *)(r10 -32)
 2796: r2 = 0
 2797: call bpf_redirect
 2798: exit
 2799: r0 = 1
 2800: exit
