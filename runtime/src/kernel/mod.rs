//! The kernel loader: the only place in flowmark that makes `bpf(2)` calls. It loads the ELF
//! objects of `flowmark-ebpf` with aya 0.14, reads and writes their maps by bytes, runs programs
//! on packets with `BPF_PROG_TEST_RUN`, reports their translated and JIT-compiled sizes, attaches
//! them to TC (a clsact qdisc and a direct-action `cls_bpf` filter, what `tc filter add dev D
//! ingress bpf da obj O sec classifier` creates) or XDP, and pins them under
//! `/sys/fs/bpf/flowmark/<name>/`. Everything that outlives the process is recorded in
//! [`Created`], so that exactly that can be removed later, by this process or by another one.
//! NIC offload loads (program and maps bound to a device, attached with `skip_sw`), which aya
//! cannot do, are in [`offload`].
//!
//! # `BPF_PROG_TEST_RUN` contexts (checked on Linux 6.18)
//! - TC (`SCHED_CLS`): the context is a `struct __sk_buff` (192 bytes, `mark` at byte 8). The
//!   kernel copies the input context into the skb and back out after the run, so a test passes a
//!   mark in and reads the mark the program set from [`TestRunResult::ctx_out`]
//!   ([`TestRunResult::mark`]). Only `mark`, `priority`, `ingress_ifindex`, `ifindex`, `cb`,
//!   `tstamp`, `wire_len`, `gso_segs`, `gso_size` and `hwtstamp` may be non-zero in the input
//!   (EINVAL otherwise); [`skb_context`] builds one. Without an input context [`Loaded::test_run`]
//!   still asks for the output context (the kernel then starts from a zeroed one). The packet must
//!   be at least 14 bytes (an Ethernet header), at least 34 when its EtherType is IPv4 (0x0800:
//!   a 20-byte IPv4 header, whatever the IHL says) and at least 54 when it is IPv6 (0x86dd);
//!   shorter packets are EINVAL, so differential tests cannot run truncated IP headers in the
//!   kernel. VLAN tags are not looked at.
//! - XDP: packets of at least 14 bytes (EINVAL below), no IP checks. The context is a
//!   `struct xdp_md` (24 bytes). The packet buffer the kernel builds
//!   starts with the metadata area. With an input context, `data_in` is `xdp_md.data` bytes of
//!   metadata followed by the packet, `xdp_md.data_end` is `data_in`'s length (0 is accepted
//!   too) and `xdp_md.data_meta` must be 0: a larger `data_end` or a non-zero `data_meta` is
//!   EINVAL. After the run `data_out` starts at `data_meta`: the metadata the program left
//!   (e.g. a hint mark written after `bpf_xdp_adjust_meta(ctx, -4)`), then the packet; the
//!   output `xdp_md.data` is the metadata length and, given an input context, `data_end` the
//!   metadata plus packet length (with an output context alone `data_end` is not that). Without
//!   any context the metadata is still at the front of `data_out`, with no way to tell its
//!   length. So [`Loaded::test_run`] always passes an input context ([`xdp_context`] without
//!   metadata when the caller gives none) and [`TestRunResult::metadata`] /
//!   [`TestRunResult::packet`] split `data_out` at the output `xdp_md.data`.
//! - A `data_out` buffer too small for the result is ENOSPC; [`Loaded::test_run`] leaves 4 KiB of
//!   room for programs that grow the packet.
//! - `duration_ns` is the kernel's average over `repeat` runs; use `repeat >= 1_000_000` for
//!   timing (a single run reports hundreds of ns of overhead).
//!
//! # Attachments and pins
//! - TC: [`Loaded::attach_tc`] adds a clsact qdisc when the interface has none (remembering that
//!   it did) and a netlink `cls_bpf` direct-action filter, the kind `tc filter show` lists and NIC
//!   offload uses (not a tcx link). The filter stays after the process exits;
//!   [`Attachment::detach`] deletes it by priority and handle, and deletes the qdisc too if this
//!   attachment created it and no filters are left on it.
//! - XDP: [`Loaded::attach_xdp`] creates a bpf_link and pins it at the given bpffs path; the
//!   program stays attached while the pin exists, and [`Attachment::detach`] removes the pin.
//! - [`Loaded::pin`] pins the program at `DIR/<program>` and each map at `DIR/maps/<map>`,
//!   creating missing directories; [`Created::remove`] unlinks exactly those pins and removes
//!   exactly the directories it created.
//!
//! Interface names are resolved in the calling thread's network namespace.

