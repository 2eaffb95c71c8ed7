//! The runtime's tables, hints, maps and counters through `Pipeline`'s control-plane API and the
//! packet-side lookups (the same entry points the host functions use): match semantics equal to
//! the interpreter's (priorities, longest prefix, signed ranges, replacement, size limits, LRU
//! eviction, array maps), and safety under concurrent control-plane updates while lookups run.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use flowmark_compiler::grammar::{FileLoader, SourceMap};
use flowmark_compiler::ir::{ActionCall, Entry, KeyMatch, MapId, Module, TableId};
use flowmark_compiler::layout;
use flowmark_runtime::tables::encode_key;
use flowmark_runtime::Pipeline;

const PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>
header h_t { bit<32> a; bit<16> b; int<8> c; bit<8> d; }
struct headers_t { h_t h; }
struct meta_t { }
struct key_t { bit<32> a; bit<16> b; }
struct val_t { bit<8> x; bit<64> y; }
struct idx_t { bit<32> i; }
parser prs(packet_in packet, out headers_t hdr, inout meta_t meta, inout standard_metadata_t sm) {
    state start { packet.extract(hdr.h); transition accept; }
}
control pipe(inout headers_t hdr, inout meta_t meta, inout standard_metadata_t sm) {
    Hint<key_t>(4) flows;
    Map<key_t, val_t>(MapKind.LRU, 3) recent;
    Map<key_t, val_t>(MapKind.HASH, 2) small;
    Map<idx_t, val_t>(MapKind.ARRAY, 8) slots;
    Counter(4) stats;
    action set(bit<32> m) { sm.mark = m; stats.count(0); }
    action other(bit<16> p, bit<8> q) { sm.out_port = (bit<32>) p; }
    table exact_t { key = { hdr.h.a : exact; hdr.h.b : exact; } actions = { set; other; NoAction; } default_action = NoAction(); size = 4; }
    table lpm_t { key = { hdr.h.b : exact; hdr.h.a : lpm; } actions = { set; NoAction; } default_action = NoAction(); size = 64; }
    table tern_t { key = { hdr.h.a : ternary; hdr.h.c : range; } actions = { set; other; NoAction; } default_action = NoAction(); size = 64; }
    apply {
        exact_t.apply(); lpm_t.apply(); tern_t.apply();
        bool hit = flows.apply({ hdr.h.a, hdr.h.b });
        val_t v;
        if (recent.lookup({ hdr.h.a, hdr.h.b }, v)) { small.update({ hdr.h.a, hdr.h.b }, v); }
        slots.update({ hdr.h.a }, v);
        slots.delete({ hdr.h.a });
        small.delete({ hdr.h.a, hdr.h.b });
    }
}
Flowmark(prs(), pipe()) main;
"#;

struct NoFiles;
impl FileLoader for NoFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        Err(format!("{path}: no files here"))
    }
}

fn module() -> Module {
    let mut sources = SourceMap::default();
    let main = sources.add("t.p4".to_string(), PROGRAM.to_string());
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &NoFiles, "t");
    module.unwrap_or_else(|| panic!("{}", flowmark_compiler::grammar::render(&sources, &diagnostics)))
}

fn table(m: &Module, name: &str) -> TableId {
    m.tables.iter().find(|(_, t)| t.name.ends_with(name)).map(|(id, _)| id).expect("table")
}

fn action(m: &Module, name: &str) -> flowmark_compiler::ir::ActionId {
    m.actions.iter().find(|(_, a)| a.name.ends_with(name)).map(|(id, _)| id).expect("action")
}

fn map(m: &Module, name: &str) -> MapId {
    m.maps.iter().find(|(_, d)| d.name.ends_with(name)).map(|(id, _)| id).expect("map")
}

/// Look keys up as a packet would: (hit, action id, first parameter of the action that ran).
fn lookup(p: &Pipeline, t: TableId, keys: &[u128]) -> (bool, u32, u128) {
    let m = p.module();
    let tl = layout::table_layout(m, t);
    let key = encode_key(m, t, &tl, keys);
    let mut value = vec![0u8; tl.value.size as usize];
    let hit = p.tables[t.index()].snapshot().lookup(&key, &mut value);
    let action = u32::from_le_bytes(value[..4].try_into().unwrap());
    let position = m.tables[t].actions.iter().position(|a| a.index() as u32 == action).unwrap();
    let start = tl.param_start[position];
    let arg = tl.value.fields.get(start).map_or(0, |f| layout::get(&value, f));
    (hit, action, arg)
}

use cranelift_entity::EntityRef;

fn set(m: &Module, mark: u128) -> ActionCall {
    ActionCall { action: action(m, "set"), args: vec![mark] }
}

