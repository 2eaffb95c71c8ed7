//! The reference interpreter: it runs an IR [`Module`](crate::ir::Module) on one packet at a time
//! and so *defines* what a flowmark pipeline means. Every target (eBPF, native, ...) is tested
//! against it through the STF runner. This documentation is the specification.
//!
//! # State
//! A [`Machine`] is one pipeline instance: the module plus its control-plane and stateful
//! contents (table entries and default actions, map contents, hint contents, counters, the random
//! generator). [`Machine::run`] processes one [`PacketInput`] into one [`PacketOutput`]; nothing in
//! the machine is shared between instances.
//!
//! # One packet
//! - **Entry.** Every variable is 0 except the standard ones: `standard.in_port` = input port,
//!   `packet_length` = data length, `mark` = incoming mark, `verdict` = 0 (PASS), ebpfFilter's
//!   `pass` = false. All header instances are invalid with all fields 0.
//! - **Parser.** A byte cursor starts at 0 and the parser function runs from its entry block.
//!   `Extract`: if cursor + header size in bytes > length, reject with `PacketTooShort`; otherwise
//!   the header's fields are copied from the packet (big-endian bit fields, most significant bit
//!   first, [`HeaderField::bit_offset`](crate::ir::HeaderField) from the header's first bit), the
//!   instance becomes valid, its offset is remembered and the cursor advances. `Advance{bits}`:
//!   `bits % 8 != 0` rejects with `ParserInvalidArgument`, moving past the end rejects with
//!   `PacketTooShort`. `Lookahead{result}` reads the result type's width in bits (Bool: 1 bit) at
//!   the cursor without moving it (too short: `PacketTooShort`). `Verify{cond, error}` rejects with
//!   `error` unless `cond`. `Select` tries the cases in order and takes the first whose every key
//!   set matches (`Value`: equal; `Mask(v, m)`: `key & m == v & m`; `Range`: `lo <= key <= hi`,
//!   signed when the key is signed; `Any`), else `default`. `Accept` runs the control. A reject
//!   (terminator, select target or one of the errors above) sets the `standard.parser_error`
//!   variable (if any) to the error, the verdict is Drop, the control does **not** run and the
//!   output packet is the input packet unchanged. Error indexes come from
//!   [`Module::error_index`](crate::ir::Module::error_index) (`PacketTooShort`,
//!   `ParserInvalidArgument`; a missing name uses 1).
//! - **Control.** Runs from its entry block until `Return`.
//! - **Deparse.** Every valid header instance that was extracted has all its fields written back
//!   into the packet bytes at its offset, so changed fields appear in the output and untouched
//!   bytes stay. Headers made valid but never extracted are not emitted; `setInvalid` does not
//!   remove bytes. The output length is the input length.
//! - **Verdict.** `EbpfFilter`: `pass` true -> [`Verdict::Pass`], else [`Verdict::Drop`].
//!   `Flowmark`: verdict variable 0 -> Pass, 1 -> Drop, 2 -> `Redirect(out_port)`, anything
//!   else -> Drop. The output mark is the mark variable (Flowmark; the input mark when the module
//!   has none) or the input mark (EbpfFilter).
//!
//! # Values
//! Values are `u128` masked to their type's width; `Bool` is 0 or 1. Arithmetic wraps to the
//! operand width; `Div`/`Mod` by zero give 0 (unsigned); `AddSat`/`SubSat` saturate (signed or
//! unsigned by type); `Lt`/`Le`/`Gt`/`Ge` compare signed when the operand type is signed; `Shr` is
//! arithmetic for signed operands; a shift amount >= width gives 0 (or all sign bits for a signed
//! `Shr`). `Cast` truncates or extends to the result type (sign extension when the argument type
//! is signed), Bool <-> bits is "nonzero = true". `Slice` is `(arg >> lo) & mask(hi - lo + 1)`,
//! `Concat` is `(hi << width(lo)) | lo`. `Not` is logical (Bool), `Complement` bitwise, `Negate`
//! two's complement (wrapping). `Select` is the ternary operator.
//!
//! `ReadField` of an invalid header reads 0; `WriteField` into an invalid header is ignored;
//! `SetValid` sets or clears validity (a header made valid keeps its field values).
//!
//! # Tables
//! Entries come from `const_entries` (the table is then read-only, and entry `i` of `n` has
//! priority `n - i`, so the earlier wins) or from the control plane. An entry matches when every
//! key matches: `Exact` equal; `Lpm(v, len)` the top `len` bits of the key's width equal;
//! `Ternary(v, m)` `key & m == v & m`; `Range(lo, hi)` inclusive. Among matching entries the
//! highest `priority` wins, then the longest total LPM prefix, then the earliest inserted. A hit
//! yields `hit` = 1, `action` = the entry's [`ActionId`](crate::ir::ActionId) index and the entry's
//! arguments in the action's parameter slots ([`Module::param_slots`](crate::ir::Module::param_slots));
//! every other slot is 0. A miss yields `hit` = 0 and the default action (settable at run time
//! unless `default_is_const`) with its arguments. Control-plane entries are validated (see
//! [`check_entry`]): key count, match kinds (an `Exact` match is accepted for lpm = full prefix,
//! ternary = full mask, range = single value), widths, prefix lengths, action membership and
//! argument widths, const tables, the `size` limit. An entry whose keys and priority equal an
//! existing entry's replaces it. Array-implementation tables behave like exact hash tables.
//!
//! # Externs
//! - `HintApply`: the hint maps a key (list of values) to a mark set by the control plane; a hit
//!   sets the standard mark variable to the stored mark. `hit` = found.
//! - Maps (`MapLookup`/`MapUpdate`/`MapDelete`): `Hash` holds at most `size` entries, an update
//!   of a new key when full is ignored (and counted in [`Stats::map_update_failures`]); `Array`
//!   has a single key value `< size`, every index exists and starts zeroed, delete is a no-op, an
//!   out-of-range lookup is not found and an out-of-range update is ignored (and counted); `Lru`
//!   evicts the least recently used entry when a new key is inserted into a full map (lookups and
//!   updates count as use). Lookup `values` read 0 on a miss.
//! - `Count{counter, index, packets}`: an index >= size is ignored; the packet count grows by
//!   `packets`, and for `PacketsAndBytes` the byte count by the packet length.
//! - `Hash`: 32-bit FNV-1a (offset basis 0x811c9dc5, prime 0x01000193) over each argument
//!   big-endian in ceil(width / 8) bytes (Bool: one byte). `Timestamp` is the input's `time_ns`.
//!   `Random` is xorshift32 from a fixed seed per machine (deterministic).
//! - `Ipv4ChecksumUpdate{header, checksum_field}`: the header's fields serialised with the
//!   checksum field 0, the one's-complement sum of its 16-bit big-endian words, complemented,
//!   stored in the checksum field. `ChecksumReplace{header, field, old, new}`: RFC 1624
//!   `HC' = ~(~HC + ~m + m')` over 16-bit words (a 32-bit quantity is two words). Both do nothing
//!   on an invalid header.
//!
//! # Safety net
//! A packet may execute at most [`BLOCK_LIMIT`] blocks. Exceeding it, or malformed IR (a value,
//! block, header or table that does not exist, a parser-only instruction in the control), is an
//! internal error: the packet is dropped unchanged and [`PacketOutput::internal_error`] says why.
//! The interpreter never panics.