mod maps;
#[allow(unsafe_code)]
mod netlink;
#[allow(unsafe_code)]
pub mod offload;
#[allow(unsafe_code)]
mod sys;
#[allow(unsafe_code)]
pub mod testing;

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::os::fd::{AsFd, BorrowedFd};
use std::path::{Path, PathBuf};

use aya::maps::{Map, MapData};
use aya::programs::links::{FdLink, Link};
use aya::programs::tc::{self, NlOptions, SchedClassifierLink, TcAttachOptions, TcError, TcHandle};
use aya::programs::{Program, ProgramError, TcAttachType, TestRun, TestRunOptions, XdpMode};
use aya::{Ebpf, EbpfLoader};

pub use maps::{map_type, Entry, RawMap, UpdateMode};

/// Where `flowmark load` pins: `/sys/fs/bpf/flowmark/<name>`.
pub const PIN_ROOT: &str = "/sys/fs/bpf/flowmark";

/// `sizeof(struct __sk_buff)` and the offset of its `mark`.
pub const SKB_CONTEXT_SIZE: usize = 192;
pub const SKB_MARK_OFFSET: usize = 8;
/// `sizeof(struct xdp_md)`; its first two fields are `data` and `data_end`.
pub const XDP_CONTEXT_SIZE: usize = 24;

/// Create `dir`, its missing parents and `extra` (directories inside `dir`), outermost first;
/// returns the ones this call created, for cleanup by exact name. A parent that another load
/// creates at the same moment (two `flowmark load`s into a fresh `/sys/fs/bpf/flowmark`) is
/// shared, not an error, and not ours to remove; `dir` itself must be new.
pub(crate) fn create_pin_dirs(dir: &Path, extra: &[PathBuf]) -> Result<Vec<PathBuf>, (PathBuf, io::Error)> {
    let mut created = Vec::new();
    let parents = dir.parent().map(missing_dirs).unwrap_or_default();
    for path in parents.into_iter().chain([dir.to_path_buf()]).chain(extra.iter().cloned()) {
        match std::fs::create_dir(&path) {
            Ok(()) => created.push(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && path != dir && !extra.contains(&path) && path.is_dir() => {}
            Err(e) => return Err((path, e)),
        }
    }
    Ok(created)
}

/// `dir` and its parents that do not exist yet, outermost first (what a pin must create).
fn missing_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut missing = Vec::new();
    let mut cursor = Some(dir);
    while let Some(path) = cursor {
        if path.as_os_str().is_empty() || path.exists() {
            break;
        }
        missing.push(path.to_path_buf());
        cursor = path.parent();
    }
    missing.reverse();
    missing
}

/// The default pin directory of a program: [`PIN_ROOT`]`/<name>`.
pub fn pin_dir(name: &str) -> PathBuf {
    Path::new(PIN_ROOT).join(name)
}

/// A TC test-run input context: a zeroed `struct __sk_buff` with `mark` set.
pub fn skb_context(mark: u32) -> Vec<u8> {
    let mut ctx = vec![0u8; SKB_CONTEXT_SIZE];
    ctx[SKB_MARK_OFFSET..SKB_MARK_OFFSET + 4].copy_from_slice(&mark.to_le_bytes());
    ctx
}

/// An XDP test-run input context for `data_in` = `metadata_len` bytes of metadata then the
/// packet, `total_len` bytes in all.
pub fn xdp_context(metadata_len: u32, total_len: u32) -> Vec<u8> {
    let mut ctx = vec![0u8; XDP_CONTEXT_SIZE];
    ctx[0..4].copy_from_slice(&metadata_len.to_le_bytes());
    ctx[4..8].copy_from_slice(&total_len.to_le_bytes());
    ctx
}

/// The error chain of `error` on one line (aya's errors keep the useful part, such as the
/// verifier log, in their sources).
pub(crate) fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        let more = inner.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = inner.source();
    }
    text
}

#[derive(Debug)]
pub enum Error {
    /// aya could not parse the object, create its maps, or the verifier rejected the program
    /// (the message ends with the verifier log).
    Load(String),
    /// flowmark objects hold exactly one program.
    ProgramCount(usize),
    UnsupportedProgram {
        name: String,
        kind: String,
    },
    NoSuchMap(String),
    /// A key or value of the wrong length for the map.
    Size {
        map: String,
        what: &'static str,
        expected: u32,
        got: usize,
    },
    Map {
        map: String,
        message: String,
    },
    Syscall {
        op: &'static str,
        object: String,
        source: io::Error,
    },
    TestRun(String),
    Attach {
        interface: String,
        message: String,
    },
    Detach {
        what: String,
        message: String,
    },
    Pin {
        path: PathBuf,
        message: String,
    },
    /// A [`Created`] record that does not parse.
    Record(String),
    /// Cleanup goes on after a failure; these are all the failures.
    Several(Vec<Error>),
}

