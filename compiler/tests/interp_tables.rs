//! Interpreter tests of match-action tables: exact/lpm/ternary/range matching, priorities,
//! default actions, action data, const entries and control-plane validation.

mod interp_support;

use cranelift_entity::EntityRef;
use flowmark_compiler::interp::{Machine, PacketInput, Verdict};
use flowmark_compiler::ir::*;
use interp_support::*;

/// A program with one table keyed on `key_field` of ipv4 (or ethernet dst for exact) and actions
/// `set_mark(bit<32> m)` (mark = m), `rewrite_src(bit<48> src)` (ethernet src = src) and `drop()`.
struct TableProgram {
    m: Module,
    table: TableId,
    set_mark: ActionId,
    rewrite: ActionId,
    drop: ActionId,
}

/// Which header field a table is keyed on.
#[derive(Clone, Copy)]
struct Key {
    name: &'static str,
    on_ipv4: bool,
    field: u16,
    ty: Type,
    kind: MatchKind,
}

fn table_program(key: Key, default_drop: bool) -> TableProgram {
    let mut p = EthIpv4::new(Architecture::Flowmark);
    let key_header = if key.on_ipv4 { p.ipv4 } else { p.eth };
    let set_mark = p.b.action("pipe.set_mark", &[("m", Type::bits(32))]);
    let rewrite = p.b.action("pipe.rewrite_src", &[("src", Type::bits(48))]);
    let drop = p.b.action("pipe.drop", &[]);
    let default = if default_drop { drop } else { set_mark };
    let default_args = if default_drop { vec![] } else { vec![0xdef] };
    let table = p.b.table(
        "pipe.t",
        &[(key.name, key.ty, key.kind)],
        &[set_mark, rewrite, drop],
        ActionCall { action: default, args: default_args },
    );
    let std = p.b.m.standard.clone();
    let mut c = FnBuilder::new("pipe");
    let key = c.read_field(&p.b.m, key_header, key.field);
    let hit = c.value(Type::Bool);
    let action = c.value(Type::bits(32));
    let params: Vec<Value> = vec![c.value(Type::bits(32)), c.value(Type::bits(48))];
    c.push(Inst::TableApply { table, keys: vec![key], hit, action, params: params.clone() });
    let (b_mark, b_rewrite, b_drop, b_end) = (c.block(), c.block(), c.block(), c.block());
    c.term(Terminator::Switch {
        value: action,
        cases: vec![
            (set_mark.index() as u128, b_mark),
            (rewrite.index() as u128, b_rewrite),
            (drop.index() as u128, b_drop),
        ],
        default: b_end,
    });
    c.at(b_mark);
    c.write_var(std.mark.unwrap(), params[0]);
    c.term(Terminator::Jump(b_end));
    c.at(b_rewrite);
    c.write_field(p.eth, ETH_SRC, params[1]);
    c.term(Terminator::Jump(b_end));
    c.at(b_drop);
    c.set_var(&p.b.m, std.verdict.unwrap(), VERDICT_DROP);
    c.term(Terminator::Jump(b_end));
    c.at(b_end);
    // The ipv4 protocol field gets `hit` so tests can see it in the output packet.
    let hit8 = c.value(Type::bits(8));
    c.push(Inst::Cast { result: hit8, arg: hit });
    c.write_field(p.ipv4, IP_PROTO, hit8);
    let m = p.finish(c);
    TableProgram { m, table, set_mark, rewrite, drop }
}

fn exact_entry(value: u128, call: ActionCall) -> Entry {
    Entry { keys: vec![KeyMatch::Exact(value)], priority: 0, action: call }
}

fn packet_to(dst: [u8; 4]) -> PacketInput {
    let mut data = ipv4_packet();
    data[30..34].copy_from_slice(&dst);
    PacketInput { port: 1, data, mark: 0, time_ns: 0 }
}

fn eth_key() -> Key {
    Key { name: "hdr.ethernet.dstAddr", on_ipv4: false, field: ETH_DST, ty: Type::bits(48), kind: MatchKind::Exact }
}

fn ip_dst_key(kind: MatchKind) -> Key {
    Key { name: "hdr.ipv4.dstAddr", on_ipv4: true, field: IP_DST, ty: Type::bits(32), kind }
}

