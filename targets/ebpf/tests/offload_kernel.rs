//! Offload builds in the real kernel, in software mode (no NIC here: BPF_PROG_TEST_RUN runs the
//! same instructions the NIC would): every example that builds for offload, and two programs of
//! `offload_programs` that exercise what the examples leave out (a tuple-space ACL with packet and byte
//! counters, 32-bit multiplies, division and remainders by constants), pass their STF files and
//! give the interpreter's verdict, packet and counters packet by packet, for TC
//! (`TC_ACT_UNSPEC` read as pass) and XDP. And `--offload` on a veth, which cannot offload:
//! the load fails with a message naming the device and the kernel's error, and every map it
//! created is gone afterwards.

mod offload_programs;

use flowmark_compiler::interp::{Machine, PacketInput, PacketOutput, Verdict};
use flowmark_compiler::ir::Module;
use flowmark_compiler::stf::{self, Statement, Target};
use flowmark_ebpf::{Error, Options, ProgramKind};
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::kernel::offload;
use flowmark_runtime::kernel::testing::TestNetns;
use flowmark_runtime::require_kernel;
use offload_programs::{compile, example, example_names, ternary_acl, ARITHMETIC};
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

fn same(interp: &PacketOutput, kernel: &PacketOutput) -> bool {
    interp.verdict == kernel.verdict && interp.mark == kernel.mark && (interp.verdict == Verdict::Drop || interp.data == kernel.data)
}

fn describe(output: &PacketOutput) -> String {
    let hex: String = output.data.iter().map(|b| format!("{b:02x}")).collect();
    format!("{:?} mark {} data {hex}", output.verdict, output.mark)
}

