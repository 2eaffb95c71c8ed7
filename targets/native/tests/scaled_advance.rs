//! `advance` by scaled byte counts that wrap (`tests/data/scaled_advance.p4`) against the
//! reference interpreter: 16-bit wraps that land inside an 8 KiB packet, 32-bit wraps that do
//! not, and bit counts that are not whole bytes.

mod common;

use flowmark_compiler::interp::Machine;
use flowmark_native::NativePipeline;

#[test]
fn scaled_advances_match_the_interpreter() {
    let module = common::compile_data("scaled_advance");
    let native = NativePipeline::new(&module).expect("native");
    let mut machine = Machine::new(&module);
    let mut rng = common::Rng(0x2545_f491_4f6c_dd1d);
    let mut accepted_after_wrap = 0;
    for n in [0u8, 1, 2, 3, 200, 255] {
        for m in [0u8, 1, 2, 3, 4, 255] {
            for q in [0u8, 1, 2, 3, 5, 7] {
                let len = if rng.below(2) == 0 { 8200 } else { 3 + rng.below(700) as usize };
                let mut data = vec![n, m, q];
                data.extend((3..len).map(|_| rng.below(256) as u8));
                let (got, expected) = common::run_both(&native, &mut machine, &data);
                assert_eq!(got, expected, "n {n} m {m} q {q} len {len}");
                accepted_after_wrap += usize::from(m < 3 && !expected.0);
            }
        }
    }
    // Some 16-bit wraps land inside the packet.
    assert!(accepted_after_wrap > 0);
}
