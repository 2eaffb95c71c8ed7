//! Division fusion (`src/divisions.rs`) keeps quotients and remainders exact: packets with
//! random and boundary operands (zero divisors included) through `tests/data/divisions.p4` give
//! the marks computed here, on the reference interpreter and on the native target alike.

mod common;

use flowmark_compiler::stf::{run_stf, run_stf_interp};
use flowmark_native::NativePipeline;

/// The mark the program gives (division by zero gives 0, as everywhere in flowmark).
fn expected_mark(mode: u8, a: u16, b: u16, c: u32, d: u32) -> u32 {
    let (q16, r16) = (a.checked_div(b).unwrap_or(0), a.checked_rem(b).unwrap_or(0));
    let (q32, r32) = (c.checked_div(d).unwrap_or(0), c.checked_rem(d).unwrap_or(0));
    match mode {
        0 if r16 == 0 => 1 << 16 | u32::from(q16),
        0 => 2 << 16 | u32::from(r16),
        1 => u32::from(q16) << 16 | u32::from(r16),
        _ if r32 != 1 => q32 ^ r32,
        _ => 0,
    }
}

/// An STF file of packets over boundary and pseudo-random operands, with their expected marks.
fn stf() -> String {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let boundary = [0u32, 1, 2, 3, 7, 0xff, 0x100, 0xffff, 0x1_0000, 0xffff_fffe, 0xffff_ffff];
    let mut text = String::new();
    for i in 0..600 {
        let pick = |r: u64| if r.is_multiple_of(3) { boundary[(r >> 8) as usize % boundary.len()] } else { (r >> 16) as u32 };
        let (a, b) = (pick(next()) as u16, pick(next()) as u16);
        let (c, d) = (pick(next()), pick(next()) >> (next() % 32));
        let mode = (i % 3) as u8;
        let bytes = format!("{mode:02x} {a:04x} {b:04x} {c:08x} {d:08x}");
        let mark = expected_mark(mode, a, b, c, d);
        text += &format!("packet 0 {bytes}\nexpect 0 {bytes} mark={mark}\n");
    }
    text
}

#[test]
fn fused_divisions_match_the_interpreter() {
    let module = common::compile_data("divisions");
    let stf = stf();
    let reference = run_stf_interp(&module, &stf);
    assert!(reference.passed(), "interpreter:\n{reference}");
    let mut native = NativePipeline::new(&module).expect("native");
    let report = run_stf(&module, &stf, &mut native);
    assert!(report.passed() && report == reference, "native:\n{report}");
}
