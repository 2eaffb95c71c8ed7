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
add pipe.routes hdr.ipv4.dstAddr:0x0a000000/8 NoAction()
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

/// Every combination of hit and miss for the three tables, header sums from 0 to all ones (the
/// largest needs every carry of the folds), TTLs around the test, other EtherTypes and IHLs.
fn packets() -> Vec<Vec<u8>> {
    let mut packets = Vec::new();
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
