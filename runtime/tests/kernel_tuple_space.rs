//! The tuple space search of ternary tables (a bounded loop over the masks array in the eBPF
//! code) in the real kernel, against the reference interpreter, where the examples' random
//! entries do not reach: more distinct masks than a few loop iterations (twelve, with overlapping
//! rules, different priorities and ties), every one of the `max_masks` slots in use (16), one
//! distinct mask too many refused by the loader, a search that stops at the first unused mask
//! slot, and equal priorities (the earliest entry wins, whatever mask slots its rules landed in).
//! The `ranged` table (a range key) is a range scan (`kernel_range_scan.rs` tests it in depth):
//! here it shows, next to the tuple space, that entries needing many distinct masks (32 and more
//! source prefixes) are no limit for it and that its ranking matches the interpreter's.

mod kernel_support;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_compiler::ir::{ActionCall, Entry, KeyMatch, Module};
use flowmark_compiler::stf::Target;
use flowmark_ebpf::ProgramKind;
use flowmark_runtime::ebpf_target::EbpfTarget;
use kernel_support::{action_call, add, compare, compile, describe, table};
use flowmark_runtime::require_kernel;
use proptest::prelude::any;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

/// `rules` (ternary on the destination MAC and the EtherType) sets the mark; `ranged` (range on
/// the EtherType, ternary on the source MAC) rewrites the source MAC, so both show in the output.
const PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

struct headers_t {
    ethernet_t ethernet;
}

struct metadata_t {
    bit<8> unused;
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
    action rewrite_source(bit<48> source) {
        hdr.ethernet.srcAddr = source;
    }

    table rules {
        key = {
            hdr.ethernet.dstAddr   : ternary;
            hdr.ethernet.etherType : ternary;
        }
        actions = { set_mark; NoAction; }
        default_action = NoAction();
        size = 1024;
    }

    table ranged {
        key = {
            hdr.ethernet.etherType : range;
            hdr.ethernet.srcAddr   : ternary;
        }
        actions = { rewrite_source; NoAction; }
        default_action = NoAction();
        size = 1024;
    }

    apply {
        rules.apply();
        ranged.apply();
    }
}

Flowmark(prs(), pipe()) main;
"#;

fn module() -> Module {
    compile("tuple_space", PROGRAM)
}

const MAC_BITS: u128 = 0xffff_ffff_ffff;
/// The destination every rule of the twelve-mask test is built around.
const BASE_DESTINATION: u128 = 0x02aa_bbcc_ddee;
const SOURCE: u128 = 0x0200_0000_0099;
const ETHER_TYPES: [u128; 3] = [0x88b5, 0x88b6, 0x9000];

fn packet(destination: u128, source: u128, ether_type: u128) -> PacketInput {
    let mut data = Vec::with_capacity(60);
    data.extend_from_slice(&destination.to_be_bytes()[10..]);
    data.extend_from_slice(&source.to_be_bytes()[10..]);
    data.extend_from_slice(&(ether_type as u16).to_be_bytes());
    data.resize(60, 0);
    PacketInput { port: 1, data, mark: 0, time_ns: 0 }
}

