//! Packets run through the JIT on several threads while the control plane keeps changing a table:
//! every packet takes one of the two valid paths (old table or new table, never a torn entry) and
//! no counter update is lost.

mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use flowmark_compiler::stf::{apply_control, parse_entries};
use flowmark_compiler::stf::ControlStatement;
use flowmark_native::NativePipeline;

#[test]
fn packets_see_whole_tables_while_entries_change() {
    let module = common::compile("acl");
    let mut native = NativePipeline::new(&module).expect("JIT");
    let setup = "add pipe.acl_rules 40 hdr.ipv4.protocol:0x06 meta.src_port:0x**** meta.dst_port:0x1f9* monitor(rule:23)\n\
                 add pipe.service_allow hdr.ipv4.protocol:6 meta.dst_port:8080 allow(rule:32)\n";
    for (_, statement) in parse_entries(&module, setup).expect("entries") {
        apply_control(&mut native, &statement).expect("apply");
    }
    let deny = parse_entries(&module, "add pipe.src_prefix hdr.ipv4.srcAddr:0xac100000/16 deny(rule:40)\n").expect("entry");
    let native = Arc::new(native);
    // TCP 172.16.5.9 -> 10.20.0.5:8080.
    let packet: Vec<u8> = [
        "5254000000015254000000990800",
        "4500002c1234400040066d66ac1005090a140005",
        "c3531f9000000000000000006002faf0ff1f0000020405b4",
    ]
    .concat()
    .as_bytes()
    .chunks(2)
    .map(|h| u8::from_str_radix(std::str::from_utf8(h).unwrap(), 16).unwrap())
    .collect();
    let stop = Arc::new(AtomicBool::new(false));
    let total = Arc::new(AtomicU64::new(0));
    let workers: Vec<_> = (0..3)
        .map(|_| {
            let (native, stop, total, packet) = (native.clone(), stop.clone(), total.clone(), packet.clone());
            std::thread::spawn(move || {
                let (mut passed, mut dropped) = (0u64, 0u64);
                while !stop.load(Ordering::Relaxed) || passed + dropped < 1000 {
                    let mut p = packet.clone();
                    let out = native.process(&mut p, 1, 0, 0);
                    match out.verdict {
                        0 => passed += 1,
                        1 => dropped += 1,
                        v => panic!("verdict {v}"),
                    }
                    assert_eq!(p, packet, "acl never rewrites the packet");
                }
                total.fetch_add(passed + dropped, Ordering::Relaxed);
                (passed, dropped)
            })
        })
        .collect();
    let table = module.tables.iter().find(|(_, t)| t.name == "pipe.src_prefix").map(|(id, _)| id).unwrap();
    for _ in 0..300 {
        for (_, statement) in &deny {
            native.state().clear_table(table).unwrap();
            if let ControlStatement::Add { table, entry } = statement {
                native.state().add_entry(*table, entry.clone()).unwrap();
            }
        }
        native.state().clear_table(table).unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    let (mut passed, mut dropped) = (0, 0);
    for w in workers {
        let (p, d) = w.join().expect("worker");
        passed += p;
        dropped += d;
    }
    let counter = module.counters.keys().next().unwrap();
    let state = native.state();
    assert_eq!(passed + dropped, total.load(Ordering::Relaxed));
    assert_eq!(state.counter(counter, 40).0, dropped, "deny path counts");
    assert_eq!(state.counter(counter, 32).0, passed, "allow path counts");
    assert_eq!(state.counter(counter, 23).0, passed, "monitor counts once per passed packet");
}

#[test]
fn packets_see_whole_hint_batches_while_hints_change() {
    let module = common::compile("ovs_hint");
    let native = Arc::new(NativePipeline::new(&module).expect("JIT"));
    let hint = module.hints.iter().find(|(_, h)| h.name == "pipe.flows4").map(|(id, _)| id).unwrap();
    // TCP 10.0.0.1:34567 -> 10.0.0.2:80, VLAN 0: the key below.
    let packet: Vec<u8> = "52540000000b52540000000a08004500003a12344000400614880a0000010a00000287070050000003e8000007d05018faf02f170000474554202f20485454502f312e310d0a0d0a"
        .as_bytes()
        .chunks(2)
        .map(|h| u8::from_str_radix(std::str::from_utf8(h).unwrap(), 16).unwrap())
        .collect();
    let key: Vec<u128> = vec![0, 0x0a00_0001, 0x0a00_0002, 6, 34567, 80];
    // Keys of other flows, moved in and out with the packet's key so probes cross shifted slots.
    let others: Vec<Vec<u128>> = (0..64u128).map(|i| vec![0, 0x0a00_0001, 0x0b00_0000 + i, 6, 34567, 80]).collect();
    let stop = Arc::new(AtomicBool::new(false));
    let workers: Vec<_> = (0..3)
        .map(|_| {
            let (native, stop, packet) = (native.clone(), stop.clone(), packet.clone());
            std::thread::spawn(move || {
                let (mut hits, mut misses) = (0u64, 0u64);
                while !stop.load(Ordering::Relaxed) || hits + misses < 1000 {
                    let mut p = packet.clone();
                    match native.process(&mut p, 1, 7, 0).mark {
                        7 => misses += 1,
                        100 | 200 => hits += 1,
                        m => panic!("mark {m}: a torn hint entry"),
                    }
                }
                (hits, misses)
            })
        })
        .collect();
    for round in 0..300u32 {
        let mut batch: Vec<(Vec<u128>, u32)> = others.iter().map(|k| (k.clone(), 1000 + round)).collect();
        batch.push((key.clone(), 100));
        native.state().set_hints(hint, &batch).unwrap();
        native.state().set_hint(hint, &key, 200).unwrap();
        for k in others.iter().chain([&key]) {
            native.state().remove_hint(hint, k).unwrap();
        }
    }
    stop.store(true, Ordering::Relaxed);
    let (mut hits, mut misses) = (0, 0);
    for w in workers {
        let (h, m) = w.join().expect("worker");
        hits += h;
        misses += m;
    }
    let counter = module.counters.keys().next().unwrap();
    assert_eq!(native.state().counter(counter, 0).0, hits, "hit counts");
    assert_eq!(native.state().counter(counter, 1).0, misses, "miss counts");
}