#[test]
fn exact_tables_replace_equal_keys_and_refuse_entries_when_full() {
    let m = module();
    let p = Pipeline::new(&m);
    let t = table(&m, "exact_t");
    let entry = |a, mark| Entry { keys: vec![KeyMatch::Exact(a), KeyMatch::Exact(7)], priority: 0, action: set(&m, mark) };
    p.add_entry(t, entry(1, 10)).unwrap();
    p.add_entry(t, entry(1, 11)).unwrap();
    assert_eq!(lookup(&p, t, &[1, 7]), (true, action(&m, "set").index() as u32, 11));
    assert!(!lookup(&p, t, &[1, 8]).0);
    for a in 2..5 {
        p.add_entry(t, entry(a, a)).unwrap();
    }
    assert!(p.add_entry(t, entry(9, 9)).unwrap_err().contains("full"));
    p.clear_table(t).unwrap();
    assert!(!lookup(&p, t, &[1, 7]).0);
}

#[test]
fn lpm_takes_the_longest_prefix_and_misses_use_the_default() {
    let m = module();
    let p = Pipeline::new(&m);
    let t = table(&m, "lpm_t");
    let add = |v: u128, len, mark| {
        p.add_entry(t, Entry { keys: vec![KeyMatch::Exact(5), KeyMatch::Lpm(v, len)], priority: 0, action: set(&m, mark) })
            .unwrap()
    };
    add(0x0a00_0000, 8, 1);
    add(0x0a01_0000, 16, 2);
    add(0x0a01_0200, 24, 3);
    add(0, 0, 4);
    assert_eq!(lookup(&p, t, &[5, 0x0a01_0203]).2, 3);
    assert_eq!(lookup(&p, t, &[5, 0x0a01_0303]).2, 2);
    assert_eq!(lookup(&p, t, &[5, 0x0a02_0303]).2, 1);
    assert_eq!(lookup(&p, t, &[5, 0x0b00_0000]).2, 4);
    let (hit, a, _) = lookup(&p, t, &[6, 0x0a01_0203]);
    assert_eq!((hit, a), (false, action(&m, "NoAction").index() as u32));
    p.set_default(t, set(&m, 99)).unwrap();
    assert_eq!(lookup(&p, t, &[6, 0]), (false, action(&m, "set").index() as u32, 99));
}

#[test]
fn ternary_priority_wins_then_earliest_and_ranges_compare_signed() {
    let m = module();
    let p = Pipeline::new(&m);
    let t = table(&m, "tern_t");
    let add = |v, mask, lo, hi, priority, mark| {
        p.add_entry(t, Entry { keys: vec![KeyMatch::Ternary(v, mask), KeyMatch::Range(lo, hi)], priority, action: set(&m, mark) })
            .unwrap()
    };
    add(0, 0, 0x80, 0x7f, 1, 1); // every a, c in -128..=127
    add(0x0a00_0000, 0xff00_0000, 0xfe, 0x02, 5, 2); // c in -2..=2
    add(0x0a00_0001, 0xffff_ffff, 0xfe, 0x02, 5, 3); // same priority, later: loses ties
    assert_eq!(lookup(&p, t, &[0x0a00_0001, 0xff]).2, 2);
    assert_eq!(lookup(&p, t, &[0x0a00_0001, 0x03]).2, 1);
    assert_eq!(lookup(&p, t, &[0x0b00_0001, 0x00]).2, 1);
    add(0x0a00_0001, 0xffff_ffff, 0x00, 0x00, 9, 4);
    assert_eq!(lookup(&p, t, &[0x0a00_0001, 0x00]).2, 4);
    assert!(p.add_entry(t, Entry { keys: vec![KeyMatch::Exact(1), KeyMatch::Range(3, 2)], priority: 0, action: set(&m, 0) }).is_err());
}

#[test]
fn hints_map_keys_to_marks_up_to_their_size() {
    let m = module();
    let p = Pipeline::new(&m);
    let h = m.hints.keys().next().unwrap();
    for i in 0..4u128 {
        p.set_hint(h, &[i, 1], i as u32 + 100).unwrap();
    }
    assert!(p.set_hint(h, &[9, 1], 1).unwrap_err().contains("full"));
    p.set_hint(h, &[0, 1], 7).unwrap();
    assert_eq!(p.hint(h, &[0, 1]), Some(7));
    let key = layout::encode(&p.hints[h.index()].layout, &[3, 1]);
    assert_eq!(p.hints[h.index()].get(&key), Some(103));
    assert!(p.remove_hint(h, &[3, 1]).unwrap());
    assert_eq!(p.hints[h.index()].get(&key), None);
}

