//! NIC offload loads (`flowmark load --offload DEV`): the program and every map created with the
//! device's ifindex (`prog_ifindex`, `map_ifindex`), which aya 0.14 cannot set, so this file does
//! `BPF_MAP_CREATE` and `BPF_PROG_LOAD` itself through `bpf(2)`, after parsing and relocating the
//! ELF object with `aya-obj`; then the program is attached with `skip_sw` (TC: a direct-action
//! `cls_bpf` filter, as `tc filter add dev D ingress bpf skip_sw da`; XDP: hardware mode, as
//! `ip link set dev D xdpoffload`) and pinned like any load.
//!
//! Nothing is left behind on failure: maps and the program live in [`OwnedFd`]s, which close as
//! soon as a step fails (an unpinned, unattached map or program is freed by the kernel when its
//! last descriptor closes), and an attach or pin failure undoes what that load attached and
//! pinned. A device without eBPF offload (a veth, a NIC whose driver has none) refuses the first
//! map, or the program when there are none; the error names the device and quotes the kernel.
//!
//! [`inspect`] reads an object the same way and scans its instructions
//! (`flowmark_ebpf::offload::scan_instructions`) for what it uses, which the load checks against
//! the offload rules before asking the kernel, and which the tests snapshot per example.

use super::{netlink, Attachment, Created, ProgramType};
use aya_obj::{Object, ProgramSection};
use flowmark_ebpf::offload::{self as rules, MapSummary, Usage};
use flowmark_ebpf::program::{Insn, ProgramKind};
use std::collections::HashSet;
use std::ffi::CString;
use std::fmt;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};

const BPF_MAP_CREATE: libc::c_long = 0;
const BPF_PROG_LOAD: libc::c_long = 5;
const BPF_OBJ_PIN: libc::c_long = 6;
const BPF_MAP_GET_FD_BY_ID: libc::c_long = 14;
const BPF_OBJ_GET_INFO_BY_FD: libc::c_long = 15;
const BPF_PROG_TYPE_SCHED_CLS: u32 = 3;
const BPF_PROG_TYPE_XDP: u32 = 6;
/// `BPF_PSEUDO_MAP_FD` in an `ld_imm64`'s source register.
const BPF_PSEUDO_MAP_FD: u8 = 1;
/// Bytes of verifier log kept for error messages.
const LOG_BYTES: usize = 256 * 1024;

/// The `BPF_MAP_CREATE` member of `union bpf_attr`, up to `map_ifindex`.
#[repr(C)]
#[derive(Default)]
struct MapCreateAttr {
    map_type: u32,
    key_size: u32,
    value_size: u32,
    max_entries: u32,
    map_flags: u32,
    inner_map_fd: u32,
    numa_node: u32,
    map_name: [u8; 16],
    map_ifindex: u32,
}

/// The `BPF_PROG_LOAD` member of `union bpf_attr`, up to `expected_attach_type`.
#[repr(C)]
#[derive(Default)]
struct ProgLoadAttr {
    prog_type: u32,
    insn_cnt: u32,
    insns: u64,
    license: u64,
    log_level: u32,
    log_size: u32,
    log_buf: u64,
    kern_version: u32,
    prog_flags: u32,
    prog_name: [u8; 16],
    prog_ifindex: u32,
    expected_attach_type: u32,
}

/// `BPF_OBJ_PIN`.
#[repr(C)]
#[derive(Default)]
struct PinAttr {
    pathname: u64,
    bpf_fd: u32,
    file_flags: u32,
}

/// `BPF_MAP_GET_FD_BY_ID`.
#[repr(C)]
#[derive(Default)]
struct GetByIdAttr {
    id: u32,
    next_id: u32,
    open_flags: u32,
}

/// `BPF_OBJ_GET_INFO_BY_FD`.
#[repr(C)]
#[derive(Default)]
struct InfoAttr {
    bpf_fd: u32,
    info_len: u32,
    info: u64,
}

use super::sys::bpf;

/// Takes ownership of a descriptor `bpf(2)` just returned.
fn owned(fd: libc::c_long) -> OwnedFd {
    // SAFETY: on success these commands return a new descriptor nothing else owns.
    unsafe { OwnedFd::from_raw_fd(fd as RawFd) }
}

