//! Where the datapath writes "flow key -> mark": the classifier's Hint maps. Three kinds:
//! - [`SimClassifier`]: the classifier program run in process (native code over a state of its
//!   own) in front of the datapath, as `flowmark run` does; installs are staged and published to
//!   its `Hint` snapshots once per batch (read-copy-update), or amortised once the map is large;
//! - [`KernelClassifier`]: the Hint maps of a TC/XDP program in the kernel (bpf syscalls);
//! - [`NoClassifier`]: nothing marks packets (the datapath still caches flows).
//!
//! Every implementation serialises its own writes, and removal is compare-and-delete: an entry is
//! removed only while it still holds the mark being freed, so a key re-installed by another worker
//! under another mark survives the first flow's eviction.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use cranelift_entity::EntityRef;
use flowmark_compiler::ir::{HintId, Module};

use super::{Engine, Packet};
use crate::kernel::{self, RawMap, UpdateMode};

/// Why an install failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstallError {
    /// The Hint map has no room.
    Full,
    /// Anything else (a failed syscall).
    Failed(String),
}

/// The classifier's Hint maps as the datapath sees them. Keys are in the hint's key layout
/// (`flowmark_compiler::layout::hint_key_layout`), marks are `u32`.
pub trait ClassifierMaps: Send + Sync {
    /// Map `key` to `mark` (replacing any mark it had).
    fn install(&self, hint: HintId, key: &[u8], mark: u32) -> Result<(), InstallError>;
    /// Remove `key` if it still maps to `mark`; `Ok(true)` when it did.
    fn remove(&self, hint: HintId, key: &[u8], mark: u32) -> Result<bool, String>;
    /// Make every change so far visible to the classifier (no-op where changes are immediate).
    /// Removals are always published; installs may wait (see [`SimClassifier`]).
    fn flush(&self) -> Result<(), String> {
        Ok(())
    }
    /// Every key and mark of a hint (after publishing pending changes).
    fn entries(&self, hint: HintId) -> Result<Vec<(Vec<u8>, u32)>, String>;
}

/// No classifier: installs succeed without effect and nothing is ever marked.
#[derive(Debug, Default)]
pub struct NoClassifier;

impl ClassifierMaps for NoClassifier {
    fn install(&self, _: HintId, _: &[u8], _: u32) -> Result<(), InstallError> {
        Ok(())
    }
    fn remove(&self, _: HintId, _: &[u8], _: u32) -> Result<bool, String> {
        Ok(false)
    }
    fn entries(&self, _: HintId) -> Result<Vec<(Vec<u8>, u32)>, String> {
        Ok(Vec::new())
    }
}

/// Installs are published at once while a hint holds fewer entries than this; above it, once the
/// staged installs reach 1/[`AMORTISE_DIVISOR`] of the map (each publication copies the map).
pub const PUBLISH_AT_ONCE_BELOW: usize = 4096;
pub const AMORTISE_DIVISOR: usize = 64;

#[derive(Debug, Default)]
struct Staging {
    /// The classifier's contents as the datapath made them (published or staged).
    contents: Vec<HashMap<Vec<u8>, u32>>,
    /// Changes not yet published, per hint, in order.
    staged: Vec<Vec<(Vec<u8>, Option<u32>)>>,
    staged_removals: usize,
    publications: u64,
}

/// The classifier program run in process in front of the datapath, with the Hint maps the
/// datapath fills. It only marks packets: its verdict and its changes to the packet are dropped
/// (in the kernel its verdict would apply; for `ovs_hint` it passes every well-formed packet).
pub struct SimClassifier {
    engine: Box<dyn Engine>,
    sizes: Vec<u32>,
    writes_packet: bool,
    staging: Mutex<Staging>,
}

impl std::fmt::Debug for SimClassifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimClassifier").field("module", &self.engine.state().module().name).finish_non_exhaustive()
    }
}

impl SimClassifier {
    /// `engine` runs the classifier program over a state of its own (fill its tables first).
    pub fn new(engine: Box<dyn Engine>) -> Arc<Self> {
        let module: &Module = engine.state().module();
        let sizes = module.hints.values().map(|h| h.size).collect::<Vec<_>>();
        let writes_packet = super::derive::rewrites_packet(module);
        let hints = sizes.len();
        Arc::new(SimClassifier {
            engine,
            sizes,
            writes_packet,
            staging: Mutex::new(Staging {
                contents: vec![HashMap::new(); hints],
                staged: vec![Vec::new(); hints],
                ..Staging::default()
            }),
        })
    }

    /// The classifier's state (its tables take the same entries as the datapath's when it is the
    /// same program).
    pub fn engine(&self) -> &dyn Engine {
        self.engine.as_ref()
    }

    /// Run the classifier on each packet: `packet.mark` becomes the mark it leaves with (the
    /// flow's mark on a hint hit; the incoming mark otherwise, for `ovs_hint`).
    pub fn classify(&self, batch: &mut [Packet]) {
        let mut scratch = Vec::new();
        for packet in batch {
            let out = if self.writes_packet {
                scratch.clear();
                scratch.extend_from_slice(&packet.data);
                self.engine.run(&mut scratch, packet.in_port, packet.mark, packet.time_ns)
            } else {
                self.engine.run(&mut packet.data, packet.in_port, packet.mark, packet.time_ns)
            };
            packet.mark = out.mark;
        }
    }

