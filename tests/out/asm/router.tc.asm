; router for classifier: 270 instructions, stack 120 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r2 = r6
    4: r8 = 0
    5: *(u64 *)(r10 -104) = 0
    6: *(u64 *)(r10 -112) = 0
    7: r1 = *(u32 *)(r1 +0)
    8: *(u64 *)(r10 -96) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: *(u64 *)(r10 -88) = r2
   10: r2 += 14
   11: if r2 > r7 goto +245
      ; v0: bit<16> = read_field hdr0.etherType
   12: r0 = *(u64 *)(r10 -88)
   13: r1 = *(u16 *)(r0 +12)
   14: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   15: r8 = r2
   16: r2 += 20
   17: if r2 > r7 goto +239
      ; v0: bool = is_valid hdr1
   18: r3 = 0
   19: if r8 == 0 goto +1
   20: r3 = 1
      ; v1: bool = not v0
   21: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   22: r2 = 0
   23: if r8 == 0 goto +2
   24: r2 = *(u8 *)(r8 +0)
   25: r2 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   26: r1 = 1
   27: if r2 != 5 goto +1
   28: r1 = 0
      ; v5: bool = logical_or v1, v4
   29: r3 |= r1
      ; write var7, v5
   30: if r3 != 0 goto +39
      ; v6: bit<48> = read_field hdr0.dstAddr
   31: r0 = *(u64 *)(r10 -88)
   32: r2 = *(u32 *)(r0 +0)
   33: r2 = be32 r2
   34: r0 = *(u64 *)(r10 -88)
   35: r1 = *(u16 *)(r0 +4)
   36: r1 = be16 r1
   37: r2 <<= 16
   38: r2 |= r1
      ; v7, v8 = apply table0(v6)
   39: *(u64 *)(r10 -24) = 0
   40: r1 = r2
   41: r1 = be16 r1
   42: *(u16 *)(r10 -20) = r1
   43: r2 >>= 16
   44: r2 = be32 r2
   45: *(u32 *)(r10 -24) = r2
   46: r1 = map[pipe_my_macs] ll
   48: r2 = r10
   49: r2 += -24
   50: call bpf_map_lookup_elem
   51: r1 = r0
   52: r9 = 1
   53: if r1 != 0 goto +13
   54: r9 = 0
   55: *(u32 *)(r10 -24) = 0
   56: r1 = map[pipe_my_macs_default] ll
   58: r2 = r10
   59: r2 += -24
   60: call bpf_map_lookup_elem
   61: r1 = r0
   62: if r1 == 0 goto +2
   63: r1 = *(u32 *)(r1 +0)
   64: goto +3
   65: r1 = 0
   66: goto +1
   67: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   68: r9 ^= 1
      ; write var7, v9
   69: r3 = r9
      ; v10: bool = read var7
   70: r1 = r3
   71: if r1 != 0 goto +169
      ; v13: bit<8> = read_field hdr1.ttl
   72: r1 = 0
   73: if r8 == 0 goto +1
   74: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   75: if r1 <= 1 goto +147
      ; v19: bit<32> = read_field hdr1.dstAddr
   76: r1 = 0
   77: if r8 == 0 goto +1
   78: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   79: *(u64 *)(r10 -24) = 0
   80: *(u32 *)(r10 -20) = r1
   81: *(u32 *)(r10 -24) = 32
   82: r1 = map[pipe_ipv4_lpm] ll
   84: r2 = r10
   85: r2 += -24
   86: call bpf_map_lookup_elem
   87: r4 = r0
   88: *(u64 *)(r10 -120) = 1
   89: if r4 != 0 goto +6
   90: *(u64 *)(r10 -120) = 0
   91: r9 = 2
   92: r3 = 0
   93: r2 = 0
   94: r1 = 0
   95: goto +20
   96: r9 = *(u32 *)(r4 +0)
   97: r3 = *(u32 *)(r4 +4)
   98: r3 = be32 r3
   99: r1 = *(u16 *)(r4 +8)
  100: r1 = be16 r1
  101: r3 <<= 16
  102: r3 |= r1
  103: r3 <<= 16
  104: r3 >>= 16
  105: r2 = *(u32 *)(r4 +10)
  106: r2 = be32 r2
  107: r1 = *(u16 *)(r4 +14)
  108: r1 = be16 r1
  109: r2 <<= 16
  110: r2 |= r1
  111: r2 <<= 16
  112: r2 >>= 16
  113: r1 = *(u32 *)(r4 +16)
  114: r1 = be32 r1
  115: w1 = w1
  116: if r9 == 1 goto +4
  117: if r9 != 2 goto +71
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
  118: r1 = 1
      ; write var6, v29
  119: *(u64 *)(r10 -112) = r1
  120: goto +68
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  121: r4 = r3
  122: r3 = be16 r3
  123: r0 = *(u64 *)(r10 -88)
  124: *(u16 *)(r0 +4) = r3
  125: r4 >>= 16
  126: r4 = be32 r4
  127: r0 = *(u64 *)(r10 -88)
  128: *(u32 *)(r0 +0) = r4
      ; write_field hdr0.srcAddr, v23
  129: r3 = r2
  130: r2 = be16 r2
  131: r0 = *(u64 *)(r10 -88)
  132: *(u16 *)(r0 +10) = r2
  133: r3 >>= 16
  134: r3 = be32 r3
  135: r0 = *(u64 *)(r10 -88)
  136: *(u32 *)(r0 +6) = r3
      ; v25: bit<8> = read_field hdr1.ttl
  137: r2 = 0
  138: if r8 == 0 goto +1
  139: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  140: r2 -= 1
  141: r2 &= 255
      ; write_field hdr1.ttl, v27
  142: if r8 == 0 goto +1
  143: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  144: if r8 == 0 goto +41
  145: r3 = 0
  146: r2 = *(u16 *)(r8 +0)
  147: r2 = be16 r2
  148: r3 += r2
  149: r2 = *(u16 *)(r8 +2)
  150: r2 = be16 r2
  151: r3 += r2
  152: r2 = *(u16 *)(r8 +4)
  153: r2 = be16 r2
  154: r3 += r2
  155: r2 = *(u16 *)(r8 +6)
  156: r2 = be16 r2
  157: r3 += r2
  158: r2 = *(u16 *)(r8 +8)
  159: r2 = be16 r2
  160: r3 += r2
  161: r2 = *(u16 *)(r8 +12)
  162: r2 = be16 r2
  163: r3 += r2
  164: r2 = *(u16 *)(r8 +14)
  165: r2 = be16 r2
  166: r3 += r2
  167: r2 = *(u16 *)(r8 +16)
  168: r2 = be16 r2
  169: r3 += r2
  170: r2 = *(u16 *)(r8 +18)
  171: r2 = be16 r2
  172: r3 += r2
  173: r2 = r3
  174: r2 >>= 16
  175: r3 &= 65535
  176: r3 += r2
  177: r2 = r3
  178: r2 >>= 16
  179: r3 &= 65535
  180: r3 += r2
  181: r3 ^= 65535
  182: r3 &= 65535
  183: r2 = r3
  184: r2 = be16 r2
  185: *(u16 *)(r8 +10) = r2
      ; write var5, v24
  186: *(u64 *)(r10 -104) = r1
      ; v28: bit<8> = const 2
  187: r1 = 2
      ; write var6, v28
  188: *(u64 *)(r10 -112) = r1
  189: r0 = *(u64 *)(r10 -120)
  190: if r0 != 0 goto +16
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  191: *(u32 *)(r10 -24) = 2
  192: r1 = map[pipe_route_stats] ll
  194: r2 = r10
  195: r2 += -24
  196: call bpf_map_lookup_elem
  197: r3 = r0
  198: if r3 == 0 goto +60
  199: r1 = *(u64 *)(r3 +0)
  200: r1 += 1
  201: *(u64 *)(r3 +0) = r1
  202: r2 = *(u64 *)(r3 +8)
  203: r1 = *(u64 *)(r10 -96)
  204: r2 += r1
  205: *(u64 *)(r3 +8) = r2
  206: goto +52
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  207: *(u32 *)(r10 -24) = 0
  208: r1 = map[pipe_route_stats] ll
  210: r2 = r10
  211: r2 += -24
  212: call bpf_map_lookup_elem
  213: r3 = r0
  214: if r3 == 0 goto +44
  215: r1 = *(u64 *)(r3 +0)
  216: r1 += 1
  217: *(u64 *)(r3 +0) = r1
  218: r2 = *(u64 *)(r3 +8)
  219: r1 = *(u64 *)(r10 -96)
  220: r2 += r1
  221: *(u64 *)(r3 +8) = r2
  222: goto +36
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  223: *(u32 *)(r10 -24) = 1
  224: r1 = map[pipe_route_stats] ll
  226: r2 = r10
  227: r2 += -24
  228: call bpf_map_lookup_elem
  229: r3 = r0
  230: if r3 == 0 goto +7
  231: r1 = *(u64 *)(r3 +0)
  232: r1 += 1
  233: *(u64 *)(r3 +0) = r1
  234: r2 = *(u64 *)(r3 +8)
  235: r1 = *(u64 *)(r10 -96)
  236: r2 += r1
  237: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  238: r1 = 1
      ; write var6, v18
  239: *(u64 *)(r10 -112) = r1
  240: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  241: *(u32 *)(r10 -24) = 3
  242: r1 = map[pipe_route_stats] ll
  244: r2 = r10
  245: r2 += -24
  246: call bpf_map_lookup_elem
  247: r3 = r0
  248: if r3 == 0 goto +10
  249: r1 = *(u64 *)(r3 +0)
  250: r1 += 1
  251: *(u64 *)(r3 +0) = r1
  252: r2 = *(u64 *)(r3 +8)
  253: r1 = *(u64 *)(r10 -96)
  254: r2 += r1
  255: *(u64 *)(r3 +8) = r2
  256: goto +2
      ; drop
  257: r0 = 2
  258: exit
      ; epilogue: verdict
  259: r1 = *(u64 *)(r10 -112)
  260: if r1 != 0 goto +2
  261: r0 = 0
  262: exit
  263: if r1 != 2 goto +4
  264: r1 = *(u64 *)(r10 -104)
  265: r2 = 0
  266: call bpf_redirect
  267: exit
  268: r0 = 2
  269: exit
