; dapper for xdp: 2233 instructions, stack 488 bytes, 1 maps
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
   32: r2 = *(u32 *)(r1 +8)
   33: r1 = r2
   34: r1 += 8
   35: if r1 > r6 goto +2
   36: r1 = *(u32 *)(r2 +0)
   37: *(u32 *)(r10 -120) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   38: r3 = *(u64 *)(r10 -16)
   39: if r3 > 16383 goto +2151
   40: r2 = r6
   41: r2 += r3
   42: r1 = r2
   43: r1 += 14
   44: if r1 <= r7 goto +1
   45: goto +2145
   46: r1 = r3
   47: r1 += 1
   48: *(u32 *)(r10 -200) = r1
   49: r3 += 14
   50: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   51: r1 = *(u16 *)(r2 +12)
   52: if r1 != 8 goto +1411
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   53: r2 = *(u64 *)(r10 -16)
   54: if r2 > 16383 goto +2136
   55: r3 = r6
   56: r3 += r2
   57: r1 = r3
   58: r1 += 20
   59: if r1 <= r7 goto +1
   60: goto +2130
   61: r1 = r2
   62: r1 += 1
   63: *(u32 *)(r10 -196) = r1
   64: r2 += 20
   65: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   66: r2 = *(u8 *)(r3 +0)
   67: r2 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
   68: r1 = 1
   69: if r2 >= 5 goto +1
   70: r1 = 0
      ; verify v3, error HeaderTooShort
   71: if r1 == 0 goto +2119
      ; v4: bit<4> = read_field hdr1.ihl
   72: r2 = *(u8 *)(r3 +0)
   73: r2 &= 15
      ; v5: bit<32> = cast v4
   74: w2 = w2
      ; v6: bit<32> = const 5
   75: r1 = 5
      ; v7: bit<32> = sub v5, v6
   76: r2 -= r1
   77: w2 = w2
      ; v8: bit<32> = const 0x20
   78: r1 = 32
      ; v9: bit<32> = mul v7, v8
   79: r2 *= r1
   80: w2 = w2
      ; advance v9
   81: r1 = r2
   82: r1 &= 7
   83: if r1 != 0 goto +2107
   84: r1 = r2
   85: r1 >>= 3
   86: r2 = *(u64 *)(r10 -16)
   87: r2 += r1
   88: if r2 > 16383 goto +2102
   89: r1 = r6
   90: r1 += r2
   91: if r1 <= r7 goto +1
   92: goto +2098
   93: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   94: r2 = *(u16 *)(r3 +6)
   95: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   96: r1 = *(u8 *)(r3 +9)
   97: if r2 != 0 goto +1366
   98: if r1 != 6 goto +1365
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   99: r2 = *(u64 *)(r10 -16)
  100: if r2 > 16383 goto +2090
  101: r3 = r6
  102: r3 += r2
  103: r1 = r3
  104: r1 += 20
  105: if r1 <= r7 goto +1
  106: goto +2084
  107: r1 = r2
  108: r1 += 1
  109: *(u32 *)(r10 -192) = r1
  110: r2 += 20
  111: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  112: r2 = *(u8 *)(r3 +12)
  113: r2 >>= 4
  114: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  115: r1 = 1
  116: if r2 >= 5 goto +1
  117: r1 = 0
      ; verify v14, error HeaderTooShort
  118: if r1 == 0 goto +2072
      ; v15: bit<4> = read_field hdr2.dataOffset
  119: r1 = *(u8 *)(r3 +12)
  120: r1 >>= 4
  121: r1 &= 15
      ; v16: bit<16> = cast v15
  122: r1 &= 65535
      ; v17: bit<16> = const 5
  123: r2 = 5
      ; v18: bit<16> = sub v16, v17
  124: r1 -= r2
  125: r1 &= 65535
      ; v19: bit<16> = const 4
  126: r2 = 4
      ; v20: bit<16> = mul v18, v19
  127: r1 *= r2
  128: r1 &= 65535
      ; write var2, v20
  129: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  130: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  131: r1 = *(u8 *)(r10 -28)
  132: if r2 == 0 goto +1331
  133: if r1 == 10 goto +1330
      ; prs: block5 (parse_option)
      ; extract hdr3
  134: r2 = *(u64 *)(r10 -16)
  135: if r2 > 16383 goto +2055
  136: r3 = r6
  137: r3 += r2
  138: r1 = r3
  139: r1 += 1
  140: if r1 <= r7 goto +1
  141: goto +2049
  142: r1 = r2
  143: r1 += 1
  144: *(u32 *)(r10 -188) = r1
  145: r2 += 1
  146: *(u64 *)(r10 -16) = r2
      ; v23: bit<8> = read var3
  147: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  148: r2 = 1
      ; v25: bit<8> = add v23, v24
  149: r1 += r2
  150: r1 &= 255
      ; write var3, v25
  151: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  152: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  153: r2 = 1
      ; v28: bit<16> = sub v26, v27
  154: r1 -= r2
  155: r1 &= 65535
      ; write var2, v28
  156: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  157: r1 = *(u8 *)(r3 +0)
  158: if r1 == 0 goto +1305
  159: if r1 == 1 goto +103
  160: if r1 == 2 goto +85
  161: if r1 == 3 goto +66
  162: if r1 == 8 goto +47
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  163: r1 = *(u64 *)(r10 -16)
  164: if r1 > 16383 goto +2026
  165: r2 = r6
  166: r2 += r1
  167: r1 = r2
  168: r1 += 1
  169: if r1 <= r7 goto +1
  170: goto +2020
  171: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  172: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  173: r2 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
  174: r1 = 1
  175: if r2 >= 2 goto +1
  176: r1 = 0
      ; verify v33, error HeaderTooShort
  177: if r1 == 0 goto +2013
      ; v34: bit<8> = read var9
  178: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  179: w2 = w2
      ; v36: bit<32> = const 1
  180: r1 = 1
      ; v37: bit<32> = sub v35, v36
  181: r2 -= r1
  182: w2 = w2
      ; v38: bit<32> = const 8
  183: r1 = 8
      ; v39: bit<32> = mul v37, v38
  184: r2 *= r1
  185: w2 = w2
      ; advance v39
  186: r1 = r2
  187: r1 &= 7
  188: if r1 != 0 goto +2002
  189: r1 = r2
  190: r1 >>= 3
  191: r2 = *(u64 *)(r10 -16)
  192: r2 += r1
  193: if r2 > 16383 goto +1997
  194: r1 = r6
  195: r1 += r2
  196: if r1 <= r7 goto +1
  197: goto +1993
  198: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  199: r3 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  200: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  201: r2 &= 65535
      ; v43: bit<16> = const 1
  202: r1 = 1
      ; v44: bit<16> = sub v42, v43
  203: r2 -= r1
  204: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  205: r1 = r3
  206: r1 -= r2
  207: r1 &= 65535
      ; write var2, v45
  208: *(u16 *)(r10 -36) = r1
  209: goto +53
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  210: r2 = *(u64 *)(r10 -16)
  211: if r2 > 16383 goto +1979
  212: r1 = r6
  213: r1 += r2
  214: r1 += 9
  215: if r1 <= r7 goto +1
  216: goto +1974
  217: r1 = r2
  218: r1 += 1
  219: *(u32 *)(r10 -140) = r1
  220: r2 += 9
  221: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  222: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  223: r2 = 9
      ; v48: bit<16> = sub v46, v47
  224: r1 -= r2
  225: r1 &= 65535
      ; write var2, v48
  226: *(u16 *)(r10 -36) = r1
  227: goto +35
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  228: r2 = *(u64 *)(r10 -16)
  229: if r2 > 16383 goto +1961
  230: r1 = r6
  231: r1 += r2
  232: r1 += 2
  233: if r1 <= r7 goto +1
  234: goto +1956
  235: r1 = r2
  236: r1 += 1
  237: *(u32 *)(r10 -144) = r1
  238: r2 += 2
  239: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  240: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  241: r2 = 2
      ; v51: bit<16> = sub v49, v50
  242: r1 -= r2
  243: r1 &= 65535
      ; write var2, v51
  244: *(u16 *)(r10 -36) = r1
  245: goto +17
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  246: r2 = *(u64 *)(r10 -16)
  247: if r2 > 16383 goto +1943
  248: r1 = r6
  249: r1 += r2
  250: r1 += 3
  251: if r1 <= r7 goto +1
  252: goto +1938
  253: r1 = r2
  254: r1 += 1
  255: *(u32 *)(r10 -148) = r1
  256: r2 += 3
  257: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  258: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  259: r2 = 3
      ; v54: bit<16> = sub v52, v53
  260: r1 -= r2
  261: r1 &= 65535
      ; write var2, v54
  262: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  263: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  264: r1 = *(u8 *)(r10 -28)
  265: if r2 == 0 goto +1198
  266: if r1 == 10 goto +1197
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  267: r2 = *(u64 *)(r10 -16)
  268: if r2 > 16383 goto +1922
  269: r3 = r6
  270: r3 += r2
  271: r1 = r3
  272: r1 += 1
  273: if r1 <= r7 goto +1
  274: goto +1916
  275: r1 = r2
  276: r1 += 1
  277: *(u32 *)(r10 -184) = r1
  278: r2 += 1
  279: *(u64 *)(r10 -16) = r2
      ; v57: bit<8> = read var3
  280: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  281: r2 = 1
      ; v59: bit<8> = add v57, v58
  282: r1 += r2
  283: r1 &= 255
      ; write var3, v59
  284: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  285: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  286: r2 = 1
      ; v62: bit<16> = sub v60, v61
  287: r1 -= r2
  288: r1 &= 65535
      ; write var2, v62
  289: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  290: r1 = *(u8 *)(r3 +0)
  291: if r1 == 0 goto +1172
  292: if r1 == 1 goto +103
  293: if r1 == 2 goto +85
  294: if r1 == 3 goto +66
  295: if r1 == 8 goto +47
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  296: r1 = *(u64 *)(r10 -16)
  297: if r1 > 16383 goto +1893
  298: r2 = r6
  299: r2 += r1
  300: r1 = r2
  301: r1 += 1
  302: if r1 <= r7 goto +1
  303: goto +1887
  304: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  305: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  306: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  307: r1 = 1
  308: if r2 >= 2 goto +1
  309: r1 = 0
      ; verify v67, error HeaderTooShort
  310: if r1 == 0 goto +1880
      ; v68: bit<8> = read var9
  311: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  312: w2 = w2
      ; v70: bit<32> = const 1
  313: r1 = 1
      ; v71: bit<32> = sub v69, v70
  314: r2 -= r1
  315: w2 = w2
      ; v72: bit<32> = const 8
  316: r1 = 8
      ; v73: bit<32> = mul v71, v72
  317: r2 *= r1
  318: w2 = w2
      ; advance v73
  319: r1 = r2
  320: r1 &= 7
  321: if r1 != 0 goto +1869
  322: r1 = r2
  323: r1 >>= 3
  324: r2 = *(u64 *)(r10 -16)
  325: r2 += r1
  326: if r2 > 16383 goto +1864
  327: r1 = r6
  328: r1 += r2
  329: if r1 <= r7 goto +1
  330: goto +1860
  331: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  332: r3 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  333: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  334: r2 &= 65535
      ; v77: bit<16> = const 1
  335: r1 = 1
      ; v78: bit<16> = sub v76, v77
  336: r2 -= r1
  337: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  338: r1 = r3
  339: r1 -= r2
  340: r1 &= 65535
      ; write var2, v79
  341: *(u16 *)(r10 -36) = r1
  342: goto +53
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  343: r2 = *(u64 *)(r10 -16)
  344: if r2 > 16383 goto +1846
  345: r1 = r6
  346: r1 += r2
  347: r1 += 9
  348: if r1 <= r7 goto +1
  349: goto +1841
  350: r1 = r2
  351: r1 += 1
  352: *(u32 *)(r10 -140) = r1
  353: r2 += 9
  354: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  355: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  356: r2 = 9
      ; v82: bit<16> = sub v80, v81
  357: r1 -= r2
  358: r1 &= 65535
      ; write var2, v82
  359: *(u16 *)(r10 -36) = r1
  360: goto +35
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  361: r2 = *(u64 *)(r10 -16)
  362: if r2 > 16383 goto +1828
  363: r1 = r6
  364: r1 += r2
  365: r1 += 2
  366: if r1 <= r7 goto +1
  367: goto +1823
  368: r1 = r2
  369: r1 += 1
  370: *(u32 *)(r10 -144) = r1
  371: r2 += 2
  372: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  373: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  374: r2 = 2
      ; v85: bit<16> = sub v83, v84
  375: r1 -= r2
  376: r1 &= 65535
      ; write var2, v85
  377: *(u16 *)(r10 -36) = r1
  378: goto +17
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  379: r2 = *(u64 *)(r10 -16)
  380: if r2 > 16383 goto +1810
  381: r1 = r6
  382: r1 += r2
  383: r1 += 3
  384: if r1 <= r7 goto +1
  385: goto +1805
  386: r1 = r2
  387: r1 += 1
  388: *(u32 *)(r10 -148) = r1
  389: r2 += 3
  390: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  391: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  392: r2 = 3
      ; v88: bit<16> = sub v86, v87
  393: r1 -= r2
  394: r1 &= 65535
      ; write var2, v88
  395: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  396: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  397: r1 = *(u8 *)(r10 -28)
  398: if r2 == 0 goto +1065
  399: if r1 == 10 goto +1064
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  400: r2 = *(u64 *)(r10 -16)
  401: if r2 > 16383 goto +1789
  402: r3 = r6
  403: r3 += r2
  404: r1 = r3
  405: r1 += 1
  406: if r1 <= r7 goto +1
  407: goto +1783
  408: r1 = r2
  409: r1 += 1
  410: *(u32 *)(r10 -180) = r1
  411: r2 += 1
  412: *(u64 *)(r10 -16) = r2
      ; v91: bit<8> = read var3
  413: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  414: r2 = 1
      ; v93: bit<8> = add v91, v92
  415: r1 += r2
  416: r1 &= 255
      ; write var3, v93
  417: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  418: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  419: r2 = 1
      ; v96: bit<16> = sub v94, v95
  420: r1 -= r2
  421: r1 &= 65535
      ; write var2, v96
  422: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  423: r1 = *(u8 *)(r3 +0)
  424: if r1 == 0 goto +1039
  425: if r1 == 1 goto +103
  426: if r1 == 2 goto +85
  427: if r1 == 3 goto +66
  428: if r1 == 8 goto +47
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  429: r1 = *(u64 *)(r10 -16)
  430: if r1 > 16383 goto +1760
  431: r2 = r6
  432: r2 += r1
  433: r1 = r2
  434: r1 += 1
  435: if r1 <= r7 goto +1
  436: goto +1754
  437: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  438: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  439: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  440: r1 = 1
  441: if r2 >= 2 goto +1
  442: r1 = 0
      ; verify v101, error HeaderTooShort
  443: if r1 == 0 goto +1747
      ; v102: bit<8> = read var9
  444: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  445: w2 = w2
      ; v104: bit<32> = const 1
  446: r1 = 1
      ; v105: bit<32> = sub v103, v104
  447: r2 -= r1
  448: w2 = w2
      ; v106: bit<32> = const 8
  449: r1 = 8
      ; v107: bit<32> = mul v105, v106
  450: r2 *= r1
  451: w2 = w2
      ; advance v107
  452: r1 = r2
  453: r1 &= 7
  454: if r1 != 0 goto +1736
  455: r1 = r2
  456: r1 >>= 3
  457: r2 = *(u64 *)(r10 -16)
  458: r2 += r1
  459: if r2 > 16383 goto +1731
  460: r1 = r6
  461: r1 += r2
  462: if r1 <= r7 goto +1
  463: goto +1727
  464: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  465: r3 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  466: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  467: r2 &= 65535
      ; v111: bit<16> = const 1
  468: r1 = 1
      ; v112: bit<16> = sub v110, v111
  469: r2 -= r1
  470: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  471: r1 = r3
  472: r1 -= r2
  473: r1 &= 65535
      ; write var2, v113
  474: *(u16 *)(r10 -36) = r1
  475: goto +53
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  476: r2 = *(u64 *)(r10 -16)
  477: if r2 > 16383 goto +1713
  478: r1 = r6
  479: r1 += r2
  480: r1 += 9
  481: if r1 <= r7 goto +1
  482: goto +1708
  483: r1 = r2
  484: r1 += 1
  485: *(u32 *)(r10 -140) = r1
  486: r2 += 9
  487: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  488: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  489: r2 = 9
      ; v116: bit<16> = sub v114, v115
  490: r1 -= r2
  491: r1 &= 65535
      ; write var2, v116
  492: *(u16 *)(r10 -36) = r1
  493: goto +35
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  494: r2 = *(u64 *)(r10 -16)
  495: if r2 > 16383 goto +1695
  496: r1 = r6
  497: r1 += r2
  498: r1 += 2
  499: if r1 <= r7 goto +1
  500: goto +1690
  501: r1 = r2
  502: r1 += 1
  503: *(u32 *)(r10 -144) = r1
  504: r2 += 2
  505: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  506: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  507: r2 = 2
      ; v119: bit<16> = sub v117, v118
  508: r1 -= r2
  509: r1 &= 65535
      ; write var2, v119
  510: *(u16 *)(r10 -36) = r1
  511: goto +17
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  512: r2 = *(u64 *)(r10 -16)
  513: if r2 > 16383 goto +1677
  514: r1 = r6
  515: r1 += r2
  516: r1 += 3
  517: if r1 <= r7 goto +1
  518: goto +1672
  519: r1 = r2
  520: r1 += 1
  521: *(u32 *)(r10 -148) = r1
  522: r2 += 3
  523: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  524: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  525: r2 = 3
      ; v122: bit<16> = sub v120, v121
  526: r1 -= r2
  527: r1 &= 65535
      ; write var2, v122
  528: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  529: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  530: r1 = *(u8 *)(r10 -28)
  531: if r2 == 0 goto +932
  532: if r1 == 10 goto +931
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  533: r2 = *(u64 *)(r10 -16)
  534: if r2 > 16383 goto +1656
  535: r3 = r6
  536: r3 += r2
  537: r1 = r3
  538: r1 += 1
  539: if r1 <= r7 goto +1
  540: goto +1650
  541: r1 = r2
  542: r1 += 1
  543: *(u32 *)(r10 -176) = r1
  544: r2 += 1
  545: *(u64 *)(r10 -16) = r2
      ; v125: bit<8> = read var3
  546: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  547: r2 = 1
      ; v127: bit<8> = add v125, v126
  548: r1 += r2
  549: r1 &= 255
      ; write var3, v127
  550: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  551: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  552: r2 = 1
      ; v130: bit<16> = sub v128, v129
  553: r1 -= r2
  554: r1 &= 65535
      ; write var2, v130
  555: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  556: r1 = *(u8 *)(r3 +0)
  557: if r1 == 0 goto +906
  558: if r1 == 1 goto +103
  559: if r1 == 2 goto +85
  560: if r1 == 3 goto +66
  561: if r1 == 8 goto +47
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  562: r1 = *(u64 *)(r10 -16)
  563: if r1 > 16383 goto +1627
  564: r2 = r6
  565: r2 += r1
  566: r1 = r2
  567: r1 += 1
  568: if r1 <= r7 goto +1
  569: goto +1621
  570: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  571: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  572: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  573: r1 = 1
  574: if r2 >= 2 goto +1
  575: r1 = 0
      ; verify v135, error HeaderTooShort
  576: if r1 == 0 goto +1614
      ; v136: bit<8> = read var9
  577: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  578: w2 = w2
      ; v138: bit<32> = const 1
  579: r1 = 1
      ; v139: bit<32> = sub v137, v138
  580: r2 -= r1
  581: w2 = w2
      ; v140: bit<32> = const 8
  582: r1 = 8
      ; v141: bit<32> = mul v139, v140
  583: r2 *= r1
  584: w2 = w2
      ; advance v141
  585: r1 = r2
  586: r1 &= 7
  587: if r1 != 0 goto +1603
  588: r1 = r2
  589: r1 >>= 3
  590: r2 = *(u64 *)(r10 -16)
  591: r2 += r1
  592: if r2 > 16383 goto +1598
  593: r1 = r6
  594: r1 += r2
  595: if r1 <= r7 goto +1
  596: goto +1594
  597: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  598: r3 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  599: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  600: r2 &= 65535
      ; v145: bit<16> = const 1
  601: r1 = 1
      ; v146: bit<16> = sub v144, v145
  602: r2 -= r1
  603: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  604: r1 = r3
  605: r1 -= r2
  606: r1 &= 65535
      ; write var2, v147
  607: *(u16 *)(r10 -36) = r1
  608: goto +53
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  609: r2 = *(u64 *)(r10 -16)
  610: if r2 > 16383 goto +1580
  611: r1 = r6
  612: r1 += r2
  613: r1 += 9
  614: if r1 <= r7 goto +1
  615: goto +1575
  616: r1 = r2
  617: r1 += 1
  618: *(u32 *)(r10 -140) = r1
  619: r2 += 9
  620: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  621: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  622: r2 = 9
      ; v150: bit<16> = sub v148, v149
  623: r1 -= r2
  624: r1 &= 65535
      ; write var2, v150
  625: *(u16 *)(r10 -36) = r1
  626: goto +35
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  627: r2 = *(u64 *)(r10 -16)
  628: if r2 > 16383 goto +1562
  629: r1 = r6
  630: r1 += r2
  631: r1 += 2
  632: if r1 <= r7 goto +1
  633: goto +1557
  634: r1 = r2
  635: r1 += 1
  636: *(u32 *)(r10 -144) = r1
  637: r2 += 2
  638: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  639: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  640: r2 = 2
      ; v153: bit<16> = sub v151, v152
  641: r1 -= r2
  642: r1 &= 65535
      ; write var2, v153
  643: *(u16 *)(r10 -36) = r1
  644: goto +17
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  645: r2 = *(u64 *)(r10 -16)
  646: if r2 > 16383 goto +1544
  647: r1 = r6
  648: r1 += r2
  649: r1 += 3
  650: if r1 <= r7 goto +1
  651: goto +1539
  652: r1 = r2
  653: r1 += 1
  654: *(u32 *)(r10 -148) = r1
  655: r2 += 3
  656: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  657: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  658: r2 = 3
      ; v156: bit<16> = sub v154, v155
  659: r1 -= r2
  660: r1 &= 65535
      ; write var2, v156
  661: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  662: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  663: r1 = *(u8 *)(r10 -28)
  664: if r2 == 0 goto +799
  665: if r1 == 10 goto +798
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  666: r2 = *(u64 *)(r10 -16)
  667: if r2 > 16383 goto +1523
  668: r3 = r6
  669: r3 += r2
  670: r1 = r3
  671: r1 += 1
  672: if r1 <= r7 goto +1
  673: goto +1517
  674: r1 = r2
  675: r1 += 1
  676: *(u32 *)(r10 -172) = r1
  677: r2 += 1
  678: *(u64 *)(r10 -16) = r2
      ; v159: bit<8> = read var3
  679: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  680: r2 = 1
      ; v161: bit<8> = add v159, v160
  681: r1 += r2
  682: r1 &= 255
      ; write var3, v161
  683: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  684: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  685: r2 = 1
      ; v164: bit<16> = sub v162, v163
  686: r1 -= r2
  687: r1 &= 65535
      ; write var2, v164
  688: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  689: r1 = *(u8 *)(r3 +0)
  690: if r1 == 0 goto +773
  691: if r1 == 1 goto +103
  692: if r1 == 2 goto +85
  693: if r1 == 3 goto +66
  694: if r1 == 8 goto +47
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  695: r1 = *(u64 *)(r10 -16)
  696: if r1 > 16383 goto +1494
  697: r2 = r6
  698: r2 += r1
  699: r1 = r2
  700: r1 += 1
  701: if r1 <= r7 goto +1
  702: goto +1488
  703: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  704: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  705: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  706: r1 = 1
  707: if r2 >= 2 goto +1
  708: r1 = 0
      ; verify v169, error HeaderTooShort
  709: if r1 == 0 goto +1481
      ; v170: bit<8> = read var9
  710: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  711: w2 = w2
      ; v172: bit<32> = const 1
  712: r1 = 1
      ; v173: bit<32> = sub v171, v172
  713: r2 -= r1
  714: w2 = w2
      ; v174: bit<32> = const 8
  715: r1 = 8
      ; v175: bit<32> = mul v173, v174
  716: r2 *= r1
  717: w2 = w2
      ; advance v175
  718: r1 = r2
  719: r1 &= 7
  720: if r1 != 0 goto +1470
  721: r1 = r2
  722: r1 >>= 3
  723: r2 = *(u64 *)(r10 -16)
  724: r2 += r1
  725: if r2 > 16383 goto +1465
  726: r1 = r6
  727: r1 += r2
  728: if r1 <= r7 goto +1
  729: goto +1461
  730: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  731: r3 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  732: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  733: r2 &= 65535
      ; v179: bit<16> = const 1
  734: r1 = 1
      ; v180: bit<16> = sub v178, v179
  735: r2 -= r1
  736: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  737: r1 = r3
  738: r1 -= r2
  739: r1 &= 65535
      ; write var2, v181
  740: *(u16 *)(r10 -36) = r1
  741: goto +53
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  742: r2 = *(u64 *)(r10 -16)
  743: if r2 > 16383 goto +1447
  744: r1 = r6
  745: r1 += r2
  746: r1 += 9
  747: if r1 <= r7 goto +1
  748: goto +1442
  749: r1 = r2
  750: r1 += 1
  751: *(u32 *)(r10 -140) = r1
  752: r2 += 9
  753: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  754: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  755: r2 = 9
      ; v184: bit<16> = sub v182, v183
  756: r1 -= r2
  757: r1 &= 65535
      ; write var2, v184
  758: *(u16 *)(r10 -36) = r1
  759: goto +35
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  760: r2 = *(u64 *)(r10 -16)
  761: if r2 > 16383 goto +1429
  762: r1 = r6
  763: r1 += r2
  764: r1 += 2
  765: if r1 <= r7 goto +1
  766: goto +1424
  767: r1 = r2
  768: r1 += 1
  769: *(u32 *)(r10 -144) = r1
  770: r2 += 2
  771: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  772: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  773: r2 = 2
      ; v187: bit<16> = sub v185, v186
  774: r1 -= r2
  775: r1 &= 65535
      ; write var2, v187
  776: *(u16 *)(r10 -36) = r1
  777: goto +17
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  778: r2 = *(u64 *)(r10 -16)
  779: if r2 > 16383 goto +1411
  780: r1 = r6
  781: r1 += r2
  782: r1 += 3
  783: if r1 <= r7 goto +1
  784: goto +1406
  785: r1 = r2
  786: r1 += 1
  787: *(u32 *)(r10 -148) = r1
  788: r2 += 3
  789: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  790: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  791: r2 = 3
      ; v190: bit<16> = sub v188, v189
  792: r1 -= r2
  793: r1 &= 65535
      ; write var2, v190
  794: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  795: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  796: r1 = *(u8 *)(r10 -28)
  797: if r2 == 0 goto +666
  798: if r1 == 10 goto +665
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  799: r2 = *(u64 *)(r10 -16)
  800: if r2 > 16383 goto +1390
  801: r3 = r6
  802: r3 += r2
  803: r1 = r3
  804: r1 += 1
  805: if r1 <= r7 goto +1
  806: goto +1384
  807: r1 = r2
  808: r1 += 1
  809: *(u32 *)(r10 -168) = r1
  810: r2 += 1
  811: *(u64 *)(r10 -16) = r2
      ; v193: bit<8> = read var3
  812: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
  813: r2 = 1
      ; v195: bit<8> = add v193, v194
  814: r1 += r2
  815: r1 &= 255
      ; write var3, v195
  816: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  817: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
  818: r2 = 1
      ; v198: bit<16> = sub v196, v197
  819: r1 -= r2
  820: r1 &= 65535
      ; write var2, v198
  821: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  822: r1 = *(u8 *)(r3 +0)
  823: if r1 == 0 goto +640
  824: if r1 == 1 goto +103
  825: if r1 == 2 goto +85
  826: if r1 == 3 goto +66
  827: if r1 == 8 goto +47
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  828: r1 = *(u64 *)(r10 -16)
  829: if r1 > 16383 goto +1361
  830: r2 = r6
  831: r2 += r1
  832: r1 = r2
  833: r1 += 1
  834: if r1 <= r7 goto +1
  835: goto +1355
  836: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  837: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  838: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  839: r1 = 1
  840: if r2 >= 2 goto +1
  841: r1 = 0
      ; verify v203, error HeaderTooShort
  842: if r1 == 0 goto +1348
      ; v204: bit<8> = read var9
  843: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  844: w2 = w2
      ; v206: bit<32> = const 1
  845: r1 = 1
      ; v207: bit<32> = sub v205, v206
  846: r2 -= r1
  847: w2 = w2
      ; v208: bit<32> = const 8
  848: r1 = 8
      ; v209: bit<32> = mul v207, v208
  849: r2 *= r1
  850: w2 = w2
      ; advance v209
  851: r1 = r2
  852: r1 &= 7
  853: if r1 != 0 goto +1337
  854: r1 = r2
  855: r1 >>= 3
  856: r2 = *(u64 *)(r10 -16)
  857: r2 += r1
  858: if r2 > 16383 goto +1332
  859: r1 = r6
  860: r1 += r2
  861: if r1 <= r7 goto +1
  862: goto +1328
  863: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  864: r3 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  865: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  866: r2 &= 65535
      ; v213: bit<16> = const 1
  867: r1 = 1
      ; v214: bit<16> = sub v212, v213
  868: r2 -= r1
  869: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  870: r1 = r3
  871: r1 -= r2
  872: r1 &= 65535
      ; write var2, v215
  873: *(u16 *)(r10 -36) = r1
  874: goto +53
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  875: r2 = *(u64 *)(r10 -16)
  876: if r2 > 16383 goto +1314
  877: r1 = r6
  878: r1 += r2
  879: r1 += 9
  880: if r1 <= r7 goto +1
  881: goto +1309
  882: r1 = r2
  883: r1 += 1
  884: *(u32 *)(r10 -140) = r1
  885: r2 += 9
  886: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  887: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
  888: r2 = 9
      ; v218: bit<16> = sub v216, v217
  889: r1 -= r2
  890: r1 &= 65535
      ; write var2, v218
  891: *(u16 *)(r10 -36) = r1
  892: goto +35
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  893: r2 = *(u64 *)(r10 -16)
  894: if r2 > 16383 goto +1296
  895: r1 = r6
  896: r1 += r2
  897: r1 += 2
  898: if r1 <= r7 goto +1
  899: goto +1291
  900: r1 = r2
  901: r1 += 1
  902: *(u32 *)(r10 -144) = r1
  903: r2 += 2
  904: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  905: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
  906: r2 = 2
      ; v221: bit<16> = sub v219, v220
  907: r1 -= r2
  908: r1 &= 65535
      ; write var2, v221
  909: *(u16 *)(r10 -36) = r1
  910: goto +17
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  911: r2 = *(u64 *)(r10 -16)
  912: if r2 > 16383 goto +1278
  913: r1 = r6
  914: r1 += r2
  915: r1 += 3
  916: if r1 <= r7 goto +1
  917: goto +1273
  918: r1 = r2
  919: r1 += 1
  920: *(u32 *)(r10 -148) = r1
  921: r2 += 3
  922: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  923: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
  924: r2 = 3
      ; v224: bit<16> = sub v222, v223
  925: r1 -= r2
  926: r1 &= 65535
      ; write var2, v224
  927: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  928: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  929: r1 = *(u8 *)(r10 -28)
  930: if r2 == 0 goto +533
  931: if r1 == 10 goto +532
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  932: r2 = *(u64 *)(r10 -16)
  933: if r2 > 16383 goto +1257
  934: r3 = r6
  935: r3 += r2
  936: r1 = r3
  937: r1 += 1
  938: if r1 <= r7 goto +1
  939: goto +1251
  940: r1 = r2
  941: r1 += 1
  942: *(u32 *)(r10 -164) = r1
  943: r2 += 1
  944: *(u64 *)(r10 -16) = r2
      ; v227: bit<8> = read var3
  945: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
  946: r2 = 1
      ; v229: bit<8> = add v227, v228
  947: r1 += r2
  948: r1 &= 255
      ; write var3, v229
  949: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  950: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
  951: r2 = 1
      ; v232: bit<16> = sub v230, v231
  952: r1 -= r2
  953: r1 &= 65535
      ; write var2, v232
  954: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  955: r1 = *(u8 *)(r3 +0)
  956: if r1 == 0 goto +507
  957: if r1 == 1 goto +103
  958: if r1 == 2 goto +85
  959: if r1 == 3 goto +66
  960: if r1 == 8 goto +47
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  961: r1 = *(u64 *)(r10 -16)
  962: if r1 > 16383 goto +1228
  963: r2 = r6
  964: r2 += r1
  965: r1 = r2
  966: r1 += 1
  967: if r1 <= r7 goto +1
  968: goto +1222
  969: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  970: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  971: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  972: r1 = 1
  973: if r2 >= 2 goto +1
  974: r1 = 0
      ; verify v237, error HeaderTooShort
  975: if r1 == 0 goto +1215
      ; v238: bit<8> = read var9
  976: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  977: w2 = w2
      ; v240: bit<32> = const 1
  978: r1 = 1
      ; v241: bit<32> = sub v239, v240
  979: r2 -= r1
  980: w2 = w2
      ; v242: bit<32> = const 8
  981: r1 = 8
      ; v243: bit<32> = mul v241, v242
  982: r2 *= r1
  983: w2 = w2
      ; advance v243
  984: r1 = r2
  985: r1 &= 7
  986: if r1 != 0 goto +1204
  987: r1 = r2
  988: r1 >>= 3
  989: r2 = *(u64 *)(r10 -16)
  990: r2 += r1
  991: if r2 > 16383 goto +1199
  992: r1 = r6
  993: r1 += r2
  994: if r1 <= r7 goto +1
  995: goto +1195
  996: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  997: r3 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  998: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
  999: r2 &= 65535
      ; v247: bit<16> = const 1
 1000: r1 = 1
      ; v248: bit<16> = sub v246, v247
 1001: r2 -= r1
 1002: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
 1003: r1 = r3
 1004: r1 -= r2
 1005: r1 &= 65535
      ; write var2, v249
 1006: *(u16 *)(r10 -36) = r1
 1007: goto +53
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1008: r2 = *(u64 *)(r10 -16)
 1009: if r2 > 16383 goto +1181
 1010: r1 = r6
 1011: r1 += r2
 1012: r1 += 9
 1013: if r1 <= r7 goto +1
 1014: goto +1176
 1015: r1 = r2
 1016: r1 += 1
 1017: *(u32 *)(r10 -140) = r1
 1018: r2 += 9
 1019: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
 1020: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1021: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1022: r1 -= r2
 1023: r1 &= 65535
      ; write var2, v252
 1024: *(u16 *)(r10 -36) = r1
 1025: goto +35
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1026: r2 = *(u64 *)(r10 -16)
 1027: if r2 > 16383 goto +1163
 1028: r1 = r6
 1029: r1 += r2
 1030: r1 += 2
 1031: if r1 <= r7 goto +1
 1032: goto +1158
 1033: r1 = r2
 1034: r1 += 1
 1035: *(u32 *)(r10 -144) = r1
 1036: r2 += 2
 1037: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
 1038: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1039: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1040: r1 -= r2
 1041: r1 &= 65535
      ; write var2, v255
 1042: *(u16 *)(r10 -36) = r1
 1043: goto +17
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1044: r2 = *(u64 *)(r10 -16)
 1045: if r2 > 16383 goto +1145
 1046: r1 = r6
 1047: r1 += r2
 1048: r1 += 3
 1049: if r1 <= r7 goto +1
 1050: goto +1140
 1051: r1 = r2
 1052: r1 += 1
 1053: *(u32 *)(r10 -148) = r1
 1054: r2 += 3
 1055: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
 1056: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1057: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1058: r1 -= r2
 1059: r1 &= 65535
      ; write var2, v258
 1060: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1061: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1062: r1 = *(u8 *)(r10 -28)
 1063: if r2 == 0 goto +400
 1064: if r1 == 10 goto +399
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1065: r2 = *(u64 *)(r10 -16)
 1066: if r2 > 16383 goto +1124
 1067: r3 = r6
 1068: r3 += r2
 1069: r1 = r3
 1070: r1 += 1
 1071: if r1 <= r7 goto +1
 1072: goto +1118
 1073: r1 = r2
 1074: r1 += 1
 1075: *(u32 *)(r10 -160) = r1
 1076: r2 += 1
 1077: *(u64 *)(r10 -16) = r2
      ; v261: bit<8> = read var3
 1078: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1079: r2 = 1
      ; v263: bit<8> = add v261, v262
 1080: r1 += r2
 1081: r1 &= 255
      ; write var3, v263
 1082: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
 1083: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1084: r2 = 1
      ; v266: bit<16> = sub v264, v265
 1085: r1 -= r2
 1086: r1 &= 65535
      ; write var2, v266
 1087: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
 1088: r1 = *(u8 *)(r3 +0)
 1089: if r1 == 0 goto +374
 1090: if r1 == 1 goto +103
 1091: if r1 == 2 goto +85
 1092: if r1 == 3 goto +66
 1093: if r1 == 8 goto +47
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1094: r1 = *(u64 *)(r10 -16)
 1095: if r1 > 16383 goto +1095
 1096: r2 = r6
 1097: r2 += r1
 1098: r1 = r2
 1099: r1 += 1
 1100: if r1 <= r7 goto +1
 1101: goto +1089
 1102: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1103: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1104: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
 1105: r1 = 1
 1106: if r2 >= 2 goto +1
 1107: r1 = 0
      ; verify v271, error HeaderTooShort
 1108: if r1 == 0 goto +1082
      ; v272: bit<8> = read var9
 1109: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1110: w2 = w2
      ; v274: bit<32> = const 1
 1111: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1112: r2 -= r1
 1113: w2 = w2
      ; v276: bit<32> = const 8
 1114: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1115: r2 *= r1
 1116: w2 = w2
      ; advance v277
 1117: r1 = r2
 1118: r1 &= 7
 1119: if r1 != 0 goto +1071
 1120: r1 = r2
 1121: r1 >>= 3
 1122: r2 = *(u64 *)(r10 -16)
 1123: r2 += r1
 1124: if r2 > 16383 goto +1066
 1125: r1 = r6
 1126: r1 += r2
 1127: if r1 <= r7 goto +1
 1128: goto +1062
 1129: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1130: r3 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1131: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1132: r2 &= 65535
      ; v281: bit<16> = const 1
 1133: r1 = 1
      ; v282: bit<16> = sub v280, v281
 1134: r2 -= r1
 1135: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1136: r1 = r3
 1137: r1 -= r2
 1138: r1 &= 65535
      ; write var2, v283
 1139: *(u16 *)(r10 -36) = r1
 1140: goto +53
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1141: r2 = *(u64 *)(r10 -16)
 1142: if r2 > 16383 goto +1048
 1143: r1 = r6
 1144: r1 += r2
 1145: r1 += 9
 1146: if r1 <= r7 goto +1
 1147: goto +1043
 1148: r1 = r2
 1149: r1 += 1
 1150: *(u32 *)(r10 -140) = r1
 1151: r2 += 9
 1152: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1153: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1154: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1155: r1 -= r2
 1156: r1 &= 65535
      ; write var2, v286
 1157: *(u16 *)(r10 -36) = r1
 1158: goto +35
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1159: r2 = *(u64 *)(r10 -16)
 1160: if r2 > 16383 goto +1030
 1161: r1 = r6
 1162: r1 += r2
 1163: r1 += 2
 1164: if r1 <= r7 goto +1
 1165: goto +1025
 1166: r1 = r2
 1167: r1 += 1
 1168: *(u32 *)(r10 -144) = r1
 1169: r2 += 2
 1170: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1171: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1172: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1173: r1 -= r2
 1174: r1 &= 65535
      ; write var2, v289
 1175: *(u16 *)(r10 -36) = r1
 1176: goto +17
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1177: r2 = *(u64 *)(r10 -16)
 1178: if r2 > 16383 goto +1012
 1179: r1 = r6
 1180: r1 += r2
 1181: r1 += 3
 1182: if r1 <= r7 goto +1
 1183: goto +1007
 1184: r1 = r2
 1185: r1 += 1
 1186: *(u32 *)(r10 -148) = r1
 1187: r2 += 3
 1188: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1189: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1190: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1191: r1 -= r2
 1192: r1 &= 65535
      ; write var2, v292
 1193: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1194: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1195: r1 = *(u8 *)(r10 -28)
 1196: if r2 == 0 goto +267
 1197: if r1 == 10 goto +266
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1198: r2 = *(u64 *)(r10 -16)
 1199: if r2 > 16383 goto +991
 1200: r3 = r6
 1201: r3 += r2
 1202: r1 = r3
 1203: r1 += 1
 1204: if r1 <= r7 goto +1
 1205: goto +985
 1206: r1 = r2
 1207: r1 += 1
 1208: *(u32 *)(r10 -156) = r1
 1209: r2 += 1
 1210: *(u64 *)(r10 -16) = r2
      ; v295: bit<8> = read var3
 1211: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1212: r2 = 1
      ; v297: bit<8> = add v295, v296
 1213: r1 += r2
 1214: r1 &= 255
      ; write var3, v297
 1215: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1216: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1217: r2 = 1
      ; v300: bit<16> = sub v298, v299
 1218: r1 -= r2
 1219: r1 &= 65535
      ; write var2, v300
 1220: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1221: r1 = *(u8 *)(r3 +0)
 1222: if r1 == 0 goto +241
 1223: if r1 == 1 goto +103
 1224: if r1 == 2 goto +85
 1225: if r1 == 3 goto +66
 1226: if r1 == 8 goto +47
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1227: r1 = *(u64 *)(r10 -16)
 1228: if r1 > 16383 goto +962
 1229: r2 = r6
 1230: r2 += r1
 1231: r1 = r2
 1232: r1 += 1
 1233: if r1 <= r7 goto +1
 1234: goto +956
 1235: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1236: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1237: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1238: r1 = 1
 1239: if r2 >= 2 goto +1
 1240: r1 = 0
      ; verify v305, error HeaderTooShort
 1241: if r1 == 0 goto +949
      ; v306: bit<8> = read var9
 1242: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1243: w2 = w2
      ; v308: bit<32> = const 1
 1244: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1245: r2 -= r1
 1246: w2 = w2
      ; v310: bit<32> = const 8
 1247: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1248: r2 *= r1
 1249: w2 = w2
      ; advance v311
 1250: r1 = r2
 1251: r1 &= 7
 1252: if r1 != 0 goto +938
 1253: r1 = r2
 1254: r1 >>= 3
 1255: r2 = *(u64 *)(r10 -16)
 1256: r2 += r1
 1257: if r2 > 16383 goto +933
 1258: r1 = r6
 1259: r1 += r2
 1260: if r1 <= r7 goto +1
 1261: goto +929
 1262: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1263: r3 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1264: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1265: r2 &= 65535
      ; v315: bit<16> = const 1
 1266: r1 = 1
      ; v316: bit<16> = sub v314, v315
 1267: r2 -= r1
 1268: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1269: r1 = r3
 1270: r1 -= r2
 1271: r1 &= 65535
      ; write var2, v317
 1272: *(u16 *)(r10 -36) = r1
 1273: goto +53
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1274: r2 = *(u64 *)(r10 -16)
 1275: if r2 > 16383 goto +915
 1276: r1 = r6
 1277: r1 += r2
 1278: r1 += 9
 1279: if r1 <= r7 goto +1
 1280: goto +910
 1281: r1 = r2
 1282: r1 += 1
 1283: *(u32 *)(r10 -140) = r1
 1284: r2 += 9
 1285: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1286: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1287: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1288: r1 -= r2
 1289: r1 &= 65535
      ; write var2, v320
 1290: *(u16 *)(r10 -36) = r1
 1291: goto +35
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1292: r2 = *(u64 *)(r10 -16)
 1293: if r2 > 16383 goto +897
 1294: r1 = r6
 1295: r1 += r2
 1296: r1 += 2
 1297: if r1 <= r7 goto +1
 1298: goto +892
 1299: r1 = r2
 1300: r1 += 1
 1301: *(u32 *)(r10 -144) = r1
 1302: r2 += 2
 1303: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1304: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1305: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1306: r1 -= r2
 1307: r1 &= 65535
      ; write var2, v323
 1308: *(u16 *)(r10 -36) = r1
 1309: goto +17
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1310: r2 = *(u64 *)(r10 -16)
 1311: if r2 > 16383 goto +879
 1312: r1 = r6
 1313: r1 += r2
 1314: r1 += 3
 1315: if r1 <= r7 goto +1
 1316: goto +874
 1317: r1 = r2
 1318: r1 += 1
 1319: *(u32 *)(r10 -148) = r1
 1320: r2 += 3
 1321: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1322: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1323: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1324: r1 -= r2
 1325: r1 &= 65535
      ; write var2, v326
 1326: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1327: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1328: r1 = *(u8 *)(r10 -28)
 1329: if r2 == 0 goto +134
 1330: if r1 == 10 goto +133
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1331: r2 = *(u64 *)(r10 -16)
 1332: if r2 > 16383 goto +858
 1333: r3 = r6
 1334: r3 += r2
 1335: r1 = r3
 1336: r1 += 1
 1337: if r1 <= r7 goto +1
 1338: goto +852
 1339: r1 = r2
 1340: r1 += 1
 1341: *(u32 *)(r10 -152) = r1
 1342: r2 += 1
 1343: *(u64 *)(r10 -16) = r2
      ; v329: bit<8> = read var3
 1344: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1345: r2 = 1
      ; v331: bit<8> = add v329, v330
 1346: r1 += r2
 1347: r1 &= 255
      ; write var3, v331
 1348: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1349: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1350: r2 = 1
      ; v334: bit<16> = sub v332, v333
 1351: r1 -= r2
 1352: r1 &= 65535
      ; write var2, v334
 1353: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1354: r1 = *(u8 *)(r3 +0)
 1355: if r1 == 0 goto +108
 1356: if r1 == 1 goto +103
 1357: if r1 == 2 goto +85
 1358: if r1 == 3 goto +66
 1359: if r1 == 8 goto +47
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1360: r1 = *(u64 *)(r10 -16)
 1361: if r1 > 16383 goto +829
 1362: r2 = r6
 1363: r2 += r1
 1364: r1 = r2
 1365: r1 += 1
 1366: if r1 <= r7 goto +1
 1367: goto +823
 1368: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1369: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1370: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1371: r1 = 1
 1372: if r2 >= 2 goto +1
 1373: r1 = 0
      ; verify v339, error HeaderTooShort
 1374: if r1 == 0 goto +816
      ; v340: bit<8> = read var9
 1375: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1376: w2 = w2
      ; v342: bit<32> = const 1
 1377: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1378: r2 -= r1
 1379: w2 = w2
      ; v344: bit<32> = const 8
 1380: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1381: r2 *= r1
 1382: w2 = w2
      ; advance v345
 1383: r1 = r2
 1384: r1 &= 7
 1385: if r1 != 0 goto +805
 1386: r1 = r2
 1387: r1 >>= 3
 1388: r2 = *(u64 *)(r10 -16)
 1389: r2 += r1
 1390: if r2 > 16383 goto +800
 1391: r1 = r6
 1392: r1 += r2
 1393: if r1 <= r7 goto +1
 1394: goto +796
 1395: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1396: r3 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1397: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1398: r2 &= 65535
      ; v349: bit<16> = const 1
 1399: r1 = 1
      ; v350: bit<16> = sub v348, v349
 1400: r2 -= r1
 1401: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1402: r1 = r3
 1403: r1 -= r2
 1404: r1 &= 65535
      ; write var2, v351
 1405: *(u16 *)(r10 -36) = r1
 1406: goto +53
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1407: r2 = *(u64 *)(r10 -16)
 1408: if r2 > 16383 goto +782
 1409: r1 = r6
 1410: r1 += r2
 1411: r1 += 9
 1412: if r1 <= r7 goto +1
 1413: goto +777
 1414: r1 = r2
 1415: r1 += 1
 1416: *(u32 *)(r10 -140) = r1
 1417: r2 += 9
 1418: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1419: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1420: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1421: r1 -= r2
 1422: r1 &= 65535
      ; write var2, v354
 1423: *(u16 *)(r10 -36) = r1
 1424: goto +35
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1425: r2 = *(u64 *)(r10 -16)
 1426: if r2 > 16383 goto +764
 1427: r1 = r6
 1428: r1 += r2
 1429: r1 += 2
 1430: if r1 <= r7 goto +1
 1431: goto +759
 1432: r1 = r2
 1433: r1 += 1
 1434: *(u32 *)(r10 -144) = r1
 1435: r2 += 2
 1436: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1437: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1438: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1439: r1 -= r2
 1440: r1 &= 65535
      ; write var2, v357
 1441: *(u16 *)(r10 -36) = r1
 1442: goto +17
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1443: r2 = *(u64 *)(r10 -16)
 1444: if r2 > 16383 goto +746
 1445: r1 = r6
 1446: r1 += r2
 1447: r1 += 3
 1448: if r1 <= r7 goto +1
 1449: goto +741
 1450: r1 = r2
 1451: r1 += 1
 1452: *(u32 *)(r10 -148) = r1
 1453: r2 += 3
 1454: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1455: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1456: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1457: r1 -= r2
 1458: r1 &= 65535
      ; write var2, v360
 1459: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1460: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1461: r1 = *(u8 *)(r10 -28)
 1462: if r2 == 0 goto +1
 1463: if r1 != 10 goto +727
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1464: r1 = *(u32 *)(r10 -192)
 1465: if r1 == 0 goto +1
 1466: r1 = 1
      ; v1: bool = not v0
 1467: r1 ^= 1
 1468: if r1 != 0 goto +743
      ; v2: bit<64> = timestamp_ns
 1469: call bpf_ktime_get_ns
 1470: r1 = r0
      ; write var10, v2
 1471: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1472: r1 = *(u32 *)(r10 -192)
 1473: if r1 == 0 goto +9
 1474: r1 -= 1
 1475: if r1 > 16383 goto +7
 1476: *(u64 *)(r10 -400) = r6
 1477: r0 = *(u64 *)(r10 -400)
 1478: r0 += r1
 1479: *(u64 *)(r10 -400) = r0
 1480: r1 = *(u64 *)(r10 -400)
 1481: r1 += 20
 1482: if r1 <= r7 goto +1
 1483: *(u64 *)(r10 -400) = 0
 1484: r1 = 0
 1485: r0 = *(u64 *)(r10 -400)
 1486: if r0 == 0 goto +2
 1487: r0 = *(u64 *)(r10 -400)
 1488: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1489: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1490: r1 = *(u32 *)(r10 -196)
 1491: if r1 == 0 goto +9
 1492: r1 -= 1
 1493: if r1 > 16383 goto +7
 1494: *(u64 *)(r10 -408) = r6
 1495: r0 = *(u64 *)(r10 -408)
 1496: r0 += r1
 1497: *(u64 *)(r10 -408) = r0
 1498: r1 = *(u64 *)(r10 -408)
 1499: r1 += 20
 1500: if r1 <= r7 goto +1
 1501: *(u64 *)(r10 -408) = 0
 1502: r3 = 0
 1503: r0 = *(u64 *)(r10 -408)
 1504: if r0 == 0 goto +3
 1505: r0 = *(u64 *)(r10 -408)
 1506: r3 = *(u8 *)(r0 +0)
 1507: r3 &= 15
      ; v5: bit<16> = cast v4
 1508: r3 &= 65535
      ; v6: bit<8> = const 2
 1509: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1510: if r1 >= 16 goto +3
 1511: r3 <<= r1
 1512: r3 &= 65535
 1513: goto +1
 1514: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1515: r2 = 0
 1516: r0 = *(u64 *)(r10 -400)
 1517: if r0 == 0 goto +4
 1518: r0 = *(u64 *)(r10 -400)
 1519: r2 = *(u8 *)(r0 +12)
 1520: r2 >>= 4
 1521: r2 &= 15
      ; v9: bit<16> = cast v8
 1522: r2 &= 65535
      ; v10: bit<8> = const 2
 1523: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1524: if r1 >= 16 goto +3
 1525: r2 <<= r1
 1526: r2 &= 65535
 1527: goto +1
 1528: r2 = 0
      ; v12: bit<16> = add v7, v11
 1529: r1 = r3
 1530: r1 += r2
 1531: r1 &= 65535
      ; write var12, v12
 1532: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1533: r1 = 0
 1534: r0 = *(u64 *)(r10 -408)
 1535: if r0 == 0 goto +2
 1536: r0 = *(u64 *)(r10 -408)
 1537: r1 = *(u16 *)(r0 +2)
 1538: r1 = be16 r1
      ; v14: bit<16> = read var12
 1539: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1540: r1 -= r2
 1541: r1 &= 65535
      ; v16: bit<32> = cast v15
 1542: w1 = w1
      ; write var13, v16
 1543: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1544: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1545: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1546: r2 = 1
      ; v20: bit<8> = and v18, v19
 1547: r1 &= r2
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1548: r3 = 1
 1549: if r1 != 0 goto +1
 1550: r3 = 0
      ; v23: bit<32> = const 1
 1551: r2 = 1
      ; v24: bit<32> = const 0
 1552: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1553: if r3 != 0 goto +1
 1554: r2 = r1
      ; v26: bit<32> = add v17, v25
 1555: r1 = r4
 1556: r1 += r2
 1557: w1 = w1
      ; write var14, v26
 1558: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1559: r4 = 0
 1560: r0 = *(u64 *)(r10 -408)
 1561: if r0 == 0 goto +2
 1562: r0 = *(u64 *)(r10 -408)
 1563: r4 = *(u32 *)(r0 +12)
 1564: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1565: r3 = 0
 1566: r0 = *(u64 *)(r10 -408)
 1567: if r0 == 0 goto +2
 1568: r0 = *(u64 *)(r10 -408)
 1569: r3 = *(u32 *)(r0 +16)
 1570: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1571: r2 = 0
 1572: r0 = *(u64 *)(r10 -400)
 1573: if r0 == 0 goto +2
 1574: r0 = *(u64 *)(r10 -400)
 1575: r2 = *(u16 *)(r0 +0)
 1576: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1577: r1 = 0
 1578: r0 = *(u64 *)(r10 -400)
 1579: if r0 == 0 goto +2
 1580: r0 = *(u64 *)(r10 -400)
 1581: r1 = *(u16 *)(r0 +2)
 1582: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1583: *(u64 *)(r10 -256) = 0
 1584: *(u32 *)(r10 -264) = r4
 1585: *(u32 *)(r10 -260) = r3
 1586: *(u16 *)(r10 -256) = r2
 1587: *(u16 *)(r10 -254) = r1
 1588: r1 = map[pipe_flows] ll
 1590: r2 = r10
 1591: r2 += -264
 1592: call bpf_map_lookup_elem
 1593: r9 = r0
 1594: if r9 == 0 goto +40
 1595: *(u64 *)(r10 -416) = 1
 1596: r0 = *(u32 *)(r9 +0)
 1597: *(u64 *)(r10 -424) = r0
 1598: r0 = *(u64 *)(r10 -424)
 1599: w0 = w0
 1600: *(u64 *)(r10 -424) = r0
 1601: r0 = *(u32 *)(r9 +4)
 1602: *(u64 *)(r10 -432) = r0
 1603: r0 = *(u64 *)(r10 -432)
 1604: w0 = w0
 1605: *(u64 *)(r10 -432) = r0
 1606: r0 = *(u32 *)(r9 +8)
 1607: *(u64 *)(r10 -440) = r0
 1608: r0 = *(u64 *)(r10 -440)
 1609: w0 = w0
 1610: *(u64 *)(r10 -440) = r0
 1611: r0 = *(u32 *)(r9 +12)
 1612: *(u64 *)(r10 -448) = r0
 1613: r0 = *(u64 *)(r10 -448)
 1614: w0 = w0
 1615: *(u64 *)(r10 -448) = r0
 1616: r0 = *(u16 *)(r9 +16)
 1617: *(u64 *)(r10 -456) = r0
 1618: r0 = *(u64 *)(r10 -456)
 1619: r0 &= 65535
 1620: *(u64 *)(r10 -456) = r0
 1621: r8 = *(u8 *)(r9 +18)
 1622: r8 &= 255
 1623: r4 = *(u32 *)(r9 +20)
 1624: w4 = w4
 1625: r3 = *(u32 *)(r9 +24)
 1626: w3 = w3
 1627: r2 = *(u8 *)(r9 +28)
 1628: r2 &= 255
 1629: r1 = *(u32 *)(r9 +32)
 1630: w1 = w1
 1631: r0 = *(u64 *)(r9 +40)
 1632: *(u64 *)(r10 -464) = r0
 1633: r9 = *(u64 *)(r9 +48)
 1634: goto +13
 1635: *(u64 *)(r10 -416) = 0
 1636: *(u64 *)(r10 -424) = 0
 1637: *(u64 *)(r10 -432) = 0
 1638: *(u64 *)(r10 -440) = 0
 1639: *(u64 *)(r10 -448) = 0
 1640: *(u64 *)(r10 -456) = 0
 1641: r8 = 0
 1642: r4 = 0
 1643: r3 = 0
 1644: r2 = 0
 1645: r1 = 0
 1646: *(u64 *)(r10 -464) = 0
 1647: r9 = 0
      ; write var15, v32
 1648: r0 = *(u64 *)(r10 -424)
 1649: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1650: r0 = *(u64 *)(r10 -432)
 1651: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1652: r0 = *(u64 *)(r10 -440)
 1653: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1654: r0 = *(u64 *)(r10 -448)
 1655: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1656: r0 = *(u64 *)(r10 -456)
 1657: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1658: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1659: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1660: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1661: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1662: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1663: r0 = *(u64 *)(r10 -464)
 1664: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1665: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1666: r0 = *(u64 *)(r10 -416)
 1667: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1668: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 1669: r2 = 2
      ; v46: bit<8> = and v44, v45
 1670: r1 &= r2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1671: if r1 != 0 goto +54
      ; v65: bool = read var27
 1672: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1673: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1674: r2 = 1
 1675: if r1 != 0 goto +1
 1676: r2 = 0
      ; v69: bool = logical_and v65, v68
 1677: r1 = r3
 1678: r1 &= r2
 1679: if r1 == 0 goto +116
      ; v70: bit<32> = read_field hdr2.seqNo
 1680: r1 = 0
 1681: r0 = *(u64 *)(r10 -400)
 1682: if r0 == 0 goto +2
 1683: r0 = *(u64 *)(r10 -400)
 1684: r1 = *(u32 *)(r0 +4)
 1685: r1 = be32 r1
      ; v71: bit<32> = read var14
 1686: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1687: r1 += r2
 1688: w1 = w1
      ; write var28, v72
 1689: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1690: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1691: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1692: r1 -= r2
 1693: w1 = w1
      ; write var29, v75
 1694: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1695: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1696: r4 = 1
 1697: if r1 != 0 goto +1
 1698: r4 = 0
      ; v79: bit<32> = read var29
 1699: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1700: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1701: r2 = 1
 1702: if r3 < r1 goto +1
 1703: r2 = 0
      ; v82: bool = logical_and v78, v81
 1704: r1 = r4
 1705: r1 &= r2
 1706: if r1 != 0 goto +8
      ; v90: bit<32> = read var22
 1707: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 1708: r2 = 1
      ; v92: bit<32> = add v90, v91
 1709: r1 += r2
 1710: w1 = w1
      ; write var22, v92
 1711: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1712: r1 = 0
      ; write var23, v93
 1713: *(u8 *)(r10 -23) = r1
 1714: goto +81
      ; v83: bit<32> = read var28
 1715: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1716: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1717: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1718: if r1 != 0 goto +77
      ; v87: bit<8> = const 1
 1719: r1 = 1
      ; write var23, v87
 1720: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1721: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1722: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1723: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1724: *(u64 *)(r10 -232) = r1
 1725: goto +70
      ; v49: bool = const 1
 1726: r1 = 1
      ; write var27, v49
 1727: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1728: r1 = 0
 1729: r0 = *(u64 *)(r10 -400)
 1730: if r0 == 0 goto +2
 1731: r0 = *(u64 *)(r10 -400)
 1732: r1 = *(u32 *)(r0 +4)
 1733: r1 = be32 r1
      ; write var15, v50
 1734: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1735: r1 = 0
 1736: r0 = *(u64 *)(r10 -400)
 1737: if r0 == 0 goto +2
 1738: r0 = *(u64 *)(r10 -400)
 1739: r1 = *(u32 *)(r0 +4)
 1740: r1 = be32 r1
      ; v52: bit<32> = const 1
 1741: r2 = 1
      ; v53: bit<32> = add v51, v52
 1742: r1 += r2
 1743: w1 = w1
      ; write var16, v53
 1744: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1745: r1 = 0
      ; write var18, v54
 1746: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1747: r1 = *(u32 *)(r10 -148)
 1748: if r1 == 0 goto +7
 1749: r1 -= 1
 1750: if r1 > 16383 goto +5
 1751: r2 = r6
 1752: r2 += r1
 1753: r1 = r2
 1754: r1 += 3
 1755: if r1 <= r7 goto +1
 1756: r2 = 0
 1757: r1 = 0
 1758: if r2 == 0 goto +1
 1759: r1 = *(u16 *)(r2 +1)
 1760: r1 = be16 r1
      ; write var19, v55
 1761: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1762: r1 = *(u32 *)(r10 -144)
 1763: if r1 == 0 goto +7
 1764: r1 -= 1
 1765: if r1 > 16383 goto +5
 1766: r2 = r6
 1767: r2 += r1
 1768: r1 = r2
 1769: r1 += 2
 1770: if r1 <= r7 goto +1
 1771: r2 = 0
 1772: r1 = 0
 1773: if r2 == 0 goto +1
 1774: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1775: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1776: r1 = 0
      ; write var21, v57
 1777: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1778: r1 = 0
      ; write var22, v58
 1779: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1780: r1 = 1
      ; write var23, v59
 1781: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1782: r1 = 0
 1783: r0 = *(u64 *)(r10 -400)
 1784: if r0 == 0 goto +2
 1785: r0 = *(u64 *)(r10 -400)
 1786: r1 = *(u32 *)(r0 +4)
 1787: r1 = be32 r1
      ; v61: bit<32> = const 1
 1788: r2 = 1
      ; v62: bit<32> = add v60, v61
 1789: r1 += r2
 1790: w1 = w1
      ; write var24, v62
 1791: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1792: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1793: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1794: r1 = 0
      ; write var26, v64
 1795: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1796: r1 = *(u8 *)(r10 -22)
 1797: if r1 == 0 goto +108
      ; v95: bool = is_valid hdr15
 1798: r1 = *(u32 *)(r10 -140)
 1799: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1800: r1 = *(u32 *)(r10 -140)
 1801: if r1 == 0 goto +7
 1802: r1 -= 1
 1803: if r1 > 16383 goto +5
 1804: r2 = r6
 1805: r2 += r1
 1806: r1 = r2
 1807: r1 += 9
 1808: if r1 <= r7 goto +1
 1809: r2 = 0
 1810: r1 = 0
 1811: if r2 == 0 goto +1
 1812: r1 = *(u32 *)(r2 +1)
 1813: r1 = be32 r1
      ; write var21, v96
 1814: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1815: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1816: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1817: r1 -= r2
 1818: w1 = w1
      ; write var17, v99
 1819: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1820: r1 = 0
 1821: r0 = *(u64 *)(r10 -408)
 1822: if r0 == 0 goto +2
 1823: r0 = *(u64 *)(r10 -408)
 1824: r1 = *(u32 *)(r0 +12)
 1825: *(u64 *)(r10 -416) = r1
 1826: r0 = *(u64 *)(r10 -416)
 1827: r0 = be32 r0
 1828: *(u64 *)(r10 -416) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1829: r9 = 0
 1830: r0 = *(u64 *)(r10 -408)
 1831: if r0 == 0 goto +2
 1832: r0 = *(u64 *)(r10 -408)
 1833: r9 = *(u32 *)(r0 +16)
 1834: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1835: r8 = 0
 1836: r0 = *(u64 *)(r10 -400)
 1837: if r0 == 0 goto +2
 1838: r0 = *(u64 *)(r10 -400)
 1839: r8 = *(u16 *)(r0 +0)
 1840: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1841: r4 = 0
 1842: r0 = *(u64 *)(r10 -400)
 1843: if r0 == 0 goto +2
 1844: r0 = *(u64 *)(r10 -400)
 1845: r4 = *(u16 *)(r0 +2)
 1846: r4 = be16 r4
      ; v104: bit<32> = read var15
 1847: r0 = *(u32 *)(r10 -104)
 1848: *(u64 *)(r10 -424) = r0
      ; v105: bit<32> = read var16
 1849: r0 = *(u32 *)(r10 -100)
 1850: *(u64 *)(r10 -432) = r0
      ; v106: bit<32> = read var17
 1851: r0 = *(u32 *)(r10 -96)
 1852: *(u64 *)(r10 -440) = r0
      ; v107: bit<32> = read var18
 1853: r0 = *(u32 *)(r10 -92)
 1854: *(u64 *)(r10 -448) = r0
      ; v108: bit<16> = read var19
 1855: r0 = *(u16 *)(r10 -32)
 1856: *(u64 *)(r10 -456) = r0
      ; v109: bit<8> = read var20
 1857: r0 = *(u8 *)(r10 -24)
 1858: *(u64 *)(r10 -464) = r0
      ; v110: bit<32> = read var21
 1859: r0 = *(u32 *)(r10 -88)
 1860: *(u64 *)(r10 -472) = r0
      ; v111: bit<32> = read var22
 1861: r0 = *(u32 *)(r10 -84)
 1862: *(u64 *)(r10 -480) = r0
      ; v112: bit<8> = read var23
 1863: r0 = *(u8 *)(r10 -23)
 1864: *(u64 *)(r10 -488) = r0
      ; v113: bit<32> = read var24
 1865: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1866: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1867: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1868: *(u64 *)(r10 -256) = 0
 1869: r0 = *(u64 *)(r10 -416)
 1870: *(u32 *)(r10 -264) = r0
 1871: *(u32 *)(r10 -260) = r9
 1872: *(u16 *)(r10 -256) = r8
 1873: *(u16 *)(r10 -254) = r4
 1874: *(u64 *)(r10 -336) = 0
 1875: *(u64 *)(r10 -328) = 0
 1876: *(u64 *)(r10 -320) = 0
 1877: r0 = *(u64 *)(r10 -424)
 1878: *(u32 *)(r10 -352) = r0
 1879: r0 = *(u64 *)(r10 -432)
 1880: *(u32 *)(r10 -348) = r0
 1881: r0 = *(u64 *)(r10 -440)
 1882: *(u32 *)(r10 -344) = r0
 1883: r0 = *(u64 *)(r10 -448)
 1884: *(u32 *)(r10 -340) = r0
 1885: r0 = *(u64 *)(r10 -456)
 1886: *(u16 *)(r10 -336) = r0
 1887: r0 = *(u64 *)(r10 -464)
 1888: *(u8 *)(r10 -334) = r0
 1889: r0 = *(u64 *)(r10 -472)
 1890: *(u32 *)(r10 -332) = r0
 1891: r0 = *(u64 *)(r10 -480)
 1892: *(u32 *)(r10 -328) = r0
 1893: r0 = *(u64 *)(r10 -488)
 1894: *(u8 *)(r10 -324) = r0
 1895: *(u32 *)(r10 -320) = r3
 1896: *(u64 *)(r10 -312) = r2
 1897: *(u64 *)(r10 -304) = r1
 1898: r1 = map[pipe_flows] ll
 1900: r2 = r10
 1901: r2 += -264
 1902: r3 = r10
 1903: r3 += -352
 1904: r4 = 0
 1905: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1906: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 1907: r2 = 16
      ; v118: bit<8> = and v116, v117
 1908: r1 &= r2
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1909: if r1 == 0 goto +302
      ; v121: bit<32> = read_field hdr1.dstAddr
 1910: r4 = 0
 1911: r0 = *(u64 *)(r10 -408)
 1912: if r0 == 0 goto +2
 1913: r0 = *(u64 *)(r10 -408)
 1914: r4 = *(u32 *)(r0 +16)
 1915: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1916: r3 = 0
 1917: r0 = *(u64 *)(r10 -408)
 1918: if r0 == 0 goto +2
 1919: r0 = *(u64 *)(r10 -408)
 1920: r3 = *(u32 *)(r0 +12)
 1921: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1922: r2 = 0
 1923: r0 = *(u64 *)(r10 -400)
 1924: if r0 == 0 goto +2
 1925: r0 = *(u64 *)(r10 -400)
 1926: r2 = *(u16 *)(r0 +2)
 1927: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1928: r1 = 0
 1929: r0 = *(u64 *)(r10 -400)
 1930: if r0 == 0 goto +2
 1931: r0 = *(u64 *)(r10 -400)
 1932: r1 = *(u16 *)(r0 +0)
 1933: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1934: *(u64 *)(r10 -256) = 0
 1935: *(u32 *)(r10 -264) = r4
 1936: *(u32 *)(r10 -260) = r3
 1937: *(u16 *)(r10 -256) = r2
 1938: *(u16 *)(r10 -254) = r1
 1939: r1 = map[pipe_flows] ll
 1941: r2 = r10
 1942: r2 += -264
 1943: call bpf_map_lookup_elem
 1944: r9 = r0
 1945: if r9 == 0 goto +40
 1946: *(u64 *)(r10 -416) = 1
 1947: r0 = *(u32 *)(r9 +0)
 1948: *(u64 *)(r10 -424) = r0
 1949: r0 = *(u64 *)(r10 -424)
 1950: w0 = w0
 1951: *(u64 *)(r10 -424) = r0
 1952: r0 = *(u32 *)(r9 +4)
 1953: *(u64 *)(r10 -432) = r0
 1954: r0 = *(u64 *)(r10 -432)
 1955: w0 = w0
 1956: *(u64 *)(r10 -432) = r0
 1957: r0 = *(u32 *)(r9 +8)
 1958: *(u64 *)(r10 -440) = r0
 1959: r0 = *(u64 *)(r10 -440)
 1960: w0 = w0
 1961: *(u64 *)(r10 -440) = r0
 1962: r0 = *(u32 *)(r9 +12)
 1963: *(u64 *)(r10 -448) = r0
 1964: r0 = *(u64 *)(r10 -448)
 1965: w0 = w0
 1966: *(u64 *)(r10 -448) = r0
 1967: r0 = *(u16 *)(r9 +16)
 1968: *(u64 *)(r10 -456) = r0
 1969: r0 = *(u64 *)(r10 -456)
 1970: r0 &= 65535
 1971: *(u64 *)(r10 -456) = r0
 1972: r8 = *(u8 *)(r9 +18)
 1973: r8 &= 255
 1974: r4 = *(u32 *)(r9 +20)
 1975: w4 = w4
 1976: r3 = *(u32 *)(r9 +24)
 1977: w3 = w3
 1978: r2 = *(u8 *)(r9 +28)
 1979: r2 &= 255
 1980: r1 = *(u32 *)(r9 +32)
 1981: w1 = w1
 1982: r0 = *(u64 *)(r9 +40)
 1983: *(u64 *)(r10 -464) = r0
 1984: r9 = *(u64 *)(r9 +48)
 1985: goto +13
 1986: *(u64 *)(r10 -416) = 0
 1987: *(u64 *)(r10 -424) = 0
 1988: *(u64 *)(r10 -432) = 0
 1989: *(u64 *)(r10 -440) = 0
 1990: *(u64 *)(r10 -448) = 0
 1991: *(u64 *)(r10 -456) = 0
 1992: r8 = 0
 1993: r4 = 0
 1994: r3 = 0
 1995: r2 = 0
 1996: r1 = 0
 1997: *(u64 *)(r10 -464) = 0
 1998: r9 = 0
      ; write var30, v126
 1999: r0 = *(u64 *)(r10 -424)
 2000: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 2001: r0 = *(u64 *)(r10 -432)
 2002: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 2003: r0 = *(u64 *)(r10 -440)
 2004: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 2005: r0 = *(u64 *)(r10 -448)
 2006: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 2007: r0 = *(u64 *)(r10 -456)
 2008: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 2009: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 2010: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 2011: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 2012: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 2013: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 2014: r0 = *(u64 *)(r10 -464)
 2015: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2016: *(u64 *)(r10 -208) = r9
 2017: r0 = *(u64 *)(r10 -416)
 2018: if r0 == 0 goto +193
      ; v138: bit<32> = read_field hdr2.ackNo
 2019: r1 = 0
 2020: r0 = *(u64 *)(r10 -400)
 2021: if r0 == 0 goto +2
 2022: r0 = *(u64 *)(r10 -400)
 2023: r1 = *(u32 *)(r0 +8)
 2024: r1 = be32 r1
      ; v139: bit<32> = read var30
 2025: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2026: r1 -= r2
 2027: w1 = w1
      ; write var42, v140
 2028: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 2029: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 2030: r4 = 1
 2031: if r1 != 0 goto +1
 2032: r4 = 0
      ; v144: bit<32> = read var42
 2033: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2034: w1 = -2147483648
      ; v146: bool = lt v144, v145
 2035: r2 = 1
 2036: if r3 < r1 goto +1
 2037: r2 = 0
      ; v147: bool = logical_and v143, v146
 2038: r1 = r4
 2039: r1 &= r2
 2040: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 2041: r1 = 0
 2042: r0 = *(u64 *)(r10 -400)
 2043: if r0 == 0 goto +2
 2044: r0 = *(u64 *)(r10 -400)
 2045: r1 = *(u32 *)(r0 +8)
 2046: r1 = be32 r1
      ; write var30, v148
 2047: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2048: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 2049: r4 = 1
 2050: if r1 == 1 goto +1
 2051: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2052: r3 = 0
 2053: r0 = *(u64 *)(r10 -400)
 2054: if r0 == 0 goto +2
 2055: r0 = *(u64 *)(r10 -400)
 2056: r3 = *(u32 *)(r0 +8)
 2057: r3 = be32 r3
      ; v153: bit<32> = read var39
 2058: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2059: r3 -= r1
 2060: w3 = w3
      ; v155: bit<32> = const 0x80000000
 2061: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2062: r2 = 1
 2063: if r3 < r1 goto +1
 2064: r2 = 0
      ; v157: bool = logical_and v151, v156
 2065: r1 = r4
 2066: r1 &= r2
 2067: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 2068: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2069: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2070: r1 -= r2
      ; write var41, v160
 2071: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 2072: r1 = 0
      ; write var38, v161
 2073: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2074: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2075: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2076: r1 -= r2
 2077: w1 = w1
      ; write var32, v164
 2078: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 2079: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2080: r2 = 2
      ; v167: bit<8> = and v165, v166
 2081: r1 &= r2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 2082: r3 = 1
 2083: if r1 != 0 goto +1
 2084: r3 = 0
      ; v170: bit<8> = read var20
 2085: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2086: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 2087: if r3 != 0 goto +1
 2088: r1 = r2
      ; write var43, v172
 2089: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 2090: r1 = 0
 2091: r0 = *(u64 *)(r10 -400)
 2092: if r0 == 0 goto +2
 2093: r0 = *(u64 *)(r10 -400)
 2094: r1 = *(u16 *)(r0 +14)
 2095: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2096: w1 = w1
      ; v175: bit<8> = read var43
 2097: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2098: if r2 >= 32 goto +3
 2099: r1 <<= r2
 2100: w1 = w1
 2101: goto +1
 2102: r1 = 0
      ; write var33, v176
 2103: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 2104: r1 = 0
 2105: r0 = *(u64 *)(r10 -408)
 2106: if r0 == 0 goto +2
 2107: r0 = *(u64 *)(r10 -408)
 2108: r1 = *(u32 *)(r0 +16)
 2109: *(u64 *)(r10 -416) = r1
 2110: r0 = *(u64 *)(r10 -416)
 2111: r0 = be32 r0
 2112: *(u64 *)(r10 -416) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 2113: r9 = 0
 2114: r0 = *(u64 *)(r10 -408)
 2115: if r0 == 0 goto +2
 2116: r0 = *(u64 *)(r10 -408)
 2117: r9 = *(u32 *)(r0 +12)
 2118: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 2119: r8 = 0
 2120: r0 = *(u64 *)(r10 -400)
 2121: if r0 == 0 goto +2
 2122: r0 = *(u64 *)(r10 -400)
 2123: r8 = *(u16 *)(r0 +2)
 2124: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 2125: r4 = 0
 2126: r0 = *(u64 *)(r10 -400)
 2127: if r0 == 0 goto +2
 2128: r0 = *(u64 *)(r10 -400)
 2129: r4 = *(u16 *)(r0 +0)
 2130: r4 = be16 r4
      ; v181: bit<32> = read var30
 2131: r0 = *(u32 *)(r10 -68)
 2132: *(u64 *)(r10 -400) = r0
      ; v182: bit<32> = read var31
 2133: r0 = *(u32 *)(r10 -64)
 2134: *(u64 *)(r10 -408) = r0
      ; v183: bit<32> = read var32
 2135: r0 = *(u32 *)(r10 -60)
 2136: *(u64 *)(r10 -424) = r0
      ; v184: bit<32> = read var33
 2137: r0 = *(u32 *)(r10 -56)
 2138: *(u64 *)(r10 -432) = r0
      ; v185: bit<16> = read var34
 2139: r0 = *(u16 *)(r10 -30)
 2140: *(u64 *)(r10 -440) = r0
      ; v186: bit<8> = read var35
 2141: r0 = *(u8 *)(r10 -21)
 2142: *(u64 *)(r10 -448) = r0
      ; v187: bit<32> = read var36
 2143: r0 = *(u32 *)(r10 -52)
 2144: *(u64 *)(r10 -456) = r0
      ; v188: bit<32> = read var37
 2145: r0 = *(u32 *)(r10 -48)
 2146: *(u64 *)(r10 -464) = r0
      ; v189: bit<8> = read var38
 2147: r0 = *(u8 *)(r10 -20)
 2148: *(u64 *)(r10 -472) = r0
      ; v190: bit<32> = read var39
 2149: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 2150: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 2151: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2152: *(u64 *)(r10 -256) = 0
 2153: r0 = *(u64 *)(r10 -416)
 2154: *(u32 *)(r10 -264) = r0
 2155: *(u32 *)(r10 -260) = r9
 2156: *(u16 *)(r10 -256) = r8
 2157: *(u16 *)(r10 -254) = r4
 2158: *(u64 *)(r10 -336) = 0
 2159: *(u64 *)(r10 -328) = 0
 2160: *(u64 *)(r10 -320) = 0
 2161: r0 = *(u64 *)(r10 -400)
 2162: *(u32 *)(r10 -352) = r0
 2163: r0 = *(u64 *)(r10 -408)
 2164: *(u32 *)(r10 -348) = r0
 2165: r0 = *(u64 *)(r10 -424)
 2166: *(u32 *)(r10 -344) = r0
 2167: r0 = *(u64 *)(r10 -432)
 2168: *(u32 *)(r10 -340) = r0
 2169: r0 = *(u64 *)(r10 -440)
 2170: *(u16 *)(r10 -336) = r0
 2171: r0 = *(u64 *)(r10 -448)
 2172: *(u8 *)(r10 -334) = r0
 2173: r0 = *(u64 *)(r10 -456)
 2174: *(u32 *)(r10 -332) = r0
 2175: r0 = *(u64 *)(r10 -464)
 2176: *(u32 *)(r10 -328) = r0
 2177: r0 = *(u64 *)(r10 -472)
 2178: *(u8 *)(r10 -324) = r0
 2179: *(u32 *)(r10 -320) = r3
 2180: *(u64 *)(r10 -312) = r2
 2181: *(u64 *)(r10 -304) = r1
 2182: r1 = map[pipe_flows] ll
 2184: r2 = r10
 2185: r2 += -264
 2186: r3 = r10
 2187: r3 += -352
 2188: r4 = 0
 2189: call bpf_map_update_elem
 2190: goto +21
      ; drop
 2191: r2 = *(u32 *)(r10 -120)
 2192: r1 = *(u32 *)(r10 -116)
 2193: *(u64 *)(r10 -368) = r2
 2194: *(u64 *)(r10 -376) = r1
 2195: r1 = *(u64 *)(r10 -8)
 2196: r2 = 0xfffffffffffffff8 ll
 2198: call bpf_xdp_adjust_meta
 2199: if r0 != 0 goto +10
 2200: r1 = *(u64 *)(r10 -8)
 2201: r3 = *(u32 *)(r1 +8)
 2202: r2 = *(u32 *)(r1 +0)
 2203: r1 = r3
 2204: r1 += 8
 2205: if r1 > r2 goto +4
 2206: r1 = *(u64 *)(r10 -368)
 2207: *(u32 *)(r3 +0) = r1
 2208: r1 = *(u64 *)(r10 -376)
 2209: *(u32 *)(r3 +4) = r1
 2210: r0 = 1
 2211: exit
      ; epilogue: verdict
 2212: r2 = *(u32 *)(r10 -120)
 2213: r1 = *(u32 *)(r10 -116)
 2214: *(u64 *)(r10 -384) = r2
 2215: *(u64 *)(r10 -392) = r1
 2216: r1 = *(u64 *)(r10 -8)
 2217: r2 = 0xfffffffffffffff8 ll
 2219: call bpf_xdp_adjust_meta
 2220: if r0 != 0 goto +10
 2221: r1 = *(u64 *)(r10 -8)
 2222: r3 = *(u32 *)(r1 +8)
 2223: r2 = *(u32 *)(r1 +0)
 2224: r1 = r3
 2225: r1 += 8
 2226: if r1 > r2 goto +4
 2227: r1 = *(u64 *)(r10 -384)
 2228: *(u32 *)(r3 +0) = r1
 2229: r1 = *(u64 *)(r10 -392)
 2230: *(u32 *)(r3 +4) = r1
 2231: r0 = 2
 2232: exit
