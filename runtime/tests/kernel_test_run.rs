//! `BPF_PROG_TEST_RUN` through the loader: TC verdicts, the output packet and `skb->mark` coming
//! back in the `__sk_buff` context (set by the program, or passed in and left alone) and the
//! kernel's rules for that context and for XDP's, a mark
//! looked up in a HASH map by a packet field, and the XDP metadata area (`bpf_xdp_adjust_meta`)
//! coming back in front of the packet with its length in the output `xdp_md`.

#[path = "../../targets/ebpf/tests/support/mod.rs"]
mod support;

use flowmark_ebpf::elf::write_object;
use flowmark_ebpf::program::ProgramKind;
use flowmark_runtime::kernel::{skb_context, xdp_context, Loaded, ProgramType, UpdateMode, SKB_CONTEXT_SIZE, XDP_CONTEXT_SIZE};
use flowmark_runtime::require_kernel;

#[test]
fn tc_mark_comes_back_in_the_context() {
    require_kernel!();
    let loaded = Loaded::load(&write_object(&support::tc_set_mark(7)).unwrap()).unwrap();
    assert_eq!(loaded.program_type(), ProgramType::SchedCls);
    let packet = support::udp_packet([10, 0, 0, 1], b"hello");
    let result = loaded.test_run(&packet, None, 1).unwrap();
    assert_eq!(result.retval, support::TC_ACT_OK as u32);
    assert_eq!(result.mark(), Some(7));
    assert_eq!(result.ctx_out.len(), SKB_CONTEXT_SIZE);
    assert_eq!(result.data_out, packet);
    assert_eq!(result.packet(), packet.as_slice());
    assert!(result.metadata().is_empty());

    // A mark passed in stays when the program does not touch it.
    let passive = Loaded::load(&write_object(&support::return_value(ProgramKind::Tc, "ret2", 2)).unwrap()).unwrap();
    let result = passive.test_run(&packet, Some(&skb_context(0xdead)), 1).unwrap();
    assert_eq!((result.retval, result.mark()), (2, Some(0xdead)));
    let result = passive.test_run(&packet, None, 1).unwrap();
    assert_eq!(result.mark(), Some(0));

    // The kernel's rules: only some __sk_buff fields may be set (not `len`, byte 0), and the
    // packet needs an Ethernet header.
    let mut bad = skb_context(0);
    bad[0] = 1;
    assert!(passive.test_run(&packet, Some(&bad), 1).is_err());
    let mut priority = skb_context(0);
    priority[32] = 6; // `priority` may be set
    assert!(passive.test_run(&packet, Some(&priority), 1).is_ok());
    assert!(passive.test_run(&[0; 13], None, 1).is_err());
    assert!(passive.test_run(&[0; 14], None, 1).is_ok());
    // With EtherType IPv4 the kernel wants the 20-byte IPv4 header too.
    assert!(passive.test_run(&packet[..33], None, 1).is_err());
    assert!(passive.test_run(&packet[..34], None, 1).is_ok());
    let mut ipv6 = vec![0u8; 54];
    ipv6[12..15].copy_from_slice(&[0x86, 0xdd, 0x60]);
    assert!(passive.test_run(&ipv6[..53], None, 1).is_err());
    assert!(passive.test_run(&ipv6, None, 1).is_ok());
}

