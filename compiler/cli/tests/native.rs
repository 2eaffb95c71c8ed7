//! `flowmark build --target native` and `flowmark test --target native`: the object and its
//! header next to it, `--emit clif` and `--emit header` on standard output, every example's STF
//! passing through the JIT.

use std::process::Command;

fn flowmark(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_flowmark"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run flowmark")
}

#[test]
fn build_native_writes_the_object_and_its_header() {
    let dir = std::env::temp_dir().join(format!("flowmark-cli-native-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let object = dir.join("x.o");
    let out = flowmark(&["build", "examples/acl.p4", "--target", "native", "-o", &object.display().to_string()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&object).expect("object written");
    assert_eq!(&bytes[..4], b"\x7fELF");
    let header = std::fs::read_to_string(dir.join("x.h")).expect("header written next to the object");
    assert!(header.contains("uint32_t flowmark_acl_run(uint8_t *packet, uint32_t len, struct flowmark_context *ctx);"));
    assert!(header.contains("#define acl_TABLE_pipe_acl_rules 1"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn emit_clif_and_header_print_text() {
    let out = flowmark(&["build", "examples/ovs_hint.p4", "--target", "native", "--emit", "clif"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("function "));
    let out = flowmark(&["build", "examples/ovs_hint.p4", "--target", "native", "--emit", "header"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("struct ovs_hint_pipe_flows4_key"));
    let out = flowmark(&["build", "examples/ovs_hint.p4", "--target", "native"]);
    assert_eq!(out.status.code(), Some(1), "an object needs -o");
}

#[test]
fn test_native_passes_every_example() {
    for name in ["acl", "dapper", "ebpf_filter", "ovs_hint", "p0f", "router", "stateful_firewall"] {
        let program = format!("examples/{name}.p4");
        let stf = format!("examples/{name}.stf");
        let out = flowmark(&["test", &program, &stf, "--target", "native"]);
        assert!(out.status.success(), "{name}: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains(": ok:"));
    }
}
