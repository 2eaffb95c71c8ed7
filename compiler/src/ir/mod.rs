//! The flowmark IR: what every target (interpreter, eBPF, native, match-interface) consumes.
//!
//! A [`Module`] is one pipeline after semantic analysis: its header types and header instances,
//! variables (metadata, locals, standard metadata), tables with their actions, stateful externs
//! (maps, hints, counters), and two [`Function`]s: the parser and the control. Entities live in
//! arenas with typed ids (`cranelift-entity`), spans live in side tables.
//!
//! Design choices, chosen for the targets:
//! - Everything is scalar. Structs are flattened into one [`Variable`] per scalar field
//!   (`meta.flow.src`), keys of maps and hints are lists of scalar values in field order, and a
//!   value is a [`Type::Bits`] of at most [`MAX_WIDTH`] bits (arithmetic only up to 64) or a `Bool`.
//! - Header fields are first-class operations ([`Inst::ReadField`], [`Inst::WriteField`]) on header
//!   instances that sit in the packet at the offset where the parser extracted them: backends read
//!   and write them in place, and the implicit deparser writes back only fields of extracted headers.
//! - Values are SSA ([`Value`], defined once by one instruction); mutable state lives in variables
//!   ([`Inst::ReadVar`], [`Inst::WriteVar`]) and header fields. Control flow is a graph of blocks
//!   with terminators.
//! - The parser function is acyclic: header-stack loops are unrolled by lowering, so every stack
//!   index in the IR is a constant and `.next`/`.last` no longer exist.
//! - Actions are inlined wherever they run; a table apply yields `hit`, the action id that ran and the
//!   entry's action data, and a `Switch` on the action id dispatches to the inlined bodies.

mod display;
pub mod eval;
pub mod validity;
pub mod verify;

use cranelift_entity::{entity_impl, PrimaryMap};
use flowmark_grammar::Span;

/// The widest scalar: 128 bits (IPv6 addresses). Arithmetic is limited to [`MAX_ARITH_WIDTH`].
pub const MAX_WIDTH: u16 = 128;
/// The widest operand of arithmetic, shifts and comparisons other than `==`/`!=`.
pub const MAX_ARITH_WIDTH: u16 = 64;

macro_rules! entity {
    ($name:ident, $prefix:literal, $doc:literal) => {
        #[doc = $doc]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(u32);
        entity_impl!($name, $prefix);
    };
}

entity!(HeaderTypeId, "htype", "A header type (`header ipv4_t { ... }`).");
entity!(HeaderId, "hdr", "A header instance (`hdr.ipv4`, `hdr.opts[2]`).");
entity!(VarId, "var", "A scalar variable: metadata field, local, standard metadata field.");
entity!(TableId, "table", "A match-action table.");
entity!(ActionId, "action", "An action (its body is inlined where it runs; the id is its `action_run` value).");
entity!(MapId, "map", "A `Map<K, V>` extern instance.");
entity!(HintId, "hint", "A `Hint<K>` extern instance.");
entity!(CounterId, "counter", "A `Counter` or `CounterArray` extern instance.");
entity!(Block, "block", "A basic block of a function.");
entity!(Value, "v", "An SSA value.");

/// A scalar type with an exact width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// `bit<N>` (unsigned) or `int<N>` (signed, two's complement), 1..=128 bits.
    Bits { width: u16, signed: bool },
    Bool,
}

impl Type {
    pub const fn bits(width: u16) -> Type {
        Type::Bits { width, signed: false }
    }
    pub const fn int(width: u16) -> Type {
        Type::Bits { width, signed: true }
    }
    /// Width in bits (1 for `Bool`).
    pub fn width(self) -> u16 {
        match self {
            Type::Bits { width, .. } => width,
            Type::Bool => 1,
        }
    }
    pub fn is_signed(self) -> bool {
        matches!(self, Type::Bits { signed: true, .. })
    }
    /// The mask of the low `width` bits.
    pub fn mask(self) -> u128 {
        mask(self.width())
    }
}

/// The low `width` bits set (`width` 0..=128).
pub fn mask(width: u16) -> u128 {
    if width >= 128 {
        u128::MAX
    } else {
        (1u128 << width) - 1
    }
}

