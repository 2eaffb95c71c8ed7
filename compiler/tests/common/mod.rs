//! Shared by the integration tests: the examples' sources and a loader that resolves their
//! `#include "..."` files inside `examples/`.

use flowmark_grammar::FileLoader;

/// Includes resolve inside `examples/`.
pub struct ExampleFiles;

impl FileLoader for ExampleFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples").join(path);
        std::fs::read_to_string(full).map_err(|e| format!("{path}: {e}"))
    }
}

/// `(name, program, stf)` of every example.
pub const EXAMPLES: &[(&str, &str, &str)] = &[
    ("ovs_hint", include_str!("../../../examples/ovs_hint.p4"), include_str!("../../../examples/ovs_hint.stf")),
    ("acl", include_str!("../../../examples/acl.p4"), include_str!("../../../examples/acl.stf")),
    ("router", include_str!("../../../examples/router.p4"), include_str!("../../../examples/router.stf")),
    (
        "stateful_firewall",
        include_str!("../../../examples/stateful_firewall.p4"),
        include_str!("../../../examples/stateful_firewall.stf"),
    ),
    ("p0f", include_str!("../../../examples/p0f.p4"), include_str!("../../../examples/p0f.stf")),
    ("dapper", include_str!("../../../examples/dapper.p4"), include_str!("../../../examples/dapper.stf")),
    ("ebpf_filter", include_str!("../../../examples/ebpf_filter.p4"), include_str!("../../../examples/ebpf_filter.stf")),
];
