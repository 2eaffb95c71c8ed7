//! The raw `bpf(2)` calls the loader makes itself: map element access by bytes (aya's typed maps
//! need fixed-size `Pod` keys and values, flowmark's layouts are byte vectors) and a map-create
//! probe for the kernel-availability check. Everything else (loading, test runs, program info,
//! pinning, attaching) goes through aya.
//!
//! The element calls are `unsafe fn`s: the kernel reads `key_size` bytes from the key pointer and
//! writes `value_size` bytes (times the number of possible CPUs for per-CPU maps) through the
//! value pointer, sizes it knows and the slices do not carry. [`super::maps::RawMap`] checks the
//! lengths before calling.

use std::io;
use std::mem::size_of;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd};

const BPF_MAP_CREATE: libc::c_long = 0;
const BPF_MAP_LOOKUP_ELEM: libc::c_long = 1;
const BPF_MAP_UPDATE_ELEM: libc::c_long = 2;
const BPF_MAP_DELETE_ELEM: libc::c_long = 3;
const BPF_MAP_GET_NEXT_KEY: libc::c_long = 4;

/// `BPF_MAP_TYPE_ARRAY`.
const MAP_TYPE_ARRAY: u32 = 2;

/// The `BPF_MAP_*_ELEM` and `BPF_MAP_GET_NEXT_KEY` member of `union bpf_attr`.
#[repr(C)]
#[derive(Default)]
struct MapElemAttr {
    map_fd: u32,
    _pad: u32,
    key: u64,
    /// `value` or `next_key`.
    value: u64,
    flags: u64,
}

/// The first members of the `BPF_MAP_CREATE` member of `union bpf_attr`.
#[repr(C)]
#[derive(Default)]
struct MapCreateAttr {
    map_type: u32,
    key_size: u32,
    value_size: u32,
    max_entries: u32,
    map_flags: u32,
}

/// `bpf(cmd, attr, sizeof(*attr))`.
///
/// # Safety
/// `attr` must be the `union bpf_attr` member for `cmd`, and every pointer in it must point at a
/// buffer at least as large as the kernel will read or write for that command.
pub(crate) unsafe fn bpf<T>(cmd: libc::c_long, attr: &mut T) -> io::Result<libc::c_long> {
    // SAFETY: `attr` is a live, initialised `#[repr(C)]` prefix of `union bpf_attr` (the kernel
    // zero-extends shorter attributes); the caller vouches for the buffers it points at.
    let ret = unsafe { libc::syscall(libc::SYS_bpf, cmd, attr as *mut T, size_of::<T>() as libc::c_uint) };
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

fn elem_attr(map: BorrowedFd<'_>, key: Option<&[u8]>, value: u64, flags: u64) -> MapElemAttr {
    MapElemAttr { map_fd: map.as_raw_fd() as u32, _pad: 0, key: key.map_or(0, |key| key.as_ptr() as u64), value, flags }
}

/// `BPF_MAP_LOOKUP_ELEM`; `Ok(false)` when the key is absent.
///
/// # Safety
/// `key.len()` must be the map's key size and `value.len()` at least the bytes the kernel writes
/// (the value size, times the possible CPUs rounded to 8 bytes each for per-CPU maps).
pub(crate) unsafe fn map_lookup(map: BorrowedFd<'_>, key: &[u8], value: &mut [u8]) -> io::Result<bool> {
    let mut attr = elem_attr(map, Some(key), value.as_mut_ptr() as u64, 0);
    // SAFETY: the caller guarantees the key and value buffer sizes.
    match unsafe { bpf(BPF_MAP_LOOKUP_ELEM, &mut attr) } {
        Ok(_) => Ok(true),
        Err(e) if e.raw_os_error() == Some(libc::ENOENT) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `BPF_MAP_UPDATE_ELEM` with `BPF_ANY` (0), `BPF_NOEXIST` (1) or `BPF_EXIST` (2).
///
/// # Safety
/// As [`map_lookup`], with `value` read instead of written.
pub(crate) unsafe fn map_update(map: BorrowedFd<'_>, key: &[u8], value: &[u8], flags: u64) -> io::Result<()> {
    let mut attr = elem_attr(map, Some(key), value.as_ptr() as u64, flags);
    // SAFETY: the caller guarantees the key and value buffer sizes; the kernel only reads them.
    unsafe { bpf(BPF_MAP_UPDATE_ELEM, &mut attr) }.map(drop)
}

/// `BPF_MAP_DELETE_ELEM`; `Ok(false)` when the key was absent.
///
/// # Safety
/// `key.len()` must be the map's key size.
pub(crate) unsafe fn map_delete(map: BorrowedFd<'_>, key: &[u8]) -> io::Result<bool> {
    let mut attr = elem_attr(map, Some(key), 0, 0);
    // SAFETY: the caller guarantees the key size; the kernel only reads it.
    match unsafe { bpf(BPF_MAP_DELETE_ELEM, &mut attr) } {
        Ok(_) => Ok(true),
        Err(e) if e.raw_os_error() == Some(libc::ENOENT) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `BPF_MAP_GET_NEXT_KEY`: the key after `key` (the first key for `None`) into `next`;
/// `Ok(false)` after the last key.
///
/// # Safety
/// `key` (when given) and `next` must be exactly the map's key size.
pub(crate) unsafe fn map_next_key(map: BorrowedFd<'_>, key: Option<&[u8]>, next: &mut [u8]) -> io::Result<bool> {
    let mut attr = elem_attr(map, key, next.as_mut_ptr() as u64, 0);
    // SAFETY: the caller guarantees both key buffers have the map's key size.
    match unsafe { bpf(BPF_MAP_GET_NEXT_KEY, &mut attr) } {
        Ok(_) => Ok(true),
        Err(e) if e.raw_os_error() == Some(libc::ENOENT) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Creates (and closes) a one-entry array map: does `bpf(2)` work for this process?
pub(crate) fn probe_map_create() -> io::Result<()> {
    let mut attr = MapCreateAttr { map_type: MAP_TYPE_ARRAY, key_size: 4, value_size: 4, max_entries: 1, map_flags: 0 };
    // SAFETY: BPF_MAP_CREATE with a map-create attribute prefix; it holds no pointers.
    let fd = unsafe { bpf(BPF_MAP_CREATE, &mut attr) }?;
    // SAFETY: on success BPF_MAP_CREATE returns a new file descriptor that nothing else owns.
    drop(unsafe { OwnedFd::from_raw_fd(fd as libc::c_int) });
    Ok(())
}
