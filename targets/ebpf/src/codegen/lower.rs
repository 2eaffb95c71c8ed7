//! IR -> machine IR for one program: the lowering state (where values, variables and headers
//! live), the frame layout, the walk over the parser and control blocks in reverse post order,
//! terminators (branches fused with the comparison that feeds them, `select`, `switch`) and the
//! instructions that are neither arithmetic (`arith.rs`), packet access (`packet.rs`), externs
//! (`externs.rs`) nor entry/exit code (`entry_exit.rs`). Offload builds (`Options::offload`) read
//! only len/data/data_end from the context and write nothing back, multiply in 32 bits, divide by
//! constants only, and pass with `TC_ACT_UNSPEC`.

use super::maps::MapPlan;
use super::mir::*;
use super::{Error, Options};
use flowmark_compiler::ir::{self, Block, Function, Inst, Terminator, Type, Value};
use std::collections::HashMap;

/// Parsers with at most this many paths keep exact header pointers in registers; more paths would
/// make the verifier explore the control once per path (dapper and p0f have thousands).
pub const PRECISE_PARSER_PATHS: u64 = 64;

/// `struct __sk_buff` offsets (linux/bpf.h).
pub mod skb {
    pub const LEN: i16 = 0;
    pub const MARK: i16 = 8;
    pub const INGRESS_IFINDEX: i16 = 36;
    pub const CB0: i16 = 48;
    pub const CB1: i16 = 52;
    pub const DATA: i16 = 76;
    pub const DATA_END: i16 = 80;
}
/// `struct xdp_md` offsets.
pub mod xdp {
    pub const DATA: i16 = 0;
    pub const DATA_END: i16 = 4;
    pub const DATA_META: i16 = 8;
    pub const INGRESS_IFINDEX: i16 = 12;
}

pub const TC_ACT_OK: i32 = 0;
/// What offloaded TC programs return to pass a packet (the offload rejects `TC_ACT_OK`).
pub const TC_ACT_UNSPEC: i32 = -1;
pub const TC_ACT_SHOT: i32 = 2;
pub const XDP_DROP: i32 = 1;
pub const XDP_PASS: i32 = 2;
pub const HELPER_REDIRECT: i32 = 23;
pub const HELPER_XDP_ADJUST_META: i32 = 54;
pub const HELPER_XDP_GET_BUFF_LEN: i32 = 188;

/// A value's network form (see `network_order.rs`): a register holding the field's bytes as a
/// little-endian load gives them (2 to 8 bytes; the register's bytes past them are zero, as
/// loads, masks and byte-order constants leave them, except for a table parameter only stored
/// into fields of its size, which may be loaded 8 bytes wide), or 16 bytes on the stack in
/// packet order.
#[derive(Clone, Copy, Debug)]
pub enum NetLoc {
    Reg(Reg, u32),
    /// 16 bytes at `(base, offset)`: a stack slot (`FP`), or the packet itself (a header's
    /// pointer) for a field of a header that nothing in the program writes (read in place where
    /// it is used, not copied to the stack first).
    Wide(Reg, i16),
}

/// Where an IR value lives during lowering.
#[derive(Clone, Copy, Debug)]
pub enum Loc {
    /// Up to 64 bits, in a virtual register, normalized to its width.
    Reg(Reg),
    /// 65..=128 bits: 16 bytes on the stack, low u64 first.
    Wide(i16),
}

pub struct Lowering<'m> {
    pub module: &'m ir::Module,
    pub options: &'m Options,
    pub maps: &'m MapPlan,
    pub out: Vec<MInst>,
    next_vreg: u32,
    next_label: u32,
    /// Frame bytes used so far (offsets are negative from r10).
    pub frame: u32,
    pub ctx_slot: i16,
    /// The parser's cursor: a packet pointer, in one virtual register for the whole parser.
    pub cursor: Reg,
    /// Each header's checked packet pointer (0 while invalid), in one virtual register each.
    pub header_homes: HashMap<ir::HeaderId, Reg>,
    /// Stack copies of the received bytes of headers written and later invalidated
    /// (`invalidate.rs`).
    pub restore_slots: HashMap<ir::HeaderId, i16>,
    pub var_slots: HashMap<ir::VarId, i16>,
    /// Variables of up to 64 bits live in one virtual register each (outside compact mode, whose
    /// narrow stack slots the verifier's pruning relies on); the prologue zeroes them, and the
    /// allocator's dead-code pass drops the zeroing where every path assigns first.
    pub var_homes: HashMap<ir::VarId, Reg>,
    /// The variables' stack area (zeroed by the prologue): start offset and bytes.
    pub(super) vars_base: i16,
    pub(super) vars_total: u32,
    /// Scratch area for keys and values of helper calls.
    pub key_area: i16,
    pub value_area: i16,
    /// Ternary tables: `{u32 mask id, masked key}` for the rules lookup.
    pub rule_key_area: i16,
    /// A u32 index key (mask ids, counter indexes).
    pub index_slot: i16,
    /// Values each function reads (unused table parameters are never loaded).
    used_values: [std::collections::HashSet<Value>; 2],
    /// Parsers with more paths than [`PRECISE_PARSER_PATHS`] use the compact header form
    /// (`packet_compact.rs`); its state lives here.
    pub compact_mode: bool,
    pub compact: super::packet_compact::CompactSlots,
    /// Compact mode: pointers `extract` produced (checked, never null).
    pub extracted_pointers: std::collections::HashSet<Reg>,
    /// Where headers are known valid (their pointers need no null test).
    pub validity: super::validity::Validity,
    /// Headers known valid at the current instruction.
    pub known_valid: std::collections::HashSet<ir::HeaderId>,
    /// Which variables and values are kept in network byte order.
    pub network: super::network_order::NetworkOrder,
    /// Per function: where network-form values live.
    pub network_values: [HashMap<Value, NetLoc>; 2],
    /// Per function: values known to be multiples of 8 (so `advance` needs no alignment check).
    pub byte_multiples: [std::collections::HashSet<Value>; 2],
    /// Per function: values defined by `Const`, with their constant.
    constants: [HashMap<Value, u128>; 2],
    /// The IR block being lowered.
    pub current_block: Option<Block>,
    /// Bool values used once, by the branch that ends their block: lowered as a condition.
    pub(super) deferred: HashMap<Value, (Cond, Reg, Src)>,
    /// Bool values that are `&&`/`||` of deferred tests, used only to branch.
    pub(super) deferred_trees: HashMap<Value, super::conditions::CondTree>,
    /// Per function: bools that equal a test of a register assigned once, valid wherever the
    /// value is (a lookup's `hit` is its result pointer being non-null): every branch on them, in
    /// any block, tests that register instead of a materialized 0/1.
    pub(super) lasting_conditions: [HashMap<Value, (Cond, Reg, Src)>; 2],
    /// Edges that skip the IR's short-circuit test blocks (`conditions.rs`).
    pub(super) threading: super::conditions::Threading,
    /// How many times each value is read, per function.
    use_counts: [HashMap<Value, usize>; 2],
    /// Per function: how many of those reads store the value into a header field that takes only
    /// the value's own bits from its register (a network-form value into a field of its size, a
    /// number into a field of whole bytes and its width).
    field_store_counts: [HashMap<Value, usize>; 2],
    /// Variables some instruction reads / writes (architecture inputs and outputs the program
    /// never touches are neither loaded from nor stored to the context).
    pub(super) vars_read: std::collections::HashSet<ir::VarId>,
    pub(super) vars_written: std::collections::HashSet<ir::VarId>,
    /// Per function (0 parser, 1 control): IR value -> location.
    values: [HashMap<Value, Loc>; 2],
    pub current_function: usize,
    block_labels: [HashMap<Block, Label>; 2],
    pub epilogue: Label,
    pub drop_label: Label,
}

