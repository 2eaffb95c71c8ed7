//! NIC offload: the rules of the Netronome nfp eBPF offload (the kernel enforces them only when a
//! program is loaded onto the device, with terse verifier messages), checked twice by flowmark:
//!
//! - [`check`] walks the IR before code generation and reports every construct an offloaded
//!   program cannot contain as a [`Diagnostic`] pointing at it, with help saying what to use
//!   instead: LPM tables and LRU maps (only HASH and ARRAY maps exist on the NIC), map keys or
//!   values over the element limit, hints and other writes of the mark, reads of the incoming
//!   mark or the input port (only `len`, `data` and `data_end` of the context are readable, and
//!   nothing is writable), redirects, checksum updates, `timestamp_ns()` (no clock helper),
//!   `Map` writes (map values change only by atomic add: counters), multiplies wider than 32
//!   bits, division by run-time values or of values wider than 32 bits, and `setValid()`.
//! - [`scan`] / [`scan_instructions`] read the generated (or any) program instruction by
//!   instruction, with a small forward data-flow over the control-flow graph that knows which
//!   registers and stack slots may hold the context or a map value pointer, and collect a
//!   [`Usage`]: helper ids, context offsets read and written, maps, return codes, atomic adds,
//!   stores into map values, 64-bit multiplies and divisions. [`Usage::violations`] lists what
//!   breaks the rules. `compile` runs it on every offload build; the loader runs it on objects
//!   given to `flowmark load --offload`; the tests snapshot it per example.
//!
//! Diagnostic codes: E0601-E0614 (see docs/OFFLOAD.md and docs/ERRORS.md).

use crate::codegen::MapPlan;
use crate::program::{Insn, MapDef, Program, ProgramKind};
use crate::Options;
use flowmark_compiler::ir::{self, Function, Inst, Module, Value};
use flowmark_compiler::layout::{self, TableStorage};
use flowmark_grammar::{Diagnostic, Span};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The default element limit: key and value, each rounded up to 8 bytes, at most this many bytes
/// (what the nfp firmware's map element holds, about 64 bytes).
pub const DEFAULT_ELEMENT_BYTES: u32 = 64;

/// Helper functions the offload accepts: id and name.
pub const ALLOWED_HELPERS: [(i32, &str); 7] = [
    (1, "bpf_map_lookup_elem"),
    (2, "bpf_map_update_elem"),
    (3, "bpf_map_delete_elem"),
    (7, "bpf_get_prandom_u32"),
    (25, "bpf_perf_event_output"),
    (44, "bpf_xdp_adjust_head"),
    (65, "bpf_xdp_adjust_tail"),
];

/// `BPF_MAP_TYPE_HASH` and `BPF_MAP_TYPE_ARRAY`, the only map types on the NIC.
pub const MAP_TYPE_HASH: u32 = 1;
pub const MAP_TYPE_ARRAY: u32 = 2;

/// TC return codes the offload accepts: `TC_ACT_UNSPEC` (pass), `TC_ACT_SHOT`, `TC_ACT_QUEUED`,
/// `TC_ACT_STOLEN`.
pub const TC_RETURN_CODES: [(i32, &str); 4] =
    [(-1, "TC_ACT_UNSPEC"), (2, "TC_ACT_SHOT"), (3, "TC_ACT_QUEUED"), (4, "TC_ACT_STOLEN")];
/// XDP return codes the offload accepts (not `XDP_REDIRECT`).
pub const XDP_RETURN_CODES: [(i32, &str); 4] = [(0, "XDP_ABORTED"), (1, "XDP_DROP"), (2, "XDP_PASS"), (3, "XDP_TX")];

/// The target name users write for `kind`.
pub fn target_name(kind: ProgramKind) -> &'static str {
    match kind {
        ProgramKind::Tc => "offload-tc",
        ProgramKind::Xdp => "offload-xdp",
    }
}

// ----- the IR checker -----

/// Every construct of `module` that an offload build for `options.kind` (with the element limit
/// `options.offload_element_bytes`) cannot contain, in source order, without duplicates.
pub fn check(module: &Module, options: &Options) -> Vec<Diagnostic> {
    let mut checker = Checker { module, options, out: Vec::new() };
    checker.declarations();
    checker.element_sizes();
    for function in [&module.parser, &module.control] {
        checker.function(function);
    }
    let mut out = checker.out;
    let mut seen = BTreeSet::new();
    out.retain(|d| seen.insert((d.code, d.message.clone(), d.labels.iter().map(|l| (l.span.file.0, l.span.start, l.span.end)).collect::<Vec<_>>())));
    out.sort_by_key(|d| d.labels.iter().find(|l| l.primary).map(|l| (l.span.file.0, l.span.start, l.span.end)));
    out
}

