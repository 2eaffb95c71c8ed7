; p0f for xdp: 1617 instructions, stack 264 bytes, 4 maps
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
   28: if r3 > 16383 goto +1537
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +1531
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
   43: if r2 > 16383 goto +1522
   44: r3 = r6
   45: r3 += r2
   46: r1 = r3
   47: r1 += 20
   48: if r1 <= r7 goto +1
   49: goto +1516
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
   60: if r1 == 0 goto +1505
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
   69: if r1 != 0 goto +1496
   70: r1 = r2
   71: r1 >>= 3
   72: r2 = *(u64 *)(r10 -16)
   73: r2 += r1
   74: if r2 > 16383 goto +1491
   75: r1 = r6
   76: r1 += r2
   77: if r1 <= r7 goto +1
   78: goto +1487
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
   85: r3 = *(u64 *)(r10 -16)
   86: if r3 > 16383 goto +1479
   87: r2 = r6
   88: r2 += r3
   89: r1 = r2
   90: r1 += 20
   91: if r1 <= r7 goto +1
   92: goto +1473
   93: r1 = r3
   94: r1 += 1
   95: *(u32 *)(r10 -96) = r1
   96: r3 += 20
   97: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
   98: r3 = *(u8 *)(r2 +12)
   99: r3 >>= 4
  100: r3 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  101: r1 = 1
  102: if r3 >= 5 goto +1
  103: r1 = 0
      ; verify v14, error HeaderTooShort
  104: if r1 == 0 goto +1461
      ; v15: bit<4> = read_field hdr2.dataOffset
  105: r1 = *(u8 *)(r2 +12)
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
  113: r1 = *(u8 *)(r2 +13)
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
  121: if r3 > 16383 goto +1444
  122: r2 = r6
  123: r2 += r3
  124: r1 = r2
  125: r1 += 1
  126: if r1 <= r7 goto +1
  127: goto +1438
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
  147: if r1 > 16383 goto +1418
  148: r2 = r6
  149: r2 += r1
  150: r1 = r2
  151: r1 += 1
  152: if r1 <= r7 goto +1
  153: goto +1412
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
  160: if r1 == 0 goto +1405
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
  168: if r1 != 0 goto +1397
  169: r1 = r2
  170: r1 >>= 3
  171: r2 = *(u64 *)(r10 -16)
  172: r2 += r1
  173: if r2 > 16383 goto +1392
  174: r1 = r6
  175: r1 += r2
  176: if r1 <= r7 goto +1
  177: goto +1388
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
  186: if r2 > 16383 goto +1379
  187: r1 = r6
  188: r1 += r2
  189: r1 += 2
  190: if r1 <= r7 goto +1
  191: goto +1374
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
  203: if r2 > 16383 goto +1362
  204: r1 = r6
  205: r1 += r2
  206: r1 += 3
  207: if r1 <= r7 goto +1
  208: goto +1357
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
  223: if r3 > 16383 goto +1342
  224: r2 = r6
  225: r2 += r3
  226: r1 = r2
  227: r1 += 1
  228: if r1 <= r7 goto +1
  229: goto +1336
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
  249: if r1 > 16383 goto +1316
  250: r2 = r6
  251: r2 += r1
  252: r1 = r2
  253: r1 += 1
  254: if r1 <= r7 goto +1
  255: goto +1310
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
  262: if r1 == 0 goto +1303
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
  270: if r1 != 0 goto +1295
  271: r1 = r2
  272: r1 >>= 3
  273: r2 = *(u64 *)(r10 -16)
  274: r2 += r1
  275: if r2 > 16383 goto +1290
  276: r1 = r6
  277: r1 += r2
  278: if r1 <= r7 goto +1
  279: goto +1286
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
  288: if r2 > 16383 goto +1277
  289: r1 = r6
  290: r1 += r2
  291: r1 += 2
  292: if r1 <= r7 goto +1
  293: goto +1272
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
  305: if r2 > 16383 goto +1260
  306: r1 = r6
  307: r1 += r2
  308: r1 += 3
  309: if r1 <= r7 goto +1
  310: goto +1255
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
  325: if r3 > 16383 goto +1240
  326: r2 = r6
  327: r2 += r3
  328: r1 = r2
  329: r1 += 1
  330: if r1 <= r7 goto +1
  331: goto +1234
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
  351: if r1 > 16383 goto +1214
  352: r2 = r6
  353: r2 += r1
  354: r1 = r2
  355: r1 += 1
  356: if r1 <= r7 goto +1
  357: goto +1208
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
  364: if r1 == 0 goto +1201
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
  372: if r1 != 0 goto +1193
  373: r1 = r2
  374: r1 >>= 3
  375: r2 = *(u64 *)(r10 -16)
  376: r2 += r1
  377: if r2 > 16383 goto +1188
  378: r1 = r6
  379: r1 += r2
  380: if r1 <= r7 goto +1
  381: goto +1184
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
  390: if r2 > 16383 goto +1175
  391: r1 = r6
  392: r1 += r2
  393: r1 += 2
  394: if r1 <= r7 goto +1
  395: goto +1170
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
  407: if r2 > 16383 goto +1158
  408: r1 = r6
  409: r1 += r2
  410: r1 += 3
  411: if r1 <= r7 goto +1
  412: goto +1153
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
  427: if r3 > 16383 goto +1138
  428: r2 = r6
  429: r2 += r3
  430: r1 = r2
  431: r1 += 1
  432: if r1 <= r7 goto +1
  433: goto +1132
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
  453: if r1 > 16383 goto +1112
  454: r2 = r6
  455: r2 += r1
  456: r1 = r2
  457: r1 += 1
  458: if r1 <= r7 goto +1
  459: goto +1106
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
  466: if r1 == 0 goto +1099
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
  474: if r1 != 0 goto +1091
  475: r1 = r2
  476: r1 >>= 3
  477: r2 = *(u64 *)(r10 -16)
  478: r2 += r1
  479: if r2 > 16383 goto +1086
  480: r1 = r6
  481: r1 += r2
  482: if r1 <= r7 goto +1
  483: goto +1082
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
  492: if r2 > 16383 goto +1073
  493: r1 = r6
  494: r1 += r2
  495: r1 += 2
  496: if r1 <= r7 goto +1
  497: goto +1068
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
  509: if r2 > 16383 goto +1056
  510: r1 = r6
  511: r1 += r2
  512: r1 += 3
  513: if r1 <= r7 goto +1
  514: goto +1051
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
  529: if r3 > 16383 goto +1036
  530: r2 = r6
  531: r2 += r3
  532: r1 = r2
  533: r1 += 1
  534: if r1 <= r7 goto +1
  535: goto +1030
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
  555: if r1 > 16383 goto +1010
  556: r2 = r6
  557: r2 += r1
  558: r1 = r2
  559: r1 += 1
  560: if r1 <= r7 goto +1
  561: goto +1004
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
  568: if r1 == 0 goto +997
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
  576: if r1 != 0 goto +989
  577: r1 = r2
  578: r1 >>= 3
  579: r2 = *(u64 *)(r10 -16)
  580: r2 += r1
  581: if r2 > 16383 goto +984
  582: r1 = r6
  583: r1 += r2
  584: if r1 <= r7 goto +1
  585: goto +980
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
  594: if r2 > 16383 goto +971
  595: r1 = r6
  596: r1 += r2
  597: r1 += 2
  598: if r1 <= r7 goto +1
  599: goto +966
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
  611: if r2 > 16383 goto +954
  612: r1 = r6
  613: r1 += r2
  614: r1 += 3
  615: if r1 <= r7 goto +1
  616: goto +949
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
  631: if r3 > 16383 goto +934
  632: r2 = r6
  633: r2 += r3
  634: r1 = r2
  635: r1 += 1
  636: if r1 <= r7 goto +1
  637: goto +928
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
  657: if r1 > 16383 goto +908
  658: r2 = r6
  659: r2 += r1
  660: r1 = r2
  661: r1 += 1
  662: if r1 <= r7 goto +1
  663: goto +902
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
  670: if r1 == 0 goto +895
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
  678: if r1 != 0 goto +887
  679: r1 = r2
  680: r1 >>= 3
  681: r2 = *(u64 *)(r10 -16)
  682: r2 += r1
  683: if r2 > 16383 goto +882
  684: r1 = r6
  685: r1 += r2
  686: if r1 <= r7 goto +1
  687: goto +878
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
  696: if r2 > 16383 goto +869
  697: r1 = r6
  698: r1 += r2
  699: r1 += 2
  700: if r1 <= r7 goto +1
  701: goto +864
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
  713: if r2 > 16383 goto +852
  714: r1 = r6
  715: r1 += r2
  716: r1 += 3
  717: if r1 <= r7 goto +1
  718: goto +847
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
  733: if r3 > 16383 goto +832
  734: r2 = r6
  735: r2 += r3
  736: r1 = r2
  737: r1 += 1
  738: if r1 <= r7 goto +1
  739: goto +826
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
  759: if r1 > 16383 goto +806
  760: r2 = r6
  761: r2 += r1
  762: r1 = r2
  763: r1 += 1
  764: if r1 <= r7 goto +1
  765: goto +800
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
  772: if r1 == 0 goto +793
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
  780: if r1 != 0 goto +785
  781: r1 = r2
  782: r1 >>= 3
  783: r2 = *(u64 *)(r10 -16)
  784: r2 += r1
  785: if r2 > 16383 goto +780
  786: r1 = r6
  787: r1 += r2
  788: if r1 <= r7 goto +1
  789: goto +776
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
  798: if r2 > 16383 goto +767
  799: r1 = r6
  800: r1 += r2
  801: r1 += 2
  802: if r1 <= r7 goto +1
  803: goto +762
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
  815: if r2 > 16383 goto +750
  816: r1 = r6
  817: r1 += r2
  818: r1 += 3
  819: if r1 <= r7 goto +1
  820: goto +745
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
  835: if r3 > 16383 goto +730
  836: r2 = r6
  837: r2 += r3
  838: r1 = r2
  839: r1 += 1
  840: if r1 <= r7 goto +1
  841: goto +724
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
  861: if r1 > 16383 goto +704
  862: r2 = r6
  863: r2 += r1
  864: r1 = r2
  865: r1 += 1
  866: if r1 <= r7 goto +1
  867: goto +698
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
  874: if r1 == 0 goto +691
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
  882: if r1 != 0 goto +683
  883: r1 = r2
  884: r1 >>= 3
  885: r2 = *(u64 *)(r10 -16)
  886: r2 += r1
  887: if r2 > 16383 goto +678
  888: r1 = r6
  889: r1 += r2
  890: if r1 <= r7 goto +1
  891: goto +674
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
  900: if r2 > 16383 goto +665
  901: r1 = r6
  902: r1 += r2
  903: r1 += 2
  904: if r1 <= r7 goto +1
  905: goto +660
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
  917: if r2 > 16383 goto +648
  918: r1 = r6
  919: r1 += r2
  920: r1 += 3
  921: if r1 <= r7 goto +1
  922: goto +643
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
  935: if r1 != 8 goto +630
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  936: r4 = *(u32 *)(r10 -96)
  937: if r4 == 0 goto +1
  938: r4 = 1
      ; v1: bool = not v0
  939: r4 ^= 1
      ; v2: bit<8> = read_field hdr2.flags
  940: r1 = *(u32 *)(r10 -96)
  941: if r1 == 0 goto +7
  942: r1 -= 1
  943: if r1 > 16383 goto +5
  944: r3 = r6
  945: r3 += r1
  946: r1 = r3
  947: r1 += 20
  948: if r1 <= r7 goto +1
  949: r3 = 0
  950: r1 = 0
  951: if r3 == 0 goto +1
  952: r1 = *(u8 *)(r3 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  953: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
  954: r2 = 1
  955: if r1 != 2 goto +1
  956: r2 = 0
      ; v7: bool = logical_or v1, v6
  957: r1 = r4
  958: r1 |= r2
  959: if r1 != 0 goto +627
      ; v8: bit<16> = read_field hdr11.mss
  960: r1 = *(u32 *)(r10 -60)
  961: if r1 == 0 goto +7
  962: r1 -= 1
  963: if r1 > 16383 goto +5
  964: r2 = r6
  965: r2 += r1
  966: r1 = r2
  967: r1 += 3
  968: if r1 <= r7 goto +1
  969: r2 = 0
  970: r1 = 0
  971: if r2 == 0 goto +1
  972: r1 = *(u16 *)(r2 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
  973: r8 = 1
  974: if r1 != 0 goto +1
  975: r8 = 0
      ; v11: bit<16> = read_field hdr2.window
  976: r9 = 0
  977: if r3 == 0 goto +1
  978: r9 = *(u16 *)(r3 +14)
  979: r9 = be16 r9
      ; v12: bit<16> = read_field hdr11.mss
  980: r4 = 0
  981: if r2 == 0 goto +1
  982: r4 = *(u16 *)(r2 +1)
  983: r4 = be16 r4
      ; v13: bit<16> = mod v11, v12
  984: r1 = 0
  985: if r4 == 0 goto +2
  986: r1 = r9
  987: r1 %= r4
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
  988: r4 = 1
  989: if r1 == 0 goto +1
  990: r4 = 0
      ; v16: bool = logical_and v10, v15
  991: r1 = r8
  992: r1 &= r4
  993: if r1 == 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
  994: r8 = 0
  995: if r3 == 0 goto +1
  996: r8 = *(u16 *)(r3 +14)
  997: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
  998: r4 = 0
  999: if r2 == 0 goto +1
 1000: r4 = *(u16 *)(r2 +1)
 1001: r4 = be16 r4
      ; v19: bit<16> = div v17, v18
 1002: r1 = 0
 1003: if r4 == 0 goto +2
 1004: r1 = r8
 1005: r1 /= r4
      ; write var4, v19
 1006: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
 1007: r1 = *(u32 *)(r10 -92)
 1008: if r1 == 0 goto +7
 1009: r1 -= 1
 1010: if r1 > 16383 goto +5
 1011: r4 = r6
 1012: r4 += r1
 1013: r1 = r4
 1014: r1 += 1
 1015: if r1 <= r7 goto +1
 1016: r4 = 0
 1017: r9 = 0
 1018: if r4 == 0 goto +1
 1019: r9 = *(u8 *)(r4 +0)
      ; v21: bit<8> = read_field hdr4.kind
 1020: r1 = *(u32 *)(r10 -88)
 1021: if r1 == 0 goto +7
 1022: r1 -= 1
 1023: if r1 > 16383 goto +5
 1024: r4 = r6
 1025: r4 += r1
 1026: r1 = r4
 1027: r1 += 1
 1028: if r1 <= r7 goto +1
 1029: r4 = 0
 1030: r1 = 0
 1031: if r4 == 0 goto +1
 1032: r1 = *(u8 *)(r4 +0)
      ; v22: bit<16> = concat v20, v21
 1033: r9 <<= 8
 1034: r9 |= r1
      ; v23: bit<8> = read_field hdr5.kind
 1035: r1 = *(u32 *)(r10 -84)
 1036: if r1 == 0 goto +7
 1037: r1 -= 1
 1038: if r1 > 16383 goto +5
 1039: r4 = r6
 1040: r4 += r1
 1041: r1 = r4
 1042: r1 += 1
 1043: if r1 <= r7 goto +1
 1044: r4 = 0
 1045: r1 = 0
 1046: if r4 == 0 goto +1
 1047: r1 = *(u8 *)(r4 +0)
      ; v24: bit<24> = concat v22, v23
 1048: r9 <<= 8
 1049: r9 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1050: r1 = *(u32 *)(r10 -80)
 1051: if r1 == 0 goto +7
 1052: r1 -= 1
 1053: if r1 > 16383 goto +5
 1054: r4 = r6
 1055: r4 += r1
 1056: r1 = r4
 1057: r1 += 1
 1058: if r1 <= r7 goto +1
 1059: r4 = 0
 1060: r1 = 0
 1061: if r4 == 0 goto +1
 1062: r1 = *(u8 *)(r4 +0)
      ; v26: bit<32> = concat v24, v25
 1063: r9 <<= 8
 1064: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1065: r1 = *(u32 *)(r10 -76)
 1066: if r1 == 0 goto +7
 1067: r1 -= 1
 1068: if r1 > 16383 goto +5
 1069: r4 = r6
 1070: r4 += r1
 1071: r1 = r4
 1072: r1 += 1
 1073: if r1 <= r7 goto +1
 1074: r4 = 0
 1075: r1 = 0
 1076: if r4 == 0 goto +1
 1077: r1 = *(u8 *)(r4 +0)
      ; v28: bit<40> = concat v26, v27
 1078: r9 <<= 8
 1079: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1080: r1 = *(u32 *)(r10 -72)
 1081: if r1 == 0 goto +7
 1082: r1 -= 1
 1083: if r1 > 16383 goto +5
 1084: r4 = r6
 1085: r4 += r1
 1086: r1 = r4
 1087: r1 += 1
 1088: if r1 <= r7 goto +1
 1089: r4 = 0
 1090: r1 = 0
 1091: if r4 == 0 goto +1
 1092: r1 = *(u8 *)(r4 +0)
      ; v30: bit<48> = concat v28, v29
 1093: r9 <<= 8
 1094: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1095: r1 = *(u32 *)(r10 -68)
 1096: if r1 == 0 goto +7
 1097: r1 -= 1
 1098: if r1 > 16383 goto +5
 1099: r4 = r6
 1100: r4 += r1
 1101: r1 = r4
 1102: r1 += 1
 1103: if r1 <= r7 goto +1
 1104: r4 = 0
 1105: r1 = 0
 1106: if r4 == 0 goto +1
 1107: r1 = *(u8 *)(r4 +0)
      ; v32: bit<56> = concat v30, v31
 1108: r9 <<= 8
 1109: r9 |= r1
      ; v33: bit<8> = read_field hdr10.kind
 1110: r1 = *(u32 *)(r10 -64)
 1111: if r1 == 0 goto +7
 1112: r1 -= 1
 1113: if r1 > 16383 goto +5
 1114: r8 = r6
 1115: r8 += r1
 1116: r1 = r8
 1117: r1 += 1
 1118: if r1 <= r7 goto +1
 1119: r8 = 0
 1120: r4 = 0
 1121: if r8 == 0 goto +1
 1122: r4 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1123: r1 = r9
 1124: r1 <<= 8
 1125: r1 |= r4
      ; write var5, v34
 1126: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1127: r1 = *(u32 *)(r10 -100)
 1128: if r1 == 0 goto +7
 1129: r1 -= 1
 1130: if r1 > 16383 goto +5
 1131: r4 = r6
 1132: r4 += r1
 1133: r1 = r4
 1134: r1 += 20
 1135: if r1 <= r7 goto +1
 1136: r4 = 0
 1137: r9 = 0
 1138: if r4 == 0 goto +1
 1139: r9 = *(u8 *)(r4 +8)
      ; v36: bit<16> = read_field hdr2.window
 1140: r1 = 0
 1141: if r3 == 0 goto +1
 1142: r1 = *(u16 *)(r3 +14)
      ; v37: bit<16> = read var4
 1143: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1144: r4 = 0
 1145: if r2 == 0 goto +1
 1146: r4 = *(u16 *)(r2 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1147: r3 = *(u32 *)(r10 -56)
 1148: if r3 == 0 goto +7
 1149: r3 -= 1
 1150: if r3 > 16383 goto +5
 1151: r2 = r6
 1152: r2 += r3
 1153: r3 = r2
 1154: r3 += 2
 1155: if r3 <= r7 goto +1
 1156: r2 = 0
 1157: r3 = 0
 1158: if r2 == 0 goto +1
 1159: r3 = *(u8 *)(r2 +1)
      ; v40: bit<64> = read var5
 1160: r2 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1161: *(u8 *)(r10 -160) = r9
 1162: *(u8 *)(r10 -159) = r1
 1163: r1 >>= 8
 1164: *(u8 *)(r10 -158) = r1
 1165: r1 = r8
 1166: *(u8 *)(r10 -156) = r1
 1167: r1 >>= 8
 1168: *(u8 *)(r10 -157) = r1
 1169: r1 = r4
 1170: *(u8 *)(r10 -155) = r1
 1171: r1 >>= 8
 1172: *(u8 *)(r10 -154) = r1
 1173: *(u8 *)(r10 -153) = r3
 1174: r1 = r2
 1175: r1 = be64 r1
 1176: *(u64 *)(r10 -152) = r1
 1177: *(u64 *)(r10 -224) = 0
 1178: *(u32 *)(r10 -232) = 0
 1179: r1 = map[pipe_p0f_signatures_masks] ll
 1181: r2 = r10
 1182: r2 += -232
 1183: call bpf_map_lookup_elem
 1184: r3 = r0
 1185: if r3 == 0 goto +338
 1186: r1 = *(u32 *)(r3 +0)
 1187: if r1 == 0 goto +336
 1188: r1 = *(u32 *)(r10 -232)
 1189: *(u32 *)(r10 -200) = r1
 1190: r2 = *(u32 *)(r10 -160)
 1191: r1 = *(u32 *)(r3 +8)
 1192: r2 &= r1
 1193: *(u32 *)(r10 -196) = r2
 1194: r2 = *(u32 *)(r10 -156)
 1195: r1 = *(u32 *)(r3 +12)
 1196: r2 &= r1
 1197: *(u32 *)(r10 -192) = r2
 1198: r2 = *(u32 *)(r10 -152)
 1199: r1 = *(u32 *)(r3 +16)
 1200: r2 &= r1
 1201: *(u32 *)(r10 -188) = r2
 1202: r2 = *(u32 *)(r10 -148)
 1203: r1 = *(u32 *)(r3 +20)
 1204: r2 &= r1
 1205: *(u32 *)(r10 -184) = r2
 1206: r1 = map[pipe_p0f_signatures] ll
 1208: r2 = r10
 1209: r2 += -200
 1210: call bpf_map_lookup_elem
 1211: r3 = r0
 1212: if r3 == 0 goto +6
 1213: r1 = *(u64 *)(r10 -224)
 1214: if r1 == 0 goto +3
 1215: r2 = *(u32 *)(r3 +4)
 1216: r1 = *(u32 *)(r1 +4)
 1217: if r2 <= r1 goto +1
 1218: *(u64 *)(r10 -224) = r3
 1219: r1 = *(u32 *)(r10 -232)
 1220: r1 += 1
 1221: *(u32 *)(r10 -232) = r1
 1222: r1 = map[pipe_p0f_signatures_masks] ll
 1224: r2 = r10
 1225: r2 += -232
 1226: call bpf_map_lookup_elem
 1227: r3 = r0
 1228: if r3 == 0 goto +295
 1229: r1 = *(u32 *)(r3 +0)
 1230: if r1 == 0 goto +293
 1231: r1 = *(u32 *)(r10 -232)
 1232: *(u32 *)(r10 -200) = r1
 1233: r2 = *(u32 *)(r10 -160)
 1234: r1 = *(u32 *)(r3 +8)
 1235: r2 &= r1
 1236: *(u32 *)(r10 -196) = r2
 1237: r2 = *(u32 *)(r10 -156)
 1238: r1 = *(u32 *)(r3 +12)
 1239: r2 &= r1
 1240: *(u32 *)(r10 -192) = r2
 1241: r2 = *(u32 *)(r10 -152)
 1242: r1 = *(u32 *)(r3 +16)
 1243: r2 &= r1
 1244: *(u32 *)(r10 -188) = r2
 1245: r2 = *(u32 *)(r10 -148)
 1246: r1 = *(u32 *)(r3 +20)
 1247: r2 &= r1
 1248: *(u32 *)(r10 -184) = r2
 1249: r1 = map[pipe_p0f_signatures] ll
 1251: r2 = r10
 1252: r2 += -200
 1253: call bpf_map_lookup_elem
 1254: r3 = r0
 1255: if r3 == 0 goto +6
 1256: r1 = *(u64 *)(r10 -224)
 1257: if r1 == 0 goto +3
 1258: r2 = *(u32 *)(r3 +4)
 1259: r1 = *(u32 *)(r1 +4)
 1260: if r2 <= r1 goto +1
 1261: *(u64 *)(r10 -224) = r3
 1262: r1 = *(u32 *)(r10 -232)
 1263: r1 += 1
 1264: *(u32 *)(r10 -232) = r1
 1265: r1 = map[pipe_p0f_signatures_masks] ll
 1267: r2 = r10
 1268: r2 += -232
 1269: call bpf_map_lookup_elem
 1270: r3 = r0
 1271: if r3 == 0 goto +252
 1272: r1 = *(u32 *)(r3 +0)
 1273: if r1 == 0 goto +250
 1274: r1 = *(u32 *)(r10 -232)
 1275: *(u32 *)(r10 -200) = r1
 1276: r2 = *(u32 *)(r10 -160)
 1277: r1 = *(u32 *)(r3 +8)
 1278: r2 &= r1
 1279: *(u32 *)(r10 -196) = r2
 1280: r2 = *(u32 *)(r10 -156)
 1281: r1 = *(u32 *)(r3 +12)
 1282: r2 &= r1
 1283: *(u32 *)(r10 -192) = r2
 1284: r2 = *(u32 *)(r10 -152)
 1285: r1 = *(u32 *)(r3 +16)
 1286: r2 &= r1
 1287: *(u32 *)(r10 -188) = r2
 1288: r2 = *(u32 *)(r10 -148)
 1289: r1 = *(u32 *)(r3 +20)
 1290: r2 &= r1
 1291: *(u32 *)(r10 -184) = r2
 1292: r1 = map[pipe_p0f_signatures] ll
 1294: r2 = r10
 1295: r2 += -200
 1296: call bpf_map_lookup_elem
 1297: r3 = r0
 1298: if r3 == 0 goto +6
 1299: r1 = *(u64 *)(r10 -224)
 1300: if r1 == 0 goto +3
 1301: r2 = *(u32 *)(r3 +4)
 1302: r1 = *(u32 *)(r1 +4)
 1303: if r2 <= r1 goto +1
 1304: *(u64 *)(r10 -224) = r3
 1305: r1 = *(u32 *)(r10 -232)
 1306: r1 += 1
 1307: *(u32 *)(r10 -232) = r1
 1308: r1 = map[pipe_p0f_signatures_masks] ll
 1310: r2 = r10
 1311: r2 += -232
 1312: call bpf_map_lookup_elem
 1313: r3 = r0
 1314: if r3 == 0 goto +209
 1315: r1 = *(u32 *)(r3 +0)
 1316: if r1 == 0 goto +207
 1317: r1 = *(u32 *)(r10 -232)
 1318: *(u32 *)(r10 -200) = r1
 1319: r2 = *(u32 *)(r10 -160)
 1320: r1 = *(u32 *)(r3 +8)
 1321: r2 &= r1
 1322: *(u32 *)(r10 -196) = r2
 1323: r2 = *(u32 *)(r10 -156)
 1324: r1 = *(u32 *)(r3 +12)
 1325: r2 &= r1
 1326: *(u32 *)(r10 -192) = r2
 1327: r2 = *(u32 *)(r10 -152)
 1328: r1 = *(u32 *)(r3 +16)
 1329: r2 &= r1
 1330: *(u32 *)(r10 -188) = r2
 1331: r2 = *(u32 *)(r10 -148)
 1332: r1 = *(u32 *)(r3 +20)
 1333: r2 &= r1
 1334: *(u32 *)(r10 -184) = r2
 1335: r1 = map[pipe_p0f_signatures] ll
 1337: r2 = r10
 1338: r2 += -200
 1339: call bpf_map_lookup_elem
 1340: r3 = r0
 1341: if r3 == 0 goto +6
 1342: r1 = *(u64 *)(r10 -224)
 1343: if r1 == 0 goto +3
 1344: r2 = *(u32 *)(r3 +4)
 1345: r1 = *(u32 *)(r1 +4)
 1346: if r2 <= r1 goto +1
 1347: *(u64 *)(r10 -224) = r3
 1348: r1 = *(u32 *)(r10 -232)
 1349: r1 += 1
 1350: *(u32 *)(r10 -232) = r1
 1351: r1 = map[pipe_p0f_signatures_masks] ll
 1353: r2 = r10
 1354: r2 += -232
 1355: call bpf_map_lookup_elem
 1356: r3 = r0
 1357: if r3 == 0 goto +166
 1358: r1 = *(u32 *)(r3 +0)
 1359: if r1 == 0 goto +164
 1360: r1 = *(u32 *)(r10 -232)
 1361: *(u32 *)(r10 -200) = r1
 1362: r2 = *(u32 *)(r10 -160)
 1363: r1 = *(u32 *)(r3 +8)
 1364: r2 &= r1
 1365: *(u32 *)(r10 -196) = r2
 1366: r2 = *(u32 *)(r10 -156)
 1367: r1 = *(u32 *)(r3 +12)
 1368: r2 &= r1
 1369: *(u32 *)(r10 -192) = r2
 1370: r2 = *(u32 *)(r10 -152)
 1371: r1 = *(u32 *)(r3 +16)
 1372: r2 &= r1
 1373: *(u32 *)(r10 -188) = r2
 1374: r2 = *(u32 *)(r10 -148)
 1375: r1 = *(u32 *)(r3 +20)
 1376: r2 &= r1
 1377: *(u32 *)(r10 -184) = r2
 1378: r1 = map[pipe_p0f_signatures] ll
 1380: r2 = r10
 1381: r2 += -200
 1382: call bpf_map_lookup_elem
 1383: r3 = r0
 1384: if r3 == 0 goto +6
 1385: r1 = *(u64 *)(r10 -224)
 1386: if r1 == 0 goto +3
 1387: r2 = *(u32 *)(r3 +4)
 1388: r1 = *(u32 *)(r1 +4)
 1389: if r2 <= r1 goto +1
 1390: *(u64 *)(r10 -224) = r3
 1391: r1 = *(u32 *)(r10 -232)
 1392: r1 += 1
 1393: *(u32 *)(r10 -232) = r1
 1394: r1 = map[pipe_p0f_signatures_masks] ll
 1396: r2 = r10
 1397: r2 += -232
 1398: call bpf_map_lookup_elem
 1399: r3 = r0
 1400: if r3 == 0 goto +123
 1401: r1 = *(u32 *)(r3 +0)
 1402: if r1 == 0 goto +121
 1403: r1 = *(u32 *)(r10 -232)
 1404: *(u32 *)(r10 -200) = r1
 1405: r2 = *(u32 *)(r10 -160)
 1406: r1 = *(u32 *)(r3 +8)
 1407: r2 &= r1
 1408: *(u32 *)(r10 -196) = r2
 1409: r2 = *(u32 *)(r10 -156)
 1410: r1 = *(u32 *)(r3 +12)
 1411: r2 &= r1
 1412: *(u32 *)(r10 -192) = r2
 1413: r2 = *(u32 *)(r10 -152)
 1414: r1 = *(u32 *)(r3 +16)
 1415: r2 &= r1
 1416: *(u32 *)(r10 -188) = r2
 1417: r2 = *(u32 *)(r10 -148)
 1418: r1 = *(u32 *)(r3 +20)
 1419: r2 &= r1
 1420: *(u32 *)(r10 -184) = r2
 1421: r1 = map[pipe_p0f_signatures] ll
 1423: r2 = r10
 1424: r2 += -200
 1425: call bpf_map_lookup_elem
 1426: r3 = r0
 1427: if r3 == 0 goto +6
 1428: r1 = *(u64 *)(r10 -224)
 1429: if r1 == 0 goto +3
 1430: r2 = *(u32 *)(r3 +4)
 1431: r1 = *(u32 *)(r1 +4)
 1432: if r2 <= r1 goto +1
 1433: *(u64 *)(r10 -224) = r3
 1434: r1 = *(u32 *)(r10 -232)
 1435: r1 += 1
 1436: *(u32 *)(r10 -232) = r1
 1437: r1 = map[pipe_p0f_signatures_masks] ll
 1439: r2 = r10
 1440: r2 += -232
 1441: call bpf_map_lookup_elem
 1442: r3 = r0
 1443: if r3 == 0 goto +80
 1444: r1 = *(u32 *)(r3 +0)
 1445: if r1 == 0 goto +78
 1446: r1 = *(u32 *)(r10 -232)
 1447: *(u32 *)(r10 -200) = r1
 1448: r2 = *(u32 *)(r10 -160)
 1449: r1 = *(u32 *)(r3 +8)
 1450: r2 &= r1
 1451: *(u32 *)(r10 -196) = r2
 1452: r2 = *(u32 *)(r10 -156)
 1453: r1 = *(u32 *)(r3 +12)
 1454: r2 &= r1
 1455: *(u32 *)(r10 -192) = r2
 1456: r2 = *(u32 *)(r10 -152)
 1457: r1 = *(u32 *)(r3 +16)
 1458: r2 &= r1
 1459: *(u32 *)(r10 -188) = r2
 1460: r2 = *(u32 *)(r10 -148)
 1461: r1 = *(u32 *)(r3 +20)
 1462: r2 &= r1
 1463: *(u32 *)(r10 -184) = r2
 1464: r1 = map[pipe_p0f_signatures] ll
 1466: r2 = r10
 1467: r2 += -200
 1468: call bpf_map_lookup_elem
 1469: r3 = r0
 1470: if r3 == 0 goto +6
 1471: r1 = *(u64 *)(r10 -224)
 1472: if r1 == 0 goto +3
 1473: r2 = *(u32 *)(r3 +4)
 1474: r1 = *(u32 *)(r1 +4)
 1475: if r2 <= r1 goto +1
 1476: *(u64 *)(r10 -224) = r3
 1477: r1 = *(u32 *)(r10 -232)
 1478: r1 += 1
 1479: *(u32 *)(r10 -232) = r1
 1480: r1 = map[pipe_p0f_signatures_masks] ll
 1482: r2 = r10
 1483: r2 += -232
 1484: call bpf_map_lookup_elem
 1485: r3 = r0
 1486: if r3 == 0 goto +37
 1487: r1 = *(u32 *)(r3 +0)
 1488: if r1 == 0 goto +35
 1489: r1 = *(u32 *)(r10 -232)
 1490: *(u32 *)(r10 -200) = r1
 1491: r2 = *(u32 *)(r10 -160)
 1492: r1 = *(u32 *)(r3 +8)
 1493: r2 &= r1
 1494: *(u32 *)(r10 -196) = r2
 1495: r2 = *(u32 *)(r10 -156)
 1496: r1 = *(u32 *)(r3 +12)
 1497: r2 &= r1
 1498: *(u32 *)(r10 -192) = r2
 1499: r2 = *(u32 *)(r10 -152)
 1500: r1 = *(u32 *)(r3 +16)
 1501: r2 &= r1
 1502: *(u32 *)(r10 -188) = r2
 1503: r2 = *(u32 *)(r10 -148)
 1504: r1 = *(u32 *)(r3 +20)
 1505: r2 &= r1
 1506: *(u32 *)(r10 -184) = r2
 1507: r1 = map[pipe_p0f_signatures] ll
 1509: r2 = r10
 1510: r2 += -200
 1511: call bpf_map_lookup_elem
 1512: r3 = r0
 1513: if r3 == 0 goto +6
 1514: r1 = *(u64 *)(r10 -224)
 1515: if r1 == 0 goto +3
 1516: r2 = *(u32 *)(r3 +4)
 1517: r1 = *(u32 *)(r1 +4)
 1518: if r2 <= r1 goto +1
 1519: *(u64 *)(r10 -224) = r3
 1520: r1 = *(u32 *)(r10 -232)
 1521: r1 += 1
 1522: *(u32 *)(r10 -232) = r1
 1523: if r1 < 32 goto -345
 1524: r1 = *(u64 *)(r10 -224)
 1525: if r1 != 0 goto +11
 1526: *(u32 *)(r10 -160) = 0
 1527: r1 = map[pipe_p0f_signatures_default] ll
 1529: r2 = r10
 1530: r2 += -160
 1531: call bpf_map_lookup_elem
 1532: r1 = r0
 1533: if r1 != 0 goto +4
 1534: r2 = 2
 1535: r1 = 0
 1536: goto +4
 1537: r1 = *(u64 *)(r10 -224)
 1538: r2 = *(u32 *)(r1 +0)
 1539: r1 = *(u32 *)(r1 +8)
 1540: r1 = be32 r1
 1541: if r2 == 0 goto +7
 1542: if r2 == 1 goto +2
 1543: if r2 == 2 goto +43
 1544: goto +42
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
 1545: r1 = 1
      ; write var10, v45
 1546: *(u8 *)(r10 -23) = r1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 1547: *(u32 *)(r10 -160) = 0
 1548: goto +2
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 1549: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 1550: *(u32 *)(r10 -160) = r1
 1551: r1 = map[pipe_os_stats] ll
 1553: r2 = r10
 1554: r2 += -160
 1555: call bpf_map_lookup_elem
 1556: r3 = r0
 1557: if r3 == 0 goto +29
 1558: r1 = *(u64 *)(r3 +0)
 1559: r1 += 1
 1560: *(u64 *)(r3 +0) = r1
 1561: r2 = *(u64 *)(r3 +8)
 1562: r1 = *(u32 *)(r10 -40)
 1563: r2 += r1
 1564: *(u64 *)(r3 +8) = r2
 1565: goto +21
      ; drop
 1566: r2 = *(u32 *)(r10 -36)
 1567: r1 = *(u32 *)(r10 -32)
 1568: *(u64 *)(r10 -240) = r2
 1569: *(u64 *)(r10 -248) = r1
 1570: r1 = *(u64 *)(r10 -8)
 1571: r2 = 0xfffffffffffffff8 ll
 1573: call bpf_xdp_adjust_meta
 1574: if r0 != 0 goto +10
 1575: r1 = *(u64 *)(r10 -8)
 1576: r3 = *(u32 *)(r1 +8)
 1577: r2 = *(u32 *)(r1 +0)
 1578: r1 = r3
 1579: r1 += 8
 1580: if r1 > r2 goto +4
 1581: r1 = *(u64 *)(r10 -240)
 1582: *(u32 *)(r3 +0) = r1
 1583: r1 = *(u64 *)(r10 -248)
 1584: *(u32 *)(r3 +4) = r1
 1585: r0 = 1
 1586: exit
      ; epilogue: verdict
 1587: r2 = *(u32 *)(r10 -36)
 1588: r1 = *(u32 *)(r10 -32)
 1589: *(u64 *)(r10 -256) = r2
 1590: *(u64 *)(r10 -264) = r1
 1591: r1 = *(u64 *)(r10 -8)
 1592: r2 = 0xfffffffffffffff8 ll
 1594: call bpf_xdp_adjust_meta
 1595: if r0 != 0 goto +10
 1596: r1 = *(u64 *)(r10 -8)
 1597: r3 = *(u32 *)(r1 +8)
 1598: r2 = *(u32 *)(r1 +0)
 1599: r1 = r3
 1600: r1 += 8
 1601: if r1 > r2 goto +4
 1602: r1 = *(u64 *)(r10 -256)
 1603: *(u32 *)(r3 +0) = r1
 1604: r1 = *(u64 *)(r10 -264)
 1605: *(u32 *)(r3 +4) = r1
 1606: r1 = *(u8 *)(r10 -23)
 1607: if r1 != 0 goto +2
 1608: r0 = 2
 1609: exit
 1610: if r1 != 2 goto +4
 1611: r1 = *(u32 *)(r10 -32)
 1612: r2 = 0
 1613: call bpf_redirect
 1614: exit
 1615: r0 = 1
 1616: exit
