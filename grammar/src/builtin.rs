//! The built-in include files, compiled into the binary: `#include <core.p4>`, `<ebpf_model.p4>` and
//! `<flowmark.p4>` resolve here, never to the file system.

/// `(name, text)` of every built-in include.
pub const FILES: &[(&str, &str)] = &[
    ("core.p4", include_str!("builtin/core.p4")),
    ("ebpf_model.p4", include_str!("builtin/ebpf_model.p4")),
    ("flowmark.p4", include_str!("builtin/flowmark.p4")),
];

/// The text of a built-in include, by its name inside `<...>`.
pub fn lookup(name: &str) -> Option<&'static str> {
    FILES.iter().find(|(file, _)| *file == name).map(|(_, text)| *text)
}
