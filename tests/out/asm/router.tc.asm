; router for classifier: 197 instructions, stack 128 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r2 = r6
    4: r8 = 0
    5: *(u64 *)(r10 -112) = 0
    6: *(u64 *)(r10 -120) = 0
    7: r1 = *(u32 *)(r1 +0)
    8: *(u64 *)(r10 -104) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: r2 += 14
   10: if r2 > r7 goto +173
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r8 = r2
   14: r2 += 20
   15: if r2 > r7 goto +168
      ; v0: bool = is_valid hdr1
   16: r3 = 0
   17: if r8 == 0 goto +1
   18: r3 = 1
      ; v1: bool = not v0
   19: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   20: r2 = 0
   21: if r8 == 0 goto +2
   22: r2 = *(u8 *)(r8 +0)
   23: r2 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   24: r1 = 1
   25: if r2 != 5 goto +1
   26: r1 = 0
      ; v5: bool = logical_or v1, v4
   27: r3 |= r1
      ; write var7, v5
   28: if r3 != 0 goto +31
      ; v6: bit<48> = read_field hdr0.dstAddr
   29: r2 = *(u32 *)(r6 +0)
   30: r1 = *(u16 *)(r6 +4)
   31: r1 <<= 32
   32: r2 |= r1
      ; v7, v8 = apply table0(v6)
   33: *(u64 *)(r10 -40) = 0
   34: r1 = r2
   35: *(u32 *)(r10 -40) = r1
   36: r1 >>= 32
   37: *(u16 *)(r10 -36) = r1
   38: r1 = map[pipe_my_macs] ll
   40: r2 = r10
   41: r2 += -40
   42: call bpf_map_lookup_elem
   43: r1 = r0
   44: r9 = 1
   45: if r1 != 0 goto +11
   46: r9 = 0
   47: *(u32 *)(r10 -40) = 0
   48: r1 = map[pipe_my_macs_default] ll
   50: r2 = r10
   51: r2 += -40
   52: call bpf_map_lookup_elem
   53: r1 = r0
   54: if r1 != 0 goto +2
   55: r1 = 0
   56: goto +1
   57: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   58: r9 ^= 1
      ; write var7, v9
   59: r3 = r9
      ; v10: bool = read var7
   60: r1 = r3
   61: if r1 != 0 goto +106
      ; v13: bit<8> = read_field hdr1.ttl
   62: r1 = 0
   63: if r8 == 0 goto +1
   64: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   65: if r1 <= 1 goto +84
      ; v19: bit<32> = read_field hdr1.dstAddr
   66: r1 = 0
   67: if r8 == 0 goto +1
   68: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   69: *(u64 *)(r10 -40) = 0
   70: *(u32 *)(r10 -36) = r1
   71: *(u32 *)(r10 -40) = 32
   72: r1 = map[pipe_ipv4_lpm] ll
   74: r2 = r10
   75: r2 += -40
   76: call bpf_map_lookup_elem
   77: r4 = r0
   78: *(u64 *)(r10 -128) = 1
   79: if r4 != 0 goto +6
   80: *(u64 *)(r10 -128) = 0
   81: r9 = 2
   82: r3 = 0
   83: r2 = 0
   84: r1 = 0
   85: goto +11
   86: r9 = *(u32 *)(r4 +0)
   87: r3 = *(u32 *)(r4 +4)
   88: r1 = *(u16 *)(r4 +8)
   89: r1 <<= 32
   90: r3 |= r1
   91: r2 = *(u32 *)(r4 +10)
   92: r1 = *(u16 *)(r4 +14)
   93: r1 <<= 32
   94: r2 |= r1
   95: r1 = *(u32 *)(r4 +16)
   96: r1 = be32 r1
   97: if r9 == 1 goto +4
   98: if r9 != 2 goto +45
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
   99: r1 = 1
      ; write var6, v29
  100: *(u64 *)(r10 -120) = r1
  101: goto +42
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  102: *(u32 *)(r6 +0) = r3
  103: r3 >>= 32
  104: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
  105: *(u32 *)(r6 +6) = r2
  106: r2 >>= 32
  107: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  108: r2 = 0
  109: if r8 == 0 goto +1
  110: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  111: r2 -= 1
  112: r2 &= 255
      ; write_field hdr1.ttl, v27
  113: if r8 == 0 goto +1
  114: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  115: if r8 == 0 goto +25
  116: r3 = *(u32 *)(r8 +0)
  117: r2 = *(u32 *)(r8 +4)
  118: r3 += r2
  119: r2 = *(u32 *)(r8 +8)
  120: r2 &= 65535
  121: r3 += r2
  122: r2 = *(u32 *)(r8 +12)
  123: r3 += r2
  124: r2 = *(u32 *)(r8 +16)
  125: r3 += r2
  126: r2 = r3
  127: r2 >>= 16
  128: r3 &= 65535
  129: r3 += r2
  130: r2 = r3
  131: r2 >>= 16
  132: r3 &= 65535
  133: r3 += r2
  134: r2 = r3
  135: r2 >>= 16
  136: r3 &= 65535
  137: r3 += r2
  138: r3 ^= 65535
  139: r3 &= 65535
  140: *(u16 *)(r8 +10) = r3
      ; write var5, v24
  141: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
  142: r1 = 2
      ; write var6, v28
  143: *(u64 *)(r10 -120) = r1
  144: r0 = *(u64 *)(r10 -128)
  145: if r0 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  146: *(u32 *)(r10 -40) = 2
  147: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  148: *(u32 *)(r10 -40) = 0
  149: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  150: *(u32 *)(r10 -40) = 1
  151: r1 = map[pipe_route_stats] ll
  153: r2 = r10
  154: r2 += -40
  155: call bpf_map_lookup_elem
  156: r3 = r0
  157: if r3 == 0 goto +7
  158: r1 = *(u64 *)(r3 +0)
  159: r1 += 1
  160: *(u64 *)(r3 +0) = r1
  161: r2 = *(u64 *)(r3 +8)
  162: r1 = *(u64 *)(r10 -104)
  163: r2 += r1
  164: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  165: r1 = 1
      ; write var6, v18
  166: *(u64 *)(r10 -120) = r1
  167: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  168: *(u32 *)(r10 -40) = 3
  169: r1 = map[pipe_route_stats] ll
  171: r2 = r10
  172: r2 += -40
  173: call bpf_map_lookup_elem
  174: r3 = r0
  175: if r3 == 0 goto +10
  176: r1 = *(u64 *)(r3 +0)
  177: r1 += 1
  178: *(u64 *)(r3 +0) = r1
  179: r2 = *(u64 *)(r3 +8)
  180: r1 = *(u64 *)(r10 -104)
  181: r2 += r1
  182: *(u64 *)(r3 +8) = r2
  183: goto +2
      ; drop
  184: r0 = 2
  185: exit
      ; epilogue: verdict
  186: r1 = *(u64 *)(r10 -120)
  187: if r1 != 0 goto +2
  188: r0 = 0
  189: exit
  190: if r1 != 2 goto +4
  191: r1 = *(u64 *)(r10 -112)
  192: r2 = 0
  193: call bpf_redirect
  194: exit
  195: r0 = 2
  196: exit
