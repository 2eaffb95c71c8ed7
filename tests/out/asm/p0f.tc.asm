; p0f for classifier: 1238 instructions, stack 208 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r2 = r1
    2: r6 = *(u32 *)(r2 +76)
    3: r7 = *(u32 *)(r2 +80)
    4: *(u64 *)(r10 -16) = 0
    5: *(u64 *)(r10 -112) = 0
    6: *(u64 *)(r10 -104) = 0
    7: *(u64 *)(r10 -96) = 0
    8: *(u64 *)(r10 -88) = 0
    9: *(u64 *)(r10 -80) = 0
   10: *(u64 *)(r10 -72) = 0
   11: *(u64 *)(r10 -64) = 0
   12: *(u64 *)(r10 -56) = 0
   13: *(u64 *)(r10 -48) = 0
   14: *(u64 *)(r10 -40) = 0
   15: *(u64 *)(r10 -32) = 0
   16: *(u64 *)(r10 -24) = 0
   17: r1 = *(u32 *)(r2 +0)
   18: *(u32 *)(r10 -40) = r1
   19: r1 = *(u32 *)(r2 +8)
   20: *(u32 *)(r10 -36) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   21: r3 = *(u64 *)(r10 -16)
   22: if r3 > 16383 goto +1201
   23: r2 = r6
   24: r2 += r3
   25: r1 = r2
   26: r1 += 14
   27: if r1 <= r7 goto +1
   28: goto +1195
   29: r1 = r3
   30: r1 += 1
   31: *(u32 *)(r10 -104) = r1
   32: r3 += 14
   33: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   34: r1 = *(u16 *)(r2 +12)
   35: if r1 != 8 goto +864
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   36: r2 = *(u64 *)(r10 -16)
   37: if r2 > 16383 goto +1186
   38: r3 = r6
   39: r3 += r2
   40: r1 = r3
   41: r1 += 20
   42: if r1 <= r7 goto +1
   43: goto +1180
   44: r1 = r2
   45: r1 += 1
   46: *(u32 *)(r10 -100) = r1
   47: r2 += 20
   48: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   49: r1 = *(u8 *)(r3 +0)
   50: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   51: if r1 < 5 goto +1172
      ; v4: bit<4> = read_field hdr1.ihl
   52: r2 = *(u8 *)(r3 +0)
   53: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   54: r2 -= 5
   55: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   56: r2 *= 32
   57: w2 = w2
      ; advance v9
   58: r1 = r2
   59: r1 &= 7
   60: if r1 != 0 goto +1163
   61: r1 = r2
   62: r1 >>= 3
   63: r2 = *(u64 *)(r10 -16)
   64: r2 += r1
   65: if r2 > 16383 goto +1158
   66: r1 = r6
   67: r1 += r2
   68: if r1 <= r7 goto +1
   69: goto +1154
   70: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   71: r2 = *(u16 *)(r3 +6)
   72: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   73: r1 = *(u8 *)(r3 +9)
   74: if r2 != 0 goto +825
   75: if r1 != 6 goto +824
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   76: r3 = *(u64 *)(r10 -16)
   77: if r3 > 16383 goto +1146
   78: r2 = r6
   79: r2 += r3
   80: r1 = r2
   81: r1 += 20
   82: if r1 <= r7 goto +1
   83: goto +1140
   84: r1 = r3
   85: r1 += 1
   86: *(u32 *)(r10 -96) = r1
   87: r3 += 20
   88: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
   89: r1 = *(u8 *)(r2 +12)
   90: r1 >>= 4
   91: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
   92: if r1 < 5 goto +1131
      ; v15: bit<4> = read_field hdr2.dataOffset
   93: r1 = *(u8 *)(r2 +12)
   94: r1 >>= 4
   95: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
   96: r1 -= 5
   97: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
   98: r1 *= 4
   99: r1 &= 65535
      ; write var2, v20
  100: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  101: r1 = *(u8 *)(r2 +13)
  102: r1 &= 18
  103: if r1 != 2 goto +796
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  104: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  105: r1 = *(u8 *)(r10 -24)
  106: if r2 == 0 goto +793
  107: if r1 == 8 goto +792
      ; prs: block5 (parse_option)
      ; extract hdr3
  108: r3 = *(u64 *)(r10 -16)
  109: if r3 > 16383 goto +1114
  110: r2 = r6
  111: r2 += r3
  112: r1 = r2
  113: r1 += 1
  114: if r1 <= r7 goto +1
  115: goto +1108
  116: r1 = r3
  117: r1 += 1
  118: *(u32 *)(r10 -92) = r1
  119: r3 += 1
  120: *(u64 *)(r10 -16) = r3
      ; v24: bit<8> = read var3
  121: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
      ; v26: bit<8> = add v24, v25
  122: r1 += 1
  123: r1 &= 255
      ; write var3, v26
  124: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  125: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
      ; v29: bit<16> = sub v27, v28
  126: r1 -= 1
  127: r1 &= 65535
      ; write var2, v29
  128: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  129: r1 = *(u8 *)(r2 +0)
  130: if r1 == 0 goto +769
  131: if r1 == 1 goto +71
  132: if r1 == 2 goto +54
  133: if r1 == 3 goto +36
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  134: r1 = *(u64 *)(r10 -16)
  135: if r1 > 16383 goto +1088
  136: r2 = r6
  137: r2 += r1
  138: r1 = r2
  139: r1 += 1
  140: if r1 <= r7 goto +1
  141: goto +1082
  142: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  143: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  144: r1 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
      ; verify v34, error HeaderTooShort
  145: if r1 < 2 goto +1078
      ; v35: bit<8> = read var11
  146: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
      ; v37: bit<32> = const 1
      ; v38: bit<32> = sub v36, v37
  147: r2 -= 1
  148: w2 = w2
      ; v39: bit<32> = const 8
      ; v40: bit<32> = mul v38, v39
  149: r2 *= 8
  150: w2 = w2
      ; advance v40
  151: r1 = r2
  152: r1 &= 7
  153: if r1 != 0 goto +1070
  154: r1 = r2
  155: r1 >>= 3
  156: r2 = *(u64 *)(r10 -16)
  157: r2 += r1
  158: if r2 > 16383 goto +1065
  159: r1 = r6
  160: r1 += r2
  161: if r1 <= r7 goto +1
  162: goto +1061
  163: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  164: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  165: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
      ; v44: bit<16> = const 1
      ; v45: bit<16> = sub v43, v44
  166: r2 -= 1
  167: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  168: r1 -= r2
  169: goto +14
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  170: r2 = *(u64 *)(r10 -16)
  171: if r2 > 16383 goto +1052
  172: r1 = r6
  173: r1 += r2
  174: r1 += 2
  175: if r1 <= r7 goto +1
  176: goto +1047
  177: r1 = r2
  178: r1 += 1
  179: *(u32 *)(r10 -56) = r1
  180: r2 += 2
  181: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  182: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  183: r1 -= 2
  184: r1 &= 65535
      ; write var2, v49
  185: *(u16 *)(r10 -28) = r1
  186: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  187: r2 = *(u64 *)(r10 -16)
  188: if r2 > 16383 goto +1035
  189: r1 = r6
  190: r1 += r2
  191: r1 += 3
  192: if r1 <= r7 goto +1
  193: goto +1030
  194: r1 = r2
  195: r1 += 1
  196: *(u32 *)(r10 -60) = r1
  197: r2 += 3
  198: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  199: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  200: r1 -= 3
  201: r1 &= 65535
      ; write var2, v52
  202: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  203: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  204: r1 = *(u8 *)(r10 -24)
  205: if r2 == 0 goto +694
  206: if r1 == 8 goto +693
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  207: r3 = *(u64 *)(r10 -16)
  208: if r3 > 16383 goto +1015
  209: r2 = r6
  210: r2 += r3
  211: r1 = r2
  212: r1 += 1
  213: if r1 <= r7 goto +1
  214: goto +1009
  215: r1 = r3
  216: r1 += 1
  217: *(u32 *)(r10 -88) = r1
  218: r3 += 1
  219: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  220: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  221: r1 += 1
  222: r1 &= 255
      ; write var3, v57
  223: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  224: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  225: r1 -= 1
  226: r1 &= 65535
      ; write var2, v60
  227: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  228: r1 = *(u8 *)(r2 +0)
  229: if r1 == 0 goto +670
  230: if r1 == 1 goto +71
  231: if r1 == 2 goto +54
  232: if r1 == 3 goto +36
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  233: r1 = *(u64 *)(r10 -16)
  234: if r1 > 16383 goto +989
  235: r2 = r6
  236: r2 += r1
  237: r1 = r2
  238: r1 += 1
  239: if r1 <= r7 goto +1
  240: goto +983
  241: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  242: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  243: r1 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
      ; verify v65, error HeaderTooShort
  244: if r1 < 2 goto +979
      ; v66: bit<8> = read var11
  245: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  246: r2 -= 1
  247: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  248: r2 *= 8
  249: w2 = w2
      ; advance v71
  250: r1 = r2
  251: r1 &= 7
  252: if r1 != 0 goto +971
  253: r1 = r2
  254: r1 >>= 3
  255: r2 = *(u64 *)(r10 -16)
  256: r2 += r1
  257: if r2 > 16383 goto +966
  258: r1 = r6
  259: r1 += r2
  260: if r1 <= r7 goto +1
  261: goto +962
  262: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  263: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  264: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  265: r2 -= 1
  266: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  267: r1 -= r2
  268: goto +14
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  269: r2 = *(u64 *)(r10 -16)
  270: if r2 > 16383 goto +953
  271: r1 = r6
  272: r1 += r2
  273: r1 += 2
  274: if r1 <= r7 goto +1
  275: goto +948
  276: r1 = r2
  277: r1 += 1
  278: *(u32 *)(r10 -56) = r1
  279: r2 += 2
  280: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  281: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  282: r1 -= 2
  283: r1 &= 65535
      ; write var2, v80
  284: *(u16 *)(r10 -28) = r1
  285: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  286: r2 = *(u64 *)(r10 -16)
  287: if r2 > 16383 goto +936
  288: r1 = r6
  289: r1 += r2
  290: r1 += 3
  291: if r1 <= r7 goto +1
  292: goto +931
  293: r1 = r2
  294: r1 += 1
  295: *(u32 *)(r10 -60) = r1
  296: r2 += 3
  297: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  298: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  299: r1 -= 3
  300: r1 &= 65535
      ; write var2, v83
  301: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  302: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  303: r1 = *(u8 *)(r10 -24)
  304: if r2 == 0 goto +595
  305: if r1 == 8 goto +594
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  306: r3 = *(u64 *)(r10 -16)
  307: if r3 > 16383 goto +916
  308: r2 = r6
  309: r2 += r3
  310: r1 = r2
  311: r1 += 1
  312: if r1 <= r7 goto +1
  313: goto +910
  314: r1 = r3
  315: r1 += 1
  316: *(u32 *)(r10 -84) = r1
  317: r3 += 1
  318: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  319: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  320: r1 += 1
  321: r1 &= 255
      ; write var3, v88
  322: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  323: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  324: r1 -= 1
  325: r1 &= 65535
      ; write var2, v91
  326: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  327: r1 = *(u8 *)(r2 +0)
  328: if r1 == 0 goto +571
  329: if r1 == 1 goto +71
  330: if r1 == 2 goto +54
  331: if r1 == 3 goto +36
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  332: r1 = *(u64 *)(r10 -16)
  333: if r1 > 16383 goto +890
  334: r2 = r6
  335: r2 += r1
  336: r1 = r2
  337: r1 += 1
  338: if r1 <= r7 goto +1
  339: goto +884
  340: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  341: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  342: r1 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
      ; verify v96, error HeaderTooShort
  343: if r1 < 2 goto +880
      ; v97: bit<8> = read var11
  344: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  345: r2 -= 1
  346: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  347: r2 *= 8
  348: w2 = w2
      ; advance v102
  349: r1 = r2
  350: r1 &= 7
  351: if r1 != 0 goto +872
  352: r1 = r2
  353: r1 >>= 3
  354: r2 = *(u64 *)(r10 -16)
  355: r2 += r1
  356: if r2 > 16383 goto +867
  357: r1 = r6
  358: r1 += r2
  359: if r1 <= r7 goto +1
  360: goto +863
  361: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  362: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  363: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  364: r2 -= 1
  365: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  366: r1 -= r2
  367: goto +14
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  368: r2 = *(u64 *)(r10 -16)
  369: if r2 > 16383 goto +854
  370: r1 = r6
  371: r1 += r2
  372: r1 += 2
  373: if r1 <= r7 goto +1
  374: goto +849
  375: r1 = r2
  376: r1 += 1
  377: *(u32 *)(r10 -56) = r1
  378: r2 += 2
  379: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  380: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  381: r1 -= 2
  382: r1 &= 65535
      ; write var2, v111
  383: *(u16 *)(r10 -28) = r1
  384: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  385: r2 = *(u64 *)(r10 -16)
  386: if r2 > 16383 goto +837
  387: r1 = r6
  388: r1 += r2
  389: r1 += 3
  390: if r1 <= r7 goto +1
  391: goto +832
  392: r1 = r2
  393: r1 += 1
  394: *(u32 *)(r10 -60) = r1
  395: r2 += 3
  396: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  397: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  398: r1 -= 3
  399: r1 &= 65535
      ; write var2, v114
  400: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  401: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  402: r1 = *(u8 *)(r10 -24)
  403: if r2 == 0 goto +496
  404: if r1 == 8 goto +495
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  405: r3 = *(u64 *)(r10 -16)
  406: if r3 > 16383 goto +817
  407: r2 = r6
  408: r2 += r3
  409: r1 = r2
  410: r1 += 1
  411: if r1 <= r7 goto +1
  412: goto +811
  413: r1 = r3
  414: r1 += 1
  415: *(u32 *)(r10 -80) = r1
  416: r3 += 1
  417: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  418: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  419: r1 += 1
  420: r1 &= 255
      ; write var3, v119
  421: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  422: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  423: r1 -= 1
  424: r1 &= 65535
      ; write var2, v122
  425: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  426: r1 = *(u8 *)(r2 +0)
  427: if r1 == 0 goto +472
  428: if r1 == 1 goto +71
  429: if r1 == 2 goto +54
  430: if r1 == 3 goto +36
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  431: r1 = *(u64 *)(r10 -16)
  432: if r1 > 16383 goto +791
  433: r2 = r6
  434: r2 += r1
  435: r1 = r2
  436: r1 += 1
  437: if r1 <= r7 goto +1
  438: goto +785
  439: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  440: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  441: r1 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
      ; verify v127, error HeaderTooShort
  442: if r1 < 2 goto +781
      ; v128: bit<8> = read var11
  443: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  444: r2 -= 1
  445: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  446: r2 *= 8
  447: w2 = w2
      ; advance v133
  448: r1 = r2
  449: r1 &= 7
  450: if r1 != 0 goto +773
  451: r1 = r2
  452: r1 >>= 3
  453: r2 = *(u64 *)(r10 -16)
  454: r2 += r1
  455: if r2 > 16383 goto +768
  456: r1 = r6
  457: r1 += r2
  458: if r1 <= r7 goto +1
  459: goto +764
  460: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  461: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  462: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  463: r2 -= 1
  464: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  465: r1 -= r2
  466: goto +14
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  467: r2 = *(u64 *)(r10 -16)
  468: if r2 > 16383 goto +755
  469: r1 = r6
  470: r1 += r2
  471: r1 += 2
  472: if r1 <= r7 goto +1
  473: goto +750
  474: r1 = r2
  475: r1 += 1
  476: *(u32 *)(r10 -56) = r1
  477: r2 += 2
  478: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  479: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  480: r1 -= 2
  481: r1 &= 65535
      ; write var2, v142
  482: *(u16 *)(r10 -28) = r1
  483: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  484: r2 = *(u64 *)(r10 -16)
  485: if r2 > 16383 goto +738
  486: r1 = r6
  487: r1 += r2
  488: r1 += 3
  489: if r1 <= r7 goto +1
  490: goto +733
  491: r1 = r2
  492: r1 += 1
  493: *(u32 *)(r10 -60) = r1
  494: r2 += 3
  495: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  496: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  497: r1 -= 3
  498: r1 &= 65535
      ; write var2, v145
  499: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  500: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  501: r1 = *(u8 *)(r10 -24)
  502: if r2 == 0 goto +397
  503: if r1 == 8 goto +396
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  504: r3 = *(u64 *)(r10 -16)
  505: if r3 > 16383 goto +718
  506: r2 = r6
  507: r2 += r3
  508: r1 = r2
  509: r1 += 1
  510: if r1 <= r7 goto +1
  511: goto +712
  512: r1 = r3
  513: r1 += 1
  514: *(u32 *)(r10 -76) = r1
  515: r3 += 1
  516: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  517: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  518: r1 += 1
  519: r1 &= 255
      ; write var3, v150
  520: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  521: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  522: r1 -= 1
  523: r1 &= 65535
      ; write var2, v153
  524: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  525: r1 = *(u8 *)(r2 +0)
  526: if r1 == 0 goto +373
  527: if r1 == 1 goto +71
  528: if r1 == 2 goto +54
  529: if r1 == 3 goto +36
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  530: r1 = *(u64 *)(r10 -16)
  531: if r1 > 16383 goto +692
  532: r2 = r6
  533: r2 += r1
  534: r1 = r2
  535: r1 += 1
  536: if r1 <= r7 goto +1
  537: goto +686
  538: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  539: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  540: r1 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
      ; verify v158, error HeaderTooShort
  541: if r1 < 2 goto +682
      ; v159: bit<8> = read var11
  542: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  543: r2 -= 1
  544: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  545: r2 *= 8
  546: w2 = w2
      ; advance v164
  547: r1 = r2
  548: r1 &= 7
  549: if r1 != 0 goto +674
  550: r1 = r2
  551: r1 >>= 3
  552: r2 = *(u64 *)(r10 -16)
  553: r2 += r1
  554: if r2 > 16383 goto +669
  555: r1 = r6
  556: r1 += r2
  557: if r1 <= r7 goto +1
  558: goto +665
  559: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  560: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  561: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  562: r2 -= 1
  563: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  564: r1 -= r2
  565: goto +14
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  566: r2 = *(u64 *)(r10 -16)
  567: if r2 > 16383 goto +656
  568: r1 = r6
  569: r1 += r2
  570: r1 += 2
  571: if r1 <= r7 goto +1
  572: goto +651
  573: r1 = r2
  574: r1 += 1
  575: *(u32 *)(r10 -56) = r1
  576: r2 += 2
  577: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  578: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  579: r1 -= 2
  580: r1 &= 65535
      ; write var2, v173
  581: *(u16 *)(r10 -28) = r1
  582: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  583: r2 = *(u64 *)(r10 -16)
  584: if r2 > 16383 goto +639
  585: r1 = r6
  586: r1 += r2
  587: r1 += 3
  588: if r1 <= r7 goto +1
  589: goto +634
  590: r1 = r2
  591: r1 += 1
  592: *(u32 *)(r10 -60) = r1
  593: r2 += 3
  594: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  595: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  596: r1 -= 3
  597: r1 &= 65535
      ; write var2, v176
  598: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  599: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  600: r1 = *(u8 *)(r10 -24)
  601: if r2 == 0 goto +298
  602: if r1 == 8 goto +297
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  603: r3 = *(u64 *)(r10 -16)
  604: if r3 > 16383 goto +619
  605: r2 = r6
  606: r2 += r3
  607: r1 = r2
  608: r1 += 1
  609: if r1 <= r7 goto +1
  610: goto +613
  611: r1 = r3
  612: r1 += 1
  613: *(u32 *)(r10 -72) = r1
  614: r3 += 1
  615: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  616: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  617: r1 += 1
  618: r1 &= 255
      ; write var3, v181
  619: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  620: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  621: r1 -= 1
  622: r1 &= 65535
      ; write var2, v184
  623: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  624: r1 = *(u8 *)(r2 +0)
  625: if r1 == 0 goto +274
  626: if r1 == 1 goto +71
  627: if r1 == 2 goto +54
  628: if r1 == 3 goto +36
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  629: r1 = *(u64 *)(r10 -16)
  630: if r1 > 16383 goto +593
  631: r2 = r6
  632: r2 += r1
  633: r1 = r2
  634: r1 += 1
  635: if r1 <= r7 goto +1
  636: goto +587
  637: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  638: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  639: r1 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
      ; verify v189, error HeaderTooShort
  640: if r1 < 2 goto +583
      ; v190: bit<8> = read var11
  641: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  642: r2 -= 1
  643: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  644: r2 *= 8
  645: w2 = w2
      ; advance v195
  646: r1 = r2
  647: r1 &= 7
  648: if r1 != 0 goto +575
  649: r1 = r2
  650: r1 >>= 3
  651: r2 = *(u64 *)(r10 -16)
  652: r2 += r1
  653: if r2 > 16383 goto +570
  654: r1 = r6
  655: r1 += r2
  656: if r1 <= r7 goto +1
  657: goto +566
  658: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  659: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  660: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  661: r2 -= 1
  662: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  663: r1 -= r2
  664: goto +14
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  665: r2 = *(u64 *)(r10 -16)
  666: if r2 > 16383 goto +557
  667: r1 = r6
  668: r1 += r2
  669: r1 += 2
  670: if r1 <= r7 goto +1
  671: goto +552
  672: r1 = r2
  673: r1 += 1
  674: *(u32 *)(r10 -56) = r1
  675: r2 += 2
  676: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  677: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  678: r1 -= 2
  679: r1 &= 65535
      ; write var2, v204
  680: *(u16 *)(r10 -28) = r1
  681: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  682: r2 = *(u64 *)(r10 -16)
  683: if r2 > 16383 goto +540
  684: r1 = r6
  685: r1 += r2
  686: r1 += 3
  687: if r1 <= r7 goto +1
  688: goto +535
  689: r1 = r2
  690: r1 += 1
  691: *(u32 *)(r10 -60) = r1
  692: r2 += 3
  693: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  694: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  695: r1 -= 3
  696: r1 &= 65535
      ; write var2, v207
  697: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  698: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  699: r1 = *(u8 *)(r10 -24)
  700: if r2 == 0 goto +199
  701: if r1 == 8 goto +198
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  702: r3 = *(u64 *)(r10 -16)
  703: if r3 > 16383 goto +520
  704: r2 = r6
  705: r2 += r3
  706: r1 = r2
  707: r1 += 1
  708: if r1 <= r7 goto +1
  709: goto +514
  710: r1 = r3
  711: r1 += 1
  712: *(u32 *)(r10 -68) = r1
  713: r3 += 1
  714: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  715: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  716: r1 += 1
  717: r1 &= 255
      ; write var3, v212
  718: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  719: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  720: r1 -= 1
  721: r1 &= 65535
      ; write var2, v215
  722: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  723: r1 = *(u8 *)(r2 +0)
  724: if r1 == 0 goto +175
  725: if r1 == 1 goto +71
  726: if r1 == 2 goto +54
  727: if r1 == 3 goto +36
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  728: r1 = *(u64 *)(r10 -16)
  729: if r1 > 16383 goto +494
  730: r2 = r6
  731: r2 += r1
  732: r1 = r2
  733: r1 += 1
  734: if r1 <= r7 goto +1
  735: goto +488
  736: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  737: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  738: r1 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
      ; verify v220, error HeaderTooShort
  739: if r1 < 2 goto +484
      ; v221: bit<8> = read var11
  740: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  741: r2 -= 1
  742: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  743: r2 *= 8
  744: w2 = w2
      ; advance v226
  745: r1 = r2
  746: r1 &= 7
  747: if r1 != 0 goto +476
  748: r1 = r2
  749: r1 >>= 3
  750: r2 = *(u64 *)(r10 -16)
  751: r2 += r1
  752: if r2 > 16383 goto +471
  753: r1 = r6
  754: r1 += r2
  755: if r1 <= r7 goto +1
  756: goto +467
  757: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  758: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  759: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  760: r2 -= 1
  761: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  762: r1 -= r2
  763: goto +14
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  764: r2 = *(u64 *)(r10 -16)
  765: if r2 > 16383 goto +458
  766: r1 = r6
  767: r1 += r2
  768: r1 += 2
  769: if r1 <= r7 goto +1
  770: goto +453
  771: r1 = r2
  772: r1 += 1
  773: *(u32 *)(r10 -56) = r1
  774: r2 += 2
  775: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  776: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  777: r1 -= 2
  778: r1 &= 65535
      ; write var2, v235
  779: *(u16 *)(r10 -28) = r1
  780: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  781: r2 = *(u64 *)(r10 -16)
  782: if r2 > 16383 goto +441
  783: r1 = r6
  784: r1 += r2
  785: r1 += 3
  786: if r1 <= r7 goto +1
  787: goto +436
  788: r1 = r2
  789: r1 += 1
  790: *(u32 *)(r10 -60) = r1
  791: r2 += 3
  792: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  793: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  794: r1 -= 3
  795: r1 &= 65535
      ; write var2, v238
  796: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  797: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  798: r1 = *(u8 *)(r10 -24)
  799: if r2 == 0 goto +100
  800: if r1 == 8 goto +99
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  801: r3 = *(u64 *)(r10 -16)
  802: if r3 > 16383 goto +421
  803: r2 = r6
  804: r2 += r3
  805: r1 = r2
  806: r1 += 1
  807: if r1 <= r7 goto +1
  808: goto +415
  809: r1 = r3
  810: r1 += 1
  811: *(u32 *)(r10 -64) = r1
  812: r3 += 1
  813: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  814: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  815: r1 += 1
  816: r1 &= 255
      ; write var3, v243
  817: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  818: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  819: r1 -= 1
  820: r1 &= 65535
      ; write var2, v246
  821: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  822: r1 = *(u8 *)(r2 +0)
  823: if r1 == 0 goto +76
  824: if r1 == 1 goto +71
  825: if r1 == 2 goto +54
  826: if r1 == 3 goto +36
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  827: r1 = *(u64 *)(r10 -16)
  828: if r1 > 16383 goto +395
  829: r2 = r6
  830: r2 += r1
  831: r1 = r2
  832: r1 += 1
  833: if r1 <= r7 goto +1
  834: goto +389
  835: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  836: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  837: r1 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
      ; verify v251, error HeaderTooShort
  838: if r1 < 2 goto +385
      ; v252: bit<8> = read var11
  839: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  840: r2 -= 1
  841: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  842: r2 *= 8
  843: w2 = w2
      ; advance v257
  844: r1 = r2
  845: r1 &= 7
  846: if r1 != 0 goto +377
  847: r1 = r2
  848: r1 >>= 3
  849: r2 = *(u64 *)(r10 -16)
  850: r2 += r1
  851: if r2 > 16383 goto +372
  852: r1 = r6
  853: r1 += r2
  854: if r1 <= r7 goto +1
  855: goto +368
  856: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  857: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  858: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  859: r2 -= 1
  860: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  861: r1 -= r2
  862: goto +14
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  863: r2 = *(u64 *)(r10 -16)
  864: if r2 > 16383 goto +359
  865: r1 = r6
  866: r1 += r2
  867: r1 += 2
  868: if r1 <= r7 goto +1
  869: goto +354
  870: r1 = r2
  871: r1 += 1
  872: *(u32 *)(r10 -56) = r1
  873: r2 += 2
  874: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  875: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  876: r1 -= 2
  877: r1 &= 65535
      ; write var2, v266
  878: *(u16 *)(r10 -28) = r1
  879: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  880: r2 = *(u64 *)(r10 -16)
  881: if r2 > 16383 goto +342
  882: r1 = r6
  883: r1 += r2
  884: r1 += 3
  885: if r1 <= r7 goto +1
  886: goto +337
  887: r1 = r2
  888: r1 += 1
  889: *(u32 *)(r10 -60) = r1
  890: r2 += 3
  891: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  892: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  893: r1 -= 3
  894: r1 &= 65535
      ; write var2, v269
  895: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  896: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  897: r1 = *(u8 *)(r10 -24)
  898: if r2 == 0 goto +1
  899: if r1 != 8 goto +324
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  900: r2 = *(u32 *)(r10 -96)
      ; v1: bool = not v0
      ; v2: bit<8> = read_field hdr2.flags
  901: r1 = *(u32 *)(r10 -96)
  902: if r1 == 0 goto +7
  903: r1 -= 1
  904: if r1 > 16383 goto +5
  905: r4 = r6
  906: r4 += r1
  907: r1 = r4
  908: r1 += 20
  909: if r1 <= r7 goto +1
  910: r4 = 0
  911: r1 = 0
  912: if r4 == 0 goto +1
  913: r1 = *(u8 *)(r4 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  914: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
      ; v7: bool = logical_or v1, v6
  915: if r2 == 0 goto +313
  916: if r1 != 2 goto +312
      ; v8: bit<16> = read_field hdr11.mss
  917: r1 = *(u32 *)(r10 -60)
  918: if r1 == 0 goto +7
  919: r1 -= 1
  920: if r1 > 16383 goto +5
  921: r3 = r6
  922: r3 += r1
  923: r1 = r3
  924: r1 += 3
  925: if r1 <= r7 goto +1
  926: r3 = 0
  927: r9 = 0
  928: if r3 == 0 goto +1
  929: r9 = *(u16 *)(r3 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
      ; v11: bit<16> = read_field hdr2.window
  930: r8 = 0
  931: if r4 == 0 goto +1
  932: r8 = *(u16 *)(r4 +14)
  933: r8 = be16 r8
      ; v12: bit<16> = read_field hdr11.mss
  934: r2 = 0
  935: if r3 == 0 goto +1
  936: r2 = *(u16 *)(r3 +1)
  937: r2 = be16 r2
      ; v13: bit<16> = mod v11, v12
  938: r1 = 0
  939: if r2 == 0 goto +2
  940: r1 = r8
  941: r1 %= r2
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
      ; v16: bool = logical_and v10, v15
  942: if r9 == 0 goto +14
  943: if r1 != 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
  944: r8 = 0
  945: if r4 == 0 goto +1
  946: r8 = *(u16 *)(r4 +14)
  947: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
  948: r2 = 0
  949: if r3 == 0 goto +1
  950: r2 = *(u16 *)(r3 +1)
  951: r2 = be16 r2
      ; v19: bit<16> = div v17, v18
  952: r1 = 0
  953: if r2 == 0 goto +2
  954: r1 = r8
  955: r1 /= r2
      ; write var4, v19
  956: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
  957: r1 = *(u32 *)(r10 -92)
  958: if r1 == 0 goto +7
  959: r1 -= 1
  960: if r1 > 16383 goto +5
  961: r2 = r6
  962: r2 += r1
  963: r1 = r2
  964: r1 += 1
  965: if r1 <= r7 goto +1
  966: r2 = 0
  967: r8 = 0
  968: if r2 == 0 goto +1
  969: r8 = *(u8 *)(r2 +0)
      ; v21: bit<8> = read_field hdr4.kind
  970: r1 = *(u32 *)(r10 -88)
  971: if r1 == 0 goto +7
  972: r1 -= 1
  973: if r1 > 16383 goto +5
  974: r2 = r6
  975: r2 += r1
  976: r1 = r2
  977: r1 += 1
  978: if r1 <= r7 goto +1
  979: r2 = 0
  980: r1 = 0
  981: if r2 == 0 goto +1
  982: r1 = *(u8 *)(r2 +0)
      ; v22: bit<16> = concat v20, v21
  983: r8 <<= 8
  984: r8 |= r1
      ; v23: bit<8> = read_field hdr5.kind
  985: r1 = *(u32 *)(r10 -84)
  986: if r1 == 0 goto +7
  987: r1 -= 1
  988: if r1 > 16383 goto +5
  989: r2 = r6
  990: r2 += r1
  991: r1 = r2
  992: r1 += 1
  993: if r1 <= r7 goto +1
  994: r2 = 0
  995: r1 = 0
  996: if r2 == 0 goto +1
  997: r1 = *(u8 *)(r2 +0)
      ; v24: bit<24> = concat v22, v23
  998: r8 <<= 8
  999: r8 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1000: r1 = *(u32 *)(r10 -80)
 1001: if r1 == 0 goto +7
 1002: r1 -= 1
 1003: if r1 > 16383 goto +5
 1004: r2 = r6
 1005: r2 += r1
 1006: r1 = r2
 1007: r1 += 1
 1008: if r1 <= r7 goto +1
 1009: r2 = 0
 1010: r1 = 0
 1011: if r2 == 0 goto +1
 1012: r1 = *(u8 *)(r2 +0)
      ; v26: bit<32> = concat v24, v25
 1013: r9 = r8
 1014: r9 <<= 8
 1015: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1016: r1 = *(u32 *)(r10 -76)
 1017: if r1 == 0 goto +7
 1018: r1 -= 1
 1019: if r1 > 16383 goto +5
 1020: r2 = r6
 1021: r2 += r1
 1022: r1 = r2
 1023: r1 += 1
 1024: if r1 <= r7 goto +1
 1025: r2 = 0
 1026: r1 = 0
 1027: if r2 == 0 goto +1
 1028: r1 = *(u8 *)(r2 +0)
      ; v28: bit<40> = concat v26, v27
 1029: r9 <<= 8
 1030: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1031: r1 = *(u32 *)(r10 -72)
 1032: if r1 == 0 goto +7
 1033: r1 -= 1
 1034: if r1 > 16383 goto +5
 1035: r2 = r6
 1036: r2 += r1
 1037: r1 = r2
 1038: r1 += 1
 1039: if r1 <= r7 goto +1
 1040: r2 = 0
 1041: r1 = 0
 1042: if r2 == 0 goto +1
 1043: r1 = *(u8 *)(r2 +0)
      ; v30: bit<48> = concat v28, v29
 1044: r9 <<= 8
 1045: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1046: r1 = *(u32 *)(r10 -68)
 1047: if r1 == 0 goto +7
 1048: r1 -= 1
 1049: if r1 > 16383 goto +5
 1050: r8 = r6
 1051: r8 += r1
 1052: r1 = r8
 1053: r1 += 1
 1054: if r1 <= r7 goto +1
 1055: r8 = 0
 1056: r2 = 0
 1057: if r8 == 0 goto +1
 1058: r2 = *(u8 *)(r8 +0)
      ; v32: bit<56> = concat v30, v31
 1059: r1 = r9
 1060: r1 <<= 8
 1061: r1 |= r2
      ; v33: bit<8> = read_field hdr10.kind
 1062: r2 = *(u32 *)(r10 -64)
 1063: if r2 == 0 goto +7
 1064: r2 -= 1
 1065: if r2 > 16383 goto +5
 1066: r8 = r6
 1067: r8 += r2
 1068: r2 = r8
 1069: r2 += 1
 1070: if r2 <= r7 goto +1
 1071: r8 = 0
 1072: r2 = 0
 1073: if r8 == 0 goto +1
 1074: r2 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1075: r1 <<= 8
 1076: r1 |= r2
      ; write var5, v34
 1077: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1078: r1 = *(u32 *)(r10 -100)
 1079: if r1 == 0 goto +7
 1080: r1 -= 1
 1081: if r1 > 16383 goto +5
 1082: r2 = r6
 1083: r2 += r1
 1084: r1 = r2
 1085: r1 += 20
 1086: if r1 <= r7 goto +1
 1087: r2 = 0
 1088: r9 = 0
 1089: if r2 == 0 goto +1
 1090: r9 = *(u8 *)(r2 +8)
      ; v36: bit<16> = read_field hdr2.window
 1091: r2 = 0
 1092: if r4 == 0 goto +1
 1093: r2 = *(u16 *)(r4 +14)
      ; v37: bit<16> = read var4
 1094: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1095: r4 = 0
 1096: if r3 == 0 goto +1
 1097: r4 = *(u16 *)(r3 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1098: r3 = *(u32 *)(r10 -56)
 1099: if r3 == 0 goto +7
 1100: r3 -= 1
 1101: if r3 > 16383 goto +5
 1102: r1 = r6
 1103: r1 += r3
 1104: r3 = r1
 1105: r3 += 2
 1106: if r3 <= r7 goto +1
 1107: r1 = 0
 1108: r3 = 0
 1109: if r1 == 0 goto +1
 1110: r3 = *(u8 *)(r1 +1)
      ; v40: bit<64> = read var5
 1111: r1 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1112: *(u8 *)(r10 -152) = r9
 1113: *(u8 *)(r10 -151) = r2
 1114: r2 >>= 8
 1115: *(u8 *)(r10 -150) = r2
 1116: r2 = r8
 1117: *(u8 *)(r10 -148) = r2
 1118: r2 >>= 8
 1119: *(u8 *)(r10 -149) = r2
 1120: r2 = r4
 1121: *(u8 *)(r10 -147) = r2
 1122: r2 >>= 8
 1123: *(u8 *)(r10 -146) = r2
 1124: *(u8 *)(r10 -145) = r3
 1125: r1 = be64 r1
 1126: *(u64 *)(r10 -144) = r1
 1127: *(u64 *)(r10 -200) = 0
 1128: *(u32 *)(r10 -208) = 0
 1129: r1 = *(u8 *)(r10 -152)
 1130: *(u64 *)(r10 -176) = r1
 1131: r1 = map[pipe_p0f_signatures_count] ll
 1133: r2 = r10
 1134: r2 += -208
 1135: call bpf_map_lookup_elem
 1136: r1 = r0
 1137: if r1 == 0 goto +40
 1138: r1 = *(u32 *)(r1 +0)
 1139: *(u64 *)(r10 -184) = r1
 1140: r2 = *(u32 *)(r10 -208)
 1141: r1 = *(u64 *)(r10 -184)
 1142: if r2 >= r1 goto +35
 1143: r1 = map[pipe_p0f_signatures] ll
 1145: r2 = r10
 1146: r2 += -208
 1147: call bpf_map_lookup_elem
 1148: r9 = r0
 1149: if r9 == 0 goto +28
 1150: r8 = *(u64 *)(r10 -152)
 1151: r1 = *(u64 *)(r9 +32)
 1152: r8 &= r1
 1153: r1 = *(u64 *)(r9 +16)
 1154: r8 ^= r1
 1155: r2 = *(u64 *)(r10 -144)
 1156: r1 = *(u64 *)(r9 +40)
 1157: r2 &= r1
 1158: r1 = *(u64 *)(r9 +24)
 1159: r2 ^= r1
 1160: r8 |= r2
 1161: r4 = *(u64 *)(r10 -176)
 1162: r3 = *(u8 *)(r9 +48)
 1163: r1 = *(u8 *)(r9 +49)
 1164: r2 = r4
 1165: r2 -= r3
 1166: r2 >>= 63
 1167: r8 |= r2
 1168: r1 -= r4
 1169: r1 >>= 63
 1170: r8 |= r1
 1171: if r8 != 0 goto +2
 1172: *(u64 *)(r10 -200) = r9
 1173: goto +4
 1174: r1 = *(u32 *)(r10 -208)
 1175: r1 += 1
 1176: *(u32 *)(r10 -208) = r1
 1177: if r1 < 512 goto -38
 1178: r1 = *(u64 *)(r10 -200)
 1179: if r1 != 0 goto +11
 1180: *(u32 *)(r10 -152) = 0
 1181: r1 = map[pipe_p0f_signatures_default] ll
 1183: r2 = r10
 1184: r2 += -152
 1185: call bpf_map_lookup_elem
 1186: r1 = r0
 1187: if r1 != 0 goto +4
 1188: r2 = 2
 1189: r1 = 0
 1190: goto +4
 1191: r1 = *(u64 *)(r10 -200)
 1192: r2 = *(u32 *)(r1 +0)
 1193: r1 = *(u32 *)(r1 +8)
 1194: r1 = be32 r1
 1195: if r2 == 0 goto +11
 1196: if r2 == 1 goto +2
 1197: if r2 == 2 goto +31
 1198: goto +30
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
      ; write var10, v45
 1199: *(u8 *)(r10 -23) = 1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 1200: *(u32 *)(r10 -152) = 0
 1201: r1 = map[pipe_os_stats] ll
 1203: r2 = r10
 1204: r2 += -152
 1205: call bpf_map_lookup_elem
 1206: goto +7
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 1207: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 1208: *(u32 *)(r10 -152) = r1
 1209: r1 = map[pipe_os_stats] ll
 1211: r2 = r10
 1212: r2 += -152
 1213: call bpf_map_lookup_elem
 1214: r3 = r0
 1215: if r3 == 0 goto +13
 1216: r1 = *(u64 *)(r3 +0)
 1217: r1 += 1
 1218: *(u64 *)(r3 +0) = r1
 1219: r2 = *(u64 *)(r3 +8)
 1220: r1 = *(u32 *)(r10 -40)
 1221: r2 += r1
 1222: *(u64 *)(r3 +8) = r2
 1223: goto +5
      ; drop
 1224: r2 = *(u32 *)(r10 -36)
 1225: r1 = *(u64 *)(r10 -8)
 1226: *(u32 *)(r1 +8) = r2
 1227: r0 = 2
 1228: exit
      ; epilogue: verdict
 1229: r2 = *(u32 *)(r10 -36)
 1230: r1 = *(u64 *)(r10 -8)
 1231: *(u32 *)(r1 +8) = r2
 1232: r1 = *(u8 *)(r10 -23)
 1233: if r1 != 0 goto +2
 1234: r0 = 0
 1235: exit
 1236: r0 = 2
 1237: exit