#[test]
fn maps_behave_like_the_interpreter() {
    let m = module();
    let p = Pipeline::new(&m);
    let (lru, small, slots) = (map(&m, "recent"), map(&m, "small"), map(&m, "slots"));
    for i in 0..3u128 {
        p.map_update(lru, &[i, 0], &[i, 1]).unwrap();
    }
    let key = layout::encode(&p.maps[lru.index()].key, &[0, 0]);
    let mut out = vec![0u8; p.maps[lru.index()].value.size as usize];
    assert!(p.maps[lru.index()].lookup(&key, &mut out)); // key 0 is now the most recent
    p.map_update(lru, &[3, 0], &[3, 1]).unwrap(); // evicts key 1
    assert_eq!(p.map_lookup(lru, &[1, 0]).unwrap(), None);
    assert_eq!(p.map_lookup(lru, &[0, 0]).unwrap(), Some(vec![0, 1]));
    assert_eq!(p.map_len(lru), 3);

    p.map_update(small, &[1, 1], &[1, 1]).unwrap();
    p.map_update(small, &[2, 2], &[2, 2]).unwrap();
    assert!(p.map_update(small, &[3, 3], &[3, 3]).is_err());
    p.map_delete(small, &[1, 1]).unwrap();
    p.map_update(small, &[3, 3], &[3, 3]).unwrap();

    assert_eq!(p.map_lookup(slots, &[5]).unwrap(), Some(vec![0, 0]));
    assert_eq!(p.map_lookup(slots, &[8]).unwrap(), None);
    assert!(p.map_update(slots, &[8], &[1, 1]).is_err());
    p.map_update(slots, &[2], &[7, u128::from(u64::MAX)]).unwrap();
    p.map_delete(slots, &[2]).unwrap();
    assert_eq!(p.map_lookup(slots, &[2]).unwrap(), Some(vec![7, u128::from(u64::MAX)]));
    assert_eq!(p.map_len(slots), 1);
}

/// Readers probe tables, hints and maps while a writer keeps changing them: every hit returns a
/// whole value that some write stored (the action argument always equals the key it was stored
/// under), and no concurrent map update is lost.
#[test]
fn lookups_see_whole_entries_while_the_control_plane_writes() {
    let m = module();
    let p = Arc::new(Pipeline::new(&m));
    let t = table(&m, "lpm_t");
    let h = m.hints.keys().next().unwrap();
    let small = map(&m, "small");
    let stop = Arc::new(AtomicBool::new(false));
    let mut readers = Vec::new();
    for r in 0..2u128 {
        let (p, stop) = (p.clone(), stop.clone());
        readers.push(std::thread::spawn(move || {
            let mut hits = 0u64;
            while !stop.load(Ordering::Relaxed) {
                for a in 0..16u128 {
                    let (hit, _, arg) = lookup(&p, t, &[1, a << 24]);
                    if hit {
                        assert_eq!(arg, a, "torn or misplaced table entry");
                        hits += 1;
                    }
                    if let Some(mark) = p.hint(h, &[a, 2]) {
                        assert_eq!(u128::from(mark), a + 1000);
                    }
                }
                // Each reader also owns one map key and rewrites it: never lost, never torn.
                p.map_update(small, &[r, 9], &[r, u128::from(u64::MAX)]).unwrap();
                assert_eq!(p.map_lookup(small, &[r, 9]).unwrap(), Some(vec![r, u128::from(u64::MAX)]));
            }
            hits
        }));
    }
    for round in 0..300u128 {
        let a = round % 16;
        p.add_entry(t, Entry { keys: vec![KeyMatch::Exact(1), KeyMatch::Lpm(a << 24, 8)], priority: 0, action: set(&m, a) })
            .unwrap();
        if round % 50 == 49 {
            p.clear_table(t).unwrap();
        }
        if a < 4 {
            p.set_hint(h, &[a, 2], (a + 1000) as u32).unwrap();
        }
    }
    stop.store(true, Ordering::Relaxed);
    let hits: u64 = readers.into_iter().map(|r| r.join().expect("reader")).sum();
    assert!(hits > 0, "the readers never saw an entry");
    assert_eq!(p.map_len(small), 2);
}

#[test]
fn counters_add_from_many_threads_without_losing_counts() {
    let m = module();
    let p = Arc::new(Pipeline::new(&m));
    let c = m.counters.keys().next().unwrap();
    // Workers 1 and 2 own shards; two threads share the atomic shard (worker 0).
    let threads: Vec<_> = [1u32, 2, 0, 0]
        .into_iter()
        .map(|worker| {
            let p = p.clone();
            std::thread::spawn(move || {
                for _ in 0..10_000 {
                    p.counters[c.index()].add(worker, 1, 1, 64);
                    p.counters[c.index()].add(worker, 9, 1, 64); // out of range: ignored
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(p.counter(c, 1), (40_000, 40_000 * 64));
}