impl Error {
    fn map(map: &str, what: &str, error: &dyn std::error::Error) -> Self {
        Error::Map { map: map.to_string(), message: format!("{what}: {}", chain(error)) }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(message) => write!(f, "loading the object: {message}"),
            Error::ProgramCount(n) => write!(f, "the object has {n} programs; a flowmark object has exactly one"),
            Error::UnsupportedProgram { name, kind } => {
                write!(f, "program `{name}` is a {kind} program; only TC classifiers and XDP are supported")
            }
            Error::NoSuchMap(name) => write!(f, "the object has no map `{name}`"),
            Error::Size { map, what, expected, got } => {
                write!(f, "map `{map}`: {what} is {got} bytes, the map's is {expected}")
            }
            Error::Map { map, message } => write!(f, "map `{map}`: {message}"),
            Error::Syscall { op, object, source } => write!(f, "{op} on `{object}`: {source}"),
            Error::TestRun(message) => write!(f, "BPF_PROG_TEST_RUN: {message}"),
            Error::Attach { interface, message } => write!(f, "attaching to `{interface}`: {message}"),
            Error::Detach { what, message } => write!(f, "removing {what}: {message}"),
            Error::Pin { path, message } => write!(f, "pin `{}`: {message}", path.display()),
            Error::Record(message) => write!(f, "bad record of created kernel objects: {message}"),
            Error::Several(errors) => {
                for (i, error) in errors.iter().enumerate() {
                    if i > 0 {
                        write!(f, "; ")?;
                    }
                    write!(f, "{error}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

/// The program types flowmark objects contain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramType {
    /// `BPF_PROG_TYPE_SCHED_CLS`, section `classifier`.
    SchedCls,
    /// `BPF_PROG_TYPE_XDP`, section `xdp`.
    Xdp,
}

/// The result of one [`Loaded::test_run`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestRunResult {
    pub program_type: ProgramType,
    /// The program's return value (the verdict).
    pub retval: u32,
    /// The buffer after the run: the packet (TC), or metadata then packet (XDP).
    pub data_out: Vec<u8>,
    /// `struct __sk_buff` (TC) or `struct xdp_md` (XDP) after the run.
    pub ctx_out: Vec<u8>,
    /// Average nanoseconds per run.
    pub duration_ns: u64,
}

impl TestRunResult {
    fn ctx_u32(&self, offset: usize) -> Option<u32> {
        self.ctx_out.get(offset..offset + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// TC: `skb->mark` after the run.
    pub fn mark(&self) -> Option<u32> {
        match self.program_type {
            ProgramType::SchedCls => self.ctx_u32(SKB_MARK_OFFSET),
            ProgramType::Xdp => None,
        }
    }

    fn metadata_len(&self) -> usize {
        match self.program_type {
            ProgramType::SchedCls => 0,
            ProgramType::Xdp => (self.ctx_u32(0).unwrap_or(0) as usize).min(self.data_out.len()),
        }
    }

    /// XDP: the metadata area in front of the packet (empty for TC).
    pub fn metadata(&self) -> &[u8] {
        &self.data_out[..self.metadata_len()]
    }

    /// The packet after the run, without XDP metadata.
    pub fn packet(&self) -> &[u8] {
        &self.data_out[self.metadata_len()..]
    }
}

/// What the kernel reports about a loaded program (for `flowmark bench`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramInfo {
    pub id: u32,
    /// The name the kernel keeps (at most 15 bytes).
    pub name: String,
    /// Bytes of eBPF after the verifier's rewrites (`xlated`).
    pub xlated_bytes: u32,
    /// Bytes of JIT-compiled machine code.
    pub jited_bytes: u32,
    /// Instructions the verifier processed, when the kernel reports it.
    pub verified_insns: Option<u32>,
}

/// TC hook direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TcDirection {
    Ingress,
    Egress,
}

impl TcDirection {
    fn attach_type(self) -> TcAttachType {
        match self {
            TcDirection::Ingress => TcAttachType::Ingress,
            TcDirection::Egress => TcAttachType::Egress,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            TcDirection::Ingress => "ingress",
            TcDirection::Egress => "egress",
        }
    }
}

/// A program attached to an interface, in a form that another process can detach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attachment {
    /// A direct-action `cls_bpf` filter on the interface's clsact qdisc.
    Tc {
        interface: String,
        direction: TcDirection,
        priority: u16,
        handle: u32,
        /// The qdisc was added by this attachment (and goes when its last filter goes).
        created_clsact: bool,
    },
    /// An XDP bpf_link, kept alive by its pin.
    Xdp { interface: String, link_pin: PathBuf },
    /// An XDP program offloaded to the NIC (`xdpoffload`, attached through netlink in hardware
    /// mode; see [`offload`]).
    XdpOffload { interface: String },
}

impl Attachment {
    /// Detaches the program. A TC filter or XDP link that is already gone (for instance because
    /// its interface was deleted) counts as detached.
    pub fn detach(&self) -> Result<(), Error> {
        match self {
            Attachment::Tc { interface, direction, priority, handle, created_clsact } => {
                let what = format!("the tc {} filter (pref {priority} handle {handle:#x}) on `{interface}`", direction.as_str());
                let detach_error = |message: String| Error::Detach { what: what.clone(), message };
                let ifindex = match netlink::ifindex(interface) {
                    Ok(index) => index,
                    Err(e) if e.raw_os_error() == Some(libc::ENODEV) => return Ok(()),
                    Err(e) => return Err(detach_error(e.to_string())),
                };
                let link = SchedClassifierLink::attached(interface, direction.attach_type(), *priority, TcHandle::from(*handle), None)
                    .map_err(|e| detach_error(e.to_string()))?;
                if let Err(e) = link.detach() {
                    let errno = match &e {
                        ProgramError::TcError(TcError::NetlinkError(n)) | ProgramError::NetlinkError(n) => n.raw_os_error(),
                        _ => None,
                    };
                    // ENOENT: no such filter. EINVAL: no clsact qdisc any more ("Parent Qdisc
                    // doesn't exists"), when a filter dump of the hook finds nothing either.
                    let parent = match direction {
                        TcDirection::Ingress => netlink::CLSACT_INGRESS,
                        TcDirection::Egress => netlink::CLSACT_EGRESS,
                    };
                    let gone = errno == Some(libc::ENOENT)
                        || (errno == Some(libc::EINVAL) && matches!(netlink::count_filters(ifindex, parent), Ok(0)));
                    if !gone {
                        return Err(detach_error(chain(&e)));
                    }
                    return Ok(());
                }
                if *created_clsact {
                    let remaining = netlink::count_filters(ifindex, netlink::CLSACT_INGRESS)
                        .and_then(|n| Ok(n + netlink::count_filters(ifindex, netlink::CLSACT_EGRESS)?));
                    match remaining {
                        Ok(0) => match netlink::delete_clsact(ifindex) {
                            Ok(()) => {}
                            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOENT | libc::EINVAL)) => {}
                            Err(e) => {
                                return Err(Error::Detach { what: format!("the clsact qdisc of `{interface}`"), message: e.to_string() })
                            }
                        },
                        Ok(_) => {}
                        Err(e) => return Err(Error::Detach { what: format!("the clsact qdisc of `{interface}`"), message: e.to_string() }),
                    }
                }
                Ok(())
            }
            Attachment::XdpOffload { interface } => {
                let ifindex = match netlink::ifindex(interface) {
                    Ok(index) => index,
                    Err(e) if e.raw_os_error() == Some(libc::ENODEV) => return Ok(()),
                    Err(e) => return Err(Error::Detach { what: format!("the offloaded XDP program of `{interface}`"), message: e.to_string() }),
                };
                netlink::set_xdp(ifindex, -1, netlink::XDP_FLAGS_HW_MODE)
                    .map_err(|e| Error::Detach { what: format!("the offloaded XDP program of `{interface}`"), message: e.to_string() })
            }
            Attachment::Xdp { interface, link_pin } => match std::fs::remove_file(link_pin) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(Error::Detach {
                    what: format!("the XDP link of `{interface}` pinned at {}", link_pin.display()),
                    message: e.to_string(),
                }),
            },
        }
    }
}

