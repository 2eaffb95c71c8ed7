//! `flowmark run`: a generated pcap of F flows x P packets through `ovs_hint.p4` gives F upcalls
//! and F x (P - 1) mark hits in its JSON stats, writes the passed packets to a pcap that reads
//! back, prints a table without `--json`, and fails with a clear message on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use flowmark_runtime::datapath::pcap::{TraceReader, TraceWriter};
use flowmark_runtime::datapath::Packet;

fn flowmark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_flowmark"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run flowmark")
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("flowmark-run-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// An Ethernet/IPv4/UDP frame of flow `flow`, packet `seq`.
fn frame(flow: u32, seq: u32) -> Vec<u8> {
    let mut f = hex("52540000000b52540000000a0800");
    let payload: Vec<u8> = (0..12).map(|i| (i + seq) as u8).collect();
    let total = 20 + 8 + payload.len();
    f.extend_from_slice(&[0x45, 0, 0, total as u8, (seq >> 8) as u8, seq as u8, 0, 0, 64, 17, 0, 0]);
    f.extend_from_slice(&[10, 1, (flow >> 8) as u8, flow as u8, 10, 2, 0, 1]);
    f.extend_from_slice(&(20000 + flow as u16).to_be_bytes());
    f.extend_from_slice(&53u16.to_be_bytes());
    f.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    f.extend_from_slice(&[0, 0]);
    f.extend_from_slice(&payload);
    f
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex")).collect()
}

fn write_trace(path: &Path, flows: u32, per_flow: u32) -> Vec<Packet> {
    let mut packets = Vec::new();
    let mut writer = TraceWriter::create(path).expect("create");
    for seq in 0..per_flow {
        for flow in 0..flows {
            let p = Packet::new(frame(flow, seq), 0, 0, 1_000 * (packets.len() as u64 + 1));
            writer.write(&p).expect("write");
            packets.push(p);
        }
    }
    writer.finish().expect("finish");
    packets
}

#[test]
fn run_reports_upcalls_and_mark_hits_and_writes_passed_packets() {
    let dir = temp_dir("ok");
    let input = dir.join("in.pcap");
    let output = dir.join("out.pcapng");
    let packets = write_trace(&input, 48, 5);
    let out = flowmark(&["run", "examples/ovs_hint.p4", "--pcap", input.to_str().unwrap(), "--out", output.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let stats = &json["stats"];
    assert_eq!(json["mode"], "reuse");
    assert_eq!(stats["packets"], 240);
    assert_eq!(stats["upcalls"], 48);
    assert_eq!(stats["installs"], 48);
    assert_eq!(stats["mark_hits"], 48 * 4);
    assert_eq!(stats["pass"], 240);
    assert_eq!(json["packets_written"], 240);
    let back: Vec<Packet> = TraceReader::open(&output).expect("read output").map(|p| p.expect("packet")).collect();
    assert_eq!(back.len(), 240);
    for (a, b) in back.iter().zip(&packets) {
        assert_eq!((&a.data, a.time_ns), (&b.data, b.time_ns));
    }
    // The comments carry each packet's flow mark and verdict, read back as its incoming mark.
    assert!(back.iter().all(|p| p.mark != 0));

    let table = flowmark(&["run", "examples/ovs_hint.p4", "--pcap", input.to_str().unwrap(), "--workers", "2"]);
    assert!(table.status.success());
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("mark hits") && text.contains("upcalls (misses)") && text.contains("2 workers"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn run_rejects_bad_input_clearly() {
    let dir = temp_dir("bad");
    let garbage = dir.join("garbage.pcap");
    std::fs::write(&garbage, b"definitely not a capture file").expect("write");
    let out = flowmark(&["run", "examples/ovs_hint.p4", "--pcap", garbage.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("garbage.pcap: not a pcap or pcapng file"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let out = flowmark(&["run", "examples/ovs_hint.p4", "--pcap", garbage.to_str().unwrap(), "--workers", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--workers"));
    let entries = dir.join("bad.entries");
    std::fs::write(&entries, "add pipe.nosuch 1 NoAction()\n").expect("write");
    let input = dir.join("in.pcap");
    write_trace(&input, 1, 1);
    let out = flowmark(&["run", "examples/ovs_hint.p4", "--pcap", input.to_str().unwrap(), "--entries", entries.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.entries"), "{}", String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}
