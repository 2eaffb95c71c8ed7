//! Placeholder: see targets/README.md.
