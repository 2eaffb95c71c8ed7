//! Shared by the native target's tests: the examples under `examples/`, compiled.
#![allow(dead_code)]

use flowmark_compiler::{compile_source, ir};
use flowmark_grammar::{FileLoader, SourceMap};
use std::path::{Path, PathBuf};

/// Includes resolve inside `examples/`.
pub struct Files;

impl FileLoader for Files {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join("examples").join(path)).map_err(|e| e.to_string())
    }
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Names of every `examples/*.p4`, sorted.
pub fn example_names() -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(root().join("examples"))
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "p4"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    found.sort();
    found
}

/// Compile `examples/NAME.p4`.
pub fn compile(name: &str) -> ir::Module {
    compile_file(&root().join("examples").join(format!("{name}.p4")), name)
}

/// Compile `targets/native/tests/data/NAME.p4` (the native target's own test programs).
pub fn compile_data(name: &str) -> ir::Module {
    compile_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(format!("{name}.p4")), name)
}

fn compile_file(path: &Path, name: &str) -> ir::Module {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text);
    let (module, diagnostics) = compile_source(&mut sources, main, &Files, name);
    module.unwrap_or_else(|| panic!("{name}: {}", flowmark_grammar::render(&sources, &diagnostics)))
}

/// The STF text of an example ("" when it has none).
pub fn stf(name: &str) -> String {
    std::fs::read_to_string(root().join("examples").join(format!("{name}.stf"))).unwrap_or_default()
}

/// xorshift64*: the random choices of the differential tests (seeded by them).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn wide(&mut self) -> u128 {
        (u128::from(self.next()) << 64) | u128::from(self.next())
    }
    /// A value of `width` bits, often small or all ones (to hit boundaries).
    pub fn value(&mut self, width: u16) -> u128 {
        let v = match self.below(4) {
            0 => self.below(4) as u128,
            1 => ir::mask(width),
            _ => self.wide(),
        };
        v & ir::mask(width)
    }
}

/// What a test compares of one packet's run: dropped, mark, parser error, the packet's bytes.
pub type Observed = (bool, u32, u32, Vec<u8>);

/// Run `data` (from port 1, mark 0) through the native pipeline and the interpreter: (native,
/// interpreter).
pub fn run_both(
    native: &flowmark_native::NativePipeline,
    machine: &mut flowmark_compiler::interp::Machine,
    data: &[u8],
) -> (Observed, Observed) {
    let input = flowmark_compiler::interp::PacketInput { port: 1, data: data.to_vec(), mark: 0, time_ns: 0 };
    let expected = machine.run(&input);
    let mut packet = data.to_vec();
    let got = native.process(&mut packet, 1, 0, 0);
    let dropped = expected.verdict != flowmark_compiler::interp::Verdict::Pass;
    ((got.verdict == 1, got.mark, got.parser_error, packet), (dropped, expected.mark, expected.parser_error, expected.data))
}
