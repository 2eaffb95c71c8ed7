//! What the code generator hands to the ELF writer and the loader: eBPF instructions, the maps the
//! program uses (with the BTF struct types of their keys and values), and the map relocations.
//! Plain data, so the writer, the loader and the tests can build programs by hand too.

/// One eBPF instruction slot (`struct bpf_insn`). `ld_imm64` takes two slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Insn {
    pub code: u8,
    /// Destination register (low nibble of the second byte).
    pub dst: u8,
    /// Source register (high nibble of the second byte).
    pub src: u8,
    pub off: i16,
    pub imm: i32,
}

impl Insn {
    /// The 8 little-endian bytes of the instruction.
    pub fn to_bytes(self) -> [u8; 8] {
        let mut bytes = [0u8; 8];
        bytes[0] = self.code;
        bytes[1] = (self.dst & 0x0f) | (self.src << 4);
        bytes[2..4].copy_from_slice(&self.off.to_le_bytes());
        bytes[4..8].copy_from_slice(&self.imm.to_le_bytes());
        bytes
    }
}

/// Where the program attaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramKind {
    /// TC cls_bpf direct-action (`BPF_PROG_TYPE_SCHED_CLS`), ELF section `classifier`.
    Tc,
    /// XDP (`BPF_PROG_TYPE_XDP`), ELF section `xdp`.
    Xdp,
}

impl ProgramKind {
    pub fn section(self) -> &'static str {
        match self {
            ProgramKind::Tc => "classifier",
            ProgramKind::Xdp => "xdp",
        }
    }
}

/// A member of a BTF struct describing a map key or value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BtfMember {
    pub name: String,
    /// Byte offset in the struct.
    pub offset: u32,
    /// Bytes: 1, 2, 4 and 8 become unsigned ints (`__u8`...`__u64`); other sizes `__u8[size]`.
    pub size: u32,
}

/// A named BTF struct (`bpftool map dump` prints its field names).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BtfStruct {
    pub name: String,
    pub size: u32,
    pub members: Vec<BtfMember>,
}

/// One map in the `.maps` section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapDef {
    /// Symbol and kernel map name (the kernel keeps 15 characters).
    pub name: String,
    /// `BPF_MAP_TYPE_*` from linux/bpf.h (HASH = 1, ARRAY = 2, PERCPU_ARRAY = 6, LPM_TRIE = 11,
    /// LRU_HASH = 9).
    pub map_type: u32,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    /// `BPF_F_NO_PREALLOC` (1) is required for LPM_TRIE.
    pub flags: u32,
    pub key_type: BtfStruct,
    pub value_type: BtfStruct,
}

/// An `ld_imm64 rX, map` at instruction slot `insn` that must point at map `map`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapRelocation {
    pub insn: usize,
    /// Index into `Program::maps`.
    pub map: usize,
}

/// A complete program, ready for the ELF writer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    pub kind: ProgramKind,
    /// The function symbol (program name in the kernel, 15 characters kept).
    pub name: String,
    pub insns: Vec<Insn>,
    pub relocations: Vec<MapRelocation>,
    pub maps: Vec<MapDef>,
    /// Contents of the `license` section, without the NUL.
    pub license: String,
}
