//! The range scan of tables with a `range` key (`targets/ebpf/src/codegen/range_scan.rs`: a
//! bounded loop over an array of entries the loader keeps best first) in the real kernel, against
//! the reference interpreter: many entries with overlapping ranges and equal or different
//! priorities, on a 16-bit, a 64-bit (the borrow compare) and a signed range key next to a
//! ternary one; entries replaced in place and the table cleared and refilled; a full table whose
//! only matching entry is the last one scanned; and the loader's refusal past the cap
//! (`MAX_SCAN_ENTRIES`) of a table declared larger, naming the table and the cap.

mod kernel_support;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_compiler::ir::{Entry, KeyMatch, Module};
use flowmark_compiler::stf::Target;
use flowmark_ebpf::codegen::MAX_SCAN_ENTRIES;
use flowmark_ebpf::ProgramKind;
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::require_kernel;
use kernel_support::{action_call, add, compare, compile, describe, table};

/// `scan`: range on the EtherType, ternary on the source MAC's top 40 bits, range on the 64 bits
/// of destination and EtherType, signed range on the source's low byte; 48 entries. (The MACs
/// are split because a 48-bit field read as a number does not load yet: the code generator
/// emits `be48`.) `big`: a range on the
/// EtherType, declared larger than the kernel's cap, applied when `scan` misses.
const PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<16> dstHigh;
    bit<32> dstLow;
    bit<40> srcHigh;
    bit<8>  srcLow;
    bit<16> etherType;
}

struct headers_t {
    ethernet_t ethernet;
}

struct metadata_t {
    bit<64> wide;
    int<8>  small;
}

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    action set_mark(bit<32> mark) {
        standard_metadata.mark = mark;
    }

    table scan {
        key = {
            hdr.ethernet.etherType : range;
            hdr.ethernet.srcHigh   : ternary;
            meta.wide              : range;
            meta.small             : range;
        }
        actions = { set_mark; NoAction; }
        default_action = NoAction();
        size = 48;
    }

    table big {
        key = {
            hdr.ethernet.etherType : range;
        }
        actions = { set_mark; NoAction; }
        default_action = NoAction();
        size = 2048;
    }

    apply {
        meta.wide = hdr.ethernet.dstHigh ++ hdr.ethernet.dstLow ++ hdr.ethernet.etherType;
        meta.small = (int<8>) hdr.ethernet.srcLow;
        if (!scan.apply().hit) {
            big.apply();
        }
    }
}

Flowmark(prs(), pipe()) main;
"#;

const SCAN_SIZE: u32 = 48;
const FULL_RANGE_64: KeyMatch = KeyMatch::Range(0, u64::MAX as u128);
const ANY_SOURCE: KeyMatch = KeyMatch::Ternary(0, 0);
/// The whole signed byte: -128 ..= 127.
const ANY_SMALL: KeyMatch = KeyMatch::Range(0x80, 0x7f);

fn module() -> Module {
    compile("range_scan", PROGRAM)
}

/// xorshift64: deterministic test data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

fn packet(destination: u64, source: u64, ether_type: u16) -> PacketInput {
    let mut data = Vec::with_capacity(60);
    data.extend_from_slice(&destination.to_be_bytes()[2..]);
    data.extend_from_slice(&source.to_be_bytes()[2..]);
    data.extend_from_slice(&ether_type.to_be_bytes());
    data.resize(60, 0);
    PacketInput { port: 1, data, mark: 0, time_ns: 0 }
}

/// Destinations around the sign bit of the 64-bit key (its top bit is the destination's).
const DESTINATIONS: [u64; 4] = [0x7fff_ffff_fff0, 0x8000_0000_0001, 0x0000_0000_0042, 0xffff_ffff_ff00];

/// A random `scan` packet: EtherTypes 0x07f0..0x0850, sources with low bytes around zero.
fn random_packet(random: &mut Random) -> PacketInput {
    let destination = DESTINATIONS[random.below(4) as usize];
    let source = 0x0200_0000_0000 | (random.below(4) << 8) | (random.below(32) as u8).wrapping_sub(16) as u64;
    packet(destination, source, 0x07f0 + random.below(0x60) as u16)
}

