; dapper for classifier: 2025 instructions, stack 472 bytes, 1 maps
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
   33: if r3 > 16383 goto +1987
   34: r2 = r6
   35: r2 += r3
   36: r1 = r2
   37: r1 += 14
   38: if r1 <= r7 goto +1
   39: goto +1981
   40: r1 = r3
   41: r1 += 1
   42: *(u32 *)(r10 -200) = r1
   43: r3 += 14
   44: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   45: r1 = *(u16 *)(r2 +12)
   46: if r1 != 8 goto +1277
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   47: r2 = *(u64 *)(r10 -16)
   48: if r2 > 16383 goto +1972
   49: r3 = r6
   50: r3 += r2
   51: r1 = r3
   52: r1 += 20
   53: if r1 <= r7 goto +1
   54: goto +1966
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
   65: if r1 == 0 goto +1955
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
   75: if r1 != 0 goto +1945
   76: r1 = r2
   77: r1 >>= 3
   78: r2 = *(u64 *)(r10 -16)
   79: r2 += r1
   80: if r2 > 16383 goto +1940
   81: r1 = r6
   82: r1 += r2
   83: if r1 <= r7 goto +1
   84: goto +1936
   85: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   86: r2 = *(u16 *)(r3 +6)
   87: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   88: r1 = *(u8 *)(r3 +9)
   89: if r2 != 0 goto +1234
   90: if r1 != 6 goto +1233
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   91: r2 = *(u64 *)(r10 -16)
   92: if r2 > 16383 goto +1928
   93: r3 = r6
   94: r3 += r2
   95: r1 = r3
   96: r1 += 20
   97: if r1 <= r7 goto +1
   98: goto +1922
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
  110: if r1 == 0 goto +1910
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
  122: if r2 == 0 goto +1201
  123: if r1 == 10 goto +1200
      ; prs: block5 (parse_option)
      ; extract hdr3
  124: r3 = *(u64 *)(r10 -16)
  125: if r3 > 16383 goto +1895
  126: r2 = r6
  127: r2 += r3
  128: r1 = r2
  129: r1 += 1
  130: if r1 <= r7 goto +1
  131: goto +1889
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
  146: if r1 == 0 goto +1177
  147: if r1 == 1 goto +92
  148: if r1 == 2 goto +75
  149: if r1 == 3 goto +57
  150: if r1 == 8 goto +41
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  151: r1 = *(u64 *)(r10 -16)
  152: if r1 > 16383 goto +1868
  153: r2 = r6
  154: r2 += r1
  155: r1 = r2
  156: r1 += 1
  157: if r1 <= r7 goto +1
  158: goto +1862
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
  165: if r1 == 0 goto +1855
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
  174: if r1 != 0 goto +1846
  175: r1 = r2
  176: r1 >>= 3
  177: r2 = *(u64 *)(r10 -16)
  178: r2 += r1
  179: if r2 > 16383 goto +1841
  180: r1 = r6
  181: r1 += r2
  182: if r1 <= r7 goto +1
  183: goto +1837
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
  191: goto +29
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  192: r2 = *(u64 *)(r10 -16)
  193: if r2 > 16383 goto +1827
  194: r1 = r6
  195: r1 += r2
  196: r1 += 9
  197: if r1 <= r7 goto +1
  198: goto +1822
  199: r1 = r2
  200: r1 += 1
  201: *(u32 *)(r10 -140) = r1
  202: r2 += 9
  203: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  204: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
      ; v48: bit<16> = sub v46, v47
  205: r1 -= 9
  206: goto +14
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  207: r2 = *(u64 *)(r10 -16)
  208: if r2 > 16383 goto +1812
  209: r1 = r6
  210: r1 += r2
  211: r1 += 2
  212: if r1 <= r7 goto +1
  213: goto +1807
  214: r1 = r2
  215: r1 += 1
  216: *(u32 *)(r10 -144) = r1
  217: r2 += 2
  218: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  219: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  220: r1 -= 2
  221: r1 &= 65535
      ; write var2, v51
  222: *(u16 *)(r10 -36) = r1
  223: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  224: r2 = *(u64 *)(r10 -16)
  225: if r2 > 16383 goto +1795
  226: r1 = r6
  227: r1 += r2
  228: r1 += 3
  229: if r1 <= r7 goto +1
  230: goto +1790
  231: r1 = r2
  232: r1 += 1
  233: *(u32 *)(r10 -148) = r1
  234: r2 += 3
  235: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  236: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  237: r1 -= 3
  238: r1 &= 65535
      ; write var2, v54
  239: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  240: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  241: r1 = *(u8 *)(r10 -28)
  242: if r2 == 0 goto +1081
  243: if r1 == 10 goto +1080
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  244: r3 = *(u64 *)(r10 -16)
  245: if r3 > 16383 goto +1775
  246: r2 = r6
  247: r2 += r3
  248: r1 = r2
  249: r1 += 1
  250: if r1 <= r7 goto +1
  251: goto +1769
  252: r1 = r3
  253: r1 += 1
  254: *(u32 *)(r10 -184) = r1
  255: r3 += 1
  256: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  257: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  258: r1 += 1
  259: r1 &= 255
      ; write var3, v59
  260: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  261: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  262: r1 -= 1
  263: r1 &= 65535
      ; write var2, v62
  264: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  265: r1 = *(u8 *)(r2 +0)
  266: if r1 == 0 goto +1057
  267: if r1 == 1 goto +92
  268: if r1 == 2 goto +75
  269: if r1 == 3 goto +57
  270: if r1 == 8 goto +41
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  271: r1 = *(u64 *)(r10 -16)
  272: if r1 > 16383 goto +1748
  273: r2 = r6
  274: r2 += r1
  275: r1 = r2
  276: r1 += 1
  277: if r1 <= r7 goto +1
  278: goto +1742
  279: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  280: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  281: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  282: r1 = 1
  283: if r2 >= 2 goto +1
  284: r1 = 0
      ; verify v67, error HeaderTooShort
  285: if r1 == 0 goto +1735
      ; v68: bit<8> = read var9
  286: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  287: w2 = w2
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  288: r2 -= 1
  289: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  290: r2 *= 8
  291: w2 = w2
      ; advance v73
  292: r1 = r2
  293: r1 &= 7
  294: if r1 != 0 goto +1726
  295: r1 = r2
  296: r1 >>= 3
  297: r2 = *(u64 *)(r10 -16)
  298: r2 += r1
  299: if r2 > 16383 goto +1721
  300: r1 = r6
  301: r1 += r2
  302: if r1 <= r7 goto +1
  303: goto +1717
  304: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  305: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  306: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  307: r2 &= 65535
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
  313: if r2 > 16383 goto +1707
  314: r1 = r6
  315: r1 += r2
  316: r1 += 9
  317: if r1 <= r7 goto +1
  318: goto +1702
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
  328: if r2 > 16383 goto +1692
  329: r1 = r6
  330: r1 += r2
  331: r1 += 2
  332: if r1 <= r7 goto +1
  333: goto +1687
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
  345: if r2 > 16383 goto +1675
  346: r1 = r6
  347: r1 += r2
  348: r1 += 3
  349: if r1 <= r7 goto +1
  350: goto +1670
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
  362: if r2 == 0 goto +961
  363: if r1 == 10 goto +960
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  364: r3 = *(u64 *)(r10 -16)
  365: if r3 > 16383 goto +1655
  366: r2 = r6
  367: r2 += r3
  368: r1 = r2
  369: r1 += 1
  370: if r1 <= r7 goto +1
  371: goto +1649
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
  386: if r1 == 0 goto +937
  387: if r1 == 1 goto +92
  388: if r1 == 2 goto +75
  389: if r1 == 3 goto +57
  390: if r1 == 8 goto +41
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  391: r1 = *(u64 *)(r10 -16)
  392: if r1 > 16383 goto +1628
  393: r2 = r6
  394: r2 += r1
  395: r1 = r2
  396: r1 += 1
  397: if r1 <= r7 goto +1
  398: goto +1622
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
  405: if r1 == 0 goto +1615
      ; v102: bit<8> = read var9
  406: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  407: w2 = w2
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  408: r2 -= 1
  409: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  410: r2 *= 8
  411: w2 = w2
      ; advance v107
  412: r1 = r2
  413: r1 &= 7
  414: if r1 != 0 goto +1606
  415: r1 = r2
  416: r1 >>= 3
  417: r2 = *(u64 *)(r10 -16)
  418: r2 += r1
  419: if r2 > 16383 goto +1601
  420: r1 = r6
  421: r1 += r2
  422: if r1 <= r7 goto +1
  423: goto +1597
  424: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  425: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  426: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  427: r2 &= 65535
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  428: r2 -= 1
  429: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  430: r1 -= r2
  431: goto +29
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  432: r2 = *(u64 *)(r10 -16)
  433: if r2 > 16383 goto +1587
  434: r1 = r6
  435: r1 += r2
  436: r1 += 9
  437: if r1 <= r7 goto +1
  438: goto +1582
  439: r1 = r2
  440: r1 += 1
  441: *(u32 *)(r10 -140) = r1
  442: r2 += 9
  443: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  444: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  445: r1 -= 9
  446: goto +14
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  447: r2 = *(u64 *)(r10 -16)
  448: if r2 > 16383 goto +1572
  449: r1 = r6
  450: r1 += r2
  451: r1 += 2
  452: if r1 <= r7 goto +1
  453: goto +1567
  454: r1 = r2
  455: r1 += 1
  456: *(u32 *)(r10 -144) = r1
  457: r2 += 2
  458: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  459: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  460: r1 -= 2
  461: r1 &= 65535
      ; write var2, v119
  462: *(u16 *)(r10 -36) = r1
  463: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  464: r2 = *(u64 *)(r10 -16)
  465: if r2 > 16383 goto +1555
  466: r1 = r6
  467: r1 += r2
  468: r1 += 3
  469: if r1 <= r7 goto +1
  470: goto +1550
  471: r1 = r2
  472: r1 += 1
  473: *(u32 *)(r10 -148) = r1
  474: r2 += 3
  475: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  476: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  477: r1 -= 3
  478: r1 &= 65535
      ; write var2, v122
  479: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  480: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  481: r1 = *(u8 *)(r10 -28)
  482: if r2 == 0 goto +841
  483: if r1 == 10 goto +840
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  484: r3 = *(u64 *)(r10 -16)
  485: if r3 > 16383 goto +1535
  486: r2 = r6
  487: r2 += r3
  488: r1 = r2
  489: r1 += 1
  490: if r1 <= r7 goto +1
  491: goto +1529
  492: r1 = r3
  493: r1 += 1
  494: *(u32 *)(r10 -176) = r1
  495: r3 += 1
  496: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  497: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  498: r1 += 1
  499: r1 &= 255
      ; write var3, v127
  500: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  501: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  502: r1 -= 1
  503: r1 &= 65535
      ; write var2, v130
  504: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  505: r1 = *(u8 *)(r2 +0)
  506: if r1 == 0 goto +817
  507: if r1 == 1 goto +92
  508: if r1 == 2 goto +75
  509: if r1 == 3 goto +57
  510: if r1 == 8 goto +41
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  511: r1 = *(u64 *)(r10 -16)
  512: if r1 > 16383 goto +1508
  513: r2 = r6
  514: r2 += r1
  515: r1 = r2
  516: r1 += 1
  517: if r1 <= r7 goto +1
  518: goto +1502
  519: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  520: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  521: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  522: r1 = 1
  523: if r2 >= 2 goto +1
  524: r1 = 0
      ; verify v135, error HeaderTooShort
  525: if r1 == 0 goto +1495
      ; v136: bit<8> = read var9
  526: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  527: w2 = w2
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  528: r2 -= 1
  529: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  530: r2 *= 8
  531: w2 = w2
      ; advance v141
  532: r1 = r2
  533: r1 &= 7
  534: if r1 != 0 goto +1486
  535: r1 = r2
  536: r1 >>= 3
  537: r2 = *(u64 *)(r10 -16)
  538: r2 += r1
  539: if r2 > 16383 goto +1481
  540: r1 = r6
  541: r1 += r2
  542: if r1 <= r7 goto +1
  543: goto +1477
  544: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  545: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  546: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  547: r2 &= 65535
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  548: r2 -= 1
  549: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  550: r1 -= r2
  551: goto +29
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  552: r2 = *(u64 *)(r10 -16)
  553: if r2 > 16383 goto +1467
  554: r1 = r6
  555: r1 += r2
  556: r1 += 9
  557: if r1 <= r7 goto +1
  558: goto +1462
  559: r1 = r2
  560: r1 += 1
  561: *(u32 *)(r10 -140) = r1
  562: r2 += 9
  563: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  564: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  565: r1 -= 9
  566: goto +14
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  567: r2 = *(u64 *)(r10 -16)
  568: if r2 > 16383 goto +1452
  569: r1 = r6
  570: r1 += r2
  571: r1 += 2
  572: if r1 <= r7 goto +1
  573: goto +1447
  574: r1 = r2
  575: r1 += 1
  576: *(u32 *)(r10 -144) = r1
  577: r2 += 2
  578: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  579: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  580: r1 -= 2
  581: r1 &= 65535
      ; write var2, v153
  582: *(u16 *)(r10 -36) = r1
  583: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  584: r2 = *(u64 *)(r10 -16)
  585: if r2 > 16383 goto +1435
  586: r1 = r6
  587: r1 += r2
  588: r1 += 3
  589: if r1 <= r7 goto +1
  590: goto +1430
  591: r1 = r2
  592: r1 += 1
  593: *(u32 *)(r10 -148) = r1
  594: r2 += 3
  595: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  596: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  597: r1 -= 3
  598: r1 &= 65535
      ; write var2, v156
  599: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  600: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  601: r1 = *(u8 *)(r10 -28)
  602: if r2 == 0 goto +721
  603: if r1 == 10 goto +720
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  604: r3 = *(u64 *)(r10 -16)
  605: if r3 > 16383 goto +1415
  606: r2 = r6
  607: r2 += r3
  608: r1 = r2
  609: r1 += 1
  610: if r1 <= r7 goto +1
  611: goto +1409
  612: r1 = r3
  613: r1 += 1
  614: *(u32 *)(r10 -172) = r1
  615: r3 += 1
  616: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  617: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  618: r1 += 1
  619: r1 &= 255
      ; write var3, v161
  620: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  621: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  622: r1 -= 1
  623: r1 &= 65535
      ; write var2, v164
  624: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  625: r1 = *(u8 *)(r2 +0)
  626: if r1 == 0 goto +697
  627: if r1 == 1 goto +92
  628: if r1 == 2 goto +75
  629: if r1 == 3 goto +57
  630: if r1 == 8 goto +41
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  631: r1 = *(u64 *)(r10 -16)
  632: if r1 > 16383 goto +1388
  633: r2 = r6
  634: r2 += r1
  635: r1 = r2
  636: r1 += 1
  637: if r1 <= r7 goto +1
  638: goto +1382
  639: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  640: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  641: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  642: r1 = 1
  643: if r2 >= 2 goto +1
  644: r1 = 0
      ; verify v169, error HeaderTooShort
  645: if r1 == 0 goto +1375
      ; v170: bit<8> = read var9
  646: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  647: w2 = w2
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  648: r2 -= 1
  649: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  650: r2 *= 8
  651: w2 = w2
      ; advance v175
  652: r1 = r2
  653: r1 &= 7
  654: if r1 != 0 goto +1366
  655: r1 = r2
  656: r1 >>= 3
  657: r2 = *(u64 *)(r10 -16)
  658: r2 += r1
  659: if r2 > 16383 goto +1361
  660: r1 = r6
  661: r1 += r2
  662: if r1 <= r7 goto +1
  663: goto +1357
  664: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  665: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  666: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  667: r2 &= 65535
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  668: r2 -= 1
  669: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  670: r1 -= r2
  671: goto +29
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  672: r2 = *(u64 *)(r10 -16)
  673: if r2 > 16383 goto +1347
  674: r1 = r6
  675: r1 += r2
  676: r1 += 9
  677: if r1 <= r7 goto +1
  678: goto +1342
  679: r1 = r2
  680: r1 += 1
  681: *(u32 *)(r10 -140) = r1
  682: r2 += 9
  683: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  684: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  685: r1 -= 9
  686: goto +14
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  687: r2 = *(u64 *)(r10 -16)
  688: if r2 > 16383 goto +1332
  689: r1 = r6
  690: r1 += r2
  691: r1 += 2
  692: if r1 <= r7 goto +1
  693: goto +1327
  694: r1 = r2
  695: r1 += 1
  696: *(u32 *)(r10 -144) = r1
  697: r2 += 2
  698: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  699: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  700: r1 -= 2
  701: r1 &= 65535
      ; write var2, v187
  702: *(u16 *)(r10 -36) = r1
  703: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  704: r2 = *(u64 *)(r10 -16)
  705: if r2 > 16383 goto +1315
  706: r1 = r6
  707: r1 += r2
  708: r1 += 3
  709: if r1 <= r7 goto +1
  710: goto +1310
  711: r1 = r2
  712: r1 += 1
  713: *(u32 *)(r10 -148) = r1
  714: r2 += 3
  715: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  716: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  717: r1 -= 3
  718: r1 &= 65535
      ; write var2, v190
  719: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  720: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  721: r1 = *(u8 *)(r10 -28)
  722: if r2 == 0 goto +601
  723: if r1 == 10 goto +600
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  724: r3 = *(u64 *)(r10 -16)
  725: if r3 > 16383 goto +1295
  726: r2 = r6
  727: r2 += r3
  728: r1 = r2
  729: r1 += 1
  730: if r1 <= r7 goto +1
  731: goto +1289
  732: r1 = r3
  733: r1 += 1
  734: *(u32 *)(r10 -168) = r1
  735: r3 += 1
  736: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  737: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  738: r1 += 1
  739: r1 &= 255
      ; write var3, v195
  740: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  741: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  742: r1 -= 1
  743: r1 &= 65535
      ; write var2, v198
  744: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  745: r1 = *(u8 *)(r2 +0)
  746: if r1 == 0 goto +577
  747: if r1 == 1 goto +92
  748: if r1 == 2 goto +75
  749: if r1 == 3 goto +57
  750: if r1 == 8 goto +41
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  751: r1 = *(u64 *)(r10 -16)
  752: if r1 > 16383 goto +1268
  753: r2 = r6
  754: r2 += r1
  755: r1 = r2
  756: r1 += 1
  757: if r1 <= r7 goto +1
  758: goto +1262
  759: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  760: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  761: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  762: r1 = 1
  763: if r2 >= 2 goto +1
  764: r1 = 0
      ; verify v203, error HeaderTooShort
  765: if r1 == 0 goto +1255
      ; v204: bit<8> = read var9
  766: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  767: w2 = w2
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  768: r2 -= 1
  769: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  770: r2 *= 8
  771: w2 = w2
      ; advance v209
  772: r1 = r2
  773: r1 &= 7
  774: if r1 != 0 goto +1246
  775: r1 = r2
  776: r1 >>= 3
  777: r2 = *(u64 *)(r10 -16)
  778: r2 += r1
  779: if r2 > 16383 goto +1241
  780: r1 = r6
  781: r1 += r2
  782: if r1 <= r7 goto +1
  783: goto +1237
  784: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  785: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  786: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  787: r2 &= 65535
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  788: r2 -= 1
  789: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  790: r1 -= r2
  791: goto +29
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  792: r2 = *(u64 *)(r10 -16)
  793: if r2 > 16383 goto +1227
  794: r1 = r6
  795: r1 += r2
  796: r1 += 9
  797: if r1 <= r7 goto +1
  798: goto +1222
  799: r1 = r2
  800: r1 += 1
  801: *(u32 *)(r10 -140) = r1
  802: r2 += 9
  803: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  804: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  805: r1 -= 9
  806: goto +14
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  807: r2 = *(u64 *)(r10 -16)
  808: if r2 > 16383 goto +1212
  809: r1 = r6
  810: r1 += r2
  811: r1 += 2
  812: if r1 <= r7 goto +1
  813: goto +1207
  814: r1 = r2
  815: r1 += 1
  816: *(u32 *)(r10 -144) = r1
  817: r2 += 2
  818: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  819: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  820: r1 -= 2
  821: r1 &= 65535
      ; write var2, v221
  822: *(u16 *)(r10 -36) = r1
  823: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  824: r2 = *(u64 *)(r10 -16)
  825: if r2 > 16383 goto +1195
  826: r1 = r6
  827: r1 += r2
  828: r1 += 3
  829: if r1 <= r7 goto +1
  830: goto +1190
  831: r1 = r2
  832: r1 += 1
  833: *(u32 *)(r10 -148) = r1
  834: r2 += 3
  835: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  836: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  837: r1 -= 3
  838: r1 &= 65535
      ; write var2, v224
  839: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  840: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  841: r1 = *(u8 *)(r10 -28)
  842: if r2 == 0 goto +481
  843: if r1 == 10 goto +480
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  844: r3 = *(u64 *)(r10 -16)
  845: if r3 > 16383 goto +1175
  846: r2 = r6
  847: r2 += r3
  848: r1 = r2
  849: r1 += 1
  850: if r1 <= r7 goto +1
  851: goto +1169
  852: r1 = r3
  853: r1 += 1
  854: *(u32 *)(r10 -164) = r1
  855: r3 += 1
  856: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  857: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  858: r1 += 1
  859: r1 &= 255
      ; write var3, v229
  860: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  861: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  862: r1 -= 1
  863: r1 &= 65535
      ; write var2, v232
  864: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  865: r1 = *(u8 *)(r2 +0)
  866: if r1 == 0 goto +457
  867: if r1 == 1 goto +92
  868: if r1 == 2 goto +75
  869: if r1 == 3 goto +57
  870: if r1 == 8 goto +41
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  871: r1 = *(u64 *)(r10 -16)
  872: if r1 > 16383 goto +1148
  873: r2 = r6
  874: r2 += r1
  875: r1 = r2
  876: r1 += 1
  877: if r1 <= r7 goto +1
  878: goto +1142
  879: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  880: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  881: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  882: r1 = 1
  883: if r2 >= 2 goto +1
  884: r1 = 0
      ; verify v237, error HeaderTooShort
  885: if r1 == 0 goto +1135
      ; v238: bit<8> = read var9
  886: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  887: w2 = w2
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  888: r2 -= 1
  889: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  890: r2 *= 8
  891: w2 = w2
      ; advance v243
  892: r1 = r2
  893: r1 &= 7
  894: if r1 != 0 goto +1126
  895: r1 = r2
  896: r1 >>= 3
  897: r2 = *(u64 *)(r10 -16)
  898: r2 += r1
  899: if r2 > 16383 goto +1121
  900: r1 = r6
  901: r1 += r2
  902: if r1 <= r7 goto +1
  903: goto +1117
  904: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  905: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  906: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
  907: r2 &= 65535
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  908: r2 -= 1
  909: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  910: r1 -= r2
  911: goto +29
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  912: r2 = *(u64 *)(r10 -16)
  913: if r2 > 16383 goto +1107
  914: r1 = r6
  915: r1 += r2
  916: r1 += 9
  917: if r1 <= r7 goto +1
  918: goto +1102
  919: r1 = r2
  920: r1 += 1
  921: *(u32 *)(r10 -140) = r1
  922: r2 += 9
  923: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  924: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  925: r1 -= 9
  926: goto +14
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  927: r2 = *(u64 *)(r10 -16)
  928: if r2 > 16383 goto +1092
  929: r1 = r6
  930: r1 += r2
  931: r1 += 2
  932: if r1 <= r7 goto +1
  933: goto +1087
  934: r1 = r2
  935: r1 += 1
  936: *(u32 *)(r10 -144) = r1
  937: r2 += 2
  938: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  939: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  940: r1 -= 2
  941: r1 &= 65535
      ; write var2, v255
  942: *(u16 *)(r10 -36) = r1
  943: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  944: r2 = *(u64 *)(r10 -16)
  945: if r2 > 16383 goto +1075
  946: r1 = r6
  947: r1 += r2
  948: r1 += 3
  949: if r1 <= r7 goto +1
  950: goto +1070
  951: r1 = r2
  952: r1 += 1
  953: *(u32 *)(r10 -148) = r1
  954: r2 += 3
  955: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  956: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  957: r1 -= 3
  958: r1 &= 65535
      ; write var2, v258
  959: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  960: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  961: r1 = *(u8 *)(r10 -28)
  962: if r2 == 0 goto +361
  963: if r1 == 10 goto +360
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  964: r3 = *(u64 *)(r10 -16)
  965: if r3 > 16383 goto +1055
  966: r2 = r6
  967: r2 += r3
  968: r1 = r2
  969: r1 += 1
  970: if r1 <= r7 goto +1
  971: goto +1049
  972: r1 = r3
  973: r1 += 1
  974: *(u32 *)(r10 -160) = r1
  975: r3 += 1
  976: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
  977: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
  978: r1 += 1
  979: r1 &= 255
      ; write var3, v263
  980: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
  981: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
  982: r1 -= 1
  983: r1 &= 65535
      ; write var2, v266
  984: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
  985: r1 = *(u8 *)(r2 +0)
  986: if r1 == 0 goto +337
  987: if r1 == 1 goto +92
  988: if r1 == 2 goto +75
  989: if r1 == 3 goto +57
  990: if r1 == 8 goto +41
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
  991: r1 = *(u64 *)(r10 -16)
  992: if r1 > 16383 goto +1028
  993: r2 = r6
  994: r2 += r1
  995: r1 = r2
  996: r1 += 1
  997: if r1 <= r7 goto +1
  998: goto +1022
  999: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1000: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1001: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
 1002: r1 = 1
 1003: if r2 >= 2 goto +1
 1004: r1 = 0
      ; verify v271, error HeaderTooShort
 1005: if r1 == 0 goto +1015
      ; v272: bit<8> = read var9
 1006: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1007: w2 = w2
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
 1008: r2 -= 1
 1009: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
 1010: r2 *= 8
 1011: w2 = w2
      ; advance v277
 1012: r1 = r2
 1013: r1 &= 7
 1014: if r1 != 0 goto +1006
 1015: r1 = r2
 1016: r1 >>= 3
 1017: r2 = *(u64 *)(r10 -16)
 1018: r2 += r1
 1019: if r2 > 16383 goto +1001
 1020: r1 = r6
 1021: r1 += r2
 1022: if r1 <= r7 goto +1
 1023: goto +997
 1024: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1025: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1026: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1027: r2 &= 65535
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
 1028: r2 -= 1
 1029: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1030: r1 -= r2
 1031: goto +29
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1032: r2 = *(u64 *)(r10 -16)
 1033: if r2 > 16383 goto +987
 1034: r1 = r6
 1035: r1 += r2
 1036: r1 += 9
 1037: if r1 <= r7 goto +1
 1038: goto +982
 1039: r1 = r2
 1040: r1 += 1
 1041: *(u32 *)(r10 -140) = r1
 1042: r2 += 9
 1043: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1044: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
 1045: r1 -= 9
 1046: goto +14
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1047: r2 = *(u64 *)(r10 -16)
 1048: if r2 > 16383 goto +972
 1049: r1 = r6
 1050: r1 += r2
 1051: r1 += 2
 1052: if r1 <= r7 goto +1
 1053: goto +967
 1054: r1 = r2
 1055: r1 += 1
 1056: *(u32 *)(r10 -144) = r1
 1057: r2 += 2
 1058: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1059: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1060: r1 -= 2
 1061: r1 &= 65535
      ; write var2, v289
 1062: *(u16 *)(r10 -36) = r1
 1063: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1064: r2 = *(u64 *)(r10 -16)
 1065: if r2 > 16383 goto +955
 1066: r1 = r6
 1067: r1 += r2
 1068: r1 += 3
 1069: if r1 <= r7 goto +1
 1070: goto +950
 1071: r1 = r2
 1072: r1 += 1
 1073: *(u32 *)(r10 -148) = r1
 1074: r2 += 3
 1075: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1076: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1077: r1 -= 3
 1078: r1 &= 65535
      ; write var2, v292
 1079: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1080: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1081: r1 = *(u8 *)(r10 -28)
 1082: if r2 == 0 goto +241
 1083: if r1 == 10 goto +240
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1084: r3 = *(u64 *)(r10 -16)
 1085: if r3 > 16383 goto +935
 1086: r2 = r6
 1087: r2 += r3
 1088: r1 = r2
 1089: r1 += 1
 1090: if r1 <= r7 goto +1
 1091: goto +929
 1092: r1 = r3
 1093: r1 += 1
 1094: *(u32 *)(r10 -156) = r1
 1095: r3 += 1
 1096: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1097: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1098: r1 += 1
 1099: r1 &= 255
      ; write var3, v297
 1100: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1101: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1102: r1 -= 1
 1103: r1 &= 65535
      ; write var2, v300
 1104: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1105: r1 = *(u8 *)(r2 +0)
 1106: if r1 == 0 goto +217
 1107: if r1 == 1 goto +92
 1108: if r1 == 2 goto +75
 1109: if r1 == 3 goto +57
 1110: if r1 == 8 goto +41
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1111: r1 = *(u64 *)(r10 -16)
 1112: if r1 > 16383 goto +908
 1113: r2 = r6
 1114: r2 += r1
 1115: r1 = r2
 1116: r1 += 1
 1117: if r1 <= r7 goto +1
 1118: goto +902
 1119: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1120: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1121: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1122: r1 = 1
 1123: if r2 >= 2 goto +1
 1124: r1 = 0
      ; verify v305, error HeaderTooShort
 1125: if r1 == 0 goto +895
      ; v306: bit<8> = read var9
 1126: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1127: w2 = w2
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1128: r2 -= 1
 1129: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1130: r2 *= 8
 1131: w2 = w2
      ; advance v311
 1132: r1 = r2
 1133: r1 &= 7
 1134: if r1 != 0 goto +886
 1135: r1 = r2
 1136: r1 >>= 3
 1137: r2 = *(u64 *)(r10 -16)
 1138: r2 += r1
 1139: if r2 > 16383 goto +881
 1140: r1 = r6
 1141: r1 += r2
 1142: if r1 <= r7 goto +1
 1143: goto +877
 1144: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1145: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1146: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1147: r2 &= 65535
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1148: r2 -= 1
 1149: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1150: r1 -= r2
 1151: goto +29
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1152: r2 = *(u64 *)(r10 -16)
 1153: if r2 > 16383 goto +867
 1154: r1 = r6
 1155: r1 += r2
 1156: r1 += 9
 1157: if r1 <= r7 goto +1
 1158: goto +862
 1159: r1 = r2
 1160: r1 += 1
 1161: *(u32 *)(r10 -140) = r1
 1162: r2 += 9
 1163: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1164: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1165: r1 -= 9
 1166: goto +14
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1167: r2 = *(u64 *)(r10 -16)
 1168: if r2 > 16383 goto +852
 1169: r1 = r6
 1170: r1 += r2
 1171: r1 += 2
 1172: if r1 <= r7 goto +1
 1173: goto +847
 1174: r1 = r2
 1175: r1 += 1
 1176: *(u32 *)(r10 -144) = r1
 1177: r2 += 2
 1178: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1179: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1180: r1 -= 2
 1181: r1 &= 65535
      ; write var2, v323
 1182: *(u16 *)(r10 -36) = r1
 1183: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1184: r2 = *(u64 *)(r10 -16)
 1185: if r2 > 16383 goto +835
 1186: r1 = r6
 1187: r1 += r2
 1188: r1 += 3
 1189: if r1 <= r7 goto +1
 1190: goto +830
 1191: r1 = r2
 1192: r1 += 1
 1193: *(u32 *)(r10 -148) = r1
 1194: r2 += 3
 1195: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1196: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1197: r1 -= 3
 1198: r1 &= 65535
      ; write var2, v326
 1199: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1200: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1201: r1 = *(u8 *)(r10 -28)
 1202: if r2 == 0 goto +121
 1203: if r1 == 10 goto +120
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1204: r3 = *(u64 *)(r10 -16)
 1205: if r3 > 16383 goto +815
 1206: r2 = r6
 1207: r2 += r3
 1208: r1 = r2
 1209: r1 += 1
 1210: if r1 <= r7 goto +1
 1211: goto +809
 1212: r1 = r3
 1213: r1 += 1
 1214: *(u32 *)(r10 -152) = r1
 1215: r3 += 1
 1216: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1217: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1218: r1 += 1
 1219: r1 &= 255
      ; write var3, v331
 1220: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1221: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1222: r1 -= 1
 1223: r1 &= 65535
      ; write var2, v334
 1224: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1225: r1 = *(u8 *)(r2 +0)
 1226: if r1 == 0 goto +97
 1227: if r1 == 1 goto +92
 1228: if r1 == 2 goto +75
 1229: if r1 == 3 goto +57
 1230: if r1 == 8 goto +41
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1231: r1 = *(u64 *)(r10 -16)
 1232: if r1 > 16383 goto +788
 1233: r2 = r6
 1234: r2 += r1
 1235: r1 = r2
 1236: r1 += 1
 1237: if r1 <= r7 goto +1
 1238: goto +782
 1239: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1240: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1241: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1242: r1 = 1
 1243: if r2 >= 2 goto +1
 1244: r1 = 0
      ; verify v339, error HeaderTooShort
 1245: if r1 == 0 goto +775
      ; v340: bit<8> = read var9
 1246: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1247: w2 = w2
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1248: r2 -= 1
 1249: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1250: r2 *= 8
 1251: w2 = w2
      ; advance v345
 1252: r1 = r2
 1253: r1 &= 7
 1254: if r1 != 0 goto +766
 1255: r1 = r2
 1256: r1 >>= 3
 1257: r2 = *(u64 *)(r10 -16)
 1258: r2 += r1
 1259: if r2 > 16383 goto +761
 1260: r1 = r6
 1261: r1 += r2
 1262: if r1 <= r7 goto +1
 1263: goto +757
 1264: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1265: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1266: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1267: r2 &= 65535
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1268: r2 -= 1
 1269: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1270: r1 -= r2
 1271: goto +29
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1272: r2 = *(u64 *)(r10 -16)
 1273: if r2 > 16383 goto +747
 1274: r1 = r6
 1275: r1 += r2
 1276: r1 += 9
 1277: if r1 <= r7 goto +1
 1278: goto +742
 1279: r1 = r2
 1280: r1 += 1
 1281: *(u32 *)(r10 -140) = r1
 1282: r2 += 9
 1283: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1284: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1285: r1 -= 9
 1286: goto +14
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1287: r2 = *(u64 *)(r10 -16)
 1288: if r2 > 16383 goto +732
 1289: r1 = r6
 1290: r1 += r2
 1291: r1 += 2
 1292: if r1 <= r7 goto +1
 1293: goto +727
 1294: r1 = r2
 1295: r1 += 1
 1296: *(u32 *)(r10 -144) = r1
 1297: r2 += 2
 1298: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1299: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1300: r1 -= 2
 1301: r1 &= 65535
      ; write var2, v357
 1302: *(u16 *)(r10 -36) = r1
 1303: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1304: r2 = *(u64 *)(r10 -16)
 1305: if r2 > 16383 goto +715
 1306: r1 = r6
 1307: r1 += r2
 1308: r1 += 3
 1309: if r1 <= r7 goto +1
 1310: goto +710
 1311: r1 = r2
 1312: r1 += 1
 1313: *(u32 *)(r10 -148) = r1
 1314: r2 += 3
 1315: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1316: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1317: r1 -= 3
 1318: r1 &= 65535
      ; write var2, v360
 1319: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1320: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1321: r1 = *(u8 *)(r10 -28)
 1322: if r2 == 0 goto +1
 1323: if r1 != 10 goto +697
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1324: r1 = *(u32 *)(r10 -192)
 1325: if r1 == 0 goto +1
 1326: r1 = 1
      ; v1: bool = not v0
 1327: r1 ^= 1
 1328: if r1 != 0 goto +694
      ; v2: bit<64> = timestamp_ns
 1329: call bpf_ktime_get_ns
 1330: r1 = r0
      ; write var10, v2
 1331: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1332: r1 = *(u32 *)(r10 -192)
 1333: if r1 == 0 goto +9
 1334: r1 -= 1
 1335: if r1 > 16383 goto +7
 1336: *(u64 *)(r10 -384) = r6
 1337: r0 = *(u64 *)(r10 -384)
 1338: r0 += r1
 1339: *(u64 *)(r10 -384) = r0
 1340: r1 = *(u64 *)(r10 -384)
 1341: r1 += 20
 1342: if r1 <= r7 goto +1
 1343: *(u64 *)(r10 -384) = 0
 1344: r1 = 0
 1345: r0 = *(u64 *)(r10 -384)
 1346: if r0 == 0 goto +2
 1347: r0 = *(u64 *)(r10 -384)
 1348: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1349: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1350: r1 = *(u32 *)(r10 -196)
 1351: if r1 == 0 goto +9
 1352: r1 -= 1
 1353: if r1 > 16383 goto +7
 1354: *(u64 *)(r10 -392) = r6
 1355: r0 = *(u64 *)(r10 -392)
 1356: r0 += r1
 1357: *(u64 *)(r10 -392) = r0
 1358: r1 = *(u64 *)(r10 -392)
 1359: r1 += 20
 1360: if r1 <= r7 goto +1
 1361: *(u64 *)(r10 -392) = 0
 1362: r1 = 0
 1363: r0 = *(u64 *)(r10 -392)
 1364: if r0 == 0 goto +3
 1365: r0 = *(u64 *)(r10 -392)
 1366: r1 = *(u8 *)(r0 +0)
 1367: r1 &= 15
      ; v5: bit<16> = cast v4
 1368: r1 &= 65535
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1369: r1 <<= 2
 1370: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1371: r2 = 0
 1372: r0 = *(u64 *)(r10 -384)
 1373: if r0 == 0 goto +4
 1374: r0 = *(u64 *)(r10 -384)
 1375: r2 = *(u8 *)(r0 +12)
 1376: r2 >>= 4
 1377: r2 &= 15
      ; v9: bit<16> = cast v8
 1378: r2 &= 65535
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1379: r2 <<= 2
 1380: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1381: r1 += r2
 1382: r1 &= 65535
      ; write var12, v12
 1383: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1384: r1 = 0
 1385: r0 = *(u64 *)(r10 -392)
 1386: if r0 == 0 goto +2
 1387: r0 = *(u64 *)(r10 -392)
 1388: r1 = *(u16 *)(r0 +2)
 1389: r1 = be16 r1
      ; v14: bit<16> = read var12
 1390: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1391: r1 -= r2
 1392: r1 &= 65535
      ; v16: bit<32> = cast v15
 1393: w1 = w1
      ; write var13, v16
 1394: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1395: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1396: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1397: r1 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1398: r3 = 1
 1399: if r1 != 0 goto +1
 1400: r3 = 0
      ; v23: bit<32> = const 1
 1401: r2 = 1
      ; v24: bit<32> = const 0
 1402: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1403: if r3 != 0 goto +1
 1404: r2 = r1
      ; v26: bit<32> = add v17, v25
 1405: r1 = r4
 1406: r1 += r2
 1407: w1 = w1
      ; write var14, v26
 1408: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1409: r4 = 0
 1410: r0 = *(u64 *)(r10 -392)
 1411: if r0 == 0 goto +2
 1412: r0 = *(u64 *)(r10 -392)
 1413: r4 = *(u32 *)(r0 +12)
 1414: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1415: r3 = 0
 1416: r0 = *(u64 *)(r10 -392)
 1417: if r0 == 0 goto +2
 1418: r0 = *(u64 *)(r10 -392)
 1419: r3 = *(u32 *)(r0 +16)
 1420: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1421: r2 = 0
 1422: r0 = *(u64 *)(r10 -384)
 1423: if r0 == 0 goto +2
 1424: r0 = *(u64 *)(r10 -384)
 1425: r2 = *(u16 *)(r0 +0)
 1426: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1427: r1 = 0
 1428: r0 = *(u64 *)(r10 -384)
 1429: if r0 == 0 goto +2
 1430: r0 = *(u64 *)(r10 -384)
 1431: r1 = *(u16 *)(r0 +2)
 1432: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1433: *(u32 *)(r10 -272) = r4
 1434: *(u32 *)(r10 -268) = r3
 1435: *(u16 *)(r10 -264) = r2
 1436: *(u16 *)(r10 -262) = r1
 1437: r1 = map[pipe_flows] ll
 1439: r2 = r10
 1440: r2 += -272
 1441: call bpf_map_lookup_elem
 1442: r9 = r0
 1443: if r9 == 0 goto +35
 1444: *(u64 *)(r10 -400) = 1
 1445: r0 = *(u32 *)(r9 +0)
 1446: *(u64 *)(r10 -408) = r0
 1447: w0 = w0
 1448: *(u64 *)(r10 -408) = r0
 1449: r0 = *(u32 *)(r9 +4)
 1450: *(u64 *)(r10 -416) = r0
 1451: w0 = w0
 1452: *(u64 *)(r10 -416) = r0
 1453: r0 = *(u32 *)(r9 +8)
 1454: *(u64 *)(r10 -424) = r0
 1455: w0 = w0
 1456: *(u64 *)(r10 -424) = r0
 1457: r0 = *(u32 *)(r9 +12)
 1458: *(u64 *)(r10 -432) = r0
 1459: w0 = w0
 1460: *(u64 *)(r10 -432) = r0
 1461: r0 = *(u16 *)(r9 +16)
 1462: *(u64 *)(r10 -440) = r0
 1463: r0 &= 65535
 1464: *(u64 *)(r10 -440) = r0
 1465: r8 = *(u8 *)(r9 +18)
 1466: r8 &= 255
 1467: r4 = *(u32 *)(r9 +20)
 1468: w4 = w4
 1469: r3 = *(u32 *)(r9 +24)
 1470: w3 = w3
 1471: r2 = *(u8 *)(r9 +28)
 1472: r2 &= 255
 1473: r1 = *(u32 *)(r9 +32)
 1474: w1 = w1
 1475: r0 = *(u64 *)(r9 +40)
 1476: *(u64 *)(r10 -448) = r0
 1477: r9 = *(u64 *)(r9 +48)
 1478: goto +13
 1479: *(u64 *)(r10 -400) = 0
 1480: *(u64 *)(r10 -408) = 0
 1481: *(u64 *)(r10 -416) = 0
 1482: *(u64 *)(r10 -424) = 0
 1483: *(u64 *)(r10 -432) = 0
 1484: *(u64 *)(r10 -440) = 0
 1485: r8 = 0
 1486: r4 = 0
 1487: r3 = 0
 1488: r2 = 0
 1489: r1 = 0
 1490: *(u64 *)(r10 -448) = 0
 1491: r9 = 0
      ; write var15, v32
 1492: r0 = *(u64 *)(r10 -408)
 1493: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1494: r0 = *(u64 *)(r10 -416)
 1495: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1496: r0 = *(u64 *)(r10 -424)
 1497: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1498: r0 = *(u64 *)(r10 -432)
 1499: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1500: r0 = *(u64 *)(r10 -440)
 1501: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1502: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1503: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1504: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1505: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1506: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1507: r0 = *(u64 *)(r10 -448)
 1508: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1509: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1510: r0 = *(u64 *)(r10 -400)
 1511: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1512: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1513: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1514: if r1 != 0 goto +53
      ; v65: bool = read var27
 1515: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1516: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1517: r2 = 1
 1518: if r1 != 0 goto +1
 1519: r2 = 0
      ; v69: bool = logical_and v65, v68
 1520: r1 = r3
 1521: r1 &= r2
 1522: if r1 == 0 goto +113
      ; v70: bit<32> = read_field hdr2.seqNo
 1523: r1 = 0
 1524: r0 = *(u64 *)(r10 -384)
 1525: if r0 == 0 goto +2
 1526: r0 = *(u64 *)(r10 -384)
 1527: r1 = *(u32 *)(r0 +4)
 1528: r1 = be32 r1
      ; v71: bit<32> = read var14
 1529: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1530: r1 += r2
 1531: w1 = w1
      ; write var28, v72
 1532: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1533: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1534: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1535: r1 -= r2
 1536: w1 = w1
      ; write var29, v75
 1537: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1538: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1539: r4 = 1
 1540: if r1 != 0 goto +1
 1541: r4 = 0
      ; v79: bit<32> = read var29
 1542: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1543: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1544: r2 = 1
 1545: if r3 < r1 goto +1
 1546: r2 = 0
      ; v82: bool = logical_and v78, v81
 1547: r1 = r4
 1548: r1 &= r2
 1549: if r1 != 0 goto +7
      ; v90: bit<32> = read var22
 1550: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1551: r1 += 1
 1552: w1 = w1
      ; write var22, v92
 1553: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1554: r1 = 0
      ; write var23, v93
 1555: *(u8 *)(r10 -23) = r1
 1556: goto +79
      ; v83: bit<32> = read var28
 1557: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1558: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1559: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1560: if r1 != 0 goto +75
      ; v87: bit<8> = const 1
 1561: r1 = 1
      ; write var23, v87
 1562: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1563: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1564: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1565: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1566: *(u64 *)(r10 -232) = r1
 1567: goto +68
      ; v49: bool = const 1
 1568: r1 = 1
      ; write var27, v49
 1569: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1570: r1 = 0
 1571: r0 = *(u64 *)(r10 -384)
 1572: if r0 == 0 goto +2
 1573: r0 = *(u64 *)(r10 -384)
 1574: r1 = *(u32 *)(r0 +4)
 1575: r1 = be32 r1
      ; write var15, v50
 1576: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1577: r1 = 0
 1578: r0 = *(u64 *)(r10 -384)
 1579: if r0 == 0 goto +2
 1580: r0 = *(u64 *)(r10 -384)
 1581: r1 = *(u32 *)(r0 +4)
 1582: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1583: r1 += 1
 1584: w1 = w1
      ; write var16, v53
 1585: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1586: r1 = 0
      ; write var18, v54
 1587: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1588: r1 = *(u32 *)(r10 -148)
 1589: if r1 == 0 goto +7
 1590: r1 -= 1
 1591: if r1 > 16383 goto +5
 1592: r2 = r6
 1593: r2 += r1
 1594: r1 = r2
 1595: r1 += 3
 1596: if r1 <= r7 goto +1
 1597: r2 = 0
 1598: r1 = 0
 1599: if r2 == 0 goto +1
 1600: r1 = *(u16 *)(r2 +1)
 1601: r1 = be16 r1
      ; write var19, v55
 1602: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1603: r1 = *(u32 *)(r10 -144)
 1604: if r1 == 0 goto +7
 1605: r1 -= 1
 1606: if r1 > 16383 goto +5
 1607: r2 = r6
 1608: r2 += r1
 1609: r1 = r2
 1610: r1 += 2
 1611: if r1 <= r7 goto +1
 1612: r2 = 0
 1613: r1 = 0
 1614: if r2 == 0 goto +1
 1615: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1616: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1617: r1 = 0
      ; write var21, v57
 1618: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1619: r1 = 0
      ; write var22, v58
 1620: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1621: r1 = 1
      ; write var23, v59
 1622: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1623: r1 = 0
 1624: r0 = *(u64 *)(r10 -384)
 1625: if r0 == 0 goto +2
 1626: r0 = *(u64 *)(r10 -384)
 1627: r1 = *(u32 *)(r0 +4)
 1628: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1629: r1 += 1
 1630: w1 = w1
      ; write var24, v62
 1631: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1632: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1633: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1634: r1 = 0
      ; write var26, v64
 1635: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1636: r1 = *(u8 *)(r10 -22)
 1637: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1638: r1 = *(u32 *)(r10 -140)
 1639: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1640: r1 = *(u32 *)(r10 -140)
 1641: if r1 == 0 goto +7
 1642: r1 -= 1
 1643: if r1 > 16383 goto +5
 1644: r2 = r6
 1645: r2 += r1
 1646: r1 = r2
 1647: r1 += 9
 1648: if r1 <= r7 goto +1
 1649: r2 = 0
 1650: r1 = 0
 1651: if r2 == 0 goto +1
 1652: r1 = *(u32 *)(r2 +1)
 1653: r1 = be32 r1
      ; write var21, v96
 1654: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1655: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1656: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1657: r1 -= r2
 1658: w1 = w1
      ; write var17, v99
 1659: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1660: r1 = 0
 1661: r0 = *(u64 *)(r10 -392)
 1662: if r0 == 0 goto +2
 1663: r0 = *(u64 *)(r10 -392)
 1664: r1 = *(u32 *)(r0 +12)
 1665: *(u64 *)(r10 -400) = r1
 1666: r0 = *(u64 *)(r10 -400)
 1667: r0 = be32 r0
 1668: *(u64 *)(r10 -400) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1669: r9 = 0
 1670: r0 = *(u64 *)(r10 -392)
 1671: if r0 == 0 goto +2
 1672: r0 = *(u64 *)(r10 -392)
 1673: r9 = *(u32 *)(r0 +16)
 1674: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1675: r8 = 0
 1676: r0 = *(u64 *)(r10 -384)
 1677: if r0 == 0 goto +2
 1678: r0 = *(u64 *)(r10 -384)
 1679: r8 = *(u16 *)(r0 +0)
 1680: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1681: r4 = 0
 1682: r0 = *(u64 *)(r10 -384)
 1683: if r0 == 0 goto +2
 1684: r0 = *(u64 *)(r10 -384)
 1685: r4 = *(u16 *)(r0 +2)
 1686: r4 = be16 r4
      ; v104: bit<32> = read var15
 1687: r0 = *(u32 *)(r10 -104)
 1688: *(u64 *)(r10 -408) = r0
      ; v105: bit<32> = read var16
 1689: r0 = *(u32 *)(r10 -100)
 1690: *(u64 *)(r10 -416) = r0
      ; v106: bit<32> = read var17
 1691: r0 = *(u32 *)(r10 -96)
 1692: *(u64 *)(r10 -424) = r0
      ; v107: bit<32> = read var18
 1693: r0 = *(u32 *)(r10 -92)
 1694: *(u64 *)(r10 -432) = r0
      ; v108: bit<16> = read var19
 1695: r0 = *(u16 *)(r10 -32)
 1696: *(u64 *)(r10 -440) = r0
      ; v109: bit<8> = read var20
 1697: r0 = *(u8 *)(r10 -24)
 1698: *(u64 *)(r10 -448) = r0
      ; v110: bit<32> = read var21
 1699: r0 = *(u32 *)(r10 -88)
 1700: *(u64 *)(r10 -456) = r0
      ; v111: bit<32> = read var22
 1701: r0 = *(u32 *)(r10 -84)
 1702: *(u64 *)(r10 -464) = r0
      ; v112: bit<8> = read var23
 1703: r0 = *(u8 *)(r10 -23)
 1704: *(u64 *)(r10 -472) = r0
      ; v113: bit<32> = read var24
 1705: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1706: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1707: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1708: r0 = *(u64 *)(r10 -400)
 1709: *(u32 *)(r10 -280) = r0
 1710: *(u32 *)(r10 -276) = r9
 1711: *(u16 *)(r10 -272) = r8
 1712: *(u16 *)(r10 -270) = r4
 1713: *(u64 *)(r10 -352) = 0
 1714: *(u64 *)(r10 -344) = 0
 1715: *(u64 *)(r10 -336) = 0
 1716: r0 = *(u64 *)(r10 -408)
 1717: *(u32 *)(r10 -368) = r0
 1718: r0 = *(u64 *)(r10 -416)
 1719: *(u32 *)(r10 -364) = r0
 1720: r0 = *(u64 *)(r10 -424)
 1721: *(u32 *)(r10 -360) = r0
 1722: r0 = *(u64 *)(r10 -432)
 1723: *(u32 *)(r10 -356) = r0
 1724: r0 = *(u64 *)(r10 -440)
 1725: *(u16 *)(r10 -352) = r0
 1726: r0 = *(u64 *)(r10 -448)
 1727: *(u8 *)(r10 -350) = r0
 1728: r0 = *(u64 *)(r10 -456)
 1729: *(u32 *)(r10 -348) = r0
 1730: r0 = *(u64 *)(r10 -464)
 1731: *(u32 *)(r10 -344) = r0
 1732: r0 = *(u64 *)(r10 -472)
 1733: *(u8 *)(r10 -340) = r0
 1734: *(u32 *)(r10 -336) = r3
 1735: *(u64 *)(r10 -328) = r2
 1736: *(u64 *)(r10 -320) = r1
 1737: r1 = map[pipe_flows] ll
 1739: r2 = r10
 1740: r2 += -280
 1741: r3 = r10
 1742: r3 += -368
 1743: r4 = 0
 1744: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1745: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1746: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1747: if r1 == 0 goto +275
      ; v121: bit<32> = read_field hdr1.dstAddr
 1748: r4 = 0
 1749: r0 = *(u64 *)(r10 -392)
 1750: if r0 == 0 goto +2
 1751: r0 = *(u64 *)(r10 -392)
 1752: r4 = *(u32 *)(r0 +16)
 1753: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1754: r3 = 0
 1755: r0 = *(u64 *)(r10 -392)
 1756: if r0 == 0 goto +2
 1757: r0 = *(u64 *)(r10 -392)
 1758: r3 = *(u32 *)(r0 +12)
 1759: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1760: r2 = 0
 1761: r0 = *(u64 *)(r10 -384)
 1762: if r0 == 0 goto +2
 1763: r0 = *(u64 *)(r10 -384)
 1764: r2 = *(u16 *)(r0 +2)
 1765: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1766: r1 = 0
 1767: r0 = *(u64 *)(r10 -384)
 1768: if r0 == 0 goto +2
 1769: r0 = *(u64 *)(r10 -384)
 1770: r1 = *(u16 *)(r0 +0)
 1771: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1772: *(u32 *)(r10 -272) = r4
 1773: *(u32 *)(r10 -268) = r3
 1774: *(u16 *)(r10 -264) = r2
 1775: *(u16 *)(r10 -262) = r1
 1776: r1 = map[pipe_flows] ll
 1778: r2 = r10
 1779: r2 += -272
 1780: call bpf_map_lookup_elem
 1781: r9 = r0
 1782: if r9 == 0 goto +35
 1783: *(u64 *)(r10 -400) = 1
 1784: r0 = *(u32 *)(r9 +0)
 1785: *(u64 *)(r10 -408) = r0
 1786: w0 = w0
 1787: *(u64 *)(r10 -408) = r0
 1788: r0 = *(u32 *)(r9 +4)
 1789: *(u64 *)(r10 -416) = r0
 1790: w0 = w0
 1791: *(u64 *)(r10 -416) = r0
 1792: r0 = *(u32 *)(r9 +8)
 1793: *(u64 *)(r10 -424) = r0
 1794: w0 = w0
 1795: *(u64 *)(r10 -424) = r0
 1796: r0 = *(u32 *)(r9 +12)
 1797: *(u64 *)(r10 -432) = r0
 1798: w0 = w0
 1799: *(u64 *)(r10 -432) = r0
 1800: r0 = *(u16 *)(r9 +16)
 1801: *(u64 *)(r10 -440) = r0
 1802: r0 &= 65535
 1803: *(u64 *)(r10 -440) = r0
 1804: r8 = *(u8 *)(r9 +18)
 1805: r8 &= 255
 1806: r4 = *(u32 *)(r9 +20)
 1807: w4 = w4
 1808: r3 = *(u32 *)(r9 +24)
 1809: w3 = w3
 1810: r2 = *(u8 *)(r9 +28)
 1811: r2 &= 255
 1812: r1 = *(u32 *)(r9 +32)
 1813: w1 = w1
 1814: r0 = *(u64 *)(r9 +40)
 1815: *(u64 *)(r10 -448) = r0
 1816: r9 = *(u64 *)(r9 +48)
 1817: goto +13
 1818: *(u64 *)(r10 -400) = 0
 1819: *(u64 *)(r10 -408) = 0
 1820: *(u64 *)(r10 -416) = 0
 1821: *(u64 *)(r10 -424) = 0
 1822: *(u64 *)(r10 -432) = 0
 1823: *(u64 *)(r10 -440) = 0
 1824: r8 = 0
 1825: r4 = 0
 1826: r3 = 0
 1827: r2 = 0
 1828: r1 = 0
 1829: *(u64 *)(r10 -448) = 0
 1830: r9 = 0
      ; write var30, v126
 1831: r0 = *(u64 *)(r10 -408)
 1832: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1833: r0 = *(u64 *)(r10 -416)
 1834: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1835: r0 = *(u64 *)(r10 -424)
 1836: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1837: r0 = *(u64 *)(r10 -432)
 1838: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1839: r0 = *(u64 *)(r10 -440)
 1840: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1841: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1842: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1843: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1844: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1845: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1846: r0 = *(u64 *)(r10 -448)
 1847: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1848: *(u64 *)(r10 -208) = r9
 1849: r0 = *(u64 *)(r10 -400)
 1850: if r0 == 0 goto +172
      ; v138: bit<32> = read_field hdr2.ackNo
 1851: r1 = 0
 1852: r0 = *(u64 *)(r10 -384)
 1853: if r0 == 0 goto +2
 1854: r0 = *(u64 *)(r10 -384)
 1855: r1 = *(u32 *)(r0 +8)
 1856: r1 = be32 r1
      ; v139: bit<32> = read var30
 1857: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1858: r1 -= r2
 1859: w1 = w1
      ; write var42, v140
 1860: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1861: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 1862: r4 = 1
 1863: if r1 != 0 goto +1
 1864: r4 = 0
      ; v144: bit<32> = read var42
 1865: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1866: w1 = -2147483648
      ; v146: bool = lt v144, v145
 1867: r2 = 1
 1868: if r3 < r1 goto +1
 1869: r2 = 0
      ; v147: bool = logical_and v143, v146
 1870: r1 = r4
 1871: r1 &= r2
 1872: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1873: r1 = 0
 1874: r0 = *(u64 *)(r10 -384)
 1875: if r0 == 0 goto +2
 1876: r0 = *(u64 *)(r10 -384)
 1877: r1 = *(u32 *)(r0 +8)
 1878: r1 = be32 r1
      ; write var30, v148
 1879: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1880: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 1881: r4 = 1
 1882: if r1 == 1 goto +1
 1883: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 1884: r3 = 0
 1885: r0 = *(u64 *)(r10 -384)
 1886: if r0 == 0 goto +2
 1887: r0 = *(u64 *)(r10 -384)
 1888: r3 = *(u32 *)(r0 +8)
 1889: r3 = be32 r3
      ; v153: bit<32> = read var39
 1890: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1891: r3 -= r1
 1892: w3 = w3
      ; v155: bit<32> = const 0x80000000
 1893: w1 = -2147483648
      ; v156: bool = lt v154, v155
 1894: r2 = 1
 1895: if r3 < r1 goto +1
 1896: r2 = 0
      ; v157: bool = logical_and v151, v156
 1897: r1 = r4
 1898: r1 &= r2
 1899: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 1900: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1901: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1902: r1 -= r2
      ; write var41, v160
 1903: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 1904: r1 = 0
      ; write var38, v161
 1905: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 1906: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1907: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1908: r1 -= r2
 1909: w1 = w1
      ; write var32, v164
 1910: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1911: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1912: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1913: r3 = 1
 1914: if r1 != 0 goto +1
 1915: r3 = 0
      ; v170: bit<8> = read var20
 1916: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1917: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1918: if r3 != 0 goto +1
 1919: r1 = r2
      ; write var43, v172
 1920: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1921: r1 = 0
 1922: r0 = *(u64 *)(r10 -384)
 1923: if r0 == 0 goto +2
 1924: r0 = *(u64 *)(r10 -384)
 1925: r1 = *(u16 *)(r0 +14)
 1926: r1 = be16 r1
      ; v174: bit<32> = cast v173
 1927: w1 = w1
      ; v175: bit<8> = read var43
 1928: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1929: if r2 >= 32 goto +3
 1930: r1 <<= r2
 1931: w1 = w1
 1932: goto +1
 1933: r1 = 0
      ; write var33, v176
 1934: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1935: r1 = 0
 1936: r0 = *(u64 *)(r10 -392)
 1937: if r0 == 0 goto +2
 1938: r0 = *(u64 *)(r10 -392)
 1939: r1 = *(u32 *)(r0 +16)
 1940: *(u64 *)(r10 -400) = r1
 1941: r0 = *(u64 *)(r10 -400)
 1942: r0 = be32 r0
 1943: *(u64 *)(r10 -400) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1944: r9 = 0
 1945: r0 = *(u64 *)(r10 -392)
 1946: if r0 == 0 goto +2
 1947: r0 = *(u64 *)(r10 -392)
 1948: r9 = *(u32 *)(r0 +12)
 1949: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1950: r8 = 0
 1951: r0 = *(u64 *)(r10 -384)
 1952: if r0 == 0 goto +2
 1953: r0 = *(u64 *)(r10 -384)
 1954: r8 = *(u16 *)(r0 +2)
 1955: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1956: r4 = 0
 1957: r0 = *(u64 *)(r10 -384)
 1958: if r0 == 0 goto +2
 1959: r0 = *(u64 *)(r10 -384)
 1960: r4 = *(u16 *)(r0 +0)
 1961: r4 = be16 r4
      ; v181: bit<32> = read var30
 1962: r0 = *(u32 *)(r10 -68)
 1963: *(u64 *)(r10 -384) = r0
      ; v182: bit<32> = read var31
 1964: r0 = *(u32 *)(r10 -64)
 1965: *(u64 *)(r10 -392) = r0
      ; v183: bit<32> = read var32
 1966: r0 = *(u32 *)(r10 -60)
 1967: *(u64 *)(r10 -408) = r0
      ; v184: bit<32> = read var33
 1968: r0 = *(u32 *)(r10 -56)
 1969: *(u64 *)(r10 -416) = r0
      ; v185: bit<16> = read var34
 1970: r0 = *(u16 *)(r10 -30)
 1971: *(u64 *)(r10 -424) = r0
      ; v186: bit<8> = read var35
 1972: r0 = *(u8 *)(r10 -21)
 1973: *(u64 *)(r10 -432) = r0
      ; v187: bit<32> = read var36
 1974: r0 = *(u32 *)(r10 -52)
 1975: *(u64 *)(r10 -440) = r0
      ; v188: bit<32> = read var37
 1976: r0 = *(u32 *)(r10 -48)
 1977: *(u64 *)(r10 -448) = r0
      ; v189: bit<8> = read var38
 1978: r0 = *(u8 *)(r10 -20)
 1979: *(u64 *)(r10 -456) = r0
      ; v190: bit<32> = read var39
 1980: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 1981: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 1982: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 1983: r0 = *(u64 *)(r10 -400)
 1984: *(u32 *)(r10 -280) = r0
 1985: *(u32 *)(r10 -276) = r9
 1986: *(u16 *)(r10 -272) = r8
 1987: *(u16 *)(r10 -270) = r4
 1988: *(u64 *)(r10 -352) = 0
 1989: *(u64 *)(r10 -344) = 0
 1990: *(u64 *)(r10 -336) = 0
 1991: r0 = *(u64 *)(r10 -384)
 1992: *(u32 *)(r10 -368) = r0
 1993: r0 = *(u64 *)(r10 -392)
 1994: *(u32 *)(r10 -364) = r0
 1995: r0 = *(u64 *)(r10 -408)
 1996: *(u32 *)(r10 -360) = r0
 1997: r0 = *(u64 *)(r10 -416)
 1998: *(u32 *)(r10 -356) = r0
 1999: r0 = *(u64 *)(r10 -424)
 2000: *(u16 *)(r10 -352) = r0
 2001: r0 = *(u64 *)(r10 -432)
 2002: *(u8 *)(r10 -350) = r0
 2003: r0 = *(u64 *)(r10 -440)
 2004: *(u32 *)(r10 -348) = r0
 2005: r0 = *(u64 *)(r10 -448)
 2006: *(u32 *)(r10 -344) = r0
 2007: r0 = *(u64 *)(r10 -456)
 2008: *(u8 *)(r10 -340) = r0
 2009: *(u32 *)(r10 -336) = r3
 2010: *(u64 *)(r10 -328) = r2
 2011: *(u64 *)(r10 -320) = r1
 2012: r1 = map[pipe_flows] ll
 2014: r2 = r10
 2015: r2 += -280
 2016: r3 = r10
 2017: r3 += -368
 2018: r4 = 0
 2019: call bpf_map_update_elem
 2020: goto +2
      ; drop
 2021: r0 = 2
 2022: exit
      ; epilogue: verdict
 2023: r0 = 0
 2024: exit