#[test]
fn exact_table_with_action_data_and_default() {
    let t = table_program(eth_key(), true);
    let mut machine = Machine::new(&t.m);
    let input = PacketInput { port: 1, data: ipv4_packet(), mark: 0, time_ns: 0 };
    // Miss: default drop, hit = 0.
    let out = machine.run(&input);
    assert_eq!(out.verdict, Verdict::Drop);
    assert_eq!(out.data[23], 0);
    // Hit: rewrite the source address; the deparser writes it into the packet.
    let call = ActionCall { action: t.rewrite, args: vec![0xaabb_ccdd_eeff] };
    machine.add_entry(t.table, exact_entry(1, call)).unwrap();
    let out = machine.run(&input);
    assert_eq!(out.verdict, Verdict::Pass);
    assert_eq!(&out.data[6..12], &[0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]);
    assert_eq!(out.data[23], 1, "hit");
    assert_eq!(out.data.len(), input.data.len());
    // A new default action with data.
    machine.clear_entries();
    machine.set_default(t.table, ActionCall { action: t.set_mark, args: vec![77] }).unwrap();
    let out = machine.run(&input);
    assert_eq!((out.verdict, out.mark, out.data[23]), (Verdict::Pass, 77, 0));
    // Re-adding the same key replaces the entry.
    machine.add_entry(t.table, exact_entry(1, ActionCall { action: t.set_mark, args: vec![1] })).unwrap();
    machine.add_entry(t.table, exact_entry(1, ActionCall { action: t.set_mark, args: vec![2] })).unwrap();
    assert_eq!(machine.entries(t.table).len(), 1);
    assert_eq!(machine.run(&input).mark, 2);
}

#[test]
fn lpm_longest_prefix_wins() {
    let t = table_program(ip_dst_key(MatchKind::Lpm), false);
    let mut machine = Machine::new(&t.m);
    let mark = |m: u128| ActionCall { action: t.set_mark, args: vec![m] };
    let lpm = |v: u128, len: u16, m: u128| Entry { keys: vec![KeyMatch::Lpm(v, len)], priority: 0, action: mark(m) };
    machine.add_entry(t.table, lpm(0x0a00_0000, 8, 8)).unwrap();
    machine.add_entry(t.table, lpm(0x0a01_0000, 16, 16)).unwrap();
    machine.add_entry(t.table, lpm(0, 0, 1)).unwrap();
    machine
        .add_entry(t.table, Entry { keys: vec![KeyMatch::Exact(0x0a01_0203)], priority: 0, action: mark(32) })
        .unwrap();
    assert_eq!(machine.run(&packet_to([10, 1, 2, 3])).mark, 32);
    assert_eq!(machine.run(&packet_to([10, 1, 2, 4])).mark, 16);
    assert_eq!(machine.run(&packet_to([10, 2, 2, 4])).mark, 8);
    assert_eq!(machine.run(&packet_to([11, 2, 2, 4])).mark, 1);
}

#[test]
fn ternary_priority_then_insertion_order() {
    let t = table_program(ip_dst_key(MatchKind::Ternary), false);
    let mut machine = Machine::new(&t.m);
    let mark = |m: u128| ActionCall { action: t.set_mark, args: vec![m] };
    let tern = |v: u128, mask: u128, prio: u32, m: u128| Entry {
        keys: vec![KeyMatch::Ternary(v, mask)],
        priority: prio,
        action: mark(m),
    };
    machine.add_entry(t.table, tern(0x0a00_0000, 0xff00_0000, 1, 1)).unwrap();
    machine.add_entry(t.table, tern(0x0000_0003, 0x0000_00ff, 5, 5)).unwrap();
    machine.add_entry(t.table, tern(0x0000_0000, 0x0000_0000, 5, 6)).unwrap();
    assert_eq!(machine.run(&packet_to([10, 0, 0, 3])).mark, 5);
    assert_eq!(machine.run(&packet_to([10, 0, 0, 4])).mark, 6, "equal priority: the earlier entry");
    machine.clear_entries();
    machine.add_entry(t.table, tern(0x0a00_0000, 0xff00_0000, 1, 1)).unwrap();
    assert_eq!(machine.run(&packet_to([10, 9, 9, 9])).mark, 1);
    assert_eq!(machine.run(&packet_to([11, 9, 9, 9])).mark, 0xdef, "miss: default with its argument");
}

#[test]
fn range_matches_inclusive() {
    let t = table_program(ip_dst_key(MatchKind::Range), false);
    let mut machine = Machine::new(&t.m);
    let entry = Entry {
        keys: vec![KeyMatch::Range(0x0a00_0005, 0x0a00_0009)],
        priority: 0,
        action: ActionCall { action: t.set_mark, args: vec![3] },
    };
    machine.add_entry(t.table, entry).unwrap();
    assert_eq!(machine.run(&packet_to([10, 0, 0, 5])).mark, 3);
    assert_eq!(machine.run(&packet_to([10, 0, 0, 9])).mark, 3);
    assert_eq!(machine.run(&packet_to([10, 0, 0, 10])).mark, 0xdef);
    assert_eq!(machine.run(&packet_to([10, 0, 0, 4])).mark, 0xdef);
}

