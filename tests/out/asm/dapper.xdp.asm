; dapper for xdp: 2038 instructions, stack 504 bytes, 1 maps
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
   39: if r3 > 16383 goto +1956
   40: r2 = r6
   41: r2 += r3
   42: r1 = r2
   43: r1 += 14
   44: if r1 <= r7 goto +1
   45: goto +1950
   46: r1 = r3
   47: r1 += 1
   48: *(u32 *)(r10 -200) = r1
   49: r3 += 14
   50: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   51: r1 = *(u16 *)(r2 +12)
   52: if r1 != 8 goto +1255
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   53: r2 = *(u64 *)(r10 -16)
   54: if r2 > 16383 goto +1941
   55: r3 = r6
   56: r3 += r2
   57: r1 = r3
   58: r1 += 20
   59: if r1 <= r7 goto +1
   60: goto +1935
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
   71: if r1 == 0 goto +1924
      ; v4: bit<4> = read_field hdr1.ihl
   72: r2 = *(u8 *)(r3 +0)
   73: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   74: r2 -= 5
   75: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   76: r2 *= 32
   77: w2 = w2
      ; advance v9
   78: r1 = r2
   79: r1 &= 7
   80: if r1 != 0 goto +1915
   81: r1 = r2
   82: r1 >>= 3
   83: r2 = *(u64 *)(r10 -16)
   84: r2 += r1
   85: if r2 > 16383 goto +1910
   86: r1 = r6
   87: r1 += r2
   88: if r1 <= r7 goto +1
   89: goto +1906
   90: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   91: r2 = *(u16 *)(r3 +6)
   92: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   93: r1 = *(u8 *)(r3 +9)
   94: if r2 != 0 goto +1213
   95: if r1 != 6 goto +1212
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   96: r2 = *(u64 *)(r10 -16)
   97: if r2 > 16383 goto +1898
   98: r3 = r6
   99: r3 += r2
  100: r1 = r3
  101: r1 += 20
  102: if r1 <= r7 goto +1
  103: goto +1892
  104: r1 = r2
  105: r1 += 1
  106: *(u32 *)(r10 -192) = r1
  107: r2 += 20
  108: *(u64 *)(r10 -16) = r2
      ; v12: bit<4> = read_field hdr2.dataOffset
  109: r2 = *(u8 *)(r3 +12)
  110: r2 >>= 4
  111: r2 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
  112: r1 = 1
  113: if r2 >= 5 goto +1
  114: r1 = 0
      ; verify v14, error HeaderTooShort
  115: if r1 == 0 goto +1880
      ; v15: bit<4> = read_field hdr2.dataOffset
  116: r1 = *(u8 *)(r3 +12)
  117: r1 >>= 4
  118: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  119: r1 -= 5
  120: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  121: r1 *= 4
  122: r1 &= 65535
      ; write var2, v20
  123: *(u16 *)(r10 -36) = r1
      ; prs: block4 (next_option)
      ; v21: bit<16> = read var2
  124: r2 = *(u16 *)(r10 -36)
      ; v22: bit<8> = read var3
  125: r1 = *(u8 *)(r10 -28)
  126: if r2 == 0 goto +1181
  127: if r1 == 10 goto +1180
      ; prs: block5 (parse_option)
      ; extract hdr3
  128: r3 = *(u64 *)(r10 -16)
  129: if r3 > 16383 goto +1866
  130: r2 = r6
  131: r2 += r3
  132: r1 = r2
  133: r1 += 1
  134: if r1 <= r7 goto +1
  135: goto +1860
  136: r1 = r3
  137: r1 += 1
  138: *(u32 *)(r10 -188) = r1
  139: r3 += 1
  140: *(u64 *)(r10 -16) = r3
      ; v23: bit<8> = read var3
  141: r1 = *(u8 *)(r10 -28)
      ; v24: bit<8> = const 1
      ; v25: bit<8> = add v23, v24
  142: r1 += 1
  143: r1 &= 255
      ; write var3, v25
  144: *(u8 *)(r10 -28) = r1
      ; v26: bit<16> = read var2
  145: r1 = *(u16 *)(r10 -36)
      ; v27: bit<16> = const 1
      ; v28: bit<16> = sub v26, v27
  146: r1 -= 1
  147: r1 &= 65535
      ; write var2, v28
  148: *(u16 *)(r10 -36) = r1
      ; v29: bit<8> = read_field hdr3.kind
  149: r1 = *(u8 *)(r2 +0)
  150: if r1 == 0 goto +1157
  151: if r1 == 1 goto +90
  152: if r1 == 2 goto +73
  153: if r1 == 3 goto +55
  154: if r1 == 8 goto +39
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  155: r1 = *(u64 *)(r10 -16)
  156: if r1 > 16383 goto +1839
  157: r2 = r6
  158: r2 += r1
  159: r1 = r2
  160: r1 += 1
  161: if r1 <= r7 goto +1
  162: goto +1833
  163: r1 = *(u8 *)(r2 +0)
      ; write var9, v30
  164: *(u8 *)(r10 -26) = r1
      ; v31: bit<8> = read var9
  165: r2 = *(u8 *)(r10 -26)
      ; v32: bit<8> = const 2
      ; v33: bool = ge v31, v32
  166: r1 = 1
  167: if r2 >= 2 goto +1
  168: r1 = 0
      ; verify v33, error HeaderTooShort
  169: if r1 == 0 goto +1826
      ; v34: bit<8> = read var9
  170: r2 = *(u8 *)(r10 -26)
      ; v35: bit<32> = cast v34
      ; v36: bit<32> = const 1
      ; v37: bit<32> = sub v35, v36
  171: r2 -= 1
  172: w2 = w2
      ; v38: bit<32> = const 8
      ; v39: bit<32> = mul v37, v38
  173: r2 *= 8
  174: w2 = w2
      ; advance v39
  175: r1 = r2
  176: r1 &= 7
  177: if r1 != 0 goto +1818
  178: r1 = r2
  179: r1 >>= 3
  180: r2 = *(u64 *)(r10 -16)
  181: r2 += r1
  182: if r2 > 16383 goto +1813
  183: r1 = r6
  184: r1 += r2
  185: if r1 <= r7 goto +1
  186: goto +1809
  187: *(u64 *)(r10 -16) = r2
      ; v40: bit<16> = read var2
  188: r1 = *(u16 *)(r10 -36)
      ; v41: bit<8> = read var9
  189: r2 = *(u8 *)(r10 -26)
      ; v42: bit<16> = cast v41
      ; v43: bit<16> = const 1
      ; v44: bit<16> = sub v42, v43
  190: r2 -= 1
  191: r2 &= 65535
      ; v45: bit<16> = sub v40, v44
  192: r1 -= r2
  193: goto +29
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  194: r2 = *(u64 *)(r10 -16)
  195: if r2 > 16383 goto +1800
  196: r1 = r6
  197: r1 += r2
  198: r1 += 9
  199: if r1 <= r7 goto +1
  200: goto +1795
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
  208: goto +14
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  209: r2 = *(u64 *)(r10 -16)
  210: if r2 > 16383 goto +1785
  211: r1 = r6
  212: r1 += r2
  213: r1 += 2
  214: if r1 <= r7 goto +1
  215: goto +1780
  216: r1 = r2
  217: r1 += 1
  218: *(u32 *)(r10 -144) = r1
  219: r2 += 2
  220: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  221: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  222: r1 -= 2
  223: r1 &= 65535
      ; write var2, v51
  224: *(u16 *)(r10 -36) = r1
  225: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  226: r2 = *(u64 *)(r10 -16)
  227: if r2 > 16383 goto +1768
  228: r1 = r6
  229: r1 += r2
  230: r1 += 3
  231: if r1 <= r7 goto +1
  232: goto +1763
  233: r1 = r2
  234: r1 += 1
  235: *(u32 *)(r10 -148) = r1
  236: r2 += 3
  237: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  238: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  239: r1 -= 3
  240: r1 &= 65535
      ; write var2, v54
  241: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  242: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  243: r1 = *(u8 *)(r10 -28)
  244: if r2 == 0 goto +1063
  245: if r1 == 10 goto +1062
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  246: r3 = *(u64 *)(r10 -16)
  247: if r3 > 16383 goto +1748
  248: r2 = r6
  249: r2 += r3
  250: r1 = r2
  251: r1 += 1
  252: if r1 <= r7 goto +1
  253: goto +1742
  254: r1 = r3
  255: r1 += 1
  256: *(u32 *)(r10 -184) = r1
  257: r3 += 1
  258: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  259: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  260: r1 += 1
  261: r1 &= 255
      ; write var3, v59
  262: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  263: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  264: r1 -= 1
  265: r1 &= 65535
      ; write var2, v62
  266: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  267: r1 = *(u8 *)(r2 +0)
  268: if r1 == 0 goto +1039
  269: if r1 == 1 goto +90
  270: if r1 == 2 goto +73
  271: if r1 == 3 goto +55
  272: if r1 == 8 goto +39
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  273: r1 = *(u64 *)(r10 -16)
  274: if r1 > 16383 goto +1721
  275: r2 = r6
  276: r2 += r1
  277: r1 = r2
  278: r1 += 1
  279: if r1 <= r7 goto +1
  280: goto +1715
  281: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  282: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  283: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  284: r1 = 1
  285: if r2 >= 2 goto +1
  286: r1 = 0
      ; verify v67, error HeaderTooShort
  287: if r1 == 0 goto +1708
      ; v68: bit<8> = read var9
  288: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  289: r2 -= 1
  290: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  291: r2 *= 8
  292: w2 = w2
      ; advance v73
  293: r1 = r2
  294: r1 &= 7
  295: if r1 != 0 goto +1700
  296: r1 = r2
  297: r1 >>= 3
  298: r2 = *(u64 *)(r10 -16)
  299: r2 += r1
  300: if r2 > 16383 goto +1695
  301: r1 = r6
  302: r1 += r2
  303: if r1 <= r7 goto +1
  304: goto +1691
  305: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  306: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  307: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
      ; v77: bit<16> = const 1
      ; v78: bit<16> = sub v76, v77
  308: r2 -= 1
  309: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  310: r1 -= r2
  311: goto +29
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  312: r2 = *(u64 *)(r10 -16)
  313: if r2 > 16383 goto +1682
  314: r1 = r6
  315: r1 += r2
  316: r1 += 9
  317: if r1 <= r7 goto +1
  318: goto +1677
  319: r1 = r2
  320: r1 += 1
  321: *(u32 *)(r10 -140) = r1
  322: r2 += 9
  323: *(u64 *)(r10 -16) = r2
      ; v80: bit<16> = read var2
  324: r1 = *(u16 *)(r10 -36)
      ; v81: bit<16> = const 9
      ; v82: bit<16> = sub v80, v81
  325: r1 -= 9
  326: goto +14
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  327: r2 = *(u64 *)(r10 -16)
  328: if r2 > 16383 goto +1667
  329: r1 = r6
  330: r1 += r2
  331: r1 += 2
  332: if r1 <= r7 goto +1
  333: goto +1662
  334: r1 = r2
  335: r1 += 1
  336: *(u32 *)(r10 -144) = r1
  337: r2 += 2
  338: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  339: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
      ; v85: bit<16> = sub v83, v84
  340: r1 -= 2
  341: r1 &= 65535
      ; write var2, v85
  342: *(u16 *)(r10 -36) = r1
  343: goto +16
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  344: r2 = *(u64 *)(r10 -16)
  345: if r2 > 16383 goto +1650
  346: r1 = r6
  347: r1 += r2
  348: r1 += 3
  349: if r1 <= r7 goto +1
  350: goto +1645
  351: r1 = r2
  352: r1 += 1
  353: *(u32 *)(r10 -148) = r1
  354: r2 += 3
  355: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  356: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
      ; v88: bit<16> = sub v86, v87
  357: r1 -= 3
  358: r1 &= 65535
      ; write var2, v88
  359: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  360: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  361: r1 = *(u8 *)(r10 -28)
  362: if r2 == 0 goto +945
  363: if r1 == 10 goto +944
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  364: r3 = *(u64 *)(r10 -16)
  365: if r3 > 16383 goto +1630
  366: r2 = r6
  367: r2 += r3
  368: r1 = r2
  369: r1 += 1
  370: if r1 <= r7 goto +1
  371: goto +1624
  372: r1 = r3
  373: r1 += 1
  374: *(u32 *)(r10 -180) = r1
  375: r3 += 1
  376: *(u64 *)(r10 -16) = r3
      ; v91: bit<8> = read var3
  377: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
      ; v93: bit<8> = add v91, v92
  378: r1 += 1
  379: r1 &= 255
      ; write var3, v93
  380: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  381: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
      ; v96: bit<16> = sub v94, v95
  382: r1 -= 1
  383: r1 &= 65535
      ; write var2, v96
  384: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  385: r1 = *(u8 *)(r2 +0)
  386: if r1 == 0 goto +921
  387: if r1 == 1 goto +90
  388: if r1 == 2 goto +73
  389: if r1 == 3 goto +55
  390: if r1 == 8 goto +39
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  391: r1 = *(u64 *)(r10 -16)
  392: if r1 > 16383 goto +1603
  393: r2 = r6
  394: r2 += r1
  395: r1 = r2
  396: r1 += 1
  397: if r1 <= r7 goto +1
  398: goto +1597
  399: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  400: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  401: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  402: r1 = 1
  403: if r2 >= 2 goto +1
  404: r1 = 0
      ; verify v101, error HeaderTooShort
  405: if r1 == 0 goto +1590
      ; v102: bit<8> = read var9
  406: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  407: r2 -= 1
  408: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  409: r2 *= 8
  410: w2 = w2
      ; advance v107
  411: r1 = r2
  412: r1 &= 7
  413: if r1 != 0 goto +1582
  414: r1 = r2
  415: r1 >>= 3
  416: r2 = *(u64 *)(r10 -16)
  417: r2 += r1
  418: if r2 > 16383 goto +1577
  419: r1 = r6
  420: r1 += r2
  421: if r1 <= r7 goto +1
  422: goto +1573
  423: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  424: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  425: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  426: r2 -= 1
  427: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  428: r1 -= r2
  429: goto +29
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  430: r2 = *(u64 *)(r10 -16)
  431: if r2 > 16383 goto +1564
  432: r1 = r6
  433: r1 += r2
  434: r1 += 9
  435: if r1 <= r7 goto +1
  436: goto +1559
  437: r1 = r2
  438: r1 += 1
  439: *(u32 *)(r10 -140) = r1
  440: r2 += 9
  441: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  442: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  443: r1 -= 9
  444: goto +14
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  445: r2 = *(u64 *)(r10 -16)
  446: if r2 > 16383 goto +1549
  447: r1 = r6
  448: r1 += r2
  449: r1 += 2
  450: if r1 <= r7 goto +1
  451: goto +1544
  452: r1 = r2
  453: r1 += 1
  454: *(u32 *)(r10 -144) = r1
  455: r2 += 2
  456: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  457: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  458: r1 -= 2
  459: r1 &= 65535
      ; write var2, v119
  460: *(u16 *)(r10 -36) = r1
  461: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  462: r2 = *(u64 *)(r10 -16)
  463: if r2 > 16383 goto +1532
  464: r1 = r6
  465: r1 += r2
  466: r1 += 3
  467: if r1 <= r7 goto +1
  468: goto +1527
  469: r1 = r2
  470: r1 += 1
  471: *(u32 *)(r10 -148) = r1
  472: r2 += 3
  473: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  474: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  475: r1 -= 3
  476: r1 &= 65535
      ; write var2, v122
  477: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  478: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  479: r1 = *(u8 *)(r10 -28)
  480: if r2 == 0 goto +827
  481: if r1 == 10 goto +826
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  482: r3 = *(u64 *)(r10 -16)
  483: if r3 > 16383 goto +1512
  484: r2 = r6
  485: r2 += r3
  486: r1 = r2
  487: r1 += 1
  488: if r1 <= r7 goto +1
  489: goto +1506
  490: r1 = r3
  491: r1 += 1
  492: *(u32 *)(r10 -176) = r1
  493: r3 += 1
  494: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  495: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  496: r1 += 1
  497: r1 &= 255
      ; write var3, v127
  498: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  499: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  500: r1 -= 1
  501: r1 &= 65535
      ; write var2, v130
  502: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  503: r1 = *(u8 *)(r2 +0)
  504: if r1 == 0 goto +803
  505: if r1 == 1 goto +90
  506: if r1 == 2 goto +73
  507: if r1 == 3 goto +55
  508: if r1 == 8 goto +39
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  509: r1 = *(u64 *)(r10 -16)
  510: if r1 > 16383 goto +1485
  511: r2 = r6
  512: r2 += r1
  513: r1 = r2
  514: r1 += 1
  515: if r1 <= r7 goto +1
  516: goto +1479
  517: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  518: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  519: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  520: r1 = 1
  521: if r2 >= 2 goto +1
  522: r1 = 0
      ; verify v135, error HeaderTooShort
  523: if r1 == 0 goto +1472
      ; v136: bit<8> = read var9
  524: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  525: r2 -= 1
  526: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  527: r2 *= 8
  528: w2 = w2
      ; advance v141
  529: r1 = r2
  530: r1 &= 7
  531: if r1 != 0 goto +1464
  532: r1 = r2
  533: r1 >>= 3
  534: r2 = *(u64 *)(r10 -16)
  535: r2 += r1
  536: if r2 > 16383 goto +1459
  537: r1 = r6
  538: r1 += r2
  539: if r1 <= r7 goto +1
  540: goto +1455
  541: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  542: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  543: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  544: r2 -= 1
  545: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  546: r1 -= r2
  547: goto +29
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  548: r2 = *(u64 *)(r10 -16)
  549: if r2 > 16383 goto +1446
  550: r1 = r6
  551: r1 += r2
  552: r1 += 9
  553: if r1 <= r7 goto +1
  554: goto +1441
  555: r1 = r2
  556: r1 += 1
  557: *(u32 *)(r10 -140) = r1
  558: r2 += 9
  559: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  560: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  561: r1 -= 9
  562: goto +14
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  563: r2 = *(u64 *)(r10 -16)
  564: if r2 > 16383 goto +1431
  565: r1 = r6
  566: r1 += r2
  567: r1 += 2
  568: if r1 <= r7 goto +1
  569: goto +1426
  570: r1 = r2
  571: r1 += 1
  572: *(u32 *)(r10 -144) = r1
  573: r2 += 2
  574: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  575: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  576: r1 -= 2
  577: r1 &= 65535
      ; write var2, v153
  578: *(u16 *)(r10 -36) = r1
  579: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  580: r2 = *(u64 *)(r10 -16)
  581: if r2 > 16383 goto +1414
  582: r1 = r6
  583: r1 += r2
  584: r1 += 3
  585: if r1 <= r7 goto +1
  586: goto +1409
  587: r1 = r2
  588: r1 += 1
  589: *(u32 *)(r10 -148) = r1
  590: r2 += 3
  591: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  592: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  593: r1 -= 3
  594: r1 &= 65535
      ; write var2, v156
  595: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  596: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  597: r1 = *(u8 *)(r10 -28)
  598: if r2 == 0 goto +709
  599: if r1 == 10 goto +708
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  600: r3 = *(u64 *)(r10 -16)
  601: if r3 > 16383 goto +1394
  602: r2 = r6
  603: r2 += r3
  604: r1 = r2
  605: r1 += 1
  606: if r1 <= r7 goto +1
  607: goto +1388
  608: r1 = r3
  609: r1 += 1
  610: *(u32 *)(r10 -172) = r1
  611: r3 += 1
  612: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  613: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  614: r1 += 1
  615: r1 &= 255
      ; write var3, v161
  616: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  617: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  618: r1 -= 1
  619: r1 &= 65535
      ; write var2, v164
  620: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  621: r1 = *(u8 *)(r2 +0)
  622: if r1 == 0 goto +685
  623: if r1 == 1 goto +90
  624: if r1 == 2 goto +73
  625: if r1 == 3 goto +55
  626: if r1 == 8 goto +39
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  627: r1 = *(u64 *)(r10 -16)
  628: if r1 > 16383 goto +1367
  629: r2 = r6
  630: r2 += r1
  631: r1 = r2
  632: r1 += 1
  633: if r1 <= r7 goto +1
  634: goto +1361
  635: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  636: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  637: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  638: r1 = 1
  639: if r2 >= 2 goto +1
  640: r1 = 0
      ; verify v169, error HeaderTooShort
  641: if r1 == 0 goto +1354
      ; v170: bit<8> = read var9
  642: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  643: r2 -= 1
  644: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  645: r2 *= 8
  646: w2 = w2
      ; advance v175
  647: r1 = r2
  648: r1 &= 7
  649: if r1 != 0 goto +1346
  650: r1 = r2
  651: r1 >>= 3
  652: r2 = *(u64 *)(r10 -16)
  653: r2 += r1
  654: if r2 > 16383 goto +1341
  655: r1 = r6
  656: r1 += r2
  657: if r1 <= r7 goto +1
  658: goto +1337
  659: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  660: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  661: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  662: r2 -= 1
  663: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  664: r1 -= r2
  665: goto +29
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  666: r2 = *(u64 *)(r10 -16)
  667: if r2 > 16383 goto +1328
  668: r1 = r6
  669: r1 += r2
  670: r1 += 9
  671: if r1 <= r7 goto +1
  672: goto +1323
  673: r1 = r2
  674: r1 += 1
  675: *(u32 *)(r10 -140) = r1
  676: r2 += 9
  677: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  678: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  679: r1 -= 9
  680: goto +14
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  681: r2 = *(u64 *)(r10 -16)
  682: if r2 > 16383 goto +1313
  683: r1 = r6
  684: r1 += r2
  685: r1 += 2
  686: if r1 <= r7 goto +1
  687: goto +1308
  688: r1 = r2
  689: r1 += 1
  690: *(u32 *)(r10 -144) = r1
  691: r2 += 2
  692: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  693: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  694: r1 -= 2
  695: r1 &= 65535
      ; write var2, v187
  696: *(u16 *)(r10 -36) = r1
  697: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  698: r2 = *(u64 *)(r10 -16)
  699: if r2 > 16383 goto +1296
  700: r1 = r6
  701: r1 += r2
  702: r1 += 3
  703: if r1 <= r7 goto +1
  704: goto +1291
  705: r1 = r2
  706: r1 += 1
  707: *(u32 *)(r10 -148) = r1
  708: r2 += 3
  709: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  710: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  711: r1 -= 3
  712: r1 &= 65535
      ; write var2, v190
  713: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  714: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  715: r1 = *(u8 *)(r10 -28)
  716: if r2 == 0 goto +591
  717: if r1 == 10 goto +590
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  718: r3 = *(u64 *)(r10 -16)
  719: if r3 > 16383 goto +1276
  720: r2 = r6
  721: r2 += r3
  722: r1 = r2
  723: r1 += 1
  724: if r1 <= r7 goto +1
  725: goto +1270
  726: r1 = r3
  727: r1 += 1
  728: *(u32 *)(r10 -168) = r1
  729: r3 += 1
  730: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  731: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  732: r1 += 1
  733: r1 &= 255
      ; write var3, v195
  734: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  735: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  736: r1 -= 1
  737: r1 &= 65535
      ; write var2, v198
  738: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  739: r1 = *(u8 *)(r2 +0)
  740: if r1 == 0 goto +567
  741: if r1 == 1 goto +90
  742: if r1 == 2 goto +73
  743: if r1 == 3 goto +55
  744: if r1 == 8 goto +39
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  745: r1 = *(u64 *)(r10 -16)
  746: if r1 > 16383 goto +1249
  747: r2 = r6
  748: r2 += r1
  749: r1 = r2
  750: r1 += 1
  751: if r1 <= r7 goto +1
  752: goto +1243
  753: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  754: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  755: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  756: r1 = 1
  757: if r2 >= 2 goto +1
  758: r1 = 0
      ; verify v203, error HeaderTooShort
  759: if r1 == 0 goto +1236
      ; v204: bit<8> = read var9
  760: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  761: r2 -= 1
  762: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  763: r2 *= 8
  764: w2 = w2
      ; advance v209
  765: r1 = r2
  766: r1 &= 7
  767: if r1 != 0 goto +1228
  768: r1 = r2
  769: r1 >>= 3
  770: r2 = *(u64 *)(r10 -16)
  771: r2 += r1
  772: if r2 > 16383 goto +1223
  773: r1 = r6
  774: r1 += r2
  775: if r1 <= r7 goto +1
  776: goto +1219
  777: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  778: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  779: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  780: r2 -= 1
  781: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  782: r1 -= r2
  783: goto +29
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  784: r2 = *(u64 *)(r10 -16)
  785: if r2 > 16383 goto +1210
  786: r1 = r6
  787: r1 += r2
  788: r1 += 9
  789: if r1 <= r7 goto +1
  790: goto +1205
  791: r1 = r2
  792: r1 += 1
  793: *(u32 *)(r10 -140) = r1
  794: r2 += 9
  795: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  796: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  797: r1 -= 9
  798: goto +14
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  799: r2 = *(u64 *)(r10 -16)
  800: if r2 > 16383 goto +1195
  801: r1 = r6
  802: r1 += r2
  803: r1 += 2
  804: if r1 <= r7 goto +1
  805: goto +1190
  806: r1 = r2
  807: r1 += 1
  808: *(u32 *)(r10 -144) = r1
  809: r2 += 2
  810: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  811: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  812: r1 -= 2
  813: r1 &= 65535
      ; write var2, v221
  814: *(u16 *)(r10 -36) = r1
  815: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  816: r2 = *(u64 *)(r10 -16)
  817: if r2 > 16383 goto +1178
  818: r1 = r6
  819: r1 += r2
  820: r1 += 3
  821: if r1 <= r7 goto +1
  822: goto +1173
  823: r1 = r2
  824: r1 += 1
  825: *(u32 *)(r10 -148) = r1
  826: r2 += 3
  827: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  828: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  829: r1 -= 3
  830: r1 &= 65535
      ; write var2, v224
  831: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  832: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  833: r1 = *(u8 *)(r10 -28)
  834: if r2 == 0 goto +473
  835: if r1 == 10 goto +472
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  836: r3 = *(u64 *)(r10 -16)
  837: if r3 > 16383 goto +1158
  838: r2 = r6
  839: r2 += r3
  840: r1 = r2
  841: r1 += 1
  842: if r1 <= r7 goto +1
  843: goto +1152
  844: r1 = r3
  845: r1 += 1
  846: *(u32 *)(r10 -164) = r1
  847: r3 += 1
  848: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  849: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  850: r1 += 1
  851: r1 &= 255
      ; write var3, v229
  852: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  853: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  854: r1 -= 1
  855: r1 &= 65535
      ; write var2, v232
  856: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  857: r1 = *(u8 *)(r2 +0)
  858: if r1 == 0 goto +449
  859: if r1 == 1 goto +90
  860: if r1 == 2 goto +73
  861: if r1 == 3 goto +55
  862: if r1 == 8 goto +39
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  863: r1 = *(u64 *)(r10 -16)
  864: if r1 > 16383 goto +1131
  865: r2 = r6
  866: r2 += r1
  867: r1 = r2
  868: r1 += 1
  869: if r1 <= r7 goto +1
  870: goto +1125
  871: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  872: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  873: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  874: r1 = 1
  875: if r2 >= 2 goto +1
  876: r1 = 0
      ; verify v237, error HeaderTooShort
  877: if r1 == 0 goto +1118
      ; v238: bit<8> = read var9
  878: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  879: r2 -= 1
  880: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  881: r2 *= 8
  882: w2 = w2
      ; advance v243
  883: r1 = r2
  884: r1 &= 7
  885: if r1 != 0 goto +1110
  886: r1 = r2
  887: r1 >>= 3
  888: r2 = *(u64 *)(r10 -16)
  889: r2 += r1
  890: if r2 > 16383 goto +1105
  891: r1 = r6
  892: r1 += r2
  893: if r1 <= r7 goto +1
  894: goto +1101
  895: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  896: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  897: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  898: r2 -= 1
  899: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  900: r1 -= r2
  901: goto +29
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  902: r2 = *(u64 *)(r10 -16)
  903: if r2 > 16383 goto +1092
  904: r1 = r6
  905: r1 += r2
  906: r1 += 9
  907: if r1 <= r7 goto +1
  908: goto +1087
  909: r1 = r2
  910: r1 += 1
  911: *(u32 *)(r10 -140) = r1
  912: r2 += 9
  913: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  914: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  915: r1 -= 9
  916: goto +14
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  917: r2 = *(u64 *)(r10 -16)
  918: if r2 > 16383 goto +1077
  919: r1 = r6
  920: r1 += r2
  921: r1 += 2
  922: if r1 <= r7 goto +1
  923: goto +1072
  924: r1 = r2
  925: r1 += 1
  926: *(u32 *)(r10 -144) = r1
  927: r2 += 2
  928: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  929: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  930: r1 -= 2
  931: r1 &= 65535
      ; write var2, v255
  932: *(u16 *)(r10 -36) = r1
  933: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  934: r2 = *(u64 *)(r10 -16)
  935: if r2 > 16383 goto +1060
  936: r1 = r6
  937: r1 += r2
  938: r1 += 3
  939: if r1 <= r7 goto +1
  940: goto +1055
  941: r1 = r2
  942: r1 += 1
  943: *(u32 *)(r10 -148) = r1
  944: r2 += 3
  945: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  946: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  947: r1 -= 3
  948: r1 &= 65535
      ; write var2, v258
  949: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  950: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  951: r1 = *(u8 *)(r10 -28)
  952: if r2 == 0 goto +355
  953: if r1 == 10 goto +354
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  954: r3 = *(u64 *)(r10 -16)
  955: if r3 > 16383 goto +1040
  956: r2 = r6
  957: r2 += r3
  958: r1 = r2
  959: r1 += 1
  960: if r1 <= r7 goto +1
  961: goto +1034
  962: r1 = r3
  963: r1 += 1
  964: *(u32 *)(r10 -160) = r1
  965: r3 += 1
  966: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
  967: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
  968: r1 += 1
  969: r1 &= 255
      ; write var3, v263
  970: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
  971: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
  972: r1 -= 1
  973: r1 &= 65535
      ; write var2, v266
  974: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
  975: r1 = *(u8 *)(r2 +0)
  976: if r1 == 0 goto +331
  977: if r1 == 1 goto +90
  978: if r1 == 2 goto +73
  979: if r1 == 3 goto +55
  980: if r1 == 8 goto +39
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
  981: r1 = *(u64 *)(r10 -16)
  982: if r1 > 16383 goto +1013
  983: r2 = r6
  984: r2 += r1
  985: r1 = r2
  986: r1 += 1
  987: if r1 <= r7 goto +1
  988: goto +1007
  989: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
  990: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
  991: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
  992: r1 = 1
  993: if r2 >= 2 goto +1
  994: r1 = 0
      ; verify v271, error HeaderTooShort
  995: if r1 == 0 goto +1000
      ; v272: bit<8> = read var9
  996: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
  997: r2 -= 1
  998: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
  999: r2 *= 8
 1000: w2 = w2
      ; advance v277
 1001: r1 = r2
 1002: r1 &= 7
 1003: if r1 != 0 goto +992
 1004: r1 = r2
 1005: r1 >>= 3
 1006: r2 = *(u64 *)(r10 -16)
 1007: r2 += r1
 1008: if r2 > 16383 goto +987
 1009: r1 = r6
 1010: r1 += r2
 1011: if r1 <= r7 goto +1
 1012: goto +983
 1013: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1014: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1015: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
 1016: r2 -= 1
 1017: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1018: r1 -= r2
 1019: goto +29
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1020: r2 = *(u64 *)(r10 -16)
 1021: if r2 > 16383 goto +974
 1022: r1 = r6
 1023: r1 += r2
 1024: r1 += 9
 1025: if r1 <= r7 goto +1
 1026: goto +969
 1027: r1 = r2
 1028: r1 += 1
 1029: *(u32 *)(r10 -140) = r1
 1030: r2 += 9
 1031: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1032: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
 1033: r1 -= 9
 1034: goto +14
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1035: r2 = *(u64 *)(r10 -16)
 1036: if r2 > 16383 goto +959
 1037: r1 = r6
 1038: r1 += r2
 1039: r1 += 2
 1040: if r1 <= r7 goto +1
 1041: goto +954
 1042: r1 = r2
 1043: r1 += 1
 1044: *(u32 *)(r10 -144) = r1
 1045: r2 += 2
 1046: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1047: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1048: r1 -= 2
 1049: r1 &= 65535
      ; write var2, v289
 1050: *(u16 *)(r10 -36) = r1
 1051: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1052: r2 = *(u64 *)(r10 -16)
 1053: if r2 > 16383 goto +942
 1054: r1 = r6
 1055: r1 += r2
 1056: r1 += 3
 1057: if r1 <= r7 goto +1
 1058: goto +937
 1059: r1 = r2
 1060: r1 += 1
 1061: *(u32 *)(r10 -148) = r1
 1062: r2 += 3
 1063: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1064: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1065: r1 -= 3
 1066: r1 &= 65535
      ; write var2, v292
 1067: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1068: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1069: r1 = *(u8 *)(r10 -28)
 1070: if r2 == 0 goto +237
 1071: if r1 == 10 goto +236
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1072: r3 = *(u64 *)(r10 -16)
 1073: if r3 > 16383 goto +922
 1074: r2 = r6
 1075: r2 += r3
 1076: r1 = r2
 1077: r1 += 1
 1078: if r1 <= r7 goto +1
 1079: goto +916
 1080: r1 = r3
 1081: r1 += 1
 1082: *(u32 *)(r10 -156) = r1
 1083: r3 += 1
 1084: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1085: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1086: r1 += 1
 1087: r1 &= 255
      ; write var3, v297
 1088: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1089: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1090: r1 -= 1
 1091: r1 &= 65535
      ; write var2, v300
 1092: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1093: r1 = *(u8 *)(r2 +0)
 1094: if r1 == 0 goto +213
 1095: if r1 == 1 goto +90
 1096: if r1 == 2 goto +73
 1097: if r1 == 3 goto +55
 1098: if r1 == 8 goto +39
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1099: r1 = *(u64 *)(r10 -16)
 1100: if r1 > 16383 goto +895
 1101: r2 = r6
 1102: r2 += r1
 1103: r1 = r2
 1104: r1 += 1
 1105: if r1 <= r7 goto +1
 1106: goto +889
 1107: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1108: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1109: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1110: r1 = 1
 1111: if r2 >= 2 goto +1
 1112: r1 = 0
      ; verify v305, error HeaderTooShort
 1113: if r1 == 0 goto +882
      ; v306: bit<8> = read var9
 1114: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1115: r2 -= 1
 1116: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1117: r2 *= 8
 1118: w2 = w2
      ; advance v311
 1119: r1 = r2
 1120: r1 &= 7
 1121: if r1 != 0 goto +874
 1122: r1 = r2
 1123: r1 >>= 3
 1124: r2 = *(u64 *)(r10 -16)
 1125: r2 += r1
 1126: if r2 > 16383 goto +869
 1127: r1 = r6
 1128: r1 += r2
 1129: if r1 <= r7 goto +1
 1130: goto +865
 1131: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1132: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1133: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1134: r2 -= 1
 1135: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1136: r1 -= r2
 1137: goto +29
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1138: r2 = *(u64 *)(r10 -16)
 1139: if r2 > 16383 goto +856
 1140: r1 = r6
 1141: r1 += r2
 1142: r1 += 9
 1143: if r1 <= r7 goto +1
 1144: goto +851
 1145: r1 = r2
 1146: r1 += 1
 1147: *(u32 *)(r10 -140) = r1
 1148: r2 += 9
 1149: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1150: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1151: r1 -= 9
 1152: goto +14
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1153: r2 = *(u64 *)(r10 -16)
 1154: if r2 > 16383 goto +841
 1155: r1 = r6
 1156: r1 += r2
 1157: r1 += 2
 1158: if r1 <= r7 goto +1
 1159: goto +836
 1160: r1 = r2
 1161: r1 += 1
 1162: *(u32 *)(r10 -144) = r1
 1163: r2 += 2
 1164: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1165: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1166: r1 -= 2
 1167: r1 &= 65535
      ; write var2, v323
 1168: *(u16 *)(r10 -36) = r1
 1169: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1170: r2 = *(u64 *)(r10 -16)
 1171: if r2 > 16383 goto +824
 1172: r1 = r6
 1173: r1 += r2
 1174: r1 += 3
 1175: if r1 <= r7 goto +1
 1176: goto +819
 1177: r1 = r2
 1178: r1 += 1
 1179: *(u32 *)(r10 -148) = r1
 1180: r2 += 3
 1181: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1182: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1183: r1 -= 3
 1184: r1 &= 65535
      ; write var2, v326
 1185: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1186: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1187: r1 = *(u8 *)(r10 -28)
 1188: if r2 == 0 goto +119
 1189: if r1 == 10 goto +118
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1190: r3 = *(u64 *)(r10 -16)
 1191: if r3 > 16383 goto +804
 1192: r2 = r6
 1193: r2 += r3
 1194: r1 = r2
 1195: r1 += 1
 1196: if r1 <= r7 goto +1
 1197: goto +798
 1198: r1 = r3
 1199: r1 += 1
 1200: *(u32 *)(r10 -152) = r1
 1201: r3 += 1
 1202: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1203: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1204: r1 += 1
 1205: r1 &= 255
      ; write var3, v331
 1206: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1207: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1208: r1 -= 1
 1209: r1 &= 65535
      ; write var2, v334
 1210: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1211: r1 = *(u8 *)(r2 +0)
 1212: if r1 == 0 goto +95
 1213: if r1 == 1 goto +90
 1214: if r1 == 2 goto +73
 1215: if r1 == 3 goto +55
 1216: if r1 == 8 goto +39
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1217: r1 = *(u64 *)(r10 -16)
 1218: if r1 > 16383 goto +777
 1219: r2 = r6
 1220: r2 += r1
 1221: r1 = r2
 1222: r1 += 1
 1223: if r1 <= r7 goto +1
 1224: goto +771
 1225: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1226: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1227: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1228: r1 = 1
 1229: if r2 >= 2 goto +1
 1230: r1 = 0
      ; verify v339, error HeaderTooShort
 1231: if r1 == 0 goto +764
      ; v340: bit<8> = read var9
 1232: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1233: r2 -= 1
 1234: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1235: r2 *= 8
 1236: w2 = w2
      ; advance v345
 1237: r1 = r2
 1238: r1 &= 7
 1239: if r1 != 0 goto +756
 1240: r1 = r2
 1241: r1 >>= 3
 1242: r2 = *(u64 *)(r10 -16)
 1243: r2 += r1
 1244: if r2 > 16383 goto +751
 1245: r1 = r6
 1246: r1 += r2
 1247: if r1 <= r7 goto +1
 1248: goto +747
 1249: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1250: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1251: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1252: r2 -= 1
 1253: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1254: r1 -= r2
 1255: goto +29
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1256: r2 = *(u64 *)(r10 -16)
 1257: if r2 > 16383 goto +738
 1258: r1 = r6
 1259: r1 += r2
 1260: r1 += 9
 1261: if r1 <= r7 goto +1
 1262: goto +733
 1263: r1 = r2
 1264: r1 += 1
 1265: *(u32 *)(r10 -140) = r1
 1266: r2 += 9
 1267: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1268: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1269: r1 -= 9
 1270: goto +14
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1271: r2 = *(u64 *)(r10 -16)
 1272: if r2 > 16383 goto +723
 1273: r1 = r6
 1274: r1 += r2
 1275: r1 += 2
 1276: if r1 <= r7 goto +1
 1277: goto +718
 1278: r1 = r2
 1279: r1 += 1
 1280: *(u32 *)(r10 -144) = r1
 1281: r2 += 2
 1282: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1283: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1284: r1 -= 2
 1285: r1 &= 65535
      ; write var2, v357
 1286: *(u16 *)(r10 -36) = r1
 1287: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1288: r2 = *(u64 *)(r10 -16)
 1289: if r2 > 16383 goto +706
 1290: r1 = r6
 1291: r1 += r2
 1292: r1 += 3
 1293: if r1 <= r7 goto +1
 1294: goto +701
 1295: r1 = r2
 1296: r1 += 1
 1297: *(u32 *)(r10 -148) = r1
 1298: r2 += 3
 1299: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1300: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1301: r1 -= 3
 1302: r1 &= 65535
      ; write var2, v360
 1303: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1304: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1305: r1 = *(u8 *)(r10 -28)
 1306: if r2 == 0 goto +1
 1307: if r1 != 10 goto +688
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1308: r1 = *(u32 *)(r10 -192)
 1309: if r1 == 0 goto +1
 1310: r1 = 1
      ; v1: bool = not v0
 1311: r1 ^= 1
 1312: if r1 != 0 goto +704
      ; v2: bit<64> = timestamp_ns
 1313: call bpf_ktime_get_ns
 1314: r1 = r0
      ; write var10, v2
 1315: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1316: r1 = *(u32 *)(r10 -192)
 1317: if r1 == 0 goto +9
 1318: r1 -= 1
 1319: if r1 > 16383 goto +7
 1320: *(u64 *)(r10 -416) = r6
 1321: r0 = *(u64 *)(r10 -416)
 1322: r0 += r1
 1323: *(u64 *)(r10 -416) = r0
 1324: r1 = *(u64 *)(r10 -416)
 1325: r1 += 20
 1326: if r1 <= r7 goto +1
 1327: *(u64 *)(r10 -416) = 0
 1328: r1 = 0
 1329: r0 = *(u64 *)(r10 -416)
 1330: if r0 == 0 goto +2
 1331: r0 = *(u64 *)(r10 -416)
 1332: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1333: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1334: r1 = *(u32 *)(r10 -196)
 1335: if r1 == 0 goto +9
 1336: r1 -= 1
 1337: if r1 > 16383 goto +7
 1338: *(u64 *)(r10 -424) = r6
 1339: r0 = *(u64 *)(r10 -424)
 1340: r0 += r1
 1341: *(u64 *)(r10 -424) = r0
 1342: r1 = *(u64 *)(r10 -424)
 1343: r1 += 20
 1344: if r1 <= r7 goto +1
 1345: *(u64 *)(r10 -424) = 0
 1346: r1 = 0
 1347: r0 = *(u64 *)(r10 -424)
 1348: if r0 == 0 goto +3
 1349: r0 = *(u64 *)(r10 -424)
 1350: r1 = *(u8 *)(r0 +0)
 1351: r1 &= 15
      ; v5: bit<16> = cast v4
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1352: r1 <<= 2
 1353: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1354: r2 = 0
 1355: r0 = *(u64 *)(r10 -416)
 1356: if r0 == 0 goto +4
 1357: r0 = *(u64 *)(r10 -416)
 1358: r2 = *(u8 *)(r0 +12)
 1359: r2 >>= 4
 1360: r2 &= 15
      ; v9: bit<16> = cast v8
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1361: r2 <<= 2
 1362: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1363: r1 += r2
 1364: r1 &= 65535
      ; write var12, v12
 1365: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1366: r1 = 0
 1367: r0 = *(u64 *)(r10 -424)
 1368: if r0 == 0 goto +2
 1369: r0 = *(u64 *)(r10 -424)
 1370: r1 = *(u16 *)(r0 +2)
 1371: r1 = be16 r1
      ; v14: bit<16> = read var12
 1372: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1373: r1 -= r2
 1374: r1 &= 65535
      ; v16: bit<32> = cast v15
      ; write var13, v16
 1375: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1376: r1 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1377: r2 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1378: r2 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1379: r4 = 1
 1380: if r2 != 0 goto +1
 1381: r4 = 0
      ; v23: bit<32> = const 1
 1382: r2 = 1
      ; v24: bit<32> = const 0
 1383: r3 = 0
      ; v25: bit<32> = select v22, v23, v24
 1384: if r4 != 0 goto +1
 1385: r2 = r3
      ; v26: bit<32> = add v17, v25
 1386: r1 += r2
 1387: w1 = w1
      ; write var14, v26
 1388: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1389: r4 = 0
 1390: r0 = *(u64 *)(r10 -424)
 1391: if r0 == 0 goto +2
 1392: r0 = *(u64 *)(r10 -424)
 1393: r4 = *(u32 *)(r0 +12)
 1394: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1395: r3 = 0
 1396: r0 = *(u64 *)(r10 -424)
 1397: if r0 == 0 goto +2
 1398: r0 = *(u64 *)(r10 -424)
 1399: r3 = *(u32 *)(r0 +16)
 1400: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1401: r2 = 0
 1402: r0 = *(u64 *)(r10 -416)
 1403: if r0 == 0 goto +2
 1404: r0 = *(u64 *)(r10 -416)
 1405: r2 = *(u16 *)(r0 +0)
 1406: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1407: r1 = 0
 1408: r0 = *(u64 *)(r10 -416)
 1409: if r0 == 0 goto +2
 1410: r0 = *(u64 *)(r10 -416)
 1411: r1 = *(u16 *)(r0 +2)
 1412: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1413: *(u32 *)(r10 -272) = r4
 1414: *(u32 *)(r10 -268) = r3
 1415: *(u16 *)(r10 -264) = r2
 1416: *(u16 *)(r10 -262) = r1
 1417: r1 = map[pipe_flows] ll
 1419: r2 = r10
 1420: r2 += -272
 1421: call bpf_map_lookup_elem
 1422: r9 = r0
 1423: if r9 == 0 goto +35
 1424: *(u64 *)(r10 -432) = 1
 1425: r0 = *(u32 *)(r9 +0)
 1426: *(u64 *)(r10 -440) = r0
 1427: w0 = w0
 1428: *(u64 *)(r10 -440) = r0
 1429: r0 = *(u32 *)(r9 +4)
 1430: *(u64 *)(r10 -448) = r0
 1431: w0 = w0
 1432: *(u64 *)(r10 -448) = r0
 1433: r0 = *(u32 *)(r9 +8)
 1434: *(u64 *)(r10 -456) = r0
 1435: w0 = w0
 1436: *(u64 *)(r10 -456) = r0
 1437: r0 = *(u32 *)(r9 +12)
 1438: *(u64 *)(r10 -464) = r0
 1439: w0 = w0
 1440: *(u64 *)(r10 -464) = r0
 1441: r0 = *(u16 *)(r9 +16)
 1442: *(u64 *)(r10 -472) = r0
 1443: r0 &= 65535
 1444: *(u64 *)(r10 -472) = r0
 1445: r8 = *(u8 *)(r9 +18)
 1446: r8 &= 255
 1447: r4 = *(u32 *)(r9 +20)
 1448: w4 = w4
 1449: r3 = *(u32 *)(r9 +24)
 1450: w3 = w3
 1451: r2 = *(u8 *)(r9 +28)
 1452: r2 &= 255
 1453: r1 = *(u32 *)(r9 +32)
 1454: w1 = w1
 1455: r0 = *(u64 *)(r9 +40)
 1456: *(u64 *)(r10 -480) = r0
 1457: r9 = *(u64 *)(r9 +48)
 1458: goto +13
 1459: *(u64 *)(r10 -432) = 0
 1460: *(u64 *)(r10 -440) = 0
 1461: *(u64 *)(r10 -448) = 0
 1462: *(u64 *)(r10 -456) = 0
 1463: *(u64 *)(r10 -464) = 0
 1464: *(u64 *)(r10 -472) = 0
 1465: r8 = 0
 1466: r4 = 0
 1467: r3 = 0
 1468: r2 = 0
 1469: r1 = 0
 1470: *(u64 *)(r10 -480) = 0
 1471: r9 = 0
      ; write var15, v32
 1472: r0 = *(u64 *)(r10 -440)
 1473: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1474: r0 = *(u64 *)(r10 -448)
 1475: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1476: r0 = *(u64 *)(r10 -456)
 1477: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1478: r0 = *(u64 *)(r10 -464)
 1479: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1480: r0 = *(u64 *)(r10 -472)
 1481: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1482: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1483: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1484: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1485: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1486: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1487: r0 = *(u64 *)(r10 -480)
 1488: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1489: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1490: r0 = *(u64 *)(r10 -432)
 1491: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1492: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1493: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1494: if r1 != 0 goto +51
      ; v65: bool = read var27
 1495: r1 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1496: r3 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1497: r2 = 1
 1498: if r3 != 0 goto +1
 1499: r2 = 0
      ; v69: bool = logical_and v65, v68
 1500: r1 &= r2
 1501: if r1 == 0 goto +112
      ; v70: bit<32> = read_field hdr2.seqNo
 1502: r1 = 0
 1503: r0 = *(u64 *)(r10 -416)
 1504: if r0 == 0 goto +2
 1505: r0 = *(u64 *)(r10 -416)
 1506: r1 = *(u32 *)(r0 +4)
 1507: r1 = be32 r1
      ; v71: bit<32> = read var14
 1508: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1509: r1 += r2
 1510: w1 = w1
      ; write var28, v72
 1511: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1512: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1513: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1514: r1 -= r2
 1515: w1 = w1
      ; write var29, v75
 1516: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1517: r2 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1518: r1 = 1
 1519: if r2 != 0 goto +1
 1520: r1 = 0
      ; v79: bit<32> = read var29
 1521: r4 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1522: w3 = -2147483648
      ; v81: bool = lt v79, v80
 1523: r2 = 1
 1524: if r4 < r3 goto +1
 1525: r2 = 0
      ; v82: bool = logical_and v78, v81
 1526: r1 &= r2
 1527: if r1 != 0 goto +7
      ; v90: bit<32> = read var22
 1528: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1529: r1 += 1
 1530: w1 = w1
      ; write var22, v92
 1531: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1532: r1 = 0
      ; write var23, v93
 1533: *(u8 *)(r10 -23) = r1
 1534: goto +79
      ; v83: bit<32> = read var28
 1535: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1536: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1537: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1538: if r1 != 0 goto +75
      ; v87: bit<8> = const 1
 1539: r1 = 1
      ; write var23, v87
 1540: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1541: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1542: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1543: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1544: *(u64 *)(r10 -232) = r1
 1545: goto +68
      ; v49: bool = const 1
 1546: r1 = 1
      ; write var27, v49
 1547: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1548: r1 = 0
 1549: r0 = *(u64 *)(r10 -416)
 1550: if r0 == 0 goto +2
 1551: r0 = *(u64 *)(r10 -416)
 1552: r1 = *(u32 *)(r0 +4)
 1553: r1 = be32 r1
      ; write var15, v50
 1554: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1555: r1 = 0
 1556: r0 = *(u64 *)(r10 -416)
 1557: if r0 == 0 goto +2
 1558: r0 = *(u64 *)(r10 -416)
 1559: r1 = *(u32 *)(r0 +4)
 1560: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1561: r1 += 1
 1562: w1 = w1
      ; write var16, v53
 1563: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1564: r1 = 0
      ; write var18, v54
 1565: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1566: r1 = *(u32 *)(r10 -148)
 1567: if r1 == 0 goto +7
 1568: r1 -= 1
 1569: if r1 > 16383 goto +5
 1570: r2 = r6
 1571: r2 += r1
 1572: r1 = r2
 1573: r1 += 3
 1574: if r1 <= r7 goto +1
 1575: r2 = 0
 1576: r1 = 0
 1577: if r2 == 0 goto +1
 1578: r1 = *(u16 *)(r2 +1)
 1579: r1 = be16 r1
      ; write var19, v55
 1580: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1581: r1 = *(u32 *)(r10 -144)
 1582: if r1 == 0 goto +7
 1583: r1 -= 1
 1584: if r1 > 16383 goto +5
 1585: r2 = r6
 1586: r2 += r1
 1587: r1 = r2
 1588: r1 += 2
 1589: if r1 <= r7 goto +1
 1590: r2 = 0
 1591: r1 = 0
 1592: if r2 == 0 goto +1
 1593: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1594: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1595: r1 = 0
      ; write var21, v57
 1596: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1597: r1 = 0
      ; write var22, v58
 1598: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1599: r1 = 1
      ; write var23, v59
 1600: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1601: r1 = 0
 1602: r0 = *(u64 *)(r10 -416)
 1603: if r0 == 0 goto +2
 1604: r0 = *(u64 *)(r10 -416)
 1605: r1 = *(u32 *)(r0 +4)
 1606: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1607: r1 += 1
 1608: w1 = w1
      ; write var24, v62
 1609: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1610: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1611: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1612: r1 = 0
      ; write var26, v64
 1613: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1614: r1 = *(u8 *)(r10 -22)
 1615: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1616: r1 = *(u32 *)(r10 -140)
 1617: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1618: r1 = *(u32 *)(r10 -140)
 1619: if r1 == 0 goto +7
 1620: r1 -= 1
 1621: if r1 > 16383 goto +5
 1622: r2 = r6
 1623: r2 += r1
 1624: r1 = r2
 1625: r1 += 9
 1626: if r1 <= r7 goto +1
 1627: r2 = 0
 1628: r1 = 0
 1629: if r2 == 0 goto +1
 1630: r1 = *(u32 *)(r2 +1)
 1631: r1 = be32 r1
      ; write var21, v96
 1632: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1633: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1634: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1635: r1 -= r2
 1636: w1 = w1
      ; write var17, v99
 1637: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1638: r1 = 0
 1639: r0 = *(u64 *)(r10 -424)
 1640: if r0 == 0 goto +2
 1641: r0 = *(u64 *)(r10 -424)
 1642: r1 = *(u32 *)(r0 +12)
 1643: *(u64 *)(r10 -432) = r1
 1644: r0 = *(u64 *)(r10 -432)
 1645: r0 = be32 r0
 1646: *(u64 *)(r10 -432) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1647: r9 = 0
 1648: r0 = *(u64 *)(r10 -424)
 1649: if r0 == 0 goto +2
 1650: r0 = *(u64 *)(r10 -424)
 1651: r9 = *(u32 *)(r0 +16)
 1652: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1653: r8 = 0
 1654: r0 = *(u64 *)(r10 -416)
 1655: if r0 == 0 goto +2
 1656: r0 = *(u64 *)(r10 -416)
 1657: r8 = *(u16 *)(r0 +0)
 1658: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1659: r4 = 0
 1660: r0 = *(u64 *)(r10 -416)
 1661: if r0 == 0 goto +2
 1662: r0 = *(u64 *)(r10 -416)
 1663: r4 = *(u16 *)(r0 +2)
 1664: r4 = be16 r4
      ; v104: bit<32> = read var15
 1665: r0 = *(u32 *)(r10 -104)
 1666: *(u64 *)(r10 -440) = r0
      ; v105: bit<32> = read var16
 1667: r0 = *(u32 *)(r10 -100)
 1668: *(u64 *)(r10 -448) = r0
      ; v106: bit<32> = read var17
 1669: r0 = *(u32 *)(r10 -96)
 1670: *(u64 *)(r10 -456) = r0
      ; v107: bit<32> = read var18
 1671: r0 = *(u32 *)(r10 -92)
 1672: *(u64 *)(r10 -464) = r0
      ; v108: bit<16> = read var19
 1673: r0 = *(u16 *)(r10 -32)
 1674: *(u64 *)(r10 -472) = r0
      ; v109: bit<8> = read var20
 1675: r0 = *(u8 *)(r10 -24)
 1676: *(u64 *)(r10 -480) = r0
      ; v110: bit<32> = read var21
 1677: r0 = *(u32 *)(r10 -88)
 1678: *(u64 *)(r10 -488) = r0
      ; v111: bit<32> = read var22
 1679: r0 = *(u32 *)(r10 -84)
 1680: *(u64 *)(r10 -496) = r0
      ; v112: bit<8> = read var23
 1681: r0 = *(u8 *)(r10 -23)
 1682: *(u64 *)(r10 -504) = r0
      ; v113: bit<32> = read var24
 1683: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1684: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1685: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1686: r0 = *(u64 *)(r10 -432)
 1687: *(u32 *)(r10 -280) = r0
 1688: *(u32 *)(r10 -276) = r9
 1689: *(u16 *)(r10 -272) = r8
 1690: *(u16 *)(r10 -270) = r4
 1691: *(u64 *)(r10 -352) = 0
 1692: *(u64 *)(r10 -344) = 0
 1693: *(u64 *)(r10 -336) = 0
 1694: r0 = *(u64 *)(r10 -440)
 1695: *(u32 *)(r10 -368) = r0
 1696: r0 = *(u64 *)(r10 -448)
 1697: *(u32 *)(r10 -364) = r0
 1698: r0 = *(u64 *)(r10 -456)
 1699: *(u32 *)(r10 -360) = r0
 1700: r0 = *(u64 *)(r10 -464)
 1701: *(u32 *)(r10 -356) = r0
 1702: r0 = *(u64 *)(r10 -472)
 1703: *(u16 *)(r10 -352) = r0
 1704: r0 = *(u64 *)(r10 -480)
 1705: *(u8 *)(r10 -350) = r0
 1706: r0 = *(u64 *)(r10 -488)
 1707: *(u32 *)(r10 -348) = r0
 1708: r0 = *(u64 *)(r10 -496)
 1709: *(u32 *)(r10 -344) = r0
 1710: r0 = *(u64 *)(r10 -504)
 1711: *(u8 *)(r10 -340) = r0
 1712: *(u32 *)(r10 -336) = r3
 1713: *(u64 *)(r10 -328) = r2
 1714: *(u64 *)(r10 -320) = r1
 1715: r1 = map[pipe_flows] ll
 1717: r2 = r10
 1718: r2 += -280
 1719: r3 = r10
 1720: r3 += -368
 1721: r4 = 0
 1722: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1723: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1724: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1725: if r1 == 0 goto +291
      ; v121: bit<32> = read_field hdr1.dstAddr
 1726: r4 = 0
 1727: r0 = *(u64 *)(r10 -424)
 1728: if r0 == 0 goto +2
 1729: r0 = *(u64 *)(r10 -424)
 1730: r4 = *(u32 *)(r0 +16)
 1731: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1732: r3 = 0
 1733: r0 = *(u64 *)(r10 -424)
 1734: if r0 == 0 goto +2
 1735: r0 = *(u64 *)(r10 -424)
 1736: r3 = *(u32 *)(r0 +12)
 1737: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1738: r2 = 0
 1739: r0 = *(u64 *)(r10 -416)
 1740: if r0 == 0 goto +2
 1741: r0 = *(u64 *)(r10 -416)
 1742: r2 = *(u16 *)(r0 +2)
 1743: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1744: r1 = 0
 1745: r0 = *(u64 *)(r10 -416)
 1746: if r0 == 0 goto +2
 1747: r0 = *(u64 *)(r10 -416)
 1748: r1 = *(u16 *)(r0 +0)
 1749: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1750: *(u32 *)(r10 -272) = r4
 1751: *(u32 *)(r10 -268) = r3
 1752: *(u16 *)(r10 -264) = r2
 1753: *(u16 *)(r10 -262) = r1
 1754: r1 = map[pipe_flows] ll
 1756: r2 = r10
 1757: r2 += -272
 1758: call bpf_map_lookup_elem
 1759: r9 = r0
 1760: if r9 == 0 goto +35
 1761: *(u64 *)(r10 -432) = 1
 1762: r0 = *(u32 *)(r9 +0)
 1763: *(u64 *)(r10 -440) = r0
 1764: w0 = w0
 1765: *(u64 *)(r10 -440) = r0
 1766: r0 = *(u32 *)(r9 +4)
 1767: *(u64 *)(r10 -448) = r0
 1768: w0 = w0
 1769: *(u64 *)(r10 -448) = r0
 1770: r0 = *(u32 *)(r9 +8)
 1771: *(u64 *)(r10 -456) = r0
 1772: w0 = w0
 1773: *(u64 *)(r10 -456) = r0
 1774: r0 = *(u32 *)(r9 +12)
 1775: *(u64 *)(r10 -464) = r0
 1776: w0 = w0
 1777: *(u64 *)(r10 -464) = r0
 1778: r0 = *(u16 *)(r9 +16)
 1779: *(u64 *)(r10 -472) = r0
 1780: r0 &= 65535
 1781: *(u64 *)(r10 -472) = r0
 1782: r8 = *(u8 *)(r9 +18)
 1783: r8 &= 255
 1784: r4 = *(u32 *)(r9 +20)
 1785: w4 = w4
 1786: r3 = *(u32 *)(r9 +24)
 1787: w3 = w3
 1788: r2 = *(u8 *)(r9 +28)
 1789: r2 &= 255
 1790: r1 = *(u32 *)(r9 +32)
 1791: w1 = w1
 1792: r0 = *(u64 *)(r9 +40)
 1793: *(u64 *)(r10 -480) = r0
 1794: r9 = *(u64 *)(r9 +48)
 1795: goto +13
 1796: *(u64 *)(r10 -432) = 0
 1797: *(u64 *)(r10 -440) = 0
 1798: *(u64 *)(r10 -448) = 0
 1799: *(u64 *)(r10 -456) = 0
 1800: *(u64 *)(r10 -464) = 0
 1801: *(u64 *)(r10 -472) = 0
 1802: r8 = 0
 1803: r4 = 0
 1804: r3 = 0
 1805: r2 = 0
 1806: r1 = 0
 1807: *(u64 *)(r10 -480) = 0
 1808: r9 = 0
      ; write var30, v126
 1809: r0 = *(u64 *)(r10 -440)
 1810: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1811: r0 = *(u64 *)(r10 -448)
 1812: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1813: r0 = *(u64 *)(r10 -456)
 1814: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1815: r0 = *(u64 *)(r10 -464)
 1816: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1817: r0 = *(u64 *)(r10 -472)
 1818: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1819: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1820: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1821: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1822: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1823: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1824: r0 = *(u64 *)(r10 -480)
 1825: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1826: *(u64 *)(r10 -208) = r9
 1827: r0 = *(u64 *)(r10 -432)
 1828: if r0 == 0 goto +188
      ; v138: bit<32> = read_field hdr2.ackNo
 1829: r1 = 0
 1830: r0 = *(u64 *)(r10 -416)
 1831: if r0 == 0 goto +2
 1832: r0 = *(u64 *)(r10 -416)
 1833: r1 = *(u32 *)(r0 +8)
 1834: r1 = be32 r1
      ; v139: bit<32> = read var30
 1835: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1836: r1 -= r2
 1837: w1 = w1
      ; write var42, v140
 1838: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1839: r2 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 1840: r1 = 1
 1841: if r2 != 0 goto +1
 1842: r1 = 0
      ; v144: bit<32> = read var42
 1843: r4 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1844: w3 = -2147483648
      ; v146: bool = lt v144, v145
 1845: r2 = 1
 1846: if r4 < r3 goto +1
 1847: r2 = 0
      ; v147: bool = logical_and v143, v146
 1848: r1 &= r2
 1849: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1850: r1 = 0
 1851: r0 = *(u64 *)(r10 -416)
 1852: if r0 == 0 goto +2
 1853: r0 = *(u64 *)(r10 -416)
 1854: r1 = *(u32 *)(r0 +8)
 1855: r1 = be32 r1
      ; write var30, v148
 1856: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1857: r2 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 1858: r1 = 1
 1859: if r2 == 1 goto +1
 1860: r1 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 1861: r4 = 0
 1862: r0 = *(u64 *)(r10 -416)
 1863: if r0 == 0 goto +2
 1864: r0 = *(u64 *)(r10 -416)
 1865: r4 = *(u32 *)(r0 +8)
 1866: r4 = be32 r4
      ; v153: bit<32> = read var39
 1867: r2 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1868: r4 -= r2
 1869: w4 = w4
      ; v155: bit<32> = const 0x80000000
 1870: w3 = -2147483648
      ; v156: bool = lt v154, v155
 1871: r2 = 1
 1872: if r4 < r3 goto +1
 1873: r2 = 0
      ; v157: bool = logical_and v151, v156
 1874: r1 &= r2
 1875: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 1876: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1877: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1878: r1 -= r2
      ; write var41, v160
 1879: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 1880: r1 = 0
      ; write var38, v161
 1881: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 1882: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1883: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1884: r1 -= r2
 1885: w1 = w1
      ; write var32, v164
 1886: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1887: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1888: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1889: r3 = 1
 1890: if r1 != 0 goto +1
 1891: r3 = 0
      ; v170: bit<8> = read var20
 1892: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1893: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1894: if r3 != 0 goto +1
 1895: r1 = r2
      ; write var43, v172
 1896: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1897: r1 = 0
 1898: r0 = *(u64 *)(r10 -416)
 1899: if r0 == 0 goto +2
 1900: r0 = *(u64 *)(r10 -416)
 1901: r1 = *(u16 *)(r0 +14)
 1902: r1 = be16 r1
      ; v174: bit<32> = cast v173
      ; v175: bit<8> = read var43
 1903: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1904: if r2 >= 32 goto +3
 1905: r1 <<= r2
 1906: w1 = w1
 1907: goto +1
 1908: r1 = 0
      ; write var33, v176
 1909: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1910: r1 = 0
 1911: r0 = *(u64 *)(r10 -424)
 1912: if r0 == 0 goto +2
 1913: r0 = *(u64 *)(r10 -424)
 1914: r1 = *(u32 *)(r0 +16)
 1915: *(u64 *)(r10 -432) = r1
 1916: r0 = *(u64 *)(r10 -432)
 1917: r0 = be32 r0
 1918: *(u64 *)(r10 -432) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1919: r9 = 0
 1920: r0 = *(u64 *)(r10 -424)
 1921: if r0 == 0 goto +2
 1922: r0 = *(u64 *)(r10 -424)
 1923: r9 = *(u32 *)(r0 +12)
 1924: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1925: r8 = 0
 1926: r0 = *(u64 *)(r10 -416)
 1927: if r0 == 0 goto +2
 1928: r0 = *(u64 *)(r10 -416)
 1929: r8 = *(u16 *)(r0 +2)
 1930: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1931: r4 = 0
 1932: r0 = *(u64 *)(r10 -416)
 1933: if r0 == 0 goto +2
 1934: r0 = *(u64 *)(r10 -416)
 1935: r4 = *(u16 *)(r0 +0)
 1936: r4 = be16 r4
      ; v181: bit<32> = read var30
 1937: r0 = *(u32 *)(r10 -68)
 1938: *(u64 *)(r10 -416) = r0
      ; v182: bit<32> = read var31
 1939: r0 = *(u32 *)(r10 -64)
 1940: *(u64 *)(r10 -424) = r0
      ; v183: bit<32> = read var32
 1941: r0 = *(u32 *)(r10 -60)
 1942: *(u64 *)(r10 -440) = r0
      ; v184: bit<32> = read var33
 1943: r0 = *(u32 *)(r10 -56)
 1944: *(u64 *)(r10 -448) = r0
      ; v185: bit<16> = read var34
 1945: r0 = *(u16 *)(r10 -30)
 1946: *(u64 *)(r10 -456) = r0
      ; v186: bit<8> = read var35
 1947: r0 = *(u8 *)(r10 -21)
 1948: *(u64 *)(r10 -464) = r0
      ; v187: bit<32> = read var36
 1949: r0 = *(u32 *)(r10 -52)
 1950: *(u64 *)(r10 -472) = r0
      ; v188: bit<32> = read var37
 1951: r0 = *(u32 *)(r10 -48)
 1952: *(u64 *)(r10 -480) = r0
      ; v189: bit<8> = read var38
 1953: r0 = *(u8 *)(r10 -20)
 1954: *(u64 *)(r10 -488) = r0
      ; v190: bit<32> = read var39
 1955: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 1956: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 1957: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 1958: r0 = *(u64 *)(r10 -432)
 1959: *(u32 *)(r10 -280) = r0
 1960: *(u32 *)(r10 -276) = r9
 1961: *(u16 *)(r10 -272) = r8
 1962: *(u16 *)(r10 -270) = r4
 1963: *(u64 *)(r10 -352) = 0
 1964: *(u64 *)(r10 -344) = 0
 1965: *(u64 *)(r10 -336) = 0
 1966: r0 = *(u64 *)(r10 -416)
 1967: *(u32 *)(r10 -368) = r0
 1968: r0 = *(u64 *)(r10 -424)
 1969: *(u32 *)(r10 -364) = r0
 1970: r0 = *(u64 *)(r10 -440)
 1971: *(u32 *)(r10 -360) = r0
 1972: r0 = *(u64 *)(r10 -448)
 1973: *(u32 *)(r10 -356) = r0
 1974: r0 = *(u64 *)(r10 -456)
 1975: *(u16 *)(r10 -352) = r0
 1976: r0 = *(u64 *)(r10 -464)
 1977: *(u8 *)(r10 -350) = r0
 1978: r0 = *(u64 *)(r10 -472)
 1979: *(u32 *)(r10 -348) = r0
 1980: r0 = *(u64 *)(r10 -480)
 1981: *(u32 *)(r10 -344) = r0
 1982: r0 = *(u64 *)(r10 -488)
 1983: *(u8 *)(r10 -340) = r0
 1984: *(u32 *)(r10 -336) = r3
 1985: *(u64 *)(r10 -328) = r2
 1986: *(u64 *)(r10 -320) = r1
 1987: r1 = map[pipe_flows] ll
 1989: r2 = r10
 1990: r2 += -280
 1991: r3 = r10
 1992: r3 += -368
 1993: r4 = 0
 1994: call bpf_map_update_elem
 1995: goto +21
      ; drop
 1996: r2 = *(u32 *)(r10 -120)
 1997: r1 = *(u32 *)(r10 -116)
 1998: *(u64 *)(r10 -384) = r2
 1999: *(u64 *)(r10 -392) = r1
 2000: r1 = *(u64 *)(r10 -8)
 2001: r2 = 0xfffffffffffffff8 ll
 2003: call bpf_xdp_adjust_meta
 2004: if r0 != 0 goto +10
 2005: r1 = *(u64 *)(r10 -8)
 2006: r3 = *(u32 *)(r1 +8)
 2007: r2 = *(u32 *)(r1 +0)
 2008: r1 = r3
 2009: r1 += 8
 2010: if r1 > r2 goto +4
 2011: r1 = *(u64 *)(r10 -384)
 2012: *(u32 *)(r3 +0) = r1
 2013: r1 = *(u64 *)(r10 -392)
 2014: *(u32 *)(r3 +4) = r1
 2015: r0 = 1
 2016: exit
      ; epilogue: verdict
 2017: r2 = *(u32 *)(r10 -120)
 2018: r1 = *(u32 *)(r10 -116)
 2019: *(u64 *)(r10 -400) = r2
 2020: *(u64 *)(r10 -408) = r1
 2021: r1 = *(u64 *)(r10 -8)
 2022: r2 = 0xfffffffffffffff8 ll
 2024: call bpf_xdp_adjust_meta
 2025: if r0 != 0 goto +10
 2026: r1 = *(u64 *)(r10 -8)
 2027: r3 = *(u32 *)(r1 +8)
 2028: r2 = *(u32 *)(r1 +0)
 2029: r1 = r3
 2030: r1 += 8
 2031: if r1 > r2 goto +4
 2032: r1 = *(u64 *)(r10 -400)
 2033: *(u32 *)(r3 +0) = r1
 2034: r1 = *(u64 *)(r10 -408)
 2035: *(u32 *)(r3 +4) = r1
 2036: r0 = 2
 2037: exit
