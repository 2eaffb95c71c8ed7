; dapper for xdp: 2109 instructions, stack 504 bytes, 1 maps
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
   39: if r3 > 16383 goto +2027
   40: r2 = r6
   41: r2 += r3
   42: r1 = r2
   43: r1 += 14
   44: if r1 <= r7 goto +1
   45: goto +2021
   46: r1 = r3
   47: r1 += 1
   48: *(u32 *)(r10 -200) = r1
   49: r3 += 14
   50: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   51: r1 = *(u16 *)(r2 +12)
   52: if r1 != 8 goto +1317
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   53: r2 = *(u64 *)(r10 -16)
   54: if r2 > 16383 goto +2012
   55: r3 = r6
   56: r3 += r2
   57: r1 = r3
   58: r1 += 20
   59: if r1 <= r7 goto +1
   60: goto +2006
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
   71: if r1 == 0 goto +1995
      ; v4: bit<4> = read_field hdr1.ihl
   72: r2 = *(u8 *)(r3 +0)
   73: r2 &= 15
      ; v5: bit<32> = cast v4
   74: w2 = w2
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   75: r2 -= 5
   76: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   77: r2 *= 32
   78: w2 = w2
      ; advance v9
   79: r1 = r2
   80: r1 &= 7
   81: if r1 != 0 goto +1985
   82: r1 = r2
   83: r1 >>= 3
   84: r2 = *(u64 *)(r10 -16)
   85: r2 += r1
   86: if r2 > 16383 goto +1980
   87: r1 = r6
   88: r1 += r2
   89: if r1 <= r7 goto +1
   90: goto +1976
   91: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   92: r2 = *(u16 *)(r3 +6)
   93: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   94: r1 = *(u8 *)(r3 +9)
   95: if r2 != 0 goto +1274
   96: if r1 != 6 goto +1273
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   97: r2 = *(u64 *)(r10 -16)
   98: if r2 > 16383 goto +1968
   99: r3 = r6
  100: r3 += r2
  101: r1 = r3
  102: r1 += 20
  103: if r1 <= r7 goto +1
  104: goto +1962
  105: r1 = r2
  106: r1 += 1
  107: *(u32 *)(r10 -192) = r1
  108: r2 += 20
  109: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  110: r2 = *(u8 *)(r3 +12)
  111: r2 >>= 4
  112: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  113: r1 = 1
  114: if r2 >= 5 goto +1
  115: r1 = 0
      ; verify v14, error HeaderTooShort
  116: if r1 == 0 goto +1950
      ; v15: bit<4> = read_field hdr2.dataOffset
  117: r1 = *(u8 *)(r3 +12)
  118: r1 >>= 4
  119: r1 &= 15
      ; v16: bit<16> = cast v15
  120: r1 &= 65535
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  121: r1 -= 5
  122: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  123: r1 *= 4
  124: r1 &= 65535
      ; write var2, v20
  125: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  126: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  127: r1 = *(u8 *)(r10 -28)
  128: if r2 == 0 goto +1241
  129: if r1 == 10 goto +1240
      ; prs: block5 (parse_option)
      ; extract hdr3
  130: r3 = *(u64 *)(r10 -16)
  131: if r3 > 16383 goto +1935
  132: r2 = r6
  133: r2 += r3
  134: r1 = r2
  135: r1 += 1
  136: if r1 <= r7 goto +1
  137: goto +1929
  138: r1 = r3
  139: r1 += 1
  140: *(u32 *)(r10 -188) = r1
  141: r3 += 1
  142: *(u64 *)(r10 -16) = r3
      ; v23: bit<8> = read var3
  143: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
      ; v25: bit<8> = add v23, v24
  144: r1 += 1
  145: r1 &= 255
      ; write var3, v25
  146: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  147: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
      ; v28: bit<16> = sub v26, v27
  148: r1 -= 1
  149: r1 &= 65535
      ; write var2, v28
  150: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  151: r1 = *(u8 *)(r2 +0)
  152: if r1 == 0 goto +1217
  153: if r1 == 1 goto +96
  154: if r1 == 2 goto +79
  155: if r1 == 3 goto +61
  156: if r1 == 8 goto +43
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  157: r1 = *(u64 *)(r10 -16)
  158: if r1 > 16383 goto +1908
  159: r2 = r6
  160: r2 += r1
  161: r1 = r2
  162: r1 += 1
  163: if r1 <= r7 goto +1
  164: goto +1902
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
  171: if r1 == 0 goto +1895
      ; v34: bit<8> = read var9
  172: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
  173: w2 = w2
      ; v36: bit<32> = const 1
      ; v37: bit<32> = sub v35, v36
  174: r2 -= 1
  175: w2 = w2
      ; v38: bit<32> = const 8
      ; v39: bit<32> = mul v37, v38
  176: r2 *= 8
  177: w2 = w2
      ; advance v39
  178: r1 = r2
  179: r1 &= 7
  180: if r1 != 0 goto +1886
  181: r1 = r2
  182: r1 >>= 3
  183: r2 = *(u64 *)(r10 -16)
  184: r2 += r1
  185: if r2 > 16383 goto +1881
  186: r1 = r6
  187: r1 += r2
  188: if r1 <= r7 goto +1
  189: goto +1877
  190: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  191: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  192: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
  193: r2 &= 65535
      ; v43: bit<16> = const 1
      ; v44: bit<16> = sub v42, v43
  194: r2 -= 1
  195: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  196: r1 -= r2
  197: r1 &= 65535
      ; write var2, v45
  198: *(u16 *)(r10 -36) = r1
  199: goto +50
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  200: r2 = *(u64 *)(r10 -16)
  201: if r2 > 16383 goto +1865
  202: r1 = r6
  203: r1 += r2
  204: r1 += 9
  205: if r1 <= r7 goto +1
  206: goto +1860
  207: r1 = r2
  208: r1 += 1
  209: *(u32 *)(r10 -140) = r1
  210: r2 += 9
  211: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  212: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
      ; v48: bit<16> = sub v46, v47
  213: r1 -= 9
  214: r1 &= 65535
      ; write var2, v48
  215: *(u16 *)(r10 -36) = r1
  216: goto +33
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  217: r2 = *(u64 *)(r10 -16)
  218: if r2 > 16383 goto +1848
  219: r1 = r6
  220: r1 += r2
  221: r1 += 2
  222: if r1 <= r7 goto +1
  223: goto +1843
  224: r1 = r2
  225: r1 += 1
  226: *(u32 *)(r10 -144) = r1
  227: r2 += 2
  228: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  229: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  230: r1 -= 2
  231: r1 &= 65535
      ; write var2, v51
  232: *(u16 *)(r10 -36) = r1
  233: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  234: r2 = *(u64 *)(r10 -16)
  235: if r2 > 16383 goto +1831
  236: r1 = r6
  237: r1 += r2
  238: r1 += 3
  239: if r1 <= r7 goto +1
  240: goto +1826
  241: r1 = r2
  242: r1 += 1
  243: *(u32 *)(r10 -148) = r1
  244: r2 += 3
  245: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  246: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  247: r1 -= 3
  248: r1 &= 65535
      ; write var2, v54
  249: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  250: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  251: r1 = *(u8 *)(r10 -28)
  252: if r2 == 0 goto +1117
  253: if r1 == 10 goto +1116
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  254: r3 = *(u64 *)(r10 -16)
  255: if r3 > 16383 goto +1811
  256: r2 = r6
  257: r2 += r3
  258: r1 = r2
  259: r1 += 1
  260: if r1 <= r7 goto +1
  261: goto +1805
  262: r1 = r3
  263: r1 += 1
  264: *(u32 *)(r10 -184) = r1
  265: r3 += 1
  266: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  267: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  268: r1 += 1
  269: r1 &= 255
      ; write var3, v59
  270: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  271: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  272: r1 -= 1
  273: r1 &= 65535
      ; write var2, v62
  274: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  275: r1 = *(u8 *)(r2 +0)
  276: if r1 == 0 goto +1093
  277: if r1 == 1 goto +96
  278: if r1 == 2 goto +79
  279: if r1 == 3 goto +61
  280: if r1 == 8 goto +43
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  281: r1 = *(u64 *)(r10 -16)
  282: if r1 > 16383 goto +1784
  283: r2 = r6
  284: r2 += r1
  285: r1 = r2
  286: r1 += 1
  287: if r1 <= r7 goto +1
  288: goto +1778
  289: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  290: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  291: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  292: r1 = 1
  293: if r2 >= 2 goto +1
  294: r1 = 0
      ; verify v67, error HeaderTooShort
  295: if r1 == 0 goto +1771
      ; v68: bit<8> = read var9
  296: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  297: w2 = w2
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  298: r2 -= 1
  299: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  300: r2 *= 8
  301: w2 = w2
      ; advance v73
  302: r1 = r2
  303: r1 &= 7
  304: if r1 != 0 goto +1762
  305: r1 = r2
  306: r1 >>= 3
  307: r2 = *(u64 *)(r10 -16)
  308: r2 += r1
  309: if r2 > 16383 goto +1757
  310: r1 = r6
  311: r1 += r2
  312: if r1 <= r7 goto +1
  313: goto +1753
  314: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  315: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  316: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  317: r2 &= 65535
      ; v77: bit<16> = const 1
      ; v78: bit<16> = sub v76, v77
  318: r2 -= 1
  319: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  320: r1 -= r2
  321: r1 &= 65535
      ; write var2, v79
  322: *(u16 *)(r10 -36) = r1
  323: goto +50
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  324: r2 = *(u64 *)(r10 -16)
  325: if r2 > 16383 goto +1741
  326: r1 = r6
  327: r1 += r2
  328: r1 += 9
  329: if r1 <= r7 goto +1
  330: goto +1736
  331: r1 = r2
  332: r1 += 1
  333: *(u32 *)(r10 -140) = r1
  334: r2 += 9
  335: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  336: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
      ; v82: bit<16> = sub v80, v81
  337: r1 -= 9
  338: r1 &= 65535
      ; write var2, v82
  339: *(u16 *)(r10 -36) = r1
  340: goto +33
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  341: r2 = *(u64 *)(r10 -16)
  342: if r2 > 16383 goto +1724
  343: r1 = r6
  344: r1 += r2
  345: r1 += 2
  346: if r1 <= r7 goto +1
  347: goto +1719
  348: r1 = r2
  349: r1 += 1
  350: *(u32 *)(r10 -144) = r1
  351: r2 += 2
  352: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  353: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
      ; v85: bit<16> = sub v83, v84
  354: r1 -= 2
  355: r1 &= 65535
      ; write var2, v85
  356: *(u16 *)(r10 -36) = r1
  357: goto +16
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  358: r2 = *(u64 *)(r10 -16)
  359: if r2 > 16383 goto +1707
  360: r1 = r6
  361: r1 += r2
  362: r1 += 3
  363: if r1 <= r7 goto +1
  364: goto +1702
  365: r1 = r2
  366: r1 += 1
  367: *(u32 *)(r10 -148) = r1
  368: r2 += 3
  369: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  370: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
      ; v88: bit<16> = sub v86, v87
  371: r1 -= 3
  372: r1 &= 65535
      ; write var2, v88
  373: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  374: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  375: r1 = *(u8 *)(r10 -28)
  376: if r2 == 0 goto +993
  377: if r1 == 10 goto +992
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  378: r3 = *(u64 *)(r10 -16)
  379: if r3 > 16383 goto +1687
  380: r2 = r6
  381: r2 += r3
  382: r1 = r2
  383: r1 += 1
  384: if r1 <= r7 goto +1
  385: goto +1681
  386: r1 = r3
  387: r1 += 1
  388: *(u32 *)(r10 -180) = r1
  389: r3 += 1
  390: *(u64 *)(r10 -16) = r3
      ; v91: bit<8> = read var3
  391: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
      ; v93: bit<8> = add v91, v92
  392: r1 += 1
  393: r1 &= 255
      ; write var3, v93
  394: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  395: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
      ; v96: bit<16> = sub v94, v95
  396: r1 -= 1
  397: r1 &= 65535
      ; write var2, v96
  398: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  399: r1 = *(u8 *)(r2 +0)
  400: if r1 == 0 goto +969
  401: if r1 == 1 goto +96
  402: if r1 == 2 goto +79
  403: if r1 == 3 goto +61
  404: if r1 == 8 goto +43
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  405: r1 = *(u64 *)(r10 -16)
  406: if r1 > 16383 goto +1660
  407: r2 = r6
  408: r2 += r1
  409: r1 = r2
  410: r1 += 1
  411: if r1 <= r7 goto +1
  412: goto +1654
  413: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  414: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  415: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  416: r1 = 1
  417: if r2 >= 2 goto +1
  418: r1 = 0
      ; verify v101, error HeaderTooShort
  419: if r1 == 0 goto +1647
      ; v102: bit<8> = read var9
  420: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  421: w2 = w2
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  422: r2 -= 1
  423: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  424: r2 *= 8
  425: w2 = w2
      ; advance v107
  426: r1 = r2
  427: r1 &= 7
  428: if r1 != 0 goto +1638
  429: r1 = r2
  430: r1 >>= 3
  431: r2 = *(u64 *)(r10 -16)
  432: r2 += r1
  433: if r2 > 16383 goto +1633
  434: r1 = r6
  435: r1 += r2
  436: if r1 <= r7 goto +1
  437: goto +1629
  438: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  439: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  440: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  441: r2 &= 65535
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  442: r2 -= 1
  443: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  444: r1 -= r2
  445: r1 &= 65535
      ; write var2, v113
  446: *(u16 *)(r10 -36) = r1
  447: goto +50
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  448: r2 = *(u64 *)(r10 -16)
  449: if r2 > 16383 goto +1617
  450: r1 = r6
  451: r1 += r2
  452: r1 += 9
  453: if r1 <= r7 goto +1
  454: goto +1612
  455: r1 = r2
  456: r1 += 1
  457: *(u32 *)(r10 -140) = r1
  458: r2 += 9
  459: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  460: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  461: r1 -= 9
  462: r1 &= 65535
      ; write var2, v116
  463: *(u16 *)(r10 -36) = r1
  464: goto +33
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  465: r2 = *(u64 *)(r10 -16)
  466: if r2 > 16383 goto +1600
  467: r1 = r6
  468: r1 += r2
  469: r1 += 2
  470: if r1 <= r7 goto +1
  471: goto +1595
  472: r1 = r2
  473: r1 += 1
  474: *(u32 *)(r10 -144) = r1
  475: r2 += 2
  476: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  477: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  478: r1 -= 2
  479: r1 &= 65535
      ; write var2, v119
  480: *(u16 *)(r10 -36) = r1
  481: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  482: r2 = *(u64 *)(r10 -16)
  483: if r2 > 16383 goto +1583
  484: r1 = r6
  485: r1 += r2
  486: r1 += 3
  487: if r1 <= r7 goto +1
  488: goto +1578
  489: r1 = r2
  490: r1 += 1
  491: *(u32 *)(r10 -148) = r1
  492: r2 += 3
  493: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  494: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  495: r1 -= 3
  496: r1 &= 65535
      ; write var2, v122
  497: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  498: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  499: r1 = *(u8 *)(r10 -28)
  500: if r2 == 0 goto +869
  501: if r1 == 10 goto +868
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  502: r3 = *(u64 *)(r10 -16)
  503: if r3 > 16383 goto +1563
  504: r2 = r6
  505: r2 += r3
  506: r1 = r2
  507: r1 += 1
  508: if r1 <= r7 goto +1
  509: goto +1557
  510: r1 = r3
  511: r1 += 1
  512: *(u32 *)(r10 -176) = r1
  513: r3 += 1
  514: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  515: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  516: r1 += 1
  517: r1 &= 255
      ; write var3, v127
  518: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  519: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  520: r1 -= 1
  521: r1 &= 65535
      ; write var2, v130
  522: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  523: r1 = *(u8 *)(r2 +0)
  524: if r1 == 0 goto +845
  525: if r1 == 1 goto +96
  526: if r1 == 2 goto +79
  527: if r1 == 3 goto +61
  528: if r1 == 8 goto +43
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  529: r1 = *(u64 *)(r10 -16)
  530: if r1 > 16383 goto +1536
  531: r2 = r6
  532: r2 += r1
  533: r1 = r2
  534: r1 += 1
  535: if r1 <= r7 goto +1
  536: goto +1530
  537: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  538: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  539: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  540: r1 = 1
  541: if r2 >= 2 goto +1
  542: r1 = 0
      ; verify v135, error HeaderTooShort
  543: if r1 == 0 goto +1523
      ; v136: bit<8> = read var9
  544: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  545: w2 = w2
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  546: r2 -= 1
  547: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  548: r2 *= 8
  549: w2 = w2
      ; advance v141
  550: r1 = r2
  551: r1 &= 7
  552: if r1 != 0 goto +1514
  553: r1 = r2
  554: r1 >>= 3
  555: r2 = *(u64 *)(r10 -16)
  556: r2 += r1
  557: if r2 > 16383 goto +1509
  558: r1 = r6
  559: r1 += r2
  560: if r1 <= r7 goto +1
  561: goto +1505
  562: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  563: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  564: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  565: r2 &= 65535
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  566: r2 -= 1
  567: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  568: r1 -= r2
  569: r1 &= 65535
      ; write var2, v147
  570: *(u16 *)(r10 -36) = r1
  571: goto +50
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  572: r2 = *(u64 *)(r10 -16)
  573: if r2 > 16383 goto +1493
  574: r1 = r6
  575: r1 += r2
  576: r1 += 9
  577: if r1 <= r7 goto +1
  578: goto +1488
  579: r1 = r2
  580: r1 += 1
  581: *(u32 *)(r10 -140) = r1
  582: r2 += 9
  583: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  584: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  585: r1 -= 9
  586: r1 &= 65535
      ; write var2, v150
  587: *(u16 *)(r10 -36) = r1
  588: goto +33
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  589: r2 = *(u64 *)(r10 -16)
  590: if r2 > 16383 goto +1476
  591: r1 = r6
  592: r1 += r2
  593: r1 += 2
  594: if r1 <= r7 goto +1
  595: goto +1471
  596: r1 = r2
  597: r1 += 1
  598: *(u32 *)(r10 -144) = r1
  599: r2 += 2
  600: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  601: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  602: r1 -= 2
  603: r1 &= 65535
      ; write var2, v153
  604: *(u16 *)(r10 -36) = r1
  605: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  606: r2 = *(u64 *)(r10 -16)
  607: if r2 > 16383 goto +1459
  608: r1 = r6
  609: r1 += r2
  610: r1 += 3
  611: if r1 <= r7 goto +1
  612: goto +1454
  613: r1 = r2
  614: r1 += 1
  615: *(u32 *)(r10 -148) = r1
  616: r2 += 3
  617: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  618: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  619: r1 -= 3
  620: r1 &= 65535
      ; write var2, v156
  621: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  622: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  623: r1 = *(u8 *)(r10 -28)
  624: if r2 == 0 goto +745
  625: if r1 == 10 goto +744
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  626: r3 = *(u64 *)(r10 -16)
  627: if r3 > 16383 goto +1439
  628: r2 = r6
  629: r2 += r3
  630: r1 = r2
  631: r1 += 1
  632: if r1 <= r7 goto +1
  633: goto +1433
  634: r1 = r3
  635: r1 += 1
  636: *(u32 *)(r10 -172) = r1
  637: r3 += 1
  638: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  639: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  640: r1 += 1
  641: r1 &= 255
      ; write var3, v161
  642: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  643: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  644: r1 -= 1
  645: r1 &= 65535
      ; write var2, v164
  646: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  647: r1 = *(u8 *)(r2 +0)
  648: if r1 == 0 goto +721
  649: if r1 == 1 goto +96
  650: if r1 == 2 goto +79
  651: if r1 == 3 goto +61
  652: if r1 == 8 goto +43
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  653: r1 = *(u64 *)(r10 -16)
  654: if r1 > 16383 goto +1412
  655: r2 = r6
  656: r2 += r1
  657: r1 = r2
  658: r1 += 1
  659: if r1 <= r7 goto +1
  660: goto +1406
  661: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  662: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  663: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  664: r1 = 1
  665: if r2 >= 2 goto +1
  666: r1 = 0
      ; verify v169, error HeaderTooShort
  667: if r1 == 0 goto +1399
      ; v170: bit<8> = read var9
  668: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  669: w2 = w2
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  670: r2 -= 1
  671: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  672: r2 *= 8
  673: w2 = w2
      ; advance v175
  674: r1 = r2
  675: r1 &= 7
  676: if r1 != 0 goto +1390
  677: r1 = r2
  678: r1 >>= 3
  679: r2 = *(u64 *)(r10 -16)
  680: r2 += r1
  681: if r2 > 16383 goto +1385
  682: r1 = r6
  683: r1 += r2
  684: if r1 <= r7 goto +1
  685: goto +1381
  686: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  687: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  688: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  689: r2 &= 65535
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  690: r2 -= 1
  691: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  692: r1 -= r2
  693: r1 &= 65535
      ; write var2, v181
  694: *(u16 *)(r10 -36) = r1
  695: goto +50
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  696: r2 = *(u64 *)(r10 -16)
  697: if r2 > 16383 goto +1369
  698: r1 = r6
  699: r1 += r2
  700: r1 += 9
  701: if r1 <= r7 goto +1
  702: goto +1364
  703: r1 = r2
  704: r1 += 1
  705: *(u32 *)(r10 -140) = r1
  706: r2 += 9
  707: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  708: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  709: r1 -= 9
  710: r1 &= 65535
      ; write var2, v184
  711: *(u16 *)(r10 -36) = r1
  712: goto +33
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  713: r2 = *(u64 *)(r10 -16)
  714: if r2 > 16383 goto +1352
  715: r1 = r6
  716: r1 += r2
  717: r1 += 2
  718: if r1 <= r7 goto +1
  719: goto +1347
  720: r1 = r2
  721: r1 += 1
  722: *(u32 *)(r10 -144) = r1
  723: r2 += 2
  724: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  725: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  726: r1 -= 2
  727: r1 &= 65535
      ; write var2, v187
  728: *(u16 *)(r10 -36) = r1
  729: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  730: r2 = *(u64 *)(r10 -16)
  731: if r2 > 16383 goto +1335
  732: r1 = r6
  733: r1 += r2
  734: r1 += 3
  735: if r1 <= r7 goto +1
  736: goto +1330
  737: r1 = r2
  738: r1 += 1
  739: *(u32 *)(r10 -148) = r1
  740: r2 += 3
  741: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  742: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  743: r1 -= 3
  744: r1 &= 65535
      ; write var2, v190
  745: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  746: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  747: r1 = *(u8 *)(r10 -28)
  748: if r2 == 0 goto +621
  749: if r1 == 10 goto +620
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  750: r3 = *(u64 *)(r10 -16)
  751: if r3 > 16383 goto +1315
  752: r2 = r6
  753: r2 += r3
  754: r1 = r2
  755: r1 += 1
  756: if r1 <= r7 goto +1
  757: goto +1309
  758: r1 = r3
  759: r1 += 1
  760: *(u32 *)(r10 -168) = r1
  761: r3 += 1
  762: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  763: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  764: r1 += 1
  765: r1 &= 255
      ; write var3, v195
  766: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  767: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  768: r1 -= 1
  769: r1 &= 65535
      ; write var2, v198
  770: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  771: r1 = *(u8 *)(r2 +0)
  772: if r1 == 0 goto +597
  773: if r1 == 1 goto +96
  774: if r1 == 2 goto +79
  775: if r1 == 3 goto +61
  776: if r1 == 8 goto +43
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  777: r1 = *(u64 *)(r10 -16)
  778: if r1 > 16383 goto +1288
  779: r2 = r6
  780: r2 += r1
  781: r1 = r2
  782: r1 += 1
  783: if r1 <= r7 goto +1
  784: goto +1282
  785: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  786: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  787: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  788: r1 = 1
  789: if r2 >= 2 goto +1
  790: r1 = 0
      ; verify v203, error HeaderTooShort
  791: if r1 == 0 goto +1275
      ; v204: bit<8> = read var9
  792: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  793: w2 = w2
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  794: r2 -= 1
  795: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  796: r2 *= 8
  797: w2 = w2
      ; advance v209
  798: r1 = r2
  799: r1 &= 7
  800: if r1 != 0 goto +1266
  801: r1 = r2
  802: r1 >>= 3
  803: r2 = *(u64 *)(r10 -16)
  804: r2 += r1
  805: if r2 > 16383 goto +1261
  806: r1 = r6
  807: r1 += r2
  808: if r1 <= r7 goto +1
  809: goto +1257
  810: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  811: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  812: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  813: r2 &= 65535
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  814: r2 -= 1
  815: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  816: r1 -= r2
  817: r1 &= 65535
      ; write var2, v215
  818: *(u16 *)(r10 -36) = r1
  819: goto +50
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  820: r2 = *(u64 *)(r10 -16)
  821: if r2 > 16383 goto +1245
  822: r1 = r6
  823: r1 += r2
  824: r1 += 9
  825: if r1 <= r7 goto +1
  826: goto +1240
  827: r1 = r2
  828: r1 += 1
  829: *(u32 *)(r10 -140) = r1
  830: r2 += 9
  831: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  832: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  833: r1 -= 9
  834: r1 &= 65535
      ; write var2, v218
  835: *(u16 *)(r10 -36) = r1
  836: goto +33
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  837: r2 = *(u64 *)(r10 -16)
  838: if r2 > 16383 goto +1228
  839: r1 = r6
  840: r1 += r2
  841: r1 += 2
  842: if r1 <= r7 goto +1
  843: goto +1223
  844: r1 = r2
  845: r1 += 1
  846: *(u32 *)(r10 -144) = r1
  847: r2 += 2
  848: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  849: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  850: r1 -= 2
  851: r1 &= 65535
      ; write var2, v221
  852: *(u16 *)(r10 -36) = r1
  853: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  854: r2 = *(u64 *)(r10 -16)
  855: if r2 > 16383 goto +1211
  856: r1 = r6
  857: r1 += r2
  858: r1 += 3
  859: if r1 <= r7 goto +1
  860: goto +1206
  861: r1 = r2
  862: r1 += 1
  863: *(u32 *)(r10 -148) = r1
  864: r2 += 3
  865: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  866: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  867: r1 -= 3
  868: r1 &= 65535
      ; write var2, v224
  869: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  870: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  871: r1 = *(u8 *)(r10 -28)
  872: if r2 == 0 goto +497
  873: if r1 == 10 goto +496
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  874: r3 = *(u64 *)(r10 -16)
  875: if r3 > 16383 goto +1191
  876: r2 = r6
  877: r2 += r3
  878: r1 = r2
  879: r1 += 1
  880: if r1 <= r7 goto +1
  881: goto +1185
  882: r1 = r3
  883: r1 += 1
  884: *(u32 *)(r10 -164) = r1
  885: r3 += 1
  886: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  887: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  888: r1 += 1
  889: r1 &= 255
      ; write var3, v229
  890: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  891: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  892: r1 -= 1
  893: r1 &= 65535
      ; write var2, v232
  894: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  895: r1 = *(u8 *)(r2 +0)
  896: if r1 == 0 goto +473
  897: if r1 == 1 goto +96
  898: if r1 == 2 goto +79
  899: if r1 == 3 goto +61
  900: if r1 == 8 goto +43
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  901: r1 = *(u64 *)(r10 -16)
  902: if r1 > 16383 goto +1164
  903: r2 = r6
  904: r2 += r1
  905: r1 = r2
  906: r1 += 1
  907: if r1 <= r7 goto +1
  908: goto +1158
  909: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  910: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  911: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  912: r1 = 1
  913: if r2 >= 2 goto +1
  914: r1 = 0
      ; verify v237, error HeaderTooShort
  915: if r1 == 0 goto +1151
      ; v238: bit<8> = read var9
  916: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  917: w2 = w2
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  918: r2 -= 1
  919: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  920: r2 *= 8
  921: w2 = w2
      ; advance v243
  922: r1 = r2
  923: r1 &= 7
  924: if r1 != 0 goto +1142
  925: r1 = r2
  926: r1 >>= 3
  927: r2 = *(u64 *)(r10 -16)
  928: r2 += r1
  929: if r2 > 16383 goto +1137
  930: r1 = r6
  931: r1 += r2
  932: if r1 <= r7 goto +1
  933: goto +1133
  934: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  935: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  936: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
  937: r2 &= 65535
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  938: r2 -= 1
  939: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  940: r1 -= r2
  941: r1 &= 65535
      ; write var2, v249
  942: *(u16 *)(r10 -36) = r1
  943: goto +50
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  944: r2 = *(u64 *)(r10 -16)
  945: if r2 > 16383 goto +1121
  946: r1 = r6
  947: r1 += r2
  948: r1 += 9
  949: if r1 <= r7 goto +1
  950: goto +1116
  951: r1 = r2
  952: r1 += 1
  953: *(u32 *)(r10 -140) = r1
  954: r2 += 9
  955: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  956: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  957: r1 -= 9
  958: r1 &= 65535
      ; write var2, v252
  959: *(u16 *)(r10 -36) = r1
  960: goto +33
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  961: r2 = *(u64 *)(r10 -16)
  962: if r2 > 16383 goto +1104
  963: r1 = r6
  964: r1 += r2
  965: r1 += 2
  966: if r1 <= r7 goto +1
  967: goto +1099
  968: r1 = r2
  969: r1 += 1
  970: *(u32 *)(r10 -144) = r1
  971: r2 += 2
  972: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  973: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  974: r1 -= 2
  975: r1 &= 65535
      ; write var2, v255
  976: *(u16 *)(r10 -36) = r1
  977: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  978: r2 = *(u64 *)(r10 -16)
  979: if r2 > 16383 goto +1087
  980: r1 = r6
  981: r1 += r2
  982: r1 += 3
  983: if r1 <= r7 goto +1
  984: goto +1082
  985: r1 = r2
  986: r1 += 1
  987: *(u32 *)(r10 -148) = r1
  988: r2 += 3
  989: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  990: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  991: r1 -= 3
  992: r1 &= 65535
      ; write var2, v258
  993: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  994: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  995: r1 = *(u8 *)(r10 -28)
  996: if r2 == 0 goto +373
  997: if r1 == 10 goto +372
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  998: r3 = *(u64 *)(r10 -16)
  999: if r3 > 16383 goto +1067
 1000: r2 = r6
 1001: r2 += r3
 1002: r1 = r2
 1003: r1 += 1
 1004: if r1 <= r7 goto +1
 1005: goto +1061
 1006: r1 = r3
 1007: r1 += 1
 1008: *(u32 *)(r10 -160) = r1
 1009: r3 += 1
 1010: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
 1011: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
 1012: r1 += 1
 1013: r1 &= 255
      ; write var3, v263
 1014: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
 1015: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
 1016: r1 -= 1
 1017: r1 &= 65535
      ; write var2, v266
 1018: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
 1019: r1 = *(u8 *)(r2 +0)
 1020: if r1 == 0 goto +349
 1021: if r1 == 1 goto +96
 1022: if r1 == 2 goto +79
 1023: if r1 == 3 goto +61
 1024: if r1 == 8 goto +43
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
 1025: r1 = *(u64 *)(r10 -16)
 1026: if r1 > 16383 goto +1040
 1027: r2 = r6
 1028: r2 += r1
 1029: r1 = r2
 1030: r1 += 1
 1031: if r1 <= r7 goto +1
 1032: goto +1034
 1033: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1034: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1035: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
 1036: r1 = 1
 1037: if r2 >= 2 goto +1
 1038: r1 = 0
      ; verify v271, error HeaderTooShort
 1039: if r1 == 0 goto +1027
      ; v272: bit<8> = read var9
 1040: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1041: w2 = w2
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
 1042: r2 -= 1
 1043: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
 1044: r2 *= 8
 1045: w2 = w2
      ; advance v277
 1046: r1 = r2
 1047: r1 &= 7
 1048: if r1 != 0 goto +1018
 1049: r1 = r2
 1050: r1 >>= 3
 1051: r2 = *(u64 *)(r10 -16)
 1052: r2 += r1
 1053: if r2 > 16383 goto +1013
 1054: r1 = r6
 1055: r1 += r2
 1056: if r1 <= r7 goto +1
 1057: goto +1009
 1058: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1059: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1060: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1061: r2 &= 65535
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
 1062: r2 -= 1
 1063: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1064: r1 -= r2
 1065: r1 &= 65535
      ; write var2, v283
 1066: *(u16 *)(r10 -36) = r1
 1067: goto +50
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1068: r2 = *(u64 *)(r10 -16)
 1069: if r2 > 16383 goto +997
 1070: r1 = r6
 1071: r1 += r2
 1072: r1 += 9
 1073: if r1 <= r7 goto +1
 1074: goto +992
 1075: r1 = r2
 1076: r1 += 1
 1077: *(u32 *)(r10 -140) = r1
 1078: r2 += 9
 1079: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1080: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
 1081: r1 -= 9
 1082: r1 &= 65535
      ; write var2, v286
 1083: *(u16 *)(r10 -36) = r1
 1084: goto +33
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1085: r2 = *(u64 *)(r10 -16)
 1086: if r2 > 16383 goto +980
 1087: r1 = r6
 1088: r1 += r2
 1089: r1 += 2
 1090: if r1 <= r7 goto +1
 1091: goto +975
 1092: r1 = r2
 1093: r1 += 1
 1094: *(u32 *)(r10 -144) = r1
 1095: r2 += 2
 1096: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1097: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1098: r1 -= 2
 1099: r1 &= 65535
      ; write var2, v289
 1100: *(u16 *)(r10 -36) = r1
 1101: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1102: r2 = *(u64 *)(r10 -16)
 1103: if r2 > 16383 goto +963
 1104: r1 = r6
 1105: r1 += r2
 1106: r1 += 3
 1107: if r1 <= r7 goto +1
 1108: goto +958
 1109: r1 = r2
 1110: r1 += 1
 1111: *(u32 *)(r10 -148) = r1
 1112: r2 += 3
 1113: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1114: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1115: r1 -= 3
 1116: r1 &= 65535
      ; write var2, v292
 1117: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1118: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1119: r1 = *(u8 *)(r10 -28)
 1120: if r2 == 0 goto +249
 1121: if r1 == 10 goto +248
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1122: r3 = *(u64 *)(r10 -16)
 1123: if r3 > 16383 goto +943
 1124: r2 = r6
 1125: r2 += r3
 1126: r1 = r2
 1127: r1 += 1
 1128: if r1 <= r7 goto +1
 1129: goto +937
 1130: r1 = r3
 1131: r1 += 1
 1132: *(u32 *)(r10 -156) = r1
 1133: r3 += 1
 1134: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1135: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1136: r1 += 1
 1137: r1 &= 255
      ; write var3, v297
 1138: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1139: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1140: r1 -= 1
 1141: r1 &= 65535
      ; write var2, v300
 1142: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1143: r1 = *(u8 *)(r2 +0)
 1144: if r1 == 0 goto +225
 1145: if r1 == 1 goto +96
 1146: if r1 == 2 goto +79
 1147: if r1 == 3 goto +61
 1148: if r1 == 8 goto +43
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1149: r1 = *(u64 *)(r10 -16)
 1150: if r1 > 16383 goto +916
 1151: r2 = r6
 1152: r2 += r1
 1153: r1 = r2
 1154: r1 += 1
 1155: if r1 <= r7 goto +1
 1156: goto +910
 1157: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1158: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1159: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1160: r1 = 1
 1161: if r2 >= 2 goto +1
 1162: r1 = 0
      ; verify v305, error HeaderTooShort
 1163: if r1 == 0 goto +903
      ; v306: bit<8> = read var9
 1164: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1165: w2 = w2
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1166: r2 -= 1
 1167: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1168: r2 *= 8
 1169: w2 = w2
      ; advance v311
 1170: r1 = r2
 1171: r1 &= 7
 1172: if r1 != 0 goto +894
 1173: r1 = r2
 1174: r1 >>= 3
 1175: r2 = *(u64 *)(r10 -16)
 1176: r2 += r1
 1177: if r2 > 16383 goto +889
 1178: r1 = r6
 1179: r1 += r2
 1180: if r1 <= r7 goto +1
 1181: goto +885
 1182: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1183: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1184: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1185: r2 &= 65535
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1186: r2 -= 1
 1187: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1188: r1 -= r2
 1189: r1 &= 65535
      ; write var2, v317
 1190: *(u16 *)(r10 -36) = r1
 1191: goto +50
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1192: r2 = *(u64 *)(r10 -16)
 1193: if r2 > 16383 goto +873
 1194: r1 = r6
 1195: r1 += r2
 1196: r1 += 9
 1197: if r1 <= r7 goto +1
 1198: goto +868
 1199: r1 = r2
 1200: r1 += 1
 1201: *(u32 *)(r10 -140) = r1
 1202: r2 += 9
 1203: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1204: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1205: r1 -= 9
 1206: r1 &= 65535
      ; write var2, v320
 1207: *(u16 *)(r10 -36) = r1
 1208: goto +33
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1209: r2 = *(u64 *)(r10 -16)
 1210: if r2 > 16383 goto +856
 1211: r1 = r6
 1212: r1 += r2
 1213: r1 += 2
 1214: if r1 <= r7 goto +1
 1215: goto +851
 1216: r1 = r2
 1217: r1 += 1
 1218: *(u32 *)(r10 -144) = r1
 1219: r2 += 2
 1220: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1221: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1222: r1 -= 2
 1223: r1 &= 65535
      ; write var2, v323
 1224: *(u16 *)(r10 -36) = r1
 1225: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1226: r2 = *(u64 *)(r10 -16)
 1227: if r2 > 16383 goto +839
 1228: r1 = r6
 1229: r1 += r2
 1230: r1 += 3
 1231: if r1 <= r7 goto +1
 1232: goto +834
 1233: r1 = r2
 1234: r1 += 1
 1235: *(u32 *)(r10 -148) = r1
 1236: r2 += 3
 1237: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1238: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1239: r1 -= 3
 1240: r1 &= 65535
      ; write var2, v326
 1241: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1242: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1243: r1 = *(u8 *)(r10 -28)
 1244: if r2 == 0 goto +125
 1245: if r1 == 10 goto +124
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1246: r3 = *(u64 *)(r10 -16)
 1247: if r3 > 16383 goto +819
 1248: r2 = r6
 1249: r2 += r3
 1250: r1 = r2
 1251: r1 += 1
 1252: if r1 <= r7 goto +1
 1253: goto +813
 1254: r1 = r3
 1255: r1 += 1
 1256: *(u32 *)(r10 -152) = r1
 1257: r3 += 1
 1258: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1259: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1260: r1 += 1
 1261: r1 &= 255
      ; write var3, v331
 1262: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1263: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1264: r1 -= 1
 1265: r1 &= 65535
      ; write var2, v334
 1266: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1267: r1 = *(u8 *)(r2 +0)
 1268: if r1 == 0 goto +101
 1269: if r1 == 1 goto +96
 1270: if r1 == 2 goto +79
 1271: if r1 == 3 goto +61
 1272: if r1 == 8 goto +43
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1273: r1 = *(u64 *)(r10 -16)
 1274: if r1 > 16383 goto +792
 1275: r2 = r6
 1276: r2 += r1
 1277: r1 = r2
 1278: r1 += 1
 1279: if r1 <= r7 goto +1
 1280: goto +786
 1281: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1282: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1283: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1284: r1 = 1
 1285: if r2 >= 2 goto +1
 1286: r1 = 0
      ; verify v339, error HeaderTooShort
 1287: if r1 == 0 goto +779
      ; v340: bit<8> = read var9
 1288: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1289: w2 = w2
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1290: r2 -= 1
 1291: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1292: r2 *= 8
 1293: w2 = w2
      ; advance v345
 1294: r1 = r2
 1295: r1 &= 7
 1296: if r1 != 0 goto +770
 1297: r1 = r2
 1298: r1 >>= 3
 1299: r2 = *(u64 *)(r10 -16)
 1300: r2 += r1
 1301: if r2 > 16383 goto +765
 1302: r1 = r6
 1303: r1 += r2
 1304: if r1 <= r7 goto +1
 1305: goto +761
 1306: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1307: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1308: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1309: r2 &= 65535
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1310: r2 -= 1
 1311: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1312: r1 -= r2
 1313: r1 &= 65535
      ; write var2, v351
 1314: *(u16 *)(r10 -36) = r1
 1315: goto +50
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1316: r2 = *(u64 *)(r10 -16)
 1317: if r2 > 16383 goto +749
 1318: r1 = r6
 1319: r1 += r2
 1320: r1 += 9
 1321: if r1 <= r7 goto +1
 1322: goto +744
 1323: r1 = r2
 1324: r1 += 1
 1325: *(u32 *)(r10 -140) = r1
 1326: r2 += 9
 1327: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1328: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1329: r1 -= 9
 1330: r1 &= 65535
      ; write var2, v354
 1331: *(u16 *)(r10 -36) = r1
 1332: goto +33
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1333: r2 = *(u64 *)(r10 -16)
 1334: if r2 > 16383 goto +732
 1335: r1 = r6
 1336: r1 += r2
 1337: r1 += 2
 1338: if r1 <= r7 goto +1
 1339: goto +727
 1340: r1 = r2
 1341: r1 += 1
 1342: *(u32 *)(r10 -144) = r1
 1343: r2 += 2
 1344: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1345: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1346: r1 -= 2
 1347: r1 &= 65535
      ; write var2, v357
 1348: *(u16 *)(r10 -36) = r1
 1349: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1350: r2 = *(u64 *)(r10 -16)
 1351: if r2 > 16383 goto +715
 1352: r1 = r6
 1353: r1 += r2
 1354: r1 += 3
 1355: if r1 <= r7 goto +1
 1356: goto +710
 1357: r1 = r2
 1358: r1 += 1
 1359: *(u32 *)(r10 -148) = r1
 1360: r2 += 3
 1361: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1362: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1363: r1 -= 3
 1364: r1 &= 65535
      ; write var2, v360
 1365: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1366: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1367: r1 = *(u8 *)(r10 -28)
 1368: if r2 == 0 goto +1
 1369: if r1 != 10 goto +697
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1370: r1 = *(u32 *)(r10 -192)
 1371: if r1 == 0 goto +1
 1372: r1 = 1
      ; v1: bool = not v0
 1373: r1 ^= 1
 1374: if r1 != 0 goto +713
      ; v2: bit<64> = timestamp_ns
 1375: call bpf_ktime_get_ns
 1376: r1 = r0
      ; write var10, v2
 1377: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1378: r1 = *(u32 *)(r10 -192)
 1379: if r1 == 0 goto +9
 1380: r1 -= 1
 1381: if r1 > 16383 goto +7
 1382: *(u64 *)(r10 -416) = r6
 1383: r0 = *(u64 *)(r10 -416)
 1384: r0 += r1
 1385: *(u64 *)(r10 -416) = r0
 1386: r1 = *(u64 *)(r10 -416)
 1387: r1 += 20
 1388: if r1 <= r7 goto +1
 1389: *(u64 *)(r10 -416) = 0
 1390: r1 = 0
 1391: r0 = *(u64 *)(r10 -416)
 1392: if r0 == 0 goto +2
 1393: r0 = *(u64 *)(r10 -416)
 1394: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1395: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1396: r1 = *(u32 *)(r10 -196)
 1397: if r1 == 0 goto +9
 1398: r1 -= 1
 1399: if r1 > 16383 goto +7
 1400: *(u64 *)(r10 -424) = r6
 1401: r0 = *(u64 *)(r10 -424)
 1402: r0 += r1
 1403: *(u64 *)(r10 -424) = r0
 1404: r1 = *(u64 *)(r10 -424)
 1405: r1 += 20
 1406: if r1 <= r7 goto +1
 1407: *(u64 *)(r10 -424) = 0
 1408: r1 = 0
 1409: r0 = *(u64 *)(r10 -424)
 1410: if r0 == 0 goto +3
 1411: r0 = *(u64 *)(r10 -424)
 1412: r1 = *(u8 *)(r0 +0)
 1413: r1 &= 15
      ; v5: bit<16> = cast v4
 1414: r1 &= 65535
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1415: r1 <<= 2
 1416: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1417: r2 = 0
 1418: r0 = *(u64 *)(r10 -416)
 1419: if r0 == 0 goto +4
 1420: r0 = *(u64 *)(r10 -416)
 1421: r2 = *(u8 *)(r0 +12)
 1422: r2 >>= 4
 1423: r2 &= 15
      ; v9: bit<16> = cast v8
 1424: r2 &= 65535
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1425: r2 <<= 2
 1426: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1427: r1 += r2
 1428: r1 &= 65535
      ; write var12, v12
 1429: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1430: r1 = 0
 1431: r0 = *(u64 *)(r10 -424)
 1432: if r0 == 0 goto +2
 1433: r0 = *(u64 *)(r10 -424)
 1434: r1 = *(u16 *)(r0 +2)
 1435: r1 = be16 r1
      ; v14: bit<16> = read var12
 1436: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1437: r1 -= r2
 1438: r1 &= 65535
      ; v16: bit<32> = cast v15
 1439: w1 = w1
      ; write var13, v16
 1440: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1441: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1442: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1443: r1 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1444: r3 = 1
 1445: if r1 != 0 goto +1
 1446: r3 = 0
      ; v23: bit<32> = const 1
 1447: r2 = 1
      ; v24: bit<32> = const 0
 1448: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1449: if r3 != 0 goto +1
 1450: r2 = r1
      ; v26: bit<32> = add v17, v25
 1451: r1 = r4
 1452: r1 += r2
 1453: w1 = w1
      ; write var14, v26
 1454: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1455: r4 = 0
 1456: r0 = *(u64 *)(r10 -424)
 1457: if r0 == 0 goto +2
 1458: r0 = *(u64 *)(r10 -424)
 1459: r4 = *(u32 *)(r0 +12)
 1460: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1461: r3 = 0
 1462: r0 = *(u64 *)(r10 -424)
 1463: if r0 == 0 goto +2
 1464: r0 = *(u64 *)(r10 -424)
 1465: r3 = *(u32 *)(r0 +16)
 1466: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1467: r2 = 0
 1468: r0 = *(u64 *)(r10 -416)
 1469: if r0 == 0 goto +2
 1470: r0 = *(u64 *)(r10 -416)
 1471: r2 = *(u16 *)(r0 +0)
 1472: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1473: r1 = 0
 1474: r0 = *(u64 *)(r10 -416)
 1475: if r0 == 0 goto +2
 1476: r0 = *(u64 *)(r10 -416)
 1477: r1 = *(u16 *)(r0 +2)
 1478: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1479: *(u32 *)(r10 -272) = r4
 1480: *(u32 *)(r10 -268) = r3
 1481: *(u16 *)(r10 -264) = r2
 1482: *(u16 *)(r10 -262) = r1
 1483: r1 = map[pipe_flows] ll
 1485: r2 = r10
 1486: r2 += -272
 1487: call bpf_map_lookup_elem
 1488: r9 = r0
 1489: if r9 == 0 goto +35
 1490: *(u64 *)(r10 -432) = 1
 1491: r0 = *(u32 *)(r9 +0)
 1492: *(u64 *)(r10 -440) = r0
 1493: w0 = w0
 1494: *(u64 *)(r10 -440) = r0
 1495: r0 = *(u32 *)(r9 +4)
 1496: *(u64 *)(r10 -448) = r0
 1497: w0 = w0
 1498: *(u64 *)(r10 -448) = r0
 1499: r0 = *(u32 *)(r9 +8)
 1500: *(u64 *)(r10 -456) = r0
 1501: w0 = w0
 1502: *(u64 *)(r10 -456) = r0
 1503: r0 = *(u32 *)(r9 +12)
 1504: *(u64 *)(r10 -464) = r0
 1505: w0 = w0
 1506: *(u64 *)(r10 -464) = r0
 1507: r0 = *(u16 *)(r9 +16)
 1508: *(u64 *)(r10 -472) = r0
 1509: r0 &= 65535
 1510: *(u64 *)(r10 -472) = r0
 1511: r8 = *(u8 *)(r9 +18)
 1512: r8 &= 255
 1513: r4 = *(u32 *)(r9 +20)
 1514: w4 = w4
 1515: r3 = *(u32 *)(r9 +24)
 1516: w3 = w3
 1517: r2 = *(u8 *)(r9 +28)
 1518: r2 &= 255
 1519: r1 = *(u32 *)(r9 +32)
 1520: w1 = w1
 1521: r0 = *(u64 *)(r9 +40)
 1522: *(u64 *)(r10 -480) = r0
 1523: r9 = *(u64 *)(r9 +48)
 1524: goto +13
 1525: *(u64 *)(r10 -432) = 0
 1526: *(u64 *)(r10 -440) = 0
 1527: *(u64 *)(r10 -448) = 0
 1528: *(u64 *)(r10 -456) = 0
 1529: *(u64 *)(r10 -464) = 0
 1530: *(u64 *)(r10 -472) = 0
 1531: r8 = 0
 1532: r4 = 0
 1533: r3 = 0
 1534: r2 = 0
 1535: r1 = 0
 1536: *(u64 *)(r10 -480) = 0
 1537: r9 = 0
      ; write var15, v32
 1538: r0 = *(u64 *)(r10 -440)
 1539: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1540: r0 = *(u64 *)(r10 -448)
 1541: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1542: r0 = *(u64 *)(r10 -456)
 1543: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1544: r0 = *(u64 *)(r10 -464)
 1545: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1546: r0 = *(u64 *)(r10 -472)
 1547: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1548: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1549: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1550: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1551: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1552: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1553: r0 = *(u64 *)(r10 -480)
 1554: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1555: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1556: r0 = *(u64 *)(r10 -432)
 1557: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1558: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1559: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1560: if r1 != 0 goto +53
      ; v65: bool = read var27
 1561: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1562: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1563: r2 = 1
 1564: if r1 != 0 goto +1
 1565: r2 = 0
      ; v69: bool = logical_and v65, v68
 1566: r1 = r3
 1567: r1 &= r2
 1568: if r1 == 0 goto +113
      ; v70: bit<32> = read_field hdr2.seqNo
 1569: r1 = 0
 1570: r0 = *(u64 *)(r10 -416)
 1571: if r0 == 0 goto +2
 1572: r0 = *(u64 *)(r10 -416)
 1573: r1 = *(u32 *)(r0 +4)
 1574: r1 = be32 r1
      ; v71: bit<32> = read var14
 1575: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1576: r1 += r2
 1577: w1 = w1
      ; write var28, v72
 1578: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1579: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1580: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1581: r1 -= r2
 1582: w1 = w1
      ; write var29, v75
 1583: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1584: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1585: r4 = 1
 1586: if r1 != 0 goto +1
 1587: r4 = 0
      ; v79: bit<32> = read var29
 1588: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1589: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1590: r2 = 1
 1591: if r3 < r1 goto +1
 1592: r2 = 0
      ; v82: bool = logical_and v78, v81
 1593: r1 = r4
 1594: r1 &= r2
 1595: if r1 != 0 goto +7
      ; v90: bit<32> = read var22
 1596: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1597: r1 += 1
 1598: w1 = w1
      ; write var22, v92
 1599: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1600: r1 = 0
      ; write var23, v93
 1601: *(u8 *)(r10 -23) = r1
 1602: goto +79
      ; v83: bit<32> = read var28
 1603: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1604: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1605: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1606: if r1 != 0 goto +75
      ; v87: bit<8> = const 1
 1607: r1 = 1
      ; write var23, v87
 1608: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1609: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1610: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1611: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1612: *(u64 *)(r10 -232) = r1
 1613: goto +68
      ; v49: bool = const 1
 1614: r1 = 1
      ; write var27, v49
 1615: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1616: r1 = 0
 1617: r0 = *(u64 *)(r10 -416)
 1618: if r0 == 0 goto +2
 1619: r0 = *(u64 *)(r10 -416)
 1620: r1 = *(u32 *)(r0 +4)
 1621: r1 = be32 r1
      ; write var15, v50
 1622: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1623: r1 = 0
 1624: r0 = *(u64 *)(r10 -416)
 1625: if r0 == 0 goto +2
 1626: r0 = *(u64 *)(r10 -416)
 1627: r1 = *(u32 *)(r0 +4)
 1628: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1629: r1 += 1
 1630: w1 = w1
      ; write var16, v53
 1631: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1632: r1 = 0
      ; write var18, v54
 1633: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1634: r1 = *(u32 *)(r10 -148)
 1635: if r1 == 0 goto +7
 1636: r1 -= 1
 1637: if r1 > 16383 goto +5
 1638: r2 = r6
 1639: r2 += r1
 1640: r1 = r2
 1641: r1 += 3
 1642: if r1 <= r7 goto +1
 1643: r2 = 0
 1644: r1 = 0
 1645: if r2 == 0 goto +1
 1646: r1 = *(u16 *)(r2 +1)
 1647: r1 = be16 r1
      ; write var19, v55
 1648: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1649: r1 = *(u32 *)(r10 -144)
 1650: if r1 == 0 goto +7
 1651: r1 -= 1
 1652: if r1 > 16383 goto +5
 1653: r2 = r6
 1654: r2 += r1
 1655: r1 = r2
 1656: r1 += 2
 1657: if r1 <= r7 goto +1
 1658: r2 = 0
 1659: r1 = 0
 1660: if r2 == 0 goto +1
 1661: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1662: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1663: r1 = 0
      ; write var21, v57
 1664: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1665: r1 = 0
      ; write var22, v58
 1666: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1667: r1 = 1
      ; write var23, v59
 1668: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1669: r1 = 0
 1670: r0 = *(u64 *)(r10 -416)
 1671: if r0 == 0 goto +2
 1672: r0 = *(u64 *)(r10 -416)
 1673: r1 = *(u32 *)(r0 +4)
 1674: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1675: r1 += 1
 1676: w1 = w1
      ; write var24, v62
 1677: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1678: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1679: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1680: r1 = 0
      ; write var26, v64
 1681: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1682: r1 = *(u8 *)(r10 -22)
 1683: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1684: r1 = *(u32 *)(r10 -140)
 1685: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1686: r1 = *(u32 *)(r10 -140)
 1687: if r1 == 0 goto +7
 1688: r1 -= 1
 1689: if r1 > 16383 goto +5
 1690: r2 = r6
 1691: r2 += r1
 1692: r1 = r2
 1693: r1 += 9
 1694: if r1 <= r7 goto +1
 1695: r2 = 0
 1696: r1 = 0
 1697: if r2 == 0 goto +1
 1698: r1 = *(u32 *)(r2 +1)
 1699: r1 = be32 r1
      ; write var21, v96
 1700: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1701: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1702: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1703: r1 -= r2
 1704: w1 = w1
      ; write var17, v99
 1705: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1706: r1 = 0
 1707: r0 = *(u64 *)(r10 -424)
 1708: if r0 == 0 goto +2
 1709: r0 = *(u64 *)(r10 -424)
 1710: r1 = *(u32 *)(r0 +12)
 1711: *(u64 *)(r10 -432) = r1
 1712: r0 = *(u64 *)(r10 -432)
 1713: r0 = be32 r0
 1714: *(u64 *)(r10 -432) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1715: r9 = 0
 1716: r0 = *(u64 *)(r10 -424)
 1717: if r0 == 0 goto +2
 1718: r0 = *(u64 *)(r10 -424)
 1719: r9 = *(u32 *)(r0 +16)
 1720: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1721: r8 = 0
 1722: r0 = *(u64 *)(r10 -416)
 1723: if r0 == 0 goto +2
 1724: r0 = *(u64 *)(r10 -416)
 1725: r8 = *(u16 *)(r0 +0)
 1726: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1727: r4 = 0
 1728: r0 = *(u64 *)(r10 -416)
 1729: if r0 == 0 goto +2
 1730: r0 = *(u64 *)(r10 -416)
 1731: r4 = *(u16 *)(r0 +2)
 1732: r4 = be16 r4
      ; v104: bit<32> = read var15
 1733: r0 = *(u32 *)(r10 -104)
 1734: *(u64 *)(r10 -440) = r0
      ; v105: bit<32> = read var16
 1735: r0 = *(u32 *)(r10 -100)
 1736: *(u64 *)(r10 -448) = r0
      ; v106: bit<32> = read var17
 1737: r0 = *(u32 *)(r10 -96)
 1738: *(u64 *)(r10 -456) = r0
      ; v107: bit<32> = read var18
 1739: r0 = *(u32 *)(r10 -92)
 1740: *(u64 *)(r10 -464) = r0
      ; v108: bit<16> = read var19
 1741: r0 = *(u16 *)(r10 -32)
 1742: *(u64 *)(r10 -472) = r0
      ; v109: bit<8> = read var20
 1743: r0 = *(u8 *)(r10 -24)
 1744: *(u64 *)(r10 -480) = r0
      ; v110: bit<32> = read var21
 1745: r0 = *(u32 *)(r10 -88)
 1746: *(u64 *)(r10 -488) = r0
      ; v111: bit<32> = read var22
 1747: r0 = *(u32 *)(r10 -84)
 1748: *(u64 *)(r10 -496) = r0
      ; v112: bit<8> = read var23
 1749: r0 = *(u8 *)(r10 -23)
 1750: *(u64 *)(r10 -504) = r0
      ; v113: bit<32> = read var24
 1751: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1752: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1753: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1754: r0 = *(u64 *)(r10 -432)
 1755: *(u32 *)(r10 -280) = r0
 1756: *(u32 *)(r10 -276) = r9
 1757: *(u16 *)(r10 -272) = r8
 1758: *(u16 *)(r10 -270) = r4
 1759: *(u64 *)(r10 -352) = 0
 1760: *(u64 *)(r10 -344) = 0
 1761: *(u64 *)(r10 -336) = 0
 1762: r0 = *(u64 *)(r10 -440)
 1763: *(u32 *)(r10 -368) = r0
 1764: r0 = *(u64 *)(r10 -448)
 1765: *(u32 *)(r10 -364) = r0
 1766: r0 = *(u64 *)(r10 -456)
 1767: *(u32 *)(r10 -360) = r0
 1768: r0 = *(u64 *)(r10 -464)
 1769: *(u32 *)(r10 -356) = r0
 1770: r0 = *(u64 *)(r10 -472)
 1771: *(u16 *)(r10 -352) = r0
 1772: r0 = *(u64 *)(r10 -480)
 1773: *(u8 *)(r10 -350) = r0
 1774: r0 = *(u64 *)(r10 -488)
 1775: *(u32 *)(r10 -348) = r0
 1776: r0 = *(u64 *)(r10 -496)
 1777: *(u32 *)(r10 -344) = r0
 1778: r0 = *(u64 *)(r10 -504)
 1779: *(u8 *)(r10 -340) = r0
 1780: *(u32 *)(r10 -336) = r3
 1781: *(u64 *)(r10 -328) = r2
 1782: *(u64 *)(r10 -320) = r1
 1783: r1 = map[pipe_flows] ll
 1785: r2 = r10
 1786: r2 += -280
 1787: r3 = r10
 1788: r3 += -368
 1789: r4 = 0
 1790: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1791: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1792: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1793: if r1 == 0 goto +294
      ; v121: bit<32> = read_field hdr1.dstAddr
 1794: r4 = 0
 1795: r0 = *(u64 *)(r10 -424)
 1796: if r0 == 0 goto +2
 1797: r0 = *(u64 *)(r10 -424)
 1798: r4 = *(u32 *)(r0 +16)
 1799: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1800: r3 = 0
 1801: r0 = *(u64 *)(r10 -424)
 1802: if r0 == 0 goto +2
 1803: r0 = *(u64 *)(r10 -424)
 1804: r3 = *(u32 *)(r0 +12)
 1805: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1806: r2 = 0
 1807: r0 = *(u64 *)(r10 -416)
 1808: if r0 == 0 goto +2
 1809: r0 = *(u64 *)(r10 -416)
 1810: r2 = *(u16 *)(r0 +2)
 1811: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1812: r1 = 0
 1813: r0 = *(u64 *)(r10 -416)
 1814: if r0 == 0 goto +2
 1815: r0 = *(u64 *)(r10 -416)
 1816: r1 = *(u16 *)(r0 +0)
 1817: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1818: *(u32 *)(r10 -272) = r4
 1819: *(u32 *)(r10 -268) = r3
 1820: *(u16 *)(r10 -264) = r2
 1821: *(u16 *)(r10 -262) = r1
 1822: r1 = map[pipe_flows] ll
 1824: r2 = r10
 1825: r2 += -272
 1826: call bpf_map_lookup_elem
 1827: r9 = r0
 1828: if r9 == 0 goto +35
 1829: *(u64 *)(r10 -432) = 1
 1830: r0 = *(u32 *)(r9 +0)
 1831: *(u64 *)(r10 -440) = r0
 1832: w0 = w0
 1833: *(u64 *)(r10 -440) = r0
 1834: r0 = *(u32 *)(r9 +4)
 1835: *(u64 *)(r10 -448) = r0
 1836: w0 = w0
 1837: *(u64 *)(r10 -448) = r0
 1838: r0 = *(u32 *)(r9 +8)
 1839: *(u64 *)(r10 -456) = r0
 1840: w0 = w0
 1841: *(u64 *)(r10 -456) = r0
 1842: r0 = *(u32 *)(r9 +12)
 1843: *(u64 *)(r10 -464) = r0
 1844: w0 = w0
 1845: *(u64 *)(r10 -464) = r0
 1846: r0 = *(u16 *)(r9 +16)
 1847: *(u64 *)(r10 -472) = r0
 1848: r0 &= 65535
 1849: *(u64 *)(r10 -472) = r0
 1850: r8 = *(u8 *)(r9 +18)
 1851: r8 &= 255
 1852: r4 = *(u32 *)(r9 +20)
 1853: w4 = w4
 1854: r3 = *(u32 *)(r9 +24)
 1855: w3 = w3
 1856: r2 = *(u8 *)(r9 +28)
 1857: r2 &= 255
 1858: r1 = *(u32 *)(r9 +32)
 1859: w1 = w1
 1860: r0 = *(u64 *)(r9 +40)
 1861: *(u64 *)(r10 -480) = r0
 1862: r9 = *(u64 *)(r9 +48)
 1863: goto +13
 1864: *(u64 *)(r10 -432) = 0
 1865: *(u64 *)(r10 -440) = 0
 1866: *(u64 *)(r10 -448) = 0
 1867: *(u64 *)(r10 -456) = 0
 1868: *(u64 *)(r10 -464) = 0
 1869: *(u64 *)(r10 -472) = 0
 1870: r8 = 0
 1871: r4 = 0
 1872: r3 = 0
 1873: r2 = 0
 1874: r1 = 0
 1875: *(u64 *)(r10 -480) = 0
 1876: r9 = 0
      ; write var30, v126
 1877: r0 = *(u64 *)(r10 -440)
 1878: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1879: r0 = *(u64 *)(r10 -448)
 1880: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1881: r0 = *(u64 *)(r10 -456)
 1882: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1883: r0 = *(u64 *)(r10 -464)
 1884: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1885: r0 = *(u64 *)(r10 -472)
 1886: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1887: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1888: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1889: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1890: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1891: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1892: r0 = *(u64 *)(r10 -480)
 1893: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1894: *(u64 *)(r10 -208) = r9
 1895: r0 = *(u64 *)(r10 -432)
 1896: if r0 == 0 goto +191
      ; v138: bit<32> = read_field hdr2.ackNo
 1897: r1 = 0
 1898: r0 = *(u64 *)(r10 -416)
 1899: if r0 == 0 goto +2
 1900: r0 = *(u64 *)(r10 -416)
 1901: r1 = *(u32 *)(r0 +8)
 1902: r1 = be32 r1
      ; v139: bit<32> = read var30
 1903: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1904: r1 -= r2
 1905: w1 = w1
      ; write var42, v140
 1906: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1907: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 1908: r4 = 1
 1909: if r1 != 0 goto +1
 1910: r4 = 0
      ; v144: bit<32> = read var42
 1911: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1912: w1 = -2147483648
      ; v146: bool = lt v144, v145
 1913: r2 = 1
 1914: if r3 < r1 goto +1
 1915: r2 = 0
      ; v147: bool = logical_and v143, v146
 1916: r1 = r4
 1917: r1 &= r2
 1918: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1919: r1 = 0
 1920: r0 = *(u64 *)(r10 -416)
 1921: if r0 == 0 goto +2
 1922: r0 = *(u64 *)(r10 -416)
 1923: r1 = *(u32 *)(r0 +8)
 1924: r1 = be32 r1
      ; write var30, v148
 1925: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1926: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 1927: r4 = 1
 1928: if r1 == 1 goto +1
 1929: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 1930: r3 = 0
 1931: r0 = *(u64 *)(r10 -416)
 1932: if r0 == 0 goto +2
 1933: r0 = *(u64 *)(r10 -416)
 1934: r3 = *(u32 *)(r0 +8)
 1935: r3 = be32 r3
      ; v153: bit<32> = read var39
 1936: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1937: r3 -= r1
 1938: w3 = w3
      ; v155: bit<32> = const 0x80000000
 1939: w1 = -2147483648
      ; v156: bool = lt v154, v155
 1940: r2 = 1
 1941: if r3 < r1 goto +1
 1942: r2 = 0
      ; v157: bool = logical_and v151, v156
 1943: r1 = r4
 1944: r1 &= r2
 1945: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 1946: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1947: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1948: r1 -= r2
      ; write var41, v160
 1949: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 1950: r1 = 0
      ; write var38, v161
 1951: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 1952: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1953: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1954: r1 -= r2
 1955: w1 = w1
      ; write var32, v164
 1956: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1957: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1958: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1959: r3 = 1
 1960: if r1 != 0 goto +1
 1961: r3 = 0
      ; v170: bit<8> = read var20
 1962: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1963: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1964: if r3 != 0 goto +1
 1965: r1 = r2
      ; write var43, v172
 1966: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1967: r1 = 0
 1968: r0 = *(u64 *)(r10 -416)
 1969: if r0 == 0 goto +2
 1970: r0 = *(u64 *)(r10 -416)
 1971: r1 = *(u16 *)(r0 +14)
 1972: r1 = be16 r1
      ; v174: bit<32> = cast v173
 1973: w1 = w1
      ; v175: bit<8> = read var43
 1974: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1975: if r2 >= 32 goto +3
 1976: r1 <<= r2
 1977: w1 = w1
 1978: goto +1
 1979: r1 = 0
      ; write var33, v176
 1980: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1981: r1 = 0
 1982: r0 = *(u64 *)(r10 -424)
 1983: if r0 == 0 goto +2
 1984: r0 = *(u64 *)(r10 -424)
 1985: r1 = *(u32 *)(r0 +16)
 1986: *(u64 *)(r10 -432) = r1
 1987: r0 = *(u64 *)(r10 -432)
 1988: r0 = be32 r0
 1989: *(u64 *)(r10 -432) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1990: r9 = 0
 1991: r0 = *(u64 *)(r10 -424)
 1992: if r0 == 0 goto +2
 1993: r0 = *(u64 *)(r10 -424)
 1994: r9 = *(u32 *)(r0 +12)
 1995: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1996: r8 = 0
 1997: r0 = *(u64 *)(r10 -416)
 1998: if r0 == 0 goto +2
 1999: r0 = *(u64 *)(r10 -416)
 2000: r8 = *(u16 *)(r0 +2)
 2001: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 2002: r4 = 0
 2003: r0 = *(u64 *)(r10 -416)
 2004: if r0 == 0 goto +2
 2005: r0 = *(u64 *)(r10 -416)
 2006: r4 = *(u16 *)(r0 +0)
 2007: r4 = be16 r4
      ; v181: bit<32> = read var30
 2008: r0 = *(u32 *)(r10 -68)
 2009: *(u64 *)(r10 -416) = r0
      ; v182: bit<32> = read var31
 2010: r0 = *(u32 *)(r10 -64)
 2011: *(u64 *)(r10 -424) = r0
      ; v183: bit<32> = read var32
 2012: r0 = *(u32 *)(r10 -60)
 2013: *(u64 *)(r10 -440) = r0
      ; v184: bit<32> = read var33
 2014: r0 = *(u32 *)(r10 -56)
 2015: *(u64 *)(r10 -448) = r0
      ; v185: bit<16> = read var34
 2016: r0 = *(u16 *)(r10 -30)
 2017: *(u64 *)(r10 -456) = r0
      ; v186: bit<8> = read var35
 2018: r0 = *(u8 *)(r10 -21)
 2019: *(u64 *)(r10 -464) = r0
      ; v187: bit<32> = read var36
 2020: r0 = *(u32 *)(r10 -52)
 2021: *(u64 *)(r10 -472) = r0
      ; v188: bit<32> = read var37
 2022: r0 = *(u32 *)(r10 -48)
 2023: *(u64 *)(r10 -480) = r0
      ; v189: bit<8> = read var38
 2024: r0 = *(u8 *)(r10 -20)
 2025: *(u64 *)(r10 -488) = r0
      ; v190: bit<32> = read var39
 2026: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 2027: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 2028: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 2029: r0 = *(u64 *)(r10 -432)
 2030: *(u32 *)(r10 -280) = r0
 2031: *(u32 *)(r10 -276) = r9
 2032: *(u16 *)(r10 -272) = r8
 2033: *(u16 *)(r10 -270) = r4
 2034: *(u64 *)(r10 -352) = 0
 2035: *(u64 *)(r10 -344) = 0
 2036: *(u64 *)(r10 -336) = 0
 2037: r0 = *(u64 *)(r10 -416)
 2038: *(u32 *)(r10 -368) = r0
 2039: r0 = *(u64 *)(r10 -424)
 2040: *(u32 *)(r10 -364) = r0
 2041: r0 = *(u64 *)(r10 -440)
 2042: *(u32 *)(r10 -360) = r0
 2043: r0 = *(u64 *)(r10 -448)
 2044: *(u32 *)(r10 -356) = r0
 2045: r0 = *(u64 *)(r10 -456)
 2046: *(u16 *)(r10 -352) = r0
 2047: r0 = *(u64 *)(r10 -464)
 2048: *(u8 *)(r10 -350) = r0
 2049: r0 = *(u64 *)(r10 -472)
 2050: *(u32 *)(r10 -348) = r0
 2051: r0 = *(u64 *)(r10 -480)
 2052: *(u32 *)(r10 -344) = r0
 2053: r0 = *(u64 *)(r10 -488)
 2054: *(u8 *)(r10 -340) = r0
 2055: *(u32 *)(r10 -336) = r3
 2056: *(u64 *)(r10 -328) = r2
 2057: *(u64 *)(r10 -320) = r1
 2058: r1 = map[pipe_flows] ll
 2060: r2 = r10
 2061: r2 += -280
 2062: r3 = r10
 2063: r3 += -368
 2064: r4 = 0
 2065: call bpf_map_update_elem
 2066: goto +21
      ; drop
 2067: r2 = *(u32 *)(r10 -120)
 2068: r1 = *(u32 *)(r10 -116)
 2069: *(u64 *)(r10 -384) = r2
 2070: *(u64 *)(r10 -392) = r1
 2071: r1 = *(u64 *)(r10 -8)
 2072: r2 = 0xfffffffffffffff8 ll
 2074: call bpf_xdp_adjust_meta
 2075: if r0 != 0 goto +10
 2076: r1 = *(u64 *)(r10 -8)
 2077: r3 = *(u32 *)(r1 +8)
 2078: r2 = *(u32 *)(r1 +0)
 2079: r1 = r3
 2080: r1 += 8
 2081: if r1 > r2 goto +4
 2082: r1 = *(u64 *)(r10 -384)
 2083: *(u32 *)(r3 +0) = r1
 2084: r1 = *(u64 *)(r10 -392)
 2085: *(u32 *)(r3 +4) = r1
 2086: r0 = 1
 2087: exit
      ; epilogue: verdict
 2088: r2 = *(u32 *)(r10 -120)
 2089: r1 = *(u32 *)(r10 -116)
 2090: *(u64 *)(r10 -400) = r2
 2091: *(u64 *)(r10 -408) = r1
 2092: r1 = *(u64 *)(r10 -8)
 2093: r2 = 0xfffffffffffffff8 ll
 2095: call bpf_xdp_adjust_meta
 2096: if r0 != 0 goto +10
 2097: r1 = *(u64 *)(r10 -8)
 2098: r3 = *(u32 *)(r1 +8)
 2099: r2 = *(u32 *)(r1 +0)
 2100: r1 = r3
 2101: r1 += 8
 2102: if r1 > r2 goto +4
 2103: r1 = *(u64 *)(r10 -400)
 2104: *(u32 *)(r3 +0) = r1
 2105: r1 = *(u64 *)(r10 -408)
 2106: *(u32 *)(r3 +4) = r1
 2107: r0 = 2
 2108: exit