/// Twelve distinct masks (destination prefixes of 4..48 bits in nibbles, EtherType exact or
/// wildcard), one rule per mask around one destination, in mask-slot order, with priorities that
/// overlap and tie (ties are between rules that each brought a new mask, so the interpreter's
/// earliest entry and the kernel's earliest mask are the same rule), and higher-priority rules
/// on the same masks that only other destinations match.
fn twelve_masks(kind: ProgramKind, deferred: bool) {
    let module = module();
    let rules = table(&module, "pipe.rules");
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("load ({kind:?}): {e}"));
    if deferred {
        // What `flowmark load` does: the rules are written when the first packet runs.
        kernel.defer_table_writes();
    }
    let mut machine = Machine::new(&module);
    let priorities = [5, 9, 3, 9, 12, 1, 7, 12, 15, 2, 15, 11];
    let masks: Vec<(u128, u128)> =
        (0..12).map(|j| ((MAC_BITS << (4 * j)) & MAC_BITS, if j % 2 == 0 { 0xffff } else { 0 })).collect();
    for (j, (&(mac_mask, type_mask), priority)) in masks.iter().zip(priorities).enumerate() {
        let keys = vec![KeyMatch::Ternary(BASE_DESTINATION & mac_mask, mac_mask), KeyMatch::Ternary(ETHER_TYPES[0] & type_mask, type_mask)];
        add(&mut machine, &mut kernel, rules, Entry { keys, priority, action: action_call(&module, rules, "set_mark", 100 + j as u128) });
    }
    for (j, &(mac_mask, type_mask)) in masks.iter().enumerate() {
        // Top nibble 1: only destinations unlike the base one match these.
        let destination = (BASE_DESTINATION | 0x1000_0000_0000) ^ ((j as u128) << 8);
        let keys = vec![KeyMatch::Ternary(destination & mac_mask, mac_mask), KeyMatch::Ternary(ETHER_TYPES[1] & type_mask, type_mask)];
        let entry = Entry { keys, priority: 20 + j as u32, action: action_call(&module, rules, "set_mark", 200 + j as u128) };
        add(&mut machine, &mut kernel, rules, entry);
    }
    // Destinations that share ever shorter prefixes with the base one, so each mask in turn is
    // the longest that matches; then random variations.
    let mut packets = Vec::new();
    for j in 0..=12u32 {
        for &ether_type in &ETHER_TYPES {
            let flip = if j == 0 { 0 } else { 1u128 << (4 * j - 1) };
            packets.push(packet(BASE_DESTINATION ^ flip, SOURCE, ether_type));
            packets.push(packet((BASE_DESTINATION | 0x1000_0000_0000) ^ flip, SOURCE, ether_type));
        }
    }
    let mut runner = TestRunner::deterministic();
    for _ in 0..200 {
        let bits = any::<u64>().new_tree(&mut runner).expect("random bits").current();
        let flips = (bits as u128 & 0xfff) << (4 * (bits >> 12 & 7));
        let top = if bits >> 20 & 1 == 1 { 0x1000_0000_0000 } else { 0 };
        packets.push(packet((BASE_DESTINATION | top) ^ flips, SOURCE, ETHER_TYPES[(bits >> 24) as usize % 3]));
    }
    let outputs = compare(&mut machine, &mut kernel, &packets, &format!("twelve masks ({kind:?})"));
    // The search got past the first iterations: the base packet's winner is mask 8 (priority 15,
    // tied with mask 10, which comes later and loses the tie).
    assert_eq!(outputs[0].mark, 108, "base packet: {}", describe(&outputs[0]));
    let marks: std::collections::BTreeSet<u32> = outputs.iter().map(|o| o.mark).collect();
    assert!(marks.contains(&111) && marks.contains(&211), "winners seen: {marks:?}");
}

#[test]
fn twelve_masks_with_overlapping_rules_tc() {
    require_kernel!();
    twelve_masks(ProgramKind::Tc, false);
}

#[test]
fn twelve_masks_with_deferred_writes() {
    require_kernel!();
    twelve_masks(ProgramKind::Tc, true);
}

#[test]
fn twelve_masks_with_overlapping_rules_xdp() {
    require_kernel!();
    twelve_masks(ProgramKind::Xdp, false);
}