mod arith;
mod exec;
mod externs;
mod machine;
mod packet;
mod state;
mod tables;

pub use arith::{eval_binary, eval_cast, eval_concat, eval_slice, eval_unary, sign_extend};
pub use machine::{Machine, Stats};
pub use packet::{checksum_replace, fnv1a, ipv4_checksum, read_bits, write_bits};
pub use tables::{check_action_call, check_entry};

/// The most blocks one packet may execute (parser and control together).
pub const BLOCK_LIMIT: u32 = 100_000;

/// Seed of the `Random` generator of a fresh [`Machine`].
pub const RANDOM_SEED: u32 = 0x2545_f491;

/// One packet entering the pipeline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PacketInput {
    pub port: u32,
    pub data: Vec<u8>,
    /// The incoming mark (`skb->mark`).
    pub mark: u32,
    /// What `Timestamp` returns, in nanoseconds.
    pub time_ns: u64,
}

/// What happens to the packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Drop,
    Redirect(u32),
}

impl Verdict {
    /// The port the packet leaves on: Pass -> the input port, Redirect(p) -> p, Drop -> none.
    pub fn output_port(self, in_port: u32) -> Option<u32> {
        match self {
            Verdict::Pass => Some(in_port),
            Verdict::Redirect(p) => Some(p),
            Verdict::Drop => None,
        }
    }
}

/// The result of one packet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PacketOutput {
    pub verdict: Verdict,
    /// The packet after deparsing (same length as the input).
    pub data: Vec<u8>,
    /// The outgoing mark.
    pub mark: u32,
    /// The parser's error index when it rejected, 0 otherwise.
    pub parser_error: u32,
    /// Set when the interpreter gave up on the packet (block limit, malformed IR); the packet
    /// is then dropped unchanged.
    pub internal_error: Option<String>,
}
