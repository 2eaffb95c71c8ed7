; dapper for classifier: 2225 instructions, stack 456 bytes, 1 maps
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
   33: if r3 > 16383 goto +2187
   34: r2 = r6
   35: r2 += r3
   36: r1 = r2
   37: r1 += 14
   38: if r1 <= r7 goto +1
   39: goto +2181
   40: r1 = r3
   41: r1 += 1
   42: *(u32 *)(r10 -200) = r1
   43: r3 += 14
   44: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   45: r1 = *(u16 *)(r2 +12)
   46: r1 = be16 r1
   47: if r1 != 2048 goto +1445
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   48: r2 = *(u64 *)(r10 -16)
   49: if r2 > 16383 goto +2171
   50: r3 = r6
   51: r3 += r2
   52: r1 = r3
   53: r1 += 20
   54: if r1 <= r7 goto +1
   55: goto +2165
   56: r1 = r2
   57: r1 += 1
   58: *(u32 *)(r10 -196) = r1
   59: r2 += 20
   60: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   61: r4 = *(u8 *)(r3 +0)
   62: r4 &= 15
      ; v2: bit<4> = const 5
   63: r2 = 5
      ; v3: bool = ge v1, v2
   64: r1 = 1
   65: if r4 >= r2 goto +1
   66: r1 = 0
      ; verify v3, error HeaderTooShort
   67: if r1 == 0 goto +2153
      ; v4: bit<4> = read_field hdr1.ihl
   68: r1 = *(u8 *)(r3 +0)
   69: r1 &= 15
      ; v5: bit<32> = cast v4
   70: r2 = r1
   71: w2 = w2
      ; v6: bit<32> = const 5
   72: r1 = 5
      ; v7: bit<32> = sub v5, v6
   73: r2 -= r1
   74: w2 = w2
      ; v8: bit<32> = const 0x20
   75: r1 = 32
      ; v9: bit<32> = mul v7, v8
   76: r2 *= r1
   77: w2 = w2
      ; advance v9
   78: r1 = r2
   79: r1 &= 7
   80: if r1 != 0 goto +2140
   81: r1 = r2
   82: r1 >>= 3
   83: r2 = *(u64 *)(r10 -16)
   84: r2 += r1
   85: if r2 > 16383 goto +2135
   86: r1 = r6
   87: r1 += r2
   88: if r1 <= r7 goto +1
   89: goto +2131
   90: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   91: r2 = *(u16 *)(r3 +6)
   92: r2 = be16 r2
   93: r2 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
   94: r1 = *(u8 *)(r3 +9)
   95: if r2 != 0 goto +1397
   96: if r1 != 6 goto +1396
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   97: r2 = *(u64 *)(r10 -16)
   98: if r2 > 16383 goto +2122
   99: r4 = r6
  100: r4 += r2
  101: r1 = r4
  102: r1 += 20
  103: if r1 <= r7 goto +1
  104: goto +2116
  105: r1 = r2
  106: r1 += 1
  107: *(u32 *)(r10 -192) = r1
  108: r2 += 20
  109: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  110: r3 = *(u8 *)(r4 +12)
  111: r3 >>= 4
  112: r3 &= 15
      ; v13: bit<4> = const 5
  113: r2 = 5
      ; v14: bool = ge v12, v13
  114: r1 = 1
  115: if r3 >= r2 goto +1
  116: r1 = 0
      ; verify v14, error HeaderTooShort
  117: if r1 == 0 goto +2103
      ; v15: bit<4> = read_field hdr2.dataOffset
  118: r1 = *(u8 *)(r4 +12)
  119: r1 >>= 4
  120: r1 &= 15
      ; v16: bit<16> = cast v15
  121: r1 &= 65535
      ; v17: bit<16> = const 5
  122: r2 = 5
      ; v18: bit<16> = sub v16, v17
  123: r1 -= r2
  124: r1 &= 65535
      ; v19: bit<16> = const 4
  125: r2 = 4
      ; v20: bit<16> = mul v18, v19
  126: r1 *= r2
  127: r1 &= 65535
      ; write var2, v20
  128: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  129: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  130: r1 = *(u8 *)(r10 -28)
  131: if r2 == 0 goto +1361
  132: if r1 == 10 goto +1360
      ; prs: block5 (parse_option)
      ; extract hdr3
  133: r2 = *(u64 *)(r10 -16)
  134: if r2 > 16383 goto +2086
  135: r3 = r6
  136: r3 += r2
  137: r1 = r3
  138: r1 += 1
  139: if r1 <= r7 goto +1
  140: goto +2080
  141: r1 = r2
  142: r1 += 1
  143: *(u32 *)(r10 -188) = r1
  144: r2 += 1
  145: *(u64 *)(r10 -16) = r2
      ; v23: bit<8> = read var3
  146: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  147: r2 = 1
      ; v25: bit<8> = add v23, v24
  148: r1 += r2
  149: r1 &= 255
      ; write var3, v25
  150: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  151: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  152: r2 = 1
      ; v28: bit<16> = sub v26, v27
  153: r1 -= r2
  154: r1 &= 65535
      ; write var2, v28
  155: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  156: r1 = *(u8 *)(r3 +0)
  157: if r1 == 0 goto +1335
  158: if r1 == 1 goto +106
  159: if r1 == 2 goto +88
  160: if r1 == 3 goto +69
  161: if r1 == 8 goto +50
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  162: r1 = *(u64 *)(r10 -16)
  163: if r1 > 16383 goto +2057
  164: r2 = r6
  165: r2 += r1
  166: r1 = r2
  167: r1 += 1
  168: if r1 <= r7 goto +1
  169: goto +2051
  170: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  171: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  172: r3 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
  173: r2 = 2
      ; v33: bool = ge v31, v32
  174: r1 = 1
  175: if r3 >= r2 goto +1
  176: r1 = 0
      ; verify v33, error HeaderTooShort
  177: if r1 == 0 goto +2043
      ; v34: bit<8> = read var9
  178: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  179: r2 = r1
  180: w2 = w2
      ; v36: bit<32> = const 1
  181: r1 = 1
      ; v37: bit<32> = sub v35, v36
  182: r2 -= r1
  183: w2 = w2
      ; v38: bit<32> = const 8
  184: r1 = 8
      ; v39: bit<32> = mul v37, v38
  185: r2 *= r1
  186: w2 = w2
      ; advance v39
  187: r1 = r2
  188: r1 &= 7
  189: if r1 != 0 goto +2031
  190: r1 = r2
  191: r1 >>= 3
  192: r2 = *(u64 *)(r10 -16)
  193: r2 += r1
  194: if r2 > 16383 goto +2026
  195: r1 = r6
  196: r1 += r2
  197: if r1 <= r7 goto +1
  198: goto +2022
  199: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  200: r3 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  201: r1 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  202: r2 = r1
  203: r2 &= 65535
      ; v43: bit<16> = const 1
  204: r1 = 1
      ; v44: bit<16> = sub v42, v43
  205: r2 -= r1
  206: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  207: r1 = r3
  208: r1 -= r2
  209: r1 &= 65535
      ; write var2, v45
  210: *(u16 *)(r10 -36) = r1
  211: goto +53
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  212: r2 = *(u64 *)(r10 -16)
  213: if r2 > 16383 goto +2007
  214: r1 = r6
  215: r1 += r2
  216: r1 += 9
  217: if r1 <= r7 goto +1
  218: goto +2002
  219: r1 = r2
  220: r1 += 1
  221: *(u32 *)(r10 -140) = r1
  222: r2 += 9
  223: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  224: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  225: r2 = 9
      ; v48: bit<16> = sub v46, v47
  226: r1 -= r2
  227: r1 &= 65535
      ; write var2, v48
  228: *(u16 *)(r10 -36) = r1
  229: goto +35
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  230: r2 = *(u64 *)(r10 -16)
  231: if r2 > 16383 goto +1989
  232: r1 = r6
  233: r1 += r2
  234: r1 += 2
  235: if r1 <= r7 goto +1
  236: goto +1984
  237: r1 = r2
  238: r1 += 1
  239: *(u32 *)(r10 -144) = r1
  240: r2 += 2
  241: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  242: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  243: r2 = 2
      ; v51: bit<16> = sub v49, v50
  244: r1 -= r2
  245: r1 &= 65535
      ; write var2, v51
  246: *(u16 *)(r10 -36) = r1
  247: goto +17
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  248: r2 = *(u64 *)(r10 -16)
  249: if r2 > 16383 goto +1971
  250: r1 = r6
  251: r1 += r2
  252: r1 += 3
  253: if r1 <= r7 goto +1
  254: goto +1966
  255: r1 = r2
  256: r1 += 1
  257: *(u32 *)(r10 -148) = r1
  258: r2 += 3
  259: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  260: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  261: r2 = 3
      ; v54: bit<16> = sub v52, v53
  262: r1 -= r2
  263: r1 &= 65535
      ; write var2, v54
  264: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  265: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  266: r1 = *(u8 *)(r10 -28)
  267: if r2 == 0 goto +1225
  268: if r1 == 10 goto +1224
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  269: r2 = *(u64 *)(r10 -16)
  270: if r2 > 16383 goto +1950
  271: r3 = r6
  272: r3 += r2
  273: r1 = r3
  274: r1 += 1
  275: if r1 <= r7 goto +1
  276: goto +1944
  277: r1 = r2
  278: r1 += 1
  279: *(u32 *)(r10 -184) = r1
  280: r2 += 1
  281: *(u64 *)(r10 -16) = r2
      ; v57: bit<8> = read var3
  282: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  283: r2 = 1
      ; v59: bit<8> = add v57, v58
  284: r1 += r2
  285: r1 &= 255
      ; write var3, v59
  286: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  287: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  288: r2 = 1
      ; v62: bit<16> = sub v60, v61
  289: r1 -= r2
  290: r1 &= 65535
      ; write var2, v62
  291: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  292: r1 = *(u8 *)(r3 +0)
  293: if r1 == 0 goto +1199
  294: if r1 == 1 goto +106
  295: if r1 == 2 goto +88
  296: if r1 == 3 goto +69
  297: if r1 == 8 goto +50
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  298: r1 = *(u64 *)(r10 -16)
  299: if r1 > 16383 goto +1921
  300: r2 = r6
  301: r2 += r1
  302: r1 = r2
  303: r1 += 1
  304: if r1 <= r7 goto +1
  305: goto +1915
  306: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  307: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  308: r3 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
  309: r2 = 2
      ; v67: bool = ge v65, v66
  310: r1 = 1
  311: if r3 >= r2 goto +1
  312: r1 = 0
      ; verify v67, error HeaderTooShort
  313: if r1 == 0 goto +1907
      ; v68: bit<8> = read var9
  314: r1 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  315: r2 = r1
  316: w2 = w2
      ; v70: bit<32> = const 1
  317: r1 = 1
      ; v71: bit<32> = sub v69, v70
  318: r2 -= r1
  319: w2 = w2
      ; v72: bit<32> = const 8
  320: r1 = 8
      ; v73: bit<32> = mul v71, v72
  321: r2 *= r1
  322: w2 = w2
      ; advance v73
  323: r1 = r2
  324: r1 &= 7
  325: if r1 != 0 goto +1895
  326: r1 = r2
  327: r1 >>= 3
  328: r2 = *(u64 *)(r10 -16)
  329: r2 += r1
  330: if r2 > 16383 goto +1890
  331: r1 = r6
  332: r1 += r2
  333: if r1 <= r7 goto +1
  334: goto +1886
  335: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  336: r3 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  337: r1 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  338: r2 = r1
  339: r2 &= 65535
      ; v77: bit<16> = const 1
  340: r1 = 1
      ; v78: bit<16> = sub v76, v77
  341: r2 -= r1
  342: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  343: r1 = r3
  344: r1 -= r2
  345: r1 &= 65535
      ; write var2, v79
  346: *(u16 *)(r10 -36) = r1
  347: goto +53
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  348: r2 = *(u64 *)(r10 -16)
  349: if r2 > 16383 goto +1871
  350: r1 = r6
  351: r1 += r2
  352: r1 += 9
  353: if r1 <= r7 goto +1
  354: goto +1866
  355: r1 = r2
  356: r1 += 1
  357: *(u32 *)(r10 -140) = r1
  358: r2 += 9
  359: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  360: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  361: r2 = 9
      ; v82: bit<16> = sub v80, v81
  362: r1 -= r2
  363: r1 &= 65535
      ; write var2, v82
  364: *(u16 *)(r10 -36) = r1
  365: goto +35
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  366: r2 = *(u64 *)(r10 -16)
  367: if r2 > 16383 goto +1853
  368: r1 = r6
  369: r1 += r2
  370: r1 += 2
  371: if r1 <= r7 goto +1
  372: goto +1848
  373: r1 = r2
  374: r1 += 1
  375: *(u32 *)(r10 -144) = r1
  376: r2 += 2
  377: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  378: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  379: r2 = 2
      ; v85: bit<16> = sub v83, v84
  380: r1 -= r2
  381: r1 &= 65535
      ; write var2, v85
  382: *(u16 *)(r10 -36) = r1
  383: goto +17
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  384: r2 = *(u64 *)(r10 -16)
  385: if r2 > 16383 goto +1835
  386: r1 = r6
  387: r1 += r2
  388: r1 += 3
  389: if r1 <= r7 goto +1
  390: goto +1830
  391: r1 = r2
  392: r1 += 1
  393: *(u32 *)(r10 -148) = r1
  394: r2 += 3
  395: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  396: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  397: r2 = 3
      ; v88: bit<16> = sub v86, v87
  398: r1 -= r2
  399: r1 &= 65535
      ; write var2, v88
  400: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  401: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  402: r1 = *(u8 *)(r10 -28)
  403: if r2 == 0 goto +1089
  404: if r1 == 10 goto +1088
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  405: r2 = *(u64 *)(r10 -16)
  406: if r2 > 16383 goto +1814
  407: r3 = r6
  408: r3 += r2
  409: r1 = r3
  410: r1 += 1
  411: if r1 <= r7 goto +1
  412: goto +1808
  413: r1 = r2
  414: r1 += 1
  415: *(u32 *)(r10 -180) = r1
  416: r2 += 1
  417: *(u64 *)(r10 -16) = r2
      ; v91: bit<8> = read var3
  418: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  419: r2 = 1
      ; v93: bit<8> = add v91, v92
  420: r1 += r2
  421: r1 &= 255
      ; write var3, v93
  422: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  423: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  424: r2 = 1
      ; v96: bit<16> = sub v94, v95
  425: r1 -= r2
  426: r1 &= 65535
      ; write var2, v96
  427: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  428: r1 = *(u8 *)(r3 +0)
  429: if r1 == 0 goto +1063
  430: if r1 == 1 goto +106
  431: if r1 == 2 goto +88
  432: if r1 == 3 goto +69
  433: if r1 == 8 goto +50
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  434: r1 = *(u64 *)(r10 -16)
  435: if r1 > 16383 goto +1785
  436: r2 = r6
  437: r2 += r1
  438: r1 = r2
  439: r1 += 1
  440: if r1 <= r7 goto +1
  441: goto +1779
  442: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  443: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  444: r3 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
  445: r2 = 2
      ; v101: bool = ge v99, v100
  446: r1 = 1
  447: if r3 >= r2 goto +1
  448: r1 = 0
      ; verify v101, error HeaderTooShort
  449: if r1 == 0 goto +1771
      ; v102: bit<8> = read var9
  450: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  451: r2 = r1
  452: w2 = w2
      ; v104: bit<32> = const 1
  453: r1 = 1
      ; v105: bit<32> = sub v103, v104
  454: r2 -= r1
  455: w2 = w2
      ; v106: bit<32> = const 8
  456: r1 = 8
      ; v107: bit<32> = mul v105, v106
  457: r2 *= r1
  458: w2 = w2
      ; advance v107
  459: r1 = r2
  460: r1 &= 7
  461: if r1 != 0 goto +1759
  462: r1 = r2
  463: r1 >>= 3
  464: r2 = *(u64 *)(r10 -16)
  465: r2 += r1
  466: if r2 > 16383 goto +1754
  467: r1 = r6
  468: r1 += r2
  469: if r1 <= r7 goto +1
  470: goto +1750
  471: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  472: r3 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  473: r1 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  474: r2 = r1
  475: r2 &= 65535
      ; v111: bit<16> = const 1
  476: r1 = 1
      ; v112: bit<16> = sub v110, v111
  477: r2 -= r1
  478: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  479: r1 = r3
  480: r1 -= r2
  481: r1 &= 65535
      ; write var2, v113
  482: *(u16 *)(r10 -36) = r1
  483: goto +53
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  484: r2 = *(u64 *)(r10 -16)
  485: if r2 > 16383 goto +1735
  486: r1 = r6
  487: r1 += r2
  488: r1 += 9
  489: if r1 <= r7 goto +1
  490: goto +1730
  491: r1 = r2
  492: r1 += 1
  493: *(u32 *)(r10 -140) = r1
  494: r2 += 9
  495: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  496: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  497: r2 = 9
      ; v116: bit<16> = sub v114, v115
  498: r1 -= r2
  499: r1 &= 65535
      ; write var2, v116
  500: *(u16 *)(r10 -36) = r1
  501: goto +35
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  502: r2 = *(u64 *)(r10 -16)
  503: if r2 > 16383 goto +1717
  504: r1 = r6
  505: r1 += r2
  506: r1 += 2
  507: if r1 <= r7 goto +1
  508: goto +1712
  509: r1 = r2
  510: r1 += 1
  511: *(u32 *)(r10 -144) = r1
  512: r2 += 2
  513: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  514: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  515: r2 = 2
      ; v119: bit<16> = sub v117, v118
  516: r1 -= r2
  517: r1 &= 65535
      ; write var2, v119
  518: *(u16 *)(r10 -36) = r1
  519: goto +17
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  520: r2 = *(u64 *)(r10 -16)
  521: if r2 > 16383 goto +1699
  522: r1 = r6
  523: r1 += r2
  524: r1 += 3
  525: if r1 <= r7 goto +1
  526: goto +1694
  527: r1 = r2
  528: r1 += 1
  529: *(u32 *)(r10 -148) = r1
  530: r2 += 3
  531: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  532: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  533: r2 = 3
      ; v122: bit<16> = sub v120, v121
  534: r1 -= r2
  535: r1 &= 65535
      ; write var2, v122
  536: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  537: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  538: r1 = *(u8 *)(r10 -28)
  539: if r2 == 0 goto +953
  540: if r1 == 10 goto +952
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  541: r2 = *(u64 *)(r10 -16)
  542: if r2 > 16383 goto +1678
  543: r3 = r6
  544: r3 += r2
  545: r1 = r3
  546: r1 += 1
  547: if r1 <= r7 goto +1
  548: goto +1672
  549: r1 = r2
  550: r1 += 1
  551: *(u32 *)(r10 -176) = r1
  552: r2 += 1
  553: *(u64 *)(r10 -16) = r2
      ; v125: bit<8> = read var3
  554: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  555: r2 = 1
      ; v127: bit<8> = add v125, v126
  556: r1 += r2
  557: r1 &= 255
      ; write var3, v127
  558: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  559: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  560: r2 = 1
      ; v130: bit<16> = sub v128, v129
  561: r1 -= r2
  562: r1 &= 65535
      ; write var2, v130
  563: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  564: r1 = *(u8 *)(r3 +0)
  565: if r1 == 0 goto +927
  566: if r1 == 1 goto +106
  567: if r1 == 2 goto +88
  568: if r1 == 3 goto +69
  569: if r1 == 8 goto +50
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  570: r1 = *(u64 *)(r10 -16)
  571: if r1 > 16383 goto +1649
  572: r2 = r6
  573: r2 += r1
  574: r1 = r2
  575: r1 += 1
  576: if r1 <= r7 goto +1
  577: goto +1643
  578: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  579: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  580: r3 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
  581: r2 = 2
      ; v135: bool = ge v133, v134
  582: r1 = 1
  583: if r3 >= r2 goto +1
  584: r1 = 0
      ; verify v135, error HeaderTooShort
  585: if r1 == 0 goto +1635
      ; v136: bit<8> = read var9
  586: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  587: r2 = r1
  588: w2 = w2
      ; v138: bit<32> = const 1
  589: r1 = 1
      ; v139: bit<32> = sub v137, v138
  590: r2 -= r1
  591: w2 = w2
      ; v140: bit<32> = const 8
  592: r1 = 8
      ; v141: bit<32> = mul v139, v140
  593: r2 *= r1
  594: w2 = w2
      ; advance v141
  595: r1 = r2
  596: r1 &= 7
  597: if r1 != 0 goto +1623
  598: r1 = r2
  599: r1 >>= 3
  600: r2 = *(u64 *)(r10 -16)
  601: r2 += r1
  602: if r2 > 16383 goto +1618
  603: r1 = r6
  604: r1 += r2
  605: if r1 <= r7 goto +1
  606: goto +1614
  607: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  608: r3 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  609: r1 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  610: r2 = r1
  611: r2 &= 65535
      ; v145: bit<16> = const 1
  612: r1 = 1
      ; v146: bit<16> = sub v144, v145
  613: r2 -= r1
  614: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  615: r1 = r3
  616: r1 -= r2
  617: r1 &= 65535
      ; write var2, v147
  618: *(u16 *)(r10 -36) = r1
  619: goto +53
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  620: r2 = *(u64 *)(r10 -16)
  621: if r2 > 16383 goto +1599
  622: r1 = r6
  623: r1 += r2
  624: r1 += 9
  625: if r1 <= r7 goto +1
  626: goto +1594
  627: r1 = r2
  628: r1 += 1
  629: *(u32 *)(r10 -140) = r1
  630: r2 += 9
  631: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  632: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  633: r2 = 9
      ; v150: bit<16> = sub v148, v149
  634: r1 -= r2
  635: r1 &= 65535
      ; write var2, v150
  636: *(u16 *)(r10 -36) = r1
  637: goto +35
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  638: r2 = *(u64 *)(r10 -16)
  639: if r2 > 16383 goto +1581
  640: r1 = r6
  641: r1 += r2
  642: r1 += 2
  643: if r1 <= r7 goto +1
  644: goto +1576
  645: r1 = r2
  646: r1 += 1
  647: *(u32 *)(r10 -144) = r1
  648: r2 += 2
  649: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  650: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  651: r2 = 2
      ; v153: bit<16> = sub v151, v152
  652: r1 -= r2
  653: r1 &= 65535
      ; write var2, v153
  654: *(u16 *)(r10 -36) = r1
  655: goto +17
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  656: r2 = *(u64 *)(r10 -16)
  657: if r2 > 16383 goto +1563
  658: r1 = r6
  659: r1 += r2
  660: r1 += 3
  661: if r1 <= r7 goto +1
  662: goto +1558
  663: r1 = r2
  664: r1 += 1
  665: *(u32 *)(r10 -148) = r1
  666: r2 += 3
  667: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  668: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  669: r2 = 3
      ; v156: bit<16> = sub v154, v155
  670: r1 -= r2
  671: r1 &= 65535
      ; write var2, v156
  672: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  673: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  674: r1 = *(u8 *)(r10 -28)
  675: if r2 == 0 goto +817
  676: if r1 == 10 goto +816
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  677: r2 = *(u64 *)(r10 -16)
  678: if r2 > 16383 goto +1542
  679: r3 = r6
  680: r3 += r2
  681: r1 = r3
  682: r1 += 1
  683: if r1 <= r7 goto +1
  684: goto +1536
  685: r1 = r2
  686: r1 += 1
  687: *(u32 *)(r10 -172) = r1
  688: r2 += 1
  689: *(u64 *)(r10 -16) = r2
      ; v159: bit<8> = read var3
  690: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  691: r2 = 1
      ; v161: bit<8> = add v159, v160
  692: r1 += r2
  693: r1 &= 255
      ; write var3, v161
  694: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  695: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  696: r2 = 1
      ; v164: bit<16> = sub v162, v163
  697: r1 -= r2
  698: r1 &= 65535
      ; write var2, v164
  699: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  700: r1 = *(u8 *)(r3 +0)
  701: if r1 == 0 goto +791
  702: if r1 == 1 goto +106
  703: if r1 == 2 goto +88
  704: if r1 == 3 goto +69
  705: if r1 == 8 goto +50
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  706: r1 = *(u64 *)(r10 -16)
  707: if r1 > 16383 goto +1513
  708: r2 = r6
  709: r2 += r1
  710: r1 = r2
  711: r1 += 1
  712: if r1 <= r7 goto +1
  713: goto +1507
  714: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  715: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  716: r3 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
  717: r2 = 2
      ; v169: bool = ge v167, v168
  718: r1 = 1
  719: if r3 >= r2 goto +1
  720: r1 = 0
      ; verify v169, error HeaderTooShort
  721: if r1 == 0 goto +1499
      ; v170: bit<8> = read var9
  722: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  723: r2 = r1
  724: w2 = w2
      ; v172: bit<32> = const 1
  725: r1 = 1
      ; v173: bit<32> = sub v171, v172
  726: r2 -= r1
  727: w2 = w2
      ; v174: bit<32> = const 8
  728: r1 = 8
      ; v175: bit<32> = mul v173, v174
  729: r2 *= r1
  730: w2 = w2
      ; advance v175
  731: r1 = r2
  732: r1 &= 7
  733: if r1 != 0 goto +1487
  734: r1 = r2
  735: r1 >>= 3
  736: r2 = *(u64 *)(r10 -16)
  737: r2 += r1
  738: if r2 > 16383 goto +1482
  739: r1 = r6
  740: r1 += r2
  741: if r1 <= r7 goto +1
  742: goto +1478
  743: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  744: r3 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  745: r1 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  746: r2 = r1
  747: r2 &= 65535
      ; v179: bit<16> = const 1
  748: r1 = 1
      ; v180: bit<16> = sub v178, v179
  749: r2 -= r1
  750: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  751: r1 = r3
  752: r1 -= r2
  753: r1 &= 65535
      ; write var2, v181
  754: *(u16 *)(r10 -36) = r1
  755: goto +53
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  756: r2 = *(u64 *)(r10 -16)
  757: if r2 > 16383 goto +1463
  758: r1 = r6
  759: r1 += r2
  760: r1 += 9
  761: if r1 <= r7 goto +1
  762: goto +1458
  763: r1 = r2
  764: r1 += 1
  765: *(u32 *)(r10 -140) = r1
  766: r2 += 9
  767: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  768: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  769: r2 = 9
      ; v184: bit<16> = sub v182, v183
  770: r1 -= r2
  771: r1 &= 65535
      ; write var2, v184
  772: *(u16 *)(r10 -36) = r1
  773: goto +35
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  774: r2 = *(u64 *)(r10 -16)
  775: if r2 > 16383 goto +1445
  776: r1 = r6
  777: r1 += r2
  778: r1 += 2
  779: if r1 <= r7 goto +1
  780: goto +1440
  781: r1 = r2
  782: r1 += 1
  783: *(u32 *)(r10 -144) = r1
  784: r2 += 2
  785: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  786: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  787: r2 = 2
      ; v187: bit<16> = sub v185, v186
  788: r1 -= r2
  789: r1 &= 65535
      ; write var2, v187
  790: *(u16 *)(r10 -36) = r1
  791: goto +17
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  792: r2 = *(u64 *)(r10 -16)
  793: if r2 > 16383 goto +1427
  794: r1 = r6
  795: r1 += r2
  796: r1 += 3
  797: if r1 <= r7 goto +1
  798: goto +1422
  799: r1 = r2
  800: r1 += 1
  801: *(u32 *)(r10 -148) = r1
  802: r2 += 3
  803: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  804: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  805: r2 = 3
      ; v190: bit<16> = sub v188, v189
  806: r1 -= r2
  807: r1 &= 65535
      ; write var2, v190
  808: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  809: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  810: r1 = *(u8 *)(r10 -28)
  811: if r2 == 0 goto +681
  812: if r1 == 10 goto +680
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  813: r2 = *(u64 *)(r10 -16)
  814: if r2 > 16383 goto +1406
  815: r3 = r6
  816: r3 += r2
  817: r1 = r3
  818: r1 += 1
  819: if r1 <= r7 goto +1
  820: goto +1400
  821: r1 = r2
  822: r1 += 1
  823: *(u32 *)(r10 -168) = r1
  824: r2 += 1
  825: *(u64 *)(r10 -16) = r2
      ; v193: bit<8> = read var3
  826: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
  827: r2 = 1
      ; v195: bit<8> = add v193, v194
  828: r1 += r2
  829: r1 &= 255
      ; write var3, v195
  830: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  831: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
  832: r2 = 1
      ; v198: bit<16> = sub v196, v197
  833: r1 -= r2
  834: r1 &= 65535
      ; write var2, v198
  835: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  836: r1 = *(u8 *)(r3 +0)
  837: if r1 == 0 goto +655
  838: if r1 == 1 goto +106
  839: if r1 == 2 goto +88
  840: if r1 == 3 goto +69
  841: if r1 == 8 goto +50
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  842: r1 = *(u64 *)(r10 -16)
  843: if r1 > 16383 goto +1377
  844: r2 = r6
  845: r2 += r1
  846: r1 = r2
  847: r1 += 1
  848: if r1 <= r7 goto +1
  849: goto +1371
  850: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  851: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  852: r3 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
  853: r2 = 2
      ; v203: bool = ge v201, v202
  854: r1 = 1
  855: if r3 >= r2 goto +1
  856: r1 = 0
      ; verify v203, error HeaderTooShort
  857: if r1 == 0 goto +1363
      ; v204: bit<8> = read var9
  858: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  859: r2 = r1
  860: w2 = w2
      ; v206: bit<32> = const 1
  861: r1 = 1
      ; v207: bit<32> = sub v205, v206
  862: r2 -= r1
  863: w2 = w2
      ; v208: bit<32> = const 8
  864: r1 = 8
      ; v209: bit<32> = mul v207, v208
  865: r2 *= r1
  866: w2 = w2
      ; advance v209
  867: r1 = r2
  868: r1 &= 7
  869: if r1 != 0 goto +1351
  870: r1 = r2
  871: r1 >>= 3
  872: r2 = *(u64 *)(r10 -16)
  873: r2 += r1
  874: if r2 > 16383 goto +1346
  875: r1 = r6
  876: r1 += r2
  877: if r1 <= r7 goto +1
  878: goto +1342
  879: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  880: r3 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  881: r1 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  882: r2 = r1
  883: r2 &= 65535
      ; v213: bit<16> = const 1
  884: r1 = 1
      ; v214: bit<16> = sub v212, v213
  885: r2 -= r1
  886: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  887: r1 = r3
  888: r1 -= r2
  889: r1 &= 65535
      ; write var2, v215
  890: *(u16 *)(r10 -36) = r1
  891: goto +53
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  892: r2 = *(u64 *)(r10 -16)
  893: if r2 > 16383 goto +1327
  894: r1 = r6
  895: r1 += r2
  896: r1 += 9
  897: if r1 <= r7 goto +1
  898: goto +1322
  899: r1 = r2
  900: r1 += 1
  901: *(u32 *)(r10 -140) = r1
  902: r2 += 9
  903: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  904: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
  905: r2 = 9
      ; v218: bit<16> = sub v216, v217
  906: r1 -= r2
  907: r1 &= 65535
      ; write var2, v218
  908: *(u16 *)(r10 -36) = r1
  909: goto +35
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  910: r2 = *(u64 *)(r10 -16)
  911: if r2 > 16383 goto +1309
  912: r1 = r6
  913: r1 += r2
  914: r1 += 2
  915: if r1 <= r7 goto +1
  916: goto +1304
  917: r1 = r2
  918: r1 += 1
  919: *(u32 *)(r10 -144) = r1
  920: r2 += 2
  921: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  922: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
  923: r2 = 2
      ; v221: bit<16> = sub v219, v220
  924: r1 -= r2
  925: r1 &= 65535
      ; write var2, v221
  926: *(u16 *)(r10 -36) = r1
  927: goto +17
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  928: r2 = *(u64 *)(r10 -16)
  929: if r2 > 16383 goto +1291
  930: r1 = r6
  931: r1 += r2
  932: r1 += 3
  933: if r1 <= r7 goto +1
  934: goto +1286
  935: r1 = r2
  936: r1 += 1
  937: *(u32 *)(r10 -148) = r1
  938: r2 += 3
  939: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  940: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
  941: r2 = 3
      ; v224: bit<16> = sub v222, v223
  942: r1 -= r2
  943: r1 &= 65535
      ; write var2, v224
  944: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  945: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  946: r1 = *(u8 *)(r10 -28)
  947: if r2 == 0 goto +545
  948: if r1 == 10 goto +544
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  949: r2 = *(u64 *)(r10 -16)
  950: if r2 > 16383 goto +1270
  951: r3 = r6
  952: r3 += r2
  953: r1 = r3
  954: r1 += 1
  955: if r1 <= r7 goto +1
  956: goto +1264
  957: r1 = r2
  958: r1 += 1
  959: *(u32 *)(r10 -164) = r1
  960: r2 += 1
  961: *(u64 *)(r10 -16) = r2
      ; v227: bit<8> = read var3
  962: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
  963: r2 = 1
      ; v229: bit<8> = add v227, v228
  964: r1 += r2
  965: r1 &= 255
      ; write var3, v229
  966: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  967: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
  968: r2 = 1
      ; v232: bit<16> = sub v230, v231
  969: r1 -= r2
  970: r1 &= 65535
      ; write var2, v232
  971: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  972: r1 = *(u8 *)(r3 +0)
  973: if r1 == 0 goto +519
  974: if r1 == 1 goto +106
  975: if r1 == 2 goto +88
  976: if r1 == 3 goto +69
  977: if r1 == 8 goto +50
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  978: r1 = *(u64 *)(r10 -16)
  979: if r1 > 16383 goto +1241
  980: r2 = r6
  981: r2 += r1
  982: r1 = r2
  983: r1 += 1
  984: if r1 <= r7 goto +1
  985: goto +1235
  986: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  987: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  988: r3 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
  989: r2 = 2
      ; v237: bool = ge v235, v236
  990: r1 = 1
  991: if r3 >= r2 goto +1
  992: r1 = 0
      ; verify v237, error HeaderTooShort
  993: if r1 == 0 goto +1227
      ; v238: bit<8> = read var9
  994: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  995: r2 = r1
  996: w2 = w2
      ; v240: bit<32> = const 1
  997: r1 = 1
      ; v241: bit<32> = sub v239, v240
  998: r2 -= r1
  999: w2 = w2
      ; v242: bit<32> = const 8
 1000: r1 = 8
      ; v243: bit<32> = mul v241, v242
 1001: r2 *= r1
 1002: w2 = w2
      ; advance v243
 1003: r1 = r2
 1004: r1 &= 7
 1005: if r1 != 0 goto +1215
 1006: r1 = r2
 1007: r1 >>= 3
 1008: r2 = *(u64 *)(r10 -16)
 1009: r2 += r1
 1010: if r2 > 16383 goto +1210
 1011: r1 = r6
 1012: r1 += r2
 1013: if r1 <= r7 goto +1
 1014: goto +1206
 1015: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1016: r3 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1017: r1 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1018: r2 = r1
 1019: r2 &= 65535
      ; v247: bit<16> = const 1
 1020: r1 = 1
      ; v248: bit<16> = sub v246, v247
 1021: r2 -= r1
 1022: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
 1023: r1 = r3
 1024: r1 -= r2
 1025: r1 &= 65535
      ; write var2, v249
 1026: *(u16 *)(r10 -36) = r1
 1027: goto +53
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1028: r2 = *(u64 *)(r10 -16)
 1029: if r2 > 16383 goto +1191
 1030: r1 = r6
 1031: r1 += r2
 1032: r1 += 9
 1033: if r1 <= r7 goto +1
 1034: goto +1186
 1035: r1 = r2
 1036: r1 += 1
 1037: *(u32 *)(r10 -140) = r1
 1038: r2 += 9
 1039: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
 1040: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1041: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1042: r1 -= r2
 1043: r1 &= 65535
      ; write var2, v252
 1044: *(u16 *)(r10 -36) = r1
 1045: goto +35
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1046: r2 = *(u64 *)(r10 -16)
 1047: if r2 > 16383 goto +1173
 1048: r1 = r6
 1049: r1 += r2
 1050: r1 += 2
 1051: if r1 <= r7 goto +1
 1052: goto +1168
 1053: r1 = r2
 1054: r1 += 1
 1055: *(u32 *)(r10 -144) = r1
 1056: r2 += 2
 1057: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
 1058: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1059: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1060: r1 -= r2
 1061: r1 &= 65535
      ; write var2, v255
 1062: *(u16 *)(r10 -36) = r1
 1063: goto +17
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1064: r2 = *(u64 *)(r10 -16)
 1065: if r2 > 16383 goto +1155
 1066: r1 = r6
 1067: r1 += r2
 1068: r1 += 3
 1069: if r1 <= r7 goto +1
 1070: goto +1150
 1071: r1 = r2
 1072: r1 += 1
 1073: *(u32 *)(r10 -148) = r1
 1074: r2 += 3
 1075: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
 1076: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1077: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1078: r1 -= r2
 1079: r1 &= 65535
      ; write var2, v258
 1080: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1081: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1082: r1 = *(u8 *)(r10 -28)
 1083: if r2 == 0 goto +409
 1084: if r1 == 10 goto +408
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1085: r2 = *(u64 *)(r10 -16)
 1086: if r2 > 16383 goto +1134
 1087: r3 = r6
 1088: r3 += r2
 1089: r1 = r3
 1090: r1 += 1
 1091: if r1 <= r7 goto +1
 1092: goto +1128
 1093: r1 = r2
 1094: r1 += 1
 1095: *(u32 *)(r10 -160) = r1
 1096: r2 += 1
 1097: *(u64 *)(r10 -16) = r2
      ; v261: bit<8> = read var3
 1098: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1099: r2 = 1
      ; v263: bit<8> = add v261, v262
 1100: r1 += r2
 1101: r1 &= 255
      ; write var3, v263
 1102: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
 1103: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1104: r2 = 1
      ; v266: bit<16> = sub v264, v265
 1105: r1 -= r2
 1106: r1 &= 65535
      ; write var2, v266
 1107: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
 1108: r1 = *(u8 *)(r3 +0)
 1109: if r1 == 0 goto +383
 1110: if r1 == 1 goto +106
 1111: if r1 == 2 goto +88
 1112: if r1 == 3 goto +69
 1113: if r1 == 8 goto +50
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1114: r1 = *(u64 *)(r10 -16)
 1115: if r1 > 16383 goto +1105
 1116: r2 = r6
 1117: r2 += r1
 1118: r1 = r2
 1119: r1 += 1
 1120: if r1 <= r7 goto +1
 1121: goto +1099
 1122: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1123: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1124: r3 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
 1125: r2 = 2
      ; v271: bool = ge v269, v270
 1126: r1 = 1
 1127: if r3 >= r2 goto +1
 1128: r1 = 0
      ; verify v271, error HeaderTooShort
 1129: if r1 == 0 goto +1091
      ; v272: bit<8> = read var9
 1130: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1131: r2 = r1
 1132: w2 = w2
      ; v274: bit<32> = const 1
 1133: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1134: r2 -= r1
 1135: w2 = w2
      ; v276: bit<32> = const 8
 1136: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1137: r2 *= r1
 1138: w2 = w2
      ; advance v277
 1139: r1 = r2
 1140: r1 &= 7
 1141: if r1 != 0 goto +1079
 1142: r1 = r2
 1143: r1 >>= 3
 1144: r2 = *(u64 *)(r10 -16)
 1145: r2 += r1
 1146: if r2 > 16383 goto +1074
 1147: r1 = r6
 1148: r1 += r2
 1149: if r1 <= r7 goto +1
 1150: goto +1070
 1151: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1152: r3 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1153: r1 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1154: r2 = r1
 1155: r2 &= 65535
      ; v281: bit<16> = const 1
 1156: r1 = 1
      ; v282: bit<16> = sub v280, v281
 1157: r2 -= r1
 1158: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1159: r1 = r3
 1160: r1 -= r2
 1161: r1 &= 65535
      ; write var2, v283
 1162: *(u16 *)(r10 -36) = r1
 1163: goto +53
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1164: r2 = *(u64 *)(r10 -16)
 1165: if r2 > 16383 goto +1055
 1166: r1 = r6
 1167: r1 += r2
 1168: r1 += 9
 1169: if r1 <= r7 goto +1
 1170: goto +1050
 1171: r1 = r2
 1172: r1 += 1
 1173: *(u32 *)(r10 -140) = r1
 1174: r2 += 9
 1175: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1176: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1177: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1178: r1 -= r2
 1179: r1 &= 65535
      ; write var2, v286
 1180: *(u16 *)(r10 -36) = r1
 1181: goto +35
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1182: r2 = *(u64 *)(r10 -16)
 1183: if r2 > 16383 goto +1037
 1184: r1 = r6
 1185: r1 += r2
 1186: r1 += 2
 1187: if r1 <= r7 goto +1
 1188: goto +1032
 1189: r1 = r2
 1190: r1 += 1
 1191: *(u32 *)(r10 -144) = r1
 1192: r2 += 2
 1193: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1194: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1195: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1196: r1 -= r2
 1197: r1 &= 65535
      ; write var2, v289
 1198: *(u16 *)(r10 -36) = r1
 1199: goto +17
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1200: r2 = *(u64 *)(r10 -16)
 1201: if r2 > 16383 goto +1019
 1202: r1 = r6
 1203: r1 += r2
 1204: r1 += 3
 1205: if r1 <= r7 goto +1
 1206: goto +1014
 1207: r1 = r2
 1208: r1 += 1
 1209: *(u32 *)(r10 -148) = r1
 1210: r2 += 3
 1211: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1212: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1213: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1214: r1 -= r2
 1215: r1 &= 65535
      ; write var2, v292
 1216: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1217: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1218: r1 = *(u8 *)(r10 -28)
 1219: if r2 == 0 goto +273
 1220: if r1 == 10 goto +272
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1221: r2 = *(u64 *)(r10 -16)
 1222: if r2 > 16383 goto +998
 1223: r3 = r6
 1224: r3 += r2
 1225: r1 = r3
 1226: r1 += 1
 1227: if r1 <= r7 goto +1
 1228: goto +992
 1229: r1 = r2
 1230: r1 += 1
 1231: *(u32 *)(r10 -156) = r1
 1232: r2 += 1
 1233: *(u64 *)(r10 -16) = r2
      ; v295: bit<8> = read var3
 1234: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1235: r2 = 1
      ; v297: bit<8> = add v295, v296
 1236: r1 += r2
 1237: r1 &= 255
      ; write var3, v297
 1238: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1239: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1240: r2 = 1
      ; v300: bit<16> = sub v298, v299
 1241: r1 -= r2
 1242: r1 &= 65535
      ; write var2, v300
 1243: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1244: r1 = *(u8 *)(r3 +0)
 1245: if r1 == 0 goto +247
 1246: if r1 == 1 goto +106
 1247: if r1 == 2 goto +88
 1248: if r1 == 3 goto +69
 1249: if r1 == 8 goto +50
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1250: r1 = *(u64 *)(r10 -16)
 1251: if r1 > 16383 goto +969
 1252: r2 = r6
 1253: r2 += r1
 1254: r1 = r2
 1255: r1 += 1
 1256: if r1 <= r7 goto +1
 1257: goto +963
 1258: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1259: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1260: r3 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
 1261: r2 = 2
      ; v305: bool = ge v303, v304
 1262: r1 = 1
 1263: if r3 >= r2 goto +1
 1264: r1 = 0
      ; verify v305, error HeaderTooShort
 1265: if r1 == 0 goto +955
      ; v306: bit<8> = read var9
 1266: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1267: r2 = r1
 1268: w2 = w2
      ; v308: bit<32> = const 1
 1269: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1270: r2 -= r1
 1271: w2 = w2
      ; v310: bit<32> = const 8
 1272: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1273: r2 *= r1
 1274: w2 = w2
      ; advance v311
 1275: r1 = r2
 1276: r1 &= 7
 1277: if r1 != 0 goto +943
 1278: r1 = r2
 1279: r1 >>= 3
 1280: r2 = *(u64 *)(r10 -16)
 1281: r2 += r1
 1282: if r2 > 16383 goto +938
 1283: r1 = r6
 1284: r1 += r2
 1285: if r1 <= r7 goto +1
 1286: goto +934
 1287: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1288: r3 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1289: r1 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1290: r2 = r1
 1291: r2 &= 65535
      ; v315: bit<16> = const 1
 1292: r1 = 1
      ; v316: bit<16> = sub v314, v315
 1293: r2 -= r1
 1294: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1295: r1 = r3
 1296: r1 -= r2
 1297: r1 &= 65535
      ; write var2, v317
 1298: *(u16 *)(r10 -36) = r1
 1299: goto +53
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1300: r2 = *(u64 *)(r10 -16)
 1301: if r2 > 16383 goto +919
 1302: r1 = r6
 1303: r1 += r2
 1304: r1 += 9
 1305: if r1 <= r7 goto +1
 1306: goto +914
 1307: r1 = r2
 1308: r1 += 1
 1309: *(u32 *)(r10 -140) = r1
 1310: r2 += 9
 1311: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1312: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1313: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1314: r1 -= r2
 1315: r1 &= 65535
      ; write var2, v320
 1316: *(u16 *)(r10 -36) = r1
 1317: goto +35
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1318: r2 = *(u64 *)(r10 -16)
 1319: if r2 > 16383 goto +901
 1320: r1 = r6
 1321: r1 += r2
 1322: r1 += 2
 1323: if r1 <= r7 goto +1
 1324: goto +896
 1325: r1 = r2
 1326: r1 += 1
 1327: *(u32 *)(r10 -144) = r1
 1328: r2 += 2
 1329: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1330: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1331: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1332: r1 -= r2
 1333: r1 &= 65535
      ; write var2, v323
 1334: *(u16 *)(r10 -36) = r1
 1335: goto +17
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1336: r2 = *(u64 *)(r10 -16)
 1337: if r2 > 16383 goto +883
 1338: r1 = r6
 1339: r1 += r2
 1340: r1 += 3
 1341: if r1 <= r7 goto +1
 1342: goto +878
 1343: r1 = r2
 1344: r1 += 1
 1345: *(u32 *)(r10 -148) = r1
 1346: r2 += 3
 1347: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1348: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1349: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1350: r1 -= r2
 1351: r1 &= 65535
      ; write var2, v326
 1352: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1353: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1354: r1 = *(u8 *)(r10 -28)
 1355: if r2 == 0 goto +137
 1356: if r1 == 10 goto +136
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1357: r2 = *(u64 *)(r10 -16)
 1358: if r2 > 16383 goto +862
 1359: r3 = r6
 1360: r3 += r2
 1361: r1 = r3
 1362: r1 += 1
 1363: if r1 <= r7 goto +1
 1364: goto +856
 1365: r1 = r2
 1366: r1 += 1
 1367: *(u32 *)(r10 -152) = r1
 1368: r2 += 1
 1369: *(u64 *)(r10 -16) = r2
      ; v329: bit<8> = read var3
 1370: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1371: r2 = 1
      ; v331: bit<8> = add v329, v330
 1372: r1 += r2
 1373: r1 &= 255
      ; write var3, v331
 1374: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1375: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1376: r2 = 1
      ; v334: bit<16> = sub v332, v333
 1377: r1 -= r2
 1378: r1 &= 65535
      ; write var2, v334
 1379: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1380: r1 = *(u8 *)(r3 +0)
 1381: if r1 == 0 goto +111
 1382: if r1 == 1 goto +106
 1383: if r1 == 2 goto +88
 1384: if r1 == 3 goto +69
 1385: if r1 == 8 goto +50
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1386: r1 = *(u64 *)(r10 -16)
 1387: if r1 > 16383 goto +833
 1388: r2 = r6
 1389: r2 += r1
 1390: r1 = r2
 1391: r1 += 1
 1392: if r1 <= r7 goto +1
 1393: goto +827
 1394: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1395: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1396: r3 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
 1397: r2 = 2
      ; v339: bool = ge v337, v338
 1398: r1 = 1
 1399: if r3 >= r2 goto +1
 1400: r1 = 0
      ; verify v339, error HeaderTooShort
 1401: if r1 == 0 goto +819
      ; v340: bit<8> = read var9
 1402: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1403: r2 = r1
 1404: w2 = w2
      ; v342: bit<32> = const 1
 1405: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1406: r2 -= r1
 1407: w2 = w2
      ; v344: bit<32> = const 8
 1408: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1409: r2 *= r1
 1410: w2 = w2
      ; advance v345
 1411: r1 = r2
 1412: r1 &= 7
 1413: if r1 != 0 goto +807
 1414: r1 = r2
 1415: r1 >>= 3
 1416: r2 = *(u64 *)(r10 -16)
 1417: r2 += r1
 1418: if r2 > 16383 goto +802
 1419: r1 = r6
 1420: r1 += r2
 1421: if r1 <= r7 goto +1
 1422: goto +798
 1423: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1424: r3 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1425: r1 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1426: r2 = r1
 1427: r2 &= 65535
      ; v349: bit<16> = const 1
 1428: r1 = 1
      ; v350: bit<16> = sub v348, v349
 1429: r2 -= r1
 1430: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1431: r1 = r3
 1432: r1 -= r2
 1433: r1 &= 65535
      ; write var2, v351
 1434: *(u16 *)(r10 -36) = r1
 1435: goto +53
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1436: r2 = *(u64 *)(r10 -16)
 1437: if r2 > 16383 goto +783
 1438: r1 = r6
 1439: r1 += r2
 1440: r1 += 9
 1441: if r1 <= r7 goto +1
 1442: goto +778
 1443: r1 = r2
 1444: r1 += 1
 1445: *(u32 *)(r10 -140) = r1
 1446: r2 += 9
 1447: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1448: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1449: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1450: r1 -= r2
 1451: r1 &= 65535
      ; write var2, v354
 1452: *(u16 *)(r10 -36) = r1
 1453: goto +35
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1454: r2 = *(u64 *)(r10 -16)
 1455: if r2 > 16383 goto +765
 1456: r1 = r6
 1457: r1 += r2
 1458: r1 += 2
 1459: if r1 <= r7 goto +1
 1460: goto +760
 1461: r1 = r2
 1462: r1 += 1
 1463: *(u32 *)(r10 -144) = r1
 1464: r2 += 2
 1465: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1466: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1467: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1468: r1 -= r2
 1469: r1 &= 65535
      ; write var2, v357
 1470: *(u16 *)(r10 -36) = r1
 1471: goto +17
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1472: r2 = *(u64 *)(r10 -16)
 1473: if r2 > 16383 goto +747
 1474: r1 = r6
 1475: r1 += r2
 1476: r1 += 3
 1477: if r1 <= r7 goto +1
 1478: goto +742
 1479: r1 = r2
 1480: r1 += 1
 1481: *(u32 *)(r10 -148) = r1
 1482: r2 += 3
 1483: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1484: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1485: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1486: r1 -= r2
 1487: r1 &= 65535
      ; write var2, v360
 1488: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1489: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1490: r1 = *(u8 *)(r10 -28)
 1491: if r2 == 0 goto +1
 1492: if r1 != 10 goto +728
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1493: r1 = *(u32 *)(r10 -192)
 1494: if r1 == 0 goto +1
 1495: r1 = 1
      ; v1: bool = not v0
 1496: r1 ^= 1
 1497: if r1 != 0 goto +725
      ; v2: bit<64> = timestamp_ns
 1498: call bpf_ktime_get_ns
 1499: r1 = r0
      ; write var10, v2
 1500: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1501: r1 = *(u32 *)(r10 -192)
 1502: if r1 == 0 goto +7
 1503: r1 -= 1
 1504: if r1 > 16383 goto +5
 1505: r9 = r6
 1506: r9 += r1
 1507: r1 = r9
 1508: r1 += 20
 1509: if r1 <= r7 goto +1
 1510: r9 = 0
 1511: r1 = 0
 1512: if r9 == 0 goto +1
 1513: r1 = *(u8 *)(r9 +13)
      ; write var11, v3
 1514: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1515: r1 = *(u32 *)(r10 -196)
 1516: if r1 == 0 goto +7
 1517: r1 -= 1
 1518: if r1 > 16383 goto +5
 1519: r8 = r6
 1520: r8 += r1
 1521: r1 = r8
 1522: r1 += 20
 1523: if r1 <= r7 goto +1
 1524: r8 = 0
 1525: r1 = 0
 1526: if r8 == 0 goto +2
 1527: r1 = *(u8 *)(r8 +0)
 1528: r1 &= 15
      ; v5: bit<16> = cast v4
 1529: r2 = r1
 1530: r2 &= 65535
      ; v6: bit<8> = const 2
 1531: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1532: r3 = r2
 1533: if r1 >= 16 goto +3
 1534: r3 <<= r1
 1535: r3 &= 65535
 1536: goto +1
 1537: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1538: r1 = 0
 1539: if r9 == 0 goto +3
 1540: r1 = *(u8 *)(r9 +12)
 1541: r1 >>= 4
 1542: r1 &= 15
      ; v9: bit<16> = cast v8
 1543: r2 = r1
 1544: r2 &= 65535
      ; v10: bit<8> = const 2
 1545: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1546: if r1 >= 16 goto +3
 1547: r2 <<= r1
 1548: r2 &= 65535
 1549: goto +1
 1550: r2 = 0
      ; v12: bit<16> = add v7, v11
 1551: r1 = r3
 1552: r1 += r2
 1553: r1 &= 65535
      ; write var12, v12
 1554: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1555: r1 = 0
 1556: if r8 == 0 goto +2
 1557: r1 = *(u16 *)(r8 +2)
 1558: r1 = be16 r1
      ; v14: bit<16> = read var12
 1559: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1560: r1 -= r2
 1561: r1 &= 65535
      ; v16: bit<32> = cast v15
 1562: w1 = w1
      ; write var13, v16
 1563: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1564: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1565: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1566: r1 = 1
      ; v20: bit<8> = and v18, v19
 1567: r2 &= r1
      ; v21: bit<8> = const 0
 1568: r1 = 0
      ; v22: bool = ne v20, v21
 1569: r3 = 1
 1570: if r2 != r1 goto +1
 1571: r3 = 0
      ; v23: bit<32> = const 1
 1572: r2 = 1
      ; v24: bit<32> = const 0
 1573: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1574: if r3 != 0 goto +1
 1575: r2 = r1
      ; v26: bit<32> = add v17, v25
 1576: r1 = r4
 1577: r1 += r2
 1578: w1 = w1
      ; write var14, v26
 1579: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1580: r4 = 0
 1581: if r8 == 0 goto +2
 1582: r4 = *(u32 *)(r8 +12)
 1583: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1584: r3 = 0
 1585: if r8 == 0 goto +2
 1586: r3 = *(u32 *)(r8 +16)
 1587: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1588: r2 = 0
 1589: if r9 == 0 goto +2
 1590: r2 = *(u16 *)(r9 +0)
 1591: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1592: r1 = 0
 1593: if r9 == 0 goto +2
 1594: r1 = *(u16 *)(r9 +2)
 1595: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1596: *(u64 *)(r10 -264) = 0
 1597: *(u64 *)(r10 -256) = 0
 1598: *(u32 *)(r10 -264) = r4
 1599: *(u32 *)(r10 -260) = r3
 1600: *(u16 *)(r10 -256) = r2
 1601: *(u16 *)(r10 -254) = r1
 1602: r1 = map[pipe_flows] ll
 1604: r2 = r10
 1605: r2 += -264
 1606: call bpf_map_lookup_elem
 1607: r4 = r0
 1608: if r4 == 0 goto +47
 1609: r0 = 1
 1610: *(u64 *)(r10 -368) = r0
 1611: r0 = *(u32 *)(r4 +0)
 1612: *(u64 *)(r10 -376) = r0
 1613: r0 = *(u64 *)(r10 -376)
 1614: w0 = w0
 1615: *(u64 *)(r10 -376) = r0
 1616: r0 = *(u32 *)(r4 +4)
 1617: *(u64 *)(r10 -384) = r0
 1618: r0 = *(u64 *)(r10 -384)
 1619: w0 = w0
 1620: *(u64 *)(r10 -384) = r0
 1621: r0 = *(u32 *)(r4 +8)
 1622: *(u64 *)(r10 -392) = r0
 1623: r0 = *(u64 *)(r10 -392)
 1624: w0 = w0
 1625: *(u64 *)(r10 -392) = r0
 1626: r0 = *(u32 *)(r4 +12)
 1627: *(u64 *)(r10 -400) = r0
 1628: r0 = *(u64 *)(r10 -400)
 1629: w0 = w0
 1630: *(u64 *)(r10 -400) = r0
 1631: r0 = *(u16 *)(r4 +16)
 1632: *(u64 *)(r10 -408) = r0
 1633: r0 = *(u64 *)(r10 -408)
 1634: r0 &= 65535
 1635: *(u64 *)(r10 -408) = r0
 1636: r0 = *(u8 *)(r4 +18)
 1637: *(u64 *)(r10 -416) = r0
 1638: r0 = *(u64 *)(r10 -416)
 1639: r0 &= 255
 1640: *(u64 *)(r10 -416) = r0
 1641: r0 = *(u32 *)(r4 +20)
 1642: *(u64 *)(r10 -424) = r0
 1643: r0 = *(u64 *)(r10 -424)
 1644: w0 = w0
 1645: *(u64 *)(r10 -424) = r0
 1646: r3 = *(u32 *)(r4 +24)
 1647: w3 = w3
 1648: r2 = *(u8 *)(r4 +28)
 1649: r2 &= 255
 1650: r1 = *(u32 *)(r4 +32)
 1651: w1 = w1
 1652: r0 = *(u64 *)(r4 +40)
 1653: *(u64 *)(r10 -432) = r0
 1654: r4 = *(u64 *)(r4 +48)
 1655: goto +22
 1656: r0 = 0
 1657: *(u64 *)(r10 -368) = r0
 1658: r0 = 0
 1659: *(u64 *)(r10 -376) = r0
 1660: r0 = 0
 1661: *(u64 *)(r10 -384) = r0
 1662: r0 = 0
 1663: *(u64 *)(r10 -392) = r0
 1664: r0 = 0
 1665: *(u64 *)(r10 -400) = r0
 1666: r0 = 0
 1667: *(u64 *)(r10 -408) = r0
 1668: r0 = 0
 1669: *(u64 *)(r10 -416) = r0
 1670: r0 = 0
 1671: *(u64 *)(r10 -424) = r0
 1672: r3 = 0
 1673: r2 = 0
 1674: r1 = 0
 1675: r0 = 0
 1676: *(u64 *)(r10 -432) = r0
 1677: r4 = 0
      ; write var15, v32
 1678: r0 = *(u64 *)(r10 -376)
 1679: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1680: r0 = *(u64 *)(r10 -384)
 1681: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1682: r0 = *(u64 *)(r10 -392)
 1683: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1684: r0 = *(u64 *)(r10 -400)
 1685: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1686: r0 = *(u64 *)(r10 -408)
 1687: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1688: r0 = *(u64 *)(r10 -416)
 1689: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 1690: r0 = *(u64 *)(r10 -424)
 1691: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 1692: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1693: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1694: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1695: r0 = *(u64 *)(r10 -432)
 1696: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1697: *(u64 *)(r10 -224) = r4
      ; write var27, v31
 1698: r0 = *(u64 *)(r10 -368)
 1699: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1700: r2 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 1701: r1 = 2
      ; v46: bit<8> = and v44, v45
 1702: r2 &= r1
      ; v47: bit<8> = const 0
 1703: r1 = 0
      ; v48: bool = ne v46, v47
 1704: if r2 != r1 goto +55
      ; v65: bool = read var27
 1705: r4 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1706: r3 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
 1707: r1 = 0
      ; v68: bool = ne v66, v67
 1708: r2 = 1
 1709: if r3 != r1 goto +1
 1710: r2 = 0
      ; v69: bool = logical_and v65, v68
 1711: r1 = r4
 1712: r1 &= r2
 1713: if r1 == 0 goto +110
      ; v70: bit<32> = read_field hdr2.seqNo
 1714: r1 = 0
 1715: if r9 == 0 goto +2
 1716: r1 = *(u32 *)(r9 +4)
 1717: r1 = be32 r1
      ; v71: bit<32> = read var14
 1718: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1719: r1 += r2
 1720: w1 = w1
      ; write var28, v72
 1721: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1722: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1723: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1724: r1 -= r2
 1725: w1 = w1
      ; write var29, v75
 1726: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1727: r2 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
 1728: r1 = 0
      ; v78: bool = ne v76, v77
 1729: r4 = 1
 1730: if r2 != r1 goto +1
 1731: r4 = 0
      ; v79: bit<32> = read var29
 1732: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1733: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1734: r2 = 1
 1735: if r3 < r1 goto +1
 1736: r2 = 0
      ; v82: bool = logical_and v78, v81
 1737: r1 = r4
 1738: r1 &= r2
 1739: if r1 != 0 goto +8
      ; v90: bit<32> = read var22
 1740: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 1741: r2 = 1
      ; v92: bit<32> = add v90, v91
 1742: r1 += r2
 1743: w1 = w1
      ; write var22, v92
 1744: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1745: r1 = 0
      ; write var23, v93
 1746: *(u8 *)(r10 -23) = r1
 1747: goto +76
      ; v83: bit<32> = read var28
 1748: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1749: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1750: r2 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
 1751: r1 = 0
      ; v86: bool = eq v84, v85
 1752: if r2 != r1 goto +71
      ; v87: bit<8> = const 1
 1753: r1 = 1
      ; write var23, v87
 1754: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1755: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1756: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1757: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1758: *(u64 *)(r10 -232) = r1
 1759: goto +64
      ; v49: bool = const 1
 1760: r1 = 1
      ; write var27, v49
 1761: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1762: r1 = 0
 1763: if r9 == 0 goto +2
 1764: r1 = *(u32 *)(r9 +4)
 1765: r1 = be32 r1
      ; write var15, v50
 1766: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1767: r1 = 0
 1768: if r9 == 0 goto +2
 1769: r1 = *(u32 *)(r9 +4)
 1770: r1 = be32 r1
      ; v52: bit<32> = const 1
 1771: r2 = 1
      ; v53: bit<32> = add v51, v52
 1772: r1 += r2
 1773: w1 = w1
      ; write var16, v53
 1774: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1775: r1 = 0
      ; write var18, v54
 1776: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1777: r1 = *(u32 *)(r10 -148)
 1778: if r1 == 0 goto +7
 1779: r1 -= 1
 1780: if r1 > 16383 goto +5
 1781: r2 = r6
 1782: r2 += r1
 1783: r1 = r2
 1784: r1 += 3
 1785: if r1 <= r7 goto +1
 1786: r2 = 0
 1787: r1 = 0
 1788: if r2 == 0 goto +2
 1789: r1 = *(u16 *)(r2 +1)
 1790: r1 = be16 r1
      ; write var19, v55
 1791: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1792: r1 = *(u32 *)(r10 -144)
 1793: if r1 == 0 goto +7
 1794: r1 -= 1
 1795: if r1 > 16383 goto +5
 1796: r2 = r6
 1797: r2 += r1
 1798: r1 = r2
 1799: r1 += 2
 1800: if r1 <= r7 goto +1
 1801: r2 = 0
 1802: r1 = 0
 1803: if r2 == 0 goto +1
 1804: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1805: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1806: r1 = 0
      ; write var21, v57
 1807: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1808: r1 = 0
      ; write var22, v58
 1809: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1810: r1 = 1
      ; write var23, v59
 1811: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1812: r1 = 0
 1813: if r9 == 0 goto +2
 1814: r1 = *(u32 *)(r9 +4)
 1815: r1 = be32 r1
      ; v61: bit<32> = const 1
 1816: r2 = 1
      ; v62: bit<32> = add v60, v61
 1817: r1 += r2
 1818: w1 = w1
      ; write var24, v62
 1819: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1820: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1821: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1822: r1 = 0
      ; write var26, v64
 1823: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1824: r1 = *(u8 *)(r10 -22)
 1825: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1826: r1 = *(u32 *)(r10 -140)
 1827: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1828: r1 = *(u32 *)(r10 -140)
 1829: if r1 == 0 goto +7
 1830: r1 -= 1
 1831: if r1 > 16383 goto +5
 1832: r2 = r6
 1833: r2 += r1
 1834: r1 = r2
 1835: r1 += 9
 1836: if r1 <= r7 goto +1
 1837: r2 = 0
 1838: r1 = 0
 1839: if r2 == 0 goto +2
 1840: r1 = *(u32 *)(r2 +1)
 1841: r1 = be32 r1
      ; write var21, v96
 1842: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1843: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1844: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1845: r1 -= r2
 1846: w1 = w1
      ; write var17, v99
 1847: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1848: r4 = 0
 1849: if r8 == 0 goto +2
 1850: r4 = *(u32 *)(r8 +12)
 1851: r4 = be32 r4
      ; v101: bit<32> = read_field hdr1.dstAddr
 1852: r3 = 0
 1853: if r8 == 0 goto +2
 1854: r3 = *(u32 *)(r8 +16)
 1855: r3 = be32 r3
      ; v102: bit<16> = read_field hdr2.srcPort
 1856: r2 = 0
 1857: if r9 == 0 goto +2
 1858: r2 = *(u16 *)(r9 +0)
 1859: r2 = be16 r2
      ; v103: bit<16> = read_field hdr2.dstPort
 1860: r1 = 0
 1861: if r9 == 0 goto +2
 1862: r1 = *(u16 *)(r9 +2)
 1863: r1 = be16 r1
      ; v104: bit<32> = read var15
 1864: r0 = *(u32 *)(r10 -104)
 1865: *(u64 *)(r10 -368) = r0
      ; v105: bit<32> = read var16
 1866: r0 = *(u32 *)(r10 -100)
 1867: *(u64 *)(r10 -376) = r0
      ; v106: bit<32> = read var17
 1868: r0 = *(u32 *)(r10 -96)
 1869: *(u64 *)(r10 -384) = r0
      ; v107: bit<32> = read var18
 1870: r0 = *(u32 *)(r10 -92)
 1871: *(u64 *)(r10 -392) = r0
      ; v108: bit<16> = read var19
 1872: r0 = *(u16 *)(r10 -32)
 1873: *(u64 *)(r10 -400) = r0
      ; v109: bit<8> = read var20
 1874: r0 = *(u8 *)(r10 -24)
 1875: *(u64 *)(r10 -408) = r0
      ; v110: bit<32> = read var21
 1876: r0 = *(u32 *)(r10 -88)
 1877: *(u64 *)(r10 -416) = r0
      ; v111: bit<32> = read var22
 1878: r0 = *(u32 *)(r10 -84)
 1879: *(u64 *)(r10 -424) = r0
      ; v112: bit<8> = read var23
 1880: r0 = *(u8 *)(r10 -23)
 1881: *(u64 *)(r10 -432) = r0
      ; v113: bit<32> = read var24
 1882: r0 = *(u32 *)(r10 -80)
 1883: *(u64 *)(r10 -440) = r0
      ; v114: bit<64> = read var25
 1884: r0 = *(u64 *)(r10 -232)
 1885: *(u64 *)(r10 -448) = r0
      ; v115: bit<64> = read var26
 1886: r0 = *(u64 *)(r10 -224)
 1887: *(u64 *)(r10 -456) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1888: *(u64 *)(r10 -264) = 0
 1889: *(u64 *)(r10 -256) = 0
 1890: *(u32 *)(r10 -264) = r4
 1891: *(u32 *)(r10 -260) = r3
 1892: *(u16 *)(r10 -256) = r2
 1893: *(u16 *)(r10 -254) = r1
 1894: *(u64 *)(r10 -352) = 0
 1895: *(u64 *)(r10 -344) = 0
 1896: *(u64 *)(r10 -336) = 0
 1897: *(u64 *)(r10 -328) = 0
 1898: *(u64 *)(r10 -320) = 0
 1899: *(u64 *)(r10 -312) = 0
 1900: *(u64 *)(r10 -304) = 0
 1901: r0 = *(u64 *)(r10 -368)
 1902: *(u32 *)(r10 -352) = r0
 1903: r0 = *(u64 *)(r10 -376)
 1904: *(u32 *)(r10 -348) = r0
 1905: r0 = *(u64 *)(r10 -384)
 1906: *(u32 *)(r10 -344) = r0
 1907: r0 = *(u64 *)(r10 -392)
 1908: *(u32 *)(r10 -340) = r0
 1909: r0 = *(u64 *)(r10 -400)
 1910: *(u16 *)(r10 -336) = r0
 1911: r0 = *(u64 *)(r10 -408)
 1912: *(u8 *)(r10 -334) = r0
 1913: r0 = *(u64 *)(r10 -416)
 1914: *(u32 *)(r10 -332) = r0
 1915: r0 = *(u64 *)(r10 -424)
 1916: *(u32 *)(r10 -328) = r0
 1917: r0 = *(u64 *)(r10 -432)
 1918: *(u8 *)(r10 -324) = r0
 1919: r0 = *(u64 *)(r10 -440)
 1920: *(u32 *)(r10 -320) = r0
 1921: r0 = *(u64 *)(r10 -448)
 1922: *(u64 *)(r10 -312) = r0
 1923: r0 = *(u64 *)(r10 -456)
 1924: *(u64 *)(r10 -304) = r0
 1925: r1 = map[pipe_flows] ll
 1927: r2 = r10
 1928: r2 += -264
 1929: r3 = r10
 1930: r3 += -352
 1931: r4 = 0
 1932: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1933: r2 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 1934: r1 = 16
      ; v118: bit<8> = and v116, v117
 1935: r2 &= r1
      ; v119: bit<8> = const 0
 1936: r1 = 0
      ; v120: bool = eq v118, v119
 1937: if r2 == r1 goto +285
      ; v121: bit<32> = read_field hdr1.dstAddr
 1938: r4 = 0
 1939: if r8 == 0 goto +2
 1940: r4 = *(u32 *)(r8 +16)
 1941: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1942: r3 = 0
 1943: if r8 == 0 goto +2
 1944: r3 = *(u32 *)(r8 +12)
 1945: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1946: r2 = 0
 1947: if r9 == 0 goto +2
 1948: r2 = *(u16 *)(r9 +2)
 1949: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1950: r1 = 0
 1951: if r9 == 0 goto +2
 1952: r1 = *(u16 *)(r9 +0)
 1953: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1954: *(u64 *)(r10 -264) = 0
 1955: *(u64 *)(r10 -256) = 0
 1956: *(u32 *)(r10 -264) = r4
 1957: *(u32 *)(r10 -260) = r3
 1958: *(u16 *)(r10 -256) = r2
 1959: *(u16 *)(r10 -254) = r1
 1960: r1 = map[pipe_flows] ll
 1962: r2 = r10
 1963: r2 += -264
 1964: call bpf_map_lookup_elem
 1965: r4 = r0
 1966: if r4 == 0 goto +47
 1967: r0 = 1
 1968: *(u64 *)(r10 -368) = r0
 1969: r0 = *(u32 *)(r4 +0)
 1970: *(u64 *)(r10 -376) = r0
 1971: r0 = *(u64 *)(r10 -376)
 1972: w0 = w0
 1973: *(u64 *)(r10 -376) = r0
 1974: r0 = *(u32 *)(r4 +4)
 1975: *(u64 *)(r10 -384) = r0
 1976: r0 = *(u64 *)(r10 -384)
 1977: w0 = w0
 1978: *(u64 *)(r10 -384) = r0
 1979: r0 = *(u32 *)(r4 +8)
 1980: *(u64 *)(r10 -392) = r0
 1981: r0 = *(u64 *)(r10 -392)
 1982: w0 = w0
 1983: *(u64 *)(r10 -392) = r0
 1984: r0 = *(u32 *)(r4 +12)
 1985: *(u64 *)(r10 -400) = r0
 1986: r0 = *(u64 *)(r10 -400)
 1987: w0 = w0
 1988: *(u64 *)(r10 -400) = r0
 1989: r0 = *(u16 *)(r4 +16)
 1990: *(u64 *)(r10 -408) = r0
 1991: r0 = *(u64 *)(r10 -408)
 1992: r0 &= 65535
 1993: *(u64 *)(r10 -408) = r0
 1994: r0 = *(u8 *)(r4 +18)
 1995: *(u64 *)(r10 -416) = r0
 1996: r0 = *(u64 *)(r10 -416)
 1997: r0 &= 255
 1998: *(u64 *)(r10 -416) = r0
 1999: r0 = *(u32 *)(r4 +20)
 2000: *(u64 *)(r10 -424) = r0
 2001: r0 = *(u64 *)(r10 -424)
 2002: w0 = w0
 2003: *(u64 *)(r10 -424) = r0
 2004: r3 = *(u32 *)(r4 +24)
 2005: w3 = w3
 2006: r2 = *(u8 *)(r4 +28)
 2007: r2 &= 255
 2008: r1 = *(u32 *)(r4 +32)
 2009: w1 = w1
 2010: r0 = *(u64 *)(r4 +40)
 2011: *(u64 *)(r10 -432) = r0
 2012: r4 = *(u64 *)(r4 +48)
 2013: goto +22
 2014: r0 = 0
 2015: *(u64 *)(r10 -368) = r0
 2016: r0 = 0
 2017: *(u64 *)(r10 -376) = r0
 2018: r0 = 0
 2019: *(u64 *)(r10 -384) = r0
 2020: r0 = 0
 2021: *(u64 *)(r10 -392) = r0
 2022: r0 = 0
 2023: *(u64 *)(r10 -400) = r0
 2024: r0 = 0
 2025: *(u64 *)(r10 -408) = r0
 2026: r0 = 0
 2027: *(u64 *)(r10 -416) = r0
 2028: r0 = 0
 2029: *(u64 *)(r10 -424) = r0
 2030: r3 = 0
 2031: r2 = 0
 2032: r1 = 0
 2033: r0 = 0
 2034: *(u64 *)(r10 -432) = r0
 2035: r4 = 0
      ; write var30, v126
 2036: r0 = *(u64 *)(r10 -376)
 2037: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 2038: r0 = *(u64 *)(r10 -384)
 2039: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 2040: r0 = *(u64 *)(r10 -392)
 2041: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 2042: r0 = *(u64 *)(r10 -400)
 2043: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 2044: r0 = *(u64 *)(r10 -408)
 2045: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 2046: r0 = *(u64 *)(r10 -416)
 2047: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2048: r0 = *(u64 *)(r10 -424)
 2049: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2050: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 2051: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 2052: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 2053: r0 = *(u64 *)(r10 -432)
 2054: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2055: *(u64 *)(r10 -208) = r4
 2056: r0 = *(u64 *)(r10 -368)
 2057: if r0 == 0 goto +165
      ; v138: bit<32> = read_field hdr2.ackNo
 2058: r1 = 0
 2059: if r9 == 0 goto +2
 2060: r1 = *(u32 *)(r9 +8)
 2061: r1 = be32 r1
      ; v139: bit<32> = read var30
 2062: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2063: r1 -= r2
 2064: w1 = w1
      ; write var42, v140
 2065: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 2066: r2 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
 2067: r1 = 0
      ; v143: bool = ne v141, v142
 2068: r4 = 1
 2069: if r2 != r1 goto +1
 2070: r4 = 0
      ; v144: bit<32> = read var42
 2071: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2072: w1 = -2147483648
      ; v146: bool = lt v144, v145
 2073: r2 = 1
 2074: if r3 < r1 goto +1
 2075: r2 = 0
      ; v147: bool = logical_and v143, v146
 2076: r1 = r4
 2077: r1 &= r2
 2078: if r1 == 0 goto +5
      ; v148: bit<32> = read_field hdr2.ackNo
 2079: r1 = 0
 2080: if r9 == 0 goto +2
 2081: r1 = *(u32 *)(r9 +8)
 2082: r1 = be32 r1
      ; write var30, v148
 2083: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2084: r2 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
 2085: r1 = 1
      ; v151: bool = eq v149, v150
 2086: r4 = 1
 2087: if r2 == r1 goto +1
 2088: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2089: r2 = 0
 2090: if r9 == 0 goto +2
 2091: r2 = *(u32 *)(r9 +8)
 2092: r2 = be32 r2
      ; v153: bit<32> = read var39
 2093: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2094: r3 = r2
 2095: r3 -= r1
 2096: w3 = w3
      ; v155: bit<32> = const 0x80000000
 2097: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2098: r2 = 1
 2099: if r3 < r1 goto +1
 2100: r2 = 0
      ; v157: bool = logical_and v151, v156
 2101: r1 = r4
 2102: r1 &= r2
 2103: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 2104: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2105: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2106: r1 -= r2
      ; write var41, v160
 2107: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 2108: r1 = 0
      ; write var38, v161
 2109: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2110: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2111: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2112: r1 -= r2
 2113: w1 = w1
      ; write var32, v164
 2114: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 2115: r2 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2116: r1 = 2
      ; v167: bit<8> = and v165, v166
 2117: r2 &= r1
      ; v168: bit<8> = const 0
 2118: r1 = 0
      ; v169: bool = ne v167, v168
 2119: r3 = 1
 2120: if r2 != r1 goto +1
 2121: r3 = 0
      ; v170: bit<8> = read var20
 2122: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2123: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 2124: if r3 != 0 goto +1
 2125: r1 = r2
      ; write var43, v172
 2126: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 2127: r1 = 0
 2128: if r9 == 0 goto +2
 2129: r1 = *(u16 *)(r9 +14)
 2130: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2131: w1 = w1
      ; v175: bit<8> = read var43
 2132: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2133: if r2 >= 32 goto +3
 2134: r1 <<= r2
 2135: w1 = w1
 2136: goto +1
 2137: r1 = 0
      ; write var33, v176
 2138: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 2139: r4 = 0
 2140: if r8 == 0 goto +2
 2141: r4 = *(u32 *)(r8 +16)
 2142: r4 = be32 r4
      ; v178: bit<32> = read_field hdr1.srcAddr
 2143: r3 = 0
 2144: if r8 == 0 goto +2
 2145: r3 = *(u32 *)(r8 +12)
 2146: r3 = be32 r3
      ; v179: bit<16> = read_field hdr2.dstPort
 2147: r8 = 0
 2148: if r9 == 0 goto +2
 2149: r8 = *(u16 *)(r9 +2)
 2150: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 2151: r2 = 0
 2152: if r9 == 0 goto +2
 2153: r2 = *(u16 *)(r9 +0)
 2154: r2 = be16 r2
      ; v181: bit<32> = read var30
 2155: r0 = *(u32 *)(r10 -68)
 2156: *(u64 *)(r10 -368) = r0
      ; v182: bit<32> = read var31
 2157: r0 = *(u32 *)(r10 -64)
 2158: *(u64 *)(r10 -376) = r0
      ; v183: bit<32> = read var32
 2159: r0 = *(u32 *)(r10 -60)
 2160: *(u64 *)(r10 -384) = r0
      ; v184: bit<32> = read var33
 2161: r0 = *(u32 *)(r10 -56)
 2162: *(u64 *)(r10 -392) = r0
      ; v185: bit<16> = read var34
 2163: r0 = *(u16 *)(r10 -30)
 2164: *(u64 *)(r10 -400) = r0
      ; v186: bit<8> = read var35
 2165: r0 = *(u8 *)(r10 -21)
 2166: *(u64 *)(r10 -408) = r0
      ; v187: bit<32> = read var36
 2167: r0 = *(u32 *)(r10 -52)
 2168: *(u64 *)(r10 -416) = r0
      ; v188: bit<32> = read var37
 2169: r0 = *(u32 *)(r10 -48)
 2170: *(u64 *)(r10 -424) = r0
      ; v189: bit<8> = read var38
 2171: r0 = *(u8 *)(r10 -20)
 2172: *(u64 *)(r10 -432) = r0
      ; v190: bit<32> = read var39
 2173: r0 = *(u32 *)(r10 -44)
 2174: *(u64 *)(r10 -440) = r0
      ; v191: bit<64> = read var40
 2175: r9 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 2176: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2177: *(u64 *)(r10 -264) = 0
 2178: *(u64 *)(r10 -256) = 0
 2179: *(u32 *)(r10 -264) = r4
 2180: *(u32 *)(r10 -260) = r3
 2181: *(u16 *)(r10 -256) = r8
 2182: *(u16 *)(r10 -254) = r2
 2183: *(u64 *)(r10 -352) = 0
 2184: *(u64 *)(r10 -344) = 0
 2185: *(u64 *)(r10 -336) = 0
 2186: *(u64 *)(r10 -328) = 0
 2187: *(u64 *)(r10 -320) = 0
 2188: *(u64 *)(r10 -312) = 0
 2189: *(u64 *)(r10 -304) = 0
 2190: r0 = *(u64 *)(r10 -368)
 2191: *(u32 *)(r10 -352) = r0
 2192: r0 = *(u64 *)(r10 -376)
 2193: *(u32 *)(r10 -348) = r0
 2194: r0 = *(u64 *)(r10 -384)
 2195: *(u32 *)(r10 -344) = r0
 2196: r0 = *(u64 *)(r10 -392)
 2197: *(u32 *)(r10 -340) = r0
 2198: r0 = *(u64 *)(r10 -400)
 2199: *(u16 *)(r10 -336) = r0
 2200: r0 = *(u64 *)(r10 -408)
 2201: *(u8 *)(r10 -334) = r0
 2202: r0 = *(u64 *)(r10 -416)
 2203: *(u32 *)(r10 -332) = r0
 2204: r0 = *(u64 *)(r10 -424)
 2205: *(u32 *)(r10 -328) = r0
 2206: r0 = *(u64 *)(r10 -432)
 2207: *(u8 *)(r10 -324) = r0
 2208: r0 = *(u64 *)(r10 -440)
 2209: *(u32 *)(r10 -320) = r0
 2210: *(u64 *)(r10 -312) = r9
 2211: *(u64 *)(r10 -304) = r1
 2212: r1 = map[pipe_flows] ll
 2214: r2 = r10
 2215: r2 += -264
 2216: r3 = r10
 2217: r3 += -352
 2218: r4 = 0
 2219: call bpf_map_update_elem
 2220: goto +2
      ; drop
 2221: r0 = 2
 2222: exit
      ; epilogue: verdict
 2223: r0 = 0
 2224: exit
