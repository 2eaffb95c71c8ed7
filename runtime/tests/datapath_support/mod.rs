//! Shared by the datapath tests: the native target as a datapath [`Engine`], example programs,
//! generated traces (etherparse) and the reference interpreter run over a trace.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use etherparse::PacketBuilder;
use flowmark_compiler::interp::{Machine, PacketInput, Verdict};
use flowmark_compiler::{compile_source, ir};
use flowmark_grammar::{FileLoader, SourceMap};
use flowmark_native::NativePipeline;
use flowmark_runtime::datapath::{Engine, Outcome, Packet};
use flowmark_runtime::Pipeline;

/// `NativePipeline` as a datapath engine.
pub struct Native(pub NativePipeline);

impl Engine for Native {
    fn run(&self, packet: &mut [u8], in_port: u32, mark: u32, time_ns: u64) -> Outcome {
        let o = self.0.process(packet, in_port, mark, time_ns);
        Outcome { verdict: o.verdict, mark: o.mark, out_port: o.out_port, parser_error: o.parser_error }
    }
    fn state(&self) -> &Arc<Pipeline> {
        self.0.state()
    }
}

/// The compiler the datapath is given.
pub fn native(module: &ir::Module) -> Result<Box<dyn Engine>, String> {
    Ok(Box::new(Native(NativePipeline::new(module).map_err(|e| e.to_string())?)))
}

struct Files;

impl FileLoader for Files {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join("examples").join(path)).map_err(|e| e.to_string())
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Compile P4 text (includes resolve in `examples/`).
pub fn compile_text(name: &str, text: &str) -> ir::Module {
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text.to_string());
    let (module, diagnostics) = compile_source(&mut sources, main, &Files, name);
    module.unwrap_or_else(|| panic!("{name}: {}", flowmark_grammar::render(&sources, &diagnostics)))
}

/// Compile `examples/NAME.p4`.
pub fn example(name: &str) -> ir::Module {
    let text = std::fs::read_to_string(root().join("examples").join(format!("{name}.p4"))).expect("read example");
    compile_text(name, &text)
}

/// One packet of flow `flow` (0..), number `seq` within the flow: IPv4 TCP (even flows) or UDP
/// (odd flows) between 10.x addresses, with an IP id and payload that change per packet.
pub fn flow_packet(flow: u32, seq: u32) -> Vec<u8> {
    let src = [10, 1, (flow >> 8) as u8, flow as u8];
    let dst = [10, 2, 0, (flow % 7) as u8 + 1];
    let builder = PacketBuilder::ethernet2([0x52, 0x54, 0, 0, 0, 0x0a], [0x52, 0x54, 0, 0, 0, 0x0b]).ipv4(src, dst, 64);
    let payload: Vec<u8> = (0..(16 + seq % 5)).map(|i| (i + seq) as u8).collect();
    let mut out = Vec::new();
    if flow.is_multiple_of(2) {
        let b = builder.tcp(10000 + (flow % 50000) as u16, 80, 1000 + seq, 65535);
        b.write(&mut out, &payload).expect("build tcp");
    } else {
        let b = builder.udp(20000 + (flow % 40000) as u16, 53);
        b.write(&mut out, &payload).expect("build udp");
    }
    // A different IPv4 identification per packet (the checksum is not checked by anyone here).
    out[18] = (seq >> 8) as u8;
    out[19] = seq as u8;
    out
}

/// F flows x P packets, round robin (every flow's first packet, then every flow's second...),
/// one microsecond apart.
pub fn round_robin(flows: u32, per_flow: u32) -> Vec<Packet> {
    let mut out = Vec::new();
    for seq in 0..per_flow {
        for flow in 0..flows {
            let n = out.len() as u64;
            out.push(Packet::new(flow_packet(flow, seq), 1, 0, 1_000 * (n + 1)));
        }
    }
    out
}

/// (verdict as the datapath codes it, out_port, bytes) per packet from the interpreter.
pub fn interpret(module: &ir::Module, entries: &str, packets: &[Packet]) -> Vec<(u32, u32, Vec<u8>)> {
    let mut machine = Machine::new(module);
    if !entries.is_empty() {
        let statements = flowmark_compiler::stf::parse_entries(module, entries).expect("entries parse");
        for (_, s) in &statements {
            flowmark_compiler::stf::apply_control(&mut machine, s).expect("entries apply");
        }
    }
    packets
        .iter()
        .map(|p| {
            let out = machine.run(&PacketInput { port: p.in_port, data: p.data.clone(), mark: 0, time_ns: p.time_ns });
            let (verdict, port) = match out.verdict {
                Verdict::Pass => (0, 0),
                Verdict::Drop => (1, 0),
                Verdict::Redirect(p) => (2, p),
            };
            (verdict, port, out.data)
        })
        .collect()
}

/// A temporary directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> Self {
        let path = std::env::temp_dir().join(format!("flowmark-{tag}-{}-{}", std::process::id(), rand_suffix()));
        std::fs::create_dir_all(&path).expect("temp dir");
        TempDir(path)
    }
}

fn rand_suffix() -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
