//! Shared by the kernel tests (`kernel_tuple_space.rs`, `kernel_range_scan.rs`,
//! `kernel_validity.rs`, `kernel_byte_order.rs`): a program
//! compiled from source text, tables and actions by name, and entries and packets given to the
//! kernel and to the reference interpreter alike, with every difference reported.
#![allow(dead_code)]

use flowmark_compiler::interp::{Machine, PacketInput, PacketOutput};
use flowmark_compiler::ir::{ActionCall, Entry, Module, TableId};
use flowmark_compiler::stf::Target;
use flowmark_grammar::{FileLoader, SourceMap};
use flowmark_runtime::ebpf_target::EbpfTarget;

/// Includes come from the built-in headers; nothing else is read.
struct NoFiles;

impl FileLoader for NoFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        Err(format!("{path}: not available"))
    }
}

/// `source` compiled as `name.p4`; panics with the rendered diagnostics.
pub fn compile(name: &str, source: &str) -> Module {
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), source.to_string());
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &NoFiles, name);
    module.unwrap_or_else(|| panic!("{}", flowmark_grammar::render(&sources, &diagnostics)))
}

pub fn table(module: &Module, name: &str) -> TableId {
    module.tables.iter().find(|(_, t)| t.name == name).map(|(id, _)| id).unwrap_or_else(|| panic!("no table {name}"))
}

/// A call of the table's action whose name ends with `name`, with one argument.
pub fn action_call(module: &Module, table: TableId, name: &str, argument: u128) -> ActionCall {
    let action = module.tables[table]
        .actions
        .iter()
        .copied()
        .find(|a| module.actions[*a].name.ends_with(name))
        .unwrap_or_else(|| panic!("no action {name}"));
    ActionCall { action, args: vec![argument] }
}

pub fn describe(output: &PacketOutput) -> String {
    let hex: String = output.data.iter().map(|b| format!("{b:02x}")).collect();
    format!("{:?} mark {} data {hex}", output.verdict, output.mark)
}

/// Install `entry` in both the kernel and the interpreter (the kernel must take it).
pub fn add(machine: &mut Machine<'_>, kernel: &mut EbpfTarget<'_>, table: TableId, entry: Entry) {
    kernel.add_entry(table, entry.clone()).unwrap_or_else(|e| panic!("kernel refused {entry:?}: {e}"));
    machine.add_entry(table, entry).expect("interpreter entry");
}

/// Run every packet through both; fail with every difference. Returns the interpreter's outputs.
pub fn compare(machine: &mut Machine<'_>, kernel: &mut EbpfTarget<'_>, packets: &[PacketInput], what: &str) -> Vec<PacketOutput> {
    let mut mismatches = Vec::new();
    let mut outputs = Vec::new();
    for input in packets {
        let expected = machine.run(input);
        let got = kernel.run(input).unwrap_or_else(|e| panic!("{what}: {e}"));
        if expected.verdict != got.verdict || expected.mark != got.mark || expected.data != got.data {
            mismatches.push(format!("{what}: interpreter {} / kernel {}", describe(&expected), describe(&got)));
        }
        outputs.push(expected);
    }
    assert!(mismatches.is_empty(), "{} of {} packets differ:\n{}", mismatches.len(), packets.len(), mismatches.join("\n"));
    outputs
}
