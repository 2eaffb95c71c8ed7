; dapper for classifier: 2189 instructions, stack 456 bytes, 1 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
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
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   32: r3 = *(u64 *)(r10 -16)
   33: if r3 > 16383 goto +2151
   34: r2 = r6
   35: r2 += r3
   36: r1 = r2
   37: r1 += 14
   38: if r1 <= r7 goto +1
   39: goto +2145
   40: r1 = r3
   41: r1 += 1
   42: *(u32 *)(r10 -200) = r1
   43: r3 += 14
   44: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   45: r1 = *(u16 *)(r2 +12)
   46: if r1 != 8 goto +1411
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   47: r2 = *(u64 *)(r10 -16)
   48: if r2 > 16383 goto +2136
   49: r3 = r6
   50: r3 += r2
   51: r1 = r3
   52: r1 += 20
   53: if r1 <= r7 goto +1
   54: goto +2130
   55: r1 = r2
   56: r1 += 1
   57: *(u32 *)(r10 -196) = r1
   58: r2 += 20
   59: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   60: r2 = *(u8 *)(r3 +0)
   61: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   62: r1 = 1
   63: if r2 >= 5 goto +1
   64: r1 = 0
      ; verify v3, error HeaderTooShort
   65: if r1 == 0 goto +2119
      ; v4: bit<4> = read_field hdr1.ihl
   66: r2 = *(u8 *)(r3 +0)
   67: r2 &= 15
      ; v5: bit<32> = cast v4
   68: w2 = w2
      ; v6: bit<32> = const 5
   69: r1 = 5
      ; v7: bit<32> = sub v5, v6
   70: r2 -= r1
   71: w2 = w2
      ; v8: bit<32> = const 0x20
   72: r1 = 32
      ; v9: bit<32> = mul v7, v8
   73: r2 *= r1
   74: w2 = w2
      ; advance v9
   75: r1 = r2
   76: r1 &= 7
   77: if r1 != 0 goto +2107
   78: r1 = r2
   79: r1 >>= 3
   80: r2 = *(u64 *)(r10 -16)
   81: r2 += r1
   82: if r2 > 16383 goto +2102
   83: r1 = r6
   84: r1 += r2
   85: if r1 <= r7 goto +1
   86: goto +2098
   87: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   88: r2 = *(u16 *)(r3 +6)
   89: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   90: r1 = *(u8 *)(r3 +9)
   91: if r2 != 0 goto +1366
   92: if r1 != 6 goto +1365
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   93: r2 = *(u64 *)(r10 -16)
   94: if r2 > 16383 goto +2090
   95: r3 = r6
   96: r3 += r2
   97: r1 = r3
   98: r1 += 20
   99: if r1 <= r7 goto +1
  100: goto +2084
  101: r1 = r2
  102: r1 += 1
  103: *(u32 *)(r10 -192) = r1
  104: r2 += 20
  105: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  106: r2 = *(u8 *)(r3 +12)
  107: r2 >>= 4
  108: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  109: r1 = 1
  110: if r2 >= 5 goto +1
  111: r1 = 0
      ; verify v14, error HeaderTooShort
  112: if r1 == 0 goto +2072
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
  123: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  124: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  125: r1 = *(u8 *)(r10 -28)
  126: if r2 == 0 goto +1331
  127: if r1 == 10 goto +1330
      ; prs: block5 (parse_option)
      ; extract hdr3
  128: r2 = *(u64 *)(r10 -16)
  129: if r2 > 16383 goto +2055
  130: r3 = r6
  131: r3 += r2
  132: r1 = r3
  133: r1 += 1
  134: if r1 <= r7 goto +1
  135: goto +2049
  136: r1 = r2
  137: r1 += 1
  138: *(u32 *)(r10 -188) = r1
  139: r2 += 1
  140: *(u64 *)(r10 -16) = r2
      ; v23: bit<8> = read var3
  141: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  142: r2 = 1
      ; v25: bit<8> = add v23, v24
  143: r1 += r2
  144: r1 &= 255
      ; write var3, v25
  145: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  146: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  147: r2 = 1
      ; v28: bit<16> = sub v26, v27
  148: r1 -= r2
  149: r1 &= 65535
      ; write var2, v28
  150: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  151: r1 = *(u8 *)(r3 +0)
  152: if r1 == 0 goto +1305
  153: if r1 == 1 goto +103
  154: if r1 == 2 goto +85
  155: if r1 == 3 goto +66
  156: if r1 == 8 goto +47
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  157: r1 = *(u64 *)(r10 -16)
  158: if r1 > 16383 goto +2026
  159: r2 = r6
  160: r2 += r1
  161: r1 = r2
  162: r1 += 1
  163: if r1 <= r7 goto +1
  164: goto +2020
  165: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  166: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  167: r2 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
  168: r1 = 1
  169: if r2 >= 2 goto +1
  170: r1 = 0
      ; verify v33, error HeaderTooShort
  171: if r1 == 0 goto +2013
      ; v34: bit<8> = read var9
  172: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  173: w2 = w2
      ; v36: bit<32> = const 1
  174: r1 = 1
      ; v37: bit<32> = sub v35, v36
  175: r2 -= r1
  176: w2 = w2
      ; v38: bit<32> = const 8
  177: r1 = 8
      ; v39: bit<32> = mul v37, v38
  178: r2 *= r1
  179: w2 = w2
      ; advance v39
  180: r1 = r2
  181: r1 &= 7
  182: if r1 != 0 goto +2002
  183: r1 = r2
  184: r1 >>= 3
  185: r2 = *(u64 *)(r10 -16)
  186: r2 += r1
  187: if r2 > 16383 goto +1997
  188: r1 = r6
  189: r1 += r2
  190: if r1 <= r7 goto +1
  191: goto +1993
  192: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  193: r3 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  194: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  195: r2 &= 65535
      ; v43: bit<16> = const 1
  196: r1 = 1
      ; v44: bit<16> = sub v42, v43
  197: r2 -= r1
  198: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  199: r1 = r3
  200: r1 -= r2
  201: r1 &= 65535
      ; write var2, v45
  202: *(u16 *)(r10 -36) = r1
  203: goto +53
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  204: r2 = *(u64 *)(r10 -16)
  205: if r2 > 16383 goto +1979
  206: r1 = r6
  207: r1 += r2
  208: r1 += 9
  209: if r1 <= r7 goto +1
  210: goto +1974
  211: r1 = r2
  212: r1 += 1
  213: *(u32 *)(r10 -140) = r1
  214: r2 += 9
  215: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  216: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  217: r2 = 9
      ; v48: bit<16> = sub v46, v47
  218: r1 -= r2
  219: r1 &= 65535
      ; write var2, v48
  220: *(u16 *)(r10 -36) = r1
  221: goto +35
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  222: r2 = *(u64 *)(r10 -16)
  223: if r2 > 16383 goto +1961
  224: r1 = r6
  225: r1 += r2
  226: r1 += 2
  227: if r1 <= r7 goto +1
  228: goto +1956
  229: r1 = r2
  230: r1 += 1
  231: *(u32 *)(r10 -144) = r1
  232: r2 += 2
  233: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  234: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  235: r2 = 2
      ; v51: bit<16> = sub v49, v50
  236: r1 -= r2
  237: r1 &= 65535
      ; write var2, v51
  238: *(u16 *)(r10 -36) = r1
  239: goto +17
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  240: r2 = *(u64 *)(r10 -16)
  241: if r2 > 16383 goto +1943
  242: r1 = r6
  243: r1 += r2
  244: r1 += 3
  245: if r1 <= r7 goto +1
  246: goto +1938
  247: r1 = r2
  248: r1 += 1
  249: *(u32 *)(r10 -148) = r1
  250: r2 += 3
  251: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  252: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  253: r2 = 3
      ; v54: bit<16> = sub v52, v53
  254: r1 -= r2
  255: r1 &= 65535
      ; write var2, v54
  256: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  257: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  258: r1 = *(u8 *)(r10 -28)
  259: if r2 == 0 goto +1198
  260: if r1 == 10 goto +1197
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  261: r2 = *(u64 *)(r10 -16)
  262: if r2 > 16383 goto +1922
  263: r3 = r6
  264: r3 += r2
  265: r1 = r3
  266: r1 += 1
  267: if r1 <= r7 goto +1
  268: goto +1916
  269: r1 = r2
  270: r1 += 1
  271: *(u32 *)(r10 -184) = r1
  272: r2 += 1
  273: *(u64 *)(r10 -16) = r2
      ; v57: bit<8> = read var3
  274: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  275: r2 = 1
      ; v59: bit<8> = add v57, v58
  276: r1 += r2
  277: r1 &= 255
      ; write var3, v59
  278: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  279: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  280: r2 = 1
      ; v62: bit<16> = sub v60, v61
  281: r1 -= r2
  282: r1 &= 65535
      ; write var2, v62
  283: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  284: r1 = *(u8 *)(r3 +0)
  285: if r1 == 0 goto +1172
  286: if r1 == 1 goto +103
  287: if r1 == 2 goto +85
  288: if r1 == 3 goto +66
  289: if r1 == 8 goto +47
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  290: r1 = *(u64 *)(r10 -16)
  291: if r1 > 16383 goto +1893
  292: r2 = r6
  293: r2 += r1
  294: r1 = r2
  295: r1 += 1
  296: if r1 <= r7 goto +1
  297: goto +1887
  298: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  299: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  300: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  301: r1 = 1
  302: if r2 >= 2 goto +1
  303: r1 = 0
      ; verify v67, error HeaderTooShort
  304: if r1 == 0 goto +1880
      ; v68: bit<8> = read var9
  305: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  306: w2 = w2
      ; v70: bit<32> = const 1
  307: r1 = 1
      ; v71: bit<32> = sub v69, v70
  308: r2 -= r1
  309: w2 = w2
      ; v72: bit<32> = const 8
  310: r1 = 8
      ; v73: bit<32> = mul v71, v72
  311: r2 *= r1
  312: w2 = w2
      ; advance v73
  313: r1 = r2
  314: r1 &= 7
  315: if r1 != 0 goto +1869
  316: r1 = r2
  317: r1 >>= 3
  318: r2 = *(u64 *)(r10 -16)
  319: r2 += r1
  320: if r2 > 16383 goto +1864
  321: r1 = r6
  322: r1 += r2
  323: if r1 <= r7 goto +1
  324: goto +1860
  325: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  326: r3 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  327: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  328: r2 &= 65535
      ; v77: bit<16> = const 1
  329: r1 = 1
      ; v78: bit<16> = sub v76, v77
  330: r2 -= r1
  331: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  332: r1 = r3
  333: r1 -= r2
  334: r1 &= 65535
      ; write var2, v79
  335: *(u16 *)(r10 -36) = r1
  336: goto +53
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  337: r2 = *(u64 *)(r10 -16)
  338: if r2 > 16383 goto +1846
  339: r1 = r6
  340: r1 += r2
  341: r1 += 9
  342: if r1 <= r7 goto +1
  343: goto +1841
  344: r1 = r2
  345: r1 += 1
  346: *(u32 *)(r10 -140) = r1
  347: r2 += 9
  348: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  349: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  350: r2 = 9
      ; v82: bit<16> = sub v80, v81
  351: r1 -= r2
  352: r1 &= 65535
      ; write var2, v82
  353: *(u16 *)(r10 -36) = r1
  354: goto +35
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  355: r2 = *(u64 *)(r10 -16)
  356: if r2 > 16383 goto +1828
  357: r1 = r6
  358: r1 += r2
  359: r1 += 2
  360: if r1 <= r7 goto +1
  361: goto +1823
  362: r1 = r2
  363: r1 += 1
  364: *(u32 *)(r10 -144) = r1
  365: r2 += 2
  366: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  367: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  368: r2 = 2
      ; v85: bit<16> = sub v83, v84
  369: r1 -= r2
  370: r1 &= 65535
      ; write var2, v85
  371: *(u16 *)(r10 -36) = r1
  372: goto +17
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  373: r2 = *(u64 *)(r10 -16)
  374: if r2 > 16383 goto +1810
  375: r1 = r6
  376: r1 += r2
  377: r1 += 3
  378: if r1 <= r7 goto +1
  379: goto +1805
  380: r1 = r2
  381: r1 += 1
  382: *(u32 *)(r10 -148) = r1
  383: r2 += 3
  384: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  385: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  386: r2 = 3
      ; v88: bit<16> = sub v86, v87
  387: r1 -= r2
  388: r1 &= 65535
      ; write var2, v88
  389: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  390: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  391: r1 = *(u8 *)(r10 -28)
  392: if r2 == 0 goto +1065
  393: if r1 == 10 goto +1064
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  394: r2 = *(u64 *)(r10 -16)
  395: if r2 > 16383 goto +1789
  396: r3 = r6
  397: r3 += r2
  398: r1 = r3
  399: r1 += 1
  400: if r1 <= r7 goto +1
  401: goto +1783
  402: r1 = r2
  403: r1 += 1
  404: *(u32 *)(r10 -180) = r1
  405: r2 += 1
  406: *(u64 *)(r10 -16) = r2
      ; v91: bit<8> = read var3
  407: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  408: r2 = 1
      ; v93: bit<8> = add v91, v92
  409: r1 += r2
  410: r1 &= 255
      ; write var3, v93
  411: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  412: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  413: r2 = 1
      ; v96: bit<16> = sub v94, v95
  414: r1 -= r2
  415: r1 &= 65535
      ; write var2, v96
  416: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  417: r1 = *(u8 *)(r3 +0)
  418: if r1 == 0 goto +1039
  419: if r1 == 1 goto +103
  420: if r1 == 2 goto +85
  421: if r1 == 3 goto +66
  422: if r1 == 8 goto +47
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  423: r1 = *(u64 *)(r10 -16)
  424: if r1 > 16383 goto +1760
  425: r2 = r6
  426: r2 += r1
  427: r1 = r2
  428: r1 += 1
  429: if r1 <= r7 goto +1
  430: goto +1754
  431: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  432: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  433: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  434: r1 = 1
  435: if r2 >= 2 goto +1
  436: r1 = 0
      ; verify v101, error HeaderTooShort
  437: if r1 == 0 goto +1747
      ; v102: bit<8> = read var9
  438: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  439: w2 = w2
      ; v104: bit<32> = const 1
  440: r1 = 1
      ; v105: bit<32> = sub v103, v104
  441: r2 -= r1
  442: w2 = w2
      ; v106: bit<32> = const 8
  443: r1 = 8
      ; v107: bit<32> = mul v105, v106
  444: r2 *= r1
  445: w2 = w2
      ; advance v107
  446: r1 = r2
  447: r1 &= 7
  448: if r1 != 0 goto +1736
  449: r1 = r2
  450: r1 >>= 3
  451: r2 = *(u64 *)(r10 -16)
  452: r2 += r1
  453: if r2 > 16383 goto +1731
  454: r1 = r6
  455: r1 += r2
  456: if r1 <= r7 goto +1
  457: goto +1727
  458: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  459: r3 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  460: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  461: r2 &= 65535
      ; v111: bit<16> = const 1
  462: r1 = 1
      ; v112: bit<16> = sub v110, v111
  463: r2 -= r1
  464: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  465: r1 = r3
  466: r1 -= r2
  467: r1 &= 65535
      ; write var2, v113
  468: *(u16 *)(r10 -36) = r1
  469: goto +53
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  470: r2 = *(u64 *)(r10 -16)
  471: if r2 > 16383 goto +1713
  472: r1 = r6
  473: r1 += r2
  474: r1 += 9
  475: if r1 <= r7 goto +1
  476: goto +1708
  477: r1 = r2
  478: r1 += 1
  479: *(u32 *)(r10 -140) = r1
  480: r2 += 9
  481: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  482: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  483: r2 = 9
      ; v116: bit<16> = sub v114, v115
  484: r1 -= r2
  485: r1 &= 65535
      ; write var2, v116
  486: *(u16 *)(r10 -36) = r1
  487: goto +35
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  488: r2 = *(u64 *)(r10 -16)
  489: if r2 > 16383 goto +1695
  490: r1 = r6
  491: r1 += r2
  492: r1 += 2
  493: if r1 <= r7 goto +1
  494: goto +1690
  495: r1 = r2
  496: r1 += 1
  497: *(u32 *)(r10 -144) = r1
  498: r2 += 2
  499: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  500: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  501: r2 = 2
      ; v119: bit<16> = sub v117, v118
  502: r1 -= r2
  503: r1 &= 65535
      ; write var2, v119
  504: *(u16 *)(r10 -36) = r1
  505: goto +17
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  506: r2 = *(u64 *)(r10 -16)
  507: if r2 > 16383 goto +1677
  508: r1 = r6
  509: r1 += r2
  510: r1 += 3
  511: if r1 <= r7 goto +1
  512: goto +1672
  513: r1 = r2
  514: r1 += 1
  515: *(u32 *)(r10 -148) = r1
  516: r2 += 3
  517: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  518: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  519: r2 = 3
      ; v122: bit<16> = sub v120, v121
  520: r1 -= r2
  521: r1 &= 65535
      ; write var2, v122
  522: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  523: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  524: r1 = *(u8 *)(r10 -28)
  525: if r2 == 0 goto +932
  526: if r1 == 10 goto +931
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  527: r2 = *(u64 *)(r10 -16)
  528: if r2 > 16383 goto +1656
  529: r3 = r6
  530: r3 += r2
  531: r1 = r3
  532: r1 += 1
  533: if r1 <= r7 goto +1
  534: goto +1650
  535: r1 = r2
  536: r1 += 1
  537: *(u32 *)(r10 -176) = r1
  538: r2 += 1
  539: *(u64 *)(r10 -16) = r2
      ; v125: bit<8> = read var3
  540: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  541: r2 = 1
      ; v127: bit<8> = add v125, v126
  542: r1 += r2
  543: r1 &= 255
      ; write var3, v127
  544: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  545: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  546: r2 = 1
      ; v130: bit<16> = sub v128, v129
  547: r1 -= r2
  548: r1 &= 65535
      ; write var2, v130
  549: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  550: r1 = *(u8 *)(r3 +0)
  551: if r1 == 0 goto +906
  552: if r1 == 1 goto +103
  553: if r1 == 2 goto +85
  554: if r1 == 3 goto +66
  555: if r1 == 8 goto +47
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  556: r1 = *(u64 *)(r10 -16)
  557: if r1 > 16383 goto +1627
  558: r2 = r6
  559: r2 += r1
  560: r1 = r2
  561: r1 += 1
  562: if r1 <= r7 goto +1
  563: goto +1621
  564: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  565: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  566: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  567: r1 = 1
  568: if r2 >= 2 goto +1
  569: r1 = 0
      ; verify v135, error HeaderTooShort
  570: if r1 == 0 goto +1614
      ; v136: bit<8> = read var9
  571: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  572: w2 = w2
      ; v138: bit<32> = const 1
  573: r1 = 1
      ; v139: bit<32> = sub v137, v138
  574: r2 -= r1
  575: w2 = w2
      ; v140: bit<32> = const 8
  576: r1 = 8
      ; v141: bit<32> = mul v139, v140
  577: r2 *= r1
  578: w2 = w2
      ; advance v141
  579: r1 = r2
  580: r1 &= 7
  581: if r1 != 0 goto +1603
  582: r1 = r2
  583: r1 >>= 3
  584: r2 = *(u64 *)(r10 -16)
  585: r2 += r1
  586: if r2 > 16383 goto +1598
  587: r1 = r6
  588: r1 += r2
  589: if r1 <= r7 goto +1
  590: goto +1594
  591: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  592: r3 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  593: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  594: r2 &= 65535
      ; v145: bit<16> = const 1
  595: r1 = 1
      ; v146: bit<16> = sub v144, v145
  596: r2 -= r1
  597: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  598: r1 = r3
  599: r1 -= r2
  600: r1 &= 65535
      ; write var2, v147
  601: *(u16 *)(r10 -36) = r1
  602: goto +53
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  603: r2 = *(u64 *)(r10 -16)
  604: if r2 > 16383 goto +1580
  605: r1 = r6
  606: r1 += r2
  607: r1 += 9
  608: if r1 <= r7 goto +1
  609: goto +1575
  610: r1 = r2
  611: r1 += 1
  612: *(u32 *)(r10 -140) = r1
  613: r2 += 9
  614: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  615: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  616: r2 = 9
      ; v150: bit<16> = sub v148, v149
  617: r1 -= r2
  618: r1 &= 65535
      ; write var2, v150
  619: *(u16 *)(r10 -36) = r1
  620: goto +35
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  621: r2 = *(u64 *)(r10 -16)
  622: if r2 > 16383 goto +1562
  623: r1 = r6
  624: r1 += r2
  625: r1 += 2
  626: if r1 <= r7 goto +1
  627: goto +1557
  628: r1 = r2
  629: r1 += 1
  630: *(u32 *)(r10 -144) = r1
  631: r2 += 2
  632: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  633: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  634: r2 = 2
      ; v153: bit<16> = sub v151, v152
  635: r1 -= r2
  636: r1 &= 65535
      ; write var2, v153
  637: *(u16 *)(r10 -36) = r1
  638: goto +17
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  639: r2 = *(u64 *)(r10 -16)
  640: if r2 > 16383 goto +1544
  641: r1 = r6
  642: r1 += r2
  643: r1 += 3
  644: if r1 <= r7 goto +1
  645: goto +1539
  646: r1 = r2
  647: r1 += 1
  648: *(u32 *)(r10 -148) = r1
  649: r2 += 3
  650: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  651: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  652: r2 = 3
      ; v156: bit<16> = sub v154, v155
  653: r1 -= r2
  654: r1 &= 65535
      ; write var2, v156
  655: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  656: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  657: r1 = *(u8 *)(r10 -28)
  658: if r2 == 0 goto +799
  659: if r1 == 10 goto +798
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  660: r2 = *(u64 *)(r10 -16)
  661: if r2 > 16383 goto +1523
  662: r3 = r6
  663: r3 += r2
  664: r1 = r3
  665: r1 += 1
  666: if r1 <= r7 goto +1
  667: goto +1517
  668: r1 = r2
  669: r1 += 1
  670: *(u32 *)(r10 -172) = r1
  671: r2 += 1
  672: *(u64 *)(r10 -16) = r2
      ; v159: bit<8> = read var3
  673: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  674: r2 = 1
      ; v161: bit<8> = add v159, v160
  675: r1 += r2
  676: r1 &= 255
      ; write var3, v161
  677: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  678: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  679: r2 = 1
      ; v164: bit<16> = sub v162, v163
  680: r1 -= r2
  681: r1 &= 65535
      ; write var2, v164
  682: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  683: r1 = *(u8 *)(r3 +0)
  684: if r1 == 0 goto +773
  685: if r1 == 1 goto +103
  686: if r1 == 2 goto +85
  687: if r1 == 3 goto +66
  688: if r1 == 8 goto +47
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  689: r1 = *(u64 *)(r10 -16)
  690: if r1 > 16383 goto +1494
  691: r2 = r6
  692: r2 += r1
  693: r1 = r2
  694: r1 += 1
  695: if r1 <= r7 goto +1
  696: goto +1488
  697: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  698: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  699: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  700: r1 = 1
  701: if r2 >= 2 goto +1
  702: r1 = 0
      ; verify v169, error HeaderTooShort
  703: if r1 == 0 goto +1481
      ; v170: bit<8> = read var9
  704: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  705: w2 = w2
      ; v172: bit<32> = const 1
  706: r1 = 1
      ; v173: bit<32> = sub v171, v172
  707: r2 -= r1
  708: w2 = w2
      ; v174: bit<32> = const 8
  709: r1 = 8
      ; v175: bit<32> = mul v173, v174
  710: r2 *= r1
  711: w2 = w2
      ; advance v175
  712: r1 = r2
  713: r1 &= 7
  714: if r1 != 0 goto +1470
  715: r1 = r2
  716: r1 >>= 3
  717: r2 = *(u64 *)(r10 -16)
  718: r2 += r1
  719: if r2 > 16383 goto +1465
  720: r1 = r6
  721: r1 += r2
  722: if r1 <= r7 goto +1
  723: goto +1461
  724: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  725: r3 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  726: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  727: r2 &= 65535
      ; v179: bit<16> = const 1
  728: r1 = 1
      ; v180: bit<16> = sub v178, v179
  729: r2 -= r1
  730: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  731: r1 = r3
  732: r1 -= r2
  733: r1 &= 65535
      ; write var2, v181
  734: *(u16 *)(r10 -36) = r1
  735: goto +53
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  736: r2 = *(u64 *)(r10 -16)
  737: if r2 > 16383 goto +1447
  738: r1 = r6
  739: r1 += r2
  740: r1 += 9
  741: if r1 <= r7 goto +1
  742: goto +1442
  743: r1 = r2
  744: r1 += 1
  745: *(u32 *)(r10 -140) = r1
  746: r2 += 9
  747: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  748: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  749: r2 = 9
      ; v184: bit<16> = sub v182, v183
  750: r1 -= r2
  751: r1 &= 65535
      ; write var2, v184
  752: *(u16 *)(r10 -36) = r1
  753: goto +35
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  754: r2 = *(u64 *)(r10 -16)
  755: if r2 > 16383 goto +1429
  756: r1 = r6
  757: r1 += r2
  758: r1 += 2
  759: if r1 <= r7 goto +1
  760: goto +1424
  761: r1 = r2
  762: r1 += 1
  763: *(u32 *)(r10 -144) = r1
  764: r2 += 2
  765: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  766: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  767: r2 = 2
      ; v187: bit<16> = sub v185, v186
  768: r1 -= r2
  769: r1 &= 65535
      ; write var2, v187
  770: *(u16 *)(r10 -36) = r1
  771: goto +17
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  772: r2 = *(u64 *)(r10 -16)
  773: if r2 > 16383 goto +1411
  774: r1 = r6
  775: r1 += r2
  776: r1 += 3
  777: if r1 <= r7 goto +1
  778: goto +1406
  779: r1 = r2
  780: r1 += 1
  781: *(u32 *)(r10 -148) = r1
  782: r2 += 3
  783: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  784: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  785: r2 = 3
      ; v190: bit<16> = sub v188, v189
  786: r1 -= r2
  787: r1 &= 65535
      ; write var2, v190
  788: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  789: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  790: r1 = *(u8 *)(r10 -28)
  791: if r2 == 0 goto +666
  792: if r1 == 10 goto +665
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  793: r2 = *(u64 *)(r10 -16)
  794: if r2 > 16383 goto +1390
  795: r3 = r6
  796: r3 += r2
  797: r1 = r3
  798: r1 += 1
  799: if r1 <= r7 goto +1
  800: goto +1384
  801: r1 = r2
  802: r1 += 1
  803: *(u32 *)(r10 -168) = r1
  804: r2 += 1
  805: *(u64 *)(r10 -16) = r2
      ; v193: bit<8> = read var3
  806: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
  807: r2 = 1
      ; v195: bit<8> = add v193, v194
  808: r1 += r2
  809: r1 &= 255
      ; write var3, v195
  810: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  811: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
  812: r2 = 1
      ; v198: bit<16> = sub v196, v197
  813: r1 -= r2
  814: r1 &= 65535
      ; write var2, v198
  815: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  816: r1 = *(u8 *)(r3 +0)
  817: if r1 == 0 goto +640
  818: if r1 == 1 goto +103
  819: if r1 == 2 goto +85
  820: if r1 == 3 goto +66
  821: if r1 == 8 goto +47
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  822: r1 = *(u64 *)(r10 -16)
  823: if r1 > 16383 goto +1361
  824: r2 = r6
  825: r2 += r1
  826: r1 = r2
  827: r1 += 1
  828: if r1 <= r7 goto +1
  829: goto +1355
  830: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  831: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  832: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  833: r1 = 1
  834: if r2 >= 2 goto +1
  835: r1 = 0
      ; verify v203, error HeaderTooShort
  836: if r1 == 0 goto +1348
      ; v204: bit<8> = read var9
  837: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  838: w2 = w2
      ; v206: bit<32> = const 1
  839: r1 = 1
      ; v207: bit<32> = sub v205, v206
  840: r2 -= r1
  841: w2 = w2
      ; v208: bit<32> = const 8
  842: r1 = 8
      ; v209: bit<32> = mul v207, v208
  843: r2 *= r1
  844: w2 = w2
      ; advance v209
  845: r1 = r2
  846: r1 &= 7
  847: if r1 != 0 goto +1337
  848: r1 = r2
  849: r1 >>= 3
  850: r2 = *(u64 *)(r10 -16)
  851: r2 += r1
  852: if r2 > 16383 goto +1332
  853: r1 = r6
  854: r1 += r2
  855: if r1 <= r7 goto +1
  856: goto +1328
  857: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  858: r3 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  859: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  860: r2 &= 65535
      ; v213: bit<16> = const 1
  861: r1 = 1
      ; v214: bit<16> = sub v212, v213
  862: r2 -= r1
  863: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  864: r1 = r3
  865: r1 -= r2
  866: r1 &= 65535
      ; write var2, v215
  867: *(u16 *)(r10 -36) = r1
  868: goto +53
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  869: r2 = *(u64 *)(r10 -16)
  870: if r2 > 16383 goto +1314
  871: r1 = r6
  872: r1 += r2
  873: r1 += 9
  874: if r1 <= r7 goto +1
  875: goto +1309
  876: r1 = r2
  877: r1 += 1
  878: *(u32 *)(r10 -140) = r1
  879: r2 += 9
  880: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  881: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
  882: r2 = 9
      ; v218: bit<16> = sub v216, v217
  883: r1 -= r2
  884: r1 &= 65535
      ; write var2, v218
  885: *(u16 *)(r10 -36) = r1
  886: goto +35
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  887: r2 = *(u64 *)(r10 -16)
  888: if r2 > 16383 goto +1296
  889: r1 = r6
  890: r1 += r2
  891: r1 += 2
  892: if r1 <= r7 goto +1
  893: goto +1291
  894: r1 = r2
  895: r1 += 1
  896: *(u32 *)(r10 -144) = r1
  897: r2 += 2
  898: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  899: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
  900: r2 = 2
      ; v221: bit<16> = sub v219, v220
  901: r1 -= r2
  902: r1 &= 65535
      ; write var2, v221
  903: *(u16 *)(r10 -36) = r1
  904: goto +17
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  905: r2 = *(u64 *)(r10 -16)
  906: if r2 > 16383 goto +1278
  907: r1 = r6
  908: r1 += r2
  909: r1 += 3
  910: if r1 <= r7 goto +1
  911: goto +1273
  912: r1 = r2
  913: r1 += 1
  914: *(u32 *)(r10 -148) = r1
  915: r2 += 3
  916: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  917: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
  918: r2 = 3
      ; v224: bit<16> = sub v222, v223
  919: r1 -= r2
  920: r1 &= 65535
      ; write var2, v224
  921: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  922: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  923: r1 = *(u8 *)(r10 -28)
  924: if r2 == 0 goto +533
  925: if r1 == 10 goto +532
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  926: r2 = *(u64 *)(r10 -16)
  927: if r2 > 16383 goto +1257
  928: r3 = r6
  929: r3 += r2
  930: r1 = r3
  931: r1 += 1
  932: if r1 <= r7 goto +1
  933: goto +1251
  934: r1 = r2
  935: r1 += 1
  936: *(u32 *)(r10 -164) = r1
  937: r2 += 1
  938: *(u64 *)(r10 -16) = r2
      ; v227: bit<8> = read var3
  939: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
  940: r2 = 1
      ; v229: bit<8> = add v227, v228
  941: r1 += r2
  942: r1 &= 255
      ; write var3, v229
  943: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  944: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
  945: r2 = 1
      ; v232: bit<16> = sub v230, v231
  946: r1 -= r2
  947: r1 &= 65535
      ; write var2, v232
  948: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  949: r1 = *(u8 *)(r3 +0)
  950: if r1 == 0 goto +507
  951: if r1 == 1 goto +103
  952: if r1 == 2 goto +85
  953: if r1 == 3 goto +66
  954: if r1 == 8 goto +47
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  955: r1 = *(u64 *)(r10 -16)
  956: if r1 > 16383 goto +1228
  957: r2 = r6
  958: r2 += r1
  959: r1 = r2
  960: r1 += 1
  961: if r1 <= r7 goto +1
  962: goto +1222
  963: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  964: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  965: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  966: r1 = 1
  967: if r2 >= 2 goto +1
  968: r1 = 0
      ; verify v237, error HeaderTooShort
  969: if r1 == 0 goto +1215
      ; v238: bit<8> = read var9
  970: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  971: w2 = w2
      ; v240: bit<32> = const 1
  972: r1 = 1
      ; v241: bit<32> = sub v239, v240
  973: r2 -= r1
  974: w2 = w2
      ; v242: bit<32> = const 8
  975: r1 = 8
      ; v243: bit<32> = mul v241, v242
  976: r2 *= r1
  977: w2 = w2
      ; advance v243
  978: r1 = r2
  979: r1 &= 7
  980: if r1 != 0 goto +1204
  981: r1 = r2
  982: r1 >>= 3
  983: r2 = *(u64 *)(r10 -16)
  984: r2 += r1
  985: if r2 > 16383 goto +1199
  986: r1 = r6
  987: r1 += r2
  988: if r1 <= r7 goto +1
  989: goto +1195
  990: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  991: r3 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  992: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
  993: r2 &= 65535
      ; v247: bit<16> = const 1
  994: r1 = 1
      ; v248: bit<16> = sub v246, v247
  995: r2 -= r1
  996: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  997: r1 = r3
  998: r1 -= r2
  999: r1 &= 65535
      ; write var2, v249
 1000: *(u16 *)(r10 -36) = r1
 1001: goto +53
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1002: r2 = *(u64 *)(r10 -16)
 1003: if r2 > 16383 goto +1181
 1004: r1 = r6
 1005: r1 += r2
 1006: r1 += 9
 1007: if r1 <= r7 goto +1
 1008: goto +1176
 1009: r1 = r2
 1010: r1 += 1
 1011: *(u32 *)(r10 -140) = r1
 1012: r2 += 9
 1013: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
 1014: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1015: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1016: r1 -= r2
 1017: r1 &= 65535
      ; write var2, v252
 1018: *(u16 *)(r10 -36) = r1
 1019: goto +35
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1020: r2 = *(u64 *)(r10 -16)
 1021: if r2 > 16383 goto +1163
 1022: r1 = r6
 1023: r1 += r2
 1024: r1 += 2
 1025: if r1 <= r7 goto +1
 1026: goto +1158
 1027: r1 = r2
 1028: r1 += 1
 1029: *(u32 *)(r10 -144) = r1
 1030: r2 += 2
 1031: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
 1032: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1033: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1034: r1 -= r2
 1035: r1 &= 65535
      ; write var2, v255
 1036: *(u16 *)(r10 -36) = r1
 1037: goto +17
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1038: r2 = *(u64 *)(r10 -16)
 1039: if r2 > 16383 goto +1145
 1040: r1 = r6
 1041: r1 += r2
 1042: r1 += 3
 1043: if r1 <= r7 goto +1
 1044: goto +1140
 1045: r1 = r2
 1046: r1 += 1
 1047: *(u32 *)(r10 -148) = r1
 1048: r2 += 3
 1049: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
 1050: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1051: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1052: r1 -= r2
 1053: r1 &= 65535
      ; write var2, v258
 1054: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1055: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1056: r1 = *(u8 *)(r10 -28)
 1057: if r2 == 0 goto +400
 1058: if r1 == 10 goto +399
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1059: r2 = *(u64 *)(r10 -16)
 1060: if r2 > 16383 goto +1124
 1061: r3 = r6
 1062: r3 += r2
 1063: r1 = r3
 1064: r1 += 1
 1065: if r1 <= r7 goto +1
 1066: goto +1118
 1067: r1 = r2
 1068: r1 += 1
 1069: *(u32 *)(r10 -160) = r1
 1070: r2 += 1
 1071: *(u64 *)(r10 -16) = r2
      ; v261: bit<8> = read var3
 1072: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1073: r2 = 1
      ; v263: bit<8> = add v261, v262
 1074: r1 += r2
 1075: r1 &= 255
      ; write var3, v263
 1076: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
 1077: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1078: r2 = 1
      ; v266: bit<16> = sub v264, v265
 1079: r1 -= r2
 1080: r1 &= 65535
      ; write var2, v266
 1081: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
 1082: r1 = *(u8 *)(r3 +0)
 1083: if r1 == 0 goto +374
 1084: if r1 == 1 goto +103
 1085: if r1 == 2 goto +85
 1086: if r1 == 3 goto +66
 1087: if r1 == 8 goto +47
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1088: r1 = *(u64 *)(r10 -16)
 1089: if r1 > 16383 goto +1095
 1090: r2 = r6
 1091: r2 += r1
 1092: r1 = r2
 1093: r1 += 1
 1094: if r1 <= r7 goto +1
 1095: goto +1089
 1096: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1097: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1098: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
 1099: r1 = 1
 1100: if r2 >= 2 goto +1
 1101: r1 = 0
      ; verify v271, error HeaderTooShort
 1102: if r1 == 0 goto +1082
      ; v272: bit<8> = read var9
 1103: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1104: w2 = w2
      ; v274: bit<32> = const 1
 1105: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1106: r2 -= r1
 1107: w2 = w2
      ; v276: bit<32> = const 8
 1108: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1109: r2 *= r1
 1110: w2 = w2
      ; advance v277
 1111: r1 = r2
 1112: r1 &= 7
 1113: if r1 != 0 goto +1071
 1114: r1 = r2
 1115: r1 >>= 3
 1116: r2 = *(u64 *)(r10 -16)
 1117: r2 += r1
 1118: if r2 > 16383 goto +1066
 1119: r1 = r6
 1120: r1 += r2
 1121: if r1 <= r7 goto +1
 1122: goto +1062
 1123: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1124: r3 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1125: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1126: r2 &= 65535
      ; v281: bit<16> = const 1
 1127: r1 = 1
      ; v282: bit<16> = sub v280, v281
 1128: r2 -= r1
 1129: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1130: r1 = r3
 1131: r1 -= r2
 1132: r1 &= 65535
      ; write var2, v283
 1133: *(u16 *)(r10 -36) = r1
 1134: goto +53
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1135: r2 = *(u64 *)(r10 -16)
 1136: if r2 > 16383 goto +1048
 1137: r1 = r6
 1138: r1 += r2
 1139: r1 += 9
 1140: if r1 <= r7 goto +1
 1141: goto +1043
 1142: r1 = r2
 1143: r1 += 1
 1144: *(u32 *)(r10 -140) = r1
 1145: r2 += 9
 1146: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1147: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1148: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1149: r1 -= r2
 1150: r1 &= 65535
      ; write var2, v286
 1151: *(u16 *)(r10 -36) = r1
 1152: goto +35
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1153: r2 = *(u64 *)(r10 -16)
 1154: if r2 > 16383 goto +1030
 1155: r1 = r6
 1156: r1 += r2
 1157: r1 += 2
 1158: if r1 <= r7 goto +1
 1159: goto +1025
 1160: r1 = r2
 1161: r1 += 1
 1162: *(u32 *)(r10 -144) = r1
 1163: r2 += 2
 1164: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1165: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1166: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1167: r1 -= r2
 1168: r1 &= 65535
      ; write var2, v289
 1169: *(u16 *)(r10 -36) = r1
 1170: goto +17
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1171: r2 = *(u64 *)(r10 -16)
 1172: if r2 > 16383 goto +1012
 1173: r1 = r6
 1174: r1 += r2
 1175: r1 += 3
 1176: if r1 <= r7 goto +1
 1177: goto +1007
 1178: r1 = r2
 1179: r1 += 1
 1180: *(u32 *)(r10 -148) = r1
 1181: r2 += 3
 1182: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1183: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1184: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1185: r1 -= r2
 1186: r1 &= 65535
      ; write var2, v292
 1187: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1188: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1189: r1 = *(u8 *)(r10 -28)
 1190: if r2 == 0 goto +267
 1191: if r1 == 10 goto +266
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1192: r2 = *(u64 *)(r10 -16)
 1193: if r2 > 16383 goto +991
 1194: r3 = r6
 1195: r3 += r2
 1196: r1 = r3
 1197: r1 += 1
 1198: if r1 <= r7 goto +1
 1199: goto +985
 1200: r1 = r2
 1201: r1 += 1
 1202: *(u32 *)(r10 -156) = r1
 1203: r2 += 1
 1204: *(u64 *)(r10 -16) = r2
      ; v295: bit<8> = read var3
 1205: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1206: r2 = 1
      ; v297: bit<8> = add v295, v296
 1207: r1 += r2
 1208: r1 &= 255
      ; write var3, v297
 1209: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1210: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1211: r2 = 1
      ; v300: bit<16> = sub v298, v299
 1212: r1 -= r2
 1213: r1 &= 65535
      ; write var2, v300
 1214: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1215: r1 = *(u8 *)(r3 +0)
 1216: if r1 == 0 goto +241
 1217: if r1 == 1 goto +103
 1218: if r1 == 2 goto +85
 1219: if r1 == 3 goto +66
 1220: if r1 == 8 goto +47
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1221: r1 = *(u64 *)(r10 -16)
 1222: if r1 > 16383 goto +962
 1223: r2 = r6
 1224: r2 += r1
 1225: r1 = r2
 1226: r1 += 1
 1227: if r1 <= r7 goto +1
 1228: goto +956
 1229: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1230: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1231: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1232: r1 = 1
 1233: if r2 >= 2 goto +1
 1234: r1 = 0
      ; verify v305, error HeaderTooShort
 1235: if r1 == 0 goto +949
      ; v306: bit<8> = read var9
 1236: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1237: w2 = w2
      ; v308: bit<32> = const 1
 1238: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1239: r2 -= r1
 1240: w2 = w2
      ; v310: bit<32> = const 8
 1241: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1242: r2 *= r1
 1243: w2 = w2
      ; advance v311
 1244: r1 = r2
 1245: r1 &= 7
 1246: if r1 != 0 goto +938
 1247: r1 = r2
 1248: r1 >>= 3
 1249: r2 = *(u64 *)(r10 -16)
 1250: r2 += r1
 1251: if r2 > 16383 goto +933
 1252: r1 = r6
 1253: r1 += r2
 1254: if r1 <= r7 goto +1
 1255: goto +929
 1256: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1257: r3 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1258: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1259: r2 &= 65535
      ; v315: bit<16> = const 1
 1260: r1 = 1
      ; v316: bit<16> = sub v314, v315
 1261: r2 -= r1
 1262: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1263: r1 = r3
 1264: r1 -= r2
 1265: r1 &= 65535
      ; write var2, v317
 1266: *(u16 *)(r10 -36) = r1
 1267: goto +53
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1268: r2 = *(u64 *)(r10 -16)
 1269: if r2 > 16383 goto +915
 1270: r1 = r6
 1271: r1 += r2
 1272: r1 += 9
 1273: if r1 <= r7 goto +1
 1274: goto +910
 1275: r1 = r2
 1276: r1 += 1
 1277: *(u32 *)(r10 -140) = r1
 1278: r2 += 9
 1279: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1280: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1281: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1282: r1 -= r2
 1283: r1 &= 65535
      ; write var2, v320
 1284: *(u16 *)(r10 -36) = r1
 1285: goto +35
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1286: r2 = *(u64 *)(r10 -16)
 1287: if r2 > 16383 goto +897
 1288: r1 = r6
 1289: r1 += r2
 1290: r1 += 2
 1291: if r1 <= r7 goto +1
 1292: goto +892
 1293: r1 = r2
 1294: r1 += 1
 1295: *(u32 *)(r10 -144) = r1
 1296: r2 += 2
 1297: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1298: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1299: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1300: r1 -= r2
 1301: r1 &= 65535
      ; write var2, v323
 1302: *(u16 *)(r10 -36) = r1
 1303: goto +17
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1304: r2 = *(u64 *)(r10 -16)
 1305: if r2 > 16383 goto +879
 1306: r1 = r6
 1307: r1 += r2
 1308: r1 += 3
 1309: if r1 <= r7 goto +1
 1310: goto +874
 1311: r1 = r2
 1312: r1 += 1
 1313: *(u32 *)(r10 -148) = r1
 1314: r2 += 3
 1315: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1316: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1317: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1318: r1 -= r2
 1319: r1 &= 65535
      ; write var2, v326
 1320: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1321: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1322: r1 = *(u8 *)(r10 -28)
 1323: if r2 == 0 goto +134
 1324: if r1 == 10 goto +133
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1325: r2 = *(u64 *)(r10 -16)
 1326: if r2 > 16383 goto +858
 1327: r3 = r6
 1328: r3 += r2
 1329: r1 = r3
 1330: r1 += 1
 1331: if r1 <= r7 goto +1
 1332: goto +852
 1333: r1 = r2
 1334: r1 += 1
 1335: *(u32 *)(r10 -152) = r1
 1336: r2 += 1
 1337: *(u64 *)(r10 -16) = r2
      ; v329: bit<8> = read var3
 1338: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1339: r2 = 1
      ; v331: bit<8> = add v329, v330
 1340: r1 += r2
 1341: r1 &= 255
      ; write var3, v331
 1342: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1343: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1344: r2 = 1
      ; v334: bit<16> = sub v332, v333
 1345: r1 -= r2
 1346: r1 &= 65535
      ; write var2, v334
 1347: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1348: r1 = *(u8 *)(r3 +0)
 1349: if r1 == 0 goto +108
 1350: if r1 == 1 goto +103
 1351: if r1 == 2 goto +85
 1352: if r1 == 3 goto +66
 1353: if r1 == 8 goto +47
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1354: r1 = *(u64 *)(r10 -16)
 1355: if r1 > 16383 goto +829
 1356: r2 = r6
 1357: r2 += r1
 1358: r1 = r2
 1359: r1 += 1
 1360: if r1 <= r7 goto +1
 1361: goto +823
 1362: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1363: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1364: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1365: r1 = 1
 1366: if r2 >= 2 goto +1
 1367: r1 = 0
      ; verify v339, error HeaderTooShort
 1368: if r1 == 0 goto +816
      ; v340: bit<8> = read var9
 1369: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1370: w2 = w2
      ; v342: bit<32> = const 1
 1371: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1372: r2 -= r1
 1373: w2 = w2
      ; v344: bit<32> = const 8
 1374: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1375: r2 *= r1
 1376: w2 = w2
      ; advance v345
 1377: r1 = r2
 1378: r1 &= 7
 1379: if r1 != 0 goto +805
 1380: r1 = r2
 1381: r1 >>= 3
 1382: r2 = *(u64 *)(r10 -16)
 1383: r2 += r1
 1384: if r2 > 16383 goto +800
 1385: r1 = r6
 1386: r1 += r2
 1387: if r1 <= r7 goto +1
 1388: goto +796
 1389: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1390: r3 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1391: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1392: r2 &= 65535
      ; v349: bit<16> = const 1
 1393: r1 = 1
      ; v350: bit<16> = sub v348, v349
 1394: r2 -= r1
 1395: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1396: r1 = r3
 1397: r1 -= r2
 1398: r1 &= 65535
      ; write var2, v351
 1399: *(u16 *)(r10 -36) = r1
 1400: goto +53
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1401: r2 = *(u64 *)(r10 -16)
 1402: if r2 > 16383 goto +782
 1403: r1 = r6
 1404: r1 += r2
 1405: r1 += 9
 1406: if r1 <= r7 goto +1
 1407: goto +777
 1408: r1 = r2
 1409: r1 += 1
 1410: *(u32 *)(r10 -140) = r1
 1411: r2 += 9
 1412: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1413: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1414: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1415: r1 -= r2
 1416: r1 &= 65535
      ; write var2, v354
 1417: *(u16 *)(r10 -36) = r1
 1418: goto +35
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1419: r2 = *(u64 *)(r10 -16)
 1420: if r2 > 16383 goto +764
 1421: r1 = r6
 1422: r1 += r2
 1423: r1 += 2
 1424: if r1 <= r7 goto +1
 1425: goto +759
 1426: r1 = r2
 1427: r1 += 1
 1428: *(u32 *)(r10 -144) = r1
 1429: r2 += 2
 1430: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1431: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1432: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1433: r1 -= r2
 1434: r1 &= 65535
      ; write var2, v357
 1435: *(u16 *)(r10 -36) = r1
 1436: goto +17
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1437: r2 = *(u64 *)(r10 -16)
 1438: if r2 > 16383 goto +746
 1439: r1 = r6
 1440: r1 += r2
 1441: r1 += 3
 1442: if r1 <= r7 goto +1
 1443: goto +741
 1444: r1 = r2
 1445: r1 += 1
 1446: *(u32 *)(r10 -148) = r1
 1447: r2 += 3
 1448: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1449: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1450: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1451: r1 -= r2
 1452: r1 &= 65535
      ; write var2, v360
 1453: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1454: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1455: r1 = *(u8 *)(r10 -28)
 1456: if r2 == 0 goto +1
 1457: if r1 != 10 goto +727
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1458: r1 = *(u32 *)(r10 -192)
 1459: if r1 == 0 goto +1
 1460: r1 = 1
      ; v1: bool = not v0
 1461: r1 ^= 1
 1462: if r1 != 0 goto +724
      ; v2: bit<64> = timestamp_ns
 1463: call bpf_ktime_get_ns
 1464: r1 = r0
      ; write var10, v2
 1465: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1466: r1 = *(u32 *)(r10 -192)
 1467: if r1 == 0 goto +9
 1468: r1 -= 1
 1469: if r1 > 16383 goto +7
 1470: *(u64 *)(r10 -368) = r6
 1471: r0 = *(u64 *)(r10 -368)
 1472: r0 += r1
 1473: *(u64 *)(r10 -368) = r0
 1474: r1 = *(u64 *)(r10 -368)
 1475: r1 += 20
 1476: if r1 <= r7 goto +1
 1477: *(u64 *)(r10 -368) = 0
 1478: r1 = 0
 1479: r0 = *(u64 *)(r10 -368)
 1480: if r0 == 0 goto +2
 1481: r0 = *(u64 *)(r10 -368)
 1482: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1483: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1484: r1 = *(u32 *)(r10 -196)
 1485: if r1 == 0 goto +9
 1486: r1 -= 1
 1487: if r1 > 16383 goto +7
 1488: *(u64 *)(r10 -376) = r6
 1489: r0 = *(u64 *)(r10 -376)
 1490: r0 += r1
 1491: *(u64 *)(r10 -376) = r0
 1492: r1 = *(u64 *)(r10 -376)
 1493: r1 += 20
 1494: if r1 <= r7 goto +1
 1495: *(u64 *)(r10 -376) = 0
 1496: r3 = 0
 1497: r0 = *(u64 *)(r10 -376)
 1498: if r0 == 0 goto +3
 1499: r0 = *(u64 *)(r10 -376)
 1500: r3 = *(u8 *)(r0 +0)
 1501: r3 &= 15
      ; v5: bit<16> = cast v4
 1502: r3 &= 65535
      ; v6: bit<8> = const 2
 1503: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1504: if r1 >= 16 goto +3
 1505: r3 <<= r1
 1506: r3 &= 65535
 1507: goto +1
 1508: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1509: r2 = 0
 1510: r0 = *(u64 *)(r10 -368)
 1511: if r0 == 0 goto +4
 1512: r0 = *(u64 *)(r10 -368)
 1513: r2 = *(u8 *)(r0 +12)
 1514: r2 >>= 4
 1515: r2 &= 15
      ; v9: bit<16> = cast v8
 1516: r2 &= 65535
      ; v10: bit<8> = const 2
 1517: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1518: if r1 >= 16 goto +3
 1519: r2 <<= r1
 1520: r2 &= 65535
 1521: goto +1
 1522: r2 = 0
      ; v12: bit<16> = add v7, v11
 1523: r1 = r3
 1524: r1 += r2
 1525: r1 &= 65535
      ; write var12, v12
 1526: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1527: r1 = 0
 1528: r0 = *(u64 *)(r10 -376)
 1529: if r0 == 0 goto +2
 1530: r0 = *(u64 *)(r10 -376)
 1531: r1 = *(u16 *)(r0 +2)
 1532: r1 = be16 r1
      ; v14: bit<16> = read var12
 1533: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1534: r1 -= r2
 1535: r1 &= 65535
      ; v16: bit<32> = cast v15
 1536: w1 = w1
      ; write var13, v16
 1537: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1538: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1539: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1540: r2 = 1
      ; v20: bit<8> = and v18, v19
 1541: r1 &= r2
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1542: r3 = 1
 1543: if r1 != 0 goto +1
 1544: r3 = 0
      ; v23: bit<32> = const 1
 1545: r2 = 1
      ; v24: bit<32> = const 0
 1546: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1547: if r3 != 0 goto +1
 1548: r2 = r1
      ; v26: bit<32> = add v17, v25
 1549: r1 = r4
 1550: r1 += r2
 1551: w1 = w1
      ; write var14, v26
 1552: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1553: r4 = 0
 1554: r0 = *(u64 *)(r10 -376)
 1555: if r0 == 0 goto +2
 1556: r0 = *(u64 *)(r10 -376)
 1557: r4 = *(u32 *)(r0 +12)
 1558: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1559: r3 = 0
 1560: r0 = *(u64 *)(r10 -376)
 1561: if r0 == 0 goto +2
 1562: r0 = *(u64 *)(r10 -376)
 1563: r3 = *(u32 *)(r0 +16)
 1564: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1565: r2 = 0
 1566: r0 = *(u64 *)(r10 -368)
 1567: if r0 == 0 goto +2
 1568: r0 = *(u64 *)(r10 -368)
 1569: r2 = *(u16 *)(r0 +0)
 1570: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1571: r1 = 0
 1572: r0 = *(u64 *)(r10 -368)
 1573: if r0 == 0 goto +2
 1574: r0 = *(u64 *)(r10 -368)
 1575: r1 = *(u16 *)(r0 +2)
 1576: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1577: *(u64 *)(r10 -256) = 0
 1578: *(u32 *)(r10 -264) = r4
 1579: *(u32 *)(r10 -260) = r3
 1580: *(u16 *)(r10 -256) = r2
 1581: *(u16 *)(r10 -254) = r1
 1582: r1 = map[pipe_flows] ll
 1584: r2 = r10
 1585: r2 += -264
 1586: call bpf_map_lookup_elem
 1587: r9 = r0
 1588: if r9 == 0 goto +40
 1589: *(u64 *)(r10 -384) = 1
 1590: r0 = *(u32 *)(r9 +0)
 1591: *(u64 *)(r10 -392) = r0
 1592: r0 = *(u64 *)(r10 -392)
 1593: w0 = w0
 1594: *(u64 *)(r10 -392) = r0
 1595: r0 = *(u32 *)(r9 +4)
 1596: *(u64 *)(r10 -400) = r0
 1597: r0 = *(u64 *)(r10 -400)
 1598: w0 = w0
 1599: *(u64 *)(r10 -400) = r0
 1600: r0 = *(u32 *)(r9 +8)
 1601: *(u64 *)(r10 -408) = r0
 1602: r0 = *(u64 *)(r10 -408)
 1603: w0 = w0
 1604: *(u64 *)(r10 -408) = r0
 1605: r0 = *(u32 *)(r9 +12)
 1606: *(u64 *)(r10 -416) = r0
 1607: r0 = *(u64 *)(r10 -416)
 1608: w0 = w0
 1609: *(u64 *)(r10 -416) = r0
 1610: r0 = *(u16 *)(r9 +16)
 1611: *(u64 *)(r10 -424) = r0
 1612: r0 = *(u64 *)(r10 -424)
 1613: r0 &= 65535
 1614: *(u64 *)(r10 -424) = r0
 1615: r8 = *(u8 *)(r9 +18)
 1616: r8 &= 255
 1617: r4 = *(u32 *)(r9 +20)
 1618: w4 = w4
 1619: r3 = *(u32 *)(r9 +24)
 1620: w3 = w3
 1621: r2 = *(u8 *)(r9 +28)
 1622: r2 &= 255
 1623: r1 = *(u32 *)(r9 +32)
 1624: w1 = w1
 1625: r0 = *(u64 *)(r9 +40)
 1626: *(u64 *)(r10 -432) = r0
 1627: r9 = *(u64 *)(r9 +48)
 1628: goto +13
 1629: *(u64 *)(r10 -384) = 0
 1630: *(u64 *)(r10 -392) = 0
 1631: *(u64 *)(r10 -400) = 0
 1632: *(u64 *)(r10 -408) = 0
 1633: *(u64 *)(r10 -416) = 0
 1634: *(u64 *)(r10 -424) = 0
 1635: r8 = 0
 1636: r4 = 0
 1637: r3 = 0
 1638: r2 = 0
 1639: r1 = 0
 1640: *(u64 *)(r10 -432) = 0
 1641: r9 = 0
      ; write var15, v32
 1642: r0 = *(u64 *)(r10 -392)
 1643: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1644: r0 = *(u64 *)(r10 -400)
 1645: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1646: r0 = *(u64 *)(r10 -408)
 1647: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1648: r0 = *(u64 *)(r10 -416)
 1649: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1650: r0 = *(u64 *)(r10 -424)
 1651: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1652: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1653: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1654: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1655: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1656: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1657: r0 = *(u64 *)(r10 -432)
 1658: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1659: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1660: r0 = *(u64 *)(r10 -384)
 1661: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1662: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 1663: r2 = 2
      ; v46: bit<8> = and v44, v45
 1664: r1 &= r2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1665: if r1 != 0 goto +54
      ; v65: bool = read var27
 1666: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1667: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1668: r2 = 1
 1669: if r1 != 0 goto +1
 1670: r2 = 0
      ; v69: bool = logical_and v65, v68
 1671: r1 = r3
 1672: r1 &= r2
 1673: if r1 == 0 goto +116
      ; v70: bit<32> = read_field hdr2.seqNo
 1674: r1 = 0
 1675: r0 = *(u64 *)(r10 -368)
 1676: if r0 == 0 goto +2
 1677: r0 = *(u64 *)(r10 -368)
 1678: r1 = *(u32 *)(r0 +4)
 1679: r1 = be32 r1
      ; v71: bit<32> = read var14
 1680: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1681: r1 += r2
 1682: w1 = w1
      ; write var28, v72
 1683: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1684: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1685: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1686: r1 -= r2
 1687: w1 = w1
      ; write var29, v75
 1688: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1689: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1690: r4 = 1
 1691: if r1 != 0 goto +1
 1692: r4 = 0
      ; v79: bit<32> = read var29
 1693: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1694: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1695: r2 = 1
 1696: if r3 < r1 goto +1
 1697: r2 = 0
      ; v82: bool = logical_and v78, v81
 1698: r1 = r4
 1699: r1 &= r2
 1700: if r1 != 0 goto +8
      ; v90: bit<32> = read var22
 1701: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 1702: r2 = 1
      ; v92: bit<32> = add v90, v91
 1703: r1 += r2
 1704: w1 = w1
      ; write var22, v92
 1705: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1706: r1 = 0
      ; write var23, v93
 1707: *(u8 *)(r10 -23) = r1
 1708: goto +81
      ; v83: bit<32> = read var28
 1709: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1710: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1711: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1712: if r1 != 0 goto +77
      ; v87: bit<8> = const 1
 1713: r1 = 1
      ; write var23, v87
 1714: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1715: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1716: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1717: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1718: *(u64 *)(r10 -232) = r1
 1719: goto +70
      ; v49: bool = const 1
 1720: r1 = 1
      ; write var27, v49
 1721: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1722: r1 = 0
 1723: r0 = *(u64 *)(r10 -368)
 1724: if r0 == 0 goto +2
 1725: r0 = *(u64 *)(r10 -368)
 1726: r1 = *(u32 *)(r0 +4)
 1727: r1 = be32 r1
      ; write var15, v50
 1728: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1729: r1 = 0
 1730: r0 = *(u64 *)(r10 -368)
 1731: if r0 == 0 goto +2
 1732: r0 = *(u64 *)(r10 -368)
 1733: r1 = *(u32 *)(r0 +4)
 1734: r1 = be32 r1
      ; v52: bit<32> = const 1
 1735: r2 = 1
      ; v53: bit<32> = add v51, v52
 1736: r1 += r2
 1737: w1 = w1
      ; write var16, v53
 1738: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1739: r1 = 0
      ; write var18, v54
 1740: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1741: r1 = *(u32 *)(r10 -148)
 1742: if r1 == 0 goto +7
 1743: r1 -= 1
 1744: if r1 > 16383 goto +5
 1745: r2 = r6
 1746: r2 += r1
 1747: r1 = r2
 1748: r1 += 3
 1749: if r1 <= r7 goto +1
 1750: r2 = 0
 1751: r1 = 0
 1752: if r2 == 0 goto +1
 1753: r1 = *(u16 *)(r2 +1)
 1754: r1 = be16 r1
      ; write var19, v55
 1755: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1756: r1 = *(u32 *)(r10 -144)
 1757: if r1 == 0 goto +7
 1758: r1 -= 1
 1759: if r1 > 16383 goto +5
 1760: r2 = r6
 1761: r2 += r1
 1762: r1 = r2
 1763: r1 += 2
 1764: if r1 <= r7 goto +1
 1765: r2 = 0
 1766: r1 = 0
 1767: if r2 == 0 goto +1
 1768: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1769: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1770: r1 = 0
      ; write var21, v57
 1771: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1772: r1 = 0
      ; write var22, v58
 1773: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1774: r1 = 1
      ; write var23, v59
 1775: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1776: r1 = 0
 1777: r0 = *(u64 *)(r10 -368)
 1778: if r0 == 0 goto +2
 1779: r0 = *(u64 *)(r10 -368)
 1780: r1 = *(u32 *)(r0 +4)
 1781: r1 = be32 r1
      ; v61: bit<32> = const 1
 1782: r2 = 1
      ; v62: bit<32> = add v60, v61
 1783: r1 += r2
 1784: w1 = w1
      ; write var24, v62
 1785: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1786: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1787: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1788: r1 = 0
      ; write var26, v64
 1789: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1790: r1 = *(u8 *)(r10 -22)
 1791: if r1 == 0 goto +108
      ; v95: bool = is_valid hdr15
 1792: r1 = *(u32 *)(r10 -140)
 1793: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1794: r1 = *(u32 *)(r10 -140)
 1795: if r1 == 0 goto +7
 1796: r1 -= 1
 1797: if r1 > 16383 goto +5
 1798: r2 = r6
 1799: r2 += r1
 1800: r1 = r2
 1801: r1 += 9
 1802: if r1 <= r7 goto +1
 1803: r2 = 0
 1804: r1 = 0
 1805: if r2 == 0 goto +1
 1806: r1 = *(u32 *)(r2 +1)
 1807: r1 = be32 r1
      ; write var21, v96
 1808: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1809: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1810: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1811: r1 -= r2
 1812: w1 = w1
      ; write var17, v99
 1813: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1814: r1 = 0
 1815: r0 = *(u64 *)(r10 -376)
 1816: if r0 == 0 goto +2
 1817: r0 = *(u64 *)(r10 -376)
 1818: r1 = *(u32 *)(r0 +12)
 1819: *(u64 *)(r10 -384) = r1
 1820: r0 = *(u64 *)(r10 -384)
 1821: r0 = be32 r0
 1822: *(u64 *)(r10 -384) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1823: r9 = 0
 1824: r0 = *(u64 *)(r10 -376)
 1825: if r0 == 0 goto +2
 1826: r0 = *(u64 *)(r10 -376)
 1827: r9 = *(u32 *)(r0 +16)
 1828: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1829: r8 = 0
 1830: r0 = *(u64 *)(r10 -368)
 1831: if r0 == 0 goto +2
 1832: r0 = *(u64 *)(r10 -368)
 1833: r8 = *(u16 *)(r0 +0)
 1834: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1835: r4 = 0
 1836: r0 = *(u64 *)(r10 -368)
 1837: if r0 == 0 goto +2
 1838: r0 = *(u64 *)(r10 -368)
 1839: r4 = *(u16 *)(r0 +2)
 1840: r4 = be16 r4
      ; v104: bit<32> = read var15
 1841: r0 = *(u32 *)(r10 -104)
 1842: *(u64 *)(r10 -392) = r0
      ; v105: bit<32> = read var16
 1843: r0 = *(u32 *)(r10 -100)
 1844: *(u64 *)(r10 -400) = r0
      ; v106: bit<32> = read var17
 1845: r0 = *(u32 *)(r10 -96)
 1846: *(u64 *)(r10 -408) = r0
      ; v107: bit<32> = read var18
 1847: r0 = *(u32 *)(r10 -92)
 1848: *(u64 *)(r10 -416) = r0
      ; v108: bit<16> = read var19
 1849: r0 = *(u16 *)(r10 -32)
 1850: *(u64 *)(r10 -424) = r0
      ; v109: bit<8> = read var20
 1851: r0 = *(u8 *)(r10 -24)
 1852: *(u64 *)(r10 -432) = r0
      ; v110: bit<32> = read var21
 1853: r0 = *(u32 *)(r10 -88)
 1854: *(u64 *)(r10 -440) = r0
      ; v111: bit<32> = read var22
 1855: r0 = *(u32 *)(r10 -84)
 1856: *(u64 *)(r10 -448) = r0
      ; v112: bit<8> = read var23
 1857: r0 = *(u8 *)(r10 -23)
 1858: *(u64 *)(r10 -456) = r0
      ; v113: bit<32> = read var24
 1859: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1860: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1861: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1862: *(u64 *)(r10 -256) = 0
 1863: r0 = *(u64 *)(r10 -384)
 1864: *(u32 *)(r10 -264) = r0
 1865: *(u32 *)(r10 -260) = r9
 1866: *(u16 *)(r10 -256) = r8
 1867: *(u16 *)(r10 -254) = r4
 1868: *(u64 *)(r10 -336) = 0
 1869: *(u64 *)(r10 -328) = 0
 1870: *(u64 *)(r10 -320) = 0
 1871: r0 = *(u64 *)(r10 -392)
 1872: *(u32 *)(r10 -352) = r0
 1873: r0 = *(u64 *)(r10 -400)
 1874: *(u32 *)(r10 -348) = r0
 1875: r0 = *(u64 *)(r10 -408)
 1876: *(u32 *)(r10 -344) = r0
 1877: r0 = *(u64 *)(r10 -416)
 1878: *(u32 *)(r10 -340) = r0
 1879: r0 = *(u64 *)(r10 -424)
 1880: *(u16 *)(r10 -336) = r0
 1881: r0 = *(u64 *)(r10 -432)
 1882: *(u8 *)(r10 -334) = r0
 1883: r0 = *(u64 *)(r10 -440)
 1884: *(u32 *)(r10 -332) = r0
 1885: r0 = *(u64 *)(r10 -448)
 1886: *(u32 *)(r10 -328) = r0
 1887: r0 = *(u64 *)(r10 -456)
 1888: *(u8 *)(r10 -324) = r0
 1889: *(u32 *)(r10 -320) = r3
 1890: *(u64 *)(r10 -312) = r2
 1891: *(u64 *)(r10 -304) = r1
 1892: r1 = map[pipe_flows] ll
 1894: r2 = r10
 1895: r2 += -264
 1896: r3 = r10
 1897: r3 += -352
 1898: r4 = 0
 1899: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1900: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 1901: r2 = 16
      ; v118: bit<8> = and v116, v117
 1902: r1 &= r2
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1903: if r1 == 0 goto +283
      ; v121: bit<32> = read_field hdr1.dstAddr
 1904: r4 = 0
 1905: r0 = *(u64 *)(r10 -376)
 1906: if r0 == 0 goto +2
 1907: r0 = *(u64 *)(r10 -376)
 1908: r4 = *(u32 *)(r0 +16)
 1909: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1910: r3 = 0
 1911: r0 = *(u64 *)(r10 -376)
 1912: if r0 == 0 goto +2
 1913: r0 = *(u64 *)(r10 -376)
 1914: r3 = *(u32 *)(r0 +12)
 1915: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1916: r2 = 0
 1917: r0 = *(u64 *)(r10 -368)
 1918: if r0 == 0 goto +2
 1919: r0 = *(u64 *)(r10 -368)
 1920: r2 = *(u16 *)(r0 +2)
 1921: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1922: r1 = 0
 1923: r0 = *(u64 *)(r10 -368)
 1924: if r0 == 0 goto +2
 1925: r0 = *(u64 *)(r10 -368)
 1926: r1 = *(u16 *)(r0 +0)
 1927: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1928: *(u64 *)(r10 -256) = 0
 1929: *(u32 *)(r10 -264) = r4
 1930: *(u32 *)(r10 -260) = r3
 1931: *(u16 *)(r10 -256) = r2
 1932: *(u16 *)(r10 -254) = r1
 1933: r1 = map[pipe_flows] ll
 1935: r2 = r10
 1936: r2 += -264
 1937: call bpf_map_lookup_elem
 1938: r9 = r0
 1939: if r9 == 0 goto +40
 1940: *(u64 *)(r10 -384) = 1
 1941: r0 = *(u32 *)(r9 +0)
 1942: *(u64 *)(r10 -392) = r0
 1943: r0 = *(u64 *)(r10 -392)
 1944: w0 = w0
 1945: *(u64 *)(r10 -392) = r0
 1946: r0 = *(u32 *)(r9 +4)
 1947: *(u64 *)(r10 -400) = r0
 1948: r0 = *(u64 *)(r10 -400)
 1949: w0 = w0
 1950: *(u64 *)(r10 -400) = r0
 1951: r0 = *(u32 *)(r9 +8)
 1952: *(u64 *)(r10 -408) = r0
 1953: r0 = *(u64 *)(r10 -408)
 1954: w0 = w0
 1955: *(u64 *)(r10 -408) = r0
 1956: r0 = *(u32 *)(r9 +12)
 1957: *(u64 *)(r10 -416) = r0
 1958: r0 = *(u64 *)(r10 -416)
 1959: w0 = w0
 1960: *(u64 *)(r10 -416) = r0
 1961: r0 = *(u16 *)(r9 +16)
 1962: *(u64 *)(r10 -424) = r0
 1963: r0 = *(u64 *)(r10 -424)
 1964: r0 &= 65535
 1965: *(u64 *)(r10 -424) = r0
 1966: r8 = *(u8 *)(r9 +18)
 1967: r8 &= 255
 1968: r4 = *(u32 *)(r9 +20)
 1969: w4 = w4
 1970: r3 = *(u32 *)(r9 +24)
 1971: w3 = w3
 1972: r2 = *(u8 *)(r9 +28)
 1973: r2 &= 255
 1974: r1 = *(u32 *)(r9 +32)
 1975: w1 = w1
 1976: r0 = *(u64 *)(r9 +40)
 1977: *(u64 *)(r10 -432) = r0
 1978: r9 = *(u64 *)(r9 +48)
 1979: goto +13
 1980: *(u64 *)(r10 -384) = 0
 1981: *(u64 *)(r10 -392) = 0
 1982: *(u64 *)(r10 -400) = 0
 1983: *(u64 *)(r10 -408) = 0
 1984: *(u64 *)(r10 -416) = 0
 1985: *(u64 *)(r10 -424) = 0
 1986: r8 = 0
 1987: r4 = 0
 1988: r3 = 0
 1989: r2 = 0
 1990: r1 = 0
 1991: *(u64 *)(r10 -432) = 0
 1992: r9 = 0
      ; write var30, v126
 1993: r0 = *(u64 *)(r10 -392)
 1994: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1995: r0 = *(u64 *)(r10 -400)
 1996: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1997: r0 = *(u64 *)(r10 -408)
 1998: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1999: r0 = *(u64 *)(r10 -416)
 2000: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 2001: r0 = *(u64 *)(r10 -424)
 2002: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 2003: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 2004: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 2005: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 2006: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 2007: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 2008: r0 = *(u64 *)(r10 -432)
 2009: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2010: *(u64 *)(r10 -208) = r9
 2011: r0 = *(u64 *)(r10 -384)
 2012: if r0 == 0 goto +174
      ; v138: bit<32> = read_field hdr2.ackNo
 2013: r1 = 0
 2014: r0 = *(u64 *)(r10 -368)
 2015: if r0 == 0 goto +2
 2016: r0 = *(u64 *)(r10 -368)
 2017: r1 = *(u32 *)(r0 +8)
 2018: r1 = be32 r1
      ; v139: bit<32> = read var30
 2019: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2020: r1 -= r2
 2021: w1 = w1
      ; write var42, v140
 2022: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 2023: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 2024: r4 = 1
 2025: if r1 != 0 goto +1
 2026: r4 = 0
      ; v144: bit<32> = read var42
 2027: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2028: w1 = -2147483648
      ; v146: bool = lt v144, v145
 2029: r2 = 1
 2030: if r3 < r1 goto +1
 2031: r2 = 0
      ; v147: bool = logical_and v143, v146
 2032: r1 = r4
 2033: r1 &= r2
 2034: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 2035: r1 = 0
 2036: r0 = *(u64 *)(r10 -368)
 2037: if r0 == 0 goto +2
 2038: r0 = *(u64 *)(r10 -368)
 2039: r1 = *(u32 *)(r0 +8)
 2040: r1 = be32 r1
      ; write var30, v148
 2041: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2042: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 2043: r4 = 1
 2044: if r1 == 1 goto +1
 2045: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2046: r3 = 0
 2047: r0 = *(u64 *)(r10 -368)
 2048: if r0 == 0 goto +2
 2049: r0 = *(u64 *)(r10 -368)
 2050: r3 = *(u32 *)(r0 +8)
 2051: r3 = be32 r3
      ; v153: bit<32> = read var39
 2052: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2053: r3 -= r1
 2054: w3 = w3
      ; v155: bit<32> = const 0x80000000
 2055: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2056: r2 = 1
 2057: if r3 < r1 goto +1
 2058: r2 = 0
      ; v157: bool = logical_and v151, v156
 2059: r1 = r4
 2060: r1 &= r2
 2061: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 2062: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2063: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2064: r1 -= r2
      ; write var41, v160
 2065: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 2066: r1 = 0
      ; write var38, v161
 2067: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2068: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2069: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2070: r1 -= r2
 2071: w1 = w1
      ; write var32, v164
 2072: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 2073: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2074: r2 = 2
      ; v167: bit<8> = and v165, v166
 2075: r1 &= r2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 2076: r3 = 1
 2077: if r1 != 0 goto +1
 2078: r3 = 0
      ; v170: bit<8> = read var20
 2079: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2080: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 2081: if r3 != 0 goto +1
 2082: r1 = r2
      ; write var43, v172
 2083: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 2084: r1 = 0
 2085: r0 = *(u64 *)(r10 -368)
 2086: if r0 == 0 goto +2
 2087: r0 = *(u64 *)(r10 -368)
 2088: r1 = *(u16 *)(r0 +14)
 2089: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2090: w1 = w1
      ; v175: bit<8> = read var43
 2091: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2092: if r2 >= 32 goto +3
 2093: r1 <<= r2
 2094: w1 = w1
 2095: goto +1
 2096: r1 = 0
      ; write var33, v176
 2097: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 2098: r1 = 0
 2099: r0 = *(u64 *)(r10 -376)
 2100: if r0 == 0 goto +2
 2101: r0 = *(u64 *)(r10 -376)
 2102: r1 = *(u32 *)(r0 +16)
 2103: *(u64 *)(r10 -384) = r1
 2104: r0 = *(u64 *)(r10 -384)
 2105: r0 = be32 r0
 2106: *(u64 *)(r10 -384) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 2107: r9 = 0
 2108: r0 = *(u64 *)(r10 -376)
 2109: if r0 == 0 goto +2
 2110: r0 = *(u64 *)(r10 -376)
 2111: r9 = *(u32 *)(r0 +12)
 2112: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 2113: r8 = 0
 2114: r0 = *(u64 *)(r10 -368)
 2115: if r0 == 0 goto +2
 2116: r0 = *(u64 *)(r10 -368)
 2117: r8 = *(u16 *)(r0 +2)
 2118: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 2119: r4 = 0
 2120: r0 = *(u64 *)(r10 -368)
 2121: if r0 == 0 goto +2
 2122: r0 = *(u64 *)(r10 -368)
 2123: r4 = *(u16 *)(r0 +0)
 2124: r4 = be16 r4
      ; v181: bit<32> = read var30
 2125: r0 = *(u32 *)(r10 -68)
 2126: *(u64 *)(r10 -368) = r0
      ; v182: bit<32> = read var31
 2127: r0 = *(u32 *)(r10 -64)
 2128: *(u64 *)(r10 -376) = r0
      ; v183: bit<32> = read var32
 2129: r0 = *(u32 *)(r10 -60)
 2130: *(u64 *)(r10 -392) = r0
      ; v184: bit<32> = read var33
 2131: r0 = *(u32 *)(r10 -56)
 2132: *(u64 *)(r10 -400) = r0
      ; v185: bit<16> = read var34
 2133: r0 = *(u16 *)(r10 -30)
 2134: *(u64 *)(r10 -408) = r0
      ; v186: bit<8> = read var35
 2135: r0 = *(u8 *)(r10 -21)
 2136: *(u64 *)(r10 -416) = r0
      ; v187: bit<32> = read var36
 2137: r0 = *(u32 *)(r10 -52)
 2138: *(u64 *)(r10 -424) = r0
      ; v188: bit<32> = read var37
 2139: r0 = *(u32 *)(r10 -48)
 2140: *(u64 *)(r10 -432) = r0
      ; v189: bit<8> = read var38
 2141: r0 = *(u8 *)(r10 -20)
 2142: *(u64 *)(r10 -440) = r0
      ; v190: bit<32> = read var39
 2143: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 2144: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 2145: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2146: *(u64 *)(r10 -256) = 0
 2147: r0 = *(u64 *)(r10 -384)
 2148: *(u32 *)(r10 -264) = r0
 2149: *(u32 *)(r10 -260) = r9
 2150: *(u16 *)(r10 -256) = r8
 2151: *(u16 *)(r10 -254) = r4
 2152: *(u64 *)(r10 -336) = 0
 2153: *(u64 *)(r10 -328) = 0
 2154: *(u64 *)(r10 -320) = 0
 2155: r0 = *(u64 *)(r10 -368)
 2156: *(u32 *)(r10 -352) = r0
 2157: r0 = *(u64 *)(r10 -376)
 2158: *(u32 *)(r10 -348) = r0
 2159: r0 = *(u64 *)(r10 -392)
 2160: *(u32 *)(r10 -344) = r0
 2161: r0 = *(u64 *)(r10 -400)
 2162: *(u32 *)(r10 -340) = r0
 2163: r0 = *(u64 *)(r10 -408)
 2164: *(u16 *)(r10 -336) = r0
 2165: r0 = *(u64 *)(r10 -416)
 2166: *(u8 *)(r10 -334) = r0
 2167: r0 = *(u64 *)(r10 -424)
 2168: *(u32 *)(r10 -332) = r0
 2169: r0 = *(u64 *)(r10 -432)
 2170: *(u32 *)(r10 -328) = r0
 2171: r0 = *(u64 *)(r10 -440)
 2172: *(u8 *)(r10 -324) = r0
 2173: *(u32 *)(r10 -320) = r3
 2174: *(u64 *)(r10 -312) = r2
 2175: *(u64 *)(r10 -304) = r1
 2176: r1 = map[pipe_flows] ll
 2178: r2 = r10
 2179: r2 += -264
 2180: r3 = r10
 2181: r3 += -352
 2182: r4 = 0
 2183: call bpf_map_update_elem
 2184: goto +2
      ; drop
 2185: r0 = 2
 2186: exit
      ; epilogue: verdict
 2187: r0 = 0
 2188: exit
