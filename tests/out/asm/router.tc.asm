; router for classifier: 184 instructions, stack 120 bytes, 4 maps
      ; prologue: save ctx, packet pointers, inputs
    0: *(u64 *)(r10 -8) = r1
    1: r6 = *(u32 *)(r1 +76)
    2: r7 = *(u32 *)(r1 +80)
    3: r3 = r6
    4: r2 = 0
    5: *(u64 *)(r10 -112) = 0
    6: *(u64 *)(r10 -120) = 0
    7: r1 = *(u32 *)(r1 +0)
    8: *(u64 *)(r10 -104) = r1
      ; prs: block0 (entry)
      ; prs: block1 (start)
      ; extract hdr0
    9: r3 += 14
   10: if r3 > r7 goto +160
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +155
      ; v0: bool = is_valid hdr1
   16: r3 = 0
   17: if r2 == 0 goto +1
   18: r3 = 1
      ; v1: bool = not v0
   19: r3 ^= 1
      ; v2: bit<4> = read_field hdr1.ihl
   20: r1 = 0
   21: if r2 == 0 goto +2
   22: r1 = *(u8 *)(r2 +0)
   23: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
   24: r2 = 1
   25: if r1 != 5 goto +1
   26: r2 = 0
      ; v5: bool = logical_or v1, v4
   27: r1 = r3
   28: r1 |= r2
      ; write var7, v5
   29: if r1 != 0 goto +30
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
   44: r8 = 1
   45: if r1 != 0 goto +11
   46: r8 = 0
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
   58: r1 = r8
   59: r1 ^= 1
      ; write var7, v9
      ; v10: bool = read var7
   60: if r1 != 0 goto +94
      ; v13: bit<8> = read_field hdr1.ttl
   61: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   62: if r1 <= 1 goto +75
      ; v19: bit<32> = read_field hdr1.dstAddr
   63: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   64: *(u64 *)(r10 -40) = 0
   65: *(u32 *)(r10 -36) = r1
   66: *(u32 *)(r10 -40) = 32
   67: r1 = map[pipe_ipv4_lpm] ll
   69: r2 = r10
   70: r2 += -40
   71: call bpf_map_lookup_elem
   72: r4 = r0
   73: r9 = 1
   74: if r4 != 0 goto +6
   75: r9 = 0
   76: r8 = 2
   77: r3 = 0
   78: r2 = 0
   79: r1 = 0
   80: goto +11
   81: r8 = *(u32 *)(r4 +0)
   82: r3 = *(u32 *)(r4 +4)
   83: r1 = *(u16 *)(r4 +8)
   84: r1 <<= 32
   85: r3 |= r1
   86: r2 = *(u32 *)(r4 +10)
   87: r1 = *(u16 *)(r4 +14)
   88: r1 <<= 32
   89: r2 |= r1
   90: r1 = *(u32 *)(r4 +16)
   91: r1 = be32 r1
   92: if r8 == 1 goto +3
   93: if r8 != 2 goto +39
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   94: *(u64 *)(r10 -120) = 1
   95: goto +37
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   96: *(u32 *)(r6 +0) = r3
   97: r3 >>= 32
   98: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   99: *(u32 *)(r6 +6) = r2
  100: r2 >>= 32
  101: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
  102: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
  103: r2 -= 1
  104: r2 &= 255
      ; write_field hdr1.ttl, v27
  105: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
  106: r3 = *(u32 *)(r6 +14)
  107: r2 = *(u32 *)(r6 +18)
  108: r3 += r2
  109: r2 = *(u32 *)(r6 +22)
  110: r2 &= 65535
  111: r3 += r2
  112: r2 = *(u32 *)(r6 +26)
  113: r3 += r2
  114: r2 = *(u32 *)(r6 +30)
  115: r3 += r2
  116: r2 = r3
  117: r2 >>= 16
  118: r3 &= 65535
  119: r3 += r2
  120: r2 = r3
  121: r2 >>= 16
  122: r3 &= 65535
  123: r3 += r2
  124: r2 = r3
  125: r2 >>= 16
  126: r3 &= 65535
  127: r3 += r2
  128: r3 ^= 65535
  129: r3 &= 65535
  130: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  131: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  132: *(u64 *)(r10 -120) = 2
  133: if r9 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  134: *(u32 *)(r10 -40) = 2
  135: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  136: *(u32 *)(r10 -40) = 0
  137: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  138: *(u32 *)(r10 -40) = 1
  139: r1 = map[pipe_route_stats] ll
  141: r2 = r10
  142: r2 += -40
  143: call bpf_map_lookup_elem
  144: r3 = r0
  145: if r3 == 0 goto +7
  146: r1 = *(u64 *)(r3 +0)
  147: r1 += 1
  148: *(u64 *)(r3 +0) = r1
  149: r2 = *(u64 *)(r3 +8)
  150: r1 = *(u64 *)(r10 -104)
  151: r2 += r1
  152: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  153: *(u64 *)(r10 -120) = 1
  154: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  155: *(u32 *)(r10 -40) = 3
  156: r1 = map[pipe_route_stats] ll
  158: r2 = r10
  159: r2 += -40
  160: call bpf_map_lookup_elem
  161: r3 = r0
  162: if r3 == 0 goto +10
  163: r1 = *(u64 *)(r3 +0)
  164: r1 += 1
  165: *(u64 *)(r3 +0) = r1
  166: r2 = *(u64 *)(r3 +8)
  167: r1 = *(u64 *)(r10 -104)
  168: r2 += r1
  169: *(u64 *)(r3 +8) = r2
  170: goto +2
      ; drop
  171: r0 = 2
  172: exit
      ; epilogue: verdict
  173: r1 = *(u64 *)(r10 -120)
  174: if r1 != 0 goto +2
  175: r0 = 0
  176: exit
  177: if r1 != 2 goto +4
  178: r1 = *(u64 *)(r10 -112)
  179: r2 = 0
  180: call bpf_redirect
  181: exit
  182: r0 = 2
  183: exit
