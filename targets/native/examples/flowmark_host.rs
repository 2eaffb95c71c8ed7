//! The runtime's host functions and C control-plane API as a static library
//! (`target/*/examples/libflowmark_host.a`), for C datapaths that link ahead-of-time pipeline
//! objects: `cc main.c prog.o libflowmark_host.a -lpthread -ldl -lm`. Build it with
//! `cargo build --release -p flowmark-native --example flowmark_host`.

pub use flowmark_runtime::host::{
    flowmark_count, flowmark_hint_lookup, flowmark_map_delete, flowmark_map_lookup, flowmark_map_update,
    flowmark_pipeline_apply, flowmark_pipeline_counter, flowmark_pipeline_free, flowmark_pipeline_new, flowmark_random,
    flowmark_table_lookup,
};
