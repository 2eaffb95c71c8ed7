//! Kernel maps accessed by bytes: keys and values are the byte vectors that
//! `flowmark_compiler::layout` encodes and decodes, whatever their size.
//!
//! Per-CPU maps (`PERCPU_HASH`, `PERCPU_ARRAY`, `LRU_PERCPU_HASH`) hold one value per *possible*
//! CPU (`/sys/devices/system/cpu/possible`), each padded to 8 bytes in the kernel's buffer:
//! [`RawMap::lookup_per_cpu`] returns them one by one, [`RawMap::sum_u64`] adds a counter over all
//! CPUs, and [`RawMap::update`] writes the same value on every CPU.

use std::os::fd::{AsFd, BorrowedFd};
use std::path::Path;

use aya::maps::MapData;

use super::{sys, Error};

/// `BPF_MAP_TYPE_*` values the loader needs to know about.
pub mod map_type {
    pub const HASH: u32 = 1;
    pub const ARRAY: u32 = 2;
    pub const PERCPU_HASH: u32 = 5;
    pub const PERCPU_ARRAY: u32 = 6;
    pub const LRU_HASH: u32 = 9;
    pub const LRU_PERCPU_HASH: u32 = 10;
    pub const LPM_TRIE: u32 = 11;
}

/// How an update treats an existing entry (`BPF_ANY`, `BPF_NOEXIST`, `BPF_EXIST`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum UpdateMode {
    /// Create or replace.
    #[default]
    Any,
    /// Only create: fails if the key exists.
    NoExist,
    /// Only replace: fails if the key is absent.
    Exist,
}

impl UpdateMode {
    fn flags(self) -> u64 {
        match self {
            UpdateMode::Any => 0,
            UpdateMode::NoExist => 1,
            UpdateMode::Exist => 2,
        }
    }
}

/// A key and its value.
pub type Entry = (Vec<u8>, Vec<u8>);

/// One map of a loaded object (or opened from a pin), with its kernel attributes.
#[derive(Debug)]
pub struct RawMap {
    name: String,
    data: MapData,
    id: u32,
    map_type: u32,
    key_size: u32,
    value_size: u32,
    max_entries: u32,
    flags: u32,
    possible_cpus: usize,
}

impl RawMap {
    pub(crate) fn new(name: String, data: MapData) -> Result<Self, Error> {
        let info = data.info().map_err(|e| Error::map(&name, "reading the map's info", &e))?;
        let map_type = match info.map_type() {
            Ok(ty) => ty as u32,
            Err(e) => return Err(Error::map(&name, "reading the map's type", &e)),
        };
        let possible_cpus = aya::util::nr_cpus().map_err(|(what, e)| Error::Map { map: name.clone(), message: format!("{what}: {e}") })?;
        Ok(RawMap {
            id: info.id(),
            map_type,
            key_size: info.key_size(),
            value_size: info.value_size(),
            max_entries: info.max_entries(),
            flags: info.map_flags(),
            name,
            data,
            possible_cpus,
        })
    }

    /// Opens a pinned map (`/sys/fs/bpf/flowmark/<name>/maps/<map>`), e.g. to fill tables after
    /// `flowmark load` has exited.
    pub fn from_pin(path: &Path) -> Result<Self, Error> {
        let data = MapData::from_pin(path).map_err(|e| Error::Pin { path: path.to_path_buf(), message: super::chain(&e) })?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        RawMap::new(name, data)
    }