/// A kernel object name: at most 15 bytes of `[A-Za-z0-9_.]`, NUL-terminated.
fn object_name(name: &str) -> [u8; 16] {
    let mut out = [0u8; 16];
    for (slot, byte) in out.iter_mut().zip(name.bytes().filter(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.').take(15)) {
        *slot = byte;
    }
    out
}

/// The id of the map behind `fd`.
fn map_id(fd: &OwnedFd) -> io::Result<u32> {
    let mut info = [0u8; 80];
    let mut attr = InfoAttr { bpf_fd: fd.as_raw_fd() as u32, info_len: info.len() as u32, info: info.as_mut_ptr() as u64 };
    // SAFETY: `info` has `info_len` writable bytes; the kernel writes at most that many.
    unsafe { bpf(BPF_OBJ_GET_INFO_BY_FD, &mut attr) }?;
    Ok(u32::from_ne_bytes([info[4], info[5], info[6], info[7]]))
}

/// The interface index of `device` in the calling thread's network namespace.
pub fn ifindex(device: &str) -> io::Result<u32> {
    netlink::ifindex(device)
}

/// Whether a map with this id still exists (anywhere in the kernel).
pub fn map_exists(id: u32) -> io::Result<bool> {
    let mut attr = GetByIdAttr { id, ..GetByIdAttr::default() };
    // SAFETY: BPF_MAP_GET_FD_BY_ID takes no pointers.
    match unsafe { bpf(BPF_MAP_GET_FD_BY_ID, &mut attr) } {
        Ok(fd) => {
            drop(owned(fd));
            Ok(true)
        }
        Err(e) if e.raw_os_error() == Some(libc::ENOENT) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Why an offload load failed.
#[derive(Debug)]
pub struct OffloadError {
    /// The device asked for.
    pub device: String,
    /// What failed, with the kernel's error.
    pub message: String,
    /// Ids of the maps this load had created before failing, all closed again.
    pub closed_maps: Vec<u32>,
}

impl fmt::Display for OffloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot offload to `{}`: {}", self.device, self.message)?;
        match self.closed_maps.len() {
            0 => write!(f, "; nothing was left behind"),
            n => write!(f, "; nothing was left behind (the {n} map{} created first {} closed again)", if n == 1 { "" } else { "s" }, if n == 1 { "was" } else { "were" }),
        }
    }
}

impl std::error::Error for OffloadError {}

/// What the kernel's `errno` most likely means for an offload request.
fn explain(error: &io::Error) -> &'static str {
    match error.raw_os_error() {
        Some(libc::EINVAL) | Some(libc::EOPNOTSUPP) => {
            ": the device has no eBPF offload (only drivers that offload eBPF accept offloaded maps and programs, such as Netronome nfp NICs or netdevsim)"
        }
        Some(libc::ENODEV) => ": no such device",
        Some(libc::EPERM) | Some(libc::EACCES) => ": not permitted (root or CAP_BPF and CAP_NET_ADMIN)",
        _ => "",
    }
}

/// A relocated ELF object: its one program and its maps.
struct Parsed {
    object: Object,
    program: String,
    program_type: ProgramType,
    maps: Vec<(String, MapSummary)>,
}

fn parse(elf: &[u8]) -> Result<Parsed, String> {
    let object = Object::parse(elf).map_err(|e| format!("parsing the object: {e}"))?;
    let names: Vec<&String> = object.programs.keys().collect();
    let [name] = names.as_slice() else {
        return Err(format!("the object has {} programs; a flowmark object has exactly one", names.len()));
    };
    let name = (*name).clone();
    let program_type = match &object.programs[&name].section {
        ProgramSection::SchedClassifier => ProgramType::SchedCls,
        ProgramSection::Xdp { .. } => ProgramType::Xdp,
        other => return Err(format!("program `{name}` is in a {other:?} section; only TC classifiers and XDP can be offloaded")),
    };
    let mut maps: Vec<(String, MapSummary)> = object
        .maps
        .iter()
        .map(|(map_name, map)| {
            let summary = MapSummary {
                name: map_name.clone(),
                map_type: map.map_type(),
                key_size: map.key_size(),
                value_size: map.value_size(),
                max_entries: map.max_entries(),
                flags: map.map_flags(),
            };
            (map_name.clone(), summary)
        })
        .collect();
    maps.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some((data, _)) = object.maps.iter().find(|(_, m)| !m.data().is_empty()) {
        return Err(format!("the object has a global data section (`{data}`); offload loads take only `.maps` maps"));
    }
    Ok(Parsed { object, program: name, program_type, maps })
}

