//! Temporary profiling loop.
use flowmark_compiler::stf::{apply_control, parse_stf, Statement};
struct Files;
impl flowmark_grammar::FileLoader for Files {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(format!("examples/{path}")).map_err(|e| e.to_string())
    }
}
fn main() {
    let name = std::env::args().nth(1).unwrap();
    let idx: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    let text = std::fs::read_to_string(format!("examples/{name}.p4")).unwrap();
    let mut sources = flowmark_grammar::SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text);
    let module = flowmark_compiler::compile_source(&mut sources, main, &Files, &name).0.unwrap();
    let mut p = flowmark_native::NativePipeline::new(&module).unwrap();
    let stf = std::fs::read_to_string(format!("examples/{name}.stf")).unwrap();
    let mut packets = vec![];
    for (_, s) in parse_stf(&module, &stf).0 {
        match s { Statement::Control(c) => apply_control(&mut p, &c).unwrap(), Statement::Packet { port, data, .. } => packets.push((port, data)), _ => {} }
    }
    let (port, mut data) = packets[idx].clone();
    let t = std::time::Instant::now();
    let n = 20_000_000u32;
    let mut acc = 0u32;
    for _ in 0..n { acc = acc.wrapping_add(p.process(std::hint::black_box(&mut data), port, 0, 0).mark); }
    let ns = t.elapsed().as_nanos() as f64 / n as f64;
    eprintln!("{name}: {ns:.1} ns/packet ({acc})");
}
