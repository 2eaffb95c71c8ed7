//! Tables the native target scans inline (range, ternary and lpm keys; at most 16 entries, more
//! go through the runtime) against the reference interpreter: `tests/data/linear_tables.p4` has
//! narrow keys, so random entries (overlapping ranges, signed ranges across zero, masks, prefixes,
//! priorities) often match random packets, and every bound and tie rule is exercised.

mod common;

use common::Rng;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_compiler::ir::{self, ActionCall, Entry, KeyMatch, MatchKind};
use flowmark_compiler::stf::Target;
use flowmark_native::NativePipeline;

fn random_key(rng: &mut Rng, key: &ir::TableKey) -> KeyMatch {
    let w = key.ty.width();
    let value = |rng: &mut Rng| u128::from(rng.next()) & ir::mask(w);
    match key.match_kind {
        MatchKind::Range => {
            let (a, b) = (value(rng), value(rng));
            if key.ty.is_signed() {
                // Bounds in signed order.
                let signed = |v: u128| ir::eval::sign_extend(v, w) as i128;
                if signed(a) <= signed(b) { KeyMatch::Range(a, b) } else { KeyMatch::Range(b, a) }
            } else {
                KeyMatch::Range(a.min(b), a.max(b))
            }
        }
        MatchKind::Ternary => {
            let mask = [0, ir::mask(w), value(rng)][rng.below(3) as usize];
            KeyMatch::Ternary(value(rng) & mask, mask)
        }
        MatchKind::Lpm => KeyMatch::Lpm(value(rng), rng.below(u64::from(w) + 1) as u16),
        MatchKind::Exact => KeyMatch::Exact(value(rng)),
    }
}

#[test]
fn linear_scans_match_the_interpreter() {
    let module = common::compile_data("linear_tables");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..60 {
        let mut native_target = NativePipeline::new(&module).expect("native");
        let mut machine = Machine::new(&module);
        // Mostly what the inline scan holds, now and then more (the runtime's path).
        let count = if round % 6 == 5 { 17 + rng.below(8) } else { 1 + rng.below(16) };
        for (table, decl) in module.tables.iter() {
            for _ in 0..count {
                let keys = decl.keys.iter().map(|k| random_key(&mut rng, k)).collect();
                let action = decl.actions[0];
                let entry = Entry { keys, priority: rng.below(3) as u32, action: ActionCall { action, args: vec![u128::from(rng.next() as u8)] } };
                let (a, b) = (machine.add_entry(table, entry.clone()), Target::add_entry(&mut native_target, table, entry));
                assert_eq!(a.is_ok(), b.is_ok(), "round {round}: {a:?} / {b:?}");
            }
        }
        for n in 0..200 {
            let bytes = rng.next().to_be_bytes();
            let data = vec![bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], 0, 0];
            let expected = machine.run(&PacketInput { port: 1, data: data.clone(), mark: 0, time_ns: 0 });
            let mut packet = data.clone();
            native_target.process(&mut packet, 1, 0, 0);
            assert_eq!(packet, expected.data, "round {round}, packet {n} {data:02x?}, {count} entries");
        }
    }
}
