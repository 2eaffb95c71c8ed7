//! Support for kernel tests in every crate: the availability check behind [`crate::require_kernel!`],
//! unique names, and network namespaces with a veth pair that are deleted (by exact name) when
//! the guard drops, also when the test panics.
//!
//! The skip rule: a kernel test starts with `require_kernel!()` (or
//! `require_kernel!(tools: ["bpftool", "tc"])` when it runs those programs). When the kernel
//! cannot run it (not root, `bpf(2)` refused, no bpffs at `/sys/fs/bpf`, a tool missing), the test
//! prints one line `skipping: <why>` (to stderr, not captured by libtest) and returns; with `FLOWMARK_REQUIRE_KERNEL=1` (set by
//! `.ci/run`) it panics with the reason instead, because in CI a missing kernel is a failure.

use std::fs::File;
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::sys;

/// Checks that this process can run kernel tests: root, a working `bpf(2)`, and a bpffs mounted
/// at `/sys/fs/bpf`.
pub fn kernel_available() -> Result<(), String> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let euid = unsafe { libc::geteuid() };
    if euid != 0 {
        return Err(format!("kernel tests need root (euid is {euid})"));
    }
    sys::probe_map_create().map_err(|e| format!("bpf(BPF_MAP_CREATE) fails: {e}"))?;
    let mounts = std::fs::read_to_string("/proc/self/mounts").map_err(|e| format!("reading /proc/self/mounts: {e}"))?;
    let bpffs = mounts.lines().any(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        fields.get(1) == Some(&"/sys/fs/bpf") && fields.get(2) == Some(&"bpf")
    });
    if !bpffs {
        return Err("no bpffs at /sys/fs/bpf (mount -t bpf bpf /sys/fs/bpf)".into());
    }
    Ok(())
}

/// `FLOWMARK_REQUIRE_KERNEL=1`: kernel tests must run.
pub fn kernel_required() -> bool {
    std::env::var("FLOWMARK_REQUIRE_KERNEL").is_ok_and(|v| v == "1")
}

