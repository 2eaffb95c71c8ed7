; router for classifier: 196 instructions, stack 128 bytes, 4 maps
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
   10: if r2 > r7 goto +172
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r8 = r2
   14: r2 += 20
   15: if r2 > r7 goto +167
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
   27: r2 = r3
   28: r2 |= r1
      ; write var7, v5
   29: if r2 != 0 goto +30
      ; v6: bit<48> = read_field hdr0.dstAddr
   30: r1 = *(u32 *)(r6 +0)
   31: r2 = *(u16 *)(r6 +4)
   32: r2 <<= 32
   33: r1 |= r2
      ; v7, v8 = apply table0(v6)
   34: *(u64 *)(r10 -40) = 0
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
   58: r2 = r9
   59: r2 ^= 1
      ; write var7, v9
      ; v10: bool = read var7
   60: if r2 != 0 goto +106
      ; v13: bit<8> = read_field hdr1.ttl
   61: r1 = 0
   62: if r8 == 0 goto +1
   63: r1 = *(u8 *)(r8 +8)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   64: if r1 <= 1 goto +84
      ; v19: bit<32> = read_field hdr1.dstAddr
   65: r1 = 0
   66: if r8 == 0 goto +1
   67: r1 = *(u32 *)(r8 +16)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   68: *(u64 *)(r10 -40) = 0
   69: *(u32 *)(r10 -36) = r1
   70: *(u32 *)(r10 -40) = 32
   71: r1 = map[pipe_ipv4_lpm] ll
   73: r2 = r10
   74: r2 += -40
   75: call bpf_map_lookup_elem
   76: r4 = r0
   77: *(u64 *)(r10 -128) = 1
   78: if r4 != 0 goto +6
   79: *(u64 *)(r10 -128) = 0
   80: r9 = 2
   81: r3 = 0
   82: r2 = 0
   83: r1 = 0
   84: goto +11
   85: r9 = *(u32 *)(r4 +0)
   86: r3 = *(u32 *)(r4 +4)
   87: r1 = *(u16 *)(r4 +8)
   88: r1 <<= 32
   89: r3 |= r1
   90: r2 = *(u32 *)(r4 +10)
   91: r1 = *(u16 *)(r4 +14)
   92: r1 <<= 32
   93: r2 |= r1
   94: r1 = *(u32 *)(r4 +16)
   95: r1 = be32 r1
   96: if r9 == 1 goto +4
   97: if r9 != 2 goto +45
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
   98: r1 = 1
      ; write var6, v29
   99: *(u64 *)(r10 -120) = r1
  100: goto +42
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
  101: *(u32 *)(r6 +0) = r3
  102: r3 >>= 32
  103: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
  104: *(u32 *)(r6 +6) = r2
  105: r2 >>= 32
  106: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  107: r2 = 0
  108: if r8 == 0 goto +1
  109: r2 = *(u8 *)(r8 +8)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  110: r2 -= 1
  111: r2 &= 255
      ; write_field hdr1.ttl, v27
  112: if r8 == 0 goto +1
  113: *(u8 *)(r8 +8) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  114: if r8 == 0 goto +25
  115: r3 = *(u32 *)(r8 +0)
  116: r2 = *(u32 *)(r8 +4)
  117: r3 += r2
  118: r2 = *(u32 *)(r8 +8)
  119: r2 &= 65535
  120: r3 += r2
  121: r2 = *(u32 *)(r8 +12)
  122: r3 += r2
  123: r2 = *(u32 *)(r8 +16)
  124: r3 += r2
  125: r2 = r3
  126: r2 >>= 16
  127: r3 &= 65535
  128: r3 += r2
  129: r2 = r3
  130: r2 >>= 16
  131: r3 &= 65535
  132: r3 += r2
  133: r2 = r3
  134: r2 >>= 16
  135: r3 &= 65535
  136: r3 += r2
  137: r3 ^= 65535
  138: r3 &= 65535
  139: *(u16 *)(r8 +10) = r3
      ; write var5, v24
  140: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
  141: r1 = 2
      ; write var6, v28
  142: *(u64 *)(r10 -120) = r1
  143: r0 = *(u64 *)(r10 -128)
  144: if r0 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  145: *(u32 *)(r10 -40) = 2
  146: goto +21
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  147: *(u32 *)(r10 -40) = 0
  148: goto +19
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  149: *(u32 *)(r10 -40) = 1
  150: r1 = map[pipe_route_stats] ll
  152: r2 = r10
  153: r2 += -40
  154: call bpf_map_lookup_elem
  155: r3 = r0
  156: if r3 == 0 goto +7
  157: r1 = *(u64 *)(r3 +0)
  158: r1 += 1
  159: *(u64 *)(r3 +0) = r1
  160: r2 = *(u64 *)(r3 +8)
  161: r1 = *(u64 *)(r10 -104)
  162: r2 += r1
  163: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
  164: r1 = 1
      ; write var6, v18
  165: *(u64 *)(r10 -120) = r1
  166: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  167: *(u32 *)(r10 -40) = 3
  168: r1 = map[pipe_route_stats] ll
  170: r2 = r10
  171: r2 += -40
  172: call bpf_map_lookup_elem
  173: r3 = r0
  174: if r3 == 0 goto +10
  175: r1 = *(u64 *)(r3 +0)
  176: r1 += 1
  177: *(u64 *)(r3 +0) = r1
  178: r2 = *(u64 *)(r3 +8)
  179: r1 = *(u64 *)(r10 -104)
  180: r2 += r1
  181: *(u64 *)(r3 +8) = r2
  182: goto +2
      ; drop
  183: r0 = 2
  184: exit
      ; epilogue: verdict
  185: r1 = *(u64 *)(r10 -120)
  186: if r1 != 0 goto +2
  187: r0 = 0
  188: exit
  189: if r1 != 2 goto +4
  190: r1 = *(u64 *)(r10 -112)
  191: r2 = 0
  192: call bpf_redirect
  193: exit
  194: r0 = 2
  195: exit