/// Everything a load created that outlives the process: attachments, pins, and the directories
/// made for the pins (outermost first). [`Created::remove`] undoes exactly that.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Created {
    pub attachments: Vec<Attachment>,
    pub pins: Vec<PathBuf>,
    pub dirs: Vec<PathBuf>,
}

impl Created {
    pub fn is_empty(&self) -> bool {
        self.attachments.is_empty() && self.pins.is_empty() && self.dirs.is_empty()
    }

    /// Detaches the attachments, unlinks the pins, removes the directories (innermost first),
    /// each in reverse order of creation; keeps going after a failure and reports all of them.
    pub fn remove(&self) -> Result<(), Error> {
        let mut errors = Vec::new();
        for attachment in self.attachments.iter().rev() {
            if let Err(e) = attachment.detach() {
                errors.push(e);
            }
        }
        for pin in self.pins.iter().rev() {
            match std::fs::remove_file(pin) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => errors.push(Error::Detach { what: format!("the pin {}", pin.display()), message: e.to_string() }),
            }
        }
        for dir in self.dirs.iter().rev() {
            match std::fs::remove_dir(dir) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                // A parent another load pinned into since: its pins are not ours to remove (a
                // pin of ours that would not go is reported above).
                Err(e) if e.kind() == io::ErrorKind::DirectoryNotEmpty => {}
                Err(e) => errors.push(Error::Detach { what: format!("the directory {}", dir.display()), message: e.to_string() }),
            }
        }
        match errors.len() {
            0 => Ok(()),
            1 => Err(errors.remove(0)),
            _ => Err(Error::Several(errors)),
        }
    }

    /// One line per object, for a file that `flowmark unload` reads back with [`Created::parse`]:
    /// `tc IFACE ingress|egress PRIORITY HANDLE clsact-created|clsact-existed`,
    /// `xdp IFACE LINK-PIN`, `xdpoffload IFACE`, `pin PATH`, `dir PATH`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for dir in &self.dirs {
            out.push_str(&format!("dir {}\n", dir.display()));
        }
        for pin in &self.pins {
            out.push_str(&format!("pin {}\n", pin.display()));
        }
        for attachment in &self.attachments {
            match attachment {
                Attachment::Tc { interface, direction, priority, handle, created_clsact } => {
                    let clsact = if *created_clsact { "clsact-created" } else { "clsact-existed" };
                    out.push_str(&format!("tc {interface} {} {priority} {handle} {clsact}\n", direction.as_str()));
                }
                Attachment::Xdp { interface, link_pin } => out.push_str(&format!("xdp {interface} {}\n", link_pin.display())),
                Attachment::XdpOffload { interface } => out.push_str(&format!("xdpoffload {interface}\n")),
            }
        }
        out
    }

    pub fn parse(text: &str) -> Result<Self, Error> {
        let mut created = Created::default();
        for (number, line) in text.lines().enumerate() {
            let bad = || Error::Record(format!("line {}: `{line}`", number + 1));
            if line.trim().is_empty() {
                continue;
            }
            let (word, rest) = line.split_once(' ').ok_or_else(bad)?;
            match word {
                "dir" => created.dirs.push(PathBuf::from(rest)),
                "pin" => created.pins.push(PathBuf::from(rest)),
                "xdpoffload" => created.attachments.push(Attachment::XdpOffload { interface: rest.to_string() }),
                "xdp" => {
                    let (interface, pin) = rest.split_once(' ').ok_or_else(bad)?;
                    created.attachments.push(Attachment::Xdp { interface: interface.to_string(), link_pin: PathBuf::from(pin) });
                }
                "tc" => {
                    let fields: Vec<&str> = rest.split(' ').collect();
                    let [interface, direction, priority, handle, clsact] = fields.as_slice() else { return Err(bad()) };
                    let direction = match *direction {
                        "ingress" => TcDirection::Ingress,
                        "egress" => TcDirection::Egress,
                        _ => return Err(bad()),
                    };
                    let created_clsact = match *clsact {
                        "clsact-created" => true,
                        "clsact-existed" => false,
                        _ => return Err(bad()),
                    };
                    created.attachments.push(Attachment::Tc {
                        interface: interface.to_string(),
                        direction,
                        priority: priority.parse().map_err(|_| bad())?,
                        handle: handle.parse().map_err(|_| bad())?,
                        created_clsact,
                    });
                }
                _ => return Err(bad()),
            }
        }
        Ok(created)
    }
}

