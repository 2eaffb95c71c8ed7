; dapper for classifier: 1926 instructions, stack 472 bytes, 1 maps
      ; prologue: save ctx, packet pointers, inputs
    0: r6 = *(u32 *)(r1 +76)
    1: r7 = *(u32 *)(r1 +80)
    2: *(u64 *)(r10 -16) = 0
    3: *(u64 *)(r10 -240) = 0
    4: *(u64 *)(r10 -232) = 0
    5: *(u64 *)(r10 -224) = 0
    6: *(u64 *)(r10 -216) = 0
    7: *(u64 *)(r10 -208) = 0
    8: *(u64 *)(r10 -200) = 0
    9: *(u64 *)(r10 -192) = 0
   10: *(u64 *)(r10 -184) = 0
   11: *(u64 *)(r10 -176) = 0
   12: *(u64 *)(r10 -168) = 0
   13: *(u64 *)(r10 -160) = 0
   14: *(u64 *)(r10 -152) = 0
   15: *(u64 *)(r10 -144) = 0
   16: *(u64 *)(r10 -136) = 0
   17: *(u64 *)(r10 -128) = 0
   18: *(u64 *)(r10 -120) = 0
   19: *(u64 *)(r10 -112) = 0
   20: *(u64 *)(r10 -104) = 0
   21: *(u64 *)(r10 -96) = 0
   22: *(u64 *)(r10 -88) = 0
   23: *(u64 *)(r10 -80) = 0
   24: *(u64 *)(r10 -72) = 0
   25: *(u64 *)(r10 -64) = 0
   26: *(u64 *)(r10 -56) = 0
   27: *(u64 *)(r10 -48) = 0
   28: *(u64 *)(r10 -40) = 0
   29: *(u64 *)(r10 -32) = 0
   30: *(u64 *)(r10 -24) = 0
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   31: r3 = *(u64 *)(r10 -16)
   32: if r3 > 16383 goto +1889
   33: r2 = r6
   34: r2 += r3
   35: r1 = r2
   36: r1 += 14
   37: if r1 <= r7 goto +1
   38: goto +1883
   39: r1 = r3
   40: r1 += 1
   41: *(u32 *)(r10 -200) = r1
   42: r3 += 14
   43: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   44: r1 = *(u16 *)(r2 +12)
   45: if r1 != 8 goto +1219
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   46: r2 = *(u64 *)(r10 -16)
   47: if r2 > 16383 goto +1874
   48: r3 = r6
   49: r3 += r2
   50: r1 = r3
   51: r1 += 20
   52: if r1 <= r7 goto +1
   53: goto +1868
   54: r1 = r2
   55: r1 += 1
   56: *(u32 *)(r10 -196) = r1
   57: r2 += 20
   58: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   59: r1 = *(u8 *)(r3 +0)
   60: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   61: if r1 < 5 goto +1860
      ; v4: bit<4> = read_field hdr1.ihl
   62: r2 = *(u8 *)(r3 +0)
   63: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   64: r2 -= 5
   65: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   66: r2 *= 32
   67: w2 = w2
      ; advance v9
   68: r1 = r2
   69: r1 &= 7
   70: if r1 != 0 goto +1851
   71: r1 = r2
   72: r1 >>= 3
   73: r2 = *(u64 *)(r10 -16)
   74: r2 += r1
   75: if r2 > 16383 goto +1846
   76: r1 = r6
   77: r1 += r2
   78: if r1 <= r7 goto +1
   79: goto +1842
   80: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   81: r2 = *(u16 *)(r3 +6)
   82: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   83: r1 = *(u8 *)(r3 +9)
   84: if r2 != 0 goto +1180
   85: if r1 != 6 goto +1179
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   86: r3 = *(u64 *)(r10 -16)
   87: if r3 > 16383 goto +1834
   88: r2 = r6
   89: r2 += r3
   90: r1 = r2
   91: r1 += 20
   92: if r1 <= r7 goto +1
   93: goto +1828
   94: r1 = r3
   95: r1 += 1
   96: *(u32 *)(r10 -192) = r1
   97: r3 += 20
   98: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
   99: r1 = *(u8 *)(r2 +12)
  100: r1 >>= 4
  101: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
  102: if r1 < 5 goto +1819
      ; v15: bit<4> = read_field hdr2.dataOffset
  103: r1 = *(u8 *)(r2 +12)
  104: r1 >>= 4
  105: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  106: r1 -= 5
  107: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  108: r1 *= 4
  109: r1 &= 65535
      ; write var2, v20
  110: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  111: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  112: r1 = *(u8 *)(r10 -28)
  113: if r2 == 0 goto +1151
  114: if r1 == 10 goto +1150
      ; prs: block5 (parse_option)
      ; extract hdr3
  115: r3 = *(u64 *)(r10 -16)
  116: if r3 > 16383 goto +1805
  117: r2 = r6
  118: r2 += r3
  119: r1 = r2
  120: r1 += 1
  121: if r1 <= r7 goto +1
  122: goto +1799
  123: r1 = r3
  124: r1 += 1
  125: *(u32 *)(r10 -188) = r1
  126: r3 += 1
  127: *(u64 *)(r10 -16) = r3
      ; v23: bit<8> = read var3
  128: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
      ; v25: bit<8> = add v23, v24
  129: r1 += 1
  130: r1 &= 255
      ; write var3, v25
  131: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  132: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
      ; v28: bit<16> = sub v26, v27
  133: r1 -= 1
  134: r1 &= 65535
      ; write var2, v28
  135: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  136: r1 = *(u8 *)(r2 +0)
  137: if r1 == 0 goto +1127
  138: if r1 == 1 goto +87
  139: if r1 == 2 goto +70
  140: if r1 == 3 goto +52
  141: if r1 == 8 goto +36
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  142: r1 = *(u64 *)(r10 -16)
  143: if r1 > 16383 goto +1778
  144: r2 = r6
  145: r2 += r1
  146: r1 = r2
  147: r1 += 1
  148: if r1 <= r7 goto +1
  149: goto +1772
  150: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  151: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  152: r1 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
      ; verify v33, error HeaderTooShort
  153: if r1 < 2 goto +1768
      ; v34: bit<8> = read var9
  154: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
      ; v36: bit<32> = const 1
      ; v37: bit<32> = sub v35, v36
  155: r2 -= 1
  156: w2 = w2
      ; v38: bit<32> = const 8
      ; v39: bit<32> = mul v37, v38
  157: r2 *= 8
  158: w2 = w2
      ; advance v39
  159: r1 = r2
  160: r1 &= 7
  161: if r1 != 0 goto +1760
  162: r1 = r2
  163: r1 >>= 3
  164: r2 = *(u64 *)(r10 -16)
  165: r2 += r1
  166: if r2 > 16383 goto +1755
  167: r1 = r6
  168: r1 += r2
  169: if r1 <= r7 goto +1
  170: goto +1751
  171: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  172: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  173: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
      ; v43: bit<16> = const 1
      ; v44: bit<16> = sub v42, v43
  174: r2 -= 1
  175: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  176: r1 -= r2
  177: goto +29
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  178: r2 = *(u64 *)(r10 -16)
  179: if r2 > 16383 goto +1742
  180: r1 = r6
  181: r1 += r2
  182: r1 += 9
  183: if r1 <= r7 goto +1
  184: goto +1737
  185: r1 = r2
  186: r1 += 1
  187: *(u32 *)(r10 -140) = r1
  188: r2 += 9
  189: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  190: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
      ; v48: bit<16> = sub v46, v47
  191: r1 -= 9
  192: goto +14
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  193: r2 = *(u64 *)(r10 -16)
  194: if r2 > 16383 goto +1727
  195: r1 = r6
  196: r1 += r2
  197: r1 += 2
  198: if r1 <= r7 goto +1
  199: goto +1722
  200: r1 = r2
  201: r1 += 1
  202: *(u32 *)(r10 -144) = r1
  203: r2 += 2
  204: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  205: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  206: r1 -= 2
  207: r1 &= 65535
      ; write var2, v51
  208: *(u16 *)(r10 -36) = r1
  209: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  210: r2 = *(u64 *)(r10 -16)
  211: if r2 > 16383 goto +1710
  212: r1 = r6
  213: r1 += r2
  214: r1 += 3
  215: if r1 <= r7 goto +1
  216: goto +1705
  217: r1 = r2
  218: r1 += 1
  219: *(u32 *)(r10 -148) = r1
  220: r2 += 3
  221: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  222: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  223: r1 -= 3
  224: r1 &= 65535
      ; write var2, v54
  225: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  226: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  227: r1 = *(u8 *)(r10 -28)
  228: if r2 == 0 goto +1036
  229: if r1 == 10 goto +1035
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  230: r3 = *(u64 *)(r10 -16)
  231: if r3 > 16383 goto +1690
  232: r2 = r6
  233: r2 += r3
  234: r1 = r2
  235: r1 += 1
  236: if r1 <= r7 goto +1
  237: goto +1684
  238: r1 = r3
  239: r1 += 1
  240: *(u32 *)(r10 -184) = r1
  241: r3 += 1
  242: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  243: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  244: r1 += 1
  245: r1 &= 255
      ; write var3, v59
  246: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  247: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  248: r1 -= 1
  249: r1 &= 65535
      ; write var2, v62
  250: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  251: r1 = *(u8 *)(r2 +0)
  252: if r1 == 0 goto +1012
  253: if r1 == 1 goto +87
  254: if r1 == 2 goto +70
  255: if r1 == 3 goto +52
  256: if r1 == 8 goto +36
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  257: r1 = *(u64 *)(r10 -16)
  258: if r1 > 16383 goto +1663
  259: r2 = r6
  260: r2 += r1
  261: r1 = r2
  262: r1 += 1
  263: if r1 <= r7 goto +1
  264: goto +1657
  265: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  266: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  267: r1 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
      ; verify v67, error HeaderTooShort
  268: if r1 < 2 goto +1653
      ; v68: bit<8> = read var9
  269: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  270: r2 -= 1
  271: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  272: r2 *= 8
  273: w2 = w2
      ; advance v73
  274: r1 = r2
  275: r1 &= 7
  276: if r1 != 0 goto +1645
  277: r1 = r2
  278: r1 >>= 3
  279: r2 = *(u64 *)(r10 -16)
  280: r2 += r1
  281: if r2 > 16383 goto +1640
  282: r1 = r6
  283: r1 += r2
  284: if r1 <= r7 goto +1
  285: goto +1636
  286: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  287: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  288: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
      ; v77: bit<16> = const 1
      ; v78: bit<16> = sub v76, v77
  289: r2 -= 1
  290: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  291: r1 -= r2
  292: goto +29
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  293: r2 = *(u64 *)(r10 -16)
  294: if r2 > 16383 goto +1627
  295: r1 = r6
  296: r1 += r2
  297: r1 += 9
  298: if r1 <= r7 goto +1
  299: goto +1622
  300: r1 = r2
  301: r1 += 1
  302: *(u32 *)(r10 -140) = r1
  303: r2 += 9
  304: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  305: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
      ; v82: bit<16> = sub v80, v81
  306: r1 -= 9
  307: goto +14
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  308: r2 = *(u64 *)(r10 -16)
  309: if r2 > 16383 goto +1612
  310: r1 = r6
  311: r1 += r2
  312: r1 += 2
  313: if r1 <= r7 goto +1
  314: goto +1607
  315: r1 = r2
  316: r1 += 1
  317: *(u32 *)(r10 -144) = r1
  318: r2 += 2
  319: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  320: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
      ; v85: bit<16> = sub v83, v84
  321: r1 -= 2
  322: r1 &= 65535
      ; write var2, v85
  323: *(u16 *)(r10 -36) = r1
  324: goto +16
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  325: r2 = *(u64 *)(r10 -16)
  326: if r2 > 16383 goto +1595
  327: r1 = r6
  328: r1 += r2
  329: r1 += 3
  330: if r1 <= r7 goto +1
  331: goto +1590
  332: r1 = r2
  333: r1 += 1
  334: *(u32 *)(r10 -148) = r1
  335: r2 += 3
  336: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  337: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
      ; v88: bit<16> = sub v86, v87
  338: r1 -= 3
  339: r1 &= 65535
      ; write var2, v88
  340: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  341: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  342: r1 = *(u8 *)(r10 -28)
  343: if r2 == 0 goto +921
  344: if r1 == 10 goto +920
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  345: r3 = *(u64 *)(r10 -16)
  346: if r3 > 16383 goto +1575
  347: r2 = r6
  348: r2 += r3
  349: r1 = r2
  350: r1 += 1
  351: if r1 <= r7 goto +1
  352: goto +1569
  353: r1 = r3
  354: r1 += 1
  355: *(u32 *)(r10 -180) = r1
  356: r3 += 1
  357: *(u64 *)(r10 -16) = r3
      ; v91: bit<8> = read var3
  358: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
      ; v93: bit<8> = add v91, v92
  359: r1 += 1
  360: r1 &= 255
      ; write var3, v93
  361: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  362: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
      ; v96: bit<16> = sub v94, v95
  363: r1 -= 1
  364: r1 &= 65535
      ; write var2, v96
  365: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  366: r1 = *(u8 *)(r2 +0)
  367: if r1 == 0 goto +897
  368: if r1 == 1 goto +87
  369: if r1 == 2 goto +70
  370: if r1 == 3 goto +52
  371: if r1 == 8 goto +36
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  372: r1 = *(u64 *)(r10 -16)
  373: if r1 > 16383 goto +1548
  374: r2 = r6
  375: r2 += r1
  376: r1 = r2
  377: r1 += 1
  378: if r1 <= r7 goto +1
  379: goto +1542
  380: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  381: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  382: r1 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
      ; verify v101, error HeaderTooShort
  383: if r1 < 2 goto +1538
      ; v102: bit<8> = read var9
  384: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  385: r2 -= 1
  386: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  387: r2 *= 8
  388: w2 = w2
      ; advance v107
  389: r1 = r2
  390: r1 &= 7
  391: if r1 != 0 goto +1530
  392: r1 = r2
  393: r1 >>= 3
  394: r2 = *(u64 *)(r10 -16)
  395: r2 += r1
  396: if r2 > 16383 goto +1525
  397: r1 = r6
  398: r1 += r2
  399: if r1 <= r7 goto +1
  400: goto +1521
  401: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  402: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  403: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  404: r2 -= 1
  405: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  406: r1 -= r2
  407: goto +29
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  408: r2 = *(u64 *)(r10 -16)
  409: if r2 > 16383 goto +1512
  410: r1 = r6
  411: r1 += r2
  412: r1 += 9
  413: if r1 <= r7 goto +1
  414: goto +1507
  415: r1 = r2
  416: r1 += 1
  417: *(u32 *)(r10 -140) = r1
  418: r2 += 9
  419: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  420: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  421: r1 -= 9
  422: goto +14
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  423: r2 = *(u64 *)(r10 -16)
  424: if r2 > 16383 goto +1497
  425: r1 = r6
  426: r1 += r2
  427: r1 += 2
  428: if r1 <= r7 goto +1
  429: goto +1492
  430: r1 = r2
  431: r1 += 1
  432: *(u32 *)(r10 -144) = r1
  433: r2 += 2
  434: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  435: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  436: r1 -= 2
  437: r1 &= 65535
      ; write var2, v119
  438: *(u16 *)(r10 -36) = r1
  439: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  440: r2 = *(u64 *)(r10 -16)
  441: if r2 > 16383 goto +1480
  442: r1 = r6
  443: r1 += r2
  444: r1 += 3
  445: if r1 <= r7 goto +1
  446: goto +1475
  447: r1 = r2
  448: r1 += 1
  449: *(u32 *)(r10 -148) = r1
  450: r2 += 3
  451: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  452: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  453: r1 -= 3
  454: r1 &= 65535
      ; write var2, v122
  455: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  456: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  457: r1 = *(u8 *)(r10 -28)
  458: if r2 == 0 goto +806
  459: if r1 == 10 goto +805
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  460: r3 = *(u64 *)(r10 -16)
  461: if r3 > 16383 goto +1460
  462: r2 = r6
  463: r2 += r3
  464: r1 = r2
  465: r1 += 1
  466: if r1 <= r7 goto +1
  467: goto +1454
  468: r1 = r3
  469: r1 += 1
  470: *(u32 *)(r10 -176) = r1
  471: r3 += 1
  472: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  473: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  474: r1 += 1
  475: r1 &= 255
      ; write var3, v127
  476: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  477: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  478: r1 -= 1
  479: r1 &= 65535
      ; write var2, v130
  480: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  481: r1 = *(u8 *)(r2 +0)
  482: if r1 == 0 goto +782
  483: if r1 == 1 goto +87
  484: if r1 == 2 goto +70
  485: if r1 == 3 goto +52
  486: if r1 == 8 goto +36
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  487: r1 = *(u64 *)(r10 -16)
  488: if r1 > 16383 goto +1433
  489: r2 = r6
  490: r2 += r1
  491: r1 = r2
  492: r1 += 1
  493: if r1 <= r7 goto +1
  494: goto +1427
  495: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  496: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  497: r1 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
      ; verify v135, error HeaderTooShort
  498: if r1 < 2 goto +1423
      ; v136: bit<8> = read var9
  499: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  500: r2 -= 1
  501: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  502: r2 *= 8
  503: w2 = w2
      ; advance v141
  504: r1 = r2
  505: r1 &= 7
  506: if r1 != 0 goto +1415
  507: r1 = r2
  508: r1 >>= 3
  509: r2 = *(u64 *)(r10 -16)
  510: r2 += r1
  511: if r2 > 16383 goto +1410
  512: r1 = r6
  513: r1 += r2
  514: if r1 <= r7 goto +1
  515: goto +1406
  516: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  517: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  518: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  519: r2 -= 1
  520: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  521: r1 -= r2
  522: goto +29
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  523: r2 = *(u64 *)(r10 -16)
  524: if r2 > 16383 goto +1397
  525: r1 = r6
  526: r1 += r2
  527: r1 += 9
  528: if r1 <= r7 goto +1
  529: goto +1392
  530: r1 = r2
  531: r1 += 1
  532: *(u32 *)(r10 -140) = r1
  533: r2 += 9
  534: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  535: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  536: r1 -= 9
  537: goto +14
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  538: r2 = *(u64 *)(r10 -16)
  539: if r2 > 16383 goto +1382
  540: r1 = r6
  541: r1 += r2
  542: r1 += 2
  543: if r1 <= r7 goto +1
  544: goto +1377
  545: r1 = r2
  546: r1 += 1
  547: *(u32 *)(r10 -144) = r1
  548: r2 += 2
  549: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  550: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  551: r1 -= 2
  552: r1 &= 65535
      ; write var2, v153
  553: *(u16 *)(r10 -36) = r1
  554: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  555: r2 = *(u64 *)(r10 -16)
  556: if r2 > 16383 goto +1365
  557: r1 = r6
  558: r1 += r2
  559: r1 += 3
  560: if r1 <= r7 goto +1
  561: goto +1360
  562: r1 = r2
  563: r1 += 1
  564: *(u32 *)(r10 -148) = r1
  565: r2 += 3
  566: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  567: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  568: r1 -= 3
  569: r1 &= 65535
      ; write var2, v156
  570: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  571: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  572: r1 = *(u8 *)(r10 -28)
  573: if r2 == 0 goto +691
  574: if r1 == 10 goto +690
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  575: r3 = *(u64 *)(r10 -16)
  576: if r3 > 16383 goto +1345
  577: r2 = r6
  578: r2 += r3
  579: r1 = r2
  580: r1 += 1
  581: if r1 <= r7 goto +1
  582: goto +1339
  583: r1 = r3
  584: r1 += 1
  585: *(u32 *)(r10 -172) = r1
  586: r3 += 1
  587: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  588: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  589: r1 += 1
  590: r1 &= 255
      ; write var3, v161
  591: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  592: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  593: r1 -= 1
  594: r1 &= 65535
      ; write var2, v164
  595: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  596: r1 = *(u8 *)(r2 +0)
  597: if r1 == 0 goto +667
  598: if r1 == 1 goto +87
  599: if r1 == 2 goto +70
  600: if r1 == 3 goto +52
  601: if r1 == 8 goto +36
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  602: r1 = *(u64 *)(r10 -16)
  603: if r1 > 16383 goto +1318
  604: r2 = r6
  605: r2 += r1
  606: r1 = r2
  607: r1 += 1
  608: if r1 <= r7 goto +1
  609: goto +1312
  610: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  611: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  612: r1 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
      ; verify v169, error HeaderTooShort
  613: if r1 < 2 goto +1308
      ; v170: bit<8> = read var9
  614: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  615: r2 -= 1
  616: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  617: r2 *= 8
  618: w2 = w2
      ; advance v175
  619: r1 = r2
  620: r1 &= 7
  621: if r1 != 0 goto +1300
  622: r1 = r2
  623: r1 >>= 3
  624: r2 = *(u64 *)(r10 -16)
  625: r2 += r1
  626: if r2 > 16383 goto +1295
  627: r1 = r6
  628: r1 += r2
  629: if r1 <= r7 goto +1
  630: goto +1291
  631: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  632: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  633: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  634: r2 -= 1
  635: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  636: r1 -= r2
  637: goto +29
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  638: r2 = *(u64 *)(r10 -16)
  639: if r2 > 16383 goto +1282
  640: r1 = r6
  641: r1 += r2
  642: r1 += 9
  643: if r1 <= r7 goto +1
  644: goto +1277
  645: r1 = r2
  646: r1 += 1
  647: *(u32 *)(r10 -140) = r1
  648: r2 += 9
  649: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  650: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  651: r1 -= 9
  652: goto +14
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  653: r2 = *(u64 *)(r10 -16)
  654: if r2 > 16383 goto +1267
  655: r1 = r6
  656: r1 += r2
  657: r1 += 2
  658: if r1 <= r7 goto +1
  659: goto +1262
  660: r1 = r2
  661: r1 += 1
  662: *(u32 *)(r10 -144) = r1
  663: r2 += 2
  664: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  665: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  666: r1 -= 2
  667: r1 &= 65535
      ; write var2, v187
  668: *(u16 *)(r10 -36) = r1
  669: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  670: r2 = *(u64 *)(r10 -16)
  671: if r2 > 16383 goto +1250
  672: r1 = r6
  673: r1 += r2
  674: r1 += 3
  675: if r1 <= r7 goto +1
  676: goto +1245
  677: r1 = r2
  678: r1 += 1
  679: *(u32 *)(r10 -148) = r1
  680: r2 += 3
  681: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  682: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  683: r1 -= 3
  684: r1 &= 65535
      ; write var2, v190
  685: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  686: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  687: r1 = *(u8 *)(r10 -28)
  688: if r2 == 0 goto +576
  689: if r1 == 10 goto +575
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  690: r3 = *(u64 *)(r10 -16)
  691: if r3 > 16383 goto +1230
  692: r2 = r6
  693: r2 += r3
  694: r1 = r2
  695: r1 += 1
  696: if r1 <= r7 goto +1
  697: goto +1224
  698: r1 = r3
  699: r1 += 1
  700: *(u32 *)(r10 -168) = r1
  701: r3 += 1
  702: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  703: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  704: r1 += 1
  705: r1 &= 255
      ; write var3, v195
  706: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  707: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  708: r1 -= 1
  709: r1 &= 65535
      ; write var2, v198
  710: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  711: r1 = *(u8 *)(r2 +0)
  712: if r1 == 0 goto +552
  713: if r1 == 1 goto +87
  714: if r1 == 2 goto +70
  715: if r1 == 3 goto +52
  716: if r1 == 8 goto +36
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  717: r1 = *(u64 *)(r10 -16)
  718: if r1 > 16383 goto +1203
  719: r2 = r6
  720: r2 += r1
  721: r1 = r2
  722: r1 += 1
  723: if r1 <= r7 goto +1
  724: goto +1197
  725: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  726: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  727: r1 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
      ; verify v203, error HeaderTooShort
  728: if r1 < 2 goto +1193
      ; v204: bit<8> = read var9
  729: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  730: r2 -= 1
  731: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  732: r2 *= 8
  733: w2 = w2
      ; advance v209
  734: r1 = r2
  735: r1 &= 7
  736: if r1 != 0 goto +1185
  737: r1 = r2
  738: r1 >>= 3
  739: r2 = *(u64 *)(r10 -16)
  740: r2 += r1
  741: if r2 > 16383 goto +1180
  742: r1 = r6
  743: r1 += r2
  744: if r1 <= r7 goto +1
  745: goto +1176
  746: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  747: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  748: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  749: r2 -= 1
  750: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  751: r1 -= r2
  752: goto +29
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  753: r2 = *(u64 *)(r10 -16)
  754: if r2 > 16383 goto +1167
  755: r1 = r6
  756: r1 += r2
  757: r1 += 9
  758: if r1 <= r7 goto +1
  759: goto +1162
  760: r1 = r2
  761: r1 += 1
  762: *(u32 *)(r10 -140) = r1
  763: r2 += 9
  764: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  765: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  766: r1 -= 9
  767: goto +14
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  768: r2 = *(u64 *)(r10 -16)
  769: if r2 > 16383 goto +1152
  770: r1 = r6
  771: r1 += r2
  772: r1 += 2
  773: if r1 <= r7 goto +1
  774: goto +1147
  775: r1 = r2
  776: r1 += 1
  777: *(u32 *)(r10 -144) = r1
  778: r2 += 2
  779: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  780: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  781: r1 -= 2
  782: r1 &= 65535
      ; write var2, v221
  783: *(u16 *)(r10 -36) = r1
  784: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  785: r2 = *(u64 *)(r10 -16)
  786: if r2 > 16383 goto +1135
  787: r1 = r6
  788: r1 += r2
  789: r1 += 3
  790: if r1 <= r7 goto +1
  791: goto +1130
  792: r1 = r2
  793: r1 += 1
  794: *(u32 *)(r10 -148) = r1
  795: r2 += 3
  796: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  797: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  798: r1 -= 3
  799: r1 &= 65535
      ; write var2, v224
  800: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  801: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  802: r1 = *(u8 *)(r10 -28)
  803: if r2 == 0 goto +461
  804: if r1 == 10 goto +460
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  805: r3 = *(u64 *)(r10 -16)
  806: if r3 > 16383 goto +1115
  807: r2 = r6
  808: r2 += r3
  809: r1 = r2
  810: r1 += 1
  811: if r1 <= r7 goto +1
  812: goto +1109
  813: r1 = r3
  814: r1 += 1
  815: *(u32 *)(r10 -164) = r1
  816: r3 += 1
  817: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  818: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  819: r1 += 1
  820: r1 &= 255
      ; write var3, v229
  821: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  822: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  823: r1 -= 1
  824: r1 &= 65535
      ; write var2, v232
  825: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  826: r1 = *(u8 *)(r2 +0)
  827: if r1 == 0 goto +437
  828: if r1 == 1 goto +87
  829: if r1 == 2 goto +70
  830: if r1 == 3 goto +52
  831: if r1 == 8 goto +36
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  832: r1 = *(u64 *)(r10 -16)
  833: if r1 > 16383 goto +1088
  834: r2 = r6
  835: r2 += r1
  836: r1 = r2
  837: r1 += 1
  838: if r1 <= r7 goto +1
  839: goto +1082
  840: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  841: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  842: r1 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
      ; verify v237, error HeaderTooShort
  843: if r1 < 2 goto +1078
      ; v238: bit<8> = read var9
  844: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  845: r2 -= 1
  846: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  847: r2 *= 8
  848: w2 = w2
      ; advance v243
  849: r1 = r2
  850: r1 &= 7
  851: if r1 != 0 goto +1070
  852: r1 = r2
  853: r1 >>= 3
  854: r2 = *(u64 *)(r10 -16)
  855: r2 += r1
  856: if r2 > 16383 goto +1065
  857: r1 = r6
  858: r1 += r2
  859: if r1 <= r7 goto +1
  860: goto +1061
  861: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  862: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  863: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  864: r2 -= 1
  865: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  866: r1 -= r2
  867: goto +29
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  868: r2 = *(u64 *)(r10 -16)
  869: if r2 > 16383 goto +1052
  870: r1 = r6
  871: r1 += r2
  872: r1 += 9
  873: if r1 <= r7 goto +1
  874: goto +1047
  875: r1 = r2
  876: r1 += 1
  877: *(u32 *)(r10 -140) = r1
  878: r2 += 9
  879: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  880: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  881: r1 -= 9
  882: goto +14
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  883: r2 = *(u64 *)(r10 -16)
  884: if r2 > 16383 goto +1037
  885: r1 = r6
  886: r1 += r2
  887: r1 += 2
  888: if r1 <= r7 goto +1
  889: goto +1032
  890: r1 = r2
  891: r1 += 1
  892: *(u32 *)(r10 -144) = r1
  893: r2 += 2
  894: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  895: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  896: r1 -= 2
  897: r1 &= 65535
      ; write var2, v255
  898: *(u16 *)(r10 -36) = r1
  899: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  900: r2 = *(u64 *)(r10 -16)
  901: if r2 > 16383 goto +1020
  902: r1 = r6
  903: r1 += r2
  904: r1 += 3
  905: if r1 <= r7 goto +1
  906: goto +1015
  907: r1 = r2
  908: r1 += 1
  909: *(u32 *)(r10 -148) = r1
  910: r2 += 3
  911: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  912: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  913: r1 -= 3
  914: r1 &= 65535
      ; write var2, v258
  915: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  916: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  917: r1 = *(u8 *)(r10 -28)
  918: if r2 == 0 goto +346
  919: if r1 == 10 goto +345
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  920: r3 = *(u64 *)(r10 -16)
  921: if r3 > 16383 goto +1000
  922: r2 = r6
  923: r2 += r3
  924: r1 = r2
  925: r1 += 1
  926: if r1 <= r7 goto +1
  927: goto +994
  928: r1 = r3
  929: r1 += 1
  930: *(u32 *)(r10 -160) = r1
  931: r3 += 1
  932: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
  933: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
  934: r1 += 1
  935: r1 &= 255
      ; write var3, v263
  936: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
  937: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
  938: r1 -= 1
  939: r1 &= 65535
      ; write var2, v266
  940: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
  941: r1 = *(u8 *)(r2 +0)
  942: if r1 == 0 goto +322
  943: if r1 == 1 goto +87
  944: if r1 == 2 goto +70
  945: if r1 == 3 goto +52
  946: if r1 == 8 goto +36
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
  947: r1 = *(u64 *)(r10 -16)
  948: if r1 > 16383 goto +973
  949: r2 = r6
  950: r2 += r1
  951: r1 = r2
  952: r1 += 1
  953: if r1 <= r7 goto +1
  954: goto +967
  955: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
  956: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
  957: r1 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
      ; verify v271, error HeaderTooShort
  958: if r1 < 2 goto +963
      ; v272: bit<8> = read var9
  959: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
  960: r2 -= 1
  961: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
  962: r2 *= 8
  963: w2 = w2
      ; advance v277
  964: r1 = r2
  965: r1 &= 7
  966: if r1 != 0 goto +955
  967: r1 = r2
  968: r1 >>= 3
  969: r2 = *(u64 *)(r10 -16)
  970: r2 += r1
  971: if r2 > 16383 goto +950
  972: r1 = r6
  973: r1 += r2
  974: if r1 <= r7 goto +1
  975: goto +946
  976: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
  977: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
  978: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
  979: r2 -= 1
  980: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
  981: r1 -= r2
  982: goto +29
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
  983: r2 = *(u64 *)(r10 -16)
  984: if r2 > 16383 goto +937
  985: r1 = r6
  986: r1 += r2
  987: r1 += 9
  988: if r1 <= r7 goto +1
  989: goto +932
  990: r1 = r2
  991: r1 += 1
  992: *(u32 *)(r10 -140) = r1
  993: r2 += 9
  994: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
  995: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
  996: r1 -= 9
  997: goto +14
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
  998: r2 = *(u64 *)(r10 -16)
  999: if r2 > 16383 goto +922
 1000: r1 = r6
 1001: r1 += r2
 1002: r1 += 2
 1003: if r1 <= r7 goto +1
 1004: goto +917
 1005: r1 = r2
 1006: r1 += 1
 1007: *(u32 *)(r10 -144) = r1
 1008: r2 += 2
 1009: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1010: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1011: r1 -= 2
 1012: r1 &= 65535
      ; write var2, v289
 1013: *(u16 *)(r10 -36) = r1
 1014: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1015: r2 = *(u64 *)(r10 -16)
 1016: if r2 > 16383 goto +905
 1017: r1 = r6
 1018: r1 += r2
 1019: r1 += 3
 1020: if r1 <= r7 goto +1
 1021: goto +900
 1022: r1 = r2
 1023: r1 += 1
 1024: *(u32 *)(r10 -148) = r1
 1025: r2 += 3
 1026: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1027: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1028: r1 -= 3
 1029: r1 &= 65535
      ; write var2, v292
 1030: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1031: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1032: r1 = *(u8 *)(r10 -28)
 1033: if r2 == 0 goto +231
 1034: if r1 == 10 goto +230
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1035: r3 = *(u64 *)(r10 -16)
 1036: if r3 > 16383 goto +885
 1037: r2 = r6
 1038: r2 += r3
 1039: r1 = r2
 1040: r1 += 1
 1041: if r1 <= r7 goto +1
 1042: goto +879
 1043: r1 = r3
 1044: r1 += 1
 1045: *(u32 *)(r10 -156) = r1
 1046: r3 += 1
 1047: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1048: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1049: r1 += 1
 1050: r1 &= 255
      ; write var3, v297
 1051: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1052: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1053: r1 -= 1
 1054: r1 &= 65535
      ; write var2, v300
 1055: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1056: r1 = *(u8 *)(r2 +0)
 1057: if r1 == 0 goto +207
 1058: if r1 == 1 goto +87
 1059: if r1 == 2 goto +70
 1060: if r1 == 3 goto +52
 1061: if r1 == 8 goto +36
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1062: r1 = *(u64 *)(r10 -16)
 1063: if r1 > 16383 goto +858
 1064: r2 = r6
 1065: r2 += r1
 1066: r1 = r2
 1067: r1 += 1
 1068: if r1 <= r7 goto +1
 1069: goto +852
 1070: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1071: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1072: r1 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
      ; verify v305, error HeaderTooShort
 1073: if r1 < 2 goto +848
      ; v306: bit<8> = read var9
 1074: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1075: r2 -= 1
 1076: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1077: r2 *= 8
 1078: w2 = w2
      ; advance v311
 1079: r1 = r2
 1080: r1 &= 7
 1081: if r1 != 0 goto +840
 1082: r1 = r2
 1083: r1 >>= 3
 1084: r2 = *(u64 *)(r10 -16)
 1085: r2 += r1
 1086: if r2 > 16383 goto +835
 1087: r1 = r6
 1088: r1 += r2
 1089: if r1 <= r7 goto +1
 1090: goto +831
 1091: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1092: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1093: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1094: r2 -= 1
 1095: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1096: r1 -= r2
 1097: goto +29
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1098: r2 = *(u64 *)(r10 -16)
 1099: if r2 > 16383 goto +822
 1100: r1 = r6
 1101: r1 += r2
 1102: r1 += 9
 1103: if r1 <= r7 goto +1
 1104: goto +817
 1105: r1 = r2
 1106: r1 += 1
 1107: *(u32 *)(r10 -140) = r1
 1108: r2 += 9
 1109: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1110: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1111: r1 -= 9
 1112: goto +14
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1113: r2 = *(u64 *)(r10 -16)
 1114: if r2 > 16383 goto +807
 1115: r1 = r6
 1116: r1 += r2
 1117: r1 += 2
 1118: if r1 <= r7 goto +1
 1119: goto +802
 1120: r1 = r2
 1121: r1 += 1
 1122: *(u32 *)(r10 -144) = r1
 1123: r2 += 2
 1124: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1125: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1126: r1 -= 2
 1127: r1 &= 65535
      ; write var2, v323
 1128: *(u16 *)(r10 -36) = r1
 1129: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1130: r2 = *(u64 *)(r10 -16)
 1131: if r2 > 16383 goto +790
 1132: r1 = r6
 1133: r1 += r2
 1134: r1 += 3
 1135: if r1 <= r7 goto +1
 1136: goto +785
 1137: r1 = r2
 1138: r1 += 1
 1139: *(u32 *)(r10 -148) = r1
 1140: r2 += 3
 1141: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1142: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1143: r1 -= 3
 1144: r1 &= 65535
      ; write var2, v326
 1145: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1146: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1147: r1 = *(u8 *)(r10 -28)
 1148: if r2 == 0 goto +116
 1149: if r1 == 10 goto +115
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1150: r3 = *(u64 *)(r10 -16)
 1151: if r3 > 16383 goto +770
 1152: r2 = r6
 1153: r2 += r3
 1154: r1 = r2
 1155: r1 += 1
 1156: if r1 <= r7 goto +1
 1157: goto +764
 1158: r1 = r3
 1159: r1 += 1
 1160: *(u32 *)(r10 -152) = r1
 1161: r3 += 1
 1162: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1163: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1164: r1 += 1
 1165: r1 &= 255
      ; write var3, v331
 1166: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1167: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1168: r1 -= 1
 1169: r1 &= 65535
      ; write var2, v334
 1170: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1171: r1 = *(u8 *)(r2 +0)
 1172: if r1 == 0 goto +92
 1173: if r1 == 1 goto +87
 1174: if r1 == 2 goto +70
 1175: if r1 == 3 goto +52
 1176: if r1 == 8 goto +36
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1177: r1 = *(u64 *)(r10 -16)
 1178: if r1 > 16383 goto +743
 1179: r2 = r6
 1180: r2 += r1
 1181: r1 = r2
 1182: r1 += 1
 1183: if r1 <= r7 goto +1
 1184: goto +737
 1185: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1186: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1187: r1 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
      ; verify v339, error HeaderTooShort
 1188: if r1 < 2 goto +733
      ; v340: bit<8> = read var9
 1189: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1190: r2 -= 1
 1191: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1192: r2 *= 8
 1193: w2 = w2
      ; advance v345
 1194: r1 = r2
 1195: r1 &= 7
 1196: if r1 != 0 goto +725
 1197: r1 = r2
 1198: r1 >>= 3
 1199: r2 = *(u64 *)(r10 -16)
 1200: r2 += r1
 1201: if r2 > 16383 goto +720
 1202: r1 = r6
 1203: r1 += r2
 1204: if r1 <= r7 goto +1
 1205: goto +716
 1206: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1207: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1208: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1209: r2 -= 1
 1210: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1211: r1 -= r2
 1212: goto +29
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1213: r2 = *(u64 *)(r10 -16)
 1214: if r2 > 16383 goto +707
 1215: r1 = r6
 1216: r1 += r2
 1217: r1 += 9
 1218: if r1 <= r7 goto +1
 1219: goto +702
 1220: r1 = r2
 1221: r1 += 1
 1222: *(u32 *)(r10 -140) = r1
 1223: r2 += 9
 1224: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1225: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1226: r1 -= 9
 1227: goto +14
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1228: r2 = *(u64 *)(r10 -16)
 1229: if r2 > 16383 goto +692
 1230: r1 = r6
 1231: r1 += r2
 1232: r1 += 2
 1233: if r1 <= r7 goto +1
 1234: goto +687
 1235: r1 = r2
 1236: r1 += 1
 1237: *(u32 *)(r10 -144) = r1
 1238: r2 += 2
 1239: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1240: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1241: r1 -= 2
 1242: r1 &= 65535
      ; write var2, v357
 1243: *(u16 *)(r10 -36) = r1
 1244: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1245: r2 = *(u64 *)(r10 -16)
 1246: if r2 > 16383 goto +675
 1247: r1 = r6
 1248: r1 += r2
 1249: r1 += 3
 1250: if r1 <= r7 goto +1
 1251: goto +670
 1252: r1 = r2
 1253: r1 += 1
 1254: *(u32 *)(r10 -148) = r1
 1255: r2 += 3
 1256: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1257: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1258: r1 -= 3
 1259: r1 &= 65535
      ; write var2, v360
 1260: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1261: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1262: r1 = *(u8 *)(r10 -28)
 1263: if r2 == 0 goto +1
 1264: if r1 != 10 goto +657
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1265: r1 = *(u32 *)(r10 -192)
      ; v1: bool = not v0
 1266: if r1 == 0 goto +657
      ; v2: bit<64> = timestamp_ns
 1267: call bpf_ktime_get_ns
 1268: r1 = r0
      ; write var10, v2
 1269: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1270: r1 = *(u32 *)(r10 -192)
 1271: if r1 == 0 goto +9
 1272: r1 -= 1
 1273: if r1 > 16383 goto +7
 1274: *(u64 *)(r10 -384) = r6
 1275: r0 = *(u64 *)(r10 -384)
 1276: r0 += r1
 1277: *(u64 *)(r10 -384) = r0
 1278: r1 = *(u64 *)(r10 -384)
 1279: r1 += 20
 1280: if r1 <= r7 goto +1
 1281: *(u64 *)(r10 -384) = 0
 1282: r1 = 0
 1283: r0 = *(u64 *)(r10 -384)
 1284: if r0 == 0 goto +2
 1285: r0 = *(u64 *)(r10 -384)
 1286: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1287: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1288: r1 = *(u32 *)(r10 -196)
 1289: if r1 == 0 goto +9
 1290: r1 -= 1
 1291: if r1 > 16383 goto +7
 1292: *(u64 *)(r10 -392) = r6
 1293: r0 = *(u64 *)(r10 -392)
 1294: r0 += r1
 1295: *(u64 *)(r10 -392) = r0
 1296: r1 = *(u64 *)(r10 -392)
 1297: r1 += 20
 1298: if r1 <= r7 goto +1
 1299: *(u64 *)(r10 -392) = 0
 1300: r1 = 0
 1301: r0 = *(u64 *)(r10 -392)
 1302: if r0 == 0 goto +3
 1303: r0 = *(u64 *)(r10 -392)
 1304: r1 = *(u8 *)(r0 +0)
 1305: r1 &= 15
      ; v5: bit<16> = cast v4
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1306: r1 <<= 2
 1307: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1308: r2 = 0
 1309: r0 = *(u64 *)(r10 -384)
 1310: if r0 == 0 goto +4
 1311: r0 = *(u64 *)(r10 -384)
 1312: r2 = *(u8 *)(r0 +12)
 1313: r2 >>= 4
 1314: r2 &= 15
      ; v9: bit<16> = cast v8
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1315: r2 <<= 2
 1316: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1317: r1 += r2
 1318: r1 &= 65535
      ; write var12, v12
 1319: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1320: r1 = 0
 1321: r0 = *(u64 *)(r10 -392)
 1322: if r0 == 0 goto +2
 1323: r0 = *(u64 *)(r10 -392)
 1324: r1 = *(u16 *)(r0 +2)
 1325: r1 = be16 r1
      ; v14: bit<16> = read var12
 1326: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1327: r1 -= r2
 1328: r1 &= 65535
      ; v16: bit<32> = cast v15
      ; write var13, v16
 1329: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1330: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1331: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1332: r2 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1333: r4 = 1
 1334: if r2 != 0 goto +1
 1335: r4 = 0
      ; v23: bit<32> = const 1
 1336: r2 = 1
      ; v24: bit<32> = const 0
 1337: r3 = 0
      ; v25: bit<32> = select v22, v23, v24
 1338: if r4 != 0 goto +1
 1339: r2 = r3
      ; v26: bit<32> = add v17, v25
 1340: r1 += r2
 1341: w1 = w1
      ; write var14, v26
 1342: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1343: r4 = 0
 1344: r0 = *(u64 *)(r10 -392)
 1345: if r0 == 0 goto +2
 1346: r0 = *(u64 *)(r10 -392)
 1347: r4 = *(u32 *)(r0 +12)
 1348: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1349: r3 = 0
 1350: r0 = *(u64 *)(r10 -392)
 1351: if r0 == 0 goto +2
 1352: r0 = *(u64 *)(r10 -392)
 1353: r3 = *(u32 *)(r0 +16)
 1354: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1355: r2 = 0
 1356: r0 = *(u64 *)(r10 -384)
 1357: if r0 == 0 goto +2
 1358: r0 = *(u64 *)(r10 -384)
 1359: r2 = *(u16 *)(r0 +0)
 1360: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1361: r1 = 0
 1362: r0 = *(u64 *)(r10 -384)
 1363: if r0 == 0 goto +2
 1364: r0 = *(u64 *)(r10 -384)
 1365: r1 = *(u16 *)(r0 +2)
 1366: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1367: *(u32 *)(r10 -272) = r4
 1368: *(u32 *)(r10 -268) = r3
 1369: *(u16 *)(r10 -264) = r2
 1370: *(u16 *)(r10 -262) = r1
 1371: r1 = map[pipe_flows] ll
 1373: r2 = r10
 1374: r2 += -272
 1375: call bpf_map_lookup_elem
 1376: r9 = r0
 1377: if r9 == 0 goto +35
 1378: *(u64 *)(r10 -400) = 1
 1379: r0 = *(u32 *)(r9 +0)
 1380: *(u64 *)(r10 -408) = r0
 1381: w0 = w0
 1382: *(u64 *)(r10 -408) = r0
 1383: r0 = *(u32 *)(r9 +4)
 1384: *(u64 *)(r10 -416) = r0
 1385: w0 = w0
 1386: *(u64 *)(r10 -416) = r0
 1387: r0 = *(u32 *)(r9 +8)
 1388: *(u64 *)(r10 -424) = r0
 1389: w0 = w0
 1390: *(u64 *)(r10 -424) = r0
 1391: r0 = *(u32 *)(r9 +12)
 1392: *(u64 *)(r10 -432) = r0
 1393: w0 = w0
 1394: *(u64 *)(r10 -432) = r0
 1395: r0 = *(u16 *)(r9 +16)
 1396: *(u64 *)(r10 -440) = r0
 1397: r0 &= 65535
 1398: *(u64 *)(r10 -440) = r0
 1399: r8 = *(u8 *)(r9 +18)
 1400: r8 &= 255
 1401: r4 = *(u32 *)(r9 +20)
 1402: w4 = w4
 1403: r3 = *(u32 *)(r9 +24)
 1404: w3 = w3
 1405: r2 = *(u8 *)(r9 +28)
 1406: r2 &= 255
 1407: r1 = *(u32 *)(r9 +32)
 1408: w1 = w1
 1409: r0 = *(u64 *)(r9 +40)
 1410: *(u64 *)(r10 -448) = r0
 1411: r9 = *(u64 *)(r9 +48)
 1412: goto +13
 1413: *(u64 *)(r10 -400) = 0
 1414: *(u64 *)(r10 -408) = 0
 1415: *(u64 *)(r10 -416) = 0
 1416: *(u64 *)(r10 -424) = 0
 1417: *(u64 *)(r10 -432) = 0
 1418: *(u64 *)(r10 -440) = 0
 1419: r8 = 0
 1420: r4 = 0
 1421: r3 = 0
 1422: r2 = 0
 1423: r1 = 0
 1424: *(u64 *)(r10 -448) = 0
 1425: r9 = 0
      ; write var15, v32
 1426: r0 = *(u64 *)(r10 -408)
 1427: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1428: r0 = *(u64 *)(r10 -416)
 1429: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1430: r0 = *(u64 *)(r10 -424)
 1431: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1432: r0 = *(u64 *)(r10 -432)
 1433: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1434: r0 = *(u64 *)(r10 -440)
 1435: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1436: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1437: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1438: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1439: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1440: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1441: r0 = *(u64 *)(r10 -448)
 1442: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1443: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1444: r0 = *(u64 *)(r10 -400)
 1445: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1446: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1447: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1448: if r1 != 0 goto +43
      ; v65: bool = read var27
 1449: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1450: r3 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
      ; v69: bool = logical_and v65, v68
 1451: r2 = 1
 1452: if r3 != 0 goto +1
 1453: r2 = 0
 1454: r1 &= r2
 1455: if r1 == 0 goto +98
      ; v70: bit<32> = read_field hdr2.seqNo
 1456: r1 = 0
 1457: r0 = *(u64 *)(r10 -384)
 1458: if r0 == 0 goto +2
 1459: r0 = *(u64 *)(r10 -384)
 1460: r1 = *(u32 *)(r0 +4)
 1461: r1 = be32 r1
      ; v71: bit<32> = read var14
 1462: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1463: r1 += r2
 1464: w1 = w1
      ; write var28, v72
 1465: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1466: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1467: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1468: r1 -= r2
 1469: w1 = w1
      ; write var29, v75
 1470: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1471: r3 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
      ; v79: bit<32> = read var29
 1472: r2 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1473: w1 = -2147483648
      ; v81: bool = lt v79, v80
      ; v82: bool = logical_and v78, v81
 1474: if r3 == 0 goto +1
 1475: if r2 < r1 goto +6
      ; v90: bit<32> = read var22
 1476: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1477: r1 += 1
 1478: w1 = w1
      ; write var22, v92
 1479: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
      ; write var23, v93
 1480: *(u8 *)(r10 -23) = 0
 1481: goto +72
      ; v83: bit<32> = read var28
 1482: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1483: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1484: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1485: if r1 != 0 goto +68
      ; v87: bit<8> = const 1
      ; write var23, v87
 1486: *(u8 *)(r10 -23) = 1
      ; v88: bit<32> = read var28
 1487: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1488: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1489: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1490: *(u64 *)(r10 -232) = r1
 1491: goto +62
      ; v49: bool = const 1
      ; write var27, v49
 1492: *(u8 *)(r10 -22) = 1
      ; v50: bit<32> = read_field hdr2.seqNo
 1493: r1 = 0
 1494: r0 = *(u64 *)(r10 -384)
 1495: if r0 == 0 goto +2
 1496: r0 = *(u64 *)(r10 -384)
 1497: r1 = *(u32 *)(r0 +4)
 1498: r1 = be32 r1
      ; write var15, v50
 1499: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1500: r1 = 0
 1501: r0 = *(u64 *)(r10 -384)
 1502: if r0 == 0 goto +2
 1503: r0 = *(u64 *)(r10 -384)
 1504: r1 = *(u32 *)(r0 +4)
 1505: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1506: r1 += 1
 1507: w1 = w1
      ; write var16, v53
 1508: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
      ; write var18, v54
 1509: *(u32 *)(r10 -92) = 0
      ; v55: bit<16> = read_field hdr13.mss
 1510: r1 = *(u32 *)(r10 -148)
 1511: if r1 == 0 goto +7
 1512: r1 -= 1
 1513: if r1 > 16383 goto +5
 1514: r2 = r6
 1515: r2 += r1
 1516: r1 = r2
 1517: r1 += 3
 1518: if r1 <= r7 goto +1
 1519: r2 = 0
 1520: r1 = 0
 1521: if r2 == 0 goto +1
 1522: r1 = *(u16 *)(r2 +1)
 1523: r1 = be16 r1
      ; write var19, v55
 1524: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1525: r1 = *(u32 *)(r10 -144)
 1526: if r1 == 0 goto +7
 1527: r1 -= 1
 1528: if r1 > 16383 goto +5
 1529: r2 = r6
 1530: r2 += r1
 1531: r1 = r2
 1532: r1 += 2
 1533: if r1 <= r7 goto +1
 1534: r2 = 0
 1535: r1 = 0
 1536: if r2 == 0 goto +1
 1537: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1538: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
      ; write var21, v57
 1539: *(u32 *)(r10 -88) = 0
      ; v58: bit<32> = const 0
      ; write var22, v58
 1540: *(u32 *)(r10 -84) = 0
      ; v59: bit<8> = const 1
      ; write var23, v59
 1541: *(u8 *)(r10 -23) = 1
      ; v60: bit<32> = read_field hdr2.seqNo
 1542: r1 = 0
 1543: r0 = *(u64 *)(r10 -384)
 1544: if r0 == 0 goto +2
 1545: r0 = *(u64 *)(r10 -384)
 1546: r1 = *(u32 *)(r0 +4)
 1547: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1548: r1 += 1
 1549: w1 = w1
      ; write var24, v62
 1550: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1551: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1552: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
      ; write var26, v64
 1553: *(u64 *)(r10 -224) = 0
      ; v94: bool = read var27
 1554: r1 = *(u8 *)(r10 -22)
 1555: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1556: r1 = *(u32 *)(r10 -140)
 1557: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1558: r1 = *(u32 *)(r10 -140)
 1559: if r1 == 0 goto +7
 1560: r1 -= 1
 1561: if r1 > 16383 goto +5
 1562: r2 = r6
 1563: r2 += r1
 1564: r1 = r2
 1565: r1 += 9
 1566: if r1 <= r7 goto +1
 1567: r2 = 0
 1568: r1 = 0
 1569: if r2 == 0 goto +1
 1570: r1 = *(u32 *)(r2 +1)
 1571: r1 = be32 r1
      ; write var21, v96
 1572: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1573: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1574: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1575: r1 -= r2
 1576: w1 = w1
      ; write var17, v99
 1577: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1578: r1 = 0
 1579: r0 = *(u64 *)(r10 -392)
 1580: if r0 == 0 goto +2
 1581: r0 = *(u64 *)(r10 -392)
 1582: r1 = *(u32 *)(r0 +12)
 1583: *(u64 *)(r10 -400) = r1
 1584: r0 = *(u64 *)(r10 -400)
 1585: r0 = be32 r0
 1586: *(u64 *)(r10 -400) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1587: r9 = 0
 1588: r0 = *(u64 *)(r10 -392)
 1589: if r0 == 0 goto +2
 1590: r0 = *(u64 *)(r10 -392)
 1591: r9 = *(u32 *)(r0 +16)
 1592: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1593: r8 = 0
 1594: r0 = *(u64 *)(r10 -384)
 1595: if r0 == 0 goto +2
 1596: r0 = *(u64 *)(r10 -384)
 1597: r8 = *(u16 *)(r0 +0)
 1598: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1599: r4 = 0
 1600: r0 = *(u64 *)(r10 -384)
 1601: if r0 == 0 goto +2
 1602: r0 = *(u64 *)(r10 -384)
 1603: r4 = *(u16 *)(r0 +2)
 1604: r4 = be16 r4
      ; v104: bit<32> = read var15
 1605: r0 = *(u32 *)(r10 -104)
 1606: *(u64 *)(r10 -408) = r0
      ; v105: bit<32> = read var16
 1607: r0 = *(u32 *)(r10 -100)
 1608: *(u64 *)(r10 -416) = r0
      ; v106: bit<32> = read var17
 1609: r0 = *(u32 *)(r10 -96)
 1610: *(u64 *)(r10 -424) = r0
      ; v107: bit<32> = read var18
 1611: r0 = *(u32 *)(r10 -92)
 1612: *(u64 *)(r10 -432) = r0
      ; v108: bit<16> = read var19
 1613: r0 = *(u16 *)(r10 -32)
 1614: *(u64 *)(r10 -440) = r0
      ; v109: bit<8> = read var20
 1615: r0 = *(u8 *)(r10 -24)
 1616: *(u64 *)(r10 -448) = r0
      ; v110: bit<32> = read var21
 1617: r0 = *(u32 *)(r10 -88)
 1618: *(u64 *)(r10 -456) = r0
      ; v111: bit<32> = read var22
 1619: r0 = *(u32 *)(r10 -84)
 1620: *(u64 *)(r10 -464) = r0
      ; v112: bit<8> = read var23
 1621: r0 = *(u8 *)(r10 -23)
 1622: *(u64 *)(r10 -472) = r0
      ; v113: bit<32> = read var24
 1623: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1624: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1625: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1626: r0 = *(u64 *)(r10 -400)
 1627: *(u32 *)(r10 -280) = r0
 1628: *(u32 *)(r10 -276) = r9
 1629: *(u16 *)(r10 -272) = r8
 1630: *(u16 *)(r10 -270) = r4
 1631: *(u64 *)(r10 -352) = 0
 1632: *(u64 *)(r10 -344) = 0
 1633: *(u64 *)(r10 -336) = 0
 1634: r0 = *(u64 *)(r10 -408)
 1635: *(u32 *)(r10 -368) = r0
 1636: r0 = *(u64 *)(r10 -416)
 1637: *(u32 *)(r10 -364) = r0
 1638: r0 = *(u64 *)(r10 -424)
 1639: *(u32 *)(r10 -360) = r0
 1640: r0 = *(u64 *)(r10 -432)
 1641: *(u32 *)(r10 -356) = r0
 1642: r0 = *(u64 *)(r10 -440)
 1643: *(u16 *)(r10 -352) = r0
 1644: r0 = *(u64 *)(r10 -448)
 1645: *(u8 *)(r10 -350) = r0
 1646: r0 = *(u64 *)(r10 -456)
 1647: *(u32 *)(r10 -348) = r0
 1648: r0 = *(u64 *)(r10 -464)
 1649: *(u32 *)(r10 -344) = r0
 1650: r0 = *(u64 *)(r10 -472)
 1651: *(u8 *)(r10 -340) = r0
 1652: *(u32 *)(r10 -336) = r3
 1653: *(u64 *)(r10 -328) = r2
 1654: *(u64 *)(r10 -320) = r1
 1655: r1 = map[pipe_flows] ll
 1657: r2 = r10
 1658: r2 += -280
 1659: r3 = r10
 1660: r3 += -368
 1661: r4 = 0
 1662: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1663: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1664: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1665: if r1 == 0 goto +258
      ; v121: bit<32> = read_field hdr1.dstAddr
 1666: r4 = 0
 1667: r0 = *(u64 *)(r10 -392)
 1668: if r0 == 0 goto +2
 1669: r0 = *(u64 *)(r10 -392)
 1670: r4 = *(u32 *)(r0 +16)
 1671: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1672: r3 = 0
 1673: r0 = *(u64 *)(r10 -392)
 1674: if r0 == 0 goto +2
 1675: r0 = *(u64 *)(r10 -392)
 1676: r3 = *(u32 *)(r0 +12)
 1677: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1678: r2 = 0
 1679: r0 = *(u64 *)(r10 -384)
 1680: if r0 == 0 goto +2
 1681: r0 = *(u64 *)(r10 -384)
 1682: r2 = *(u16 *)(r0 +2)
 1683: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1684: r1 = 0
 1685: r0 = *(u64 *)(r10 -384)
 1686: if r0 == 0 goto +2
 1687: r0 = *(u64 *)(r10 -384)
 1688: r1 = *(u16 *)(r0 +0)
 1689: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1690: *(u32 *)(r10 -272) = r4
 1691: *(u32 *)(r10 -268) = r3
 1692: *(u16 *)(r10 -264) = r2
 1693: *(u16 *)(r10 -262) = r1
 1694: r1 = map[pipe_flows] ll
 1696: r2 = r10
 1697: r2 += -272
 1698: call bpf_map_lookup_elem
 1699: r9 = r0
 1700: if r9 == 0 goto +35
 1701: r0 = *(u32 *)(r9 +0)
 1702: *(u64 *)(r10 -400) = r0
 1703: w0 = w0
 1704: *(u64 *)(r10 -400) = r0
 1705: r0 = *(u32 *)(r9 +4)
 1706: *(u64 *)(r10 -408) = r0
 1707: w0 = w0
 1708: *(u64 *)(r10 -408) = r0
 1709: r0 = *(u32 *)(r9 +8)
 1710: *(u64 *)(r10 -416) = r0
 1711: w0 = w0
 1712: *(u64 *)(r10 -416) = r0
 1713: r0 = *(u32 *)(r9 +12)
 1714: *(u64 *)(r10 -424) = r0
 1715: w0 = w0
 1716: *(u64 *)(r10 -424) = r0
 1717: r0 = *(u16 *)(r9 +16)
 1718: *(u64 *)(r10 -432) = r0
 1719: r0 &= 65535
 1720: *(u64 *)(r10 -432) = r0
 1721: r8 = *(u8 *)(r9 +18)
 1722: r8 &= 255
 1723: r4 = *(u32 *)(r9 +20)
 1724: w4 = w4
 1725: r3 = *(u32 *)(r9 +24)
 1726: w3 = w3
 1727: r2 = *(u8 *)(r9 +28)
 1728: r2 &= 255
 1729: r1 = *(u32 *)(r9 +32)
 1730: w1 = w1
 1731: r0 = *(u64 *)(r9 +40)
 1732: *(u64 *)(r10 -440) = r0
 1733: r0 = *(u64 *)(r9 +48)
 1734: *(u64 *)(r10 -448) = r0
 1735: goto +12
 1736: *(u64 *)(r10 -400) = 0
 1737: *(u64 *)(r10 -408) = 0
 1738: *(u64 *)(r10 -416) = 0
 1739: *(u64 *)(r10 -424) = 0
 1740: *(u64 *)(r10 -432) = 0
 1741: r8 = 0
 1742: r4 = 0
 1743: r3 = 0
 1744: r2 = 0
 1745: r1 = 0
 1746: *(u64 *)(r10 -440) = 0
 1747: *(u64 *)(r10 -448) = 0
      ; write var30, v126
 1748: r0 = *(u64 *)(r10 -400)
 1749: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1750: r0 = *(u64 *)(r10 -408)
 1751: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1752: r0 = *(u64 *)(r10 -416)
 1753: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1754: r0 = *(u64 *)(r10 -424)
 1755: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1756: r0 = *(u64 *)(r10 -432)
 1757: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1758: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1759: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1760: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1761: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1762: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1763: r0 = *(u64 *)(r10 -440)
 1764: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1765: r0 = *(u64 *)(r10 -448)
 1766: *(u64 *)(r10 -208) = r0
 1767: if r9 == 0 goto +156
      ; v138: bit<32> = read_field hdr2.ackNo
 1768: r1 = 0
 1769: r0 = *(u64 *)(r10 -384)
 1770: if r0 == 0 goto +2
 1771: r0 = *(u64 *)(r10 -384)
 1772: r1 = *(u32 *)(r0 +8)
 1773: r1 = be32 r1
      ; v139: bit<32> = read var30
 1774: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1775: r1 -= r2
 1776: w1 = w1
      ; write var42, v140
 1777: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1778: r3 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
      ; v144: bit<32> = read var42
 1779: r2 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1780: w1 = -2147483648
      ; v146: bool = lt v144, v145
      ; v147: bool = logical_and v143, v146
 1781: if r3 == 0 goto +8
 1782: if r2 >= r1 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1783: r1 = 0
 1784: r0 = *(u64 *)(r10 -384)
 1785: if r0 == 0 goto +2
 1786: r0 = *(u64 *)(r10 -384)
 1787: r1 = *(u32 *)(r0 +8)
 1788: r1 = be32 r1
      ; write var30, v148
 1789: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1790: r3 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
      ; v152: bit<32> = read_field hdr2.ackNo
 1791: r2 = 0
 1792: r0 = *(u64 *)(r10 -384)
 1793: if r0 == 0 goto +2
 1794: r0 = *(u64 *)(r10 -384)
 1795: r2 = *(u32 *)(r0 +8)
 1796: r2 = be32 r2
      ; v153: bit<32> = read var39
 1797: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1798: r2 -= r1
 1799: w2 = w2
      ; v155: bit<32> = const 0x80000000
 1800: w1 = -2147483648
      ; v156: bool = lt v154, v155
      ; v157: bool = logical_and v151, v156
 1801: if r3 != 1 goto +6
 1802: if r2 >= r1 goto +5
      ; v158: bit<64> = read var10
 1803: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1804: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1805: r1 -= r2
      ; write var41, v160
 1806: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
      ; write var38, v161
 1807: *(u8 *)(r10 -20) = 0
      ; v162: bit<32> = read var31
 1808: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1809: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1810: r1 -= r2
 1811: w1 = w1
      ; write var32, v164
 1812: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1813: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1814: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1815: r3 = 1
 1816: if r1 != 0 goto +1
 1817: r3 = 0
      ; v170: bit<8> = read var20
 1818: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1819: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1820: if r3 != 0 goto +1
 1821: r1 = r2
      ; write var43, v172
 1822: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1823: r1 = 0
 1824: r0 = *(u64 *)(r10 -384)
 1825: if r0 == 0 goto +2
 1826: r0 = *(u64 *)(r10 -384)
 1827: r1 = *(u16 *)(r0 +14)
 1828: r1 = be16 r1
      ; v174: bit<32> = cast v173
      ; v175: bit<8> = read var43
 1829: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1830: if r2 >= 32 goto +3
 1831: r1 <<= r2
 1832: w1 = w1
 1833: goto +1
 1834: r1 = 0
      ; write var33, v176
 1835: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1836: r1 = 0
 1837: r0 = *(u64 *)(r10 -392)
 1838: if r0 == 0 goto +2
 1839: r0 = *(u64 *)(r10 -392)
 1840: r1 = *(u32 *)(r0 +16)
 1841: *(u64 *)(r10 -400) = r1
 1842: r0 = *(u64 *)(r10 -400)
 1843: r0 = be32 r0
 1844: *(u64 *)(r10 -400) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1845: r9 = 0
 1846: r0 = *(u64 *)(r10 -392)
 1847: if r0 == 0 goto +2
 1848: r0 = *(u64 *)(r10 -392)
 1849: r9 = *(u32 *)(r0 +12)
 1850: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1851: r8 = 0
 1852: r0 = *(u64 *)(r10 -384)
 1853: if r0 == 0 goto +2
 1854: r0 = *(u64 *)(r10 -384)
 1855: r8 = *(u16 *)(r0 +2)
 1856: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1857: r4 = 0
 1858: r0 = *(u64 *)(r10 -384)
 1859: if r0 == 0 goto +2
 1860: r0 = *(u64 *)(r10 -384)
 1861: r4 = *(u16 *)(r0 +0)
 1862: r4 = be16 r4
      ; v181: bit<32> = read var30
 1863: r0 = *(u32 *)(r10 -68)
 1864: *(u64 *)(r10 -384) = r0
      ; v182: bit<32> = read var31
 1865: r0 = *(u32 *)(r10 -64)
 1866: *(u64 *)(r10 -392) = r0
      ; v183: bit<32> = read var32
 1867: r0 = *(u32 *)(r10 -60)
 1868: *(u64 *)(r10 -408) = r0
      ; v184: bit<32> = read var33
 1869: r0 = *(u32 *)(r10 -56)
 1870: *(u64 *)(r10 -416) = r0
      ; v185: bit<16> = read var34
 1871: r0 = *(u16 *)(r10 -30)
 1872: *(u64 *)(r10 -424) = r0
      ; v186: bit<8> = read var35
 1873: r0 = *(u8 *)(r10 -21)
 1874: *(u64 *)(r10 -432) = r0
      ; v187: bit<32> = read var36
 1875: r0 = *(u32 *)(r10 -52)
 1876: *(u64 *)(r10 -440) = r0
      ; v188: bit<32> = read var37
 1877: r0 = *(u32 *)(r10 -48)
 1878: *(u64 *)(r10 -448) = r0
      ; v189: bit<8> = read var38
 1879: r0 = *(u8 *)(r10 -20)
 1880: *(u64 *)(r10 -456) = r0
      ; v190: bit<32> = read var39
 1881: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 1882: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 1883: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 1884: r0 = *(u64 *)(r10 -400)
 1885: *(u32 *)(r10 -280) = r0
 1886: *(u32 *)(r10 -276) = r9
 1887: *(u16 *)(r10 -272) = r8
 1888: *(u16 *)(r10 -270) = r4
 1889: *(u64 *)(r10 -352) = 0
 1890: *(u64 *)(r10 -344) = 0
 1891: *(u64 *)(r10 -336) = 0
 1892: r0 = *(u64 *)(r10 -384)
 1893: *(u32 *)(r10 -368) = r0
 1894: r0 = *(u64 *)(r10 -392)
 1895: *(u32 *)(r10 -364) = r0
 1896: r0 = *(u64 *)(r10 -408)
 1897: *(u32 *)(r10 -360) = r0
 1898: r0 = *(u64 *)(r10 -416)
 1899: *(u32 *)(r10 -356) = r0
 1900: r0 = *(u64 *)(r10 -424)
 1901: *(u16 *)(r10 -352) = r0
 1902: r0 = *(u64 *)(r10 -432)
 1903: *(u8 *)(r10 -350) = r0
 1904: r0 = *(u64 *)(r10 -440)
 1905: *(u32 *)(r10 -348) = r0
 1906: r0 = *(u64 *)(r10 -448)
 1907: *(u32 *)(r10 -344) = r0
 1908: r0 = *(u64 *)(r10 -456)
 1909: *(u8 *)(r10 -340) = r0
 1910: *(u32 *)(r10 -336) = r3
 1911: *(u64 *)(r10 -328) = r2
 1912: *(u64 *)(r10 -320) = r1
 1913: r1 = map[pipe_flows] ll
 1915: r2 = r10
 1916: r2 += -280
 1917: r3 = r10
 1918: r3 += -368
 1919: r4 = 0
 1920: call bpf_map_update_elem
 1921: goto +2
      ; drop
 1922: r0 = 2
 1923: exit
      ; epilogue: verdict
 1924: r0 = 0
 1925: exit
