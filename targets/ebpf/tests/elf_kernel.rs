//! The written objects in the real kernel through the standard tools: `bpftool prog loadall`
//! (libbpf 1.x: the verifier accepts every sample, TC and XDP), `bpftool btf dump file` (the map
//! BTF is what clang would emit), `bpftool map dump` after a load (prints the key and value
//! struct field names), `tc filter add ... bpf da obj O sec classifier` on a veth in a network
//! namespace the test creates, and `ip link set ... xdp obj O sec xdp`. Every pin directory and
//! namespace has a unique exact name and is removed also when the test fails.

mod support;

use std::path::{Path, PathBuf};

use flowmark_ebpf::elf::write_object;
use flowmark_ebpf::program::{Program, ProgramKind};
use flowmark_runtime::kernel::testing::{self, BpffsDir, TestNetns};
use flowmark_runtime::require_kernel;

/// A temporary directory for object files, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        let path = std::env::temp_dir().join(testing::unique_name("elf"));
        std::fs::create_dir(&path).unwrap();
        TempDir(path)
    }

    fn write(&self, program: &Program) -> PathBuf {
        let path = self.0.join(format!("{}.o", program.name));
        std::fs::write(&path, write_object(program).unwrap()).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn text(output: std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn samples() -> Vec<Program> {
    vec![
        support::return_value(ProgramKind::Tc, "ret0", 0),
        support::fixed_key_lookup(ProgramKind::Tc, 0),
        support::tc_mark_from_packet(),
        support::tc_set_mark(7),
        support::count_packets(ProgramKind::Tc, support::TC_ACT_OK),
        support::return_value(ProgramKind::Xdp, "xdp_pass", support::XDP_PASS),
        support::fixed_key_lookup(ProgramKind::Xdp, support::XDP_PASS),
        support::count_packets(ProgramKind::Xdp, support::XDP_PASS),
        support::xdp_meta_mark(7),
    ]
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn bpftool_loadall_accepts_every_sample() {
    require_kernel!(tools: ["bpftool"]);
    let objects = TempDir::new();
    for program in samples() {
        let object = objects.write(&program);
        let pins = BpffsDir::new("loadall");
        testing::run("bpftool", &["prog", "loadall", path_str(&object), path_str(&pins.path)])
            .unwrap_or_else(|why| panic!("{}: {why}", program.name));
        let pinned = pins.path.join(&program.name);
        let shown = text(testing::run("bpftool", &["prog", "show", "pinned", path_str(&pinned)]).unwrap());
        let kind = match program.kind {
            ProgramKind::Tc => "sched_cls",
            ProgramKind::Xdp => "xdp",
        };
        assert!(shown.contains(&format!("{kind}  name {}", program.name)), "{shown}");
        assert!(shown.contains("gpl"), "{shown}");
        drop(pins);
    }
}

#[test]
fn btf_describes_maps_like_clang() {
    require_kernel!(tools: ["bpftool"]);
    let objects = TempDir::new();
    let object = objects.write(&support::tc_mark_from_packet());
    let dump = text(testing::run("bpftool", &["btf", "dump", "file", path_str(&object)]).unwrap());
    for expected in [
        "INT 'int' size=4 bits_offset=0 nr_bits=32 encoding=SIGNED",
        "INT '__u32' size=4 bits_offset=0 nr_bits=32 encoding=(none)",
        "STRUCT 'flow_key' size=8 vlen=2",
        "'ipv4_dst_addr' type_id=",
        "STRUCT 'flow_value' size=16 vlen=3",
        "ARRAY '(anon)' type_id=1 index_type_id=1 nr_elems=64", // max_entries
        "'type' type_id=",
        "'max_entries' type_id=",
        "'key' type_id=",
        "'value' type_id=",
        "VAR 'flows' type_id=",
        "linkage=global",
        "DATASEC '.maps' size=32 vlen=1",
        "FUNC 'mark_flows' type_id=",
        "FWD '__sk_buff' fwd_kind=struct",
    ] {
        assert!(dump.contains(expected), "missing `{expected}` in\n{dump}");
    }
}

#[test]
fn bpftool_map_dump_prints_field_names() {
    require_kernel!(tools: ["bpftool"]);
    let objects = TempDir::new();
    let object = objects.write(&support::tc_mark_from_packet());
    let pins = BpffsDir::new("mapdump");
    let maps = pins.path.join("maps");
    testing::run("bpftool", &["prog", "loadall", path_str(&object), path_str(&pins.path), "pinmaps", path_str(&maps)]).unwrap();
    let flows = maps.join("flows");
    let update = format!(
        "map update pinned {} key hex 0a 00 00 01 35 00 00 00 value hex 2a 00 00 00 01 02 03 00 05 00 00 00 00 00 00 00",
        path_str(&flows)
    );
    testing::run("bpftool", &update.split(' ').collect::<Vec<_>>()).unwrap();
    let dump = text(testing::run("bpftool", &["map", "dump", "pinned", path_str(&flows)]).unwrap());
    for expected in ["\"ipv4_dst_addr\": 16777226", "\"dst_port\": 53", "\"mark\": 42", "\"tag\": [1,2,3", "\"hits\": 5"] {
        assert!(dump.contains(expected), "missing `{expected}` in\n{dump}");
    }
    let show = text(testing::run("bpftool", &["map", "show", "pinned", path_str(&flows)]).unwrap());
    assert!(show.contains("hash  name flows") && show.contains("key 8B  value 16B  max_entries 64") && show.contains("btf_id"), "{show}");

    // Per-CPU arrays: the key is a plain __u32 (all the kernel accepts), the value a struct.
    let counters_object = objects.write(&support::count_packets(ProgramKind::Tc, 0));
    let counter_pins = BpffsDir::new("mapdump");
    let counter_maps = counter_pins.path.join("maps");
    testing::run(
        "bpftool",
        &["prog", "loadall", path_str(&counters_object), path_str(&counter_pins.path), "pinmaps", path_str(&counter_maps)],
    )
    .unwrap();
    let dump = text(testing::run("bpftool", &["map", "dump", "pinned", path_str(&counter_maps.join("counters"))]).unwrap());
    assert!(dump.contains("\"key\": 0") && dump.contains("\"packets\": 0") && dump.contains("\"cpu\": 0"), "{dump}");
}

#[test]
fn tc_loads_classifiers_on_a_veth_in_a_netns() {
    require_kernel!(tools: ["tc", "ip"]);
    let objects = TempDir::new();
    let netns = TestNetns::create("elf-tc").unwrap();
    for program in samples().into_iter().filter(|p| p.kind == ProgramKind::Tc) {
        let object = objects.write(&program);
        netns.exec("tc", &["qdisc", "add", "dev", &netns.veth, "clsact"]).unwrap();
        netns
            .exec("tc", &["filter", "add", "dev", &netns.veth, "ingress", "bpf", "da", "obj", path_str(&object), "sec", "classifier"])
            .unwrap_or_else(|why| panic!("{}: {why}", program.name));
        let shown = text(netns.exec("tc", &["filter", "show", "dev", &netns.veth, "ingress"]).unwrap());
        assert!(shown.contains(&format!("name {}", program.name)) && shown.contains("direct-action"), "{shown}");
        netns.exec("tc", &["qdisc", "del", "dev", &netns.veth, "clsact"]).unwrap();
    }
}

#[test]
fn ip_link_attaches_xdp_programs_on_a_veth_in_a_netns() {
    require_kernel!(tools: ["ip"]);
    let objects = TempDir::new();
    let netns = TestNetns::create("elf-xdp").unwrap();
    for program in samples().into_iter().filter(|p| p.kind == ProgramKind::Xdp) {
        let object = objects.write(&program);
        netns
            .exec("ip", &["link", "set", "dev", &netns.veth, "xdp", "obj", path_str(&object), "sec", "xdp"])
            .unwrap_or_else(|why| panic!("{}: {why}", program.name));
        let shown = text(netns.exec("ip", &["link", "show", "dev", &netns.veth]).unwrap());
        assert!(shown.contains("prog/xdp id") && shown.contains(&format!("name {}", program.name)), "{shown}");
        netns.exec("ip", &["link", "set", "dev", &netns.veth, "xdp", "off"]).unwrap();
    }
}