/// The `MapData` inside any `aya::maps::Map`.
fn map_data(map: Map) -> MapData {
    match map {
        Map::Array(d)
        | Map::ArrayOfMaps(d)
        | Map::BloomFilter(d)
        | Map::CgroupArray(d)
        | Map::CgroupStorage(d)
        | Map::CgrpStorage(d)
        | Map::CpuMap(d)
        | Map::DevMap(d)
        | Map::DevMapHash(d)
        | Map::HashMap(d)
        | Map::HashOfMaps(d)
        | Map::InodeStorage(d)
        | Map::LpmTrie(d)
        | Map::LruHashMap(d)
        | Map::PerCpuArray(d)
        | Map::PerCpuCgroupStorage(d)
        | Map::PerCpuHashMap(d)
        | Map::PerCpuLruHashMap(d)
        | Map::PerfEventArray(d)
        | Map::ProgramArray(d)
        | Map::Queue(d)
        | Map::ReusePortSockArray(d)
        | Map::RingBuf(d)
        | Map::SockHash(d)
        | Map::SockMap(d)
        | Map::SkStorage(d)
        | Map::Stack(d)
        | Map::StackTraceMap(d)
        | Map::Unsupported(d)
        | Map::XskMap(d) => d,
    }
}

/// A flowmark object loaded into the kernel: its one program (verified and JIT-compiled), its
/// maps, and the record of what it attached and pinned. Dropping it closes the process's file
/// descriptors; attachments and pins stay until [`Created::remove`] (or [`Loaded::unload`]).
#[derive(Debug)]
pub struct Loaded {
    ebpf: Ebpf,
    program: String,
    program_type: ProgramType,
    maps: BTreeMap<String, RawMap>,
    created: Created,
}

