; router for classifier: 282 instructions, stack 128 bytes, 4 maps
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
   13: if r2 > r7 goto +255
      ; v0: bit<16> = read_field hdr0.etherType
   14: r1 = *(u16 *)(r9 +12)
   15: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   16: r8 = r2
   17: r2 += 20
   18: if r2 > r7 goto +250
      ; v0: bool = is_valid hdr1
   19: r1 = 0
   20: if r8 == 0 goto +1
   21: r1 = 1
      ; v1: bool = not v0
   22: r3 = r1
   23: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   24: r1 = 0
   25: if r8 == 0 goto +2
   26: r1 = *(u8 *)(r8 +0)
   27: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   28: r2 = 1
   29: if r1 != 5 goto +1
   30: r2 = 0
      ; v5: bool = logical_or v1, v4
   31: r1 = r3
   32: r1 |= r2
      ; write var7, v5
   33: *(u8 *)(r10 -15) = r1
   34: if r1 != 0 goto +42
      ; v6: bit<48> = read_field hdr0.dstAddr
   35: r2 = *(u32 *)(r9 +0)
   36: r2 = be32 r2
   37: r1 = *(u16 *)(r9 +4)
   38: r1 = be16 r1
   39: r2 <<= 16
   40: r2 |= r1
      ; v7, v8 = apply table0(v6)
   41: *(u64 *)(r10 -56) = 0
   42: r1 = r2
   43: r1 = be16 r1
   44: *(u16 *)(r10 -52) = r1
   45: r2 >>= 16
   46: r1 = r2
   47: r1 = be32 r1
   48: *(u32 *)(r10 -56) = r1
   49: r1 = map[pipe_my_macs] ll
   51: r2 = r10
   52: r2 += -56
   53: call bpf_map_lookup_elem
   54: r1 = r0
   55: r0 = 1
   56: *(u64 *)(r10 -120) = r0
   57: if r1 != 0 goto +14
   58: r0 = 0
   59: *(u64 *)(r10 -120) = r0
   60: *(u32 *)(r10 -56) = 0
   61: r1 = map[pipe_my_macs_default] ll
   63: r2 = r10
   64: r2 += -56
   65: call bpf_map_lookup_elem
   66: r1 = r0
   67: if r1 == 0 goto +2
   68: r1 = *(u32 *)(r1 +0)
   69: goto +3
   70: r1 = 0
   71: goto +1
   72: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   73: r0 = *(u64 *)(r10 -120)
   74: r1 = r0
   75: r1 ^= 1
      ; write var7, v9
   76: *(u8 *)(r10 -15) = r1
      ; v10: bool = read var7
   77: r1 = *(u8 *)(r10 -15)
   78: if r1 != 0 goto +174
      ; v13: bit<8> = read_field hdr1.ttl
   79: r1 = 0
   80: if r8 == 0 goto +1
   81: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   82: if r1 <= 1 goto +152
      ; v19: bit<32> = read_field hdr1.dstAddr
   83: r1 = 0
   84: if r8 == 0 goto +1
   85: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   86: *(u64 *)(r10 -56) = 0
   87: *(u32 *)(r10 -52) = r1
   88: *(u32 *)(r10 -56) = 32
   89: r1 = map[pipe_ipv4_lpm] ll
   91: r2 = r10
   92: r2 += -56
   93: call bpf_map_lookup_elem
   94: r4 = r0
   95: r0 = 1
   96: *(u64 *)(r10 -120) = r0
   97: if r4 != 0 goto +8
   98: r0 = 0
   99: *(u64 *)(r10 -120) = r0
  100: r0 = 2
  101: *(u64 *)(r10 -128) = r0
  102: r3 = 0
  103: r2 = 0
  104: r1 = 0
  105: goto +21
  106: r0 = *(u32 *)(r4 +0)
  107: *(u64 *)(r10 -128) = r0
  108: r3 = *(u32 *)(r4 +4)
  109: r3 = be32 r3
  110: r1 = *(u16 *)(r4 +8)
  111: r1 = be16 r1
  112: r3 <<= 16
  113: r3 |= r1
  114: r3 <<= 16
  115: r3 >>= 16
  116: r2 = *(u32 *)(r4 +10)
  117: r2 = be32 r2
  118: r1 = *(u16 *)(r4 +14)
  119: r1 = be16 r1
  120: r2 <<= 16
  121: r2 |= r1
  122: r2 <<= 16
  123: r2 >>= 16
  124: r1 = *(u32 *)(r4 +16)
  125: r1 = be32 r1
  126: w1 = w1
  127: r0 = *(u64 *)(r10 -128)
  128: if r0 == 1 goto +5
  129: r0 = *(u64 *)(r10 -128)
  130: if r0 != 2 goto +70
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  131: r1 = 1
      ; write var6, v29
  132: *(u8 *)(r10 -16) = r1
  133: goto +67
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  134: r4 = r3
  135: r3 = be16 r3
  136: *(u16 *)(r9 +4) = r3
  137: r4 >>= 16
  138: r3 = r4
  139: r3 = be32 r3
  140: *(u32 *)(r9 +0) = r3
      ; write_field hdr0.srcAddr, v23
  141: r3 = r2
  142: r2 = be16 r2
  143: *(u16 *)(r9 +10) = r2
  144: r3 >>= 16
  145: r2 = r3
  146: r2 = be32 r2
  147: *(u32 *)(r9 +6) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  148: r2 = 0
  149: if r8 == 0 goto +1
  150: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
  151: r3 = 1
      ; v27: bit<8> = sub v25, v26
  152: r2 -= r3
  153: r2 &= 255
      ; write_field hdr1.ttl, v27
  154: if r8 == 0 goto +1
  155: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  156: if r8 == 0 goto +41
  157: r3 = 0
  158: r2 = *(u16 *)(r8 +0)
  159: r2 = be16 r2
  160: r3 += r2
  161: r2 = *(u16 *)(r8 +2)
  162: r2 = be16 r2
  163: r3 += r2
  164: r2 = *(u16 *)(r8 +4)
  165: r2 = be16 r2
  166: r3 += r2
  167: r2 = *(u16 *)(r8 +6)
  168: r2 = be16 r2
  169: r3 += r2
  170: r2 = *(u16 *)(r8 +8)
  171: r2 = be16 r2
  172: r3 += r2
  173: r2 = *(u16 *)(r8 +12)
  174: r2 = be16 r2
  175: r3 += r2
  176: r2 = *(u16 *)(r8 +14)
  177: r2 = be16 r2
  178: r3 += r2
  179: r2 = *(u16 *)(r8 +16)
  180: r2 = be16 r2
  181: r3 += r2
  182: r2 = *(u16 *)(r8 +18)
  183: r2 = be16 r2
  184: r3 += r2
  185: r2 = r3
  186: r2 >>= 16
  187: r3 &= 65535
  188: r3 += r2
  189: r2 = r3
  190: r2 >>= 16
  191: r3 &= 65535
  192: r3 += r2
  193: r3 ^= 65535
  194: r3 &= 65535
  195: r2 = r3
  196: r2 = be16 r2
  197: *(u16 *)(r8 +10) = r2
      ; write var5, v24
  198: *(u32 *)(r10 -20) = r1
      ; v28: bit<8> = const 2
  199: r1 = 2
      ; write var6, v28
  200: *(u8 *)(r10 -16) = r1
  201: r0 = *(u64 *)(r10 -120)
  202: if r0 != 0 goto +16
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  203: *(u32 *)(r10 -56) = 2
  204: r1 = map[pipe_route_stats] ll
  206: r2 = r10
  207: r2 += -56
  208: call bpf_map_lookup_elem
  209: r3 = r0
  210: if r3 == 0 goto +60
  211: r1 = *(u64 *)(r3 +0)
  212: r1 += 1
  213: *(u64 *)(r3 +0) = r1
  214: r2 = *(u64 *)(r3 +8)
  215: r1 = *(u32 *)(r10 -28)
  216: r2 += r1
  217: *(u64 *)(r3 +8) = r2
  218: goto +52
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  219: *(u32 *)(r10 -56) = 0
  220: r1 = map[pipe_route_stats] ll
  222: r2 = r10
  223: r2 += -56
  224: call bpf_map_lookup_elem
  225: r3 = r0
  226: if r3 == 0 goto +44
  227: r1 = *(u64 *)(r3 +0)
  228: r1 += 1
  229: *(u64 *)(r3 +0) = r1
  230: r2 = *(u64 *)(r3 +8)
  231: r1 = *(u32 *)(r10 -28)
  232: r2 += r1
  233: *(u64 *)(r3 +8) = r2
  234: goto +36
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  235: *(u32 *)(r10 -56) = 1
  236: r1 = map[pipe_route_stats] ll
  238: r2 = r10
  239: r2 += -56
  240: call bpf_map_lookup_elem
  241: r3 = r0
  242: if r3 == 0 goto +7
  243: r1 = *(u64 *)(r3 +0)
  244: r1 += 1
  245: *(u64 *)(r3 +0) = r1
  246: r2 = *(u64 *)(r3 +8)
  247: r1 = *(u32 *)(r10 -28)
  248: r2 += r1
  249: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  250: r1 = 1
      ; write var6, v18
  251: *(u8 *)(r10 -16) = r1
  252: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  253: *(u32 *)(r10 -56) = 3
  254: r1 = map[pipe_route_stats] ll
  256: r2 = r10
  257: r2 += -56
  258: call bpf_map_lookup_elem
  259: r3 = r0
  260: if r3 == 0 goto +10
  261: r1 = *(u64 *)(r3 +0)
  262: r1 += 1
  263: *(u64 *)(r3 +0) = r1
  264: r2 = *(u64 *)(r3 +8)
  265: r1 = *(u32 *)(r10 -28)
  266: r2 += r1
  267: *(u64 *)(r3 +8) = r2
  268: goto +2
      ; drop
  269: r0 = 2
  270: exit
      ; epilogue: verdict
  271: r1 = *(u8 *)(r10 -16)
  272: if r1 != 0 goto +2
  273: r0 = 0
  274: exit
  275: if r1 != 2 goto +4
  276: r1 = *(u32 *)(r10 -20)
  277: r2 = 0
  278: call bpf_redirect
  279: exit
  280: r0 = 2
  281: exit
