//! 128-bit header fields used as table keys and kept in variables, in the real kernel against the
//! reference interpreter. The eBPF code generator reads such a field where it is used (no copy
//! on the stack) when nothing in the program changes the header's bytes or validity: `kept` sits
//! behind an optional tag, at no fixed offset, so its fields are read through its own pointer
//! (a read at the wrong base fails here); `rewritten` (a field written after the read) and
//! `dropped` (made invalid after the read) take the copy, and the values read before must hold.

mod kernel_support;

use flowmark_compiler::interp::PacketInput;
use flowmark_compiler::interp::Machine;
use flowmark_compiler::ir::{Entry, KeyMatch};
use flowmark_ebpf::ProgramKind;
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::require_kernel;

const PROGRAM: &str = r#"
#include <core.p4>
#include <flowmark.p4>

header tag_t { bit<8> present; }
header pair_t { bit<128> a; bit<128> b; }

struct headers_t {
    tag_t  first;
    tag_t  optional;
    pair_t kept;
    pair_t rewritten;
    pair_t dropped;
}

struct metadata_t { bit<8> unused; bit<128> saved; }

parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta,
           inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.first);
        transition select(hdr.first.present) {
            1: optional;
            default: pairs;
        }
    }
    state optional {
        packet.extract(hdr.optional);
        transition pairs;
    }
    state pairs {
        packet.extract(hdr.kept);
        packet.extract(hdr.rewritten);
        packet.extract(hdr.dropped);
        transition accept;
    }
}

control pipe(inout headers_t hdr, inout metadata_t meta,
             inout standard_metadata_t standard_metadata) {
    action set_mark(bit<32> mark) { standard_metadata.mark = standard_metadata.mark + mark; }
    table by_pair {
        key = { hdr.kept.a : exact; hdr.kept.b : exact; }
        actions = { set_mark; NoAction; }
        default_action = NoAction();
        size = 64;
    }
    table by_one {
        key = { meta.unused : exact; meta.saved : exact; }
        actions = { set_mark; NoAction; }
        default_action = NoAction();
        size = 64;
    }
    apply {
        if (!hdr.kept.isValid() || !hdr.rewritten.isValid() || !hdr.dropped.isValid()) {
            return;
        }
        bit<128> before_rewrite = hdr.rewritten.a;
        bit<128> before_drop = hdr.dropped.b;
        hdr.rewritten.a = hdr.rewritten.b;
        hdr.dropped.setInvalid();
        by_pair.apply();
        meta.saved = before_rewrite;
        by_one.apply();
        if (before_drop == hdr.kept.a) {
            standard_metadata.mark = standard_metadata.mark + 1000;
        }
    }
}

Flowmark(prs(), pipe()) main;
"#;

/// Values the packets' fields take, so entries hit.
const VALUES: [u128; 3] = [0x2001_0db8_0000_0000_0000_0000_0000_0001, 0xfe80_0000_0000_0000_0211_22ff_fe33_4455, u128::MAX];

fn wide_fields(kind: ProgramKind) {
    let module = kernel_support::compile("wide_fields", PROGRAM);
    let mut machine = Machine::new(&module);
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("load ({kind:?}): {e}"));
    let (by_pair, by_one) = (kernel_support::table(&module, "pipe.by_pair"), kernel_support::table(&module, "pipe.by_one"));
    for (i, &a) in VALUES.iter().enumerate() {
        for (j, &b) in VALUES.iter().enumerate() {
            let call = kernel_support::action_call(&module, by_pair, "set_mark", (10 * i + j) as u128);
            let entry = Entry { keys: vec![KeyMatch::Exact(a), KeyMatch::Exact(b)], priority: 0, action: call };
            kernel_support::add(&mut machine, &mut kernel, by_pair, entry);
        }
        let call = kernel_support::action_call(&module, by_one, "set_mark", 100 * (i as u128 + 1));
        let entry = Entry { keys: vec![KeyMatch::Exact(0), KeyMatch::Exact(a)], priority: 0, action: call };
        kernel_support::add(&mut machine, &mut kernel, by_one, entry);
    }
    let mut packets = Vec::new();
    for n in 0..81 {
        let pick = |k: usize| VALUES[(n / 3usize.pow(k as u32)) % 3];
        let mut data = vec![(n % 2) as u8];
        if n % 2 == 1 {
            data.push(0x55);
        }
        for k in 0..6 {
            // kept.a, kept.b, rewritten.a, rewritten.b, dropped.a, dropped.b
            data.extend(pick(k % 4).to_be_bytes());
        }
        data.extend([0u8; 8]);
        packets.push(PacketInput { port: 1, data, mark: 0, time_ns: 0 });
    }
    let outputs = kernel_support::compare(&mut machine, &mut kernel, &packets, &format!("{kind:?}"));
    let marks: std::collections::BTreeSet<u32> = outputs.iter().map(|o| o.mark).collect();
    assert!(marks.len() > 10 && marks.iter().any(|m| *m >= 1000), "entries hardly hit: marks {marks:?}");
}

#[test]
fn wide_fields_read_in_place_tc() {
    require_kernel!();
    wide_fields(ProgramKind::Tc);
}

#[test]
fn wide_fields_read_in_place_xdp() {
    require_kernel!();
    wide_fields(ProgramKind::Xdp);
}
