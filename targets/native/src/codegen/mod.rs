//! IR -> CLIF: one Cranelift function per pipeline,
//! `fn(packet: *mut u8, len: u32, ctx: *mut Context) -> u32` (the verdict).
//!
//! Shape: an entry block sets up the standard variables, the parser's blocks follow (its `accept`
//! jumps to the control's entry), the control's `return` jumps to the finish block (deparse, then
//! verdict, mark and output port into the context), and every parser reject goes to the reject
//! block (drop, error into the context, packet untouched). IR variables and IR values are
//! cranelift-frontend `Variable`s, IR blocks are CLIF blocks. Scalars of up to 64 bits are `i64`,
//! wider ones `i128`; every value is kept masked to its width (the interpreter's invariant).
//!
//! Headers: a valid flag, an "extracted" flag, a packet offset and a data pointer per instance.
//! Headers the program never writes are read in place from the packet (the data pointer points at
//! the extracted bytes, or at a zeroed stack area before any extract). Headers it writes get a
//! scratch stack slot: `extract` copies the bytes in, reads and writes work there, and the finish
//! block copies the scratch of every valid, extracted header back to its offset: the deparse rule
//! of the IR (a parser reject or `setInvalid` leaves the packet's bytes untouched). A header no
//! `setInvalid` touches reads as zeros while invalid, so its field reads need no validity select;
//! `validity` finds where headers are known valid (writes there need no validity branch).
//!
//! Bounds: `extract` checks `cursor + size <= len` once for the whole header, `advance` and
//! `lookahead` check their bytes; field reads afterwards need no check. Nothing else touches the
//! packet, so no access can leave `[packet, packet + len)`.
//!
//! Tables, hints, maps, counters, random numbers and time call the runtime's host functions
//! (`flowmark_runtime::host`) with keys and values in the layouts of
//! `flowmark_compiler::layout`; hashing and checksums are inlined.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I128, I32, I64, I8};
use cranelift_codegen::ir::{
    self as clif, AbiParam, FuncRef, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
};
use cranelift_codegen::isa::CallConv;
use cranelift_entity::EntityRef;
use cranelift_frontend::{FunctionBuilder, Switch, Variable};
use cranelift_module::{FuncId, Linkage, Module as ClifModule};
use flowmark_compiler::ir::{
    self, Architecture, BinaryOp, Block, Function, HeaderId, Inst, KeySet, SelectTarget, Terminator, Type, UnaryOp,
    Value,
};
use flowmark_compiler::layout::{self, ByteOrder, FieldLayout};
use flowmark_runtime::host;

use crate::Error;

mod checksum;
mod copied;
mod dead_params;
mod inline;
mod keys;
mod known_bits;
mod network_order;
mod validity;

/// Byte offsets of [`flowmark_runtime::Context`] fields.
pub(crate) mod ctx {
    use flowmark_runtime::Context;
    use std::mem::offset_of;
    pub const IN_PORT: i32 = offset_of!(Context, in_port) as i32;
    pub const TIME_NS: i32 = offset_of!(Context, time_ns) as i32;
    pub const WORKER: i32 = offset_of!(Context, worker) as i32;
    pub const MARK_IN: i32 = offset_of!(Context, mark_in) as i32;
    pub const MARK: i32 = offset_of!(Context, mark) as i32;
    pub const OUT_PORT: i32 = offset_of!(Context, out_port) as i32;
    pub const VERDICT: i32 = offset_of!(Context, verdict) as i32;
    pub const PARSER_ERROR: i32 = offset_of!(Context, parser_error) as i32;
    pub const STATE: i32 = offset_of!(Context, state) as i32;
}

/// Switches of at most this many distinct values become compare chains (see [`Gen::small_switch`]).
const SMALL_SWITCH_CASES: usize = 4;

/// The imported host functions of a module.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Imports {
    table_lookup: FuncId,
    hint_lookup: FuncId,
    map_lookup: FuncId,
    map_update: FuncId,
    map_delete: FuncId,
    count: FuncId,
    random: FuncId,
}

fn sig(call_conv: CallConv, params: &[clif::Type], ret: Option<clif::Type>) -> Signature {
    let mut s = Signature::new(call_conv);
    s.params.extend(params.iter().map(|t| AbiParam::new(*t)));
    s.returns.extend(ret.map(AbiParam::new));
    s
}

/// The entry function's signature.
pub(crate) fn entry_signature(call_conv: CallConv) -> Signature {
    sig(call_conv, &[I64, I32, I64], Some(I32))
}

pub(crate) fn declare_imports<M: ClifModule>(m: &mut M) -> Result<Imports, Error> {
    let cc = m.isa().default_call_conv();
    let mut declare = |name: &str, params: &[clif::Type], ret: Option<clif::Type>| {
        m.declare_function(name, Linkage::Import, &sig(cc, params, ret)).map_err(|e| Error::Codegen(e.to_string()))
    };
    Ok(Imports {
        table_lookup: declare(host::TABLE_LOOKUP, &[I64, I32, I64, I64], Some(I32))?,
        hint_lookup: declare(host::HINT_LOOKUP, &[I64, I32, I64, I64], Some(I32))?,
        map_lookup: declare(host::MAP_LOOKUP, &[I64, I32, I64, I64], Some(I32))?,
        map_update: declare(host::MAP_UPDATE, &[I64, I32, I64, I64], None)?,
        map_delete: declare(host::MAP_DELETE, &[I64, I32, I64], None)?,
        count: declare(host::COUNT, &[I64, I32, I64, I64, I64], None)?,
        random: declare(host::RANDOM, &[I64], Some(I32))?,
    })
}

/// Function references of the imports inside one function.
struct Refs {
    table_lookup: FuncRef,
    hint_lookup: FuncRef,
    map_lookup: FuncRef,
    map_update: FuncRef,
    map_delete: FuncRef,
    count: FuncRef,
    random: FuncRef,
}

/// The CLIF representation type of an IR type.
fn repr(ty: Type) -> clif::Type {
    if ty.width() > 64 {
        I128
    } else {
        I64
    }
}

/// Memory flags for accesses that cannot trap (bounds checked or stack).
fn flags() -> MemFlagsData {
    MemFlagsData::new().with_notrap()
}

/// Memory flags for bounds-checked reads of a header that nothing writes (from the packet, or
/// the zeroed area invalid headers read as). Nothing writes the packet before the finish block
/// (written headers work on a scratch copy that the finish block writes back), and the finish
/// block writes back only written headers, whose bytes no other header shares (the cursor only
/// moves forward), so these loads are read-only and movable: Cranelift treats them as pure and
/// places each at its use, instead of keeping the loaded value alive (in a register or a spill
/// slot) from the read to the use. Placing a value never moves it above its uses, so a read never
/// moves above its bounds check.
fn packet_flags() -> MemFlagsData {
    flags().with_readonly().with_can_move()
}

/// Memory flags for the context's inputs (port, incoming mark, worker, time, state pointer):
/// the pipeline never writes them, so, as with [`packet_flags`], each load sits at its use (an
/// unused one goes) instead of living from the entry to the exit.
pub(super) fn input_flags() -> MemFlagsData {
    MemFlagsData::trusted().with_readonly().with_can_move()
}

/// Per header instance.
struct HeaderVars {
    valid: Variable,
    extracted: Variable,
    offset: Variable,
    /// Where the field bytes are (packet, scratch or the zero area).
    ptr: Variable,
    size: u32,
    scratch: Option<clif::StackSlot>,
    /// A small header the program never writes that `extract` copies into a fixed stack area
    /// (see `copied.rs`).
    copied: Option<copied::CopiedAt>,
    /// Some `setInvalid()` touches the header. If none does, its bytes at `ptr` are all zero
    /// while it is invalid (the zero area, or a scratch nothing wrote yet: writes need validity),
    /// so reads need no validity select.
    invalidated: bool,
}

/// Which function an IR value belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Part {
    Parser,
    Control,
}

