; p0f for xdp: 3271 instructions, stack 272 bytes, 4 maps
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
   35: goto +3184
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
   56: goto +3163
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
   72: goto +3147
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
   91: goto +3128
   92: r1 = r3
   93: r1 >>= 3
   94: r3 = *(u64 *)(r10 -16)
   95: r3 += r1
   96: if r3 > 16383 goto +3
   97: r1 = r6
   98: r1 += r3
   99: if r1 <= r7 goto +2
  100: *(u32 *)(r10 -48) = 1
  101: goto +3118
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
  123: goto +3096
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
  140: goto +3079
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
  179: goto +3040
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
  216: goto +3003
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
  226: goto +2993
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
  242: goto +2977
  243: r1 = r2
  244: r1 >>= 3
  245: r2 = *(u64 *)(r10 -16)
  246: r2 += r1
  247: if r2 > 16383 goto +3
  248: r1 = r6
  249: r1 += r2
  250: if r1 <= r7 goto +2
  251: *(u32 *)(r10 -48) = 1
  252: goto +2967
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
  275: goto +2944
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
  296: goto +2923
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
  322: goto +2897
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
  359: goto +2860
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
  369: goto +2850
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
  385: goto +2834
  386: r1 = r2
  387: r1 >>= 3
  388: r2 = *(u64 *)(r10 -16)
  389: r2 += r1
  390: if r2 > 16383 goto +3
  391: r1 = r6
  392: r1 += r2
  393: if r1 <= r7 goto +2
  394: *(u32 *)(r10 -48) = 1
  395: goto +2824
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
  418: goto +2801
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
  439: goto +2780
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
  465: goto +2754
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
  502: goto +2717
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
  512: goto +2707
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
  528: goto +2691
  529: r1 = r2
  530: r1 >>= 3
  531: r2 = *(u64 *)(r10 -16)
  532: r2 += r1
  533: if r2 > 16383 goto +3
  534: r1 = r6
  535: r1 += r2
  536: if r1 <= r7 goto +2
  537: *(u32 *)(r10 -48) = 1
  538: goto +2681
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
  561: goto +2658
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
  582: goto +2637
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
  608: goto +2611
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
  645: goto +2574
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
  655: goto +2564
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
  671: goto +2548
  672: r1 = r2
  673: r1 >>= 3
  674: r2 = *(u64 *)(r10 -16)
  675: r2 += r1
  676: if r2 > 16383 goto +3
  677: r1 = r6
  678: r1 += r2
  679: if r1 <= r7 goto +2
  680: *(u32 *)(r10 -48) = 1
  681: goto +2538
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
  704: goto +2515
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
  725: goto +2494
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
  751: goto +2468
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
  788: goto +2431
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
  798: goto +2421
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
  814: goto +2405
  815: r1 = r2
  816: r1 >>= 3
  817: r2 = *(u64 *)(r10 -16)
  818: r2 += r1
  819: if r2 > 16383 goto +3
  820: r1 = r6
  821: r1 += r2
  822: if r1 <= r7 goto +2
  823: *(u32 *)(r10 -48) = 1
  824: goto +2395
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
  847: goto +2372
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
  868: goto +2351
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
  894: goto +2325
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
  931: goto +2288
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
  941: goto +2278
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
  957: goto +2262
  958: r1 = r2
  959: r1 >>= 3
  960: r2 = *(u64 *)(r10 -16)
  961: r2 += r1
  962: if r2 > 16383 goto +3
  963: r1 = r6
  964: r1 += r2
  965: if r1 <= r7 goto +2
  966: *(u32 *)(r10 -48) = 1
  967: goto +2252
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
  990: goto +2229
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
 1011: goto +2208
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
 1037: goto +2182
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
 1074: goto +2145
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
 1084: goto +2135
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
 1100: goto +2119
 1101: r1 = r2
 1102: r1 >>= 3
 1103: r2 = *(u64 *)(r10 -16)
 1104: r2 += r1
 1105: if r2 > 16383 goto +3
 1106: r1 = r6
 1107: r1 += r2
 1108: if r1 <= r7 goto +2
 1109: *(u32 *)(r10 -48) = 1
 1110: goto +2109
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
 1133: goto +2086
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
 1154: goto +2065
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
 1180: goto +2039
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
 1217: goto +2002
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
 1227: goto +1992
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
 1243: goto +1976
 1244: r1 = r2
 1245: r1 >>= 3
 1246: r2 = *(u64 *)(r10 -16)
 1247: r2 += r1
 1248: if r2 > 16383 goto +3
 1249: r1 = r6
 1250: r1 += r2
 1251: if r1 <= r7 goto +2
 1252: *(u32 *)(r10 -48) = 1
 1253: goto +1966
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
 1276: goto +1943
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
 1297: goto +1922
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
 1316: goto +1903
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
 1335: r3 = 18
      ; v4: bit<8> = and v2, v3
 1336: r4 = r1
 1337: r4 &= r3
      ; v5: bit<8> = const 2
 1338: r1 = 2
      ; v6: bool = ne v4, v5
 1339: r3 = 1
 1340: if r4 != r1 goto +1
 1341: r3 = 0
      ; v7: bool = logical_or v1, v6
 1342: r1 = r2
 1343: r1 |= r3
 1344: if r1 != 0 goto +1874
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
 1359: r3 = 0
      ; v10: bool = ne v8, v9
 1360: r4 = 1
 1361: if r1 != r3 goto +1
 1362: r4 = 0
      ; v11: bit<16> = read_field hdr2.window
 1363: r1 = *(u32 *)(r10 -96)
 1364: if r1 == 0 goto +7
 1365: r1 -= 1
 1366: if r1 > 16383 goto +5
 1367: r3 = r6
 1368: r3 += r1
 1369: r1 = r3
 1370: r1 += 20
 1371: if r1 <= r7 goto +1
 1372: r3 = 0
 1373: r1 = 0
 1374: if r3 == 0 goto +2
 1375: r1 = *(u16 *)(r3 +14)
 1376: r1 = be16 r1
      ; v12: bit<16> = read_field hdr11.mss
 1377: r3 = 0
 1378: if r2 == 0 goto +2
 1379: r3 = *(u16 *)(r2 +1)
 1380: r3 = be16 r3
      ; v13: bit<16> = mod v11, v12
 1381: r2 = 0
 1382: if r3 == 0 goto +2
 1383: r2 = r1
 1384: r2 %= r3
      ; v14: bit<16> = const 0
 1385: r1 = 0
      ; v15: bool = eq v13, v14
 1386: r3 = 1
 1387: if r2 == r1 goto +1
 1388: r3 = 0
      ; v16: bool = logical_and v10, v15
 1389: r1 = r4
 1390: r1 &= r3
 1391: if r1 != 0 goto +1
 1392: goto +33
      ; v17: bit<16> = read_field hdr2.window
 1393: r1 = *(u32 *)(r10 -96)
 1394: if r1 == 0 goto +7
 1395: r1 -= 1
 1396: if r1 > 16383 goto +5
 1397: r2 = r6
 1398: r2 += r1
 1399: r1 = r2
 1400: r1 += 20
 1401: if r1 <= r7 goto +1
 1402: r2 = 0
 1403: r1 = 0
 1404: if r2 == 0 goto +2
 1405: r1 = *(u16 *)(r2 +14)
 1406: r1 = be16 r1
      ; v18: bit<16> = read_field hdr11.mss
 1407: r2 = *(u32 *)(r10 -60)
 1408: if r2 == 0 goto +7
 1409: r2 -= 1
 1410: if r2 > 16383 goto +5
 1411: r3 = r6
 1412: r3 += r2
 1413: r2 = r3
 1414: r2 += 3
 1415: if r2 <= r7 goto +1
 1416: r3 = 0
 1417: r2 = 0
 1418: if r3 == 0 goto +2
 1419: r2 = *(u16 *)(r3 +1)
 1420: r2 = be16 r2
      ; v19: bit<16> = div v17, v18
 1421: r3 = 0
 1422: if r2 == 0 goto +2
 1423: r3 = r1
 1424: r3 /= r2
      ; write var4, v19
 1425: *(u16 *)(r10 -26) = r3
      ; v20: bit<8> = read_field hdr3.kind
 1426: r1 = *(u32 *)(r10 -92)
 1427: if r1 == 0 goto +7
 1428: r1 -= 1
 1429: if r1 > 16383 goto +5
 1430: r2 = r6
 1431: r2 += r1
 1432: r1 = r2
 1433: r1 += 1
 1434: if r1 <= r7 goto +1
 1435: r2 = 0
 1436: r1 = 0
 1437: if r2 == 0 goto +1
 1438: r1 = *(u8 *)(r2 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1439: r2 = *(u32 *)(r10 -88)
 1440: if r2 == 0 goto +7
 1441: r2 -= 1
 1442: if r2 > 16383 goto +5
 1443: r3 = r6
 1444: r3 += r2
 1445: r2 = r3
 1446: r2 += 1
 1447: if r2 <= r7 goto +1
 1448: r3 = 0
 1449: r2 = 0
 1450: if r3 == 0 goto +1
 1451: r2 = *(u8 *)(r3 +0)
      ; v22: bit<16> = concat v20, v21
 1452: r3 = r1
 1453: r3 <<= 8
 1454: r3 |= r2
      ; v23: bit<8> = read_field hdr5.kind
 1455: r1 = *(u32 *)(r10 -84)
 1456: if r1 == 0 goto +7
 1457: r1 -= 1
 1458: if r1 > 16383 goto +5
 1459: r2 = r6
 1460: r2 += r1
 1461: r1 = r2
 1462: r1 += 1
 1463: if r1 <= r7 goto +1
 1464: r2 = 0
 1465: r1 = 0
 1466: if r2 == 0 goto +1
 1467: r1 = *(u8 *)(r2 +0)
      ; v24: bit<24> = concat v22, v23
 1468: r2 = r3
 1469: r2 <<= 8
 1470: r2 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1471: r1 = *(u32 *)(r10 -80)
 1472: if r1 == 0 goto +7
 1473: r1 -= 1
 1474: if r1 > 16383 goto +5
 1475: r3 = r6
 1476: r3 += r1
 1477: r1 = r3
 1478: r1 += 1
 1479: if r1 <= r7 goto +1
 1480: r3 = 0
 1481: r1 = 0
 1482: if r3 == 0 goto +1
 1483: r1 = *(u8 *)(r3 +0)
      ; v26: bit<32> = concat v24, v25
 1484: r3 = r2
 1485: r3 <<= 8
 1486: r3 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1487: r1 = *(u32 *)(r10 -76)
 1488: if r1 == 0 goto +7
 1489: r1 -= 1
 1490: if r1 > 16383 goto +5
 1491: r2 = r6
 1492: r2 += r1
 1493: r1 = r2
 1494: r1 += 1
 1495: if r1 <= r7 goto +1
 1496: r2 = 0
 1497: r1 = 0
 1498: if r2 == 0 goto +1
 1499: r1 = *(u8 *)(r2 +0)
      ; v28: bit<40> = concat v26, v27
 1500: r2 = r3
 1501: r2 <<= 8
 1502: r2 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1503: r1 = *(u32 *)(r10 -72)
 1504: if r1 == 0 goto +7
 1505: r1 -= 1
 1506: if r1 > 16383 goto +5
 1507: r3 = r6
 1508: r3 += r1
 1509: r1 = r3
 1510: r1 += 1
 1511: if r1 <= r7 goto +1
 1512: r3 = 0
 1513: r1 = 0
 1514: if r3 == 0 goto +1
 1515: r1 = *(u8 *)(r3 +0)
      ; v30: bit<48> = concat v28, v29
 1516: r3 = r2
 1517: r3 <<= 8
 1518: r3 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1519: r1 = *(u32 *)(r10 -68)
 1520: if r1 == 0 goto +7
 1521: r1 -= 1
 1522: if r1 > 16383 goto +5
 1523: r2 = r6
 1524: r2 += r1
 1525: r1 = r2
 1526: r1 += 1
 1527: if r1 <= r7 goto +1
 1528: r2 = 0
 1529: r1 = 0
 1530: if r2 == 0 goto +1
 1531: r1 = *(u8 *)(r2 +0)
      ; v32: bit<56> = concat v30, v31
 1532: r2 = r3
 1533: r2 <<= 8
 1534: r2 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1535: r1 = *(u32 *)(r10 -64)
 1536: if r1 == 0 goto +7
 1537: r1 -= 1
 1538: if r1 > 16383 goto +5
 1539: r3 = r6
 1540: r3 += r1
 1541: r1 = r3
 1542: r1 += 1
 1543: if r1 <= r7 goto +1
 1544: r3 = 0
 1545: r1 = 0
 1546: if r3 == 0 goto +1
 1547: r1 = *(u8 *)(r3 +0)
      ; v34: bit<64> = concat v32, v33
 1548: r3 = r2
 1549: r3 <<= 8
 1550: r3 |= r1
      ; write var5, v34
 1551: *(u64 *)(r10 -112) = r3
      ; v35: bit<8> = read_field hdr1.ttl
 1552: r1 = *(u32 *)(r10 -100)
 1553: if r1 == 0 goto +7
 1554: r1 -= 1
 1555: if r1 > 16383 goto +5
 1556: r2 = r6
 1557: r2 += r1
 1558: r1 = r2
 1559: r1 += 20
 1560: if r1 <= r7 goto +1
 1561: r2 = 0
 1562: r1 = 0
 1563: if r2 == 0 goto +1
 1564: r1 = *(u8 *)(r2 +8)
      ; v36: bit<16> = read_field hdr2.window
 1565: r2 = *(u32 *)(r10 -96)
 1566: if r2 == 0 goto +7
 1567: r2 -= 1
 1568: if r2 > 16383 goto +5
 1569: r3 = r6
 1570: r3 += r2
 1571: r2 = r3
 1572: r2 += 20
 1573: if r2 <= r7 goto +1
 1574: r3 = 0
 1575: r2 = 0
 1576: if r3 == 0 goto +2
 1577: r2 = *(u16 *)(r3 +14)
 1578: r2 = be16 r2
      ; v37: bit<16> = read var4
 1579: r3 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1580: r4 = *(u32 *)(r10 -60)
 1581: if r4 == 0 goto +7
 1582: r4 -= 1
 1583: if r4 > 16383 goto +5
 1584: r8 = r6
 1585: r8 += r4
 1586: r4 = r8
 1587: r4 += 3
 1588: if r4 <= r7 goto +1
 1589: r8 = 0
 1590: r4 = 0
 1591: if r8 == 0 goto +2
 1592: r4 = *(u16 *)(r8 +1)
 1593: r4 = be16 r4
      ; v39: bit<8> = read_field hdr12.shift
 1594: r8 = *(u32 *)(r10 -56)
 1595: if r8 == 0 goto +7
 1596: r8 -= 1
 1597: if r8 > 16383 goto +5
 1598: r9 = r6
 1599: r9 += r8
 1600: r8 = r9
 1601: r8 += 2
 1602: if r8 <= r7 goto +1
 1603: r9 = 0
 1604: r8 = 0
 1605: if r9 == 0 goto +1
 1606: r8 = *(u8 *)(r9 +1)
      ; v40: bit<64> = read var5
 1607: r0 = *(u64 *)(r10 -112)
 1608: *(u64 *)(r10 -272) = r0
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1609: *(u64 *)(r10 -144) = 0
 1610: *(u64 *)(r10 -136) = 0
 1611: r9 = r1
 1612: r1 = r9
 1613: *(u8 *)(r10 -144) = r1
 1614: r1 = r2
 1615: r2 = r1
 1616: *(u8 *)(r10 -142) = r2
 1617: r1 >>= 8
 1618: r2 = r1
 1619: *(u8 *)(r10 -143) = r2
 1620: r1 = r3
 1621: r2 = r1
 1622: *(u8 *)(r10 -140) = r2
 1623: r1 >>= 8
 1624: r2 = r1
 1625: *(u8 *)(r10 -141) = r2
 1626: r1 = r4
 1627: r2 = r1
 1628: *(u8 *)(r10 -138) = r2
 1629: r1 >>= 8
 1630: r2 = r1
 1631: *(u8 *)(r10 -139) = r2
 1632: r1 = r8
 1633: r2 = r1
 1634: *(u8 *)(r10 -137) = r2
 1635: r0 = *(u64 *)(r10 -272)
 1636: r1 = r0
 1637: r2 = r1
 1638: r2 = be64 r2
 1639: *(u64 *)(r10 -136) = r2
 1640: r1 = 0
 1641: r2 = 0
 1642: *(u64 *)(r10 -224) = r1
 1643: *(u64 *)(r10 -232) = r2
 1644: *(u32 *)(r10 -216) = 0
 1645: r1 = map[pipe_p0f_signatures_masks] ll
 1647: r2 = r10
 1648: r2 += -216
 1649: call bpf_map_lookup_elem
 1650: r1 = r0
 1651: if r1 == 0 goto +1496
 1652: r2 = *(u32 *)(r1 +0)
 1653: if r2 == 0 goto +1494
 1654: *(u32 *)(r10 -184) = 0
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
 1677: if r1 == 0 goto +13
 1678: r2 = *(u32 *)(r1 +4)
 1679: r3 = *(u64 *)(r10 -224)
 1680: if r3 == 0 goto +2
 1681: r3 = *(u64 *)(r10 -232)
 1682: if r2 <= r3 goto +8
 1683: *(u64 *)(r10 -224) = 1
 1684: *(u64 *)(r10 -232) = r2
 1685: r2 = *(u32 *)(r1 +0)
 1686: *(u32 *)(r10 -208) = r2
 1687: r2 = *(u32 *)(r1 +4)
 1688: *(u32 *)(r10 -204) = r2
 1689: r2 = *(u32 *)(r1 +8)
 1690: *(u32 *)(r10 -200) = r2
 1691: *(u32 *)(r10 -216) = 1
 1692: r1 = map[pipe_p0f_signatures_masks] ll
 1694: r2 = r10
 1695: r2 += -216
 1696: call bpf_map_lookup_elem
 1697: r1 = r0
 1698: if r1 == 0 goto +1449
 1699: r2 = *(u32 *)(r1 +0)
 1700: if r2 == 0 goto +1447
 1701: *(u32 *)(r10 -184) = 1
 1702: r2 = *(u32 *)(r10 -144)
 1703: r3 = *(u32 *)(r1 +8)
 1704: r2 &= r3
 1705: *(u32 *)(r10 -180) = r2
 1706: r2 = *(u32 *)(r10 -140)
 1707: r3 = *(u32 *)(r1 +12)
 1708: r2 &= r3
 1709: *(u32 *)(r10 -176) = r2
 1710: r2 = *(u32 *)(r10 -136)
 1711: r3 = *(u32 *)(r1 +16)
 1712: r2 &= r3
 1713: *(u32 *)(r10 -172) = r2
 1714: r2 = *(u32 *)(r10 -132)
 1715: r3 = *(u32 *)(r1 +20)
 1716: r2 &= r3
 1717: *(u32 *)(r10 -168) = r2
 1718: r1 = map[pipe_p0f_signatures] ll
 1720: r2 = r10
 1721: r2 += -184
 1722: call bpf_map_lookup_elem
 1723: r1 = r0
 1724: if r1 == 0 goto +13
 1725: r2 = *(u32 *)(r1 +4)
 1726: r3 = *(u64 *)(r10 -224)
 1727: if r3 == 0 goto +2
 1728: r3 = *(u64 *)(r10 -232)
 1729: if r2 <= r3 goto +8
 1730: *(u64 *)(r10 -224) = 1
 1731: *(u64 *)(r10 -232) = r2
 1732: r2 = *(u32 *)(r1 +0)
 1733: *(u32 *)(r10 -208) = r2
 1734: r2 = *(u32 *)(r1 +4)
 1735: *(u32 *)(r10 -204) = r2
 1736: r2 = *(u32 *)(r1 +8)
 1737: *(u32 *)(r10 -200) = r2
 1738: *(u32 *)(r10 -216) = 2
 1739: r1 = map[pipe_p0f_signatures_masks] ll
 1741: r2 = r10
 1742: r2 += -216
 1743: call bpf_map_lookup_elem
 1744: r1 = r0
 1745: if r1 == 0 goto +1402
 1746: r2 = *(u32 *)(r1 +0)
 1747: if r2 == 0 goto +1400
 1748: *(u32 *)(r10 -184) = 2
 1749: r2 = *(u32 *)(r10 -144)
 1750: r3 = *(u32 *)(r1 +8)
 1751: r2 &= r3
 1752: *(u32 *)(r10 -180) = r2
 1753: r2 = *(u32 *)(r10 -140)
 1754: r3 = *(u32 *)(r1 +12)
 1755: r2 &= r3
 1756: *(u32 *)(r10 -176) = r2
 1757: r2 = *(u32 *)(r10 -136)
 1758: r3 = *(u32 *)(r1 +16)
 1759: r2 &= r3
 1760: *(u32 *)(r10 -172) = r2
 1761: r2 = *(u32 *)(r10 -132)
 1762: r3 = *(u32 *)(r1 +20)
 1763: r2 &= r3
 1764: *(u32 *)(r10 -168) = r2
 1765: r1 = map[pipe_p0f_signatures] ll
 1767: r2 = r10
 1768: r2 += -184
 1769: call bpf_map_lookup_elem
 1770: r1 = r0
 1771: if r1 == 0 goto +13
 1772: r2 = *(u32 *)(r1 +4)
 1773: r3 = *(u64 *)(r10 -224)
 1774: if r3 == 0 goto +2
 1775: r3 = *(u64 *)(r10 -232)
 1776: if r2 <= r3 goto +8
 1777: *(u64 *)(r10 -224) = 1
 1778: *(u64 *)(r10 -232) = r2
 1779: r2 = *(u32 *)(r1 +0)
 1780: *(u32 *)(r10 -208) = r2
 1781: r2 = *(u32 *)(r1 +4)
 1782: *(u32 *)(r10 -204) = r2
 1783: r2 = *(u32 *)(r1 +8)
 1784: *(u32 *)(r10 -200) = r2
 1785: *(u32 *)(r10 -216) = 3
 1786: r1 = map[pipe_p0f_signatures_masks] ll
 1788: r2 = r10
 1789: r2 += -216
 1790: call bpf_map_lookup_elem
 1791: r1 = r0
 1792: if r1 == 0 goto +1355
 1793: r2 = *(u32 *)(r1 +0)
 1794: if r2 == 0 goto +1353
 1795: *(u32 *)(r10 -184) = 3
 1796: r2 = *(u32 *)(r10 -144)
 1797: r3 = *(u32 *)(r1 +8)
 1798: r2 &= r3
 1799: *(u32 *)(r10 -180) = r2
 1800: r2 = *(u32 *)(r10 -140)
 1801: r3 = *(u32 *)(r1 +12)
 1802: r2 &= r3
 1803: *(u32 *)(r10 -176) = r2
 1804: r2 = *(u32 *)(r10 -136)
 1805: r3 = *(u32 *)(r1 +16)
 1806: r2 &= r3
 1807: *(u32 *)(r10 -172) = r2
 1808: r2 = *(u32 *)(r10 -132)
 1809: r3 = *(u32 *)(r1 +20)
 1810: r2 &= r3
 1811: *(u32 *)(r10 -168) = r2
 1812: r1 = map[pipe_p0f_signatures] ll
 1814: r2 = r10
 1815: r2 += -184
 1816: call bpf_map_lookup_elem
 1817: r1 = r0
 1818: if r1 == 0 goto +13
 1819: r2 = *(u32 *)(r1 +4)
 1820: r3 = *(u64 *)(r10 -224)
 1821: if r3 == 0 goto +2
 1822: r3 = *(u64 *)(r10 -232)
 1823: if r2 <= r3 goto +8
 1824: *(u64 *)(r10 -224) = 1
 1825: *(u64 *)(r10 -232) = r2
 1826: r2 = *(u32 *)(r1 +0)
 1827: *(u32 *)(r10 -208) = r2
 1828: r2 = *(u32 *)(r1 +4)
 1829: *(u32 *)(r10 -204) = r2
 1830: r2 = *(u32 *)(r1 +8)
 1831: *(u32 *)(r10 -200) = r2
 1832: *(u32 *)(r10 -216) = 4
 1833: r1 = map[pipe_p0f_signatures_masks] ll
 1835: r2 = r10
 1836: r2 += -216
 1837: call bpf_map_lookup_elem
 1838: r1 = r0
 1839: if r1 == 0 goto +1308
 1840: r2 = *(u32 *)(r1 +0)
 1841: if r2 == 0 goto +1306
 1842: *(u32 *)(r10 -184) = 4
 1843: r2 = *(u32 *)(r10 -144)
 1844: r3 = *(u32 *)(r1 +8)
 1845: r2 &= r3
 1846: *(u32 *)(r10 -180) = r2
 1847: r2 = *(u32 *)(r10 -140)
 1848: r3 = *(u32 *)(r1 +12)
 1849: r2 &= r3
 1850: *(u32 *)(r10 -176) = r2
 1851: r2 = *(u32 *)(r10 -136)
 1852: r3 = *(u32 *)(r1 +16)
 1853: r2 &= r3
 1854: *(u32 *)(r10 -172) = r2
 1855: r2 = *(u32 *)(r10 -132)
 1856: r3 = *(u32 *)(r1 +20)
 1857: r2 &= r3
 1858: *(u32 *)(r10 -168) = r2
 1859: r1 = map[pipe_p0f_signatures] ll
 1861: r2 = r10
 1862: r2 += -184
 1863: call bpf_map_lookup_elem
 1864: r1 = r0
 1865: if r1 == 0 goto +13
 1866: r2 = *(u32 *)(r1 +4)
 1867: r3 = *(u64 *)(r10 -224)
 1868: if r3 == 0 goto +2
 1869: r3 = *(u64 *)(r10 -232)
 1870: if r2 <= r3 goto +8
 1871: *(u64 *)(r10 -224) = 1
 1872: *(u64 *)(r10 -232) = r2
 1873: r2 = *(u32 *)(r1 +0)
 1874: *(u32 *)(r10 -208) = r2
 1875: r2 = *(u32 *)(r1 +4)
 1876: *(u32 *)(r10 -204) = r2
 1877: r2 = *(u32 *)(r1 +8)
 1878: *(u32 *)(r10 -200) = r2
 1879: *(u32 *)(r10 -216) = 5
 1880: r1 = map[pipe_p0f_signatures_masks] ll
 1882: r2 = r10
 1883: r2 += -216
 1884: call bpf_map_lookup_elem
 1885: r1 = r0
 1886: if r1 == 0 goto +1261
 1887: r2 = *(u32 *)(r1 +0)
 1888: if r2 == 0 goto +1259
 1889: *(u32 *)(r10 -184) = 5
 1890: r2 = *(u32 *)(r10 -144)
 1891: r3 = *(u32 *)(r1 +8)
 1892: r2 &= r3
 1893: *(u32 *)(r10 -180) = r2
 1894: r2 = *(u32 *)(r10 -140)
 1895: r3 = *(u32 *)(r1 +12)
 1896: r2 &= r3
 1897: *(u32 *)(r10 -176) = r2
 1898: r2 = *(u32 *)(r10 -136)
 1899: r3 = *(u32 *)(r1 +16)
 1900: r2 &= r3
 1901: *(u32 *)(r10 -172) = r2
 1902: r2 = *(u32 *)(r10 -132)
 1903: r3 = *(u32 *)(r1 +20)
 1904: r2 &= r3
 1905: *(u32 *)(r10 -168) = r2
 1906: r1 = map[pipe_p0f_signatures] ll
 1908: r2 = r10
 1909: r2 += -184
 1910: call bpf_map_lookup_elem
 1911: r1 = r0
 1912: if r1 == 0 goto +13
 1913: r2 = *(u32 *)(r1 +4)
 1914: r3 = *(u64 *)(r10 -224)
 1915: if r3 == 0 goto +2
 1916: r3 = *(u64 *)(r10 -232)
 1917: if r2 <= r3 goto +8
 1918: *(u64 *)(r10 -224) = 1
 1919: *(u64 *)(r10 -232) = r2
 1920: r2 = *(u32 *)(r1 +0)
 1921: *(u32 *)(r10 -208) = r2
 1922: r2 = *(u32 *)(r1 +4)
 1923: *(u32 *)(r10 -204) = r2
 1924: r2 = *(u32 *)(r1 +8)
 1925: *(u32 *)(r10 -200) = r2
 1926: *(u32 *)(r10 -216) = 6
 1927: r1 = map[pipe_p0f_signatures_masks] ll
 1929: r2 = r10
 1930: r2 += -216
 1931: call bpf_map_lookup_elem
 1932: r1 = r0
 1933: if r1 == 0 goto +1214
 1934: r2 = *(u32 *)(r1 +0)
 1935: if r2 == 0 goto +1212
 1936: *(u32 *)(r10 -184) = 6
 1937: r2 = *(u32 *)(r10 -144)
 1938: r3 = *(u32 *)(r1 +8)
 1939: r2 &= r3
 1940: *(u32 *)(r10 -180) = r2
 1941: r2 = *(u32 *)(r10 -140)
 1942: r3 = *(u32 *)(r1 +12)
 1943: r2 &= r3
 1944: *(u32 *)(r10 -176) = r2
 1945: r2 = *(u32 *)(r10 -136)
 1946: r3 = *(u32 *)(r1 +16)
 1947: r2 &= r3
 1948: *(u32 *)(r10 -172) = r2
 1949: r2 = *(u32 *)(r10 -132)
 1950: r3 = *(u32 *)(r1 +20)
 1951: r2 &= r3
 1952: *(u32 *)(r10 -168) = r2
 1953: r1 = map[pipe_p0f_signatures] ll
 1955: r2 = r10
 1956: r2 += -184
 1957: call bpf_map_lookup_elem
 1958: r1 = r0
 1959: if r1 == 0 goto +13
 1960: r2 = *(u32 *)(r1 +4)
 1961: r3 = *(u64 *)(r10 -224)
 1962: if r3 == 0 goto +2
 1963: r3 = *(u64 *)(r10 -232)
 1964: if r2 <= r3 goto +8
 1965: *(u64 *)(r10 -224) = 1
 1966: *(u64 *)(r10 -232) = r2
 1967: r2 = *(u32 *)(r1 +0)
 1968: *(u32 *)(r10 -208) = r2
 1969: r2 = *(u32 *)(r1 +4)
 1970: *(u32 *)(r10 -204) = r2
 1971: r2 = *(u32 *)(r1 +8)
 1972: *(u32 *)(r10 -200) = r2
 1973: *(u32 *)(r10 -216) = 7
 1974: r1 = map[pipe_p0f_signatures_masks] ll
 1976: r2 = r10
 1977: r2 += -216
 1978: call bpf_map_lookup_elem
 1979: r1 = r0
 1980: if r1 == 0 goto +1167
 1981: r2 = *(u32 *)(r1 +0)
 1982: if r2 == 0 goto +1165
 1983: *(u32 *)(r10 -184) = 7
 1984: r2 = *(u32 *)(r10 -144)
 1985: r3 = *(u32 *)(r1 +8)
 1986: r2 &= r3
 1987: *(u32 *)(r10 -180) = r2
 1988: r2 = *(u32 *)(r10 -140)
 1989: r3 = *(u32 *)(r1 +12)
 1990: r2 &= r3
 1991: *(u32 *)(r10 -176) = r2
 1992: r2 = *(u32 *)(r10 -136)
 1993: r3 = *(u32 *)(r1 +16)
 1994: r2 &= r3
 1995: *(u32 *)(r10 -172) = r2
 1996: r2 = *(u32 *)(r10 -132)
 1997: r3 = *(u32 *)(r1 +20)
 1998: r2 &= r3
 1999: *(u32 *)(r10 -168) = r2
 2000: r1 = map[pipe_p0f_signatures] ll
 2002: r2 = r10
 2003: r2 += -184
 2004: call bpf_map_lookup_elem
 2005: r1 = r0
 2006: if r1 == 0 goto +13
 2007: r2 = *(u32 *)(r1 +4)
 2008: r3 = *(u64 *)(r10 -224)
 2009: if r3 == 0 goto +2
 2010: r3 = *(u64 *)(r10 -232)
 2011: if r2 <= r3 goto +8
 2012: *(u64 *)(r10 -224) = 1
 2013: *(u64 *)(r10 -232) = r2
 2014: r2 = *(u32 *)(r1 +0)
 2015: *(u32 *)(r10 -208) = r2
 2016: r2 = *(u32 *)(r1 +4)
 2017: *(u32 *)(r10 -204) = r2
 2018: r2 = *(u32 *)(r1 +8)
 2019: *(u32 *)(r10 -200) = r2
 2020: *(u32 *)(r10 -216) = 8
 2021: r1 = map[pipe_p0f_signatures_masks] ll
 2023: r2 = r10
 2024: r2 += -216
 2025: call bpf_map_lookup_elem
 2026: r1 = r0
 2027: if r1 == 0 goto +1120
 2028: r2 = *(u32 *)(r1 +0)
 2029: if r2 == 0 goto +1118
 2030: *(u32 *)(r10 -184) = 8
 2031: r2 = *(u32 *)(r10 -144)
 2032: r3 = *(u32 *)(r1 +8)
 2033: r2 &= r3
 2034: *(u32 *)(r10 -180) = r2
 2035: r2 = *(u32 *)(r10 -140)
 2036: r3 = *(u32 *)(r1 +12)
 2037: r2 &= r3
 2038: *(u32 *)(r10 -176) = r2
 2039: r2 = *(u32 *)(r10 -136)
 2040: r3 = *(u32 *)(r1 +16)
 2041: r2 &= r3
 2042: *(u32 *)(r10 -172) = r2
 2043: r2 = *(u32 *)(r10 -132)
 2044: r3 = *(u32 *)(r1 +20)
 2045: r2 &= r3
 2046: *(u32 *)(r10 -168) = r2
 2047: r1 = map[pipe_p0f_signatures] ll
 2049: r2 = r10
 2050: r2 += -184
 2051: call bpf_map_lookup_elem
 2052: r1 = r0
 2053: if r1 == 0 goto +13
 2054: r2 = *(u32 *)(r1 +4)
 2055: r3 = *(u64 *)(r10 -224)
 2056: if r3 == 0 goto +2
 2057: r3 = *(u64 *)(r10 -232)
 2058: if r2 <= r3 goto +8
 2059: *(u64 *)(r10 -224) = 1
 2060: *(u64 *)(r10 -232) = r2
 2061: r2 = *(u32 *)(r1 +0)
 2062: *(u32 *)(r10 -208) = r2
 2063: r2 = *(u32 *)(r1 +4)
 2064: *(u32 *)(r10 -204) = r2
 2065: r2 = *(u32 *)(r1 +8)
 2066: *(u32 *)(r10 -200) = r2
 2067: *(u32 *)(r10 -216) = 9
 2068: r1 = map[pipe_p0f_signatures_masks] ll
 2070: r2 = r10
 2071: r2 += -216
 2072: call bpf_map_lookup_elem
 2073: r1 = r0
 2074: if r1 == 0 goto +1073
 2075: r2 = *(u32 *)(r1 +0)
 2076: if r2 == 0 goto +1071
 2077: *(u32 *)(r10 -184) = 9
 2078: r2 = *(u32 *)(r10 -144)
 2079: r3 = *(u32 *)(r1 +8)
 2080: r2 &= r3
 2081: *(u32 *)(r10 -180) = r2
 2082: r2 = *(u32 *)(r10 -140)
 2083: r3 = *(u32 *)(r1 +12)
 2084: r2 &= r3
 2085: *(u32 *)(r10 -176) = r2
 2086: r2 = *(u32 *)(r10 -136)
 2087: r3 = *(u32 *)(r1 +16)
 2088: r2 &= r3
 2089: *(u32 *)(r10 -172) = r2
 2090: r2 = *(u32 *)(r10 -132)
 2091: r3 = *(u32 *)(r1 +20)
 2092: r2 &= r3
 2093: *(u32 *)(r10 -168) = r2
 2094: r1 = map[pipe_p0f_signatures] ll
 2096: r2 = r10
 2097: r2 += -184
 2098: call bpf_map_lookup_elem
 2099: r1 = r0
 2100: if r1 == 0 goto +13
 2101: r2 = *(u32 *)(r1 +4)
 2102: r3 = *(u64 *)(r10 -224)
 2103: if r3 == 0 goto +2
 2104: r3 = *(u64 *)(r10 -232)
 2105: if r2 <= r3 goto +8
 2106: *(u64 *)(r10 -224) = 1
 2107: *(u64 *)(r10 -232) = r2
 2108: r2 = *(u32 *)(r1 +0)
 2109: *(u32 *)(r10 -208) = r2
 2110: r2 = *(u32 *)(r1 +4)
 2111: *(u32 *)(r10 -204) = r2
 2112: r2 = *(u32 *)(r1 +8)
 2113: *(u32 *)(r10 -200) = r2
 2114: *(u32 *)(r10 -216) = 10
 2115: r1 = map[pipe_p0f_signatures_masks] ll
 2117: r2 = r10
 2118: r2 += -216
 2119: call bpf_map_lookup_elem
 2120: r1 = r0
 2121: if r1 == 0 goto +1026
 2122: r2 = *(u32 *)(r1 +0)
 2123: if r2 == 0 goto +1024
 2124: *(u32 *)(r10 -184) = 10
 2125: r2 = *(u32 *)(r10 -144)
 2126: r3 = *(u32 *)(r1 +8)
 2127: r2 &= r3
 2128: *(u32 *)(r10 -180) = r2
 2129: r2 = *(u32 *)(r10 -140)
 2130: r3 = *(u32 *)(r1 +12)
 2131: r2 &= r3
 2132: *(u32 *)(r10 -176) = r2
 2133: r2 = *(u32 *)(r10 -136)
 2134: r3 = *(u32 *)(r1 +16)
 2135: r2 &= r3
 2136: *(u32 *)(r10 -172) = r2
 2137: r2 = *(u32 *)(r10 -132)
 2138: r3 = *(u32 *)(r1 +20)
 2139: r2 &= r3
 2140: *(u32 *)(r10 -168) = r2
 2141: r1 = map[pipe_p0f_signatures] ll
 2143: r2 = r10
 2144: r2 += -184
 2145: call bpf_map_lookup_elem
 2146: r1 = r0
 2147: if r1 == 0 goto +13
 2148: r2 = *(u32 *)(r1 +4)
 2149: r3 = *(u64 *)(r10 -224)
 2150: if r3 == 0 goto +2
 2151: r3 = *(u64 *)(r10 -232)
 2152: if r2 <= r3 goto +8
 2153: *(u64 *)(r10 -224) = 1
 2154: *(u64 *)(r10 -232) = r2
 2155: r2 = *(u32 *)(r1 +0)
 2156: *(u32 *)(r10 -208) = r2
 2157: r2 = *(u32 *)(r1 +4)
 2158: *(u32 *)(r10 -204) = r2
 2159: r2 = *(u32 *)(r1 +8)
 2160: *(u32 *)(r10 -200) = r2
 2161: *(u32 *)(r10 -216) = 11
 2162: r1 = map[pipe_p0f_signatures_masks] ll
 2164: r2 = r10
 2165: r2 += -216
 2166: call bpf_map_lookup_elem
 2167: r1 = r0
 2168: if r1 == 0 goto +979
 2169: r2 = *(u32 *)(r1 +0)
 2170: if r2 == 0 goto +977
 2171: *(u32 *)(r10 -184) = 11
 2172: r2 = *(u32 *)(r10 -144)
 2173: r3 = *(u32 *)(r1 +8)
 2174: r2 &= r3
 2175: *(u32 *)(r10 -180) = r2
 2176: r2 = *(u32 *)(r10 -140)
 2177: r3 = *(u32 *)(r1 +12)
 2178: r2 &= r3
 2179: *(u32 *)(r10 -176) = r2
 2180: r2 = *(u32 *)(r10 -136)
 2181: r3 = *(u32 *)(r1 +16)
 2182: r2 &= r3
 2183: *(u32 *)(r10 -172) = r2
 2184: r2 = *(u32 *)(r10 -132)
 2185: r3 = *(u32 *)(r1 +20)
 2186: r2 &= r3
 2187: *(u32 *)(r10 -168) = r2
 2188: r1 = map[pipe_p0f_signatures] ll
 2190: r2 = r10
 2191: r2 += -184
 2192: call bpf_map_lookup_elem
 2193: r1 = r0
 2194: if r1 == 0 goto +13
 2195: r2 = *(u32 *)(r1 +4)
 2196: r3 = *(u64 *)(r10 -224)
 2197: if r3 == 0 goto +2
 2198: r3 = *(u64 *)(r10 -232)
 2199: if r2 <= r3 goto +8
 2200: *(u64 *)(r10 -224) = 1
 2201: *(u64 *)(r10 -232) = r2
 2202: r2 = *(u32 *)(r1 +0)
 2203: *(u32 *)(r10 -208) = r2
 2204: r2 = *(u32 *)(r1 +4)
 2205: *(u32 *)(r10 -204) = r2
 2206: r2 = *(u32 *)(r1 +8)
 2207: *(u32 *)(r10 -200) = r2
 2208: *(u32 *)(r10 -216) = 12
 2209: r1 = map[pipe_p0f_signatures_masks] ll
 2211: r2 = r10
 2212: r2 += -216
 2213: call bpf_map_lookup_elem
 2214: r1 = r0
 2215: if r1 == 0 goto +932
 2216: r2 = *(u32 *)(r1 +0)
 2217: if r2 == 0 goto +930
 2218: *(u32 *)(r10 -184) = 12
 2219: r2 = *(u32 *)(r10 -144)
 2220: r3 = *(u32 *)(r1 +8)
 2221: r2 &= r3
 2222: *(u32 *)(r10 -180) = r2
 2223: r2 = *(u32 *)(r10 -140)
 2224: r3 = *(u32 *)(r1 +12)
 2225: r2 &= r3
 2226: *(u32 *)(r10 -176) = r2
 2227: r2 = *(u32 *)(r10 -136)
 2228: r3 = *(u32 *)(r1 +16)
 2229: r2 &= r3
 2230: *(u32 *)(r10 -172) = r2
 2231: r2 = *(u32 *)(r10 -132)
 2232: r3 = *(u32 *)(r1 +20)
 2233: r2 &= r3
 2234: *(u32 *)(r10 -168) = r2
 2235: r1 = map[pipe_p0f_signatures] ll
 2237: r2 = r10
 2238: r2 += -184
 2239: call bpf_map_lookup_elem
 2240: r1 = r0
 2241: if r1 == 0 goto +13
 2242: r2 = *(u32 *)(r1 +4)
 2243: r3 = *(u64 *)(r10 -224)
 2244: if r3 == 0 goto +2
 2245: r3 = *(u64 *)(r10 -232)
 2246: if r2 <= r3 goto +8
 2247: *(u64 *)(r10 -224) = 1
 2248: *(u64 *)(r10 -232) = r2
 2249: r2 = *(u32 *)(r1 +0)
 2250: *(u32 *)(r10 -208) = r2
 2251: r2 = *(u32 *)(r1 +4)
 2252: *(u32 *)(r10 -204) = r2
 2253: r2 = *(u32 *)(r1 +8)
 2254: *(u32 *)(r10 -200) = r2
 2255: *(u32 *)(r10 -216) = 13
 2256: r1 = map[pipe_p0f_signatures_masks] ll
 2258: r2 = r10
 2259: r2 += -216
 2260: call bpf_map_lookup_elem
 2261: r1 = r0
 2262: if r1 == 0 goto +885
 2263: r2 = *(u32 *)(r1 +0)
 2264: if r2 == 0 goto +883
 2265: *(u32 *)(r10 -184) = 13
 2266: r2 = *(u32 *)(r10 -144)
 2267: r3 = *(u32 *)(r1 +8)
 2268: r2 &= r3
 2269: *(u32 *)(r10 -180) = r2
 2270: r2 = *(u32 *)(r10 -140)
 2271: r3 = *(u32 *)(r1 +12)
 2272: r2 &= r3
 2273: *(u32 *)(r10 -176) = r2
 2274: r2 = *(u32 *)(r10 -136)
 2275: r3 = *(u32 *)(r1 +16)
 2276: r2 &= r3
 2277: *(u32 *)(r10 -172) = r2
 2278: r2 = *(u32 *)(r10 -132)
 2279: r3 = *(u32 *)(r1 +20)
 2280: r2 &= r3
 2281: *(u32 *)(r10 -168) = r2
 2282: r1 = map[pipe_p0f_signatures] ll
 2284: r2 = r10
 2285: r2 += -184
 2286: call bpf_map_lookup_elem
 2287: r1 = r0
 2288: if r1 == 0 goto +13
 2289: r2 = *(u32 *)(r1 +4)
 2290: r3 = *(u64 *)(r10 -224)
 2291: if r3 == 0 goto +2
 2292: r3 = *(u64 *)(r10 -232)
 2293: if r2 <= r3 goto +8
 2294: *(u64 *)(r10 -224) = 1
 2295: *(u64 *)(r10 -232) = r2
 2296: r2 = *(u32 *)(r1 +0)
 2297: *(u32 *)(r10 -208) = r2
 2298: r2 = *(u32 *)(r1 +4)
 2299: *(u32 *)(r10 -204) = r2
 2300: r2 = *(u32 *)(r1 +8)
 2301: *(u32 *)(r10 -200) = r2
 2302: *(u32 *)(r10 -216) = 14
 2303: r1 = map[pipe_p0f_signatures_masks] ll
 2305: r2 = r10
 2306: r2 += -216
 2307: call bpf_map_lookup_elem
 2308: r1 = r0
 2309: if r1 == 0 goto +838
 2310: r2 = *(u32 *)(r1 +0)
 2311: if r2 == 0 goto +836
 2312: *(u32 *)(r10 -184) = 14
 2313: r2 = *(u32 *)(r10 -144)
 2314: r3 = *(u32 *)(r1 +8)
 2315: r2 &= r3
 2316: *(u32 *)(r10 -180) = r2
 2317: r2 = *(u32 *)(r10 -140)
 2318: r3 = *(u32 *)(r1 +12)
 2319: r2 &= r3
 2320: *(u32 *)(r10 -176) = r2
 2321: r2 = *(u32 *)(r10 -136)
 2322: r3 = *(u32 *)(r1 +16)
 2323: r2 &= r3
 2324: *(u32 *)(r10 -172) = r2
 2325: r2 = *(u32 *)(r10 -132)
 2326: r3 = *(u32 *)(r1 +20)
 2327: r2 &= r3
 2328: *(u32 *)(r10 -168) = r2
 2329: r1 = map[pipe_p0f_signatures] ll
 2331: r2 = r10
 2332: r2 += -184
 2333: call bpf_map_lookup_elem
 2334: r1 = r0
 2335: if r1 == 0 goto +13
 2336: r2 = *(u32 *)(r1 +4)
 2337: r3 = *(u64 *)(r10 -224)
 2338: if r3 == 0 goto +2
 2339: r3 = *(u64 *)(r10 -232)
 2340: if r2 <= r3 goto +8
 2341: *(u64 *)(r10 -224) = 1
 2342: *(u64 *)(r10 -232) = r2
 2343: r2 = *(u32 *)(r1 +0)
 2344: *(u32 *)(r10 -208) = r2
 2345: r2 = *(u32 *)(r1 +4)
 2346: *(u32 *)(r10 -204) = r2
 2347: r2 = *(u32 *)(r1 +8)
 2348: *(u32 *)(r10 -200) = r2
 2349: *(u32 *)(r10 -216) = 15
 2350: r1 = map[pipe_p0f_signatures_masks] ll
 2352: r2 = r10
 2353: r2 += -216
 2354: call bpf_map_lookup_elem
 2355: r1 = r0
 2356: if r1 == 0 goto +791
 2357: r2 = *(u32 *)(r1 +0)
 2358: if r2 == 0 goto +789
 2359: *(u32 *)(r10 -184) = 15
 2360: r2 = *(u32 *)(r10 -144)
 2361: r3 = *(u32 *)(r1 +8)
 2362: r2 &= r3
 2363: *(u32 *)(r10 -180) = r2
 2364: r2 = *(u32 *)(r10 -140)
 2365: r3 = *(u32 *)(r1 +12)
 2366: r2 &= r3
 2367: *(u32 *)(r10 -176) = r2
 2368: r2 = *(u32 *)(r10 -136)
 2369: r3 = *(u32 *)(r1 +16)
 2370: r2 &= r3
 2371: *(u32 *)(r10 -172) = r2
 2372: r2 = *(u32 *)(r10 -132)
 2373: r3 = *(u32 *)(r1 +20)
 2374: r2 &= r3
 2375: *(u32 *)(r10 -168) = r2
 2376: r1 = map[pipe_p0f_signatures] ll
 2378: r2 = r10
 2379: r2 += -184
 2380: call bpf_map_lookup_elem
 2381: r1 = r0
 2382: if r1 == 0 goto +13
 2383: r2 = *(u32 *)(r1 +4)
 2384: r3 = *(u64 *)(r10 -224)
 2385: if r3 == 0 goto +2
 2386: r3 = *(u64 *)(r10 -232)
 2387: if r2 <= r3 goto +8
 2388: *(u64 *)(r10 -224) = 1
 2389: *(u64 *)(r10 -232) = r2
 2390: r2 = *(u32 *)(r1 +0)
 2391: *(u32 *)(r10 -208) = r2
 2392: r2 = *(u32 *)(r1 +4)
 2393: *(u32 *)(r10 -204) = r2
 2394: r2 = *(u32 *)(r1 +8)
 2395: *(u32 *)(r10 -200) = r2
 2396: *(u32 *)(r10 -216) = 16
 2397: r1 = map[pipe_p0f_signatures_masks] ll
 2399: r2 = r10
 2400: r2 += -216
 2401: call bpf_map_lookup_elem
 2402: r1 = r0
 2403: if r1 == 0 goto +744
 2404: r2 = *(u32 *)(r1 +0)
 2405: if r2 == 0 goto +742
 2406: *(u32 *)(r10 -184) = 16
 2407: r2 = *(u32 *)(r10 -144)
 2408: r3 = *(u32 *)(r1 +8)
 2409: r2 &= r3
 2410: *(u32 *)(r10 -180) = r2
 2411: r2 = *(u32 *)(r10 -140)
 2412: r3 = *(u32 *)(r1 +12)
 2413: r2 &= r3
 2414: *(u32 *)(r10 -176) = r2
 2415: r2 = *(u32 *)(r10 -136)
 2416: r3 = *(u32 *)(r1 +16)
 2417: r2 &= r3
 2418: *(u32 *)(r10 -172) = r2
 2419: r2 = *(u32 *)(r10 -132)
 2420: r3 = *(u32 *)(r1 +20)
 2421: r2 &= r3
 2422: *(u32 *)(r10 -168) = r2
 2423: r1 = map[pipe_p0f_signatures] ll
 2425: r2 = r10
 2426: r2 += -184
 2427: call bpf_map_lookup_elem
 2428: r1 = r0
 2429: if r1 == 0 goto +13
 2430: r2 = *(u32 *)(r1 +4)
 2431: r3 = *(u64 *)(r10 -224)
 2432: if r3 == 0 goto +2
 2433: r3 = *(u64 *)(r10 -232)
 2434: if r2 <= r3 goto +8
 2435: *(u64 *)(r10 -224) = 1
 2436: *(u64 *)(r10 -232) = r2
 2437: r2 = *(u32 *)(r1 +0)
 2438: *(u32 *)(r10 -208) = r2
 2439: r2 = *(u32 *)(r1 +4)
 2440: *(u32 *)(r10 -204) = r2
 2441: r2 = *(u32 *)(r1 +8)
 2442: *(u32 *)(r10 -200) = r2
 2443: *(u32 *)(r10 -216) = 17
 2444: r1 = map[pipe_p0f_signatures_masks] ll
 2446: r2 = r10
 2447: r2 += -216
 2448: call bpf_map_lookup_elem
 2449: r1 = r0
 2450: if r1 == 0 goto +697
 2451: r2 = *(u32 *)(r1 +0)
 2452: if r2 == 0 goto +695
 2453: *(u32 *)(r10 -184) = 17
 2454: r2 = *(u32 *)(r10 -144)
 2455: r3 = *(u32 *)(r1 +8)
 2456: r2 &= r3
 2457: *(u32 *)(r10 -180) = r2
 2458: r2 = *(u32 *)(r10 -140)
 2459: r3 = *(u32 *)(r1 +12)
 2460: r2 &= r3
 2461: *(u32 *)(r10 -176) = r2
 2462: r2 = *(u32 *)(r10 -136)
 2463: r3 = *(u32 *)(r1 +16)
 2464: r2 &= r3
 2465: *(u32 *)(r10 -172) = r2
 2466: r2 = *(u32 *)(r10 -132)
 2467: r3 = *(u32 *)(r1 +20)
 2468: r2 &= r3
 2469: *(u32 *)(r10 -168) = r2
 2470: r1 = map[pipe_p0f_signatures] ll
 2472: r2 = r10
 2473: r2 += -184
 2474: call bpf_map_lookup_elem
 2475: r1 = r0
 2476: if r1 == 0 goto +13
 2477: r2 = *(u32 *)(r1 +4)
 2478: r3 = *(u64 *)(r10 -224)
 2479: if r3 == 0 goto +2
 2480: r3 = *(u64 *)(r10 -232)
 2481: if r2 <= r3 goto +8
 2482: *(u64 *)(r10 -224) = 1
 2483: *(u64 *)(r10 -232) = r2
 2484: r2 = *(u32 *)(r1 +0)
 2485: *(u32 *)(r10 -208) = r2
 2486: r2 = *(u32 *)(r1 +4)
 2487: *(u32 *)(r10 -204) = r2
 2488: r2 = *(u32 *)(r1 +8)
 2489: *(u32 *)(r10 -200) = r2
 2490: *(u32 *)(r10 -216) = 18
 2491: r1 = map[pipe_p0f_signatures_masks] ll
 2493: r2 = r10
 2494: r2 += -216
 2495: call bpf_map_lookup_elem
 2496: r1 = r0
 2497: if r1 == 0 goto +650
 2498: r2 = *(u32 *)(r1 +0)
 2499: if r2 == 0 goto +648
 2500: *(u32 *)(r10 -184) = 18
 2501: r2 = *(u32 *)(r10 -144)
 2502: r3 = *(u32 *)(r1 +8)
 2503: r2 &= r3
 2504: *(u32 *)(r10 -180) = r2
 2505: r2 = *(u32 *)(r10 -140)
 2506: r3 = *(u32 *)(r1 +12)
 2507: r2 &= r3
 2508: *(u32 *)(r10 -176) = r2
 2509: r2 = *(u32 *)(r10 -136)
 2510: r3 = *(u32 *)(r1 +16)
 2511: r2 &= r3
 2512: *(u32 *)(r10 -172) = r2
 2513: r2 = *(u32 *)(r10 -132)
 2514: r3 = *(u32 *)(r1 +20)
 2515: r2 &= r3
 2516: *(u32 *)(r10 -168) = r2
 2517: r1 = map[pipe_p0f_signatures] ll
 2519: r2 = r10
 2520: r2 += -184
 2521: call bpf_map_lookup_elem
 2522: r1 = r0
 2523: if r1 == 0 goto +13
 2524: r2 = *(u32 *)(r1 +4)
 2525: r3 = *(u64 *)(r10 -224)
 2526: if r3 == 0 goto +2
 2527: r3 = *(u64 *)(r10 -232)
 2528: if r2 <= r3 goto +8
 2529: *(u64 *)(r10 -224) = 1
 2530: *(u64 *)(r10 -232) = r2
 2531: r2 = *(u32 *)(r1 +0)
 2532: *(u32 *)(r10 -208) = r2
 2533: r2 = *(u32 *)(r1 +4)
 2534: *(u32 *)(r10 -204) = r2
 2535: r2 = *(u32 *)(r1 +8)
 2536: *(u32 *)(r10 -200) = r2
 2537: *(u32 *)(r10 -216) = 19
 2538: r1 = map[pipe_p0f_signatures_masks] ll
 2540: r2 = r10
 2541: r2 += -216
 2542: call bpf_map_lookup_elem
 2543: r1 = r0
 2544: if r1 == 0 goto +603
 2545: r2 = *(u32 *)(r1 +0)
 2546: if r2 == 0 goto +601
 2547: *(u32 *)(r10 -184) = 19
 2548: r2 = *(u32 *)(r10 -144)
 2549: r3 = *(u32 *)(r1 +8)
 2550: r2 &= r3
 2551: *(u32 *)(r10 -180) = r2
 2552: r2 = *(u32 *)(r10 -140)
 2553: r3 = *(u32 *)(r1 +12)
 2554: r2 &= r3
 2555: *(u32 *)(r10 -176) = r2
 2556: r2 = *(u32 *)(r10 -136)
 2557: r3 = *(u32 *)(r1 +16)
 2558: r2 &= r3
 2559: *(u32 *)(r10 -172) = r2
 2560: r2 = *(u32 *)(r10 -132)
 2561: r3 = *(u32 *)(r1 +20)
 2562: r2 &= r3
 2563: *(u32 *)(r10 -168) = r2
 2564: r1 = map[pipe_p0f_signatures] ll
 2566: r2 = r10
 2567: r2 += -184
 2568: call bpf_map_lookup_elem
 2569: r1 = r0
 2570: if r1 == 0 goto +13
 2571: r2 = *(u32 *)(r1 +4)
 2572: r3 = *(u64 *)(r10 -224)
 2573: if r3 == 0 goto +2
 2574: r3 = *(u64 *)(r10 -232)
 2575: if r2 <= r3 goto +8
 2576: *(u64 *)(r10 -224) = 1
 2577: *(u64 *)(r10 -232) = r2
 2578: r2 = *(u32 *)(r1 +0)
 2579: *(u32 *)(r10 -208) = r2
 2580: r2 = *(u32 *)(r1 +4)
 2581: *(u32 *)(r10 -204) = r2
 2582: r2 = *(u32 *)(r1 +8)
 2583: *(u32 *)(r10 -200) = r2
 2584: *(u32 *)(r10 -216) = 20
 2585: r1 = map[pipe_p0f_signatures_masks] ll
 2587: r2 = r10
 2588: r2 += -216
 2589: call bpf_map_lookup_elem
 2590: r1 = r0
 2591: if r1 == 0 goto +556
 2592: r2 = *(u32 *)(r1 +0)
 2593: if r2 == 0 goto +554
 2594: *(u32 *)(r10 -184) = 20
 2595: r2 = *(u32 *)(r10 -144)
 2596: r3 = *(u32 *)(r1 +8)
 2597: r2 &= r3
 2598: *(u32 *)(r10 -180) = r2
 2599: r2 = *(u32 *)(r10 -140)
 2600: r3 = *(u32 *)(r1 +12)
 2601: r2 &= r3
 2602: *(u32 *)(r10 -176) = r2
 2603: r2 = *(u32 *)(r10 -136)
 2604: r3 = *(u32 *)(r1 +16)
 2605: r2 &= r3
 2606: *(u32 *)(r10 -172) = r2
 2607: r2 = *(u32 *)(r10 -132)
 2608: r3 = *(u32 *)(r1 +20)
 2609: r2 &= r3
 2610: *(u32 *)(r10 -168) = r2
 2611: r1 = map[pipe_p0f_signatures] ll
 2613: r2 = r10
 2614: r2 += -184
 2615: call bpf_map_lookup_elem
 2616: r1 = r0
 2617: if r1 == 0 goto +13
 2618: r2 = *(u32 *)(r1 +4)
 2619: r3 = *(u64 *)(r10 -224)
 2620: if r3 == 0 goto +2
 2621: r3 = *(u64 *)(r10 -232)
 2622: if r2 <= r3 goto +8
 2623: *(u64 *)(r10 -224) = 1
 2624: *(u64 *)(r10 -232) = r2
 2625: r2 = *(u32 *)(r1 +0)
 2626: *(u32 *)(r10 -208) = r2
 2627: r2 = *(u32 *)(r1 +4)
 2628: *(u32 *)(r10 -204) = r2
 2629: r2 = *(u32 *)(r1 +8)
 2630: *(u32 *)(r10 -200) = r2
 2631: *(u32 *)(r10 -216) = 21
 2632: r1 = map[pipe_p0f_signatures_masks] ll
 2634: r2 = r10
 2635: r2 += -216
 2636: call bpf_map_lookup_elem
 2637: r1 = r0
 2638: if r1 == 0 goto +509
 2639: r2 = *(u32 *)(r1 +0)
 2640: if r2 == 0 goto +507
 2641: *(u32 *)(r10 -184) = 21
 2642: r2 = *(u32 *)(r10 -144)
 2643: r3 = *(u32 *)(r1 +8)
 2644: r2 &= r3
 2645: *(u32 *)(r10 -180) = r2
 2646: r2 = *(u32 *)(r10 -140)
 2647: r3 = *(u32 *)(r1 +12)
 2648: r2 &= r3
 2649: *(u32 *)(r10 -176) = r2
 2650: r2 = *(u32 *)(r10 -136)
 2651: r3 = *(u32 *)(r1 +16)
 2652: r2 &= r3
 2653: *(u32 *)(r10 -172) = r2
 2654: r2 = *(u32 *)(r10 -132)
 2655: r3 = *(u32 *)(r1 +20)
 2656: r2 &= r3
 2657: *(u32 *)(r10 -168) = r2
 2658: r1 = map[pipe_p0f_signatures] ll
 2660: r2 = r10
 2661: r2 += -184
 2662: call bpf_map_lookup_elem
 2663: r1 = r0
 2664: if r1 == 0 goto +13
 2665: r2 = *(u32 *)(r1 +4)
 2666: r3 = *(u64 *)(r10 -224)
 2667: if r3 == 0 goto +2
 2668: r3 = *(u64 *)(r10 -232)
 2669: if r2 <= r3 goto +8
 2670: *(u64 *)(r10 -224) = 1
 2671: *(u64 *)(r10 -232) = r2
 2672: r2 = *(u32 *)(r1 +0)
 2673: *(u32 *)(r10 -208) = r2
 2674: r2 = *(u32 *)(r1 +4)
 2675: *(u32 *)(r10 -204) = r2
 2676: r2 = *(u32 *)(r1 +8)
 2677: *(u32 *)(r10 -200) = r2
 2678: *(u32 *)(r10 -216) = 22
 2679: r1 = map[pipe_p0f_signatures_masks] ll
 2681: r2 = r10
 2682: r2 += -216
 2683: call bpf_map_lookup_elem
 2684: r1 = r0
 2685: if r1 == 0 goto +462
 2686: r2 = *(u32 *)(r1 +0)
 2687: if r2 == 0 goto +460
 2688: *(u32 *)(r10 -184) = 22
 2689: r2 = *(u32 *)(r10 -144)
 2690: r3 = *(u32 *)(r1 +8)
 2691: r2 &= r3
 2692: *(u32 *)(r10 -180) = r2
 2693: r2 = *(u32 *)(r10 -140)
 2694: r3 = *(u32 *)(r1 +12)
 2695: r2 &= r3
 2696: *(u32 *)(r10 -176) = r2
 2697: r2 = *(u32 *)(r10 -136)
 2698: r3 = *(u32 *)(r1 +16)
 2699: r2 &= r3
 2700: *(u32 *)(r10 -172) = r2
 2701: r2 = *(u32 *)(r10 -132)
 2702: r3 = *(u32 *)(r1 +20)
 2703: r2 &= r3
 2704: *(u32 *)(r10 -168) = r2
 2705: r1 = map[pipe_p0f_signatures] ll
 2707: r2 = r10
 2708: r2 += -184
 2709: call bpf_map_lookup_elem
 2710: r1 = r0
 2711: if r1 == 0 goto +13
 2712: r2 = *(u32 *)(r1 +4)
 2713: r3 = *(u64 *)(r10 -224)
 2714: if r3 == 0 goto +2
 2715: r3 = *(u64 *)(r10 -232)
 2716: if r2 <= r3 goto +8
 2717: *(u64 *)(r10 -224) = 1
 2718: *(u64 *)(r10 -232) = r2
 2719: r2 = *(u32 *)(r1 +0)
 2720: *(u32 *)(r10 -208) = r2
 2721: r2 = *(u32 *)(r1 +4)
 2722: *(u32 *)(r10 -204) = r2
 2723: r2 = *(u32 *)(r1 +8)
 2724: *(u32 *)(r10 -200) = r2
 2725: *(u32 *)(r10 -216) = 23
 2726: r1 = map[pipe_p0f_signatures_masks] ll
 2728: r2 = r10
 2729: r2 += -216
 2730: call bpf_map_lookup_elem
 2731: r1 = r0
 2732: if r1 == 0 goto +415
 2733: r2 = *(u32 *)(r1 +0)
 2734: if r2 == 0 goto +413
 2735: *(u32 *)(r10 -184) = 23
 2736: r2 = *(u32 *)(r10 -144)
 2737: r3 = *(u32 *)(r1 +8)
 2738: r2 &= r3
 2739: *(u32 *)(r10 -180) = r2
 2740: r2 = *(u32 *)(r10 -140)
 2741: r3 = *(u32 *)(r1 +12)
 2742: r2 &= r3
 2743: *(u32 *)(r10 -176) = r2
 2744: r2 = *(u32 *)(r10 -136)
 2745: r3 = *(u32 *)(r1 +16)
 2746: r2 &= r3
 2747: *(u32 *)(r10 -172) = r2
 2748: r2 = *(u32 *)(r10 -132)
 2749: r3 = *(u32 *)(r1 +20)
 2750: r2 &= r3
 2751: *(u32 *)(r10 -168) = r2
 2752: r1 = map[pipe_p0f_signatures] ll
 2754: r2 = r10
 2755: r2 += -184
 2756: call bpf_map_lookup_elem
 2757: r1 = r0
 2758: if r1 == 0 goto +13
 2759: r2 = *(u32 *)(r1 +4)
 2760: r3 = *(u64 *)(r10 -224)
 2761: if r3 == 0 goto +2
 2762: r3 = *(u64 *)(r10 -232)
 2763: if r2 <= r3 goto +8
 2764: *(u64 *)(r10 -224) = 1
 2765: *(u64 *)(r10 -232) = r2
 2766: r2 = *(u32 *)(r1 +0)
 2767: *(u32 *)(r10 -208) = r2
 2768: r2 = *(u32 *)(r1 +4)
 2769: *(u32 *)(r10 -204) = r2
 2770: r2 = *(u32 *)(r1 +8)
 2771: *(u32 *)(r10 -200) = r2
 2772: *(u32 *)(r10 -216) = 24
 2773: r1 = map[pipe_p0f_signatures_masks] ll
 2775: r2 = r10
 2776: r2 += -216
 2777: call bpf_map_lookup_elem
 2778: r1 = r0
 2779: if r1 == 0 goto +368
 2780: r2 = *(u32 *)(r1 +0)
 2781: if r2 == 0 goto +366
 2782: *(u32 *)(r10 -184) = 24
 2783: r2 = *(u32 *)(r10 -144)
 2784: r3 = *(u32 *)(r1 +8)
 2785: r2 &= r3
 2786: *(u32 *)(r10 -180) = r2
 2787: r2 = *(u32 *)(r10 -140)
 2788: r3 = *(u32 *)(r1 +12)
 2789: r2 &= r3
 2790: *(u32 *)(r10 -176) = r2
 2791: r2 = *(u32 *)(r10 -136)
 2792: r3 = *(u32 *)(r1 +16)
 2793: r2 &= r3
 2794: *(u32 *)(r10 -172) = r2
 2795: r2 = *(u32 *)(r10 -132)
 2796: r3 = *(u32 *)(r1 +20)
 2797: r2 &= r3
 2798: *(u32 *)(r10 -168) = r2
 2799: r1 = map[pipe_p0f_signatures] ll
 2801: r2 = r10
 2802: r2 += -184
 2803: call bpf_map_lookup_elem
 2804: r1 = r0
 2805: if r1 == 0 goto +13
 2806: r2 = *(u32 *)(r1 +4)
 2807: r3 = *(u64 *)(r10 -224)
 2808: if r3 == 0 goto +2
 2809: r3 = *(u64 *)(r10 -232)
 2810: if r2 <= r3 goto +8
 2811: *(u64 *)(r10 -224) = 1
 2812: *(u64 *)(r10 -232) = r2
 2813: r2 = *(u32 *)(r1 +0)
 2814: *(u32 *)(r10 -208) = r2
 2815: r2 = *(u32 *)(r1 +4)
 2816: *(u32 *)(r10 -204) = r2
 2817: r2 = *(u32 *)(r1 +8)
 2818: *(u32 *)(r10 -200) = r2
 2819: *(u32 *)(r10 -216) = 25
 2820: r1 = map[pipe_p0f_signatures_masks] ll
 2822: r2 = r10
 2823: r2 += -216
 2824: call bpf_map_lookup_elem
 2825: r1 = r0
 2826: if r1 == 0 goto +321
 2827: r2 = *(u32 *)(r1 +0)
 2828: if r2 == 0 goto +319
 2829: *(u32 *)(r10 -184) = 25
 2830: r2 = *(u32 *)(r10 -144)
 2831: r3 = *(u32 *)(r1 +8)
 2832: r2 &= r3
 2833: *(u32 *)(r10 -180) = r2
 2834: r2 = *(u32 *)(r10 -140)
 2835: r3 = *(u32 *)(r1 +12)
 2836: r2 &= r3
 2837: *(u32 *)(r10 -176) = r2
 2838: r2 = *(u32 *)(r10 -136)
 2839: r3 = *(u32 *)(r1 +16)
 2840: r2 &= r3
 2841: *(u32 *)(r10 -172) = r2
 2842: r2 = *(u32 *)(r10 -132)
 2843: r3 = *(u32 *)(r1 +20)
 2844: r2 &= r3
 2845: *(u32 *)(r10 -168) = r2
 2846: r1 = map[pipe_p0f_signatures] ll
 2848: r2 = r10
 2849: r2 += -184
 2850: call bpf_map_lookup_elem
 2851: r1 = r0
 2852: if r1 == 0 goto +13
 2853: r2 = *(u32 *)(r1 +4)
 2854: r3 = *(u64 *)(r10 -224)
 2855: if r3 == 0 goto +2
 2856: r3 = *(u64 *)(r10 -232)
 2857: if r2 <= r3 goto +8
 2858: *(u64 *)(r10 -224) = 1
 2859: *(u64 *)(r10 -232) = r2
 2860: r2 = *(u32 *)(r1 +0)
 2861: *(u32 *)(r10 -208) = r2
 2862: r2 = *(u32 *)(r1 +4)
 2863: *(u32 *)(r10 -204) = r2
 2864: r2 = *(u32 *)(r1 +8)
 2865: *(u32 *)(r10 -200) = r2
 2866: *(u32 *)(r10 -216) = 26
 2867: r1 = map[pipe_p0f_signatures_masks] ll
 2869: r2 = r10
 2870: r2 += -216
 2871: call bpf_map_lookup_elem
 2872: r1 = r0
 2873: if r1 == 0 goto +274
 2874: r2 = *(u32 *)(r1 +0)
 2875: if r2 == 0 goto +272
 2876: *(u32 *)(r10 -184) = 26
 2877: r2 = *(u32 *)(r10 -144)
 2878: r3 = *(u32 *)(r1 +8)
 2879: r2 &= r3
 2880: *(u32 *)(r10 -180) = r2
 2881: r2 = *(u32 *)(r10 -140)
 2882: r3 = *(u32 *)(r1 +12)
 2883: r2 &= r3
 2884: *(u32 *)(r10 -176) = r2
 2885: r2 = *(u32 *)(r10 -136)
 2886: r3 = *(u32 *)(r1 +16)
 2887: r2 &= r3
 2888: *(u32 *)(r10 -172) = r2
 2889: r2 = *(u32 *)(r10 -132)
 2890: r3 = *(u32 *)(r1 +20)
 2891: r2 &= r3
 2892: *(u32 *)(r10 -168) = r2
 2893: r1 = map[pipe_p0f_signatures] ll
 2895: r2 = r10
 2896: r2 += -184
 2897: call bpf_map_lookup_elem
 2898: r1 = r0
 2899: if r1 == 0 goto +13
 2900: r2 = *(u32 *)(r1 +4)
 2901: r3 = *(u64 *)(r10 -224)
 2902: if r3 == 0 goto +2
 2903: r3 = *(u64 *)(r10 -232)
 2904: if r2 <= r3 goto +8
 2905: *(u64 *)(r10 -224) = 1
 2906: *(u64 *)(r10 -232) = r2
 2907: r2 = *(u32 *)(r1 +0)
 2908: *(u32 *)(r10 -208) = r2
 2909: r2 = *(u32 *)(r1 +4)
 2910: *(u32 *)(r10 -204) = r2
 2911: r2 = *(u32 *)(r1 +8)
 2912: *(u32 *)(r10 -200) = r2
 2913: *(u32 *)(r10 -216) = 27
 2914: r1 = map[pipe_p0f_signatures_masks] ll
 2916: r2 = r10
 2917: r2 += -216
 2918: call bpf_map_lookup_elem
 2919: r1 = r0
 2920: if r1 == 0 goto +227
 2921: r2 = *(u32 *)(r1 +0)
 2922: if r2 == 0 goto +225
 2923: *(u32 *)(r10 -184) = 27
 2924: r2 = *(u32 *)(r10 -144)
 2925: r3 = *(u32 *)(r1 +8)
 2926: r2 &= r3
 2927: *(u32 *)(r10 -180) = r2
 2928: r2 = *(u32 *)(r10 -140)
 2929: r3 = *(u32 *)(r1 +12)
 2930: r2 &= r3
 2931: *(u32 *)(r10 -176) = r2
 2932: r2 = *(u32 *)(r10 -136)
 2933: r3 = *(u32 *)(r1 +16)
 2934: r2 &= r3
 2935: *(u32 *)(r10 -172) = r2
 2936: r2 = *(u32 *)(r10 -132)
 2937: r3 = *(u32 *)(r1 +20)
 2938: r2 &= r3
 2939: *(u32 *)(r10 -168) = r2
 2940: r1 = map[pipe_p0f_signatures] ll
 2942: r2 = r10
 2943: r2 += -184
 2944: call bpf_map_lookup_elem
 2945: r1 = r0
 2946: if r1 == 0 goto +13
 2947: r2 = *(u32 *)(r1 +4)
 2948: r3 = *(u64 *)(r10 -224)
 2949: if r3 == 0 goto +2
 2950: r3 = *(u64 *)(r10 -232)
 2951: if r2 <= r3 goto +8
 2952: *(u64 *)(r10 -224) = 1
 2953: *(u64 *)(r10 -232) = r2
 2954: r2 = *(u32 *)(r1 +0)
 2955: *(u32 *)(r10 -208) = r2
 2956: r2 = *(u32 *)(r1 +4)
 2957: *(u32 *)(r10 -204) = r2
 2958: r2 = *(u32 *)(r1 +8)
 2959: *(u32 *)(r10 -200) = r2
 2960: *(u32 *)(r10 -216) = 28
 2961: r1 = map[pipe_p0f_signatures_masks] ll
 2963: r2 = r10
 2964: r2 += -216
 2965: call bpf_map_lookup_elem
 2966: r1 = r0
 2967: if r1 == 0 goto +180
 2968: r2 = *(u32 *)(r1 +0)
 2969: if r2 == 0 goto +178
 2970: *(u32 *)(r10 -184) = 28
 2971: r2 = *(u32 *)(r10 -144)
 2972: r3 = *(u32 *)(r1 +8)
 2973: r2 &= r3
 2974: *(u32 *)(r10 -180) = r2
 2975: r2 = *(u32 *)(r10 -140)
 2976: r3 = *(u32 *)(r1 +12)
 2977: r2 &= r3
 2978: *(u32 *)(r10 -176) = r2
 2979: r2 = *(u32 *)(r10 -136)
 2980: r3 = *(u32 *)(r1 +16)
 2981: r2 &= r3
 2982: *(u32 *)(r10 -172) = r2
 2983: r2 = *(u32 *)(r10 -132)
 2984: r3 = *(u32 *)(r1 +20)
 2985: r2 &= r3
 2986: *(u32 *)(r10 -168) = r2
 2987: r1 = map[pipe_p0f_signatures] ll
 2989: r2 = r10
 2990: r2 += -184
 2991: call bpf_map_lookup_elem
 2992: r1 = r0
 2993: if r1 == 0 goto +13
 2994: r2 = *(u32 *)(r1 +4)
 2995: r3 = *(u64 *)(r10 -224)
 2996: if r3 == 0 goto +2
 2997: r3 = *(u64 *)(r10 -232)
 2998: if r2 <= r3 goto +8
 2999: *(u64 *)(r10 -224) = 1
 3000: *(u64 *)(r10 -232) = r2
 3001: r2 = *(u32 *)(r1 +0)
 3002: *(u32 *)(r10 -208) = r2
 3003: r2 = *(u32 *)(r1 +4)
 3004: *(u32 *)(r10 -204) = r2
 3005: r2 = *(u32 *)(r1 +8)
 3006: *(u32 *)(r10 -200) = r2
 3007: *(u32 *)(r10 -216) = 29
 3008: r1 = map[pipe_p0f_signatures_masks] ll
 3010: r2 = r10
 3011: r2 += -216
 3012: call bpf_map_lookup_elem
 3013: r1 = r0
 3014: if r1 == 0 goto +133
 3015: r2 = *(u32 *)(r1 +0)
 3016: if r2 == 0 goto +131
 3017: *(u32 *)(r10 -184) = 29
 3018: r2 = *(u32 *)(r10 -144)
 3019: r3 = *(u32 *)(r1 +8)
 3020: r2 &= r3
 3021: *(u32 *)(r10 -180) = r2
 3022: r2 = *(u32 *)(r10 -140)
 3023: r3 = *(u32 *)(r1 +12)
 3024: r2 &= r3
 3025: *(u32 *)(r10 -176) = r2
 3026: r2 = *(u32 *)(r10 -136)
 3027: r3 = *(u32 *)(r1 +16)
 3028: r2 &= r3
 3029: *(u32 *)(r10 -172) = r2
 3030: r2 = *(u32 *)(r10 -132)
 3031: r3 = *(u32 *)(r1 +20)
 3032: r2 &= r3
 3033: *(u32 *)(r10 -168) = r2
 3034: r1 = map[pipe_p0f_signatures] ll
 3036: r2 = r10
 3037: r2 += -184
 3038: call bpf_map_lookup_elem
 3039: r1 = r0
 3040: if r1 == 0 goto +13
 3041: r2 = *(u32 *)(r1 +4)
 3042: r3 = *(u64 *)(r10 -224)
 3043: if r3 == 0 goto +2
 3044: r3 = *(u64 *)(r10 -232)
 3045: if r2 <= r3 goto +8
 3046: *(u64 *)(r10 -224) = 1
 3047: *(u64 *)(r10 -232) = r2
 3048: r2 = *(u32 *)(r1 +0)
 3049: *(u32 *)(r10 -208) = r2
 3050: r2 = *(u32 *)(r1 +4)
 3051: *(u32 *)(r10 -204) = r2
 3052: r2 = *(u32 *)(r1 +8)
 3053: *(u32 *)(r10 -200) = r2
 3054: *(u32 *)(r10 -216) = 30
 3055: r1 = map[pipe_p0f_signatures_masks] ll
 3057: r2 = r10
 3058: r2 += -216
 3059: call bpf_map_lookup_elem
 3060: r1 = r0
 3061: if r1 == 0 goto +86
 3062: r2 = *(u32 *)(r1 +0)
 3063: if r2 == 0 goto +84
 3064: *(u32 *)(r10 -184) = 30
 3065: r2 = *(u32 *)(r10 -144)
 3066: r3 = *(u32 *)(r1 +8)
 3067: r2 &= r3
 3068: *(u32 *)(r10 -180) = r2
 3069: r2 = *(u32 *)(r10 -140)
 3070: r3 = *(u32 *)(r1 +12)
 3071: r2 &= r3
 3072: *(u32 *)(r10 -176) = r2
 3073: r2 = *(u32 *)(r10 -136)
 3074: r3 = *(u32 *)(r1 +16)
 3075: r2 &= r3
 3076: *(u32 *)(r10 -172) = r2
 3077: r2 = *(u32 *)(r10 -132)
 3078: r3 = *(u32 *)(r1 +20)
 3079: r2 &= r3
 3080: *(u32 *)(r10 -168) = r2
 3081: r1 = map[pipe_p0f_signatures] ll
 3083: r2 = r10
 3084: r2 += -184
 3085: call bpf_map_lookup_elem
 3086: r1 = r0
 3087: if r1 == 0 goto +13
 3088: r2 = *(u32 *)(r1 +4)
 3089: r3 = *(u64 *)(r10 -224)
 3090: if r3 == 0 goto +2
 3091: r3 = *(u64 *)(r10 -232)
 3092: if r2 <= r3 goto +8
 3093: *(u64 *)(r10 -224) = 1
 3094: *(u64 *)(r10 -232) = r2
 3095: r2 = *(u32 *)(r1 +0)
 3096: *(u32 *)(r10 -208) = r2
 3097: r2 = *(u32 *)(r1 +4)
 3098: *(u32 *)(r10 -204) = r2
 3099: r2 = *(u32 *)(r1 +8)
 3100: *(u32 *)(r10 -200) = r2
 3101: *(u32 *)(r10 -216) = 31
 3102: r1 = map[pipe_p0f_signatures_masks] ll
 3104: r2 = r10
 3105: r2 += -216
 3106: call bpf_map_lookup_elem
 3107: r1 = r0
 3108: if r1 == 0 goto +39
 3109: r2 = *(u32 *)(r1 +0)
 3110: if r2 == 0 goto +37
 3111: *(u32 *)(r10 -184) = 31
 3112: r2 = *(u32 *)(r10 -144)
 3113: r3 = *(u32 *)(r1 +8)
 3114: r2 &= r3
 3115: *(u32 *)(r10 -180) = r2
 3116: r2 = *(u32 *)(r10 -140)
 3117: r3 = *(u32 *)(r1 +12)
 3118: r2 &= r3
 3119: *(u32 *)(r10 -176) = r2
 3120: r2 = *(u32 *)(r10 -136)
 3121: r3 = *(u32 *)(r1 +16)
 3122: r2 &= r3
 3123: *(u32 *)(r10 -172) = r2
 3124: r2 = *(u32 *)(r10 -132)
 3125: r3 = *(u32 *)(r1 +20)
 3126: r2 &= r3
 3127: *(u32 *)(r10 -168) = r2
 3128: r1 = map[pipe_p0f_signatures] ll
 3130: r2 = r10
 3131: r2 += -184
 3132: call bpf_map_lookup_elem
 3133: r1 = r0
 3134: if r1 == 0 goto +13
 3135: r2 = *(u32 *)(r1 +4)
 3136: r3 = *(u64 *)(r10 -224)
 3137: if r3 == 0 goto +2
 3138: r3 = *(u64 *)(r10 -232)
 3139: if r2 <= r3 goto +8
 3140: *(u64 *)(r10 -224) = 1
 3141: *(u64 *)(r10 -232) = r2
 3142: r2 = *(u32 *)(r1 +0)
 3143: *(u32 *)(r10 -208) = r2
 3144: r2 = *(u32 *)(r1 +4)
 3145: *(u32 *)(r10 -204) = r2
 3146: r2 = *(u32 *)(r1 +8)
 3147: *(u32 *)(r10 -200) = r2
 3148: r1 = *(u64 *)(r10 -224)
 3149: r2 = 1
 3150: if r1 != 0 goto +17
 3151: r2 = 0
 3152: *(u32 *)(r10 -144) = 0
 3153: r1 = map[pipe_p0f_signatures_default] ll
 3155: r2 = r10
 3156: r2 += -144
 3157: call bpf_map_lookup_elem
 3158: r1 = r0
 3159: if r1 == 0 goto +5
 3160: r2 = *(u32 *)(r1 +0)
 3161: r8 = *(u32 *)(r1 +8)
 3162: r8 = be32 r8
 3163: w8 = w8
 3164: goto +7
 3165: r2 = 2
 3166: r8 = 0
 3167: goto +4
 3168: r2 = *(u32 *)(r10 -208)
 3169: r8 = *(u32 *)(r10 -200)
 3170: r8 = be32 r8
 3171: w8 = w8
 3172: if r2 == 0 goto +26
 3173: if r2 == 1 goto +3
 3174: if r2 == 2 goto +1
 3175: goto +42
      ; pipe: block6 (NoAction)
 3176: goto +41
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 3177: r1 = 1
      ; write var10, v45
 3178: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
 3179: r1 = 0
      ; v47: bit<32> = const 1
 3180: r2 = 1
      ; count counter0[v46] += v47
 3181: *(u32 *)(r10 -144) = r1
 3182: *(u64 *)(r10 -208) = r2
 3183: r1 = map[pipe_os_stats] ll
 3185: r2 = r10
 3186: r2 += -144
 3187: call bpf_map_lookup_elem
 3188: r1 = r0
 3189: if r1 == 0 goto +8
 3190: r2 = *(u64 *)(r1 +0)
 3191: r3 = *(u64 *)(r10 -208)
 3192: r2 += r3
 3193: *(u64 *)(r1 +0) = r2
 3194: r2 = *(u64 *)(r1 +8)
 3195: r3 = *(u32 *)(r10 -40)
 3196: r2 += r3
 3197: *(u64 *)(r1 +8) = r2
 3198: goto +19
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 3199: *(u32 *)(r10 -36) = r8
      ; v44: bit<32> = const 1
 3200: r1 = 1
      ; count counter0[v43] += v44
 3201: *(u32 *)(r10 -144) = r8
 3202: *(u64 *)(r10 -208) = r1
 3203: r1 = map[pipe_os_stats] ll
 3205: r2 = r10
 3206: r2 += -144
 3207: call bpf_map_lookup_elem
 3208: r1 = r0
 3209: if r1 == 0 goto +8
 3210: r2 = *(u64 *)(r1 +0)
 3211: r3 = *(u64 *)(r10 -208)
 3212: r2 += r3
 3213: *(u64 *)(r1 +0) = r2
 3214: r2 = *(u64 *)(r1 +8)
 3215: r3 = *(u32 *)(r10 -40)
 3216: r2 += r3
 3217: *(u64 *)(r1 +8) = r2
 3218: goto +22
 3219: goto +21
      ; drop
 3220: r1 = *(u32 *)(r10 -36)
 3221: r2 = *(u32 *)(r10 -32)
 3222: *(u64 *)(r10 -240) = r1
 3223: *(u64 *)(r10 -248) = r2
 3224: r1 = *(u64 *)(r10 -8)
 3225: r2 = 0xfffffffffffffff8 ll
 3227: call bpf_xdp_adjust_meta
 3228: if r0 != 0 goto +10
 3229: r1 = *(u64 *)(r10 -8)
 3230: r2 = *(u32 *)(r1 +8)
 3231: r3 = *(u32 *)(r1 +0)
 3232: r1 = r2
 3233: r1 += 8
 3234: if r1 > r3 goto +4
 3235: r1 = *(u64 *)(r10 -240)
 3236: *(u32 *)(r2 +0) = r1
 3237: r1 = *(u64 *)(r10 -248)
 3238: *(u32 *)(r2 +4) = r1
 3239: r0 = 1
 3240: exit
      ; epilogue: verdict
 3241: r1 = *(u32 *)(r10 -36)
 3242: r2 = *(u32 *)(r10 -32)
 3243: *(u64 *)(r10 -256) = r1
 3244: *(u64 *)(r10 -264) = r2
 3245: r1 = *(u64 *)(r10 -8)
 3246: r2 = 0xfffffffffffffff8 ll
 3248: call bpf_xdp_adjust_meta
 3249: if r0 != 0 goto +10
 3250: r1 = *(u64 *)(r10 -8)
 3251: r2 = *(u32 *)(r1 +8)
 3252: r3 = *(u32 *)(r1 +0)
 3253: r1 = r2
 3254: r1 += 8
 3255: if r1 > r3 goto +4
 3256: r1 = *(u64 *)(r10 -256)
 3257: *(u32 *)(r2 +0) = r1
 3258: r1 = *(u64 *)(r10 -264)
 3259: *(u32 *)(r2 +4) = r1
 3260: r1 = *(u8 *)(r10 -23)
 3261: if r1 != 0 goto +2
 3262: r0 = 2
 3263: exit
 3264: if r1 != 2 goto +4
 3265: r1 = *(u32 *)(r10 -32)
 3266: r2 = 0
 3267: call bpf_redirect
 3268: exit
 3269: r0 = 1
 3270: exit
