//! The datapath on live traffic: `ovs_hint.p4` attached as a TC classifier to one end of a veth
//! pair inside a network namespace made for the test, packets sent from the other end, read back
//! with their `skb->mark` from packet sockets. The first packet of each flow is a miss, the rest
//! hit by mark; the kernel Hint map holds exactly the installed flows; eviction removes them; the
//! filter and the namespace are removed at the end. Skips without root and bpf (see
//! `kernel::testing`).

mod datapath_support;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use datapath_support::*;
use flowmark_compiler::ir::HintId;
use flowmark_runtime::datapath::socket::{PacketSocket, ETH_P_IP};
use flowmark_runtime::datapath::{live, ClassifierMaps, Config, Datapath, Packet, PathTaken};
use flowmark_runtime::kernel::testing::TestNetns;
use flowmark_runtime::kernel::TcDirection;
use flowmark_runtime::require_kernel;

/// Read until `count` packets arrived (or two seconds passed).
fn receive(socket: &mut PacketSocket, count: usize, time_ns: u64) -> Vec<Packet> {
    let mut out = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(2);
    while out.len() < count && Instant::now() < deadline {
        let want = count - out.len();
        socket.recv(&mut out, want, Duration::from_millis(50), time_ns).expect("recv");
    }
    out
}

#[test]
fn live_veth_packets_hit_by_kernel_marks() {
    require_kernel!(tools: ["ip"]);
    let netns = TestNetns::create("dp-live").expect("netns");
    let _inside = netns.enter().expect("enter netns");
    let module = example("ovs_hint");
    let mut target = live::load_classifier(&module, None).expect("load classifier");
    let maps = Arc::new(live::kernel_classifier(&target, &module).expect("kernel maps"));
    let mut socket = PacketSocket::open(&netns.veth, &[ETH_P_IP]).expect("packet socket");
    let sender = PacketSocket::open(&netns.peer, &[ETH_P_IP]).expect("sender socket");
    target.loaded.attach_tc(&netns.veth, TcDirection::Ingress).expect("attach");

    let config = Config { idle_timeout_ns: 1_000_000_000, ..Config::default() };
    let dp = Datapath::new(&module, None, config, maps.clone(), &native).expect("datapath");
    let mut worker = dp.worker(0).expect("worker");
    let (flows, rounds) = (16u32, 4u32);
    let hint4 = HintId::from_u32(0);
    for round in 0..rounds {
        for flow in 0..flows {
            sender.send(&flow_packet(flow, round)).expect("send");
        }
        let mut batch = receive(&mut socket, flows as usize, 1_000 + u64::from(round));
        assert_eq!(batch.len(), flows as usize, "round {round}: every packet arrived");
        if round == 0 {
            assert!(batch.iter().all(|p| p.mark == 0), "no flow is installed yet");
        } else {
            assert!(batch.iter().all(|p| p.mark != 0), "round {round}: the classifier marked every packet");
        }
        worker.process(&mut batch);
        let expected = if round == 0 { PathTaken::Upcall } else { PathTaken::MarkHit };
        for p in &batch {
            assert_eq!(p.path, expected, "round {round}");
            assert_eq!(p.verdict, 0);
            if round > 0 {
                assert_eq!(p.flow_mark, p.mark, "the kernel's mark names the flow");
            }
        }
        if round == 0 {
            // The kernel Hint map holds exactly the installed flows.
            let mut installed: Vec<(Vec<u8>, u32)> = worker.flows().into_iter().map(|f| (f.hint_key, f.mark)).collect();
            installed.sort();
            assert_eq!(installed.len(), flows as usize);
            assert_eq!(maps.entries(hint4).expect("kernel entries"), installed);
        }
    }
    let stats = dp.stats();
    assert_eq!((stats.upcalls, stats.installs, stats.mark_hits), (16, 16, 48), "{stats:?}");

    // Idle eviction removes the kernel entries; the next packet arrives unmarked.
    worker.tick(10_000_000_000);
    assert_eq!(dp.stats().evictions, 16);
    assert!(maps.entries(hint4).expect("kernel entries").is_empty(), "eviction emptied the kernel map");
    sender.send(&flow_packet(0, 99)).expect("send");
    let again = receive(&mut socket, 1, 20_000_000_000);
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].mark, 0, "no mark after eviction");

    worker.evict_all();
    target.loaded.created().remove().expect("detach");
}

#[test]
fn live_run_loop_serves_a_device_until_stopped() {
    require_kernel!(tools: ["ip", "tc"]);
    let netns = TestNetns::create("dp-run").expect("netns");
    // Only the test's packets: no IPv6 router solicitations or MLD reports from the veths.
    for dev in ["all", "default", netns.veth.as_str(), netns.peer.as_str()] {
        let _ = netns.exec("sysctl", &["-qw", &format!("net.ipv6.conf.{dev}.disable_ipv6=1")]);
    }
    let (flows, rounds) = (8u32, 5u32);
    let stop = AtomicBool::new(false);
    let outcome = std::thread::scope(|scope| {
        let sender = scope.spawn(|| {
            let _inside = netns.enter().expect("enter netns");
            // Wait for the filter: the run loop attaches it last, after compiling and opening its
            // sockets.
            let deadline = Instant::now() + Duration::from_secs(30);
            while Instant::now() < deadline {
                let filters = netns.exec("tc", &["filter", "show", "dev", &netns.veth, "ingress"]).map(|o| o.stdout).unwrap_or_default();
                if String::from_utf8_lossy(&filters).contains("bpf") {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let socket = PacketSocket::open(&netns.peer, &[ETH_P_IP]).expect("sender");
            for round in 0..rounds {
                for flow in 0..flows {
                    socket.send(&flow_packet(flow, round)).expect("send");
                }
                std::thread::sleep(Duration::from_millis(300));
            }
            stop.store(true, std::sync::atomic::Ordering::SeqCst);
        });
        let _inside = netns.enter().expect("enter netns");
        let module = example("ovs_hint");
        let options = live::Options {
            device: netns.veth.clone(),
            config: Config { workers: 2, ..Config::default() },
            entries: None,
            duration: Some(Duration::from_secs(60)),
        };
        let outcome = live::run(&module, None, &options, &native, &stop, &mut |_| {}).expect("live run");
        sender.join().expect("sender");
        outcome
    });
    assert!(outcome.cleanup_error.is_none(), "{:?}", outcome.cleanup_error);
    let s = outcome.stats;
    assert_eq!((s.packets, s.upcalls, s.mark_hits), (u64::from(flows * rounds), 8, u64::from(flows * (rounds - 1))), "{s:?}");
    assert_eq!((s.evictions, s.flows), (8, 0), "everything evicted at the end: {s:?}");
    // The filter is gone: no clsact qdisc left on the device.
    let qdiscs = netns.exec("tc", &["qdisc", "show", "dev", &netns.veth]).map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    assert!(!qdiscs.contains("clsact"), "{qdiscs}");
}
