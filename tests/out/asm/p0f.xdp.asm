; p0f for xdp: 3187 instructions, stack 272 bytes, 4 maps
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
   33: goto +3102
   34: r3 = r1
   35: r3 += 1
   36: *(u32 *)(r10 -104) = r3
   37: r1 += 14
   38: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   39: r1 = *(u16 *)(r2 +12)
   40: r1 = be16 r1
   41: if r1 != 2048 goto +1
   42: goto +1
   43: goto +1239
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   44: r1 = *(u64 *)(r10 -16)
   45: if r1 > 16383 goto +5
   46: r2 = r6
   47: r2 += r1
   48: r3 = r2
   49: r3 += 20
   50: if r3 <= r7 goto +2
   51: *(u32 *)(r10 -48) = 1
   52: goto +3083
   53: r3 = r1
   54: r3 += 1
   55: *(u32 *)(r10 -100) = r3
   56: r1 += 20
   57: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   58: r1 = *(u8 *)(r2 +0)
   59: r1 &= 15
      ; v2: bit<4> = const 5
   60: r3 = 5
      ; v3: bool = ge v1, v2
   61: r4 = 1
   62: if r1 >= r3 goto +1
   63: r4 = 0
      ; verify v3, error HeaderTooShort
   64: if r4 != 0 goto +2
   65: *(u32 *)(r10 -48) = 4
   66: goto +3069
      ; v4: bit<4> = read_field hdr1.ihl
   67: r1 = *(u8 *)(r2 +0)
   68: r1 &= 15
      ; v5: bit<32> = cast v4
   69: r3 = r1
   70: w3 = w3
      ; v6: bit<32> = const 5
   71: r1 = 5
      ; v7: bit<32> = sub v5, v6
   72: r4 = r3
   73: r4 -= r1
   74: w4 = w4
      ; v8: bit<32> = const 0x20
   75: r1 = 32
      ; v9: bit<32> = mul v7, v8
   76: r3 = r4
   77: r3 *= r1
   78: w3 = w3
      ; advance v9
   79: r1 = r3
   80: r1 &= 7
   81: if r1 == 0 goto +2
   82: *(u32 *)(r10 -48) = 6
   83: goto +3052
   84: r1 = r3
   85: r1 >>= 3
   86: r3 = *(u64 *)(r10 -16)
   87: r3 += r1
   88: if r3 > 16383 goto +3
   89: r1 = r6
   90: r1 += r3
   91: if r1 <= r7 goto +2
   92: *(u32 *)(r10 -48) = 1
   93: goto +3042
   94: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
   95: r1 = *(u16 *)(r2 +6)
   96: r1 = be16 r1
   97: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   98: r3 = *(u8 *)(r2 +9)
   99: if r1 != 0 goto +2
  100: if r3 != 6 goto +1
  101: goto +1
  102: goto +1180
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  103: r1 = *(u64 *)(r10 -16)
  104: if r1 > 16383 goto +5
  105: r2 = r6
  106: r2 += r1
  107: r3 = r2
  108: r3 += 20
  109: if r3 <= r7 goto +2
  110: *(u32 *)(r10 -48) = 1
  111: goto +3024
  112: r3 = r1
  113: r3 += 1
  114: *(u32 *)(r10 -96) = r3
  115: r1 += 20
  116: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  117: r1 = *(u8 *)(r2 +12)
  118: r1 >>= 4
  119: r1 &= 15
      ; v13: bit<4> = const 5
  120: r3 = 5
      ; v14: bool = ge v12, v13
  121: r4 = 1
  122: if r1 >= r3 goto +1
  123: r4 = 0
      ; verify v14, error HeaderTooShort
  124: if r4 != 0 goto +2
  125: *(u32 *)(r10 -48) = 4
  126: goto +3009
      ; v15: bit<4> = read_field hdr2.dataOffset
  127: r1 = *(u8 *)(r2 +12)
  128: r1 >>= 4
  129: r1 &= 15
      ; v16: bit<16> = cast v15
  130: r3 = r1
  131: r3 &= 65535
      ; v17: bit<16> = const 5
  132: r1 = 5
      ; v18: bit<16> = sub v16, v17
  133: r4 = r3
  134: r4 -= r1
  135: r4 &= 65535
      ; v19: bit<16> = const 4
  136: r1 = 4
      ; v20: bit<16> = mul v18, v19
  137: r3 = r4
  138: r3 *= r1
  139: r3 &= 65535
      ; write var2, v20
  140: *(u16 *)(r10 -28) = r3
      ; v21: bit<8> = read_field hdr2.flags
  141: r1 = *(u8 *)(r2 +13)
  142: r2 = r1
  143: r2 &= 18
  144: if r2 != 2 goto +1
  145: goto +1
  146: goto +1136
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  147: r1 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  148: r2 = *(u8 *)(r10 -24)
  149: if r1 != 0 goto +1
  150: goto +1132
  151: if r2 != 8 goto +1
  152: goto +1130
      ; prs: block5 (parse_option)
      ; extract hdr3
  153: r1 = *(u64 *)(r10 -16)
  154: if r1 > 16383 goto +5
  155: r2 = r6
  156: r2 += r1
  157: r3 = r2
  158: r3 += 1
  159: if r3 <= r7 goto +2
  160: *(u32 *)(r10 -48) = 1
  161: goto +2974
  162: r3 = r1
  163: r3 += 1
  164: *(u32 *)(r10 -92) = r3
  165: r1 += 1
  166: *(u64 *)(r10 -16) = r1
      ; v24: bit<8> = read var3
  167: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
  168: r3 = 1
      ; v26: bit<8> = add v24, v25
  169: r4 = r1
  170: r4 += r3
  171: r4 &= 255
      ; write var3, v26
  172: *(u8 *)(r10 -24) = r4
      ; v27: bit<16> = read var2
  173: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
  174: r3 = 1
      ; v29: bit<16> = sub v27, v28
  175: r4 = r1
  176: r4 -= r3
  177: r4 &= 65535
      ; write var2, v29
  178: *(u16 *)(r10 -28) = r4
      ; v30: bit<8> = read_field hdr3.kind
  179: r1 = *(u8 *)(r2 +0)
  180: if r1 != 0 goto +1
  181: goto +1101
  182: if r1 != 1 goto +1
  183: goto +104
  184: if r1 != 2 goto +1
  185: goto +82
  186: if r1 != 3 goto +1
  187: goto +59
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  188: r1 = *(u64 *)(r10 -16)
  189: if r1 > 16383 goto +5
  190: r2 = r6
  191: r2 += r1
  192: r1 = r2
  193: r1 += 1
  194: if r1 <= r7 goto +2
  195: *(u32 *)(r10 -48) = 1
  196: goto +2939
  197: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  198: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  199: r1 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
  200: r2 = 2
      ; v34: bool = ge v32, v33
  201: r3 = 1
  202: if r1 >= r2 goto +1
  203: r3 = 0
      ; verify v34, error HeaderTooShort
  204: if r3 != 0 goto +2
  205: *(u32 *)(r10 -48) = 4
  206: goto +2929
      ; v35: bit<8> = read var11
  207: r1 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
  208: r2 = r1
  209: w2 = w2
      ; v37: bit<32> = const 1
  210: r1 = 1
      ; v38: bit<32> = sub v36, v37
  211: r3 = r2
  212: r3 -= r1
  213: w3 = w3
      ; v39: bit<32> = const 8
  214: r1 = 8
      ; v40: bit<32> = mul v38, v39
  215: r2 = r3
  216: r2 *= r1
  217: w2 = w2
      ; advance v40
  218: r1 = r2
  219: r1 &= 7
  220: if r1 == 0 goto +2
  221: *(u32 *)(r10 -48) = 6
  222: goto +2913
  223: r1 = r2
  224: r1 >>= 3
  225: r2 = *(u64 *)(r10 -16)
  226: r2 += r1
  227: if r2 > 16383 goto +3
  228: r1 = r6
  229: r1 += r2
  230: if r1 <= r7 goto +2
  231: *(u32 *)(r10 -48) = 1
  232: goto +2903
  233: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  234: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  235: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
  236: r3 = r2
  237: r3 &= 65535
      ; v44: bit<16> = const 1
  238: r2 = 1
      ; v45: bit<16> = sub v43, v44
  239: r4 = r3
  240: r4 -= r2
  241: r4 &= 65535
      ; v46: bit<16> = sub v41, v45
  242: r2 = r1
  243: r2 -= r4
  244: r2 &= 65535
      ; write var2, v46
  245: *(u16 *)(r10 -28) = r2
  246: goto +41
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  247: r1 = *(u64 *)(r10 -16)
  248: if r1 > 16383 goto +5
  249: r2 = r6
  250: r2 += r1
  251: r3 = r2
  252: r3 += 2
  253: if r3 <= r7 goto +2
  254: *(u32 *)(r10 -48) = 1
  255: goto +2880
  256: r2 = r1
  257: r2 += 1
  258: *(u32 *)(r10 -56) = r2
  259: r1 += 2
  260: *(u64 *)(r10 -16) = r1
      ; v47: bit<16> = read var2
  261: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
  262: r2 = 2
      ; v49: bit<16> = sub v47, v48
  263: r3 = r1
  264: r3 -= r2
  265: r3 &= 65535
      ; write var2, v49
  266: *(u16 *)(r10 -28) = r3
  267: goto +20
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  268: r1 = *(u64 *)(r10 -16)
  269: if r1 > 16383 goto +5
  270: r2 = r6
  271: r2 += r1
  272: r3 = r2
  273: r3 += 3
  274: if r3 <= r7 goto +2
  275: *(u32 *)(r10 -48) = 1
  276: goto +2859
  277: r2 = r1
  278: r2 += 1
  279: *(u32 *)(r10 -60) = r2
  280: r1 += 3
  281: *(u64 *)(r10 -16) = r1
      ; v50: bit<16> = read var2
  282: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
  283: r2 = 3
      ; v52: bit<16> = sub v50, v51
  284: r3 = r1
  285: r3 -= r2
  286: r3 &= 65535
      ; write var2, v52
  287: *(u16 *)(r10 -28) = r3
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  288: r1 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  289: r2 = *(u8 *)(r10 -24)
  290: if r1 != 0 goto +1
  291: goto +991
  292: if r2 != 8 goto +1
  293: goto +989
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  294: r1 = *(u64 *)(r10 -16)
  295: if r1 > 16383 goto +5
  296: r2 = r6
  297: r2 += r1
  298: r3 = r2
  299: r3 += 1
  300: if r3 <= r7 goto +2
  301: *(u32 *)(r10 -48) = 1
  302: goto +2833
  303: r3 = r1
  304: r3 += 1
  305: *(u32 *)(r10 -88) = r3
  306: r1 += 1
  307: *(u64 *)(r10 -16) = r1
      ; v55: bit<8> = read var3
  308: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
  309: r3 = 1
      ; v57: bit<8> = add v55, v56
  310: r4 = r1
  311: r4 += r3
  312: r4 &= 255
      ; write var3, v57
  313: *(u8 *)(r10 -24) = r4
      ; v58: bit<16> = read var2
  314: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
  315: r3 = 1
      ; v60: bit<16> = sub v58, v59
  316: r4 = r1
  317: r4 -= r3
  318: r4 &= 65535
      ; write var2, v60
  319: *(u16 *)(r10 -28) = r4
      ; v61: bit<8> = read_field hdr4.kind
  320: r1 = *(u8 *)(r2 +0)
  321: if r1 != 0 goto +1
  322: goto +960
  323: if r1 != 1 goto +1
  324: goto +104
  325: if r1 != 2 goto +1
  326: goto +82
  327: if r1 != 3 goto +1
  328: goto +59
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  329: r1 = *(u64 *)(r10 -16)
  330: if r1 > 16383 goto +5
  331: r2 = r6
  332: r2 += r1
  333: r1 = r2
  334: r1 += 1
  335: if r1 <= r7 goto +2
  336: *(u32 *)(r10 -48) = 1
  337: goto +2798
  338: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  339: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  340: r1 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
  341: r2 = 2
      ; v65: bool = ge v63, v64
  342: r3 = 1
  343: if r1 >= r2 goto +1
  344: r3 = 0
      ; verify v65, error HeaderTooShort
  345: if r3 != 0 goto +2
  346: *(u32 *)(r10 -48) = 4
  347: goto +2788
      ; v66: bit<8> = read var11
  348: r1 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
  349: r2 = r1
  350: w2 = w2
      ; v68: bit<32> = const 1
  351: r1 = 1
      ; v69: bit<32> = sub v67, v68
  352: r3 = r2
  353: r3 -= r1
  354: w3 = w3
      ; v70: bit<32> = const 8
  355: r1 = 8
      ; v71: bit<32> = mul v69, v70
  356: r2 = r3
  357: r2 *= r1
  358: w2 = w2
      ; advance v71
  359: r1 = r2
  360: r1 &= 7
  361: if r1 == 0 goto +2
  362: *(u32 *)(r10 -48) = 6
  363: goto +2772
  364: r1 = r2
  365: r1 >>= 3
  366: r2 = *(u64 *)(r10 -16)
  367: r2 += r1
  368: if r2 > 16383 goto +3
  369: r1 = r6
  370: r1 += r2
  371: if r1 <= r7 goto +2
  372: *(u32 *)(r10 -48) = 1
  373: goto +2762
  374: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  375: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  376: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
  377: r3 = r2
  378: r3 &= 65535
      ; v75: bit<16> = const 1
  379: r2 = 1
      ; v76: bit<16> = sub v74, v75
  380: r4 = r3
  381: r4 -= r2
  382: r4 &= 65535
      ; v77: bit<16> = sub v72, v76
  383: r2 = r1
  384: r2 -= r4
  385: r2 &= 65535
      ; write var2, v77
  386: *(u16 *)(r10 -28) = r2
  387: goto +41
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  388: r1 = *(u64 *)(r10 -16)
  389: if r1 > 16383 goto +5
  390: r2 = r6
  391: r2 += r1
  392: r3 = r2
  393: r3 += 2
  394: if r3 <= r7 goto +2
  395: *(u32 *)(r10 -48) = 1
  396: goto +2739
  397: r2 = r1
  398: r2 += 1
  399: *(u32 *)(r10 -56) = r2
  400: r1 += 2
  401: *(u64 *)(r10 -16) = r1
      ; v78: bit<16> = read var2
  402: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
  403: r2 = 2
      ; v80: bit<16> = sub v78, v79
  404: r3 = r1
  405: r3 -= r2
  406: r3 &= 65535
      ; write var2, v80
  407: *(u16 *)(r10 -28) = r3
  408: goto +20
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  409: r1 = *(u64 *)(r10 -16)
  410: if r1 > 16383 goto +5
  411: r2 = r6
  412: r2 += r1
  413: r3 = r2
  414: r3 += 3
  415: if r3 <= r7 goto +2
  416: *(u32 *)(r10 -48) = 1
  417: goto +2718
  418: r2 = r1
  419: r2 += 1
  420: *(u32 *)(r10 -60) = r2
  421: r1 += 3
  422: *(u64 *)(r10 -16) = r1
      ; v81: bit<16> = read var2
  423: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
  424: r2 = 3
      ; v83: bit<16> = sub v81, v82
  425: r3 = r1
  426: r3 -= r2
  427: r3 &= 65535
      ; write var2, v83
  428: *(u16 *)(r10 -28) = r3
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  429: r1 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  430: r2 = *(u8 *)(r10 -24)
  431: if r1 != 0 goto +1
  432: goto +850
  433: if r2 != 8 goto +1
  434: goto +848
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  435: r1 = *(u64 *)(r10 -16)
  436: if r1 > 16383 goto +5
  437: r2 = r6
  438: r2 += r1
  439: r3 = r2
  440: r3 += 1
  441: if r3 <= r7 goto +2
  442: *(u32 *)(r10 -48) = 1
  443: goto +2692
  444: r3 = r1
  445: r3 += 1
  446: *(u32 *)(r10 -84) = r3
  447: r1 += 1
  448: *(u64 *)(r10 -16) = r1
      ; v86: bit<8> = read var3
  449: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
  450: r3 = 1
      ; v88: bit<8> = add v86, v87
  451: r4 = r1
  452: r4 += r3
  453: r4 &= 255
      ; write var3, v88
  454: *(u8 *)(r10 -24) = r4
      ; v89: bit<16> = read var2
  455: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
  456: r3 = 1
      ; v91: bit<16> = sub v89, v90
  457: r4 = r1
  458: r4 -= r3
  459: r4 &= 65535
      ; write var2, v91
  460: *(u16 *)(r10 -28) = r4
      ; v92: bit<8> = read_field hdr5.kind
  461: r1 = *(u8 *)(r2 +0)
  462: if r1 != 0 goto +1
  463: goto +819
  464: if r1 != 1 goto +1
  465: goto +104
  466: if r1 != 2 goto +1
  467: goto +82
  468: if r1 != 3 goto +1
  469: goto +59
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  470: r1 = *(u64 *)(r10 -16)
  471: if r1 > 16383 goto +5
  472: r2 = r6
  473: r2 += r1
  474: r1 = r2
  475: r1 += 1
  476: if r1 <= r7 goto +2
  477: *(u32 *)(r10 -48) = 1
  478: goto +2657
  479: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  480: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  481: r1 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
  482: r2 = 2
      ; v96: bool = ge v94, v95
  483: r3 = 1
  484: if r1 >= r2 goto +1
  485: r3 = 0
      ; verify v96, error HeaderTooShort
  486: if r3 != 0 goto +2
  487: *(u32 *)(r10 -48) = 4
  488: goto +2647
      ; v97: bit<8> = read var11
  489: r1 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
  490: r2 = r1
  491: w2 = w2
      ; v99: bit<32> = const 1
  492: r1 = 1
      ; v100: bit<32> = sub v98, v99
  493: r3 = r2
  494: r3 -= r1
  495: w3 = w3
      ; v101: bit<32> = const 8
  496: r1 = 8
      ; v102: bit<32> = mul v100, v101
  497: r2 = r3
  498: r2 *= r1
  499: w2 = w2
      ; advance v102
  500: r1 = r2
  501: r1 &= 7
  502: if r1 == 0 goto +2
  503: *(u32 *)(r10 -48) = 6
  504: goto +2631
  505: r1 = r2
  506: r1 >>= 3
  507: r2 = *(u64 *)(r10 -16)
  508: r2 += r1
  509: if r2 > 16383 goto +3
  510: r1 = r6
  511: r1 += r2
  512: if r1 <= r7 goto +2
  513: *(u32 *)(r10 -48) = 1
  514: goto +2621
  515: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  516: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  517: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
  518: r3 = r2
  519: r3 &= 65535
      ; v106: bit<16> = const 1
  520: r2 = 1
      ; v107: bit<16> = sub v105, v106
  521: r4 = r3
  522: r4 -= r2
  523: r4 &= 65535
      ; v108: bit<16> = sub v103, v107
  524: r2 = r1
  525: r2 -= r4
  526: r2 &= 65535
      ; write var2, v108
  527: *(u16 *)(r10 -28) = r2
  528: goto +41
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  529: r1 = *(u64 *)(r10 -16)
  530: if r1 > 16383 goto +5
  531: r2 = r6
  532: r2 += r1
  533: r3 = r2
  534: r3 += 2
  535: if r3 <= r7 goto +2
  536: *(u32 *)(r10 -48) = 1
  537: goto +2598
  538: r2 = r1
  539: r2 += 1
  540: *(u32 *)(r10 -56) = r2
  541: r1 += 2
  542: *(u64 *)(r10 -16) = r1
      ; v109: bit<16> = read var2
  543: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
  544: r2 = 2
      ; v111: bit<16> = sub v109, v110
  545: r3 = r1
  546: r3 -= r2
  547: r3 &= 65535
      ; write var2, v111
  548: *(u16 *)(r10 -28) = r3
  549: goto +20
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  550: r1 = *(u64 *)(r10 -16)
  551: if r1 > 16383 goto +5
  552: r2 = r6
  553: r2 += r1
  554: r3 = r2
  555: r3 += 3
  556: if r3 <= r7 goto +2
  557: *(u32 *)(r10 -48) = 1
  558: goto +2577
  559: r2 = r1
  560: r2 += 1
  561: *(u32 *)(r10 -60) = r2
  562: r1 += 3
  563: *(u64 *)(r10 -16) = r1
      ; v112: bit<16> = read var2
  564: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
  565: r2 = 3
      ; v114: bit<16> = sub v112, v113
  566: r3 = r1
  567: r3 -= r2
  568: r3 &= 65535
      ; write var2, v114
  569: *(u16 *)(r10 -28) = r3
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  570: r1 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  571: r2 = *(u8 *)(r10 -24)
  572: if r1 != 0 goto +1
  573: goto +709
  574: if r2 != 8 goto +1
  575: goto +707
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  576: r1 = *(u64 *)(r10 -16)
  577: if r1 > 16383 goto +5
  578: r2 = r6
  579: r2 += r1
  580: r3 = r2
  581: r3 += 1
  582: if r3 <= r7 goto +2
  583: *(u32 *)(r10 -48) = 1
  584: goto +2551
  585: r3 = r1
  586: r3 += 1
  587: *(u32 *)(r10 -80) = r3
  588: r1 += 1
  589: *(u64 *)(r10 -16) = r1
      ; v117: bit<8> = read var3
  590: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
  591: r3 = 1
      ; v119: bit<8> = add v117, v118
  592: r4 = r1
  593: r4 += r3
  594: r4 &= 255
      ; write var3, v119
  595: *(u8 *)(r10 -24) = r4
      ; v120: bit<16> = read var2
  596: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
  597: r3 = 1
      ; v122: bit<16> = sub v120, v121
  598: r4 = r1
  599: r4 -= r3
  600: r4 &= 65535
      ; write var2, v122
  601: *(u16 *)(r10 -28) = r4
      ; v123: bit<8> = read_field hdr6.kind
  602: r1 = *(u8 *)(r2 +0)
  603: if r1 != 0 goto +1
  604: goto +678
  605: if r1 != 1 goto +1
  606: goto +104
  607: if r1 != 2 goto +1
  608: goto +82
  609: if r1 != 3 goto +1
  610: goto +59
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  611: r1 = *(u64 *)(r10 -16)
  612: if r1 > 16383 goto +5
  613: r2 = r6
  614: r2 += r1
  615: r1 = r2
  616: r1 += 1
  617: if r1 <= r7 goto +2
  618: *(u32 *)(r10 -48) = 1
  619: goto +2516
  620: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  621: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  622: r1 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
  623: r2 = 2
      ; v127: bool = ge v125, v126
  624: r3 = 1
  625: if r1 >= r2 goto +1
  626: r3 = 0
      ; verify v127, error HeaderTooShort
  627: if r3 != 0 goto +2
  628: *(u32 *)(r10 -48) = 4
  629: goto +2506
      ; v128: bit<8> = read var11
  630: r1 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
  631: r2 = r1
  632: w2 = w2
      ; v130: bit<32> = const 1
  633: r1 = 1
      ; v131: bit<32> = sub v129, v130
  634: r3 = r2
  635: r3 -= r1
  636: w3 = w3
      ; v132: bit<32> = const 8
  637: r1 = 8
      ; v133: bit<32> = mul v131, v132
  638: r2 = r3
  639: r2 *= r1
  640: w2 = w2
      ; advance v133
  641: r1 = r2
  642: r1 &= 7
  643: if r1 == 0 goto +2
  644: *(u32 *)(r10 -48) = 6
  645: goto +2490
  646: r1 = r2
  647: r1 >>= 3
  648: r2 = *(u64 *)(r10 -16)
  649: r2 += r1
  650: if r2 > 16383 goto +3
  651: r1 = r6
  652: r1 += r2
  653: if r1 <= r7 goto +2
  654: *(u32 *)(r10 -48) = 1
  655: goto +2480
  656: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  657: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  658: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
  659: r3 = r2
  660: r3 &= 65535
      ; v137: bit<16> = const 1
  661: r2 = 1
      ; v138: bit<16> = sub v136, v137
  662: r4 = r3
  663: r4 -= r2
  664: r4 &= 65535
      ; v139: bit<16> = sub v134, v138
  665: r2 = r1
  666: r2 -= r4
  667: r2 &= 65535
      ; write var2, v139
  668: *(u16 *)(r10 -28) = r2
  669: goto +41
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  670: r1 = *(u64 *)(r10 -16)
  671: if r1 > 16383 goto +5
  672: r2 = r6
  673: r2 += r1
  674: r3 = r2
  675: r3 += 2
  676: if r3 <= r7 goto +2
  677: *(u32 *)(r10 -48) = 1
  678: goto +2457
  679: r2 = r1
  680: r2 += 1
  681: *(u32 *)(r10 -56) = r2
  682: r1 += 2
  683: *(u64 *)(r10 -16) = r1
      ; v140: bit<16> = read var2
  684: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
  685: r2 = 2
      ; v142: bit<16> = sub v140, v141
  686: r3 = r1
  687: r3 -= r2
  688: r3 &= 65535
      ; write var2, v142
  689: *(u16 *)(r10 -28) = r3
  690: goto +20
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  691: r1 = *(u64 *)(r10 -16)
  692: if r1 > 16383 goto +5
  693: r2 = r6
  694: r2 += r1
  695: r3 = r2
  696: r3 += 3
  697: if r3 <= r7 goto +2
  698: *(u32 *)(r10 -48) = 1
  699: goto +2436
  700: r2 = r1
  701: r2 += 1
  702: *(u32 *)(r10 -60) = r2
  703: r1 += 3
  704: *(u64 *)(r10 -16) = r1
      ; v143: bit<16> = read var2
  705: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
  706: r2 = 3
      ; v145: bit<16> = sub v143, v144
  707: r3 = r1
  708: r3 -= r2
  709: r3 &= 65535
      ; write var2, v145
  710: *(u16 *)(r10 -28) = r3
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  711: r1 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  712: r2 = *(u8 *)(r10 -24)
  713: if r1 != 0 goto +1
  714: goto +568
  715: if r2 != 8 goto +1
  716: goto +566
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  717: r1 = *(u64 *)(r10 -16)
  718: if r1 > 16383 goto +5
  719: r2 = r6
  720: r2 += r1
  721: r3 = r2
  722: r3 += 1
  723: if r3 <= r7 goto +2
  724: *(u32 *)(r10 -48) = 1
  725: goto +2410
  726: r3 = r1
  727: r3 += 1
  728: *(u32 *)(r10 -76) = r3
  729: r1 += 1
  730: *(u64 *)(r10 -16) = r1
      ; v148: bit<8> = read var3
  731: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
  732: r3 = 1
      ; v150: bit<8> = add v148, v149
  733: r4 = r1
  734: r4 += r3
  735: r4 &= 255
      ; write var3, v150
  736: *(u8 *)(r10 -24) = r4
      ; v151: bit<16> = read var2
  737: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
  738: r3 = 1
      ; v153: bit<16> = sub v151, v152
  739: r4 = r1
  740: r4 -= r3
  741: r4 &= 65535
      ; write var2, v153
  742: *(u16 *)(r10 -28) = r4
      ; v154: bit<8> = read_field hdr7.kind
  743: r1 = *(u8 *)(r2 +0)
  744: if r1 != 0 goto +1
  745: goto +537
  746: if r1 != 1 goto +1
  747: goto +104
  748: if r1 != 2 goto +1
  749: goto +82
  750: if r1 != 3 goto +1
  751: goto +59
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  752: r1 = *(u64 *)(r10 -16)
  753: if r1 > 16383 goto +5
  754: r2 = r6
  755: r2 += r1
  756: r1 = r2
  757: r1 += 1
  758: if r1 <= r7 goto +2
  759: *(u32 *)(r10 -48) = 1
  760: goto +2375
  761: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  762: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  763: r1 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
  764: r2 = 2
      ; v158: bool = ge v156, v157
  765: r3 = 1
  766: if r1 >= r2 goto +1
  767: r3 = 0
      ; verify v158, error HeaderTooShort
  768: if r3 != 0 goto +2
  769: *(u32 *)(r10 -48) = 4
  770: goto +2365
      ; v159: bit<8> = read var11
  771: r1 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
  772: r2 = r1
  773: w2 = w2
      ; v161: bit<32> = const 1
  774: r1 = 1
      ; v162: bit<32> = sub v160, v161
  775: r3 = r2
  776: r3 -= r1
  777: w3 = w3
      ; v163: bit<32> = const 8
  778: r1 = 8
      ; v164: bit<32> = mul v162, v163
  779: r2 = r3
  780: r2 *= r1
  781: w2 = w2
      ; advance v164
  782: r1 = r2
  783: r1 &= 7
  784: if r1 == 0 goto +2
  785: *(u32 *)(r10 -48) = 6
  786: goto +2349
  787: r1 = r2
  788: r1 >>= 3
  789: r2 = *(u64 *)(r10 -16)
  790: r2 += r1
  791: if r2 > 16383 goto +3
  792: r1 = r6
  793: r1 += r2
  794: if r1 <= r7 goto +2
  795: *(u32 *)(r10 -48) = 1
  796: goto +2339
  797: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  798: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  799: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
  800: r3 = r2
  801: r3 &= 65535
      ; v168: bit<16> = const 1
  802: r2 = 1
      ; v169: bit<16> = sub v167, v168
  803: r4 = r3
  804: r4 -= r2
  805: r4 &= 65535
      ; v170: bit<16> = sub v165, v169
  806: r2 = r1
  807: r2 -= r4
  808: r2 &= 65535
      ; write var2, v170
  809: *(u16 *)(r10 -28) = r2
  810: goto +41
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  811: r1 = *(u64 *)(r10 -16)
  812: if r1 > 16383 goto +5
  813: r2 = r6
  814: r2 += r1
  815: r3 = r2
  816: r3 += 2
  817: if r3 <= r7 goto +2
  818: *(u32 *)(r10 -48) = 1
  819: goto +2316
  820: r2 = r1
  821: r2 += 1
  822: *(u32 *)(r10 -56) = r2
  823: r1 += 2
  824: *(u64 *)(r10 -16) = r1
      ; v171: bit<16> = read var2
  825: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
  826: r2 = 2
      ; v173: bit<16> = sub v171, v172
  827: r3 = r1
  828: r3 -= r2
  829: r3 &= 65535
      ; write var2, v173
  830: *(u16 *)(r10 -28) = r3
  831: goto +20
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  832: r1 = *(u64 *)(r10 -16)
  833: if r1 > 16383 goto +5
  834: r2 = r6
  835: r2 += r1
  836: r3 = r2
  837: r3 += 3
  838: if r3 <= r7 goto +2
  839: *(u32 *)(r10 -48) = 1
  840: goto +2295
  841: r2 = r1
  842: r2 += 1
  843: *(u32 *)(r10 -60) = r2
  844: r1 += 3
  845: *(u64 *)(r10 -16) = r1
      ; v174: bit<16> = read var2
  846: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
  847: r2 = 3
      ; v176: bit<16> = sub v174, v175
  848: r3 = r1
  849: r3 -= r2
  850: r3 &= 65535
      ; write var2, v176
  851: *(u16 *)(r10 -28) = r3
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  852: r1 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  853: r2 = *(u8 *)(r10 -24)
  854: if r1 != 0 goto +1
  855: goto +427
  856: if r2 != 8 goto +1
  857: goto +425
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  858: r1 = *(u64 *)(r10 -16)
  859: if r1 > 16383 goto +5
  860: r2 = r6
  861: r2 += r1
  862: r3 = r2
  863: r3 += 1
  864: if r3 <= r7 goto +2
  865: *(u32 *)(r10 -48) = 1
  866: goto +2269
  867: r3 = r1
  868: r3 += 1
  869: *(u32 *)(r10 -72) = r3
  870: r1 += 1
  871: *(u64 *)(r10 -16) = r1
      ; v179: bit<8> = read var3
  872: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
  873: r3 = 1
      ; v181: bit<8> = add v179, v180
  874: r4 = r1
  875: r4 += r3
  876: r4 &= 255
      ; write var3, v181
  877: *(u8 *)(r10 -24) = r4
      ; v182: bit<16> = read var2
  878: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
  879: r3 = 1
      ; v184: bit<16> = sub v182, v183
  880: r4 = r1
  881: r4 -= r3
  882: r4 &= 65535
      ; write var2, v184
  883: *(u16 *)(r10 -28) = r4
      ; v185: bit<8> = read_field hdr8.kind
  884: r1 = *(u8 *)(r2 +0)
  885: if r1 != 0 goto +1
  886: goto +396
  887: if r1 != 1 goto +1
  888: goto +104
  889: if r1 != 2 goto +1
  890: goto +82
  891: if r1 != 3 goto +1
  892: goto +59
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  893: r1 = *(u64 *)(r10 -16)
  894: if r1 > 16383 goto +5
  895: r2 = r6
  896: r2 += r1
  897: r1 = r2
  898: r1 += 1
  899: if r1 <= r7 goto +2
  900: *(u32 *)(r10 -48) = 1
  901: goto +2234
  902: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  903: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  904: r1 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
  905: r2 = 2
      ; v189: bool = ge v187, v188
  906: r3 = 1
  907: if r1 >= r2 goto +1
  908: r3 = 0
      ; verify v189, error HeaderTooShort
  909: if r3 != 0 goto +2
  910: *(u32 *)(r10 -48) = 4
  911: goto +2224
      ; v190: bit<8> = read var11
  912: r1 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
  913: r2 = r1
  914: w2 = w2
      ; v192: bit<32> = const 1
  915: r1 = 1
      ; v193: bit<32> = sub v191, v192
  916: r3 = r2
  917: r3 -= r1
  918: w3 = w3
      ; v194: bit<32> = const 8
  919: r1 = 8
      ; v195: bit<32> = mul v193, v194
  920: r2 = r3
  921: r2 *= r1
  922: w2 = w2
      ; advance v195
  923: r1 = r2
  924: r1 &= 7
  925: if r1 == 0 goto +2
  926: *(u32 *)(r10 -48) = 6
  927: goto +2208
  928: r1 = r2
  929: r1 >>= 3
  930: r2 = *(u64 *)(r10 -16)
  931: r2 += r1
  932: if r2 > 16383 goto +3
  933: r1 = r6
  934: r1 += r2
  935: if r1 <= r7 goto +2
  936: *(u32 *)(r10 -48) = 1
  937: goto +2198
  938: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  939: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  940: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
  941: r3 = r2
  942: r3 &= 65535
      ; v199: bit<16> = const 1
  943: r2 = 1
      ; v200: bit<16> = sub v198, v199
  944: r4 = r3
  945: r4 -= r2
  946: r4 &= 65535
      ; v201: bit<16> = sub v196, v200
  947: r2 = r1
  948: r2 -= r4
  949: r2 &= 65535
      ; write var2, v201
  950: *(u16 *)(r10 -28) = r2
  951: goto +41
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  952: r1 = *(u64 *)(r10 -16)
  953: if r1 > 16383 goto +5
  954: r2 = r6
  955: r2 += r1
  956: r3 = r2
  957: r3 += 2
  958: if r3 <= r7 goto +2
  959: *(u32 *)(r10 -48) = 1
  960: goto +2175
  961: r2 = r1
  962: r2 += 1
  963: *(u32 *)(r10 -56) = r2
  964: r1 += 2
  965: *(u64 *)(r10 -16) = r1
      ; v202: bit<16> = read var2
  966: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
  967: r2 = 2
      ; v204: bit<16> = sub v202, v203
  968: r3 = r1
  969: r3 -= r2
  970: r3 &= 65535
      ; write var2, v204
  971: *(u16 *)(r10 -28) = r3
  972: goto +20
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  973: r1 = *(u64 *)(r10 -16)
  974: if r1 > 16383 goto +5
  975: r2 = r6
  976: r2 += r1
  977: r3 = r2
  978: r3 += 3
  979: if r3 <= r7 goto +2
  980: *(u32 *)(r10 -48) = 1
  981: goto +2154
  982: r2 = r1
  983: r2 += 1
  984: *(u32 *)(r10 -60) = r2
  985: r1 += 3
  986: *(u64 *)(r10 -16) = r1
      ; v205: bit<16> = read var2
  987: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
  988: r2 = 3
      ; v207: bit<16> = sub v205, v206
  989: r3 = r1
  990: r3 -= r2
  991: r3 &= 65535
      ; write var2, v207
  992: *(u16 *)(r10 -28) = r3
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  993: r1 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  994: r2 = *(u8 *)(r10 -24)
  995: if r1 != 0 goto +1
  996: goto +286
  997: if r2 != 8 goto +1
  998: goto +284
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  999: r1 = *(u64 *)(r10 -16)
 1000: if r1 > 16383 goto +5
 1001: r2 = r6
 1002: r2 += r1
 1003: r3 = r2
 1004: r3 += 1
 1005: if r3 <= r7 goto +2
 1006: *(u32 *)(r10 -48) = 1
 1007: goto +2128
 1008: r3 = r1
 1009: r3 += 1
 1010: *(u32 *)(r10 -68) = r3
 1011: r1 += 1
 1012: *(u64 *)(r10 -16) = r1
      ; v210: bit<8> = read var3
 1013: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
 1014: r3 = 1
      ; v212: bit<8> = add v210, v211
 1015: r4 = r1
 1016: r4 += r3
 1017: r4 &= 255
      ; write var3, v212
 1018: *(u8 *)(r10 -24) = r4
      ; v213: bit<16> = read var2
 1019: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
 1020: r3 = 1
      ; v215: bit<16> = sub v213, v214
 1021: r4 = r1
 1022: r4 -= r3
 1023: r4 &= 65535
      ; write var2, v215
 1024: *(u16 *)(r10 -28) = r4
      ; v216: bit<8> = read_field hdr9.kind
 1025: r1 = *(u8 *)(r2 +0)
 1026: if r1 != 0 goto +1
 1027: goto +255
 1028: if r1 != 1 goto +1
 1029: goto +104
 1030: if r1 != 2 goto +1
 1031: goto +82
 1032: if r1 != 3 goto +1
 1033: goto +59
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
 1034: r1 = *(u64 *)(r10 -16)
 1035: if r1 > 16383 goto +5
 1036: r2 = r6
 1037: r2 += r1
 1038: r1 = r2
 1039: r1 += 1
 1040: if r1 <= r7 goto +2
 1041: *(u32 *)(r10 -48) = 1
 1042: goto +2093
 1043: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
 1044: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
 1045: r1 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
 1046: r2 = 2
      ; v220: bool = ge v218, v219
 1047: r3 = 1
 1048: if r1 >= r2 goto +1
 1049: r3 = 0
      ; verify v220, error HeaderTooShort
 1050: if r3 != 0 goto +2
 1051: *(u32 *)(r10 -48) = 4
 1052: goto +2083
      ; v221: bit<8> = read var11
 1053: r1 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
 1054: r2 = r1
 1055: w2 = w2
      ; v223: bit<32> = const 1
 1056: r1 = 1
      ; v224: bit<32> = sub v222, v223
 1057: r3 = r2
 1058: r3 -= r1
 1059: w3 = w3
      ; v225: bit<32> = const 8
 1060: r1 = 8
      ; v226: bit<32> = mul v224, v225
 1061: r2 = r3
 1062: r2 *= r1
 1063: w2 = w2
      ; advance v226
 1064: r1 = r2
 1065: r1 &= 7
 1066: if r1 == 0 goto +2
 1067: *(u32 *)(r10 -48) = 6
 1068: goto +2067
 1069: r1 = r2
 1070: r1 >>= 3
 1071: r2 = *(u64 *)(r10 -16)
 1072: r2 += r1
 1073: if r2 > 16383 goto +3
 1074: r1 = r6
 1075: r1 += r2
 1076: if r1 <= r7 goto +2
 1077: *(u32 *)(r10 -48) = 1
 1078: goto +2057
 1079: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
 1080: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
 1081: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
 1082: r3 = r2
 1083: r3 &= 65535
      ; v230: bit<16> = const 1
 1084: r2 = 1
      ; v231: bit<16> = sub v229, v230
 1085: r4 = r3
 1086: r4 -= r2
 1087: r4 &= 65535
      ; v232: bit<16> = sub v227, v231
 1088: r2 = r1
 1089: r2 -= r4
 1090: r2 &= 65535
      ; write var2, v232
 1091: *(u16 *)(r10 -28) = r2
 1092: goto +41
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
 1093: r1 = *(u64 *)(r10 -16)
 1094: if r1 > 16383 goto +5
 1095: r2 = r6
 1096: r2 += r1
 1097: r3 = r2
 1098: r3 += 2
 1099: if r3 <= r7 goto +2
 1100: *(u32 *)(r10 -48) = 1
 1101: goto +2034
 1102: r2 = r1
 1103: r2 += 1
 1104: *(u32 *)(r10 -56) = r2
 1105: r1 += 2
 1106: *(u64 *)(r10 -16) = r1
      ; v233: bit<16> = read var2
 1107: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
 1108: r2 = 2
      ; v235: bit<16> = sub v233, v234
 1109: r3 = r1
 1110: r3 -= r2
 1111: r3 &= 65535
      ; write var2, v235
 1112: *(u16 *)(r10 -28) = r3
 1113: goto +20
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
 1114: r1 = *(u64 *)(r10 -16)
 1115: if r1 > 16383 goto +5
 1116: r2 = r6
 1117: r2 += r1
 1118: r3 = r2
 1119: r3 += 3
 1120: if r3 <= r7 goto +2
 1121: *(u32 *)(r10 -48) = 1
 1122: goto +2013
 1123: r2 = r1
 1124: r2 += 1
 1125: *(u32 *)(r10 -60) = r2
 1126: r1 += 3
 1127: *(u64 *)(r10 -16) = r1
      ; v236: bit<16> = read var2
 1128: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
 1129: r2 = 3
      ; v238: bit<16> = sub v236, v237
 1130: r3 = r1
 1131: r3 -= r2
 1132: r3 &= 65535
      ; write var2, v238
 1133: *(u16 *)(r10 -28) = r3
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
 1134: r1 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
 1135: r2 = *(u8 *)(r10 -24)
 1136: if r1 != 0 goto +1
 1137: goto +145
 1138: if r2 != 8 goto +1
 1139: goto +143
      ; prs: block40 (parse_option.7)
      ; extract hdr10
 1140: r1 = *(u64 *)(r10 -16)
 1141: if r1 > 16383 goto +5
 1142: r2 = r6
 1143: r2 += r1
 1144: r3 = r2
 1145: r3 += 1
 1146: if r3 <= r7 goto +2
 1147: *(u32 *)(r10 -48) = 1
 1148: goto +1987
 1149: r3 = r1
 1150: r3 += 1
 1151: *(u32 *)(r10 -64) = r3
 1152: r1 += 1
 1153: *(u64 *)(r10 -16) = r1
      ; v241: bit<8> = read var3
 1154: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
 1155: r3 = 1
      ; v243: bit<8> = add v241, v242
 1156: r4 = r1
 1157: r4 += r3
 1158: r4 &= 255
      ; write var3, v243
 1159: *(u8 *)(r10 -24) = r4
      ; v244: bit<16> = read var2
 1160: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
 1161: r3 = 1
      ; v246: bit<16> = sub v244, v245
 1162: r4 = r1
 1163: r4 -= r3
 1164: r4 &= 65535
      ; write var2, v246
 1165: *(u16 *)(r10 -28) = r4
      ; v247: bit<8> = read_field hdr10.kind
 1166: r1 = *(u8 *)(r2 +0)
 1167: if r1 != 0 goto +1
 1168: goto +114
 1169: if r1 != 1 goto +1
 1170: goto +104
 1171: if r1 != 2 goto +1
 1172: goto +82
 1173: if r1 != 3 goto +1
 1174: goto +59
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
 1175: r1 = *(u64 *)(r10 -16)
 1176: if r1 > 16383 goto +5
 1177: r2 = r6
 1178: r2 += r1
 1179: r1 = r2
 1180: r1 += 1
 1181: if r1 <= r7 goto +2
 1182: *(u32 *)(r10 -48) = 1
 1183: goto +1952
 1184: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
 1185: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
 1186: r1 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
 1187: r2 = 2
      ; v251: bool = ge v249, v250
 1188: r3 = 1
 1189: if r1 >= r2 goto +1
 1190: r3 = 0
      ; verify v251, error HeaderTooShort
 1191: if r3 != 0 goto +2
 1192: *(u32 *)(r10 -48) = 4
 1193: goto +1942
      ; v252: bit<8> = read var11
 1194: r1 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
 1195: r2 = r1
 1196: w2 = w2
      ; v254: bit<32> = const 1
 1197: r1 = 1
      ; v255: bit<32> = sub v253, v254
 1198: r3 = r2
 1199: r3 -= r1
 1200: w3 = w3
      ; v256: bit<32> = const 8
 1201: r1 = 8
      ; v257: bit<32> = mul v255, v256
 1202: r2 = r3
 1203: r2 *= r1
 1204: w2 = w2
      ; advance v257
 1205: r1 = r2
 1206: r1 &= 7
 1207: if r1 == 0 goto +2
 1208: *(u32 *)(r10 -48) = 6
 1209: goto +1926
 1210: r1 = r2
 1211: r1 >>= 3
 1212: r2 = *(u64 *)(r10 -16)
 1213: r2 += r1
 1214: if r2 > 16383 goto +3
 1215: r1 = r6
 1216: r1 += r2
 1217: if r1 <= r7 goto +2
 1218: *(u32 *)(r10 -48) = 1
 1219: goto +1916
 1220: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
 1221: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
 1222: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
 1223: r3 = r2
 1224: r3 &= 65535
      ; v261: bit<16> = const 1
 1225: r2 = 1
      ; v262: bit<16> = sub v260, v261
 1226: r4 = r3
 1227: r4 -= r2
 1228: r4 &= 65535
      ; v263: bit<16> = sub v258, v262
 1229: r2 = r1
 1230: r2 -= r4
 1231: r2 &= 65535
      ; write var2, v263
 1232: *(u16 *)(r10 -28) = r2
 1233: goto +41
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
 1234: r1 = *(u64 *)(r10 -16)
 1235: if r1 > 16383 goto +5
 1236: r2 = r6
 1237: r2 += r1
 1238: r3 = r2
 1239: r3 += 2
 1240: if r3 <= r7 goto +2
 1241: *(u32 *)(r10 -48) = 1
 1242: goto +1893
 1243: r2 = r1
 1244: r2 += 1
 1245: *(u32 *)(r10 -56) = r2
 1246: r1 += 2
 1247: *(u64 *)(r10 -16) = r1
      ; v264: bit<16> = read var2
 1248: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
 1249: r2 = 2
      ; v266: bit<16> = sub v264, v265
 1250: r3 = r1
 1251: r3 -= r2
 1252: r3 &= 65535
      ; write var2, v266
 1253: *(u16 *)(r10 -28) = r3
 1254: goto +20
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
 1255: r1 = *(u64 *)(r10 -16)
 1256: if r1 > 16383 goto +5
 1257: r2 = r6
 1258: r2 += r1
 1259: r3 = r2
 1260: r3 += 3
 1261: if r3 <= r7 goto +2
 1262: *(u32 *)(r10 -48) = 1
 1263: goto +1872
 1264: r2 = r1
 1265: r2 += 1
 1266: *(u32 *)(r10 -60) = r2
 1267: r1 += 3
 1268: *(u64 *)(r10 -16) = r1
      ; v267: bit<16> = read var2
 1269: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
 1270: r2 = 3
      ; v269: bit<16> = sub v267, v268
 1271: r3 = r1
 1272: r3 -= r2
 1273: r3 &= 65535
      ; write var2, v269
 1274: *(u16 *)(r10 -28) = r3
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
 1275: r1 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
 1276: r2 = *(u8 *)(r10 -24)
 1277: if r1 != 0 goto +1
 1278: goto +4
 1279: if r2 != 8 goto +1
 1280: goto +2
      ; prs: block45 (parse_option.8)
 1281: *(u32 *)(r10 -48) = 3
 1282: goto +1853
      ; v0: bool = is_valid hdr2
 1283: r1 = *(u32 *)(r10 -96)
 1284: if r1 == 0 goto +1
 1285: r1 = 1
      ; v1: bool = not v0
 1286: r2 = r1
 1287: r2 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
 1288: r1 = *(u32 *)(r10 -96)
 1289: if r1 == 0 goto +7
 1290: r1 -= 1
 1291: if r1 > 16383 goto +5
 1292: r3 = r6
 1293: r3 += r1
 1294: r1 = r3
 1295: r1 += 20
 1296: if r1 <= r7 goto +1
 1297: r3 = 0
 1298: r1 = 0
 1299: if r3 == 0 goto +1
 1300: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
 1301: r4 = 18
      ; v4: bit<8> = and v2, v3
 1302: r8 = r1
 1303: r8 &= r4
      ; v5: bit<8> = const 2
 1304: r1 = 2
      ; v6: bool = ne v4, v5
 1305: r4 = 1
 1306: if r8 != r1 goto +1
 1307: r4 = 0
      ; v7: bool = logical_or v1, v6
 1308: r1 = r2
 1309: r1 |= r4
 1310: if r1 != 0 goto +1824
      ; v8: bit<16> = read_field hdr11.mss
 1311: r1 = *(u32 *)(r10 -60)
 1312: if r1 == 0 goto +7
 1313: r1 -= 1
 1314: if r1 > 16383 goto +5
 1315: r2 = r6
 1316: r2 += r1
 1317: r1 = r2
 1318: r1 += 3
 1319: if r1 <= r7 goto +1
 1320: r2 = 0
 1321: r1 = 0
 1322: if r2 == 0 goto +2
 1323: r1 = *(u16 *)(r2 +1)
 1324: r1 = be16 r1
      ; v9: bit<16> = const 0
 1325: r4 = 0
      ; v10: bool = ne v8, v9
 1326: r8 = 1
 1327: if r1 != r4 goto +1
 1328: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
 1329: r1 = 0
 1330: if r3 == 0 goto +2
 1331: r1 = *(u16 *)(r3 +14)
 1332: r1 = be16 r1
      ; v12: bit<16> = read_field hdr11.mss
 1333: r4 = 0
 1334: if r2 == 0 goto +2
 1335: r4 = *(u16 *)(r2 +1)
 1336: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
 1337: r9 = 0
 1338: if r4 == 0 goto +2
 1339: r9 = r1
 1340: r9 %= r4
      ; v14: bit<16> = const 0
 1341: r1 = 0
      ; v15: bool = eq v13, v14
 1342: r4 = 1
 1343: if r9 == r1 goto +1
 1344: r4 = 0
      ; v16: bool = logical_and v10, v15
 1345: r1 = r8
 1346: r1 &= r4
 1347: if r1 != 0 goto +1
 1348: goto +13
      ; v17: bit<16> = read_field hdr2.window
 1349: r1 = 0
 1350: if r3 == 0 goto +2
 1351: r1 = *(u16 *)(r3 +14)
 1352: r1 = be16 r1
      ; v18: bit<16> = read_field hdr11.mss
 1353: r4 = 0
 1354: if r2 == 0 goto +2
 1355: r4 = *(u16 *)(r2 +1)
 1356: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1357: r8 = 0
 1358: if r4 == 0 goto +2
 1359: r8 = r1
 1360: r8 /= r4
      ; write var4, v19
 1361: *(u16 *)(r10 -26) = r8
      ; v20: bit<8> = read_field hdr3.kind
 1362: r1 = *(u32 *)(r10 -92)
 1363: if r1 == 0 goto +7
 1364: r1 -= 1
 1365: if r1 > 16383 goto +5
 1366: r4 = r6
 1367: r4 += r1
 1368: r1 = r4
 1369: r1 += 1
 1370: if r1 <= r7 goto +1
 1371: r4 = 0
 1372: r1 = 0
 1373: if r4 == 0 goto +1
 1374: r1 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1375: r4 = *(u32 *)(r10 -88)
 1376: if r4 == 0 goto +7
 1377: r4 -= 1
 1378: if r4 > 16383 goto +5
 1379: r8 = r6
 1380: r8 += r4
 1381: r4 = r8
 1382: r4 += 1
 1383: if r4 <= r7 goto +1
 1384: r8 = 0
 1385: r4 = 0
 1386: if r8 == 0 goto +1
 1387: r4 = *(u8 *)(r8 +0)
      ; v22: bit<16> = concat v20, v21
 1388: r8 = r1
 1389: r8 <<= 8
 1390: r8 |= r4
      ; v23: bit<8> = read_field hdr5.kind
 1391: r1 = *(u32 *)(r10 -84)
 1392: if r1 == 0 goto +7
 1393: r1 -= 1
 1394: if r1 > 16383 goto +5
 1395: r4 = r6
 1396: r4 += r1
 1397: r1 = r4
 1398: r1 += 1
 1399: if r1 <= r7 goto +1
 1400: r4 = 0
 1401: r1 = 0
 1402: if r4 == 0 goto +1
 1403: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1404: r4 = r8
 1405: r4 <<= 8
 1406: r4 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1407: r1 = *(u32 *)(r10 -80)
 1408: if r1 == 0 goto +7
 1409: r1 -= 1
 1410: if r1 > 16383 goto +5
 1411: r8 = r6
 1412: r8 += r1
 1413: r1 = r8
 1414: r1 += 1
 1415: if r1 <= r7 goto +1
 1416: r8 = 0
 1417: r1 = 0
 1418: if r8 == 0 goto +1
 1419: r1 = *(u8 *)(r8 +0)
      ; v26: bit<32> = concat v24, v25
 1420: r8 = r4
 1421: r8 <<= 8
 1422: r8 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1423: r1 = *(u32 *)(r10 -76)
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
      ; v28: bit<40> = concat v26, v27
 1436: r4 = r8
 1437: r4 <<= 8
 1438: r4 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1439: r1 = *(u32 *)(r10 -72)
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
      ; v30: bit<48> = concat v28, v29
 1452: r8 = r4
 1453: r8 <<= 8
 1454: r8 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1455: r1 = *(u32 *)(r10 -68)
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
      ; v32: bit<56> = concat v30, v31
 1468: r4 = r8
 1469: r4 <<= 8
 1470: r4 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1471: r1 = *(u32 *)(r10 -64)
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
      ; v34: bit<64> = concat v32, v33
 1484: r8 = r4
 1485: r8 <<= 8
 1486: r8 |= r1
      ; write var5, v34
 1487: *(u64 *)(r10 -112) = r8
      ; v35: bit<8> = read_field hdr1.ttl
 1488: r1 = *(u32 *)(r10 -100)
 1489: if r1 == 0 goto +7
 1490: r1 -= 1
 1491: if r1 > 16383 goto +5
 1492: r4 = r6
 1493: r4 += r1
 1494: r1 = r4
 1495: r1 += 20
 1496: if r1 <= r7 goto +1
 1497: r4 = 0
 1498: r1 = 0
 1499: if r4 == 0 goto +1
 1500: r1 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1501: r4 = 0
 1502: if r3 == 0 goto +2
 1503: r4 = *(u16 *)(r3 +14)
 1504: r4 = be16 r4
      ; v37: bit<16> = read var4
 1505: r3 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1506: r8 = 0
 1507: if r2 == 0 goto +2
 1508: r8 = *(u16 *)(r2 +1)
 1509: r8 = be16 r8
      ; v39: bit<8> = read_field hdr12.shift
 1510: r2 = *(u32 *)(r10 -56)
 1511: if r2 == 0 goto +7
 1512: r2 -= 1
 1513: if r2 > 16383 goto +5
 1514: r9 = r6
 1515: r9 += r2
 1516: r2 = r9
 1517: r2 += 2
 1518: if r2 <= r7 goto +1
 1519: r9 = 0
 1520: r2 = 0
 1521: if r9 == 0 goto +1
 1522: r2 = *(u8 *)(r9 +1)
      ; v40: bit<64> = read var5
 1523: r0 = *(u64 *)(r10 -112)
 1524: *(u64 *)(r10 -272) = r0
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1525: *(u64 *)(r10 -144) = 0
 1526: *(u64 *)(r10 -136) = 0
 1527: r9 = r1
 1528: r1 = r9
 1529: *(u8 *)(r10 -144) = r1
 1530: r1 = r4
 1531: r4 = r1
 1532: *(u8 *)(r10 -142) = r4
 1533: r1 >>= 8
 1534: r4 = r1
 1535: *(u8 *)(r10 -143) = r4
 1536: r1 = r3
 1537: r3 = r1
 1538: *(u8 *)(r10 -140) = r3
 1539: r1 >>= 8
 1540: r3 = r1
 1541: *(u8 *)(r10 -141) = r3
 1542: r1 = r8
 1543: r3 = r1
 1544: *(u8 *)(r10 -138) = r3
 1545: r1 >>= 8
 1546: r3 = r1
 1547: *(u8 *)(r10 -139) = r3
 1548: r1 = r2
 1549: r2 = r1
 1550: *(u8 *)(r10 -137) = r2
 1551: r0 = *(u64 *)(r10 -272)
 1552: r1 = r0
 1553: r2 = r1
 1554: r2 = be64 r2
 1555: *(u64 *)(r10 -136) = r2
 1556: r1 = 0
 1557: r2 = 0
 1558: *(u64 *)(r10 -224) = r1
 1559: *(u64 *)(r10 -232) = r2
 1560: *(u32 *)(r10 -216) = 0
 1561: r1 = map[pipe_p0f_signatures_masks] ll
 1563: r2 = r10
 1564: r2 += -216
 1565: call bpf_map_lookup_elem
 1566: r1 = r0
 1567: if r1 == 0 goto +1496
 1568: r2 = *(u32 *)(r1 +0)
 1569: if r2 == 0 goto +1494
 1570: *(u32 *)(r10 -184) = 0
 1571: r2 = *(u32 *)(r10 -144)
 1572: r3 = *(u32 *)(r1 +8)
 1573: r2 &= r3
 1574: *(u32 *)(r10 -180) = r2
 1575: r2 = *(u32 *)(r10 -140)
 1576: r3 = *(u32 *)(r1 +12)
 1577: r2 &= r3
 1578: *(u32 *)(r10 -176) = r2
 1579: r2 = *(u32 *)(r10 -136)
 1580: r3 = *(u32 *)(r1 +16)
 1581: r2 &= r3
 1582: *(u32 *)(r10 -172) = r2
 1583: r2 = *(u32 *)(r10 -132)
 1584: r3 = *(u32 *)(r1 +20)
 1585: r2 &= r3
 1586: *(u32 *)(r10 -168) = r2
 1587: r1 = map[pipe_p0f_signatures] ll
 1589: r2 = r10
 1590: r2 += -184
 1591: call bpf_map_lookup_elem
 1592: r1 = r0
 1593: if r1 == 0 goto +13
 1594: r2 = *(u32 *)(r1 +4)
 1595: r3 = *(u64 *)(r10 -224)
 1596: if r3 == 0 goto +2
 1597: r3 = *(u64 *)(r10 -232)
 1598: if r2 <= r3 goto +8
 1599: *(u64 *)(r10 -224) = 1
 1600: *(u64 *)(r10 -232) = r2
 1601: r2 = *(u32 *)(r1 +0)
 1602: *(u32 *)(r10 -208) = r2
 1603: r2 = *(u32 *)(r1 +4)
 1604: *(u32 *)(r10 -204) = r2
 1605: r2 = *(u32 *)(r1 +8)
 1606: *(u32 *)(r10 -200) = r2
 1607: *(u32 *)(r10 -216) = 1
 1608: r1 = map[pipe_p0f_signatures_masks] ll
 1610: r2 = r10
 1611: r2 += -216
 1612: call bpf_map_lookup_elem
 1613: r1 = r0
 1614: if r1 == 0 goto +1449
 1615: r2 = *(u32 *)(r1 +0)
 1616: if r2 == 0 goto +1447
 1617: *(u32 *)(r10 -184) = 1
 1618: r2 = *(u32 *)(r10 -144)
 1619: r3 = *(u32 *)(r1 +8)
 1620: r2 &= r3
 1621: *(u32 *)(r10 -180) = r2
 1622: r2 = *(u32 *)(r10 -140)
 1623: r3 = *(u32 *)(r1 +12)
 1624: r2 &= r3
 1625: *(u32 *)(r10 -176) = r2
 1626: r2 = *(u32 *)(r10 -136)
 1627: r3 = *(u32 *)(r1 +16)
 1628: r2 &= r3
 1629: *(u32 *)(r10 -172) = r2
 1630: r2 = *(u32 *)(r10 -132)
 1631: r3 = *(u32 *)(r1 +20)
 1632: r2 &= r3
 1633: *(u32 *)(r10 -168) = r2
 1634: r1 = map[pipe_p0f_signatures] ll
 1636: r2 = r10
 1637: r2 += -184
 1638: call bpf_map_lookup_elem
 1639: r1 = r0
 1640: if r1 == 0 goto +13
 1641: r2 = *(u32 *)(r1 +4)
 1642: r3 = *(u64 *)(r10 -224)
 1643: if r3 == 0 goto +2
 1644: r3 = *(u64 *)(r10 -232)
 1645: if r2 <= r3 goto +8
 1646: *(u64 *)(r10 -224) = 1
 1647: *(u64 *)(r10 -232) = r2
 1648: r2 = *(u32 *)(r1 +0)
 1649: *(u32 *)(r10 -208) = r2
 1650: r2 = *(u32 *)(r1 +4)
 1651: *(u32 *)(r10 -204) = r2
 1652: r2 = *(u32 *)(r1 +8)
 1653: *(u32 *)(r10 -200) = r2
 1654: *(u32 *)(r10 -216) = 2
 1655: r1 = map[pipe_p0f_signatures_masks] ll
 1657: r2 = r10
 1658: r2 += -216
 1659: call bpf_map_lookup_elem
 1660: r1 = r0
 1661: if r1 == 0 goto +1402
 1662: r2 = *(u32 *)(r1 +0)
 1663: if r2 == 0 goto +1400
 1664: *(u32 *)(r10 -184) = 2
 1665: r2 = *(u32 *)(r10 -144)
 1666: r3 = *(u32 *)(r1 +8)
 1667: r2 &= r3
 1668: *(u32 *)(r10 -180) = r2
 1669: r2 = *(u32 *)(r10 -140)
 1670: r3 = *(u32 *)(r1 +12)
 1671: r2 &= r3
 1672: *(u32 *)(r10 -176) = r2
 1673: r2 = *(u32 *)(r10 -136)
 1674: r3 = *(u32 *)(r1 +16)
 1675: r2 &= r3
 1676: *(u32 *)(r10 -172) = r2
 1677: r2 = *(u32 *)(r10 -132)
 1678: r3 = *(u32 *)(r1 +20)
 1679: r2 &= r3
 1680: *(u32 *)(r10 -168) = r2
 1681: r1 = map[pipe_p0f_signatures] ll
 1683: r2 = r10
 1684: r2 += -184
 1685: call bpf_map_lookup_elem
 1686: r1 = r0
 1687: if r1 == 0 goto +13
 1688: r2 = *(u32 *)(r1 +4)
 1689: r3 = *(u64 *)(r10 -224)
 1690: if r3 == 0 goto +2
 1691: r3 = *(u64 *)(r10 -232)
 1692: if r2 <= r3 goto +8
 1693: *(u64 *)(r10 -224) = 1
 1694: *(u64 *)(r10 -232) = r2
 1695: r2 = *(u32 *)(r1 +0)
 1696: *(u32 *)(r10 -208) = r2
 1697: r2 = *(u32 *)(r1 +4)
 1698: *(u32 *)(r10 -204) = r2
 1699: r2 = *(u32 *)(r1 +8)
 1700: *(u32 *)(r10 -200) = r2
 1701: *(u32 *)(r10 -216) = 3
 1702: r1 = map[pipe_p0f_signatures_masks] ll
 1704: r2 = r10
 1705: r2 += -216
 1706: call bpf_map_lookup_elem
 1707: r1 = r0
 1708: if r1 == 0 goto +1355
 1709: r2 = *(u32 *)(r1 +0)
 1710: if r2 == 0 goto +1353
 1711: *(u32 *)(r10 -184) = 3
 1712: r2 = *(u32 *)(r10 -144)
 1713: r3 = *(u32 *)(r1 +8)
 1714: r2 &= r3
 1715: *(u32 *)(r10 -180) = r2
 1716: r2 = *(u32 *)(r10 -140)
 1717: r3 = *(u32 *)(r1 +12)
 1718: r2 &= r3
 1719: *(u32 *)(r10 -176) = r2
 1720: r2 = *(u32 *)(r10 -136)
 1721: r3 = *(u32 *)(r1 +16)
 1722: r2 &= r3
 1723: *(u32 *)(r10 -172) = r2
 1724: r2 = *(u32 *)(r10 -132)
 1725: r3 = *(u32 *)(r1 +20)
 1726: r2 &= r3
 1727: *(u32 *)(r10 -168) = r2
 1728: r1 = map[pipe_p0f_signatures] ll
 1730: r2 = r10
 1731: r2 += -184
 1732: call bpf_map_lookup_elem
 1733: r1 = r0
 1734: if r1 == 0 goto +13
 1735: r2 = *(u32 *)(r1 +4)
 1736: r3 = *(u64 *)(r10 -224)
 1737: if r3 == 0 goto +2
 1738: r3 = *(u64 *)(r10 -232)
 1739: if r2 <= r3 goto +8
 1740: *(u64 *)(r10 -224) = 1
 1741: *(u64 *)(r10 -232) = r2
 1742: r2 = *(u32 *)(r1 +0)
 1743: *(u32 *)(r10 -208) = r2
 1744: r2 = *(u32 *)(r1 +4)
 1745: *(u32 *)(r10 -204) = r2
 1746: r2 = *(u32 *)(r1 +8)
 1747: *(u32 *)(r10 -200) = r2
 1748: *(u32 *)(r10 -216) = 4
 1749: r1 = map[pipe_p0f_signatures_masks] ll
 1751: r2 = r10
 1752: r2 += -216
 1753: call bpf_map_lookup_elem
 1754: r1 = r0
 1755: if r1 == 0 goto +1308
 1756: r2 = *(u32 *)(r1 +0)
 1757: if r2 == 0 goto +1306
 1758: *(u32 *)(r10 -184) = 4
 1759: r2 = *(u32 *)(r10 -144)
 1760: r3 = *(u32 *)(r1 +8)
 1761: r2 &= r3
 1762: *(u32 *)(r10 -180) = r2
 1763: r2 = *(u32 *)(r10 -140)
 1764: r3 = *(u32 *)(r1 +12)
 1765: r2 &= r3
 1766: *(u32 *)(r10 -176) = r2
 1767: r2 = *(u32 *)(r10 -136)
 1768: r3 = *(u32 *)(r1 +16)
 1769: r2 &= r3
 1770: *(u32 *)(r10 -172) = r2
 1771: r2 = *(u32 *)(r10 -132)
 1772: r3 = *(u32 *)(r1 +20)
 1773: r2 &= r3
 1774: *(u32 *)(r10 -168) = r2
 1775: r1 = map[pipe_p0f_signatures] ll
 1777: r2 = r10
 1778: r2 += -184
 1779: call bpf_map_lookup_elem
 1780: r1 = r0
 1781: if r1 == 0 goto +13
 1782: r2 = *(u32 *)(r1 +4)
 1783: r3 = *(u64 *)(r10 -224)
 1784: if r3 == 0 goto +2
 1785: r3 = *(u64 *)(r10 -232)
 1786: if r2 <= r3 goto +8
 1787: *(u64 *)(r10 -224) = 1
 1788: *(u64 *)(r10 -232) = r2
 1789: r2 = *(u32 *)(r1 +0)
 1790: *(u32 *)(r10 -208) = r2
 1791: r2 = *(u32 *)(r1 +4)
 1792: *(u32 *)(r10 -204) = r2
 1793: r2 = *(u32 *)(r1 +8)
 1794: *(u32 *)(r10 -200) = r2
 1795: *(u32 *)(r10 -216) = 5
 1796: r1 = map[pipe_p0f_signatures_masks] ll
 1798: r2 = r10
 1799: r2 += -216
 1800: call bpf_map_lookup_elem
 1801: r1 = r0
 1802: if r1 == 0 goto +1261
 1803: r2 = *(u32 *)(r1 +0)
 1804: if r2 == 0 goto +1259
 1805: *(u32 *)(r10 -184) = 5
 1806: r2 = *(u32 *)(r10 -144)
 1807: r3 = *(u32 *)(r1 +8)
 1808: r2 &= r3
 1809: *(u32 *)(r10 -180) = r2
 1810: r2 = *(u32 *)(r10 -140)
 1811: r3 = *(u32 *)(r1 +12)
 1812: r2 &= r3
 1813: *(u32 *)(r10 -176) = r2
 1814: r2 = *(u32 *)(r10 -136)
 1815: r3 = *(u32 *)(r1 +16)
 1816: r2 &= r3
 1817: *(u32 *)(r10 -172) = r2
 1818: r2 = *(u32 *)(r10 -132)
 1819: r3 = *(u32 *)(r1 +20)
 1820: r2 &= r3
 1821: *(u32 *)(r10 -168) = r2
 1822: r1 = map[pipe_p0f_signatures] ll
 1824: r2 = r10
 1825: r2 += -184
 1826: call bpf_map_lookup_elem
 1827: r1 = r0
 1828: if r1 == 0 goto +13
 1829: r2 = *(u32 *)(r1 +4)
 1830: r3 = *(u64 *)(r10 -224)
 1831: if r3 == 0 goto +2
 1832: r3 = *(u64 *)(r10 -232)
 1833: if r2 <= r3 goto +8
 1834: *(u64 *)(r10 -224) = 1
 1835: *(u64 *)(r10 -232) = r2
 1836: r2 = *(u32 *)(r1 +0)
 1837: *(u32 *)(r10 -208) = r2
 1838: r2 = *(u32 *)(r1 +4)
 1839: *(u32 *)(r10 -204) = r2
 1840: r2 = *(u32 *)(r1 +8)
 1841: *(u32 *)(r10 -200) = r2
 1842: *(u32 *)(r10 -216) = 6
 1843: r1 = map[pipe_p0f_signatures_masks] ll
 1845: r2 = r10
 1846: r2 += -216
 1847: call bpf_map_lookup_elem
 1848: r1 = r0
 1849: if r1 == 0 goto +1214
 1850: r2 = *(u32 *)(r1 +0)
 1851: if r2 == 0 goto +1212
 1852: *(u32 *)(r10 -184) = 6
 1853: r2 = *(u32 *)(r10 -144)
 1854: r3 = *(u32 *)(r1 +8)
 1855: r2 &= r3
 1856: *(u32 *)(r10 -180) = r2
 1857: r2 = *(u32 *)(r10 -140)
 1858: r3 = *(u32 *)(r1 +12)
 1859: r2 &= r3
 1860: *(u32 *)(r10 -176) = r2
 1861: r2 = *(u32 *)(r10 -136)
 1862: r3 = *(u32 *)(r1 +16)
 1863: r2 &= r3
 1864: *(u32 *)(r10 -172) = r2
 1865: r2 = *(u32 *)(r10 -132)
 1866: r3 = *(u32 *)(r1 +20)
 1867: r2 &= r3
 1868: *(u32 *)(r10 -168) = r2
 1869: r1 = map[pipe_p0f_signatures] ll
 1871: r2 = r10
 1872: r2 += -184
 1873: call bpf_map_lookup_elem
 1874: r1 = r0
 1875: if r1 == 0 goto +13
 1876: r2 = *(u32 *)(r1 +4)
 1877: r3 = *(u64 *)(r10 -224)
 1878: if r3 == 0 goto +2
 1879: r3 = *(u64 *)(r10 -232)
 1880: if r2 <= r3 goto +8
 1881: *(u64 *)(r10 -224) = 1
 1882: *(u64 *)(r10 -232) = r2
 1883: r2 = *(u32 *)(r1 +0)
 1884: *(u32 *)(r10 -208) = r2
 1885: r2 = *(u32 *)(r1 +4)
 1886: *(u32 *)(r10 -204) = r2
 1887: r2 = *(u32 *)(r1 +8)
 1888: *(u32 *)(r10 -200) = r2
 1889: *(u32 *)(r10 -216) = 7
 1890: r1 = map[pipe_p0f_signatures_masks] ll
 1892: r2 = r10
 1893: r2 += -216
 1894: call bpf_map_lookup_elem
 1895: r1 = r0
 1896: if r1 == 0 goto +1167
 1897: r2 = *(u32 *)(r1 +0)
 1898: if r2 == 0 goto +1165
 1899: *(u32 *)(r10 -184) = 7
 1900: r2 = *(u32 *)(r10 -144)
 1901: r3 = *(u32 *)(r1 +8)
 1902: r2 &= r3
 1903: *(u32 *)(r10 -180) = r2
 1904: r2 = *(u32 *)(r10 -140)
 1905: r3 = *(u32 *)(r1 +12)
 1906: r2 &= r3
 1907: *(u32 *)(r10 -176) = r2
 1908: r2 = *(u32 *)(r10 -136)
 1909: r3 = *(u32 *)(r1 +16)
 1910: r2 &= r3
 1911: *(u32 *)(r10 -172) = r2
 1912: r2 = *(u32 *)(r10 -132)
 1913: r3 = *(u32 *)(r1 +20)
 1914: r2 &= r3
 1915: *(u32 *)(r10 -168) = r2
 1916: r1 = map[pipe_p0f_signatures] ll
 1918: r2 = r10
 1919: r2 += -184
 1920: call bpf_map_lookup_elem
 1921: r1 = r0
 1922: if r1 == 0 goto +13
 1923: r2 = *(u32 *)(r1 +4)
 1924: r3 = *(u64 *)(r10 -224)
 1925: if r3 == 0 goto +2
 1926: r3 = *(u64 *)(r10 -232)
 1927: if r2 <= r3 goto +8
 1928: *(u64 *)(r10 -224) = 1
 1929: *(u64 *)(r10 -232) = r2
 1930: r2 = *(u32 *)(r1 +0)
 1931: *(u32 *)(r10 -208) = r2
 1932: r2 = *(u32 *)(r1 +4)
 1933: *(u32 *)(r10 -204) = r2
 1934: r2 = *(u32 *)(r1 +8)
 1935: *(u32 *)(r10 -200) = r2
 1936: *(u32 *)(r10 -216) = 8
 1937: r1 = map[pipe_p0f_signatures_masks] ll
 1939: r2 = r10
 1940: r2 += -216
 1941: call bpf_map_lookup_elem
 1942: r1 = r0
 1943: if r1 == 0 goto +1120
 1944: r2 = *(u32 *)(r1 +0)
 1945: if r2 == 0 goto +1118
 1946: *(u32 *)(r10 -184) = 8
 1947: r2 = *(u32 *)(r10 -144)
 1948: r3 = *(u32 *)(r1 +8)
 1949: r2 &= r3
 1950: *(u32 *)(r10 -180) = r2
 1951: r2 = *(u32 *)(r10 -140)
 1952: r3 = *(u32 *)(r1 +12)
 1953: r2 &= r3
 1954: *(u32 *)(r10 -176) = r2
 1955: r2 = *(u32 *)(r10 -136)
 1956: r3 = *(u32 *)(r1 +16)
 1957: r2 &= r3
 1958: *(u32 *)(r10 -172) = r2
 1959: r2 = *(u32 *)(r10 -132)
 1960: r3 = *(u32 *)(r1 +20)
 1961: r2 &= r3
 1962: *(u32 *)(r10 -168) = r2
 1963: r1 = map[pipe_p0f_signatures] ll
 1965: r2 = r10
 1966: r2 += -184
 1967: call bpf_map_lookup_elem
 1968: r1 = r0
 1969: if r1 == 0 goto +13
 1970: r2 = *(u32 *)(r1 +4)
 1971: r3 = *(u64 *)(r10 -224)
 1972: if r3 == 0 goto +2
 1973: r3 = *(u64 *)(r10 -232)
 1974: if r2 <= r3 goto +8
 1975: *(u64 *)(r10 -224) = 1
 1976: *(u64 *)(r10 -232) = r2
 1977: r2 = *(u32 *)(r1 +0)
 1978: *(u32 *)(r10 -208) = r2
 1979: r2 = *(u32 *)(r1 +4)
 1980: *(u32 *)(r10 -204) = r2
 1981: r2 = *(u32 *)(r1 +8)
 1982: *(u32 *)(r10 -200) = r2
 1983: *(u32 *)(r10 -216) = 9
 1984: r1 = map[pipe_p0f_signatures_masks] ll
 1986: r2 = r10
 1987: r2 += -216
 1988: call bpf_map_lookup_elem
 1989: r1 = r0
 1990: if r1 == 0 goto +1073
 1991: r2 = *(u32 *)(r1 +0)
 1992: if r2 == 0 goto +1071
 1993: *(u32 *)(r10 -184) = 9
 1994: r2 = *(u32 *)(r10 -144)
 1995: r3 = *(u32 *)(r1 +8)
 1996: r2 &= r3
 1997: *(u32 *)(r10 -180) = r2
 1998: r2 = *(u32 *)(r10 -140)
 1999: r3 = *(u32 *)(r1 +12)
 2000: r2 &= r3
 2001: *(u32 *)(r10 -176) = r2
 2002: r2 = *(u32 *)(r10 -136)
 2003: r3 = *(u32 *)(r1 +16)
 2004: r2 &= r3
 2005: *(u32 *)(r10 -172) = r2
 2006: r2 = *(u32 *)(r10 -132)
 2007: r3 = *(u32 *)(r1 +20)
 2008: r2 &= r3
 2009: *(u32 *)(r10 -168) = r2
 2010: r1 = map[pipe_p0f_signatures] ll
 2012: r2 = r10
 2013: r2 += -184
 2014: call bpf_map_lookup_elem
 2015: r1 = r0
 2016: if r1 == 0 goto +13
 2017: r2 = *(u32 *)(r1 +4)
 2018: r3 = *(u64 *)(r10 -224)
 2019: if r3 == 0 goto +2
 2020: r3 = *(u64 *)(r10 -232)
 2021: if r2 <= r3 goto +8
 2022: *(u64 *)(r10 -224) = 1
 2023: *(u64 *)(r10 -232) = r2
 2024: r2 = *(u32 *)(r1 +0)
 2025: *(u32 *)(r10 -208) = r2
 2026: r2 = *(u32 *)(r1 +4)
 2027: *(u32 *)(r10 -204) = r2
 2028: r2 = *(u32 *)(r1 +8)
 2029: *(u32 *)(r10 -200) = r2
 2030: *(u32 *)(r10 -216) = 10
 2031: r1 = map[pipe_p0f_signatures_masks] ll
 2033: r2 = r10
 2034: r2 += -216
 2035: call bpf_map_lookup_elem
 2036: r1 = r0
 2037: if r1 == 0 goto +1026
 2038: r2 = *(u32 *)(r1 +0)
 2039: if r2 == 0 goto +1024
 2040: *(u32 *)(r10 -184) = 10
 2041: r2 = *(u32 *)(r10 -144)
 2042: r3 = *(u32 *)(r1 +8)
 2043: r2 &= r3
 2044: *(u32 *)(r10 -180) = r2
 2045: r2 = *(u32 *)(r10 -140)
 2046: r3 = *(u32 *)(r1 +12)
 2047: r2 &= r3
 2048: *(u32 *)(r10 -176) = r2
 2049: r2 = *(u32 *)(r10 -136)
 2050: r3 = *(u32 *)(r1 +16)
 2051: r2 &= r3
 2052: *(u32 *)(r10 -172) = r2
 2053: r2 = *(u32 *)(r10 -132)
 2054: r3 = *(u32 *)(r1 +20)
 2055: r2 &= r3
 2056: *(u32 *)(r10 -168) = r2
 2057: r1 = map[pipe_p0f_signatures] ll
 2059: r2 = r10
 2060: r2 += -184
 2061: call bpf_map_lookup_elem
 2062: r1 = r0
 2063: if r1 == 0 goto +13
 2064: r2 = *(u32 *)(r1 +4)
 2065: r3 = *(u64 *)(r10 -224)
 2066: if r3 == 0 goto +2
 2067: r3 = *(u64 *)(r10 -232)
 2068: if r2 <= r3 goto +8
 2069: *(u64 *)(r10 -224) = 1
 2070: *(u64 *)(r10 -232) = r2
 2071: r2 = *(u32 *)(r1 +0)
 2072: *(u32 *)(r10 -208) = r2
 2073: r2 = *(u32 *)(r1 +4)
 2074: *(u32 *)(r10 -204) = r2
 2075: r2 = *(u32 *)(r1 +8)
 2076: *(u32 *)(r10 -200) = r2
 2077: *(u32 *)(r10 -216) = 11
 2078: r1 = map[pipe_p0f_signatures_masks] ll
 2080: r2 = r10
 2081: r2 += -216
 2082: call bpf_map_lookup_elem
 2083: r1 = r0
 2084: if r1 == 0 goto +979
 2085: r2 = *(u32 *)(r1 +0)
 2086: if r2 == 0 goto +977
 2087: *(u32 *)(r10 -184) = 11
 2088: r2 = *(u32 *)(r10 -144)
 2089: r3 = *(u32 *)(r1 +8)
 2090: r2 &= r3
 2091: *(u32 *)(r10 -180) = r2
 2092: r2 = *(u32 *)(r10 -140)
 2093: r3 = *(u32 *)(r1 +12)
 2094: r2 &= r3
 2095: *(u32 *)(r10 -176) = r2
 2096: r2 = *(u32 *)(r10 -136)
 2097: r3 = *(u32 *)(r1 +16)
 2098: r2 &= r3
 2099: *(u32 *)(r10 -172) = r2
 2100: r2 = *(u32 *)(r10 -132)
 2101: r3 = *(u32 *)(r1 +20)
 2102: r2 &= r3
 2103: *(u32 *)(r10 -168) = r2
 2104: r1 = map[pipe_p0f_signatures] ll
 2106: r2 = r10
 2107: r2 += -184
 2108: call bpf_map_lookup_elem
 2109: r1 = r0
 2110: if r1 == 0 goto +13
 2111: r2 = *(u32 *)(r1 +4)
 2112: r3 = *(u64 *)(r10 -224)
 2113: if r3 == 0 goto +2
 2114: r3 = *(u64 *)(r10 -232)
 2115: if r2 <= r3 goto +8
 2116: *(u64 *)(r10 -224) = 1
 2117: *(u64 *)(r10 -232) = r2
 2118: r2 = *(u32 *)(r1 +0)
 2119: *(u32 *)(r10 -208) = r2
 2120: r2 = *(u32 *)(r1 +4)
 2121: *(u32 *)(r10 -204) = r2
 2122: r2 = *(u32 *)(r1 +8)
 2123: *(u32 *)(r10 -200) = r2
 2124: *(u32 *)(r10 -216) = 12
 2125: r1 = map[pipe_p0f_signatures_masks] ll
 2127: r2 = r10
 2128: r2 += -216
 2129: call bpf_map_lookup_elem
 2130: r1 = r0
 2131: if r1 == 0 goto +932
 2132: r2 = *(u32 *)(r1 +0)
 2133: if r2 == 0 goto +930
 2134: *(u32 *)(r10 -184) = 12
 2135: r2 = *(u32 *)(r10 -144)
 2136: r3 = *(u32 *)(r1 +8)
 2137: r2 &= r3
 2138: *(u32 *)(r10 -180) = r2
 2139: r2 = *(u32 *)(r10 -140)
 2140: r3 = *(u32 *)(r1 +12)
 2141: r2 &= r3
 2142: *(u32 *)(r10 -176) = r2
 2143: r2 = *(u32 *)(r10 -136)
 2144: r3 = *(u32 *)(r1 +16)
 2145: r2 &= r3
 2146: *(u32 *)(r10 -172) = r2
 2147: r2 = *(u32 *)(r10 -132)
 2148: r3 = *(u32 *)(r1 +20)
 2149: r2 &= r3
 2150: *(u32 *)(r10 -168) = r2
 2151: r1 = map[pipe_p0f_signatures] ll
 2153: r2 = r10
 2154: r2 += -184
 2155: call bpf_map_lookup_elem
 2156: r1 = r0
 2157: if r1 == 0 goto +13
 2158: r2 = *(u32 *)(r1 +4)
 2159: r3 = *(u64 *)(r10 -224)
 2160: if r3 == 0 goto +2
 2161: r3 = *(u64 *)(r10 -232)
 2162: if r2 <= r3 goto +8
 2163: *(u64 *)(r10 -224) = 1
 2164: *(u64 *)(r10 -232) = r2
 2165: r2 = *(u32 *)(r1 +0)
 2166: *(u32 *)(r10 -208) = r2
 2167: r2 = *(u32 *)(r1 +4)
 2168: *(u32 *)(r10 -204) = r2
 2169: r2 = *(u32 *)(r1 +8)
 2170: *(u32 *)(r10 -200) = r2
 2171: *(u32 *)(r10 -216) = 13
 2172: r1 = map[pipe_p0f_signatures_masks] ll
 2174: r2 = r10
 2175: r2 += -216
 2176: call bpf_map_lookup_elem
 2177: r1 = r0
 2178: if r1 == 0 goto +885
 2179: r2 = *(u32 *)(r1 +0)
 2180: if r2 == 0 goto +883
 2181: *(u32 *)(r10 -184) = 13
 2182: r2 = *(u32 *)(r10 -144)
 2183: r3 = *(u32 *)(r1 +8)
 2184: r2 &= r3
 2185: *(u32 *)(r10 -180) = r2
 2186: r2 = *(u32 *)(r10 -140)
 2187: r3 = *(u32 *)(r1 +12)
 2188: r2 &= r3
 2189: *(u32 *)(r10 -176) = r2
 2190: r2 = *(u32 *)(r10 -136)
 2191: r3 = *(u32 *)(r1 +16)
 2192: r2 &= r3
 2193: *(u32 *)(r10 -172) = r2
 2194: r2 = *(u32 *)(r10 -132)
 2195: r3 = *(u32 *)(r1 +20)
 2196: r2 &= r3
 2197: *(u32 *)(r10 -168) = r2
 2198: r1 = map[pipe_p0f_signatures] ll
 2200: r2 = r10
 2201: r2 += -184
 2202: call bpf_map_lookup_elem
 2203: r1 = r0
 2204: if r1 == 0 goto +13
 2205: r2 = *(u32 *)(r1 +4)
 2206: r3 = *(u64 *)(r10 -224)
 2207: if r3 == 0 goto +2
 2208: r3 = *(u64 *)(r10 -232)
 2209: if r2 <= r3 goto +8
 2210: *(u64 *)(r10 -224) = 1
 2211: *(u64 *)(r10 -232) = r2
 2212: r2 = *(u32 *)(r1 +0)
 2213: *(u32 *)(r10 -208) = r2
 2214: r2 = *(u32 *)(r1 +4)
 2215: *(u32 *)(r10 -204) = r2
 2216: r2 = *(u32 *)(r1 +8)
 2217: *(u32 *)(r10 -200) = r2
 2218: *(u32 *)(r10 -216) = 14
 2219: r1 = map[pipe_p0f_signatures_masks] ll
 2221: r2 = r10
 2222: r2 += -216
 2223: call bpf_map_lookup_elem
 2224: r1 = r0
 2225: if r1 == 0 goto +838
 2226: r2 = *(u32 *)(r1 +0)
 2227: if r2 == 0 goto +836
 2228: *(u32 *)(r10 -184) = 14
 2229: r2 = *(u32 *)(r10 -144)
 2230: r3 = *(u32 *)(r1 +8)
 2231: r2 &= r3
 2232: *(u32 *)(r10 -180) = r2
 2233: r2 = *(u32 *)(r10 -140)
 2234: r3 = *(u32 *)(r1 +12)
 2235: r2 &= r3
 2236: *(u32 *)(r10 -176) = r2
 2237: r2 = *(u32 *)(r10 -136)
 2238: r3 = *(u32 *)(r1 +16)
 2239: r2 &= r3
 2240: *(u32 *)(r10 -172) = r2
 2241: r2 = *(u32 *)(r10 -132)
 2242: r3 = *(u32 *)(r1 +20)
 2243: r2 &= r3
 2244: *(u32 *)(r10 -168) = r2
 2245: r1 = map[pipe_p0f_signatures] ll
 2247: r2 = r10
 2248: r2 += -184
 2249: call bpf_map_lookup_elem
 2250: r1 = r0
 2251: if r1 == 0 goto +13
 2252: r2 = *(u32 *)(r1 +4)
 2253: r3 = *(u64 *)(r10 -224)
 2254: if r3 == 0 goto +2
 2255: r3 = *(u64 *)(r10 -232)
 2256: if r2 <= r3 goto +8
 2257: *(u64 *)(r10 -224) = 1
 2258: *(u64 *)(r10 -232) = r2
 2259: r2 = *(u32 *)(r1 +0)
 2260: *(u32 *)(r10 -208) = r2
 2261: r2 = *(u32 *)(r1 +4)
 2262: *(u32 *)(r10 -204) = r2
 2263: r2 = *(u32 *)(r1 +8)
 2264: *(u32 *)(r10 -200) = r2
 2265: *(u32 *)(r10 -216) = 15
 2266: r1 = map[pipe_p0f_signatures_masks] ll
 2268: r2 = r10
 2269: r2 += -216
 2270: call bpf_map_lookup_elem
 2271: r1 = r0
 2272: if r1 == 0 goto +791
 2273: r2 = *(u32 *)(r1 +0)
 2274: if r2 == 0 goto +789
 2275: *(u32 *)(r10 -184) = 15
 2276: r2 = *(u32 *)(r10 -144)
 2277: r3 = *(u32 *)(r1 +8)
 2278: r2 &= r3
 2279: *(u32 *)(r10 -180) = r2
 2280: r2 = *(u32 *)(r10 -140)
 2281: r3 = *(u32 *)(r1 +12)
 2282: r2 &= r3
 2283: *(u32 *)(r10 -176) = r2
 2284: r2 = *(u32 *)(r10 -136)
 2285: r3 = *(u32 *)(r1 +16)
 2286: r2 &= r3
 2287: *(u32 *)(r10 -172) = r2
 2288: r2 = *(u32 *)(r10 -132)
 2289: r3 = *(u32 *)(r1 +20)
 2290: r2 &= r3
 2291: *(u32 *)(r10 -168) = r2
 2292: r1 = map[pipe_p0f_signatures] ll
 2294: r2 = r10
 2295: r2 += -184
 2296: call bpf_map_lookup_elem
 2297: r1 = r0
 2298: if r1 == 0 goto +13
 2299: r2 = *(u32 *)(r1 +4)
 2300: r3 = *(u64 *)(r10 -224)
 2301: if r3 == 0 goto +2
 2302: r3 = *(u64 *)(r10 -232)
 2303: if r2 <= r3 goto +8
 2304: *(u64 *)(r10 -224) = 1
 2305: *(u64 *)(r10 -232) = r2
 2306: r2 = *(u32 *)(r1 +0)
 2307: *(u32 *)(r10 -208) = r2
 2308: r2 = *(u32 *)(r1 +4)
 2309: *(u32 *)(r10 -204) = r2
 2310: r2 = *(u32 *)(r1 +8)
 2311: *(u32 *)(r10 -200) = r2
 2312: *(u32 *)(r10 -216) = 16
 2313: r1 = map[pipe_p0f_signatures_masks] ll
 2315: r2 = r10
 2316: r2 += -216
 2317: call bpf_map_lookup_elem
 2318: r1 = r0
 2319: if r1 == 0 goto +744
 2320: r2 = *(u32 *)(r1 +0)
 2321: if r2 == 0 goto +742
 2322: *(u32 *)(r10 -184) = 16
 2323: r2 = *(u32 *)(r10 -144)
 2324: r3 = *(u32 *)(r1 +8)
 2325: r2 &= r3
 2326: *(u32 *)(r10 -180) = r2
 2327: r2 = *(u32 *)(r10 -140)
 2328: r3 = *(u32 *)(r1 +12)
 2329: r2 &= r3
 2330: *(u32 *)(r10 -176) = r2
 2331: r2 = *(u32 *)(r10 -136)
 2332: r3 = *(u32 *)(r1 +16)
 2333: r2 &= r3
 2334: *(u32 *)(r10 -172) = r2
 2335: r2 = *(u32 *)(r10 -132)
 2336: r3 = *(u32 *)(r1 +20)
 2337: r2 &= r3
 2338: *(u32 *)(r10 -168) = r2
 2339: r1 = map[pipe_p0f_signatures] ll
 2341: r2 = r10
 2342: r2 += -184
 2343: call bpf_map_lookup_elem
 2344: r1 = r0
 2345: if r1 == 0 goto +13
 2346: r2 = *(u32 *)(r1 +4)
 2347: r3 = *(u64 *)(r10 -224)
 2348: if r3 == 0 goto +2
 2349: r3 = *(u64 *)(r10 -232)
 2350: if r2 <= r3 goto +8
 2351: *(u64 *)(r10 -224) = 1
 2352: *(u64 *)(r10 -232) = r2
 2353: r2 = *(u32 *)(r1 +0)
 2354: *(u32 *)(r10 -208) = r2
 2355: r2 = *(u32 *)(r1 +4)
 2356: *(u32 *)(r10 -204) = r2
 2357: r2 = *(u32 *)(r1 +8)
 2358: *(u32 *)(r10 -200) = r2
 2359: *(u32 *)(r10 -216) = 17
 2360: r1 = map[pipe_p0f_signatures_masks] ll
 2362: r2 = r10
 2363: r2 += -216
 2364: call bpf_map_lookup_elem
 2365: r1 = r0
 2366: if r1 == 0 goto +697
 2367: r2 = *(u32 *)(r1 +0)
 2368: if r2 == 0 goto +695
 2369: *(u32 *)(r10 -184) = 17
 2370: r2 = *(u32 *)(r10 -144)
 2371: r3 = *(u32 *)(r1 +8)
 2372: r2 &= r3
 2373: *(u32 *)(r10 -180) = r2
 2374: r2 = *(u32 *)(r10 -140)
 2375: r3 = *(u32 *)(r1 +12)
 2376: r2 &= r3
 2377: *(u32 *)(r10 -176) = r2
 2378: r2 = *(u32 *)(r10 -136)
 2379: r3 = *(u32 *)(r1 +16)
 2380: r2 &= r3
 2381: *(u32 *)(r10 -172) = r2
 2382: r2 = *(u32 *)(r10 -132)
 2383: r3 = *(u32 *)(r1 +20)
 2384: r2 &= r3
 2385: *(u32 *)(r10 -168) = r2
 2386: r1 = map[pipe_p0f_signatures] ll
 2388: r2 = r10
 2389: r2 += -184
 2390: call bpf_map_lookup_elem
 2391: r1 = r0
 2392: if r1 == 0 goto +13
 2393: r2 = *(u32 *)(r1 +4)
 2394: r3 = *(u64 *)(r10 -224)
 2395: if r3 == 0 goto +2
 2396: r3 = *(u64 *)(r10 -232)
 2397: if r2 <= r3 goto +8
 2398: *(u64 *)(r10 -224) = 1
 2399: *(u64 *)(r10 -232) = r2
 2400: r2 = *(u32 *)(r1 +0)
 2401: *(u32 *)(r10 -208) = r2
 2402: r2 = *(u32 *)(r1 +4)
 2403: *(u32 *)(r10 -204) = r2
 2404: r2 = *(u32 *)(r1 +8)
 2405: *(u32 *)(r10 -200) = r2
 2406: *(u32 *)(r10 -216) = 18
 2407: r1 = map[pipe_p0f_signatures_masks] ll
 2409: r2 = r10
 2410: r2 += -216
 2411: call bpf_map_lookup_elem
 2412: r1 = r0
 2413: if r1 == 0 goto +650
 2414: r2 = *(u32 *)(r1 +0)
 2415: if r2 == 0 goto +648
 2416: *(u32 *)(r10 -184) = 18
 2417: r2 = *(u32 *)(r10 -144)
 2418: r3 = *(u32 *)(r1 +8)
 2419: r2 &= r3
 2420: *(u32 *)(r10 -180) = r2
 2421: r2 = *(u32 *)(r10 -140)
 2422: r3 = *(u32 *)(r1 +12)
 2423: r2 &= r3
 2424: *(u32 *)(r10 -176) = r2
 2425: r2 = *(u32 *)(r10 -136)
 2426: r3 = *(u32 *)(r1 +16)
 2427: r2 &= r3
 2428: *(u32 *)(r10 -172) = r2
 2429: r2 = *(u32 *)(r10 -132)
 2430: r3 = *(u32 *)(r1 +20)
 2431: r2 &= r3
 2432: *(u32 *)(r10 -168) = r2
 2433: r1 = map[pipe_p0f_signatures] ll
 2435: r2 = r10
 2436: r2 += -184
 2437: call bpf_map_lookup_elem
 2438: r1 = r0
 2439: if r1 == 0 goto +13
 2440: r2 = *(u32 *)(r1 +4)
 2441: r3 = *(u64 *)(r10 -224)
 2442: if r3 == 0 goto +2
 2443: r3 = *(u64 *)(r10 -232)
 2444: if r2 <= r3 goto +8
 2445: *(u64 *)(r10 -224) = 1
 2446: *(u64 *)(r10 -232) = r2
 2447: r2 = *(u32 *)(r1 +0)
 2448: *(u32 *)(r10 -208) = r2
 2449: r2 = *(u32 *)(r1 +4)
 2450: *(u32 *)(r10 -204) = r2
 2451: r2 = *(u32 *)(r1 +8)
 2452: *(u32 *)(r10 -200) = r2
 2453: *(u32 *)(r10 -216) = 19
 2454: r1 = map[pipe_p0f_signatures_masks] ll
 2456: r2 = r10
 2457: r2 += -216
 2458: call bpf_map_lookup_elem
 2459: r1 = r0
 2460: if r1 == 0 goto +603
 2461: r2 = *(u32 *)(r1 +0)
 2462: if r2 == 0 goto +601
 2463: *(u32 *)(r10 -184) = 19
 2464: r2 = *(u32 *)(r10 -144)
 2465: r3 = *(u32 *)(r1 +8)
 2466: r2 &= r3
 2467: *(u32 *)(r10 -180) = r2
 2468: r2 = *(u32 *)(r10 -140)
 2469: r3 = *(u32 *)(r1 +12)
 2470: r2 &= r3
 2471: *(u32 *)(r10 -176) = r2
 2472: r2 = *(u32 *)(r10 -136)
 2473: r3 = *(u32 *)(r1 +16)
 2474: r2 &= r3
 2475: *(u32 *)(r10 -172) = r2
 2476: r2 = *(u32 *)(r10 -132)
 2477: r3 = *(u32 *)(r1 +20)
 2478: r2 &= r3
 2479: *(u32 *)(r10 -168) = r2
 2480: r1 = map[pipe_p0f_signatures] ll
 2482: r2 = r10
 2483: r2 += -184
 2484: call bpf_map_lookup_elem
 2485: r1 = r0
 2486: if r1 == 0 goto +13
 2487: r2 = *(u32 *)(r1 +4)
 2488: r3 = *(u64 *)(r10 -224)
 2489: if r3 == 0 goto +2
 2490: r3 = *(u64 *)(r10 -232)
 2491: if r2 <= r3 goto +8
 2492: *(u64 *)(r10 -224) = 1
 2493: *(u64 *)(r10 -232) = r2
 2494: r2 = *(u32 *)(r1 +0)
 2495: *(u32 *)(r10 -208) = r2
 2496: r2 = *(u32 *)(r1 +4)
 2497: *(u32 *)(r10 -204) = r2
 2498: r2 = *(u32 *)(r1 +8)
 2499: *(u32 *)(r10 -200) = r2
 2500: *(u32 *)(r10 -216) = 20
 2501: r1 = map[pipe_p0f_signatures_masks] ll
 2503: r2 = r10
 2504: r2 += -216
 2505: call bpf_map_lookup_elem
 2506: r1 = r0
 2507: if r1 == 0 goto +556
 2508: r2 = *(u32 *)(r1 +0)
 2509: if r2 == 0 goto +554
 2510: *(u32 *)(r10 -184) = 20
 2511: r2 = *(u32 *)(r10 -144)
 2512: r3 = *(u32 *)(r1 +8)
 2513: r2 &= r3
 2514: *(u32 *)(r10 -180) = r2
 2515: r2 = *(u32 *)(r10 -140)
 2516: r3 = *(u32 *)(r1 +12)
 2517: r2 &= r3
 2518: *(u32 *)(r10 -176) = r2
 2519: r2 = *(u32 *)(r10 -136)
 2520: r3 = *(u32 *)(r1 +16)
 2521: r2 &= r3
 2522: *(u32 *)(r10 -172) = r2
 2523: r2 = *(u32 *)(r10 -132)
 2524: r3 = *(u32 *)(r1 +20)
 2525: r2 &= r3
 2526: *(u32 *)(r10 -168) = r2
 2527: r1 = map[pipe_p0f_signatures] ll
 2529: r2 = r10
 2530: r2 += -184
 2531: call bpf_map_lookup_elem
 2532: r1 = r0
 2533: if r1 == 0 goto +13
 2534: r2 = *(u32 *)(r1 +4)
 2535: r3 = *(u64 *)(r10 -224)
 2536: if r3 == 0 goto +2
 2537: r3 = *(u64 *)(r10 -232)
 2538: if r2 <= r3 goto +8
 2539: *(u64 *)(r10 -224) = 1
 2540: *(u64 *)(r10 -232) = r2
 2541: r2 = *(u32 *)(r1 +0)
 2542: *(u32 *)(r10 -208) = r2
 2543: r2 = *(u32 *)(r1 +4)
 2544: *(u32 *)(r10 -204) = r2
 2545: r2 = *(u32 *)(r1 +8)
 2546: *(u32 *)(r10 -200) = r2
 2547: *(u32 *)(r10 -216) = 21
 2548: r1 = map[pipe_p0f_signatures_masks] ll
 2550: r2 = r10
 2551: r2 += -216
 2552: call bpf_map_lookup_elem
 2553: r1 = r0
 2554: if r1 == 0 goto +509
 2555: r2 = *(u32 *)(r1 +0)
 2556: if r2 == 0 goto +507
 2557: *(u32 *)(r10 -184) = 21
 2558: r2 = *(u32 *)(r10 -144)
 2559: r3 = *(u32 *)(r1 +8)
 2560: r2 &= r3
 2561: *(u32 *)(r10 -180) = r2
 2562: r2 = *(u32 *)(r10 -140)
 2563: r3 = *(u32 *)(r1 +12)
 2564: r2 &= r3
 2565: *(u32 *)(r10 -176) = r2
 2566: r2 = *(u32 *)(r10 -136)
 2567: r3 = *(u32 *)(r1 +16)
 2568: r2 &= r3
 2569: *(u32 *)(r10 -172) = r2
 2570: r2 = *(u32 *)(r10 -132)
 2571: r3 = *(u32 *)(r1 +20)
 2572: r2 &= r3
 2573: *(u32 *)(r10 -168) = r2
 2574: r1 = map[pipe_p0f_signatures] ll
 2576: r2 = r10
 2577: r2 += -184
 2578: call bpf_map_lookup_elem
 2579: r1 = r0
 2580: if r1 == 0 goto +13
 2581: r2 = *(u32 *)(r1 +4)
 2582: r3 = *(u64 *)(r10 -224)
 2583: if r3 == 0 goto +2
 2584: r3 = *(u64 *)(r10 -232)
 2585: if r2 <= r3 goto +8
 2586: *(u64 *)(r10 -224) = 1
 2587: *(u64 *)(r10 -232) = r2
 2588: r2 = *(u32 *)(r1 +0)
 2589: *(u32 *)(r10 -208) = r2
 2590: r2 = *(u32 *)(r1 +4)
 2591: *(u32 *)(r10 -204) = r2
 2592: r2 = *(u32 *)(r1 +8)
 2593: *(u32 *)(r10 -200) = r2
 2594: *(u32 *)(r10 -216) = 22
 2595: r1 = map[pipe_p0f_signatures_masks] ll
 2597: r2 = r10
 2598: r2 += -216
 2599: call bpf_map_lookup_elem
 2600: r1 = r0
 2601: if r1 == 0 goto +462
 2602: r2 = *(u32 *)(r1 +0)
 2603: if r2 == 0 goto +460
 2604: *(u32 *)(r10 -184) = 22
 2605: r2 = *(u32 *)(r10 -144)
 2606: r3 = *(u32 *)(r1 +8)
 2607: r2 &= r3
 2608: *(u32 *)(r10 -180) = r2
 2609: r2 = *(u32 *)(r10 -140)
 2610: r3 = *(u32 *)(r1 +12)
 2611: r2 &= r3
 2612: *(u32 *)(r10 -176) = r2
 2613: r2 = *(u32 *)(r10 -136)
 2614: r3 = *(u32 *)(r1 +16)
 2615: r2 &= r3
 2616: *(u32 *)(r10 -172) = r2
 2617: r2 = *(u32 *)(r10 -132)
 2618: r3 = *(u32 *)(r1 +20)
 2619: r2 &= r3
 2620: *(u32 *)(r10 -168) = r2
 2621: r1 = map[pipe_p0f_signatures] ll
 2623: r2 = r10
 2624: r2 += -184
 2625: call bpf_map_lookup_elem
 2626: r1 = r0
 2627: if r1 == 0 goto +13
 2628: r2 = *(u32 *)(r1 +4)
 2629: r3 = *(u64 *)(r10 -224)
 2630: if r3 == 0 goto +2
 2631: r3 = *(u64 *)(r10 -232)
 2632: if r2 <= r3 goto +8
 2633: *(u64 *)(r10 -224) = 1
 2634: *(u64 *)(r10 -232) = r2
 2635: r2 = *(u32 *)(r1 +0)
 2636: *(u32 *)(r10 -208) = r2
 2637: r2 = *(u32 *)(r1 +4)
 2638: *(u32 *)(r10 -204) = r2
 2639: r2 = *(u32 *)(r1 +8)
 2640: *(u32 *)(r10 -200) = r2
 2641: *(u32 *)(r10 -216) = 23
 2642: r1 = map[pipe_p0f_signatures_masks] ll
 2644: r2 = r10
 2645: r2 += -216
 2646: call bpf_map_lookup_elem
 2647: r1 = r0
 2648: if r1 == 0 goto +415
 2649: r2 = *(u32 *)(r1 +0)
 2650: if r2 == 0 goto +413
 2651: *(u32 *)(r10 -184) = 23
 2652: r2 = *(u32 *)(r10 -144)
 2653: r3 = *(u32 *)(r1 +8)
 2654: r2 &= r3
 2655: *(u32 *)(r10 -180) = r2
 2656: r2 = *(u32 *)(r10 -140)
 2657: r3 = *(u32 *)(r1 +12)
 2658: r2 &= r3
 2659: *(u32 *)(r10 -176) = r2
 2660: r2 = *(u32 *)(r10 -136)
 2661: r3 = *(u32 *)(r1 +16)
 2662: r2 &= r3
 2663: *(u32 *)(r10 -172) = r2
 2664: r2 = *(u32 *)(r10 -132)
 2665: r3 = *(u32 *)(r1 +20)
 2666: r2 &= r3
 2667: *(u32 *)(r10 -168) = r2
 2668: r1 = map[pipe_p0f_signatures] ll
 2670: r2 = r10
 2671: r2 += -184
 2672: call bpf_map_lookup_elem
 2673: r1 = r0
 2674: if r1 == 0 goto +13
 2675: r2 = *(u32 *)(r1 +4)
 2676: r3 = *(u64 *)(r10 -224)
 2677: if r3 == 0 goto +2
 2678: r3 = *(u64 *)(r10 -232)
 2679: if r2 <= r3 goto +8
 2680: *(u64 *)(r10 -224) = 1
 2681: *(u64 *)(r10 -232) = r2
 2682: r2 = *(u32 *)(r1 +0)
 2683: *(u32 *)(r10 -208) = r2
 2684: r2 = *(u32 *)(r1 +4)
 2685: *(u32 *)(r10 -204) = r2
 2686: r2 = *(u32 *)(r1 +8)
 2687: *(u32 *)(r10 -200) = r2
 2688: *(u32 *)(r10 -216) = 24
 2689: r1 = map[pipe_p0f_signatures_masks] ll
 2691: r2 = r10
 2692: r2 += -216
 2693: call bpf_map_lookup_elem
 2694: r1 = r0
 2695: if r1 == 0 goto +368
 2696: r2 = *(u32 *)(r1 +0)
 2697: if r2 == 0 goto +366
 2698: *(u32 *)(r10 -184) = 24
 2699: r2 = *(u32 *)(r10 -144)
 2700: r3 = *(u32 *)(r1 +8)
 2701: r2 &= r3
 2702: *(u32 *)(r10 -180) = r2
 2703: r2 = *(u32 *)(r10 -140)
 2704: r3 = *(u32 *)(r1 +12)
 2705: r2 &= r3
 2706: *(u32 *)(r10 -176) = r2
 2707: r2 = *(u32 *)(r10 -136)
 2708: r3 = *(u32 *)(r1 +16)
 2709: r2 &= r3
 2710: *(u32 *)(r10 -172) = r2
 2711: r2 = *(u32 *)(r10 -132)
 2712: r3 = *(u32 *)(r1 +20)
 2713: r2 &= r3
 2714: *(u32 *)(r10 -168) = r2
 2715: r1 = map[pipe_p0f_signatures] ll
 2717: r2 = r10
 2718: r2 += -184
 2719: call bpf_map_lookup_elem
 2720: r1 = r0
 2721: if r1 == 0 goto +13
 2722: r2 = *(u32 *)(r1 +4)
 2723: r3 = *(u64 *)(r10 -224)
 2724: if r3 == 0 goto +2
 2725: r3 = *(u64 *)(r10 -232)
 2726: if r2 <= r3 goto +8
 2727: *(u64 *)(r10 -224) = 1
 2728: *(u64 *)(r10 -232) = r2
 2729: r2 = *(u32 *)(r1 +0)
 2730: *(u32 *)(r10 -208) = r2
 2731: r2 = *(u32 *)(r1 +4)
 2732: *(u32 *)(r10 -204) = r2
 2733: r2 = *(u32 *)(r1 +8)
 2734: *(u32 *)(r10 -200) = r2
 2735: *(u32 *)(r10 -216) = 25
 2736: r1 = map[pipe_p0f_signatures_masks] ll
 2738: r2 = r10
 2739: r2 += -216
 2740: call bpf_map_lookup_elem
 2741: r1 = r0
 2742: if r1 == 0 goto +321
 2743: r2 = *(u32 *)(r1 +0)
 2744: if r2 == 0 goto +319
 2745: *(u32 *)(r10 -184) = 25
 2746: r2 = *(u32 *)(r10 -144)
 2747: r3 = *(u32 *)(r1 +8)
 2748: r2 &= r3
 2749: *(u32 *)(r10 -180) = r2
 2750: r2 = *(u32 *)(r10 -140)
 2751: r3 = *(u32 *)(r1 +12)
 2752: r2 &= r3
 2753: *(u32 *)(r10 -176) = r2
 2754: r2 = *(u32 *)(r10 -136)
 2755: r3 = *(u32 *)(r1 +16)
 2756: r2 &= r3
 2757: *(u32 *)(r10 -172) = r2
 2758: r2 = *(u32 *)(r10 -132)
 2759: r3 = *(u32 *)(r1 +20)
 2760: r2 &= r3
 2761: *(u32 *)(r10 -168) = r2
 2762: r1 = map[pipe_p0f_signatures] ll
 2764: r2 = r10
 2765: r2 += -184
 2766: call bpf_map_lookup_elem
 2767: r1 = r0
 2768: if r1 == 0 goto +13
 2769: r2 = *(u32 *)(r1 +4)
 2770: r3 = *(u64 *)(r10 -224)
 2771: if r3 == 0 goto +2
 2772: r3 = *(u64 *)(r10 -232)
 2773: if r2 <= r3 goto +8
 2774: *(u64 *)(r10 -224) = 1
 2775: *(u64 *)(r10 -232) = r2
 2776: r2 = *(u32 *)(r1 +0)
 2777: *(u32 *)(r10 -208) = r2
 2778: r2 = *(u32 *)(r1 +4)
 2779: *(u32 *)(r10 -204) = r2
 2780: r2 = *(u32 *)(r1 +8)
 2781: *(u32 *)(r10 -200) = r2
 2782: *(u32 *)(r10 -216) = 26
 2783: r1 = map[pipe_p0f_signatures_masks] ll
 2785: r2 = r10
 2786: r2 += -216
 2787: call bpf_map_lookup_elem
 2788: r1 = r0
 2789: if r1 == 0 goto +274
 2790: r2 = *(u32 *)(r1 +0)
 2791: if r2 == 0 goto +272
 2792: *(u32 *)(r10 -184) = 26
 2793: r2 = *(u32 *)(r10 -144)
 2794: r3 = *(u32 *)(r1 +8)
 2795: r2 &= r3
 2796: *(u32 *)(r10 -180) = r2
 2797: r2 = *(u32 *)(r10 -140)
 2798: r3 = *(u32 *)(r1 +12)
 2799: r2 &= r3
 2800: *(u32 *)(r10 -176) = r2
 2801: r2 = *(u32 *)(r10 -136)
 2802: r3 = *(u32 *)(r1 +16)
 2803: r2 &= r3
 2804: *(u32 *)(r10 -172) = r2
 2805: r2 = *(u32 *)(r10 -132)
 2806: r3 = *(u32 *)(r1 +20)
 2807: r2 &= r3
 2808: *(u32 *)(r10 -168) = r2
 2809: r1 = map[pipe_p0f_signatures] ll
 2811: r2 = r10
 2812: r2 += -184
 2813: call bpf_map_lookup_elem
 2814: r1 = r0
 2815: if r1 == 0 goto +13
 2816: r2 = *(u32 *)(r1 +4)
 2817: r3 = *(u64 *)(r10 -224)
 2818: if r3 == 0 goto +2
 2819: r3 = *(u64 *)(r10 -232)
 2820: if r2 <= r3 goto +8
 2821: *(u64 *)(r10 -224) = 1
 2822: *(u64 *)(r10 -232) = r2
 2823: r2 = *(u32 *)(r1 +0)
 2824: *(u32 *)(r10 -208) = r2
 2825: r2 = *(u32 *)(r1 +4)
 2826: *(u32 *)(r10 -204) = r2
 2827: r2 = *(u32 *)(r1 +8)
 2828: *(u32 *)(r10 -200) = r2
 2829: *(u32 *)(r10 -216) = 27
 2830: r1 = map[pipe_p0f_signatures_masks] ll
 2832: r2 = r10
 2833: r2 += -216
 2834: call bpf_map_lookup_elem
 2835: r1 = r0
 2836: if r1 == 0 goto +227
 2837: r2 = *(u32 *)(r1 +0)
 2838: if r2 == 0 goto +225
 2839: *(u32 *)(r10 -184) = 27
 2840: r2 = *(u32 *)(r10 -144)
 2841: r3 = *(u32 *)(r1 +8)
 2842: r2 &= r3
 2843: *(u32 *)(r10 -180) = r2
 2844: r2 = *(u32 *)(r10 -140)
 2845: r3 = *(u32 *)(r1 +12)
 2846: r2 &= r3
 2847: *(u32 *)(r10 -176) = r2
 2848: r2 = *(u32 *)(r10 -136)
 2849: r3 = *(u32 *)(r1 +16)
 2850: r2 &= r3
 2851: *(u32 *)(r10 -172) = r2
 2852: r2 = *(u32 *)(r10 -132)
 2853: r3 = *(u32 *)(r1 +20)
 2854: r2 &= r3
 2855: *(u32 *)(r10 -168) = r2
 2856: r1 = map[pipe_p0f_signatures] ll
 2858: r2 = r10
 2859: r2 += -184
 2860: call bpf_map_lookup_elem
 2861: r1 = r0
 2862: if r1 == 0 goto +13
 2863: r2 = *(u32 *)(r1 +4)
 2864: r3 = *(u64 *)(r10 -224)
 2865: if r3 == 0 goto +2
 2866: r3 = *(u64 *)(r10 -232)
 2867: if r2 <= r3 goto +8
 2868: *(u64 *)(r10 -224) = 1
 2869: *(u64 *)(r10 -232) = r2
 2870: r2 = *(u32 *)(r1 +0)
 2871: *(u32 *)(r10 -208) = r2
 2872: r2 = *(u32 *)(r1 +4)
 2873: *(u32 *)(r10 -204) = r2
 2874: r2 = *(u32 *)(r1 +8)
 2875: *(u32 *)(r10 -200) = r2
 2876: *(u32 *)(r10 -216) = 28
 2877: r1 = map[pipe_p0f_signatures_masks] ll
 2879: r2 = r10
 2880: r2 += -216
 2881: call bpf_map_lookup_elem
 2882: r1 = r0
 2883: if r1 == 0 goto +180
 2884: r2 = *(u32 *)(r1 +0)
 2885: if r2 == 0 goto +178
 2886: *(u32 *)(r10 -184) = 28
 2887: r2 = *(u32 *)(r10 -144)
 2888: r3 = *(u32 *)(r1 +8)
 2889: r2 &= r3
 2890: *(u32 *)(r10 -180) = r2
 2891: r2 = *(u32 *)(r10 -140)
 2892: r3 = *(u32 *)(r1 +12)
 2893: r2 &= r3
 2894: *(u32 *)(r10 -176) = r2
 2895: r2 = *(u32 *)(r10 -136)
 2896: r3 = *(u32 *)(r1 +16)
 2897: r2 &= r3
 2898: *(u32 *)(r10 -172) = r2
 2899: r2 = *(u32 *)(r10 -132)
 2900: r3 = *(u32 *)(r1 +20)
 2901: r2 &= r3
 2902: *(u32 *)(r10 -168) = r2
 2903: r1 = map[pipe_p0f_signatures] ll
 2905: r2 = r10
 2906: r2 += -184
 2907: call bpf_map_lookup_elem
 2908: r1 = r0
 2909: if r1 == 0 goto +13
 2910: r2 = *(u32 *)(r1 +4)
 2911: r3 = *(u64 *)(r10 -224)
 2912: if r3 == 0 goto +2
 2913: r3 = *(u64 *)(r10 -232)
 2914: if r2 <= r3 goto +8
 2915: *(u64 *)(r10 -224) = 1
 2916: *(u64 *)(r10 -232) = r2
 2917: r2 = *(u32 *)(r1 +0)
 2918: *(u32 *)(r10 -208) = r2
 2919: r2 = *(u32 *)(r1 +4)
 2920: *(u32 *)(r10 -204) = r2
 2921: r2 = *(u32 *)(r1 +8)
 2922: *(u32 *)(r10 -200) = r2
 2923: *(u32 *)(r10 -216) = 29
 2924: r1 = map[pipe_p0f_signatures_masks] ll
 2926: r2 = r10
 2927: r2 += -216
 2928: call bpf_map_lookup_elem
 2929: r1 = r0
 2930: if r1 == 0 goto +133
 2931: r2 = *(u32 *)(r1 +0)
 2932: if r2 == 0 goto +131
 2933: *(u32 *)(r10 -184) = 29
 2934: r2 = *(u32 *)(r10 -144)
 2935: r3 = *(u32 *)(r1 +8)
 2936: r2 &= r3
 2937: *(u32 *)(r10 -180) = r2
 2938: r2 = *(u32 *)(r10 -140)
 2939: r3 = *(u32 *)(r1 +12)
 2940: r2 &= r3
 2941: *(u32 *)(r10 -176) = r2
 2942: r2 = *(u32 *)(r10 -136)
 2943: r3 = *(u32 *)(r1 +16)
 2944: r2 &= r3
 2945: *(u32 *)(r10 -172) = r2
 2946: r2 = *(u32 *)(r10 -132)
 2947: r3 = *(u32 *)(r1 +20)
 2948: r2 &= r3
 2949: *(u32 *)(r10 -168) = r2
 2950: r1 = map[pipe_p0f_signatures] ll
 2952: r2 = r10
 2953: r2 += -184
 2954: call bpf_map_lookup_elem
 2955: r1 = r0
 2956: if r1 == 0 goto +13
 2957: r2 = *(u32 *)(r1 +4)
 2958: r3 = *(u64 *)(r10 -224)
 2959: if r3 == 0 goto +2
 2960: r3 = *(u64 *)(r10 -232)
 2961: if r2 <= r3 goto +8
 2962: *(u64 *)(r10 -224) = 1
 2963: *(u64 *)(r10 -232) = r2
 2964: r2 = *(u32 *)(r1 +0)
 2965: *(u32 *)(r10 -208) = r2
 2966: r2 = *(u32 *)(r1 +4)
 2967: *(u32 *)(r10 -204) = r2
 2968: r2 = *(u32 *)(r1 +8)
 2969: *(u32 *)(r10 -200) = r2
 2970: *(u32 *)(r10 -216) = 30
 2971: r1 = map[pipe_p0f_signatures_masks] ll
 2973: r2 = r10
 2974: r2 += -216
 2975: call bpf_map_lookup_elem
 2976: r1 = r0
 2977: if r1 == 0 goto +86
 2978: r2 = *(u32 *)(r1 +0)
 2979: if r2 == 0 goto +84
 2980: *(u32 *)(r10 -184) = 30
 2981: r2 = *(u32 *)(r10 -144)
 2982: r3 = *(u32 *)(r1 +8)
 2983: r2 &= r3
 2984: *(u32 *)(r10 -180) = r2
 2985: r2 = *(u32 *)(r10 -140)
 2986: r3 = *(u32 *)(r1 +12)
 2987: r2 &= r3
 2988: *(u32 *)(r10 -176) = r2
 2989: r2 = *(u32 *)(r10 -136)
 2990: r3 = *(u32 *)(r1 +16)
 2991: r2 &= r3
 2992: *(u32 *)(r10 -172) = r2
 2993: r2 = *(u32 *)(r10 -132)
 2994: r3 = *(u32 *)(r1 +20)
 2995: r2 &= r3
 2996: *(u32 *)(r10 -168) = r2
 2997: r1 = map[pipe_p0f_signatures] ll
 2999: r2 = r10
 3000: r2 += -184
 3001: call bpf_map_lookup_elem
 3002: r1 = r0
 3003: if r1 == 0 goto +13
 3004: r2 = *(u32 *)(r1 +4)
 3005: r3 = *(u64 *)(r10 -224)
 3006: if r3 == 0 goto +2
 3007: r3 = *(u64 *)(r10 -232)
 3008: if r2 <= r3 goto +8
 3009: *(u64 *)(r10 -224) = 1
 3010: *(u64 *)(r10 -232) = r2
 3011: r2 = *(u32 *)(r1 +0)
 3012: *(u32 *)(r10 -208) = r2
 3013: r2 = *(u32 *)(r1 +4)
 3014: *(u32 *)(r10 -204) = r2
 3015: r2 = *(u32 *)(r1 +8)
 3016: *(u32 *)(r10 -200) = r2
 3017: *(u32 *)(r10 -216) = 31
 3018: r1 = map[pipe_p0f_signatures_masks] ll
 3020: r2 = r10
 3021: r2 += -216
 3022: call bpf_map_lookup_elem
 3023: r1 = r0
 3024: if r1 == 0 goto +39
 3025: r2 = *(u32 *)(r1 +0)
 3026: if r2 == 0 goto +37
 3027: *(u32 *)(r10 -184) = 31
 3028: r2 = *(u32 *)(r10 -144)
 3029: r3 = *(u32 *)(r1 +8)
 3030: r2 &= r3
 3031: *(u32 *)(r10 -180) = r2
 3032: r2 = *(u32 *)(r10 -140)
 3033: r3 = *(u32 *)(r1 +12)
 3034: r2 &= r3
 3035: *(u32 *)(r10 -176) = r2
 3036: r2 = *(u32 *)(r10 -136)
 3037: r3 = *(u32 *)(r1 +16)
 3038: r2 &= r3
 3039: *(u32 *)(r10 -172) = r2
 3040: r2 = *(u32 *)(r10 -132)
 3041: r3 = *(u32 *)(r1 +20)
 3042: r2 &= r3
 3043: *(u32 *)(r10 -168) = r2
 3044: r1 = map[pipe_p0f_signatures] ll
 3046: r2 = r10
 3047: r2 += -184
 3048: call bpf_map_lookup_elem
 3049: r1 = r0
 3050: if r1 == 0 goto +13
 3051: r2 = *(u32 *)(r1 +4)
 3052: r3 = *(u64 *)(r10 -224)
 3053: if r3 == 0 goto +2
 3054: r3 = *(u64 *)(r10 -232)
 3055: if r2 <= r3 goto +8
 3056: *(u64 *)(r10 -224) = 1
 3057: *(u64 *)(r10 -232) = r2
 3058: r2 = *(u32 *)(r1 +0)
 3059: *(u32 *)(r10 -208) = r2
 3060: r2 = *(u32 *)(r1 +4)
 3061: *(u32 *)(r10 -204) = r2
 3062: r2 = *(u32 *)(r1 +8)
 3063: *(u32 *)(r10 -200) = r2
 3064: r1 = *(u64 *)(r10 -224)
 3065: r2 = 1
 3066: if r1 != 0 goto +17
 3067: r2 = 0
 3068: *(u32 *)(r10 -144) = 0
 3069: r1 = map[pipe_p0f_signatures_default] ll
 3071: r2 = r10
 3072: r2 += -144
 3073: call bpf_map_lookup_elem
 3074: r1 = r0
 3075: if r1 == 0 goto +5
 3076: r2 = *(u32 *)(r1 +0)
 3077: r8 = *(u32 *)(r1 +8)
 3078: r8 = be32 r8
 3079: w8 = w8
 3080: goto +7
 3081: r2 = 2
 3082: r8 = 0
 3083: goto +4
 3084: r2 = *(u32 *)(r10 -208)
 3085: r8 = *(u32 *)(r10 -200)
 3086: r8 = be32 r8
 3087: w8 = w8
 3088: if r2 == 0 goto +26
 3089: if r2 == 1 goto +3
 3090: if r2 == 2 goto +1
 3091: goto +42
      ; pipe: block6 (NoAction)
 3092: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 3093: r1 = 1
      ; write var10, v45
 3094: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 3095: r1 = 0
      ; v47: bit<32> = const 1
 3096: r2 = 1
      ; count counter0[v46] += v47
 3097: *(u32 *)(r10 -144) = r1
 3098: *(u64 *)(r10 -208) = r2
 3099: r1 = map[pipe_os_stats] ll
 3101: r2 = r10
 3102: r2 += -144
 3103: call bpf_map_lookup_elem
 3104: r1 = r0
 3105: if r1 == 0 goto +8
 3106: r2 = *(u64 *)(r1 +0)
 3107: r3 = *(u64 *)(r10 -208)
 3108: r2 += r3
 3109: *(u64 *)(r1 +0) = r2
 3110: r2 = *(u64 *)(r1 +8)
 3111: r3 = *(u32 *)(r10 -40)
 3112: r2 += r3
 3113: *(u64 *)(r1 +8) = r2
 3114: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 3115: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 3116: r1 = 1
      ; count counter0[v43] += v44
 3117: *(u32 *)(r10 -144) = r8
 3118: *(u64 *)(r10 -208) = r1
 3119: r1 = map[pipe_os_stats] ll
 3121: r2 = r10
 3122: r2 += -144
 3123: call bpf_map_lookup_elem
 3124: r1 = r0
 3125: if r1 == 0 goto +8
 3126: r2 = *(u64 *)(r1 +0)
 3127: r3 = *(u64 *)(r10 -208)
 3128: r2 += r3
 3129: *(u64 *)(r1 +0) = r2
 3130: r2 = *(u64 *)(r1 +8)
 3131: r3 = *(u32 *)(r10 -40)
 3132: r2 += r3
 3133: *(u64 *)(r1 +8) = r2
 3134: goto +22
 3135: goto +21
      ; drop
 3136: r1 = *(u32 *)(r10 -36)
 3137: r2 = *(u32 *)(r10 -32)
 3138: *(u64 *)(r10 -240) = r1
 3139: *(u64 *)(r10 -248) = r2
 3140: r1 = *(u64 *)(r10 -8)
 3141: r2 = 0xfffffffffffffff8 ll
 3143: call bpf_xdp_adjust_meta
 3144: if r0 != 0 goto +10
 3145: r1 = *(u64 *)(r10 -8)
 3146: r2 = *(u32 *)(r1 +8)
 3147: r3 = *(u32 *)(r1 +0)
 3148: r1 = r2
 3149: r1 += 8
 3150: if r1 > r3 goto +4
 3151: r1 = *(u64 *)(r10 -240)
 3152: *(u32 *)(r2 +0) = r1
 3153: r1 = *(u64 *)(r10 -248)
 3154: *(u32 *)(r2 +4) = r1
 3155: r0 = 1
 3156: exit
      ; epilogue: verdict
 3157: r1 = *(u32 *)(r10 -36)
 3158: r2 = *(u32 *)(r10 -32)
 3159: *(u64 *)(r10 -256) = r1
 3160: *(u64 *)(r10 -264) = r2
 3161: r1 = *(u64 *)(r10 -8)
 3162: r2 = 0xfffffffffffffff8 ll
 3164: call bpf_xdp_adjust_meta
 3165: if r0 != 0 goto +10
 3166: r1 = *(u64 *)(r10 -8)
 3167: r2 = *(u32 *)(r1 +8)
 3168: r3 = *(u32 *)(r1 +0)
 3169: r1 = r2
 3170: r1 += 8
 3171: if r1 > r3 goto +4
 3172: r1 = *(u64 *)(r10 -256)
 3173: *(u32 *)(r2 +0) = r1
 3174: r1 = *(u64 *)(r10 -264)
 3175: *(u32 *)(r2 +4) = r1
 3176: r1 = *(u8 *)(r10 -23)
 3177: if r1 != 0 goto +2
 3178: r0 = 2
 3179: exit
 3180: if r1 != 2 goto +4
 3181: r1 = *(u32 *)(r10 -32)
 3182: r2 = 0
 3183: call bpf_redirect
 3184: exit
 3185: r0 = 1
 3186: exit
