//! A byte read by `lookahead` and then extracted into a header the control rewrites: the value
//! read must be the received byte even where it is used after the finish block writes the
//! rewritten header back (the native target keeps lookahead reads in place for that reason;
//! header field reads move to their uses). Against the reference interpreter.

mod common;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_native::NativePipeline;

#[test]
fn a_lookahead_value_is_the_byte_as_received() {
    let module = common::compile_data("lookahead_written");
    let native = NativePipeline::new(&module).expect("native");
    let mut machine = Machine::new(&module);
    for first in [0u8, 7, 200, 255] {
        let data = vec![first, first.wrapping_add(3), 9, 9];
        let expected = machine.run(&PacketInput { port: 1, data: data.clone(), mark: 0, time_ns: 0 });
        let mut packet = data;
        let out = native.process(&mut packet, 1, 0, 0);
        assert_eq!((out.mark, packet), (expected.mark, expected.data.clone()), "first byte {first}");
        assert_eq!(expected.mark, u32::from(first));
    }
}