    /// The name in the object (the kernel keeps only its first 15 bytes).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The kernel's map id.
    pub fn id(&self) -> u32 {
        self.id
    }
    /// `BPF_MAP_TYPE_*` (see [`map_type`]).
    pub fn map_type(&self) -> u32 {
        self.map_type
    }
    pub fn key_size(&self) -> u32 {
        self.key_size
    }
    /// Bytes of one value (of one CPU's value for per-CPU maps).
    pub fn value_size(&self) -> u32 {
        self.value_size
    }
    pub fn max_entries(&self) -> u32 {
        self.max_entries
    }
    pub fn flags(&self) -> u32 {
        self.flags
    }
    pub fn fd(&self) -> BorrowedFd<'_> {
        self.data.fd().as_fd()
    }
    pub fn is_per_cpu(&self) -> bool {
        matches!(self.map_type, map_type::PERCPU_HASH | map_type::PERCPU_ARRAY | map_type::LRU_PERCPU_HASH)
    }
    /// Values per lookup: the possible CPUs for per-CPU maps, else 1.
    pub fn value_count(&self) -> usize {
        if self.is_per_cpu() {
            self.possible_cpus
        } else {
            1
        }
    }

    /// Bytes between two CPUs' values in the kernel's per-CPU buffer.
    fn stride(&self) -> usize {
        if self.is_per_cpu() {
            (self.value_size as usize).div_ceil(8) * 8
        } else {
            self.value_size as usize
        }
    }

    fn check(&self, what: &'static str, expected: u32, got: usize) -> Result<(), Error> {
        if got != expected as usize {
            return Err(Error::Size { map: self.name.clone(), what, expected, got });
        }
        Ok(())
    }

    fn syscall_error(&self, op: &'static str, source: std::io::Error) -> Error {
        Error::Syscall { op, object: self.name.clone(), source }
    }

    /// The kernel's whole value buffer for `key` (all CPUs for per-CPU maps).
    fn lookup_raw(&self, key: &[u8]) -> Result<Option<Vec<u8>>, Error> {
        self.check("key", self.key_size, key.len())?;
        let mut value = vec![0u8; self.stride() * self.value_count()];
        // SAFETY: the key has the map's key size (checked above) and the buffer holds
        // `value_count` values of `stride` bytes, what the kernel writes for this map type.
        let found = unsafe { sys::map_lookup(self.fd(), key, &mut value) }.map_err(|e| self.syscall_error("BPF_MAP_LOOKUP_ELEM", e))?;
        Ok(found.then_some(value))
    }

    /// The value for `key`, `None` when absent. For per-CPU maps this is an error: use
    /// [`RawMap::lookup_per_cpu`] or [`RawMap::sum_u64`].
    pub fn lookup(&self, key: &[u8]) -> Result<Option<Vec<u8>>, Error> {
        if self.is_per_cpu() {
            return Err(Error::Map { map: self.name.clone(), message: "per-CPU map: use lookup_per_cpu or sum_u64".into() });
        }
        self.lookup_raw(key)
    }

    /// One value per possible CPU (one value in total for other maps); `None` when absent.
    pub fn lookup_per_cpu(&self, key: &[u8]) -> Result<Option<Vec<Vec<u8>>>, Error> {
        let Some(raw) = self.lookup_raw(key)? else { return Ok(None) };
        let stride = self.stride();
        let size = self.value_size as usize;
        Ok(Some(raw.chunks(stride).map(|chunk| chunk[..size].to_vec()).collect()))
    }

    /// The little-endian `u64` at byte `offset` of the value for `key`, summed over all CPUs
    /// (how counters in per-CPU arrays are read); 0 when the key is absent.
    pub fn sum_u64(&self, key: &[u8], offset: usize) -> Result<u64, Error> {
        if offset + 8 > self.value_size as usize {
            return Err(Error::Size {
                map: self.name.clone(),
                what: "value (u64 counter offset + 8)",
                expected: self.value_size,
                got: offset + 8,
            });
        }
        let Some(values) = self.lookup_per_cpu(key)? else { return Ok(0) };
        Ok(values.iter().map(|v| u64::from_le_bytes(v[offset..offset + 8].try_into().unwrap_or([0; 8]))).fold(0u64, u64::wrapping_add))
    }

    /// Creates or replaces the entry (per `mode`). For per-CPU maps `value` is stored on every CPU.
    pub fn update(&self, key: &[u8], value: &[u8], mode: UpdateMode) -> Result<(), Error> {
        self.check("key", self.key_size, key.len())?;
        self.check("value", self.value_size, value.len())?;
        let stride = self.stride();
        let mut buffer = vec![0u8; stride * self.value_count()];
        for chunk in buffer.chunks_mut(stride) {
            chunk[..value.len()].copy_from_slice(value);
        }
        // SAFETY: key and buffer sizes are the ones the kernel reads for this map (checked and
        // built above).
        unsafe { sys::map_update(self.fd(), key, &buffer, mode.flags()) }.map_err(|e| self.syscall_error("BPF_MAP_UPDATE_ELEM", e))
    }

    /// Removes the entry; `Ok(false)` when it was absent. (Array maps cannot delete: the kernel
    /// answers EINVAL.)
    pub fn delete(&self, key: &[u8]) -> Result<bool, Error> {
        self.check("key", self.key_size, key.len())?;
        // SAFETY: the key has the map's key size.
        unsafe { sys::map_delete(self.fd(), key) }.map_err(|e| self.syscall_error("BPF_MAP_DELETE_ELEM", e))
    }

    /// Every key, in the kernel's iteration order.
    pub fn keys(&self) -> Result<Vec<Vec<u8>>, Error> {
        let mut keys: Vec<Vec<u8>> = Vec::new();
        loop {
            let mut next = vec![0u8; self.key_size as usize];
            let previous = keys.last().map(Vec::as_slice);
            // SAFETY: both key buffers have the map's key size.
            let more =
                unsafe { sys::map_next_key(self.fd(), previous, &mut next) }.map_err(|e| self.syscall_error("BPF_MAP_GET_NEXT_KEY", e))?;
            if !more {
                return Ok(keys);
            }
            keys.push(next);
            if keys.len() > self.max_entries as usize {
                // Entries deleted concurrently can restart a hash map's iteration.
                return Err(Error::Map { map: self.name.clone(), message: "iteration did not end (map changed while iterating)".into() });
            }
        }
    }

    /// Every entry (keys and values); entries deleted while iterating are skipped. Per-CPU maps:
    /// use [`RawMap::keys`] and [`RawMap::lookup_per_cpu`].
    pub fn entries(&self) -> Result<Vec<Entry>, Error> {
        let mut out = Vec::new();
        for key in self.keys()? {
            if let Some(value) = self.lookup(&key)? {
                out.push((key, value));
            }
        }
        Ok(out)
    }

    /// Pins the map at `path` (on a bpffs).
    pub(crate) fn pin(&self, path: &Path) -> Result<(), Error> {
        self.data.pin(path).map_err(|e| Error::Pin { path: path.to_path_buf(), message: super::chain(&e) })
    }
}