/// The constant `value` stands for when it is defined by a constant (through casts), as lowering
/// leaves divisors and verdicts written as constants.
pub fn constant_of(function: &Function, value: Value) -> Option<u128> {
    let mut current = value;
    // Casts of casts are short chains; the bound only guards against malformed IR.
    for _ in 0..16 {
        let definition = function.blocks.values().flat_map(|b| b.insts.iter()).find(|inst| inst.results().contains(&current))?;
        match definition {
            Inst::Const { result, value: constant } => {
                return Some(*constant & function.values[*result].mask() & function.values[value].mask())
            }
            Inst::Cast { arg, .. } => current = *arg,
            _ => return None,
        }
    }
    None
}

const HELP_MARK: &str = "build for the software tc target (`--target tc`), which writes skb->mark, or for XDP in driver mode (`--target xdp`), where the mark travels in the packet's metadata";

struct Checker<'m> {
    module: &'m Module,
    options: &'m Options,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn target(&self) -> &'static str {
        target_name(self.options.kind)
    }

    fn declarations(&mut self) {
        let module = self.module;
        for (id, table) in module.tables.iter() {
            if layout::table_layout(module, id).storage == TableStorage::LpmTrie {
                let key = table.keys.iter().find(|k| k.match_kind == ir::MatchKind::Lpm).map_or("?", |k| k.name.as_str());
                self.out.push(
                    Diagnostic::error("E0601", format!("table `{}` needs an LPM trie, which the NIC does not have", table.name))
                        .primary(table.span, format!("`{key}` is matched with `lpm`"))
                        .note("the offload has only HASH and ARRAY maps")
                        .help("match the prefix as `ternary` (flowmark then searches masks over HASH and ARRAY maps; entries keep their prefix lengths as masks), or build for the software `--target tc`"),
                );
            }
        }
        for (_, map) in module.maps.iter() {
            if map.kind == ir::MapKind::Lru {
                self.out.push(
                    Diagnostic::error("E0602", format!("map `{}` is an LRU map, which the NIC does not have", map.name))
                        .primary(map.span, "declared with `MapKind.LRU`")
                        .note("the offload has only HASH and ARRAY maps")
                        .help("use `MapKind.HASH` and let the control plane delete old entries, or build for the software `--target tc`"),
                );
            }
        }
    }

    /// Keys and values of every kernel map the build would create, against the element limit.
    fn element_sizes(&mut self) {
        let module = self.module;
        let plan = MapPlan::for_options(module, self.options);
        let mut origins: BTreeMap<usize, (Span, String)> = BTreeMap::new();
        for (id, maps) in &plan.tables {
            let table = &module.tables[*id];
            for index in [Some(maps.main), maps.default, maps.masks, maps.count].into_iter().flatten() {
                origins.insert(index, (table.span, format!("table `{}`", table.name)));
            }
        }
        for (id, (index, _)) in &plan.hints {
            origins.insert(*index, (module.hints[*id].span, format!("hint `{}`", module.hints[*id].name)));
        }
        for (id, (index, _, _)) in &plan.state_maps {
            origins.insert(*index, (module.maps[*id].span, format!("map `{}`", module.maps[*id].name)));
        }
        for (id, index) in &plan.counters {
            origins.insert(*index, (module.counters[*id].span, format!("counter `{}`", module.counters[*id].name)));
        }
        let limit = self.options.offload_element_bytes;
        let scan_entries: Vec<usize> = plan.tables.values().filter(|t| t.count.is_some()).map(|t| t.main).collect();
        for (index, map) in plan.maps.iter().enumerate() {
            // LPM and LRU maps are reported as such already.
            if map.map_type != MAP_TYPE_HASH && map.map_type != MAP_TYPE_ARRAY {
                continue;
            }
            let Some((span, what)) = origins.get(&index) else { continue };
            for (part, size) in [("key", map.key_size), ("value", map.value_size)] {
                let rounded = size.div_ceil(8) * 8;
                if rounded <= limit {
                    continue;
                }
                let help = if part == "key" {
                    "match on fewer or narrower fields, or split the table; or raise the limit (`--offload-element-bytes`) if the NIC's firmware takes larger elements"
                } else if scan_entries.contains(&index) {
                    "an entry of a table with a range key holds the action data, the key's values and masks and the range bounds: match on fewer or narrower fields, or keep fewer action parameters; or build for the software `--target tc`"
                } else {
                    "keep fewer or narrower action parameters or value fields; or raise the limit (`--offload-element-bytes`) if the NIC's firmware takes larger elements"
                };
                self.out.push(
                    Diagnostic::error("E0613", format!("{what}: the {part} of its map `{}` is too large for the NIC", map.name))
                        .primary(
                            *span,
                            if rounded == size {
                                format!("{part} of {size} bytes, over the limit of {limit}")
                            } else {
                                format!("{part} of {size} bytes ({rounded} rounded up to 8), over the limit of {limit}")
                            },
                        )
                        .note("an offloaded map's key and value, each rounded up to 8 bytes, must fit the firmware's element size")
                        .help(help),
                );
            }
        }
    }

    /// Where the mark lives for this kind of program, and why an offloaded one cannot write it.
    fn mark(&self) -> (&'static str, &'static str) {
        match self.options.kind {
            ProgramKind::Tc => ("skb->mark", "the offload accepts no stores into the context: skb->mark can be neither read nor written on the NIC"),
            ProgramKind::Xdp => (
                "the mark in the packet's metadata",
                "offloaded XDP programs cannot call bpf_xdp_adjust_meta, so no mark travels in the metadata",
            ),
        }
    }

    fn function(&mut self, function: &Function) {
        let module = self.module;
        let standard = &module.standard;
        let (mark, mark_note) = self.mark();
        for (_, block) in function.blocks.iter() {
            for (index, inst) in block.insts.iter().enumerate() {
                let span = block.spans.get(index).copied().unwrap_or(block.terminator_span);
                match inst {
                    Inst::ReadVar { var, .. } if Some(*var) == standard.mark => self.out.push(
                        Diagnostic::error("E0605", "an offloaded program cannot read the incoming mark")
                            .primary(span, format!("reads {mark}"))
                            .note(if self.options.kind == ProgramKind::Tc {
                                "offloaded programs may read only len, data and data_end of the context"
                            } else {
                                "offloaded XDP programs may read only data and data_end of the context (no metadata)"
                            })
                            .help(format!("decide from the packet's headers or a map the control plane fills; {HELP_MARK}")),
                    ),
                    Inst::ReadVar { var, .. } if Some(*var) == standard.in_port => self.out.push(
                        Diagnostic::error("E0606", "an offloaded program cannot read the input port")
                            .primary(span, "reads the ingress ifindex from the context")
                            .note(if self.options.kind == ProgramKind::Tc {
                                "offloaded programs may read only len, data and data_end of the context"
                            } else {
                                "offloaded XDP programs may read only data and data_end of the context"
                            })
                            .help("an offloaded program runs on one NIC port: load one build per port with the port as a constant, or build for the software `--target tc`"),
                    ),
                    Inst::WriteVar { var, .. } if Some(*var) == standard.mark => self.out.push(
                        Diagnostic::error("E0604", "an offloaded program cannot set the mark")
                            .primary(span, format!("writes {mark}"))
                            .note(mark_note)
                            .help(HELP_MARK),
                    ),
                    Inst::WriteVar { var, value } if Some(*var) == standard.verdict => {
                        let verdict = constant_of(function, *value);
                        if verdict.is_none() || verdict == Some(ir::VERDICT_REDIRECT) {
                            let label = if verdict.is_none() { "a verdict computed at run time, possibly REDIRECT" } else { "redirects the packet" };
                            self.out.push(
                                Diagnostic::error("E0607", "an offloaded program cannot redirect packets")
                                    .primary(span, label)
                                    .note(match self.options.kind {
                                        ProgramKind::Tc => "offloaded TC programs return only TC_ACT_UNSPEC (pass), TC_ACT_SHOT, TC_ACT_STOLEN or TC_ACT_QUEUED, and cannot call bpf_redirect",
                                        ProgramKind::Xdp => "offloaded XDP programs return only XDP_ABORTED, XDP_DROP, XDP_PASS or XDP_TX, not XDP_REDIRECT",
                                    })
                                    .help("pass the packet to the host (which forwards it) or drop it here; for redirects build for the software `--target tc` or `--target xdp`"),
                            );
                        }
                    }
                    Inst::HintApply { hint, .. } => {
                        let decl = &module.hints[*hint];
                        self.out.push(
                            Diagnostic::error("E0603", format!("hint `{}` sets the mark, which an offloaded program cannot write", decl.name))
                                .primary(span, format!("a hit writes the stored mark into {mark}"))
                                .secondary(decl.span, "hint declared here")
                                .note(mark_note)
                                .help(HELP_MARK),
                        );
                    }
                    Inst::MapUpdate { map, .. } | Inst::MapDelete { map, .. } => {
                        let decl = &module.maps[*map];
                        let what = if matches!(inst, Inst::MapUpdate { .. }) { "updates" } else { "deletes from" };
                        self.out.push(
                            Diagnostic::error("E0610", format!("an offloaded program cannot write map `{}`", decl.name))
                                .primary(span, format!("{what} the map in the data plane"))
                                .secondary(decl.span, "map declared here")
                                .note("on the NIC map values change only by atomic add, which flowmark uses for counters")
                                .help("fill the map from the control plane and only `lookup` it here, count with a `Counter`, or build for the software `--target tc`"),
                        );
                    }
                    Inst::Timestamp { .. } => self.out.push(
                        Diagnostic::error("E0609", "an offloaded program cannot read the time")
                            .primary(span, "`timestamp_ns()` needs bpf_ktime_get_ns")
                            .note("the offload has no clock helper")
                            .help("take times on the host (build for the software `--target tc` or `--target xdp`), or count packets instead of timing them"),
                    ),
                    Inst::Ipv4ChecksumUpdate { .. } | Inst::ChecksumReplace { .. } => self.out.push(
                        Diagnostic::error("E0608", "checksum updates cannot be offloaded")
                            .primary(span, "rewrites a checksum in the packet")
                            .note("the offload has no checksum helpers; flowmark keeps packet rewrites with checksums on the host")
                            .help("let the NIC classify and leave the rewrite to the host: build this part for the software `--target tc` or `--target xdp`"),
                    ),
                    Inst::SetValid { valid: true, header } => self.out.push(
                        Diagnostic::error("E0614", format!("`{}.setValid()` cannot be compiled for {}", module.headers[*header].name, self.target()))
                            .primary(span, "would insert a header into the packet")
                            .note("the eBPF targets keep headers in the packet and cannot insert one")
                            .help("only headers the parser extracted can be valid; drop the `setValid()` or build for the native target"),
                    ),
                    Inst::Binary { op, lhs, rhs, .. } => self.binary(function, span, *op, *lhs, *rhs),
                    _ => {}
                }
            }
        }
    }

    fn binary(&mut self, function: &Function, span: Span, op: ir::BinaryOp, lhs: Value, rhs: Value) {
        use ir::BinaryOp as B;
        let width = function.values[lhs].width();
        match op {
            B::Mul if width > 32 => self.out.push(
                Diagnostic::error("E0611", format!("a {width}-bit multiplication cannot be offloaded"))
                    .primary(span, format!("multiplies {width}-bit values"))
                    .note("the NIC multiplies at most 32-bit values")
                    .help("cast the operands to bit<32> (or narrower) when the values fit"),
            ),
            B::Div | B::Mod => {
                let name = if op == B::Div { "division" } else { "remainder" };
                if constant_of(function, rhs).is_none() {
                    self.out.push(
                        Diagnostic::error("E0612", format!("a {name} by a run-time value cannot be offloaded"))
                            .primary(span, "the divisor is not a compile-time constant")
                            .note("the NIC divides only by constants")
                            .help("divide by a constant (a power of two becomes a shift), or build for the software `--target tc`"),
                    );
                } else if width > 32 {
                    self.out.push(
                        Diagnostic::error("E0612", format!("a {width}-bit {name} cannot be offloaded"))
                            .primary(span, format!("divides a {width}-bit value"))
                            .note("the NIC divides at most 32-bit values, by constants")
                            .help("cast the dividend to bit<32> when it fits"),
                    );
                }
            }
            _ => {}
        }
    }
}