/// Which architecture package the program instantiates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Architecture {
    /// p4c's `ebpfFilter(prs(), pipe()) main;`: the control's `out bool` decides pass or drop.
    EbpfFilter,
    /// `Flowmark(prs(), pipe()) main;`: `standard_metadata` carries mark and verdict.
    Flowmark,
}

/// One pipeline, ready for the targets.
#[derive(Clone, Debug)]
pub struct Module {
    /// The program's file stem, used to name outputs.
    pub name: String,
    pub architecture: Architecture,
    pub header_types: PrimaryMap<HeaderTypeId, HeaderType>,
    pub headers: PrimaryMap<HeaderId, HeaderInstance>,
    pub stacks: Vec<HeaderStack>,
    pub variables: PrimaryMap<VarId, Variable>,
    pub tables: PrimaryMap<TableId, Table>,
    pub actions: PrimaryMap<ActionId, Action>,
    pub maps: PrimaryMap<MapId, MapDecl>,
    pub hints: PrimaryMap<HintId, HintDecl>,
    pub counters: PrimaryMap<CounterId, CounterDecl>,
    /// The error names in declaration order; an error's value is its index (`NoError` = 0).
    pub errors: Vec<String>,
    /// Variables with a fixed meaning for the architecture.
    pub standard: StandardVariables,
    pub parser: Function,
    pub control: Function,
}

/// Where the architecture's inputs and outputs live.
#[derive(Clone, Debug, Default)]
pub struct StandardVariables {
    /// `standard_metadata.in_port` (flowmark) — set from the packet's port before the parser runs.
    pub in_port: Option<VarId>,
    /// `standard_metadata.packet_length` — set from the packet's length before the parser runs.
    pub packet_length: Option<VarId>,
    /// `standard_metadata.mark` — the incoming mark on entry, the outgoing mark at the end.
    pub mark: Option<VarId>,
    /// `standard_metadata.out_port` — the port for a redirect verdict.
    pub out_port: Option<VarId>,
    /// `standard_metadata.verdict` — `verdict_t` value (0 pass, 1 drop, 2 redirect).
    pub verdict: Option<VarId>,
    /// ebpfFilter's `out bool` of the control: true = pass, false = drop (initially false).
    pub pass: Option<VarId>,
    /// The parser error (`error` type, an index into [`Module::errors`]), 0 when none.
    pub parser_error: Option<VarId>,
}

/// The `verdict_t` values of the flowmark architecture.
pub const VERDICT_PASS: u128 = 0;
pub const VERDICT_DROP: u128 = 1;
pub const VERDICT_REDIRECT: u128 = 2;

