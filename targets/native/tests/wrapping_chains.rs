//! Narrow arithmetic that wraps (`tests/data/wrapping_chains.p4`: chains of `+`, `-` and `*` on
//! 4-, 8-, 16- and 32-bit values, through parser variables into the control, with narrowing casts and
//! a signed value) against the reference interpreter, for every value of the first byte. The
//! native target leaves out operand masks of such chains; a mask it must keep shows here.

mod common;

use flowmark_compiler::interp::Machine;
use flowmark_native::NativePipeline;

#[test]
fn wrapping_chains_match_the_interpreter() {
    let module = common::compile_data("wrapping_chains");
    let native = NativePipeline::new(&module).expect("native");
    let mut machine = Machine::new(&module);
    let mut rng = common::Rng(0x5851_f42d_4c95_7f2d);
    for x in 0..=255u8 {
        for _ in 0..8 {
            let mut data = vec![x];
            data.extend((0..4).map(|_| rng.below(256) as u8));
            data.extend([0u8; 18]);
            let (got, expected) = common::run_both(&native, &mut machine, &data);
            assert_eq!(got, expected, "input {data:02x?}");
        }
    }
}