/// The program's instructions, with map references relocated to `fds` (name -> descriptor;
/// empty to leave them unrelocated for a scan).
fn instructions(parsed: &mut Parsed, fds: &[(String, RawFd)]) -> Result<Vec<Insn>, String> {
    let text_sections: HashSet<usize> = parsed.object.functions.keys().map(|(section, _)| *section).collect();
    if !fds.is_empty() {
        let definitions: Vec<(String, RawFd, aya_obj::Map)> = fds
            .iter()
            .filter_map(|(name, fd)| parsed.object.maps.get(name).map(|m| (name.clone(), *fd, m.clone())))
            .collect();
        parsed
            .object
            .relocate_maps(definitions.iter().map(|(n, fd, m)| (n.as_str(), *fd, m)), &text_sections)
            .map_err(|e| format!("relocating map references: {e}"))?;
    }
    parsed.object.relocate_calls(&text_sections).map_err(|e| format!("linking functions: {e}"))?;
    let program = &parsed.object.programs[&parsed.program];
    let function = parsed.object.functions.get(&program.function_key()).ok_or("the program's code is missing")?;
    Ok(function
        .instructions
        .iter()
        .map(|insn| Insn { code: insn.code, dst: insn.dst_reg(), src: insn.src_reg(), off: insn.off, imm: insn.imm })
        .collect())
}

/// The program type, its kind and what the program of an ELF object uses.
pub fn inspect(elf: &[u8]) -> Result<(ProgramKind, Usage), String> {
    let mut parsed = parse(elf)?;
    let insns = instructions(&mut parsed, &[])?;
    let kind = match parsed.program_type {
        ProgramType::SchedCls => ProgramKind::Tc,
        ProgramType::Xdp => ProgramKind::Xdp,
    };
    let maps = parsed.maps.iter().map(|(_, m)| m.clone()).collect();
    Ok((kind, rules::scan_instructions(&insns, maps)))
}

/// Which devices the program and the maps are created for. [`Offloaded::load`] binds both to the
/// device; the tests bind only the program (maps on the host) to exercise the cleanup of maps
/// after a failed program load on a device without offload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Binding {
    pub program_ifindex: u32,
    pub map_ifindex: u32,
}

/// A program and its maps, created for a NIC.
#[derive(Debug)]
pub struct Offloaded {
    pub device: String,
    pub ifindex: u32,
    pub program: String,
    pub program_type: ProgramType,
    program_fd: OwnedFd,
    /// Name, descriptor and kernel id of every map.
    maps: Vec<(String, OwnedFd, u32)>,
    created: Created,
}

impl Offloaded {
    /// Creates the maps and loads the program of `elf` for `device` (program and maps bound to
    /// its ifindex), after checking the object against the offload rules (all but the element
    /// limit, which the object may have been built for with `--offload-element-bytes`: the
    /// device checks its own).
    pub fn load(elf: &[u8], device: &str) -> Result<Offloaded, OffloadError> {
        let fail = |message: String| OffloadError { device: device.to_string(), message, closed_maps: vec![] };
        let ifindex = netlink::ifindex(device).map_err(|e| fail(format!("looking the device up: {e}")))?;
        Self::load_bound(elf, device, Binding { program_ifindex: ifindex, map_ifindex: ifindex })
    }