struct Gen<'a, 'b> {
    m: &'a ir::Module,
    b: &'a mut FunctionBuilder<'b>,
    refs: Refs,
    packet: clif::Value,
    len: clif::Value,
    ctx: clif::Value,
    state: clif::Value,
    vars: Vec<Variable>,
    values: HashMap<(Part, Value), Variable>,
    headers: Vec<HeaderVars>,
    cursor: Variable,
    error: Variable,
    reject: clif::Block,
    finish: clif::Block,
    parser_blocks: HashMap<Block, clif::Block>,
    control_blocks: HashMap<Block, clif::Block>,
    part: Part,
    /// Blocks that reject with an error, to fill after the functions.
    pending_rejects: Vec<(clif::Block, u32)>,
    /// The target keeps loads in order (x86): inline probes need no fences.
    x86: bool,
    /// Flat stores read inline, loaded in the entry block (see `inline::Preloaded`).
    preloaded: inline::Preloaded,
    /// Values known to fit in fewer bits than their type (see `known_bits`).
    bits: HashMap<clif::Value, u32>,
    /// The parts of `++` results: (value, its shift), so a chain of concatenations becomes
    /// independent shifts under one OR tree instead of a serial shift-or chain.
    concat_parts: HashMap<clif::Value, Vec<(clif::Value, u32)>>,
    /// Values that are whole bytes read (movably) from a copied header's area in the control:
    /// (area, byte offset, bytes). A `++` of two adjacent ones is one wider read (p0f's option
    /// list: eight one-byte kinds become one 8-byte load).
    copied_reads: HashMap<clif::Value, (clif::StackSlot, u32, u32)>,
    /// Bytes a copied header's `extract` loaded in the current IR block, by (header, offset):
    /// a parser read of that byte uses the loaded value (zero-extended already) instead of
    /// reading the copy back.
    extracted_bytes: HashMap<(HeaderId, u32), clif::Value>,
    /// Packet-order shadows of variables (see `network_order`).
    shadows: network_order::Shadows,
}

/// Does any instruction write into `header`'s bytes?
fn written_headers(m: &ir::Module) -> Vec<bool> {
    let mut written = vec![false; m.headers.len()];
    for header in m.instructions().filter_map(Inst::header_bytes_written) {
        written[header.index()] = true;
    }
    written
}

/// Build the pipeline function into `func`.
pub(crate) fn build_function<M: ClifModule>(
    m: &ir::Module,
    module: &mut M,
    imports: &Imports,
    func: &mut clif::Function,
    fctx: &mut cranelift_frontend::FunctionBuilderContext,
) -> Result<(), Error> {
    let mut b = FunctionBuilder::new(func, fctx);
    let refs = Refs {
        table_lookup: module.declare_func_in_func(imports.table_lookup, b.func),
        hint_lookup: module.declare_func_in_func(imports.hint_lookup, b.func),
        map_lookup: module.declare_func_in_func(imports.map_lookup, b.func),
        map_update: module.declare_func_in_func(imports.map_update, b.func),
        map_delete: module.declare_func_in_func(imports.map_delete, b.func),
        count: module.declare_func_in_func(imports.count, b.func),
        random: module.declare_func_in_func(imports.random, b.func),
    };
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let params = b.block_params(entry).to_vec();
    let (packet, len32, ctxp) = (params[0], params[1], params[2]);
    let len = b.ins().uextend(I64, len32);
    let state = b.ins().load(I64, input_flags(), ctxp, ctx::STATE);
    let reject = b.create_block();
    let finish = b.create_block();
    let cursor = b.declare_var(I64);
    let error = b.declare_var(I64);
    let vars = m.variables.values().map(|v| b.declare_var(repr(v.ty))).collect();
    let mut g = Gen {
        m,
        b: &mut b,
        refs,
        packet,
        len,
        ctx: ctxp,
        state,
        vars,
        values: HashMap::new(),
        headers: Vec::new(),
        cursor,
        error,
        reject,
        finish,
        parser_blocks: HashMap::new(),
        control_blocks: HashMap::new(),
        part: Part::Parser,
        pending_rejects: Vec::new(),
        x86: module.isa().name() == "x64",
        preloaded: inline::Preloaded::default(),
        bits: HashMap::new(),
        concat_parts: HashMap::new(),
        copied_reads: HashMap::new(),
        extracted_bytes: HashMap::new(),
        shadows: network_order::Shadows::default(),
    };
    let validity = validity::analyze(m);
    g.entry(&validity.needs_zero)?;
    let [parser_facts, control_facts] = validity.facts;
    g.function(&m.parser, Part::Parser, &parser_facts)?;
    g.function(&m.control, Part::Control, &control_facts)?;
    g.reject_block();
    g.finish_block()?;
    b.seal_all_blocks();
    b.finalize(module.isa().frontend_config());
    dead_params::remove_dead_block_params(func);
    Ok(())
}

impl Gen<'_, '_> {
    fn iconst(&mut self, ty: clif::Type, value: u128) -> clif::Value {
        if ty == I128 {
            let lo = self.b.ins().iconst(I64, value as u64 as i64);
            let hi = self.b.ins().iconst(I64, (value >> 64) as u64 as i64);
            self.b.ins().iconcat(lo, hi)
        } else {
            let bits = ty.bits();
            let v = if bits >= 64 { value as u64 } else { (value as u64) & ((1u64 << bits) - 1) };
            self.b.ins().iconst(ty, v as i64)
        }
    }

    /// Mask a value of representation `repr(ty)` to `ty`'s width.
    fn mask(&mut self, v: clif::Value, ty: Type) -> clif::Value {
        let w = ty.width();
        if self.known_bits(v) <= u32::from(w) {
            return v;
        }
        match repr(ty) {
            I128 if w < 128 => {
                let m = self.iconst(I128, ir::mask(w));
                self.b.ins().band(v, m)
            }
            // `mov r32, r32` where an AND would need the 64-bit mask from memory (x86).
            I64 if w == 32 => {
                let low = self.b.ins().ireduce(I32, v);
                self.b.ins().uextend(I64, low)
            }
            I64 if w < 64 => self.b.ins().band_imm_u(v, ir::mask(w) as u64 as i64),
            _ => v,
        }
    }

    /// Convert between representations (zero extension or truncation), then mask to `to`.
    fn resize(&mut self, v: clif::Value, to: Type) -> clif::Value {
        let have = self.b.func.dfg.value_type(v);
        let want = repr(to);
        let v = if have == want {
            v
        } else if have.bits() < want.bits() {
            self.b.ins().uextend(want, v)
        } else {
            self.b.ins().ireduce(want, v)
        };
        self.mask(v, to)
    }

    /// Sign-extend a `width`-bit value held in an i64 to all 64 bits.
    fn sext64(&mut self, v: clif::Value, width: u16) -> clif::Value {
        if width >= 64 {
            return v;
        }
        let s = i64::from(64 - width);
        let up = self.b.ins().ishl_imm_u(v, s);
        self.b.ins().sshr_imm_u(up, s)
    }

    fn bool_value(&mut self, c: clif::Value) -> clif::Value {
        self.b.ins().uextend(I64, c)
    }

    /// The constant `v` is, when the builder can see it.
    fn known_constant(&self, v: clif::Value) -> Option<i64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            clif::InstructionData::UnaryImm { opcode: clif::Opcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }

    fn value_var(&mut self, v: Value) -> Variable {
        if let Some(var) = self.values.get(&(self.part, v)) {
            return *var;
        }
        let ty = self.ty(v);
        let var = self.b.declare_var(repr(ty));
        self.values.insert((self.part, v), var);
        var
    }

    fn func(&self) -> &ir::Function {
        match self.part {
            Part::Parser => &self.m.parser,
            Part::Control => &self.m.control,
        }
    }

    fn ty(&self, v: Value) -> Type {
        self.func().values.get(v).copied().unwrap_or(Type::bits(64))
    }

    fn get(&mut self, v: Value) -> clif::Value {
        let var = self.value_var(v);
        let x = self.b.use_var(var);
        // IR values are kept masked to their types.
        let width = self.ty(v).width();
        self.note_bits(x, u32::from(width));
        x
    }

    /// Define an IR value, masking `x` (already of the value's representation) to its type.
    fn set(&mut self, v: Value, x: clif::Value) {
        let ty = self.ty(v);
        let x = self.resize(x, ty);
        let var = self.value_var(v);
        self.b.def_var(var, x);
    }

