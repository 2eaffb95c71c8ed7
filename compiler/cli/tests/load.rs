//! `flowmark load` / `flowmark unload` against the real kernel: an example is loaded with an entry
//! file, attached to a veth the test creates, pinned; the pinned table holds the entries; `unload`
//! removes the filter, the clsact qdisc and every pin. A load that cannot attach leaves nothing.

use flowmark_runtime::require_kernel;
use std::process::Command;

fn flowmark(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_flowmark"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run flowmark")
}

/// A veth pair in the current namespace, deleted by exact name on drop.
struct Veth(String);

impl Veth {
    fn create(name: &str) -> Veth {
        let peer = format!("{name}p");
        let status = Command::new("ip").args(["link", "add", name, "type", "veth", "peer", "name", &peer]).status().expect("ip");
        assert!(status.success(), "ip link add {name}");
        Command::new("ip").args(["link", "set", name, "up"]).status().expect("ip");
        Veth(name.to_string())
    }
}

impl Drop for Veth {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["link", "del", &self.0]).status();
    }
}

fn text(output: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn load_attach_fill_and_unload_leave_nothing_behind() {
    require_kernel!(tools: ["ip", "tc", "bpftool"]);
    let id = std::process::id() % 100_000;
    let device = format!("fml{id}");
    let name = format!("fmtest{id}");
    let veth = Veth::create(&device);
    let entries = std::env::temp_dir().join(format!("{name}.entries"));
    std::fs::write(&entries, "add pipe.ipv4_lpm hdr.ipv4.dstAddr:0x0a000000/8 set_nhop(dmac:0x020000001002, smac:0x020000000002, port:2)\n")
        .expect("write entries");
    let entries = entries.display().to_string();
    let output = flowmark(&["load", "examples/router.p4", "--entries", &entries, "--attach", &device, "--name", &name]);
    assert!(output.status.success(), "{}", text(&output));
    let filters = Command::new("tc").args(["filter", "show", "dev", &device, "ingress"]).output().expect("tc");
    assert!(String::from_utf8_lossy(&filters.stdout).contains("router_tc"), "filter missing");
    let pin = format!("/sys/fs/bpf/flowmark/{name}");
    let dump = Command::new("bpftool").args(["map", "dump", "pinned", &format!("{pin}/maps/pipe_ipv4_lpm")]).output().expect("bpftool");
    let dump = String::from_utf8_lossy(&dump.stdout);
    assert!(dump.contains("\"prefixlen\": 8") && dump.contains("hdr_ipv4_dstAddr"), "{dump}");
    let output = flowmark(&["unload", &name]);
    assert!(output.status.success(), "{}", text(&output));
    let filters = Command::new("tc").args(["filter", "show", "dev", &device, "ingress"]).output().expect("tc");
    assert!(String::from_utf8_lossy(&filters.stdout).trim().is_empty(), "filter left behind");
    let qdiscs = Command::new("tc").args(["qdisc", "show", "dev", &device]).output().expect("tc");
    assert!(!String::from_utf8_lossy(&qdiscs.stdout).contains("clsact"), "clsact left behind");
    assert!(!std::path::Path::new(&pin).exists(), "pin directory left behind");
    assert_eq!(flowmark(&["unload", &name]).status.code(), Some(1), "a second unload has nothing to remove");
    drop(veth);
}

#[test]
fn load_on_a_missing_device_fails_and_leaves_nothing() {
    require_kernel!(tools: ["ip", "tc", "bpftool"]);
    let name = format!("fmmissing{}", std::process::id() % 100_000);
    let output = flowmark(&["load", "examples/router.p4", "--attach", "no-such-dev0", "--name", &name]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(text(&output).contains("no-such-dev0"), "{}", text(&output));
    assert!(!std::path::Path::new(&format!("/sys/fs/bpf/flowmark/{name}")).exists());
    assert!(!std::path::Path::new(&format!("/run/flowmark/{name}")).exists());
}
