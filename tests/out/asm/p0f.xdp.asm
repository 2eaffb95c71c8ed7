; p0f for xdp: 1276 instructions, stack 240 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
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
   17: r2 = *(u32 *)(r3 +8)
   18: r1 = r2
   19: r1 += 8
   20: if r1 > r6 goto +2
   21: r1 = *(u32 *)(r2 +0)
   22: *(u32 *)(r10 -36) = r1
   23: r1 = r3
   24: call bpf_xdp_get_buff_len
   25: r1 = r0
   26: *(u32 *)(r10 -40) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   27: r3 = *(u64 *)(r10 -16)
   28: if r3 > 16383 goto +1201
   29: r2 = r6
   30: r2 += r3
   31: r1 = r2
   32: r1 += 14
   33: if r1 <= r7 goto +1
   34: goto +1195
   35: r1 = r3
   36: r1 += 1
   37: *(u32 *)(r10 -104) = r1
   38: r3 += 14
   39: *(u64 *)(r10 -16) = r3
      ; v0: bit<16> = read_field hdr0.etherType
   40: r1 = *(u16 *)(r2 +12)
   41: if r1 != 8 goto +864
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   42: r2 = *(u64 *)(r10 -16)
   43: if r2 > 16383 goto +1186
   44: r3 = r6
   45: r3 += r2
   46: r1 = r3
   47: r1 += 20
   48: if r1 <= r7 goto +1
   49: goto +1180
   50: r1 = r2
   51: r1 += 1
   52: *(u32 *)(r10 -100) = r1
   53: r2 += 20
   54: *(u64 *)(r10 -16) = r2
      ; v1: bit<4> = read_field hdr1.ihl
   55: r1 = *(u8 *)(r3 +0)
   56: r1 &= 15
      ; v2: bit<4> = const 5
      ; v3: bool = ge v1, v2
      ; verify v3, error HeaderTooShort
   57: if r1 < 5 goto +1172
      ; v4: bit<4> = read_field hdr1.ihl
   58: r2 = *(u8 *)(r3 +0)
   59: r2 &= 15
      ; v5: bit<32> = cast v4
      ; v6: bit<32> = const 5
      ; v7: bit<32> = sub v5, v6
   60: r2 -= 5
   61: w2 = w2
      ; v8: bit<32> = const 0x20
      ; v9: bit<32> = mul v7, v8
   62: r2 *= 32
   63: w2 = w2
      ; advance v9
   64: r1 = r2
   65: r1 &= 7
   66: if r1 != 0 goto +1163
   67: r1 = r2
   68: r1 >>= 3
   69: r2 = *(u64 *)(r10 -16)
   70: r2 += r1
   71: if r2 > 16383 goto +1158
   72: r1 = r6
   73: r1 += r2
   74: if r1 <= r7 goto +1
   75: goto +1154
   76: *(u64 *)(r10 -16) = r2
      ; v10: bit<13> = read_field hdr1.fragOffset
   77: r2 = *(u16 *)(r3 +6)
   78: r2 &= 65311
      ; v11: bit<8> = read_field hdr1.protocol
   79: r1 = *(u8 *)(r3 +9)
   80: if r2 != 0 goto +825
   81: if r1 != 6 goto +824
      ; prs: block3 (parse_tcp)
      ; extract hdr2
   82: r3 = *(u64 *)(r10 -16)
   83: if r3 > 16383 goto +1146
   84: r2 = r6
   85: r2 += r3
   86: r1 = r2
   87: r1 += 20
   88: if r1 <= r7 goto +1
   89: goto +1140
   90: r1 = r3
   91: r1 += 1
   92: *(u32 *)(r10 -96) = r1
   93: r3 += 20
   94: *(u64 *)(r10 -16) = r3
      ; v12: bit<4> = read_field hdr2.dataOffset
   95: r1 = *(u8 *)(r2 +12)
   96: r1 >>= 4
   97: r1 &= 15
      ; v13: bit<4> = const 5
      ; v14: bool = ge v12, v13
      ; verify v14, error HeaderTooShort
   98: if r1 < 5 goto +1131
      ; v15: bit<4> = read_field hdr2.dataOffset
   99: r1 = *(u8 *)(r2 +12)
  100: r1 >>= 4
  101: r1 &= 15
      ; v16: bit<16> = cast v15
      ; v17: bit<16> = const 5
      ; v18: bit<16> = sub v16, v17
  102: r1 -= 5
  103: r1 &= 65535
      ; v19: bit<16> = const 4
      ; v20: bit<16> = mul v18, v19
  104: r1 *= 4
  105: r1 &= 65535
      ; write var2, v20
  106: *(u16 *)(r10 -28) = r1
      ; v21: bit<8> = read_field hdr2.flags
  107: r1 = *(u8 *)(r2 +13)
  108: r1 &= 18
  109: if r1 != 2 goto +796
      ; prs: block4 (next_option)
      ; v22: bit<16> = read var2
  110: r2 = *(u16 *)(r10 -28)
      ; v23: bit<8> = read var3
  111: r1 = *(u8 *)(r10 -24)
  112: if r2 == 0 goto +793
  113: if r1 == 8 goto +792
      ; prs: block5 (parse_option)
      ; extract hdr3
  114: r3 = *(u64 *)(r10 -16)
  115: if r3 > 16383 goto +1114
  116: r2 = r6
  117: r2 += r3
  118: r1 = r2
  119: r1 += 1
  120: if r1 <= r7 goto +1
  121: goto +1108
  122: r1 = r3
  123: r1 += 1
  124: *(u32 *)(r10 -92) = r1
  125: r3 += 1
  126: *(u64 *)(r10 -16) = r3
      ; v24: bit<8> = read var3
  127: r1 = *(u8 *)(r10 -24)
      ; v25: bit<8> = const 1
      ; v26: bit<8> = add v24, v25
  128: r1 += 1
  129: r1 &= 255
      ; write var3, v26
  130: *(u8 *)(r10 -24) = r1
      ; v27: bit<16> = read var2
  131: r1 = *(u16 *)(r10 -28)
      ; v28: bit<16> = const 1
      ; v29: bit<16> = sub v27, v28
  132: r1 -= 1
  133: r1 &= 65535
      ; write var2, v29
  134: *(u16 *)(r10 -28) = r1
      ; v30: bit<8> = read_field hdr3.kind
  135: r1 = *(u8 *)(r2 +0)
  136: if r1 == 0 goto +769
  137: if r1 == 1 goto +71
  138: if r1 == 2 goto +54
  139: if r1 == 3 goto +36
      ; prs: block6 (skip_option.1)
      ; v31: bit<8> = lookahead
  140: r1 = *(u64 *)(r10 -16)
  141: if r1 > 16383 goto +1088
  142: r2 = r6
  143: r2 += r1
  144: r1 = r2
  145: r1 += 1
  146: if r1 <= r7 goto +1
  147: goto +1082
  148: r1 = *(u8 *)(r2 +0)
      ; write var11, v31
  149: *(u8 *)(r10 -22) = r1
      ; v32: bit<8> = read var11
  150: r1 = *(u8 *)(r10 -22)
      ; v33: bit<8> = const 2
      ; v34: bool = ge v32, v33
      ; verify v34, error HeaderTooShort
  151: if r1 < 2 goto +1078
      ; v35: bit<8> = read var11
  152: r2 = *(u8 *)(r10 -22)
      ; v36: bit<32> = cast v35
      ; v37: bit<32> = const 1
      ; v38: bit<32> = sub v36, v37
  153: r2 -= 1
  154: w2 = w2
      ; v39: bit<32> = const 8
      ; v40: bit<32> = mul v38, v39
  155: r2 *= 8
  156: w2 = w2
      ; advance v40
  157: r1 = r2
  158: r1 &= 7
  159: if r1 != 0 goto +1070
  160: r1 = r2
  161: r1 >>= 3
  162: r2 = *(u64 *)(r10 -16)
  163: r2 += r1
  164: if r2 > 16383 goto +1065
  165: r1 = r6
  166: r1 += r2
  167: if r1 <= r7 goto +1
  168: goto +1061
  169: *(u64 *)(r10 -16) = r2
      ; v41: bit<16> = read var2
  170: r1 = *(u16 *)(r10 -28)
      ; v42: bit<8> = read var11
  171: r2 = *(u8 *)(r10 -22)
      ; v43: bit<16> = cast v42
      ; v44: bit<16> = const 1
      ; v45: bit<16> = sub v43, v44
  172: r2 -= 1
  173: r2 &= 65535
      ; v46: bit<16> = sub v41, v45
  174: r1 -= r2
  175: goto +14
      ; prs: block7 (parse_wscale.1)
      ; extract hdr12
  176: r2 = *(u64 *)(r10 -16)
  177: if r2 > 16383 goto +1052
  178: r1 = r6
  179: r1 += r2
  180: r1 += 2
  181: if r1 <= r7 goto +1
  182: goto +1047
  183: r1 = r2
  184: r1 += 1
  185: *(u32 *)(r10 -56) = r1
  186: r2 += 2
  187: *(u64 *)(r10 -16) = r2
      ; v47: bit<16> = read var2
  188: r1 = *(u16 *)(r10 -28)
      ; v48: bit<16> = const 2
      ; v49: bit<16> = sub v47, v48
  189: r1 -= 2
  190: r1 &= 65535
      ; write var2, v49
  191: *(u16 *)(r10 -28) = r1
  192: goto +16
      ; prs: block8 (parse_mss.1)
      ; extract hdr11
  193: r2 = *(u64 *)(r10 -16)
  194: if r2 > 16383 goto +1035
  195: r1 = r6
  196: r1 += r2
  197: r1 += 3
  198: if r1 <= r7 goto +1
  199: goto +1030
  200: r1 = r2
  201: r1 += 1
  202: *(u32 *)(r10 -60) = r1
  203: r2 += 3
  204: *(u64 *)(r10 -16) = r2
      ; v50: bit<16> = read var2
  205: r1 = *(u16 *)(r10 -28)
      ; v51: bit<16> = const 3
      ; v52: bit<16> = sub v50, v51
  206: r1 -= 3
  207: r1 &= 65535
      ; write var2, v52
  208: *(u16 *)(r10 -28) = r1
      ; prs: block9 (next_option.1)
      ; v53: bit<16> = read var2
  209: r2 = *(u16 *)(r10 -28)
      ; v54: bit<8> = read var3
  210: r1 = *(u8 *)(r10 -24)
  211: if r2 == 0 goto +694
  212: if r1 == 8 goto +693
      ; prs: block10 (parse_option.1)
      ; extract hdr4
  213: r3 = *(u64 *)(r10 -16)
  214: if r3 > 16383 goto +1015
  215: r2 = r6
  216: r2 += r3
  217: r1 = r2
  218: r1 += 1
  219: if r1 <= r7 goto +1
  220: goto +1009
  221: r1 = r3
  222: r1 += 1
  223: *(u32 *)(r10 -88) = r1
  224: r3 += 1
  225: *(u64 *)(r10 -16) = r3
      ; v55: bit<8> = read var3
  226: r1 = *(u8 *)(r10 -24)
      ; v56: bit<8> = const 1
      ; v57: bit<8> = add v55, v56
  227: r1 += 1
  228: r1 &= 255
      ; write var3, v57
  229: *(u8 *)(r10 -24) = r1
      ; v58: bit<16> = read var2
  230: r1 = *(u16 *)(r10 -28)
      ; v59: bit<16> = const 1
      ; v60: bit<16> = sub v58, v59
  231: r1 -= 1
  232: r1 &= 65535
      ; write var2, v60
  233: *(u16 *)(r10 -28) = r1
      ; v61: bit<8> = read_field hdr4.kind
  234: r1 = *(u8 *)(r2 +0)
  235: if r1 == 0 goto +670
  236: if r1 == 1 goto +71
  237: if r1 == 2 goto +54
  238: if r1 == 3 goto +36
      ; prs: block11 (skip_option.2)
      ; v62: bit<8> = lookahead
  239: r1 = *(u64 *)(r10 -16)
  240: if r1 > 16383 goto +989
  241: r2 = r6
  242: r2 += r1
  243: r1 = r2
  244: r1 += 1
  245: if r1 <= r7 goto +1
  246: goto +983
  247: r1 = *(u8 *)(r2 +0)
      ; write var11, v62
  248: *(u8 *)(r10 -22) = r1
      ; v63: bit<8> = read var11
  249: r1 = *(u8 *)(r10 -22)
      ; v64: bit<8> = const 2
      ; v65: bool = ge v63, v64
      ; verify v65, error HeaderTooShort
  250: if r1 < 2 goto +979
      ; v66: bit<8> = read var11
  251: r2 = *(u8 *)(r10 -22)
      ; v67: bit<32> = cast v66
      ; v68: bit<32> = const 1
      ; v69: bit<32> = sub v67, v68
  252: r2 -= 1
  253: w2 = w2
      ; v70: bit<32> = const 8
      ; v71: bit<32> = mul v69, v70
  254: r2 *= 8
  255: w2 = w2
      ; advance v71
  256: r1 = r2
  257: r1 &= 7
  258: if r1 != 0 goto +971
  259: r1 = r2
  260: r1 >>= 3
  261: r2 = *(u64 *)(r10 -16)
  262: r2 += r1
  263: if r2 > 16383 goto +966
  264: r1 = r6
  265: r1 += r2
  266: if r1 <= r7 goto +1
  267: goto +962
  268: *(u64 *)(r10 -16) = r2
      ; v72: bit<16> = read var2
  269: r1 = *(u16 *)(r10 -28)
      ; v73: bit<8> = read var11
  270: r2 = *(u8 *)(r10 -22)
      ; v74: bit<16> = cast v73
      ; v75: bit<16> = const 1
      ; v76: bit<16> = sub v74, v75
  271: r2 -= 1
  272: r2 &= 65535
      ; v77: bit<16> = sub v72, v76
  273: r1 -= r2
  274: goto +14
      ; prs: block12 (parse_wscale.2)
      ; extract hdr12
  275: r2 = *(u64 *)(r10 -16)
  276: if r2 > 16383 goto +953
  277: r1 = r6
  278: r1 += r2
  279: r1 += 2
  280: if r1 <= r7 goto +1
  281: goto +948
  282: r1 = r2
  283: r1 += 1
  284: *(u32 *)(r10 -56) = r1
  285: r2 += 2
  286: *(u64 *)(r10 -16) = r2
      ; v78: bit<16> = read var2
  287: r1 = *(u16 *)(r10 -28)
      ; v79: bit<16> = const 2
      ; v80: bit<16> = sub v78, v79
  288: r1 -= 2
  289: r1 &= 65535
      ; write var2, v80
  290: *(u16 *)(r10 -28) = r1
  291: goto +16
      ; prs: block13 (parse_mss.2)
      ; extract hdr11
  292: r2 = *(u64 *)(r10 -16)
  293: if r2 > 16383 goto +936
  294: r1 = r6
  295: r1 += r2
  296: r1 += 3
  297: if r1 <= r7 goto +1
  298: goto +931
  299: r1 = r2
  300: r1 += 1
  301: *(u32 *)(r10 -60) = r1
  302: r2 += 3
  303: *(u64 *)(r10 -16) = r2
      ; v81: bit<16> = read var2
  304: r1 = *(u16 *)(r10 -28)
      ; v82: bit<16> = const 3
      ; v83: bit<16> = sub v81, v82
  305: r1 -= 3
  306: r1 &= 65535
      ; write var2, v83
  307: *(u16 *)(r10 -28) = r1
      ; prs: block14 (next_option.2)
      ; v84: bit<16> = read var2
  308: r2 = *(u16 *)(r10 -28)
      ; v85: bit<8> = read var3
  309: r1 = *(u8 *)(r10 -24)
  310: if r2 == 0 goto +595
  311: if r1 == 8 goto +594
      ; prs: block15 (parse_option.2)
      ; extract hdr5
  312: r3 = *(u64 *)(r10 -16)
  313: if r3 > 16383 goto +916
  314: r2 = r6
  315: r2 += r3
  316: r1 = r2
  317: r1 += 1
  318: if r1 <= r7 goto +1
  319: goto +910
  320: r1 = r3
  321: r1 += 1
  322: *(u32 *)(r10 -84) = r1
  323: r3 += 1
  324: *(u64 *)(r10 -16) = r3
      ; v86: bit<8> = read var3
  325: r1 = *(u8 *)(r10 -24)
      ; v87: bit<8> = const 1
      ; v88: bit<8> = add v86, v87
  326: r1 += 1
  327: r1 &= 255
      ; write var3, v88
  328: *(u8 *)(r10 -24) = r1
      ; v89: bit<16> = read var2
  329: r1 = *(u16 *)(r10 -28)
      ; v90: bit<16> = const 1
      ; v91: bit<16> = sub v89, v90
  330: r1 -= 1
  331: r1 &= 65535
      ; write var2, v91
  332: *(u16 *)(r10 -28) = r1
      ; v92: bit<8> = read_field hdr5.kind
  333: r1 = *(u8 *)(r2 +0)
  334: if r1 == 0 goto +571
  335: if r1 == 1 goto +71
  336: if r1 == 2 goto +54
  337: if r1 == 3 goto +36
      ; prs: block16 (skip_option.3)
      ; v93: bit<8> = lookahead
  338: r1 = *(u64 *)(r10 -16)
  339: if r1 > 16383 goto +890
  340: r2 = r6
  341: r2 += r1
  342: r1 = r2
  343: r1 += 1
  344: if r1 <= r7 goto +1
  345: goto +884
  346: r1 = *(u8 *)(r2 +0)
      ; write var11, v93
  347: *(u8 *)(r10 -22) = r1
      ; v94: bit<8> = read var11
  348: r1 = *(u8 *)(r10 -22)
      ; v95: bit<8> = const 2
      ; v96: bool = ge v94, v95
      ; verify v96, error HeaderTooShort
  349: if r1 < 2 goto +880
      ; v97: bit<8> = read var11
  350: r2 = *(u8 *)(r10 -22)
      ; v98: bit<32> = cast v97
      ; v99: bit<32> = const 1
      ; v100: bit<32> = sub v98, v99
  351: r2 -= 1
  352: w2 = w2
      ; v101: bit<32> = const 8
      ; v102: bit<32> = mul v100, v101
  353: r2 *= 8
  354: w2 = w2
      ; advance v102
  355: r1 = r2
  356: r1 &= 7
  357: if r1 != 0 goto +872
  358: r1 = r2
  359: r1 >>= 3
  360: r2 = *(u64 *)(r10 -16)
  361: r2 += r1
  362: if r2 > 16383 goto +867
  363: r1 = r6
  364: r1 += r2
  365: if r1 <= r7 goto +1
  366: goto +863
  367: *(u64 *)(r10 -16) = r2
      ; v103: bit<16> = read var2
  368: r1 = *(u16 *)(r10 -28)
      ; v104: bit<8> = read var11
  369: r2 = *(u8 *)(r10 -22)
      ; v105: bit<16> = cast v104
      ; v106: bit<16> = const 1
      ; v107: bit<16> = sub v105, v106
  370: r2 -= 1
  371: r2 &= 65535
      ; v108: bit<16> = sub v103, v107
  372: r1 -= r2
  373: goto +14
      ; prs: block17 (parse_wscale.3)
      ; extract hdr12
  374: r2 = *(u64 *)(r10 -16)
  375: if r2 > 16383 goto +854
  376: r1 = r6
  377: r1 += r2
  378: r1 += 2
  379: if r1 <= r7 goto +1
  380: goto +849
  381: r1 = r2
  382: r1 += 1
  383: *(u32 *)(r10 -56) = r1
  384: r2 += 2
  385: *(u64 *)(r10 -16) = r2
      ; v109: bit<16> = read var2
  386: r1 = *(u16 *)(r10 -28)
      ; v110: bit<16> = const 2
      ; v111: bit<16> = sub v109, v110
  387: r1 -= 2
  388: r1 &= 65535
      ; write var2, v111
  389: *(u16 *)(r10 -28) = r1
  390: goto +16
      ; prs: block18 (parse_mss.3)
      ; extract hdr11
  391: r2 = *(u64 *)(r10 -16)
  392: if r2 > 16383 goto +837
  393: r1 = r6
  394: r1 += r2
  395: r1 += 3
  396: if r1 <= r7 goto +1
  397: goto +832
  398: r1 = r2
  399: r1 += 1
  400: *(u32 *)(r10 -60) = r1
  401: r2 += 3
  402: *(u64 *)(r10 -16) = r2
      ; v112: bit<16> = read var2
  403: r1 = *(u16 *)(r10 -28)
      ; v113: bit<16> = const 3
      ; v114: bit<16> = sub v112, v113
  404: r1 -= 3
  405: r1 &= 65535
      ; write var2, v114
  406: *(u16 *)(r10 -28) = r1
      ; prs: block19 (next_option.3)
      ; v115: bit<16> = read var2
  407: r2 = *(u16 *)(r10 -28)
      ; v116: bit<8> = read var3
  408: r1 = *(u8 *)(r10 -24)
  409: if r2 == 0 goto +496
  410: if r1 == 8 goto +495
      ; prs: block20 (parse_option.3)
      ; extract hdr6
  411: r3 = *(u64 *)(r10 -16)
  412: if r3 > 16383 goto +817
  413: r2 = r6
  414: r2 += r3
  415: r1 = r2
  416: r1 += 1
  417: if r1 <= r7 goto +1
  418: goto +811
  419: r1 = r3
  420: r1 += 1
  421: *(u32 *)(r10 -80) = r1
  422: r3 += 1
  423: *(u64 *)(r10 -16) = r3
      ; v117: bit<8> = read var3
  424: r1 = *(u8 *)(r10 -24)
      ; v118: bit<8> = const 1
      ; v119: bit<8> = add v117, v118
  425: r1 += 1
  426: r1 &= 255
      ; write var3, v119
  427: *(u8 *)(r10 -24) = r1
      ; v120: bit<16> = read var2
  428: r1 = *(u16 *)(r10 -28)
      ; v121: bit<16> = const 1
      ; v122: bit<16> = sub v120, v121
  429: r1 -= 1
  430: r1 &= 65535
      ; write var2, v122
  431: *(u16 *)(r10 -28) = r1
      ; v123: bit<8> = read_field hdr6.kind
  432: r1 = *(u8 *)(r2 +0)
  433: if r1 == 0 goto +472
  434: if r1 == 1 goto +71
  435: if r1 == 2 goto +54
  436: if r1 == 3 goto +36
      ; prs: block21 (skip_option.4)
      ; v124: bit<8> = lookahead
  437: r1 = *(u64 *)(r10 -16)
  438: if r1 > 16383 goto +791
  439: r2 = r6
  440: r2 += r1
  441: r1 = r2
  442: r1 += 1
  443: if r1 <= r7 goto +1
  444: goto +785
  445: r1 = *(u8 *)(r2 +0)
      ; write var11, v124
  446: *(u8 *)(r10 -22) = r1
      ; v125: bit<8> = read var11
  447: r1 = *(u8 *)(r10 -22)
      ; v126: bit<8> = const 2
      ; v127: bool = ge v125, v126
      ; verify v127, error HeaderTooShort
  448: if r1 < 2 goto +781
      ; v128: bit<8> = read var11
  449: r2 = *(u8 *)(r10 -22)
      ; v129: bit<32> = cast v128
      ; v130: bit<32> = const 1
      ; v131: bit<32> = sub v129, v130
  450: r2 -= 1
  451: w2 = w2
      ; v132: bit<32> = const 8
      ; v133: bit<32> = mul v131, v132
  452: r2 *= 8
  453: w2 = w2
      ; advance v133
  454: r1 = r2
  455: r1 &= 7
  456: if r1 != 0 goto +773
  457: r1 = r2
  458: r1 >>= 3
  459: r2 = *(u64 *)(r10 -16)
  460: r2 += r1
  461: if r2 > 16383 goto +768
  462: r1 = r6
  463: r1 += r2
  464: if r1 <= r7 goto +1
  465: goto +764
  466: *(u64 *)(r10 -16) = r2
      ; v134: bit<16> = read var2
  467: r1 = *(u16 *)(r10 -28)
      ; v135: bit<8> = read var11
  468: r2 = *(u8 *)(r10 -22)
      ; v136: bit<16> = cast v135
      ; v137: bit<16> = const 1
      ; v138: bit<16> = sub v136, v137
  469: r2 -= 1
  470: r2 &= 65535
      ; v139: bit<16> = sub v134, v138
  471: r1 -= r2
  472: goto +14
      ; prs: block22 (parse_wscale.4)
      ; extract hdr12
  473: r2 = *(u64 *)(r10 -16)
  474: if r2 > 16383 goto +755
  475: r1 = r6
  476: r1 += r2
  477: r1 += 2
  478: if r1 <= r7 goto +1
  479: goto +750
  480: r1 = r2
  481: r1 += 1
  482: *(u32 *)(r10 -56) = r1
  483: r2 += 2
  484: *(u64 *)(r10 -16) = r2
      ; v140: bit<16> = read var2
  485: r1 = *(u16 *)(r10 -28)
      ; v141: bit<16> = const 2
      ; v142: bit<16> = sub v140, v141
  486: r1 -= 2
  487: r1 &= 65535
      ; write var2, v142
  488: *(u16 *)(r10 -28) = r1
  489: goto +16
      ; prs: block23 (parse_mss.4)
      ; extract hdr11
  490: r2 = *(u64 *)(r10 -16)
  491: if r2 > 16383 goto +738
  492: r1 = r6
  493: r1 += r2
  494: r1 += 3
  495: if r1 <= r7 goto +1
  496: goto +733
  497: r1 = r2
  498: r1 += 1
  499: *(u32 *)(r10 -60) = r1
  500: r2 += 3
  501: *(u64 *)(r10 -16) = r2
      ; v143: bit<16> = read var2
  502: r1 = *(u16 *)(r10 -28)
      ; v144: bit<16> = const 3
      ; v145: bit<16> = sub v143, v144
  503: r1 -= 3
  504: r1 &= 65535
      ; write var2, v145
  505: *(u16 *)(r10 -28) = r1
      ; prs: block24 (next_option.4)
      ; v146: bit<16> = read var2
  506: r2 = *(u16 *)(r10 -28)
      ; v147: bit<8> = read var3
  507: r1 = *(u8 *)(r10 -24)
  508: if r2 == 0 goto +397
  509: if r1 == 8 goto +396
      ; prs: block25 (parse_option.4)
      ; extract hdr7
  510: r3 = *(u64 *)(r10 -16)
  511: if r3 > 16383 goto +718
  512: r2 = r6
  513: r2 += r3
  514: r1 = r2
  515: r1 += 1
  516: if r1 <= r7 goto +1
  517: goto +712
  518: r1 = r3
  519: r1 += 1
  520: *(u32 *)(r10 -76) = r1
  521: r3 += 1
  522: *(u64 *)(r10 -16) = r3
      ; v148: bit<8> = read var3
  523: r1 = *(u8 *)(r10 -24)
      ; v149: bit<8> = const 1
      ; v150: bit<8> = add v148, v149
  524: r1 += 1
  525: r1 &= 255
      ; write var3, v150
  526: *(u8 *)(r10 -24) = r1
      ; v151: bit<16> = read var2
  527: r1 = *(u16 *)(r10 -28)
      ; v152: bit<16> = const 1
      ; v153: bit<16> = sub v151, v152
  528: r1 -= 1
  529: r1 &= 65535
      ; write var2, v153
  530: *(u16 *)(r10 -28) = r1
      ; v154: bit<8> = read_field hdr7.kind
  531: r1 = *(u8 *)(r2 +0)
  532: if r1 == 0 goto +373
  533: if r1 == 1 goto +71
  534: if r1 == 2 goto +54
  535: if r1 == 3 goto +36
      ; prs: block26 (skip_option.5)
      ; v155: bit<8> = lookahead
  536: r1 = *(u64 *)(r10 -16)
  537: if r1 > 16383 goto +692
  538: r2 = r6
  539: r2 += r1
  540: r1 = r2
  541: r1 += 1
  542: if r1 <= r7 goto +1
  543: goto +686
  544: r1 = *(u8 *)(r2 +0)
      ; write var11, v155
  545: *(u8 *)(r10 -22) = r1
      ; v156: bit<8> = read var11
  546: r1 = *(u8 *)(r10 -22)
      ; v157: bit<8> = const 2
      ; v158: bool = ge v156, v157
      ; verify v158, error HeaderTooShort
  547: if r1 < 2 goto +682
      ; v159: bit<8> = read var11
  548: r2 = *(u8 *)(r10 -22)
      ; v160: bit<32> = cast v159
      ; v161: bit<32> = const 1
      ; v162: bit<32> = sub v160, v161
  549: r2 -= 1
  550: w2 = w2
      ; v163: bit<32> = const 8
      ; v164: bit<32> = mul v162, v163
  551: r2 *= 8
  552: w2 = w2
      ; advance v164
  553: r1 = r2
  554: r1 &= 7
  555: if r1 != 0 goto +674
  556: r1 = r2
  557: r1 >>= 3
  558: r2 = *(u64 *)(r10 -16)
  559: r2 += r1
  560: if r2 > 16383 goto +669
  561: r1 = r6
  562: r1 += r2
  563: if r1 <= r7 goto +1
  564: goto +665
  565: *(u64 *)(r10 -16) = r2
      ; v165: bit<16> = read var2
  566: r1 = *(u16 *)(r10 -28)
      ; v166: bit<8> = read var11
  567: r2 = *(u8 *)(r10 -22)
      ; v167: bit<16> = cast v166
      ; v168: bit<16> = const 1
      ; v169: bit<16> = sub v167, v168
  568: r2 -= 1
  569: r2 &= 65535
      ; v170: bit<16> = sub v165, v169
  570: r1 -= r2
  571: goto +14
      ; prs: block27 (parse_wscale.5)
      ; extract hdr12
  572: r2 = *(u64 *)(r10 -16)
  573: if r2 > 16383 goto +656
  574: r1 = r6
  575: r1 += r2
  576: r1 += 2
  577: if r1 <= r7 goto +1
  578: goto +651
  579: r1 = r2
  580: r1 += 1
  581: *(u32 *)(r10 -56) = r1
  582: r2 += 2
  583: *(u64 *)(r10 -16) = r2
      ; v171: bit<16> = read var2
  584: r1 = *(u16 *)(r10 -28)
      ; v172: bit<16> = const 2
      ; v173: bit<16> = sub v171, v172
  585: r1 -= 2
  586: r1 &= 65535
      ; write var2, v173
  587: *(u16 *)(r10 -28) = r1
  588: goto +16
      ; prs: block28 (parse_mss.5)
      ; extract hdr11
  589: r2 = *(u64 *)(r10 -16)
  590: if r2 > 16383 goto +639
  591: r1 = r6
  592: r1 += r2
  593: r1 += 3
  594: if r1 <= r7 goto +1
  595: goto +634
  596: r1 = r2
  597: r1 += 1
  598: *(u32 *)(r10 -60) = r1
  599: r2 += 3
  600: *(u64 *)(r10 -16) = r2
      ; v174: bit<16> = read var2
  601: r1 = *(u16 *)(r10 -28)
      ; v175: bit<16> = const 3
      ; v176: bit<16> = sub v174, v175
  602: r1 -= 3
  603: r1 &= 65535
      ; write var2, v176
  604: *(u16 *)(r10 -28) = r1
      ; prs: block29 (next_option.5)
      ; v177: bit<16> = read var2
  605: r2 = *(u16 *)(r10 -28)
      ; v178: bit<8> = read var3
  606: r1 = *(u8 *)(r10 -24)
  607: if r2 == 0 goto +298
  608: if r1 == 8 goto +297
      ; prs: block30 (parse_option.5)
      ; extract hdr8
  609: r3 = *(u64 *)(r10 -16)
  610: if r3 > 16383 goto +619
  611: r2 = r6
  612: r2 += r3
  613: r1 = r2
  614: r1 += 1
  615: if r1 <= r7 goto +1
  616: goto +613
  617: r1 = r3
  618: r1 += 1
  619: *(u32 *)(r10 -72) = r1
  620: r3 += 1
  621: *(u64 *)(r10 -16) = r3
      ; v179: bit<8> = read var3
  622: r1 = *(u8 *)(r10 -24)
      ; v180: bit<8> = const 1
      ; v181: bit<8> = add v179, v180
  623: r1 += 1
  624: r1 &= 255
      ; write var3, v181
  625: *(u8 *)(r10 -24) = r1
      ; v182: bit<16> = read var2
  626: r1 = *(u16 *)(r10 -28)
      ; v183: bit<16> = const 1
      ; v184: bit<16> = sub v182, v183
  627: r1 -= 1
  628: r1 &= 65535
      ; write var2, v184
  629: *(u16 *)(r10 -28) = r1
      ; v185: bit<8> = read_field hdr8.kind
  630: r1 = *(u8 *)(r2 +0)
  631: if r1 == 0 goto +274
  632: if r1 == 1 goto +71
  633: if r1 == 2 goto +54
  634: if r1 == 3 goto +36
      ; prs: block31 (skip_option.6)
      ; v186: bit<8> = lookahead
  635: r1 = *(u64 *)(r10 -16)
  636: if r1 > 16383 goto +593
  637: r2 = r6
  638: r2 += r1
  639: r1 = r2
  640: r1 += 1
  641: if r1 <= r7 goto +1
  642: goto +587
  643: r1 = *(u8 *)(r2 +0)
      ; write var11, v186
  644: *(u8 *)(r10 -22) = r1
      ; v187: bit<8> = read var11
  645: r1 = *(u8 *)(r10 -22)
      ; v188: bit<8> = const 2
      ; v189: bool = ge v187, v188
      ; verify v189, error HeaderTooShort
  646: if r1 < 2 goto +583
      ; v190: bit<8> = read var11
  647: r2 = *(u8 *)(r10 -22)
      ; v191: bit<32> = cast v190
      ; v192: bit<32> = const 1
      ; v193: bit<32> = sub v191, v192
  648: r2 -= 1
  649: w2 = w2
      ; v194: bit<32> = const 8
      ; v195: bit<32> = mul v193, v194
  650: r2 *= 8
  651: w2 = w2
      ; advance v195
  652: r1 = r2
  653: r1 &= 7
  654: if r1 != 0 goto +575
  655: r1 = r2
  656: r1 >>= 3
  657: r2 = *(u64 *)(r10 -16)
  658: r2 += r1
  659: if r2 > 16383 goto +570
  660: r1 = r6
  661: r1 += r2
  662: if r1 <= r7 goto +1
  663: goto +566
  664: *(u64 *)(r10 -16) = r2
      ; v196: bit<16> = read var2
  665: r1 = *(u16 *)(r10 -28)
      ; v197: bit<8> = read var11
  666: r2 = *(u8 *)(r10 -22)
      ; v198: bit<16> = cast v197
      ; v199: bit<16> = const 1
      ; v200: bit<16> = sub v198, v199
  667: r2 -= 1
  668: r2 &= 65535
      ; v201: bit<16> = sub v196, v200
  669: r1 -= r2
  670: goto +14
      ; prs: block32 (parse_wscale.6)
      ; extract hdr12
  671: r2 = *(u64 *)(r10 -16)
  672: if r2 > 16383 goto +557
  673: r1 = r6
  674: r1 += r2
  675: r1 += 2
  676: if r1 <= r7 goto +1
  677: goto +552
  678: r1 = r2
  679: r1 += 1
  680: *(u32 *)(r10 -56) = r1
  681: r2 += 2
  682: *(u64 *)(r10 -16) = r2
      ; v202: bit<16> = read var2
  683: r1 = *(u16 *)(r10 -28)
      ; v203: bit<16> = const 2
      ; v204: bit<16> = sub v202, v203
  684: r1 -= 2
  685: r1 &= 65535
      ; write var2, v204
  686: *(u16 *)(r10 -28) = r1
  687: goto +16
      ; prs: block33 (parse_mss.6)
      ; extract hdr11
  688: r2 = *(u64 *)(r10 -16)
  689: if r2 > 16383 goto +540
  690: r1 = r6
  691: r1 += r2
  692: r1 += 3
  693: if r1 <= r7 goto +1
  694: goto +535
  695: r1 = r2
  696: r1 += 1
  697: *(u32 *)(r10 -60) = r1
  698: r2 += 3
  699: *(u64 *)(r10 -16) = r2
      ; v205: bit<16> = read var2
  700: r1 = *(u16 *)(r10 -28)
      ; v206: bit<16> = const 3
      ; v207: bit<16> = sub v205, v206
  701: r1 -= 3
  702: r1 &= 65535
      ; write var2, v207
  703: *(u16 *)(r10 -28) = r1
      ; prs: block34 (next_option.6)
      ; v208: bit<16> = read var2
  704: r2 = *(u16 *)(r10 -28)
      ; v209: bit<8> = read var3
  705: r1 = *(u8 *)(r10 -24)
  706: if r2 == 0 goto +199
  707: if r1 == 8 goto +198
      ; prs: block35 (parse_option.6)
      ; extract hdr9
  708: r3 = *(u64 *)(r10 -16)
  709: if r3 > 16383 goto +520
  710: r2 = r6
  711: r2 += r3
  712: r1 = r2
  713: r1 += 1
  714: if r1 <= r7 goto +1
  715: goto +514
  716: r1 = r3
  717: r1 += 1
  718: *(u32 *)(r10 -68) = r1
  719: r3 += 1
  720: *(u64 *)(r10 -16) = r3
      ; v210: bit<8> = read var3
  721: r1 = *(u8 *)(r10 -24)
      ; v211: bit<8> = const 1
      ; v212: bit<8> = add v210, v211
  722: r1 += 1
  723: r1 &= 255
      ; write var3, v212
  724: *(u8 *)(r10 -24) = r1
      ; v213: bit<16> = read var2
  725: r1 = *(u16 *)(r10 -28)
      ; v214: bit<16> = const 1
      ; v215: bit<16> = sub v213, v214
  726: r1 -= 1
  727: r1 &= 65535
      ; write var2, v215
  728: *(u16 *)(r10 -28) = r1
      ; v216: bit<8> = read_field hdr9.kind
  729: r1 = *(u8 *)(r2 +0)
  730: if r1 == 0 goto +175
  731: if r1 == 1 goto +71
  732: if r1 == 2 goto +54
  733: if r1 == 3 goto +36
      ; prs: block36 (skip_option.7)
      ; v217: bit<8> = lookahead
  734: r1 = *(u64 *)(r10 -16)
  735: if r1 > 16383 goto +494
  736: r2 = r6
  737: r2 += r1
  738: r1 = r2
  739: r1 += 1
  740: if r1 <= r7 goto +1
  741: goto +488
  742: r1 = *(u8 *)(r2 +0)
      ; write var11, v217
  743: *(u8 *)(r10 -22) = r1
      ; v218: bit<8> = read var11
  744: r1 = *(u8 *)(r10 -22)
      ; v219: bit<8> = const 2
      ; v220: bool = ge v218, v219
      ; verify v220, error HeaderTooShort
  745: if r1 < 2 goto +484
      ; v221: bit<8> = read var11
  746: r2 = *(u8 *)(r10 -22)
      ; v222: bit<32> = cast v221
      ; v223: bit<32> = const 1
      ; v224: bit<32> = sub v222, v223
  747: r2 -= 1
  748: w2 = w2
      ; v225: bit<32> = const 8
      ; v226: bit<32> = mul v224, v225
  749: r2 *= 8
  750: w2 = w2
      ; advance v226
  751: r1 = r2
  752: r1 &= 7
  753: if r1 != 0 goto +476
  754: r1 = r2
  755: r1 >>= 3
  756: r2 = *(u64 *)(r10 -16)
  757: r2 += r1
  758: if r2 > 16383 goto +471
  759: r1 = r6
  760: r1 += r2
  761: if r1 <= r7 goto +1
  762: goto +467
  763: *(u64 *)(r10 -16) = r2
      ; v227: bit<16> = read var2
  764: r1 = *(u16 *)(r10 -28)
      ; v228: bit<8> = read var11
  765: r2 = *(u8 *)(r10 -22)
      ; v229: bit<16> = cast v228
      ; v230: bit<16> = const 1
      ; v231: bit<16> = sub v229, v230
  766: r2 -= 1
  767: r2 &= 65535
      ; v232: bit<16> = sub v227, v231
  768: r1 -= r2
  769: goto +14
      ; prs: block37 (parse_wscale.7)
      ; extract hdr12
  770: r2 = *(u64 *)(r10 -16)
  771: if r2 > 16383 goto +458
  772: r1 = r6
  773: r1 += r2
  774: r1 += 2
  775: if r1 <= r7 goto +1
  776: goto +453
  777: r1 = r2
  778: r1 += 1
  779: *(u32 *)(r10 -56) = r1
  780: r2 += 2
  781: *(u64 *)(r10 -16) = r2
      ; v233: bit<16> = read var2
  782: r1 = *(u16 *)(r10 -28)
      ; v234: bit<16> = const 2
      ; v235: bit<16> = sub v233, v234
  783: r1 -= 2
  784: r1 &= 65535
      ; write var2, v235
  785: *(u16 *)(r10 -28) = r1
  786: goto +16
      ; prs: block38 (parse_mss.7)
      ; extract hdr11
  787: r2 = *(u64 *)(r10 -16)
  788: if r2 > 16383 goto +441
  789: r1 = r6
  790: r1 += r2
  791: r1 += 3
  792: if r1 <= r7 goto +1
  793: goto +436
  794: r1 = r2
  795: r1 += 1
  796: *(u32 *)(r10 -60) = r1
  797: r2 += 3
  798: *(u64 *)(r10 -16) = r2
      ; v236: bit<16> = read var2
  799: r1 = *(u16 *)(r10 -28)
      ; v237: bit<16> = const 3
      ; v238: bit<16> = sub v236, v237
  800: r1 -= 3
  801: r1 &= 65535
      ; write var2, v238
  802: *(u16 *)(r10 -28) = r1
      ; prs: block39 (next_option.7)
      ; v239: bit<16> = read var2
  803: r2 = *(u16 *)(r10 -28)
      ; v240: bit<8> = read var3
  804: r1 = *(u8 *)(r10 -24)
  805: if r2 == 0 goto +100
  806: if r1 == 8 goto +99
      ; prs: block40 (parse_option.7)
      ; extract hdr10
  807: r3 = *(u64 *)(r10 -16)
  808: if r3 > 16383 goto +421
  809: r2 = r6
  810: r2 += r3
  811: r1 = r2
  812: r1 += 1
  813: if r1 <= r7 goto +1
  814: goto +415
  815: r1 = r3
  816: r1 += 1
  817: *(u32 *)(r10 -64) = r1
  818: r3 += 1
  819: *(u64 *)(r10 -16) = r3
      ; v241: bit<8> = read var3
  820: r1 = *(u8 *)(r10 -24)
      ; v242: bit<8> = const 1
      ; v243: bit<8> = add v241, v242
  821: r1 += 1
  822: r1 &= 255
      ; write var3, v243
  823: *(u8 *)(r10 -24) = r1
      ; v244: bit<16> = read var2
  824: r1 = *(u16 *)(r10 -28)
      ; v245: bit<16> = const 1
      ; v246: bit<16> = sub v244, v245
  825: r1 -= 1
  826: r1 &= 65535
      ; write var2, v246
  827: *(u16 *)(r10 -28) = r1
      ; v247: bit<8> = read_field hdr10.kind
  828: r1 = *(u8 *)(r2 +0)
  829: if r1 == 0 goto +76
  830: if r1 == 1 goto +71
  831: if r1 == 2 goto +54
  832: if r1 == 3 goto +36
      ; prs: block41 (skip_option.8)
      ; v248: bit<8> = lookahead
  833: r1 = *(u64 *)(r10 -16)
  834: if r1 > 16383 goto +395
  835: r2 = r6
  836: r2 += r1
  837: r1 = r2
  838: r1 += 1
  839: if r1 <= r7 goto +1
  840: goto +389
  841: r1 = *(u8 *)(r2 +0)
      ; write var11, v248
  842: *(u8 *)(r10 -22) = r1
      ; v249: bit<8> = read var11
  843: r1 = *(u8 *)(r10 -22)
      ; v250: bit<8> = const 2
      ; v251: bool = ge v249, v250
      ; verify v251, error HeaderTooShort
  844: if r1 < 2 goto +385
      ; v252: bit<8> = read var11
  845: r2 = *(u8 *)(r10 -22)
      ; v253: bit<32> = cast v252
      ; v254: bit<32> = const 1
      ; v255: bit<32> = sub v253, v254
  846: r2 -= 1
  847: w2 = w2
      ; v256: bit<32> = const 8
      ; v257: bit<32> = mul v255, v256
  848: r2 *= 8
  849: w2 = w2
      ; advance v257
  850: r1 = r2
  851: r1 &= 7
  852: if r1 != 0 goto +377
  853: r1 = r2
  854: r1 >>= 3
  855: r2 = *(u64 *)(r10 -16)
  856: r2 += r1
  857: if r2 > 16383 goto +372
  858: r1 = r6
  859: r1 += r2
  860: if r1 <= r7 goto +1
  861: goto +368
  862: *(u64 *)(r10 -16) = r2
      ; v258: bit<16> = read var2
  863: r1 = *(u16 *)(r10 -28)
      ; v259: bit<8> = read var11
  864: r2 = *(u8 *)(r10 -22)
      ; v260: bit<16> = cast v259
      ; v261: bit<16> = const 1
      ; v262: bit<16> = sub v260, v261
  865: r2 -= 1
  866: r2 &= 65535
      ; v263: bit<16> = sub v258, v262
  867: r1 -= r2
  868: goto +14
      ; prs: block42 (parse_wscale.8)
      ; extract hdr12
  869: r2 = *(u64 *)(r10 -16)
  870: if r2 > 16383 goto +359
  871: r1 = r6
  872: r1 += r2
  873: r1 += 2
  874: if r1 <= r7 goto +1
  875: goto +354
  876: r1 = r2
  877: r1 += 1
  878: *(u32 *)(r10 -56) = r1
  879: r2 += 2
  880: *(u64 *)(r10 -16) = r2
      ; v264: bit<16> = read var2
  881: r1 = *(u16 *)(r10 -28)
      ; v265: bit<16> = const 2
      ; v266: bit<16> = sub v264, v265
  882: r1 -= 2
  883: r1 &= 65535
      ; write var2, v266
  884: *(u16 *)(r10 -28) = r1
  885: goto +16
      ; prs: block43 (parse_mss.8)
      ; extract hdr11
  886: r2 = *(u64 *)(r10 -16)
  887: if r2 > 16383 goto +342
  888: r1 = r6
  889: r1 += r2
  890: r1 += 3
  891: if r1 <= r7 goto +1
  892: goto +337
  893: r1 = r2
  894: r1 += 1
  895: *(u32 *)(r10 -60) = r1
  896: r2 += 3
  897: *(u64 *)(r10 -16) = r2
      ; v267: bit<16> = read var2
  898: r1 = *(u16 *)(r10 -28)
      ; v268: bit<16> = const 3
      ; v269: bit<16> = sub v267, v268
  899: r1 -= 3
  900: r1 &= 65535
      ; write var2, v269
  901: *(u16 *)(r10 -28) = r1
      ; prs: block44 (next_option.8)
      ; v270: bit<16> = read var2
  902: r2 = *(u16 *)(r10 -28)
      ; v271: bit<8> = read var3
  903: r1 = *(u8 *)(r10 -24)
  904: if r2 == 0 goto +1
  905: if r1 != 8 goto +324
      ; prs: block45 (parse_option.8)
      ; v0: bool = is_valid hdr2
  906: r2 = *(u32 *)(r10 -96)
      ; v1: bool = not v0
      ; v2: bit<8> = read_field hdr2.flags
  907: r1 = *(u32 *)(r10 -96)
  908: if r1 == 0 goto +7
  909: r1 -= 1
  910: if r1 > 16383 goto +5
  911: r4 = r6
  912: r4 += r1
  913: r1 = r4
  914: r1 += 20
  915: if r1 <= r7 goto +1
  916: r4 = 0
  917: r1 = 0
  918: if r4 == 0 goto +1
  919: r1 = *(u8 *)(r4 +13)
      ; v3: bit<8> = const 0x12
      ; v4: bit<8> = and v2, v3
  920: r1 &= 18
      ; v5: bit<8> = const 2
      ; v6: bool = ne v4, v5
      ; v7: bool = logical_or v1, v6
  921: if r2 == 0 goto +329
  922: if r1 != 2 goto +328
      ; v8: bit<16> = read_field hdr11.mss
  923: r1 = *(u32 *)(r10 -60)
  924: if r1 == 0 goto +7
  925: r1 -= 1
  926: if r1 > 16383 goto +5
  927: r3 = r6
  928: r3 += r1
  929: r1 = r3
  930: r1 += 3
  931: if r1 <= r7 goto +1
  932: r3 = 0
  933: r9 = 0
  934: if r3 == 0 goto +1
  935: r9 = *(u16 *)(r3 +1)
      ; v9: bit<16> = const 0
      ; v10: bool = ne v8, v9
      ; v11: bit<16> = read_field hdr2.window
  936: r8 = 0
  937: if r4 == 0 goto +1
  938: r8 = *(u16 *)(r4 +14)
  939: r8 = be16 r8
      ; v12: bit<16> = read_field hdr11.mss
  940: r2 = 0
  941: if r3 == 0 goto +1
  942: r2 = *(u16 *)(r3 +1)
  943: r2 = be16 r2
      ; v13: bit<16> = mod v11, v12
  944: r1 = 0
  945: if r2 == 0 goto +2
  946: r1 = r8
  947: r1 %= r2
      ; v14: bit<16> = const 0
      ; v15: bool = eq v13, v14
      ; v16: bool = logical_and v10, v15
  948: if r9 == 0 goto +14
  949: if r1 != 0 goto +13
      ; v17: bit<16> = read_field hdr2.window
  950: r8 = 0
  951: if r4 == 0 goto +1
  952: r8 = *(u16 *)(r4 +14)
  953: r8 = be16 r8
      ; v18: bit<16> = read_field hdr11.mss
  954: r2 = 0
  955: if r3 == 0 goto +1
  956: r2 = *(u16 *)(r3 +1)
  957: r2 = be16 r2
      ; v19: bit<16> = div v17, v18
  958: r1 = 0
  959: if r2 == 0 goto +2
  960: r1 = r8
  961: r1 /= r2
      ; write var4, v19
  962: *(u16 *)(r10 -26) = r1
      ; v20: bit<8> = read_field hdr3.kind
  963: r1 = *(u32 *)(r10 -92)
  964: if r1 == 0 goto +7
  965: r1 -= 1
  966: if r1 > 16383 goto +5
  967: r2 = r6
  968: r2 += r1
  969: r1 = r2
  970: r1 += 1
  971: if r1 <= r7 goto +1
  972: r2 = 0
  973: r8 = 0
  974: if r2 == 0 goto +1
  975: r8 = *(u8 *)(r2 +0)
      ; v21: bit<8> = read_field hdr4.kind
  976: r1 = *(u32 *)(r10 -88)
  977: if r1 == 0 goto +7
  978: r1 -= 1
  979: if r1 > 16383 goto +5
  980: r2 = r6
  981: r2 += r1
  982: r1 = r2
  983: r1 += 1
  984: if r1 <= r7 goto +1
  985: r2 = 0
  986: r1 = 0
  987: if r2 == 0 goto +1
  988: r1 = *(u8 *)(r2 +0)
      ; v22: bit<16> = concat v20, v21
  989: r8 <<= 8
  990: r8 |= r1
      ; v23: bit<8> = read_field hdr5.kind
  991: r1 = *(u32 *)(r10 -84)
  992: if r1 == 0 goto +7
  993: r1 -= 1
  994: if r1 > 16383 goto +5
  995: r2 = r6
  996: r2 += r1
  997: r1 = r2
  998: r1 += 1
  999: if r1 <= r7 goto +1
 1000: r2 = 0
 1001: r1 = 0
 1002: if r2 == 0 goto +1
 1003: r1 = *(u8 *)(r2 +0)
      ; v24: bit<24> = concat v22, v23
 1004: r8 <<= 8
 1005: r8 |= r1
      ; v25: bit<8> = read_field hdr6.kind
 1006: r1 = *(u32 *)(r10 -80)
 1007: if r1 == 0 goto +7
 1008: r1 -= 1
 1009: if r1 > 16383 goto +5
 1010: r2 = r6
 1011: r2 += r1
 1012: r1 = r2
 1013: r1 += 1
 1014: if r1 <= r7 goto +1
 1015: r2 = 0
 1016: r1 = 0
 1017: if r2 == 0 goto +1
 1018: r1 = *(u8 *)(r2 +0)
      ; v26: bit<32> = concat v24, v25
 1019: r9 = r8
 1020: r9 <<= 8
 1021: r9 |= r1
      ; v27: bit<8> = read_field hdr7.kind
 1022: r1 = *(u32 *)(r10 -76)
 1023: if r1 == 0 goto +7
 1024: r1 -= 1
 1025: if r1 > 16383 goto +5
 1026: r2 = r6
 1027: r2 += r1
 1028: r1 = r2
 1029: r1 += 1
 1030: if r1 <= r7 goto +1
 1031: r2 = 0
 1032: r1 = 0
 1033: if r2 == 0 goto +1
 1034: r1 = *(u8 *)(r2 +0)
      ; v28: bit<40> = concat v26, v27
 1035: r9 <<= 8
 1036: r9 |= r1
      ; v29: bit<8> = read_field hdr8.kind
 1037: r1 = *(u32 *)(r10 -72)
 1038: if r1 == 0 goto +7
 1039: r1 -= 1
 1040: if r1 > 16383 goto +5
 1041: r2 = r6
 1042: r2 += r1
 1043: r1 = r2
 1044: r1 += 1
 1045: if r1 <= r7 goto +1
 1046: r2 = 0
 1047: r1 = 0
 1048: if r2 == 0 goto +1
 1049: r1 = *(u8 *)(r2 +0)
      ; v30: bit<48> = concat v28, v29
 1050: r9 <<= 8
 1051: r9 |= r1
      ; v31: bit<8> = read_field hdr9.kind
 1052: r1 = *(u32 *)(r10 -68)
 1053: if r1 == 0 goto +7
 1054: r1 -= 1
 1055: if r1 > 16383 goto +5
 1056: r8 = r6
 1057: r8 += r1
 1058: r1 = r8
 1059: r1 += 1
 1060: if r1 <= r7 goto +1
 1061: r8 = 0
 1062: r2 = 0
 1063: if r8 == 0 goto +1
 1064: r2 = *(u8 *)(r8 +0)
      ; v32: bit<56> = concat v30, v31
 1065: r1 = r9
 1066: r1 <<= 8
 1067: r1 |= r2
      ; v33: bit<8> = read_field hdr10.kind
 1068: r2 = *(u32 *)(r10 -64)
 1069: if r2 == 0 goto +7
 1070: r2 -= 1
 1071: if r2 > 16383 goto +5
 1072: r8 = r6
 1073: r8 += r2
 1074: r2 = r8
 1075: r2 += 1
 1076: if r2 <= r7 goto +1
 1077: r8 = 0
 1078: r2 = 0
 1079: if r8 == 0 goto +1
 1080: r2 = *(u8 *)(r8 +0)
      ; v34: bit<64> = concat v32, v33
 1081: r1 <<= 8
 1082: r1 |= r2
      ; write var5, v34
 1083: *(u64 *)(r10 -112) = r1
      ; v35: bit<8> = read_field hdr1.ttl
 1084: r1 = *(u32 *)(r10 -100)
 1085: if r1 == 0 goto +7
 1086: r1 -= 1
 1087: if r1 > 16383 goto +5
 1088: r2 = r6
 1089: r2 += r1
 1090: r1 = r2
 1091: r1 += 20
 1092: if r1 <= r7 goto +1
 1093: r2 = 0
 1094: r9 = 0
 1095: if r2 == 0 goto +1
 1096: r9 = *(u8 *)(r2 +8)
      ; v36: bit<16> = read_field hdr2.window
 1097: r2 = 0
 1098: if r4 == 0 goto +1
 1099: r2 = *(u16 *)(r4 +14)
      ; v37: bit<16> = read var4
 1100: r8 = *(u16 *)(r10 -26)
      ; v38: bit<16> = read_field hdr11.mss
 1101: r4 = 0
 1102: if r3 == 0 goto +1
 1103: r4 = *(u16 *)(r3 +1)
      ; v39: bit<8> = read_field hdr12.shift
 1104: r3 = *(u32 *)(r10 -56)
 1105: if r3 == 0 goto +7
 1106: r3 -= 1
 1107: if r3 > 16383 goto +5
 1108: r1 = r6
 1109: r1 += r3
 1110: r3 = r1
 1111: r3 += 2
 1112: if r3 <= r7 goto +1
 1113: r1 = 0
 1114: r3 = 0
 1115: if r1 == 0 goto +1
 1116: r3 = *(u8 *)(r1 +1)
      ; v40: bit<64> = read var5
 1117: r1 = *(u64 *)(r10 -112)
      ; v41, v42, [v43] = apply table0(v35, v36, v37, v38, v39, v40)
 1118: *(u8 *)(r10 -152) = r9
 1119: *(u8 *)(r10 -151) = r2
 1120: r2 >>= 8
 1121: *(u8 *)(r10 -150) = r2
 1122: r2 = r8
 1123: *(u8 *)(r10 -148) = r2
 1124: r2 >>= 8
 1125: *(u8 *)(r10 -149) = r2
 1126: r2 = r4
 1127: *(u8 *)(r10 -147) = r2
 1128: r2 >>= 8
 1129: *(u8 *)(r10 -146) = r2
 1130: *(u8 *)(r10 -145) = r3
 1131: r1 = be64 r1
 1132: *(u64 *)(r10 -144) = r1
 1133: *(u64 *)(r10 -200) = 0
 1134: *(u32 *)(r10 -208) = 0
 1135: r1 = *(u8 *)(r10 -152)
 1136: *(u64 *)(r10 -176) = r1
 1137: r1 = map[pipe_p0f_signatures_count] ll
 1139: r2 = r10
 1140: r2 += -208
 1141: call bpf_map_lookup_elem
 1142: r1 = r0
 1143: if r1 == 0 goto +40
 1144: r1 = *(u32 *)(r1 +0)
 1145: *(u64 *)(r10 -184) = r1
 1146: r2 = *(u32 *)(r10 -208)
 1147: r1 = *(u64 *)(r10 -184)
 1148: if r2 >= r1 goto +35
 1149: r1 = map[pipe_p0f_signatures] ll
 1151: r2 = r10
 1152: r2 += -208
 1153: call bpf_map_lookup_elem
 1154: r9 = r0
 1155: if r9 == 0 goto +28
 1156: r8 = *(u64 *)(r10 -152)
 1157: r1 = *(u64 *)(r9 +32)
 1158: r8 &= r1
 1159: r1 = *(u64 *)(r9 +16)
 1160: r8 ^= r1
 1161: r2 = *(u64 *)(r10 -144)
 1162: r1 = *(u64 *)(r9 +40)
 1163: r2 &= r1
 1164: r1 = *(u64 *)(r9 +24)
 1165: r2 ^= r1
 1166: r8 |= r2
 1167: r4 = *(u64 *)(r10 -176)
 1168: r3 = *(u8 *)(r9 +48)
 1169: r1 = *(u8 *)(r9 +49)
 1170: r2 = r4
 1171: r2 -= r3
 1172: r2 >>= 63
 1173: r8 |= r2
 1174: r1 -= r4
 1175: r1 >>= 63
 1176: r8 |= r1
 1177: if r8 != 0 goto +2
 1178: *(u64 *)(r10 -200) = r9
 1179: goto +4
 1180: r1 = *(u32 *)(r10 -208)
 1181: r1 += 1
 1182: *(u32 *)(r10 -208) = r1
 1183: if r1 < 512 goto -38
 1184: r1 = *(u64 *)(r10 -200)
 1185: if r1 != 0 goto +11
 1186: *(u32 *)(r10 -152) = 0
 1187: r1 = map[pipe_p0f_signatures_default] ll
 1189: r2 = r10
 1190: r2 += -152
 1191: call bpf_map_lookup_elem
 1192: r1 = r0
 1193: if r1 != 0 goto +4
 1194: r2 = 2
 1195: r1 = 0
 1196: goto +4
 1197: r1 = *(u64 *)(r10 -200)
 1198: r2 = *(u32 *)(r1 +0)
 1199: r1 = *(u32 *)(r1 +8)
 1200: r1 = be32 r1
 1201: if r2 == 0 goto +11
 1202: if r2 == 1 goto +2
 1203: if r2 == 2 goto +47
 1204: goto +46
      ; pipe: block6 (NoAction)
      ; pipe: block8 (pipe.block_syn)
      ; v45: bit<8> = const 1
      ; write var10, v45
 1205: *(u8 *)(r10 -23) = 1
      ; v46: bit<32> = const 0
      ; v47: bit<32> = const 1
      ; count counter0[v46] += v47
 1206: *(u32 *)(r10 -152) = 0
 1207: r1 = map[pipe_os_stats] ll
 1209: r2 = r10
 1210: r2 += -152
 1211: call bpf_map_lookup_elem
 1212: goto +7
      ; pipe: block10 (pipe.label_os)
      ; write var8, v43
 1213: *(u32 *)(r10 -36) = r1
      ; v44: bit<32> = const 1
      ; count counter0[v43] += v44
 1214: *(u32 *)(r10 -152) = r1
 1215: r1 = map[pipe_os_stats] ll
 1217: r2 = r10
 1218: r2 += -152
 1219: call bpf_map_lookup_elem
 1220: r3 = r0
 1221: if r3 == 0 goto +29
 1222: r1 = *(u64 *)(r3 +0)
 1223: r1 += 1
 1224: *(u64 *)(r3 +0) = r1
 1225: r2 = *(u64 *)(r3 +8)
 1226: r1 = *(u32 *)(r10 -40)
 1227: r2 += r1
 1228: *(u64 *)(r3 +8) = r2
 1229: goto +21
      ; drop
 1230: r2 = *(u32 *)(r10 -36)
 1231: r1 = *(u32 *)(r10 -32)
 1232: *(u64 *)(r10 -216) = r2
 1233: *(u64 *)(r10 -224) = r1
 1234: r1 = *(u64 *)(r10 -8)
 1235: r2 = 0xfffffffffffffff8 ll
 1237: call bpf_xdp_adjust_meta
 1238: if r0 != 0 goto +10
 1239: r1 = *(u64 *)(r10 -8)
 1240: r3 = *(u32 *)(r1 +8)
 1241: r2 = *(u32 *)(r1 +0)
 1242: r1 = r3
 1243: r1 += 8
 1244: if r1 > r2 goto +4
 1245: r1 = *(u64 *)(r10 -216)
 1246: *(u32 *)(r3 +0) = r1
 1247: r1 = *(u64 *)(r10 -224)
 1248: *(u32 *)(r3 +4) = r1
 1249: r0 = 1
 1250: exit
      ; epilogue: verdict
 1251: r2 = *(u32 *)(r10 -36)
 1252: r1 = *(u32 *)(r10 -32)
 1253: *(u64 *)(r10 -232) = r2
 1254: *(u64 *)(r10 -240) = r1
 1255: r1 = *(u64 *)(r10 -8)
 1256: r2 = 0xfffffffffffffff8 ll
 1258: call bpf_xdp_adjust_meta
 1259: if r0 != 0 goto +10
 1260: r1 = *(u64 *)(r10 -8)
 1261: r3 = *(u32 *)(r1 +8)
 1262: r2 = *(u32 *)(r1 +0)
 1263: r1 = r3
 1264: r1 += 8
 1265: if r1 > r2 goto +4
 1266: r1 = *(u64 *)(r10 -232)
 1267: *(u32 *)(r3 +0) = r1
 1268: r1 = *(u64 *)(r10 -240)
 1269: *(u32 *)(r3 +4) = r1
 1270: r1 = *(u8 *)(r10 -23)
 1271: if r1 != 0 goto +2
 1272: r0 = 2
 1273: exit
 1274: r0 = 1
 1275: exit
