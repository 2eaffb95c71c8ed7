//! Switch statements (the native code generator makes compare chains of switches with at most
//! four distinct values and jump tables of bigger ones) against the reference interpreter:
//! `tests/data/switches.p4` switches on every byte value and on 64-bit values around the ends of
//! the range, writing which case ran into header fields.

mod common;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_native::NativePipeline;

#[test]
fn switches_match_the_interpreter_on_every_value() {
    let module = common::compile_data("switches");
    let native = NativePipeline::new(&module).expect("native");
    let mut machine = Machine::new(&module);
    let wide = [0u64, 1, 2, 0x7fff_ffff_ffff_ffff, 0x8000_0000_0000_0000, 0xffff_ffff_ffff_fffd, u64::MAX - 1, u64::MAX];
    for a in 0..=255u8 {
        let b = wide[usize::from(a) % wide.len()];
        let mut data = vec![a];
        data.extend(b.to_be_bytes());
        data.extend([0xee; 3]);
        let input = PacketInput { port: 1, data: data.clone(), mark: 0, time_ns: 0 };
        let expected = machine.run(&input);
        let mut packet = data;
        native.process(&mut packet, 1, 0, 0);
        assert_eq!(packet, expected.data, "a = {a}, b = {b:#x}");
    }
}
