//! Every example, built for TC and for XDP, loaded into the real kernel (the verifier accepts it)
//! and run through BPF_PROG_TEST_RUN in lockstep with the reference interpreter:
//! - its STF file passes in the kernel (packets the kernel's test run refuses are reported as
//!   skipped, never as passed);
//! - the same control-plane statements and packets give the same verdict, output packet and mark
//!   in the kernel as in the interpreter, packet by packet;
//! - a differential property test: random packets (the STF's packets truncated, with bytes flipped,
//!   and random bytes) with the STF's table entries give the same results in both.

use flowmark_compiler::interp::{Machine, PacketInput, PacketOutput};
use flowmark_compiler::ir::Module;
use flowmark_compiler::stf::{self, Statement, Target};
use flowmark_ebpf::ProgramKind;
use flowmark_grammar::{FileLoader, SourceMap};
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::require_kernel;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

struct ExampleFiles;

impl FileLoader for ExampleFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples").join(path);
        std::fs::read_to_string(full).map_err(|e| format!("{path}: {e}"))
    }
}

const EXAMPLES: &[&str] = &["ebpf_filter", "ovs_hint", "router", "acl", "stateful_firewall", "dapper", "p0f"];

fn example(name: &str) -> (Module, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let program = std::fs::read_to_string(dir.join(format!("{name}.p4"))).expect("read example");
    let stf = std::fs::read_to_string(dir.join(format!("{name}.stf"))).expect("read stf");
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), program);
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &ExampleFiles, name);
    let module = module.unwrap_or_else(|| panic!("{}", flowmark_grammar::render(&sources, &diagnostics)));
    (module, stf)
}

fn same(interp: &PacketOutput, kernel: &PacketOutput) -> bool {
    interp.verdict == kernel.verdict
        && interp.mark == kernel.mark
        && (matches!(interp.verdict, flowmark_compiler::interp::Verdict::Drop) || interp.data == kernel.data)
}

fn describe(output: &PacketOutput) -> String {
    let hex: String = output.data.iter().map(|b| format!("{b:02x}")).collect();
    format!("{:?} mark {} data {hex}", output.verdict, output.mark)
}

/// Apply the STF's statements to both; compare every packet. Returns the packets the STF sent.
fn lockstep(name: &str, module: &Module, stf_text: &str, kernel: &mut EbpfTarget<'_>) -> Vec<PacketInput> {
    let (statements, errors) = stf::parse_stf(module, stf_text);
    assert!(errors.is_empty(), "{name}: STF errors {errors:?}");
    let mut machine = Machine::new(module);
    let mut time_ns = 0;
    let mut packets = Vec::new();
    let mut mismatches = Vec::new();
    for (line, statement) in &statements {
        match statement {
            Statement::Control(control) => {
                let a = stf::entries::apply_control(&mut machine, control);
                let b = stf::entries::apply_control(kernel, control);
                assert_eq!(a.is_ok(), b.is_ok(), "{name}:{line}: control plane differs: {a:?} vs {b:?}");
            }
            Statement::Time(ns) => time_ns = *ns,
            Statement::Packet { port, data, mark } => {
                let input = PacketInput { port: *port, data: data.clone(), mark: *mark, time_ns };
                packets.push(input.clone());
                if kernel.cannot_run(&input).is_some() {
                    continue;
                }
                let expected = machine.run(&input);
                let got = kernel.run(&input).unwrap_or_else(|e| panic!("{name}:{line}: {e}"));
                if !same(&expected, &got) {
                    mismatches.push(format!("{name}:{line}: interpreter {} / kernel {}", describe(&expected), describe(&got)));
                }
            }
            _ => {}
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    packets
}

fn check_example(name: &str, kind: ProgramKind) {
    let (module, stf_text) = example(name);
    // The STF file itself, in the kernel.
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("{name} ({kind:?}): {e}"));
    let report = stf::run_stf(&module, &stf_text, &mut kernel);
    assert!(report.passed(), "{name} ({kind:?}) in the kernel:\n{report}");
    assert!(report.packets > report.skipped.len(), "{name}: every packet was skipped");
    // Packet by packet against the interpreter, on a fresh load.
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("{name} ({kind:?}): {e}"));
    let packets = lockstep(name, &module, &stf_text, &mut kernel);
    // Differential property test: mutated and random packets, state carried across packets
    // in both (a fresh interpreter with the STF's control plane replayed).
    let (statements, _) = stf::parse_stf(&module, &stf_text);
    let mut machine = Machine::new(&module);
    for (_, statement) in &statements {
        if let Statement::Control(control) = statement {
            let _ = stf::entries::apply_control(&mut machine, control);
        }
    }
    // Replay the STF's packets so state (maps) matches in both before random traffic.
    for input in &packets {
        if kernel.cannot_run(input).is_none() {
            machine.run(input);
        }
    }
    // Random table entries on top of the STF's, installed in both (skipped where the kernel's
    // storage refuses one, e.g. more distinct masks than the tuple space holds).
    install_random_entries(&module, &mut machine, &mut kernel, name);
    let state = std::cell::RefCell::new((machine, kernel));
    let mut runner = TestRunner::new(Config { cases: 64, failure_persistence: None, ..Config::default() });
    let strategy = (0..packets.len(), prop::collection::vec((any::<usize>(), any::<u8>()), 0..4), any::<usize>(), any::<bool>());
    let result = runner.run(&strategy, |(index, flips, cut, truncate)| {
        let mut input = packets[index].clone();
        for (at, byte) in flips {
            let len = input.data.len();
            if len > 0 {
                input.data[at % len] ^= byte;
            }
        }
        if truncate && !input.data.is_empty() {
            input.data.truncate(cut % input.data.len());
        }
        let mut state = state.borrow_mut();
        let (machine, kernel) = &mut *state;
        if kernel.cannot_run(&input).is_some() {
            return Ok(());
        }
        let expected = machine.run(&input);
        let got = kernel.run(&input).map_err(TestCaseError::fail)?;
        prop_assert!(same(&expected, &got), "interpreter {} / kernel {}", describe(&expected), describe(&got));
        Ok(())
    });
    if let Err(e) = result {
        panic!("{name} ({kind:?}): differential test failed: {e}");
    }
    // Map state after the same traffic: every kernel entry is the interpreter's, and as many.
    let (machine, kernel) = &mut *state.borrow_mut();
    for (map, decl) in module.maps.iter() {
        let (index, key_layout, value_layout) = kernel.artifact.plan.state_maps[&map].clone();
        let raw = kernel.loaded.map(&kernel.artifact.plan.maps[index].name).expect("map");
        let keys = raw.keys().expect("iterate map");
        if decl.kind != flowmark_compiler::ir::MapKind::Array {
            assert_eq!(keys.len(), machine.map_len(map), "{name} ({kind:?}): {} entry count", decl.name);
        }
        for key in keys {
            let key_values = flowmark_compiler::layout::decode(&key_layout, &key);
            let kernel_value = raw.lookup(&key).expect("lookup").map(|v| flowmark_compiler::layout::decode(&value_layout, &v));
            let interp_value = machine.map_lookup(map, &key_values).expect("interp lookup");
            let zero = vec![0u128; value_layout.fields.len()];
            let interp_value = interp_value.or_else(|| (decl.kind == flowmark_compiler::ir::MapKind::Array).then(|| zero.clone()));
            assert_eq!(kernel_value, interp_value, "{name} ({kind:?}): {} key {key_values:?}", decl.name);
        }
    }
}

