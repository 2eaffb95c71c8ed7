//! Differential property test: for every example, random packets (the STF's packets as seeds,
//! truncated, with bytes changed, or plain garbage) and random table entries, hints and map
//! contents give the same verdict, output bytes, mark and parser error on the native target as on
//! the reference interpreter, and the same counters and map contents afterwards. Every native run
//! uses a packet flush against a `PROT_NONE` guard page (alternately after and before it), so an
//! access outside the packet would crash the test.

mod common;

use common::Rng;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_compiler::ir::{self, ActionCall, Entry, KeyMatch, MatchKind, Module, TableId};
use flowmark_compiler::stf::{apply_control, parse_stf, Statement, Target};
use flowmark_native::guard::GuardedPacket;
use flowmark_native::NativePipeline;
use proptest::prelude::*;

/// Key values seen in the packets, per width, to make entries that hit.
fn random_key(rng: &mut Rng, key: &ir::TableKey) -> KeyMatch {
    let w = key.ty.width();
    let v = rng.value(w);
    match key.match_kind {
        MatchKind::Exact => KeyMatch::Exact(v),
        MatchKind::Lpm => KeyMatch::Lpm(v, rng.below(u64::from(w) + 1) as u16),
        MatchKind::Ternary => {
            let mask = match rng.below(3) {
                0 => 0,
                1 => ir::mask(w),
                _ => rng.value(w),
            };
            KeyMatch::Ternary(v & mask, mask)
        }
        MatchKind::Range => {
            let (a, b) = (rng.value(w), rng.value(w));
            KeyMatch::Range(a.min(b), a.max(b))
        }
    }
}

fn random_entry(rng: &mut Rng, module: &Module, table: TableId) -> Entry {
    let decl = &module.tables[table];
    let keys = decl.keys.iter().map(|k| random_key(rng, k)).collect();
    let action = decl.actions[rng.below(decl.actions.len() as u64) as usize];
    let args = module.actions[action].params.iter().map(|p| rng.value(p.ty.width())).collect();
    Entry { keys, priority: rng.below(4) as u32, action: ActionCall { action, args } }
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let seed = if seeds.is_empty() { Vec::new() } else { seeds[rng.below(seeds.len() as u64) as usize].clone() };
    let mut data = seed;
    match rng.below(6) {
        0 => {}
        1 => {
            let len = rng.below(data.len() as u64 + 1) as usize;
            data.truncate(len);
        }
        2 | 3 => {
            for _ in 0..=rng.below(4) {
                if !data.is_empty() {
                    let i = rng.below(data.len() as u64) as usize;
                    data[i] = rng.next() as u8;
                }
            }
            if rng.chance(30) {
                let len = rng.below(data.len() as u64 + 1) as usize;
                data.truncate(len);
            }
        }
        4 => {
            let len = rng.below(120) as usize;
            data = (0..len).map(|_| rng.next() as u8).collect();
        }
        _ => {
            for _ in 0..rng.below(16) {
                data.push(rng.next() as u8);
            }
        }
    }
    data
}

fn both<T: PartialEq + std::fmt::Debug>(what: &str, a: Result<T, String>, b: Result<T, String>) -> Result<(), String> {
    match (&a, &b) {
        (Ok(x), Ok(y)) if x == y => Ok(()),
        (Err(_), Err(_)) => Ok(()),
        _ => Err(format!("{what}: interpreter {a:?}, native {b:?}")),
    }
}

