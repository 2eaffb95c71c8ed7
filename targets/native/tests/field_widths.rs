//! Every example with one `bit<N>` of its own text or of `include/headers.p4` changed to another
//! width (1, 63, 64, 65, 127 or 128 bits, two per occurrence) compiles on the native target
//! whenever the front end accepts it: the code generator has no width it cannot lower (a
//! `bit<64>` header field once failed Cranelift's verifier, and no example had one).

mod common;

use flowmark_grammar::{FileLoader, SourceMap};

const WIDTHS: [u32; 6] = [1, 63, 64, 65, 127, 128];
const INCLUDE: &str = "include/headers.p4";

/// Files under `examples/`, with `include/headers.p4` replaced by `include`.
struct Variant<'a> {
    include: &'a str,
}

impl FileLoader for Variant<'_> {
    fn load(&self, path: &str) -> Result<String, String> {
        if path == INCLUDE {
            return Ok(self.include.to_string());
        }
        std::fs::read_to_string(common::root().join("examples").join(path)).map_err(|e| e.to_string())
    }
}

/// `text` with each `bit<N>` occurrence in turn set to two of [`WIDTHS`] (rotating with the
/// occurrence's index, so every width is used).
fn width_variants(text: &str) -> Vec<(usize, u32, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut index = 0;
    while let Some(found) = text[at..].find("bit<") {
        let start = at + found + 4;
        let Some(len) = text[start..].find('>') else { break };
        at = start + len;
        if !text[start..at].chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        for k in 0..2 {
            let width = WIDTHS[(2 * index + k) % WIDTHS.len()];
            out.push((start, width, format!("{}{width}{}", &text[..start], &text[at..])));
        }
        index += 1;
    }
    out
}

fn compiles_on_native(name: &str, main_text: String, include: &str) -> bool {
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), main_text);
    let (module, _) = flowmark_compiler::compile_source(&mut sources, main, &Variant { include }, name);
    let Some(module) = module else { return false };
    if let Err(e) = flowmark_native::clif(&module) {
        panic!("{name}: {e}");
    }
    true
}

#[test]
fn every_width_the_front_end_accepts_compiles_on_native() {
    let include = std::fs::read_to_string(common::root().join("examples").join(INCLUDE)).expect("include");
    let mut compiled = 0;
    let names = common::example_names();
    for name in &names {
        let text = std::fs::read_to_string(common::root().join("examples").join(format!("{name}.p4"))).expect("example");
        for (at, width, variant) in width_variants(&text) {
            if compiles_on_native(&format!("{name} (bit<{width}> at byte {at})"), variant, &include) {
                compiled += 1;
            }
        }
    }
    // The shared header file, each variant with the examples that include it, in turn.
    let users: Vec<&String> = names
        .iter()
        .filter(|n| std::fs::read_to_string(common::root().join("examples").join(format!("{n}.p4"))).is_ok_and(|t| t.contains(INCLUDE)))
        .collect();
    for (i, (at, width, variant)) in width_variants(&include).into_iter().enumerate() {
        let name = users[i % users.len()];
        let text = std::fs::read_to_string(common::root().join("examples").join(format!("{name}.p4"))).expect("example");
        if compiles_on_native(&format!("{name} ({INCLUDE}: bit<{width}> at byte {at})"), text, &variant) {
            compiled += 1;
        }
    }
    // Enough variants type-check (most widths are tied to other fields and constants); 30 when
    // this test was written, most of them 64- and 128-bit fields.
    assert!(compiled >= 20, "{compiled} variants compiled");
}
