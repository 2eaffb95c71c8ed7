; dapper for xdp: 2260 instructions, stack 488 bytes, 1 maps
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
   39: if r3 > 16383 goto +2178
   40: r2 = r6
   41: r2 += r3
   42: r1 = r2
   43: r1 += 14
   44: if r1 <= r7 goto +1
   45: goto +2172
   46: r1 = r3
   47: r1 += 1
   48: *(u32 *)(r10 -200) = r1
   49: r3 += 14
   50: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   51: r1 = *(u16 *)(r2 +12)
   52: if r1 != 8 goto +1432
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   53: r2 = *(u64 *)(r10 -16)
   54: if r2 > 16383 goto +2163
   55: r3 = r6
   56: r3 += r2
   57: r1 = r3
   58: r1 += 20
   59: if r1 <= r7 goto +1
   60: goto +2157
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
   71: if r1 == 0 goto +2146
      ; v4: bit<4> = read_field hdr1.ihl
   72: r1 = *(u8 *)(r3 +0)
   73: r1 &= 15
      ; v5: bit<32> = cast v4
   74: r2 = r1
   75: w2 = w2
      ; v6: bit<32> = const 5
   76: r1 = 5
      ; v7: bit<32> = sub v5, v6
   77: r2 -= r1
   78: w2 = w2
      ; v8: bit<32> = const 0x20
   79: r1 = 32
      ; v9: bit<32> = mul v7, v8
   80: r2 *= r1
   81: w2 = w2
      ; advance v9
   82: r1 = r2
   83: r1 &= 7
   84: if r1 != 0 goto +2133
   85: r1 = r2
   86: r1 >>= 3
   87: r2 = *(u64 *)(r10 -16)
   88: r2 += r1
   89: if r2 > 16383 goto +2128
   90: r1 = r6
   91: r1 += r2
   92: if r1 <= r7 goto +1
   93: goto +2124
   94: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   95: r2 = *(u16 *)(r3 +6)
   96: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   97: r1 = *(u8 *)(r3 +9)
   98: if r2 != 0 goto +1386
   99: if r1 != 6 goto +1385
      ; prs: block3 (parse_tcp)
      ; extract hdr2
  100: r2 = *(u64 *)(r10 -16)
  101: if r2 > 16383 goto +2116
  102: r3 = r6
  103: r3 += r2
  104: r1 = r3
  105: r1 += 20
  106: if r1 <= r7 goto +1
  107: goto +2110
  108: r1 = r2
  109: r1 += 1
  110: *(u32 *)(r10 -192) = r1
  111: r2 += 20
  112: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  113: r2 = *(u8 *)(r3 +12)
  114: r2 >>= 4
  115: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  116: r1 = 1
  117: if r2 >= 5 goto +1
  118: r1 = 0
      ; verify v14, error HeaderTooShort
  119: if r1 == 0 goto +2098
      ; v15: bit<4> = read_field hdr2.dataOffset
  120: r1 = *(u8 *)(r3 +12)
  121: r1 >>= 4
  122: r1 &= 15
      ; v16: bit<16> = cast v15
  123: r1 &= 65535
      ; v17: bit<16> = const 5
  124: r2 = 5
      ; v18: bit<16> = sub v16, v17
  125: r1 -= r2
  126: r1 &= 65535
      ; v19: bit<16> = const 4
  127: r2 = 4
      ; v20: bit<16> = mul v18, v19
  128: r1 *= r2
  129: r1 &= 65535
      ; write var2, v20
  130: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  131: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  132: r1 = *(u8 *)(r10 -28)
  133: if r2 == 0 goto +1351
  134: if r1 == 10 goto +1350
      ; prs: block5 (parse_option)
      ; extract hdr3
  135: r2 = *(u64 *)(r10 -16)
  136: if r2 > 16383 goto +2081
  137: r3 = r6
  138: r3 += r2
  139: r1 = r3
  140: r1 += 1
  141: if r1 <= r7 goto +1
  142: goto +2075
  143: r1 = r2
  144: r1 += 1
  145: *(u32 *)(r10 -188) = r1
  146: r2 += 1
  147: *(u64 *)(r10 -16) = r2
      ; v23: bit<8> = read var3
  148: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  149: r2 = 1
      ; v25: bit<8> = add v23, v24
  150: r1 += r2
  151: r1 &= 255
      ; write var3, v25
  152: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  153: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  154: r2 = 1
      ; v28: bit<16> = sub v26, v27
  155: r1 -= r2
  156: r1 &= 65535
      ; write var2, v28
  157: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  158: r1 = *(u8 *)(r3 +0)
  159: if r1 == 0 goto +1325
  160: if r1 == 1 goto +105
  161: if r1 == 2 goto +87
  162: if r1 == 3 goto +68
  163: if r1 == 8 goto +49
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  164: r1 = *(u64 *)(r10 -16)
  165: if r1 > 16383 goto +2052
  166: r2 = r6
  167: r2 += r1
  168: r1 = r2
  169: r1 += 1
  170: if r1 <= r7 goto +1
  171: goto +2046
  172: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  173: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  174: r2 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
  175: r1 = 1
  176: if r2 >= 2 goto +1
  177: r1 = 0
      ; verify v33, error HeaderTooShort
  178: if r1 == 0 goto +2039
      ; v34: bit<8> = read var9
  179: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  180: r2 = r1
  181: w2 = w2
      ; v36: bit<32> = const 1
  182: r1 = 1
      ; v37: bit<32> = sub v35, v36
  183: r2 -= r1
  184: w2 = w2
      ; v38: bit<32> = const 8
  185: r1 = 8
      ; v39: bit<32> = mul v37, v38
  186: r2 *= r1
  187: w2 = w2
      ; advance v39
  188: r1 = r2
  189: r1 &= 7
  190: if r1 != 0 goto +2027
  191: r1 = r2
  192: r1 >>= 3
  193: r2 = *(u64 *)(r10 -16)
  194: r2 += r1
  195: if r2 > 16383 goto +2022
  196: r1 = r6
  197: r1 += r2
  198: if r1 <= r7 goto +1
  199: goto +2018
  200: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  201: r3 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  202: r1 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  203: r2 = r1
  204: r2 &= 65535
      ; v43: bit<16> = const 1
  205: r1 = 1
      ; v44: bit<16> = sub v42, v43
  206: r2 -= r1
  207: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  208: r1 = r3
  209: r1 -= r2
  210: r1 &= 65535
      ; write var2, v45
  211: *(u16 *)(r10 -36) = r1
  212: goto +53
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  213: r2 = *(u64 *)(r10 -16)
  214: if r2 > 16383 goto +2003
  215: r1 = r6
  216: r1 += r2
  217: r1 += 9
  218: if r1 <= r7 goto +1
  219: goto +1998
  220: r1 = r2
  221: r1 += 1
  222: *(u32 *)(r10 -140) = r1
  223: r2 += 9
  224: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  225: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  226: r2 = 9
      ; v48: bit<16> = sub v46, v47
  227: r1 -= r2
  228: r1 &= 65535
      ; write var2, v48
  229: *(u16 *)(r10 -36) = r1
  230: goto +35
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  231: r2 = *(u64 *)(r10 -16)
  232: if r2 > 16383 goto +1985
  233: r1 = r6
  234: r1 += r2
  235: r1 += 2
  236: if r1 <= r7 goto +1
  237: goto +1980
  238: r1 = r2
  239: r1 += 1
  240: *(u32 *)(r10 -144) = r1
  241: r2 += 2
  242: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  243: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  244: r2 = 2
      ; v51: bit<16> = sub v49, v50
  245: r1 -= r2
  246: r1 &= 65535
      ; write var2, v51
  247: *(u16 *)(r10 -36) = r1
  248: goto +17
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  249: r2 = *(u64 *)(r10 -16)
  250: if r2 > 16383 goto +1967
  251: r1 = r6
  252: r1 += r2
  253: r1 += 3
  254: if r1 <= r7 goto +1
  255: goto +1962
  256: r1 = r2
  257: r1 += 1
  258: *(u32 *)(r10 -148) = r1
  259: r2 += 3
  260: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  261: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  262: r2 = 3
      ; v54: bit<16> = sub v52, v53
  263: r1 -= r2
  264: r1 &= 65535
      ; write var2, v54
  265: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  266: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  267: r1 = *(u8 *)(r10 -28)
  268: if r2 == 0 goto +1216
  269: if r1 == 10 goto +1215
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  270: r2 = *(u64 *)(r10 -16)
  271: if r2 > 16383 goto +1946
  272: r3 = r6
  273: r3 += r2
  274: r1 = r3
  275: r1 += 1
  276: if r1 <= r7 goto +1
  277: goto +1940
  278: r1 = r2
  279: r1 += 1
  280: *(u32 *)(r10 -184) = r1
  281: r2 += 1
  282: *(u64 *)(r10 -16) = r2
      ; v57: bit<8> = read var3
  283: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  284: r2 = 1
      ; v59: bit<8> = add v57, v58
  285: r1 += r2
  286: r1 &= 255
      ; write var3, v59
  287: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  288: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  289: r2 = 1
      ; v62: bit<16> = sub v60, v61
  290: r1 -= r2
  291: r1 &= 65535
      ; write var2, v62
  292: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  293: r1 = *(u8 *)(r3 +0)
  294: if r1 == 0 goto +1190
  295: if r1 == 1 goto +105
  296: if r1 == 2 goto +87
  297: if r1 == 3 goto +68
  298: if r1 == 8 goto +49
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  299: r1 = *(u64 *)(r10 -16)
  300: if r1 > 16383 goto +1917
  301: r2 = r6
  302: r2 += r1
  303: r1 = r2
  304: r1 += 1
  305: if r1 <= r7 goto +1
  306: goto +1911
  307: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  308: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  309: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  310: r1 = 1
  311: if r2 >= 2 goto +1
  312: r1 = 0
      ; verify v67, error HeaderTooShort
  313: if r1 == 0 goto +1904
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
  325: if r1 != 0 goto +1892
  326: r1 = r2
  327: r1 >>= 3
  328: r2 = *(u64 *)(r10 -16)
  329: r2 += r1
  330: if r2 > 16383 goto +1887
  331: r1 = r6
  332: r1 += r2
  333: if r1 <= r7 goto +1
  334: goto +1883
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
  349: if r2 > 16383 goto +1868
  350: r1 = r6
  351: r1 += r2
  352: r1 += 9
  353: if r1 <= r7 goto +1
  354: goto +1863
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
  367: if r2 > 16383 goto +1850
  368: r1 = r6
  369: r1 += r2
  370: r1 += 2
  371: if r1 <= r7 goto +1
  372: goto +1845
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
  385: if r2 > 16383 goto +1832
  386: r1 = r6
  387: r1 += r2
  388: r1 += 3
  389: if r1 <= r7 goto +1
  390: goto +1827
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
  403: if r2 == 0 goto +1081
  404: if r1 == 10 goto +1080
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  405: r2 = *(u64 *)(r10 -16)
  406: if r2 > 16383 goto +1811
  407: r3 = r6
  408: r3 += r2
  409: r1 = r3
  410: r1 += 1
  411: if r1 <= r7 goto +1
  412: goto +1805
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
  429: if r1 == 0 goto +1055
  430: if r1 == 1 goto +105
  431: if r1 == 2 goto +87
  432: if r1 == 3 goto +68
  433: if r1 == 8 goto +49
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  434: r1 = *(u64 *)(r10 -16)
  435: if r1 > 16383 goto +1782
  436: r2 = r6
  437: r2 += r1
  438: r1 = r2
  439: r1 += 1
  440: if r1 <= r7 goto +1
  441: goto +1776
  442: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  443: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  444: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  445: r1 = 1
  446: if r2 >= 2 goto +1
  447: r1 = 0
      ; verify v101, error HeaderTooShort
  448: if r1 == 0 goto +1769
      ; v102: bit<8> = read var9
  449: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  450: r2 = r1
  451: w2 = w2
      ; v104: bit<32> = const 1
  452: r1 = 1
      ; v105: bit<32> = sub v103, v104
  453: r2 -= r1
  454: w2 = w2
      ; v106: bit<32> = const 8
  455: r1 = 8
      ; v107: bit<32> = mul v105, v106
  456: r2 *= r1
  457: w2 = w2
      ; advance v107
  458: r1 = r2
  459: r1 &= 7
  460: if r1 != 0 goto +1757
  461: r1 = r2
  462: r1 >>= 3
  463: r2 = *(u64 *)(r10 -16)
  464: r2 += r1
  465: if r2 > 16383 goto +1752
  466: r1 = r6
  467: r1 += r2
  468: if r1 <= r7 goto +1
  469: goto +1748
  470: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  471: r3 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  472: r1 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  473: r2 = r1
  474: r2 &= 65535
      ; v111: bit<16> = const 1
  475: r1 = 1
      ; v112: bit<16> = sub v110, v111
  476: r2 -= r1
  477: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  478: r1 = r3
  479: r1 -= r2
  480: r1 &= 65535
      ; write var2, v113
  481: *(u16 *)(r10 -36) = r1
  482: goto +53
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  483: r2 = *(u64 *)(r10 -16)
  484: if r2 > 16383 goto +1733
  485: r1 = r6
  486: r1 += r2
  487: r1 += 9
  488: if r1 <= r7 goto +1
  489: goto +1728
  490: r1 = r2
  491: r1 += 1
  492: *(u32 *)(r10 -140) = r1
  493: r2 += 9
  494: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  495: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  496: r2 = 9
      ; v116: bit<16> = sub v114, v115
  497: r1 -= r2
  498: r1 &= 65535
      ; write var2, v116
  499: *(u16 *)(r10 -36) = r1
  500: goto +35
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  501: r2 = *(u64 *)(r10 -16)
  502: if r2 > 16383 goto +1715
  503: r1 = r6
  504: r1 += r2
  505: r1 += 2
  506: if r1 <= r7 goto +1
  507: goto +1710
  508: r1 = r2
  509: r1 += 1
  510: *(u32 *)(r10 -144) = r1
  511: r2 += 2
  512: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  513: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  514: r2 = 2
      ; v119: bit<16> = sub v117, v118
  515: r1 -= r2
  516: r1 &= 65535
      ; write var2, v119
  517: *(u16 *)(r10 -36) = r1
  518: goto +17
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  519: r2 = *(u64 *)(r10 -16)
  520: if r2 > 16383 goto +1697
  521: r1 = r6
  522: r1 += r2
  523: r1 += 3
  524: if r1 <= r7 goto +1
  525: goto +1692
  526: r1 = r2
  527: r1 += 1
  528: *(u32 *)(r10 -148) = r1
  529: r2 += 3
  530: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  531: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  532: r2 = 3
      ; v122: bit<16> = sub v120, v121
  533: r1 -= r2
  534: r1 &= 65535
      ; write var2, v122
  535: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  536: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  537: r1 = *(u8 *)(r10 -28)
  538: if r2 == 0 goto +946
  539: if r1 == 10 goto +945
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  540: r2 = *(u64 *)(r10 -16)
  541: if r2 > 16383 goto +1676
  542: r3 = r6
  543: r3 += r2
  544: r1 = r3
  545: r1 += 1
  546: if r1 <= r7 goto +1
  547: goto +1670
  548: r1 = r2
  549: r1 += 1
  550: *(u32 *)(r10 -176) = r1
  551: r2 += 1
  552: *(u64 *)(r10 -16) = r2
      ; v125: bit<8> = read var3
  553: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  554: r2 = 1
      ; v127: bit<8> = add v125, v126
  555: r1 += r2
  556: r1 &= 255
      ; write var3, v127
  557: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  558: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  559: r2 = 1
      ; v130: bit<16> = sub v128, v129
  560: r1 -= r2
  561: r1 &= 65535
      ; write var2, v130
  562: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  563: r1 = *(u8 *)(r3 +0)
  564: if r1 == 0 goto +920
  565: if r1 == 1 goto +105
  566: if r1 == 2 goto +87
  567: if r1 == 3 goto +68
  568: if r1 == 8 goto +49
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  569: r1 = *(u64 *)(r10 -16)
  570: if r1 > 16383 goto +1647
  571: r2 = r6
  572: r2 += r1
  573: r1 = r2
  574: r1 += 1
  575: if r1 <= r7 goto +1
  576: goto +1641
  577: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  578: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  579: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  580: r1 = 1
  581: if r2 >= 2 goto +1
  582: r1 = 0
      ; verify v135, error HeaderTooShort
  583: if r1 == 0 goto +1634
      ; v136: bit<8> = read var9
  584: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  585: r2 = r1
  586: w2 = w2
      ; v138: bit<32> = const 1
  587: r1 = 1
      ; v139: bit<32> = sub v137, v138
  588: r2 -= r1
  589: w2 = w2
      ; v140: bit<32> = const 8
  590: r1 = 8
      ; v141: bit<32> = mul v139, v140
  591: r2 *= r1
  592: w2 = w2
      ; advance v141
  593: r1 = r2
  594: r1 &= 7
  595: if r1 != 0 goto +1622
  596: r1 = r2
  597: r1 >>= 3
  598: r2 = *(u64 *)(r10 -16)
  599: r2 += r1
  600: if r2 > 16383 goto +1617
  601: r1 = r6
  602: r1 += r2
  603: if r1 <= r7 goto +1
  604: goto +1613
  605: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  606: r3 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  607: r1 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  608: r2 = r1
  609: r2 &= 65535
      ; v145: bit<16> = const 1
  610: r1 = 1
      ; v146: bit<16> = sub v144, v145
  611: r2 -= r1
  612: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  613: r1 = r3
  614: r1 -= r2
  615: r1 &= 65535
      ; write var2, v147
  616: *(u16 *)(r10 -36) = r1
  617: goto +53
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  618: r2 = *(u64 *)(r10 -16)
  619: if r2 > 16383 goto +1598
  620: r1 = r6
  621: r1 += r2
  622: r1 += 9
  623: if r1 <= r7 goto +1
  624: goto +1593
  625: r1 = r2
  626: r1 += 1
  627: *(u32 *)(r10 -140) = r1
  628: r2 += 9
  629: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  630: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  631: r2 = 9
      ; v150: bit<16> = sub v148, v149
  632: r1 -= r2
  633: r1 &= 65535
      ; write var2, v150
  634: *(u16 *)(r10 -36) = r1
  635: goto +35
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  636: r2 = *(u64 *)(r10 -16)
  637: if r2 > 16383 goto +1580
  638: r1 = r6
  639: r1 += r2
  640: r1 += 2
  641: if r1 <= r7 goto +1
  642: goto +1575
  643: r1 = r2
  644: r1 += 1
  645: *(u32 *)(r10 -144) = r1
  646: r2 += 2
  647: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  648: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  649: r2 = 2
      ; v153: bit<16> = sub v151, v152
  650: r1 -= r2
  651: r1 &= 65535
      ; write var2, v153
  652: *(u16 *)(r10 -36) = r1
  653: goto +17
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  654: r2 = *(u64 *)(r10 -16)
  655: if r2 > 16383 goto +1562
  656: r1 = r6
  657: r1 += r2
  658: r1 += 3
  659: if r1 <= r7 goto +1
  660: goto +1557
  661: r1 = r2
  662: r1 += 1
  663: *(u32 *)(r10 -148) = r1
  664: r2 += 3
  665: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  666: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  667: r2 = 3
      ; v156: bit<16> = sub v154, v155
  668: r1 -= r2
  669: r1 &= 65535
      ; write var2, v156
  670: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  671: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  672: r1 = *(u8 *)(r10 -28)
  673: if r2 == 0 goto +811
  674: if r1 == 10 goto +810
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  675: r2 = *(u64 *)(r10 -16)
  676: if r2 > 16383 goto +1541
  677: r3 = r6
  678: r3 += r2
  679: r1 = r3
  680: r1 += 1
  681: if r1 <= r7 goto +1
  682: goto +1535
  683: r1 = r2
  684: r1 += 1
  685: *(u32 *)(r10 -172) = r1
  686: r2 += 1
  687: *(u64 *)(r10 -16) = r2
      ; v159: bit<8> = read var3
  688: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  689: r2 = 1
      ; v161: bit<8> = add v159, v160
  690: r1 += r2
  691: r1 &= 255
      ; write var3, v161
  692: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  693: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  694: r2 = 1
      ; v164: bit<16> = sub v162, v163
  695: r1 -= r2
  696: r1 &= 65535
      ; write var2, v164
  697: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  698: r1 = *(u8 *)(r3 +0)
  699: if r1 == 0 goto +785
  700: if r1 == 1 goto +105
  701: if r1 == 2 goto +87
  702: if r1 == 3 goto +68
  703: if r1 == 8 goto +49
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  704: r1 = *(u64 *)(r10 -16)
  705: if r1 > 16383 goto +1512
  706: r2 = r6
  707: r2 += r1
  708: r1 = r2
  709: r1 += 1
  710: if r1 <= r7 goto +1
  711: goto +1506
  712: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  713: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  714: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  715: r1 = 1
  716: if r2 >= 2 goto +1
  717: r1 = 0
      ; verify v169, error HeaderTooShort
  718: if r1 == 0 goto +1499
      ; v170: bit<8> = read var9
  719: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  720: r2 = r1
  721: w2 = w2
      ; v172: bit<32> = const 1
  722: r1 = 1
      ; v173: bit<32> = sub v171, v172
  723: r2 -= r1
  724: w2 = w2
      ; v174: bit<32> = const 8
  725: r1 = 8
      ; v175: bit<32> = mul v173, v174
  726: r2 *= r1
  727: w2 = w2
      ; advance v175
  728: r1 = r2
  729: r1 &= 7
  730: if r1 != 0 goto +1487
  731: r1 = r2
  732: r1 >>= 3
  733: r2 = *(u64 *)(r10 -16)
  734: r2 += r1
  735: if r2 > 16383 goto +1482
  736: r1 = r6
  737: r1 += r2
  738: if r1 <= r7 goto +1
  739: goto +1478
  740: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  741: r3 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  742: r1 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  743: r2 = r1
  744: r2 &= 65535
      ; v179: bit<16> = const 1
  745: r1 = 1
      ; v180: bit<16> = sub v178, v179
  746: r2 -= r1
  747: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  748: r1 = r3
  749: r1 -= r2
  750: r1 &= 65535
      ; write var2, v181
  751: *(u16 *)(r10 -36) = r1
  752: goto +53
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  753: r2 = *(u64 *)(r10 -16)
  754: if r2 > 16383 goto +1463
  755: r1 = r6
  756: r1 += r2
  757: r1 += 9
  758: if r1 <= r7 goto +1
  759: goto +1458
  760: r1 = r2
  761: r1 += 1
  762: *(u32 *)(r10 -140) = r1
  763: r2 += 9
  764: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  765: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  766: r2 = 9
      ; v184: bit<16> = sub v182, v183
  767: r1 -= r2
  768: r1 &= 65535
      ; write var2, v184
  769: *(u16 *)(r10 -36) = r1
  770: goto +35
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  771: r2 = *(u64 *)(r10 -16)
  772: if r2 > 16383 goto +1445
  773: r1 = r6
  774: r1 += r2
  775: r1 += 2
  776: if r1 <= r7 goto +1
  777: goto +1440
  778: r1 = r2
  779: r1 += 1
  780: *(u32 *)(r10 -144) = r1
  781: r2 += 2
  782: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  783: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  784: r2 = 2
      ; v187: bit<16> = sub v185, v186
  785: r1 -= r2
  786: r1 &= 65535
      ; write var2, v187
  787: *(u16 *)(r10 -36) = r1
  788: goto +17
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  789: r2 = *(u64 *)(r10 -16)
  790: if r2 > 16383 goto +1427
  791: r1 = r6
  792: r1 += r2
  793: r1 += 3
  794: if r1 <= r7 goto +1
  795: goto +1422
  796: r1 = r2
  797: r1 += 1
  798: *(u32 *)(r10 -148) = r1
  799: r2 += 3
  800: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  801: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  802: r2 = 3
      ; v190: bit<16> = sub v188, v189
  803: r1 -= r2
  804: r1 &= 65535
      ; write var2, v190
  805: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  806: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  807: r1 = *(u8 *)(r10 -28)
  808: if r2 == 0 goto +676
  809: if r1 == 10 goto +675
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  810: r2 = *(u64 *)(r10 -16)
  811: if r2 > 16383 goto +1406
  812: r3 = r6
  813: r3 += r2
  814: r1 = r3
  815: r1 += 1
  816: if r1 <= r7 goto +1
  817: goto +1400
  818: r1 = r2
  819: r1 += 1
  820: *(u32 *)(r10 -168) = r1
  821: r2 += 1
  822: *(u64 *)(r10 -16) = r2
      ; v193: bit<8> = read var3
  823: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
  824: r2 = 1
      ; v195: bit<8> = add v193, v194
  825: r1 += r2
  826: r1 &= 255
      ; write var3, v195
  827: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  828: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
  829: r2 = 1
      ; v198: bit<16> = sub v196, v197
  830: r1 -= r2
  831: r1 &= 65535
      ; write var2, v198
  832: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  833: r1 = *(u8 *)(r3 +0)
  834: if r1 == 0 goto +650
  835: if r1 == 1 goto +105
  836: if r1 == 2 goto +87
  837: if r1 == 3 goto +68
  838: if r1 == 8 goto +49
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  839: r1 = *(u64 *)(r10 -16)
  840: if r1 > 16383 goto +1377
  841: r2 = r6
  842: r2 += r1
  843: r1 = r2
  844: r1 += 1
  845: if r1 <= r7 goto +1
  846: goto +1371
  847: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  848: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  849: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  850: r1 = 1
  851: if r2 >= 2 goto +1
  852: r1 = 0
      ; verify v203, error HeaderTooShort
  853: if r1 == 0 goto +1364
      ; v204: bit<8> = read var9
  854: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  855: r2 = r1
  856: w2 = w2
      ; v206: bit<32> = const 1
  857: r1 = 1
      ; v207: bit<32> = sub v205, v206
  858: r2 -= r1
  859: w2 = w2
      ; v208: bit<32> = const 8
  860: r1 = 8
      ; v209: bit<32> = mul v207, v208
  861: r2 *= r1
  862: w2 = w2
      ; advance v209
  863: r1 = r2
  864: r1 &= 7
  865: if r1 != 0 goto +1352
  866: r1 = r2
  867: r1 >>= 3
  868: r2 = *(u64 *)(r10 -16)
  869: r2 += r1
  870: if r2 > 16383 goto +1347
  871: r1 = r6
  872: r1 += r2
  873: if r1 <= r7 goto +1
  874: goto +1343
  875: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  876: r3 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  877: r1 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  878: r2 = r1
  879: r2 &= 65535
      ; v213: bit<16> = const 1
  880: r1 = 1
      ; v214: bit<16> = sub v212, v213
  881: r2 -= r1
  882: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  883: r1 = r3
  884: r1 -= r2
  885: r1 &= 65535
      ; write var2, v215
  886: *(u16 *)(r10 -36) = r1
  887: goto +53
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  888: r2 = *(u64 *)(r10 -16)
  889: if r2 > 16383 goto +1328
  890: r1 = r6
  891: r1 += r2
  892: r1 += 9
  893: if r1 <= r7 goto +1
  894: goto +1323
  895: r1 = r2
  896: r1 += 1
  897: *(u32 *)(r10 -140) = r1
  898: r2 += 9
  899: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  900: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
  901: r2 = 9
      ; v218: bit<16> = sub v216, v217
  902: r1 -= r2
  903: r1 &= 65535
      ; write var2, v218
  904: *(u16 *)(r10 -36) = r1
  905: goto +35
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  906: r2 = *(u64 *)(r10 -16)
  907: if r2 > 16383 goto +1310
  908: r1 = r6
  909: r1 += r2
  910: r1 += 2
  911: if r1 <= r7 goto +1
  912: goto +1305
  913: r1 = r2
  914: r1 += 1
  915: *(u32 *)(r10 -144) = r1
  916: r2 += 2
  917: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  918: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
  919: r2 = 2
      ; v221: bit<16> = sub v219, v220
  920: r1 -= r2
  921: r1 &= 65535
      ; write var2, v221
  922: *(u16 *)(r10 -36) = r1
  923: goto +17
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  924: r2 = *(u64 *)(r10 -16)
  925: if r2 > 16383 goto +1292
  926: r1 = r6
  927: r1 += r2
  928: r1 += 3
  929: if r1 <= r7 goto +1
  930: goto +1287
  931: r1 = r2
  932: r1 += 1
  933: *(u32 *)(r10 -148) = r1
  934: r2 += 3
  935: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  936: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
  937: r2 = 3
      ; v224: bit<16> = sub v222, v223
  938: r1 -= r2
  939: r1 &= 65535
      ; write var2, v224
  940: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  941: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  942: r1 = *(u8 *)(r10 -28)
  943: if r2 == 0 goto +541
  944: if r1 == 10 goto +540
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  945: r2 = *(u64 *)(r10 -16)
  946: if r2 > 16383 goto +1271
  947: r3 = r6
  948: r3 += r2
  949: r1 = r3
  950: r1 += 1
  951: if r1 <= r7 goto +1
  952: goto +1265
  953: r1 = r2
  954: r1 += 1
  955: *(u32 *)(r10 -164) = r1
  956: r2 += 1
  957: *(u64 *)(r10 -16) = r2
      ; v227: bit<8> = read var3
  958: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
  959: r2 = 1
      ; v229: bit<8> = add v227, v228
  960: r1 += r2
  961: r1 &= 255
      ; write var3, v229
  962: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  963: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
  964: r2 = 1
      ; v232: bit<16> = sub v230, v231
  965: r1 -= r2
  966: r1 &= 65535
      ; write var2, v232
  967: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  968: r1 = *(u8 *)(r3 +0)
  969: if r1 == 0 goto +515
  970: if r1 == 1 goto +105
  971: if r1 == 2 goto +87
  972: if r1 == 3 goto +68
  973: if r1 == 8 goto +49
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  974: r1 = *(u64 *)(r10 -16)
  975: if r1 > 16383 goto +1242
  976: r2 = r6
  977: r2 += r1
  978: r1 = r2
  979: r1 += 1
  980: if r1 <= r7 goto +1
  981: goto +1236
  982: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  983: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  984: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  985: r1 = 1
  986: if r2 >= 2 goto +1
  987: r1 = 0
      ; verify v237, error HeaderTooShort
  988: if r1 == 0 goto +1229
      ; v238: bit<8> = read var9
  989: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  990: r2 = r1
  991: w2 = w2
      ; v240: bit<32> = const 1
  992: r1 = 1
      ; v241: bit<32> = sub v239, v240
  993: r2 -= r1
  994: w2 = w2
      ; v242: bit<32> = const 8
  995: r1 = 8
      ; v243: bit<32> = mul v241, v242
  996: r2 *= r1
  997: w2 = w2
      ; advance v243
  998: r1 = r2
  999: r1 &= 7
 1000: if r1 != 0 goto +1217
 1001: r1 = r2
 1002: r1 >>= 3
 1003: r2 = *(u64 *)(r10 -16)
 1004: r2 += r1
 1005: if r2 > 16383 goto +1212
 1006: r1 = r6
 1007: r1 += r2
 1008: if r1 <= r7 goto +1
 1009: goto +1208
 1010: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1011: r3 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1012: r1 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1013: r2 = r1
 1014: r2 &= 65535
      ; v247: bit<16> = const 1
 1015: r1 = 1
      ; v248: bit<16> = sub v246, v247
 1016: r2 -= r1
 1017: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
 1018: r1 = r3
 1019: r1 -= r2
 1020: r1 &= 65535
      ; write var2, v249
 1021: *(u16 *)(r10 -36) = r1
 1022: goto +53
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1023: r2 = *(u64 *)(r10 -16)
 1024: if r2 > 16383 goto +1193
 1025: r1 = r6
 1026: r1 += r2
 1027: r1 += 9
 1028: if r1 <= r7 goto +1
 1029: goto +1188
 1030: r1 = r2
 1031: r1 += 1
 1032: *(u32 *)(r10 -140) = r1
 1033: r2 += 9
 1034: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
 1035: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1036: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1037: r1 -= r2
 1038: r1 &= 65535
      ; write var2, v252
 1039: *(u16 *)(r10 -36) = r1
 1040: goto +35
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1041: r2 = *(u64 *)(r10 -16)
 1042: if r2 > 16383 goto +1175
 1043: r1 = r6
 1044: r1 += r2
 1045: r1 += 2
 1046: if r1 <= r7 goto +1
 1047: goto +1170
 1048: r1 = r2
 1049: r1 += 1
 1050: *(u32 *)(r10 -144) = r1
 1051: r2 += 2
 1052: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
 1053: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1054: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1055: r1 -= r2
 1056: r1 &= 65535
      ; write var2, v255
 1057: *(u16 *)(r10 -36) = r1
 1058: goto +17
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1059: r2 = *(u64 *)(r10 -16)
 1060: if r2 > 16383 goto +1157
 1061: r1 = r6
 1062: r1 += r2
 1063: r1 += 3
 1064: if r1 <= r7 goto +1
 1065: goto +1152
 1066: r1 = r2
 1067: r1 += 1
 1068: *(u32 *)(r10 -148) = r1
 1069: r2 += 3
 1070: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
 1071: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1072: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1073: r1 -= r2
 1074: r1 &= 65535
      ; write var2, v258
 1075: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1076: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1077: r1 = *(u8 *)(r10 -28)
 1078: if r2 == 0 goto +406
 1079: if r1 == 10 goto +405
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1080: r2 = *(u64 *)(r10 -16)
 1081: if r2 > 16383 goto +1136
 1082: r3 = r6
 1083: r3 += r2
 1084: r1 = r3
 1085: r1 += 1
 1086: if r1 <= r7 goto +1
 1087: goto +1130
 1088: r1 = r2
 1089: r1 += 1
 1090: *(u32 *)(r10 -160) = r1
 1091: r2 += 1
 1092: *(u64 *)(r10 -16) = r2
      ; v261: bit<8> = read var3
 1093: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1094: r2 = 1
      ; v263: bit<8> = add v261, v262
 1095: r1 += r2
 1096: r1 &= 255
      ; write var3, v263
 1097: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
 1098: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1099: r2 = 1
      ; v266: bit<16> = sub v264, v265
 1100: r1 -= r2
 1101: r1 &= 65535
      ; write var2, v266
 1102: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
 1103: r1 = *(u8 *)(r3 +0)
 1104: if r1 == 0 goto +380
 1105: if r1 == 1 goto +105
 1106: if r1 == 2 goto +87
 1107: if r1 == 3 goto +68
 1108: if r1 == 8 goto +49
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1109: r1 = *(u64 *)(r10 -16)
 1110: if r1 > 16383 goto +1107
 1111: r2 = r6
 1112: r2 += r1
 1113: r1 = r2
 1114: r1 += 1
 1115: if r1 <= r7 goto +1
 1116: goto +1101
 1117: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1118: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1119: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
 1120: r1 = 1
 1121: if r2 >= 2 goto +1
 1122: r1 = 0
      ; verify v271, error HeaderTooShort
 1123: if r1 == 0 goto +1094
      ; v272: bit<8> = read var9
 1124: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1125: r2 = r1
 1126: w2 = w2
      ; v274: bit<32> = const 1
 1127: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1128: r2 -= r1
 1129: w2 = w2
      ; v276: bit<32> = const 8
 1130: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1131: r2 *= r1
 1132: w2 = w2
      ; advance v277
 1133: r1 = r2
 1134: r1 &= 7
 1135: if r1 != 0 goto +1082
 1136: r1 = r2
 1137: r1 >>= 3
 1138: r2 = *(u64 *)(r10 -16)
 1139: r2 += r1
 1140: if r2 > 16383 goto +1077
 1141: r1 = r6
 1142: r1 += r2
 1143: if r1 <= r7 goto +1
 1144: goto +1073
 1145: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1146: r3 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1147: r1 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1148: r2 = r1
 1149: r2 &= 65535
      ; v281: bit<16> = const 1
 1150: r1 = 1
      ; v282: bit<16> = sub v280, v281
 1151: r2 -= r1
 1152: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1153: r1 = r3
 1154: r1 -= r2
 1155: r1 &= 65535
      ; write var2, v283
 1156: *(u16 *)(r10 -36) = r1
 1157: goto +53
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1158: r2 = *(u64 *)(r10 -16)
 1159: if r2 > 16383 goto +1058
 1160: r1 = r6
 1161: r1 += r2
 1162: r1 += 9
 1163: if r1 <= r7 goto +1
 1164: goto +1053
 1165: r1 = r2
 1166: r1 += 1
 1167: *(u32 *)(r10 -140) = r1
 1168: r2 += 9
 1169: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1170: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1171: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1172: r1 -= r2
 1173: r1 &= 65535
      ; write var2, v286
 1174: *(u16 *)(r10 -36) = r1
 1175: goto +35
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1176: r2 = *(u64 *)(r10 -16)
 1177: if r2 > 16383 goto +1040
 1178: r1 = r6
 1179: r1 += r2
 1180: r1 += 2
 1181: if r1 <= r7 goto +1
 1182: goto +1035
 1183: r1 = r2
 1184: r1 += 1
 1185: *(u32 *)(r10 -144) = r1
 1186: r2 += 2
 1187: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1188: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1189: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1190: r1 -= r2
 1191: r1 &= 65535
      ; write var2, v289
 1192: *(u16 *)(r10 -36) = r1
 1193: goto +17
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1194: r2 = *(u64 *)(r10 -16)
 1195: if r2 > 16383 goto +1022
 1196: r1 = r6
 1197: r1 += r2
 1198: r1 += 3
 1199: if r1 <= r7 goto +1
 1200: goto +1017
 1201: r1 = r2
 1202: r1 += 1
 1203: *(u32 *)(r10 -148) = r1
 1204: r2 += 3
 1205: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1206: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1207: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1208: r1 -= r2
 1209: r1 &= 65535
      ; write var2, v292
 1210: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1211: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1212: r1 = *(u8 *)(r10 -28)
 1213: if r2 == 0 goto +271
 1214: if r1 == 10 goto +270
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1215: r2 = *(u64 *)(r10 -16)
 1216: if r2 > 16383 goto +1001
 1217: r3 = r6
 1218: r3 += r2
 1219: r1 = r3
 1220: r1 += 1
 1221: if r1 <= r7 goto +1
 1222: goto +995
 1223: r1 = r2
 1224: r1 += 1
 1225: *(u32 *)(r10 -156) = r1
 1226: r2 += 1
 1227: *(u64 *)(r10 -16) = r2
      ; v295: bit<8> = read var3
 1228: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1229: r2 = 1
      ; v297: bit<8> = add v295, v296
 1230: r1 += r2
 1231: r1 &= 255
      ; write var3, v297
 1232: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1233: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1234: r2 = 1
      ; v300: bit<16> = sub v298, v299
 1235: r1 -= r2
 1236: r1 &= 65535
      ; write var2, v300
 1237: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1238: r1 = *(u8 *)(r3 +0)
 1239: if r1 == 0 goto +245
 1240: if r1 == 1 goto +105
 1241: if r1 == 2 goto +87
 1242: if r1 == 3 goto +68
 1243: if r1 == 8 goto +49
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1244: r1 = *(u64 *)(r10 -16)
 1245: if r1 > 16383 goto +972
 1246: r2 = r6
 1247: r2 += r1
 1248: r1 = r2
 1249: r1 += 1
 1250: if r1 <= r7 goto +1
 1251: goto +966
 1252: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1253: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1254: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1255: r1 = 1
 1256: if r2 >= 2 goto +1
 1257: r1 = 0
      ; verify v305, error HeaderTooShort
 1258: if r1 == 0 goto +959
      ; v306: bit<8> = read var9
 1259: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1260: r2 = r1
 1261: w2 = w2
      ; v308: bit<32> = const 1
 1262: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1263: r2 -= r1
 1264: w2 = w2
      ; v310: bit<32> = const 8
 1265: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1266: r2 *= r1
 1267: w2 = w2
      ; advance v311
 1268: r1 = r2
 1269: r1 &= 7
 1270: if r1 != 0 goto +947
 1271: r1 = r2
 1272: r1 >>= 3
 1273: r2 = *(u64 *)(r10 -16)
 1274: r2 += r1
 1275: if r2 > 16383 goto +942
 1276: r1 = r6
 1277: r1 += r2
 1278: if r1 <= r7 goto +1
 1279: goto +938
 1280: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1281: r3 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1282: r1 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1283: r2 = r1
 1284: r2 &= 65535
      ; v315: bit<16> = const 1
 1285: r1 = 1
      ; v316: bit<16> = sub v314, v315
 1286: r2 -= r1
 1287: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1288: r1 = r3
 1289: r1 -= r2
 1290: r1 &= 65535
      ; write var2, v317
 1291: *(u16 *)(r10 -36) = r1
 1292: goto +53
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1293: r2 = *(u64 *)(r10 -16)
 1294: if r2 > 16383 goto +923
 1295: r1 = r6
 1296: r1 += r2
 1297: r1 += 9
 1298: if r1 <= r7 goto +1
 1299: goto +918
 1300: r1 = r2
 1301: r1 += 1
 1302: *(u32 *)(r10 -140) = r1
 1303: r2 += 9
 1304: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1305: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1306: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1307: r1 -= r2
 1308: r1 &= 65535
      ; write var2, v320
 1309: *(u16 *)(r10 -36) = r1
 1310: goto +35
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1311: r2 = *(u64 *)(r10 -16)
 1312: if r2 > 16383 goto +905
 1313: r1 = r6
 1314: r1 += r2
 1315: r1 += 2
 1316: if r1 <= r7 goto +1
 1317: goto +900
 1318: r1 = r2
 1319: r1 += 1
 1320: *(u32 *)(r10 -144) = r1
 1321: r2 += 2
 1322: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1323: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1324: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1325: r1 -= r2
 1326: r1 &= 65535
      ; write var2, v323
 1327: *(u16 *)(r10 -36) = r1
 1328: goto +17
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1329: r2 = *(u64 *)(r10 -16)
 1330: if r2 > 16383 goto +887
 1331: r1 = r6
 1332: r1 += r2
 1333: r1 += 3
 1334: if r1 <= r7 goto +1
 1335: goto +882
 1336: r1 = r2
 1337: r1 += 1
 1338: *(u32 *)(r10 -148) = r1
 1339: r2 += 3
 1340: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1341: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1342: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1343: r1 -= r2
 1344: r1 &= 65535
      ; write var2, v326
 1345: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1346: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1347: r1 = *(u8 *)(r10 -28)
 1348: if r2 == 0 goto +136
 1349: if r1 == 10 goto +135
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1350: r2 = *(u64 *)(r10 -16)
 1351: if r2 > 16383 goto +866
 1352: r3 = r6
 1353: r3 += r2
 1354: r1 = r3
 1355: r1 += 1
 1356: if r1 <= r7 goto +1
 1357: goto +860
 1358: r1 = r2
 1359: r1 += 1
 1360: *(u32 *)(r10 -152) = r1
 1361: r2 += 1
 1362: *(u64 *)(r10 -16) = r2
      ; v329: bit<8> = read var3
 1363: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1364: r2 = 1
      ; v331: bit<8> = add v329, v330
 1365: r1 += r2
 1366: r1 &= 255
      ; write var3, v331
 1367: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1368: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1369: r2 = 1
      ; v334: bit<16> = sub v332, v333
 1370: r1 -= r2
 1371: r1 &= 65535
      ; write var2, v334
 1372: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1373: r1 = *(u8 *)(r3 +0)
 1374: if r1 == 0 goto +110
 1375: if r1 == 1 goto +105
 1376: if r1 == 2 goto +87
 1377: if r1 == 3 goto +68
 1378: if r1 == 8 goto +49
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1379: r1 = *(u64 *)(r10 -16)
 1380: if r1 > 16383 goto +837
 1381: r2 = r6
 1382: r2 += r1
 1383: r1 = r2
 1384: r1 += 1
 1385: if r1 <= r7 goto +1
 1386: goto +831
 1387: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1388: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1389: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1390: r1 = 1
 1391: if r2 >= 2 goto +1
 1392: r1 = 0
      ; verify v339, error HeaderTooShort
 1393: if r1 == 0 goto +824
      ; v340: bit<8> = read var9
 1394: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1395: r2 = r1
 1396: w2 = w2
      ; v342: bit<32> = const 1
 1397: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1398: r2 -= r1
 1399: w2 = w2
      ; v344: bit<32> = const 8
 1400: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1401: r2 *= r1
 1402: w2 = w2
      ; advance v345
 1403: r1 = r2
 1404: r1 &= 7
 1405: if r1 != 0 goto +812
 1406: r1 = r2
 1407: r1 >>= 3
 1408: r2 = *(u64 *)(r10 -16)
 1409: r2 += r1
 1410: if r2 > 16383 goto +807
 1411: r1 = r6
 1412: r1 += r2
 1413: if r1 <= r7 goto +1
 1414: goto +803
 1415: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1416: r3 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1417: r1 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1418: r2 = r1
 1419: r2 &= 65535
      ; v349: bit<16> = const 1
 1420: r1 = 1
      ; v350: bit<16> = sub v348, v349
 1421: r2 -= r1
 1422: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1423: r1 = r3
 1424: r1 -= r2
 1425: r1 &= 65535
      ; write var2, v351
 1426: *(u16 *)(r10 -36) = r1
 1427: goto +53
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1428: r2 = *(u64 *)(r10 -16)
 1429: if r2 > 16383 goto +788
 1430: r1 = r6
 1431: r1 += r2
 1432: r1 += 9
 1433: if r1 <= r7 goto +1
 1434: goto +783
 1435: r1 = r2
 1436: r1 += 1
 1437: *(u32 *)(r10 -140) = r1
 1438: r2 += 9
 1439: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1440: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1441: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1442: r1 -= r2
 1443: r1 &= 65535
      ; write var2, v354
 1444: *(u16 *)(r10 -36) = r1
 1445: goto +35
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1446: r2 = *(u64 *)(r10 -16)
 1447: if r2 > 16383 goto +770
 1448: r1 = r6
 1449: r1 += r2
 1450: r1 += 2
 1451: if r1 <= r7 goto +1
 1452: goto +765
 1453: r1 = r2
 1454: r1 += 1
 1455: *(u32 *)(r10 -144) = r1
 1456: r2 += 2
 1457: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1458: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1459: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1460: r1 -= r2
 1461: r1 &= 65535
      ; write var2, v357
 1462: *(u16 *)(r10 -36) = r1
 1463: goto +17
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1464: r2 = *(u64 *)(r10 -16)
 1465: if r2 > 16383 goto +752
 1466: r1 = r6
 1467: r1 += r2
 1468: r1 += 3
 1469: if r1 <= r7 goto +1
 1470: goto +747
 1471: r1 = r2
 1472: r1 += 1
 1473: *(u32 *)(r10 -148) = r1
 1474: r2 += 3
 1475: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1476: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1477: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1478: r1 -= r2
 1479: r1 &= 65535
      ; write var2, v360
 1480: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1481: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1482: r1 = *(u8 *)(r10 -28)
 1483: if r2 == 0 goto +1
 1484: if r1 != 10 goto +733
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1485: r1 = *(u32 *)(r10 -192)
 1486: if r1 == 0 goto +1
 1487: r1 = 1
      ; v1: bool = not v0
 1488: r1 ^= 1
 1489: if r1 != 0 goto +749
      ; v2: bit<64> = timestamp_ns
 1490: call bpf_ktime_get_ns
 1491: r1 = r0
      ; write var10, v2
 1492: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1493: r1 = *(u32 *)(r10 -192)
 1494: if r1 == 0 goto +7
 1495: r1 -= 1
 1496: if r1 > 16383 goto +5
 1497: r9 = r6
 1498: r9 += r1
 1499: r1 = r9
 1500: r1 += 20
 1501: if r1 <= r7 goto +1
 1502: r9 = 0
 1503: r1 = 0
 1504: if r9 == 0 goto +1
 1505: r1 = *(u8 *)(r9 +13)
      ; write var11, v3
 1506: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1507: r1 = *(u32 *)(r10 -196)
 1508: if r1 == 0 goto +7
 1509: r1 -= 1
 1510: if r1 > 16383 goto +5
 1511: r8 = r6
 1512: r8 += r1
 1513: r1 = r8
 1514: r1 += 20
 1515: if r1 <= r7 goto +1
 1516: r8 = 0
 1517: r1 = 0
 1518: if r8 == 0 goto +2
 1519: r1 = *(u8 *)(r8 +0)
 1520: r1 &= 15
      ; v5: bit<16> = cast v4
 1521: r2 = r1
 1522: r2 &= 65535
      ; v6: bit<8> = const 2
 1523: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1524: r3 = r2
 1525: if r1 >= 16 goto +3
 1526: r3 <<= r1
 1527: r3 &= 65535
 1528: goto +1
 1529: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1530: r1 = 0
 1531: if r9 == 0 goto +3
 1532: r1 = *(u8 *)(r9 +12)
 1533: r1 >>= 4
 1534: r1 &= 15
      ; v9: bit<16> = cast v8
 1535: r2 = r1
 1536: r2 &= 65535
      ; v10: bit<8> = const 2
 1537: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1538: if r1 >= 16 goto +3
 1539: r2 <<= r1
 1540: r2 &= 65535
 1541: goto +1
 1542: r2 = 0
      ; v12: bit<16> = add v7, v11
 1543: r1 = r3
 1544: r1 += r2
 1545: r1 &= 65535
      ; write var12, v12
 1546: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1547: r1 = 0
 1548: if r8 == 0 goto +1
 1549: r1 = *(u16 *)(r8 +2)
 1550: r1 = be16 r1
      ; v14: bit<16> = read var12
 1551: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1552: r1 -= r2
 1553: r1 &= 65535
      ; v16: bit<32> = cast v15
 1554: w1 = w1
      ; write var13, v16
 1555: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1556: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1557: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1558: r2 = 1
      ; v20: bit<8> = and v18, v19
 1559: r1 &= r2
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1560: r3 = 1
 1561: if r1 != 0 goto +1
 1562: r3 = 0
      ; v23: bit<32> = const 1
 1563: r2 = 1
      ; v24: bit<32> = const 0
 1564: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1565: if r3 != 0 goto +1
 1566: r2 = r1
      ; v26: bit<32> = add v17, v25
 1567: r1 = r4
 1568: r1 += r2
 1569: w1 = w1
      ; write var14, v26
 1570: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1571: r1 = 0
 1572: if r8 == 0 goto +1
 1573: r1 = *(u32 *)(r8 +12)
 1574: r4 = r1
 1575: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1576: r1 = 0
 1577: if r8 == 0 goto +1
 1578: r1 = *(u32 *)(r8 +16)
 1579: r3 = r1
 1580: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1581: r1 = 0
 1582: if r9 == 0 goto +1
 1583: r1 = *(u16 *)(r9 +0)
 1584: r2 = r1
 1585: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1586: r1 = 0
 1587: if r9 == 0 goto +1
 1588: r1 = *(u16 *)(r9 +2)
 1589: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1590: *(u64 *)(r10 -264) = 0
 1591: *(u64 *)(r10 -256) = 0
 1592: *(u32 *)(r10 -264) = r4
 1593: *(u32 *)(r10 -260) = r3
 1594: *(u16 *)(r10 -256) = r2
 1595: *(u16 *)(r10 -254) = r1
 1596: r1 = map[pipe_flows] ll
 1598: r2 = r10
 1599: r2 += -264
 1600: call bpf_map_lookup_elem
 1601: r4 = r0
 1602: if r4 == 0 goto +47
 1603: r0 = 1
 1604: *(u64 *)(r10 -400) = r0
 1605: r0 = *(u32 *)(r4 +0)
 1606: *(u64 *)(r10 -408) = r0
 1607: r0 = *(u64 *)(r10 -408)
 1608: w0 = w0
 1609: *(u64 *)(r10 -408) = r0
 1610: r0 = *(u32 *)(r4 +4)
 1611: *(u64 *)(r10 -416) = r0
 1612: r0 = *(u64 *)(r10 -416)
 1613: w0 = w0
 1614: *(u64 *)(r10 -416) = r0
 1615: r0 = *(u32 *)(r4 +8)
 1616: *(u64 *)(r10 -424) = r0
 1617: r0 = *(u64 *)(r10 -424)
 1618: w0 = w0
 1619: *(u64 *)(r10 -424) = r0
 1620: r0 = *(u32 *)(r4 +12)
 1621: *(u64 *)(r10 -432) = r0
 1622: r0 = *(u64 *)(r10 -432)
 1623: w0 = w0
 1624: *(u64 *)(r10 -432) = r0
 1625: r0 = *(u16 *)(r4 +16)
 1626: *(u64 *)(r10 -440) = r0
 1627: r0 = *(u64 *)(r10 -440)
 1628: r0 &= 65535
 1629: *(u64 *)(r10 -440) = r0
 1630: r0 = *(u8 *)(r4 +18)
 1631: *(u64 *)(r10 -448) = r0
 1632: r0 = *(u64 *)(r10 -448)
 1633: r0 &= 255
 1634: *(u64 *)(r10 -448) = r0
 1635: r0 = *(u32 *)(r4 +20)
 1636: *(u64 *)(r10 -456) = r0
 1637: r0 = *(u64 *)(r10 -456)
 1638: w0 = w0
 1639: *(u64 *)(r10 -456) = r0
 1640: r3 = *(u32 *)(r4 +24)
 1641: w3 = w3
 1642: r2 = *(u8 *)(r4 +28)
 1643: r2 &= 255
 1644: r1 = *(u32 *)(r4 +32)
 1645: w1 = w1
 1646: r0 = *(u64 *)(r4 +40)
 1647: *(u64 *)(r10 -464) = r0
 1648: r4 = *(u64 *)(r4 +48)
 1649: goto +22
 1650: r0 = 0
 1651: *(u64 *)(r10 -400) = r0
 1652: r0 = 0
 1653: *(u64 *)(r10 -408) = r0
 1654: r0 = 0
 1655: *(u64 *)(r10 -416) = r0
 1656: r0 = 0
 1657: *(u64 *)(r10 -424) = r0
 1658: r0 = 0
 1659: *(u64 *)(r10 -432) = r0
 1660: r0 = 0
 1661: *(u64 *)(r10 -440) = r0
 1662: r0 = 0
 1663: *(u64 *)(r10 -448) = r0
 1664: r0 = 0
 1665: *(u64 *)(r10 -456) = r0
 1666: r3 = 0
 1667: r2 = 0
 1668: r1 = 0
 1669: r0 = 0
 1670: *(u64 *)(r10 -464) = r0
 1671: r4 = 0
      ; write var15, v32
 1672: r0 = *(u64 *)(r10 -408)
 1673: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1674: r0 = *(u64 *)(r10 -416)
 1675: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1676: r0 = *(u64 *)(r10 -424)
 1677: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1678: r0 = *(u64 *)(r10 -432)
 1679: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1680: r0 = *(u64 *)(r10 -440)
 1681: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1682: r0 = *(u64 *)(r10 -448)
 1683: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 1684: r0 = *(u64 *)(r10 -456)
 1685: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 1686: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1687: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1688: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1689: r0 = *(u64 *)(r10 -464)
 1690: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1691: *(u64 *)(r10 -224) = r4
      ; write var27, v31
 1692: r0 = *(u64 *)(r10 -400)
 1693: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1694: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 1695: r2 = 2
      ; v46: bit<8> = and v44, v45
 1696: r1 &= r2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1697: if r1 != 0 goto +52
      ; v65: bool = read var27
 1698: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1699: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1700: r2 = 1
 1701: if r1 != 0 goto +1
 1702: r2 = 0
      ; v69: bool = logical_and v65, v68
 1703: r1 = r3
 1704: r1 &= r2
 1705: if r1 == 0 goto +108
      ; v70: bit<32> = read_field hdr2.seqNo
 1706: r1 = 0
 1707: if r9 == 0 goto +1
 1708: r1 = *(u32 *)(r9 +4)
 1709: r1 = be32 r1
      ; v71: bit<32> = read var14
 1710: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1711: r1 += r2
 1712: w1 = w1
      ; write var28, v72
 1713: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1714: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1715: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1716: r1 -= r2
 1717: w1 = w1
      ; write var29, v75
 1718: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1719: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1720: r4 = 1
 1721: if r1 != 0 goto +1
 1722: r4 = 0
      ; v79: bit<32> = read var29
 1723: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1724: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1725: r2 = 1
 1726: if r3 < r1 goto +1
 1727: r2 = 0
      ; v82: bool = logical_and v78, v81
 1728: r1 = r4
 1729: r1 &= r2
 1730: if r1 != 0 goto +8
      ; v90: bit<32> = read var22
 1731: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 1732: r2 = 1
      ; v92: bit<32> = add v90, v91
 1733: r1 += r2
 1734: w1 = w1
      ; write var22, v92
 1735: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1736: r1 = 0
      ; write var23, v93
 1737: *(u8 *)(r10 -23) = r1
 1738: goto +75
      ; v83: bit<32> = read var28
 1739: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1740: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1741: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1742: if r1 != 0 goto +71
      ; v87: bit<8> = const 1
 1743: r1 = 1
      ; write var23, v87
 1744: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1745: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1746: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1747: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1748: *(u64 *)(r10 -232) = r1
 1749: goto +64
      ; v49: bool = const 1
 1750: r1 = 1
      ; write var27, v49
 1751: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1752: r1 = 0
 1753: if r9 == 0 goto +1
 1754: r1 = *(u32 *)(r9 +4)
 1755: r1 = be32 r1
      ; write var15, v50
 1756: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1757: r1 = 0
 1758: if r9 == 0 goto +1
 1759: r1 = *(u32 *)(r9 +4)
 1760: r1 = be32 r1
      ; v52: bit<32> = const 1
 1761: r2 = 1
      ; v53: bit<32> = add v51, v52
 1762: r1 += r2
 1763: w1 = w1
      ; write var16, v53
 1764: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1765: r1 = 0
      ; write var18, v54
 1766: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1767: r1 = *(u32 *)(r10 -148)
 1768: if r1 == 0 goto +7
 1769: r1 -= 1
 1770: if r1 > 16383 goto +5
 1771: r2 = r6
 1772: r2 += r1
 1773: r1 = r2
 1774: r1 += 3
 1775: if r1 <= r7 goto +1
 1776: r2 = 0
 1777: r1 = 0
 1778: if r2 == 0 goto +1
 1779: r1 = *(u16 *)(r2 +1)
 1780: r1 = be16 r1
      ; write var19, v55
 1781: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1782: r1 = *(u32 *)(r10 -144)
 1783: if r1 == 0 goto +7
 1784: r1 -= 1
 1785: if r1 > 16383 goto +5
 1786: r2 = r6
 1787: r2 += r1
 1788: r1 = r2
 1789: r1 += 2
 1790: if r1 <= r7 goto +1
 1791: r2 = 0
 1792: r1 = 0
 1793: if r2 == 0 goto +1
 1794: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1795: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1796: r1 = 0
      ; write var21, v57
 1797: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1798: r1 = 0
      ; write var22, v58
 1799: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1800: r1 = 1
      ; write var23, v59
 1801: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1802: r1 = 0
 1803: if r9 == 0 goto +1
 1804: r1 = *(u32 *)(r9 +4)
 1805: r1 = be32 r1
      ; v61: bit<32> = const 1
 1806: r2 = 1
      ; v62: bit<32> = add v60, v61
 1807: r1 += r2
 1808: w1 = w1
      ; write var24, v62
 1809: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1810: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1811: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1812: r1 = 0
      ; write var26, v64
 1813: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1814: r1 = *(u8 *)(r10 -22)
 1815: if r1 == 0 goto +110
      ; v95: bool = is_valid hdr15
 1816: r1 = *(u32 *)(r10 -140)
 1817: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1818: r1 = *(u32 *)(r10 -140)
 1819: if r1 == 0 goto +7
 1820: r1 -= 1
 1821: if r1 > 16383 goto +5
 1822: r2 = r6
 1823: r2 += r1
 1824: r1 = r2
 1825: r1 += 9
 1826: if r1 <= r7 goto +1
 1827: r2 = 0
 1828: r1 = 0
 1829: if r2 == 0 goto +1
 1830: r1 = *(u32 *)(r2 +1)
 1831: r1 = be32 r1
      ; write var21, v96
 1832: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1833: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1834: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1835: r1 -= r2
 1836: w1 = w1
      ; write var17, v99
 1837: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1838: r1 = 0
 1839: if r8 == 0 goto +1
 1840: r1 = *(u32 *)(r8 +12)
 1841: r4 = r1
 1842: r4 = be32 r4
      ; v101: bit<32> = read_field hdr1.dstAddr
 1843: r1 = 0
 1844: if r8 == 0 goto +1
 1845: r1 = *(u32 *)(r8 +16)
 1846: r3 = r1
 1847: r3 = be32 r3
      ; v102: bit<16> = read_field hdr2.srcPort
 1848: r1 = 0
 1849: if r9 == 0 goto +1
 1850: r1 = *(u16 *)(r9 +0)
 1851: r2 = r1
 1852: r2 = be16 r2
      ; v103: bit<16> = read_field hdr2.dstPort
 1853: r1 = 0
 1854: if r9 == 0 goto +1
 1855: r1 = *(u16 *)(r9 +2)
 1856: r1 = be16 r1
      ; v104: bit<32> = read var15
 1857: r0 = *(u32 *)(r10 -104)
 1858: *(u64 *)(r10 -400) = r0
      ; v105: bit<32> = read var16
 1859: r0 = *(u32 *)(r10 -100)
 1860: *(u64 *)(r10 -408) = r0
      ; v106: bit<32> = read var17
 1861: r0 = *(u32 *)(r10 -96)
 1862: *(u64 *)(r10 -416) = r0
      ; v107: bit<32> = read var18
 1863: r0 = *(u32 *)(r10 -92)
 1864: *(u64 *)(r10 -424) = r0
      ; v108: bit<16> = read var19
 1865: r0 = *(u16 *)(r10 -32)
 1866: *(u64 *)(r10 -432) = r0
      ; v109: bit<8> = read var20
 1867: r0 = *(u8 *)(r10 -24)
 1868: *(u64 *)(r10 -440) = r0
      ; v110: bit<32> = read var21
 1869: r0 = *(u32 *)(r10 -88)
 1870: *(u64 *)(r10 -448) = r0
      ; v111: bit<32> = read var22
 1871: r0 = *(u32 *)(r10 -84)
 1872: *(u64 *)(r10 -456) = r0
      ; v112: bit<8> = read var23
 1873: r0 = *(u8 *)(r10 -23)
 1874: *(u64 *)(r10 -464) = r0
      ; v113: bit<32> = read var24
 1875: r0 = *(u32 *)(r10 -80)
 1876: *(u64 *)(r10 -472) = r0
      ; v114: bit<64> = read var25
 1877: r0 = *(u64 *)(r10 -232)
 1878: *(u64 *)(r10 -480) = r0
      ; v115: bit<64> = read var26
 1879: r0 = *(u64 *)(r10 -224)
 1880: *(u64 *)(r10 -488) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1881: *(u64 *)(r10 -264) = 0
 1882: *(u64 *)(r10 -256) = 0
 1883: *(u32 *)(r10 -264) = r4
 1884: *(u32 *)(r10 -260) = r3
 1885: *(u16 *)(r10 -256) = r2
 1886: *(u16 *)(r10 -254) = r1
 1887: *(u64 *)(r10 -352) = 0
 1888: *(u64 *)(r10 -344) = 0
 1889: *(u64 *)(r10 -336) = 0
 1890: *(u64 *)(r10 -328) = 0
 1891: *(u64 *)(r10 -320) = 0
 1892: *(u64 *)(r10 -312) = 0
 1893: *(u64 *)(r10 -304) = 0
 1894: r0 = *(u64 *)(r10 -400)
 1895: *(u32 *)(r10 -352) = r0
 1896: r0 = *(u64 *)(r10 -408)
 1897: *(u32 *)(r10 -348) = r0
 1898: r0 = *(u64 *)(r10 -416)
 1899: *(u32 *)(r10 -344) = r0
 1900: r0 = *(u64 *)(r10 -424)
 1901: *(u32 *)(r10 -340) = r0
 1902: r0 = *(u64 *)(r10 -432)
 1903: *(u16 *)(r10 -336) = r0
 1904: r0 = *(u64 *)(r10 -440)
 1905: *(u8 *)(r10 -334) = r0
 1906: r0 = *(u64 *)(r10 -448)
 1907: *(u32 *)(r10 -332) = r0
 1908: r0 = *(u64 *)(r10 -456)
 1909: *(u32 *)(r10 -328) = r0
 1910: r0 = *(u64 *)(r10 -464)
 1911: *(u8 *)(r10 -324) = r0
 1912: r0 = *(u64 *)(r10 -472)
 1913: *(u32 *)(r10 -320) = r0
 1914: r0 = *(u64 *)(r10 -480)
 1915: *(u64 *)(r10 -312) = r0
 1916: r0 = *(u64 *)(r10 -488)
 1917: *(u64 *)(r10 -304) = r0
 1918: r1 = map[pipe_flows] ll
 1920: r2 = r10
 1921: r2 += -264
 1922: r3 = r10
 1923: r3 += -352
 1924: r4 = 0
 1925: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1926: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 1927: r2 = 16
      ; v118: bit<8> = and v116, v117
 1928: r1 &= r2
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1929: if r1 == 0 goto +309
      ; v121: bit<32> = read_field hdr1.dstAddr
 1930: r1 = 0
 1931: if r8 == 0 goto +1
 1932: r1 = *(u32 *)(r8 +16)
 1933: r4 = r1
 1934: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1935: r1 = 0
 1936: if r8 == 0 goto +1
 1937: r1 = *(u32 *)(r8 +12)
 1938: r3 = r1
 1939: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1940: r1 = 0
 1941: if r9 == 0 goto +1
 1942: r1 = *(u16 *)(r9 +2)
 1943: r2 = r1
 1944: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1945: r1 = 0
 1946: if r9 == 0 goto +1
 1947: r1 = *(u16 *)(r9 +0)
 1948: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1949: *(u64 *)(r10 -264) = 0
 1950: *(u64 *)(r10 -256) = 0
 1951: *(u32 *)(r10 -264) = r4
 1952: *(u32 *)(r10 -260) = r3
 1953: *(u16 *)(r10 -256) = r2
 1954: *(u16 *)(r10 -254) = r1
 1955: r1 = map[pipe_flows] ll
 1957: r2 = r10
 1958: r2 += -264
 1959: call bpf_map_lookup_elem
 1960: r4 = r0
 1961: if r4 == 0 goto +47
 1962: r0 = 1
 1963: *(u64 *)(r10 -400) = r0
 1964: r0 = *(u32 *)(r4 +0)
 1965: *(u64 *)(r10 -408) = r0
 1966: r0 = *(u64 *)(r10 -408)
 1967: w0 = w0
 1968: *(u64 *)(r10 -408) = r0
 1969: r0 = *(u32 *)(r4 +4)
 1970: *(u64 *)(r10 -416) = r0
 1971: r0 = *(u64 *)(r10 -416)
 1972: w0 = w0
 1973: *(u64 *)(r10 -416) = r0
 1974: r0 = *(u32 *)(r4 +8)
 1975: *(u64 *)(r10 -424) = r0
 1976: r0 = *(u64 *)(r10 -424)
 1977: w0 = w0
 1978: *(u64 *)(r10 -424) = r0
 1979: r0 = *(u32 *)(r4 +12)
 1980: *(u64 *)(r10 -432) = r0
 1981: r0 = *(u64 *)(r10 -432)
 1982: w0 = w0
 1983: *(u64 *)(r10 -432) = r0
 1984: r0 = *(u16 *)(r4 +16)
 1985: *(u64 *)(r10 -440) = r0
 1986: r0 = *(u64 *)(r10 -440)
 1987: r0 &= 65535
 1988: *(u64 *)(r10 -440) = r0
 1989: r0 = *(u8 *)(r4 +18)
 1990: *(u64 *)(r10 -448) = r0
 1991: r0 = *(u64 *)(r10 -448)
 1992: r0 &= 255
 1993: *(u64 *)(r10 -448) = r0
 1994: r0 = *(u32 *)(r4 +20)
 1995: *(u64 *)(r10 -456) = r0
 1996: r0 = *(u64 *)(r10 -456)
 1997: w0 = w0
 1998: *(u64 *)(r10 -456) = r0
 1999: r3 = *(u32 *)(r4 +24)
 2000: w3 = w3
 2001: r2 = *(u8 *)(r4 +28)
 2002: r2 &= 255
 2003: r1 = *(u32 *)(r4 +32)
 2004: w1 = w1
 2005: r0 = *(u64 *)(r4 +40)
 2006: *(u64 *)(r10 -464) = r0
 2007: r4 = *(u64 *)(r4 +48)
 2008: goto +22
 2009: r0 = 0
 2010: *(u64 *)(r10 -400) = r0
 2011: r0 = 0
 2012: *(u64 *)(r10 -408) = r0
 2013: r0 = 0
 2014: *(u64 *)(r10 -416) = r0
 2015: r0 = 0
 2016: *(u64 *)(r10 -424) = r0
 2017: r0 = 0
 2018: *(u64 *)(r10 -432) = r0
 2019: r0 = 0
 2020: *(u64 *)(r10 -440) = r0
 2021: r0 = 0
 2022: *(u64 *)(r10 -448) = r0
 2023: r0 = 0
 2024: *(u64 *)(r10 -456) = r0
 2025: r3 = 0
 2026: r2 = 0
 2027: r1 = 0
 2028: r0 = 0
 2029: *(u64 *)(r10 -464) = r0
 2030: r4 = 0
      ; write var30, v126
 2031: r0 = *(u64 *)(r10 -408)
 2032: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 2033: r0 = *(u64 *)(r10 -416)
 2034: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 2035: r0 = *(u64 *)(r10 -424)
 2036: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 2037: r0 = *(u64 *)(r10 -432)
 2038: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 2039: r0 = *(u64 *)(r10 -440)
 2040: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 2041: r0 = *(u64 *)(r10 -448)
 2042: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2043: r0 = *(u64 *)(r10 -456)
 2044: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2045: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 2046: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 2047: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 2048: r0 = *(u64 *)(r10 -464)
 2049: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2050: *(u64 *)(r10 -208) = r4
 2051: r0 = *(u64 *)(r10 -400)
 2052: if r0 == 0 goto +186
      ; v138: bit<32> = read_field hdr2.ackNo
 2053: r1 = 0
 2054: if r9 == 0 goto +1
 2055: r1 = *(u32 *)(r9 +8)
 2056: r1 = be32 r1
      ; v139: bit<32> = read var30
 2057: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2058: r1 -= r2
 2059: w1 = w1
      ; write var42, v140
 2060: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 2061: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 2062: r4 = 1
 2063: if r1 != 0 goto +1
 2064: r4 = 0
      ; v144: bit<32> = read var42
 2065: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2066: w1 = -2147483648
      ; v146: bool = lt v144, v145
 2067: r2 = 1
 2068: if r3 < r1 goto +1
 2069: r2 = 0
      ; v147: bool = logical_and v143, v146
 2070: r1 = r4
 2071: r1 &= r2
 2072: if r1 == 0 goto +5
      ; v148: bit<32> = read_field hdr2.ackNo
 2073: r1 = 0
 2074: if r9 == 0 goto +1
 2075: r1 = *(u32 *)(r9 +8)
 2076: r1 = be32 r1
      ; write var30, v148
 2077: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2078: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 2079: r4 = 1
 2080: if r1 == 1 goto +1
 2081: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2082: r1 = 0
 2083: if r9 == 0 goto +1
 2084: r1 = *(u32 *)(r9 +8)
 2085: r2 = r1
 2086: r2 = be32 r2
      ; v153: bit<32> = read var39
 2087: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2088: r3 = r2
 2089: r3 -= r1
 2090: w3 = w3
      ; v155: bit<32> = const 0x80000000
 2091: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2092: r2 = 1
 2093: if r3 < r1 goto +1
 2094: r2 = 0
      ; v157: bool = logical_and v151, v156
 2095: r1 = r4
 2096: r1 &= r2
 2097: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 2098: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2099: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2100: r1 -= r2
      ; write var41, v160
 2101: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 2102: r1 = 0
      ; write var38, v161
 2103: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2104: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2105: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2106: r1 -= r2
 2107: w1 = w1
      ; write var32, v164
 2108: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 2109: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2110: r2 = 2
      ; v167: bit<8> = and v165, v166
 2111: r1 &= r2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 2112: r3 = 1
 2113: if r1 != 0 goto +1
 2114: r3 = 0
      ; v170: bit<8> = read var20
 2115: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2116: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 2117: if r3 != 0 goto +1
 2118: r1 = r2
      ; write var43, v172
 2119: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 2120: r1 = 0
 2121: if r9 == 0 goto +1
 2122: r1 = *(u16 *)(r9 +14)
 2123: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2124: w1 = w1
      ; v175: bit<8> = read var43
 2125: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2126: if r2 >= 32 goto +3
 2127: r1 <<= r2
 2128: w1 = w1
 2129: goto +1
 2130: r1 = 0
      ; write var33, v176
 2131: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 2132: r1 = 0
 2133: if r8 == 0 goto +1
 2134: r1 = *(u32 *)(r8 +16)
 2135: r4 = r1
 2136: r4 = be32 r4
      ; v178: bit<32> = read_field hdr1.srcAddr
 2137: r1 = 0
 2138: if r8 == 0 goto +1
 2139: r1 = *(u32 *)(r8 +12)
 2140: r8 = r1
 2141: r8 = be32 r8
      ; v179: bit<16> = read_field hdr2.dstPort
 2142: r1 = 0
 2143: if r9 == 0 goto +1
 2144: r1 = *(u16 *)(r9 +2)
 2145: r3 = r1
 2146: r3 = be16 r3
      ; v180: bit<16> = read_field hdr2.srcPort
 2147: r1 = 0
 2148: if r9 == 0 goto +1
 2149: r1 = *(u16 *)(r9 +0)
 2150: r9 = r1
 2151: r9 = be16 r9
      ; v181: bit<32> = read var30
 2152: r0 = *(u32 *)(r10 -68)
 2153: *(u64 *)(r10 -400) = r0
      ; v182: bit<32> = read var31
 2154: r0 = *(u32 *)(r10 -64)
 2155: *(u64 *)(r10 -408) = r0
      ; v183: bit<32> = read var32
 2156: r0 = *(u32 *)(r10 -60)
 2157: *(u64 *)(r10 -416) = r0
      ; v184: bit<32> = read var33
 2158: r0 = *(u32 *)(r10 -56)
 2159: *(u64 *)(r10 -424) = r0
      ; v185: bit<16> = read var34
 2160: r0 = *(u16 *)(r10 -30)
 2161: *(u64 *)(r10 -432) = r0
      ; v186: bit<8> = read var35
 2162: r0 = *(u8 *)(r10 -21)
 2163: *(u64 *)(r10 -440) = r0
      ; v187: bit<32> = read var36
 2164: r0 = *(u32 *)(r10 -52)
 2165: *(u64 *)(r10 -448) = r0
      ; v188: bit<32> = read var37
 2166: r0 = *(u32 *)(r10 -48)
 2167: *(u64 *)(r10 -456) = r0
      ; v189: bit<8> = read var38
 2168: r0 = *(u8 *)(r10 -20)
 2169: *(u64 *)(r10 -464) = r0
      ; v190: bit<32> = read var39
 2170: r0 = *(u32 *)(r10 -44)
 2171: *(u64 *)(r10 -472) = r0
      ; v191: bit<64> = read var40
 2172: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 2173: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2174: *(u64 *)(r10 -264) = 0
 2175: *(u64 *)(r10 -256) = 0
 2176: *(u32 *)(r10 -264) = r4
 2177: *(u32 *)(r10 -260) = r8
 2178: *(u16 *)(r10 -256) = r3
 2179: *(u16 *)(r10 -254) = r9
 2180: *(u64 *)(r10 -352) = 0
 2181: *(u64 *)(r10 -344) = 0
 2182: *(u64 *)(r10 -336) = 0
 2183: *(u64 *)(r10 -328) = 0
 2184: *(u64 *)(r10 -320) = 0
 2185: *(u64 *)(r10 -312) = 0
 2186: *(u64 *)(r10 -304) = 0
 2187: r0 = *(u64 *)(r10 -400)
 2188: *(u32 *)(r10 -352) = r0
 2189: r0 = *(u64 *)(r10 -408)
 2190: *(u32 *)(r10 -348) = r0
 2191: r0 = *(u64 *)(r10 -416)
 2192: *(u32 *)(r10 -344) = r0
 2193: r0 = *(u64 *)(r10 -424)
 2194: *(u32 *)(r10 -340) = r0
 2195: r0 = *(u64 *)(r10 -432)
 2196: *(u16 *)(r10 -336) = r0
 2197: r0 = *(u64 *)(r10 -440)
 2198: *(u8 *)(r10 -334) = r0
 2199: r0 = *(u64 *)(r10 -448)
 2200: *(u32 *)(r10 -332) = r0
 2201: r0 = *(u64 *)(r10 -456)
 2202: *(u32 *)(r10 -328) = r0
 2203: r0 = *(u64 *)(r10 -464)
 2204: *(u8 *)(r10 -324) = r0
 2205: r0 = *(u64 *)(r10 -472)
 2206: *(u32 *)(r10 -320) = r0
 2207: *(u64 *)(r10 -312) = r2
 2208: *(u64 *)(r10 -304) = r1
 2209: r1 = map[pipe_flows] ll
 2211: r2 = r10
 2212: r2 += -264
 2213: r3 = r10
 2214: r3 += -352
 2215: r4 = 0
 2216: call bpf_map_update_elem
 2217: goto +21
      ; drop
 2218: r2 = *(u32 *)(r10 -120)
 2219: r1 = *(u32 *)(r10 -116)
 2220: *(u64 *)(r10 -368) = r2
 2221: *(u64 *)(r10 -376) = r1
 2222: r1 = *(u64 *)(r10 -8)
 2223: r2 = 0xfffffffffffffff8 ll
 2225: call bpf_xdp_adjust_meta
 2226: if r0 != 0 goto +10
 2227: r1 = *(u64 *)(r10 -8)
 2228: r3 = *(u32 *)(r1 +8)
 2229: r2 = *(u32 *)(r1 +0)
 2230: r1 = r3
 2231: r1 += 8
 2232: if r1 > r2 goto +4
 2233: r1 = *(u64 *)(r10 -368)
 2234: *(u32 *)(r3 +0) = r1
 2235: r1 = *(u64 *)(r10 -376)
 2236: *(u32 *)(r3 +4) = r1
 2237: r0 = 1
 2238: exit
      ; epilogue: verdict
 2239: r2 = *(u32 *)(r10 -120)
 2240: r1 = *(u32 *)(r10 -116)
 2241: *(u64 *)(r10 -384) = r2
 2242: *(u64 *)(r10 -392) = r1
 2243: r1 = *(u64 *)(r10 -8)
 2244: r2 = 0xfffffffffffffff8 ll
 2246: call bpf_xdp_adjust_meta
 2247: if r0 != 0 goto +10
 2248: r1 = *(u64 *)(r10 -8)
 2249: r3 = *(u32 *)(r1 +8)
 2250: r2 = *(u32 *)(r1 +0)
 2251: r1 = r3
 2252: r1 += 8
 2253: if r1 > r2 goto +4
 2254: r1 = *(u64 *)(r10 -384)
 2255: *(u32 *)(r3 +0) = r1
 2256: r1 = *(u64 *)(r10 -392)
 2257: *(u32 *)(r3 +4) = r1
 2258: r0 = 2
 2259: exit
