; router for classifier: 175 instructions, stack 120 bytes, 4 maps
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
   10: if r3 > r7 goto +151
      ; v0: bit<16> = read_field hdr0.etherType
   11: r1 = *(u16 *)(r6 +12)
   12: if r1 != 8 goto +3
      ; prs: block2 (parse_ipv4)
      ; extract hdr1
   13: r2 = r3
   14: r3 += 20
   15: if r3 > r7 goto +146
      ; v0: bool = is_valid hdr1
      ; v1: bool = not v0
      ; v2: bit<4> = read_field hdr1.ihl
   16: r1 = 0
   17: if r2 == 0 goto +2
   18: r1 = *(u8 *)(r2 +0)
   19: r1 &= 15
      ; v3: bit<4> = const 5
      ; v4: bool = ne v2, v3
      ; v5: bool = logical_or v1, v4
      ; write var7, v5
   20: if r2 == 0 goto +125
   21: if r1 != 5 goto +124
      ; v6: bit<48> = read_field hdr0.dstAddr
   22: r1 = *(u32 *)(r6 +0)
   23: r2 = *(u16 *)(r6 +4)
   24: r2 <<= 32
   25: r1 |= r2
      ; v7, v8 = apply table0(v6)
   26: *(u64 *)(r10 -40) = 0
   27: *(u32 *)(r10 -40) = r1
   28: r1 >>= 32
   29: *(u16 *)(r10 -36) = r1
   30: r1 = map[pipe_my_macs] ll
   32: r2 = r10
   33: r2 += -40
   34: call bpf_map_lookup_elem
   35: r1 = r0
   36: r8 = 1
   37: if r1 != 0 goto +11
   38: r8 = 0
   39: *(u32 *)(r10 -40) = 0
   40: r1 = map[pipe_my_macs_default] ll
   42: r2 = r10
   43: r2 += -40
   44: call bpf_map_lookup_elem
   45: r1 = r0
   46: if r1 != 0 goto +2
   47: r1 = 0
   48: goto +1
   49: r1 = *(u32 *)(r1 +0)
      ; pipe: block2 (NoAction)
      ; v9: bool = not v7
   50: r8 ^= 1
      ; write var7, v9
   51: if r8 != 0 goto +94
      ; v13: bit<8> = read_field hdr1.ttl
   52: r1 = *(u8 *)(r6 +22)
      ; v14: bit<8> = const 1
      ; v15: bool = le v13, v14
   53: if r1 <= 1 goto +75
      ; v19: bit<32> = read_field hdr1.dstAddr
   54: r1 = *(u32 *)(r6 +30)
      ; v20, v21, [v22, v23, v24] = apply table1(v19)
   55: *(u64 *)(r10 -40) = 0
   56: *(u32 *)(r10 -36) = r1
   57: *(u32 *)(r10 -40) = 32
   58: r1 = map[pipe_ipv4_lpm] ll
   60: r2 = r10
   61: r2 += -40
   62: call bpf_map_lookup_elem
   63: r4 = r0
   64: r9 = 1
   65: if r4 != 0 goto +6
   66: r9 = 0
   67: r8 = 2
   68: r3 = 0
   69: r2 = 0
   70: r1 = 0
   71: goto +11
   72: r8 = *(u32 *)(r4 +0)
   73: r3 = *(u32 *)(r4 +4)
   74: r1 = *(u16 *)(r4 +8)
   75: r1 <<= 32
   76: r3 |= r1
   77: r2 = *(u32 *)(r4 +10)
   78: r1 = *(u16 *)(r4 +14)
   79: r1 <<= 32
   80: r2 |= r1
   81: r1 = *(u32 *)(r4 +16)
   82: r1 = be32 r1
   83: if r8 == 1 goto +3
   84: if r8 != 2 goto +39
      ; pipe: block10 (pipe.drop)
      ; v29: bit<8> = const 1
      ; write var6, v29
   85: *(u64 *)(r10 -120) = 1
   86: goto +37
      ; pipe: block12 (pipe.set_nhop)
      ; write_field hdr0.dstAddr, v22
   87: *(u32 *)(r6 +0) = r3
   88: r3 >>= 32
   89: *(u16 *)(r6 +4) = r3
      ; write_field hdr0.srcAddr, v23
   90: *(u32 *)(r6 +6) = r2
   91: r2 >>= 32
   92: *(u16 *)(r6 +10) = r2
      ; v25: bit<8> = read_field hdr1.ttl
   93: r2 = *(u8 *)(r6 +22)
      ; v26: bit<8> = const 1
      ; v27: bit<8> = sub v25, v26
   94: r2 -= 1
   95: r2 &= 255
      ; write_field hdr1.ttl, v27
   96: *(u8 *)(r6 +22) = r2
      ; ipv4_checksum_update hdr1.hdrChecksum
   97: r3 = *(u32 *)(r6 +14)
   98: r2 = *(u32 *)(r6 +18)
   99: r3 += r2
  100: r2 = *(u32 *)(r6 +22)
  101: r2 &= 65535
  102: r3 += r2
  103: r2 = *(u32 *)(r6 +26)
  104: r3 += r2
  105: r2 = *(u32 *)(r6 +30)
  106: r3 += r2
  107: r2 = r3
  108: r2 >>= 16
  109: r3 &= 65535
  110: r3 += r2
  111: r2 = r3
  112: r2 >>= 16
  113: r3 &= 65535
  114: r3 += r2
  115: r2 = r3
  116: r2 >>= 16
  117: r3 &= 65535
  118: r3 += r2
  119: r3 ^= 65535
  120: r3 &= 65535
  121: *(u16 *)(r6 +24) = r3
      ; write var5, v24
  122: *(u64 *)(r10 -112) = r1
      ; v28: bit<8> = const 2
      ; write var6, v28
  123: *(u64 *)(r10 -120) = 2
  124: if r9 != 0 goto +2
      ; v32: bit<32> = const 2
      ; v33: bit<32> = const 1
      ; count counter0[v32] += v33
  125: *(u32 *)(r10 -40) = 2
  126: goto +20
      ; v30: bit<32> = const 0
      ; v31: bit<32> = const 1
      ; count counter0[v30] += v31
  127: *(u32 *)(r10 -40) = 0
  128: goto +18
      ; v16: bit<32> = const 1
      ; v17: bit<32> = const 1
      ; count counter0[v16] += v17
  129: *(u32 *)(r10 -40) = 1
  130: r1 = map[pipe_route_stats] ll
  132: r2 = r10
  133: r2 += -40
  134: call bpf_map_lookup_elem
  135: r3 = r0
  136: if r3 == 0 goto +7
  137: r1 = *(u64 *)(r3 +0)
  138: r1 += 1
  139: *(u64 *)(r3 +0) = r1
  140: r2 = *(u64 *)(r3 +8)
  141: r1 = *(u64 *)(r10 -104)
  142: r2 += r1
  143: *(u64 *)(r3 +8) = r2
      ; v18: bit<8> = const 1
      ; write var6, v18
  144: *(u64 *)(r10 -120) = 1
  145: goto +18
      ; v11: bit<32> = const 3
      ; v12: bit<32> = const 1
      ; count counter0[v11] += v12
  146: *(u32 *)(r10 -40) = 3
  147: r1 = map[pipe_route_stats] ll
  149: r2 = r10
  150: r2 += -40
  151: call bpf_map_lookup_elem
  152: r3 = r0
  153: if r3 == 0 goto +10
  154: r1 = *(u64 *)(r3 +0)
  155: r1 += 1
  156: *(u64 *)(r3 +0) = r1
  157: r2 = *(u64 *)(r3 +8)
  158: r1 = *(u64 *)(r10 -104)
  159: r2 += r1
  160: *(u64 *)(r3 +8) = r2
  161: goto +2
      ; drop
  162: r0 = 2
  163: exit
      ; epilogue: verdict
  164: r1 = *(u64 *)(r10 -120)
  165: if r1 != 0 goto +2
  166: r0 = 0
  167: exit
  168: if r1 != 2 goto +4
  169: r1 = *(u64 *)(r10 -112)
  170: r2 = 0
  171: call bpf_redirect
  172: exit
  173: r0 = 2
  174: exit