// ----- the instruction scanner -----

/// A map as the scanner sees it (from a [`MapDef`] or from an ELF object's map definitions).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapSummary {
    pub name: String,
    pub map_type: u32,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub flags: u32,
}

impl From<&MapDef> for MapSummary {
    fn from(map: &MapDef) -> Self {
        MapSummary {
            name: map.name.clone(),
            map_type: map.map_type,
            key_size: map.key_size,
            value_size: map.value_size,
            max_entries: map.max_entries,
            flags: map.flags,
        }
    }
}

/// What a program uses, read from its instructions and maps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Instruction slots (`ld_imm64` counts two).
    pub instructions: usize,
    /// Helper ids called.
    pub helpers: BTreeSet<i32>,
    /// Context loads: (offset, bytes).
    pub context_reads: BTreeSet<(i16, u32)>,
    /// Context stores: (offset, bytes).
    pub context_writes: BTreeSet<(i16, u32)>,
    pub maps: Vec<MapSummary>,
    /// Constant return values (as the 32-bit value the hook sees, sign-extended).
    pub return_codes: BTreeSet<i32>,
    /// `exit`s whose r0 is not a known constant.
    pub unknown_returns: usize,
    /// `lock *(u64|u32 *)(..) += r` instructions.
    pub atomic_adds: usize,
    /// Other atomic operations (and/or/xor/xchg/cmpxchg, fetch variants).
    pub other_atomics: usize,
    /// Plain stores through a register that may hold a map value pointer.
    pub map_value_stores: usize,
    /// 64-bit (`BPF_ALU64`) multiplies.
    pub multiplies_64: usize,
    /// Divisions or remainders by a register.
    pub divisions_by_register: usize,
    /// 64-bit divisions (by an immediate).
    pub divisions_64: usize,
    /// `BPF_MOD` instructions.
    pub modulo: usize,
    /// bpf-to-bpf and kfunc calls.
    pub function_calls: usize,
    /// Legacy `LD_ABS`/`LD_IND` packet loads.
    pub legacy_packet_loads: usize,
}

