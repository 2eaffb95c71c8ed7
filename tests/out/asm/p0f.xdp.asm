; p0f for xdp: 2927 instructions, stack 264 bytes, 4 maps
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
   28: if r3 > 16383 goto +2847
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +2841
   35: r1 = r3
   36: r1 += 1
   37: *(u32 *)(r10 -104) = r1
   38: r3 += 14
   39: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   40: r1 = *(u16 *)(r2 +12)
   41: if r1 != 8 goto +1013
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   42: r2 = *(u64 *)(r10 -16)
   43: if r2 > 16383 goto +2832
   44: r3 = r6
   45: r3 += r2
   46: r1 = r3
   47: r1 += 20
   48: if r1 <= r7 goto +1
   49: goto +2826
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
   60: if r1 == 0 goto +2815
      ; v4: bit<4> = read_field hdr1.ihl
   61: r1 = *(u8 *)(r3 +0)
   62: r1 &= 15
      ; v5: bit<32> = cast v4
   63: r2 = r1
   64: w2 = w2
      ; v6: bit<32> = const 5
   65: r1 = 5
      ; v7: bit<32> = sub v5, v6
   66: r2 -= r1
   67: w2 = w2
      ; v8: bit<32> = const 0x20
   68: r1 = 32
      ; v9: bit<32> = mul v7, v8
   69: r2 *= r1
   70: w2 = w2
      ; advance v9
   71: r1 = r2
   72: r1 &= 7
   73: if r1 != 0 goto +2802
   74: r1 = r2
   75: r1 >>= 3
   76: r2 = *(u64 *)(r10 -16)
   77: r2 += r1
   78: if r2 > 16383 goto +2797
   79: r1 = r6
   80: r1 += r2
   81: if r1 <= r7 goto +1
   82: goto +2793
   83: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   84: r2 = *(u16 *)(r3 +6)
   85: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   86: r1 = *(u8 *)(r3 +9)
   87: if r2 != 0 goto +967
   88: if r1 != 6 goto +966
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   89: r2 = *(u64 *)(r10 -16)
   90: if r2 > 16383 goto +2785
   91: r3 = r6
   92: r3 += r2
   93: r1 = r3
   94: r1 += 20
   95: if r1 <= r7 goto +1
   96: goto +2779
   97: r1 = r2
   98: r1 += 1
   99: *(u32 *)(r10 -96) = r1
  100: r2 += 20
  101: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  102: r2 = *(u8 *)(r3 +12)
  103: r2 >>= 4
  104: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  105: r1 = 1
  106: if r2 >= 5 goto +1
  107: r1 = 0
      ; verify v14, error HeaderTooShort
  108: if r1 == 0 goto +2767
      ; v15: bit<4> = read_field hdr2.dataOffset
  109: r1 = *(u8 *)(r3 +12)
  110: r1 >>= 4
  111: r1 &= 15
      ; v16: bit<16> = cast v15
  112: r1 &= 65535
      ; v17: bit<16> = const 5
  113: r2 = 5
      ; v18: bit<16> = sub v16, v17
  114: r1 -= r2
  115: r1 &= 65535
      ; v19: bit<16> = const 4
  116: r2 = 4
      ; v20: bit<16> = mul v18, v19
  117: r1 *= r2
  118: r1 &= 65535
      ; write var2, v20
  119: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  120: r1 = *(u8 *)(r3 +13)
  121: r1 &= 18
  122: if r1 != 2 goto +932
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  123: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  124: r1 = *(u8 *)(r10 -24)
  125: if r2 == 0 goto +929
  126: if r1 == 8 goto +928
      ; prs: block5 (parse_option)
      ; extract hdr3
  127: r2 = *(u64 *)(r10 -16)
  128: if r2 > 16383 goto +2747
  129: r3 = r6
  130: r3 += r2
  131: r1 = r3
  132: r1 += 1
  133: if r1 <= r7 goto +1
  134: goto +2741
  135: r1 = r2
  136: r1 += 1
  137: *(u32 *)(r10 -92) = r1
  138: r2 += 1
  139: *(u64 *)(r10 -16) = r2
      ; v24: bit<8> = read var3
  140: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  141: r2 = 1
      ; v26: bit<8> = add v24, v25
  142: r1 += r2
  143: r1 &= 255
      ; write var3, v26
  144: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  145: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  146: r2 = 1
      ; v29: bit<16> = sub v27, v28
  147: r1 -= r2
  148: r1 &= 65535
      ; write var2, v29
  149: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  150: r1 = *(u8 *)(r3 +0)
  151: if r1 == 0 goto +903
  152: if r1 == 1 goto +86
  153: if r1 == 2 goto +68
  154: if r1 == 3 goto +49
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  155: r1 = *(u64 *)(r10 -16)
  156: if r1 > 16383 goto +2719
  157: r2 = r6
  158: r2 += r1
  159: r1 = r2
  160: r1 += 1
  161: if r1 <= r7 goto +1
  162: goto +2713
  163: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  164: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  165: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  166: r1 = 1
  167: if r2 >= 2 goto +1
  168: r1 = 0
      ; verify v34, error HeaderTooShort
  169: if r1 == 0 goto +2706
      ; v35: bit<8> = read var11
  170: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  171: r2 = r1
  172: w2 = w2
      ; v37: bit<32> = const 1
  173: r1 = 1
      ; v38: bit<32> = sub v36, v37
  174: r2 -= r1
  175: w2 = w2
      ; v39: bit<32> = const 8
  176: r1 = 8
      ; v40: bit<32> = mul v38, v39
  177: r2 *= r1
  178: w2 = w2
      ; advance v40
  179: r1 = r2
  180: r1 &= 7
  181: if r1 != 0 goto +2694
  182: r1 = r2
  183: r1 >>= 3
  184: r2 = *(u64 *)(r10 -16)
  185: r2 += r1
  186: if r2 > 16383 goto +2689
  187: r1 = r6
  188: r1 += r2
  189: if r1 <= r7 goto +1
  190: goto +2685
  191: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  192: r3 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  193: r1 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  194: r2 = r1
  195: r2 &= 65535
      ; v44: bit<16> = const 1
  196: r1 = 1
      ; v45: bit<16> = sub v43, v44
  197: r2 -= r1
  198: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  199: r1 = r3
  200: r1 -= r2
  201: r1 &= 65535
      ; write var2, v46
  202: *(u16 *)(r10 -28) = r1
  203: goto +35
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  204: r2 = *(u64 *)(r10 -16)
  205: if r2 > 16383 goto +2670
  206: r1 = r6
  207: r1 += r2
  208: r1 += 2
  209: if r1 <= r7 goto +1
  210: goto +2665
  211: r1 = r2
  212: r1 += 1
  213: *(u32 *)(r10 -56) = r1
  214: r2 += 2
  215: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  216: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  217: r2 = 2
      ; v49: bit<16> = sub v47, v48
  218: r1 -= r2
  219: r1 &= 65535
      ; write var2, v49
  220: *(u16 *)(r10 -28) = r1
  221: goto +17
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  222: r2 = *(u64 *)(r10 -16)
  223: if r2 > 16383 goto +2652
  224: r1 = r6
  225: r1 += r2
  226: r1 += 3
  227: if r1 <= r7 goto +1
  228: goto +2647
  229: r1 = r2
  230: r1 += 1
  231: *(u32 *)(r10 -60) = r1
  232: r2 += 3
  233: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  234: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  235: r2 = 3
      ; v52: bit<16> = sub v50, v51
  236: r1 -= r2
  237: r1 &= 65535
      ; write var2, v52
  238: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  239: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  240: r1 = *(u8 *)(r10 -24)
  241: if r2 == 0 goto +813
  242: if r1 == 8 goto +812
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  243: r2 = *(u64 *)(r10 -16)
  244: if r2 > 16383 goto +2631
  245: r3 = r6
  246: r3 += r2
  247: r1 = r3
  248: r1 += 1
  249: if r1 <= r7 goto +1
  250: goto +2625
  251: r1 = r2
  252: r1 += 1
  253: *(u32 *)(r10 -88) = r1
  254: r2 += 1
  255: *(u64 *)(r10 -16) = r2
      ; v55: bit<8> = read var3
  256: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  257: r2 = 1
      ; v57: bit<8> = add v55, v56
  258: r1 += r2
  259: r1 &= 255
      ; write var3, v57
  260: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  261: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  262: r2 = 1
      ; v60: bit<16> = sub v58, v59
  263: r1 -= r2
  264: r1 &= 65535
      ; write var2, v60
  265: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  266: r1 = *(u8 *)(r3 +0)
  267: if r1 == 0 goto +787
  268: if r1 == 1 goto +86
  269: if r1 == 2 goto +68
  270: if r1 == 3 goto +49
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  271: r1 = *(u64 *)(r10 -16)
  272: if r1 > 16383 goto +2603
  273: r2 = r6
  274: r2 += r1
  275: r1 = r2
  276: r1 += 1
  277: if r1 <= r7 goto +1
  278: goto +2597
  279: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  280: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  281: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  282: r1 = 1
  283: if r2 >= 2 goto +1
  284: r1 = 0
      ; verify v65, error HeaderTooShort
  285: if r1 == 0 goto +2590
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
  297: if r1 != 0 goto +2578
  298: r1 = r2
  299: r1 >>= 3
  300: r2 = *(u64 *)(r10 -16)
  301: r2 += r1
  302: if r2 > 16383 goto +2573
  303: r1 = r6
  304: r1 += r2
  305: if r1 <= r7 goto +1
  306: goto +2569
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
  321: if r2 > 16383 goto +2554
  322: r1 = r6
  323: r1 += r2
  324: r1 += 2
  325: if r1 <= r7 goto +1
  326: goto +2549
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
  339: if r2 > 16383 goto +2536
  340: r1 = r6
  341: r1 += r2
  342: r1 += 3
  343: if r1 <= r7 goto +1
  344: goto +2531
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
  357: if r2 == 0 goto +697
  358: if r1 == 8 goto +696
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  359: r2 = *(u64 *)(r10 -16)
  360: if r2 > 16383 goto +2515
  361: r3 = r6
  362: r3 += r2
  363: r1 = r3
  364: r1 += 1
  365: if r1 <= r7 goto +1
  366: goto +2509
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
  383: if r1 == 0 goto +671
  384: if r1 == 1 goto +86
  385: if r1 == 2 goto +68
  386: if r1 == 3 goto +49
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  387: r1 = *(u64 *)(r10 -16)
  388: if r1 > 16383 goto +2487
  389: r2 = r6
  390: r2 += r1
  391: r1 = r2
  392: r1 += 1
  393: if r1 <= r7 goto +1
  394: goto +2481
  395: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  396: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  397: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  398: r1 = 1
  399: if r2 >= 2 goto +1
  400: r1 = 0
      ; verify v96, error HeaderTooShort
  401: if r1 == 0 goto +2474
      ; v97: bit<8> = read var11
  402: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  403: r2 = r1
  404: w2 = w2
      ; v99: bit<32> = const 1
  405: r1 = 1
      ; v100: bit<32> = sub v98, v99
  406: r2 -= r1
  407: w2 = w2
      ; v101: bit<32> = const 8
  408: r1 = 8
      ; v102: bit<32> = mul v100, v101
  409: r2 *= r1
  410: w2 = w2
      ; advance v102
  411: r1 = r2
  412: r1 &= 7
  413: if r1 != 0 goto +2462
  414: r1 = r2
  415: r1 >>= 3
  416: r2 = *(u64 *)(r10 -16)
  417: r2 += r1
  418: if r2 > 16383 goto +2457
  419: r1 = r6
  420: r1 += r2
  421: if r1 <= r7 goto +1
  422: goto +2453
  423: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  424: r3 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  425: r1 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  426: r2 = r1
  427: r2 &= 65535
      ; v106: bit<16> = const 1
  428: r1 = 1
      ; v107: bit<16> = sub v105, v106
  429: r2 -= r1
  430: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  431: r1 = r3
  432: r1 -= r2
  433: r1 &= 65535
      ; write var2, v108
  434: *(u16 *)(r10 -28) = r1
  435: goto +35
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  436: r2 = *(u64 *)(r10 -16)
  437: if r2 > 16383 goto +2438
  438: r1 = r6
  439: r1 += r2
  440: r1 += 2
  441: if r1 <= r7 goto +1
  442: goto +2433
  443: r1 = r2
  444: r1 += 1
  445: *(u32 *)(r10 -56) = r1
  446: r2 += 2
  447: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  448: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  449: r2 = 2
      ; v111: bit<16> = sub v109, v110
  450: r1 -= r2
  451: r1 &= 65535
      ; write var2, v111
  452: *(u16 *)(r10 -28) = r1
  453: goto +17
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  454: r2 = *(u64 *)(r10 -16)
  455: if r2 > 16383 goto +2420
  456: r1 = r6
  457: r1 += r2
  458: r1 += 3
  459: if r1 <= r7 goto +1
  460: goto +2415
  461: r1 = r2
  462: r1 += 1
  463: *(u32 *)(r10 -60) = r1
  464: r2 += 3
  465: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  466: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  467: r2 = 3
      ; v114: bit<16> = sub v112, v113
  468: r1 -= r2
  469: r1 &= 65535
      ; write var2, v114
  470: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  471: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  472: r1 = *(u8 *)(r10 -24)
  473: if r2 == 0 goto +581
  474: if r1 == 8 goto +580
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  475: r2 = *(u64 *)(r10 -16)
  476: if r2 > 16383 goto +2399
  477: r3 = r6
  478: r3 += r2
  479: r1 = r3
  480: r1 += 1
  481: if r1 <= r7 goto +1
  482: goto +2393
  483: r1 = r2
  484: r1 += 1
  485: *(u32 *)(r10 -80) = r1
  486: r2 += 1
  487: *(u64 *)(r10 -16) = r2
      ; v117: bit<8> = read var3
  488: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  489: r2 = 1
      ; v119: bit<8> = add v117, v118
  490: r1 += r2
  491: r1 &= 255
      ; write var3, v119
  492: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  493: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  494: r2 = 1
      ; v122: bit<16> = sub v120, v121
  495: r1 -= r2
  496: r1 &= 65535
      ; write var2, v122
  497: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  498: r1 = *(u8 *)(r3 +0)
  499: if r1 == 0 goto +555
  500: if r1 == 1 goto +86
  501: if r1 == 2 goto +68
  502: if r1 == 3 goto +49
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  503: r1 = *(u64 *)(r10 -16)
  504: if r1 > 16383 goto +2371
  505: r2 = r6
  506: r2 += r1
  507: r1 = r2
  508: r1 += 1
  509: if r1 <= r7 goto +1
  510: goto +2365
  511: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  512: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  513: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  514: r1 = 1
  515: if r2 >= 2 goto +1
  516: r1 = 0
      ; verify v127, error HeaderTooShort
  517: if r1 == 0 goto +2358
      ; v128: bit<8> = read var11
  518: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  519: r2 = r1
  520: w2 = w2
      ; v130: bit<32> = const 1
  521: r1 = 1
      ; v131: bit<32> = sub v129, v130
  522: r2 -= r1
  523: w2 = w2
      ; v132: bit<32> = const 8
  524: r1 = 8
      ; v133: bit<32> = mul v131, v132
  525: r2 *= r1
  526: w2 = w2
      ; advance v133
  527: r1 = r2
  528: r1 &= 7
  529: if r1 != 0 goto +2346
  530: r1 = r2
  531: r1 >>= 3
  532: r2 = *(u64 *)(r10 -16)
  533: r2 += r1
  534: if r2 > 16383 goto +2341
  535: r1 = r6
  536: r1 += r2
  537: if r1 <= r7 goto +1
  538: goto +2337
  539: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  540: r3 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  541: r1 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  542: r2 = r1
  543: r2 &= 65535
      ; v137: bit<16> = const 1
  544: r1 = 1
      ; v138: bit<16> = sub v136, v137
  545: r2 -= r1
  546: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  547: r1 = r3
  548: r1 -= r2
  549: r1 &= 65535
      ; write var2, v139
  550: *(u16 *)(r10 -28) = r1
  551: goto +35
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  552: r2 = *(u64 *)(r10 -16)
  553: if r2 > 16383 goto +2322
  554: r1 = r6
  555: r1 += r2
  556: r1 += 2
  557: if r1 <= r7 goto +1
  558: goto +2317
  559: r1 = r2
  560: r1 += 1
  561: *(u32 *)(r10 -56) = r1
  562: r2 += 2
  563: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  564: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  565: r2 = 2
      ; v142: bit<16> = sub v140, v141
  566: r1 -= r2
  567: r1 &= 65535
      ; write var2, v142
  568: *(u16 *)(r10 -28) = r1
  569: goto +17
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  570: r2 = *(u64 *)(r10 -16)
  571: if r2 > 16383 goto +2304
  572: r1 = r6
  573: r1 += r2
  574: r1 += 3
  575: if r1 <= r7 goto +1
  576: goto +2299
  577: r1 = r2
  578: r1 += 1
  579: *(u32 *)(r10 -60) = r1
  580: r2 += 3
  581: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  582: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  583: r2 = 3
      ; v145: bit<16> = sub v143, v144
  584: r1 -= r2
  585: r1 &= 65535
      ; write var2, v145
  586: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  587: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  588: r1 = *(u8 *)(r10 -24)
  589: if r2 == 0 goto +465
  590: if r1 == 8 goto +464
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  591: r2 = *(u64 *)(r10 -16)
  592: if r2 > 16383 goto +2283
  593: r3 = r6
  594: r3 += r2
  595: r1 = r3
  596: r1 += 1
  597: if r1 <= r7 goto +1
  598: goto +2277
  599: r1 = r2
  600: r1 += 1
  601: *(u32 *)(r10 -76) = r1
  602: r2 += 1
  603: *(u64 *)(r10 -16) = r2
      ; v148: bit<8> = read var3
  604: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  605: r2 = 1
      ; v150: bit<8> = add v148, v149
  606: r1 += r2
  607: r1 &= 255
      ; write var3, v150
  608: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  609: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  610: r2 = 1
      ; v153: bit<16> = sub v151, v152
  611: r1 -= r2
  612: r1 &= 65535
      ; write var2, v153
  613: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  614: r1 = *(u8 *)(r3 +0)
  615: if r1 == 0 goto +439
  616: if r1 == 1 goto +86
  617: if r1 == 2 goto +68
  618: if r1 == 3 goto +49
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  619: r1 = *(u64 *)(r10 -16)
  620: if r1 > 16383 goto +2255
  621: r2 = r6
  622: r2 += r1
  623: r1 = r2
  624: r1 += 1
  625: if r1 <= r7 goto +1
  626: goto +2249
  627: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  628: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  629: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  630: r1 = 1
  631: if r2 >= 2 goto +1
  632: r1 = 0
      ; verify v158, error HeaderTooShort
  633: if r1 == 0 goto +2242
      ; v159: bit<8> = read var11
  634: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  635: r2 = r1
  636: w2 = w2
      ; v161: bit<32> = const 1
  637: r1 = 1
      ; v162: bit<32> = sub v160, v161
  638: r2 -= r1
  639: w2 = w2
      ; v163: bit<32> = const 8
  640: r1 = 8
      ; v164: bit<32> = mul v162, v163
  641: r2 *= r1
  642: w2 = w2
      ; advance v164
  643: r1 = r2
  644: r1 &= 7
  645: if r1 != 0 goto +2230
  646: r1 = r2
  647: r1 >>= 3
  648: r2 = *(u64 *)(r10 -16)
  649: r2 += r1
  650: if r2 > 16383 goto +2225
  651: r1 = r6
  652: r1 += r2
  653: if r1 <= r7 goto +1
  654: goto +2221
  655: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  656: r3 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  657: r1 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  658: r2 = r1
  659: r2 &= 65535
      ; v168: bit<16> = const 1
  660: r1 = 1
      ; v169: bit<16> = sub v167, v168
  661: r2 -= r1
  662: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  663: r1 = r3
  664: r1 -= r2
  665: r1 &= 65535
      ; write var2, v170
  666: *(u16 *)(r10 -28) = r1
  667: goto +35
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  668: r2 = *(u64 *)(r10 -16)
  669: if r2 > 16383 goto +2206
  670: r1 = r6
  671: r1 += r2
  672: r1 += 2
  673: if r1 <= r7 goto +1
  674: goto +2201
  675: r1 = r2
  676: r1 += 1
  677: *(u32 *)(r10 -56) = r1
  678: r2 += 2
  679: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  680: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  681: r2 = 2
      ; v173: bit<16> = sub v171, v172
  682: r1 -= r2
  683: r1 &= 65535
      ; write var2, v173
  684: *(u16 *)(r10 -28) = r1
  685: goto +17
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  686: r2 = *(u64 *)(r10 -16)
  687: if r2 > 16383 goto +2188
  688: r1 = r6
  689: r1 += r2
  690: r1 += 3
  691: if r1 <= r7 goto +1
  692: goto +2183
  693: r1 = r2
  694: r1 += 1
  695: *(u32 *)(r10 -60) = r1
  696: r2 += 3
  697: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  698: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  699: r2 = 3
      ; v176: bit<16> = sub v174, v175
  700: r1 -= r2
  701: r1 &= 65535
      ; write var2, v176
  702: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  703: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  704: r1 = *(u8 *)(r10 -24)
  705: if r2 == 0 goto +349
  706: if r1 == 8 goto +348
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  707: r2 = *(u64 *)(r10 -16)
  708: if r2 > 16383 goto +2167
  709: r3 = r6
  710: r3 += r2
  711: r1 = r3
  712: r1 += 1
  713: if r1 <= r7 goto +1
  714: goto +2161
  715: r1 = r2
  716: r1 += 1
  717: *(u32 *)(r10 -72) = r1
  718: r2 += 1
  719: *(u64 *)(r10 -16) = r2
      ; v179: bit<8> = read var3
  720: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  721: r2 = 1
      ; v181: bit<8> = add v179, v180
  722: r1 += r2
  723: r1 &= 255
      ; write var3, v181
  724: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  725: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  726: r2 = 1
      ; v184: bit<16> = sub v182, v183
  727: r1 -= r2
  728: r1 &= 65535
      ; write var2, v184
  729: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  730: r1 = *(u8 *)(r3 +0)
  731: if r1 == 0 goto +323
  732: if r1 == 1 goto +86
  733: if r1 == 2 goto +68
  734: if r1 == 3 goto +49
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  735: r1 = *(u64 *)(r10 -16)
  736: if r1 > 16383 goto +2139
  737: r2 = r6
  738: r2 += r1
  739: r1 = r2
  740: r1 += 1
  741: if r1 <= r7 goto +1
  742: goto +2133
  743: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  744: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  745: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  746: r1 = 1
  747: if r2 >= 2 goto +1
  748: r1 = 0
      ; verify v189, error HeaderTooShort
  749: if r1 == 0 goto +2126
      ; v190: bit<8> = read var11
  750: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  751: r2 = r1
  752: w2 = w2
      ; v192: bit<32> = const 1
  753: r1 = 1
      ; v193: bit<32> = sub v191, v192
  754: r2 -= r1
  755: w2 = w2
      ; v194: bit<32> = const 8
  756: r1 = 8
      ; v195: bit<32> = mul v193, v194
  757: r2 *= r1
  758: w2 = w2
      ; advance v195
  759: r1 = r2
  760: r1 &= 7
  761: if r1 != 0 goto +2114
  762: r1 = r2
  763: r1 >>= 3
  764: r2 = *(u64 *)(r10 -16)
  765: r2 += r1
  766: if r2 > 16383 goto +2109
  767: r1 = r6
  768: r1 += r2
  769: if r1 <= r7 goto +1
  770: goto +2105
  771: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  772: r3 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  773: r1 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  774: r2 = r1
  775: r2 &= 65535
      ; v199: bit<16> = const 1
  776: r1 = 1
      ; v200: bit<16> = sub v198, v199
  777: r2 -= r1
  778: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  779: r1 = r3
  780: r1 -= r2
  781: r1 &= 65535
      ; write var2, v201
  782: *(u16 *)(r10 -28) = r1
  783: goto +35
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  784: r2 = *(u64 *)(r10 -16)
  785: if r2 > 16383 goto +2090
  786: r1 = r6
  787: r1 += r2
  788: r1 += 2
  789: if r1 <= r7 goto +1
  790: goto +2085
  791: r1 = r2
  792: r1 += 1
  793: *(u32 *)(r10 -56) = r1
  794: r2 += 2
  795: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  796: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  797: r2 = 2
      ; v204: bit<16> = sub v202, v203
  798: r1 -= r2
  799: r1 &= 65535
      ; write var2, v204
  800: *(u16 *)(r10 -28) = r1
  801: goto +17
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  802: r2 = *(u64 *)(r10 -16)
  803: if r2 > 16383 goto +2072
  804: r1 = r6
  805: r1 += r2
  806: r1 += 3
  807: if r1 <= r7 goto +1
  808: goto +2067
  809: r1 = r2
  810: r1 += 1
  811: *(u32 *)(r10 -60) = r1
  812: r2 += 3
  813: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  814: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
  815: r2 = 3
      ; v207: bit<16> = sub v205, v206
  816: r1 -= r2
  817: r1 &= 65535
      ; write var2, v207
  818: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  819: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  820: r1 = *(u8 *)(r10 -24)
  821: if r2 == 0 goto +233
  822: if r1 == 8 goto +232
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  823: r2 = *(u64 *)(r10 -16)
  824: if r2 > 16383 goto +2051
  825: r3 = r6
  826: r3 += r2
  827: r1 = r3
  828: r1 += 1
  829: if r1 <= r7 goto +1
  830: goto +2045
  831: r1 = r2
  832: r1 += 1
  833: *(u32 *)(r10 -68) = r1
  834: r2 += 1
  835: *(u64 *)(r10 -16) = r2
      ; v210: bit<8> = read var3
  836: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
  837: r2 = 1
      ; v212: bit<8> = add v210, v211
  838: r1 += r2
  839: r1 &= 255
      ; write var3, v212
  840: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  841: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
  842: r2 = 1
      ; v215: bit<16> = sub v213, v214
  843: r1 -= r2
  844: r1 &= 65535
      ; write var2, v215
  845: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  846: r1 = *(u8 *)(r3 +0)
  847: if r1 == 0 goto +207
  848: if r1 == 1 goto +86
  849: if r1 == 2 goto +68
  850: if r1 == 3 goto +49
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  851: r1 = *(u64 *)(r10 -16)
  852: if r1 > 16383 goto +2023
  853: r2 = r6
  854: r2 += r1
  855: r1 = r2
  856: r1 += 1
  857: if r1 <= r7 goto +1
  858: goto +2017
  859: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  860: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  861: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  862: r1 = 1
  863: if r2 >= 2 goto +1
  864: r1 = 0
      ; verify v220, error HeaderTooShort
  865: if r1 == 0 goto +2010
      ; v221: bit<8> = read var11
  866: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  867: r2 = r1
  868: w2 = w2
      ; v223: bit<32> = const 1
  869: r1 = 1
      ; v224: bit<32> = sub v222, v223
  870: r2 -= r1
  871: w2 = w2
      ; v225: bit<32> = const 8
  872: r1 = 8
      ; v226: bit<32> = mul v224, v225
  873: r2 *= r1
  874: w2 = w2
      ; advance v226
  875: r1 = r2
  876: r1 &= 7
  877: if r1 != 0 goto +1998
  878: r1 = r2
  879: r1 >>= 3
  880: r2 = *(u64 *)(r10 -16)
  881: r2 += r1
  882: if r2 > 16383 goto +1993
  883: r1 = r6
  884: r1 += r2
  885: if r1 <= r7 goto +1
  886: goto +1989
  887: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  888: r3 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  889: r1 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  890: r2 = r1
  891: r2 &= 65535
      ; v230: bit<16> = const 1
  892: r1 = 1
      ; v231: bit<16> = sub v229, v230
  893: r2 -= r1
  894: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  895: r1 = r3
  896: r1 -= r2
  897: r1 &= 65535
      ; write var2, v232
  898: *(u16 *)(r10 -28) = r1
  899: goto +35
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  900: r2 = *(u64 *)(r10 -16)
  901: if r2 > 16383 goto +1974
  902: r1 = r6
  903: r1 += r2
  904: r1 += 2
  905: if r1 <= r7 goto +1
  906: goto +1969
  907: r1 = r2
  908: r1 += 1
  909: *(u32 *)(r10 -56) = r1
  910: r2 += 2
  911: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  912: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
  913: r2 = 2
      ; v235: bit<16> = sub v233, v234
  914: r1 -= r2
  915: r1 &= 65535
      ; write var2, v235
  916: *(u16 *)(r10 -28) = r1
  917: goto +17
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  918: r2 = *(u64 *)(r10 -16)
  919: if r2 > 16383 goto +1956
  920: r1 = r6
  921: r1 += r2
  922: r1 += 3
  923: if r1 <= r7 goto +1
  924: goto +1951
  925: r1 = r2
  926: r1 += 1
  927: *(u32 *)(r10 -60) = r1
  928: r2 += 3
  929: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  930: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
  931: r2 = 3
      ; v238: bit<16> = sub v236, v237
  932: r1 -= r2
  933: r1 &= 65535
      ; write var2, v238
  934: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  935: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  936: r1 = *(u8 *)(r10 -24)
  937: if r2 == 0 goto +117
  938: if r1 == 8 goto +116
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  939: r2 = *(u64 *)(r10 -16)
  940: if r2 > 16383 goto +1935
  941: r3 = r6
  942: r3 += r2
  943: r1 = r3
  944: r1 += 1
  945: if r1 <= r7 goto +1
  946: goto +1929
  947: r1 = r2
  948: r1 += 1
  949: *(u32 *)(r10 -64) = r1
  950: r2 += 1
  951: *(u64 *)(r10 -16) = r2
      ; v241: bit<8> = read var3
  952: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
  953: r2 = 1
      ; v243: bit<8> = add v241, v242
  954: r1 += r2
  955: r1 &= 255
      ; write var3, v243
  956: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  957: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
  958: r2 = 1
      ; v246: bit<16> = sub v244, v245
  959: r1 -= r2
  960: r1 &= 65535
      ; write var2, v246
  961: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  962: r1 = *(u8 *)(r3 +0)
  963: if r1 == 0 goto +91
  964: if r1 == 1 goto +86
  965: if r1 == 2 goto +68
  966: if r1 == 3 goto +49
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  967: r1 = *(u64 *)(r10 -16)
  968: if r1 > 16383 goto +1907
  969: r2 = r6
  970: r2 += r1
  971: r1 = r2
  972: r1 += 1
  973: if r1 <= r7 goto +1
  974: goto +1901
  975: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  976: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  977: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  978: r1 = 1
  979: if r2 >= 2 goto +1
  980: r1 = 0
      ; verify v251, error HeaderTooShort
  981: if r1 == 0 goto +1894
      ; v252: bit<8> = read var11
  982: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  983: r2 = r1
  984: w2 = w2
      ; v254: bit<32> = const 1
  985: r1 = 1
      ; v255: bit<32> = sub v253, v254
  986: r2 -= r1
  987: w2 = w2
      ; v256: bit<32> = const 8
  988: r1 = 8
      ; v257: bit<32> = mul v255, v256
  989: r2 *= r1
  990: w2 = w2
      ; advance v257
  991: r1 = r2
  992: r1 &= 7
  993: if r1 != 0 goto +1882
  994: r1 = r2
  995: r1 >>= 3
  996: r2 = *(u64 *)(r10 -16)
  997: r2 += r1
  998: if r2 > 16383 goto +1877
  999: r1 = r6
 1000: r1 += r2
 1001: if r1 <= r7 goto +1
 1002: goto +1873
 1003: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1004: r3 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1005: r1 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1006: r2 = r1
 1007: r2 &= 65535
      ; v261: bit<16> = const 1
 1008: r1 = 1
      ; v262: bit<16> = sub v260, v261
 1009: r2 -= r1
 1010: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
 1011: r1 = r3
 1012: r1 -= r2
 1013: r1 &= 65535
      ; write var2, v263
 1014: *(u16 *)(r10 -28) = r1
 1015: goto +35
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1016: r2 = *(u64 *)(r10 -16)
 1017: if r2 > 16383 goto +1858
 1018: r1 = r6
 1019: r1 += r2
 1020: r1 += 2
 1021: if r1 <= r7 goto +1
 1022: goto +1853
 1023: r1 = r2
 1024: r1 += 1
 1025: *(u32 *)(r10 -56) = r1
 1026: r2 += 2
 1027: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
 1028: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1029: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1030: r1 -= r2
 1031: r1 &= 65535
      ; write var2, v266
 1032: *(u16 *)(r10 -28) = r1
 1033: goto +17
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1034: r2 = *(u64 *)(r10 -16)
 1035: if r2 > 16383 goto +1840
 1036: r1 = r6
 1037: r1 += r2
 1038: r1 += 3
 1039: if r1 <= r7 goto +1
 1040: goto +1835
 1041: r1 = r2
 1042: r1 += 1
 1043: *(u32 *)(r10 -60) = r1
 1044: r2 += 3
 1045: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
 1046: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1047: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1048: r1 -= r2
 1049: r1 &= 65535
      ; write var2, v269
 1050: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1051: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1052: r1 = *(u8 *)(r10 -24)
 1053: if r2 == 0 goto +1
 1054: if r1 != 8 goto +1821
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
 1055: r1 = *(u32 *)(r10 -96)
 1056: if r1 == 0 goto +1
 1057: r1 = 1
      ; v1: bool = not v0
 1058: r4 = r1
 1059: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1060: r1 = *(u32 *)(r10 -96)
 1061: if r1 == 0 goto +7
 1062: r1 -= 1
 1063: if r1 > 16383 goto +5
 1064: r3 = r6
 1065: r3 += r1
 1066: r1 = r3
 1067: r1 += 20
 1068: if r1 <= r7 goto +1
 1069: r3 = 0
 1070: r1 = 0
 1071: if r3 == 0 goto +1
 1072: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1073: r2 = 18
      ; v4: bit<8> = and v2, v3
 1074: r1 &= r2
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
 1075: r2 = 1
 1076: if r1 != 2 goto +1
 1077: r2 = 0
      ; v7: bool = logical_or v1, v6
 1078: r1 = r4
 1079: r1 |= r2
 1080: if r1 != 0 goto +1816
      ; v8: bit<16> = read_field hdr11.mss
 1081: r1 = *(u32 *)(r10 -60)
 1082: if r1 == 0 goto +7
 1083: r1 -= 1
 1084: if r1 > 16383 goto +5
 1085: r2 = r6
 1086: r2 += r1
 1087: r1 = r2
 1088: r1 += 3
 1089: if r1 <= r7 goto +1
 1090: r2 = 0
 1091: r1 = 0
 1092: if r2 == 0 goto +1
 1093: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
 1094: r8 = 1
 1095: if r1 != 0 goto +1
 1096: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1097: r1 = 0
 1098: if r3 == 0 goto +1
 1099: r1 = *(u16 *)(r3 +14)
 1100: r9 = r1
 1101: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
 1102: r1 = 0
 1103: if r2 == 0 goto +1
 1104: r1 = *(u16 *)(r2 +1)
 1105: r4 = r1
 1106: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1107: r1 = 0
 1108: if r4 == 0 goto +2
 1109: r1 = r9
 1110: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
 1111: r4 = 1
 1112: if r1 == 0 goto +1
 1113: r4 = 0
      ; v16: bool = logical_and v10, v15
 1114: r1 = r8
 1115: r1 &= r4
 1116: if r1 == 0 goto +15
      ; v17: bit<16> = read_field hdr2.window
 1117: r1 = 0
 1118: if r3 == 0 goto +1
 1119: r1 = *(u16 *)(r3 +14)
 1120: r8 = r1
 1121: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1122: r1 = 0
 1123: if r2 == 0 goto +1
 1124: r1 = *(u16 *)(r2 +1)
 1125: r4 = r1
 1126: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1127: r1 = 0
 1128: if r4 == 0 goto +2
 1129: r1 = r8
 1130: r1 /= r4
      ; write var4, v19
 1131: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1132: r1 = *(u32 *)(r10 -92)
 1133: if r1 == 0 goto +7
 1134: r1 -= 1
 1135: if r1 > 16383 goto +5
 1136: r4 = r6
 1137: r4 += r1
 1138: r1 = r4
 1139: r1 += 1
 1140: if r1 <= r7 goto +1
 1141: r4 = 0
 1142: r8 = 0
 1143: if r4 == 0 goto +1
 1144: r8 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1145: r1 = *(u32 *)(r10 -88)
 1146: if r1 == 0 goto +7
 1147: r1 -= 1
 1148: if r1 > 16383 goto +5
 1149: r4 = r6
 1150: r4 += r1
 1151: r1 = r4
 1152: r1 += 1
 1153: if r1 <= r7 goto +1
 1154: r4 = 0
 1155: r1 = 0
 1156: if r4 == 0 goto +1
 1157: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1158: r8 <<= 8
 1159: r8 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1160: r1 = *(u32 *)(r10 -84)
 1161: if r1 == 0 goto +7
 1162: r1 -= 1
 1163: if r1 > 16383 goto +5
 1164: r4 = r6
 1165: r4 += r1
 1166: r1 = r4
 1167: r1 += 1
 1168: if r1 <= r7 goto +1
 1169: r4 = 0
 1170: r1 = 0
 1171: if r4 == 0 goto +1
 1172: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1173: r8 <<= 8
 1174: r8 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1175: r1 = *(u32 *)(r10 -80)
 1176: if r1 == 0 goto +7
 1177: r1 -= 1
 1178: if r1 > 16383 goto +5
 1179: r4 = r6
 1180: r4 += r1
 1181: r1 = r4
 1182: r1 += 1
 1183: if r1 <= r7 goto +1
 1184: r4 = 0
 1185: r1 = 0
 1186: if r4 == 0 goto +1
 1187: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1188: r8 <<= 8
 1189: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1190: r1 = *(u32 *)(r10 -76)
 1191: if r1 == 0 goto +7
 1192: r1 -= 1
 1193: if r1 > 16383 goto +5
 1194: r4 = r6
 1195: r4 += r1
 1196: r1 = r4
 1197: r1 += 1
 1198: if r1 <= r7 goto +1
 1199: r4 = 0
 1200: r1 = 0
 1201: if r4 == 0 goto +1
 1202: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1203: r8 <<= 8
 1204: r8 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1205: r1 = *(u32 *)(r10 -72)
 1206: if r1 == 0 goto +7
 1207: r1 -= 1
 1208: if r1 > 16383 goto +5
 1209: r4 = r6
 1210: r4 += r1
 1211: r1 = r4
 1212: r1 += 1
 1213: if r1 <= r7 goto +1
 1214: r4 = 0
 1215: r1 = 0
 1216: if r4 == 0 goto +1
 1217: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1218: r8 <<= 8
 1219: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1220: r1 = *(u32 *)(r10 -68)
 1221: if r1 == 0 goto +7
 1222: r1 -= 1
 1223: if r1 > 16383 goto +5
 1224: r4 = r6
 1225: r4 += r1
 1226: r1 = r4
 1227: r1 += 1
 1228: if r1 <= r7 goto +1
 1229: r4 = 0
 1230: r1 = 0
 1231: if r4 == 0 goto +1
 1232: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1233: r9 = r8
 1234: r9 <<= 8
 1235: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1236: r1 = *(u32 *)(r10 -64)
 1237: if r1 == 0 goto +7
 1238: r1 -= 1
 1239: if r1 > 16383 goto +5
 1240: r8 = r6
 1241: r8 += r1
 1242: r1 = r8
 1243: r1 += 1
 1244: if r1 <= r7 goto +1
 1245: r8 = 0
 1246: r4 = 0
 1247: if r8 == 0 goto +1
 1248: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1249: r1 = r9
 1250: r1 <<= 8
 1251: r1 |= r4
      ; write var5, v34
 1252: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1253: r1 = *(u32 *)(r10 -100)
 1254: if r1 == 0 goto +7
 1255: r1 -= 1
 1256: if r1 > 16383 goto +5
 1257: r4 = r6
 1258: r4 += r1
 1259: r1 = r4
 1260: r1 += 20
 1261: if r1 <= r7 goto +1
 1262: r4 = 0
 1263: r1 = 0
 1264: if r4 == 0 goto +1
 1265: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1266: r9 = 0
 1267: if r3 == 0 goto +1
 1268: r9 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1269: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1270: r4 = 0
 1271: if r2 == 0 goto +1
 1272: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1273: r3 = *(u32 *)(r10 -56)
 1274: if r3 == 0 goto +7
 1275: r3 -= 1
 1276: if r3 > 16383 goto +5
 1277: r2 = r6
 1278: r2 += r3
 1279: r3 = r2
 1280: r3 += 2
 1281: if r3 <= r7 goto +1
 1282: r2 = 0
 1283: r3 = 0
 1284: if r2 == 0 goto +1
 1285: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1286: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1287: *(u64 *)(r10 -144) = 0
 1288: *(u64 *)(r10 -136) = 0
 1289: *(u8 *)(r10 -144) = r1
 1290: r1 = r9
 1291: *(u8 *)(r10 -143) = r1
 1292: r1 >>= 8
 1293: *(u8 *)(r10 -142) = r1
 1294: r1 = r8
 1295: *(u8 *)(r10 -140) = r1
 1296: r1 >>= 8
 1297: *(u8 *)(r10 -141) = r1
 1298: r1 = r4
 1299: *(u8 *)(r10 -139) = r1
 1300: r1 >>= 8
 1301: *(u8 *)(r10 -138) = r1
 1302: r1 = r3
 1303: *(u8 *)(r10 -137) = r1
 1304: r1 = r2
 1305: r1 = be64 r1
 1306: *(u64 *)(r10 -136) = r1
 1307: r2 = 0
 1308: r1 = 0
 1309: *(u64 *)(r10 -224) = r2
 1310: *(u64 *)(r10 -232) = r1
 1311: *(u32 *)(r10 -216) = 0
 1312: r1 = map[pipe_p0f_signatures_masks] ll
 1314: r2 = r10
 1315: r2 += -216
 1316: call bpf_map_lookup_elem
 1317: r3 = r0
 1318: if r3 == 0 goto +1496
 1319: r1 = *(u32 *)(r3 +0)
 1320: if r1 == 0 goto +1494
 1321: *(u32 *)(r10 -184) = 0
 1322: r2 = *(u32 *)(r10 -144)
 1323: r1 = *(u32 *)(r3 +8)
 1324: r2 &= r1
 1325: *(u32 *)(r10 -180) = r2
 1326: r2 = *(u32 *)(r10 -140)
 1327: r1 = *(u32 *)(r3 +12)
 1328: r2 &= r1
 1329: *(u32 *)(r10 -176) = r2
 1330: r2 = *(u32 *)(r10 -136)
 1331: r1 = *(u32 *)(r3 +16)
 1332: r2 &= r1
 1333: *(u32 *)(r10 -172) = r2
 1334: r2 = *(u32 *)(r10 -132)
 1335: r1 = *(u32 *)(r3 +20)
 1336: r2 &= r1
 1337: *(u32 *)(r10 -168) = r2
 1338: r1 = map[pipe_p0f_signatures] ll
 1340: r2 = r10
 1341: r2 += -184
 1342: call bpf_map_lookup_elem
 1343: r3 = r0
 1344: if r3 == 0 goto +13
 1345: r2 = *(u32 *)(r3 +4)
 1346: r1 = *(u64 *)(r10 -224)
 1347: if r1 == 0 goto +2
 1348: r1 = *(u64 *)(r10 -232)
 1349: if r2 <= r1 goto +8
 1350: *(u64 *)(r10 -224) = 1
 1351: *(u64 *)(r10 -232) = r2
 1352: r1 = *(u32 *)(r3 +0)
 1353: *(u32 *)(r10 -208) = r1
 1354: r1 = *(u32 *)(r3 +4)
 1355: *(u32 *)(r10 -204) = r1
 1356: r1 = *(u32 *)(r3 +8)
 1357: *(u32 *)(r10 -200) = r1
 1358: *(u32 *)(r10 -216) = 1
 1359: r1 = map[pipe_p0f_signatures_masks] ll
 1361: r2 = r10
 1362: r2 += -216
 1363: call bpf_map_lookup_elem
 1364: r3 = r0
 1365: if r3 == 0 goto +1449
 1366: r1 = *(u32 *)(r3 +0)
 1367: if r1 == 0 goto +1447
 1368: *(u32 *)(r10 -184) = 1
 1369: r2 = *(u32 *)(r10 -144)
 1370: r1 = *(u32 *)(r3 +8)
 1371: r2 &= r1
 1372: *(u32 *)(r10 -180) = r2
 1373: r2 = *(u32 *)(r10 -140)
 1374: r1 = *(u32 *)(r3 +12)
 1375: r2 &= r1
 1376: *(u32 *)(r10 -176) = r2
 1377: r2 = *(u32 *)(r10 -136)
 1378: r1 = *(u32 *)(r3 +16)
 1379: r2 &= r1
 1380: *(u32 *)(r10 -172) = r2
 1381: r2 = *(u32 *)(r10 -132)
 1382: r1 = *(u32 *)(r3 +20)
 1383: r2 &= r1
 1384: *(u32 *)(r10 -168) = r2
 1385: r1 = map[pipe_p0f_signatures] ll
 1387: r2 = r10
 1388: r2 += -184
 1389: call bpf_map_lookup_elem
 1390: r3 = r0
 1391: if r3 == 0 goto +13
 1392: r2 = *(u32 *)(r3 +4)
 1393: r1 = *(u64 *)(r10 -224)
 1394: if r1 == 0 goto +2
 1395: r1 = *(u64 *)(r10 -232)
 1396: if r2 <= r1 goto +8
 1397: *(u64 *)(r10 -224) = 1
 1398: *(u64 *)(r10 -232) = r2
 1399: r1 = *(u32 *)(r3 +0)
 1400: *(u32 *)(r10 -208) = r1
 1401: r1 = *(u32 *)(r3 +4)
 1402: *(u32 *)(r10 -204) = r1
 1403: r1 = *(u32 *)(r3 +8)
 1404: *(u32 *)(r10 -200) = r1
 1405: *(u32 *)(r10 -216) = 2
 1406: r1 = map[pipe_p0f_signatures_masks] ll
 1408: r2 = r10
 1409: r2 += -216
 1410: call bpf_map_lookup_elem
 1411: r3 = r0
 1412: if r3 == 0 goto +1402
 1413: r1 = *(u32 *)(r3 +0)
 1414: if r1 == 0 goto +1400
 1415: *(u32 *)(r10 -184) = 2
 1416: r2 = *(u32 *)(r10 -144)
 1417: r1 = *(u32 *)(r3 +8)
 1418: r2 &= r1
 1419: *(u32 *)(r10 -180) = r2
 1420: r2 = *(u32 *)(r10 -140)
 1421: r1 = *(u32 *)(r3 +12)
 1422: r2 &= r1
 1423: *(u32 *)(r10 -176) = r2
 1424: r2 = *(u32 *)(r10 -136)
 1425: r1 = *(u32 *)(r3 +16)
 1426: r2 &= r1
 1427: *(u32 *)(r10 -172) = r2
 1428: r2 = *(u32 *)(r10 -132)
 1429: r1 = *(u32 *)(r3 +20)
 1430: r2 &= r1
 1431: *(u32 *)(r10 -168) = r2
 1432: r1 = map[pipe_p0f_signatures] ll
 1434: r2 = r10
 1435: r2 += -184
 1436: call bpf_map_lookup_elem
 1437: r3 = r0
 1438: if r3 == 0 goto +13
 1439: r2 = *(u32 *)(r3 +4)
 1440: r1 = *(u64 *)(r10 -224)
 1441: if r1 == 0 goto +2
 1442: r1 = *(u64 *)(r10 -232)
 1443: if r2 <= r1 goto +8
 1444: *(u64 *)(r10 -224) = 1
 1445: *(u64 *)(r10 -232) = r2
 1446: r1 = *(u32 *)(r3 +0)
 1447: *(u32 *)(r10 -208) = r1
 1448: r1 = *(u32 *)(r3 +4)
 1449: *(u32 *)(r10 -204) = r1
 1450: r1 = *(u32 *)(r3 +8)
 1451: *(u32 *)(r10 -200) = r1
 1452: *(u32 *)(r10 -216) = 3
 1453: r1 = map[pipe_p0f_signatures_masks] ll
 1455: r2 = r10
 1456: r2 += -216
 1457: call bpf_map_lookup_elem
 1458: r3 = r0
 1459: if r3 == 0 goto +1355
 1460: r1 = *(u32 *)(r3 +0)
 1461: if r1 == 0 goto +1353
 1462: *(u32 *)(r10 -184) = 3
 1463: r2 = *(u32 *)(r10 -144)
 1464: r1 = *(u32 *)(r3 +8)
 1465: r2 &= r1
 1466: *(u32 *)(r10 -180) = r2
 1467: r2 = *(u32 *)(r10 -140)
 1468: r1 = *(u32 *)(r3 +12)
 1469: r2 &= r1
 1470: *(u32 *)(r10 -176) = r2
 1471: r2 = *(u32 *)(r10 -136)
 1472: r1 = *(u32 *)(r3 +16)
 1473: r2 &= r1
 1474: *(u32 *)(r10 -172) = r2
 1475: r2 = *(u32 *)(r10 -132)
 1476: r1 = *(u32 *)(r3 +20)
 1477: r2 &= r1
 1478: *(u32 *)(r10 -168) = r2
 1479: r1 = map[pipe_p0f_signatures] ll
 1481: r2 = r10
 1482: r2 += -184
 1483: call bpf_map_lookup_elem
 1484: r3 = r0
 1485: if r3 == 0 goto +13
 1486: r2 = *(u32 *)(r3 +4)
 1487: r1 = *(u64 *)(r10 -224)
 1488: if r1 == 0 goto +2
 1489: r1 = *(u64 *)(r10 -232)
 1490: if r2 <= r1 goto +8
 1491: *(u64 *)(r10 -224) = 1
 1492: *(u64 *)(r10 -232) = r2
 1493: r1 = *(u32 *)(r3 +0)
 1494: *(u32 *)(r10 -208) = r1
 1495: r1 = *(u32 *)(r3 +4)
 1496: *(u32 *)(r10 -204) = r1
 1497: r1 = *(u32 *)(r3 +8)
 1498: *(u32 *)(r10 -200) = r1
 1499: *(u32 *)(r10 -216) = 4
 1500: r1 = map[pipe_p0f_signatures_masks] ll
 1502: r2 = r10
 1503: r2 += -216
 1504: call bpf_map_lookup_elem
 1505: r3 = r0
 1506: if r3 == 0 goto +1308
 1507: r1 = *(u32 *)(r3 +0)
 1508: if r1 == 0 goto +1306
 1509: *(u32 *)(r10 -184) = 4
 1510: r2 = *(u32 *)(r10 -144)
 1511: r1 = *(u32 *)(r3 +8)
 1512: r2 &= r1
 1513: *(u32 *)(r10 -180) = r2
 1514: r2 = *(u32 *)(r10 -140)
 1515: r1 = *(u32 *)(r3 +12)
 1516: r2 &= r1
 1517: *(u32 *)(r10 -176) = r2
 1518: r2 = *(u32 *)(r10 -136)
 1519: r1 = *(u32 *)(r3 +16)
 1520: r2 &= r1
 1521: *(u32 *)(r10 -172) = r2
 1522: r2 = *(u32 *)(r10 -132)
 1523: r1 = *(u32 *)(r3 +20)
 1524: r2 &= r1
 1525: *(u32 *)(r10 -168) = r2
 1526: r1 = map[pipe_p0f_signatures] ll
 1528: r2 = r10
 1529: r2 += -184
 1530: call bpf_map_lookup_elem
 1531: r3 = r0
 1532: if r3 == 0 goto +13
 1533: r2 = *(u32 *)(r3 +4)
 1534: r1 = *(u64 *)(r10 -224)
 1535: if r1 == 0 goto +2
 1536: r1 = *(u64 *)(r10 -232)
 1537: if r2 <= r1 goto +8
 1538: *(u64 *)(r10 -224) = 1
 1539: *(u64 *)(r10 -232) = r2
 1540: r1 = *(u32 *)(r3 +0)
 1541: *(u32 *)(r10 -208) = r1
 1542: r1 = *(u32 *)(r3 +4)
 1543: *(u32 *)(r10 -204) = r1
 1544: r1 = *(u32 *)(r3 +8)
 1545: *(u32 *)(r10 -200) = r1
 1546: *(u32 *)(r10 -216) = 5
 1547: r1 = map[pipe_p0f_signatures_masks] ll
 1549: r2 = r10
 1550: r2 += -216
 1551: call bpf_map_lookup_elem
 1552: r3 = r0
 1553: if r3 == 0 goto +1261
 1554: r1 = *(u32 *)(r3 +0)
 1555: if r1 == 0 goto +1259
 1556: *(u32 *)(r10 -184) = 5
 1557: r2 = *(u32 *)(r10 -144)
 1558: r1 = *(u32 *)(r3 +8)
 1559: r2 &= r1
 1560: *(u32 *)(r10 -180) = r2
 1561: r2 = *(u32 *)(r10 -140)
 1562: r1 = *(u32 *)(r3 +12)
 1563: r2 &= r1
 1564: *(u32 *)(r10 -176) = r2
 1565: r2 = *(u32 *)(r10 -136)
 1566: r1 = *(u32 *)(r3 +16)
 1567: r2 &= r1
 1568: *(u32 *)(r10 -172) = r2
 1569: r2 = *(u32 *)(r10 -132)
 1570: r1 = *(u32 *)(r3 +20)
 1571: r2 &= r1
 1572: *(u32 *)(r10 -168) = r2
 1573: r1 = map[pipe_p0f_signatures] ll
 1575: r2 = r10
 1576: r2 += -184
 1577: call bpf_map_lookup_elem
 1578: r3 = r0
 1579: if r3 == 0 goto +13
 1580: r2 = *(u32 *)(r3 +4)
 1581: r1 = *(u64 *)(r10 -224)
 1582: if r1 == 0 goto +2
 1583: r1 = *(u64 *)(r10 -232)
 1584: if r2 <= r1 goto +8
 1585: *(u64 *)(r10 -224) = 1
 1586: *(u64 *)(r10 -232) = r2
 1587: r1 = *(u32 *)(r3 +0)
 1588: *(u32 *)(r10 -208) = r1
 1589: r1 = *(u32 *)(r3 +4)
 1590: *(u32 *)(r10 -204) = r1
 1591: r1 = *(u32 *)(r3 +8)
 1592: *(u32 *)(r10 -200) = r1
 1593: *(u32 *)(r10 -216) = 6
 1594: r1 = map[pipe_p0f_signatures_masks] ll
 1596: r2 = r10
 1597: r2 += -216
 1598: call bpf_map_lookup_elem
 1599: r3 = r0
 1600: if r3 == 0 goto +1214
 1601: r1 = *(u32 *)(r3 +0)
 1602: if r1 == 0 goto +1212
 1603: *(u32 *)(r10 -184) = 6
 1604: r2 = *(u32 *)(r10 -144)
 1605: r1 = *(u32 *)(r3 +8)
 1606: r2 &= r1
 1607: *(u32 *)(r10 -180) = r2
 1608: r2 = *(u32 *)(r10 -140)
 1609: r1 = *(u32 *)(r3 +12)
 1610: r2 &= r1
 1611: *(u32 *)(r10 -176) = r2
 1612: r2 = *(u32 *)(r10 -136)
 1613: r1 = *(u32 *)(r3 +16)
 1614: r2 &= r1
 1615: *(u32 *)(r10 -172) = r2
 1616: r2 = *(u32 *)(r10 -132)
 1617: r1 = *(u32 *)(r3 +20)
 1618: r2 &= r1
 1619: *(u32 *)(r10 -168) = r2
 1620: r1 = map[pipe_p0f_signatures] ll
 1622: r2 = r10
 1623: r2 += -184
 1624: call bpf_map_lookup_elem
 1625: r3 = r0
 1626: if r3 == 0 goto +13
 1627: r2 = *(u32 *)(r3 +4)
 1628: r1 = *(u64 *)(r10 -224)
 1629: if r1 == 0 goto +2
 1630: r1 = *(u64 *)(r10 -232)
 1631: if r2 <= r1 goto +8
 1632: *(u64 *)(r10 -224) = 1
 1633: *(u64 *)(r10 -232) = r2
 1634: r1 = *(u32 *)(r3 +0)
 1635: *(u32 *)(r10 -208) = r1
 1636: r1 = *(u32 *)(r3 +4)
 1637: *(u32 *)(r10 -204) = r1
 1638: r1 = *(u32 *)(r3 +8)
 1639: *(u32 *)(r10 -200) = r1
 1640: *(u32 *)(r10 -216) = 7
 1641: r1 = map[pipe_p0f_signatures_masks] ll
 1643: r2 = r10
 1644: r2 += -216
 1645: call bpf_map_lookup_elem
 1646: r3 = r0
 1647: if r3 == 0 goto +1167
 1648: r1 = *(u32 *)(r3 +0)
 1649: if r1 == 0 goto +1165
 1650: *(u32 *)(r10 -184) = 7
 1651: r2 = *(u32 *)(r10 -144)
 1652: r1 = *(u32 *)(r3 +8)
 1653: r2 &= r1
 1654: *(u32 *)(r10 -180) = r2
 1655: r2 = *(u32 *)(r10 -140)
 1656: r1 = *(u32 *)(r3 +12)
 1657: r2 &= r1
 1658: *(u32 *)(r10 -176) = r2
 1659: r2 = *(u32 *)(r10 -136)
 1660: r1 = *(u32 *)(r3 +16)
 1661: r2 &= r1
 1662: *(u32 *)(r10 -172) = r2
 1663: r2 = *(u32 *)(r10 -132)
 1664: r1 = *(u32 *)(r3 +20)
 1665: r2 &= r1
 1666: *(u32 *)(r10 -168) = r2
 1667: r1 = map[pipe_p0f_signatures] ll
 1669: r2 = r10
 1670: r2 += -184
 1671: call bpf_map_lookup_elem
 1672: r3 = r0
 1673: if r3 == 0 goto +13
 1674: r2 = *(u32 *)(r3 +4)
 1675: r1 = *(u64 *)(r10 -224)
 1676: if r1 == 0 goto +2
 1677: r1 = *(u64 *)(r10 -232)
 1678: if r2 <= r1 goto +8
 1679: *(u64 *)(r10 -224) = 1
 1680: *(u64 *)(r10 -232) = r2
 1681: r1 = *(u32 *)(r3 +0)
 1682: *(u32 *)(r10 -208) = r1
 1683: r1 = *(u32 *)(r3 +4)
 1684: *(u32 *)(r10 -204) = r1
 1685: r1 = *(u32 *)(r3 +8)
 1686: *(u32 *)(r10 -200) = r1
 1687: *(u32 *)(r10 -216) = 8
 1688: r1 = map[pipe_p0f_signatures_masks] ll
 1690: r2 = r10
 1691: r2 += -216
 1692: call bpf_map_lookup_elem
 1693: r3 = r0
 1694: if r3 == 0 goto +1120
 1695: r1 = *(u32 *)(r3 +0)
 1696: if r1 == 0 goto +1118
 1697: *(u32 *)(r10 -184) = 8
 1698: r2 = *(u32 *)(r10 -144)
 1699: r1 = *(u32 *)(r3 +8)
 1700: r2 &= r1
 1701: *(u32 *)(r10 -180) = r2
 1702: r2 = *(u32 *)(r10 -140)
 1703: r1 = *(u32 *)(r3 +12)
 1704: r2 &= r1
 1705: *(u32 *)(r10 -176) = r2
 1706: r2 = *(u32 *)(r10 -136)
 1707: r1 = *(u32 *)(r3 +16)
 1708: r2 &= r1
 1709: *(u32 *)(r10 -172) = r2
 1710: r2 = *(u32 *)(r10 -132)
 1711: r1 = *(u32 *)(r3 +20)
 1712: r2 &= r1
 1713: *(u32 *)(r10 -168) = r2
 1714: r1 = map[pipe_p0f_signatures] ll
 1716: r2 = r10
 1717: r2 += -184
 1718: call bpf_map_lookup_elem
 1719: r3 = r0
 1720: if r3 == 0 goto +13
 1721: r2 = *(u32 *)(r3 +4)
 1722: r1 = *(u64 *)(r10 -224)
 1723: if r1 == 0 goto +2
 1724: r1 = *(u64 *)(r10 -232)
 1725: if r2 <= r1 goto +8
 1726: *(u64 *)(r10 -224) = 1
 1727: *(u64 *)(r10 -232) = r2
 1728: r1 = *(u32 *)(r3 +0)
 1729: *(u32 *)(r10 -208) = r1
 1730: r1 = *(u32 *)(r3 +4)
 1731: *(u32 *)(r10 -204) = r1
 1732: r1 = *(u32 *)(r3 +8)
 1733: *(u32 *)(r10 -200) = r1
 1734: *(u32 *)(r10 -216) = 9
 1735: r1 = map[pipe_p0f_signatures_masks] ll
 1737: r2 = r10
 1738: r2 += -216
 1739: call bpf_map_lookup_elem
 1740: r3 = r0
 1741: if r3 == 0 goto +1073
 1742: r1 = *(u32 *)(r3 +0)
 1743: if r1 == 0 goto +1071
 1744: *(u32 *)(r10 -184) = 9
 1745: r2 = *(u32 *)(r10 -144)
 1746: r1 = *(u32 *)(r3 +8)
 1747: r2 &= r1
 1748: *(u32 *)(r10 -180) = r2
 1749: r2 = *(u32 *)(r10 -140)
 1750: r1 = *(u32 *)(r3 +12)
 1751: r2 &= r1
 1752: *(u32 *)(r10 -176) = r2
 1753: r2 = *(u32 *)(r10 -136)
 1754: r1 = *(u32 *)(r3 +16)
 1755: r2 &= r1
 1756: *(u32 *)(r10 -172) = r2
 1757: r2 = *(u32 *)(r10 -132)
 1758: r1 = *(u32 *)(r3 +20)
 1759: r2 &= r1
 1760: *(u32 *)(r10 -168) = r2
 1761: r1 = map[pipe_p0f_signatures] ll
 1763: r2 = r10
 1764: r2 += -184
 1765: call bpf_map_lookup_elem
 1766: r3 = r0
 1767: if r3 == 0 goto +13
 1768: r2 = *(u32 *)(r3 +4)
 1769: r1 = *(u64 *)(r10 -224)
 1770: if r1 == 0 goto +2
 1771: r1 = *(u64 *)(r10 -232)
 1772: if r2 <= r1 goto +8
 1773: *(u64 *)(r10 -224) = 1
 1774: *(u64 *)(r10 -232) = r2
 1775: r1 = *(u32 *)(r3 +0)
 1776: *(u32 *)(r10 -208) = r1
 1777: r1 = *(u32 *)(r3 +4)
 1778: *(u32 *)(r10 -204) = r1
 1779: r1 = *(u32 *)(r3 +8)
 1780: *(u32 *)(r10 -200) = r1
 1781: *(u32 *)(r10 -216) = 10
 1782: r1 = map[pipe_p0f_signatures_masks] ll
 1784: r2 = r10
 1785: r2 += -216
 1786: call bpf_map_lookup_elem
 1787: r3 = r0
 1788: if r3 == 0 goto +1026
 1789: r1 = *(u32 *)(r3 +0)
 1790: if r1 == 0 goto +1024
 1791: *(u32 *)(r10 -184) = 10
 1792: r2 = *(u32 *)(r10 -144)
 1793: r1 = *(u32 *)(r3 +8)
 1794: r2 &= r1
 1795: *(u32 *)(r10 -180) = r2
 1796: r2 = *(u32 *)(r10 -140)
 1797: r1 = *(u32 *)(r3 +12)
 1798: r2 &= r1
 1799: *(u32 *)(r10 -176) = r2
 1800: r2 = *(u32 *)(r10 -136)
 1801: r1 = *(u32 *)(r3 +16)
 1802: r2 &= r1
 1803: *(u32 *)(r10 -172) = r2
 1804: r2 = *(u32 *)(r10 -132)
 1805: r1 = *(u32 *)(r3 +20)
 1806: r2 &= r1
 1807: *(u32 *)(r10 -168) = r2
 1808: r1 = map[pipe_p0f_signatures] ll
 1810: r2 = r10
 1811: r2 += -184
 1812: call bpf_map_lookup_elem
 1813: r3 = r0
 1814: if r3 == 0 goto +13
 1815: r2 = *(u32 *)(r3 +4)
 1816: r1 = *(u64 *)(r10 -224)
 1817: if r1 == 0 goto +2
 1818: r1 = *(u64 *)(r10 -232)
 1819: if r2 <= r1 goto +8
 1820: *(u64 *)(r10 -224) = 1
 1821: *(u64 *)(r10 -232) = r2
 1822: r1 = *(u32 *)(r3 +0)
 1823: *(u32 *)(r10 -208) = r1
 1824: r1 = *(u32 *)(r3 +4)
 1825: *(u32 *)(r10 -204) = r1
 1826: r1 = *(u32 *)(r3 +8)
 1827: *(u32 *)(r10 -200) = r1
 1828: *(u32 *)(r10 -216) = 11
 1829: r1 = map[pipe_p0f_signatures_masks] ll
 1831: r2 = r10
 1832: r2 += -216
 1833: call bpf_map_lookup_elem
 1834: r3 = r0
 1835: if r3 == 0 goto +979
 1836: r1 = *(u32 *)(r3 +0)
 1837: if r1 == 0 goto +977
 1838: *(u32 *)(r10 -184) = 11
 1839: r2 = *(u32 *)(r10 -144)
 1840: r1 = *(u32 *)(r3 +8)
 1841: r2 &= r1
 1842: *(u32 *)(r10 -180) = r2
 1843: r2 = *(u32 *)(r10 -140)
 1844: r1 = *(u32 *)(r3 +12)
 1845: r2 &= r1
 1846: *(u32 *)(r10 -176) = r2
 1847: r2 = *(u32 *)(r10 -136)
 1848: r1 = *(u32 *)(r3 +16)
 1849: r2 &= r1
 1850: *(u32 *)(r10 -172) = r2
 1851: r2 = *(u32 *)(r10 -132)
 1852: r1 = *(u32 *)(r3 +20)
 1853: r2 &= r1
 1854: *(u32 *)(r10 -168) = r2
 1855: r1 = map[pipe_p0f_signatures] ll
 1857: r2 = r10
 1858: r2 += -184
 1859: call bpf_map_lookup_elem
 1860: r3 = r0
 1861: if r3 == 0 goto +13
 1862: r2 = *(u32 *)(r3 +4)
 1863: r1 = *(u64 *)(r10 -224)
 1864: if r1 == 0 goto +2
 1865: r1 = *(u64 *)(r10 -232)
 1866: if r2 <= r1 goto +8
 1867: *(u64 *)(r10 -224) = 1
 1868: *(u64 *)(r10 -232) = r2
 1869: r1 = *(u32 *)(r3 +0)
 1870: *(u32 *)(r10 -208) = r1
 1871: r1 = *(u32 *)(r3 +4)
 1872: *(u32 *)(r10 -204) = r1
 1873: r1 = *(u32 *)(r3 +8)
 1874: *(u32 *)(r10 -200) = r1
 1875: *(u32 *)(r10 -216) = 12
 1876: r1 = map[pipe_p0f_signatures_masks] ll
 1878: r2 = r10
 1879: r2 += -216
 1880: call bpf_map_lookup_elem
 1881: r3 = r0
 1882: if r3 == 0 goto +932
 1883: r1 = *(u32 *)(r3 +0)
 1884: if r1 == 0 goto +930
 1885: *(u32 *)(r10 -184) = 12
 1886: r2 = *(u32 *)(r10 -144)
 1887: r1 = *(u32 *)(r3 +8)
 1888: r2 &= r1
 1889: *(u32 *)(r10 -180) = r2
 1890: r2 = *(u32 *)(r10 -140)
 1891: r1 = *(u32 *)(r3 +12)
 1892: r2 &= r1
 1893: *(u32 *)(r10 -176) = r2
 1894: r2 = *(u32 *)(r10 -136)
 1895: r1 = *(u32 *)(r3 +16)
 1896: r2 &= r1
 1897: *(u32 *)(r10 -172) = r2
 1898: r2 = *(u32 *)(r10 -132)
 1899: r1 = *(u32 *)(r3 +20)
 1900: r2 &= r1
 1901: *(u32 *)(r10 -168) = r2
 1902: r1 = map[pipe_p0f_signatures] ll
 1904: r2 = r10
 1905: r2 += -184
 1906: call bpf_map_lookup_elem
 1907: r3 = r0
 1908: if r3 == 0 goto +13
 1909: r2 = *(u32 *)(r3 +4)
 1910: r1 = *(u64 *)(r10 -224)
 1911: if r1 == 0 goto +2
 1912: r1 = *(u64 *)(r10 -232)
 1913: if r2 <= r1 goto +8
 1914: *(u64 *)(r10 -224) = 1
 1915: *(u64 *)(r10 -232) = r2
 1916: r1 = *(u32 *)(r3 +0)
 1917: *(u32 *)(r10 -208) = r1
 1918: r1 = *(u32 *)(r3 +4)
 1919: *(u32 *)(r10 -204) = r1
 1920: r1 = *(u32 *)(r3 +8)
 1921: *(u32 *)(r10 -200) = r1
 1922: *(u32 *)(r10 -216) = 13
 1923: r1 = map[pipe_p0f_signatures_masks] ll
 1925: r2 = r10
 1926: r2 += -216
 1927: call bpf_map_lookup_elem
 1928: r3 = r0
 1929: if r3 == 0 goto +885
 1930: r1 = *(u32 *)(r3 +0)
 1931: if r1 == 0 goto +883
 1932: *(u32 *)(r10 -184) = 13
 1933: r2 = *(u32 *)(r10 -144)
 1934: r1 = *(u32 *)(r3 +8)
 1935: r2 &= r1
 1936: *(u32 *)(r10 -180) = r2
 1937: r2 = *(u32 *)(r10 -140)
 1938: r1 = *(u32 *)(r3 +12)
 1939: r2 &= r1
 1940: *(u32 *)(r10 -176) = r2
 1941: r2 = *(u32 *)(r10 -136)
 1942: r1 = *(u32 *)(r3 +16)
 1943: r2 &= r1
 1944: *(u32 *)(r10 -172) = r2
 1945: r2 = *(u32 *)(r10 -132)
 1946: r1 = *(u32 *)(r3 +20)
 1947: r2 &= r1
 1948: *(u32 *)(r10 -168) = r2
 1949: r1 = map[pipe_p0f_signatures] ll
 1951: r2 = r10
 1952: r2 += -184
 1953: call bpf_map_lookup_elem
 1954: r3 = r0
 1955: if r3 == 0 goto +13
 1956: r2 = *(u32 *)(r3 +4)
 1957: r1 = *(u64 *)(r10 -224)
 1958: if r1 == 0 goto +2
 1959: r1 = *(u64 *)(r10 -232)
 1960: if r2 <= r1 goto +8
 1961: *(u64 *)(r10 -224) = 1
 1962: *(u64 *)(r10 -232) = r2
 1963: r1 = *(u32 *)(r3 +0)
 1964: *(u32 *)(r10 -208) = r1
 1965: r1 = *(u32 *)(r3 +4)
 1966: *(u32 *)(r10 -204) = r1
 1967: r1 = *(u32 *)(r3 +8)
 1968: *(u32 *)(r10 -200) = r1
 1969: *(u32 *)(r10 -216) = 14
 1970: r1 = map[pipe_p0f_signatures_masks] ll
 1972: r2 = r10
 1973: r2 += -216
 1974: call bpf_map_lookup_elem
 1975: r3 = r0
 1976: if r3 == 0 goto +838
 1977: r1 = *(u32 *)(r3 +0)
 1978: if r1 == 0 goto +836
 1979: *(u32 *)(r10 -184) = 14
 1980: r2 = *(u32 *)(r10 -144)
 1981: r1 = *(u32 *)(r3 +8)
 1982: r2 &= r1
 1983: *(u32 *)(r10 -180) = r2
 1984: r2 = *(u32 *)(r10 -140)
 1985: r1 = *(u32 *)(r3 +12)
 1986: r2 &= r1
 1987: *(u32 *)(r10 -176) = r2
 1988: r2 = *(u32 *)(r10 -136)
 1989: r1 = *(u32 *)(r3 +16)
 1990: r2 &= r1
 1991: *(u32 *)(r10 -172) = r2
 1992: r2 = *(u32 *)(r10 -132)
 1993: r1 = *(u32 *)(r3 +20)
 1994: r2 &= r1
 1995: *(u32 *)(r10 -168) = r2
 1996: r1 = map[pipe_p0f_signatures] ll
 1998: r2 = r10
 1999: r2 += -184
 2000: call bpf_map_lookup_elem
 2001: r3 = r0
 2002: if r3 == 0 goto +13
 2003: r2 = *(u32 *)(r3 +4)
 2004: r1 = *(u64 *)(r10 -224)
 2005: if r1 == 0 goto +2
 2006: r1 = *(u64 *)(r10 -232)
 2007: if r2 <= r1 goto +8
 2008: *(u64 *)(r10 -224) = 1
 2009: *(u64 *)(r10 -232) = r2
 2010: r1 = *(u32 *)(r3 +0)
 2011: *(u32 *)(r10 -208) = r1
 2012: r1 = *(u32 *)(r3 +4)
 2013: *(u32 *)(r10 -204) = r1
 2014: r1 = *(u32 *)(r3 +8)
 2015: *(u32 *)(r10 -200) = r1
 2016: *(u32 *)(r10 -216) = 15
 2017: r1 = map[pipe_p0f_signatures_masks] ll
 2019: r2 = r10
 2020: r2 += -216
 2021: call bpf_map_lookup_elem
 2022: r3 = r0
 2023: if r3 == 0 goto +791
 2024: r1 = *(u32 *)(r3 +0)
 2025: if r1 == 0 goto +789
 2026: *(u32 *)(r10 -184) = 15
 2027: r2 = *(u32 *)(r10 -144)
 2028: r1 = *(u32 *)(r3 +8)
 2029: r2 &= r1
 2030: *(u32 *)(r10 -180) = r2
 2031: r2 = *(u32 *)(r10 -140)
 2032: r1 = *(u32 *)(r3 +12)
 2033: r2 &= r1
 2034: *(u32 *)(r10 -176) = r2
 2035: r2 = *(u32 *)(r10 -136)
 2036: r1 = *(u32 *)(r3 +16)
 2037: r2 &= r1
 2038: *(u32 *)(r10 -172) = r2
 2039: r2 = *(u32 *)(r10 -132)
 2040: r1 = *(u32 *)(r3 +20)
 2041: r2 &= r1
 2042: *(u32 *)(r10 -168) = r2
 2043: r1 = map[pipe_p0f_signatures] ll
 2045: r2 = r10
 2046: r2 += -184
 2047: call bpf_map_lookup_elem
 2048: r3 = r0
 2049: if r3 == 0 goto +13
 2050: r2 = *(u32 *)(r3 +4)
 2051: r1 = *(u64 *)(r10 -224)
 2052: if r1 == 0 goto +2
 2053: r1 = *(u64 *)(r10 -232)
 2054: if r2 <= r1 goto +8
 2055: *(u64 *)(r10 -224) = 1
 2056: *(u64 *)(r10 -232) = r2
 2057: r1 = *(u32 *)(r3 +0)
 2058: *(u32 *)(r10 -208) = r1
 2059: r1 = *(u32 *)(r3 +4)
 2060: *(u32 *)(r10 -204) = r1
 2061: r1 = *(u32 *)(r3 +8)
 2062: *(u32 *)(r10 -200) = r1
 2063: *(u32 *)(r10 -216) = 16
 2064: r1 = map[pipe_p0f_signatures_masks] ll
 2066: r2 = r10
 2067: r2 += -216
 2068: call bpf_map_lookup_elem
 2069: r3 = r0
 2070: if r3 == 0 goto +744
 2071: r1 = *(u32 *)(r3 +0)
 2072: if r1 == 0 goto +742
 2073: *(u32 *)(r10 -184) = 16
 2074: r2 = *(u32 *)(r10 -144)
 2075: r1 = *(u32 *)(r3 +8)
 2076: r2 &= r1
 2077: *(u32 *)(r10 -180) = r2
 2078: r2 = *(u32 *)(r10 -140)
 2079: r1 = *(u32 *)(r3 +12)
 2080: r2 &= r1
 2081: *(u32 *)(r10 -176) = r2
 2082: r2 = *(u32 *)(r10 -136)
 2083: r1 = *(u32 *)(r3 +16)
 2084: r2 &= r1
 2085: *(u32 *)(r10 -172) = r2
 2086: r2 = *(u32 *)(r10 -132)
 2087: r1 = *(u32 *)(r3 +20)
 2088: r2 &= r1
 2089: *(u32 *)(r10 -168) = r2
 2090: r1 = map[pipe_p0f_signatures] ll
 2092: r2 = r10
 2093: r2 += -184
 2094: call bpf_map_lookup_elem
 2095: r3 = r0
 2096: if r3 == 0 goto +13
 2097: r2 = *(u32 *)(r3 +4)
 2098: r1 = *(u64 *)(r10 -224)
 2099: if r1 == 0 goto +2
 2100: r1 = *(u64 *)(r10 -232)
 2101: if r2 <= r1 goto +8
 2102: *(u64 *)(r10 -224) = 1
 2103: *(u64 *)(r10 -232) = r2
 2104: r1 = *(u32 *)(r3 +0)
 2105: *(u32 *)(r10 -208) = r1
 2106: r1 = *(u32 *)(r3 +4)
 2107: *(u32 *)(r10 -204) = r1
 2108: r1 = *(u32 *)(r3 +8)
 2109: *(u32 *)(r10 -200) = r1
 2110: *(u32 *)(r10 -216) = 17
 2111: r1 = map[pipe_p0f_signatures_masks] ll
 2113: r2 = r10
 2114: r2 += -216
 2115: call bpf_map_lookup_elem
 2116: r3 = r0
 2117: if r3 == 0 goto +697
 2118: r1 = *(u32 *)(r3 +0)
 2119: if r1 == 0 goto +695
 2120: *(u32 *)(r10 -184) = 17
 2121: r2 = *(u32 *)(r10 -144)
 2122: r1 = *(u32 *)(r3 +8)
 2123: r2 &= r1
 2124: *(u32 *)(r10 -180) = r2
 2125: r2 = *(u32 *)(r10 -140)
 2126: r1 = *(u32 *)(r3 +12)
 2127: r2 &= r1
 2128: *(u32 *)(r10 -176) = r2
 2129: r2 = *(u32 *)(r10 -136)
 2130: r1 = *(u32 *)(r3 +16)
 2131: r2 &= r1
 2132: *(u32 *)(r10 -172) = r2
 2133: r2 = *(u32 *)(r10 -132)
 2134: r1 = *(u32 *)(r3 +20)
 2135: r2 &= r1
 2136: *(u32 *)(r10 -168) = r2
 2137: r1 = map[pipe_p0f_signatures] ll
 2139: r2 = r10
 2140: r2 += -184
 2141: call bpf_map_lookup_elem
 2142: r3 = r0
 2143: if r3 == 0 goto +13
 2144: r2 = *(u32 *)(r3 +4)
 2145: r1 = *(u64 *)(r10 -224)
 2146: if r1 == 0 goto +2
 2147: r1 = *(u64 *)(r10 -232)
 2148: if r2 <= r1 goto +8
 2149: *(u64 *)(r10 -224) = 1
 2150: *(u64 *)(r10 -232) = r2
 2151: r1 = *(u32 *)(r3 +0)
 2152: *(u32 *)(r10 -208) = r1
 2153: r1 = *(u32 *)(r3 +4)
 2154: *(u32 *)(r10 -204) = r1
 2155: r1 = *(u32 *)(r3 +8)
 2156: *(u32 *)(r10 -200) = r1
 2157: *(u32 *)(r10 -216) = 18
 2158: r1 = map[pipe_p0f_signatures_masks] ll
 2160: r2 = r10
 2161: r2 += -216
 2162: call bpf_map_lookup_elem
 2163: r3 = r0
 2164: if r3 == 0 goto +650
 2165: r1 = *(u32 *)(r3 +0)
 2166: if r1 == 0 goto +648
 2167: *(u32 *)(r10 -184) = 18
 2168: r2 = *(u32 *)(r10 -144)
 2169: r1 = *(u32 *)(r3 +8)
 2170: r2 &= r1
 2171: *(u32 *)(r10 -180) = r2
 2172: r2 = *(u32 *)(r10 -140)
 2173: r1 = *(u32 *)(r3 +12)
 2174: r2 &= r1
 2175: *(u32 *)(r10 -176) = r2
 2176: r2 = *(u32 *)(r10 -136)
 2177: r1 = *(u32 *)(r3 +16)
 2178: r2 &= r1
 2179: *(u32 *)(r10 -172) = r2
 2180: r2 = *(u32 *)(r10 -132)
 2181: r1 = *(u32 *)(r3 +20)
 2182: r2 &= r1
 2183: *(u32 *)(r10 -168) = r2
 2184: r1 = map[pipe_p0f_signatures] ll
 2186: r2 = r10
 2187: r2 += -184
 2188: call bpf_map_lookup_elem
 2189: r3 = r0
 2190: if r3 == 0 goto +13
 2191: r2 = *(u32 *)(r3 +4)
 2192: r1 = *(u64 *)(r10 -224)
 2193: if r1 == 0 goto +2
 2194: r1 = *(u64 *)(r10 -232)
 2195: if r2 <= r1 goto +8
 2196: *(u64 *)(r10 -224) = 1
 2197: *(u64 *)(r10 -232) = r2
 2198: r1 = *(u32 *)(r3 +0)
 2199: *(u32 *)(r10 -208) = r1
 2200: r1 = *(u32 *)(r3 +4)
 2201: *(u32 *)(r10 -204) = r1
 2202: r1 = *(u32 *)(r3 +8)
 2203: *(u32 *)(r10 -200) = r1
 2204: *(u32 *)(r10 -216) = 19
 2205: r1 = map[pipe_p0f_signatures_masks] ll
 2207: r2 = r10
 2208: r2 += -216
 2209: call bpf_map_lookup_elem
 2210: r3 = r0
 2211: if r3 == 0 goto +603
 2212: r1 = *(u32 *)(r3 +0)
 2213: if r1 == 0 goto +601
 2214: *(u32 *)(r10 -184) = 19
 2215: r2 = *(u32 *)(r10 -144)
 2216: r1 = *(u32 *)(r3 +8)
 2217: r2 &= r1
 2218: *(u32 *)(r10 -180) = r2
 2219: r2 = *(u32 *)(r10 -140)
 2220: r1 = *(u32 *)(r3 +12)
 2221: r2 &= r1
 2222: *(u32 *)(r10 -176) = r2
 2223: r2 = *(u32 *)(r10 -136)
 2224: r1 = *(u32 *)(r3 +16)
 2225: r2 &= r1
 2226: *(u32 *)(r10 -172) = r2
 2227: r2 = *(u32 *)(r10 -132)
 2228: r1 = *(u32 *)(r3 +20)
 2229: r2 &= r1
 2230: *(u32 *)(r10 -168) = r2
 2231: r1 = map[pipe_p0f_signatures] ll
 2233: r2 = r10
 2234: r2 += -184
 2235: call bpf_map_lookup_elem
 2236: r3 = r0
 2237: if r3 == 0 goto +13
 2238: r2 = *(u32 *)(r3 +4)
 2239: r1 = *(u64 *)(r10 -224)
 2240: if r1 == 0 goto +2
 2241: r1 = *(u64 *)(r10 -232)
 2242: if r2 <= r1 goto +8
 2243: *(u64 *)(r10 -224) = 1
 2244: *(u64 *)(r10 -232) = r2
 2245: r1 = *(u32 *)(r3 +0)
 2246: *(u32 *)(r10 -208) = r1
 2247: r1 = *(u32 *)(r3 +4)
 2248: *(u32 *)(r10 -204) = r1
 2249: r1 = *(u32 *)(r3 +8)
 2250: *(u32 *)(r10 -200) = r1
 2251: *(u32 *)(r10 -216) = 20
 2252: r1 = map[pipe_p0f_signatures_masks] ll
 2254: r2 = r10
 2255: r2 += -216
 2256: call bpf_map_lookup_elem
 2257: r3 = r0
 2258: if r3 == 0 goto +556
 2259: r1 = *(u32 *)(r3 +0)
 2260: if r1 == 0 goto +554
 2261: *(u32 *)(r10 -184) = 20
 2262: r2 = *(u32 *)(r10 -144)
 2263: r1 = *(u32 *)(r3 +8)
 2264: r2 &= r1
 2265: *(u32 *)(r10 -180) = r2
 2266: r2 = *(u32 *)(r10 -140)
 2267: r1 = *(u32 *)(r3 +12)
 2268: r2 &= r1
 2269: *(u32 *)(r10 -176) = r2
 2270: r2 = *(u32 *)(r10 -136)
 2271: r1 = *(u32 *)(r3 +16)
 2272: r2 &= r1
 2273: *(u32 *)(r10 -172) = r2
 2274: r2 = *(u32 *)(r10 -132)
 2275: r1 = *(u32 *)(r3 +20)
 2276: r2 &= r1
 2277: *(u32 *)(r10 -168) = r2
 2278: r1 = map[pipe_p0f_signatures] ll
 2280: r2 = r10
 2281: r2 += -184
 2282: call bpf_map_lookup_elem
 2283: r3 = r0
 2284: if r3 == 0 goto +13
 2285: r2 = *(u32 *)(r3 +4)
 2286: r1 = *(u64 *)(r10 -224)
 2287: if r1 == 0 goto +2
 2288: r1 = *(u64 *)(r10 -232)
 2289: if r2 <= r1 goto +8
 2290: *(u64 *)(r10 -224) = 1
 2291: *(u64 *)(r10 -232) = r2
 2292: r1 = *(u32 *)(r3 +0)
 2293: *(u32 *)(r10 -208) = r1
 2294: r1 = *(u32 *)(r3 +4)
 2295: *(u32 *)(r10 -204) = r1
 2296: r1 = *(u32 *)(r3 +8)
 2297: *(u32 *)(r10 -200) = r1
 2298: *(u32 *)(r10 -216) = 21
 2299: r1 = map[pipe_p0f_signatures_masks] ll
 2301: r2 = r10
 2302: r2 += -216
 2303: call bpf_map_lookup_elem
 2304: r3 = r0
 2305: if r3 == 0 goto +509
 2306: r1 = *(u32 *)(r3 +0)
 2307: if r1 == 0 goto +507
 2308: *(u32 *)(r10 -184) = 21
 2309: r2 = *(u32 *)(r10 -144)
 2310: r1 = *(u32 *)(r3 +8)
 2311: r2 &= r1
 2312: *(u32 *)(r10 -180) = r2
 2313: r2 = *(u32 *)(r10 -140)
 2314: r1 = *(u32 *)(r3 +12)
 2315: r2 &= r1
 2316: *(u32 *)(r10 -176) = r2
 2317: r2 = *(u32 *)(r10 -136)
 2318: r1 = *(u32 *)(r3 +16)
 2319: r2 &= r1
 2320: *(u32 *)(r10 -172) = r2
 2321: r2 = *(u32 *)(r10 -132)
 2322: r1 = *(u32 *)(r3 +20)
 2323: r2 &= r1
 2324: *(u32 *)(r10 -168) = r2
 2325: r1 = map[pipe_p0f_signatures] ll
 2327: r2 = r10
 2328: r2 += -184
 2329: call bpf_map_lookup_elem
 2330: r3 = r0
 2331: if r3 == 0 goto +13
 2332: r2 = *(u32 *)(r3 +4)
 2333: r1 = *(u64 *)(r10 -224)
 2334: if r1 == 0 goto +2
 2335: r1 = *(u64 *)(r10 -232)
 2336: if r2 <= r1 goto +8
 2337: *(u64 *)(r10 -224) = 1
 2338: *(u64 *)(r10 -232) = r2
 2339: r1 = *(u32 *)(r3 +0)
 2340: *(u32 *)(r10 -208) = r1
 2341: r1 = *(u32 *)(r3 +4)
 2342: *(u32 *)(r10 -204) = r1
 2343: r1 = *(u32 *)(r3 +8)
 2344: *(u32 *)(r10 -200) = r1
 2345: *(u32 *)(r10 -216) = 22
 2346: r1 = map[pipe_p0f_signatures_masks] ll
 2348: r2 = r10
 2349: r2 += -216
 2350: call bpf_map_lookup_elem
 2351: r3 = r0
 2352: if r3 == 0 goto +462
 2353: r1 = *(u32 *)(r3 +0)
 2354: if r1 == 0 goto +460
 2355: *(u32 *)(r10 -184) = 22
 2356: r2 = *(u32 *)(r10 -144)
 2357: r1 = *(u32 *)(r3 +8)
 2358: r2 &= r1
 2359: *(u32 *)(r10 -180) = r2
 2360: r2 = *(u32 *)(r10 -140)
 2361: r1 = *(u32 *)(r3 +12)
 2362: r2 &= r1
 2363: *(u32 *)(r10 -176) = r2
 2364: r2 = *(u32 *)(r10 -136)
 2365: r1 = *(u32 *)(r3 +16)
 2366: r2 &= r1
 2367: *(u32 *)(r10 -172) = r2
 2368: r2 = *(u32 *)(r10 -132)
 2369: r1 = *(u32 *)(r3 +20)
 2370: r2 &= r1
 2371: *(u32 *)(r10 -168) = r2
 2372: r1 = map[pipe_p0f_signatures] ll
 2374: r2 = r10
 2375: r2 += -184
 2376: call bpf_map_lookup_elem
 2377: r3 = r0
 2378: if r3 == 0 goto +13
 2379: r2 = *(u32 *)(r3 +4)
 2380: r1 = *(u64 *)(r10 -224)
 2381: if r1 == 0 goto +2
 2382: r1 = *(u64 *)(r10 -232)
 2383: if r2 <= r1 goto +8
 2384: *(u64 *)(r10 -224) = 1
 2385: *(u64 *)(r10 -232) = r2
 2386: r1 = *(u32 *)(r3 +0)
 2387: *(u32 *)(r10 -208) = r1
 2388: r1 = *(u32 *)(r3 +4)
 2389: *(u32 *)(r10 -204) = r1
 2390: r1 = *(u32 *)(r3 +8)
 2391: *(u32 *)(r10 -200) = r1
 2392: *(u32 *)(r10 -216) = 23
 2393: r1 = map[pipe_p0f_signatures_masks] ll
 2395: r2 = r10
 2396: r2 += -216
 2397: call bpf_map_lookup_elem
 2398: r3 = r0
 2399: if r3 == 0 goto +415
 2400: r1 = *(u32 *)(r3 +0)
 2401: if r1 == 0 goto +413
 2402: *(u32 *)(r10 -184) = 23
 2403: r2 = *(u32 *)(r10 -144)
 2404: r1 = *(u32 *)(r3 +8)
 2405: r2 &= r1
 2406: *(u32 *)(r10 -180) = r2
 2407: r2 = *(u32 *)(r10 -140)
 2408: r1 = *(u32 *)(r3 +12)
 2409: r2 &= r1
 2410: *(u32 *)(r10 -176) = r2
 2411: r2 = *(u32 *)(r10 -136)
 2412: r1 = *(u32 *)(r3 +16)
 2413: r2 &= r1
 2414: *(u32 *)(r10 -172) = r2
 2415: r2 = *(u32 *)(r10 -132)
 2416: r1 = *(u32 *)(r3 +20)
 2417: r2 &= r1
 2418: *(u32 *)(r10 -168) = r2
 2419: r1 = map[pipe_p0f_signatures] ll
 2421: r2 = r10
 2422: r2 += -184
 2423: call bpf_map_lookup_elem
 2424: r3 = r0
 2425: if r3 == 0 goto +13
 2426: r2 = *(u32 *)(r3 +4)
 2427: r1 = *(u64 *)(r10 -224)
 2428: if r1 == 0 goto +2
 2429: r1 = *(u64 *)(r10 -232)
 2430: if r2 <= r1 goto +8
 2431: *(u64 *)(r10 -224) = 1
 2432: *(u64 *)(r10 -232) = r2
 2433: r1 = *(u32 *)(r3 +0)
 2434: *(u32 *)(r10 -208) = r1
 2435: r1 = *(u32 *)(r3 +4)
 2436: *(u32 *)(r10 -204) = r1
 2437: r1 = *(u32 *)(r3 +8)
 2438: *(u32 *)(r10 -200) = r1
 2439: *(u32 *)(r10 -216) = 24
 2440: r1 = map[pipe_p0f_signatures_masks] ll
 2442: r2 = r10
 2443: r2 += -216
 2444: call bpf_map_lookup_elem
 2445: r3 = r0
 2446: if r3 == 0 goto +368
 2447: r1 = *(u32 *)(r3 +0)
 2448: if r1 == 0 goto +366
 2449: *(u32 *)(r10 -184) = 24
 2450: r2 = *(u32 *)(r10 -144)
 2451: r1 = *(u32 *)(r3 +8)
 2452: r2 &= r1
 2453: *(u32 *)(r10 -180) = r2
 2454: r2 = *(u32 *)(r10 -140)
 2455: r1 = *(u32 *)(r3 +12)
 2456: r2 &= r1
 2457: *(u32 *)(r10 -176) = r2
 2458: r2 = *(u32 *)(r10 -136)
 2459: r1 = *(u32 *)(r3 +16)
 2460: r2 &= r1
 2461: *(u32 *)(r10 -172) = r2
 2462: r2 = *(u32 *)(r10 -132)
 2463: r1 = *(u32 *)(r3 +20)
 2464: r2 &= r1
 2465: *(u32 *)(r10 -168) = r2
 2466: r1 = map[pipe_p0f_signatures] ll
 2468: r2 = r10
 2469: r2 += -184
 2470: call bpf_map_lookup_elem
 2471: r3 = r0
 2472: if r3 == 0 goto +13
 2473: r2 = *(u32 *)(r3 +4)
 2474: r1 = *(u64 *)(r10 -224)
 2475: if r1 == 0 goto +2
 2476: r1 = *(u64 *)(r10 -232)
 2477: if r2 <= r1 goto +8
 2478: *(u64 *)(r10 -224) = 1
 2479: *(u64 *)(r10 -232) = r2
 2480: r1 = *(u32 *)(r3 +0)
 2481: *(u32 *)(r10 -208) = r1
 2482: r1 = *(u32 *)(r3 +4)
 2483: *(u32 *)(r10 -204) = r1
 2484: r1 = *(u32 *)(r3 +8)
 2485: *(u32 *)(r10 -200) = r1
 2486: *(u32 *)(r10 -216) = 25
 2487: r1 = map[pipe_p0f_signatures_masks] ll
 2489: r2 = r10
 2490: r2 += -216
 2491: call bpf_map_lookup_elem
 2492: r3 = r0
 2493: if r3 == 0 goto +321
 2494: r1 = *(u32 *)(r3 +0)
 2495: if r1 == 0 goto +319
 2496: *(u32 *)(r10 -184) = 25
 2497: r2 = *(u32 *)(r10 -144)
 2498: r1 = *(u32 *)(r3 +8)
 2499: r2 &= r1
 2500: *(u32 *)(r10 -180) = r2
 2501: r2 = *(u32 *)(r10 -140)
 2502: r1 = *(u32 *)(r3 +12)
 2503: r2 &= r1
 2504: *(u32 *)(r10 -176) = r2
 2505: r2 = *(u32 *)(r10 -136)
 2506: r1 = *(u32 *)(r3 +16)
 2507: r2 &= r1
 2508: *(u32 *)(r10 -172) = r2
 2509: r2 = *(u32 *)(r10 -132)
 2510: r1 = *(u32 *)(r3 +20)
 2511: r2 &= r1
 2512: *(u32 *)(r10 -168) = r2
 2513: r1 = map[pipe_p0f_signatures] ll
 2515: r2 = r10
 2516: r2 += -184
 2517: call bpf_map_lookup_elem
 2518: r3 = r0
 2519: if r3 == 0 goto +13
 2520: r2 = *(u32 *)(r3 +4)
 2521: r1 = *(u64 *)(r10 -224)
 2522: if r1 == 0 goto +2
 2523: r1 = *(u64 *)(r10 -232)
 2524: if r2 <= r1 goto +8
 2525: *(u64 *)(r10 -224) = 1
 2526: *(u64 *)(r10 -232) = r2
 2527: r1 = *(u32 *)(r3 +0)
 2528: *(u32 *)(r10 -208) = r1
 2529: r1 = *(u32 *)(r3 +4)
 2530: *(u32 *)(r10 -204) = r1
 2531: r1 = *(u32 *)(r3 +8)
 2532: *(u32 *)(r10 -200) = r1
 2533: *(u32 *)(r10 -216) = 26
 2534: r1 = map[pipe_p0f_signatures_masks] ll
 2536: r2 = r10
 2537: r2 += -216
 2538: call bpf_map_lookup_elem
 2539: r3 = r0
 2540: if r3 == 0 goto +274
 2541: r1 = *(u32 *)(r3 +0)
 2542: if r1 == 0 goto +272
 2543: *(u32 *)(r10 -184) = 26
 2544: r2 = *(u32 *)(r10 -144)
 2545: r1 = *(u32 *)(r3 +8)
 2546: r2 &= r1
 2547: *(u32 *)(r10 -180) = r2
 2548: r2 = *(u32 *)(r10 -140)
 2549: r1 = *(u32 *)(r3 +12)
 2550: r2 &= r1
 2551: *(u32 *)(r10 -176) = r2
 2552: r2 = *(u32 *)(r10 -136)
 2553: r1 = *(u32 *)(r3 +16)
 2554: r2 &= r1
 2555: *(u32 *)(r10 -172) = r2
 2556: r2 = *(u32 *)(r10 -132)
 2557: r1 = *(u32 *)(r3 +20)
 2558: r2 &= r1
 2559: *(u32 *)(r10 -168) = r2
 2560: r1 = map[pipe_p0f_signatures] ll
 2562: r2 = r10
 2563: r2 += -184
 2564: call bpf_map_lookup_elem
 2565: r3 = r0
 2566: if r3 == 0 goto +13
 2567: r2 = *(u32 *)(r3 +4)
 2568: r1 = *(u64 *)(r10 -224)
 2569: if r1 == 0 goto +2
 2570: r1 = *(u64 *)(r10 -232)
 2571: if r2 <= r1 goto +8
 2572: *(u64 *)(r10 -224) = 1
 2573: *(u64 *)(r10 -232) = r2
 2574: r1 = *(u32 *)(r3 +0)
 2575: *(u32 *)(r10 -208) = r1
 2576: r1 = *(u32 *)(r3 +4)
 2577: *(u32 *)(r10 -204) = r1
 2578: r1 = *(u32 *)(r3 +8)
 2579: *(u32 *)(r10 -200) = r1
 2580: *(u32 *)(r10 -216) = 27
 2581: r1 = map[pipe_p0f_signatures_masks] ll
 2583: r2 = r10
 2584: r2 += -216
 2585: call bpf_map_lookup_elem
 2586: r3 = r0
 2587: if r3 == 0 goto +227
 2588: r1 = *(u32 *)(r3 +0)
 2589: if r1 == 0 goto +225
 2590: *(u32 *)(r10 -184) = 27
 2591: r2 = *(u32 *)(r10 -144)
 2592: r1 = *(u32 *)(r3 +8)
 2593: r2 &= r1
 2594: *(u32 *)(r10 -180) = r2
 2595: r2 = *(u32 *)(r10 -140)
 2596: r1 = *(u32 *)(r3 +12)
 2597: r2 &= r1
 2598: *(u32 *)(r10 -176) = r2
 2599: r2 = *(u32 *)(r10 -136)
 2600: r1 = *(u32 *)(r3 +16)
 2601: r2 &= r1
 2602: *(u32 *)(r10 -172) = r2
 2603: r2 = *(u32 *)(r10 -132)
 2604: r1 = *(u32 *)(r3 +20)
 2605: r2 &= r1
 2606: *(u32 *)(r10 -168) = r2
 2607: r1 = map[pipe_p0f_signatures] ll
 2609: r2 = r10
 2610: r2 += -184
 2611: call bpf_map_lookup_elem
 2612: r3 = r0
 2613: if r3 == 0 goto +13
 2614: r2 = *(u32 *)(r3 +4)
 2615: r1 = *(u64 *)(r10 -224)
 2616: if r1 == 0 goto +2
 2617: r1 = *(u64 *)(r10 -232)
 2618: if r2 <= r1 goto +8
 2619: *(u64 *)(r10 -224) = 1
 2620: *(u64 *)(r10 -232) = r2
 2621: r1 = *(u32 *)(r3 +0)
 2622: *(u32 *)(r10 -208) = r1
 2623: r1 = *(u32 *)(r3 +4)
 2624: *(u32 *)(r10 -204) = r1
 2625: r1 = *(u32 *)(r3 +8)
 2626: *(u32 *)(r10 -200) = r1
 2627: *(u32 *)(r10 -216) = 28
 2628: r1 = map[pipe_p0f_signatures_masks] ll
 2630: r2 = r10
 2631: r2 += -216
 2632: call bpf_map_lookup_elem
 2633: r3 = r0
 2634: if r3 == 0 goto +180
 2635: r1 = *(u32 *)(r3 +0)
 2636: if r1 == 0 goto +178
 2637: *(u32 *)(r10 -184) = 28
 2638: r2 = *(u32 *)(r10 -144)
 2639: r1 = *(u32 *)(r3 +8)
 2640: r2 &= r1
 2641: *(u32 *)(r10 -180) = r2
 2642: r2 = *(u32 *)(r10 -140)
 2643: r1 = *(u32 *)(r3 +12)
 2644: r2 &= r1
 2645: *(u32 *)(r10 -176) = r2
 2646: r2 = *(u32 *)(r10 -136)
 2647: r1 = *(u32 *)(r3 +16)
 2648: r2 &= r1
 2649: *(u32 *)(r10 -172) = r2
 2650: r2 = *(u32 *)(r10 -132)
 2651: r1 = *(u32 *)(r3 +20)
 2652: r2 &= r1
 2653: *(u32 *)(r10 -168) = r2
 2654: r1 = map[pipe_p0f_signatures] ll
 2656: r2 = r10
 2657: r2 += -184
 2658: call bpf_map_lookup_elem
 2659: r3 = r0
 2660: if r3 == 0 goto +13
 2661: r2 = *(u32 *)(r3 +4)
 2662: r1 = *(u64 *)(r10 -224)
 2663: if r1 == 0 goto +2
 2664: r1 = *(u64 *)(r10 -232)
 2665: if r2 <= r1 goto +8
 2666: *(u64 *)(r10 -224) = 1
 2667: *(u64 *)(r10 -232) = r2
 2668: r1 = *(u32 *)(r3 +0)
 2669: *(u32 *)(r10 -208) = r1
 2670: r1 = *(u32 *)(r3 +4)
 2671: *(u32 *)(r10 -204) = r1
 2672: r1 = *(u32 *)(r3 +8)
 2673: *(u32 *)(r10 -200) = r1
 2674: *(u32 *)(r10 -216) = 29
 2675: r1 = map[pipe_p0f_signatures_masks] ll
 2677: r2 = r10
 2678: r2 += -216
 2679: call bpf_map_lookup_elem
 2680: r3 = r0
 2681: if r3 == 0 goto +133
 2682: r1 = *(u32 *)(r3 +0)
 2683: if r1 == 0 goto +131
 2684: *(u32 *)(r10 -184) = 29
 2685: r2 = *(u32 *)(r10 -144)
 2686: r1 = *(u32 *)(r3 +8)
 2687: r2 &= r1
 2688: *(u32 *)(r10 -180) = r2
 2689: r2 = *(u32 *)(r10 -140)
 2690: r1 = *(u32 *)(r3 +12)
 2691: r2 &= r1
 2692: *(u32 *)(r10 -176) = r2
 2693: r2 = *(u32 *)(r10 -136)
 2694: r1 = *(u32 *)(r3 +16)
 2695: r2 &= r1
 2696: *(u32 *)(r10 -172) = r2
 2697: r2 = *(u32 *)(r10 -132)
 2698: r1 = *(u32 *)(r3 +20)
 2699: r2 &= r1
 2700: *(u32 *)(r10 -168) = r2
 2701: r1 = map[pipe_p0f_signatures] ll
 2703: r2 = r10
 2704: r2 += -184
 2705: call bpf_map_lookup_elem
 2706: r3 = r0
 2707: if r3 == 0 goto +13
 2708: r2 = *(u32 *)(r3 +4)
 2709: r1 = *(u64 *)(r10 -224)
 2710: if r1 == 0 goto +2
 2711: r1 = *(u64 *)(r10 -232)
 2712: if r2 <= r1 goto +8
 2713: *(u64 *)(r10 -224) = 1
 2714: *(u64 *)(r10 -232) = r2
 2715: r1 = *(u32 *)(r3 +0)
 2716: *(u32 *)(r10 -208) = r1
 2717: r1 = *(u32 *)(r3 +4)
 2718: *(u32 *)(r10 -204) = r1
 2719: r1 = *(u32 *)(r3 +8)
 2720: *(u32 *)(r10 -200) = r1
 2721: *(u32 *)(r10 -216) = 30
 2722: r1 = map[pipe_p0f_signatures_masks] ll
 2724: r2 = r10
 2725: r2 += -216
 2726: call bpf_map_lookup_elem
 2727: r3 = r0
 2728: if r3 == 0 goto +86
 2729: r1 = *(u32 *)(r3 +0)
 2730: if r1 == 0 goto +84
 2731: *(u32 *)(r10 -184) = 30
 2732: r2 = *(u32 *)(r10 -144)
 2733: r1 = *(u32 *)(r3 +8)
 2734: r2 &= r1
 2735: *(u32 *)(r10 -180) = r2
 2736: r2 = *(u32 *)(r10 -140)
 2737: r1 = *(u32 *)(r3 +12)
 2738: r2 &= r1
 2739: *(u32 *)(r10 -176) = r2
 2740: r2 = *(u32 *)(r10 -136)
 2741: r1 = *(u32 *)(r3 +16)
 2742: r2 &= r1
 2743: *(u32 *)(r10 -172) = r2
 2744: r2 = *(u32 *)(r10 -132)
 2745: r1 = *(u32 *)(r3 +20)
 2746: r2 &= r1
 2747: *(u32 *)(r10 -168) = r2
 2748: r1 = map[pipe_p0f_signatures] ll
 2750: r2 = r10
 2751: r2 += -184
 2752: call bpf_map_lookup_elem
 2753: r3 = r0
 2754: if r3 == 0 goto +13
 2755: r2 = *(u32 *)(r3 +4)
 2756: r1 = *(u64 *)(r10 -224)
 2757: if r1 == 0 goto +2
 2758: r1 = *(u64 *)(r10 -232)
 2759: if r2 <= r1 goto +8
 2760: *(u64 *)(r10 -224) = 1
 2761: *(u64 *)(r10 -232) = r2
 2762: r1 = *(u32 *)(r3 +0)
 2763: *(u32 *)(r10 -208) = r1
 2764: r1 = *(u32 *)(r3 +4)
 2765: *(u32 *)(r10 -204) = r1
 2766: r1 = *(u32 *)(r3 +8)
 2767: *(u32 *)(r10 -200) = r1
 2768: *(u32 *)(r10 -216) = 31
 2769: r1 = map[pipe_p0f_signatures_masks] ll
 2771: r2 = r10
 2772: r2 += -216
 2773: call bpf_map_lookup_elem
 2774: r3 = r0
 2775: if r3 == 0 goto +39
 2776: r1 = *(u32 *)(r3 +0)
 2777: if r1 == 0 goto +37
 2778: *(u32 *)(r10 -184) = 31
 2779: r2 = *(u32 *)(r10 -144)
 2780: r1 = *(u32 *)(r3 +8)
 2781: r2 &= r1
 2782: *(u32 *)(r10 -180) = r2
 2783: r2 = *(u32 *)(r10 -140)
 2784: r1 = *(u32 *)(r3 +12)
 2785: r2 &= r1
 2786: *(u32 *)(r10 -176) = r2
 2787: r2 = *(u32 *)(r10 -136)
 2788: r1 = *(u32 *)(r3 +16)
 2789: r2 &= r1
 2790: *(u32 *)(r10 -172) = r2
 2791: r2 = *(u32 *)(r10 -132)
 2792: r1 = *(u32 *)(r3 +20)
 2793: r2 &= r1
 2794: *(u32 *)(r10 -168) = r2
 2795: r1 = map[pipe_p0f_signatures] ll
 2797: r2 = r10
 2798: r2 += -184
 2799: call bpf_map_lookup_elem
 2800: r3 = r0
 2801: if r3 == 0 goto +13
 2802: r2 = *(u32 *)(r3 +4)
 2803: r1 = *(u64 *)(r10 -224)
 2804: if r1 == 0 goto +2
 2805: r1 = *(u64 *)(r10 -232)
 2806: if r2 <= r1 goto +8
 2807: *(u64 *)(r10 -224) = 1
 2808: *(u64 *)(r10 -232) = r2
 2809: r1 = *(u32 *)(r3 +0)
 2810: *(u32 *)(r10 -208) = r1
 2811: r1 = *(u32 *)(r3 +4)
 2812: *(u32 *)(r10 -204) = r1
 2813: r1 = *(u32 *)(r3 +8)
 2814: *(u32 *)(r10 -200) = r1
 2815: r1 = *(u64 *)(r10 -224)
 2816: if r1 != 0 goto +16
 2817: *(u32 *)(r10 -144) = 0
 2818: r1 = map[pipe_p0f_signatures_default] ll
 2820: r2 = r10
 2821: r2 += -144
 2822: call bpf_map_lookup_elem
 2823: r1 = r0
 2824: if r1 == 0 goto +5
 2825: r2 = *(u32 *)(r1 +0)
 2826: r1 = *(u32 *)(r1 +8)
 2827: r1 = be32 r1
 2828: w1 = w1
 2829: goto +7
 2830: r2 = 2
 2831: r1 = 0
 2832: goto +4
 2833: r2 = *(u32 *)(r10 -208)
 2834: r1 = *(u32 *)(r10 -200)
 2835: r1 = be32 r1
 2836: w1 = w1
 2837: if r2 == 0 goto +21
 2838: if r2 == 1 goto +2
 2839: if r2 == 2 goto +57
 2840: goto +56
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2841: r1 = 1
      ; write var10, v45
 2842: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 2843: *(u32 *)(r10 -144) = 0
 2844: r1 = map[pipe_os_stats] ll
 2846: r2 = r10
 2847: r2 += -144
 2848: call bpf_map_lookup_elem
 2849: r3 = r0
 2850: if r3 == 0 goto +46
 2851: r1 = *(u64 *)(r3 +0)
 2852: r1 += 1
 2853: *(u64 *)(r3 +0) = r1
 2854: r2 = *(u64 *)(r3 +8)
 2855: r1 = *(u32 *)(r10 -40)
 2856: r2 += r1
 2857: *(u64 *)(r3 +8) = r2
 2858: goto +38
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2859: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 2860: *(u32 *)(r10 -144) = r1
 2861: r1 = map[pipe_os_stats] ll
 2863: r2 = r10
 2864: r2 += -144
 2865: call bpf_map_lookup_elem
 2866: r3 = r0
 2867: if r3 == 0 goto +29
 2868: r1 = *(u64 *)(r3 +0)
 2869: r1 += 1
 2870: *(u64 *)(r3 +0) = r1
 2871: r2 = *(u64 *)(r3 +8)
 2872: r1 = *(u32 *)(r10 -40)
 2873: r2 += r1
 2874: *(u64 *)(r3 +8) = r2
 2875: goto +21
      ; drop
 2876: r2 = *(u32 *)(r10 -36)
 2877: r1 = *(u32 *)(r10 -32)
 2878: *(u64 *)(r10 -240) = r2
 2879: *(u64 *)(r10 -248) = r1
 2880: r1 = *(u64 *)(r10 -8)
 2881: r2 = 0xfffffffffffffff8 ll
 2883: call bpf_xdp_adjust_meta
 2884: if r0 != 0 goto +10
 2885: r1 = *(u64 *)(r10 -8)
 2886: r3 = *(u32 *)(r1 +8)
 2887: r2 = *(u32 *)(r1 +0)
 2888: r1 = r3
 2889: r1 += 8
 2890: if r1 > r2 goto +4
 2891: r1 = *(u64 *)(r10 -240)
 2892: *(u32 *)(r3 +0) = r1
 2893: r1 = *(u64 *)(r10 -248)
 2894: *(u32 *)(r3 +4) = r1
 2895: r0 = 1
 2896: exit
      ; epilogue: verdict
 2897: r2 = *(u32 *)(r10 -36)
 2898: r1 = *(u32 *)(r10 -32)
 2899: *(u64 *)(r10 -256) = r2
 2900: *(u64 *)(r10 -264) = r1
 2901: r1 = *(u64 *)(r10 -8)
 2902: r2 = 0xfffffffffffffff8 ll
 2904: call bpf_xdp_adjust_meta
 2905: if r0 != 0 goto +10
 2906: r1 = *(u64 *)(r10 -8)
 2907: r3 = *(u32 *)(r1 +8)
 2908: r2 = *(u32 *)(r1 +0)
 2909: r1 = r3
 2910: r1 += 8
 2911: if r1 > r2 goto +4
 2912: r1 = *(u64 *)(r10 -256)
 2913: *(u32 *)(r3 +0) = r1
 2914: r1 = *(u64 *)(r10 -264)
 2915: *(u32 *)(r3 +4) = r1
 2916: r1 = *(u8 *)(r10 -23)
 2917: if r1 != 0 goto +2
 2918: r0 = 2
 2919: exit
 2920: if r1 != 2 goto +4
 2921: r1 = *(u32 *)(r10 -32)
 2922: r2 = 0
 2923: call bpf_redirect
 2924: exit
 2925: r0 = 1
 2926: exit
