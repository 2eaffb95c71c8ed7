//! The target-neutral interface the STF runner drives: control-plane operations, state reads and
//! packet runs, each able to fail with a message. The reference interpreter's
//! [`Machine`] implements it here; the eBPF and native targets implement it in their crates.

use crate::interp::{Machine, PacketInput, PacketOutput};
use crate::ir::{ActionCall, CounterId, Entry, HintId, MapId, TableId};

/// A pipeline the STF runner can configure, feed and inspect.
pub trait Target {
    fn add_entry(&mut self, table: TableId, entry: Entry) -> Result<(), String>;
    fn set_default(&mut self, table: TableId, action: ActionCall) -> Result<(), String>;
    /// Remove the control-plane entries of every table.
    fn clear_entries(&mut self) -> Result<(), String>;
    /// Remove the control-plane entries of one table.
    fn clear_table(&mut self, table: TableId) -> Result<(), String>;
    fn set_hint(&mut self, hint: HintId, key: Vec<u128>, mark: u32) -> Result<(), String>;
    fn set_map(&mut self, map: MapId, key: Vec<u128>, value: Vec<u128>) -> Result<(), String>;
    /// The value stored for `key`, `None` when absent.
    fn read_map(&mut self, map: MapId, key: &[u128]) -> Result<Option<Vec<u128>>, String>;
    /// (packets, bytes) of a counter index.
    fn read_counter(&mut self, counter: CounterId, index: u32) -> Result<(u64, u64), String>;
    /// Run one packet. `Err` is a target failure (not a drop).
    fn run(&mut self, input: &PacketInput) -> Result<PacketOutput, String>;
    /// Why the target cannot run this packet at all, if it cannot (the STF runner then skips it
    /// and says so): the kernel's BPF_PROG_TEST_RUN refuses frames shorter than an Ethernet
    /// header, and truncated IPv4/IPv6 headers in TC.
    fn cannot_run(&self, _input: &PacketInput) -> Option<String> {
        None
    }
}

impl Target for Machine<'_> {
    fn add_entry(&mut self, table: TableId, entry: Entry) -> Result<(), String> {
        Machine::add_entry(self, table, entry)
    }
    fn set_default(&mut self, table: TableId, action: ActionCall) -> Result<(), String> {
        Machine::set_default(self, table, action)
    }
    fn clear_entries(&mut self) -> Result<(), String> {
        Machine::clear_entries(self);
        Ok(())
    }
    fn clear_table(&mut self, table: TableId) -> Result<(), String> {
        Machine::clear_table(self, table)
    }
    fn set_hint(&mut self, hint: HintId, key: Vec<u128>, mark: u32) -> Result<(), String> {
        Machine::set_hint(self, hint, key, mark)
    }
    fn set_map(&mut self, map: MapId, key: Vec<u128>, value: Vec<u128>) -> Result<(), String> {
        self.map_update(map, key, value)
    }
    fn read_map(&mut self, map: MapId, key: &[u128]) -> Result<Option<Vec<u128>>, String> {
        self.map_lookup(map, key)
    }
    fn read_counter(&mut self, counter: CounterId, index: u32) -> Result<(u64, u64), String> {
        let decl = self.module().counters.get(counter).ok_or_else(|| format!("no counter {counter}"))?;
        if index >= decl.size {
            return Err(format!("index {index} is out of range of counter `{}` (size {})", decl.name, decl.size));
        }
        Ok(self.counter(counter, index))
    }
    fn run(&mut self, input: &PacketInput) -> Result<PacketOutput, String> {
        Ok(Machine::run(self, input))
    }
}
