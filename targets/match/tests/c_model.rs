//! The generated C header against the tests' own `if_match.h` (tests/c/if_match.h, written from
//! FACTS.md section 9): for every example it compiles with `cc -Wall -Werror` together with a
//! walker program (tests/c/walk_model.c) that follows every zero-terminated list and prints the
//! model, and that print must equal the same walk rendered from the example's JSON model.

mod support;

use flowmark_match::{compile, Options};
use serde_json::Value;
use std::fmt::Write;
use std::path::PathBuf;
use std::process::Command;
use support::*;

fn cc_available() -> bool {
    Command::new("cc").arg("--version").output().is_ok_and(|o| o.status.success())
}

fn number(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("expected a number, found {v}"))
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("expected a string, found {v}"))
}

fn mask_type(name: &str) -> u64 {
    match name {
        "exact" => 1,
        "lpm" => 2,
        "mask" => 3,
        other => panic!("unknown mask type {other}"),
    }
}

fn field_ref_type(name: &str) -> u64 {
    match name {
        "u8" => 1,
        "u16" => 2,
        "u32" => 3,
        "u64" => 4,
        other => panic!("unknown type {other}"),
    }
}

fn flags(list: &Value) -> u64 {
    list.as_array()
        .expect("flags")
        .iter()
        .map(|f| match text(f) {
            "egress_root" => 1,
            "ingress_root" => 2,
            "dynamic" => 4,
            other => panic!("unknown flag {other}"),
        })
        .sum()
}

fn jumps(out: &mut String, list: &Value) {
    for jump in list.as_array().expect("jumps") {
        let node = number(&jump["node"]);
        match &jump["field"] {
            Value::Null => {
                let _ = writeln!(out, "  jump * -> {node}");
            }
            f => {
                let _ = writeln!(
                    out,
                    "  jump {}.{}.{} {} {} {:#x}/{:#x} -> {node}",
                    number(&f["instance"]),
                    number(&f["header"]),
                    number(&f["field"]),
                    mask_type(text(&f["mask_type"])),
                    field_ref_type(text(&f["type"])),
                    number(&f["value"]),
                    number(&f["mask"]),
                );
            }
        }
    }
}

/// What walk_model.c prints, from the JSON model.
fn walk_json(json: &Value) -> String {
    let mut out = String::new();
    for h in json["headers"].as_array().expect("headers") {
        let _ = writeln!(out, "header {} {}", number(&h["uid"]), text(&h["name"]));
        for f in h["fields"].as_array().expect("fields") {
            let _ = writeln!(out, "  field {} {} {}", number(&f["uid"]), text(&f["name"]), number(&f["bitwidth"]));
        }
    }
    for a in json["actions"].as_array().expect("actions") {
        let _ = writeln!(out, "action {} {}", number(&a["uid"]), text(&a["name"]));
        for arg in a["args"].as_array().expect("args") {
            let ty = match text(&arg["type"]) {
                "u8" => 2,
                "u16" => 3,
                "u32" => 4,
                "u64" => 5,
                other => panic!("unknown arg type {other}"),
            };
            let _ = writeln!(out, "  arg {} {ty}", text(&arg["name"]));
        }
    }
    for t in json["tables"].as_array().expect("tables") {
        let _ = writeln!(
            out,
            "table {} {} source {} apply {} size {}",
            number(&t["uid"]),
            text(&t["name"]),
            number(&t["source"]),
            number(&t["apply_action"]),
            number(&t["size"])
        );
        for m in t["matches"].as_array().expect("matches") {
            let _ = writeln!(
                out,
                "  match {}.{}.{} {} {}",
                number(&m["instance"]),
                number(&m["header"]),
                number(&m["field"]),
                mask_type(text(&m["mask_type"])),
                field_ref_type(text(&m["type"]))
            );
        }
        for a in t["actions"].as_array().expect("table actions") {
            let _ = writeln!(out, "  action {}", number(a));
        }
    }
    for n in json["header_graph"].as_array().expect("header graph") {
        let _ = writeln!(out, "hnode {} {}", number(&n["uid"]), text(&n["name"]));
        for h in n["hdrs"].as_array().expect("hdrs") {
            let _ = writeln!(out, "  hdr {}", number(h));
        }
        jumps(&mut out, &n["jumps"]);
    }
    for n in json["table_graph"].as_array().expect("table graph") {
        let _ = writeln!(out, "tnode {} flags {}", number(&n["table"]), flags(&n["flags"]));
        jumps(&mut out, &n["jumps"]);
    }
    out
}

fn work_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("flowmark-match-c-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create work directory");
    dir
}

#[test]
#[allow(clippy::print_stderr)]
fn generated_headers_compile_and_walk_like_their_json() {
    if !cc_available() {
        eprintln!("SKIPPED: no C compiler (`cc`) on this machine; the C model test needs one");
        return;
    }
    let c_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/c");
    let dir = work_dir();
    let mut failures = Vec::new();
    for path in examples().into_iter().chain(test_programs()) {
        let name = stem(&path);
        let program = compile_file(&relative(&path));
        let artifact = compile(&program.module, &Options::default()).expect("compile the model");
        let header = format!("{name}_model.h");
        std::fs::write(dir.join(&header), &artifact.header).expect("write the model header");
        let exe = dir.join(format!("walk_{name}"));
        let output = Command::new("cc")
            .args(["-std=c11", "-Wall", "-Werror", "-o"])
            .arg(&exe)
            .arg(format!("-I{}", c_dir.display()))
            .arg(format!("-I{}", dir.display()))
            .arg(format!("-DPREFIX={name}"))
            .arg(format!("-DMODEL_HEADER=\"{header}\""))
            .arg(c_dir.join("walk_model.c"))
            .output()
            .expect("run cc");
        if !output.status.success() {
            failures.push(format!("{name}: cc failed:\n{}", String::from_utf8_lossy(&output.stderr)));
            continue;
        }
        let run = Command::new(&exe).output().expect("run the walker");
        let printed = String::from_utf8_lossy(&run.stdout).into_owned();
        if !run.status.success() {
            failures.push(format!("{name}: the walker found a malformed list:\n{printed}"));
            continue;
        }
        let json: Value = serde_json::from_str(&artifact.json).expect("the JSON model parses");
        assert_eq!(json["format"], "flowmark-match-model");
        let expected = walk_json(&json);
        if printed != expected {
            failures.push(format!("{name}: the C walk differs from the JSON:\n--- C\n{printed}\n--- JSON\n{expected}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
