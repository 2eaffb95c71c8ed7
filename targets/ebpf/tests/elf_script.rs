//! Runs `tests/scripts/tc_bpftool_load.sh` on a written TC object: the script loads it with
//! `tc filter add ... bpf da obj O sec classifier` on a veth in a network namespace it creates
//! and with `bpftool prog loadall`, then removes everything. The test checks the script's report
//! and, independently, that its namespace and pin directory are gone, also after a failed run
//! (an object the kernel refuses).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use flowmark_ebpf::elf::write_object;
use flowmark_ebpf::program::{Insn, ProgramKind};
use flowmark_runtime::kernel::testing;
use flowmark_runtime::require_kernel;

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scripts/tc_bpftool_load.sh")
}

struct Run {
    success: bool,
    stdout: String,
    stderr: String,
}

fn run_script(object: &Path) -> Run {
    let output = Command::new("bash").arg(script()).arg(object).arg("classifier").output().unwrap();
    Run {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The namespace and pin directory the script announced exist no more.
fn assert_nothing_left(run: &Run) {
    let netns = run.stdout.lines().find_map(|l| l.strip_prefix("netns ")).expect("the script names its netns");
    let pins = run.stdout.lines().find_map(|l| l.strip_prefix("pins ")).expect("the script names its pin directory");
    let list = String::from_utf8_lossy(&testing::run("ip", &["netns", "list"]).unwrap().stdout).into_owned();
    assert!(!list.lines().any(|l| l.split_whitespace().next() == Some(netns)), "netns {netns} left behind");
    assert!(!Path::new(pins).exists(), "{pins} left behind");
}

fn object_file(name: &str, bytes: &[u8]) -> (PathBuf, impl Drop) {
    struct Remove(PathBuf);
    impl Drop for Remove {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
    let path = std::env::temp_dir().join(format!("{}.o", testing::unique_name(name)));
    std::fs::write(&path, bytes).unwrap();
    (path.clone(), Remove(path))
}

#[test]
fn script_loads_with_tc_and_bpftool_and_cleans_up() {
    require_kernel!(tools: ["bash", "ip", "tc", "bpftool"]);
    let (object, _remove) = object_file("script", &write_object(&support::tc_mark_from_packet()).unwrap());
    let run = run_script(&object);
    assert!(run.success, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    for expected in ["direct-action", "name mark_flows", "tc: ok", "sched_cls  name mark_flows", "bpftool: ok (1 program(s))", "clean: ok"]
    {
        assert!(run.stdout.contains(expected), "missing `{expected}` in\n{}", run.stdout);
    }
    assert_nothing_left(&run);
}

#[test]
fn script_cleans_up_after_a_failure() {
    require_kernel!(tools: ["bash", "ip", "tc", "bpftool"]);
    // `exit` without setting r0: the verifier refuses it, so `tc filter add` fails mid-script.
    let mut program = support::return_value(ProgramKind::Tc, "no_r0", 0);
    program.insns = vec![Insn { code: 0x95, ..Insn::default() }];
    let (object, _remove) = object_file("script-bad", &write_object(&program).unwrap());
    let run = run_script(&object);
    assert!(!run.success, "stdout:\n{}", run.stdout);
    assert!(!run.stdout.contains("tc: ok"));
    assert_nothing_left(&run);
}

/// The script on what users load: `examples/ovs_hint.p4` compiled by flowmark for TC.
#[test]
fn script_loads_a_compiled_example() {
    require_kernel!(tools: ["bash", "ip", "tc", "bpftool"]);
    struct ExampleFiles;
    impl flowmark_grammar::FileLoader for ExampleFiles {
        fn load(&self, path: &str) -> Result<String, String> {
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples").join(path)).map_err(|e| e.to_string())
        }
    }
    let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ovs_hint.p4")).unwrap();
    let mut sources = flowmark_grammar::SourceMap::default();
    let main = sources.add("ovs_hint.p4", source);
    let (module, _) = flowmark_compiler::compile_source(&mut sources, main, &ExampleFiles, "ovs_hint");
    let artifact = flowmark_ebpf::compile(&module.expect("ovs_hint compiles"), &flowmark_ebpf::Options::new(ProgramKind::Tc)).unwrap();
    let (object, _remove) = object_file("script-example", &artifact.object);
    let run = run_script(&object);
    assert!(run.success, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    for expected in ["direct-action", "name ovs_hint_tc", "tc: ok", "bpftool: ok (1 program(s))", "clean: ok"] {
        assert!(run.stdout.contains(expected), "missing `{expected}` in\n{}", run.stdout);
    }
    assert_nothing_left(&run);
}
