//! [`Rcu<T>`]: read-copy-update publication of immutable snapshots with a read side that costs no
//! atomic read-modify-write.
//!
//! The writer stores a new `Arc<T>` (`ArcSwap`) and then a new version number, globally unique,
//! with release ordering. Each reading thread keeps a small thread-local cache of
//! `(cell id, version, Arc<T>)`: a read compares the cell's current version (one acquire load, a
//! plain load on x86) with the cached one and uses the cached `Arc` when they match, else reloads
//! it. The cached `Arc` keeps its snapshot alive, so a reader can never see freed memory; a reader
//! sees the new snapshot on its first read after the version store. Old snapshots are freed when the
//! last thread that cached them reads that cell again (or exits, or reuses the cache slot: the cache
//! is direct-mapped by cell id), so a thread holds at most one stale snapshot per slot.

use std::any::Any;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use arc_swap::ArcSwap;

/// Sources of cell ids and versions: unique for the life of the process, so a cache entry can
/// never match a different (or re-created) cell. Ids are consecutive, so the cells of one pipeline
/// land in distinct cache slots.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);
static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

fn next() -> u64 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// Slots of a thread's cache: direct-mapped by cell id (a collision only costs a refresh).
const CACHE_SLOTS: usize = 64;

struct CacheEntry {
    id: u64,
    version: u64,
    /// The `T` inside `_owner`.
    ptr: *const (),
    /// Always an `Arc<T>` of the `Rcu<T>` with this id (ids are never reused); keeps `ptr` valid.
    _owner: Arc<dyn Any + Send + Sync>,
}

thread_local! {
    /// This thread's cache. A reader runs while holding a shared borrow of it, so no entry can be
    /// replaced (and no cached value dropped) under a running reader: a nested refresh finds the
    /// cache borrowed and reads uncached instead.
    static CACHE: RefCell<Vec<Option<CacheEntry>>> = const { RefCell::new(Vec::new()) };
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
        Rcu { id: NEXT_ID.fetch_add(1, Ordering::Relaxed), version: AtomicU64::new(next()), current: ArcSwap::from_pointee(value) }
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
        let mut f = Some(f);
        let cached = CACHE.try_with(|cache| {
            let entries = cache.try_borrow().ok()?;
            let entry = entries.get(id as usize % CACHE_SLOTS)?.as_ref()?;
            if entry.id != id || entry.version != version {
                return None;
            }
            let value = entry.ptr.cast::<T>();
            // SAFETY: entries with this id point into an `Arc<T>` they own (ids are unique per
            // cell), and the shared borrow of the cache, held until `f` returns, keeps the entry.
            f.take().map(|f| f(unsafe { &*value }))
        });
        match (cached, f) {
            (Ok(Some(r)), _) => r,
            (_, Some(f)) => self.with_slow(version, f),
            (_, None) => unreachable!("the reader ran but gave no result"),
        }
    }

    #[cold]
    fn with_slow<R>(&self, version: u64, f: impl FnOnce(&T) -> R) -> R {
        // The version was read before the value: a newer value under an older version only
        // causes one more refresh.
        let value: Arc<T> = self.current.load_full();
        let _ = CACHE.try_with(|cache| {
            let Ok(mut entries) = cache.try_borrow_mut() else { return };
            if entries.is_empty() {
                entries.resize_with(CACHE_SLOTS, || None);
            }
            let ptr = Arc::as_ptr(&value).cast::<()>();
            let erased: Arc<dyn Any + Send + Sync> = value.clone();
            entries[self.id as usize % CACHE_SLOTS] = Some(CacheEntry { id: self.id, version, ptr, _owner: erased });
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
