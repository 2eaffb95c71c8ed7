; p0f for xdp: 2783 instructions, stack 280 bytes, 4 maps
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
   28: if r3 > 16383 goto +2703
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +2697
   35: r1 = r3
   36: r1 += 1
   37: *(u32 *)(r10 -104) = r1
   38: r3 += 14
   39: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   40: r1 = *(u16 *)(r2 +12)
   41: if r1 != 8 goto +894
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   42: r2 = *(u64 *)(r10 -16)
   43: if r2 > 16383 goto +2688
   44: r3 = r6
   45: r3 += r2
   46: r1 = r3
   47: r1 += 20
   48: if r1 <= r7 goto +1
   49: goto +2682
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
   60: if r1 == 0 goto +2671
      ; v4: bit<4> = read_field hdr1.ihl
   61: r2 = *(u8 *)(r3 +0)
   62: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   63: r2 -= 5
   64: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   65: r2 *= 32
   66: w2 = w2
      ; advance v9
   67: r1 = r2
   68: r1 &= 7
   69: if r1 != 0 goto +2662
   70: r1 = r2
   71: r1 >>= 3
   72: r2 = *(u64 *)(r10 -16)
   73: r2 += r1
   74: if r2 > 16383 goto +2657
   75: r1 = r6
   76: r1 += r2
   77: if r1 <= r7 goto +1
   78: goto +2653
   79: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   80: r2 = *(u16 *)(r3 +6)
   81: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   82: r1 = *(u8 *)(r3 +9)
   83: if r2 != 0 goto +852
   84: if r1 != 6 goto +851
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   85: r3 = *(u64 *)(r10 -16)
   86: if r3 > 16383 goto +2645
   87: r2 = r6
   88: r2 += r3
   89: r1 = r2
   90: r1 += 20
   91: if r1 <= r7 goto +1
   92: goto +2639
   93: r1 = r3
   94: r1 += 1
   95: *(u32 *)(r10 -96) = r1
   96: r3 += 20
   97: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
   98: r3 = *(u8 *)(r2 +12)
   99: r3 >>= 4
  100: r3 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  101: r1 = 1
  102: if r3 >= 5 goto +1
  103: r1 = 0
      ; verify v14, error HeaderTooShort
  104: if r1 == 0 goto +2627
      ; v15: bit<4> = read_field hdr2.dataOffset
  105: r1 = *(u8 *)(r2 +12)
  106: r1 >>= 4
  107: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  108: r1 -= 5
  109: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  110: r1 *= 4
  111: r1 &= 65535
      ; write var2, v20
  112: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  113: r1 = *(u8 *)(r2 +13)
  114: r1 &= 18
  115: if r1 != 2 goto +820
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  116: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  117: r1 = *(u8 *)(r10 -24)
  118: if r2 == 0 goto +817
  119: if r1 == 8 goto +816
      ; prs: block5 (parse_option)
      ; extract hdr3
  120: r3 = *(u64 *)(r10 -16)
  121: if r3 > 16383 goto +2610
  122: r2 = r6
  123: r2 += r3
  124: r1 = r2
  125: r1 += 1
  126: if r1 <= r7 goto +1
  127: goto +2604
  128: r1 = r3
  129: r1 += 1
  130: *(u32 *)(r10 -92) = r1
  131: r3 += 1
  132: *(u64 *)(r10 -16) = r3
      ; v24: bit<8> = read var3
  133: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
      ; v26: bit<8> = add v24, v25
  134: r1 += 1
  135: r1 &= 255
      ; write var3, v26
  136: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  137: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
      ; v29: bit<16> = sub v27, v28
  138: r1 -= 1
  139: r1 &= 65535
      ; write var2, v29
  140: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  141: r1 = *(u8 *)(r2 +0)
  142: if r1 == 0 goto +793
  143: if r1 == 1 goto +74
  144: if r1 == 2 goto +57
  145: if r1 == 3 goto +39
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  146: r1 = *(u64 *)(r10 -16)
  147: if r1 > 16383 goto +2584
  148: r2 = r6
  149: r2 += r1
  150: r1 = r2
  151: r1 += 1
  152: if r1 <= r7 goto +1
  153: goto +2578
  154: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  155: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  156: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  157: r1 = 1
  158: if r2 >= 2 goto +1
  159: r1 = 0
      ; verify v34, error HeaderTooShort
  160: if r1 == 0 goto +2571
      ; v35: bit<8> = read var11
  161: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
      ; v37: bit<32> = const 1
      ; v38: bit<32> = sub v36, v37
  162: r2 -= 1
  163: w2 = w2
      ; v39: bit<32> = const 8
      ; v40: bit<32> = mul v38, v39
  164: r2 *= 8
  165: w2 = w2
      ; advance v40
  166: r1 = r2
  167: r1 &= 7
  168: if r1 != 0 goto +2563
  169: r1 = r2
  170: r1 >>= 3
  171: r2 = *(u64 *)(r10 -16)
  172: r2 += r1
  173: if r2 > 16383 goto +2558
  174: r1 = r6
  175: r1 += r2
  176: if r1 <= r7 goto +1
  177: goto +2554
  178: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  179: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  180: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
      ; v44: bit<16> = const 1
      ; v45: bit<16> = sub v43, v44
  181: r2 -= 1
  182: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  183: r1 -= r2
  184: goto +14
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  185: r2 = *(u64 *)(r10 -16)
  186: if r2 > 16383 goto +2545
  187: r1 = r6
  188: r1 += r2
  189: r1 += 2
  190: if r1 <= r7 goto +1
  191: goto +2540
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
  203: if r2 > 16383 goto +2528
  204: r1 = r6
  205: r1 += r2
  206: r1 += 3
  207: if r1 <= r7 goto +1
  208: goto +2523
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
  220: if r2 == 0 goto +715
  221: if r1 == 8 goto +714
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  222: r3 = *(u64 *)(r10 -16)
  223: if r3 > 16383 goto +2508
  224: r2 = r6
  225: r2 += r3
  226: r1 = r2
  227: r1 += 1
  228: if r1 <= r7 goto +1
  229: goto +2502
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
  244: if r1 == 0 goto +691
  245: if r1 == 1 goto +74
  246: if r1 == 2 goto +57
  247: if r1 == 3 goto +39
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  248: r1 = *(u64 *)(r10 -16)
  249: if r1 > 16383 goto +2482
  250: r2 = r6
  251: r2 += r1
  252: r1 = r2
  253: r1 += 1
  254: if r1 <= r7 goto +1
  255: goto +2476
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
  262: if r1 == 0 goto +2469
      ; v66: bit<8> = read var11
  263: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  264: r2 -= 1
  265: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  266: r2 *= 8
  267: w2 = w2
      ; advance v71
  268: r1 = r2
  269: r1 &= 7
  270: if r1 != 0 goto +2461
  271: r1 = r2
  272: r1 >>= 3
  273: r2 = *(u64 *)(r10 -16)
  274: r2 += r1
  275: if r2 > 16383 goto +2456
  276: r1 = r6
  277: r1 += r2
  278: if r1 <= r7 goto +1
  279: goto +2452
  280: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  281: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  282: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
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
  288: if r2 > 16383 goto +2443
  289: r1 = r6
  290: r1 += r2
  291: r1 += 2
  292: if r1 <= r7 goto +1
  293: goto +2438
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
  305: if r2 > 16383 goto +2426
  306: r1 = r6
  307: r1 += r2
  308: r1 += 3
  309: if r1 <= r7 goto +1
  310: goto +2421
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
  322: if r2 == 0 goto +613
  323: if r1 == 8 goto +612
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  324: r3 = *(u64 *)(r10 -16)
  325: if r3 > 16383 goto +2406
  326: r2 = r6
  327: r2 += r3
  328: r1 = r2
  329: r1 += 1
  330: if r1 <= r7 goto +1
  331: goto +2400
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
  346: if r1 == 0 goto +589
  347: if r1 == 1 goto +74
  348: if r1 == 2 goto +57
  349: if r1 == 3 goto +39
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  350: r1 = *(u64 *)(r10 -16)
  351: if r1 > 16383 goto +2380
  352: r2 = r6
  353: r2 += r1
  354: r1 = r2
  355: r1 += 1
  356: if r1 <= r7 goto +1
  357: goto +2374
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
  364: if r1 == 0 goto +2367
      ; v97: bit<8> = read var11
  365: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  366: r2 -= 1
  367: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  368: r2 *= 8
  369: w2 = w2
      ; advance v102
  370: r1 = r2
  371: r1 &= 7
  372: if r1 != 0 goto +2359
  373: r1 = r2
  374: r1 >>= 3
  375: r2 = *(u64 *)(r10 -16)
  376: r2 += r1
  377: if r2 > 16383 goto +2354
  378: r1 = r6
  379: r1 += r2
  380: if r1 <= r7 goto +1
  381: goto +2350
  382: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  383: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  384: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  385: r2 -= 1
  386: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  387: r1 -= r2
  388: goto +14
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  389: r2 = *(u64 *)(r10 -16)
  390: if r2 > 16383 goto +2341
  391: r1 = r6
  392: r1 += r2
  393: r1 += 2
  394: if r1 <= r7 goto +1
  395: goto +2336
  396: r1 = r2
  397: r1 += 1
  398: *(u32 *)(r10 -56) = r1
  399: r2 += 2
  400: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  401: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  402: r1 -= 2
  403: r1 &= 65535
      ; write var2, v111
  404: *(u16 *)(r10 -28) = r1
  405: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  406: r2 = *(u64 *)(r10 -16)
  407: if r2 > 16383 goto +2324
  408: r1 = r6
  409: r1 += r2
  410: r1 += 3
  411: if r1 <= r7 goto +1
  412: goto +2319
  413: r1 = r2
  414: r1 += 1
  415: *(u32 *)(r10 -60) = r1
  416: r2 += 3
  417: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  418: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  419: r1 -= 3
  420: r1 &= 65535
      ; write var2, v114
  421: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  422: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  423: r1 = *(u8 *)(r10 -24)
  424: if r2 == 0 goto +511
  425: if r1 == 8 goto +510
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  426: r3 = *(u64 *)(r10 -16)
  427: if r3 > 16383 goto +2304
  428: r2 = r6
  429: r2 += r3
  430: r1 = r2
  431: r1 += 1
  432: if r1 <= r7 goto +1
  433: goto +2298
  434: r1 = r3
  435: r1 += 1
  436: *(u32 *)(r10 -80) = r1
  437: r3 += 1
  438: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  439: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  440: r1 += 1
  441: r1 &= 255
      ; write var3, v119
  442: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  443: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  444: r1 -= 1
  445: r1 &= 65535
      ; write var2, v122
  446: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  447: r1 = *(u8 *)(r2 +0)
  448: if r1 == 0 goto +487
  449: if r1 == 1 goto +74
  450: if r1 == 2 goto +57
  451: if r1 == 3 goto +39
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  452: r1 = *(u64 *)(r10 -16)
  453: if r1 > 16383 goto +2278
  454: r2 = r6
  455: r2 += r1
  456: r1 = r2
  457: r1 += 1
  458: if r1 <= r7 goto +1
  459: goto +2272
  460: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  461: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  462: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  463: r1 = 1
  464: if r2 >= 2 goto +1
  465: r1 = 0
      ; verify v127, error HeaderTooShort
  466: if r1 == 0 goto +2265
      ; v128: bit<8> = read var11
  467: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  468: r2 -= 1
  469: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  470: r2 *= 8
  471: w2 = w2
      ; advance v133
  472: r1 = r2
  473: r1 &= 7
  474: if r1 != 0 goto +2257
  475: r1 = r2
  476: r1 >>= 3
  477: r2 = *(u64 *)(r10 -16)
  478: r2 += r1
  479: if r2 > 16383 goto +2252
  480: r1 = r6
  481: r1 += r2
  482: if r1 <= r7 goto +1
  483: goto +2248
  484: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  485: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  486: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  487: r2 -= 1
  488: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  489: r1 -= r2
  490: goto +14
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  491: r2 = *(u64 *)(r10 -16)
  492: if r2 > 16383 goto +2239
  493: r1 = r6
  494: r1 += r2
  495: r1 += 2
  496: if r1 <= r7 goto +1
  497: goto +2234
  498: r1 = r2
  499: r1 += 1
  500: *(u32 *)(r10 -56) = r1
  501: r2 += 2
  502: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  503: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  504: r1 -= 2
  505: r1 &= 65535
      ; write var2, v142
  506: *(u16 *)(r10 -28) = r1
  507: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  508: r2 = *(u64 *)(r10 -16)
  509: if r2 > 16383 goto +2222
  510: r1 = r6
  511: r1 += r2
  512: r1 += 3
  513: if r1 <= r7 goto +1
  514: goto +2217
  515: r1 = r2
  516: r1 += 1
  517: *(u32 *)(r10 -60) = r1
  518: r2 += 3
  519: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  520: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  521: r1 -= 3
  522: r1 &= 65535
      ; write var2, v145
  523: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  524: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  525: r1 = *(u8 *)(r10 -24)
  526: if r2 == 0 goto +409
  527: if r1 == 8 goto +408
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  528: r3 = *(u64 *)(r10 -16)
  529: if r3 > 16383 goto +2202
  530: r2 = r6
  531: r2 += r3
  532: r1 = r2
  533: r1 += 1
  534: if r1 <= r7 goto +1
  535: goto +2196
  536: r1 = r3
  537: r1 += 1
  538: *(u32 *)(r10 -76) = r1
  539: r3 += 1
  540: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  541: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  542: r1 += 1
  543: r1 &= 255
      ; write var3, v150
  544: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  545: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  546: r1 -= 1
  547: r1 &= 65535
      ; write var2, v153
  548: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  549: r1 = *(u8 *)(r2 +0)
  550: if r1 == 0 goto +385
  551: if r1 == 1 goto +74
  552: if r1 == 2 goto +57
  553: if r1 == 3 goto +39
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  554: r1 = *(u64 *)(r10 -16)
  555: if r1 > 16383 goto +2176
  556: r2 = r6
  557: r2 += r1
  558: r1 = r2
  559: r1 += 1
  560: if r1 <= r7 goto +1
  561: goto +2170
  562: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  563: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  564: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  565: r1 = 1
  566: if r2 >= 2 goto +1
  567: r1 = 0
      ; verify v158, error HeaderTooShort
  568: if r1 == 0 goto +2163
      ; v159: bit<8> = read var11
  569: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  570: r2 -= 1
  571: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  572: r2 *= 8
  573: w2 = w2
      ; advance v164
  574: r1 = r2
  575: r1 &= 7
  576: if r1 != 0 goto +2155
  577: r1 = r2
  578: r1 >>= 3
  579: r2 = *(u64 *)(r10 -16)
  580: r2 += r1
  581: if r2 > 16383 goto +2150
  582: r1 = r6
  583: r1 += r2
  584: if r1 <= r7 goto +1
  585: goto +2146
  586: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  587: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  588: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  589: r2 -= 1
  590: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  591: r1 -= r2
  592: goto +14
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  593: r2 = *(u64 *)(r10 -16)
  594: if r2 > 16383 goto +2137
  595: r1 = r6
  596: r1 += r2
  597: r1 += 2
  598: if r1 <= r7 goto +1
  599: goto +2132
  600: r1 = r2
  601: r1 += 1
  602: *(u32 *)(r10 -56) = r1
  603: r2 += 2
  604: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  605: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  606: r1 -= 2
  607: r1 &= 65535
      ; write var2, v173
  608: *(u16 *)(r10 -28) = r1
  609: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  610: r2 = *(u64 *)(r10 -16)
  611: if r2 > 16383 goto +2120
  612: r1 = r6
  613: r1 += r2
  614: r1 += 3
  615: if r1 <= r7 goto +1
  616: goto +2115
  617: r1 = r2
  618: r1 += 1
  619: *(u32 *)(r10 -60) = r1
  620: r2 += 3
  621: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  622: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  623: r1 -= 3
  624: r1 &= 65535
      ; write var2, v176
  625: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  626: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  627: r1 = *(u8 *)(r10 -24)
  628: if r2 == 0 goto +307
  629: if r1 == 8 goto +306
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  630: r3 = *(u64 *)(r10 -16)
  631: if r3 > 16383 goto +2100
  632: r2 = r6
  633: r2 += r3
  634: r1 = r2
  635: r1 += 1
  636: if r1 <= r7 goto +1
  637: goto +2094
  638: r1 = r3
  639: r1 += 1
  640: *(u32 *)(r10 -72) = r1
  641: r3 += 1
  642: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  643: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  644: r1 += 1
  645: r1 &= 255
      ; write var3, v181
  646: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  647: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  648: r1 -= 1
  649: r1 &= 65535
      ; write var2, v184
  650: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  651: r1 = *(u8 *)(r2 +0)
  652: if r1 == 0 goto +283
  653: if r1 == 1 goto +74
  654: if r1 == 2 goto +57
  655: if r1 == 3 goto +39
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  656: r1 = *(u64 *)(r10 -16)
  657: if r1 > 16383 goto +2074
  658: r2 = r6
  659: r2 += r1
  660: r1 = r2
  661: r1 += 1
  662: if r1 <= r7 goto +1
  663: goto +2068
  664: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  665: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  666: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  667: r1 = 1
  668: if r2 >= 2 goto +1
  669: r1 = 0
      ; verify v189, error HeaderTooShort
  670: if r1 == 0 goto +2061
      ; v190: bit<8> = read var11
  671: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  672: r2 -= 1
  673: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  674: r2 *= 8
  675: w2 = w2
      ; advance v195
  676: r1 = r2
  677: r1 &= 7
  678: if r1 != 0 goto +2053
  679: r1 = r2
  680: r1 >>= 3
  681: r2 = *(u64 *)(r10 -16)
  682: r2 += r1
  683: if r2 > 16383 goto +2048
  684: r1 = r6
  685: r1 += r2
  686: if r1 <= r7 goto +1
  687: goto +2044
  688: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  689: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  690: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  691: r2 -= 1
  692: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  693: r1 -= r2
  694: goto +14
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  695: r2 = *(u64 *)(r10 -16)
  696: if r2 > 16383 goto +2035
  697: r1 = r6
  698: r1 += r2
  699: r1 += 2
  700: if r1 <= r7 goto +1
  701: goto +2030
  702: r1 = r2
  703: r1 += 1
  704: *(u32 *)(r10 -56) = r1
  705: r2 += 2
  706: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  707: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  708: r1 -= 2
  709: r1 &= 65535
      ; write var2, v204
  710: *(u16 *)(r10 -28) = r1
  711: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  712: r2 = *(u64 *)(r10 -16)
  713: if r2 > 16383 goto +2018
  714: r1 = r6
  715: r1 += r2
  716: r1 += 3
  717: if r1 <= r7 goto +1
  718: goto +2013
  719: r1 = r2
  720: r1 += 1
  721: *(u32 *)(r10 -60) = r1
  722: r2 += 3
  723: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  724: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  725: r1 -= 3
  726: r1 &= 65535
      ; write var2, v207
  727: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  728: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  729: r1 = *(u8 *)(r10 -24)
  730: if r2 == 0 goto +205
  731: if r1 == 8 goto +204
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  732: r3 = *(u64 *)(r10 -16)
  733: if r3 > 16383 goto +1998
  734: r2 = r6
  735: r2 += r3
  736: r1 = r2
  737: r1 += 1
  738: if r1 <= r7 goto +1
  739: goto +1992
  740: r1 = r3
  741: r1 += 1
  742: *(u32 *)(r10 -68) = r1
  743: r3 += 1
  744: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  745: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  746: r1 += 1
  747: r1 &= 255
      ; write var3, v212
  748: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  749: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  750: r1 -= 1
  751: r1 &= 65535
      ; write var2, v215
  752: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  753: r1 = *(u8 *)(r2 +0)
  754: if r1 == 0 goto +181
  755: if r1 == 1 goto +74
  756: if r1 == 2 goto +57
  757: if r1 == 3 goto +39
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  758: r1 = *(u64 *)(r10 -16)
  759: if r1 > 16383 goto +1972
  760: r2 = r6
  761: r2 += r1
  762: r1 = r2
  763: r1 += 1
  764: if r1 <= r7 goto +1
  765: goto +1966
  766: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  767: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  768: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  769: r1 = 1
  770: if r2 >= 2 goto +1
  771: r1 = 0
      ; verify v220, error HeaderTooShort
  772: if r1 == 0 goto +1959
      ; v221: bit<8> = read var11
  773: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  774: r2 -= 1
  775: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  776: r2 *= 8
  777: w2 = w2
      ; advance v226
  778: r1 = r2
  779: r1 &= 7
  780: if r1 != 0 goto +1951
  781: r1 = r2
  782: r1 >>= 3
  783: r2 = *(u64 *)(r10 -16)
  784: r2 += r1
  785: if r2 > 16383 goto +1946
  786: r1 = r6
  787: r1 += r2
  788: if r1 <= r7 goto +1
  789: goto +1942
  790: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  791: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  792: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  793: r2 -= 1
  794: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  795: r1 -= r2
  796: goto +14
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  797: r2 = *(u64 *)(r10 -16)
  798: if r2 > 16383 goto +1933
  799: r1 = r6
  800: r1 += r2
  801: r1 += 2
  802: if r1 <= r7 goto +1
  803: goto +1928
  804: r1 = r2
  805: r1 += 1
  806: *(u32 *)(r10 -56) = r1
  807: r2 += 2
  808: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  809: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  810: r1 -= 2
  811: r1 &= 65535
      ; write var2, v235
  812: *(u16 *)(r10 -28) = r1
  813: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  814: r2 = *(u64 *)(r10 -16)
  815: if r2 > 16383 goto +1916
  816: r1 = r6
  817: r1 += r2
  818: r1 += 3
  819: if r1 <= r7 goto +1
  820: goto +1911
  821: r1 = r2
  822: r1 += 1
  823: *(u32 *)(r10 -60) = r1
  824: r2 += 3
  825: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  826: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  827: r1 -= 3
  828: r1 &= 65535
      ; write var2, v238
  829: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  830: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  831: r1 = *(u8 *)(r10 -24)
  832: if r2 == 0 goto +103
  833: if r1 == 8 goto +102
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  834: r3 = *(u64 *)(r10 -16)
  835: if r3 > 16383 goto +1896
  836: r2 = r6
  837: r2 += r3
  838: r1 = r2
  839: r1 += 1
  840: if r1 <= r7 goto +1
  841: goto +1890
  842: r1 = r3
  843: r1 += 1
  844: *(u32 *)(r10 -64) = r1
  845: r3 += 1
  846: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  847: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  848: r1 += 1
  849: r1 &= 255
      ; write var3, v243
  850: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  851: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  852: r1 -= 1
  853: r1 &= 65535
      ; write var2, v246
  854: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  855: r1 = *(u8 *)(r2 +0)
  856: if r1 == 0 goto +79
  857: if r1 == 1 goto +74
  858: if r1 == 2 goto +57
  859: if r1 == 3 goto +39
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  860: r1 = *(u64 *)(r10 -16)
  861: if r1 > 16383 goto +1870
  862: r2 = r6
  863: r2 += r1
  864: r1 = r2
  865: r1 += 1
  866: if r1 <= r7 goto +1
  867: goto +1864
  868: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  869: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  870: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  871: r1 = 1
  872: if r2 >= 2 goto +1
  873: r1 = 0
      ; verify v251, error HeaderTooShort
  874: if r1 == 0 goto +1857
      ; v252: bit<8> = read var11
  875: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  876: r2 -= 1
  877: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  878: r2 *= 8
  879: w2 = w2
      ; advance v257
  880: r1 = r2
  881: r1 &= 7
  882: if r1 != 0 goto +1849
  883: r1 = r2
  884: r1 >>= 3
  885: r2 = *(u64 *)(r10 -16)
  886: r2 += r1
  887: if r2 > 16383 goto +1844
  888: r1 = r6
  889: r1 += r2
  890: if r1 <= r7 goto +1
  891: goto +1840
  892: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  893: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  894: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  895: r2 -= 1
  896: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  897: r1 -= r2
  898: goto +14
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  899: r2 = *(u64 *)(r10 -16)
  900: if r2 > 16383 goto +1831
  901: r1 = r6
  902: r1 += r2
  903: r1 += 2
  904: if r1 <= r7 goto +1
  905: goto +1826
  906: r1 = r2
  907: r1 += 1
  908: *(u32 *)(r10 -56) = r1
  909: r2 += 2
  910: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  911: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  912: r1 -= 2
  913: r1 &= 65535
      ; write var2, v266
  914: *(u16 *)(r10 -28) = r1
  915: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  916: r2 = *(u64 *)(r10 -16)
  917: if r2 > 16383 goto +1814
  918: r1 = r6
  919: r1 += r2
  920: r1 += 3
  921: if r1 <= r7 goto +1
  922: goto +1809
  923: r1 = r2
  924: r1 += 1
  925: *(u32 *)(r10 -60) = r1
  926: r2 += 3
  927: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  928: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  929: r1 -= 3
  930: r1 &= 65535
      ; write var2, v269
  931: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  932: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  933: r1 = *(u8 *)(r10 -24)
  934: if r2 == 0 goto +1
  935: if r1 != 8 goto +1796
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  936: r4 = *(u32 *)(r10 -96)
  937: if r4 == 0 goto +1
  938: r4 = 1
      ; v1: bool = not v0
  939: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  940: r1 = *(u32 *)(r10 -96)
  941: if r1 == 0 goto +7
  942: r1 -= 1
  943: if r1 > 16383 goto +5
  944: r3 = r6
  945: r3 += r1
  946: r1 = r3
  947: r1 += 20
  948: if r1 <= r7 goto +1
  949: r3 = 0
  950: r1 = 0
  951: if r3 == 0 goto +1
  952: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  953: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  954: r2 = 1
  955: if r1 != 2 goto +1
  956: r2 = 0
      ; v7: bool = logical_or v1, v6
  957: r1 = r4
  958: r1 |= r2
  959: if r1 != 0 goto +1793
      ; v8: bit<16> = read_field hdr11.mss
  960: r1 = *(u32 *)(r10 -60)
  961: if r1 == 0 goto +7
  962: r1 -= 1
  963: if r1 > 16383 goto +5
  964: r2 = r6
  965: r2 += r1
  966: r1 = r2
  967: r1 += 3
  968: if r1 <= r7 goto +1
  969: r2 = 0
  970: r1 = 0
  971: if r2 == 0 goto +1
  972: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
  973: r8 = 1
  974: if r1 != 0 goto +1
  975: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
  976: r9 = 0
  977: if r3 == 0 goto +1
  978: r9 = *(u16 *)(r3 +14)
  979: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
  980: r4 = 0
  981: if r2 == 0 goto +1
  982: r4 = *(u16 *)(r2 +1)
  983: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
  984: r1 = 0
  985: if r4 == 0 goto +2
  986: r1 = r9
  987: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
  988: r4 = 1
  989: if r1 == 0 goto +1
  990: r4 = 0
      ; v16: bool = logical_and v10, v15
  991: r1 = r8
  992: r1 &= r4
  993: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
  994: r8 = 0
  995: if r3 == 0 goto +1
  996: r8 = *(u16 *)(r3 +14)
  997: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
  998: r4 = 0
  999: if r2 == 0 goto +1
 1000: r4 = *(u16 *)(r2 +1)
 1001: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1002: r1 = 0
 1003: if r4 == 0 goto +2
 1004: r1 = r8
 1005: r1 /= r4
      ; write var4, v19
 1006: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1007: r1 = *(u32 *)(r10 -92)
 1008: if r1 == 0 goto +7
 1009: r1 -= 1
 1010: if r1 > 16383 goto +5
 1011: r4 = r6
 1012: r4 += r1
 1013: r1 = r4
 1014: r1 += 1
 1015: if r1 <= r7 goto +1
 1016: r4 = 0
 1017: r9 = 0
 1018: if r4 == 0 goto +1
 1019: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1020: r1 = *(u32 *)(r10 -88)
 1021: if r1 == 0 goto +7
 1022: r1 -= 1
 1023: if r1 > 16383 goto +5
 1024: r4 = r6
 1025: r4 += r1
 1026: r1 = r4
 1027: r1 += 1
 1028: if r1 <= r7 goto +1
 1029: r4 = 0
 1030: r1 = 0
 1031: if r4 == 0 goto +1
 1032: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1033: r9 <<= 8
 1034: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1035: r1 = *(u32 *)(r10 -84)
 1036: if r1 == 0 goto +7
 1037: r1 -= 1
 1038: if r1 > 16383 goto +5
 1039: r4 = r6
 1040: r4 += r1
 1041: r1 = r4
 1042: r1 += 1
 1043: if r1 <= r7 goto +1
 1044: r4 = 0
 1045: r1 = 0
 1046: if r4 == 0 goto +1
 1047: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1048: r9 <<= 8
 1049: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1050: r1 = *(u32 *)(r10 -80)
 1051: if r1 == 0 goto +7
 1052: r1 -= 1
 1053: if r1 > 16383 goto +5
 1054: r4 = r6
 1055: r4 += r1
 1056: r1 = r4
 1057: r1 += 1
 1058: if r1 <= r7 goto +1
 1059: r4 = 0
 1060: r1 = 0
 1061: if r4 == 0 goto +1
 1062: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1063: r9 <<= 8
 1064: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1065: r1 = *(u32 *)(r10 -76)
 1066: if r1 == 0 goto +7
 1067: r1 -= 1
 1068: if r1 > 16383 goto +5
 1069: r4 = r6
 1070: r4 += r1
 1071: r1 = r4
 1072: r1 += 1
 1073: if r1 <= r7 goto +1
 1074: r4 = 0
 1075: r1 = 0
 1076: if r4 == 0 goto +1
 1077: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1078: r9 <<= 8
 1079: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1080: r1 = *(u32 *)(r10 -72)
 1081: if r1 == 0 goto +7
 1082: r1 -= 1
 1083: if r1 > 16383 goto +5
 1084: r4 = r6
 1085: r4 += r1
 1086: r1 = r4
 1087: r1 += 1
 1088: if r1 <= r7 goto +1
 1089: r4 = 0
 1090: r1 = 0
 1091: if r4 == 0 goto +1
 1092: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1093: r9 <<= 8
 1094: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1095: r1 = *(u32 *)(r10 -68)
 1096: if r1 == 0 goto +7
 1097: r1 -= 1
 1098: if r1 > 16383 goto +5
 1099: r4 = r6
 1100: r4 += r1
 1101: r1 = r4
 1102: r1 += 1
 1103: if r1 <= r7 goto +1
 1104: r4 = 0
 1105: r1 = 0
 1106: if r4 == 0 goto +1
 1107: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1108: r9 <<= 8
 1109: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1110: r1 = *(u32 *)(r10 -64)
 1111: if r1 == 0 goto +7
 1112: r1 -= 1
 1113: if r1 > 16383 goto +5
 1114: r8 = r6
 1115: r8 += r1
 1116: r1 = r8
 1117: r1 += 1
 1118: if r1 <= r7 goto +1
 1119: r8 = 0
 1120: r4 = 0
 1121: if r8 == 0 goto +1
 1122: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1123: r1 = r9
 1124: r1 <<= 8
 1125: r1 |= r4
      ; write var5, v34
 1126: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1127: r1 = *(u32 *)(r10 -100)
 1128: if r1 == 0 goto +7
 1129: r1 -= 1
 1130: if r1 > 16383 goto +5
 1131: r4 = r6
 1132: r4 += r1
 1133: r1 = r4
 1134: r1 += 20
 1135: if r1 <= r7 goto +1
 1136: r4 = 0
 1137: r9 = 0
 1138: if r4 == 0 goto +1
 1139: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1140: r1 = 0
 1141: if r3 == 0 goto +1
 1142: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1143: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1144: r4 = 0
 1145: if r2 == 0 goto +1
 1146: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1147: r3 = *(u32 *)(r10 -56)
 1148: if r3 == 0 goto +7
 1149: r3 -= 1
 1150: if r3 > 16383 goto +5
 1151: r2 = r6
 1152: r2 += r3
 1153: r3 = r2
 1154: r3 += 2
 1155: if r3 <= r7 goto +1
 1156: r2 = 0
 1157: r3 = 0
 1158: if r2 == 0 goto +1
 1159: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1160: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1161: *(u8 *)(r10 -160) = r9
 1162: *(u8 *)(r10 -159) = r1
 1163: r1 >>= 8
 1164: *(u8 *)(r10 -158) = r1
 1165: r1 = r8
 1166: *(u8 *)(r10 -156) = r1
 1167: r1 >>= 8
 1168: *(u8 *)(r10 -157) = r1
 1169: r1 = r4
 1170: *(u8 *)(r10 -155) = r1
 1171: r1 >>= 8
 1172: *(u8 *)(r10 -154) = r1
 1173: *(u8 *)(r10 -153) = r3
 1174: r1 = r2
 1175: r1 = be64 r1
 1176: *(u64 *)(r10 -152) = r1
 1177: r2 = 0
 1178: r1 = 0
 1179: *(u64 *)(r10 -240) = r2
 1180: *(u64 *)(r10 -248) = r1
 1181: *(u32 *)(r10 -232) = 0
 1182: r1 = map[pipe_p0f_signatures_masks] ll
 1184: r2 = r10
 1185: r2 += -232
 1186: call bpf_map_lookup_elem
 1187: r3 = r0
 1188: if r3 == 0 goto +1496
 1189: r1 = *(u32 *)(r3 +0)
 1190: if r1 == 0 goto +1494
 1191: *(u32 *)(r10 -200) = 0
 1192: r2 = *(u32 *)(r10 -160)
 1193: r1 = *(u32 *)(r3 +8)
 1194: r2 &= r1
 1195: *(u32 *)(r10 -196) = r2
 1196: r2 = *(u32 *)(r10 -156)
 1197: r1 = *(u32 *)(r3 +12)
 1198: r2 &= r1
 1199: *(u32 *)(r10 -192) = r2
 1200: r2 = *(u32 *)(r10 -152)
 1201: r1 = *(u32 *)(r3 +16)
 1202: r2 &= r1
 1203: *(u32 *)(r10 -188) = r2
 1204: r2 = *(u32 *)(r10 -148)
 1205: r1 = *(u32 *)(r3 +20)
 1206: r2 &= r1
 1207: *(u32 *)(r10 -184) = r2
 1208: r1 = map[pipe_p0f_signatures] ll
 1210: r2 = r10
 1211: r2 += -200
 1212: call bpf_map_lookup_elem
 1213: r3 = r0
 1214: if r3 == 0 goto +13
 1215: r2 = *(u32 *)(r3 +4)
 1216: r1 = *(u64 *)(r10 -240)
 1217: if r1 == 0 goto +2
 1218: r1 = *(u64 *)(r10 -248)
 1219: if r2 <= r1 goto +8
 1220: *(u64 *)(r10 -240) = 1
 1221: *(u64 *)(r10 -248) = r2
 1222: r1 = *(u32 *)(r3 +0)
 1223: *(u32 *)(r10 -224) = r1
 1224: r1 = *(u32 *)(r3 +4)
 1225: *(u32 *)(r10 -220) = r1
 1226: r1 = *(u32 *)(r3 +8)
 1227: *(u32 *)(r10 -216) = r1
 1228: *(u32 *)(r10 -232) = 1
 1229: r1 = map[pipe_p0f_signatures_masks] ll
 1231: r2 = r10
 1232: r2 += -232
 1233: call bpf_map_lookup_elem
 1234: r3 = r0
 1235: if r3 == 0 goto +1449
 1236: r1 = *(u32 *)(r3 +0)
 1237: if r1 == 0 goto +1447
 1238: *(u32 *)(r10 -200) = 1
 1239: r2 = *(u32 *)(r10 -160)
 1240: r1 = *(u32 *)(r3 +8)
 1241: r2 &= r1
 1242: *(u32 *)(r10 -196) = r2
 1243: r2 = *(u32 *)(r10 -156)
 1244: r1 = *(u32 *)(r3 +12)
 1245: r2 &= r1
 1246: *(u32 *)(r10 -192) = r2
 1247: r2 = *(u32 *)(r10 -152)
 1248: r1 = *(u32 *)(r3 +16)
 1249: r2 &= r1
 1250: *(u32 *)(r10 -188) = r2
 1251: r2 = *(u32 *)(r10 -148)
 1252: r1 = *(u32 *)(r3 +20)
 1253: r2 &= r1
 1254: *(u32 *)(r10 -184) = r2
 1255: r1 = map[pipe_p0f_signatures] ll
 1257: r2 = r10
 1258: r2 += -200
 1259: call bpf_map_lookup_elem
 1260: r3 = r0
 1261: if r3 == 0 goto +13
 1262: r2 = *(u32 *)(r3 +4)
 1263: r1 = *(u64 *)(r10 -240)
 1264: if r1 == 0 goto +2
 1265: r1 = *(u64 *)(r10 -248)
 1266: if r2 <= r1 goto +8
 1267: *(u64 *)(r10 -240) = 1
 1268: *(u64 *)(r10 -248) = r2
 1269: r1 = *(u32 *)(r3 +0)
 1270: *(u32 *)(r10 -224) = r1
 1271: r1 = *(u32 *)(r3 +4)
 1272: *(u32 *)(r10 -220) = r1
 1273: r1 = *(u32 *)(r3 +8)
 1274: *(u32 *)(r10 -216) = r1
 1275: *(u32 *)(r10 -232) = 2
 1276: r1 = map[pipe_p0f_signatures_masks] ll
 1278: r2 = r10
 1279: r2 += -232
 1280: call bpf_map_lookup_elem
 1281: r3 = r0
 1282: if r3 == 0 goto +1402
 1283: r1 = *(u32 *)(r3 +0)
 1284: if r1 == 0 goto +1400
 1285: *(u32 *)(r10 -200) = 2
 1286: r2 = *(u32 *)(r10 -160)
 1287: r1 = *(u32 *)(r3 +8)
 1288: r2 &= r1
 1289: *(u32 *)(r10 -196) = r2
 1290: r2 = *(u32 *)(r10 -156)
 1291: r1 = *(u32 *)(r3 +12)
 1292: r2 &= r1
 1293: *(u32 *)(r10 -192) = r2
 1294: r2 = *(u32 *)(r10 -152)
 1295: r1 = *(u32 *)(r3 +16)
 1296: r2 &= r1
 1297: *(u32 *)(r10 -188) = r2
 1298: r2 = *(u32 *)(r10 -148)
 1299: r1 = *(u32 *)(r3 +20)
 1300: r2 &= r1
 1301: *(u32 *)(r10 -184) = r2
 1302: r1 = map[pipe_p0f_signatures] ll
 1304: r2 = r10
 1305: r2 += -200
 1306: call bpf_map_lookup_elem
 1307: r3 = r0
 1308: if r3 == 0 goto +13
 1309: r2 = *(u32 *)(r3 +4)
 1310: r1 = *(u64 *)(r10 -240)
 1311: if r1 == 0 goto +2
 1312: r1 = *(u64 *)(r10 -248)
 1313: if r2 <= r1 goto +8
 1314: *(u64 *)(r10 -240) = 1
 1315: *(u64 *)(r10 -248) = r2
 1316: r1 = *(u32 *)(r3 +0)
 1317: *(u32 *)(r10 -224) = r1
 1318: r1 = *(u32 *)(r3 +4)
 1319: *(u32 *)(r10 -220) = r1
 1320: r1 = *(u32 *)(r3 +8)
 1321: *(u32 *)(r10 -216) = r1
 1322: *(u32 *)(r10 -232) = 3
 1323: r1 = map[pipe_p0f_signatures_masks] ll
 1325: r2 = r10
 1326: r2 += -232
 1327: call bpf_map_lookup_elem
 1328: r3 = r0
 1329: if r3 == 0 goto +1355
 1330: r1 = *(u32 *)(r3 +0)
 1331: if r1 == 0 goto +1353
 1332: *(u32 *)(r10 -200) = 3
 1333: r2 = *(u32 *)(r10 -160)
 1334: r1 = *(u32 *)(r3 +8)
 1335: r2 &= r1
 1336: *(u32 *)(r10 -196) = r2
 1337: r2 = *(u32 *)(r10 -156)
 1338: r1 = *(u32 *)(r3 +12)
 1339: r2 &= r1
 1340: *(u32 *)(r10 -192) = r2
 1341: r2 = *(u32 *)(r10 -152)
 1342: r1 = *(u32 *)(r3 +16)
 1343: r2 &= r1
 1344: *(u32 *)(r10 -188) = r2
 1345: r2 = *(u32 *)(r10 -148)
 1346: r1 = *(u32 *)(r3 +20)
 1347: r2 &= r1
 1348: *(u32 *)(r10 -184) = r2
 1349: r1 = map[pipe_p0f_signatures] ll
 1351: r2 = r10
 1352: r2 += -200
 1353: call bpf_map_lookup_elem
 1354: r3 = r0
 1355: if r3 == 0 goto +13
 1356: r2 = *(u32 *)(r3 +4)
 1357: r1 = *(u64 *)(r10 -240)
 1358: if r1 == 0 goto +2
 1359: r1 = *(u64 *)(r10 -248)
 1360: if r2 <= r1 goto +8
 1361: *(u64 *)(r10 -240) = 1
 1362: *(u64 *)(r10 -248) = r2
 1363: r1 = *(u32 *)(r3 +0)
 1364: *(u32 *)(r10 -224) = r1
 1365: r1 = *(u32 *)(r3 +4)
 1366: *(u32 *)(r10 -220) = r1
 1367: r1 = *(u32 *)(r3 +8)
 1368: *(u32 *)(r10 -216) = r1
 1369: *(u32 *)(r10 -232) = 4
 1370: r1 = map[pipe_p0f_signatures_masks] ll
 1372: r2 = r10
 1373: r2 += -232
 1374: call bpf_map_lookup_elem
 1375: r3 = r0
 1376: if r3 == 0 goto +1308
 1377: r1 = *(u32 *)(r3 +0)
 1378: if r1 == 0 goto +1306
 1379: *(u32 *)(r10 -200) = 4
 1380: r2 = *(u32 *)(r10 -160)
 1381: r1 = *(u32 *)(r3 +8)
 1382: r2 &= r1
 1383: *(u32 *)(r10 -196) = r2
 1384: r2 = *(u32 *)(r10 -156)
 1385: r1 = *(u32 *)(r3 +12)
 1386: r2 &= r1
 1387: *(u32 *)(r10 -192) = r2
 1388: r2 = *(u32 *)(r10 -152)
 1389: r1 = *(u32 *)(r3 +16)
 1390: r2 &= r1
 1391: *(u32 *)(r10 -188) = r2
 1392: r2 = *(u32 *)(r10 -148)
 1393: r1 = *(u32 *)(r3 +20)
 1394: r2 &= r1
 1395: *(u32 *)(r10 -184) = r2
 1396: r1 = map[pipe_p0f_signatures] ll
 1398: r2 = r10
 1399: r2 += -200
 1400: call bpf_map_lookup_elem
 1401: r3 = r0
 1402: if r3 == 0 goto +13
 1403: r2 = *(u32 *)(r3 +4)
 1404: r1 = *(u64 *)(r10 -240)
 1405: if r1 == 0 goto +2
 1406: r1 = *(u64 *)(r10 -248)
 1407: if r2 <= r1 goto +8
 1408: *(u64 *)(r10 -240) = 1
 1409: *(u64 *)(r10 -248) = r2
 1410: r1 = *(u32 *)(r3 +0)
 1411: *(u32 *)(r10 -224) = r1
 1412: r1 = *(u32 *)(r3 +4)
 1413: *(u32 *)(r10 -220) = r1
 1414: r1 = *(u32 *)(r3 +8)
 1415: *(u32 *)(r10 -216) = r1
 1416: *(u32 *)(r10 -232) = 5
 1417: r1 = map[pipe_p0f_signatures_masks] ll
 1419: r2 = r10
 1420: r2 += -232
 1421: call bpf_map_lookup_elem
 1422: r3 = r0
 1423: if r3 == 0 goto +1261
 1424: r1 = *(u32 *)(r3 +0)
 1425: if r1 == 0 goto +1259
 1426: *(u32 *)(r10 -200) = 5
 1427: r2 = *(u32 *)(r10 -160)
 1428: r1 = *(u32 *)(r3 +8)
 1429: r2 &= r1
 1430: *(u32 *)(r10 -196) = r2
 1431: r2 = *(u32 *)(r10 -156)
 1432: r1 = *(u32 *)(r3 +12)
 1433: r2 &= r1
 1434: *(u32 *)(r10 -192) = r2
 1435: r2 = *(u32 *)(r10 -152)
 1436: r1 = *(u32 *)(r3 +16)
 1437: r2 &= r1
 1438: *(u32 *)(r10 -188) = r2
 1439: r2 = *(u32 *)(r10 -148)
 1440: r1 = *(u32 *)(r3 +20)
 1441: r2 &= r1
 1442: *(u32 *)(r10 -184) = r2
 1443: r1 = map[pipe_p0f_signatures] ll
 1445: r2 = r10
 1446: r2 += -200
 1447: call bpf_map_lookup_elem
 1448: r3 = r0
 1449: if r3 == 0 goto +13
 1450: r2 = *(u32 *)(r3 +4)
 1451: r1 = *(u64 *)(r10 -240)
 1452: if r1 == 0 goto +2
 1453: r1 = *(u64 *)(r10 -248)
 1454: if r2 <= r1 goto +8
 1455: *(u64 *)(r10 -240) = 1
 1456: *(u64 *)(r10 -248) = r2
 1457: r1 = *(u32 *)(r3 +0)
 1458: *(u32 *)(r10 -224) = r1
 1459: r1 = *(u32 *)(r3 +4)
 1460: *(u32 *)(r10 -220) = r1
 1461: r1 = *(u32 *)(r3 +8)
 1462: *(u32 *)(r10 -216) = r1
 1463: *(u32 *)(r10 -232) = 6
 1464: r1 = map[pipe_p0f_signatures_masks] ll
 1466: r2 = r10
 1467: r2 += -232
 1468: call bpf_map_lookup_elem
 1469: r3 = r0
 1470: if r3 == 0 goto +1214
 1471: r1 = *(u32 *)(r3 +0)
 1472: if r1 == 0 goto +1212
 1473: *(u32 *)(r10 -200) = 6
 1474: r2 = *(u32 *)(r10 -160)
 1475: r1 = *(u32 *)(r3 +8)
 1476: r2 &= r1
 1477: *(u32 *)(r10 -196) = r2
 1478: r2 = *(u32 *)(r10 -156)
 1479: r1 = *(u32 *)(r3 +12)
 1480: r2 &= r1
 1481: *(u32 *)(r10 -192) = r2
 1482: r2 = *(u32 *)(r10 -152)
 1483: r1 = *(u32 *)(r3 +16)
 1484: r2 &= r1
 1485: *(u32 *)(r10 -188) = r2
 1486: r2 = *(u32 *)(r10 -148)
 1487: r1 = *(u32 *)(r3 +20)
 1488: r2 &= r1
 1489: *(u32 *)(r10 -184) = r2
 1490: r1 = map[pipe_p0f_signatures] ll
 1492: r2 = r10
 1493: r2 += -200
 1494: call bpf_map_lookup_elem
 1495: r3 = r0
 1496: if r3 == 0 goto +13
 1497: r2 = *(u32 *)(r3 +4)
 1498: r1 = *(u64 *)(r10 -240)
 1499: if r1 == 0 goto +2
 1500: r1 = *(u64 *)(r10 -248)
 1501: if r2 <= r1 goto +8
 1502: *(u64 *)(r10 -240) = 1
 1503: *(u64 *)(r10 -248) = r2
 1504: r1 = *(u32 *)(r3 +0)
 1505: *(u32 *)(r10 -224) = r1
 1506: r1 = *(u32 *)(r3 +4)
 1507: *(u32 *)(r10 -220) = r1
 1508: r1 = *(u32 *)(r3 +8)
 1509: *(u32 *)(r10 -216) = r1
 1510: *(u32 *)(r10 -232) = 7
 1511: r1 = map[pipe_p0f_signatures_masks] ll
 1513: r2 = r10
 1514: r2 += -232
 1515: call bpf_map_lookup_elem
 1516: r3 = r0
 1517: if r3 == 0 goto +1167
 1518: r1 = *(u32 *)(r3 +0)
 1519: if r1 == 0 goto +1165
 1520: *(u32 *)(r10 -200) = 7
 1521: r2 = *(u32 *)(r10 -160)
 1522: r1 = *(u32 *)(r3 +8)
 1523: r2 &= r1
 1524: *(u32 *)(r10 -196) = r2
 1525: r2 = *(u32 *)(r10 -156)
 1526: r1 = *(u32 *)(r3 +12)
 1527: r2 &= r1
 1528: *(u32 *)(r10 -192) = r2
 1529: r2 = *(u32 *)(r10 -152)
 1530: r1 = *(u32 *)(r3 +16)
 1531: r2 &= r1
 1532: *(u32 *)(r10 -188) = r2
 1533: r2 = *(u32 *)(r10 -148)
 1534: r1 = *(u32 *)(r3 +20)
 1535: r2 &= r1
 1536: *(u32 *)(r10 -184) = r2
 1537: r1 = map[pipe_p0f_signatures] ll
 1539: r2 = r10
 1540: r2 += -200
 1541: call bpf_map_lookup_elem
 1542: r3 = r0
 1543: if r3 == 0 goto +13
 1544: r2 = *(u32 *)(r3 +4)
 1545: r1 = *(u64 *)(r10 -240)
 1546: if r1 == 0 goto +2
 1547: r1 = *(u64 *)(r10 -248)
 1548: if r2 <= r1 goto +8
 1549: *(u64 *)(r10 -240) = 1
 1550: *(u64 *)(r10 -248) = r2
 1551: r1 = *(u32 *)(r3 +0)
 1552: *(u32 *)(r10 -224) = r1
 1553: r1 = *(u32 *)(r3 +4)
 1554: *(u32 *)(r10 -220) = r1
 1555: r1 = *(u32 *)(r3 +8)
 1556: *(u32 *)(r10 -216) = r1
 1557: *(u32 *)(r10 -232) = 8
 1558: r1 = map[pipe_p0f_signatures_masks] ll
 1560: r2 = r10
 1561: r2 += -232
 1562: call bpf_map_lookup_elem
 1563: r3 = r0
 1564: if r3 == 0 goto +1120
 1565: r1 = *(u32 *)(r3 +0)
 1566: if r1 == 0 goto +1118
 1567: *(u32 *)(r10 -200) = 8
 1568: r2 = *(u32 *)(r10 -160)
 1569: r1 = *(u32 *)(r3 +8)
 1570: r2 &= r1
 1571: *(u32 *)(r10 -196) = r2
 1572: r2 = *(u32 *)(r10 -156)
 1573: r1 = *(u32 *)(r3 +12)
 1574: r2 &= r1
 1575: *(u32 *)(r10 -192) = r2
 1576: r2 = *(u32 *)(r10 -152)
 1577: r1 = *(u32 *)(r3 +16)
 1578: r2 &= r1
 1579: *(u32 *)(r10 -188) = r2
 1580: r2 = *(u32 *)(r10 -148)
 1581: r1 = *(u32 *)(r3 +20)
 1582: r2 &= r1
 1583: *(u32 *)(r10 -184) = r2
 1584: r1 = map[pipe_p0f_signatures] ll
 1586: r2 = r10
 1587: r2 += -200
 1588: call bpf_map_lookup_elem
 1589: r3 = r0
 1590: if r3 == 0 goto +13
 1591: r2 = *(u32 *)(r3 +4)
 1592: r1 = *(u64 *)(r10 -240)
 1593: if r1 == 0 goto +2
 1594: r1 = *(u64 *)(r10 -248)
 1595: if r2 <= r1 goto +8
 1596: *(u64 *)(r10 -240) = 1
 1597: *(u64 *)(r10 -248) = r2
 1598: r1 = *(u32 *)(r3 +0)
 1599: *(u32 *)(r10 -224) = r1
 1600: r1 = *(u32 *)(r3 +4)
 1601: *(u32 *)(r10 -220) = r1
 1602: r1 = *(u32 *)(r3 +8)
 1603: *(u32 *)(r10 -216) = r1
 1604: *(u32 *)(r10 -232) = 9
 1605: r1 = map[pipe_p0f_signatures_masks] ll
 1607: r2 = r10
 1608: r2 += -232
 1609: call bpf_map_lookup_elem
 1610: r3 = r0
 1611: if r3 == 0 goto +1073
 1612: r1 = *(u32 *)(r3 +0)
 1613: if r1 == 0 goto +1071
 1614: *(u32 *)(r10 -200) = 9
 1615: r2 = *(u32 *)(r10 -160)
 1616: r1 = *(u32 *)(r3 +8)
 1617: r2 &= r1
 1618: *(u32 *)(r10 -196) = r2
 1619: r2 = *(u32 *)(r10 -156)
 1620: r1 = *(u32 *)(r3 +12)
 1621: r2 &= r1
 1622: *(u32 *)(r10 -192) = r2
 1623: r2 = *(u32 *)(r10 -152)
 1624: r1 = *(u32 *)(r3 +16)
 1625: r2 &= r1
 1626: *(u32 *)(r10 -188) = r2
 1627: r2 = *(u32 *)(r10 -148)
 1628: r1 = *(u32 *)(r3 +20)
 1629: r2 &= r1
 1630: *(u32 *)(r10 -184) = r2
 1631: r1 = map[pipe_p0f_signatures] ll
 1633: r2 = r10
 1634: r2 += -200
 1635: call bpf_map_lookup_elem
 1636: r3 = r0
 1637: if r3 == 0 goto +13
 1638: r2 = *(u32 *)(r3 +4)
 1639: r1 = *(u64 *)(r10 -240)
 1640: if r1 == 0 goto +2
 1641: r1 = *(u64 *)(r10 -248)
 1642: if r2 <= r1 goto +8
 1643: *(u64 *)(r10 -240) = 1
 1644: *(u64 *)(r10 -248) = r2
 1645: r1 = *(u32 *)(r3 +0)
 1646: *(u32 *)(r10 -224) = r1
 1647: r1 = *(u32 *)(r3 +4)
 1648: *(u32 *)(r10 -220) = r1
 1649: r1 = *(u32 *)(r3 +8)
 1650: *(u32 *)(r10 -216) = r1
 1651: *(u32 *)(r10 -232) = 10
 1652: r1 = map[pipe_p0f_signatures_masks] ll
 1654: r2 = r10
 1655: r2 += -232
 1656: call bpf_map_lookup_elem
 1657: r3 = r0
 1658: if r3 == 0 goto +1026
 1659: r1 = *(u32 *)(r3 +0)
 1660: if r1 == 0 goto +1024
 1661: *(u32 *)(r10 -200) = 10
 1662: r2 = *(u32 *)(r10 -160)
 1663: r1 = *(u32 *)(r3 +8)
 1664: r2 &= r1
 1665: *(u32 *)(r10 -196) = r2
 1666: r2 = *(u32 *)(r10 -156)
 1667: r1 = *(u32 *)(r3 +12)
 1668: r2 &= r1
 1669: *(u32 *)(r10 -192) = r2
 1670: r2 = *(u32 *)(r10 -152)
 1671: r1 = *(u32 *)(r3 +16)
 1672: r2 &= r1
 1673: *(u32 *)(r10 -188) = r2
 1674: r2 = *(u32 *)(r10 -148)
 1675: r1 = *(u32 *)(r3 +20)
 1676: r2 &= r1
 1677: *(u32 *)(r10 -184) = r2
 1678: r1 = map[pipe_p0f_signatures] ll
 1680: r2 = r10
 1681: r2 += -200
 1682: call bpf_map_lookup_elem
 1683: r3 = r0
 1684: if r3 == 0 goto +13
 1685: r2 = *(u32 *)(r3 +4)
 1686: r1 = *(u64 *)(r10 -240)
 1687: if r1 == 0 goto +2
 1688: r1 = *(u64 *)(r10 -248)
 1689: if r2 <= r1 goto +8
 1690: *(u64 *)(r10 -240) = 1
 1691: *(u64 *)(r10 -248) = r2
 1692: r1 = *(u32 *)(r3 +0)
 1693: *(u32 *)(r10 -224) = r1
 1694: r1 = *(u32 *)(r3 +4)
 1695: *(u32 *)(r10 -220) = r1
 1696: r1 = *(u32 *)(r3 +8)
 1697: *(u32 *)(r10 -216) = r1
 1698: *(u32 *)(r10 -232) = 11
 1699: r1 = map[pipe_p0f_signatures_masks] ll
 1701: r2 = r10
 1702: r2 += -232
 1703: call bpf_map_lookup_elem
 1704: r3 = r0
 1705: if r3 == 0 goto +979
 1706: r1 = *(u32 *)(r3 +0)
 1707: if r1 == 0 goto +977
 1708: *(u32 *)(r10 -200) = 11
 1709: r2 = *(u32 *)(r10 -160)
 1710: r1 = *(u32 *)(r3 +8)
 1711: r2 &= r1
 1712: *(u32 *)(r10 -196) = r2
 1713: r2 = *(u32 *)(r10 -156)
 1714: r1 = *(u32 *)(r3 +12)
 1715: r2 &= r1
 1716: *(u32 *)(r10 -192) = r2
 1717: r2 = *(u32 *)(r10 -152)
 1718: r1 = *(u32 *)(r3 +16)
 1719: r2 &= r1
 1720: *(u32 *)(r10 -188) = r2
 1721: r2 = *(u32 *)(r10 -148)
 1722: r1 = *(u32 *)(r3 +20)
 1723: r2 &= r1
 1724: *(u32 *)(r10 -184) = r2
 1725: r1 = map[pipe_p0f_signatures] ll
 1727: r2 = r10
 1728: r2 += -200
 1729: call bpf_map_lookup_elem
 1730: r3 = r0
 1731: if r3 == 0 goto +13
 1732: r2 = *(u32 *)(r3 +4)
 1733: r1 = *(u64 *)(r10 -240)
 1734: if r1 == 0 goto +2
 1735: r1 = *(u64 *)(r10 -248)
 1736: if r2 <= r1 goto +8
 1737: *(u64 *)(r10 -240) = 1
 1738: *(u64 *)(r10 -248) = r2
 1739: r1 = *(u32 *)(r3 +0)
 1740: *(u32 *)(r10 -224) = r1
 1741: r1 = *(u32 *)(r3 +4)
 1742: *(u32 *)(r10 -220) = r1
 1743: r1 = *(u32 *)(r3 +8)
 1744: *(u32 *)(r10 -216) = r1
 1745: *(u32 *)(r10 -232) = 12
 1746: r1 = map[pipe_p0f_signatures_masks] ll
 1748: r2 = r10
 1749: r2 += -232
 1750: call bpf_map_lookup_elem
 1751: r3 = r0
 1752: if r3 == 0 goto +932
 1753: r1 = *(u32 *)(r3 +0)
 1754: if r1 == 0 goto +930
 1755: *(u32 *)(r10 -200) = 12
 1756: r2 = *(u32 *)(r10 -160)
 1757: r1 = *(u32 *)(r3 +8)
 1758: r2 &= r1
 1759: *(u32 *)(r10 -196) = r2
 1760: r2 = *(u32 *)(r10 -156)
 1761: r1 = *(u32 *)(r3 +12)
 1762: r2 &= r1
 1763: *(u32 *)(r10 -192) = r2
 1764: r2 = *(u32 *)(r10 -152)
 1765: r1 = *(u32 *)(r3 +16)
 1766: r2 &= r1
 1767: *(u32 *)(r10 -188) = r2
 1768: r2 = *(u32 *)(r10 -148)
 1769: r1 = *(u32 *)(r3 +20)
 1770: r2 &= r1
 1771: *(u32 *)(r10 -184) = r2
 1772: r1 = map[pipe_p0f_signatures] ll
 1774: r2 = r10
 1775: r2 += -200
 1776: call bpf_map_lookup_elem
 1777: r3 = r0
 1778: if r3 == 0 goto +13
 1779: r2 = *(u32 *)(r3 +4)
 1780: r1 = *(u64 *)(r10 -240)
 1781: if r1 == 0 goto +2
 1782: r1 = *(u64 *)(r10 -248)
 1783: if r2 <= r1 goto +8
 1784: *(u64 *)(r10 -240) = 1
 1785: *(u64 *)(r10 -248) = r2
 1786: r1 = *(u32 *)(r3 +0)
 1787: *(u32 *)(r10 -224) = r1
 1788: r1 = *(u32 *)(r3 +4)
 1789: *(u32 *)(r10 -220) = r1
 1790: r1 = *(u32 *)(r3 +8)
 1791: *(u32 *)(r10 -216) = r1
 1792: *(u32 *)(r10 -232) = 13
 1793: r1 = map[pipe_p0f_signatures_masks] ll
 1795: r2 = r10
 1796: r2 += -232
 1797: call bpf_map_lookup_elem
 1798: r3 = r0
 1799: if r3 == 0 goto +885
 1800: r1 = *(u32 *)(r3 +0)
 1801: if r1 == 0 goto +883
 1802: *(u32 *)(r10 -200) = 13
 1803: r2 = *(u32 *)(r10 -160)
 1804: r1 = *(u32 *)(r3 +8)
 1805: r2 &= r1
 1806: *(u32 *)(r10 -196) = r2
 1807: r2 = *(u32 *)(r10 -156)
 1808: r1 = *(u32 *)(r3 +12)
 1809: r2 &= r1
 1810: *(u32 *)(r10 -192) = r2
 1811: r2 = *(u32 *)(r10 -152)
 1812: r1 = *(u32 *)(r3 +16)
 1813: r2 &= r1
 1814: *(u32 *)(r10 -188) = r2
 1815: r2 = *(u32 *)(r10 -148)
 1816: r1 = *(u32 *)(r3 +20)
 1817: r2 &= r1
 1818: *(u32 *)(r10 -184) = r2
 1819: r1 = map[pipe_p0f_signatures] ll
 1821: r2 = r10
 1822: r2 += -200
 1823: call bpf_map_lookup_elem
 1824: r3 = r0
 1825: if r3 == 0 goto +13
 1826: r2 = *(u32 *)(r3 +4)
 1827: r1 = *(u64 *)(r10 -240)
 1828: if r1 == 0 goto +2
 1829: r1 = *(u64 *)(r10 -248)
 1830: if r2 <= r1 goto +8
 1831: *(u64 *)(r10 -240) = 1
 1832: *(u64 *)(r10 -248) = r2
 1833: r1 = *(u32 *)(r3 +0)
 1834: *(u32 *)(r10 -224) = r1
 1835: r1 = *(u32 *)(r3 +4)
 1836: *(u32 *)(r10 -220) = r1
 1837: r1 = *(u32 *)(r3 +8)
 1838: *(u32 *)(r10 -216) = r1
 1839: *(u32 *)(r10 -232) = 14
 1840: r1 = map[pipe_p0f_signatures_masks] ll
 1842: r2 = r10
 1843: r2 += -232
 1844: call bpf_map_lookup_elem
 1845: r3 = r0
 1846: if r3 == 0 goto +838
 1847: r1 = *(u32 *)(r3 +0)
 1848: if r1 == 0 goto +836
 1849: *(u32 *)(r10 -200) = 14
 1850: r2 = *(u32 *)(r10 -160)
 1851: r1 = *(u32 *)(r3 +8)
 1852: r2 &= r1
 1853: *(u32 *)(r10 -196) = r2
 1854: r2 = *(u32 *)(r10 -156)
 1855: r1 = *(u32 *)(r3 +12)
 1856: r2 &= r1
 1857: *(u32 *)(r10 -192) = r2
 1858: r2 = *(u32 *)(r10 -152)
 1859: r1 = *(u32 *)(r3 +16)
 1860: r2 &= r1
 1861: *(u32 *)(r10 -188) = r2
 1862: r2 = *(u32 *)(r10 -148)
 1863: r1 = *(u32 *)(r3 +20)
 1864: r2 &= r1
 1865: *(u32 *)(r10 -184) = r2
 1866: r1 = map[pipe_p0f_signatures] ll
 1868: r2 = r10
 1869: r2 += -200
 1870: call bpf_map_lookup_elem
 1871: r3 = r0
 1872: if r3 == 0 goto +13
 1873: r2 = *(u32 *)(r3 +4)
 1874: r1 = *(u64 *)(r10 -240)
 1875: if r1 == 0 goto +2
 1876: r1 = *(u64 *)(r10 -248)
 1877: if r2 <= r1 goto +8
 1878: *(u64 *)(r10 -240) = 1
 1879: *(u64 *)(r10 -248) = r2
 1880: r1 = *(u32 *)(r3 +0)
 1881: *(u32 *)(r10 -224) = r1
 1882: r1 = *(u32 *)(r3 +4)
 1883: *(u32 *)(r10 -220) = r1
 1884: r1 = *(u32 *)(r3 +8)
 1885: *(u32 *)(r10 -216) = r1
 1886: *(u32 *)(r10 -232) = 15
 1887: r1 = map[pipe_p0f_signatures_masks] ll
 1889: r2 = r10
 1890: r2 += -232
 1891: call bpf_map_lookup_elem
 1892: r3 = r0
 1893: if r3 == 0 goto +791
 1894: r1 = *(u32 *)(r3 +0)
 1895: if r1 == 0 goto +789
 1896: *(u32 *)(r10 -200) = 15
 1897: r2 = *(u32 *)(r10 -160)
 1898: r1 = *(u32 *)(r3 +8)
 1899: r2 &= r1
 1900: *(u32 *)(r10 -196) = r2
 1901: r2 = *(u32 *)(r10 -156)
 1902: r1 = *(u32 *)(r3 +12)
 1903: r2 &= r1
 1904: *(u32 *)(r10 -192) = r2
 1905: r2 = *(u32 *)(r10 -152)
 1906: r1 = *(u32 *)(r3 +16)
 1907: r2 &= r1
 1908: *(u32 *)(r10 -188) = r2
 1909: r2 = *(u32 *)(r10 -148)
 1910: r1 = *(u32 *)(r3 +20)
 1911: r2 &= r1
 1912: *(u32 *)(r10 -184) = r2
 1913: r1 = map[pipe_p0f_signatures] ll
 1915: r2 = r10
 1916: r2 += -200
 1917: call bpf_map_lookup_elem
 1918: r3 = r0
 1919: if r3 == 0 goto +13
 1920: r2 = *(u32 *)(r3 +4)
 1921: r1 = *(u64 *)(r10 -240)
 1922: if r1 == 0 goto +2
 1923: r1 = *(u64 *)(r10 -248)
 1924: if r2 <= r1 goto +8
 1925: *(u64 *)(r10 -240) = 1
 1926: *(u64 *)(r10 -248) = r2
 1927: r1 = *(u32 *)(r3 +0)
 1928: *(u32 *)(r10 -224) = r1
 1929: r1 = *(u32 *)(r3 +4)
 1930: *(u32 *)(r10 -220) = r1
 1931: r1 = *(u32 *)(r3 +8)
 1932: *(u32 *)(r10 -216) = r1
 1933: *(u32 *)(r10 -232) = 16
 1934: r1 = map[pipe_p0f_signatures_masks] ll
 1936: r2 = r10
 1937: r2 += -232
 1938: call bpf_map_lookup_elem
 1939: r3 = r0
 1940: if r3 == 0 goto +744
 1941: r1 = *(u32 *)(r3 +0)
 1942: if r1 == 0 goto +742
 1943: *(u32 *)(r10 -200) = 16
 1944: r2 = *(u32 *)(r10 -160)
 1945: r1 = *(u32 *)(r3 +8)
 1946: r2 &= r1
 1947: *(u32 *)(r10 -196) = r2
 1948: r2 = *(u32 *)(r10 -156)
 1949: r1 = *(u32 *)(r3 +12)
 1950: r2 &= r1
 1951: *(u32 *)(r10 -192) = r2
 1952: r2 = *(u32 *)(r10 -152)
 1953: r1 = *(u32 *)(r3 +16)
 1954: r2 &= r1
 1955: *(u32 *)(r10 -188) = r2
 1956: r2 = *(u32 *)(r10 -148)
 1957: r1 = *(u32 *)(r3 +20)
 1958: r2 &= r1
 1959: *(u32 *)(r10 -184) = r2
 1960: r1 = map[pipe_p0f_signatures] ll
 1962: r2 = r10
 1963: r2 += -200
 1964: call bpf_map_lookup_elem
 1965: r3 = r0
 1966: if r3 == 0 goto +13
 1967: r2 = *(u32 *)(r3 +4)
 1968: r1 = *(u64 *)(r10 -240)
 1969: if r1 == 0 goto +2
 1970: r1 = *(u64 *)(r10 -248)
 1971: if r2 <= r1 goto +8
 1972: *(u64 *)(r10 -240) = 1
 1973: *(u64 *)(r10 -248) = r2
 1974: r1 = *(u32 *)(r3 +0)
 1975: *(u32 *)(r10 -224) = r1
 1976: r1 = *(u32 *)(r3 +4)
 1977: *(u32 *)(r10 -220) = r1
 1978: r1 = *(u32 *)(r3 +8)
 1979: *(u32 *)(r10 -216) = r1
 1980: *(u32 *)(r10 -232) = 17
 1981: r1 = map[pipe_p0f_signatures_masks] ll
 1983: r2 = r10
 1984: r2 += -232
 1985: call bpf_map_lookup_elem
 1986: r3 = r0
 1987: if r3 == 0 goto +697
 1988: r1 = *(u32 *)(r3 +0)
 1989: if r1 == 0 goto +695
 1990: *(u32 *)(r10 -200) = 17
 1991: r2 = *(u32 *)(r10 -160)
 1992: r1 = *(u32 *)(r3 +8)
 1993: r2 &= r1
 1994: *(u32 *)(r10 -196) = r2
 1995: r2 = *(u32 *)(r10 -156)
 1996: r1 = *(u32 *)(r3 +12)
 1997: r2 &= r1
 1998: *(u32 *)(r10 -192) = r2
 1999: r2 = *(u32 *)(r10 -152)
 2000: r1 = *(u32 *)(r3 +16)
 2001: r2 &= r1
 2002: *(u32 *)(r10 -188) = r2
 2003: r2 = *(u32 *)(r10 -148)
 2004: r1 = *(u32 *)(r3 +20)
 2005: r2 &= r1
 2006: *(u32 *)(r10 -184) = r2
 2007: r1 = map[pipe_p0f_signatures] ll
 2009: r2 = r10
 2010: r2 += -200
 2011: call bpf_map_lookup_elem
 2012: r3 = r0
 2013: if r3 == 0 goto +13
 2014: r2 = *(u32 *)(r3 +4)
 2015: r1 = *(u64 *)(r10 -240)
 2016: if r1 == 0 goto +2
 2017: r1 = *(u64 *)(r10 -248)
 2018: if r2 <= r1 goto +8
 2019: *(u64 *)(r10 -240) = 1
 2020: *(u64 *)(r10 -248) = r2
 2021: r1 = *(u32 *)(r3 +0)
 2022: *(u32 *)(r10 -224) = r1
 2023: r1 = *(u32 *)(r3 +4)
 2024: *(u32 *)(r10 -220) = r1
 2025: r1 = *(u32 *)(r3 +8)
 2026: *(u32 *)(r10 -216) = r1
 2027: *(u32 *)(r10 -232) = 18
 2028: r1 = map[pipe_p0f_signatures_masks] ll
 2030: r2 = r10
 2031: r2 += -232
 2032: call bpf_map_lookup_elem
 2033: r3 = r0
 2034: if r3 == 0 goto +650
 2035: r1 = *(u32 *)(r3 +0)
 2036: if r1 == 0 goto +648
 2037: *(u32 *)(r10 -200) = 18
 2038: r2 = *(u32 *)(r10 -160)
 2039: r1 = *(u32 *)(r3 +8)
 2040: r2 &= r1
 2041: *(u32 *)(r10 -196) = r2
 2042: r2 = *(u32 *)(r10 -156)
 2043: r1 = *(u32 *)(r3 +12)
 2044: r2 &= r1
 2045: *(u32 *)(r10 -192) = r2
 2046: r2 = *(u32 *)(r10 -152)
 2047: r1 = *(u32 *)(r3 +16)
 2048: r2 &= r1
 2049: *(u32 *)(r10 -188) = r2
 2050: r2 = *(u32 *)(r10 -148)
 2051: r1 = *(u32 *)(r3 +20)
 2052: r2 &= r1
 2053: *(u32 *)(r10 -184) = r2
 2054: r1 = map[pipe_p0f_signatures] ll
 2056: r2 = r10
 2057: r2 += -200
 2058: call bpf_map_lookup_elem
 2059: r3 = r0
 2060: if r3 == 0 goto +13
 2061: r2 = *(u32 *)(r3 +4)
 2062: r1 = *(u64 *)(r10 -240)
 2063: if r1 == 0 goto +2
 2064: r1 = *(u64 *)(r10 -248)
 2065: if r2 <= r1 goto +8
 2066: *(u64 *)(r10 -240) = 1
 2067: *(u64 *)(r10 -248) = r2
 2068: r1 = *(u32 *)(r3 +0)
 2069: *(u32 *)(r10 -224) = r1
 2070: r1 = *(u32 *)(r3 +4)
 2071: *(u32 *)(r10 -220) = r1
 2072: r1 = *(u32 *)(r3 +8)
 2073: *(u32 *)(r10 -216) = r1
 2074: *(u32 *)(r10 -232) = 19
 2075: r1 = map[pipe_p0f_signatures_masks] ll
 2077: r2 = r10
 2078: r2 += -232
 2079: call bpf_map_lookup_elem
 2080: r3 = r0
 2081: if r3 == 0 goto +603
 2082: r1 = *(u32 *)(r3 +0)
 2083: if r1 == 0 goto +601
 2084: *(u32 *)(r10 -200) = 19
 2085: r2 = *(u32 *)(r10 -160)
 2086: r1 = *(u32 *)(r3 +8)
 2087: r2 &= r1
 2088: *(u32 *)(r10 -196) = r2
 2089: r2 = *(u32 *)(r10 -156)
 2090: r1 = *(u32 *)(r3 +12)
 2091: r2 &= r1
 2092: *(u32 *)(r10 -192) = r2
 2093: r2 = *(u32 *)(r10 -152)
 2094: r1 = *(u32 *)(r3 +16)
 2095: r2 &= r1
 2096: *(u32 *)(r10 -188) = r2
 2097: r2 = *(u32 *)(r10 -148)
 2098: r1 = *(u32 *)(r3 +20)
 2099: r2 &= r1
 2100: *(u32 *)(r10 -184) = r2
 2101: r1 = map[pipe_p0f_signatures] ll
 2103: r2 = r10
 2104: r2 += -200
 2105: call bpf_map_lookup_elem
 2106: r3 = r0
 2107: if r3 == 0 goto +13
 2108: r2 = *(u32 *)(r3 +4)
 2109: r1 = *(u64 *)(r10 -240)
 2110: if r1 == 0 goto +2
 2111: r1 = *(u64 *)(r10 -248)
 2112: if r2 <= r1 goto +8
 2113: *(u64 *)(r10 -240) = 1
 2114: *(u64 *)(r10 -248) = r2
 2115: r1 = *(u32 *)(r3 +0)
 2116: *(u32 *)(r10 -224) = r1
 2117: r1 = *(u32 *)(r3 +4)
 2118: *(u32 *)(r10 -220) = r1
 2119: r1 = *(u32 *)(r3 +8)
 2120: *(u32 *)(r10 -216) = r1
 2121: *(u32 *)(r10 -232) = 20
 2122: r1 = map[pipe_p0f_signatures_masks] ll
 2124: r2 = r10
 2125: r2 += -232
 2126: call bpf_map_lookup_elem
 2127: r3 = r0
 2128: if r3 == 0 goto +556
 2129: r1 = *(u32 *)(r3 +0)
 2130: if r1 == 0 goto +554
 2131: *(u32 *)(r10 -200) = 20
 2132: r2 = *(u32 *)(r10 -160)
 2133: r1 = *(u32 *)(r3 +8)
 2134: r2 &= r1
 2135: *(u32 *)(r10 -196) = r2
 2136: r2 = *(u32 *)(r10 -156)
 2137: r1 = *(u32 *)(r3 +12)
 2138: r2 &= r1
 2139: *(u32 *)(r10 -192) = r2
 2140: r2 = *(u32 *)(r10 -152)
 2141: r1 = *(u32 *)(r3 +16)
 2142: r2 &= r1
 2143: *(u32 *)(r10 -188) = r2
 2144: r2 = *(u32 *)(r10 -148)
 2145: r1 = *(u32 *)(r3 +20)
 2146: r2 &= r1
 2147: *(u32 *)(r10 -184) = r2
 2148: r1 = map[pipe_p0f_signatures] ll
 2150: r2 = r10
 2151: r2 += -200
 2152: call bpf_map_lookup_elem
 2153: r3 = r0
 2154: if r3 == 0 goto +13
 2155: r2 = *(u32 *)(r3 +4)
 2156: r1 = *(u64 *)(r10 -240)
 2157: if r1 == 0 goto +2
 2158: r1 = *(u64 *)(r10 -248)
 2159: if r2 <= r1 goto +8
 2160: *(u64 *)(r10 -240) = 1
 2161: *(u64 *)(r10 -248) = r2
 2162: r1 = *(u32 *)(r3 +0)
 2163: *(u32 *)(r10 -224) = r1
 2164: r1 = *(u32 *)(r3 +4)
 2165: *(u32 *)(r10 -220) = r1
 2166: r1 = *(u32 *)(r3 +8)
 2167: *(u32 *)(r10 -216) = r1
 2168: *(u32 *)(r10 -232) = 21
 2169: r1 = map[pipe_p0f_signatures_masks] ll
 2171: r2 = r10
 2172: r2 += -232
 2173: call bpf_map_lookup_elem
 2174: r3 = r0
 2175: if r3 == 0 goto +509
 2176: r1 = *(u32 *)(r3 +0)
 2177: if r1 == 0 goto +507
 2178: *(u32 *)(r10 -200) = 21
 2179: r2 = *(u32 *)(r10 -160)
 2180: r1 = *(u32 *)(r3 +8)
 2181: r2 &= r1
 2182: *(u32 *)(r10 -196) = r2
 2183: r2 = *(u32 *)(r10 -156)
 2184: r1 = *(u32 *)(r3 +12)
 2185: r2 &= r1
 2186: *(u32 *)(r10 -192) = r2
 2187: r2 = *(u32 *)(r10 -152)
 2188: r1 = *(u32 *)(r3 +16)
 2189: r2 &= r1
 2190: *(u32 *)(r10 -188) = r2
 2191: r2 = *(u32 *)(r10 -148)
 2192: r1 = *(u32 *)(r3 +20)
 2193: r2 &= r1
 2194: *(u32 *)(r10 -184) = r2
 2195: r1 = map[pipe_p0f_signatures] ll
 2197: r2 = r10
 2198: r2 += -200
 2199: call bpf_map_lookup_elem
 2200: r3 = r0
 2201: if r3 == 0 goto +13
 2202: r2 = *(u32 *)(r3 +4)
 2203: r1 = *(u64 *)(r10 -240)
 2204: if r1 == 0 goto +2
 2205: r1 = *(u64 *)(r10 -248)
 2206: if r2 <= r1 goto +8
 2207: *(u64 *)(r10 -240) = 1
 2208: *(u64 *)(r10 -248) = r2
 2209: r1 = *(u32 *)(r3 +0)
 2210: *(u32 *)(r10 -224) = r1
 2211: r1 = *(u32 *)(r3 +4)
 2212: *(u32 *)(r10 -220) = r1
 2213: r1 = *(u32 *)(r3 +8)
 2214: *(u32 *)(r10 -216) = r1
 2215: *(u32 *)(r10 -232) = 22
 2216: r1 = map[pipe_p0f_signatures_masks] ll
 2218: r2 = r10
 2219: r2 += -232
 2220: call bpf_map_lookup_elem
 2221: r3 = r0
 2222: if r3 == 0 goto +462
 2223: r1 = *(u32 *)(r3 +0)
 2224: if r1 == 0 goto +460
 2225: *(u32 *)(r10 -200) = 22
 2226: r2 = *(u32 *)(r10 -160)
 2227: r1 = *(u32 *)(r3 +8)
 2228: r2 &= r1
 2229: *(u32 *)(r10 -196) = r2
 2230: r2 = *(u32 *)(r10 -156)
 2231: r1 = *(u32 *)(r3 +12)
 2232: r2 &= r1
 2233: *(u32 *)(r10 -192) = r2
 2234: r2 = *(u32 *)(r10 -152)
 2235: r1 = *(u32 *)(r3 +16)
 2236: r2 &= r1
 2237: *(u32 *)(r10 -188) = r2
 2238: r2 = *(u32 *)(r10 -148)
 2239: r1 = *(u32 *)(r3 +20)
 2240: r2 &= r1
 2241: *(u32 *)(r10 -184) = r2
 2242: r1 = map[pipe_p0f_signatures] ll
 2244: r2 = r10
 2245: r2 += -200
 2246: call bpf_map_lookup_elem
 2247: r3 = r0
 2248: if r3 == 0 goto +13
 2249: r2 = *(u32 *)(r3 +4)
 2250: r1 = *(u64 *)(r10 -240)
 2251: if r1 == 0 goto +2
 2252: r1 = *(u64 *)(r10 -248)
 2253: if r2 <= r1 goto +8
 2254: *(u64 *)(r10 -240) = 1
 2255: *(u64 *)(r10 -248) = r2
 2256: r1 = *(u32 *)(r3 +0)
 2257: *(u32 *)(r10 -224) = r1
 2258: r1 = *(u32 *)(r3 +4)
 2259: *(u32 *)(r10 -220) = r1
 2260: r1 = *(u32 *)(r3 +8)
 2261: *(u32 *)(r10 -216) = r1
 2262: *(u32 *)(r10 -232) = 23
 2263: r1 = map[pipe_p0f_signatures_masks] ll
 2265: r2 = r10
 2266: r2 += -232
 2267: call bpf_map_lookup_elem
 2268: r3 = r0
 2269: if r3 == 0 goto +415
 2270: r1 = *(u32 *)(r3 +0)
 2271: if r1 == 0 goto +413
 2272: *(u32 *)(r10 -200) = 23
 2273: r2 = *(u32 *)(r10 -160)
 2274: r1 = *(u32 *)(r3 +8)
 2275: r2 &= r1
 2276: *(u32 *)(r10 -196) = r2
 2277: r2 = *(u32 *)(r10 -156)
 2278: r1 = *(u32 *)(r3 +12)
 2279: r2 &= r1
 2280: *(u32 *)(r10 -192) = r2
 2281: r2 = *(u32 *)(r10 -152)
 2282: r1 = *(u32 *)(r3 +16)
 2283: r2 &= r1
 2284: *(u32 *)(r10 -188) = r2
 2285: r2 = *(u32 *)(r10 -148)
 2286: r1 = *(u32 *)(r3 +20)
 2287: r2 &= r1
 2288: *(u32 *)(r10 -184) = r2
 2289: r1 = map[pipe_p0f_signatures] ll
 2291: r2 = r10
 2292: r2 += -200
 2293: call bpf_map_lookup_elem
 2294: r3 = r0
 2295: if r3 == 0 goto +13
 2296: r2 = *(u32 *)(r3 +4)
 2297: r1 = *(u64 *)(r10 -240)
 2298: if r1 == 0 goto +2
 2299: r1 = *(u64 *)(r10 -248)
 2300: if r2 <= r1 goto +8
 2301: *(u64 *)(r10 -240) = 1
 2302: *(u64 *)(r10 -248) = r2
 2303: r1 = *(u32 *)(r3 +0)
 2304: *(u32 *)(r10 -224) = r1
 2305: r1 = *(u32 *)(r3 +4)
 2306: *(u32 *)(r10 -220) = r1
 2307: r1 = *(u32 *)(r3 +8)
 2308: *(u32 *)(r10 -216) = r1
 2309: *(u32 *)(r10 -232) = 24
 2310: r1 = map[pipe_p0f_signatures_masks] ll
 2312: r2 = r10
 2313: r2 += -232
 2314: call bpf_map_lookup_elem
 2315: r3 = r0
 2316: if r3 == 0 goto +368
 2317: r1 = *(u32 *)(r3 +0)
 2318: if r1 == 0 goto +366
 2319: *(u32 *)(r10 -200) = 24
 2320: r2 = *(u32 *)(r10 -160)
 2321: r1 = *(u32 *)(r3 +8)
 2322: r2 &= r1
 2323: *(u32 *)(r10 -196) = r2
 2324: r2 = *(u32 *)(r10 -156)
 2325: r1 = *(u32 *)(r3 +12)
 2326: r2 &= r1
 2327: *(u32 *)(r10 -192) = r2
 2328: r2 = *(u32 *)(r10 -152)
 2329: r1 = *(u32 *)(r3 +16)
 2330: r2 &= r1
 2331: *(u32 *)(r10 -188) = r2
 2332: r2 = *(u32 *)(r10 -148)
 2333: r1 = *(u32 *)(r3 +20)
 2334: r2 &= r1
 2335: *(u32 *)(r10 -184) = r2
 2336: r1 = map[pipe_p0f_signatures] ll
 2338: r2 = r10
 2339: r2 += -200
 2340: call bpf_map_lookup_elem
 2341: r3 = r0
 2342: if r3 == 0 goto +13
 2343: r2 = *(u32 *)(r3 +4)
 2344: r1 = *(u64 *)(r10 -240)
 2345: if r1 == 0 goto +2
 2346: r1 = *(u64 *)(r10 -248)
 2347: if r2 <= r1 goto +8
 2348: *(u64 *)(r10 -240) = 1
 2349: *(u64 *)(r10 -248) = r2
 2350: r1 = *(u32 *)(r3 +0)
 2351: *(u32 *)(r10 -224) = r1
 2352: r1 = *(u32 *)(r3 +4)
 2353: *(u32 *)(r10 -220) = r1
 2354: r1 = *(u32 *)(r3 +8)
 2355: *(u32 *)(r10 -216) = r1
 2356: *(u32 *)(r10 -232) = 25
 2357: r1 = map[pipe_p0f_signatures_masks] ll
 2359: r2 = r10
 2360: r2 += -232
 2361: call bpf_map_lookup_elem
 2362: r3 = r0
 2363: if r3 == 0 goto +321
 2364: r1 = *(u32 *)(r3 +0)
 2365: if r1 == 0 goto +319
 2366: *(u32 *)(r10 -200) = 25
 2367: r2 = *(u32 *)(r10 -160)
 2368: r1 = *(u32 *)(r3 +8)
 2369: r2 &= r1
 2370: *(u32 *)(r10 -196) = r2
 2371: r2 = *(u32 *)(r10 -156)
 2372: r1 = *(u32 *)(r3 +12)
 2373: r2 &= r1
 2374: *(u32 *)(r10 -192) = r2
 2375: r2 = *(u32 *)(r10 -152)
 2376: r1 = *(u32 *)(r3 +16)
 2377: r2 &= r1
 2378: *(u32 *)(r10 -188) = r2
 2379: r2 = *(u32 *)(r10 -148)
 2380: r1 = *(u32 *)(r3 +20)
 2381: r2 &= r1
 2382: *(u32 *)(r10 -184) = r2
 2383: r1 = map[pipe_p0f_signatures] ll
 2385: r2 = r10
 2386: r2 += -200
 2387: call bpf_map_lookup_elem
 2388: r3 = r0
 2389: if r3 == 0 goto +13
 2390: r2 = *(u32 *)(r3 +4)
 2391: r1 = *(u64 *)(r10 -240)
 2392: if r1 == 0 goto +2
 2393: r1 = *(u64 *)(r10 -248)
 2394: if r2 <= r1 goto +8
 2395: *(u64 *)(r10 -240) = 1
 2396: *(u64 *)(r10 -248) = r2
 2397: r1 = *(u32 *)(r3 +0)
 2398: *(u32 *)(r10 -224) = r1
 2399: r1 = *(u32 *)(r3 +4)
 2400: *(u32 *)(r10 -220) = r1
 2401: r1 = *(u32 *)(r3 +8)
 2402: *(u32 *)(r10 -216) = r1
 2403: *(u32 *)(r10 -232) = 26
 2404: r1 = map[pipe_p0f_signatures_masks] ll
 2406: r2 = r10
 2407: r2 += -232
 2408: call bpf_map_lookup_elem
 2409: r3 = r0
 2410: if r3 == 0 goto +274
 2411: r1 = *(u32 *)(r3 +0)
 2412: if r1 == 0 goto +272
 2413: *(u32 *)(r10 -200) = 26
 2414: r2 = *(u32 *)(r10 -160)
 2415: r1 = *(u32 *)(r3 +8)
 2416: r2 &= r1
 2417: *(u32 *)(r10 -196) = r2
 2418: r2 = *(u32 *)(r10 -156)
 2419: r1 = *(u32 *)(r3 +12)
 2420: r2 &= r1
 2421: *(u32 *)(r10 -192) = r2
 2422: r2 = *(u32 *)(r10 -152)
 2423: r1 = *(u32 *)(r3 +16)
 2424: r2 &= r1
 2425: *(u32 *)(r10 -188) = r2
 2426: r2 = *(u32 *)(r10 -148)
 2427: r1 = *(u32 *)(r3 +20)
 2428: r2 &= r1
 2429: *(u32 *)(r10 -184) = r2
 2430: r1 = map[pipe_p0f_signatures] ll
 2432: r2 = r10
 2433: r2 += -200
 2434: call bpf_map_lookup_elem
 2435: r3 = r0
 2436: if r3 == 0 goto +13
 2437: r2 = *(u32 *)(r3 +4)
 2438: r1 = *(u64 *)(r10 -240)
 2439: if r1 == 0 goto +2
 2440: r1 = *(u64 *)(r10 -248)
 2441: if r2 <= r1 goto +8
 2442: *(u64 *)(r10 -240) = 1
 2443: *(u64 *)(r10 -248) = r2
 2444: r1 = *(u32 *)(r3 +0)
 2445: *(u32 *)(r10 -224) = r1
 2446: r1 = *(u32 *)(r3 +4)
 2447: *(u32 *)(r10 -220) = r1
 2448: r1 = *(u32 *)(r3 +8)
 2449: *(u32 *)(r10 -216) = r1
 2450: *(u32 *)(r10 -232) = 27
 2451: r1 = map[pipe_p0f_signatures_masks] ll
 2453: r2 = r10
 2454: r2 += -232
 2455: call bpf_map_lookup_elem
 2456: r3 = r0
 2457: if r3 == 0 goto +227
 2458: r1 = *(u32 *)(r3 +0)
 2459: if r1 == 0 goto +225
 2460: *(u32 *)(r10 -200) = 27
 2461: r2 = *(u32 *)(r10 -160)
 2462: r1 = *(u32 *)(r3 +8)
 2463: r2 &= r1
 2464: *(u32 *)(r10 -196) = r2
 2465: r2 = *(u32 *)(r10 -156)
 2466: r1 = *(u32 *)(r3 +12)
 2467: r2 &= r1
 2468: *(u32 *)(r10 -192) = r2
 2469: r2 = *(u32 *)(r10 -152)
 2470: r1 = *(u32 *)(r3 +16)
 2471: r2 &= r1
 2472: *(u32 *)(r10 -188) = r2
 2473: r2 = *(u32 *)(r10 -148)
 2474: r1 = *(u32 *)(r3 +20)
 2475: r2 &= r1
 2476: *(u32 *)(r10 -184) = r2
 2477: r1 = map[pipe_p0f_signatures] ll
 2479: r2 = r10
 2480: r2 += -200
 2481: call bpf_map_lookup_elem
 2482: r3 = r0
 2483: if r3 == 0 goto +13
 2484: r2 = *(u32 *)(r3 +4)
 2485: r1 = *(u64 *)(r10 -240)
 2486: if r1 == 0 goto +2
 2487: r1 = *(u64 *)(r10 -248)
 2488: if r2 <= r1 goto +8
 2489: *(u64 *)(r10 -240) = 1
 2490: *(u64 *)(r10 -248) = r2
 2491: r1 = *(u32 *)(r3 +0)
 2492: *(u32 *)(r10 -224) = r1
 2493: r1 = *(u32 *)(r3 +4)
 2494: *(u32 *)(r10 -220) = r1
 2495: r1 = *(u32 *)(r3 +8)
 2496: *(u32 *)(r10 -216) = r1
 2497: *(u32 *)(r10 -232) = 28
 2498: r1 = map[pipe_p0f_signatures_masks] ll
 2500: r2 = r10
 2501: r2 += -232
 2502: call bpf_map_lookup_elem
 2503: r3 = r0
 2504: if r3 == 0 goto +180
 2505: r1 = *(u32 *)(r3 +0)
 2506: if r1 == 0 goto +178
 2507: *(u32 *)(r10 -200) = 28
 2508: r2 = *(u32 *)(r10 -160)
 2509: r1 = *(u32 *)(r3 +8)
 2510: r2 &= r1
 2511: *(u32 *)(r10 -196) = r2
 2512: r2 = *(u32 *)(r10 -156)
 2513: r1 = *(u32 *)(r3 +12)
 2514: r2 &= r1
 2515: *(u32 *)(r10 -192) = r2
 2516: r2 = *(u32 *)(r10 -152)
 2517: r1 = *(u32 *)(r3 +16)
 2518: r2 &= r1
 2519: *(u32 *)(r10 -188) = r2
 2520: r2 = *(u32 *)(r10 -148)
 2521: r1 = *(u32 *)(r3 +20)
 2522: r2 &= r1
 2523: *(u32 *)(r10 -184) = r2
 2524: r1 = map[pipe_p0f_signatures] ll
 2526: r2 = r10
 2527: r2 += -200
 2528: call bpf_map_lookup_elem
 2529: r3 = r0
 2530: if r3 == 0 goto +13
 2531: r2 = *(u32 *)(r3 +4)
 2532: r1 = *(u64 *)(r10 -240)
 2533: if r1 == 0 goto +2
 2534: r1 = *(u64 *)(r10 -248)
 2535: if r2 <= r1 goto +8
 2536: *(u64 *)(r10 -240) = 1
 2537: *(u64 *)(r10 -248) = r2
 2538: r1 = *(u32 *)(r3 +0)
 2539: *(u32 *)(r10 -224) = r1
 2540: r1 = *(u32 *)(r3 +4)
 2541: *(u32 *)(r10 -220) = r1
 2542: r1 = *(u32 *)(r3 +8)
 2543: *(u32 *)(r10 -216) = r1
 2544: *(u32 *)(r10 -232) = 29
 2545: r1 = map[pipe_p0f_signatures_masks] ll
 2547: r2 = r10
 2548: r2 += -232
 2549: call bpf_map_lookup_elem
 2550: r3 = r0
 2551: if r3 == 0 goto +133
 2552: r1 = *(u32 *)(r3 +0)
 2553: if r1 == 0 goto +131
 2554: *(u32 *)(r10 -200) = 29
 2555: r2 = *(u32 *)(r10 -160)
 2556: r1 = *(u32 *)(r3 +8)
 2557: r2 &= r1
 2558: *(u32 *)(r10 -196) = r2
 2559: r2 = *(u32 *)(r10 -156)
 2560: r1 = *(u32 *)(r3 +12)
 2561: r2 &= r1
 2562: *(u32 *)(r10 -192) = r2
 2563: r2 = *(u32 *)(r10 -152)
 2564: r1 = *(u32 *)(r3 +16)
 2565: r2 &= r1
 2566: *(u32 *)(r10 -188) = r2
 2567: r2 = *(u32 *)(r10 -148)
 2568: r1 = *(u32 *)(r3 +20)
 2569: r2 &= r1
 2570: *(u32 *)(r10 -184) = r2
 2571: r1 = map[pipe_p0f_signatures] ll
 2573: r2 = r10
 2574: r2 += -200
 2575: call bpf_map_lookup_elem
 2576: r3 = r0
 2577: if r3 == 0 goto +13
 2578: r2 = *(u32 *)(r3 +4)
 2579: r1 = *(u64 *)(r10 -240)
 2580: if r1 == 0 goto +2
 2581: r1 = *(u64 *)(r10 -248)
 2582: if r2 <= r1 goto +8
 2583: *(u64 *)(r10 -240) = 1
 2584: *(u64 *)(r10 -248) = r2
 2585: r1 = *(u32 *)(r3 +0)
 2586: *(u32 *)(r10 -224) = r1
 2587: r1 = *(u32 *)(r3 +4)
 2588: *(u32 *)(r10 -220) = r1
 2589: r1 = *(u32 *)(r3 +8)
 2590: *(u32 *)(r10 -216) = r1
 2591: *(u32 *)(r10 -232) = 30
 2592: r1 = map[pipe_p0f_signatures_masks] ll
 2594: r2 = r10
 2595: r2 += -232
 2596: call bpf_map_lookup_elem
 2597: r3 = r0
 2598: if r3 == 0 goto +86
 2599: r1 = *(u32 *)(r3 +0)
 2600: if r1 == 0 goto +84
 2601: *(u32 *)(r10 -200) = 30
 2602: r2 = *(u32 *)(r10 -160)
 2603: r1 = *(u32 *)(r3 +8)
 2604: r2 &= r1
 2605: *(u32 *)(r10 -196) = r2
 2606: r2 = *(u32 *)(r10 -156)
 2607: r1 = *(u32 *)(r3 +12)
 2608: r2 &= r1
 2609: *(u32 *)(r10 -192) = r2
 2610: r2 = *(u32 *)(r10 -152)
 2611: r1 = *(u32 *)(r3 +16)
 2612: r2 &= r1
 2613: *(u32 *)(r10 -188) = r2
 2614: r2 = *(u32 *)(r10 -148)
 2615: r1 = *(u32 *)(r3 +20)
 2616: r2 &= r1
 2617: *(u32 *)(r10 -184) = r2
 2618: r1 = map[pipe_p0f_signatures] ll
 2620: r2 = r10
 2621: r2 += -200
 2622: call bpf_map_lookup_elem
 2623: r3 = r0
 2624: if r3 == 0 goto +13
 2625: r2 = *(u32 *)(r3 +4)
 2626: r1 = *(u64 *)(r10 -240)
 2627: if r1 == 0 goto +2
 2628: r1 = *(u64 *)(r10 -248)
 2629: if r2 <= r1 goto +8
 2630: *(u64 *)(r10 -240) = 1
 2631: *(u64 *)(r10 -248) = r2
 2632: r1 = *(u32 *)(r3 +0)
 2633: *(u32 *)(r10 -224) = r1
 2634: r1 = *(u32 *)(r3 +4)
 2635: *(u32 *)(r10 -220) = r1
 2636: r1 = *(u32 *)(r3 +8)
 2637: *(u32 *)(r10 -216) = r1
 2638: *(u32 *)(r10 -232) = 31
 2639: r1 = map[pipe_p0f_signatures_masks] ll
 2641: r2 = r10
 2642: r2 += -232
 2643: call bpf_map_lookup_elem
 2644: r3 = r0
 2645: if r3 == 0 goto +39
 2646: r1 = *(u32 *)(r3 +0)
 2647: if r1 == 0 goto +37
 2648: *(u32 *)(r10 -200) = 31
 2649: r2 = *(u32 *)(r10 -160)
 2650: r1 = *(u32 *)(r3 +8)
 2651: r2 &= r1
 2652: *(u32 *)(r10 -196) = r2
 2653: r2 = *(u32 *)(r10 -156)
 2654: r1 = *(u32 *)(r3 +12)
 2655: r2 &= r1
 2656: *(u32 *)(r10 -192) = r2
 2657: r2 = *(u32 *)(r10 -152)
 2658: r1 = *(u32 *)(r3 +16)
 2659: r2 &= r1
 2660: *(u32 *)(r10 -188) = r2
 2661: r2 = *(u32 *)(r10 -148)
 2662: r1 = *(u32 *)(r3 +20)
 2663: r2 &= r1
 2664: *(u32 *)(r10 -184) = r2
 2665: r1 = map[pipe_p0f_signatures] ll
 2667: r2 = r10
 2668: r2 += -200
 2669: call bpf_map_lookup_elem
 2670: r3 = r0
 2671: if r3 == 0 goto +13
 2672: r2 = *(u32 *)(r3 +4)
 2673: r1 = *(u64 *)(r10 -240)
 2674: if r1 == 0 goto +2
 2675: r1 = *(u64 *)(r10 -248)
 2676: if r2 <= r1 goto +8
 2677: *(u64 *)(r10 -240) = 1
 2678: *(u64 *)(r10 -248) = r2
 2679: r1 = *(u32 *)(r3 +0)
 2680: *(u32 *)(r10 -224) = r1
 2681: r1 = *(u32 *)(r3 +4)
 2682: *(u32 *)(r10 -220) = r1
 2683: r1 = *(u32 *)(r3 +8)
 2684: *(u32 *)(r10 -216) = r1
 2685: r1 = *(u64 *)(r10 -240)
 2686: if r1 != 0 goto +16
 2687: *(u32 *)(r10 -160) = 0
 2688: r1 = map[pipe_p0f_signatures_default] ll
 2690: r2 = r10
 2691: r2 += -160
 2692: call bpf_map_lookup_elem
 2693: r1 = r0
 2694: if r1 == 0 goto +5
 2695: r2 = *(u32 *)(r1 +0)
 2696: r1 = *(u32 *)(r1 +8)
 2697: r1 = be32 r1
 2698: w1 = w1
 2699: goto +7
 2700: r2 = 2
 2701: r1 = 0
 2702: goto +4
 2703: r2 = *(u32 *)(r10 -224)
 2704: r1 = *(u32 *)(r10 -216)
 2705: r1 = be32 r1
 2706: w1 = w1
 2707: if r2 == 0 goto +7
 2708: if r2 == 1 goto +2
 2709: if r2 == 2 goto +43
 2710: goto +42
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2711: r1 = 1
      ; write var10, v45
 2712: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2713: *(u32 *)(r10 -160) = 0
 2714: goto +2
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2715: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2716: *(u32 *)(r10 -160) = r1
 2717: r1 = map[pipe_os_stats] ll
 2719: r2 = r10
 2720: r2 += -160
 2721: call bpf_map_lookup_elem
 2722: r3 = r0
 2723: if r3 == 0 goto +29
 2724: r1 = *(u64 *)(r3 +0)
 2725: r1 += 1
 2726: *(u64 *)(r3 +0) = r1
 2727: r2 = *(u64 *)(r3 +8)
 2728: r1 = *(u32 *)(r10 -40)
 2729: r2 += r1
 2730: *(u64 *)(r3 +8) = r2
 2731: goto +21
      ; drop
 2732: r2 = *(u32 *)(r10 -36)
 2733: r1 = *(u32 *)(r10 -32)
 2734: *(u64 *)(r10 -256) = r2
 2735: *(u64 *)(r10 -264) = r1
 2736: r1 = *(u64 *)(r10 -8)
 2737: r2 = 0xfffffffffffffff8 ll
 2739: call bpf_xdp_adjust_meta
 2740: if r0 != 0 goto +10
 2741: r1 = *(u64 *)(r10 -8)
 2742: r3 = *(u32 *)(r1 +8)
 2743: r2 = *(u32 *)(r1 +0)
 2744: r1 = r3
 2745: r1 += 8
 2746: if r1 > r2 goto +4
 2747: r1 = *(u64 *)(r10 -256)
 2748: *(u32 *)(r3 +0) = r1
 2749: r1 = *(u64 *)(r10 -264)
 2750: *(u32 *)(r3 +4) = r1
 2751: r0 = 1
 2752: exit
      ; epilogue: verdict
 2753: r2 = *(u32 *)(r10 -36)
 2754: r1 = *(u32 *)(r10 -32)
 2755: *(u64 *)(r10 -272) = r2
 2756: *(u64 *)(r10 -280) = r1
 2757: r1 = *(u64 *)(r10 -8)
 2758: r2 = 0xfffffffffffffff8 ll
 2760: call bpf_xdp_adjust_meta
 2761: if r0 != 0 goto +10
 2762: r1 = *(u64 *)(r10 -8)
 2763: r3 = *(u32 *)(r1 +8)
 2764: r2 = *(u32 *)(r1 +0)
 2765: r1 = r3
 2766: r1 += 8
 2767: if r1 > r2 goto +4
 2768: r1 = *(u64 *)(r10 -272)
 2769: *(u32 *)(r3 +0) = r1
 2770: r1 = *(u64 *)(r10 -280)
 2771: *(u32 *)(r3 +4) = r1
 2772: r1 = *(u8 *)(r10 -23)
 2773: if r1 != 0 goto +2
 2774: r0 = 2
 2775: exit
 2776: if r1 != 2 goto +4
 2777: r1 = *(u32 *)(r10 -32)
 2778: r2 = 0
 2779: call bpf_redirect
 2780: exit
 2781: r0 = 1
 2782: exit