#[test]
fn const_entries_earlier_wins_and_table_is_read_only() {
    let mut t = table_program(ip_dst_key(MatchKind::Ternary), false);
    let mark = |m: u128| ActionCall { action: t.set_mark, args: vec![m] };
    t.m.tables[t.table].const_entries = Some(vec![
        Entry { keys: vec![KeyMatch::Ternary(0x0a00_0000, 0xff00_0000)], priority: 0, action: mark(1) },
        Entry { keys: vec![KeyMatch::Ternary(0, 0)], priority: 0, action: mark(2) },
    ]);
    let mut machine = Machine::new(&t.m);
    assert_eq!(machine.run(&packet_to([10, 0, 0, 1])).mark, 1);
    assert_eq!(machine.run(&packet_to([11, 0, 0, 1])).mark, 2);
    let err = machine.add_entry(t.table, Entry { keys: vec![KeyMatch::Exact(1)], priority: 9, action: mark(3) });
    assert!(err.unwrap_err().contains("const"));
    machine.clear_entries();
    assert_eq!(machine.run(&packet_to([10, 0, 0, 1])).mark, 1, "const entries survive remove all");
}

#[test]
fn control_plane_validation() {
    let mut t = table_program(ip_dst_key(MatchKind::Lpm), false);
    t.m.tables[t.table].size = 2;
    let mut machine = Machine::new(&t.m);
    let mark = |m: u128| ActionCall { action: t.set_mark, args: vec![m] };
    let entry = |k: KeyMatch, a: ActionCall| Entry { keys: vec![k], priority: 0, action: a };
    let err = |r: Result<(), String>| r.unwrap_err();
    assert!(err(machine.add_entry(t.table, Entry { keys: vec![], priority: 0, action: mark(1) })).contains("1 key"));
    assert!(err(machine.add_entry(t.table, entry(KeyMatch::Ternary(0, 0), mark(1)))).contains("lpm"));
    assert!(err(machine.add_entry(t.table, entry(KeyMatch::Range(0, 1), mark(1)))).contains("range"));
    assert!(err(machine.add_entry(t.table, entry(KeyMatch::Exact(1 << 32), mark(1)))).contains("does not fit"));
    assert!(err(machine.add_entry(t.table, entry(KeyMatch::Lpm(0, 33), mark(1)))).contains("prefix length 33"));
    let bad_args = ActionCall { action: t.set_mark, args: vec![] };
    assert!(err(machine.add_entry(t.table, entry(KeyMatch::Exact(1), bad_args))).contains("parameter"));
    let wide = ActionCall { action: t.set_mark, args: vec![1 << 40] };
    assert!(err(machine.add_entry(t.table, entry(KeyMatch::Exact(1), wide))).contains("does not fit"));
    let mut m2 = t.m.clone();
    let other = m2.actions.push(Action { name: "other".into(), params: vec![], span: Default::default() });
    let mut machine2 = Machine::new(&m2);
    let not_in_table = ActionCall { action: other, args: vec![] };
    assert!(err(machine2.add_entry(t.table, entry(KeyMatch::Exact(1), not_in_table.clone()))).contains("not an action"));
    assert!(err(machine2.set_default(t.table, not_in_table)).contains("not an action"));
    machine.add_entry(t.table, entry(KeyMatch::Exact(1), mark(1))).unwrap();
    machine.add_entry(t.table, entry(KeyMatch::Exact(2), mark(1))).unwrap();
    assert!(err(machine.add_entry(t.table, entry(KeyMatch::Exact(3), mark(1)))).contains("full"));
    // An Exact value on an lpm key is a full prefix.
    assert_eq!(machine.entries(t.table)[0].keys[0], KeyMatch::Lpm(1, 32));
    t.m.tables[t.table].default_is_const = true;
    let mut machine = Machine::new(&t.m);
    assert!(err(machine.set_default(t.table, mark(1))).contains("const"));
    assert!(machine.add_entry(TableId::new(9), entry(KeyMatch::Exact(1), mark(1))).is_err());
    let _ = (t.rewrite, t.drop);
}

#[test]
fn only_the_running_actions_slots_are_filled() {
    // rewrite_src's slot is the second; set_mark's data must not leak into it.
    let t = table_program(eth_key(), false);
    let mut machine = Machine::new(&t.m);
    machine.add_entry(t.table, exact_entry(1, ActionCall { action: t.set_mark, args: vec![5] })).unwrap();
    let out = machine.run(&PacketInput { port: 1, data: ipv4_packet(), mark: 0, time_ns: 0 });
    assert_eq!(out.mark, 5);
    assert_eq!(&out.data[6..12], &ipv4_packet()[6..12]);
    assert_eq!(t.m.param_slots(t.table, t.rewrite), 1..2);
}