/// Every mask slot of `rules` in use and 32 source masks in `ranged`, the winners in the last
/// slots (the last entries); one more distinct mask is refused by `rules`, taken by `ranged`;
/// then slot 5 of `rules` is marked unused behind the control plane's back, and the
/// kernel's search stops there (the interpreter has no slots, so that part checks the kernel
/// against the rules that remain reachable).
#[test]
fn every_mask_slot_used() {
    require_kernel!();
    let module = module();
    let (rules, ranged) = (table(&module, "pipe.rules"), table(&module, "pipe.ranged"));
    let mut kernel = EbpfTarget::load(&module, ProgramKind::Tc).unwrap_or_else(|e| panic!("load: {e}"));
    let mut machine = Machine::new(&module);
    let rule_slots = kernel.artifact.plan.tables[&rules].max_masks;
    assert_eq!(rule_slots, 16);
    // `ranged` has a range key: a scan of entries, no mask slots.
    assert!(kernel.artifact.plan.tables[&ranged].masks.is_none(), "a range table got a masks map");
    let ranged_entries: u32 = 32;
    // Slot j: the destination's top 4 * (j + 1) bits (j < 12), then the EtherType's top nibbles
    // with the whole destination; priority grows with j, so the last slot wins where it matches.
    let rule_mask = |j: u32| -> (u128, u128) {
        if j < 12 {
            ((MAC_BITS << (44 - 4 * j)) & MAC_BITS, 0)
        } else {
            (MAC_BITS, (0xffff << (12 - 4 * (j - 12))) & 0xffff)
        }
    };
    for j in 0..rule_slots {
        let (mac_mask, type_mask) = rule_mask(j);
        let keys = vec![KeyMatch::Ternary(BASE_DESTINATION & mac_mask, mac_mask), KeyMatch::Ternary(ETHER_TYPES[0] & type_mask, type_mask)];
        add(&mut machine, &mut kernel, rules, Entry { keys, priority: 10 + j, action: action_call(&module, rules, "set_mark", 100 + j as u128) });
    }
    // `ranged`: the whole EtherType range with source masks of 1..=32 top bits.
    let source_mask = |j: u32| (MAC_BITS << (47 - j)) & MAC_BITS;
    for j in 0..ranged_entries {
        let keys = vec![KeyMatch::Range(0, 0xffff), KeyMatch::Ternary(SOURCE & source_mask(j), source_mask(j))];
        add(&mut machine, &mut kernel, ranged, Entry { keys, priority: 10 + j, action: action_call(&module, ranged, "rewrite_source", 0x0200_0000_1000 + j as u128) });
    }
    // One distinct mask too many: the loader refuses it (the interpreter would take it).
    let (mac_mask, _) = rule_mask(3);
    let keys = vec![KeyMatch::Ternary(0, mac_mask), KeyMatch::Ternary(0, 0x00ff)];
    let refused = kernel.add_entry(rules, Entry { keys, priority: 1, action: action_call(&module, rules, "set_mark", 1) });
    assert!(refused.is_err(), "a 17th distinct mask was accepted");
    // A 33rd distinct source mask is no limit for the range scan (priority 1: it never wins).
    let keys = vec![KeyMatch::Range(0, 0xffff), KeyMatch::Ternary(0, 0x00ff)];
    add(&mut machine, &mut kernel, ranged, Entry { keys, priority: 1, action: action_call(&module, ranged, "rewrite_source", 1) });
    // Destinations and sources matching ever fewer slots.
    let mut packets = Vec::new();
    for j in 0..=48u32 {
        let flip = if j == 0 { 0 } else { 1u128 << (j - 1) };
        for &ether_type in &[ETHER_TYPES[0], ETHER_TYPES[0] ^ 0x0001, ETHER_TYPES[0] ^ 0x0100, ETHER_TYPES[1]] {
            packets.push(packet(BASE_DESTINATION ^ flip, SOURCE ^ flip, ether_type));
        }
    }
    let outputs = compare(&mut machine, &mut kernel, &packets, "every mask slot used");
    // The base packet matches every slot of both tables: the last ones win.
    assert_eq!(outputs[0].mark, 100 + rule_slots - 1, "{}", describe(&outputs[0]));
    assert_eq!(&outputs[0].data[6..12], &(0x0200_0000_1000u128 + ranged_entries as u128 - 1).to_be_bytes()[10..]);
    // Mark slot 5 of `rules` unused: the search must stop there, so the base packet now gets the
    // best of slots 0..5 (slot 4), although slots 6..16 still hold masks and matching rules.
    let masks_index = kernel.artifact.plan.tables[&rules].masks.expect("masks map");
    let masks_name = kernel.artifact.plan.maps[masks_index].name.clone();
    let masks = kernel.loaded.map(&masks_name).expect("masks map");
    let mut slot = masks.lookup(&5u32.to_le_bytes()).expect("lookup").expect("slot 5");
    slot[0..4].copy_from_slice(&0u32.to_le_bytes());
    masks.update(&5u32.to_le_bytes(), &slot, flowmark_runtime::kernel::UpdateMode::Any).expect("update");
    let got = kernel.run(&packets[0]).expect("run");
    assert_eq!(got.mark, 104, "search past an unused mask slot: {}", describe(&got));
}

