; router for classifier: 303 instructions, stack 128 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r2 = r6
    4: r8 = 0
    5: *(u64 *)(r10 -40) = 0
    6: *(u64 *)(r10 -32) = 0
    7: *(u64 *)(r10 -24) = 0
    8: *(u64 *)(r10 -16) = 0
    9: r1 = *(u32 *)(r1 +0)
   10: *(u32 *)(r10 -28) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   11: r9 = r2
   12: r2 += 14
   13: if r2 > r7 goto +276
      ; v0: bit<16> = read_field hdr0.etherType
   14: r1 = *(u16 *)(r9 +12)
   15: r1 = be16 r1
   16: if r1 != 2048 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   17: r8 = r2
   18: r2 += 20
   19: if r2 > r7 goto +270
      ; v0: bool = is_valid hdr1
   20: r1 = 0
   21: if r8 == 0 goto +1
   22: r1 = 1
      ; v1: bool = not v0
   23: r4 = r1
   24: r4 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   25: r3 = 0
   26: if r8 == 0 goto +2
   27: r3 = *(u8 *)(r8 +0)
   28: r3 &= 15
      ; v3: bit<4> = const 5
   29: r1 = 5
      ; v4: bool = ne v2, v3
   30: r2 = 1
   31: if r3 != r1 goto +1
   32: r2 = 0
      ; v5: bool = logical_or v1, v4
   33: r1 = r4
   34: r1 |= r2
      ; write var7, v5
   35: *(u8 *)(r10 -15) = r1
   36: if r1 != 0 goto +42
      ; v6: bit<48> = read_field hdr0.dstAddr
   37: r2 = *(u32 *)(r9 +0)
   38: r2 = be32 r2
   39: r1 = *(u16 *)(r9 +4)
   40: r1 = be16 r1
   41: r2 <<= 16
   42: r2 |= r1
      ; v7, v8 = apply table0(v6)
   43: *(u64 *)(r10 -56) = 0
   44: r1 = r2
   45: r1 = be16 r1
   46: *(u16 *)(r10 -52) = r1
   47: r2 >>= 16
   48: r1 = r2
   49: r1 = be32 r1
   50: *(u32 *)(r10 -56) = r1
   51: r1 = map[pipe_my_macs] ll
   53: r2 = r10
   54: r2 += -56
   55: call bpf_map_lookup_elem
   56: r1 = r0
   57: r0 = 1
   58: *(u64 *)(r10 -120) = r0
   59: if r1 != 0 goto +14
   60: r0 = 0
   61: *(u64 *)(r10 -120) = r0
   62: *(u32 *)(r10 -56) = 0
   63: r1 = map[pipe_my_macs_default] ll
   65: r2 = r10
   66: r2 += -56
   67: call bpf_map_lookup_elem
   68: r1 = r0
   69: if r1 == 0 goto +2
   70: r1 = *(u32 *)(r1 +0)
   71: goto +3
   72: r1 = 0
   73: goto +1
   74: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   75: r0 = *(u64 *)(r10 -120)
   76: r1 = r0
   77: r1 ^= 1
      ; write var7, v9
   78: *(u8 *)(r10 -15) = r1
      ; v10: bool = read var7
   79: r1 = *(u8 *)(r10 -15)
   80: if r1 != 0 goto +189
      ; v13: bit<8> = read_field hdr1.ttl
   81: r2 = 0
   82: if r8 == 0 goto +1
   83: r2 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
   84: r1 = 1
      ; v15: bool = le v13, v14
   85: if r2 <= r1 goto +162
      ; v19: bit<32> = read_field hdr1.dstAddr
   86: r1 = 0
   87: if r8 == 0 goto +2
   88: r1 = *(u32 *)(r8 +16)
   89: r1 = be32 r1
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   90: *(u64 *)(r10 -56) = 0
   91: r1 = be32 r1
   92: *(u32 *)(r10 -52) = r1
   93: *(u32 *)(r10 -56) = 32
   94: r1 = map[pipe_ipv4_lpm] ll
   96: r2 = r10
   97: r2 += -56
   98: call bpf_map_lookup_elem
   99: r4 = r0
  100: r0 = 1
  101: *(u64 *)(r10 -120) = r0
  102: if r4 != 0 goto +8
  103: r0 = 0
  104: *(u64 *)(r10 -120) = r0
  105: r0 = 2
  106: *(u64 *)(r10 -128) = r0
  107: r3 = 0
  108: r2 = 0
  109: r1 = 0
  110: goto +21
  111: r0 = *(u32 *)(r4 +0)
  112: *(u64 *)(r10 -128) = r0
  113: r3 = *(u32 *)(r4 +4)
  114: r3 = be32 r3
  115: r1 = *(u16 *)(r4 +8)
  116: r1 = be16 r1
  117: r3 <<= 16
  118: r3 |= r1
  119: r3 <<= 16
  120: r3 >>= 16
  121: r2 = *(u32 *)(r4 +10)
  122: r2 = be32 r2
  123: r1 = *(u16 *)(r4 +14)
  124: r1 = be16 r1
  125: r2 <<= 16
  126: r2 |= r1
  127: r2 <<= 16
  128: r2 >>= 16
  129: r1 = *(u32 *)(r4 +16)
  130: r1 = be32 r1
  131: w1 = w1
  132: r0 = *(u64 *)(r10 -128)
  133: if r0 == 1 goto +5
  134: r0 = *(u64 *)(r10 -128)
  135: if r0 != 2 goto +70
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  136: r1 = 1
      ; write var6, v29
  137: *(u8 *)(r10 -16) = r1
  138: goto +67
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  139: r4 = r3
  140: r3 = be16 r3
  141: *(u16 *)(r9 +4) = r3
  142: r4 >>= 16
  143: r3 = r4
  144: r3 = be32 r3
  145: *(u32 *)(r9 +0) = r3
      ; write_field hdr0.srcAddr, v23
  146: r3 = r2
  147: r2 = be16 r2
  148: *(u16 *)(r9 +10) = r2
  149: r3 >>= 16
  150: r2 = r3
  151: r2 = be32 r2
  152: *(u32 *)(r9 +6) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  153: r2 = 0
  154: if r8 == 0 goto +1
  155: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
  156: r3 = 1
      ; v27: bit<8> = sub v25, v26
  157: r2 -= r3
  158: r2 &= 255
      ; write_field hdr1.ttl, v27
  159: if r8 == 0 goto +1
  160: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  161: if r8 == 0 goto +41
  162: r3 = 0
  163: r2 = *(u16 *)(r8 +0)
  164: r2 = be16 r2
  165: r3 += r2
  166: r2 = *(u16 *)(r8 +2)
  167: r2 = be16 r2
  168: r3 += r2
  169: r2 = *(u16 *)(r8 +4)
  170: r2 = be16 r2
  171: r3 += r2
  172: r2 = *(u16 *)(r8 +6)
  173: r2 = be16 r2
  174: r3 += r2
  175: r2 = *(u16 *)(r8 +8)
  176: r2 = be16 r2
  177: r3 += r2
  178: r2 = *(u16 *)(r8 +12)
  179: r2 = be16 r2
  180: r3 += r2
  181: r2 = *(u16 *)(r8 +14)
  182: r2 = be16 r2
  183: r3 += r2
  184: r2 = *(u16 *)(r8 +16)
  185: r2 = be16 r2
  186: r3 += r2
  187: r2 = *(u16 *)(r8 +18)
  188: r2 = be16 r2
  189: r3 += r2
  190: r2 = r3
  191: r2 >>= 16
  192: r3 &= 65535
  193: r3 += r2
  194: r2 = r3
  195: r2 >>= 16
  196: r3 &= 65535
  197: r3 += r2
  198: r3 ^= 65535
  199: r3 &= 65535
  200: r2 = r3
  201: r2 = be16 r2
  202: *(u16 *)(r8 +10) = r2
      ; write var5, v24
  203: *(u32 *)(r10 -20) = r1
      ; v28: bit<8> = const 2
  204: r1 = 2
      ; write var6, v28
  205: *(u8 *)(r10 -16) = r1
  206: r0 = *(u64 *)(r10 -120)
  207: if r0 != 0 goto +20
      ; v32: bit<32> = const 2
  208: r2 = 2
      ; v33: bit<32> = const 1
  209: r1 = 1
      ; count counter0[v32] += v33
  210: *(u32 *)(r10 -56) = r2
  211: *(u64 *)(r10 -104) = r1
  212: r1 = map[pipe_route_stats] ll
  214: r2 = r10
  215: r2 += -56
  216: call bpf_map_lookup_elem
  217: r3 = r0
  218: if r3 == 0 goto +73
  219: r2 = *(u64 *)(r3 +0)
  220: r1 = *(u64 *)(r10 -104)
  221: r2 += r1
  222: *(u64 *)(r3 +0) = r2
  223: r2 = *(u64 *)(r3 +8)
  224: r1 = *(u32 *)(r10 -28)
  225: r2 += r1
  226: *(u64 *)(r3 +8) = r2
  227: goto +64
      ; v30: bit<32> = const 0
  228: r2 = 0
      ; v31: bit<32> = const 1
  229: r1 = 1
      ; count counter0[v30] += v31
  230: *(u32 *)(r10 -56) = r2
  231: *(u64 *)(r10 -104) = r1
  232: r1 = map[pipe_route_stats] ll
  234: r2 = r10
  235: r2 += -56
  236: call bpf_map_lookup_elem
  237: r3 = r0
  238: if r3 == 0 goto +53
  239: r2 = *(u64 *)(r3 +0)
  240: r1 = *(u64 *)(r10 -104)
  241: r2 += r1
  242: *(u64 *)(r3 +0) = r2
  243: r2 = *(u64 *)(r3 +8)
  244: r1 = *(u32 *)(r10 -28)
  245: r2 += r1
  246: *(u64 *)(r3 +8) = r2
  247: goto +44
      ; v16: bit<32> = const 1
  248: r2 = 1
      ; v17: bit<32> = const 1
  249: r1 = 1
      ; count counter0[v16] += v17
  250: *(u32 *)(r10 -56) = r2
  251: *(u64 *)(r10 -104) = r1
  252: r1 = map[pipe_route_stats] ll
  254: r2 = r10
  255: r2 += -56
  256: call bpf_map_lookup_elem
  257: r3 = r0
  258: if r3 == 0 goto +8
  259: r2 = *(u64 *)(r3 +0)
  260: r1 = *(u64 *)(r10 -104)
  261: r2 += r1
  262: *(u64 *)(r3 +0) = r2
  263: r2 = *(u64 *)(r3 +8)
  264: r1 = *(u32 *)(r10 -28)
  265: r2 += r1
  266: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  267: r1 = 1
      ; write var6, v18
  268: *(u8 *)(r10 -16) = r1
  269: goto +22
      ; v11: bit<32> = const 3
  270: r2 = 3
      ; v12: bit<32> = const 1
  271: r1 = 1
      ; count counter0[v11] += v12
  272: *(u32 *)(r10 -56) = r2
  273: *(u64 *)(r10 -104) = r1
  274: r1 = map[pipe_route_stats] ll
  276: r2 = r10
  277: r2 += -56
  278: call bpf_map_lookup_elem
  279: r3 = r0
  280: if r3 == 0 goto +11
  281: r2 = *(u64 *)(r3 +0)
  282: r1 = *(u64 *)(r10 -104)
  283: r2 += r1
  284: *(u64 *)(r3 +0) = r2
  285: r2 = *(u64 *)(r3 +8)
  286: r1 = *(u32 *)(r10 -28)
  287: r2 += r1
  288: *(u64 *)(r3 +8) = r2
  289: goto +2
      ; drop
  290: r0 = 2
  291: exit
      ; epilogue: verdict
  292: r1 = *(u8 *)(r10 -16)
  293: if r1 != 0 goto +2
  294: r0 = 0
  295: exit
  296: if r1 != 2 goto +4
  297: r1 = *(u32 *)(r10 -20)
  298: r2 = 0
  299: call bpf_redirect
  300: exit
  301: r0 = 2
  302: exit
