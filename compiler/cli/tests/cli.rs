//! The `flowmark` binary's contract: exit codes (0 ok, 1 errors in the input, 2 usage) and that
//! garbage input gives diagnostics, never a panic.

use std::process::Command;

fn flowmark(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_flowmark"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run flowmark")
}

fn code(args: &[&str]) -> i32 {
    flowmark(args).status.code().expect("exit code")
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("flowmark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path.display().to_string()
}

#[test]
fn version_exits_zero() { assert_eq!(code(&["--version"]), 0); }

#[test]
fn unknown_subcommand_is_usage_error() { assert_eq!(code(&["frobnicate"]), 2); }

#[test]
fn missing_argument_is_usage_error() { assert_eq!(code(&["check"]), 2); }

#[test]
fn unknown_emit_is_usage_error() { assert_eq!(code(&["build", "examples/acl.p4", "--emit", "nope"]), 2); }

#[test]
fn check_of_example_exits_zero() { assert_eq!(code(&["check", "examples/acl.p4"]), 0); }

#[test]
fn missing_file_is_user_error() { assert_eq!(code(&["check", "does/not/exist.p4"]), 1); }

#[test]
fn garbage_bytes_give_diagnostics_not_a_panic() {
    let path = temp_file("garbage.p4", &[0xff, 0x00, b'{', 0x80, b'}', b'#', b'i', 0x7f]);
    let output = flowmark(&["check", &path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("error["));
}

#[test]
fn type_error_exits_one_with_a_rustc_style_diagnostic() {
    let program = "#include <core.p4>\n#include <ebpf_model.p4>\nheader h_t { bit<8> a; }\nstruct H { h_t h; }\n\
parser prs(packet_in p, out H hdr) { state start { p.extract(hdr.h); transition accept; } }\n\
control pipe(inout H hdr, out bool pass) { apply { pass = hdr.h.a; } }\nebpfFilter(prs(), pipe()) main;\n";
    let path = temp_file("type_error.p4", program.as_bytes());
    let output = flowmark(&["check", &path]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[E0119]: mismatched types"), "{stderr}");
    assert!(stderr.contains("type_error.p4:6:"), "{stderr}");
}

#[test]
fn failing_stf_exits_one_and_names_the_line() {
    let stf = "packet 0 00\nexpect 0 ff\n";
    let path = temp_file("bad.stf", stf.as_bytes());
    let output = flowmark(&["test", "examples/ebpf_filter.p4", &path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("bad.stf:"));
}

#[test]
fn build_emits_ir_text() {
    let output = flowmark(&["build", "examples/ebpf_filter.p4", "--emit", "ir"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("module ebpf_filter architecture ebpfFilter"));
}