/// A random `scan` entry: overlapping EtherType ranges, the source's second-lowest byte masked,
/// 64-bit ranges that start or end at the destinations (both sides of the sign bit), signed
/// ranges of the low byte; priorities 1..=3, so many tie.
fn random_entry(module: &Module, random: &mut Random, mark: u128) -> Entry {
    let scan = table(module, "pipe.scan");
    let lo = 0x07f0 + random.below(0x60);
    let hi = (lo + random.below(0x30)).min(0xffff);
    let source = match random.below(3) {
        0 => ANY_SOURCE,
        _ => KeyMatch::Ternary(u128::from(random.below(4)), 0xff),
    };
    let wide = match random.below(4) {
        0 => FULL_RANGE_64,
        1 => KeyMatch::Range(0, ((DESTINATIONS[random.below(4) as usize] as u128) << 16) | 0xffff),
        _ => KeyMatch::Range((DESTINATIONS[random.below(4) as usize] as u128) << 16, u64::MAX as u128),
    };
    let small = match random.below(3) {
        0 => ANY_SMALL,
        _ => {
            let low = random.below(24) as i8 - 12;
            let high = low.saturating_add(random.below(12) as i8);
            KeyMatch::Range(low as u8 as u128, high as u8 as u128)
        }
    };
    let priority = 1 + random.below(3) as u32;
    Entry { keys: vec![KeyMatch::Range(lo as u128, hi as u128), source, wide, small], priority, action: action_call(module, scan, "set_mark", mark) }
}

/// 40 random entries, then 10 of them replaced (same keys and priority, another mark), then the
/// table cleared and refilled with 5: after each step 300 random packets agree. `deferred`: the
/// loader keeps entries in memory (`defer_table_writes`, what `flowmark load` does) and writes
/// the table when a packet runs, and once more after the final flush.
fn overlapping_entries(kind: ProgramKind, deferred: bool) {
    let module = module();
    let scan = table(&module, "pipe.scan");
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("load ({kind:?}): {e}"));
    if deferred {
        kernel.defer_table_writes();
    }
    let mut machine = Machine::new(&module);
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let packets: Vec<PacketInput> = (0..300).map(|_| random_packet(&mut random)).collect();
    let mut entries = Vec::new();
    for j in 0..40 {
        let entry = random_entry(&module, &mut random, 100 + j);
        add(&mut machine, &mut kernel, scan, entry.clone());
        entries.push(entry);
    }
    let outputs = compare(&mut machine, &mut kernel, &packets, &format!("40 overlapping entries ({kind:?})"));
    let hits = outputs.iter().filter(|o| o.mark != 0).count();
    assert!(hits > 100 && hits < 300, "the entries should match some packets and miss others: {hits} of 300 hit");
    for (j, entry) in entries.iter().enumerate().step_by(4) {
        let replaced = Entry { action: action_call(&module, scan, "set_mark", 500 + j as u128), ..entry.clone() };
        add(&mut machine, &mut kernel, scan, replaced);
    }
    compare(&mut machine, &mut kernel, &packets, &format!("replaced entries ({kind:?})"));
    kernel.clear_table(scan).expect("kernel clear");
    machine.clear_table(scan).expect("interpreter clear");
    let outputs = compare(&mut machine, &mut kernel, &packets, &format!("cleared ({kind:?})"));
    assert!(outputs.iter().all(|o| o.mark == 0), "a cleared table matched");
    for j in 0..5 {
        add(&mut machine, &mut kernel, scan, random_entry(&module, &mut random, 900 + j));
    }
    kernel.flush_table_writes().expect("flush");
    compare(&mut machine, &mut kernel, &packets, &format!("refilled ({kind:?})"));
}

#[test]
fn overlapping_ranges_replaced_and_cleared() {
    require_kernel!();
    for kind in [ProgramKind::Tc, ProgramKind::Xdp] {
        overlapping_entries(kind, false);
    }
}

#[test]
fn deferred_writes_give_the_same_table() {
    require_kernel!();
    overlapping_entries(ProgramKind::Tc, true);
}