/// The scan of a generated program.
pub fn scan(program: &Program) -> Usage {
    scan_instructions(&program.insns, program.maps.iter().map(MapSummary::from).collect())
}

/// May-analysis value of a register or stack slot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Abstract {
    /// May be the context pointer (or the context plus a constant).
    ctx: bool,
    /// May be a map value pointer (or one plus a constant).
    map_value: bool,
    /// A known constant (64-bit, two's complement) on every path.
    constant: Option<i64>,
}

impl Abstract {
    fn constant(value: i64) -> Abstract {
        Abstract { constant: Some(value), ..Abstract::default() }
    }
    fn merge(self, other: Abstract) -> Abstract {
        Abstract {
            ctx: self.ctx || other.ctx,
            map_value: self.map_value || other.map_value,
            constant: if self.constant == other.constant { self.constant } else { None },
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct State {
    regs: [Abstract; 11],
    /// 8-byte spill slots by frame offset.
    stack: BTreeMap<i16, Abstract>,
}

impl State {
    fn merge(&self, other: &State) -> State {
        let mut regs = [Abstract::default(); 11];
        for (i, reg) in regs.iter_mut().enumerate() {
            *reg = self.regs[i].merge(other.regs[i]);
        }
        let mut stack = BTreeMap::new();
        for key in self.stack.keys().chain(other.stack.keys()) {
            let a = self.stack.get(key).copied();
            let b = other.stack.get(key).copied();
            let merged = match (a, b) {
                (Some(a), Some(b)) => a.merge(b),
                (Some(x), None) | (None, Some(x)) => Abstract { constant: None, ..x },
                (None, None) => continue,
            };
            stack.insert(*key, merged);
        }
        State { regs, stack }
    }

    /// Forget slots a store of `bytes` at `off` overlaps.
    fn clobber_stack(&mut self, off: i16, bytes: u32) {
        let (start, end) = (off as i32, off as i32 + bytes as i32);
        self.stack.retain(|slot, _| {
            let (s, e) = (*slot as i32, *slot as i32 + 8);
            e <= start || s >= end
        });
    }
}

const FP: usize = 10;

fn size_bytes(code: u8) -> u32 {
    match code & 0x18 {
        0x00 => 4,
        0x08 => 2,
        0x10 => 1,
        _ => 8,
    }
}

/// Slots after `at` where execution may continue.
fn successors(insns: &[Insn], at: usize) -> Vec<usize> {
    let insn = insns[at];
    let class = insn.code & 0x07;
    let op = insn.code & 0xf0;
    let target = (at as i64 + 1 + insn.off as i64).max(0) as usize;
    let next = if insn.code == 0x18 { at + 2 } else { at + 1 };
    let out = match class {
        0x05 | 0x06 => match op {
            0x90 => vec![],
            0x80 => vec![next],
            0x00 if class == 0x05 => vec![target],
            _ => vec![next, target],
        },
        _ => vec![next],
    };
    out.into_iter().filter(|&i| i < insns.len()).collect()
}

/// Apply one instruction to `state` (no recording).
fn transfer(insns: &[Insn], at: usize, state: &mut State) {
    let insn = insns[at];
    let class = insn.code & 0x07;
    let op = insn.code & 0xf0;
    let dst = (insn.dst as usize).min(10);
    let src = (insn.src as usize).min(10);
    let by_register = insn.code & 0x08 != 0;
    match class {
        0x07 | 0x04 => {
            let alu64 = class == 0x07;
            let operand = if by_register { state.regs[src].constant } else { Some(insn.imm as i64) };
            let old = state.regs[dst];
            state.regs[dst] = match op {
                0xb0 if by_register && alu64 => state.regs[src],
                0xb0 => Abstract { constant: operand.map(|v| if alu64 { v } else { v as u32 as i64 }), ..Abstract::default() },
                0x00 | 0x10 if alu64 && !by_register => Abstract {
                    ctx: old.ctx,
                    map_value: old.map_value,
                    constant: old.constant.map(|c| if op == 0x00 { c.wrapping_add(insn.imm as i64) } else { c.wrapping_sub(insn.imm as i64) }),
                },
                _ => Abstract::default(),
            };
        }
        0x00 if insn.code == 0x18 => {
            let high = insns.get(at + 1).map_or(0, |n| n.imm as u32 as u64);
            let value = (high << 32) | insn.imm as u32 as u64;
            state.regs[dst] = if insn.src == 0 { Abstract::constant(value as i64) } else { Abstract::default() };
        }
        0x01 => {
            state.regs[dst] = if src == FP && size_bytes(insn.code) == 8 {
                state.stack.get(&insn.off).copied().unwrap_or_default()
            } else {
                Abstract::default()
            };
        }
        0x02 if dst == FP => {
            state.clobber_stack(insn.off, size_bytes(insn.code));
            if size_bytes(insn.code) == 8 {
                state.stack.insert(insn.off, Abstract::constant(insn.imm as i64));
            }
        }
        0x03 => {
            if dst == FP {
                state.clobber_stack(insn.off, size_bytes(insn.code));
                if insn.code & 0xe0 == 0x60 && size_bytes(insn.code) == 8 {
                    state.stack.insert(insn.off, state.regs[src]);
                }
            }
            // Fetching atomics write their source register.
            if insn.code & 0xe0 == 0xc0 && insn.imm & 0x01 != 0 {
                state.regs[src] = Abstract::default();
            }
        }
        0x05 | 0x06 if op == 0x80 => {
            let lookup = insn.src == 0 && insn.imm == 1;
            state.regs[0] = Abstract { map_value: lookup, ..Abstract::default() };
            for reg in &mut state.regs[1..=5] {
                *reg = Abstract::default();
            }
        }
        _ => {}
    }
}

/// Scan `insns` (with the program's `maps`): a forward data-flow from the entry (r1 = context)
/// to a fixed point, then one recording pass over the reachable instructions.
pub fn scan_instructions(insns: &[Insn], maps: Vec<MapSummary>) -> Usage {
    let mut usage = Usage { instructions: insns.len(), maps, ..Usage::default() };
    if insns.is_empty() {
        return usage;
    }
    let mut entry = State::default();
    entry.regs[1].ctx = true;
    let mut states: Vec<Option<State>> = vec![None; insns.len()];
    states[0] = Some(entry);
    let mut work = vec![0usize];
    while let Some(at) = work.pop() {
        let Some(mut state) = states[at].clone() else { continue };
        transfer(insns, at, &mut state);
        for next in successors(insns, at) {
            let merged = match &states[next] {
                Some(existing) => existing.merge(&state),
                None => state.clone(),
            };
            if states[next].as_ref() != Some(&merged) {
                states[next] = Some(merged);
                work.push(next);
            }
        }
    }
    for (at, state) in states.iter().enumerate() {
        let Some(state) = state else { continue };
        record(&mut usage, insns[at], state);
    }
    usage
}

fn record(usage: &mut Usage, insn: Insn, state: &State) {
    let class = insn.code & 0x07;
    let op = insn.code & 0xf0;
    let dst = (insn.dst as usize).min(10);
    let src = (insn.src as usize).min(10);
    let by_register = insn.code & 0x08 != 0;
    match class {
        0x07 | 0x04 => match op {
            0x20 if class == 0x07 => usage.multiplies_64 += 1,
            0x30 | 0x90 => {
                if by_register {
                    usage.divisions_by_register += 1;
                }
                if op == 0x90 {
                    usage.modulo += 1;
                } else if class == 0x07 {
                    usage.divisions_64 += 1;
                }
            }
            _ => {}
        },
        0x00 if insn.code & 0xe0 == 0x20 || insn.code & 0xe0 == 0x40 => usage.legacy_packet_loads += 1,
        0x01 if insn.code & 0xe0 == 0x60 && state.regs[src].ctx => {
            usage.context_reads.insert((insn.off, size_bytes(insn.code)));
        }
        0x02 | 0x03 => {
            let base = state.regs[dst];
            let atomic = class == 0x03 && insn.code & 0xe0 == 0xc0;
            if base.ctx {
                usage.context_writes.insert((insn.off, size_bytes(insn.code)));
            }
            if atomic {
                if insn.imm == 0x00 {
                    usage.atomic_adds += 1;
                } else {
                    usage.other_atomics += 1;
                }
            } else if base.map_value {
                usage.map_value_stores += 1;
            }
        }
        0x05 | 0x06 => match op {
            0x80 if insn.src == 0 => {
                usage.helpers.insert(insn.imm);
            }
            0x80 => usage.function_calls += 1,
            0x90 => match state.regs[0].constant {
                Some(value) => {
                    usage.return_codes.insert(value as i32);
                }
                None => usage.unknown_returns += 1,
            },
            _ => {}
        },
        _ => {}
    }
}

/// The name of a context field at `offset` (`struct __sk_buff` for TC, `struct xdp_md` for XDP).
pub fn context_field(kind: ProgramKind, offset: i16) -> String {
    let name = match kind {
        ProgramKind::Tc => match offset {
            0 => "len",
            4 => "pkt_type",
            8 => "mark",
            12 => "queue_mapping",
            16 => "protocol",
            20 => "vlan_present",
            24 => "vlan_tci",
            28 => "vlan_proto",
            32 => "priority",
            36 => "ingress_ifindex",
            40 => "ifindex",
            44 => "tc_index",
            48 => "cb[0]",
            52 => "cb[1]",
            56 => "cb[2]",
            60 => "cb[3]",
            64 => "cb[4]",
            68 => "hash",
            72 => "tc_classid",
            76 => "data",
            80 => "data_end",
            84 => "napi_id",
            _ => "",
        },
        ProgramKind::Xdp => match offset {
            0 => "data",
            4 => "data_end",
            8 => "data_meta",
            12 => "ingress_ifindex",
            16 => "rx_queue_index",
            20 => "egress_ifindex",
            _ => "",
        },
    };
    if name.is_empty() {
        format!("offset {offset}")
    } else {
        name.to_string()
    }
}

/// The name of a map type id.
pub fn map_type_name(map_type: u32) -> String {
    match map_type {
        1 => "HASH".into(),
        2 => "ARRAY".into(),
        4 => "PERF_EVENT_ARRAY".into(),
        5 => "PERCPU_HASH".into(),
        6 => "PERCPU_ARRAY".into(),
        9 => "LRU_HASH".into(),
        11 => "LPM_TRIE".into(),
        other => format!("type {other}"),
    }
}

fn helper_label(id: i32) -> String {
    crate::codegen::helper_name(id)
}

fn return_label(kind: ProgramKind, code: i32) -> String {
    let known: &[(i32, &str)] = match kind {
        ProgramKind::Tc => &[(-1, "TC_ACT_UNSPEC"), (0, "TC_ACT_OK"), (2, "TC_ACT_SHOT"), (3, "TC_ACT_QUEUED"), (4, "TC_ACT_STOLEN"), (7, "TC_ACT_REDIRECT")],
        ProgramKind::Xdp => &[(0, "XDP_ABORTED"), (1, "XDP_DROP"), (2, "XDP_PASS"), (3, "XDP_TX"), (4, "XDP_REDIRECT")],
    };
    match known.iter().find(|(c, _)| *c == code) {
        Some((_, name)) => format!("{code} ({name})"),
        None => code.to_string(),
    }
}

impl Usage {
    /// What breaks the offload rules for a `kind` program with element limit `element_bytes`,
    /// one sentence each; empty when the program may be offloaded.
    pub fn violations(&self, kind: ProgramKind, element_bytes: u32) -> Vec<String> {
        let mut out = Vec::new();
        for helper in &self.helpers {
            if !ALLOWED_HELPERS.iter().any(|(id, _)| id == helper) {
                out.push(format!("calls {} (helper {helper}), which the offload does not have", helper_label(*helper)));
            }
        }
        let readable: &[i16] = match kind {
            ProgramKind::Tc => &[0, 76, 80],
            ProgramKind::Xdp => &[0, 4],
        };
        let fields = match kind {
            ProgramKind::Tc => "len, data and data_end",
            ProgramKind::Xdp => "data and data_end",
        };
        for (offset, _) in &self.context_reads {
            if !readable.contains(offset) {
                out.push(format!("reads the context field `{}`; offloaded programs read only {fields}", context_field(kind, *offset)));
            }
        }
        for (offset, _) in &self.context_writes {
            out.push(format!("writes the context field `{}`; offloaded programs cannot write the context", context_field(kind, *offset)));
        }
        for map in &self.maps {
            if map.map_type != MAP_TYPE_HASH && map.map_type != MAP_TYPE_ARRAY {
                out.push(format!("map `{}` is a {} map; the offload has only HASH and ARRAY", map.name, map_type_name(map.map_type)));
            }
            if map.flags != 0 {
                out.push(format!("map `{}` has flags {:#x}; offloaded maps take none", map.name, map.flags));
            }
            for (part, size) in [("key", map.key_size), ("value", map.value_size)] {
                let rounded = size.div_ceil(8) * 8;
                if rounded > element_bytes {
                    out.push(format!("map `{}`: the {part} takes {rounded} bytes (rounded up to 8), over the element limit of {element_bytes}", map.name));
                }
            }
        }
        let allowed: &[(i32, &str)] = match kind {
            ProgramKind::Tc => &TC_RETURN_CODES,
            ProgramKind::Xdp => &XDP_RETURN_CODES,
        };
        for code in &self.return_codes {
            if !allowed.iter().any(|(c, _)| c == code) {
                out.push(format!("returns {}, which the offload does not accept", return_label(kind, *code)));
            }
        }
        if self.unknown_returns > 0 {
            out.push(format!("{} exit(s) return a value not known before run time", self.unknown_returns));
        }
        let counts = [
            (self.map_value_stores, "plain store(s) into map values (the offload changes map values only by atomic add)"),
            (self.other_atomics, "atomic operation(s) other than add"),
            (self.multiplies_64, "64-bit multiplication(s) (the offload multiplies 32 bits)"),
            (self.divisions_by_register, "division(s) by a register (the offload divides by constants only)"),
            (self.divisions_64, "64-bit division(s)"),
            (self.modulo, "modulo instruction(s)"),
            (self.function_calls, "bpf-to-bpf or kfunc call(s)"),
            (self.legacy_packet_loads, "legacy LD_ABS/LD_IND packet load(s)"),
        ];
        for (count, what) in counts {
            if count > 0 {
                out.push(format!("{count} {what}"));
            }
        }
        out
    }

    /// A few lines describing the usage, for snapshots and `--emit` listings.
    pub fn describe(&self, kind: ProgramKind) -> String {
        let mut out = String::new();
        let list = |items: Vec<String>| if items.is_empty() { "none".to_string() } else { items.join(", ") };
        let _ = writeln!(out, "  instructions: {}", self.instructions);
        let _ = writeln!(out, "  helpers: {}", list(self.helpers.iter().map(|h| format!("{} ({h})", helper_label(*h))).collect()));
        let _ = writeln!(
            out,
            "  context reads: {}",
            list(self.context_reads.iter().map(|(o, s)| format!("{} (+{o}, {s} bytes)", context_field(kind, *o))).collect())
        );
        let _ = writeln!(
            out,
            "  context writes: {}",
            list(self.context_writes.iter().map(|(o, s)| format!("{} (+{o}, {s} bytes)", context_field(kind, *o))).collect())
        );
        let _ = writeln!(out, "  maps:{}", if self.maps.is_empty() { " none" } else { "" });
        for map in &self.maps {
            let _ = writeln!(
                out,
                "    {} {}: key {}, value {}, entries {}, flags {}",
                map_type_name(map.map_type),
                map.name,
                map.key_size,
                map.value_size,
                map.max_entries,
                map.flags
            );
        }
        let mut returns: Vec<String> = self.return_codes.iter().map(|c| return_label(kind, *c)).collect();
        if self.unknown_returns > 0 {
            returns.push(format!("{} unknown", self.unknown_returns));
        }
        let _ = writeln!(out, "  return codes: {}", list(returns));
        let _ = writeln!(
            out,
            "  atomic adds: {}, map value stores: {}, 64-bit multiplies: {}, divisions by register: {}, modulo: {}",
            self.atomic_adds, self.map_value_stores, self.multiplies_64, self.divisions_by_register, self.modulo
        );
        out
    }
}
