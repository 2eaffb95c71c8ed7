; dapper for classifier: 2216 instructions, stack 456 bytes, 1 maps
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
   33: if r3 > 16383 goto +2178
   34: r2 = r6
   35: r2 += r3
   36: r1 = r2
   37: r1 += 14
   38: if r1 <= r7 goto +1
   39: goto +2172
   40: r1 = r3
   41: r1 += 1
   42: *(u32 *)(r10 -200) = r1
   43: r3 += 14
   44: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   45: r1 = *(u16 *)(r2 +12)
   46: if r1 != 8 goto +1432
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   47: r2 = *(u64 *)(r10 -16)
   48: if r2 > 16383 goto +2163
   49: r3 = r6
   50: r3 += r2
   51: r1 = r3
   52: r1 += 20
   53: if r1 <= r7 goto +1
   54: goto +2157
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
   65: if r1 == 0 goto +2146
      ; v4: bit<4> = read_field hdr1.ihl
   66: r1 = *(u8 *)(r3 +0)
   67: r1 &= 15
      ; v5: bit<32> = cast v4
   68: r2 = r1
   69: w2 = w2
      ; v6: bit<32> = const 5
   70: r1 = 5
      ; v7: bit<32> = sub v5, v6
   71: r2 -= r1
   72: w2 = w2
      ; v8: bit<32> = const 0x20
   73: r1 = 32
      ; v9: bit<32> = mul v7, v8
   74: r2 *= r1
   75: w2 = w2
      ; advance v9
   76: r1 = r2
   77: r1 &= 7
   78: if r1 != 0 goto +2133
   79: r1 = r2
   80: r1 >>= 3
   81: r2 = *(u64 *)(r10 -16)
   82: r2 += r1
   83: if r2 > 16383 goto +2128
   84: r1 = r6
   85: r1 += r2
   86: if r1 <= r7 goto +1
   87: goto +2124
   88: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   89: r2 = *(u16 *)(r3 +6)
   90: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   91: r1 = *(u8 *)(r3 +9)
   92: if r2 != 0 goto +1386
   93: if r1 != 6 goto +1385
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   94: r2 = *(u64 *)(r10 -16)
   95: if r2 > 16383 goto +2116
   96: r3 = r6
   97: r3 += r2
   98: r1 = r3
   99: r1 += 20
  100: if r1 <= r7 goto +1
  101: goto +2110
  102: r1 = r2
  103: r1 += 1
  104: *(u32 *)(r10 -192) = r1
  105: r2 += 20
  106: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  107: r2 = *(u8 *)(r3 +12)
  108: r2 >>= 4
  109: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  110: r1 = 1
  111: if r2 >= 5 goto +1
  112: r1 = 0
      ; verify v14, error HeaderTooShort
  113: if r1 == 0 goto +2098
      ; v15: bit<4> = read_field hdr2.dataOffset
  114: r1 = *(u8 *)(r3 +12)
  115: r1 >>= 4
  116: r1 &= 15
      ; v16: bit<16> = cast v15
  117: r1 &= 65535
      ; v17: bit<16> = const 5
  118: r2 = 5
      ; v18: bit<16> = sub v16, v17
  119: r1 -= r2
  120: r1 &= 65535
      ; v19: bit<16> = const 4
  121: r2 = 4
      ; v20: bit<16> = mul v18, v19
  122: r1 *= r2
  123: r1 &= 65535
      ; write var2, v20
  124: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  125: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  126: r1 = *(u8 *)(r10 -28)
  127: if r2 == 0 goto +1351
  128: if r1 == 10 goto +1350
      ; prs: block5 (parse_option)
      ; extract hdr3
  129: r2 = *(u64 *)(r10 -16)
  130: if r2 > 16383 goto +2081
  131: r3 = r6
  132: r3 += r2
  133: r1 = r3
  134: r1 += 1
  135: if r1 <= r7 goto +1
  136: goto +2075
  137: r1 = r2
  138: r1 += 1
  139: *(u32 *)(r10 -188) = r1
  140: r2 += 1
  141: *(u64 *)(r10 -16) = r2
      ; v23: bit<8> = read var3
  142: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
  143: r2 = 1
      ; v25: bit<8> = add v23, v24
  144: r1 += r2
  145: r1 &= 255
      ; write var3, v25
  146: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  147: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
  148: r2 = 1
      ; v28: bit<16> = sub v26, v27
  149: r1 -= r2
  150: r1 &= 65535
      ; write var2, v28
  151: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  152: r1 = *(u8 *)(r3 +0)
  153: if r1 == 0 goto +1325
  154: if r1 == 1 goto +105
  155: if r1 == 2 goto +87
  156: if r1 == 3 goto +68
  157: if r1 == 8 goto +49
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  158: r1 = *(u64 *)(r10 -16)
  159: if r1 > 16383 goto +2052
  160: r2 = r6
  161: r2 += r1
  162: r1 = r2
  163: r1 += 1
  164: if r1 <= r7 goto +1
  165: goto +2046
  166: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  167: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  168: r2 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
  169: r1 = 1
  170: if r2 >= 2 goto +1
  171: r1 = 0
      ; verify v33, error HeaderTooShort
  172: if r1 == 0 goto +2039
      ; v34: bit<8> = read var9
  173: r1 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  174: r2 = r1
  175: w2 = w2
      ; v36: bit<32> = const 1
  176: r1 = 1
      ; v37: bit<32> = sub v35, v36
  177: r2 -= r1
  178: w2 = w2
      ; v38: bit<32> = const 8
  179: r1 = 8
      ; v39: bit<32> = mul v37, v38
  180: r2 *= r1
  181: w2 = w2
      ; advance v39
  182: r1 = r2
  183: r1 &= 7
  184: if r1 != 0 goto +2027
  185: r1 = r2
  186: r1 >>= 3
  187: r2 = *(u64 *)(r10 -16)
  188: r2 += r1
  189: if r2 > 16383 goto +2022
  190: r1 = r6
  191: r1 += r2
  192: if r1 <= r7 goto +1
  193: goto +2018
  194: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  195: r3 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  196: r1 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  197: r2 = r1
  198: r2 &= 65535
      ; v43: bit<16> = const 1
  199: r1 = 1
      ; v44: bit<16> = sub v42, v43
  200: r2 -= r1
  201: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  202: r1 = r3
  203: r1 -= r2
  204: r1 &= 65535
      ; write var2, v45
  205: *(u16 *)(r10 -36) = r1
  206: goto +53
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  207: r2 = *(u64 *)(r10 -16)
  208: if r2 > 16383 goto +2003
  209: r1 = r6
  210: r1 += r2
  211: r1 += 9
  212: if r1 <= r7 goto +1
  213: goto +1998
  214: r1 = r2
  215: r1 += 1
  216: *(u32 *)(r10 -140) = r1
  217: r2 += 9
  218: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  219: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
  220: r2 = 9
      ; v48: bit<16> = sub v46, v47
  221: r1 -= r2
  222: r1 &= 65535
      ; write var2, v48
  223: *(u16 *)(r10 -36) = r1
  224: goto +35
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  225: r2 = *(u64 *)(r10 -16)
  226: if r2 > 16383 goto +1985
  227: r1 = r6
  228: r1 += r2
  229: r1 += 2
  230: if r1 <= r7 goto +1
  231: goto +1980
  232: r1 = r2
  233: r1 += 1
  234: *(u32 *)(r10 -144) = r1
  235: r2 += 2
  236: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  237: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
  238: r2 = 2
      ; v51: bit<16> = sub v49, v50
  239: r1 -= r2
  240: r1 &= 65535
      ; write var2, v51
  241: *(u16 *)(r10 -36) = r1
  242: goto +17
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  243: r2 = *(u64 *)(r10 -16)
  244: if r2 > 16383 goto +1967
  245: r1 = r6
  246: r1 += r2
  247: r1 += 3
  248: if r1 <= r7 goto +1
  249: goto +1962
  250: r1 = r2
  251: r1 += 1
  252: *(u32 *)(r10 -148) = r1
  253: r2 += 3
  254: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  255: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
  256: r2 = 3
      ; v54: bit<16> = sub v52, v53
  257: r1 -= r2
  258: r1 &= 65535
      ; write var2, v54
  259: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  260: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  261: r1 = *(u8 *)(r10 -28)
  262: if r2 == 0 goto +1216
  263: if r1 == 10 goto +1215
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  264: r2 = *(u64 *)(r10 -16)
  265: if r2 > 16383 goto +1946
  266: r3 = r6
  267: r3 += r2
  268: r1 = r3
  269: r1 += 1
  270: if r1 <= r7 goto +1
  271: goto +1940
  272: r1 = r2
  273: r1 += 1
  274: *(u32 *)(r10 -184) = r1
  275: r2 += 1
  276: *(u64 *)(r10 -16) = r2
      ; v57: bit<8> = read var3
  277: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
  278: r2 = 1
      ; v59: bit<8> = add v57, v58
  279: r1 += r2
  280: r1 &= 255
      ; write var3, v59
  281: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  282: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
  283: r2 = 1
      ; v62: bit<16> = sub v60, v61
  284: r1 -= r2
  285: r1 &= 65535
      ; write var2, v62
  286: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  287: r1 = *(u8 *)(r3 +0)
  288: if r1 == 0 goto +1190
  289: if r1 == 1 goto +105
  290: if r1 == 2 goto +87
  291: if r1 == 3 goto +68
  292: if r1 == 8 goto +49
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  293: r1 = *(u64 *)(r10 -16)
  294: if r1 > 16383 goto +1917
  295: r2 = r6
  296: r2 += r1
  297: r1 = r2
  298: r1 += 1
  299: if r1 <= r7 goto +1
  300: goto +1911
  301: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  302: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  303: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  304: r1 = 1
  305: if r2 >= 2 goto +1
  306: r1 = 0
      ; verify v67, error HeaderTooShort
  307: if r1 == 0 goto +1904
      ; v68: bit<8> = read var9
  308: r1 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  309: r2 = r1
  310: w2 = w2
      ; v70: bit<32> = const 1
  311: r1 = 1
      ; v71: bit<32> = sub v69, v70
  312: r2 -= r1
  313: w2 = w2
      ; v72: bit<32> = const 8
  314: r1 = 8
      ; v73: bit<32> = mul v71, v72
  315: r2 *= r1
  316: w2 = w2
      ; advance v73
  317: r1 = r2
  318: r1 &= 7
  319: if r1 != 0 goto +1892
  320: r1 = r2
  321: r1 >>= 3
  322: r2 = *(u64 *)(r10 -16)
  323: r2 += r1
  324: if r2 > 16383 goto +1887
  325: r1 = r6
  326: r1 += r2
  327: if r1 <= r7 goto +1
  328: goto +1883
  329: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  330: r3 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  331: r1 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  332: r2 = r1
  333: r2 &= 65535
      ; v77: bit<16> = const 1
  334: r1 = 1
      ; v78: bit<16> = sub v76, v77
  335: r2 -= r1
  336: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  337: r1 = r3
  338: r1 -= r2
  339: r1 &= 65535
      ; write var2, v79
  340: *(u16 *)(r10 -36) = r1
  341: goto +53
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  342: r2 = *(u64 *)(r10 -16)
  343: if r2 > 16383 goto +1868
  344: r1 = r6
  345: r1 += r2
  346: r1 += 9
  347: if r1 <= r7 goto +1
  348: goto +1863
  349: r1 = r2
  350: r1 += 1
  351: *(u32 *)(r10 -140) = r1
  352: r2 += 9
  353: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  354: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
  355: r2 = 9
      ; v82: bit<16> = sub v80, v81
  356: r1 -= r2
  357: r1 &= 65535
      ; write var2, v82
  358: *(u16 *)(r10 -36) = r1
  359: goto +35
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  360: r2 = *(u64 *)(r10 -16)
  361: if r2 > 16383 goto +1850
  362: r1 = r6
  363: r1 += r2
  364: r1 += 2
  365: if r1 <= r7 goto +1
  366: goto +1845
  367: r1 = r2
  368: r1 += 1
  369: *(u32 *)(r10 -144) = r1
  370: r2 += 2
  371: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  372: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
  373: r2 = 2
      ; v85: bit<16> = sub v83, v84
  374: r1 -= r2
  375: r1 &= 65535
      ; write var2, v85
  376: *(u16 *)(r10 -36) = r1
  377: goto +17
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  378: r2 = *(u64 *)(r10 -16)
  379: if r2 > 16383 goto +1832
  380: r1 = r6
  381: r1 += r2
  382: r1 += 3
  383: if r1 <= r7 goto +1
  384: goto +1827
  385: r1 = r2
  386: r1 += 1
  387: *(u32 *)(r10 -148) = r1
  388: r2 += 3
  389: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  390: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
  391: r2 = 3
      ; v88: bit<16> = sub v86, v87
  392: r1 -= r2
  393: r1 &= 65535
      ; write var2, v88
  394: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  395: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  396: r1 = *(u8 *)(r10 -28)
  397: if r2 == 0 goto +1081
  398: if r1 == 10 goto +1080
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  399: r2 = *(u64 *)(r10 -16)
  400: if r2 > 16383 goto +1811
  401: r3 = r6
  402: r3 += r2
  403: r1 = r3
  404: r1 += 1
  405: if r1 <= r7 goto +1
  406: goto +1805
  407: r1 = r2
  408: r1 += 1
  409: *(u32 *)(r10 -180) = r1
  410: r2 += 1
  411: *(u64 *)(r10 -16) = r2
      ; v91: bit<8> = read var3
  412: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
  413: r2 = 1
      ; v93: bit<8> = add v91, v92
  414: r1 += r2
  415: r1 &= 255
      ; write var3, v93
  416: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  417: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
  418: r2 = 1
      ; v96: bit<16> = sub v94, v95
  419: r1 -= r2
  420: r1 &= 65535
      ; write var2, v96
  421: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  422: r1 = *(u8 *)(r3 +0)
  423: if r1 == 0 goto +1055
  424: if r1 == 1 goto +105
  425: if r1 == 2 goto +87
  426: if r1 == 3 goto +68
  427: if r1 == 8 goto +49
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  428: r1 = *(u64 *)(r10 -16)
  429: if r1 > 16383 goto +1782
  430: r2 = r6
  431: r2 += r1
  432: r1 = r2
  433: r1 += 1
  434: if r1 <= r7 goto +1
  435: goto +1776
  436: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  437: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  438: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  439: r1 = 1
  440: if r2 >= 2 goto +1
  441: r1 = 0
      ; verify v101, error HeaderTooShort
  442: if r1 == 0 goto +1769
      ; v102: bit<8> = read var9
  443: r1 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  444: r2 = r1
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
  454: if r1 != 0 goto +1757
  455: r1 = r2
  456: r1 >>= 3
  457: r2 = *(u64 *)(r10 -16)
  458: r2 += r1
  459: if r2 > 16383 goto +1752
  460: r1 = r6
  461: r1 += r2
  462: if r1 <= r7 goto +1
  463: goto +1748
  464: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  465: r3 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  466: r1 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  467: r2 = r1
  468: r2 &= 65535
      ; v111: bit<16> = const 1
  469: r1 = 1
      ; v112: bit<16> = sub v110, v111
  470: r2 -= r1
  471: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  472: r1 = r3
  473: r1 -= r2
  474: r1 &= 65535
      ; write var2, v113
  475: *(u16 *)(r10 -36) = r1
  476: goto +53
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  477: r2 = *(u64 *)(r10 -16)
  478: if r2 > 16383 goto +1733
  479: r1 = r6
  480: r1 += r2
  481: r1 += 9
  482: if r1 <= r7 goto +1
  483: goto +1728
  484: r1 = r2
  485: r1 += 1
  486: *(u32 *)(r10 -140) = r1
  487: r2 += 9
  488: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  489: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
  490: r2 = 9
      ; v116: bit<16> = sub v114, v115
  491: r1 -= r2
  492: r1 &= 65535
      ; write var2, v116
  493: *(u16 *)(r10 -36) = r1
  494: goto +35
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  495: r2 = *(u64 *)(r10 -16)
  496: if r2 > 16383 goto +1715
  497: r1 = r6
  498: r1 += r2
  499: r1 += 2
  500: if r1 <= r7 goto +1
  501: goto +1710
  502: r1 = r2
  503: r1 += 1
  504: *(u32 *)(r10 -144) = r1
  505: r2 += 2
  506: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  507: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
  508: r2 = 2
      ; v119: bit<16> = sub v117, v118
  509: r1 -= r2
  510: r1 &= 65535
      ; write var2, v119
  511: *(u16 *)(r10 -36) = r1
  512: goto +17
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  513: r2 = *(u64 *)(r10 -16)
  514: if r2 > 16383 goto +1697
  515: r1 = r6
  516: r1 += r2
  517: r1 += 3
  518: if r1 <= r7 goto +1
  519: goto +1692
  520: r1 = r2
  521: r1 += 1
  522: *(u32 *)(r10 -148) = r1
  523: r2 += 3
  524: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  525: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
  526: r2 = 3
      ; v122: bit<16> = sub v120, v121
  527: r1 -= r2
  528: r1 &= 65535
      ; write var2, v122
  529: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  530: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  531: r1 = *(u8 *)(r10 -28)
  532: if r2 == 0 goto +946
  533: if r1 == 10 goto +945
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  534: r2 = *(u64 *)(r10 -16)
  535: if r2 > 16383 goto +1676
  536: r3 = r6
  537: r3 += r2
  538: r1 = r3
  539: r1 += 1
  540: if r1 <= r7 goto +1
  541: goto +1670
  542: r1 = r2
  543: r1 += 1
  544: *(u32 *)(r10 -176) = r1
  545: r2 += 1
  546: *(u64 *)(r10 -16) = r2
      ; v125: bit<8> = read var3
  547: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
  548: r2 = 1
      ; v127: bit<8> = add v125, v126
  549: r1 += r2
  550: r1 &= 255
      ; write var3, v127
  551: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  552: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
  553: r2 = 1
      ; v130: bit<16> = sub v128, v129
  554: r1 -= r2
  555: r1 &= 65535
      ; write var2, v130
  556: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  557: r1 = *(u8 *)(r3 +0)
  558: if r1 == 0 goto +920
  559: if r1 == 1 goto +105
  560: if r1 == 2 goto +87
  561: if r1 == 3 goto +68
  562: if r1 == 8 goto +49
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  563: r1 = *(u64 *)(r10 -16)
  564: if r1 > 16383 goto +1647
  565: r2 = r6
  566: r2 += r1
  567: r1 = r2
  568: r1 += 1
  569: if r1 <= r7 goto +1
  570: goto +1641
  571: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  572: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  573: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  574: r1 = 1
  575: if r2 >= 2 goto +1
  576: r1 = 0
      ; verify v135, error HeaderTooShort
  577: if r1 == 0 goto +1634
      ; v136: bit<8> = read var9
  578: r1 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  579: r2 = r1
  580: w2 = w2
      ; v138: bit<32> = const 1
  581: r1 = 1
      ; v139: bit<32> = sub v137, v138
  582: r2 -= r1
  583: w2 = w2
      ; v140: bit<32> = const 8
  584: r1 = 8
      ; v141: bit<32> = mul v139, v140
  585: r2 *= r1
  586: w2 = w2
      ; advance v141
  587: r1 = r2
  588: r1 &= 7
  589: if r1 != 0 goto +1622
  590: r1 = r2
  591: r1 >>= 3
  592: r2 = *(u64 *)(r10 -16)
  593: r2 += r1
  594: if r2 > 16383 goto +1617
  595: r1 = r6
  596: r1 += r2
  597: if r1 <= r7 goto +1
  598: goto +1613
  599: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  600: r3 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  601: r1 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  602: r2 = r1
  603: r2 &= 65535
      ; v145: bit<16> = const 1
  604: r1 = 1
      ; v146: bit<16> = sub v144, v145
  605: r2 -= r1
  606: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  607: r1 = r3
  608: r1 -= r2
  609: r1 &= 65535
      ; write var2, v147
  610: *(u16 *)(r10 -36) = r1
  611: goto +53
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  612: r2 = *(u64 *)(r10 -16)
  613: if r2 > 16383 goto +1598
  614: r1 = r6
  615: r1 += r2
  616: r1 += 9
  617: if r1 <= r7 goto +1
  618: goto +1593
  619: r1 = r2
  620: r1 += 1
  621: *(u32 *)(r10 -140) = r1
  622: r2 += 9
  623: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  624: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
  625: r2 = 9
      ; v150: bit<16> = sub v148, v149
  626: r1 -= r2
  627: r1 &= 65535
      ; write var2, v150
  628: *(u16 *)(r10 -36) = r1
  629: goto +35
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  630: r2 = *(u64 *)(r10 -16)
  631: if r2 > 16383 goto +1580
  632: r1 = r6
  633: r1 += r2
  634: r1 += 2
  635: if r1 <= r7 goto +1
  636: goto +1575
  637: r1 = r2
  638: r1 += 1
  639: *(u32 *)(r10 -144) = r1
  640: r2 += 2
  641: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  642: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
  643: r2 = 2
      ; v153: bit<16> = sub v151, v152
  644: r1 -= r2
  645: r1 &= 65535
      ; write var2, v153
  646: *(u16 *)(r10 -36) = r1
  647: goto +17
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  648: r2 = *(u64 *)(r10 -16)
  649: if r2 > 16383 goto +1562
  650: r1 = r6
  651: r1 += r2
  652: r1 += 3
  653: if r1 <= r7 goto +1
  654: goto +1557
  655: r1 = r2
  656: r1 += 1
  657: *(u32 *)(r10 -148) = r1
  658: r2 += 3
  659: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  660: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
  661: r2 = 3
      ; v156: bit<16> = sub v154, v155
  662: r1 -= r2
  663: r1 &= 65535
      ; write var2, v156
  664: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  665: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  666: r1 = *(u8 *)(r10 -28)
  667: if r2 == 0 goto +811
  668: if r1 == 10 goto +810
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  669: r2 = *(u64 *)(r10 -16)
  670: if r2 > 16383 goto +1541
  671: r3 = r6
  672: r3 += r2
  673: r1 = r3
  674: r1 += 1
  675: if r1 <= r7 goto +1
  676: goto +1535
  677: r1 = r2
  678: r1 += 1
  679: *(u32 *)(r10 -172) = r1
  680: r2 += 1
  681: *(u64 *)(r10 -16) = r2
      ; v159: bit<8> = read var3
  682: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
  683: r2 = 1
      ; v161: bit<8> = add v159, v160
  684: r1 += r2
  685: r1 &= 255
      ; write var3, v161
  686: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  687: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
  688: r2 = 1
      ; v164: bit<16> = sub v162, v163
  689: r1 -= r2
  690: r1 &= 65535
      ; write var2, v164
  691: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  692: r1 = *(u8 *)(r3 +0)
  693: if r1 == 0 goto +785
  694: if r1 == 1 goto +105
  695: if r1 == 2 goto +87
  696: if r1 == 3 goto +68
  697: if r1 == 8 goto +49
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  698: r1 = *(u64 *)(r10 -16)
  699: if r1 > 16383 goto +1512
  700: r2 = r6
  701: r2 += r1
  702: r1 = r2
  703: r1 += 1
  704: if r1 <= r7 goto +1
  705: goto +1506
  706: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  707: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  708: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  709: r1 = 1
  710: if r2 >= 2 goto +1
  711: r1 = 0
      ; verify v169, error HeaderTooShort
  712: if r1 == 0 goto +1499
      ; v170: bit<8> = read var9
  713: r1 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  714: r2 = r1
  715: w2 = w2
      ; v172: bit<32> = const 1
  716: r1 = 1
      ; v173: bit<32> = sub v171, v172
  717: r2 -= r1
  718: w2 = w2
      ; v174: bit<32> = const 8
  719: r1 = 8
      ; v175: bit<32> = mul v173, v174
  720: r2 *= r1
  721: w2 = w2
      ; advance v175
  722: r1 = r2
  723: r1 &= 7
  724: if r1 != 0 goto +1487
  725: r1 = r2
  726: r1 >>= 3
  727: r2 = *(u64 *)(r10 -16)
  728: r2 += r1
  729: if r2 > 16383 goto +1482
  730: r1 = r6
  731: r1 += r2
  732: if r1 <= r7 goto +1
  733: goto +1478
  734: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  735: r3 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  736: r1 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  737: r2 = r1
  738: r2 &= 65535
      ; v179: bit<16> = const 1
  739: r1 = 1
      ; v180: bit<16> = sub v178, v179
  740: r2 -= r1
  741: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  742: r1 = r3
  743: r1 -= r2
  744: r1 &= 65535
      ; write var2, v181
  745: *(u16 *)(r10 -36) = r1
  746: goto +53
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  747: r2 = *(u64 *)(r10 -16)
  748: if r2 > 16383 goto +1463
  749: r1 = r6
  750: r1 += r2
  751: r1 += 9
  752: if r1 <= r7 goto +1
  753: goto +1458
  754: r1 = r2
  755: r1 += 1
  756: *(u32 *)(r10 -140) = r1
  757: r2 += 9
  758: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  759: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
  760: r2 = 9
      ; v184: bit<16> = sub v182, v183
  761: r1 -= r2
  762: r1 &= 65535
      ; write var2, v184
  763: *(u16 *)(r10 -36) = r1
  764: goto +35
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  765: r2 = *(u64 *)(r10 -16)
  766: if r2 > 16383 goto +1445
  767: r1 = r6
  768: r1 += r2
  769: r1 += 2
  770: if r1 <= r7 goto +1
  771: goto +1440
  772: r1 = r2
  773: r1 += 1
  774: *(u32 *)(r10 -144) = r1
  775: r2 += 2
  776: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  777: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
  778: r2 = 2
      ; v187: bit<16> = sub v185, v186
  779: r1 -= r2
  780: r1 &= 65535
      ; write var2, v187
  781: *(u16 *)(r10 -36) = r1
  782: goto +17
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  783: r2 = *(u64 *)(r10 -16)
  784: if r2 > 16383 goto +1427
  785: r1 = r6
  786: r1 += r2
  787: r1 += 3
  788: if r1 <= r7 goto +1
  789: goto +1422
  790: r1 = r2
  791: r1 += 1
  792: *(u32 *)(r10 -148) = r1
  793: r2 += 3
  794: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  795: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
  796: r2 = 3
      ; v190: bit<16> = sub v188, v189
  797: r1 -= r2
  798: r1 &= 65535
      ; write var2, v190
  799: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  800: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  801: r1 = *(u8 *)(r10 -28)
  802: if r2 == 0 goto +676
  803: if r1 == 10 goto +675
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  804: r2 = *(u64 *)(r10 -16)
  805: if r2 > 16383 goto +1406
  806: r3 = r6
  807: r3 += r2
  808: r1 = r3
  809: r1 += 1
  810: if r1 <= r7 goto +1
  811: goto +1400
  812: r1 = r2
  813: r1 += 1
  814: *(u32 *)(r10 -168) = r1
  815: r2 += 1
  816: *(u64 *)(r10 -16) = r2
      ; v193: bit<8> = read var3
  817: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
  818: r2 = 1
      ; v195: bit<8> = add v193, v194
  819: r1 += r2
  820: r1 &= 255
      ; write var3, v195
  821: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  822: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
  823: r2 = 1
      ; v198: bit<16> = sub v196, v197
  824: r1 -= r2
  825: r1 &= 65535
      ; write var2, v198
  826: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  827: r1 = *(u8 *)(r3 +0)
  828: if r1 == 0 goto +650
  829: if r1 == 1 goto +105
  830: if r1 == 2 goto +87
  831: if r1 == 3 goto +68
  832: if r1 == 8 goto +49
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  833: r1 = *(u64 *)(r10 -16)
  834: if r1 > 16383 goto +1377
  835: r2 = r6
  836: r2 += r1
  837: r1 = r2
  838: r1 += 1
  839: if r1 <= r7 goto +1
  840: goto +1371
  841: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  842: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  843: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  844: r1 = 1
  845: if r2 >= 2 goto +1
  846: r1 = 0
      ; verify v203, error HeaderTooShort
  847: if r1 == 0 goto +1364
      ; v204: bit<8> = read var9
  848: r1 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  849: r2 = r1
  850: w2 = w2
      ; v206: bit<32> = const 1
  851: r1 = 1
      ; v207: bit<32> = sub v205, v206
  852: r2 -= r1
  853: w2 = w2
      ; v208: bit<32> = const 8
  854: r1 = 8
      ; v209: bit<32> = mul v207, v208
  855: r2 *= r1
  856: w2 = w2
      ; advance v209
  857: r1 = r2
  858: r1 &= 7
  859: if r1 != 0 goto +1352
  860: r1 = r2
  861: r1 >>= 3
  862: r2 = *(u64 *)(r10 -16)
  863: r2 += r1
  864: if r2 > 16383 goto +1347
  865: r1 = r6
  866: r1 += r2
  867: if r1 <= r7 goto +1
  868: goto +1343
  869: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  870: r3 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  871: r1 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  872: r2 = r1
  873: r2 &= 65535
      ; v213: bit<16> = const 1
  874: r1 = 1
      ; v214: bit<16> = sub v212, v213
  875: r2 -= r1
  876: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  877: r1 = r3
  878: r1 -= r2
  879: r1 &= 65535
      ; write var2, v215
  880: *(u16 *)(r10 -36) = r1
  881: goto +53
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  882: r2 = *(u64 *)(r10 -16)
  883: if r2 > 16383 goto +1328
  884: r1 = r6
  885: r1 += r2
  886: r1 += 9
  887: if r1 <= r7 goto +1
  888: goto +1323
  889: r1 = r2
  890: r1 += 1
  891: *(u32 *)(r10 -140) = r1
  892: r2 += 9
  893: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  894: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
  895: r2 = 9
      ; v218: bit<16> = sub v216, v217
  896: r1 -= r2
  897: r1 &= 65535
      ; write var2, v218
  898: *(u16 *)(r10 -36) = r1
  899: goto +35
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  900: r2 = *(u64 *)(r10 -16)
  901: if r2 > 16383 goto +1310
  902: r1 = r6
  903: r1 += r2
  904: r1 += 2
  905: if r1 <= r7 goto +1
  906: goto +1305
  907: r1 = r2
  908: r1 += 1
  909: *(u32 *)(r10 -144) = r1
  910: r2 += 2
  911: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  912: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
  913: r2 = 2
      ; v221: bit<16> = sub v219, v220
  914: r1 -= r2
  915: r1 &= 65535
      ; write var2, v221
  916: *(u16 *)(r10 -36) = r1
  917: goto +17
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  918: r2 = *(u64 *)(r10 -16)
  919: if r2 > 16383 goto +1292
  920: r1 = r6
  921: r1 += r2
  922: r1 += 3
  923: if r1 <= r7 goto +1
  924: goto +1287
  925: r1 = r2
  926: r1 += 1
  927: *(u32 *)(r10 -148) = r1
  928: r2 += 3
  929: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  930: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
  931: r2 = 3
      ; v224: bit<16> = sub v222, v223
  932: r1 -= r2
  933: r1 &= 65535
      ; write var2, v224
  934: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  935: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  936: r1 = *(u8 *)(r10 -28)
  937: if r2 == 0 goto +541
  938: if r1 == 10 goto +540
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  939: r2 = *(u64 *)(r10 -16)
  940: if r2 > 16383 goto +1271
  941: r3 = r6
  942: r3 += r2
  943: r1 = r3
  944: r1 += 1
  945: if r1 <= r7 goto +1
  946: goto +1265
  947: r1 = r2
  948: r1 += 1
  949: *(u32 *)(r10 -164) = r1
  950: r2 += 1
  951: *(u64 *)(r10 -16) = r2
      ; v227: bit<8> = read var3
  952: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
  953: r2 = 1
      ; v229: bit<8> = add v227, v228
  954: r1 += r2
  955: r1 &= 255
      ; write var3, v229
  956: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  957: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
  958: r2 = 1
      ; v232: bit<16> = sub v230, v231
  959: r1 -= r2
  960: r1 &= 65535
      ; write var2, v232
  961: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  962: r1 = *(u8 *)(r3 +0)
  963: if r1 == 0 goto +515
  964: if r1 == 1 goto +105
  965: if r1 == 2 goto +87
  966: if r1 == 3 goto +68
  967: if r1 == 8 goto +49
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  968: r1 = *(u64 *)(r10 -16)
  969: if r1 > 16383 goto +1242
  970: r2 = r6
  971: r2 += r1
  972: r1 = r2
  973: r1 += 1
  974: if r1 <= r7 goto +1
  975: goto +1236
  976: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  977: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  978: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  979: r1 = 1
  980: if r2 >= 2 goto +1
  981: r1 = 0
      ; verify v237, error HeaderTooShort
  982: if r1 == 0 goto +1229
      ; v238: bit<8> = read var9
  983: r1 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  984: r2 = r1
  985: w2 = w2
      ; v240: bit<32> = const 1
  986: r1 = 1
      ; v241: bit<32> = sub v239, v240
  987: r2 -= r1
  988: w2 = w2
      ; v242: bit<32> = const 8
  989: r1 = 8
      ; v243: bit<32> = mul v241, v242
  990: r2 *= r1
  991: w2 = w2
      ; advance v243
  992: r1 = r2
  993: r1 &= 7
  994: if r1 != 0 goto +1217
  995: r1 = r2
  996: r1 >>= 3
  997: r2 = *(u64 *)(r10 -16)
  998: r2 += r1
  999: if r2 > 16383 goto +1212
 1000: r1 = r6
 1001: r1 += r2
 1002: if r1 <= r7 goto +1
 1003: goto +1208
 1004: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
 1005: r3 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
 1006: r1 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
 1007: r2 = r1
 1008: r2 &= 65535
      ; v247: bit<16> = const 1
 1009: r1 = 1
      ; v248: bit<16> = sub v246, v247
 1010: r2 -= r1
 1011: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
 1012: r1 = r3
 1013: r1 -= r2
 1014: r1 &= 65535
      ; write var2, v249
 1015: *(u16 *)(r10 -36) = r1
 1016: goto +53
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
 1017: r2 = *(u64 *)(r10 -16)
 1018: if r2 > 16383 goto +1193
 1019: r1 = r6
 1020: r1 += r2
 1021: r1 += 9
 1022: if r1 <= r7 goto +1
 1023: goto +1188
 1024: r1 = r2
 1025: r1 += 1
 1026: *(u32 *)(r10 -140) = r1
 1027: r2 += 9
 1028: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
 1029: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
 1030: r2 = 9
      ; v252: bit<16> = sub v250, v251
 1031: r1 -= r2
 1032: r1 &= 65535
      ; write var2, v252
 1033: *(u16 *)(r10 -36) = r1
 1034: goto +35
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
 1035: r2 = *(u64 *)(r10 -16)
 1036: if r2 > 16383 goto +1175
 1037: r1 = r6
 1038: r1 += r2
 1039: r1 += 2
 1040: if r1 <= r7 goto +1
 1041: goto +1170
 1042: r1 = r2
 1043: r1 += 1
 1044: *(u32 *)(r10 -144) = r1
 1045: r2 += 2
 1046: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
 1047: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
 1048: r2 = 2
      ; v255: bit<16> = sub v253, v254
 1049: r1 -= r2
 1050: r1 &= 65535
      ; write var2, v255
 1051: *(u16 *)(r10 -36) = r1
 1052: goto +17
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
 1053: r2 = *(u64 *)(r10 -16)
 1054: if r2 > 16383 goto +1157
 1055: r1 = r6
 1056: r1 += r2
 1057: r1 += 3
 1058: if r1 <= r7 goto +1
 1059: goto +1152
 1060: r1 = r2
 1061: r1 += 1
 1062: *(u32 *)(r10 -148) = r1
 1063: r2 += 3
 1064: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
 1065: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
 1066: r2 = 3
      ; v258: bit<16> = sub v256, v257
 1067: r1 -= r2
 1068: r1 &= 65535
      ; write var2, v258
 1069: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
 1070: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
 1071: r1 = *(u8 *)(r10 -28)
 1072: if r2 == 0 goto +406
 1073: if r1 == 10 goto +405
      ; prs: block47 (parse_option.7)
      ; extract hdr10
 1074: r2 = *(u64 *)(r10 -16)
 1075: if r2 > 16383 goto +1136
 1076: r3 = r6
 1077: r3 += r2
 1078: r1 = r3
 1079: r1 += 1
 1080: if r1 <= r7 goto +1
 1081: goto +1130
 1082: r1 = r2
 1083: r1 += 1
 1084: *(u32 *)(r10 -160) = r1
 1085: r2 += 1
 1086: *(u64 *)(r10 -16) = r2
      ; v261: bit<8> = read var3
 1087: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
 1088: r2 = 1
      ; v263: bit<8> = add v261, v262
 1089: r1 += r2
 1090: r1 &= 255
      ; write var3, v263
 1091: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
 1092: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
 1093: r2 = 1
      ; v266: bit<16> = sub v264, v265
 1094: r1 -= r2
 1095: r1 &= 65535
      ; write var2, v266
 1096: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
 1097: r1 = *(u8 *)(r3 +0)
 1098: if r1 == 0 goto +380
 1099: if r1 == 1 goto +105
 1100: if r1 == 2 goto +87
 1101: if r1 == 3 goto +68
 1102: if r1 == 8 goto +49
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1103: r1 = *(u64 *)(r10 -16)
 1104: if r1 > 16383 goto +1107
 1105: r2 = r6
 1106: r2 += r1
 1107: r1 = r2
 1108: r1 += 1
 1109: if r1 <= r7 goto +1
 1110: goto +1101
 1111: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1112: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1113: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
 1114: r1 = 1
 1115: if r2 >= 2 goto +1
 1116: r1 = 0
      ; verify v271, error HeaderTooShort
 1117: if r1 == 0 goto +1094
      ; v272: bit<8> = read var9
 1118: r1 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1119: r2 = r1
 1120: w2 = w2
      ; v274: bit<32> = const 1
 1121: r1 = 1
      ; v275: bit<32> = sub v273, v274
 1122: r2 -= r1
 1123: w2 = w2
      ; v276: bit<32> = const 8
 1124: r1 = 8
      ; v277: bit<32> = mul v275, v276
 1125: r2 *= r1
 1126: w2 = w2
      ; advance v277
 1127: r1 = r2
 1128: r1 &= 7
 1129: if r1 != 0 goto +1082
 1130: r1 = r2
 1131: r1 >>= 3
 1132: r2 = *(u64 *)(r10 -16)
 1133: r2 += r1
 1134: if r2 > 16383 goto +1077
 1135: r1 = r6
 1136: r1 += r2
 1137: if r1 <= r7 goto +1
 1138: goto +1073
 1139: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1140: r3 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1141: r1 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1142: r2 = r1
 1143: r2 &= 65535
      ; v281: bit<16> = const 1
 1144: r1 = 1
      ; v282: bit<16> = sub v280, v281
 1145: r2 -= r1
 1146: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1147: r1 = r3
 1148: r1 -= r2
 1149: r1 &= 65535
      ; write var2, v283
 1150: *(u16 *)(r10 -36) = r1
 1151: goto +53
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1152: r2 = *(u64 *)(r10 -16)
 1153: if r2 > 16383 goto +1058
 1154: r1 = r6
 1155: r1 += r2
 1156: r1 += 9
 1157: if r1 <= r7 goto +1
 1158: goto +1053
 1159: r1 = r2
 1160: r1 += 1
 1161: *(u32 *)(r10 -140) = r1
 1162: r2 += 9
 1163: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1164: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
 1165: r2 = 9
      ; v286: bit<16> = sub v284, v285
 1166: r1 -= r2
 1167: r1 &= 65535
      ; write var2, v286
 1168: *(u16 *)(r10 -36) = r1
 1169: goto +35
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1170: r2 = *(u64 *)(r10 -16)
 1171: if r2 > 16383 goto +1040
 1172: r1 = r6
 1173: r1 += r2
 1174: r1 += 2
 1175: if r1 <= r7 goto +1
 1176: goto +1035
 1177: r1 = r2
 1178: r1 += 1
 1179: *(u32 *)(r10 -144) = r1
 1180: r2 += 2
 1181: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1182: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
 1183: r2 = 2
      ; v289: bit<16> = sub v287, v288
 1184: r1 -= r2
 1185: r1 &= 65535
      ; write var2, v289
 1186: *(u16 *)(r10 -36) = r1
 1187: goto +17
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1188: r2 = *(u64 *)(r10 -16)
 1189: if r2 > 16383 goto +1022
 1190: r1 = r6
 1191: r1 += r2
 1192: r1 += 3
 1193: if r1 <= r7 goto +1
 1194: goto +1017
 1195: r1 = r2
 1196: r1 += 1
 1197: *(u32 *)(r10 -148) = r1
 1198: r2 += 3
 1199: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1200: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
 1201: r2 = 3
      ; v292: bit<16> = sub v290, v291
 1202: r1 -= r2
 1203: r1 &= 65535
      ; write var2, v292
 1204: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1205: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1206: r1 = *(u8 *)(r10 -28)
 1207: if r2 == 0 goto +271
 1208: if r1 == 10 goto +270
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1209: r2 = *(u64 *)(r10 -16)
 1210: if r2 > 16383 goto +1001
 1211: r3 = r6
 1212: r3 += r2
 1213: r1 = r3
 1214: r1 += 1
 1215: if r1 <= r7 goto +1
 1216: goto +995
 1217: r1 = r2
 1218: r1 += 1
 1219: *(u32 *)(r10 -156) = r1
 1220: r2 += 1
 1221: *(u64 *)(r10 -16) = r2
      ; v295: bit<8> = read var3
 1222: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
 1223: r2 = 1
      ; v297: bit<8> = add v295, v296
 1224: r1 += r2
 1225: r1 &= 255
      ; write var3, v297
 1226: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1227: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
 1228: r2 = 1
      ; v300: bit<16> = sub v298, v299
 1229: r1 -= r2
 1230: r1 &= 65535
      ; write var2, v300
 1231: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1232: r1 = *(u8 *)(r3 +0)
 1233: if r1 == 0 goto +245
 1234: if r1 == 1 goto +105
 1235: if r1 == 2 goto +87
 1236: if r1 == 3 goto +68
 1237: if r1 == 8 goto +49
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1238: r1 = *(u64 *)(r10 -16)
 1239: if r1 > 16383 goto +972
 1240: r2 = r6
 1241: r2 += r1
 1242: r1 = r2
 1243: r1 += 1
 1244: if r1 <= r7 goto +1
 1245: goto +966
 1246: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1247: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1248: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1249: r1 = 1
 1250: if r2 >= 2 goto +1
 1251: r1 = 0
      ; verify v305, error HeaderTooShort
 1252: if r1 == 0 goto +959
      ; v306: bit<8> = read var9
 1253: r1 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1254: r2 = r1
 1255: w2 = w2
      ; v308: bit<32> = const 1
 1256: r1 = 1
      ; v309: bit<32> = sub v307, v308
 1257: r2 -= r1
 1258: w2 = w2
      ; v310: bit<32> = const 8
 1259: r1 = 8
      ; v311: bit<32> = mul v309, v310
 1260: r2 *= r1
 1261: w2 = w2
      ; advance v311
 1262: r1 = r2
 1263: r1 &= 7
 1264: if r1 != 0 goto +947
 1265: r1 = r2
 1266: r1 >>= 3
 1267: r2 = *(u64 *)(r10 -16)
 1268: r2 += r1
 1269: if r2 > 16383 goto +942
 1270: r1 = r6
 1271: r1 += r2
 1272: if r1 <= r7 goto +1
 1273: goto +938
 1274: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1275: r3 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1276: r1 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1277: r2 = r1
 1278: r2 &= 65535
      ; v315: bit<16> = const 1
 1279: r1 = 1
      ; v316: bit<16> = sub v314, v315
 1280: r2 -= r1
 1281: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1282: r1 = r3
 1283: r1 -= r2
 1284: r1 &= 65535
      ; write var2, v317
 1285: *(u16 *)(r10 -36) = r1
 1286: goto +53
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1287: r2 = *(u64 *)(r10 -16)
 1288: if r2 > 16383 goto +923
 1289: r1 = r6
 1290: r1 += r2
 1291: r1 += 9
 1292: if r1 <= r7 goto +1
 1293: goto +918
 1294: r1 = r2
 1295: r1 += 1
 1296: *(u32 *)(r10 -140) = r1
 1297: r2 += 9
 1298: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1299: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
 1300: r2 = 9
      ; v320: bit<16> = sub v318, v319
 1301: r1 -= r2
 1302: r1 &= 65535
      ; write var2, v320
 1303: *(u16 *)(r10 -36) = r1
 1304: goto +35
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1305: r2 = *(u64 *)(r10 -16)
 1306: if r2 > 16383 goto +905
 1307: r1 = r6
 1308: r1 += r2
 1309: r1 += 2
 1310: if r1 <= r7 goto +1
 1311: goto +900
 1312: r1 = r2
 1313: r1 += 1
 1314: *(u32 *)(r10 -144) = r1
 1315: r2 += 2
 1316: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1317: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
 1318: r2 = 2
      ; v323: bit<16> = sub v321, v322
 1319: r1 -= r2
 1320: r1 &= 65535
      ; write var2, v323
 1321: *(u16 *)(r10 -36) = r1
 1322: goto +17
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1323: r2 = *(u64 *)(r10 -16)
 1324: if r2 > 16383 goto +887
 1325: r1 = r6
 1326: r1 += r2
 1327: r1 += 3
 1328: if r1 <= r7 goto +1
 1329: goto +882
 1330: r1 = r2
 1331: r1 += 1
 1332: *(u32 *)(r10 -148) = r1
 1333: r2 += 3
 1334: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1335: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
 1336: r2 = 3
      ; v326: bit<16> = sub v324, v325
 1337: r1 -= r2
 1338: r1 &= 65535
      ; write var2, v326
 1339: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1340: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1341: r1 = *(u8 *)(r10 -28)
 1342: if r2 == 0 goto +136
 1343: if r1 == 10 goto +135
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1344: r2 = *(u64 *)(r10 -16)
 1345: if r2 > 16383 goto +866
 1346: r3 = r6
 1347: r3 += r2
 1348: r1 = r3
 1349: r1 += 1
 1350: if r1 <= r7 goto +1
 1351: goto +860
 1352: r1 = r2
 1353: r1 += 1
 1354: *(u32 *)(r10 -152) = r1
 1355: r2 += 1
 1356: *(u64 *)(r10 -16) = r2
      ; v329: bit<8> = read var3
 1357: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
 1358: r2 = 1
      ; v331: bit<8> = add v329, v330
 1359: r1 += r2
 1360: r1 &= 255
      ; write var3, v331
 1361: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1362: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
 1363: r2 = 1
      ; v334: bit<16> = sub v332, v333
 1364: r1 -= r2
 1365: r1 &= 65535
      ; write var2, v334
 1366: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1367: r1 = *(u8 *)(r3 +0)
 1368: if r1 == 0 goto +110
 1369: if r1 == 1 goto +105
 1370: if r1 == 2 goto +87
 1371: if r1 == 3 goto +68
 1372: if r1 == 8 goto +49
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1373: r1 = *(u64 *)(r10 -16)
 1374: if r1 > 16383 goto +837
 1375: r2 = r6
 1376: r2 += r1
 1377: r1 = r2
 1378: r1 += 1
 1379: if r1 <= r7 goto +1
 1380: goto +831
 1381: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1382: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1383: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1384: r1 = 1
 1385: if r2 >= 2 goto +1
 1386: r1 = 0
      ; verify v339, error HeaderTooShort
 1387: if r1 == 0 goto +824
      ; v340: bit<8> = read var9
 1388: r1 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1389: r2 = r1
 1390: w2 = w2
      ; v342: bit<32> = const 1
 1391: r1 = 1
      ; v343: bit<32> = sub v341, v342
 1392: r2 -= r1
 1393: w2 = w2
      ; v344: bit<32> = const 8
 1394: r1 = 8
      ; v345: bit<32> = mul v343, v344
 1395: r2 *= r1
 1396: w2 = w2
      ; advance v345
 1397: r1 = r2
 1398: r1 &= 7
 1399: if r1 != 0 goto +812
 1400: r1 = r2
 1401: r1 >>= 3
 1402: r2 = *(u64 *)(r10 -16)
 1403: r2 += r1
 1404: if r2 > 16383 goto +807
 1405: r1 = r6
 1406: r1 += r2
 1407: if r1 <= r7 goto +1
 1408: goto +803
 1409: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1410: r3 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1411: r1 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1412: r2 = r1
 1413: r2 &= 65535
      ; v349: bit<16> = const 1
 1414: r1 = 1
      ; v350: bit<16> = sub v348, v349
 1415: r2 -= r1
 1416: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1417: r1 = r3
 1418: r1 -= r2
 1419: r1 &= 65535
      ; write var2, v351
 1420: *(u16 *)(r10 -36) = r1
 1421: goto +53
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1422: r2 = *(u64 *)(r10 -16)
 1423: if r2 > 16383 goto +788
 1424: r1 = r6
 1425: r1 += r2
 1426: r1 += 9
 1427: if r1 <= r7 goto +1
 1428: goto +783
 1429: r1 = r2
 1430: r1 += 1
 1431: *(u32 *)(r10 -140) = r1
 1432: r2 += 9
 1433: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1434: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
 1435: r2 = 9
      ; v354: bit<16> = sub v352, v353
 1436: r1 -= r2
 1437: r1 &= 65535
      ; write var2, v354
 1438: *(u16 *)(r10 -36) = r1
 1439: goto +35
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1440: r2 = *(u64 *)(r10 -16)
 1441: if r2 > 16383 goto +770
 1442: r1 = r6
 1443: r1 += r2
 1444: r1 += 2
 1445: if r1 <= r7 goto +1
 1446: goto +765
 1447: r1 = r2
 1448: r1 += 1
 1449: *(u32 *)(r10 -144) = r1
 1450: r2 += 2
 1451: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1452: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
 1453: r2 = 2
      ; v357: bit<16> = sub v355, v356
 1454: r1 -= r2
 1455: r1 &= 65535
      ; write var2, v357
 1456: *(u16 *)(r10 -36) = r1
 1457: goto +17
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1458: r2 = *(u64 *)(r10 -16)
 1459: if r2 > 16383 goto +752
 1460: r1 = r6
 1461: r1 += r2
 1462: r1 += 3
 1463: if r1 <= r7 goto +1
 1464: goto +747
 1465: r1 = r2
 1466: r1 += 1
 1467: *(u32 *)(r10 -148) = r1
 1468: r2 += 3
 1469: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1470: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
 1471: r2 = 3
      ; v360: bit<16> = sub v358, v359
 1472: r1 -= r2
 1473: r1 &= 65535
      ; write var2, v360
 1474: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1475: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1476: r1 = *(u8 *)(r10 -28)
 1477: if r2 == 0 goto +1
 1478: if r1 != 10 goto +733
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1479: r1 = *(u32 *)(r10 -192)
 1480: if r1 == 0 goto +1
 1481: r1 = 1
      ; v1: bool = not v0
 1482: r1 ^= 1
 1483: if r1 != 0 goto +730
      ; v2: bit<64> = timestamp_ns
 1484: call bpf_ktime_get_ns
 1485: r1 = r0
      ; write var10, v2
 1486: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1487: r1 = *(u32 *)(r10 -192)
 1488: if r1 == 0 goto +7
 1489: r1 -= 1
 1490: if r1 > 16383 goto +5
 1491: r9 = r6
 1492: r9 += r1
 1493: r1 = r9
 1494: r1 += 20
 1495: if r1 <= r7 goto +1
 1496: r9 = 0
 1497: r1 = 0
 1498: if r9 == 0 goto +1
 1499: r1 = *(u8 *)(r9 +13)
      ; write var11, v3
 1500: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1501: r1 = *(u32 *)(r10 -196)
 1502: if r1 == 0 goto +7
 1503: r1 -= 1
 1504: if r1 > 16383 goto +5
 1505: r8 = r6
 1506: r8 += r1
 1507: r1 = r8
 1508: r1 += 20
 1509: if r1 <= r7 goto +1
 1510: r8 = 0
 1511: r1 = 0
 1512: if r8 == 0 goto +2
 1513: r1 = *(u8 *)(r8 +0)
 1514: r1 &= 15
      ; v5: bit<16> = cast v4
 1515: r2 = r1
 1516: r2 &= 65535
      ; v6: bit<8> = const 2
 1517: r1 = 2
      ; v7: bit<16> = shl v5, v6
 1518: r3 = r2
 1519: if r1 >= 16 goto +3
 1520: r3 <<= r1
 1521: r3 &= 65535
 1522: goto +1
 1523: r3 = 0
      ; v8: bit<4> = read_field hdr2.dataOffset
 1524: r1 = 0
 1525: if r9 == 0 goto +3
 1526: r1 = *(u8 *)(r9 +12)
 1527: r1 >>= 4
 1528: r1 &= 15
      ; v9: bit<16> = cast v8
 1529: r2 = r1
 1530: r2 &= 65535
      ; v10: bit<8> = const 2
 1531: r1 = 2
      ; v11: bit<16> = shl v9, v10
 1532: if r1 >= 16 goto +3
 1533: r2 <<= r1
 1534: r2 &= 65535
 1535: goto +1
 1536: r2 = 0
      ; v12: bit<16> = add v7, v11
 1537: r1 = r3
 1538: r1 += r2
 1539: r1 &= 65535
      ; write var12, v12
 1540: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1541: r1 = 0
 1542: if r8 == 0 goto +1
 1543: r1 = *(u16 *)(r8 +2)
 1544: r1 = be16 r1
      ; v14: bit<16> = read var12
 1545: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1546: r1 -= r2
 1547: r1 &= 65535
      ; v16: bit<32> = cast v15
 1548: w1 = w1
      ; write var13, v16
 1549: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1550: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1551: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
 1552: r2 = 1
      ; v20: bit<8> = and v18, v19
 1553: r1 &= r2
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1554: r3 = 1
 1555: if r1 != 0 goto +1
 1556: r3 = 0
      ; v23: bit<32> = const 1
 1557: r2 = 1
      ; v24: bit<32> = const 0
 1558: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1559: if r3 != 0 goto +1
 1560: r2 = r1
      ; v26: bit<32> = add v17, v25
 1561: r1 = r4
 1562: r1 += r2
 1563: w1 = w1
      ; write var14, v26
 1564: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1565: r1 = 0
 1566: if r8 == 0 goto +1
 1567: r1 = *(u32 *)(r8 +12)
 1568: r4 = r1
 1569: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1570: r1 = 0
 1571: if r8 == 0 goto +1
 1572: r1 = *(u32 *)(r8 +16)
 1573: r3 = r1
 1574: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1575: r1 = 0
 1576: if r9 == 0 goto +1
 1577: r1 = *(u16 *)(r9 +0)
 1578: r2 = r1
 1579: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1580: r1 = 0
 1581: if r9 == 0 goto +1
 1582: r1 = *(u16 *)(r9 +2)
 1583: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1584: *(u64 *)(r10 -264) = 0
 1585: *(u64 *)(r10 -256) = 0
 1586: *(u32 *)(r10 -264) = r4
 1587: *(u32 *)(r10 -260) = r3
 1588: *(u16 *)(r10 -256) = r2
 1589: *(u16 *)(r10 -254) = r1
 1590: r1 = map[pipe_flows] ll
 1592: r2 = r10
 1593: r2 += -264
 1594: call bpf_map_lookup_elem
 1595: r4 = r0
 1596: if r4 == 0 goto +47
 1597: r0 = 1
 1598: *(u64 *)(r10 -368) = r0
 1599: r0 = *(u32 *)(r4 +0)
 1600: *(u64 *)(r10 -376) = r0
 1601: r0 = *(u64 *)(r10 -376)
 1602: w0 = w0
 1603: *(u64 *)(r10 -376) = r0
 1604: r0 = *(u32 *)(r4 +4)
 1605: *(u64 *)(r10 -384) = r0
 1606: r0 = *(u64 *)(r10 -384)
 1607: w0 = w0
 1608: *(u64 *)(r10 -384) = r0
 1609: r0 = *(u32 *)(r4 +8)
 1610: *(u64 *)(r10 -392) = r0
 1611: r0 = *(u64 *)(r10 -392)
 1612: w0 = w0
 1613: *(u64 *)(r10 -392) = r0
 1614: r0 = *(u32 *)(r4 +12)
 1615: *(u64 *)(r10 -400) = r0
 1616: r0 = *(u64 *)(r10 -400)
 1617: w0 = w0
 1618: *(u64 *)(r10 -400) = r0
 1619: r0 = *(u16 *)(r4 +16)
 1620: *(u64 *)(r10 -408) = r0
 1621: r0 = *(u64 *)(r10 -408)
 1622: r0 &= 65535
 1623: *(u64 *)(r10 -408) = r0
 1624: r0 = *(u8 *)(r4 +18)
 1625: *(u64 *)(r10 -416) = r0
 1626: r0 = *(u64 *)(r10 -416)
 1627: r0 &= 255
 1628: *(u64 *)(r10 -416) = r0
 1629: r0 = *(u32 *)(r4 +20)
 1630: *(u64 *)(r10 -424) = r0
 1631: r0 = *(u64 *)(r10 -424)
 1632: w0 = w0
 1633: *(u64 *)(r10 -424) = r0
 1634: r3 = *(u32 *)(r4 +24)
 1635: w3 = w3
 1636: r2 = *(u8 *)(r4 +28)
 1637: r2 &= 255
 1638: r1 = *(u32 *)(r4 +32)
 1639: w1 = w1
 1640: r0 = *(u64 *)(r4 +40)
 1641: *(u64 *)(r10 -432) = r0
 1642: r4 = *(u64 *)(r4 +48)
 1643: goto +22
 1644: r0 = 0
 1645: *(u64 *)(r10 -368) = r0
 1646: r0 = 0
 1647: *(u64 *)(r10 -376) = r0
 1648: r0 = 0
 1649: *(u64 *)(r10 -384) = r0
 1650: r0 = 0
 1651: *(u64 *)(r10 -392) = r0
 1652: r0 = 0
 1653: *(u64 *)(r10 -400) = r0
 1654: r0 = 0
 1655: *(u64 *)(r10 -408) = r0
 1656: r0 = 0
 1657: *(u64 *)(r10 -416) = r0
 1658: r0 = 0
 1659: *(u64 *)(r10 -424) = r0
 1660: r3 = 0
 1661: r2 = 0
 1662: r1 = 0
 1663: r0 = 0
 1664: *(u64 *)(r10 -432) = r0
 1665: r4 = 0
      ; write var15, v32
 1666: r0 = *(u64 *)(r10 -376)
 1667: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1668: r0 = *(u64 *)(r10 -384)
 1669: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1670: r0 = *(u64 *)(r10 -392)
 1671: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1672: r0 = *(u64 *)(r10 -400)
 1673: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1674: r0 = *(u64 *)(r10 -408)
 1675: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1676: r0 = *(u64 *)(r10 -416)
 1677: *(u8 *)(r10 -24) = r0
      ; write var21, v38
 1678: r0 = *(u64 *)(r10 -424)
 1679: *(u32 *)(r10 -88) = r0
      ; write var22, v39
 1680: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1681: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1682: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1683: r0 = *(u64 *)(r10 -432)
 1684: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1685: *(u64 *)(r10 -224) = r4
      ; write var27, v31
 1686: r0 = *(u64 *)(r10 -368)
 1687: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1688: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
 1689: r2 = 2
      ; v46: bit<8> = and v44, v45
 1690: r1 &= r2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1691: if r1 != 0 goto +52
      ; v65: bool = read var27
 1692: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1693: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1694: r2 = 1
 1695: if r1 != 0 goto +1
 1696: r2 = 0
      ; v69: bool = logical_and v65, v68
 1697: r1 = r3
 1698: r1 &= r2
 1699: if r1 == 0 goto +108
      ; v70: bit<32> = read_field hdr2.seqNo
 1700: r1 = 0
 1701: if r9 == 0 goto +1
 1702: r1 = *(u32 *)(r9 +4)
 1703: r1 = be32 r1
      ; v71: bit<32> = read var14
 1704: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1705: r1 += r2
 1706: w1 = w1
      ; write var28, v72
 1707: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1708: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1709: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1710: r1 -= r2
 1711: w1 = w1
      ; write var29, v75
 1712: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1713: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1714: r4 = 1
 1715: if r1 != 0 goto +1
 1716: r4 = 0
      ; v79: bit<32> = read var29
 1717: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1718: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1719: r2 = 1
 1720: if r3 < r1 goto +1
 1721: r2 = 0
      ; v82: bool = logical_and v78, v81
 1722: r1 = r4
 1723: r1 &= r2
 1724: if r1 != 0 goto +8
      ; v90: bit<32> = read var22
 1725: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
 1726: r2 = 1
      ; v92: bit<32> = add v90, v91
 1727: r1 += r2
 1728: w1 = w1
      ; write var22, v92
 1729: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1730: r1 = 0
      ; write var23, v93
 1731: *(u8 *)(r10 -23) = r1
 1732: goto +75
      ; v83: bit<32> = read var28
 1733: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1734: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1735: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1736: if r1 != 0 goto +71
      ; v87: bit<8> = const 1
 1737: r1 = 1
      ; write var23, v87
 1738: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1739: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1740: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1741: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1742: *(u64 *)(r10 -232) = r1
 1743: goto +64
      ; v49: bool = const 1
 1744: r1 = 1
      ; write var27, v49
 1745: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1746: r1 = 0
 1747: if r9 == 0 goto +1
 1748: r1 = *(u32 *)(r9 +4)
 1749: r1 = be32 r1
      ; write var15, v50
 1750: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1751: r1 = 0
 1752: if r9 == 0 goto +1
 1753: r1 = *(u32 *)(r9 +4)
 1754: r1 = be32 r1
      ; v52: bit<32> = const 1
 1755: r2 = 1
      ; v53: bit<32> = add v51, v52
 1756: r1 += r2
 1757: w1 = w1
      ; write var16, v53
 1758: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1759: r1 = 0
      ; write var18, v54
 1760: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1761: r1 = *(u32 *)(r10 -148)
 1762: if r1 == 0 goto +7
 1763: r1 -= 1
 1764: if r1 > 16383 goto +5
 1765: r2 = r6
 1766: r2 += r1
 1767: r1 = r2
 1768: r1 += 3
 1769: if r1 <= r7 goto +1
 1770: r2 = 0
 1771: r1 = 0
 1772: if r2 == 0 goto +1
 1773: r1 = *(u16 *)(r2 +1)
 1774: r1 = be16 r1
      ; write var19, v55
 1775: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1776: r1 = *(u32 *)(r10 -144)
 1777: if r1 == 0 goto +7
 1778: r1 -= 1
 1779: if r1 > 16383 goto +5
 1780: r2 = r6
 1781: r2 += r1
 1782: r1 = r2
 1783: r1 += 2
 1784: if r1 <= r7 goto +1
 1785: r2 = 0
 1786: r1 = 0
 1787: if r2 == 0 goto +1
 1788: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1789: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1790: r1 = 0
      ; write var21, v57
 1791: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1792: r1 = 0
      ; write var22, v58
 1793: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1794: r1 = 1
      ; write var23, v59
 1795: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1796: r1 = 0
 1797: if r9 == 0 goto +1
 1798: r1 = *(u32 *)(r9 +4)
 1799: r1 = be32 r1
      ; v61: bit<32> = const 1
 1800: r2 = 1
      ; v62: bit<32> = add v60, v61
 1801: r1 += r2
 1802: w1 = w1
      ; write var24, v62
 1803: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1804: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1805: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1806: r1 = 0
      ; write var26, v64
 1807: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1808: r1 = *(u8 *)(r10 -22)
 1809: if r1 == 0 goto +110
      ; v95: bool = is_valid hdr15
 1810: r1 = *(u32 *)(r10 -140)
 1811: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1812: r1 = *(u32 *)(r10 -140)
 1813: if r1 == 0 goto +7
 1814: r1 -= 1
 1815: if r1 > 16383 goto +5
 1816: r2 = r6
 1817: r2 += r1
 1818: r1 = r2
 1819: r1 += 9
 1820: if r1 <= r7 goto +1
 1821: r2 = 0
 1822: r1 = 0
 1823: if r2 == 0 goto +1
 1824: r1 = *(u32 *)(r2 +1)
 1825: r1 = be32 r1
      ; write var21, v96
 1826: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1827: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1828: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1829: r1 -= r2
 1830: w1 = w1
      ; write var17, v99
 1831: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1832: r1 = 0
 1833: if r8 == 0 goto +1
 1834: r1 = *(u32 *)(r8 +12)
 1835: r4 = r1
 1836: r4 = be32 r4
      ; v101: bit<32> = read_field hdr1.dstAddr
 1837: r1 = 0
 1838: if r8 == 0 goto +1
 1839: r1 = *(u32 *)(r8 +16)
 1840: r3 = r1
 1841: r3 = be32 r3
      ; v102: bit<16> = read_field hdr2.srcPort
 1842: r1 = 0
 1843: if r9 == 0 goto +1
 1844: r1 = *(u16 *)(r9 +0)
 1845: r2 = r1
 1846: r2 = be16 r2
      ; v103: bit<16> = read_field hdr2.dstPort
 1847: r1 = 0
 1848: if r9 == 0 goto +1
 1849: r1 = *(u16 *)(r9 +2)
 1850: r1 = be16 r1
      ; v104: bit<32> = read var15
 1851: r0 = *(u32 *)(r10 -104)
 1852: *(u64 *)(r10 -368) = r0
      ; v105: bit<32> = read var16
 1853: r0 = *(u32 *)(r10 -100)
 1854: *(u64 *)(r10 -376) = r0
      ; v106: bit<32> = read var17
 1855: r0 = *(u32 *)(r10 -96)
 1856: *(u64 *)(r10 -384) = r0
      ; v107: bit<32> = read var18
 1857: r0 = *(u32 *)(r10 -92)
 1858: *(u64 *)(r10 -392) = r0
      ; v108: bit<16> = read var19
 1859: r0 = *(u16 *)(r10 -32)
 1860: *(u64 *)(r10 -400) = r0
      ; v109: bit<8> = read var20
 1861: r0 = *(u8 *)(r10 -24)
 1862: *(u64 *)(r10 -408) = r0
      ; v110: bit<32> = read var21
 1863: r0 = *(u32 *)(r10 -88)
 1864: *(u64 *)(r10 -416) = r0
      ; v111: bit<32> = read var22
 1865: r0 = *(u32 *)(r10 -84)
 1866: *(u64 *)(r10 -424) = r0
      ; v112: bit<8> = read var23
 1867: r0 = *(u8 *)(r10 -23)
 1868: *(u64 *)(r10 -432) = r0
      ; v113: bit<32> = read var24
 1869: r0 = *(u32 *)(r10 -80)
 1870: *(u64 *)(r10 -440) = r0
      ; v114: bit<64> = read var25
 1871: r0 = *(u64 *)(r10 -232)
 1872: *(u64 *)(r10 -448) = r0
      ; v115: bit<64> = read var26
 1873: r0 = *(u64 *)(r10 -224)
 1874: *(u64 *)(r10 -456) = r0
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1875: *(u64 *)(r10 -264) = 0
 1876: *(u64 *)(r10 -256) = 0
 1877: *(u32 *)(r10 -264) = r4
 1878: *(u32 *)(r10 -260) = r3
 1879: *(u16 *)(r10 -256) = r2
 1880: *(u16 *)(r10 -254) = r1
 1881: *(u64 *)(r10 -352) = 0
 1882: *(u64 *)(r10 -344) = 0
 1883: *(u64 *)(r10 -336) = 0
 1884: *(u64 *)(r10 -328) = 0
 1885: *(u64 *)(r10 -320) = 0
 1886: *(u64 *)(r10 -312) = 0
 1887: *(u64 *)(r10 -304) = 0
 1888: r0 = *(u64 *)(r10 -368)
 1889: *(u32 *)(r10 -352) = r0
 1890: r0 = *(u64 *)(r10 -376)
 1891: *(u32 *)(r10 -348) = r0
 1892: r0 = *(u64 *)(r10 -384)
 1893: *(u32 *)(r10 -344) = r0
 1894: r0 = *(u64 *)(r10 -392)
 1895: *(u32 *)(r10 -340) = r0
 1896: r0 = *(u64 *)(r10 -400)
 1897: *(u16 *)(r10 -336) = r0
 1898: r0 = *(u64 *)(r10 -408)
 1899: *(u8 *)(r10 -334) = r0
 1900: r0 = *(u64 *)(r10 -416)
 1901: *(u32 *)(r10 -332) = r0
 1902: r0 = *(u64 *)(r10 -424)
 1903: *(u32 *)(r10 -328) = r0
 1904: r0 = *(u64 *)(r10 -432)
 1905: *(u8 *)(r10 -324) = r0
 1906: r0 = *(u64 *)(r10 -440)
 1907: *(u32 *)(r10 -320) = r0
 1908: r0 = *(u64 *)(r10 -448)
 1909: *(u64 *)(r10 -312) = r0
 1910: r0 = *(u64 *)(r10 -456)
 1911: *(u64 *)(r10 -304) = r0
 1912: r1 = map[pipe_flows] ll
 1914: r2 = r10
 1915: r2 += -264
 1916: r3 = r10
 1917: r3 += -352
 1918: r4 = 0
 1919: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1920: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
 1921: r2 = 16
      ; v118: bit<8> = and v116, v117
 1922: r1 &= r2
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1923: if r1 == 0 goto +290
      ; v121: bit<32> = read_field hdr1.dstAddr
 1924: r1 = 0
 1925: if r8 == 0 goto +1
 1926: r1 = *(u32 *)(r8 +16)
 1927: r4 = r1
 1928: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1929: r1 = 0
 1930: if r8 == 0 goto +1
 1931: r1 = *(u32 *)(r8 +12)
 1932: r3 = r1
 1933: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1934: r1 = 0
 1935: if r9 == 0 goto +1
 1936: r1 = *(u16 *)(r9 +2)
 1937: r2 = r1
 1938: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1939: r1 = 0
 1940: if r9 == 0 goto +1
 1941: r1 = *(u16 *)(r9 +0)
 1942: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1943: *(u64 *)(r10 -264) = 0
 1944: *(u64 *)(r10 -256) = 0
 1945: *(u32 *)(r10 -264) = r4
 1946: *(u32 *)(r10 -260) = r3
 1947: *(u16 *)(r10 -256) = r2
 1948: *(u16 *)(r10 -254) = r1
 1949: r1 = map[pipe_flows] ll
 1951: r2 = r10
 1952: r2 += -264
 1953: call bpf_map_lookup_elem
 1954: r4 = r0
 1955: if r4 == 0 goto +47
 1956: r0 = 1
 1957: *(u64 *)(r10 -368) = r0
 1958: r0 = *(u32 *)(r4 +0)
 1959: *(u64 *)(r10 -376) = r0
 1960: r0 = *(u64 *)(r10 -376)
 1961: w0 = w0
 1962: *(u64 *)(r10 -376) = r0
 1963: r0 = *(u32 *)(r4 +4)
 1964: *(u64 *)(r10 -384) = r0
 1965: r0 = *(u64 *)(r10 -384)
 1966: w0 = w0
 1967: *(u64 *)(r10 -384) = r0
 1968: r0 = *(u32 *)(r4 +8)
 1969: *(u64 *)(r10 -392) = r0
 1970: r0 = *(u64 *)(r10 -392)
 1971: w0 = w0
 1972: *(u64 *)(r10 -392) = r0
 1973: r0 = *(u32 *)(r4 +12)
 1974: *(u64 *)(r10 -400) = r0
 1975: r0 = *(u64 *)(r10 -400)
 1976: w0 = w0
 1977: *(u64 *)(r10 -400) = r0
 1978: r0 = *(u16 *)(r4 +16)
 1979: *(u64 *)(r10 -408) = r0
 1980: r0 = *(u64 *)(r10 -408)
 1981: r0 &= 65535
 1982: *(u64 *)(r10 -408) = r0
 1983: r0 = *(u8 *)(r4 +18)
 1984: *(u64 *)(r10 -416) = r0
 1985: r0 = *(u64 *)(r10 -416)
 1986: r0 &= 255
 1987: *(u64 *)(r10 -416) = r0
 1988: r0 = *(u32 *)(r4 +20)
 1989: *(u64 *)(r10 -424) = r0
 1990: r0 = *(u64 *)(r10 -424)
 1991: w0 = w0
 1992: *(u64 *)(r10 -424) = r0
 1993: r3 = *(u32 *)(r4 +24)
 1994: w3 = w3
 1995: r2 = *(u8 *)(r4 +28)
 1996: r2 &= 255
 1997: r1 = *(u32 *)(r4 +32)
 1998: w1 = w1
 1999: r0 = *(u64 *)(r4 +40)
 2000: *(u64 *)(r10 -432) = r0
 2001: r4 = *(u64 *)(r4 +48)
 2002: goto +22
 2003: r0 = 0
 2004: *(u64 *)(r10 -368) = r0
 2005: r0 = 0
 2006: *(u64 *)(r10 -376) = r0
 2007: r0 = 0
 2008: *(u64 *)(r10 -384) = r0
 2009: r0 = 0
 2010: *(u64 *)(r10 -392) = r0
 2011: r0 = 0
 2012: *(u64 *)(r10 -400) = r0
 2013: r0 = 0
 2014: *(u64 *)(r10 -408) = r0
 2015: r0 = 0
 2016: *(u64 *)(r10 -416) = r0
 2017: r0 = 0
 2018: *(u64 *)(r10 -424) = r0
 2019: r3 = 0
 2020: r2 = 0
 2021: r1 = 0
 2022: r0 = 0
 2023: *(u64 *)(r10 -432) = r0
 2024: r4 = 0
      ; write var30, v126
 2025: r0 = *(u64 *)(r10 -376)
 2026: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 2027: r0 = *(u64 *)(r10 -384)
 2028: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 2029: r0 = *(u64 *)(r10 -392)
 2030: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 2031: r0 = *(u64 *)(r10 -400)
 2032: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 2033: r0 = *(u64 *)(r10 -408)
 2034: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 2035: r0 = *(u64 *)(r10 -416)
 2036: *(u8 *)(r10 -21) = r0
      ; write var36, v132
 2037: r0 = *(u64 *)(r10 -424)
 2038: *(u32 *)(r10 -52) = r0
      ; write var37, v133
 2039: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 2040: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 2041: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 2042: r0 = *(u64 *)(r10 -432)
 2043: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 2044: *(u64 *)(r10 -208) = r4
 2045: r0 = *(u64 *)(r10 -368)
 2046: if r0 == 0 goto +167
      ; v138: bit<32> = read_field hdr2.ackNo
 2047: r1 = 0
 2048: if r9 == 0 goto +1
 2049: r1 = *(u32 *)(r9 +8)
 2050: r1 = be32 r1
      ; v139: bit<32> = read var30
 2051: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 2052: r1 -= r2
 2053: w1 = w1
      ; write var42, v140
 2054: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 2055: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 2056: r4 = 1
 2057: if r1 != 0 goto +1
 2058: r4 = 0
      ; v144: bit<32> = read var42
 2059: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 2060: w1 = -2147483648
      ; v146: bool = lt v144, v145
 2061: r2 = 1
 2062: if r3 < r1 goto +1
 2063: r2 = 0
      ; v147: bool = logical_and v143, v146
 2064: r1 = r4
 2065: r1 &= r2
 2066: if r1 == 0 goto +5
      ; v148: bit<32> = read_field hdr2.ackNo
 2067: r1 = 0
 2068: if r9 == 0 goto +1
 2069: r1 = *(u32 *)(r9 +8)
 2070: r1 = be32 r1
      ; write var30, v148
 2071: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 2072: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 2073: r4 = 1
 2074: if r1 == 1 goto +1
 2075: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 2076: r1 = 0
 2077: if r9 == 0 goto +1
 2078: r1 = *(u32 *)(r9 +8)
 2079: r2 = r1
 2080: r2 = be32 r2
      ; v153: bit<32> = read var39
 2081: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 2082: r3 = r2
 2083: r3 -= r1
 2084: w3 = w3
      ; v155: bit<32> = const 0x80000000
 2085: w1 = -2147483648
      ; v156: bool = lt v154, v155
 2086: r2 = 1
 2087: if r3 < r1 goto +1
 2088: r2 = 0
      ; v157: bool = logical_and v151, v156
 2089: r1 = r4
 2090: r1 &= r2
 2091: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 2092: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 2093: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 2094: r1 -= r2
      ; write var41, v160
 2095: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 2096: r1 = 0
      ; write var38, v161
 2097: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 2098: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 2099: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 2100: r1 -= r2
 2101: w1 = w1
      ; write var32, v164
 2102: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 2103: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
 2104: r2 = 2
      ; v167: bit<8> = and v165, v166
 2105: r1 &= r2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 2106: r3 = 1
 2107: if r1 != 0 goto +1
 2108: r3 = 0
      ; v170: bit<8> = read var20
 2109: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 2110: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 2111: if r3 != 0 goto +1
 2112: r1 = r2
      ; write var43, v172
 2113: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 2114: r1 = 0
 2115: if r9 == 0 goto +1
 2116: r1 = *(u16 *)(r9 +14)
 2117: r1 = be16 r1
      ; v174: bit<32> = cast v173
 2118: w1 = w1
      ; v175: bit<8> = read var43
 2119: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 2120: if r2 >= 32 goto +3
 2121: r1 <<= r2
 2122: w1 = w1
 2123: goto +1
 2124: r1 = 0
      ; write var33, v176
 2125: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 2126: r1 = 0
 2127: if r8 == 0 goto +1
 2128: r1 = *(u32 *)(r8 +16)
 2129: r4 = r1
 2130: r4 = be32 r4
      ; v178: bit<32> = read_field hdr1.srcAddr
 2131: r1 = 0
 2132: if r8 == 0 goto +1
 2133: r1 = *(u32 *)(r8 +12)
 2134: r8 = r1
 2135: r8 = be32 r8
      ; v179: bit<16> = read_field hdr2.dstPort
 2136: r1 = 0
 2137: if r9 == 0 goto +1
 2138: r1 = *(u16 *)(r9 +2)
 2139: r3 = r1
 2140: r3 = be16 r3
      ; v180: bit<16> = read_field hdr2.srcPort
 2141: r1 = 0
 2142: if r9 == 0 goto +1
 2143: r1 = *(u16 *)(r9 +0)
 2144: r9 = r1
 2145: r9 = be16 r9
      ; v181: bit<32> = read var30
 2146: r0 = *(u32 *)(r10 -68)
 2147: *(u64 *)(r10 -368) = r0
      ; v182: bit<32> = read var31
 2148: r0 = *(u32 *)(r10 -64)
 2149: *(u64 *)(r10 -376) = r0
      ; v183: bit<32> = read var32
 2150: r0 = *(u32 *)(r10 -60)
 2151: *(u64 *)(r10 -384) = r0
      ; v184: bit<32> = read var33
 2152: r0 = *(u32 *)(r10 -56)
 2153: *(u64 *)(r10 -392) = r0
      ; v185: bit<16> = read var34
 2154: r0 = *(u16 *)(r10 -30)
 2155: *(u64 *)(r10 -400) = r0
      ; v186: bit<8> = read var35
 2156: r0 = *(u8 *)(r10 -21)
 2157: *(u64 *)(r10 -408) = r0
      ; v187: bit<32> = read var36
 2158: r0 = *(u32 *)(r10 -52)
 2159: *(u64 *)(r10 -416) = r0
      ; v188: bit<32> = read var37
 2160: r0 = *(u32 *)(r10 -48)
 2161: *(u64 *)(r10 -424) = r0
      ; v189: bit<8> = read var38
 2162: r0 = *(u8 *)(r10 -20)
 2163: *(u64 *)(r10 -432) = r0
      ; v190: bit<32> = read var39
 2164: r0 = *(u32 *)(r10 -44)
 2165: *(u64 *)(r10 -440) = r0
      ; v191: bit<64> = read var40
 2166: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 2167: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2168: *(u64 *)(r10 -264) = 0
 2169: *(u64 *)(r10 -256) = 0
 2170: *(u32 *)(r10 -264) = r4
 2171: *(u32 *)(r10 -260) = r8
 2172: *(u16 *)(r10 -256) = r3
 2173: *(u16 *)(r10 -254) = r9
 2174: *(u64 *)(r10 -352) = 0
 2175: *(u64 *)(r10 -344) = 0
 2176: *(u64 *)(r10 -336) = 0
 2177: *(u64 *)(r10 -328) = 0
 2178: *(u64 *)(r10 -320) = 0
 2179: *(u64 *)(r10 -312) = 0
 2180: *(u64 *)(r10 -304) = 0
 2181: r0 = *(u64 *)(r10 -368)
 2182: *(u32 *)(r10 -352) = r0
 2183: r0 = *(u64 *)(r10 -376)
 2184: *(u32 *)(r10 -348) = r0
 2185: r0 = *(u64 *)(r10 -384)
 2186: *(u32 *)(r10 -344) = r0
 2187: r0 = *(u64 *)(r10 -392)
 2188: *(u32 *)(r10 -340) = r0
 2189: r0 = *(u64 *)(r10 -400)
 2190: *(u16 *)(r10 -336) = r0
 2191: r0 = *(u64 *)(r10 -408)
 2192: *(u8 *)(r10 -334) = r0
 2193: r0 = *(u64 *)(r10 -416)
 2194: *(u32 *)(r10 -332) = r0
 2195: r0 = *(u64 *)(r10 -424)
 2196: *(u32 *)(r10 -328) = r0
 2197: r0 = *(u64 *)(r10 -432)
 2198: *(u8 *)(r10 -324) = r0
 2199: r0 = *(u64 *)(r10 -440)
 2200: *(u32 *)(r10 -320) = r0
 2201: *(u64 *)(r10 -312) = r2
 2202: *(u64 *)(r10 -304) = r1
 2203: r1 = map[pipe_flows] ll
 2205: r2 = r10
 2206: r2 += -264
 2207: r3 = r10
 2208: r3 += -352
 2209: r4 = 0
 2210: call bpf_map_update_elem
 2211: goto +2
      ; drop
 2212: r0 = 2
 2213: exit
      ; epilogue: verdict
 2214: r0 = 0
 2215: exit