impl Loaded {
    /// Creates the maps and loads the program of the ELF object `elf`.
    pub fn load(elf: &[u8]) -> Result<Self, Error> {
        let mut ebpf = EbpfLoader::new().load(elf).map_err(|e| Error::Load(chain(&e)))?;
        let names: Vec<String> = ebpf.programs().map(|(name, _)| name.to_string()).collect();
        let [name] = names.as_slice() else { return Err(Error::ProgramCount(names.len())) };
        let name = name.clone();
        let program = ebpf.program_mut(&name).ok_or(Error::ProgramCount(0))?;
        let program_type = match program {
            Program::SchedClassifier(p) => {
                p.load().map_err(|e| Error::Load(chain(&e)))?;
                ProgramType::SchedCls
            }
            Program::Xdp(p) => {
                p.load().map_err(|e| Error::Load(chain(&e)))?;
                ProgramType::Xdp
            }
            other => return Err(Error::UnsupportedProgram { name, kind: format!("{:?}", other.prog_type()) }),
        };
        let map_names: Vec<String> = ebpf.maps().map(|(name, _)| name.to_string()).collect();
        let mut maps = BTreeMap::new();
        for map_name in map_names {
            let map = ebpf.take_map(&map_name).ok_or_else(|| Error::NoSuchMap(map_name.clone()))?;
            maps.insert(map_name.clone(), RawMap::new(map_name, map_data(map))?);
        }
        Ok(Loaded { ebpf, program: name, program_type, maps, created: Created::default() })
    }

    /// The program's name (its function symbol).
    pub fn program_name(&self) -> &str {
        &self.program
    }

    pub fn program_type(&self) -> ProgramType {
        self.program_type
    }

    fn program(&self) -> &Program {
        // The program was found by this name in `load` and is never taken out.
        self.ebpf.program(&self.program).expect("the loaded program is still in the object")
    }