    fn stack_slot(&mut self, size: u32) -> clif::StackSlot {
        self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size.max(1), 3))
    }

    fn slot_addr(&mut self, slot: clif::StackSlot) -> clif::Value {
        self.b.ins().stack_addr(I64, slot, 0)
    }

    /// Zero `size` bytes at `ptr`.
    fn zero(&mut self, ptr: clif::Value, size: u32) {
        let zero = self.b.ins().iconst(I64, 0);
        for (off, n) in Self::pieces(size) {
            let ty = Self::int_type(n);
            let z = if ty == I64 { zero } else { self.b.ins().ireduce(ty, zero) };
            self.b.ins().store(flags(), z, ptr, off as i32);
        }
    }

    /// Copy `size` bytes from `src` to `dst` (no overlap).
    fn copy(&mut self, dst: clif::Value, src: clif::Value, size: u32) {
        for (off, n) in Self::pieces(size) {
            let v = self.b.ins().load(Self::int_type(n), flags(), src, off as i32);
            self.b.ins().store(flags(), v, dst, off as i32);
        }
    }

    /// Pieces (offset, bytes) of a `size`-byte access: 8, 4, 2, 1 bytes.
    fn pieces(size: u32) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut off = 0;
        while off < size {
            let n = match size - off {
                8.. => 8,
                4..=7 => 4,
                2..=3 => 2,
                _ => 1,
            };
            out.push((off, n));
            off += n;
        }
        out
    }

    fn int_type(bytes: u32) -> clif::Type {
        match bytes {
            1 => I8,
            2 => clif::types::I16,
            4 => I32,
            _ => I64,
        }
    }

    /// Load `size` bytes at `ptr + off` as a big-endian number (i64 up to 8 bytes, else i128).
    fn load_be(&mut self, ptr: clif::Value, off: u32, size: u32, flags: MemFlagsData) -> clif::Value {
        let ty = if size > 8 { I128 } else { I64 };
        let mut acc: Option<clif::Value> = None;
        for (o, n) in Self::pieces(size) {
            let t = Self::int_type(n);
            let mut v = self.b.ins().load(t, flags, ptr, (off + o) as i32);
            if n > 1 {
                v = self.b.ins().bswap(v);
            }
            let v = if t == ty { v } else { self.b.ins().uextend(ty, v) };
            acc = Some(match acc {
                None => v,
                Some(a) => {
                    let shifted = self.b.ins().ishl_imm_u(a, i64::from(n * 8));
                    self.b.ins().bor(shifted, v)
                }
            });
        }
        acc.unwrap_or_else(|| self.b.ins().iconst(I64, 0))
    }

    /// Store the low `size` bytes of `v` (i64 or i128) big-endian at `ptr + off`.
    fn store_be(&mut self, ptr: clif::Value, off: u32, size: u32, v: clif::Value) {
        let have = self.b.func.dfg.value_type(v);
        for (o, n) in Self::pieces(size) {
            let shift = (size - o - n) * 8;
            let part = if shift > 0 { self.b.ins().ushr_imm_u(v, i64::from(shift)) } else { v };
            let t = Self::int_type(n);
            let part = if have.bits() > t.bits() { self.b.ins().ireduce(t, part) } else { part };
            let part = if n > 1 { self.b.ins().bswap(part) } else { part };
            self.b.ins().store(flags(), part, ptr, (off + o) as i32);
        }
    }

    /// Read a bit field (`bit_offset` from `ptr`, `width` bits, big-endian) as `repr(bits(width))`.
    fn read_bits(&mut self, ptr: clif::Value, bit_offset: u32, width: u16, flags: MemFlagsData) -> clif::Value {
        let start = bit_offset / 8;
        let end = (bit_offset + u32::from(width) - 1) / 8;
        let size = end - start + 1;
        let chunk = self.load_be(ptr, start, size, flags);
        let shift = size * 8 - (bit_offset % 8) - u32::from(width);
        let v = if shift > 0 { self.b.ins().ushr_imm_u(chunk, i64::from(shift)) } else { chunk };
        self.resize(v, Type::bits(width))
    }

    /// Write a bit field (value already masked, any representation).
    fn write_bits(&mut self, ptr: clif::Value, bit_offset: u32, width: u16, v: clif::Value) {
        let start = bit_offset / 8;
        let end = (bit_offset + u32::from(width) - 1) / 8;
        let size = end - start + 1;
        let cty = if size > 8 { I128 } else { I64 };
        let v = self.resize(v, Type::bits(width));
        let v = if self.b.func.dfg.value_type(v) == cty { v } else { self.b.ins().uextend(cty, v) };
        if bit_offset.is_multiple_of(8) && width.is_multiple_of(8) {
            self.store_be(ptr, start, size, v);
            return;
        }
        let shift = size * 8 - (bit_offset % 8) - u32::from(width);
        let chunk = self.load_be(ptr, start, size, flags());
        let field_mask = self.iconst(cty, ir::mask(width) << shift);
        let cleared = self.b.ins().band_not(chunk, field_mask);
        let placed = if shift > 0 { self.b.ins().ishl_imm_u(v, i64::from(shift)) } else { v };
        let merged = self.b.ins().bor(cleared, placed);
        self.store_be(ptr, start, size, merged);
    }

    /// A switch of a few cases as a chain of compares, one per target in the order of the
    /// cases: each target's values as one range compare when they are consecutive, else as equal
    /// compares ORed together. (Cranelift's `Switch` makes a jump table of any run of
    /// consecutive values: a bounds check, a clamp, a table load and an indirect jump, dearer
    /// than a few predicted compares; the action dispatch after every table apply is such a
    /// switch.) The first case of a value wins, as in the jump table.
    fn small_switch(&mut self, v: clif::Value, cases: &[(u128, Block)], default: clif::Block) {
        let mut groups: Vec<(Block, Vec<u64>)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (c, b) in cases {
            // A value wider than the scrutinee never matches.
            if !seen.insert(*c) || *c > u128::from(u64::MAX) {
                continue;
            }
            match groups.iter_mut().find(|(target, _)| target == b) {
                Some((_, values)) => values.push(*c as u64),
                None => groups.push((*b, vec![*c as u64])),
            }
        }
        for (target, mut values) in groups {
            values.sort_unstable();
            let (low, high) = (values[0], values[values.len() - 1]);
            let cond = if values.len() > 1 && high - low == values.len() as u64 - 1 {
                let offset = self.b.ins().iadd_imm_u(v, low.wrapping_neg() as i64);
                self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, offset, (high - low) as i64)
            } else {
                let mut cond: Option<clif::Value> = None;
                for value in values {
                    let eq = self.b.ins().icmp_imm_u(IntCC::Equal, v, value as i64);
                    cond = Some(match cond {
                        None => eq,
                        Some(c) => self.b.ins().bor(c, eq),
                    });
                }
                cond.expect("a group has a value")
            };
            let target = self.block(target);
            let next = self.b.create_block();
            self.b.ins().brif(cond, target, &[], next, &[]);
            self.switch_to_sealed(next);
        }
        self.b.ins().jump(default, &[]);
    }

    fn call(&mut self, f: FuncRef, args: &[clif::Value]) -> Option<clif::Value> {
        let inst = self.b.ins().call(f, args);
        self.b.inst_results(inst).first().copied()
    }

    // ---- structure ----

    fn entry(&mut self, needs_zero: &std::collections::HashSet<HeaderId>) -> Result<(), Error> {
        let m = self.m;
        for (i, v) in m.variables.values().enumerate() {
            let zero = self.iconst(repr(v.ty), 0);
            self.b.def_var(self.vars[i], zero);
        }
        let std = &m.standard;
        let in_port = self.b.ins().load(I32, input_flags(), self.ctx, ctx::IN_PORT);
        let mark_in = self.b.ins().load(I32, input_flags(), self.ctx, ctx::MARK_IN);
        let entry_values = [(std.in_port, Some(in_port)), (std.packet_length, None), (std.mark, Some(mark_in))];
        for (var, value) in entry_values {
            if let Some(var) = var {
                let ty = m.variables[var].ty;
                let v = match value {
                    Some(v) => self.b.ins().uextend(I64, v),
                    None => self.len,
                };
                let v = self.resize(v, ty);
                self.b.def_var(self.vars[var.index()], v);
            }
        }
        self.declare_shadows();
        let zero64 = self.b.ins().iconst(I64, 0);
        self.b.def_var(self.cursor, zero64);
        self.b.def_var(self.error, zero64);
        // Headers: read-only ones that may be read before an `extract` sets their pointer point
        // at a zeroed area until then; the others' pointers start null, never dereferenced.
        let written = written_headers(m);
        let mut invalidated_headers = vec![false; m.headers.len()];
        for func in [&m.parser, &m.control] {
            for inst in func.blocks.values().flat_map(|b| &b.insts) {
                if let Inst::SetValid { header, valid: false } = inst {
                    invalidated_headers[header.index()] = true;
                }
            }
        }
        let max_size = m.headers.keys().map(|h| m.header_type(h).size_bits.div_ceil(8)).max().unwrap_or(0);
        let zero_area = if m.headers.keys().any(|h| !written[h.index()] && needs_zero.contains(&h)) && max_size > 0 {
            let slot = self.stack_slot(max_size);
            let addr = self.slot_addr(slot);
            self.zero(addr, max_size);
            Some(addr)
        } else {
            None
        };
        // Copied headers share one zeroed area.
        let (copied_offsets, copied_size) = copied::copied_layout(m, &written);
        let read_ranges = copied::read_byte_ranges(m);
        let copied_area = (copied_size > 0).then(|| {
            let slot = self.stack_slot(copied_size);
            let addr = self.slot_addr(slot);
            self.zero(addr, copied_size);
            slot
        });
        for (id, _) in m.headers.iter() {
            let size = m.header_type(id).size_bits.div_ceil(8);
            let valid = self.b.declare_var(I64);
            let extracted = self.b.declare_var(I64);
            let offset = self.b.declare_var(I64);
            let ptr = self.b.declare_var(I64);
            self.b.def_var(valid, zero64);
            self.b.def_var(extracted, zero64);
            self.b.def_var(offset, zero64);
            let copied = copied_offsets.get(&id).zip(copied_area).map(|(&at, slot)| copied::CopiedAt {
                slot,
                at,
                ranges: read_ranges[id.index()].clone(),
            });
            let scratch = if copied.is_some() {
                self.b.def_var(ptr, zero64);
                None
            } else if written[id.index()] {
                let slot = self.stack_slot(size);
                let addr = self.slot_addr(slot);
                self.zero(addr, size);
                self.b.def_var(ptr, addr);
                Some(slot)
            } else {
                let start = if needs_zero.contains(&id) { zero_area } else { None };
                self.b.def_var(ptr, start.unwrap_or(zero64));
                None
            };
            let invalidated = invalidated_headers[id.index()];
            self.headers.push(HeaderVars { valid, extracted, offset, ptr, size, scratch, copied, invalidated });
        }
        for (block, _) in m.parser.blocks.iter() {
            let cb = self.b.create_block();
            self.parser_blocks.insert(block, cb);
        }
        for (block, _) in m.control.blocks.iter() {
            let cb = self.b.create_block();
            self.control_blocks.insert(block, cb);
        }
        self.preload_stores();
        let first = self.parser_blocks[&m.parser.entry];
        self.b.ins().jump(first, &[]);
        Ok(())
    }

    fn function(&mut self, func: &Function, part: Part, facts: &validity::Facts) -> Result<(), Error> {
        self.part = part;
        // A block whose predecessors are all translated is sealed before its own translation
        // (the entry's one predecessor, the function entry or the parser's accepts, is), so
        // reads of variables there see the values defined before it (known bits, constants,
        // masks) instead of block parameters. Blocks come in topological order (lowering emits
        // them so); any that do not are sealed at the end.
        let distinct = |t: &Terminator| t.successors().into_iter().collect::<std::collections::BTreeSet<Block>>();
        let mut predecessors: HashMap<Block, usize> = HashMap::new();
        for data in func.blocks.values() {
            for successor in distinct(&data.terminator) {
                *predecessors.entry(successor).or_default() += 1;
            }
        }
        for (block, data) in func.blocks.iter() {
            let cb = self.block(block);
            self.b.switch_to_block(cb);
            self.extracted_bytes.clear();
            if predecessors.get(&block).copied().unwrap_or(0) == 0 {
                self.b.seal_block(cb);
            }
            for successor in distinct(&data.terminator) {
                if let Some(left) = predecessors.get_mut(&successor) {
                    *left -= 1;
                }
            }
            for &(header, valid) in facts.get(&block).into_iter().flatten() {
                let v = self.b.ins().iconst(I64, i64::from(valid));
                self.b.def_var(self.headers[header.index()].valid, v);
            }
            for inst in &data.insts {
                self.inst(inst)?;
            }
            self.terminator(&data.terminator)?;
        }
        Ok(())
    }

    fn block(&self, block: Block) -> clif::Block {
        match self.part {
            Part::Parser => self.parser_blocks[&block],
            Part::Control => self.control_blocks[&block],
        }
    }

    fn error_index(&self, name: &str) -> u32 {
        self.m.error_index(name).unwrap_or(1)
    }

    /// Jump to the reject block with `error`.
    fn reject_with(&mut self, error: u32) {
        let e = self.b.ins().iconst(I64, i64::from(error));
        self.b.def_var(self.error, e);
        self.b.ins().jump(self.reject, &[]);
    }

    /// Branch to reject with `error` when `fail` is true; continue in a new block otherwise.
    fn reject_if(&mut self, fail: clif::Value, error: u32) {
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(fail, bad, &[], ok, &[]);
        self.switch_to_sealed(bad);
        self.b.set_cold_block(bad);
        self.reject_with(error);
        self.switch_to_sealed(ok);
    }

    /// Switch to `block` and seal it: every branch to it has been emitted.
    fn switch_to_sealed(&mut self, block: clif::Block) {
        self.b.switch_to_block(block);
        self.b.seal_block(block);
    }

    fn control_entry(&self) -> clif::Block {
        self.control_blocks[&self.m.control.entry]
    }

    /// A block that goes to a select target.
    fn select_target(&mut self, target: SelectTarget) -> clif::Block {
        match target {
            SelectTarget::Block(b) => self.parser_blocks[&b],
            SelectTarget::Accept => self.control_entry(),
            SelectTarget::Reject(e) => {
                // Filled at the end: the current block is still open.
                let block = self.b.create_block();
                self.pending_rejects.push((block, e));
                block
            }
        }
    }

    fn terminator(&mut self, t: &Terminator) -> Result<(), Error> {
        match t {
            Terminator::Jump(b) => {
                let target = self.block(*b);
                self.b.ins().jump(target, &[]);
            }
            Terminator::Branch { cond, if_true, if_false } => {
                let c = self.get(*cond);
                let (t, f) = (self.block(*if_true), self.block(*if_false));
                self.b.ins().brif(c, t, &[], f, &[]);
            }
            Terminator::Switch { value, cases, default } => {
                let v = self.get(*value);
                let default = self.block(*default);
                let distinct: std::collections::HashSet<u128> = cases.iter().map(|(c, _)| *c).collect();
                if self.b.func.dfg.value_type(v) == I64 && distinct.len() <= SMALL_SWITCH_CASES {
                    self.small_switch(v, cases, default);
                } else if self.b.func.dfg.value_type(v) == I64 {
                    let mut switch = Switch::new();
                    let mut seen = std::collections::HashSet::new();
                    for (c, b) in cases {
                        if seen.insert(*c) {
                            let target = self.block(*b);
                            switch.set_entry(*c, target);
                        }
                    }
                    switch.emit(self.b, v, default);
                } else {
                    for (c, b) in cases {
                        let k = self.iconst(I128, *c);
                        let eq = self.b.ins().icmp(IntCC::Equal, v, k);
                        let target = self.block(*b);
                        let next = self.b.create_block();
                        self.b.ins().brif(eq, target, &[], next, &[]);
                        self.switch_to_sealed(next);
                    }
                    self.b.ins().jump(default, &[]);
                }
            }
            Terminator::Select { keys, cases, default } => {
                let keys: Vec<(clif::Value, Type)> = keys.iter().map(|k| (self.get(*k), self.ty(*k))).collect();
                for case in cases {
                    let target = self.select_target(case.target);
                    if case.keysets.len() != keys.len() {
                        continue;
                    }
                    // One branch per key set that is not "any" (short-circuit, as a C compiler
                    // lowers `&&`): a mismatch goes on to the next case.
                    let next = self.b.create_block();
                    for (set, &(key, ty)) in case.keysets.iter().zip(&keys) {
                        if let Some(c) = self.keyset(*set, key, ty) {
                            let more = self.b.create_block();
                            self.b.ins().brif(c, more, &[], next, &[]);
                            self.switch_to_sealed(more);
                        }
                    }
                    // (A case of only "any" sets leaves `next`, and so later cases, unreachable.)
                    self.b.ins().jump(target, &[]);
                    self.switch_to_sealed(next);
                }
                let target = self.select_target(*default);
                self.b.ins().jump(target, &[]);
            }
            Terminator::Accept => {
                let target = self.control_entry();
                self.b.ins().jump(target, &[]);
            }
            Terminator::Reject(e) => self.reject_with(*e),
            Terminator::Return => {
                self.b.ins().jump(self.finish, &[]);
            }
        }
        Ok(())
    }

    /// The i8 condition of one key set, `None` for "always".
    fn keyset(&mut self, set: KeySet, key: clif::Value, ty: Type) -> Option<clif::Value> {
        let r = repr(ty);
        let m = ty.mask();
        Some(match set {
            KeySet::Any => return None,
            KeySet::Value(v) => {
                if r == I64 {
                    if let Some(c) = self.equals_constant(IntCC::Equal, key, ty.width(), (v & m) as u64) {
                        return Some(c);
                    }
                }
                let k = self.iconst(r, v & m);
                self.b.ins().icmp(IntCC::Equal, key, k)
            }
            KeySet::Mask(v, mask) => {
                let mk = self.iconst(r, mask & m);
                let masked = self.b.ins().band(key, mk);
                let k = self.iconst(r, v & mask & m);
                self.b.ins().icmp(IntCC::Equal, masked, k)
            }
            KeySet::Range(lo, hi) => {
                if ty.is_signed() && r == I64 {
                    let w = ty.width();
                    let k = self.sext64(key, w);
                    let lo = ir::eval::sign_extend(lo, w) as i64;
                    let hi = ir::eval::sign_extend(hi, w) as i64;
                    let a = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, k, lo);
                    let b = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, k, hi);
                    self.b.ins().band(a, b)
                } else if ty.is_signed() {
                    let lo = self.iconst(I128, lo);
                    let hi = self.iconst(I128, hi);
                    let a = self.b.ins().icmp(IntCC::SignedGreaterThanOrEqual, key, lo);
                    let b = self.b.ins().icmp(IntCC::SignedLessThanOrEqual, key, hi);
                    self.b.ins().band(a, b)
                } else {
                    let lo = self.iconst(r, lo);
                    let hi = self.iconst(r, hi);
                    let a = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, key, lo);
                    let b = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, key, hi);
                    self.b.ins().band(a, b)
                }
            }
        })
    }

    fn reject_block(&mut self) {
        for (block, e) in std::mem::take(&mut self.pending_rejects) {
            self.b.switch_to_block(block);
            self.reject_with(e);
        }
        self.b.switch_to_block(self.reject);
        self.b.set_cold_block(self.reject);
        let error = self.b.use_var(self.error);
        let e32 = self.b.ins().ireduce(I32, error);
        let mark = self.output_mark();
        let zero = self.b.ins().iconst(I32, 0);
        let drop = self.b.ins().iconst(I32, 1);
        self.store_outputs(mark, zero, drop, e32);
        self.b.ins().return_(&[drop]);
    }

    /// Store the context's outputs as two 64-bit words (mark + out_port, verdict + parser_error),
    /// so a caller reading them whole gets them forwarded from the stores.
    fn store_outputs(&mut self, mark: clif::Value, out_port: clif::Value, verdict: clif::Value, error: clif::Value) {
        const { assert!(ctx::OUT_PORT == ctx::MARK + 4 && ctx::PARSER_ERROR == ctx::VERDICT + 4) };
        for (at, low, high) in [(ctx::MARK, mark, out_port), (ctx::VERDICT, verdict, error)] {
            let low = self.b.ins().uextend(I64, low);
            let high = self.b.ins().uextend(I64, high);
            let high = self.b.ins().ishl_imm_u(high, 32);
            let word = self.b.ins().bor(low, high);
            self.b.ins().store(MemFlagsData::trusted(), word, self.ctx, at);
        }
    }

    /// The outgoing mark (i32).
    fn output_mark(&mut self) -> clif::Value {
        match (self.m.architecture, self.m.standard.mark) {
            (Architecture::Flowmark, Some(var)) => {
                let v = self.b.use_var(self.vars[var.index()]);
                let v = if self.b.func.dfg.value_type(v) == I128 { self.b.ins().ireduce(I64, v) } else { v };
                self.b.ins().ireduce(I32, v)
            }
            _ => self.b.ins().load(I32, input_flags(), self.ctx, ctx::MARK_IN),
        }
    }

    fn read_var32(&mut self, var: Option<ir::VarId>) -> clif::Value {
        match var {
            Some(var) => {
                let v = self.b.use_var(self.vars[var.index()]);
                let v = if self.b.func.dfg.value_type(v) == I128 { self.b.ins().ireduce(I64, v) } else { v };
                self.b.ins().ireduce(I32, v)
            }
            None => self.b.ins().iconst(I32, 0),
        }
    }

    fn finish_block(&mut self) -> Result<(), Error> {
        self.b.switch_to_block(self.finish);
        // Deparse: copy the scratch of valid, extracted headers back in place.
        for i in 0..self.headers.len() {
            let Some(slot) = self.headers[i].scratch else { continue };
            let (valid, extracted, offset, size) =
                (self.headers[i].valid, self.headers[i].extracted, self.headers[i].offset, self.headers[i].size);
            let v = self.b.use_var(valid);
            let x = self.b.use_var(extracted);
            let both = self.b.ins().band(v, x);
            let write = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(both, write, &[], next, &[]);
            self.b.switch_to_block(write);
            let off = self.b.use_var(offset);
            let dst = self.b.ins().iadd(self.packet, off);
            let src = self.slot_addr(slot);
            self.copy(dst, src, size);
            self.b.ins().jump(next, &[]);
            self.b.switch_to_block(next);
        }
        let mark = self.output_mark();
        let zero = self.b.ins().iconst(I32, 0);
        let std = self.m.standard.clone();
        let (verdict, out_port) = match self.m.architecture {
            Architecture::EbpfFilter => {
                let pass = self.read_var32(std.pass);
                let is_pass = self.b.ins().icmp_imm_u(IntCC::NotEqual, pass, 0);
                let one = self.b.ins().iconst(I32, 1);
                let verdict = self.b.ins().select(is_pass, zero, one);
                (verdict, zero)
            }
            Architecture::Flowmark => {
                let raw = match std.verdict {
                    Some(var) => {
                        let v = self.b.use_var(self.vars[var.index()]);
                        if self.b.func.dfg.value_type(v) == I128 {
                            // Anything above 64 bits is not a known verdict.
                            let (lo, hi) = self.b.ins().isplit(v);
                            let big = self.b.ins().icmp_imm_u(IntCC::NotEqual, hi, 0);
                            let bad = self.b.ins().iconst(I64, 3);
                            self.b.ins().select(big, bad, lo)
                        } else {
                            v
                        }
                    }
                    None => self.b.ins().iconst(I64, 0),
                };
                // 0 pass, 1 drop, 2 redirect, anything else drop.
                let known = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, raw, 2);
                let one = self.b.ins().iconst(I64, 1);
                let v = self.b.ins().select(known, raw, one);
                let verdict = self.b.ins().ireduce(I32, v);
                let port = self.read_var32(std.out_port);
                let redirect = self.b.ins().icmp_imm_u(IntCC::Equal, verdict, 2);
                let out_port = self.b.ins().select(redirect, port, zero);
                (verdict, out_port)
            }
        };
        self.store_outputs(mark, out_port, verdict, zero);
        self.b.ins().return_(&[verdict]);
        Ok(())
    }

    // ---- instructions ----

    fn header_field(&self, header: HeaderId, field: u16) -> Result<(u32, u16), Error> {
        let ty = self
            .m
            .headers
            .get(header)
            .and_then(|h| self.m.header_types.get(h.ty))
            .ok_or_else(|| Error::Codegen(format!("header {header} does not exist")))?;
        let f = ty
            .fields
            .get(usize::from(field))
            .ok_or_else(|| Error::Codegen(format!("header {header} has no field {field}")))?;
        Ok((f.bit_offset, f.width))
    }

    fn inst(&mut self, inst: &Inst) -> Result<(), Error> {
        match inst {
            Inst::Const { result, value } => {
                let r = repr(self.ty(*result));
                let v = self.iconst(r, *value);
                self.set(*result, v);
            }
            Inst::ReadVar { result, var } => {
                let v = self.b.use_var(self.vars[var.index()]);
                // Variables are kept masked to their types too.
                self.note_bits(v, u32::from(self.m.variables[*var].ty.width()));
                let ty = self.ty(*result);
                let v = self.resize(v, ty);
                if ty.width() == self.m.variables[*var].ty.width() {
                    self.note_read(*var, v);
                }
                self.set(*result, v);
            }
            Inst::WriteVar { var, value } => {
                let v = self.get(*value);
                let ty = self.m.variables[*var].ty;
                let v = self.resize(v, ty);
                self.b.def_var(self.vars[var.index()], v);
                self.write_shadow(*var, v);
            }
            Inst::ReadField { result, header, field } => {
                let (bit_offset, width) = self.header_field(*header, *field)?;
                let h = &self.headers[header.index()];
                let (valid, ptr, invalidated, scratch) = (h.valid, h.ptr, h.invalidated, h.scratch);
                let copied = h.copied.as_ref().map(|c| (c.slot, c.at));
                let fresh = (bit_offset.is_multiple_of(8) && width == 8)
                    .then(|| self.extracted_bytes.get(&(*header, bit_offset / 8)).copied())
                    .flatten();
                let p = match copied {
                    Some((slot, at)) => self.b.ins().stack_addr(I64, slot, at as i32),
                    None => self.b.use_var(ptr),
                };
                // A header without a scratch copy is read from the packet (or the zero area); a
                // copied one is rewritten by later extracts in the parser, but no longer in the
                // control (only the parser extracts).
                let memory = match (scratch, copied) {
                    (None, None) => packet_flags(),
                    (None, Some(_)) if self.part == Part::Control => packet_flags(),
                    _ => flags(),
                };
                let v = match fresh {
                    Some(byte) => byte,
                    None => self.read_bits(p, bit_offset, width, memory),
                };
                let ty = self.ty(*result);
                let v = self.resize(v, ty);
                if let Some((slot, at)) = copied.filter(|_| self.part == Part::Control) {
                    if bit_offset.is_multiple_of(8) && width.is_multiple_of(8) && ty.width() == width {
                        self.copied_reads.insert(v, (slot, at + bit_offset / 8, u32::from(width) / 8));
                    }
                }
                let valid = self.b.use_var(valid);
                // Masked before the select, so the select's result needs no mask of its own.
                let v = match self.known_constant(valid) {
                    Some(0) => self.iconst(repr(ty), 0),
                    Some(_) => v,
                    None if !invalidated => v,
                    None => {
                        let zero = self.iconst(repr(ty), 0);
                        self.b.ins().select(valid, v, zero)
                    }
                };
                let var = self.value_var(*result);
                self.b.def_var(var, v);
            }
            Inst::WriteField { header, field, value } => {
                let (bit_offset, width) = self.header_field(*header, *field)?;
                let v = self.get(*value);
                let h = &self.headers[header.index()];
                let (valid, ptr) = (h.valid, h.ptr);
                self.if_valid(valid, |g| {
                    let p = g.b.use_var(ptr);
                    g.write_bits(p, bit_offset, width, v);
                });
            }
            Inst::IsValid { result, header } => {
                let v = self.b.use_var(self.headers[header.index()].valid);
                self.set(*result, v);
            }
            Inst::SetValid { header, valid } => {
                let v = self.b.ins().iconst(I64, i64::from(*valid));
                self.b.def_var(self.headers[header.index()].valid, v);
            }
            Inst::Unary { result, op, arg } => {
                let a = self.get(*arg);
                let ty = self.ty(*result);
                let v = match op {
                    UnaryOp::Not => {
                        let c = self.b.ins().icmp_imm_u(IntCC::Equal, a, 0);
                        self.bool_value(c)
                    }
                    UnaryOp::Complement => self.b.ins().bnot(a),
                    UnaryOp::Negate => {
                        let zero = self.iconst(repr(ty), 0);
                        self.b.ins().isub(zero, a)
                    }
                };
                let v = self.mask(v, ty);
                self.set(*result, v);
            }
            Inst::Binary { result, op, lhs, rhs } => {
                let v = self.binary(*op, *lhs, *rhs)?;
                self.set(*result, v);
            }
            Inst::Cast { result, arg } => {
                let a = self.get(*arg);
                let (from, to) = (self.ty(*arg), self.ty(*result));
                let v = self.cast(a, from, to);
                self.set(*result, v);
            }
            Inst::Slice { result, arg, hi, lo } => {
                let a = self.get(*arg);
                let ty = self.ty(*result);
                let v = if hi < lo || *lo >= 128 {
                    self.iconst(repr(ty), 0)
                } else {
                    let shifted = if *lo > 0 { self.b.ins().ushr_imm_u(a, i64::from(*lo)) } else { a };
                    self.resize(shifted, Type::bits(hi - lo + 1))
                };
                let v = self.resize(v, ty);
                self.set(*result, v);
            }
            Inst::Concat { result, hi, lo } => {
                let ty = self.ty(*result);
                let lo_width = self.ty(*lo).width();
                let (h, l) = (self.get(*hi), self.get(*lo));
                if let Some(v) = self.adjacent_copied_reads(h, l) {
                    self.set(*result, v);
                    return Ok(());
                }
                let r = repr(ty);
                let h = self.extend_to(h, r);
                let l = self.extend_to(l, r);
                let v = if u32::from(lo_width) >= r.bits() {
                    l
                } else {
                    self.concatenate(h, l, u32::from(lo_width), r.bits())
                };
                let v = self.mask(v, ty);
                self.set(*result, v);
            }
            Inst::Select { result, cond, if_true, if_false } => {
                let c = self.get(*cond);
                let (t, f) = (self.get(*if_true), self.get(*if_false));
                let v = self.b.ins().select(c, t, f);
                self.set(*result, v);
            }
            Inst::Extract { header } => self.extract(*header)?,
            Inst::Advance { bits } => {
                let v = self.get(*bits);
                let (lo, big) = self.split_u64(v);
                // Bit counts scaled from bytes (`(x - 1) * 8`) are known whole bytes: no test.
                if self.known_trailing_zeros(lo) < 3 {
                    let odd = self.b.ins().band_imm_u(lo, 7);
                    let odd = self.b.ins().icmp_imm_u(IntCC::NotEqual, odd, 0);
                    let e = self.error_index("ParserInvalidArgument");
                    self.reject_if(odd, e);
                }
                let bytes = match self.bytes_of_scaled_bits(lo) {
                    Some(bytes) => bytes,
                    None => self.b.ins().ushr_imm_u(lo, 3),
                };
                let cursor = self.b.use_var(self.cursor);
                let end = self.b.ins().iadd(cursor, bytes);
                let mut fail = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, self.len);
                // A shift amount of 2^61 bytes or more can wrap the addition: treat as too short
                // (amounts known to be below 2^40 bytes cannot).
                if self.known_bits(lo) > 43 {
                    let huge = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, bytes, 1 << 40);
                    fail = self.b.ins().bor(fail, huge);
                }
                let fail = self.b.ins().bor(fail, big);
                let e = self.error_index("PacketTooShort");
                self.reject_if(fail, e);
                self.b.def_var(self.cursor, end);
            }
            Inst::Lookahead { result } => {
                let ty = self.ty(*result);
                let width = ty.width();
                let bytes = u32::from(width).div_ceil(8);
                let cursor = self.b.use_var(self.cursor);
                let end = self.b.ins().iadd_imm_u(cursor, i64::from(bytes));
                let past = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, self.len);
                let e = self.error_index("PacketTooShort");
                self.reject_if(past, e);
                let p = self.b.ins().iadd(self.packet, cursor);
                // Not movable: the bytes may belong to a header extracted next and written, whose
                // scratch the finish block copies back, and a movable read could be placed after
                // that copy (at a use of the value in the finish block).
                let v = if width == 8 {
                    // Zero-extended by the load itself (a `load.i8` used several times would be
                    // extended at each use).
                    self.b.ins().uload8(I64, flags(), p, 0)
                } else {
                    self.read_bits(p, 0, width, flags())
                };
                let v = self.resize(v, ty);
                self.set(*result, v);
            }
            Inst::Verify { cond, error } => {
                let c = self.get(*cond);
                let fail = self.b.ins().icmp_imm_u(IntCC::Equal, c, 0);
                self.reject_if(fail, *error);
            }
            Inst::TableApply { table, keys, hit, action, params } => self.table_apply(*table, keys, *hit, *action, params)?,
            Inst::HintApply { hint, key, hit } => self.hint_apply(*hint, key, *hit),
            Inst::MapLookup { map, key, found, values } => self.map_lookup(*map, key, *found, values),
            Inst::MapUpdate { map, key, values } => {
                let (kl, vl) = layout::map_layouts(self.m, *map);
                let key: Vec<clif::Value> = key.iter().map(|k| self.get(*k)).collect();
                let values: Vec<clif::Value> = values.iter().map(|v| self.get(*v)).collect();
                let key_ptr = self.build_struct(&kl, &key, 0);
                let value_ptr = self.build_struct(&vl, &values, 0);
                let id = self.b.ins().iconst(I32, map.index() as i64);
                let f = self.refs.map_update;
                self.call(f, &[self.state, id, key_ptr, value_ptr]);
            }
            Inst::MapDelete { map, key } => {
                let (kl, _) = layout::map_layouts(self.m, *map);
                let key: Vec<clif::Value> = key.iter().map(|k| self.get(*k)).collect();
                let key_ptr = self.build_struct(&kl, &key, 0);
                let id = self.b.ins().iconst(I32, map.index() as i64);
                let f = self.refs.map_delete;
                self.call(f, &[self.state, id, key_ptr]);
            }
            Inst::Count { counter, index, packets } => self.count(*counter, *index, *packets),
            Inst::Hash { result, args } => {
                let mut h = self.b.ins().iconst(I32, 0x811c_9dc5u32 as i64);
                for a in args {
                    let v = self.get(*a);
                    let width = self.ty(*a).width();
                    let count = u32::from(width.div_ceil(8).clamp(1, 16));
                    for i in (0..count).rev() {
                        let shifted = if i > 0 { self.b.ins().ushr_imm_u(v, i64::from(8 * i)) } else { v };
                        let byte = self.b.ins().ireduce(I8, shifted);
                        let byte = self.b.ins().uextend(I32, byte);
                        let x = self.b.ins().bxor(h, byte);
                        h = self.b.ins().imul_imm_u(x, 0x0100_0193);
                    }
                }
                let h = self.b.ins().uextend(I64, h);
                self.set(*result, h);
            }
            Inst::Timestamp { result } => self.timestamp(*result),
            Inst::Random { result } => {
                let f = self.refs.random;
                let r = self.call(f, &[self.state]).expect("result");
                let r = self.b.ins().uextend(I64, r);
                self.set(*result, r);
            }
            Inst::Ipv4ChecksumUpdate { header, checksum_field } => {
                let (bit_offset, width) = self.header_field(*header, *checksum_field)?;
                let h = &self.headers[header.index()];
                let (valid, ptr, size) = (h.valid, h.ptr, h.size);
                self.if_valid(valid, |g| g.ipv4_checksum(ptr, size, bit_offset, width));
            }
            Inst::ChecksumReplace { header, field, old, new } => {
                let (bit_offset, fwidth) = self.header_field(*header, *field)?;
                let width = self.ty(*old).width().max(self.ty(*new).width());
                let words = u32::from(width.div_ceil(16).clamp(1, 8));
                let (o, n) = (self.get(*old), self.get(*new));
                let h = &self.headers[header.index()];
                let (valid, ptr) = (h.valid, h.ptr);
                self.if_valid(valid, |g| g.checksum_replace(ptr, (bit_offset, fwidth), (o, n), words));
            }
        }
        Ok(())
    }

    /// Run `body` where the header with validity variable `valid` is valid: inline when the
    /// validity is a known constant 1, not at all when it is 0, behind a branch otherwise.
    fn if_valid(&mut self, valid: Variable, body: impl FnOnce(&mut Self)) {
        let valid = self.b.use_var(valid);
        match self.known_constant(valid) {
            Some(0) => {}
            Some(_) => body(self),
            None => {
                let go = self.b.create_block();
                let next = self.b.create_block();
                self.b.ins().brif(valid, go, &[], next, &[]);
                self.switch_to_sealed(go);
                body(self);
                self.b.ins().jump(next, &[]);
                self.switch_to_sealed(next);
            }
        }
    }

    /// `h ++ l` with `l` `lo_width` bits wide: the parts of `h` (itself maybe a concatenation)
    /// shifted further, then `l`, combined by a balanced OR tree (parts already shifted out of a
    /// `bits`-wide value are dropped).
    fn concatenate(&mut self, h: clif::Value, l: clif::Value, lo_width: u32, bits: u32) -> clif::Value {
        let mut parts: Vec<(clif::Value, u32)> = match self.concat_parts.get(&h) {
            Some(parts) => parts.iter().map(|&(v, shift)| (v, shift + lo_width)).filter(|&(_, shift)| shift < bits).collect(),
            None => vec![(h, lo_width)],
        };
        parts.push((l, 0));
        let mut terms: Vec<clif::Value> =
            parts.iter().map(|&(v, shift)| if shift == 0 { v } else { self.b.ins().ishl_imm_u(v, i64::from(shift)) }).collect();
        while terms.len() > 1 {
            let next = terms.chunks(2).map(|pair| if let [a, b] = *pair { self.b.ins().bor(a, b) } else { pair[0] }).collect();
            terms = next;
        }
        let v = terms[0];
        self.concat_parts.insert(v, parts);
        v
    }

    /// The low 64 bits of a value and an i8 "has higher bits" flag.
    fn split_u64(&mut self, v: clif::Value) -> (clif::Value, clif::Value) {
        if self.b.func.dfg.value_type(v) == I128 {
            let (lo, hi) = self.b.ins().isplit(v);
            let big = self.b.ins().icmp_imm_u(IntCC::NotEqual, hi, 0);
            (lo, big)
        } else {
            let f = self.b.ins().iconst(I8, 0);
            (v, f)
        }
    }

    fn extend_to(&mut self, v: clif::Value, r: clif::Type) -> clif::Value {
        let have = self.b.func.dfg.value_type(v);
        if have == r {
            v
        } else if have.bits() < r.bits() {
            self.b.ins().uextend(r, v)
        } else {
            self.b.ins().ireduce(r, v)
        }
    }

    fn cast(&mut self, a: clif::Value, from: Type, to: Type) -> clif::Value {
        match (from, to) {
            (_, Type::Bool) => {
                let c = self.b.ins().icmp_imm_u(IntCC::NotEqual, a, 0);
                self.bool_value(c)
            }
            (Type::Bool, _) => {
                let c = self.b.ins().icmp_imm_u(IntCC::NotEqual, a, 0);
                let v = self.bool_value(c);
                self.resize(v, to)
            }
            (Type::Bits { width, signed: true }, _) => {
                // Sign-extend from `width` into the target representation, then mask.
                let r = repr(to);
                let src = self.b.func.dfg.value_type(a);
                let ext = if src == I64 {
                    let s = self.sext64(a, width);
                    if r == I128 {
                        self.b.ins().sextend(I128, s)
                    } else {
                        s
                    }
                } else {
                    let shift = i64::from(128 - width);
                    let up = if shift > 0 { self.b.ins().ishl_imm_u(a, shift) } else { a };
                    let s = if shift > 0 { self.b.ins().sshr_imm_u(up, shift) } else { up };
                    if r == I64 {
                        self.b.ins().ireduce(I64, s)
                    } else {
                        s
                    }
                };
                self.mask(ext, to)
            }
            _ => self.resize(a, to),
        }
    }

    fn binary(&mut self, op: BinaryOp, lhs: Value, rhs: Value) -> Result<clif::Value, Error> {
        let ty = self.ty(lhs);
        let width = ty.width();
        let signed = ty.is_signed();
        let a = self.get(lhs);
        let b = self.get(rhs);
        let r = repr(ty);
        let cmp = |g: &mut Self, cc: IntCC, x: clif::Value, y: clif::Value| {
            let c = g.b.ins().icmp(cc, x, y);
            g.bool_value(c)
        };
        // Operands of the same type (all but shifts) share a representation.
        let v = match op {
            BinaryOp::Eq | BinaryOp::Ne => {
                if let (Some(k), true) = (self.known_constant(b), r == I64) {
                    let cc = if op == BinaryOp::Eq { IntCC::Equal } else { IntCC::NotEqual };
                    if let Some(c) = self.equals_constant(cc, a, width, k as u64) {
                        return Ok(self.bool_value(c));
                    }
                }
                let b = self.extend_to(b, r);
                let cc = if op == BinaryOp::Eq { IntCC::Equal } else { IntCC::NotEqual };
                return Ok(cmp(self, cc, a, b));
            }
            BinaryOp::LogicalAnd | BinaryOp::LogicalOr => {
                let x = self.b.ins().icmp_imm_u(IntCC::NotEqual, a, 0);
                let y = self.b.ins().icmp_imm_u(IntCC::NotEqual, b, 0);
                let c = if op == BinaryOp::LogicalAnd { self.b.ins().band(x, y) } else { self.b.ins().bor(x, y) };
                return Ok(self.bool_value(c));
            }
            _ if r == I128 => {
                // Only ==/!= are allowed above 64 bits; bitwise operators are harmless.
                let b = self.extend_to(b, r);
                match op {
                    BinaryOp::And => self.b.ins().band(a, b),
                    BinaryOp::Or => self.b.ins().bor(a, b),
                    BinaryOp::Xor => self.b.ins().bxor(a, b),
                    _ => return Err(Error::Codegen(format!("{op:?} on {width} bits"))),
                }
            }
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul => {
                // The result is masked below: the operands' own masks can go.
                let (a, b) = (self.without_high_masks(a, width), self.without_high_masks(b, width));
                match op {
                    BinaryOp::Add => self.b.ins().iadd(a, b),
                    BinaryOp::Sub => self.b.ins().isub(a, b),
                    _ => self.b.ins().imul(a, b),
                }
            }
            BinaryOp::Div | BinaryOp::Mod => {
                let b = self.mask(b, ty);
                let zero = self.b.ins().icmp_imm_u(IntCC::Equal, b, 0);
                let one = self.b.ins().iconst(I64, 1);
                let safe = self.b.ins().select(zero, one, b);
                // Operands of 32 bits or less divide in 32 bits (a much faster `div` on x86).
                let narrow = width <= 32;
                let (x, y) = if narrow {
                    (self.b.ins().ireduce(I32, a), self.b.ins().ireduce(I32, safe))
                } else {
                    (a, safe)
                };
                let q = if op == BinaryOp::Div { self.b.ins().udiv(x, y) } else { self.b.ins().urem(x, y) };
                let q = if narrow { self.b.ins().uextend(I64, q) } else { q };
                let z = self.b.ins().iconst(I64, 0);
                self.b.ins().select(zero, z, q)
            }
            BinaryOp::AddSat | BinaryOp::SubSat => {
                let b = self.mask(b, ty);
                self.saturating(op, a, b, width, signed)
            }
            BinaryOp::And => self.b.ins().band(a, b),
            BinaryOp::Or => self.b.ins().bor(a, b),
            BinaryOp::Xor => self.b.ins().bxor(a, b),
            BinaryOp::Shl | BinaryOp::Shr => {
                let (amount, big) = self.split_u64(b);
                let too_far = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, amount, i64::from(width));
                let too_far = self.b.ins().bor(too_far, big);
                if op == BinaryOp::Shl {
                    let s = self.b.ins().ishl(a, amount);
                    let z = self.b.ins().iconst(I64, 0);
                    self.b.ins().select(too_far, z, s)
                } else if signed {
                    let sa = self.sext64(a, width);
                    let max = self.b.ins().iconst(I64, 63);
                    let big_amount = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, amount, 63);
                    let big_amount = self.b.ins().bor(big_amount, big);
                    let amount = self.b.ins().select(big_amount, max, amount);
                    self.b.ins().sshr(sa, amount)
                } else {
                    let s = self.b.ins().ushr(a, amount);
                    let z = self.b.ins().iconst(I64, 0);
                    self.b.ins().select(too_far, z, s)
                }
            }
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                let (x, y) = if signed { (self.sext64(a, width), self.sext64(b, width)) } else { (a, b) };
                let cc = match (op, signed) {
                    (BinaryOp::Lt, false) => IntCC::UnsignedLessThan,
                    (BinaryOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
                    (BinaryOp::Gt, false) => IntCC::UnsignedGreaterThan,
                    (BinaryOp::Ge, false) => IntCC::UnsignedGreaterThanOrEqual,
                    (BinaryOp::Lt, true) => IntCC::SignedLessThan,
                    (BinaryOp::Le, true) => IntCC::SignedLessThanOrEqual,
                    (BinaryOp::Gt, true) => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                return Ok(cmp(self, cc, x, y));
            }
        };
        Ok(self.mask(v, ty))
    }

    /// Saturating add/sub of two masked `width`-bit values in i64.
    fn saturating(&mut self, op: BinaryOp, a: clif::Value, b: clif::Value, width: u16, signed: bool) -> clif::Value {
        let add = op == BinaryOp::AddSat;
        if !signed {
            if add {
                let sum = self.b.ins().iadd(a, b);
                let m = self.iconst(I64, ir::mask(width.min(64)));
                if width >= 64 {
                    let overflow = self.b.ins().icmp(IntCC::UnsignedLessThan, sum, a);
                    self.b.ins().select(overflow, m, sum)
                } else {
                    self.b.ins().umin(sum, m)
                }
            } else {
                let under = self.b.ins().icmp(IntCC::UnsignedLessThan, a, b);
                let diff = self.b.ins().isub(a, b);
                let z = self.b.ins().iconst(I64, 0);
                self.b.ins().select(under, z, diff)
            }
        } else {
            let (sa, sb) = (self.sext64(a, width), self.sext64(b, width));
            let lo = ir::eval::sign_extend(1u128 << (width - 1), width) as i64;
            let hi = (ir::mask(width) >> 1) as i64;
            let (lo_v, hi_v) = (self.b.ins().iconst(I64, lo), self.b.ins().iconst(I64, hi));
            if width < 64 {
                let r = if add { self.b.ins().iadd(sa, sb) } else { self.b.ins().isub(sa, sb) };
                let r = self.b.ins().smax(r, lo_v);
                self.b.ins().smin(r, hi_v)
            } else {
                let r = if add { self.b.ins().iadd(sa, sb) } else { self.b.ins().isub(sa, sb) };
                // Overflow: add when both operands differ in sign from the result; sub when the
                // operands differ in sign and the result differs from the left one.
                let x = self.b.ins().bxor(sa, r);
                let y = if add { self.b.ins().bxor(sb, r) } else { self.b.ins().bxor(sa, sb) };
                let o = self.b.ins().band(x, y);
                let overflow = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, o, 0);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sa, 0);
                let sat = self.b.ins().select(neg, lo_v, hi_v);
                self.b.ins().select(overflow, sat, r)
            }
        }
    }

    fn extract(&mut self, header: HeaderId) -> Result<(), Error> {
        let h = self.headers.get(header.index()).ok_or_else(|| Error::Codegen(format!("header {header} does not exist")))?;
        let (valid, extracted, offset, ptr, size, scratch) = (h.valid, h.extracted, h.offset, h.ptr, h.size, h.scratch);
        let copied = h.copied.clone();
        let cursor = self.b.use_var(self.cursor);
        let end = self.b.ins().iadd_imm_u(cursor, i64::from(size));
        let past = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, self.len);
        let e = self.error_index("PacketTooShort");
        self.reject_if(past, e);
        let src = self.b.ins().iadd(self.packet, cursor);
        match (scratch, copied) {
            (Some(slot), _) => {
                let dst = self.slot_addr(slot);
                self.copy(dst, src, size);
            }
            (None, Some(copied)) => {
                for (start, len) in copied.ranges {
                    let dst = self.b.ins().stack_addr(I64, copied.slot, (copied.at + start) as i32);
                    if len == 1 {
                        let byte = self.b.ins().uload8(I64, flags(), src, start as i32);
                        self.b.ins().istore8(flags(), byte, dst, 0);
                        self.extracted_bytes.insert((header, start), byte);
                    } else {
                        let from = self.b.ins().iadd_imm_u(src, i64::from(start));
                        self.copy(dst, from, len);
                    }
                }
            }
            (None, None) => self.b.def_var(ptr, src),
        }
        let one = self.b.ins().iconst(I64, 1);
        self.b.def_var(valid, one);
        self.b.def_var(extracted, one);
        self.b.def_var(offset, cursor);
        self.b.def_var(self.cursor, end);
        Ok(())
    }

    fn load_field(&mut self, ptr: clif::Value, field: &FieldLayout) -> clif::Value {
        let v = match field.byte_order {
            ByteOrder::Big => {
                let v = self.load_be(ptr, field.offset, field.size, flags());
                if field.left_aligned {
                    let s = field.size * 8 - u32::from(field.width);
                    if s > 0 {
                        self.b.ins().ushr_imm_u(v, i64::from(s))
                    } else {
                        v
                    }
                } else {
                    v
                }
            }
            ByteOrder::Little => {
                let t = match field.size {
                    1 => I8,
                    2 => clif::types::I16,
                    4 => I32,
                    8 => I64,
                    _ => I128,
                };
                let v = self.b.ins().load(t, flags(), ptr, field.offset as i32);
                let r = repr(Type::bits(field.width));
                self.extend_to(v, r)
            }
        };
        self.resize(v, Type::bits(field.width))
    }
}
