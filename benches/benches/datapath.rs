//! The datapath's per-packet cost on its three paths: a packet that arrives with its flow's mark
//! (mark hit), one without a mark whose flow is installed (the probe: parse, key, flow-cache hit),
//! and full classification (the whole pipeline, what every packet costs without the datapath),
//! at 1, 1k, 10k and 100k flows, on one and two workers. The pipeline is `acl.p4` with its STF
//! entries, keyed by the `ovs_hint.p4` classifier. Prints a table (ns per packet per worker and
//! aggregate Mpps) and writes it as an SVG bar chart to `target/datapath-bench.svg`.
//!
//! `cargo bench -p flowmark-benches --bench datapath` (`-- --quick` for shorter runs).

#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use flowmark_compiler::ir::Module;
use flowmark_grammar::{FileLoader, SourceMap};
use flowmark_native::NativePipeline;
use flowmark_runtime::datapath::{flow_hash, Config, Datapath, Engine, NoClassifier, Outcome, Packet, Worker, BATCH};
use flowmark_runtime::Pipeline;

struct Native(NativePipeline);

impl Engine for Native {
    fn run(&self, packet: &mut [u8], in_port: u32, mark: u32, time_ns: u64) -> Outcome {
        let o = self.0.process(packet, in_port, mark, time_ns);
        Outcome { verdict: o.verdict, mark: o.mark, out_port: o.out_port, parser_error: o.parser_error }
    }
    fn state(&self) -> &Arc<Pipeline> {
        self.0.state()
    }
}

fn native(module: &Module) -> Result<Box<dyn Engine>, String> {
    Ok(Box::new(Native(NativePipeline::new(module).map_err(|e| e.to_string())?)))
}

struct Files;
impl FileLoader for Files {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join("examples").join(path)).map_err(|e| e.to_string())
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn compile(name: &str) -> Module {
    let text = std::fs::read_to_string(root().join(format!("examples/{name}.p4"))).expect("example");
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text);
    flowmark_compiler::compile_source(&mut sources, main, &Files, name).0.expect("compiles")
}

fn entries(name: &str) -> String {
    let text = std::fs::read_to_string(root().join(format!("examples/{name}.stf"))).expect("stf");
    text.lines().filter(|l| l.starts_with("add ") || l.starts_with("setdefault ")).map(|l| format!("{l}\n")).collect()
}

/// A 64-byte TCP packet of flow `f` (distinct 5-tuples for up to 2^24 flows).
fn packet(f: u32) -> Vec<u8> {
    let src = [10, (f >> 16) as u8, (f >> 8) as u8, f as u8];
    let dst = [192, 168, 1, (f % 200) as u8 + 1];
    let mut out = Vec::new();
    etherparse::PacketBuilder::ethernet2([0x52, 0x54, 0, 0, 0, 0x0a], [0x52, 0x54, 0, 0, 0, 0x0b])
        .ipv4(src, dst, 64)
        .tcp(1024 + (f % 60000) as u16, [80, 443, 22, 8080][(f % 4) as usize], 1, 65535)
        .write(&mut out, &[0u8; 10])
        .expect("packet");
    out
}

#[derive(Clone, Copy)]
enum PathKind {
    MarkHit,
    NoMark,
    Full,
}

const PATHS: [(PathKind, &str); 3] = [(PathKind::MarkHit, "mark hit"), (PathKind::NoMark, "no mark (flow cache)"), (PathKind::Full, "full classification")];

/// Nanoseconds per packet of one thread processing `packets` over and over for `budget`.
fn measure_worker(worker: &mut Worker, packets: &mut [Packet], budget: Duration) -> (f64, u64) {
    let start = Instant::now();
    let mut done = 0u64;
    while start.elapsed() < budget {
        for chunk in packets.chunks_mut(BATCH) {
            worker.process(chunk);
        }
        done += packets.len() as u64;
    }
    (start.elapsed().as_nanos() as f64 / done as f64, done)
}

fn measure_full(engine: &dyn Engine, packets: &mut [Packet], budget: Duration) -> (f64, u64) {
    let start = Instant::now();
    let mut done = 0u64;
    while start.elapsed() < budget {
        for p in packets.iter_mut() {
            let out = engine.run(&mut p.data, p.in_port, 0, p.time_ns);
            std::hint::black_box(out);
        }
        done += packets.len() as u64;
    }
    (start.elapsed().as_nanos() as f64 / done as f64, done)
}

struct Row {
    flows: u32,
    workers: usize,
    path: &'static str,
    ns: f64,
    mpps: f64,
}