    /// The program's file descriptor.
    pub fn program_fd(&self) -> Result<BorrowedFd<'_>, Error> {
        let fd = self.program().fd().map_err(|e| Error::TestRun(chain(&e)))?;
        Ok(fd.as_fd())
    }

    /// The map named `name` in the object.
    pub fn map(&self, name: &str) -> Result<&RawMap, Error> {
        self.maps.get(name).ok_or_else(|| Error::NoSuchMap(name.to_string()))
    }

    /// All maps, by name.
    pub fn maps(&self) -> impl Iterator<Item = &RawMap> {
        self.maps.values()
    }

    /// Ids, translated and JIT-compiled sizes (`BPF_OBJ_GET_INFO_BY_FD`).
    pub fn info(&self) -> Result<ProgramInfo, Error> {
        let info = self.program().info().map_err(|e| Error::Load(chain(&e)))?;
        Ok(ProgramInfo {
            id: info.id(),
            name: info.name_as_str().unwrap_or_default().to_string(),
            xlated_bytes: info.size_translated().unwrap_or(0),
            jited_bytes: info.size_jitted(),
            verified_insns: info.verified_instruction_count(),
        })
    }

    /// Runs the program `repeat` times (at least once) on `data_in` with `BPF_PROG_TEST_RUN`.
    /// `ctx_in`: a `struct __sk_buff` (TC, see [`skb_context`]) or `struct xdp_md` (XDP, see
    /// [`xdp_context`]; with metadata in front of the packet in `data_in`); `None` for a zeroed
    /// `__sk_buff` or an XDP context without metadata. See the module documentation.
    pub fn test_run(&self, data_in: &[u8], ctx_in: Option<&[u8]>, repeat: u32) -> Result<TestRunResult, Error> {
        let default_xdp;
        let (ctx_in, ctx_size) = match self.program_type {
            ProgramType::SchedCls => (ctx_in, SKB_CONTEXT_SIZE),
            ProgramType::Xdp => match ctx_in {
                Some(ctx) => (Some(ctx), XDP_CONTEXT_SIZE),
                None => {
                    default_xdp = xdp_context(0, data_in.len() as u32);
                    (Some(default_xdp.as_slice()), XDP_CONTEXT_SIZE)
                }
            },
        };
        // Room for programs that grow the packet (XDP headroom is 256 bytes; skb helpers can
        // grow further).
        let mut data_out = vec![0u8; data_in.len() + 4096];
        let mut ctx_out = vec![0u8; ctx_size];
        let opts = TestRunOptions {
            data_in: Some(data_in),
            data_out: Some(&mut data_out),
            ctx_in,
            ctx_out: Some(&mut ctx_out),
            repeat: repeat.max(1),
            ..TestRunOptions::default()
        };
        let result = match self.program() {
            Program::SchedClassifier(p) => p.test_run(opts),
            Program::Xdp(p) => p.test_run(opts),
            _ => unreachable!("load accepts only TC and XDP programs"),
        }
        .map_err(|e| Error::TestRun(chain(&e)))?;
        data_out.truncate(result.data_size_out as usize);
        ctx_out.truncate(result.ctx_size_out as usize);
        Ok(TestRunResult {
            program_type: self.program_type,
            retval: result.return_value,
            data_out,
            ctx_out,
            duration_ns: result.duration.as_nanos() as u64,
        })
    }

    /// Attaches the TC program as a direct-action filter on `interface`'s clsact qdisc (added
    /// when missing). The filter outlives this process; see [`Attachment::detach`].
    pub fn attach_tc(&mut self, interface: &str, direction: TcDirection) -> Result<Attachment, Error> {
        let attach_error = |message: String| Error::Attach { interface: interface.to_string(), message };
        let name = self.program.clone();
        let Some(Program::SchedClassifier(program)) = self.ebpf.program_mut(&name) else {
            return Err(attach_error(format!("`{name}` is not a TC program")));
        };
        let created_clsact = match tc::qdisc_add_clsact(interface) {
            Ok(()) => true,
            Err(TcError::NetlinkError(e)) if e.raw_os_error() == Some(libc::EEXIST) => false,
            Err(e) => return Err(attach_error(format!("adding the clsact qdisc: {}", chain(&e)))),
        };
        let attached = program
            .attach_with_options(interface, direction.attach_type(), TcAttachOptions::Netlink(NlOptions::default()))
            .and_then(|id| program.take_link(id))
            .and_then(|link| Ok((link.priority()?, link.handle()?, link)));
        let (priority, handle, link) = match attached {
            Ok(attached) => attached,
            Err(e) => {
                let mut message = chain(&e);
                if created_clsact {
                    if let Err(cleanup) = netlink::ifindex(interface).and_then(netlink::delete_clsact) {
                        message.push_str(&format!("; removing the clsact qdisc added for it: {cleanup}"));
                    }
                }
                return Err(attach_error(message));
            }
        };
        // The filter must outlive the link handle (whose drop would detach it):
        // `Attachment::detach` finds it again by priority and handle.
        std::mem::forget(link);
        let attachment =
            Attachment::Tc { interface: interface.to_string(), direction, priority, handle: u32::from(handle), created_clsact };
        self.created.attachments.push(attachment.clone());
        Ok(attachment)
    }

    /// Attaches the XDP program to `interface` (native mode when the driver has it) through a
    /// bpf_link pinned at `link_pin` (on a bpffs, directory existing), which keeps it attached
    /// after this process exits.
    pub fn attach_xdp(&mut self, interface: &str, link_pin: &Path) -> Result<Attachment, Error> {
        let attach_error = |message: String| Error::Attach { interface: interface.to_string(), message };
        let name = self.program.clone();
        let Some(Program::Xdp(program)) = self.ebpf.program_mut(&name) else {
            return Err(attach_error(format!("`{name}` is not an XDP program")));
        };
        let link =
            program.attach(interface, XdpMode::default()).and_then(|id| program.take_link(id)).map_err(|e| attach_error(chain(&e)))?;
        let fd_link: FdLink = link.try_into().map_err(|e: aya::programs::links::LinkError| {
            attach_error(format!("the kernel attached through netlink, not a bpf_link: {}", chain(&e)))
        })?;
        // Dropping the pinned link's handle closes this process's fd; the pin keeps the link.
        drop(fd_link.pin(link_pin).map_err(|e| Error::Pin { path: link_pin.to_path_buf(), message: chain(&e) })?);
        let attachment = Attachment::Xdp { interface: interface.to_string(), link_pin: link_pin.to_path_buf() };
        self.created.attachments.push(attachment.clone());
        Ok(attachment)
    }

    /// Pins the program at `dir/<program>` and every map at `dir/maps/<map>`, creating `dir`
    /// and any missing parents; `dir` must not exist yet (a previous load's pins are there:
    /// unload it first).
    pub fn pin(&mut self, dir: &Path) -> Result<(), Error> {
        if dir.exists() {
            return Err(Error::Pin { path: dir.to_path_buf(), message: "already exists (unload the previous load first)".into() });
        }
        let maps_dir = dir.join("maps");
        let extra = if self.maps.is_empty() { vec![] } else { vec![maps_dir.clone()] };
        let created = create_pin_dirs(dir, &extra).map_err(|(path, e)| Error::Pin { path, message: e.to_string() })?;
        self.created.dirs.extend(created);
        let program_pin = dir.join(&self.program);
        let name = self.program.clone();
        let program = self.ebpf.program_mut(&name).expect("the loaded program is still in the object");
        program.pin(&program_pin).map_err(|e| Error::Pin { path: program_pin.clone(), message: chain(&e) })?;
        self.created.pins.push(program_pin);
        for (map_name, map) in &self.maps {
            let path = maps_dir.join(map_name);
            map.pin(&path)?;
            self.created.pins.push(path);
        }
        Ok(())
    }

    /// What this load attached and pinned so far.
    pub fn created(&self) -> &Created {
        &self.created
    }

    /// Removes everything this load attached and pinned, then closes the program and maps.
    pub fn unload(self) -> Result<(), Error> {
        self.created.remove()
    }
}

