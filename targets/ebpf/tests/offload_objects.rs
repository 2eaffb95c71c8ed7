//! The static offload check on the objects themselves: every example's ELF object is parsed the
//! way `flowmark load --offload` parses it (`flowmark_runtime::kernel::offload::inspect`:
//! aya-obj, then `flowmark_ebpf::offload::scan_instructions`) and scanned instruction by
//! instruction for helper ids, context offsets read and written, map types and sizes, return
//! codes, atomic adds, stores into map values, 64-bit multiplies and divisions. Offload builds
//! must break no rule; software builds are scanned too, with the rules they break, which shows the
//! scanner sees them. The table is snapshotted in `tests/out/offload/objects.txt`
//! (`FLOWMARK_BLESS=1` rewrites it).

mod offload_programs;

use flowmark_compiler::ir::Module;
use flowmark_ebpf::{offload, Error, Options, ProgramKind};
use flowmark_runtime::kernel::offload::inspect;
use offload_programs::{compile, example, example_names, root, ternary_acl, ARITHMETIC};
use std::fmt::Write;

/// The scan of `object` from its ELF bytes, checked against the scan of the program in memory.
fn scan_object(label: &str, artifact: &flowmark_ebpf::Artifact, kind: ProgramKind) -> offload::Usage {
    let (found_kind, usage) = inspect(&artifact.object).unwrap_or_else(|e| panic!("{label}: {e}"));
    assert_eq!(found_kind, kind, "{label}");
    let mut in_memory = offload::scan(&artifact.program);
    in_memory.maps.sort_by(|a, b| a.name.cmp(&b.name));
    assert_eq!(usage, in_memory, "{label}: the ELF object and the generated program scan differently");
    usage
}

fn section(out: &mut String, name: &str, module: &Module) {
    for kind in [ProgramKind::Tc, ProgramKind::Xdp] {
        let target = offload::target_name(kind);
        match flowmark_ebpf::compile(module, &Options::offload(kind)) {
            Ok(artifact) => {
                let usage = scan_object(&format!("{name} {target}"), &artifact, kind);
                let violations = usage.violations(kind, offload::DEFAULT_ELEMENT_BYTES);
                assert!(violations.is_empty(), "{name} {target}: {violations:?}");
                let _ = write!(out, "{name} {target}: builds, keeps the rules\n{}", usage.describe(kind));
            }
            Err(Error::NotOffloadable(diagnostics)) => {
                let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
                let _ = writeln!(out, "{name} {target}: not offloadable ({})", codes.join(", "));
            }
            Err(other) => panic!("{name} {target}: {other}"),
        }
        let software = flowmark_ebpf::compile(module, &Options::new(kind)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let usage = scan_object(&format!("{name} {kind:?}"), &software, kind);
        let violations = usage.violations(kind, offload::DEFAULT_ELEMENT_BYTES);
        let _ = write!(out, "{name} software {}: {} rule(s) broken\n{}", kind.section(), violations.len(), usage.describe(kind));
        for violation in violations {
            let _ = writeln!(out, "  ! {violation}");
        }
    }
    out.push('\n');
}

#[test]
fn objects_are_scanned_instruction_by_instruction() {
    let mut out = String::from("# What each object uses, scanned from its ELF file (see targets/ebpf/tests/offload_objects.rs).\n\n");
    for name in example_names() {
        let (_, module, _) = example(&name);
        section(&mut out, &name, &module);
    }
    let (acl, _) = ternary_acl();
    section(&mut out, "acl_ternary (acl.p4 with the source prefix matched ternary)", &acl);
    let (_, arithmetic) = compile("offload_arithmetic", ARITHMETIC);
    section(&mut out, "offload_arithmetic (targets/ebpf/tests/offload_programs)", &arithmetic);
    let path = root().join("tests/out/offload/objects.txt");
    if std::env::var_os("FLOWMARK_BLESS").is_some() {
        std::fs::write(&path, &out).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == out, "{} differs (FLOWMARK_BLESS=1 to accept, then review the diff)", path.display());
}

#[test]
fn every_example_has_an_offload_verdict() {
    // At least one example builds for both offload targets.
    let builds = example_names()
        .into_iter()
        .filter(|name| {
            let (_, module, _) = example(name);
            [ProgramKind::Tc, ProgramKind::Xdp].into_iter().all(|kind| flowmark_ebpf::compile(&module, &Options::offload(kind)).is_ok())
        })
        .count();
    assert!(builds >= 1);
}
