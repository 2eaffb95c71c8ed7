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
