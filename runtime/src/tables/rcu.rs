//! [`Rcu<T>`]: read-copy-update publication of immutable snapshots with a read side that costs no
//! atomic read-modify-write.
//!
//! The writer stores a new `Arc<T>` (`ArcSwap`) and then a new version number, globally unique,
//! with release ordering. Each reading thread keeps a small thread-local cache of
//! `(cell id, version, Arc<T>)`: a read compares the cell's current version (one acquire load, a
//! plain load on x86) with the cached one and uses the cached `Arc` when they match, else reloads
//! it. The cached `Arc` keeps its snapshot alive, so a reader can never see freed memory; a reader
//! sees the new snapshot on its first read after the version store. Old snapshots are freed when the
//! last thread that cached them reads that cell again (or exits, or its cache overflows), so a
//! thread holds at most one stale snapshot per cell.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use arc_swap::ArcSwap;

/// Source of cell ids and versions: unique for the life of the process, so a cache entry can
/// never match a different (or re-created) cell.
static NEXT: AtomicU64 = AtomicU64::new(1);

fn next() -> u64 {
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Cache entries per thread before the cache is cleared.
const CACHE_LIMIT: usize = 256;

struct CacheEntry {
    id: u64,
    version: u64,
    /// Always an `Arc<T>` of the `Rcu<T>` with this id (ids are never reused).
    value: Arc<dyn Any + Send + Sync>,
}

/// A thread's cache. `busy` is set while a reader runs on a cached value: the cache is not
/// changed then (a nested read takes the uncached path), so the value cannot be dropped under it.
struct Cache {
    busy: Cell<bool>,
    entries: RefCell<Vec<CacheEntry>>,
}

thread_local! {
    static CACHE: Cache = const { Cache { busy: Cell::new(false), entries: RefCell::new(Vec::new()) } };
}

/// Clears `busy` when the reader returns or unwinds.
struct Busy;

impl Drop for Busy {
    fn drop(&mut self) {
        let _ = CACHE.try_with(|cache| cache.busy.set(false));
    }
}

/// One published value.
pub struct Rcu<T> {
    id: u64,
    version: AtomicU64,
    current: ArcSwap<T>,
}

impl<T: std::fmt::Debug> std::fmt::Debug for Rcu<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rcu").field("version", &self.version.load(Ordering::Relaxed)).finish_non_exhaustive()
    }
}

impl<T: Send + Sync + 'static> Rcu<T> {
    pub fn new(value: T) -> Self {
        Rcu { id: next(), version: AtomicU64::new(next()), current: ArcSwap::from_pointee(value) }
    }

    /// Publish a new value.
    pub fn store(&self, value: T) {
        self.current.store(Arc::new(value));
        self.version.store(next(), Ordering::Release);
    }

    /// The current value, as an owned reference (control-plane reads).
    pub fn load(&self) -> Arc<T> {
        self.current.load_full()
    }

    /// Run `f` on the current value through this thread's cache.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        let version = self.version.load(Ordering::Acquire);
        let id = self.id;
        let cached = CACHE.try_with(|cache| {
            if cache.busy.get() {
                return None;
            }
            let entries = cache.entries.try_borrow().ok()?;
            let entry = entries.iter().find(|e| e.id == id && e.version == version)?;
            cache.busy.set(true);
            Some(Arc::as_ptr(&entry.value).cast::<T>())
        });
        match cached {
            Ok(Some(ptr)) => {
                let _busy = Busy;
                // SAFETY: entries with this id hold an `Arc<T>` (ids are unique per cell), and
                // the entry is neither replaced nor dropped while `busy` is set, so the pointee
                // outlives `f`.
                f(unsafe { &*ptr })
            }
            _ => self.with_slow(version, f),
        }
    }

    #[cold]
    fn with_slow<R>(&self, version: u64, f: impl FnOnce(&T) -> R) -> R {
        // The version was read before the value: a newer value under an older version only
        // causes one more refresh.
        let value: Arc<T> = self.current.load_full();
        let _ = CACHE.try_with(|cache| {
            if cache.busy.get() {
                return;
            }
            let Ok(mut entries) = cache.entries.try_borrow_mut() else { return };
            if entries.len() >= CACHE_LIMIT {
                entries.clear();
            }
            let erased: Arc<dyn Any + Send + Sync> = value.clone();
            match entries.iter_mut().find(|e| e.id == self.id) {
                Some(e) => {
                    e.version = version;
                    e.value = erased;
                }
                None => entries.push(CacheEntry { id: self.id, version, value: erased }),
            }
        });
        f(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_see_new_values_after_a_store() {
        let cell = Rcu::new(1u32);
        assert_eq!(cell.with(|v| *v), 1);
        assert_eq!(cell.with(|v| *v), 1);
        cell.store(2);
        assert_eq!(cell.with(|v| *v), 2);
        let other = Rcu::new(String::from("x"));
        assert_eq!(other.with(|v| v.clone()), "x");
        assert_eq!(cell.with(|v| *v), 2);
        assert_eq!(*cell.load(), 2);
    }

    #[test]
    fn other_threads_see_stores() {
        let cell = Arc::new(Rcu::new(0u64));
        let reader = {
            let cell = cell.clone();
            std::thread::spawn(move || {
                let mut last = 0;
                while last < 1000 {
                    let v = cell.with(|v| *v);
                    assert!(v >= last);
                    last = v;
                }
            })
        };
        for i in 1..=1000 {
            cell.store(i);
        }
        reader.join().unwrap();
    }
}
