//! Small read-only headers copied at `extract` into a stack area (header-stack elements, a header
//! extracted in several places) and `++` of adjacent copies read as one load, against the
//! reference interpreter: `tests/data/copied_headers.p4` on random packets whose bytes are mostly
//! the parser's interesting values (end of list, "tag follows", "invalidate"), truncated at every
//! length.

mod common;

use flowmark_compiler::interp::Machine;
use flowmark_native::NativePipeline;

#[test]
fn copied_headers_read_as_the_interpreter_reads_them() {
    let module = common::compile_data("copied_headers");
    let native = NativePipeline::new(&module).expect("native");
    let mut machine = Machine::new(&module);
    let mut rng = common::Rng(0x9e37_79b9_7f4a_7c15);
    let mut tagged_twice = 0;
    for round in 0..3000 {
        let len = 15 + rng.below(30) as usize;
        let data: Vec<u8> = (0..len)
            .map(|_| match rng.below(6) {
                0 => 0,
                1 | 2 => 5,
                3 => 9,
                _ => rng.below(256) as u8,
            })
            .collect();
        let (got, expected) = common::run_both(&native, &mut machine, &data);
        assert_eq!(got, expected, "packet {round}: {data:02x?}");
        tagged_twice += usize::from(data[15..].iter().filter(|&&b| b == 5).count() >= 2);
    }
    // The random bytes do reach the interesting paths.
    assert!(tagged_twice > 100, "{tagged_twice}");
}
