; dapper for xdp: 2269 instructions, stack 488 bytes, 1 maps
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
   39: if r3 > 16383 goto +2187
   40: r2 = r6
   41: r2 += r3
   42: r1 = r2
   43: r1 += 14
   44: if r1 <= r7 goto +1
   45: goto +2181
   46: r1 = r3
   47: r1 += 1
   48: *(u32 *)(r10 -200) = r1
   49: r3 += 14
   50: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   51: r1 = *(u16 *)(r2 +12)
   52: r1 = be16 r1
   53: if r1 != 2048 goto +1445
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   54: r2 = *(u64 *)(r10 -16)
   55: if r2 > 16383 goto +2171
   56: r3 = r6
   57: r3 += r2
   58: r1 = r3
   59: r1 += 20
   60: if r1 <= r7 goto +1
   61: goto +2165
   62: r1 = r2
   63: r1 += 1
   64: *(u32 *)(r10 -196) = r1
   65: r2 += 20
   66: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   67: r4 = *(u8 *)(r3 +0)
   68: r4 &= 15
      ; v2: bit<4> = const 5
   69: r2 = 5
      ; v3: bool = ge v1, v2
   70: r1 = 1
   71: if r4 >= r2 goto +1
   72: r1 = 0
      ; verify v3, error HeaderTooShort
   73: if r1 == 0 goto +2153
      ; v4: bit<4> = read_field hdr1.ihl
   74: r1 = *(u8 *)(r3 +0)
   75: r1 &= 15
      ; v5: bit<32> = cast v4
   76: r2 = r1
   77: w2 = w2
      ; v6: bit<32> = const 5
   78: r1 = 5
      ; v7: bit<32> = sub v5, v6
   79: r2 -= r1
   80: w2 = w2
      ; v8: bit<32> = const 0x20
   81: r1 = 32
      ; v9: bit<32> = mul v7, v8
   82: r2 *= r1
   83: w2 = w2
      ; advance v9
   84: r1 = r2
   85: r1 &= 7
   86: if r1 != 0 goto +2140
   87: r1 = r2
   88: r1 >>= 3
   89: r2 = *(u64 *)(r10 -16)
   90: r2 += r1
   91: if r2 > 16383 goto +2135
   92: r1 = r6
   93: r1 += r2
   94: if r1 <= r7 goto +1
   95: goto +2131
   96: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   97: r2 = *(u16 *)(r3 +6)
   98: r2 = be16 r2
   99: r2 &= 8191
      ; v11: bit<8> = read_field hdr1.protocol
  100: r1 = *(u8 *)(r3 +9)
  101: if r2 != 0 goto +1397
  102: if r1 != 6 goto +1396
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  103: r2 = *(u64 *)(r10 -16)
  104: if r2 > 16383 goto +2122
  105: r4 = r6
  106: r4 += r2
  107: r1 = r4
  108: r1 += 20
  109: if r1 <= r7 goto +1
  110: goto +2116
  111: r1 = r2
  112: r1 += 1
  113: *(u32 *)(r10 -192) = r1
  114: r2 += 20
  115: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  116: r3 = *(u8 *)(r4 +12)
  117: r3 >>= 4
  118: r3 &= 15
      ; v13: bit<4> = const 5
  119: r2 = 5
      ; v14: bool = ge v12, v13
  120: r1 = 1
  121: if r3 >= r2 goto +1
  122: r1 = 0
      ; verify v14, error HeaderTooShort
  123: if r1 == 0 goto +2103
      ; v15: bit<4> = read_field hdr2.dataOffset
  124: r1 = *(u8 *)(r4 +12)
  125: r1 >>= 4
  126: r1 &= 15
      ; v16: bit<16> = cast v15
  127: r1 &= 65535
      ; v17: bit<16> = const 5
  128: r2 = 5
      ; v18: bit<16> = sub v16, v17
  129: r1 -= r2
  130: r1 &= 65535
      ; v19: bit<16> = const 4
  131: r2 = 4
      ; v20: bit<16> = mul v18, v19
  132: r1 *= r2
  133: r1 &= 65535
      ; write var2, v20
  134: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  135: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  136: r1 = *(u8 *)(r10 -28)
  137: if r2 == 0 goto +1361
  138: if r1 == 10 goto +1360
      ; prs: block5 (parse_option)
      ; extract hdr3
  139: r2 = *(u64 *)(r10 -16)
  140: if r2 > 16383 goto +2086
  141: r3 = r6
  142: r3 += r2
  143: r1 = r3
  144: r1 += 1
  145: if r1 <= r7 goto +1
  146: goto +2080
  147: r1 = r2
  148: r1 += 1
  149: *(u32 *)(r10 -188) = r1
  150: r2 += 1
  151: *(u64 *)(r10 -16) = r2
      ; v23: bit<8> = read var3
  152: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  153: r2 = 1
      ; v25: bit<8> = add v23, v24
  154: r1 += r2
  155: r1 &= 255
      ; write var3, v25
  156: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  157: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  158: r2 = 1
      ; v28: bit<16> = sub v26, v27
  159: r1 -= r2
  160: r1 &= 65535
      ; write var2, v28
  161: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  162: r1 = *(u8 *)(r3 +0)
  163: if r1 == 0 goto +1335
  164: if r1 == 1 goto +106
  165: if r1 == 2 goto +88
  166: if r1 == 3 goto +69
  167: if r1 == 8 goto +50
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  168: r1 = *(u64 *)(r10 -16)
  169: if r1 > 16383 goto +2057
  170: r2 = r6
  171: r2 += r1
  172: r1 = r2
  173: r1 += 1
  174: if r1 <= r7 goto +1
  175: goto +2051
  176: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  177: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  178: r3 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
  179: r2 = 2
      ; v33: bool = ge v31, v32
  180: r1 = 1
  181: if r3 >= r2 goto +1
  182: r1 = 0
      ; verify v33, error HeaderTooShort
  183: if r1 == 0 goto +2043
      ; v34: bit<8> = read var9
  184: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  185: r2 = r1
  186: w2 = w2
      ; v36: bit<32> = const 1
  187: r1 = 1
      ; v37: bit<32> = sub v35, v36
  188: r2 -= r1
  189: w2 = w2
      ; v38: bit<32> = const 8
  190: r1 = 8
      ; v39: bit<32> = mul v37, v38
  191: r2 *= r1
  192: w2 = w2
      ; advance v39
  193: r1 = r2
  194: r1 &= 7
  195: if r1 != 0 goto +2031
  196: r1 = r2
  197: r1 >>= 3
  198: r2 = *(u64 *)(r10 -16)
  199: r2 += r1
  200: if r2 > 16383 goto +2026
  201: r1 = r6
  202: r1 += r2
  203: if r1 <= r7 goto +1
  204: goto +2022
  205: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  206: r3 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  207: r1 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  208: r2 = r1
  209: r2 &= 65535
      ; v43: bit<16> = const 1
  210: r1 = 1
      ; v44: bit<16> = sub v42, v43
  211: r2 -= r1
  212: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  213: r1 = r3
  214: r1 -= r2
  215: r1 &= 65535
      ; write var2, v45
  216: *(u16 *)(r10 -36) = r1
  217: goto +53
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  218: r2 = *(u64 *)(r10 -16)
  219: if r2 > 16383 goto +2007
  220: r1 = r6
  221: r1 += r2
  222: r1 += 9
  223: if r1 <= r7 goto +1
  224: goto +2002
  225: r1 = r2
  226: r1 += 1
  227: *(u32 *)(r10 -140) = r1
  228: r2 += 9
  229: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  230: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  231: r2 = 9
      ; v48: bit<16> = sub v46, v47
  232: r1 -= r2
  233: r1 &= 65535
      ; write var2, v48
  234: *(u16 *)(r10 -36) = r1
  235: goto +35
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  236: r2 = *(u64 *)(r10 -16)
  237: if r2 > 16383 goto +1989
  238: r1 = r6
  239: r1 += r2
  240: r1 += 2
  241: if r1 <= r7 goto +1
  242: goto +1984
  243: r1 = r2
  244: r1 += 1
  245: *(u32 *)(r10 -144) = r1
  246: r2 += 2
  247: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  248: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  249: r2 = 2
      ; v51: bit<16> = sub v49, v50
  250: r1 -= r2
  251: r1 &= 65535
      ; write var2, v51
  252: *(u16 *)(r10 -36) = r1
  253: goto +17
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  254: r2 = *(u64 *)(r10 -16)
  255: if r2 > 16383 goto +1971
  256: r1 = r6
  257: r1 += r2
  258: r1 += 3
  259: if r1 <= r7 goto +1
  260: goto +1966
  261: r1 = r2
  262: r1 += 1
  263: *(u32 *)(r10 -148) = r1
  264: r2 += 3
  265: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  266: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  267: r2 = 3
      ; v54: bit<16> = sub v52, v53
  268: r1 -= r2
  269: r1 &= 65535
      ; write var2, v54
  270: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  271: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  272: r1 = *(u8 *)(r10 -28)
  273: if r2 == 0 goto +1225
  274: if r1 == 10 goto +1224
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  275: r2 = *(u64 *)(r10 -16)
  276: if r2 > 16383 goto +1950
  277: r3 = r6
  278: r3 += r2
  279: r1 = r3
  280: r1 += 1
  281: if r1 <= r7 goto +1
  282: goto +1944
  283: r1 = r2
  284: r1 += 1
  285: *(u32 *)(r10 -184) = r1
  286: r2 += 1
  287: *(u64 *)(r10 -16) = r2
      ; v57: bit<8> = read var3
  288: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  289: r2 = 1
      ; v59: bit<8> = add v57, v58
  290: r1 += r2
  291: r1 &= 255
      ; write var3, v59
  292: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  293: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  294: r2 = 1
      ; v62: bit<16> = sub v60, v61
  295: r1 -= r2
  296: r1 &= 65535
      ; write var2, v62
  297: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  298: r1 = *(u8 *)(r3 +0)
  299: if r1 == 0 goto +1199
  300: if r1 == 1 goto +106
  301: if r1 == 2 goto +88
  302: if r1 == 3 goto +69
  303: if r1 == 8 goto +50
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  304: r1 = *(u64 *)(r10 -16)
  305: if r1 > 16383 goto +1921
  306: r2 = r6
  307: r2 += r1
  308: r1 = r2
  309: r1 += 1
  310: if r1 <= r7 goto +1
  311: goto +1915
  312: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  313: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  314: r3 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
  315: r2 = 2
      ; v67: bool = ge v65, v66
  316: r1 = 1
  317: if r3 >= r2 goto +1
  318: r1 = 0
      ; verify v67, error HeaderTooShort
  319: if r1 == 0 goto +1907
      ; v68: bit<8> = read var9
  320: r1 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  321: r2 = r1
  322: w2 = w2
      ; v70: bit<32> = const 1
  323: r1 = 1
      ; v71: bit<32> = sub v69, v70
  324: r2 -= r1
  325: w2 = w2
      ; v72: bit<32> = const 8
  326: r1 = 8
      ; v73: bit<32> = mul v71, v72
  327: r2 *= r1
  328: w2 = w2
      ; advance v73
  329: r1 = r2
  330: r1 &= 7
  331: if r1 != 0 goto +1895
  332: r1 = r2
  333: r1 >>= 3
  334: r2 = *(u64 *)(r10 -16)
  335: r2 += r1
  336: if r2 > 16383 goto +1890
  337: r1 = r6
  338: r1 += r2
  339: if r1 <= r7 goto +1
  340: goto +1886
  341: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  342: r3 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  343: r1 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  344: r2 = r1
  345: r2 &= 65535
      ; v77: bit<16> = const 1
  346: r1 = 1
      ; v78: bit<16> = sub v76, v77
  347: r2 -= r1
  348: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  349: r1 = r3
  350: r1 -= r2
  351: r1 &= 65535
      ; write var2, v79
  352: *(u16 *)(r10 -36) = r1
  353: goto +53
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  354: r2 = *(u64 *)(r10 -16)
  355: if r2 > 16383 goto +1871
  356: r1 = r6
  357: r1 += r2
  358: r1 += 9
  359: if r1 <= r7 goto +1
  360: goto +1866
  361: r1 = r2
  362: r1 += 1
  363: *(u32 *)(r10 -140) = r1
  364: r2 += 9
  365: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  366: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  367: r2 = 9
      ; v82: bit<16> = sub v80, v81
  368: r1 -= r2
  369: r1 &= 65535
      ; write var2, v82
  370: *(u16 *)(r10 -36) = r1
  371: goto +35
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  372: r2 = *(u64 *)(r10 -16)
  373: if r2 > 16383 goto +1853
  374: r1 = r6
  375: r1 += r2
  376: r1 += 2
  377: if r1 <= r7 goto +1
  378: goto +1848
  379: r1 = r2
  380: r1 += 1
  381: *(u32 *)(r10 -144) = r1
  382: r2 += 2
  383: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  384: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  385: r2 = 2
      ; v85: bit<16> = sub v83, v84
  386: r1 -= r2
  387: r1 &= 65535
      ; write var2, v85
  388: *(u16 *)(r10 -36) = r1
  389: goto +17
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  390: r2 = *(u64 *)(r10 -16)
  391: if r2 > 16383 goto +1835
  392: r1 = r6
  393: r1 += r2
  394: r1 += 3
  395: if r1 <= r7 goto +1
  396: goto +1830
  397: r1 = r2
  398: r1 += 1
  399: *(u32 *)(r10 -148) = r1
  400: r2 += 3
  401: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  402: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  403: r2 = 3
      ; v88: bit<16> = sub v86, v87
  404: r1 -= r2
  405: r1 &= 65535
      ; write var2, v88
  406: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  407: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  408: r1 = *(u8 *)(r10 -28)
  409: if r2 == 0 goto +1089
  410: if r1 == 10 goto +1088
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  411: r2 = *(u64 *)(r10 -16)
  412: if r2 > 16383 goto +1814
  413: r3 = r6
  414: r3 += r2
  415: r1 = r3
  416: r1 += 1
  417: if r1 <= r7 goto +1
  418: goto +1808
  419: r1 = r2
  420: r1 += 1
  421: *(u32 *)(r10 -180) = r1
  422: r2 += 1
  423: *(u64 *)(r10 -16) = r2
      ; v91: bit<8> = read var3
  424: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  425: r2 = 1
      ; v93: bit<8> = add v91, v92
  426: r1 += r2
  427: r1 &= 255
      ; write var3, v93
  428: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  429: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  430: r2 = 1
      ; v96: bit<16> = sub v94, v95
  431: r1 -= r2
  432: r1 &= 65535
      ; write var2, v96
  433: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  434: r1 = *(u8 *)(r3 +0)
  435: if r1 == 0 goto +1063
  436: if r1 == 1 goto +106
  437: if r1 == 2 goto +88
  438: if r1 == 3 goto +69
  439: if r1 == 8 goto +50
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  440: r1 = *(u64 *)(r10 -16)
  441: if r1 > 16383 goto +1785
  442: r2 = r6
  443: r2 += r1
  444: r1 = r2
  445: r1 += 1
  446: if r1 <= r7 goto +1
  447: goto +1779
  448: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  449: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  450: r3 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
  451: r2 = 2
      ; v101: bool = ge v99, v100
  452: r1 = 1
  453: if r3 >= r2 goto +1
  454: r1 = 0
      ; verify v101, error HeaderTooShort
  455: if r1 == 0 goto +1771
      ; v102: bit<8> = read var9
  456: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  457: r2 = r1
  458: w2 = w2
      ; v104: bit<32> = const 1
  459: r1 = 1
      ; v105: bit<32> = sub v103, v104
  460: r2 -= r1
  461: w2 = w2
      ; v106: bit<32> = const 8
  462: r1 = 8
      ; v107: bit<32> = mul v105, v106
  463: r2 *= r1
  464: w2 = w2
      ; advance v107
  465: r1 = r2
  466: r1 &= 7
  467: if r1 != 0 goto +1759
  468: r1 = r2
  469: r1 >>= 3
  470: r2 = *(u64 *)(r10 -16)
  471: r2 += r1
  472: if r2 > 16383 goto +1754
  473: r1 = r6
  474: r1 += r2
  475: if r1 <= r7 goto +1
  476: goto +1750
  477: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  478: r3 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  479: r1 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  480: r2 = r1
  481: r2 &= 65535
      ; v111: bit<16> = const 1
  482: r1 = 1
      ; v112: bit<16> = sub v110, v111
  483: r2 -= r1
  484: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  485: r1 = r3
  486: r1 -= r2
  487: r1 &= 65535
      ; write var2, v113
  488: *(u16 *)(r10 -36) = r1
  489: goto +53
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  490: r2 = *(u64 *)(r10 -16)
  491: if r2 > 16383 goto +1735
  492: r1 = r6
  493: r1 += r2
  494: r1 += 9
  495: if r1 <= r7 goto +1
  496: goto +1730
  497: r1 = r2
  498: r1 += 1
  499: *(u32 *)(r10 -140) = r1
  500: r2 += 9
  501: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  502: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  503: r2 = 9
      ; v116: bit<16> = sub v114, v115
  504: r1 -= r2
  505: r1 &= 65535
      ; write var2, v116
  506: *(u16 *)(r10 -36) = r1
  507: goto +35
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  508: r2 = *(u64 *)(r10 -16)
  509: if r2 > 16383 goto +1717
  510: r1 = r6
  511: r1 += r2
  512: r1 += 2
  513: if r1 <= r7 goto +1
  514: goto +1712
  515: r1 = r2
  516: r1 += 1
  517: *(u32 *)(r10 -144) = r1
  518: r2 += 2
  519: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  520: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  521: r2 = 2
      ; v119: bit<16> = sub v117, v118
  522: r1 -= r2
  523: r1 &= 65535
      ; write var2, v119
  524: *(u16 *)(r10 -36) = r1
  525: goto +17
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  526: r2 = *(u64 *)(r10 -16)
  527: if r2 > 16383 goto +1699
  528: r1 = r6
  529: r1 += r2
  530: r1 += 3
  531: if r1 <= r7 goto +1
  532: goto +1694
  533: r1 = r2
  534: r1 += 1
  535: *(u32 *)(r10 -148) = r1
  536: r2 += 3
  537: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  538: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  539: r2 = 3
      ; v122: bit<16> = sub v120, v121
  540: r1 -= r2
  541: r1 &= 65535
      ; write var2, v122
  542: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  543: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  544: r1 = *(u8 *)(r10 -28)
  545: if r2 == 0 goto +953
  546: if r1 == 10 goto +952
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  547: r2 = *(u64 *)(r10 -16)
  548: if r2 > 16383 goto +1678
  549: r3 = r6
  550: r3 += r2
  551: r1 = r3
  552: r1 += 1
  553: if r1 <= r7 goto +1
  554: goto +1672
  555: r1 = r2
  556: r1 += 1
  557: *(u32 *)(r10 -176) = r1
  558: r2 += 1
  559: *(u64 *)(r10 -16) = r2
      ; v125: bit<8> = read var3
  560: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  561: r2 = 1
      ; v127: bit<8> = add v125, v126
  562: r1 += r2
  563: r1 &= 255
      ; write var3, v127
  564: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  565: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  566: r2 = 1
      ; v130: bit<16> = sub v128, v129
  567: r1 -= r2
  568: r1 &= 65535
      ; write var2, v130
  569: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  570: r1 = *(u8 *)(r3 +0)
  571: if r1 == 0 goto +927
  572: if r1 == 1 goto +106
  573: if r1 == 2 goto +88
  574: if r1 == 3 goto +69
  575: if r1 == 8 goto +50
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  576: r1 = *(u64 *)(r10 -16)
  577: if r1 > 16383 goto +1649
  578: r2 = r6
  579: r2 += r1
  580: r1 = r2
  581: r1 += 1
  582: if r1 <= r7 goto +1
  583: goto +1643
  584: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  585: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  586: r3 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
  587: r2 = 2
      ; v135: bool = ge v133, v134
  588: r1 = 1
  589: if r3 >= r2 goto +1
  590: r1 = 0
      ; verify v135, error HeaderTooShort
  591: if r1 == 0 goto +1635
      ; v136: bit<8> = read var9
  592: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  593: r2 = r1
  594: w2 = w2
      ; v138: bit<32> = const 1
  595: r1 = 1
      ; v139: bit<32> = sub v137, v138
  596: r2 -= r1
  597: w2 = w2
      ; v140: bit<32> = const 8
  598: r1 = 8
      ; v141: bit<32> = mul v139, v140
  599: r2 *= r1
  600: w2 = w2
      ; advance v141
  601: r1 = r2
  602: r1 &= 7
  603: if r1 != 0 goto +1623
  604: r1 = r2
  605: r1 >>= 3
  606: r2 = *(u64 *)(r10 -16)
  607: r2 += r1
  608: if r2 > 16383 goto +1618
  609: r1 = r6
  610: r1 += r2
  611: if r1 <= r7 goto +1
  612: goto +1614
  613: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  614: r3 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  615: r1 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  616: r2 = r1
  617: r2 &= 65535
      ; v145: bit<16> = const 1
  618: r1 = 1
      ; v146: bit<16> = sub v144, v145
  619: r2 -= r1
  620: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  621: r1 = r3
  622: r1 -= r2
  623: r1 &= 65535
      ; write var2, v147
  624: *(u16 *)(r10 -36) = r1
  625: goto +53
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  626: r2 = *(u64 *)(r10 -16)
  627: if r2 > 16383 goto +1599
  628: r1 = r6
  629: r1 += r2
  630: r1 += 9
  631: if r1 <= r7 goto +1
  632: goto +1594
  633: r1 = r2
  634: r1 += 1
  635: *(u32 *)(r10 -140) = r1
  636: r2 += 9
  637: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  638: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  639: r2 = 9
      ; v150: bit<16> = sub v148, v149
  640: r1 -= r2
  641: r1 &= 65535
      ; write var2, v150
  642: *(u16 *)(r10 -36) = r1
  643: goto +35
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  644: r2 = *(u64 *)(r10 -16)
  645: if r2 > 16383 goto +1581
  646: r1 = r6
  647: r1 += r2
  648: r1 += 2
  649: if r1 <= r7 goto +1
  650: goto +1576
  651: r1 = r2
  652: r1 += 1
  653: *(u32 *)(r10 -144) = r1
  654: r2 += 2
  655: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  656: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  657: r2 = 2
      ; v153: bit<16> = sub v151, v152
  658: r1 -= r2
  659: r1 &= 65535
      ; write var2, v153
  660: *(u16 *)(r10 -36) = r1
  661: goto +17
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  662: r2 = *(u64 *)(r10 -16)
  663: if r2 > 16383 goto +1563
  664: r1 = r6
  665: r1 += r2
  666: r1 += 3
  667: if r1 <= r7 goto +1
  668: goto +1558
  669: r1 = r2
  670: r1 += 1
  671: *(u32 *)(r10 -148) = r1
  672: r2 += 3
  673: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  674: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  675: r2 = 3
      ; v156: bit<16> = sub v154, v155
  676: r1 -= r2
  677: r1 &= 65535
      ; write var2, v156
  678: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  679: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  680: r1 = *(u8 *)(r10 -28)
  681: if r2 == 0 goto +817
  682: if r1 == 10 goto +816
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  683: r2 = *(u64 *)(r10 -16)
  684: if r2 > 16383 goto +1542
  685: r3 = r6
  686: r3 += r2
  687: r1 = r3
  688: r1 += 1
  689: if r1 <= r7 goto +1
  690: goto +1536
  691: r1 = r2
  692: r1 += 1
  693: *(u32 *)(r10 -172) = r1
  694: r2 += 1
  695: *(u64 *)(r10 -16) = r2
      ; v159: bit<8> = read var3
  696: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  697: r2 = 1
      ; v161: bit<8> = add v159, v160
  698: r1 += r2
  699: r1 &= 255
      ; write var3, v161
  700: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  701: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  702: r2 = 1
      ; v164: bit<16> = sub v162, v163
  703: r1 -= r2
  704: r1 &= 65535
      ; write var2, v164
  705: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  706: r1 = *(u8 *)(r3 +0)
  707: if r1 == 0 goto +791
  708: if r1 == 1 goto +106
  709: if r1 == 2 goto +88
  710: if r1 == 3 goto +69
  711: if r1 == 8 goto +50
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  712: r1 = *(u64 *)(r10 -16)
  713: if r1 > 16383 goto +1513
  714: r2 = r6
  715: r2 += r1
  716: r1 = r2
  717: r1 += 1
  718: if r1 <= r7 goto +1
  719: goto +1507
  720: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  721: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  722: r3 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
  723: r2 = 2
      ; v169: bool = ge v167, v168
  724: r1 = 1
  725: if r3 >= r2 goto +1
  726: r1 = 0
      ; verify v169, error HeaderTooShort
  727: if r1 == 0 goto +1499
      ; v170: bit<8> = read var9
  728: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  729: r2 = r1
  730: w2 = w2
      ; v172: bit<32> = const 1
  731: r1 = 1
      ; v173: bit<32> = sub v171, v172
  732: r2 -= r1
  733: w2 = w2
      ; v174: bit<32> = const 8
  734: r1 = 8
      ; v175: bit<32> = mul v173, v174
  735: r2 *= r1
  736: w2 = w2
      ; advance v175
  737: r1 = r2
  738: r1 &= 7
  739: if r1 != 0 goto +1487
  740: r1 = r2
  741: r1 >>= 3
  742: r2 = *(u64 *)(r10 -16)
  743: r2 += r1
  744: if r2 > 16383 goto +1482
  745: r1 = r6
  746: r1 += r2
  747: if r1 <= r7 goto +1
  748: goto +1478
  749: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  750: r3 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  751: r1 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  752: r2 = r1
  753: r2 &= 65535
      ; v179: bit<16> = const 1
  754: r1 = 1
      ; v180: bit<16> = sub v178, v179
  755: r2 -= r1
  756: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  757: r1 = r3
  758: r1 -= r2
  759: r1 &= 65535
      ; write var2, v181
  760: *(u16 *)(r10 -36) = r1
  761: goto +53
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  762: r2 = *(u64 *)(r10 -16)
  763: if r2 > 16383 goto +1463
  764: r1 = r6
  765: r1 += r2
  766: r1 += 9
  767: if r1 <= r7 goto +1
  768: goto +1458
  769: r1 = r2
  770: r1 += 1
  771: *(u32 *)(r10 -140) = r1
  772: r2 += 9
  773: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  774: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  775: r2 = 9
      ; v184: bit<16> = sub v182, v183
  776: r1 -= r2
  777: r1 &= 65535
      ; write var2, v184
  778: *(u16 *)(r10 -36) = r1
  779: goto +35
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  780: r2 = *(u64 *)(r10 -16)
  781: if r2 > 16383 goto +1445
  782: r1 = r6
  783: r1 += r2
  784: r1 += 2
  785: if r1 <= r7 goto +1
  786: goto +1440
  787: r1 = r2
  788: r1 += 1
  789: *(u32 *)(r10 -144) = r1
  790: r2 += 2
  791: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  792: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  793: r2 = 2
      ; v187: bit<16> = sub v185, v186
  794: r1 -= r2
  795: r1 &= 65535
      ; write var2, v187
  796: *(u16 *)(r10 -36) = r1
  797: goto +17
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  798: r2 = *(u64 *)(r10 -16)
  799: if r2 > 16383 goto +1427
  800: r1 = r6
  801: r1 += r2
  802: r1 += 3
  803: if r1 <= r7 goto +1
  804: goto +1422
  805: r1 = r2
  806: r1 += 1
  807: *(u32 *)(r10 -148) = r1
  808: r2 += 3
  809: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  810: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  811: r2 = 3
      ; v190: bit<16> = sub v188, v189
  812: r1 -= r2
  813: r1 &= 65535
      ; write var2, v190
  814: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  815: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  816: r1 = *(u8 *)(r10 -28)
  817: if r2 == 0 goto +681
  818: if r1 == 10 goto +680
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  819: r2 = *(u64 *)(r10 -16)
  820: if r2 > 16383 goto +1406
  821: r3 = r6
  822: r3 += r2
  823: r1 = r3
  824: r1 += 1
  825: if r1 <= r7 goto +1
  826: goto +1400
  827: r1 = r2
  828: r1 += 1
  829: *(u32 *)(r10 -168) = r1
  830: r2 += 1
  831: *(u64 *)(r10 -16) = r2
      ; v193: bit<8> = read var3
  832: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
  833: r2 = 1
      ; v195: bit<8> = add v193, v194
  834: r1 += r2
  835: r1 &= 255
      ; write var3, v195
  836: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  837: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
  838: r2 = 1
      ; v198: bit<16> = sub v196, v197
  839: r1 -= r2
  840: r1 &= 65535
      ; write var2, v198
  841: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  842: r1 = *(u8 *)(r3 +0)
  843: if r1 == 0 goto +655
  844: if r1 == 1 goto +106
  845: if r1 == 2 goto +88
  846: if r1 == 3 goto +69
  847: if r1 == 8 goto +50
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  848: r1 = *(u64 *)(r10 -16)
  849: if r1 > 16383 goto +1377
  850: r2 = r6
  851: r2 += r1
  852: r1 = r2
  853: r1 += 1
  854: if r1 <= r7 goto +1
  855: goto +1371
  856: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  857: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  858: r3 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
  859: r2 = 2
      ; v203: bool = ge v201, v202
  860: r1 = 1
  861: if r3 >= r2 goto +1
  862: r1 = 0
      ; verify v203, error HeaderTooShort
  863: if r1 == 0 goto +1363
      ; v204: bit<8> = read var9
  864: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  865: r2 = r1
  866: w2 = w2
      ; v206: bit<32> = const 1
  867: r1 = 1
      ; v207: bit<32> = sub v205, v206
  868: r2 -= r1
  869: w2 = w2
      ; v208: bit<32> = const 8
  870: r1 = 8
      ; v209: bit<32> = mul v207, v208
  871: r2 *= r1
  872: w2 = w2
      ; advance v209
  873: r1 = r2
  874: r1 &= 7
  875: if r1 != 0 goto +1351
  876: r1 = r2
  877: r1 >>= 3
  878: r2 = *(u64 *)(r10 -16)
  879: r2 += r1
  880: if r2 > 16383 goto +1346
  881: r1 = r6
  882: r1 += r2
  883: if r1 <= r7 goto +1
  884: goto +1342
  885: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  886: r3 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  887: r1 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  888: r2 = r1
  889: r2 &= 65535
      ; v213: bit<16> = const 1
  890: r1 = 1
      ; v214: bit<16> = sub v212, v213
  891: r2 -= r1
  892: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  893: r1 = r3
  894: r1 -= r2
  895: r1 &= 65535
      ; write var2, v215
  896: *(u16 *)(r10 -36) = r1
  897: goto +53
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  898: r2 = *(u64 *)(r10 -16)
  899: if r2 > 16383 goto +1327
  900: r1 = r6
  901: r1 += r2
  902: r1 += 9
  903: if r1 <= r7 goto +1
  904: goto +1322
  905: r1 = r2
  906: r1 += 1
  907: *(u32 *)(r10 -140) = r1
  908: r2 += 9
  909: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  910: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
  911: r2 = 9
      ; v218: bit<16> = sub v216, v217
  912: r1 -= r2
  913: r1 &= 65535
      ; write var2, v218
  914: *(u16 *)(r10 -36) = r1
  915: goto +35
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  916: r2 = *(u64 *)(r10 -16)
  917: if r2 > 16383 goto +1309
  918: r1 = r6
  919: r1 += r2
  920: r1 += 2
  921: if r1 <= r7 goto +1
  922: goto +1304
  923: r1 = r2
  924: r1 += 1
  925: *(u32 *)(r10 -144) = r1
  926: r2 += 2
  927: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  928: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
  929: r2 = 2
      ; v221: bit<16> = sub v219, v220
  930: r1 -= r2
  931: r1 &= 65535
      ; write var2, v221
  932: *(u16 *)(r10 -36) = r1
  933: goto +17
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  934: r2 = *(u64 *)(r10 -16)
  935: if r2 > 16383 goto +1291
  936: r1 = r6
  937: r1 += r2
  938: r1 += 3
  939: if r1 <= r7 goto +1
  940: goto +1286
  941: r1 = r2
  942: r1 += 1
  943: *(u32 *)(r10 -148) = r1
  944: r2 += 3
  945: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  946: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
  947: r2 = 3
      ; v224: bit<16> = sub v222, v223
  948: r1 -= r2
  949: r1 &= 65535
      ; write var2, v224
  950: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  951: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  952: r1 = *(u8 *)(r10 -28)
  953: if r2 == 0 goto +545
  954: if r1 == 10 goto +544
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  955: r2 = *(u64 *)(r10 -16)
  956: if r2 > 16383 goto +1270
  957: r3 = r6
  958: r3 += r2
  959: r1 = r3
  960: r1 += 1
  961: if r1 <= r7 goto +1
  962: goto +1264
  963: r1 = r2
  964: r1 += 1
  965: *(u32 *)(r10 -164) = r1
  966: r2 += 1
  967: *(u64 *)(r10 -16) = r2
      ; v227: bit<8> = read var3
  968: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
  969: r2 = 1
      ; v229: bit<8> = add v227, v228
  970: r1 += r2
  971: r1 &= 255
      ; write var3, v229
  972: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  973: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
  974: r2 = 1
      ; v232: bit<16> = sub v230, v231
  975: r1 -= r2
  976: r1 &= 65535
      ; write var2, v232
  977: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  978: r1 = *(u8 *)(r3 +0)
  979: if r1 == 0 goto +519
  980: if r1 == 1 goto +106
  981: if r1 == 2 goto +88
  982: if r1 == 3 goto +69
  983: if r1 == 8 goto +50
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  984: r1 = *(u64 *)(r10 -16)
  985: if r1 > 16383 goto +1241
  986: r2 = r6
  987: r2 += r1
  988: r1 = r2
  989: r1 += 1
  990: if r1 <= r7 goto +1
  991: goto +1235
  992: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  993: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  994: r3 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
  995: r2 = 2
      ; v237: bool = ge v235, v236
  996: r1 = 1
  997: if r3 >= r2 goto +1
  998: r1 = 0
      ; verify v237, error HeaderTooShort
  999: if r1 == 0 goto +1227
      ; v238: bit<8> = read var9
 1000: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
 1001: r2 = r1
 1002: w2 = w2
      ; v240: bit<32> = const 1
 1003: r1 = 1
      ; v241: bit<32> = sub v239, v240
 1004: r2 -= r1
 1005: w2 = w2
      ; v242: bit<32> = const 8
 1006: r1 = 8
      ; v243: bit<32> = mul v241, v242
 1007: r2 *= r1
 1008: w2 = w2
      ; advance v243
 1009: r1 = r2
 1010: r1 &= 7
 1011: if r1 != 0 goto +1215
 1012: r1 = r2
 1013: r1 >>= 3
 1014: r2 = *(u64 *)(r10 -16)
 1015: r2 += r1
 1016: if r2 > 16383 goto +1210
 1017: r1 = r6
 1018: r1 += r2
 1019: if r1 <= r7 goto +1
 1020: goto +1206
 1021: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1022: r3 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1023: r1 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1024: r2 = r1
 1025: r2 &= 65535
      ; v247: bit<16> = const 1
 1026: r1 = 1
      ; v248: bit<16> = sub v246, v247
 1027: r2 -= r1
 1028: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
 1029: r1 = r3
 1030: r1 -= r2
 1031: r1 &= 65535
      ; write var2, v249
 1032: *(u16 *)(r10 -36) = r1
 1033: goto +53
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1034: r2 = *(u64 *)(r10 -16)
 1035: if r2 > 16383 goto +1191
 1036: r1 = r6
 1037: r1 += r2
 1038: r1 += 9
 1039: if r1 <= r7 goto +1
 1040: goto +1186
 1041: r1 = r2
 1042: r1 += 1
 1043: *(u32 *)(r10 -140) = r1
 1044: r2 += 9
 1045: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
 1046: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1047: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1048: r1 -= r2
 1049: r1 &= 65535
      ; write var2, v252
 1050: *(u16 *)(r10 -36) = r1
 1051: goto +35
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1052: r2 = *(u64 *)(r10 -16)
 1053: if r2 > 16383 goto +1173
 1054: r1 = r6
 1055: r1 += r2
 1056: r1 += 2
 1057: if r1 <= r7 goto +1
 1058: goto +1168
 1059: r1 = r2
 1060: r1 += 1
 1061: *(u32 *)(r10 -144) = r1
 1062: r2 += 2
 1063: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
 1064: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1065: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1066: r1 -= r2
 1067: r1 &= 65535
      ; write var2, v255
 1068: *(u16 *)(r10 -36) = r1
 1069: goto +17
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1070: r2 = *(u64 *)(r10 -16)
 1071: if r2 > 16383 goto +1155
 1072: r1 = r6
 1073: r1 += r2
 1074: r1 += 3
 1075: if r1 <= r7 goto +1
 1076: goto +1150
 1077: r1 = r2
 1078: r1 += 1
 1079: *(u32 *)(r10 -148) = r1
 1080: r2 += 3
 1081: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
 1082: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1083: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1084: r1 -= r2
 1085: r1 &= 65535
      ; write var2, v258
 1086: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1087: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1088: r1 = *(u8 *)(r10 -28)
 1089: if r2 == 0 goto +409
 1090: if r1 == 10 goto +408
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1091: r2 = *(u64 *)(r10 -16)
 1092: if r2 > 16383 goto +1134
 1093: r3 = r6
 1094: r3 += r2
 1095: r1 = r3
 1096: r1 += 1
 1097: if r1 <= r7 goto +1
 1098: goto +1128
 1099: r1 = r2
 1100: r1 += 1
 1101: *(u32 *)(r10 -160) = r1
 1102: r2 += 1
 1103: *(u64 *)(r10 -16) = r2
      ; v261: bit<8> = read var3
 1104: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1105: r2 = 1
      ; v263: bit<8> = add v261, v262
 1106: r1 += r2
 1107: r1 &= 255
      ; write var3, v263
 1108: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
 1109: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1110: r2 = 1
      ; v266: bit<16> = sub v264, v265
 1111: r1 -= r2
 1112: r1 &= 65535
      ; write var2, v266
 1113: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
 1114: r1 = *(u8 *)(r3 +0)
 1115: if r1 == 0 goto +383
 1116: if r1 == 1 goto +106
 1117: if r1 == 2 goto +88
 1118: if r1 == 3 goto +69
 1119: if r1 == 8 goto +50
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1120: r1 = *(u64 *)(r10 -16)
 1121: if r1 > 16383 goto +1105
 1122: r2 = r6
 1123: r2 += r1
 1124: r1 = r2
 1125: r1 += 1
 1126: if r1 <= r7 goto +1
 1127: goto +1099
 1128: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1129: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1130: r3 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
 1131: r2 = 2
      ; v271: bool = ge v269, v270
 1132: r1 = 1
 1133: if r3 >= r2 goto +1
 1134: r1 = 0
      ; verify v271, error HeaderTooShort
 1135: if r1 == 0 goto +1091
      ; v272: bit<8> = read var9
 1136: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1137: r2 = r1
 1138: w2 = w2
      ; v274: bit<32> = const 1
 1139: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1140: r2 -= r1
 1141: w2 = w2
      ; v276: bit<32> = const 8
 1142: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1143: r2 *= r1
 1144: w2 = w2
      ; advance v277
 1145: r1 = r2
 1146: r1 &= 7
 1147: if r1 != 0 goto +1079
 1148: r1 = r2
 1149: r1 >>= 3
 1150: r2 = *(u64 *)(r10 -16)
 1151: r2 += r1
 1152: if r2 > 16383 goto +1074
 1153: r1 = r6
 1154: r1 += r2
 1155: if r1 <= r7 goto +1
 1156: goto +1070
 1157: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1158: r3 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1159: r1 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1160: r2 = r1
 1161: r2 &= 65535
      ; v281: bit<16> = const 1
 1162: r1 = 1
      ; v282: bit<16> = sub v280, v281
 1163: r2 -= r1
 1164: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1165: r1 = r3
 1166: r1 -= r2
 1167: r1 &= 65535
      ; write var2, v283
 1168: *(u16 *)(r10 -36) = r1
 1169: goto +53
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1170: r2 = *(u64 *)(r10 -16)
 1171: if r2 > 16383 goto +1055
 1172: r1 = r6
 1173: r1 += r2
 1174: r1 += 9
 1175: if r1 <= r7 goto +1
 1176: goto +1050
 1177: r1 = r2
 1178: r1 += 1
 1179: *(u32 *)(r10 -140) = r1
 1180: r2 += 9
 1181: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1182: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1183: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1184: r1 -= r2
 1185: r1 &= 65535
      ; write var2, v286
 1186: *(u16 *)(r10 -36) = r1
 1187: goto +35
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1188: r2 = *(u64 *)(r10 -16)
 1189: if r2 > 16383 goto +1037
 1190: r1 = r6
 1191: r1 += r2
 1192: r1 += 2
 1193: if r1 <= r7 goto +1
 1194: goto +1032
 1195: r1 = r2
 1196: r1 += 1
 1197: *(u32 *)(r10 -144) = r1
 1198: r2 += 2
 1199: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1200: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1201: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1202: r1 -= r2
 1203: r1 &= 65535
      ; write var2, v289
 1204: *(u16 *)(r10 -36) = r1
 1205: goto +17
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1206: r2 = *(u64 *)(r10 -16)
 1207: if r2 > 16383 goto +1019
 1208: r1 = r6
 1209: r1 += r2
 1210: r1 += 3
 1211: if r1 <= r7 goto +1
 1212: goto +1014
 1213: r1 = r2
 1214: r1 += 1
 1215: *(u32 *)(r10 -148) = r1
 1216: r2 += 3
 1217: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1218: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1219: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1220: r1 -= r2
 1221: r1 &= 65535
      ; write var2, v292
 1222: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1223: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1224: r1 = *(u8 *)(r10 -28)
 1225: if r2 == 0 goto +273
 1226: if r1 == 10 goto +272
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1227: r2 = *(u64 *)(r10 -16)
 1228: if r2 > 16383 goto +998
 1229: r3 = r6
 1230: r3 += r2
 1231: r1 = r3
 1232: r1 += 1
 1233: if r1 <= r7 goto +1
 1234: goto +992
 1235: r1 = r2
 1236: r1 += 1
 1237: *(u32 *)(r10 -156) = r1
 1238: r2 += 1
 1239: *(u64 *)(r10 -16) = r2
      ; v295: bit<8> = read var3
 1240: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1241: r2 = 1
      ; v297: bit<8> = add v295, v296
 1242: r1 += r2
 1243: r1 &= 255
      ; write var3, v297
 1244: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1245: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1246: r2 = 1
      ; v300: bit<16> = sub v298, v299
 1247: r1 -= r2
 1248: r1 &= 65535
      ; write var2, v300
 1249: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1250: r1 = *(u8 *)(r3 +0)
 1251: if r1 == 0 goto +247
 1252: if r1 == 1 goto +106
 1253: if r1 == 2 goto +88
 1254: if r1 == 3 goto +69
 1255: if r1 == 8 goto +50
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1256: r1 = *(u64 *)(r10 -16)
 1257: if r1 > 16383 goto +969
 1258: r2 = r6
 1259: r2 += r1
 1260: r1 = r2
 1261: r1 += 1
 1262: if r1 <= r7 goto +1
 1263: goto +963
 1264: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1265: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1266: r3 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
 1267: r2 = 2
      ; v305: bool = ge v303, v304
 1268: r1 = 1
 1269: if r3 >= r2 goto +1
 1270: r1 = 0
      ; verify v305, error HeaderTooShort
 1271: if r1 == 0 goto +955
      ; v306: bit<8> = read var9
 1272: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1273: r2 = r1
 1274: w2 = w2
      ; v308: bit<32> = const 1
 1275: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1276: r2 -= r1
 1277: w2 = w2
      ; v310: bit<32> = const 8
 1278: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1279: r2 *= r1
 1280: w2 = w2
      ; advance v311
 1281: r1 = r2
 1282: r1 &= 7
 1283: if r1 != 0 goto +943
 1284: r1 = r2
 1285: r1 >>= 3
 1286: r2 = *(u64 *)(r10 -16)
 1287: r2 += r1
 1288: if r2 > 16383 goto +938
 1289: r1 = r6
 1290: r1 += r2
 1291: if r1 <= r7 goto +1
 1292: goto +934
 1293: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1294: r3 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1295: r1 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1296: r2 = r1
 1297: r2 &= 65535
      ; v315: bit<16> = const 1
 1298: r1 = 1
      ; v316: bit<16> = sub v314, v315
 1299: r2 -= r1
 1300: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1301: r1 = r3
 1302: r1 -= r2
 1303: r1 &= 65535
      ; write var2, v317
 1304: *(u16 *)(r10 -36) = r1
 1305: goto +53
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1306: r2 = *(u64 *)(r10 -16)
 1307: if r2 > 16383 goto +919
 1308: r1 = r6
 1309: r1 += r2
 1310: r1 += 9
 1311: if r1 <= r7 goto +1
 1312: goto +914
 1313: r1 = r2
 1314: r1 += 1
 1315: *(u32 *)(r10 -140) = r1
 1316: r2 += 9
 1317: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1318: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1319: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1320: r1 -= r2
 1321: r1 &= 65535
      ; write var2, v320
 1322: *(u16 *)(r10 -36) = r1
 1323: goto +35
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1324: r2 = *(u64 *)(r10 -16)
 1325: if r2 > 16383 goto +901
 1326: r1 = r6
 1327: r1 += r2
 1328: r1 += 2
 1329: if r1 <= r7 goto +1
 1330: goto +896
 1331: r1 = r2
 1332: r1 += 1
 1333: *(u32 *)(r10 -144) = r1
 1334: r2 += 2
 1335: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1336: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1337: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1338: r1 -= r2
 1339: r1 &= 65535
      ; write var2, v323
 1340: *(u16 *)(r10 -36) = r1
 1341: goto +17
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1342: r2 = *(u64 *)(r10 -16)
 1343: if r2 > 16383 goto +883
 1344: r1 = r6
 1345: r1 += r2
 1346: r1 += 3
 1347: if r1 <= r7 goto +1
 1348: goto +878
 1349: r1 = r2
 1350: r1 += 1
 1351: *(u32 *)(r10 -148) = r1
 1352: r2 += 3
 1353: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1354: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1355: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1356: r1 -= r2
 1357: r1 &= 65535
      ; write var2, v326
 1358: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1359: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1360: r1 = *(u8 *)(r10 -28)
 1361: if r2 == 0 goto +137
 1362: if r1 == 10 goto +136
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1363: r2 = *(u64 *)(r10 -16)
 1364: if r2 > 16383 goto +862
 1365: r3 = r6
 1366: r3 += r2
 1367: r1 = r3
 1368: r1 += 1
 1369: if r1 <= r7 goto +1
 1370: goto +856
 1371: r1 = r2
 1372: r1 += 1
 1373: *(u32 *)(r10 -152) = r1
 1374: r2 += 1
 1375: *(u64 *)(r10 -16) = r2
      ; v329: bit<8> = read var3
 1376: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1377: r2 = 1
      ; v331: bit<8> = add v329, v330
 1378: r1 += r2
 1379: r1 &= 255
      ; write var3, v331
 1380: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1381: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1382: r2 = 1
      ; v334: bit<16> = sub v332, v333
 1383: r1 -= r2
 1384: r1 &= 65535
      ; write var2, v334
 1385: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1386: r1 = *(u8 *)(r3 +0)
 1387: if r1 == 0 goto +111
 1388: if r1 == 1 goto +106
 1389: if r1 == 2 goto +88
 1390: if r1 == 3 goto +69
 1391: if r1 == 8 goto +50
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1392: r1 = *(u64 *)(r10 -16)
 1393: if r1 > 16383 goto +833
 1394: r2 = r6
 1395: r2 += r1
 1396: r1 = r2
 1397: r1 += 1
 1398: if r1 <= r7 goto +1
 1399: goto +827
 1400: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1401: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1402: r3 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
 1403: r2 = 2
      ; v339: bool = ge v337, v338
 1404: r1 = 1
 1405: if r3 >= r2 goto +1
 1406: r1 = 0
      ; verify v339, error HeaderTooShort
 1407: if r1 == 0 goto +819
      ; v340: bit<8> = read var9
 1408: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1409: r2 = r1
 1410: w2 = w2
      ; v342: bit<32> = const 1
 1411: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1412: r2 -= r1
 1413: w2 = w2
      ; v344: bit<32> = const 8
 1414: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1415: r2 *= r1
 1416: w2 = w2
      ; advance v345
 1417: r1 = r2
 1418: r1 &= 7
 1419: if r1 != 0 goto +807
 1420: r1 = r2
 1421: r1 >>= 3
 1422: r2 = *(u64 *)(r10 -16)
 1423: r2 += r1
 1424: if r2 > 16383 goto +802
 1425: r1 = r6
 1426: r1 += r2
 1427: if r1 <= r7 goto +1
 1428: goto +798
 1429: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1430: r3 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1431: r1 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1432: r2 = r1
 1433: r2 &= 65535
      ; v349: bit<16> = const 1
 1434: r1 = 1
      ; v350: bit<16> = sub v348, v349
 1435: r2 -= r1
 1436: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1437: r1 = r3
 1438: r1 -= r2
 1439: r1 &= 65535
      ; write var2, v351
 1440: *(u16 *)(r10 -36) = r1
 1441: goto +53
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1442: r2 = *(u64 *)(r10 -16)
 1443: if r2 > 16383 goto +783
 1444: r1 = r6
 1445: r1 += r2
 1446: r1 += 9
 1447: if r1 <= r7 goto +1
 1448: goto +778
 1449: r1 = r2
 1450: r1 += 1
 1451: *(u32 *)(r10 -140) = r1
 1452: r2 += 9
 1453: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1454: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1455: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1456: r1 -= r2
 1457: r1 &= 65535
      ; write var2, v354
 1458: *(u16 *)(r10 -36) = r1
 1459: goto +35
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1460: r2 = *(u64 *)(r10 -16)
 1461: if r2 > 16383 goto +765
 1462: r1 = r6
 1463: r1 += r2
 1464: r1 += 2
 1465: if r1 <= r7 goto +1
 1466: goto +760
 1467: r1 = r2
 1468: r1 += 1
 1469: *(u32 *)(r10 -144) = r1
 1470: r2 += 2
 1471: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1472: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1473: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1474: r1 -= r2
 1475: r1 &= 65535
      ; write var2, v357
 1476: *(u16 *)(r10 -36) = r1
 1477: goto +17
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1478: r2 = *(u64 *)(r10 -16)
 1479: if r2 > 16383 goto +747
 1480: r1 = r6
 1481: r1 += r2
 1482: r1 += 3
 1483: if r1 <= r7 goto +1
 1484: goto +742
 1485: r1 = r2
 1486: r1 += 1
 1487: *(u32 *)(r10 -148) = r1
 1488: r2 += 3
 1489: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1490: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1491: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1492: r1 -= r2
 1493: r1 &= 65535
      ; write var2, v360
 1494: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1495: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1496: r1 = *(u8 *)(r10 -28)
 1497: if r2 == 0 goto +1
 1498: if r1 != 10 goto +728
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1499: r1 = *(u32 *)(r10 -192)
 1500: if r1 == 0 goto +1
 1501: r1 = 1
      ; v1: bool = not v0
 1502: r1 ^= 1
 1503: if r1 != 0 goto +744
      ; v2: bit<64> = timestamp_ns
 1504: call bpf_ktime_get_ns
 1505: r1 = r0
      ; write var10, v2
 1506: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1507: r1 = *(u32 *)(r10 -192)
 1508: if r1 == 0 goto +7
 1509: r1 -= 1
 1510: if r1 > 16383 goto +5
 1511: r9 = r6
 1512: r9 += r1
 1513: r1 = r9
 1514: r1 += 20
 1515: if r1 <= r7 goto +1
 1516: r9 = 0
 1517: r1 = 0
 1518: if r9 == 0 goto +1
 1519: r1 = *(u8 *)(r9 +13)
      ; write var11, v3
 1520: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1521: r1 = *(u32 *)(r10 -196)
 1522: if r1 == 0 goto +7
 1523: r1 -= 1
 1524: if r1 > 16383 goto +5
 1525: r8 = r6
 1526: r8 += r1
 1527: r1 = r8
 1528: r1 += 20
 1529: if r1 <= r7 goto +1
 1530: r8 = 0
 1531: r1 = 0
 1532: if r8 == 0 goto +2
 1533: r1 = *(u8 *)(r8 +0)
 1534: r1 &= 15
      ; v5: bit<16> = cast v4
 1535: r2 = r1
 1536: r2 &= 65535
      ; v6: bit<8> = const 2
 1537: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1538: r3 = r2
 1539: if r1 >= 16 goto +3
 1540: r3 <<= r1
 1541: r3 &= 65535
 1542: goto +1
 1543: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1544: r1 = 0
 1545: if r9 == 0 goto +3
 1546: r1 = *(u8 *)(r9 +12)
 1547: r1 >>= 4
 1548: r1 &= 15
      ; v9: bit<16> = cast v8
 1549: r2 = r1
 1550: r2 &= 65535
      ; v10: bit<8> = const 2
 1551: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1552: if r1 >= 16 goto +3
 1553: r2 <<= r1
 1554: r2 &= 65535
 1555: goto +1
 1556: r2 = 0
      ; v12: bit<16> = add v7, v11
 1557: r1 = r3
 1558: r1 += r2
 1559: r1 &= 65535
      ; write var12, v12
 1560: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1561: r1 = 0
 1562: if r8 == 0 goto +2
 1563: r1 = *(u16 *)(r8 +2)
 1564: r1 = be16 r1
      ; v14: bit<16> = read var12
 1565: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1566: r1 -= r2
 1567: r1 &= 65535
      ; v16: bit<32> = cast v15
 1568: w1 = w1
      ; write var13, v16
 1569: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1570: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1571: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1572: r1 = 1
      ; v20: bit<8> = and v18, v19
 1573: r2 &= r1
      ; v21: bit<8> = const 0
 1574: r1 = 0
      ; v22: bool = ne v20, v21
 1575: r3 = 1
 1576: if r2 != r1 goto +1
 1577: r3 = 0
      ; v23: bit<32> = const 1
 1578: r2 = 1
      ; v24: bit<32> = const 0
 1579: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1580: if r3 != 0 goto +1
 1581: r2 = r1
      ; v26: bit<32> = add v17, v25
 1582: r1 = r4
 1583: r1 += r2
 1584: w1 = w1
      ; write var14, v26
 1585: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1586: r4 = 0
 1587: if r8 == 0 goto +2
 1588: r4 = *(u32 *)(r8 +12)
 1589: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1590: r3 = 0
 1591: if r8 == 0 goto +2
 1592: r3 = *(u32 *)(r8 +16)
 1593: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1594: r2 = 0
 1595: if r9 == 0 goto +2
 1596: r2 = *(u16 *)(r9 +0)
 1597: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1598: r1 = 0
 1599: if r9 == 0 goto +2
 1600: r1 = *(u16 *)(r9 +2)
 1601: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1602: *(u64 *)(r10 -264) = 0
 1603: *(u64 *)(r10 -256) = 0
 1604: *(u32 *)(r10 -264) = r4
 1605: *(u32 *)(r10 -260) = r3
 1606: *(u16 *)(r10 -256) = r2
 1607: *(u16 *)(r10 -254) = r1
 1608: r1 = map[pipe_flows] ll
 1610: r2 = r10
 1611: r2 += -264
 1612: call bpf_map_lookup_elem
 1613: r4 = r0
 1614: if r4 == 0 goto +47
 1615: r0 = 1
 1616: *(u64 *)(r10 -400) = r0
 1617: r0 = *(u32 *)(r4 +0)
 1618: *(u64 *)(r10 -408) = r0
 1619: r0 = *(u64 *)(r10 -408)
 1620: w0 = w0
 1621: *(u64 *)(r10 -408) = r0
 1622: r0 = *(u32 *)(r4 +4)
 1623: *(u64 *)(r10 -416) = r0
 1624: r0 = *(u64 *)(r10 -416)
 1625: w0 = w0
 1626: *(u64 *)(r10 -416) = r0
 1627: r0 = *(u32 *)(r4 +8)
 1628: *(u64 *)(r10 -424) = r0
 1629: r0 = *(u64 *)(r10 -424)
 1630: w0 = w0
 1631: *(u64 *)(r10 -424) = r0
 1632: r0 = *(u32 *)(r4 +12)
 1633: *(u64 *)(r10 -432) = r0
 1634: r0 = *(u64 *)(r10 -432)
 1635: w0 = w0
 1636: *(u64 *)(r10 -432) = r0
 1637: r0 = *(u16 *)(r4 +16)
 1638: *(u64 *)(r10 -440) = r0
 1639: r0 = *(u64 *)(r10 -440)
 1640: r0 &= 65535
 1641: *(u64 *)(r10 -440) = r0
 1642: r0 = *(u8 *)(r4 +18)
 1643: *(u64 *)(r10 -448) = r0
 1644: r0 = *(u64 *)(r10 -448)
 1645: r0 &= 255
 1646: *(u64 *)(r10 -448) = r0
 1647: r0 = *(u32 *)(r4 +20)
 1648: *(u64 *)(r10 -456) = r0
 1649: r0 = *(u64 *)(r10 -456)
 1650: w0 = w0
 1651: *(u64 *)(r10 -456) = r0
 1652: r3 = *(u32 *)(r4 +24)
 1653: w3 = w3
 1654: r2 = *(u8 *)(r4 +28)
 1655: r2 &= 255
 1656: r1 = *(u32 *)(r4 +32)
 1657: w1 = w1
 1658: r0 = *(u64 *)(r4 +40)
 1659: *(u64 *)(r10 -464) = r0
 1660: r4 = *(u64 *)(r4 +48)
 1661: goto +22
 1662: r0 = 0
 1663: *(u64 *)(r10 -400) = r0
 1664: r0 = 0
 1665: *(u64 *)(r10 -408) = r0
 1666: r0 = 0
 1667: *(u64 *)(r10 -416) = r0
 1668: r0 = 0
 1669: *(u64 *)(r10 -424) = r0
 1670: r0 = 0
 1671: *(u64 *)(r10 -432) = r0
 1672: r0 = 0
 1673: *(u64 *)(r10 -440) = r0
 1674: r0 = 0
 1675: *(u64 *)(r10 -448) = r0
 1676: r0 = 0
 1677: *(u64 *)(r10 -456) = r0
 1678: r3 = 0
 1679: r2 = 0
 1680: r1 = 0
 1681: r0 = 0
 1682: *(u64 *)(r10 -464) = r0
 1683: r4 = 0
      ; write var15, v32
 1684: r0 = *(u64 *)(r10 -408)
 1685: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1686: r0 = *(u64 *)(r10 -416)
 1687: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1688: r0 = *(u64 *)(r10 -424)
 1689: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1690: r0 = *(u64 *)(r10 -432)
 1691: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1692: r0 = *(u64 *)(r10 -440)
 1693: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1694: r0 = *(u64 *)(r10 -448)
 1695: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 1696: r0 = *(u64 *)(r10 -456)
 1697: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 1698: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1699: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1700: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1701: r0 = *(u64 *)(r10 -464)
 1702: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1703: *(u64 *)(r10 -224) = r4
      ; write var27, v31
 1704: r0 = *(u64 *)(r10 -400)
 1705: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1706: r2 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 1707: r1 = 2
      ; v46: bit<8> = and v44, v45
 1708: r2 &= r1
      ; v47: bit<8> = const 0
 1709: r1 = 0
      ; v48: bool = ne v46, v47
 1710: if r2 != r1 goto +55
      ; v65: bool = read var27
 1711: r4 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1712: r3 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
 1713: r1 = 0
      ; v68: bool = ne v66, v67
 1714: r2 = 1
 1715: if r3 != r1 goto +1
 1716: r2 = 0
      ; v69: bool = logical_and v65, v68
 1717: r1 = r4
 1718: r1 &= r2
 1719: if r1 == 0 goto +110
      ; v70: bit<32> = read_field hdr2.seqNo
 1720: r1 = 0
 1721: if r9 == 0 goto +2
 1722: r1 = *(u32 *)(r9 +4)
 1723: r1 = be32 r1
      ; v71: bit<32> = read var14
 1724: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1725: r1 += r2
 1726: w1 = w1
      ; write var28, v72
 1727: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1728: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1729: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1730: r1 -= r2
 1731: w1 = w1
      ; write var29, v75
 1732: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1733: r2 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
 1734: r1 = 0
      ; v78: bool = ne v76, v77
 1735: r4 = 1
 1736: if r2 != r1 goto +1
 1737: r4 = 0
      ; v79: bit<32> = read var29
 1738: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1739: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1740: r2 = 1
 1741: if r3 < r1 goto +1
 1742: r2 = 0
      ; v82: bool = logical_and v78, v81
 1743: r1 = r4
 1744: r1 &= r2
 1745: if r1 != 0 goto +8
      ; v90: bit<32> = read var22
 1746: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 1747: r2 = 1
      ; v92: bit<32> = add v90, v91
 1748: r1 += r2
 1749: w1 = w1
      ; write var22, v92
 1750: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1751: r1 = 0
      ; write var23, v93
 1752: *(u8 *)(r10 -23) = r1
 1753: goto +76
      ; v83: bit<32> = read var28
 1754: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1755: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1756: r2 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
 1757: r1 = 0
      ; v86: bool = eq v84, v85
 1758: if r2 != r1 goto +71
      ; v87: bit<8> = const 1
 1759: r1 = 1
      ; write var23, v87
 1760: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1761: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1762: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1763: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1764: *(u64 *)(r10 -232) = r1
 1765: goto +64
      ; v49: bool = const 1
 1766: r1 = 1
      ; write var27, v49
 1767: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1768: r1 = 0
 1769: if r9 == 0 goto +2
 1770: r1 = *(u32 *)(r9 +4)
 1771: r1 = be32 r1
      ; write var15, v50
 1772: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1773: r1 = 0
 1774: if r9 == 0 goto +2
 1775: r1 = *(u32 *)(r9 +4)
 1776: r1 = be32 r1
      ; v52: bit<32> = const 1
 1777: r2 = 1
      ; v53: bit<32> = add v51, v52
 1778: r1 += r2
 1779: w1 = w1
      ; write var16, v53
 1780: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1781: r1 = 0
      ; write var18, v54
 1782: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1783: r1 = *(u32 *)(r10 -148)
 1784: if r1 == 0 goto +7
 1785: r1 -= 1
 1786: if r1 > 16383 goto +5
 1787: r2 = r6
 1788: r2 += r1
 1789: r1 = r2
 1790: r1 += 3
 1791: if r1 <= r7 goto +1
 1792: r2 = 0
 1793: r1 = 0
 1794: if r2 == 0 goto +2
 1795: r1 = *(u16 *)(r2 +1)
 1796: r1 = be16 r1
      ; write var19, v55
 1797: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1798: r1 = *(u32 *)(r10 -144)
 1799: if r1 == 0 goto +7
 1800: r1 -= 1
 1801: if r1 > 16383 goto +5
 1802: r2 = r6
 1803: r2 += r1
 1804: r1 = r2
 1805: r1 += 2
 1806: if r1 <= r7 goto +1
 1807: r2 = 0
 1808: r1 = 0
 1809: if r2 == 0 goto +1
 1810: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1811: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1812: r1 = 0
      ; write var21, v57
 1813: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1814: r1 = 0
      ; write var22, v58
 1815: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1816: r1 = 1
      ; write var23, v59
 1817: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1818: r1 = 0
 1819: if r9 == 0 goto +2
 1820: r1 = *(u32 *)(r9 +4)
 1821: r1 = be32 r1
      ; v61: bit<32> = const 1
 1822: r2 = 1
      ; v62: bit<32> = add v60, v61
 1823: r1 += r2
 1824: w1 = w1
      ; write var24, v62
 1825: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1826: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1827: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1828: r1 = 0
      ; write var26, v64
 1829: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1830: r1 = *(u8 *)(r10 -22)
 1831: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1832: r1 = *(u32 *)(r10 -140)
 1833: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1834: r1 = *(u32 *)(r10 -140)
 1835: if r1 == 0 goto +7
 1836: r1 -= 1
 1837: if r1 > 16383 goto +5
 1838: r2 = r6
 1839: r2 += r1
 1840: r1 = r2
 1841: r1 += 9
 1842: if r1 <= r7 goto +1
 1843: r2 = 0
 1844: r1 = 0
 1845: if r2 == 0 goto +2
 1846: r1 = *(u32 *)(r2 +1)
 1847: r1 = be32 r1
      ; write var21, v96
 1848: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1849: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1850: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1851: r1 -= r2
 1852: w1 = w1
      ; write var17, v99
 1853: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1854: r4 = 0
 1855: if r8 == 0 goto +2
 1856: r4 = *(u32 *)(r8 +12)
 1857: r4 = be32 r4
      ; v101: bit<32> = read_field hdr1.dstAddr
 1858: r3 = 0
 1859: if r8 == 0 goto +2
 1860: r3 = *(u32 *)(r8 +16)
 1861: r3 = be32 r3
      ; v102: bit<16> = read_field hdr2.srcPort
 1862: r2 = 0
 1863: if r9 == 0 goto +2
 1864: r2 = *(u16 *)(r9 +0)
 1865: r2 = be16 r2
      ; v103: bit<16> = read_field hdr2.dstPort
 1866: r1 = 0
 1867: if r9 == 0 goto +2
 1868: r1 = *(u16 *)(r9 +2)
 1869: r1 = be16 r1
      ; v104: bit<32> = read var15
 1870: r0 = *(u32 *)(r10 -104)
 1871: *(u64 *)(r10 -400) = r0
      ; v105: bit<32> = read var16
 1872: r0 = *(u32 *)(r10 -100)
 1873: *(u64 *)(r10 -408) = r0
      ; v106: bit<32> = read var17
 1874: r0 = *(u32 *)(r10 -96)
 1875: *(u64 *)(r10 -416) = r0
      ; v107: bit<32> = read var18
 1876: r0 = *(u32 *)(r10 -92)
 1877: *(u64 *)(r10 -424) = r0
      ; v108: bit<16> = read var19
 1878: r0 = *(u16 *)(r10 -32)
 1879: *(u64 *)(r10 -432) = r0
      ; v109: bit<8> = read var20
 1880: r0 = *(u8 *)(r10 -24)
 1881: *(u64 *)(r10 -440) = r0
      ; v110: bit<32> = read var21
 1882: r0 = *(u32 *)(r10 -88)
 1883: *(u64 *)(r10 -448) = r0
      ; v111: bit<32> = read var22
 1884: r0 = *(u32 *)(r10 -84)
 1885: *(u64 *)(r10 -456) = r0
      ; v112: bit<8> = read var23
 1886: r0 = *(u8 *)(r10 -23)
 1887: *(u64 *)(r10 -464) = r0
      ; v113: bit<32> = read var24
 1888: r0 = *(u32 *)(r10 -80)
 1889: *(u64 *)(r10 -472) = r0
      ; v114: bit<64> = read var25
 1890: r0 = *(u64 *)(r10 -232)
 1891: *(u64 *)(r10 -480) = r0
      ; v115: bit<64> = read var26
 1892: r0 = *(u64 *)(r10 -224)
 1893: *(u64 *)(r10 -488) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1894: *(u64 *)(r10 -264) = 0
 1895: *(u64 *)(r10 -256) = 0
 1896: *(u32 *)(r10 -264) = r4
 1897: *(u32 *)(r10 -260) = r3
 1898: *(u16 *)(r10 -256) = r2
 1899: *(u16 *)(r10 -254) = r1
 1900: *(u64 *)(r10 -352) = 0
 1901: *(u64 *)(r10 -344) = 0
 1902: *(u64 *)(r10 -336) = 0
 1903: *(u64 *)(r10 -328) = 0
 1904: *(u64 *)(r10 -320) = 0
 1905: *(u64 *)(r10 -312) = 0
 1906: *(u64 *)(r10 -304) = 0
 1907: r0 = *(u64 *)(r10 -400)
 1908: *(u32 *)(r10 -352) = r0
 1909: r0 = *(u64 *)(r10 -408)
 1910: *(u32 *)(r10 -348) = r0
 1911: r0 = *(u64 *)(r10 -416)
 1912: *(u32 *)(r10 -344) = r0
 1913: r0 = *(u64 *)(r10 -424)
 1914: *(u32 *)(r10 -340) = r0
 1915: r0 = *(u64 *)(r10 -432)
 1916: *(u16 *)(r10 -336) = r0
 1917: r0 = *(u64 *)(r10 -440)
 1918: *(u8 *)(r10 -334) = r0
 1919: r0 = *(u64 *)(r10 -448)
 1920: *(u32 *)(r10 -332) = r0
 1921: r0 = *(u64 *)(r10 -456)
 1922: *(u32 *)(r10 -328) = r0
 1923: r0 = *(u64 *)(r10 -464)
 1924: *(u8 *)(r10 -324) = r0
 1925: r0 = *(u64 *)(r10 -472)
 1926: *(u32 *)(r10 -320) = r0
 1927: r0 = *(u64 *)(r10 -480)
 1928: *(u64 *)(r10 -312) = r0
 1929: r0 = *(u64 *)(r10 -488)
 1930: *(u64 *)(r10 -304) = r0
 1931: r1 = map[pipe_flows] ll
 1933: r2 = r10
 1934: r2 += -264
 1935: r3 = r10
 1936: r3 += -352
 1937: r4 = 0
 1938: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1939: r2 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 1940: r1 = 16
      ; v118: bit<8> = and v116, v117
 1941: r2 &= r1
      ; v119: bit<8> = const 0
 1942: r1 = 0
      ; v120: bool = eq v118, v119
 1943: if r2 == r1 goto +304
      ; v121: bit<32> = read_field hdr1.dstAddr
 1944: r4 = 0
 1945: if r8 == 0 goto +2
 1946: r4 = *(u32 *)(r8 +16)
 1947: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1948: r3 = 0
 1949: if r8 == 0 goto +2
 1950: r3 = *(u32 *)(r8 +12)
 1951: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1952: r2 = 0
 1953: if r9 == 0 goto +2
 1954: r2 = *(u16 *)(r9 +2)
 1955: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1956: r1 = 0
 1957: if r9 == 0 goto +2
 1958: r1 = *(u16 *)(r9 +0)
 1959: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1960: *(u64 *)(r10 -264) = 0
 1961: *(u64 *)(r10 -256) = 0
 1962: *(u32 *)(r10 -264) = r4
 1963: *(u32 *)(r10 -260) = r3
 1964: *(u16 *)(r10 -256) = r2
 1965: *(u16 *)(r10 -254) = r1
 1966: r1 = map[pipe_flows] ll
 1968: r2 = r10
 1969: r2 += -264
 1970: call bpf_map_lookup_elem
 1971: r4 = r0
 1972: if r4 == 0 goto +47
 1973: r0 = 1
 1974: *(u64 *)(r10 -400) = r0
 1975: r0 = *(u32 *)(r4 +0)
 1976: *(u64 *)(r10 -408) = r0
 1977: r0 = *(u64 *)(r10 -408)
 1978: w0 = w0
 1979: *(u64 *)(r10 -408) = r0
 1980: r0 = *(u32 *)(r4 +4)
 1981: *(u64 *)(r10 -416) = r0
 1982: r0 = *(u64 *)(r10 -416)
 1983: w0 = w0
 1984: *(u64 *)(r10 -416) = r0
 1985: r0 = *(u32 *)(r4 +8)
 1986: *(u64 *)(r10 -424) = r0
 1987: r0 = *(u64 *)(r10 -424)
 1988: w0 = w0
 1989: *(u64 *)(r10 -424) = r0
 1990: r0 = *(u32 *)(r4 +12)
 1991: *(u64 *)(r10 -432) = r0
 1992: r0 = *(u64 *)(r10 -432)
 1993: w0 = w0
 1994: *(u64 *)(r10 -432) = r0
 1995: r0 = *(u16 *)(r4 +16)
 1996: *(u64 *)(r10 -440) = r0
 1997: r0 = *(u64 *)(r10 -440)
 1998: r0 &= 65535
 1999: *(u64 *)(r10 -440) = r0
 2000: r0 = *(u8 *)(r4 +18)
 2001: *(u64 *)(r10 -448) = r0
 2002: r0 = *(u64 *)(r10 -448)
 2003: r0 &= 255
 2004: *(u64 *)(r10 -448) = r0
 2005: r0 = *(u32 *)(r4 +20)
 2006: *(u64 *)(r10 -456) = r0
 2007: r0 = *(u64 *)(r10 -456)
 2008: w0 = w0
 2009: *(u64 *)(r10 -456) = r0
 2010: r3 = *(u32 *)(r4 +24)
 2011: w3 = w3
 2012: r2 = *(u8 *)(r4 +28)
 2013: r2 &= 255
 2014: r1 = *(u32 *)(r4 +32)
 2015: w1 = w1
 2016: r0 = *(u64 *)(r4 +40)
 2017: *(u64 *)(r10 -464) = r0
 2018: r4 = *(u64 *)(r4 +48)
 2019: goto +22
 2020: r0 = 0
 2021: *(u64 *)(r10 -400) = r0
 2022: r0 = 0
 2023: *(u64 *)(r10 -408) = r0
 2024: r0 = 0
 2025: *(u64 *)(r10 -416) = r0
 2026: r0 = 0
 2027: *(u64 *)(r10 -424) = r0
 2028: r0 = 0
 2029: *(u64 *)(r10 -432) = r0
 2030: r0 = 0
 2031: *(u64 *)(r10 -440) = r0
 2032: r0 = 0
 2033: *(u64 *)(r10 -448) = r0
 2034: r0 = 0
 2035: *(u64 *)(r10 -456) = r0
 2036: r3 = 0
 2037: r2 = 0
 2038: r1 = 0
 2039: r0 = 0
 2040: *(u64 *)(r10 -464) = r0
 2041: r4 = 0
      ; write var30, v126
 2042: r0 = *(u64 *)(r10 -408)
 2043: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 2044: r0 = *(u64 *)(r10 -416)
 2045: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 2046: r0 = *(u64 *)(r10 -424)
 2047: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 2048: r0 = *(u64 *)(r10 -432)
 2049: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 2050: r0 = *(u64 *)(r10 -440)
 2051: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 2052: r0 = *(u64 *)(r10 -448)
 2053: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2054: r0 = *(u64 *)(r10 -456)
 2055: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2056: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 2057: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 2058: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 2059: r0 = *(u64 *)(r10 -464)
 2060: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2061: *(u64 *)(r10 -208) = r4
 2062: r0 = *(u64 *)(r10 -400)
 2063: if r0 == 0 goto +184
      ; v138: bit<32> = read_field hdr2.ackNo
 2064: r1 = 0
 2065: if r9 == 0 goto +2
 2066: r1 = *(u32 *)(r9 +8)
 2067: r1 = be32 r1
      ; v139: bit<32> = read var30
 2068: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2069: r1 -= r2
 2070: w1 = w1
      ; write var42, v140
 2071: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 2072: r2 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
 2073: r1 = 0
      ; v143: bool = ne v141, v142
 2074: r4 = 1
 2075: if r2 != r1 goto +1
 2076: r4 = 0
      ; v144: bit<32> = read var42
 2077: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2078: w1 = -2147483648
      ; v146: bool = lt v144, v145
 2079: r2 = 1
 2080: if r3 < r1 goto +1
 2081: r2 = 0
      ; v147: bool = logical_and v143, v146
 2082: r1 = r4
 2083: r1 &= r2
 2084: if r1 == 0 goto +5
      ; v148: bit<32> = read_field hdr2.ackNo
 2085: r1 = 0
 2086: if r9 == 0 goto +2
 2087: r1 = *(u32 *)(r9 +8)
 2088: r1 = be32 r1
      ; write var30, v148
 2089: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2090: r2 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
 2091: r1 = 1
      ; v151: bool = eq v149, v150
 2092: r4 = 1
 2093: if r2 == r1 goto +1
 2094: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2095: r2 = 0
 2096: if r9 == 0 goto +2
 2097: r2 = *(u32 *)(r9 +8)
 2098: r2 = be32 r2
      ; v153: bit<32> = read var39
 2099: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2100: r3 = r2
 2101: r3 -= r1
 2102: w3 = w3
      ; v155: bit<32> = const 0x80000000
 2103: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2104: r2 = 1
 2105: if r3 < r1 goto +1
 2106: r2 = 0
      ; v157: bool = logical_and v151, v156
 2107: r1 = r4
 2108: r1 &= r2
 2109: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 2110: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2111: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2112: r1 -= r2
      ; write var41, v160
 2113: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 2114: r1 = 0
      ; write var38, v161
 2115: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2116: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2117: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2118: r1 -= r2
 2119: w1 = w1
      ; write var32, v164
 2120: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 2121: r2 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2122: r1 = 2
      ; v167: bit<8> = and v165, v166
 2123: r2 &= r1
      ; v168: bit<8> = const 0
 2124: r1 = 0
      ; v169: bool = ne v167, v168
 2125: r3 = 1
 2126: if r2 != r1 goto +1
 2127: r3 = 0
      ; v170: bit<8> = read var20
 2128: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2129: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 2130: if r3 != 0 goto +1
 2131: r1 = r2
      ; write var43, v172
 2132: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 2133: r1 = 0
 2134: if r9 == 0 goto +2
 2135: r1 = *(u16 *)(r9 +14)
 2136: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2137: w1 = w1
      ; v175: bit<8> = read var43
 2138: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2139: if r2 >= 32 goto +3
 2140: r1 <<= r2
 2141: w1 = w1
 2142: goto +1
 2143: r1 = 0
      ; write var33, v176
 2144: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 2145: r4 = 0
 2146: if r8 == 0 goto +2
 2147: r4 = *(u32 *)(r8 +16)
 2148: r4 = be32 r4
      ; v178: bit<32> = read_field hdr1.srcAddr
 2149: r3 = 0
 2150: if r8 == 0 goto +2
 2151: r3 = *(u32 *)(r8 +12)
 2152: r3 = be32 r3
      ; v179: bit<16> = read_field hdr2.dstPort
 2153: r8 = 0
 2154: if r9 == 0 goto +2
 2155: r8 = *(u16 *)(r9 +2)
 2156: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 2157: r2 = 0
 2158: if r9 == 0 goto +2
 2159: r2 = *(u16 *)(r9 +0)
 2160: r2 = be16 r2
      ; v181: bit<32> = read var30
 2161: r0 = *(u32 *)(r10 -68)
 2162: *(u64 *)(r10 -400) = r0
      ; v182: bit<32> = read var31
 2163: r0 = *(u32 *)(r10 -64)
 2164: *(u64 *)(r10 -408) = r0
      ; v183: bit<32> = read var32
 2165: r0 = *(u32 *)(r10 -60)
 2166: *(u64 *)(r10 -416) = r0
      ; v184: bit<32> = read var33
 2167: r0 = *(u32 *)(r10 -56)
 2168: *(u64 *)(r10 -424) = r0
      ; v185: bit<16> = read var34
 2169: r0 = *(u16 *)(r10 -30)
 2170: *(u64 *)(r10 -432) = r0
      ; v186: bit<8> = read var35
 2171: r0 = *(u8 *)(r10 -21)
 2172: *(u64 *)(r10 -440) = r0
      ; v187: bit<32> = read var36
 2173: r0 = *(u32 *)(r10 -52)
 2174: *(u64 *)(r10 -448) = r0
      ; v188: bit<32> = read var37
 2175: r0 = *(u32 *)(r10 -48)
 2176: *(u64 *)(r10 -456) = r0
      ; v189: bit<8> = read var38
 2177: r0 = *(u8 *)(r10 -20)
 2178: *(u64 *)(r10 -464) = r0
      ; v190: bit<32> = read var39
 2179: r0 = *(u32 *)(r10 -44)
 2180: *(u64 *)(r10 -472) = r0
      ; v191: bit<64> = read var40
 2181: r9 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 2182: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2183: *(u64 *)(r10 -264) = 0
 2184: *(u64 *)(r10 -256) = 0
 2185: *(u32 *)(r10 -264) = r4
 2186: *(u32 *)(r10 -260) = r3
 2187: *(u16 *)(r10 -256) = r8
 2188: *(u16 *)(r10 -254) = r2
 2189: *(u64 *)(r10 -352) = 0
 2190: *(u64 *)(r10 -344) = 0
 2191: *(u64 *)(r10 -336) = 0
 2192: *(u64 *)(r10 -328) = 0
 2193: *(u64 *)(r10 -320) = 0
 2194: *(u64 *)(r10 -312) = 0
 2195: *(u64 *)(r10 -304) = 0
 2196: r0 = *(u64 *)(r10 -400)
 2197: *(u32 *)(r10 -352) = r0
 2198: r0 = *(u64 *)(r10 -408)
 2199: *(u32 *)(r10 -348) = r0
 2200: r0 = *(u64 *)(r10 -416)
 2201: *(u32 *)(r10 -344) = r0
 2202: r0 = *(u64 *)(r10 -424)
 2203: *(u32 *)(r10 -340) = r0
 2204: r0 = *(u64 *)(r10 -432)
 2205: *(u16 *)(r10 -336) = r0
 2206: r0 = *(u64 *)(r10 -440)
 2207: *(u8 *)(r10 -334) = r0
 2208: r0 = *(u64 *)(r10 -448)
 2209: *(u32 *)(r10 -332) = r0
 2210: r0 = *(u64 *)(r10 -456)
 2211: *(u32 *)(r10 -328) = r0
 2212: r0 = *(u64 *)(r10 -464)
 2213: *(u8 *)(r10 -324) = r0
 2214: r0 = *(u64 *)(r10 -472)
 2215: *(u32 *)(r10 -320) = r0
 2216: *(u64 *)(r10 -312) = r9
 2217: *(u64 *)(r10 -304) = r1
 2218: r1 = map[pipe_flows] ll
 2220: r2 = r10
 2221: r2 += -264
 2222: r3 = r10
 2223: r3 += -352
 2224: r4 = 0
 2225: call bpf_map_update_elem
 2226: goto +21
      ; drop
 2227: r2 = *(u32 *)(r10 -120)
 2228: r1 = *(u32 *)(r10 -116)
 2229: *(u64 *)(r10 -368) = r2
 2230: *(u64 *)(r10 -376) = r1
 2231: r1 = *(u64 *)(r10 -8)
 2232: r2 = 0xfffffffffffffff8 ll
 2234: call bpf_xdp_adjust_meta
 2235: if r0 != 0 goto +10
 2236: r1 = *(u64 *)(r10 -8)
 2237: r3 = *(u32 *)(r1 +8)
 2238: r2 = *(u32 *)(r1 +0)
 2239: r1 = r3
 2240: r1 += 8
 2241: if r1 > r2 goto +4
 2242: r1 = *(u64 *)(r10 -368)
 2243: *(u32 *)(r3 +0) = r1
 2244: r1 = *(u64 *)(r10 -376)
 2245: *(u32 *)(r3 +4) = r1
 2246: r0 = 1
 2247: exit
      ; epilogue: verdict
 2248: r2 = *(u32 *)(r10 -120)
 2249: r1 = *(u32 *)(r10 -116)
 2250: *(u64 *)(r10 -384) = r2
 2251: *(u64 *)(r10 -392) = r1
 2252: r1 = *(u64 *)(r10 -8)
 2253: r2 = 0xfffffffffffffff8 ll
 2255: call bpf_xdp_adjust_meta
 2256: if r0 != 0 goto +10
 2257: r1 = *(u64 *)(r10 -8)
 2258: r3 = *(u32 *)(r1 +8)
 2259: r2 = *(u32 *)(r1 +0)
 2260: r1 = r3
 2261: r1 += 8
 2262: if r1 > r2 goto +4
 2263: r1 = *(u64 *)(r10 -384)
 2264: *(u32 *)(r3 +0) = r1
 2265: r1 = *(u64 *)(r10 -392)
 2266: *(u32 *)(r3 +4) = r1
 2267: r0 = 2
 2268: exit