#[test]
fn tc_mark_from_a_map_lookup_on_a_packet_field() {
    require_kernel!();
    let loaded = Loaded::load(&write_object(&support::tc_mark_from_packet()).unwrap()).unwrap();
    let flows = loaded.map("flows").unwrap();
    let mut key = vec![10, 0, 0, 1, 0, 0, 0, 0];
    let mut value = vec![0u8; 16];
    value[..4].copy_from_slice(&42u32.to_le_bytes());
    flows.update(&key, &value, UpdateMode::Any).unwrap();
    key[3] = 2;
    value[..4].copy_from_slice(&43u32.to_le_bytes());
    flows.update(&key, &value, UpdateMode::Any).unwrap();

    for (dst, mark) in [([10, 0, 0, 1], 42), ([10, 0, 0, 2], 43), ([10, 0, 0, 9], 0)] {
        let packet = support::udp_packet(dst, &[0xab; 22]);
        let result = loaded.test_run(&packet, None, 1).unwrap();
        assert_eq!((result.retval, result.mark()), (support::TC_ACT_OK as u32, Some(mark)), "{dst:?}");
        assert_eq!(result.data_out, packet);
    }
    // Shorter than the 34 bytes the program reads: dropped (TC_ACT_SHOT) by its bounds check.
    let result = loaded.test_run(&[0u8; 20], None, 1).unwrap();
    assert_eq!(result.retval, support::TC_ACT_SHOT as u32);
    // Timing: the kernel's average over many runs.
    let timed = loaded.test_run(&support::udp_packet([10, 0, 0, 1], &[]), None, 100_000).unwrap();
    assert!(timed.duration_ns > 0 && timed.duration_ns < 100_000, "{} ns", timed.duration_ns);
}

#[test]
fn xdp_metadata_comes_back_in_front_of_the_packet() {
    require_kernel!();
    let loaded = Loaded::load(&write_object(&support::xdp_meta_mark(7)).unwrap()).unwrap();
    assert_eq!(loaded.program_type(), ProgramType::Xdp);
    let packet = support::udp_packet([10, 0, 0, 1], b"payload");

    // No metadata in: the program adds 4 bytes holding the mark.
    let result = loaded.test_run(&packet, None, 1).unwrap();
    assert_eq!(result.retval, support::XDP_PASS as u32);
    assert_eq!(result.ctx_out.len(), XDP_CONTEXT_SIZE);
    assert_eq!(result.metadata(), &7u32.to_le_bytes());
    assert_eq!(result.packet(), packet.as_slice());
    assert_eq!(result.data_out.len(), 4 + packet.len());
    // xdp_md out: data = metadata length, data_end = metadata + packet.
    assert_eq!(&result.ctx_out[0..8], &[&4u32.to_le_bytes()[..], &(4 + packet.len() as u32).to_le_bytes()[..]].concat()[..]);

    // Metadata in (4 bytes in front of the packet, announced by xdp_md.data): the program grows
    // the area by 4 more bytes in front of it.
    let mut data_in = vec![0xaa, 0xbb, 0xcc, 0xdd];
    data_in.extend_from_slice(&packet);
    let ctx = xdp_context(4, data_in.len() as u32);
    let result = loaded.test_run(&data_in, Some(&ctx), 1).unwrap();
    assert_eq!(result.metadata(), &[7, 0, 0, 0, 0xaa, 0xbb, 0xcc, 0xdd]);
    assert_eq!(result.packet(), packet.as_slice());

    // The kernel's rules: 14 bytes at least, data_end not beyond the input, data_meta 0.
    assert!(loaded.test_run(&packet[..13], None, 1).is_err());
    assert!(loaded.test_run(&packet[..14], None, 1).is_ok());
    let mut bad = xdp_context(0, data_in.len() as u32 + 1);
    assert!(loaded.test_run(&data_in, Some(&bad), 1).is_err());
    bad = xdp_context(4, data_in.len() as u32);
    bad[8] = 4;
    assert!(loaded.test_run(&data_in, Some(&bad), 1).is_err());
}

#[test]
fn xdp_map_programs_run_too() {
    require_kernel!();
    let loaded = Loaded::load(&write_object(&support::count_packets(ProgramKind::Xdp, support::XDP_PASS)).unwrap()).unwrap();
    let packet = support::udp_packet([10, 0, 0, 1], &[]);
    let result = loaded.test_run(&packet, None, 4).unwrap();
    assert_eq!(result.retval, support::XDP_PASS as u32);
    assert!(result.metadata().is_empty());
    assert_eq!(result.packet(), packet.as_slice());
    assert_eq!(loaded.map("counters").unwrap().sum_u64(&0u32.to_le_bytes(), 0).unwrap(), 4);
}
