//! The STF packet-test runner: p4c's "simple test framework" format plus flowmark's extensions,
//! run against any [`Target`] (the reference interpreter's [`Machine`](crate::interp::Machine)
//! implements it; the eBPF and native targets plug in the same way).
//!
//! # Format
//! One statement per line; `#` starts a comment; blank lines are fine; keywords are
//! case-insensitive. Numbers are decimal, `0x` hex, `0b` binary or dotted IPv4 addresses.
//! - `packet <port> <hex...> [mark=<n>]` — hex may be split by spaces; `mark=` sets the incoming
//!   mark (default 0); the time is the last `time` (default 0).
//! - `expect <port> [<hex...>[$]] [mark=<n>]` — `*` matches any nibble; a trailing `$` requires
//!   the output length to equal the pattern's, otherwise the pattern is a prefix; no hex = any
//!   packet on that port; `mark=` checks the outgoing mark.
//! - `no_packet` — the most recent packet produced no output.
//! - `add <table> [<priority>] <key>:<value> ... <action>(<param>:<value>, ...) [= <id>]` —
//!   `value/prefix` (lpm), `value&&&mask` or `0x**01` (ternary), `lo..hi` (range); a plain value
//!   fits every kind. Omitted lpm/ternary/range keys match anything; higher priority wins.
//! - `setdefault <table> <action>(...)`, `remove all`, `remove <table> all`.
//! - `check_counter <counter>(<index>) packets|bytes <op> <n>` with `== != < <= > >=`.
//! - flowmark: `time <ns>`, `add_hint <hint> <field>:<v> ... => <mark>`,
//!   `set_map <map> <kfield>:<v> ... => <vfield>:<v> ...`,
//!   `check_map <map> <kfield>:<v> ... == <vfield>:<v> ...` (listed value fields must equal),
//!   `check_map <map> <kfield>:<v> ... absent`; `wait` is accepted and ignored.
//!
//! Tables, actions, counters, maps and hints are named by their qualified IR name
//! (`pipe.Check_src_ip`), by their last component when unique (`Check_src_ip`), or in p4c-ebpf's
//! underscore form (`pipe_Check_src_ip`). Table keys are named as written in the program
//! (`headers.ipv4.srcAddr`) or by their last component when unique; parameters by name or
//! position. Name resolution and value parsing live in [`entries`], usable on their own for
//! table-entry files ([`parse_entries`]).
//!
//! # Running
//! Statements run in order. A packet runs at once; its output (if any) joins the output queue of
//! its port (Pass: the input port, Redirect(p): p, Drop: none). An `expect` joins the expectation
//! queue of its port. After every statement the queue heads of each port are compared in order.
//! At the end, leftover expectations and leftover outputs are failures. Parse errors,
//! control-plane errors and target errors are failures naming their line; nothing panics.

pub mod entries;
mod lexer;
mod parse;
mod runner;
mod target;

use std::fmt;

use crate::ir::{ActionCall, CounterId, Entry, HintId, MapId, TableId};

pub use entries::{apply_control, parse_entries};
pub use parse::parse_stf;
pub use runner::{run_statements, run_stf, run_stf_interp};
pub use target::Target;

/// A problem with one line of an STF or entries file (line numbers are 1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StfError {
    pub line: usize,
    pub message: String,
}

impl StfError {
    pub fn new(line: usize, message: impl Into<String>) -> Self {
        StfError { line, message: message.into() }
    }
}

impl fmt::Display for StfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for StfError {}

/// A failed check, parse error or control-plane error of an STF run.
pub type StfFailure = StfError;

/// The result of running an STF file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StfReport {
    /// In line order.
    pub failures: Vec<StfFailure>,
    /// Packets sent.
    pub packets: usize,
    /// Checks evaluated (expectations, `no_packet`, `check_counter`, `check_map`).
    pub checks: usize,
    /// Lines of packets the target could not run (see [`Target::cannot_run`]).
    pub skipped: Vec<usize>,
}

impl StfReport {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

impl fmt::Display for StfReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for failure in &self.failures {
            writeln!(f, "{failure}")?;
        }
        let verdict = if self.passed() { "passed" } else { "FAILED" };
        write!(f, "{verdict}: {} packet(s), {} check(s), {} failure(s)", self.packets, self.checks, self.failures.len())?;
        if !self.skipped.is_empty() {
            write!(f, ", {} packet(s) skipped", self.skipped.len())?;
        }
        Ok(())
    }
}

/// A control-plane operation: what entries files contain and what STF `add`/`setdefault`/
/// `remove`/`add_hint`/`set_map` lines mean.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ControlStatement {
    Add {
        table: TableId,
        entry: Entry,
    },
    SetDefault {
        table: TableId,
        action: ActionCall,
    },
    /// Remove the entries of every table.
    RemoveAll,
    /// Remove the entries of one table.
    RemoveTable(TableId),
    AddHint {
        hint: HintId,
        key: Vec<u128>,
        mark: u32,
    },
    SetMap {
        map: MapId,
        key: Vec<u128>,
        value: Vec<u128>,
    },
}

/// An expected packet: one entry per nibble (`None` = `*`), and whether the length must match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub nibbles: Vec<Option<u8>>,
    /// `$`: the packet must have exactly this many nibbles.
    pub exact: bool,
}

impl Pattern {
    /// The nibble index of the first difference from `data`, `None` when `data` matches.
    pub fn mismatch(&self, data: &[u8]) -> Option<usize> {
        let nibble = |i: usize| data.get(i / 2).map(|b| if i.is_multiple_of(2) { b >> 4 } else { b & 0xf });
        for (i, want) in self.nibbles.iter().enumerate() {
            match (nibble(i), want) {
                (None, _) => return Some(i),
                (Some(got), Some(want)) if got != *want => return Some(i),
                _ => {}
            }
        }
        if self.exact && data.len() * 2 != self.nibbles.len() {
            return Some(self.nibbles.len().min(data.len() * 2));
        }
        None
    }

    pub fn matches(&self, data: &[u8]) -> bool {
        self.mismatch(data).is_none()
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for n in &self.nibbles {
            match n {
                Some(n) => write!(f, "{n:x}")?,
                None => write!(f, "*")?,
            }
        }
        if self.exact {
            write!(f, "$")?;
        }
        Ok(())
    }
}

/// Which number of a counter cell `check_counter` looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterField {
    Packets,
    Bytes,
}

/// A comparison of `check_counter`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn holds(self, got: u64, want: u64) -> bool {
        match self {
            CmpOp::Eq => got == want,
            CmpOp::Ne => got != want,
            CmpOp::Lt => got < want,
            CmpOp::Le => got <= want,
            CmpOp::Gt => got > want,
            CmpOp::Ge => got >= want,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// What `check_map` expects of a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapExpectation {
    Absent,
    /// (value field index, value) pairs that must all hold.
    Fields(Vec<(usize, u128)>),
}

/// One STF statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Statement {
    Packet {
        port: u32,
        data: Vec<u8>,
        mark: u32,
    },
    Expect {
        port: u32,
        pattern: Option<Pattern>,
        mark: Option<u32>,
    },
    NoPacket,
    Time(u64),
    Wait,
    Control(ControlStatement),
    /// `check` is `None` for p4c's bare `check_counter c(i)` (which only names the counter).
    CheckCounter {
        counter: CounterId,
        index: u32,
        check: Option<(CounterField, CmpOp, u64)>,
    },
    CheckMap {
        map: MapId,
        key: Vec<u128>,
        expect: MapExpectation,
    },
}

/// Lowercase hex of a packet.
pub(crate) fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
}
