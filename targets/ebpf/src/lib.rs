//! flowmark's eBPF target: IR -> eBPF instructions (a hand-written code generator with register
//! allocation and verifier-shaped bounds checks), written as an ELF object with BTF that loads
//! unchanged with tc, bpftool/libbpf and aya, for TC (`classifier`) and XDP (`xdp`).
#![forbid(unsafe_code)]

pub mod program;