#[cfg(test)]
mod tests {
    use super::create_pin_dirs;
    use std::path::PathBuf;

    /// Loads racing into a fresh pin root: each creates its own directory; the shared parent is
    /// created (and owned) by exactly one of them, and none fails on it.
    #[test]
    fn loads_racing_into_a_fresh_root_share_the_parent() {
        let base = std::env::temp_dir().join(format!("flowmark-pin-dirs-{}", std::process::id()));
        let root = base.join("flowmark");
        for attempt in 0..20 {
            let _ = std::fs::remove_dir_all(&base);
            std::fs::create_dir(&base).expect("test directory");
            let barrier = std::sync::Arc::new(std::sync::Barrier::new(8));
            let results: Vec<Result<Vec<PathBuf>, String>> = (0..8)
                .map(|i| {
                    let (barrier, dir) = (barrier.clone(), root.join(format!("load{i}")));
                    std::thread::spawn(move || {
                        barrier.wait();
                        create_pin_dirs(&dir, &[dir.join("maps")]).map_err(|(p, e)| format!("{}: {e}", p.display()))
                    })
                })
                .collect::<Vec<_>>()
                .into_iter()
                .map(|t| t.join().expect("thread"))
                .collect();
            let created: Vec<Vec<PathBuf>> = results.into_iter().map(|r| r.expect("no load fails")).collect();
            let owners = created.iter().filter(|dirs| dirs.contains(&root)).count();
            assert_eq!(owners, 1, "attempt {attempt}: {created:?}");
            assert!(created.iter().all(|dirs| dirs.len() == 2 || dirs.len() == 3), "{created:?}");
        }
        std::fs::remove_dir_all(&base).expect("clean up");
    }

    /// The load's own directory must be new.
    #[test]
    fn an_existing_pin_directory_is_an_error() {
        let base = std::env::temp_dir().join(format!("flowmark-pin-dir-exists-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(base.join("load")).expect("test directory");
        let error = create_pin_dirs(&base.join("load"), &[]);
        assert!(error.is_err(), "{error:?}");
        std::fs::remove_dir_all(&base).expect("clean up");
    }
}