    /// How many times the Hint snapshots were republished.
    pub fn publications(&self) -> u64 {
        self.lock().publications
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Staging> {
        self.staging.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn publish(&self, staging: &mut Staging, force: bool) -> Result<(), String> {
        let mut errors = Vec::new();
        for (h, staged) in staging.staged.iter_mut().enumerate() {
            if staged.is_empty() {
                continue;
            }
            let len = staging.contents[h].len();
            let due = force || staging.staged_removals > 0 || len < PUBLISH_AT_ONCE_BELOW || staged.len() * AMORTISE_DIVISOR >= len;
            if !due {
                continue;
            }
            let changes = std::mem::take(staged);
            match self.engine.state().hints.get(h) {
                Some(hint) => {
                    if let Err(e) = hint.update(changes) {
                        errors.push(e);
                    }
                }
                None => errors.push(format!("the classifier has no hint {h}")),
            }
            staging.publications += 1;
        }
        staging.staged_removals = 0;
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
    }
}

impl ClassifierMaps for SimClassifier {
    fn install(&self, hint: HintId, key: &[u8], mark: u32) -> Result<(), InstallError> {
        let h = hint.index();
        let mut staging = self.lock();
        let size = *self.sizes.get(h).ok_or_else(|| InstallError::Failed(format!("no hint {hint}")))? as usize;
        let contents = &mut staging.contents[h];
        if !contents.contains_key(key) && contents.len() >= size {
            return Err(InstallError::Full);
        }
        contents.insert(key.to_vec(), mark);
        staging.staged[h].push((key.to_vec(), Some(mark)));
        Ok(())
    }

    fn remove(&self, hint: HintId, key: &[u8], mark: u32) -> Result<bool, String> {
        let h = hint.index();
        let mut staging = self.lock();
        let contents = staging.contents.get_mut(h).ok_or_else(|| format!("no hint {hint}"))?;
        if contents.get(key) != Some(&mark) {
            return Ok(false);
        }
        contents.remove(key);
        staging.staged[h].push((key.to_vec(), None));
        staging.staged_removals += 1;
        Ok(true)
    }

    fn flush(&self) -> Result<(), String> {
        let mut staging = self.lock();
        self.publish(&mut staging, false)
    }

    fn entries(&self, hint: HintId) -> Result<Vec<(Vec<u8>, u32)>, String> {
        let mut staging = self.lock();
        self.publish(&mut staging, true)?;
        let mut out: Vec<(Vec<u8>, u32)> =
            staging.contents.get(hint.index()).ok_or_else(|| format!("no hint {hint}"))?.iter().map(|(k, m)| (k.clone(), *m)).collect();
        out.sort();
        // What packets see must be what the datapath wrote.
        if let Some(state) = self.engine.state().hints.get(hint.index()) {
            for (key, mark) in &out {
                if state.get(key) != Some(*mark) {
                    return Err(format!("hint {hint}: a published entry differs from the datapath's record"));
                }
            }
            if state.len() != out.len() {
                return Err(format!("hint {hint}: {} entries published, {} recorded", state.len(), out.len()));
            }
        }
        Ok(out)
    }
}

/// The Hint maps of a classifier loaded in the kernel, by hint index (HASH maps, key -> `u32`
/// mark in native byte order).
#[derive(Debug)]
pub struct KernelClassifier {
    maps: Vec<RawMap>,
    lock: Mutex<()>,
}

impl KernelClassifier {
    /// `maps[h]` is the kernel map of hint `h` (see `flowmark_ebpf`'s map plan: named after the hint).
    pub fn new(maps: Vec<RawMap>) -> Self {
        KernelClassifier { maps, lock: Mutex::new(()) }
    }

    fn map(&self, hint: HintId) -> Result<&RawMap, String> {
        self.maps.get(hint.index()).ok_or_else(|| format!("no kernel map for hint {hint}"))
    }
}

impl ClassifierMaps for KernelClassifier {
    fn install(&self, hint: HintId, key: &[u8], mark: u32) -> Result<(), InstallError> {
        let map = self.map(hint).map_err(InstallError::Failed)?;
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        match map.update(key, &mark.to_ne_bytes(), UpdateMode::Any) {
            Ok(()) => Ok(()),
            // A full HASH map refuses new keys with E2BIG.
            Err(kernel::Error::Syscall { source, .. }) if source.raw_os_error() == Some(libc::E2BIG) => Err(InstallError::Full),
            Err(e) => Err(InstallError::Failed(e.to_string())),
        }
    }

    fn remove(&self, hint: HintId, key: &[u8], mark: u32) -> Result<bool, String> {
        let map = self.map(hint)?;
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        match map.lookup(key).map_err(|e| e.to_string())? {
            Some(value) if value == mark.to_ne_bytes() => map.delete(key).map_err(|e| e.to_string()),
            _ => Ok(false),
        }
    }

    fn entries(&self, hint: HintId) -> Result<Vec<(Vec<u8>, u32)>, String> {
        let map = self.map(hint)?;
        let mut out = Vec::new();
        for (key, value) in map.entries().map_err(|e| e.to_string())? {
            let bytes: [u8; 4] = value.get(..4).and_then(|b| b.try_into().ok()).ok_or("a hint value is not 4 bytes")?;
            out.push((key, u32::from_ne_bytes(bytes)));
        }
        out.sort();
        Ok(out)
    }
}
