//! Pinning and attaching through the loader, and removing exactly what was created: pins of the
//! program and maps under a fresh bpffs directory (a pinned map reopened by path sees the same
//! entries), a TC direct-action filter on a veth in a test network namespace (with the clsact
//! qdisc added and removed by the loader, or left alone when it was there before), an XDP link
//! kept by its pin, attachments that outlive the `Loaded` and are removed from the text record
//! alone, as `flowmark unload` will.

#[path = "../../targets/ebpf/tests/support/mod.rs"]
mod support;

use std::path::PathBuf;

use flowmark_ebpf::elf::write_object;
use flowmark_runtime::kernel::testing::{BpffsDir, TestNetns};
use flowmark_runtime::kernel::{Attachment, Created, Loaded, RawMap, TcDirection, UpdateMode};
use flowmark_runtime::require_kernel;

fn stdout(output: std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn pin_then_remove_leaves_nothing() {
    require_kernel!();
    let guard = BpffsDir::new("pin");
    let dir = guard.path.join("mark_flows");
    let mut loaded = Loaded::load(&write_object(&support::tc_mark_from_packet()).unwrap()).unwrap();
    loaded.pin(&dir).unwrap();
    assert!(dir.join("mark_flows").exists());
    assert!(dir.join("maps/flows").exists());
    assert_eq!(loaded.created().dirs, vec![guard.path.clone(), dir.clone(), dir.join("maps")]);
    assert!(loaded.pin(&dir).is_err(), "pinning twice into the same directory");

    // The pinned map is the program's map.
    loaded.map("flows").unwrap().update(&[10, 0, 0, 1, 0, 0, 0, 0], &[5; 16], UpdateMode::Any).unwrap();
    let reopened = RawMap::from_pin(&dir.join("maps/flows")).unwrap();
    assert_eq!(reopened.id(), loaded.map("flows").unwrap().id());
    assert_eq!(reopened.lookup(&[10, 0, 0, 1, 0, 0, 0, 0]).unwrap(), Some(vec![5; 16]));
    drop(reopened);

    loaded.unload().unwrap();
    assert!(!guard.path.exists(), "the directories the pin created are gone");
}

#[test]
fn pin_keeps_existing_parents() {
    require_kernel!();
    let guard = BpffsDir::new("pin");
    std::fs::create_dir(&guard.path).unwrap();
    let dir = guard.path.join("prog");
    let mut loaded = Loaded::load(&write_object(&support::tc_set_mark(1)).unwrap()).unwrap();
    loaded.pin(&dir).unwrap();
    // No maps: no maps directory.
    assert_eq!(loaded.created().dirs, vec![dir.clone()]);
    assert_eq!(loaded.created().pins, vec![dir.join("set_mark")]);
    loaded.created().remove().unwrap();
    assert!(guard.path.exists() && !dir.exists());
}

fn clsact_present(netns: &TestNetns) -> bool {
    stdout(netns.exec("tc", &["qdisc", "show", "dev", &netns.veth]).unwrap()).contains("clsact")
}

#[test]
fn tc_attach_and_detach_on_a_veth() {
    require_kernel!(tools: ["tc", "ip"]);
    let netns = TestNetns::create("attach-tc").unwrap();
    let record = {
        let _inside = netns.enter().unwrap();
        let mut loaded = Loaded::load(&write_object(&support::tc_mark_from_packet()).unwrap()).unwrap();
        let attachment = loaded.attach_tc(&netns.veth, TcDirection::Ingress).unwrap();
        let Attachment::Tc { created_clsact, .. } = &attachment else { panic!("{attachment:?}") };
        assert!(created_clsact);
        loaded.created().to_text()
        // `loaded` drops here: the filter must stay.
    };
    let shown = stdout(netns.exec("tc", &["filter", "show", "dev", &netns.veth, "ingress"]).unwrap());
    assert!(shown.contains("name mark_flows") && shown.contains("direct-action"), "{shown}");

    // Another "process": only the record is left.
    let created = Created::parse(&record).unwrap();
    assert_eq!(Created::parse(&created.to_text()).unwrap(), created);
    {
        let _inside = netns.enter().unwrap();
        created.remove().unwrap();
        // Removing twice is harmless.
        created.remove().unwrap();
    }
    let shown = stdout(netns.exec("tc", &["filter", "show", "dev", &netns.veth, "ingress"]).unwrap());
    assert!(shown.trim().is_empty(), "{shown}");
    assert!(!clsact_present(&netns), "the clsact qdisc the loader added is gone");
}

#[test]
fn tc_detach_keeps_a_clsact_it_did_not_create() {
    require_kernel!(tools: ["tc", "ip"]);
    let netns = TestNetns::create("attach-tc").unwrap();
    netns.exec("tc", &["qdisc", "add", "dev", &netns.veth, "clsact"]).unwrap();
    let _inside = netns.enter().unwrap();
    let mut loaded = Loaded::load(&write_object(&support::tc_set_mark(3)).unwrap()).unwrap();
    let ingress = loaded.attach_tc(&netns.veth, TcDirection::Ingress).unwrap();
    let egress = loaded.attach_tc(&netns.veth, TcDirection::Egress).unwrap();
    assert!(matches!(ingress, Attachment::Tc { created_clsact: false, .. }));
    assert!(matches!(egress, Attachment::Tc { direction: TcDirection::Egress, created_clsact: false, .. }));
    let shown = stdout(netns.exec("tc", &["filter", "show", "dev", &netns.veth, "egress"]).unwrap());
    assert!(shown.contains("name set_mark"), "{shown}");
    loaded.unload().unwrap();
    for direction in ["ingress", "egress"] {
        let shown = stdout(netns.exec("tc", &["filter", "show", "dev", &netns.veth, direction]).unwrap());
        assert!(shown.trim().is_empty(), "{direction}: {shown}");
    }
    assert!(clsact_present(&netns), "a qdisc someone else added stays");
}

#[test]
fn xdp_attach_and_detach_on_a_veth() {
    require_kernel!(tools: ["ip"]);
    let netns = TestNetns::create("attach-xdp").unwrap();
    let pins = BpffsDir::new("attach-xdp");
    let record = {
        let _inside = netns.enter().unwrap();
        let mut loaded = Loaded::load(&write_object(&support::xdp_meta_mark(7)).unwrap()).unwrap();
        loaded.pin(&pins.path).unwrap();
        let link: PathBuf = pins.path.join("link");
        loaded.attach_xdp(&netns.veth, &link).unwrap();
        assert!(link.exists());
        loaded.created().to_text()
    };
    let shown = stdout(netns.exec("ip", &["link", "show", "dev", &netns.veth]).unwrap());
    assert!(shown.contains("prog/xdp") && shown.contains("name meta_mark"), "{shown}");

    let created = Created::parse(&record).unwrap();
    {
        let _inside = netns.enter().unwrap();
        created.remove().unwrap();
    }
    let shown = stdout(netns.exec("ip", &["link", "show", "dev", &netns.veth]).unwrap());
    assert!(!shown.contains("prog/xdp"), "{shown}");
    assert!(!pins.path.exists());
}

#[test]
fn records_round_trip() {
    let created = Created {
        attachments: vec![
            Attachment::Tc { interface: "eth0".into(), direction: TcDirection::Egress, priority: 49152, handle: 1, created_clsact: true },
            Attachment::Xdp { interface: "eth1".into(), link_pin: "/sys/fs/bpf/flowmark/x/link eth1".into() },
        ],
        pins: vec!["/sys/fs/bpf/flowmark/x/prog".into()],
        dirs: vec!["/sys/fs/bpf/flowmark".into(), "/sys/fs/bpf/flowmark/x".into()],
    };
    assert_eq!(Created::parse(&created.to_text()).unwrap(), created);
    assert!(Created::parse("tc eth0 sideways 1 1 clsact-created").is_err());
    assert!(Created::parse("bogus").is_err());
}