fn check_example(module: &Module, stf: &str, native: &mut NativePipeline, guard: &mut GuardedPacket, seed: u64) -> Result<(), String> {
    native.reset();
    let mut interp = Machine::new(module);
    let mut rng = Rng(seed | 1);
    let (statements, _) = parse_stf(module, stf);
    let mut seeds = Vec::new();
    for (_, s) in &statements {
        match s {
            Statement::Packet { data, .. } => seeds.push(data.clone()),
            Statement::Control(c) if rng.chance(85) => {
                both("control", apply_control(&mut interp, c), apply_control(native, c))?;
            }
            _ => {}
        }
    }
    for (table, _) in module.tables.iter() {
        // Now and then more entries than the inline linear scan holds (the runtime's path).
        let count = if rng.chance(15) { 20 + rng.below(8) } else { rng.below(6) };
        for _ in 0..count {
            let entry = random_entry(&mut rng, module, table);
            both("add_entry", interp.add_entry(table, entry.clone()), Target::add_entry(native, table, entry))?;
        }
        if rng.chance(20) {
            let entry = random_entry(&mut rng, module, table);
            let call = entry.action;
            both("set_default", interp.set_default(table, call.clone()), Target::set_default(native, table, call))?;
        }
    }
    for (hint, decl) in module.hints.iter() {
        for _ in 0..rng.below(3) {
            let key: Vec<u128> = decl.key.iter().map(|f| rng.value(f.ty.width())).collect();
            let mark = rng.next() as u32;
            both("set_hint", interp.set_hint(hint, key.clone(), mark), native.state().set_hint(hint, &key, mark))?;
        }
    }
    for (map, decl) in module.maps.iter() {
        for _ in 0..rng.below(3) {
            let key: Vec<u128> = decl.key.iter().map(|f| rng.value(f.ty.width())).collect();
            let value: Vec<u128> = decl.value.iter().map(|f| rng.value(f.ty.width())).collect();
            both("set_map", interp.map_update(map, key.clone(), value.clone()), native.state().map_update(map, &key, &value))?;
        }
    }
    let mut time = 0u64;
    for i in 0..40 {
        let data = mutate(&mut rng, &seeds);
        time += rng.below(3_000_000_000);
        let input = PacketInput { port: rng.below(4) as u32, data: data.clone(), mark: if rng.chance(30) { rng.next() as u32 } else { 0 }, time_ns: time };
        let expected = interp.run(&input);
        let packet = guard.place(&data, i % 2 == 0);
        let out = native.process(packet, input.port, input.mark, input.time_ns);
        let verdict = match out.verdict {
            0 => flowmark_compiler::interp::Verdict::Pass,
            2 => flowmark_compiler::interp::Verdict::Redirect(out.out_port),
            _ => flowmark_compiler::interp::Verdict::Drop,
        };
        let got = (verdict, packet.to_vec(), out.mark, out.parser_error);
        let want = (expected.verdict, expected.data.clone(), expected.mark, expected.parser_error);
        if got != want || expected.internal_error.is_some() {
            return Err(format!("packet {i} {:02x?}:\n interpreter {want:?} ({:?})\n native      {got:?}", data, expected.internal_error));
        }
    }
    for (counter, decl) in module.counters.iter() {
        for index in 0..decl.size {
            let (a, b) = (interp.counter(counter, index), native.state().counter(counter, index));
            if a != b {
                return Err(format!("counter {}[{index}]: interpreter {a:?}, native {b:?}", decl.name));
            }
        }
    }
    for (map, decl) in module.maps.iter() {
        if interp.map_len(map) != native.state().map_len(map) {
            return Err(format!("map {} length: interpreter {}, native {}", decl.name, interp.map_len(map), native.state().map_len(map)));
        }
        for (key, value) in native.state().map_entries(map) {
            let want = interp.map_lookup(map, &key)?;
            if want.as_ref() != Some(&value) {
                return Err(format!("map {} key {key:x?}: interpreter {want:x?}, native {value:x?}", decl.name));
            }
        }
    }
    if interp.stats().map_update_failures != native.state().stats.map_update_failures.load(std::sync::atomic::Ordering::Relaxed) {
        return Err("map update failure counts differ".into());
    }
    Ok(())
}

struct Example {
    name: String,
    module: Module,
    stf: String,
}

/// Every example with its JIT pipeline, and the guarded packet buffer.
type Compiled = (Vec<(Example, NativePipeline)>, GuardedPacket);

fn examples() -> Vec<Example> {
    common::example_names()
        .into_iter()
        .map(|name| Example { module: common::compile(&name), stf: common::stf(&name), name })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("FLOWMARK_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(48),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn native_equals_interpreter_on_random_packets_and_entries(seed in any::<u64>()) {
        thread_local! {
            static STATE: std::cell::RefCell<Option<Compiled>> = const { std::cell::RefCell::new(None) };
        }
        STATE.with(|cell| {
            let mut cell = cell.borrow_mut();
            let (pipelines, guard) = cell.get_or_insert_with(|| {
                let list = examples()
                    .into_iter()
                    .map(|e| {
                        let n = NativePipeline::new(&e.module).unwrap_or_else(|err| panic!("{}: {err}", e.name));
                        (e, n)
                    })
                    .collect();
                (list, GuardedPacket::new())
            });
            for (example, native) in pipelines.iter_mut() {
                if let Err(e) = check_example(&example.module, &example.stf, native, guard, seed) {
                    return Err(TestCaseError::fail(format!("{}: {e}", example.name)));
                }
            }
            Ok(())
        })?;
    }
}
