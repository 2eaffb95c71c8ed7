; dapper for xdp: 2069 instructions, stack 504 bytes, 1 maps
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
   39: if r3 > 16383 goto +1987
   40: r2 = r6
   41: r2 += r3
   42: r1 = r2
   43: r1 += 14
   44: if r1 <= r7 goto +1
   45: goto +1981
   46: r1 = r3
   47: r1 += 1
   48: *(u32 *)(r10 -200) = r1
   49: r3 += 14
   50: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   51: r1 = *(u16 *)(r2 +12)
   52: if r1 != 8 goto +1277
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   53: r2 = *(u64 *)(r10 -16)
   54: if r2 > 16383 goto +1972
   55: r3 = r6
   56: r3 += r2
   57: r1 = r3
   58: r1 += 20
   59: if r1 <= r7 goto +1
   60: goto +1966
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
   71: if r1 == 0 goto +1955
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
   81: if r1 != 0 goto +1945
   82: r1 = r2
   83: r1 >>= 3
   84: r2 = *(u64 *)(r10 -16)
   85: r2 += r1
   86: if r2 > 16383 goto +1940
   87: r1 = r6
   88: r1 += r2
   89: if r1 <= r7 goto +1
   90: goto +1936
   91: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   92: r2 = *(u16 *)(r3 +6)
   93: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   94: r1 = *(u8 *)(r3 +9)
   95: if r2 != 0 goto +1234
   96: if r1 != 6 goto +1233
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   97: r2 = *(u64 *)(r10 -16)
   98: if r2 > 16383 goto +1928
   99: r3 = r6
  100: r3 += r2
  101: r1 = r3
  102: r1 += 20
  103: if r1 <= r7 goto +1
  104: goto +1922
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
  116: if r1 == 0 goto +1910
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
  128: if r2 == 0 goto +1201
  129: if r1 == 10 goto +1200
      ; prs: block5 (parse_option)
      ; extract hdr3
  130: r3 = *(u64 *)(r10 -16)
  131: if r3 > 16383 goto +1895
  132: r2 = r6
  133: r2 += r3
  134: r1 = r2
  135: r1 += 1
  136: if r1 <= r7 goto +1
  137: goto +1889
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
  152: if r1 == 0 goto +1177
  153: if r1 == 1 goto +92
  154: if r1 == 2 goto +75
  155: if r1 == 3 goto +57
  156: if r1 == 8 goto +41
      ; prs: block6 (skip_option.1)
      ; v30: bit<8> = lookahead
  157: r1 = *(u64 *)(r10 -16)
  158: if r1 > 16383 goto +1868
  159: r2 = r6
  160: r2 += r1
  161: r1 = r2
  162: r1 += 1
  163: if r1 <= r7 goto +1
  164: goto +1862
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
  171: if r1 == 0 goto +1855
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
  180: if r1 != 0 goto +1846
  181: r1 = r2
  182: r1 >>= 3
  183: r2 = *(u64 *)(r10 -16)
  184: r2 += r1
  185: if r2 > 16383 goto +1841
  186: r1 = r6
  187: r1 += r2
  188: if r1 <= r7 goto +1
  189: goto +1837
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
  197: goto +29
      ; prs: block7 (parse_timestamp.1)
      ; extract hdr15
  198: r2 = *(u64 *)(r10 -16)
  199: if r2 > 16383 goto +1827
  200: r1 = r6
  201: r1 += r2
  202: r1 += 9
  203: if r1 <= r7 goto +1
  204: goto +1822
  205: r1 = r2
  206: r1 += 1
  207: *(u32 *)(r10 -140) = r1
  208: r2 += 9
  209: *(u64 *)(r10 -16) = r2
      ; v46: bit<16> = read var2
  210: r1 = *(u16 *)(r10 -36)
      ; v47: bit<16> = const 9
      ; v48: bit<16> = sub v46, v47
  211: r1 -= 9
  212: goto +14
      ; prs: block8 (parse_wscale.1)
      ; extract hdr14
  213: r2 = *(u64 *)(r10 -16)
  214: if r2 > 16383 goto +1812
  215: r1 = r6
  216: r1 += r2
  217: r1 += 2
  218: if r1 <= r7 goto +1
  219: goto +1807
  220: r1 = r2
  221: r1 += 1
  222: *(u32 *)(r10 -144) = r1
  223: r2 += 2
  224: *(u64 *)(r10 -16) = r2
      ; v49: bit<16> = read var2
  225: r1 = *(u16 *)(r10 -36)
      ; v50: bit<16> = const 2
      ; v51: bit<16> = sub v49, v50
  226: r1 -= 2
  227: r1 &= 65535
      ; write var2, v51
  228: *(u16 *)(r10 -36) = r1
  229: goto +16
      ; prs: block9 (parse_mss.1)
      ; extract hdr13
  230: r2 = *(u64 *)(r10 -16)
  231: if r2 > 16383 goto +1795
  232: r1 = r6
  233: r1 += r2
  234: r1 += 3
  235: if r1 <= r7 goto +1
  236: goto +1790
  237: r1 = r2
  238: r1 += 1
  239: *(u32 *)(r10 -148) = r1
  240: r2 += 3
  241: *(u64 *)(r10 -16) = r2
      ; v52: bit<16> = read var2
  242: r1 = *(u16 *)(r10 -36)
      ; v53: bit<16> = const 3
      ; v54: bit<16> = sub v52, v53
  243: r1 -= 3
  244: r1 &= 65535
      ; write var2, v54
  245: *(u16 *)(r10 -36) = r1
      ; prs: block10 (next_option.1)
      ; v55: bit<16> = read var2
  246: r2 = *(u16 *)(r10 -36)
      ; v56: bit<8> = read var3
  247: r1 = *(u8 *)(r10 -28)
  248: if r2 == 0 goto +1081
  249: if r1 == 10 goto +1080
      ; prs: block11 (parse_option.1)
      ; extract hdr4
  250: r3 = *(u64 *)(r10 -16)
  251: if r3 > 16383 goto +1775
  252: r2 = r6
  253: r2 += r3
  254: r1 = r2
  255: r1 += 1
  256: if r1 <= r7 goto +1
  257: goto +1769
  258: r1 = r3
  259: r1 += 1
  260: *(u32 *)(r10 -184) = r1
  261: r3 += 1
  262: *(u64 *)(r10 -16) = r3
      ; v57: bit<8> = read var3
  263: r1 = *(u8 *)(r10 -28)
      ; v58: bit<8> = const 1
      ; v59: bit<8> = add v57, v58
  264: r1 += 1
  265: r1 &= 255
      ; write var3, v59
  266: *(u8 *)(r10 -28) = r1
      ; v60: bit<16> = read var2
  267: r1 = *(u16 *)(r10 -36)
      ; v61: bit<16> = const 1
      ; v62: bit<16> = sub v60, v61
  268: r1 -= 1
  269: r1 &= 65535
      ; write var2, v62
  270: *(u16 *)(r10 -36) = r1
      ; v63: bit<8> = read_field hdr4.kind
  271: r1 = *(u8 *)(r2 +0)
  272: if r1 == 0 goto +1057
  273: if r1 == 1 goto +92
  274: if r1 == 2 goto +75
  275: if r1 == 3 goto +57
  276: if r1 == 8 goto +41
      ; prs: block12 (skip_option.2)
      ; v64: bit<8> = lookahead
  277: r1 = *(u64 *)(r10 -16)
  278: if r1 > 16383 goto +1748
  279: r2 = r6
  280: r2 += r1
  281: r1 = r2
  282: r1 += 1
  283: if r1 <= r7 goto +1
  284: goto +1742
  285: r1 = *(u8 *)(r2 +0)
      ; write var9, v64
  286: *(u8 *)(r10 -26) = r1
      ; v65: bit<8> = read var9
  287: r2 = *(u8 *)(r10 -26)
      ; v66: bit<8> = const 2
      ; v67: bool = ge v65, v66
  288: r1 = 1
  289: if r2 >= 2 goto +1
  290: r1 = 0
      ; verify v67, error HeaderTooShort
  291: if r1 == 0 goto +1735
      ; v68: bit<8> = read var9
  292: r2 = *(u8 *)(r10 -26)
      ; v69: bit<32> = cast v68
  293: w2 = w2
      ; v70: bit<32> = const 1
      ; v71: bit<32> = sub v69, v70
  294: r2 -= 1
  295: w2 = w2
      ; v72: bit<32> = const 8
      ; v73: bit<32> = mul v71, v72
  296: r2 *= 8
  297: w2 = w2
      ; advance v73
  298: r1 = r2
  299: r1 &= 7
  300: if r1 != 0 goto +1726
  301: r1 = r2
  302: r1 >>= 3
  303: r2 = *(u64 *)(r10 -16)
  304: r2 += r1
  305: if r2 > 16383 goto +1721
  306: r1 = r6
  307: r1 += r2
  308: if r1 <= r7 goto +1
  309: goto +1717
  310: *(u64 *)(r10 -16) = r2
      ; v74: bit<16> = read var2
  311: r1 = *(u16 *)(r10 -36)
      ; v75: bit<8> = read var9
  312: r2 = *(u8 *)(r10 -26)
      ; v76: bit<16> = cast v75
  313: r2 &= 65535
      ; v77: bit<16> = const 1
      ; v78: bit<16> = sub v76, v77
  314: r2 -= 1
  315: r2 &= 65535
      ; v79: bit<16> = sub v74, v78
  316: r1 -= r2
  317: goto +29
      ; prs: block13 (parse_timestamp.2)
      ; extract hdr15
  318: r2 = *(u64 *)(r10 -16)
  319: if r2 > 16383 goto +1707
  320: r1 = r6
  321: r1 += r2
  322: r1 += 9
  323: if r1 <= r7 goto +1
  324: goto +1702
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
  332: goto +14
      ; prs: block14 (parse_wscale.2)
      ; extract hdr14
  333: r2 = *(u64 *)(r10 -16)
  334: if r2 > 16383 goto +1692
  335: r1 = r6
  336: r1 += r2
  337: r1 += 2
  338: if r1 <= r7 goto +1
  339: goto +1687
  340: r1 = r2
  341: r1 += 1
  342: *(u32 *)(r10 -144) = r1
  343: r2 += 2
  344: *(u64 *)(r10 -16) = r2
      ; v83: bit<16> = read var2
  345: r1 = *(u16 *)(r10 -36)
      ; v84: bit<16> = const 2
      ; v85: bit<16> = sub v83, v84
  346: r1 -= 2
  347: r1 &= 65535
      ; write var2, v85
  348: *(u16 *)(r10 -36) = r1
  349: goto +16
      ; prs: block15 (parse_mss.2)
      ; extract hdr13
  350: r2 = *(u64 *)(r10 -16)
  351: if r2 > 16383 goto +1675
  352: r1 = r6
  353: r1 += r2
  354: r1 += 3
  355: if r1 <= r7 goto +1
  356: goto +1670
  357: r1 = r2
  358: r1 += 1
  359: *(u32 *)(r10 -148) = r1
  360: r2 += 3
  361: *(u64 *)(r10 -16) = r2
      ; v86: bit<16> = read var2
  362: r1 = *(u16 *)(r10 -36)
      ; v87: bit<16> = const 3
      ; v88: bit<16> = sub v86, v87
  363: r1 -= 3
  364: r1 &= 65535
      ; write var2, v88
  365: *(u16 *)(r10 -36) = r1
      ; prs: block16 (next_option.2)
      ; v89: bit<16> = read var2
  366: r2 = *(u16 *)(r10 -36)
      ; v90: bit<8> = read var3
  367: r1 = *(u8 *)(r10 -28)
  368: if r2 == 0 goto +961
  369: if r1 == 10 goto +960
      ; prs: block17 (parse_option.2)
      ; extract hdr5
  370: r3 = *(u64 *)(r10 -16)
  371: if r3 > 16383 goto +1655
  372: r2 = r6
  373: r2 += r3
  374: r1 = r2
  375: r1 += 1
  376: if r1 <= r7 goto +1
  377: goto +1649
  378: r1 = r3
  379: r1 += 1
  380: *(u32 *)(r10 -180) = r1
  381: r3 += 1
  382: *(u64 *)(r10 -16) = r3
      ; v91: bit<8> = read var3
  383: r1 = *(u8 *)(r10 -28)
      ; v92: bit<8> = const 1
      ; v93: bit<8> = add v91, v92
  384: r1 += 1
  385: r1 &= 255
      ; write var3, v93
  386: *(u8 *)(r10 -28) = r1
      ; v94: bit<16> = read var2
  387: r1 = *(u16 *)(r10 -36)
      ; v95: bit<16> = const 1
      ; v96: bit<16> = sub v94, v95
  388: r1 -= 1
  389: r1 &= 65535
      ; write var2, v96
  390: *(u16 *)(r10 -36) = r1
      ; v97: bit<8> = read_field hdr5.kind
  391: r1 = *(u8 *)(r2 +0)
  392: if r1 == 0 goto +937
  393: if r1 == 1 goto +92
  394: if r1 == 2 goto +75
  395: if r1 == 3 goto +57
  396: if r1 == 8 goto +41
      ; prs: block18 (skip_option.3)
      ; v98: bit<8> = lookahead
  397: r1 = *(u64 *)(r10 -16)
  398: if r1 > 16383 goto +1628
  399: r2 = r6
  400: r2 += r1
  401: r1 = r2
  402: r1 += 1
  403: if r1 <= r7 goto +1
  404: goto +1622
  405: r1 = *(u8 *)(r2 +0)
      ; write var9, v98
  406: *(u8 *)(r10 -26) = r1
      ; v99: bit<8> = read var9
  407: r2 = *(u8 *)(r10 -26)
      ; v100: bit<8> = const 2
      ; v101: bool = ge v99, v100
  408: r1 = 1
  409: if r2 >= 2 goto +1
  410: r1 = 0
      ; verify v101, error HeaderTooShort
  411: if r1 == 0 goto +1615
      ; v102: bit<8> = read var9
  412: r2 = *(u8 *)(r10 -26)
      ; v103: bit<32> = cast v102
  413: w2 = w2
      ; v104: bit<32> = const 1
      ; v105: bit<32> = sub v103, v104
  414: r2 -= 1
  415: w2 = w2
      ; v106: bit<32> = const 8
      ; v107: bit<32> = mul v105, v106
  416: r2 *= 8
  417: w2 = w2
      ; advance v107
  418: r1 = r2
  419: r1 &= 7
  420: if r1 != 0 goto +1606
  421: r1 = r2
  422: r1 >>= 3
  423: r2 = *(u64 *)(r10 -16)
  424: r2 += r1
  425: if r2 > 16383 goto +1601
  426: r1 = r6
  427: r1 += r2
  428: if r1 <= r7 goto +1
  429: goto +1597
  430: *(u64 *)(r10 -16) = r2
      ; v108: bit<16> = read var2
  431: r1 = *(u16 *)(r10 -36)
      ; v109: bit<8> = read var9
  432: r2 = *(u8 *)(r10 -26)
      ; v110: bit<16> = cast v109
  433: r2 &= 65535
      ; v111: bit<16> = const 1
      ; v112: bit<16> = sub v110, v111
  434: r2 -= 1
  435: r2 &= 65535
      ; v113: bit<16> = sub v108, v112
  436: r1 -= r2
  437: goto +29
      ; prs: block19 (parse_timestamp.3)
      ; extract hdr15
  438: r2 = *(u64 *)(r10 -16)
  439: if r2 > 16383 goto +1587
  440: r1 = r6
  441: r1 += r2
  442: r1 += 9
  443: if r1 <= r7 goto +1
  444: goto +1582
  445: r1 = r2
  446: r1 += 1
  447: *(u32 *)(r10 -140) = r1
  448: r2 += 9
  449: *(u64 *)(r10 -16) = r2
      ; v114: bit<16> = read var2
  450: r1 = *(u16 *)(r10 -36)
      ; v115: bit<16> = const 9
      ; v116: bit<16> = sub v114, v115
  451: r1 -= 9
  452: goto +14
      ; prs: block20 (parse_wscale.3)
      ; extract hdr14
  453: r2 = *(u64 *)(r10 -16)
  454: if r2 > 16383 goto +1572
  455: r1 = r6
  456: r1 += r2
  457: r1 += 2
  458: if r1 <= r7 goto +1
  459: goto +1567
  460: r1 = r2
  461: r1 += 1
  462: *(u32 *)(r10 -144) = r1
  463: r2 += 2
  464: *(u64 *)(r10 -16) = r2
      ; v117: bit<16> = read var2
  465: r1 = *(u16 *)(r10 -36)
      ; v118: bit<16> = const 2
      ; v119: bit<16> = sub v117, v118
  466: r1 -= 2
  467: r1 &= 65535
      ; write var2, v119
  468: *(u16 *)(r10 -36) = r1
  469: goto +16
      ; prs: block21 (parse_mss.3)
      ; extract hdr13
  470: r2 = *(u64 *)(r10 -16)
  471: if r2 > 16383 goto +1555
  472: r1 = r6
  473: r1 += r2
  474: r1 += 3
  475: if r1 <= r7 goto +1
  476: goto +1550
  477: r1 = r2
  478: r1 += 1
  479: *(u32 *)(r10 -148) = r1
  480: r2 += 3
  481: *(u64 *)(r10 -16) = r2
      ; v120: bit<16> = read var2
  482: r1 = *(u16 *)(r10 -36)
      ; v121: bit<16> = const 3
      ; v122: bit<16> = sub v120, v121
  483: r1 -= 3
  484: r1 &= 65535
      ; write var2, v122
  485: *(u16 *)(r10 -36) = r1
      ; prs: block22 (next_option.3)
      ; v123: bit<16> = read var2
  486: r2 = *(u16 *)(r10 -36)
      ; v124: bit<8> = read var3
  487: r1 = *(u8 *)(r10 -28)
  488: if r2 == 0 goto +841
  489: if r1 == 10 goto +840
      ; prs: block23 (parse_option.3)
      ; extract hdr6
  490: r3 = *(u64 *)(r10 -16)
  491: if r3 > 16383 goto +1535
  492: r2 = r6
  493: r2 += r3
  494: r1 = r2
  495: r1 += 1
  496: if r1 <= r7 goto +1
  497: goto +1529
  498: r1 = r3
  499: r1 += 1
  500: *(u32 *)(r10 -176) = r1
  501: r3 += 1
  502: *(u64 *)(r10 -16) = r3
      ; v125: bit<8> = read var3
  503: r1 = *(u8 *)(r10 -28)
      ; v126: bit<8> = const 1
      ; v127: bit<8> = add v125, v126
  504: r1 += 1
  505: r1 &= 255
      ; write var3, v127
  506: *(u8 *)(r10 -28) = r1
      ; v128: bit<16> = read var2
  507: r1 = *(u16 *)(r10 -36)
      ; v129: bit<16> = const 1
      ; v130: bit<16> = sub v128, v129
  508: r1 -= 1
  509: r1 &= 65535
      ; write var2, v130
  510: *(u16 *)(r10 -36) = r1
      ; v131: bit<8> = read_field hdr6.kind
  511: r1 = *(u8 *)(r2 +0)
  512: if r1 == 0 goto +817
  513: if r1 == 1 goto +92
  514: if r1 == 2 goto +75
  515: if r1 == 3 goto +57
  516: if r1 == 8 goto +41
      ; prs: block24 (skip_option.4)
      ; v132: bit<8> = lookahead
  517: r1 = *(u64 *)(r10 -16)
  518: if r1 > 16383 goto +1508
  519: r2 = r6
  520: r2 += r1
  521: r1 = r2
  522: r1 += 1
  523: if r1 <= r7 goto +1
  524: goto +1502
  525: r1 = *(u8 *)(r2 +0)
      ; write var9, v132
  526: *(u8 *)(r10 -26) = r1
      ; v133: bit<8> = read var9
  527: r2 = *(u8 *)(r10 -26)
      ; v134: bit<8> = const 2
      ; v135: bool = ge v133, v134
  528: r1 = 1
  529: if r2 >= 2 goto +1
  530: r1 = 0
      ; verify v135, error HeaderTooShort
  531: if r1 == 0 goto +1495
      ; v136: bit<8> = read var9
  532: r2 = *(u8 *)(r10 -26)
      ; v137: bit<32> = cast v136
  533: w2 = w2
      ; v138: bit<32> = const 1
      ; v139: bit<32> = sub v137, v138
  534: r2 -= 1
  535: w2 = w2
      ; v140: bit<32> = const 8
      ; v141: bit<32> = mul v139, v140
  536: r2 *= 8
  537: w2 = w2
      ; advance v141
  538: r1 = r2
  539: r1 &= 7
  540: if r1 != 0 goto +1486
  541: r1 = r2
  542: r1 >>= 3
  543: r2 = *(u64 *)(r10 -16)
  544: r2 += r1
  545: if r2 > 16383 goto +1481
  546: r1 = r6
  547: r1 += r2
  548: if r1 <= r7 goto +1
  549: goto +1477
  550: *(u64 *)(r10 -16) = r2
      ; v142: bit<16> = read var2
  551: r1 = *(u16 *)(r10 -36)
      ; v143: bit<8> = read var9
  552: r2 = *(u8 *)(r10 -26)
      ; v144: bit<16> = cast v143
  553: r2 &= 65535
      ; v145: bit<16> = const 1
      ; v146: bit<16> = sub v144, v145
  554: r2 -= 1
  555: r2 &= 65535
      ; v147: bit<16> = sub v142, v146
  556: r1 -= r2
  557: goto +29
      ; prs: block25 (parse_timestamp.4)
      ; extract hdr15
  558: r2 = *(u64 *)(r10 -16)
  559: if r2 > 16383 goto +1467
  560: r1 = r6
  561: r1 += r2
  562: r1 += 9
  563: if r1 <= r7 goto +1
  564: goto +1462
  565: r1 = r2
  566: r1 += 1
  567: *(u32 *)(r10 -140) = r1
  568: r2 += 9
  569: *(u64 *)(r10 -16) = r2
      ; v148: bit<16> = read var2
  570: r1 = *(u16 *)(r10 -36)
      ; v149: bit<16> = const 9
      ; v150: bit<16> = sub v148, v149
  571: r1 -= 9
  572: goto +14
      ; prs: block26 (parse_wscale.4)
      ; extract hdr14
  573: r2 = *(u64 *)(r10 -16)
  574: if r2 > 16383 goto +1452
  575: r1 = r6
  576: r1 += r2
  577: r1 += 2
  578: if r1 <= r7 goto +1
  579: goto +1447
  580: r1 = r2
  581: r1 += 1
  582: *(u32 *)(r10 -144) = r1
  583: r2 += 2
  584: *(u64 *)(r10 -16) = r2
      ; v151: bit<16> = read var2
  585: r1 = *(u16 *)(r10 -36)
      ; v152: bit<16> = const 2
      ; v153: bit<16> = sub v151, v152
  586: r1 -= 2
  587: r1 &= 65535
      ; write var2, v153
  588: *(u16 *)(r10 -36) = r1
  589: goto +16
      ; prs: block27 (parse_mss.4)
      ; extract hdr13
  590: r2 = *(u64 *)(r10 -16)
  591: if r2 > 16383 goto +1435
  592: r1 = r6
  593: r1 += r2
  594: r1 += 3
  595: if r1 <= r7 goto +1
  596: goto +1430
  597: r1 = r2
  598: r1 += 1
  599: *(u32 *)(r10 -148) = r1
  600: r2 += 3
  601: *(u64 *)(r10 -16) = r2
      ; v154: bit<16> = read var2
  602: r1 = *(u16 *)(r10 -36)
      ; v155: bit<16> = const 3
      ; v156: bit<16> = sub v154, v155
  603: r1 -= 3
  604: r1 &= 65535
      ; write var2, v156
  605: *(u16 *)(r10 -36) = r1
      ; prs: block28 (next_option.4)
      ; v157: bit<16> = read var2
  606: r2 = *(u16 *)(r10 -36)
      ; v158: bit<8> = read var3
  607: r1 = *(u8 *)(r10 -28)
  608: if r2 == 0 goto +721
  609: if r1 == 10 goto +720
      ; prs: block29 (parse_option.4)
      ; extract hdr7
  610: r3 = *(u64 *)(r10 -16)
  611: if r3 > 16383 goto +1415
  612: r2 = r6
  613: r2 += r3
  614: r1 = r2
  615: r1 += 1
  616: if r1 <= r7 goto +1
  617: goto +1409
  618: r1 = r3
  619: r1 += 1
  620: *(u32 *)(r10 -172) = r1
  621: r3 += 1
  622: *(u64 *)(r10 -16) = r3
      ; v159: bit<8> = read var3
  623: r1 = *(u8 *)(r10 -28)
      ; v160: bit<8> = const 1
      ; v161: bit<8> = add v159, v160
  624: r1 += 1
  625: r1 &= 255
      ; write var3, v161
  626: *(u8 *)(r10 -28) = r1
      ; v162: bit<16> = read var2
  627: r1 = *(u16 *)(r10 -36)
      ; v163: bit<16> = const 1
      ; v164: bit<16> = sub v162, v163
  628: r1 -= 1
  629: r1 &= 65535
      ; write var2, v164
  630: *(u16 *)(r10 -36) = r1
      ; v165: bit<8> = read_field hdr7.kind
  631: r1 = *(u8 *)(r2 +0)
  632: if r1 == 0 goto +697
  633: if r1 == 1 goto +92
  634: if r1 == 2 goto +75
  635: if r1 == 3 goto +57
  636: if r1 == 8 goto +41
      ; prs: block30 (skip_option.5)
      ; v166: bit<8> = lookahead
  637: r1 = *(u64 *)(r10 -16)
  638: if r1 > 16383 goto +1388
  639: r2 = r6
  640: r2 += r1
  641: r1 = r2
  642: r1 += 1
  643: if r1 <= r7 goto +1
  644: goto +1382
  645: r1 = *(u8 *)(r2 +0)
      ; write var9, v166
  646: *(u8 *)(r10 -26) = r1
      ; v167: bit<8> = read var9
  647: r2 = *(u8 *)(r10 -26)
      ; v168: bit<8> = const 2
      ; v169: bool = ge v167, v168
  648: r1 = 1
  649: if r2 >= 2 goto +1
  650: r1 = 0
      ; verify v169, error HeaderTooShort
  651: if r1 == 0 goto +1375
      ; v170: bit<8> = read var9
  652: r2 = *(u8 *)(r10 -26)
      ; v171: bit<32> = cast v170
  653: w2 = w2
      ; v172: bit<32> = const 1
      ; v173: bit<32> = sub v171, v172
  654: r2 -= 1
  655: w2 = w2
      ; v174: bit<32> = const 8
      ; v175: bit<32> = mul v173, v174
  656: r2 *= 8
  657: w2 = w2
      ; advance v175
  658: r1 = r2
  659: r1 &= 7
  660: if r1 != 0 goto +1366
  661: r1 = r2
  662: r1 >>= 3
  663: r2 = *(u64 *)(r10 -16)
  664: r2 += r1
  665: if r2 > 16383 goto +1361
  666: r1 = r6
  667: r1 += r2
  668: if r1 <= r7 goto +1
  669: goto +1357
  670: *(u64 *)(r10 -16) = r2
      ; v176: bit<16> = read var2
  671: r1 = *(u16 *)(r10 -36)
      ; v177: bit<8> = read var9
  672: r2 = *(u8 *)(r10 -26)
      ; v178: bit<16> = cast v177
  673: r2 &= 65535
      ; v179: bit<16> = const 1
      ; v180: bit<16> = sub v178, v179
  674: r2 -= 1
  675: r2 &= 65535
      ; v181: bit<16> = sub v176, v180
  676: r1 -= r2
  677: goto +29
      ; prs: block31 (parse_timestamp.5)
      ; extract hdr15
  678: r2 = *(u64 *)(r10 -16)
  679: if r2 > 16383 goto +1347
  680: r1 = r6
  681: r1 += r2
  682: r1 += 9
  683: if r1 <= r7 goto +1
  684: goto +1342
  685: r1 = r2
  686: r1 += 1
  687: *(u32 *)(r10 -140) = r1
  688: r2 += 9
  689: *(u64 *)(r10 -16) = r2
      ; v182: bit<16> = read var2
  690: r1 = *(u16 *)(r10 -36)
      ; v183: bit<16> = const 9
      ; v184: bit<16> = sub v182, v183
  691: r1 -= 9
  692: goto +14
      ; prs: block32 (parse_wscale.5)
      ; extract hdr14
  693: r2 = *(u64 *)(r10 -16)
  694: if r2 > 16383 goto +1332
  695: r1 = r6
  696: r1 += r2
  697: r1 += 2
  698: if r1 <= r7 goto +1
  699: goto +1327
  700: r1 = r2
  701: r1 += 1
  702: *(u32 *)(r10 -144) = r1
  703: r2 += 2
  704: *(u64 *)(r10 -16) = r2
      ; v185: bit<16> = read var2
  705: r1 = *(u16 *)(r10 -36)
      ; v186: bit<16> = const 2
      ; v187: bit<16> = sub v185, v186
  706: r1 -= 2
  707: r1 &= 65535
      ; write var2, v187
  708: *(u16 *)(r10 -36) = r1
  709: goto +16
      ; prs: block33 (parse_mss.5)
      ; extract hdr13
  710: r2 = *(u64 *)(r10 -16)
  711: if r2 > 16383 goto +1315
  712: r1 = r6
  713: r1 += r2
  714: r1 += 3
  715: if r1 <= r7 goto +1
  716: goto +1310
  717: r1 = r2
  718: r1 += 1
  719: *(u32 *)(r10 -148) = r1
  720: r2 += 3
  721: *(u64 *)(r10 -16) = r2
      ; v188: bit<16> = read var2
  722: r1 = *(u16 *)(r10 -36)
      ; v189: bit<16> = const 3
      ; v190: bit<16> = sub v188, v189
  723: r1 -= 3
  724: r1 &= 65535
      ; write var2, v190
  725: *(u16 *)(r10 -36) = r1
      ; prs: block34 (next_option.5)
      ; v191: bit<16> = read var2
  726: r2 = *(u16 *)(r10 -36)
      ; v192: bit<8> = read var3
  727: r1 = *(u8 *)(r10 -28)
  728: if r2 == 0 goto +601
  729: if r1 == 10 goto +600
      ; prs: block35 (parse_option.5)
      ; extract hdr8
  730: r3 = *(u64 *)(r10 -16)
  731: if r3 > 16383 goto +1295
  732: r2 = r6
  733: r2 += r3
  734: r1 = r2
  735: r1 += 1
  736: if r1 <= r7 goto +1
  737: goto +1289
  738: r1 = r3
  739: r1 += 1
  740: *(u32 *)(r10 -168) = r1
  741: r3 += 1
  742: *(u64 *)(r10 -16) = r3
      ; v193: bit<8> = read var3
  743: r1 = *(u8 *)(r10 -28)
      ; v194: bit<8> = const 1
      ; v195: bit<8> = add v193, v194
  744: r1 += 1
  745: r1 &= 255
      ; write var3, v195
  746: *(u8 *)(r10 -28) = r1
      ; v196: bit<16> = read var2
  747: r1 = *(u16 *)(r10 -36)
      ; v197: bit<16> = const 1
      ; v198: bit<16> = sub v196, v197
  748: r1 -= 1
  749: r1 &= 65535
      ; write var2, v198
  750: *(u16 *)(r10 -36) = r1
      ; v199: bit<8> = read_field hdr8.kind
  751: r1 = *(u8 *)(r2 +0)
  752: if r1 == 0 goto +577
  753: if r1 == 1 goto +92
  754: if r1 == 2 goto +75
  755: if r1 == 3 goto +57
  756: if r1 == 8 goto +41
      ; prs: block36 (skip_option.6)
      ; v200: bit<8> = lookahead
  757: r1 = *(u64 *)(r10 -16)
  758: if r1 > 16383 goto +1268
  759: r2 = r6
  760: r2 += r1
  761: r1 = r2
  762: r1 += 1
  763: if r1 <= r7 goto +1
  764: goto +1262
  765: r1 = *(u8 *)(r2 +0)
      ; write var9, v200
  766: *(u8 *)(r10 -26) = r1
      ; v201: bit<8> = read var9
  767: r2 = *(u8 *)(r10 -26)
      ; v202: bit<8> = const 2
      ; v203: bool = ge v201, v202
  768: r1 = 1
  769: if r2 >= 2 goto +1
  770: r1 = 0
      ; verify v203, error HeaderTooShort
  771: if r1 == 0 goto +1255
      ; v204: bit<8> = read var9
  772: r2 = *(u8 *)(r10 -26)
      ; v205: bit<32> = cast v204
  773: w2 = w2
      ; v206: bit<32> = const 1
      ; v207: bit<32> = sub v205, v206
  774: r2 -= 1
  775: w2 = w2
      ; v208: bit<32> = const 8
      ; v209: bit<32> = mul v207, v208
  776: r2 *= 8
  777: w2 = w2
      ; advance v209
  778: r1 = r2
  779: r1 &= 7
  780: if r1 != 0 goto +1246
  781: r1 = r2
  782: r1 >>= 3
  783: r2 = *(u64 *)(r10 -16)
  784: r2 += r1
  785: if r2 > 16383 goto +1241
  786: r1 = r6
  787: r1 += r2
  788: if r1 <= r7 goto +1
  789: goto +1237
  790: *(u64 *)(r10 -16) = r2
      ; v210: bit<16> = read var2
  791: r1 = *(u16 *)(r10 -36)
      ; v211: bit<8> = read var9
  792: r2 = *(u8 *)(r10 -26)
      ; v212: bit<16> = cast v211
  793: r2 &= 65535
      ; v213: bit<16> = const 1
      ; v214: bit<16> = sub v212, v213
  794: r2 -= 1
  795: r2 &= 65535
      ; v215: bit<16> = sub v210, v214
  796: r1 -= r2
  797: goto +29
      ; prs: block37 (parse_timestamp.6)
      ; extract hdr15
  798: r2 = *(u64 *)(r10 -16)
  799: if r2 > 16383 goto +1227
  800: r1 = r6
  801: r1 += r2
  802: r1 += 9
  803: if r1 <= r7 goto +1
  804: goto +1222
  805: r1 = r2
  806: r1 += 1
  807: *(u32 *)(r10 -140) = r1
  808: r2 += 9
  809: *(u64 *)(r10 -16) = r2
      ; v216: bit<16> = read var2
  810: r1 = *(u16 *)(r10 -36)
      ; v217: bit<16> = const 9
      ; v218: bit<16> = sub v216, v217
  811: r1 -= 9
  812: goto +14
      ; prs: block38 (parse_wscale.6)
      ; extract hdr14
  813: r2 = *(u64 *)(r10 -16)
  814: if r2 > 16383 goto +1212
  815: r1 = r6
  816: r1 += r2
  817: r1 += 2
  818: if r1 <= r7 goto +1
  819: goto +1207
  820: r1 = r2
  821: r1 += 1
  822: *(u32 *)(r10 -144) = r1
  823: r2 += 2
  824: *(u64 *)(r10 -16) = r2
      ; v219: bit<16> = read var2
  825: r1 = *(u16 *)(r10 -36)
      ; v220: bit<16> = const 2
      ; v221: bit<16> = sub v219, v220
  826: r1 -= 2
  827: r1 &= 65535
      ; write var2, v221
  828: *(u16 *)(r10 -36) = r1
  829: goto +16
      ; prs: block39 (parse_mss.6)
      ; extract hdr13
  830: r2 = *(u64 *)(r10 -16)
  831: if r2 > 16383 goto +1195
  832: r1 = r6
  833: r1 += r2
  834: r1 += 3
  835: if r1 <= r7 goto +1
  836: goto +1190
  837: r1 = r2
  838: r1 += 1
  839: *(u32 *)(r10 -148) = r1
  840: r2 += 3
  841: *(u64 *)(r10 -16) = r2
      ; v222: bit<16> = read var2
  842: r1 = *(u16 *)(r10 -36)
      ; v223: bit<16> = const 3
      ; v224: bit<16> = sub v222, v223
  843: r1 -= 3
  844: r1 &= 65535
      ; write var2, v224
  845: *(u16 *)(r10 -36) = r1
      ; prs: block40 (next_option.6)
      ; v225: bit<16> = read var2
  846: r2 = *(u16 *)(r10 -36)
      ; v226: bit<8> = read var3
  847: r1 = *(u8 *)(r10 -28)
  848: if r2 == 0 goto +481
  849: if r1 == 10 goto +480
      ; prs: block41 (parse_option.6)
      ; extract hdr9
  850: r3 = *(u64 *)(r10 -16)
  851: if r3 > 16383 goto +1175
  852: r2 = r6
  853: r2 += r3
  854: r1 = r2
  855: r1 += 1
  856: if r1 <= r7 goto +1
  857: goto +1169
  858: r1 = r3
  859: r1 += 1
  860: *(u32 *)(r10 -164) = r1
  861: r3 += 1
  862: *(u64 *)(r10 -16) = r3
      ; v227: bit<8> = read var3
  863: r1 = *(u8 *)(r10 -28)
      ; v228: bit<8> = const 1
      ; v229: bit<8> = add v227, v228
  864: r1 += 1
  865: r1 &= 255
      ; write var3, v229
  866: *(u8 *)(r10 -28) = r1
      ; v230: bit<16> = read var2
  867: r1 = *(u16 *)(r10 -36)
      ; v231: bit<16> = const 1
      ; v232: bit<16> = sub v230, v231
  868: r1 -= 1
  869: r1 &= 65535
      ; write var2, v232
  870: *(u16 *)(r10 -36) = r1
      ; v233: bit<8> = read_field hdr9.kind
  871: r1 = *(u8 *)(r2 +0)
  872: if r1 == 0 goto +457
  873: if r1 == 1 goto +92
  874: if r1 == 2 goto +75
  875: if r1 == 3 goto +57
  876: if r1 == 8 goto +41
      ; prs: block42 (skip_option.7)
      ; v234: bit<8> = lookahead
  877: r1 = *(u64 *)(r10 -16)
  878: if r1 > 16383 goto +1148
  879: r2 = r6
  880: r2 += r1
  881: r1 = r2
  882: r1 += 1
  883: if r1 <= r7 goto +1
  884: goto +1142
  885: r1 = *(u8 *)(r2 +0)
      ; write var9, v234
  886: *(u8 *)(r10 -26) = r1
      ; v235: bit<8> = read var9
  887: r2 = *(u8 *)(r10 -26)
      ; v236: bit<8> = const 2
      ; v237: bool = ge v235, v236
  888: r1 = 1
  889: if r2 >= 2 goto +1
  890: r1 = 0
      ; verify v237, error HeaderTooShort
  891: if r1 == 0 goto +1135
      ; v238: bit<8> = read var9
  892: r2 = *(u8 *)(r10 -26)
      ; v239: bit<32> = cast v238
  893: w2 = w2
      ; v240: bit<32> = const 1
      ; v241: bit<32> = sub v239, v240
  894: r2 -= 1
  895: w2 = w2
      ; v242: bit<32> = const 8
      ; v243: bit<32> = mul v241, v242
  896: r2 *= 8
  897: w2 = w2
      ; advance v243
  898: r1 = r2
  899: r1 &= 7
  900: if r1 != 0 goto +1126
  901: r1 = r2
  902: r1 >>= 3
  903: r2 = *(u64 *)(r10 -16)
  904: r2 += r1
  905: if r2 > 16383 goto +1121
  906: r1 = r6
  907: r1 += r2
  908: if r1 <= r7 goto +1
  909: goto +1117
  910: *(u64 *)(r10 -16) = r2
      ; v244: bit<16> = read var2
  911: r1 = *(u16 *)(r10 -36)
      ; v245: bit<8> = read var9
  912: r2 = *(u8 *)(r10 -26)
      ; v246: bit<16> = cast v245
  913: r2 &= 65535
      ; v247: bit<16> = const 1
      ; v248: bit<16> = sub v246, v247
  914: r2 -= 1
  915: r2 &= 65535
      ; v249: bit<16> = sub v244, v248
  916: r1 -= r2
  917: goto +29
      ; prs: block43 (parse_timestamp.7)
      ; extract hdr15
  918: r2 = *(u64 *)(r10 -16)
  919: if r2 > 16383 goto +1107
  920: r1 = r6
  921: r1 += r2
  922: r1 += 9
  923: if r1 <= r7 goto +1
  924: goto +1102
  925: r1 = r2
  926: r1 += 1
  927: *(u32 *)(r10 -140) = r1
  928: r2 += 9
  929: *(u64 *)(r10 -16) = r2
      ; v250: bit<16> = read var2
  930: r1 = *(u16 *)(r10 -36)
      ; v251: bit<16> = const 9
      ; v252: bit<16> = sub v250, v251
  931: r1 -= 9
  932: goto +14
      ; prs: block44 (parse_wscale.7)
      ; extract hdr14
  933: r2 = *(u64 *)(r10 -16)
  934: if r2 > 16383 goto +1092
  935: r1 = r6
  936: r1 += r2
  937: r1 += 2
  938: if r1 <= r7 goto +1
  939: goto +1087
  940: r1 = r2
  941: r1 += 1
  942: *(u32 *)(r10 -144) = r1
  943: r2 += 2
  944: *(u64 *)(r10 -16) = r2
      ; v253: bit<16> = read var2
  945: r1 = *(u16 *)(r10 -36)
      ; v254: bit<16> = const 2
      ; v255: bit<16> = sub v253, v254
  946: r1 -= 2
  947: r1 &= 65535
      ; write var2, v255
  948: *(u16 *)(r10 -36) = r1
  949: goto +16
      ; prs: block45 (parse_mss.7)
      ; extract hdr13
  950: r2 = *(u64 *)(r10 -16)
  951: if r2 > 16383 goto +1075
  952: r1 = r6
  953: r1 += r2
  954: r1 += 3
  955: if r1 <= r7 goto +1
  956: goto +1070
  957: r1 = r2
  958: r1 += 1
  959: *(u32 *)(r10 -148) = r1
  960: r2 += 3
  961: *(u64 *)(r10 -16) = r2
      ; v256: bit<16> = read var2
  962: r1 = *(u16 *)(r10 -36)
      ; v257: bit<16> = const 3
      ; v258: bit<16> = sub v256, v257
  963: r1 -= 3
  964: r1 &= 65535
      ; write var2, v258
  965: *(u16 *)(r10 -36) = r1
      ; prs: block46 (next_option.7)
      ; v259: bit<16> = read var2
  966: r2 = *(u16 *)(r10 -36)
      ; v260: bit<8> = read var3
  967: r1 = *(u8 *)(r10 -28)
  968: if r2 == 0 goto +361
  969: if r1 == 10 goto +360
      ; prs: block47 (parse_option.7)
      ; extract hdr10
  970: r3 = *(u64 *)(r10 -16)
  971: if r3 > 16383 goto +1055
  972: r2 = r6
  973: r2 += r3
  974: r1 = r2
  975: r1 += 1
  976: if r1 <= r7 goto +1
  977: goto +1049
  978: r1 = r3
  979: r1 += 1
  980: *(u32 *)(r10 -160) = r1
  981: r3 += 1
  982: *(u64 *)(r10 -16) = r3
      ; v261: bit<8> = read var3
  983: r1 = *(u8 *)(r10 -28)
      ; v262: bit<8> = const 1
      ; v263: bit<8> = add v261, v262
  984: r1 += 1
  985: r1 &= 255
      ; write var3, v263
  986: *(u8 *)(r10 -28) = r1
      ; v264: bit<16> = read var2
  987: r1 = *(u16 *)(r10 -36)
      ; v265: bit<16> = const 1
      ; v266: bit<16> = sub v264, v265
  988: r1 -= 1
  989: r1 &= 65535
      ; write var2, v266
  990: *(u16 *)(r10 -36) = r1
      ; v267: bit<8> = read_field hdr10.kind
  991: r1 = *(u8 *)(r2 +0)
  992: if r1 == 0 goto +337
  993: if r1 == 1 goto +92
  994: if r1 == 2 goto +75
  995: if r1 == 3 goto +57
  996: if r1 == 8 goto +41
      ; prs: block48 (skip_option.8)
      ; v268: bit<8> = lookahead
  997: r1 = *(u64 *)(r10 -16)
  998: if r1 > 16383 goto +1028
  999: r2 = r6
 1000: r2 += r1
 1001: r1 = r2
 1002: r1 += 1
 1003: if r1 <= r7 goto +1
 1004: goto +1022
 1005: r1 = *(u8 *)(r2 +0)
      ; write var9, v268
 1006: *(u8 *)(r10 -26) = r1
      ; v269: bit<8> = read var9
 1007: r2 = *(u8 *)(r10 -26)
      ; v270: bit<8> = const 2
      ; v271: bool = ge v269, v270
 1008: r1 = 1
 1009: if r2 >= 2 goto +1
 1010: r1 = 0
      ; verify v271, error HeaderTooShort
 1011: if r1 == 0 goto +1015
      ; v272: bit<8> = read var9
 1012: r2 = *(u8 *)(r10 -26)
      ; v273: bit<32> = cast v272
 1013: w2 = w2
      ; v274: bit<32> = const 1
      ; v275: bit<32> = sub v273, v274
 1014: r2 -= 1
 1015: w2 = w2
      ; v276: bit<32> = const 8
      ; v277: bit<32> = mul v275, v276
 1016: r2 *= 8
 1017: w2 = w2
      ; advance v277
 1018: r1 = r2
 1019: r1 &= 7
 1020: if r1 != 0 goto +1006
 1021: r1 = r2
 1022: r1 >>= 3
 1023: r2 = *(u64 *)(r10 -16)
 1024: r2 += r1
 1025: if r2 > 16383 goto +1001
 1026: r1 = r6
 1027: r1 += r2
 1028: if r1 <= r7 goto +1
 1029: goto +997
 1030: *(u64 *)(r10 -16) = r2
      ; v278: bit<16> = read var2
 1031: r1 = *(u16 *)(r10 -36)
      ; v279: bit<8> = read var9
 1032: r2 = *(u8 *)(r10 -26)
      ; v280: bit<16> = cast v279
 1033: r2 &= 65535
      ; v281: bit<16> = const 1
      ; v282: bit<16> = sub v280, v281
 1034: r2 -= 1
 1035: r2 &= 65535
      ; v283: bit<16> = sub v278, v282
 1036: r1 -= r2
 1037: goto +29
      ; prs: block49 (parse_timestamp.8)
      ; extract hdr15
 1038: r2 = *(u64 *)(r10 -16)
 1039: if r2 > 16383 goto +987
 1040: r1 = r6
 1041: r1 += r2
 1042: r1 += 9
 1043: if r1 <= r7 goto +1
 1044: goto +982
 1045: r1 = r2
 1046: r1 += 1
 1047: *(u32 *)(r10 -140) = r1
 1048: r2 += 9
 1049: *(u64 *)(r10 -16) = r2
      ; v284: bit<16> = read var2
 1050: r1 = *(u16 *)(r10 -36)
      ; v285: bit<16> = const 9
      ; v286: bit<16> = sub v284, v285
 1051: r1 -= 9
 1052: goto +14
      ; prs: block50 (parse_wscale.8)
      ; extract hdr14
 1053: r2 = *(u64 *)(r10 -16)
 1054: if r2 > 16383 goto +972
 1055: r1 = r6
 1056: r1 += r2
 1057: r1 += 2
 1058: if r1 <= r7 goto +1
 1059: goto +967
 1060: r1 = r2
 1061: r1 += 1
 1062: *(u32 *)(r10 -144) = r1
 1063: r2 += 2
 1064: *(u64 *)(r10 -16) = r2
      ; v287: bit<16> = read var2
 1065: r1 = *(u16 *)(r10 -36)
      ; v288: bit<16> = const 2
      ; v289: bit<16> = sub v287, v288
 1066: r1 -= 2
 1067: r1 &= 65535
      ; write var2, v289
 1068: *(u16 *)(r10 -36) = r1
 1069: goto +16
      ; prs: block51 (parse_mss.8)
      ; extract hdr13
 1070: r2 = *(u64 *)(r10 -16)
 1071: if r2 > 16383 goto +955
 1072: r1 = r6
 1073: r1 += r2
 1074: r1 += 3
 1075: if r1 <= r7 goto +1
 1076: goto +950
 1077: r1 = r2
 1078: r1 += 1
 1079: *(u32 *)(r10 -148) = r1
 1080: r2 += 3
 1081: *(u64 *)(r10 -16) = r2
      ; v290: bit<16> = read var2
 1082: r1 = *(u16 *)(r10 -36)
      ; v291: bit<16> = const 3
      ; v292: bit<16> = sub v290, v291
 1083: r1 -= 3
 1084: r1 &= 65535
      ; write var2, v292
 1085: *(u16 *)(r10 -36) = r1
      ; prs: block52 (next_option.8)
      ; v293: bit<16> = read var2
 1086: r2 = *(u16 *)(r10 -36)
      ; v294: bit<8> = read var3
 1087: r1 = *(u8 *)(r10 -28)
 1088: if r2 == 0 goto +241
 1089: if r1 == 10 goto +240
      ; prs: block53 (parse_option.8)
      ; extract hdr11
 1090: r3 = *(u64 *)(r10 -16)
 1091: if r3 > 16383 goto +935
 1092: r2 = r6
 1093: r2 += r3
 1094: r1 = r2
 1095: r1 += 1
 1096: if r1 <= r7 goto +1
 1097: goto +929
 1098: r1 = r3
 1099: r1 += 1
 1100: *(u32 *)(r10 -156) = r1
 1101: r3 += 1
 1102: *(u64 *)(r10 -16) = r3
      ; v295: bit<8> = read var3
 1103: r1 = *(u8 *)(r10 -28)
      ; v296: bit<8> = const 1
      ; v297: bit<8> = add v295, v296
 1104: r1 += 1
 1105: r1 &= 255
      ; write var3, v297
 1106: *(u8 *)(r10 -28) = r1
      ; v298: bit<16> = read var2
 1107: r1 = *(u16 *)(r10 -36)
      ; v299: bit<16> = const 1
      ; v300: bit<16> = sub v298, v299
 1108: r1 -= 1
 1109: r1 &= 65535
      ; write var2, v300
 1110: *(u16 *)(r10 -36) = r1
      ; v301: bit<8> = read_field hdr11.kind
 1111: r1 = *(u8 *)(r2 +0)
 1112: if r1 == 0 goto +217
 1113: if r1 == 1 goto +92
 1114: if r1 == 2 goto +75
 1115: if r1 == 3 goto +57
 1116: if r1 == 8 goto +41
      ; prs: block54 (skip_option.9)
      ; v302: bit<8> = lookahead
 1117: r1 = *(u64 *)(r10 -16)
 1118: if r1 > 16383 goto +908
 1119: r2 = r6
 1120: r2 += r1
 1121: r1 = r2
 1122: r1 += 1
 1123: if r1 <= r7 goto +1
 1124: goto +902
 1125: r1 = *(u8 *)(r2 +0)
      ; write var9, v302
 1126: *(u8 *)(r10 -26) = r1
      ; v303: bit<8> = read var9
 1127: r2 = *(u8 *)(r10 -26)
      ; v304: bit<8> = const 2
      ; v305: bool = ge v303, v304
 1128: r1 = 1
 1129: if r2 >= 2 goto +1
 1130: r1 = 0
      ; verify v305, error HeaderTooShort
 1131: if r1 == 0 goto +895
      ; v306: bit<8> = read var9
 1132: r2 = *(u8 *)(r10 -26)
      ; v307: bit<32> = cast v306
 1133: w2 = w2
      ; v308: bit<32> = const 1
      ; v309: bit<32> = sub v307, v308
 1134: r2 -= 1
 1135: w2 = w2
      ; v310: bit<32> = const 8
      ; v311: bit<32> = mul v309, v310
 1136: r2 *= 8
 1137: w2 = w2
      ; advance v311
 1138: r1 = r2
 1139: r1 &= 7
 1140: if r1 != 0 goto +886
 1141: r1 = r2
 1142: r1 >>= 3
 1143: r2 = *(u64 *)(r10 -16)
 1144: r2 += r1
 1145: if r2 > 16383 goto +881
 1146: r1 = r6
 1147: r1 += r2
 1148: if r1 <= r7 goto +1
 1149: goto +877
 1150: *(u64 *)(r10 -16) = r2
      ; v312: bit<16> = read var2
 1151: r1 = *(u16 *)(r10 -36)
      ; v313: bit<8> = read var9
 1152: r2 = *(u8 *)(r10 -26)
      ; v314: bit<16> = cast v313
 1153: r2 &= 65535
      ; v315: bit<16> = const 1
      ; v316: bit<16> = sub v314, v315
 1154: r2 -= 1
 1155: r2 &= 65535
      ; v317: bit<16> = sub v312, v316
 1156: r1 -= r2
 1157: goto +29
      ; prs: block55 (parse_timestamp.9)
      ; extract hdr15
 1158: r2 = *(u64 *)(r10 -16)
 1159: if r2 > 16383 goto +867
 1160: r1 = r6
 1161: r1 += r2
 1162: r1 += 9
 1163: if r1 <= r7 goto +1
 1164: goto +862
 1165: r1 = r2
 1166: r1 += 1
 1167: *(u32 *)(r10 -140) = r1
 1168: r2 += 9
 1169: *(u64 *)(r10 -16) = r2
      ; v318: bit<16> = read var2
 1170: r1 = *(u16 *)(r10 -36)
      ; v319: bit<16> = const 9
      ; v320: bit<16> = sub v318, v319
 1171: r1 -= 9
 1172: goto +14
      ; prs: block56 (parse_wscale.9)
      ; extract hdr14
 1173: r2 = *(u64 *)(r10 -16)
 1174: if r2 > 16383 goto +852
 1175: r1 = r6
 1176: r1 += r2
 1177: r1 += 2
 1178: if r1 <= r7 goto +1
 1179: goto +847
 1180: r1 = r2
 1181: r1 += 1
 1182: *(u32 *)(r10 -144) = r1
 1183: r2 += 2
 1184: *(u64 *)(r10 -16) = r2
      ; v321: bit<16> = read var2
 1185: r1 = *(u16 *)(r10 -36)
      ; v322: bit<16> = const 2
      ; v323: bit<16> = sub v321, v322
 1186: r1 -= 2
 1187: r1 &= 65535
      ; write var2, v323
 1188: *(u16 *)(r10 -36) = r1
 1189: goto +16
      ; prs: block57 (parse_mss.9)
      ; extract hdr13
 1190: r2 = *(u64 *)(r10 -16)
 1191: if r2 > 16383 goto +835
 1192: r1 = r6
 1193: r1 += r2
 1194: r1 += 3
 1195: if r1 <= r7 goto +1
 1196: goto +830
 1197: r1 = r2
 1198: r1 += 1
 1199: *(u32 *)(r10 -148) = r1
 1200: r2 += 3
 1201: *(u64 *)(r10 -16) = r2
      ; v324: bit<16> = read var2
 1202: r1 = *(u16 *)(r10 -36)
      ; v325: bit<16> = const 3
      ; v326: bit<16> = sub v324, v325
 1203: r1 -= 3
 1204: r1 &= 65535
      ; write var2, v326
 1205: *(u16 *)(r10 -36) = r1
      ; prs: block58 (next_option.9)
      ; v327: bit<16> = read var2
 1206: r2 = *(u16 *)(r10 -36)
      ; v328: bit<8> = read var3
 1207: r1 = *(u8 *)(r10 -28)
 1208: if r2 == 0 goto +121
 1209: if r1 == 10 goto +120
      ; prs: block59 (parse_option.9)
      ; extract hdr12
 1210: r3 = *(u64 *)(r10 -16)
 1211: if r3 > 16383 goto +815
 1212: r2 = r6
 1213: r2 += r3
 1214: r1 = r2
 1215: r1 += 1
 1216: if r1 <= r7 goto +1
 1217: goto +809
 1218: r1 = r3
 1219: r1 += 1
 1220: *(u32 *)(r10 -152) = r1
 1221: r3 += 1
 1222: *(u64 *)(r10 -16) = r3
      ; v329: bit<8> = read var3
 1223: r1 = *(u8 *)(r10 -28)
      ; v330: bit<8> = const 1
      ; v331: bit<8> = add v329, v330
 1224: r1 += 1
 1225: r1 &= 255
      ; write var3, v331
 1226: *(u8 *)(r10 -28) = r1
      ; v332: bit<16> = read var2
 1227: r1 = *(u16 *)(r10 -36)
      ; v333: bit<16> = const 1
      ; v334: bit<16> = sub v332, v333
 1228: r1 -= 1
 1229: r1 &= 65535
      ; write var2, v334
 1230: *(u16 *)(r10 -36) = r1
      ; v335: bit<8> = read_field hdr12.kind
 1231: r1 = *(u8 *)(r2 +0)
 1232: if r1 == 0 goto +97
 1233: if r1 == 1 goto +92
 1234: if r1 == 2 goto +75
 1235: if r1 == 3 goto +57
 1236: if r1 == 8 goto +41
      ; prs: block60 (skip_option.10)
      ; v336: bit<8> = lookahead
 1237: r1 = *(u64 *)(r10 -16)
 1238: if r1 > 16383 goto +788
 1239: r2 = r6
 1240: r2 += r1
 1241: r1 = r2
 1242: r1 += 1
 1243: if r1 <= r7 goto +1
 1244: goto +782
 1245: r1 = *(u8 *)(r2 +0)
      ; write var9, v336
 1246: *(u8 *)(r10 -26) = r1
      ; v337: bit<8> = read var9
 1247: r2 = *(u8 *)(r10 -26)
      ; v338: bit<8> = const 2
      ; v339: bool = ge v337, v338
 1248: r1 = 1
 1249: if r2 >= 2 goto +1
 1250: r1 = 0
      ; verify v339, error HeaderTooShort
 1251: if r1 == 0 goto +775
      ; v340: bit<8> = read var9
 1252: r2 = *(u8 *)(r10 -26)
      ; v341: bit<32> = cast v340
 1253: w2 = w2
      ; v342: bit<32> = const 1
      ; v343: bit<32> = sub v341, v342
 1254: r2 -= 1
 1255: w2 = w2
      ; v344: bit<32> = const 8
      ; v345: bit<32> = mul v343, v344
 1256: r2 *= 8
 1257: w2 = w2
      ; advance v345
 1258: r1 = r2
 1259: r1 &= 7
 1260: if r1 != 0 goto +766
 1261: r1 = r2
 1262: r1 >>= 3
 1263: r2 = *(u64 *)(r10 -16)
 1264: r2 += r1
 1265: if r2 > 16383 goto +761
 1266: r1 = r6
 1267: r1 += r2
 1268: if r1 <= r7 goto +1
 1269: goto +757
 1270: *(u64 *)(r10 -16) = r2
      ; v346: bit<16> = read var2
 1271: r1 = *(u16 *)(r10 -36)
      ; v347: bit<8> = read var9
 1272: r2 = *(u8 *)(r10 -26)
      ; v348: bit<16> = cast v347
 1273: r2 &= 65535
      ; v349: bit<16> = const 1
      ; v350: bit<16> = sub v348, v349
 1274: r2 -= 1
 1275: r2 &= 65535
      ; v351: bit<16> = sub v346, v350
 1276: r1 -= r2
 1277: goto +29
      ; prs: block61 (parse_timestamp.10)
      ; extract hdr15
 1278: r2 = *(u64 *)(r10 -16)
 1279: if r2 > 16383 goto +747
 1280: r1 = r6
 1281: r1 += r2
 1282: r1 += 9
 1283: if r1 <= r7 goto +1
 1284: goto +742
 1285: r1 = r2
 1286: r1 += 1
 1287: *(u32 *)(r10 -140) = r1
 1288: r2 += 9
 1289: *(u64 *)(r10 -16) = r2
      ; v352: bit<16> = read var2
 1290: r1 = *(u16 *)(r10 -36)
      ; v353: bit<16> = const 9
      ; v354: bit<16> = sub v352, v353
 1291: r1 -= 9
 1292: goto +14
      ; prs: block62 (parse_wscale.10)
      ; extract hdr14
 1293: r2 = *(u64 *)(r10 -16)
 1294: if r2 > 16383 goto +732
 1295: r1 = r6
 1296: r1 += r2
 1297: r1 += 2
 1298: if r1 <= r7 goto +1
 1299: goto +727
 1300: r1 = r2
 1301: r1 += 1
 1302: *(u32 *)(r10 -144) = r1
 1303: r2 += 2
 1304: *(u64 *)(r10 -16) = r2
      ; v355: bit<16> = read var2
 1305: r1 = *(u16 *)(r10 -36)
      ; v356: bit<16> = const 2
      ; v357: bit<16> = sub v355, v356
 1306: r1 -= 2
 1307: r1 &= 65535
      ; write var2, v357
 1308: *(u16 *)(r10 -36) = r1
 1309: goto +16
      ; prs: block63 (parse_mss.10)
      ; extract hdr13
 1310: r2 = *(u64 *)(r10 -16)
 1311: if r2 > 16383 goto +715
 1312: r1 = r6
 1313: r1 += r2
 1314: r1 += 3
 1315: if r1 <= r7 goto +1
 1316: goto +710
 1317: r1 = r2
 1318: r1 += 1
 1319: *(u32 *)(r10 -148) = r1
 1320: r2 += 3
 1321: *(u64 *)(r10 -16) = r2
      ; v358: bit<16> = read var2
 1322: r1 = *(u16 *)(r10 -36)
      ; v359: bit<16> = const 3
      ; v360: bit<16> = sub v358, v359
 1323: r1 -= 3
 1324: r1 &= 65535
      ; write var2, v360
 1325: *(u16 *)(r10 -36) = r1
      ; prs: block64 (next_option.10)
      ; v361: bit<16> = read var2
 1326: r2 = *(u16 *)(r10 -36)
      ; v362: bit<8> = read var3
 1327: r1 = *(u8 *)(r10 -28)
 1328: if r2 == 0 goto +1
 1329: if r1 != 10 goto +697
      ; prs: block65 (parse_option.10)
      ; v0: bool = is_valid hdr2
 1330: r1 = *(u32 *)(r10 -192)
 1331: if r1 == 0 goto +1
 1332: r1 = 1
      ; v1: bool = not v0
 1333: r1 ^= 1
 1334: if r1 != 0 goto +713
      ; v2: bit<64> = timestamp_ns
 1335: call bpf_ktime_get_ns
 1336: r1 = r0
      ; write var10, v2
 1337: *(u64 *)(r10 -240) = r1
      ; v3: bit<8> = read_field hdr2.flags
 1338: r1 = *(u32 *)(r10 -192)
 1339: if r1 == 0 goto +9
 1340: r1 -= 1
 1341: if r1 > 16383 goto +7
 1342: *(u64 *)(r10 -416) = r6
 1343: r0 = *(u64 *)(r10 -416)
 1344: r0 += r1
 1345: *(u64 *)(r10 -416) = r0
 1346: r1 = *(u64 *)(r10 -416)
 1347: r1 += 20
 1348: if r1 <= r7 goto +1
 1349: *(u64 *)(r10 -416) = 0
 1350: r1 = 0
 1351: r0 = *(u64 *)(r10 -416)
 1352: if r0 == 0 goto +2
 1353: r0 = *(u64 *)(r10 -416)
 1354: r1 = *(u8 *)(r0 +13)
      ; write var11, v3
 1355: *(u8 *)(r10 -25) = r1
      ; v4: bit<4> = read_field hdr1.ihl
 1356: r1 = *(u32 *)(r10 -196)
 1357: if r1 == 0 goto +9
 1358: r1 -= 1
 1359: if r1 > 16383 goto +7
 1360: *(u64 *)(r10 -424) = r6
 1361: r0 = *(u64 *)(r10 -424)
 1362: r0 += r1
 1363: *(u64 *)(r10 -424) = r0
 1364: r1 = *(u64 *)(r10 -424)
 1365: r1 += 20
 1366: if r1 <= r7 goto +1
 1367: *(u64 *)(r10 -424) = 0
 1368: r1 = 0
 1369: r0 = *(u64 *)(r10 -424)
 1370: if r0 == 0 goto +3
 1371: r0 = *(u64 *)(r10 -424)
 1372: r1 = *(u8 *)(r0 +0)
 1373: r1 &= 15
      ; v5: bit<16> = cast v4
 1374: r1 &= 65535
      ; v6: bit<8> = const 2
      ; v7: bit<16> = shl v5, v6
 1375: r1 <<= 2
 1376: r1 &= 65535
      ; v8: bit<4> = read_field hdr2.dataOffset
 1377: r2 = 0
 1378: r0 = *(u64 *)(r10 -416)
 1379: if r0 == 0 goto +4
 1380: r0 = *(u64 *)(r10 -416)
 1381: r2 = *(u8 *)(r0 +12)
 1382: r2 >>= 4
 1383: r2 &= 15
      ; v9: bit<16> = cast v8
 1384: r2 &= 65535
      ; v10: bit<8> = const 2
      ; v11: bit<16> = shl v9, v10
 1385: r2 <<= 2
 1386: r2 &= 65535
      ; v12: bit<16> = add v7, v11
 1387: r1 += r2
 1388: r1 &= 65535
      ; write var12, v12
 1389: *(u16 *)(r10 -34) = r1
      ; v13: bit<16> = read_field hdr1.totalLen
 1390: r1 = 0
 1391: r0 = *(u64 *)(r10 -424)
 1392: if r0 == 0 goto +2
 1393: r0 = *(u64 *)(r10 -424)
 1394: r1 = *(u16 *)(r0 +2)
 1395: r1 = be16 r1
      ; v14: bit<16> = read var12
 1396: r2 = *(u16 *)(r10 -34)
      ; v15: bit<16> = sub v13, v14
 1397: r1 -= r2
 1398: r1 &= 65535
      ; v16: bit<32> = cast v15
 1399: w1 = w1
      ; write var13, v16
 1400: *(u32 *)(r10 -112) = r1
      ; v17: bit<32> = read var13
 1401: r4 = *(u32 *)(r10 -112)
      ; v18: bit<8> = read var11
 1402: r1 = *(u8 *)(r10 -25)
      ; v19: bit<8> = const 1
      ; v20: bit<8> = and v18, v19
 1403: r1 &= 1
      ; v21: bit<8> = const 0
      ; v22: bool = ne v20, v21
 1404: r3 = 1
 1405: if r1 != 0 goto +1
 1406: r3 = 0
      ; v23: bit<32> = const 1
 1407: r2 = 1
      ; v24: bit<32> = const 0
 1408: r1 = 0
      ; v25: bit<32> = select v22, v23, v24
 1409: if r3 != 0 goto +1
 1410: r2 = r1
      ; v26: bit<32> = add v17, v25
 1411: r1 = r4
 1412: r1 += r2
 1413: w1 = w1
      ; write var14, v26
 1414: *(u32 *)(r10 -108) = r1
      ; v27: bit<32> = read_field hdr1.srcAddr
 1415: r4 = 0
 1416: r0 = *(u64 *)(r10 -424)
 1417: if r0 == 0 goto +2
 1418: r0 = *(u64 *)(r10 -424)
 1419: r4 = *(u32 *)(r0 +12)
 1420: r4 = be32 r4
      ; v28: bit<32> = read_field hdr1.dstAddr
 1421: r3 = 0
 1422: r0 = *(u64 *)(r10 -424)
 1423: if r0 == 0 goto +2
 1424: r0 = *(u64 *)(r10 -424)
 1425: r3 = *(u32 *)(r0 +16)
 1426: r3 = be32 r3
      ; v29: bit<16> = read_field hdr2.srcPort
 1427: r2 = 0
 1428: r0 = *(u64 *)(r10 -416)
 1429: if r0 == 0 goto +2
 1430: r0 = *(u64 *)(r10 -416)
 1431: r2 = *(u16 *)(r0 +0)
 1432: r2 = be16 r2
      ; v30: bit<16> = read_field hdr2.dstPort
 1433: r1 = 0
 1434: r0 = *(u64 *)(r10 -416)
 1435: if r0 == 0 goto +2
 1436: r0 = *(u64 *)(r10 -416)
 1437: r1 = *(u16 *)(r0 +2)
 1438: r1 = be16 r1
      ; v31, [v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43] = map_lookup map0(v27, v28, v29, v30)
 1439: *(u32 *)(r10 -272) = r4
 1440: *(u32 *)(r10 -268) = r3
 1441: *(u16 *)(r10 -264) = r2
 1442: *(u16 *)(r10 -262) = r1
 1443: r1 = map[pipe_flows] ll
 1445: r2 = r10
 1446: r2 += -272
 1447: call bpf_map_lookup_elem
 1448: r9 = r0
 1449: if r9 == 0 goto +35
 1450: *(u64 *)(r10 -432) = 1
 1451: r0 = *(u32 *)(r9 +0)
 1452: *(u64 *)(r10 -440) = r0
 1453: w0 = w0
 1454: *(u64 *)(r10 -440) = r0
 1455: r0 = *(u32 *)(r9 +4)
 1456: *(u64 *)(r10 -448) = r0
 1457: w0 = w0
 1458: *(u64 *)(r10 -448) = r0
 1459: r0 = *(u32 *)(r9 +8)
 1460: *(u64 *)(r10 -456) = r0
 1461: w0 = w0
 1462: *(u64 *)(r10 -456) = r0
 1463: r0 = *(u32 *)(r9 +12)
 1464: *(u64 *)(r10 -464) = r0
 1465: w0 = w0
 1466: *(u64 *)(r10 -464) = r0
 1467: r0 = *(u16 *)(r9 +16)
 1468: *(u64 *)(r10 -472) = r0
 1469: r0 &= 65535
 1470: *(u64 *)(r10 -472) = r0
 1471: r8 = *(u8 *)(r9 +18)
 1472: r8 &= 255
 1473: r4 = *(u32 *)(r9 +20)
 1474: w4 = w4
 1475: r3 = *(u32 *)(r9 +24)
 1476: w3 = w3
 1477: r2 = *(u8 *)(r9 +28)
 1478: r2 &= 255
 1479: r1 = *(u32 *)(r9 +32)
 1480: w1 = w1
 1481: r0 = *(u64 *)(r9 +40)
 1482: *(u64 *)(r10 -480) = r0
 1483: r9 = *(u64 *)(r9 +48)
 1484: goto +13
 1485: *(u64 *)(r10 -432) = 0
 1486: *(u64 *)(r10 -440) = 0
 1487: *(u64 *)(r10 -448) = 0
 1488: *(u64 *)(r10 -456) = 0
 1489: *(u64 *)(r10 -464) = 0
 1490: *(u64 *)(r10 -472) = 0
 1491: r8 = 0
 1492: r4 = 0
 1493: r3 = 0
 1494: r2 = 0
 1495: r1 = 0
 1496: *(u64 *)(r10 -480) = 0
 1497: r9 = 0
      ; write var15, v32
 1498: r0 = *(u64 *)(r10 -440)
 1499: *(u32 *)(r10 -104) = r0
      ; write var16, v33
 1500: r0 = *(u64 *)(r10 -448)
 1501: *(u32 *)(r10 -100) = r0
      ; write var17, v34
 1502: r0 = *(u64 *)(r10 -456)
 1503: *(u32 *)(r10 -96) = r0
      ; write var18, v35
 1504: r0 = *(u64 *)(r10 -464)
 1505: *(u32 *)(r10 -92) = r0
      ; write var19, v36
 1506: r0 = *(u64 *)(r10 -472)
 1507: *(u16 *)(r10 -32) = r0
      ; write var20, v37
 1508: *(u8 *)(r10 -24) = r8
      ; write var21, v38
 1509: *(u32 *)(r10 -88) = r4
      ; write var22, v39
 1510: *(u32 *)(r10 -84) = r3
      ; write var23, v40
 1511: *(u8 *)(r10 -23) = r2
      ; write var24, v41
 1512: *(u32 *)(r10 -80) = r1
      ; write var25, v42
 1513: r0 = *(u64 *)(r10 -480)
 1514: *(u64 *)(r10 -232) = r0
      ; write var26, v43
 1515: *(u64 *)(r10 -224) = r9
      ; write var27, v31
 1516: r0 = *(u64 *)(r10 -432)
 1517: *(u8 *)(r10 -22) = r0
      ; v44: bit<8> = read var11
 1518: r1 = *(u8 *)(r10 -25)
      ; v45: bit<8> = const 2
      ; v46: bit<8> = and v44, v45
 1519: r1 &= 2
      ; v47: bit<8> = const 0
      ; v48: bool = ne v46, v47
 1520: if r1 != 0 goto +53
      ; v65: bool = read var27
 1521: r3 = *(u8 *)(r10 -22)
      ; v66: bit<32> = read var14
 1522: r1 = *(u32 *)(r10 -108)
      ; v67: bit<32> = const 0
      ; v68: bool = ne v66, v67
 1523: r2 = 1
 1524: if r1 != 0 goto +1
 1525: r2 = 0
      ; v69: bool = logical_and v65, v68
 1526: r1 = r3
 1527: r1 &= r2
 1528: if r1 == 0 goto +113
      ; v70: bit<32> = read_field hdr2.seqNo
 1529: r1 = 0
 1530: r0 = *(u64 *)(r10 -416)
 1531: if r0 == 0 goto +2
 1532: r0 = *(u64 *)(r10 -416)
 1533: r1 = *(u32 *)(r0 +4)
 1534: r1 = be32 r1
      ; v71: bit<32> = read var14
 1535: r2 = *(u32 *)(r10 -108)
      ; v72: bit<32> = add v70, v71
 1536: r1 += r2
 1537: w1 = w1
      ; write var28, v72
 1538: *(u32 *)(r10 -76) = r1
      ; v73: bit<32> = read var28
 1539: r1 = *(u32 *)(r10 -76)
      ; v74: bit<32> = read var16
 1540: r2 = *(u32 *)(r10 -100)
      ; v75: bit<32> = sub v73, v74
 1541: r1 -= r2
 1542: w1 = w1
      ; write var29, v75
 1543: *(u32 *)(r10 -72) = r1
      ; v76: bit<32> = read var29
 1544: r1 = *(u32 *)(r10 -72)
      ; v77: bit<32> = const 0
      ; v78: bool = ne v76, v77
 1545: r4 = 1
 1546: if r1 != 0 goto +1
 1547: r4 = 0
      ; v79: bit<32> = read var29
 1548: r3 = *(u32 *)(r10 -72)
      ; v80: bit<32> = const 0x80000000
 1549: w1 = -2147483648
      ; v81: bool = lt v79, v80
 1550: r2 = 1
 1551: if r3 < r1 goto +1
 1552: r2 = 0
      ; v82: bool = logical_and v78, v81
 1553: r1 = r4
 1554: r1 &= r2
 1555: if r1 != 0 goto +7
      ; v90: bit<32> = read var22
 1556: r1 = *(u32 *)(r10 -84)
      ; v91: bit<32> = const 1
      ; v92: bit<32> = add v90, v91
 1557: r1 += 1
 1558: w1 = w1
      ; write var22, v92
 1559: *(u32 *)(r10 -84) = r1
      ; v93: bit<8> = const 0
 1560: r1 = 0
      ; write var23, v93
 1561: *(u8 *)(r10 -23) = r1
 1562: goto +79
      ; v83: bit<32> = read var28
 1563: r1 = *(u32 *)(r10 -76)
      ; write var16, v83
 1564: *(u32 *)(r10 -100) = r1
      ; v84: bit<8> = read var23
 1565: r1 = *(u8 *)(r10 -23)
      ; v85: bit<8> = const 0
      ; v86: bool = eq v84, v85
 1566: if r1 != 0 goto +75
      ; v87: bit<8> = const 1
 1567: r1 = 1
      ; write var23, v87
 1568: *(u8 *)(r10 -23) = r1
      ; v88: bit<32> = read var28
 1569: r1 = *(u32 *)(r10 -76)
      ; write var24, v88
 1570: *(u32 *)(r10 -80) = r1
      ; v89: bit<64> = read var10
 1571: r1 = *(u64 *)(r10 -240)
      ; write var25, v89
 1572: *(u64 *)(r10 -232) = r1
 1573: goto +68
      ; v49: bool = const 1
 1574: r1 = 1
      ; write var27, v49
 1575: *(u8 *)(r10 -22) = r1
      ; v50: bit<32> = read_field hdr2.seqNo
 1576: r1 = 0
 1577: r0 = *(u64 *)(r10 -416)
 1578: if r0 == 0 goto +2
 1579: r0 = *(u64 *)(r10 -416)
 1580: r1 = *(u32 *)(r0 +4)
 1581: r1 = be32 r1
      ; write var15, v50
 1582: *(u32 *)(r10 -104) = r1
      ; v51: bit<32> = read_field hdr2.seqNo
 1583: r1 = 0
 1584: r0 = *(u64 *)(r10 -416)
 1585: if r0 == 0 goto +2
 1586: r0 = *(u64 *)(r10 -416)
 1587: r1 = *(u32 *)(r0 +4)
 1588: r1 = be32 r1
      ; v52: bit<32> = const 1
      ; v53: bit<32> = add v51, v52
 1589: r1 += 1
 1590: w1 = w1
      ; write var16, v53
 1591: *(u32 *)(r10 -100) = r1
      ; v54: bit<32> = const 0
 1592: r1 = 0
      ; write var18, v54
 1593: *(u32 *)(r10 -92) = r1
      ; v55: bit<16> = read_field hdr13.mss
 1594: r1 = *(u32 *)(r10 -148)
 1595: if r1 == 0 goto +7
 1596: r1 -= 1
 1597: if r1 > 16383 goto +5
 1598: r2 = r6
 1599: r2 += r1
 1600: r1 = r2
 1601: r1 += 3
 1602: if r1 <= r7 goto +1
 1603: r2 = 0
 1604: r1 = 0
 1605: if r2 == 0 goto +1
 1606: r1 = *(u16 *)(r2 +1)
 1607: r1 = be16 r1
      ; write var19, v55
 1608: *(u16 *)(r10 -32) = r1
      ; v56: bit<8> = read_field hdr14.shift
 1609: r1 = *(u32 *)(r10 -144)
 1610: if r1 == 0 goto +7
 1611: r1 -= 1
 1612: if r1 > 16383 goto +5
 1613: r2 = r6
 1614: r2 += r1
 1615: r1 = r2
 1616: r1 += 2
 1617: if r1 <= r7 goto +1
 1618: r2 = 0
 1619: r1 = 0
 1620: if r2 == 0 goto +1
 1621: r1 = *(u8 *)(r2 +1)
      ; write var20, v56
 1622: *(u8 *)(r10 -24) = r1
      ; v57: bit<32> = const 0
 1623: r1 = 0
      ; write var21, v57
 1624: *(u32 *)(r10 -88) = r1
      ; v58: bit<32> = const 0
 1625: r1 = 0
      ; write var22, v58
 1626: *(u32 *)(r10 -84) = r1
      ; v59: bit<8> = const 1
 1627: r1 = 1
      ; write var23, v59
 1628: *(u8 *)(r10 -23) = r1
      ; v60: bit<32> = read_field hdr2.seqNo
 1629: r1 = 0
 1630: r0 = *(u64 *)(r10 -416)
 1631: if r0 == 0 goto +2
 1632: r0 = *(u64 *)(r10 -416)
 1633: r1 = *(u32 *)(r0 +4)
 1634: r1 = be32 r1
      ; v61: bit<32> = const 1
      ; v62: bit<32> = add v60, v61
 1635: r1 += 1
 1636: w1 = w1
      ; write var24, v62
 1637: *(u32 *)(r10 -80) = r1
      ; v63: bit<64> = read var10
 1638: r1 = *(u64 *)(r10 -240)
      ; write var25, v63
 1639: *(u64 *)(r10 -232) = r1
      ; v64: bit<64> = const 0
 1640: r1 = 0
      ; write var26, v64
 1641: *(u64 *)(r10 -224) = r1
      ; v94: bool = read var27
 1642: r1 = *(u8 *)(r10 -22)
 1643: if r1 == 0 goto +107
      ; v95: bool = is_valid hdr15
 1644: r1 = *(u32 *)(r10 -140)
 1645: if r1 == 0 goto +15
      ; v96: bit<32> = read_field hdr15.tsval
 1646: r1 = *(u32 *)(r10 -140)
 1647: if r1 == 0 goto +7
 1648: r1 -= 1
 1649: if r1 > 16383 goto +5
 1650: r2 = r6
 1651: r2 += r1
 1652: r1 = r2
 1653: r1 += 9
 1654: if r1 <= r7 goto +1
 1655: r2 = 0
 1656: r1 = 0
 1657: if r2 == 0 goto +1
 1658: r1 = *(u32 *)(r2 +1)
 1659: r1 = be32 r1
      ; write var21, v96
 1660: *(u32 *)(r10 -88) = r1
      ; v97: bit<32> = read var16
 1661: r1 = *(u32 *)(r10 -100)
      ; v98: bit<32> = read var15
 1662: r2 = *(u32 *)(r10 -104)
      ; v99: bit<32> = sub v97, v98
 1663: r1 -= r2
 1664: w1 = w1
      ; write var17, v99
 1665: *(u32 *)(r10 -96) = r1
      ; v100: bit<32> = read_field hdr1.srcAddr
 1666: r1 = 0
 1667: r0 = *(u64 *)(r10 -424)
 1668: if r0 == 0 goto +2
 1669: r0 = *(u64 *)(r10 -424)
 1670: r1 = *(u32 *)(r0 +12)
 1671: *(u64 *)(r10 -432) = r1
 1672: r0 = *(u64 *)(r10 -432)
 1673: r0 = be32 r0
 1674: *(u64 *)(r10 -432) = r0
      ; v101: bit<32> = read_field hdr1.dstAddr
 1675: r9 = 0
 1676: r0 = *(u64 *)(r10 -424)
 1677: if r0 == 0 goto +2
 1678: r0 = *(u64 *)(r10 -424)
 1679: r9 = *(u32 *)(r0 +16)
 1680: r9 = be32 r9
      ; v102: bit<16> = read_field hdr2.srcPort
 1681: r8 = 0
 1682: r0 = *(u64 *)(r10 -416)
 1683: if r0 == 0 goto +2
 1684: r0 = *(u64 *)(r10 -416)
 1685: r8 = *(u16 *)(r0 +0)
 1686: r8 = be16 r8
      ; v103: bit<16> = read_field hdr2.dstPort
 1687: r4 = 0
 1688: r0 = *(u64 *)(r10 -416)
 1689: if r0 == 0 goto +2
 1690: r0 = *(u64 *)(r10 -416)
 1691: r4 = *(u16 *)(r0 +2)
 1692: r4 = be16 r4
      ; v104: bit<32> = read var15
 1693: r0 = *(u32 *)(r10 -104)
 1694: *(u64 *)(r10 -440) = r0
      ; v105: bit<32> = read var16
 1695: r0 = *(u32 *)(r10 -100)
 1696: *(u64 *)(r10 -448) = r0
      ; v106: bit<32> = read var17
 1697: r0 = *(u32 *)(r10 -96)
 1698: *(u64 *)(r10 -456) = r0
      ; v107: bit<32> = read var18
 1699: r0 = *(u32 *)(r10 -92)
 1700: *(u64 *)(r10 -464) = r0
      ; v108: bit<16> = read var19
 1701: r0 = *(u16 *)(r10 -32)
 1702: *(u64 *)(r10 -472) = r0
      ; v109: bit<8> = read var20
 1703: r0 = *(u8 *)(r10 -24)
 1704: *(u64 *)(r10 -480) = r0
      ; v110: bit<32> = read var21
 1705: r0 = *(u32 *)(r10 -88)
 1706: *(u64 *)(r10 -488) = r0
      ; v111: bit<32> = read var22
 1707: r0 = *(u32 *)(r10 -84)
 1708: *(u64 *)(r10 -496) = r0
      ; v112: bit<8> = read var23
 1709: r0 = *(u8 *)(r10 -23)
 1710: *(u64 *)(r10 -504) = r0
      ; v113: bit<32> = read var24
 1711: r3 = *(u32 *)(r10 -80)
      ; v114: bit<64> = read var25
 1712: r2 = *(u64 *)(r10 -232)
      ; v115: bit<64> = read var26
 1713: r1 = *(u64 *)(r10 -224)
      ; map_update map0(v100, v101, v102, v103) = [v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115]
 1714: r0 = *(u64 *)(r10 -432)
 1715: *(u32 *)(r10 -280) = r0
 1716: *(u32 *)(r10 -276) = r9
 1717: *(u16 *)(r10 -272) = r8
 1718: *(u16 *)(r10 -270) = r4
 1719: *(u64 *)(r10 -352) = 0
 1720: *(u64 *)(r10 -344) = 0
 1721: *(u64 *)(r10 -336) = 0
 1722: r0 = *(u64 *)(r10 -440)
 1723: *(u32 *)(r10 -368) = r0
 1724: r0 = *(u64 *)(r10 -448)
 1725: *(u32 *)(r10 -364) = r0
 1726: r0 = *(u64 *)(r10 -456)
 1727: *(u32 *)(r10 -360) = r0
 1728: r0 = *(u64 *)(r10 -464)
 1729: *(u32 *)(r10 -356) = r0
 1730: r0 = *(u64 *)(r10 -472)
 1731: *(u16 *)(r10 -352) = r0
 1732: r0 = *(u64 *)(r10 -480)
 1733: *(u8 *)(r10 -350) = r0
 1734: r0 = *(u64 *)(r10 -488)
 1735: *(u32 *)(r10 -348) = r0
 1736: r0 = *(u64 *)(r10 -496)
 1737: *(u32 *)(r10 -344) = r0
 1738: r0 = *(u64 *)(r10 -504)
 1739: *(u8 *)(r10 -340) = r0
 1740: *(u32 *)(r10 -336) = r3
 1741: *(u64 *)(r10 -328) = r2
 1742: *(u64 *)(r10 -320) = r1
 1743: r1 = map[pipe_flows] ll
 1745: r2 = r10
 1746: r2 += -280
 1747: r3 = r10
 1748: r3 += -368
 1749: r4 = 0
 1750: call bpf_map_update_elem
      ; v116: bit<8> = read var11
 1751: r1 = *(u8 *)(r10 -25)
      ; v117: bit<8> = const 0x10
      ; v118: bit<8> = and v116, v117
 1752: r1 &= 16
      ; v119: bit<8> = const 0
      ; v120: bool = eq v118, v119
 1753: if r1 == 0 goto +294
      ; v121: bit<32> = read_field hdr1.dstAddr
 1754: r4 = 0
 1755: r0 = *(u64 *)(r10 -424)
 1756: if r0 == 0 goto +2
 1757: r0 = *(u64 *)(r10 -424)
 1758: r4 = *(u32 *)(r0 +16)
 1759: r4 = be32 r4
      ; v122: bit<32> = read_field hdr1.srcAddr
 1760: r3 = 0
 1761: r0 = *(u64 *)(r10 -424)
 1762: if r0 == 0 goto +2
 1763: r0 = *(u64 *)(r10 -424)
 1764: r3 = *(u32 *)(r0 +12)
 1765: r3 = be32 r3
      ; v123: bit<16> = read_field hdr2.dstPort
 1766: r2 = 0
 1767: r0 = *(u64 *)(r10 -416)
 1768: if r0 == 0 goto +2
 1769: r0 = *(u64 *)(r10 -416)
 1770: r2 = *(u16 *)(r0 +2)
 1771: r2 = be16 r2
      ; v124: bit<16> = read_field hdr2.srcPort
 1772: r1 = 0
 1773: r0 = *(u64 *)(r10 -416)
 1774: if r0 == 0 goto +2
 1775: r0 = *(u64 *)(r10 -416)
 1776: r1 = *(u16 *)(r0 +0)
 1777: r1 = be16 r1
      ; v125, [v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137] = map_lookup map0(v121, v122, v123, v124)
 1778: *(u32 *)(r10 -272) = r4
 1779: *(u32 *)(r10 -268) = r3
 1780: *(u16 *)(r10 -264) = r2
 1781: *(u16 *)(r10 -262) = r1
 1782: r1 = map[pipe_flows] ll
 1784: r2 = r10
 1785: r2 += -272
 1786: call bpf_map_lookup_elem
 1787: r9 = r0
 1788: if r9 == 0 goto +35
 1789: *(u64 *)(r10 -432) = 1
 1790: r0 = *(u32 *)(r9 +0)
 1791: *(u64 *)(r10 -440) = r0
 1792: w0 = w0
 1793: *(u64 *)(r10 -440) = r0
 1794: r0 = *(u32 *)(r9 +4)
 1795: *(u64 *)(r10 -448) = r0
 1796: w0 = w0
 1797: *(u64 *)(r10 -448) = r0
 1798: r0 = *(u32 *)(r9 +8)
 1799: *(u64 *)(r10 -456) = r0
 1800: w0 = w0
 1801: *(u64 *)(r10 -456) = r0
 1802: r0 = *(u32 *)(r9 +12)
 1803: *(u64 *)(r10 -464) = r0
 1804: w0 = w0
 1805: *(u64 *)(r10 -464) = r0
 1806: r0 = *(u16 *)(r9 +16)
 1807: *(u64 *)(r10 -472) = r0
 1808: r0 &= 65535
 1809: *(u64 *)(r10 -472) = r0
 1810: r8 = *(u8 *)(r9 +18)
 1811: r8 &= 255
 1812: r4 = *(u32 *)(r9 +20)
 1813: w4 = w4
 1814: r3 = *(u32 *)(r9 +24)
 1815: w3 = w3
 1816: r2 = *(u8 *)(r9 +28)
 1817: r2 &= 255
 1818: r1 = *(u32 *)(r9 +32)
 1819: w1 = w1
 1820: r0 = *(u64 *)(r9 +40)
 1821: *(u64 *)(r10 -480) = r0
 1822: r9 = *(u64 *)(r9 +48)
 1823: goto +13
 1824: *(u64 *)(r10 -432) = 0
 1825: *(u64 *)(r10 -440) = 0
 1826: *(u64 *)(r10 -448) = 0
 1827: *(u64 *)(r10 -456) = 0
 1828: *(u64 *)(r10 -464) = 0
 1829: *(u64 *)(r10 -472) = 0
 1830: r8 = 0
 1831: r4 = 0
 1832: r3 = 0
 1833: r2 = 0
 1834: r1 = 0
 1835: *(u64 *)(r10 -480) = 0
 1836: r9 = 0
      ; write var30, v126
 1837: r0 = *(u64 *)(r10 -440)
 1838: *(u32 *)(r10 -68) = r0
      ; write var31, v127
 1839: r0 = *(u64 *)(r10 -448)
 1840: *(u32 *)(r10 -64) = r0
      ; write var32, v128
 1841: r0 = *(u64 *)(r10 -456)
 1842: *(u32 *)(r10 -60) = r0
      ; write var33, v129
 1843: r0 = *(u64 *)(r10 -464)
 1844: *(u32 *)(r10 -56) = r0
      ; write var34, v130
 1845: r0 = *(u64 *)(r10 -472)
 1846: *(u16 *)(r10 -30) = r0
      ; write var35, v131
 1847: *(u8 *)(r10 -21) = r8
      ; write var36, v132
 1848: *(u32 *)(r10 -52) = r4
      ; write var37, v133
 1849: *(u32 *)(r10 -48) = r3
      ; write var38, v134
 1850: *(u8 *)(r10 -20) = r2
      ; write var39, v135
 1851: *(u32 *)(r10 -44) = r1
      ; write var40, v136
 1852: r0 = *(u64 *)(r10 -480)
 1853: *(u64 *)(r10 -216) = r0
      ; write var41, v137
 1854: *(u64 *)(r10 -208) = r9
 1855: r0 = *(u64 *)(r10 -432)
 1856: if r0 == 0 goto +191
      ; v138: bit<32> = read_field hdr2.ackNo
 1857: r1 = 0
 1858: r0 = *(u64 *)(r10 -416)
 1859: if r0 == 0 goto +2
 1860: r0 = *(u64 *)(r10 -416)
 1861: r1 = *(u32 *)(r0 +8)
 1862: r1 = be32 r1
      ; v139: bit<32> = read var30
 1863: r2 = *(u32 *)(r10 -68)
      ; v140: bit<32> = sub v138, v139
 1864: r1 -= r2
 1865: w1 = w1
      ; write var42, v140
 1866: *(u32 *)(r10 -40) = r1
      ; v141: bit<32> = read var42
 1867: r1 = *(u32 *)(r10 -40)
      ; v142: bit<32> = const 0
      ; v143: bool = ne v141, v142
 1868: r4 = 1
 1869: if r1 != 0 goto +1
 1870: r4 = 0
      ; v144: bit<32> = read var42
 1871: r3 = *(u32 *)(r10 -40)
      ; v145: bit<32> = const 0x80000000
 1872: w1 = -2147483648
      ; v146: bool = lt v144, v145
 1873: r2 = 1
 1874: if r3 < r1 goto +1
 1875: r2 = 0
      ; v147: bool = logical_and v143, v146
 1876: r1 = r4
 1877: r1 &= r2
 1878: if r1 == 0 goto +7
      ; v148: bit<32> = read_field hdr2.ackNo
 1879: r1 = 0
 1880: r0 = *(u64 *)(r10 -416)
 1881: if r0 == 0 goto +2
 1882: r0 = *(u64 *)(r10 -416)
 1883: r1 = *(u32 *)(r0 +8)
 1884: r1 = be32 r1
      ; write var30, v148
 1885: *(u32 *)(r10 -68) = r1
      ; v149: bit<8> = read var38
 1886: r1 = *(u8 *)(r10 -20)
      ; v150: bit<8> = const 1
      ; v151: bool = eq v149, v150
 1887: r4 = 1
 1888: if r1 == 1 goto +1
 1889: r4 = 0
      ; v152: bit<32> = read_field hdr2.ackNo
 1890: r3 = 0
 1891: r0 = *(u64 *)(r10 -416)
 1892: if r0 == 0 goto +2
 1893: r0 = *(u64 *)(r10 -416)
 1894: r3 = *(u32 *)(r0 +8)
 1895: r3 = be32 r3
      ; v153: bit<32> = read var39
 1896: r1 = *(u32 *)(r10 -44)
      ; v154: bit<32> = sub v152, v153
 1897: r3 -= r1
 1898: w3 = w3
      ; v155: bit<32> = const 0x80000000
 1899: w1 = -2147483648
      ; v156: bool = lt v154, v155
 1900: r2 = 1
 1901: if r3 < r1 goto +1
 1902: r2 = 0
      ; v157: bool = logical_and v151, v156
 1903: r1 = r4
 1904: r1 &= r2
 1905: if r1 == 0 goto +6
      ; v158: bit<64> = read var10
 1906: r1 = *(u64 *)(r10 -240)
      ; v159: bit<64> = read var40
 1907: r2 = *(u64 *)(r10 -216)
      ; v160: bit<64> = sub v158, v159
 1908: r1 -= r2
      ; write var41, v160
 1909: *(u64 *)(r10 -208) = r1
      ; v161: bit<8> = const 0
 1910: r1 = 0
      ; write var38, v161
 1911: *(u8 *)(r10 -20) = r1
      ; v162: bit<32> = read var31
 1912: r1 = *(u32 *)(r10 -64)
      ; v163: bit<32> = read var30
 1913: r2 = *(u32 *)(r10 -68)
      ; v164: bit<32> = sub v162, v163
 1914: r1 -= r2
 1915: w1 = w1
      ; write var32, v164
 1916: *(u32 *)(r10 -60) = r1
      ; v165: bit<8> = read var11
 1917: r1 = *(u8 *)(r10 -25)
      ; v166: bit<8> = const 2
      ; v167: bit<8> = and v165, v166
 1918: r1 &= 2
      ; v168: bit<8> = const 0
      ; v169: bool = ne v167, v168
 1919: r3 = 1
 1920: if r1 != 0 goto +1
 1921: r3 = 0
      ; v170: bit<8> = read var20
 1922: r2 = *(u8 *)(r10 -24)
      ; v171: bit<8> = const 0
 1923: r1 = 0
      ; v172: bit<8> = select v169, v171, v170
 1924: if r3 != 0 goto +1
 1925: r1 = r2
      ; write var43, v172
 1926: *(u8 *)(r10 -19) = r1
      ; v173: bit<16> = read_field hdr2.window
 1927: r1 = 0
 1928: r0 = *(u64 *)(r10 -416)
 1929: if r0 == 0 goto +2
 1930: r0 = *(u64 *)(r10 -416)
 1931: r1 = *(u16 *)(r0 +14)
 1932: r1 = be16 r1
      ; v174: bit<32> = cast v173
 1933: w1 = w1
      ; v175: bit<8> = read var43
 1934: r2 = *(u8 *)(r10 -19)
      ; v176: bit<32> = shl v174, v175
 1935: if r2 >= 32 goto +3
 1936: r1 <<= r2
 1937: w1 = w1
 1938: goto +1
 1939: r1 = 0
      ; write var33, v176
 1940: *(u32 *)(r10 -56) = r1
      ; v177: bit<32> = read_field hdr1.dstAddr
 1941: r1 = 0
 1942: r0 = *(u64 *)(r10 -424)
 1943: if r0 == 0 goto +2
 1944: r0 = *(u64 *)(r10 -424)
 1945: r1 = *(u32 *)(r0 +16)
 1946: *(u64 *)(r10 -432) = r1
 1947: r0 = *(u64 *)(r10 -432)
 1948: r0 = be32 r0
 1949: *(u64 *)(r10 -432) = r0
      ; v178: bit<32> = read_field hdr1.srcAddr
 1950: r9 = 0
 1951: r0 = *(u64 *)(r10 -424)
 1952: if r0 == 0 goto +2
 1953: r0 = *(u64 *)(r10 -424)
 1954: r9 = *(u32 *)(r0 +12)
 1955: r9 = be32 r9
      ; v179: bit<16> = read_field hdr2.dstPort
 1956: r8 = 0
 1957: r0 = *(u64 *)(r10 -416)
 1958: if r0 == 0 goto +2
 1959: r0 = *(u64 *)(r10 -416)
 1960: r8 = *(u16 *)(r0 +2)
 1961: r8 = be16 r8
      ; v180: bit<16> = read_field hdr2.srcPort
 1962: r4 = 0
 1963: r0 = *(u64 *)(r10 -416)
 1964: if r0 == 0 goto +2
 1965: r0 = *(u64 *)(r10 -416)
 1966: r4 = *(u16 *)(r0 +0)
 1967: r4 = be16 r4
      ; v181: bit<32> = read var30
 1968: r0 = *(u32 *)(r10 -68)
 1969: *(u64 *)(r10 -416) = r0
      ; v182: bit<32> = read var31
 1970: r0 = *(u32 *)(r10 -64)
 1971: *(u64 *)(r10 -424) = r0
      ; v183: bit<32> = read var32
 1972: r0 = *(u32 *)(r10 -60)
 1973: *(u64 *)(r10 -440) = r0
      ; v184: bit<32> = read var33
 1974: r0 = *(u32 *)(r10 -56)
 1975: *(u64 *)(r10 -448) = r0
      ; v185: bit<16> = read var34
 1976: r0 = *(u16 *)(r10 -30)
 1977: *(u64 *)(r10 -456) = r0
      ; v186: bit<8> = read var35
 1978: r0 = *(u8 *)(r10 -21)
 1979: *(u64 *)(r10 -464) = r0
      ; v187: bit<32> = read var36
 1980: r0 = *(u32 *)(r10 -52)
 1981: *(u64 *)(r10 -472) = r0
      ; v188: bit<32> = read var37
 1982: r0 = *(u32 *)(r10 -48)
 1983: *(u64 *)(r10 -480) = r0
      ; v189: bit<8> = read var38
 1984: r0 = *(u8 *)(r10 -20)
 1985: *(u64 *)(r10 -488) = r0
      ; v190: bit<32> = read var39
 1986: r3 = *(u32 *)(r10 -44)
      ; v191: bit<64> = read var40
 1987: r2 = *(u64 *)(r10 -216)
      ; v192: bit<64> = read var41
 1988: r1 = *(u64 *)(r10 -208)
      ; map_update map0(v177, v178, v179, v180) = [v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192]
 1989: r0 = *(u64 *)(r10 -432)
 1990: *(u32 *)(r10 -280) = r0
 1991: *(u32 *)(r10 -276) = r9
 1992: *(u16 *)(r10 -272) = r8
 1993: *(u16 *)(r10 -270) = r4
 1994: *(u64 *)(r10 -352) = 0
 1995: *(u64 *)(r10 -344) = 0
 1996: *(u64 *)(r10 -336) = 0
 1997: r0 = *(u64 *)(r10 -416)
 1998: *(u32 *)(r10 -368) = r0
 1999: r0 = *(u64 *)(r10 -424)
 2000: *(u32 *)(r10 -364) = r0
 2001: r0 = *(u64 *)(r10 -440)
 2002: *(u32 *)(r10 -360) = r0
 2003: r0 = *(u64 *)(r10 -448)
 2004: *(u32 *)(r10 -356) = r0
 2005: r0 = *(u64 *)(r10 -456)
 2006: *(u16 *)(r10 -352) = r0
 2007: r0 = *(u64 *)(r10 -464)
 2008: *(u8 *)(r10 -350) = r0
 2009: r0 = *(u64 *)(r10 -472)
 2010: *(u32 *)(r10 -348) = r0
 2011: r0 = *(u64 *)(r10 -480)
 2012: *(u32 *)(r10 -344) = r0
 2013: r0 = *(u64 *)(r10 -488)
 2014: *(u8 *)(r10 -340) = r0
 2015: *(u32 *)(r10 -336) = r3
 2016: *(u64 *)(r10 -328) = r2
 2017: *(u64 *)(r10 -320) = r1
 2018: r1 = map[pipe_flows] ll
 2020: r2 = r10
 2021: r2 += -280
 2022: r3 = r10
 2023: r3 += -368
 2024: r4 = 0
 2025: call bpf_map_update_elem
 2026: goto +21
      ; drop
 2027: r2 = *(u32 *)(r10 -120)
 2028: r1 = *(u32 *)(r10 -116)
 2029: *(u64 *)(r10 -384) = r2
 2030: *(u64 *)(r10 -392) = r1
 2031: r1 = *(u64 *)(r10 -8)
 2032: r2 = 0xfffffffffffffff8 ll
 2034: call bpf_xdp_adjust_meta
 2035: if r0 != 0 goto +10
 2036: r1 = *(u64 *)(r10 -8)
 2037: r3 = *(u32 *)(r1 +8)
 2038: r2 = *(u32 *)(r1 +0)
 2039: r1 = r3
 2040: r1 += 8
 2041: if r1 > r2 goto +4
 2042: r1 = *(u64 *)(r10 -384)
 2043: *(u32 *)(r3 +0) = r1
 2044: r1 = *(u64 *)(r10 -392)
 2045: *(u32 *)(r3 +4) = r1
 2046: r0 = 1
 2047: exit
      ; epilogue: verdict
 2048: r2 = *(u32 *)(r10 -120)
 2049: r1 = *(u32 *)(r10 -116)
 2050: *(u64 *)(r10 -400) = r2
 2051: *(u64 *)(r10 -408) = r1
 2052: r1 = *(u64 *)(r10 -8)
 2053: r2 = 0xfffffffffffffff8 ll
 2055: call bpf_xdp_adjust_meta
 2056: if r0 != 0 goto +10
 2057: r1 = *(u64 *)(r10 -8)
 2058: r3 = *(u32 *)(r1 +8)
 2059: r2 = *(u32 *)(r1 +0)
 2060: r1 = r3
 2061: r1 += 8
 2062: if r1 > r2 goto +4
 2063: r1 = *(u64 *)(r10 -400)
 2064: *(u32 *)(r3 +0) = r1
 2065: r1 = *(u64 *)(r10 -408)
 2066: *(u32 *)(r3 +4) = r1
 2067: r0 = 2
 2068: exit
