; p0f for xdp: 3219 instructions, stack 272 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -112) = 0
    5: *(u64 *)(r10 -104) = 0
    6: *(u64 *)(r10 -96) = 0
    7: *(u64 *)(r10 -88) = 0
    8: *(u64 *)(r10 -80) = 0
    9: *(u64 *)(r10 -72) = 0
   10: *(u64 *)(r10 -64) = 0
   11: *(u64 *)(r10 -56) = 0
   12: *(u64 *)(r10 -48) = 0
   13: *(u64 *)(r10 -40) = 0
   14: *(u64 *)(r10 -32) = 0
   15: *(u64 *)(r10 -24) = 0
   16: r2 = *(u32 *)(r1 +8)
   17: r3 = r2
   18: r3 += 8
   19: if r3 > r6 goto +2
   20: r3 = *(u32 *)(r2 +0)
   21: *(u32 *)(r10 -36) = r3
   22: call bpf_xdp_get_buff_len
   23: r1 = r0
   24: *(u32 *)(r10 -40) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   25: r1 = *(u64 *)(r10 -16)
   26: if r1 > 16383 goto +5
   27: r2 = r6
   28: r2 += r1
   29: r3 = r2
   30: r3 += 14
   31: if r3 <= r7 goto +2
   32: *(u32 *)(r10 -48) = 1
   33: goto +3134
   34: r3 = r1
   35: r3 += 1
   36: *(u32 *)(r10 -104) = r3
   37: r1 += 14
   38: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   39: r1 = 0
   40: if r2 == 0 goto +2
   41: r1 = *(u16 *)(r2 +12)
   42: r1 = be16 r1
   43: if r1 != 2048 goto +1
   44: goto +1
   45: goto +1269
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   46: r1 = *(u64 *)(r10 -16)
   47: if r1 > 16383 goto +5
   48: r2 = r6
   49: r2 += r1
   50: r3 = r2
   51: r3 += 20
   52: if r3 <= r7 goto +2
   53: *(u32 *)(r10 -48) = 1
   54: goto +3113
   55: r3 = r1
   56: r3 += 1
   57: *(u32 *)(r10 -100) = r3
   58: r1 += 20
   59: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   60: r1 = 0
   61: if r2 == 0 goto +2
   62: r1 = *(u8 *)(r2 +0)
   63: r1 &= 15
      ; v2: bit<4> = const 5
   64: r3 = 5
      ; v3: bool = ge v1, v2
   65: r4 = 1
   66: if r1 >= r3 goto +1
   67: r4 = 0
      ; verify v3, error HeaderTooShort
   68: if r4 != 0 goto +2
   69: *(u32 *)(r10 -48) = 4
   70: goto +3097
      ; v4: bit<4> = read_field hdr1.ihl
   71: r1 = 0
   72: if r2 == 0 goto +2
   73: r1 = *(u8 *)(r2 +0)
   74: r1 &= 15
      ; v5: bit<32> = cast v4
   75: r3 = r1
   76: w3 = w3
      ; v6: bit<32> = const 5
   77: r1 = 5
      ; v7: bit<32> = sub v5, v6
   78: r4 = r3
   79: r4 -= r1
   80: w4 = w4
      ; v8: bit<32> = const 0x20
   81: r1 = 32
      ; v9: bit<32> = mul v7, v8
   82: r3 = r4
   83: r3 *= r1
   84: w3 = w3
      ; advance v9
   85: r1 = r3
   86: r1 &= 7
   87: if r1 == 0 goto +2
   88: *(u32 *)(r10 -48) = 6
   89: goto +3078
   90: r1 = r3
   91: r1 >>= 3
   92: r3 = *(u64 *)(r10 -16)
   93: r3 += r1
   94: if r3 > 16383 goto +3
   95: r1 = r6
   96: r1 += r3
   97: if r1 <= r7 goto +2
   98: *(u32 *)(r10 -48) = 1
   99: goto +3068
  100: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
  101: r1 = 0
  102: if r2 == 0 goto +3
  103: r1 = *(u16 *)(r2 +6)
  104: r1 = be16 r1
  105: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  106: r3 = 0
  107: if r2 == 0 goto +1
  108: r3 = *(u8 *)(r2 +9)
  109: if r1 != 0 goto +2
  110: if r3 != 6 goto +1
  111: goto +1
  112: goto +1202
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  113: r1 = *(u64 *)(r10 -16)
  114: if r1 > 16383 goto +5
  115: r2 = r6
  116: r2 += r1
  117: r3 = r2
  118: r3 += 20
  119: if r3 <= r7 goto +2
  120: *(u32 *)(r10 -48) = 1
  121: goto +3046
  122: r3 = r1
  123: r3 += 1
  124: *(u32 *)(r10 -96) = r3
  125: r1 += 20
  126: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  127: r1 = 0
  128: if r2 == 0 goto +3
  129: r1 = *(u8 *)(r2 +12)
  130: r1 >>= 4
  131: r1 &= 15
      ; v13: bit<4> = const 5
  132: r3 = 5
      ; v14: bool = ge v12, v13
  133: r4 = 1
  134: if r1 >= r3 goto +1
  135: r4 = 0
      ; verify v14, error HeaderTooShort
  136: if r4 != 0 goto +2
  137: *(u32 *)(r10 -48) = 4
  138: goto +3029
      ; v15: bit<4> = read_field hdr2.dataOffset
  139: r1 = 0
  140: if r2 == 0 goto +3
  141: r1 = *(u8 *)(r2 +12)
  142: r1 >>= 4
  143: r1 &= 15
      ; v16: bit<16> = cast v15
  144: r3 = r1
  145: r3 &= 65535
      ; v17: bit<16> = const 5
  146: r1 = 5
      ; v18: bit<16> = sub v16, v17
  147: r4 = r3
  148: r4 -= r1
  149: r4 &= 65535
      ; v19: bit<16> = const 4
  150: r1 = 4
      ; v20: bit<16> = mul v18, v19
  151: r3 = r4
  152: r3 *= r1
  153: r3 &= 65535
      ; write var2, v20
  154: *(u16 *)(r10 -28) = r3
      ; v21: bit<8> = read_field hdr2.flags
  155: r1 = 0
  156: if r2 == 0 goto +1
  157: r1 = *(u8 *)(r2 +13)
  158: r2 = r1
  159: r2 &= 18
  160: if r2 != 2 goto +1
  161: goto +1
  162: goto +1152
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  163: r1 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  164: r2 = *(u8 *)(r10 -24)
  165: if r1 != 0 goto +1
  166: goto +1148
  167: if r2 != 8 goto +1
  168: goto +1146
      ; prs: block5 (parse_option)
      ; extract hdr3
  169: r1 = *(u64 *)(r10 -16)
  170: if r1 > 16383 goto +5
  171: r2 = r6
  172: r2 += r1
  173: r3 = r2
  174: r3 += 1
  175: if r3 <= r7 goto +2
  176: *(u32 *)(r10 -48) = 1
  177: goto +2990
  178: r3 = r1
  179: r3 += 1
  180: *(u32 *)(r10 -92) = r3
  181: r1 += 1
  182: *(u64 *)(r10 -16) = r1
      ; v24: bit<8> = read var3
  183: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  184: r3 = 1
      ; v26: bit<8> = add v24, v25
  185: r4 = r1
  186: r4 += r3
  187: r4 &= 255
      ; write var3, v26
  188: *(u8 *)(r10 -24) = r4
      ; v27: bit<16> = read var2
  189: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  190: r3 = 1
      ; v29: bit<16> = sub v27, v28
  191: r4 = r1
  192: r4 -= r3
  193: r4 &= 65535
      ; write var2, v29
  194: *(u16 *)(r10 -28) = r4
      ; v30: bit<8> = read_field hdr3.kind
  195: r1 = 0
  196: if r2 == 0 goto +1
  197: r1 = *(u8 *)(r2 +0)
  198: if r1 != 0 goto +1
  199: goto +1115
  200: if r1 != 1 goto +1
  201: goto +104
  202: if r1 != 2 goto +1
  203: goto +82
  204: if r1 != 3 goto +1
  205: goto +59
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  206: r1 = *(u64 *)(r10 -16)
  207: if r1 > 16383 goto +5
  208: r2 = r6
  209: r2 += r1
  210: r1 = r2
  211: r1 += 1
  212: if r1 <= r7 goto +2
  213: *(u32 *)(r10 -48) = 1
  214: goto +2953
  215: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  216: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  217: r1 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
  218: r2 = 2
      ; v34: bool = ge v32, v33
  219: r3 = 1
  220: if r1 >= r2 goto +1
  221: r3 = 0
      ; verify v34, error HeaderTooShort
  222: if r3 != 0 goto +2
  223: *(u32 *)(r10 -48) = 4
  224: goto +2943
      ; v35: bit<8> = read var11
  225: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  226: r2 = r1
  227: w2 = w2
      ; v37: bit<32> = const 1
  228: r1 = 1
      ; v38: bit<32> = sub v36, v37
  229: r3 = r2
  230: r3 -= r1
  231: w3 = w3
      ; v39: bit<32> = const 8
  232: r1 = 8
      ; v40: bit<32> = mul v38, v39
  233: r2 = r3
  234: r2 *= r1
  235: w2 = w2
      ; advance v40
  236: r1 = r2
  237: r1 &= 7
  238: if r1 == 0 goto +2
  239: *(u32 *)(r10 -48) = 6
  240: goto +2927
  241: r1 = r2
  242: r1 >>= 3
  243: r2 = *(u64 *)(r10 -16)
  244: r2 += r1
  245: if r2 > 16383 goto +3
  246: r1 = r6
  247: r1 += r2
  248: if r1 <= r7 goto +2
  249: *(u32 *)(r10 -48) = 1
  250: goto +2917
  251: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  252: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  253: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  254: r3 = r2
  255: r3 &= 65535
      ; v44: bit<16> = const 1
  256: r2 = 1
      ; v45: bit<16> = sub v43, v44
  257: r4 = r3
  258: r4 -= r2
  259: r4 &= 65535
      ; v46: bit<16> = sub v41, v45
  260: r2 = r1
  261: r2 -= r4
  262: r2 &= 65535
      ; write var2, v46
  263: *(u16 *)(r10 -28) = r2
  264: goto +41
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  265: r1 = *(u64 *)(r10 -16)
  266: if r1 > 16383 goto +5
  267: r2 = r6
  268: r2 += r1
  269: r3 = r2
  270: r3 += 2
  271: if r3 <= r7 goto +2
  272: *(u32 *)(r10 -48) = 1
  273: goto +2894
  274: r2 = r1
  275: r2 += 1
  276: *(u32 *)(r10 -56) = r2
  277: r1 += 2
  278: *(u64 *)(r10 -16) = r1
      ; v47: bit<16> = read var2
  279: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  280: r2 = 2
      ; v49: bit<16> = sub v47, v48
  281: r3 = r1
  282: r3 -= r2
  283: r3 &= 65535
      ; write var2, v49
  284: *(u16 *)(r10 -28) = r3
  285: goto +20
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  286: r1 = *(u64 *)(r10 -16)
  287: if r1 > 16383 goto +5
  288: r2 = r6
  289: r2 += r1
  290: r3 = r2
  291: r3 += 3
  292: if r3 <= r7 goto +2
  293: *(u32 *)(r10 -48) = 1
  294: goto +2873
  295: r2 = r1
  296: r2 += 1
  297: *(u32 *)(r10 -60) = r2
  298: r1 += 3
  299: *(u64 *)(r10 -16) = r1
      ; v50: bit<16> = read var2
  300: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  301: r2 = 3
      ; v52: bit<16> = sub v50, v51
  302: r3 = r1
  303: r3 -= r2
  304: r3 &= 65535
      ; write var2, v52
  305: *(u16 *)(r10 -28) = r3
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  306: r1 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  307: r2 = *(u8 *)(r10 -24)
  308: if r1 != 0 goto +1
  309: goto +1005
  310: if r2 != 8 goto +1
  311: goto +1003
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  312: r1 = *(u64 *)(r10 -16)
  313: if r1 > 16383 goto +5
  314: r2 = r6
  315: r2 += r1
  316: r3 = r2
  317: r3 += 1
  318: if r3 <= r7 goto +2
  319: *(u32 *)(r10 -48) = 1
  320: goto +2847
  321: r3 = r1
  322: r3 += 1
  323: *(u32 *)(r10 -88) = r3
  324: r1 += 1
  325: *(u64 *)(r10 -16) = r1
      ; v55: bit<8> = read var3
  326: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  327: r3 = 1
      ; v57: bit<8> = add v55, v56
  328: r4 = r1
  329: r4 += r3
  330: r4 &= 255
      ; write var3, v57
  331: *(u8 *)(r10 -24) = r4
      ; v58: bit<16> = read var2
  332: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  333: r3 = 1
      ; v60: bit<16> = sub v58, v59
  334: r4 = r1
  335: r4 -= r3
  336: r4 &= 65535
      ; write var2, v60
  337: *(u16 *)(r10 -28) = r4
      ; v61: bit<8> = read_field hdr4.kind
  338: r1 = 0
  339: if r2 == 0 goto +1
  340: r1 = *(u8 *)(r2 +0)
  341: if r1 != 0 goto +1
  342: goto +972
  343: if r1 != 1 goto +1
  344: goto +104
  345: if r1 != 2 goto +1
  346: goto +82
  347: if r1 != 3 goto +1
  348: goto +59
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  349: r1 = *(u64 *)(r10 -16)
  350: if r1 > 16383 goto +5
  351: r2 = r6
  352: r2 += r1
  353: r1 = r2
  354: r1 += 1
  355: if r1 <= r7 goto +2
  356: *(u32 *)(r10 -48) = 1
  357: goto +2810
  358: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  359: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  360: r1 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
  361: r2 = 2
      ; v65: bool = ge v63, v64
  362: r3 = 1
  363: if r1 >= r2 goto +1
  364: r3 = 0
      ; verify v65, error HeaderTooShort
  365: if r3 != 0 goto +2
  366: *(u32 *)(r10 -48) = 4
  367: goto +2800
      ; v66: bit<8> = read var11
  368: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  369: r2 = r1
  370: w2 = w2
      ; v68: bit<32> = const 1
  371: r1 = 1
      ; v69: bit<32> = sub v67, v68
  372: r3 = r2
  373: r3 -= r1
  374: w3 = w3
      ; v70: bit<32> = const 8
  375: r1 = 8
      ; v71: bit<32> = mul v69, v70
  376: r2 = r3
  377: r2 *= r1
  378: w2 = w2
      ; advance v71
  379: r1 = r2
  380: r1 &= 7
  381: if r1 == 0 goto +2
  382: *(u32 *)(r10 -48) = 6
  383: goto +2784
  384: r1 = r2
  385: r1 >>= 3
  386: r2 = *(u64 *)(r10 -16)
  387: r2 += r1
  388: if r2 > 16383 goto +3
  389: r1 = r6
  390: r1 += r2
  391: if r1 <= r7 goto +2
  392: *(u32 *)(r10 -48) = 1
  393: goto +2774
  394: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  395: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  396: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  397: r3 = r2
  398: r3 &= 65535
      ; v75: bit<16> = const 1
  399: r2 = 1
      ; v76: bit<16> = sub v74, v75
  400: r4 = r3
  401: r4 -= r2
  402: r4 &= 65535
      ; v77: bit<16> = sub v72, v76
  403: r2 = r1
  404: r2 -= r4
  405: r2 &= 65535
      ; write var2, v77
  406: *(u16 *)(r10 -28) = r2
  407: goto +41
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  408: r1 = *(u64 *)(r10 -16)
  409: if r1 > 16383 goto +5
  410: r2 = r6
  411: r2 += r1
  412: r3 = r2
  413: r3 += 2
  414: if r3 <= r7 goto +2
  415: *(u32 *)(r10 -48) = 1
  416: goto +2751
  417: r2 = r1
  418: r2 += 1
  419: *(u32 *)(r10 -56) = r2
  420: r1 += 2
  421: *(u64 *)(r10 -16) = r1
      ; v78: bit<16> = read var2
  422: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  423: r2 = 2
      ; v80: bit<16> = sub v78, v79
  424: r3 = r1
  425: r3 -= r2
  426: r3 &= 65535
      ; write var2, v80
  427: *(u16 *)(r10 -28) = r3
  428: goto +20
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  429: r1 = *(u64 *)(r10 -16)
  430: if r1 > 16383 goto +5
  431: r2 = r6
  432: r2 += r1
  433: r3 = r2
  434: r3 += 3
  435: if r3 <= r7 goto +2
  436: *(u32 *)(r10 -48) = 1
  437: goto +2730
  438: r2 = r1
  439: r2 += 1
  440: *(u32 *)(r10 -60) = r2
  441: r1 += 3
  442: *(u64 *)(r10 -16) = r1
      ; v81: bit<16> = read var2
  443: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  444: r2 = 3
      ; v83: bit<16> = sub v81, v82
  445: r3 = r1
  446: r3 -= r2
  447: r3 &= 65535
      ; write var2, v83
  448: *(u16 *)(r10 -28) = r3
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  449: r1 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  450: r2 = *(u8 *)(r10 -24)
  451: if r1 != 0 goto +1
  452: goto +862
  453: if r2 != 8 goto +1
  454: goto +860
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  455: r1 = *(u64 *)(r10 -16)
  456: if r1 > 16383 goto +5
  457: r2 = r6
  458: r2 += r1
  459: r3 = r2
  460: r3 += 1
  461: if r3 <= r7 goto +2
  462: *(u32 *)(r10 -48) = 1
  463: goto +2704
  464: r3 = r1
  465: r3 += 1
  466: *(u32 *)(r10 -84) = r3
  467: r1 += 1
  468: *(u64 *)(r10 -16) = r1
      ; v86: bit<8> = read var3
  469: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  470: r3 = 1
      ; v88: bit<8> = add v86, v87
  471: r4 = r1
  472: r4 += r3
  473: r4 &= 255
      ; write var3, v88
  474: *(u8 *)(r10 -24) = r4
      ; v89: bit<16> = read var2
  475: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  476: r3 = 1
      ; v91: bit<16> = sub v89, v90
  477: r4 = r1
  478: r4 -= r3
  479: r4 &= 65535
      ; write var2, v91
  480: *(u16 *)(r10 -28) = r4
      ; v92: bit<8> = read_field hdr5.kind
  481: r1 = 0
  482: if r2 == 0 goto +1
  483: r1 = *(u8 *)(r2 +0)
  484: if r1 != 0 goto +1
  485: goto +829
  486: if r1 != 1 goto +1
  487: goto +104
  488: if r1 != 2 goto +1
  489: goto +82
  490: if r1 != 3 goto +1
  491: goto +59
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  492: r1 = *(u64 *)(r10 -16)
  493: if r1 > 16383 goto +5
  494: r2 = r6
  495: r2 += r1
  496: r1 = r2
  497: r1 += 1
  498: if r1 <= r7 goto +2
  499: *(u32 *)(r10 -48) = 1
  500: goto +2667
  501: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  502: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  503: r1 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
  504: r2 = 2
      ; v96: bool = ge v94, v95
  505: r3 = 1
  506: if r1 >= r2 goto +1
  507: r3 = 0
      ; verify v96, error HeaderTooShort
  508: if r3 != 0 goto +2
  509: *(u32 *)(r10 -48) = 4
  510: goto +2657
      ; v97: bit<8> = read var11
  511: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  512: r2 = r1
  513: w2 = w2
      ; v99: bit<32> = const 1
  514: r1 = 1
      ; v100: bit<32> = sub v98, v99
  515: r3 = r2
  516: r3 -= r1
  517: w3 = w3
      ; v101: bit<32> = const 8
  518: r1 = 8
      ; v102: bit<32> = mul v100, v101
  519: r2 = r3
  520: r2 *= r1
  521: w2 = w2
      ; advance v102
  522: r1 = r2
  523: r1 &= 7
  524: if r1 == 0 goto +2
  525: *(u32 *)(r10 -48) = 6
  526: goto +2641
  527: r1 = r2
  528: r1 >>= 3
  529: r2 = *(u64 *)(r10 -16)
  530: r2 += r1
  531: if r2 > 16383 goto +3
  532: r1 = r6
  533: r1 += r2
  534: if r1 <= r7 goto +2
  535: *(u32 *)(r10 -48) = 1
  536: goto +2631
  537: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  538: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  539: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  540: r3 = r2
  541: r3 &= 65535
      ; v106: bit<16> = const 1
  542: r2 = 1
      ; v107: bit<16> = sub v105, v106
  543: r4 = r3
  544: r4 -= r2
  545: r4 &= 65535
      ; v108: bit<16> = sub v103, v107
  546: r2 = r1
  547: r2 -= r4
  548: r2 &= 65535
      ; write var2, v108
  549: *(u16 *)(r10 -28) = r2
  550: goto +41
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  551: r1 = *(u64 *)(r10 -16)
  552: if r1 > 16383 goto +5
  553: r2 = r6
  554: r2 += r1
  555: r3 = r2
  556: r3 += 2
  557: if r3 <= r7 goto +2
  558: *(u32 *)(r10 -48) = 1
  559: goto +2608
  560: r2 = r1
  561: r2 += 1
  562: *(u32 *)(r10 -56) = r2
  563: r1 += 2
  564: *(u64 *)(r10 -16) = r1
      ; v109: bit<16> = read var2
  565: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  566: r2 = 2
      ; v111: bit<16> = sub v109, v110
  567: r3 = r1
  568: r3 -= r2
  569: r3 &= 65535
      ; write var2, v111
  570: *(u16 *)(r10 -28) = r3
  571: goto +20
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  572: r1 = *(u64 *)(r10 -16)
  573: if r1 > 16383 goto +5
  574: r2 = r6
  575: r2 += r1
  576: r3 = r2
  577: r3 += 3
  578: if r3 <= r7 goto +2
  579: *(u32 *)(r10 -48) = 1
  580: goto +2587
  581: r2 = r1
  582: r2 += 1
  583: *(u32 *)(r10 -60) = r2
  584: r1 += 3
  585: *(u64 *)(r10 -16) = r1
      ; v112: bit<16> = read var2
  586: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  587: r2 = 3
      ; v114: bit<16> = sub v112, v113
  588: r3 = r1
  589: r3 -= r2
  590: r3 &= 65535
      ; write var2, v114
  591: *(u16 *)(r10 -28) = r3
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  592: r1 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  593: r2 = *(u8 *)(r10 -24)
  594: if r1 != 0 goto +1
  595: goto +719
  596: if r2 != 8 goto +1
  597: goto +717
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  598: r1 = *(u64 *)(r10 -16)
  599: if r1 > 16383 goto +5
  600: r2 = r6
  601: r2 += r1
  602: r3 = r2
  603: r3 += 1
  604: if r3 <= r7 goto +2
  605: *(u32 *)(r10 -48) = 1
  606: goto +2561
  607: r3 = r1
  608: r3 += 1
  609: *(u32 *)(r10 -80) = r3
  610: r1 += 1
  611: *(u64 *)(r10 -16) = r1
      ; v117: bit<8> = read var3
  612: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  613: r3 = 1
      ; v119: bit<8> = add v117, v118
  614: r4 = r1
  615: r4 += r3
  616: r4 &= 255
      ; write var3, v119
  617: *(u8 *)(r10 -24) = r4
      ; v120: bit<16> = read var2
  618: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  619: r3 = 1
      ; v122: bit<16> = sub v120, v121
  620: r4 = r1
  621: r4 -= r3
  622: r4 &= 65535
      ; write var2, v122
  623: *(u16 *)(r10 -28) = r4
      ; v123: bit<8> = read_field hdr6.kind
  624: r1 = 0
  625: if r2 == 0 goto +1
  626: r1 = *(u8 *)(r2 +0)
  627: if r1 != 0 goto +1
  628: goto +686
  629: if r1 != 1 goto +1
  630: goto +104
  631: if r1 != 2 goto +1
  632: goto +82
  633: if r1 != 3 goto +1
  634: goto +59
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  635: r1 = *(u64 *)(r10 -16)
  636: if r1 > 16383 goto +5
  637: r2 = r6
  638: r2 += r1
  639: r1 = r2
  640: r1 += 1
  641: if r1 <= r7 goto +2
  642: *(u32 *)(r10 -48) = 1
  643: goto +2524
  644: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  645: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  646: r1 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
  647: r2 = 2
      ; v127: bool = ge v125, v126
  648: r3 = 1
  649: if r1 >= r2 goto +1
  650: r3 = 0
      ; verify v127, error HeaderTooShort
  651: if r3 != 0 goto +2
  652: *(u32 *)(r10 -48) = 4
  653: goto +2514
      ; v128: bit<8> = read var11
  654: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  655: r2 = r1
  656: w2 = w2
      ; v130: bit<32> = const 1
  657: r1 = 1
      ; v131: bit<32> = sub v129, v130
  658: r3 = r2
  659: r3 -= r1
  660: w3 = w3
      ; v132: bit<32> = const 8
  661: r1 = 8
      ; v133: bit<32> = mul v131, v132
  662: r2 = r3
  663: r2 *= r1
  664: w2 = w2
      ; advance v133
  665: r1 = r2
  666: r1 &= 7
  667: if r1 == 0 goto +2
  668: *(u32 *)(r10 -48) = 6
  669: goto +2498
  670: r1 = r2
  671: r1 >>= 3
  672: r2 = *(u64 *)(r10 -16)
  673: r2 += r1
  674: if r2 > 16383 goto +3
  675: r1 = r6
  676: r1 += r2
  677: if r1 <= r7 goto +2
  678: *(u32 *)(r10 -48) = 1
  679: goto +2488
  680: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  681: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  682: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  683: r3 = r2
  684: r3 &= 65535
      ; v137: bit<16> = const 1
  685: r2 = 1
      ; v138: bit<16> = sub v136, v137
  686: r4 = r3
  687: r4 -= r2
  688: r4 &= 65535
      ; v139: bit<16> = sub v134, v138
  689: r2 = r1
  690: r2 -= r4
  691: r2 &= 65535
      ; write var2, v139
  692: *(u16 *)(r10 -28) = r2
  693: goto +41
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  694: r1 = *(u64 *)(r10 -16)
  695: if r1 > 16383 goto +5
  696: r2 = r6
  697: r2 += r1
  698: r3 = r2
  699: r3 += 2
  700: if r3 <= r7 goto +2
  701: *(u32 *)(r10 -48) = 1
  702: goto +2465
  703: r2 = r1
  704: r2 += 1
  705: *(u32 *)(r10 -56) = r2
  706: r1 += 2
  707: *(u64 *)(r10 -16) = r1
      ; v140: bit<16> = read var2
  708: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  709: r2 = 2
      ; v142: bit<16> = sub v140, v141
  710: r3 = r1
  711: r3 -= r2
  712: r3 &= 65535
      ; write var2, v142
  713: *(u16 *)(r10 -28) = r3
  714: goto +20
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  715: r1 = *(u64 *)(r10 -16)
  716: if r1 > 16383 goto +5
  717: r2 = r6
  718: r2 += r1
  719: r3 = r2
  720: r3 += 3
  721: if r3 <= r7 goto +2
  722: *(u32 *)(r10 -48) = 1
  723: goto +2444
  724: r2 = r1
  725: r2 += 1
  726: *(u32 *)(r10 -60) = r2
  727: r1 += 3
  728: *(u64 *)(r10 -16) = r1
      ; v143: bit<16> = read var2
  729: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  730: r2 = 3
      ; v145: bit<16> = sub v143, v144
  731: r3 = r1
  732: r3 -= r2
  733: r3 &= 65535
      ; write var2, v145
  734: *(u16 *)(r10 -28) = r3
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  735: r1 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  736: r2 = *(u8 *)(r10 -24)
  737: if r1 != 0 goto +1
  738: goto +576
  739: if r2 != 8 goto +1
  740: goto +574
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  741: r1 = *(u64 *)(r10 -16)
  742: if r1 > 16383 goto +5
  743: r2 = r6
  744: r2 += r1
  745: r3 = r2
  746: r3 += 1
  747: if r3 <= r7 goto +2
  748: *(u32 *)(r10 -48) = 1
  749: goto +2418
  750: r3 = r1
  751: r3 += 1
  752: *(u32 *)(r10 -76) = r3
  753: r1 += 1
  754: *(u64 *)(r10 -16) = r1
      ; v148: bit<8> = read var3
  755: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  756: r3 = 1
      ; v150: bit<8> = add v148, v149
  757: r4 = r1
  758: r4 += r3
  759: r4 &= 255
      ; write var3, v150
  760: *(u8 *)(r10 -24) = r4
      ; v151: bit<16> = read var2
  761: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  762: r3 = 1
      ; v153: bit<16> = sub v151, v152
  763: r4 = r1
  764: r4 -= r3
  765: r4 &= 65535
      ; write var2, v153
  766: *(u16 *)(r10 -28) = r4
      ; v154: bit<8> = read_field hdr7.kind
  767: r1 = 0
  768: if r2 == 0 goto +1
  769: r1 = *(u8 *)(r2 +0)
  770: if r1 != 0 goto +1
  771: goto +543
  772: if r1 != 1 goto +1
  773: goto +104
  774: if r1 != 2 goto +1
  775: goto +82
  776: if r1 != 3 goto +1
  777: goto +59
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  778: r1 = *(u64 *)(r10 -16)
  779: if r1 > 16383 goto +5
  780: r2 = r6
  781: r2 += r1
  782: r1 = r2
  783: r1 += 1
  784: if r1 <= r7 goto +2
  785: *(u32 *)(r10 -48) = 1
  786: goto +2381
  787: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  788: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  789: r1 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
  790: r2 = 2
      ; v158: bool = ge v156, v157
  791: r3 = 1
  792: if r1 >= r2 goto +1
  793: r3 = 0
      ; verify v158, error HeaderTooShort
  794: if r3 != 0 goto +2
  795: *(u32 *)(r10 -48) = 4
  796: goto +2371
      ; v159: bit<8> = read var11
  797: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  798: r2 = r1
  799: w2 = w2
      ; v161: bit<32> = const 1
  800: r1 = 1
      ; v162: bit<32> = sub v160, v161
  801: r3 = r2
  802: r3 -= r1
  803: w3 = w3
      ; v163: bit<32> = const 8
  804: r1 = 8
      ; v164: bit<32> = mul v162, v163
  805: r2 = r3
  806: r2 *= r1
  807: w2 = w2
      ; advance v164
  808: r1 = r2
  809: r1 &= 7
  810: if r1 == 0 goto +2
  811: *(u32 *)(r10 -48) = 6
  812: goto +2355
  813: r1 = r2
  814: r1 >>= 3
  815: r2 = *(u64 *)(r10 -16)
  816: r2 += r1
  817: if r2 > 16383 goto +3
  818: r1 = r6
  819: r1 += r2
  820: if r1 <= r7 goto +2
  821: *(u32 *)(r10 -48) = 1
  822: goto +2345
  823: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  824: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  825: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  826: r3 = r2
  827: r3 &= 65535
      ; v168: bit<16> = const 1
  828: r2 = 1
      ; v169: bit<16> = sub v167, v168
  829: r4 = r3
  830: r4 -= r2
  831: r4 &= 65535
      ; v170: bit<16> = sub v165, v169
  832: r2 = r1
  833: r2 -= r4
  834: r2 &= 65535
      ; write var2, v170
  835: *(u16 *)(r10 -28) = r2
  836: goto +41
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  837: r1 = *(u64 *)(r10 -16)
  838: if r1 > 16383 goto +5
  839: r2 = r6
  840: r2 += r1
  841: r3 = r2
  842: r3 += 2
  843: if r3 <= r7 goto +2
  844: *(u32 *)(r10 -48) = 1
  845: goto +2322
  846: r2 = r1
  847: r2 += 1
  848: *(u32 *)(r10 -56) = r2
  849: r1 += 2
  850: *(u64 *)(r10 -16) = r1
      ; v171: bit<16> = read var2
  851: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  852: r2 = 2
      ; v173: bit<16> = sub v171, v172
  853: r3 = r1
  854: r3 -= r2
  855: r3 &= 65535
      ; write var2, v173
  856: *(u16 *)(r10 -28) = r3
  857: goto +20
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  858: r1 = *(u64 *)(r10 -16)
  859: if r1 > 16383 goto +5
  860: r2 = r6
  861: r2 += r1
  862: r3 = r2
  863: r3 += 3
  864: if r3 <= r7 goto +2
  865: *(u32 *)(r10 -48) = 1
  866: goto +2301
  867: r2 = r1
  868: r2 += 1
  869: *(u32 *)(r10 -60) = r2
  870: r1 += 3
  871: *(u64 *)(r10 -16) = r1
      ; v174: bit<16> = read var2
  872: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  873: r2 = 3
      ; v176: bit<16> = sub v174, v175
  874: r3 = r1
  875: r3 -= r2
  876: r3 &= 65535
      ; write var2, v176
  877: *(u16 *)(r10 -28) = r3
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  878: r1 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  879: r2 = *(u8 *)(r10 -24)
  880: if r1 != 0 goto +1
  881: goto +433
  882: if r2 != 8 goto +1
  883: goto +431
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  884: r1 = *(u64 *)(r10 -16)
  885: if r1 > 16383 goto +5
  886: r2 = r6
  887: r2 += r1
  888: r3 = r2
  889: r3 += 1
  890: if r3 <= r7 goto +2
  891: *(u32 *)(r10 -48) = 1
  892: goto +2275
  893: r3 = r1
  894: r3 += 1
  895: *(u32 *)(r10 -72) = r3
  896: r1 += 1
  897: *(u64 *)(r10 -16) = r1
      ; v179: bit<8> = read var3
  898: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  899: r3 = 1
      ; v181: bit<8> = add v179, v180
  900: r4 = r1
  901: r4 += r3
  902: r4 &= 255
      ; write var3, v181
  903: *(u8 *)(r10 -24) = r4
      ; v182: bit<16> = read var2
  904: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  905: r3 = 1
      ; v184: bit<16> = sub v182, v183
  906: r4 = r1
  907: r4 -= r3
  908: r4 &= 65535
      ; write var2, v184
  909: *(u16 *)(r10 -28) = r4
      ; v185: bit<8> = read_field hdr8.kind
  910: r1 = 0
  911: if r2 == 0 goto +1
  912: r1 = *(u8 *)(r2 +0)
  913: if r1 != 0 goto +1
  914: goto +400
  915: if r1 != 1 goto +1
  916: goto +104
  917: if r1 != 2 goto +1
  918: goto +82
  919: if r1 != 3 goto +1
  920: goto +59
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  921: r1 = *(u64 *)(r10 -16)
  922: if r1 > 16383 goto +5
  923: r2 = r6
  924: r2 += r1
  925: r1 = r2
  926: r1 += 1
  927: if r1 <= r7 goto +2
  928: *(u32 *)(r10 -48) = 1
  929: goto +2238
  930: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  931: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  932: r1 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
  933: r2 = 2
      ; v189: bool = ge v187, v188
  934: r3 = 1
  935: if r1 >= r2 goto +1
  936: r3 = 0
      ; verify v189, error HeaderTooShort
  937: if r3 != 0 goto +2
  938: *(u32 *)(r10 -48) = 4
  939: goto +2228
      ; v190: bit<8> = read var11
  940: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  941: r2 = r1
  942: w2 = w2
      ; v192: bit<32> = const 1
  943: r1 = 1
      ; v193: bit<32> = sub v191, v192
  944: r3 = r2
  945: r3 -= r1
  946: w3 = w3
      ; v194: bit<32> = const 8
  947: r1 = 8
      ; v195: bit<32> = mul v193, v194
  948: r2 = r3
  949: r2 *= r1
  950: w2 = w2
      ; advance v195
  951: r1 = r2
  952: r1 &= 7
  953: if r1 == 0 goto +2
  954: *(u32 *)(r10 -48) = 6
  955: goto +2212
  956: r1 = r2
  957: r1 >>= 3
  958: r2 = *(u64 *)(r10 -16)
  959: r2 += r1
  960: if r2 > 16383 goto +3
  961: r1 = r6
  962: r1 += r2
  963: if r1 <= r7 goto +2
  964: *(u32 *)(r10 -48) = 1
  965: goto +2202
  966: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  967: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  968: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  969: r3 = r2
  970: r3 &= 65535
      ; v199: bit<16> = const 1
  971: r2 = 1
      ; v200: bit<16> = sub v198, v199
  972: r4 = r3
  973: r4 -= r2
  974: r4 &= 65535
      ; v201: bit<16> = sub v196, v200
  975: r2 = r1
  976: r2 -= r4
  977: r2 &= 65535
      ; write var2, v201
  978: *(u16 *)(r10 -28) = r2
  979: goto +41
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  980: r1 = *(u64 *)(r10 -16)
  981: if r1 > 16383 goto +5
  982: r2 = r6
  983: r2 += r1
  984: r3 = r2
  985: r3 += 2
  986: if r3 <= r7 goto +2
  987: *(u32 *)(r10 -48) = 1
  988: goto +2179
  989: r2 = r1
  990: r2 += 1
  991: *(u32 *)(r10 -56) = r2
  992: r1 += 2
  993: *(u64 *)(r10 -16) = r1
      ; v202: bit<16> = read var2
  994: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  995: r2 = 2
      ; v204: bit<16> = sub v202, v203
  996: r3 = r1
  997: r3 -= r2
  998: r3 &= 65535
      ; write var2, v204
  999: *(u16 *)(r10 -28) = r3
 1000: goto +20
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
 1001: r1 = *(u64 *)(r10 -16)
 1002: if r1 > 16383 goto +5
 1003: r2 = r6
 1004: r2 += r1
 1005: r3 = r2
 1006: r3 += 3
 1007: if r3 <= r7 goto +2
 1008: *(u32 *)(r10 -48) = 1
 1009: goto +2158
 1010: r2 = r1
 1011: r2 += 1
 1012: *(u32 *)(r10 -60) = r2
 1013: r1 += 3
 1014: *(u64 *)(r10 -16) = r1
      ; v205: bit<16> = read var2
 1015: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
 1016: r2 = 3
      ; v207: bit<16> = sub v205, v206
 1017: r3 = r1
 1018: r3 -= r2
 1019: r3 &= 65535
      ; write var2, v207
 1020: *(u16 *)(r10 -28) = r3
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
 1021: r1 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
 1022: r2 = *(u8 *)(r10 -24)
 1023: if r1 != 0 goto +1
 1024: goto +290
 1025: if r2 != 8 goto +1
 1026: goto +288
      ; prs: block35 (parse_option.6)
      ; extract hdr9
 1027: r1 = *(u64 *)(r10 -16)
 1028: if r1 > 16383 goto +5
 1029: r2 = r6
 1030: r2 += r1
 1031: r3 = r2
 1032: r3 += 1
 1033: if r3 <= r7 goto +2
 1034: *(u32 *)(r10 -48) = 1
 1035: goto +2132
 1036: r3 = r1
 1037: r3 += 1
 1038: *(u32 *)(r10 -68) = r3
 1039: r1 += 1
 1040: *(u64 *)(r10 -16) = r1
      ; v210: bit<8> = read var3
 1041: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
 1042: r3 = 1
      ; v212: bit<8> = add v210, v211
 1043: r4 = r1
 1044: r4 += r3
 1045: r4 &= 255
      ; write var3, v212
 1046: *(u8 *)(r10 -24) = r4
      ; v213: bit<16> = read var2
 1047: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
 1048: r3 = 1
      ; v215: bit<16> = sub v213, v214
 1049: r4 = r1
 1050: r4 -= r3
 1051: r4 &= 65535
      ; write var2, v215
 1052: *(u16 *)(r10 -28) = r4
      ; v216: bit<8> = read_field hdr9.kind
 1053: r1 = 0
 1054: if r2 == 0 goto +1
 1055: r1 = *(u8 *)(r2 +0)
 1056: if r1 != 0 goto +1
 1057: goto +257
 1058: if r1 != 1 goto +1
 1059: goto +104
 1060: if r1 != 2 goto +1
 1061: goto +82
 1062: if r1 != 3 goto +1
 1063: goto +59
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
 1064: r1 = *(u64 *)(r10 -16)
 1065: if r1 > 16383 goto +5
 1066: r2 = r6
 1067: r2 += r1
 1068: r1 = r2
 1069: r1 += 1
 1070: if r1 <= r7 goto +2
 1071: *(u32 *)(r10 -48) = 1
 1072: goto +2095
 1073: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
 1074: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
 1075: r1 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
 1076: r2 = 2
      ; v220: bool = ge v218, v219
 1077: r3 = 1
 1078: if r1 >= r2 goto +1
 1079: r3 = 0
      ; verify v220, error HeaderTooShort
 1080: if r3 != 0 goto +2
 1081: *(u32 *)(r10 -48) = 4
 1082: goto +2085
      ; v221: bit<8> = read var11
 1083: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
 1084: r2 = r1
 1085: w2 = w2
      ; v223: bit<32> = const 1
 1086: r1 = 1
      ; v224: bit<32> = sub v222, v223
 1087: r3 = r2
 1088: r3 -= r1
 1089: w3 = w3
      ; v225: bit<32> = const 8
 1090: r1 = 8
      ; v226: bit<32> = mul v224, v225
 1091: r2 = r3
 1092: r2 *= r1
 1093: w2 = w2
      ; advance v226
 1094: r1 = r2
 1095: r1 &= 7
 1096: if r1 == 0 goto +2
 1097: *(u32 *)(r10 -48) = 6
 1098: goto +2069
 1099: r1 = r2
 1100: r1 >>= 3
 1101: r2 = *(u64 *)(r10 -16)
 1102: r2 += r1
 1103: if r2 > 16383 goto +3
 1104: r1 = r6
 1105: r1 += r2
 1106: if r1 <= r7 goto +2
 1107: *(u32 *)(r10 -48) = 1
 1108: goto +2059
 1109: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
 1110: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
 1111: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
 1112: r3 = r2
 1113: r3 &= 65535
      ; v230: bit<16> = const 1
 1114: r2 = 1
      ; v231: bit<16> = sub v229, v230
 1115: r4 = r3
 1116: r4 -= r2
 1117: r4 &= 65535
      ; v232: bit<16> = sub v227, v231
 1118: r2 = r1
 1119: r2 -= r4
 1120: r2 &= 65535
      ; write var2, v232
 1121: *(u16 *)(r10 -28) = r2
 1122: goto +41
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
 1123: r1 = *(u64 *)(r10 -16)
 1124: if r1 > 16383 goto +5
 1125: r2 = r6
 1126: r2 += r1
 1127: r3 = r2
 1128: r3 += 2
 1129: if r3 <= r7 goto +2
 1130: *(u32 *)(r10 -48) = 1
 1131: goto +2036
 1132: r2 = r1
 1133: r2 += 1
 1134: *(u32 *)(r10 -56) = r2
 1135: r1 += 2
 1136: *(u64 *)(r10 -16) = r1
      ; v233: bit<16> = read var2
 1137: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
 1138: r2 = 2
      ; v235: bit<16> = sub v233, v234
 1139: r3 = r1
 1140: r3 -= r2
 1141: r3 &= 65535
      ; write var2, v235
 1142: *(u16 *)(r10 -28) = r3
 1143: goto +20
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
 1144: r1 = *(u64 *)(r10 -16)
 1145: if r1 > 16383 goto +5
 1146: r2 = r6
 1147: r2 += r1
 1148: r3 = r2
 1149: r3 += 3
 1150: if r3 <= r7 goto +2
 1151: *(u32 *)(r10 -48) = 1
 1152: goto +2015
 1153: r2 = r1
 1154: r2 += 1
 1155: *(u32 *)(r10 -60) = r2
 1156: r1 += 3
 1157: *(u64 *)(r10 -16) = r1
      ; v236: bit<16> = read var2
 1158: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
 1159: r2 = 3
      ; v238: bit<16> = sub v236, v237
 1160: r3 = r1
 1161: r3 -= r2
 1162: r3 &= 65535
      ; write var2, v238
 1163: *(u16 *)(r10 -28) = r3
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
 1164: r1 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
 1165: r2 = *(u8 *)(r10 -24)
 1166: if r1 != 0 goto +1
 1167: goto +147
 1168: if r2 != 8 goto +1
 1169: goto +145
      ; prs: block40 (parse_option.7)
      ; extract hdr10
 1170: r1 = *(u64 *)(r10 -16)
 1171: if r1 > 16383 goto +5
 1172: r2 = r6
 1173: r2 += r1
 1174: r3 = r2
 1175: r3 += 1
 1176: if r3 <= r7 goto +2
 1177: *(u32 *)(r10 -48) = 1
 1178: goto +1989
 1179: r3 = r1
 1180: r3 += 1
 1181: *(u32 *)(r10 -64) = r3
 1182: r1 += 1
 1183: *(u64 *)(r10 -16) = r1
      ; v241: bit<8> = read var3
 1184: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
 1185: r3 = 1
      ; v243: bit<8> = add v241, v242
 1186: r4 = r1
 1187: r4 += r3
 1188: r4 &= 255
      ; write var3, v243
 1189: *(u8 *)(r10 -24) = r4
      ; v244: bit<16> = read var2
 1190: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
 1191: r3 = 1
      ; v246: bit<16> = sub v244, v245
 1192: r4 = r1
 1193: r4 -= r3
 1194: r4 &= 65535
      ; write var2, v246
 1195: *(u16 *)(r10 -28) = r4
      ; v247: bit<8> = read_field hdr10.kind
 1196: r1 = 0
 1197: if r2 == 0 goto +1
 1198: r1 = *(u8 *)(r2 +0)
 1199: if r1 != 0 goto +1
 1200: goto +114
 1201: if r1 != 1 goto +1
 1202: goto +104
 1203: if r1 != 2 goto +1
 1204: goto +82
 1205: if r1 != 3 goto +1
 1206: goto +59
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
 1207: r1 = *(u64 *)(r10 -16)
 1208: if r1 > 16383 goto +5
 1209: r2 = r6
 1210: r2 += r1
 1211: r1 = r2
 1212: r1 += 1
 1213: if r1 <= r7 goto +2
 1214: *(u32 *)(r10 -48) = 1
 1215: goto +1952
 1216: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
 1217: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
 1218: r1 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
 1219: r2 = 2
      ; v251: bool = ge v249, v250
 1220: r3 = 1
 1221: if r1 >= r2 goto +1
 1222: r3 = 0
      ; verify v251, error HeaderTooShort
 1223: if r3 != 0 goto +2
 1224: *(u32 *)(r10 -48) = 4
 1225: goto +1942
      ; v252: bit<8> = read var11
 1226: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
 1227: r2 = r1
 1228: w2 = w2
      ; v254: bit<32> = const 1
 1229: r1 = 1
      ; v255: bit<32> = sub v253, v254
 1230: r3 = r2
 1231: r3 -= r1
 1232: w3 = w3
      ; v256: bit<32> = const 8
 1233: r1 = 8
      ; v257: bit<32> = mul v255, v256
 1234: r2 = r3
 1235: r2 *= r1
 1236: w2 = w2
      ; advance v257
 1237: r1 = r2
 1238: r1 &= 7
 1239: if r1 == 0 goto +2
 1240: *(u32 *)(r10 -48) = 6
 1241: goto +1926
 1242: r1 = r2
 1243: r1 >>= 3
 1244: r2 = *(u64 *)(r10 -16)
 1245: r2 += r1
 1246: if r2 > 16383 goto +3
 1247: r1 = r6
 1248: r1 += r2
 1249: if r1 <= r7 goto +2
 1250: *(u32 *)(r10 -48) = 1
 1251: goto +1916
 1252: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1253: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1254: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1255: r3 = r2
 1256: r3 &= 65535
      ; v261: bit<16> = const 1
 1257: r2 = 1
      ; v262: bit<16> = sub v260, v261
 1258: r4 = r3
 1259: r4 -= r2
 1260: r4 &= 65535
      ; v263: bit<16> = sub v258, v262
 1261: r2 = r1
 1262: r2 -= r4
 1263: r2 &= 65535
      ; write var2, v263
 1264: *(u16 *)(r10 -28) = r2
 1265: goto +41
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1266: r1 = *(u64 *)(r10 -16)
 1267: if r1 > 16383 goto +5
 1268: r2 = r6
 1269: r2 += r1
 1270: r3 = r2
 1271: r3 += 2
 1272: if r3 <= r7 goto +2
 1273: *(u32 *)(r10 -48) = 1
 1274: goto +1893
 1275: r2 = r1
 1276: r2 += 1
 1277: *(u32 *)(r10 -56) = r2
 1278: r1 += 2
 1279: *(u64 *)(r10 -16) = r1
      ; v264: bit<16> = read var2
 1280: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1281: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1282: r3 = r1
 1283: r3 -= r2
 1284: r3 &= 65535
      ; write var2, v266
 1285: *(u16 *)(r10 -28) = r3
 1286: goto +20
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1287: r1 = *(u64 *)(r10 -16)
 1288: if r1 > 16383 goto +5
 1289: r2 = r6
 1290: r2 += r1
 1291: r3 = r2
 1292: r3 += 3
 1293: if r3 <= r7 goto +2
 1294: *(u32 *)(r10 -48) = 1
 1295: goto +1872
 1296: r2 = r1
 1297: r2 += 1
 1298: *(u32 *)(r10 -60) = r2
 1299: r1 += 3
 1300: *(u64 *)(r10 -16) = r1
      ; v267: bit<16> = read var2
 1301: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1302: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1303: r3 = r1
 1304: r3 -= r2
 1305: r3 &= 65535
      ; write var2, v269
 1306: *(u16 *)(r10 -28) = r3
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1307: r1 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1308: r2 = *(u8 *)(r10 -24)
 1309: if r1 != 0 goto +1
 1310: goto +4
 1311: if r2 != 8 goto +1
 1312: goto +2
      ; prs: block45 (parse_option.8)
 1313: *(u32 *)(r10 -48) = 3
 1314: goto +1853
      ; v0: bool = is_valid hdr2
 1315: r1 = *(u32 *)(r10 -96)
 1316: if r1 == 0 goto +1
 1317: r1 = 1
      ; v1: bool = not v0
 1318: r2 = r1
 1319: r2 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1320: r1 = *(u32 *)(r10 -96)
 1321: if r1 == 0 goto +7
 1322: r1 -= 1
 1323: if r1 > 16383 goto +5
 1324: r3 = r6
 1325: r3 += r1
 1326: r1 = r3
 1327: r1 += 20
 1328: if r1 <= r7 goto +1
 1329: r3 = 0
 1330: r1 = 0
 1331: if r3 == 0 goto +1
 1332: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1333: r4 = 18
      ; v4: bit<8> = and v2, v3
 1334: r8 = r1
 1335: r8 &= r4
      ; v5: bit<8> = const 2
 1336: r1 = 2
      ; v6: bool = ne v4, v5
 1337: r4 = 1
 1338: if r8 != r1 goto +1
 1339: r4 = 0
      ; v7: bool = logical_or v1, v6
 1340: r1 = r2
 1341: r1 |= r4
 1342: if r1 != 0 goto +1824
      ; v8: bit<16> = read_field hdr11.mss
 1343: r1 = *(u32 *)(r10 -60)
 1344: if r1 == 0 goto +7
 1345: r1 -= 1
 1346: if r1 > 16383 goto +5
 1347: r2 = r6
 1348: r2 += r1
 1349: r1 = r2
 1350: r1 += 3
 1351: if r1 <= r7 goto +1
 1352: r2 = 0
 1353: r1 = 0
 1354: if r2 == 0 goto +2
 1355: r1 = *(u16 *)(r2 +1)
 1356: r1 = be16 r1
      ; v9: bit<16> = const 0
 1357: r4 = 0
      ; v10: bool = ne v8, v9
 1358: r8 = 1
 1359: if r1 != r4 goto +1
 1360: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1361: r1 = 0
 1362: if r3 == 0 goto +2
 1363: r1 = *(u16 *)(r3 +14)
 1364: r1 = be16 r1
      ; v12: bit<16> = read_field hdr11.mss
 1365: r4 = 0
 1366: if r2 == 0 goto +2
 1367: r4 = *(u16 *)(r2 +1)
 1368: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1369: r9 = 0
 1370: if r4 == 0 goto +2
 1371: r9 = r1
 1372: r9 %= r4
      ; v14: bit<16> = const 0
 1373: r1 = 0
      ; v15: bool = eq v13, v14
 1374: r4 = 1
 1375: if r9 == r1 goto +1
 1376: r4 = 0
      ; v16: bool = logical_and v10, v15
 1377: r1 = r8
 1378: r1 &= r4
 1379: if r1 != 0 goto +1
 1380: goto +13
      ; v17: bit<16> = read_field hdr2.window
 1381: r1 = 0
 1382: if r3 == 0 goto +2
 1383: r1 = *(u16 *)(r3 +14)
 1384: r1 = be16 r1
      ; v18: bit<16> = read_field hdr11.mss
 1385: r4 = 0
 1386: if r2 == 0 goto +2
 1387: r4 = *(u16 *)(r2 +1)
 1388: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1389: r8 = 0
 1390: if r4 == 0 goto +2
 1391: r8 = r1
 1392: r8 /= r4
      ; write var4, v19
 1393: *(u16 *)(r10 -26) = r8
      ; v20: bit<8> = read_field hdr3.kind
 1394: r1 = *(u32 *)(r10 -92)
 1395: if r1 == 0 goto +7
 1396: r1 -= 1
 1397: if r1 > 16383 goto +5
 1398: r4 = r6
 1399: r4 += r1
 1400: r1 = r4
 1401: r1 += 1
 1402: if r1 <= r7 goto +1
 1403: r4 = 0
 1404: r1 = 0
 1405: if r4 == 0 goto +1
 1406: r1 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1407: r4 = *(u32 *)(r10 -88)
 1408: if r4 == 0 goto +7
 1409: r4 -= 1
 1410: if r4 > 16383 goto +5
 1411: r8 = r6
 1412: r8 += r4
 1413: r4 = r8
 1414: r4 += 1
 1415: if r4 <= r7 goto +1
 1416: r8 = 0
 1417: r4 = 0
 1418: if r8 == 0 goto +1
 1419: r4 = *(u8 *)(r8 +0)
      ; v22: bit<16> = concat v20, v21
 1420: r8 = r1
 1421: r8 <<= 8
 1422: r8 |= r4
      ; v23: bit<8> = read_field hdr5.kind
 1423: r1 = *(u32 *)(r10 -84)
 1424: if r1 == 0 goto +7
 1425: r1 -= 1
 1426: if r1 > 16383 goto +5
 1427: r4 = r6
 1428: r4 += r1
 1429: r1 = r4
 1430: r1 += 1
 1431: if r1 <= r7 goto +1
 1432: r4 = 0
 1433: r1 = 0
 1434: if r4 == 0 goto +1
 1435: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1436: r4 = r8
 1437: r4 <<= 8
 1438: r4 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1439: r1 = *(u32 *)(r10 -80)
 1440: if r1 == 0 goto +7
 1441: r1 -= 1
 1442: if r1 > 16383 goto +5
 1443: r8 = r6
 1444: r8 += r1
 1445: r1 = r8
 1446: r1 += 1
 1447: if r1 <= r7 goto +1
 1448: r8 = 0
 1449: r1 = 0
 1450: if r8 == 0 goto +1
 1451: r1 = *(u8 *)(r8 +0)
      ; v26: bit<32> = concat v24, v25
 1452: r8 = r4
 1453: r8 <<= 8
 1454: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1455: r1 = *(u32 *)(r10 -76)
 1456: if r1 == 0 goto +7
 1457: r1 -= 1
 1458: if r1 > 16383 goto +5
 1459: r4 = r6
 1460: r4 += r1
 1461: r1 = r4
 1462: r1 += 1
 1463: if r1 <= r7 goto +1
 1464: r4 = 0
 1465: r1 = 0
 1466: if r4 == 0 goto +1
 1467: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1468: r4 = r8
 1469: r4 <<= 8
 1470: r4 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1471: r1 = *(u32 *)(r10 -72)
 1472: if r1 == 0 goto +7
 1473: r1 -= 1
 1474: if r1 > 16383 goto +5
 1475: r8 = r6
 1476: r8 += r1
 1477: r1 = r8
 1478: r1 += 1
 1479: if r1 <= r7 goto +1
 1480: r8 = 0
 1481: r1 = 0
 1482: if r8 == 0 goto +1
 1483: r1 = *(u8 *)(r8 +0)
      ; v30: bit<48> = concat v28, v29
 1484: r8 = r4
 1485: r8 <<= 8
 1486: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1487: r1 = *(u32 *)(r10 -68)
 1488: if r1 == 0 goto +7
 1489: r1 -= 1
 1490: if r1 > 16383 goto +5
 1491: r4 = r6
 1492: r4 += r1
 1493: r1 = r4
 1494: r1 += 1
 1495: if r1 <= r7 goto +1
 1496: r4 = 0
 1497: r1 = 0
 1498: if r4 == 0 goto +1
 1499: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1500: r4 = r8
 1501: r4 <<= 8
 1502: r4 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1503: r1 = *(u32 *)(r10 -64)
 1504: if r1 == 0 goto +7
 1505: r1 -= 1
 1506: if r1 > 16383 goto +5
 1507: r8 = r6
 1508: r8 += r1
 1509: r1 = r8
 1510: r1 += 1
 1511: if r1 <= r7 goto +1
 1512: r8 = 0
 1513: r1 = 0
 1514: if r8 == 0 goto +1
 1515: r1 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1516: r8 = r4
 1517: r8 <<= 8
 1518: r8 |= r1
      ; write var5, v34
 1519: *(u64 *)(r10 -112) = r8
      ; v35: bit<8> = read_field hdr1.ttl
 1520: r1 = *(u32 *)(r10 -100)
 1521: if r1 == 0 goto +7
 1522: r1 -= 1
 1523: if r1 > 16383 goto +5
 1524: r4 = r6
 1525: r4 += r1
 1526: r1 = r4
 1527: r1 += 20
 1528: if r1 <= r7 goto +1
 1529: r4 = 0
 1530: r1 = 0
 1531: if r4 == 0 goto +1
 1532: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1533: r4 = 0
 1534: if r3 == 0 goto +2
 1535: r4 = *(u16 *)(r3 +14)
 1536: r4 = be16 r4
      ; v37: bit<16> = read var4
 1537: r3 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1538: r8 = 0
 1539: if r2 == 0 goto +2
 1540: r8 = *(u16 *)(r2 +1)
 1541: r8 = be16 r8
      ; v39: bit<8> = read_field hdr12.shift
 1542: r2 = *(u32 *)(r10 -56)
 1543: if r2 == 0 goto +7
 1544: r2 -= 1
 1545: if r2 > 16383 goto +5
 1546: r9 = r6
 1547: r9 += r2
 1548: r2 = r9
 1549: r2 += 2
 1550: if r2 <= r7 goto +1
 1551: r9 = 0
 1552: r2 = 0
 1553: if r9 == 0 goto +1
 1554: r2 = *(u8 *)(r9 +1)
      ; v40: bit<64> = read var5
 1555: r0 = *(u64 *)(r10 -112)
 1556: *(u64 *)(r10 -272) = r0
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1557: *(u64 *)(r10 -144) = 0
 1558: *(u64 *)(r10 -136) = 0
 1559: r9 = r1
 1560: r1 = r9
 1561: *(u8 *)(r10 -144) = r1
 1562: r1 = r4
 1563: r4 = r1
 1564: *(u8 *)(r10 -142) = r4
 1565: r1 >>= 8
 1566: r4 = r1
 1567: *(u8 *)(r10 -143) = r4
 1568: r1 = r3
 1569: r3 = r1
 1570: *(u8 *)(r10 -140) = r3
 1571: r1 >>= 8
 1572: r3 = r1
 1573: *(u8 *)(r10 -141) = r3
 1574: r1 = r8
 1575: r3 = r1
 1576: *(u8 *)(r10 -138) = r3
 1577: r1 >>= 8
 1578: r3 = r1
 1579: *(u8 *)(r10 -139) = r3
 1580: r1 = r2
 1581: r2 = r1
 1582: *(u8 *)(r10 -137) = r2
 1583: r0 = *(u64 *)(r10 -272)
 1584: r1 = r0
 1585: r2 = r1
 1586: r2 = be64 r2
 1587: *(u64 *)(r10 -136) = r2
 1588: r1 = 0
 1589: r2 = 0
 1590: *(u64 *)(r10 -224) = r1
 1591: *(u64 *)(r10 -232) = r2
 1592: *(u32 *)(r10 -216) = 0
 1593: r1 = map[pipe_p0f_signatures_masks] ll
 1595: r2 = r10
 1596: r2 += -216
 1597: call bpf_map_lookup_elem
 1598: r1 = r0
 1599: if r1 == 0 goto +1496
 1600: r2 = *(u32 *)(r1 +0)
 1601: if r2 == 0 goto +1494
 1602: *(u32 *)(r10 -184) = 0
 1603: r2 = *(u32 *)(r10 -144)
 1604: r3 = *(u32 *)(r1 +8)
 1605: r2 &= r3
 1606: *(u32 *)(r10 -180) = r2
 1607: r2 = *(u32 *)(r10 -140)
 1608: r3 = *(u32 *)(r1 +12)
 1609: r2 &= r3
 1610: *(u32 *)(r10 -176) = r2
 1611: r2 = *(u32 *)(r10 -136)
 1612: r3 = *(u32 *)(r1 +16)
 1613: r2 &= r3
 1614: *(u32 *)(r10 -172) = r2
 1615: r2 = *(u32 *)(r10 -132)
 1616: r3 = *(u32 *)(r1 +20)
 1617: r2 &= r3
 1618: *(u32 *)(r10 -168) = r2
 1619: r1 = map[pipe_p0f_signatures] ll
 1621: r2 = r10
 1622: r2 += -184
 1623: call bpf_map_lookup_elem
 1624: r1 = r0
 1625: if r1 == 0 goto +13
 1626: r2 = *(u32 *)(r1 +4)
 1627: r3 = *(u64 *)(r10 -224)
 1628: if r3 == 0 goto +2
 1629: r3 = *(u64 *)(r10 -232)
 1630: if r2 <= r3 goto +8
 1631: *(u64 *)(r10 -224) = 1
 1632: *(u64 *)(r10 -232) = r2
 1633: r2 = *(u32 *)(r1 +0)
 1634: *(u32 *)(r10 -208) = r2
 1635: r2 = *(u32 *)(r1 +4)
 1636: *(u32 *)(r10 -204) = r2
 1637: r2 = *(u32 *)(r1 +8)
 1638: *(u32 *)(r10 -200) = r2
 1639: *(u32 *)(r10 -216) = 1
 1640: r1 = map[pipe_p0f_signatures_masks] ll
 1642: r2 = r10
 1643: r2 += -216
 1644: call bpf_map_lookup_elem
 1645: r1 = r0
 1646: if r1 == 0 goto +1449
 1647: r2 = *(u32 *)(r1 +0)
 1648: if r2 == 0 goto +1447
 1649: *(u32 *)(r10 -184) = 1
 1650: r2 = *(u32 *)(r10 -144)
 1651: r3 = *(u32 *)(r1 +8)
 1652: r2 &= r3
 1653: *(u32 *)(r10 -180) = r2
 1654: r2 = *(u32 *)(r10 -140)
 1655: r3 = *(u32 *)(r1 +12)
 1656: r2 &= r3
 1657: *(u32 *)(r10 -176) = r2
 1658: r2 = *(u32 *)(r10 -136)
 1659: r3 = *(u32 *)(r1 +16)
 1660: r2 &= r3
 1661: *(u32 *)(r10 -172) = r2
 1662: r2 = *(u32 *)(r10 -132)
 1663: r3 = *(u32 *)(r1 +20)
 1664: r2 &= r3
 1665: *(u32 *)(r10 -168) = r2
 1666: r1 = map[pipe_p0f_signatures] ll
 1668: r2 = r10
 1669: r2 += -184
 1670: call bpf_map_lookup_elem
 1671: r1 = r0
 1672: if r1 == 0 goto +13
 1673: r2 = *(u32 *)(r1 +4)
 1674: r3 = *(u64 *)(r10 -224)
 1675: if r3 == 0 goto +2
 1676: r3 = *(u64 *)(r10 -232)
 1677: if r2 <= r3 goto +8
 1678: *(u64 *)(r10 -224) = 1
 1679: *(u64 *)(r10 -232) = r2
 1680: r2 = *(u32 *)(r1 +0)
 1681: *(u32 *)(r10 -208) = r2
 1682: r2 = *(u32 *)(r1 +4)
 1683: *(u32 *)(r10 -204) = r2
 1684: r2 = *(u32 *)(r1 +8)
 1685: *(u32 *)(r10 -200) = r2
 1686: *(u32 *)(r10 -216) = 2
 1687: r1 = map[pipe_p0f_signatures_masks] ll
 1689: r2 = r10
 1690: r2 += -216
 1691: call bpf_map_lookup_elem
 1692: r1 = r0
 1693: if r1 == 0 goto +1402
 1694: r2 = *(u32 *)(r1 +0)
 1695: if r2 == 0 goto +1400
 1696: *(u32 *)(r10 -184) = 2
 1697: r2 = *(u32 *)(r10 -144)
 1698: r3 = *(u32 *)(r1 +8)
 1699: r2 &= r3
 1700: *(u32 *)(r10 -180) = r2
 1701: r2 = *(u32 *)(r10 -140)
 1702: r3 = *(u32 *)(r1 +12)
 1703: r2 &= r3
 1704: *(u32 *)(r10 -176) = r2
 1705: r2 = *(u32 *)(r10 -136)
 1706: r3 = *(u32 *)(r1 +16)
 1707: r2 &= r3
 1708: *(u32 *)(r10 -172) = r2
 1709: r2 = *(u32 *)(r10 -132)
 1710: r3 = *(u32 *)(r1 +20)
 1711: r2 &= r3
 1712: *(u32 *)(r10 -168) = r2
 1713: r1 = map[pipe_p0f_signatures] ll
 1715: r2 = r10
 1716: r2 += -184
 1717: call bpf_map_lookup_elem
 1718: r1 = r0
 1719: if r1 == 0 goto +13
 1720: r2 = *(u32 *)(r1 +4)
 1721: r3 = *(u64 *)(r10 -224)
 1722: if r3 == 0 goto +2
 1723: r3 = *(u64 *)(r10 -232)
 1724: if r2 <= r3 goto +8
 1725: *(u64 *)(r10 -224) = 1
 1726: *(u64 *)(r10 -232) = r2
 1727: r2 = *(u32 *)(r1 +0)
 1728: *(u32 *)(r10 -208) = r2
 1729: r2 = *(u32 *)(r1 +4)
 1730: *(u32 *)(r10 -204) = r2
 1731: r2 = *(u32 *)(r1 +8)
 1732: *(u32 *)(r10 -200) = r2
 1733: *(u32 *)(r10 -216) = 3
 1734: r1 = map[pipe_p0f_signatures_masks] ll
 1736: r2 = r10
 1737: r2 += -216
 1738: call bpf_map_lookup_elem
 1739: r1 = r0
 1740: if r1 == 0 goto +1355
 1741: r2 = *(u32 *)(r1 +0)
 1742: if r2 == 0 goto +1353
 1743: *(u32 *)(r10 -184) = 3
 1744: r2 = *(u32 *)(r10 -144)
 1745: r3 = *(u32 *)(r1 +8)
 1746: r2 &= r3
 1747: *(u32 *)(r10 -180) = r2
 1748: r2 = *(u32 *)(r10 -140)
 1749: r3 = *(u32 *)(r1 +12)
 1750: r2 &= r3
 1751: *(u32 *)(r10 -176) = r2
 1752: r2 = *(u32 *)(r10 -136)
 1753: r3 = *(u32 *)(r1 +16)
 1754: r2 &= r3
 1755: *(u32 *)(r10 -172) = r2
 1756: r2 = *(u32 *)(r10 -132)
 1757: r3 = *(u32 *)(r1 +20)
 1758: r2 &= r3
 1759: *(u32 *)(r10 -168) = r2
 1760: r1 = map[pipe_p0f_signatures] ll
 1762: r2 = r10
 1763: r2 += -184
 1764: call bpf_map_lookup_elem
 1765: r1 = r0
 1766: if r1 == 0 goto +13
 1767: r2 = *(u32 *)(r1 +4)
 1768: r3 = *(u64 *)(r10 -224)
 1769: if r3 == 0 goto +2
 1770: r3 = *(u64 *)(r10 -232)
 1771: if r2 <= r3 goto +8
 1772: *(u64 *)(r10 -224) = 1
 1773: *(u64 *)(r10 -232) = r2
 1774: r2 = *(u32 *)(r1 +0)
 1775: *(u32 *)(r10 -208) = r2
 1776: r2 = *(u32 *)(r1 +4)
 1777: *(u32 *)(r10 -204) = r2
 1778: r2 = *(u32 *)(r1 +8)
 1779: *(u32 *)(r10 -200) = r2
 1780: *(u32 *)(r10 -216) = 4
 1781: r1 = map[pipe_p0f_signatures_masks] ll
 1783: r2 = r10
 1784: r2 += -216
 1785: call bpf_map_lookup_elem
 1786: r1 = r0
 1787: if r1 == 0 goto +1308
 1788: r2 = *(u32 *)(r1 +0)
 1789: if r2 == 0 goto +1306
 1790: *(u32 *)(r10 -184) = 4
 1791: r2 = *(u32 *)(r10 -144)
 1792: r3 = *(u32 *)(r1 +8)
 1793: r2 &= r3
 1794: *(u32 *)(r10 -180) = r2
 1795: r2 = *(u32 *)(r10 -140)
 1796: r3 = *(u32 *)(r1 +12)
 1797: r2 &= r3
 1798: *(u32 *)(r10 -176) = r2
 1799: r2 = *(u32 *)(r10 -136)
 1800: r3 = *(u32 *)(r1 +16)
 1801: r2 &= r3
 1802: *(u32 *)(r10 -172) = r2
 1803: r2 = *(u32 *)(r10 -132)
 1804: r3 = *(u32 *)(r1 +20)
 1805: r2 &= r3
 1806: *(u32 *)(r10 -168) = r2
 1807: r1 = map[pipe_p0f_signatures] ll
 1809: r2 = r10
 1810: r2 += -184
 1811: call bpf_map_lookup_elem
 1812: r1 = r0
 1813: if r1 == 0 goto +13
 1814: r2 = *(u32 *)(r1 +4)
 1815: r3 = *(u64 *)(r10 -224)
 1816: if r3 == 0 goto +2
 1817: r3 = *(u64 *)(r10 -232)
 1818: if r2 <= r3 goto +8
 1819: *(u64 *)(r10 -224) = 1
 1820: *(u64 *)(r10 -232) = r2
 1821: r2 = *(u32 *)(r1 +0)
 1822: *(u32 *)(r10 -208) = r2
 1823: r2 = *(u32 *)(r1 +4)
 1824: *(u32 *)(r10 -204) = r2
 1825: r2 = *(u32 *)(r1 +8)
 1826: *(u32 *)(r10 -200) = r2
 1827: *(u32 *)(r10 -216) = 5
 1828: r1 = map[pipe_p0f_signatures_masks] ll
 1830: r2 = r10
 1831: r2 += -216
 1832: call bpf_map_lookup_elem
 1833: r1 = r0
 1834: if r1 == 0 goto +1261
 1835: r2 = *(u32 *)(r1 +0)
 1836: if r2 == 0 goto +1259
 1837: *(u32 *)(r10 -184) = 5
 1838: r2 = *(u32 *)(r10 -144)
 1839: r3 = *(u32 *)(r1 +8)
 1840: r2 &= r3
 1841: *(u32 *)(r10 -180) = r2
 1842: r2 = *(u32 *)(r10 -140)
 1843: r3 = *(u32 *)(r1 +12)
 1844: r2 &= r3
 1845: *(u32 *)(r10 -176) = r2
 1846: r2 = *(u32 *)(r10 -136)
 1847: r3 = *(u32 *)(r1 +16)
 1848: r2 &= r3
 1849: *(u32 *)(r10 -172) = r2
 1850: r2 = *(u32 *)(r10 -132)
 1851: r3 = *(u32 *)(r1 +20)
 1852: r2 &= r3
 1853: *(u32 *)(r10 -168) = r2
 1854: r1 = map[pipe_p0f_signatures] ll
 1856: r2 = r10
 1857: r2 += -184
 1858: call bpf_map_lookup_elem
 1859: r1 = r0
 1860: if r1 == 0 goto +13
 1861: r2 = *(u32 *)(r1 +4)
 1862: r3 = *(u64 *)(r10 -224)
 1863: if r3 == 0 goto +2
 1864: r3 = *(u64 *)(r10 -232)
 1865: if r2 <= r3 goto +8
 1866: *(u64 *)(r10 -224) = 1
 1867: *(u64 *)(r10 -232) = r2
 1868: r2 = *(u32 *)(r1 +0)
 1869: *(u32 *)(r10 -208) = r2
 1870: r2 = *(u32 *)(r1 +4)
 1871: *(u32 *)(r10 -204) = r2
 1872: r2 = *(u32 *)(r1 +8)
 1873: *(u32 *)(r10 -200) = r2
 1874: *(u32 *)(r10 -216) = 6
 1875: r1 = map[pipe_p0f_signatures_masks] ll
 1877: r2 = r10
 1878: r2 += -216
 1879: call bpf_map_lookup_elem
 1880: r1 = r0
 1881: if r1 == 0 goto +1214
 1882: r2 = *(u32 *)(r1 +0)
 1883: if r2 == 0 goto +1212
 1884: *(u32 *)(r10 -184) = 6
 1885: r2 = *(u32 *)(r10 -144)
 1886: r3 = *(u32 *)(r1 +8)
 1887: r2 &= r3
 1888: *(u32 *)(r10 -180) = r2
 1889: r2 = *(u32 *)(r10 -140)
 1890: r3 = *(u32 *)(r1 +12)
 1891: r2 &= r3
 1892: *(u32 *)(r10 -176) = r2
 1893: r2 = *(u32 *)(r10 -136)
 1894: r3 = *(u32 *)(r1 +16)
 1895: r2 &= r3
 1896: *(u32 *)(r10 -172) = r2
 1897: r2 = *(u32 *)(r10 -132)
 1898: r3 = *(u32 *)(r1 +20)
 1899: r2 &= r3
 1900: *(u32 *)(r10 -168) = r2
 1901: r1 = map[pipe_p0f_signatures] ll
 1903: r2 = r10
 1904: r2 += -184
 1905: call bpf_map_lookup_elem
 1906: r1 = r0
 1907: if r1 == 0 goto +13
 1908: r2 = *(u32 *)(r1 +4)
 1909: r3 = *(u64 *)(r10 -224)
 1910: if r3 == 0 goto +2
 1911: r3 = *(u64 *)(r10 -232)
 1912: if r2 <= r3 goto +8
 1913: *(u64 *)(r10 -224) = 1
 1914: *(u64 *)(r10 -232) = r2
 1915: r2 = *(u32 *)(r1 +0)
 1916: *(u32 *)(r10 -208) = r2
 1917: r2 = *(u32 *)(r1 +4)
 1918: *(u32 *)(r10 -204) = r2
 1919: r2 = *(u32 *)(r1 +8)
 1920: *(u32 *)(r10 -200) = r2
 1921: *(u32 *)(r10 -216) = 7
 1922: r1 = map[pipe_p0f_signatures_masks] ll
 1924: r2 = r10
 1925: r2 += -216
 1926: call bpf_map_lookup_elem
 1927: r1 = r0
 1928: if r1 == 0 goto +1167
 1929: r2 = *(u32 *)(r1 +0)
 1930: if r2 == 0 goto +1165
 1931: *(u32 *)(r10 -184) = 7
 1932: r2 = *(u32 *)(r10 -144)
 1933: r3 = *(u32 *)(r1 +8)
 1934: r2 &= r3
 1935: *(u32 *)(r10 -180) = r2
 1936: r2 = *(u32 *)(r10 -140)
 1937: r3 = *(u32 *)(r1 +12)
 1938: r2 &= r3
 1939: *(u32 *)(r10 -176) = r2
 1940: r2 = *(u32 *)(r10 -136)
 1941: r3 = *(u32 *)(r1 +16)
 1942: r2 &= r3
 1943: *(u32 *)(r10 -172) = r2
 1944: r2 = *(u32 *)(r10 -132)
 1945: r3 = *(u32 *)(r1 +20)
 1946: r2 &= r3
 1947: *(u32 *)(r10 -168) = r2
 1948: r1 = map[pipe_p0f_signatures] ll
 1950: r2 = r10
 1951: r2 += -184
 1952: call bpf_map_lookup_elem
 1953: r1 = r0
 1954: if r1 == 0 goto +13
 1955: r2 = *(u32 *)(r1 +4)
 1956: r3 = *(u64 *)(r10 -224)
 1957: if r3 == 0 goto +2
 1958: r3 = *(u64 *)(r10 -232)
 1959: if r2 <= r3 goto +8
 1960: *(u64 *)(r10 -224) = 1
 1961: *(u64 *)(r10 -232) = r2
 1962: r2 = *(u32 *)(r1 +0)
 1963: *(u32 *)(r10 -208) = r2
 1964: r2 = *(u32 *)(r1 +4)
 1965: *(u32 *)(r10 -204) = r2
 1966: r2 = *(u32 *)(r1 +8)
 1967: *(u32 *)(r10 -200) = r2
 1968: *(u32 *)(r10 -216) = 8
 1969: r1 = map[pipe_p0f_signatures_masks] ll
 1971: r2 = r10
 1972: r2 += -216
 1973: call bpf_map_lookup_elem
 1974: r1 = r0
 1975: if r1 == 0 goto +1120
 1976: r2 = *(u32 *)(r1 +0)
 1977: if r2 == 0 goto +1118
 1978: *(u32 *)(r10 -184) = 8
 1979: r2 = *(u32 *)(r10 -144)
 1980: r3 = *(u32 *)(r1 +8)
 1981: r2 &= r3
 1982: *(u32 *)(r10 -180) = r2
 1983: r2 = *(u32 *)(r10 -140)
 1984: r3 = *(u32 *)(r1 +12)
 1985: r2 &= r3
 1986: *(u32 *)(r10 -176) = r2
 1987: r2 = *(u32 *)(r10 -136)
 1988: r3 = *(u32 *)(r1 +16)
 1989: r2 &= r3
 1990: *(u32 *)(r10 -172) = r2
 1991: r2 = *(u32 *)(r10 -132)
 1992: r3 = *(u32 *)(r1 +20)
 1993: r2 &= r3
 1994: *(u32 *)(r10 -168) = r2
 1995: r1 = map[pipe_p0f_signatures] ll
 1997: r2 = r10
 1998: r2 += -184
 1999: call bpf_map_lookup_elem
 2000: r1 = r0
 2001: if r1 == 0 goto +13
 2002: r2 = *(u32 *)(r1 +4)
 2003: r3 = *(u64 *)(r10 -224)
 2004: if r3 == 0 goto +2
 2005: r3 = *(u64 *)(r10 -232)
 2006: if r2 <= r3 goto +8
 2007: *(u64 *)(r10 -224) = 1
 2008: *(u64 *)(r10 -232) = r2
 2009: r2 = *(u32 *)(r1 +0)
 2010: *(u32 *)(r10 -208) = r2
 2011: r2 = *(u32 *)(r1 +4)
 2012: *(u32 *)(r10 -204) = r2
 2013: r2 = *(u32 *)(r1 +8)
 2014: *(u32 *)(r10 -200) = r2
 2015: *(u32 *)(r10 -216) = 9
 2016: r1 = map[pipe_p0f_signatures_masks] ll
 2018: r2 = r10
 2019: r2 += -216
 2020: call bpf_map_lookup_elem
 2021: r1 = r0
 2022: if r1 == 0 goto +1073
 2023: r2 = *(u32 *)(r1 +0)
 2024: if r2 == 0 goto +1071
 2025: *(u32 *)(r10 -184) = 9
 2026: r2 = *(u32 *)(r10 -144)
 2027: r3 = *(u32 *)(r1 +8)
 2028: r2 &= r3
 2029: *(u32 *)(r10 -180) = r2
 2030: r2 = *(u32 *)(r10 -140)
 2031: r3 = *(u32 *)(r1 +12)
 2032: r2 &= r3
 2033: *(u32 *)(r10 -176) = r2
 2034: r2 = *(u32 *)(r10 -136)
 2035: r3 = *(u32 *)(r1 +16)
 2036: r2 &= r3
 2037: *(u32 *)(r10 -172) = r2
 2038: r2 = *(u32 *)(r10 -132)
 2039: r3 = *(u32 *)(r1 +20)
 2040: r2 &= r3
 2041: *(u32 *)(r10 -168) = r2
 2042: r1 = map[pipe_p0f_signatures] ll
 2044: r2 = r10
 2045: r2 += -184
 2046: call bpf_map_lookup_elem
 2047: r1 = r0
 2048: if r1 == 0 goto +13
 2049: r2 = *(u32 *)(r1 +4)
 2050: r3 = *(u64 *)(r10 -224)
 2051: if r3 == 0 goto +2
 2052: r3 = *(u64 *)(r10 -232)
 2053: if r2 <= r3 goto +8
 2054: *(u64 *)(r10 -224) = 1
 2055: *(u64 *)(r10 -232) = r2
 2056: r2 = *(u32 *)(r1 +0)
 2057: *(u32 *)(r10 -208) = r2
 2058: r2 = *(u32 *)(r1 +4)
 2059: *(u32 *)(r10 -204) = r2
 2060: r2 = *(u32 *)(r1 +8)
 2061: *(u32 *)(r10 -200) = r2
 2062: *(u32 *)(r10 -216) = 10
 2063: r1 = map[pipe_p0f_signatures_masks] ll
 2065: r2 = r10
 2066: r2 += -216
 2067: call bpf_map_lookup_elem
 2068: r1 = r0
 2069: if r1 == 0 goto +1026
 2070: r2 = *(u32 *)(r1 +0)
 2071: if r2 == 0 goto +1024
 2072: *(u32 *)(r10 -184) = 10
 2073: r2 = *(u32 *)(r10 -144)
 2074: r3 = *(u32 *)(r1 +8)
 2075: r2 &= r3
 2076: *(u32 *)(r10 -180) = r2
 2077: r2 = *(u32 *)(r10 -140)
 2078: r3 = *(u32 *)(r1 +12)
 2079: r2 &= r3
 2080: *(u32 *)(r10 -176) = r2
 2081: r2 = *(u32 *)(r10 -136)
 2082: r3 = *(u32 *)(r1 +16)
 2083: r2 &= r3
 2084: *(u32 *)(r10 -172) = r2
 2085: r2 = *(u32 *)(r10 -132)
 2086: r3 = *(u32 *)(r1 +20)
 2087: r2 &= r3
 2088: *(u32 *)(r10 -168) = r2
 2089: r1 = map[pipe_p0f_signatures] ll
 2091: r2 = r10
 2092: r2 += -184
 2093: call bpf_map_lookup_elem
 2094: r1 = r0
 2095: if r1 == 0 goto +13
 2096: r2 = *(u32 *)(r1 +4)
 2097: r3 = *(u64 *)(r10 -224)
 2098: if r3 == 0 goto +2
 2099: r3 = *(u64 *)(r10 -232)
 2100: if r2 <= r3 goto +8
 2101: *(u64 *)(r10 -224) = 1
 2102: *(u64 *)(r10 -232) = r2
 2103: r2 = *(u32 *)(r1 +0)
 2104: *(u32 *)(r10 -208) = r2
 2105: r2 = *(u32 *)(r1 +4)
 2106: *(u32 *)(r10 -204) = r2
 2107: r2 = *(u32 *)(r1 +8)
 2108: *(u32 *)(r10 -200) = r2
 2109: *(u32 *)(r10 -216) = 11
 2110: r1 = map[pipe_p0f_signatures_masks] ll
 2112: r2 = r10
 2113: r2 += -216
 2114: call bpf_map_lookup_elem
 2115: r1 = r0
 2116: if r1 == 0 goto +979
 2117: r2 = *(u32 *)(r1 +0)
 2118: if r2 == 0 goto +977
 2119: *(u32 *)(r10 -184) = 11
 2120: r2 = *(u32 *)(r10 -144)
 2121: r3 = *(u32 *)(r1 +8)
 2122: r2 &= r3
 2123: *(u32 *)(r10 -180) = r2
 2124: r2 = *(u32 *)(r10 -140)
 2125: r3 = *(u32 *)(r1 +12)
 2126: r2 &= r3
 2127: *(u32 *)(r10 -176) = r2
 2128: r2 = *(u32 *)(r10 -136)
 2129: r3 = *(u32 *)(r1 +16)
 2130: r2 &= r3
 2131: *(u32 *)(r10 -172) = r2
 2132: r2 = *(u32 *)(r10 -132)
 2133: r3 = *(u32 *)(r1 +20)
 2134: r2 &= r3
 2135: *(u32 *)(r10 -168) = r2
 2136: r1 = map[pipe_p0f_signatures] ll
 2138: r2 = r10
 2139: r2 += -184
 2140: call bpf_map_lookup_elem
 2141: r1 = r0
 2142: if r1 == 0 goto +13
 2143: r2 = *(u32 *)(r1 +4)
 2144: r3 = *(u64 *)(r10 -224)
 2145: if r3 == 0 goto +2
 2146: r3 = *(u64 *)(r10 -232)
 2147: if r2 <= r3 goto +8
 2148: *(u64 *)(r10 -224) = 1
 2149: *(u64 *)(r10 -232) = r2
 2150: r2 = *(u32 *)(r1 +0)
 2151: *(u32 *)(r10 -208) = r2
 2152: r2 = *(u32 *)(r1 +4)
 2153: *(u32 *)(r10 -204) = r2
 2154: r2 = *(u32 *)(r1 +8)
 2155: *(u32 *)(r10 -200) = r2
 2156: *(u32 *)(r10 -216) = 12
 2157: r1 = map[pipe_p0f_signatures_masks] ll
 2159: r2 = r10
 2160: r2 += -216
 2161: call bpf_map_lookup_elem
 2162: r1 = r0
 2163: if r1 == 0 goto +932
 2164: r2 = *(u32 *)(r1 +0)
 2165: if r2 == 0 goto +930
 2166: *(u32 *)(r10 -184) = 12
 2167: r2 = *(u32 *)(r10 -144)
 2168: r3 = *(u32 *)(r1 +8)
 2169: r2 &= r3
 2170: *(u32 *)(r10 -180) = r2
 2171: r2 = *(u32 *)(r10 -140)
 2172: r3 = *(u32 *)(r1 +12)
 2173: r2 &= r3
 2174: *(u32 *)(r10 -176) = r2
 2175: r2 = *(u32 *)(r10 -136)
 2176: r3 = *(u32 *)(r1 +16)
 2177: r2 &= r3
 2178: *(u32 *)(r10 -172) = r2
 2179: r2 = *(u32 *)(r10 -132)
 2180: r3 = *(u32 *)(r1 +20)
 2181: r2 &= r3
 2182: *(u32 *)(r10 -168) = r2
 2183: r1 = map[pipe_p0f_signatures] ll
 2185: r2 = r10
 2186: r2 += -184
 2187: call bpf_map_lookup_elem
 2188: r1 = r0
 2189: if r1 == 0 goto +13
 2190: r2 = *(u32 *)(r1 +4)
 2191: r3 = *(u64 *)(r10 -224)
 2192: if r3 == 0 goto +2
 2193: r3 = *(u64 *)(r10 -232)
 2194: if r2 <= r3 goto +8
 2195: *(u64 *)(r10 -224) = 1
 2196: *(u64 *)(r10 -232) = r2
 2197: r2 = *(u32 *)(r1 +0)
 2198: *(u32 *)(r10 -208) = r2
 2199: r2 = *(u32 *)(r1 +4)
 2200: *(u32 *)(r10 -204) = r2
 2201: r2 = *(u32 *)(r1 +8)
 2202: *(u32 *)(r10 -200) = r2
 2203: *(u32 *)(r10 -216) = 13
 2204: r1 = map[pipe_p0f_signatures_masks] ll
 2206: r2 = r10
 2207: r2 += -216
 2208: call bpf_map_lookup_elem
 2209: r1 = r0
 2210: if r1 == 0 goto +885
 2211: r2 = *(u32 *)(r1 +0)
 2212: if r2 == 0 goto +883
 2213: *(u32 *)(r10 -184) = 13
 2214: r2 = *(u32 *)(r10 -144)
 2215: r3 = *(u32 *)(r1 +8)
 2216: r2 &= r3
 2217: *(u32 *)(r10 -180) = r2
 2218: r2 = *(u32 *)(r10 -140)
 2219: r3 = *(u32 *)(r1 +12)
 2220: r2 &= r3
 2221: *(u32 *)(r10 -176) = r2
 2222: r2 = *(u32 *)(r10 -136)
 2223: r3 = *(u32 *)(r1 +16)
 2224: r2 &= r3
 2225: *(u32 *)(r10 -172) = r2
 2226: r2 = *(u32 *)(r10 -132)
 2227: r3 = *(u32 *)(r1 +20)
 2228: r2 &= r3
 2229: *(u32 *)(r10 -168) = r2
 2230: r1 = map[pipe_p0f_signatures] ll
 2232: r2 = r10
 2233: r2 += -184
 2234: call bpf_map_lookup_elem
 2235: r1 = r0
 2236: if r1 == 0 goto +13
 2237: r2 = *(u32 *)(r1 +4)
 2238: r3 = *(u64 *)(r10 -224)
 2239: if r3 == 0 goto +2
 2240: r3 = *(u64 *)(r10 -232)
 2241: if r2 <= r3 goto +8
 2242: *(u64 *)(r10 -224) = 1
 2243: *(u64 *)(r10 -232) = r2
 2244: r2 = *(u32 *)(r1 +0)
 2245: *(u32 *)(r10 -208) = r2
 2246: r2 = *(u32 *)(r1 +4)
 2247: *(u32 *)(r10 -204) = r2
 2248: r2 = *(u32 *)(r1 +8)
 2249: *(u32 *)(r10 -200) = r2
 2250: *(u32 *)(r10 -216) = 14
 2251: r1 = map[pipe_p0f_signatures_masks] ll
 2253: r2 = r10
 2254: r2 += -216
 2255: call bpf_map_lookup_elem
 2256: r1 = r0
 2257: if r1 == 0 goto +838
 2258: r2 = *(u32 *)(r1 +0)
 2259: if r2 == 0 goto +836
 2260: *(u32 *)(r10 -184) = 14
 2261: r2 = *(u32 *)(r10 -144)
 2262: r3 = *(u32 *)(r1 +8)
 2263: r2 &= r3
 2264: *(u32 *)(r10 -180) = r2
 2265: r2 = *(u32 *)(r10 -140)
 2266: r3 = *(u32 *)(r1 +12)
 2267: r2 &= r3
 2268: *(u32 *)(r10 -176) = r2
 2269: r2 = *(u32 *)(r10 -136)
 2270: r3 = *(u32 *)(r1 +16)
 2271: r2 &= r3
 2272: *(u32 *)(r10 -172) = r2
 2273: r2 = *(u32 *)(r10 -132)
 2274: r3 = *(u32 *)(r1 +20)
 2275: r2 &= r3
 2276: *(u32 *)(r10 -168) = r2
 2277: r1 = map[pipe_p0f_signatures] ll
 2279: r2 = r10
 2280: r2 += -184
 2281: call bpf_map_lookup_elem
 2282: r1 = r0
 2283: if r1 == 0 goto +13
 2284: r2 = *(u32 *)(r1 +4)
 2285: r3 = *(u64 *)(r10 -224)
 2286: if r3 == 0 goto +2
 2287: r3 = *(u64 *)(r10 -232)
 2288: if r2 <= r3 goto +8
 2289: *(u64 *)(r10 -224) = 1
 2290: *(u64 *)(r10 -232) = r2
 2291: r2 = *(u32 *)(r1 +0)
 2292: *(u32 *)(r10 -208) = r2
 2293: r2 = *(u32 *)(r1 +4)
 2294: *(u32 *)(r10 -204) = r2
 2295: r2 = *(u32 *)(r1 +8)
 2296: *(u32 *)(r10 -200) = r2
 2297: *(u32 *)(r10 -216) = 15
 2298: r1 = map[pipe_p0f_signatures_masks] ll
 2300: r2 = r10
 2301: r2 += -216
 2302: call bpf_map_lookup_elem
 2303: r1 = r0
 2304: if r1 == 0 goto +791
 2305: r2 = *(u32 *)(r1 +0)
 2306: if r2 == 0 goto +789
 2307: *(u32 *)(r10 -184) = 15
 2308: r2 = *(u32 *)(r10 -144)
 2309: r3 = *(u32 *)(r1 +8)
 2310: r2 &= r3
 2311: *(u32 *)(r10 -180) = r2
 2312: r2 = *(u32 *)(r10 -140)
 2313: r3 = *(u32 *)(r1 +12)
 2314: r2 &= r3
 2315: *(u32 *)(r10 -176) = r2
 2316: r2 = *(u32 *)(r10 -136)
 2317: r3 = *(u32 *)(r1 +16)
 2318: r2 &= r3
 2319: *(u32 *)(r10 -172) = r2
 2320: r2 = *(u32 *)(r10 -132)
 2321: r3 = *(u32 *)(r1 +20)
 2322: r2 &= r3
 2323: *(u32 *)(r10 -168) = r2
 2324: r1 = map[pipe_p0f_signatures] ll
 2326: r2 = r10
 2327: r2 += -184
 2328: call bpf_map_lookup_elem
 2329: r1 = r0
 2330: if r1 == 0 goto +13
 2331: r2 = *(u32 *)(r1 +4)
 2332: r3 = *(u64 *)(r10 -224)
 2333: if r3 == 0 goto +2
 2334: r3 = *(u64 *)(r10 -232)
 2335: if r2 <= r3 goto +8
 2336: *(u64 *)(r10 -224) = 1
 2337: *(u64 *)(r10 -232) = r2
 2338: r2 = *(u32 *)(r1 +0)
 2339: *(u32 *)(r10 -208) = r2
 2340: r2 = *(u32 *)(r1 +4)
 2341: *(u32 *)(r10 -204) = r2
 2342: r2 = *(u32 *)(r1 +8)
 2343: *(u32 *)(r10 -200) = r2
 2344: *(u32 *)(r10 -216) = 16
 2345: r1 = map[pipe_p0f_signatures_masks] ll
 2347: r2 = r10
 2348: r2 += -216
 2349: call bpf_map_lookup_elem
 2350: r1 = r0
 2351: if r1 == 0 goto +744
 2352: r2 = *(u32 *)(r1 +0)
 2353: if r2 == 0 goto +742
 2354: *(u32 *)(r10 -184) = 16
 2355: r2 = *(u32 *)(r10 -144)
 2356: r3 = *(u32 *)(r1 +8)
 2357: r2 &= r3
 2358: *(u32 *)(r10 -180) = r2
 2359: r2 = *(u32 *)(r10 -140)
 2360: r3 = *(u32 *)(r1 +12)
 2361: r2 &= r3
 2362: *(u32 *)(r10 -176) = r2
 2363: r2 = *(u32 *)(r10 -136)
 2364: r3 = *(u32 *)(r1 +16)
 2365: r2 &= r3
 2366: *(u32 *)(r10 -172) = r2
 2367: r2 = *(u32 *)(r10 -132)
 2368: r3 = *(u32 *)(r1 +20)
 2369: r2 &= r3
 2370: *(u32 *)(r10 -168) = r2
 2371: r1 = map[pipe_p0f_signatures] ll
 2373: r2 = r10
 2374: r2 += -184
 2375: call bpf_map_lookup_elem
 2376: r1 = r0
 2377: if r1 == 0 goto +13
 2378: r2 = *(u32 *)(r1 +4)
 2379: r3 = *(u64 *)(r10 -224)
 2380: if r3 == 0 goto +2
 2381: r3 = *(u64 *)(r10 -232)
 2382: if r2 <= r3 goto +8
 2383: *(u64 *)(r10 -224) = 1
 2384: *(u64 *)(r10 -232) = r2
 2385: r2 = *(u32 *)(r1 +0)
 2386: *(u32 *)(r10 -208) = r2
 2387: r2 = *(u32 *)(r1 +4)
 2388: *(u32 *)(r10 -204) = r2
 2389: r2 = *(u32 *)(r1 +8)
 2390: *(u32 *)(r10 -200) = r2
 2391: *(u32 *)(r10 -216) = 17
 2392: r1 = map[pipe_p0f_signatures_masks] ll
 2394: r2 = r10
 2395: r2 += -216
 2396: call bpf_map_lookup_elem
 2397: r1 = r0
 2398: if r1 == 0 goto +697
 2399: r2 = *(u32 *)(r1 +0)
 2400: if r2 == 0 goto +695
 2401: *(u32 *)(r10 -184) = 17
 2402: r2 = *(u32 *)(r10 -144)
 2403: r3 = *(u32 *)(r1 +8)
 2404: r2 &= r3
 2405: *(u32 *)(r10 -180) = r2
 2406: r2 = *(u32 *)(r10 -140)
 2407: r3 = *(u32 *)(r1 +12)
 2408: r2 &= r3
 2409: *(u32 *)(r10 -176) = r2
 2410: r2 = *(u32 *)(r10 -136)
 2411: r3 = *(u32 *)(r1 +16)
 2412: r2 &= r3
 2413: *(u32 *)(r10 -172) = r2
 2414: r2 = *(u32 *)(r10 -132)
 2415: r3 = *(u32 *)(r1 +20)
 2416: r2 &= r3
 2417: *(u32 *)(r10 -168) = r2
 2418: r1 = map[pipe_p0f_signatures] ll
 2420: r2 = r10
 2421: r2 += -184
 2422: call bpf_map_lookup_elem
 2423: r1 = r0
 2424: if r1 == 0 goto +13
 2425: r2 = *(u32 *)(r1 +4)
 2426: r3 = *(u64 *)(r10 -224)
 2427: if r3 == 0 goto +2
 2428: r3 = *(u64 *)(r10 -232)
 2429: if r2 <= r3 goto +8
 2430: *(u64 *)(r10 -224) = 1
 2431: *(u64 *)(r10 -232) = r2
 2432: r2 = *(u32 *)(r1 +0)
 2433: *(u32 *)(r10 -208) = r2
 2434: r2 = *(u32 *)(r1 +4)
 2435: *(u32 *)(r10 -204) = r2
 2436: r2 = *(u32 *)(r1 +8)
 2437: *(u32 *)(r10 -200) = r2
 2438: *(u32 *)(r10 -216) = 18
 2439: r1 = map[pipe_p0f_signatures_masks] ll
 2441: r2 = r10
 2442: r2 += -216
 2443: call bpf_map_lookup_elem
 2444: r1 = r0
 2445: if r1 == 0 goto +650
 2446: r2 = *(u32 *)(r1 +0)
 2447: if r2 == 0 goto +648
 2448: *(u32 *)(r10 -184) = 18
 2449: r2 = *(u32 *)(r10 -144)
 2450: r3 = *(u32 *)(r1 +8)
 2451: r2 &= r3
 2452: *(u32 *)(r10 -180) = r2
 2453: r2 = *(u32 *)(r10 -140)
 2454: r3 = *(u32 *)(r1 +12)
 2455: r2 &= r3
 2456: *(u32 *)(r10 -176) = r2
 2457: r2 = *(u32 *)(r10 -136)
 2458: r3 = *(u32 *)(r1 +16)
 2459: r2 &= r3
 2460: *(u32 *)(r10 -172) = r2
 2461: r2 = *(u32 *)(r10 -132)
 2462: r3 = *(u32 *)(r1 +20)
 2463: r2 &= r3
 2464: *(u32 *)(r10 -168) = r2
 2465: r1 = map[pipe_p0f_signatures] ll
 2467: r2 = r10
 2468: r2 += -184
 2469: call bpf_map_lookup_elem
 2470: r1 = r0
 2471: if r1 == 0 goto +13
 2472: r2 = *(u32 *)(r1 +4)
 2473: r3 = *(u64 *)(r10 -224)
 2474: if r3 == 0 goto +2
 2475: r3 = *(u64 *)(r10 -232)
 2476: if r2 <= r3 goto +8
 2477: *(u64 *)(r10 -224) = 1
 2478: *(u64 *)(r10 -232) = r2
 2479: r2 = *(u32 *)(r1 +0)
 2480: *(u32 *)(r10 -208) = r2
 2481: r2 = *(u32 *)(r1 +4)
 2482: *(u32 *)(r10 -204) = r2
 2483: r2 = *(u32 *)(r1 +8)
 2484: *(u32 *)(r10 -200) = r2
 2485: *(u32 *)(r10 -216) = 19
 2486: r1 = map[pipe_p0f_signatures_masks] ll
 2488: r2 = r10
 2489: r2 += -216
 2490: call bpf_map_lookup_elem
 2491: r1 = r0
 2492: if r1 == 0 goto +603
 2493: r2 = *(u32 *)(r1 +0)
 2494: if r2 == 0 goto +601
 2495: *(u32 *)(r10 -184) = 19
 2496: r2 = *(u32 *)(r10 -144)
 2497: r3 = *(u32 *)(r1 +8)
 2498: r2 &= r3
 2499: *(u32 *)(r10 -180) = r2
 2500: r2 = *(u32 *)(r10 -140)
 2501: r3 = *(u32 *)(r1 +12)
 2502: r2 &= r3
 2503: *(u32 *)(r10 -176) = r2
 2504: r2 = *(u32 *)(r10 -136)
 2505: r3 = *(u32 *)(r1 +16)
 2506: r2 &= r3
 2507: *(u32 *)(r10 -172) = r2
 2508: r2 = *(u32 *)(r10 -132)
 2509: r3 = *(u32 *)(r1 +20)
 2510: r2 &= r3
 2511: *(u32 *)(r10 -168) = r2
 2512: r1 = map[pipe_p0f_signatures] ll
 2514: r2 = r10
 2515: r2 += -184
 2516: call bpf_map_lookup_elem
 2517: r1 = r0
 2518: if r1 == 0 goto +13
 2519: r2 = *(u32 *)(r1 +4)
 2520: r3 = *(u64 *)(r10 -224)
 2521: if r3 == 0 goto +2
 2522: r3 = *(u64 *)(r10 -232)
 2523: if r2 <= r3 goto +8
 2524: *(u64 *)(r10 -224) = 1
 2525: *(u64 *)(r10 -232) = r2
 2526: r2 = *(u32 *)(r1 +0)
 2527: *(u32 *)(r10 -208) = r2
 2528: r2 = *(u32 *)(r1 +4)
 2529: *(u32 *)(r10 -204) = r2
 2530: r2 = *(u32 *)(r1 +8)
 2531: *(u32 *)(r10 -200) = r2
 2532: *(u32 *)(r10 -216) = 20
 2533: r1 = map[pipe_p0f_signatures_masks] ll
 2535: r2 = r10
 2536: r2 += -216
 2537: call bpf_map_lookup_elem
 2538: r1 = r0
 2539: if r1 == 0 goto +556
 2540: r2 = *(u32 *)(r1 +0)
 2541: if r2 == 0 goto +554
 2542: *(u32 *)(r10 -184) = 20
 2543: r2 = *(u32 *)(r10 -144)
 2544: r3 = *(u32 *)(r1 +8)
 2545: r2 &= r3
 2546: *(u32 *)(r10 -180) = r2
 2547: r2 = *(u32 *)(r10 -140)
 2548: r3 = *(u32 *)(r1 +12)
 2549: r2 &= r3
 2550: *(u32 *)(r10 -176) = r2
 2551: r2 = *(u32 *)(r10 -136)
 2552: r3 = *(u32 *)(r1 +16)
 2553: r2 &= r3
 2554: *(u32 *)(r10 -172) = r2
 2555: r2 = *(u32 *)(r10 -132)
 2556: r3 = *(u32 *)(r1 +20)
 2557: r2 &= r3
 2558: *(u32 *)(r10 -168) = r2
 2559: r1 = map[pipe_p0f_signatures] ll
 2561: r2 = r10
 2562: r2 += -184
 2563: call bpf_map_lookup_elem
 2564: r1 = r0
 2565: if r1 == 0 goto +13
 2566: r2 = *(u32 *)(r1 +4)
 2567: r3 = *(u64 *)(r10 -224)
 2568: if r3 == 0 goto +2
 2569: r3 = *(u64 *)(r10 -232)
 2570: if r2 <= r3 goto +8
 2571: *(u64 *)(r10 -224) = 1
 2572: *(u64 *)(r10 -232) = r2
 2573: r2 = *(u32 *)(r1 +0)
 2574: *(u32 *)(r10 -208) = r2
 2575: r2 = *(u32 *)(r1 +4)
 2576: *(u32 *)(r10 -204) = r2
 2577: r2 = *(u32 *)(r1 +8)
 2578: *(u32 *)(r10 -200) = r2
 2579: *(u32 *)(r10 -216) = 21
 2580: r1 = map[pipe_p0f_signatures_masks] ll
 2582: r2 = r10
 2583: r2 += -216
 2584: call bpf_map_lookup_elem
 2585: r1 = r0
 2586: if r1 == 0 goto +509
 2587: r2 = *(u32 *)(r1 +0)
 2588: if r2 == 0 goto +507
 2589: *(u32 *)(r10 -184) = 21
 2590: r2 = *(u32 *)(r10 -144)
 2591: r3 = *(u32 *)(r1 +8)
 2592: r2 &= r3
 2593: *(u32 *)(r10 -180) = r2
 2594: r2 = *(u32 *)(r10 -140)
 2595: r3 = *(u32 *)(r1 +12)
 2596: r2 &= r3
 2597: *(u32 *)(r10 -176) = r2
 2598: r2 = *(u32 *)(r10 -136)
 2599: r3 = *(u32 *)(r1 +16)
 2600: r2 &= r3
 2601: *(u32 *)(r10 -172) = r2
 2602: r2 = *(u32 *)(r10 -132)
 2603: r3 = *(u32 *)(r1 +20)
 2604: r2 &= r3
 2605: *(u32 *)(r10 -168) = r2
 2606: r1 = map[pipe_p0f_signatures] ll
 2608: r2 = r10
 2609: r2 += -184
 2610: call bpf_map_lookup_elem
 2611: r1 = r0
 2612: if r1 == 0 goto +13
 2613: r2 = *(u32 *)(r1 +4)
 2614: r3 = *(u64 *)(r10 -224)
 2615: if r3 == 0 goto +2
 2616: r3 = *(u64 *)(r10 -232)
 2617: if r2 <= r3 goto +8
 2618: *(u64 *)(r10 -224) = 1
 2619: *(u64 *)(r10 -232) = r2
 2620: r2 = *(u32 *)(r1 +0)
 2621: *(u32 *)(r10 -208) = r2
 2622: r2 = *(u32 *)(r1 +4)
 2623: *(u32 *)(r10 -204) = r2
 2624: r2 = *(u32 *)(r1 +8)
 2625: *(u32 *)(r10 -200) = r2
 2626: *(u32 *)(r10 -216) = 22
 2627: r1 = map[pipe_p0f_signatures_masks] ll
 2629: r2 = r10
 2630: r2 += -216
 2631: call bpf_map_lookup_elem
 2632: r1 = r0
 2633: if r1 == 0 goto +462
 2634: r2 = *(u32 *)(r1 +0)
 2635: if r2 == 0 goto +460
 2636: *(u32 *)(r10 -184) = 22
 2637: r2 = *(u32 *)(r10 -144)
 2638: r3 = *(u32 *)(r1 +8)
 2639: r2 &= r3
 2640: *(u32 *)(r10 -180) = r2
 2641: r2 = *(u32 *)(r10 -140)
 2642: r3 = *(u32 *)(r1 +12)
 2643: r2 &= r3
 2644: *(u32 *)(r10 -176) = r2
 2645: r2 = *(u32 *)(r10 -136)
 2646: r3 = *(u32 *)(r1 +16)
 2647: r2 &= r3
 2648: *(u32 *)(r10 -172) = r2
 2649: r2 = *(u32 *)(r10 -132)
 2650: r3 = *(u32 *)(r1 +20)
 2651: r2 &= r3
 2652: *(u32 *)(r10 -168) = r2
 2653: r1 = map[pipe_p0f_signatures] ll
 2655: r2 = r10
 2656: r2 += -184
 2657: call bpf_map_lookup_elem
 2658: r1 = r0
 2659: if r1 == 0 goto +13
 2660: r2 = *(u32 *)(r1 +4)
 2661: r3 = *(u64 *)(r10 -224)
 2662: if r3 == 0 goto +2
 2663: r3 = *(u64 *)(r10 -232)
 2664: if r2 <= r3 goto +8
 2665: *(u64 *)(r10 -224) = 1
 2666: *(u64 *)(r10 -232) = r2
 2667: r2 = *(u32 *)(r1 +0)
 2668: *(u32 *)(r10 -208) = r2
 2669: r2 = *(u32 *)(r1 +4)
 2670: *(u32 *)(r10 -204) = r2
 2671: r2 = *(u32 *)(r1 +8)
 2672: *(u32 *)(r10 -200) = r2
 2673: *(u32 *)(r10 -216) = 23
 2674: r1 = map[pipe_p0f_signatures_masks] ll
 2676: r2 = r10
 2677: r2 += -216
 2678: call bpf_map_lookup_elem
 2679: r1 = r0
 2680: if r1 == 0 goto +415
 2681: r2 = *(u32 *)(r1 +0)
 2682: if r2 == 0 goto +413
 2683: *(u32 *)(r10 -184) = 23
 2684: r2 = *(u32 *)(r10 -144)
 2685: r3 = *(u32 *)(r1 +8)
 2686: r2 &= r3
 2687: *(u32 *)(r10 -180) = r2
 2688: r2 = *(u32 *)(r10 -140)
 2689: r3 = *(u32 *)(r1 +12)
 2690: r2 &= r3
 2691: *(u32 *)(r10 -176) = r2
 2692: r2 = *(u32 *)(r10 -136)
 2693: r3 = *(u32 *)(r1 +16)
 2694: r2 &= r3
 2695: *(u32 *)(r10 -172) = r2
 2696: r2 = *(u32 *)(r10 -132)
 2697: r3 = *(u32 *)(r1 +20)
 2698: r2 &= r3
 2699: *(u32 *)(r10 -168) = r2
 2700: r1 = map[pipe_p0f_signatures] ll
 2702: r2 = r10
 2703: r2 += -184
 2704: call bpf_map_lookup_elem
 2705: r1 = r0
 2706: if r1 == 0 goto +13
 2707: r2 = *(u32 *)(r1 +4)
 2708: r3 = *(u64 *)(r10 -224)
 2709: if r3 == 0 goto +2
 2710: r3 = *(u64 *)(r10 -232)
 2711: if r2 <= r3 goto +8
 2712: *(u64 *)(r10 -224) = 1
 2713: *(u64 *)(r10 -232) = r2
 2714: r2 = *(u32 *)(r1 +0)
 2715: *(u32 *)(r10 -208) = r2
 2716: r2 = *(u32 *)(r1 +4)
 2717: *(u32 *)(r10 -204) = r2
 2718: r2 = *(u32 *)(r1 +8)
 2719: *(u32 *)(r10 -200) = r2
 2720: *(u32 *)(r10 -216) = 24
 2721: r1 = map[pipe_p0f_signatures_masks] ll
 2723: r2 = r10
 2724: r2 += -216
 2725: call bpf_map_lookup_elem
 2726: r1 = r0
 2727: if r1 == 0 goto +368
 2728: r2 = *(u32 *)(r1 +0)
 2729: if r2 == 0 goto +366
 2730: *(u32 *)(r10 -184) = 24
 2731: r2 = *(u32 *)(r10 -144)
 2732: r3 = *(u32 *)(r1 +8)
 2733: r2 &= r3
 2734: *(u32 *)(r10 -180) = r2
 2735: r2 = *(u32 *)(r10 -140)
 2736: r3 = *(u32 *)(r1 +12)
 2737: r2 &= r3
 2738: *(u32 *)(r10 -176) = r2
 2739: r2 = *(u32 *)(r10 -136)
 2740: r3 = *(u32 *)(r1 +16)
 2741: r2 &= r3
 2742: *(u32 *)(r10 -172) = r2
 2743: r2 = *(u32 *)(r10 -132)
 2744: r3 = *(u32 *)(r1 +20)
 2745: r2 &= r3
 2746: *(u32 *)(r10 -168) = r2
 2747: r1 = map[pipe_p0f_signatures] ll
 2749: r2 = r10
 2750: r2 += -184
 2751: call bpf_map_lookup_elem
 2752: r1 = r0
 2753: if r1 == 0 goto +13
 2754: r2 = *(u32 *)(r1 +4)
 2755: r3 = *(u64 *)(r10 -224)
 2756: if r3 == 0 goto +2
 2757: r3 = *(u64 *)(r10 -232)
 2758: if r2 <= r3 goto +8
 2759: *(u64 *)(r10 -224) = 1
 2760: *(u64 *)(r10 -232) = r2
 2761: r2 = *(u32 *)(r1 +0)
 2762: *(u32 *)(r10 -208) = r2
 2763: r2 = *(u32 *)(r1 +4)
 2764: *(u32 *)(r10 -204) = r2
 2765: r2 = *(u32 *)(r1 +8)
 2766: *(u32 *)(r10 -200) = r2
 2767: *(u32 *)(r10 -216) = 25
 2768: r1 = map[pipe_p0f_signatures_masks] ll
 2770: r2 = r10
 2771: r2 += -216
 2772: call bpf_map_lookup_elem
 2773: r1 = r0
 2774: if r1 == 0 goto +321
 2775: r2 = *(u32 *)(r1 +0)
 2776: if r2 == 0 goto +319
 2777: *(u32 *)(r10 -184) = 25
 2778: r2 = *(u32 *)(r10 -144)
 2779: r3 = *(u32 *)(r1 +8)
 2780: r2 &= r3
 2781: *(u32 *)(r10 -180) = r2
 2782: r2 = *(u32 *)(r10 -140)
 2783: r3 = *(u32 *)(r1 +12)
 2784: r2 &= r3
 2785: *(u32 *)(r10 -176) = r2
 2786: r2 = *(u32 *)(r10 -136)
 2787: r3 = *(u32 *)(r1 +16)
 2788: r2 &= r3
 2789: *(u32 *)(r10 -172) = r2
 2790: r2 = *(u32 *)(r10 -132)
 2791: r3 = *(u32 *)(r1 +20)
 2792: r2 &= r3
 2793: *(u32 *)(r10 -168) = r2
 2794: r1 = map[pipe_p0f_signatures] ll
 2796: r2 = r10
 2797: r2 += -184
 2798: call bpf_map_lookup_elem
 2799: r1 = r0
 2800: if r1 == 0 goto +13
 2801: r2 = *(u32 *)(r1 +4)
 2802: r3 = *(u64 *)(r10 -224)
 2803: if r3 == 0 goto +2
 2804: r3 = *(u64 *)(r10 -232)
 2805: if r2 <= r3 goto +8
 2806: *(u64 *)(r10 -224) = 1
 2807: *(u64 *)(r10 -232) = r2
 2808: r2 = *(u32 *)(r1 +0)
 2809: *(u32 *)(r10 -208) = r2
 2810: r2 = *(u32 *)(r1 +4)
 2811: *(u32 *)(r10 -204) = r2
 2812: r2 = *(u32 *)(r1 +8)
 2813: *(u32 *)(r10 -200) = r2
 2814: *(u32 *)(r10 -216) = 26
 2815: r1 = map[pipe_p0f_signatures_masks] ll
 2817: r2 = r10
 2818: r2 += -216
 2819: call bpf_map_lookup_elem
 2820: r1 = r0
 2821: if r1 == 0 goto +274
 2822: r2 = *(u32 *)(r1 +0)
 2823: if r2 == 0 goto +272
 2824: *(u32 *)(r10 -184) = 26
 2825: r2 = *(u32 *)(r10 -144)
 2826: r3 = *(u32 *)(r1 +8)
 2827: r2 &= r3
 2828: *(u32 *)(r10 -180) = r2
 2829: r2 = *(u32 *)(r10 -140)
 2830: r3 = *(u32 *)(r1 +12)
 2831: r2 &= r3
 2832: *(u32 *)(r10 -176) = r2
 2833: r2 = *(u32 *)(r10 -136)
 2834: r3 = *(u32 *)(r1 +16)
 2835: r2 &= r3
 2836: *(u32 *)(r10 -172) = r2
 2837: r2 = *(u32 *)(r10 -132)
 2838: r3 = *(u32 *)(r1 +20)
 2839: r2 &= r3
 2840: *(u32 *)(r10 -168) = r2
 2841: r1 = map[pipe_p0f_signatures] ll
 2843: r2 = r10
 2844: r2 += -184
 2845: call bpf_map_lookup_elem
 2846: r1 = r0
 2847: if r1 == 0 goto +13
 2848: r2 = *(u32 *)(r1 +4)
 2849: r3 = *(u64 *)(r10 -224)
 2850: if r3 == 0 goto +2
 2851: r3 = *(u64 *)(r10 -232)
 2852: if r2 <= r3 goto +8
 2853: *(u64 *)(r10 -224) = 1
 2854: *(u64 *)(r10 -232) = r2
 2855: r2 = *(u32 *)(r1 +0)
 2856: *(u32 *)(r10 -208) = r2
 2857: r2 = *(u32 *)(r1 +4)
 2858: *(u32 *)(r10 -204) = r2
 2859: r2 = *(u32 *)(r1 +8)
 2860: *(u32 *)(r10 -200) = r2
 2861: *(u32 *)(r10 -216) = 27
 2862: r1 = map[pipe_p0f_signatures_masks] ll
 2864: r2 = r10
 2865: r2 += -216
 2866: call bpf_map_lookup_elem
 2867: r1 = r0
 2868: if r1 == 0 goto +227
 2869: r2 = *(u32 *)(r1 +0)
 2870: if r2 == 0 goto +225
 2871: *(u32 *)(r10 -184) = 27
 2872: r2 = *(u32 *)(r10 -144)
 2873: r3 = *(u32 *)(r1 +8)
 2874: r2 &= r3
 2875: *(u32 *)(r10 -180) = r2
 2876: r2 = *(u32 *)(r10 -140)
 2877: r3 = *(u32 *)(r1 +12)
 2878: r2 &= r3
 2879: *(u32 *)(r10 -176) = r2
 2880: r2 = *(u32 *)(r10 -136)
 2881: r3 = *(u32 *)(r1 +16)
 2882: r2 &= r3
 2883: *(u32 *)(r10 -172) = r2
 2884: r2 = *(u32 *)(r10 -132)
 2885: r3 = *(u32 *)(r1 +20)
 2886: r2 &= r3
 2887: *(u32 *)(r10 -168) = r2
 2888: r1 = map[pipe_p0f_signatures] ll
 2890: r2 = r10
 2891: r2 += -184
 2892: call bpf_map_lookup_elem
 2893: r1 = r0
 2894: if r1 == 0 goto +13
 2895: r2 = *(u32 *)(r1 +4)
 2896: r3 = *(u64 *)(r10 -224)
 2897: if r3 == 0 goto +2
 2898: r3 = *(u64 *)(r10 -232)
 2899: if r2 <= r3 goto +8
 2900: *(u64 *)(r10 -224) = 1
 2901: *(u64 *)(r10 -232) = r2
 2902: r2 = *(u32 *)(r1 +0)
 2903: *(u32 *)(r10 -208) = r2
 2904: r2 = *(u32 *)(r1 +4)
 2905: *(u32 *)(r10 -204) = r2
 2906: r2 = *(u32 *)(r1 +8)
 2907: *(u32 *)(r10 -200) = r2
 2908: *(u32 *)(r10 -216) = 28
 2909: r1 = map[pipe_p0f_signatures_masks] ll
 2911: r2 = r10
 2912: r2 += -216
 2913: call bpf_map_lookup_elem
 2914: r1 = r0
 2915: if r1 == 0 goto +180
 2916: r2 = *(u32 *)(r1 +0)
 2917: if r2 == 0 goto +178
 2918: *(u32 *)(r10 -184) = 28
 2919: r2 = *(u32 *)(r10 -144)
 2920: r3 = *(u32 *)(r1 +8)
 2921: r2 &= r3
 2922: *(u32 *)(r10 -180) = r2
 2923: r2 = *(u32 *)(r10 -140)
 2924: r3 = *(u32 *)(r1 +12)
 2925: r2 &= r3
 2926: *(u32 *)(r10 -176) = r2
 2927: r2 = *(u32 *)(r10 -136)
 2928: r3 = *(u32 *)(r1 +16)
 2929: r2 &= r3
 2930: *(u32 *)(r10 -172) = r2
 2931: r2 = *(u32 *)(r10 -132)
 2932: r3 = *(u32 *)(r1 +20)
 2933: r2 &= r3
 2934: *(u32 *)(r10 -168) = r2
 2935: r1 = map[pipe_p0f_signatures] ll
 2937: r2 = r10
 2938: r2 += -184
 2939: call bpf_map_lookup_elem
 2940: r1 = r0
 2941: if r1 == 0 goto +13
 2942: r2 = *(u32 *)(r1 +4)
 2943: r3 = *(u64 *)(r10 -224)
 2944: if r3 == 0 goto +2
 2945: r3 = *(u64 *)(r10 -232)
 2946: if r2 <= r3 goto +8
 2947: *(u64 *)(r10 -224) = 1
 2948: *(u64 *)(r10 -232) = r2
 2949: r2 = *(u32 *)(r1 +0)
 2950: *(u32 *)(r10 -208) = r2
 2951: r2 = *(u32 *)(r1 +4)
 2952: *(u32 *)(r10 -204) = r2
 2953: r2 = *(u32 *)(r1 +8)
 2954: *(u32 *)(r10 -200) = r2
 2955: *(u32 *)(r10 -216) = 29
 2956: r1 = map[pipe_p0f_signatures_masks] ll
 2958: r2 = r10
 2959: r2 += -216
 2960: call bpf_map_lookup_elem
 2961: r1 = r0
 2962: if r1 == 0 goto +133
 2963: r2 = *(u32 *)(r1 +0)
 2964: if r2 == 0 goto +131
 2965: *(u32 *)(r10 -184) = 29
 2966: r2 = *(u32 *)(r10 -144)
 2967: r3 = *(u32 *)(r1 +8)
 2968: r2 &= r3
 2969: *(u32 *)(r10 -180) = r2
 2970: r2 = *(u32 *)(r10 -140)
 2971: r3 = *(u32 *)(r1 +12)
 2972: r2 &= r3
 2973: *(u32 *)(r10 -176) = r2
 2974: r2 = *(u32 *)(r10 -136)
 2975: r3 = *(u32 *)(r1 +16)
 2976: r2 &= r3
 2977: *(u32 *)(r10 -172) = r2
 2978: r2 = *(u32 *)(r10 -132)
 2979: r3 = *(u32 *)(r1 +20)
 2980: r2 &= r3
 2981: *(u32 *)(r10 -168) = r2
 2982: r1 = map[pipe_p0f_signatures] ll
 2984: r2 = r10
 2985: r2 += -184
 2986: call bpf_map_lookup_elem
 2987: r1 = r0
 2988: if r1 == 0 goto +13
 2989: r2 = *(u32 *)(r1 +4)
 2990: r3 = *(u64 *)(r10 -224)
 2991: if r3 == 0 goto +2
 2992: r3 = *(u64 *)(r10 -232)
 2993: if r2 <= r3 goto +8
 2994: *(u64 *)(r10 -224) = 1
 2995: *(u64 *)(r10 -232) = r2
 2996: r2 = *(u32 *)(r1 +0)
 2997: *(u32 *)(r10 -208) = r2
 2998: r2 = *(u32 *)(r1 +4)
 2999: *(u32 *)(r10 -204) = r2
 3000: r2 = *(u32 *)(r1 +8)
 3001: *(u32 *)(r10 -200) = r2
 3002: *(u32 *)(r10 -216) = 30
 3003: r1 = map[pipe_p0f_signatures_masks] ll
 3005: r2 = r10
 3006: r2 += -216
 3007: call bpf_map_lookup_elem
 3008: r1 = r0
 3009: if r1 == 0 goto +86
 3010: r2 = *(u32 *)(r1 +0)
 3011: if r2 == 0 goto +84
 3012: *(u32 *)(r10 -184) = 30
 3013: r2 = *(u32 *)(r10 -144)
 3014: r3 = *(u32 *)(r1 +8)
 3015: r2 &= r3
 3016: *(u32 *)(r10 -180) = r2
 3017: r2 = *(u32 *)(r10 -140)
 3018: r3 = *(u32 *)(r1 +12)
 3019: r2 &= r3
 3020: *(u32 *)(r10 -176) = r2
 3021: r2 = *(u32 *)(r10 -136)
 3022: r3 = *(u32 *)(r1 +16)
 3023: r2 &= r3
 3024: *(u32 *)(r10 -172) = r2
 3025: r2 = *(u32 *)(r10 -132)
 3026: r3 = *(u32 *)(r1 +20)
 3027: r2 &= r3
 3028: *(u32 *)(r10 -168) = r2
 3029: r1 = map[pipe_p0f_signatures] ll
 3031: r2 = r10
 3032: r2 += -184
 3033: call bpf_map_lookup_elem
 3034: r1 = r0
 3035: if r1 == 0 goto +13
 3036: r2 = *(u32 *)(r1 +4)
 3037: r3 = *(u64 *)(r10 -224)
 3038: if r3 == 0 goto +2
 3039: r3 = *(u64 *)(r10 -232)
 3040: if r2 <= r3 goto +8
 3041: *(u64 *)(r10 -224) = 1
 3042: *(u64 *)(r10 -232) = r2
 3043: r2 = *(u32 *)(r1 +0)
 3044: *(u32 *)(r10 -208) = r2
 3045: r2 = *(u32 *)(r1 +4)
 3046: *(u32 *)(r10 -204) = r2
 3047: r2 = *(u32 *)(r1 +8)
 3048: *(u32 *)(r10 -200) = r2
 3049: *(u32 *)(r10 -216) = 31
 3050: r1 = map[pipe_p0f_signatures_masks] ll
 3052: r2 = r10
 3053: r2 += -216
 3054: call bpf_map_lookup_elem
 3055: r1 = r0
 3056: if r1 == 0 goto +39
 3057: r2 = *(u32 *)(r1 +0)
 3058: if r2 == 0 goto +37
 3059: *(u32 *)(r10 -184) = 31
 3060: r2 = *(u32 *)(r10 -144)
 3061: r3 = *(u32 *)(r1 +8)
 3062: r2 &= r3
 3063: *(u32 *)(r10 -180) = r2
 3064: r2 = *(u32 *)(r10 -140)
 3065: r3 = *(u32 *)(r1 +12)
 3066: r2 &= r3
 3067: *(u32 *)(r10 -176) = r2
 3068: r2 = *(u32 *)(r10 -136)
 3069: r3 = *(u32 *)(r1 +16)
 3070: r2 &= r3
 3071: *(u32 *)(r10 -172) = r2
 3072: r2 = *(u32 *)(r10 -132)
 3073: r3 = *(u32 *)(r1 +20)
 3074: r2 &= r3
 3075: *(u32 *)(r10 -168) = r2
 3076: r1 = map[pipe_p0f_signatures] ll
 3078: r2 = r10
 3079: r2 += -184
 3080: call bpf_map_lookup_elem
 3081: r1 = r0
 3082: if r1 == 0 goto +13
 3083: r2 = *(u32 *)(r1 +4)
 3084: r3 = *(u64 *)(r10 -224)
 3085: if r3 == 0 goto +2
 3086: r3 = *(u64 *)(r10 -232)
 3087: if r2 <= r3 goto +8
 3088: *(u64 *)(r10 -224) = 1
 3089: *(u64 *)(r10 -232) = r2
 3090: r2 = *(u32 *)(r1 +0)
 3091: *(u32 *)(r10 -208) = r2
 3092: r2 = *(u32 *)(r1 +4)
 3093: *(u32 *)(r10 -204) = r2
 3094: r2 = *(u32 *)(r1 +8)
 3095: *(u32 *)(r10 -200) = r2
 3096: r1 = *(u64 *)(r10 -224)
 3097: r2 = 1
 3098: if r1 != 0 goto +17
 3099: r2 = 0
 3100: *(u32 *)(r10 -144) = 0
 3101: r1 = map[pipe_p0f_signatures_default] ll
 3103: r2 = r10
 3104: r2 += -144
 3105: call bpf_map_lookup_elem
 3106: r1 = r0
 3107: if r1 == 0 goto +5
 3108: r2 = *(u32 *)(r1 +0)
 3109: r8 = *(u32 *)(r1 +8)
 3110: r8 = be32 r8
 3111: w8 = w8
 3112: goto +7
 3113: r2 = 2
 3114: r8 = 0
 3115: goto +4
 3116: r2 = *(u32 *)(r10 -208)
 3117: r8 = *(u32 *)(r10 -200)
 3118: r8 = be32 r8
 3119: w8 = w8
 3120: if r2 == 0 goto +26
 3121: if r2 == 1 goto +3
 3122: if r2 == 2 goto +1
 3123: goto +42
      ; pipe: block6 (NoAction)
 3124: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 3125: r1 = 1
      ; write var10, v45
 3126: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 3127: r1 = 0
      ; v47: bit<32> = const 1
 3128: r2 = 1
      ; count counter0[v46] += v47
 3129: *(u32 *)(r10 -144) = r1
 3130: *(u64 *)(r10 -208) = r2
 3131: r1 = map[pipe_os_stats] ll
 3133: r2 = r10
 3134: r2 += -144
 3135: call bpf_map_lookup_elem
 3136: r1 = r0
 3137: if r1 == 0 goto +8
 3138: r2 = *(u64 *)(r1 +0)
 3139: r3 = *(u64 *)(r10 -208)
 3140: r2 += r3
 3141: *(u64 *)(r1 +0) = r2
 3142: r2 = *(u64 *)(r1 +8)
 3143: r3 = *(u32 *)(r10 -40)
 3144: r2 += r3
 3145: *(u64 *)(r1 +8) = r2
 3146: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 3147: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 3148: r1 = 1
      ; count counter0[v43] += v44
 3149: *(u32 *)(r10 -144) = r8
 3150: *(u64 *)(r10 -208) = r1
 3151: r1 = map[pipe_os_stats] ll
 3153: r2 = r10
 3154: r2 += -144
 3155: call bpf_map_lookup_elem
 3156: r1 = r0
 3157: if r1 == 0 goto +8
 3158: r2 = *(u64 *)(r1 +0)
 3159: r3 = *(u64 *)(r10 -208)
 3160: r2 += r3
 3161: *(u64 *)(r1 +0) = r2
 3162: r2 = *(u64 *)(r1 +8)
 3163: r3 = *(u32 *)(r10 -40)
 3164: r2 += r3
 3165: *(u64 *)(r1 +8) = r2
 3166: goto +22
 3167: goto +21
      ; drop
 3168: r1 = *(u32 *)(r10 -36)
 3169: r2 = *(u32 *)(r10 -32)
 3170: *(u64 *)(r10 -240) = r1
 3171: *(u64 *)(r10 -248) = r2
 3172: r1 = *(u64 *)(r10 -8)
 3173: r2 = 0xfffffffffffffff8 ll
 3175: call bpf_xdp_adjust_meta
 3176: if r0 != 0 goto +10
 3177: r1 = *(u64 *)(r10 -8)
 3178: r2 = *(u32 *)(r1 +8)
 3179: r3 = *(u32 *)(r1 +0)
 3180: r1 = r2
 3181: r1 += 8
 3182: if r1 > r3 goto +4
 3183: r1 = *(u64 *)(r10 -240)
 3184: *(u32 *)(r2 +0) = r1
 3185: r1 = *(u64 *)(r10 -248)
 3186: *(u32 *)(r2 +4) = r1
 3187: r0 = 1
 3188: exit
      ; epilogue: verdict
 3189: r1 = *(u32 *)(r10 -36)
 3190: r2 = *(u32 *)(r10 -32)
 3191: *(u64 *)(r10 -256) = r1
 3192: *(u64 *)(r10 -264) = r2
 3193: r1 = *(u64 *)(r10 -8)
 3194: r2 = 0xfffffffffffffff8 ll
 3196: call bpf_xdp_adjust_meta
 3197: if r0 != 0 goto +10
 3198: r1 = *(u64 *)(r10 -8)
 3199: r2 = *(u32 *)(r1 +8)
 3200: r3 = *(u32 *)(r1 +0)
 3201: r1 = r2
 3202: r1 += 8
 3203: if r1 > r3 goto +4
 3204: r1 = *(u64 *)(r10 -256)
 3205: *(u32 *)(r2 +0) = r1
 3206: r1 = *(u64 *)(r10 -264)
 3207: *(u32 *)(r2 +4) = r1
 3208: r1 = *(u8 *)(r10 -23)
 3209: if r1 != 0 goto +2
 3210: r0 = 2
 3211: exit
 3212: if r1 != 2 goto +4
 3213: r1 = *(u32 *)(r10 -32)
 3214: r2 = 0
 3215: call bpf_redirect
 3216: exit
 3217: r0 = 1
 3218: exit