fn bench(acl: &Module, ovs: &Module, flows: u32, workers: usize, budget: Duration) -> Vec<Row> {
    let config = Config { workers, max_flows: flows * 2 + 1024, idle_timeout_ns: 0, ..Config::default() };
    let dp = Datapath::new(acl, Some(ovs), config, Arc::new(NoClassifier), &native).expect("datapath");
    dp.apply_entries(&entries("acl")).expect("entries");
    let mut shards: Vec<Vec<Packet>> = vec![Vec::new(); workers];
    for f in 0..flows {
        let data = packet(f);
        let w = (flow_hash(&data) % workers as u64) as usize;
        shards[w].push(Packet::new(data, 1, 0, 1));
    }
    let mut ws: Vec<Worker> = (0..workers).map(|w| dp.worker(w).expect("worker")).collect();
    // Install every flow (upcalls) and learn its mark.
    for (worker, shard) in ws.iter_mut().zip(shards.iter_mut()) {
        for chunk in shard.chunks_mut(BATCH) {
            worker.process(chunk);
        }
        assert!(shard.iter().all(|p| p.flow_mark != 0), "every flow installed");
    }
    // Measure over at least 1024 packets per worker (one flow is then 1024 packets of it), so
    // batches are full.
    for shard in shards.iter_mut() {
        let unique = shard.len();
        if unique > 0 {
            while shard.len() < 1024 {
                let copy = shard[shard.len() % unique].clone();
                shard.push(copy);
            }
        }
    }
    // Full classification: the pipeline alone, each thread with its own compiled copy over the
    // same entries.
    let fulls: Vec<Box<dyn Engine>> = (0..workers)
        .map(|_| {
            let e = native(acl).expect("pipeline");
            flowmark_runtime::host::apply_entries(e.state(), &entries("acl")).expect("entries");
            e
        })
        .collect();
    let mut rows = Vec::new();
    for (kind, name) in PATHS {
        for shard in shards.iter_mut() {
            for p in shard.iter_mut() {
                p.mark = match kind {
                    PathKind::MarkHit => p.flow_mark,
                    _ => 0,
                };
            }
        }
        let results: Vec<(f64, u64)> = std::thread::scope(|scope| {
            let handles: Vec<_> = ws
                .iter_mut()
                .zip(shards.iter_mut())
                .zip(&fulls)
                .filter(|((_, shard), _)| !shard.is_empty())
                .map(|((worker, shard), full)| {
                    scope.spawn(move || match kind {
                        PathKind::Full => measure_full(full.as_ref(), shard, budget),
                        _ => measure_worker(worker, shard, budget),
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().expect("thread")).collect()
        });
        let ns = results.iter().map(|r| r.0).sum::<f64>() / results.len() as f64;
        let mpps = results.iter().map(|r| 1e3 / r.0).sum::<f64>();
        rows.push(Row { flows, workers, path: name, ns, mpps });
    }
    let stats = dp.stats();
    assert_eq!(stats.upcalls, u64::from(flows), "{stats:?}");
    rows
}

fn svg(rows: &[Row]) -> String {
    let groups: Vec<(u32, usize)> = {
        let mut g: Vec<(u32, usize)> = rows.iter().map(|r| (r.flows, r.workers)).collect();
        g.dedup();
        g
    };
    let max = rows.iter().map(|r| r.ns).fold(1.0, f64::max);
    let (bar, gap, height, left, top) = (14.0, 16.0, 260.0, 60.0, 40.0);
    let width = (left + groups.len() as f64 * (3.0 * bar + gap) + 20.0).max(640.0);
    let colors = ["#2b8a3e", "#1971c2", "#c92a2a"];
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{:.0}\" font-family=\"sans-serif\" font-size=\"11\">\n",
        top + height + 70.0
    );
    out.push_str(&format!("<text x=\"{left}\" y=\"20\" font-size=\"13\">flowmark datapath: ns per packet per worker (acl.p4 keyed by ovs_hint.p4)</text>\n"));
    out.push_str(&format!("<line x1=\"{left}\" y1=\"{}\" x2=\"{width:.0}\" y2=\"{}\" stroke=\"black\"/>\n", top + height, top + height));
    for (gi, (flows, workers)) in groups.iter().enumerate() {
        let x0 = left + gi as f64 * (3.0 * bar + gap);
        for (pi, r) in rows.iter().filter(|r| r.flows == *flows && r.workers == *workers).enumerate() {
            let h = r.ns / max * height;
            out.push_str(&format!(
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{bar}\" height=\"{h:.1}\" fill=\"{}\"><title>{}: {:.1} ns</title></rect>\n",
                x0 + pi as f64 * bar,
                top + height - h,
                colors[pi % 3],
                r.path,
                r.ns
            ));
        }
        let label = if *flows >= 1000 { format!("{}k", flows / 1000) } else { flows.to_string() };
        out.push_str(&format!("<text x=\"{:.1}\" y=\"{}\">{label}/{workers}w</text>\n", x0, top + height + 14.0));
    }
    out.push_str(&format!("<text x=\"5\" y=\"{}\">{max:.0} ns</text>\n", top + 4.0));
    for (i, (_, name)) in PATHS.iter().enumerate() {
        let y = top + height + 34.0 + i as f64 * 12.0;
        out.push_str(&format!("<rect x=\"{left}\" y=\"{:.0}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{}\" y=\"{:.0}\">{name}</text>\n", y - 9.0, colors[i], left + 14.0, y));
    }
    out.push_str(&format!("<text x=\"{}\" y=\"{}\">flows / workers</text>\n</svg>\n", left + 200.0, top + height + 34.0));
    out
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let budget = Duration::from_millis(if quick { 100 } else { 500 });
    let acl = compile("acl");
    let ovs = compile("ovs_hint");
    let mut rows = Vec::new();
    for workers in [1usize, 2] {
        for flows in [1u32, 1_000, 10_000, 100_000] {
            rows.extend(bench(&acl, &ovs, flows, workers, budget));
        }
    }
    println!("| flows | workers | path | ns/packet/worker | Mpps (all workers) | vs full |");
    println!("|---:|---:|---|---:|---:|---:|");
    for r in &rows {
        let full = rows.iter().find(|f| f.flows == r.flows && f.workers == r.workers && f.path == PATHS[2].1).map_or(r.ns, |f| f.ns);
        println!("| {} | {} | {} | {:.1} | {:.2} | {:.1}x |", r.flows, r.workers, r.path, r.ns, r.mpps, full / r.ns);
    }
    let path = root().join("target").join("datapath-bench.svg");
    match std::fs::write(&path, svg(&rows)) {
        Ok(()) => println!("\nchart: {}", path.display()),
        Err(e) => println!("\nchart not written ({}): {e}", path.display()),
    }
}