/// The STF's statements on the interpreter and the offload build side by side: the same control
/// plane, every packet with the same result, and at the end every counter index equal.
fn lockstep(name: &str, module: &Module, stf_text: &str, kernel: &mut EbpfTarget<'_>) {
    let (statements, errors) = stf::parse_stf(module, stf_text);
    assert!(errors.is_empty(), "{name}: STF errors {errors:?}");
    let mut machine = Machine::new(module);
    let mut mismatches = Vec::new();
    let mut ran = 0;
    for (line, statement) in &statements {
        match statement {
            Statement::Control(control) => {
                let a = stf::entries::apply_control(&mut machine, control);
                let b = stf::entries::apply_control(kernel, control);
                assert_eq!(a.is_ok(), b.is_ok(), "{name}:{line}: control plane differs: {a:?} vs {b:?}");
            }
            Statement::Packet { port, data, mark } => {
                let input = PacketInput { port: *port, data: data.clone(), mark: *mark, time_ns: 0 };
                if kernel.cannot_run(&input).is_some() {
                    continue;
                }
                ran += 1;
                let expected = machine.run(&input);
                let got = kernel.run(&input).unwrap_or_else(|e| panic!("{name}:{line}: {e}"));
                if !same(&expected, &got) {
                    mismatches.push(format!("{name}:{line}: interpreter {} / kernel {}", describe(&expected), describe(&got)));
                }
            }
            _ => {}
        }
    }
    assert!(ran > 0, "{name}: no packet ran");
    for (id, counter) in module.counters.iter() {
        for index in 0..counter.size {
            let a = Target::read_counter(&mut machine, id, index).expect("interpreter counter");
            let b = kernel.read_counter(id, index).expect("kernel counter");
            if a != b {
                mismatches.push(format!("{name}: counter {}({index}): interpreter {a:?} / kernel {b:?}", counter.name));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// The STF file passes on a fresh offload load, then runs in lockstep with the interpreter.
fn check(name: &str, module: &Module, stf_text: &str, kind: ProgramKind) {
    let mut kernel = EbpfTarget::load_offload(module, kind).unwrap_or_else(|e| panic!("{name} ({kind:?}): {e}"));
    let report = stf::run_stf(module, stf_text, &mut kernel);
    assert!(report.passed(), "{name} ({kind:?}) offload build in the kernel:\n{report}");
    assert!(report.packets > report.skipped.len(), "{name}: every packet was skipped");
    let mut machine = Machine::new(module);
    let interpreted = stf::run_stf(module, stf_text, &mut machine);
    assert!(interpreted.passed(), "{name}: the interpreter fails its STF:\n{interpreted}");
    let mut kernel = EbpfTarget::load_offload(module, kind).unwrap_or_else(|e| panic!("{name} ({kind:?}): {e}"));
    lockstep(name, module, stf_text, &mut kernel);
}

/// Examples that build for offload (the others fail with diagnostics: `offload_examples.rs`).
fn offloadable(kind: ProgramKind) -> Vec<(String, Module, String)> {
    let mut out = Vec::new();
    for name in example_names() {
        let (_, module, stf_text) = example(&name);
        match flowmark_ebpf::compile(&module, &Options::offload(kind)) {
            Ok(_) => out.push((name, module, stf_text)),
            Err(Error::NotOffloadable(_)) => {}
            Err(other) => panic!("{name}: {other}"),
        }
    }
    assert!(!out.is_empty(), "no example builds for offload");
    out
}

#[test]
fn offloadable_examples_pass_their_stf_in_software_mode_tc() {
    require_kernel!();
    for (name, module, stf_text) in offloadable(ProgramKind::Tc) {
        check(&name, &module, &stf_text, ProgramKind::Tc);
    }
}

#[test]
fn offloadable_examples_pass_their_stf_in_software_mode_xdp() {
    require_kernel!();
    for (name, module, stf_text) in offloadable(ProgramKind::Xdp) {
        check(&name, &module, &stf_text, ProgramKind::Xdp);
    }
}

#[test]
fn ternary_acl_runs_offloaded_as_in_the_interpreter() {
    require_kernel!();
    let (module, stf_text) = ternary_acl();
    for kind in [ProgramKind::Tc, ProgramKind::Xdp] {
        check("acl_ternary", &module, &stf_text, kind);
    }
}

/// An IPv4 packet of `total` bytes of IP (at least 20) with these fields.
fn ipv4_packet(ttl: u8, protocol: u8, identification: u16, total: u16) -> String {
    let mut bytes = vec![0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 2, 0x08, 0x00];
    bytes.extend([0x45, 0x10]);
    bytes.extend(total.to_be_bytes());
    bytes.extend(identification.to_be_bytes());
    bytes.extend([0x40, 0x00, ttl, protocol, 0, 0, 10, 1, 2, 3, 192, 168, 7, 9]);
    bytes.resize(14 + total as usize, 0xab);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn arithmetic_and_counters_run_offloaded_as_in_the_interpreter() {
    require_kernel!();
    let (_, module) = compile("offload_arithmetic", ARITHMETIC);
    let mut stf_text = String::from("add pipe.by_proto hdr.ipv4.protocol:17 pipe.drop()\nadd pipe.by_proto hdr.ipv4.protocol:6 pipe.allow()\n");
    for (i, (ttl, protocol, total)) in [(64u8, 6u8, 40u16), (1, 17, 600), (255, 1, 1200), (128, 6, 1500), (7, 47, 20), (33, 6, 1024)].into_iter().enumerate() {
        stf_text.push_str(&format!("packet 0 {}\n", ipv4_packet(ttl, protocol, 0x1234 + 0x1111 * i as u16, total)));
    }
    stf_text.push_str("packet 0 ffffffffffff0200000000010806 0001080006040001\n");
    for kind in [ProgramKind::Tc, ProgramKind::Xdp] {
        let mut kernel = EbpfTarget::load_offload(&module, kind).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        lockstep("offload_arithmetic", &module, &stf_text, &mut kernel);
    }
}

/// Waits up to two seconds for the kernel to free map `id` (the last descriptor is closed).
fn map_gone(id: u32) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) {
        match offload::map_exists(id) {
            Ok(false) => return true,
            Ok(true) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => panic!("BPF_MAP_GET_FD_BY_ID {id}: {e}"),
        }
    }
    false
}


#[test]
fn offload_load_on_a_veth_fails_cleanly_and_leaves_no_map() {
    require_kernel!(tools: ["ip", "tc"]);
    let (_, module, _) = example("ebpf_filter");
    let netns = TestNetns::create("offload").expect("test netns");
    let inside = netns.enter().expect("enter the test netns");
    let device = netns.veth.clone();
    for kind in [ProgramKind::Tc, ProgramKind::Xdp] {
        let artifact = flowmark_ebpf::compile(&module, &Options::offload(kind)).expect("offload build");
        assert!(artifact.program.maps.len() >= 2, "the test wants several maps");
        // Program and maps for the veth: the kernel refuses the first map.
        let error = offload::Offloaded::load(&artifact.object, &device).expect_err("a veth cannot offload");
        let text = error.to_string();
        assert!(text.contains(&format!("`{device}`")), "{text}");
        assert!(text.contains("BPF_MAP_CREATE") && text.contains("os error"), "{text}");
        assert!(text.contains("no eBPF offload"), "{text}");
        assert!(error.closed_maps.is_empty(), "{text}");
        // Maps on the host and the program for the veth: the maps exist until the program is
        // refused, then every one of them is gone.
        let ifindex = offload::ifindex(&device).expect("ifindex");
        let binding = offload::Binding { program_ifindex: ifindex, map_ifindex: 0 };
        let error = offload::Offloaded::load_bound(&artifact.object, &device, binding).expect_err("a veth cannot offload");
        let text = error.to_string();
        assert!(text.contains("BPF_PROG_LOAD") && text.contains(&format!("`{device}`")), "{text}");
        assert_eq!(error.closed_maps.len(), artifact.program.maps.len(), "{text}");
        for id in &error.closed_maps {
            assert!(map_gone(*id), "map {id} still exists after the failed offload load");
        }
        // A software-loaded program attached in the NIC only: refused, and the clsact qdisc
        // added for it is removed again.
        let software = flowmark_ebpf::compile(&module, &Options::new(kind)).expect("software build");
        let loaded = flowmark_runtime::kernel::Loaded::load(&software.object).expect("software load");
        let fd = loaded.program_fd().expect("program fd").as_raw_fd();
        let refused = match kind {
            ProgramKind::Tc => offload::attach_tc_skip_sw(&device, fd, loaded.program_name()),
            ProgramKind::Xdp => offload::attach_xdp_offload(&device, fd),
        };
        let text = refused.expect_err("a veth runs nothing in hardware").to_string();
        assert!(text.contains(&format!("`{device}`")), "{text}");
        let qdiscs = netns.exec("tc", &["qdisc", "show", "dev", &device]).expect("tc qdisc show");
        let qdiscs = String::from_utf8_lossy(&qdiscs.stdout).into_owned();
        assert!(!qdiscs.contains("clsact"), "the clsact qdisc stayed: {qdiscs}");
        let links = netns.exec("ip", &["link", "show", "dev", &device]).expect("ip link show");
        assert!(!String::from_utf8_lossy(&links.stdout).contains("xdp"), "an XDP program stayed attached");
    }
    drop(inside);
}