#[derive(Clone, Debug)]
pub struct HeaderType {
    pub name: String,
    pub fields: Vec<HeaderField>,
    /// Sum of field widths; a multiple of 8 (checked by semantic analysis).
    pub size_bits: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct HeaderField {
    pub name: String,
    pub width: u16,
    /// Offset of the field's most significant bit from the header's first bit (network order).
    pub bit_offset: u32,
}

#[derive(Clone, Debug)]
pub struct HeaderInstance {
    /// Full P4 path: `hdr.ipv4`, `hdr.opts[3]`.
    pub name: String,
    pub ty: HeaderTypeId,
    /// Set when the instance is an element of a header stack: (index into `Module::stacks`, element).
    pub stack: Option<(usize, u32)>,
}

#[derive(Clone, Debug)]
pub struct HeaderStack {
    /// `hdr.opts`
    pub name: String,
    pub elements: Vec<HeaderId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// A field of the user's metadata struct (flowmark `meta`), zero on entry.
    Metadata,
    /// A field of `standard_metadata` or ebpfFilter's `pass`.
    Standard,
    /// A local variable of the parser, the control or an inlined action (zero-initialised).
    Local,
}

#[derive(Clone, Debug)]
pub struct Variable {
    /// P4 path: `meta.src_port`, `standard_metadata.mark`, `pass`, `pipe.tmp`.
    pub name: String,
    pub ty: Type,
    pub kind: VarKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchKind {
    Exact,
    Lpm,
    Ternary,
    Range,
}

impl MatchKind {
    pub fn name(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Lpm => "lpm",
            MatchKind::Ternary => "ternary",
            MatchKind::Range => "range",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableImplementation {
    /// Default, and p4c's `hash_table(n)`.
    Hash,
    /// p4c's `array_table(n)`: one exact key of at most 32 bits used as an index.
    Array,
}

#[derive(Clone, Debug)]
pub struct TableKey {
    /// The key expression as written: `headers.ipv4.srcAddr` (STF and entry files name keys so).
    pub name: String,
    pub ty: Type,
    pub match_kind: MatchKind,
}

#[derive(Clone, Debug)]
pub struct Table {
    /// Qualified name: `pipe.Check_src_ip`.
    pub name: String,
    pub keys: Vec<TableKey>,
    /// Actions the table may run, in the order of its `actions` list.
    pub actions: Vec<ActionId>,
    pub default_action: ActionCall,
    pub default_is_const: bool,
    pub size: u32,
    pub implementation: TableImplementation,
    /// `const entries` (the table then accepts no others).
    pub const_entries: Option<Vec<Entry>>,
    /// `@dynamic` on the declaration: the match-interface target models the table as a source
    /// that its rules create at run time (`match create`). No effect on other targets.
    pub dynamic: bool,
    pub span: Span,
}

/// An action with its data, as stored in a table entry or as a default action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionCall {
    pub action: ActionId,
    /// One value per action-data parameter, in order.
    pub args: Vec<u128>,
}

/// A table entry (from `const entries` or the control plane).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// One per table key, in key order.
    pub keys: Vec<KeyMatch>,
    /// Higher wins among overlapping ternary/range entries (STF semantics); for const entries the
    /// earlier entry has the higher priority.
    pub priority: u32,
    pub action: ActionCall,
}

/// How one key field of an entry matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyMatch {
    Exact(u128),
    /// Value and prefix length.
    Lpm(u128, u16),
    /// Value and mask.
    Ternary(u128, u128),
    /// Inclusive bounds.
    Range(u128, u128),
}

#[derive(Clone, Debug)]
pub struct Action {
    /// Qualified name: `pipe.Reject`, or `NoAction` for top-level actions.
    pub name: String,
    /// Action-data parameters (directionless), filled from table entries.
    pub params: Vec<ActionParam>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ActionParam {
    pub name: String,
    pub ty: Type,
}

/// One scalar field of a struct-typed key or value.
#[derive(Clone, Debug)]
pub struct LayoutField {
    pub name: String,
    pub ty: Type,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKind {
    Hash,
    Array,
    Lru,
}

#[derive(Clone, Debug)]
pub struct MapDecl {
    /// Qualified name: `pipe.conns`.
    pub name: String,
    pub kind: MapKind,
    pub size: u32,
    pub key: Vec<LayoutField>,
    pub value: Vec<LayoutField>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct HintDecl {
    pub name: String,
    pub size: u32,
    pub key: Vec<LayoutField>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterKind {
    /// flowmark `Counter`: packets and bytes per index.
    PacketsAndBytes,
    /// ebpf_model `CounterArray`: one number per index, `increment` adds 1, `add` adds a value.
    Packets,
}

#[derive(Clone, Debug)]
pub struct CounterDecl {
    pub name: String,
    pub kind: CounterKind,
    pub size: u32,
    pub span: Span,
}

/// A function: the parser or the control.
#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub entry: Block,
    pub blocks: PrimaryMap<Block, BlockData>,
    /// Type of every SSA value.
    pub values: PrimaryMap<Value, Type>,
}

#[derive(Clone, Debug)]
pub struct BlockData {
    /// Parser state (with unrolling suffix `parse_opt.2`) or a label for readers of the text form.
    pub name: Option<String>,
    pub insts: Vec<Inst>,
    /// Side table: `spans[i]` is the source of `insts[i]`.
    pub spans: Vec<Span>,
    pub terminator: Terminator,
    pub terminator_span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// Logical not (Bool).
    Not,
    /// Bitwise complement.
    Complement,
    /// Two's complement negation (wrapping).
    Negate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    /// Wrapping arithmetic in the operand width.
    Add,
    Sub,
    Mul,
    /// Unsigned operands only; division by zero gives 0 (checked by lowering for constants).
    Div,
    Mod,
    AddSat,
    SubSat,
    And,
    Or,
    Xor,
    /// Shift by an unsigned amount of any width; shifting by >= width gives 0 (or the sign fill).
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// Logical and/or on Bool (lowering keeps P4's short-circuit with branches when the right side
    /// has effects; otherwise it uses these).
    LogicalAnd,
    LogicalOr,
}

/// One key set of a parser `select` case, per select expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeySet {
    Value(u128),
    Mask(u128, u128),
    Range(u128, u128),
    Any,
}

/// Where a parser `select` goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectTarget {
    Block(Block),
    Accept,
    /// Reject with an error index (`NoMatch` when no case matched and no default).
    Reject(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectCase {
    /// One per select key.
    pub keysets: Vec<KeySet>,
    pub target: SelectTarget,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inst {
    Const { result: Value, value: u128 },
    ReadVar { result: Value, var: VarId },
    WriteVar { var: VarId, value: Value },
    /// Read a field of a header instance; an invalid header reads as 0.
    ReadField { result: Value, header: HeaderId, field: u16 },
    /// Write a field; writing into an invalid header has no effect.
    WriteField { header: HeaderId, field: u16, value: Value },
    IsValid { result: Value, header: HeaderId },
    /// `setValid()` / `setInvalid()`. A header made valid that the parser never extracted is not
    /// inserted into the packet (headers are views of the packet; see docs/LANGUAGE.md).
    SetValid { header: HeaderId, valid: bool },
    Unary { result: Value, op: UnaryOp, arg: Value },
    Binary { result: Value, op: BinaryOp, lhs: Value, rhs: Value },
    /// Width change and sign change to the result type: truncation, zero or sign extension (by the
    /// argument's signedness), Bool <-> bit<1>.
    Cast { result: Value, arg: Value },
    /// `arg[hi:lo]`
    Slice { result: Value, arg: Value, hi: u16, lo: u16 },
    /// `hi ++ lo`
    Concat { result: Value, hi: Value, lo: Value },
    /// `cond ? if_true : if_false` without side effects.
    Select { result: Value, cond: Value, if_true: Value, if_false: Value },

    // ---- parser only ----
    /// Copy the header's bytes at the cursor into the instance, make it valid, record its offset,
    /// advance the cursor. Too few bytes: reject with `PacketTooShort`.
    Extract { header: HeaderId },
    /// Move the cursor forward by `bits` (a multiple of 8, checked at run time: otherwise reject with
    /// `ParserInvalidArgument`); past the end: reject with `PacketTooShort`.
    Advance { bits: Value },
    /// Read the result's width in bits at the cursor without moving it. Too few bytes: reject
    /// with `PacketTooShort`.
    Lookahead { result: Value },
    /// `verify(cond, error)`: reject with `error` unless `cond`.
    Verify { cond: Value, error: u32 },

    // ---- control only ----
    /// Look the key up. `hit` (Bool), `action` (bit<32> ActionId index of the action that runs:
    /// the entry's or the default), `params` one value per action-data parameter of every action of
    /// the table, in `Table::actions` order, then parameter order; parameters of actions other than
    /// the one that runs read 0.
    TableApply { table: TableId, keys: Vec<Value>, hit: Value, action: Value, params: Vec<Value> },
    /// `hint.apply(key)`: on a hit set the standard mark to the stored mark. `hit` is Bool.
    HintApply { hint: HintId, key: Vec<Value>, hit: Value },
    /// `map.lookup(key, value)`: `found` is Bool; `values` read 0 on a miss.
    MapLookup { map: MapId, key: Vec<Value>, found: Value, values: Vec<Value> },
    MapUpdate { map: MapId, key: Vec<Value>, values: Vec<Value> },
    MapDelete { map: MapId, key: Vec<Value> },
    /// Add `packets` to the counter's packet count at `index` and, for `PacketsAndBytes`, the
    /// packet length to its byte count. Out-of-range indexes are ignored.
    Count { counter: CounterId, index: Value, packets: Value },
    /// 32-bit FNV-1a over the arguments, each big-endian in ceil(width/8) bytes.
    Hash { result: Value, args: Vec<Value> },
    /// bit<64> nanoseconds.
    Timestamp { result: Value },
    /// bit<32> pseudo-random.
    Random { result: Value },
    /// Recompute the IPv4 header checksum of `header` (field `hdrChecksum`, one's complement sum
    /// of the header's 16-bit words with the checksum taken as 0).
    Ipv4ChecksumUpdate { header: HeaderId, checksum_field: u16 },
    /// RFC 1624 incremental update of the 16-bit one's complement checksum in `checksum` (a
    /// header field) for a change of a 16- or 32-bit quantity from `old` to `new`.
    ChecksumReplace { header: HeaderId, field: u16, old: Value, new: Value },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Terminator {
    Jump(Block),
    Branch { cond: Value, if_true: Block, if_false: Block },
    /// Compare `value` with each case constant; `default` otherwise.
    Switch { value: Value, cases: Vec<(u128, Block)>, default: Block },
    /// Parser only: P4 `transition select`.
    Select { keys: Vec<Value>, cases: Vec<SelectCase>, default: SelectTarget },
    /// Parser only: `transition accept`.
    Accept,
    /// Parser only: `transition reject` (with an error index).
    Reject(u32),
    /// Control only: the end of the control (falling off `apply`, `return`, `exit`).
    Return,
}

impl Module {
    pub fn header_type(&self, header: HeaderId) -> &HeaderType {
        &self.header_types[self.headers[header].ty]
    }
    /// The index of an error name (`PacketTooShort`), if declared.
    pub fn error_index(&self, name: &str) -> Option<u32> {
        self.errors.iter().position(|e| e == name).map(|i| i as u32)
    }
    /// Positions in `TableApply::params` of the parameters of `action` in `table`.
    pub fn param_slots(&self, table: TableId, action: ActionId) -> std::ops::Range<usize> {
        let mut start = 0;
        for &candidate in &self.tables[table].actions {
            let count = self.actions[candidate].params.len();
            if candidate == action {
                return start..start + count;
            }
            start += count;
        }
        start..start
    }
    /// Total number of action-data parameters over all actions of `table`.
    pub fn param_count(&self, table: TableId) -> usize {
        self.tables[table].actions.iter().map(|&a| self.actions[a].params.len()).sum()
    }
    /// Every instruction of the parser, then of the control, in block order.
    pub fn instructions(&self) -> impl Iterator<Item = &Inst> {
        [&self.parser, &self.control].into_iter().flat_map(|f| f.blocks.values()).flat_map(|b| &b.insts)
    }
}

impl Inst {
    /// The header whose bytes this instruction writes: a field write, or a checksum update or
    /// replacement.
    pub fn header_bytes_written(&self) -> Option<HeaderId> {
        match self {
            Inst::WriteField { header, .. } | Inst::Ipv4ChecksumUpdate { header, .. } | Inst::ChecksumReplace { header, .. } => {
                Some(*header)
            }
            _ => None,
        }
    }

    /// The values this instruction defines.
    pub fn results(&self) -> Vec<Value> {
        match self {
            Inst::Const { result, .. }
            | Inst::ReadVar { result, .. }
            | Inst::ReadField { result, .. }
            | Inst::IsValid { result, .. }
            | Inst::Unary { result, .. }
            | Inst::Binary { result, .. }
            | Inst::Cast { result, .. }
            | Inst::Slice { result, .. }
            | Inst::Concat { result, .. }
            | Inst::Select { result, .. }
            | Inst::Lookahead { result }
            | Inst::Hash { result, .. }
            | Inst::Timestamp { result }
            | Inst::Random { result } => vec![*result],
            Inst::TableApply { hit, action, params, .. } => {
                let mut out = vec![*hit, *action];
                out.extend(params.iter().copied());
                out
            }
            Inst::HintApply { hit, .. } => vec![*hit],
            Inst::MapLookup { found, values, .. } => {
                let mut out = vec![*found];
                out.extend(values.iter().copied());
                out
            }
            Inst::WriteVar { .. }
            | Inst::WriteField { .. }
            | Inst::SetValid { .. }
            | Inst::Extract { .. }
            | Inst::Advance { .. }
            | Inst::Verify { .. }
            | Inst::MapUpdate { .. }
            | Inst::MapDelete { .. }
            | Inst::Count { .. }
            | Inst::Ipv4ChecksumUpdate { .. }
            | Inst::ChecksumReplace { .. } => vec![],
        }
    }

    /// The values this instruction reads.
    pub fn arguments(&self) -> Vec<Value> {
        match self {
            Inst::Const { .. }
            | Inst::ReadVar { .. }
            | Inst::ReadField { .. }
            | Inst::IsValid { .. }
            | Inst::SetValid { .. }
            | Inst::Extract { .. }
            | Inst::Lookahead { .. }
            | Inst::Timestamp { .. }
            | Inst::Random { .. }
            | Inst::Ipv4ChecksumUpdate { .. } => vec![],
            Inst::WriteVar { value, .. } | Inst::WriteField { value, .. } => vec![*value],
            Inst::Unary { arg, .. } | Inst::Cast { arg, .. } | Inst::Slice { arg, .. } => vec![*arg],
            Inst::Binary { lhs, rhs, .. } => vec![*lhs, *rhs],
            Inst::Concat { hi, lo, .. } => vec![*hi, *lo],
            Inst::Select { cond, if_true, if_false, .. } => vec![*cond, *if_true, *if_false],
            Inst::Advance { bits } => vec![*bits],
            Inst::Verify { cond, .. } => vec![*cond],
            Inst::TableApply { keys, .. } => keys.clone(),
            Inst::HintApply { key, .. } | Inst::MapDelete { key, .. } => key.clone(),
            Inst::MapLookup { key, .. } => key.clone(),
            Inst::MapUpdate { key, values, .. } => key.iter().chain(values).copied().collect(),
            Inst::Count { index, packets, .. } => vec![*index, *packets],
            Inst::Hash { args, .. } => args.clone(),
            Inst::ChecksumReplace { old, new, .. } => vec![*old, *new],
        }
    }

    /// True for instructions only the parser may contain.
    pub fn is_parser_only(&self) -> bool {
        matches!(self, Inst::Extract { .. } | Inst::Advance { .. } | Inst::Lookahead { .. } | Inst::Verify { .. })
    }

    /// True for instructions only the control may contain.
    pub fn is_control_only(&self) -> bool {
        matches!(
            self,
            Inst::TableApply { .. }
                | Inst::HintApply { .. }
                | Inst::MapLookup { .. }
                | Inst::MapUpdate { .. }
                | Inst::MapDelete { .. }
                | Inst::Count { .. }
        )
    }
}

impl Terminator {
    /// Blocks this terminator may jump to.
    pub fn successors(&self) -> Vec<Block> {
        match self {
            Terminator::Jump(b) => vec![*b],
            Terminator::Branch { if_true, if_false, .. } => vec![*if_true, *if_false],
            Terminator::Switch { cases, default, .. } => {
                cases.iter().map(|(_, b)| *b).chain(std::iter::once(*default)).collect()
            }
            Terminator::Select { cases, default, .. } => cases
                .iter()
                .map(|c| c.target)
                .chain(std::iter::once(*default))
                .filter_map(|t| match t {
                    SelectTarget::Block(b) => Some(b),
                    _ => None,
                })
                .collect(),
            Terminator::Accept | Terminator::Reject(_) | Terminator::Return => vec![],
        }
    }
    /// The values this terminator reads.
    pub fn arguments(&self) -> Vec<Value> {
        match self {
            Terminator::Branch { cond, .. } => vec![*cond],
            Terminator::Switch { value, .. } => vec![*value],
            Terminator::Select { keys, .. } => keys.clone(),
            _ => vec![],
        }
    }
}