/// A small deterministic generator (no extra dependency): xorshift64*.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    fn value(&mut self, width: u16) -> u128 {
        let raw = ((self.next() as u128) << 64) | self.next() as u128;
        raw & flowmark_compiler::ir::mask(width)
    }
}

fn install_random_entries(module: &Module, machine: &mut Machine<'_>, kernel: &mut EbpfTarget<'_>, name: &str) {
    use flowmark_compiler::ir::{ActionCall, Entry, KeyMatch, MatchKind};
    let mut random = Random(0x9e37_79b9_7f4a_7c15 ^ name.len() as u64);
    for (table, decl) in module.tables.iter() {
        if decl.const_entries.is_some() {
            continue;
        }
        for _ in 0..8 {
            let keys: Vec<KeyMatch> = decl
                .keys
                .iter()
                .map(|key| {
                    let width = key.ty.width();
                    match key.match_kind {
                        MatchKind::Exact => KeyMatch::Exact(random.value(width)),
                        MatchKind::Lpm => {
                            let prefix = random.below(width as u64 + 1) as u16;
                            let mask = flowmark_compiler::ir::mask(width) & !flowmark_compiler::ir::mask(width - prefix);
                            KeyMatch::Lpm(random.value(width) & mask, prefix)
                        }
                        MatchKind::Ternary => {
                            // A few mask shapes, so the tuple space stays within its bound.
                            let mask = [0, flowmark_compiler::ir::mask(width)][random.below(2) as usize];
                            KeyMatch::Ternary(random.value(width) & mask, mask)
                        }
                        MatchKind::Range => {
                            let (a, b) = (random.value(width.min(16)), random.value(width.min(16)));
                            KeyMatch::Range(a.min(b), a.max(b))
                        }
                    }
                })
                .collect();
            let action = decl.actions[random.below(decl.actions.len() as u64) as usize];
            let args = module.actions[action].params.iter().map(|p| random.value(p.ty.width())).collect();
            let entry = Entry { keys, priority: random.below(100) as u32 + 1, action: ActionCall { action, args } };
            if kernel.add_entry(table, entry.clone()).is_ok() {
                machine.add_entry(table, entry).unwrap_or_else(|e| panic!("{name}: the kernel took an entry the interpreter refuses: {e}"));
            }
        }
    }
}

#[test]
fn examples_run_in_the_kernel_as_in_the_interpreter_tc() {
    require_kernel!();
    for name in EXAMPLES {
        check_example(name, ProgramKind::Tc);
    }
}

#[test]
fn examples_run_in_the_kernel_as_in_the_interpreter_xdp() {
    require_kernel!();
    for name in EXAMPLES {
        check_example(name, ProgramKind::Xdp);
    }
}
