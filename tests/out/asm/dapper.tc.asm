; dapper for classifier: 1999 instructions, stack 472 bytes, 1 maps
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
   33: if r3 > 16383 goto +1961
   34: r2 = r6
   35: r2 += r3
   36: r1 = r2
   37: r1 += 14
   38: if r1 <= r7 goto +1
   39: goto +1955
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
   48: if r2 > 16383 goto +1946
   49: r3 = r6
   50: r3 += r2
   51: r1 = r3
   52: r1 += 20
   53: if r1 <= r7 goto +1
   54: goto +1940
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
   65: if r1 == 0 goto +1929
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
   74: if r1 != 0 goto +1920
   75: r1 = r2
   76: r1 >>= 3
   77: r2 = *(u64 *)(r10 -16)
   78: r2 += r1
   79: if r2 > 16383 goto +1915
   80: r1 = r6
   81: r1 += r2
   82: if r1 <= r7 goto +1
   83: goto +1911
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
   91: if r2 > 16383 goto +1903
   92: r3 = r6
   93: r3 += r2
   94: r1 = r3
   95: r1 += 20
   96: if r1 <= r7 goto +1
   97: goto +1897
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
  109: if r1 == 0 goto +1885
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
  123: if r3 > 16383 goto +1871
  124: r2 = r6
  125: r2 += r3
  126: r1 = r2
  127: r1 += 1
  128: if r1 <= r7 goto +1
  129: goto +1865
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
  150: if r1 > 16383 goto +1844
  151: r2 = r6
  152: r2 += r1
  153: r1 = r2
  154: r1 += 1
  155: if r1 <= r7 goto +1
  156: goto +1838
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
  163: if r1 == 0 goto +1831
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
  171: if r1 != 0 goto +1823
  172: r1 = r2
  173: r1 >>= 3
  174: r2 = *(u64 *)(r10 -16)
  175: r2 += r1
  176: if r2 > 16383 goto +1818
  177: r1 = r6
  178: r1 += r2
  179: if r1 <= r7 goto +1
  180: goto +1814
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
  189: if r2 > 16383 goto +1805
  190: r1 = r6
  191: r1 += r2
  192: r1 += 9
  193: if r1 <= r7 goto +1
  194: goto +1800
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
  204: if r2 > 16383 goto +1790
  205: r1 = r6
  206: r1 += r2
  207: r1 += 2
  208: if r1 <= r7 goto +1
  209: goto +1785
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
  221: if r2 > 16383 goto +1773
  222: r1 = r6
  223: r1 += r2
  224: r1 += 3
  225: if r1 <= r7 goto +1
  226: goto +1768
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
  241: if r3 > 16383 goto +1753
  242: r2 = r6
  243: r2 += r3
  244: r1 = r2
  245: r1 += 1
  246: if r1 <= r7 goto +1
  247: goto +1747
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
  268: if r1 > 16383 goto +1726
  269: r2 = r6
  270: r2 += r1
  271: r1 = r2
  272: r1 += 1
  273: if r1 <= r7 goto +1
  274: goto +1720
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
  281: if r1 == 0 goto +1713
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
  289: if r1 != 0 goto +1705
  290: r1 = r2
  291: r1 >>= 3
  292: r2 = *(u64 *)(r10 -16)
  293: r2 += r1
  294: if r2 > 16383 goto +1700
  295: r1 = r6
  296: r1 += r2
  297: if r1 <= r7 goto +1
  298: goto +1696
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
  307: if r2 > 16383 goto +1687
  308: r1 = r6
  309: r1 += r2
  310: r1 += 9
  311: if r1 <= r7 goto +1
  312: goto +1682
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
  322: if r2 > 16383 goto +1672
  323: r1 = r6
  324: r1 += r2
  325: r1 += 2
  326: if r1 <= r7 goto +1
  327: goto +1667
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
  339: if r2 > 16383 goto +1655
  340: r1 = r6
  341: r1 += r2
  342: r1 += 3
  343: if r1 <= r7 goto +1
  344: goto +1650
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
  359: if r3 > 16383 goto +1635
  360: r2 = r6
  361: r2 += r3
  362: r1 = r2
  363: r1 += 1
  364: if r1 <= r7 goto +1
  365: goto +1629
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
  386: if r1 > 16383 goto +1608
  387: r2 = r6
  388: r2 += r1
  389: r1 = r2
  390: r1 += 1
  391: if r1 <= r7 goto +1
  392: goto +1602
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
  399: if r1 == 0 goto +1595
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
  407: if r1 != 0 goto +1587
  408: r1 = r2
  409: r1 >>= 3
  410: r2 = *(u64 *)(r10 -16)
  411: r2 += r1
  412: if r2 > 16383 goto +1582
  413: r1 = r6
  414: r1 += r2
  415: if r1 <= r7 goto +1
  416: goto +1578
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
  425: if r2 > 16383 goto +1569
  426: r1 = r6
  427: r1 += r2
  428: r1 += 9
  429: if r1 <= r7 goto +1
  430: goto +1564
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
  440: if r2 > 16383 goto +1554
  441: r1 = r6
  442: r1 += r2
  443: r1 += 2
  444: if r1 <= r7 goto +1
  445: goto +1549
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
  457: if r2 > 16383 goto +1537
  458: r1 = r6
  459: r1 += r2
  460: r1 += 3
  461: if r1 <= r7 goto +1
  462: goto +1532
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
  477: if r3 > 16383 goto +1517
  478: r2 = r6
  479: r2 += r3
  480: r1 = r2
  481: r1 += 1
  482: if r1 <= r7 goto +1
  483: goto +1511
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
  504: if r1 > 16383 goto +1490
  505: r2 = r6
  506: r2 += r1
  507: r1 = r2
  508: r1 += 1
  509: if r1 <= r7 goto +1
  510: goto +1484
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
  517: if r1 == 0 goto +1477
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
  525: if r1 != 0 goto +1469
  526: r1 = r2
  527: r1 >>= 3
  528: r2 = *(u64 *)(r10 -16)
  529: r2 += r1
  530: if r2 > 16383 goto +1464
  531: r1 = r6
  532: r1 += r2
  533: if r1 <= r7 goto +1
  534: goto +1460
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
  543: if r2 > 16383 goto +1451
  544: r1 = r6
  545: r1 += r2
  546: r1 += 9
  547: if r1 <= r7 goto +1
  548: goto +1446
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
  558: if r2 > 16383 goto +1436
  559: r1 = r6
  560: r1 += r2
  561: r1 += 2
  562: if r1 <= r7 goto +1
  563: goto +1431
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
  575: if r2 > 16383 goto +1419
  576: r1 = r6
  577: r1 += r2
  578: r1 += 3
  579: if r1 <= r7 goto +1
  580: goto +1414
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
  595: if r3 > 16383 goto +1399
  596: r2 = r6
  597: r2 += r3
  598: r1 = r2
  599: r1 += 1
  600: if r1 <= r7 goto +1
  601: goto +1393
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
  622: if r1 > 16383 goto +1372
  623: r2 = r6
  624: r2 += r1
  625: r1 = r2
  626: r1 += 1
  627: if r1 <= r7 goto +1
  628: goto +1366
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
  635: if r1 == 0 goto +1359
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
  643: if r1 != 0 goto +1351
  644: r1 = r2
  645: r1 >>= 3
  646: r2 = *(u64 *)(r10 -16)
  647: r2 += r1
  648: if r2 > 16383 goto +1346
  649: r1 = r6
  650: r1 += r2
  651: if r1 <= r7 goto +1
  652: goto +1342
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
  661: if r2 > 16383 goto +1333
  662: r1 = r6
  663: r1 += r2
  664: r1 += 9
  665: if r1 <= r7 goto +1
  666: goto +1328
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
  676: if r2 > 16383 goto +1318
  677: r1 = r6
  678: r1 += r2
  679: r1 += 2
  680: if r1 <= r7 goto +1
  681: goto +1313
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
  693: if r2 > 16383 goto +1301
  694: r1 = r6
  695: r1 += r2
  696: r1 += 3
  697: if r1 <= r7 goto +1
  698: goto +1296
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
  713: if r3 > 16383 goto +1281
  714: r2 = r6
  715: r2 += r3
  716: r1 = r2
  717: r1 += 1
  718: if r1 <= r7 goto +1
  719: goto +1275
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
  740: if r1 > 16383 goto +1254
  741: r2 = r6
  742: r2 += r1
  743: r1 = r2
  744: r1 += 1
  745: if r1 <= r7 goto +1
  746: goto +1248
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
  753: if r1 == 0 goto +1241
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
  761: if r1 != 0 goto +1233
  762: r1 = r2
  763: r1 >>= 3
  764: r2 = *(u64 *)(r10 -16)
  765: r2 += r1
  766: if r2 > 16383 goto +1228
  767: r1 = r6
  768: r1 += r2
  769: if r1 <= r7 goto +1
  770: goto +1224
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
  779: if r2 > 16383 goto +1215
  780: r1 = r6
  781: r1 += r2
  782: r1 += 9
  783: if r1 <= r7 goto +1
  784: goto +1210
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
  794: if r2 > 16383 goto +1200
  795: r1 = r6
  796: r1 += r2
  797: r1 += 2
  798: if r1 <= r7 goto +1
  799: goto +1195
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
  811: if r2 > 16383 goto +1183
  812: r1 = r6
  813: r1 += r2
  814: r1 += 3
  815: if r1 <= r7 goto +1
  816: goto +1178
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
  831: if r3 > 16383 goto +1163
  832: r2 = r6
  833: r2 += r3
  834: r1 = r2
  835: r1 += 1
  836: if r1 <= r7 goto +1
  837: goto +1157
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
  858: if r1 > 16383 goto +1136
  859: r2 = r6
  860: r2 += r1
  861: r1 = r2
  862: r1 += 1
  863: if r1 <= r7 goto +1
  864: goto +1130
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
  871: if r1 == 0 goto +1123
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
  879: if r1 != 0 goto +1115
  880: r1 = r2
  881: r1 >>= 3
  882: r2 = *(u64 *)(r10 -16)
  883: r2 += r1
  884: if r2 > 16383 goto +1110
  885: r1 = r6
  886: r1 += r2
  887: if r1 <= r7 goto +1
  888: goto +1106
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
  897: if r2 > 16383 goto +1097
  898: r1 = r6
  899: r1 += r2
  900: r1 += 9
  901: if r1 <= r7 goto +1
  902: goto +1092
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
  912: if r2 > 16383 goto +1082
  913: r1 = r6
  914: r1 += r2
  915: r1 += 2
  916: if r1 <= r7 goto +1
  917: goto +1077
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
  929: if r2 > 16383 goto +1065
  930: r1 = r6
  931: r1 += r2
  932: r1 += 3
  933: if r1 <= r7 goto +1
  934: goto +1060
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
  949: if r3 > 16383 goto +1045
  950: r2 = r6
  951: r2 += r3
  952: r1 = r2
  953: r1 += 1
  954: if r1 <= r7 goto +1
  955: goto +1039
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
  976: if r1 > 16383 goto +1018
  977: r2 = r6
  978: r2 += r1
  979: r1 = r2
  980: r1 += 1
  981: if r1 <= r7 goto +1
  982: goto +1012
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
  989: if r1 == 0 goto +1005
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
  997: if r1 != 0 goto +997
  998: r1 = r2
  999: r1 >>= 3
 1000: r2 = *(u64 *)(r10 -16)
 1001: r2 += r1
 1002: if r2 > 16383 goto +992
 1003: r1 = r6
 1004: r1 += r2
 1005: if r1 <= r7 goto +1
 1006: goto +988
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
 1015: if r2 > 16383 goto +979
 1016: r1 = r6
 1017: r1 += r2
 1018: r1 += 9
 1019: if r1 <= r7 goto +1
 1020: goto +974
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
 1030: if r2 > 16383 goto +964
 1031: r1 = r6
 1032: r1 += r2
 1033: r1 += 2
 1034: if r1 <= r7 goto +1
 1035: goto +959
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
 1047: if r2 > 16383 goto +947
 1048: r1 = r6
 1049: r1 += r2
 1050: r1 += 3
 1051: if r1 <= r7 goto +1
 1052: goto +942
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
 1067: if r3 > 16383 goto +927
 1068: r2 = r6
 1069: r2 += r3
 1070: r1 = r2
 1071: r1 += 1
 1072: if r1 <= r7 goto +1
 1073: goto +921
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
 1094: if r1 > 16383 goto +900
 1095: r2 = r6
 1096: r2 += r1
 1097: r1 = r2
 1098: r1 += 1
 1099: if r1 <= r7 goto +1
 1100: goto +894
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
 1107: if r1 == 0 goto +887
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
 1115: if r1 != 0 goto +879
 1116: r1 = r2
 1117: r1 >>= 3
 1118: r2 = *(u64 *)(r10 -16)
 1119: r2 += r1
 1120: if r2 > 16383 goto +874
 1121: r1 = r6
 1122: r1 += r2
 1123: if r1 <= r7 goto +1
 1124: goto +870
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
 1133: if r2 > 16383 goto +861
 1134: r1 = r6
 1135: r1 += r2
 1136: r1 += 9
 1137: if r1 <= r7 goto +1
 1138: goto +856
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
 1148: if r2 > 16383 goto +846
 1149: r1 = r6
 1150: r1 += r2
 1151: r1 += 2
 1152: if r1 <= r7 goto +1
 1153: goto +841
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
 1165: if r2 > 16383 goto +829
 1166: r1 = r6
 1167: r1 += r2
 1168: r1 += 3
 1169: if r1 <= r7 goto +1
 1170: goto +824
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
 1185: if r3 > 16383 goto +809
 1186: r2 = r6
 1187: r2 += r3
 1188: r1 = r2
 1189: r1 += 1
 1190: if r1 <= r7 goto +1
 1191: goto +803
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
 1212: if r1 > 16383 goto +782
 1213: r2 = r6
 1214: r2 += r1
 1215: r1 = r2
 1216: r1 += 1
 1217: if r1 <= r7 goto +1
 1218: goto +776
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
 1225: if r1 == 0 goto +769
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
 1233: if r1 != 0 goto +761
 1234: r1 = r2
 1235: r1 >>= 3
 1236: r2 = *(u64 *)(r10 -16)
 1237: r2 += r1
 1238: if r2 > 16383 goto +756
 1239: r1 = r6
 1240: r1 += r2
 1241: if r1 <= r7 goto +1
 1242: goto +752
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
 1251: if r2 > 16383 goto +743
 1252: r1 = r6
 1253: r1 += r2
 1254: r1 += 9
 1255: if r1 <= r7 goto +1
 1256: goto +738
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
 1266: if r2 > 16383 goto +728
 1267: r1 = r6
 1268: r1 += r2
 1269: r1 += 2
 1270: if r1 <= r7 goto +1
 1271: goto +723
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
 1283: if r2 > 16383 goto +711
 1284: r1 = r6
 1285: r1 += r2
 1286: r1 += 3
 1287: if r1 <= r7 goto +1
 1288: goto +706
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
 1301: if r1 != 10 goto +693
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1302: r1 = *(u32 *)(r10 -192)
 1303: if r1 == 0 goto +1
 1304: r1 = 1
      ; v1: bool = not v0
 1305: r1 ^= 1
 1306: if r1 != 0 goto +690
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
 1370: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1371: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1372: r1 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1373: r3 = 1
 1374: if r1 != 0 goto +1
 1375: r3 = 0
      ; v23: bit<32> = const 1
 1376: r2 = 1
      ; v24: bit<32> = const 0
 1377: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1378: if r3 != 0 goto +1
 1379: r2 = r1
      ; v26: bit<32> = add v17, v25
 1380: r1 = r4
 1381: r1 += r2
 1382: w1 = w1
      ; write var14, v26
 1383: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1384: r4 = 0
 1385: r0 = *(u64 *)(r10 -392)
 1386: if r0 == 0 goto +2
 1387: r0 = *(u64 *)(r10 -392)
 1388: r4 = *(u32 *)(r0 +12)
 1389: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1390: r3 = 0
 1391: r0 = *(u64 *)(r10 -392)
 1392: if r0 == 0 goto +2
 1393: r0 = *(u64 *)(r10 -392)
 1394: r3 = *(u32 *)(r0 +16)
 1395: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1396: r2 = 0
 1397: r0 = *(u64 *)(r10 -384)
 1398: if r0 == 0 goto +2
 1399: r0 = *(u64 *)(r10 -384)
 1400: r2 = *(u16 *)(r0 +0)
 1401: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1402: r1 = 0
 1403: r0 = *(u64 *)(r10 -384)
 1404: if r0 == 0 goto +2
 1405: r0 = *(u64 *)(r10 -384)
 1406: r1 = *(u16 *)(r0 +2)
 1407: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1408: *(u32 *)(r10 -272) = r4
 1409: *(u32 *)(r10 -268) = r3
 1410: *(u16 *)(r10 -264) = r2
 1411: *(u16 *)(r10 -262) = r1
 1412: r1 = map[pipe_flows] ll
 1414: r2 = r10
 1415: r2 += -272
 1416: call bpf_map_lookup_elem
 1417: r9 = r0
 1418: if r9 == 0 goto +35
 1419: *(u64 *)(r10 -400) = 1
 1420: r0 = *(u32 *)(r9 +0)
 1421: *(u64 *)(r10 -408) = r0
 1422: w0 = w0
 1423: *(u64 *)(r10 -408) = r0
 1424: r0 = *(u32 *)(r9 +4)
 1425: *(u64 *)(r10 -416) = r0
 1426: w0 = w0
 1427: *(u64 *)(r10 -416) = r0
 1428: r0 = *(u32 *)(r9 +8)
 1429: *(u64 *)(r10 -424) = r0
 1430: w0 = w0
 1431: *(u64 *)(r10 -424) = r0
 1432: r0 = *(u32 *)(r9 +12)
 1433: *(u64 *)(r10 -432) = r0
 1434: w0 = w0
 1435: *(u64 *)(r10 -432) = r0
 1436: r0 = *(u16 *)(r9 +16)
 1437: *(u64 *)(r10 -440) = r0
 1438: r0 &= 65535
 1439: *(u64 *)(r10 -440) = r0
 1440: r8 = *(u8 *)(r9 +18)
 1441: r8 &= 255
 1442: r4 = *(u32 *)(r9 +20)
 1443: w4 = w4
 1444: r3 = *(u32 *)(r9 +24)
 1445: w3 = w3
 1446: r2 = *(u8 *)(r9 +28)
 1447: r2 &= 255
 1448: r1 = *(u32 *)(r9 +32)
 1449: w1 = w1
 1450: r0 = *(u64 *)(r9 +40)
 1451: *(u64 *)(r10 -448) = r0
 1452: r9 = *(u64 *)(r9 +48)
 1453: goto +13
 1454: *(u64 *)(r10 -400) = 0
 1455: *(u64 *)(r10 -408) = 0
 1456: *(u64 *)(r10 -416) = 0
 1457: *(u64 *)(r10 -424) = 0
 1458: *(u64 *)(r10 -432) = 0
 1459: *(u64 *)(r10 -440) = 0
 1460: r8 = 0
 1461: r4 = 0
 1462: r3 = 0
 1463: r2 = 0
 1464: r1 = 0
 1465: *(u64 *)(r10 -448) = 0
 1466: r9 = 0
      ; write var15, v32
 1467: r0 = *(u64 *)(r10 -408)
 1468: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1469: r0 = *(u64 *)(r10 -416)
 1470: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1471: r0 = *(u64 *)(r10 -424)
 1472: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1473: r0 = *(u64 *)(r10 -432)
 1474: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1475: r0 = *(u64 *)(r10 -440)
 1476: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1477: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1478: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1479: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1480: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1481: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1482: r0 = *(u64 *)(r10 -448)
 1483: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1484: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1485: r0 = *(u64 *)(r10 -400)
 1486: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1487: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1488: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1489: if r1 != 0 goto +53
      ; v65: bool = read var27
 1490: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1491: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1492: r2 = 1
 1493: if r1 != 0 goto +1
 1494: r2 = 0
      ; v69: bool = logical_and v65, v68
 1495: r1 = r3
 1496: r1 &= r2
 1497: if r1 == 0 goto +113
      ; v70: bit<32> = read_field hdr2.seqNo
 1498: r1 = 0
 1499: r0 = *(u64 *)(r10 -384)
 1500: if r0 == 0 goto +2
 1501: r0 = *(u64 *)(r10 -384)
 1502: r1 = *(u32 *)(r0 +4)
 1503: r1 = be32 r1
      ; v71: bit<32> = read var14
 1504: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1505: r1 += r2
 1506: w1 = w1
      ; write var28, v72
 1507: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1508: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1509: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1510: r1 -= r2
 1511: w1 = w1
      ; write var29, v75
 1512: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1513: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1514: r4 = 1
 1515: if r1 != 0 goto +1
 1516: r4 = 0
      ; v79: bit<32> = read var29
 1517: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1518: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1519: r2 = 1
 1520: if r3 < r1 goto +1
 1521: r2 = 0
      ; v82: bool = logical_and v78, v81
 1522: r1 = r4
 1523: r1 &= r2
 1524: if r1 != 0 goto +7
      ; v90: bit<32> = read var22
 1525: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1526: r1 += 1
 1527: w1 = w1
      ; write var22, v92
 1528: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1529: r1 = 0
      ; write var23, v93
 1530: *(u8 *)(r10 -23) = r1
 1531: goto +79
      ; v83: bit<32> = read var28
 1532: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1533: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1534: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1535: if r1 != 0 goto +75
      ; v87: bit<8> = const 1
 1536: r1 = 1
      ; write var23, v87
 1537: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1538: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1539: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1540: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1541: *(u64 *)(r10 -232) = r1
 1542: goto +68
      ; v49: bool = const 1
 1543: r1 = 1
      ; write var27, v49
 1544: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1545: r1 = 0
 1546: r0 = *(u64 *)(r10 -384)
 1547: if r0 == 0 goto +2
 1548: r0 = *(u64 *)(r10 -384)
 1549: r1 = *(u32 *)(r0 +4)
 1550: r1 = be32 r1
      ; write var15, v50
 1551: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1552: r1 = 0
 1553: r0 = *(u64 *)(r10 -384)
 1554: if r0 == 0 goto +2
 1555: r0 = *(u64 *)(r10 -384)
 1556: r1 = *(u32 *)(r0 +4)
 1557: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1558: r1 += 1
 1559: w1 = w1
      ; write var16, v53
 1560: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1561: r1 = 0
      ; write var18, v54
 1562: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1563: r1 = *(u32 *)(r10 -148)
 1564: if r1 == 0 goto +7
 1565: r1 -= 1
 1566: if r1 > 16383 goto +5
 1567: r2 = r6
 1568: r2 += r1
 1569: r1 = r2
 1570: r1 += 3
 1571: if r1 <= r7 goto +1
 1572: r2 = 0
 1573: r1 = 0
 1574: if r2 == 0 goto +1
 1575: r1 = *(u16 *)(r2 +1)
 1576: r1 = be16 r1
      ; write var19, v55
 1577: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1578: r1 = *(u32 *)(r10 -144)
 1579: if r1 == 0 goto +7
 1580: r1 -= 1
 1581: if r1 > 16383 goto +5
 1582: r2 = r6
 1583: r2 += r1
 1584: r1 = r2
 1585: r1 += 2
 1586: if r1 <= r7 goto +1
 1587: r2 = 0
 1588: r1 = 0
 1589: if r2 == 0 goto +1
 1590: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1591: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1592: r1 = 0
      ; write var21, v57
 1593: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1594: r1 = 0
      ; write var22, v58
 1595: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1596: r1 = 1
      ; write var23, v59
 1597: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1598: r1 = 0
 1599: r0 = *(u64 *)(r10 -384)
 1600: if r0 == 0 goto +2
 1601: r0 = *(u64 *)(r10 -384)
 1602: r1 = *(u32 *)(r0 +4)
 1603: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1604: r1 += 1
 1605: w1 = w1
      ; write var24, v62
 1606: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1607: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1608: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1609: r1 = 0
      ; write var26, v64
 1610: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1611: r1 = *(u8 *)(r10 -22)
 1612: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1613: r1 = *(u32 *)(r10 -140)
 1614: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1615: r1 = *(u32 *)(r10 -140)
 1616: if r1 == 0 goto +7
 1617: r1 -= 1
 1618: if r1 > 16383 goto +5
 1619: r2 = r6
 1620: r2 += r1
 1621: r1 = r2
 1622: r1 += 9
 1623: if r1 <= r7 goto +1
 1624: r2 = 0
 1625: r1 = 0
 1626: if r2 == 0 goto +1
 1627: r1 = *(u32 *)(r2 +1)
 1628: r1 = be32 r1
      ; write var21, v96
 1629: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1630: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1631: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1632: r1 -= r2
 1633: w1 = w1
      ; write var17, v99
 1634: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1635: r1 = 0
 1636: r0 = *(u64 *)(r10 -392)
 1637: if r0 == 0 goto +2
 1638: r0 = *(u64 *)(r10 -392)
 1639: r1 = *(u32 *)(r0 +12)
 1640: *(u64 *)(r10 -400) = r1
 1641: r0 = *(u64 *)(r10 -400)
 1642: r0 = be32 r0
 1643: *(u64 *)(r10 -400) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1644: r9 = 0
 1645: r0 = *(u64 *)(r10 -392)
 1646: if r0 == 0 goto +2
 1647: r0 = *(u64 *)(r10 -392)
 1648: r9 = *(u32 *)(r0 +16)
 1649: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1650: r8 = 0
 1651: r0 = *(u64 *)(r10 -384)
 1652: if r0 == 0 goto +2
 1653: r0 = *(u64 *)(r10 -384)
 1654: r8 = *(u16 *)(r0 +0)
 1655: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1656: r4 = 0
 1657: r0 = *(u64 *)(r10 -384)
 1658: if r0 == 0 goto +2
 1659: r0 = *(u64 *)(r10 -384)
 1660: r4 = *(u16 *)(r0 +2)
 1661: r4 = be16 r4
      ; v104: bit<32> = read var15
 1662: r0 = *(u32 *)(r10 -104)
 1663: *(u64 *)(r10 -408) = r0
      ; v105: bit<32> = read var16
 1664: r0 = *(u32 *)(r10 -100)
 1665: *(u64 *)(r10 -416) = r0
      ; v106: bit<32> = read var17
 1666: r0 = *(u32 *)(r10 -96)
 1667: *(u64 *)(r10 -424) = r0
      ; v107: bit<32> = read var18
 1668: r0 = *(u32 *)(r10 -92)
 1669: *(u64 *)(r10 -432) = r0
      ; v108: bit<16> = read var19
 1670: r0 = *(u16 *)(r10 -32)
 1671: *(u64 *)(r10 -440) = r0
      ; v109: bit<8> = read var20
 1672: r0 = *(u8 *)(r10 -24)
 1673: *(u64 *)(r10 -448) = r0
      ; v110: bit<32> = read var21
 1674: r0 = *(u32 *)(r10 -88)
 1675: *(u64 *)(r10 -456) = r0
      ; v111: bit<32> = read var22
 1676: r0 = *(u32 *)(r10 -84)
 1677: *(u64 *)(r10 -464) = r0
      ; v112: bit<8> = read var23
 1678: r0 = *(u8 *)(r10 -23)
 1679: *(u64 *)(r10 -472) = r0
      ; v113: bit<32> = read var24
 1680: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1681: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1682: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1683: r0 = *(u64 *)(r10 -400)
 1684: *(u32 *)(r10 -280) = r0
 1685: *(u32 *)(r10 -276) = r9
 1686: *(u16 *)(r10 -272) = r8
 1687: *(u16 *)(r10 -270) = r4
 1688: *(u64 *)(r10 -352) = 0
 1689: *(u64 *)(r10 -344) = 0
 1690: *(u64 *)(r10 -336) = 0
 1691: r0 = *(u64 *)(r10 -408)
 1692: *(u32 *)(r10 -368) = r0
 1693: r0 = *(u64 *)(r10 -416)
 1694: *(u32 *)(r10 -364) = r0
 1695: r0 = *(u64 *)(r10 -424)
 1696: *(u32 *)(r10 -360) = r0
 1697: r0 = *(u64 *)(r10 -432)
 1698: *(u32 *)(r10 -356) = r0
 1699: r0 = *(u64 *)(r10 -440)
 1700: *(u16 *)(r10 -352) = r0
 1701: r0 = *(u64 *)(r10 -448)
 1702: *(u8 *)(r10 -350) = r0
 1703: r0 = *(u64 *)(r10 -456)
 1704: *(u32 *)(r10 -348) = r0
 1705: r0 = *(u64 *)(r10 -464)
 1706: *(u32 *)(r10 -344) = r0
 1707: r0 = *(u64 *)(r10 -472)
 1708: *(u8 *)(r10 -340) = r0
 1709: *(u32 *)(r10 -336) = r3
 1710: *(u64 *)(r10 -328) = r2
 1711: *(u64 *)(r10 -320) = r1
 1712: r1 = map[pipe_flows] ll
 1714: r2 = r10
 1715: r2 += -280
 1716: r3 = r10
 1717: r3 += -368
 1718: r4 = 0
 1719: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1720: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1721: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1722: if r1 == 0 goto +274
      ; v121: bit<32> = read_field hdr1.dstAddr
 1723: r4 = 0
 1724: r0 = *(u64 *)(r10 -392)
 1725: if r0 == 0 goto +2
 1726: r0 = *(u64 *)(r10 -392)
 1727: r4 = *(u32 *)(r0 +16)
 1728: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1729: r3 = 0
 1730: r0 = *(u64 *)(r10 -392)
 1731: if r0 == 0 goto +2
 1732: r0 = *(u64 *)(r10 -392)
 1733: r3 = *(u32 *)(r0 +12)
 1734: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1735: r2 = 0
 1736: r0 = *(u64 *)(r10 -384)
 1737: if r0 == 0 goto +2
 1738: r0 = *(u64 *)(r10 -384)
 1739: r2 = *(u16 *)(r0 +2)
 1740: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1741: r1 = 0
 1742: r0 = *(u64 *)(r10 -384)
 1743: if r0 == 0 goto +2
 1744: r0 = *(u64 *)(r10 -384)
 1745: r1 = *(u16 *)(r0 +0)
 1746: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1747: *(u32 *)(r10 -272) = r4
 1748: *(u32 *)(r10 -268) = r3
 1749: *(u16 *)(r10 -264) = r2
 1750: *(u16 *)(r10 -262) = r1
 1751: r1 = map[pipe_flows] ll
 1753: r2 = r10
 1754: r2 += -272
 1755: call bpf_map_lookup_elem
 1756: r9 = r0
 1757: if r9 == 0 goto +35
 1758: *(u64 *)(r10 -400) = 1
 1759: r0 = *(u32 *)(r9 +0)
 1760: *(u64 *)(r10 -408) = r0
 1761: w0 = w0
 1762: *(u64 *)(r10 -408) = r0
 1763: r0 = *(u32 *)(r9 +4)
 1764: *(u64 *)(r10 -416) = r0
 1765: w0 = w0
 1766: *(u64 *)(r10 -416) = r0
 1767: r0 = *(u32 *)(r9 +8)
 1768: *(u64 *)(r10 -424) = r0
 1769: w0 = w0
 1770: *(u64 *)(r10 -424) = r0
 1771: r0 = *(u32 *)(r9 +12)
 1772: *(u64 *)(r10 -432) = r0
 1773: w0 = w0
 1774: *(u64 *)(r10 -432) = r0
 1775: r0 = *(u16 *)(r9 +16)
 1776: *(u64 *)(r10 -440) = r0
 1777: r0 &= 65535
 1778: *(u64 *)(r10 -440) = r0
 1779: r8 = *(u8 *)(r9 +18)
 1780: r8 &= 255
 1781: r4 = *(u32 *)(r9 +20)
 1782: w4 = w4
 1783: r3 = *(u32 *)(r9 +24)
 1784: w3 = w3
 1785: r2 = *(u8 *)(r9 +28)
 1786: r2 &= 255
 1787: r1 = *(u32 *)(r9 +32)
 1788: w1 = w1
 1789: r0 = *(u64 *)(r9 +40)
 1790: *(u64 *)(r10 -448) = r0
 1791: r9 = *(u64 *)(r9 +48)
 1792: goto +13
 1793: *(u64 *)(r10 -400) = 0
 1794: *(u64 *)(r10 -408) = 0
 1795: *(u64 *)(r10 -416) = 0
 1796: *(u64 *)(r10 -424) = 0
 1797: *(u64 *)(r10 -432) = 0
 1798: *(u64 *)(r10 -440) = 0
 1799: r8 = 0
 1800: r4 = 0
 1801: r3 = 0
 1802: r2 = 0
 1803: r1 = 0
 1804: *(u64 *)(r10 -448) = 0
 1805: r9 = 0
      ; write var30, v126
 1806: r0 = *(u64 *)(r10 -408)
 1807: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1808: r0 = *(u64 *)(r10 -416)
 1809: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1810: r0 = *(u64 *)(r10 -424)
 1811: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1812: r0 = *(u64 *)(r10 -432)
 1813: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1814: r0 = *(u64 *)(r10 -440)
 1815: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1816: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1817: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1818: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1819: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1820: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1821: r0 = *(u64 *)(r10 -448)
 1822: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1823: *(u64 *)(r10 -208) = r9
 1824: r0 = *(u64 *)(r10 -400)
 1825: if r0 == 0 goto +171
      ; v138: bit<32> = read_field hdr2.ackNo
 1826: r1 = 0
 1827: r0 = *(u64 *)(r10 -384)
 1828: if r0 == 0 goto +2
 1829: r0 = *(u64 *)(r10 -384)
 1830: r1 = *(u32 *)(r0 +8)
 1831: r1 = be32 r1
      ; v139: bit<32> = read var30
 1832: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1833: r1 -= r2
 1834: w1 = w1
      ; write var42, v140
 1835: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1836: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 1837: r4 = 1
 1838: if r1 != 0 goto +1
 1839: r4 = 0
      ; v144: bit<32> = read var42
 1840: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1841: w1 = -2147483648
      ; v146: bool = lt v144, v145
 1842: r2 = 1
 1843: if r3 < r1 goto +1
 1844: r2 = 0
      ; v147: bool = logical_and v143, v146
 1845: r1 = r4
 1846: r1 &= r2
 1847: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1848: r1 = 0
 1849: r0 = *(u64 *)(r10 -384)
 1850: if r0 == 0 goto +2
 1851: r0 = *(u64 *)(r10 -384)
 1852: r1 = *(u32 *)(r0 +8)
 1853: r1 = be32 r1
      ; write var30, v148
 1854: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1855: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 1856: r4 = 1
 1857: if r1 == 1 goto +1
 1858: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 1859: r3 = 0
 1860: r0 = *(u64 *)(r10 -384)
 1861: if r0 == 0 goto +2
 1862: r0 = *(u64 *)(r10 -384)
 1863: r3 = *(u32 *)(r0 +8)
 1864: r3 = be32 r3
      ; v153: bit<32> = read var39
 1865: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1866: r3 -= r1
 1867: w3 = w3
      ; v155: bit<32> = const 0x80000000
 1868: w1 = -2147483648
      ; v156: bool = lt v154, v155
 1869: r2 = 1
 1870: if r3 < r1 goto +1
 1871: r2 = 0
      ; v157: bool = logical_and v151, v156
 1872: r1 = r4
 1873: r1 &= r2
 1874: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 1875: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1876: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1877: r1 -= r2
      ; write var41, v160
 1878: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 1879: r1 = 0
      ; write var38, v161
 1880: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 1881: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1882: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1883: r1 -= r2
 1884: w1 = w1
      ; write var32, v164
 1885: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1886: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1887: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1888: r3 = 1
 1889: if r1 != 0 goto +1
 1890: r3 = 0
      ; v170: bit<8> = read var20
 1891: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1892: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1893: if r3 != 0 goto +1
 1894: r1 = r2
      ; write var43, v172
 1895: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1896: r1 = 0
 1897: r0 = *(u64 *)(r10 -384)
 1898: if r0 == 0 goto +2
 1899: r0 = *(u64 *)(r10 -384)
 1900: r1 = *(u16 *)(r0 +14)
 1901: r1 = be16 r1
      ; v174: bit<32> = cast v173
      ; v175: bit<8> = read var43
 1902: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1903: if r2 >= 32 goto +3
 1904: r1 <<= r2
 1905: w1 = w1
 1906: goto +1
 1907: r1 = 0
      ; write var33, v176
 1908: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1909: r1 = 0
 1910: r0 = *(u64 *)(r10 -392)
 1911: if r0 == 0 goto +2
 1912: r0 = *(u64 *)(r10 -392)
 1913: r1 = *(u32 *)(r0 +16)
 1914: *(u64 *)(r10 -400) = r1
 1915: r0 = *(u64 *)(r10 -400)
 1916: r0 = be32 r0
 1917: *(u64 *)(r10 -400) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1918: r9 = 0
 1919: r0 = *(u64 *)(r10 -392)
 1920: if r0 == 0 goto +2
 1921: r0 = *(u64 *)(r10 -392)
 1922: r9 = *(u32 *)(r0 +12)
 1923: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1924: r8 = 0
 1925: r0 = *(u64 *)(r10 -384)
 1926: if r0 == 0 goto +2
 1927: r0 = *(u64 *)(r10 -384)
 1928: r8 = *(u16 *)(r0 +2)
 1929: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1930: r4 = 0
 1931: r0 = *(u64 *)(r10 -384)
 1932: if r0 == 0 goto +2
 1933: r0 = *(u64 *)(r10 -384)
 1934: r4 = *(u16 *)(r0 +0)
 1935: r4 = be16 r4
      ; v181: bit<32> = read var30
 1936: r0 = *(u32 *)(r10 -68)
 1937: *(u64 *)(r10 -384) = r0
      ; v182: bit<32> = read var31
 1938: r0 = *(u32 *)(r10 -64)
 1939: *(u64 *)(r10 -392) = r0
      ; v183: bit<32> = read var32
 1940: r0 = *(u32 *)(r10 -60)
 1941: *(u64 *)(r10 -408) = r0
      ; v184: bit<32> = read var33
 1942: r0 = *(u32 *)(r10 -56)
 1943: *(u64 *)(r10 -416) = r0
      ; v185: bit<16> = read var34
 1944: r0 = *(u16 *)(r10 -30)
 1945: *(u64 *)(r10 -424) = r0
      ; v186: bit<8> = read var35
 1946: r0 = *(u8 *)(r10 -21)
 1947: *(u64 *)(r10 -432) = r0
      ; v187: bit<32> = read var36
 1948: r0 = *(u32 *)(r10 -52)
 1949: *(u64 *)(r10 -440) = r0
      ; v188: bit<32> = read var37
 1950: r0 = *(u32 *)(r10 -48)
 1951: *(u64 *)(r10 -448) = r0
      ; v189: bit<8> = read var38
 1952: r0 = *(u8 *)(r10 -20)
 1953: *(u64 *)(r10 -456) = r0
      ; v190: bit<32> = read var39
 1954: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 1955: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 1956: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 1957: r0 = *(u64 *)(r10 -400)
 1958: *(u32 *)(r10 -280) = r0
 1959: *(u32 *)(r10 -276) = r9
 1960: *(u16 *)(r10 -272) = r8
 1961: *(u16 *)(r10 -270) = r4
 1962: *(u64 *)(r10 -352) = 0
 1963: *(u64 *)(r10 -344) = 0
 1964: *(u64 *)(r10 -336) = 0
 1965: r0 = *(u64 *)(r10 -384)
 1966: *(u32 *)(r10 -368) = r0
 1967: r0 = *(u64 *)(r10 -392)
 1968: *(u32 *)(r10 -364) = r0
 1969: r0 = *(u64 *)(r10 -408)
 1970: *(u32 *)(r10 -360) = r0
 1971: r0 = *(u64 *)(r10 -416)
 1972: *(u32 *)(r10 -356) = r0
 1973: r0 = *(u64 *)(r10 -424)
 1974: *(u16 *)(r10 -352) = r0
 1975: r0 = *(u64 *)(r10 -432)
 1976: *(u8 *)(r10 -350) = r0
 1977: r0 = *(u64 *)(r10 -440)
 1978: *(u32 *)(r10 -348) = r0
 1979: r0 = *(u64 *)(r10 -448)
 1980: *(u32 *)(r10 -344) = r0
 1981: r0 = *(u64 *)(r10 -456)
 1982: *(u8 *)(r10 -340) = r0
 1983: *(u32 *)(r10 -336) = r3
 1984: *(u64 *)(r10 -328) = r2
 1985: *(u64 *)(r10 -320) = r1
 1986: r1 = map[pipe_flows] ll
 1988: r2 = r10
 1989: r2 += -280
 1990: r3 = r10
 1991: r3 += -368
 1992: r4 = 0
 1993: call bpf_map_update_elem
 1994: goto +2
      ; drop
 1995: r0 = 2
 1996: exit
      ; epilogue: verdict
 1997: r0 = 0
 1998: exit
