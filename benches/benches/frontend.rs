//! Front-end speed: preprocessing, parsing, semantic analysis, lowering and IR verification of a
//! large generated program, reported by criterion as lines per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use flowmark_benches::generate_program;
use flowmark_grammar::{FileLoader, SourceMap};

struct NoFiles;
impl FileLoader for NoFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        Err(path.to_string())
    }
}

fn frontend(c: &mut Criterion) {
    let mut group = c.benchmark_group("frontend");
    for units in [100usize, 1000] {
        let program = generate_program(units);
        let lines = program.lines().count() as u64;
        group.throughput(Throughput::Elements(lines));
        group.sample_size(10);
        group.bench_function(format!("{lines}_lines"), |b| {
            b.iter(|| {
                let mut sources = SourceMap::default();
                let main = sources.add("generated.p4", program.clone());
                let (module, _) = flowmark_compiler::compile_source(&mut sources, main, &NoFiles, "generated");
                assert!(module.is_some());
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frontend);
criterion_main!(benches);
