; p0f for xdp: 3221 instructions, stack 272 bytes, 4 maps
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
   16: r2 = *(u32 *)(r1 +12)
   17: *(u32 *)(r10 -44) = r2
   18: r2 = *(u32 *)(r1 +8)
   19: r3 = r2
   20: r3 += 8
   21: if r3 > r6 goto +2
   22: r3 = *(u32 *)(r2 +0)
   23: *(u32 *)(r10 -36) = r3
   24: call bpf_xdp_get_buff_len
   25: r1 = r0
   26: *(u32 *)(r10 -40) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   27: r1 = *(u64 *)(r10 -16)
   28: if r1 > 16383 goto +5
   29: r2 = r6
   30: r2 += r1
   31: r3 = r2
   32: r3 += 14
   33: if r3 <= r7 goto +2
   34: *(u32 *)(r10 -48) = 1
   35: goto +3134
   36: r3 = r1
   37: r3 += 1
   38: *(u32 *)(r10 -104) = r3
   39: r1 += 14
   40: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   41: r1 = 0
   42: if r2 == 0 goto +2
   43: r1 = *(u16 *)(r2 +12)
   44: r1 = be16 r1
   45: if r1 != 2048 goto +1
   46: goto +1
   47: goto +1269
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   48: r1 = *(u64 *)(r10 -16)
   49: if r1 > 16383 goto +5
   50: r2 = r6
   51: r2 += r1
   52: r3 = r2
   53: r3 += 20
   54: if r3 <= r7 goto +2
   55: *(u32 *)(r10 -48) = 1
   56: goto +3113
   57: r3 = r1
   58: r3 += 1
   59: *(u32 *)(r10 -100) = r3
   60: r1 += 20
   61: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   62: r1 = 0
   63: if r2 == 0 goto +2
   64: r1 = *(u8 *)(r2 +0)
   65: r1 &= 15
      ; v2: bit<4> = const 5
   66: r3 = 5
      ; v3: bool = ge v1, v2
   67: r4 = 1
   68: if r1 >= r3 goto +1
   69: r4 = 0
      ; verify v3, error HeaderTooShort
   70: if r4 != 0 goto +2
   71: *(u32 *)(r10 -48) = 4
   72: goto +3097
      ; v4: bit<4> = read_field hdr1.ihl
   73: r1 = 0
   74: if r2 == 0 goto +2
   75: r1 = *(u8 *)(r2 +0)
   76: r1 &= 15
      ; v5: bit<32> = cast v4
   77: r3 = r1
   78: w3 = w3
      ; v6: bit<32> = const 5
   79: r1 = 5
      ; v7: bit<32> = sub v5, v6
   80: r4 = r3
   81: r4 -= r1
   82: w4 = w4
      ; v8: bit<32> = const 0x20
   83: r1 = 32
      ; v9: bit<32> = mul v7, v8
   84: r3 = r4
   85: r3 *= r1
   86: w3 = w3
      ; advance v9
   87: r1 = r3
   88: r1 &= 7
   89: if r1 == 0 goto +2
   90: *(u32 *)(r10 -48) = 6
   91: goto +3078
   92: r1 = r3
   93: r1 >>= 3
   94: r3 = *(u64 *)(r10 -16)
   95: r3 += r1
   96: if r3 > 16383 goto +3
   97: r1 = r6
   98: r1 += r3
   99: if r1 <= r7 goto +2
  100: *(u32 *)(r10 -48) = 1
  101: goto +3068
  102: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
  103: r1 = 0
  104: if r2 == 0 goto +3
  105: r1 = *(u16 *)(r2 +6)
  106: r1 = be16 r1
  107: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  108: r3 = 0
  109: if r2 == 0 goto +1
  110: r3 = *(u8 *)(r2 +9)
  111: if r1 != 0 goto +2
  112: if r3 != 6 goto +1
  113: goto +1
  114: goto +1202
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  115: r1 = *(u64 *)(r10 -16)
  116: if r1 > 16383 goto +5
  117: r2 = r6
  118: r2 += r1
  119: r3 = r2
  120: r3 += 20
  121: if r3 <= r7 goto +2
  122: *(u32 *)(r10 -48) = 1
  123: goto +3046
  124: r3 = r1
  125: r3 += 1
  126: *(u32 *)(r10 -96) = r3
  127: r1 += 20
  128: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  129: r1 = 0
  130: if r2 == 0 goto +3
  131: r1 = *(u8 *)(r2 +12)
  132: r1 >>= 4
  133: r1 &= 15
      ; v13: bit<4> = const 5
  134: r3 = 5
      ; v14: bool = ge v12, v13
  135: r4 = 1
  136: if r1 >= r3 goto +1
  137: r4 = 0
      ; verify v14, error HeaderTooShort
  138: if r4 != 0 goto +2
  139: *(u32 *)(r10 -48) = 4
  140: goto +3029
      ; v15: bit<4> = read_field hdr2.dataOffset
  141: r1 = 0
  142: if r2 == 0 goto +3
  143: r1 = *(u8 *)(r2 +12)
  144: r1 >>= 4
  145: r1 &= 15
      ; v16: bit<16> = cast v15
  146: r3 = r1
  147: r3 &= 65535
      ; v17: bit<16> = const 5
  148: r1 = 5
      ; v18: bit<16> = sub v16, v17
  149: r4 = r3
  150: r4 -= r1
  151: r4 &= 65535
      ; v19: bit<16> = const 4
  152: r1 = 4
      ; v20: bit<16> = mul v18, v19
  153: r3 = r4
  154: r3 *= r1
  155: r3 &= 65535
      ; write var2, v20
  156: *(u16 *)(r10 -28) = r3
      ; v21: bit<8> = read_field hdr2.flags
  157: r1 = 0
  158: if r2 == 0 goto +1
  159: r1 = *(u8 *)(r2 +13)
  160: r2 = r1
  161: r2 &= 18
  162: if r2 != 2 goto +1
  163: goto +1
  164: goto +1152
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  165: r1 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  166: r2 = *(u8 *)(r10 -24)
  167: if r1 != 0 goto +1
  168: goto +1148
  169: if r2 != 8 goto +1
  170: goto +1146
      ; prs: block5 (parse_option)
      ; extract hdr3
  171: r1 = *(u64 *)(r10 -16)
  172: if r1 > 16383 goto +5
  173: r2 = r6
  174: r2 += r1
  175: r3 = r2
  176: r3 += 1
  177: if r3 <= r7 goto +2
  178: *(u32 *)(r10 -48) = 1
  179: goto +2990
  180: r3 = r1
  181: r3 += 1
  182: *(u32 *)(r10 -92) = r3
  183: r1 += 1
  184: *(u64 *)(r10 -16) = r1
      ; v24: bit<8> = read var3
  185: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  186: r3 = 1
      ; v26: bit<8> = add v24, v25
  187: r4 = r1
  188: r4 += r3
  189: r4 &= 255
      ; write var3, v26
  190: *(u8 *)(r10 -24) = r4
      ; v27: bit<16> = read var2
  191: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  192: r3 = 1
      ; v29: bit<16> = sub v27, v28
  193: r4 = r1
  194: r4 -= r3
  195: r4 &= 65535
      ; write var2, v29
  196: *(u16 *)(r10 -28) = r4
      ; v30: bit<8> = read_field hdr3.kind
  197: r1 = 0
  198: if r2 == 0 goto +1
  199: r1 = *(u8 *)(r2 +0)
  200: if r1 != 0 goto +1
  201: goto +1115
  202: if r1 != 1 goto +1
  203: goto +104
  204: if r1 != 2 goto +1
  205: goto +82
  206: if r1 != 3 goto +1
  207: goto +59
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  208: r1 = *(u64 *)(r10 -16)
  209: if r1 > 16383 goto +5
  210: r2 = r6
  211: r2 += r1
  212: r1 = r2
  213: r1 += 1
  214: if r1 <= r7 goto +2
  215: *(u32 *)(r10 -48) = 1
  216: goto +2953
  217: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  218: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  219: r1 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
  220: r2 = 2
      ; v34: bool = ge v32, v33
  221: r3 = 1
  222: if r1 >= r2 goto +1
  223: r3 = 0
      ; verify v34, error HeaderTooShort
  224: if r3 != 0 goto +2
  225: *(u32 *)(r10 -48) = 4
  226: goto +2943
      ; v35: bit<8> = read var11
  227: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  228: r2 = r1
  229: w2 = w2
      ; v37: bit<32> = const 1
  230: r1 = 1
      ; v38: bit<32> = sub v36, v37
  231: r3 = r2
  232: r3 -= r1
  233: w3 = w3
      ; v39: bit<32> = const 8
  234: r1 = 8
      ; v40: bit<32> = mul v38, v39
  235: r2 = r3
  236: r2 *= r1
  237: w2 = w2
      ; advance v40
  238: r1 = r2
  239: r1 &= 7
  240: if r1 == 0 goto +2
  241: *(u32 *)(r10 -48) = 6
  242: goto +2927
  243: r1 = r2
  244: r1 >>= 3
  245: r2 = *(u64 *)(r10 -16)
  246: r2 += r1
  247: if r2 > 16383 goto +3
  248: r1 = r6
  249: r1 += r2
  250: if r1 <= r7 goto +2
  251: *(u32 *)(r10 -48) = 1
  252: goto +2917
  253: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  254: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  255: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  256: r3 = r2
  257: r3 &= 65535
      ; v44: bit<16> = const 1
  258: r2 = 1
      ; v45: bit<16> = sub v43, v44
  259: r4 = r3
  260: r4 -= r2
  261: r4 &= 65535
      ; v46: bit<16> = sub v41, v45
  262: r2 = r1
  263: r2 -= r4
  264: r2 &= 65535
      ; write var2, v46
  265: *(u16 *)(r10 -28) = r2
  266: goto +41
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  267: r1 = *(u64 *)(r10 -16)
  268: if r1 > 16383 goto +5
  269: r2 = r6
  270: r2 += r1
  271: r3 = r2
  272: r3 += 2
  273: if r3 <= r7 goto +2
  274: *(u32 *)(r10 -48) = 1
  275: goto +2894
  276: r2 = r1
  277: r2 += 1
  278: *(u32 *)(r10 -56) = r2
  279: r1 += 2
  280: *(u64 *)(r10 -16) = r1
      ; v47: bit<16> = read var2
  281: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  282: r2 = 2
      ; v49: bit<16> = sub v47, v48
  283: r3 = r1
  284: r3 -= r2
  285: r3 &= 65535
      ; write var2, v49
  286: *(u16 *)(r10 -28) = r3
  287: goto +20
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  288: r1 = *(u64 *)(r10 -16)
  289: if r1 > 16383 goto +5
  290: r2 = r6
  291: r2 += r1
  292: r3 = r2
  293: r3 += 3
  294: if r3 <= r7 goto +2
  295: *(u32 *)(r10 -48) = 1
  296: goto +2873
  297: r2 = r1
  298: r2 += 1
  299: *(u32 *)(r10 -60) = r2
  300: r1 += 3
  301: *(u64 *)(r10 -16) = r1
      ; v50: bit<16> = read var2
  302: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  303: r2 = 3
      ; v52: bit<16> = sub v50, v51
  304: r3 = r1
  305: r3 -= r2
  306: r3 &= 65535
      ; write var2, v52
  307: *(u16 *)(r10 -28) = r3
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  308: r1 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  309: r2 = *(u8 *)(r10 -24)
  310: if r1 != 0 goto +1
  311: goto +1005
  312: if r2 != 8 goto +1
  313: goto +1003
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  314: r1 = *(u64 *)(r10 -16)
  315: if r1 > 16383 goto +5
  316: r2 = r6
  317: r2 += r1
  318: r3 = r2
  319: r3 += 1
  320: if r3 <= r7 goto +2
  321: *(u32 *)(r10 -48) = 1
  322: goto +2847
  323: r3 = r1
  324: r3 += 1
  325: *(u32 *)(r10 -88) = r3
  326: r1 += 1
  327: *(u64 *)(r10 -16) = r1
      ; v55: bit<8> = read var3
  328: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  329: r3 = 1
      ; v57: bit<8> = add v55, v56
  330: r4 = r1
  331: r4 += r3
  332: r4 &= 255
      ; write var3, v57
  333: *(u8 *)(r10 -24) = r4
      ; v58: bit<16> = read var2
  334: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  335: r3 = 1
      ; v60: bit<16> = sub v58, v59
  336: r4 = r1
  337: r4 -= r3
  338: r4 &= 65535
      ; write var2, v60
  339: *(u16 *)(r10 -28) = r4
      ; v61: bit<8> = read_field hdr4.kind
  340: r1 = 0
  341: if r2 == 0 goto +1
  342: r1 = *(u8 *)(r2 +0)
  343: if r1 != 0 goto +1
  344: goto +972
  345: if r1 != 1 goto +1
  346: goto +104
  347: if r1 != 2 goto +1
  348: goto +82
  349: if r1 != 3 goto +1
  350: goto +59
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  351: r1 = *(u64 *)(r10 -16)
  352: if r1 > 16383 goto +5
  353: r2 = r6
  354: r2 += r1
  355: r1 = r2
  356: r1 += 1
  357: if r1 <= r7 goto +2
  358: *(u32 *)(r10 -48) = 1
  359: goto +2810
  360: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  361: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  362: r1 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
  363: r2 = 2
      ; v65: bool = ge v63, v64
  364: r3 = 1
  365: if r1 >= r2 goto +1
  366: r3 = 0
      ; verify v65, error HeaderTooShort
  367: if r3 != 0 goto +2
  368: *(u32 *)(r10 -48) = 4
  369: goto +2800
      ; v66: bit<8> = read var11
  370: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  371: r2 = r1
  372: w2 = w2
      ; v68: bit<32> = const 1
  373: r1 = 1
      ; v69: bit<32> = sub v67, v68
  374: r3 = r2
  375: r3 -= r1
  376: w3 = w3
      ; v70: bit<32> = const 8
  377: r1 = 8
      ; v71: bit<32> = mul v69, v70
  378: r2 = r3
  379: r2 *= r1
  380: w2 = w2
      ; advance v71
  381: r1 = r2
  382: r1 &= 7
  383: if r1 == 0 goto +2
  384: *(u32 *)(r10 -48) = 6
  385: goto +2784
  386: r1 = r2
  387: r1 >>= 3
  388: r2 = *(u64 *)(r10 -16)
  389: r2 += r1
  390: if r2 > 16383 goto +3
  391: r1 = r6
  392: r1 += r2
  393: if r1 <= r7 goto +2
  394: *(u32 *)(r10 -48) = 1
  395: goto +2774
  396: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  397: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  398: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  399: r3 = r2
  400: r3 &= 65535
      ; v75: bit<16> = const 1
  401: r2 = 1
      ; v76: bit<16> = sub v74, v75
  402: r4 = r3
  403: r4 -= r2
  404: r4 &= 65535
      ; v77: bit<16> = sub v72, v76
  405: r2 = r1
  406: r2 -= r4
  407: r2 &= 65535
      ; write var2, v77
  408: *(u16 *)(r10 -28) = r2
  409: goto +41
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  410: r1 = *(u64 *)(r10 -16)
  411: if r1 > 16383 goto +5
  412: r2 = r6
  413: r2 += r1
  414: r3 = r2
  415: r3 += 2
  416: if r3 <= r7 goto +2
  417: *(u32 *)(r10 -48) = 1
  418: goto +2751
  419: r2 = r1
  420: r2 += 1
  421: *(u32 *)(r10 -56) = r2
  422: r1 += 2
  423: *(u64 *)(r10 -16) = r1
      ; v78: bit<16> = read var2
  424: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  425: r2 = 2
      ; v80: bit<16> = sub v78, v79
  426: r3 = r1
  427: r3 -= r2
  428: r3 &= 65535
      ; write var2, v80
  429: *(u16 *)(r10 -28) = r3
  430: goto +20
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  431: r1 = *(u64 *)(r10 -16)
  432: if r1 > 16383 goto +5
  433: r2 = r6
  434: r2 += r1
  435: r3 = r2
  436: r3 += 3
  437: if r3 <= r7 goto +2
  438: *(u32 *)(r10 -48) = 1
  439: goto +2730
  440: r2 = r1
  441: r2 += 1
  442: *(u32 *)(r10 -60) = r2
  443: r1 += 3
  444: *(u64 *)(r10 -16) = r1
      ; v81: bit<16> = read var2
  445: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  446: r2 = 3
      ; v83: bit<16> = sub v81, v82
  447: r3 = r1
  448: r3 -= r2
  449: r3 &= 65535
      ; write var2, v83
  450: *(u16 *)(r10 -28) = r3
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  451: r1 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  452: r2 = *(u8 *)(r10 -24)
  453: if r1 != 0 goto +1
  454: goto +862
  455: if r2 != 8 goto +1
  456: goto +860
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  457: r1 = *(u64 *)(r10 -16)
  458: if r1 > 16383 goto +5
  459: r2 = r6
  460: r2 += r1
  461: r3 = r2
  462: r3 += 1
  463: if r3 <= r7 goto +2
  464: *(u32 *)(r10 -48) = 1
  465: goto +2704
  466: r3 = r1
  467: r3 += 1
  468: *(u32 *)(r10 -84) = r3
  469: r1 += 1
  470: *(u64 *)(r10 -16) = r1
      ; v86: bit<8> = read var3
  471: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  472: r3 = 1
      ; v88: bit<8> = add v86, v87
  473: r4 = r1
  474: r4 += r3
  475: r4 &= 255
      ; write var3, v88
  476: *(u8 *)(r10 -24) = r4
      ; v89: bit<16> = read var2
  477: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  478: r3 = 1
      ; v91: bit<16> = sub v89, v90
  479: r4 = r1
  480: r4 -= r3
  481: r4 &= 65535
      ; write var2, v91
  482: *(u16 *)(r10 -28) = r4
      ; v92: bit<8> = read_field hdr5.kind
  483: r1 = 0
  484: if r2 == 0 goto +1
  485: r1 = *(u8 *)(r2 +0)
  486: if r1 != 0 goto +1
  487: goto +829
  488: if r1 != 1 goto +1
  489: goto +104
  490: if r1 != 2 goto +1
  491: goto +82
  492: if r1 != 3 goto +1
  493: goto +59
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  494: r1 = *(u64 *)(r10 -16)
  495: if r1 > 16383 goto +5
  496: r2 = r6
  497: r2 += r1
  498: r1 = r2
  499: r1 += 1
  500: if r1 <= r7 goto +2
  501: *(u32 *)(r10 -48) = 1
  502: goto +2667
  503: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  504: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  505: r1 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
  506: r2 = 2
      ; v96: bool = ge v94, v95
  507: r3 = 1
  508: if r1 >= r2 goto +1
  509: r3 = 0
      ; verify v96, error HeaderTooShort
  510: if r3 != 0 goto +2
  511: *(u32 *)(r10 -48) = 4
  512: goto +2657
      ; v97: bit<8> = read var11
  513: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  514: r2 = r1
  515: w2 = w2
      ; v99: bit<32> = const 1
  516: r1 = 1
      ; v100: bit<32> = sub v98, v99
  517: r3 = r2
  518: r3 -= r1
  519: w3 = w3
      ; v101: bit<32> = const 8
  520: r1 = 8
      ; v102: bit<32> = mul v100, v101
  521: r2 = r3
  522: r2 *= r1
  523: w2 = w2
      ; advance v102
  524: r1 = r2
  525: r1 &= 7
  526: if r1 == 0 goto +2
  527: *(u32 *)(r10 -48) = 6
  528: goto +2641
  529: r1 = r2
  530: r1 >>= 3
  531: r2 = *(u64 *)(r10 -16)
  532: r2 += r1
  533: if r2 > 16383 goto +3
  534: r1 = r6
  535: r1 += r2
  536: if r1 <= r7 goto +2
  537: *(u32 *)(r10 -48) = 1
  538: goto +2631
  539: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  540: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  541: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  542: r3 = r2
  543: r3 &= 65535
      ; v106: bit<16> = const 1
  544: r2 = 1
      ; v107: bit<16> = sub v105, v106
  545: r4 = r3
  546: r4 -= r2
  547: r4 &= 65535
      ; v108: bit<16> = sub v103, v107
  548: r2 = r1
  549: r2 -= r4
  550: r2 &= 65535
      ; write var2, v108
  551: *(u16 *)(r10 -28) = r2
  552: goto +41
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  553: r1 = *(u64 *)(r10 -16)
  554: if r1 > 16383 goto +5
  555: r2 = r6
  556: r2 += r1
  557: r3 = r2
  558: r3 += 2
  559: if r3 <= r7 goto +2
  560: *(u32 *)(r10 -48) = 1
  561: goto +2608
  562: r2 = r1
  563: r2 += 1
  564: *(u32 *)(r10 -56) = r2
  565: r1 += 2
  566: *(u64 *)(r10 -16) = r1
      ; v109: bit<16> = read var2
  567: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  568: r2 = 2
      ; v111: bit<16> = sub v109, v110
  569: r3 = r1
  570: r3 -= r2
  571: r3 &= 65535
      ; write var2, v111
  572: *(u16 *)(r10 -28) = r3
  573: goto +20
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  574: r1 = *(u64 *)(r10 -16)
  575: if r1 > 16383 goto +5
  576: r2 = r6
  577: r2 += r1
  578: r3 = r2
  579: r3 += 3
  580: if r3 <= r7 goto +2
  581: *(u32 *)(r10 -48) = 1
  582: goto +2587
  583: r2 = r1
  584: r2 += 1
  585: *(u32 *)(r10 -60) = r2
  586: r1 += 3
  587: *(u64 *)(r10 -16) = r1
      ; v112: bit<16> = read var2
  588: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  589: r2 = 3
      ; v114: bit<16> = sub v112, v113
  590: r3 = r1
  591: r3 -= r2
  592: r3 &= 65535
      ; write var2, v114
  593: *(u16 *)(r10 -28) = r3
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  594: r1 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  595: r2 = *(u8 *)(r10 -24)
  596: if r1 != 0 goto +1
  597: goto +719
  598: if r2 != 8 goto +1
  599: goto +717
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  600: r1 = *(u64 *)(r10 -16)
  601: if r1 > 16383 goto +5
  602: r2 = r6
  603: r2 += r1
  604: r3 = r2
  605: r3 += 1
  606: if r3 <= r7 goto +2
  607: *(u32 *)(r10 -48) = 1
  608: goto +2561
  609: r3 = r1
  610: r3 += 1
  611: *(u32 *)(r10 -80) = r3
  612: r1 += 1
  613: *(u64 *)(r10 -16) = r1
      ; v117: bit<8> = read var3
  614: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  615: r3 = 1
      ; v119: bit<8> = add v117, v118
  616: r4 = r1
  617: r4 += r3
  618: r4 &= 255
      ; write var3, v119
  619: *(u8 *)(r10 -24) = r4
      ; v120: bit<16> = read var2
  620: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  621: r3 = 1
      ; v122: bit<16> = sub v120, v121
  622: r4 = r1
  623: r4 -= r3
  624: r4 &= 65535
      ; write var2, v122
  625: *(u16 *)(r10 -28) = r4
      ; v123: bit<8> = read_field hdr6.kind
  626: r1 = 0
  627: if r2 == 0 goto +1
  628: r1 = *(u8 *)(r2 +0)
  629: if r1 != 0 goto +1
  630: goto +686
  631: if r1 != 1 goto +1
  632: goto +104
  633: if r1 != 2 goto +1
  634: goto +82
  635: if r1 != 3 goto +1
  636: goto +59
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  637: r1 = *(u64 *)(r10 -16)
  638: if r1 > 16383 goto +5
  639: r2 = r6
  640: r2 += r1
  641: r1 = r2
  642: r1 += 1
  643: if r1 <= r7 goto +2
  644: *(u32 *)(r10 -48) = 1
  645: goto +2524
  646: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  647: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  648: r1 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
  649: r2 = 2
      ; v127: bool = ge v125, v126
  650: r3 = 1
  651: if r1 >= r2 goto +1
  652: r3 = 0
      ; verify v127, error HeaderTooShort
  653: if r3 != 0 goto +2
  654: *(u32 *)(r10 -48) = 4
  655: goto +2514
      ; v128: bit<8> = read var11
  656: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  657: r2 = r1
  658: w2 = w2
      ; v130: bit<32> = const 1
  659: r1 = 1
      ; v131: bit<32> = sub v129, v130
  660: r3 = r2
  661: r3 -= r1
  662: w3 = w3
      ; v132: bit<32> = const 8
  663: r1 = 8
      ; v133: bit<32> = mul v131, v132
  664: r2 = r3
  665: r2 *= r1
  666: w2 = w2
      ; advance v133
  667: r1 = r2
  668: r1 &= 7
  669: if r1 == 0 goto +2
  670: *(u32 *)(r10 -48) = 6
  671: goto +2498
  672: r1 = r2
  673: r1 >>= 3
  674: r2 = *(u64 *)(r10 -16)
  675: r2 += r1
  676: if r2 > 16383 goto +3
  677: r1 = r6
  678: r1 += r2
  679: if r1 <= r7 goto +2
  680: *(u32 *)(r10 -48) = 1
  681: goto +2488
  682: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  683: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  684: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  685: r3 = r2
  686: r3 &= 65535
      ; v137: bit<16> = const 1
  687: r2 = 1
      ; v138: bit<16> = sub v136, v137
  688: r4 = r3
  689: r4 -= r2
  690: r4 &= 65535
      ; v139: bit<16> = sub v134, v138
  691: r2 = r1
  692: r2 -= r4
  693: r2 &= 65535
      ; write var2, v139
  694: *(u16 *)(r10 -28) = r2
  695: goto +41
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  696: r1 = *(u64 *)(r10 -16)
  697: if r1 > 16383 goto +5
  698: r2 = r6
  699: r2 += r1
  700: r3 = r2
  701: r3 += 2
  702: if r3 <= r7 goto +2
  703: *(u32 *)(r10 -48) = 1
  704: goto +2465
  705: r2 = r1
  706: r2 += 1
  707: *(u32 *)(r10 -56) = r2
  708: r1 += 2
  709: *(u64 *)(r10 -16) = r1
      ; v140: bit<16> = read var2
  710: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  711: r2 = 2
      ; v142: bit<16> = sub v140, v141
  712: r3 = r1
  713: r3 -= r2
  714: r3 &= 65535
      ; write var2, v142
  715: *(u16 *)(r10 -28) = r3
  716: goto +20
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  717: r1 = *(u64 *)(r10 -16)
  718: if r1 > 16383 goto +5
  719: r2 = r6
  720: r2 += r1
  721: r3 = r2
  722: r3 += 3
  723: if r3 <= r7 goto +2
  724: *(u32 *)(r10 -48) = 1
  725: goto +2444
  726: r2 = r1
  727: r2 += 1
  728: *(u32 *)(r10 -60) = r2
  729: r1 += 3
  730: *(u64 *)(r10 -16) = r1
      ; v143: bit<16> = read var2
  731: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  732: r2 = 3
      ; v145: bit<16> = sub v143, v144
  733: r3 = r1
  734: r3 -= r2
  735: r3 &= 65535
      ; write var2, v145
  736: *(u16 *)(r10 -28) = r3
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  737: r1 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  738: r2 = *(u8 *)(r10 -24)
  739: if r1 != 0 goto +1
  740: goto +576
  741: if r2 != 8 goto +1
  742: goto +574
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  743: r1 = *(u64 *)(r10 -16)
  744: if r1 > 16383 goto +5
  745: r2 = r6
  746: r2 += r1
  747: r3 = r2
  748: r3 += 1
  749: if r3 <= r7 goto +2
  750: *(u32 *)(r10 -48) = 1
  751: goto +2418
  752: r3 = r1
  753: r3 += 1
  754: *(u32 *)(r10 -76) = r3
  755: r1 += 1
  756: *(u64 *)(r10 -16) = r1
      ; v148: bit<8> = read var3
  757: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  758: r3 = 1
      ; v150: bit<8> = add v148, v149
  759: r4 = r1
  760: r4 += r3
  761: r4 &= 255
      ; write var3, v150
  762: *(u8 *)(r10 -24) = r4
      ; v151: bit<16> = read var2
  763: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  764: r3 = 1
      ; v153: bit<16> = sub v151, v152
  765: r4 = r1
  766: r4 -= r3
  767: r4 &= 65535
      ; write var2, v153
  768: *(u16 *)(r10 -28) = r4
      ; v154: bit<8> = read_field hdr7.kind
  769: r1 = 0
  770: if r2 == 0 goto +1
  771: r1 = *(u8 *)(r2 +0)
  772: if r1 != 0 goto +1
  773: goto +543
  774: if r1 != 1 goto +1
  775: goto +104
  776: if r1 != 2 goto +1
  777: goto +82
  778: if r1 != 3 goto +1
  779: goto +59
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  780: r1 = *(u64 *)(r10 -16)
  781: if r1 > 16383 goto +5
  782: r2 = r6
  783: r2 += r1
  784: r1 = r2
  785: r1 += 1
  786: if r1 <= r7 goto +2
  787: *(u32 *)(r10 -48) = 1
  788: goto +2381
  789: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  790: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  791: r1 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
  792: r2 = 2
      ; v158: bool = ge v156, v157
  793: r3 = 1
  794: if r1 >= r2 goto +1
  795: r3 = 0
      ; verify v158, error HeaderTooShort
  796: if r3 != 0 goto +2
  797: *(u32 *)(r10 -48) = 4
  798: goto +2371
      ; v159: bit<8> = read var11
  799: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  800: r2 = r1
  801: w2 = w2
      ; v161: bit<32> = const 1
  802: r1 = 1
      ; v162: bit<32> = sub v160, v161
  803: r3 = r2
  804: r3 -= r1
  805: w3 = w3
      ; v163: bit<32> = const 8
  806: r1 = 8
      ; v164: bit<32> = mul v162, v163
  807: r2 = r3
  808: r2 *= r1
  809: w2 = w2
      ; advance v164
  810: r1 = r2
  811: r1 &= 7
  812: if r1 == 0 goto +2
  813: *(u32 *)(r10 -48) = 6
  814: goto +2355
  815: r1 = r2
  816: r1 >>= 3
  817: r2 = *(u64 *)(r10 -16)
  818: r2 += r1
  819: if r2 > 16383 goto +3
  820: r1 = r6
  821: r1 += r2
  822: if r1 <= r7 goto +2
  823: *(u32 *)(r10 -48) = 1
  824: goto +2345
  825: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  826: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  827: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  828: r3 = r2
  829: r3 &= 65535
      ; v168: bit<16> = const 1
  830: r2 = 1
      ; v169: bit<16> = sub v167, v168
  831: r4 = r3
  832: r4 -= r2
  833: r4 &= 65535
      ; v170: bit<16> = sub v165, v169
  834: r2 = r1
  835: r2 -= r4
  836: r2 &= 65535
      ; write var2, v170
  837: *(u16 *)(r10 -28) = r2
  838: goto +41
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  839: r1 = *(u64 *)(r10 -16)
  840: if r1 > 16383 goto +5
  841: r2 = r6
  842: r2 += r1
  843: r3 = r2
  844: r3 += 2
  845: if r3 <= r7 goto +2
  846: *(u32 *)(r10 -48) = 1
  847: goto +2322
  848: r2 = r1
  849: r2 += 1
  850: *(u32 *)(r10 -56) = r2
  851: r1 += 2
  852: *(u64 *)(r10 -16) = r1
      ; v171: bit<16> = read var2
  853: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  854: r2 = 2
      ; v173: bit<16> = sub v171, v172
  855: r3 = r1
  856: r3 -= r2
  857: r3 &= 65535
      ; write var2, v173
  858: *(u16 *)(r10 -28) = r3
  859: goto +20
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  860: r1 = *(u64 *)(r10 -16)
  861: if r1 > 16383 goto +5
  862: r2 = r6
  863: r2 += r1
  864: r3 = r2
  865: r3 += 3
  866: if r3 <= r7 goto +2
  867: *(u32 *)(r10 -48) = 1
  868: goto +2301
  869: r2 = r1
  870: r2 += 1
  871: *(u32 *)(r10 -60) = r2
  872: r1 += 3
  873: *(u64 *)(r10 -16) = r1
      ; v174: bit<16> = read var2
  874: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  875: r2 = 3
      ; v176: bit<16> = sub v174, v175
  876: r3 = r1
  877: r3 -= r2
  878: r3 &= 65535
      ; write var2, v176
  879: *(u16 *)(r10 -28) = r3
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  880: r1 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  881: r2 = *(u8 *)(r10 -24)
  882: if r1 != 0 goto +1
  883: goto +433
  884: if r2 != 8 goto +1
  885: goto +431
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  886: r1 = *(u64 *)(r10 -16)
  887: if r1 > 16383 goto +5
  888: r2 = r6
  889: r2 += r1
  890: r3 = r2
  891: r3 += 1
  892: if r3 <= r7 goto +2
  893: *(u32 *)(r10 -48) = 1
  894: goto +2275
  895: r3 = r1
  896: r3 += 1
  897: *(u32 *)(r10 -72) = r3
  898: r1 += 1
  899: *(u64 *)(r10 -16) = r1
      ; v179: bit<8> = read var3
  900: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  901: r3 = 1
      ; v181: bit<8> = add v179, v180
  902: r4 = r1
  903: r4 += r3
  904: r4 &= 255
      ; write var3, v181
  905: *(u8 *)(r10 -24) = r4
      ; v182: bit<16> = read var2
  906: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  907: r3 = 1
      ; v184: bit<16> = sub v182, v183
  908: r4 = r1
  909: r4 -= r3
  910: r4 &= 65535
      ; write var2, v184
  911: *(u16 *)(r10 -28) = r4
      ; v185: bit<8> = read_field hdr8.kind
  912: r1 = 0
  913: if r2 == 0 goto +1
  914: r1 = *(u8 *)(r2 +0)
  915: if r1 != 0 goto +1
  916: goto +400
  917: if r1 != 1 goto +1
  918: goto +104
  919: if r1 != 2 goto +1
  920: goto +82
  921: if r1 != 3 goto +1
  922: goto +59
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  923: r1 = *(u64 *)(r10 -16)
  924: if r1 > 16383 goto +5
  925: r2 = r6
  926: r2 += r1
  927: r1 = r2
  928: r1 += 1
  929: if r1 <= r7 goto +2
  930: *(u32 *)(r10 -48) = 1
  931: goto +2238
  932: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  933: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  934: r1 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
  935: r2 = 2
      ; v189: bool = ge v187, v188
  936: r3 = 1
  937: if r1 >= r2 goto +1
  938: r3 = 0
      ; verify v189, error HeaderTooShort
  939: if r3 != 0 goto +2
  940: *(u32 *)(r10 -48) = 4
  941: goto +2228
      ; v190: bit<8> = read var11
  942: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  943: r2 = r1
  944: w2 = w2
      ; v192: bit<32> = const 1
  945: r1 = 1
      ; v193: bit<32> = sub v191, v192
  946: r3 = r2
  947: r3 -= r1
  948: w3 = w3
      ; v194: bit<32> = const 8
  949: r1 = 8
      ; v195: bit<32> = mul v193, v194
  950: r2 = r3
  951: r2 *= r1
  952: w2 = w2
      ; advance v195
  953: r1 = r2
  954: r1 &= 7
  955: if r1 == 0 goto +2
  956: *(u32 *)(r10 -48) = 6
  957: goto +2212
  958: r1 = r2
  959: r1 >>= 3
  960: r2 = *(u64 *)(r10 -16)
  961: r2 += r1
  962: if r2 > 16383 goto +3
  963: r1 = r6
  964: r1 += r2
  965: if r1 <= r7 goto +2
  966: *(u32 *)(r10 -48) = 1
  967: goto +2202
  968: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  969: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  970: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  971: r3 = r2
  972: r3 &= 65535
      ; v199: bit<16> = const 1
  973: r2 = 1
      ; v200: bit<16> = sub v198, v199
  974: r4 = r3
  975: r4 -= r2
  976: r4 &= 65535
      ; v201: bit<16> = sub v196, v200
  977: r2 = r1
  978: r2 -= r4
  979: r2 &= 65535
      ; write var2, v201
  980: *(u16 *)(r10 -28) = r2
  981: goto +41
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  982: r1 = *(u64 *)(r10 -16)
  983: if r1 > 16383 goto +5
  984: r2 = r6
  985: r2 += r1
  986: r3 = r2
  987: r3 += 2
  988: if r3 <= r7 goto +2
  989: *(u32 *)(r10 -48) = 1
  990: goto +2179
  991: r2 = r1
  992: r2 += 1
  993: *(u32 *)(r10 -56) = r2
  994: r1 += 2
  995: *(u64 *)(r10 -16) = r1
      ; v202: bit<16> = read var2
  996: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  997: r2 = 2
      ; v204: bit<16> = sub v202, v203
  998: r3 = r1
  999: r3 -= r2
 1000: r3 &= 65535
      ; write var2, v204
 1001: *(u16 *)(r10 -28) = r3
 1002: goto +20
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
 1003: r1 = *(u64 *)(r10 -16)
 1004: if r1 > 16383 goto +5
 1005: r2 = r6
 1006: r2 += r1
 1007: r3 = r2
 1008: r3 += 3
 1009: if r3 <= r7 goto +2
 1010: *(u32 *)(r10 -48) = 1
 1011: goto +2158
 1012: r2 = r1
 1013: r2 += 1
 1014: *(u32 *)(r10 -60) = r2
 1015: r1 += 3
 1016: *(u64 *)(r10 -16) = r1
      ; v205: bit<16> = read var2
 1017: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
 1018: r2 = 3
      ; v207: bit<16> = sub v205, v206
 1019: r3 = r1
 1020: r3 -= r2
 1021: r3 &= 65535
      ; write var2, v207
 1022: *(u16 *)(r10 -28) = r3
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
 1023: r1 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
 1024: r2 = *(u8 *)(r10 -24)
 1025: if r1 != 0 goto +1
 1026: goto +290
 1027: if r2 != 8 goto +1
 1028: goto +288
      ; prs: block35 (parse_option.6)
      ; extract hdr9
 1029: r1 = *(u64 *)(r10 -16)
 1030: if r1 > 16383 goto +5
 1031: r2 = r6
 1032: r2 += r1
 1033: r3 = r2
 1034: r3 += 1
 1035: if r3 <= r7 goto +2
 1036: *(u32 *)(r10 -48) = 1
 1037: goto +2132
 1038: r3 = r1
 1039: r3 += 1
 1040: *(u32 *)(r10 -68) = r3
 1041: r1 += 1
 1042: *(u64 *)(r10 -16) = r1
      ; v210: bit<8> = read var3
 1043: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
 1044: r3 = 1
      ; v212: bit<8> = add v210, v211
 1045: r4 = r1
 1046: r4 += r3
 1047: r4 &= 255
      ; write var3, v212
 1048: *(u8 *)(r10 -24) = r4
      ; v213: bit<16> = read var2
 1049: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
 1050: r3 = 1
      ; v215: bit<16> = sub v213, v214
 1051: r4 = r1
 1052: r4 -= r3
 1053: r4 &= 65535
      ; write var2, v215
 1054: *(u16 *)(r10 -28) = r4
      ; v216: bit<8> = read_field hdr9.kind
 1055: r1 = 0
 1056: if r2 == 0 goto +1
 1057: r1 = *(u8 *)(r2 +0)
 1058: if r1 != 0 goto +1
 1059: goto +257
 1060: if r1 != 1 goto +1
 1061: goto +104
 1062: if r1 != 2 goto +1
 1063: goto +82
 1064: if r1 != 3 goto +1
 1065: goto +59
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
 1066: r1 = *(u64 *)(r10 -16)
 1067: if r1 > 16383 goto +5
 1068: r2 = r6
 1069: r2 += r1
 1070: r1 = r2
 1071: r1 += 1
 1072: if r1 <= r7 goto +2
 1073: *(u32 *)(r10 -48) = 1
 1074: goto +2095
 1075: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
 1076: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
 1077: r1 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
 1078: r2 = 2
      ; v220: bool = ge v218, v219
 1079: r3 = 1
 1080: if r1 >= r2 goto +1
 1081: r3 = 0
      ; verify v220, error HeaderTooShort
 1082: if r3 != 0 goto +2
 1083: *(u32 *)(r10 -48) = 4
 1084: goto +2085
      ; v221: bit<8> = read var11
 1085: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
 1086: r2 = r1
 1087: w2 = w2
      ; v223: bit<32> = const 1
 1088: r1 = 1
      ; v224: bit<32> = sub v222, v223
 1089: r3 = r2
 1090: r3 -= r1
 1091: w3 = w3
      ; v225: bit<32> = const 8
 1092: r1 = 8
      ; v226: bit<32> = mul v224, v225
 1093: r2 = r3
 1094: r2 *= r1
 1095: w2 = w2
      ; advance v226
 1096: r1 = r2
 1097: r1 &= 7
 1098: if r1 == 0 goto +2
 1099: *(u32 *)(r10 -48) = 6
 1100: goto +2069
 1101: r1 = r2
 1102: r1 >>= 3
 1103: r2 = *(u64 *)(r10 -16)
 1104: r2 += r1
 1105: if r2 > 16383 goto +3
 1106: r1 = r6
 1107: r1 += r2
 1108: if r1 <= r7 goto +2
 1109: *(u32 *)(r10 -48) = 1
 1110: goto +2059
 1111: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
 1112: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
 1113: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
 1114: r3 = r2
 1115: r3 &= 65535
      ; v230: bit<16> = const 1
 1116: r2 = 1
      ; v231: bit<16> = sub v229, v230
 1117: r4 = r3
 1118: r4 -= r2
 1119: r4 &= 65535
      ; v232: bit<16> = sub v227, v231
 1120: r2 = r1
 1121: r2 -= r4
 1122: r2 &= 65535
      ; write var2, v232
 1123: *(u16 *)(r10 -28) = r2
 1124: goto +41
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
 1125: r1 = *(u64 *)(r10 -16)
 1126: if r1 > 16383 goto +5
 1127: r2 = r6
 1128: r2 += r1
 1129: r3 = r2
 1130: r3 += 2
 1131: if r3 <= r7 goto +2
 1132: *(u32 *)(r10 -48) = 1
 1133: goto +2036
 1134: r2 = r1
 1135: r2 += 1
 1136: *(u32 *)(r10 -56) = r2
 1137: r1 += 2
 1138: *(u64 *)(r10 -16) = r1
      ; v233: bit<16> = read var2
 1139: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
 1140: r2 = 2
      ; v235: bit<16> = sub v233, v234
 1141: r3 = r1
 1142: r3 -= r2
 1143: r3 &= 65535
      ; write var2, v235
 1144: *(u16 *)(r10 -28) = r3
 1145: goto +20
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
 1146: r1 = *(u64 *)(r10 -16)
 1147: if r1 > 16383 goto +5
 1148: r2 = r6
 1149: r2 += r1
 1150: r3 = r2
 1151: r3 += 3
 1152: if r3 <= r7 goto +2
 1153: *(u32 *)(r10 -48) = 1
 1154: goto +2015
 1155: r2 = r1
 1156: r2 += 1
 1157: *(u32 *)(r10 -60) = r2
 1158: r1 += 3
 1159: *(u64 *)(r10 -16) = r1
      ; v236: bit<16> = read var2
 1160: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
 1161: r2 = 3
      ; v238: bit<16> = sub v236, v237
 1162: r3 = r1
 1163: r3 -= r2
 1164: r3 &= 65535
      ; write var2, v238
 1165: *(u16 *)(r10 -28) = r3
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
 1166: r1 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
 1167: r2 = *(u8 *)(r10 -24)
 1168: if r1 != 0 goto +1
 1169: goto +147
 1170: if r2 != 8 goto +1
 1171: goto +145
      ; prs: block40 (parse_option.7)
      ; extract hdr10
 1172: r1 = *(u64 *)(r10 -16)
 1173: if r1 > 16383 goto +5
 1174: r2 = r6
 1175: r2 += r1
 1176: r3 = r2
 1177: r3 += 1
 1178: if r3 <= r7 goto +2
 1179: *(u32 *)(r10 -48) = 1
 1180: goto +1989
 1181: r3 = r1
 1182: r3 += 1
 1183: *(u32 *)(r10 -64) = r3
 1184: r1 += 1
 1185: *(u64 *)(r10 -16) = r1
      ; v241: bit<8> = read var3
 1186: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
 1187: r3 = 1
      ; v243: bit<8> = add v241, v242
 1188: r4 = r1
 1189: r4 += r3
 1190: r4 &= 255
      ; write var3, v243
 1191: *(u8 *)(r10 -24) = r4
      ; v244: bit<16> = read var2
 1192: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
 1193: r3 = 1
      ; v246: bit<16> = sub v244, v245
 1194: r4 = r1
 1195: r4 -= r3
 1196: r4 &= 65535
      ; write var2, v246
 1197: *(u16 *)(r10 -28) = r4
      ; v247: bit<8> = read_field hdr10.kind
 1198: r1 = 0
 1199: if r2 == 0 goto +1
 1200: r1 = *(u8 *)(r2 +0)
 1201: if r1 != 0 goto +1
 1202: goto +114
 1203: if r1 != 1 goto +1
 1204: goto +104
 1205: if r1 != 2 goto +1
 1206: goto +82
 1207: if r1 != 3 goto +1
 1208: goto +59
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
 1209: r1 = *(u64 *)(r10 -16)
 1210: if r1 > 16383 goto +5
 1211: r2 = r6
 1212: r2 += r1
 1213: r1 = r2
 1214: r1 += 1
 1215: if r1 <= r7 goto +2
 1216: *(u32 *)(r10 -48) = 1
 1217: goto +1952
 1218: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
 1219: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
 1220: r1 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
 1221: r2 = 2
      ; v251: bool = ge v249, v250
 1222: r3 = 1
 1223: if r1 >= r2 goto +1
 1224: r3 = 0
      ; verify v251, error HeaderTooShort
 1225: if r3 != 0 goto +2
 1226: *(u32 *)(r10 -48) = 4
 1227: goto +1942
      ; v252: bit<8> = read var11
 1228: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
 1229: r2 = r1
 1230: w2 = w2
      ; v254: bit<32> = const 1
 1231: r1 = 1
      ; v255: bit<32> = sub v253, v254
 1232: r3 = r2
 1233: r3 -= r1
 1234: w3 = w3
      ; v256: bit<32> = const 8
 1235: r1 = 8
      ; v257: bit<32> = mul v255, v256
 1236: r2 = r3
 1237: r2 *= r1
 1238: w2 = w2
      ; advance v257
 1239: r1 = r2
 1240: r1 &= 7
 1241: if r1 == 0 goto +2
 1242: *(u32 *)(r10 -48) = 6
 1243: goto +1926
 1244: r1 = r2
 1245: r1 >>= 3
 1246: r2 = *(u64 *)(r10 -16)
 1247: r2 += r1
 1248: if r2 > 16383 goto +3
 1249: r1 = r6
 1250: r1 += r2
 1251: if r1 <= r7 goto +2
 1252: *(u32 *)(r10 -48) = 1
 1253: goto +1916
 1254: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1255: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1256: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1257: r3 = r2
 1258: r3 &= 65535
      ; v261: bit<16> = const 1
 1259: r2 = 1
      ; v262: bit<16> = sub v260, v261
 1260: r4 = r3
 1261: r4 -= r2
 1262: r4 &= 65535
      ; v263: bit<16> = sub v258, v262
 1263: r2 = r1
 1264: r2 -= r4
 1265: r2 &= 65535
      ; write var2, v263
 1266: *(u16 *)(r10 -28) = r2
 1267: goto +41
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1268: r1 = *(u64 *)(r10 -16)
 1269: if r1 > 16383 goto +5
 1270: r2 = r6
 1271: r2 += r1
 1272: r3 = r2
 1273: r3 += 2
 1274: if r3 <= r7 goto +2
 1275: *(u32 *)(r10 -48) = 1
 1276: goto +1893
 1277: r2 = r1
 1278: r2 += 1
 1279: *(u32 *)(r10 -56) = r2
 1280: r1 += 2
 1281: *(u64 *)(r10 -16) = r1
      ; v264: bit<16> = read var2
 1282: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1283: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1284: r3 = r1
 1285: r3 -= r2
 1286: r3 &= 65535
      ; write var2, v266
 1287: *(u16 *)(r10 -28) = r3
 1288: goto +20
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1289: r1 = *(u64 *)(r10 -16)
 1290: if r1 > 16383 goto +5
 1291: r2 = r6
 1292: r2 += r1
 1293: r3 = r2
 1294: r3 += 3
 1295: if r3 <= r7 goto +2
 1296: *(u32 *)(r10 -48) = 1
 1297: goto +1872
 1298: r2 = r1
 1299: r2 += 1
 1300: *(u32 *)(r10 -60) = r2
 1301: r1 += 3
 1302: *(u64 *)(r10 -16) = r1
      ; v267: bit<16> = read var2
 1303: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1304: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1305: r3 = r1
 1306: r3 -= r2
 1307: r3 &= 65535
      ; write var2, v269
 1308: *(u16 *)(r10 -28) = r3
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1309: r1 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1310: r2 = *(u8 *)(r10 -24)
 1311: if r1 != 0 goto +1
 1312: goto +4
 1313: if r2 != 8 goto +1
 1314: goto +2
      ; prs: block45 (parse_option.8)
 1315: *(u32 *)(r10 -48) = 3
 1316: goto +1853
      ; v0: bool = is_valid hdr2
 1317: r1 = *(u32 *)(r10 -96)
 1318: if r1 == 0 goto +1
 1319: r1 = 1
      ; v1: bool = not v0
 1320: r2 = r1
 1321: r2 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1322: r1 = *(u32 *)(r10 -96)
 1323: if r1 == 0 goto +7
 1324: r1 -= 1
 1325: if r1 > 16383 goto +5
 1326: r3 = r6
 1327: r3 += r1
 1328: r1 = r3
 1329: r1 += 20
 1330: if r1 <= r7 goto +1
 1331: r3 = 0
 1332: r1 = 0
 1333: if r3 == 0 goto +1
 1334: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1335: r4 = 18
      ; v4: bit<8> = and v2, v3
 1336: r8 = r1
 1337: r8 &= r4
      ; v5: bit<8> = const 2
 1338: r1 = 2
      ; v6: bool = ne v4, v5
 1339: r4 = 1
 1340: if r8 != r1 goto +1
 1341: r4 = 0
      ; v7: bool = logical_or v1, v6
 1342: r1 = r2
 1343: r1 |= r4
 1344: if r1 != 0 goto +1824
      ; v8: bit<16> = read_field hdr11.mss
 1345: r1 = *(u32 *)(r10 -60)
 1346: if r1 == 0 goto +7
 1347: r1 -= 1
 1348: if r1 > 16383 goto +5
 1349: r2 = r6
 1350: r2 += r1
 1351: r1 = r2
 1352: r1 += 3
 1353: if r1 <= r7 goto +1
 1354: r2 = 0
 1355: r1 = 0
 1356: if r2 == 0 goto +2
 1357: r1 = *(u16 *)(r2 +1)
 1358: r1 = be16 r1
      ; v9: bit<16> = const 0
 1359: r4 = 0
      ; v10: bool = ne v8, v9
 1360: r8 = 1
 1361: if r1 != r4 goto +1
 1362: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1363: r1 = 0
 1364: if r3 == 0 goto +2
 1365: r1 = *(u16 *)(r3 +14)
 1366: r1 = be16 r1
      ; v12: bit<16> = read_field hdr11.mss
 1367: r4 = 0
 1368: if r2 == 0 goto +2
 1369: r4 = *(u16 *)(r2 +1)
 1370: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1371: r9 = 0
 1372: if r4 == 0 goto +2
 1373: r9 = r1
 1374: r9 %= r4
      ; v14: bit<16> = const 0
 1375: r1 = 0
      ; v15: bool = eq v13, v14
 1376: r4 = 1
 1377: if r9 == r1 goto +1
 1378: r4 = 0
      ; v16: bool = logical_and v10, v15
 1379: r1 = r8
 1380: r1 &= r4
 1381: if r1 != 0 goto +1
 1382: goto +13
      ; v17: bit<16> = read_field hdr2.window
 1383: r1 = 0
 1384: if r3 == 0 goto +2
 1385: r1 = *(u16 *)(r3 +14)
 1386: r1 = be16 r1
      ; v18: bit<16> = read_field hdr11.mss
 1387: r4 = 0
 1388: if r2 == 0 goto +2
 1389: r4 = *(u16 *)(r2 +1)
 1390: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1391: r8 = 0
 1392: if r4 == 0 goto +2
 1393: r8 = r1
 1394: r8 /= r4
      ; write var4, v19
 1395: *(u16 *)(r10 -26) = r8
      ; v20: bit<8> = read_field hdr3.kind
 1396: r1 = *(u32 *)(r10 -92)
 1397: if r1 == 0 goto +7
 1398: r1 -= 1
 1399: if r1 > 16383 goto +5
 1400: r4 = r6
 1401: r4 += r1
 1402: r1 = r4
 1403: r1 += 1
 1404: if r1 <= r7 goto +1
 1405: r4 = 0
 1406: r1 = 0
 1407: if r4 == 0 goto +1
 1408: r1 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1409: r4 = *(u32 *)(r10 -88)
 1410: if r4 == 0 goto +7
 1411: r4 -= 1
 1412: if r4 > 16383 goto +5
 1413: r8 = r6
 1414: r8 += r4
 1415: r4 = r8
 1416: r4 += 1
 1417: if r4 <= r7 goto +1
 1418: r8 = 0
 1419: r4 = 0
 1420: if r8 == 0 goto +1
 1421: r4 = *(u8 *)(r8 +0)
      ; v22: bit<16> = concat v20, v21
 1422: r8 = r1
 1423: r8 <<= 8
 1424: r8 |= r4
      ; v23: bit<8> = read_field hdr5.kind
 1425: r1 = *(u32 *)(r10 -84)
 1426: if r1 == 0 goto +7
 1427: r1 -= 1
 1428: if r1 > 16383 goto +5
 1429: r4 = r6
 1430: r4 += r1
 1431: r1 = r4
 1432: r1 += 1
 1433: if r1 <= r7 goto +1
 1434: r4 = 0
 1435: r1 = 0
 1436: if r4 == 0 goto +1
 1437: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1438: r4 = r8
 1439: r4 <<= 8
 1440: r4 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1441: r1 = *(u32 *)(r10 -80)
 1442: if r1 == 0 goto +7
 1443: r1 -= 1
 1444: if r1 > 16383 goto +5
 1445: r8 = r6
 1446: r8 += r1
 1447: r1 = r8
 1448: r1 += 1
 1449: if r1 <= r7 goto +1
 1450: r8 = 0
 1451: r1 = 0
 1452: if r8 == 0 goto +1
 1453: r1 = *(u8 *)(r8 +0)
      ; v26: bit<32> = concat v24, v25
 1454: r8 = r4
 1455: r8 <<= 8
 1456: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1457: r1 = *(u32 *)(r10 -76)
 1458: if r1 == 0 goto +7
 1459: r1 -= 1
 1460: if r1 > 16383 goto +5
 1461: r4 = r6
 1462: r4 += r1
 1463: r1 = r4
 1464: r1 += 1
 1465: if r1 <= r7 goto +1
 1466: r4 = 0
 1467: r1 = 0
 1468: if r4 == 0 goto +1
 1469: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1470: r4 = r8
 1471: r4 <<= 8
 1472: r4 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1473: r1 = *(u32 *)(r10 -72)
 1474: if r1 == 0 goto +7
 1475: r1 -= 1
 1476: if r1 > 16383 goto +5
 1477: r8 = r6
 1478: r8 += r1
 1479: r1 = r8
 1480: r1 += 1
 1481: if r1 <= r7 goto +1
 1482: r8 = 0
 1483: r1 = 0
 1484: if r8 == 0 goto +1
 1485: r1 = *(u8 *)(r8 +0)
      ; v30: bit<48> = concat v28, v29
 1486: r8 = r4
 1487: r8 <<= 8
 1488: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1489: r1 = *(u32 *)(r10 -68)
 1490: if r1 == 0 goto +7
 1491: r1 -= 1
 1492: if r1 > 16383 goto +5
 1493: r4 = r6
 1494: r4 += r1
 1495: r1 = r4
 1496: r1 += 1
 1497: if r1 <= r7 goto +1
 1498: r4 = 0
 1499: r1 = 0
 1500: if r4 == 0 goto +1
 1501: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1502: r4 = r8
 1503: r4 <<= 8
 1504: r4 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1505: r1 = *(u32 *)(r10 -64)
 1506: if r1 == 0 goto +7
 1507: r1 -= 1
 1508: if r1 > 16383 goto +5
 1509: r8 = r6
 1510: r8 += r1
 1511: r1 = r8
 1512: r1 += 1
 1513: if r1 <= r7 goto +1
 1514: r8 = 0
 1515: r1 = 0
 1516: if r8 == 0 goto +1
 1517: r1 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1518: r8 = r4
 1519: r8 <<= 8
 1520: r8 |= r1
      ; write var5, v34
 1521: *(u64 *)(r10 -112) = r8
      ; v35: bit<8> = read_field hdr1.ttl
 1522: r1 = *(u32 *)(r10 -100)
 1523: if r1 == 0 goto +7
 1524: r1 -= 1
 1525: if r1 > 16383 goto +5
 1526: r4 = r6
 1527: r4 += r1
 1528: r1 = r4
 1529: r1 += 20
 1530: if r1 <= r7 goto +1
 1531: r4 = 0
 1532: r1 = 0
 1533: if r4 == 0 goto +1
 1534: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1535: r4 = 0
 1536: if r3 == 0 goto +2
 1537: r4 = *(u16 *)(r3 +14)
 1538: r4 = be16 r4
      ; v37: bit<16> = read var4
 1539: r3 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1540: r8 = 0
 1541: if r2 == 0 goto +2
 1542: r8 = *(u16 *)(r2 +1)
 1543: r8 = be16 r8
      ; v39: bit<8> = read_field hdr12.shift
 1544: r2 = *(u32 *)(r10 -56)
 1545: if r2 == 0 goto +7
 1546: r2 -= 1
 1547: if r2 > 16383 goto +5
 1548: r9 = r6
 1549: r9 += r2
 1550: r2 = r9
 1551: r2 += 2
 1552: if r2 <= r7 goto +1
 1553: r9 = 0
 1554: r2 = 0
 1555: if r9 == 0 goto +1
 1556: r2 = *(u8 *)(r9 +1)
      ; v40: bit<64> = read var5
 1557: r0 = *(u64 *)(r10 -112)
 1558: *(u64 *)(r10 -272) = r0
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1559: *(u64 *)(r10 -144) = 0
 1560: *(u64 *)(r10 -136) = 0
 1561: r9 = r1
 1562: r1 = r9
 1563: *(u8 *)(r10 -144) = r1
 1564: r1 = r4
 1565: r4 = r1
 1566: *(u8 *)(r10 -142) = r4
 1567: r1 >>= 8
 1568: r4 = r1
 1569: *(u8 *)(r10 -143) = r4
 1570: r1 = r3
 1571: r3 = r1
 1572: *(u8 *)(r10 -140) = r3
 1573: r1 >>= 8
 1574: r3 = r1
 1575: *(u8 *)(r10 -141) = r3
 1576: r1 = r8
 1577: r3 = r1
 1578: *(u8 *)(r10 -138) = r3
 1579: r1 >>= 8
 1580: r3 = r1
 1581: *(u8 *)(r10 -139) = r3
 1582: r1 = r2
 1583: r2 = r1
 1584: *(u8 *)(r10 -137) = r2
 1585: r0 = *(u64 *)(r10 -272)
 1586: r1 = r0
 1587: r2 = r1
 1588: r2 = be64 r2
 1589: *(u64 *)(r10 -136) = r2
 1590: r1 = 0
 1591: r2 = 0
 1592: *(u64 *)(r10 -224) = r1
 1593: *(u64 *)(r10 -232) = r2
 1594: *(u32 *)(r10 -216) = 0
 1595: r1 = map[pipe_p0f_signatures_masks] ll
 1597: r2 = r10
 1598: r2 += -216
 1599: call bpf_map_lookup_elem
 1600: r1 = r0
 1601: if r1 == 0 goto +1496
 1602: r2 = *(u32 *)(r1 +0)
 1603: if r2 == 0 goto +1494
 1604: *(u32 *)(r10 -184) = 0
 1605: r2 = *(u32 *)(r10 -144)
 1606: r3 = *(u32 *)(r1 +8)
 1607: r2 &= r3
 1608: *(u32 *)(r10 -180) = r2
 1609: r2 = *(u32 *)(r10 -140)
 1610: r3 = *(u32 *)(r1 +12)
 1611: r2 &= r3
 1612: *(u32 *)(r10 -176) = r2
 1613: r2 = *(u32 *)(r10 -136)
 1614: r3 = *(u32 *)(r1 +16)
 1615: r2 &= r3
 1616: *(u32 *)(r10 -172) = r2
 1617: r2 = *(u32 *)(r10 -132)
 1618: r3 = *(u32 *)(r1 +20)
 1619: r2 &= r3
 1620: *(u32 *)(r10 -168) = r2
 1621: r1 = map[pipe_p0f_signatures] ll
 1623: r2 = r10
 1624: r2 += -184
 1625: call bpf_map_lookup_elem
 1626: r1 = r0
 1627: if r1 == 0 goto +13
 1628: r2 = *(u32 *)(r1 +4)
 1629: r3 = *(u64 *)(r10 -224)
 1630: if r3 == 0 goto +2
 1631: r3 = *(u64 *)(r10 -232)
 1632: if r2 <= r3 goto +8
 1633: *(u64 *)(r10 -224) = 1
 1634: *(u64 *)(r10 -232) = r2
 1635: r2 = *(u32 *)(r1 +0)
 1636: *(u32 *)(r10 -208) = r2
 1637: r2 = *(u32 *)(r1 +4)
 1638: *(u32 *)(r10 -204) = r2
 1639: r2 = *(u32 *)(r1 +8)
 1640: *(u32 *)(r10 -200) = r2
 1641: *(u32 *)(r10 -216) = 1
 1642: r1 = map[pipe_p0f_signatures_masks] ll
 1644: r2 = r10
 1645: r2 += -216
 1646: call bpf_map_lookup_elem
 1647: r1 = r0
 1648: if r1 == 0 goto +1449
 1649: r2 = *(u32 *)(r1 +0)
 1650: if r2 == 0 goto +1447
 1651: *(u32 *)(r10 -184) = 1
 1652: r2 = *(u32 *)(r10 -144)
 1653: r3 = *(u32 *)(r1 +8)
 1654: r2 &= r3
 1655: *(u32 *)(r10 -180) = r2
 1656: r2 = *(u32 *)(r10 -140)
 1657: r3 = *(u32 *)(r1 +12)
 1658: r2 &= r3
 1659: *(u32 *)(r10 -176) = r2
 1660: r2 = *(u32 *)(r10 -136)
 1661: r3 = *(u32 *)(r1 +16)
 1662: r2 &= r3
 1663: *(u32 *)(r10 -172) = r2
 1664: r2 = *(u32 *)(r10 -132)
 1665: r3 = *(u32 *)(r1 +20)
 1666: r2 &= r3
 1667: *(u32 *)(r10 -168) = r2
 1668: r1 = map[pipe_p0f_signatures] ll
 1670: r2 = r10
 1671: r2 += -184
 1672: call bpf_map_lookup_elem
 1673: r1 = r0
 1674: if r1 == 0 goto +13
 1675: r2 = *(u32 *)(r1 +4)
 1676: r3 = *(u64 *)(r10 -224)
 1677: if r3 == 0 goto +2
 1678: r3 = *(u64 *)(r10 -232)
 1679: if r2 <= r3 goto +8
 1680: *(u64 *)(r10 -224) = 1
 1681: *(u64 *)(r10 -232) = r2
 1682: r2 = *(u32 *)(r1 +0)
 1683: *(u32 *)(r10 -208) = r2
 1684: r2 = *(u32 *)(r1 +4)
 1685: *(u32 *)(r10 -204) = r2
 1686: r2 = *(u32 *)(r1 +8)
 1687: *(u32 *)(r10 -200) = r2
 1688: *(u32 *)(r10 -216) = 2
 1689: r1 = map[pipe_p0f_signatures_masks] ll
 1691: r2 = r10
 1692: r2 += -216
 1693: call bpf_map_lookup_elem
 1694: r1 = r0
 1695: if r1 == 0 goto +1402
 1696: r2 = *(u32 *)(r1 +0)
 1697: if r2 == 0 goto +1400
 1698: *(u32 *)(r10 -184) = 2
 1699: r2 = *(u32 *)(r10 -144)
 1700: r3 = *(u32 *)(r1 +8)
 1701: r2 &= r3
 1702: *(u32 *)(r10 -180) = r2
 1703: r2 = *(u32 *)(r10 -140)
 1704: r3 = *(u32 *)(r1 +12)
 1705: r2 &= r3
 1706: *(u32 *)(r10 -176) = r2
 1707: r2 = *(u32 *)(r10 -136)
 1708: r3 = *(u32 *)(r1 +16)
 1709: r2 &= r3
 1710: *(u32 *)(r10 -172) = r2
 1711: r2 = *(u32 *)(r10 -132)
 1712: r3 = *(u32 *)(r1 +20)
 1713: r2 &= r3
 1714: *(u32 *)(r10 -168) = r2
 1715: r1 = map[pipe_p0f_signatures] ll
 1717: r2 = r10
 1718: r2 += -184
 1719: call bpf_map_lookup_elem
 1720: r1 = r0
 1721: if r1 == 0 goto +13
 1722: r2 = *(u32 *)(r1 +4)
 1723: r3 = *(u64 *)(r10 -224)
 1724: if r3 == 0 goto +2
 1725: r3 = *(u64 *)(r10 -232)
 1726: if r2 <= r3 goto +8
 1727: *(u64 *)(r10 -224) = 1
 1728: *(u64 *)(r10 -232) = r2
 1729: r2 = *(u32 *)(r1 +0)
 1730: *(u32 *)(r10 -208) = r2
 1731: r2 = *(u32 *)(r1 +4)
 1732: *(u32 *)(r10 -204) = r2
 1733: r2 = *(u32 *)(r1 +8)
 1734: *(u32 *)(r10 -200) = r2
 1735: *(u32 *)(r10 -216) = 3
 1736: r1 = map[pipe_p0f_signatures_masks] ll
 1738: r2 = r10
 1739: r2 += -216
 1740: call bpf_map_lookup_elem
 1741: r1 = r0
 1742: if r1 == 0 goto +1355
 1743: r2 = *(u32 *)(r1 +0)
 1744: if r2 == 0 goto +1353
 1745: *(u32 *)(r10 -184) = 3
 1746: r2 = *(u32 *)(r10 -144)
 1747: r3 = *(u32 *)(r1 +8)
 1748: r2 &= r3
 1749: *(u32 *)(r10 -180) = r2
 1750: r2 = *(u32 *)(r10 -140)
 1751: r3 = *(u32 *)(r1 +12)
 1752: r2 &= r3
 1753: *(u32 *)(r10 -176) = r2
 1754: r2 = *(u32 *)(r10 -136)
 1755: r3 = *(u32 *)(r1 +16)
 1756: r2 &= r3
 1757: *(u32 *)(r10 -172) = r2
 1758: r2 = *(u32 *)(r10 -132)
 1759: r3 = *(u32 *)(r1 +20)
 1760: r2 &= r3
 1761: *(u32 *)(r10 -168) = r2
 1762: r1 = map[pipe_p0f_signatures] ll
 1764: r2 = r10
 1765: r2 += -184
 1766: call bpf_map_lookup_elem
 1767: r1 = r0
 1768: if r1 == 0 goto +13
 1769: r2 = *(u32 *)(r1 +4)
 1770: r3 = *(u64 *)(r10 -224)
 1771: if r3 == 0 goto +2
 1772: r3 = *(u64 *)(r10 -232)
 1773: if r2 <= r3 goto +8
 1774: *(u64 *)(r10 -224) = 1
 1775: *(u64 *)(r10 -232) = r2
 1776: r2 = *(u32 *)(r1 +0)
 1777: *(u32 *)(r10 -208) = r2
 1778: r2 = *(u32 *)(r1 +4)
 1779: *(u32 *)(r10 -204) = r2
 1780: r2 = *(u32 *)(r1 +8)
 1781: *(u32 *)(r10 -200) = r2
 1782: *(u32 *)(r10 -216) = 4
 1783: r1 = map[pipe_p0f_signatures_masks] ll
 1785: r2 = r10
 1786: r2 += -216
 1787: call bpf_map_lookup_elem
 1788: r1 = r0
 1789: if r1 == 0 goto +1308
 1790: r2 = *(u32 *)(r1 +0)
 1791: if r2 == 0 goto +1306
 1792: *(u32 *)(r10 -184) = 4
 1793: r2 = *(u32 *)(r10 -144)
 1794: r3 = *(u32 *)(r1 +8)
 1795: r2 &= r3
 1796: *(u32 *)(r10 -180) = r2
 1797: r2 = *(u32 *)(r10 -140)
 1798: r3 = *(u32 *)(r1 +12)
 1799: r2 &= r3
 1800: *(u32 *)(r10 -176) = r2
 1801: r2 = *(u32 *)(r10 -136)
 1802: r3 = *(u32 *)(r1 +16)
 1803: r2 &= r3
 1804: *(u32 *)(r10 -172) = r2
 1805: r2 = *(u32 *)(r10 -132)
 1806: r3 = *(u32 *)(r1 +20)
 1807: r2 &= r3
 1808: *(u32 *)(r10 -168) = r2
 1809: r1 = map[pipe_p0f_signatures] ll
 1811: r2 = r10
 1812: r2 += -184
 1813: call bpf_map_lookup_elem
 1814: r1 = r0
 1815: if r1 == 0 goto +13
 1816: r2 = *(u32 *)(r1 +4)
 1817: r3 = *(u64 *)(r10 -224)
 1818: if r3 == 0 goto +2
 1819: r3 = *(u64 *)(r10 -232)
 1820: if r2 <= r3 goto +8
 1821: *(u64 *)(r10 -224) = 1
 1822: *(u64 *)(r10 -232) = r2
 1823: r2 = *(u32 *)(r1 +0)
 1824: *(u32 *)(r10 -208) = r2
 1825: r2 = *(u32 *)(r1 +4)
 1826: *(u32 *)(r10 -204) = r2
 1827: r2 = *(u32 *)(r1 +8)
 1828: *(u32 *)(r10 -200) = r2
 1829: *(u32 *)(r10 -216) = 5
 1830: r1 = map[pipe_p0f_signatures_masks] ll
 1832: r2 = r10
 1833: r2 += -216
 1834: call bpf_map_lookup_elem
 1835: r1 = r0
 1836: if r1 == 0 goto +1261
 1837: r2 = *(u32 *)(r1 +0)
 1838: if r2 == 0 goto +1259
 1839: *(u32 *)(r10 -184) = 5
 1840: r2 = *(u32 *)(r10 -144)
 1841: r3 = *(u32 *)(r1 +8)
 1842: r2 &= r3
 1843: *(u32 *)(r10 -180) = r2
 1844: r2 = *(u32 *)(r10 -140)
 1845: r3 = *(u32 *)(r1 +12)
 1846: r2 &= r3
 1847: *(u32 *)(r10 -176) = r2
 1848: r2 = *(u32 *)(r10 -136)
 1849: r3 = *(u32 *)(r1 +16)
 1850: r2 &= r3
 1851: *(u32 *)(r10 -172) = r2
 1852: r2 = *(u32 *)(r10 -132)
 1853: r3 = *(u32 *)(r1 +20)
 1854: r2 &= r3
 1855: *(u32 *)(r10 -168) = r2
 1856: r1 = map[pipe_p0f_signatures] ll
 1858: r2 = r10
 1859: r2 += -184
 1860: call bpf_map_lookup_elem
 1861: r1 = r0
 1862: if r1 == 0 goto +13
 1863: r2 = *(u32 *)(r1 +4)
 1864: r3 = *(u64 *)(r10 -224)
 1865: if r3 == 0 goto +2
 1866: r3 = *(u64 *)(r10 -232)
 1867: if r2 <= r3 goto +8
 1868: *(u64 *)(r10 -224) = 1
 1869: *(u64 *)(r10 -232) = r2
 1870: r2 = *(u32 *)(r1 +0)
 1871: *(u32 *)(r10 -208) = r2
 1872: r2 = *(u32 *)(r1 +4)
 1873: *(u32 *)(r10 -204) = r2
 1874: r2 = *(u32 *)(r1 +8)
 1875: *(u32 *)(r10 -200) = r2
 1876: *(u32 *)(r10 -216) = 6
 1877: r1 = map[pipe_p0f_signatures_masks] ll
 1879: r2 = r10
 1880: r2 += -216
 1881: call bpf_map_lookup_elem
 1882: r1 = r0
 1883: if r1 == 0 goto +1214
 1884: r2 = *(u32 *)(r1 +0)
 1885: if r2 == 0 goto +1212
 1886: *(u32 *)(r10 -184) = 6
 1887: r2 = *(u32 *)(r10 -144)
 1888: r3 = *(u32 *)(r1 +8)
 1889: r2 &= r3
 1890: *(u32 *)(r10 -180) = r2
 1891: r2 = *(u32 *)(r10 -140)
 1892: r3 = *(u32 *)(r1 +12)
 1893: r2 &= r3
 1894: *(u32 *)(r10 -176) = r2
 1895: r2 = *(u32 *)(r10 -136)
 1896: r3 = *(u32 *)(r1 +16)
 1897: r2 &= r3
 1898: *(u32 *)(r10 -172) = r2
 1899: r2 = *(u32 *)(r10 -132)
 1900: r3 = *(u32 *)(r1 +20)
 1901: r2 &= r3
 1902: *(u32 *)(r10 -168) = r2
 1903: r1 = map[pipe_p0f_signatures] ll
 1905: r2 = r10
 1906: r2 += -184
 1907: call bpf_map_lookup_elem
 1908: r1 = r0
 1909: if r1 == 0 goto +13
 1910: r2 = *(u32 *)(r1 +4)
 1911: r3 = *(u64 *)(r10 -224)
 1912: if r3 == 0 goto +2
 1913: r3 = *(u64 *)(r10 -232)
 1914: if r2 <= r3 goto +8
 1915: *(u64 *)(r10 -224) = 1
 1916: *(u64 *)(r10 -232) = r2
 1917: r2 = *(u32 *)(r1 +0)
 1918: *(u32 *)(r10 -208) = r2
 1919: r2 = *(u32 *)(r1 +4)
 1920: *(u32 *)(r10 -204) = r2
 1921: r2 = *(u32 *)(r1 +8)
 1922: *(u32 *)(r10 -200) = r2
 1923: *(u32 *)(r10 -216) = 7
 1924: r1 = map[pipe_p0f_signatures_masks] ll
 1926: r2 = r10
 1927: r2 += -216
 1928: call bpf_map_lookup_elem
 1929: r1 = r0
 1930: if r1 == 0 goto +1167
 1931: r2 = *(u32 *)(r1 +0)
 1932: if r2 == 0 goto +1165
 1933: *(u32 *)(r10 -184) = 7
 1934: r2 = *(u32 *)(r10 -144)
 1935: r3 = *(u32 *)(r1 +8)
 1936: r2 &= r3
 1937: *(u32 *)(r10 -180) = r2
 1938: r2 = *(u32 *)(r10 -140)
 1939: r3 = *(u32 *)(r1 +12)
 1940: r2 &= r3
 1941: *(u32 *)(r10 -176) = r2
 1942: r2 = *(u32 *)(r10 -136)
 1943: r3 = *(u32 *)(r1 +16)
 1944: r2 &= r3
 1945: *(u32 *)(r10 -172) = r2
 1946: r2 = *(u32 *)(r10 -132)
 1947: r3 = *(u32 *)(r1 +20)
 1948: r2 &= r3
 1949: *(u32 *)(r10 -168) = r2
 1950: r1 = map[pipe_p0f_signatures] ll
 1952: r2 = r10
 1953: r2 += -184
 1954: call bpf_map_lookup_elem
 1955: r1 = r0
 1956: if r1 == 0 goto +13
 1957: r2 = *(u32 *)(r1 +4)
 1958: r3 = *(u64 *)(r10 -224)
 1959: if r3 == 0 goto +2
 1960: r3 = *(u64 *)(r10 -232)
 1961: if r2 <= r3 goto +8
 1962: *(u64 *)(r10 -224) = 1
 1963: *(u64 *)(r10 -232) = r2
 1964: r2 = *(u32 *)(r1 +0)
 1965: *(u32 *)(r10 -208) = r2
 1966: r2 = *(u32 *)(r1 +4)
 1967: *(u32 *)(r10 -204) = r2
 1968: r2 = *(u32 *)(r1 +8)
 1969: *(u32 *)(r10 -200) = r2
 1970: *(u32 *)(r10 -216) = 8
 1971: r1 = map[pipe_p0f_signatures_masks] ll
 1973: r2 = r10
 1974: r2 += -216
 1975: call bpf_map_lookup_elem
 1976: r1 = r0
 1977: if r1 == 0 goto +1120
 1978: r2 = *(u32 *)(r1 +0)
 1979: if r2 == 0 goto +1118
 1980: *(u32 *)(r10 -184) = 8
 1981: r2 = *(u32 *)(r10 -144)
 1982: r3 = *(u32 *)(r1 +8)
 1983: r2 &= r3
 1984: *(u32 *)(r10 -180) = r2
 1985: r2 = *(u32 *)(r10 -140)
 1986: r3 = *(u32 *)(r1 +12)
 1987: r2 &= r3
 1988: *(u32 *)(r10 -176) = r2
 1989: r2 = *(u32 *)(r10 -136)
 1990: r3 = *(u32 *)(r1 +16)
 1991: r2 &= r3
 1992: *(u32 *)(r10 -172) = r2
 1993: r2 = *(u32 *)(r10 -132)
 1994: r3 = *(u32 *)(r1 +20)
 1995: r2 &= r3
 1996: *(u32 *)(r10 -168) = r2
 1997: r1 = map[pipe_p0f_signatures] ll
 1999: r2 = r10
 2000: r2 += -184
 2001: call bpf_map_lookup_elem
 2002: r1 = r0
 2003: if r1 == 0 goto +13
 2004: r2 = *(u32 *)(r1 +4)
 2005: r3 = *(u64 *)(r10 -224)
 2006: if r3 == 0 goto +2
 2007: r3 = *(u64 *)(r10 -232)
 2008: if r2 <= r3 goto +8
 2009: *(u64 *)(r10 -224) = 1
 2010: *(u64 *)(r10 -232) = r2
 2011: r2 = *(u32 *)(r1 +0)
 2012: *(u32 *)(r10 -208) = r2
 2013: r2 = *(u32 *)(r1 +4)
 2014: *(u32 *)(r10 -204) = r2
 2015: r2 = *(u32 *)(r1 +8)
 2016: *(u32 *)(r10 -200) = r2
 2017: *(u32 *)(r10 -216) = 9
 2018: r1 = map[pipe_p0f_signatures_masks] ll
 2020: r2 = r10
 2021: r2 += -216
 2022: call bpf_map_lookup_elem
 2023: r1 = r0
 2024: if r1 == 0 goto +1073
 2025: r2 = *(u32 *)(r1 +0)
 2026: if r2 == 0 goto +1071
 2027: *(u32 *)(r10 -184) = 9
 2028: r2 = *(u32 *)(r10 -144)
 2029: r3 = *(u32 *)(r1 +8)
 2030: r2 &= r3
 2031: *(u32 *)(r10 -180) = r2
 2032: r2 = *(u32 *)(r10 -140)
 2033: r3 = *(u32 *)(r1 +12)
 2034: r2 &= r3
 2035: *(u32 *)(r10 -176) = r2
 2036: r2 = *(u32 *)(r10 -136)
 2037: r3 = *(u32 *)(r1 +16)
 2038: r2 &= r3
 2039: *(u32 *)(r10 -172) = r2
 2040: r2 = *(u32 *)(r10 -132)
 2041: r3 = *(u32 *)(r1 +20)
 2042: r2 &= r3
 2043: *(u32 *)(r10 -168) = r2
 2044: r1 = map[pipe_p0f_signatures] ll
 2046: r2 = r10
 2047: r2 += -184
 2048: call bpf_map_lookup_elem
 2049: r1 = r0
 2050: if r1 == 0 goto +13
 2051: r2 = *(u32 *)(r1 +4)
 2052: r3 = *(u64 *)(r10 -224)
 2053: if r3 == 0 goto +2
 2054: r3 = *(u64 *)(r10 -232)
 2055: if r2 <= r3 goto +8
 2056: *(u64 *)(r10 -224) = 1
 2057: *(u64 *)(r10 -232) = r2
 2058: r2 = *(u32 *)(r1 +0)
 2059: *(u32 *)(r10 -208) = r2
 2060: r2 = *(u32 *)(r1 +4)
 2061: *(u32 *)(r10 -204) = r2
 2062: r2 = *(u32 *)(r1 +8)
 2063: *(u32 *)(r10 -200) = r2
 2064: *(u32 *)(r10 -216) = 10
 2065: r1 = map[pipe_p0f_signatures_masks] ll
 2067: r2 = r10
 2068: r2 += -216
 2069: call bpf_map_lookup_elem
 2070: r1 = r0
 2071: if r1 == 0 goto +1026
 2072: r2 = *(u32 *)(r1 +0)
 2073: if r2 == 0 goto +1024
 2074: *(u32 *)(r10 -184) = 10
 2075: r2 = *(u32 *)(r10 -144)
 2076: r3 = *(u32 *)(r1 +8)
 2077: r2 &= r3
 2078: *(u32 *)(r10 -180) = r2
 2079: r2 = *(u32 *)(r10 -140)
 2080: r3 = *(u32 *)(r1 +12)
 2081: r2 &= r3
 2082: *(u32 *)(r10 -176) = r2
 2083: r2 = *(u32 *)(r10 -136)
 2084: r3 = *(u32 *)(r1 +16)
 2085: r2 &= r3
 2086: *(u32 *)(r10 -172) = r2
 2087: r2 = *(u32 *)(r10 -132)
 2088: r3 = *(u32 *)(r1 +20)
 2089: r2 &= r3
 2090: *(u32 *)(r10 -168) = r2
 2091: r1 = map[pipe_p0f_signatures] ll
 2093: r2 = r10
 2094: r2 += -184
 2095: call bpf_map_lookup_elem
 2096: r1 = r0
 2097: if r1 == 0 goto +13
 2098: r2 = *(u32 *)(r1 +4)
 2099: r3 = *(u64 *)(r10 -224)
 2100: if r3 == 0 goto +2
 2101: r3 = *(u64 *)(r10 -232)
 2102: if r2 <= r3 goto +8
 2103: *(u64 *)(r10 -224) = 1
 2104: *(u64 *)(r10 -232) = r2
 2105: r2 = *(u32 *)(r1 +0)
 2106: *(u32 *)(r10 -208) = r2
 2107: r2 = *(u32 *)(r1 +4)
 2108: *(u32 *)(r10 -204) = r2
 2109: r2 = *(u32 *)(r1 +8)
 2110: *(u32 *)(r10 -200) = r2
 2111: *(u32 *)(r10 -216) = 11
 2112: r1 = map[pipe_p0f_signatures_masks] ll
 2114: r2 = r10
 2115: r2 += -216
 2116: call bpf_map_lookup_elem
 2117: r1 = r0
 2118: if r1 == 0 goto +979
 2119: r2 = *(u32 *)(r1 +0)
 2120: if r2 == 0 goto +977
 2121: *(u32 *)(r10 -184) = 11
 2122: r2 = *(u32 *)(r10 -144)
 2123: r3 = *(u32 *)(r1 +8)
 2124: r2 &= r3
 2125: *(u32 *)(r10 -180) = r2
 2126: r2 = *(u32 *)(r10 -140)
 2127: r3 = *(u32 *)(r1 +12)
 2128: r2 &= r3
 2129: *(u32 *)(r10 -176) = r2
 2130: r2 = *(u32 *)(r10 -136)
 2131: r3 = *(u32 *)(r1 +16)
 2132: r2 &= r3
 2133: *(u32 *)(r10 -172) = r2
 2134: r2 = *(u32 *)(r10 -132)
 2135: r3 = *(u32 *)(r1 +20)
 2136: r2 &= r3
 2137: *(u32 *)(r10 -168) = r2
 2138: r1 = map[pipe_p0f_signatures] ll
 2140: r2 = r10
 2141: r2 += -184
 2142: call bpf_map_lookup_elem
 2143: r1 = r0
 2144: if r1 == 0 goto +13
 2145: r2 = *(u32 *)(r1 +4)
 2146: r3 = *(u64 *)(r10 -224)
 2147: if r3 == 0 goto +2
 2148: r3 = *(u64 *)(r10 -232)
 2149: if r2 <= r3 goto +8
 2150: *(u64 *)(r10 -224) = 1
 2151: *(u64 *)(r10 -232) = r2
 2152: r2 = *(u32 *)(r1 +0)
 2153: *(u32 *)(r10 -208) = r2
 2154: r2 = *(u32 *)(r1 +4)
 2155: *(u32 *)(r10 -204) = r2
 2156: r2 = *(u32 *)(r1 +8)
 2157: *(u32 *)(r10 -200) = r2
 2158: *(u32 *)(r10 -216) = 12
 2159: r1 = map[pipe_p0f_signatures_masks] ll
 2161: r2 = r10
 2162: r2 += -216
 2163: call bpf_map_lookup_elem
 2164: r1 = r0
 2165: if r1 == 0 goto +932
 2166: r2 = *(u32 *)(r1 +0)
 2167: if r2 == 0 goto +930
 2168: *(u32 *)(r10 -184) = 12
 2169: r2 = *(u32 *)(r10 -144)
 2170: r3 = *(u32 *)(r1 +8)
 2171: r2 &= r3
 2172: *(u32 *)(r10 -180) = r2
 2173: r2 = *(u32 *)(r10 -140)
 2174: r3 = *(u32 *)(r1 +12)
 2175: r2 &= r3
 2176: *(u32 *)(r10 -176) = r2
 2177: r2 = *(u32 *)(r10 -136)
 2178: r3 = *(u32 *)(r1 +16)
 2179: r2 &= r3
 2180: *(u32 *)(r10 -172) = r2
 2181: r2 = *(u32 *)(r10 -132)
 2182: r3 = *(u32 *)(r1 +20)
 2183: r2 &= r3
 2184: *(u32 *)(r10 -168) = r2
 2185: r1 = map[pipe_p0f_signatures] ll
 2187: r2 = r10
 2188: r2 += -184
 2189: call bpf_map_lookup_elem
 2190: r1 = r0
 2191: if r1 == 0 goto +13
 2192: r2 = *(u32 *)(r1 +4)
 2193: r3 = *(u64 *)(r10 -224)
 2194: if r3 == 0 goto +2
 2195: r3 = *(u64 *)(r10 -232)
 2196: if r2 <= r3 goto +8
 2197: *(u64 *)(r10 -224) = 1
 2198: *(u64 *)(r10 -232) = r2
 2199: r2 = *(u32 *)(r1 +0)
 2200: *(u32 *)(r10 -208) = r2
 2201: r2 = *(u32 *)(r1 +4)
 2202: *(u32 *)(r10 -204) = r2
 2203: r2 = *(u32 *)(r1 +8)
 2204: *(u32 *)(r10 -200) = r2
 2205: *(u32 *)(r10 -216) = 13
 2206: r1 = map[pipe_p0f_signatures_masks] ll
 2208: r2 = r10
 2209: r2 += -216
 2210: call bpf_map_lookup_elem
 2211: r1 = r0
 2212: if r1 == 0 goto +885
 2213: r2 = *(u32 *)(r1 +0)
 2214: if r2 == 0 goto +883
 2215: *(u32 *)(r10 -184) = 13
 2216: r2 = *(u32 *)(r10 -144)
 2217: r3 = *(u32 *)(r1 +8)
 2218: r2 &= r3
 2219: *(u32 *)(r10 -180) = r2
 2220: r2 = *(u32 *)(r10 -140)
 2221: r3 = *(u32 *)(r1 +12)
 2222: r2 &= r3
 2223: *(u32 *)(r10 -176) = r2
 2224: r2 = *(u32 *)(r10 -136)
 2225: r3 = *(u32 *)(r1 +16)
 2226: r2 &= r3
 2227: *(u32 *)(r10 -172) = r2
 2228: r2 = *(u32 *)(r10 -132)
 2229: r3 = *(u32 *)(r1 +20)
 2230: r2 &= r3
 2231: *(u32 *)(r10 -168) = r2
 2232: r1 = map[pipe_p0f_signatures] ll
 2234: r2 = r10
 2235: r2 += -184
 2236: call bpf_map_lookup_elem
 2237: r1 = r0
 2238: if r1 == 0 goto +13
 2239: r2 = *(u32 *)(r1 +4)
 2240: r3 = *(u64 *)(r10 -224)
 2241: if r3 == 0 goto +2
 2242: r3 = *(u64 *)(r10 -232)
 2243: if r2 <= r3 goto +8
 2244: *(u64 *)(r10 -224) = 1
 2245: *(u64 *)(r10 -232) = r2
 2246: r2 = *(u32 *)(r1 +0)
 2247: *(u32 *)(r10 -208) = r2
 2248: r2 = *(u32 *)(r1 +4)
 2249: *(u32 *)(r10 -204) = r2
 2250: r2 = *(u32 *)(r1 +8)
 2251: *(u32 *)(r10 -200) = r2
 2252: *(u32 *)(r10 -216) = 14
 2253: r1 = map[pipe_p0f_signatures_masks] ll
 2255: r2 = r10
 2256: r2 += -216
 2257: call bpf_map_lookup_elem
 2258: r1 = r0
 2259: if r1 == 0 goto +838
 2260: r2 = *(u32 *)(r1 +0)
 2261: if r2 == 0 goto +836
 2262: *(u32 *)(r10 -184) = 14
 2263: r2 = *(u32 *)(r10 -144)
 2264: r3 = *(u32 *)(r1 +8)
 2265: r2 &= r3
 2266: *(u32 *)(r10 -180) = r2
 2267: r2 = *(u32 *)(r10 -140)
 2268: r3 = *(u32 *)(r1 +12)
 2269: r2 &= r3
 2270: *(u32 *)(r10 -176) = r2
 2271: r2 = *(u32 *)(r10 -136)
 2272: r3 = *(u32 *)(r1 +16)
 2273: r2 &= r3
 2274: *(u32 *)(r10 -172) = r2
 2275: r2 = *(u32 *)(r10 -132)
 2276: r3 = *(u32 *)(r1 +20)
 2277: r2 &= r3
 2278: *(u32 *)(r10 -168) = r2
 2279: r1 = map[pipe_p0f_signatures] ll
 2281: r2 = r10
 2282: r2 += -184
 2283: call bpf_map_lookup_elem
 2284: r1 = r0
 2285: if r1 == 0 goto +13
 2286: r2 = *(u32 *)(r1 +4)
 2287: r3 = *(u64 *)(r10 -224)
 2288: if r3 == 0 goto +2
 2289: r3 = *(u64 *)(r10 -232)
 2290: if r2 <= r3 goto +8
 2291: *(u64 *)(r10 -224) = 1
 2292: *(u64 *)(r10 -232) = r2
 2293: r2 = *(u32 *)(r1 +0)
 2294: *(u32 *)(r10 -208) = r2
 2295: r2 = *(u32 *)(r1 +4)
 2296: *(u32 *)(r10 -204) = r2
 2297: r2 = *(u32 *)(r1 +8)
 2298: *(u32 *)(r10 -200) = r2
 2299: *(u32 *)(r10 -216) = 15
 2300: r1 = map[pipe_p0f_signatures_masks] ll
 2302: r2 = r10
 2303: r2 += -216
 2304: call bpf_map_lookup_elem
 2305: r1 = r0
 2306: if r1 == 0 goto +791
 2307: r2 = *(u32 *)(r1 +0)
 2308: if r2 == 0 goto +789
 2309: *(u32 *)(r10 -184) = 15
 2310: r2 = *(u32 *)(r10 -144)
 2311: r3 = *(u32 *)(r1 +8)
 2312: r2 &= r3
 2313: *(u32 *)(r10 -180) = r2
 2314: r2 = *(u32 *)(r10 -140)
 2315: r3 = *(u32 *)(r1 +12)
 2316: r2 &= r3
 2317: *(u32 *)(r10 -176) = r2
 2318: r2 = *(u32 *)(r10 -136)
 2319: r3 = *(u32 *)(r1 +16)
 2320: r2 &= r3
 2321: *(u32 *)(r10 -172) = r2
 2322: r2 = *(u32 *)(r10 -132)
 2323: r3 = *(u32 *)(r1 +20)
 2324: r2 &= r3
 2325: *(u32 *)(r10 -168) = r2
 2326: r1 = map[pipe_p0f_signatures] ll
 2328: r2 = r10
 2329: r2 += -184
 2330: call bpf_map_lookup_elem
 2331: r1 = r0
 2332: if r1 == 0 goto +13
 2333: r2 = *(u32 *)(r1 +4)
 2334: r3 = *(u64 *)(r10 -224)
 2335: if r3 == 0 goto +2
 2336: r3 = *(u64 *)(r10 -232)
 2337: if r2 <= r3 goto +8
 2338: *(u64 *)(r10 -224) = 1
 2339: *(u64 *)(r10 -232) = r2
 2340: r2 = *(u32 *)(r1 +0)
 2341: *(u32 *)(r10 -208) = r2
 2342: r2 = *(u32 *)(r1 +4)
 2343: *(u32 *)(r10 -204) = r2
 2344: r2 = *(u32 *)(r1 +8)
 2345: *(u32 *)(r10 -200) = r2
 2346: *(u32 *)(r10 -216) = 16
 2347: r1 = map[pipe_p0f_signatures_masks] ll
 2349: r2 = r10
 2350: r2 += -216
 2351: call bpf_map_lookup_elem
 2352: r1 = r0
 2353: if r1 == 0 goto +744
 2354: r2 = *(u32 *)(r1 +0)
 2355: if r2 == 0 goto +742
 2356: *(u32 *)(r10 -184) = 16
 2357: r2 = *(u32 *)(r10 -144)
 2358: r3 = *(u32 *)(r1 +8)
 2359: r2 &= r3
 2360: *(u32 *)(r10 -180) = r2
 2361: r2 = *(u32 *)(r10 -140)
 2362: r3 = *(u32 *)(r1 +12)
 2363: r2 &= r3
 2364: *(u32 *)(r10 -176) = r2
 2365: r2 = *(u32 *)(r10 -136)
 2366: r3 = *(u32 *)(r1 +16)
 2367: r2 &= r3
 2368: *(u32 *)(r10 -172) = r2
 2369: r2 = *(u32 *)(r10 -132)
 2370: r3 = *(u32 *)(r1 +20)
 2371: r2 &= r3
 2372: *(u32 *)(r10 -168) = r2
 2373: r1 = map[pipe_p0f_signatures] ll
 2375: r2 = r10
 2376: r2 += -184
 2377: call bpf_map_lookup_elem
 2378: r1 = r0
 2379: if r1 == 0 goto +13
 2380: r2 = *(u32 *)(r1 +4)
 2381: r3 = *(u64 *)(r10 -224)
 2382: if r3 == 0 goto +2
 2383: r3 = *(u64 *)(r10 -232)
 2384: if r2 <= r3 goto +8
 2385: *(u64 *)(r10 -224) = 1
 2386: *(u64 *)(r10 -232) = r2
 2387: r2 = *(u32 *)(r1 +0)
 2388: *(u32 *)(r10 -208) = r2
 2389: r2 = *(u32 *)(r1 +4)
 2390: *(u32 *)(r10 -204) = r2
 2391: r2 = *(u32 *)(r1 +8)
 2392: *(u32 *)(r10 -200) = r2
 2393: *(u32 *)(r10 -216) = 17
 2394: r1 = map[pipe_p0f_signatures_masks] ll
 2396: r2 = r10
 2397: r2 += -216
 2398: call bpf_map_lookup_elem
 2399: r1 = r0
 2400: if r1 == 0 goto +697
 2401: r2 = *(u32 *)(r1 +0)
 2402: if r2 == 0 goto +695
 2403: *(u32 *)(r10 -184) = 17
 2404: r2 = *(u32 *)(r10 -144)
 2405: r3 = *(u32 *)(r1 +8)
 2406: r2 &= r3
 2407: *(u32 *)(r10 -180) = r2
 2408: r2 = *(u32 *)(r10 -140)
 2409: r3 = *(u32 *)(r1 +12)
 2410: r2 &= r3
 2411: *(u32 *)(r10 -176) = r2
 2412: r2 = *(u32 *)(r10 -136)
 2413: r3 = *(u32 *)(r1 +16)
 2414: r2 &= r3
 2415: *(u32 *)(r10 -172) = r2
 2416: r2 = *(u32 *)(r10 -132)
 2417: r3 = *(u32 *)(r1 +20)
 2418: r2 &= r3
 2419: *(u32 *)(r10 -168) = r2
 2420: r1 = map[pipe_p0f_signatures] ll
 2422: r2 = r10
 2423: r2 += -184
 2424: call bpf_map_lookup_elem
 2425: r1 = r0
 2426: if r1 == 0 goto +13
 2427: r2 = *(u32 *)(r1 +4)
 2428: r3 = *(u64 *)(r10 -224)
 2429: if r3 == 0 goto +2
 2430: r3 = *(u64 *)(r10 -232)
 2431: if r2 <= r3 goto +8
 2432: *(u64 *)(r10 -224) = 1
 2433: *(u64 *)(r10 -232) = r2
 2434: r2 = *(u32 *)(r1 +0)
 2435: *(u32 *)(r10 -208) = r2
 2436: r2 = *(u32 *)(r1 +4)
 2437: *(u32 *)(r10 -204) = r2
 2438: r2 = *(u32 *)(r1 +8)
 2439: *(u32 *)(r10 -200) = r2
 2440: *(u32 *)(r10 -216) = 18
 2441: r1 = map[pipe_p0f_signatures_masks] ll
 2443: r2 = r10
 2444: r2 += -216
 2445: call bpf_map_lookup_elem
 2446: r1 = r0
 2447: if r1 == 0 goto +650
 2448: r2 = *(u32 *)(r1 +0)
 2449: if r2 == 0 goto +648
 2450: *(u32 *)(r10 -184) = 18
 2451: r2 = *(u32 *)(r10 -144)
 2452: r3 = *(u32 *)(r1 +8)
 2453: r2 &= r3
 2454: *(u32 *)(r10 -180) = r2
 2455: r2 = *(u32 *)(r10 -140)
 2456: r3 = *(u32 *)(r1 +12)
 2457: r2 &= r3
 2458: *(u32 *)(r10 -176) = r2
 2459: r2 = *(u32 *)(r10 -136)
 2460: r3 = *(u32 *)(r1 +16)
 2461: r2 &= r3
 2462: *(u32 *)(r10 -172) = r2
 2463: r2 = *(u32 *)(r10 -132)
 2464: r3 = *(u32 *)(r1 +20)
 2465: r2 &= r3
 2466: *(u32 *)(r10 -168) = r2
 2467: r1 = map[pipe_p0f_signatures] ll
 2469: r2 = r10
 2470: r2 += -184
 2471: call bpf_map_lookup_elem
 2472: r1 = r0
 2473: if r1 == 0 goto +13
 2474: r2 = *(u32 *)(r1 +4)
 2475: r3 = *(u64 *)(r10 -224)
 2476: if r3 == 0 goto +2
 2477: r3 = *(u64 *)(r10 -232)
 2478: if r2 <= r3 goto +8
 2479: *(u64 *)(r10 -224) = 1
 2480: *(u64 *)(r10 -232) = r2
 2481: r2 = *(u32 *)(r1 +0)
 2482: *(u32 *)(r10 -208) = r2
 2483: r2 = *(u32 *)(r1 +4)
 2484: *(u32 *)(r10 -204) = r2
 2485: r2 = *(u32 *)(r1 +8)
 2486: *(u32 *)(r10 -200) = r2
 2487: *(u32 *)(r10 -216) = 19
 2488: r1 = map[pipe_p0f_signatures_masks] ll
 2490: r2 = r10
 2491: r2 += -216
 2492: call bpf_map_lookup_elem
 2493: r1 = r0
 2494: if r1 == 0 goto +603
 2495: r2 = *(u32 *)(r1 +0)
 2496: if r2 == 0 goto +601
 2497: *(u32 *)(r10 -184) = 19
 2498: r2 = *(u32 *)(r10 -144)
 2499: r3 = *(u32 *)(r1 +8)
 2500: r2 &= r3
 2501: *(u32 *)(r10 -180) = r2
 2502: r2 = *(u32 *)(r10 -140)
 2503: r3 = *(u32 *)(r1 +12)
 2504: r2 &= r3
 2505: *(u32 *)(r10 -176) = r2
 2506: r2 = *(u32 *)(r10 -136)
 2507: r3 = *(u32 *)(r1 +16)
 2508: r2 &= r3
 2509: *(u32 *)(r10 -172) = r2
 2510: r2 = *(u32 *)(r10 -132)
 2511: r3 = *(u32 *)(r1 +20)
 2512: r2 &= r3
 2513: *(u32 *)(r10 -168) = r2
 2514: r1 = map[pipe_p0f_signatures] ll
 2516: r2 = r10
 2517: r2 += -184
 2518: call bpf_map_lookup_elem
 2519: r1 = r0
 2520: if r1 == 0 goto +13
 2521: r2 = *(u32 *)(r1 +4)
 2522: r3 = *(u64 *)(r10 -224)
 2523: if r3 == 0 goto +2
 2524: r3 = *(u64 *)(r10 -232)
 2525: if r2 <= r3 goto +8
 2526: *(u64 *)(r10 -224) = 1
 2527: *(u64 *)(r10 -232) = r2
 2528: r2 = *(u32 *)(r1 +0)
 2529: *(u32 *)(r10 -208) = r2
 2530: r2 = *(u32 *)(r1 +4)
 2531: *(u32 *)(r10 -204) = r2
 2532: r2 = *(u32 *)(r1 +8)
 2533: *(u32 *)(r10 -200) = r2
 2534: *(u32 *)(r10 -216) = 20
 2535: r1 = map[pipe_p0f_signatures_masks] ll
 2537: r2 = r10
 2538: r2 += -216
 2539: call bpf_map_lookup_elem
 2540: r1 = r0
 2541: if r1 == 0 goto +556
 2542: r2 = *(u32 *)(r1 +0)
 2543: if r2 == 0 goto +554
 2544: *(u32 *)(r10 -184) = 20
 2545: r2 = *(u32 *)(r10 -144)
 2546: r3 = *(u32 *)(r1 +8)
 2547: r2 &= r3
 2548: *(u32 *)(r10 -180) = r2
 2549: r2 = *(u32 *)(r10 -140)
 2550: r3 = *(u32 *)(r1 +12)
 2551: r2 &= r3
 2552: *(u32 *)(r10 -176) = r2
 2553: r2 = *(u32 *)(r10 -136)
 2554: r3 = *(u32 *)(r1 +16)
 2555: r2 &= r3
 2556: *(u32 *)(r10 -172) = r2
 2557: r2 = *(u32 *)(r10 -132)
 2558: r3 = *(u32 *)(r1 +20)
 2559: r2 &= r3
 2560: *(u32 *)(r10 -168) = r2
 2561: r1 = map[pipe_p0f_signatures] ll
 2563: r2 = r10
 2564: r2 += -184
 2565: call bpf_map_lookup_elem
 2566: r1 = r0
 2567: if r1 == 0 goto +13
 2568: r2 = *(u32 *)(r1 +4)
 2569: r3 = *(u64 *)(r10 -224)
 2570: if r3 == 0 goto +2
 2571: r3 = *(u64 *)(r10 -232)
 2572: if r2 <= r3 goto +8
 2573: *(u64 *)(r10 -224) = 1
 2574: *(u64 *)(r10 -232) = r2
 2575: r2 = *(u32 *)(r1 +0)
 2576: *(u32 *)(r10 -208) = r2
 2577: r2 = *(u32 *)(r1 +4)
 2578: *(u32 *)(r10 -204) = r2
 2579: r2 = *(u32 *)(r1 +8)
 2580: *(u32 *)(r10 -200) = r2
 2581: *(u32 *)(r10 -216) = 21
 2582: r1 = map[pipe_p0f_signatures_masks] ll
 2584: r2 = r10
 2585: r2 += -216
 2586: call bpf_map_lookup_elem
 2587: r1 = r0
 2588: if r1 == 0 goto +509
 2589: r2 = *(u32 *)(r1 +0)
 2590: if r2 == 0 goto +507
 2591: *(u32 *)(r10 -184) = 21
 2592: r2 = *(u32 *)(r10 -144)
 2593: r3 = *(u32 *)(r1 +8)
 2594: r2 &= r3
 2595: *(u32 *)(r10 -180) = r2
 2596: r2 = *(u32 *)(r10 -140)
 2597: r3 = *(u32 *)(r1 +12)
 2598: r2 &= r3
 2599: *(u32 *)(r10 -176) = r2
 2600: r2 = *(u32 *)(r10 -136)
 2601: r3 = *(u32 *)(r1 +16)
 2602: r2 &= r3
 2603: *(u32 *)(r10 -172) = r2
 2604: r2 = *(u32 *)(r10 -132)
 2605: r3 = *(u32 *)(r1 +20)
 2606: r2 &= r3
 2607: *(u32 *)(r10 -168) = r2
 2608: r1 = map[pipe_p0f_signatures] ll
 2610: r2 = r10
 2611: r2 += -184
 2612: call bpf_map_lookup_elem
 2613: r1 = r0
 2614: if r1 == 0 goto +13
 2615: r2 = *(u32 *)(r1 +4)
 2616: r3 = *(u64 *)(r10 -224)
 2617: if r3 == 0 goto +2
 2618: r3 = *(u64 *)(r10 -232)
 2619: if r2 <= r3 goto +8
 2620: *(u64 *)(r10 -224) = 1
 2621: *(u64 *)(r10 -232) = r2
 2622: r2 = *(u32 *)(r1 +0)
 2623: *(u32 *)(r10 -208) = r2
 2624: r2 = *(u32 *)(r1 +4)
 2625: *(u32 *)(r10 -204) = r2
 2626: r2 = *(u32 *)(r1 +8)
 2627: *(u32 *)(r10 -200) = r2
 2628: *(u32 *)(r10 -216) = 22
 2629: r1 = map[pipe_p0f_signatures_masks] ll
 2631: r2 = r10
 2632: r2 += -216
 2633: call bpf_map_lookup_elem
 2634: r1 = r0
 2635: if r1 == 0 goto +462
 2636: r2 = *(u32 *)(r1 +0)
 2637: if r2 == 0 goto +460
 2638: *(u32 *)(r10 -184) = 22
 2639: r2 = *(u32 *)(r10 -144)
 2640: r3 = *(u32 *)(r1 +8)
 2641: r2 &= r3
 2642: *(u32 *)(r10 -180) = r2
 2643: r2 = *(u32 *)(r10 -140)
 2644: r3 = *(u32 *)(r1 +12)
 2645: r2 &= r3
 2646: *(u32 *)(r10 -176) = r2
 2647: r2 = *(u32 *)(r10 -136)
 2648: r3 = *(u32 *)(r1 +16)
 2649: r2 &= r3
 2650: *(u32 *)(r10 -172) = r2
 2651: r2 = *(u32 *)(r10 -132)
 2652: r3 = *(u32 *)(r1 +20)
 2653: r2 &= r3
 2654: *(u32 *)(r10 -168) = r2
 2655: r1 = map[pipe_p0f_signatures] ll
 2657: r2 = r10
 2658: r2 += -184
 2659: call bpf_map_lookup_elem
 2660: r1 = r0
 2661: if r1 == 0 goto +13
 2662: r2 = *(u32 *)(r1 +4)
 2663: r3 = *(u64 *)(r10 -224)
 2664: if r3 == 0 goto +2
 2665: r3 = *(u64 *)(r10 -232)
 2666: if r2 <= r3 goto +8
 2667: *(u64 *)(r10 -224) = 1
 2668: *(u64 *)(r10 -232) = r2
 2669: r2 = *(u32 *)(r1 +0)
 2670: *(u32 *)(r10 -208) = r2
 2671: r2 = *(u32 *)(r1 +4)
 2672: *(u32 *)(r10 -204) = r2
 2673: r2 = *(u32 *)(r1 +8)
 2674: *(u32 *)(r10 -200) = r2
 2675: *(u32 *)(r10 -216) = 23
 2676: r1 = map[pipe_p0f_signatures_masks] ll
 2678: r2 = r10
 2679: r2 += -216
 2680: call bpf_map_lookup_elem
 2681: r1 = r0
 2682: if r1 == 0 goto +415
 2683: r2 = *(u32 *)(r1 +0)
 2684: if r2 == 0 goto +413
 2685: *(u32 *)(r10 -184) = 23
 2686: r2 = *(u32 *)(r10 -144)
 2687: r3 = *(u32 *)(r1 +8)
 2688: r2 &= r3
 2689: *(u32 *)(r10 -180) = r2
 2690: r2 = *(u32 *)(r10 -140)
 2691: r3 = *(u32 *)(r1 +12)
 2692: r2 &= r3
 2693: *(u32 *)(r10 -176) = r2
 2694: r2 = *(u32 *)(r10 -136)
 2695: r3 = *(u32 *)(r1 +16)
 2696: r2 &= r3
 2697: *(u32 *)(r10 -172) = r2
 2698: r2 = *(u32 *)(r10 -132)
 2699: r3 = *(u32 *)(r1 +20)
 2700: r2 &= r3
 2701: *(u32 *)(r10 -168) = r2
 2702: r1 = map[pipe_p0f_signatures] ll
 2704: r2 = r10
 2705: r2 += -184
 2706: call bpf_map_lookup_elem
 2707: r1 = r0
 2708: if r1 == 0 goto +13
 2709: r2 = *(u32 *)(r1 +4)
 2710: r3 = *(u64 *)(r10 -224)
 2711: if r3 == 0 goto +2
 2712: r3 = *(u64 *)(r10 -232)
 2713: if r2 <= r3 goto +8
 2714: *(u64 *)(r10 -224) = 1
 2715: *(u64 *)(r10 -232) = r2
 2716: r2 = *(u32 *)(r1 +0)
 2717: *(u32 *)(r10 -208) = r2
 2718: r2 = *(u32 *)(r1 +4)
 2719: *(u32 *)(r10 -204) = r2
 2720: r2 = *(u32 *)(r1 +8)
 2721: *(u32 *)(r10 -200) = r2
 2722: *(u32 *)(r10 -216) = 24
 2723: r1 = map[pipe_p0f_signatures_masks] ll
 2725: r2 = r10
 2726: r2 += -216
 2727: call bpf_map_lookup_elem
 2728: r1 = r0
 2729: if r1 == 0 goto +368
 2730: r2 = *(u32 *)(r1 +0)
 2731: if r2 == 0 goto +366
 2732: *(u32 *)(r10 -184) = 24
 2733: r2 = *(u32 *)(r10 -144)
 2734: r3 = *(u32 *)(r1 +8)
 2735: r2 &= r3
 2736: *(u32 *)(r10 -180) = r2
 2737: r2 = *(u32 *)(r10 -140)
 2738: r3 = *(u32 *)(r1 +12)
 2739: r2 &= r3
 2740: *(u32 *)(r10 -176) = r2
 2741: r2 = *(u32 *)(r10 -136)
 2742: r3 = *(u32 *)(r1 +16)
 2743: r2 &= r3
 2744: *(u32 *)(r10 -172) = r2
 2745: r2 = *(u32 *)(r10 -132)
 2746: r3 = *(u32 *)(r1 +20)
 2747: r2 &= r3
 2748: *(u32 *)(r10 -168) = r2
 2749: r1 = map[pipe_p0f_signatures] ll
 2751: r2 = r10
 2752: r2 += -184
 2753: call bpf_map_lookup_elem
 2754: r1 = r0
 2755: if r1 == 0 goto +13
 2756: r2 = *(u32 *)(r1 +4)
 2757: r3 = *(u64 *)(r10 -224)
 2758: if r3 == 0 goto +2
 2759: r3 = *(u64 *)(r10 -232)
 2760: if r2 <= r3 goto +8
 2761: *(u64 *)(r10 -224) = 1
 2762: *(u64 *)(r10 -232) = r2
 2763: r2 = *(u32 *)(r1 +0)
 2764: *(u32 *)(r10 -208) = r2
 2765: r2 = *(u32 *)(r1 +4)
 2766: *(u32 *)(r10 -204) = r2
 2767: r2 = *(u32 *)(r1 +8)
 2768: *(u32 *)(r10 -200) = r2
 2769: *(u32 *)(r10 -216) = 25
 2770: r1 = map[pipe_p0f_signatures_masks] ll
 2772: r2 = r10
 2773: r2 += -216
 2774: call bpf_map_lookup_elem
 2775: r1 = r0
 2776: if r1 == 0 goto +321
 2777: r2 = *(u32 *)(r1 +0)
 2778: if r2 == 0 goto +319
 2779: *(u32 *)(r10 -184) = 25
 2780: r2 = *(u32 *)(r10 -144)
 2781: r3 = *(u32 *)(r1 +8)
 2782: r2 &= r3
 2783: *(u32 *)(r10 -180) = r2
 2784: r2 = *(u32 *)(r10 -140)
 2785: r3 = *(u32 *)(r1 +12)
 2786: r2 &= r3
 2787: *(u32 *)(r10 -176) = r2
 2788: r2 = *(u32 *)(r10 -136)
 2789: r3 = *(u32 *)(r1 +16)
 2790: r2 &= r3
 2791: *(u32 *)(r10 -172) = r2
 2792: r2 = *(u32 *)(r10 -132)
 2793: r3 = *(u32 *)(r1 +20)
 2794: r2 &= r3
 2795: *(u32 *)(r10 -168) = r2
 2796: r1 = map[pipe_p0f_signatures] ll
 2798: r2 = r10
 2799: r2 += -184
 2800: call bpf_map_lookup_elem
 2801: r1 = r0
 2802: if r1 == 0 goto +13
 2803: r2 = *(u32 *)(r1 +4)
 2804: r3 = *(u64 *)(r10 -224)
 2805: if r3 == 0 goto +2
 2806: r3 = *(u64 *)(r10 -232)
 2807: if r2 <= r3 goto +8
 2808: *(u64 *)(r10 -224) = 1
 2809: *(u64 *)(r10 -232) = r2
 2810: r2 = *(u32 *)(r1 +0)
 2811: *(u32 *)(r10 -208) = r2
 2812: r2 = *(u32 *)(r1 +4)
 2813: *(u32 *)(r10 -204) = r2
 2814: r2 = *(u32 *)(r1 +8)
 2815: *(u32 *)(r10 -200) = r2
 2816: *(u32 *)(r10 -216) = 26
 2817: r1 = map[pipe_p0f_signatures_masks] ll
 2819: r2 = r10
 2820: r2 += -216
 2821: call bpf_map_lookup_elem
 2822: r1 = r0
 2823: if r1 == 0 goto +274
 2824: r2 = *(u32 *)(r1 +0)
 2825: if r2 == 0 goto +272
 2826: *(u32 *)(r10 -184) = 26
 2827: r2 = *(u32 *)(r10 -144)
 2828: r3 = *(u32 *)(r1 +8)
 2829: r2 &= r3
 2830: *(u32 *)(r10 -180) = r2
 2831: r2 = *(u32 *)(r10 -140)
 2832: r3 = *(u32 *)(r1 +12)
 2833: r2 &= r3
 2834: *(u32 *)(r10 -176) = r2
 2835: r2 = *(u32 *)(r10 -136)
 2836: r3 = *(u32 *)(r1 +16)
 2837: r2 &= r3
 2838: *(u32 *)(r10 -172) = r2
 2839: r2 = *(u32 *)(r10 -132)
 2840: r3 = *(u32 *)(r1 +20)
 2841: r2 &= r3
 2842: *(u32 *)(r10 -168) = r2
 2843: r1 = map[pipe_p0f_signatures] ll
 2845: r2 = r10
 2846: r2 += -184
 2847: call bpf_map_lookup_elem
 2848: r1 = r0
 2849: if r1 == 0 goto +13
 2850: r2 = *(u32 *)(r1 +4)
 2851: r3 = *(u64 *)(r10 -224)
 2852: if r3 == 0 goto +2
 2853: r3 = *(u64 *)(r10 -232)
 2854: if r2 <= r3 goto +8
 2855: *(u64 *)(r10 -224) = 1
 2856: *(u64 *)(r10 -232) = r2
 2857: r2 = *(u32 *)(r1 +0)
 2858: *(u32 *)(r10 -208) = r2
 2859: r2 = *(u32 *)(r1 +4)
 2860: *(u32 *)(r10 -204) = r2
 2861: r2 = *(u32 *)(r1 +8)
 2862: *(u32 *)(r10 -200) = r2
 2863: *(u32 *)(r10 -216) = 27
 2864: r1 = map[pipe_p0f_signatures_masks] ll
 2866: r2 = r10
 2867: r2 += -216
 2868: call bpf_map_lookup_elem
 2869: r1 = r0
 2870: if r1 == 0 goto +227
 2871: r2 = *(u32 *)(r1 +0)
 2872: if r2 == 0 goto +225
 2873: *(u32 *)(r10 -184) = 27
 2874: r2 = *(u32 *)(r10 -144)
 2875: r3 = *(u32 *)(r1 +8)
 2876: r2 &= r3
 2877: *(u32 *)(r10 -180) = r2
 2878: r2 = *(u32 *)(r10 -140)
 2879: r3 = *(u32 *)(r1 +12)
 2880: r2 &= r3
 2881: *(u32 *)(r10 -176) = r2
 2882: r2 = *(u32 *)(r10 -136)
 2883: r3 = *(u32 *)(r1 +16)
 2884: r2 &= r3
 2885: *(u32 *)(r10 -172) = r2
 2886: r2 = *(u32 *)(r10 -132)
 2887: r3 = *(u32 *)(r1 +20)
 2888: r2 &= r3
 2889: *(u32 *)(r10 -168) = r2
 2890: r1 = map[pipe_p0f_signatures] ll
 2892: r2 = r10
 2893: r2 += -184
 2894: call bpf_map_lookup_elem
 2895: r1 = r0
 2896: if r1 == 0 goto +13
 2897: r2 = *(u32 *)(r1 +4)
 2898: r3 = *(u64 *)(r10 -224)
 2899: if r3 == 0 goto +2
 2900: r3 = *(u64 *)(r10 -232)
 2901: if r2 <= r3 goto +8
 2902: *(u64 *)(r10 -224) = 1
 2903: *(u64 *)(r10 -232) = r2
 2904: r2 = *(u32 *)(r1 +0)
 2905: *(u32 *)(r10 -208) = r2
 2906: r2 = *(u32 *)(r1 +4)
 2907: *(u32 *)(r10 -204) = r2
 2908: r2 = *(u32 *)(r1 +8)
 2909: *(u32 *)(r10 -200) = r2
 2910: *(u32 *)(r10 -216) = 28
 2911: r1 = map[pipe_p0f_signatures_masks] ll
 2913: r2 = r10
 2914: r2 += -216
 2915: call bpf_map_lookup_elem
 2916: r1 = r0
 2917: if r1 == 0 goto +180
 2918: r2 = *(u32 *)(r1 +0)
 2919: if r2 == 0 goto +178
 2920: *(u32 *)(r10 -184) = 28
 2921: r2 = *(u32 *)(r10 -144)
 2922: r3 = *(u32 *)(r1 +8)
 2923: r2 &= r3
 2924: *(u32 *)(r10 -180) = r2
 2925: r2 = *(u32 *)(r10 -140)
 2926: r3 = *(u32 *)(r1 +12)
 2927: r2 &= r3
 2928: *(u32 *)(r10 -176) = r2
 2929: r2 = *(u32 *)(r10 -136)
 2930: r3 = *(u32 *)(r1 +16)
 2931: r2 &= r3
 2932: *(u32 *)(r10 -172) = r2
 2933: r2 = *(u32 *)(r10 -132)
 2934: r3 = *(u32 *)(r1 +20)
 2935: r2 &= r3
 2936: *(u32 *)(r10 -168) = r2
 2937: r1 = map[pipe_p0f_signatures] ll
 2939: r2 = r10
 2940: r2 += -184
 2941: call bpf_map_lookup_elem
 2942: r1 = r0
 2943: if r1 == 0 goto +13
 2944: r2 = *(u32 *)(r1 +4)
 2945: r3 = *(u64 *)(r10 -224)
 2946: if r3 == 0 goto +2
 2947: r3 = *(u64 *)(r10 -232)
 2948: if r2 <= r3 goto +8
 2949: *(u64 *)(r10 -224) = 1
 2950: *(u64 *)(r10 -232) = r2
 2951: r2 = *(u32 *)(r1 +0)
 2952: *(u32 *)(r10 -208) = r2
 2953: r2 = *(u32 *)(r1 +4)
 2954: *(u32 *)(r10 -204) = r2
 2955: r2 = *(u32 *)(r1 +8)
 2956: *(u32 *)(r10 -200) = r2
 2957: *(u32 *)(r10 -216) = 29
 2958: r1 = map[pipe_p0f_signatures_masks] ll
 2960: r2 = r10
 2961: r2 += -216
 2962: call bpf_map_lookup_elem
 2963: r1 = r0
 2964: if r1 == 0 goto +133
 2965: r2 = *(u32 *)(r1 +0)
 2966: if r2 == 0 goto +131
 2967: *(u32 *)(r10 -184) = 29
 2968: r2 = *(u32 *)(r10 -144)
 2969: r3 = *(u32 *)(r1 +8)
 2970: r2 &= r3
 2971: *(u32 *)(r10 -180) = r2
 2972: r2 = *(u32 *)(r10 -140)
 2973: r3 = *(u32 *)(r1 +12)
 2974: r2 &= r3
 2975: *(u32 *)(r10 -176) = r2
 2976: r2 = *(u32 *)(r10 -136)
 2977: r3 = *(u32 *)(r1 +16)
 2978: r2 &= r3
 2979: *(u32 *)(r10 -172) = r2
 2980: r2 = *(u32 *)(r10 -132)
 2981: r3 = *(u32 *)(r1 +20)
 2982: r2 &= r3
 2983: *(u32 *)(r10 -168) = r2
 2984: r1 = map[pipe_p0f_signatures] ll
 2986: r2 = r10
 2987: r2 += -184
 2988: call bpf_map_lookup_elem
 2989: r1 = r0
 2990: if r1 == 0 goto +13
 2991: r2 = *(u32 *)(r1 +4)
 2992: r3 = *(u64 *)(r10 -224)
 2993: if r3 == 0 goto +2
 2994: r3 = *(u64 *)(r10 -232)
 2995: if r2 <= r3 goto +8
 2996: *(u64 *)(r10 -224) = 1
 2997: *(u64 *)(r10 -232) = r2
 2998: r2 = *(u32 *)(r1 +0)
 2999: *(u32 *)(r10 -208) = r2
 3000: r2 = *(u32 *)(r1 +4)
 3001: *(u32 *)(r10 -204) = r2
 3002: r2 = *(u32 *)(r1 +8)
 3003: *(u32 *)(r10 -200) = r2
 3004: *(u32 *)(r10 -216) = 30
 3005: r1 = map[pipe_p0f_signatures_masks] ll
 3007: r2 = r10
 3008: r2 += -216
 3009: call bpf_map_lookup_elem
 3010: r1 = r0
 3011: if r1 == 0 goto +86
 3012: r2 = *(u32 *)(r1 +0)
 3013: if r2 == 0 goto +84
 3014: *(u32 *)(r10 -184) = 30
 3015: r2 = *(u32 *)(r10 -144)
 3016: r3 = *(u32 *)(r1 +8)
 3017: r2 &= r3
 3018: *(u32 *)(r10 -180) = r2
 3019: r2 = *(u32 *)(r10 -140)
 3020: r3 = *(u32 *)(r1 +12)
 3021: r2 &= r3
 3022: *(u32 *)(r10 -176) = r2
 3023: r2 = *(u32 *)(r10 -136)
 3024: r3 = *(u32 *)(r1 +16)
 3025: r2 &= r3
 3026: *(u32 *)(r10 -172) = r2
 3027: r2 = *(u32 *)(r10 -132)
 3028: r3 = *(u32 *)(r1 +20)
 3029: r2 &= r3
 3030: *(u32 *)(r10 -168) = r2
 3031: r1 = map[pipe_p0f_signatures] ll
 3033: r2 = r10
 3034: r2 += -184
 3035: call bpf_map_lookup_elem
 3036: r1 = r0
 3037: if r1 == 0 goto +13
 3038: r2 = *(u32 *)(r1 +4)
 3039: r3 = *(u64 *)(r10 -224)
 3040: if r3 == 0 goto +2
 3041: r3 = *(u64 *)(r10 -232)
 3042: if r2 <= r3 goto +8
 3043: *(u64 *)(r10 -224) = 1
 3044: *(u64 *)(r10 -232) = r2
 3045: r2 = *(u32 *)(r1 +0)
 3046: *(u32 *)(r10 -208) = r2
 3047: r2 = *(u32 *)(r1 +4)
 3048: *(u32 *)(r10 -204) = r2
 3049: r2 = *(u32 *)(r1 +8)
 3050: *(u32 *)(r10 -200) = r2
 3051: *(u32 *)(r10 -216) = 31
 3052: r1 = map[pipe_p0f_signatures_masks] ll
 3054: r2 = r10
 3055: r2 += -216
 3056: call bpf_map_lookup_elem
 3057: r1 = r0
 3058: if r1 == 0 goto +39
 3059: r2 = *(u32 *)(r1 +0)
 3060: if r2 == 0 goto +37
 3061: *(u32 *)(r10 -184) = 31
 3062: r2 = *(u32 *)(r10 -144)
 3063: r3 = *(u32 *)(r1 +8)
 3064: r2 &= r3
 3065: *(u32 *)(r10 -180) = r2
 3066: r2 = *(u32 *)(r10 -140)
 3067: r3 = *(u32 *)(r1 +12)
 3068: r2 &= r3
 3069: *(u32 *)(r10 -176) = r2
 3070: r2 = *(u32 *)(r10 -136)
 3071: r3 = *(u32 *)(r1 +16)
 3072: r2 &= r3
 3073: *(u32 *)(r10 -172) = r2
 3074: r2 = *(u32 *)(r10 -132)
 3075: r3 = *(u32 *)(r1 +20)
 3076: r2 &= r3
 3077: *(u32 *)(r10 -168) = r2
 3078: r1 = map[pipe_p0f_signatures] ll
 3080: r2 = r10
 3081: r2 += -184
 3082: call bpf_map_lookup_elem
 3083: r1 = r0
 3084: if r1 == 0 goto +13
 3085: r2 = *(u32 *)(r1 +4)
 3086: r3 = *(u64 *)(r10 -224)
 3087: if r3 == 0 goto +2
 3088: r3 = *(u64 *)(r10 -232)
 3089: if r2 <= r3 goto +8
 3090: *(u64 *)(r10 -224) = 1
 3091: *(u64 *)(r10 -232) = r2
 3092: r2 = *(u32 *)(r1 +0)
 3093: *(u32 *)(r10 -208) = r2
 3094: r2 = *(u32 *)(r1 +4)
 3095: *(u32 *)(r10 -204) = r2
 3096: r2 = *(u32 *)(r1 +8)
 3097: *(u32 *)(r10 -200) = r2
 3098: r1 = *(u64 *)(r10 -224)
 3099: r2 = 1
 3100: if r1 != 0 goto +17
 3101: r2 = 0
 3102: *(u32 *)(r10 -144) = 0
 3103: r1 = map[pipe_p0f_signatures_default] ll
 3105: r2 = r10
 3106: r2 += -144
 3107: call bpf_map_lookup_elem
 3108: r1 = r0
 3109: if r1 == 0 goto +5
 3110: r2 = *(u32 *)(r1 +0)
 3111: r8 = *(u32 *)(r1 +8)
 3112: r8 = be32 r8
 3113: w8 = w8
 3114: goto +7
 3115: r2 = 2
 3116: r8 = 0
 3117: goto +4
 3118: r2 = *(u32 *)(r10 -208)
 3119: r8 = *(u32 *)(r10 -200)
 3120: r8 = be32 r8
 3121: w8 = w8
 3122: if r2 == 0 goto +26
 3123: if r2 == 1 goto +3
 3124: if r2 == 2 goto +1
 3125: goto +42
      ; pipe: block6 (NoAction)
 3126: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 3127: r1 = 1
      ; write var10, v45
 3128: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 3129: r1 = 0
      ; v47: bit<32> = const 1
 3130: r2 = 1
      ; count counter0[v46] += v47
 3131: *(u32 *)(r10 -144) = r1
 3132: *(u64 *)(r10 -208) = r2
 3133: r1 = map[pipe_os_stats] ll
 3135: r2 = r10
 3136: r2 += -144
 3137: call bpf_map_lookup_elem
 3138: r1 = r0
 3139: if r1 == 0 goto +8
 3140: r2 = *(u64 *)(r1 +0)
 3141: r3 = *(u64 *)(r10 -208)
 3142: r2 += r3
 3143: *(u64 *)(r1 +0) = r2
 3144: r2 = *(u64 *)(r1 +8)
 3145: r3 = *(u32 *)(r10 -40)
 3146: r2 += r3
 3147: *(u64 *)(r1 +8) = r2
 3148: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 3149: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 3150: r1 = 1
      ; count counter0[v43] += v44
 3151: *(u32 *)(r10 -144) = r8
 3152: *(u64 *)(r10 -208) = r1
 3153: r1 = map[pipe_os_stats] ll
 3155: r2 = r10
 3156: r2 += -144
 3157: call bpf_map_lookup_elem
 3158: r1 = r0
 3159: if r1 == 0 goto +8
 3160: r2 = *(u64 *)(r1 +0)
 3161: r3 = *(u64 *)(r10 -208)
 3162: r2 += r3
 3163: *(u64 *)(r1 +0) = r2
 3164: r2 = *(u64 *)(r1 +8)
 3165: r3 = *(u32 *)(r10 -40)
 3166: r2 += r3
 3167: *(u64 *)(r1 +8) = r2
 3168: goto +22
 3169: goto +21
      ; drop
 3170: r1 = *(u32 *)(r10 -36)
 3171: r2 = *(u32 *)(r10 -32)
 3172: *(u64 *)(r10 -240) = r1
 3173: *(u64 *)(r10 -248) = r2
 3174: r1 = *(u64 *)(r10 -8)
 3175: r2 = 0xfffffffffffffff8 ll
 3177: call bpf_xdp_adjust_meta
 3178: if r0 != 0 goto +10
 3179: r1 = *(u64 *)(r10 -8)
 3180: r2 = *(u32 *)(r1 +8)
 3181: r3 = *(u32 *)(r1 +0)
 3182: r1 = r2
 3183: r1 += 8
 3184: if r1 > r3 goto +4
 3185: r1 = *(u64 *)(r10 -240)
 3186: *(u32 *)(r2 +0) = r1
 3187: r1 = *(u64 *)(r10 -248)
 3188: *(u32 *)(r2 +4) = r1
 3189: r0 = 1
 3190: exit
      ; epilogue: verdict
 3191: r1 = *(u32 *)(r10 -36)
 3192: r2 = *(u32 *)(r10 -32)
 3193: *(u64 *)(r10 -256) = r1
 3194: *(u64 *)(r10 -264) = r2
 3195: r1 = *(u64 *)(r10 -8)
 3196: r2 = 0xfffffffffffffff8 ll
 3198: call bpf_xdp_adjust_meta
 3199: if r0 != 0 goto +10
 3200: r1 = *(u64 *)(r10 -8)
 3201: r2 = *(u32 *)(r1 +8)
 3202: r3 = *(u32 *)(r1 +0)
 3203: r1 = r2
 3204: r1 += 8
 3205: if r1 > r3 goto +4
 3206: r1 = *(u64 *)(r10 -256)
 3207: *(u32 *)(r2 +0) = r1
 3208: r1 = *(u64 *)(r10 -264)
 3209: *(u32 *)(r2 +4) = r1
 3210: r1 = *(u8 *)(r10 -23)
 3211: if r1 != 0 goto +2
 3212: r0 = 2
 3213: exit
 3214: if r1 != 2 goto +4
 3215: r1 = *(u32 *)(r10 -32)
 3216: r2 = 0
 3217: call bpf_redirect
 3218: exit
 3219: r0 = 1
 3220: exit
