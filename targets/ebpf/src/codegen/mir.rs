//! Machine IR: eBPF instructions over virtual registers, with labels instead of jump offsets. The
//! lowering emits it, [`super::regalloc`] maps virtual registers to r0-r9 (spilling to the stack),
//! and [`super::encode`] resolves labels and produces [`crate::program::Insn`]s.
//!
//! Register conventions of the generated code:
//! - r6 holds the packet's `data` pointer and r7 `data_end`, for the whole program (the verifier
//!   then keeps the bounds it learned from each check on r6's lineage);
//! - r0 and r5 are scratch registers used inside single instruction sequences;
//! - r1-r4, r8 and r9 hold virtual registers; values live across a helper call only in r8/r9 or in a
//!   spill slot (calls clobber r1-r5);
//! - r10 is the frame pointer; the stack frame holds variables, header slots, keys and spills.

/// A register operand: virtual (before allocation) or physical.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reg {
    Virtual(u32),
    Physical(u8),
}

pub const R0: Reg = Reg::Physical(0);
pub const R1: Reg = Reg::Physical(1);
pub const R2: Reg = Reg::Physical(2);
pub const R3: Reg = Reg::Physical(3);
pub const R4: Reg = Reg::Physical(4);
pub const R5: Reg = Reg::Physical(5);
/// Packet data pointer.
pub const DATA: Reg = Reg::Physical(6);
/// Packet end pointer.
pub const DATA_END: Reg = Reg::Physical(7);
pub const FP: Reg = Reg::Physical(10);