impl<'m> Lowering<'m> {
    pub fn new(module: &'m ir::Module, options: &'m Options, maps: &'m MapPlan) -> Lowering<'m> {
        Lowering {
            module,
            options,
            maps,
            out: Vec::new(),
            next_vreg: 0,
            next_label: 0,
            frame: 0,
            ctx_slot: 0,
            cursor: R0,
            header_homes: HashMap::new(),
            restore_slots: HashMap::new(),
            var_slots: HashMap::new(),
            var_homes: HashMap::new(),
            vars_base: 0,
            vars_total: 0,
            key_area: 0,
            value_area: 0,
            rule_key_area: 0,
            index_slot: 0,
            used_values: [Default::default(), Default::default()],
            compact_mode: false,
            compact: Default::default(),
            extracted_pointers: Default::default(),
            validity: Default::default(),
            known_valid: Default::default(),
            network: Default::default(),
            network_values: [HashMap::new(), HashMap::new()],
            constants: [HashMap::new(), HashMap::new()],
            byte_multiples: Default::default(),
            current_block: None,
            deferred: HashMap::new(),
            deferred_trees: HashMap::new(),
            lasting_conditions: [HashMap::new(), HashMap::new()],
            threading: Default::default(),
            use_counts: [HashMap::new(), HashMap::new()],
            field_store_counts: [HashMap::new(), HashMap::new()],
            vars_read: Default::default(),
            vars_written: Default::default(),
            values: [HashMap::new(), HashMap::new()],
            current_function: 0,
            block_labels: [HashMap::new(), HashMap::new()],
            epilogue: 0,
            drop_label: 0,
        }
    }

    pub fn vreg(&mut self) -> Reg {
        self.next_vreg += 1;
        Reg::Virtual(self.next_vreg)
    }

    pub fn label(&mut self) -> Label {
        self.next_label += 1;
        self.next_label
    }

    pub fn push(&mut self, inst: MInst) {
        self.out.push(inst);
    }

    /// Reserve `bytes` (8-aligned) of stack; returns the offset of its start.
    pub fn alloc_stack(&mut self, bytes: u32) -> i16 {
        self.frame += bytes.div_ceil(8) * 8;
        -(self.frame as i16)
    }

    // ----- small emit helpers -----

    pub fn mov_imm(&mut self, dst: Reg, value: u64) {
        if value <= i32::MAX as u64 {
            self.push(MInst::Alu { op: AluOp::Mov, dst, src: Src::Imm(value as i32) });
        } else if value <= u32::MAX as u64 {
            self.push(MInst::Alu32 { op: AluOp::Mov, dst, src: Src::Imm(value as u32 as i32) });
        } else {
            self.push(MInst::LoadImm64 { dst, value });
        }
    }

    pub fn mov(&mut self, dst: Reg, src: Reg) {
        if dst != src {
            self.push(MInst::Alu { op: AluOp::Mov, dst, src: Src::Reg(src) });
        }
    }

    pub fn alu(&mut self, op: AluOp, dst: Reg, src: Src) {
        self.push(MInst::Alu { op, dst, src });
    }

    pub fn jump(&mut self, target: Label) {
        self.push(MInst::Jump { cond: Cond::Always, a: R0, b: Src::Imm(0), target });
    }

    pub fn branch(&mut self, cond: Cond, a: Reg, b: Src, target: Label) {
        self.push(MInst::Jump { cond, a, b, target });
    }

    pub fn load(&mut self, size: Size, dst: Reg, base: Reg, off: i16) {
        self.push(MInst::Load { size, dst, base, off });
    }

    pub fn store(&mut self, size: Size, base: Reg, off: i16, src: Reg) {
        self.push(MInst::Store { size, base, off, src });
    }

    /// Keep the low `width` bits of `reg`.
    pub fn truncate(&mut self, reg: Reg, width: u16) {
        match width {
            64.. => {}
            32 => self.push(MInst::Alu32 { op: AluOp::Mov, dst: reg, src: Src::Reg(reg) }),
            1..=31 => self.alu(AluOp::And, reg, Src::Imm(((1u64 << width) - 1) as i32)),
            _ => {
                self.alu(AluOp::Lsh, reg, Src::Imm(64 - width as i32));
                self.alu(AluOp::Rsh, reg, Src::Imm(64 - width as i32));
            }
        }
    }

    /// Sign-extend the low `width` bits of `reg` to 64 bits.
    pub fn sign_extend(&mut self, reg: Reg, width: u16) {
        if width < 64 {
            self.alu(AluOp::Lsh, reg, Src::Imm(64 - width as i32));
            self.alu(AluOp::Arsh, reg, Src::Imm(64 - width as i32));
        }
    }

    // ----- values -----

    pub fn ty(&self, function: &Function, value: Value) -> Type {
        function.values[value]
    }

    pub fn loc(&self, value: Value) -> Result<Loc, Error> {
        self.values[self.current_function]
            .get(&value)
            .copied()
            .ok_or_else(|| Error::Internal(format!("{value} used before definition")))
    }

    pub fn reg_of(&self, value: Value) -> Result<Reg, Error> {
        match self.loc(value)? {
            Loc::Reg(r) => Ok(r),
            Loc::Wide(_) => Err(Error::Unsupported(format!("{value}: a value wider than 64 bits used as a number"))),
        }
    }

    /// A fresh location for a result of type `ty`.
    pub fn define(&mut self, value: Value, ty: Type) -> Loc {
        let loc = if ty.width() > 64 { Loc::Wide(self.alloc_stack(16)) } else { Loc::Reg(self.vreg()) };
        self.values[self.current_function].insert(value, loc);
        loc
    }

    pub fn define_reg(&mut self, value: Value) -> Reg {
        let reg = self.vreg();
        self.values[self.current_function].insert(value, Loc::Reg(reg));
        reg
    }

    pub fn load_var(&mut self, dst: Reg, var: ir::VarId) {
        if let Some(home) = self.var_homes.get(&var).copied() {
            self.mov(dst, home);
            return;
        }
        let size = Size::of_bytes(var_bytes(self.module.variables[var].ty).min(8));
        let slot = self.var_slots[&var];
        self.load(size, dst, FP, slot);
    }

    pub fn store_var(&mut self, var: ir::VarId, src: Reg) {
        if let Some(home) = self.var_homes.get(&var).copied() {
            self.mov(home, src);
            return;
        }
        let size = Size::of_bytes(var_bytes(self.module.variables[var].ty).min(8));
        let slot = self.var_slots[&var];
        self.store(size, FP, slot, src);
    }

    pub fn is_used(&self, _function: &Function, value: Value) -> bool {
        self.used_values[self.current_function].contains(&value)
    }

    /// `if pointer == 0 goto target`, unless the header it points to is known valid here.
    pub fn unless_valid(&mut self, pointer: Reg, target: Label) {
        if !self.pointer_known_valid(pointer) {
            self.branch(Cond::Eq, pointer, Src::Imm(0), target);
        }
    }

    pub fn pointer_known_valid(&self, pointer: Reg) -> bool {
        if pointer == DATA {
            return true;
        }
        if self.compact_mode {
            return self.extracted_pointers.contains(&pointer);
        }
        self.known_valid.iter().any(|h| self.header_homes[h] == pointer)
    }

    /// The network form of `value`, if it has one.
    pub fn network_of(&self, value: Value) -> Option<NetLoc> {
        self.network_values[self.current_function].get(&value).copied()
    }

    /// Turn `bytes` bytes in packet order (the low bytes of `reg`, first byte lowest) into their
    /// number. The kernel's byte swap takes 16, 32 or 64 bits only: 3, 5, 6 and 7 bytes swap all
    /// 64 and shift the number down.
    pub fn swap_to_number(&mut self, reg: Reg, bytes: u32) {
        match bytes {
            0 | 1 => {}
            2 | 4 | 8 => self.push(MInst::ToBe { dst: reg, bits: bytes * 8 }),
            _ => {
                self.push(MInst::ToBe { dst: reg, bits: 64 });
                self.alu(AluOp::Rsh, reg, Src::Imm((64 - bytes * 8) as i32));
            }
        }
    }

    /// Record `value`'s network form, and define its number too if some use needs it.
    pub fn define_network(&mut self, value: Value, ty: Type, net: NetLoc) {
        self.network_values[self.current_function].insert(value, net);
        if !self.network.needs_number[self.current_function].contains(&value) {
            return;
        }
        match (net, self.define(value, ty)) {
            (NetLoc::Reg(raw, bytes), Loc::Reg(number)) => {
                self.mov(number, raw);
                self.swap_to_number(number, bytes);
            }
            (NetLoc::Wide(base, raw), Loc::Wide(number)) => {
                // Packet order: bytes 0..8 are the high half.
                let (hi, lo) = (self.vreg(), self.vreg());
                self.load(Size::Dw, hi, base, raw);
                self.push(MInst::ToBe { dst: hi, bits: 64 });
                self.load(Size::Dw, lo, base, raw + 8);
                self.push(MInst::ToBe { dst: lo, bits: 64 });
                self.store(Size::Dw, FP, number, lo);
                self.store(Size::Dw, FP, number + 8, hi);
            }
            _ => {}
        }
    }

    /// The constant a `Const` instruction gave `value`, if it was one.
    pub fn constant_of(&self, value: Value) -> Option<u128> {
        self.constants[self.current_function].get(&value).copied()
    }

    /// Where a parser reject goes: the drop path (the parser error is not observable after a
    /// reject, since the control does not run).
    pub fn reject_label(&mut self, _error: u32) -> Label {
        self.drop_label
    }

    /// Whether `value` is read exactly once, by the branch that ends the current block.
    pub(super) fn only_branch_use(&self, function: &Function, value: Value) -> bool {
        let Some(block) = self.current_block else { return false };
        let data = &function.blocks[block];
        let by_branch = match &data.terminator {
            Terminator::Branch { cond, .. } => *cond == value,
            Terminator::Jump(target) => matches!(
                self.threading.thread(self.current_function, function, block, *target, true),
                Some(super::conditions::Threaded::Test(tested, ..)) if tested == value
            ),
            _ => false,
        };
        let by_logical = || {
            data.insts.iter().any(|i| {
                matches!(i, Inst::Binary { result, op: ir::BinaryOp::LogicalOr | ir::BinaryOp::Or | ir::BinaryOp::LogicalAnd | ir::BinaryOp::And, lhs, rhs }
                    if (*lhs == value || *rhs == value) && lhs != rhs && function.values[*result] == Type::Bool && self.only_branch_use(function, *result))
            })
        };
        let by_verify = data.insts.iter().any(|i| matches!(i, Inst::Verify { cond, .. } if *cond == value));
        // `!value` that is itself only tested (its lowering flips the deferred condition).
        let by_negation = || {
            data.insts.iter().any(|i| {
                matches!(i, Inst::Unary { result, op: ir::UnaryOp::Not, arg } if *arg == value && self.only_branch_use(function, *result))
            })
        };
        self.use_counts[self.current_function].get(&value) == Some(&1)
            && function.values[value] == Type::Bool
            && (by_branch || by_verify || by_negation() || by_logical())
    }

    /// Whether storing `value` into `header.field` takes only the value's own bits from its
    /// register: the bytes of a network-form value into a field of that size, or a number into a
    /// field of its width that fills whole bytes (`write_field` stores those as they are).
    fn store_takes_own_bits(&self, index: usize, function: &Function, header: ir::HeaderId, field: u16, value: Value) -> bool {
        if let Some(bytes) = self.network.values[index].get(&value) {
            return super::network_order::field_bytes(self.module, header, field) == Some(*bytes);
        }
        let data = &self.module.header_type(header).fields[field as usize];
        data.bit_offset.is_multiple_of(8) && data.width.is_multiple_of(8) && function.values[value].width() == data.width
    }

    /// Whether every read of `value` stores it into a header field that takes only the value's
    /// own bits (so its register may hold more above them).
    pub(super) fn only_stored_into_fields(&self, value: Value) -> bool {
        let function = self.current_function;
        self.field_store_counts[function].get(&value).is_some_and(|stores| self.use_counts[function].get(&value) == Some(stores))
    }

    pub fn stack_size(&self) -> u32 {
        self.frame
    }

    // ----- program structure -----

    pub fn lower_program(&mut self) -> Result<(), Error> {
        let module = self.module;
        self.ctx_slot = self.alloc_stack(8);
        self.compact_mode = super::validity::parser_paths(&module.parser) > PRECISE_PARSER_PATHS;
        if self.compact_mode {
            self.compact.cursor_slot = self.alloc_stack(8);
            for (index, function) in [&module.parser, &module.control].into_iter().enumerate() {
                self.compact.dominators[index] = super::packet_compact::dominators(function);
            }
        }
        self.cursor = self.vreg();
        for (header, _) in module.headers.iter() {
            let home = self.vreg();
            self.header_homes.insert(header, home);
        }
        self.plan_restores()?;
        self.validity = super::validity::analyze(module);
        self.network = super::network_order::analyze(module, self.maps);
        // Variables (and compact header slots) are packed by size (narrow stack stores also keep
        // the verifier's states general, which lets it prune the unrolled parser's many paths).
        let mut small: Vec<(u32, Option<ir::HeaderId>, Option<ir::VarId>)> = Vec::new();
        if self.compact_mode {
            for (header, _) in module.headers.iter() {
                small.push((4, Some(header), None));
            }
        }
        for (var, data) in module.variables.iter() {
            if !self.compact_mode && var_bytes(data.ty) <= 8 {
                let home = self.vreg();
                self.var_homes.insert(var, home);
                continue;
            }
            small.push((var_bytes(data.ty), None, Some(var)));
        }
        small.sort_by_key(|(size, _, _)| std::cmp::Reverse(*size));
        let total: u32 = small.iter().map(|(size, _, _)| *size).sum();
        let base = self.alloc_stack(total);
        let mut at = base as i32;
        for (size, header, var) in small {
            if let Some(header) = header {
                self.compact.header_slots.insert(header, at as i16);
            }
            if let Some(var) = var {
                self.var_slots.insert(var, at as i16);
            }
            at += size as i32;
        }
        self.vars_base = base;
        self.vars_total = total;
        let (key_bytes, value_bytes) = self.maps.scratch_sizes();
        // 8 bytes of slack either side: keys may start anywhere in the first word (`key_offset`).
        self.key_area = self.alloc_stack(key_bytes.max(8) + 16);
        self.rule_key_area = self.alloc_stack(key_bytes.max(8) + 8);
        self.value_area = self.alloc_stack(value_bytes.max(8));
        self.index_slot = self.alloc_stack(8);
        self.threading = super::conditions::Threading::analyze(module);
        for (index, function) in [&module.parser, &module.control].into_iter().enumerate() {
            for (block_id, block) in function.blocks.iter() {
                // A jump threaded into a test branches on the value the block assigned.
                if let Terminator::Jump(target) = &block.terminator {
                    if let Some(super::conditions::Threaded::Test(value, ..)) = self.threading.thread(index, function, block_id, *target, true) {
                        self.used_values[index].insert(value);
                        *self.use_counts[index].entry(value).or_default() += 1;
                    }
                }
                for inst in &block.insts {
                    if matches!(inst, Inst::WriteVar { var, .. } if self.threading.dead_vars.contains(var)) {
                        continue;
                    }
                    self.used_values[index].extend(inst.arguments());
                    for argument in inst.arguments() {
                        *self.use_counts[index].entry(argument).or_default() += 1;
                    }
                    if let Inst::SetValid { header, valid: false } = inst {
                        self.compact.invalidated.insert(*header);
                    }
                    if let Inst::WriteField { header, field, value } = inst {
                        if self.store_takes_own_bits(index, function, *header, *field, *value) {
                            *self.field_store_counts[index].entry(*value).or_default() += 1;
                        }
                    }
                    match inst {
                        Inst::ReadVar { var, .. } => {
                            self.vars_read.insert(*var);
                        }
                        Inst::WriteVar { var, .. } => {
                            self.vars_written.insert(*var);
                        }
                        Inst::HintApply { .. } => self.vars_written.extend(module.standard.mark),
                        Inst::Count { counter, .. } if module.counters[*counter].kind == ir::CounterKind::PacketsAndBytes => {
                            self.vars_read.extend(module.standard.packet_length)
                        }
                        _ => {}
                    }
                }
                // A switch whose cases all end up in one place reads nothing.
                let arguments = if trivial_switch(function, &block.terminator).is_some() { Vec::new() } else { block.terminator.arguments() };
                self.used_values[index].extend(arguments.iter().copied());
                for argument in arguments {
                    *self.use_counts[index].entry(argument).or_default() += 1;
                }
            }
        }
        self.epilogue = self.label();
        self.drop_label = self.label();
        for (function_index, function) in [&module.parser, &module.control].into_iter().enumerate() {
            for (block, _) in function.blocks.iter() {
                let label = self.label();
                self.block_labels[function_index].insert(block, label);
            }
        }
        self.prologue();
        for (function_index, function) in [&module.parser, &module.control].into_iter().enumerate() {
            self.current_function = function_index;
            // Compact mode: parser pointers stay valid in the control only along one path.
            self.compact.pointers.clear();
            for block in reverse_post_order(function) {
                if self.threading.skipped[function_index].contains(&block) {
                    continue;
                }
                let label = self.block_labels[function_index][&block];
                self.push(MInst::Label(label));
                self.current_block = Some(block);
                self.deferred.clear();
                self.deferred_trees.clear();
                self.known_valid = self.validity.at_entry[function_index].get(&block).cloned().unwrap_or_default();
                let data = &function.blocks[block];
                if let Some(name) = &data.name {
                    self.push(MInst::Note(format!("{}: {block} ({name})", function.name)));
                }
                for inst in &data.insts {
                    self.push(MInst::Note(note_of(module, function, inst)));
                    self.inst(function, inst)?;
                    super::validity::step(&mut self.known_valid, inst);
                }
                self.terminator(function, &data.terminator)?;
            }
        }
        self.epilogue_code();
        self.drop_unread_context_save();
        Ok(())
    }

    /// Jump to `t` if the bool `value` holds, else to `f` (a deferred test or tree is branched on
    /// directly).
    fn branch_on(&mut self, value: Value, t: Label, f: Label) -> Result<(), Error> {
        match self.take_condition(value) {
            Some(tree) => self.emit_condition(tree, t, f),
            None => {
                let reg = self.reg_of(value)?;
                self.branch(Cond::Ne, reg, Src::Imm(0), t);
                self.jump(f);
            }
        }
        Ok(())
    }

    /// Give a deferred bool a register after all (a use that needs the value).
    pub(super) fn ensure_value(&mut self, value: Value) {
        if self.values[self.current_function].contains_key(&value) {
            return;
        }
        if let Some(tree) = self.take_condition(value) {
            let reg = self.materialize(tree);
            self.values[self.current_function].insert(value, Loc::Reg(reg));
        }
    }

    fn block_label(&self, block: Block) -> Label {
        self.block_labels[self.current_function][&block]
    }

    fn terminator(&mut self, function: &Function, terminator: &Terminator) -> Result<(), Error> {
        match terminator {
            Terminator::Jump(block) => {
                use super::conditions::Threaded;
                let from = self.current_block.expect("a block is being lowered");
                if let Some(next) = self.threading.thread_switch(self.current_function, function, from, *block) {
                    let label = self.block_label(next);
                    self.jump(label);
                    return Ok(());
                }
                match self.threading.thread(self.current_function, function, from, *block, true) {
                    Some(Threaded::Test(value, if_true, if_false)) => {
                        let (t, f) = (self.block_label(if_true), self.block_label(if_false));
                        self.branch_on(value, t, f)?;
                    }
                    _ => {
                        let label = self.block_label(*block);
                        self.jump(label);
                    }
                }
            }
            Terminator::Branch { cond, if_true, if_false } => {
                use super::conditions::Threaded;
                let from = self.current_block.expect("a block is being lowered");
                let index = self.current_function;
                let target = |on_true: bool, block: Block| match self.threading.thread(index, function, from, block, on_true) {
                    Some(Threaded::To(next)) => next,
                    _ => block,
                };
                let (if_true, if_false) = (target(true, *if_true), target(false, *if_false));
                let (t, f) = (self.block_label(if_true), self.block_label(if_false));
                self.branch_on(*cond, t, f)?;
            }
            Terminator::Switch { .. } if trivial_switch(function, terminator).is_some() => {
                let target = trivial_switch(function, terminator).expect("checked above");
                let label = self.block_label(target);
                self.jump(label);
            }
            Terminator::Switch { value, cases, default } => {
                let reg = self.reg_of(*value)?;
                for (constant, block) in cases {
                    let label = self.block_label(*block);
                    self.compare_jump(Cond::Eq, reg, *constant, label);
                }
                let label = self.block_label(*default);
                self.jump(label);
            }
            Terminator::Select { keys, cases, default } => {
                for case in cases {
                    let next = self.label();
                    for (key, keyset) in keys.iter().zip(&case.keysets) {
                        let width = self.ty(function, *key).width();
                        self.select_keyset(*key, width, keyset, next)?;
                    }
                    self.select_target(case.target);
                    self.push(MInst::Label(next));
                }
                self.select_target(*default);
            }
            Terminator::Accept => {
                let label = self.block_labels[1][&self.module.control.entry];
                self.jump(label);
            }
            Terminator::Reject(error) => self.reject(*error),
            Terminator::Return => {
                let label = self.epilogue;
                self.jump(label);
            }
        }
        Ok(())
    }

    fn select_target(&mut self, target: ir::SelectTarget) {
        match target {
            ir::SelectTarget::Block(block) => {
                let label = self.block_labels[0][&block];
                self.jump(label);
            }
            ir::SelectTarget::Accept => {
                let label = self.block_labels[1][&self.module.control.entry];
                self.jump(label);
            }
            ir::SelectTarget::Reject(error) => self.reject(error),
        }
    }

    /// Reject: drop the packet (the control does not run, so the parser error is not stored).
    pub fn reject(&mut self, error: u32) {
        let label = self.reject_label(error);
        self.jump(label);
    }

    /// Jump to `miss` unless the select key matches the keyset.
    fn select_keyset(&mut self, key: Value, width: u16, keyset: &ir::KeySet, miss: Label) -> Result<(), Error> {
        if width > 64 {
            return Err(Error::Unsupported("select on a value wider than 64 bits".into()));
        }
        if let Some(NetLoc::Reg(raw, bytes)) = self.network_of(key) {
            use super::network_order::network_constant;
            match *keyset {
                ir::KeySet::Any => {}
                ir::KeySet::Value(v) => self.compare_jump(Cond::Ne, raw, network_constant(v, bytes) as u128, miss),
                ir::KeySet::Mask(v, m) => {
                    let tmp = self.vreg();
                    self.mov(tmp, raw);
                    self.and_const(tmp, network_constant(m, bytes) as u128);
                    self.compare_jump(Cond::Ne, tmp, network_constant(v & m, bytes) as u128, miss);
                }
                ir::KeySet::Range(..) => return Err(Error::Internal(format!("{key}: a range on a network-form value"))),
            }
            return Ok(());
        }
        let reg = self.reg_of(key)?;
        match *keyset {
            ir::KeySet::Any => {}
            ir::KeySet::Value(v) => self.compare_jump(Cond::Ne, reg, v, miss),
            ir::KeySet::Mask(v, m) => {
                let tmp = self.vreg();
                self.mov(tmp, reg);
                self.and_const(tmp, m);
                self.compare_jump(Cond::Ne, tmp, v & m, miss);
            }
            ir::KeySet::Range(lo, hi) => {
                self.compare_jump(Cond::Lt, reg, lo, miss);
                self.compare_jump(Cond::Gt, reg, hi, miss);
            }
        }
        Ok(())
    }

    /// `if reg <cond> constant goto target` for any 64-bit constant.
    pub fn compare_jump(&mut self, cond: Cond, reg: Reg, constant: u128, target: Label) {
        let constant = constant as u64;
        if constant <= i32::MAX as u64 {
            self.branch(cond, reg, Src::Imm(constant as i32), target);
        } else {
            let tmp = self.vreg();
            self.mov_imm(tmp, constant);
            self.branch(cond, reg, Src::Reg(tmp), target);
        }
    }

    pub fn and_const(&mut self, reg: Reg, mask: u128) {
        let mask = mask as u64;
        if mask <= i32::MAX as u64 {
            self.alu(AluOp::And, reg, Src::Imm(mask as i32));
        } else {
            let tmp = self.vreg();
            self.mov_imm(tmp, mask);
            self.alu(AluOp::And, reg, Src::Reg(tmp));
        }
    }

    // ----- instructions -----

    fn inst(&mut self, function: &Function, inst: &Inst) -> Result<(), Error> {
        match inst {
            Inst::Const { result, value } => {
                self.constants[self.current_function].insert(*result, *value);
                let ty = self.ty(function, *result);
                match self.define(*result, ty) {
                    Loc::Reg(reg) => self.mov_imm(reg, *value as u64),
                    Loc::Wide(slot) => {
                        for (i, half) in [*value as u64, (*value >> 64) as u64].into_iter().enumerate() {
                            let tmp = self.vreg();
                            self.mov_imm(tmp, half);
                            self.store(Size::Dw, FP, slot + 8 * i as i16, tmp);
                        }
                    }
                }
            }
            Inst::ReadVar { result, var } if self.network.vars.contains(var) => {
                let ty = self.ty(function, *result);
                let bytes = self.network.values[self.current_function].get(result).copied().unwrap_or(var_bytes(ty));
                let net = if bytes <= 8 {
                    let raw = self.vreg();
                    self.load_var(raw, *var);
                    NetLoc::Reg(raw, bytes)
                } else {
                    let copy = self.alloc_stack(16);
                    let slot = self.var_slots[var];
                    self.copy_wide((FP, slot), copy);
                    NetLoc::Wide(FP, copy)
                };
                self.define_network(*result, ty, net);
            }
            Inst::WriteVar { var, .. } if self.threading.dead_vars.contains(var) => {}
            Inst::WriteVar { var, value } if self.network.vars.contains(var) => {
                let ty = self.module.variables[*var].ty;
                let bytes = if var_bytes(ty) <= 8 { (ty.width() as u32).div_ceil(8) } else { 16 };
                match (self.network_of(*value), self.constant_of(*value)) {
                    (Some(NetLoc::Reg(raw, _)), _) => self.store_var(*var, raw),
                    (Some(NetLoc::Wide(base, raw)), _) => {
                        let slot = self.var_slots[var];
                        self.copy_wide((base, raw), slot);
                    }
                    (None, Some(constant)) if bytes <= 8 => {
                        let tmp = self.vreg();
                        self.mov_imm(tmp, super::network_order::network_constant(constant, bytes));
                        self.store_var(*var, tmp);
                    }
                    (None, Some(constant)) => {
                        let slot = self.var_slots[var];
                        for (half, part) in [(0i16, constant >> 64), (8, constant)] {
                            let tmp = self.vreg();
                            self.mov_imm(tmp, super::network_order::network_constant(part & u64::MAX as u128, 8));
                            self.store(Size::Dw, FP, slot + half, tmp);
                        }
                    }
                    (None, None) => return Err(Error::Internal(format!("{value} has no network form for {var}"))),
                }
            }
            Inst::ReadVar { result, var } => {
                let ty = self.ty(function, *result);
                match self.define(*result, ty) {
                    Loc::Reg(reg) => self.load_var(reg, *var),
                    Loc::Wide(dst) => {
                        let slot = self.var_slots[var];
                        self.copy_wide((FP, slot), dst);
                    }
                }
            }
            Inst::WriteVar { var, value }
                if self.constant_of(*value).is_some_and(|c| c <= i32::MAX as u128) && var_bytes(self.module.variables[*var].ty) <= 8 =>
            {
                // A constant goes straight into the variable (an immediate store if it spills).
                let constant = self.constant_of(*value).unwrap_or(0) as i32;
                match self.var_homes.get(var).copied() {
                    Some(home) => self.push(MInst::Alu { op: AluOp::Mov, dst: home, src: Src::Imm(constant) }),
                    None => {
                        let size = Size::of_bytes(var_bytes(self.module.variables[*var].ty).min(8));
                        let slot = self.var_slots[var];
                        self.push(MInst::StoreImm { size, base: FP, off: slot, imm: constant });
                    }
                }
            }
            Inst::WriteVar { var, value } => match self.loc(*value)? {
                Loc::Reg(reg) => self.store_var(*var, reg),
                Loc::Wide(src) => {
                    let slot = self.var_slots[var];
                    self.copy_wide((FP, src), slot);
                }
            },
            Inst::ReadField { result, header, field } => self.read_field(function, *result, *header, *field)?,
            Inst::WriteField { header, field, value } => self.write_field(*header, *field, *value)?,
            Inst::IsValid { result, header } if self.compact_mode => {
                let slot = self.compact.header_slots[header];
                let reg = self.vreg();
                self.load(Size::W, reg, FP, slot);
                if self.only_branch_use(function, *result) {
                    self.deferred.insert(*result, (Cond::Ne, reg, Src::Imm(0)));
                } else {
                    self.values[self.current_function].insert(*result, Loc::Reg(reg));
                    self.normalize_bool(reg);
                }
            }
            Inst::SetValid { header, valid: false } if self.compact_mode => {
                self.compact.pointers.remove(header);
                let slot = self.compact.header_slots[header];
                self.push(MInst::StoreImm { size: Size::W, base: FP, off: slot, imm: 0 });
            }
            Inst::IsValid { result, header } if self.only_branch_use(function, *result) => {
                let home = self.header_homes[header];
                self.deferred.insert(*result, (Cond::Ne, home, Src::Imm(0)));
            }
            Inst::Unary { result, op: ir::UnaryOp::Not, arg }
                if self.has_condition(*arg) && self.only_branch_use(function, *result) =>
            {
                let tree = self.take_condition(*arg).expect("checked above");
                match tree.clone().negate() {
                    Some(super::conditions::CondTree::Leaf(cond, a, b)) => {
                        self.deferred.insert(*result, (cond, a, b));
                    }
                    Some(negated) => {
                        self.deferred_trees.insert(*result, negated);
                    }
                    None => {
                        let reg = self.materialize(tree);
                        let out = self.define_reg(*result);
                        self.mov(out, reg);
                        self.alu(AluOp::Xor, out, Src::Imm(1));
                    }
                }
            }
            Inst::IsValid { result, header } => {
                let reg = self.define_reg(*result);
                let home = self.header_homes[header];
                let done = self.label();
                self.mov_imm(reg, 0);
                self.branch(Cond::Eq, home, Src::Imm(0), done);
                self.mov_imm(reg, 1);
                self.push(MInst::Label(done));
            }
            Inst::SetValid { header, valid: false } => {
                self.restore_received_bytes(*header);
                let home = self.header_homes[header];
                self.mov_imm(home, 0);
            }
            Inst::SetValid { header, valid: true } => {
                return Err(Error::Unsupported(format!(
                    "setValid() on `{}`: the eBPF target keeps headers in the packet and cannot insert one",
                    self.module.headers[*header].name
                )))
            }
            Inst::Unary { result, op, arg } => {
                let ty = self.ty(function, *result);
                let src = self.reg_of(*arg)?;
                let reg = self.define_reg(*result);
                self.mov(reg, src);
                match op {
                    ir::UnaryOp::Not => self.alu(AluOp::Xor, reg, Src::Imm(1)),
                    ir::UnaryOp::Complement => {
                        self.alu(AluOp::Xor, reg, Src::Imm(-1));
                        self.truncate(reg, ty.width());
                    }
                    ir::UnaryOp::Negate => {
                        self.alu(AluOp::Neg, reg, Src::Imm(0));
                        self.truncate(reg, ty.width());
                    }
                }
            }
            Inst::Binary { result, op, lhs, rhs } => self.binary(function, *result, *op, *lhs, *rhs)?,
            Inst::Cast { result, arg } => {
                let from = self.ty(function, *arg);
                let to = self.ty(function, *result);
                match (self.loc(*arg)?, to.width() > 64) {
                    (Loc::Wide(slot), false) => {
                        let reg = self.define_reg(*result);
                        self.load(Size::Dw, reg, FP, slot);
                        self.truncate(reg, to.width());
                        if to == Type::Bool {
                            self.normalize_bool(reg);
                        }
                    }
                    (Loc::Reg(src), false) => {
                        let reg = self.define_reg(*result);
                        self.mov(reg, src);
                        if to == Type::Bool {
                            self.normalize_bool(reg);
                        } else {
                            if from.is_signed() && to.width() > from.width() {
                                self.sign_extend(reg, from.width());
                            }
                            // Widening an unsigned (normalized) value keeps it as it is.
                            let widening = !from.is_signed() && from != Type::Bool && to.width() >= from.width();
                            if !widening {
                                self.truncate(reg, to.width());
                            }
                        }
                    }
                    (Loc::Reg(src), true) => {
                        let Loc::Wide(slot) = self.define(*result, to) else { unreachable_loc()? };
                        let lo = self.vreg();
                        self.mov(lo, src);
                        let hi = self.vreg();
                        if from.is_signed() {
                            self.sign_extend(lo, from.width());
                            self.mov(hi, lo);
                            self.alu(AluOp::Arsh, hi, Src::Imm(63));
                            self.truncate(hi, to.width() - 64);
                        } else {
                            self.mov_imm(hi, 0);
                        }
                        self.store(Size::Dw, FP, slot, lo);
                        self.store(Size::Dw, FP, slot + 8, hi);
                    }
                    (Loc::Wide(src), true) => {
                        let Loc::Wide(dst) = self.define(*result, to) else { unreachable_loc()? };
                        self.copy_wide((FP, src), dst);
                        let hi = self.vreg();
                        self.load(Size::Dw, hi, FP, dst + 8);
                        self.truncate(hi, to.width() - 64);
                        self.store(Size::Dw, FP, dst + 8, hi);
                    }
                }
            }
            Inst::Slice { result, arg, hi, lo } => {
                let reg = self.define_reg(*result);
                match self.loc(*arg)? {
                    Loc::Reg(src) => {
                        self.mov(reg, src);
                        if *lo > 0 {
                            self.alu(AluOp::Rsh, reg, Src::Imm(*lo as i32));
                        }
                    }
                    Loc::Wide(slot) => {
                        if *lo >= 64 {
                            self.load(Size::Dw, reg, FP, slot + 8);
                            if *lo > 64 {
                                self.alu(AluOp::Rsh, reg, Src::Imm((*lo - 64) as i32));
                            }
                        } else if *hi < 64 {
                            self.load(Size::Dw, reg, FP, slot);
                            if *lo > 0 {
                                self.alu(AluOp::Rsh, reg, Src::Imm(*lo as i32));
                            }
                        } else {
                            return Err(Error::Unsupported("a slice across bit 64 of a wide value".into()));
                        }
                    }
                }
                self.truncate(reg, hi - lo + 1);
            }
            Inst::Concat { result, hi, lo } => {
                let width = self.ty(function, *result).width();
                if width > 64 {
                    return Err(Error::Unsupported("concatenation wider than 64 bits".into()));
                }
                let lo_width = self.ty(function, *lo).width();
                let (h, l) = (self.reg_of(*hi)?, self.reg_of(*lo)?);
                let reg = self.define_reg(*result);
                self.mov(reg, h);
                self.alu(AluOp::Lsh, reg, Src::Imm(lo_width as i32));
                self.alu(AluOp::Or, reg, Src::Reg(l));
            }
            Inst::Select { result, cond, if_true, if_false } => {
                let ty = self.ty(function, *result);
                if ty.width() > 64 {
                    return Err(Error::Unsupported("?: on values wider than 64 bits".into()));
                }
                let (c, t, f) = (self.reg_of(*cond)?, self.reg_of(*if_true)?, self.reg_of(*if_false)?);
                let reg = self.define_reg(*result);
                let done = self.label();
                self.mov(reg, t);
                self.branch(Cond::Ne, c, Src::Imm(0), done);
                self.mov(reg, f);
                self.push(MInst::Label(done));
            }
            Inst::Extract { header } => self.extract(*header)?,
            Inst::Advance { bits } => self.advance(*bits)?,
            Inst::Lookahead { result } => self.lookahead(function, *result)?,
            Inst::Verify { cond, error } if self.deferred_trees.contains_key(cond) => {
                let tree = self.deferred_trees.remove(cond).expect("checked above");
                let (ok, reject) = (self.label(), self.reject_label(*error));
                self.emit_condition(tree, ok, reject);
                self.push(MInst::Label(ok));
            }
            Inst::Verify { cond, error } if matches!(self.deferred.get(cond), Some((c, _, _)) if *c != Cond::Set) => {
                let (condition, a, b) = self.deferred.remove(cond).expect("checked above");
                let reject = self.reject_label(*error);
                self.branch(condition.negate(), a, b, reject);
            }
            Inst::Verify { cond, error } => {
                if let Some((condition, a, b)) = self.deferred.remove(cond) {
                    // A test with no negated opcode: materialize it.
                    let reg = self.define_reg(*cond);
                    let done = self.label();
                    self.mov_imm(reg, 1);
                    self.branch(condition, a, b, done);
                    self.mov_imm(reg, 0);
                    self.push(MInst::Label(done));
                }
                let reg = self.reg_of(*cond)?;
                let ok = self.label();
                self.branch(Cond::Ne, reg, Src::Imm(0), ok);
                self.reject(*error);
                self.push(MInst::Label(ok));
            }
            other => self.extern_inst(function, other)?,
        }
        Ok(())
    }

    fn normalize_bool(&mut self, reg: Reg) {
        let done = self.label();
        self.branch(Cond::Eq, reg, Src::Imm(0), done);
        self.mov_imm(reg, 1);
        self.push(MInst::Label(done));
    }

    pub fn copy_wide(&mut self, from: (Reg, i16), to: i16) {
        for i in [0, 8] {
            let tmp = self.vreg();
            self.load(Size::Dw, tmp, from.0, from.1 + i);
            self.store(Size::Dw, FP, to + i, tmp);
        }
    }
}

/// Follow blocks that only jump on, to where they lead (a bounded walk).
pub fn resolve_jumps(function: &Function, mut block: Block) -> Block {
    for _ in 0..16 {
        match &function.blocks[block] {
            data if data.insts.is_empty() => match data.terminator {
                Terminator::Jump(next) => block = next,
                _ => break,
            },
            _ => break,
        }
    }
    block
}

/// The one place a `switch` leads to when every case and the default end up there (an
/// `action_run` switch over actions that all do nothing, say).
pub fn trivial_switch(function: &Function, terminator: &Terminator) -> Option<Block> {
    let Terminator::Switch { cases, default, .. } = terminator else { return None };
    let target = resolve_jumps(function, *default);
    cases.iter().all(|(_, block)| resolve_jumps(function, *block) == target).then_some(target)
}

/// Stack bytes for a variable of `ty` (1, 2, 4, 8 or 16).
fn var_bytes(ty: Type) -> u32 {
    match ty.width() {
        0..=8 => 1,
        9..=16 => 2,
        17..=32 => 4,
        33..=64 => 8,
        _ => 16,
    }
}

fn unreachable_loc<T>() -> Result<T, Error> {
    Err(Error::Internal("location kind mismatch".into()))
}

pub use flowmark_compiler::ir::validity::reverse_post_order;

fn note_of(module: &ir::Module, function: &Function, inst: &Inst) -> String {
    module.inst_text(function, inst)
}
