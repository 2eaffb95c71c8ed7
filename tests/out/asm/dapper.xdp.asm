; dapper for xdp: 1971 instructions, stack 504 bytes, 1 maps
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
   39: if r3 > 16383 goto +1889
   40: r2 = r6
   41: r2 += r3
   42: r1 = r2
   43: r1 += 14
   44: if r1 <= r7 goto +1
   45: goto +1883
   46: r1 = r3
   47: r1 += 1
   48: *(u32 *)(r10 -200) = r1
   49: r3 += 14
   50: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   51: r1 = *(u16 *)(r2 +12)
   52: if r1 != 8 goto +1219
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   53: r2 = *(u64 *)(r10 -16)
   54: if r2 > 16383 goto +1874
   55: r3 = r6
   56: r3 += r2
   57: r1 = r3
   58: r1 += 20
   59: if r1 <= r7 goto +1
   60: goto +1868
   61: r1 = r2
   62: r1 += 1
   63: *(u32 *)(r10 -196) = r1
   64: r2 += 20
   65: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   66: r1 = *(u8 *)(r3 +0)
   67: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   68: if r1 < 5 goto +1860
      ; v4: bit<4> = read_field hdr1.ihl
   69: r2 = *(u8 *)(r3 +0)
   70: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   71: r2 -= 5
   72: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   73: r2 *= 32
   74: w2 = w2
      ; advance v9
   75: r1 = r2
   76: r1 &= 7
   77: if r1 != 0 goto +1851
   78: r1 = r2
   79: r1 >>= 3
   80: r2 = *(u64 *)(r10 -16)
   81: r2 += r1
   82: if r2 > 16383 goto +1846
   83: r1 = r6
   84: r1 += r2
   85: if r1 <= r7 goto +1
   86: goto +1842
   87: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   88: r2 = *(u16 *)(r3 +6)
   89: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   90: r1 = *(u8 *)(r3 +9)
   91: if r2 != 0 goto +1180
   92: if r1 != 6 goto +1179
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   93: r3 = *(u64 *)(r10 -16)
   94: if r3 > 16383 goto +1834
   95: r2 = r6
   96: r2 += r3
   97: r1 = r2
   98: r1 += 20
   99: if r1 <= r7 goto +1
  100: goto +1828
  101: r1 = r3
  102: r1 += 1
  103: *(u32 *)(r10 -192) = r1
  104: r3 += 20
  105: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
  106: r1 = *(u8 *)(r2 +12)
  107: r1 >>= 4
  108: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
  109: if r1 < 5 goto +1819
      ; v15: bit<4> = read_field hdr2.dataOffset
  110: r1 = *(u8 *)(r2 +12)
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
  120: if r2 == 0 goto +1151
  121: if r1 == 10 goto +1150
      ; prs: block5 (parse_option)
      ; extract hdr3
  122: r3 = *(u64 *)(r10 -16)
  123: if r3 > 16383 goto +1805
  124: r2 = r6
  125: r2 += r3
  126: r1 = r2
  127: r1 += 1
  128: if r1 <= r7 goto +1
  129: goto +1799
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
  144: if r1 == 0 goto +1127
  145: if r1 == 1 goto +87
  146: if r1 == 2 goto +70
  147: if r1 == 3 goto +52
  148: if r1 == 8 goto +36
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  149: r1 = *(u64 *)(r10 -16)
  150: if r1 > 16383 goto +1778
  151: r2 = r6
  152: r2 += r1
  153: r1 = r2
  154: r1 += 1
  155: if r1 <= r7 goto +1
  156: goto +1772
  157: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  158: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  159: r1 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
      ; verify v33, error HeaderTooShort
  160: if r1 < 2 goto +1768
      ; v34: bit<8> = read var9
  161: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
      ; v36: bit<32> = const 1
      ; v37: bit<32> = sub v35, v36
  162: r2 -= 1
  163: w2 = w2
      ; v38: bit<32> = const 8
      ; v39: bit<32> = mul v37, v38
  164: r2 *= 8
  165: w2 = w2
      ; advance v39
  166: r1 = r2
  167: r1 &= 7
  168: if r1 != 0 goto +1760
  169: r1 = r2
  170: r1 >>= 3
  171: r2 = *(u64 *)(r10 -16)
  172: r2 += r1
  173: if r2 > 16383 goto +1755
  174: r1 = r6
  175: r1 += r2
  176: if r1 <= r7 goto +1
  177: goto +1751
  178: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  179: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  180: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
      ; v43: bit<16> = const 1
      ; v44: bit<16> = sub v42, v43
  181: r2 -= 1
  182: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  183: r1 -= r2
  184: goto +29
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  185: r2 = *(u64 *)(r10 -16)
  186: if r2 > 16383 goto +1742
  187: r1 = r6
  188: r1 += r2
  189: r1 += 9
  190: if r1 <= r7 goto +1
  191: goto +1737
  192: r1 = r2
  193: r1 += 1
  194: *(u32 *)(r10 -140) = r1
  195: r2 += 9
  196: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  197: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
      ; v48: bit<16> = sub v46, v47
  198: r1 -= 9
  199: goto +14
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  200: r2 = *(u64 *)(r10 -16)
  201: if r2 > 16383 goto +1727
  202: r1 = r6
  203: r1 += r2
  204: r1 += 2
  205: if r1 <= r7 goto +1
  206: goto +1722
  207: r1 = r2
  208: r1 += 1
  209: *(u32 *)(r10 -144) = r1
  210: r2 += 2
  211: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  212: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  213: r1 -= 2
  214: r1 &= 65535
      ; write var2, v51
  215: *(u16 *)(r10 -36) = r1
  216: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  217: r2 = *(u64 *)(r10 -16)
  218: if r2 > 16383 goto +1710
  219: r1 = r6
  220: r1 += r2
  221: r1 += 3
  222: if r1 <= r7 goto +1
  223: goto +1705
  224: r1 = r2
  225: r1 += 1
  226: *(u32 *)(r10 -148) = r1
  227: r2 += 3
  228: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  229: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  230: r1 -= 3
  231: r1 &= 65535
      ; write var2, v54
  232: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  233: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  234: r1 = *(u8 *)(r10 -28)
  235: if r2 == 0 goto +1036
  236: if r1 == 10 goto +1035
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  237: r3 = *(u64 *)(r10 -16)
  238: if r3 > 16383 goto +1690
  239: r2 = r6
  240: r2 += r3
  241: r1 = r2
  242: r1 += 1
  243: if r1 <= r7 goto +1
  244: goto +1684
  245: r1 = r3
  246: r1 += 1
  247: *(u32 *)(r10 -184) = r1
  248: r3 += 1
  249: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  250: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  251: r1 += 1
  252: r1 &= 255
      ; write var3, v59
  253: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  254: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  255: r1 -= 1
  256: r1 &= 65535
      ; write var2, v62
  257: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  258: r1 = *(u8 *)(r2 +0)
  259: if r1 == 0 goto +1012
  260: if r1 == 1 goto +87
  261: if r1 == 2 goto +70
  262: if r1 == 3 goto +52
  263: if r1 == 8 goto +36
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  264: r1 = *(u64 *)(r10 -16)
  265: if r1 > 16383 goto +1663
  266: r2 = r6
  267: r2 += r1
  268: r1 = r2
  269: r1 += 1
  270: if r1 <= r7 goto +1
  271: goto +1657
  272: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  273: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  274: r1 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
      ; verify v67, error HeaderTooShort
  275: if r1 < 2 goto +1653
      ; v68: bit<8> = read var9
  276: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  277: r2 -= 1
  278: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  279: r2 *= 8
  280: w2 = w2
      ; advance v73
  281: r1 = r2
  282: r1 &= 7
  283: if r1 != 0 goto +1645
  284: r1 = r2
  285: r1 >>= 3
  286: r2 = *(u64 *)(r10 -16)
  287: r2 += r1
  288: if r2 > 16383 goto +1640
  289: r1 = r6
  290: r1 += r2
  291: if r1 <= r7 goto +1
  292: goto +1636
  293: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  294: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  295: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
      ; v77: bit<16> = const 1
      ; v78: bit<16> = sub v76, v77
  296: r2 -= 1
  297: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  298: r1 -= r2
  299: goto +29
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  300: r2 = *(u64 *)(r10 -16)
  301: if r2 > 16383 goto +1627
  302: r1 = r6
  303: r1 += r2
  304: r1 += 9
  305: if r1 <= r7 goto +1
  306: goto +1622
  307: r1 = r2
  308: r1 += 1
  309: *(u32 *)(r10 -140) = r1
  310: r2 += 9
  311: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  312: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
      ; v82: bit<16> = sub v80, v81
  313: r1 -= 9
  314: goto +14
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  315: r2 = *(u64 *)(r10 -16)
  316: if r2 > 16383 goto +1612
  317: r1 = r6
  318: r1 += r2
  319: r1 += 2
  320: if r1 <= r7 goto +1
  321: goto +1607
  322: r1 = r2
  323: r1 += 1
  324: *(u32 *)(r10 -144) = r1
  325: r2 += 2
  326: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  327: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
      ; v85: bit<16> = sub v83, v84
  328: r1 -= 2
  329: r1 &= 65535
      ; write var2, v85
  330: *(u16 *)(r10 -36) = r1
  331: goto +16
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  332: r2 = *(u64 *)(r10 -16)
  333: if r2 > 16383 goto +1595
  334: r1 = r6
  335: r1 += r2
  336: r1 += 3
  337: if r1 <= r7 goto +1
  338: goto +1590
  339: r1 = r2
  340: r1 += 1
  341: *(u32 *)(r10 -148) = r1
  342: r2 += 3
  343: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  344: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
      ; v88: bit<16> = sub v86, v87
  345: r1 -= 3
  346: r1 &= 65535
      ; write var2, v88
  347: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  348: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  349: r1 = *(u8 *)(r10 -28)
  350: if r2 == 0 goto +921
  351: if r1 == 10 goto +920
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  352: r3 = *(u64 *)(r10 -16)
  353: if r3 > 16383 goto +1575
  354: r2 = r6
  355: r2 += r3
  356: r1 = r2
  357: r1 += 1
  358: if r1 <= r7 goto +1
  359: goto +1569
  360: r1 = r3
  361: r1 += 1
  362: *(u32 *)(r10 -180) = r1
  363: r3 += 1
  364: *(u64 *)(r10 -16) = r3
      ; v91: bit<8> = read var3
  365: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
      ; v93: bit<8> = add v91, v92
  366: r1 += 1
  367: r1 &= 255
      ; write var3, v93
  368: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  369: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
      ; v96: bit<16> = sub v94, v95
  370: r1 -= 1
  371: r1 &= 65535
      ; write var2, v96
  372: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  373: r1 = *(u8 *)(r2 +0)
  374: if r1 == 0 goto +897
  375: if r1 == 1 goto +87
  376: if r1 == 2 goto +70
  377: if r1 == 3 goto +52
  378: if r1 == 8 goto +36
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  379: r1 = *(u64 *)(r10 -16)
  380: if r1 > 16383 goto +1548
  381: r2 = r6
  382: r2 += r1
  383: r1 = r2
  384: r1 += 1
  385: if r1 <= r7 goto +1
  386: goto +1542
  387: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  388: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  389: r1 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
      ; verify v101, error HeaderTooShort
  390: if r1 < 2 goto +1538
      ; v102: bit<8> = read var9
  391: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  392: r2 -= 1
  393: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  394: r2 *= 8
  395: w2 = w2
      ; advance v107
  396: r1 = r2
  397: r1 &= 7
  398: if r1 != 0 goto +1530
  399: r1 = r2
  400: r1 >>= 3
  401: r2 = *(u64 *)(r10 -16)
  402: r2 += r1
  403: if r2 > 16383 goto +1525
  404: r1 = r6
  405: r1 += r2
  406: if r1 <= r7 goto +1
  407: goto +1521
  408: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  409: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  410: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  411: r2 -= 1
  412: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  413: r1 -= r2
  414: goto +29
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  415: r2 = *(u64 *)(r10 -16)
  416: if r2 > 16383 goto +1512
  417: r1 = r6
  418: r1 += r2
  419: r1 += 9
  420: if r1 <= r7 goto +1
  421: goto +1507
  422: r1 = r2
  423: r1 += 1
  424: *(u32 *)(r10 -140) = r1
  425: r2 += 9
  426: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  427: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  428: r1 -= 9
  429: goto +14
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  430: r2 = *(u64 *)(r10 -16)
  431: if r2 > 16383 goto +1497
  432: r1 = r6
  433: r1 += r2
  434: r1 += 2
  435: if r1 <= r7 goto +1
  436: goto +1492
  437: r1 = r2
  438: r1 += 1
  439: *(u32 *)(r10 -144) = r1
  440: r2 += 2
  441: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  442: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  443: r1 -= 2
  444: r1 &= 65535
      ; write var2, v119
  445: *(u16 *)(r10 -36) = r1
  446: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  447: r2 = *(u64 *)(r10 -16)
  448: if r2 > 16383 goto +1480
  449: r1 = r6
  450: r1 += r2
  451: r1 += 3
  452: if r1 <= r7 goto +1
  453: goto +1475
  454: r1 = r2
  455: r1 += 1
  456: *(u32 *)(r10 -148) = r1
  457: r2 += 3
  458: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  459: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  460: r1 -= 3
  461: r1 &= 65535
      ; write var2, v122
  462: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  463: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  464: r1 = *(u8 *)(r10 -28)
  465: if r2 == 0 goto +806
  466: if r1 == 10 goto +805
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  467: r3 = *(u64 *)(r10 -16)
  468: if r3 > 16383 goto +1460
  469: r2 = r6
  470: r2 += r3
  471: r1 = r2
  472: r1 += 1
  473: if r1 <= r7 goto +1
  474: goto +1454
  475: r1 = r3
  476: r1 += 1
  477: *(u32 *)(r10 -176) = r1
  478: r3 += 1
  479: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  480: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  481: r1 += 1
  482: r1 &= 255
      ; write var3, v127
  483: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  484: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  485: r1 -= 1
  486: r1 &= 65535
      ; write var2, v130
  487: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  488: r1 = *(u8 *)(r2 +0)
  489: if r1 == 0 goto +782
  490: if r1 == 1 goto +87
  491: if r1 == 2 goto +70
  492: if r1 == 3 goto +52
  493: if r1 == 8 goto +36
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  494: r1 = *(u64 *)(r10 -16)
  495: if r1 > 16383 goto +1433
  496: r2 = r6
  497: r2 += r1
  498: r1 = r2
  499: r1 += 1
  500: if r1 <= r7 goto +1
  501: goto +1427
  502: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  503: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  504: r1 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
      ; verify v135, error HeaderTooShort
  505: if r1 < 2 goto +1423
      ; v136: bit<8> = read var9
  506: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  507: r2 -= 1
  508: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  509: r2 *= 8
  510: w2 = w2
      ; advance v141
  511: r1 = r2
  512: r1 &= 7
  513: if r1 != 0 goto +1415
  514: r1 = r2
  515: r1 >>= 3
  516: r2 = *(u64 *)(r10 -16)
  517: r2 += r1
  518: if r2 > 16383 goto +1410
  519: r1 = r6
  520: r1 += r2
  521: if r1 <= r7 goto +1
  522: goto +1406
  523: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  524: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  525: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  526: r2 -= 1
  527: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  528: r1 -= r2
  529: goto +29
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  530: r2 = *(u64 *)(r10 -16)
  531: if r2 > 16383 goto +1397
  532: r1 = r6
  533: r1 += r2
  534: r1 += 9
  535: if r1 <= r7 goto +1
  536: goto +1392
  537: r1 = r2
  538: r1 += 1
  539: *(u32 *)(r10 -140) = r1
  540: r2 += 9
  541: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  542: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  543: r1 -= 9
  544: goto +14
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  545: r2 = *(u64 *)(r10 -16)
  546: if r2 > 16383 goto +1382
  547: r1 = r6
  548: r1 += r2
  549: r1 += 2
  550: if r1 <= r7 goto +1
  551: goto +1377
  552: r1 = r2
  553: r1 += 1
  554: *(u32 *)(r10 -144) = r1
  555: r2 += 2
  556: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  557: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  558: r1 -= 2
  559: r1 &= 65535
      ; write var2, v153
  560: *(u16 *)(r10 -36) = r1
  561: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  562: r2 = *(u64 *)(r10 -16)
  563: if r2 > 16383 goto +1365
  564: r1 = r6
  565: r1 += r2
  566: r1 += 3
  567: if r1 <= r7 goto +1
  568: goto +1360
  569: r1 = r2
  570: r1 += 1
  571: *(u32 *)(r10 -148) = r1
  572: r2 += 3
  573: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  574: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  575: r1 -= 3
  576: r1 &= 65535
      ; write var2, v156
  577: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  578: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  579: r1 = *(u8 *)(r10 -28)
  580: if r2 == 0 goto +691
  581: if r1 == 10 goto +690
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  582: r3 = *(u64 *)(r10 -16)
  583: if r3 > 16383 goto +1345
  584: r2 = r6
  585: r2 += r3
  586: r1 = r2
  587: r1 += 1
  588: if r1 <= r7 goto +1
  589: goto +1339
  590: r1 = r3
  591: r1 += 1
  592: *(u32 *)(r10 -172) = r1
  593: r3 += 1
  594: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  595: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  596: r1 += 1
  597: r1 &= 255
      ; write var3, v161
  598: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  599: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  600: r1 -= 1
  601: r1 &= 65535
      ; write var2, v164
  602: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  603: r1 = *(u8 *)(r2 +0)
  604: if r1 == 0 goto +667
  605: if r1 == 1 goto +87
  606: if r1 == 2 goto +70
  607: if r1 == 3 goto +52
  608: if r1 == 8 goto +36
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  609: r1 = *(u64 *)(r10 -16)
  610: if r1 > 16383 goto +1318
  611: r2 = r6
  612: r2 += r1
  613: r1 = r2
  614: r1 += 1
  615: if r1 <= r7 goto +1
  616: goto +1312
  617: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  618: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  619: r1 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
      ; verify v169, error HeaderTooShort
  620: if r1 < 2 goto +1308
      ; v170: bit<8> = read var9
  621: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  622: r2 -= 1
  623: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  624: r2 *= 8
  625: w2 = w2
      ; advance v175
  626: r1 = r2
  627: r1 &= 7
  628: if r1 != 0 goto +1300
  629: r1 = r2
  630: r1 >>= 3
  631: r2 = *(u64 *)(r10 -16)
  632: r2 += r1
  633: if r2 > 16383 goto +1295
  634: r1 = r6
  635: r1 += r2
  636: if r1 <= r7 goto +1
  637: goto +1291
  638: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  639: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  640: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  641: r2 -= 1
  642: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  643: r1 -= r2
  644: goto +29
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  645: r2 = *(u64 *)(r10 -16)
  646: if r2 > 16383 goto +1282
  647: r1 = r6
  648: r1 += r2
  649: r1 += 9
  650: if r1 <= r7 goto +1
  651: goto +1277
  652: r1 = r2
  653: r1 += 1
  654: *(u32 *)(r10 -140) = r1
  655: r2 += 9
  656: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  657: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  658: r1 -= 9
  659: goto +14
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  660: r2 = *(u64 *)(r10 -16)
  661: if r2 > 16383 goto +1267
  662: r1 = r6
  663: r1 += r2
  664: r1 += 2
  665: if r1 <= r7 goto +1
  666: goto +1262
  667: r1 = r2
  668: r1 += 1
  669: *(u32 *)(r10 -144) = r1
  670: r2 += 2
  671: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  672: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  673: r1 -= 2
  674: r1 &= 65535
      ; write var2, v187
  675: *(u16 *)(r10 -36) = r1
  676: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  677: r2 = *(u64 *)(r10 -16)
  678: if r2 > 16383 goto +1250
  679: r1 = r6
  680: r1 += r2
  681: r1 += 3
  682: if r1 <= r7 goto +1
  683: goto +1245
  684: r1 = r2
  685: r1 += 1
  686: *(u32 *)(r10 -148) = r1
  687: r2 += 3
  688: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  689: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  690: r1 -= 3
  691: r1 &= 65535
      ; write var2, v190
  692: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  693: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  694: r1 = *(u8 *)(r10 -28)
  695: if r2 == 0 goto +576
  696: if r1 == 10 goto +575
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  697: r3 = *(u64 *)(r10 -16)
  698: if r3 > 16383 goto +1230
  699: r2 = r6
  700: r2 += r3
  701: r1 = r2
  702: r1 += 1
  703: if r1 <= r7 goto +1
  704: goto +1224
  705: r1 = r3
  706: r1 += 1
  707: *(u32 *)(r10 -168) = r1
  708: r3 += 1
  709: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  710: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  711: r1 += 1
  712: r1 &= 255
      ; write var3, v195
  713: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  714: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  715: r1 -= 1
  716: r1 &= 65535
      ; write var2, v198
  717: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  718: r1 = *(u8 *)(r2 +0)
  719: if r1 == 0 goto +552
  720: if r1 == 1 goto +87
  721: if r1 == 2 goto +70
  722: if r1 == 3 goto +52
  723: if r1 == 8 goto +36
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  724: r1 = *(u64 *)(r10 -16)
  725: if r1 > 16383 goto +1203
  726: r2 = r6
  727: r2 += r1
  728: r1 = r2
  729: r1 += 1
  730: if r1 <= r7 goto +1
  731: goto +1197
  732: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  733: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  734: r1 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
      ; verify v203, error HeaderTooShort
  735: if r1 < 2 goto +1193
      ; v204: bit<8> = read var9
  736: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  737: r2 -= 1
  738: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  739: r2 *= 8
  740: w2 = w2
      ; advance v209
  741: r1 = r2
  742: r1 &= 7
  743: if r1 != 0 goto +1185
  744: r1 = r2
  745: r1 >>= 3
  746: r2 = *(u64 *)(r10 -16)
  747: r2 += r1
  748: if r2 > 16383 goto +1180
  749: r1 = r6
  750: r1 += r2
  751: if r1 <= r7 goto +1
  752: goto +1176
  753: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  754: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  755: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  756: r2 -= 1
  757: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  758: r1 -= r2
  759: goto +29
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  760: r2 = *(u64 *)(r10 -16)
  761: if r2 > 16383 goto +1167
  762: r1 = r6
  763: r1 += r2
  764: r1 += 9
  765: if r1 <= r7 goto +1
  766: goto +1162
  767: r1 = r2
  768: r1 += 1
  769: *(u32 *)(r10 -140) = r1
  770: r2 += 9
  771: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  772: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  773: r1 -= 9
  774: goto +14
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  775: r2 = *(u64 *)(r10 -16)
  776: if r2 > 16383 goto +1152
  777: r1 = r6
  778: r1 += r2
  779: r1 += 2
  780: if r1 <= r7 goto +1
  781: goto +1147
  782: r1 = r2
  783: r1 += 1
  784: *(u32 *)(r10 -144) = r1
  785: r2 += 2
  786: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  787: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  788: r1 -= 2
  789: r1 &= 65535
      ; write var2, v221
  790: *(u16 *)(r10 -36) = r1
  791: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  792: r2 = *(u64 *)(r10 -16)
  793: if r2 > 16383 goto +1135
  794: r1 = r6
  795: r1 += r2
  796: r1 += 3
  797: if r1 <= r7 goto +1
  798: goto +1130
  799: r1 = r2
  800: r1 += 1
  801: *(u32 *)(r10 -148) = r1
  802: r2 += 3
  803: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  804: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  805: r1 -= 3
  806: r1 &= 65535
      ; write var2, v224
  807: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  808: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  809: r1 = *(u8 *)(r10 -28)
  810: if r2 == 0 goto +461
  811: if r1 == 10 goto +460
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  812: r3 = *(u64 *)(r10 -16)
  813: if r3 > 16383 goto +1115
  814: r2 = r6
  815: r2 += r3
  816: r1 = r2
  817: r1 += 1
  818: if r1 <= r7 goto +1
  819: goto +1109
  820: r1 = r3
  821: r1 += 1
  822: *(u32 *)(r10 -164) = r1
  823: r3 += 1
  824: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  825: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  826: r1 += 1
  827: r1 &= 255
      ; write var3, v229
  828: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  829: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  830: r1 -= 1
  831: r1 &= 65535
      ; write var2, v232
  832: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  833: r1 = *(u8 *)(r2 +0)
  834: if r1 == 0 goto +437
  835: if r1 == 1 goto +87
  836: if r1 == 2 goto +70
  837: if r1 == 3 goto +52
  838: if r1 == 8 goto +36
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  839: r1 = *(u64 *)(r10 -16)
  840: if r1 > 16383 goto +1088
  841: r2 = r6
  842: r2 += r1
  843: r1 = r2
  844: r1 += 1
  845: if r1 <= r7 goto +1
  846: goto +1082
  847: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  848: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  849: r1 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
      ; verify v237, error HeaderTooShort
  850: if r1 < 2 goto +1078
      ; v238: bit<8> = read var9
  851: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  852: r2 -= 1
  853: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  854: r2 *= 8
  855: w2 = w2
      ; advance v243
  856: r1 = r2
  857: r1 &= 7
  858: if r1 != 0 goto +1070
  859: r1 = r2
  860: r1 >>= 3
  861: r2 = *(u64 *)(r10 -16)
  862: r2 += r1
  863: if r2 > 16383 goto +1065
  864: r1 = r6
  865: r1 += r2
  866: if r1 <= r7 goto +1
  867: goto +1061
  868: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  869: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  870: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  871: r2 -= 1
  872: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  873: r1 -= r2
  874: goto +29
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  875: r2 = *(u64 *)(r10 -16)
  876: if r2 > 16383 goto +1052
  877: r1 = r6
  878: r1 += r2
  879: r1 += 9
  880: if r1 <= r7 goto +1
  881: goto +1047
  882: r1 = r2
  883: r1 += 1
  884: *(u32 *)(r10 -140) = r1
  885: r2 += 9
  886: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  887: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  888: r1 -= 9
  889: goto +14
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  890: r2 = *(u64 *)(r10 -16)
  891: if r2 > 16383 goto +1037
  892: r1 = r6
  893: r1 += r2
  894: r1 += 2
  895: if r1 <= r7 goto +1
  896: goto +1032
  897: r1 = r2
  898: r1 += 1
  899: *(u32 *)(r10 -144) = r1
  900: r2 += 2
  901: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  902: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  903: r1 -= 2
  904: r1 &= 65535
      ; write var2, v255
  905: *(u16 *)(r10 -36) = r1
  906: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  907: r2 = *(u64 *)(r10 -16)
  908: if r2 > 16383 goto +1020
  909: r1 = r6
  910: r1 += r2
  911: r1 += 3
  912: if r1 <= r7 goto +1
  913: goto +1015
  914: r1 = r2
  915: r1 += 1
  916: *(u32 *)(r10 -148) = r1
  917: r2 += 3
  918: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  919: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  920: r1 -= 3
  921: r1 &= 65535
      ; write var2, v258
  922: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  923: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  924: r1 = *(u8 *)(r10 -28)
  925: if r2 == 0 goto +346
  926: if r1 == 10 goto +345
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  927: r3 = *(u64 *)(r10 -16)
  928: if r3 > 16383 goto +1000
  929: r2 = r6
  930: r2 += r3
  931: r1 = r2
  932: r1 += 1
  933: if r1 <= r7 goto +1
  934: goto +994
  935: r1 = r3
  936: r1 += 1
  937: *(u32 *)(r10 -160) = r1
  938: r3 += 1
  939: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
  940: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
  941: r1 += 1
  942: r1 &= 255
      ; write var3, v263
  943: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
  944: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
  945: r1 -= 1
  946: r1 &= 65535
      ; write var2, v266
  947: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
  948: r1 = *(u8 *)(r2 +0)
  949: if r1 == 0 goto +322
  950: if r1 == 1 goto +87
  951: if r1 == 2 goto +70
  952: if r1 == 3 goto +52
  953: if r1 == 8 goto +36
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
  954: r1 = *(u64 *)(r10 -16)
  955: if r1 > 16383 goto +973
  956: r2 = r6
  957: r2 += r1
  958: r1 = r2
  959: r1 += 1
  960: if r1 <= r7 goto +1
  961: goto +967
  962: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
  963: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
  964: r1 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
      ; verify v271, error HeaderTooShort
  965: if r1 < 2 goto +963
      ; v272: bit<8> = read var9
  966: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
  967: r2 -= 1
  968: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
  969: r2 *= 8
  970: w2 = w2
      ; advance v277
  971: r1 = r2
  972: r1 &= 7
  973: if r1 != 0 goto +955
  974: r1 = r2
  975: r1 >>= 3
  976: r2 = *(u64 *)(r10 -16)
  977: r2 += r1
  978: if r2 > 16383 goto +950
  979: r1 = r6
  980: r1 += r2
  981: if r1 <= r7 goto +1
  982: goto +946
  983: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
  984: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
  985: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
  986: r2 -= 1
  987: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
  988: r1 -= r2
  989: goto +29
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
  990: r2 = *(u64 *)(r10 -16)
  991: if r2 > 16383 goto +937
  992: r1 = r6
  993: r1 += r2
  994: r1 += 9
  995: if r1 <= r7 goto +1
  996: goto +932
  997: r1 = r2
  998: r1 += 1
  999: *(u32 *)(r10 -140) = r1
 1000: r2 += 9
 1001: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1002: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
 1003: r1 -= 9
 1004: goto +14
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1005: r2 = *(u64 *)(r10 -16)
 1006: if r2 > 16383 goto +922
 1007: r1 = r6
 1008: r1 += r2
 1009: r1 += 2
 1010: if r1 <= r7 goto +1
 1011: goto +917
 1012: r1 = r2
 1013: r1 += 1
 1014: *(u32 *)(r10 -144) = r1
 1015: r2 += 2
 1016: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1017: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1018: r1 -= 2
 1019: r1 &= 65535
      ; write var2, v289
 1020: *(u16 *)(r10 -36) = r1
 1021: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1022: r2 = *(u64 *)(r10 -16)
 1023: if r2 > 16383 goto +905
 1024: r1 = r6
 1025: r1 += r2
 1026: r1 += 3
 1027: if r1 <= r7 goto +1
 1028: goto +900
 1029: r1 = r2
 1030: r1 += 1
 1031: *(u32 *)(r10 -148) = r1
 1032: r2 += 3
 1033: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1034: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1035: r1 -= 3
 1036: r1 &= 65535
      ; write var2, v292
 1037: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1038: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1039: r1 = *(u8 *)(r10 -28)
 1040: if r2 == 0 goto +231
 1041: if r1 == 10 goto +230
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1042: r3 = *(u64 *)(r10 -16)
 1043: if r3 > 16383 goto +885
 1044: r2 = r6
 1045: r2 += r3
 1046: r1 = r2
 1047: r1 += 1
 1048: if r1 <= r7 goto +1
 1049: goto +879
 1050: r1 = r3
 1051: r1 += 1
 1052: *(u32 *)(r10 -156) = r1
 1053: r3 += 1
 1054: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1055: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1056: r1 += 1
 1057: r1 &= 255
      ; write var3, v297
 1058: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1059: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1060: r1 -= 1
 1061: r1 &= 65535
      ; write var2, v300
 1062: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1063: r1 = *(u8 *)(r2 +0)
 1064: if r1 == 0 goto +207
 1065: if r1 == 1 goto +87
 1066: if r1 == 2 goto +70
 1067: if r1 == 3 goto +52
 1068: if r1 == 8 goto +36
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1069: r1 = *(u64 *)(r10 -16)
 1070: if r1 > 16383 goto +858
 1071: r2 = r6
 1072: r2 += r1
 1073: r1 = r2
 1074: r1 += 1
 1075: if r1 <= r7 goto +1
 1076: goto +852
 1077: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1078: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1079: r1 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
      ; verify v305, error HeaderTooShort
 1080: if r1 < 2 goto +848
      ; v306: bit<8> = read var9
 1081: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1082: r2 -= 1
 1083: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1084: r2 *= 8
 1085: w2 = w2
      ; advance v311
 1086: r1 = r2
 1087: r1 &= 7
 1088: if r1 != 0 goto +840
 1089: r1 = r2
 1090: r1 >>= 3
 1091: r2 = *(u64 *)(r10 -16)
 1092: r2 += r1
 1093: if r2 > 16383 goto +835
 1094: r1 = r6
 1095: r1 += r2
 1096: if r1 <= r7 goto +1
 1097: goto +831
 1098: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1099: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1100: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1101: r2 -= 1
 1102: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1103: r1 -= r2
 1104: goto +29
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1105: r2 = *(u64 *)(r10 -16)
 1106: if r2 > 16383 goto +822
 1107: r1 = r6
 1108: r1 += r2
 1109: r1 += 9
 1110: if r1 <= r7 goto +1
 1111: goto +817
 1112: r1 = r2
 1113: r1 += 1
 1114: *(u32 *)(r10 -140) = r1
 1115: r2 += 9
 1116: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1117: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1118: r1 -= 9
 1119: goto +14
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1120: r2 = *(u64 *)(r10 -16)
 1121: if r2 > 16383 goto +807
 1122: r1 = r6
 1123: r1 += r2
 1124: r1 += 2
 1125: if r1 <= r7 goto +1
 1126: goto +802
 1127: r1 = r2
 1128: r1 += 1
 1129: *(u32 *)(r10 -144) = r1
 1130: r2 += 2
 1131: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1132: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1133: r1 -= 2
 1134: r1 &= 65535
      ; write var2, v323
 1135: *(u16 *)(r10 -36) = r1
 1136: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1137: r2 = *(u64 *)(r10 -16)
 1138: if r2 > 16383 goto +790
 1139: r1 = r6
 1140: r1 += r2
 1141: r1 += 3
 1142: if r1 <= r7 goto +1
 1143: goto +785
 1144: r1 = r2
 1145: r1 += 1
 1146: *(u32 *)(r10 -148) = r1
 1147: r2 += 3
 1148: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1149: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1150: r1 -= 3
 1151: r1 &= 65535
      ; write var2, v326
 1152: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1153: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1154: r1 = *(u8 *)(r10 -28)
 1155: if r2 == 0 goto +116
 1156: if r1 == 10 goto +115
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1157: r3 = *(u64 *)(r10 -16)
 1158: if r3 > 16383 goto +770
 1159: r2 = r6
 1160: r2 += r3
 1161: r1 = r2
 1162: r1 += 1
 1163: if r1 <= r7 goto +1
 1164: goto +764
 1165: r1 = r3
 1166: r1 += 1
 1167: *(u32 *)(r10 -152) = r1
 1168: r3 += 1
 1169: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1170: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1171: r1 += 1
 1172: r1 &= 255
      ; write var3, v331
 1173: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1174: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1175: r1 -= 1
 1176: r1 &= 65535
      ; write var2, v334
 1177: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1178: r1 = *(u8 *)(r2 +0)
 1179: if r1 == 0 goto +92
 1180: if r1 == 1 goto +87
 1181: if r1 == 2 goto +70
 1182: if r1 == 3 goto +52
 1183: if r1 == 8 goto +36
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1184: r1 = *(u64 *)(r10 -16)
 1185: if r1 > 16383 goto +743
 1186: r2 = r6
 1187: r2 += r1
 1188: r1 = r2
 1189: r1 += 1
 1190: if r1 <= r7 goto +1
 1191: goto +737
 1192: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1193: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1194: r1 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
      ; verify v339, error HeaderTooShort
 1195: if r1 < 2 goto +733
      ; v340: bit<8> = read var9
 1196: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1197: r2 -= 1
 1198: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1199: r2 *= 8
 1200: w2 = w2
      ; advance v345
 1201: r1 = r2
 1202: r1 &= 7
 1203: if r1 != 0 goto +725
 1204: r1 = r2
 1205: r1 >>= 3
 1206: r2 = *(u64 *)(r10 -16)
 1207: r2 += r1
 1208: if r2 > 16383 goto +720
 1209: r1 = r6
 1210: r1 += r2
 1211: if r1 <= r7 goto +1
 1212: goto +716
 1213: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1214: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1215: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1216: r2 -= 1
 1217: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1218: r1 -= r2
 1219: goto +29
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1220: r2 = *(u64 *)(r10 -16)
 1221: if r2 > 16383 goto +707
 1222: r1 = r6
 1223: r1 += r2
 1224: r1 += 9
 1225: if r1 <= r7 goto +1
 1226: goto +702
 1227: r1 = r2
 1228: r1 += 1
 1229: *(u32 *)(r10 -140) = r1
 1230: r2 += 9
 1231: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1232: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1233: r1 -= 9
 1234: goto +14
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1235: r2 = *(u64 *)(r10 -16)
 1236: if r2 > 16383 goto +692
 1237: r1 = r6
 1238: r1 += r2
 1239: r1 += 2
 1240: if r1 <= r7 goto +1
 1241: goto +687
 1242: r1 = r2
 1243: r1 += 1
 1244: *(u32 *)(r10 -144) = r1
 1245: r2 += 2
 1246: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1247: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1248: r1 -= 2
 1249: r1 &= 65535
      ; write var2, v357
 1250: *(u16 *)(r10 -36) = r1
 1251: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1252: r2 = *(u64 *)(r10 -16)
 1253: if r2 > 16383 goto +675
 1254: r1 = r6
 1255: r1 += r2
 1256: r1 += 3
 1257: if r1 <= r7 goto +1
 1258: goto +670
 1259: r1 = r2
 1260: r1 += 1
 1261: *(u32 *)(r10 -148) = r1
 1262: r2 += 3
 1263: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1264: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1265: r1 -= 3
 1266: r1 &= 65535
      ; write var2, v360
 1267: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1268: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1269: r1 = *(u8 *)(r10 -28)
 1270: if r2 == 0 goto +1
 1271: if r1 != 10 goto +657
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1272: r1 = *(u32 *)(r10 -192)
      ; v1: bool = not v0
 1273: if r1 == 0 goto +676
      ; v2: bit<64> = timestamp_ns
 1274: call bpf_ktime_get_ns
 1275: r1 = r0
      ; write var10, v2
 1276: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1277: r1 = *(u32 *)(r10 -192)
 1278: if r1 == 0 goto +9
 1279: r1 -= 1
 1280: if r1 > 16383 goto +7
 1281: *(u64 *)(r10 -416) = r6
 1282: r0 = *(u64 *)(r10 -416)
 1283: r0 += r1
 1284: *(u64 *)(r10 -416) = r0
 1285: r1 = *(u64 *)(r10 -416)
 1286: r1 += 20
 1287: if r1 <= r7 goto +1
 1288: *(u64 *)(r10 -416) = 0
 1289: r1 = 0
 1290: r0 = *(u64 *)(r10 -416)
 1291: if r0 == 0 goto +2
 1292: r0 = *(u64 *)(r10 -416)
 1293: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1294: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1295: r1 = *(u32 *)(r10 -196)
 1296: if r1 == 0 goto +9
 1297: r1 -= 1
 1298: if r1 > 16383 goto +7
 1299: *(u64 *)(r10 -424) = r6
 1300: r0 = *(u64 *)(r10 -424)
 1301: r0 += r1
 1302: *(u64 *)(r10 -424) = r0
 1303: r1 = *(u64 *)(r10 -424)
 1304: r1 += 20
 1305: if r1 <= r7 goto +1
 1306: *(u64 *)(r10 -424) = 0
 1307: r1 = 0
 1308: r0 = *(u64 *)(r10 -424)
 1309: if r0 == 0 goto +3
 1310: r0 = *(u64 *)(r10 -424)
 1311: r1 = *(u8 *)(r0 +0)
 1312: r1 &= 15
      ; v5: bit<16> = cast v4
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1313: r1 <<= 2
 1314: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1315: r2 = 0
 1316: r0 = *(u64 *)(r10 -416)
 1317: if r0 == 0 goto +4
 1318: r0 = *(u64 *)(r10 -416)
 1319: r2 = *(u8 *)(r0 +12)
 1320: r2 >>= 4
 1321: r2 &= 15
      ; v9: bit<16> = cast v8
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1322: r2 <<= 2
 1323: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1324: r1 += r2
 1325: r1 &= 65535
      ; write var12, v12
 1326: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1327: r1 = 0
 1328: r0 = *(u64 *)(r10 -424)
 1329: if r0 == 0 goto +2
 1330: r0 = *(u64 *)(r10 -424)
 1331: r1 = *(u16 *)(r0 +2)
 1332: r1 = be16 r1
      ; v14: bit<16> = read var12
 1333: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1334: r1 -= r2
 1335: r1 &= 65535
      ; v16: bit<32> = cast v15
      ; write var13, v16
 1336: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1337: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1338: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1339: r2 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1340: r4 = 1
 1341: if r2 != 0 goto +1
 1342: r4 = 0
      ; v23: bit<32> = const 1
 1343: r2 = 1
      ; v24: bit<32> = const 0
 1344: r3 = 0
      ; v25: bit<32> = select v22, v23, v24
 1345: if r4 != 0 goto +1
 1346: r2 = r3
      ; v26: bit<32> = add v17, v25
 1347: r1 += r2
 1348: w1 = w1
      ; write var14, v26
 1349: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1350: r4 = 0
 1351: r0 = *(u64 *)(r10 -424)
 1352: if r0 == 0 goto +2
 1353: r0 = *(u64 *)(r10 -424)
 1354: r4 = *(u32 *)(r0 +12)
 1355: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1356: r3 = 0
 1357: r0 = *(u64 *)(r10 -424)
 1358: if r0 == 0 goto +2
 1359: r0 = *(u64 *)(r10 -424)
 1360: r3 = *(u32 *)(r0 +16)
 1361: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1362: r2 = 0
 1363: r0 = *(u64 *)(r10 -416)
 1364: if r0 == 0 goto +2
 1365: r0 = *(u64 *)(r10 -416)
 1366: r2 = *(u16 *)(r0 +0)
 1367: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1368: r1 = 0
 1369: r0 = *(u64 *)(r10 -416)
 1370: if r0 == 0 goto +2
 1371: r0 = *(u64 *)(r10 -416)
 1372: r1 = *(u16 *)(r0 +2)
 1373: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1374: *(u32 *)(r10 -272) = r4
 1375: *(u32 *)(r10 -268) = r3
 1376: *(u16 *)(r10 -264) = r2
 1377: *(u16 *)(r10 -262) = r1
 1378: r1 = map[pipe_flows] ll
 1380: r2 = r10
 1381: r2 += -272
 1382: call bpf_map_lookup_elem
 1383: r9 = r0
 1384: if r9 == 0 goto +35
 1385: *(u64 *)(r10 -432) = 1
 1386: r0 = *(u32 *)(r9 +0)
 1387: *(u64 *)(r10 -440) = r0
 1388: w0 = w0
 1389: *(u64 *)(r10 -440) = r0
 1390: r0 = *(u32 *)(r9 +4)
 1391: *(u64 *)(r10 -448) = r0
 1392: w0 = w0
 1393: *(u64 *)(r10 -448) = r0
 1394: r0 = *(u32 *)(r9 +8)
 1395: *(u64 *)(r10 -456) = r0
 1396: w0 = w0
 1397: *(u64 *)(r10 -456) = r0
 1398: r0 = *(u32 *)(r9 +12)
 1399: *(u64 *)(r10 -464) = r0
 1400: w0 = w0
 1401: *(u64 *)(r10 -464) = r0
 1402: r0 = *(u16 *)(r9 +16)
 1403: *(u64 *)(r10 -472) = r0
 1404: r0 &= 65535
 1405: *(u64 *)(r10 -472) = r0
 1406: r8 = *(u8 *)(r9 +18)
 1407: r8 &= 255
 1408: r4 = *(u32 *)(r9 +20)
 1409: w4 = w4
 1410: r3 = *(u32 *)(r9 +24)
 1411: w3 = w3
 1412: r2 = *(u8 *)(r9 +28)
 1413: r2 &= 255
 1414: r1 = *(u32 *)(r9 +32)
 1415: w1 = w1
 1416: r0 = *(u64 *)(r9 +40)
 1417: *(u64 *)(r10 -480) = r0
 1418: r9 = *(u64 *)(r9 +48)
 1419: goto +13
 1420: *(u64 *)(r10 -432) = 0
 1421: *(u64 *)(r10 -440) = 0
 1422: *(u64 *)(r10 -448) = 0
 1423: *(u64 *)(r10 -456) = 0
 1424: *(u64 *)(r10 -464) = 0
 1425: *(u64 *)(r10 -472) = 0
 1426: r8 = 0
 1427: r4 = 0
 1428: r3 = 0
 1429: r2 = 0
 1430: r1 = 0
 1431: *(u64 *)(r10 -480) = 0
 1432: r9 = 0
      ; write var15, v32
 1433: r0 = *(u64 *)(r10 -440)
 1434: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1435: r0 = *(u64 *)(r10 -448)
 1436: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1437: r0 = *(u64 *)(r10 -456)
 1438: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1439: r0 = *(u64 *)(r10 -464)
 1440: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1441: r0 = *(u64 *)(r10 -472)
 1442: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1443: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1444: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1445: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1446: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1447: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1448: r0 = *(u64 *)(r10 -480)
 1449: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1450: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1451: r0 = *(u64 *)(r10 -432)
 1452: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1453: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1454: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1455: if r1 != 0 goto +43
      ; v65: bool = read var27
 1456: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1457: r3 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
      ; v69: bool = logical_and v65, v68
 1458: r2 = 1
 1459: if r3 != 0 goto +1
 1460: r2 = 0
 1461: r1 &= r2
 1462: if r1 == 0 goto +98
      ; v70: bit<32> = read_field hdr2.seqNo
 1463: r1 = 0
 1464: r0 = *(u64 *)(r10 -416)
 1465: if r0 == 0 goto +2
 1466: r0 = *(u64 *)(r10 -416)
 1467: r1 = *(u32 *)(r0 +4)
 1468: r1 = be32 r1
      ; v71: bit<32> = read var14
 1469: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1470: r1 += r2
 1471: w1 = w1
      ; write var28, v72
 1472: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1473: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1474: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1475: r1 -= r2
 1476: w1 = w1
      ; write var29, v75
 1477: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1478: r3 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
      ; v79: bit<32> = read var29
 1479: r2 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1480: w1 = -2147483648
      ; v81: bool = lt v79, v80
      ; v82: bool = logical_and v78, v81
 1481: if r3 == 0 goto +1
 1482: if r2 < r1 goto +6
      ; v90: bit<32> = read var22
 1483: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1484: r1 += 1
 1485: w1 = w1
      ; write var22, v92
 1486: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
      ; write var23, v93
 1487: *(u8 *)(r10 -23) = 0
 1488: goto +72
      ; v83: bit<32> = read var28
 1489: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1490: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1491: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1492: if r1 != 0 goto +68
      ; v87: bit<8> = const 1
      ; write var23, v87
 1493: *(u8 *)(r10 -23) = 1
      ; v88: bit<32> = read var28
 1494: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1495: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1496: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1497: *(u64 *)(r10 -232) = r1
 1498: goto +62
      ; v49: bool = const 1
      ; write var27, v49
 1499: *(u8 *)(r10 -22) = 1
      ; v50: bit<32> = read_field hdr2.seqNo
 1500: r1 = 0
 1501: r0 = *(u64 *)(r10 -416)
 1502: if r0 == 0 goto +2
 1503: r0 = *(u64 *)(r10 -416)
 1504: r1 = *(u32 *)(r0 +4)
 1505: r1 = be32 r1
      ; write var15, v50
 1506: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1507: r1 = 0
 1508: r0 = *(u64 *)(r10 -416)
 1509: if r0 == 0 goto +2
 1510: r0 = *(u64 *)(r10 -416)
 1511: r1 = *(u32 *)(r0 +4)
 1512: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1513: r1 += 1
 1514: w1 = w1
      ; write var16, v53
 1515: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
      ; write var18, v54
 1516: *(u32 *)(r10 -92) = 0
      ; v55: bit<16> = read_field hdr13.mss
 1517: r1 = *(u32 *)(r10 -148)
 1518: if r1 == 0 goto +7
 1519: r1 -= 1
 1520: if r1 > 16383 goto +5
 1521: r2 = r6
 1522: r2 += r1
 1523: r1 = r2
 1524: r1 += 3
 1525: if r1 <= r7 goto +1
 1526: r2 = 0
 1527: r1 = 0
 1528: if r2 == 0 goto +1
 1529: r1 = *(u16 *)(r2 +1)
 1530: r1 = be16 r1
      ; write var19, v55
 1531: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1532: r1 = *(u32 *)(r10 -144)
 1533: if r1 == 0 goto +7
 1534: r1 -= 1
 1535: if r1 > 16383 goto +5
 1536: r2 = r6
 1537: r2 += r1
 1538: r1 = r2
 1539: r1 += 2
 1540: if r1 <= r7 goto +1
 1541: r2 = 0
 1542: r1 = 0
 1543: if r2 == 0 goto +1
 1544: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1545: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
      ; write var21, v57
 1546: *(u32 *)(r10 -88) = 0
      ; v58: bit<32> = const 0
      ; write var22, v58
 1547: *(u32 *)(r10 -84) = 0
      ; v59: bit<8> = const 1
      ; write var23, v59
 1548: *(u8 *)(r10 -23) = 1
      ; v60: bit<32> = read_field hdr2.seqNo
 1549: r1 = 0
 1550: r0 = *(u64 *)(r10 -416)
 1551: if r0 == 0 goto +2
 1552: r0 = *(u64 *)(r10 -416)
 1553: r1 = *(u32 *)(r0 +4)
 1554: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1555: r1 += 1
 1556: w1 = w1
      ; write var24, v62
 1557: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1558: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1559: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
      ; write var26, v64
 1560: *(u64 *)(r10 -224) = 0
      ; v94: bool = read var27
 1561: r1 = *(u8 *)(r10 -22)
 1562: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1563: r1 = *(u32 *)(r10 -140)
 1564: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1565: r1 = *(u32 *)(r10 -140)
 1566: if r1 == 0 goto +7
 1567: r1 -= 1
 1568: if r1 > 16383 goto +5
 1569: r2 = r6
 1570: r2 += r1
 1571: r1 = r2
 1572: r1 += 9
 1573: if r1 <= r7 goto +1
 1574: r2 = 0
 1575: r1 = 0
 1576: if r2 == 0 goto +1
 1577: r1 = *(u32 *)(r2 +1)
 1578: r1 = be32 r1
      ; write var21, v96
 1579: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1580: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1581: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1582: r1 -= r2
 1583: w1 = w1
      ; write var17, v99
 1584: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1585: r1 = 0
 1586: r0 = *(u64 *)(r10 -424)
 1587: if r0 == 0 goto +2
 1588: r0 = *(u64 *)(r10 -424)
 1589: r1 = *(u32 *)(r0 +12)
 1590: *(u64 *)(r10 -432) = r1
 1591: r0 = *(u64 *)(r10 -432)
 1592: r0 = be32 r0
 1593: *(u64 *)(r10 -432) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1594: r9 = 0
 1595: r0 = *(u64 *)(r10 -424)
 1596: if r0 == 0 goto +2
 1597: r0 = *(u64 *)(r10 -424)
 1598: r9 = *(u32 *)(r0 +16)
 1599: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1600: r8 = 0
 1601: r0 = *(u64 *)(r10 -416)
 1602: if r0 == 0 goto +2
 1603: r0 = *(u64 *)(r10 -416)
 1604: r8 = *(u16 *)(r0 +0)
 1605: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1606: r4 = 0
 1607: r0 = *(u64 *)(r10 -416)
 1608: if r0 == 0 goto +2
 1609: r0 = *(u64 *)(r10 -416)
 1610: r4 = *(u16 *)(r0 +2)
 1611: r4 = be16 r4
      ; v104: bit<32> = read var15
 1612: r0 = *(u32 *)(r10 -104)
 1613: *(u64 *)(r10 -440) = r0
      ; v105: bit<32> = read var16
 1614: r0 = *(u32 *)(r10 -100)
 1615: *(u64 *)(r10 -448) = r0
      ; v106: bit<32> = read var17
 1616: r0 = *(u32 *)(r10 -96)
 1617: *(u64 *)(r10 -456) = r0
      ; v107: bit<32> = read var18
 1618: r0 = *(u32 *)(r10 -92)
 1619: *(u64 *)(r10 -464) = r0
      ; v108: bit<16> = read var19
 1620: r0 = *(u16 *)(r10 -32)
 1621: *(u64 *)(r10 -472) = r0
      ; v109: bit<8> = read var20
 1622: r0 = *(u8 *)(r10 -24)
 1623: *(u64 *)(r10 -480) = r0
      ; v110: bit<32> = read var21
 1624: r0 = *(u32 *)(r10 -88)
 1625: *(u64 *)(r10 -488) = r0
      ; v111: bit<32> = read var22
 1626: r0 = *(u32 *)(r10 -84)
 1627: *(u64 *)(r10 -496) = r0
      ; v112: bit<8> = read var23
 1628: r0 = *(u8 *)(r10 -23)
 1629: *(u64 *)(r10 -504) = r0
      ; v113: bit<32> = read var24
 1630: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1631: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1632: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1633: r0 = *(u64 *)(r10 -432)
 1634: *(u32 *)(r10 -280) = r0
 1635: *(u32 *)(r10 -276) = r9
 1636: *(u16 *)(r10 -272) = r8
 1637: *(u16 *)(r10 -270) = r4
 1638: *(u64 *)(r10 -352) = 0
 1639: *(u64 *)(r10 -344) = 0
 1640: *(u64 *)(r10 -336) = 0
 1641: r0 = *(u64 *)(r10 -440)
 1642: *(u32 *)(r10 -368) = r0
 1643: r0 = *(u64 *)(r10 -448)
 1644: *(u32 *)(r10 -364) = r0
 1645: r0 = *(u64 *)(r10 -456)
 1646: *(u32 *)(r10 -360) = r0
 1647: r0 = *(u64 *)(r10 -464)
 1648: *(u32 *)(r10 -356) = r0
 1649: r0 = *(u64 *)(r10 -472)
 1650: *(u16 *)(r10 -352) = r0
 1651: r0 = *(u64 *)(r10 -480)
 1652: *(u8 *)(r10 -350) = r0
 1653: r0 = *(u64 *)(r10 -488)
 1654: *(u32 *)(r10 -348) = r0
 1655: r0 = *(u64 *)(r10 -496)
 1656: *(u32 *)(r10 -344) = r0
 1657: r0 = *(u64 *)(r10 -504)
 1658: *(u8 *)(r10 -340) = r0
 1659: *(u32 *)(r10 -336) = r3
 1660: *(u64 *)(r10 -328) = r2
 1661: *(u64 *)(r10 -320) = r1
 1662: r1 = map[pipe_flows] ll
 1664: r2 = r10
 1665: r2 += -280
 1666: r3 = r10
 1667: r3 += -368
 1668: r4 = 0
 1669: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1670: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1671: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1672: if r1 == 0 goto +277
      ; v121: bit<32> = read_field hdr1.dstAddr
 1673: r4 = 0
 1674: r0 = *(u64 *)(r10 -424)
 1675: if r0 == 0 goto +2
 1676: r0 = *(u64 *)(r10 -424)
 1677: r4 = *(u32 *)(r0 +16)
 1678: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1679: r3 = 0
 1680: r0 = *(u64 *)(r10 -424)
 1681: if r0 == 0 goto +2
 1682: r0 = *(u64 *)(r10 -424)
 1683: r3 = *(u32 *)(r0 +12)
 1684: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1685: r2 = 0
 1686: r0 = *(u64 *)(r10 -416)
 1687: if r0 == 0 goto +2
 1688: r0 = *(u64 *)(r10 -416)
 1689: r2 = *(u16 *)(r0 +2)
 1690: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1691: r1 = 0
 1692: r0 = *(u64 *)(r10 -416)
 1693: if r0 == 0 goto +2
 1694: r0 = *(u64 *)(r10 -416)
 1695: r1 = *(u16 *)(r0 +0)
 1696: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1697: *(u32 *)(r10 -272) = r4
 1698: *(u32 *)(r10 -268) = r3
 1699: *(u16 *)(r10 -264) = r2
 1700: *(u16 *)(r10 -262) = r1
 1701: r1 = map[pipe_flows] ll
 1703: r2 = r10
 1704: r2 += -272
 1705: call bpf_map_lookup_elem
 1706: r9 = r0
 1707: if r9 == 0 goto +35
 1708: r0 = *(u32 *)(r9 +0)
 1709: *(u64 *)(r10 -432) = r0
 1710: w0 = w0
 1711: *(u64 *)(r10 -432) = r0
 1712: r0 = *(u32 *)(r9 +4)
 1713: *(u64 *)(r10 -440) = r0
 1714: w0 = w0
 1715: *(u64 *)(r10 -440) = r0
 1716: r0 = *(u32 *)(r9 +8)
 1717: *(u64 *)(r10 -448) = r0
 1718: w0 = w0
 1719: *(u64 *)(r10 -448) = r0
 1720: r0 = *(u32 *)(r9 +12)
 1721: *(u64 *)(r10 -456) = r0
 1722: w0 = w0
 1723: *(u64 *)(r10 -456) = r0
 1724: r0 = *(u16 *)(r9 +16)
 1725: *(u64 *)(r10 -464) = r0
 1726: r0 &= 65535
 1727: *(u64 *)(r10 -464) = r0
 1728: r8 = *(u8 *)(r9 +18)
 1729: r8 &= 255
 1730: r4 = *(u32 *)(r9 +20)
 1731: w4 = w4
 1732: r3 = *(u32 *)(r9 +24)
 1733: w3 = w3
 1734: r2 = *(u8 *)(r9 +28)
 1735: r2 &= 255
 1736: r1 = *(u32 *)(r9 +32)
 1737: w1 = w1
 1738: r0 = *(u64 *)(r9 +40)
 1739: *(u64 *)(r10 -472) = r0
 1740: r0 = *(u64 *)(r9 +48)
 1741: *(u64 *)(r10 -480) = r0
 1742: goto +12
 1743: *(u64 *)(r10 -432) = 0
 1744: *(u64 *)(r10 -440) = 0
 1745: *(u64 *)(r10 -448) = 0
 1746: *(u64 *)(r10 -456) = 0
 1747: *(u64 *)(r10 -464) = 0
 1748: r8 = 0
 1749: r4 = 0
 1750: r3 = 0
 1751: r2 = 0
 1752: r1 = 0
 1753: *(u64 *)(r10 -472) = 0
 1754: *(u64 *)(r10 -480) = 0
      ; write var30, v126
 1755: r0 = *(u64 *)(r10 -432)
 1756: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1757: r0 = *(u64 *)(r10 -440)
 1758: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1759: r0 = *(u64 *)(r10 -448)
 1760: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1761: r0 = *(u64 *)(r10 -456)
 1762: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1763: r0 = *(u64 *)(r10 -464)
 1764: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1765: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1766: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1767: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1768: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1769: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1770: r0 = *(u64 *)(r10 -472)
 1771: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1772: r0 = *(u64 *)(r10 -480)
 1773: *(u64 *)(r10 -208) = r0
 1774: if r9 == 0 goto +175
      ; v138: bit<32> = read_field hdr2.ackNo
 1775: r1 = 0
 1776: r0 = *(u64 *)(r10 -416)
 1777: if r0 == 0 goto +2
 1778: r0 = *(u64 *)(r10 -416)
 1779: r1 = *(u32 *)(r0 +8)
 1780: r1 = be32 r1
      ; v139: bit<32> = read var30
 1781: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1782: r1 -= r2
 1783: w1 = w1
      ; write var42, v140
 1784: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1785: r3 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
      ; v144: bit<32> = read var42
 1786: r2 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1787: w1 = -2147483648
      ; v146: bool = lt v144, v145
      ; v147: bool = logical_and v143, v146
 1788: if r3 == 0 goto +8
 1789: if r2 >= r1 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1790: r1 = 0
 1791: r0 = *(u64 *)(r10 -416)
 1792: if r0 == 0 goto +2
 1793: r0 = *(u64 *)(r10 -416)
 1794: r1 = *(u32 *)(r0 +8)
 1795: r1 = be32 r1
      ; write var30, v148
 1796: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1797: r3 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
      ; v152: bit<32> = read_field hdr2.ackNo
 1798: r2 = 0
 1799: r0 = *(u64 *)(r10 -416)
 1800: if r0 == 0 goto +2
 1801: r0 = *(u64 *)(r10 -416)
 1802: r2 = *(u32 *)(r0 +8)
 1803: r2 = be32 r2
      ; v153: bit<32> = read var39
 1804: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1805: r2 -= r1
 1806: w2 = w2
      ; v155: bit<32> = const 0x80000000
 1807: w1 = -2147483648
      ; v156: bool = lt v154, v155
      ; v157: bool = logical_and v151, v156
 1808: if r3 != 1 goto +6
 1809: if r2 >= r1 goto +5
      ; v158: bit<64> = read var10
 1810: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1811: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1812: r1 -= r2
      ; write var41, v160
 1813: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
      ; write var38, v161
 1814: *(u8 *)(r10 -20) = 0
      ; v162: bit<32> = read var31
 1815: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1816: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1817: r1 -= r2
 1818: w1 = w1
      ; write var32, v164
 1819: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1820: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1821: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1822: r3 = 1
 1823: if r1 != 0 goto +1
 1824: r3 = 0
      ; v170: bit<8> = read var20
 1825: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1826: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1827: if r3 != 0 goto +1
 1828: r1 = r2
      ; write var43, v172
 1829: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1830: r1 = 0
 1831: r0 = *(u64 *)(r10 -416)
 1832: if r0 == 0 goto +2
 1833: r0 = *(u64 *)(r10 -416)
 1834: r1 = *(u16 *)(r0 +14)
 1835: r1 = be16 r1
      ; v174: bit<32> = cast v173
      ; v175: bit<8> = read var43
 1836: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1837: if r2 >= 32 goto +3
 1838: r1 <<= r2
 1839: w1 = w1
 1840: goto +1
 1841: r1 = 0
      ; write var33, v176
 1842: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1843: r1 = 0
 1844: r0 = *(u64 *)(r10 -424)
 1845: if r0 == 0 goto +2
 1846: r0 = *(u64 *)(r10 -424)
 1847: r1 = *(u32 *)(r0 +16)
 1848: *(u64 *)(r10 -432) = r1
 1849: r0 = *(u64 *)(r10 -432)
 1850: r0 = be32 r0
 1851: *(u64 *)(r10 -432) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1852: r9 = 0
 1853: r0 = *(u64 *)(r10 -424)
 1854: if r0 == 0 goto +2
 1855: r0 = *(u64 *)(r10 -424)
 1856: r9 = *(u32 *)(r0 +12)
 1857: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1858: r8 = 0
 1859: r0 = *(u64 *)(r10 -416)
 1860: if r0 == 0 goto +2
 1861: r0 = *(u64 *)(r10 -416)
 1862: r8 = *(u16 *)(r0 +2)
 1863: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1864: r4 = 0
 1865: r0 = *(u64 *)(r10 -416)
 1866: if r0 == 0 goto +2
 1867: r0 = *(u64 *)(r10 -416)
 1868: r4 = *(u16 *)(r0 +0)
 1869: r4 = be16 r4
      ; v181: bit<32> = read var30
 1870: r0 = *(u32 *)(r10 -68)
 1871: *(u64 *)(r10 -416) = r0
      ; v182: bit<32> = read var31
 1872: r0 = *(u32 *)(r10 -64)
 1873: *(u64 *)(r10 -424) = r0
      ; v183: bit<32> = read var32
 1874: r0 = *(u32 *)(r10 -60)
 1875: *(u64 *)(r10 -440) = r0
      ; v184: bit<32> = read var33
 1876: r0 = *(u32 *)(r10 -56)
 1877: *(u64 *)(r10 -448) = r0
      ; v185: bit<16> = read var34
 1878: r0 = *(u16 *)(r10 -30)
 1879: *(u64 *)(r10 -456) = r0
      ; v186: bit<8> = read var35
 1880: r0 = *(u8 *)(r10 -21)
 1881: *(u64 *)(r10 -464) = r0
      ; v187: bit<32> = read var36
 1882: r0 = *(u32 *)(r10 -52)
 1883: *(u64 *)(r10 -472) = r0
      ; v188: bit<32> = read var37
 1884: r0 = *(u32 *)(r10 -48)
 1885: *(u64 *)(r10 -480) = r0
      ; v189: bit<8> = read var38
 1886: r0 = *(u8 *)(r10 -20)
 1887: *(u64 *)(r10 -488) = r0
      ; v190: bit<32> = read var39
 1888: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 1889: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 1890: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 1891: r0 = *(u64 *)(r10 -432)
 1892: *(u32 *)(r10 -280) = r0
 1893: *(u32 *)(r10 -276) = r9
 1894: *(u16 *)(r10 -272) = r8
 1895: *(u16 *)(r10 -270) = r4
 1896: *(u64 *)(r10 -352) = 0
 1897: *(u64 *)(r10 -344) = 0
 1898: *(u64 *)(r10 -336) = 0
 1899: r0 = *(u64 *)(r10 -416)
 1900: *(u32 *)(r10 -368) = r0
 1901: r0 = *(u64 *)(r10 -424)
 1902: *(u32 *)(r10 -364) = r0
 1903: r0 = *(u64 *)(r10 -440)
 1904: *(u32 *)(r10 -360) = r0
 1905: r0 = *(u64 *)(r10 -448)
 1906: *(u32 *)(r10 -356) = r0
 1907: r0 = *(u64 *)(r10 -456)
 1908: *(u16 *)(r10 -352) = r0
 1909: r0 = *(u64 *)(r10 -464)
 1910: *(u8 *)(r10 -350) = r0
 1911: r0 = *(u64 *)(r10 -472)
 1912: *(u32 *)(r10 -348) = r0
 1913: r0 = *(u64 *)(r10 -480)
 1914: *(u32 *)(r10 -344) = r0
 1915: r0 = *(u64 *)(r10 -488)
 1916: *(u8 *)(r10 -340) = r0
 1917: *(u32 *)(r10 -336) = r3
 1918: *(u64 *)(r10 -328) = r2
 1919: *(u64 *)(r10 -320) = r1
 1920: r1 = map[pipe_flows] ll
 1922: r2 = r10
 1923: r2 += -280
 1924: r3 = r10
 1925: r3 += -368
 1926: r4 = 0
 1927: call bpf_map_update_elem
 1928: goto +21
      ; drop
 1929: r2 = *(u32 *)(r10 -120)
 1930: r1 = *(u32 *)(r10 -116)
 1931: *(u64 *)(r10 -384) = r2
 1932: *(u64 *)(r10 -392) = r1
 1933: r1 = *(u64 *)(r10 -8)
 1934: r2 = 0xfffffffffffffff8 ll
 1936: call bpf_xdp_adjust_meta
 1937: if r0 != 0 goto +10
 1938: r1 = *(u64 *)(r10 -8)
 1939: r3 = *(u32 *)(r1 +8)
 1940: r2 = *(u32 *)(r1 +0)
 1941: r1 = r3
 1942: r1 += 8
 1943: if r1 > r2 goto +4
 1944: r1 = *(u64 *)(r10 -384)
 1945: *(u32 *)(r3 +0) = r1
 1946: r1 = *(u64 *)(r10 -392)
 1947: *(u32 *)(r3 +4) = r1
 1948: r0 = 1
 1949: exit
      ; epilogue: verdict
 1950: r2 = *(u32 *)(r10 -120)
 1951: r1 = *(u32 *)(r10 -116)
 1952: *(u64 *)(r10 -400) = r2
 1953: *(u64 *)(r10 -408) = r1
 1954: r1 = *(u64 *)(r10 -8)
 1955: r2 = 0xfffffffffffffff8 ll
 1957: call bpf_xdp_adjust_meta
 1958: if r0 != 0 goto +10
 1959: r1 = *(u64 *)(r10 -8)
 1960: r3 = *(u32 *)(r1 +8)
 1961: r2 = *(u32 *)(r1 +0)
 1962: r1 = r3
 1963: r1 += 8
 1964: if r1 > r2 goto +4
 1965: r1 = *(u64 *)(r10 -400)
 1966: *(u32 *)(r3 +0) = r1
 1967: r1 = *(u64 *)(r10 -408)
 1968: *(u32 *)(r3 +4) = r1
 1969: r0 = 2
 1970: exit