    /// [`Offloaded::load`] with explicit bindings (0 = the host).
    pub fn load_bound(elf: &[u8], device: &str, binding: Binding) -> Result<Offloaded, OffloadError> {
        let fail = |message: String, closed_maps: Vec<u32>| OffloadError { device: device.to_string(), message, closed_maps };
        let mut parsed = parse(elf).map_err(|m| fail(m, vec![]))?;
        let kind = match parsed.program_type {
            ProgramType::SchedCls => ProgramKind::Tc,
            ProgramType::Xdp => ProgramKind::Xdp,
        };
        let unrelocated = instructions(&mut parse(elf).map_err(|m| fail(m, vec![]))?, &[]).map_err(|m| fail(m, vec![]))?;
        let usage = rules::scan_instructions(&unrelocated, parsed.maps.iter().map(|(_, m)| m.clone()).collect());
        let problems = usage.violations(kind, u32::MAX);
        if !problems.is_empty() {
            return Err(fail(
                format!(
                    "program `{}` does not follow the offload rules (build it with `--target {}`): {}",
                    parsed.program,
                    rules::target_name(kind),
                    problems.join("; ")
                ),
                vec![],
            ));
        }
        // Maps first: the program refers to them. Each closes again if a later step fails.
        let mut maps: Vec<(String, OwnedFd, u32)> = Vec::new();
        for (name, map) in &parsed.maps {
            let mut attr = MapCreateAttr {
                map_type: map.map_type,
                key_size: map.key_size,
                value_size: map.value_size,
                max_entries: map.max_entries,
                map_flags: map.flags,
                map_name: object_name(name),
                map_ifindex: binding.map_ifindex,
                ..MapCreateAttr::default()
            };
            // SAFETY: BPF_MAP_CREATE with its attribute prefix; it holds no pointers.
            let created = unsafe { bpf(BPF_MAP_CREATE, &mut attr) };
            let fd = match created {
                Ok(fd) => owned(fd),
                Err(e) => {
                    let closed = maps.iter().map(|(_, _, id)| *id).collect();
                    let explanation = if binding.map_ifindex != 0 { explain(&e) } else { "" };
                    return Err(fail(
                        format!(
                            "BPF_MAP_CREATE of map `{name}` ({}, key {}, value {}) on ifindex {}: {e}{explanation}",
                            rules::map_type_name(map.map_type),
                            map.key_size,
                            map.value_size,
                            binding.map_ifindex
                        ),
                        closed,
                    ));
                }
            };
            let id = map_id(&fd).map_err(|e| {
                let mut closed: Vec<u32> = maps.iter().map(|(_, _, id)| *id).collect();
                closed.sort_unstable();
                fail(format!("reading the id of map `{name}`: {e}"), closed)
            })?;
            maps.push((name.clone(), fd, id));
        }
        let closed = |maps: &[(String, OwnedFd, u32)]| maps.iter().map(|(_, _, id)| *id).collect::<Vec<u32>>();
        let fds: Vec<(String, RawFd)> = maps.iter().map(|(name, fd, _)| (name.clone(), fd.as_raw_fd())).collect();
        let insns = instructions(&mut parsed, &fds).map_err(|m| fail(m, closed(&maps)))?;
        if insns.iter().any(|i| i.code == 0x18 && i.src != 0 && i.src != BPF_PSEUDO_MAP_FD) {
            return Err(fail("the program has `ld_imm64` references other than maps".into(), closed(&maps)));
        }
        let bytes: Vec<u8> = insns.iter().flat_map(|i| i.to_bytes()).collect();
        let license = parsed.object.license.clone();
        let mut log = vec![0u8; LOG_BYTES];
        let mut attr = ProgLoadAttr {
            prog_type: match parsed.program_type {
                ProgramType::SchedCls => BPF_PROG_TYPE_SCHED_CLS,
                ProgramType::Xdp => BPF_PROG_TYPE_XDP,
            },
            insn_cnt: insns.len() as u32,
            insns: bytes.as_ptr() as u64,
            license: license.as_ptr() as u64,
            log_level: 1,
            log_size: log.len() as u32,
            log_buf: log.as_mut_ptr() as u64,
            prog_name: object_name(&parsed.program),
            prog_ifindex: binding.program_ifindex,
            ..ProgLoadAttr::default()
        };
        // SAFETY: `bytes` holds `insn_cnt` instructions, `license` is NUL-terminated, and `log`
        // has `log_size` writable bytes; all outlive the call.
        let program_fd = match unsafe { bpf(BPF_PROG_LOAD, &mut attr) } {
            Ok(fd) => owned(fd),
            Err(e) => {
                let text = String::from_utf8_lossy(&log[..log.iter().position(|b| *b == 0).unwrap_or(0)]).into_owned();
                let tail: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
                let tail = tail[tail.len().saturating_sub(8)..].join(" | ");
                let explanation = if binding.program_ifindex != 0 { explain(&e) } else { "" };
                let log = if tail.is_empty() { String::new() } else { format!("; verifier log: {tail}") };
                return Err(fail(
                    format!("BPF_PROG_LOAD of `{}` on ifindex {}: {e}{explanation}{log}", parsed.program, binding.program_ifindex),
                    closed(&maps),
                ));
            }
        };
        Ok(Offloaded {
            device: device.to_string(),
            ifindex: binding.program_ifindex,
            program: parsed.program,
            program_type: parsed.program_type,
            program_fd,
            maps,
            created: Created::default(),
        })
    }

    /// Map names and kernel ids.
    pub fn map_ids(&self) -> Vec<(String, u32)> {
        self.maps.iter().map(|(name, _, id)| (name.clone(), *id)).collect()
    }

