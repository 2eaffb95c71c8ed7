//! Ahead of time, from C: compile `examples/ovs_hint.p4` to an object and header, build a small C
//! program with `cc` that includes the header, links the object and the runtime's host functions
//! (the `flowmark_host` static library example), creates the pipeline through the runtime's C
//! API, installs a hint, and checks verdict, mark, parser error and a counter for three packets.

mod common;

use std::path::PathBuf;
use std::process::Command;

const MAIN_C: &str = r#"
#include <stdio.h>
#include <string.h>
#include "ovs_hint.h"

static int from_hex(const char *hex, uint8_t *out) {
    int n = 0;
    for (; hex[0] && hex[1]; hex += 2) {
        unsigned int byte;
        sscanf(hex, "%2x", &byte);
        out[n++] = (uint8_t)byte;
    }
    return n;
}

#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "check failed: %s\n", #cond); return 1; } } while (0)

int main(void) {
    void *state = flowmark_pipeline_new("examples/ovs_hint.p4");
    CHECK(state != NULL);
    CHECK(flowmark_pipeline_apply(state,
        "add_hint pipe.flows4 vlan_id:0 src_addr:0x0a000001 dst_addr:0x0a000002 protocol:6 src_port:34567 dst_port:80 => 100\n") == 0);

    uint8_t packet[256];
    int len = from_hex("52540000000b52540000000a0800" "4500003a12344000400614880a0000010a000002"
                       "87070050000003e8000007d05018faf02f170000" "474554202f20485454502f312e310d0a0d0a", packet);
    struct flowmark_context ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.in_port = 1;
    ctx.mark_in = 7;
    ctx.state = state;
    uint32_t verdict = flowmark_ovs_hint_run(packet, (uint32_t)len, &ctx);
    CHECK(verdict == FLOWMARK_PASS);
    CHECK(ctx.verdict == FLOWMARK_PASS);
    CHECK(ctx.mark == 100);

    /* The reverse direction misses: the incoming mark stays. */
    len = from_hex("52540000000a52540000000b0800" "45000028123440004006149a0a0000020a000001"
                   "00508707000007d0000003fa5010faf00dc00000", packet);
    memset(&ctx, 0, sizeof ctx);
    ctx.mark_in = 9;
    ctx.state = state;
    CHECK(flowmark_ovs_hint_run(packet, (uint32_t)len, &ctx) == FLOWMARK_PASS);
    CHECK(ctx.mark == 9);

    /* A truncated IPv4 header: the parser rejects, the packet is dropped. */
    memset(&ctx, 0, sizeof ctx);
    ctx.state = state;
    CHECK(flowmark_ovs_hint_run(packet, 20, &ctx) == FLOWMARK_DROP);
    CHECK(ctx.parser_error == ovs_hint_ERROR_PacketTooShort);

    uint64_t packets = 0, bytes = 0;
    flowmark_pipeline_counter(state, ovs_hint_COUNTER_pipe_hint_stats, 0, &packets, &bytes);
    CHECK(packets == 1 && bytes == 72);
    flowmark_pipeline_counter(state, ovs_hint_COUNTER_pipe_hint_stats, 1, &packets, &bytes);
    CHECK(packets == 1);
    flowmark_pipeline_free(state);
    printf("ok\n");
    return 0;
}
"#;

/// `target/<profile>/examples/libflowmark_host.a`, built by `cargo test` with the examples.
fn host_library() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).expect("target dir");
    profile_dir.join("examples").join("libflowmark_host.a")
}

#[test]
fn a_c_program_links_the_object_and_runs_a_packet() {
    let library = host_library();
    assert!(
        library.exists(),
        "{} is missing: build it with `cargo build -p flowmark-native --example flowmark_host`",
        library.display()
    );
    let module = common::compile("ovs_hint");
    let dir = std::env::temp_dir().join(format!("flowmark-c-link-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("ovs_hint.o"), flowmark_native::compile_object(&module).expect("object")).expect("write");
    std::fs::write(dir.join("ovs_hint.h"), flowmark_native::c_header(&module)).expect("write");
    std::fs::write(dir.join("main.c"), MAIN_C).expect("write");
    let program = dir.join("main");
    let status = Command::new("cc")
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-O1"])
        .arg(dir.join("main.c"))
        .arg(dir.join("ovs_hint.o"))
        .arg(&library)
        .args(["-lpthread", "-ldl", "-lm", "-o"])
        .arg(&program)
        .status()
        .expect("run cc");
    assert!(status.success(), "cc failed");
    let out = Command::new(&program).current_dir(common::root()).output().expect("run the C program");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "C program failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "ok");
}
