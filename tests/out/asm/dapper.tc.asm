; dapper for classifier: 2065 instructions, stack 472 bytes, 1 maps
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
   33: if r3 > 16383 goto +2027
   34: r2 = r6
   35: r2 += r3
   36: r1 = r2
   37: r1 += 14
   38: if r1 <= r7 goto +1
   39: goto +2021
   40: r1 = r3
   41: r1 += 1
   42: *(u32 *)(r10 -200) = r1
   43: r3 += 14
   44: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   45: r1 = *(u16 *)(r2 +12)
   46: if r1 != 8 goto +1317
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   47: r2 = *(u64 *)(r10 -16)
   48: if r2 > 16383 goto +2012
   49: r3 = r6
   50: r3 += r2
   51: r1 = r3
   52: r1 += 20
   53: if r1 <= r7 goto +1
   54: goto +2006
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
   65: if r1 == 0 goto +1995
      ; v4: bit<4> = read_field hdr1.ihl
   66: r2 = *(u8 *)(r3 +0)
   67: r2 &= 15
      ; v5: bit<32> = cast v4
   68: w2 = w2
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   69: r2 -= 5
   70: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   71: r2 *= 32
   72: w2 = w2
      ; advance v9
   73: r1 = r2
   74: r1 &= 7
   75: if r1 != 0 goto +1985
   76: r1 = r2
   77: r1 >>= 3
   78: r2 = *(u64 *)(r10 -16)
   79: r2 += r1
   80: if r2 > 16383 goto +1980
   81: r1 = r6
   82: r1 += r2
   83: if r1 <= r7 goto +1
   84: goto +1976
   85: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   86: r2 = *(u16 *)(r3 +6)
   87: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   88: r1 = *(u8 *)(r3 +9)
   89: if r2 != 0 goto +1274
   90: if r1 != 6 goto +1273
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   91: r2 = *(u64 *)(r10 -16)
   92: if r2 > 16383 goto +1968
   93: r3 = r6
   94: r3 += r2
   95: r1 = r3
   96: r1 += 20
   97: if r1 <= r7 goto +1
   98: goto +1962
   99: r1 = r2
  100: r1 += 1
  101: *(u32 *)(r10 -192) = r1
  102: r2 += 20
  103: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  104: r2 = *(u8 *)(r3 +12)
  105: r2 >>= 4
  106: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  107: r1 = 1
  108: if r2 >= 5 goto +1
  109: r1 = 0
      ; verify v14, error HeaderTooShort
  110: if r1 == 0 goto +1950
      ; v15: bit<4> = read_field hdr2.dataOffset
  111: r1 = *(u8 *)(r3 +12)
  112: r1 >>= 4
  113: r1 &= 15
      ; v16: bit<16> = cast v15
  114: r1 &= 65535
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  115: r1 -= 5
  116: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  117: r1 *= 4
  118: r1 &= 65535
      ; write var2, v20
  119: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  120: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  121: r1 = *(u8 *)(r10 -28)
  122: if r2 == 0 goto +1241
  123: if r1 == 10 goto +1240
      ; prs: block5 (parse_option)
      ; extract hdr3
  124: r3 = *(u64 *)(r10 -16)
  125: if r3 > 16383 goto +1935
  126: r2 = r6
  127: r2 += r3
  128: r1 = r2
  129: r1 += 1
  130: if r1 <= r7 goto +1
  131: goto +1929
  132: r1 = r3
  133: r1 += 1
  134: *(u32 *)(r10 -188) = r1
  135: r3 += 1
  136: *(u64 *)(r10 -16) = r3
      ; v23: bit<8> = read var3
  137: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
      ; v25: bit<8> = add v23, v24
  138: r1 += 1
  139: r1 &= 255
      ; write var3, v25
  140: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  141: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
      ; v28: bit<16> = sub v26, v27
  142: r1 -= 1
  143: r1 &= 65535
      ; write var2, v28
  144: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  145: r1 = *(u8 *)(r2 +0)
  146: if r1 == 0 goto +1217
  147: if r1 == 1 goto +96
  148: if r1 == 2 goto +79
  149: if r1 == 3 goto +61
  150: if r1 == 8 goto +43
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  151: r1 = *(u64 *)(r10 -16)
  152: if r1 > 16383 goto +1908
  153: r2 = r6
  154: r2 += r1
  155: r1 = r2
  156: r1 += 1
  157: if r1 <= r7 goto +1
  158: goto +1902
  159: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  160: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  161: r2 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
  162: r1 = 1
  163: if r2 >= 2 goto +1
  164: r1 = 0
      ; verify v33, error HeaderTooShort
  165: if r1 == 0 goto +1895
      ; v34: bit<8> = read var9
  166: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  167: w2 = w2
      ; v36: bit<32> = const 1
      ; v37: bit<32> = sub v35, v36
  168: r2 -= 1
  169: w2 = w2
      ; v38: bit<32> = const 8
      ; v39: bit<32> = mul v37, v38
  170: r2 *= 8
  171: w2 = w2
      ; advance v39
  172: r1 = r2
  173: r1 &= 7
  174: if r1 != 0 goto +1886
  175: r1 = r2
  176: r1 >>= 3
  177: r2 = *(u64 *)(r10 -16)
  178: r2 += r1
  179: if r2 > 16383 goto +1881
  180: r1 = r6
  181: r1 += r2
  182: if r1 <= r7 goto +1
  183: goto +1877
  184: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  185: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  186: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  187: r2 &= 65535
      ; v43: bit<16> = const 1
      ; v44: bit<16> = sub v42, v43
  188: r2 -= 1
  189: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  190: r1 -= r2
  191: r1 &= 65535
      ; write var2, v45
  192: *(u16 *)(r10 -36) = r1
  193: goto +50
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  194: r2 = *(u64 *)(r10 -16)
  195: if r2 > 16383 goto +1865
  196: r1 = r6
  197: r1 += r2
  198: r1 += 9
  199: if r1 <= r7 goto +1
  200: goto +1860
  201: r1 = r2
  202: r1 += 1
  203: *(u32 *)(r10 -140) = r1
  204: r2 += 9
  205: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  206: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
      ; v48: bit<16> = sub v46, v47
  207: r1 -= 9
  208: r1 &= 65535
      ; write var2, v48
  209: *(u16 *)(r10 -36) = r1
  210: goto +33
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  211: r2 = *(u64 *)(r10 -16)
  212: if r2 > 16383 goto +1848
  213: r1 = r6
  214: r1 += r2
  215: r1 += 2
  216: if r1 <= r7 goto +1
  217: goto +1843
  218: r1 = r2
  219: r1 += 1
  220: *(u32 *)(r10 -144) = r1
  221: r2 += 2
  222: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  223: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  224: r1 -= 2
  225: r1 &= 65535
      ; write var2, v51
  226: *(u16 *)(r10 -36) = r1
  227: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  228: r2 = *(u64 *)(r10 -16)
  229: if r2 > 16383 goto +1831
  230: r1 = r6
  231: r1 += r2
  232: r1 += 3
  233: if r1 <= r7 goto +1
  234: goto +1826
  235: r1 = r2
  236: r1 += 1
  237: *(u32 *)(r10 -148) = r1
  238: r2 += 3
  239: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  240: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  241: r1 -= 3
  242: r1 &= 65535
      ; write var2, v54
  243: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  244: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  245: r1 = *(u8 *)(r10 -28)
  246: if r2 == 0 goto +1117
  247: if r1 == 10 goto +1116
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  248: r3 = *(u64 *)(r10 -16)
  249: if r3 > 16383 goto +1811
  250: r2 = r6
  251: r2 += r3
  252: r1 = r2
  253: r1 += 1
  254: if r1 <= r7 goto +1
  255: goto +1805
  256: r1 = r3
  257: r1 += 1
  258: *(u32 *)(r10 -184) = r1
  259: r3 += 1
  260: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  261: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  262: r1 += 1
  263: r1 &= 255
      ; write var3, v59
  264: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  265: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  266: r1 -= 1
  267: r1 &= 65535
      ; write var2, v62
  268: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  269: r1 = *(u8 *)(r2 +0)
  270: if r1 == 0 goto +1093
  271: if r1 == 1 goto +96
  272: if r1 == 2 goto +79
  273: if r1 == 3 goto +61
  274: if r1 == 8 goto +43
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  275: r1 = *(u64 *)(r10 -16)
  276: if r1 > 16383 goto +1784
  277: r2 = r6
  278: r2 += r1
  279: r1 = r2
  280: r1 += 1
  281: if r1 <= r7 goto +1
  282: goto +1778
  283: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  284: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  285: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  286: r1 = 1
  287: if r2 >= 2 goto +1
  288: r1 = 0
      ; verify v67, error HeaderTooShort
  289: if r1 == 0 goto +1771
      ; v68: bit<8> = read var9
  290: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  291: w2 = w2
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  292: r2 -= 1
  293: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  294: r2 *= 8
  295: w2 = w2
      ; advance v73
  296: r1 = r2
  297: r1 &= 7
  298: if r1 != 0 goto +1762
  299: r1 = r2
  300: r1 >>= 3
  301: r2 = *(u64 *)(r10 -16)
  302: r2 += r1
  303: if r2 > 16383 goto +1757
  304: r1 = r6
  305: r1 += r2
  306: if r1 <= r7 goto +1
  307: goto +1753
  308: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  309: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  310: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  311: r2 &= 65535
      ; v77: bit<16> = const 1
      ; v78: bit<16> = sub v76, v77
  312: r2 -= 1
  313: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  314: r1 -= r2
  315: r1 &= 65535
      ; write var2, v79
  316: *(u16 *)(r10 -36) = r1
  317: goto +50
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  318: r2 = *(u64 *)(r10 -16)
  319: if r2 > 16383 goto +1741
  320: r1 = r6
  321: r1 += r2
  322: r1 += 9
  323: if r1 <= r7 goto +1
  324: goto +1736
  325: r1 = r2
  326: r1 += 1
  327: *(u32 *)(r10 -140) = r1
  328: r2 += 9
  329: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  330: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
      ; v82: bit<16> = sub v80, v81
  331: r1 -= 9
  332: r1 &= 65535
      ; write var2, v82
  333: *(u16 *)(r10 -36) = r1
  334: goto +33
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  335: r2 = *(u64 *)(r10 -16)
  336: if r2 > 16383 goto +1724
  337: r1 = r6
  338: r1 += r2
  339: r1 += 2
  340: if r1 <= r7 goto +1
  341: goto +1719
  342: r1 = r2
  343: r1 += 1
  344: *(u32 *)(r10 -144) = r1
  345: r2 += 2
  346: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  347: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
      ; v85: bit<16> = sub v83, v84
  348: r1 -= 2
  349: r1 &= 65535
      ; write var2, v85
  350: *(u16 *)(r10 -36) = r1
  351: goto +16
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  352: r2 = *(u64 *)(r10 -16)
  353: if r2 > 16383 goto +1707
  354: r1 = r6
  355: r1 += r2
  356: r1 += 3
  357: if r1 <= r7 goto +1
  358: goto +1702
  359: r1 = r2
  360: r1 += 1
  361: *(u32 *)(r10 -148) = r1
  362: r2 += 3
  363: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  364: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
      ; v88: bit<16> = sub v86, v87
  365: r1 -= 3
  366: r1 &= 65535
      ; write var2, v88
  367: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  368: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  369: r1 = *(u8 *)(r10 -28)
  370: if r2 == 0 goto +993
  371: if r1 == 10 goto +992
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  372: r3 = *(u64 *)(r10 -16)
  373: if r3 > 16383 goto +1687
  374: r2 = r6
  375: r2 += r3
  376: r1 = r2
  377: r1 += 1
  378: if r1 <= r7 goto +1
  379: goto +1681
  380: r1 = r3
  381: r1 += 1
  382: *(u32 *)(r10 -180) = r1
  383: r3 += 1
  384: *(u64 *)(r10 -16) = r3
      ; v91: bit<8> = read var3
  385: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
      ; v93: bit<8> = add v91, v92
  386: r1 += 1
  387: r1 &= 255
      ; write var3, v93
  388: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  389: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
      ; v96: bit<16> = sub v94, v95
  390: r1 -= 1
  391: r1 &= 65535
      ; write var2, v96
  392: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  393: r1 = *(u8 *)(r2 +0)
  394: if r1 == 0 goto +969
  395: if r1 == 1 goto +96
  396: if r1 == 2 goto +79
  397: if r1 == 3 goto +61
  398: if r1 == 8 goto +43
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  399: r1 = *(u64 *)(r10 -16)
  400: if r1 > 16383 goto +1660
  401: r2 = r6
  402: r2 += r1
  403: r1 = r2
  404: r1 += 1
  405: if r1 <= r7 goto +1
  406: goto +1654
  407: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  408: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  409: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  410: r1 = 1
  411: if r2 >= 2 goto +1
  412: r1 = 0
      ; verify v101, error HeaderTooShort
  413: if r1 == 0 goto +1647
      ; v102: bit<8> = read var9
  414: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  415: w2 = w2
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  416: r2 -= 1
  417: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  418: r2 *= 8
  419: w2 = w2
      ; advance v107
  420: r1 = r2
  421: r1 &= 7
  422: if r1 != 0 goto +1638
  423: r1 = r2
  424: r1 >>= 3
  425: r2 = *(u64 *)(r10 -16)
  426: r2 += r1
  427: if r2 > 16383 goto +1633
  428: r1 = r6
  429: r1 += r2
  430: if r1 <= r7 goto +1
  431: goto +1629
  432: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  433: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  434: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  435: r2 &= 65535
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  436: r2 -= 1
  437: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  438: r1 -= r2
  439: r1 &= 65535
      ; write var2, v113
  440: *(u16 *)(r10 -36) = r1
  441: goto +50
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  442: r2 = *(u64 *)(r10 -16)
  443: if r2 > 16383 goto +1617
  444: r1 = r6
  445: r1 += r2
  446: r1 += 9
  447: if r1 <= r7 goto +1
  448: goto +1612
  449: r1 = r2
  450: r1 += 1
  451: *(u32 *)(r10 -140) = r1
  452: r2 += 9
  453: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  454: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  455: r1 -= 9
  456: r1 &= 65535
      ; write var2, v116
  457: *(u16 *)(r10 -36) = r1
  458: goto +33
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  459: r2 = *(u64 *)(r10 -16)
  460: if r2 > 16383 goto +1600
  461: r1 = r6
  462: r1 += r2
  463: r1 += 2
  464: if r1 <= r7 goto +1
  465: goto +1595
  466: r1 = r2
  467: r1 += 1
  468: *(u32 *)(r10 -144) = r1
  469: r2 += 2
  470: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  471: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  472: r1 -= 2
  473: r1 &= 65535
      ; write var2, v119
  474: *(u16 *)(r10 -36) = r1
  475: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  476: r2 = *(u64 *)(r10 -16)
  477: if r2 > 16383 goto +1583
  478: r1 = r6
  479: r1 += r2
  480: r1 += 3
  481: if r1 <= r7 goto +1
  482: goto +1578
  483: r1 = r2
  484: r1 += 1
  485: *(u32 *)(r10 -148) = r1
  486: r2 += 3
  487: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  488: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  489: r1 -= 3
  490: r1 &= 65535
      ; write var2, v122
  491: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  492: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  493: r1 = *(u8 *)(r10 -28)
  494: if r2 == 0 goto +869
  495: if r1 == 10 goto +868
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  496: r3 = *(u64 *)(r10 -16)
  497: if r3 > 16383 goto +1563
  498: r2 = r6
  499: r2 += r3
  500: r1 = r2
  501: r1 += 1
  502: if r1 <= r7 goto +1
  503: goto +1557
  504: r1 = r3
  505: r1 += 1
  506: *(u32 *)(r10 -176) = r1
  507: r3 += 1
  508: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  509: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  510: r1 += 1
  511: r1 &= 255
      ; write var3, v127
  512: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  513: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  514: r1 -= 1
  515: r1 &= 65535
      ; write var2, v130
  516: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  517: r1 = *(u8 *)(r2 +0)
  518: if r1 == 0 goto +845
  519: if r1 == 1 goto +96
  520: if r1 == 2 goto +79
  521: if r1 == 3 goto +61
  522: if r1 == 8 goto +43
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  523: r1 = *(u64 *)(r10 -16)
  524: if r1 > 16383 goto +1536
  525: r2 = r6
  526: r2 += r1
  527: r1 = r2
  528: r1 += 1
  529: if r1 <= r7 goto +1
  530: goto +1530
  531: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  532: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  533: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  534: r1 = 1
  535: if r2 >= 2 goto +1
  536: r1 = 0
      ; verify v135, error HeaderTooShort
  537: if r1 == 0 goto +1523
      ; v136: bit<8> = read var9
  538: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  539: w2 = w2
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  540: r2 -= 1
  541: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  542: r2 *= 8
  543: w2 = w2
      ; advance v141
  544: r1 = r2
  545: r1 &= 7
  546: if r1 != 0 goto +1514
  547: r1 = r2
  548: r1 >>= 3
  549: r2 = *(u64 *)(r10 -16)
  550: r2 += r1
  551: if r2 > 16383 goto +1509
  552: r1 = r6
  553: r1 += r2
  554: if r1 <= r7 goto +1
  555: goto +1505
  556: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  557: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  558: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  559: r2 &= 65535
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  560: r2 -= 1
  561: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  562: r1 -= r2
  563: r1 &= 65535
      ; write var2, v147
  564: *(u16 *)(r10 -36) = r1
  565: goto +50
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  566: r2 = *(u64 *)(r10 -16)
  567: if r2 > 16383 goto +1493
  568: r1 = r6
  569: r1 += r2
  570: r1 += 9
  571: if r1 <= r7 goto +1
  572: goto +1488
  573: r1 = r2
  574: r1 += 1
  575: *(u32 *)(r10 -140) = r1
  576: r2 += 9
  577: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  578: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  579: r1 -= 9
  580: r1 &= 65535
      ; write var2, v150
  581: *(u16 *)(r10 -36) = r1
  582: goto +33
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  583: r2 = *(u64 *)(r10 -16)
  584: if r2 > 16383 goto +1476
  585: r1 = r6
  586: r1 += r2
  587: r1 += 2
  588: if r1 <= r7 goto +1
  589: goto +1471
  590: r1 = r2
  591: r1 += 1
  592: *(u32 *)(r10 -144) = r1
  593: r2 += 2
  594: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  595: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  596: r1 -= 2
  597: r1 &= 65535
      ; write var2, v153
  598: *(u16 *)(r10 -36) = r1
  599: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  600: r2 = *(u64 *)(r10 -16)
  601: if r2 > 16383 goto +1459
  602: r1 = r6
  603: r1 += r2
  604: r1 += 3
  605: if r1 <= r7 goto +1
  606: goto +1454
  607: r1 = r2
  608: r1 += 1
  609: *(u32 *)(r10 -148) = r1
  610: r2 += 3
  611: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  612: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  613: r1 -= 3
  614: r1 &= 65535
      ; write var2, v156
  615: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  616: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  617: r1 = *(u8 *)(r10 -28)
  618: if r2 == 0 goto +745
  619: if r1 == 10 goto +744
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  620: r3 = *(u64 *)(r10 -16)
  621: if r3 > 16383 goto +1439
  622: r2 = r6
  623: r2 += r3
  624: r1 = r2
  625: r1 += 1
  626: if r1 <= r7 goto +1
  627: goto +1433
  628: r1 = r3
  629: r1 += 1
  630: *(u32 *)(r10 -172) = r1
  631: r3 += 1
  632: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  633: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  634: r1 += 1
  635: r1 &= 255
      ; write var3, v161
  636: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  637: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  638: r1 -= 1
  639: r1 &= 65535
      ; write var2, v164
  640: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  641: r1 = *(u8 *)(r2 +0)
  642: if r1 == 0 goto +721
  643: if r1 == 1 goto +96
  644: if r1 == 2 goto +79
  645: if r1 == 3 goto +61
  646: if r1 == 8 goto +43
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  647: r1 = *(u64 *)(r10 -16)
  648: if r1 > 16383 goto +1412
  649: r2 = r6
  650: r2 += r1
  651: r1 = r2
  652: r1 += 1
  653: if r1 <= r7 goto +1
  654: goto +1406
  655: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  656: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  657: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  658: r1 = 1
  659: if r2 >= 2 goto +1
  660: r1 = 0
      ; verify v169, error HeaderTooShort
  661: if r1 == 0 goto +1399
      ; v170: bit<8> = read var9
  662: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  663: w2 = w2
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  664: r2 -= 1
  665: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  666: r2 *= 8
  667: w2 = w2
      ; advance v175
  668: r1 = r2
  669: r1 &= 7
  670: if r1 != 0 goto +1390
  671: r1 = r2
  672: r1 >>= 3
  673: r2 = *(u64 *)(r10 -16)
  674: r2 += r1
  675: if r2 > 16383 goto +1385
  676: r1 = r6
  677: r1 += r2
  678: if r1 <= r7 goto +1
  679: goto +1381
  680: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  681: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  682: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  683: r2 &= 65535
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  684: r2 -= 1
  685: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  686: r1 -= r2
  687: r1 &= 65535
      ; write var2, v181
  688: *(u16 *)(r10 -36) = r1
  689: goto +50
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  690: r2 = *(u64 *)(r10 -16)
  691: if r2 > 16383 goto +1369
  692: r1 = r6
  693: r1 += r2
  694: r1 += 9
  695: if r1 <= r7 goto +1
  696: goto +1364
  697: r1 = r2
  698: r1 += 1
  699: *(u32 *)(r10 -140) = r1
  700: r2 += 9
  701: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  702: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  703: r1 -= 9
  704: r1 &= 65535
      ; write var2, v184
  705: *(u16 *)(r10 -36) = r1
  706: goto +33
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  707: r2 = *(u64 *)(r10 -16)
  708: if r2 > 16383 goto +1352
  709: r1 = r6
  710: r1 += r2
  711: r1 += 2
  712: if r1 <= r7 goto +1
  713: goto +1347
  714: r1 = r2
  715: r1 += 1
  716: *(u32 *)(r10 -144) = r1
  717: r2 += 2
  718: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  719: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  720: r1 -= 2
  721: r1 &= 65535
      ; write var2, v187
  722: *(u16 *)(r10 -36) = r1
  723: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  724: r2 = *(u64 *)(r10 -16)
  725: if r2 > 16383 goto +1335
  726: r1 = r6
  727: r1 += r2
  728: r1 += 3
  729: if r1 <= r7 goto +1
  730: goto +1330
  731: r1 = r2
  732: r1 += 1
  733: *(u32 *)(r10 -148) = r1
  734: r2 += 3
  735: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  736: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  737: r1 -= 3
  738: r1 &= 65535
      ; write var2, v190
  739: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  740: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  741: r1 = *(u8 *)(r10 -28)
  742: if r2 == 0 goto +621
  743: if r1 == 10 goto +620
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  744: r3 = *(u64 *)(r10 -16)
  745: if r3 > 16383 goto +1315
  746: r2 = r6
  747: r2 += r3
  748: r1 = r2
  749: r1 += 1
  750: if r1 <= r7 goto +1
  751: goto +1309
  752: r1 = r3
  753: r1 += 1
  754: *(u32 *)(r10 -168) = r1
  755: r3 += 1
  756: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  757: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  758: r1 += 1
  759: r1 &= 255
      ; write var3, v195
  760: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  761: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  762: r1 -= 1
  763: r1 &= 65535
      ; write var2, v198
  764: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  765: r1 = *(u8 *)(r2 +0)
  766: if r1 == 0 goto +597
  767: if r1 == 1 goto +96
  768: if r1 == 2 goto +79
  769: if r1 == 3 goto +61
  770: if r1 == 8 goto +43
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  771: r1 = *(u64 *)(r10 -16)
  772: if r1 > 16383 goto +1288
  773: r2 = r6
  774: r2 += r1
  775: r1 = r2
  776: r1 += 1
  777: if r1 <= r7 goto +1
  778: goto +1282
  779: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  780: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  781: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  782: r1 = 1
  783: if r2 >= 2 goto +1
  784: r1 = 0
      ; verify v203, error HeaderTooShort
  785: if r1 == 0 goto +1275
      ; v204: bit<8> = read var9
  786: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  787: w2 = w2
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  788: r2 -= 1
  789: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  790: r2 *= 8
  791: w2 = w2
      ; advance v209
  792: r1 = r2
  793: r1 &= 7
  794: if r1 != 0 goto +1266
  795: r1 = r2
  796: r1 >>= 3
  797: r2 = *(u64 *)(r10 -16)
  798: r2 += r1
  799: if r2 > 16383 goto +1261
  800: r1 = r6
  801: r1 += r2
  802: if r1 <= r7 goto +1
  803: goto +1257
  804: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  805: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  806: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  807: r2 &= 65535
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  808: r2 -= 1
  809: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  810: r1 -= r2
  811: r1 &= 65535
      ; write var2, v215
  812: *(u16 *)(r10 -36) = r1
  813: goto +50
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  814: r2 = *(u64 *)(r10 -16)
  815: if r2 > 16383 goto +1245
  816: r1 = r6
  817: r1 += r2
  818: r1 += 9
  819: if r1 <= r7 goto +1
  820: goto +1240
  821: r1 = r2
  822: r1 += 1
  823: *(u32 *)(r10 -140) = r1
  824: r2 += 9
  825: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  826: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  827: r1 -= 9
  828: r1 &= 65535
      ; write var2, v218
  829: *(u16 *)(r10 -36) = r1
  830: goto +33
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  831: r2 = *(u64 *)(r10 -16)
  832: if r2 > 16383 goto +1228
  833: r1 = r6
  834: r1 += r2
  835: r1 += 2
  836: if r1 <= r7 goto +1
  837: goto +1223
  838: r1 = r2
  839: r1 += 1
  840: *(u32 *)(r10 -144) = r1
  841: r2 += 2
  842: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  843: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  844: r1 -= 2
  845: r1 &= 65535
      ; write var2, v221
  846: *(u16 *)(r10 -36) = r1
  847: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  848: r2 = *(u64 *)(r10 -16)
  849: if r2 > 16383 goto +1211
  850: r1 = r6
  851: r1 += r2
  852: r1 += 3
  853: if r1 <= r7 goto +1
  854: goto +1206
  855: r1 = r2
  856: r1 += 1
  857: *(u32 *)(r10 -148) = r1
  858: r2 += 3
  859: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  860: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  861: r1 -= 3
  862: r1 &= 65535
      ; write var2, v224
  863: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  864: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  865: r1 = *(u8 *)(r10 -28)
  866: if r2 == 0 goto +497
  867: if r1 == 10 goto +496
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  868: r3 = *(u64 *)(r10 -16)
  869: if r3 > 16383 goto +1191
  870: r2 = r6
  871: r2 += r3
  872: r1 = r2
  873: r1 += 1
  874: if r1 <= r7 goto +1
  875: goto +1185
  876: r1 = r3
  877: r1 += 1
  878: *(u32 *)(r10 -164) = r1
  879: r3 += 1
  880: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  881: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  882: r1 += 1
  883: r1 &= 255
      ; write var3, v229
  884: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  885: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  886: r1 -= 1
  887: r1 &= 65535
      ; write var2, v232
  888: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  889: r1 = *(u8 *)(r2 +0)
  890: if r1 == 0 goto +473
  891: if r1 == 1 goto +96
  892: if r1 == 2 goto +79
  893: if r1 == 3 goto +61
  894: if r1 == 8 goto +43
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  895: r1 = *(u64 *)(r10 -16)
  896: if r1 > 16383 goto +1164
  897: r2 = r6
  898: r2 += r1
  899: r1 = r2
  900: r1 += 1
  901: if r1 <= r7 goto +1
  902: goto +1158
  903: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  904: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  905: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  906: r1 = 1
  907: if r2 >= 2 goto +1
  908: r1 = 0
      ; verify v237, error HeaderTooShort
  909: if r1 == 0 goto +1151
      ; v238: bit<8> = read var9
  910: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  911: w2 = w2
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  912: r2 -= 1
  913: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  914: r2 *= 8
  915: w2 = w2
      ; advance v243
  916: r1 = r2
  917: r1 &= 7
  918: if r1 != 0 goto +1142
  919: r1 = r2
  920: r1 >>= 3
  921: r2 = *(u64 *)(r10 -16)
  922: r2 += r1
  923: if r2 > 16383 goto +1137
  924: r1 = r6
  925: r1 += r2
  926: if r1 <= r7 goto +1
  927: goto +1133
  928: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  929: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  930: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
  931: r2 &= 65535
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  932: r2 -= 1
  933: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  934: r1 -= r2
  935: r1 &= 65535
      ; write var2, v249
  936: *(u16 *)(r10 -36) = r1
  937: goto +50
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  938: r2 = *(u64 *)(r10 -16)
  939: if r2 > 16383 goto +1121
  940: r1 = r6
  941: r1 += r2
  942: r1 += 9
  943: if r1 <= r7 goto +1
  944: goto +1116
  945: r1 = r2
  946: r1 += 1
  947: *(u32 *)(r10 -140) = r1
  948: r2 += 9
  949: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  950: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  951: r1 -= 9
  952: r1 &= 65535
      ; write var2, v252
  953: *(u16 *)(r10 -36) = r1
  954: goto +33
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  955: r2 = *(u64 *)(r10 -16)
  956: if r2 > 16383 goto +1104
  957: r1 = r6
  958: r1 += r2
  959: r1 += 2
  960: if r1 <= r7 goto +1
  961: goto +1099
  962: r1 = r2
  963: r1 += 1
  964: *(u32 *)(r10 -144) = r1
  965: r2 += 2
  966: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  967: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  968: r1 -= 2
  969: r1 &= 65535
      ; write var2, v255
  970: *(u16 *)(r10 -36) = r1
  971: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  972: r2 = *(u64 *)(r10 -16)
  973: if r2 > 16383 goto +1087
  974: r1 = r6
  975: r1 += r2
  976: r1 += 3
  977: if r1 <= r7 goto +1
  978: goto +1082
  979: r1 = r2
  980: r1 += 1
  981: *(u32 *)(r10 -148) = r1
  982: r2 += 3
  983: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  984: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  985: r1 -= 3
  986: r1 &= 65535
      ; write var2, v258
  987: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  988: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  989: r1 = *(u8 *)(r10 -28)
  990: if r2 == 0 goto +373
  991: if r1 == 10 goto +372
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  992: r3 = *(u64 *)(r10 -16)
  993: if r3 > 16383 goto +1067
  994: r2 = r6
  995: r2 += r3
  996: r1 = r2
  997: r1 += 1
  998: if r1 <= r7 goto +1
  999: goto +1061
 1000: r1 = r3
 1001: r1 += 1
 1002: *(u32 *)(r10 -160) = r1
 1003: r3 += 1
 1004: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
 1005: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
 1006: r1 += 1
 1007: r1 &= 255
      ; write var3, v263
 1008: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
 1009: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
 1010: r1 -= 1
 1011: r1 &= 65535
      ; write var2, v266
 1012: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
 1013: r1 = *(u8 *)(r2 +0)
 1014: if r1 == 0 goto +349
 1015: if r1 == 1 goto +96
 1016: if r1 == 2 goto +79
 1017: if r1 == 3 goto +61
 1018: if r1 == 8 goto +43
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1019: r1 = *(u64 *)(r10 -16)
 1020: if r1 > 16383 goto +1040
 1021: r2 = r6
 1022: r2 += r1
 1023: r1 = r2
 1024: r1 += 1
 1025: if r1 <= r7 goto +1
 1026: goto +1034
 1027: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1028: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1029: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
 1030: r1 = 1
 1031: if r2 >= 2 goto +1
 1032: r1 = 0
      ; verify v271, error HeaderTooShort
 1033: if r1 == 0 goto +1027
      ; v272: bit<8> = read var9
 1034: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1035: w2 = w2
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
 1036: r2 -= 1
 1037: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
 1038: r2 *= 8
 1039: w2 = w2
      ; advance v277
 1040: r1 = r2
 1041: r1 &= 7
 1042: if r1 != 0 goto +1018
 1043: r1 = r2
 1044: r1 >>= 3
 1045: r2 = *(u64 *)(r10 -16)
 1046: r2 += r1
 1047: if r2 > 16383 goto +1013
 1048: r1 = r6
 1049: r1 += r2
 1050: if r1 <= r7 goto +1
 1051: goto +1009
 1052: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1053: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1054: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1055: r2 &= 65535
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
 1056: r2 -= 1
 1057: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1058: r1 -= r2
 1059: r1 &= 65535
      ; write var2, v283
 1060: *(u16 *)(r10 -36) = r1
 1061: goto +50
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1062: r2 = *(u64 *)(r10 -16)
 1063: if r2 > 16383 goto +997
 1064: r1 = r6
 1065: r1 += r2
 1066: r1 += 9
 1067: if r1 <= r7 goto +1
 1068: goto +992
 1069: r1 = r2
 1070: r1 += 1
 1071: *(u32 *)(r10 -140) = r1
 1072: r2 += 9
 1073: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1074: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
 1075: r1 -= 9
 1076: r1 &= 65535
      ; write var2, v286
 1077: *(u16 *)(r10 -36) = r1
 1078: goto +33
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1079: r2 = *(u64 *)(r10 -16)
 1080: if r2 > 16383 goto +980
 1081: r1 = r6
 1082: r1 += r2
 1083: r1 += 2
 1084: if r1 <= r7 goto +1
 1085: goto +975
 1086: r1 = r2
 1087: r1 += 1
 1088: *(u32 *)(r10 -144) = r1
 1089: r2 += 2
 1090: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1091: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1092: r1 -= 2
 1093: r1 &= 65535
      ; write var2, v289
 1094: *(u16 *)(r10 -36) = r1
 1095: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1096: r2 = *(u64 *)(r10 -16)
 1097: if r2 > 16383 goto +963
 1098: r1 = r6
 1099: r1 += r2
 1100: r1 += 3
 1101: if r1 <= r7 goto +1
 1102: goto +958
 1103: r1 = r2
 1104: r1 += 1
 1105: *(u32 *)(r10 -148) = r1
 1106: r2 += 3
 1107: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1108: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1109: r1 -= 3
 1110: r1 &= 65535
      ; write var2, v292
 1111: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1112: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1113: r1 = *(u8 *)(r10 -28)
 1114: if r2 == 0 goto +249
 1115: if r1 == 10 goto +248
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1116: r3 = *(u64 *)(r10 -16)
 1117: if r3 > 16383 goto +943
 1118: r2 = r6
 1119: r2 += r3
 1120: r1 = r2
 1121: r1 += 1
 1122: if r1 <= r7 goto +1
 1123: goto +937
 1124: r1 = r3
 1125: r1 += 1
 1126: *(u32 *)(r10 -156) = r1
 1127: r3 += 1
 1128: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1129: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1130: r1 += 1
 1131: r1 &= 255
      ; write var3, v297
 1132: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1133: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1134: r1 -= 1
 1135: r1 &= 65535
      ; write var2, v300
 1136: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1137: r1 = *(u8 *)(r2 +0)
 1138: if r1 == 0 goto +225
 1139: if r1 == 1 goto +96
 1140: if r1 == 2 goto +79
 1141: if r1 == 3 goto +61
 1142: if r1 == 8 goto +43
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1143: r1 = *(u64 *)(r10 -16)
 1144: if r1 > 16383 goto +916
 1145: r2 = r6
 1146: r2 += r1
 1147: r1 = r2
 1148: r1 += 1
 1149: if r1 <= r7 goto +1
 1150: goto +910
 1151: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1152: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1153: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1154: r1 = 1
 1155: if r2 >= 2 goto +1
 1156: r1 = 0
      ; verify v305, error HeaderTooShort
 1157: if r1 == 0 goto +903
      ; v306: bit<8> = read var9
 1158: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1159: w2 = w2
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1160: r2 -= 1
 1161: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1162: r2 *= 8
 1163: w2 = w2
      ; advance v311
 1164: r1 = r2
 1165: r1 &= 7
 1166: if r1 != 0 goto +894
 1167: r1 = r2
 1168: r1 >>= 3
 1169: r2 = *(u64 *)(r10 -16)
 1170: r2 += r1
 1171: if r2 > 16383 goto +889
 1172: r1 = r6
 1173: r1 += r2
 1174: if r1 <= r7 goto +1
 1175: goto +885
 1176: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1177: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1178: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1179: r2 &= 65535
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1180: r2 -= 1
 1181: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1182: r1 -= r2
 1183: r1 &= 65535
      ; write var2, v317
 1184: *(u16 *)(r10 -36) = r1
 1185: goto +50
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1186: r2 = *(u64 *)(r10 -16)
 1187: if r2 > 16383 goto +873
 1188: r1 = r6
 1189: r1 += r2
 1190: r1 += 9
 1191: if r1 <= r7 goto +1
 1192: goto +868
 1193: r1 = r2
 1194: r1 += 1
 1195: *(u32 *)(r10 -140) = r1
 1196: r2 += 9
 1197: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1198: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1199: r1 -= 9
 1200: r1 &= 65535
      ; write var2, v320
 1201: *(u16 *)(r10 -36) = r1
 1202: goto +33
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1203: r2 = *(u64 *)(r10 -16)
 1204: if r2 > 16383 goto +856
 1205: r1 = r6
 1206: r1 += r2
 1207: r1 += 2
 1208: if r1 <= r7 goto +1
 1209: goto +851
 1210: r1 = r2
 1211: r1 += 1
 1212: *(u32 *)(r10 -144) = r1
 1213: r2 += 2
 1214: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1215: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1216: r1 -= 2
 1217: r1 &= 65535
      ; write var2, v323
 1218: *(u16 *)(r10 -36) = r1
 1219: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1220: r2 = *(u64 *)(r10 -16)
 1221: if r2 > 16383 goto +839
 1222: r1 = r6
 1223: r1 += r2
 1224: r1 += 3
 1225: if r1 <= r7 goto +1
 1226: goto +834
 1227: r1 = r2
 1228: r1 += 1
 1229: *(u32 *)(r10 -148) = r1
 1230: r2 += 3
 1231: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1232: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1233: r1 -= 3
 1234: r1 &= 65535
      ; write var2, v326
 1235: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1236: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1237: r1 = *(u8 *)(r10 -28)
 1238: if r2 == 0 goto +125
 1239: if r1 == 10 goto +124
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1240: r3 = *(u64 *)(r10 -16)
 1241: if r3 > 16383 goto +819
 1242: r2 = r6
 1243: r2 += r3
 1244: r1 = r2
 1245: r1 += 1
 1246: if r1 <= r7 goto +1
 1247: goto +813
 1248: r1 = r3
 1249: r1 += 1
 1250: *(u32 *)(r10 -152) = r1
 1251: r3 += 1
 1252: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1253: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1254: r1 += 1
 1255: r1 &= 255
      ; write var3, v331
 1256: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1257: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1258: r1 -= 1
 1259: r1 &= 65535
      ; write var2, v334
 1260: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1261: r1 = *(u8 *)(r2 +0)
 1262: if r1 == 0 goto +101
 1263: if r1 == 1 goto +96
 1264: if r1 == 2 goto +79
 1265: if r1 == 3 goto +61
 1266: if r1 == 8 goto +43
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1267: r1 = *(u64 *)(r10 -16)
 1268: if r1 > 16383 goto +792
 1269: r2 = r6
 1270: r2 += r1
 1271: r1 = r2
 1272: r1 += 1
 1273: if r1 <= r7 goto +1
 1274: goto +786
 1275: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1276: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1277: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1278: r1 = 1
 1279: if r2 >= 2 goto +1
 1280: r1 = 0
      ; verify v339, error HeaderTooShort
 1281: if r1 == 0 goto +779
      ; v340: bit<8> = read var9
 1282: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1283: w2 = w2
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1284: r2 -= 1
 1285: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1286: r2 *= 8
 1287: w2 = w2
      ; advance v345
 1288: r1 = r2
 1289: r1 &= 7
 1290: if r1 != 0 goto +770
 1291: r1 = r2
 1292: r1 >>= 3
 1293: r2 = *(u64 *)(r10 -16)
 1294: r2 += r1
 1295: if r2 > 16383 goto +765
 1296: r1 = r6
 1297: r1 += r2
 1298: if r1 <= r7 goto +1
 1299: goto +761
 1300: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1301: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1302: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1303: r2 &= 65535
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1304: r2 -= 1
 1305: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1306: r1 -= r2
 1307: r1 &= 65535
      ; write var2, v351
 1308: *(u16 *)(r10 -36) = r1
 1309: goto +50
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1310: r2 = *(u64 *)(r10 -16)
 1311: if r2 > 16383 goto +749
 1312: r1 = r6
 1313: r1 += r2
 1314: r1 += 9
 1315: if r1 <= r7 goto +1
 1316: goto +744
 1317: r1 = r2
 1318: r1 += 1
 1319: *(u32 *)(r10 -140) = r1
 1320: r2 += 9
 1321: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1322: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1323: r1 -= 9
 1324: r1 &= 65535
      ; write var2, v354
 1325: *(u16 *)(r10 -36) = r1
 1326: goto +33
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1327: r2 = *(u64 *)(r10 -16)
 1328: if r2 > 16383 goto +732
 1329: r1 = r6
 1330: r1 += r2
 1331: r1 += 2
 1332: if r1 <= r7 goto +1
 1333: goto +727
 1334: r1 = r2
 1335: r1 += 1
 1336: *(u32 *)(r10 -144) = r1
 1337: r2 += 2
 1338: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1339: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1340: r1 -= 2
 1341: r1 &= 65535
      ; write var2, v357
 1342: *(u16 *)(r10 -36) = r1
 1343: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1344: r2 = *(u64 *)(r10 -16)
 1345: if r2 > 16383 goto +715
 1346: r1 = r6
 1347: r1 += r2
 1348: r1 += 3
 1349: if r1 <= r7 goto +1
 1350: goto +710
 1351: r1 = r2
 1352: r1 += 1
 1353: *(u32 *)(r10 -148) = r1
 1354: r2 += 3
 1355: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1356: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1357: r1 -= 3
 1358: r1 &= 65535
      ; write var2, v360
 1359: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1360: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1361: r1 = *(u8 *)(r10 -28)
 1362: if r2 == 0 goto +1
 1363: if r1 != 10 goto +697
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1364: r1 = *(u32 *)(r10 -192)
 1365: if r1 == 0 goto +1
 1366: r1 = 1
      ; v1: bool = not v0
 1367: r1 ^= 1
 1368: if r1 != 0 goto +694
      ; v2: bit<64> = timestamp_ns
 1369: call bpf_ktime_get_ns
 1370: r1 = r0
      ; write var10, v2
 1371: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1372: r1 = *(u32 *)(r10 -192)
 1373: if r1 == 0 goto +9
 1374: r1 -= 1
 1375: if r1 > 16383 goto +7
 1376: *(u64 *)(r10 -384) = r6
 1377: r0 = *(u64 *)(r10 -384)
 1378: r0 += r1
 1379: *(u64 *)(r10 -384) = r0
 1380: r1 = *(u64 *)(r10 -384)
 1381: r1 += 20
 1382: if r1 <= r7 goto +1
 1383: *(u64 *)(r10 -384) = 0
 1384: r1 = 0
 1385: r0 = *(u64 *)(r10 -384)
 1386: if r0 == 0 goto +2
 1387: r0 = *(u64 *)(r10 -384)
 1388: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1389: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1390: r1 = *(u32 *)(r10 -196)
 1391: if r1 == 0 goto +9
 1392: r1 -= 1
 1393: if r1 > 16383 goto +7
 1394: *(u64 *)(r10 -392) = r6
 1395: r0 = *(u64 *)(r10 -392)
 1396: r0 += r1
 1397: *(u64 *)(r10 -392) = r0
 1398: r1 = *(u64 *)(r10 -392)
 1399: r1 += 20
 1400: if r1 <= r7 goto +1
 1401: *(u64 *)(r10 -392) = 0
 1402: r1 = 0
 1403: r0 = *(u64 *)(r10 -392)
 1404: if r0 == 0 goto +3
 1405: r0 = *(u64 *)(r10 -392)
 1406: r1 = *(u8 *)(r0 +0)
 1407: r1 &= 15
      ; v5: bit<16> = cast v4
 1408: r1 &= 65535
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1409: r1 <<= 2
 1410: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1411: r2 = 0
 1412: r0 = *(u64 *)(r10 -384)
 1413: if r0 == 0 goto +4
 1414: r0 = *(u64 *)(r10 -384)
 1415: r2 = *(u8 *)(r0 +12)
 1416: r2 >>= 4
 1417: r2 &= 15
      ; v9: bit<16> = cast v8
 1418: r2 &= 65535
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1419: r2 <<= 2
 1420: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1421: r1 += r2
 1422: r1 &= 65535
      ; write var12, v12
 1423: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1424: r1 = 0
 1425: r0 = *(u64 *)(r10 -392)
 1426: if r0 == 0 goto +2
 1427: r0 = *(u64 *)(r10 -392)
 1428: r1 = *(u16 *)(r0 +2)
 1429: r1 = be16 r1
      ; v14: bit<16> = read var12
 1430: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1431: r1 -= r2
 1432: r1 &= 65535
      ; v16: bit<32> = cast v15
 1433: w1 = w1
      ; write var13, v16
 1434: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1435: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1436: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1437: r1 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1438: r3 = 1
 1439: if r1 != 0 goto +1
 1440: r3 = 0
      ; v23: bit<32> = const 1
 1441: r2 = 1
      ; v24: bit<32> = const 0
 1442: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1443: if r3 != 0 goto +1
 1444: r2 = r1
      ; v26: bit<32> = add v17, v25
 1445: r1 = r4
 1446: r1 += r2
 1447: w1 = w1
      ; write var14, v26
 1448: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1449: r4 = 0
 1450: r0 = *(u64 *)(r10 -392)
 1451: if r0 == 0 goto +2
 1452: r0 = *(u64 *)(r10 -392)
 1453: r4 = *(u32 *)(r0 +12)
 1454: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1455: r3 = 0
 1456: r0 = *(u64 *)(r10 -392)
 1457: if r0 == 0 goto +2
 1458: r0 = *(u64 *)(r10 -392)
 1459: r3 = *(u32 *)(r0 +16)
 1460: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1461: r2 = 0
 1462: r0 = *(u64 *)(r10 -384)
 1463: if r0 == 0 goto +2
 1464: r0 = *(u64 *)(r10 -384)
 1465: r2 = *(u16 *)(r0 +0)
 1466: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1467: r1 = 0
 1468: r0 = *(u64 *)(r10 -384)
 1469: if r0 == 0 goto +2
 1470: r0 = *(u64 *)(r10 -384)
 1471: r1 = *(u16 *)(r0 +2)
 1472: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1473: *(u32 *)(r10 -272) = r4
 1474: *(u32 *)(r10 -268) = r3
 1475: *(u16 *)(r10 -264) = r2
 1476: *(u16 *)(r10 -262) = r1
 1477: r1 = map[pipe_flows] ll
 1479: r2 = r10
 1480: r2 += -272
 1481: call bpf_map_lookup_elem
 1482: r9 = r0
 1483: if r9 == 0 goto +35
 1484: *(u64 *)(r10 -400) = 1
 1485: r0 = *(u32 *)(r9 +0)
 1486: *(u64 *)(r10 -408) = r0
 1487: w0 = w0
 1488: *(u64 *)(r10 -408) = r0
 1489: r0 = *(u32 *)(r9 +4)
 1490: *(u64 *)(r10 -416) = r0
 1491: w0 = w0
 1492: *(u64 *)(r10 -416) = r0
 1493: r0 = *(u32 *)(r9 +8)
 1494: *(u64 *)(r10 -424) = r0
 1495: w0 = w0
 1496: *(u64 *)(r10 -424) = r0
 1497: r0 = *(u32 *)(r9 +12)
 1498: *(u64 *)(r10 -432) = r0
 1499: w0 = w0
 1500: *(u64 *)(r10 -432) = r0
 1501: r0 = *(u16 *)(r9 +16)
 1502: *(u64 *)(r10 -440) = r0
 1503: r0 &= 65535
 1504: *(u64 *)(r10 -440) = r0
 1505: r8 = *(u8 *)(r9 +18)
 1506: r8 &= 255
 1507: r4 = *(u32 *)(r9 +20)
 1508: w4 = w4
 1509: r3 = *(u32 *)(r9 +24)
 1510: w3 = w3
 1511: r2 = *(u8 *)(r9 +28)
 1512: r2 &= 255
 1513: r1 = *(u32 *)(r9 +32)
 1514: w1 = w1
 1515: r0 = *(u64 *)(r9 +40)
 1516: *(u64 *)(r10 -448) = r0
 1517: r9 = *(u64 *)(r9 +48)
 1518: goto +13
 1519: *(u64 *)(r10 -400) = 0
 1520: *(u64 *)(r10 -408) = 0
 1521: *(u64 *)(r10 -416) = 0
 1522: *(u64 *)(r10 -424) = 0
 1523: *(u64 *)(r10 -432) = 0
 1524: *(u64 *)(r10 -440) = 0
 1525: r8 = 0
 1526: r4 = 0
 1527: r3 = 0
 1528: r2 = 0
 1529: r1 = 0
 1530: *(u64 *)(r10 -448) = 0
 1531: r9 = 0
      ; write var15, v32
 1532: r0 = *(u64 *)(r10 -408)
 1533: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1534: r0 = *(u64 *)(r10 -416)
 1535: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1536: r0 = *(u64 *)(r10 -424)
 1537: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1538: r0 = *(u64 *)(r10 -432)
 1539: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1540: r0 = *(u64 *)(r10 -440)
 1541: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1542: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1543: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1544: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1545: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1546: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1547: r0 = *(u64 *)(r10 -448)
 1548: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1549: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1550: r0 = *(u64 *)(r10 -400)
 1551: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1552: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1553: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1554: if r1 != 0 goto +53
      ; v65: bool = read var27
 1555: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1556: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1557: r2 = 1
 1558: if r1 != 0 goto +1
 1559: r2 = 0
      ; v69: bool = logical_and v65, v68
 1560: r1 = r3
 1561: r1 &= r2
 1562: if r1 == 0 goto +113
      ; v70: bit<32> = read_field hdr2.seqNo
 1563: r1 = 0
 1564: r0 = *(u64 *)(r10 -384)
 1565: if r0 == 0 goto +2
 1566: r0 = *(u64 *)(r10 -384)
 1567: r1 = *(u32 *)(r0 +4)
 1568: r1 = be32 r1
      ; v71: bit<32> = read var14
 1569: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1570: r1 += r2
 1571: w1 = w1
      ; write var28, v72
 1572: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1573: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1574: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1575: r1 -= r2
 1576: w1 = w1
      ; write var29, v75
 1577: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1578: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1579: r4 = 1
 1580: if r1 != 0 goto +1
 1581: r4 = 0
      ; v79: bit<32> = read var29
 1582: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1583: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1584: r2 = 1
 1585: if r3 < r1 goto +1
 1586: r2 = 0
      ; v82: bool = logical_and v78, v81
 1587: r1 = r4
 1588: r1 &= r2
 1589: if r1 != 0 goto +7
      ; v90: bit<32> = read var22
 1590: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1591: r1 += 1
 1592: w1 = w1
      ; write var22, v92
 1593: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1594: r1 = 0
      ; write var23, v93
 1595: *(u8 *)(r10 -23) = r1
 1596: goto +79
      ; v83: bit<32> = read var28
 1597: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1598: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1599: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1600: if r1 != 0 goto +75
      ; v87: bit<8> = const 1
 1601: r1 = 1
      ; write var23, v87
 1602: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1603: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1604: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1605: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1606: *(u64 *)(r10 -232) = r1
 1607: goto +68
      ; v49: bool = const 1
 1608: r1 = 1
      ; write var27, v49
 1609: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1610: r1 = 0
 1611: r0 = *(u64 *)(r10 -384)
 1612: if r0 == 0 goto +2
 1613: r0 = *(u64 *)(r10 -384)
 1614: r1 = *(u32 *)(r0 +4)
 1615: r1 = be32 r1
      ; write var15, v50
 1616: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1617: r1 = 0
 1618: r0 = *(u64 *)(r10 -384)
 1619: if r0 == 0 goto +2
 1620: r0 = *(u64 *)(r10 -384)
 1621: r1 = *(u32 *)(r0 +4)
 1622: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1623: r1 += 1
 1624: w1 = w1
      ; write var16, v53
 1625: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1626: r1 = 0
      ; write var18, v54
 1627: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1628: r1 = *(u32 *)(r10 -148)
 1629: if r1 == 0 goto +7
 1630: r1 -= 1
 1631: if r1 > 16383 goto +5
 1632: r2 = r6
 1633: r2 += r1
 1634: r1 = r2
 1635: r1 += 3
 1636: if r1 <= r7 goto +1
 1637: r2 = 0
 1638: r1 = 0
 1639: if r2 == 0 goto +1
 1640: r1 = *(u16 *)(r2 +1)
 1641: r1 = be16 r1
      ; write var19, v55
 1642: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1643: r1 = *(u32 *)(r10 -144)
 1644: if r1 == 0 goto +7
 1645: r1 -= 1
 1646: if r1 > 16383 goto +5
 1647: r2 = r6
 1648: r2 += r1
 1649: r1 = r2
 1650: r1 += 2
 1651: if r1 <= r7 goto +1
 1652: r2 = 0
 1653: r1 = 0
 1654: if r2 == 0 goto +1
 1655: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1656: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1657: r1 = 0
      ; write var21, v57
 1658: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1659: r1 = 0
      ; write var22, v58
 1660: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1661: r1 = 1
      ; write var23, v59
 1662: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1663: r1 = 0
 1664: r0 = *(u64 *)(r10 -384)
 1665: if r0 == 0 goto +2
 1666: r0 = *(u64 *)(r10 -384)
 1667: r1 = *(u32 *)(r0 +4)
 1668: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1669: r1 += 1
 1670: w1 = w1
      ; write var24, v62
 1671: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1672: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1673: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1674: r1 = 0
      ; write var26, v64
 1675: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1676: r1 = *(u8 *)(r10 -22)
 1677: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1678: r1 = *(u32 *)(r10 -140)
 1679: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1680: r1 = *(u32 *)(r10 -140)
 1681: if r1 == 0 goto +7
 1682: r1 -= 1
 1683: if r1 > 16383 goto +5
 1684: r2 = r6
 1685: r2 += r1
 1686: r1 = r2
 1687: r1 += 9
 1688: if r1 <= r7 goto +1
 1689: r2 = 0
 1690: r1 = 0
 1691: if r2 == 0 goto +1
 1692: r1 = *(u32 *)(r2 +1)
 1693: r1 = be32 r1
      ; write var21, v96
 1694: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1695: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1696: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1697: r1 -= r2
 1698: w1 = w1
      ; write var17, v99
 1699: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1700: r1 = 0
 1701: r0 = *(u64 *)(r10 -392)
 1702: if r0 == 0 goto +2
 1703: r0 = *(u64 *)(r10 -392)
 1704: r1 = *(u32 *)(r0 +12)
 1705: *(u64 *)(r10 -400) = r1
 1706: r0 = *(u64 *)(r10 -400)
 1707: r0 = be32 r0
 1708: *(u64 *)(r10 -400) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1709: r9 = 0
 1710: r0 = *(u64 *)(r10 -392)
 1711: if r0 == 0 goto +2
 1712: r0 = *(u64 *)(r10 -392)
 1713: r9 = *(u32 *)(r0 +16)
 1714: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1715: r8 = 0
 1716: r0 = *(u64 *)(r10 -384)
 1717: if r0 == 0 goto +2
 1718: r0 = *(u64 *)(r10 -384)
 1719: r8 = *(u16 *)(r0 +0)
 1720: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1721: r4 = 0
 1722: r0 = *(u64 *)(r10 -384)
 1723: if r0 == 0 goto +2
 1724: r0 = *(u64 *)(r10 -384)
 1725: r4 = *(u16 *)(r0 +2)
 1726: r4 = be16 r4
      ; v104: bit<32> = read var15
 1727: r0 = *(u32 *)(r10 -104)
 1728: *(u64 *)(r10 -408) = r0
      ; v105: bit<32> = read var16
 1729: r0 = *(u32 *)(r10 -100)
 1730: *(u64 *)(r10 -416) = r0
      ; v106: bit<32> = read var17
 1731: r0 = *(u32 *)(r10 -96)
 1732: *(u64 *)(r10 -424) = r0
      ; v107: bit<32> = read var18
 1733: r0 = *(u32 *)(r10 -92)
 1734: *(u64 *)(r10 -432) = r0
      ; v108: bit<16> = read var19
 1735: r0 = *(u16 *)(r10 -32)
 1736: *(u64 *)(r10 -440) = r0
      ; v109: bit<8> = read var20
 1737: r0 = *(u8 *)(r10 -24)
 1738: *(u64 *)(r10 -448) = r0
      ; v110: bit<32> = read var21
 1739: r0 = *(u32 *)(r10 -88)
 1740: *(u64 *)(r10 -456) = r0
      ; v111: bit<32> = read var22
 1741: r0 = *(u32 *)(r10 -84)
 1742: *(u64 *)(r10 -464) = r0
      ; v112: bit<8> = read var23
 1743: r0 = *(u8 *)(r10 -23)
 1744: *(u64 *)(r10 -472) = r0
      ; v113: bit<32> = read var24
 1745: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1746: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1747: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1748: r0 = *(u64 *)(r10 -400)
 1749: *(u32 *)(r10 -280) = r0
 1750: *(u32 *)(r10 -276) = r9
 1751: *(u16 *)(r10 -272) = r8
 1752: *(u16 *)(r10 -270) = r4
 1753: *(u64 *)(r10 -352) = 0
 1754: *(u64 *)(r10 -344) = 0
 1755: *(u64 *)(r10 -336) = 0
 1756: r0 = *(u64 *)(r10 -408)
 1757: *(u32 *)(r10 -368) = r0
 1758: r0 = *(u64 *)(r10 -416)
 1759: *(u32 *)(r10 -364) = r0
 1760: r0 = *(u64 *)(r10 -424)
 1761: *(u32 *)(r10 -360) = r0
 1762: r0 = *(u64 *)(r10 -432)
 1763: *(u32 *)(r10 -356) = r0
 1764: r0 = *(u64 *)(r10 -440)
 1765: *(u16 *)(r10 -352) = r0
 1766: r0 = *(u64 *)(r10 -448)
 1767: *(u8 *)(r10 -350) = r0
 1768: r0 = *(u64 *)(r10 -456)
 1769: *(u32 *)(r10 -348) = r0
 1770: r0 = *(u64 *)(r10 -464)
 1771: *(u32 *)(r10 -344) = r0
 1772: r0 = *(u64 *)(r10 -472)
 1773: *(u8 *)(r10 -340) = r0
 1774: *(u32 *)(r10 -336) = r3
 1775: *(u64 *)(r10 -328) = r2
 1776: *(u64 *)(r10 -320) = r1
 1777: r1 = map[pipe_flows] ll
 1779: r2 = r10
 1780: r2 += -280
 1781: r3 = r10
 1782: r3 += -368
 1783: r4 = 0
 1784: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1785: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1786: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1787: if r1 == 0 goto +275
      ; v121: bit<32> = read_field hdr1.dstAddr
 1788: r4 = 0
 1789: r0 = *(u64 *)(r10 -392)
 1790: if r0 == 0 goto +2
 1791: r0 = *(u64 *)(r10 -392)
 1792: r4 = *(u32 *)(r0 +16)
 1793: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1794: r3 = 0
 1795: r0 = *(u64 *)(r10 -392)
 1796: if r0 == 0 goto +2
 1797: r0 = *(u64 *)(r10 -392)
 1798: r3 = *(u32 *)(r0 +12)
 1799: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1800: r2 = 0
 1801: r0 = *(u64 *)(r10 -384)
 1802: if r0 == 0 goto +2
 1803: r0 = *(u64 *)(r10 -384)
 1804: r2 = *(u16 *)(r0 +2)
 1805: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1806: r1 = 0
 1807: r0 = *(u64 *)(r10 -384)
 1808: if r0 == 0 goto +2
 1809: r0 = *(u64 *)(r10 -384)
 1810: r1 = *(u16 *)(r0 +0)
 1811: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1812: *(u32 *)(r10 -272) = r4
 1813: *(u32 *)(r10 -268) = r3
 1814: *(u16 *)(r10 -264) = r2
 1815: *(u16 *)(r10 -262) = r1
 1816: r1 = map[pipe_flows] ll
 1818: r2 = r10
 1819: r2 += -272
 1820: call bpf_map_lookup_elem
 1821: r9 = r0
 1822: if r9 == 0 goto +35
 1823: *(u64 *)(r10 -400) = 1
 1824: r0 = *(u32 *)(r9 +0)
 1825: *(u64 *)(r10 -408) = r0
 1826: w0 = w0
 1827: *(u64 *)(r10 -408) = r0
 1828: r0 = *(u32 *)(r9 +4)
 1829: *(u64 *)(r10 -416) = r0
 1830: w0 = w0
 1831: *(u64 *)(r10 -416) = r0
 1832: r0 = *(u32 *)(r9 +8)
 1833: *(u64 *)(r10 -424) = r0
 1834: w0 = w0
 1835: *(u64 *)(r10 -424) = r0
 1836: r0 = *(u32 *)(r9 +12)
 1837: *(u64 *)(r10 -432) = r0
 1838: w0 = w0
 1839: *(u64 *)(r10 -432) = r0
 1840: r0 = *(u16 *)(r9 +16)
 1841: *(u64 *)(r10 -440) = r0
 1842: r0 &= 65535
 1843: *(u64 *)(r10 -440) = r0
 1844: r8 = *(u8 *)(r9 +18)
 1845: r8 &= 255
 1846: r4 = *(u32 *)(r9 +20)
 1847: w4 = w4
 1848: r3 = *(u32 *)(r9 +24)
 1849: w3 = w3
 1850: r2 = *(u8 *)(r9 +28)
 1851: r2 &= 255
 1852: r1 = *(u32 *)(r9 +32)
 1853: w1 = w1
 1854: r0 = *(u64 *)(r9 +40)
 1855: *(u64 *)(r10 -448) = r0
 1856: r9 = *(u64 *)(r9 +48)
 1857: goto +13
 1858: *(u64 *)(r10 -400) = 0
 1859: *(u64 *)(r10 -408) = 0
 1860: *(u64 *)(r10 -416) = 0
 1861: *(u64 *)(r10 -424) = 0
 1862: *(u64 *)(r10 -432) = 0
 1863: *(u64 *)(r10 -440) = 0
 1864: r8 = 0
 1865: r4 = 0
 1866: r3 = 0
 1867: r2 = 0
 1868: r1 = 0
 1869: *(u64 *)(r10 -448) = 0
 1870: r9 = 0
      ; write var30, v126
 1871: r0 = *(u64 *)(r10 -408)
 1872: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1873: r0 = *(u64 *)(r10 -416)
 1874: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1875: r0 = *(u64 *)(r10 -424)
 1876: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1877: r0 = *(u64 *)(r10 -432)
 1878: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1879: r0 = *(u64 *)(r10 -440)
 1880: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1881: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1882: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1883: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1884: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1885: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1886: r0 = *(u64 *)(r10 -448)
 1887: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1888: *(u64 *)(r10 -208) = r9
 1889: r0 = *(u64 *)(r10 -400)
 1890: if r0 == 0 goto +172
      ; v138: bit<32> = read_field hdr2.ackNo
 1891: r1 = 0
 1892: r0 = *(u64 *)(r10 -384)
 1893: if r0 == 0 goto +2
 1894: r0 = *(u64 *)(r10 -384)
 1895: r1 = *(u32 *)(r0 +8)
 1896: r1 = be32 r1
      ; v139: bit<32> = read var30
 1897: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1898: r1 -= r2
 1899: w1 = w1
      ; write var42, v140
 1900: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1901: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 1902: r4 = 1
 1903: if r1 != 0 goto +1
 1904: r4 = 0
      ; v144: bit<32> = read var42
 1905: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1906: w1 = -2147483648
      ; v146: bool = lt v144, v145
 1907: r2 = 1
 1908: if r3 < r1 goto +1
 1909: r2 = 0
      ; v147: bool = logical_and v143, v146
 1910: r1 = r4
 1911: r1 &= r2
 1912: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1913: r1 = 0
 1914: r0 = *(u64 *)(r10 -384)
 1915: if r0 == 0 goto +2
 1916: r0 = *(u64 *)(r10 -384)
 1917: r1 = *(u32 *)(r0 +8)
 1918: r1 = be32 r1
      ; write var30, v148
 1919: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1920: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 1921: r4 = 1
 1922: if r1 == 1 goto +1
 1923: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 1924: r3 = 0
 1925: r0 = *(u64 *)(r10 -384)
 1926: if r0 == 0 goto +2
 1927: r0 = *(u64 *)(r10 -384)
 1928: r3 = *(u32 *)(r0 +8)
 1929: r3 = be32 r3
      ; v153: bit<32> = read var39
 1930: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1931: r3 -= r1
 1932: w3 = w3
      ; v155: bit<32> = const 0x80000000
 1933: w1 = -2147483648
      ; v156: bool = lt v154, v155
 1934: r2 = 1
 1935: if r3 < r1 goto +1
 1936: r2 = 0
      ; v157: bool = logical_and v151, v156
 1937: r1 = r4
 1938: r1 &= r2
 1939: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 1940: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1941: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1942: r1 -= r2
      ; write var41, v160
 1943: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 1944: r1 = 0
      ; write var38, v161
 1945: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 1946: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1947: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1948: r1 -= r2
 1949: w1 = w1
      ; write var32, v164
 1950: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1951: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1952: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1953: r3 = 1
 1954: if r1 != 0 goto +1
 1955: r3 = 0
      ; v170: bit<8> = read var20
 1956: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1957: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1958: if r3 != 0 goto +1
 1959: r1 = r2
      ; write var43, v172
 1960: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1961: r1 = 0
 1962: r0 = *(u64 *)(r10 -384)
 1963: if r0 == 0 goto +2
 1964: r0 = *(u64 *)(r10 -384)
 1965: r1 = *(u16 *)(r0 +14)
 1966: r1 = be16 r1
      ; v174: bit<32> = cast v173
 1967: w1 = w1
      ; v175: bit<8> = read var43
 1968: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1969: if r2 >= 32 goto +3
 1970: r1 <<= r2
 1971: w1 = w1
 1972: goto +1
 1973: r1 = 0
      ; write var33, v176
 1974: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1975: r1 = 0
 1976: r0 = *(u64 *)(r10 -392)
 1977: if r0 == 0 goto +2
 1978: r0 = *(u64 *)(r10 -392)
 1979: r1 = *(u32 *)(r0 +16)
 1980: *(u64 *)(r10 -400) = r1
 1981: r0 = *(u64 *)(r10 -400)
 1982: r0 = be32 r0
 1983: *(u64 *)(r10 -400) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1984: r9 = 0
 1985: r0 = *(u64 *)(r10 -392)
 1986: if r0 == 0 goto +2
 1987: r0 = *(u64 *)(r10 -392)
 1988: r9 = *(u32 *)(r0 +12)
 1989: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1990: r8 = 0
 1991: r0 = *(u64 *)(r10 -384)
 1992: if r0 == 0 goto +2
 1993: r0 = *(u64 *)(r10 -384)
 1994: r8 = *(u16 *)(r0 +2)
 1995: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1996: r4 = 0
 1997: r0 = *(u64 *)(r10 -384)
 1998: if r0 == 0 goto +2
 1999: r0 = *(u64 *)(r10 -384)
 2000: r4 = *(u16 *)(r0 +0)
 2001: r4 = be16 r4
      ; v181: bit<32> = read var30
 2002: r0 = *(u32 *)(r10 -68)
 2003: *(u64 *)(r10 -384) = r0
      ; v182: bit<32> = read var31
 2004: r0 = *(u32 *)(r10 -64)
 2005: *(u64 *)(r10 -392) = r0
      ; v183: bit<32> = read var32
 2006: r0 = *(u32 *)(r10 -60)
 2007: *(u64 *)(r10 -408) = r0
      ; v184: bit<32> = read var33
 2008: r0 = *(u32 *)(r10 -56)
 2009: *(u64 *)(r10 -416) = r0
      ; v185: bit<16> = read var34
 2010: r0 = *(u16 *)(r10 -30)
 2011: *(u64 *)(r10 -424) = r0
      ; v186: bit<8> = read var35
 2012: r0 = *(u8 *)(r10 -21)
 2013: *(u64 *)(r10 -432) = r0
      ; v187: bit<32> = read var36
 2014: r0 = *(u32 *)(r10 -52)
 2015: *(u64 *)(r10 -440) = r0
      ; v188: bit<32> = read var37
 2016: r0 = *(u32 *)(r10 -48)
 2017: *(u64 *)(r10 -448) = r0
      ; v189: bit<8> = read var38
 2018: r0 = *(u8 *)(r10 -20)
 2019: *(u64 *)(r10 -456) = r0
      ; v190: bit<32> = read var39
 2020: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 2021: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 2022: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2023: r0 = *(u64 *)(r10 -400)
 2024: *(u32 *)(r10 -280) = r0
 2025: *(u32 *)(r10 -276) = r9
 2026: *(u16 *)(r10 -272) = r8
 2027: *(u16 *)(r10 -270) = r4
 2028: *(u64 *)(r10 -352) = 0
 2029: *(u64 *)(r10 -344) = 0
 2030: *(u64 *)(r10 -336) = 0
 2031: r0 = *(u64 *)(r10 -384)
 2032: *(u32 *)(r10 -368) = r0
 2033: r0 = *(u64 *)(r10 -392)
 2034: *(u32 *)(r10 -364) = r0
 2035: r0 = *(u64 *)(r10 -408)
 2036: *(u32 *)(r10 -360) = r0
 2037: r0 = *(u64 *)(r10 -416)
 2038: *(u32 *)(r10 -356) = r0
 2039: r0 = *(u64 *)(r10 -424)
 2040: *(u16 *)(r10 -352) = r0
 2041: r0 = *(u64 *)(r10 -432)
 2042: *(u8 *)(r10 -350) = r0
 2043: r0 = *(u64 *)(r10 -440)
 2044: *(u32 *)(r10 -348) = r0
 2045: r0 = *(u64 *)(r10 -448)
 2046: *(u32 *)(r10 -344) = r0
 2047: r0 = *(u64 *)(r10 -456)
 2048: *(u8 *)(r10 -340) = r0
 2049: *(u32 *)(r10 -336) = r3
 2050: *(u64 *)(r10 -328) = r2
 2051: *(u64 *)(r10 -320) = r1
 2052: r1 = map[pipe_flows] ll
 2054: r2 = r10
 2055: r2 += -280
 2056: r3 = r10
 2057: r3 += -368
 2058: r4 = 0
 2059: call bpf_map_update_elem
 2060: goto +2
      ; drop
 2061: r0 = 2
 2062: exit
      ; epilogue: verdict
 2063: r0 = 0
 2064: exit
