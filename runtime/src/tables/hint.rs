//! `Hint<K>`: flow key -> mark, filled by the userspace datapath when it installs a megaflow. Keys
//! use the packed big-endian layout of [`flowmark_compiler::layout::hint_key_layout`]. Like tables,
//! the control plane keeps the contents and publishes immutable snapshots (read-copy-update); use
//! [`Hint::update`] to apply many changes with one publication.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use flowmark_compiler::layout::StructLayout;

use super::rcu::Rcu;
use super::ExactIndex;

/// What packets probe: key bytes -> mark.
#[derive(Debug, Default)]
pub struct HintSnapshot {
    index: ExactIndex,
    marks: Vec<u32>,
}

impl HintSnapshot {
    /// The mark stored for `key`.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        self.index.get(key).and_then(|i| self.marks.get(i as usize).copied())
    }
}

/// One hint instance.
#[derive(Debug)]
pub struct Hint {
    pub name: String,
    pub size: u32,
    pub layout: StructLayout,
    contents: Mutex<HashMap<Vec<u8>, u32>>,
    snapshot: Rcu<HintSnapshot>,
}

impl Hint {
    pub fn new(name: String, size: u32, layout: StructLayout) -> Self {
        Hint {
            name,
            size,
            layout,
            contents: Mutex::new(HashMap::new()),
            snapshot: Rcu::new(HintSnapshot::default()),
        }
    }

    /// The current snapshot (control-plane reads).
    pub fn snapshot(&self) -> Arc<HintSnapshot> {
        self.snapshot.load()
    }

    /// Run `f` on the current snapshot through the reading thread's cache (packets).
    #[inline]
    pub fn with_snapshot<R>(&self, f: impl FnOnce(&HintSnapshot) -> R) -> R {
        self.snapshot.with(f)
    }

    /// Apply changes (`Some(mark)` sets, `None` removes) and publish once. Fails without changing
    /// anything when the hint would hold more than `size` keys.
    pub fn update(&self, changes: impl IntoIterator<Item = (Vec<u8>, Option<u32>)>) -> Result<(), String> {
        let mut contents = self.contents.lock().unwrap_or_else(|e| e.into_inner());
        let mut next = contents.clone();
        for (key, mark) in changes {
            if key.len() != self.layout.size as usize {
                return Err(format!("hint `{}`: key of {} bytes, expected {}", self.name, key.len(), self.layout.size));
            }
            match mark {
                Some(mark) => {
                    if !next.contains_key(&key) && next.len() >= self.size as usize {
                        return Err(format!("hint `{}` is full ({} entries)", self.name, self.size));
                    }
                    next.insert(key, mark);
                }
                None => {
                    next.remove(&key);
                }
            }
        }
        let mut index = ExactIndex::with_capacity(self.layout.size as usize, next.len());
        let mut marks = Vec::with_capacity(next.len());
        for (key, mark) in &next {
            index.insert(key, marks.len() as u32);
            marks.push(*mark);
        }
        *contents = next;
        self.snapshot.store(HintSnapshot { index, marks });
        Ok(())
    }

    /// Control-plane read.
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        self.contents.lock().unwrap_or_else(|e| e.into_inner()).get(key).copied()
    }

    pub fn len(&self) -> usize {
        self.contents.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