    /// Attaches the program to its device in the NIC only: a TC ingress filter with `skip_sw`,
    /// or XDP in hardware mode.
    pub fn attach(&mut self) -> Result<Attachment, OffloadError> {
        let attachment = match self.program_type {
            ProgramType::SchedCls => attach_tc_skip_sw(&self.device, self.program_fd.as_raw_fd(), &self.program)?,
            ProgramType::Xdp => attach_xdp_offload(&self.device, self.program_fd.as_raw_fd())?,
        };
        self.created.attachments.push(attachment.clone());
        Ok(attachment)
    }

    /// Pins the program at `dir/<program>` and every map at `dir/maps/<map>`, creating `dir` and
    /// missing parents; `dir` must not exist yet.
    pub fn pin(&mut self, dir: &Path) -> Result<(), OffloadError> {
        let fail = |message: String| OffloadError { device: self.device.clone(), message, closed_maps: vec![] };
        if dir.exists() {
            return Err(fail(format!("pin `{}`: already exists (unload the previous load first)", dir.display())));
        }
        let maps_dir = dir.join("maps");
        let extra = if self.maps.is_empty() { vec![] } else { vec![maps_dir.clone()] };
        let created = super::create_pin_dirs(dir, &extra).map_err(|(path, e)| fail(format!("creating {}: {e}", path.display())))?;
        self.created.dirs.extend(created);
        let mut pins: Vec<(PathBuf, RawFd)> = vec![(dir.join(&self.program), self.program_fd.as_raw_fd())];
        pins.extend(self.maps.iter().map(|(name, fd, _)| (maps_dir.join(name), fd.as_raw_fd())));
        for (path, fd) in pins {
            pin_fd(fd, &path).map_err(|e| fail(format!("pin `{}`: {e}", path.display())))?;
            self.created.pins.push(path);
        }
        Ok(())
    }

    /// What this load attached and pinned so far.
    pub fn created(&self) -> &Created {
        &self.created
    }
}

fn pin_fd(fd: RawFd, path: &Path) -> io::Result<()> {
    let cpath = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let mut attr = PinAttr { pathname: cpath.as_ptr() as u64, bpf_fd: fd as u32, file_flags: 0 };
    // SAFETY: `cpath` is NUL-terminated and outlives the call.
    unsafe { bpf(BPF_OBJ_PIN, &mut attr) }.map(drop)
}

/// Attaches TC program `fd` to `device`'s ingress as a direct-action filter with `skip_sw` (the
/// clsact qdisc is added when missing, and removed again if the filter fails).
pub fn attach_tc_skip_sw(device: &str, fd: RawFd, name: &str) -> Result<Attachment, OffloadError> {
    let fail = |message: String| OffloadError { device: device.to_string(), message, closed_maps: vec![] };
    let ifindex = netlink::ifindex(device).map_err(|e| fail(format!("looking the device up: {e}")))?;
    let created_clsact = match aya::programs::tc::qdisc_add_clsact(device) {
        Ok(()) => true,
        Err(aya::programs::tc::TcError::NetlinkError(e)) if e.raw_os_error() == Some(libc::EEXIST) => false,
        Err(e) => return Err(fail(format!("adding the clsact qdisc: {}", super::chain(&e)))),
    };
    match netlink::add_offloaded_filter(ifindex, netlink::CLSACT_INGRESS, fd, name) {
        Ok((priority, handle)) => Ok(Attachment::Tc {
            interface: device.to_string(),
            direction: super::TcDirection::Ingress,
            priority,
            handle,
            created_clsact,
        }),
        Err(e) => {
            let mut message = format!("adding the tc filter with skip_sw: {e}{}", explain(&e));
            if created_clsact {
                if let Err(cleanup) = netlink::delete_clsact(ifindex) {
                    message.push_str(&format!("; removing the clsact qdisc added for it: {cleanup}"));
                }
            }
            Err(fail(message))
        }
    }
}

/// Attaches XDP program `fd` to `device` in hardware mode (`xdpoffload`).
pub fn attach_xdp_offload(device: &str, fd: RawFd) -> Result<Attachment, OffloadError> {
    let fail = |message: String| OffloadError { device: device.to_string(), message, closed_maps: vec![] };
    let ifindex = netlink::ifindex(device).map_err(|e| fail(format!("looking the device up: {e}")))?;
    netlink::set_xdp(ifindex, fd, netlink::XDP_FLAGS_HW_MODE)
        .map_err(|e| fail(format!("attaching XDP in hardware mode: {e}{}", explain(&e))))?;
    Ok(Attachment::XdpOffload { interface: device.to_string() })
}
