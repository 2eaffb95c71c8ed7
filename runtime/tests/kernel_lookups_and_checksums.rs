//! Lookup results used as branch conditions, and the IPv4 header checksum, in the real kernel
//! against the reference interpreter, on shapes the examples cover only in part. The eBPF code
//! generator branches on a lookup's result pointer wherever the `hit` of the apply is only tested
//! (negated, inside `||` and `&&`, in later blocks), and keeps a 0/1 register where the value is
//! stored; the checksum's one's-complement folds must carry correctly for the largest sums (every
//! header byte 0xff) as well as for ordinary ones.

use flowmark_compiler::interp::{Machine, PacketInput, Verdict};
use flowmark_compiler::ir::Module;
use flowmark_compiler::stf::{self, Statement, Target};
use flowmark_ebpf::ProgramKind;
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::require_kernel;

mod datapath_support;

/// Three tables whose `hit` is kept in a variable, negated at the end of an `||` chain and tested
/// inside `&&`; the routed path recomputes the checksum.
const PROGRAM: &str = include_str!("../../tests/programs/lookups_and_checksums.p4");

const ENTRIES: &str = "
add pipe.sources hdr.ethernet.srcAddr:0x020000000009 NoAction()
add pipe.macs hdr.ethernet.dstAddr:0x020000000001 set_mark(value:5)
add pipe.macs hdr.ethernet.dstAddr:0xffffffffffff NoAction()
add pipe.routes hdr.ipv4.dstAddr:0x0a000000/8 set_source(smac:0x0a0b0c0d0e0f, tag:0x1234)
add pipe.routes hdr.ipv4.dstAddr:0xffffff00/24 NoAction()
";

fn module() -> Module {
    datapath_support::compile_text("lookups_and_checksums", PROGRAM)
}

/// An Ethernet + IPv4 frame: `fill` for every IPv4 byte, then the fields that steer the program.
fn frame(destination: u64, source: u64, ether_type: u16, fill: u8, ttl: u8, address: u32) -> Vec<u8> {
    let mut data = Vec::new();
    data.extend_from_slice(&destination.to_be_bytes()[2..]);
    data.extend_from_slice(&source.to_be_bytes()[2..]);
    data.extend_from_slice(&ether_type.to_be_bytes());
    let mut ipv4 = [fill; 20];
    ipv4[0] = 0x45;
    ipv4[8] = ttl;
    ipv4[16..20].copy_from_slice(&address.to_be_bytes());
    data.extend_from_slice(&ipv4);
    data.resize(64, fill);
    data
}

/// Routed IPv4 headers whose checksum needs the last carry of every fold: the generated code
/// adds the header (as the action and the TTL decrement left it, without the checksum) as little-endian 32-bit words
/// and one 16-bit word, folds twice with masks and once without; these sums carry out of the low
/// 16 bits in the second fold, where one fold fewer would lose the carry. (Another grouping of the
/// words gives the same checksum, only these would not be its edge cases.)
fn carry_edge_headers() -> Vec<[u8; 20]> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut found = Vec::new();
    while found.len() < 8 {
        let mut header = [0u8; 20];
        for byte in header.iter_mut() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            *byte = state as u8;
        }
        header[0] = 0x45;
        header[8] = header[8].max(2);
        header[16] = 0x0a;
        // What the routed path changes before the checksum: the TTL, the DiffServ byte and the
        // identification (`set_source`'s tag in the 10/8 entry).
        let mut decremented = header;
        decremented[8] -= 1;
        decremented[1] = decremented[1].wrapping_add(200);
        decremented[4..6].copy_from_slice(&[0x12, 0x34]);
        let word = |at: usize| u64::from(u32::from_le_bytes([decremented[at], decremented[at + 1], decremented[at + 2], decremented[at + 3]]));
        let sum = word(0) + word(4) + u64::from(u16::from_le_bytes([decremented[8], decremented[9]])) + word(12) + word(16);
        let once = (sum & 0xffff) + (sum >> 16);
        if (once & 0xffff) + (once >> 16) > 0xffff {
            found.push(header);
        }
    }
    found
}

/// Every combination of hit and miss for the three tables, header sums from 0 to all ones (the
/// largest needs every carry of the folds) and sums at the folds' carries, TTLs around the test,
/// other EtherTypes and IHLs.
fn packets() -> Vec<Vec<u8>> {
    let mut packets = Vec::new();
    for header in carry_edge_headers() {
        let mut data = frame(0x0200_0000_0001, 0x0200_0000_0008, 0x0800, 0, 64, 0);
        data[14..34].copy_from_slice(&header);
        packets.push(data);
    }
    for destination in [0x0200_0000_0001u64, 0xffff_ffff_ffff, 0x0200_0000_0002] {
        for source in [0x0200_0000_0009u64, 0x0200_0000_0008] {
            for fill in [0x00u8, 0x01, 0x7f, 0x80, 0xfe, 0xff] {
                for ttl in [0u8, 1, 2, 0xff] {
                    for address in [0x0a01_0203u32, 0xffff_ffff, 0xc000_0201] {
                        packets.push(frame(destination, source, 0x0800, fill, ttl, address));
                    }
                }
            }
            packets.push(frame(destination, source, 0x86dd, 0xff, 64, 0x0a01_0203));
            let mut options = frame(destination, source, 0x0800, 0xff, 64, 0x0a01_0203);
            options[14] = 0x46;
            packets.push(options);
        }
    }
    packets
}

fn lookups_and_checksums_match_the_interpreter(kind: ProgramKind) {
    let module = module();
    let mut machine = Machine::new(&module);
    let mut kernel = EbpfTarget::load(&module, kind).unwrap_or_else(|e| panic!("load ({kind:?}): {e}"));
    let (statements, errors) = stf::parse_stf(&module, ENTRIES);
    assert!(errors.is_empty(), "entries: {errors:?}");
    for (line, statement) in &statements {
        let Statement::Control(control) = statement else { panic!("line {line}: only control statements") };
        stf::entries::apply_control(&mut machine, control).unwrap_or_else(|e| panic!("interpreter, line {line}: {e}"));
        stf::entries::apply_control(&mut kernel, control).unwrap_or_else(|e| panic!("kernel, line {line}: {e}"));
    }
    let mut redirected_with_all_ones = false;
    for data in packets() {
        let input = PacketInput { port: 1, data, mark: 0, time_ns: 0 };
        assert!(kernel.cannot_run(&input).is_none(), "{kind:?}: the kernel cannot run {:02x?}", input.data);
        let expected = machine.run(&input);
        let got = kernel.run(&input).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        assert_eq!(
            (expected.verdict, expected.mark, &expected.data),
            (got.verdict, got.mark, &got.data),
            "{kind:?}: packet {:02x?}",
            input.data
        );
        redirected_with_all_ones |= expected.verdict == Verdict::Redirect(3) && input.data[15..34].iter().all(|b| *b == 0xff);
    }
    // The largest sum went through the checksum (the routed path with every other byte 0xff).
    assert!(redirected_with_all_ones, "no routed packet had an all-ones IPv4 header");
}

#[test]
fn lookups_and_checksums_match_the_interpreter_tc() {
    require_kernel!();
    lookups_and_checksums_match_the_interpreter(ProgramKind::Tc);
}

#[test]
fn lookups_and_checksums_match_the_interpreter_xdp() {
    require_kernel!();
    lookups_and_checksums_match_the_interpreter(ProgramKind::Xdp);
}
