; p0f for classifier: 2915 instructions, stack 232 bytes, 4 maps
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
   22: if r3 > 16383 goto +2871
   23: r2 = r6
   24: r2 += r3
   25: r1 = r2
   26: r1 += 14
   27: if r1 <= r7 goto +1
   28: goto +2865
   29: r1 = r3
   30: r1 += 1
   31: *(u32 *)(r10 -104) = r1
   32: r3 += 14
   33: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: r1 = be16 r1
   36: if r1 != 2048 goto +1024
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   37: r2 = *(u64 *)(r10 -16)
   38: if r2 > 16383 goto +2855
   39: r3 = r6
   40: r3 += r2
   41: r1 = r3
   42: r1 += 20
   43: if r1 <= r7 goto +1
   44: goto +2849
   45: r1 = r2
   46: r1 += 1
   47: *(u32 *)(r10 -100) = r1
   48: r2 += 20
   49: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   50: r4 = *(u8 *)(r3 +0)
   51: r4 &= 15
      ; v2: bit<4> = const 5
   52: r2 = 5
      ; v3: bool = ge v1, v2
   53: r1 = 1
   54: if r4 >= r2 goto +1
   55: r1 = 0
      ; verify v3, error HeaderTooShort
   56: if r1 == 0 goto +2837
      ; v4: bit<4> = read_field hdr1.ihl
   57: r1 = *(u8 *)(r3 +0)
   58: r1 &= 15
      ; v5: bit<32> = cast v4
   59: r2 = r1
   60: w2 = w2
      ; v6: bit<32> = const 5
   61: r1 = 5
      ; v7: bit<32> = sub v5, v6
   62: r2 -= r1
   63: w2 = w2
      ; v8: bit<32> = const 0x20
   64: r1 = 32
      ; v9: bit<32> = mul v7, v8
   65: r2 *= r1
   66: w2 = w2
      ; advance v9
   67: r1 = r2
   68: r1 &= 7
   69: if r1 != 0 goto +2824
   70: r1 = r2
   71: r1 >>= 3
   72: r2 = *(u64 *)(r10 -16)
   73: r2 += r1
   74: if r2 > 16383 goto +2819
   75: r1 = r6
   76: r1 += r2
   77: if r1 <= r7 goto +1
   78: goto +2815
   79: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   80: r2 = *(u16 *)(r3 +6)
   81: r2 = be16 r2
   82: r2 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   83: r1 = *(u8 *)(r3 +9)
   84: if r2 != 0 goto +976
   85: if r1 != 6 goto +975
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   86: r2 = *(u64 *)(r10 -16)
   87: if r2 > 16383 goto +2806
   88: r3 = r6
   89: r3 += r2
   90: r1 = r3
   91: r1 += 20
   92: if r1 <= r7 goto +1
   93: goto +2800
   94: r1 = r2
   95: r1 += 1
   96: *(u32 *)(r10 -96) = r1
   97: r2 += 20
   98: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
   99: r4 = *(u8 *)(r3 +12)
  100: r4 >>= 4
  101: r4 &= 15
      ; v13: bit<4> = const 5
  102: r2 = 5
      ; v14: bool = ge v12, v13
  103: r1 = 1
  104: if r4 >= r2 goto +1
  105: r1 = 0
      ; verify v14, error HeaderTooShort
  106: if r1 == 0 goto +2787
      ; v15: bit<4> = read_field hdr2.dataOffset
  107: r1 = *(u8 *)(r3 +12)
  108: r1 >>= 4
  109: r1 &= 15
      ; v16: bit<16> = cast v15
  110: r1 &= 65535
      ; v17: bit<16> = const 5
  111: r2 = 5
      ; v18: bit<16> = sub v16, v17
  112: r1 -= r2
  113: r1 &= 65535
      ; v19: bit<16> = const 4
  114: r2 = 4
      ; v20: bit<16> = mul v18, v19
  115: r1 *= r2
  116: r1 &= 65535
      ; write var2, v20
  117: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  118: r1 = *(u8 *)(r3 +13)
  119: r1 &= 18
  120: if r1 != 2 goto +940
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  121: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  122: r1 = *(u8 *)(r10 -24)
  123: if r2 == 0 goto +937
  124: if r1 == 8 goto +936
      ; prs: block5 (parse_option)
      ; extract hdr3
  125: r2 = *(u64 *)(r10 -16)
  126: if r2 > 16383 goto +2767
  127: r3 = r6
  128: r3 += r2
  129: r1 = r3
  130: r1 += 1
  131: if r1 <= r7 goto +1
  132: goto +2761
  133: r1 = r2
  134: r1 += 1
  135: *(u32 *)(r10 -92) = r1
  136: r2 += 1
  137: *(u64 *)(r10 -16) = r2
      ; v24: bit<8> = read var3
  138: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  139: r2 = 1
      ; v26: bit<8> = add v24, v25
  140: r1 += r2
  141: r1 &= 255
      ; write var3, v26
  142: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  143: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  144: r2 = 1
      ; v29: bit<16> = sub v27, v28
  145: r1 -= r2
  146: r1 &= 65535
      ; write var2, v29
  147: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  148: r1 = *(u8 *)(r3 +0)
  149: if r1 == 0 goto +911
  150: if r1 == 1 goto +87
  151: if r1 == 2 goto +69
  152: if r1 == 3 goto +50
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  153: r1 = *(u64 *)(r10 -16)
  154: if r1 > 16383 goto +2739
  155: r2 = r6
  156: r2 += r1
  157: r1 = r2
  158: r1 += 1
  159: if r1 <= r7 goto +1
  160: goto +2733
  161: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  162: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  163: r3 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
  164: r2 = 2
      ; v34: bool = ge v32, v33
  165: r1 = 1
  166: if r3 >= r2 goto +1
  167: r1 = 0
      ; verify v34, error HeaderTooShort
  168: if r1 == 0 goto +2725
      ; v35: bit<8> = read var11
  169: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  170: r2 = r1
  171: w2 = w2
      ; v37: bit<32> = const 1
  172: r1 = 1
      ; v38: bit<32> = sub v36, v37
  173: r2 -= r1
  174: w2 = w2
      ; v39: bit<32> = const 8
  175: r1 = 8
      ; v40: bit<32> = mul v38, v39
  176: r2 *= r1
  177: w2 = w2
      ; advance v40
  178: r1 = r2
  179: r1 &= 7
  180: if r1 != 0 goto +2713
  181: r1 = r2
  182: r1 >>= 3
  183: r2 = *(u64 *)(r10 -16)
  184: r2 += r1
  185: if r2 > 16383 goto +2708
  186: r1 = r6
  187: r1 += r2
  188: if r1 <= r7 goto +1
  189: goto +2704
  190: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  191: r3 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  192: r1 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  193: r2 = r1
  194: r2 &= 65535
      ; v44: bit<16> = const 1
  195: r1 = 1
      ; v45: bit<16> = sub v43, v44
  196: r2 -= r1
  197: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  198: r1 = r3
  199: r1 -= r2
  200: r1 &= 65535
      ; write var2, v46
  201: *(u16 *)(r10 -28) = r1
  202: goto +35
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  203: r2 = *(u64 *)(r10 -16)
  204: if r2 > 16383 goto +2689
  205: r1 = r6
  206: r1 += r2
  207: r1 += 2
  208: if r1 <= r7 goto +1
  209: goto +2684
  210: r1 = r2
  211: r1 += 1
  212: *(u32 *)(r10 -56) = r1
  213: r2 += 2
  214: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  215: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  216: r2 = 2
      ; v49: bit<16> = sub v47, v48
  217: r1 -= r2
  218: r1 &= 65535
      ; write var2, v49
  219: *(u16 *)(r10 -28) = r1
  220: goto +17
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  221: r2 = *(u64 *)(r10 -16)
  222: if r2 > 16383 goto +2671
  223: r1 = r6
  224: r1 += r2
  225: r1 += 3
  226: if r1 <= r7 goto +1
  227: goto +2666
  228: r1 = r2
  229: r1 += 1
  230: *(u32 *)(r10 -60) = r1
  231: r2 += 3
  232: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  233: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  234: r2 = 3
      ; v52: bit<16> = sub v50, v51
  235: r1 -= r2
  236: r1 &= 65535
      ; write var2, v52
  237: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  238: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  239: r1 = *(u8 *)(r10 -24)
  240: if r2 == 0 goto +820
  241: if r1 == 8 goto +819
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  242: r2 = *(u64 *)(r10 -16)
  243: if r2 > 16383 goto +2650
  244: r3 = r6
  245: r3 += r2
  246: r1 = r3
  247: r1 += 1
  248: if r1 <= r7 goto +1
  249: goto +2644
  250: r1 = r2
  251: r1 += 1
  252: *(u32 *)(r10 -88) = r1
  253: r2 += 1
  254: *(u64 *)(r10 -16) = r2
      ; v55: bit<8> = read var3
  255: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  256: r2 = 1
      ; v57: bit<8> = add v55, v56
  257: r1 += r2
  258: r1 &= 255
      ; write var3, v57
  259: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  260: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  261: r2 = 1
      ; v60: bit<16> = sub v58, v59
  262: r1 -= r2
  263: r1 &= 65535
      ; write var2, v60
  264: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  265: r1 = *(u8 *)(r3 +0)
  266: if r1 == 0 goto +794
  267: if r1 == 1 goto +87
  268: if r1 == 2 goto +69
  269: if r1 == 3 goto +50
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  270: r1 = *(u64 *)(r10 -16)
  271: if r1 > 16383 goto +2622
  272: r2 = r6
  273: r2 += r1
  274: r1 = r2
  275: r1 += 1
  276: if r1 <= r7 goto +1
  277: goto +2616
  278: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  279: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  280: r3 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
  281: r2 = 2
      ; v65: bool = ge v63, v64
  282: r1 = 1
  283: if r3 >= r2 goto +1
  284: r1 = 0
      ; verify v65, error HeaderTooShort
  285: if r1 == 0 goto +2608
      ; v66: bit<8> = read var11
  286: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  287: r2 = r1
  288: w2 = w2
      ; v68: bit<32> = const 1
  289: r1 = 1
      ; v69: bit<32> = sub v67, v68
  290: r2 -= r1
  291: w2 = w2
      ; v70: bit<32> = const 8
  292: r1 = 8
      ; v71: bit<32> = mul v69, v70
  293: r2 *= r1
  294: w2 = w2
      ; advance v71
  295: r1 = r2
  296: r1 &= 7
  297: if r1 != 0 goto +2596
  298: r1 = r2
  299: r1 >>= 3
  300: r2 = *(u64 *)(r10 -16)
  301: r2 += r1
  302: if r2 > 16383 goto +2591
  303: r1 = r6
  304: r1 += r2
  305: if r1 <= r7 goto +1
  306: goto +2587
  307: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  308: r3 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  309: r1 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  310: r2 = r1
  311: r2 &= 65535
      ; v75: bit<16> = const 1
  312: r1 = 1
      ; v76: bit<16> = sub v74, v75
  313: r2 -= r1
  314: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  315: r1 = r3
  316: r1 -= r2
  317: r1 &= 65535
      ; write var2, v77
  318: *(u16 *)(r10 -28) = r1
  319: goto +35
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  320: r2 = *(u64 *)(r10 -16)
  321: if r2 > 16383 goto +2572
  322: r1 = r6
  323: r1 += r2
  324: r1 += 2
  325: if r1 <= r7 goto +1
  326: goto +2567
  327: r1 = r2
  328: r1 += 1
  329: *(u32 *)(r10 -56) = r1
  330: r2 += 2
  331: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  332: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  333: r2 = 2
      ; v80: bit<16> = sub v78, v79
  334: r1 -= r2
  335: r1 &= 65535
      ; write var2, v80
  336: *(u16 *)(r10 -28) = r1
  337: goto +17
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  338: r2 = *(u64 *)(r10 -16)
  339: if r2 > 16383 goto +2554
  340: r1 = r6
  341: r1 += r2
  342: r1 += 3
  343: if r1 <= r7 goto +1
  344: goto +2549
  345: r1 = r2
  346: r1 += 1
  347: *(u32 *)(r10 -60) = r1
  348: r2 += 3
  349: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  350: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  351: r2 = 3
      ; v83: bit<16> = sub v81, v82
  352: r1 -= r2
  353: r1 &= 65535
      ; write var2, v83
  354: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  355: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  356: r1 = *(u8 *)(r10 -24)
  357: if r2 == 0 goto +703
  358: if r1 == 8 goto +702
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  359: r2 = *(u64 *)(r10 -16)
  360: if r2 > 16383 goto +2533
  361: r3 = r6
  362: r3 += r2
  363: r1 = r3
  364: r1 += 1
  365: if r1 <= r7 goto +1
  366: goto +2527
  367: r1 = r2
  368: r1 += 1
  369: *(u32 *)(r10 -84) = r1
  370: r2 += 1
  371: *(u64 *)(r10 -16) = r2
      ; v86: bit<8> = read var3
  372: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  373: r2 = 1
      ; v88: bit<8> = add v86, v87
  374: r1 += r2
  375: r1 &= 255
      ; write var3, v88
  376: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  377: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  378: r2 = 1
      ; v91: bit<16> = sub v89, v90
  379: r1 -= r2
  380: r1 &= 65535
      ; write var2, v91
  381: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  382: r1 = *(u8 *)(r3 +0)
  383: if r1 == 0 goto +677
  384: if r1 == 1 goto +87
  385: if r1 == 2 goto +69
  386: if r1 == 3 goto +50
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  387: r1 = *(u64 *)(r10 -16)
  388: if r1 > 16383 goto +2505
  389: r2 = r6
  390: r2 += r1
  391: r1 = r2
  392: r1 += 1
  393: if r1 <= r7 goto +1
  394: goto +2499
  395: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  396: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  397: r3 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
  398: r2 = 2
      ; v96: bool = ge v94, v95
  399: r1 = 1
  400: if r3 >= r2 goto +1
  401: r1 = 0
      ; verify v96, error HeaderTooShort
  402: if r1 == 0 goto +2491
      ; v97: bit<8> = read var11
  403: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  404: r2 = r1
  405: w2 = w2
      ; v99: bit<32> = const 1
  406: r1 = 1
      ; v100: bit<32> = sub v98, v99
  407: r2 -= r1
  408: w2 = w2
      ; v101: bit<32> = const 8
  409: r1 = 8
      ; v102: bit<32> = mul v100, v101
  410: r2 *= r1
  411: w2 = w2
      ; advance v102
  412: r1 = r2
  413: r1 &= 7
  414: if r1 != 0 goto +2479
  415: r1 = r2
  416: r1 >>= 3
  417: r2 = *(u64 *)(r10 -16)
  418: r2 += r1
  419: if r2 > 16383 goto +2474
  420: r1 = r6
  421: r1 += r2
  422: if r1 <= r7 goto +1
  423: goto +2470
  424: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  425: r3 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  426: r1 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  427: r2 = r1
  428: r2 &= 65535
      ; v106: bit<16> = const 1
  429: r1 = 1
      ; v107: bit<16> = sub v105, v106
  430: r2 -= r1
  431: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  432: r1 = r3
  433: r1 -= r2
  434: r1 &= 65535
      ; write var2, v108
  435: *(u16 *)(r10 -28) = r1
  436: goto +35
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  437: r2 = *(u64 *)(r10 -16)
  438: if r2 > 16383 goto +2455
  439: r1 = r6
  440: r1 += r2
  441: r1 += 2
  442: if r1 <= r7 goto +1
  443: goto +2450
  444: r1 = r2
  445: r1 += 1
  446: *(u32 *)(r10 -56) = r1
  447: r2 += 2
  448: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  449: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  450: r2 = 2
      ; v111: bit<16> = sub v109, v110
  451: r1 -= r2
  452: r1 &= 65535
      ; write var2, v111
  453: *(u16 *)(r10 -28) = r1
  454: goto +17
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  455: r2 = *(u64 *)(r10 -16)
  456: if r2 > 16383 goto +2437
  457: r1 = r6
  458: r1 += r2
  459: r1 += 3
  460: if r1 <= r7 goto +1
  461: goto +2432
  462: r1 = r2
  463: r1 += 1
  464: *(u32 *)(r10 -60) = r1
  465: r2 += 3
  466: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  467: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  468: r2 = 3
      ; v114: bit<16> = sub v112, v113
  469: r1 -= r2
  470: r1 &= 65535
      ; write var2, v114
  471: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  472: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  473: r1 = *(u8 *)(r10 -24)
  474: if r2 == 0 goto +586
  475: if r1 == 8 goto +585
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  476: r2 = *(u64 *)(r10 -16)
  477: if r2 > 16383 goto +2416
  478: r3 = r6
  479: r3 += r2
  480: r1 = r3
  481: r1 += 1
  482: if r1 <= r7 goto +1
  483: goto +2410
  484: r1 = r2
  485: r1 += 1
  486: *(u32 *)(r10 -80) = r1
  487: r2 += 1
  488: *(u64 *)(r10 -16) = r2
      ; v117: bit<8> = read var3
  489: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  490: r2 = 1
      ; v119: bit<8> = add v117, v118
  491: r1 += r2
  492: r1 &= 255
      ; write var3, v119
  493: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  494: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  495: r2 = 1
      ; v122: bit<16> = sub v120, v121
  496: r1 -= r2
  497: r1 &= 65535
      ; write var2, v122
  498: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  499: r1 = *(u8 *)(r3 +0)
  500: if r1 == 0 goto +560
  501: if r1 == 1 goto +87
  502: if r1 == 2 goto +69
  503: if r1 == 3 goto +50
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  504: r1 = *(u64 *)(r10 -16)
  505: if r1 > 16383 goto +2388
  506: r2 = r6
  507: r2 += r1
  508: r1 = r2
  509: r1 += 1
  510: if r1 <= r7 goto +1
  511: goto +2382
  512: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  513: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  514: r3 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
  515: r2 = 2
      ; v127: bool = ge v125, v126
  516: r1 = 1
  517: if r3 >= r2 goto +1
  518: r1 = 0
      ; verify v127, error HeaderTooShort
  519: if r1 == 0 goto +2374
      ; v128: bit<8> = read var11
  520: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  521: r2 = r1
  522: w2 = w2
      ; v130: bit<32> = const 1
  523: r1 = 1
      ; v131: bit<32> = sub v129, v130
  524: r2 -= r1
  525: w2 = w2
      ; v132: bit<32> = const 8
  526: r1 = 8
      ; v133: bit<32> = mul v131, v132
  527: r2 *= r1
  528: w2 = w2
      ; advance v133
  529: r1 = r2
  530: r1 &= 7
  531: if r1 != 0 goto +2362
  532: r1 = r2
  533: r1 >>= 3
  534: r2 = *(u64 *)(r10 -16)
  535: r2 += r1
  536: if r2 > 16383 goto +2357
  537: r1 = r6
  538: r1 += r2
  539: if r1 <= r7 goto +1
  540: goto +2353
  541: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  542: r3 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  543: r1 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  544: r2 = r1
  545: r2 &= 65535
      ; v137: bit<16> = const 1
  546: r1 = 1
      ; v138: bit<16> = sub v136, v137
  547: r2 -= r1
  548: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  549: r1 = r3
  550: r1 -= r2
  551: r1 &= 65535
      ; write var2, v139
  552: *(u16 *)(r10 -28) = r1
  553: goto +35
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  554: r2 = *(u64 *)(r10 -16)
  555: if r2 > 16383 goto +2338
  556: r1 = r6
  557: r1 += r2
  558: r1 += 2
  559: if r1 <= r7 goto +1
  560: goto +2333
  561: r1 = r2
  562: r1 += 1
  563: *(u32 *)(r10 -56) = r1
  564: r2 += 2
  565: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  566: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  567: r2 = 2
      ; v142: bit<16> = sub v140, v141
  568: r1 -= r2
  569: r1 &= 65535
      ; write var2, v142
  570: *(u16 *)(r10 -28) = r1
  571: goto +17
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  572: r2 = *(u64 *)(r10 -16)
  573: if r2 > 16383 goto +2320
  574: r1 = r6
  575: r1 += r2
  576: r1 += 3
  577: if r1 <= r7 goto +1
  578: goto +2315
  579: r1 = r2
  580: r1 += 1
  581: *(u32 *)(r10 -60) = r1
  582: r2 += 3
  583: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  584: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  585: r2 = 3
      ; v145: bit<16> = sub v143, v144
  586: r1 -= r2
  587: r1 &= 65535
      ; write var2, v145
  588: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  589: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  590: r1 = *(u8 *)(r10 -24)
  591: if r2 == 0 goto +469
  592: if r1 == 8 goto +468
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  593: r2 = *(u64 *)(r10 -16)
  594: if r2 > 16383 goto +2299
  595: r3 = r6
  596: r3 += r2
  597: r1 = r3
  598: r1 += 1
  599: if r1 <= r7 goto +1
  600: goto +2293
  601: r1 = r2
  602: r1 += 1
  603: *(u32 *)(r10 -76) = r1
  604: r2 += 1
  605: *(u64 *)(r10 -16) = r2
      ; v148: bit<8> = read var3
  606: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  607: r2 = 1
      ; v150: bit<8> = add v148, v149
  608: r1 += r2
  609: r1 &= 255
      ; write var3, v150
  610: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  611: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  612: r2 = 1
      ; v153: bit<16> = sub v151, v152
  613: r1 -= r2
  614: r1 &= 65535
      ; write var2, v153
  615: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  616: r1 = *(u8 *)(r3 +0)
  617: if r1 == 0 goto +443
  618: if r1 == 1 goto +87
  619: if r1 == 2 goto +69
  620: if r1 == 3 goto +50
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  621: r1 = *(u64 *)(r10 -16)
  622: if r1 > 16383 goto +2271
  623: r2 = r6
  624: r2 += r1
  625: r1 = r2
  626: r1 += 1
  627: if r1 <= r7 goto +1
  628: goto +2265
  629: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  630: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  631: r3 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
  632: r2 = 2
      ; v158: bool = ge v156, v157
  633: r1 = 1
  634: if r3 >= r2 goto +1
  635: r1 = 0
      ; verify v158, error HeaderTooShort
  636: if r1 == 0 goto +2257
      ; v159: bit<8> = read var11
  637: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  638: r2 = r1
  639: w2 = w2
      ; v161: bit<32> = const 1
  640: r1 = 1
      ; v162: bit<32> = sub v160, v161
  641: r2 -= r1
  642: w2 = w2
      ; v163: bit<32> = const 8
  643: r1 = 8
      ; v164: bit<32> = mul v162, v163
  644: r2 *= r1
  645: w2 = w2
      ; advance v164
  646: r1 = r2
  647: r1 &= 7
  648: if r1 != 0 goto +2245
  649: r1 = r2
  650: r1 >>= 3
  651: r2 = *(u64 *)(r10 -16)
  652: r2 += r1
  653: if r2 > 16383 goto +2240
  654: r1 = r6
  655: r1 += r2
  656: if r1 <= r7 goto +1
  657: goto +2236
  658: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  659: r3 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  660: r1 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  661: r2 = r1
  662: r2 &= 65535
      ; v168: bit<16> = const 1
  663: r1 = 1
      ; v169: bit<16> = sub v167, v168
  664: r2 -= r1
  665: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  666: r1 = r3
  667: r1 -= r2
  668: r1 &= 65535
      ; write var2, v170
  669: *(u16 *)(r10 -28) = r1
  670: goto +35
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  671: r2 = *(u64 *)(r10 -16)
  672: if r2 > 16383 goto +2221
  673: r1 = r6
  674: r1 += r2
  675: r1 += 2
  676: if r1 <= r7 goto +1
  677: goto +2216
  678: r1 = r2
  679: r1 += 1
  680: *(u32 *)(r10 -56) = r1
  681: r2 += 2
  682: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  683: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  684: r2 = 2
      ; v173: bit<16> = sub v171, v172
  685: r1 -= r2
  686: r1 &= 65535
      ; write var2, v173
  687: *(u16 *)(r10 -28) = r1
  688: goto +17
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  689: r2 = *(u64 *)(r10 -16)
  690: if r2 > 16383 goto +2203
  691: r1 = r6
  692: r1 += r2
  693: r1 += 3
  694: if r1 <= r7 goto +1
  695: goto +2198
  696: r1 = r2
  697: r1 += 1
  698: *(u32 *)(r10 -60) = r1
  699: r2 += 3
  700: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  701: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  702: r2 = 3
      ; v176: bit<16> = sub v174, v175
  703: r1 -= r2
  704: r1 &= 65535
      ; write var2, v176
  705: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  706: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  707: r1 = *(u8 *)(r10 -24)
  708: if r2 == 0 goto +352
  709: if r1 == 8 goto +351
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  710: r2 = *(u64 *)(r10 -16)
  711: if r2 > 16383 goto +2182
  712: r3 = r6
  713: r3 += r2
  714: r1 = r3
  715: r1 += 1
  716: if r1 <= r7 goto +1
  717: goto +2176
  718: r1 = r2
  719: r1 += 1
  720: *(u32 *)(r10 -72) = r1
  721: r2 += 1
  722: *(u64 *)(r10 -16) = r2
      ; v179: bit<8> = read var3
  723: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  724: r2 = 1
      ; v181: bit<8> = add v179, v180
  725: r1 += r2
  726: r1 &= 255
      ; write var3, v181
  727: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  728: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  729: r2 = 1
      ; v184: bit<16> = sub v182, v183
  730: r1 -= r2
  731: r1 &= 65535
      ; write var2, v184
  732: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  733: r1 = *(u8 *)(r3 +0)
  734: if r1 == 0 goto +326
  735: if r1 == 1 goto +87
  736: if r1 == 2 goto +69
  737: if r1 == 3 goto +50
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  738: r1 = *(u64 *)(r10 -16)
  739: if r1 > 16383 goto +2154
  740: r2 = r6
  741: r2 += r1
  742: r1 = r2
  743: r1 += 1
  744: if r1 <= r7 goto +1
  745: goto +2148
  746: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  747: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  748: r3 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
  749: r2 = 2
      ; v189: bool = ge v187, v188
  750: r1 = 1
  751: if r3 >= r2 goto +1
  752: r1 = 0
      ; verify v189, error HeaderTooShort
  753: if r1 == 0 goto +2140
      ; v190: bit<8> = read var11
  754: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  755: r2 = r1
  756: w2 = w2
      ; v192: bit<32> = const 1
  757: r1 = 1
      ; v193: bit<32> = sub v191, v192
  758: r2 -= r1
  759: w2 = w2
      ; v194: bit<32> = const 8
  760: r1 = 8
      ; v195: bit<32> = mul v193, v194
  761: r2 *= r1
  762: w2 = w2
      ; advance v195
  763: r1 = r2
  764: r1 &= 7
  765: if r1 != 0 goto +2128
  766: r1 = r2
  767: r1 >>= 3
  768: r2 = *(u64 *)(r10 -16)
  769: r2 += r1
  770: if r2 > 16383 goto +2123
  771: r1 = r6
  772: r1 += r2
  773: if r1 <= r7 goto +1
  774: goto +2119
  775: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  776: r3 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  777: r1 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  778: r2 = r1
  779: r2 &= 65535
      ; v199: bit<16> = const 1
  780: r1 = 1
      ; v200: bit<16> = sub v198, v199
  781: r2 -= r1
  782: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  783: r1 = r3
  784: r1 -= r2
  785: r1 &= 65535
      ; write var2, v201
  786: *(u16 *)(r10 -28) = r1
  787: goto +35
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  788: r2 = *(u64 *)(r10 -16)
  789: if r2 > 16383 goto +2104
  790: r1 = r6
  791: r1 += r2
  792: r1 += 2
  793: if r1 <= r7 goto +1
  794: goto +2099
  795: r1 = r2
  796: r1 += 1
  797: *(u32 *)(r10 -56) = r1
  798: r2 += 2
  799: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  800: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  801: r2 = 2
      ; v204: bit<16> = sub v202, v203
  802: r1 -= r2
  803: r1 &= 65535
      ; write var2, v204
  804: *(u16 *)(r10 -28) = r1
  805: goto +17
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  806: r2 = *(u64 *)(r10 -16)
  807: if r2 > 16383 goto +2086
  808: r1 = r6
  809: r1 += r2
  810: r1 += 3
  811: if r1 <= r7 goto +1
  812: goto +2081
  813: r1 = r2
  814: r1 += 1
  815: *(u32 *)(r10 -60) = r1
  816: r2 += 3
  817: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  818: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
  819: r2 = 3
      ; v207: bit<16> = sub v205, v206
  820: r1 -= r2
  821: r1 &= 65535
      ; write var2, v207
  822: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  823: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  824: r1 = *(u8 *)(r10 -24)
  825: if r2 == 0 goto +235
  826: if r1 == 8 goto +234
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  827: r2 = *(u64 *)(r10 -16)
  828: if r2 > 16383 goto +2065
  829: r3 = r6
  830: r3 += r2
  831: r1 = r3
  832: r1 += 1
  833: if r1 <= r7 goto +1
  834: goto +2059
  835: r1 = r2
  836: r1 += 1
  837: *(u32 *)(r10 -68) = r1
  838: r2 += 1
  839: *(u64 *)(r10 -16) = r2
      ; v210: bit<8> = read var3
  840: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
  841: r2 = 1
      ; v212: bit<8> = add v210, v211
  842: r1 += r2
  843: r1 &= 255
      ; write var3, v212
  844: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  845: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
  846: r2 = 1
      ; v215: bit<16> = sub v213, v214
  847: r1 -= r2
  848: r1 &= 65535
      ; write var2, v215
  849: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  850: r1 = *(u8 *)(r3 +0)
  851: if r1 == 0 goto +209
  852: if r1 == 1 goto +87
  853: if r1 == 2 goto +69
  854: if r1 == 3 goto +50
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  855: r1 = *(u64 *)(r10 -16)
  856: if r1 > 16383 goto +2037
  857: r2 = r6
  858: r2 += r1
  859: r1 = r2
  860: r1 += 1
  861: if r1 <= r7 goto +1
  862: goto +2031
  863: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  864: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  865: r3 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
  866: r2 = 2
      ; v220: bool = ge v218, v219
  867: r1 = 1
  868: if r3 >= r2 goto +1
  869: r1 = 0
      ; verify v220, error HeaderTooShort
  870: if r1 == 0 goto +2023
      ; v221: bit<8> = read var11
  871: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  872: r2 = r1
  873: w2 = w2
      ; v223: bit<32> = const 1
  874: r1 = 1
      ; v224: bit<32> = sub v222, v223
  875: r2 -= r1
  876: w2 = w2
      ; v225: bit<32> = const 8
  877: r1 = 8
      ; v226: bit<32> = mul v224, v225
  878: r2 *= r1
  879: w2 = w2
      ; advance v226
  880: r1 = r2
  881: r1 &= 7
  882: if r1 != 0 goto +2011
  883: r1 = r2
  884: r1 >>= 3
  885: r2 = *(u64 *)(r10 -16)
  886: r2 += r1
  887: if r2 > 16383 goto +2006
  888: r1 = r6
  889: r1 += r2
  890: if r1 <= r7 goto +1
  891: goto +2002
  892: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  893: r3 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  894: r1 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  895: r2 = r1
  896: r2 &= 65535
      ; v230: bit<16> = const 1
  897: r1 = 1
      ; v231: bit<16> = sub v229, v230
  898: r2 -= r1
  899: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  900: r1 = r3
  901: r1 -= r2
  902: r1 &= 65535
      ; write var2, v232
  903: *(u16 *)(r10 -28) = r1
  904: goto +35
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  905: r2 = *(u64 *)(r10 -16)
  906: if r2 > 16383 goto +1987
  907: r1 = r6
  908: r1 += r2
  909: r1 += 2
  910: if r1 <= r7 goto +1
  911: goto +1982
  912: r1 = r2
  913: r1 += 1
  914: *(u32 *)(r10 -56) = r1
  915: r2 += 2
  916: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  917: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
  918: r2 = 2
      ; v235: bit<16> = sub v233, v234
  919: r1 -= r2
  920: r1 &= 65535
      ; write var2, v235
  921: *(u16 *)(r10 -28) = r1
  922: goto +17
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  923: r2 = *(u64 *)(r10 -16)
  924: if r2 > 16383 goto +1969
  925: r1 = r6
  926: r1 += r2
  927: r1 += 3
  928: if r1 <= r7 goto +1
  929: goto +1964
  930: r1 = r2
  931: r1 += 1
  932: *(u32 *)(r10 -60) = r1
  933: r2 += 3
  934: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  935: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
  936: r2 = 3
      ; v238: bit<16> = sub v236, v237
  937: r1 -= r2
  938: r1 &= 65535
      ; write var2, v238
  939: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  940: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  941: r1 = *(u8 *)(r10 -24)
  942: if r2 == 0 goto +118
  943: if r1 == 8 goto +117
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  944: r2 = *(u64 *)(r10 -16)
  945: if r2 > 16383 goto +1948
  946: r3 = r6
  947: r3 += r2
  948: r1 = r3
  949: r1 += 1
  950: if r1 <= r7 goto +1
  951: goto +1942
  952: r1 = r2
  953: r1 += 1
  954: *(u32 *)(r10 -64) = r1
  955: r2 += 1
  956: *(u64 *)(r10 -16) = r2
      ; v241: bit<8> = read var3
  957: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
  958: r2 = 1
      ; v243: bit<8> = add v241, v242
  959: r1 += r2
  960: r1 &= 255
      ; write var3, v243
  961: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  962: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
  963: r2 = 1
      ; v246: bit<16> = sub v244, v245
  964: r1 -= r2
  965: r1 &= 65535
      ; write var2, v246
  966: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  967: r1 = *(u8 *)(r3 +0)
  968: if r1 == 0 goto +92
  969: if r1 == 1 goto +87
  970: if r1 == 2 goto +69
  971: if r1 == 3 goto +50
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  972: r1 = *(u64 *)(r10 -16)
  973: if r1 > 16383 goto +1920
  974: r2 = r6
  975: r2 += r1
  976: r1 = r2
  977: r1 += 1
  978: if r1 <= r7 goto +1
  979: goto +1914
  980: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  981: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  982: r3 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
  983: r2 = 2
      ; v251: bool = ge v249, v250
  984: r1 = 1
  985: if r3 >= r2 goto +1
  986: r1 = 0
      ; verify v251, error HeaderTooShort
  987: if r1 == 0 goto +1906
      ; v252: bit<8> = read var11
  988: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  989: r2 = r1
  990: w2 = w2
      ; v254: bit<32> = const 1
  991: r1 = 1
      ; v255: bit<32> = sub v253, v254
  992: r2 -= r1
  993: w2 = w2
      ; v256: bit<32> = const 8
  994: r1 = 8
      ; v257: bit<32> = mul v255, v256
  995: r2 *= r1
  996: w2 = w2
      ; advance v257
  997: r1 = r2
  998: r1 &= 7
  999: if r1 != 0 goto +1894
 1000: r1 = r2
 1001: r1 >>= 3
 1002: r2 = *(u64 *)(r10 -16)
 1003: r2 += r1
 1004: if r2 > 16383 goto +1889
 1005: r1 = r6
 1006: r1 += r2
 1007: if r1 <= r7 goto +1
 1008: goto +1885
 1009: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1010: r3 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1011: r1 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1012: r2 = r1
 1013: r2 &= 65535
      ; v261: bit<16> = const 1
 1014: r1 = 1
      ; v262: bit<16> = sub v260, v261
 1015: r2 -= r1
 1016: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
 1017: r1 = r3
 1018: r1 -= r2
 1019: r1 &= 65535
      ; write var2, v263
 1020: *(u16 *)(r10 -28) = r1
 1021: goto +35
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1022: r2 = *(u64 *)(r10 -16)
 1023: if r2 > 16383 goto +1870
 1024: r1 = r6
 1025: r1 += r2
 1026: r1 += 2
 1027: if r1 <= r7 goto +1
 1028: goto +1865
 1029: r1 = r2
 1030: r1 += 1
 1031: *(u32 *)(r10 -56) = r1
 1032: r2 += 2
 1033: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
 1034: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1035: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1036: r1 -= r2
 1037: r1 &= 65535
      ; write var2, v266
 1038: *(u16 *)(r10 -28) = r1
 1039: goto +17
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1040: r2 = *(u64 *)(r10 -16)
 1041: if r2 > 16383 goto +1852
 1042: r1 = r6
 1043: r1 += r2
 1044: r1 += 3
 1045: if r1 <= r7 goto +1
 1046: goto +1847
 1047: r1 = r2
 1048: r1 += 1
 1049: *(u32 *)(r10 -60) = r1
 1050: r2 += 3
 1051: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
 1052: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1053: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1054: r1 -= r2
 1055: r1 &= 65535
      ; write var2, v269
 1056: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1057: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1058: r1 = *(u8 *)(r10 -24)
 1059: if r2 == 0 goto +1
 1060: if r1 != 8 goto +1833
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
 1061: r1 = *(u32 *)(r10 -96)
 1062: if r1 == 0 goto +1
 1063: r1 = 1
      ; v1: bool = not v0
 1064: r8 = r1
 1065: r8 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1066: r1 = *(u32 *)(r10 -96)
 1067: if r1 == 0 goto +7
 1068: r1 -= 1
 1069: if r1 > 16383 goto +5
 1070: r3 = r6
 1071: r3 += r1
 1072: r1 = r3
 1073: r1 += 20
 1074: if r1 <= r7 goto +1
 1075: r3 = 0
 1076: r2 = 0
 1077: if r3 == 0 goto +1
 1078: r2 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1079: r1 = 18
      ; v4: bit<8> = and v2, v3
 1080: r4 = r2
 1081: r4 &= r1
      ; v5: bit<8> = const 2
 1082: r1 = 2
      ; v6: bool = ne v4, v5
 1083: r2 = 1
 1084: if r4 != r1 goto +1
 1085: r2 = 0
      ; v7: bool = logical_or v1, v6
 1086: r1 = r8
 1087: r1 |= r2
 1088: if r1 != 0 goto +1811
      ; v8: bit<16> = read_field hdr11.mss
 1089: r1 = *(u32 *)(r10 -60)
 1090: if r1 == 0 goto +7
 1091: r1 -= 1
 1092: if r1 > 16383 goto +5
 1093: r2 = r6
 1094: r2 += r1
 1095: r1 = r2
 1096: r1 += 3
 1097: if r1 <= r7 goto +1
 1098: r2 = 0
 1099: r4 = 0
 1100: if r2 == 0 goto +2
 1101: r4 = *(u16 *)(r2 +1)
 1102: r4 = be16 r4
      ; v9: bit<16> = const 0
 1103: r1 = 0
      ; v10: bool = ne v8, v9
 1104: r9 = 1
 1105: if r4 != r1 goto +1
 1106: r9 = 0
      ; v11: bit<16> = read_field hdr2.window
 1107: r4 = 0
 1108: if r3 == 0 goto +2
 1109: r4 = *(u16 *)(r3 +14)
 1110: r4 = be16 r4
      ; v12: bit<16> = read_field hdr11.mss
 1111: r1 = 0
 1112: if r2 == 0 goto +2
 1113: r1 = *(u16 *)(r2 +1)
 1114: r1 = be16 r1
      ; v13: bit<16> = mod v11, v12
 1115: r8 = 0
 1116: if r1 == 0 goto +2
 1117: r8 = r4
 1118: r8 %= r1
      ; v14: bit<16> = const 0
 1119: r1 = 0
      ; v15: bool = eq v13, v14
 1120: r4 = 1
 1121: if r8 == r1 goto +1
 1122: r4 = 0
      ; v16: bool = logical_and v10, v15
 1123: r1 = r9
 1124: r1 &= r4
 1125: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
 1126: r8 = 0
 1127: if r3 == 0 goto +2
 1128: r8 = *(u16 *)(r3 +14)
 1129: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1130: r4 = 0
 1131: if r2 == 0 goto +2
 1132: r4 = *(u16 *)(r2 +1)
 1133: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1134: r1 = 0
 1135: if r4 == 0 goto +2
 1136: r1 = r8
 1137: r1 /= r4
      ; write var4, v19
 1138: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1139: r1 = *(u32 *)(r10 -92)
 1140: if r1 == 0 goto +7
 1141: r1 -= 1
 1142: if r1 > 16383 goto +5
 1143: r4 = r6
 1144: r4 += r1
 1145: r1 = r4
 1146: r1 += 1
 1147: if r1 <= r7 goto +1
 1148: r4 = 0
 1149: r8 = 0
 1150: if r4 == 0 goto +1
 1151: r8 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1152: r1 = *(u32 *)(r10 -88)
 1153: if r1 == 0 goto +7
 1154: r1 -= 1
 1155: if r1 > 16383 goto +5
 1156: r4 = r6
 1157: r4 += r1
 1158: r1 = r4
 1159: r1 += 1
 1160: if r1 <= r7 goto +1
 1161: r4 = 0
 1162: r1 = 0
 1163: if r4 == 0 goto +1
 1164: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1165: r8 <<= 8
 1166: r8 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1167: r1 = *(u32 *)(r10 -84)
 1168: if r1 == 0 goto +7
 1169: r1 -= 1
 1170: if r1 > 16383 goto +5
 1171: r4 = r6
 1172: r4 += r1
 1173: r1 = r4
 1174: r1 += 1
 1175: if r1 <= r7 goto +1
 1176: r4 = 0
 1177: r1 = 0
 1178: if r4 == 0 goto +1
 1179: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1180: r8 <<= 8
 1181: r8 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1182: r1 = *(u32 *)(r10 -80)
 1183: if r1 == 0 goto +7
 1184: r1 -= 1
 1185: if r1 > 16383 goto +5
 1186: r4 = r6
 1187: r4 += r1
 1188: r1 = r4
 1189: r1 += 1
 1190: if r1 <= r7 goto +1
 1191: r4 = 0
 1192: r1 = 0
 1193: if r4 == 0 goto +1
 1194: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1195: r8 <<= 8
 1196: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1197: r1 = *(u32 *)(r10 -76)
 1198: if r1 == 0 goto +7
 1199: r1 -= 1
 1200: if r1 > 16383 goto +5
 1201: r4 = r6
 1202: r4 += r1
 1203: r1 = r4
 1204: r1 += 1
 1205: if r1 <= r7 goto +1
 1206: r4 = 0
 1207: r1 = 0
 1208: if r4 == 0 goto +1
 1209: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1210: r8 <<= 8
 1211: r8 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1212: r1 = *(u32 *)(r10 -72)
 1213: if r1 == 0 goto +7
 1214: r1 -= 1
 1215: if r1 > 16383 goto +5
 1216: r4 = r6
 1217: r4 += r1
 1218: r1 = r4
 1219: r1 += 1
 1220: if r1 <= r7 goto +1
 1221: r4 = 0
 1222: r1 = 0
 1223: if r4 == 0 goto +1
 1224: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1225: r8 <<= 8
 1226: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1227: r1 = *(u32 *)(r10 -68)
 1228: if r1 == 0 goto +7
 1229: r1 -= 1
 1230: if r1 > 16383 goto +5
 1231: r4 = r6
 1232: r4 += r1
 1233: r1 = r4
 1234: r1 += 1
 1235: if r1 <= r7 goto +1
 1236: r4 = 0
 1237: r1 = 0
 1238: if r4 == 0 goto +1
 1239: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1240: r9 = r8
 1241: r9 <<= 8
 1242: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1243: r1 = *(u32 *)(r10 -64)
 1244: if r1 == 0 goto +7
 1245: r1 -= 1
 1246: if r1 > 16383 goto +5
 1247: r8 = r6
 1248: r8 += r1
 1249: r1 = r8
 1250: r1 += 1
 1251: if r1 <= r7 goto +1
 1252: r8 = 0
 1253: r4 = 0
 1254: if r8 == 0 goto +1
 1255: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1256: r1 = r9
 1257: r1 <<= 8
 1258: r1 |= r4
      ; write var5, v34
 1259: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1260: r1 = *(u32 *)(r10 -100)
 1261: if r1 == 0 goto +7
 1262: r1 -= 1
 1263: if r1 > 16383 goto +5
 1264: r4 = r6
 1265: r4 += r1
 1266: r1 = r4
 1267: r1 += 20
 1268: if r1 <= r7 goto +1
 1269: r4 = 0
 1270: r1 = 0
 1271: if r4 == 0 goto +1
 1272: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1273: r9 = 0
 1274: if r3 == 0 goto +2
 1275: r9 = *(u16 *)(r3 +14)
 1276: r9 = be16 r9
      ; v37: bit<16> = read var4
 1277: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1278: r4 = 0
 1279: if r2 == 0 goto +2
 1280: r4 = *(u16 *)(r2 +1)
 1281: r4 = be16 r4
      ; v39: bit<8> = read_field hdr12.shift
 1282: r3 = *(u32 *)(r10 -56)
 1283: if r3 == 0 goto +7
 1284: r3 -= 1
 1285: if r3 > 16383 goto +5
 1286: r2 = r6
 1287: r2 += r3
 1288: r3 = r2
 1289: r3 += 2
 1290: if r3 <= r7 goto +1
 1291: r2 = 0
 1292: r3 = 0
 1293: if r2 == 0 goto +1
 1294: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1295: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1296: *(u64 *)(r10 -144) = 0
 1297: *(u64 *)(r10 -136) = 0
 1298: *(u8 *)(r10 -144) = r1
 1299: r1 = r9
 1300: *(u8 *)(r10 -142) = r1
 1301: r1 >>= 8
 1302: *(u8 *)(r10 -143) = r1
 1303: r1 = r8
 1304: *(u8 *)(r10 -140) = r1
 1305: r1 >>= 8
 1306: *(u8 *)(r10 -141) = r1
 1307: r1 = r4
 1308: *(u8 *)(r10 -138) = r1
 1309: r1 >>= 8
 1310: *(u8 *)(r10 -139) = r1
 1311: r1 = r3
 1312: *(u8 *)(r10 -137) = r1
 1313: r1 = r2
 1314: r1 = be64 r1
 1315: *(u64 *)(r10 -136) = r1
 1316: r2 = 0
 1317: r1 = 0
 1318: *(u64 *)(r10 -224) = r2
 1319: *(u64 *)(r10 -232) = r1
 1320: *(u32 *)(r10 -216) = 0
 1321: r1 = map[pipe_p0f_signatures_masks] ll
 1323: r2 = r10
 1324: r2 += -216
 1325: call bpf_map_lookup_elem
 1326: r3 = r0
 1327: if r3 == 0 goto +1496
 1328: r1 = *(u32 *)(r3 +0)
 1329: if r1 == 0 goto +1494
 1330: *(u32 *)(r10 -184) = 0
 1331: r2 = *(u32 *)(r10 -144)
 1332: r1 = *(u32 *)(r3 +8)
 1333: r2 &= r1
 1334: *(u32 *)(r10 -180) = r2
 1335: r2 = *(u32 *)(r10 -140)
 1336: r1 = *(u32 *)(r3 +12)
 1337: r2 &= r1
 1338: *(u32 *)(r10 -176) = r2
 1339: r2 = *(u32 *)(r10 -136)
 1340: r1 = *(u32 *)(r3 +16)
 1341: r2 &= r1
 1342: *(u32 *)(r10 -172) = r2
 1343: r2 = *(u32 *)(r10 -132)
 1344: r1 = *(u32 *)(r3 +20)
 1345: r2 &= r1
 1346: *(u32 *)(r10 -168) = r2
 1347: r1 = map[pipe_p0f_signatures] ll
 1349: r2 = r10
 1350: r2 += -184
 1351: call bpf_map_lookup_elem
 1352: r3 = r0
 1353: if r3 == 0 goto +13
 1354: r2 = *(u32 *)(r3 +4)
 1355: r1 = *(u64 *)(r10 -224)
 1356: if r1 == 0 goto +2
 1357: r1 = *(u64 *)(r10 -232)
 1358: if r2 <= r1 goto +8
 1359: *(u64 *)(r10 -224) = 1
 1360: *(u64 *)(r10 -232) = r2
 1361: r1 = *(u32 *)(r3 +0)
 1362: *(u32 *)(r10 -208) = r1
 1363: r1 = *(u32 *)(r3 +4)
 1364: *(u32 *)(r10 -204) = r1
 1365: r1 = *(u32 *)(r3 +8)
 1366: *(u32 *)(r10 -200) = r1
 1367: *(u32 *)(r10 -216) = 1
 1368: r1 = map[pipe_p0f_signatures_masks] ll
 1370: r2 = r10
 1371: r2 += -216
 1372: call bpf_map_lookup_elem
 1373: r3 = r0
 1374: if r3 == 0 goto +1449
 1375: r1 = *(u32 *)(r3 +0)
 1376: if r1 == 0 goto +1447
 1377: *(u32 *)(r10 -184) = 1
 1378: r2 = *(u32 *)(r10 -144)
 1379: r1 = *(u32 *)(r3 +8)
 1380: r2 &= r1
 1381: *(u32 *)(r10 -180) = r2
 1382: r2 = *(u32 *)(r10 -140)
 1383: r1 = *(u32 *)(r3 +12)
 1384: r2 &= r1
 1385: *(u32 *)(r10 -176) = r2
 1386: r2 = *(u32 *)(r10 -136)
 1387: r1 = *(u32 *)(r3 +16)
 1388: r2 &= r1
 1389: *(u32 *)(r10 -172) = r2
 1390: r2 = *(u32 *)(r10 -132)
 1391: r1 = *(u32 *)(r3 +20)
 1392: r2 &= r1
 1393: *(u32 *)(r10 -168) = r2
 1394: r1 = map[pipe_p0f_signatures] ll
 1396: r2 = r10
 1397: r2 += -184
 1398: call bpf_map_lookup_elem
 1399: r3 = r0
 1400: if r3 == 0 goto +13
 1401: r2 = *(u32 *)(r3 +4)
 1402: r1 = *(u64 *)(r10 -224)
 1403: if r1 == 0 goto +2
 1404: r1 = *(u64 *)(r10 -232)
 1405: if r2 <= r1 goto +8
 1406: *(u64 *)(r10 -224) = 1
 1407: *(u64 *)(r10 -232) = r2
 1408: r1 = *(u32 *)(r3 +0)
 1409: *(u32 *)(r10 -208) = r1
 1410: r1 = *(u32 *)(r3 +4)
 1411: *(u32 *)(r10 -204) = r1
 1412: r1 = *(u32 *)(r3 +8)
 1413: *(u32 *)(r10 -200) = r1
 1414: *(u32 *)(r10 -216) = 2
 1415: r1 = map[pipe_p0f_signatures_masks] ll
 1417: r2 = r10
 1418: r2 += -216
 1419: call bpf_map_lookup_elem
 1420: r3 = r0
 1421: if r3 == 0 goto +1402
 1422: r1 = *(u32 *)(r3 +0)
 1423: if r1 == 0 goto +1400
 1424: *(u32 *)(r10 -184) = 2
 1425: r2 = *(u32 *)(r10 -144)
 1426: r1 = *(u32 *)(r3 +8)
 1427: r2 &= r1
 1428: *(u32 *)(r10 -180) = r2
 1429: r2 = *(u32 *)(r10 -140)
 1430: r1 = *(u32 *)(r3 +12)
 1431: r2 &= r1
 1432: *(u32 *)(r10 -176) = r2
 1433: r2 = *(u32 *)(r10 -136)
 1434: r1 = *(u32 *)(r3 +16)
 1435: r2 &= r1
 1436: *(u32 *)(r10 -172) = r2
 1437: r2 = *(u32 *)(r10 -132)
 1438: r1 = *(u32 *)(r3 +20)
 1439: r2 &= r1
 1440: *(u32 *)(r10 -168) = r2
 1441: r1 = map[pipe_p0f_signatures] ll
 1443: r2 = r10
 1444: r2 += -184
 1445: call bpf_map_lookup_elem
 1446: r3 = r0
 1447: if r3 == 0 goto +13
 1448: r2 = *(u32 *)(r3 +4)
 1449: r1 = *(u64 *)(r10 -224)
 1450: if r1 == 0 goto +2
 1451: r1 = *(u64 *)(r10 -232)
 1452: if r2 <= r1 goto +8
 1453: *(u64 *)(r10 -224) = 1
 1454: *(u64 *)(r10 -232) = r2
 1455: r1 = *(u32 *)(r3 +0)
 1456: *(u32 *)(r10 -208) = r1
 1457: r1 = *(u32 *)(r3 +4)
 1458: *(u32 *)(r10 -204) = r1
 1459: r1 = *(u32 *)(r3 +8)
 1460: *(u32 *)(r10 -200) = r1
 1461: *(u32 *)(r10 -216) = 3
 1462: r1 = map[pipe_p0f_signatures_masks] ll
 1464: r2 = r10
 1465: r2 += -216
 1466: call bpf_map_lookup_elem
 1467: r3 = r0
 1468: if r3 == 0 goto +1355
 1469: r1 = *(u32 *)(r3 +0)
 1470: if r1 == 0 goto +1353
 1471: *(u32 *)(r10 -184) = 3
 1472: r2 = *(u32 *)(r10 -144)
 1473: r1 = *(u32 *)(r3 +8)
 1474: r2 &= r1
 1475: *(u32 *)(r10 -180) = r2
 1476: r2 = *(u32 *)(r10 -140)
 1477: r1 = *(u32 *)(r3 +12)
 1478: r2 &= r1
 1479: *(u32 *)(r10 -176) = r2
 1480: r2 = *(u32 *)(r10 -136)
 1481: r1 = *(u32 *)(r3 +16)
 1482: r2 &= r1
 1483: *(u32 *)(r10 -172) = r2
 1484: r2 = *(u32 *)(r10 -132)
 1485: r1 = *(u32 *)(r3 +20)
 1486: r2 &= r1
 1487: *(u32 *)(r10 -168) = r2
 1488: r1 = map[pipe_p0f_signatures] ll
 1490: r2 = r10
 1491: r2 += -184
 1492: call bpf_map_lookup_elem
 1493: r3 = r0
 1494: if r3 == 0 goto +13
 1495: r2 = *(u32 *)(r3 +4)
 1496: r1 = *(u64 *)(r10 -224)
 1497: if r1 == 0 goto +2
 1498: r1 = *(u64 *)(r10 -232)
 1499: if r2 <= r1 goto +8
 1500: *(u64 *)(r10 -224) = 1
 1501: *(u64 *)(r10 -232) = r2
 1502: r1 = *(u32 *)(r3 +0)
 1503: *(u32 *)(r10 -208) = r1
 1504: r1 = *(u32 *)(r3 +4)
 1505: *(u32 *)(r10 -204) = r1
 1506: r1 = *(u32 *)(r3 +8)
 1507: *(u32 *)(r10 -200) = r1
 1508: *(u32 *)(r10 -216) = 4
 1509: r1 = map[pipe_p0f_signatures_masks] ll
 1511: r2 = r10
 1512: r2 += -216
 1513: call bpf_map_lookup_elem
 1514: r3 = r0
 1515: if r3 == 0 goto +1308
 1516: r1 = *(u32 *)(r3 +0)
 1517: if r1 == 0 goto +1306
 1518: *(u32 *)(r10 -184) = 4
 1519: r2 = *(u32 *)(r10 -144)
 1520: r1 = *(u32 *)(r3 +8)
 1521: r2 &= r1
 1522: *(u32 *)(r10 -180) = r2
 1523: r2 = *(u32 *)(r10 -140)
 1524: r1 = *(u32 *)(r3 +12)
 1525: r2 &= r1
 1526: *(u32 *)(r10 -176) = r2
 1527: r2 = *(u32 *)(r10 -136)
 1528: r1 = *(u32 *)(r3 +16)
 1529: r2 &= r1
 1530: *(u32 *)(r10 -172) = r2
 1531: r2 = *(u32 *)(r10 -132)
 1532: r1 = *(u32 *)(r3 +20)
 1533: r2 &= r1
 1534: *(u32 *)(r10 -168) = r2
 1535: r1 = map[pipe_p0f_signatures] ll
 1537: r2 = r10
 1538: r2 += -184
 1539: call bpf_map_lookup_elem
 1540: r3 = r0
 1541: if r3 == 0 goto +13
 1542: r2 = *(u32 *)(r3 +4)
 1543: r1 = *(u64 *)(r10 -224)
 1544: if r1 == 0 goto +2
 1545: r1 = *(u64 *)(r10 -232)
 1546: if r2 <= r1 goto +8
 1547: *(u64 *)(r10 -224) = 1
 1548: *(u64 *)(r10 -232) = r2
 1549: r1 = *(u32 *)(r3 +0)
 1550: *(u32 *)(r10 -208) = r1
 1551: r1 = *(u32 *)(r3 +4)
 1552: *(u32 *)(r10 -204) = r1
 1553: r1 = *(u32 *)(r3 +8)
 1554: *(u32 *)(r10 -200) = r1
 1555: *(u32 *)(r10 -216) = 5
 1556: r1 = map[pipe_p0f_signatures_masks] ll
 1558: r2 = r10
 1559: r2 += -216
 1560: call bpf_map_lookup_elem
 1561: r3 = r0
 1562: if r3 == 0 goto +1261
 1563: r1 = *(u32 *)(r3 +0)
 1564: if r1 == 0 goto +1259
 1565: *(u32 *)(r10 -184) = 5
 1566: r2 = *(u32 *)(r10 -144)
 1567: r1 = *(u32 *)(r3 +8)
 1568: r2 &= r1
 1569: *(u32 *)(r10 -180) = r2
 1570: r2 = *(u32 *)(r10 -140)
 1571: r1 = *(u32 *)(r3 +12)
 1572: r2 &= r1
 1573: *(u32 *)(r10 -176) = r2
 1574: r2 = *(u32 *)(r10 -136)
 1575: r1 = *(u32 *)(r3 +16)
 1576: r2 &= r1
 1577: *(u32 *)(r10 -172) = r2
 1578: r2 = *(u32 *)(r10 -132)
 1579: r1 = *(u32 *)(r3 +20)
 1580: r2 &= r1
 1581: *(u32 *)(r10 -168) = r2
 1582: r1 = map[pipe_p0f_signatures] ll
 1584: r2 = r10
 1585: r2 += -184
 1586: call bpf_map_lookup_elem
 1587: r3 = r0
 1588: if r3 == 0 goto +13
 1589: r2 = *(u32 *)(r3 +4)
 1590: r1 = *(u64 *)(r10 -224)
 1591: if r1 == 0 goto +2
 1592: r1 = *(u64 *)(r10 -232)
 1593: if r2 <= r1 goto +8
 1594: *(u64 *)(r10 -224) = 1
 1595: *(u64 *)(r10 -232) = r2
 1596: r1 = *(u32 *)(r3 +0)
 1597: *(u32 *)(r10 -208) = r1
 1598: r1 = *(u32 *)(r3 +4)
 1599: *(u32 *)(r10 -204) = r1
 1600: r1 = *(u32 *)(r3 +8)
 1601: *(u32 *)(r10 -200) = r1
 1602: *(u32 *)(r10 -216) = 6
 1603: r1 = map[pipe_p0f_signatures_masks] ll
 1605: r2 = r10
 1606: r2 += -216
 1607: call bpf_map_lookup_elem
 1608: r3 = r0
 1609: if r3 == 0 goto +1214
 1610: r1 = *(u32 *)(r3 +0)
 1611: if r1 == 0 goto +1212
 1612: *(u32 *)(r10 -184) = 6
 1613: r2 = *(u32 *)(r10 -144)
 1614: r1 = *(u32 *)(r3 +8)
 1615: r2 &= r1
 1616: *(u32 *)(r10 -180) = r2
 1617: r2 = *(u32 *)(r10 -140)
 1618: r1 = *(u32 *)(r3 +12)
 1619: r2 &= r1
 1620: *(u32 *)(r10 -176) = r2
 1621: r2 = *(u32 *)(r10 -136)
 1622: r1 = *(u32 *)(r3 +16)
 1623: r2 &= r1
 1624: *(u32 *)(r10 -172) = r2
 1625: r2 = *(u32 *)(r10 -132)
 1626: r1 = *(u32 *)(r3 +20)
 1627: r2 &= r1
 1628: *(u32 *)(r10 -168) = r2
 1629: r1 = map[pipe_p0f_signatures] ll
 1631: r2 = r10
 1632: r2 += -184
 1633: call bpf_map_lookup_elem
 1634: r3 = r0
 1635: if r3 == 0 goto +13
 1636: r2 = *(u32 *)(r3 +4)
 1637: r1 = *(u64 *)(r10 -224)
 1638: if r1 == 0 goto +2
 1639: r1 = *(u64 *)(r10 -232)
 1640: if r2 <= r1 goto +8
 1641: *(u64 *)(r10 -224) = 1
 1642: *(u64 *)(r10 -232) = r2
 1643: r1 = *(u32 *)(r3 +0)
 1644: *(u32 *)(r10 -208) = r1
 1645: r1 = *(u32 *)(r3 +4)
 1646: *(u32 *)(r10 -204) = r1
 1647: r1 = *(u32 *)(r3 +8)
 1648: *(u32 *)(r10 -200) = r1
 1649: *(u32 *)(r10 -216) = 7
 1650: r1 = map[pipe_p0f_signatures_masks] ll
 1652: r2 = r10
 1653: r2 += -216
 1654: call bpf_map_lookup_elem
 1655: r3 = r0
 1656: if r3 == 0 goto +1167
 1657: r1 = *(u32 *)(r3 +0)
 1658: if r1 == 0 goto +1165
 1659: *(u32 *)(r10 -184) = 7
 1660: r2 = *(u32 *)(r10 -144)
 1661: r1 = *(u32 *)(r3 +8)
 1662: r2 &= r1
 1663: *(u32 *)(r10 -180) = r2
 1664: r2 = *(u32 *)(r10 -140)
 1665: r1 = *(u32 *)(r3 +12)
 1666: r2 &= r1
 1667: *(u32 *)(r10 -176) = r2
 1668: r2 = *(u32 *)(r10 -136)
 1669: r1 = *(u32 *)(r3 +16)
 1670: r2 &= r1
 1671: *(u32 *)(r10 -172) = r2
 1672: r2 = *(u32 *)(r10 -132)
 1673: r1 = *(u32 *)(r3 +20)
 1674: r2 &= r1
 1675: *(u32 *)(r10 -168) = r2
 1676: r1 = map[pipe_p0f_signatures] ll
 1678: r2 = r10
 1679: r2 += -184
 1680: call bpf_map_lookup_elem
 1681: r3 = r0
 1682: if r3 == 0 goto +13
 1683: r2 = *(u32 *)(r3 +4)
 1684: r1 = *(u64 *)(r10 -224)
 1685: if r1 == 0 goto +2
 1686: r1 = *(u64 *)(r10 -232)
 1687: if r2 <= r1 goto +8
 1688: *(u64 *)(r10 -224) = 1
 1689: *(u64 *)(r10 -232) = r2
 1690: r1 = *(u32 *)(r3 +0)
 1691: *(u32 *)(r10 -208) = r1
 1692: r1 = *(u32 *)(r3 +4)
 1693: *(u32 *)(r10 -204) = r1
 1694: r1 = *(u32 *)(r3 +8)
 1695: *(u32 *)(r10 -200) = r1
 1696: *(u32 *)(r10 -216) = 8
 1697: r1 = map[pipe_p0f_signatures_masks] ll
 1699: r2 = r10
 1700: r2 += -216
 1701: call bpf_map_lookup_elem
 1702: r3 = r0
 1703: if r3 == 0 goto +1120
 1704: r1 = *(u32 *)(r3 +0)
 1705: if r1 == 0 goto +1118
 1706: *(u32 *)(r10 -184) = 8
 1707: r2 = *(u32 *)(r10 -144)
 1708: r1 = *(u32 *)(r3 +8)
 1709: r2 &= r1
 1710: *(u32 *)(r10 -180) = r2
 1711: r2 = *(u32 *)(r10 -140)
 1712: r1 = *(u32 *)(r3 +12)
 1713: r2 &= r1
 1714: *(u32 *)(r10 -176) = r2
 1715: r2 = *(u32 *)(r10 -136)
 1716: r1 = *(u32 *)(r3 +16)
 1717: r2 &= r1
 1718: *(u32 *)(r10 -172) = r2
 1719: r2 = *(u32 *)(r10 -132)
 1720: r1 = *(u32 *)(r3 +20)
 1721: r2 &= r1
 1722: *(u32 *)(r10 -168) = r2
 1723: r1 = map[pipe_p0f_signatures] ll
 1725: r2 = r10
 1726: r2 += -184
 1727: call bpf_map_lookup_elem
 1728: r3 = r0
 1729: if r3 == 0 goto +13
 1730: r2 = *(u32 *)(r3 +4)
 1731: r1 = *(u64 *)(r10 -224)
 1732: if r1 == 0 goto +2
 1733: r1 = *(u64 *)(r10 -232)
 1734: if r2 <= r1 goto +8
 1735: *(u64 *)(r10 -224) = 1
 1736: *(u64 *)(r10 -232) = r2
 1737: r1 = *(u32 *)(r3 +0)
 1738: *(u32 *)(r10 -208) = r1
 1739: r1 = *(u32 *)(r3 +4)
 1740: *(u32 *)(r10 -204) = r1
 1741: r1 = *(u32 *)(r3 +8)
 1742: *(u32 *)(r10 -200) = r1
 1743: *(u32 *)(r10 -216) = 9
 1744: r1 = map[pipe_p0f_signatures_masks] ll
 1746: r2 = r10
 1747: r2 += -216
 1748: call bpf_map_lookup_elem
 1749: r3 = r0
 1750: if r3 == 0 goto +1073
 1751: r1 = *(u32 *)(r3 +0)
 1752: if r1 == 0 goto +1071
 1753: *(u32 *)(r10 -184) = 9
 1754: r2 = *(u32 *)(r10 -144)
 1755: r1 = *(u32 *)(r3 +8)
 1756: r2 &= r1
 1757: *(u32 *)(r10 -180) = r2
 1758: r2 = *(u32 *)(r10 -140)
 1759: r1 = *(u32 *)(r3 +12)
 1760: r2 &= r1
 1761: *(u32 *)(r10 -176) = r2
 1762: r2 = *(u32 *)(r10 -136)
 1763: r1 = *(u32 *)(r3 +16)
 1764: r2 &= r1
 1765: *(u32 *)(r10 -172) = r2
 1766: r2 = *(u32 *)(r10 -132)
 1767: r1 = *(u32 *)(r3 +20)
 1768: r2 &= r1
 1769: *(u32 *)(r10 -168) = r2
 1770: r1 = map[pipe_p0f_signatures] ll
 1772: r2 = r10
 1773: r2 += -184
 1774: call bpf_map_lookup_elem
 1775: r3 = r0
 1776: if r3 == 0 goto +13
 1777: r2 = *(u32 *)(r3 +4)
 1778: r1 = *(u64 *)(r10 -224)
 1779: if r1 == 0 goto +2
 1780: r1 = *(u64 *)(r10 -232)
 1781: if r2 <= r1 goto +8
 1782: *(u64 *)(r10 -224) = 1
 1783: *(u64 *)(r10 -232) = r2
 1784: r1 = *(u32 *)(r3 +0)
 1785: *(u32 *)(r10 -208) = r1
 1786: r1 = *(u32 *)(r3 +4)
 1787: *(u32 *)(r10 -204) = r1
 1788: r1 = *(u32 *)(r3 +8)
 1789: *(u32 *)(r10 -200) = r1
 1790: *(u32 *)(r10 -216) = 10
 1791: r1 = map[pipe_p0f_signatures_masks] ll
 1793: r2 = r10
 1794: r2 += -216
 1795: call bpf_map_lookup_elem
 1796: r3 = r0
 1797: if r3 == 0 goto +1026
 1798: r1 = *(u32 *)(r3 +0)
 1799: if r1 == 0 goto +1024
 1800: *(u32 *)(r10 -184) = 10
 1801: r2 = *(u32 *)(r10 -144)
 1802: r1 = *(u32 *)(r3 +8)
 1803: r2 &= r1
 1804: *(u32 *)(r10 -180) = r2
 1805: r2 = *(u32 *)(r10 -140)
 1806: r1 = *(u32 *)(r3 +12)
 1807: r2 &= r1
 1808: *(u32 *)(r10 -176) = r2
 1809: r2 = *(u32 *)(r10 -136)
 1810: r1 = *(u32 *)(r3 +16)
 1811: r2 &= r1
 1812: *(u32 *)(r10 -172) = r2
 1813: r2 = *(u32 *)(r10 -132)
 1814: r1 = *(u32 *)(r3 +20)
 1815: r2 &= r1
 1816: *(u32 *)(r10 -168) = r2
 1817: r1 = map[pipe_p0f_signatures] ll
 1819: r2 = r10
 1820: r2 += -184
 1821: call bpf_map_lookup_elem
 1822: r3 = r0
 1823: if r3 == 0 goto +13
 1824: r2 = *(u32 *)(r3 +4)
 1825: r1 = *(u64 *)(r10 -224)
 1826: if r1 == 0 goto +2
 1827: r1 = *(u64 *)(r10 -232)
 1828: if r2 <= r1 goto +8
 1829: *(u64 *)(r10 -224) = 1
 1830: *(u64 *)(r10 -232) = r2
 1831: r1 = *(u32 *)(r3 +0)
 1832: *(u32 *)(r10 -208) = r1
 1833: r1 = *(u32 *)(r3 +4)
 1834: *(u32 *)(r10 -204) = r1
 1835: r1 = *(u32 *)(r3 +8)
 1836: *(u32 *)(r10 -200) = r1
 1837: *(u32 *)(r10 -216) = 11
 1838: r1 = map[pipe_p0f_signatures_masks] ll
 1840: r2 = r10
 1841: r2 += -216
 1842: call bpf_map_lookup_elem
 1843: r3 = r0
 1844: if r3 == 0 goto +979
 1845: r1 = *(u32 *)(r3 +0)
 1846: if r1 == 0 goto +977
 1847: *(u32 *)(r10 -184) = 11
 1848: r2 = *(u32 *)(r10 -144)
 1849: r1 = *(u32 *)(r3 +8)
 1850: r2 &= r1
 1851: *(u32 *)(r10 -180) = r2
 1852: r2 = *(u32 *)(r10 -140)
 1853: r1 = *(u32 *)(r3 +12)
 1854: r2 &= r1
 1855: *(u32 *)(r10 -176) = r2
 1856: r2 = *(u32 *)(r10 -136)
 1857: r1 = *(u32 *)(r3 +16)
 1858: r2 &= r1
 1859: *(u32 *)(r10 -172) = r2
 1860: r2 = *(u32 *)(r10 -132)
 1861: r1 = *(u32 *)(r3 +20)
 1862: r2 &= r1
 1863: *(u32 *)(r10 -168) = r2
 1864: r1 = map[pipe_p0f_signatures] ll
 1866: r2 = r10
 1867: r2 += -184
 1868: call bpf_map_lookup_elem
 1869: r3 = r0
 1870: if r3 == 0 goto +13
 1871: r2 = *(u32 *)(r3 +4)
 1872: r1 = *(u64 *)(r10 -224)
 1873: if r1 == 0 goto +2
 1874: r1 = *(u64 *)(r10 -232)
 1875: if r2 <= r1 goto +8
 1876: *(u64 *)(r10 -224) = 1
 1877: *(u64 *)(r10 -232) = r2
 1878: r1 = *(u32 *)(r3 +0)
 1879: *(u32 *)(r10 -208) = r1
 1880: r1 = *(u32 *)(r3 +4)
 1881: *(u32 *)(r10 -204) = r1
 1882: r1 = *(u32 *)(r3 +8)
 1883: *(u32 *)(r10 -200) = r1
 1884: *(u32 *)(r10 -216) = 12
 1885: r1 = map[pipe_p0f_signatures_masks] ll
 1887: r2 = r10
 1888: r2 += -216
 1889: call bpf_map_lookup_elem
 1890: r3 = r0
 1891: if r3 == 0 goto +932
 1892: r1 = *(u32 *)(r3 +0)
 1893: if r1 == 0 goto +930
 1894: *(u32 *)(r10 -184) = 12
 1895: r2 = *(u32 *)(r10 -144)
 1896: r1 = *(u32 *)(r3 +8)
 1897: r2 &= r1
 1898: *(u32 *)(r10 -180) = r2
 1899: r2 = *(u32 *)(r10 -140)
 1900: r1 = *(u32 *)(r3 +12)
 1901: r2 &= r1
 1902: *(u32 *)(r10 -176) = r2
 1903: r2 = *(u32 *)(r10 -136)
 1904: r1 = *(u32 *)(r3 +16)
 1905: r2 &= r1
 1906: *(u32 *)(r10 -172) = r2
 1907: r2 = *(u32 *)(r10 -132)
 1908: r1 = *(u32 *)(r3 +20)
 1909: r2 &= r1
 1910: *(u32 *)(r10 -168) = r2
 1911: r1 = map[pipe_p0f_signatures] ll
 1913: r2 = r10
 1914: r2 += -184
 1915: call bpf_map_lookup_elem
 1916: r3 = r0
 1917: if r3 == 0 goto +13
 1918: r2 = *(u32 *)(r3 +4)
 1919: r1 = *(u64 *)(r10 -224)
 1920: if r1 == 0 goto +2
 1921: r1 = *(u64 *)(r10 -232)
 1922: if r2 <= r1 goto +8
 1923: *(u64 *)(r10 -224) = 1
 1924: *(u64 *)(r10 -232) = r2
 1925: r1 = *(u32 *)(r3 +0)
 1926: *(u32 *)(r10 -208) = r1
 1927: r1 = *(u32 *)(r3 +4)
 1928: *(u32 *)(r10 -204) = r1
 1929: r1 = *(u32 *)(r3 +8)
 1930: *(u32 *)(r10 -200) = r1
 1931: *(u32 *)(r10 -216) = 13
 1932: r1 = map[pipe_p0f_signatures_masks] ll
 1934: r2 = r10
 1935: r2 += -216
 1936: call bpf_map_lookup_elem
 1937: r3 = r0
 1938: if r3 == 0 goto +885
 1939: r1 = *(u32 *)(r3 +0)
 1940: if r1 == 0 goto +883
 1941: *(u32 *)(r10 -184) = 13
 1942: r2 = *(u32 *)(r10 -144)
 1943: r1 = *(u32 *)(r3 +8)
 1944: r2 &= r1
 1945: *(u32 *)(r10 -180) = r2
 1946: r2 = *(u32 *)(r10 -140)
 1947: r1 = *(u32 *)(r3 +12)
 1948: r2 &= r1
 1949: *(u32 *)(r10 -176) = r2
 1950: r2 = *(u32 *)(r10 -136)
 1951: r1 = *(u32 *)(r3 +16)
 1952: r2 &= r1
 1953: *(u32 *)(r10 -172) = r2
 1954: r2 = *(u32 *)(r10 -132)
 1955: r1 = *(u32 *)(r3 +20)
 1956: r2 &= r1
 1957: *(u32 *)(r10 -168) = r2
 1958: r1 = map[pipe_p0f_signatures] ll
 1960: r2 = r10
 1961: r2 += -184
 1962: call bpf_map_lookup_elem
 1963: r3 = r0
 1964: if r3 == 0 goto +13
 1965: r2 = *(u32 *)(r3 +4)
 1966: r1 = *(u64 *)(r10 -224)
 1967: if r1 == 0 goto +2
 1968: r1 = *(u64 *)(r10 -232)
 1969: if r2 <= r1 goto +8
 1970: *(u64 *)(r10 -224) = 1
 1971: *(u64 *)(r10 -232) = r2
 1972: r1 = *(u32 *)(r3 +0)
 1973: *(u32 *)(r10 -208) = r1
 1974: r1 = *(u32 *)(r3 +4)
 1975: *(u32 *)(r10 -204) = r1
 1976: r1 = *(u32 *)(r3 +8)
 1977: *(u32 *)(r10 -200) = r1
 1978: *(u32 *)(r10 -216) = 14
 1979: r1 = map[pipe_p0f_signatures_masks] ll
 1981: r2 = r10
 1982: r2 += -216
 1983: call bpf_map_lookup_elem
 1984: r3 = r0
 1985: if r3 == 0 goto +838
 1986: r1 = *(u32 *)(r3 +0)
 1987: if r1 == 0 goto +836
 1988: *(u32 *)(r10 -184) = 14
 1989: r2 = *(u32 *)(r10 -144)
 1990: r1 = *(u32 *)(r3 +8)
 1991: r2 &= r1
 1992: *(u32 *)(r10 -180) = r2
 1993: r2 = *(u32 *)(r10 -140)
 1994: r1 = *(u32 *)(r3 +12)
 1995: r2 &= r1
 1996: *(u32 *)(r10 -176) = r2
 1997: r2 = *(u32 *)(r10 -136)
 1998: r1 = *(u32 *)(r3 +16)
 1999: r2 &= r1
 2000: *(u32 *)(r10 -172) = r2
 2001: r2 = *(u32 *)(r10 -132)
 2002: r1 = *(u32 *)(r3 +20)
 2003: r2 &= r1
 2004: *(u32 *)(r10 -168) = r2
 2005: r1 = map[pipe_p0f_signatures] ll
 2007: r2 = r10
 2008: r2 += -184
 2009: call bpf_map_lookup_elem
 2010: r3 = r0
 2011: if r3 == 0 goto +13
 2012: r2 = *(u32 *)(r3 +4)
 2013: r1 = *(u64 *)(r10 -224)
 2014: if r1 == 0 goto +2
 2015: r1 = *(u64 *)(r10 -232)
 2016: if r2 <= r1 goto +8
 2017: *(u64 *)(r10 -224) = 1
 2018: *(u64 *)(r10 -232) = r2
 2019: r1 = *(u32 *)(r3 +0)
 2020: *(u32 *)(r10 -208) = r1
 2021: r1 = *(u32 *)(r3 +4)
 2022: *(u32 *)(r10 -204) = r1
 2023: r1 = *(u32 *)(r3 +8)
 2024: *(u32 *)(r10 -200) = r1
 2025: *(u32 *)(r10 -216) = 15
 2026: r1 = map[pipe_p0f_signatures_masks] ll
 2028: r2 = r10
 2029: r2 += -216
 2030: call bpf_map_lookup_elem
 2031: r3 = r0
 2032: if r3 == 0 goto +791
 2033: r1 = *(u32 *)(r3 +0)
 2034: if r1 == 0 goto +789
 2035: *(u32 *)(r10 -184) = 15
 2036: r2 = *(u32 *)(r10 -144)
 2037: r1 = *(u32 *)(r3 +8)
 2038: r2 &= r1
 2039: *(u32 *)(r10 -180) = r2
 2040: r2 = *(u32 *)(r10 -140)
 2041: r1 = *(u32 *)(r3 +12)
 2042: r2 &= r1
 2043: *(u32 *)(r10 -176) = r2
 2044: r2 = *(u32 *)(r10 -136)
 2045: r1 = *(u32 *)(r3 +16)
 2046: r2 &= r1
 2047: *(u32 *)(r10 -172) = r2
 2048: r2 = *(u32 *)(r10 -132)
 2049: r1 = *(u32 *)(r3 +20)
 2050: r2 &= r1
 2051: *(u32 *)(r10 -168) = r2
 2052: r1 = map[pipe_p0f_signatures] ll
 2054: r2 = r10
 2055: r2 += -184
 2056: call bpf_map_lookup_elem
 2057: r3 = r0
 2058: if r3 == 0 goto +13
 2059: r2 = *(u32 *)(r3 +4)
 2060: r1 = *(u64 *)(r10 -224)
 2061: if r1 == 0 goto +2
 2062: r1 = *(u64 *)(r10 -232)
 2063: if r2 <= r1 goto +8
 2064: *(u64 *)(r10 -224) = 1
 2065: *(u64 *)(r10 -232) = r2
 2066: r1 = *(u32 *)(r3 +0)
 2067: *(u32 *)(r10 -208) = r1
 2068: r1 = *(u32 *)(r3 +4)
 2069: *(u32 *)(r10 -204) = r1
 2070: r1 = *(u32 *)(r3 +8)
 2071: *(u32 *)(r10 -200) = r1
 2072: *(u32 *)(r10 -216) = 16
 2073: r1 = map[pipe_p0f_signatures_masks] ll
 2075: r2 = r10
 2076: r2 += -216
 2077: call bpf_map_lookup_elem
 2078: r3 = r0
 2079: if r3 == 0 goto +744
 2080: r1 = *(u32 *)(r3 +0)
 2081: if r1 == 0 goto +742
 2082: *(u32 *)(r10 -184) = 16
 2083: r2 = *(u32 *)(r10 -144)
 2084: r1 = *(u32 *)(r3 +8)
 2085: r2 &= r1
 2086: *(u32 *)(r10 -180) = r2
 2087: r2 = *(u32 *)(r10 -140)
 2088: r1 = *(u32 *)(r3 +12)
 2089: r2 &= r1
 2090: *(u32 *)(r10 -176) = r2
 2091: r2 = *(u32 *)(r10 -136)
 2092: r1 = *(u32 *)(r3 +16)
 2093: r2 &= r1
 2094: *(u32 *)(r10 -172) = r2
 2095: r2 = *(u32 *)(r10 -132)
 2096: r1 = *(u32 *)(r3 +20)
 2097: r2 &= r1
 2098: *(u32 *)(r10 -168) = r2
 2099: r1 = map[pipe_p0f_signatures] ll
 2101: r2 = r10
 2102: r2 += -184
 2103: call bpf_map_lookup_elem
 2104: r3 = r0
 2105: if r3 == 0 goto +13
 2106: r2 = *(u32 *)(r3 +4)
 2107: r1 = *(u64 *)(r10 -224)
 2108: if r1 == 0 goto +2
 2109: r1 = *(u64 *)(r10 -232)
 2110: if r2 <= r1 goto +8
 2111: *(u64 *)(r10 -224) = 1
 2112: *(u64 *)(r10 -232) = r2
 2113: r1 = *(u32 *)(r3 +0)
 2114: *(u32 *)(r10 -208) = r1
 2115: r1 = *(u32 *)(r3 +4)
 2116: *(u32 *)(r10 -204) = r1
 2117: r1 = *(u32 *)(r3 +8)
 2118: *(u32 *)(r10 -200) = r1
 2119: *(u32 *)(r10 -216) = 17
 2120: r1 = map[pipe_p0f_signatures_masks] ll
 2122: r2 = r10
 2123: r2 += -216
 2124: call bpf_map_lookup_elem
 2125: r3 = r0
 2126: if r3 == 0 goto +697
 2127: r1 = *(u32 *)(r3 +0)
 2128: if r1 == 0 goto +695
 2129: *(u32 *)(r10 -184) = 17
 2130: r2 = *(u32 *)(r10 -144)
 2131: r1 = *(u32 *)(r3 +8)
 2132: r2 &= r1
 2133: *(u32 *)(r10 -180) = r2
 2134: r2 = *(u32 *)(r10 -140)
 2135: r1 = *(u32 *)(r3 +12)
 2136: r2 &= r1
 2137: *(u32 *)(r10 -176) = r2
 2138: r2 = *(u32 *)(r10 -136)
 2139: r1 = *(u32 *)(r3 +16)
 2140: r2 &= r1
 2141: *(u32 *)(r10 -172) = r2
 2142: r2 = *(u32 *)(r10 -132)
 2143: r1 = *(u32 *)(r3 +20)
 2144: r2 &= r1
 2145: *(u32 *)(r10 -168) = r2
 2146: r1 = map[pipe_p0f_signatures] ll
 2148: r2 = r10
 2149: r2 += -184
 2150: call bpf_map_lookup_elem
 2151: r3 = r0
 2152: if r3 == 0 goto +13
 2153: r2 = *(u32 *)(r3 +4)
 2154: r1 = *(u64 *)(r10 -224)
 2155: if r1 == 0 goto +2
 2156: r1 = *(u64 *)(r10 -232)
 2157: if r2 <= r1 goto +8
 2158: *(u64 *)(r10 -224) = 1
 2159: *(u64 *)(r10 -232) = r2
 2160: r1 = *(u32 *)(r3 +0)
 2161: *(u32 *)(r10 -208) = r1
 2162: r1 = *(u32 *)(r3 +4)
 2163: *(u32 *)(r10 -204) = r1
 2164: r1 = *(u32 *)(r3 +8)
 2165: *(u32 *)(r10 -200) = r1
 2166: *(u32 *)(r10 -216) = 18
 2167: r1 = map[pipe_p0f_signatures_masks] ll
 2169: r2 = r10
 2170: r2 += -216
 2171: call bpf_map_lookup_elem
 2172: r3 = r0
 2173: if r3 == 0 goto +650
 2174: r1 = *(u32 *)(r3 +0)
 2175: if r1 == 0 goto +648
 2176: *(u32 *)(r10 -184) = 18
 2177: r2 = *(u32 *)(r10 -144)
 2178: r1 = *(u32 *)(r3 +8)
 2179: r2 &= r1
 2180: *(u32 *)(r10 -180) = r2
 2181: r2 = *(u32 *)(r10 -140)
 2182: r1 = *(u32 *)(r3 +12)
 2183: r2 &= r1
 2184: *(u32 *)(r10 -176) = r2
 2185: r2 = *(u32 *)(r10 -136)
 2186: r1 = *(u32 *)(r3 +16)
 2187: r2 &= r1
 2188: *(u32 *)(r10 -172) = r2
 2189: r2 = *(u32 *)(r10 -132)
 2190: r1 = *(u32 *)(r3 +20)
 2191: r2 &= r1
 2192: *(u32 *)(r10 -168) = r2
 2193: r1 = map[pipe_p0f_signatures] ll
 2195: r2 = r10
 2196: r2 += -184
 2197: call bpf_map_lookup_elem
 2198: r3 = r0
 2199: if r3 == 0 goto +13
 2200: r2 = *(u32 *)(r3 +4)
 2201: r1 = *(u64 *)(r10 -224)
 2202: if r1 == 0 goto +2
 2203: r1 = *(u64 *)(r10 -232)
 2204: if r2 <= r1 goto +8
 2205: *(u64 *)(r10 -224) = 1
 2206: *(u64 *)(r10 -232) = r2
 2207: r1 = *(u32 *)(r3 +0)
 2208: *(u32 *)(r10 -208) = r1
 2209: r1 = *(u32 *)(r3 +4)
 2210: *(u32 *)(r10 -204) = r1
 2211: r1 = *(u32 *)(r3 +8)
 2212: *(u32 *)(r10 -200) = r1
 2213: *(u32 *)(r10 -216) = 19
 2214: r1 = map[pipe_p0f_signatures_masks] ll
 2216: r2 = r10
 2217: r2 += -216
 2218: call bpf_map_lookup_elem
 2219: r3 = r0
 2220: if r3 == 0 goto +603
 2221: r1 = *(u32 *)(r3 +0)
 2222: if r1 == 0 goto +601
 2223: *(u32 *)(r10 -184) = 19
 2224: r2 = *(u32 *)(r10 -144)
 2225: r1 = *(u32 *)(r3 +8)
 2226: r2 &= r1
 2227: *(u32 *)(r10 -180) = r2
 2228: r2 = *(u32 *)(r10 -140)
 2229: r1 = *(u32 *)(r3 +12)
 2230: r2 &= r1
 2231: *(u32 *)(r10 -176) = r2
 2232: r2 = *(u32 *)(r10 -136)
 2233: r1 = *(u32 *)(r3 +16)
 2234: r2 &= r1
 2235: *(u32 *)(r10 -172) = r2
 2236: r2 = *(u32 *)(r10 -132)
 2237: r1 = *(u32 *)(r3 +20)
 2238: r2 &= r1
 2239: *(u32 *)(r10 -168) = r2
 2240: r1 = map[pipe_p0f_signatures] ll
 2242: r2 = r10
 2243: r2 += -184
 2244: call bpf_map_lookup_elem
 2245: r3 = r0
 2246: if r3 == 0 goto +13
 2247: r2 = *(u32 *)(r3 +4)
 2248: r1 = *(u64 *)(r10 -224)
 2249: if r1 == 0 goto +2
 2250: r1 = *(u64 *)(r10 -232)
 2251: if r2 <= r1 goto +8
 2252: *(u64 *)(r10 -224) = 1
 2253: *(u64 *)(r10 -232) = r2
 2254: r1 = *(u32 *)(r3 +0)
 2255: *(u32 *)(r10 -208) = r1
 2256: r1 = *(u32 *)(r3 +4)
 2257: *(u32 *)(r10 -204) = r1
 2258: r1 = *(u32 *)(r3 +8)
 2259: *(u32 *)(r10 -200) = r1
 2260: *(u32 *)(r10 -216) = 20
 2261: r1 = map[pipe_p0f_signatures_masks] ll
 2263: r2 = r10
 2264: r2 += -216
 2265: call bpf_map_lookup_elem
 2266: r3 = r0
 2267: if r3 == 0 goto +556
 2268: r1 = *(u32 *)(r3 +0)
 2269: if r1 == 0 goto +554
 2270: *(u32 *)(r10 -184) = 20
 2271: r2 = *(u32 *)(r10 -144)
 2272: r1 = *(u32 *)(r3 +8)
 2273: r2 &= r1
 2274: *(u32 *)(r10 -180) = r2
 2275: r2 = *(u32 *)(r10 -140)
 2276: r1 = *(u32 *)(r3 +12)
 2277: r2 &= r1
 2278: *(u32 *)(r10 -176) = r2
 2279: r2 = *(u32 *)(r10 -136)
 2280: r1 = *(u32 *)(r3 +16)
 2281: r2 &= r1
 2282: *(u32 *)(r10 -172) = r2
 2283: r2 = *(u32 *)(r10 -132)
 2284: r1 = *(u32 *)(r3 +20)
 2285: r2 &= r1
 2286: *(u32 *)(r10 -168) = r2
 2287: r1 = map[pipe_p0f_signatures] ll
 2289: r2 = r10
 2290: r2 += -184
 2291: call bpf_map_lookup_elem
 2292: r3 = r0
 2293: if r3 == 0 goto +13
 2294: r2 = *(u32 *)(r3 +4)
 2295: r1 = *(u64 *)(r10 -224)
 2296: if r1 == 0 goto +2
 2297: r1 = *(u64 *)(r10 -232)
 2298: if r2 <= r1 goto +8
 2299: *(u64 *)(r10 -224) = 1
 2300: *(u64 *)(r10 -232) = r2
 2301: r1 = *(u32 *)(r3 +0)
 2302: *(u32 *)(r10 -208) = r1
 2303: r1 = *(u32 *)(r3 +4)
 2304: *(u32 *)(r10 -204) = r1
 2305: r1 = *(u32 *)(r3 +8)
 2306: *(u32 *)(r10 -200) = r1
 2307: *(u32 *)(r10 -216) = 21
 2308: r1 = map[pipe_p0f_signatures_masks] ll
 2310: r2 = r10
 2311: r2 += -216
 2312: call bpf_map_lookup_elem
 2313: r3 = r0
 2314: if r3 == 0 goto +509
 2315: r1 = *(u32 *)(r3 +0)
 2316: if r1 == 0 goto +507
 2317: *(u32 *)(r10 -184) = 21
 2318: r2 = *(u32 *)(r10 -144)
 2319: r1 = *(u32 *)(r3 +8)
 2320: r2 &= r1
 2321: *(u32 *)(r10 -180) = r2
 2322: r2 = *(u32 *)(r10 -140)
 2323: r1 = *(u32 *)(r3 +12)
 2324: r2 &= r1
 2325: *(u32 *)(r10 -176) = r2
 2326: r2 = *(u32 *)(r10 -136)
 2327: r1 = *(u32 *)(r3 +16)
 2328: r2 &= r1
 2329: *(u32 *)(r10 -172) = r2
 2330: r2 = *(u32 *)(r10 -132)
 2331: r1 = *(u32 *)(r3 +20)
 2332: r2 &= r1
 2333: *(u32 *)(r10 -168) = r2
 2334: r1 = map[pipe_p0f_signatures] ll
 2336: r2 = r10
 2337: r2 += -184
 2338: call bpf_map_lookup_elem
 2339: r3 = r0
 2340: if r3 == 0 goto +13
 2341: r2 = *(u32 *)(r3 +4)
 2342: r1 = *(u64 *)(r10 -224)
 2343: if r1 == 0 goto +2
 2344: r1 = *(u64 *)(r10 -232)
 2345: if r2 <= r1 goto +8
 2346: *(u64 *)(r10 -224) = 1
 2347: *(u64 *)(r10 -232) = r2
 2348: r1 = *(u32 *)(r3 +0)
 2349: *(u32 *)(r10 -208) = r1
 2350: r1 = *(u32 *)(r3 +4)
 2351: *(u32 *)(r10 -204) = r1
 2352: r1 = *(u32 *)(r3 +8)
 2353: *(u32 *)(r10 -200) = r1
 2354: *(u32 *)(r10 -216) = 22
 2355: r1 = map[pipe_p0f_signatures_masks] ll
 2357: r2 = r10
 2358: r2 += -216
 2359: call bpf_map_lookup_elem
 2360: r3 = r0
 2361: if r3 == 0 goto +462
 2362: r1 = *(u32 *)(r3 +0)
 2363: if r1 == 0 goto +460
 2364: *(u32 *)(r10 -184) = 22
 2365: r2 = *(u32 *)(r10 -144)
 2366: r1 = *(u32 *)(r3 +8)
 2367: r2 &= r1
 2368: *(u32 *)(r10 -180) = r2
 2369: r2 = *(u32 *)(r10 -140)
 2370: r1 = *(u32 *)(r3 +12)
 2371: r2 &= r1
 2372: *(u32 *)(r10 -176) = r2
 2373: r2 = *(u32 *)(r10 -136)
 2374: r1 = *(u32 *)(r3 +16)
 2375: r2 &= r1
 2376: *(u32 *)(r10 -172) = r2
 2377: r2 = *(u32 *)(r10 -132)
 2378: r1 = *(u32 *)(r3 +20)
 2379: r2 &= r1
 2380: *(u32 *)(r10 -168) = r2
 2381: r1 = map[pipe_p0f_signatures] ll
 2383: r2 = r10
 2384: r2 += -184
 2385: call bpf_map_lookup_elem
 2386: r3 = r0
 2387: if r3 == 0 goto +13
 2388: r2 = *(u32 *)(r3 +4)
 2389: r1 = *(u64 *)(r10 -224)
 2390: if r1 == 0 goto +2
 2391: r1 = *(u64 *)(r10 -232)
 2392: if r2 <= r1 goto +8
 2393: *(u64 *)(r10 -224) = 1
 2394: *(u64 *)(r10 -232) = r2
 2395: r1 = *(u32 *)(r3 +0)
 2396: *(u32 *)(r10 -208) = r1
 2397: r1 = *(u32 *)(r3 +4)
 2398: *(u32 *)(r10 -204) = r1
 2399: r1 = *(u32 *)(r3 +8)
 2400: *(u32 *)(r10 -200) = r1
 2401: *(u32 *)(r10 -216) = 23
 2402: r1 = map[pipe_p0f_signatures_masks] ll
 2404: r2 = r10
 2405: r2 += -216
 2406: call bpf_map_lookup_elem
 2407: r3 = r0
 2408: if r3 == 0 goto +415
 2409: r1 = *(u32 *)(r3 +0)
 2410: if r1 == 0 goto +413
 2411: *(u32 *)(r10 -184) = 23
 2412: r2 = *(u32 *)(r10 -144)
 2413: r1 = *(u32 *)(r3 +8)
 2414: r2 &= r1
 2415: *(u32 *)(r10 -180) = r2
 2416: r2 = *(u32 *)(r10 -140)
 2417: r1 = *(u32 *)(r3 +12)
 2418: r2 &= r1
 2419: *(u32 *)(r10 -176) = r2
 2420: r2 = *(u32 *)(r10 -136)
 2421: r1 = *(u32 *)(r3 +16)
 2422: r2 &= r1
 2423: *(u32 *)(r10 -172) = r2
 2424: r2 = *(u32 *)(r10 -132)
 2425: r1 = *(u32 *)(r3 +20)
 2426: r2 &= r1
 2427: *(u32 *)(r10 -168) = r2
 2428: r1 = map[pipe_p0f_signatures] ll
 2430: r2 = r10
 2431: r2 += -184
 2432: call bpf_map_lookup_elem
 2433: r3 = r0
 2434: if r3 == 0 goto +13
 2435: r2 = *(u32 *)(r3 +4)
 2436: r1 = *(u64 *)(r10 -224)
 2437: if r1 == 0 goto +2
 2438: r1 = *(u64 *)(r10 -232)
 2439: if r2 <= r1 goto +8
 2440: *(u64 *)(r10 -224) = 1
 2441: *(u64 *)(r10 -232) = r2
 2442: r1 = *(u32 *)(r3 +0)
 2443: *(u32 *)(r10 -208) = r1
 2444: r1 = *(u32 *)(r3 +4)
 2445: *(u32 *)(r10 -204) = r1
 2446: r1 = *(u32 *)(r3 +8)
 2447: *(u32 *)(r10 -200) = r1
 2448: *(u32 *)(r10 -216) = 24
 2449: r1 = map[pipe_p0f_signatures_masks] ll
 2451: r2 = r10
 2452: r2 += -216
 2453: call bpf_map_lookup_elem
 2454: r3 = r0
 2455: if r3 == 0 goto +368
 2456: r1 = *(u32 *)(r3 +0)
 2457: if r1 == 0 goto +366
 2458: *(u32 *)(r10 -184) = 24
 2459: r2 = *(u32 *)(r10 -144)
 2460: r1 = *(u32 *)(r3 +8)
 2461: r2 &= r1
 2462: *(u32 *)(r10 -180) = r2
 2463: r2 = *(u32 *)(r10 -140)
 2464: r1 = *(u32 *)(r3 +12)
 2465: r2 &= r1
 2466: *(u32 *)(r10 -176) = r2
 2467: r2 = *(u32 *)(r10 -136)
 2468: r1 = *(u32 *)(r3 +16)
 2469: r2 &= r1
 2470: *(u32 *)(r10 -172) = r2
 2471: r2 = *(u32 *)(r10 -132)
 2472: r1 = *(u32 *)(r3 +20)
 2473: r2 &= r1
 2474: *(u32 *)(r10 -168) = r2
 2475: r1 = map[pipe_p0f_signatures] ll
 2477: r2 = r10
 2478: r2 += -184
 2479: call bpf_map_lookup_elem
 2480: r3 = r0
 2481: if r3 == 0 goto +13
 2482: r2 = *(u32 *)(r3 +4)
 2483: r1 = *(u64 *)(r10 -224)
 2484: if r1 == 0 goto +2
 2485: r1 = *(u64 *)(r10 -232)
 2486: if r2 <= r1 goto +8
 2487: *(u64 *)(r10 -224) = 1
 2488: *(u64 *)(r10 -232) = r2
 2489: r1 = *(u32 *)(r3 +0)
 2490: *(u32 *)(r10 -208) = r1
 2491: r1 = *(u32 *)(r3 +4)
 2492: *(u32 *)(r10 -204) = r1
 2493: r1 = *(u32 *)(r3 +8)
 2494: *(u32 *)(r10 -200) = r1
 2495: *(u32 *)(r10 -216) = 25
 2496: r1 = map[pipe_p0f_signatures_masks] ll
 2498: r2 = r10
 2499: r2 += -216
 2500: call bpf_map_lookup_elem
 2501: r3 = r0
 2502: if r3 == 0 goto +321
 2503: r1 = *(u32 *)(r3 +0)
 2504: if r1 == 0 goto +319
 2505: *(u32 *)(r10 -184) = 25
 2506: r2 = *(u32 *)(r10 -144)
 2507: r1 = *(u32 *)(r3 +8)
 2508: r2 &= r1
 2509: *(u32 *)(r10 -180) = r2
 2510: r2 = *(u32 *)(r10 -140)
 2511: r1 = *(u32 *)(r3 +12)
 2512: r2 &= r1
 2513: *(u32 *)(r10 -176) = r2
 2514: r2 = *(u32 *)(r10 -136)
 2515: r1 = *(u32 *)(r3 +16)
 2516: r2 &= r1
 2517: *(u32 *)(r10 -172) = r2
 2518: r2 = *(u32 *)(r10 -132)
 2519: r1 = *(u32 *)(r3 +20)
 2520: r2 &= r1
 2521: *(u32 *)(r10 -168) = r2
 2522: r1 = map[pipe_p0f_signatures] ll
 2524: r2 = r10
 2525: r2 += -184
 2526: call bpf_map_lookup_elem
 2527: r3 = r0
 2528: if r3 == 0 goto +13
 2529: r2 = *(u32 *)(r3 +4)
 2530: r1 = *(u64 *)(r10 -224)
 2531: if r1 == 0 goto +2
 2532: r1 = *(u64 *)(r10 -232)
 2533: if r2 <= r1 goto +8
 2534: *(u64 *)(r10 -224) = 1
 2535: *(u64 *)(r10 -232) = r2
 2536: r1 = *(u32 *)(r3 +0)
 2537: *(u32 *)(r10 -208) = r1
 2538: r1 = *(u32 *)(r3 +4)
 2539: *(u32 *)(r10 -204) = r1
 2540: r1 = *(u32 *)(r3 +8)
 2541: *(u32 *)(r10 -200) = r1
 2542: *(u32 *)(r10 -216) = 26
 2543: r1 = map[pipe_p0f_signatures_masks] ll
 2545: r2 = r10
 2546: r2 += -216
 2547: call bpf_map_lookup_elem
 2548: r3 = r0
 2549: if r3 == 0 goto +274
 2550: r1 = *(u32 *)(r3 +0)
 2551: if r1 == 0 goto +272
 2552: *(u32 *)(r10 -184) = 26
 2553: r2 = *(u32 *)(r10 -144)
 2554: r1 = *(u32 *)(r3 +8)
 2555: r2 &= r1
 2556: *(u32 *)(r10 -180) = r2
 2557: r2 = *(u32 *)(r10 -140)
 2558: r1 = *(u32 *)(r3 +12)
 2559: r2 &= r1
 2560: *(u32 *)(r10 -176) = r2
 2561: r2 = *(u32 *)(r10 -136)
 2562: r1 = *(u32 *)(r3 +16)
 2563: r2 &= r1
 2564: *(u32 *)(r10 -172) = r2
 2565: r2 = *(u32 *)(r10 -132)
 2566: r1 = *(u32 *)(r3 +20)
 2567: r2 &= r1
 2568: *(u32 *)(r10 -168) = r2
 2569: r1 = map[pipe_p0f_signatures] ll
 2571: r2 = r10
 2572: r2 += -184
 2573: call bpf_map_lookup_elem
 2574: r3 = r0
 2575: if r3 == 0 goto +13
 2576: r2 = *(u32 *)(r3 +4)
 2577: r1 = *(u64 *)(r10 -224)
 2578: if r1 == 0 goto +2
 2579: r1 = *(u64 *)(r10 -232)
 2580: if r2 <= r1 goto +8
 2581: *(u64 *)(r10 -224) = 1
 2582: *(u64 *)(r10 -232) = r2
 2583: r1 = *(u32 *)(r3 +0)
 2584: *(u32 *)(r10 -208) = r1
 2585: r1 = *(u32 *)(r3 +4)
 2586: *(u32 *)(r10 -204) = r1
 2587: r1 = *(u32 *)(r3 +8)
 2588: *(u32 *)(r10 -200) = r1
 2589: *(u32 *)(r10 -216) = 27
 2590: r1 = map[pipe_p0f_signatures_masks] ll
 2592: r2 = r10
 2593: r2 += -216
 2594: call bpf_map_lookup_elem
 2595: r3 = r0
 2596: if r3 == 0 goto +227
 2597: r1 = *(u32 *)(r3 +0)
 2598: if r1 == 0 goto +225
 2599: *(u32 *)(r10 -184) = 27
 2600: r2 = *(u32 *)(r10 -144)
 2601: r1 = *(u32 *)(r3 +8)
 2602: r2 &= r1
 2603: *(u32 *)(r10 -180) = r2
 2604: r2 = *(u32 *)(r10 -140)
 2605: r1 = *(u32 *)(r3 +12)
 2606: r2 &= r1
 2607: *(u32 *)(r10 -176) = r2
 2608: r2 = *(u32 *)(r10 -136)
 2609: r1 = *(u32 *)(r3 +16)
 2610: r2 &= r1
 2611: *(u32 *)(r10 -172) = r2
 2612: r2 = *(u32 *)(r10 -132)
 2613: r1 = *(u32 *)(r3 +20)
 2614: r2 &= r1
 2615: *(u32 *)(r10 -168) = r2
 2616: r1 = map[pipe_p0f_signatures] ll
 2618: r2 = r10
 2619: r2 += -184
 2620: call bpf_map_lookup_elem
 2621: r3 = r0
 2622: if r3 == 0 goto +13
 2623: r2 = *(u32 *)(r3 +4)
 2624: r1 = *(u64 *)(r10 -224)
 2625: if r1 == 0 goto +2
 2626: r1 = *(u64 *)(r10 -232)
 2627: if r2 <= r1 goto +8
 2628: *(u64 *)(r10 -224) = 1
 2629: *(u64 *)(r10 -232) = r2
 2630: r1 = *(u32 *)(r3 +0)
 2631: *(u32 *)(r10 -208) = r1
 2632: r1 = *(u32 *)(r3 +4)
 2633: *(u32 *)(r10 -204) = r1
 2634: r1 = *(u32 *)(r3 +8)
 2635: *(u32 *)(r10 -200) = r1
 2636: *(u32 *)(r10 -216) = 28
 2637: r1 = map[pipe_p0f_signatures_masks] ll
 2639: r2 = r10
 2640: r2 += -216
 2641: call bpf_map_lookup_elem
 2642: r3 = r0
 2643: if r3 == 0 goto +180
 2644: r1 = *(u32 *)(r3 +0)
 2645: if r1 == 0 goto +178
 2646: *(u32 *)(r10 -184) = 28
 2647: r2 = *(u32 *)(r10 -144)
 2648: r1 = *(u32 *)(r3 +8)
 2649: r2 &= r1
 2650: *(u32 *)(r10 -180) = r2
 2651: r2 = *(u32 *)(r10 -140)
 2652: r1 = *(u32 *)(r3 +12)
 2653: r2 &= r1
 2654: *(u32 *)(r10 -176) = r2
 2655: r2 = *(u32 *)(r10 -136)
 2656: r1 = *(u32 *)(r3 +16)
 2657: r2 &= r1
 2658: *(u32 *)(r10 -172) = r2
 2659: r2 = *(u32 *)(r10 -132)
 2660: r1 = *(u32 *)(r3 +20)
 2661: r2 &= r1
 2662: *(u32 *)(r10 -168) = r2
 2663: r1 = map[pipe_p0f_signatures] ll
 2665: r2 = r10
 2666: r2 += -184
 2667: call bpf_map_lookup_elem
 2668: r3 = r0
 2669: if r3 == 0 goto +13
 2670: r2 = *(u32 *)(r3 +4)
 2671: r1 = *(u64 *)(r10 -224)
 2672: if r1 == 0 goto +2
 2673: r1 = *(u64 *)(r10 -232)
 2674: if r2 <= r1 goto +8
 2675: *(u64 *)(r10 -224) = 1
 2676: *(u64 *)(r10 -232) = r2
 2677: r1 = *(u32 *)(r3 +0)
 2678: *(u32 *)(r10 -208) = r1
 2679: r1 = *(u32 *)(r3 +4)
 2680: *(u32 *)(r10 -204) = r1
 2681: r1 = *(u32 *)(r3 +8)
 2682: *(u32 *)(r10 -200) = r1
 2683: *(u32 *)(r10 -216) = 29
 2684: r1 = map[pipe_p0f_signatures_masks] ll
 2686: r2 = r10
 2687: r2 += -216
 2688: call bpf_map_lookup_elem
 2689: r3 = r0
 2690: if r3 == 0 goto +133
 2691: r1 = *(u32 *)(r3 +0)
 2692: if r1 == 0 goto +131
 2693: *(u32 *)(r10 -184) = 29
 2694: r2 = *(u32 *)(r10 -144)
 2695: r1 = *(u32 *)(r3 +8)
 2696: r2 &= r1
 2697: *(u32 *)(r10 -180) = r2
 2698: r2 = *(u32 *)(r10 -140)
 2699: r1 = *(u32 *)(r3 +12)
 2700: r2 &= r1
 2701: *(u32 *)(r10 -176) = r2
 2702: r2 = *(u32 *)(r10 -136)
 2703: r1 = *(u32 *)(r3 +16)
 2704: r2 &= r1
 2705: *(u32 *)(r10 -172) = r2
 2706: r2 = *(u32 *)(r10 -132)
 2707: r1 = *(u32 *)(r3 +20)
 2708: r2 &= r1
 2709: *(u32 *)(r10 -168) = r2
 2710: r1 = map[pipe_p0f_signatures] ll
 2712: r2 = r10
 2713: r2 += -184
 2714: call bpf_map_lookup_elem
 2715: r3 = r0
 2716: if r3 == 0 goto +13
 2717: r2 = *(u32 *)(r3 +4)
 2718: r1 = *(u64 *)(r10 -224)
 2719: if r1 == 0 goto +2
 2720: r1 = *(u64 *)(r10 -232)
 2721: if r2 <= r1 goto +8
 2722: *(u64 *)(r10 -224) = 1
 2723: *(u64 *)(r10 -232) = r2
 2724: r1 = *(u32 *)(r3 +0)
 2725: *(u32 *)(r10 -208) = r1
 2726: r1 = *(u32 *)(r3 +4)
 2727: *(u32 *)(r10 -204) = r1
 2728: r1 = *(u32 *)(r3 +8)
 2729: *(u32 *)(r10 -200) = r1
 2730: *(u32 *)(r10 -216) = 30
 2731: r1 = map[pipe_p0f_signatures_masks] ll
 2733: r2 = r10
 2734: r2 += -216
 2735: call bpf_map_lookup_elem
 2736: r3 = r0
 2737: if r3 == 0 goto +86
 2738: r1 = *(u32 *)(r3 +0)
 2739: if r1 == 0 goto +84
 2740: *(u32 *)(r10 -184) = 30
 2741: r2 = *(u32 *)(r10 -144)
 2742: r1 = *(u32 *)(r3 +8)
 2743: r2 &= r1
 2744: *(u32 *)(r10 -180) = r2
 2745: r2 = *(u32 *)(r10 -140)
 2746: r1 = *(u32 *)(r3 +12)
 2747: r2 &= r1
 2748: *(u32 *)(r10 -176) = r2
 2749: r2 = *(u32 *)(r10 -136)
 2750: r1 = *(u32 *)(r3 +16)
 2751: r2 &= r1
 2752: *(u32 *)(r10 -172) = r2
 2753: r2 = *(u32 *)(r10 -132)
 2754: r1 = *(u32 *)(r3 +20)
 2755: r2 &= r1
 2756: *(u32 *)(r10 -168) = r2
 2757: r1 = map[pipe_p0f_signatures] ll
 2759: r2 = r10
 2760: r2 += -184
 2761: call bpf_map_lookup_elem
 2762: r3 = r0
 2763: if r3 == 0 goto +13
 2764: r2 = *(u32 *)(r3 +4)
 2765: r1 = *(u64 *)(r10 -224)
 2766: if r1 == 0 goto +2
 2767: r1 = *(u64 *)(r10 -232)
 2768: if r2 <= r1 goto +8
 2769: *(u64 *)(r10 -224) = 1
 2770: *(u64 *)(r10 -232) = r2
 2771: r1 = *(u32 *)(r3 +0)
 2772: *(u32 *)(r10 -208) = r1
 2773: r1 = *(u32 *)(r3 +4)
 2774: *(u32 *)(r10 -204) = r1
 2775: r1 = *(u32 *)(r3 +8)
 2776: *(u32 *)(r10 -200) = r1
 2777: *(u32 *)(r10 -216) = 31
 2778: r1 = map[pipe_p0f_signatures_masks] ll
 2780: r2 = r10
 2781: r2 += -216
 2782: call bpf_map_lookup_elem
 2783: r3 = r0
 2784: if r3 == 0 goto +39
 2785: r1 = *(u32 *)(r3 +0)
 2786: if r1 == 0 goto +37
 2787: *(u32 *)(r10 -184) = 31
 2788: r2 = *(u32 *)(r10 -144)
 2789: r1 = *(u32 *)(r3 +8)
 2790: r2 &= r1
 2791: *(u32 *)(r10 -180) = r2
 2792: r2 = *(u32 *)(r10 -140)
 2793: r1 = *(u32 *)(r3 +12)
 2794: r2 &= r1
 2795: *(u32 *)(r10 -176) = r2
 2796: r2 = *(u32 *)(r10 -136)
 2797: r1 = *(u32 *)(r3 +16)
 2798: r2 &= r1
 2799: *(u32 *)(r10 -172) = r2
 2800: r2 = *(u32 *)(r10 -132)
 2801: r1 = *(u32 *)(r3 +20)
 2802: r2 &= r1
 2803: *(u32 *)(r10 -168) = r2
 2804: r1 = map[pipe_p0f_signatures] ll
 2806: r2 = r10
 2807: r2 += -184
 2808: call bpf_map_lookup_elem
 2809: r3 = r0
 2810: if r3 == 0 goto +13
 2811: r2 = *(u32 *)(r3 +4)
 2812: r1 = *(u64 *)(r10 -224)
 2813: if r1 == 0 goto +2
 2814: r1 = *(u64 *)(r10 -232)
 2815: if r2 <= r1 goto +8
 2816: *(u64 *)(r10 -224) = 1
 2817: *(u64 *)(r10 -232) = r2
 2818: r1 = *(u32 *)(r3 +0)
 2819: *(u32 *)(r10 -208) = r1
 2820: r1 = *(u32 *)(r3 +4)
 2821: *(u32 *)(r10 -204) = r1
 2822: r1 = *(u32 *)(r3 +8)
 2823: *(u32 *)(r10 -200) = r1
 2824: r1 = *(u64 *)(r10 -224)
 2825: r2 = 1
 2826: if r1 != 0 goto +17
 2827: r2 = 0
 2828: *(u32 *)(r10 -144) = 0
 2829: r1 = map[pipe_p0f_signatures_default] ll
 2831: r2 = r10
 2832: r2 += -144
 2833: call bpf_map_lookup_elem
 2834: r1 = r0
 2835: if r1 == 0 goto +5
 2836: r3 = *(u32 *)(r1 +0)
 2837: r2 = *(u32 *)(r1 +8)
 2838: r2 = be32 r2
 2839: w2 = w2
 2840: goto +7
 2841: r3 = 2
 2842: r2 = 0
 2843: goto +4
 2844: r3 = *(u32 *)(r10 -208)
 2845: r2 = *(u32 *)(r10 -200)
 2846: r2 = be32 r2
 2847: w2 = w2
 2848: if r3 == 0 goto +25
 2849: if r3 == 1 goto +2
 2850: if r3 == 2 goto +49
 2851: goto +48
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2852: r1 = 1
      ; write var10, v45
 2853: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 2854: r2 = 0
      ; v47: bit<32> = const 1
 2855: r1 = 1
      ; count counter0[v46] += v47
 2856: *(u32 *)(r10 -144) = r2
 2857: *(u64 *)(r10 -208) = r1
 2858: r1 = map[pipe_os_stats] ll
 2860: r2 = r10
 2861: r2 += -144
 2862: call bpf_map_lookup_elem
 2863: r3 = r0
 2864: if r3 == 0 goto +35
 2865: r2 = *(u64 *)(r3 +0)
 2866: r1 = *(u64 *)(r10 -208)
 2867: r2 += r1
 2868: *(u64 *)(r3 +0) = r2
 2869: r2 = *(u64 *)(r3 +8)
 2870: r1 = *(u32 *)(r10 -40)
 2871: r2 += r1
 2872: *(u64 *)(r3 +8) = r2
 2873: goto +26
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2874: *(u32 *)(r10 -36) = r2
      ; v44: bit<32> = const 1
 2875: r1 = 1
      ; count counter0[v43] += v44
 2876: *(u32 *)(r10 -144) = r2
 2877: *(u64 *)(r10 -208) = r1
 2878: r1 = map[pipe_os_stats] ll
 2880: r2 = r10
 2881: r2 += -144
 2882: call bpf_map_lookup_elem
 2883: r3 = r0
 2884: if r3 == 0 goto +15
 2885: r2 = *(u64 *)(r3 +0)
 2886: r1 = *(u64 *)(r10 -208)
 2887: r2 += r1
 2888: *(u64 *)(r3 +0) = r2
 2889: r2 = *(u64 *)(r3 +8)
 2890: r1 = *(u32 *)(r10 -40)
 2891: r2 += r1
 2892: *(u64 *)(r3 +8) = r2
 2893: goto +6
      ; drop
 2894: r2 = *(u32 *)(r10 -36)
 2895: r1 = *(u32 *)(r10 -32)
 2896: r1 = *(u64 *)(r10 -8)
 2897: *(u32 *)(r1 +8) = r2
 2898: r0 = 2
 2899: exit
      ; epilogue: verdict
 2900: r2 = *(u32 *)(r10 -36)
 2901: r1 = *(u32 *)(r10 -32)
 2902: r1 = *(u64 *)(r10 -8)
 2903: *(u32 *)(r1 +8) = r2
 2904: r1 = *(u8 *)(r10 -23)
 2905: if r1 != 0 goto +2
 2906: r0 = 0
 2907: exit
 2908: if r1 != 2 goto +4
 2909: r1 = *(u32 *)(r10 -32)
 2910: r2 = 0
 2911: call bpf_redirect
 2912: exit
 2913: r0 = 2
 2914: exit
