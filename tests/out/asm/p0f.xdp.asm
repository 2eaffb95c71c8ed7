; p0f for xdp: 2027 instructions, stack 256 bytes, 4 maps
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
   33: goto +1942
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
   52: goto +1923
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
   66: goto +1909
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
   83: goto +1892
   84: r1 = r3
   85: r1 >>= 3
   86: r3 = *(u64 *)(r10 -16)
   87: r3 += r1
   88: if r3 > 16383 goto +3
   89: r1 = r6
   90: r1 += r3
   91: if r1 <= r7 goto +2
   92: *(u32 *)(r10 -48) = 1
   93: goto +1882
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
  111: goto +1864
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
  126: goto +1849
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
  161: goto +1814
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
  196: goto +1779
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
  206: goto +1769
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
  222: goto +1753
  223: r1 = r2
  224: r1 >>= 3
  225: r2 = *(u64 *)(r10 -16)
  226: r2 += r1
  227: if r2 > 16383 goto +3
  228: r1 = r6
  229: r1 += r2
  230: if r1 <= r7 goto +2
  231: *(u32 *)(r10 -48) = 1
  232: goto +1743
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
  255: goto +1720
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
  276: goto +1699
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
  302: goto +1673
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
  337: goto +1638
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
  347: goto +1628
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
  363: goto +1612
  364: r1 = r2
  365: r1 >>= 3
  366: r2 = *(u64 *)(r10 -16)
  367: r2 += r1
  368: if r2 > 16383 goto +3
  369: r1 = r6
  370: r1 += r2
  371: if r1 <= r7 goto +2
  372: *(u32 *)(r10 -48) = 1
  373: goto +1602
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
  396: goto +1579
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
  417: goto +1558
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
  443: goto +1532
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
  478: goto +1497
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
  488: goto +1487
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
  504: goto +1471
  505: r1 = r2
  506: r1 >>= 3
  507: r2 = *(u64 *)(r10 -16)
  508: r2 += r1
  509: if r2 > 16383 goto +3
  510: r1 = r6
  511: r1 += r2
  512: if r1 <= r7 goto +2
  513: *(u32 *)(r10 -48) = 1
  514: goto +1461
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
  537: goto +1438
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
  558: goto +1417
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
  584: goto +1391
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
  619: goto +1356
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
  629: goto +1346
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
  645: goto +1330
  646: r1 = r2
  647: r1 >>= 3
  648: r2 = *(u64 *)(r10 -16)
  649: r2 += r1
  650: if r2 > 16383 goto +3
  651: r1 = r6
  652: r1 += r2
  653: if r1 <= r7 goto +2
  654: *(u32 *)(r10 -48) = 1
  655: goto +1320
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
  678: goto +1297
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
  699: goto +1276
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
  725: goto +1250
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
  760: goto +1215
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
  770: goto +1205
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
  786: goto +1189
  787: r1 = r2
  788: r1 >>= 3
  789: r2 = *(u64 *)(r10 -16)
  790: r2 += r1
  791: if r2 > 16383 goto +3
  792: r1 = r6
  793: r1 += r2
  794: if r1 <= r7 goto +2
  795: *(u32 *)(r10 -48) = 1
  796: goto +1179
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
  819: goto +1156
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
  840: goto +1135
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
  866: goto +1109
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
  901: goto +1074
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
  911: goto +1064
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
  927: goto +1048
  928: r1 = r2
  929: r1 >>= 3
  930: r2 = *(u64 *)(r10 -16)
  931: r2 += r1
  932: if r2 > 16383 goto +3
  933: r1 = r6
  934: r1 += r2
  935: if r1 <= r7 goto +2
  936: *(u32 *)(r10 -48) = 1
  937: goto +1038
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
  960: goto +1015
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
  981: goto +994
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
 1007: goto +968
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
 1042: goto +933
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
 1052: goto +923
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
 1068: goto +907
 1069: r1 = r2
 1070: r1 >>= 3
 1071: r2 = *(u64 *)(r10 -16)
 1072: r2 += r1
 1073: if r2 > 16383 goto +3
 1074: r1 = r6
 1075: r1 += r2
 1076: if r1 <= r7 goto +2
 1077: *(u32 *)(r10 -48) = 1
 1078: goto +897
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
 1101: goto +874
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
 1122: goto +853
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
 1148: goto +827
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
 1183: goto +792
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
 1193: goto +782
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
 1209: goto +766
 1210: r1 = r2
 1211: r1 >>= 3
 1212: r2 = *(u64 *)(r10 -16)
 1213: r2 += r1
 1214: if r2 > 16383 goto +3
 1215: r1 = r6
 1216: r1 += r2
 1217: if r1 <= r7 goto +2
 1218: *(u32 *)(r10 -48) = 1
 1219: goto +756
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
 1242: goto +733
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
 1263: goto +712
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
 1282: goto +693
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
 1310: if r1 != 0 goto +664
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
 1524: *(u64 *)(r10 -256) = r0
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
 1551: r0 = *(u64 *)(r10 -256)
 1552: r1 = r0
 1553: r2 = r1
 1554: r2 = be64 r2
 1555: *(u64 *)(r10 -136) = r2
 1556: *(u64 *)(r10 -208) = 0
 1557: *(u32 *)(r10 -216) = 0
 1558: r1 = map[pipe_p0f_signatures_masks] ll
 1560: r2 = r10
 1561: r2 += -216
 1562: call bpf_map_lookup_elem
 1563: r1 = r0
 1564: if r1 == 0 goto +338
 1565: r2 = *(u32 *)(r1 +0)
 1566: if r2 == 0 goto +336
 1567: r2 = *(u32 *)(r10 -216)
 1568: *(u32 *)(r10 -184) = r2
 1569: r2 = *(u32 *)(r10 -144)
 1570: r3 = *(u32 *)(r1 +8)
 1571: r2 &= r3
 1572: *(u32 *)(r10 -180) = r2
 1573: r2 = *(u32 *)(r10 -140)
 1574: r3 = *(u32 *)(r1 +12)
 1575: r2 &= r3
 1576: *(u32 *)(r10 -176) = r2
 1577: r2 = *(u32 *)(r10 -136)
 1578: r3 = *(u32 *)(r1 +16)
 1579: r2 &= r3
 1580: *(u32 *)(r10 -172) = r2
 1581: r2 = *(u32 *)(r10 -132)
 1582: r3 = *(u32 *)(r1 +20)
 1583: r2 &= r3
 1584: *(u32 *)(r10 -168) = r2
 1585: r1 = map[pipe_p0f_signatures] ll
 1587: r2 = r10
 1588: r2 += -184
 1589: call bpf_map_lookup_elem
 1590: r1 = r0
 1591: if r1 == 0 goto +6
 1592: r2 = *(u64 *)(r10 -208)
 1593: if r2 == 0 goto +3
 1594: r3 = *(u32 *)(r1 +4)
 1595: r4 = *(u32 *)(r2 +4)
 1596: if r3 <= r4 goto +1
 1597: *(u64 *)(r10 -208) = r1
 1598: r1 = *(u32 *)(r10 -216)
 1599: r1 += 1
 1600: *(u32 *)(r10 -216) = r1
 1601: r1 = map[pipe_p0f_signatures_masks] ll
 1603: r2 = r10
 1604: r2 += -216
 1605: call bpf_map_lookup_elem
 1606: r1 = r0
 1607: if r1 == 0 goto +295
 1608: r2 = *(u32 *)(r1 +0)
 1609: if r2 == 0 goto +293
 1610: r2 = *(u32 *)(r10 -216)
 1611: *(u32 *)(r10 -184) = r2
 1612: r2 = *(u32 *)(r10 -144)
 1613: r3 = *(u32 *)(r1 +8)
 1614: r2 &= r3
 1615: *(u32 *)(r10 -180) = r2
 1616: r2 = *(u32 *)(r10 -140)
 1617: r3 = *(u32 *)(r1 +12)
 1618: r2 &= r3
 1619: *(u32 *)(r10 -176) = r2
 1620: r2 = *(u32 *)(r10 -136)
 1621: r3 = *(u32 *)(r1 +16)
 1622: r2 &= r3
 1623: *(u32 *)(r10 -172) = r2
 1624: r2 = *(u32 *)(r10 -132)
 1625: r3 = *(u32 *)(r1 +20)
 1626: r2 &= r3
 1627: *(u32 *)(r10 -168) = r2
 1628: r1 = map[pipe_p0f_signatures] ll
 1630: r2 = r10
 1631: r2 += -184
 1632: call bpf_map_lookup_elem
 1633: r1 = r0
 1634: if r1 == 0 goto +6
 1635: r2 = *(u64 *)(r10 -208)
 1636: if r2 == 0 goto +3
 1637: r3 = *(u32 *)(r1 +4)
 1638: r4 = *(u32 *)(r2 +4)
 1639: if r3 <= r4 goto +1
 1640: *(u64 *)(r10 -208) = r1
 1641: r1 = *(u32 *)(r10 -216)
 1642: r1 += 1
 1643: *(u32 *)(r10 -216) = r1
 1644: r1 = map[pipe_p0f_signatures_masks] ll
 1646: r2 = r10
 1647: r2 += -216
 1648: call bpf_map_lookup_elem
 1649: r1 = r0
 1650: if r1 == 0 goto +252
 1651: r2 = *(u32 *)(r1 +0)
 1652: if r2 == 0 goto +250
 1653: r2 = *(u32 *)(r10 -216)
 1654: *(u32 *)(r10 -184) = r2
 1655: r2 = *(u32 *)(r10 -144)
 1656: r3 = *(u32 *)(r1 +8)
 1657: r2 &= r3
 1658: *(u32 *)(r10 -180) = r2
 1659: r2 = *(u32 *)(r10 -140)
 1660: r3 = *(u32 *)(r1 +12)
 1661: r2 &= r3
 1662: *(u32 *)(r10 -176) = r2
 1663: r2 = *(u32 *)(r10 -136)
 1664: r3 = *(u32 *)(r1 +16)
 1665: r2 &= r3
 1666: *(u32 *)(r10 -172) = r2
 1667: r2 = *(u32 *)(r10 -132)
 1668: r3 = *(u32 *)(r1 +20)
 1669: r2 &= r3
 1670: *(u32 *)(r10 -168) = r2
 1671: r1 = map[pipe_p0f_signatures] ll
 1673: r2 = r10
 1674: r2 += -184
 1675: call bpf_map_lookup_elem
 1676: r1 = r0
 1677: if r1 == 0 goto +6
 1678: r2 = *(u64 *)(r10 -208)
 1679: if r2 == 0 goto +3
 1680: r3 = *(u32 *)(r1 +4)
 1681: r4 = *(u32 *)(r2 +4)
 1682: if r3 <= r4 goto +1
 1683: *(u64 *)(r10 -208) = r1
 1684: r1 = *(u32 *)(r10 -216)
 1685: r1 += 1
 1686: *(u32 *)(r10 -216) = r1
 1687: r1 = map[pipe_p0f_signatures_masks] ll
 1689: r2 = r10
 1690: r2 += -216
 1691: call bpf_map_lookup_elem
 1692: r1 = r0
 1693: if r1 == 0 goto +209
 1694: r2 = *(u32 *)(r1 +0)
 1695: if r2 == 0 goto +207
 1696: r2 = *(u32 *)(r10 -216)
 1697: *(u32 *)(r10 -184) = r2
 1698: r2 = *(u32 *)(r10 -144)
 1699: r3 = *(u32 *)(r1 +8)
 1700: r2 &= r3
 1701: *(u32 *)(r10 -180) = r2
 1702: r2 = *(u32 *)(r10 -140)
 1703: r3 = *(u32 *)(r1 +12)
 1704: r2 &= r3
 1705: *(u32 *)(r10 -176) = r2
 1706: r2 = *(u32 *)(r10 -136)
 1707: r3 = *(u32 *)(r1 +16)
 1708: r2 &= r3
 1709: *(u32 *)(r10 -172) = r2
 1710: r2 = *(u32 *)(r10 -132)
 1711: r3 = *(u32 *)(r1 +20)
 1712: r2 &= r3
 1713: *(u32 *)(r10 -168) = r2
 1714: r1 = map[pipe_p0f_signatures] ll
 1716: r2 = r10
 1717: r2 += -184
 1718: call bpf_map_lookup_elem
 1719: r1 = r0
 1720: if r1 == 0 goto +6
 1721: r2 = *(u64 *)(r10 -208)
 1722: if r2 == 0 goto +3
 1723: r3 = *(u32 *)(r1 +4)
 1724: r4 = *(u32 *)(r2 +4)
 1725: if r3 <= r4 goto +1
 1726: *(u64 *)(r10 -208) = r1
 1727: r1 = *(u32 *)(r10 -216)
 1728: r1 += 1
 1729: *(u32 *)(r10 -216) = r1
 1730: r1 = map[pipe_p0f_signatures_masks] ll
 1732: r2 = r10
 1733: r2 += -216
 1734: call bpf_map_lookup_elem
 1735: r1 = r0
 1736: if r1 == 0 goto +166
 1737: r2 = *(u32 *)(r1 +0)
 1738: if r2 == 0 goto +164
 1739: r2 = *(u32 *)(r10 -216)
 1740: *(u32 *)(r10 -184) = r2
 1741: r2 = *(u32 *)(r10 -144)
 1742: r3 = *(u32 *)(r1 +8)
 1743: r2 &= r3
 1744: *(u32 *)(r10 -180) = r2
 1745: r2 = *(u32 *)(r10 -140)
 1746: r3 = *(u32 *)(r1 +12)
 1747: r2 &= r3
 1748: *(u32 *)(r10 -176) = r2
 1749: r2 = *(u32 *)(r10 -136)
 1750: r3 = *(u32 *)(r1 +16)
 1751: r2 &= r3
 1752: *(u32 *)(r10 -172) = r2
 1753: r2 = *(u32 *)(r10 -132)
 1754: r3 = *(u32 *)(r1 +20)
 1755: r2 &= r3
 1756: *(u32 *)(r10 -168) = r2
 1757: r1 = map[pipe_p0f_signatures] ll
 1759: r2 = r10
 1760: r2 += -184
 1761: call bpf_map_lookup_elem
 1762: r1 = r0
 1763: if r1 == 0 goto +6
 1764: r2 = *(u64 *)(r10 -208)
 1765: if r2 == 0 goto +3
 1766: r3 = *(u32 *)(r1 +4)
 1767: r4 = *(u32 *)(r2 +4)
 1768: if r3 <= r4 goto +1
 1769: *(u64 *)(r10 -208) = r1
 1770: r1 = *(u32 *)(r10 -216)
 1771: r1 += 1
 1772: *(u32 *)(r10 -216) = r1
 1773: r1 = map[pipe_p0f_signatures_masks] ll
 1775: r2 = r10
 1776: r2 += -216
 1777: call bpf_map_lookup_elem
 1778: r1 = r0
 1779: if r1 == 0 goto +123
 1780: r2 = *(u32 *)(r1 +0)
 1781: if r2 == 0 goto +121
 1782: r2 = *(u32 *)(r10 -216)
 1783: *(u32 *)(r10 -184) = r2
 1784: r2 = *(u32 *)(r10 -144)
 1785: r3 = *(u32 *)(r1 +8)
 1786: r2 &= r3
 1787: *(u32 *)(r10 -180) = r2
 1788: r2 = *(u32 *)(r10 -140)
 1789: r3 = *(u32 *)(r1 +12)
 1790: r2 &= r3
 1791: *(u32 *)(r10 -176) = r2
 1792: r2 = *(u32 *)(r10 -136)
 1793: r3 = *(u32 *)(r1 +16)
 1794: r2 &= r3
 1795: *(u32 *)(r10 -172) = r2
 1796: r2 = *(u32 *)(r10 -132)
 1797: r3 = *(u32 *)(r1 +20)
 1798: r2 &= r3
 1799: *(u32 *)(r10 -168) = r2
 1800: r1 = map[pipe_p0f_signatures] ll
 1802: r2 = r10
 1803: r2 += -184
 1804: call bpf_map_lookup_elem
 1805: r1 = r0
 1806: if r1 == 0 goto +6
 1807: r2 = *(u64 *)(r10 -208)
 1808: if r2 == 0 goto +3
 1809: r3 = *(u32 *)(r1 +4)
 1810: r4 = *(u32 *)(r2 +4)
 1811: if r3 <= r4 goto +1
 1812: *(u64 *)(r10 -208) = r1
 1813: r1 = *(u32 *)(r10 -216)
 1814: r1 += 1
 1815: *(u32 *)(r10 -216) = r1
 1816: r1 = map[pipe_p0f_signatures_masks] ll
 1818: r2 = r10
 1819: r2 += -216
 1820: call bpf_map_lookup_elem
 1821: r1 = r0
 1822: if r1 == 0 goto +80
 1823: r2 = *(u32 *)(r1 +0)
 1824: if r2 == 0 goto +78
 1825: r2 = *(u32 *)(r10 -216)
 1826: *(u32 *)(r10 -184) = r2
 1827: r2 = *(u32 *)(r10 -144)
 1828: r3 = *(u32 *)(r1 +8)
 1829: r2 &= r3
 1830: *(u32 *)(r10 -180) = r2
 1831: r2 = *(u32 *)(r10 -140)
 1832: r3 = *(u32 *)(r1 +12)
 1833: r2 &= r3
 1834: *(u32 *)(r10 -176) = r2
 1835: r2 = *(u32 *)(r10 -136)
 1836: r3 = *(u32 *)(r1 +16)
 1837: r2 &= r3
 1838: *(u32 *)(r10 -172) = r2
 1839: r2 = *(u32 *)(r10 -132)
 1840: r3 = *(u32 *)(r1 +20)
 1841: r2 &= r3
 1842: *(u32 *)(r10 -168) = r2
 1843: r1 = map[pipe_p0f_signatures] ll
 1845: r2 = r10
 1846: r2 += -184
 1847: call bpf_map_lookup_elem
 1848: r1 = r0
 1849: if r1 == 0 goto +6
 1850: r2 = *(u64 *)(r10 -208)
 1851: if r2 == 0 goto +3
 1852: r3 = *(u32 *)(r1 +4)
 1853: r4 = *(u32 *)(r2 +4)
 1854: if r3 <= r4 goto +1
 1855: *(u64 *)(r10 -208) = r1
 1856: r1 = *(u32 *)(r10 -216)
 1857: r1 += 1
 1858: *(u32 *)(r10 -216) = r1
 1859: r1 = map[pipe_p0f_signatures_masks] ll
 1861: r2 = r10
 1862: r2 += -216
 1863: call bpf_map_lookup_elem
 1864: r1 = r0
 1865: if r1 == 0 goto +37
 1866: r2 = *(u32 *)(r1 +0)
 1867: if r2 == 0 goto +35
 1868: r2 = *(u32 *)(r10 -216)
 1869: *(u32 *)(r10 -184) = r2
 1870: r2 = *(u32 *)(r10 -144)
 1871: r3 = *(u32 *)(r1 +8)
 1872: r2 &= r3
 1873: *(u32 *)(r10 -180) = r2
 1874: r2 = *(u32 *)(r10 -140)
 1875: r3 = *(u32 *)(r1 +12)
 1876: r2 &= r3
 1877: *(u32 *)(r10 -176) = r2
 1878: r2 = *(u32 *)(r10 -136)
 1879: r3 = *(u32 *)(r1 +16)
 1880: r2 &= r3
 1881: *(u32 *)(r10 -172) = r2
 1882: r2 = *(u32 *)(r10 -132)
 1883: r3 = *(u32 *)(r1 +20)
 1884: r2 &= r3
 1885: *(u32 *)(r10 -168) = r2
 1886: r1 = map[pipe_p0f_signatures] ll
 1888: r2 = r10
 1889: r2 += -184
 1890: call bpf_map_lookup_elem
 1891: r1 = r0
 1892: if r1 == 0 goto +6
 1893: r2 = *(u64 *)(r10 -208)
 1894: if r2 == 0 goto +3
 1895: r3 = *(u32 *)(r1 +4)
 1896: r4 = *(u32 *)(r2 +4)
 1897: if r3 <= r4 goto +1
 1898: *(u64 *)(r10 -208) = r1
 1899: r1 = *(u32 *)(r10 -216)
 1900: r1 += 1
 1901: *(u32 *)(r10 -216) = r1
 1902: if r1 < 32 goto -345
 1903: r1 = *(u64 *)(r10 -208)
 1904: r2 = 1
 1905: if r1 != 0 goto +17
 1906: r2 = 0
 1907: *(u32 *)(r10 -144) = 0
 1908: r1 = map[pipe_p0f_signatures_default] ll
 1910: r2 = r10
 1911: r2 += -144
 1912: call bpf_map_lookup_elem
 1913: r1 = r0
 1914: if r1 == 0 goto +5
 1915: r2 = *(u32 *)(r1 +0)
 1916: r8 = *(u32 *)(r1 +8)
 1917: r8 = be32 r8
 1918: w8 = w8
 1919: goto +8
 1920: r2 = 2
 1921: r8 = 0
 1922: goto +5
 1923: r1 = *(u64 *)(r10 -208)
 1924: r2 = *(u32 *)(r1 +0)
 1925: r8 = *(u32 *)(r1 +8)
 1926: r8 = be32 r8
 1927: w8 = w8
 1928: if r2 == 0 goto +26
 1929: if r2 == 1 goto +3
 1930: if r2 == 2 goto +1
 1931: goto +42
      ; pipe: block6 (NoAction)
 1932: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 1933: r1 = 1
      ; write var10, v45
 1934: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 1935: r1 = 0
      ; v47: bit<32> = const 1
 1936: r2 = 1
      ; count counter0[v46] += v47
 1937: *(u32 *)(r10 -144) = r1
 1938: *(u64 *)(r10 -208) = r2
 1939: r1 = map[pipe_os_stats] ll
 1941: r2 = r10
 1942: r2 += -144
 1943: call bpf_map_lookup_elem
 1944: r1 = r0
 1945: if r1 == 0 goto +8
 1946: r2 = *(u64 *)(r1 +0)
 1947: r3 = *(u64 *)(r10 -208)
 1948: r2 += r3
 1949: *(u64 *)(r1 +0) = r2
 1950: r2 = *(u64 *)(r1 +8)
 1951: r3 = *(u32 *)(r10 -40)
 1952: r2 += r3
 1953: *(u64 *)(r1 +8) = r2
 1954: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 1955: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 1956: r1 = 1
      ; count counter0[v43] += v44
 1957: *(u32 *)(r10 -144) = r8
 1958: *(u64 *)(r10 -208) = r1
 1959: r1 = map[pipe_os_stats] ll
 1961: r2 = r10
 1962: r2 += -144
 1963: call bpf_map_lookup_elem
 1964: r1 = r0
 1965: if r1 == 0 goto +8
 1966: r2 = *(u64 *)(r1 +0)
 1967: r3 = *(u64 *)(r10 -208)
 1968: r2 += r3
 1969: *(u64 *)(r1 +0) = r2
 1970: r2 = *(u64 *)(r1 +8)
 1971: r3 = *(u32 *)(r10 -40)
 1972: r2 += r3
 1973: *(u64 *)(r1 +8) = r2
 1974: goto +22
 1975: goto +21
      ; drop
 1976: r1 = *(u32 *)(r10 -36)
 1977: r2 = *(u32 *)(r10 -32)
 1978: *(u64 *)(r10 -224) = r1
 1979: *(u64 *)(r10 -232) = r2
 1980: r1 = *(u64 *)(r10 -8)
 1981: r2 = 0xfffffffffffffff8 ll
 1983: call bpf_xdp_adjust_meta
 1984: if r0 != 0 goto +10
 1985: r1 = *(u64 *)(r10 -8)
 1986: r2 = *(u32 *)(r1 +8)
 1987: r3 = *(u32 *)(r1 +0)
 1988: r1 = r2
 1989: r1 += 8
 1990: if r1 > r3 goto +4
 1991: r1 = *(u64 *)(r10 -224)
 1992: *(u32 *)(r2 +0) = r1
 1993: r1 = *(u64 *)(r10 -232)
 1994: *(u32 *)(r2 +4) = r1
 1995: r0 = 1
 1996: exit
      ; epilogue: verdict
 1997: r1 = *(u32 *)(r10 -36)
 1998: r2 = *(u32 *)(r10 -32)
 1999: *(u64 *)(r10 -240) = r1
 2000: *(u64 *)(r10 -248) = r2
 2001: r1 = *(u64 *)(r10 -8)
 2002: r2 = 0xfffffffffffffff8 ll
 2004: call bpf_xdp_adjust_meta
 2005: if r0 != 0 goto +10
 2006: r1 = *(u64 *)(r10 -8)
 2007: r2 = *(u32 *)(r1 +8)
 2008: r3 = *(u32 *)(r1 +0)
 2009: r1 = r2
 2010: r1 += 8
 2011: if r1 > r3 goto +4
 2012: r1 = *(u64 *)(r10 -240)
 2013: *(u32 *)(r2 +0) = r1
 2014: r1 = *(u64 *)(r10 -248)
 2015: *(u32 *)(r2 +4) = r1
 2016: r1 = *(u8 *)(r10 -23)
 2017: if r1 != 0 goto +2
 2018: r0 = 2
 2019: exit
 2020: if r1 != 2 goto +4
 2021: r1 = *(u32 *)(r10 -32)
 2022: r2 = 0
 2023: call bpf_redirect
 2024: exit
 2025: r0 = 1
 2026: exit