/// Equal priorities: the interpreter picks the earliest inserted entry. Here the later entry's
/// mask has the earlier slot (an earlier, non-matching entry brought it), and in `ranged` a later
/// range expands to the very masked key of an earlier one; the kernel must still pick the
/// earliest entry. Then a better-priority entry inserted last wins, and replacing an entry (same
/// keys and priority) keeps its place.
fn equal_priorities(kind: ProgramKind) {
    let module = module();
    let (rules, ranged) = (table(&module, "pipe.rules"), table(&module, "pipe.ranged"));
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("load ({kind:?}): {e}"));
    let mut machine = Machine::new(&module);
    let mark = |m| action_call(&module, rules, "set_mark", m);
    let top24 = MAC_BITS & !0xff_ffff;
    let entry = |destination: u128, mask: u128, priority: u32, call: ActionCall| Entry {
        keys: vec![KeyMatch::Ternary(destination & mask, mask), KeyMatch::Ternary(0, 0)],
        priority,
        action: call,
    };
    // Slot 0: the whole destination (a rule no test packet matches); slot 1: its top 24 bits.
    add(&mut machine, &mut kernel, rules, entry(0x0200_0000_0001, MAC_BITS, 5, mark(1)));
    add(&mut machine, &mut kernel, rules, entry(BASE_DESTINATION, top24, 5, mark(2)));
    add(&mut machine, &mut kernel, rules, entry(BASE_DESTINATION, MAC_BITS, 5, mark(3)));
    // 0x8000..=0x8fff is one prefix; 0x7000..=0x8fff expands to 0x7/4 and that same 0x8/4.
    let rewrite = |source| action_call(&module, ranged, "rewrite_source", source);
    let any_source = KeyMatch::Ternary(0, 0);
    add(&mut machine, &mut kernel, ranged, Entry { keys: vec![KeyMatch::Range(0x8000, 0x8fff), any_source], priority: 5, action: rewrite(0x0200_0000_0a0a) });
    add(&mut machine, &mut kernel, ranged, Entry { keys: vec![KeyMatch::Range(0x7000, 0x8fff), any_source], priority: 5, action: rewrite(0x0200_0000_0b0b) });
    let packets = [packet(BASE_DESTINATION, SOURCE, 0x88b5), packet(BASE_DESTINATION ^ 1, SOURCE, 0x7777)];
    let outputs = compare(&mut machine, &mut kernel, &packets, &format!("equal priorities ({kind:?})"));
    assert_eq!(outputs[0].mark, 2, "{}", describe(&outputs[0]));
    assert_eq!(&outputs[0].data[6..12], &0x0200_0000_0a0au128.to_be_bytes()[10..]);
    assert_eq!(&outputs[1].data[6..12], &0x0200_0000_0b0bu128.to_be_bytes()[10..]);
    // Replacing the earliest entry (same keys and priority) keeps its rank; a higher priority
    // inserted last wins.
    add(&mut machine, &mut kernel, rules, entry(BASE_DESTINATION, top24, 5, mark(5)));
    let outputs = compare(&mut machine, &mut kernel, &packets, &format!("replaced entry ({kind:?})"));
    assert_eq!(outputs[0].mark, 5, "{}", describe(&outputs[0]));
    add(&mut machine, &mut kernel, rules, entry(BASE_DESTINATION, MAC_BITS & !0xff, 6, mark(4)));
    let outputs = compare(&mut machine, &mut kernel, &packets, &format!("higher priority ({kind:?})"));
    assert_eq!((outputs[0].mark, outputs[1].mark), (4, 4));
}

#[test]
fn equal_priorities_pick_the_earliest_entry_tc() {
    require_kernel!();
    equal_priorities(ProgramKind::Tc);
}

#[test]
fn equal_priorities_pick_the_earliest_entry_xdp() {
    require_kernel!();
    equal_priorities(ProgramKind::Xdp);
}
