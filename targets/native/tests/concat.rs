//! Concatenation chains (the native code generator turns `a ++ b ++ c ...` into independent
//! shifts under one OR tree) against the reference interpreter: `tests/data/concat.p4` writes
//! chains of mixed widths (within 64 bits, across 64 bits, up to 128 bits, one sliced) into
//! header fields; random packets give the same bytes and mark.

mod common;

use flowmark_compiler::interp::{Machine, PacketInput};
use flowmark_native::NativePipeline;

#[test]
fn concatenation_chains_match_the_interpreter() {
    let module = common::compile_data("concat");
    let native = NativePipeline::new(&module).expect("native");
    let mut machine = Machine::new(&module);
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for round in 0..500 {
        let mut data = Vec::new();
        for _ in 0..64 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // Every other packet mostly all-ones bytes, to catch bits that leak across parts.
            data.push(if round % 2 == 0 { state as u8 } else { 0xff ^ (state as u8 & 0x11) });
        }
        let input = PacketInput { port: 1, data: data.clone(), mark: 0, time_ns: 0 };
        let expected = machine.run(&input);
        let mut packet = data;
        let got = native.process(&mut packet, 1, 0, 0);
        assert_eq!((packet, got.mark), (expected.data.clone(), expected.mark), "packet {round}");
    }
}
