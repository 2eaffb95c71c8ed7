; p0f for xdp: 2951 instructions, stack 264 bytes, 4 maps
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
   28: if r3 > 16383 goto +2871
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +2865
   35: r1 = r3
   36: r1 += 1
   37: *(u32 *)(r10 -104) = r1
   38: r3 += 14
   39: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   40: r1 = *(u16 *)(r2 +12)
   41: r1 = be16 r1
   42: if r1 != 2048 goto +1024
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   43: r2 = *(u64 *)(r10 -16)
   44: if r2 > 16383 goto +2855
   45: r3 = r6
   46: r3 += r2
   47: r1 = r3
   48: r1 += 20
   49: if r1 <= r7 goto +1
   50: goto +2849
   51: r1 = r2
   52: r1 += 1
   53: *(u32 *)(r10 -100) = r1
   54: r2 += 20
   55: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   56: r4 = *(u8 *)(r3 +0)
   57: r4 &= 15
      ; v2: bit<4> = const 5
   58: r2 = 5
      ; v3: bool = ge v1, v2
   59: r1 = 1
   60: if r4 >= r2 goto +1
   61: r1 = 0
      ; verify v3, error HeaderTooShort
   62: if r1 == 0 goto +2837
      ; v4: bit<4> = read_field hdr1.ihl
   63: r1 = *(u8 *)(r3 +0)
   64: r1 &= 15
      ; v5: bit<32> = cast v4
   65: r2 = r1
   66: w2 = w2
      ; v6: bit<32> = const 5
   67: r1 = 5
      ; v7: bit<32> = sub v5, v6
   68: r2 -= r1
   69: w2 = w2
      ; v8: bit<32> = const 0x20
   70: r1 = 32
      ; v9: bit<32> = mul v7, v8
   71: r2 *= r1
   72: w2 = w2
      ; advance v9
   73: r1 = r2
   74: r1 &= 7
   75: if r1 != 0 goto +2824
   76: r1 = r2
   77: r1 >>= 3
   78: r2 = *(u64 *)(r10 -16)
   79: r2 += r1
   80: if r2 > 16383 goto +2819
   81: r1 = r6
   82: r1 += r2
   83: if r1 <= r7 goto +1
   84: goto +2815
   85: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   86: r2 = *(u16 *)(r3 +6)
   87: r2 = be16 r2
   88: r2 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   89: r1 = *(u8 *)(r3 +9)
   90: if r2 != 0 goto +976
   91: if r1 != 6 goto +975
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   92: r2 = *(u64 *)(r10 -16)
   93: if r2 > 16383 goto +2806
   94: r3 = r6
   95: r3 += r2
   96: r1 = r3
   97: r1 += 20
   98: if r1 <= r7 goto +1
   99: goto +2800
  100: r1 = r2
  101: r1 += 1
  102: *(u32 *)(r10 -96) = r1
  103: r2 += 20
  104: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  105: r4 = *(u8 *)(r3 +12)
  106: r4 >>= 4
  107: r4 &= 15
      ; v13: bit<4> = const 5
  108: r2 = 5
      ; v14: bool = ge v12, v13
  109: r1 = 1
  110: if r4 >= r2 goto +1
  111: r1 = 0
      ; verify v14, error HeaderTooShort
  112: if r1 == 0 goto +2787
      ; v15: bit<4> = read_field hdr2.dataOffset
  113: r1 = *(u8 *)(r3 +12)
  114: r1 >>= 4
  115: r1 &= 15
      ; v16: bit<16> = cast v15
  116: r1 &= 65535
      ; v17: bit<16> = const 5
  117: r2 = 5
      ; v18: bit<16> = sub v16, v17
  118: r1 -= r2
  119: r1 &= 65535
      ; v19: bit<16> = const 4
  120: r2 = 4
      ; v20: bit<16> = mul v18, v19
  121: r1 *= r2
  122: r1 &= 65535
      ; write var2, v20
  123: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  124: r1 = *(u8 *)(r3 +13)
  125: r1 &= 18
  126: if r1 != 2 goto +940
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  127: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  128: r1 = *(u8 *)(r10 -24)
  129: if r2 == 0 goto +937
  130: if r1 == 8 goto +936
      ; prs: block5 (parse_option)
      ; extract hdr3
  131: r2 = *(u64 *)(r10 -16)
  132: if r2 > 16383 goto +2767
  133: r3 = r6
  134: r3 += r2
  135: r1 = r3
  136: r1 += 1
  137: if r1 <= r7 goto +1
  138: goto +2761
  139: r1 = r2
  140: r1 += 1
  141: *(u32 *)(r10 -92) = r1
  142: r2 += 1
  143: *(u64 *)(r10 -16) = r2
      ; v24: bit<8> = read var3
  144: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  145: r2 = 1
      ; v26: bit<8> = add v24, v25
  146: r1 += r2
  147: r1 &= 255
      ; write var3, v26
  148: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  149: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  150: r2 = 1
      ; v29: bit<16> = sub v27, v28
  151: r1 -= r2
  152: r1 &= 65535
      ; write var2, v29
  153: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  154: r1 = *(u8 *)(r3 +0)
  155: if r1 == 0 goto +911
  156: if r1 == 1 goto +87
  157: if r1 == 2 goto +69
  158: if r1 == 3 goto +50
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  159: r1 = *(u64 *)(r10 -16)
  160: if r1 > 16383 goto +2739
  161: r2 = r6
  162: r2 += r1
  163: r1 = r2
  164: r1 += 1
  165: if r1 <= r7 goto +1
  166: goto +2733
  167: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  168: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  169: r3 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
  170: r2 = 2
      ; v34: bool = ge v32, v33
  171: r1 = 1
  172: if r3 >= r2 goto +1
  173: r1 = 0
      ; verify v34, error HeaderTooShort
  174: if r1 == 0 goto +2725
      ; v35: bit<8> = read var11
  175: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  176: r2 = r1
  177: w2 = w2
      ; v37: bit<32> = const 1
  178: r1 = 1
      ; v38: bit<32> = sub v36, v37
  179: r2 -= r1
  180: w2 = w2
      ; v39: bit<32> = const 8
  181: r1 = 8
      ; v40: bit<32> = mul v38, v39
  182: r2 *= r1
  183: w2 = w2
      ; advance v40
  184: r1 = r2
  185: r1 &= 7
  186: if r1 != 0 goto +2713
  187: r1 = r2
  188: r1 >>= 3
  189: r2 = *(u64 *)(r10 -16)
  190: r2 += r1
  191: if r2 > 16383 goto +2708
  192: r1 = r6
  193: r1 += r2
  194: if r1 <= r7 goto +1
  195: goto +2704
  196: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  197: r3 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  198: r1 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  199: r2 = r1
  200: r2 &= 65535
      ; v44: bit<16> = const 1
  201: r1 = 1
      ; v45: bit<16> = sub v43, v44
  202: r2 -= r1
  203: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  204: r1 = r3
  205: r1 -= r2
  206: r1 &= 65535
      ; write var2, v46
  207: *(u16 *)(r10 -28) = r1
  208: goto +35
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  209: r2 = *(u64 *)(r10 -16)
  210: if r2 > 16383 goto +2689
  211: r1 = r6
  212: r1 += r2
  213: r1 += 2
  214: if r1 <= r7 goto +1
  215: goto +2684
  216: r1 = r2
  217: r1 += 1
  218: *(u32 *)(r10 -56) = r1
  219: r2 += 2
  220: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  221: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  222: r2 = 2
      ; v49: bit<16> = sub v47, v48
  223: r1 -= r2
  224: r1 &= 65535
      ; write var2, v49
  225: *(u16 *)(r10 -28) = r1
  226: goto +17
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  227: r2 = *(u64 *)(r10 -16)
  228: if r2 > 16383 goto +2671
  229: r1 = r6
  230: r1 += r2
  231: r1 += 3
  232: if r1 <= r7 goto +1
  233: goto +2666
  234: r1 = r2
  235: r1 += 1
  236: *(u32 *)(r10 -60) = r1
  237: r2 += 3
  238: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  239: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  240: r2 = 3
      ; v52: bit<16> = sub v50, v51
  241: r1 -= r2
  242: r1 &= 65535
      ; write var2, v52
  243: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  244: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  245: r1 = *(u8 *)(r10 -24)
  246: if r2 == 0 goto +820
  247: if r1 == 8 goto +819
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  248: r2 = *(u64 *)(r10 -16)
  249: if r2 > 16383 goto +2650
  250: r3 = r6
  251: r3 += r2
  252: r1 = r3
  253: r1 += 1
  254: if r1 <= r7 goto +1
  255: goto +2644
  256: r1 = r2
  257: r1 += 1
  258: *(u32 *)(r10 -88) = r1
  259: r2 += 1
  260: *(u64 *)(r10 -16) = r2
      ; v55: bit<8> = read var3
  261: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  262: r2 = 1
      ; v57: bit<8> = add v55, v56
  263: r1 += r2
  264: r1 &= 255
      ; write var3, v57
  265: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  266: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  267: r2 = 1
      ; v60: bit<16> = sub v58, v59
  268: r1 -= r2
  269: r1 &= 65535
      ; write var2, v60
  270: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  271: r1 = *(u8 *)(r3 +0)
  272: if r1 == 0 goto +794
  273: if r1 == 1 goto +87
  274: if r1 == 2 goto +69
  275: if r1 == 3 goto +50
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  276: r1 = *(u64 *)(r10 -16)
  277: if r1 > 16383 goto +2622
  278: r2 = r6
  279: r2 += r1
  280: r1 = r2
  281: r1 += 1
  282: if r1 <= r7 goto +1
  283: goto +2616
  284: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  285: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  286: r3 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
  287: r2 = 2
      ; v65: bool = ge v63, v64
  288: r1 = 1
  289: if r3 >= r2 goto +1
  290: r1 = 0
      ; verify v65, error HeaderTooShort
  291: if r1 == 0 goto +2608
      ; v66: bit<8> = read var11
  292: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  293: r2 = r1
  294: w2 = w2
      ; v68: bit<32> = const 1
  295: r1 = 1
      ; v69: bit<32> = sub v67, v68
  296: r2 -= r1
  297: w2 = w2
      ; v70: bit<32> = const 8
  298: r1 = 8
      ; v71: bit<32> = mul v69, v70
  299: r2 *= r1
  300: w2 = w2
      ; advance v71
  301: r1 = r2
  302: r1 &= 7
  303: if r1 != 0 goto +2596
  304: r1 = r2
  305: r1 >>= 3
  306: r2 = *(u64 *)(r10 -16)
  307: r2 += r1
  308: if r2 > 16383 goto +2591
  309: r1 = r6
  310: r1 += r2
  311: if r1 <= r7 goto +1
  312: goto +2587
  313: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  314: r3 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  315: r1 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  316: r2 = r1
  317: r2 &= 65535
      ; v75: bit<16> = const 1
  318: r1 = 1
      ; v76: bit<16> = sub v74, v75
  319: r2 -= r1
  320: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  321: r1 = r3
  322: r1 -= r2
  323: r1 &= 65535
      ; write var2, v77
  324: *(u16 *)(r10 -28) = r1
  325: goto +35
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  326: r2 = *(u64 *)(r10 -16)
  327: if r2 > 16383 goto +2572
  328: r1 = r6
  329: r1 += r2
  330: r1 += 2
  331: if r1 <= r7 goto +1
  332: goto +2567
  333: r1 = r2
  334: r1 += 1
  335: *(u32 *)(r10 -56) = r1
  336: r2 += 2
  337: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  338: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  339: r2 = 2
      ; v80: bit<16> = sub v78, v79
  340: r1 -= r2
  341: r1 &= 65535
      ; write var2, v80
  342: *(u16 *)(r10 -28) = r1
  343: goto +17
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  344: r2 = *(u64 *)(r10 -16)
  345: if r2 > 16383 goto +2554
  346: r1 = r6
  347: r1 += r2
  348: r1 += 3
  349: if r1 <= r7 goto +1
  350: goto +2549
  351: r1 = r2
  352: r1 += 1
  353: *(u32 *)(r10 -60) = r1
  354: r2 += 3
  355: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  356: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  357: r2 = 3
      ; v83: bit<16> = sub v81, v82
  358: r1 -= r2
  359: r1 &= 65535
      ; write var2, v83
  360: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  361: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  362: r1 = *(u8 *)(r10 -24)
  363: if r2 == 0 goto +703
  364: if r1 == 8 goto +702
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  365: r2 = *(u64 *)(r10 -16)
  366: if r2 > 16383 goto +2533
  367: r3 = r6
  368: r3 += r2
  369: r1 = r3
  370: r1 += 1
  371: if r1 <= r7 goto +1
  372: goto +2527
  373: r1 = r2
  374: r1 += 1
  375: *(u32 *)(r10 -84) = r1
  376: r2 += 1
  377: *(u64 *)(r10 -16) = r2
      ; v86: bit<8> = read var3
  378: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  379: r2 = 1
      ; v88: bit<8> = add v86, v87
  380: r1 += r2
  381: r1 &= 255
      ; write var3, v88
  382: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  383: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  384: r2 = 1
      ; v91: bit<16> = sub v89, v90
  385: r1 -= r2
  386: r1 &= 65535
      ; write var2, v91
  387: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  388: r1 = *(u8 *)(r3 +0)
  389: if r1 == 0 goto +677
  390: if r1 == 1 goto +87
  391: if r1 == 2 goto +69
  392: if r1 == 3 goto +50
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  393: r1 = *(u64 *)(r10 -16)
  394: if r1 > 16383 goto +2505
  395: r2 = r6
  396: r2 += r1
  397: r1 = r2
  398: r1 += 1
  399: if r1 <= r7 goto +1
  400: goto +2499
  401: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  402: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  403: r3 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
  404: r2 = 2
      ; v96: bool = ge v94, v95
  405: r1 = 1
  406: if r3 >= r2 goto +1
  407: r1 = 0
      ; verify v96, error HeaderTooShort
  408: if r1 == 0 goto +2491
      ; v97: bit<8> = read var11
  409: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  410: r2 = r1
  411: w2 = w2
      ; v99: bit<32> = const 1
  412: r1 = 1
      ; v100: bit<32> = sub v98, v99
  413: r2 -= r1
  414: w2 = w2
      ; v101: bit<32> = const 8
  415: r1 = 8
      ; v102: bit<32> = mul v100, v101
  416: r2 *= r1
  417: w2 = w2
      ; advance v102
  418: r1 = r2
  419: r1 &= 7
  420: if r1 != 0 goto +2479
  421: r1 = r2
  422: r1 >>= 3
  423: r2 = *(u64 *)(r10 -16)
  424: r2 += r1
  425: if r2 > 16383 goto +2474
  426: r1 = r6
  427: r1 += r2
  428: if r1 <= r7 goto +1
  429: goto +2470
  430: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  431: r3 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  432: r1 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  433: r2 = r1
  434: r2 &= 65535
      ; v106: bit<16> = const 1
  435: r1 = 1
      ; v107: bit<16> = sub v105, v106
  436: r2 -= r1
  437: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  438: r1 = r3
  439: r1 -= r2
  440: r1 &= 65535
      ; write var2, v108
  441: *(u16 *)(r10 -28) = r1
  442: goto +35
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  443: r2 = *(u64 *)(r10 -16)
  444: if r2 > 16383 goto +2455
  445: r1 = r6
  446: r1 += r2
  447: r1 += 2
  448: if r1 <= r7 goto +1
  449: goto +2450
  450: r1 = r2
  451: r1 += 1
  452: *(u32 *)(r10 -56) = r1
  453: r2 += 2
  454: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  455: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  456: r2 = 2
      ; v111: bit<16> = sub v109, v110
  457: r1 -= r2
  458: r1 &= 65535
      ; write var2, v111
  459: *(u16 *)(r10 -28) = r1
  460: goto +17
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  461: r2 = *(u64 *)(r10 -16)
  462: if r2 > 16383 goto +2437
  463: r1 = r6
  464: r1 += r2
  465: r1 += 3
  466: if r1 <= r7 goto +1
  467: goto +2432
  468: r1 = r2
  469: r1 += 1
  470: *(u32 *)(r10 -60) = r1
  471: r2 += 3
  472: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  473: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  474: r2 = 3
      ; v114: bit<16> = sub v112, v113
  475: r1 -= r2
  476: r1 &= 65535
      ; write var2, v114
  477: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  478: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  479: r1 = *(u8 *)(r10 -24)
  480: if r2 == 0 goto +586
  481: if r1 == 8 goto +585
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  482: r2 = *(u64 *)(r10 -16)
  483: if r2 > 16383 goto +2416
  484: r3 = r6
  485: r3 += r2
  486: r1 = r3
  487: r1 += 1
  488: if r1 <= r7 goto +1
  489: goto +2410
  490: r1 = r2
  491: r1 += 1
  492: *(u32 *)(r10 -80) = r1
  493: r2 += 1
  494: *(u64 *)(r10 -16) = r2
      ; v117: bit<8> = read var3
  495: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  496: r2 = 1
      ; v119: bit<8> = add v117, v118
  497: r1 += r2
  498: r1 &= 255
      ; write var3, v119
  499: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  500: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  501: r2 = 1
      ; v122: bit<16> = sub v120, v121
  502: r1 -= r2
  503: r1 &= 65535
      ; write var2, v122
  504: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  505: r1 = *(u8 *)(r3 +0)
  506: if r1 == 0 goto +560
  507: if r1 == 1 goto +87
  508: if r1 == 2 goto +69
  509: if r1 == 3 goto +50
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  510: r1 = *(u64 *)(r10 -16)
  511: if r1 > 16383 goto +2388
  512: r2 = r6
  513: r2 += r1
  514: r1 = r2
  515: r1 += 1
  516: if r1 <= r7 goto +1
  517: goto +2382
  518: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  519: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  520: r3 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
  521: r2 = 2
      ; v127: bool = ge v125, v126
  522: r1 = 1
  523: if r3 >= r2 goto +1
  524: r1 = 0
      ; verify v127, error HeaderTooShort
  525: if r1 == 0 goto +2374
      ; v128: bit<8> = read var11
  526: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  527: r2 = r1
  528: w2 = w2
      ; v130: bit<32> = const 1
  529: r1 = 1
      ; v131: bit<32> = sub v129, v130
  530: r2 -= r1
  531: w2 = w2
      ; v132: bit<32> = const 8
  532: r1 = 8
      ; v133: bit<32> = mul v131, v132
  533: r2 *= r1
  534: w2 = w2
      ; advance v133
  535: r1 = r2
  536: r1 &= 7
  537: if r1 != 0 goto +2362
  538: r1 = r2
  539: r1 >>= 3
  540: r2 = *(u64 *)(r10 -16)
  541: r2 += r1
  542: if r2 > 16383 goto +2357
  543: r1 = r6
  544: r1 += r2
  545: if r1 <= r7 goto +1
  546: goto +2353
  547: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  548: r3 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  549: r1 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  550: r2 = r1
  551: r2 &= 65535
      ; v137: bit<16> = const 1
  552: r1 = 1
      ; v138: bit<16> = sub v136, v137
  553: r2 -= r1
  554: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  555: r1 = r3
  556: r1 -= r2
  557: r1 &= 65535
      ; write var2, v139
  558: *(u16 *)(r10 -28) = r1
  559: goto +35
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  560: r2 = *(u64 *)(r10 -16)
  561: if r2 > 16383 goto +2338
  562: r1 = r6
  563: r1 += r2
  564: r1 += 2
  565: if r1 <= r7 goto +1
  566: goto +2333
  567: r1 = r2
  568: r1 += 1
  569: *(u32 *)(r10 -56) = r1
  570: r2 += 2
  571: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  572: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  573: r2 = 2
      ; v142: bit<16> = sub v140, v141
  574: r1 -= r2
  575: r1 &= 65535
      ; write var2, v142
  576: *(u16 *)(r10 -28) = r1
  577: goto +17
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  578: r2 = *(u64 *)(r10 -16)
  579: if r2 > 16383 goto +2320
  580: r1 = r6
  581: r1 += r2
  582: r1 += 3
  583: if r1 <= r7 goto +1
  584: goto +2315
  585: r1 = r2
  586: r1 += 1
  587: *(u32 *)(r10 -60) = r1
  588: r2 += 3
  589: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  590: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  591: r2 = 3
      ; v145: bit<16> = sub v143, v144
  592: r1 -= r2
  593: r1 &= 65535
      ; write var2, v145
  594: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  595: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  596: r1 = *(u8 *)(r10 -24)
  597: if r2 == 0 goto +469
  598: if r1 == 8 goto +468
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  599: r2 = *(u64 *)(r10 -16)
  600: if r2 > 16383 goto +2299
  601: r3 = r6
  602: r3 += r2
  603: r1 = r3
  604: r1 += 1
  605: if r1 <= r7 goto +1
  606: goto +2293
  607: r1 = r2
  608: r1 += 1
  609: *(u32 *)(r10 -76) = r1
  610: r2 += 1
  611: *(u64 *)(r10 -16) = r2
      ; v148: bit<8> = read var3
  612: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  613: r2 = 1
      ; v150: bit<8> = add v148, v149
  614: r1 += r2
  615: r1 &= 255
      ; write var3, v150
  616: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  617: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  618: r2 = 1
      ; v153: bit<16> = sub v151, v152
  619: r1 -= r2
  620: r1 &= 65535
      ; write var2, v153
  621: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  622: r1 = *(u8 *)(r3 +0)
  623: if r1 == 0 goto +443
  624: if r1 == 1 goto +87
  625: if r1 == 2 goto +69
  626: if r1 == 3 goto +50
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  627: r1 = *(u64 *)(r10 -16)
  628: if r1 > 16383 goto +2271
  629: r2 = r6
  630: r2 += r1
  631: r1 = r2
  632: r1 += 1
  633: if r1 <= r7 goto +1
  634: goto +2265
  635: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  636: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  637: r3 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
  638: r2 = 2
      ; v158: bool = ge v156, v157
  639: r1 = 1
  640: if r3 >= r2 goto +1
  641: r1 = 0
      ; verify v158, error HeaderTooShort
  642: if r1 == 0 goto +2257
      ; v159: bit<8> = read var11
  643: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  644: r2 = r1
  645: w2 = w2
      ; v161: bit<32> = const 1
  646: r1 = 1
      ; v162: bit<32> = sub v160, v161
  647: r2 -= r1
  648: w2 = w2
      ; v163: bit<32> = const 8
  649: r1 = 8
      ; v164: bit<32> = mul v162, v163
  650: r2 *= r1
  651: w2 = w2
      ; advance v164
  652: r1 = r2
  653: r1 &= 7
  654: if r1 != 0 goto +2245
  655: r1 = r2
  656: r1 >>= 3
  657: r2 = *(u64 *)(r10 -16)
  658: r2 += r1
  659: if r2 > 16383 goto +2240
  660: r1 = r6
  661: r1 += r2
  662: if r1 <= r7 goto +1
  663: goto +2236
  664: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  665: r3 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  666: r1 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  667: r2 = r1
  668: r2 &= 65535
      ; v168: bit<16> = const 1
  669: r1 = 1
      ; v169: bit<16> = sub v167, v168
  670: r2 -= r1
  671: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  672: r1 = r3
  673: r1 -= r2
  674: r1 &= 65535
      ; write var2, v170
  675: *(u16 *)(r10 -28) = r1
  676: goto +35
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  677: r2 = *(u64 *)(r10 -16)
  678: if r2 > 16383 goto +2221
  679: r1 = r6
  680: r1 += r2
  681: r1 += 2
  682: if r1 <= r7 goto +1
  683: goto +2216
  684: r1 = r2
  685: r1 += 1
  686: *(u32 *)(r10 -56) = r1
  687: r2 += 2
  688: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  689: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  690: r2 = 2
      ; v173: bit<16> = sub v171, v172
  691: r1 -= r2
  692: r1 &= 65535
      ; write var2, v173
  693: *(u16 *)(r10 -28) = r1
  694: goto +17
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  695: r2 = *(u64 *)(r10 -16)
  696: if r2 > 16383 goto +2203
  697: r1 = r6
  698: r1 += r2
  699: r1 += 3
  700: if r1 <= r7 goto +1
  701: goto +2198
  702: r1 = r2
  703: r1 += 1
  704: *(u32 *)(r10 -60) = r1
  705: r2 += 3
  706: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  707: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  708: r2 = 3
      ; v176: bit<16> = sub v174, v175
  709: r1 -= r2
  710: r1 &= 65535
      ; write var2, v176
  711: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  712: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  713: r1 = *(u8 *)(r10 -24)
  714: if r2 == 0 goto +352
  715: if r1 == 8 goto +351
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  716: r2 = *(u64 *)(r10 -16)
  717: if r2 > 16383 goto +2182
  718: r3 = r6
  719: r3 += r2
  720: r1 = r3
  721: r1 += 1
  722: if r1 <= r7 goto +1
  723: goto +2176
  724: r1 = r2
  725: r1 += 1
  726: *(u32 *)(r10 -72) = r1
  727: r2 += 1
  728: *(u64 *)(r10 -16) = r2
      ; v179: bit<8> = read var3
  729: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  730: r2 = 1
      ; v181: bit<8> = add v179, v180
  731: r1 += r2
  732: r1 &= 255
      ; write var3, v181
  733: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  734: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  735: r2 = 1
      ; v184: bit<16> = sub v182, v183
  736: r1 -= r2
  737: r1 &= 65535
      ; write var2, v184
  738: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  739: r1 = *(u8 *)(r3 +0)
  740: if r1 == 0 goto +326
  741: if r1 == 1 goto +87
  742: if r1 == 2 goto +69
  743: if r1 == 3 goto +50
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  744: r1 = *(u64 *)(r10 -16)
  745: if r1 > 16383 goto +2154
  746: r2 = r6
  747: r2 += r1
  748: r1 = r2
  749: r1 += 1
  750: if r1 <= r7 goto +1
  751: goto +2148
  752: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  753: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  754: r3 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
  755: r2 = 2
      ; v189: bool = ge v187, v188
  756: r1 = 1
  757: if r3 >= r2 goto +1
  758: r1 = 0
      ; verify v189, error HeaderTooShort
  759: if r1 == 0 goto +2140
      ; v190: bit<8> = read var11
  760: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  761: r2 = r1
  762: w2 = w2
      ; v192: bit<32> = const 1
  763: r1 = 1
      ; v193: bit<32> = sub v191, v192
  764: r2 -= r1
  765: w2 = w2
      ; v194: bit<32> = const 8
  766: r1 = 8
      ; v195: bit<32> = mul v193, v194
  767: r2 *= r1
  768: w2 = w2
      ; advance v195
  769: r1 = r2
  770: r1 &= 7
  771: if r1 != 0 goto +2128
  772: r1 = r2
  773: r1 >>= 3
  774: r2 = *(u64 *)(r10 -16)
  775: r2 += r1
  776: if r2 > 16383 goto +2123
  777: r1 = r6
  778: r1 += r2
  779: if r1 <= r7 goto +1
  780: goto +2119
  781: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  782: r3 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  783: r1 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  784: r2 = r1
  785: r2 &= 65535
      ; v199: bit<16> = const 1
  786: r1 = 1
      ; v200: bit<16> = sub v198, v199
  787: r2 -= r1
  788: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  789: r1 = r3
  790: r1 -= r2
  791: r1 &= 65535
      ; write var2, v201
  792: *(u16 *)(r10 -28) = r1
  793: goto +35
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  794: r2 = *(u64 *)(r10 -16)
  795: if r2 > 16383 goto +2104
  796: r1 = r6
  797: r1 += r2
  798: r1 += 2
  799: if r1 <= r7 goto +1
  800: goto +2099
  801: r1 = r2
  802: r1 += 1
  803: *(u32 *)(r10 -56) = r1
  804: r2 += 2
  805: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  806: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  807: r2 = 2
      ; v204: bit<16> = sub v202, v203
  808: r1 -= r2
  809: r1 &= 65535
      ; write var2, v204
  810: *(u16 *)(r10 -28) = r1
  811: goto +17
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  812: r2 = *(u64 *)(r10 -16)
  813: if r2 > 16383 goto +2086
  814: r1 = r6
  815: r1 += r2
  816: r1 += 3
  817: if r1 <= r7 goto +1
  818: goto +2081
  819: r1 = r2
  820: r1 += 1
  821: *(u32 *)(r10 -60) = r1
  822: r2 += 3
  823: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  824: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
  825: r2 = 3
      ; v207: bit<16> = sub v205, v206
  826: r1 -= r2
  827: r1 &= 65535
      ; write var2, v207
  828: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  829: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  830: r1 = *(u8 *)(r10 -24)
  831: if r2 == 0 goto +235
  832: if r1 == 8 goto +234
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  833: r2 = *(u64 *)(r10 -16)
  834: if r2 > 16383 goto +2065
  835: r3 = r6
  836: r3 += r2
  837: r1 = r3
  838: r1 += 1
  839: if r1 <= r7 goto +1
  840: goto +2059
  841: r1 = r2
  842: r1 += 1
  843: *(u32 *)(r10 -68) = r1
  844: r2 += 1
  845: *(u64 *)(r10 -16) = r2
      ; v210: bit<8> = read var3
  846: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
  847: r2 = 1
      ; v212: bit<8> = add v210, v211
  848: r1 += r2
  849: r1 &= 255
      ; write var3, v212
  850: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  851: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
  852: r2 = 1
      ; v215: bit<16> = sub v213, v214
  853: r1 -= r2
  854: r1 &= 65535
      ; write var2, v215
  855: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  856: r1 = *(u8 *)(r3 +0)
  857: if r1 == 0 goto +209
  858: if r1 == 1 goto +87
  859: if r1 == 2 goto +69
  860: if r1 == 3 goto +50
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  861: r1 = *(u64 *)(r10 -16)
  862: if r1 > 16383 goto +2037
  863: r2 = r6
  864: r2 += r1
  865: r1 = r2
  866: r1 += 1
  867: if r1 <= r7 goto +1
  868: goto +2031
  869: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  870: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  871: r3 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
  872: r2 = 2
      ; v220: bool = ge v218, v219
  873: r1 = 1
  874: if r3 >= r2 goto +1
  875: r1 = 0
      ; verify v220, error HeaderTooShort
  876: if r1 == 0 goto +2023
      ; v221: bit<8> = read var11
  877: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
  878: r2 = r1
  879: w2 = w2
      ; v223: bit<32> = const 1
  880: r1 = 1
      ; v224: bit<32> = sub v222, v223
  881: r2 -= r1
  882: w2 = w2
      ; v225: bit<32> = const 8
  883: r1 = 8
      ; v226: bit<32> = mul v224, v225
  884: r2 *= r1
  885: w2 = w2
      ; advance v226
  886: r1 = r2
  887: r1 &= 7
  888: if r1 != 0 goto +2011
  889: r1 = r2
  890: r1 >>= 3
  891: r2 = *(u64 *)(r10 -16)
  892: r2 += r1
  893: if r2 > 16383 goto +2006
  894: r1 = r6
  895: r1 += r2
  896: if r1 <= r7 goto +1
  897: goto +2002
  898: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  899: r3 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  900: r1 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
  901: r2 = r1
  902: r2 &= 65535
      ; v230: bit<16> = const 1
  903: r1 = 1
      ; v231: bit<16> = sub v229, v230
  904: r2 -= r1
  905: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  906: r1 = r3
  907: r1 -= r2
  908: r1 &= 65535
      ; write var2, v232
  909: *(u16 *)(r10 -28) = r1
  910: goto +35
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  911: r2 = *(u64 *)(r10 -16)
  912: if r2 > 16383 goto +1987
  913: r1 = r6
  914: r1 += r2
  915: r1 += 2
  916: if r1 <= r7 goto +1
  917: goto +1982
  918: r1 = r2
  919: r1 += 1
  920: *(u32 *)(r10 -56) = r1
  921: r2 += 2
  922: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  923: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
  924: r2 = 2
      ; v235: bit<16> = sub v233, v234
  925: r1 -= r2
  926: r1 &= 65535
      ; write var2, v235
  927: *(u16 *)(r10 -28) = r1
  928: goto +17
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  929: r2 = *(u64 *)(r10 -16)
  930: if r2 > 16383 goto +1969
  931: r1 = r6
  932: r1 += r2
  933: r1 += 3
  934: if r1 <= r7 goto +1
  935: goto +1964
  936: r1 = r2
  937: r1 += 1
  938: *(u32 *)(r10 -60) = r1
  939: r2 += 3
  940: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  941: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
  942: r2 = 3
      ; v238: bit<16> = sub v236, v237
  943: r1 -= r2
  944: r1 &= 65535
      ; write var2, v238
  945: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  946: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  947: r1 = *(u8 *)(r10 -24)
  948: if r2 == 0 goto +118
  949: if r1 == 8 goto +117
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  950: r2 = *(u64 *)(r10 -16)
  951: if r2 > 16383 goto +1948
  952: r3 = r6
  953: r3 += r2
  954: r1 = r3
  955: r1 += 1
  956: if r1 <= r7 goto +1
  957: goto +1942
  958: r1 = r2
  959: r1 += 1
  960: *(u32 *)(r10 -64) = r1
  961: r2 += 1
  962: *(u64 *)(r10 -16) = r2
      ; v241: bit<8> = read var3
  963: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
  964: r2 = 1
      ; v243: bit<8> = add v241, v242
  965: r1 += r2
  966: r1 &= 255
      ; write var3, v243
  967: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  968: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
  969: r2 = 1
      ; v246: bit<16> = sub v244, v245
  970: r1 -= r2
  971: r1 &= 65535
      ; write var2, v246
  972: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  973: r1 = *(u8 *)(r3 +0)
  974: if r1 == 0 goto +92
  975: if r1 == 1 goto +87
  976: if r1 == 2 goto +69
  977: if r1 == 3 goto +50
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  978: r1 = *(u64 *)(r10 -16)
  979: if r1 > 16383 goto +1920
  980: r2 = r6
  981: r2 += r1
  982: r1 = r2
  983: r1 += 1
  984: if r1 <= r7 goto +1
  985: goto +1914
  986: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  987: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  988: r3 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
  989: r2 = 2
      ; v251: bool = ge v249, v250
  990: r1 = 1
  991: if r3 >= r2 goto +1
  992: r1 = 0
      ; verify v251, error HeaderTooShort
  993: if r1 == 0 goto +1906
      ; v252: bit<8> = read var11
  994: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
  995: r2 = r1
  996: w2 = w2
      ; v254: bit<32> = const 1
  997: r1 = 1
      ; v255: bit<32> = sub v253, v254
  998: r2 -= r1
  999: w2 = w2
      ; v256: bit<32> = const 8
 1000: r1 = 8
      ; v257: bit<32> = mul v255, v256
 1001: r2 *= r1
 1002: w2 = w2
      ; advance v257
 1003: r1 = r2
 1004: r1 &= 7
 1005: if r1 != 0 goto +1894
 1006: r1 = r2
 1007: r1 >>= 3
 1008: r2 = *(u64 *)(r10 -16)
 1009: r2 += r1
 1010: if r2 > 16383 goto +1889
 1011: r1 = r6
 1012: r1 += r2
 1013: if r1 <= r7 goto +1
 1014: goto +1885
 1015: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1016: r3 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1017: r1 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1018: r2 = r1
 1019: r2 &= 65535
      ; v261: bit<16> = const 1
 1020: r1 = 1
      ; v262: bit<16> = sub v260, v261
 1021: r2 -= r1
 1022: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
 1023: r1 = r3
 1024: r1 -= r2
 1025: r1 &= 65535
      ; write var2, v263
 1026: *(u16 *)(r10 -28) = r1
 1027: goto +35
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1028: r2 = *(u64 *)(r10 -16)
 1029: if r2 > 16383 goto +1870
 1030: r1 = r6
 1031: r1 += r2
 1032: r1 += 2
 1033: if r1 <= r7 goto +1
 1034: goto +1865
 1035: r1 = r2
 1036: r1 += 1
 1037: *(u32 *)(r10 -56) = r1
 1038: r2 += 2
 1039: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
 1040: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1041: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1042: r1 -= r2
 1043: r1 &= 65535
      ; write var2, v266
 1044: *(u16 *)(r10 -28) = r1
 1045: goto +17
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1046: r2 = *(u64 *)(r10 -16)
 1047: if r2 > 16383 goto +1852
 1048: r1 = r6
 1049: r1 += r2
 1050: r1 += 3
 1051: if r1 <= r7 goto +1
 1052: goto +1847
 1053: r1 = r2
 1054: r1 += 1
 1055: *(u32 *)(r10 -60) = r1
 1056: r2 += 3
 1057: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
 1058: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1059: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1060: r1 -= r2
 1061: r1 &= 65535
      ; write var2, v269
 1062: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1063: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1064: r1 = *(u8 *)(r10 -24)
 1065: if r2 == 0 goto +1
 1066: if r1 != 8 goto +1833
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
 1067: r1 = *(u32 *)(r10 -96)
 1068: if r1 == 0 goto +1
 1069: r1 = 1
      ; v1: bool = not v0
 1070: r8 = r1
 1071: r8 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1072: r1 = *(u32 *)(r10 -96)
 1073: if r1 == 0 goto +7
 1074: r1 -= 1
 1075: if r1 > 16383 goto +5
 1076: r3 = r6
 1077: r3 += r1
 1078: r1 = r3
 1079: r1 += 20
 1080: if r1 <= r7 goto +1
 1081: r3 = 0
 1082: r2 = 0
 1083: if r3 == 0 goto +1
 1084: r2 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1085: r1 = 18
      ; v4: bit<8> = and v2, v3
 1086: r4 = r2
 1087: r4 &= r1
      ; v5: bit<8> = const 2
 1088: r1 = 2
      ; v6: bool = ne v4, v5
 1089: r2 = 1
 1090: if r4 != r1 goto +1
 1091: r2 = 0
      ; v7: bool = logical_or v1, v6
 1092: r1 = r8
 1093: r1 |= r2
 1094: if r1 != 0 goto +1826
      ; v8: bit<16> = read_field hdr11.mss
 1095: r1 = *(u32 *)(r10 -60)
 1096: if r1 == 0 goto +7
 1097: r1 -= 1
 1098: if r1 > 16383 goto +5
 1099: r2 = r6
 1100: r2 += r1
 1101: r1 = r2
 1102: r1 += 3
 1103: if r1 <= r7 goto +1
 1104: r2 = 0
 1105: r4 = 0
 1106: if r2 == 0 goto +2
 1107: r4 = *(u16 *)(r2 +1)
 1108: r4 = be16 r4
      ; v9: bit<16> = const 0
 1109: r1 = 0
      ; v10: bool = ne v8, v9
 1110: r9 = 1
 1111: if r4 != r1 goto +1
 1112: r9 = 0
      ; v11: bit<16> = read_field hdr2.window
 1113: r4 = 0
 1114: if r3 == 0 goto +2
 1115: r4 = *(u16 *)(r3 +14)
 1116: r4 = be16 r4
      ; v12: bit<16> = read_field hdr11.mss
 1117: r1 = 0
 1118: if r2 == 0 goto +2
 1119: r1 = *(u16 *)(r2 +1)
 1120: r1 = be16 r1
      ; v13: bit<16> = mod v11, v12
 1121: r8 = 0
 1122: if r1 == 0 goto +2
 1123: r8 = r4
 1124: r8 %= r1
      ; v14: bit<16> = const 0
 1125: r1 = 0
      ; v15: bool = eq v13, v14
 1126: r4 = 1
 1127: if r8 == r1 goto +1
 1128: r4 = 0
      ; v16: bool = logical_and v10, v15
 1129: r1 = r9
 1130: r1 &= r4
 1131: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
 1132: r8 = 0
 1133: if r3 == 0 goto +2
 1134: r8 = *(u16 *)(r3 +14)
 1135: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
 1136: r4 = 0
 1137: if r2 == 0 goto +2
 1138: r4 = *(u16 *)(r2 +1)
 1139: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1140: r1 = 0
 1141: if r4 == 0 goto +2
 1142: r1 = r8
 1143: r1 /= r4
      ; write var4, v19
 1144: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1145: r1 = *(u32 *)(r10 -92)
 1146: if r1 == 0 goto +7
 1147: r1 -= 1
 1148: if r1 > 16383 goto +5
 1149: r4 = r6
 1150: r4 += r1
 1151: r1 = r4
 1152: r1 += 1
 1153: if r1 <= r7 goto +1
 1154: r4 = 0
 1155: r8 = 0
 1156: if r4 == 0 goto +1
 1157: r8 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1158: r1 = *(u32 *)(r10 -88)
 1159: if r1 == 0 goto +7
 1160: r1 -= 1
 1161: if r1 > 16383 goto +5
 1162: r4 = r6
 1163: r4 += r1
 1164: r1 = r4
 1165: r1 += 1
 1166: if r1 <= r7 goto +1
 1167: r4 = 0
 1168: r1 = 0
 1169: if r4 == 0 goto +1
 1170: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1171: r8 <<= 8
 1172: r8 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1173: r1 = *(u32 *)(r10 -84)
 1174: if r1 == 0 goto +7
 1175: r1 -= 1
 1176: if r1 > 16383 goto +5
 1177: r4 = r6
 1178: r4 += r1
 1179: r1 = r4
 1180: r1 += 1
 1181: if r1 <= r7 goto +1
 1182: r4 = 0
 1183: r1 = 0
 1184: if r4 == 0 goto +1
 1185: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1186: r8 <<= 8
 1187: r8 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1188: r1 = *(u32 *)(r10 -80)
 1189: if r1 == 0 goto +7
 1190: r1 -= 1
 1191: if r1 > 16383 goto +5
 1192: r4 = r6
 1193: r4 += r1
 1194: r1 = r4
 1195: r1 += 1
 1196: if r1 <= r7 goto +1
 1197: r4 = 0
 1198: r1 = 0
 1199: if r4 == 0 goto +1
 1200: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1201: r8 <<= 8
 1202: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1203: r1 = *(u32 *)(r10 -76)
 1204: if r1 == 0 goto +7
 1205: r1 -= 1
 1206: if r1 > 16383 goto +5
 1207: r4 = r6
 1208: r4 += r1
 1209: r1 = r4
 1210: r1 += 1
 1211: if r1 <= r7 goto +1
 1212: r4 = 0
 1213: r1 = 0
 1214: if r4 == 0 goto +1
 1215: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1216: r8 <<= 8
 1217: r8 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1218: r1 = *(u32 *)(r10 -72)
 1219: if r1 == 0 goto +7
 1220: r1 -= 1
 1221: if r1 > 16383 goto +5
 1222: r4 = r6
 1223: r4 += r1
 1224: r1 = r4
 1225: r1 += 1
 1226: if r1 <= r7 goto +1
 1227: r4 = 0
 1228: r1 = 0
 1229: if r4 == 0 goto +1
 1230: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1231: r8 <<= 8
 1232: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1233: r1 = *(u32 *)(r10 -68)
 1234: if r1 == 0 goto +7
 1235: r1 -= 1
 1236: if r1 > 16383 goto +5
 1237: r4 = r6
 1238: r4 += r1
 1239: r1 = r4
 1240: r1 += 1
 1241: if r1 <= r7 goto +1
 1242: r4 = 0
 1243: r1 = 0
 1244: if r4 == 0 goto +1
 1245: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1246: r9 = r8
 1247: r9 <<= 8
 1248: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1249: r1 = *(u32 *)(r10 -64)
 1250: if r1 == 0 goto +7
 1251: r1 -= 1
 1252: if r1 > 16383 goto +5
 1253: r8 = r6
 1254: r8 += r1
 1255: r1 = r8
 1256: r1 += 1
 1257: if r1 <= r7 goto +1
 1258: r8 = 0
 1259: r4 = 0
 1260: if r8 == 0 goto +1
 1261: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1262: r1 = r9
 1263: r1 <<= 8
 1264: r1 |= r4
      ; write var5, v34
 1265: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1266: r1 = *(u32 *)(r10 -100)
 1267: if r1 == 0 goto +7
 1268: r1 -= 1
 1269: if r1 > 16383 goto +5
 1270: r4 = r6
 1271: r4 += r1
 1272: r1 = r4
 1273: r1 += 20
 1274: if r1 <= r7 goto +1
 1275: r4 = 0
 1276: r1 = 0
 1277: if r4 == 0 goto +1
 1278: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1279: r9 = 0
 1280: if r3 == 0 goto +2
 1281: r9 = *(u16 *)(r3 +14)
 1282: r9 = be16 r9
      ; v37: bit<16> = read var4
 1283: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1284: r4 = 0
 1285: if r2 == 0 goto +2
 1286: r4 = *(u16 *)(r2 +1)
 1287: r4 = be16 r4
      ; v39: bit<8> = read_field hdr12.shift
 1288: r3 = *(u32 *)(r10 -56)
 1289: if r3 == 0 goto +7
 1290: r3 -= 1
 1291: if r3 > 16383 goto +5
 1292: r2 = r6
 1293: r2 += r3
 1294: r3 = r2
 1295: r3 += 2
 1296: if r3 <= r7 goto +1
 1297: r2 = 0
 1298: r3 = 0
 1299: if r2 == 0 goto +1
 1300: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1301: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1302: *(u64 *)(r10 -144) = 0
 1303: *(u64 *)(r10 -136) = 0
 1304: *(u8 *)(r10 -144) = r1
 1305: r1 = r9
 1306: *(u8 *)(r10 -142) = r1
 1307: r1 >>= 8
 1308: *(u8 *)(r10 -143) = r1
 1309: r1 = r8
 1310: *(u8 *)(r10 -140) = r1
 1311: r1 >>= 8
 1312: *(u8 *)(r10 -141) = r1
 1313: r1 = r4
 1314: *(u8 *)(r10 -138) = r1
 1315: r1 >>= 8
 1316: *(u8 *)(r10 -139) = r1
 1317: r1 = r3
 1318: *(u8 *)(r10 -137) = r1
 1319: r1 = r2
 1320: r1 = be64 r1
 1321: *(u64 *)(r10 -136) = r1
 1322: r2 = 0
 1323: r1 = 0
 1324: *(u64 *)(r10 -224) = r2
 1325: *(u64 *)(r10 -232) = r1
 1326: *(u32 *)(r10 -216) = 0
 1327: r1 = map[pipe_p0f_signatures_masks] ll
 1329: r2 = r10
 1330: r2 += -216
 1331: call bpf_map_lookup_elem
 1332: r3 = r0
 1333: if r3 == 0 goto +1496
 1334: r1 = *(u32 *)(r3 +0)
 1335: if r1 == 0 goto +1494
 1336: *(u32 *)(r10 -184) = 0
 1337: r2 = *(u32 *)(r10 -144)
 1338: r1 = *(u32 *)(r3 +8)
 1339: r2 &= r1
 1340: *(u32 *)(r10 -180) = r2
 1341: r2 = *(u32 *)(r10 -140)
 1342: r1 = *(u32 *)(r3 +12)
 1343: r2 &= r1
 1344: *(u32 *)(r10 -176) = r2
 1345: r2 = *(u32 *)(r10 -136)
 1346: r1 = *(u32 *)(r3 +16)
 1347: r2 &= r1
 1348: *(u32 *)(r10 -172) = r2
 1349: r2 = *(u32 *)(r10 -132)
 1350: r1 = *(u32 *)(r3 +20)
 1351: r2 &= r1
 1352: *(u32 *)(r10 -168) = r2
 1353: r1 = map[pipe_p0f_signatures] ll
 1355: r2 = r10
 1356: r2 += -184
 1357: call bpf_map_lookup_elem
 1358: r3 = r0
 1359: if r3 == 0 goto +13
 1360: r2 = *(u32 *)(r3 +4)
 1361: r1 = *(u64 *)(r10 -224)
 1362: if r1 == 0 goto +2
 1363: r1 = *(u64 *)(r10 -232)
 1364: if r2 <= r1 goto +8
 1365: *(u64 *)(r10 -224) = 1
 1366: *(u64 *)(r10 -232) = r2
 1367: r1 = *(u32 *)(r3 +0)
 1368: *(u32 *)(r10 -208) = r1
 1369: r1 = *(u32 *)(r3 +4)
 1370: *(u32 *)(r10 -204) = r1
 1371: r1 = *(u32 *)(r3 +8)
 1372: *(u32 *)(r10 -200) = r1
 1373: *(u32 *)(r10 -216) = 1
 1374: r1 = map[pipe_p0f_signatures_masks] ll
 1376: r2 = r10
 1377: r2 += -216
 1378: call bpf_map_lookup_elem
 1379: r3 = r0
 1380: if r3 == 0 goto +1449
 1381: r1 = *(u32 *)(r3 +0)
 1382: if r1 == 0 goto +1447
 1383: *(u32 *)(r10 -184) = 1
 1384: r2 = *(u32 *)(r10 -144)
 1385: r1 = *(u32 *)(r3 +8)
 1386: r2 &= r1
 1387: *(u32 *)(r10 -180) = r2
 1388: r2 = *(u32 *)(r10 -140)
 1389: r1 = *(u32 *)(r3 +12)
 1390: r2 &= r1
 1391: *(u32 *)(r10 -176) = r2
 1392: r2 = *(u32 *)(r10 -136)
 1393: r1 = *(u32 *)(r3 +16)
 1394: r2 &= r1
 1395: *(u32 *)(r10 -172) = r2
 1396: r2 = *(u32 *)(r10 -132)
 1397: r1 = *(u32 *)(r3 +20)
 1398: r2 &= r1
 1399: *(u32 *)(r10 -168) = r2
 1400: r1 = map[pipe_p0f_signatures] ll
 1402: r2 = r10
 1403: r2 += -184
 1404: call bpf_map_lookup_elem
 1405: r3 = r0
 1406: if r3 == 0 goto +13
 1407: r2 = *(u32 *)(r3 +4)
 1408: r1 = *(u64 *)(r10 -224)
 1409: if r1 == 0 goto +2
 1410: r1 = *(u64 *)(r10 -232)
 1411: if r2 <= r1 goto +8
 1412: *(u64 *)(r10 -224) = 1
 1413: *(u64 *)(r10 -232) = r2
 1414: r1 = *(u32 *)(r3 +0)
 1415: *(u32 *)(r10 -208) = r1
 1416: r1 = *(u32 *)(r3 +4)
 1417: *(u32 *)(r10 -204) = r1
 1418: r1 = *(u32 *)(r3 +8)
 1419: *(u32 *)(r10 -200) = r1
 1420: *(u32 *)(r10 -216) = 2
 1421: r1 = map[pipe_p0f_signatures_masks] ll
 1423: r2 = r10
 1424: r2 += -216
 1425: call bpf_map_lookup_elem
 1426: r3 = r0
 1427: if r3 == 0 goto +1402
 1428: r1 = *(u32 *)(r3 +0)
 1429: if r1 == 0 goto +1400
 1430: *(u32 *)(r10 -184) = 2
 1431: r2 = *(u32 *)(r10 -144)
 1432: r1 = *(u32 *)(r3 +8)
 1433: r2 &= r1
 1434: *(u32 *)(r10 -180) = r2
 1435: r2 = *(u32 *)(r10 -140)
 1436: r1 = *(u32 *)(r3 +12)
 1437: r2 &= r1
 1438: *(u32 *)(r10 -176) = r2
 1439: r2 = *(u32 *)(r10 -136)
 1440: r1 = *(u32 *)(r3 +16)
 1441: r2 &= r1
 1442: *(u32 *)(r10 -172) = r2
 1443: r2 = *(u32 *)(r10 -132)
 1444: r1 = *(u32 *)(r3 +20)
 1445: r2 &= r1
 1446: *(u32 *)(r10 -168) = r2
 1447: r1 = map[pipe_p0f_signatures] ll
 1449: r2 = r10
 1450: r2 += -184
 1451: call bpf_map_lookup_elem
 1452: r3 = r0
 1453: if r3 == 0 goto +13
 1454: r2 = *(u32 *)(r3 +4)
 1455: r1 = *(u64 *)(r10 -224)
 1456: if r1 == 0 goto +2
 1457: r1 = *(u64 *)(r10 -232)
 1458: if r2 <= r1 goto +8
 1459: *(u64 *)(r10 -224) = 1
 1460: *(u64 *)(r10 -232) = r2
 1461: r1 = *(u32 *)(r3 +0)
 1462: *(u32 *)(r10 -208) = r1
 1463: r1 = *(u32 *)(r3 +4)
 1464: *(u32 *)(r10 -204) = r1
 1465: r1 = *(u32 *)(r3 +8)
 1466: *(u32 *)(r10 -200) = r1
 1467: *(u32 *)(r10 -216) = 3
 1468: r1 = map[pipe_p0f_signatures_masks] ll
 1470: r2 = r10
 1471: r2 += -216
 1472: call bpf_map_lookup_elem
 1473: r3 = r0
 1474: if r3 == 0 goto +1355
 1475: r1 = *(u32 *)(r3 +0)
 1476: if r1 == 0 goto +1353
 1477: *(u32 *)(r10 -184) = 3
 1478: r2 = *(u32 *)(r10 -144)
 1479: r1 = *(u32 *)(r3 +8)
 1480: r2 &= r1
 1481: *(u32 *)(r10 -180) = r2
 1482: r2 = *(u32 *)(r10 -140)
 1483: r1 = *(u32 *)(r3 +12)
 1484: r2 &= r1
 1485: *(u32 *)(r10 -176) = r2
 1486: r2 = *(u32 *)(r10 -136)
 1487: r1 = *(u32 *)(r3 +16)
 1488: r2 &= r1
 1489: *(u32 *)(r10 -172) = r2
 1490: r2 = *(u32 *)(r10 -132)
 1491: r1 = *(u32 *)(r3 +20)
 1492: r2 &= r1
 1493: *(u32 *)(r10 -168) = r2
 1494: r1 = map[pipe_p0f_signatures] ll
 1496: r2 = r10
 1497: r2 += -184
 1498: call bpf_map_lookup_elem
 1499: r3 = r0
 1500: if r3 == 0 goto +13
 1501: r2 = *(u32 *)(r3 +4)
 1502: r1 = *(u64 *)(r10 -224)
 1503: if r1 == 0 goto +2
 1504: r1 = *(u64 *)(r10 -232)
 1505: if r2 <= r1 goto +8
 1506: *(u64 *)(r10 -224) = 1
 1507: *(u64 *)(r10 -232) = r2
 1508: r1 = *(u32 *)(r3 +0)
 1509: *(u32 *)(r10 -208) = r1
 1510: r1 = *(u32 *)(r3 +4)
 1511: *(u32 *)(r10 -204) = r1
 1512: r1 = *(u32 *)(r3 +8)
 1513: *(u32 *)(r10 -200) = r1
 1514: *(u32 *)(r10 -216) = 4
 1515: r1 = map[pipe_p0f_signatures_masks] ll
 1517: r2 = r10
 1518: r2 += -216
 1519: call bpf_map_lookup_elem
 1520: r3 = r0
 1521: if r3 == 0 goto +1308
 1522: r1 = *(u32 *)(r3 +0)
 1523: if r1 == 0 goto +1306
 1524: *(u32 *)(r10 -184) = 4
 1525: r2 = *(u32 *)(r10 -144)
 1526: r1 = *(u32 *)(r3 +8)
 1527: r2 &= r1
 1528: *(u32 *)(r10 -180) = r2
 1529: r2 = *(u32 *)(r10 -140)
 1530: r1 = *(u32 *)(r3 +12)
 1531: r2 &= r1
 1532: *(u32 *)(r10 -176) = r2
 1533: r2 = *(u32 *)(r10 -136)
 1534: r1 = *(u32 *)(r3 +16)
 1535: r2 &= r1
 1536: *(u32 *)(r10 -172) = r2
 1537: r2 = *(u32 *)(r10 -132)
 1538: r1 = *(u32 *)(r3 +20)
 1539: r2 &= r1
 1540: *(u32 *)(r10 -168) = r2
 1541: r1 = map[pipe_p0f_signatures] ll
 1543: r2 = r10
 1544: r2 += -184
 1545: call bpf_map_lookup_elem
 1546: r3 = r0
 1547: if r3 == 0 goto +13
 1548: r2 = *(u32 *)(r3 +4)
 1549: r1 = *(u64 *)(r10 -224)
 1550: if r1 == 0 goto +2
 1551: r1 = *(u64 *)(r10 -232)
 1552: if r2 <= r1 goto +8
 1553: *(u64 *)(r10 -224) = 1
 1554: *(u64 *)(r10 -232) = r2
 1555: r1 = *(u32 *)(r3 +0)
 1556: *(u32 *)(r10 -208) = r1
 1557: r1 = *(u32 *)(r3 +4)
 1558: *(u32 *)(r10 -204) = r1
 1559: r1 = *(u32 *)(r3 +8)
 1560: *(u32 *)(r10 -200) = r1
 1561: *(u32 *)(r10 -216) = 5
 1562: r1 = map[pipe_p0f_signatures_masks] ll
 1564: r2 = r10
 1565: r2 += -216
 1566: call bpf_map_lookup_elem
 1567: r3 = r0
 1568: if r3 == 0 goto +1261
 1569: r1 = *(u32 *)(r3 +0)
 1570: if r1 == 0 goto +1259
 1571: *(u32 *)(r10 -184) = 5
 1572: r2 = *(u32 *)(r10 -144)
 1573: r1 = *(u32 *)(r3 +8)
 1574: r2 &= r1
 1575: *(u32 *)(r10 -180) = r2
 1576: r2 = *(u32 *)(r10 -140)
 1577: r1 = *(u32 *)(r3 +12)
 1578: r2 &= r1
 1579: *(u32 *)(r10 -176) = r2
 1580: r2 = *(u32 *)(r10 -136)
 1581: r1 = *(u32 *)(r3 +16)
 1582: r2 &= r1
 1583: *(u32 *)(r10 -172) = r2
 1584: r2 = *(u32 *)(r10 -132)
 1585: r1 = *(u32 *)(r3 +20)
 1586: r2 &= r1
 1587: *(u32 *)(r10 -168) = r2
 1588: r1 = map[pipe_p0f_signatures] ll
 1590: r2 = r10
 1591: r2 += -184
 1592: call bpf_map_lookup_elem
 1593: r3 = r0
 1594: if r3 == 0 goto +13
 1595: r2 = *(u32 *)(r3 +4)
 1596: r1 = *(u64 *)(r10 -224)
 1597: if r1 == 0 goto +2
 1598: r1 = *(u64 *)(r10 -232)
 1599: if r2 <= r1 goto +8
 1600: *(u64 *)(r10 -224) = 1
 1601: *(u64 *)(r10 -232) = r2
 1602: r1 = *(u32 *)(r3 +0)
 1603: *(u32 *)(r10 -208) = r1
 1604: r1 = *(u32 *)(r3 +4)
 1605: *(u32 *)(r10 -204) = r1
 1606: r1 = *(u32 *)(r3 +8)
 1607: *(u32 *)(r10 -200) = r1
 1608: *(u32 *)(r10 -216) = 6
 1609: r1 = map[pipe_p0f_signatures_masks] ll
 1611: r2 = r10
 1612: r2 += -216
 1613: call bpf_map_lookup_elem
 1614: r3 = r0
 1615: if r3 == 0 goto +1214
 1616: r1 = *(u32 *)(r3 +0)
 1617: if r1 == 0 goto +1212
 1618: *(u32 *)(r10 -184) = 6
 1619: r2 = *(u32 *)(r10 -144)
 1620: r1 = *(u32 *)(r3 +8)
 1621: r2 &= r1
 1622: *(u32 *)(r10 -180) = r2
 1623: r2 = *(u32 *)(r10 -140)
 1624: r1 = *(u32 *)(r3 +12)
 1625: r2 &= r1
 1626: *(u32 *)(r10 -176) = r2
 1627: r2 = *(u32 *)(r10 -136)
 1628: r1 = *(u32 *)(r3 +16)
 1629: r2 &= r1
 1630: *(u32 *)(r10 -172) = r2
 1631: r2 = *(u32 *)(r10 -132)
 1632: r1 = *(u32 *)(r3 +20)
 1633: r2 &= r1
 1634: *(u32 *)(r10 -168) = r2
 1635: r1 = map[pipe_p0f_signatures] ll
 1637: r2 = r10
 1638: r2 += -184
 1639: call bpf_map_lookup_elem
 1640: r3 = r0
 1641: if r3 == 0 goto +13
 1642: r2 = *(u32 *)(r3 +4)
 1643: r1 = *(u64 *)(r10 -224)
 1644: if r1 == 0 goto +2
 1645: r1 = *(u64 *)(r10 -232)
 1646: if r2 <= r1 goto +8
 1647: *(u64 *)(r10 -224) = 1
 1648: *(u64 *)(r10 -232) = r2
 1649: r1 = *(u32 *)(r3 +0)
 1650: *(u32 *)(r10 -208) = r1
 1651: r1 = *(u32 *)(r3 +4)
 1652: *(u32 *)(r10 -204) = r1
 1653: r1 = *(u32 *)(r3 +8)
 1654: *(u32 *)(r10 -200) = r1
 1655: *(u32 *)(r10 -216) = 7
 1656: r1 = map[pipe_p0f_signatures_masks] ll
 1658: r2 = r10
 1659: r2 += -216
 1660: call bpf_map_lookup_elem
 1661: r3 = r0
 1662: if r3 == 0 goto +1167
 1663: r1 = *(u32 *)(r3 +0)
 1664: if r1 == 0 goto +1165
 1665: *(u32 *)(r10 -184) = 7
 1666: r2 = *(u32 *)(r10 -144)
 1667: r1 = *(u32 *)(r3 +8)
 1668: r2 &= r1
 1669: *(u32 *)(r10 -180) = r2
 1670: r2 = *(u32 *)(r10 -140)
 1671: r1 = *(u32 *)(r3 +12)
 1672: r2 &= r1
 1673: *(u32 *)(r10 -176) = r2
 1674: r2 = *(u32 *)(r10 -136)
 1675: r1 = *(u32 *)(r3 +16)
 1676: r2 &= r1
 1677: *(u32 *)(r10 -172) = r2
 1678: r2 = *(u32 *)(r10 -132)
 1679: r1 = *(u32 *)(r3 +20)
 1680: r2 &= r1
 1681: *(u32 *)(r10 -168) = r2
 1682: r1 = map[pipe_p0f_signatures] ll
 1684: r2 = r10
 1685: r2 += -184
 1686: call bpf_map_lookup_elem
 1687: r3 = r0
 1688: if r3 == 0 goto +13
 1689: r2 = *(u32 *)(r3 +4)
 1690: r1 = *(u64 *)(r10 -224)
 1691: if r1 == 0 goto +2
 1692: r1 = *(u64 *)(r10 -232)
 1693: if r2 <= r1 goto +8
 1694: *(u64 *)(r10 -224) = 1
 1695: *(u64 *)(r10 -232) = r2
 1696: r1 = *(u32 *)(r3 +0)
 1697: *(u32 *)(r10 -208) = r1
 1698: r1 = *(u32 *)(r3 +4)
 1699: *(u32 *)(r10 -204) = r1
 1700: r1 = *(u32 *)(r3 +8)
 1701: *(u32 *)(r10 -200) = r1
 1702: *(u32 *)(r10 -216) = 8
 1703: r1 = map[pipe_p0f_signatures_masks] ll
 1705: r2 = r10
 1706: r2 += -216
 1707: call bpf_map_lookup_elem
 1708: r3 = r0
 1709: if r3 == 0 goto +1120
 1710: r1 = *(u32 *)(r3 +0)
 1711: if r1 == 0 goto +1118
 1712: *(u32 *)(r10 -184) = 8
 1713: r2 = *(u32 *)(r10 -144)
 1714: r1 = *(u32 *)(r3 +8)
 1715: r2 &= r1
 1716: *(u32 *)(r10 -180) = r2
 1717: r2 = *(u32 *)(r10 -140)
 1718: r1 = *(u32 *)(r3 +12)
 1719: r2 &= r1
 1720: *(u32 *)(r10 -176) = r2
 1721: r2 = *(u32 *)(r10 -136)
 1722: r1 = *(u32 *)(r3 +16)
 1723: r2 &= r1
 1724: *(u32 *)(r10 -172) = r2
 1725: r2 = *(u32 *)(r10 -132)
 1726: r1 = *(u32 *)(r3 +20)
 1727: r2 &= r1
 1728: *(u32 *)(r10 -168) = r2
 1729: r1 = map[pipe_p0f_signatures] ll
 1731: r2 = r10
 1732: r2 += -184
 1733: call bpf_map_lookup_elem
 1734: r3 = r0
 1735: if r3 == 0 goto +13
 1736: r2 = *(u32 *)(r3 +4)
 1737: r1 = *(u64 *)(r10 -224)
 1738: if r1 == 0 goto +2
 1739: r1 = *(u64 *)(r10 -232)
 1740: if r2 <= r1 goto +8
 1741: *(u64 *)(r10 -224) = 1
 1742: *(u64 *)(r10 -232) = r2
 1743: r1 = *(u32 *)(r3 +0)
 1744: *(u32 *)(r10 -208) = r1
 1745: r1 = *(u32 *)(r3 +4)
 1746: *(u32 *)(r10 -204) = r1
 1747: r1 = *(u32 *)(r3 +8)
 1748: *(u32 *)(r10 -200) = r1
 1749: *(u32 *)(r10 -216) = 9
 1750: r1 = map[pipe_p0f_signatures_masks] ll
 1752: r2 = r10
 1753: r2 += -216
 1754: call bpf_map_lookup_elem
 1755: r3 = r0
 1756: if r3 == 0 goto +1073
 1757: r1 = *(u32 *)(r3 +0)
 1758: if r1 == 0 goto +1071
 1759: *(u32 *)(r10 -184) = 9
 1760: r2 = *(u32 *)(r10 -144)
 1761: r1 = *(u32 *)(r3 +8)
 1762: r2 &= r1
 1763: *(u32 *)(r10 -180) = r2
 1764: r2 = *(u32 *)(r10 -140)
 1765: r1 = *(u32 *)(r3 +12)
 1766: r2 &= r1
 1767: *(u32 *)(r10 -176) = r2
 1768: r2 = *(u32 *)(r10 -136)
 1769: r1 = *(u32 *)(r3 +16)
 1770: r2 &= r1
 1771: *(u32 *)(r10 -172) = r2
 1772: r2 = *(u32 *)(r10 -132)
 1773: r1 = *(u32 *)(r3 +20)
 1774: r2 &= r1
 1775: *(u32 *)(r10 -168) = r2
 1776: r1 = map[pipe_p0f_signatures] ll
 1778: r2 = r10
 1779: r2 += -184
 1780: call bpf_map_lookup_elem
 1781: r3 = r0
 1782: if r3 == 0 goto +13
 1783: r2 = *(u32 *)(r3 +4)
 1784: r1 = *(u64 *)(r10 -224)
 1785: if r1 == 0 goto +2
 1786: r1 = *(u64 *)(r10 -232)
 1787: if r2 <= r1 goto +8
 1788: *(u64 *)(r10 -224) = 1
 1789: *(u64 *)(r10 -232) = r2
 1790: r1 = *(u32 *)(r3 +0)
 1791: *(u32 *)(r10 -208) = r1
 1792: r1 = *(u32 *)(r3 +4)
 1793: *(u32 *)(r10 -204) = r1
 1794: r1 = *(u32 *)(r3 +8)
 1795: *(u32 *)(r10 -200) = r1
 1796: *(u32 *)(r10 -216) = 10
 1797: r1 = map[pipe_p0f_signatures_masks] ll
 1799: r2 = r10
 1800: r2 += -216
 1801: call bpf_map_lookup_elem
 1802: r3 = r0
 1803: if r3 == 0 goto +1026
 1804: r1 = *(u32 *)(r3 +0)
 1805: if r1 == 0 goto +1024
 1806: *(u32 *)(r10 -184) = 10
 1807: r2 = *(u32 *)(r10 -144)
 1808: r1 = *(u32 *)(r3 +8)
 1809: r2 &= r1
 1810: *(u32 *)(r10 -180) = r2
 1811: r2 = *(u32 *)(r10 -140)
 1812: r1 = *(u32 *)(r3 +12)
 1813: r2 &= r1
 1814: *(u32 *)(r10 -176) = r2
 1815: r2 = *(u32 *)(r10 -136)
 1816: r1 = *(u32 *)(r3 +16)
 1817: r2 &= r1
 1818: *(u32 *)(r10 -172) = r2
 1819: r2 = *(u32 *)(r10 -132)
 1820: r1 = *(u32 *)(r3 +20)
 1821: r2 &= r1
 1822: *(u32 *)(r10 -168) = r2
 1823: r1 = map[pipe_p0f_signatures] ll
 1825: r2 = r10
 1826: r2 += -184
 1827: call bpf_map_lookup_elem
 1828: r3 = r0
 1829: if r3 == 0 goto +13
 1830: r2 = *(u32 *)(r3 +4)
 1831: r1 = *(u64 *)(r10 -224)
 1832: if r1 == 0 goto +2
 1833: r1 = *(u64 *)(r10 -232)
 1834: if r2 <= r1 goto +8
 1835: *(u64 *)(r10 -224) = 1
 1836: *(u64 *)(r10 -232) = r2
 1837: r1 = *(u32 *)(r3 +0)
 1838: *(u32 *)(r10 -208) = r1
 1839: r1 = *(u32 *)(r3 +4)
 1840: *(u32 *)(r10 -204) = r1
 1841: r1 = *(u32 *)(r3 +8)
 1842: *(u32 *)(r10 -200) = r1
 1843: *(u32 *)(r10 -216) = 11
 1844: r1 = map[pipe_p0f_signatures_masks] ll
 1846: r2 = r10
 1847: r2 += -216
 1848: call bpf_map_lookup_elem
 1849: r3 = r0
 1850: if r3 == 0 goto +979
 1851: r1 = *(u32 *)(r3 +0)
 1852: if r1 == 0 goto +977
 1853: *(u32 *)(r10 -184) = 11
 1854: r2 = *(u32 *)(r10 -144)
 1855: r1 = *(u32 *)(r3 +8)
 1856: r2 &= r1
 1857: *(u32 *)(r10 -180) = r2
 1858: r2 = *(u32 *)(r10 -140)
 1859: r1 = *(u32 *)(r3 +12)
 1860: r2 &= r1
 1861: *(u32 *)(r10 -176) = r2
 1862: r2 = *(u32 *)(r10 -136)
 1863: r1 = *(u32 *)(r3 +16)
 1864: r2 &= r1
 1865: *(u32 *)(r10 -172) = r2
 1866: r2 = *(u32 *)(r10 -132)
 1867: r1 = *(u32 *)(r3 +20)
 1868: r2 &= r1
 1869: *(u32 *)(r10 -168) = r2
 1870: r1 = map[pipe_p0f_signatures] ll
 1872: r2 = r10
 1873: r2 += -184
 1874: call bpf_map_lookup_elem
 1875: r3 = r0
 1876: if r3 == 0 goto +13
 1877: r2 = *(u32 *)(r3 +4)
 1878: r1 = *(u64 *)(r10 -224)
 1879: if r1 == 0 goto +2
 1880: r1 = *(u64 *)(r10 -232)
 1881: if r2 <= r1 goto +8
 1882: *(u64 *)(r10 -224) = 1
 1883: *(u64 *)(r10 -232) = r2
 1884: r1 = *(u32 *)(r3 +0)
 1885: *(u32 *)(r10 -208) = r1
 1886: r1 = *(u32 *)(r3 +4)
 1887: *(u32 *)(r10 -204) = r1
 1888: r1 = *(u32 *)(r3 +8)
 1889: *(u32 *)(r10 -200) = r1
 1890: *(u32 *)(r10 -216) = 12
 1891: r1 = map[pipe_p0f_signatures_masks] ll
 1893: r2 = r10
 1894: r2 += -216
 1895: call bpf_map_lookup_elem
 1896: r3 = r0
 1897: if r3 == 0 goto +932
 1898: r1 = *(u32 *)(r3 +0)
 1899: if r1 == 0 goto +930
 1900: *(u32 *)(r10 -184) = 12
 1901: r2 = *(u32 *)(r10 -144)
 1902: r1 = *(u32 *)(r3 +8)
 1903: r2 &= r1
 1904: *(u32 *)(r10 -180) = r2
 1905: r2 = *(u32 *)(r10 -140)
 1906: r1 = *(u32 *)(r3 +12)
 1907: r2 &= r1
 1908: *(u32 *)(r10 -176) = r2
 1909: r2 = *(u32 *)(r10 -136)
 1910: r1 = *(u32 *)(r3 +16)
 1911: r2 &= r1
 1912: *(u32 *)(r10 -172) = r2
 1913: r2 = *(u32 *)(r10 -132)
 1914: r1 = *(u32 *)(r3 +20)
 1915: r2 &= r1
 1916: *(u32 *)(r10 -168) = r2
 1917: r1 = map[pipe_p0f_signatures] ll
 1919: r2 = r10
 1920: r2 += -184
 1921: call bpf_map_lookup_elem
 1922: r3 = r0
 1923: if r3 == 0 goto +13
 1924: r2 = *(u32 *)(r3 +4)
 1925: r1 = *(u64 *)(r10 -224)
 1926: if r1 == 0 goto +2
 1927: r1 = *(u64 *)(r10 -232)
 1928: if r2 <= r1 goto +8
 1929: *(u64 *)(r10 -224) = 1
 1930: *(u64 *)(r10 -232) = r2
 1931: r1 = *(u32 *)(r3 +0)
 1932: *(u32 *)(r10 -208) = r1
 1933: r1 = *(u32 *)(r3 +4)
 1934: *(u32 *)(r10 -204) = r1
 1935: r1 = *(u32 *)(r3 +8)
 1936: *(u32 *)(r10 -200) = r1
 1937: *(u32 *)(r10 -216) = 13
 1938: r1 = map[pipe_p0f_signatures_masks] ll
 1940: r2 = r10
 1941: r2 += -216
 1942: call bpf_map_lookup_elem
 1943: r3 = r0
 1944: if r3 == 0 goto +885
 1945: r1 = *(u32 *)(r3 +0)
 1946: if r1 == 0 goto +883
 1947: *(u32 *)(r10 -184) = 13
 1948: r2 = *(u32 *)(r10 -144)
 1949: r1 = *(u32 *)(r3 +8)
 1950: r2 &= r1
 1951: *(u32 *)(r10 -180) = r2
 1952: r2 = *(u32 *)(r10 -140)
 1953: r1 = *(u32 *)(r3 +12)
 1954: r2 &= r1
 1955: *(u32 *)(r10 -176) = r2
 1956: r2 = *(u32 *)(r10 -136)
 1957: r1 = *(u32 *)(r3 +16)
 1958: r2 &= r1
 1959: *(u32 *)(r10 -172) = r2
 1960: r2 = *(u32 *)(r10 -132)
 1961: r1 = *(u32 *)(r3 +20)
 1962: r2 &= r1
 1963: *(u32 *)(r10 -168) = r2
 1964: r1 = map[pipe_p0f_signatures] ll
 1966: r2 = r10
 1967: r2 += -184
 1968: call bpf_map_lookup_elem
 1969: r3 = r0
 1970: if r3 == 0 goto +13
 1971: r2 = *(u32 *)(r3 +4)
 1972: r1 = *(u64 *)(r10 -224)
 1973: if r1 == 0 goto +2
 1974: r1 = *(u64 *)(r10 -232)
 1975: if r2 <= r1 goto +8
 1976: *(u64 *)(r10 -224) = 1
 1977: *(u64 *)(r10 -232) = r2
 1978: r1 = *(u32 *)(r3 +0)
 1979: *(u32 *)(r10 -208) = r1
 1980: r1 = *(u32 *)(r3 +4)
 1981: *(u32 *)(r10 -204) = r1
 1982: r1 = *(u32 *)(r3 +8)
 1983: *(u32 *)(r10 -200) = r1
 1984: *(u32 *)(r10 -216) = 14
 1985: r1 = map[pipe_p0f_signatures_masks] ll
 1987: r2 = r10
 1988: r2 += -216
 1989: call bpf_map_lookup_elem
 1990: r3 = r0
 1991: if r3 == 0 goto +838
 1992: r1 = *(u32 *)(r3 +0)
 1993: if r1 == 0 goto +836
 1994: *(u32 *)(r10 -184) = 14
 1995: r2 = *(u32 *)(r10 -144)
 1996: r1 = *(u32 *)(r3 +8)
 1997: r2 &= r1
 1998: *(u32 *)(r10 -180) = r2
 1999: r2 = *(u32 *)(r10 -140)
 2000: r1 = *(u32 *)(r3 +12)
 2001: r2 &= r1
 2002: *(u32 *)(r10 -176) = r2
 2003: r2 = *(u32 *)(r10 -136)
 2004: r1 = *(u32 *)(r3 +16)
 2005: r2 &= r1
 2006: *(u32 *)(r10 -172) = r2
 2007: r2 = *(u32 *)(r10 -132)
 2008: r1 = *(u32 *)(r3 +20)
 2009: r2 &= r1
 2010: *(u32 *)(r10 -168) = r2
 2011: r1 = map[pipe_p0f_signatures] ll
 2013: r2 = r10
 2014: r2 += -184
 2015: call bpf_map_lookup_elem
 2016: r3 = r0
 2017: if r3 == 0 goto +13
 2018: r2 = *(u32 *)(r3 +4)
 2019: r1 = *(u64 *)(r10 -224)
 2020: if r1 == 0 goto +2
 2021: r1 = *(u64 *)(r10 -232)
 2022: if r2 <= r1 goto +8
 2023: *(u64 *)(r10 -224) = 1
 2024: *(u64 *)(r10 -232) = r2
 2025: r1 = *(u32 *)(r3 +0)
 2026: *(u32 *)(r10 -208) = r1
 2027: r1 = *(u32 *)(r3 +4)
 2028: *(u32 *)(r10 -204) = r1
 2029: r1 = *(u32 *)(r3 +8)
 2030: *(u32 *)(r10 -200) = r1
 2031: *(u32 *)(r10 -216) = 15
 2032: r1 = map[pipe_p0f_signatures_masks] ll
 2034: r2 = r10
 2035: r2 += -216
 2036: call bpf_map_lookup_elem
 2037: r3 = r0
 2038: if r3 == 0 goto +791
 2039: r1 = *(u32 *)(r3 +0)
 2040: if r1 == 0 goto +789
 2041: *(u32 *)(r10 -184) = 15
 2042: r2 = *(u32 *)(r10 -144)
 2043: r1 = *(u32 *)(r3 +8)
 2044: r2 &= r1
 2045: *(u32 *)(r10 -180) = r2
 2046: r2 = *(u32 *)(r10 -140)
 2047: r1 = *(u32 *)(r3 +12)
 2048: r2 &= r1
 2049: *(u32 *)(r10 -176) = r2
 2050: r2 = *(u32 *)(r10 -136)
 2051: r1 = *(u32 *)(r3 +16)
 2052: r2 &= r1
 2053: *(u32 *)(r10 -172) = r2
 2054: r2 = *(u32 *)(r10 -132)
 2055: r1 = *(u32 *)(r3 +20)
 2056: r2 &= r1
 2057: *(u32 *)(r10 -168) = r2
 2058: r1 = map[pipe_p0f_signatures] ll
 2060: r2 = r10
 2061: r2 += -184
 2062: call bpf_map_lookup_elem
 2063: r3 = r0
 2064: if r3 == 0 goto +13
 2065: r2 = *(u32 *)(r3 +4)
 2066: r1 = *(u64 *)(r10 -224)
 2067: if r1 == 0 goto +2
 2068: r1 = *(u64 *)(r10 -232)
 2069: if r2 <= r1 goto +8
 2070: *(u64 *)(r10 -224) = 1
 2071: *(u64 *)(r10 -232) = r2
 2072: r1 = *(u32 *)(r3 +0)
 2073: *(u32 *)(r10 -208) = r1
 2074: r1 = *(u32 *)(r3 +4)
 2075: *(u32 *)(r10 -204) = r1
 2076: r1 = *(u32 *)(r3 +8)
 2077: *(u32 *)(r10 -200) = r1
 2078: *(u32 *)(r10 -216) = 16
 2079: r1 = map[pipe_p0f_signatures_masks] ll
 2081: r2 = r10
 2082: r2 += -216
 2083: call bpf_map_lookup_elem
 2084: r3 = r0
 2085: if r3 == 0 goto +744
 2086: r1 = *(u32 *)(r3 +0)
 2087: if r1 == 0 goto +742
 2088: *(u32 *)(r10 -184) = 16
 2089: r2 = *(u32 *)(r10 -144)
 2090: r1 = *(u32 *)(r3 +8)
 2091: r2 &= r1
 2092: *(u32 *)(r10 -180) = r2
 2093: r2 = *(u32 *)(r10 -140)
 2094: r1 = *(u32 *)(r3 +12)
 2095: r2 &= r1
 2096: *(u32 *)(r10 -176) = r2
 2097: r2 = *(u32 *)(r10 -136)
 2098: r1 = *(u32 *)(r3 +16)
 2099: r2 &= r1
 2100: *(u32 *)(r10 -172) = r2
 2101: r2 = *(u32 *)(r10 -132)
 2102: r1 = *(u32 *)(r3 +20)
 2103: r2 &= r1
 2104: *(u32 *)(r10 -168) = r2
 2105: r1 = map[pipe_p0f_signatures] ll
 2107: r2 = r10
 2108: r2 += -184
 2109: call bpf_map_lookup_elem
 2110: r3 = r0
 2111: if r3 == 0 goto +13
 2112: r2 = *(u32 *)(r3 +4)
 2113: r1 = *(u64 *)(r10 -224)
 2114: if r1 == 0 goto +2
 2115: r1 = *(u64 *)(r10 -232)
 2116: if r2 <= r1 goto +8
 2117: *(u64 *)(r10 -224) = 1
 2118: *(u64 *)(r10 -232) = r2
 2119: r1 = *(u32 *)(r3 +0)
 2120: *(u32 *)(r10 -208) = r1
 2121: r1 = *(u32 *)(r3 +4)
 2122: *(u32 *)(r10 -204) = r1
 2123: r1 = *(u32 *)(r3 +8)
 2124: *(u32 *)(r10 -200) = r1
 2125: *(u32 *)(r10 -216) = 17
 2126: r1 = map[pipe_p0f_signatures_masks] ll
 2128: r2 = r10
 2129: r2 += -216
 2130: call bpf_map_lookup_elem
 2131: r3 = r0
 2132: if r3 == 0 goto +697
 2133: r1 = *(u32 *)(r3 +0)
 2134: if r1 == 0 goto +695
 2135: *(u32 *)(r10 -184) = 17
 2136: r2 = *(u32 *)(r10 -144)
 2137: r1 = *(u32 *)(r3 +8)
 2138: r2 &= r1
 2139: *(u32 *)(r10 -180) = r2
 2140: r2 = *(u32 *)(r10 -140)
 2141: r1 = *(u32 *)(r3 +12)
 2142: r2 &= r1
 2143: *(u32 *)(r10 -176) = r2
 2144: r2 = *(u32 *)(r10 -136)
 2145: r1 = *(u32 *)(r3 +16)
 2146: r2 &= r1
 2147: *(u32 *)(r10 -172) = r2
 2148: r2 = *(u32 *)(r10 -132)
 2149: r1 = *(u32 *)(r3 +20)
 2150: r2 &= r1
 2151: *(u32 *)(r10 -168) = r2
 2152: r1 = map[pipe_p0f_signatures] ll
 2154: r2 = r10
 2155: r2 += -184
 2156: call bpf_map_lookup_elem
 2157: r3 = r0
 2158: if r3 == 0 goto +13
 2159: r2 = *(u32 *)(r3 +4)
 2160: r1 = *(u64 *)(r10 -224)
 2161: if r1 == 0 goto +2
 2162: r1 = *(u64 *)(r10 -232)
 2163: if r2 <= r1 goto +8
 2164: *(u64 *)(r10 -224) = 1
 2165: *(u64 *)(r10 -232) = r2
 2166: r1 = *(u32 *)(r3 +0)
 2167: *(u32 *)(r10 -208) = r1
 2168: r1 = *(u32 *)(r3 +4)
 2169: *(u32 *)(r10 -204) = r1
 2170: r1 = *(u32 *)(r3 +8)
 2171: *(u32 *)(r10 -200) = r1
 2172: *(u32 *)(r10 -216) = 18
 2173: r1 = map[pipe_p0f_signatures_masks] ll
 2175: r2 = r10
 2176: r2 += -216
 2177: call bpf_map_lookup_elem
 2178: r3 = r0
 2179: if r3 == 0 goto +650
 2180: r1 = *(u32 *)(r3 +0)
 2181: if r1 == 0 goto +648
 2182: *(u32 *)(r10 -184) = 18
 2183: r2 = *(u32 *)(r10 -144)
 2184: r1 = *(u32 *)(r3 +8)
 2185: r2 &= r1
 2186: *(u32 *)(r10 -180) = r2
 2187: r2 = *(u32 *)(r10 -140)
 2188: r1 = *(u32 *)(r3 +12)
 2189: r2 &= r1
 2190: *(u32 *)(r10 -176) = r2
 2191: r2 = *(u32 *)(r10 -136)
 2192: r1 = *(u32 *)(r3 +16)
 2193: r2 &= r1
 2194: *(u32 *)(r10 -172) = r2
 2195: r2 = *(u32 *)(r10 -132)
 2196: r1 = *(u32 *)(r3 +20)
 2197: r2 &= r1
 2198: *(u32 *)(r10 -168) = r2
 2199: r1 = map[pipe_p0f_signatures] ll
 2201: r2 = r10
 2202: r2 += -184
 2203: call bpf_map_lookup_elem
 2204: r3 = r0
 2205: if r3 == 0 goto +13
 2206: r2 = *(u32 *)(r3 +4)
 2207: r1 = *(u64 *)(r10 -224)
 2208: if r1 == 0 goto +2
 2209: r1 = *(u64 *)(r10 -232)
 2210: if r2 <= r1 goto +8
 2211: *(u64 *)(r10 -224) = 1
 2212: *(u64 *)(r10 -232) = r2
 2213: r1 = *(u32 *)(r3 +0)
 2214: *(u32 *)(r10 -208) = r1
 2215: r1 = *(u32 *)(r3 +4)
 2216: *(u32 *)(r10 -204) = r1
 2217: r1 = *(u32 *)(r3 +8)
 2218: *(u32 *)(r10 -200) = r1
 2219: *(u32 *)(r10 -216) = 19
 2220: r1 = map[pipe_p0f_signatures_masks] ll
 2222: r2 = r10
 2223: r2 += -216
 2224: call bpf_map_lookup_elem
 2225: r3 = r0
 2226: if r3 == 0 goto +603
 2227: r1 = *(u32 *)(r3 +0)
 2228: if r1 == 0 goto +601
 2229: *(u32 *)(r10 -184) = 19
 2230: r2 = *(u32 *)(r10 -144)
 2231: r1 = *(u32 *)(r3 +8)
 2232: r2 &= r1
 2233: *(u32 *)(r10 -180) = r2
 2234: r2 = *(u32 *)(r10 -140)
 2235: r1 = *(u32 *)(r3 +12)
 2236: r2 &= r1
 2237: *(u32 *)(r10 -176) = r2
 2238: r2 = *(u32 *)(r10 -136)
 2239: r1 = *(u32 *)(r3 +16)
 2240: r2 &= r1
 2241: *(u32 *)(r10 -172) = r2
 2242: r2 = *(u32 *)(r10 -132)
 2243: r1 = *(u32 *)(r3 +20)
 2244: r2 &= r1
 2245: *(u32 *)(r10 -168) = r2
 2246: r1 = map[pipe_p0f_signatures] ll
 2248: r2 = r10
 2249: r2 += -184
 2250: call bpf_map_lookup_elem
 2251: r3 = r0
 2252: if r3 == 0 goto +13
 2253: r2 = *(u32 *)(r3 +4)
 2254: r1 = *(u64 *)(r10 -224)
 2255: if r1 == 0 goto +2
 2256: r1 = *(u64 *)(r10 -232)
 2257: if r2 <= r1 goto +8
 2258: *(u64 *)(r10 -224) = 1
 2259: *(u64 *)(r10 -232) = r2
 2260: r1 = *(u32 *)(r3 +0)
 2261: *(u32 *)(r10 -208) = r1
 2262: r1 = *(u32 *)(r3 +4)
 2263: *(u32 *)(r10 -204) = r1
 2264: r1 = *(u32 *)(r3 +8)
 2265: *(u32 *)(r10 -200) = r1
 2266: *(u32 *)(r10 -216) = 20
 2267: r1 = map[pipe_p0f_signatures_masks] ll
 2269: r2 = r10
 2270: r2 += -216
 2271: call bpf_map_lookup_elem
 2272: r3 = r0
 2273: if r3 == 0 goto +556
 2274: r1 = *(u32 *)(r3 +0)
 2275: if r1 == 0 goto +554
 2276: *(u32 *)(r10 -184) = 20
 2277: r2 = *(u32 *)(r10 -144)
 2278: r1 = *(u32 *)(r3 +8)
 2279: r2 &= r1
 2280: *(u32 *)(r10 -180) = r2
 2281: r2 = *(u32 *)(r10 -140)
 2282: r1 = *(u32 *)(r3 +12)
 2283: r2 &= r1
 2284: *(u32 *)(r10 -176) = r2
 2285: r2 = *(u32 *)(r10 -136)
 2286: r1 = *(u32 *)(r3 +16)
 2287: r2 &= r1
 2288: *(u32 *)(r10 -172) = r2
 2289: r2 = *(u32 *)(r10 -132)
 2290: r1 = *(u32 *)(r3 +20)
 2291: r2 &= r1
 2292: *(u32 *)(r10 -168) = r2
 2293: r1 = map[pipe_p0f_signatures] ll
 2295: r2 = r10
 2296: r2 += -184
 2297: call bpf_map_lookup_elem
 2298: r3 = r0
 2299: if r3 == 0 goto +13
 2300: r2 = *(u32 *)(r3 +4)
 2301: r1 = *(u64 *)(r10 -224)
 2302: if r1 == 0 goto +2
 2303: r1 = *(u64 *)(r10 -232)
 2304: if r2 <= r1 goto +8
 2305: *(u64 *)(r10 -224) = 1
 2306: *(u64 *)(r10 -232) = r2
 2307: r1 = *(u32 *)(r3 +0)
 2308: *(u32 *)(r10 -208) = r1
 2309: r1 = *(u32 *)(r3 +4)
 2310: *(u32 *)(r10 -204) = r1
 2311: r1 = *(u32 *)(r3 +8)
 2312: *(u32 *)(r10 -200) = r1
 2313: *(u32 *)(r10 -216) = 21
 2314: r1 = map[pipe_p0f_signatures_masks] ll
 2316: r2 = r10
 2317: r2 += -216
 2318: call bpf_map_lookup_elem
 2319: r3 = r0
 2320: if r3 == 0 goto +509
 2321: r1 = *(u32 *)(r3 +0)
 2322: if r1 == 0 goto +507
 2323: *(u32 *)(r10 -184) = 21
 2324: r2 = *(u32 *)(r10 -144)
 2325: r1 = *(u32 *)(r3 +8)
 2326: r2 &= r1
 2327: *(u32 *)(r10 -180) = r2
 2328: r2 = *(u32 *)(r10 -140)
 2329: r1 = *(u32 *)(r3 +12)
 2330: r2 &= r1
 2331: *(u32 *)(r10 -176) = r2
 2332: r2 = *(u32 *)(r10 -136)
 2333: r1 = *(u32 *)(r3 +16)
 2334: r2 &= r1
 2335: *(u32 *)(r10 -172) = r2
 2336: r2 = *(u32 *)(r10 -132)
 2337: r1 = *(u32 *)(r3 +20)
 2338: r2 &= r1
 2339: *(u32 *)(r10 -168) = r2
 2340: r1 = map[pipe_p0f_signatures] ll
 2342: r2 = r10
 2343: r2 += -184
 2344: call bpf_map_lookup_elem
 2345: r3 = r0
 2346: if r3 == 0 goto +13
 2347: r2 = *(u32 *)(r3 +4)
 2348: r1 = *(u64 *)(r10 -224)
 2349: if r1 == 0 goto +2
 2350: r1 = *(u64 *)(r10 -232)
 2351: if r2 <= r1 goto +8
 2352: *(u64 *)(r10 -224) = 1
 2353: *(u64 *)(r10 -232) = r2
 2354: r1 = *(u32 *)(r3 +0)
 2355: *(u32 *)(r10 -208) = r1
 2356: r1 = *(u32 *)(r3 +4)
 2357: *(u32 *)(r10 -204) = r1
 2358: r1 = *(u32 *)(r3 +8)
 2359: *(u32 *)(r10 -200) = r1
 2360: *(u32 *)(r10 -216) = 22
 2361: r1 = map[pipe_p0f_signatures_masks] ll
 2363: r2 = r10
 2364: r2 += -216
 2365: call bpf_map_lookup_elem
 2366: r3 = r0
 2367: if r3 == 0 goto +462
 2368: r1 = *(u32 *)(r3 +0)
 2369: if r1 == 0 goto +460
 2370: *(u32 *)(r10 -184) = 22
 2371: r2 = *(u32 *)(r10 -144)
 2372: r1 = *(u32 *)(r3 +8)
 2373: r2 &= r1
 2374: *(u32 *)(r10 -180) = r2
 2375: r2 = *(u32 *)(r10 -140)
 2376: r1 = *(u32 *)(r3 +12)
 2377: r2 &= r1
 2378: *(u32 *)(r10 -176) = r2
 2379: r2 = *(u32 *)(r10 -136)
 2380: r1 = *(u32 *)(r3 +16)
 2381: r2 &= r1
 2382: *(u32 *)(r10 -172) = r2
 2383: r2 = *(u32 *)(r10 -132)
 2384: r1 = *(u32 *)(r3 +20)
 2385: r2 &= r1
 2386: *(u32 *)(r10 -168) = r2
 2387: r1 = map[pipe_p0f_signatures] ll
 2389: r2 = r10
 2390: r2 += -184
 2391: call bpf_map_lookup_elem
 2392: r3 = r0
 2393: if r3 == 0 goto +13
 2394: r2 = *(u32 *)(r3 +4)
 2395: r1 = *(u64 *)(r10 -224)
 2396: if r1 == 0 goto +2
 2397: r1 = *(u64 *)(r10 -232)
 2398: if r2 <= r1 goto +8
 2399: *(u64 *)(r10 -224) = 1
 2400: *(u64 *)(r10 -232) = r2
 2401: r1 = *(u32 *)(r3 +0)
 2402: *(u32 *)(r10 -208) = r1
 2403: r1 = *(u32 *)(r3 +4)
 2404: *(u32 *)(r10 -204) = r1
 2405: r1 = *(u32 *)(r3 +8)
 2406: *(u32 *)(r10 -200) = r1
 2407: *(u32 *)(r10 -216) = 23
 2408: r1 = map[pipe_p0f_signatures_masks] ll
 2410: r2 = r10
 2411: r2 += -216
 2412: call bpf_map_lookup_elem
 2413: r3 = r0
 2414: if r3 == 0 goto +415
 2415: r1 = *(u32 *)(r3 +0)
 2416: if r1 == 0 goto +413
 2417: *(u32 *)(r10 -184) = 23
 2418: r2 = *(u32 *)(r10 -144)
 2419: r1 = *(u32 *)(r3 +8)
 2420: r2 &= r1
 2421: *(u32 *)(r10 -180) = r2
 2422: r2 = *(u32 *)(r10 -140)
 2423: r1 = *(u32 *)(r3 +12)
 2424: r2 &= r1
 2425: *(u32 *)(r10 -176) = r2
 2426: r2 = *(u32 *)(r10 -136)
 2427: r1 = *(u32 *)(r3 +16)
 2428: r2 &= r1
 2429: *(u32 *)(r10 -172) = r2
 2430: r2 = *(u32 *)(r10 -132)
 2431: r1 = *(u32 *)(r3 +20)
 2432: r2 &= r1
 2433: *(u32 *)(r10 -168) = r2
 2434: r1 = map[pipe_p0f_signatures] ll
 2436: r2 = r10
 2437: r2 += -184
 2438: call bpf_map_lookup_elem
 2439: r3 = r0
 2440: if r3 == 0 goto +13
 2441: r2 = *(u32 *)(r3 +4)
 2442: r1 = *(u64 *)(r10 -224)
 2443: if r1 == 0 goto +2
 2444: r1 = *(u64 *)(r10 -232)
 2445: if r2 <= r1 goto +8
 2446: *(u64 *)(r10 -224) = 1
 2447: *(u64 *)(r10 -232) = r2
 2448: r1 = *(u32 *)(r3 +0)
 2449: *(u32 *)(r10 -208) = r1
 2450: r1 = *(u32 *)(r3 +4)
 2451: *(u32 *)(r10 -204) = r1
 2452: r1 = *(u32 *)(r3 +8)
 2453: *(u32 *)(r10 -200) = r1
 2454: *(u32 *)(r10 -216) = 24
 2455: r1 = map[pipe_p0f_signatures_masks] ll
 2457: r2 = r10
 2458: r2 += -216
 2459: call bpf_map_lookup_elem
 2460: r3 = r0
 2461: if r3 == 0 goto +368
 2462: r1 = *(u32 *)(r3 +0)
 2463: if r1 == 0 goto +366
 2464: *(u32 *)(r10 -184) = 24
 2465: r2 = *(u32 *)(r10 -144)
 2466: r1 = *(u32 *)(r3 +8)
 2467: r2 &= r1
 2468: *(u32 *)(r10 -180) = r2
 2469: r2 = *(u32 *)(r10 -140)
 2470: r1 = *(u32 *)(r3 +12)
 2471: r2 &= r1
 2472: *(u32 *)(r10 -176) = r2
 2473: r2 = *(u32 *)(r10 -136)
 2474: r1 = *(u32 *)(r3 +16)
 2475: r2 &= r1
 2476: *(u32 *)(r10 -172) = r2
 2477: r2 = *(u32 *)(r10 -132)
 2478: r1 = *(u32 *)(r3 +20)
 2479: r2 &= r1
 2480: *(u32 *)(r10 -168) = r2
 2481: r1 = map[pipe_p0f_signatures] ll
 2483: r2 = r10
 2484: r2 += -184
 2485: call bpf_map_lookup_elem
 2486: r3 = r0
 2487: if r3 == 0 goto +13
 2488: r2 = *(u32 *)(r3 +4)
 2489: r1 = *(u64 *)(r10 -224)
 2490: if r1 == 0 goto +2
 2491: r1 = *(u64 *)(r10 -232)
 2492: if r2 <= r1 goto +8
 2493: *(u64 *)(r10 -224) = 1
 2494: *(u64 *)(r10 -232) = r2
 2495: r1 = *(u32 *)(r3 +0)
 2496: *(u32 *)(r10 -208) = r1
 2497: r1 = *(u32 *)(r3 +4)
 2498: *(u32 *)(r10 -204) = r1
 2499: r1 = *(u32 *)(r3 +8)
 2500: *(u32 *)(r10 -200) = r1
 2501: *(u32 *)(r10 -216) = 25
 2502: r1 = map[pipe_p0f_signatures_masks] ll
 2504: r2 = r10
 2505: r2 += -216
 2506: call bpf_map_lookup_elem
 2507: r3 = r0
 2508: if r3 == 0 goto +321
 2509: r1 = *(u32 *)(r3 +0)
 2510: if r1 == 0 goto +319
 2511: *(u32 *)(r10 -184) = 25
 2512: r2 = *(u32 *)(r10 -144)
 2513: r1 = *(u32 *)(r3 +8)
 2514: r2 &= r1
 2515: *(u32 *)(r10 -180) = r2
 2516: r2 = *(u32 *)(r10 -140)
 2517: r1 = *(u32 *)(r3 +12)
 2518: r2 &= r1
 2519: *(u32 *)(r10 -176) = r2
 2520: r2 = *(u32 *)(r10 -136)
 2521: r1 = *(u32 *)(r3 +16)
 2522: r2 &= r1
 2523: *(u32 *)(r10 -172) = r2
 2524: r2 = *(u32 *)(r10 -132)
 2525: r1 = *(u32 *)(r3 +20)
 2526: r2 &= r1
 2527: *(u32 *)(r10 -168) = r2
 2528: r1 = map[pipe_p0f_signatures] ll
 2530: r2 = r10
 2531: r2 += -184
 2532: call bpf_map_lookup_elem
 2533: r3 = r0
 2534: if r3 == 0 goto +13
 2535: r2 = *(u32 *)(r3 +4)
 2536: r1 = *(u64 *)(r10 -224)
 2537: if r1 == 0 goto +2
 2538: r1 = *(u64 *)(r10 -232)
 2539: if r2 <= r1 goto +8
 2540: *(u64 *)(r10 -224) = 1
 2541: *(u64 *)(r10 -232) = r2
 2542: r1 = *(u32 *)(r3 +0)
 2543: *(u32 *)(r10 -208) = r1
 2544: r1 = *(u32 *)(r3 +4)
 2545: *(u32 *)(r10 -204) = r1
 2546: r1 = *(u32 *)(r3 +8)
 2547: *(u32 *)(r10 -200) = r1
 2548: *(u32 *)(r10 -216) = 26
 2549: r1 = map[pipe_p0f_signatures_masks] ll
 2551: r2 = r10
 2552: r2 += -216
 2553: call bpf_map_lookup_elem
 2554: r3 = r0
 2555: if r3 == 0 goto +274
 2556: r1 = *(u32 *)(r3 +0)
 2557: if r1 == 0 goto +272
 2558: *(u32 *)(r10 -184) = 26
 2559: r2 = *(u32 *)(r10 -144)
 2560: r1 = *(u32 *)(r3 +8)
 2561: r2 &= r1
 2562: *(u32 *)(r10 -180) = r2
 2563: r2 = *(u32 *)(r10 -140)
 2564: r1 = *(u32 *)(r3 +12)
 2565: r2 &= r1
 2566: *(u32 *)(r10 -176) = r2
 2567: r2 = *(u32 *)(r10 -136)
 2568: r1 = *(u32 *)(r3 +16)
 2569: r2 &= r1
 2570: *(u32 *)(r10 -172) = r2
 2571: r2 = *(u32 *)(r10 -132)
 2572: r1 = *(u32 *)(r3 +20)
 2573: r2 &= r1
 2574: *(u32 *)(r10 -168) = r2
 2575: r1 = map[pipe_p0f_signatures] ll
 2577: r2 = r10
 2578: r2 += -184
 2579: call bpf_map_lookup_elem
 2580: r3 = r0
 2581: if r3 == 0 goto +13
 2582: r2 = *(u32 *)(r3 +4)
 2583: r1 = *(u64 *)(r10 -224)
 2584: if r1 == 0 goto +2
 2585: r1 = *(u64 *)(r10 -232)
 2586: if r2 <= r1 goto +8
 2587: *(u64 *)(r10 -224) = 1
 2588: *(u64 *)(r10 -232) = r2
 2589: r1 = *(u32 *)(r3 +0)
 2590: *(u32 *)(r10 -208) = r1
 2591: r1 = *(u32 *)(r3 +4)
 2592: *(u32 *)(r10 -204) = r1
 2593: r1 = *(u32 *)(r3 +8)
 2594: *(u32 *)(r10 -200) = r1
 2595: *(u32 *)(r10 -216) = 27
 2596: r1 = map[pipe_p0f_signatures_masks] ll
 2598: r2 = r10
 2599: r2 += -216
 2600: call bpf_map_lookup_elem
 2601: r3 = r0
 2602: if r3 == 0 goto +227
 2603: r1 = *(u32 *)(r3 +0)
 2604: if r1 == 0 goto +225
 2605: *(u32 *)(r10 -184) = 27
 2606: r2 = *(u32 *)(r10 -144)
 2607: r1 = *(u32 *)(r3 +8)
 2608: r2 &= r1
 2609: *(u32 *)(r10 -180) = r2
 2610: r2 = *(u32 *)(r10 -140)
 2611: r1 = *(u32 *)(r3 +12)
 2612: r2 &= r1
 2613: *(u32 *)(r10 -176) = r2
 2614: r2 = *(u32 *)(r10 -136)
 2615: r1 = *(u32 *)(r3 +16)
 2616: r2 &= r1
 2617: *(u32 *)(r10 -172) = r2
 2618: r2 = *(u32 *)(r10 -132)
 2619: r1 = *(u32 *)(r3 +20)
 2620: r2 &= r1
 2621: *(u32 *)(r10 -168) = r2
 2622: r1 = map[pipe_p0f_signatures] ll
 2624: r2 = r10
 2625: r2 += -184
 2626: call bpf_map_lookup_elem
 2627: r3 = r0
 2628: if r3 == 0 goto +13
 2629: r2 = *(u32 *)(r3 +4)
 2630: r1 = *(u64 *)(r10 -224)
 2631: if r1 == 0 goto +2
 2632: r1 = *(u64 *)(r10 -232)
 2633: if r2 <= r1 goto +8
 2634: *(u64 *)(r10 -224) = 1
 2635: *(u64 *)(r10 -232) = r2
 2636: r1 = *(u32 *)(r3 +0)
 2637: *(u32 *)(r10 -208) = r1
 2638: r1 = *(u32 *)(r3 +4)
 2639: *(u32 *)(r10 -204) = r1
 2640: r1 = *(u32 *)(r3 +8)
 2641: *(u32 *)(r10 -200) = r1
 2642: *(u32 *)(r10 -216) = 28
 2643: r1 = map[pipe_p0f_signatures_masks] ll
 2645: r2 = r10
 2646: r2 += -216
 2647: call bpf_map_lookup_elem
 2648: r3 = r0
 2649: if r3 == 0 goto +180
 2650: r1 = *(u32 *)(r3 +0)
 2651: if r1 == 0 goto +178
 2652: *(u32 *)(r10 -184) = 28
 2653: r2 = *(u32 *)(r10 -144)
 2654: r1 = *(u32 *)(r3 +8)
 2655: r2 &= r1
 2656: *(u32 *)(r10 -180) = r2
 2657: r2 = *(u32 *)(r10 -140)
 2658: r1 = *(u32 *)(r3 +12)
 2659: r2 &= r1
 2660: *(u32 *)(r10 -176) = r2
 2661: r2 = *(u32 *)(r10 -136)
 2662: r1 = *(u32 *)(r3 +16)
 2663: r2 &= r1
 2664: *(u32 *)(r10 -172) = r2
 2665: r2 = *(u32 *)(r10 -132)
 2666: r1 = *(u32 *)(r3 +20)
 2667: r2 &= r1
 2668: *(u32 *)(r10 -168) = r2
 2669: r1 = map[pipe_p0f_signatures] ll
 2671: r2 = r10
 2672: r2 += -184
 2673: call bpf_map_lookup_elem
 2674: r3 = r0
 2675: if r3 == 0 goto +13
 2676: r2 = *(u32 *)(r3 +4)
 2677: r1 = *(u64 *)(r10 -224)
 2678: if r1 == 0 goto +2
 2679: r1 = *(u64 *)(r10 -232)
 2680: if r2 <= r1 goto +8
 2681: *(u64 *)(r10 -224) = 1
 2682: *(u64 *)(r10 -232) = r2
 2683: r1 = *(u32 *)(r3 +0)
 2684: *(u32 *)(r10 -208) = r1
 2685: r1 = *(u32 *)(r3 +4)
 2686: *(u32 *)(r10 -204) = r1
 2687: r1 = *(u32 *)(r3 +8)
 2688: *(u32 *)(r10 -200) = r1
 2689: *(u32 *)(r10 -216) = 29
 2690: r1 = map[pipe_p0f_signatures_masks] ll
 2692: r2 = r10
 2693: r2 += -216
 2694: call bpf_map_lookup_elem
 2695: r3 = r0
 2696: if r3 == 0 goto +133
 2697: r1 = *(u32 *)(r3 +0)
 2698: if r1 == 0 goto +131
 2699: *(u32 *)(r10 -184) = 29
 2700: r2 = *(u32 *)(r10 -144)
 2701: r1 = *(u32 *)(r3 +8)
 2702: r2 &= r1
 2703: *(u32 *)(r10 -180) = r2
 2704: r2 = *(u32 *)(r10 -140)
 2705: r1 = *(u32 *)(r3 +12)
 2706: r2 &= r1
 2707: *(u32 *)(r10 -176) = r2
 2708: r2 = *(u32 *)(r10 -136)
 2709: r1 = *(u32 *)(r3 +16)
 2710: r2 &= r1
 2711: *(u32 *)(r10 -172) = r2
 2712: r2 = *(u32 *)(r10 -132)
 2713: r1 = *(u32 *)(r3 +20)
 2714: r2 &= r1
 2715: *(u32 *)(r10 -168) = r2
 2716: r1 = map[pipe_p0f_signatures] ll
 2718: r2 = r10
 2719: r2 += -184
 2720: call bpf_map_lookup_elem
 2721: r3 = r0
 2722: if r3 == 0 goto +13
 2723: r2 = *(u32 *)(r3 +4)
 2724: r1 = *(u64 *)(r10 -224)
 2725: if r1 == 0 goto +2
 2726: r1 = *(u64 *)(r10 -232)
 2727: if r2 <= r1 goto +8
 2728: *(u64 *)(r10 -224) = 1
 2729: *(u64 *)(r10 -232) = r2
 2730: r1 = *(u32 *)(r3 +0)
 2731: *(u32 *)(r10 -208) = r1
 2732: r1 = *(u32 *)(r3 +4)
 2733: *(u32 *)(r10 -204) = r1
 2734: r1 = *(u32 *)(r3 +8)
 2735: *(u32 *)(r10 -200) = r1
 2736: *(u32 *)(r10 -216) = 30
 2737: r1 = map[pipe_p0f_signatures_masks] ll
 2739: r2 = r10
 2740: r2 += -216
 2741: call bpf_map_lookup_elem
 2742: r3 = r0
 2743: if r3 == 0 goto +86
 2744: r1 = *(u32 *)(r3 +0)
 2745: if r1 == 0 goto +84
 2746: *(u32 *)(r10 -184) = 30
 2747: r2 = *(u32 *)(r10 -144)
 2748: r1 = *(u32 *)(r3 +8)
 2749: r2 &= r1
 2750: *(u32 *)(r10 -180) = r2
 2751: r2 = *(u32 *)(r10 -140)
 2752: r1 = *(u32 *)(r3 +12)
 2753: r2 &= r1
 2754: *(u32 *)(r10 -176) = r2
 2755: r2 = *(u32 *)(r10 -136)
 2756: r1 = *(u32 *)(r3 +16)
 2757: r2 &= r1
 2758: *(u32 *)(r10 -172) = r2
 2759: r2 = *(u32 *)(r10 -132)
 2760: r1 = *(u32 *)(r3 +20)
 2761: r2 &= r1
 2762: *(u32 *)(r10 -168) = r2
 2763: r1 = map[pipe_p0f_signatures] ll
 2765: r2 = r10
 2766: r2 += -184
 2767: call bpf_map_lookup_elem
 2768: r3 = r0
 2769: if r3 == 0 goto +13
 2770: r2 = *(u32 *)(r3 +4)
 2771: r1 = *(u64 *)(r10 -224)
 2772: if r1 == 0 goto +2
 2773: r1 = *(u64 *)(r10 -232)
 2774: if r2 <= r1 goto +8
 2775: *(u64 *)(r10 -224) = 1
 2776: *(u64 *)(r10 -232) = r2
 2777: r1 = *(u32 *)(r3 +0)
 2778: *(u32 *)(r10 -208) = r1
 2779: r1 = *(u32 *)(r3 +4)
 2780: *(u32 *)(r10 -204) = r1
 2781: r1 = *(u32 *)(r3 +8)
 2782: *(u32 *)(r10 -200) = r1
 2783: *(u32 *)(r10 -216) = 31
 2784: r1 = map[pipe_p0f_signatures_masks] ll
 2786: r2 = r10
 2787: r2 += -216
 2788: call bpf_map_lookup_elem
 2789: r3 = r0
 2790: if r3 == 0 goto +39
 2791: r1 = *(u32 *)(r3 +0)
 2792: if r1 == 0 goto +37
 2793: *(u32 *)(r10 -184) = 31
 2794: r2 = *(u32 *)(r10 -144)
 2795: r1 = *(u32 *)(r3 +8)
 2796: r2 &= r1
 2797: *(u32 *)(r10 -180) = r2
 2798: r2 = *(u32 *)(r10 -140)
 2799: r1 = *(u32 *)(r3 +12)
 2800: r2 &= r1
 2801: *(u32 *)(r10 -176) = r2
 2802: r2 = *(u32 *)(r10 -136)
 2803: r1 = *(u32 *)(r3 +16)
 2804: r2 &= r1
 2805: *(u32 *)(r10 -172) = r2
 2806: r2 = *(u32 *)(r10 -132)
 2807: r1 = *(u32 *)(r3 +20)
 2808: r2 &= r1
 2809: *(u32 *)(r10 -168) = r2
 2810: r1 = map[pipe_p0f_signatures] ll
 2812: r2 = r10
 2813: r2 += -184
 2814: call bpf_map_lookup_elem
 2815: r3 = r0
 2816: if r3 == 0 goto +13
 2817: r2 = *(u32 *)(r3 +4)
 2818: r1 = *(u64 *)(r10 -224)
 2819: if r1 == 0 goto +2
 2820: r1 = *(u64 *)(r10 -232)
 2821: if r2 <= r1 goto +8
 2822: *(u64 *)(r10 -224) = 1
 2823: *(u64 *)(r10 -232) = r2
 2824: r1 = *(u32 *)(r3 +0)
 2825: *(u32 *)(r10 -208) = r1
 2826: r1 = *(u32 *)(r3 +4)
 2827: *(u32 *)(r10 -204) = r1
 2828: r1 = *(u32 *)(r3 +8)
 2829: *(u32 *)(r10 -200) = r1
 2830: r1 = *(u64 *)(r10 -224)
 2831: r2 = 1
 2832: if r1 != 0 goto +17
 2833: r2 = 0
 2834: *(u32 *)(r10 -144) = 0
 2835: r1 = map[pipe_p0f_signatures_default] ll
 2837: r2 = r10
 2838: r2 += -144
 2839: call bpf_map_lookup_elem
 2840: r1 = r0
 2841: if r1 == 0 goto +5
 2842: r3 = *(u32 *)(r1 +0)
 2843: r2 = *(u32 *)(r1 +8)
 2844: r2 = be32 r2
 2845: w2 = w2
 2846: goto +7
 2847: r3 = 2
 2848: r2 = 0
 2849: goto +4
 2850: r3 = *(u32 *)(r10 -208)
 2851: r2 = *(u32 *)(r10 -200)
 2852: r2 = be32 r2
 2853: w2 = w2
 2854: if r3 == 0 goto +25
 2855: if r3 == 1 goto +2
 2856: if r3 == 2 goto +64
 2857: goto +63
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 2858: r1 = 1
      ; write var10, v45
 2859: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 2860: r2 = 0
      ; v47: bit<32> = const 1
 2861: r1 = 1
      ; count counter0[v46] += v47
 2862: *(u32 *)(r10 -144) = r2
 2863: *(u64 *)(r10 -208) = r1
 2864: r1 = map[pipe_os_stats] ll
 2866: r2 = r10
 2867: r2 += -144
 2868: call bpf_map_lookup_elem
 2869: r3 = r0
 2870: if r3 == 0 goto +50
 2871: r2 = *(u64 *)(r3 +0)
 2872: r1 = *(u64 *)(r10 -208)
 2873: r2 += r1
 2874: *(u64 *)(r3 +0) = r2
 2875: r2 = *(u64 *)(r3 +8)
 2876: r1 = *(u32 *)(r10 -40)
 2877: r2 += r1
 2878: *(u64 *)(r3 +8) = r2
 2879: goto +41
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 2880: *(u32 *)(r10 -36) = r2
      ; v44: bit<32> = const 1
 2881: r1 = 1
      ; count counter0[v43] += v44
 2882: *(u32 *)(r10 -144) = r2
 2883: *(u64 *)(r10 -208) = r1
 2884: r1 = map[pipe_os_stats] ll
 2886: r2 = r10
 2887: r2 += -144
 2888: call bpf_map_lookup_elem
 2889: r3 = r0
 2890: if r3 == 0 goto +30
 2891: r2 = *(u64 *)(r3 +0)
 2892: r1 = *(u64 *)(r10 -208)
 2893: r2 += r1
 2894: *(u64 *)(r3 +0) = r2
 2895: r2 = *(u64 *)(r3 +8)
 2896: r1 = *(u32 *)(r10 -40)
 2897: r2 += r1
 2898: *(u64 *)(r3 +8) = r2
 2899: goto +21
      ; drop
 2900: r2 = *(u32 *)(r10 -36)
 2901: r1 = *(u32 *)(r10 -32)
 2902: *(u64 *)(r10 -240) = r2
 2903: *(u64 *)(r10 -248) = r1
 2904: r1 = *(u64 *)(r10 -8)
 2905: r2 = 0xfffffffffffffff8 ll
 2907: call bpf_xdp_adjust_meta
 2908: if r0 != 0 goto +10
 2909: r1 = *(u64 *)(r10 -8)
 2910: r3 = *(u32 *)(r1 +8)
 2911: r2 = *(u32 *)(r1 +0)
 2912: r1 = r3
 2913: r1 += 8
 2914: if r1 > r2 goto +4
 2915: r1 = *(u64 *)(r10 -240)
 2916: *(u32 *)(r3 +0) = r1
 2917: r1 = *(u64 *)(r10 -248)
 2918: *(u32 *)(r3 +4) = r1
 2919: r0 = 1
 2920: exit
      ; epilogue: verdict
 2921: r2 = *(u32 *)(r10 -36)
 2922: r1 = *(u32 *)(r10 -32)
 2923: *(u64 *)(r10 -256) = r2
 2924: *(u64 *)(r10 -264) = r1
 2925: r1 = *(u64 *)(r10 -8)
 2926: r2 = 0xfffffffffffffff8 ll
 2928: call bpf_xdp_adjust_meta
 2929: if r0 != 0 goto +10
 2930: r1 = *(u64 *)(r10 -8)
 2931: r3 = *(u32 *)(r1 +8)
 2932: r2 = *(u32 *)(r1 +0)
 2933: r1 = r3
 2934: r1 += 8
 2935: if r1 > r2 goto +4
 2936: r1 = *(u64 *)(r10 -256)
 2937: *(u32 *)(r3 +0) = r1
 2938: r1 = *(u64 *)(r10 -264)
 2939: *(u32 *)(r3 +4) = r1
 2940: r1 = *(u8 *)(r10 -23)
 2941: if r1 != 0 goto +2
 2942: r0 = 2
 2943: exit
 2944: if r1 != 2 goto +4
 2945: r1 = *(u32 *)(r10 -32)
 2946: r2 = 0
 2947: call bpf_redirect
 2948: exit
 2949: r0 = 1
 2950: exit
