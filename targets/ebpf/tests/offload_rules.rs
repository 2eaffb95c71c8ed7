//! The offload checker rule by rule: a program with every construct an offloaded program cannot
//! contain gets one diagnostic per construct, each pointing at it (golden file
//! `tests/out/offload/rejected.offload-tc.txt`, `FLOWMARK_BLESS=1` rewrites it); the element limit
//! is an option; programs without such constructs get none; and offload builds differ from
//! software builds exactly where the rules say (counters, context, return codes, arithmetic).

mod offload_programs;

use flowmark_ebpf::{offload, Error, Options, ProgramKind};
use flowmark_grammar::render;
use offload_programs::{compile, example, root, ARITHMETIC, REJECTED};
use std::collections::BTreeSet;

fn snippet<'a>(sources: &'a flowmark_grammar::SourceMap, diagnostic: &flowmark_grammar::Diagnostic) -> &'a str {
    let label = diagnostic.labels.iter().find(|l| l.primary).expect("a primary label");
    sources.snippet(label.span)
}

#[test]
fn every_rejected_construct_is_reported_where_it_is() {
    let (sources, module) = compile("rejected", REJECTED);
    for kind in [ProgramKind::Tc, ProgramKind::Xdp] {
        let diagnostics = offload::check(&module, &Options::offload(kind));
        let codes: BTreeSet<&str> = diagnostics.iter().map(|d| d.code).collect();
        let expected: BTreeSet<&str> = (1..=14).map(|n| &*Box::leak(format!("E06{n:02}").into_boxed_str())).collect();
        assert_eq!(codes, expected, "{}", render(&sources, &diagnostics));
        assert!(diagnostics.iter().all(|d| d.is_error() && d.notes.iter().any(|n| n.starts_with("help: "))));
        let at = |code: &str| -> Vec<&str> { diagnostics.iter().filter(|d| d.code == code).map(|d| snippet(&sources, d)).collect() };
        assert_eq!(at("E0601"), ["routes"]);
        assert_eq!(at("E0602"), ["recent"]);
        assert_eq!(at("E0603"), ["hints.apply({ hdr.ipv4.srcAddr })"]);
        assert_eq!(at("E0604"), ["standard_metadata.mark = 9"]);
        assert_eq!(at("E0605"), ["standard_metadata.mark"]);
        assert_eq!(at("E0606"), ["standard_metadata.in_port"]);
        assert_eq!(at("E0607"), ["standard_metadata.verdict = verdict_t.REDIRECT"]);
        assert_eq!(at("E0608").len(), 2);
        assert_eq!(at("E0609"), ["timestamp_ns()"]);
        assert_eq!(at("E0610").len(), 2);
        assert_eq!(at("E0611"), ["(bit<64>) hdr.ipv4.srcAddr * (bit<64>) hdr.ipv4.dstAddr"]);
        assert_eq!(at("E0612"), ["hdr.ipv4.dstAddr / meta.divisor", "meta.product / 3"]);
        assert_eq!(at("E0613"), ["wide"]);
        assert_eq!(at("E0614"), ["hdr.tag.setValid()"]);
        // The build fails with the same diagnostics.
        match flowmark_ebpf::compile(&module, &Options::offload(kind)) {
            Err(Error::NotOffloadable(built)) => assert_eq!(built, diagnostics),
            other => panic!("expected NotOffloadable, got {:?}", other.map(|_| ())),
        }
        if kind == ProgramKind::Tc {
            let text = render(&sources, &diagnostics);
            let path = root().join("tests/out/offload/rejected.offload-tc.txt");
            if std::env::var_os("FLOWMARK_BLESS").is_some() {
                std::fs::write(&path, &text).expect("write snapshot");
            } else {
                let expected = std::fs::read_to_string(&path).unwrap_or_default();
                assert!(expected == text, "{} differs (FLOWMARK_BLESS=1 to accept, then review the diff):\n{text}", path.display());
            }
        }
    }
}

#[test]
fn the_element_limit_is_an_option() {
    let (sources, module, _) = example("ebpf_filter");
    assert!(offload::check(&module, &Options::offload(ProgramKind::Tc)).is_empty());
    // Values are 8 bytes: a 4-byte limit rejects every map, naming the declaration.
    let options = Options { offload_element_bytes: 4, ..Options::offload(ProgramKind::Tc) };
    let diagnostics = offload::check(&module, &options);
    assert!(!diagnostics.is_empty() && diagnostics.iter().all(|d| d.code == "E0613"), "{}", render(&sources, &diagnostics));
    let names: BTreeSet<&str> = diagnostics.iter().map(|d| snippet(&sources, d)).collect();
    assert_eq!(names, BTreeSet::from(["Check_src_ip", "proto_packets", "proto_bytes"]));
    assert!(matches!(flowmark_ebpf::compile(&module, &options), Err(Error::NotOffloadable(_))));
    // A key of 68 bytes (72 rounded) fits a limit of 72.
    let (_, rejected) = compile("rejected", REJECTED);
    let roomy = Options { offload_element_bytes: 72, ..Options::offload(ProgramKind::Tc) };
    assert!(!offload::check(&rejected, &roomy).iter().any(|d| d.code == "E0613"));
}

#[test]
fn offloadable_programs_have_no_diagnostics() {
    let (_, module) = compile("offload_arithmetic", ARITHMETIC);
    for kind in [ProgramKind::Tc, ProgramKind::Xdp] {
        assert!(offload::check(&module, &Options::offload(kind)).is_empty());
        let artifact = flowmark_ebpf::compile(&module, &Options::offload(kind)).expect("offload build");
        let usage = offload::scan(&artifact.program);
        assert!(usage.violations(kind, offload::DEFAULT_ELEMENT_BYTES).is_empty());
        assert!(usage.atomic_adds >= 2, "counters count with atomic adds: {usage:?}");
        assert_eq!(usage.map_value_stores, 0);
        assert_eq!((usage.multiplies_64, usage.divisions_by_register, usage.modulo), (0, 0, 0));
    }
}

/// The software build of the same program breaks the rules the offload build keeps: the scanner
/// sees per-CPU counters with plain stores, `TC_ACT_OK`, 64-bit multiplies and runtime divisions.
#[test]
fn software_builds_break_the_rules_offload_builds_keep() {
    let (_, module) = compile("offload_arithmetic", ARITHMETIC);
    let software = flowmark_ebpf::compile(&module, &Options::new(ProgramKind::Tc)).expect("software build");
    let usage = offload::scan(&software.program);
    let violations = usage.violations(ProgramKind::Tc, offload::DEFAULT_ELEMENT_BYTES);
    let text = violations.join("\n");
    assert!(text.contains("PERCPU_ARRAY"), "{text}");
    assert!(text.contains("TC_ACT_OK"), "{text}");
    assert!(text.contains("plain store(s) into map values"), "{text}");
    assert!(text.contains("64-bit multiplication"), "{text}");
    assert!(text.contains("division(s) by a register"), "{text}");
    // (The software build reads `mark` and `ingress_ifindex` only when the program uses them.)
    // The default build does not change with the offload switch off.
    let again = flowmark_ebpf::compile(&module, &Options::new(ProgramKind::Tc)).expect("software build");
    assert_eq!(software.object, again.object);
    assert!(!software.manifest.contains("\"offload\""));
}
