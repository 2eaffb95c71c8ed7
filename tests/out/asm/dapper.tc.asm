; dapper for classifier: 1927 instructions, stack 472 bytes, 1 maps
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
   33: if r3 > 16383 goto +1889
   34: r2 = r6
   35: r2 += r3
   36: r1 = r2
   37: r1 += 14
   38: if r1 <= r7 goto +1
   39: goto +1883
   40: r1 = r3
   41: r1 += 1
   42: *(u32 *)(r10 -200) = r1
   43: r3 += 14
   44: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   45: r1 = *(u16 *)(r2 +12)
   46: if r1 != 8 goto +1219
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   47: r2 = *(u64 *)(r10 -16)
   48: if r2 > 16383 goto +1874
   49: r3 = r6
   50: r3 += r2
   51: r1 = r3
   52: r1 += 20
   53: if r1 <= r7 goto +1
   54: goto +1868
   55: r1 = r2
   56: r1 += 1
   57: *(u32 *)(r10 -196) = r1
   58: r2 += 20
   59: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   60: r1 = *(u8 *)(r3 +0)
   61: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   62: if r1 < 5 goto +1860
      ; v4: bit<4> = read_field hdr1.ihl
   63: r2 = *(u8 *)(r3 +0)
   64: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   65: r2 -= 5
   66: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   67: r2 *= 32
   68: w2 = w2
      ; advance v9
   69: r1 = r2
   70: r1 &= 7
   71: if r1 != 0 goto +1851
   72: r1 = r2
   73: r1 >>= 3
   74: r2 = *(u64 *)(r10 -16)
   75: r2 += r1
   76: if r2 > 16383 goto +1846
   77: r1 = r6
   78: r1 += r2
   79: if r1 <= r7 goto +1
   80: goto +1842
   81: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   82: r2 = *(u16 *)(r3 +6)
   83: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   84: r1 = *(u8 *)(r3 +9)
   85: if r2 != 0 goto +1180
   86: if r1 != 6 goto +1179
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   87: r3 = *(u64 *)(r10 -16)
   88: if r3 > 16383 goto +1834
   89: r2 = r6
   90: r2 += r3
   91: r1 = r2
   92: r1 += 20
   93: if r1 <= r7 goto +1
   94: goto +1828
   95: r1 = r3
   96: r1 += 1
   97: *(u32 *)(r10 -192) = r1
   98: r3 += 20
   99: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
  100: r1 = *(u8 *)(r2 +12)
  101: r1 >>= 4
  102: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
  103: if r1 < 5 goto +1819
      ; v15: bit<4> = read_field hdr2.dataOffset
  104: r1 = *(u8 *)(r2 +12)
  105: r1 >>= 4
  106: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  107: r1 -= 5
  108: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  109: r1 *= 4
  110: r1 &= 65535
      ; write var2, v20
  111: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  112: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  113: r1 = *(u8 *)(r10 -28)
  114: if r2 == 0 goto +1151
  115: if r1 == 10 goto +1150
      ; prs: block5 (parse_option)
      ; extract hdr3
  116: r3 = *(u64 *)(r10 -16)
  117: if r3 > 16383 goto +1805
  118: r2 = r6
  119: r2 += r3
  120: r1 = r2
  121: r1 += 1
  122: if r1 <= r7 goto +1
  123: goto +1799
  124: r1 = r3
  125: r1 += 1
  126: *(u32 *)(r10 -188) = r1
  127: r3 += 1
  128: *(u64 *)(r10 -16) = r3
      ; v23: bit<8> = read var3
  129: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
      ; v25: bit<8> = add v23, v24
  130: r1 += 1
  131: r1 &= 255
      ; write var3, v25
  132: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  133: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
      ; v28: bit<16> = sub v26, v27
  134: r1 -= 1
  135: r1 &= 65535
      ; write var2, v28
  136: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  137: r1 = *(u8 *)(r2 +0)
  138: if r1 == 0 goto +1127
  139: if r1 == 1 goto +87
  140: if r1 == 2 goto +70
  141: if r1 == 3 goto +52
  142: if r1 == 8 goto +36
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  143: r1 = *(u64 *)(r10 -16)
  144: if r1 > 16383 goto +1778
  145: r2 = r6
  146: r2 += r1
  147: r1 = r2
  148: r1 += 1
  149: if r1 <= r7 goto +1
  150: goto +1772
  151: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  152: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  153: r1 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
      ; verify v33, error HeaderTooShort
  154: if r1 < 2 goto +1768
      ; v34: bit<8> = read var9
  155: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
      ; v36: bit<32> = const 1
      ; v37: bit<32> = sub v35, v36
  156: r2 -= 1
  157: w2 = w2
      ; v38: bit<32> = const 8
      ; v39: bit<32> = mul v37, v38
  158: r2 *= 8
  159: w2 = w2
      ; advance v39
  160: r1 = r2
  161: r1 &= 7
  162: if r1 != 0 goto +1760
  163: r1 = r2
  164: r1 >>= 3
  165: r2 = *(u64 *)(r10 -16)
  166: r2 += r1
  167: if r2 > 16383 goto +1755
  168: r1 = r6
  169: r1 += r2
  170: if r1 <= r7 goto +1
  171: goto +1751
  172: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  173: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  174: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
      ; v43: bit<16> = const 1
      ; v44: bit<16> = sub v42, v43
  175: r2 -= 1
  176: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  177: r1 -= r2
  178: goto +29
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  179: r2 = *(u64 *)(r10 -16)
  180: if r2 > 16383 goto +1742
  181: r1 = r6
  182: r1 += r2
  183: r1 += 9
  184: if r1 <= r7 goto +1
  185: goto +1737
  186: r1 = r2
  187: r1 += 1
  188: *(u32 *)(r10 -140) = r1
  189: r2 += 9
  190: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  191: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
      ; v48: bit<16> = sub v46, v47
  192: r1 -= 9
  193: goto +14
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  194: r2 = *(u64 *)(r10 -16)
  195: if r2 > 16383 goto +1727
  196: r1 = r6
  197: r1 += r2
  198: r1 += 2
  199: if r1 <= r7 goto +1
  200: goto +1722
  201: r1 = r2
  202: r1 += 1
  203: *(u32 *)(r10 -144) = r1
  204: r2 += 2
  205: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  206: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  207: r1 -= 2
  208: r1 &= 65535
      ; write var2, v51
  209: *(u16 *)(r10 -36) = r1
  210: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  211: r2 = *(u64 *)(r10 -16)
  212: if r2 > 16383 goto +1710
  213: r1 = r6
  214: r1 += r2
  215: r1 += 3
  216: if r1 <= r7 goto +1
  217: goto +1705
  218: r1 = r2
  219: r1 += 1
  220: *(u32 *)(r10 -148) = r1
  221: r2 += 3
  222: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  223: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  224: r1 -= 3
  225: r1 &= 65535
      ; write var2, v54
  226: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  227: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  228: r1 = *(u8 *)(r10 -28)
  229: if r2 == 0 goto +1036
  230: if r1 == 10 goto +1035
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  231: r3 = *(u64 *)(r10 -16)
  232: if r3 > 16383 goto +1690
  233: r2 = r6
  234: r2 += r3
  235: r1 = r2
  236: r1 += 1
  237: if r1 <= r7 goto +1
  238: goto +1684
  239: r1 = r3
  240: r1 += 1
  241: *(u32 *)(r10 -184) = r1
  242: r3 += 1
  243: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  244: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  245: r1 += 1
  246: r1 &= 255
      ; write var3, v59
  247: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  248: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  249: r1 -= 1
  250: r1 &= 65535
      ; write var2, v62
  251: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  252: r1 = *(u8 *)(r2 +0)
  253: if r1 == 0 goto +1012
  254: if r1 == 1 goto +87
  255: if r1 == 2 goto +70
  256: if r1 == 3 goto +52
  257: if r1 == 8 goto +36
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  258: r1 = *(u64 *)(r10 -16)
  259: if r1 > 16383 goto +1663
  260: r2 = r6
  261: r2 += r1
  262: r1 = r2
  263: r1 += 1
  264: if r1 <= r7 goto +1
  265: goto +1657
  266: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  267: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  268: r1 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
      ; verify v67, error HeaderTooShort
  269: if r1 < 2 goto +1653
      ; v68: bit<8> = read var9
  270: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  271: r2 -= 1
  272: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  273: r2 *= 8
  274: w2 = w2
      ; advance v73
  275: r1 = r2
  276: r1 &= 7
  277: if r1 != 0 goto +1645
  278: r1 = r2
  279: r1 >>= 3
  280: r2 = *(u64 *)(r10 -16)
  281: r2 += r1
  282: if r2 > 16383 goto +1640
  283: r1 = r6
  284: r1 += r2
  285: if r1 <= r7 goto +1
  286: goto +1636
  287: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  288: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  289: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
      ; v77: bit<16> = const 1
      ; v78: bit<16> = sub v76, v77
  290: r2 -= 1
  291: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  292: r1 -= r2
  293: goto +29
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  294: r2 = *(u64 *)(r10 -16)
  295: if r2 > 16383 goto +1627
  296: r1 = r6
  297: r1 += r2
  298: r1 += 9
  299: if r1 <= r7 goto +1
  300: goto +1622
  301: r1 = r2
  302: r1 += 1
  303: *(u32 *)(r10 -140) = r1
  304: r2 += 9
  305: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  306: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
      ; v82: bit<16> = sub v80, v81
  307: r1 -= 9
  308: goto +14
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  309: r2 = *(u64 *)(r10 -16)
  310: if r2 > 16383 goto +1612
  311: r1 = r6
  312: r1 += r2
  313: r1 += 2
  314: if r1 <= r7 goto +1
  315: goto +1607
  316: r1 = r2
  317: r1 += 1
  318: *(u32 *)(r10 -144) = r1
  319: r2 += 2
  320: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  321: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
      ; v85: bit<16> = sub v83, v84
  322: r1 -= 2
  323: r1 &= 65535
      ; write var2, v85
  324: *(u16 *)(r10 -36) = r1
  325: goto +16
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  326: r2 = *(u64 *)(r10 -16)
  327: if r2 > 16383 goto +1595
  328: r1 = r6
  329: r1 += r2
  330: r1 += 3
  331: if r1 <= r7 goto +1
  332: goto +1590
  333: r1 = r2
  334: r1 += 1
  335: *(u32 *)(r10 -148) = r1
  336: r2 += 3
  337: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  338: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
      ; v88: bit<16> = sub v86, v87
  339: r1 -= 3
  340: r1 &= 65535
      ; write var2, v88
  341: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  342: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  343: r1 = *(u8 *)(r10 -28)
  344: if r2 == 0 goto +921
  345: if r1 == 10 goto +920
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  346: r3 = *(u64 *)(r10 -16)
  347: if r3 > 16383 goto +1575
  348: r2 = r6
  349: r2 += r3
  350: r1 = r2
  351: r1 += 1
  352: if r1 <= r7 goto +1
  353: goto +1569
  354: r1 = r3
  355: r1 += 1
  356: *(u32 *)(r10 -180) = r1
  357: r3 += 1
  358: *(u64 *)(r10 -16) = r3
      ; v91: bit<8> = read var3
  359: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
      ; v93: bit<8> = add v91, v92
  360: r1 += 1
  361: r1 &= 255
      ; write var3, v93
  362: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  363: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
      ; v96: bit<16> = sub v94, v95
  364: r1 -= 1
  365: r1 &= 65535
      ; write var2, v96
  366: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  367: r1 = *(u8 *)(r2 +0)
  368: if r1 == 0 goto +897
  369: if r1 == 1 goto +87
  370: if r1 == 2 goto +70
  371: if r1 == 3 goto +52
  372: if r1 == 8 goto +36
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  373: r1 = *(u64 *)(r10 -16)
  374: if r1 > 16383 goto +1548
  375: r2 = r6
  376: r2 += r1
  377: r1 = r2
  378: r1 += 1
  379: if r1 <= r7 goto +1
  380: goto +1542
  381: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  382: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  383: r1 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
      ; verify v101, error HeaderTooShort
  384: if r1 < 2 goto +1538
      ; v102: bit<8> = read var9
  385: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  386: r2 -= 1
  387: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  388: r2 *= 8
  389: w2 = w2
      ; advance v107
  390: r1 = r2
  391: r1 &= 7
  392: if r1 != 0 goto +1530
  393: r1 = r2
  394: r1 >>= 3
  395: r2 = *(u64 *)(r10 -16)
  396: r2 += r1
  397: if r2 > 16383 goto +1525
  398: r1 = r6
  399: r1 += r2
  400: if r1 <= r7 goto +1
  401: goto +1521
  402: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  403: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  404: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  405: r2 -= 1
  406: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  407: r1 -= r2
  408: goto +29
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  409: r2 = *(u64 *)(r10 -16)
  410: if r2 > 16383 goto +1512
  411: r1 = r6
  412: r1 += r2
  413: r1 += 9
  414: if r1 <= r7 goto +1
  415: goto +1507
  416: r1 = r2
  417: r1 += 1
  418: *(u32 *)(r10 -140) = r1
  419: r2 += 9
  420: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  421: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  422: r1 -= 9
  423: goto +14
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  424: r2 = *(u64 *)(r10 -16)
  425: if r2 > 16383 goto +1497
  426: r1 = r6
  427: r1 += r2
  428: r1 += 2
  429: if r1 <= r7 goto +1
  430: goto +1492
  431: r1 = r2
  432: r1 += 1
  433: *(u32 *)(r10 -144) = r1
  434: r2 += 2
  435: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  436: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  437: r1 -= 2
  438: r1 &= 65535
      ; write var2, v119
  439: *(u16 *)(r10 -36) = r1
  440: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  441: r2 = *(u64 *)(r10 -16)
  442: if r2 > 16383 goto +1480
  443: r1 = r6
  444: r1 += r2
  445: r1 += 3
  446: if r1 <= r7 goto +1
  447: goto +1475
  448: r1 = r2
  449: r1 += 1
  450: *(u32 *)(r10 -148) = r1
  451: r2 += 3
  452: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  453: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  454: r1 -= 3
  455: r1 &= 65535
      ; write var2, v122
  456: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  457: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  458: r1 = *(u8 *)(r10 -28)
  459: if r2 == 0 goto +806
  460: if r1 == 10 goto +805
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  461: r3 = *(u64 *)(r10 -16)
  462: if r3 > 16383 goto +1460
  463: r2 = r6
  464: r2 += r3
  465: r1 = r2
  466: r1 += 1
  467: if r1 <= r7 goto +1
  468: goto +1454
  469: r1 = r3
  470: r1 += 1
  471: *(u32 *)(r10 -176) = r1
  472: r3 += 1
  473: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  474: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  475: r1 += 1
  476: r1 &= 255
      ; write var3, v127
  477: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  478: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  479: r1 -= 1
  480: r1 &= 65535
      ; write var2, v130
  481: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  482: r1 = *(u8 *)(r2 +0)
  483: if r1 == 0 goto +782
  484: if r1 == 1 goto +87
  485: if r1 == 2 goto +70
  486: if r1 == 3 goto +52
  487: if r1 == 8 goto +36
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  488: r1 = *(u64 *)(r10 -16)
  489: if r1 > 16383 goto +1433
  490: r2 = r6
  491: r2 += r1
  492: r1 = r2
  493: r1 += 1
  494: if r1 <= r7 goto +1
  495: goto +1427
  496: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  497: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  498: r1 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
      ; verify v135, error HeaderTooShort
  499: if r1 < 2 goto +1423
      ; v136: bit<8> = read var9
  500: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  501: r2 -= 1
  502: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  503: r2 *= 8
  504: w2 = w2
      ; advance v141
  505: r1 = r2
  506: r1 &= 7
  507: if r1 != 0 goto +1415
  508: r1 = r2
  509: r1 >>= 3
  510: r2 = *(u64 *)(r10 -16)
  511: r2 += r1
  512: if r2 > 16383 goto +1410
  513: r1 = r6
  514: r1 += r2
  515: if r1 <= r7 goto +1
  516: goto +1406
  517: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  518: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  519: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  520: r2 -= 1
  521: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  522: r1 -= r2
  523: goto +29
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  524: r2 = *(u64 *)(r10 -16)
  525: if r2 > 16383 goto +1397
  526: r1 = r6
  527: r1 += r2
  528: r1 += 9
  529: if r1 <= r7 goto +1
  530: goto +1392
  531: r1 = r2
  532: r1 += 1
  533: *(u32 *)(r10 -140) = r1
  534: r2 += 9
  535: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  536: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  537: r1 -= 9
  538: goto +14
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  539: r2 = *(u64 *)(r10 -16)
  540: if r2 > 16383 goto +1382
  541: r1 = r6
  542: r1 += r2
  543: r1 += 2
  544: if r1 <= r7 goto +1
  545: goto +1377
  546: r1 = r2
  547: r1 += 1
  548: *(u32 *)(r10 -144) = r1
  549: r2 += 2
  550: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  551: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  552: r1 -= 2
  553: r1 &= 65535
      ; write var2, v153
  554: *(u16 *)(r10 -36) = r1
  555: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  556: r2 = *(u64 *)(r10 -16)
  557: if r2 > 16383 goto +1365
  558: r1 = r6
  559: r1 += r2
  560: r1 += 3
  561: if r1 <= r7 goto +1
  562: goto +1360
  563: r1 = r2
  564: r1 += 1
  565: *(u32 *)(r10 -148) = r1
  566: r2 += 3
  567: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  568: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  569: r1 -= 3
  570: r1 &= 65535
      ; write var2, v156
  571: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  572: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  573: r1 = *(u8 *)(r10 -28)
  574: if r2 == 0 goto +691
  575: if r1 == 10 goto +690
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  576: r3 = *(u64 *)(r10 -16)
  577: if r3 > 16383 goto +1345
  578: r2 = r6
  579: r2 += r3
  580: r1 = r2
  581: r1 += 1
  582: if r1 <= r7 goto +1
  583: goto +1339
  584: r1 = r3
  585: r1 += 1
  586: *(u32 *)(r10 -172) = r1
  587: r3 += 1
  588: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  589: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  590: r1 += 1
  591: r1 &= 255
      ; write var3, v161
  592: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  593: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  594: r1 -= 1
  595: r1 &= 65535
      ; write var2, v164
  596: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  597: r1 = *(u8 *)(r2 +0)
  598: if r1 == 0 goto +667
  599: if r1 == 1 goto +87
  600: if r1 == 2 goto +70
  601: if r1 == 3 goto +52
  602: if r1 == 8 goto +36
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  603: r1 = *(u64 *)(r10 -16)
  604: if r1 > 16383 goto +1318
  605: r2 = r6
  606: r2 += r1
  607: r1 = r2
  608: r1 += 1
  609: if r1 <= r7 goto +1
  610: goto +1312
  611: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  612: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  613: r1 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
      ; verify v169, error HeaderTooShort
  614: if r1 < 2 goto +1308
      ; v170: bit<8> = read var9
  615: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  616: r2 -= 1
  617: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  618: r2 *= 8
  619: w2 = w2
      ; advance v175
  620: r1 = r2
  621: r1 &= 7
  622: if r1 != 0 goto +1300
  623: r1 = r2
  624: r1 >>= 3
  625: r2 = *(u64 *)(r10 -16)
  626: r2 += r1
  627: if r2 > 16383 goto +1295
  628: r1 = r6
  629: r1 += r2
  630: if r1 <= r7 goto +1
  631: goto +1291
  632: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  633: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  634: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  635: r2 -= 1
  636: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  637: r1 -= r2
  638: goto +29
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  639: r2 = *(u64 *)(r10 -16)
  640: if r2 > 16383 goto +1282
  641: r1 = r6
  642: r1 += r2
  643: r1 += 9
  644: if r1 <= r7 goto +1
  645: goto +1277
  646: r1 = r2
  647: r1 += 1
  648: *(u32 *)(r10 -140) = r1
  649: r2 += 9
  650: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  651: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  652: r1 -= 9
  653: goto +14
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  654: r2 = *(u64 *)(r10 -16)
  655: if r2 > 16383 goto +1267
  656: r1 = r6
  657: r1 += r2
  658: r1 += 2
  659: if r1 <= r7 goto +1
  660: goto +1262
  661: r1 = r2
  662: r1 += 1
  663: *(u32 *)(r10 -144) = r1
  664: r2 += 2
  665: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  666: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  667: r1 -= 2
  668: r1 &= 65535
      ; write var2, v187
  669: *(u16 *)(r10 -36) = r1
  670: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  671: r2 = *(u64 *)(r10 -16)
  672: if r2 > 16383 goto +1250
  673: r1 = r6
  674: r1 += r2
  675: r1 += 3
  676: if r1 <= r7 goto +1
  677: goto +1245
  678: r1 = r2
  679: r1 += 1
  680: *(u32 *)(r10 -148) = r1
  681: r2 += 3
  682: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  683: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  684: r1 -= 3
  685: r1 &= 65535
      ; write var2, v190
  686: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  687: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  688: r1 = *(u8 *)(r10 -28)
  689: if r2 == 0 goto +576
  690: if r1 == 10 goto +575
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  691: r3 = *(u64 *)(r10 -16)
  692: if r3 > 16383 goto +1230
  693: r2 = r6
  694: r2 += r3
  695: r1 = r2
  696: r1 += 1
  697: if r1 <= r7 goto +1
  698: goto +1224
  699: r1 = r3
  700: r1 += 1
  701: *(u32 *)(r10 -168) = r1
  702: r3 += 1
  703: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  704: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  705: r1 += 1
  706: r1 &= 255
      ; write var3, v195
  707: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  708: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  709: r1 -= 1
  710: r1 &= 65535
      ; write var2, v198
  711: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  712: r1 = *(u8 *)(r2 +0)
  713: if r1 == 0 goto +552
  714: if r1 == 1 goto +87
  715: if r1 == 2 goto +70
  716: if r1 == 3 goto +52
  717: if r1 == 8 goto +36
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  718: r1 = *(u64 *)(r10 -16)
  719: if r1 > 16383 goto +1203
  720: r2 = r6
  721: r2 += r1
  722: r1 = r2
  723: r1 += 1
  724: if r1 <= r7 goto +1
  725: goto +1197
  726: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  727: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  728: r1 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
      ; verify v203, error HeaderTooShort
  729: if r1 < 2 goto +1193
      ; v204: bit<8> = read var9
  730: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  731: r2 -= 1
  732: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  733: r2 *= 8
  734: w2 = w2
      ; advance v209
  735: r1 = r2
  736: r1 &= 7
  737: if r1 != 0 goto +1185
  738: r1 = r2
  739: r1 >>= 3
  740: r2 = *(u64 *)(r10 -16)
  741: r2 += r1
  742: if r2 > 16383 goto +1180
  743: r1 = r6
  744: r1 += r2
  745: if r1 <= r7 goto +1
  746: goto +1176
  747: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  748: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  749: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  750: r2 -= 1
  751: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  752: r1 -= r2
  753: goto +29
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  754: r2 = *(u64 *)(r10 -16)
  755: if r2 > 16383 goto +1167
  756: r1 = r6
  757: r1 += r2
  758: r1 += 9
  759: if r1 <= r7 goto +1
  760: goto +1162
  761: r1 = r2
  762: r1 += 1
  763: *(u32 *)(r10 -140) = r1
  764: r2 += 9
  765: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  766: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  767: r1 -= 9
  768: goto +14
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  769: r2 = *(u64 *)(r10 -16)
  770: if r2 > 16383 goto +1152
  771: r1 = r6
  772: r1 += r2
  773: r1 += 2
  774: if r1 <= r7 goto +1
  775: goto +1147
  776: r1 = r2
  777: r1 += 1
  778: *(u32 *)(r10 -144) = r1
  779: r2 += 2
  780: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  781: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  782: r1 -= 2
  783: r1 &= 65535
      ; write var2, v221
  784: *(u16 *)(r10 -36) = r1
  785: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  786: r2 = *(u64 *)(r10 -16)
  787: if r2 > 16383 goto +1135
  788: r1 = r6
  789: r1 += r2
  790: r1 += 3
  791: if r1 <= r7 goto +1
  792: goto +1130
  793: r1 = r2
  794: r1 += 1
  795: *(u32 *)(r10 -148) = r1
  796: r2 += 3
  797: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  798: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  799: r1 -= 3
  800: r1 &= 65535
      ; write var2, v224
  801: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  802: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  803: r1 = *(u8 *)(r10 -28)
  804: if r2 == 0 goto +461
  805: if r1 == 10 goto +460
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  806: r3 = *(u64 *)(r10 -16)
  807: if r3 > 16383 goto +1115
  808: r2 = r6
  809: r2 += r3
  810: r1 = r2
  811: r1 += 1
  812: if r1 <= r7 goto +1
  813: goto +1109
  814: r1 = r3
  815: r1 += 1
  816: *(u32 *)(r10 -164) = r1
  817: r3 += 1
  818: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  819: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  820: r1 += 1
  821: r1 &= 255
      ; write var3, v229
  822: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  823: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  824: r1 -= 1
  825: r1 &= 65535
      ; write var2, v232
  826: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  827: r1 = *(u8 *)(r2 +0)
  828: if r1 == 0 goto +437
  829: if r1 == 1 goto +87
  830: if r1 == 2 goto +70
  831: if r1 == 3 goto +52
  832: if r1 == 8 goto +36
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  833: r1 = *(u64 *)(r10 -16)
  834: if r1 > 16383 goto +1088
  835: r2 = r6
  836: r2 += r1
  837: r1 = r2
  838: r1 += 1
  839: if r1 <= r7 goto +1
  840: goto +1082
  841: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  842: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  843: r1 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
      ; verify v237, error HeaderTooShort
  844: if r1 < 2 goto +1078
      ; v238: bit<8> = read var9
  845: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  846: r2 -= 1
  847: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  848: r2 *= 8
  849: w2 = w2
      ; advance v243
  850: r1 = r2
  851: r1 &= 7
  852: if r1 != 0 goto +1070
  853: r1 = r2
  854: r1 >>= 3
  855: r2 = *(u64 *)(r10 -16)
  856: r2 += r1
  857: if r2 > 16383 goto +1065
  858: r1 = r6
  859: r1 += r2
  860: if r1 <= r7 goto +1
  861: goto +1061
  862: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  863: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  864: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  865: r2 -= 1
  866: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  867: r1 -= r2
  868: goto +29
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  869: r2 = *(u64 *)(r10 -16)
  870: if r2 > 16383 goto +1052
  871: r1 = r6
  872: r1 += r2
  873: r1 += 9
  874: if r1 <= r7 goto +1
  875: goto +1047
  876: r1 = r2
  877: r1 += 1
  878: *(u32 *)(r10 -140) = r1
  879: r2 += 9
  880: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  881: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  882: r1 -= 9
  883: goto +14
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  884: r2 = *(u64 *)(r10 -16)
  885: if r2 > 16383 goto +1037
  886: r1 = r6
  887: r1 += r2
  888: r1 += 2
  889: if r1 <= r7 goto +1
  890: goto +1032
  891: r1 = r2
  892: r1 += 1
  893: *(u32 *)(r10 -144) = r1
  894: r2 += 2
  895: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  896: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  897: r1 -= 2
  898: r1 &= 65535
      ; write var2, v255
  899: *(u16 *)(r10 -36) = r1
  900: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  901: r2 = *(u64 *)(r10 -16)
  902: if r2 > 16383 goto +1020
  903: r1 = r6
  904: r1 += r2
  905: r1 += 3
  906: if r1 <= r7 goto +1
  907: goto +1015
  908: r1 = r2
  909: r1 += 1
  910: *(u32 *)(r10 -148) = r1
  911: r2 += 3
  912: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  913: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  914: r1 -= 3
  915: r1 &= 65535
      ; write var2, v258
  916: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  917: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  918: r1 = *(u8 *)(r10 -28)
  919: if r2 == 0 goto +346
  920: if r1 == 10 goto +345
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  921: r3 = *(u64 *)(r10 -16)
  922: if r3 > 16383 goto +1000
  923: r2 = r6
  924: r2 += r3
  925: r1 = r2
  926: r1 += 1
  927: if r1 <= r7 goto +1
  928: goto +994
  929: r1 = r3
  930: r1 += 1
  931: *(u32 *)(r10 -160) = r1
  932: r3 += 1
  933: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
  934: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
  935: r1 += 1
  936: r1 &= 255
      ; write var3, v263
  937: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
  938: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
  939: r1 -= 1
  940: r1 &= 65535
      ; write var2, v266
  941: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
  942: r1 = *(u8 *)(r2 +0)
  943: if r1 == 0 goto +322
  944: if r1 == 1 goto +87
  945: if r1 == 2 goto +70
  946: if r1 == 3 goto +52
  947: if r1 == 8 goto +36
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
  948: r1 = *(u64 *)(r10 -16)
  949: if r1 > 16383 goto +973
  950: r2 = r6
  951: r2 += r1
  952: r1 = r2
  953: r1 += 1
  954: if r1 <= r7 goto +1
  955: goto +967
  956: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
  957: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
  958: r1 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
      ; verify v271, error HeaderTooShort
  959: if r1 < 2 goto +963
      ; v272: bit<8> = read var9
  960: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
  961: r2 -= 1
  962: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
  963: r2 *= 8
  964: w2 = w2
      ; advance v277
  965: r1 = r2
  966: r1 &= 7
  967: if r1 != 0 goto +955
  968: r1 = r2
  969: r1 >>= 3
  970: r2 = *(u64 *)(r10 -16)
  971: r2 += r1
  972: if r2 > 16383 goto +950
  973: r1 = r6
  974: r1 += r2
  975: if r1 <= r7 goto +1
  976: goto +946
  977: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
  978: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
  979: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
  980: r2 -= 1
  981: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
  982: r1 -= r2
  983: goto +29
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
  984: r2 = *(u64 *)(r10 -16)
  985: if r2 > 16383 goto +937
  986: r1 = r6
  987: r1 += r2
  988: r1 += 9
  989: if r1 <= r7 goto +1
  990: goto +932
  991: r1 = r2
  992: r1 += 1
  993: *(u32 *)(r10 -140) = r1
  994: r2 += 9
  995: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
  996: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
  997: r1 -= 9
  998: goto +14
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
  999: r2 = *(u64 *)(r10 -16)
 1000: if r2 > 16383 goto +922
 1001: r1 = r6
 1002: r1 += r2
 1003: r1 += 2
 1004: if r1 <= r7 goto +1
 1005: goto +917
 1006: r1 = r2
 1007: r1 += 1
 1008: *(u32 *)(r10 -144) = r1
 1009: r2 += 2
 1010: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1011: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1012: r1 -= 2
 1013: r1 &= 65535
      ; write var2, v289
 1014: *(u16 *)(r10 -36) = r1
 1015: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1016: r2 = *(u64 *)(r10 -16)
 1017: if r2 > 16383 goto +905
 1018: r1 = r6
 1019: r1 += r2
 1020: r1 += 3
 1021: if r1 <= r7 goto +1
 1022: goto +900
 1023: r1 = r2
 1024: r1 += 1
 1025: *(u32 *)(r10 -148) = r1
 1026: r2 += 3
 1027: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1028: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1029: r1 -= 3
 1030: r1 &= 65535
      ; write var2, v292
 1031: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1032: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1033: r1 = *(u8 *)(r10 -28)
 1034: if r2 == 0 goto +231
 1035: if r1 == 10 goto +230
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1036: r3 = *(u64 *)(r10 -16)
 1037: if r3 > 16383 goto +885
 1038: r2 = r6
 1039: r2 += r3
 1040: r1 = r2
 1041: r1 += 1
 1042: if r1 <= r7 goto +1
 1043: goto +879
 1044: r1 = r3
 1045: r1 += 1
 1046: *(u32 *)(r10 -156) = r1
 1047: r3 += 1
 1048: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1049: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1050: r1 += 1
 1051: r1 &= 255
      ; write var3, v297
 1052: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1053: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1054: r1 -= 1
 1055: r1 &= 65535
      ; write var2, v300
 1056: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1057: r1 = *(u8 *)(r2 +0)
 1058: if r1 == 0 goto +207
 1059: if r1 == 1 goto +87
 1060: if r1 == 2 goto +70
 1061: if r1 == 3 goto +52
 1062: if r1 == 8 goto +36
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1063: r1 = *(u64 *)(r10 -16)
 1064: if r1 > 16383 goto +858
 1065: r2 = r6
 1066: r2 += r1
 1067: r1 = r2
 1068: r1 += 1
 1069: if r1 <= r7 goto +1
 1070: goto +852
 1071: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1072: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1073: r1 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
      ; verify v305, error HeaderTooShort
 1074: if r1 < 2 goto +848
      ; v306: bit<8> = read var9
 1075: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1076: r2 -= 1
 1077: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1078: r2 *= 8
 1079: w2 = w2
      ; advance v311
 1080: r1 = r2
 1081: r1 &= 7
 1082: if r1 != 0 goto +840
 1083: r1 = r2
 1084: r1 >>= 3
 1085: r2 = *(u64 *)(r10 -16)
 1086: r2 += r1
 1087: if r2 > 16383 goto +835
 1088: r1 = r6
 1089: r1 += r2
 1090: if r1 <= r7 goto +1
 1091: goto +831
 1092: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1093: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1094: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1095: r2 -= 1
 1096: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1097: r1 -= r2
 1098: goto +29
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1099: r2 = *(u64 *)(r10 -16)
 1100: if r2 > 16383 goto +822
 1101: r1 = r6
 1102: r1 += r2
 1103: r1 += 9
 1104: if r1 <= r7 goto +1
 1105: goto +817
 1106: r1 = r2
 1107: r1 += 1
 1108: *(u32 *)(r10 -140) = r1
 1109: r2 += 9
 1110: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1111: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1112: r1 -= 9
 1113: goto +14
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1114: r2 = *(u64 *)(r10 -16)
 1115: if r2 > 16383 goto +807
 1116: r1 = r6
 1117: r1 += r2
 1118: r1 += 2
 1119: if r1 <= r7 goto +1
 1120: goto +802
 1121: r1 = r2
 1122: r1 += 1
 1123: *(u32 *)(r10 -144) = r1
 1124: r2 += 2
 1125: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1126: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1127: r1 -= 2
 1128: r1 &= 65535
      ; write var2, v323
 1129: *(u16 *)(r10 -36) = r1
 1130: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1131: r2 = *(u64 *)(r10 -16)
 1132: if r2 > 16383 goto +790
 1133: r1 = r6
 1134: r1 += r2
 1135: r1 += 3
 1136: if r1 <= r7 goto +1
 1137: goto +785
 1138: r1 = r2
 1139: r1 += 1
 1140: *(u32 *)(r10 -148) = r1
 1141: r2 += 3
 1142: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1143: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1144: r1 -= 3
 1145: r1 &= 65535
      ; write var2, v326
 1146: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1147: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1148: r1 = *(u8 *)(r10 -28)
 1149: if r2 == 0 goto +116
 1150: if r1 == 10 goto +115
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1151: r3 = *(u64 *)(r10 -16)
 1152: if r3 > 16383 goto +770
 1153: r2 = r6
 1154: r2 += r3
 1155: r1 = r2
 1156: r1 += 1
 1157: if r1 <= r7 goto +1
 1158: goto +764
 1159: r1 = r3
 1160: r1 += 1
 1161: *(u32 *)(r10 -152) = r1
 1162: r3 += 1
 1163: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1164: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1165: r1 += 1
 1166: r1 &= 255
      ; write var3, v331
 1167: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1168: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1169: r1 -= 1
 1170: r1 &= 65535
      ; write var2, v334
 1171: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1172: r1 = *(u8 *)(r2 +0)
 1173: if r1 == 0 goto +92
 1174: if r1 == 1 goto +87
 1175: if r1 == 2 goto +70
 1176: if r1 == 3 goto +52
 1177: if r1 == 8 goto +36
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1178: r1 = *(u64 *)(r10 -16)
 1179: if r1 > 16383 goto +743
 1180: r2 = r6
 1181: r2 += r1
 1182: r1 = r2
 1183: r1 += 1
 1184: if r1 <= r7 goto +1
 1185: goto +737
 1186: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1187: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1188: r1 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
      ; verify v339, error HeaderTooShort
 1189: if r1 < 2 goto +733
      ; v340: bit<8> = read var9
 1190: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1191: r2 -= 1
 1192: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1193: r2 *= 8
 1194: w2 = w2
      ; advance v345
 1195: r1 = r2
 1196: r1 &= 7
 1197: if r1 != 0 goto +725
 1198: r1 = r2
 1199: r1 >>= 3
 1200: r2 = *(u64 *)(r10 -16)
 1201: r2 += r1
 1202: if r2 > 16383 goto +720
 1203: r1 = r6
 1204: r1 += r2
 1205: if r1 <= r7 goto +1
 1206: goto +716
 1207: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1208: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1209: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1210: r2 -= 1
 1211: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1212: r1 -= r2
 1213: goto +29
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1214: r2 = *(u64 *)(r10 -16)
 1215: if r2 > 16383 goto +707
 1216: r1 = r6
 1217: r1 += r2
 1218: r1 += 9
 1219: if r1 <= r7 goto +1
 1220: goto +702
 1221: r1 = r2
 1222: r1 += 1
 1223: *(u32 *)(r10 -140) = r1
 1224: r2 += 9
 1225: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1226: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1227: r1 -= 9
 1228: goto +14
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1229: r2 = *(u64 *)(r10 -16)
 1230: if r2 > 16383 goto +692
 1231: r1 = r6
 1232: r1 += r2
 1233: r1 += 2
 1234: if r1 <= r7 goto +1
 1235: goto +687
 1236: r1 = r2
 1237: r1 += 1
 1238: *(u32 *)(r10 -144) = r1
 1239: r2 += 2
 1240: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1241: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1242: r1 -= 2
 1243: r1 &= 65535
      ; write var2, v357
 1244: *(u16 *)(r10 -36) = r1
 1245: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1246: r2 = *(u64 *)(r10 -16)
 1247: if r2 > 16383 goto +675
 1248: r1 = r6
 1249: r1 += r2
 1250: r1 += 3
 1251: if r1 <= r7 goto +1
 1252: goto +670
 1253: r1 = r2
 1254: r1 += 1
 1255: *(u32 *)(r10 -148) = r1
 1256: r2 += 3
 1257: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1258: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1259: r1 -= 3
 1260: r1 &= 65535
      ; write var2, v360
 1261: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1262: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1263: r1 = *(u8 *)(r10 -28)
 1264: if r2 == 0 goto +1
 1265: if r1 != 10 goto +657
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1266: r1 = *(u32 *)(r10 -192)
      ; v1: bool = not v0
 1267: if r1 == 0 goto +657
      ; v2: bit<64> = timestamp_ns
 1268: call bpf_ktime_get_ns
 1269: r1 = r0
      ; write var10, v2
 1270: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1271: r1 = *(u32 *)(r10 -192)
 1272: if r1 == 0 goto +9
 1273: r1 -= 1
 1274: if r1 > 16383 goto +7
 1275: *(u64 *)(r10 -384) = r6
 1276: r0 = *(u64 *)(r10 -384)
 1277: r0 += r1
 1278: *(u64 *)(r10 -384) = r0
 1279: r1 = *(u64 *)(r10 -384)
 1280: r1 += 20
 1281: if r1 <= r7 goto +1
 1282: *(u64 *)(r10 -384) = 0
 1283: r1 = 0
 1284: r0 = *(u64 *)(r10 -384)
 1285: if r0 == 0 goto +2
 1286: r0 = *(u64 *)(r10 -384)
 1287: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1288: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1289: r1 = *(u32 *)(r10 -196)
 1290: if r1 == 0 goto +9
 1291: r1 -= 1
 1292: if r1 > 16383 goto +7
 1293: *(u64 *)(r10 -392) = r6
 1294: r0 = *(u64 *)(r10 -392)
 1295: r0 += r1
 1296: *(u64 *)(r10 -392) = r0
 1297: r1 = *(u64 *)(r10 -392)
 1298: r1 += 20
 1299: if r1 <= r7 goto +1
 1300: *(u64 *)(r10 -392) = 0
 1301: r1 = 0
 1302: r0 = *(u64 *)(r10 -392)
 1303: if r0 == 0 goto +3
 1304: r0 = *(u64 *)(r10 -392)
 1305: r1 = *(u8 *)(r0 +0)
 1306: r1 &= 15
      ; v5: bit<16> = cast v4
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1307: r1 <<= 2
 1308: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1309: r2 = 0
 1310: r0 = *(u64 *)(r10 -384)
 1311: if r0 == 0 goto +4
 1312: r0 = *(u64 *)(r10 -384)
 1313: r2 = *(u8 *)(r0 +12)
 1314: r2 >>= 4
 1315: r2 &= 15
      ; v9: bit<16> = cast v8
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1316: r2 <<= 2
 1317: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1318: r1 += r2
 1319: r1 &= 65535
      ; write var12, v12
 1320: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1321: r1 = 0
 1322: r0 = *(u64 *)(r10 -392)
 1323: if r0 == 0 goto +2
 1324: r0 = *(u64 *)(r10 -392)
 1325: r1 = *(u16 *)(r0 +2)
 1326: r1 = be16 r1
      ; v14: bit<16> = read var12
 1327: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1328: r1 -= r2
 1329: r1 &= 65535
      ; v16: bit<32> = cast v15
      ; write var13, v16
 1330: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1331: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1332: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1333: r2 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1334: r4 = 1
 1335: if r2 != 0 goto +1
 1336: r4 = 0
      ; v23: bit<32> = const 1
 1337: r2 = 1
      ; v24: bit<32> = const 0
 1338: r3 = 0
      ; v25: bit<32> = select v22, v23, v24
 1339: if r4 != 0 goto +1
 1340: r2 = r3
      ; v26: bit<32> = add v17, v25
 1341: r1 += r2
 1342: w1 = w1
      ; write var14, v26
 1343: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1344: r4 = 0
 1345: r0 = *(u64 *)(r10 -392)
 1346: if r0 == 0 goto +2
 1347: r0 = *(u64 *)(r10 -392)
 1348: r4 = *(u32 *)(r0 +12)
 1349: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1350: r3 = 0
 1351: r0 = *(u64 *)(r10 -392)
 1352: if r0 == 0 goto +2
 1353: r0 = *(u64 *)(r10 -392)
 1354: r3 = *(u32 *)(r0 +16)
 1355: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1356: r2 = 0
 1357: r0 = *(u64 *)(r10 -384)
 1358: if r0 == 0 goto +2
 1359: r0 = *(u64 *)(r10 -384)
 1360: r2 = *(u16 *)(r0 +0)
 1361: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1362: r1 = 0
 1363: r0 = *(u64 *)(r10 -384)
 1364: if r0 == 0 goto +2
 1365: r0 = *(u64 *)(r10 -384)
 1366: r1 = *(u16 *)(r0 +2)
 1367: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1368: *(u32 *)(r10 -272) = r4
 1369: *(u32 *)(r10 -268) = r3
 1370: *(u16 *)(r10 -264) = r2
 1371: *(u16 *)(r10 -262) = r1
 1372: r1 = map[pipe_flows] ll
 1374: r2 = r10
 1375: r2 += -272
 1376: call bpf_map_lookup_elem
 1377: r9 = r0
 1378: if r9 == 0 goto +35
 1379: *(u64 *)(r10 -400) = 1
 1380: r0 = *(u32 *)(r9 +0)
 1381: *(u64 *)(r10 -408) = r0
 1382: w0 = w0
 1383: *(u64 *)(r10 -408) = r0
 1384: r0 = *(u32 *)(r9 +4)
 1385: *(u64 *)(r10 -416) = r0
 1386: w0 = w0
 1387: *(u64 *)(r10 -416) = r0
 1388: r0 = *(u32 *)(r9 +8)
 1389: *(u64 *)(r10 -424) = r0
 1390: w0 = w0
 1391: *(u64 *)(r10 -424) = r0
 1392: r0 = *(u32 *)(r9 +12)
 1393: *(u64 *)(r10 -432) = r0
 1394: w0 = w0
 1395: *(u64 *)(r10 -432) = r0
 1396: r0 = *(u16 *)(r9 +16)
 1397: *(u64 *)(r10 -440) = r0
 1398: r0 &= 65535
 1399: *(u64 *)(r10 -440) = r0
 1400: r8 = *(u8 *)(r9 +18)
 1401: r8 &= 255
 1402: r4 = *(u32 *)(r9 +20)
 1403: w4 = w4
 1404: r3 = *(u32 *)(r9 +24)
 1405: w3 = w3
 1406: r2 = *(u8 *)(r9 +28)
 1407: r2 &= 255
 1408: r1 = *(u32 *)(r9 +32)
 1409: w1 = w1
 1410: r0 = *(u64 *)(r9 +40)
 1411: *(u64 *)(r10 -448) = r0
 1412: r9 = *(u64 *)(r9 +48)
 1413: goto +13
 1414: *(u64 *)(r10 -400) = 0
 1415: *(u64 *)(r10 -408) = 0
 1416: *(u64 *)(r10 -416) = 0
 1417: *(u64 *)(r10 -424) = 0
 1418: *(u64 *)(r10 -432) = 0
 1419: *(u64 *)(r10 -440) = 0
 1420: r8 = 0
 1421: r4 = 0
 1422: r3 = 0
 1423: r2 = 0
 1424: r1 = 0
 1425: *(u64 *)(r10 -448) = 0
 1426: r9 = 0
      ; write var15, v32
 1427: r0 = *(u64 *)(r10 -408)
 1428: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1429: r0 = *(u64 *)(r10 -416)
 1430: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1431: r0 = *(u64 *)(r10 -424)
 1432: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1433: r0 = *(u64 *)(r10 -432)
 1434: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1435: r0 = *(u64 *)(r10 -440)
 1436: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1437: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1438: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1439: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1440: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1441: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1442: r0 = *(u64 *)(r10 -448)
 1443: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1444: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1445: r0 = *(u64 *)(r10 -400)
 1446: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1447: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1448: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1449: if r1 != 0 goto +43
      ; v65: bool = read var27
 1450: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1451: r3 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
      ; v69: bool = logical_and v65, v68
 1452: r2 = 1
 1453: if r3 != 0 goto +1
 1454: r2 = 0
 1455: r1 &= r2
 1456: if r1 == 0 goto +98
      ; v70: bit<32> = read_field hdr2.seqNo
 1457: r1 = 0
 1458: r0 = *(u64 *)(r10 -384)
 1459: if r0 == 0 goto +2
 1460: r0 = *(u64 *)(r10 -384)
 1461: r1 = *(u32 *)(r0 +4)
 1462: r1 = be32 r1
      ; v71: bit<32> = read var14
 1463: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1464: r1 += r2
 1465: w1 = w1
      ; write var28, v72
 1466: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1467: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1468: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1469: r1 -= r2
 1470: w1 = w1
      ; write var29, v75
 1471: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1472: r3 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
      ; v79: bit<32> = read var29
 1473: r2 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1474: w1 = -2147483648
      ; v81: bool = lt v79, v80
      ; v82: bool = logical_and v78, v81
 1475: if r3 == 0 goto +1
 1476: if r2 < r1 goto +6
      ; v90: bit<32> = read var22
 1477: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1478: r1 += 1
 1479: w1 = w1
      ; write var22, v92
 1480: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
      ; write var23, v93
 1481: *(u8 *)(r10 -23) = 0
 1482: goto +72
      ; v83: bit<32> = read var28
 1483: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1484: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1485: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1486: if r1 != 0 goto +68
      ; v87: bit<8> = const 1
      ; write var23, v87
 1487: *(u8 *)(r10 -23) = 1
      ; v88: bit<32> = read var28
 1488: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1489: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1490: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1491: *(u64 *)(r10 -232) = r1
 1492: goto +62
      ; v49: bool = const 1
      ; write var27, v49
 1493: *(u8 *)(r10 -22) = 1
      ; v50: bit<32> = read_field hdr2.seqNo
 1494: r1 = 0
 1495: r0 = *(u64 *)(r10 -384)
 1496: if r0 == 0 goto +2
 1497: r0 = *(u64 *)(r10 -384)
 1498: r1 = *(u32 *)(r0 +4)
 1499: r1 = be32 r1
      ; write var15, v50
 1500: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1501: r1 = 0
 1502: r0 = *(u64 *)(r10 -384)
 1503: if r0 == 0 goto +2
 1504: r0 = *(u64 *)(r10 -384)
 1505: r1 = *(u32 *)(r0 +4)
 1506: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1507: r1 += 1
 1508: w1 = w1
      ; write var16, v53
 1509: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
      ; write var18, v54
 1510: *(u32 *)(r10 -92) = 0
      ; v55: bit<16> = read_field hdr13.mss
 1511: r1 = *(u32 *)(r10 -148)
 1512: if r1 == 0 goto +7
 1513: r1 -= 1
 1514: if r1 > 16383 goto +5
 1515: r2 = r6
 1516: r2 += r1
 1517: r1 = r2
 1518: r1 += 3
 1519: if r1 <= r7 goto +1
 1520: r2 = 0
 1521: r1 = 0
 1522: if r2 == 0 goto +1
 1523: r1 = *(u16 *)(r2 +1)
 1524: r1 = be16 r1
      ; write var19, v55
 1525: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1526: r1 = *(u32 *)(r10 -144)
 1527: if r1 == 0 goto +7
 1528: r1 -= 1
 1529: if r1 > 16383 goto +5
 1530: r2 = r6
 1531: r2 += r1
 1532: r1 = r2
 1533: r1 += 2
 1534: if r1 <= r7 goto +1
 1535: r2 = 0
 1536: r1 = 0
 1537: if r2 == 0 goto +1
 1538: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1539: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
      ; write var21, v57
 1540: *(u32 *)(r10 -88) = 0
      ; v58: bit<32> = const 0
      ; write var22, v58
 1541: *(u32 *)(r10 -84) = 0
      ; v59: bit<8> = const 1
      ; write var23, v59
 1542: *(u8 *)(r10 -23) = 1
      ; v60: bit<32> = read_field hdr2.seqNo
 1543: r1 = 0
 1544: r0 = *(u64 *)(r10 -384)
 1545: if r0 == 0 goto +2
 1546: r0 = *(u64 *)(r10 -384)
 1547: r1 = *(u32 *)(r0 +4)
 1548: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1549: r1 += 1
 1550: w1 = w1
      ; write var24, v62
 1551: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1552: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1553: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
      ; write var26, v64
 1554: *(u64 *)(r10 -224) = 0
      ; v94: bool = read var27
 1555: r1 = *(u8 *)(r10 -22)
 1556: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1557: r1 = *(u32 *)(r10 -140)
 1558: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1559: r1 = *(u32 *)(r10 -140)
 1560: if r1 == 0 goto +7
 1561: r1 -= 1
 1562: if r1 > 16383 goto +5
 1563: r2 = r6
 1564: r2 += r1
 1565: r1 = r2
 1566: r1 += 9
 1567: if r1 <= r7 goto +1
 1568: r2 = 0
 1569: r1 = 0
 1570: if r2 == 0 goto +1
 1571: r1 = *(u32 *)(r2 +1)
 1572: r1 = be32 r1
      ; write var21, v96
 1573: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1574: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1575: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1576: r1 -= r2
 1577: w1 = w1
      ; write var17, v99
 1578: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1579: r1 = 0
 1580: r0 = *(u64 *)(r10 -392)
 1581: if r0 == 0 goto +2
 1582: r0 = *(u64 *)(r10 -392)
 1583: r1 = *(u32 *)(r0 +12)
 1584: *(u64 *)(r10 -400) = r1
 1585: r0 = *(u64 *)(r10 -400)
 1586: r0 = be32 r0
 1587: *(u64 *)(r10 -400) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1588: r9 = 0
 1589: r0 = *(u64 *)(r10 -392)
 1590: if r0 == 0 goto +2
 1591: r0 = *(u64 *)(r10 -392)
 1592: r9 = *(u32 *)(r0 +16)
 1593: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1594: r8 = 0
 1595: r0 = *(u64 *)(r10 -384)
 1596: if r0 == 0 goto +2
 1597: r0 = *(u64 *)(r10 -384)
 1598: r8 = *(u16 *)(r0 +0)
 1599: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1600: r4 = 0
 1601: r0 = *(u64 *)(r10 -384)
 1602: if r0 == 0 goto +2
 1603: r0 = *(u64 *)(r10 -384)
 1604: r4 = *(u16 *)(r0 +2)
 1605: r4 = be16 r4
      ; v104: bit<32> = read var15
 1606: r0 = *(u32 *)(r10 -104)
 1607: *(u64 *)(r10 -408) = r0
      ; v105: bit<32> = read var16
 1608: r0 = *(u32 *)(r10 -100)
 1609: *(u64 *)(r10 -416) = r0
      ; v106: bit<32> = read var17
 1610: r0 = *(u32 *)(r10 -96)
 1611: *(u64 *)(r10 -424) = r0
      ; v107: bit<32> = read var18
 1612: r0 = *(u32 *)(r10 -92)
 1613: *(u64 *)(r10 -432) = r0
      ; v108: bit<16> = read var19
 1614: r0 = *(u16 *)(r10 -32)
 1615: *(u64 *)(r10 -440) = r0
      ; v109: bit<8> = read var20
 1616: r0 = *(u8 *)(r10 -24)
 1617: *(u64 *)(r10 -448) = r0
      ; v110: bit<32> = read var21
 1618: r0 = *(u32 *)(r10 -88)
 1619: *(u64 *)(r10 -456) = r0
      ; v111: bit<32> = read var22
 1620: r0 = *(u32 *)(r10 -84)
 1621: *(u64 *)(r10 -464) = r0
      ; v112: bit<8> = read var23
 1622: r0 = *(u8 *)(r10 -23)
 1623: *(u64 *)(r10 -472) = r0
      ; v113: bit<32> = read var24
 1624: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1625: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1626: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1627: r0 = *(u64 *)(r10 -400)
 1628: *(u32 *)(r10 -280) = r0
 1629: *(u32 *)(r10 -276) = r9
 1630: *(u16 *)(r10 -272) = r8
 1631: *(u16 *)(r10 -270) = r4
 1632: *(u64 *)(r10 -352) = 0
 1633: *(u64 *)(r10 -344) = 0
 1634: *(u64 *)(r10 -336) = 0
 1635: r0 = *(u64 *)(r10 -408)
 1636: *(u32 *)(r10 -368) = r0
 1637: r0 = *(u64 *)(r10 -416)
 1638: *(u32 *)(r10 -364) = r0
 1639: r0 = *(u64 *)(r10 -424)
 1640: *(u32 *)(r10 -360) = r0
 1641: r0 = *(u64 *)(r10 -432)
 1642: *(u32 *)(r10 -356) = r0
 1643: r0 = *(u64 *)(r10 -440)
 1644: *(u16 *)(r10 -352) = r0
 1645: r0 = *(u64 *)(r10 -448)
 1646: *(u8 *)(r10 -350) = r0
 1647: r0 = *(u64 *)(r10 -456)
 1648: *(u32 *)(r10 -348) = r0
 1649: r0 = *(u64 *)(r10 -464)
 1650: *(u32 *)(r10 -344) = r0
 1651: r0 = *(u64 *)(r10 -472)
 1652: *(u8 *)(r10 -340) = r0
 1653: *(u32 *)(r10 -336) = r3
 1654: *(u64 *)(r10 -328) = r2
 1655: *(u64 *)(r10 -320) = r1
 1656: r1 = map[pipe_flows] ll
 1658: r2 = r10
 1659: r2 += -280
 1660: r3 = r10
 1661: r3 += -368
 1662: r4 = 0
 1663: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1664: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1665: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1666: if r1 == 0 goto +258
      ; v121: bit<32> = read_field hdr1.dstAddr
 1667: r4 = 0
 1668: r0 = *(u64 *)(r10 -392)
 1669: if r0 == 0 goto +2
 1670: r0 = *(u64 *)(r10 -392)
 1671: r4 = *(u32 *)(r0 +16)
 1672: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1673: r3 = 0
 1674: r0 = *(u64 *)(r10 -392)
 1675: if r0 == 0 goto +2
 1676: r0 = *(u64 *)(r10 -392)
 1677: r3 = *(u32 *)(r0 +12)
 1678: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1679: r2 = 0
 1680: r0 = *(u64 *)(r10 -384)
 1681: if r0 == 0 goto +2
 1682: r0 = *(u64 *)(r10 -384)
 1683: r2 = *(u16 *)(r0 +2)
 1684: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1685: r1 = 0
 1686: r0 = *(u64 *)(r10 -384)
 1687: if r0 == 0 goto +2
 1688: r0 = *(u64 *)(r10 -384)
 1689: r1 = *(u16 *)(r0 +0)
 1690: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1691: *(u32 *)(r10 -272) = r4
 1692: *(u32 *)(r10 -268) = r3
 1693: *(u16 *)(r10 -264) = r2
 1694: *(u16 *)(r10 -262) = r1
 1695: r1 = map[pipe_flows] ll
 1697: r2 = r10
 1698: r2 += -272
 1699: call bpf_map_lookup_elem
 1700: r9 = r0
 1701: if r9 == 0 goto +35
 1702: r0 = *(u32 *)(r9 +0)
 1703: *(u64 *)(r10 -400) = r0
 1704: w0 = w0
 1705: *(u64 *)(r10 -400) = r0
 1706: r0 = *(u32 *)(r9 +4)
 1707: *(u64 *)(r10 -408) = r0
 1708: w0 = w0
 1709: *(u64 *)(r10 -408) = r0
 1710: r0 = *(u32 *)(r9 +8)
 1711: *(u64 *)(r10 -416) = r0
 1712: w0 = w0
 1713: *(u64 *)(r10 -416) = r0
 1714: r0 = *(u32 *)(r9 +12)
 1715: *(u64 *)(r10 -424) = r0
 1716: w0 = w0
 1717: *(u64 *)(r10 -424) = r0
 1718: r0 = *(u16 *)(r9 +16)
 1719: *(u64 *)(r10 -432) = r0
 1720: r0 &= 65535
 1721: *(u64 *)(r10 -432) = r0
 1722: r8 = *(u8 *)(r9 +18)
 1723: r8 &= 255
 1724: r4 = *(u32 *)(r9 +20)
 1725: w4 = w4
 1726: r3 = *(u32 *)(r9 +24)
 1727: w3 = w3
 1728: r2 = *(u8 *)(r9 +28)
 1729: r2 &= 255
 1730: r1 = *(u32 *)(r9 +32)
 1731: w1 = w1
 1732: r0 = *(u64 *)(r9 +40)
 1733: *(u64 *)(r10 -440) = r0
 1734: r0 = *(u64 *)(r9 +48)
 1735: *(u64 *)(r10 -448) = r0
 1736: goto +12
 1737: *(u64 *)(r10 -400) = 0
 1738: *(u64 *)(r10 -408) = 0
 1739: *(u64 *)(r10 -416) = 0
 1740: *(u64 *)(r10 -424) = 0
 1741: *(u64 *)(r10 -432) = 0
 1742: r8 = 0
 1743: r4 = 0
 1744: r3 = 0
 1745: r2 = 0
 1746: r1 = 0
 1747: *(u64 *)(r10 -440) = 0
 1748: *(u64 *)(r10 -448) = 0
      ; write var30, v126
 1749: r0 = *(u64 *)(r10 -400)
 1750: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1751: r0 = *(u64 *)(r10 -408)
 1752: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1753: r0 = *(u64 *)(r10 -416)
 1754: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1755: r0 = *(u64 *)(r10 -424)
 1756: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1757: r0 = *(u64 *)(r10 -432)
 1758: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1759: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1760: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1761: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1762: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1763: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1764: r0 = *(u64 *)(r10 -440)
 1765: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1766: r0 = *(u64 *)(r10 -448)
 1767: *(u64 *)(r10 -208) = r0
 1768: if r9 == 0 goto +156
      ; v138: bit<32> = read_field hdr2.ackNo
 1769: r1 = 0
 1770: r0 = *(u64 *)(r10 -384)
 1771: if r0 == 0 goto +2
 1772: r0 = *(u64 *)(r10 -384)
 1773: r1 = *(u32 *)(r0 +8)
 1774: r1 = be32 r1
      ; v139: bit<32> = read var30
 1775: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1776: r1 -= r2
 1777: w1 = w1
      ; write var42, v140
 1778: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1779: r3 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
      ; v144: bit<32> = read var42
 1780: r2 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1781: w1 = -2147483648
      ; v146: bool = lt v144, v145
      ; v147: bool = logical_and v143, v146
 1782: if r3 == 0 goto +8
 1783: if r2 >= r1 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1784: r1 = 0
 1785: r0 = *(u64 *)(r10 -384)
 1786: if r0 == 0 goto +2
 1787: r0 = *(u64 *)(r10 -384)
 1788: r1 = *(u32 *)(r0 +8)
 1789: r1 = be32 r1
      ; write var30, v148
 1790: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1791: r3 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
      ; v152: bit<32> = read_field hdr2.ackNo
 1792: r2 = 0
 1793: r0 = *(u64 *)(r10 -384)
 1794: if r0 == 0 goto +2
 1795: r0 = *(u64 *)(r10 -384)
 1796: r2 = *(u32 *)(r0 +8)
 1797: r2 = be32 r2
      ; v153: bit<32> = read var39
 1798: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1799: r2 -= r1
 1800: w2 = w2
      ; v155: bit<32> = const 0x80000000
 1801: w1 = -2147483648
      ; v156: bool = lt v154, v155
      ; v157: bool = logical_and v151, v156
 1802: if r3 != 1 goto +6
 1803: if r2 >= r1 goto +5
      ; v158: bit<64> = read var10
 1804: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1805: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1806: r1 -= r2
      ; write var41, v160
 1807: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
      ; write var38, v161
 1808: *(u8 *)(r10 -20) = 0
      ; v162: bit<32> = read var31
 1809: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1810: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1811: r1 -= r2
 1812: w1 = w1
      ; write var32, v164
 1813: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1814: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1815: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1816: r3 = 1
 1817: if r1 != 0 goto +1
 1818: r3 = 0
      ; v170: bit<8> = read var20
 1819: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1820: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1821: if r3 != 0 goto +1
 1822: r1 = r2
      ; write var43, v172
 1823: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1824: r1 = 0
 1825: r0 = *(u64 *)(r10 -384)
 1826: if r0 == 0 goto +2
 1827: r0 = *(u64 *)(r10 -384)
 1828: r1 = *(u16 *)(r0 +14)
 1829: r1 = be16 r1
      ; v174: bit<32> = cast v173
      ; v175: bit<8> = read var43
 1830: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1831: if r2 >= 32 goto +3
 1832: r1 <<= r2
 1833: w1 = w1
 1834: goto +1
 1835: r1 = 0
      ; write var33, v176
 1836: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1837: r1 = 0
 1838: r0 = *(u64 *)(r10 -392)
 1839: if r0 == 0 goto +2
 1840: r0 = *(u64 *)(r10 -392)
 1841: r1 = *(u32 *)(r0 +16)
 1842: *(u64 *)(r10 -400) = r1
 1843: r0 = *(u64 *)(r10 -400)
 1844: r0 = be32 r0
 1845: *(u64 *)(r10 -400) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1846: r9 = 0
 1847: r0 = *(u64 *)(r10 -392)
 1848: if r0 == 0 goto +2
 1849: r0 = *(u64 *)(r10 -392)
 1850: r9 = *(u32 *)(r0 +12)
 1851: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1852: r8 = 0
 1853: r0 = *(u64 *)(r10 -384)
 1854: if r0 == 0 goto +2
 1855: r0 = *(u64 *)(r10 -384)
 1856: r8 = *(u16 *)(r0 +2)
 1857: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1858: r4 = 0
 1859: r0 = *(u64 *)(r10 -384)
 1860: if r0 == 0 goto +2
 1861: r0 = *(u64 *)(r10 -384)
 1862: r4 = *(u16 *)(r0 +0)
 1863: r4 = be16 r4
      ; v181: bit<32> = read var30
 1864: r0 = *(u32 *)(r10 -68)
 1865: *(u64 *)(r10 -384) = r0
      ; v182: bit<32> = read var31
 1866: r0 = *(u32 *)(r10 -64)
 1867: *(u64 *)(r10 -392) = r0
      ; v183: bit<32> = read var32
 1868: r0 = *(u32 *)(r10 -60)
 1869: *(u64 *)(r10 -408) = r0
      ; v184: bit<32> = read var33
 1870: r0 = *(u32 *)(r10 -56)
 1871: *(u64 *)(r10 -416) = r0
      ; v185: bit<16> = read var34
 1872: r0 = *(u16 *)(r10 -30)
 1873: *(u64 *)(r10 -424) = r0
      ; v186: bit<8> = read var35
 1874: r0 = *(u8 *)(r10 -21)
 1875: *(u64 *)(r10 -432) = r0
      ; v187: bit<32> = read var36
 1876: r0 = *(u32 *)(r10 -52)
 1877: *(u64 *)(r10 -440) = r0
      ; v188: bit<32> = read var37
 1878: r0 = *(u32 *)(r10 -48)
 1879: *(u64 *)(r10 -448) = r0
      ; v189: bit<8> = read var38
 1880: r0 = *(u8 *)(r10 -20)
 1881: *(u64 *)(r10 -456) = r0
      ; v190: bit<32> = read var39
 1882: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 1883: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 1884: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 1885: r0 = *(u64 *)(r10 -400)
 1886: *(u32 *)(r10 -280) = r0
 1887: *(u32 *)(r10 -276) = r9
 1888: *(u16 *)(r10 -272) = r8
 1889: *(u16 *)(r10 -270) = r4
 1890: *(u64 *)(r10 -352) = 0
 1891: *(u64 *)(r10 -344) = 0
 1892: *(u64 *)(r10 -336) = 0
 1893: r0 = *(u64 *)(r10 -384)
 1894: *(u32 *)(r10 -368) = r0
 1895: r0 = *(u64 *)(r10 -392)
 1896: *(u32 *)(r10 -364) = r0
 1897: r0 = *(u64 *)(r10 -408)
 1898: *(u32 *)(r10 -360) = r0
 1899: r0 = *(u64 *)(r10 -416)
 1900: *(u32 *)(r10 -356) = r0
 1901: r0 = *(u64 *)(r10 -424)
 1902: *(u16 *)(r10 -352) = r0
 1903: r0 = *(u64 *)(r10 -432)
 1904: *(u8 *)(r10 -350) = r0
 1905: r0 = *(u64 *)(r10 -440)
 1906: *(u32 *)(r10 -348) = r0
 1907: r0 = *(u64 *)(r10 -448)
 1908: *(u32 *)(r10 -344) = r0
 1909: r0 = *(u64 *)(r10 -456)
 1910: *(u8 *)(r10 -340) = r0
 1911: *(u32 *)(r10 -336) = r3
 1912: *(u64 *)(r10 -328) = r2
 1913: *(u64 *)(r10 -320) = r1
 1914: r1 = map[pipe_flows] ll
 1916: r2 = r10
 1917: r2 += -280
 1918: r3 = r10
 1919: r3 += -368
 1920: r4 = 0
 1921: call bpf_map_update_elem
 1922: goto +2
      ; drop
 1923: r0 = 2
 1924: exit
      ; epilogue: verdict
 1925: r0 = 0
 1926: exit
