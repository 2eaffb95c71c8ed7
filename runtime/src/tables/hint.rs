//! `Hint<K>`: flow key -> mark, filled by the userspace datapath when it installs a megaflow. Keys
//! use the packed big-endian layout of [`flowmark_compiler::layout::hint_key_layout`]. The control
//! plane keeps the contents under a writer mutex and mirrors every change into a fixed-capacity
//! [`FlatStore`] (slots for twice the declared size) that generated code probes inline under the
//! store's sequence lock; [`Hint::update`] applies many changes as one write, so a packet sees all
//! of them or none.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use flowmark_compiler::layout::StructLayout;

use crate::flat::{to_words, FlatCell, FlatStore, Geometry};

/// The geometry of a hint's flat store: key words -> the mark (one word).
pub fn hint_geometry(layout: &StructLayout, size: u32) -> Geometry {
    Geometry::exact(layout.size, 4, size)
}

/// One hint instance.
#[derive(Debug)]
pub struct Hint {
    pub name: String,
    pub size: u32,
    pub layout: StructLayout,
    contents: Mutex<HashMap<Vec<u8>, u32>>,
    flat: FlatStore,
}

impl Hint {
    pub fn new(name: String, size: u32, layout: StructLayout) -> Self {
        let flat = FlatStore::new(hint_geometry(&layout, size));
        Hint { name, size, layout, contents: Mutex::new(HashMap::new()), flat }
    }

    /// The flat store's cell (what generated code probes).
    pub fn cell(&self) -> *const FlatCell {
        self.flat.cell()
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<Vec<u8>, u32>> {
        self.contents.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Apply changes (`Some(mark)` sets, `None` removes) as one write. Fails without changing
    /// anything when a key has the wrong size or the hint would hold more than `size` keys.
    pub fn update(&self, changes: impl IntoIterator<Item = (Vec<u8>, Option<u32>)>) -> Result<(), String> {
        let mut contents = self.lock();
        // Apply to the contents with an undo log, then mirror into the flat store.
        let mut undo: Vec<(Vec<u8>, Option<u32>)> = Vec::new();
        let mut failure = None;
        for (key, mark) in changes {
            if key.len() != self.layout.size as usize {
                failure = Some(format!("hint `{}`: key of {} bytes, expected {}", self.name, key.len(), self.layout.size));
                break;
            }
            let old = match mark {
                Some(mark) => {
                    if !contents.contains_key(&key) && contents.len() >= self.size as usize {
                        failure = Some(format!("hint `{}` is full ({} entries)", self.name, self.size));
                        break;
                    }
                    contents.insert(key.clone(), mark)
                }
                None => contents.remove(&key),
            };
            undo.push((key, old));
        }
        if let Some(error) = failure {
            for (key, old) in undo.into_iter().rev() {
                match old {
                    Some(mark) => contents.insert(key, mark),
                    None => contents.remove(&key),
                };
            }
            return Err(error);
        }
        let key_words = self.flat.geometry.key_words;
        self.flat.write(|flat| {
            // Each changed key once, with its final state.
            let mut seen = std::collections::HashSet::new();
            for (key, _) in undo.iter().rev() {
                if !seen.insert(key) {
                    continue;
                }
                let words = to_words(key, key_words);
                match (contents.get(key), flat.find(&words)) {
                    (Some(mark), Some(slot)) => flat.set_value(slot, &mark.to_le_bytes()),
                    (Some(mark), None) => {
                        if let Some(slot) = flat.free_slot(&words) {
                            flat.fill(slot, &words, &mark.to_le_bytes());
                        }
                    }
                    (None, Some(slot)) => flat.remove_shifting(slot),
                    (None, None) => {}
                }
            }
        });
        Ok(())
    }

    /// The mark stored for `key` (control plane, and packets whose inline probe overlapped a write).
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        self.lock().get(key).copied()
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