/// Second operand of ALU and jump instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Src {
    Reg(Reg),
    Imm(i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AluOp {
    Add,
    Sub,
    Mul,
    Div,
    Or,
    And,
    Lsh,
    Rsh,
    Neg,
    Mod,
    Xor,
    Mov,
    Arsh,
}

impl AluOp {
    pub fn code(self) -> u8 {
        match self {
            AluOp::Add => 0x00,
            AluOp::Sub => 0x10,
            AluOp::Mul => 0x20,
            AluOp::Div => 0x30,
            AluOp::Or => 0x40,
            AluOp::And => 0x50,
            AluOp::Lsh => 0x60,
            AluOp::Rsh => 0x70,
            AluOp::Neg => 0x80,
            AluOp::Mod => 0x90,
            AluOp::Xor => 0xa0,
            AluOp::Mov => 0xb0,
            AluOp::Arsh => 0xc0,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            AluOp::Add => "+=",
            AluOp::Sub => "-=",
            AluOp::Mul => "*=",
            AluOp::Div => "/=",
            AluOp::Or => "|=",
            AluOp::And => "&=",
            AluOp::Lsh => "<<=",
            AluOp::Rsh => ">>=",
            AluOp::Neg => "= -",
            AluOp::Mod => "%=",
            AluOp::Xor => "^=",
            AluOp::Mov => "=",
            AluOp::Arsh => "s>>=",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    Always,
    Eq,
    Ne,
    /// Unsigned >, >=, <, <=
    Gt,
    Ge,
    Lt,
    Le,
    /// Signed
    Sgt,
    Sge,
    Slt,
    Sle,
    /// `dst & src != 0`
    Set,
}

impl Cond {
    pub fn code(self) -> u8 {
        match self {
            Cond::Always => 0x00,
            Cond::Eq => 0x10,
            Cond::Gt => 0x20,
            Cond::Ge => 0x30,
            Cond::Set => 0x40,
            Cond::Ne => 0x50,
            Cond::Sgt => 0x60,
            Cond::Sge => 0x70,
            Cond::Lt => 0xa0,
            Cond::Le => 0xb0,
            Cond::Slt => 0xc0,
            Cond::Sle => 0xd0,
        }
    }
    pub fn negate(self) -> Cond {
        match self {
            Cond::Always => Cond::Always,
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Gt => Cond::Le,
            Cond::Ge => Cond::Lt,
            Cond::Lt => Cond::Ge,
            Cond::Le => Cond::Gt,
            Cond::Sgt => Cond::Sle,
            Cond::Sge => Cond::Slt,
            Cond::Slt => Cond::Sge,
            Cond::Sle => Cond::Sgt,
            Cond::Set => Cond::Set,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            Cond::Always => "",
            Cond::Eq => "==",
            Cond::Ne => "!=",
            Cond::Gt => ">",
            Cond::Ge => ">=",
            Cond::Lt => "<",
            Cond::Le => "<=",
            Cond::Sgt => "s>",
            Cond::Sge => "s>=",
            Cond::Slt => "s<",
            Cond::Sle => "s<=",
            Cond::Set => "&",
        }
    }
}

/// Memory access sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    B,
    H,
    W,
    Dw,
}

impl Size {
    pub fn bytes(self) -> u32 {
        match self {
            Size::B => 1,
            Size::H => 2,
            Size::W => 4,
            Size::Dw => 8,
        }
    }
    pub fn code(self) -> u8 {
        match self {
            Size::W => 0x00,
            Size::H => 0x08,
            Size::B => 0x10,
            Size::Dw => 0x18,
        }
    }
    pub fn of_bytes(bytes: u32) -> Size {
        match bytes {
            1 => Size::B,
            2 => Size::H,
            4 => Size::W,
            _ => Size::Dw,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Size::B => "u8",
            Size::H => "u16",
            Size::W => "u32",
            Size::Dw => "u64",
        }
    }
}

pub type Label = u32;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MInst {
    /// 64-bit ALU `dst op= src` (`Neg` ignores src).
    Alu { op: AluOp, dst: Reg, src: Src },
    /// 32-bit ALU (zero-extends the result): used for `mov32` and 32-bit wrapping.
    Alu32 { op: AluOp, dst: Reg, src: Src },
    /// Byte swap to big endian of the low `bits` (16, 32, 64), zero-extending.
    ToBe { dst: Reg, bits: u32 },
    /// `dst = imm64` (two slots).
    LoadImm64 { dst: Reg, value: u64 },
    /// `dst = &map` (two slots, relocated).
    LoadMap { dst: Reg, map: usize },
    Load { size: Size, dst: Reg, base: Reg, off: i16 },
    Store { size: Size, base: Reg, off: i16, src: Reg },
    StoreImm { size: Size, base: Reg, off: i16, imm: i32 },
    /// `lock *(u64 *)(base + off) += src` (`BPF_STX | BPF_ATOMIC | BPF_DW`, imm `BPF_ADD`): how
    /// offload builds count (map values may change only by atomic add there).
    AtomicAdd { base: Reg, off: i16, src: Reg },
    /// Conditional (or unconditional) jump to a label.
    Jump { cond: Cond, a: Reg, b: Src, target: Label },
    Call { helper: i32 },
    Exit,
    Label(Label),
    /// A comment for `--emit asm`: the IR operation the following instructions come from.
    Note(String),
}

impl MInst {
    /// Registers read.
    pub fn uses(&self) -> Vec<Reg> {
        let src = |s: &Src| match s {
            Src::Reg(r) => vec![*r],
            Src::Imm(_) => vec![],
        };
        match self {
            MInst::Alu { op: AluOp::Mov, src: s, .. } | MInst::Alu32 { op: AluOp::Mov, src: s, .. } => src(s),
            MInst::Alu { op: AluOp::Neg, dst, .. } | MInst::Alu32 { op: AluOp::Neg, dst, .. } => vec![*dst],
            MInst::Alu { dst, src: s, .. } | MInst::Alu32 { dst, src: s, .. } => {
                let mut v = vec![*dst];
                v.extend(src(s));
                v
            }
            MInst::ToBe { dst, .. } => vec![*dst],
            MInst::Load { base, .. } => vec![*base],
            MInst::Store { base, src, .. } | MInst::AtomicAdd { base, src, .. } => vec![*base, *src],
            MInst::StoreImm { base, .. } => vec![*base],
            MInst::Jump { cond: Cond::Always, .. } => vec![],
            MInst::Jump { a, b, .. } => {
                let mut v = vec![*a];
                v.extend(src(b));
                v
            }
            _ => vec![],
        }
    }

    /// Registers written.
    pub fn defs(&self) -> Vec<Reg> {
        match self {
            MInst::Alu { dst, .. } | MInst::Alu32 { dst, .. } | MInst::ToBe { dst, .. } => vec![*dst],
            MInst::LoadImm64 { dst, .. } | MInst::LoadMap { dst, .. } | MInst::Load { dst, .. } => vec![*dst],
            MInst::Call { .. } => vec![R0, R1, R2, R3, R4, R5],
            _ => vec![],
        }
    }
}
