; router for xdp: 223 instructions, stack 160 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r3 = r1
    2: r6 = *(u32 *)(r3 +0)
    3: r7 = *(u32 *)(r3 +4)
    4: r9 = r6
    5: r8 = 0
    6: *(u64 *)(r10 -144) = 0
    7: *(u64 *)(r10 -152) = 0
    8: *(u64 *)(r10 -160) = 0
    9: r2 = *(u32 *)(r3 +8)
   10: r1 = r2
   11: r1 += 8
   12: if r1 > r6 goto +2
   13: r1 = *(u32 *)(r2 +0)
   14: *(u64 *)(r10 -144) = r1
   15: r1 = r3
   16: call bpf_xdp_get_buff_len
   17: r1 = r0
   18: *(u64 *)(r10 -136) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
   19: r9 += 14
   20: if r9 > r7 goto +151
      ; v0: bit<16> = read_field hdr0.etherType
   21: r1 = *(u16 *)(r6 +12)
   22: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   23: r8 = r9
   24: r9 += 20
   25: if r9 > r7 goto +146
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   26: r1 = 0
   27: if r8 == 0 goto +2
   28: r1 = *(u8 *)(r8 +0)
   29: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   30: if r8 == 0 goto +125
   31: if r1 != 5 goto +124
      ; v6: bit<48> = read_field hdr0.dstAddr
   32: r1 = *(u32 *)(r6 +0)
   33: r2 = *(u16 *)(r6 +4)
   34: r2 <<= 32
   35: r1 |= r2
      ; v7, v8 = apply table0(v6)
   36: *(u64 *)(r10 -40) = 0
   37: *(u32 *)(r10 -40) = r1
   38: r1 >>= 32
   39: *(u16 *)(r10 -36) = r1
   40: r1 = map[pipe_my_macs] ll
   42: r2 = r10
   43: r2 += -40
   44: call bpf_map_lookup_elem
   45: r1 = r0
   46: r8 = 1
   47: if r1 != 0 goto +11
   48: r8 = 0
   49: *(u32 *)(r10 -40) = 0
   50: r1 = map[pipe_my_macs_default] ll
   52: r2 = r10
   53: r2 += -40
   54: call bpf_map_lookup_elem
   55: r1 = r0
   56: if r1 != 0 goto +2
   57: r1 = 0
   58: goto +1
   59: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   60: r8 ^= 1
      ; write var7, v9
   61: if r8 != 0 goto +94
      ; v13: bit<8> = read_field hdr1.ttl
   62: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   63: if r1 <= 1 goto +75
      ; v19: bit<32> = read_field hdr1.dstAddr
   64: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   65: *(u64 *)(r10 -40) = 0
   66: *(u32 *)(r10 -36) = r1
   67: *(u32 *)(r10 -40) = 32
   68: r1 = map[pipe_ipv4_lpm] ll
   70: r2 = r10
   71: r2 += -40
   72: call bpf_map_lookup_elem
   73: r4 = r0
   74: r9 = 1
   75: if r4 != 0 goto +6
   76: r9 = 0
   77: r8 = 2
   78: r3 = 0
   79: r2 = 0
   80: r1 = 0
   81: goto +11
   82: r8 = *(u32 *)(r4 +0)
   83: r3 = *(u32 *)(r4 +4)
   84: r1 = *(u16 *)(r4 +8)
   85: r1 <<= 32
   86: r3 |= r1
   87: r2 = *(u32 *)(r4 +10)
   88: r1 = *(u16 *)(r4 +14)
   89: r1 <<= 32
   90: r2 |= r1
   91: r1 = *(u32 *)(r4 +16)
   92: r1 = be32 r1
   93: if r8 == 1 goto +3
   94: if r8 != 2 goto +39
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   95: *(u64 *)(r10 -160) = 1
   96: goto +37
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   97: *(u32 *)(r6 +0) = r3
   98: r3 >>= 32
   99: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
  100: *(u32 *)(r6 +6) = r2
  101: r2 >>= 32
  102: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  103: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  104: r2 -= 1
  105: r2 &= 255
      ; write_field hdr1.ttl, v27
  106: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  107: r3 = *(u32 *)(r6 +14)
  108: r2 = *(u32 *)(r6 +18)
  109: r3 += r2
  110: r2 = *(u32 *)(r6 +22)
  111: r2 &= 65535
  112: r3 += r2
  113: r2 = *(u32 *)(r6 +26)
  114: r3 += r2
  115: r2 = *(u32 *)(r6 +30)
  116: r3 += r2
  117: r2 = r3
  118: r2 >>= 16
  119: r3 &= 65535
  120: r3 += r2
  121: r2 = r3
  122: r2 >>= 16
  123: r3 &= 65535
  124: r3 += r2
  125: r2 = r3
  126: r2 >>= 16
  127: r3 &= 65535
  128: r3 += r2
  129: r3 ^= 65535
  130: r3 &= 65535
  131: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  132: *(u64 *)(r10 -152) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  133: *(u64 *)(r10 -160) = 2
  134: if r9 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  135: *(u32 *)(r10 -40) = 2
  136: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  137: *(u32 *)(r10 -40) = 0
  138: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  139: *(u32 *)(r10 -40) = 1
  140: r1 = map[pipe_route_stats] ll
  142: r2 = r10
  143: r2 += -40
  144: call bpf_map_lookup_elem
  145: r3 = r0
  146: if r3 == 0 goto +7
  147: r1 = *(u64 *)(r3 +0)
  148: r1 += 1
  149: *(u64 *)(r3 +0) = r1
  150: r2 = *(u64 *)(r3 +8)
  151: r1 = *(u64 *)(r10 -136)
  152: r2 += r1
  153: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  154: *(u64 *)(r10 -160) = 1
  155: goto +37
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  156: *(u32 *)(r10 -40) = 3
  157: r1 = map[pipe_route_stats] ll
  159: r2 = r10
  160: r2 += -40
  161: call bpf_map_lookup_elem
  162: r2 = r0
  163: if r2 == 0 goto +29
  164: r1 = *(u64 *)(r2 +0)
  165: r1 += 1
  166: *(u64 *)(r2 +0) = r1
  167: r1 = *(u64 *)(r2 +8)
  168: r3 = *(u64 *)(r10 -136)
  169: r1 += r3
  170: *(u64 *)(r2 +8) = r1
  171: goto +21
      ; drop
  172: r2 = *(u64 *)(r10 -144)
  173: r1 = *(u64 *)(r10 -152)
  174: *(u64 *)(r10 -104) = r2
  175: *(u64 *)(r10 -112) = r1
  176: r1 = *(u64 *)(r10 -8)
  177: r2 = 0xfffffffffffffff8 ll
  179: call bpf_xdp_adjust_meta
  180: if r0 != 0 goto +10
  181: r1 = *(u64 *)(r10 -8)
  182: r3 = *(u32 *)(r1 +8)
  183: r2 = *(u32 *)(r1 +0)
  184: r1 = r3
  185: r1 += 8
  186: if r1 > r2 goto +4
  187: r1 = *(u64 *)(r10 -104)
  188: *(u32 *)(r3 +0) = r1
  189: r1 = *(u64 *)(r10 -112)
  190: *(u32 *)(r3 +4) = r1
  191: r0 = 1
  192: exit
      ; epilogue: verdict
  193: r2 = *(u64 *)(r10 -144)
  194: r1 = *(u64 *)(r10 -152)
  195: *(u64 *)(r10 -120) = r2
  196: *(u64 *)(r10 -128) = r1
  197: r1 = *(u64 *)(r10 -8)
  198: r2 = 0xfffffffffffffff8 ll
  200: call bpf_xdp_adjust_meta
  201: if r0 != 0 goto +10
  202: r1 = *(u64 *)(r10 -8)
  203: r2 = *(u32 *)(r1 +8)
  204: r3 = *(u32 *)(r1 +0)
  205: r1 = r2
  206: r1 += 8
  207: if r1 > r3 goto +4
  208: r1 = *(u64 *)(r10 -120)
  209: *(u32 *)(r2 +0) = r1
  210: r1 = *(u64 *)(r10 -128)
  211: *(u32 *)(r2 +4) = r1
  212: r1 = *(u64 *)(r10 -160)
  213: if r1 != 0 goto +2
  214: r0 = 2
  215: exit
  216: if r1 != 2 goto +4
  217: r1 = *(u64 *)(r10 -152)
  218: r2 = 0
  219: call bpf_redirect
  220: exit
  221: r0 = 1
  222: exit
