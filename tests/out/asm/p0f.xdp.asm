; p0f for xdp: 1615 instructions, stack 264 bytes, 4 maps
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
   28: if r3 > 16383 goto +1535
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +1529
   35: r1 = r3
   36: r1 += 1
   37: *(u32 *)(r10 -104) = r1
   38: r3 += 14
   39: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   40: r1 = *(u16 *)(r2 +12)
   41: if r1 != 8 goto +894
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   42: r2 = *(u64 *)(r10 -16)
   43: if r2 > 16383 goto +1520
   44: r3 = r6
   45: r3 += r2
   46: r1 = r3
   47: r1 += 20
   48: if r1 <= r7 goto +1
   49: goto +1514
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
   60: if r1 == 0 goto +1503
      ; v4: bit<4> = read_field hdr1.ihl
   61: r2 = *(u8 *)(r3 +0)
   62: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   63: r2 -= 5
   64: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   65: r2 *= 32
   66: w2 = w2
      ; advance v9
   67: r1 = r2
   68: r1 &= 7
   69: if r1 != 0 goto +1494
   70: r1 = r2
   71: r1 >>= 3
   72: r2 = *(u64 *)(r10 -16)
   73: r2 += r1
   74: if r2 > 16383 goto +1489
   75: r1 = r6
   76: r1 += r2
   77: if r1 <= r7 goto +1
   78: goto +1485
   79: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   80: r2 = *(u16 *)(r3 +6)
   81: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   82: r1 = *(u8 *)(r3 +9)
   83: if r2 != 0 goto +852
   84: if r1 != 6 goto +851
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   85: r2 = *(u64 *)(r10 -16)
   86: if r2 > 16383 goto +1477
   87: r3 = r6
   88: r3 += r2
   89: r1 = r3
   90: r1 += 20
   91: if r1 <= r7 goto +1
   92: goto +1471
   93: r1 = r2
   94: r1 += 1
   95: *(u32 *)(r10 -96) = r1
   96: r2 += 20
   97: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
   98: r2 = *(u8 *)(r3 +12)
   99: r2 >>= 4
  100: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  101: r1 = 1
  102: if r2 >= 5 goto +1
  103: r1 = 0
      ; verify v14, error HeaderTooShort
  104: if r1 == 0 goto +1459
      ; v15: bit<4> = read_field hdr2.dataOffset
  105: r1 = *(u8 *)(r3 +12)
  106: r1 >>= 4
  107: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  108: r1 -= 5
  109: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  110: r1 *= 4
  111: r1 &= 65535
      ; write var2, v20
  112: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  113: r1 = *(u8 *)(r3 +13)
  114: r1 &= 18
  115: if r1 != 2 goto +820
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  116: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  117: r1 = *(u8 *)(r10 -24)
  118: if r2 == 0 goto +817
  119: if r1 == 8 goto +816
      ; prs: block5 (parse_option)
      ; extract hdr3
  120: r3 = *(u64 *)(r10 -16)
  121: if r3 > 16383 goto +1442
  122: r2 = r6
  123: r2 += r3
  124: r1 = r2
  125: r1 += 1
  126: if r1 <= r7 goto +1
  127: goto +1436
  128: r1 = r3
  129: r1 += 1
  130: *(u32 *)(r10 -92) = r1
  131: r3 += 1
  132: *(u64 *)(r10 -16) = r3
      ; v24: bit<8> = read var3
  133: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
      ; v26: bit<8> = add v24, v25
  134: r1 += 1
  135: r1 &= 255
      ; write var3, v26
  136: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  137: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
      ; v29: bit<16> = sub v27, v28
  138: r1 -= 1
  139: r1 &= 65535
      ; write var2, v29
  140: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  141: r1 = *(u8 *)(r2 +0)
  142: if r1 == 0 goto +793
  143: if r1 == 1 goto +74
  144: if r1 == 2 goto +57
  145: if r1 == 3 goto +39
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  146: r1 = *(u64 *)(r10 -16)
  147: if r1 > 16383 goto +1416
  148: r2 = r6
  149: r2 += r1
  150: r1 = r2
  151: r1 += 1
  152: if r1 <= r7 goto +1
  153: goto +1410
  154: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  155: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  156: r2 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
  157: r1 = 1
  158: if r2 >= 2 goto +1
  159: r1 = 0
      ; verify v34, error HeaderTooShort
  160: if r1 == 0 goto +1403
      ; v35: bit<8> = read var11
  161: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
      ; v37: bit<32> = const 1
      ; v38: bit<32> = sub v36, v37
  162: r2 -= 1
  163: w2 = w2
      ; v39: bit<32> = const 8
      ; v40: bit<32> = mul v38, v39
  164: r2 *= 8
  165: w2 = w2
      ; advance v40
  166: r1 = r2
  167: r1 &= 7
  168: if r1 != 0 goto +1395
  169: r1 = r2
  170: r1 >>= 3
  171: r2 = *(u64 *)(r10 -16)
  172: r2 += r1
  173: if r2 > 16383 goto +1390
  174: r1 = r6
  175: r1 += r2
  176: if r1 <= r7 goto +1
  177: goto +1386
  178: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  179: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  180: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
      ; v44: bit<16> = const 1
      ; v45: bit<16> = sub v43, v44
  181: r2 -= 1
  182: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  183: r1 -= r2
  184: goto +14
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  185: r2 = *(u64 *)(r10 -16)
  186: if r2 > 16383 goto +1377
  187: r1 = r6
  188: r1 += r2
  189: r1 += 2
  190: if r1 <= r7 goto +1
  191: goto +1372
  192: r1 = r2
  193: r1 += 1
  194: *(u32 *)(r10 -56) = r1
  195: r2 += 2
  196: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  197: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  198: r1 -= 2
  199: r1 &= 65535
      ; write var2, v49
  200: *(u16 *)(r10 -28) = r1
  201: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  202: r2 = *(u64 *)(r10 -16)
  203: if r2 > 16383 goto +1360
  204: r1 = r6
  205: r1 += r2
  206: r1 += 3
  207: if r1 <= r7 goto +1
  208: goto +1355
  209: r1 = r2
  210: r1 += 1
  211: *(u32 *)(r10 -60) = r1
  212: r2 += 3
  213: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  214: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  215: r1 -= 3
  216: r1 &= 65535
      ; write var2, v52
  217: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  218: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  219: r1 = *(u8 *)(r10 -24)
  220: if r2 == 0 goto +715
  221: if r1 == 8 goto +714
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  222: r3 = *(u64 *)(r10 -16)
  223: if r3 > 16383 goto +1340
  224: r2 = r6
  225: r2 += r3
  226: r1 = r2
  227: r1 += 1
  228: if r1 <= r7 goto +1
  229: goto +1334
  230: r1 = r3
  231: r1 += 1
  232: *(u32 *)(r10 -88) = r1
  233: r3 += 1
  234: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  235: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  236: r1 += 1
  237: r1 &= 255
      ; write var3, v57
  238: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  239: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  240: r1 -= 1
  241: r1 &= 65535
      ; write var2, v60
  242: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  243: r1 = *(u8 *)(r2 +0)
  244: if r1 == 0 goto +691
  245: if r1 == 1 goto +74
  246: if r1 == 2 goto +57
  247: if r1 == 3 goto +39
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  248: r1 = *(u64 *)(r10 -16)
  249: if r1 > 16383 goto +1314
  250: r2 = r6
  251: r2 += r1
  252: r1 = r2
  253: r1 += 1
  254: if r1 <= r7 goto +1
  255: goto +1308
  256: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  257: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  258: r2 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
  259: r1 = 1
  260: if r2 >= 2 goto +1
  261: r1 = 0
      ; verify v65, error HeaderTooShort
  262: if r1 == 0 goto +1301
      ; v66: bit<8> = read var11
  263: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  264: r2 -= 1
  265: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  266: r2 *= 8
  267: w2 = w2
      ; advance v71
  268: r1 = r2
  269: r1 &= 7
  270: if r1 != 0 goto +1293
  271: r1 = r2
  272: r1 >>= 3
  273: r2 = *(u64 *)(r10 -16)
  274: r2 += r1
  275: if r2 > 16383 goto +1288
  276: r1 = r6
  277: r1 += r2
  278: if r1 <= r7 goto +1
  279: goto +1284
  280: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  281: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  282: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  283: r2 -= 1
  284: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  285: r1 -= r2
  286: goto +14
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  287: r2 = *(u64 *)(r10 -16)
  288: if r2 > 16383 goto +1275
  289: r1 = r6
  290: r1 += r2
  291: r1 += 2
  292: if r1 <= r7 goto +1
  293: goto +1270
  294: r1 = r2
  295: r1 += 1
  296: *(u32 *)(r10 -56) = r1
  297: r2 += 2
  298: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  299: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  300: r1 -= 2
  301: r1 &= 65535
      ; write var2, v80
  302: *(u16 *)(r10 -28) = r1
  303: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  304: r2 = *(u64 *)(r10 -16)
  305: if r2 > 16383 goto +1258
  306: r1 = r6
  307: r1 += r2
  308: r1 += 3
  309: if r1 <= r7 goto +1
  310: goto +1253
  311: r1 = r2
  312: r1 += 1
  313: *(u32 *)(r10 -60) = r1
  314: r2 += 3
  315: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  316: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  317: r1 -= 3
  318: r1 &= 65535
      ; write var2, v83
  319: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  320: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  321: r1 = *(u8 *)(r10 -24)
  322: if r2 == 0 goto +613
  323: if r1 == 8 goto +612
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  324: r3 = *(u64 *)(r10 -16)
  325: if r3 > 16383 goto +1238
  326: r2 = r6
  327: r2 += r3
  328: r1 = r2
  329: r1 += 1
  330: if r1 <= r7 goto +1
  331: goto +1232
  332: r1 = r3
  333: r1 += 1
  334: *(u32 *)(r10 -84) = r1
  335: r3 += 1
  336: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  337: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  338: r1 += 1
  339: r1 &= 255
      ; write var3, v88
  340: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  341: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  342: r1 -= 1
  343: r1 &= 65535
      ; write var2, v91
  344: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  345: r1 = *(u8 *)(r2 +0)
  346: if r1 == 0 goto +589
  347: if r1 == 1 goto +74
  348: if r1 == 2 goto +57
  349: if r1 == 3 goto +39
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  350: r1 = *(u64 *)(r10 -16)
  351: if r1 > 16383 goto +1212
  352: r2 = r6
  353: r2 += r1
  354: r1 = r2
  355: r1 += 1
  356: if r1 <= r7 goto +1
  357: goto +1206
  358: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  359: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  360: r2 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
  361: r1 = 1
  362: if r2 >= 2 goto +1
  363: r1 = 0
      ; verify v96, error HeaderTooShort
  364: if r1 == 0 goto +1199
      ; v97: bit<8> = read var11
  365: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  366: r2 -= 1
  367: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  368: r2 *= 8
  369: w2 = w2
      ; advance v102
  370: r1 = r2
  371: r1 &= 7
  372: if r1 != 0 goto +1191
  373: r1 = r2
  374: r1 >>= 3
  375: r2 = *(u64 *)(r10 -16)
  376: r2 += r1
  377: if r2 > 16383 goto +1186
  378: r1 = r6
  379: r1 += r2
  380: if r1 <= r7 goto +1
  381: goto +1182
  382: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  383: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  384: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  385: r2 -= 1
  386: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  387: r1 -= r2
  388: goto +14
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  389: r2 = *(u64 *)(r10 -16)
  390: if r2 > 16383 goto +1173
  391: r1 = r6
  392: r1 += r2
  393: r1 += 2
  394: if r1 <= r7 goto +1
  395: goto +1168
  396: r1 = r2
  397: r1 += 1
  398: *(u32 *)(r10 -56) = r1
  399: r2 += 2
  400: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  401: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  402: r1 -= 2
  403: r1 &= 65535
      ; write var2, v111
  404: *(u16 *)(r10 -28) = r1
  405: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  406: r2 = *(u64 *)(r10 -16)
  407: if r2 > 16383 goto +1156
  408: r1 = r6
  409: r1 += r2
  410: r1 += 3
  411: if r1 <= r7 goto +1
  412: goto +1151
  413: r1 = r2
  414: r1 += 1
  415: *(u32 *)(r10 -60) = r1
  416: r2 += 3
  417: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  418: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  419: r1 -= 3
  420: r1 &= 65535
      ; write var2, v114
  421: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  422: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  423: r1 = *(u8 *)(r10 -24)
  424: if r2 == 0 goto +511
  425: if r1 == 8 goto +510
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  426: r3 = *(u64 *)(r10 -16)
  427: if r3 > 16383 goto +1136
  428: r2 = r6
  429: r2 += r3
  430: r1 = r2
  431: r1 += 1
  432: if r1 <= r7 goto +1
  433: goto +1130
  434: r1 = r3
  435: r1 += 1
  436: *(u32 *)(r10 -80) = r1
  437: r3 += 1
  438: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  439: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  440: r1 += 1
  441: r1 &= 255
      ; write var3, v119
  442: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  443: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  444: r1 -= 1
  445: r1 &= 65535
      ; write var2, v122
  446: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  447: r1 = *(u8 *)(r2 +0)
  448: if r1 == 0 goto +487
  449: if r1 == 1 goto +74
  450: if r1 == 2 goto +57
  451: if r1 == 3 goto +39
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  452: r1 = *(u64 *)(r10 -16)
  453: if r1 > 16383 goto +1110
  454: r2 = r6
  455: r2 += r1
  456: r1 = r2
  457: r1 += 1
  458: if r1 <= r7 goto +1
  459: goto +1104
  460: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  461: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  462: r2 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
  463: r1 = 1
  464: if r2 >= 2 goto +1
  465: r1 = 0
      ; verify v127, error HeaderTooShort
  466: if r1 == 0 goto +1097
      ; v128: bit<8> = read var11
  467: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  468: r2 -= 1
  469: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  470: r2 *= 8
  471: w2 = w2
      ; advance v133
  472: r1 = r2
  473: r1 &= 7
  474: if r1 != 0 goto +1089
  475: r1 = r2
  476: r1 >>= 3
  477: r2 = *(u64 *)(r10 -16)
  478: r2 += r1
  479: if r2 > 16383 goto +1084
  480: r1 = r6
  481: r1 += r2
  482: if r1 <= r7 goto +1
  483: goto +1080
  484: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  485: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  486: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  487: r2 -= 1
  488: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  489: r1 -= r2
  490: goto +14
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  491: r2 = *(u64 *)(r10 -16)
  492: if r2 > 16383 goto +1071
  493: r1 = r6
  494: r1 += r2
  495: r1 += 2
  496: if r1 <= r7 goto +1
  497: goto +1066
  498: r1 = r2
  499: r1 += 1
  500: *(u32 *)(r10 -56) = r1
  501: r2 += 2
  502: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  503: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  504: r1 -= 2
  505: r1 &= 65535
      ; write var2, v142
  506: *(u16 *)(r10 -28) = r1
  507: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  508: r2 = *(u64 *)(r10 -16)
  509: if r2 > 16383 goto +1054
  510: r1 = r6
  511: r1 += r2
  512: r1 += 3
  513: if r1 <= r7 goto +1
  514: goto +1049
  515: r1 = r2
  516: r1 += 1
  517: *(u32 *)(r10 -60) = r1
  518: r2 += 3
  519: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  520: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  521: r1 -= 3
  522: r1 &= 65535
      ; write var2, v145
  523: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  524: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  525: r1 = *(u8 *)(r10 -24)
  526: if r2 == 0 goto +409
  527: if r1 == 8 goto +408
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  528: r3 = *(u64 *)(r10 -16)
  529: if r3 > 16383 goto +1034
  530: r2 = r6
  531: r2 += r3
  532: r1 = r2
  533: r1 += 1
  534: if r1 <= r7 goto +1
  535: goto +1028
  536: r1 = r3
  537: r1 += 1
  538: *(u32 *)(r10 -76) = r1
  539: r3 += 1
  540: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  541: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  542: r1 += 1
  543: r1 &= 255
      ; write var3, v150
  544: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  545: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  546: r1 -= 1
  547: r1 &= 65535
      ; write var2, v153
  548: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  549: r1 = *(u8 *)(r2 +0)
  550: if r1 == 0 goto +385
  551: if r1 == 1 goto +74
  552: if r1 == 2 goto +57
  553: if r1 == 3 goto +39
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  554: r1 = *(u64 *)(r10 -16)
  555: if r1 > 16383 goto +1008
  556: r2 = r6
  557: r2 += r1
  558: r1 = r2
  559: r1 += 1
  560: if r1 <= r7 goto +1
  561: goto +1002
  562: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  563: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  564: r2 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
  565: r1 = 1
  566: if r2 >= 2 goto +1
  567: r1 = 0
      ; verify v158, error HeaderTooShort
  568: if r1 == 0 goto +995
      ; v159: bit<8> = read var11
  569: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  570: r2 -= 1
  571: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  572: r2 *= 8
  573: w2 = w2
      ; advance v164
  574: r1 = r2
  575: r1 &= 7
  576: if r1 != 0 goto +987
  577: r1 = r2
  578: r1 >>= 3
  579: r2 = *(u64 *)(r10 -16)
  580: r2 += r1
  581: if r2 > 16383 goto +982
  582: r1 = r6
  583: r1 += r2
  584: if r1 <= r7 goto +1
  585: goto +978
  586: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  587: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  588: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  589: r2 -= 1
  590: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  591: r1 -= r2
  592: goto +14
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  593: r2 = *(u64 *)(r10 -16)
  594: if r2 > 16383 goto +969
  595: r1 = r6
  596: r1 += r2
  597: r1 += 2
  598: if r1 <= r7 goto +1
  599: goto +964
  600: r1 = r2
  601: r1 += 1
  602: *(u32 *)(r10 -56) = r1
  603: r2 += 2
  604: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  605: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  606: r1 -= 2
  607: r1 &= 65535
      ; write var2, v173
  608: *(u16 *)(r10 -28) = r1
  609: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  610: r2 = *(u64 *)(r10 -16)
  611: if r2 > 16383 goto +952
  612: r1 = r6
  613: r1 += r2
  614: r1 += 3
  615: if r1 <= r7 goto +1
  616: goto +947
  617: r1 = r2
  618: r1 += 1
  619: *(u32 *)(r10 -60) = r1
  620: r2 += 3
  621: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  622: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  623: r1 -= 3
  624: r1 &= 65535
      ; write var2, v176
  625: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  626: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  627: r1 = *(u8 *)(r10 -24)
  628: if r2 == 0 goto +307
  629: if r1 == 8 goto +306
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  630: r3 = *(u64 *)(r10 -16)
  631: if r3 > 16383 goto +932
  632: r2 = r6
  633: r2 += r3
  634: r1 = r2
  635: r1 += 1
  636: if r1 <= r7 goto +1
  637: goto +926
  638: r1 = r3
  639: r1 += 1
  640: *(u32 *)(r10 -72) = r1
  641: r3 += 1
  642: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  643: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  644: r1 += 1
  645: r1 &= 255
      ; write var3, v181
  646: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  647: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  648: r1 -= 1
  649: r1 &= 65535
      ; write var2, v184
  650: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  651: r1 = *(u8 *)(r2 +0)
  652: if r1 == 0 goto +283
  653: if r1 == 1 goto +74
  654: if r1 == 2 goto +57
  655: if r1 == 3 goto +39
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  656: r1 = *(u64 *)(r10 -16)
  657: if r1 > 16383 goto +906
  658: r2 = r6
  659: r2 += r1
  660: r1 = r2
  661: r1 += 1
  662: if r1 <= r7 goto +1
  663: goto +900
  664: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  665: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  666: r2 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
  667: r1 = 1
  668: if r2 >= 2 goto +1
  669: r1 = 0
      ; verify v189, error HeaderTooShort
  670: if r1 == 0 goto +893
      ; v190: bit<8> = read var11
  671: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  672: r2 -= 1
  673: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  674: r2 *= 8
  675: w2 = w2
      ; advance v195
  676: r1 = r2
  677: r1 &= 7
  678: if r1 != 0 goto +885
  679: r1 = r2
  680: r1 >>= 3
  681: r2 = *(u64 *)(r10 -16)
  682: r2 += r1
  683: if r2 > 16383 goto +880
  684: r1 = r6
  685: r1 += r2
  686: if r1 <= r7 goto +1
  687: goto +876
  688: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  689: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  690: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  691: r2 -= 1
  692: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  693: r1 -= r2
  694: goto +14
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  695: r2 = *(u64 *)(r10 -16)
  696: if r2 > 16383 goto +867
  697: r1 = r6
  698: r1 += r2
  699: r1 += 2
  700: if r1 <= r7 goto +1
  701: goto +862
  702: r1 = r2
  703: r1 += 1
  704: *(u32 *)(r10 -56) = r1
  705: r2 += 2
  706: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  707: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  708: r1 -= 2
  709: r1 &= 65535
      ; write var2, v204
  710: *(u16 *)(r10 -28) = r1
  711: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  712: r2 = *(u64 *)(r10 -16)
  713: if r2 > 16383 goto +850
  714: r1 = r6
  715: r1 += r2
  716: r1 += 3
  717: if r1 <= r7 goto +1
  718: goto +845
  719: r1 = r2
  720: r1 += 1
  721: *(u32 *)(r10 -60) = r1
  722: r2 += 3
  723: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  724: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  725: r1 -= 3
  726: r1 &= 65535
      ; write var2, v207
  727: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  728: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  729: r1 = *(u8 *)(r10 -24)
  730: if r2 == 0 goto +205
  731: if r1 == 8 goto +204
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  732: r3 = *(u64 *)(r10 -16)
  733: if r3 > 16383 goto +830
  734: r2 = r6
  735: r2 += r3
  736: r1 = r2
  737: r1 += 1
  738: if r1 <= r7 goto +1
  739: goto +824
  740: r1 = r3
  741: r1 += 1
  742: *(u32 *)(r10 -68) = r1
  743: r3 += 1
  744: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  745: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  746: r1 += 1
  747: r1 &= 255
      ; write var3, v212
  748: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  749: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  750: r1 -= 1
  751: r1 &= 65535
      ; write var2, v215
  752: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  753: r1 = *(u8 *)(r2 +0)
  754: if r1 == 0 goto +181
  755: if r1 == 1 goto +74
  756: if r1 == 2 goto +57
  757: if r1 == 3 goto +39
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  758: r1 = *(u64 *)(r10 -16)
  759: if r1 > 16383 goto +804
  760: r2 = r6
  761: r2 += r1
  762: r1 = r2
  763: r1 += 1
  764: if r1 <= r7 goto +1
  765: goto +798
  766: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  767: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  768: r2 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
  769: r1 = 1
  770: if r2 >= 2 goto +1
  771: r1 = 0
      ; verify v220, error HeaderTooShort
  772: if r1 == 0 goto +791
      ; v221: bit<8> = read var11
  773: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  774: r2 -= 1
  775: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  776: r2 *= 8
  777: w2 = w2
      ; advance v226
  778: r1 = r2
  779: r1 &= 7
  780: if r1 != 0 goto +783
  781: r1 = r2
  782: r1 >>= 3
  783: r2 = *(u64 *)(r10 -16)
  784: r2 += r1
  785: if r2 > 16383 goto +778
  786: r1 = r6
  787: r1 += r2
  788: if r1 <= r7 goto +1
  789: goto +774
  790: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  791: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  792: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  793: r2 -= 1
  794: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  795: r1 -= r2
  796: goto +14
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  797: r2 = *(u64 *)(r10 -16)
  798: if r2 > 16383 goto +765
  799: r1 = r6
  800: r1 += r2
  801: r1 += 2
  802: if r1 <= r7 goto +1
  803: goto +760
  804: r1 = r2
  805: r1 += 1
  806: *(u32 *)(r10 -56) = r1
  807: r2 += 2
  808: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  809: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  810: r1 -= 2
  811: r1 &= 65535
      ; write var2, v235
  812: *(u16 *)(r10 -28) = r1
  813: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  814: r2 = *(u64 *)(r10 -16)
  815: if r2 > 16383 goto +748
  816: r1 = r6
  817: r1 += r2
  818: r1 += 3
  819: if r1 <= r7 goto +1
  820: goto +743
  821: r1 = r2
  822: r1 += 1
  823: *(u32 *)(r10 -60) = r1
  824: r2 += 3
  825: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  826: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  827: r1 -= 3
  828: r1 &= 65535
      ; write var2, v238
  829: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  830: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  831: r1 = *(u8 *)(r10 -24)
  832: if r2 == 0 goto +103
  833: if r1 == 8 goto +102
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  834: r3 = *(u64 *)(r10 -16)
  835: if r3 > 16383 goto +728
  836: r2 = r6
  837: r2 += r3
  838: r1 = r2
  839: r1 += 1
  840: if r1 <= r7 goto +1
  841: goto +722
  842: r1 = r3
  843: r1 += 1
  844: *(u32 *)(r10 -64) = r1
  845: r3 += 1
  846: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  847: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  848: r1 += 1
  849: r1 &= 255
      ; write var3, v243
  850: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  851: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  852: r1 -= 1
  853: r1 &= 65535
      ; write var2, v246
  854: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  855: r1 = *(u8 *)(r2 +0)
  856: if r1 == 0 goto +79
  857: if r1 == 1 goto +74
  858: if r1 == 2 goto +57
  859: if r1 == 3 goto +39
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  860: r1 = *(u64 *)(r10 -16)
  861: if r1 > 16383 goto +702
  862: r2 = r6
  863: r2 += r1
  864: r1 = r2
  865: r1 += 1
  866: if r1 <= r7 goto +1
  867: goto +696
  868: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  869: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  870: r2 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
  871: r1 = 1
  872: if r2 >= 2 goto +1
  873: r1 = 0
      ; verify v251, error HeaderTooShort
  874: if r1 == 0 goto +689
      ; v252: bit<8> = read var11
  875: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  876: r2 -= 1
  877: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  878: r2 *= 8
  879: w2 = w2
      ; advance v257
  880: r1 = r2
  881: r1 &= 7
  882: if r1 != 0 goto +681
  883: r1 = r2
  884: r1 >>= 3
  885: r2 = *(u64 *)(r10 -16)
  886: r2 += r1
  887: if r2 > 16383 goto +676
  888: r1 = r6
  889: r1 += r2
  890: if r1 <= r7 goto +1
  891: goto +672
  892: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  893: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  894: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  895: r2 -= 1
  896: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  897: r1 -= r2
  898: goto +14
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  899: r2 = *(u64 *)(r10 -16)
  900: if r2 > 16383 goto +663
  901: r1 = r6
  902: r1 += r2
  903: r1 += 2
  904: if r1 <= r7 goto +1
  905: goto +658
  906: r1 = r2
  907: r1 += 1
  908: *(u32 *)(r10 -56) = r1
  909: r2 += 2
  910: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  911: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  912: r1 -= 2
  913: r1 &= 65535
      ; write var2, v266
  914: *(u16 *)(r10 -28) = r1
  915: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  916: r2 = *(u64 *)(r10 -16)
  917: if r2 > 16383 goto +646
  918: r1 = r6
  919: r1 += r2
  920: r1 += 3
  921: if r1 <= r7 goto +1
  922: goto +641
  923: r1 = r2
  924: r1 += 1
  925: *(u32 *)(r10 -60) = r1
  926: r2 += 3
  927: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  928: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  929: r1 -= 3
  930: r1 &= 65535
      ; write var2, v269
  931: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  932: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  933: r1 = *(u8 *)(r10 -24)
  934: if r2 == 0 goto +1
  935: if r1 != 8 goto +628
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  936: r1 = *(u32 *)(r10 -96)
  937: if r1 == 0 goto +1
  938: r1 = 1
      ; v1: bool = not v0
  939: r1 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  940: r2 = *(u32 *)(r10 -96)
  941: if r2 == 0 goto +7
  942: r2 -= 1
  943: if r2 > 16383 goto +5
  944: r4 = r6
  945: r4 += r2
  946: r2 = r4
  947: r2 += 20
  948: if r2 <= r7 goto +1
  949: r4 = 0
  950: r3 = 0
  951: if r4 == 0 goto +1
  952: r3 = *(u8 *)(r4 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  953: r3 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  954: r2 = 1
  955: if r3 != 2 goto +1
  956: r2 = 0
      ; v7: bool = logical_or v1, v6
  957: r1 |= r2
  958: if r1 != 0 goto +626
      ; v8: bit<16> = read_field hdr11.mss
  959: r1 = *(u32 *)(r10 -60)
  960: if r1 == 0 goto +7
  961: r1 -= 1
  962: if r1 > 16383 goto +5
  963: r3 = r6
  964: r3 += r1
  965: r1 = r3
  966: r1 += 3
  967: if r1 <= r7 goto +1
  968: r3 = 0
  969: r2 = 0
  970: if r3 == 0 goto +1
  971: r2 = *(u16 *)(r3 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
  972: r1 = 1
  973: if r2 != 0 goto +1
  974: r1 = 0
      ; v11: bit<16> = read_field hdr2.window
  975: r9 = 0
  976: if r4 == 0 goto +1
  977: r9 = *(u16 *)(r4 +14)
  978: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
  979: r2 = 0
  980: if r3 == 0 goto +1
  981: r2 = *(u16 *)(r3 +1)
  982: r2 = be16 r2
      ; v13: bit<16> = mod v11, v12
  983: r8 = 0
  984: if r2 == 0 goto +2
  985: r8 = r9
  986: r8 %= r2
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
  987: r2 = 1
  988: if r8 == 0 goto +1
  989: r2 = 0
      ; v16: bool = logical_and v10, v15
  990: r1 &= r2
  991: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
  992: r8 = 0
  993: if r4 == 0 goto +1
  994: r8 = *(u16 *)(r4 +14)
  995: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
  996: r2 = 0
  997: if r3 == 0 goto +1
  998: r2 = *(u16 *)(r3 +1)
  999: r2 = be16 r2
      ; v19: bit<16> = div v17, v18
 1000: r1 = 0
 1001: if r2 == 0 goto +2
 1002: r1 = r8
 1003: r1 /= r2
      ; write var4, v19
 1004: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1005: r1 = *(u32 *)(r10 -92)
 1006: if r1 == 0 goto +7
 1007: r1 -= 1
 1008: if r1 > 16383 goto +5
 1009: r2 = r6
 1010: r2 += r1
 1011: r1 = r2
 1012: r1 += 1
 1013: if r1 <= r7 goto +1
 1014: r2 = 0
 1015: r8 = 0
 1016: if r2 == 0 goto +1
 1017: r8 = *(u8 *)(r2 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1018: r1 = *(u32 *)(r10 -88)
 1019: if r1 == 0 goto +7
 1020: r1 -= 1
 1021: if r1 > 16383 goto +5
 1022: r2 = r6
 1023: r2 += r1
 1024: r1 = r2
 1025: r1 += 1
 1026: if r1 <= r7 goto +1
 1027: r2 = 0
 1028: r1 = 0
 1029: if r2 == 0 goto +1
 1030: r1 = *(u8 *)(r2 +0)
      ; v22: bit<16> = concat v20, v21
 1031: r8 <<= 8
 1032: r8 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1033: r1 = *(u32 *)(r10 -84)
 1034: if r1 == 0 goto +7
 1035: r1 -= 1
 1036: if r1 > 16383 goto +5
 1037: r2 = r6
 1038: r2 += r1
 1039: r1 = r2
 1040: r1 += 1
 1041: if r1 <= r7 goto +1
 1042: r2 = 0
 1043: r1 = 0
 1044: if r2 == 0 goto +1
 1045: r1 = *(u8 *)(r2 +0)
      ; v24: bit<24> = concat v22, v23
 1046: r8 <<= 8
 1047: r8 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1048: r1 = *(u32 *)(r10 -80)
 1049: if r1 == 0 goto +7
 1050: r1 -= 1
 1051: if r1 > 16383 goto +5
 1052: r2 = r6
 1053: r2 += r1
 1054: r1 = r2
 1055: r1 += 1
 1056: if r1 <= r7 goto +1
 1057: r2 = 0
 1058: r1 = 0
 1059: if r2 == 0 goto +1
 1060: r1 = *(u8 *)(r2 +0)
      ; v26: bit<32> = concat v24, v25
 1061: r9 = r8
 1062: r9 <<= 8
 1063: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1064: r1 = *(u32 *)(r10 -76)
 1065: if r1 == 0 goto +7
 1066: r1 -= 1
 1067: if r1 > 16383 goto +5
 1068: r2 = r6
 1069: r2 += r1
 1070: r1 = r2
 1071: r1 += 1
 1072: if r1 <= r7 goto +1
 1073: r2 = 0
 1074: r1 = 0
 1075: if r2 == 0 goto +1
 1076: r1 = *(u8 *)(r2 +0)
      ; v28: bit<40> = concat v26, v27
 1077: r9 <<= 8
 1078: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1079: r1 = *(u32 *)(r10 -72)
 1080: if r1 == 0 goto +7
 1081: r1 -= 1
 1082: if r1 > 16383 goto +5
 1083: r2 = r6
 1084: r2 += r1
 1085: r1 = r2
 1086: r1 += 1
 1087: if r1 <= r7 goto +1
 1088: r2 = 0
 1089: r1 = 0
 1090: if r2 == 0 goto +1
 1091: r1 = *(u8 *)(r2 +0)
      ; v30: bit<48> = concat v28, v29
 1092: r9 <<= 8
 1093: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1094: r1 = *(u32 *)(r10 -68)
 1095: if r1 == 0 goto +7
 1096: r1 -= 1
 1097: if r1 > 16383 goto +5
 1098: r8 = r6
 1099: r8 += r1
 1100: r1 = r8
 1101: r1 += 1
 1102: if r1 <= r7 goto +1
 1103: r8 = 0
 1104: r2 = 0
 1105: if r8 == 0 goto +1
 1106: r2 = *(u8 *)(r8 +0)
      ; v32: bit<56> = concat v30, v31
 1107: r1 = r9
 1108: r1 <<= 8
 1109: r1 |= r2
      ; v33: bit<8> = read_field hdr10.kind
 1110: r2 = *(u32 *)(r10 -64)
 1111: if r2 == 0 goto +7
 1112: r2 -= 1
 1113: if r2 > 16383 goto +5
 1114: r8 = r6
 1115: r8 += r2
 1116: r2 = r8
 1117: r2 += 1
 1118: if r2 <= r7 goto +1
 1119: r8 = 0
 1120: r2 = 0
 1121: if r8 == 0 goto +1
 1122: r2 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1123: r1 <<= 8
 1124: r1 |= r2
      ; write var5, v34
 1125: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1126: r1 = *(u32 *)(r10 -100)
 1127: if r1 == 0 goto +7
 1128: r1 -= 1
 1129: if r1 > 16383 goto +5
 1130: r2 = r6
 1131: r2 += r1
 1132: r1 = r2
 1133: r1 += 20
 1134: if r1 <= r7 goto +1
 1135: r2 = 0
 1136: r9 = 0
 1137: if r2 == 0 goto +1
 1138: r9 = *(u8 *)(r2 +8)
      ; v36: bit<16> = read_field hdr2.window
 1139: r2 = 0
 1140: if r4 == 0 goto +1
 1141: r2 = *(u16 *)(r4 +14)
      ; v37: bit<16> = read var4
 1142: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1143: r4 = 0
 1144: if r3 == 0 goto +1
 1145: r4 = *(u16 *)(r3 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1146: r3 = *(u32 *)(r10 -56)
 1147: if r3 == 0 goto +7
 1148: r3 -= 1
 1149: if r3 > 16383 goto +5
 1150: r1 = r6
 1151: r1 += r3
 1152: r3 = r1
 1153: r3 += 2
 1154: if r3 <= r7 goto +1
 1155: r1 = 0
 1156: r3 = 0
 1157: if r1 == 0 goto +1
 1158: r3 = *(u8 *)(r1 +1)
      ; v40: bit<64> = read var5
 1159: r1 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1160: *(u8 *)(r10 -160) = r9
 1161: *(u8 *)(r10 -159) = r2
 1162: r2 >>= 8
 1163: *(u8 *)(r10 -158) = r2
 1164: r2 = r8
 1165: *(u8 *)(r10 -156) = r2
 1166: r2 >>= 8
 1167: *(u8 *)(r10 -157) = r2
 1168: r2 = r4
 1169: *(u8 *)(r10 -155) = r2
 1170: r2 >>= 8
 1171: *(u8 *)(r10 -154) = r2
 1172: *(u8 *)(r10 -153) = r3
 1173: r1 = be64 r1
 1174: *(u64 *)(r10 -152) = r1
 1175: *(u64 *)(r10 -224) = 0
 1176: *(u32 *)(r10 -232) = 0
 1177: r1 = map[pipe_p0f_signatures_masks] ll
 1179: r2 = r10
 1180: r2 += -232
 1181: call bpf_map_lookup_elem
 1182: r3 = r0
 1183: if r3 == 0 goto +338
 1184: r1 = *(u32 *)(r3 +0)
 1185: if r1 == 0 goto +336
 1186: r1 = *(u32 *)(r10 -232)
 1187: *(u32 *)(r10 -200) = r1
 1188: r2 = *(u32 *)(r10 -160)
 1189: r1 = *(u32 *)(r3 +8)
 1190: r2 &= r1
 1191: *(u32 *)(r10 -196) = r2
 1192: r2 = *(u32 *)(r10 -156)
 1193: r1 = *(u32 *)(r3 +12)
 1194: r2 &= r1
 1195: *(u32 *)(r10 -192) = r2
 1196: r2 = *(u32 *)(r10 -152)
 1197: r1 = *(u32 *)(r3 +16)
 1198: r2 &= r1
 1199: *(u32 *)(r10 -188) = r2
 1200: r2 = *(u32 *)(r10 -148)
 1201: r1 = *(u32 *)(r3 +20)
 1202: r2 &= r1
 1203: *(u32 *)(r10 -184) = r2
 1204: r1 = map[pipe_p0f_signatures] ll
 1206: r2 = r10
 1207: r2 += -200
 1208: call bpf_map_lookup_elem
 1209: r3 = r0
 1210: if r3 == 0 goto +6
 1211: r1 = *(u64 *)(r10 -224)
 1212: if r1 == 0 goto +3
 1213: r2 = *(u32 *)(r3 +4)
 1214: r1 = *(u32 *)(r1 +4)
 1215: if r2 <= r1 goto +1
 1216: *(u64 *)(r10 -224) = r3
 1217: r1 = *(u32 *)(r10 -232)
 1218: r1 += 1
 1219: *(u32 *)(r10 -232) = r1
 1220: r1 = map[pipe_p0f_signatures_masks] ll
 1222: r2 = r10
 1223: r2 += -232
 1224: call bpf_map_lookup_elem
 1225: r3 = r0
 1226: if r3 == 0 goto +295
 1227: r1 = *(u32 *)(r3 +0)
 1228: if r1 == 0 goto +293
 1229: r1 = *(u32 *)(r10 -232)
 1230: *(u32 *)(r10 -200) = r1
 1231: r2 = *(u32 *)(r10 -160)
 1232: r1 = *(u32 *)(r3 +8)
 1233: r2 &= r1
 1234: *(u32 *)(r10 -196) = r2
 1235: r2 = *(u32 *)(r10 -156)
 1236: r1 = *(u32 *)(r3 +12)
 1237: r2 &= r1
 1238: *(u32 *)(r10 -192) = r2
 1239: r2 = *(u32 *)(r10 -152)
 1240: r1 = *(u32 *)(r3 +16)
 1241: r2 &= r1
 1242: *(u32 *)(r10 -188) = r2
 1243: r2 = *(u32 *)(r10 -148)
 1244: r1 = *(u32 *)(r3 +20)
 1245: r2 &= r1
 1246: *(u32 *)(r10 -184) = r2
 1247: r1 = map[pipe_p0f_signatures] ll
 1249: r2 = r10
 1250: r2 += -200
 1251: call bpf_map_lookup_elem
 1252: r3 = r0
 1253: if r3 == 0 goto +6
 1254: r1 = *(u64 *)(r10 -224)
 1255: if r1 == 0 goto +3
 1256: r2 = *(u32 *)(r3 +4)
 1257: r1 = *(u32 *)(r1 +4)
 1258: if r2 <= r1 goto +1
 1259: *(u64 *)(r10 -224) = r3
 1260: r1 = *(u32 *)(r10 -232)
 1261: r1 += 1
 1262: *(u32 *)(r10 -232) = r1
 1263: r1 = map[pipe_p0f_signatures_masks] ll
 1265: r2 = r10
 1266: r2 += -232
 1267: call bpf_map_lookup_elem
 1268: r3 = r0
 1269: if r3 == 0 goto +252
 1270: r1 = *(u32 *)(r3 +0)
 1271: if r1 == 0 goto +250
 1272: r1 = *(u32 *)(r10 -232)
 1273: *(u32 *)(r10 -200) = r1
 1274: r2 = *(u32 *)(r10 -160)
 1275: r1 = *(u32 *)(r3 +8)
 1276: r2 &= r1
 1277: *(u32 *)(r10 -196) = r2
 1278: r2 = *(u32 *)(r10 -156)
 1279: r1 = *(u32 *)(r3 +12)
 1280: r2 &= r1
 1281: *(u32 *)(r10 -192) = r2
 1282: r2 = *(u32 *)(r10 -152)
 1283: r1 = *(u32 *)(r3 +16)
 1284: r2 &= r1
 1285: *(u32 *)(r10 -188) = r2
 1286: r2 = *(u32 *)(r10 -148)
 1287: r1 = *(u32 *)(r3 +20)
 1288: r2 &= r1
 1289: *(u32 *)(r10 -184) = r2
 1290: r1 = map[pipe_p0f_signatures] ll
 1292: r2 = r10
 1293: r2 += -200
 1294: call bpf_map_lookup_elem
 1295: r3 = r0
 1296: if r3 == 0 goto +6
 1297: r1 = *(u64 *)(r10 -224)
 1298: if r1 == 0 goto +3
 1299: r2 = *(u32 *)(r3 +4)
 1300: r1 = *(u32 *)(r1 +4)
 1301: if r2 <= r1 goto +1
 1302: *(u64 *)(r10 -224) = r3
 1303: r1 = *(u32 *)(r10 -232)
 1304: r1 += 1
 1305: *(u32 *)(r10 -232) = r1
 1306: r1 = map[pipe_p0f_signatures_masks] ll
 1308: r2 = r10
 1309: r2 += -232
 1310: call bpf_map_lookup_elem
 1311: r3 = r0
 1312: if r3 == 0 goto +209
 1313: r1 = *(u32 *)(r3 +0)
 1314: if r1 == 0 goto +207
 1315: r1 = *(u32 *)(r10 -232)
 1316: *(u32 *)(r10 -200) = r1
 1317: r2 = *(u32 *)(r10 -160)
 1318: r1 = *(u32 *)(r3 +8)
 1319: r2 &= r1
 1320: *(u32 *)(r10 -196) = r2
 1321: r2 = *(u32 *)(r10 -156)
 1322: r1 = *(u32 *)(r3 +12)
 1323: r2 &= r1
 1324: *(u32 *)(r10 -192) = r2
 1325: r2 = *(u32 *)(r10 -152)
 1326: r1 = *(u32 *)(r3 +16)
 1327: r2 &= r1
 1328: *(u32 *)(r10 -188) = r2
 1329: r2 = *(u32 *)(r10 -148)
 1330: r1 = *(u32 *)(r3 +20)
 1331: r2 &= r1
 1332: *(u32 *)(r10 -184) = r2
 1333: r1 = map[pipe_p0f_signatures] ll
 1335: r2 = r10
 1336: r2 += -200
 1337: call bpf_map_lookup_elem
 1338: r3 = r0
 1339: if r3 == 0 goto +6
 1340: r1 = *(u64 *)(r10 -224)
 1341: if r1 == 0 goto +3
 1342: r2 = *(u32 *)(r3 +4)
 1343: r1 = *(u32 *)(r1 +4)
 1344: if r2 <= r1 goto +1
 1345: *(u64 *)(r10 -224) = r3
 1346: r1 = *(u32 *)(r10 -232)
 1347: r1 += 1
 1348: *(u32 *)(r10 -232) = r1
 1349: r1 = map[pipe_p0f_signatures_masks] ll
 1351: r2 = r10
 1352: r2 += -232
 1353: call bpf_map_lookup_elem
 1354: r3 = r0
 1355: if r3 == 0 goto +166
 1356: r1 = *(u32 *)(r3 +0)
 1357: if r1 == 0 goto +164
 1358: r1 = *(u32 *)(r10 -232)
 1359: *(u32 *)(r10 -200) = r1
 1360: r2 = *(u32 *)(r10 -160)
 1361: r1 = *(u32 *)(r3 +8)
 1362: r2 &= r1
 1363: *(u32 *)(r10 -196) = r2
 1364: r2 = *(u32 *)(r10 -156)
 1365: r1 = *(u32 *)(r3 +12)
 1366: r2 &= r1
 1367: *(u32 *)(r10 -192) = r2
 1368: r2 = *(u32 *)(r10 -152)
 1369: r1 = *(u32 *)(r3 +16)
 1370: r2 &= r1
 1371: *(u32 *)(r10 -188) = r2
 1372: r2 = *(u32 *)(r10 -148)
 1373: r1 = *(u32 *)(r3 +20)
 1374: r2 &= r1
 1375: *(u32 *)(r10 -184) = r2
 1376: r1 = map[pipe_p0f_signatures] ll
 1378: r2 = r10
 1379: r2 += -200
 1380: call bpf_map_lookup_elem
 1381: r3 = r0
 1382: if r3 == 0 goto +6
 1383: r1 = *(u64 *)(r10 -224)
 1384: if r1 == 0 goto +3
 1385: r2 = *(u32 *)(r3 +4)
 1386: r1 = *(u32 *)(r1 +4)
 1387: if r2 <= r1 goto +1
 1388: *(u64 *)(r10 -224) = r3
 1389: r1 = *(u32 *)(r10 -232)
 1390: r1 += 1
 1391: *(u32 *)(r10 -232) = r1
 1392: r1 = map[pipe_p0f_signatures_masks] ll
 1394: r2 = r10
 1395: r2 += -232
 1396: call bpf_map_lookup_elem
 1397: r3 = r0
 1398: if r3 == 0 goto +123
 1399: r1 = *(u32 *)(r3 +0)
 1400: if r1 == 0 goto +121
 1401: r1 = *(u32 *)(r10 -232)
 1402: *(u32 *)(r10 -200) = r1
 1403: r2 = *(u32 *)(r10 -160)
 1404: r1 = *(u32 *)(r3 +8)
 1405: r2 &= r1
 1406: *(u32 *)(r10 -196) = r2
 1407: r2 = *(u32 *)(r10 -156)
 1408: r1 = *(u32 *)(r3 +12)
 1409: r2 &= r1
 1410: *(u32 *)(r10 -192) = r2
 1411: r2 = *(u32 *)(r10 -152)
 1412: r1 = *(u32 *)(r3 +16)
 1413: r2 &= r1
 1414: *(u32 *)(r10 -188) = r2
 1415: r2 = *(u32 *)(r10 -148)
 1416: r1 = *(u32 *)(r3 +20)
 1417: r2 &= r1
 1418: *(u32 *)(r10 -184) = r2
 1419: r1 = map[pipe_p0f_signatures] ll
 1421: r2 = r10
 1422: r2 += -200
 1423: call bpf_map_lookup_elem
 1424: r3 = r0
 1425: if r3 == 0 goto +6
 1426: r1 = *(u64 *)(r10 -224)
 1427: if r1 == 0 goto +3
 1428: r2 = *(u32 *)(r3 +4)
 1429: r1 = *(u32 *)(r1 +4)
 1430: if r2 <= r1 goto +1
 1431: *(u64 *)(r10 -224) = r3
 1432: r1 = *(u32 *)(r10 -232)
 1433: r1 += 1
 1434: *(u32 *)(r10 -232) = r1
 1435: r1 = map[pipe_p0f_signatures_masks] ll
 1437: r2 = r10
 1438: r2 += -232
 1439: call bpf_map_lookup_elem
 1440: r3 = r0
 1441: if r3 == 0 goto +80
 1442: r1 = *(u32 *)(r3 +0)
 1443: if r1 == 0 goto +78
 1444: r1 = *(u32 *)(r10 -232)
 1445: *(u32 *)(r10 -200) = r1
 1446: r2 = *(u32 *)(r10 -160)
 1447: r1 = *(u32 *)(r3 +8)
 1448: r2 &= r1
 1449: *(u32 *)(r10 -196) = r2
 1450: r2 = *(u32 *)(r10 -156)
 1451: r1 = *(u32 *)(r3 +12)
 1452: r2 &= r1
 1453: *(u32 *)(r10 -192) = r2
 1454: r2 = *(u32 *)(r10 -152)
 1455: r1 = *(u32 *)(r3 +16)
 1456: r2 &= r1
 1457: *(u32 *)(r10 -188) = r2
 1458: r2 = *(u32 *)(r10 -148)
 1459: r1 = *(u32 *)(r3 +20)
 1460: r2 &= r1
 1461: *(u32 *)(r10 -184) = r2
 1462: r1 = map[pipe_p0f_signatures] ll
 1464: r2 = r10
 1465: r2 += -200
 1466: call bpf_map_lookup_elem
 1467: r3 = r0
 1468: if r3 == 0 goto +6
 1469: r1 = *(u64 *)(r10 -224)
 1470: if r1 == 0 goto +3
 1471: r2 = *(u32 *)(r3 +4)
 1472: r1 = *(u32 *)(r1 +4)
 1473: if r2 <= r1 goto +1
 1474: *(u64 *)(r10 -224) = r3
 1475: r1 = *(u32 *)(r10 -232)
 1476: r1 += 1
 1477: *(u32 *)(r10 -232) = r1
 1478: r1 = map[pipe_p0f_signatures_masks] ll
 1480: r2 = r10
 1481: r2 += -232
 1482: call bpf_map_lookup_elem
 1483: r3 = r0
 1484: if r3 == 0 goto +37
 1485: r1 = *(u32 *)(r3 +0)
 1486: if r1 == 0 goto +35
 1487: r1 = *(u32 *)(r10 -232)
 1488: *(u32 *)(r10 -200) = r1
 1489: r2 = *(u32 *)(r10 -160)
 1490: r1 = *(u32 *)(r3 +8)
 1491: r2 &= r1
 1492: *(u32 *)(r10 -196) = r2
 1493: r2 = *(u32 *)(r10 -156)
 1494: r1 = *(u32 *)(r3 +12)
 1495: r2 &= r1
 1496: *(u32 *)(r10 -192) = r2
 1497: r2 = *(u32 *)(r10 -152)
 1498: r1 = *(u32 *)(r3 +16)
 1499: r2 &= r1
 1500: *(u32 *)(r10 -188) = r2
 1501: r2 = *(u32 *)(r10 -148)
 1502: r1 = *(u32 *)(r3 +20)
 1503: r2 &= r1
 1504: *(u32 *)(r10 -184) = r2
 1505: r1 = map[pipe_p0f_signatures] ll
 1507: r2 = r10
 1508: r2 += -200
 1509: call bpf_map_lookup_elem
 1510: r3 = r0
 1511: if r3 == 0 goto +6
 1512: r1 = *(u64 *)(r10 -224)
 1513: if r1 == 0 goto +3
 1514: r2 = *(u32 *)(r3 +4)
 1515: r1 = *(u32 *)(r1 +4)
 1516: if r2 <= r1 goto +1
 1517: *(u64 *)(r10 -224) = r3
 1518: r1 = *(u32 *)(r10 -232)
 1519: r1 += 1
 1520: *(u32 *)(r10 -232) = r1
 1521: if r1 < 32 goto -345
 1522: r1 = *(u64 *)(r10 -224)
 1523: if r1 != 0 goto +11
 1524: *(u32 *)(r10 -160) = 0
 1525: r1 = map[pipe_p0f_signatures_default] ll
 1527: r2 = r10
 1528: r2 += -160
 1529: call bpf_map_lookup_elem
 1530: r1 = r0
 1531: if r1 != 0 goto +4
 1532: r2 = 2
 1533: r1 = 0
 1534: goto +4
 1535: r1 = *(u64 *)(r10 -224)
 1536: r2 = *(u32 *)(r1 +0)
 1537: r1 = *(u32 *)(r1 +8)
 1538: r1 = be32 r1
 1539: if r2 == 0 goto +7
 1540: if r2 == 1 goto +2
 1541: if r2 == 2 goto +43
 1542: goto +42
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 1543: r1 = 1
      ; write var10, v45
 1544: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 1545: *(u32 *)(r10 -160) = 0
 1546: goto +2
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 1547: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 1548: *(u32 *)(r10 -160) = r1
 1549: r1 = map[pipe_os_stats] ll
 1551: r2 = r10
 1552: r2 += -160
 1553: call bpf_map_lookup_elem
 1554: r3 = r0
 1555: if r3 == 0 goto +29
 1556: r1 = *(u64 *)(r3 +0)
 1557: r1 += 1
 1558: *(u64 *)(r3 +0) = r1
 1559: r2 = *(u64 *)(r3 +8)
 1560: r1 = *(u32 *)(r10 -40)
 1561: r2 += r1
 1562: *(u64 *)(r3 +8) = r2
 1563: goto +21
      ; drop
 1564: r2 = *(u32 *)(r10 -36)
 1565: r1 = *(u32 *)(r10 -32)
 1566: *(u64 *)(r10 -240) = r2
 1567: *(u64 *)(r10 -248) = r1
 1568: r1 = *(u64 *)(r10 -8)
 1569: r2 = 0xfffffffffffffff8 ll
 1571: call bpf_xdp_adjust_meta
 1572: if r0 != 0 goto +10
 1573: r1 = *(u64 *)(r10 -8)
 1574: r3 = *(u32 *)(r1 +8)
 1575: r2 = *(u32 *)(r1 +0)
 1576: r1 = r3
 1577: r1 += 8
 1578: if r1 > r2 goto +4
 1579: r1 = *(u64 *)(r10 -240)
 1580: *(u32 *)(r3 +0) = r1
 1581: r1 = *(u64 *)(r10 -248)
 1582: *(u32 *)(r3 +4) = r1
 1583: r0 = 1
 1584: exit
      ; epilogue: verdict
 1585: r2 = *(u32 *)(r10 -36)
 1586: r1 = *(u32 *)(r10 -32)
 1587: *(u64 *)(r10 -256) = r2
 1588: *(u64 *)(r10 -264) = r1
 1589: r1 = *(u64 *)(r10 -8)
 1590: r2 = 0xfffffffffffffff8 ll
 1592: call bpf_xdp_adjust_meta
 1593: if r0 != 0 goto +10
 1594: r1 = *(u64 *)(r10 -8)
 1595: r3 = *(u32 *)(r1 +8)
 1596: r2 = *(u32 *)(r1 +0)
 1597: r1 = r3
 1598: r1 += 8
 1599: if r1 > r2 goto +4
 1600: r1 = *(u64 *)(r10 -256)
 1601: *(u32 *)(r3 +0) = r1
 1602: r1 = *(u64 *)(r10 -264)
 1603: *(u32 *)(r3 +4) = r1
 1604: r1 = *(u8 *)(r10 -23)
 1605: if r1 != 0 goto +2
 1606: r0 = 2
 1607: exit
 1608: if r1 != 2 goto +4
 1609: r1 = *(u32 *)(r10 -32)
 1610: r2 = 0
 1611: call bpf_redirect
 1612: exit
 1613: r0 = 1
 1614: exit
