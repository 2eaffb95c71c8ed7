; p0f for classifier: 1577 instructions, stack 232 bytes, 4 maps
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
   22: if r3 > 16383 goto +1535
   23: r2 = r6
   24: r2 += r3
   25: r1 = r2
   26: r1 += 14
   27: if r1 <= r7 goto +1
   28: goto +1529
   29: r1 = r3
   30: r1 += 1
   31: *(u32 *)(r10 -104) = r1
   32: r3 += 14
   33: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: if r1 != 8 goto +894
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r2 = *(u64 *)(r10 -16)
   37: if r2 > 16383 goto +1520
   38: r3 = r6
   39: r3 += r2
   40: r1 = r3
   41: r1 += 20
   42: if r1 <= r7 goto +1
   43: goto +1514
   44: r1 = r2
   45: r1 += 1
   46: *(u32 *)(r10 -100) = r1
   47: r2 += 20
   48: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   49: r2 = *(u8 *)(r3 +0)
   50: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   51: r1 = 1
   52: if r2 >= 5 goto +1
   53: r1 = 0
      ; verify v3, error HeaderTooShort
   54: if r1 == 0 goto +1503
      ; v4: bit<4> = read_field hdr1.ihl
   55: r2 = *(u8 *)(r3 +0)
   56: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   57: r2 -= 5
   58: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   59: r2 *= 32
   60: w2 = w2
      ; advance v9
   61: r1 = r2
   62: r1 &= 7
   63: if r1 != 0 goto +1494
   64: r1 = r2
   65: r1 >>= 3
   66: r2 = *(u64 *)(r10 -16)
   67: r2 += r1
   68: if r2 > 16383 goto +1489
   69: r1 = r6
   70: r1 += r2
   71: if r1 <= r7 goto +1
   72: goto +1485
   73: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   74: r2 = *(u16 *)(r3 +6)
   75: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   76: r1 = *(u8 *)(r3 +9)
   77: if r2 != 0 goto +852
   78: if r1 != 6 goto +851
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   79: r2 = *(u64 *)(r10 -16)
   80: if r2 > 16383 goto +1477
   81: r3 = r6
   82: r3 += r2
   83: r1 = r3
   84: r1 += 20
   85: if r1 <= r7 goto +1
   86: goto +1471
   87: r1 = r2
   88: r1 += 1
   89: *(u32 *)(r10 -96) = r1
   90: r2 += 20
   91: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
   92: r2 = *(u8 *)(r3 +12)
   93: r2 >>= 4
   94: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
   95: r1 = 1
   96: if r2 >= 5 goto +1
   97: r1 = 0
      ; verify v14, error HeaderTooShort
   98: if r1 == 0 goto +1459
      ; v15: bit<4> = read_field hdr2.dataOffset
   99: r1 = *(u8 *)(r3 +12)
  100: r1 >>= 4
  101: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  102: r1 -= 5
  103: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  104: r1 *= 4
  105: r1 &= 65535
      ; write var2, v20
  106: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  107: r1 = *(u8 *)(r3 +13)
  108: r1 &= 18
  109: if r1 != 2 goto +820
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  110: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  111: r1 = *(u8 *)(r10 -24)
  112: if r2 == 0 goto +817
  113: if r1 == 8 goto +816
      ; prs: block5 (parse_option)
      ; extract hdr3
  114: r3 = *(u64 *)(r10 -16)
  115: if r3 > 16383 goto +1442
  116: r2 = r6
  117: r2 += r3
  118: r1 = r2
  119: r1 += 1
  120: if r1 <= r7 goto +1
  121: goto +1436
  122: r1 = r3
  123: r1 += 1
  124: *(u32 *)(r10 -92) = r1
  125: r3 += 1
  126: *(u64 *)(r10 -16) = r3
      ; v24: bit<8> = read var3
  127: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
      ; v26: bit<8> = add v24, v25
  128: r1 += 1
  129: r1 &= 255
      ; write var3, v26
  130: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  131: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
      ; v29: bit<16> = sub v27, v28
  132: r1 -= 1
  133: r1 &= 65535
      ; write var2, v29
  134: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  135: r1 = *(u8 *)(r2 +0)
  136: if r1 == 0 goto +793
  137: if r1 == 1 goto +74
  138: if r1 == 2 goto +57
  139: if r1 == 3 goto +39
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  140: r1 = *(u64 *)(r10 -16)
  141: if r1 > 16383 goto +1416
  142: r2 = r6
  143: r2 += r1
  144: r1 = r2
  145: r1 += 1
  146: if r1 <= r7 goto +1
  147: goto +1410
  148: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  149: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  150: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  151: r1 = 1
  152: if r2 >= 2 goto +1
  153: r1 = 0
      ; verify v34, error HeaderTooShort
  154: if r1 == 0 goto +1403
      ; v35: bit<8> = read var11
  155: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
      ; v37: bit<32> = const 1
      ; v38: bit<32> = sub v36, v37
  156: r2 -= 1
  157: w2 = w2
      ; v39: bit<32> = const 8
      ; v40: bit<32> = mul v38, v39
  158: r2 *= 8
  159: w2 = w2
      ; advance v40
  160: r1 = r2
  161: r1 &= 7
  162: if r1 != 0 goto +1395
  163: r1 = r2
  164: r1 >>= 3
  165: r2 = *(u64 *)(r10 -16)
  166: r2 += r1
  167: if r2 > 16383 goto +1390
  168: r1 = r6
  169: r1 += r2
  170: if r1 <= r7 goto +1
  171: goto +1386
  172: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  173: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  174: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
      ; v44: bit<16> = const 1
      ; v45: bit<16> = sub v43, v44
  175: r2 -= 1
  176: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  177: r1 -= r2
  178: goto +14
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  179: r2 = *(u64 *)(r10 -16)
  180: if r2 > 16383 goto +1377
  181: r1 = r6
  182: r1 += r2
  183: r1 += 2
  184: if r1 <= r7 goto +1
  185: goto +1372
  186: r1 = r2
  187: r1 += 1
  188: *(u32 *)(r10 -56) = r1
  189: r2 += 2
  190: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  191: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  192: r1 -= 2
  193: r1 &= 65535
      ; write var2, v49
  194: *(u16 *)(r10 -28) = r1
  195: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  196: r2 = *(u64 *)(r10 -16)
  197: if r2 > 16383 goto +1360
  198: r1 = r6
  199: r1 += r2
  200: r1 += 3
  201: if r1 <= r7 goto +1
  202: goto +1355
  203: r1 = r2
  204: r1 += 1
  205: *(u32 *)(r10 -60) = r1
  206: r2 += 3
  207: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  208: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  209: r1 -= 3
  210: r1 &= 65535
      ; write var2, v52
  211: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  212: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  213: r1 = *(u8 *)(r10 -24)
  214: if r2 == 0 goto +715
  215: if r1 == 8 goto +714
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  216: r3 = *(u64 *)(r10 -16)
  217: if r3 > 16383 goto +1340
  218: r2 = r6
  219: r2 += r3
  220: r1 = r2
  221: r1 += 1
  222: if r1 <= r7 goto +1
  223: goto +1334
  224: r1 = r3
  225: r1 += 1
  226: *(u32 *)(r10 -88) = r1
  227: r3 += 1
  228: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  229: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  230: r1 += 1
  231: r1 &= 255
      ; write var3, v57
  232: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  233: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  234: r1 -= 1
  235: r1 &= 65535
      ; write var2, v60
  236: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  237: r1 = *(u8 *)(r2 +0)
  238: if r1 == 0 goto +691
  239: if r1 == 1 goto +74
  240: if r1 == 2 goto +57
  241: if r1 == 3 goto +39
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  242: r1 = *(u64 *)(r10 -16)
  243: if r1 > 16383 goto +1314
  244: r2 = r6
  245: r2 += r1
  246: r1 = r2
  247: r1 += 1
  248: if r1 <= r7 goto +1
  249: goto +1308
  250: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  251: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  252: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  253: r1 = 1
  254: if r2 >= 2 goto +1
  255: r1 = 0
      ; verify v65, error HeaderTooShort
  256: if r1 == 0 goto +1301
      ; v66: bit<8> = read var11
  257: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  258: r2 -= 1
  259: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  260: r2 *= 8
  261: w2 = w2
      ; advance v71
  262: r1 = r2
  263: r1 &= 7
  264: if r1 != 0 goto +1293
  265: r1 = r2
  266: r1 >>= 3
  267: r2 = *(u64 *)(r10 -16)
  268: r2 += r1
  269: if r2 > 16383 goto +1288
  270: r1 = r6
  271: r1 += r2
  272: if r1 <= r7 goto +1
  273: goto +1284
  274: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  275: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  276: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  277: r2 -= 1
  278: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  279: r1 -= r2
  280: goto +14
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  281: r2 = *(u64 *)(r10 -16)
  282: if r2 > 16383 goto +1275
  283: r1 = r6
  284: r1 += r2
  285: r1 += 2
  286: if r1 <= r7 goto +1
  287: goto +1270
  288: r1 = r2
  289: r1 += 1
  290: *(u32 *)(r10 -56) = r1
  291: r2 += 2
  292: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  293: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  294: r1 -= 2
  295: r1 &= 65535
      ; write var2, v80
  296: *(u16 *)(r10 -28) = r1
  297: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  298: r2 = *(u64 *)(r10 -16)
  299: if r2 > 16383 goto +1258
  300: r1 = r6
  301: r1 += r2
  302: r1 += 3
  303: if r1 <= r7 goto +1
  304: goto +1253
  305: r1 = r2
  306: r1 += 1
  307: *(u32 *)(r10 -60) = r1
  308: r2 += 3
  309: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  310: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  311: r1 -= 3
  312: r1 &= 65535
      ; write var2, v83
  313: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  314: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  315: r1 = *(u8 *)(r10 -24)
  316: if r2 == 0 goto +613
  317: if r1 == 8 goto +612
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  318: r3 = *(u64 *)(r10 -16)
  319: if r3 > 16383 goto +1238
  320: r2 = r6
  321: r2 += r3
  322: r1 = r2
  323: r1 += 1
  324: if r1 <= r7 goto +1
  325: goto +1232
  326: r1 = r3
  327: r1 += 1
  328: *(u32 *)(r10 -84) = r1
  329: r3 += 1
  330: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  331: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  332: r1 += 1
  333: r1 &= 255
      ; write var3, v88
  334: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  335: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  336: r1 -= 1
  337: r1 &= 65535
      ; write var2, v91
  338: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  339: r1 = *(u8 *)(r2 +0)
  340: if r1 == 0 goto +589
  341: if r1 == 1 goto +74
  342: if r1 == 2 goto +57
  343: if r1 == 3 goto +39
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  344: r1 = *(u64 *)(r10 -16)
  345: if r1 > 16383 goto +1212
  346: r2 = r6
  347: r2 += r1
  348: r1 = r2
  349: r1 += 1
  350: if r1 <= r7 goto +1
  351: goto +1206
  352: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  353: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  354: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  355: r1 = 1
  356: if r2 >= 2 goto +1
  357: r1 = 0
      ; verify v96, error HeaderTooShort
  358: if r1 == 0 goto +1199
      ; v97: bit<8> = read var11
  359: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  360: r2 -= 1
  361: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  362: r2 *= 8
  363: w2 = w2
      ; advance v102
  364: r1 = r2
  365: r1 &= 7
  366: if r1 != 0 goto +1191
  367: r1 = r2
  368: r1 >>= 3
  369: r2 = *(u64 *)(r10 -16)
  370: r2 += r1
  371: if r2 > 16383 goto +1186
  372: r1 = r6
  373: r1 += r2
  374: if r1 <= r7 goto +1
  375: goto +1182
  376: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  377: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  378: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  379: r2 -= 1
  380: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  381: r1 -= r2
  382: goto +14
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  383: r2 = *(u64 *)(r10 -16)
  384: if r2 > 16383 goto +1173
  385: r1 = r6
  386: r1 += r2
  387: r1 += 2
  388: if r1 <= r7 goto +1
  389: goto +1168
  390: r1 = r2
  391: r1 += 1
  392: *(u32 *)(r10 -56) = r1
  393: r2 += 2
  394: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  395: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  396: r1 -= 2
  397: r1 &= 65535
      ; write var2, v111
  398: *(u16 *)(r10 -28) = r1
  399: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  400: r2 = *(u64 *)(r10 -16)
  401: if r2 > 16383 goto +1156
  402: r1 = r6
  403: r1 += r2
  404: r1 += 3
  405: if r1 <= r7 goto +1
  406: goto +1151
  407: r1 = r2
  408: r1 += 1
  409: *(u32 *)(r10 -60) = r1
  410: r2 += 3
  411: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  412: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  413: r1 -= 3
  414: r1 &= 65535
      ; write var2, v114
  415: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  416: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  417: r1 = *(u8 *)(r10 -24)
  418: if r2 == 0 goto +511
  419: if r1 == 8 goto +510
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  420: r3 = *(u64 *)(r10 -16)
  421: if r3 > 16383 goto +1136
  422: r2 = r6
  423: r2 += r3
  424: r1 = r2
  425: r1 += 1
  426: if r1 <= r7 goto +1
  427: goto +1130
  428: r1 = r3
  429: r1 += 1
  430: *(u32 *)(r10 -80) = r1
  431: r3 += 1
  432: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  433: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  434: r1 += 1
  435: r1 &= 255
      ; write var3, v119
  436: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  437: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  438: r1 -= 1
  439: r1 &= 65535
      ; write var2, v122
  440: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  441: r1 = *(u8 *)(r2 +0)
  442: if r1 == 0 goto +487
  443: if r1 == 1 goto +74
  444: if r1 == 2 goto +57
  445: if r1 == 3 goto +39
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  446: r1 = *(u64 *)(r10 -16)
  447: if r1 > 16383 goto +1110
  448: r2 = r6
  449: r2 += r1
  450: r1 = r2
  451: r1 += 1
  452: if r1 <= r7 goto +1
  453: goto +1104
  454: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  455: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  456: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  457: r1 = 1
  458: if r2 >= 2 goto +1
  459: r1 = 0
      ; verify v127, error HeaderTooShort
  460: if r1 == 0 goto +1097
      ; v128: bit<8> = read var11
  461: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  462: r2 -= 1
  463: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  464: r2 *= 8
  465: w2 = w2
      ; advance v133
  466: r1 = r2
  467: r1 &= 7
  468: if r1 != 0 goto +1089
  469: r1 = r2
  470: r1 >>= 3
  471: r2 = *(u64 *)(r10 -16)
  472: r2 += r1
  473: if r2 > 16383 goto +1084
  474: r1 = r6
  475: r1 += r2
  476: if r1 <= r7 goto +1
  477: goto +1080
  478: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  479: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  480: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  481: r2 -= 1
  482: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  483: r1 -= r2
  484: goto +14
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  485: r2 = *(u64 *)(r10 -16)
  486: if r2 > 16383 goto +1071
  487: r1 = r6
  488: r1 += r2
  489: r1 += 2
  490: if r1 <= r7 goto +1
  491: goto +1066
  492: r1 = r2
  493: r1 += 1
  494: *(u32 *)(r10 -56) = r1
  495: r2 += 2
  496: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  497: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  498: r1 -= 2
  499: r1 &= 65535
      ; write var2, v142
  500: *(u16 *)(r10 -28) = r1
  501: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  502: r2 = *(u64 *)(r10 -16)
  503: if r2 > 16383 goto +1054
  504: r1 = r6
  505: r1 += r2
  506: r1 += 3
  507: if r1 <= r7 goto +1
  508: goto +1049
  509: r1 = r2
  510: r1 += 1
  511: *(u32 *)(r10 -60) = r1
  512: r2 += 3
  513: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  514: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  515: r1 -= 3
  516: r1 &= 65535
      ; write var2, v145
  517: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  518: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  519: r1 = *(u8 *)(r10 -24)
  520: if r2 == 0 goto +409
  521: if r1 == 8 goto +408
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  522: r3 = *(u64 *)(r10 -16)
  523: if r3 > 16383 goto +1034
  524: r2 = r6
  525: r2 += r3
  526: r1 = r2
  527: r1 += 1
  528: if r1 <= r7 goto +1
  529: goto +1028
  530: r1 = r3
  531: r1 += 1
  532: *(u32 *)(r10 -76) = r1
  533: r3 += 1
  534: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  535: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  536: r1 += 1
  537: r1 &= 255
      ; write var3, v150
  538: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  539: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  540: r1 -= 1
  541: r1 &= 65535
      ; write var2, v153
  542: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  543: r1 = *(u8 *)(r2 +0)
  544: if r1 == 0 goto +385
  545: if r1 == 1 goto +74
  546: if r1 == 2 goto +57
  547: if r1 == 3 goto +39
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  548: r1 = *(u64 *)(r10 -16)
  549: if r1 > 16383 goto +1008
  550: r2 = r6
  551: r2 += r1
  552: r1 = r2
  553: r1 += 1
  554: if r1 <= r7 goto +1
  555: goto +1002
  556: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  557: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  558: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  559: r1 = 1
  560: if r2 >= 2 goto +1
  561: r1 = 0
      ; verify v158, error HeaderTooShort
  562: if r1 == 0 goto +995
      ; v159: bit<8> = read var11
  563: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  564: r2 -= 1
  565: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  566: r2 *= 8
  567: w2 = w2
      ; advance v164
  568: r1 = r2
  569: r1 &= 7
  570: if r1 != 0 goto +987
  571: r1 = r2
  572: r1 >>= 3
  573: r2 = *(u64 *)(r10 -16)
  574: r2 += r1
  575: if r2 > 16383 goto +982
  576: r1 = r6
  577: r1 += r2
  578: if r1 <= r7 goto +1
  579: goto +978
  580: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  581: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  582: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  583: r2 -= 1
  584: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  585: r1 -= r2
  586: goto +14
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  587: r2 = *(u64 *)(r10 -16)
  588: if r2 > 16383 goto +969
  589: r1 = r6
  590: r1 += r2
  591: r1 += 2
  592: if r1 <= r7 goto +1
  593: goto +964
  594: r1 = r2
  595: r1 += 1
  596: *(u32 *)(r10 -56) = r1
  597: r2 += 2
  598: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  599: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  600: r1 -= 2
  601: r1 &= 65535
      ; write var2, v173
  602: *(u16 *)(r10 -28) = r1
  603: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  604: r2 = *(u64 *)(r10 -16)
  605: if r2 > 16383 goto +952
  606: r1 = r6
  607: r1 += r2
  608: r1 += 3
  609: if r1 <= r7 goto +1
  610: goto +947
  611: r1 = r2
  612: r1 += 1
  613: *(u32 *)(r10 -60) = r1
  614: r2 += 3
  615: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  616: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  617: r1 -= 3
  618: r1 &= 65535
      ; write var2, v176
  619: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  620: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  621: r1 = *(u8 *)(r10 -24)
  622: if r2 == 0 goto +307
  623: if r1 == 8 goto +306
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  624: r3 = *(u64 *)(r10 -16)
  625: if r3 > 16383 goto +932
  626: r2 = r6
  627: r2 += r3
  628: r1 = r2
  629: r1 += 1
  630: if r1 <= r7 goto +1
  631: goto +926
  632: r1 = r3
  633: r1 += 1
  634: *(u32 *)(r10 -72) = r1
  635: r3 += 1
  636: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  637: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  638: r1 += 1
  639: r1 &= 255
      ; write var3, v181
  640: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  641: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  642: r1 -= 1
  643: r1 &= 65535
      ; write var2, v184
  644: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  645: r1 = *(u8 *)(r2 +0)
  646: if r1 == 0 goto +283
  647: if r1 == 1 goto +74
  648: if r1 == 2 goto +57
  649: if r1 == 3 goto +39
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  650: r1 = *(u64 *)(r10 -16)
  651: if r1 > 16383 goto +906
  652: r2 = r6
  653: r2 += r1
  654: r1 = r2
  655: r1 += 1
  656: if r1 <= r7 goto +1
  657: goto +900
  658: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  659: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  660: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  661: r1 = 1
  662: if r2 >= 2 goto +1
  663: r1 = 0
      ; verify v189, error HeaderTooShort
  664: if r1 == 0 goto +893
      ; v190: bit<8> = read var11
  665: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  666: r2 -= 1
  667: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  668: r2 *= 8
  669: w2 = w2
      ; advance v195
  670: r1 = r2
  671: r1 &= 7
  672: if r1 != 0 goto +885
  673: r1 = r2
  674: r1 >>= 3
  675: r2 = *(u64 *)(r10 -16)
  676: r2 += r1
  677: if r2 > 16383 goto +880
  678: r1 = r6
  679: r1 += r2
  680: if r1 <= r7 goto +1
  681: goto +876
  682: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  683: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  684: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  685: r2 -= 1
  686: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  687: r1 -= r2
  688: goto +14
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  689: r2 = *(u64 *)(r10 -16)
  690: if r2 > 16383 goto +867
  691: r1 = r6
  692: r1 += r2
  693: r1 += 2
  694: if r1 <= r7 goto +1
  695: goto +862
  696: r1 = r2
  697: r1 += 1
  698: *(u32 *)(r10 -56) = r1
  699: r2 += 2
  700: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  701: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  702: r1 -= 2
  703: r1 &= 65535
      ; write var2, v204
  704: *(u16 *)(r10 -28) = r1
  705: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  706: r2 = *(u64 *)(r10 -16)
  707: if r2 > 16383 goto +850
  708: r1 = r6
  709: r1 += r2
  710: r1 += 3
  711: if r1 <= r7 goto +1
  712: goto +845
  713: r1 = r2
  714: r1 += 1
  715: *(u32 *)(r10 -60) = r1
  716: r2 += 3
  717: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  718: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  719: r1 -= 3
  720: r1 &= 65535
      ; write var2, v207
  721: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  722: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  723: r1 = *(u8 *)(r10 -24)
  724: if r2 == 0 goto +205
  725: if r1 == 8 goto +204
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  726: r3 = *(u64 *)(r10 -16)
  727: if r3 > 16383 goto +830
  728: r2 = r6
  729: r2 += r3
  730: r1 = r2
  731: r1 += 1
  732: if r1 <= r7 goto +1
  733: goto +824
  734: r1 = r3
  735: r1 += 1
  736: *(u32 *)(r10 -68) = r1
  737: r3 += 1
  738: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  739: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  740: r1 += 1
  741: r1 &= 255
      ; write var3, v212
  742: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  743: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  744: r1 -= 1
  745: r1 &= 65535
      ; write var2, v215
  746: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  747: r1 = *(u8 *)(r2 +0)
  748: if r1 == 0 goto +181
  749: if r1 == 1 goto +74
  750: if r1 == 2 goto +57
  751: if r1 == 3 goto +39
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  752: r1 = *(u64 *)(r10 -16)
  753: if r1 > 16383 goto +804
  754: r2 = r6
  755: r2 += r1
  756: r1 = r2
  757: r1 += 1
  758: if r1 <= r7 goto +1
  759: goto +798
  760: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  761: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  762: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  763: r1 = 1
  764: if r2 >= 2 goto +1
  765: r1 = 0
      ; verify v220, error HeaderTooShort
  766: if r1 == 0 goto +791
      ; v221: bit<8> = read var11
  767: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  768: r2 -= 1
  769: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  770: r2 *= 8
  771: w2 = w2
      ; advance v226
  772: r1 = r2
  773: r1 &= 7
  774: if r1 != 0 goto +783
  775: r1 = r2
  776: r1 >>= 3
  777: r2 = *(u64 *)(r10 -16)
  778: r2 += r1
  779: if r2 > 16383 goto +778
  780: r1 = r6
  781: r1 += r2
  782: if r1 <= r7 goto +1
  783: goto +774
  784: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  785: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  786: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  787: r2 -= 1
  788: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  789: r1 -= r2
  790: goto +14
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  791: r2 = *(u64 *)(r10 -16)
  792: if r2 > 16383 goto +765
  793: r1 = r6
  794: r1 += r2
  795: r1 += 2
  796: if r1 <= r7 goto +1
  797: goto +760
  798: r1 = r2
  799: r1 += 1
  800: *(u32 *)(r10 -56) = r1
  801: r2 += 2
  802: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  803: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  804: r1 -= 2
  805: r1 &= 65535
      ; write var2, v235
  806: *(u16 *)(r10 -28) = r1
  807: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  808: r2 = *(u64 *)(r10 -16)
  809: if r2 > 16383 goto +748
  810: r1 = r6
  811: r1 += r2
  812: r1 += 3
  813: if r1 <= r7 goto +1
  814: goto +743
  815: r1 = r2
  816: r1 += 1
  817: *(u32 *)(r10 -60) = r1
  818: r2 += 3
  819: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  820: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  821: r1 -= 3
  822: r1 &= 65535
      ; write var2, v238
  823: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  824: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  825: r1 = *(u8 *)(r10 -24)
  826: if r2 == 0 goto +103
  827: if r1 == 8 goto +102
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  828: r3 = *(u64 *)(r10 -16)
  829: if r3 > 16383 goto +728
  830: r2 = r6
  831: r2 += r3
  832: r1 = r2
  833: r1 += 1
  834: if r1 <= r7 goto +1
  835: goto +722
  836: r1 = r3
  837: r1 += 1
  838: *(u32 *)(r10 -64) = r1
  839: r3 += 1
  840: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  841: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  842: r1 += 1
  843: r1 &= 255
      ; write var3, v243
  844: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  845: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  846: r1 -= 1
  847: r1 &= 65535
      ; write var2, v246
  848: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  849: r1 = *(u8 *)(r2 +0)
  850: if r1 == 0 goto +79
  851: if r1 == 1 goto +74
  852: if r1 == 2 goto +57
  853: if r1 == 3 goto +39
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  854: r1 = *(u64 *)(r10 -16)
  855: if r1 > 16383 goto +702
  856: r2 = r6
  857: r2 += r1
  858: r1 = r2
  859: r1 += 1
  860: if r1 <= r7 goto +1
  861: goto +696
  862: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  863: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  864: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  865: r1 = 1
  866: if r2 >= 2 goto +1
  867: r1 = 0
      ; verify v251, error HeaderTooShort
  868: if r1 == 0 goto +689
      ; v252: bit<8> = read var11
  869: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  870: r2 -= 1
  871: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  872: r2 *= 8
  873: w2 = w2
      ; advance v257
  874: r1 = r2
  875: r1 &= 7
  876: if r1 != 0 goto +681
  877: r1 = r2
  878: r1 >>= 3
  879: r2 = *(u64 *)(r10 -16)
  880: r2 += r1
  881: if r2 > 16383 goto +676
  882: r1 = r6
  883: r1 += r2
  884: if r1 <= r7 goto +1
  885: goto +672
  886: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  887: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  888: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  889: r2 -= 1
  890: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  891: r1 -= r2
  892: goto +14
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  893: r2 = *(u64 *)(r10 -16)
  894: if r2 > 16383 goto +663
  895: r1 = r6
  896: r1 += r2
  897: r1 += 2
  898: if r1 <= r7 goto +1
  899: goto +658
  900: r1 = r2
  901: r1 += 1
  902: *(u32 *)(r10 -56) = r1
  903: r2 += 2
  904: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  905: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  906: r1 -= 2
  907: r1 &= 65535
      ; write var2, v266
  908: *(u16 *)(r10 -28) = r1
  909: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  910: r2 = *(u64 *)(r10 -16)
  911: if r2 > 16383 goto +646
  912: r1 = r6
  913: r1 += r2
  914: r1 += 3
  915: if r1 <= r7 goto +1
  916: goto +641
  917: r1 = r2
  918: r1 += 1
  919: *(u32 *)(r10 -60) = r1
  920: r2 += 3
  921: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  922: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  923: r1 -= 3
  924: r1 &= 65535
      ; write var2, v269
  925: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  926: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  927: r1 = *(u8 *)(r10 -24)
  928: if r2 == 0 goto +1
  929: if r1 != 8 goto +628
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  930: r1 = *(u32 *)(r10 -96)
  931: if r1 == 0 goto +1
  932: r1 = 1
      ; v1: bool = not v0
  933: r1 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  934: r2 = *(u32 *)(r10 -96)
  935: if r2 == 0 goto +7
  936: r2 -= 1
  937: if r2 > 16383 goto +5
  938: r4 = r6
  939: r4 += r2
  940: r2 = r4
  941: r2 += 20
  942: if r2 <= r7 goto +1
  943: r4 = 0
  944: r3 = 0
  945: if r4 == 0 goto +1
  946: r3 = *(u8 *)(r4 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  947: r3 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  948: r2 = 1
  949: if r3 != 2 goto +1
  950: r2 = 0
      ; v7: bool = logical_or v1, v6
  951: r1 |= r2
  952: if r1 != 0 goto +610
      ; v8: bit<16> = read_field hdr11.mss
  953: r1 = *(u32 *)(r10 -60)
  954: if r1 == 0 goto +7
  955: r1 -= 1
  956: if r1 > 16383 goto +5
  957: r3 = r6
  958: r3 += r1
  959: r1 = r3
  960: r1 += 3
  961: if r1 <= r7 goto +1
  962: r3 = 0
  963: r2 = 0
  964: if r3 == 0 goto +1
  965: r2 = *(u16 *)(r3 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
  966: r1 = 1
  967: if r2 != 0 goto +1
  968: r1 = 0
      ; v11: bit<16> = read_field hdr2.window
  969: r9 = 0
  970: if r4 == 0 goto +1
  971: r9 = *(u16 *)(r4 +14)
  972: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
  973: r2 = 0
  974: if r3 == 0 goto +1
  975: r2 = *(u16 *)(r3 +1)
  976: r2 = be16 r2
      ; v13: bit<16> = mod v11, v12
  977: r8 = 0
  978: if r2 == 0 goto +2
  979: r8 = r9
  980: r8 %= r2
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
  981: r2 = 1
  982: if r8 == 0 goto +1
  983: r2 = 0
      ; v16: bool = logical_and v10, v15
  984: r1 &= r2
  985: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
  986: r8 = 0
  987: if r4 == 0 goto +1
  988: r8 = *(u16 *)(r4 +14)
  989: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
  990: r2 = 0
  991: if r3 == 0 goto +1
  992: r2 = *(u16 *)(r3 +1)
  993: r2 = be16 r2
      ; v19: bit<16> = div v17, v18
  994: r1 = 0
  995: if r2 == 0 goto +2
  996: r1 = r8
  997: r1 /= r2
      ; write var4, v19
  998: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
  999: r1 = *(u32 *)(r10 -92)
 1000: if r1 == 0 goto +7
 1001: r1 -= 1
 1002: if r1 > 16383 goto +5
 1003: r2 = r6
 1004: r2 += r1
 1005: r1 = r2
 1006: r1 += 1
 1007: if r1 <= r7 goto +1
 1008: r2 = 0
 1009: r8 = 0
 1010: if r2 == 0 goto +1
 1011: r8 = *(u8 *)(r2 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1012: r1 = *(u32 *)(r10 -88)
 1013: if r1 == 0 goto +7
 1014: r1 -= 1
 1015: if r1 > 16383 goto +5
 1016: r2 = r6
 1017: r2 += r1
 1018: r1 = r2
 1019: r1 += 1
 1020: if r1 <= r7 goto +1
 1021: r2 = 0
 1022: r1 = 0
 1023: if r2 == 0 goto +1
 1024: r1 = *(u8 *)(r2 +0)
      ; v22: bit<16> = concat v20, v21
 1025: r8 <<= 8
 1026: r8 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1027: r1 = *(u32 *)(r10 -84)
 1028: if r1 == 0 goto +7
 1029: r1 -= 1
 1030: if r1 > 16383 goto +5
 1031: r2 = r6
 1032: r2 += r1
 1033: r1 = r2
 1034: r1 += 1
 1035: if r1 <= r7 goto +1
 1036: r2 = 0
 1037: r1 = 0
 1038: if r2 == 0 goto +1
 1039: r1 = *(u8 *)(r2 +0)
      ; v24: bit<24> = concat v22, v23
 1040: r8 <<= 8
 1041: r8 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1042: r1 = *(u32 *)(r10 -80)
 1043: if r1 == 0 goto +7
 1044: r1 -= 1
 1045: if r1 > 16383 goto +5
 1046: r2 = r6
 1047: r2 += r1
 1048: r1 = r2
 1049: r1 += 1
 1050: if r1 <= r7 goto +1
 1051: r2 = 0
 1052: r1 = 0
 1053: if r2 == 0 goto +1
 1054: r1 = *(u8 *)(r2 +0)
      ; v26: bit<32> = concat v24, v25
 1055: r9 = r8
 1056: r9 <<= 8
 1057: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1058: r1 = *(u32 *)(r10 -76)
 1059: if r1 == 0 goto +7
 1060: r1 -= 1
 1061: if r1 > 16383 goto +5
 1062: r2 = r6
 1063: r2 += r1
 1064: r1 = r2
 1065: r1 += 1
 1066: if r1 <= r7 goto +1
 1067: r2 = 0
 1068: r1 = 0
 1069: if r2 == 0 goto +1
 1070: r1 = *(u8 *)(r2 +0)
      ; v28: bit<40> = concat v26, v27
 1071: r9 <<= 8
 1072: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1073: r1 = *(u32 *)(r10 -72)
 1074: if r1 == 0 goto +7
 1075: r1 -= 1
 1076: if r1 > 16383 goto +5
 1077: r2 = r6
 1078: r2 += r1
 1079: r1 = r2
 1080: r1 += 1
 1081: if r1 <= r7 goto +1
 1082: r2 = 0
 1083: r1 = 0
 1084: if r2 == 0 goto +1
 1085: r1 = *(u8 *)(r2 +0)
      ; v30: bit<48> = concat v28, v29
 1086: r9 <<= 8
 1087: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1088: r1 = *(u32 *)(r10 -68)
 1089: if r1 == 0 goto +7
 1090: r1 -= 1
 1091: if r1 > 16383 goto +5
 1092: r8 = r6
 1093: r8 += r1
 1094: r1 = r8
 1095: r1 += 1
 1096: if r1 <= r7 goto +1
 1097: r8 = 0
 1098: r2 = 0
 1099: if r8 == 0 goto +1
 1100: r2 = *(u8 *)(r8 +0)
      ; v32: bit<56> = concat v30, v31
 1101: r1 = r9
 1102: r1 <<= 8
 1103: r1 |= r2
      ; v33: bit<8> = read_field hdr10.kind
 1104: r2 = *(u32 *)(r10 -64)
 1105: if r2 == 0 goto +7
 1106: r2 -= 1
 1107: if r2 > 16383 goto +5
 1108: r8 = r6
 1109: r8 += r2
 1110: r2 = r8
 1111: r2 += 1
 1112: if r2 <= r7 goto +1
 1113: r8 = 0
 1114: r2 = 0
 1115: if r8 == 0 goto +1
 1116: r2 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1117: r1 <<= 8
 1118: r1 |= r2
      ; write var5, v34
 1119: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1120: r1 = *(u32 *)(r10 -100)
 1121: if r1 == 0 goto +7
 1122: r1 -= 1
 1123: if r1 > 16383 goto +5
 1124: r2 = r6
 1125: r2 += r1
 1126: r1 = r2
 1127: r1 += 20
 1128: if r1 <= r7 goto +1
 1129: r2 = 0
 1130: r9 = 0
 1131: if r2 == 0 goto +1
 1132: r9 = *(u8 *)(r2 +8)
      ; v36: bit<16> = read_field hdr2.window
 1133: r2 = 0
 1134: if r4 == 0 goto +1
 1135: r2 = *(u16 *)(r4 +14)
      ; v37: bit<16> = read var4
 1136: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1137: r4 = 0
 1138: if r3 == 0 goto +1
 1139: r4 = *(u16 *)(r3 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1140: r3 = *(u32 *)(r10 -56)
 1141: if r3 == 0 goto +7
 1142: r3 -= 1
 1143: if r3 > 16383 goto +5
 1144: r1 = r6
 1145: r1 += r3
 1146: r3 = r1
 1147: r3 += 2
 1148: if r3 <= r7 goto +1
 1149: r1 = 0
 1150: r3 = 0
 1151: if r1 == 0 goto +1
 1152: r3 = *(u8 *)(r1 +1)
      ; v40: bit<64> = read var5
 1153: r1 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1154: *(u8 *)(r10 -160) = r9
 1155: *(u8 *)(r10 -159) = r2
 1156: r2 >>= 8
 1157: *(u8 *)(r10 -158) = r2
 1158: r2 = r8
 1159: *(u8 *)(r10 -156) = r2
 1160: r2 >>= 8
 1161: *(u8 *)(r10 -157) = r2
 1162: r2 = r4
 1163: *(u8 *)(r10 -155) = r2
 1164: r2 >>= 8
 1165: *(u8 *)(r10 -154) = r2
 1166: *(u8 *)(r10 -153) = r3
 1167: r1 = be64 r1
 1168: *(u64 *)(r10 -152) = r1
 1169: *(u64 *)(r10 -224) = 0
 1170: *(u32 *)(r10 -232) = 0
 1171: r1 = map[pipe_p0f_signatures_masks] ll
 1173: r2 = r10
 1174: r2 += -232
 1175: call bpf_map_lookup_elem
 1176: r3 = r0
 1177: if r3 == 0 goto +338
 1178: r1 = *(u32 *)(r3 +0)
 1179: if r1 == 0 goto +336
 1180: r1 = *(u32 *)(r10 -232)
 1181: *(u32 *)(r10 -200) = r1
 1182: r2 = *(u32 *)(r10 -160)
 1183: r1 = *(u32 *)(r3 +8)
 1184: r2 &= r1
 1185: *(u32 *)(r10 -196) = r2
 1186: r2 = *(u32 *)(r10 -156)
 1187: r1 = *(u32 *)(r3 +12)
 1188: r2 &= r1
 1189: *(u32 *)(r10 -192) = r2
 1190: r2 = *(u32 *)(r10 -152)
 1191: r1 = *(u32 *)(r3 +16)
 1192: r2 &= r1
 1193: *(u32 *)(r10 -188) = r2
 1194: r2 = *(u32 *)(r10 -148)
 1195: r1 = *(u32 *)(r3 +20)
 1196: r2 &= r1
 1197: *(u32 *)(r10 -184) = r2
 1198: r1 = map[pipe_p0f_signatures] ll
 1200: r2 = r10
 1201: r2 += -200
 1202: call bpf_map_lookup_elem
 1203: r3 = r0
 1204: if r3 == 0 goto +6
 1205: r1 = *(u64 *)(r10 -224)
 1206: if r1 == 0 goto +3
 1207: r2 = *(u32 *)(r3 +4)
 1208: r1 = *(u32 *)(r1 +4)
 1209: if r2 <= r1 goto +1
 1210: *(u64 *)(r10 -224) = r3
 1211: r1 = *(u32 *)(r10 -232)
 1212: r1 += 1
 1213: *(u32 *)(r10 -232) = r1
 1214: r1 = map[pipe_p0f_signatures_masks] ll
 1216: r2 = r10
 1217: r2 += -232
 1218: call bpf_map_lookup_elem
 1219: r3 = r0
 1220: if r3 == 0 goto +295
 1221: r1 = *(u32 *)(r3 +0)
 1222: if r1 == 0 goto +293
 1223: r1 = *(u32 *)(r10 -232)
 1224: *(u32 *)(r10 -200) = r1
 1225: r2 = *(u32 *)(r10 -160)
 1226: r1 = *(u32 *)(r3 +8)
 1227: r2 &= r1
 1228: *(u32 *)(r10 -196) = r2
 1229: r2 = *(u32 *)(r10 -156)
 1230: r1 = *(u32 *)(r3 +12)
 1231: r2 &= r1
 1232: *(u32 *)(r10 -192) = r2
 1233: r2 = *(u32 *)(r10 -152)
 1234: r1 = *(u32 *)(r3 +16)
 1235: r2 &= r1
 1236: *(u32 *)(r10 -188) = r2
 1237: r2 = *(u32 *)(r10 -148)
 1238: r1 = *(u32 *)(r3 +20)
 1239: r2 &= r1
 1240: *(u32 *)(r10 -184) = r2
 1241: r1 = map[pipe_p0f_signatures] ll
 1243: r2 = r10
 1244: r2 += -200
 1245: call bpf_map_lookup_elem
 1246: r3 = r0
 1247: if r3 == 0 goto +6
 1248: r1 = *(u64 *)(r10 -224)
 1249: if r1 == 0 goto +3
 1250: r2 = *(u32 *)(r3 +4)
 1251: r1 = *(u32 *)(r1 +4)
 1252: if r2 <= r1 goto +1
 1253: *(u64 *)(r10 -224) = r3
 1254: r1 = *(u32 *)(r10 -232)
 1255: r1 += 1
 1256: *(u32 *)(r10 -232) = r1
 1257: r1 = map[pipe_p0f_signatures_masks] ll
 1259: r2 = r10
 1260: r2 += -232
 1261: call bpf_map_lookup_elem
 1262: r3 = r0
 1263: if r3 == 0 goto +252
 1264: r1 = *(u32 *)(r3 +0)
 1265: if r1 == 0 goto +250
 1266: r1 = *(u32 *)(r10 -232)
 1267: *(u32 *)(r10 -200) = r1
 1268: r2 = *(u32 *)(r10 -160)
 1269: r1 = *(u32 *)(r3 +8)
 1270: r2 &= r1
 1271: *(u32 *)(r10 -196) = r2
 1272: r2 = *(u32 *)(r10 -156)
 1273: r1 = *(u32 *)(r3 +12)
 1274: r2 &= r1
 1275: *(u32 *)(r10 -192) = r2
 1276: r2 = *(u32 *)(r10 -152)
 1277: r1 = *(u32 *)(r3 +16)
 1278: r2 &= r1
 1279: *(u32 *)(r10 -188) = r2
 1280: r2 = *(u32 *)(r10 -148)
 1281: r1 = *(u32 *)(r3 +20)
 1282: r2 &= r1
 1283: *(u32 *)(r10 -184) = r2
 1284: r1 = map[pipe_p0f_signatures] ll
 1286: r2 = r10
 1287: r2 += -200
 1288: call bpf_map_lookup_elem
 1289: r3 = r0
 1290: if r3 == 0 goto +6
 1291: r1 = *(u64 *)(r10 -224)
 1292: if r1 == 0 goto +3
 1293: r2 = *(u32 *)(r3 +4)
 1294: r1 = *(u32 *)(r1 +4)
 1295: if r2 <= r1 goto +1
 1296: *(u64 *)(r10 -224) = r3
 1297: r1 = *(u32 *)(r10 -232)
 1298: r1 += 1
 1299: *(u32 *)(r10 -232) = r1
 1300: r1 = map[pipe_p0f_signatures_masks] ll
 1302: r2 = r10
 1303: r2 += -232
 1304: call bpf_map_lookup_elem
 1305: r3 = r0
 1306: if r3 == 0 goto +209
 1307: r1 = *(u32 *)(r3 +0)
 1308: if r1 == 0 goto +207
 1309: r1 = *(u32 *)(r10 -232)
 1310: *(u32 *)(r10 -200) = r1
 1311: r2 = *(u32 *)(r10 -160)
 1312: r1 = *(u32 *)(r3 +8)
 1313: r2 &= r1
 1314: *(u32 *)(r10 -196) = r2
 1315: r2 = *(u32 *)(r10 -156)
 1316: r1 = *(u32 *)(r3 +12)
 1317: r2 &= r1
 1318: *(u32 *)(r10 -192) = r2
 1319: r2 = *(u32 *)(r10 -152)
 1320: r1 = *(u32 *)(r3 +16)
 1321: r2 &= r1
 1322: *(u32 *)(r10 -188) = r2
 1323: r2 = *(u32 *)(r10 -148)
 1324: r1 = *(u32 *)(r3 +20)
 1325: r2 &= r1
 1326: *(u32 *)(r10 -184) = r2
 1327: r1 = map[pipe_p0f_signatures] ll
 1329: r2 = r10
 1330: r2 += -200
 1331: call bpf_map_lookup_elem
 1332: r3 = r0
 1333: if r3 == 0 goto +6
 1334: r1 = *(u64 *)(r10 -224)
 1335: if r1 == 0 goto +3
 1336: r2 = *(u32 *)(r3 +4)
 1337: r1 = *(u32 *)(r1 +4)
 1338: if r2 <= r1 goto +1
 1339: *(u64 *)(r10 -224) = r3
 1340: r1 = *(u32 *)(r10 -232)
 1341: r1 += 1
 1342: *(u32 *)(r10 -232) = r1
 1343: r1 = map[pipe_p0f_signatures_masks] ll
 1345: r2 = r10
 1346: r2 += -232
 1347: call bpf_map_lookup_elem
 1348: r3 = r0
 1349: if r3 == 0 goto +166
 1350: r1 = *(u32 *)(r3 +0)
 1351: if r1 == 0 goto +164
 1352: r1 = *(u32 *)(r10 -232)
 1353: *(u32 *)(r10 -200) = r1
 1354: r2 = *(u32 *)(r10 -160)
 1355: r1 = *(u32 *)(r3 +8)
 1356: r2 &= r1
 1357: *(u32 *)(r10 -196) = r2
 1358: r2 = *(u32 *)(r10 -156)
 1359: r1 = *(u32 *)(r3 +12)
 1360: r2 &= r1
 1361: *(u32 *)(r10 -192) = r2
 1362: r2 = *(u32 *)(r10 -152)
 1363: r1 = *(u32 *)(r3 +16)
 1364: r2 &= r1
 1365: *(u32 *)(r10 -188) = r2
 1366: r2 = *(u32 *)(r10 -148)
 1367: r1 = *(u32 *)(r3 +20)
 1368: r2 &= r1
 1369: *(u32 *)(r10 -184) = r2
 1370: r1 = map[pipe_p0f_signatures] ll
 1372: r2 = r10
 1373: r2 += -200
 1374: call bpf_map_lookup_elem
 1375: r3 = r0
 1376: if r3 == 0 goto +6
 1377: r1 = *(u64 *)(r10 -224)
 1378: if r1 == 0 goto +3
 1379: r2 = *(u32 *)(r3 +4)
 1380: r1 = *(u32 *)(r1 +4)
 1381: if r2 <= r1 goto +1
 1382: *(u64 *)(r10 -224) = r3
 1383: r1 = *(u32 *)(r10 -232)
 1384: r1 += 1
 1385: *(u32 *)(r10 -232) = r1
 1386: r1 = map[pipe_p0f_signatures_masks] ll
 1388: r2 = r10
 1389: r2 += -232
 1390: call bpf_map_lookup_elem
 1391: r3 = r0
 1392: if r3 == 0 goto +123
 1393: r1 = *(u32 *)(r3 +0)
 1394: if r1 == 0 goto +121
 1395: r1 = *(u32 *)(r10 -232)
 1396: *(u32 *)(r10 -200) = r1
 1397: r2 = *(u32 *)(r10 -160)
 1398: r1 = *(u32 *)(r3 +8)
 1399: r2 &= r1
 1400: *(u32 *)(r10 -196) = r2
 1401: r2 = *(u32 *)(r10 -156)
 1402: r1 = *(u32 *)(r3 +12)
 1403: r2 &= r1
 1404: *(u32 *)(r10 -192) = r2
 1405: r2 = *(u32 *)(r10 -152)
 1406: r1 = *(u32 *)(r3 +16)
 1407: r2 &= r1
 1408: *(u32 *)(r10 -188) = r2
 1409: r2 = *(u32 *)(r10 -148)
 1410: r1 = *(u32 *)(r3 +20)
 1411: r2 &= r1
 1412: *(u32 *)(r10 -184) = r2
 1413: r1 = map[pipe_p0f_signatures] ll
 1415: r2 = r10
 1416: r2 += -200
 1417: call bpf_map_lookup_elem
 1418: r3 = r0
 1419: if r3 == 0 goto +6
 1420: r1 = *(u64 *)(r10 -224)
 1421: if r1 == 0 goto +3
 1422: r2 = *(u32 *)(r3 +4)
 1423: r1 = *(u32 *)(r1 +4)
 1424: if r2 <= r1 goto +1
 1425: *(u64 *)(r10 -224) = r3
 1426: r1 = *(u32 *)(r10 -232)
 1427: r1 += 1
 1428: *(u32 *)(r10 -232) = r1
 1429: r1 = map[pipe_p0f_signatures_masks] ll
 1431: r2 = r10
 1432: r2 += -232
 1433: call bpf_map_lookup_elem
 1434: r3 = r0
 1435: if r3 == 0 goto +80
 1436: r1 = *(u32 *)(r3 +0)
 1437: if r1 == 0 goto +78
 1438: r1 = *(u32 *)(r10 -232)
 1439: *(u32 *)(r10 -200) = r1
 1440: r2 = *(u32 *)(r10 -160)
 1441: r1 = *(u32 *)(r3 +8)
 1442: r2 &= r1
 1443: *(u32 *)(r10 -196) = r2
 1444: r2 = *(u32 *)(r10 -156)
 1445: r1 = *(u32 *)(r3 +12)
 1446: r2 &= r1
 1447: *(u32 *)(r10 -192) = r2
 1448: r2 = *(u32 *)(r10 -152)
 1449: r1 = *(u32 *)(r3 +16)
 1450: r2 &= r1
 1451: *(u32 *)(r10 -188) = r2
 1452: r2 = *(u32 *)(r10 -148)
 1453: r1 = *(u32 *)(r3 +20)
 1454: r2 &= r1
 1455: *(u32 *)(r10 -184) = r2
 1456: r1 = map[pipe_p0f_signatures] ll
 1458: r2 = r10
 1459: r2 += -200
 1460: call bpf_map_lookup_elem
 1461: r3 = r0
 1462: if r3 == 0 goto +6
 1463: r1 = *(u64 *)(r10 -224)
 1464: if r1 == 0 goto +3
 1465: r2 = *(u32 *)(r3 +4)
 1466: r1 = *(u32 *)(r1 +4)
 1467: if r2 <= r1 goto +1
 1468: *(u64 *)(r10 -224) = r3
 1469: r1 = *(u32 *)(r10 -232)
 1470: r1 += 1
 1471: *(u32 *)(r10 -232) = r1
 1472: r1 = map[pipe_p0f_signatures_masks] ll
 1474: r2 = r10
 1475: r2 += -232
 1476: call bpf_map_lookup_elem
 1477: r3 = r0
 1478: if r3 == 0 goto +37
 1479: r1 = *(u32 *)(r3 +0)
 1480: if r1 == 0 goto +35
 1481: r1 = *(u32 *)(r10 -232)
 1482: *(u32 *)(r10 -200) = r1
 1483: r2 = *(u32 *)(r10 -160)
 1484: r1 = *(u32 *)(r3 +8)
 1485: r2 &= r1
 1486: *(u32 *)(r10 -196) = r2
 1487: r2 = *(u32 *)(r10 -156)
 1488: r1 = *(u32 *)(r3 +12)
 1489: r2 &= r1
 1490: *(u32 *)(r10 -192) = r2
 1491: r2 = *(u32 *)(r10 -152)
 1492: r1 = *(u32 *)(r3 +16)
 1493: r2 &= r1
 1494: *(u32 *)(r10 -188) = r2
 1495: r2 = *(u32 *)(r10 -148)
 1496: r1 = *(u32 *)(r3 +20)
 1497: r2 &= r1
 1498: *(u32 *)(r10 -184) = r2
 1499: r1 = map[pipe_p0f_signatures] ll
 1501: r2 = r10
 1502: r2 += -200
 1503: call bpf_map_lookup_elem
 1504: r3 = r0
 1505: if r3 == 0 goto +6
 1506: r1 = *(u64 *)(r10 -224)
 1507: if r1 == 0 goto +3
 1508: r2 = *(u32 *)(r3 +4)
 1509: r1 = *(u32 *)(r1 +4)
 1510: if r2 <= r1 goto +1
 1511: *(u64 *)(r10 -224) = r3
 1512: r1 = *(u32 *)(r10 -232)
 1513: r1 += 1
 1514: *(u32 *)(r10 -232) = r1
 1515: if r1 < 32 goto -345
 1516: r1 = *(u64 *)(r10 -224)
 1517: if r1 != 0 goto +11
 1518: *(u32 *)(r10 -160) = 0
 1519: r1 = map[pipe_p0f_signatures_default] ll
 1521: r2 = r10
 1522: r2 += -160
 1523: call bpf_map_lookup_elem
 1524: r1 = r0
 1525: if r1 != 0 goto +4
 1526: r2 = 2
 1527: r1 = 0
 1528: goto +4
 1529: r1 = *(u64 *)(r10 -224)
 1530: r2 = *(u32 *)(r1 +0)
 1531: r1 = *(u32 *)(r1 +8)
 1532: r1 = be32 r1
 1533: if r2 == 0 goto +7
 1534: if r2 == 1 goto +2
 1535: if r2 == 2 goto +27
 1536: goto +26
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 1537: r1 = 1
      ; write var10, v45
 1538: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 1539: *(u32 *)(r10 -160) = 0
 1540: goto +2
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 1541: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 1542: *(u32 *)(r10 -160) = r1
 1543: r1 = map[pipe_os_stats] ll
 1545: r2 = r10
 1546: r2 += -160
 1547: call bpf_map_lookup_elem
 1548: r3 = r0
 1549: if r3 == 0 goto +13
 1550: r1 = *(u64 *)(r3 +0)
 1551: r1 += 1
 1552: *(u64 *)(r3 +0) = r1
 1553: r2 = *(u64 *)(r3 +8)
 1554: r1 = *(u32 *)(r10 -40)
 1555: r2 += r1
 1556: *(u64 *)(r3 +8) = r2
 1557: goto +5
      ; drop
 1558: r2 = *(u32 *)(r10 -36)
 1559: r1 = *(u64 *)(r10 -8)
 1560: *(u32 *)(r1 +8) = r2
 1561: r0 = 2
 1562: exit
      ; epilogue: verdict
 1563: r2 = *(u32 *)(r10 -36)
 1564: r1 = *(u64 *)(r10 -8)
 1565: *(u32 *)(r1 +8) = r2
 1566: r1 = *(u8 *)(r10 -23)
 1567: if r1 != 0 goto +2
 1568: r0 = 0
 1569: exit
 1570: if r1 != 2 goto +4
 1571: r1 = *(u32 *)(r10 -32)
 1572: r2 = 0
 1573: call bpf_redirect
 1574: exit
 1575: r0 = 2
 1576: exit