/// `scan` filled to its size: the entries of priority 2 match only EtherType 0x0900, the one of
/// priority 1 (ranked last, so the scan's last element) matches the probe, which reaches it. One
/// more entry is refused by both. Then the signed and 64-bit bounds at their extremes.
#[test]
fn full_table_scans_to_its_last_entry() {
    require_kernel!();
    let module = module();
    let scan = table(&module, "pipe.scan");
    let mut kernel = EbpfTarget::load(&module, ProgramKind::Tc).unwrap_or_else(|e| panic!("load: {e}"));
    assert_eq!(kernel.artifact.plan.tables[&scan].scan_bound, SCAN_SIZE);
    let mut machine = Machine::new(&module);
    let entry = |ether_type: KeyMatch, small: KeyMatch, priority: u32, mark: u128| Entry {
        keys: vec![ether_type, ANY_SOURCE, FULL_RANGE_64, small],
        priority,
        action: action_call(&module, scan, "set_mark", mark),
    };
    add(&mut machine, &mut kernel, scan, entry(KeyMatch::Range(0x0800, 0x08ff), ANY_SMALL, 1, 7));
    for j in 1..SCAN_SIZE {
        add(&mut machine, &mut kernel, scan, entry(KeyMatch::Range(0x0900, 0x0900 + j as u128), ANY_SMALL, 2, 100 + j as u128));
    }
    let probe = packet(DESTINATIONS[0], 0x0200_0000_0001, 0x0800);
    let outputs = compare(&mut machine, &mut kernel, std::slice::from_ref(&probe), "full table");
    assert_eq!(outputs[0].mark, 7, "{}", describe(&outputs[0]));
    let refused = kernel.add_entry(scan, entry(KeyMatch::Range(0, 0xffff), ANY_SMALL, 3, 1)).expect_err("a 49th entry was accepted");
    assert!(refused.contains("pipe.scan") && refused.contains(&SCAN_SIZE.to_string()), "refusal: {refused}");
    assert!(machine.add_entry(scan, entry(KeyMatch::Range(0, 0xffff), ANY_SMALL, 3, 1)).is_err());
    // Cleared and refilled: signed ranges -128..=-1 and 0..=16 (0x01 is positive, 0xff and 0x80
    // negative, 0x7f in neither).
    kernel.clear_table(scan).expect("kernel clear");
    machine.clear_table(scan).expect("interpreter clear");
    add(&mut machine, &mut kernel, scan, entry(KeyMatch::Range(0x0800, 0x08ff), KeyMatch::Range(0x80, 0xff), 1, 8));
    add(&mut machine, &mut kernel, scan, entry(KeyMatch::Range(0x0800, 0x08ff), KeyMatch::Range(0x00, 0x10), 1, 9));
    let packets: Vec<PacketInput> = [0x01, 0xff, 0x80, 0x7f].iter().map(|low| packet(DESTINATIONS[1], 0x0200_0000_0000 | low, 0x0800)).collect();
    let outputs = compare(&mut machine, &mut kernel, &packets, "signed range");
    assert_eq!(outputs.iter().map(|o| o.mark).collect::<Vec<_>>(), vec![9, 8, 8, 0]);
}

/// `big` is declared with 2048 entries; the kernel scans at most `MAX_SCAN_ENTRIES`: that many
/// are taken (the last one still found by the scan), one more is refused with the table's name
/// and the cap.
#[test]
fn entries_past_the_cap_are_refused() {
    require_kernel!();
    let module = module();
    let big = table(&module, "pipe.big");
    let mut kernel = EbpfTarget::load(&module, ProgramKind::Tc).unwrap_or_else(|e| panic!("load: {e}"));
    assert_eq!(kernel.artifact.plan.tables[&big].scan_bound, MAX_SCAN_ENTRIES);
    let mut machine = Machine::new(&module);
    // Best first (falling priorities), so each insertion appends one element.
    for j in 0..MAX_SCAN_ENTRIES {
        let entry = Entry { keys: vec![KeyMatch::Range(j as u128, j as u128)], priority: 5000 - j, action: action_call(&module, big, "set_mark", 10_000 + j as u128) };
        add(&mut machine, &mut kernel, big, entry);
    }
    let last = MAX_SCAN_ENTRIES as u16 - 1;
    let packets = [packet(DESTINATIONS[0], 0x0200_0000_0001, last), packet(DESTINATIONS[0], 0x0200_0000_0001, 0)];
    let outputs = compare(&mut machine, &mut kernel, &packets, "the cap reached");
    assert_eq!(outputs[0].mark, 10_000 + u32::from(last), "{}", describe(&outputs[0]));
    let extra = Entry { keys: vec![KeyMatch::Range(0, 0xffff)], priority: 1, action: action_call(&module, big, "set_mark", 1) };
    let refused = kernel.add_entry(big, extra).expect_err("an entry past the cap was accepted");
    assert!(refused.contains("pipe.big") && refused.contains(&MAX_SCAN_ENTRIES.to_string()), "refusal: {refused}");
    compare(&mut machine, &mut kernel, &packets, "after the refusal");
}
