; dapper for xdp: 2698 instructions, stack 488 bytes, 1 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +0)
    2: r7 = *(u32 *)(r1 +4)
    3: *(u64 *)(r10 -16) = 0
    4: *(u64 *)(r10 -240) = 0
    5: *(u64 *)(r10 -232) = 0
    6: *(u64 *)(r10 -224) = 0
    7: *(u64 *)(r10 -216) = 0
    8: *(u64 *)(r10 -208) = 0
    9: *(u64 *)(r10 -200) = 0
   10: *(u64 *)(r10 -192) = 0
   11: *(u64 *)(r10 -184) = 0
   12: *(u64 *)(r10 -176) = 0
   13: *(u64 *)(r10 -168) = 0
   14: *(u64 *)(r10 -160) = 0
   15: *(u64 *)(r10 -152) = 0
   16: *(u64 *)(r10 -144) = 0
   17: *(u64 *)(r10 -136) = 0
   18: *(u64 *)(r10 -128) = 0
   19: *(u64 *)(r10 -120) = 0
   20: *(u64 *)(r10 -112) = 0
   21: *(u64 *)(r10 -104) = 0
   22: *(u64 *)(r10 -96) = 0
   23: *(u64 *)(r10 -88) = 0
   24: *(u64 *)(r10 -80) = 0
   25: *(u64 *)(r10 -72) = 0
   26: *(u64 *)(r10 -64) = 0
   27: *(u64 *)(r10 -56) = 0
   28: *(u64 *)(r10 -48) = 0
   29: *(u64 *)(r10 -40) = 0
   30: *(u64 *)(r10 -32) = 0
   31: *(u64 *)(r10 -24) = 0
   32: r2 = *(u32 *)(r1 +12)
   33: *(u32 *)(r10 -128) = r2
   34: r2 = *(u32 *)(r1 +8)
   35: r3 = r2
   36: r3 += 8
   37: if r3 > r6 goto +2
   38: r3 = *(u32 *)(r2 +0)
   39: *(u32 *)(r10 -120) = r3
   40: call bpf_xdp_get_buff_len
   41: r1 = r0
   42: *(u32 *)(r10 -124) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   43: r1 = *(u64 *)(r10 -16)
   44: if r1 > 16383 goto +5
   45: r2 = r6
   46: r2 += r1
   47: r3 = r2
   48: r3 += 14
   49: if r3 <= r7 goto +2
   50: *(u32 *)(r10 -132) = 1
   51: goto +2595
   52: r3 = r1
   53: r3 += 1
   54: *(u32 *)(r10 -200) = r3
   55: r1 += 14
   56: *(u64 *)(r10 -16) = r1
      ; v0: bit<16> = read_field hdr0.etherType
   57: r1 = 0
   58: if r2 == 0 goto +2
   59: r1 = *(u16 *)(r2 +12)
   60: r1 = be16 r1
   61: if r1 != 2048 goto +1
   62: goto +1
   63: goto +1777
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   64: r1 = *(u64 *)(r10 -16)
   65: if r1 > 16383 goto +5
   66: r2 = r6
   67: r2 += r1
   68: r3 = r2
   69: r3 += 20
   70: if r3 <= r7 goto +2
   71: *(u32 *)(r10 -132) = 1
   72: goto +2574
   73: r3 = r1
   74: r3 += 1
   75: *(u32 *)(r10 -196) = r3
   76: r1 += 20
   77: *(u64 *)(r10 -16) = r1
      ; v1: bit<4> = read_field hdr1.ihl
   78: r1 = 0
   79: if r2 == 0 goto +2
   80: r1 = *(u8 *)(r2 +0)
   81: r1 &= 15
      ; v2: bit<4> = const 5
   82: r3 = 5
      ; v3: bool = ge v1, v2
   83: r4 = 1
   84: if r1 >= r3 goto +1
   85: r4 = 0
      ; verify v3, error HeaderTooShort
   86: if r4 != 0 goto +2
   87: *(u32 *)(r10 -132) = 4
   88: goto +2558
      ; v4: bit<4> = read_field hdr1.ihl
   89: r1 = 0
   90: if r2 == 0 goto +2
   91: r1 = *(u8 *)(r2 +0)
   92: r1 &= 15
      ; v5: bit<32> = cast v4
   93: r3 = r1
   94: w3 = w3
      ; v6: bit<32> = const 5
   95: r1 = 5
      ; v7: bit<32> = sub v5, v6
   96: r4 = r3
   97: r4 -= r1
   98: w4 = w4
      ; v8: bit<32> = const 0x20
   99: r1 = 32
      ; v9: bit<32> = mul v7, v8
  100: r3 = r4
  101: r3 *= r1
  102: w3 = w3
      ; advance v9
  103: r1 = r3
  104: r1 &= 7
  105: if r1 == 0 goto +2
  106: *(u32 *)(r10 -132) = 6
  107: goto +2539
  108: r1 = r3
  109: r1 >>= 3
  110: r3 = *(u64 *)(r10 -16)
  111: r3 += r1
  112: if r3 > 16383 goto +3
  113: r1 = r6
  114: r1 += r3
  115: if r1 <= r7 goto +2
  116: *(u32 *)(r10 -132) = 1
  117: goto +2529
  118: *(u64 *)(r10 -16) = r3
      ; v10: bit<13> = read_field hdr1.fragOffset
  119: r1 = 0
  120: if r2 == 0 goto +3
  121: r1 = *(u16 *)(r2 +6)
  122: r1 = be16 r1
  123: r1 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  124: r3 = 0
  125: if r2 == 0 goto +1
  126: r3 = *(u8 *)(r2 +9)
  127: if r1 != 0 goto +2
  128: if r3 != 6 goto +1
  129: goto +1
  130: goto +1710
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  131: r1 = *(u64 *)(r10 -16)
  132: if r1 > 16383 goto +5
  133: r2 = r6
  134: r2 += r1
  135: r3 = r2
  136: r3 += 20
  137: if r3 <= r7 goto +2
  138: *(u32 *)(r10 -132) = 1
  139: goto +2507
  140: r3 = r1
  141: r3 += 1
  142: *(u32 *)(r10 -192) = r3
  143: r1 += 20
  144: *(u64 *)(r10 -16) = r1
      ; v12: bit<4> = read_field hdr2.dataOffset
  145: r1 = 0
  146: if r2 == 0 goto +3
  147: r1 = *(u8 *)(r2 +12)
  148: r1 >>= 4
  149: r1 &= 15
      ; v13: bit<4> = const 5
  150: r3 = 5
      ; v14: bool = ge v12, v13
  151: r4 = 1
  152: if r1 >= r3 goto +1
  153: r4 = 0
      ; verify v14, error HeaderTooShort
  154: if r4 != 0 goto +2
  155: *(u32 *)(r10 -132) = 4
  156: goto +2490
      ; v15: bit<4> = read_field hdr2.dataOffset
  157: r1 = 0
  158: if r2 == 0 goto +3
  159: r1 = *(u8 *)(r2 +12)
  160: r1 >>= 4
  161: r1 &= 15
      ; v16: bit<16> = cast v15
  162: r2 = r1
  163: r2 &= 65535
      ; v17: bit<16> = const 5
  164: r1 = 5
      ; v18: bit<16> = sub v16, v17
  165: r3 = r2
  166: r3 -= r1
  167: r3 &= 65535
      ; v19: bit<16> = const 4
  168: r1 = 4
      ; v20: bit<16> = mul v18, v19
  169: r2 = r3
  170: r2 *= r1
  171: r2 &= 65535
      ; write var2, v20
  172: *(u16 *)(r10 -36) = r2
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  173: r1 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  174: r2 = *(u8 *)(r10 -28)
  175: if r1 != 0 goto +1
  176: goto +1664
  177: if r2 != 10 goto +1
  178: goto +1662
      ; prs: block5 (parse_option)
      ; extract hdr3
  179: r1 = *(u64 *)(r10 -16)
  180: if r1 > 16383 goto +5
  181: r2 = r6
  182: r2 += r1
  183: r3 = r2
  184: r3 += 1
  185: if r3 <= r7 goto +2
  186: *(u32 *)(r10 -132) = 1
  187: goto +2459
  188: r3 = r1
  189: r3 += 1
  190: *(u32 *)(r10 -188) = r3
  191: r1 += 1
  192: *(u64 *)(r10 -16) = r1
      ; v23: bit<8> = read var3
  193: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  194: r3 = 1
      ; v25: bit<8> = add v23, v24
  195: r4 = r1
  196: r4 += r3
  197: r4 &= 255
      ; write var3, v25
  198: *(u8 *)(r10 -28) = r4
      ; v26: bit<16> = read var2
  199: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  200: r3 = 1
      ; v28: bit<16> = sub v26, v27
  201: r4 = r1
  202: r4 -= r3
  203: r4 &= 65535
      ; write var2, v28
  204: *(u16 *)(r10 -36) = r4
      ; v29: bit<8> = read_field hdr3.kind
  205: r1 = 0
  206: if r2 == 0 goto +1
  207: r1 = *(u8 *)(r2 +0)
  208: if r1 != 0 goto +1
  209: goto +1631
  210: if r1 != 1 goto +1
  211: goto +127
  212: if r1 != 2 goto +1
  213: goto +105
  214: if r1 != 3 goto +1
  215: goto +82
  216: if r1 != 8 goto +1
  217: goto +59
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  218: r1 = *(u64 *)(r10 -16)
  219: if r1 > 16383 goto +5
  220: r2 = r6
  221: r2 += r1
  222: r1 = r2
  223: r1 += 1
  224: if r1 <= r7 goto +2
  225: *(u32 *)(r10 -132) = 1
  226: goto +2420
  227: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  228: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  229: r1 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
  230: r2 = 2
      ; v33: bool = ge v31, v32
  231: r3 = 1
  232: if r1 >= r2 goto +1
  233: r3 = 0
      ; verify v33, error HeaderTooShort
  234: if r3 != 0 goto +2
  235: *(u32 *)(r10 -132) = 4
  236: goto +2410
      ; v34: bit<8> = read var9
  237: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  238: r2 = r1
  239: w2 = w2
      ; v36: bit<32> = const 1
  240: r1 = 1
      ; v37: bit<32> = sub v35, v36
  241: r3 = r2
  242: r3 -= r1
  243: w3 = w3
      ; v38: bit<32> = const 8
  244: r1 = 8
      ; v39: bit<32> = mul v37, v38
  245: r2 = r3
  246: r2 *= r1
  247: w2 = w2
      ; advance v39
  248: r1 = r2
  249: r1 &= 7
  250: if r1 == 0 goto +2
  251: *(u32 *)(r10 -132) = 6
  252: goto +2394
  253: r1 = r2
  254: r1 >>= 3
  255: r2 = *(u64 *)(r10 -16)
  256: r2 += r1
  257: if r2 > 16383 goto +3
  258: r1 = r6
  259: r1 += r2
  260: if r1 <= r7 goto +2
  261: *(u32 *)(r10 -132) = 1
  262: goto +2384
  263: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  264: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  265: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  266: r3 = r2
  267: r3 &= 65535
      ; v43: bit<16> = const 1
  268: r2 = 1
      ; v44: bit<16> = sub v42, v43
  269: r4 = r3
  270: r4 -= r2
  271: r4 &= 65535
      ; v45: bit<16> = sub v40, v44
  272: r2 = r1
  273: r2 -= r4
  274: r2 &= 65535
      ; write var2, v45
  275: *(u16 *)(r10 -36) = r2
  276: goto +62
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  277: r1 = *(u64 *)(r10 -16)
  278: if r1 > 16383 goto +5
  279: r2 = r6
  280: r2 += r1
  281: r3 = r2
  282: r3 += 9
  283: if r3 <= r7 goto +2
  284: *(u32 *)(r10 -132) = 1
  285: goto +2361
  286: r2 = r1
  287: r2 += 1
  288: *(u32 *)(r10 -140) = r2
  289: r1 += 9
  290: *(u64 *)(r10 -16) = r1
      ; v46: bit<16> = read var2
  291: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  292: r2 = 9
      ; v48: bit<16> = sub v46, v47
  293: r3 = r1
  294: r3 -= r2
  295: r3 &= 65535
      ; write var2, v48
  296: *(u16 *)(r10 -36) = r3
  297: goto +41
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  298: r1 = *(u64 *)(r10 -16)
  299: if r1 > 16383 goto +5
  300: r2 = r6
  301: r2 += r1
  302: r3 = r2
  303: r3 += 2
  304: if r3 <= r7 goto +2
  305: *(u32 *)(r10 -132) = 1
  306: goto +2340
  307: r2 = r1
  308: r2 += 1
  309: *(u32 *)(r10 -144) = r2
  310: r1 += 2
  311: *(u64 *)(r10 -16) = r1
      ; v49: bit<16> = read var2
  312: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  313: r2 = 2
      ; v51: bit<16> = sub v49, v50
  314: r3 = r1
  315: r3 -= r2
  316: r3 &= 65535
      ; write var2, v51
  317: *(u16 *)(r10 -36) = r3
  318: goto +20
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  319: r1 = *(u64 *)(r10 -16)
  320: if r1 > 16383 goto +5
  321: r2 = r6
  322: r2 += r1
  323: r3 = r2
  324: r3 += 3
  325: if r3 <= r7 goto +2
  326: *(u32 *)(r10 -132) = 1
  327: goto +2319
  328: r2 = r1
  329: r2 += 1
  330: *(u32 *)(r10 -148) = r2
  331: r1 += 3
  332: *(u64 *)(r10 -16) = r1
      ; v52: bit<16> = read var2
  333: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  334: r2 = 3
      ; v54: bit<16> = sub v52, v53
  335: r3 = r1
  336: r3 -= r2
  337: r3 &= 65535
      ; write var2, v54
  338: *(u16 *)(r10 -36) = r3
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  339: r1 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  340: r2 = *(u8 *)(r10 -28)
  341: if r1 != 0 goto +1
  342: goto +1498
  343: if r2 != 10 goto +1
  344: goto +1496
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  345: r1 = *(u64 *)(r10 -16)
  346: if r1 > 16383 goto +5
  347: r2 = r6
  348: r2 += r1
  349: r3 = r2
  350: r3 += 1
  351: if r3 <= r7 goto +2
  352: *(u32 *)(r10 -132) = 1
  353: goto +2293
  354: r3 = r1
  355: r3 += 1
  356: *(u32 *)(r10 -184) = r3
  357: r1 += 1
  358: *(u64 *)(r10 -16) = r1
      ; v57: bit<8> = read var3
  359: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  360: r3 = 1
      ; v59: bit<8> = add v57, v58
  361: r4 = r1
  362: r4 += r3
  363: r4 &= 255
      ; write var3, v59
  364: *(u8 *)(r10 -28) = r4
      ; v60: bit<16> = read var2
  365: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  366: r3 = 1
      ; v62: bit<16> = sub v60, v61
  367: r4 = r1
  368: r4 -= r3
  369: r4 &= 65535
      ; write var2, v62
  370: *(u16 *)(r10 -36) = r4
      ; v63: bit<8> = read_field hdr4.kind
  371: r1 = 0
  372: if r2 == 0 goto +1
  373: r1 = *(u8 *)(r2 +0)
  374: if r1 != 0 goto +1
  375: goto +1465
  376: if r1 != 1 goto +1
  377: goto +127
  378: if r1 != 2 goto +1
  379: goto +105
  380: if r1 != 3 goto +1
  381: goto +82
  382: if r1 != 8 goto +1
  383: goto +59
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  384: r1 = *(u64 *)(r10 -16)
  385: if r1 > 16383 goto +5
  386: r2 = r6
  387: r2 += r1
  388: r1 = r2
  389: r1 += 1
  390: if r1 <= r7 goto +2
  391: *(u32 *)(r10 -132) = 1
  392: goto +2254
  393: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  394: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  395: r1 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
  396: r2 = 2
      ; v67: bool = ge v65, v66
  397: r3 = 1
  398: if r1 >= r2 goto +1
  399: r3 = 0
      ; verify v67, error HeaderTooShort
  400: if r3 != 0 goto +2
  401: *(u32 *)(r10 -132) = 4
  402: goto +2244
      ; v68: bit<8> = read var9
  403: r1 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  404: r2 = r1
  405: w2 = w2
      ; v70: bit<32> = const 1
  406: r1 = 1
      ; v71: bit<32> = sub v69, v70
  407: r3 = r2
  408: r3 -= r1
  409: w3 = w3
      ; v72: bit<32> = const 8
  410: r1 = 8
      ; v73: bit<32> = mul v71, v72
  411: r2 = r3
  412: r2 *= r1
  413: w2 = w2
      ; advance v73
  414: r1 = r2
  415: r1 &= 7
  416: if r1 == 0 goto +2
  417: *(u32 *)(r10 -132) = 6
  418: goto +2228
  419: r1 = r2
  420: r1 >>= 3
  421: r2 = *(u64 *)(r10 -16)
  422: r2 += r1
  423: if r2 > 16383 goto +3
  424: r1 = r6
  425: r1 += r2
  426: if r1 <= r7 goto +2
  427: *(u32 *)(r10 -132) = 1
  428: goto +2218
  429: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  430: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  431: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  432: r3 = r2
  433: r3 &= 65535
      ; v77: bit<16> = const 1
  434: r2 = 1
      ; v78: bit<16> = sub v76, v77
  435: r4 = r3
  436: r4 -= r2
  437: r4 &= 65535
      ; v79: bit<16> = sub v74, v78
  438: r2 = r1
  439: r2 -= r4
  440: r2 &= 65535
      ; write var2, v79
  441: *(u16 *)(r10 -36) = r2
  442: goto +62
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  443: r1 = *(u64 *)(r10 -16)
  444: if r1 > 16383 goto +5
  445: r2 = r6
  446: r2 += r1
  447: r3 = r2
  448: r3 += 9
  449: if r3 <= r7 goto +2
  450: *(u32 *)(r10 -132) = 1
  451: goto +2195
  452: r2 = r1
  453: r2 += 1
  454: *(u32 *)(r10 -140) = r2
  455: r1 += 9
  456: *(u64 *)(r10 -16) = r1
      ; v80: bit<16> = read var2
  457: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  458: r2 = 9
      ; v82: bit<16> = sub v80, v81
  459: r3 = r1
  460: r3 -= r2
  461: r3 &= 65535
      ; write var2, v82
  462: *(u16 *)(r10 -36) = r3
  463: goto +41
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  464: r1 = *(u64 *)(r10 -16)
  465: if r1 > 16383 goto +5
  466: r2 = r6
  467: r2 += r1
  468: r3 = r2
  469: r3 += 2
  470: if r3 <= r7 goto +2
  471: *(u32 *)(r10 -132) = 1
  472: goto +2174
  473: r2 = r1
  474: r2 += 1
  475: *(u32 *)(r10 -144) = r2
  476: r1 += 2
  477: *(u64 *)(r10 -16) = r1
      ; v83: bit<16> = read var2
  478: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  479: r2 = 2
      ; v85: bit<16> = sub v83, v84
  480: r3 = r1
  481: r3 -= r2
  482: r3 &= 65535
      ; write var2, v85
  483: *(u16 *)(r10 -36) = r3
  484: goto +20
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  485: r1 = *(u64 *)(r10 -16)
  486: if r1 > 16383 goto +5
  487: r2 = r6
  488: r2 += r1
  489: r3 = r2
  490: r3 += 3
  491: if r3 <= r7 goto +2
  492: *(u32 *)(r10 -132) = 1
  493: goto +2153
  494: r2 = r1
  495: r2 += 1
  496: *(u32 *)(r10 -148) = r2
  497: r1 += 3
  498: *(u64 *)(r10 -16) = r1
      ; v86: bit<16> = read var2
  499: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  500: r2 = 3
      ; v88: bit<16> = sub v86, v87
  501: r3 = r1
  502: r3 -= r2
  503: r3 &= 65535
      ; write var2, v88
  504: *(u16 *)(r10 -36) = r3
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  505: r1 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  506: r2 = *(u8 *)(r10 -28)
  507: if r1 != 0 goto +1
  508: goto +1332
  509: if r2 != 10 goto +1
  510: goto +1330
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  511: r1 = *(u64 *)(r10 -16)
  512: if r1 > 16383 goto +5
  513: r2 = r6
  514: r2 += r1
  515: r3 = r2
  516: r3 += 1
  517: if r3 <= r7 goto +2
  518: *(u32 *)(r10 -132) = 1
  519: goto +2127
  520: r3 = r1
  521: r3 += 1
  522: *(u32 *)(r10 -180) = r3
  523: r1 += 1
  524: *(u64 *)(r10 -16) = r1
      ; v91: bit<8> = read var3
  525: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  526: r3 = 1
      ; v93: bit<8> = add v91, v92
  527: r4 = r1
  528: r4 += r3
  529: r4 &= 255
      ; write var3, v93
  530: *(u8 *)(r10 -28) = r4
      ; v94: bit<16> = read var2
  531: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  532: r3 = 1
      ; v96: bit<16> = sub v94, v95
  533: r4 = r1
  534: r4 -= r3
  535: r4 &= 65535
      ; write var2, v96
  536: *(u16 *)(r10 -36) = r4
      ; v97: bit<8> = read_field hdr5.kind
  537: r1 = 0
  538: if r2 == 0 goto +1
  539: r1 = *(u8 *)(r2 +0)
  540: if r1 != 0 goto +1
  541: goto +1299
  542: if r1 != 1 goto +1
  543: goto +127
  544: if r1 != 2 goto +1
  545: goto +105
  546: if r1 != 3 goto +1
  547: goto +82
  548: if r1 != 8 goto +1
  549: goto +59
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  550: r1 = *(u64 *)(r10 -16)
  551: if r1 > 16383 goto +5
  552: r2 = r6
  553: r2 += r1
  554: r1 = r2
  555: r1 += 1
  556: if r1 <= r7 goto +2
  557: *(u32 *)(r10 -132) = 1
  558: goto +2088
  559: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  560: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  561: r1 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
  562: r2 = 2
      ; v101: bool = ge v99, v100
  563: r3 = 1
  564: if r1 >= r2 goto +1
  565: r3 = 0
      ; verify v101, error HeaderTooShort
  566: if r3 != 0 goto +2
  567: *(u32 *)(r10 -132) = 4
  568: goto +2078
      ; v102: bit<8> = read var9
  569: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  570: r2 = r1
  571: w2 = w2
      ; v104: bit<32> = const 1
  572: r1 = 1
      ; v105: bit<32> = sub v103, v104
  573: r3 = r2
  574: r3 -= r1
  575: w3 = w3
      ; v106: bit<32> = const 8
  576: r1 = 8
      ; v107: bit<32> = mul v105, v106
  577: r2 = r3
  578: r2 *= r1
  579: w2 = w2
      ; advance v107
  580: r1 = r2
  581: r1 &= 7
  582: if r1 == 0 goto +2
  583: *(u32 *)(r10 -132) = 6
  584: goto +2062
  585: r1 = r2
  586: r1 >>= 3
  587: r2 = *(u64 *)(r10 -16)
  588: r2 += r1
  589: if r2 > 16383 goto +3
  590: r1 = r6
  591: r1 += r2
  592: if r1 <= r7 goto +2
  593: *(u32 *)(r10 -132) = 1
  594: goto +2052
  595: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  596: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  597: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  598: r3 = r2
  599: r3 &= 65535
      ; v111: bit<16> = const 1
  600: r2 = 1
      ; v112: bit<16> = sub v110, v111
  601: r4 = r3
  602: r4 -= r2
  603: r4 &= 65535
      ; v113: bit<16> = sub v108, v112
  604: r2 = r1
  605: r2 -= r4
  606: r2 &= 65535
      ; write var2, v113
  607: *(u16 *)(r10 -36) = r2
  608: goto +62
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  609: r1 = *(u64 *)(r10 -16)
  610: if r1 > 16383 goto +5
  611: r2 = r6
  612: r2 += r1
  613: r3 = r2
  614: r3 += 9
  615: if r3 <= r7 goto +2
  616: *(u32 *)(r10 -132) = 1
  617: goto +2029
  618: r2 = r1
  619: r2 += 1
  620: *(u32 *)(r10 -140) = r2
  621: r1 += 9
  622: *(u64 *)(r10 -16) = r1
      ; v114: bit<16> = read var2
  623: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  624: r2 = 9
      ; v116: bit<16> = sub v114, v115
  625: r3 = r1
  626: r3 -= r2
  627: r3 &= 65535
      ; write var2, v116
  628: *(u16 *)(r10 -36) = r3
  629: goto +41
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  630: r1 = *(u64 *)(r10 -16)
  631: if r1 > 16383 goto +5
  632: r2 = r6
  633: r2 += r1
  634: r3 = r2
  635: r3 += 2
  636: if r3 <= r7 goto +2
  637: *(u32 *)(r10 -132) = 1
  638: goto +2008
  639: r2 = r1
  640: r2 += 1
  641: *(u32 *)(r10 -144) = r2
  642: r1 += 2
  643: *(u64 *)(r10 -16) = r1
      ; v117: bit<16> = read var2
  644: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  645: r2 = 2
      ; v119: bit<16> = sub v117, v118
  646: r3 = r1
  647: r3 -= r2
  648: r3 &= 65535
      ; write var2, v119
  649: *(u16 *)(r10 -36) = r3
  650: goto +20
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  651: r1 = *(u64 *)(r10 -16)
  652: if r1 > 16383 goto +5
  653: r2 = r6
  654: r2 += r1
  655: r3 = r2
  656: r3 += 3
  657: if r3 <= r7 goto +2
  658: *(u32 *)(r10 -132) = 1
  659: goto +1987
  660: r2 = r1
  661: r2 += 1
  662: *(u32 *)(r10 -148) = r2
  663: r1 += 3
  664: *(u64 *)(r10 -16) = r1
      ; v120: bit<16> = read var2
  665: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  666: r2 = 3
      ; v122: bit<16> = sub v120, v121
  667: r3 = r1
  668: r3 -= r2
  669: r3 &= 65535
      ; write var2, v122
  670: *(u16 *)(r10 -36) = r3
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  671: r1 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  672: r2 = *(u8 *)(r10 -28)
  673: if r1 != 0 goto +1
  674: goto +1166
  675: if r2 != 10 goto +1
  676: goto +1164
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  677: r1 = *(u64 *)(r10 -16)
  678: if r1 > 16383 goto +5
  679: r2 = r6
  680: r2 += r1
  681: r3 = r2
  682: r3 += 1
  683: if r3 <= r7 goto +2
  684: *(u32 *)(r10 -132) = 1
  685: goto +1961
  686: r3 = r1
  687: r3 += 1
  688: *(u32 *)(r10 -176) = r3
  689: r1 += 1
  690: *(u64 *)(r10 -16) = r1
      ; v125: bit<8> = read var3
  691: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  692: r3 = 1
      ; v127: bit<8> = add v125, v126
  693: r4 = r1
  694: r4 += r3
  695: r4 &= 255
      ; write var3, v127
  696: *(u8 *)(r10 -28) = r4
      ; v128: bit<16> = read var2
  697: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  698: r3 = 1
      ; v130: bit<16> = sub v128, v129
  699: r4 = r1
  700: r4 -= r3
  701: r4 &= 65535
      ; write var2, v130
  702: *(u16 *)(r10 -36) = r4
      ; v131: bit<8> = read_field hdr6.kind
  703: r1 = 0
  704: if r2 == 0 goto +1
  705: r1 = *(u8 *)(r2 +0)
  706: if r1 != 0 goto +1
  707: goto +1133
  708: if r1 != 1 goto +1
  709: goto +127
  710: if r1 != 2 goto +1
  711: goto +105
  712: if r1 != 3 goto +1
  713: goto +82
  714: if r1 != 8 goto +1
  715: goto +59
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  716: r1 = *(u64 *)(r10 -16)
  717: if r1 > 16383 goto +5
  718: r2 = r6
  719: r2 += r1
  720: r1 = r2
  721: r1 += 1
  722: if r1 <= r7 goto +2
  723: *(u32 *)(r10 -132) = 1
  724: goto +1922
  725: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  726: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  727: r1 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
  728: r2 = 2
      ; v135: bool = ge v133, v134
  729: r3 = 1
  730: if r1 >= r2 goto +1
  731: r3 = 0
      ; verify v135, error HeaderTooShort
  732: if r3 != 0 goto +2
  733: *(u32 *)(r10 -132) = 4
  734: goto +1912
      ; v136: bit<8> = read var9
  735: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  736: r2 = r1
  737: w2 = w2
      ; v138: bit<32> = const 1
  738: r1 = 1
      ; v139: bit<32> = sub v137, v138
  739: r3 = r2
  740: r3 -= r1
  741: w3 = w3
      ; v140: bit<32> = const 8
  742: r1 = 8
      ; v141: bit<32> = mul v139, v140
  743: r2 = r3
  744: r2 *= r1
  745: w2 = w2
      ; advance v141
  746: r1 = r2
  747: r1 &= 7
  748: if r1 == 0 goto +2
  749: *(u32 *)(r10 -132) = 6
  750: goto +1896
  751: r1 = r2
  752: r1 >>= 3
  753: r2 = *(u64 *)(r10 -16)
  754: r2 += r1
  755: if r2 > 16383 goto +3
  756: r1 = r6
  757: r1 += r2
  758: if r1 <= r7 goto +2
  759: *(u32 *)(r10 -132) = 1
  760: goto +1886
  761: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  762: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  763: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  764: r3 = r2
  765: r3 &= 65535
      ; v145: bit<16> = const 1
  766: r2 = 1
      ; v146: bit<16> = sub v144, v145
  767: r4 = r3
  768: r4 -= r2
  769: r4 &= 65535
      ; v147: bit<16> = sub v142, v146
  770: r2 = r1
  771: r2 -= r4
  772: r2 &= 65535
      ; write var2, v147
  773: *(u16 *)(r10 -36) = r2
  774: goto +62
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  775: r1 = *(u64 *)(r10 -16)
  776: if r1 > 16383 goto +5
  777: r2 = r6
  778: r2 += r1
  779: r3 = r2
  780: r3 += 9
  781: if r3 <= r7 goto +2
  782: *(u32 *)(r10 -132) = 1
  783: goto +1863
  784: r2 = r1
  785: r2 += 1
  786: *(u32 *)(r10 -140) = r2
  787: r1 += 9
  788: *(u64 *)(r10 -16) = r1
      ; v148: bit<16> = read var2
  789: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  790: r2 = 9
      ; v150: bit<16> = sub v148, v149
  791: r3 = r1
  792: r3 -= r2
  793: r3 &= 65535
      ; write var2, v150
  794: *(u16 *)(r10 -36) = r3
  795: goto +41
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  796: r1 = *(u64 *)(r10 -16)
  797: if r1 > 16383 goto +5
  798: r2 = r6
  799: r2 += r1
  800: r3 = r2
  801: r3 += 2
  802: if r3 <= r7 goto +2
  803: *(u32 *)(r10 -132) = 1
  804: goto +1842
  805: r2 = r1
  806: r2 += 1
  807: *(u32 *)(r10 -144) = r2
  808: r1 += 2
  809: *(u64 *)(r10 -16) = r1
      ; v151: bit<16> = read var2
  810: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  811: r2 = 2
      ; v153: bit<16> = sub v151, v152
  812: r3 = r1
  813: r3 -= r2
  814: r3 &= 65535
      ; write var2, v153
  815: *(u16 *)(r10 -36) = r3
  816: goto +20
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  817: r1 = *(u64 *)(r10 -16)
  818: if r1 > 16383 goto +5
  819: r2 = r6
  820: r2 += r1
  821: r3 = r2
  822: r3 += 3
  823: if r3 <= r7 goto +2
  824: *(u32 *)(r10 -132) = 1
  825: goto +1821
  826: r2 = r1
  827: r2 += 1
  828: *(u32 *)(r10 -148) = r2
  829: r1 += 3
  830: *(u64 *)(r10 -16) = r1
      ; v154: bit<16> = read var2
  831: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  832: r2 = 3
      ; v156: bit<16> = sub v154, v155
  833: r3 = r1
  834: r3 -= r2
  835: r3 &= 65535
      ; write var2, v156
  836: *(u16 *)(r10 -36) = r3
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  837: r1 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  838: r2 = *(u8 *)(r10 -28)
  839: if r1 != 0 goto +1
  840: goto +1000
  841: if r2 != 10 goto +1
  842: goto +998
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  843: r1 = *(u64 *)(r10 -16)
  844: if r1 > 16383 goto +5
  845: r2 = r6
  846: r2 += r1
  847: r3 = r2
  848: r3 += 1
  849: if r3 <= r7 goto +2
  850: *(u32 *)(r10 -132) = 1
  851: goto +1795
  852: r3 = r1
  853: r3 += 1
  854: *(u32 *)(r10 -172) = r3
  855: r1 += 1
  856: *(u64 *)(r10 -16) = r1
      ; v159: bit<8> = read var3
  857: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  858: r3 = 1
      ; v161: bit<8> = add v159, v160
  859: r4 = r1
  860: r4 += r3
  861: r4 &= 255
      ; write var3, v161
  862: *(u8 *)(r10 -28) = r4
      ; v162: bit<16> = read var2
  863: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  864: r3 = 1
      ; v164: bit<16> = sub v162, v163
  865: r4 = r1
  866: r4 -= r3
  867: r4 &= 65535
      ; write var2, v164
  868: *(u16 *)(r10 -36) = r4
      ; v165: bit<8> = read_field hdr7.kind
  869: r1 = 0
  870: if r2 == 0 goto +1
  871: r1 = *(u8 *)(r2 +0)
  872: if r1 != 0 goto +1
  873: goto +967
  874: if r1 != 1 goto +1
  875: goto +127
  876: if r1 != 2 goto +1
  877: goto +105
  878: if r1 != 3 goto +1
  879: goto +82
  880: if r1 != 8 goto +1
  881: goto +59
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  882: r1 = *(u64 *)(r10 -16)
  883: if r1 > 16383 goto +5
  884: r2 = r6
  885: r2 += r1
  886: r1 = r2
  887: r1 += 1
  888: if r1 <= r7 goto +2
  889: *(u32 *)(r10 -132) = 1
  890: goto +1756
  891: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  892: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  893: r1 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
  894: r2 = 2
      ; v169: bool = ge v167, v168
  895: r3 = 1
  896: if r1 >= r2 goto +1
  897: r3 = 0
      ; verify v169, error HeaderTooShort
  898: if r3 != 0 goto +2
  899: *(u32 *)(r10 -132) = 4
  900: goto +1746
      ; v170: bit<8> = read var9
  901: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  902: r2 = r1
  903: w2 = w2
      ; v172: bit<32> = const 1
  904: r1 = 1
      ; v173: bit<32> = sub v171, v172
  905: r3 = r2
  906: r3 -= r1
  907: w3 = w3
      ; v174: bit<32> = const 8
  908: r1 = 8
      ; v175: bit<32> = mul v173, v174
  909: r2 = r3
  910: r2 *= r1
  911: w2 = w2
      ; advance v175
  912: r1 = r2
  913: r1 &= 7
  914: if r1 == 0 goto +2
  915: *(u32 *)(r10 -132) = 6
  916: goto +1730
  917: r1 = r2
  918: r1 >>= 3
  919: r2 = *(u64 *)(r10 -16)
  920: r2 += r1
  921: if r2 > 16383 goto +3
  922: r1 = r6
  923: r1 += r2
  924: if r1 <= r7 goto +2
  925: *(u32 *)(r10 -132) = 1
  926: goto +1720
  927: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  928: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  929: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  930: r3 = r2
  931: r3 &= 65535
      ; v179: bit<16> = const 1
  932: r2 = 1
      ; v180: bit<16> = sub v178, v179
  933: r4 = r3
  934: r4 -= r2
  935: r4 &= 65535
      ; v181: bit<16> = sub v176, v180
  936: r2 = r1
  937: r2 -= r4
  938: r2 &= 65535
      ; write var2, v181
  939: *(u16 *)(r10 -36) = r2
  940: goto +62
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  941: r1 = *(u64 *)(r10 -16)
  942: if r1 > 16383 goto +5
  943: r2 = r6
  944: r2 += r1
  945: r3 = r2
  946: r3 += 9
  947: if r3 <= r7 goto +2
  948: *(u32 *)(r10 -132) = 1
  949: goto +1697
  950: r2 = r1
  951: r2 += 1
  952: *(u32 *)(r10 -140) = r2
  953: r1 += 9
  954: *(u64 *)(r10 -16) = r1
      ; v182: bit<16> = read var2
  955: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  956: r2 = 9
      ; v184: bit<16> = sub v182, v183
  957: r3 = r1
  958: r3 -= r2
  959: r3 &= 65535
      ; write var2, v184
  960: *(u16 *)(r10 -36) = r3
  961: goto +41
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  962: r1 = *(u64 *)(r10 -16)
  963: if r1 > 16383 goto +5
  964: r2 = r6
  965: r2 += r1
  966: r3 = r2
  967: r3 += 2
  968: if r3 <= r7 goto +2
  969: *(u32 *)(r10 -132) = 1
  970: goto +1676
  971: r2 = r1
  972: r2 += 1
  973: *(u32 *)(r10 -144) = r2
  974: r1 += 2
  975: *(u64 *)(r10 -16) = r1
      ; v185: bit<16> = read var2
  976: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  977: r2 = 2
      ; v187: bit<16> = sub v185, v186
  978: r3 = r1
  979: r3 -= r2
  980: r3 &= 65535
      ; write var2, v187
  981: *(u16 *)(r10 -36) = r3
  982: goto +20
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  983: r1 = *(u64 *)(r10 -16)
  984: if r1 > 16383 goto +5
  985: r2 = r6
  986: r2 += r1
  987: r3 = r2
  988: r3 += 3
  989: if r3 <= r7 goto +2
  990: *(u32 *)(r10 -132) = 1
  991: goto +1655
  992: r2 = r1
  993: r2 += 1
  994: *(u32 *)(r10 -148) = r2
  995: r1 += 3
  996: *(u64 *)(r10 -16) = r1
      ; v188: bit<16> = read var2
  997: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  998: r2 = 3
      ; v190: bit<16> = sub v188, v189
  999: r3 = r1
 1000: r3 -= r2
 1001: r3 &= 65535
      ; write var2, v190
 1002: *(u16 *)(r10 -36) = r3
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
 1003: r1 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
 1004: r2 = *(u8 *)(r10 -28)
 1005: if r1 != 0 goto +1
 1006: goto +834
 1007: if r2 != 10 goto +1
 1008: goto +832
      ; prs: block35 (parse_option.5)
      ; extract hdr8
 1009: r1 = *(u64 *)(r10 -16)
 1010: if r1 > 16383 goto +5
 1011: r2 = r6
 1012: r2 += r1
 1013: r3 = r2
 1014: r3 += 1
 1015: if r3 <= r7 goto +2
 1016: *(u32 *)(r10 -132) = 1
 1017: goto +1629
 1018: r3 = r1
 1019: r3 += 1
 1020: *(u32 *)(r10 -168) = r3
 1021: r1 += 1
 1022: *(u64 *)(r10 -16) = r1
      ; v193: bit<8> = read var3
 1023: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
 1024: r3 = 1
      ; v195: bit<8> = add v193, v194
 1025: r4 = r1
 1026: r4 += r3
 1027: r4 &= 255
      ; write var3, v195
 1028: *(u8 *)(r10 -28) = r4
      ; v196: bit<16> = read var2
 1029: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
 1030: r3 = 1
      ; v198: bit<16> = sub v196, v197
 1031: r4 = r1
 1032: r4 -= r3
 1033: r4 &= 65535
      ; write var2, v198
 1034: *(u16 *)(r10 -36) = r4
      ; v199: bit<8> = read_field hdr8.kind
 1035: r1 = 0
 1036: if r2 == 0 goto +1
 1037: r1 = *(u8 *)(r2 +0)
 1038: if r1 != 0 goto +1
 1039: goto +801
 1040: if r1 != 1 goto +1
 1041: goto +127
 1042: if r1 != 2 goto +1
 1043: goto +105
 1044: if r1 != 3 goto +1
 1045: goto +82
 1046: if r1 != 8 goto +1
 1047: goto +59
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
 1048: r1 = *(u64 *)(r10 -16)
 1049: if r1 > 16383 goto +5
 1050: r2 = r6
 1051: r2 += r1
 1052: r1 = r2
 1053: r1 += 1
 1054: if r1 <= r7 goto +2
 1055: *(u32 *)(r10 -132) = 1
 1056: goto +1590
 1057: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
 1058: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
 1059: r1 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
 1060: r2 = 2
      ; v203: bool = ge v201, v202
 1061: r3 = 1
 1062: if r1 >= r2 goto +1
 1063: r3 = 0
      ; verify v203, error HeaderTooShort
 1064: if r3 != 0 goto +2
 1065: *(u32 *)(r10 -132) = 4
 1066: goto +1580
      ; v204: bit<8> = read var9
 1067: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
 1068: r2 = r1
 1069: w2 = w2
      ; v206: bit<32> = const 1
 1070: r1 = 1
      ; v207: bit<32> = sub v205, v206
 1071: r3 = r2
 1072: r3 -= r1
 1073: w3 = w3
      ; v208: bit<32> = const 8
 1074: r1 = 8
      ; v209: bit<32> = mul v207, v208
 1075: r2 = r3
 1076: r2 *= r1
 1077: w2 = w2
      ; advance v209
 1078: r1 = r2
 1079: r1 &= 7
 1080: if r1 == 0 goto +2
 1081: *(u32 *)(r10 -132) = 6
 1082: goto +1564
 1083: r1 = r2
 1084: r1 >>= 3
 1085: r2 = *(u64 *)(r10 -16)
 1086: r2 += r1
 1087: if r2 > 16383 goto +3
 1088: r1 = r6
 1089: r1 += r2
 1090: if r1 <= r7 goto +2
 1091: *(u32 *)(r10 -132) = 1
 1092: goto +1554
 1093: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
 1094: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
 1095: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
 1096: r3 = r2
 1097: r3 &= 65535
      ; v213: bit<16> = const 1
 1098: r2 = 1
      ; v214: bit<16> = sub v212, v213
 1099: r4 = r3
 1100: r4 -= r2
 1101: r4 &= 65535
      ; v215: bit<16> = sub v210, v214
 1102: r2 = r1
 1103: r2 -= r4
 1104: r2 &= 65535
      ; write var2, v215
 1105: *(u16 *)(r10 -36) = r2
 1106: goto +62
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
 1107: r1 = *(u64 *)(r10 -16)
 1108: if r1 > 16383 goto +5
 1109: r2 = r6
 1110: r2 += r1
 1111: r3 = r2
 1112: r3 += 9
 1113: if r3 <= r7 goto +2
 1114: *(u32 *)(r10 -132) = 1
 1115: goto +1531
 1116: r2 = r1
 1117: r2 += 1
 1118: *(u32 *)(r10 -140) = r2
 1119: r1 += 9
 1120: *(u64 *)(r10 -16) = r1
      ; v216: bit<16> = read var2
 1121: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
 1122: r2 = 9
      ; v218: bit<16> = sub v216, v217
 1123: r3 = r1
 1124: r3 -= r2
 1125: r3 &= 65535
      ; write var2, v218
 1126: *(u16 *)(r10 -36) = r3
 1127: goto +41
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
 1128: r1 = *(u64 *)(r10 -16)
 1129: if r1 > 16383 goto +5
 1130: r2 = r6
 1131: r2 += r1
 1132: r3 = r2
 1133: r3 += 2
 1134: if r3 <= r7 goto +2
 1135: *(u32 *)(r10 -132) = 1
 1136: goto +1510
 1137: r2 = r1
 1138: r2 += 1
 1139: *(u32 *)(r10 -144) = r2
 1140: r1 += 2
 1141: *(u64 *)(r10 -16) = r1
      ; v219: bit<16> = read var2
 1142: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
 1143: r2 = 2
      ; v221: bit<16> = sub v219, v220
 1144: r3 = r1
 1145: r3 -= r2
 1146: r3 &= 65535
      ; write var2, v221
 1147: *(u16 *)(r10 -36) = r3
 1148: goto +20
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
 1149: r1 = *(u64 *)(r10 -16)
 1150: if r1 > 16383 goto +5
 1151: r2 = r6
 1152: r2 += r1
 1153: r3 = r2
 1154: r3 += 3
 1155: if r3 <= r7 goto +2
 1156: *(u32 *)(r10 -132) = 1
 1157: goto +1489
 1158: r2 = r1
 1159: r2 += 1
 1160: *(u32 *)(r10 -148) = r2
 1161: r1 += 3
 1162: *(u64 *)(r10 -16) = r1
      ; v222: bit<16> = read var2
 1163: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
 1164: r2 = 3
      ; v224: bit<16> = sub v222, v223
 1165: r3 = r1
 1166: r3 -= r2
 1167: r3 &= 65535
      ; write var2, v224
 1168: *(u16 *)(r10 -36) = r3
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
 1169: r1 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
 1170: r2 = *(u8 *)(r10 -28)
 1171: if r1 != 0 goto +1
 1172: goto +668
 1173: if r2 != 10 goto +1
 1174: goto +666
      ; prs: block41 (parse_option.6)
      ; extract hdr9
 1175: r1 = *(u64 *)(r10 -16)
 1176: if r1 > 16383 goto +5
 1177: r2 = r6
 1178: r2 += r1
 1179: r3 = r2
 1180: r3 += 1
 1181: if r3 <= r7 goto +2
 1182: *(u32 *)(r10 -132) = 1
 1183: goto +1463
 1184: r3 = r1
 1185: r3 += 1
 1186: *(u32 *)(r10 -164) = r3
 1187: r1 += 1
 1188: *(u64 *)(r10 -16) = r1
      ; v227: bit<8> = read var3
 1189: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
 1190: r3 = 1
      ; v229: bit<8> = add v227, v228
 1191: r4 = r1
 1192: r4 += r3
 1193: r4 &= 255
      ; write var3, v229
 1194: *(u8 *)(r10 -28) = r4
      ; v230: bit<16> = read var2
 1195: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
 1196: r3 = 1
      ; v232: bit<16> = sub v230, v231
 1197: r4 = r1
 1198: r4 -= r3
 1199: r4 &= 65535
      ; write var2, v232
 1200: *(u16 *)(r10 -36) = r4
      ; v233: bit<8> = read_field hdr9.kind
 1201: r1 = 0
 1202: if r2 == 0 goto +1
 1203: r1 = *(u8 *)(r2 +0)
 1204: if r1 != 0 goto +1
 1205: goto +635
 1206: if r1 != 1 goto +1
 1207: goto +127
 1208: if r1 != 2 goto +1
 1209: goto +105
 1210: if r1 != 3 goto +1
 1211: goto +82
 1212: if r1 != 8 goto +1
 1213: goto +59
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
 1214: r1 = *(u64 *)(r10 -16)
 1215: if r1 > 16383 goto +5
 1216: r2 = r6
 1217: r2 += r1
 1218: r1 = r2
 1219: r1 += 1
 1220: if r1 <= r7 goto +2
 1221: *(u32 *)(r10 -132) = 1
 1222: goto +1424
 1223: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
 1224: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
 1225: r1 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
 1226: r2 = 2
      ; v237: bool = ge v235, v236
 1227: r3 = 1
 1228: if r1 >= r2 goto +1
 1229: r3 = 0
      ; verify v237, error HeaderTooShort
 1230: if r3 != 0 goto +2
 1231: *(u32 *)(r10 -132) = 4
 1232: goto +1414
      ; v238: bit<8> = read var9
 1233: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
 1234: r2 = r1
 1235: w2 = w2
      ; v240: bit<32> = const 1
 1236: r1 = 1
      ; v241: bit<32> = sub v239, v240
 1237: r3 = r2
 1238: r3 -= r1
 1239: w3 = w3
      ; v242: bit<32> = const 8
 1240: r1 = 8
      ; v243: bit<32> = mul v241, v242
 1241: r2 = r3
 1242: r2 *= r1
 1243: w2 = w2
      ; advance v243
 1244: r1 = r2
 1245: r1 &= 7
 1246: if r1 == 0 goto +2
 1247: *(u32 *)(r10 -132) = 6
 1248: goto +1398
 1249: r1 = r2
 1250: r1 >>= 3
 1251: r2 = *(u64 *)(r10 -16)
 1252: r2 += r1
 1253: if r2 > 16383 goto +3
 1254: r1 = r6
 1255: r1 += r2
 1256: if r1 <= r7 goto +2
 1257: *(u32 *)(r10 -132) = 1
 1258: goto +1388
 1259: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1260: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1261: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1262: r3 = r2
 1263: r3 &= 65535
      ; v247: bit<16> = const 1
 1264: r2 = 1
      ; v248: bit<16> = sub v246, v247
 1265: r4 = r3
 1266: r4 -= r2
 1267: r4 &= 65535
      ; v249: bit<16> = sub v244, v248
 1268: r2 = r1
 1269: r2 -= r4
 1270: r2 &= 65535
      ; write var2, v249
 1271: *(u16 *)(r10 -36) = r2
 1272: goto +62
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1273: r1 = *(u64 *)(r10 -16)
 1274: if r1 > 16383 goto +5
 1275: r2 = r6
 1276: r2 += r1
 1277: r3 = r2
 1278: r3 += 9
 1279: if r3 <= r7 goto +2
 1280: *(u32 *)(r10 -132) = 1
 1281: goto +1365
 1282: r2 = r1
 1283: r2 += 1
 1284: *(u32 *)(r10 -140) = r2
 1285: r1 += 9
 1286: *(u64 *)(r10 -16) = r1
      ; v250: bit<16> = read var2
 1287: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1288: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1289: r3 = r1
 1290: r3 -= r2
 1291: r3 &= 65535
      ; write var2, v252
 1292: *(u16 *)(r10 -36) = r3
 1293: goto +41
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1294: r1 = *(u64 *)(r10 -16)
 1295: if r1 > 16383 goto +5
 1296: r2 = r6
 1297: r2 += r1
 1298: r3 = r2
 1299: r3 += 2
 1300: if r3 <= r7 goto +2
 1301: *(u32 *)(r10 -132) = 1
 1302: goto +1344
 1303: r2 = r1
 1304: r2 += 1
 1305: *(u32 *)(r10 -144) = r2
 1306: r1 += 2
 1307: *(u64 *)(r10 -16) = r1
      ; v253: bit<16> = read var2
 1308: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1309: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1310: r3 = r1
 1311: r3 -= r2
 1312: r3 &= 65535
      ; write var2, v255
 1313: *(u16 *)(r10 -36) = r3
 1314: goto +20
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1315: r1 = *(u64 *)(r10 -16)
 1316: if r1 > 16383 goto +5
 1317: r2 = r6
 1318: r2 += r1
 1319: r3 = r2
 1320: r3 += 3
 1321: if r3 <= r7 goto +2
 1322: *(u32 *)(r10 -132) = 1
 1323: goto +1323
 1324: r2 = r1
 1325: r2 += 1
 1326: *(u32 *)(r10 -148) = r2
 1327: r1 += 3
 1328: *(u64 *)(r10 -16) = r1
      ; v256: bit<16> = read var2
 1329: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1330: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1331: r3 = r1
 1332: r3 -= r2
 1333: r3 &= 65535
      ; write var2, v258
 1334: *(u16 *)(r10 -36) = r3
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1335: r1 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1336: r2 = *(u8 *)(r10 -28)
 1337: if r1 != 0 goto +1
 1338: goto +502
 1339: if r2 != 10 goto +1
 1340: goto +500
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1341: r1 = *(u64 *)(r10 -16)
 1342: if r1 > 16383 goto +5
 1343: r2 = r6
 1344: r2 += r1
 1345: r3 = r2
 1346: r3 += 1
 1347: if r3 <= r7 goto +2
 1348: *(u32 *)(r10 -132) = 1
 1349: goto +1297
 1350: r3 = r1
 1351: r3 += 1
 1352: *(u32 *)(r10 -160) = r3
 1353: r1 += 1
 1354: *(u64 *)(r10 -16) = r1
      ; v261: bit<8> = read var3
 1355: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1356: r3 = 1
      ; v263: bit<8> = add v261, v262
 1357: r4 = r1
 1358: r4 += r3
 1359: r4 &= 255
      ; write var3, v263
 1360: *(u8 *)(r10 -28) = r4
      ; v264: bit<16> = read var2
 1361: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1362: r3 = 1
      ; v266: bit<16> = sub v264, v265
 1363: r4 = r1
 1364: r4 -= r3
 1365: r4 &= 65535
      ; write var2, v266
 1366: *(u16 *)(r10 -36) = r4
      ; v267: bit<8> = read_field hdr10.kind
 1367: r1 = 0
 1368: if r2 == 0 goto +1
 1369: r1 = *(u8 *)(r2 +0)
 1370: if r1 != 0 goto +1
 1371: goto +469
 1372: if r1 != 1 goto +1
 1373: goto +127
 1374: if r1 != 2 goto +1
 1375: goto +105
 1376: if r1 != 3 goto +1
 1377: goto +82
 1378: if r1 != 8 goto +1
 1379: goto +59
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1380: r1 = *(u64 *)(r10 -16)
 1381: if r1 > 16383 goto +5
 1382: r2 = r6
 1383: r2 += r1
 1384: r1 = r2
 1385: r1 += 1
 1386: if r1 <= r7 goto +2
 1387: *(u32 *)(r10 -132) = 1
 1388: goto +1258
 1389: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1390: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1391: r1 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
 1392: r2 = 2
      ; v271: bool = ge v269, v270
 1393: r3 = 1
 1394: if r1 >= r2 goto +1
 1395: r3 = 0
      ; verify v271, error HeaderTooShort
 1396: if r3 != 0 goto +2
 1397: *(u32 *)(r10 -132) = 4
 1398: goto +1248
      ; v272: bit<8> = read var9
 1399: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1400: r2 = r1
 1401: w2 = w2
      ; v274: bit<32> = const 1
 1402: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1403: r3 = r2
 1404: r3 -= r1
 1405: w3 = w3
      ; v276: bit<32> = const 8
 1406: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1407: r2 = r3
 1408: r2 *= r1
 1409: w2 = w2
      ; advance v277
 1410: r1 = r2
 1411: r1 &= 7
 1412: if r1 == 0 goto +2
 1413: *(u32 *)(r10 -132) = 6
 1414: goto +1232
 1415: r1 = r2
 1416: r1 >>= 3
 1417: r2 = *(u64 *)(r10 -16)
 1418: r2 += r1
 1419: if r2 > 16383 goto +3
 1420: r1 = r6
 1421: r1 += r2
 1422: if r1 <= r7 goto +2
 1423: *(u32 *)(r10 -132) = 1
 1424: goto +1222
 1425: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1426: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1427: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1428: r3 = r2
 1429: r3 &= 65535
      ; v281: bit<16> = const 1
 1430: r2 = 1
      ; v282: bit<16> = sub v280, v281
 1431: r4 = r3
 1432: r4 -= r2
 1433: r4 &= 65535
      ; v283: bit<16> = sub v278, v282
 1434: r2 = r1
 1435: r2 -= r4
 1436: r2 &= 65535
      ; write var2, v283
 1437: *(u16 *)(r10 -36) = r2
 1438: goto +62
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1439: r1 = *(u64 *)(r10 -16)
 1440: if r1 > 16383 goto +5
 1441: r2 = r6
 1442: r2 += r1
 1443: r3 = r2
 1444: r3 += 9
 1445: if r3 <= r7 goto +2
 1446: *(u32 *)(r10 -132) = 1
 1447: goto +1199
 1448: r2 = r1
 1449: r2 += 1
 1450: *(u32 *)(r10 -140) = r2
 1451: r1 += 9
 1452: *(u64 *)(r10 -16) = r1
      ; v284: bit<16> = read var2
 1453: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1454: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1455: r3 = r1
 1456: r3 -= r2
 1457: r3 &= 65535
      ; write var2, v286
 1458: *(u16 *)(r10 -36) = r3
 1459: goto +41
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1460: r1 = *(u64 *)(r10 -16)
 1461: if r1 > 16383 goto +5
 1462: r2 = r6
 1463: r2 += r1
 1464: r3 = r2
 1465: r3 += 2
 1466: if r3 <= r7 goto +2
 1467: *(u32 *)(r10 -132) = 1
 1468: goto +1178
 1469: r2 = r1
 1470: r2 += 1
 1471: *(u32 *)(r10 -144) = r2
 1472: r1 += 2
 1473: *(u64 *)(r10 -16) = r1
      ; v287: bit<16> = read var2
 1474: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1475: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1476: r3 = r1
 1477: r3 -= r2
 1478: r3 &= 65535
      ; write var2, v289
 1479: *(u16 *)(r10 -36) = r3
 1480: goto +20
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1481: r1 = *(u64 *)(r10 -16)
 1482: if r1 > 16383 goto +5
 1483: r2 = r6
 1484: r2 += r1
 1485: r3 = r2
 1486: r3 += 3
 1487: if r3 <= r7 goto +2
 1488: *(u32 *)(r10 -132) = 1
 1489: goto +1157
 1490: r2 = r1
 1491: r2 += 1
 1492: *(u32 *)(r10 -148) = r2
 1493: r1 += 3
 1494: *(u64 *)(r10 -16) = r1
      ; v290: bit<16> = read var2
 1495: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1496: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1497: r3 = r1
 1498: r3 -= r2
 1499: r3 &= 65535
      ; write var2, v292
 1500: *(u16 *)(r10 -36) = r3
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1501: r1 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1502: r2 = *(u8 *)(r10 -28)
 1503: if r1 != 0 goto +1
 1504: goto +336
 1505: if r2 != 10 goto +1
 1506: goto +334
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1507: r1 = *(u64 *)(r10 -16)
 1508: if r1 > 16383 goto +5
 1509: r2 = r6
 1510: r2 += r1
 1511: r3 = r2
 1512: r3 += 1
 1513: if r3 <= r7 goto +2
 1514: *(u32 *)(r10 -132) = 1
 1515: goto +1131
 1516: r3 = r1
 1517: r3 += 1
 1518: *(u32 *)(r10 -156) = r3
 1519: r1 += 1
 1520: *(u64 *)(r10 -16) = r1
      ; v295: bit<8> = read var3
 1521: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1522: r3 = 1
      ; v297: bit<8> = add v295, v296
 1523: r4 = r1
 1524: r4 += r3
 1525: r4 &= 255
      ; write var3, v297
 1526: *(u8 *)(r10 -28) = r4
      ; v298: bit<16> = read var2
 1527: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1528: r3 = 1
      ; v300: bit<16> = sub v298, v299
 1529: r4 = r1
 1530: r4 -= r3
 1531: r4 &= 65535
      ; write var2, v300
 1532: *(u16 *)(r10 -36) = r4
      ; v301: bit<8> = read_field hdr11.kind
 1533: r1 = 0
 1534: if r2 == 0 goto +1
 1535: r1 = *(u8 *)(r2 +0)
 1536: if r1 != 0 goto +1
 1537: goto +303
 1538: if r1 != 1 goto +1
 1539: goto +127
 1540: if r1 != 2 goto +1
 1541: goto +105
 1542: if r1 != 3 goto +1
 1543: goto +82
 1544: if r1 != 8 goto +1
 1545: goto +59
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1546: r1 = *(u64 *)(r10 -16)
 1547: if r1 > 16383 goto +5
 1548: r2 = r6
 1549: r2 += r1
 1550: r1 = r2
 1551: r1 += 1
 1552: if r1 <= r7 goto +2
 1553: *(u32 *)(r10 -132) = 1
 1554: goto +1092
 1555: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1556: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1557: r1 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
 1558: r2 = 2
      ; v305: bool = ge v303, v304
 1559: r3 = 1
 1560: if r1 >= r2 goto +1
 1561: r3 = 0
      ; verify v305, error HeaderTooShort
 1562: if r3 != 0 goto +2
 1563: *(u32 *)(r10 -132) = 4
 1564: goto +1082
      ; v306: bit<8> = read var9
 1565: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1566: r2 = r1
 1567: w2 = w2
      ; v308: bit<32> = const 1
 1568: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1569: r3 = r2
 1570: r3 -= r1
 1571: w3 = w3
      ; v310: bit<32> = const 8
 1572: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1573: r2 = r3
 1574: r2 *= r1
 1575: w2 = w2
      ; advance v311
 1576: r1 = r2
 1577: r1 &= 7
 1578: if r1 == 0 goto +2
 1579: *(u32 *)(r10 -132) = 6
 1580: goto +1066
 1581: r1 = r2
 1582: r1 >>= 3
 1583: r2 = *(u64 *)(r10 -16)
 1584: r2 += r1
 1585: if r2 > 16383 goto +3
 1586: r1 = r6
 1587: r1 += r2
 1588: if r1 <= r7 goto +2
 1589: *(u32 *)(r10 -132) = 1
 1590: goto +1056
 1591: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1592: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1593: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1594: r3 = r2
 1595: r3 &= 65535
      ; v315: bit<16> = const 1
 1596: r2 = 1
      ; v316: bit<16> = sub v314, v315
 1597: r4 = r3
 1598: r4 -= r2
 1599: r4 &= 65535
      ; v317: bit<16> = sub v312, v316
 1600: r2 = r1
 1601: r2 -= r4
 1602: r2 &= 65535
      ; write var2, v317
 1603: *(u16 *)(r10 -36) = r2
 1604: goto +62
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1605: r1 = *(u64 *)(r10 -16)
 1606: if r1 > 16383 goto +5
 1607: r2 = r6
 1608: r2 += r1
 1609: r3 = r2
 1610: r3 += 9
 1611: if r3 <= r7 goto +2
 1612: *(u32 *)(r10 -132) = 1
 1613: goto +1033
 1614: r2 = r1
 1615: r2 += 1
 1616: *(u32 *)(r10 -140) = r2
 1617: r1 += 9
 1618: *(u64 *)(r10 -16) = r1
      ; v318: bit<16> = read var2
 1619: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1620: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1621: r3 = r1
 1622: r3 -= r2
 1623: r3 &= 65535
      ; write var2, v320
 1624: *(u16 *)(r10 -36) = r3
 1625: goto +41
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1626: r1 = *(u64 *)(r10 -16)
 1627: if r1 > 16383 goto +5
 1628: r2 = r6
 1629: r2 += r1
 1630: r3 = r2
 1631: r3 += 2
 1632: if r3 <= r7 goto +2
 1633: *(u32 *)(r10 -132) = 1
 1634: goto +1012
 1635: r2 = r1
 1636: r2 += 1
 1637: *(u32 *)(r10 -144) = r2
 1638: r1 += 2
 1639: *(u64 *)(r10 -16) = r1
      ; v321: bit<16> = read var2
 1640: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1641: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1642: r3 = r1
 1643: r3 -= r2
 1644: r3 &= 65535
      ; write var2, v323
 1645: *(u16 *)(r10 -36) = r3
 1646: goto +20
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1647: r1 = *(u64 *)(r10 -16)
 1648: if r1 > 16383 goto +5
 1649: r2 = r6
 1650: r2 += r1
 1651: r3 = r2
 1652: r3 += 3
 1653: if r3 <= r7 goto +2
 1654: *(u32 *)(r10 -132) = 1
 1655: goto +991
 1656: r2 = r1
 1657: r2 += 1
 1658: *(u32 *)(r10 -148) = r2
 1659: r1 += 3
 1660: *(u64 *)(r10 -16) = r1
      ; v324: bit<16> = read var2
 1661: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1662: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1663: r3 = r1
 1664: r3 -= r2
 1665: r3 &= 65535
      ; write var2, v326
 1666: *(u16 *)(r10 -36) = r3
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1667: r1 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1668: r2 = *(u8 *)(r10 -28)
 1669: if r1 != 0 goto +1
 1670: goto +170
 1671: if r2 != 10 goto +1
 1672: goto +168
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1673: r1 = *(u64 *)(r10 -16)
 1674: if r1 > 16383 goto +5
 1675: r2 = r6
 1676: r2 += r1
 1677: r3 = r2
 1678: r3 += 1
 1679: if r3 <= r7 goto +2
 1680: *(u32 *)(r10 -132) = 1
 1681: goto +965
 1682: r3 = r1
 1683: r3 += 1
 1684: *(u32 *)(r10 -152) = r3
 1685: r1 += 1
 1686: *(u64 *)(r10 -16) = r1
      ; v329: bit<8> = read var3
 1687: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1688: r3 = 1
      ; v331: bit<8> = add v329, v330
 1689: r4 = r1
 1690: r4 += r3
 1691: r4 &= 255
      ; write var3, v331
 1692: *(u8 *)(r10 -28) = r4
      ; v332: bit<16> = read var2
 1693: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1694: r3 = 1
      ; v334: bit<16> = sub v332, v333
 1695: r4 = r1
 1696: r4 -= r3
 1697: r4 &= 65535
      ; write var2, v334
 1698: *(u16 *)(r10 -36) = r4
      ; v335: bit<8> = read_field hdr12.kind
 1699: r1 = 0
 1700: if r2 == 0 goto +1
 1701: r1 = *(u8 *)(r2 +0)
 1702: if r1 != 0 goto +1
 1703: goto +137
 1704: if r1 != 1 goto +1
 1705: goto +127
 1706: if r1 != 2 goto +1
 1707: goto +105
 1708: if r1 != 3 goto +1
 1709: goto +82
 1710: if r1 != 8 goto +1
 1711: goto +59
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1712: r1 = *(u64 *)(r10 -16)
 1713: if r1 > 16383 goto +5
 1714: r2 = r6
 1715: r2 += r1
 1716: r1 = r2
 1717: r1 += 1
 1718: if r1 <= r7 goto +2
 1719: *(u32 *)(r10 -132) = 1
 1720: goto +926
 1721: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1722: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1723: r1 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
 1724: r2 = 2
      ; v339: bool = ge v337, v338
 1725: r3 = 1
 1726: if r1 >= r2 goto +1
 1727: r3 = 0
      ; verify v339, error HeaderTooShort
 1728: if r3 != 0 goto +2
 1729: *(u32 *)(r10 -132) = 4
 1730: goto +916
      ; v340: bit<8> = read var9
 1731: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1732: r2 = r1
 1733: w2 = w2
      ; v342: bit<32> = const 1
 1734: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1735: r3 = r2
 1736: r3 -= r1
 1737: w3 = w3
      ; v344: bit<32> = const 8
 1738: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1739: r2 = r3
 1740: r2 *= r1
 1741: w2 = w2
      ; advance v345
 1742: r1 = r2
 1743: r1 &= 7
 1744: if r1 == 0 goto +2
 1745: *(u32 *)(r10 -132) = 6
 1746: goto +900
 1747: r1 = r2
 1748: r1 >>= 3
 1749: r2 = *(u64 *)(r10 -16)
 1750: r2 += r1
 1751: if r2 > 16383 goto +3
 1752: r1 = r6
 1753: r1 += r2
 1754: if r1 <= r7 goto +2
 1755: *(u32 *)(r10 -132) = 1
 1756: goto +890
 1757: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1758: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1759: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1760: r3 = r2
 1761: r3 &= 65535
      ; v349: bit<16> = const 1
 1762: r2 = 1
      ; v350: bit<16> = sub v348, v349
 1763: r4 = r3
 1764: r4 -= r2
 1765: r4 &= 65535
      ; v351: bit<16> = sub v346, v350
 1766: r2 = r1
 1767: r2 -= r4
 1768: r2 &= 65535
      ; write var2, v351
 1769: *(u16 *)(r10 -36) = r2
 1770: goto +62
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1771: r1 = *(u64 *)(r10 -16)
 1772: if r1 > 16383 goto +5
 1773: r2 = r6
 1774: r2 += r1
 1775: r3 = r2
 1776: r3 += 9
 1777: if r3 <= r7 goto +2
 1778: *(u32 *)(r10 -132) = 1
 1779: goto +867
 1780: r2 = r1
 1781: r2 += 1
 1782: *(u32 *)(r10 -140) = r2
 1783: r1 += 9
 1784: *(u64 *)(r10 -16) = r1
      ; v352: bit<16> = read var2
 1785: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1786: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1787: r3 = r1
 1788: r3 -= r2
 1789: r3 &= 65535
      ; write var2, v354
 1790: *(u16 *)(r10 -36) = r3
 1791: goto +41
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1792: r1 = *(u64 *)(r10 -16)
 1793: if r1 > 16383 goto +5
 1794: r2 = r6
 1795: r2 += r1
 1796: r3 = r2
 1797: r3 += 2
 1798: if r3 <= r7 goto +2
 1799: *(u32 *)(r10 -132) = 1
 1800: goto +846
 1801: r2 = r1
 1802: r2 += 1
 1803: *(u32 *)(r10 -144) = r2
 1804: r1 += 2
 1805: *(u64 *)(r10 -16) = r1
      ; v355: bit<16> = read var2
 1806: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1807: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1808: r3 = r1
 1809: r3 -= r2
 1810: r3 &= 65535
      ; write var2, v357
 1811: *(u16 *)(r10 -36) = r3
 1812: goto +20
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1813: r1 = *(u64 *)(r10 -16)
 1814: if r1 > 16383 goto +5
 1815: r2 = r6
 1816: r2 += r1
 1817: r3 = r2
 1818: r3 += 3
 1819: if r3 <= r7 goto +2
 1820: *(u32 *)(r10 -132) = 1
 1821: goto +825
 1822: r2 = r1
 1823: r2 += 1
 1824: *(u32 *)(r10 -148) = r2
 1825: r1 += 3
 1826: *(u64 *)(r10 -16) = r1
      ; v358: bit<16> = read var2
 1827: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1828: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1829: r3 = r1
 1830: r3 -= r2
 1831: r3 &= 65535
      ; write var2, v360
 1832: *(u16 *)(r10 -36) = r3
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1833: r1 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1834: r2 = *(u8 *)(r10 -28)
 1835: if r1 != 0 goto +1
 1836: goto +4
 1837: if r2 != 10 goto +1
 1838: goto +2
      ; prs: block65 (parse_option.10)
 1839: *(u32 *)(r10 -132) = 3
 1840: goto +806
      ; v0: bool = is_valid hdr2
 1841: r1 = *(u32 *)(r10 -192)
 1842: if r1 == 0 goto +1
 1843: r1 = 1
      ; v1: bool = not v0
 1844: r2 = r1
 1845: r2 ^= 1
 1846: if r2 != 0 goto +799
      ; v2: bit<64> = timestamp_ns
 1847: call bpf_ktime_get_ns
 1848: r1 = r0
      ; write var10, v2
 1849: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1850: r1 = *(u32 *)(r10 -192)
 1851: if r1 == 0 goto +11
 1852: r1 -= 1
 1853: if r1 > 16383 goto +9
 1854: r0 = r6
 1855: *(u64 *)(r10 -400) = r0
 1856: r0 = *(u64 *)(r10 -400)
 1857: r0 += r1
 1858: *(u64 *)(r10 -400) = r0
 1859: r0 = *(u64 *)(r10 -400)
 1860: r1 = r0
 1861: r1 += 20
 1862: if r1 <= r7 goto +2
 1863: r0 = 0
 1864: *(u64 *)(r10 -400) = r0
 1865: r1 = 0
 1866: r0 = *(u64 *)(r10 -400)
 1867: if r0 == 0 goto +2
 1868: r0 = *(u64 *)(r10 -400)
 1869: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1870: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1871: r1 = *(u32 *)(r10 -196)
 1872: if r1 == 0 goto +11
 1873: r1 -= 1
 1874: if r1 > 16383 goto +9
 1875: r0 = r6
 1876: *(u64 *)(r10 -408) = r0
 1877: r0 = *(u64 *)(r10 -408)
 1878: r0 += r1
 1879: *(u64 *)(r10 -408) = r0
 1880: r0 = *(u64 *)(r10 -408)
 1881: r1 = r0
 1882: r1 += 20
 1883: if r1 <= r7 goto +2
 1884: r0 = 0
 1885: *(u64 *)(r10 -408) = r0
 1886: r1 = 0
 1887: r0 = *(u64 *)(r10 -408)
 1888: if r0 == 0 goto +3
 1889: r0 = *(u64 *)(r10 -408)
 1890: r1 = *(u8 *)(r0 +0)
 1891: r1 &= 15
      ; v5: bit<16> = cast v4
 1892: r2 = r1
 1893: r2 &= 65535
      ; v6: bit<8> = const 2
 1894: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1895: r3 = r2
 1896: if r1 >= 16 goto +3
 1897: r3 <<= r1
 1898: r3 &= 65535
 1899: goto +1
 1900: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1901: r1 = 0
 1902: r0 = *(u64 *)(r10 -400)
 1903: if r0 == 0 goto +4
 1904: r0 = *(u64 *)(r10 -400)
 1905: r1 = *(u8 *)(r0 +12)
 1906: r1 >>= 4
 1907: r1 &= 15
      ; v9: bit<16> = cast v8
 1908: r2 = r1
 1909: r2 &= 65535
      ; v10: bit<8> = const 2
 1910: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1911: r4 = r2
 1912: if r1 >= 16 goto +3
 1913: r4 <<= r1
 1914: r4 &= 65535
 1915: goto +1
 1916: r4 = 0
      ; v12: bit<16> = add v7, v11
 1917: r1 = r3
 1918: r1 += r4
 1919: r1 &= 65535
      ; write var12, v12
 1920: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1921: r1 = 0
 1922: r0 = *(u64 *)(r10 -408)
 1923: if r0 == 0 goto +3
 1924: r0 = *(u64 *)(r10 -408)
 1925: r1 = *(u16 *)(r0 +2)
 1926: r1 = be16 r1
      ; v14: bit<16> = read var12
 1927: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1928: r3 = r1
 1929: r3 -= r2
 1930: r3 &= 65535
      ; v16: bit<32> = cast v15
 1931: r1 = r3
 1932: w1 = w1
      ; write var13, v16
 1933: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1934: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1935: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1936: r3 = 1
      ; v20: bit<8> = and v18, v19
 1937: r4 = r2
 1938: r4 &= r3
      ; v21: bit<8> = const 0
 1939: r2 = 0
      ; v22: bool = ne v20, v21
 1940: r3 = 1
 1941: if r4 != r2 goto +1
 1942: r3 = 0
      ; v23: bit<32> = const 1
 1943: r2 = 1
      ; v24: bit<32> = const 0
 1944: r4 = 0
      ; v25: bit<32> = select v22, v23, v24
 1945: r8 = r2
 1946: if r3 != 0 goto +1
 1947: r8 = r4
      ; v26: bit<32> = add v17, v25
 1948: r2 = r1
 1949: r2 += r8
 1950: w2 = w2
      ; write var14, v26
 1951: *(u32 *)(r10 -108) = r2
      ; v27: bit<32> = read_field hdr1.srcAddr
 1952: r1 = 0
 1953: r0 = *(u64 *)(r10 -408)
 1954: if r0 == 0 goto +3
 1955: r0 = *(u64 *)(r10 -408)
 1956: r1 = *(u32 *)(r0 +12)
 1957: r1 = be32 r1
      ; v28: bit<32> = read_field hdr1.dstAddr
 1958: r2 = 0
 1959: r0 = *(u64 *)(r10 -408)
 1960: if r0 == 0 goto +3
 1961: r0 = *(u64 *)(r10 -408)
 1962: r2 = *(u32 *)(r0 +16)
 1963: r2 = be32 r2
      ; v29: bit<16> = read_field hdr2.srcPort
 1964: r3 = 0
 1965: r0 = *(u64 *)(r10 -400)
 1966: if r0 == 0 goto +3
 1967: r0 = *(u64 *)(r10 -400)
 1968: r3 = *(u16 *)(r0 +0)
 1969: r3 = be16 r3
      ; v30: bit<16> = read_field hdr2.dstPort
 1970: r4 = 0
 1971: r0 = *(u64 *)(r10 -400)
 1972: if r0 == 0 goto +3
 1973: r0 = *(u64 *)(r10 -400)
 1974: r4 = *(u16 *)(r0 +2)
 1975: r4 = be16 r4
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1976: *(u64 *)(r10 -264) = 0
 1977: *(u64 *)(r10 -256) = 0
 1978: *(u32 *)(r10 -264) = r1
 1979: *(u32 *)(r10 -260) = r2
 1980: *(u16 *)(r10 -256) = r3
 1981: *(u16 *)(r10 -254) = r4
 1982: r1 = map[pipe_flows] ll
 1984: r2 = r10
 1985: r2 += -264
 1986: call bpf_map_lookup_elem
 1987: r1 = r0
 1988: if r1 == 0 goto +42
 1989: r0 = 1
 1990: *(u64 *)(r10 -416) = r0
 1991: r3 = *(u32 *)(r1 +0)
 1992: w3 = w3
 1993: r4 = *(u32 *)(r1 +4)
 1994: w4 = w4
 1995: r8 = *(u32 *)(r1 +8)
 1996: w8 = w8
 1997: r9 = *(u32 *)(r1 +12)
 1998: w9 = w9
 1999: r2 = *(u16 *)(r1 +16)
 2000: r2 &= 65535
 2001: r0 = *(u8 *)(r1 +18)
 2002: *(u64 *)(r10 -424) = r0
 2003: r0 = *(u64 *)(r10 -424)
 2004: r0 &= 255
 2005: *(u64 *)(r10 -424) = r0
 2006: r0 = *(u32 *)(r1 +20)
 2007: *(u64 *)(r10 -432) = r0
 2008: r0 = *(u64 *)(r10 -432)
 2009: w0 = w0
 2010: *(u64 *)(r10 -432) = r0
 2011: r0 = *(u32 *)(r1 +24)
 2012: *(u64 *)(r10 -440) = r0
 2013: r0 = *(u64 *)(r10 -440)
 2014: w0 = w0
 2015: *(u64 *)(r10 -440) = r0
 2016: r0 = *(u8 *)(r1 +28)
 2017: *(u64 *)(r10 -448) = r0
 2018: r0 = *(u64 *)(r10 -448)
 2019: r0 &= 255
 2020: *(u64 *)(r10 -448) = r0
 2021: r0 = *(u32 *)(r1 +32)
 2022: *(u64 *)(r10 -456) = r0
 2023: r0 = *(u64 *)(r10 -456)
 2024: w0 = w0
 2025: *(u64 *)(r10 -456) = r0
 2026: r0 = *(u64 *)(r1 +40)
 2027: *(u64 *)(r10 -464) = r0
 2028: r0 = *(u64 *)(r1 +48)
 2029: *(u64 *)(r10 -472) = r0
 2030: goto +21
 2031: r0 = 0
 2032: *(u64 *)(r10 -416) = r0
 2033: r3 = 0
 2034: r4 = 0
 2035: r8 = 0
 2036: r9 = 0
 2037: r2 = 0
 2038: r0 = 0
 2039: *(u64 *)(r10 -424) = r0
 2040: r0 = 0
 2041: *(u64 *)(r10 -432) = r0
 2042: r0 = 0
 2043: *(u64 *)(r10 -440) = r0
 2044: r0 = 0
 2045: *(u64 *)(r10 -448) = r0
 2046: r0 = 0
 2047: *(u64 *)(r10 -456) = r0
 2048: r0 = 0
 2049: *(u64 *)(r10 -464) = r0
 2050: r0 = 0
 2051: *(u64 *)(r10 -472) = r0
      ; write var15, v32
 2052: *(u32 *)(r10 -104) = r3
      ; write var16, v33
 2053: *(u32 *)(r10 -100) = r4
      ; write var17, v34
 2054: *(u32 *)(r10 -96) = r8
      ; write var18, v35
 2055: *(u32 *)(r10 -92) = r9
      ; write var19, v36
 2056: *(u16 *)(r10 -32) = r2
      ; write var20, v37
 2057: r0 = *(u64 *)(r10 -424)
 2058: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 2059: r0 = *(u64 *)(r10 -432)
 2060: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 2061: r0 = *(u64 *)(r10 -440)
 2062: *(u32 *)(r10 -84) = r0
      ; write var23, v40
 2063: r0 = *(u64 *)(r10 -448)
 2064: *(u8 *)(r10 -23) = r0
      ; write var24, v41
 2065: r0 = *(u64 *)(r10 -456)
 2066: *(u32 *)(r10 -80) = r0
      ; write var25, v42
 2067: r0 = *(u64 *)(r10 -464)
 2068: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 2069: r0 = *(u64 *)(r10 -472)
 2070: *(u64 *)(r10 -224) = r0
      ; write var27, v31
 2071: r0 = *(u64 *)(r10 -416)
 2072: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 2073: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 2074: r2 = 2
      ; v46: bit<8> = and v44, v45
 2075: r3 = r1
 2076: r3 &= r2
      ; v47: bit<8> = const 0
 2077: r1 = 0
      ; v48: bool = ne v46, v47
 2078: if r3 != r1 goto +62
      ; v65: bool = read var27
 2079: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 2080: r2 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
 2081: r3 = 0
      ; v68: bool = ne v66, v67
 2082: r4 = 1
 2083: if r2 != r3 goto +1
 2084: r4 = 0
      ; v69: bool = logical_and v65, v68
 2085: r2 = r1
 2086: r2 &= r4
 2087: if r2 != 0 goto +1
 2088: goto +51
      ; v70: bit<32> = read_field hdr2.seqNo
 2089: r1 = 0
 2090: r0 = *(u64 *)(r10 -400)
 2091: if r0 == 0 goto +3
 2092: r0 = *(u64 *)(r10 -400)
 2093: r1 = *(u32 *)(r0 +4)
 2094: r1 = be32 r1
      ; v71: bit<32> = read var14
 2095: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 2096: r3 = r1
 2097: r3 += r2
 2098: w3 = w3
      ; write var28, v72
 2099: *(u32 *)(r10 -76) = r3
      ; v73: bit<32> = read var28
 2100: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 2101: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 2102: r3 = r1
 2103: r3 -= r2
 2104: w3 = w3
      ; write var29, v75
 2105: *(u32 *)(r10 -72) = r3
      ; v76: bit<32> = read var29
 2106: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
 2107: r2 = 0
      ; v78: bool = ne v76, v77
 2108: r3 = 1
 2109: if r1 != r2 goto +1
 2110: r3 = 0
      ; v79: bit<32> = read var29
 2111: r1 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 2112: w2 = -2147483648
      ; v81: bool = lt v79, v80
 2113: r4 = 1
 2114: if r1 < r2 goto +1
 2115: r4 = 0
      ; v82: bool = logical_and v78, v81
 2116: r1 = r3
 2117: r1 &= r4
 2118: if r1 != 0 goto +9
      ; v90: bit<32> = read var22
 2119: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 2120: r2 = 1
      ; v92: bit<32> = add v90, v91
 2121: r3 = r1
 2122: r3 += r2
 2123: w3 = w3
      ; write var22, v92
 2124: *(u32 *)(r10 -84) = r3
      ; v93: bit<8> = const 0
 2125: r1 = 0
      ; write var23, v93
 2126: *(u8 *)(r10 -23) = r1
 2127: goto +12
      ; v83: bit<32> = read var28
 2128: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 2129: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 2130: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
 2131: r2 = 0
      ; v86: bool = eq v84, v85
 2132: if r1 == r2 goto +1
 2133: goto +6
      ; v87: bit<8> = const 1
 2134: r1 = 1
      ; write var23, v87
 2135: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 2136: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 2137: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 2138: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 2139: *(u64 *)(r10 -232) = r1
 2140: goto +72
      ; v49: bool = const 1
 2141: r1 = 1
      ; write var27, v49
 2142: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 2143: r1 = 0
 2144: r0 = *(u64 *)(r10 -400)
 2145: if r0 == 0 goto +3
 2146: r0 = *(u64 *)(r10 -400)
 2147: r1 = *(u32 *)(r0 +4)
 2148: r1 = be32 r1
      ; write var15, v50
 2149: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 2150: r1 = 0
 2151: r0 = *(u64 *)(r10 -400)
 2152: if r0 == 0 goto +3
 2153: r0 = *(u64 *)(r10 -400)
 2154: r1 = *(u32 *)(r0 +4)
 2155: r1 = be32 r1
      ; v52: bit<32> = const 1
 2156: r2 = 1
      ; v53: bit<32> = add v51, v52
 2157: r3 = r1
 2158: r3 += r2
 2159: w3 = w3
      ; write var16, v53
 2160: *(u32 *)(r10 -100) = r3
      ; v54: bit<32> = const 0
 2161: r1 = 0
      ; write var18, v54
 2162: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 2163: r1 = *(u32 *)(r10 -148)
 2164: if r1 == 0 goto +7
 2165: r1 -= 1
 2166: if r1 > 16383 goto +5
 2167: r2 = r6
 2168: r2 += r1
 2169: r1 = r2
 2170: r1 += 3
 2171: if r1 <= r7 goto +1
 2172: r2 = 0
 2173: r1 = 0
 2174: if r2 == 0 goto +2
 2175: r1 = *(u16 *)(r2 +1)
 2176: r1 = be16 r1
      ; write var19, v55
 2177: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 2178: r1 = *(u32 *)(r10 -144)
 2179: if r1 == 0 goto +7
 2180: r1 -= 1
 2181: if r1 > 16383 goto +5
 2182: r2 = r6
 2183: r2 += r1
 2184: r1 = r2
 2185: r1 += 2
 2186: if r1 <= r7 goto +1
 2187: r2 = 0
 2188: r1 = 0
 2189: if r2 == 0 goto +1
 2190: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 2191: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 2192: r1 = 0
      ; write var21, v57
 2193: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 2194: r1 = 0
      ; write var22, v58
 2195: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 2196: r1 = 1
      ; write var23, v59
 2197: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 2198: r1 = 0
 2199: r0 = *(u64 *)(r10 -400)
 2200: if r0 == 0 goto +3
 2201: r0 = *(u64 *)(r10 -400)
 2202: r1 = *(u32 *)(r0 +4)
 2203: r1 = be32 r1
      ; v61: bit<32> = const 1
 2204: r2 = 1
      ; v62: bit<32> = add v60, v61
 2205: r3 = r1
 2206: r3 += r2
 2207: w3 = w3
      ; write var24, v62
 2208: *(u32 *)(r10 -80) = r3
      ; v63: bit<64> = read var10
 2209: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 2210: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 2211: r1 = 0
      ; write var26, v64
 2212: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 2213: r1 = *(u8 *)(r10 -22)
 2214: if r1 != 0 goto +1
 2215: goto +113
      ; v95: bool = is_valid hdr15
 2216: r1 = *(u32 *)(r10 -140)
 2217: if r1 != 0 goto +1
 2218: goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 2219: r1 = *(u32 *)(r10 -140)
 2220: if r1 == 0 goto +7
 2221: r1 -= 1
 2222: if r1 > 16383 goto +5
 2223: r2 = r6
 2224: r2 += r1
 2225: r1 = r2
 2226: r1 += 9
 2227: if r1 <= r7 goto +1
 2228: r2 = 0
 2229: r1 = 0
 2230: if r2 == 0 goto +2
 2231: r1 = *(u32 *)(r2 +1)
 2232: r1 = be32 r1
      ; write var21, v96
 2233: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 2234: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 2235: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 2236: r3 = r1
 2237: r3 -= r2
 2238: w3 = w3
      ; write var17, v99
 2239: *(u32 *)(r10 -96) = r3
      ; v100: bit<32> = read_field hdr1.srcAddr
 2240: r1 = 0
 2241: r0 = *(u64 *)(r10 -408)
 2242: if r0 == 0 goto +3
 2243: r0 = *(u64 *)(r10 -408)
 2244: r1 = *(u32 *)(r0 +12)
 2245: r1 = be32 r1
      ; v101: bit<32> = read_field hdr1.dstAddr
 2246: r2 = 0
 2247: r0 = *(u64 *)(r10 -408)
 2248: if r0 == 0 goto +3
 2249: r0 = *(u64 *)(r10 -408)
 2250: r2 = *(u32 *)(r0 +16)
 2251: r2 = be32 r2
      ; v102: bit<16> = read_field hdr2.srcPort
 2252: r3 = 0
 2253: r0 = *(u64 *)(r10 -400)
 2254: if r0 == 0 goto +3
 2255: r0 = *(u64 *)(r10 -400)
 2256: r3 = *(u16 *)(r0 +0)
 2257: r3 = be16 r3
      ; v103: bit<16> = read_field hdr2.dstPort
 2258: r4 = 0
 2259: r0 = *(u64 *)(r10 -400)
 2260: if r0 == 0 goto +3
 2261: r0 = *(u64 *)(r10 -400)
 2262: r4 = *(u16 *)(r0 +2)
 2263: r4 = be16 r4
      ; v104: bit<32> = read var15
 2264: r8 = *(u32 *)(r10 -104)
      ; v105: bit<32> = read var16
 2265: r9 = *(u32 *)(r10 -100)
      ; v106: bit<32> = read var17
 2266: r0 = *(u32 *)(r10 -96)
 2267: *(u64 *)(r10 -416) = r0
      ; v107: bit<32> = read var18
 2268: r0 = *(u32 *)(r10 -92)
 2269: *(u64 *)(r10 -424) = r0
      ; v108: bit<16> = read var19
 2270: r0 = *(u16 *)(r10 -32)
 2271: *(u64 *)(r10 -432) = r0
      ; v109: bit<8> = read var20
 2272: r0 = *(u8 *)(r10 -24)
 2273: *(u64 *)(r10 -440) = r0
      ; v110: bit<32> = read var21
 2274: r0 = *(u32 *)(r10 -88)
 2275: *(u64 *)(r10 -448) = r0
      ; v111: bit<32> = read var22
 2276: r0 = *(u32 *)(r10 -84)
 2277: *(u64 *)(r10 -456) = r0
      ; v112: bit<8> = read var23
 2278: r0 = *(u8 *)(r10 -23)
 2279: *(u64 *)(r10 -464) = r0
      ; v113: bit<32> = read var24
 2280: r0 = *(u32 *)(r10 -80)
 2281: *(u64 *)(r10 -472) = r0
      ; v114: bit<64> = read var25
 2282: r0 = *(u64 *)(r10 -232)
 2283: *(u64 *)(r10 -480) = r0
      ; v115: bit<64> = read var26
 2284: r0 = *(u64 *)(r10 -224)
 2285: *(u64 *)(r10 -488) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 2286: *(u64 *)(r10 -264) = 0
 2287: *(u64 *)(r10 -256) = 0
 2288: *(u32 *)(r10 -264) = r1
 2289: *(u32 *)(r10 -260) = r2
 2290: *(u16 *)(r10 -256) = r3
 2291: *(u16 *)(r10 -254) = r4
 2292: *(u64 *)(r10 -352) = 0
 2293: *(u64 *)(r10 -344) = 0
 2294: *(u64 *)(r10 -336) = 0
 2295: *(u64 *)(r10 -328) = 0
 2296: *(u64 *)(r10 -320) = 0
 2297: *(u64 *)(r10 -312) = 0
 2298: *(u64 *)(r10 -304) = 0
 2299: *(u32 *)(r10 -352) = r8
 2300: *(u32 *)(r10 -348) = r9
 2301: r0 = *(u64 *)(r10 -416)
 2302: *(u32 *)(r10 -344) = r0
 2303: r0 = *(u64 *)(r10 -424)
 2304: *(u32 *)(r10 -340) = r0
 2305: r0 = *(u64 *)(r10 -432)
 2306: *(u16 *)(r10 -336) = r0
 2307: r0 = *(u64 *)(r10 -440)
 2308: *(u8 *)(r10 -334) = r0
 2309: r0 = *(u64 *)(r10 -448)
 2310: *(u32 *)(r10 -332) = r0
 2311: r0 = *(u64 *)(r10 -456)
 2312: *(u32 *)(r10 -328) = r0
 2313: r0 = *(u64 *)(r10 -464)
 2314: *(u8 *)(r10 -324) = r0
 2315: r0 = *(u64 *)(r10 -472)
 2316: *(u32 *)(r10 -320) = r0
 2317: r0 = *(u64 *)(r10 -480)
 2318: *(u64 *)(r10 -312) = r0
 2319: r0 = *(u64 *)(r10 -488)
 2320: *(u64 *)(r10 -304) = r0
 2321: r1 = map[pipe_flows] ll
 2323: r2 = r10
 2324: r2 += -264
 2325: r3 = r10
 2326: r3 += -352
 2327: r4 = 0
 2328: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 2329: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 2330: r2 = 16
      ; v118: bit<8> = and v116, v117
 2331: r3 = r1
 2332: r3 &= r2
      ; v119: bit<8> = const 0
 2333: r1 = 0
      ; v120: bool = eq v118, v119
 2334: if r3 == r1 goto +310
      ; v121: bit<32> = read_field hdr1.dstAddr
 2335: r1 = 0
 2336: r0 = *(u64 *)(r10 -408)
 2337: if r0 == 0 goto +3
 2338: r0 = *(u64 *)(r10 -408)
 2339: r1 = *(u32 *)(r0 +16)
 2340: r1 = be32 r1
      ; v122: bit<32> = read_field hdr1.srcAddr
 2341: r2 = 0
 2342: r0 = *(u64 *)(r10 -408)
 2343: if r0 == 0 goto +3
 2344: r0 = *(u64 *)(r10 -408)
 2345: r2 = *(u32 *)(r0 +12)
 2346: r2 = be32 r2
      ; v123: bit<16> = read_field hdr2.dstPort
 2347: r3 = 0
 2348: r0 = *(u64 *)(r10 -400)
 2349: if r0 == 0 goto +3
 2350: r0 = *(u64 *)(r10 -400)
 2351: r3 = *(u16 *)(r0 +2)
 2352: r3 = be16 r3
      ; v124: bit<16> = read_field hdr2.srcPort
 2353: r4 = 0
 2354: r0 = *(u64 *)(r10 -400)
 2355: if r0 == 0 goto +3
 2356: r0 = *(u64 *)(r10 -400)
 2357: r4 = *(u16 *)(r0 +0)
 2358: r4 = be16 r4
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 2359: *(u64 *)(r10 -264) = 0
 2360: *(u64 *)(r10 -256) = 0
 2361: *(u32 *)(r10 -264) = r1
 2362: *(u32 *)(r10 -260) = r2
 2363: *(u16 *)(r10 -256) = r3
 2364: *(u16 *)(r10 -254) = r4
 2365: r1 = map[pipe_flows] ll
 2367: r2 = r10
 2368: r2 += -264
 2369: call bpf_map_lookup_elem
 2370: r1 = r0
 2371: if r1 == 0 goto +42
 2372: r0 = 1
 2373: *(u64 *)(r10 -416) = r0
 2374: r3 = *(u32 *)(r1 +0)
 2375: w3 = w3
 2376: r4 = *(u32 *)(r1 +4)
 2377: w4 = w4
 2378: r8 = *(u32 *)(r1 +8)
 2379: w8 = w8
 2380: r9 = *(u32 *)(r1 +12)
 2381: w9 = w9
 2382: r2 = *(u16 *)(r1 +16)
 2383: r2 &= 65535
 2384: r0 = *(u8 *)(r1 +18)
 2385: *(u64 *)(r10 -424) = r0
 2386: r0 = *(u64 *)(r10 -424)
 2387: r0 &= 255
 2388: *(u64 *)(r10 -424) = r0
 2389: r0 = *(u32 *)(r1 +20)
 2390: *(u64 *)(r10 -432) = r0
 2391: r0 = *(u64 *)(r10 -432)
 2392: w0 = w0
 2393: *(u64 *)(r10 -432) = r0
 2394: r0 = *(u32 *)(r1 +24)
 2395: *(u64 *)(r10 -440) = r0
 2396: r0 = *(u64 *)(r10 -440)
 2397: w0 = w0
 2398: *(u64 *)(r10 -440) = r0
 2399: r0 = *(u8 *)(r1 +28)
 2400: *(u64 *)(r10 -448) = r0
 2401: r0 = *(u64 *)(r10 -448)
 2402: r0 &= 255
 2403: *(u64 *)(r10 -448) = r0
 2404: r0 = *(u32 *)(r1 +32)
 2405: *(u64 *)(r10 -456) = r0
 2406: r0 = *(u64 *)(r10 -456)
 2407: w0 = w0
 2408: *(u64 *)(r10 -456) = r0
 2409: r0 = *(u64 *)(r1 +40)
 2410: *(u64 *)(r10 -464) = r0
 2411: r0 = *(u64 *)(r1 +48)
 2412: *(u64 *)(r10 -472) = r0
 2413: goto +21
 2414: r0 = 0
 2415: *(u64 *)(r10 -416) = r0
 2416: r3 = 0
 2417: r4 = 0
 2418: r8 = 0
 2419: r9 = 0
 2420: r2 = 0
 2421: r0 = 0
 2422: *(u64 *)(r10 -424) = r0
 2423: r0 = 0
 2424: *(u64 *)(r10 -432) = r0
 2425: r0 = 0
 2426: *(u64 *)(r10 -440) = r0
 2427: r0 = 0
 2428: *(u64 *)(r10 -448) = r0
 2429: r0 = 0
 2430: *(u64 *)(r10 -456) = r0
 2431: r0 = 0
 2432: *(u64 *)(r10 -464) = r0
 2433: r0 = 0
 2434: *(u64 *)(r10 -472) = r0
      ; write var30, v126
 2435: *(u32 *)(r10 -68) = r3
      ; write var31, v127
 2436: *(u32 *)(r10 -64) = r4
      ; write var32, v128
 2437: *(u32 *)(r10 -60) = r8
      ; write var33, v129
 2438: *(u32 *)(r10 -56) = r9
      ; write var34, v130
 2439: *(u16 *)(r10 -30) = r2
      ; write var35, v131
 2440: r0 = *(u64 *)(r10 -424)
 2441: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2442: r0 = *(u64 *)(r10 -432)
 2443: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2444: r0 = *(u64 *)(r10 -440)
 2445: *(u32 *)(r10 -48) = r0
      ; write var38, v134
 2446: r0 = *(u64 *)(r10 -448)
 2447: *(u8 *)(r10 -20) = r0
      ; write var39, v135
 2448: r0 = *(u64 *)(r10 -456)
 2449: *(u32 *)(r10 -44) = r0
      ; write var40, v136
 2450: r0 = *(u64 *)(r10 -464)
 2451: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2452: r0 = *(u64 *)(r10 -472)
 2453: *(u64 *)(r10 -208) = r0
 2454: r0 = *(u64 *)(r10 -416)
 2455: if r0 != 0 goto +1
 2456: goto +187
      ; v138: bit<32> = read_field hdr2.ackNo
 2457: r1 = 0
 2458: r0 = *(u64 *)(r10 -400)
 2459: if r0 == 0 goto +3
 2460: r0 = *(u64 *)(r10 -400)
 2461: r1 = *(u32 *)(r0 +8)
 2462: r1 = be32 r1
      ; v139: bit<32> = read var30
 2463: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2464: r3 = r1
 2465: r3 -= r2
 2466: w3 = w3
      ; write var42, v140
 2467: *(u32 *)(r10 -40) = r3
      ; v141: bit<32> = read var42
 2468: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
 2469: r2 = 0
      ; v143: bool = ne v141, v142
 2470: r3 = 1
 2471: if r1 != r2 goto +1
 2472: r3 = 0
      ; v144: bit<32> = read var42
 2473: r1 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2474: w2 = -2147483648
      ; v146: bool = lt v144, v145
 2475: r4 = 1
 2476: if r1 < r2 goto +1
 2477: r4 = 0
      ; v147: bool = logical_and v143, v146
 2478: r1 = r3
 2479: r1 &= r4
 2480: if r1 != 0 goto +1
 2481: goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 2482: r1 = 0
 2483: r0 = *(u64 *)(r10 -400)
 2484: if r0 == 0 goto +3
 2485: r0 = *(u64 *)(r10 -400)
 2486: r1 = *(u32 *)(r0 +8)
 2487: r1 = be32 r1
      ; write var30, v148
 2488: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2489: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
 2490: r2 = 1
      ; v151: bool = eq v149, v150
 2491: r3 = 1
 2492: if r1 == r2 goto +1
 2493: r3 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2494: r1 = 0
 2495: r0 = *(u64 *)(r10 -400)
 2496: if r0 == 0 goto +3
 2497: r0 = *(u64 *)(r10 -400)
 2498: r1 = *(u32 *)(r0 +8)
 2499: r1 = be32 r1
      ; v153: bit<32> = read var39
 2500: r2 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2501: r4 = r1
 2502: r4 -= r2
 2503: w4 = w4
      ; v155: bit<32> = const 0x80000000
 2504: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2505: r2 = 1
 2506: if r4 < r1 goto +1
 2507: r2 = 0
      ; v157: bool = logical_and v151, v156
 2508: r1 = r3
 2509: r1 &= r2
 2510: if r1 != 0 goto +1
 2511: goto +7
      ; v158: bit<64> = read var10
 2512: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2513: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2514: r3 = r1
 2515: r3 -= r2
      ; write var41, v160
 2516: *(u64 *)(r10 -208) = r3
      ; v161: bit<8> = const 0
 2517: r1 = 0
      ; write var38, v161
 2518: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2519: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2520: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2521: r3 = r1
 2522: r3 -= r2
 2523: w3 = w3
      ; write var32, v164
 2524: *(u32 *)(r10 -60) = r3
      ; v165: bit<8> = read var11
 2525: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2526: r2 = 2
      ; v167: bit<8> = and v165, v166
 2527: r3 = r1
 2528: r3 &= r2
      ; v168: bit<8> = const 0
 2529: r1 = 0
      ; v169: bool = ne v167, v168
 2530: r2 = 1
 2531: if r3 != r1 goto +1
 2532: r2 = 0
      ; v170: bit<8> = read var20
 2533: r1 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2534: r3 = 0
      ; v172: bit<8> = select v169, v171, v170
 2535: r4 = r3
 2536: if r2 != 0 goto +1
 2537: r4 = r1
      ; write var43, v172
 2538: *(u8 *)(r10 -19) = r4
      ; v173: bit<16> = read_field hdr2.window
 2539: r1 = 0
 2540: r0 = *(u64 *)(r10 -400)
 2541: if r0 == 0 goto +3
 2542: r0 = *(u64 *)(r10 -400)
 2543: r1 = *(u16 *)(r0 +14)
 2544: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2545: r2 = r1
 2546: w2 = w2
      ; v175: bit<8> = read var43
 2547: r1 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2548: r3 = r2
 2549: if r1 >= 32 goto +3
 2550: r3 <<= r1
 2551: w3 = w3
 2552: goto +1
 2553: r3 = 0
      ; write var33, v176
 2554: *(u32 *)(r10 -56) = r3
      ; v177: bit<32> = read_field hdr1.dstAddr
 2555: r1 = 0
 2556: r0 = *(u64 *)(r10 -408)
 2557: if r0 == 0 goto +3
 2558: r0 = *(u64 *)(r10 -408)
 2559: r1 = *(u32 *)(r0 +16)
 2560: r1 = be32 r1
      ; v178: bit<32> = read_field hdr1.srcAddr
 2561: r2 = 0
 2562: r0 = *(u64 *)(r10 -408)
 2563: if r0 == 0 goto +3
 2564: r0 = *(u64 *)(r10 -408)
 2565: r2 = *(u32 *)(r0 +12)
 2566: r2 = be32 r2
      ; v179: bit<16> = read_field hdr2.dstPort
 2567: r3 = 0
 2568: r0 = *(u64 *)(r10 -400)
 2569: if r0 == 0 goto +3
 2570: r0 = *(u64 *)(r10 -400)
 2571: r3 = *(u16 *)(r0 +2)
 2572: r3 = be16 r3
      ; v180: bit<16> = read_field hdr2.srcPort
 2573: r4 = 0
 2574: r0 = *(u64 *)(r10 -400)
 2575: if r0 == 0 goto +3
 2576: r0 = *(u64 *)(r10 -400)
 2577: r4 = *(u16 *)(r0 +0)
 2578: r4 = be16 r4
      ; v181: bit<32> = read var30
 2579: r8 = *(u32 *)(r10 -68)
      ; v182: bit<32> = read var31
 2580: r9 = *(u32 *)(r10 -64)
      ; v183: bit<32> = read var32
 2581: r0 = *(u32 *)(r10 -60)
 2582: *(u64 *)(r10 -400) = r0
      ; v184: bit<32> = read var33
 2583: r0 = *(u32 *)(r10 -56)
 2584: *(u64 *)(r10 -408) = r0
      ; v185: bit<16> = read var34
 2585: r0 = *(u16 *)(r10 -30)
 2586: *(u64 *)(r10 -416) = r0
      ; v186: bit<8> = read var35
 2587: r0 = *(u8 *)(r10 -21)
 2588: *(u64 *)(r10 -424) = r0
      ; v187: bit<32> = read var36
 2589: r0 = *(u32 *)(r10 -52)
 2590: *(u64 *)(r10 -432) = r0
      ; v188: bit<32> = read var37
 2591: r0 = *(u32 *)(r10 -48)
 2592: *(u64 *)(r10 -440) = r0
      ; v189: bit<8> = read var38
 2593: r0 = *(u8 *)(r10 -20)
 2594: *(u64 *)(r10 -448) = r0
      ; v190: bit<32> = read var39
 2595: r0 = *(u32 *)(r10 -44)
 2596: *(u64 *)(r10 -456) = r0
      ; v191: bit<64> = read var40
 2597: r0 = *(u64 *)(r10 -216)
 2598: *(u64 *)(r10 -464) = r0
      ; v192: bit<64> = read var41
 2599: r0 = *(u64 *)(r10 -208)
 2600: *(u64 *)(r10 -472) = r0
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2601: *(u64 *)(r10 -264) = 0
 2602: *(u64 *)(r10 -256) = 0
 2603: *(u32 *)(r10 -264) = r1
 2604: *(u32 *)(r10 -260) = r2
 2605: *(u16 *)(r10 -256) = r3
 2606: *(u16 *)(r10 -254) = r4
 2607: *(u64 *)(r10 -352) = 0
 2608: *(u64 *)(r10 -344) = 0
 2609: *(u64 *)(r10 -336) = 0
 2610: *(u64 *)(r10 -328) = 0
 2611: *(u64 *)(r10 -320) = 0
 2612: *(u64 *)(r10 -312) = 0
 2613: *(u64 *)(r10 -304) = 0
 2614: *(u32 *)(r10 -352) = r8
 2615: *(u32 *)(r10 -348) = r9
 2616: r0 = *(u64 *)(r10 -400)
 2617: *(u32 *)(r10 -344) = r0
 2618: r0 = *(u64 *)(r10 -408)
 2619: *(u32 *)(r10 -340) = r0
 2620: r0 = *(u64 *)(r10 -416)
 2621: *(u16 *)(r10 -336) = r0
 2622: r0 = *(u64 *)(r10 -424)
 2623: *(u8 *)(r10 -334) = r0
 2624: r0 = *(u64 *)(r10 -432)
 2625: *(u32 *)(r10 -332) = r0
 2626: r0 = *(u64 *)(r10 -440)
 2627: *(u32 *)(r10 -328) = r0
 2628: r0 = *(u64 *)(r10 -448)
 2629: *(u8 *)(r10 -324) = r0
 2630: r0 = *(u64 *)(r10 -456)
 2631: *(u32 *)(r10 -320) = r0
 2632: r0 = *(u64 *)(r10 -464)
 2633: *(u64 *)(r10 -312) = r0
 2634: r0 = *(u64 *)(r10 -472)
 2635: *(u64 *)(r10 -304) = r0
 2636: r1 = map[pipe_flows] ll
 2638: r2 = r10
 2639: r2 += -264
 2640: r3 = r10
 2641: r3 += -352
 2642: r4 = 0
 2643: call bpf_map_update_elem
 2644: goto +23
 2645: goto +22
 2646: goto +21
      ; drop
 2647: r1 = *(u32 *)(r10 -120)
 2648: r2 = *(u32 *)(r10 -116)
 2649: *(u64 *)(r10 -368) = r1
 2650: *(u64 *)(r10 -376) = r2
 2651: r1 = *(u64 *)(r10 -8)
 2652: r2 = 0xfffffffffffffff8 ll
 2654: call bpf_xdp_adjust_meta
 2655: if r0 != 0 goto +10
 2656: r1 = *(u64 *)(r10 -8)
 2657: r2 = *(u32 *)(r1 +8)
 2658: r3 = *(u32 *)(r1 +0)
 2659: r1 = r2
 2660: r1 += 8
 2661: if r1 > r3 goto +4
 2662: r1 = *(u64 *)(r10 -368)
 2663: *(u32 *)(r2 +0) = r1
 2664: r1 = *(u64 *)(r10 -376)
 2665: *(u32 *)(r2 +4) = r1
 2666: r0 = 1
 2667: exit
      ; epilogue: verdict
 2668: r1 = *(u32 *)(r10 -120)
 2669: r2 = *(u32 *)(r10 -116)
 2670: *(u64 *)(r10 -384) = r1
 2671: *(u64 *)(r10 -392) = r2
 2672: r1 = *(u64 *)(r10 -8)
 2673: r2 = 0xfffffffffffffff8 ll
 2675: call bpf_xdp_adjust_meta
 2676: if r0 != 0 goto +10
 2677: r1 = *(u64 *)(r10 -8)
 2678: r2 = *(u32 *)(r1 +8)
 2679: r3 = *(u32 *)(r1 +0)
 2680: r1 = r2
 2681: r1 += 8
 2682: if r1 > r3 goto +4
 2683: r1 = *(u64 *)(r10 -384)
 2684: *(u32 *)(r2 +0) = r1
 2685: r1 = *(u64 *)(r10 -392)
 2686: *(u32 *)(r2 +4) = r1
 2687: r1 = *(u8 *)(r10 -27)
 2688: if r1 != 0 goto +2
 2689: r0 = 2
 2690: exit
 2691: if r1 != 2 goto +4
 2692: r1 = *(u32 *)(r10 -116)
 2693: r2 = 0
 2694: call bpf_redirect
 2695: exit
 2696: r0 = 1
 2697: exit