/// The full path of an executable on `PATH` (then `/usr/sbin`, `/sbin`, where Debian keeps
/// `tc`, `ip` and `bpftool`).
pub fn find_tool(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/sbin"), PathBuf::from("/sbin")])
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// [`kernel_available`] and every tool found.
pub fn check(tools: &[&str]) -> Result<(), String> {
    kernel_available()?;
    for tool in tools {
        if find_tool(tool).is_none() {
            return Err(format!("`{tool}` is not installed (apt-get install clang llvm bpftool iproute2)"));
        }
    }
    Ok(())
}

/// Skips (prints `skipping: <why>` and returns from the calling test) or, with
/// `FLOWMARK_REQUIRE_KERNEL=1`, panics when kernel tests cannot run here. `tools: [...]` names
/// programs the test runs too.
#[macro_export]
macro_rules! require_kernel {
    () => {
        $crate::require_kernel!(tools: [])
    };
    (tools: [$($tool:expr),* $(,)?]) => {
        if let Err(why) = $crate::kernel::testing::check(&[$($tool),*]) {
            if $crate::kernel::testing::kernel_required() {
                panic!("FLOWMARK_REQUIRE_KERNEL=1 but kernel tests cannot run: {why}");
            }
            // Straight to stderr, past libtest's capture, so the skip shows in `cargo test`.
            let _ = std::io::Write::write_all(&mut std::io::stderr(), format!("skipping: {why}\n").as_bytes());
            return;
        }
    };
}

/// Like [`crate::require_kernel!`] for tests that only run tools (no root, no `bpf(2)`):
/// `require_tools!(["llvm-objdump"])`.
#[macro_export]
macro_rules! require_tools {
    ([$($tool:expr),* $(,)?]) => {
        if let Some(tool) = [$($tool),*].into_iter().find(|tool: &&str| $crate::kernel::testing::find_tool(tool).is_none()) {
            let why = format!("`{tool}` is not installed (apt-get install clang llvm bpftool iproute2)");
            if $crate::kernel::testing::kernel_required() {
                panic!("FLOWMARK_REQUIRE_KERNEL=1 but the test cannot run: {why}");
            }
            // Straight to stderr, past libtest's capture, so the skip shows in `cargo test`.
            let _ = std::io::Write::write_all(&mut std::io::stderr(), format!("skipping: {why}\n").as_bytes());
            return;
        }
    };
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A name unique to this process and call: `fm-<tag>-<pid>-<n>`.
pub fn unique_name(tag: &str) -> String {
    format!("fm-{tag}-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}

/// Runs a command; `Err` with its output when it fails.
pub fn run(program: &str, args: &[&str]) -> Result<Output, String> {
    let tool = find_tool(program).unwrap_or_else(|| PathBuf::from(program));
    let output = Command::new(&tool).args(args).output().map_err(|e| format!("{program}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "`{program} {}` failed ({}): {}{}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(output)
}

/// A network namespace with a veth pair `veth` <-> `peer` (both up) inside it, deleted with
/// everything in it when dropped.
#[derive(Debug)]
pub struct TestNetns {
    pub name: String,
    pub veth: String,
    pub peer: String,
}

impl TestNetns {
    /// `ip netns add fm-<tag>-<pid>-<n>` and a veth pair in it.
    pub fn create(tag: &str) -> Result<Self, String> {
        let name = unique_name(tag);
        run("ip", &["netns", "add", &name])?;
        let netns = TestNetns { name, veth: "fm-veth0".into(), peer: "fm-veth1".into() };
        run("ip", &["-n", &netns.name, "link", "add", &netns.veth, "type", "veth", "peer", "name", &netns.peer])?;
        for dev in [&netns.veth, &netns.peer] {
            run("ip", &["-n", &netns.name, "link", "set", dev, "up"])?;
        }
        Ok(netns)
    }

    /// Runs `program args...` inside the namespace (`ip netns exec`).
    pub fn exec(&self, program: &str, args: &[&str]) -> Result<Output, String> {
        let tool = find_tool(program).unwrap_or_else(|| PathBuf::from(program));
        let tool = tool.to_string_lossy().into_owned();
        let mut full = vec!["netns", "exec", &self.name, &tool];
        full.extend_from_slice(args);
        run("ip", &full)
    }

    /// Moves the calling thread into the namespace until the guard drops (netlink requests and
    /// interface names of this thread then refer to the namespace).
    pub fn enter(&self) -> Result<EnteredNetns, String> {
        let original = File::open("/proc/thread-self/ns/net").map_err(|e| format!("opening this thread's netns: {e}"))?;
        let target = File::open(Path::new("/run/netns").join(&self.name)).map_err(|e| format!("opening netns {}: {e}", self.name))?;
        setns(&target)?;
        Ok(EnteredNetns { original })
    }
}

impl Drop for TestNetns {
    fn drop(&mut self) {
        // Deleting the namespace deletes its interfaces and their qdiscs, filters and XDP programs.
        let _ = run("ip", &["netns", "del", &self.name]);
    }
}

fn setns(netns: &File) -> Result<(), String> {
    // SAFETY: `netns` is an open network-namespace file; setns only changes this thread's netns.
    let ret = unsafe { libc::setns(netns.as_raw_fd(), libc::CLONE_NEWNET) };
    if ret != 0 {
        return Err(format!("setns: {}", std::io::Error::last_os_error()));
    }
    Ok(())
}

/// The calling thread is inside a [`TestNetns`]; dropping this returns it to its namespace.
#[derive(Debug)]
pub struct EnteredNetns {
    original: File,
}

impl Drop for EnteredNetns {
    fn drop(&mut self) {
        if let Err(why) = setns(&self.original) {
            // A thread left in a deleted namespace would break the next test on it.
            if !std::thread::panicking() {
                panic!("returning to the original network namespace: {why}");
            }
        }
    }
}

/// A directory on the bpffs that is removed with everything under it when dropped.
#[derive(Debug)]
pub struct BpffsDir {
    pub path: PathBuf,
}

impl BpffsDir {
    /// `/sys/fs/bpf/fm-<tag>-<pid>-<n>`, not created (loaders create it).
    pub fn new(tag: &str) -> Self {
        BpffsDir { path: Path::new("/sys/fs/bpf").join(unique_name(tag)) }
    }
}

impl Drop for BpffsDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
