//! `flowmark build --target match` and `flowmark rules --target match` from the outside: outputs,
//! rendered warnings and errors, exit codes (0 ok, 1 errors in the input, 2 usage).

use std::process::Command;

fn flowmark(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_flowmark"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run flowmark")
}

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("flowmark-cli-match-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn build_writes_the_model_header_and_renders_warnings() {
    let out = temp_dir().join("router_model.h");
    let run = flowmark(&["build", "examples/router.p4", "--target", "match", "-o", out.to_str().expect("path")]);
    assert_eq!(run.status.code(), Some(0));
    let header = std::fs::read_to_string(&out).expect("the header was written");
    assert!(header.contains("#include \"if_match.h\""));
    assert!(header.contains("static struct net_mat_tbl_node *router_tbl_nodes[]"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("warning[W0505]: counter `pipe.route_stats` is left out"), "{stderr}");
    assert!(stderr.contains("examples/router.p4:70:16"), "warnings point at the source: {stderr}");
}

#[test]
fn build_emits_json() {
    let run = flowmark(&["build", "examples/acl.p4", "--target", "match", "--emit", "json"]);
    assert_eq!(run.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("\"format\": \"flowmark-match-model\""), "{stdout}");
}

#[test]
fn build_with_an_emit_the_target_lacks_is_a_usage_error() {
    assert_eq!(flowmark(&["build", "examples/acl.p4", "--target", "match", "--emit", "asm"]).status.code(), Some(2));
}

#[test]
fn a_program_the_model_cannot_express_exits_one() {
    let program = temp_dir().join("wide.p4");
    std::fs::write(
        &program,
        "#include <core.p4>\n#include <flowmark.p4>\n\
         header h_t { bit<128> a; }\nstruct headers_t { h_t h; }\nstruct metadata_t { }\n\
         parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {\n\
             state start { packet.extract(hdr.h); transition accept; }\n}\n\
         control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {\n\
             table t { key = { hdr.h.a : exact; } actions = { NoAction; } default_action = NoAction(); }\n\
             apply { t.apply(); }\n}\n\
         Flowmark(prs(), pipe()) main;\n",
    )
    .expect("write program");
    let run = flowmark(&["build", program.to_str().expect("path"), "--target", "match"]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("error[E0501]"), "{stderr}");
    assert!(stderr.contains("table t {"), "the error shows the table: {stderr}");
}

#[test]
fn rules_prints_match_commands() {
    let run =
        flowmark(&["rules", "tests/match_rules/dynamic.p4", "tests/match_rules/dynamic.entries", "--target", "match"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("match create source 1 name pipe.classify id 4 size 256"), "{stdout}");
    assert!(
        stdout.contains("match set_rule prio 1 handle 8 table 3 match vlan_t.vid 0xa 0xfff action pipe.forward 0x7"),
        "{stdout}"
    );
}

#[test]
fn rules_with_bad_lines_exit_one_with_line_numbers() {
    let run =
        flowmark(&["rules", "examples/router.p4", "tests/match_rules/router_errors.entries", "--target", "match"]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("tests/match_rules/router_errors.entries:3: unknown table `pipe.no_such_table`"),
        "{stderr}"
    );
    assert!(stderr.contains("tests/match_rules/router_errors.entries:6: "), "{stderr}");
}

#[test]
fn rules_with_an_unknown_target_is_a_usage_error() {
    assert_eq!(
        flowmark(&["rules", "examples/router.p4", "examples/router.stf", "--target", "tc"]).status.code(),
        Some(2)
    );
}
