; dapper for classifier: 1994 instructions, stack 472 bytes, 1 maps
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
   33: if r3 > 16383 goto +1956
   34: r2 = r6
   35: r2 += r3
   36: r1 = r2
   37: r1 += 14
   38: if r1 <= r7 goto +1
   39: goto +1950
   40: r1 = r3
   41: r1 += 1
   42: *(u32 *)(r10 -200) = r1
   43: r3 += 14
   44: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   45: r1 = *(u16 *)(r2 +12)
   46: if r1 != 8 goto +1255
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   47: r2 = *(u64 *)(r10 -16)
   48: if r2 > 16383 goto +1941
   49: r3 = r6
   50: r3 += r2
   51: r1 = r3
   52: r1 += 20
   53: if r1 <= r7 goto +1
   54: goto +1935
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
   65: if r1 == 0 goto +1924
      ; v4: bit<4> = read_field hdr1.ihl
   66: r2 = *(u8 *)(r3 +0)
   67: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   68: r2 -= 5
   69: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   70: r2 *= 32
   71: w2 = w2
      ; advance v9
   72: r1 = r2
   73: r1 &= 7
   74: if r1 != 0 goto +1915
   75: r1 = r2
   76: r1 >>= 3
   77: r2 = *(u64 *)(r10 -16)
   78: r2 += r1
   79: if r2 > 16383 goto +1910
   80: r1 = r6
   81: r1 += r2
   82: if r1 <= r7 goto +1
   83: goto +1906
   84: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   85: r2 = *(u16 *)(r3 +6)
   86: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   87: r1 = *(u8 *)(r3 +9)
   88: if r2 != 0 goto +1213
   89: if r1 != 6 goto +1212
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   90: r2 = *(u64 *)(r10 -16)
   91: if r2 > 16383 goto +1898
   92: r3 = r6
   93: r3 += r2
   94: r1 = r3
   95: r1 += 20
   96: if r1 <= r7 goto +1
   97: goto +1892
   98: r1 = r2
   99: r1 += 1
  100: *(u32 *)(r10 -192) = r1
  101: r2 += 20
  102: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  103: r2 = *(u8 *)(r3 +12)
  104: r2 >>= 4
  105: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  106: r1 = 1
  107: if r2 >= 5 goto +1
  108: r1 = 0
      ; verify v14, error HeaderTooShort
  109: if r1 == 0 goto +1880
      ; v15: bit<4> = read_field hdr2.dataOffset
  110: r1 = *(u8 *)(r3 +12)
  111: r1 >>= 4
  112: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  113: r1 -= 5
  114: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  115: r1 *= 4
  116: r1 &= 65535
      ; write var2, v20
  117: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  118: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  119: r1 = *(u8 *)(r10 -28)
  120: if r2 == 0 goto +1181
  121: if r1 == 10 goto +1180
      ; prs: block5 (parse_option)
      ; extract hdr3
  122: r3 = *(u64 *)(r10 -16)
  123: if r3 > 16383 goto +1866
  124: r2 = r6
  125: r2 += r3
  126: r1 = r2
  127: r1 += 1
  128: if r1 <= r7 goto +1
  129: goto +1860
  130: r1 = r3
  131: r1 += 1
  132: *(u32 *)(r10 -188) = r1
  133: r3 += 1
  134: *(u64 *)(r10 -16) = r3
      ; v23: bit<8> = read var3
  135: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
      ; v25: bit<8> = add v23, v24
  136: r1 += 1
  137: r1 &= 255
      ; write var3, v25
  138: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  139: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
      ; v28: bit<16> = sub v26, v27
  140: r1 -= 1
  141: r1 &= 65535
      ; write var2, v28
  142: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  143: r1 = *(u8 *)(r2 +0)
  144: if r1 == 0 goto +1157
  145: if r1 == 1 goto +90
  146: if r1 == 2 goto +73
  147: if r1 == 3 goto +55
  148: if r1 == 8 goto +39
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  149: r1 = *(u64 *)(r10 -16)
  150: if r1 > 16383 goto +1839
  151: r2 = r6
  152: r2 += r1
  153: r1 = r2
  154: r1 += 1
  155: if r1 <= r7 goto +1
  156: goto +1833
  157: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  158: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  159: r2 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
  160: r1 = 1
  161: if r2 >= 2 goto +1
  162: r1 = 0
      ; verify v33, error HeaderTooShort
  163: if r1 == 0 goto +1826
      ; v34: bit<8> = read var9
  164: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
      ; v36: bit<32> = const 1
      ; v37: bit<32> = sub v35, v36
  165: r2 -= 1
  166: w2 = w2
      ; v38: bit<32> = const 8
      ; v39: bit<32> = mul v37, v38
  167: r2 *= 8
  168: w2 = w2
      ; advance v39
  169: r1 = r2
  170: r1 &= 7
  171: if r1 != 0 goto +1818
  172: r1 = r2
  173: r1 >>= 3
  174: r2 = *(u64 *)(r10 -16)
  175: r2 += r1
  176: if r2 > 16383 goto +1813
  177: r1 = r6
  178: r1 += r2
  179: if r1 <= r7 goto +1
  180: goto +1809
  181: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  182: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  183: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
      ; v43: bit<16> = const 1
      ; v44: bit<16> = sub v42, v43
  184: r2 -= 1
  185: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  186: r1 -= r2
  187: goto +29
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  188: r2 = *(u64 *)(r10 -16)
  189: if r2 > 16383 goto +1800
  190: r1 = r6
  191: r1 += r2
  192: r1 += 9
  193: if r1 <= r7 goto +1
  194: goto +1795
  195: r1 = r2
  196: r1 += 1
  197: *(u32 *)(r10 -140) = r1
  198: r2 += 9
  199: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  200: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
      ; v48: bit<16> = sub v46, v47
  201: r1 -= 9
  202: goto +14
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  203: r2 = *(u64 *)(r10 -16)
  204: if r2 > 16383 goto +1785
  205: r1 = r6
  206: r1 += r2
  207: r1 += 2
  208: if r1 <= r7 goto +1
  209: goto +1780
  210: r1 = r2
  211: r1 += 1
  212: *(u32 *)(r10 -144) = r1
  213: r2 += 2
  214: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  215: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  216: r1 -= 2
  217: r1 &= 65535
      ; write var2, v51
  218: *(u16 *)(r10 -36) = r1
  219: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  220: r2 = *(u64 *)(r10 -16)
  221: if r2 > 16383 goto +1768
  222: r1 = r6
  223: r1 += r2
  224: r1 += 3
  225: if r1 <= r7 goto +1
  226: goto +1763
  227: r1 = r2
  228: r1 += 1
  229: *(u32 *)(r10 -148) = r1
  230: r2 += 3
  231: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  232: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  233: r1 -= 3
  234: r1 &= 65535
      ; write var2, v54
  235: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  236: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  237: r1 = *(u8 *)(r10 -28)
  238: if r2 == 0 goto +1063
  239: if r1 == 10 goto +1062
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  240: r3 = *(u64 *)(r10 -16)
  241: if r3 > 16383 goto +1748
  242: r2 = r6
  243: r2 += r3
  244: r1 = r2
  245: r1 += 1
  246: if r1 <= r7 goto +1
  247: goto +1742
  248: r1 = r3
  249: r1 += 1
  250: *(u32 *)(r10 -184) = r1
  251: r3 += 1
  252: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  253: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  254: r1 += 1
  255: r1 &= 255
      ; write var3, v59
  256: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  257: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  258: r1 -= 1
  259: r1 &= 65535
      ; write var2, v62
  260: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  261: r1 = *(u8 *)(r2 +0)
  262: if r1 == 0 goto +1039
  263: if r1 == 1 goto +90
  264: if r1 == 2 goto +73
  265: if r1 == 3 goto +55
  266: if r1 == 8 goto +39
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  267: r1 = *(u64 *)(r10 -16)
  268: if r1 > 16383 goto +1721
  269: r2 = r6
  270: r2 += r1
  271: r1 = r2
  272: r1 += 1
  273: if r1 <= r7 goto +1
  274: goto +1715
  275: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  276: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  277: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  278: r1 = 1
  279: if r2 >= 2 goto +1
  280: r1 = 0
      ; verify v67, error HeaderTooShort
  281: if r1 == 0 goto +1708
      ; v68: bit<8> = read var9
  282: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  283: r2 -= 1
  284: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  285: r2 *= 8
  286: w2 = w2
      ; advance v73
  287: r1 = r2
  288: r1 &= 7
  289: if r1 != 0 goto +1700
  290: r1 = r2
  291: r1 >>= 3
  292: r2 = *(u64 *)(r10 -16)
  293: r2 += r1
  294: if r2 > 16383 goto +1695
  295: r1 = r6
  296: r1 += r2
  297: if r1 <= r7 goto +1
  298: goto +1691
  299: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  300: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  301: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
      ; v77: bit<16> = const 1
      ; v78: bit<16> = sub v76, v77
  302: r2 -= 1
  303: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  304: r1 -= r2
  305: goto +29
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  306: r2 = *(u64 *)(r10 -16)
  307: if r2 > 16383 goto +1682
  308: r1 = r6
  309: r1 += r2
  310: r1 += 9
  311: if r1 <= r7 goto +1
  312: goto +1677
  313: r1 = r2
  314: r1 += 1
  315: *(u32 *)(r10 -140) = r1
  316: r2 += 9
  317: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  318: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
      ; v82: bit<16> = sub v80, v81
  319: r1 -= 9
  320: goto +14
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  321: r2 = *(u64 *)(r10 -16)
  322: if r2 > 16383 goto +1667
  323: r1 = r6
  324: r1 += r2
  325: r1 += 2
  326: if r1 <= r7 goto +1
  327: goto +1662
  328: r1 = r2
  329: r1 += 1
  330: *(u32 *)(r10 -144) = r1
  331: r2 += 2
  332: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  333: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
      ; v85: bit<16> = sub v83, v84
  334: r1 -= 2
  335: r1 &= 65535
      ; write var2, v85
  336: *(u16 *)(r10 -36) = r1
  337: goto +16
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  338: r2 = *(u64 *)(r10 -16)
  339: if r2 > 16383 goto +1650
  340: r1 = r6
  341: r1 += r2
  342: r1 += 3
  343: if r1 <= r7 goto +1
  344: goto +1645
  345: r1 = r2
  346: r1 += 1
  347: *(u32 *)(r10 -148) = r1
  348: r2 += 3
  349: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  350: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
      ; v88: bit<16> = sub v86, v87
  351: r1 -= 3
  352: r1 &= 65535
      ; write var2, v88
  353: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  354: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  355: r1 = *(u8 *)(r10 -28)
  356: if r2 == 0 goto +945
  357: if r1 == 10 goto +944
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  358: r3 = *(u64 *)(r10 -16)
  359: if r3 > 16383 goto +1630
  360: r2 = r6
  361: r2 += r3
  362: r1 = r2
  363: r1 += 1
  364: if r1 <= r7 goto +1
  365: goto +1624
  366: r1 = r3
  367: r1 += 1
  368: *(u32 *)(r10 -180) = r1
  369: r3 += 1
  370: *(u64 *)(r10 -16) = r3
      ; v91: bit<8> = read var3
  371: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
      ; v93: bit<8> = add v91, v92
  372: r1 += 1
  373: r1 &= 255
      ; write var3, v93
  374: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  375: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
      ; v96: bit<16> = sub v94, v95
  376: r1 -= 1
  377: r1 &= 65535
      ; write var2, v96
  378: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  379: r1 = *(u8 *)(r2 +0)
  380: if r1 == 0 goto +921
  381: if r1 == 1 goto +90
  382: if r1 == 2 goto +73
  383: if r1 == 3 goto +55
  384: if r1 == 8 goto +39
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  385: r1 = *(u64 *)(r10 -16)
  386: if r1 > 16383 goto +1603
  387: r2 = r6
  388: r2 += r1
  389: r1 = r2
  390: r1 += 1
  391: if r1 <= r7 goto +1
  392: goto +1597
  393: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  394: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  395: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  396: r1 = 1
  397: if r2 >= 2 goto +1
  398: r1 = 0
      ; verify v101, error HeaderTooShort
  399: if r1 == 0 goto +1590
      ; v102: bit<8> = read var9
  400: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  401: r2 -= 1
  402: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  403: r2 *= 8
  404: w2 = w2
      ; advance v107
  405: r1 = r2
  406: r1 &= 7
  407: if r1 != 0 goto +1582
  408: r1 = r2
  409: r1 >>= 3
  410: r2 = *(u64 *)(r10 -16)
  411: r2 += r1
  412: if r2 > 16383 goto +1577
  413: r1 = r6
  414: r1 += r2
  415: if r1 <= r7 goto +1
  416: goto +1573
  417: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  418: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  419: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  420: r2 -= 1
  421: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  422: r1 -= r2
  423: goto +29
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  424: r2 = *(u64 *)(r10 -16)
  425: if r2 > 16383 goto +1564
  426: r1 = r6
  427: r1 += r2
  428: r1 += 9
  429: if r1 <= r7 goto +1
  430: goto +1559
  431: r1 = r2
  432: r1 += 1
  433: *(u32 *)(r10 -140) = r1
  434: r2 += 9
  435: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  436: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  437: r1 -= 9
  438: goto +14
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  439: r2 = *(u64 *)(r10 -16)
  440: if r2 > 16383 goto +1549
  441: r1 = r6
  442: r1 += r2
  443: r1 += 2
  444: if r1 <= r7 goto +1
  445: goto +1544
  446: r1 = r2
  447: r1 += 1
  448: *(u32 *)(r10 -144) = r1
  449: r2 += 2
  450: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  451: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  452: r1 -= 2
  453: r1 &= 65535
      ; write var2, v119
  454: *(u16 *)(r10 -36) = r1
  455: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  456: r2 = *(u64 *)(r10 -16)
  457: if r2 > 16383 goto +1532
  458: r1 = r6
  459: r1 += r2
  460: r1 += 3
  461: if r1 <= r7 goto +1
  462: goto +1527
  463: r1 = r2
  464: r1 += 1
  465: *(u32 *)(r10 -148) = r1
  466: r2 += 3
  467: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  468: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  469: r1 -= 3
  470: r1 &= 65535
      ; write var2, v122
  471: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  472: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  473: r1 = *(u8 *)(r10 -28)
  474: if r2 == 0 goto +827
  475: if r1 == 10 goto +826
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  476: r3 = *(u64 *)(r10 -16)
  477: if r3 > 16383 goto +1512
  478: r2 = r6
  479: r2 += r3
  480: r1 = r2
  481: r1 += 1
  482: if r1 <= r7 goto +1
  483: goto +1506
  484: r1 = r3
  485: r1 += 1
  486: *(u32 *)(r10 -176) = r1
  487: r3 += 1
  488: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  489: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  490: r1 += 1
  491: r1 &= 255
      ; write var3, v127
  492: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  493: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  494: r1 -= 1
  495: r1 &= 65535
      ; write var2, v130
  496: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  497: r1 = *(u8 *)(r2 +0)
  498: if r1 == 0 goto +803
  499: if r1 == 1 goto +90
  500: if r1 == 2 goto +73
  501: if r1 == 3 goto +55
  502: if r1 == 8 goto +39
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  503: r1 = *(u64 *)(r10 -16)
  504: if r1 > 16383 goto +1485
  505: r2 = r6
  506: r2 += r1
  507: r1 = r2
  508: r1 += 1
  509: if r1 <= r7 goto +1
  510: goto +1479
  511: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  512: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  513: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  514: r1 = 1
  515: if r2 >= 2 goto +1
  516: r1 = 0
      ; verify v135, error HeaderTooShort
  517: if r1 == 0 goto +1472
      ; v136: bit<8> = read var9
  518: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  519: r2 -= 1
  520: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  521: r2 *= 8
  522: w2 = w2
      ; advance v141
  523: r1 = r2
  524: r1 &= 7
  525: if r1 != 0 goto +1464
  526: r1 = r2
  527: r1 >>= 3
  528: r2 = *(u64 *)(r10 -16)
  529: r2 += r1
  530: if r2 > 16383 goto +1459
  531: r1 = r6
  532: r1 += r2
  533: if r1 <= r7 goto +1
  534: goto +1455
  535: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  536: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  537: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  538: r2 -= 1
  539: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  540: r1 -= r2
  541: goto +29
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  542: r2 = *(u64 *)(r10 -16)
  543: if r2 > 16383 goto +1446
  544: r1 = r6
  545: r1 += r2
  546: r1 += 9
  547: if r1 <= r7 goto +1
  548: goto +1441
  549: r1 = r2
  550: r1 += 1
  551: *(u32 *)(r10 -140) = r1
  552: r2 += 9
  553: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  554: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  555: r1 -= 9
  556: goto +14
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  557: r2 = *(u64 *)(r10 -16)
  558: if r2 > 16383 goto +1431
  559: r1 = r6
  560: r1 += r2
  561: r1 += 2
  562: if r1 <= r7 goto +1
  563: goto +1426
  564: r1 = r2
  565: r1 += 1
  566: *(u32 *)(r10 -144) = r1
  567: r2 += 2
  568: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  569: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  570: r1 -= 2
  571: r1 &= 65535
      ; write var2, v153
  572: *(u16 *)(r10 -36) = r1
  573: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  574: r2 = *(u64 *)(r10 -16)
  575: if r2 > 16383 goto +1414
  576: r1 = r6
  577: r1 += r2
  578: r1 += 3
  579: if r1 <= r7 goto +1
  580: goto +1409
  581: r1 = r2
  582: r1 += 1
  583: *(u32 *)(r10 -148) = r1
  584: r2 += 3
  585: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  586: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  587: r1 -= 3
  588: r1 &= 65535
      ; write var2, v156
  589: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  590: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  591: r1 = *(u8 *)(r10 -28)
  592: if r2 == 0 goto +709
  593: if r1 == 10 goto +708
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  594: r3 = *(u64 *)(r10 -16)
  595: if r3 > 16383 goto +1394
  596: r2 = r6
  597: r2 += r3
  598: r1 = r2
  599: r1 += 1
  600: if r1 <= r7 goto +1
  601: goto +1388
  602: r1 = r3
  603: r1 += 1
  604: *(u32 *)(r10 -172) = r1
  605: r3 += 1
  606: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  607: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  608: r1 += 1
  609: r1 &= 255
      ; write var3, v161
  610: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  611: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  612: r1 -= 1
  613: r1 &= 65535
      ; write var2, v164
  614: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  615: r1 = *(u8 *)(r2 +0)
  616: if r1 == 0 goto +685
  617: if r1 == 1 goto +90
  618: if r1 == 2 goto +73
  619: if r1 == 3 goto +55
  620: if r1 == 8 goto +39
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  621: r1 = *(u64 *)(r10 -16)
  622: if r1 > 16383 goto +1367
  623: r2 = r6
  624: r2 += r1
  625: r1 = r2
  626: r1 += 1
  627: if r1 <= r7 goto +1
  628: goto +1361
  629: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  630: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  631: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  632: r1 = 1
  633: if r2 >= 2 goto +1
  634: r1 = 0
      ; verify v169, error HeaderTooShort
  635: if r1 == 0 goto +1354
      ; v170: bit<8> = read var9
  636: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  637: r2 -= 1
  638: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  639: r2 *= 8
  640: w2 = w2
      ; advance v175
  641: r1 = r2
  642: r1 &= 7
  643: if r1 != 0 goto +1346
  644: r1 = r2
  645: r1 >>= 3
  646: r2 = *(u64 *)(r10 -16)
  647: r2 += r1
  648: if r2 > 16383 goto +1341
  649: r1 = r6
  650: r1 += r2
  651: if r1 <= r7 goto +1
  652: goto +1337
  653: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  654: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  655: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  656: r2 -= 1
  657: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  658: r1 -= r2
  659: goto +29
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  660: r2 = *(u64 *)(r10 -16)
  661: if r2 > 16383 goto +1328
  662: r1 = r6
  663: r1 += r2
  664: r1 += 9
  665: if r1 <= r7 goto +1
  666: goto +1323
  667: r1 = r2
  668: r1 += 1
  669: *(u32 *)(r10 -140) = r1
  670: r2 += 9
  671: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  672: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  673: r1 -= 9
  674: goto +14
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  675: r2 = *(u64 *)(r10 -16)
  676: if r2 > 16383 goto +1313
  677: r1 = r6
  678: r1 += r2
  679: r1 += 2
  680: if r1 <= r7 goto +1
  681: goto +1308
  682: r1 = r2
  683: r1 += 1
  684: *(u32 *)(r10 -144) = r1
  685: r2 += 2
  686: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  687: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  688: r1 -= 2
  689: r1 &= 65535
      ; write var2, v187
  690: *(u16 *)(r10 -36) = r1
  691: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  692: r2 = *(u64 *)(r10 -16)
  693: if r2 > 16383 goto +1296
  694: r1 = r6
  695: r1 += r2
  696: r1 += 3
  697: if r1 <= r7 goto +1
  698: goto +1291
  699: r1 = r2
  700: r1 += 1
  701: *(u32 *)(r10 -148) = r1
  702: r2 += 3
  703: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  704: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  705: r1 -= 3
  706: r1 &= 65535
      ; write var2, v190
  707: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  708: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  709: r1 = *(u8 *)(r10 -28)
  710: if r2 == 0 goto +591
  711: if r1 == 10 goto +590
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  712: r3 = *(u64 *)(r10 -16)
  713: if r3 > 16383 goto +1276
  714: r2 = r6
  715: r2 += r3
  716: r1 = r2
  717: r1 += 1
  718: if r1 <= r7 goto +1
  719: goto +1270
  720: r1 = r3
  721: r1 += 1
  722: *(u32 *)(r10 -168) = r1
  723: r3 += 1
  724: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  725: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  726: r1 += 1
  727: r1 &= 255
      ; write var3, v195
  728: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  729: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  730: r1 -= 1
  731: r1 &= 65535
      ; write var2, v198
  732: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  733: r1 = *(u8 *)(r2 +0)
  734: if r1 == 0 goto +567
  735: if r1 == 1 goto +90
  736: if r1 == 2 goto +73
  737: if r1 == 3 goto +55
  738: if r1 == 8 goto +39
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  739: r1 = *(u64 *)(r10 -16)
  740: if r1 > 16383 goto +1249
  741: r2 = r6
  742: r2 += r1
  743: r1 = r2
  744: r1 += 1
  745: if r1 <= r7 goto +1
  746: goto +1243
  747: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  748: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  749: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  750: r1 = 1
  751: if r2 >= 2 goto +1
  752: r1 = 0
      ; verify v203, error HeaderTooShort
  753: if r1 == 0 goto +1236
      ; v204: bit<8> = read var9
  754: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  755: r2 -= 1
  756: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  757: r2 *= 8
  758: w2 = w2
      ; advance v209
  759: r1 = r2
  760: r1 &= 7
  761: if r1 != 0 goto +1228
  762: r1 = r2
  763: r1 >>= 3
  764: r2 = *(u64 *)(r10 -16)
  765: r2 += r1
  766: if r2 > 16383 goto +1223
  767: r1 = r6
  768: r1 += r2
  769: if r1 <= r7 goto +1
  770: goto +1219
  771: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  772: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  773: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  774: r2 -= 1
  775: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  776: r1 -= r2
  777: goto +29
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  778: r2 = *(u64 *)(r10 -16)
  779: if r2 > 16383 goto +1210
  780: r1 = r6
  781: r1 += r2
  782: r1 += 9
  783: if r1 <= r7 goto +1
  784: goto +1205
  785: r1 = r2
  786: r1 += 1
  787: *(u32 *)(r10 -140) = r1
  788: r2 += 9
  789: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  790: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  791: r1 -= 9
  792: goto +14
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  793: r2 = *(u64 *)(r10 -16)
  794: if r2 > 16383 goto +1195
  795: r1 = r6
  796: r1 += r2
  797: r1 += 2
  798: if r1 <= r7 goto +1
  799: goto +1190
  800: r1 = r2
  801: r1 += 1
  802: *(u32 *)(r10 -144) = r1
  803: r2 += 2
  804: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  805: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  806: r1 -= 2
  807: r1 &= 65535
      ; write var2, v221
  808: *(u16 *)(r10 -36) = r1
  809: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  810: r2 = *(u64 *)(r10 -16)
  811: if r2 > 16383 goto +1178
  812: r1 = r6
  813: r1 += r2
  814: r1 += 3
  815: if r1 <= r7 goto +1
  816: goto +1173
  817: r1 = r2
  818: r1 += 1
  819: *(u32 *)(r10 -148) = r1
  820: r2 += 3
  821: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  822: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  823: r1 -= 3
  824: r1 &= 65535
      ; write var2, v224
  825: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  826: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  827: r1 = *(u8 *)(r10 -28)
  828: if r2 == 0 goto +473
  829: if r1 == 10 goto +472
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  830: r3 = *(u64 *)(r10 -16)
  831: if r3 > 16383 goto +1158
  832: r2 = r6
  833: r2 += r3
  834: r1 = r2
  835: r1 += 1
  836: if r1 <= r7 goto +1
  837: goto +1152
  838: r1 = r3
  839: r1 += 1
  840: *(u32 *)(r10 -164) = r1
  841: r3 += 1
  842: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  843: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  844: r1 += 1
  845: r1 &= 255
      ; write var3, v229
  846: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  847: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  848: r1 -= 1
  849: r1 &= 65535
      ; write var2, v232
  850: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  851: r1 = *(u8 *)(r2 +0)
  852: if r1 == 0 goto +449
  853: if r1 == 1 goto +90
  854: if r1 == 2 goto +73
  855: if r1 == 3 goto +55
  856: if r1 == 8 goto +39
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  857: r1 = *(u64 *)(r10 -16)
  858: if r1 > 16383 goto +1131
  859: r2 = r6
  860: r2 += r1
  861: r1 = r2
  862: r1 += 1
  863: if r1 <= r7 goto +1
  864: goto +1125
  865: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  866: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  867: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  868: r1 = 1
  869: if r2 >= 2 goto +1
  870: r1 = 0
      ; verify v237, error HeaderTooShort
  871: if r1 == 0 goto +1118
      ; v238: bit<8> = read var9
  872: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  873: r2 -= 1
  874: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  875: r2 *= 8
  876: w2 = w2
      ; advance v243
  877: r1 = r2
  878: r1 &= 7
  879: if r1 != 0 goto +1110
  880: r1 = r2
  881: r1 >>= 3
  882: r2 = *(u64 *)(r10 -16)
  883: r2 += r1
  884: if r2 > 16383 goto +1105
  885: r1 = r6
  886: r1 += r2
  887: if r1 <= r7 goto +1
  888: goto +1101
  889: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  890: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  891: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  892: r2 -= 1
  893: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  894: r1 -= r2
  895: goto +29
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  896: r2 = *(u64 *)(r10 -16)
  897: if r2 > 16383 goto +1092
  898: r1 = r6
  899: r1 += r2
  900: r1 += 9
  901: if r1 <= r7 goto +1
  902: goto +1087
  903: r1 = r2
  904: r1 += 1
  905: *(u32 *)(r10 -140) = r1
  906: r2 += 9
  907: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  908: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  909: r1 -= 9
  910: goto +14
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  911: r2 = *(u64 *)(r10 -16)
  912: if r2 > 16383 goto +1077
  913: r1 = r6
  914: r1 += r2
  915: r1 += 2
  916: if r1 <= r7 goto +1
  917: goto +1072
  918: r1 = r2
  919: r1 += 1
  920: *(u32 *)(r10 -144) = r1
  921: r2 += 2
  922: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  923: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  924: r1 -= 2
  925: r1 &= 65535
      ; write var2, v255
  926: *(u16 *)(r10 -36) = r1
  927: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  928: r2 = *(u64 *)(r10 -16)
  929: if r2 > 16383 goto +1060
  930: r1 = r6
  931: r1 += r2
  932: r1 += 3
  933: if r1 <= r7 goto +1
  934: goto +1055
  935: r1 = r2
  936: r1 += 1
  937: *(u32 *)(r10 -148) = r1
  938: r2 += 3
  939: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  940: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  941: r1 -= 3
  942: r1 &= 65535
      ; write var2, v258
  943: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  944: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  945: r1 = *(u8 *)(r10 -28)
  946: if r2 == 0 goto +355
  947: if r1 == 10 goto +354
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  948: r3 = *(u64 *)(r10 -16)
  949: if r3 > 16383 goto +1040
  950: r2 = r6
  951: r2 += r3
  952: r1 = r2
  953: r1 += 1
  954: if r1 <= r7 goto +1
  955: goto +1034
  956: r1 = r3
  957: r1 += 1
  958: *(u32 *)(r10 -160) = r1
  959: r3 += 1
  960: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
  961: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
  962: r1 += 1
  963: r1 &= 255
      ; write var3, v263
  964: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
  965: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
  966: r1 -= 1
  967: r1 &= 65535
      ; write var2, v266
  968: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
  969: r1 = *(u8 *)(r2 +0)
  970: if r1 == 0 goto +331
  971: if r1 == 1 goto +90
  972: if r1 == 2 goto +73
  973: if r1 == 3 goto +55
  974: if r1 == 8 goto +39
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
  975: r1 = *(u64 *)(r10 -16)
  976: if r1 > 16383 goto +1013
  977: r2 = r6
  978: r2 += r1
  979: r1 = r2
  980: r1 += 1
  981: if r1 <= r7 goto +1
  982: goto +1007
  983: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
  984: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
  985: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
  986: r1 = 1
  987: if r2 >= 2 goto +1
  988: r1 = 0
      ; verify v271, error HeaderTooShort
  989: if r1 == 0 goto +1000
      ; v272: bit<8> = read var9
  990: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
  991: r2 -= 1
  992: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
  993: r2 *= 8
  994: w2 = w2
      ; advance v277
  995: r1 = r2
  996: r1 &= 7
  997: if r1 != 0 goto +992
  998: r1 = r2
  999: r1 >>= 3
 1000: r2 = *(u64 *)(r10 -16)
 1001: r2 += r1
 1002: if r2 > 16383 goto +987
 1003: r1 = r6
 1004: r1 += r2
 1005: if r1 <= r7 goto +1
 1006: goto +983
 1007: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1008: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1009: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
 1010: r2 -= 1
 1011: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1012: r1 -= r2
 1013: goto +29
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1014: r2 = *(u64 *)(r10 -16)
 1015: if r2 > 16383 goto +974
 1016: r1 = r6
 1017: r1 += r2
 1018: r1 += 9
 1019: if r1 <= r7 goto +1
 1020: goto +969
 1021: r1 = r2
 1022: r1 += 1
 1023: *(u32 *)(r10 -140) = r1
 1024: r2 += 9
 1025: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1026: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
 1027: r1 -= 9
 1028: goto +14
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1029: r2 = *(u64 *)(r10 -16)
 1030: if r2 > 16383 goto +959
 1031: r1 = r6
 1032: r1 += r2
 1033: r1 += 2
 1034: if r1 <= r7 goto +1
 1035: goto +954
 1036: r1 = r2
 1037: r1 += 1
 1038: *(u32 *)(r10 -144) = r1
 1039: r2 += 2
 1040: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1041: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1042: r1 -= 2
 1043: r1 &= 65535
      ; write var2, v289
 1044: *(u16 *)(r10 -36) = r1
 1045: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1046: r2 = *(u64 *)(r10 -16)
 1047: if r2 > 16383 goto +942
 1048: r1 = r6
 1049: r1 += r2
 1050: r1 += 3
 1051: if r1 <= r7 goto +1
 1052: goto +937
 1053: r1 = r2
 1054: r1 += 1
 1055: *(u32 *)(r10 -148) = r1
 1056: r2 += 3
 1057: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1058: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1059: r1 -= 3
 1060: r1 &= 65535
      ; write var2, v292
 1061: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1062: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1063: r1 = *(u8 *)(r10 -28)
 1064: if r2 == 0 goto +237
 1065: if r1 == 10 goto +236
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1066: r3 = *(u64 *)(r10 -16)
 1067: if r3 > 16383 goto +922
 1068: r2 = r6
 1069: r2 += r3
 1070: r1 = r2
 1071: r1 += 1
 1072: if r1 <= r7 goto +1
 1073: goto +916
 1074: r1 = r3
 1075: r1 += 1
 1076: *(u32 *)(r10 -156) = r1
 1077: r3 += 1
 1078: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1079: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1080: r1 += 1
 1081: r1 &= 255
      ; write var3, v297
 1082: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1083: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1084: r1 -= 1
 1085: r1 &= 65535
      ; write var2, v300
 1086: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1087: r1 = *(u8 *)(r2 +0)
 1088: if r1 == 0 goto +213
 1089: if r1 == 1 goto +90
 1090: if r1 == 2 goto +73
 1091: if r1 == 3 goto +55
 1092: if r1 == 8 goto +39
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1093: r1 = *(u64 *)(r10 -16)
 1094: if r1 > 16383 goto +895
 1095: r2 = r6
 1096: r2 += r1
 1097: r1 = r2
 1098: r1 += 1
 1099: if r1 <= r7 goto +1
 1100: goto +889
 1101: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1102: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1103: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1104: r1 = 1
 1105: if r2 >= 2 goto +1
 1106: r1 = 0
      ; verify v305, error HeaderTooShort
 1107: if r1 == 0 goto +882
      ; v306: bit<8> = read var9
 1108: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1109: r2 -= 1
 1110: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1111: r2 *= 8
 1112: w2 = w2
      ; advance v311
 1113: r1 = r2
 1114: r1 &= 7
 1115: if r1 != 0 goto +874
 1116: r1 = r2
 1117: r1 >>= 3
 1118: r2 = *(u64 *)(r10 -16)
 1119: r2 += r1
 1120: if r2 > 16383 goto +869
 1121: r1 = r6
 1122: r1 += r2
 1123: if r1 <= r7 goto +1
 1124: goto +865
 1125: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1126: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1127: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1128: r2 -= 1
 1129: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1130: r1 -= r2
 1131: goto +29
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1132: r2 = *(u64 *)(r10 -16)
 1133: if r2 > 16383 goto +856
 1134: r1 = r6
 1135: r1 += r2
 1136: r1 += 9
 1137: if r1 <= r7 goto +1
 1138: goto +851
 1139: r1 = r2
 1140: r1 += 1
 1141: *(u32 *)(r10 -140) = r1
 1142: r2 += 9
 1143: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1144: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1145: r1 -= 9
 1146: goto +14
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1147: r2 = *(u64 *)(r10 -16)
 1148: if r2 > 16383 goto +841
 1149: r1 = r6
 1150: r1 += r2
 1151: r1 += 2
 1152: if r1 <= r7 goto +1
 1153: goto +836
 1154: r1 = r2
 1155: r1 += 1
 1156: *(u32 *)(r10 -144) = r1
 1157: r2 += 2
 1158: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1159: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1160: r1 -= 2
 1161: r1 &= 65535
      ; write var2, v323
 1162: *(u16 *)(r10 -36) = r1
 1163: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1164: r2 = *(u64 *)(r10 -16)
 1165: if r2 > 16383 goto +824
 1166: r1 = r6
 1167: r1 += r2
 1168: r1 += 3
 1169: if r1 <= r7 goto +1
 1170: goto +819
 1171: r1 = r2
 1172: r1 += 1
 1173: *(u32 *)(r10 -148) = r1
 1174: r2 += 3
 1175: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1176: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1177: r1 -= 3
 1178: r1 &= 65535
      ; write var2, v326
 1179: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1180: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1181: r1 = *(u8 *)(r10 -28)
 1182: if r2 == 0 goto +119
 1183: if r1 == 10 goto +118
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1184: r3 = *(u64 *)(r10 -16)
 1185: if r3 > 16383 goto +804
 1186: r2 = r6
 1187: r2 += r3
 1188: r1 = r2
 1189: r1 += 1
 1190: if r1 <= r7 goto +1
 1191: goto +798
 1192: r1 = r3
 1193: r1 += 1
 1194: *(u32 *)(r10 -152) = r1
 1195: r3 += 1
 1196: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1197: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1198: r1 += 1
 1199: r1 &= 255
      ; write var3, v331
 1200: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1201: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1202: r1 -= 1
 1203: r1 &= 65535
      ; write var2, v334
 1204: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1205: r1 = *(u8 *)(r2 +0)
 1206: if r1 == 0 goto +95
 1207: if r1 == 1 goto +90
 1208: if r1 == 2 goto +73
 1209: if r1 == 3 goto +55
 1210: if r1 == 8 goto +39
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1211: r1 = *(u64 *)(r10 -16)
 1212: if r1 > 16383 goto +777
 1213: r2 = r6
 1214: r2 += r1
 1215: r1 = r2
 1216: r1 += 1
 1217: if r1 <= r7 goto +1
 1218: goto +771
 1219: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1220: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1221: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1222: r1 = 1
 1223: if r2 >= 2 goto +1
 1224: r1 = 0
      ; verify v339, error HeaderTooShort
 1225: if r1 == 0 goto +764
      ; v340: bit<8> = read var9
 1226: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1227: r2 -= 1
 1228: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1229: r2 *= 8
 1230: w2 = w2
      ; advance v345
 1231: r1 = r2
 1232: r1 &= 7
 1233: if r1 != 0 goto +756
 1234: r1 = r2
 1235: r1 >>= 3
 1236: r2 = *(u64 *)(r10 -16)
 1237: r2 += r1
 1238: if r2 > 16383 goto +751
 1239: r1 = r6
 1240: r1 += r2
 1241: if r1 <= r7 goto +1
 1242: goto +747
 1243: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1244: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1245: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1246: r2 -= 1
 1247: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1248: r1 -= r2
 1249: goto +29
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1250: r2 = *(u64 *)(r10 -16)
 1251: if r2 > 16383 goto +738
 1252: r1 = r6
 1253: r1 += r2
 1254: r1 += 9
 1255: if r1 <= r7 goto +1
 1256: goto +733
 1257: r1 = r2
 1258: r1 += 1
 1259: *(u32 *)(r10 -140) = r1
 1260: r2 += 9
 1261: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1262: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1263: r1 -= 9
 1264: goto +14
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1265: r2 = *(u64 *)(r10 -16)
 1266: if r2 > 16383 goto +723
 1267: r1 = r6
 1268: r1 += r2
 1269: r1 += 2
 1270: if r1 <= r7 goto +1
 1271: goto +718
 1272: r1 = r2
 1273: r1 += 1
 1274: *(u32 *)(r10 -144) = r1
 1275: r2 += 2
 1276: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1277: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1278: r1 -= 2
 1279: r1 &= 65535
      ; write var2, v357
 1280: *(u16 *)(r10 -36) = r1
 1281: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1282: r2 = *(u64 *)(r10 -16)
 1283: if r2 > 16383 goto +706
 1284: r1 = r6
 1285: r1 += r2
 1286: r1 += 3
 1287: if r1 <= r7 goto +1
 1288: goto +701
 1289: r1 = r2
 1290: r1 += 1
 1291: *(u32 *)(r10 -148) = r1
 1292: r2 += 3
 1293: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1294: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1295: r1 -= 3
 1296: r1 &= 65535
      ; write var2, v360
 1297: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1298: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1299: r1 = *(u8 *)(r10 -28)
 1300: if r2 == 0 goto +1
 1301: if r1 != 10 goto +688
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1302: r1 = *(u32 *)(r10 -192)
 1303: if r1 == 0 goto +1
 1304: r1 = 1
      ; v1: bool = not v0
 1305: r1 ^= 1
 1306: if r1 != 0 goto +685
      ; v2: bit<64> = timestamp_ns
 1307: call bpf_ktime_get_ns
 1308: r1 = r0
      ; write var10, v2
 1309: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1310: r1 = *(u32 *)(r10 -192)
 1311: if r1 == 0 goto +9
 1312: r1 -= 1
 1313: if r1 > 16383 goto +7
 1314: *(u64 *)(r10 -384) = r6
 1315: r0 = *(u64 *)(r10 -384)
 1316: r0 += r1
 1317: *(u64 *)(r10 -384) = r0
 1318: r1 = *(u64 *)(r10 -384)
 1319: r1 += 20
 1320: if r1 <= r7 goto +1
 1321: *(u64 *)(r10 -384) = 0
 1322: r1 = 0
 1323: r0 = *(u64 *)(r10 -384)
 1324: if r0 == 0 goto +2
 1325: r0 = *(u64 *)(r10 -384)
 1326: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1327: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1328: r1 = *(u32 *)(r10 -196)
 1329: if r1 == 0 goto +9
 1330: r1 -= 1
 1331: if r1 > 16383 goto +7
 1332: *(u64 *)(r10 -392) = r6
 1333: r0 = *(u64 *)(r10 -392)
 1334: r0 += r1
 1335: *(u64 *)(r10 -392) = r0
 1336: r1 = *(u64 *)(r10 -392)
 1337: r1 += 20
 1338: if r1 <= r7 goto +1
 1339: *(u64 *)(r10 -392) = 0
 1340: r1 = 0
 1341: r0 = *(u64 *)(r10 -392)
 1342: if r0 == 0 goto +3
 1343: r0 = *(u64 *)(r10 -392)
 1344: r1 = *(u8 *)(r0 +0)
 1345: r1 &= 15
      ; v5: bit<16> = cast v4
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1346: r1 <<= 2
 1347: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1348: r2 = 0
 1349: r0 = *(u64 *)(r10 -384)
 1350: if r0 == 0 goto +4
 1351: r0 = *(u64 *)(r10 -384)
 1352: r2 = *(u8 *)(r0 +12)
 1353: r2 >>= 4
 1354: r2 &= 15
      ; v9: bit<16> = cast v8
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1355: r2 <<= 2
 1356: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1357: r1 += r2
 1358: r1 &= 65535
      ; write var12, v12
 1359: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1360: r1 = 0
 1361: r0 = *(u64 *)(r10 -392)
 1362: if r0 == 0 goto +2
 1363: r0 = *(u64 *)(r10 -392)
 1364: r1 = *(u16 *)(r0 +2)
 1365: r1 = be16 r1
      ; v14: bit<16> = read var12
 1366: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1367: r1 -= r2
 1368: r1 &= 65535
      ; v16: bit<32> = cast v15
      ; write var13, v16
 1369: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1370: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1371: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1372: r2 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1373: r4 = 1
 1374: if r2 != 0 goto +1
 1375: r4 = 0
      ; v23: bit<32> = const 1
 1376: r2 = 1
      ; v24: bit<32> = const 0
 1377: r3 = 0
      ; v25: bit<32> = select v22, v23, v24
 1378: if r4 != 0 goto +1
 1379: r2 = r3
      ; v26: bit<32> = add v17, v25
 1380: r1 += r2
 1381: w1 = w1
      ; write var14, v26
 1382: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1383: r4 = 0
 1384: r0 = *(u64 *)(r10 -392)
 1385: if r0 == 0 goto +2
 1386: r0 = *(u64 *)(r10 -392)
 1387: r4 = *(u32 *)(r0 +12)
 1388: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1389: r3 = 0
 1390: r0 = *(u64 *)(r10 -392)
 1391: if r0 == 0 goto +2
 1392: r0 = *(u64 *)(r10 -392)
 1393: r3 = *(u32 *)(r0 +16)
 1394: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1395: r2 = 0
 1396: r0 = *(u64 *)(r10 -384)
 1397: if r0 == 0 goto +2
 1398: r0 = *(u64 *)(r10 -384)
 1399: r2 = *(u16 *)(r0 +0)
 1400: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1401: r1 = 0
 1402: r0 = *(u64 *)(r10 -384)
 1403: if r0 == 0 goto +2
 1404: r0 = *(u64 *)(r10 -384)
 1405: r1 = *(u16 *)(r0 +2)
 1406: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1407: *(u32 *)(r10 -272) = r4
 1408: *(u32 *)(r10 -268) = r3
 1409: *(u16 *)(r10 -264) = r2
 1410: *(u16 *)(r10 -262) = r1
 1411: r1 = map[pipe_flows] ll
 1413: r2 = r10
 1414: r2 += -272
 1415: call bpf_map_lookup_elem
 1416: r9 = r0
 1417: if r9 == 0 goto +35
 1418: *(u64 *)(r10 -400) = 1
 1419: r0 = *(u32 *)(r9 +0)
 1420: *(u64 *)(r10 -408) = r0
 1421: w0 = w0
 1422: *(u64 *)(r10 -408) = r0
 1423: r0 = *(u32 *)(r9 +4)
 1424: *(u64 *)(r10 -416) = r0
 1425: w0 = w0
 1426: *(u64 *)(r10 -416) = r0
 1427: r0 = *(u32 *)(r9 +8)
 1428: *(u64 *)(r10 -424) = r0
 1429: w0 = w0
 1430: *(u64 *)(r10 -424) = r0
 1431: r0 = *(u32 *)(r9 +12)
 1432: *(u64 *)(r10 -432) = r0
 1433: w0 = w0
 1434: *(u64 *)(r10 -432) = r0
 1435: r0 = *(u16 *)(r9 +16)
 1436: *(u64 *)(r10 -440) = r0
 1437: r0 &= 65535
 1438: *(u64 *)(r10 -440) = r0
 1439: r8 = *(u8 *)(r9 +18)
 1440: r8 &= 255
 1441: r4 = *(u32 *)(r9 +20)
 1442: w4 = w4
 1443: r3 = *(u32 *)(r9 +24)
 1444: w3 = w3
 1445: r2 = *(u8 *)(r9 +28)
 1446: r2 &= 255
 1447: r1 = *(u32 *)(r9 +32)
 1448: w1 = w1
 1449: r0 = *(u64 *)(r9 +40)
 1450: *(u64 *)(r10 -448) = r0
 1451: r9 = *(u64 *)(r9 +48)
 1452: goto +13
 1453: *(u64 *)(r10 -400) = 0
 1454: *(u64 *)(r10 -408) = 0
 1455: *(u64 *)(r10 -416) = 0
 1456: *(u64 *)(r10 -424) = 0
 1457: *(u64 *)(r10 -432) = 0
 1458: *(u64 *)(r10 -440) = 0
 1459: r8 = 0
 1460: r4 = 0
 1461: r3 = 0
 1462: r2 = 0
 1463: r1 = 0
 1464: *(u64 *)(r10 -448) = 0
 1465: r9 = 0
      ; write var15, v32
 1466: r0 = *(u64 *)(r10 -408)
 1467: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1468: r0 = *(u64 *)(r10 -416)
 1469: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1470: r0 = *(u64 *)(r10 -424)
 1471: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1472: r0 = *(u64 *)(r10 -432)
 1473: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1474: r0 = *(u64 *)(r10 -440)
 1475: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1476: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1477: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1478: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1479: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1480: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1481: r0 = *(u64 *)(r10 -448)
 1482: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1483: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1484: r0 = *(u64 *)(r10 -400)
 1485: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1486: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1487: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1488: if r1 != 0 goto +51
      ; v65: bool = read var27
 1489: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1490: r3 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1491: r2 = 1
 1492: if r3 != 0 goto +1
 1493: r2 = 0
      ; v69: bool = logical_and v65, v68
 1494: r1 &= r2
 1495: if r1 == 0 goto +112
      ; v70: bit<32> = read_field hdr2.seqNo
 1496: r1 = 0
 1497: r0 = *(u64 *)(r10 -384)
 1498: if r0 == 0 goto +2
 1499: r0 = *(u64 *)(r10 -384)
 1500: r1 = *(u32 *)(r0 +4)
 1501: r1 = be32 r1
      ; v71: bit<32> = read var14
 1502: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1503: r1 += r2
 1504: w1 = w1
      ; write var28, v72
 1505: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1506: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1507: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1508: r1 -= r2
 1509: w1 = w1
      ; write var29, v75
 1510: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1511: r2 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1512: r1 = 1
 1513: if r2 != 0 goto +1
 1514: r1 = 0
      ; v79: bit<32> = read var29
 1515: r4 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1516: w3 = -2147483648
      ; v81: bool = lt v79, v80
 1517: r2 = 1
 1518: if r4 < r3 goto +1
 1519: r2 = 0
      ; v82: bool = logical_and v78, v81
 1520: r1 &= r2
 1521: if r1 != 0 goto +7
      ; v90: bit<32> = read var22
 1522: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1523: r1 += 1
 1524: w1 = w1
      ; write var22, v92
 1525: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1526: r1 = 0
      ; write var23, v93
 1527: *(u8 *)(r10 -23) = r1
 1528: goto +79
      ; v83: bit<32> = read var28
 1529: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1530: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1531: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1532: if r1 != 0 goto +75
      ; v87: bit<8> = const 1
 1533: r1 = 1
      ; write var23, v87
 1534: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1535: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1536: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1537: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1538: *(u64 *)(r10 -232) = r1
 1539: goto +68
      ; v49: bool = const 1
 1540: r1 = 1
      ; write var27, v49
 1541: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1542: r1 = 0
 1543: r0 = *(u64 *)(r10 -384)
 1544: if r0 == 0 goto +2
 1545: r0 = *(u64 *)(r10 -384)
 1546: r1 = *(u32 *)(r0 +4)
 1547: r1 = be32 r1
      ; write var15, v50
 1548: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1549: r1 = 0
 1550: r0 = *(u64 *)(r10 -384)
 1551: if r0 == 0 goto +2
 1552: r0 = *(u64 *)(r10 -384)
 1553: r1 = *(u32 *)(r0 +4)
 1554: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1555: r1 += 1
 1556: w1 = w1
      ; write var16, v53
 1557: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1558: r1 = 0
      ; write var18, v54
 1559: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1560: r1 = *(u32 *)(r10 -148)
 1561: if r1 == 0 goto +7
 1562: r1 -= 1
 1563: if r1 > 16383 goto +5
 1564: r2 = r6
 1565: r2 += r1
 1566: r1 = r2
 1567: r1 += 3
 1568: if r1 <= r7 goto +1
 1569: r2 = 0
 1570: r1 = 0
 1571: if r2 == 0 goto +1
 1572: r1 = *(u16 *)(r2 +1)
 1573: r1 = be16 r1
      ; write var19, v55
 1574: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1575: r1 = *(u32 *)(r10 -144)
 1576: if r1 == 0 goto +7
 1577: r1 -= 1
 1578: if r1 > 16383 goto +5
 1579: r2 = r6
 1580: r2 += r1
 1581: r1 = r2
 1582: r1 += 2
 1583: if r1 <= r7 goto +1
 1584: r2 = 0
 1585: r1 = 0
 1586: if r2 == 0 goto +1
 1587: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1588: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1589: r1 = 0
      ; write var21, v57
 1590: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1591: r1 = 0
      ; write var22, v58
 1592: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1593: r1 = 1
      ; write var23, v59
 1594: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1595: r1 = 0
 1596: r0 = *(u64 *)(r10 -384)
 1597: if r0 == 0 goto +2
 1598: r0 = *(u64 *)(r10 -384)
 1599: r1 = *(u32 *)(r0 +4)
 1600: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1601: r1 += 1
 1602: w1 = w1
      ; write var24, v62
 1603: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1604: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1605: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1606: r1 = 0
      ; write var26, v64
 1607: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1608: r1 = *(u8 *)(r10 -22)
 1609: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1610: r1 = *(u32 *)(r10 -140)
 1611: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1612: r1 = *(u32 *)(r10 -140)
 1613: if r1 == 0 goto +7
 1614: r1 -= 1
 1615: if r1 > 16383 goto +5
 1616: r2 = r6
 1617: r2 += r1
 1618: r1 = r2
 1619: r1 += 9
 1620: if r1 <= r7 goto +1
 1621: r2 = 0
 1622: r1 = 0
 1623: if r2 == 0 goto +1
 1624: r1 = *(u32 *)(r2 +1)
 1625: r1 = be32 r1
      ; write var21, v96
 1626: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1627: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1628: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1629: r1 -= r2
 1630: w1 = w1
      ; write var17, v99
 1631: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1632: r1 = 0
 1633: r0 = *(u64 *)(r10 -392)
 1634: if r0 == 0 goto +2
 1635: r0 = *(u64 *)(r10 -392)
 1636: r1 = *(u32 *)(r0 +12)
 1637: *(u64 *)(r10 -400) = r1
 1638: r0 = *(u64 *)(r10 -400)
 1639: r0 = be32 r0
 1640: *(u64 *)(r10 -400) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1641: r9 = 0
 1642: r0 = *(u64 *)(r10 -392)
 1643: if r0 == 0 goto +2
 1644: r0 = *(u64 *)(r10 -392)
 1645: r9 = *(u32 *)(r0 +16)
 1646: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1647: r8 = 0
 1648: r0 = *(u64 *)(r10 -384)
 1649: if r0 == 0 goto +2
 1650: r0 = *(u64 *)(r10 -384)
 1651: r8 = *(u16 *)(r0 +0)
 1652: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1653: r4 = 0
 1654: r0 = *(u64 *)(r10 -384)
 1655: if r0 == 0 goto +2
 1656: r0 = *(u64 *)(r10 -384)
 1657: r4 = *(u16 *)(r0 +2)
 1658: r4 = be16 r4
      ; v104: bit<32> = read var15
 1659: r0 = *(u32 *)(r10 -104)
 1660: *(u64 *)(r10 -408) = r0
      ; v105: bit<32> = read var16
 1661: r0 = *(u32 *)(r10 -100)
 1662: *(u64 *)(r10 -416) = r0
      ; v106: bit<32> = read var17
 1663: r0 = *(u32 *)(r10 -96)
 1664: *(u64 *)(r10 -424) = r0
      ; v107: bit<32> = read var18
 1665: r0 = *(u32 *)(r10 -92)
 1666: *(u64 *)(r10 -432) = r0
      ; v108: bit<16> = read var19
 1667: r0 = *(u16 *)(r10 -32)
 1668: *(u64 *)(r10 -440) = r0
      ; v109: bit<8> = read var20
 1669: r0 = *(u8 *)(r10 -24)
 1670: *(u64 *)(r10 -448) = r0
      ; v110: bit<32> = read var21
 1671: r0 = *(u32 *)(r10 -88)
 1672: *(u64 *)(r10 -456) = r0
      ; v111: bit<32> = read var22
 1673: r0 = *(u32 *)(r10 -84)
 1674: *(u64 *)(r10 -464) = r0
      ; v112: bit<8> = read var23
 1675: r0 = *(u8 *)(r10 -23)
 1676: *(u64 *)(r10 -472) = r0
      ; v113: bit<32> = read var24
 1677: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1678: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1679: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1680: r0 = *(u64 *)(r10 -400)
 1681: *(u32 *)(r10 -280) = r0
 1682: *(u32 *)(r10 -276) = r9
 1683: *(u16 *)(r10 -272) = r8
 1684: *(u16 *)(r10 -270) = r4
 1685: *(u64 *)(r10 -352) = 0
 1686: *(u64 *)(r10 -344) = 0
 1687: *(u64 *)(r10 -336) = 0
 1688: r0 = *(u64 *)(r10 -408)
 1689: *(u32 *)(r10 -368) = r0
 1690: r0 = *(u64 *)(r10 -416)
 1691: *(u32 *)(r10 -364) = r0
 1692: r0 = *(u64 *)(r10 -424)
 1693: *(u32 *)(r10 -360) = r0
 1694: r0 = *(u64 *)(r10 -432)
 1695: *(u32 *)(r10 -356) = r0
 1696: r0 = *(u64 *)(r10 -440)
 1697: *(u16 *)(r10 -352) = r0
 1698: r0 = *(u64 *)(r10 -448)
 1699: *(u8 *)(r10 -350) = r0
 1700: r0 = *(u64 *)(r10 -456)
 1701: *(u32 *)(r10 -348) = r0
 1702: r0 = *(u64 *)(r10 -464)
 1703: *(u32 *)(r10 -344) = r0
 1704: r0 = *(u64 *)(r10 -472)
 1705: *(u8 *)(r10 -340) = r0
 1706: *(u32 *)(r10 -336) = r3
 1707: *(u64 *)(r10 -328) = r2
 1708: *(u64 *)(r10 -320) = r1
 1709: r1 = map[pipe_flows] ll
 1711: r2 = r10
 1712: r2 += -280
 1713: r3 = r10
 1714: r3 += -368
 1715: r4 = 0
 1716: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1717: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1718: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1719: if r1 == 0 goto +272
      ; v121: bit<32> = read_field hdr1.dstAddr
 1720: r4 = 0
 1721: r0 = *(u64 *)(r10 -392)
 1722: if r0 == 0 goto +2
 1723: r0 = *(u64 *)(r10 -392)
 1724: r4 = *(u32 *)(r0 +16)
 1725: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1726: r3 = 0
 1727: r0 = *(u64 *)(r10 -392)
 1728: if r0 == 0 goto +2
 1729: r0 = *(u64 *)(r10 -392)
 1730: r3 = *(u32 *)(r0 +12)
 1731: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1732: r2 = 0
 1733: r0 = *(u64 *)(r10 -384)
 1734: if r0 == 0 goto +2
 1735: r0 = *(u64 *)(r10 -384)
 1736: r2 = *(u16 *)(r0 +2)
 1737: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1738: r1 = 0
 1739: r0 = *(u64 *)(r10 -384)
 1740: if r0 == 0 goto +2
 1741: r0 = *(u64 *)(r10 -384)
 1742: r1 = *(u16 *)(r0 +0)
 1743: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1744: *(u32 *)(r10 -272) = r4
 1745: *(u32 *)(r10 -268) = r3
 1746: *(u16 *)(r10 -264) = r2
 1747: *(u16 *)(r10 -262) = r1
 1748: r1 = map[pipe_flows] ll
 1750: r2 = r10
 1751: r2 += -272
 1752: call bpf_map_lookup_elem
 1753: r9 = r0
 1754: if r9 == 0 goto +35
 1755: *(u64 *)(r10 -400) = 1
 1756: r0 = *(u32 *)(r9 +0)
 1757: *(u64 *)(r10 -408) = r0
 1758: w0 = w0
 1759: *(u64 *)(r10 -408) = r0
 1760: r0 = *(u32 *)(r9 +4)
 1761: *(u64 *)(r10 -416) = r0
 1762: w0 = w0
 1763: *(u64 *)(r10 -416) = r0
 1764: r0 = *(u32 *)(r9 +8)
 1765: *(u64 *)(r10 -424) = r0
 1766: w0 = w0
 1767: *(u64 *)(r10 -424) = r0
 1768: r0 = *(u32 *)(r9 +12)
 1769: *(u64 *)(r10 -432) = r0
 1770: w0 = w0
 1771: *(u64 *)(r10 -432) = r0
 1772: r0 = *(u16 *)(r9 +16)
 1773: *(u64 *)(r10 -440) = r0
 1774: r0 &= 65535
 1775: *(u64 *)(r10 -440) = r0
 1776: r8 = *(u8 *)(r9 +18)
 1777: r8 &= 255
 1778: r4 = *(u32 *)(r9 +20)
 1779: w4 = w4
 1780: r3 = *(u32 *)(r9 +24)
 1781: w3 = w3
 1782: r2 = *(u8 *)(r9 +28)
 1783: r2 &= 255
 1784: r1 = *(u32 *)(r9 +32)
 1785: w1 = w1
 1786: r0 = *(u64 *)(r9 +40)
 1787: *(u64 *)(r10 -448) = r0
 1788: r9 = *(u64 *)(r9 +48)
 1789: goto +13
 1790: *(u64 *)(r10 -400) = 0
 1791: *(u64 *)(r10 -408) = 0
 1792: *(u64 *)(r10 -416) = 0
 1793: *(u64 *)(r10 -424) = 0
 1794: *(u64 *)(r10 -432) = 0
 1795: *(u64 *)(r10 -440) = 0
 1796: r8 = 0
 1797: r4 = 0
 1798: r3 = 0
 1799: r2 = 0
 1800: r1 = 0
 1801: *(u64 *)(r10 -448) = 0
 1802: r9 = 0
      ; write var30, v126
 1803: r0 = *(u64 *)(r10 -408)
 1804: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1805: r0 = *(u64 *)(r10 -416)
 1806: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1807: r0 = *(u64 *)(r10 -424)
 1808: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1809: r0 = *(u64 *)(r10 -432)
 1810: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1811: r0 = *(u64 *)(r10 -440)
 1812: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1813: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1814: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1815: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1816: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1817: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1818: r0 = *(u64 *)(r10 -448)
 1819: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1820: *(u64 *)(r10 -208) = r9
 1821: r0 = *(u64 *)(r10 -400)
 1822: if r0 == 0 goto +169
      ; v138: bit<32> = read_field hdr2.ackNo
 1823: r1 = 0
 1824: r0 = *(u64 *)(r10 -384)
 1825: if r0 == 0 goto +2
 1826: r0 = *(u64 *)(r10 -384)
 1827: r1 = *(u32 *)(r0 +8)
 1828: r1 = be32 r1
      ; v139: bit<32> = read var30
 1829: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1830: r1 -= r2
 1831: w1 = w1
      ; write var42, v140
 1832: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1833: r2 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 1834: r1 = 1
 1835: if r2 != 0 goto +1
 1836: r1 = 0
      ; v144: bit<32> = read var42
 1837: r4 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1838: w3 = -2147483648
      ; v146: bool = lt v144, v145
 1839: r2 = 1
 1840: if r4 < r3 goto +1
 1841: r2 = 0
      ; v147: bool = logical_and v143, v146
 1842: r1 &= r2
 1843: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1844: r1 = 0
 1845: r0 = *(u64 *)(r10 -384)
 1846: if r0 == 0 goto +2
 1847: r0 = *(u64 *)(r10 -384)
 1848: r1 = *(u32 *)(r0 +8)
 1849: r1 = be32 r1
      ; write var30, v148
 1850: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1851: r2 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 1852: r1 = 1
 1853: if r2 == 1 goto +1
 1854: r1 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 1855: r4 = 0
 1856: r0 = *(u64 *)(r10 -384)
 1857: if r0 == 0 goto +2
 1858: r0 = *(u64 *)(r10 -384)
 1859: r4 = *(u32 *)(r0 +8)
 1860: r4 = be32 r4
      ; v153: bit<32> = read var39
 1861: r2 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1862: r4 -= r2
 1863: w4 = w4
      ; v155: bit<32> = const 0x80000000
 1864: w3 = -2147483648
      ; v156: bool = lt v154, v155
 1865: r2 = 1
 1866: if r4 < r3 goto +1
 1867: r2 = 0
      ; v157: bool = logical_and v151, v156
 1868: r1 &= r2
 1869: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 1870: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1871: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1872: r1 -= r2
      ; write var41, v160
 1873: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 1874: r1 = 0
      ; write var38, v161
 1875: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 1876: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1877: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1878: r1 -= r2
 1879: w1 = w1
      ; write var32, v164
 1880: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1881: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1882: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1883: r3 = 1
 1884: if r1 != 0 goto +1
 1885: r3 = 0
      ; v170: bit<8> = read var20
 1886: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1887: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1888: if r3 != 0 goto +1
 1889: r1 = r2
      ; write var43, v172
 1890: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1891: r1 = 0
 1892: r0 = *(u64 *)(r10 -384)
 1893: if r0 == 0 goto +2
 1894: r0 = *(u64 *)(r10 -384)
 1895: r1 = *(u16 *)(r0 +14)
 1896: r1 = be16 r1
      ; v174: bit<32> = cast v173
      ; v175: bit<8> = read var43
 1897: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1898: if r2 >= 32 goto +3
 1899: r1 <<= r2
 1900: w1 = w1
 1901: goto +1
 1902: r1 = 0
      ; write var33, v176
 1903: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1904: r1 = 0
 1905: r0 = *(u64 *)(r10 -392)
 1906: if r0 == 0 goto +2
 1907: r0 = *(u64 *)(r10 -392)
 1908: r1 = *(u32 *)(r0 +16)
 1909: *(u64 *)(r10 -400) = r1
 1910: r0 = *(u64 *)(r10 -400)
 1911: r0 = be32 r0
 1912: *(u64 *)(r10 -400) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1913: r9 = 0
 1914: r0 = *(u64 *)(r10 -392)
 1915: if r0 == 0 goto +2
 1916: r0 = *(u64 *)(r10 -392)
 1917: r9 = *(u32 *)(r0 +12)
 1918: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1919: r8 = 0
 1920: r0 = *(u64 *)(r10 -384)
 1921: if r0 == 0 goto +2
 1922: r0 = *(u64 *)(r10 -384)
 1923: r8 = *(u16 *)(r0 +2)
 1924: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1925: r4 = 0
 1926: r0 = *(u64 *)(r10 -384)
 1927: if r0 == 0 goto +2
 1928: r0 = *(u64 *)(r10 -384)
 1929: r4 = *(u16 *)(r0 +0)
 1930: r4 = be16 r4
      ; v181: bit<32> = read var30
 1931: r0 = *(u32 *)(r10 -68)
 1932: *(u64 *)(r10 -384) = r0
      ; v182: bit<32> = read var31
 1933: r0 = *(u32 *)(r10 -64)
 1934: *(u64 *)(r10 -392) = r0
      ; v183: bit<32> = read var32
 1935: r0 = *(u32 *)(r10 -60)
 1936: *(u64 *)(r10 -408) = r0
      ; v184: bit<32> = read var33
 1937: r0 = *(u32 *)(r10 -56)
 1938: *(u64 *)(r10 -416) = r0
      ; v185: bit<16> = read var34
 1939: r0 = *(u16 *)(r10 -30)
 1940: *(u64 *)(r10 -424) = r0
      ; v186: bit<8> = read var35
 1941: r0 = *(u8 *)(r10 -21)
 1942: *(u64 *)(r10 -432) = r0
      ; v187: bit<32> = read var36
 1943: r0 = *(u32 *)(r10 -52)
 1944: *(u64 *)(r10 -440) = r0
      ; v188: bit<32> = read var37
 1945: r0 = *(u32 *)(r10 -48)
 1946: *(u64 *)(r10 -448) = r0
      ; v189: bit<8> = read var38
 1947: r0 = *(u8 *)(r10 -20)
 1948: *(u64 *)(r10 -456) = r0
      ; v190: bit<32> = read var39
 1949: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 1950: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 1951: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 1952: r0 = *(u64 *)(r10 -400)
 1953: *(u32 *)(r10 -280) = r0
 1954: *(u32 *)(r10 -276) = r9
 1955: *(u16 *)(r10 -272) = r8
 1956: *(u16 *)(r10 -270) = r4
 1957: *(u64 *)(r10 -352) = 0
 1958: *(u64 *)(r10 -344) = 0
 1959: *(u64 *)(r10 -336) = 0
 1960: r0 = *(u64 *)(r10 -384)
 1961: *(u32 *)(r10 -368) = r0
 1962: r0 = *(u64 *)(r10 -392)
 1963: *(u32 *)(r10 -364) = r0
 1964: r0 = *(u64 *)(r10 -408)
 1965: *(u32 *)(r10 -360) = r0
 1966: r0 = *(u64 *)(r10 -416)
 1967: *(u32 *)(r10 -356) = r0
 1968: r0 = *(u64 *)(r10 -424)
 1969: *(u16 *)(r10 -352) = r0
 1970: r0 = *(u64 *)(r10 -432)
 1971: *(u8 *)(r10 -350) = r0
 1972: r0 = *(u64 *)(r10 -440)
 1973: *(u32 *)(r10 -348) = r0
 1974: r0 = *(u64 *)(r10 -448)
 1975: *(u32 *)(r10 -344) = r0
 1976: r0 = *(u64 *)(r10 -456)
 1977: *(u8 *)(r10 -340) = r0
 1978: *(u32 *)(r10 -336) = r3
 1979: *(u64 *)(r10 -328) = r2
 1980: *(u64 *)(r10 -320) = r1
 1981: r1 = map[pipe_flows] ll
 1983: r2 = r10
 1984: r2 += -280
 1985: r3 = r10
 1986: r3 += -368
 1987: r4 = 0
 1988: call bpf_map_update_elem
 1989: goto +2
      ; drop
 1990: r0 = 2
 1991: exit
      ; epilogue: verdict
 1992: r0 = 0
 1993: exit
