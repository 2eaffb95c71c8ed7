//! Golden snapshots of the CLIF the native code generator emits for every example
//! (`tests/out/clif/NAME.clif`, before Cranelift's optimisations). Run with `FLOWMARK_BLESS=1` to
//! rewrite them after an intended change, then review the diff.

mod common;

#[test]
fn clif_of_every_example_matches_its_snapshot() {
    let dir = common::root().join("tests/out/clif");
    let bless = std::env::var_os("FLOWMARK_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&dir).expect("create tests/out/clif");
    }
    let mut failures = Vec::new();
    for name in common::example_names() {
        let module = common::compile(&name);
        let actual = flowmark_native::clif(&module).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Deterministic: a second translation gives the same text.
        assert_eq!(actual, flowmark_native::clif(&module).expect("clif"), "{name}: CLIF is not deterministic");
        let path = dir.join(format!("{name}.clif"));
        if bless {
            std::fs::write(&path, &actual).expect("write snapshot");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == actual => {}
            Ok(_) => failures.push(format!("{} differs from the generated CLIF (FLOWMARK_BLESS=1 to update)", path.display())),
            Err(_) => failures.push(format!("{} is missing (run with FLOWMARK_BLESS=1)", path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
