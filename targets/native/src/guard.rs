//! [`GuardedPacket`]: a packet buffer between two inaccessible (`PROT_NONE`) pages, placed either
//! flush against the following guard page or right after the preceding one, so that any read or
//! write outside the packet faults at once. Tests run compiled pipelines on it to prove that no
//! packet access leaves `[packet, packet + len)`.

use std::ptr::NonNull;

/// Three mapped pages: guard, data, guard. Packets of up to one page fit.
#[derive(Debug)]
pub struct GuardedPacket {
    base: NonNull<u8>,
    page: usize,
}

// SAFETY: the mapping is owned exclusively by this value.
unsafe impl Send for GuardedPacket {}

impl GuardedPacket {
    /// Map the pages. Panics when the system refuses.
    pub fn new() -> Self {
        // SAFETY: sysconf has no preconditions.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
        // SAFETY: an anonymous private mapping with no address hint; the result is checked.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                3 * page,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        assert!(base != libc::MAP_FAILED, "mmap of guard pages failed");
        // SAFETY: the middle page lies inside the mapping just created.
        let rc = unsafe { libc::mprotect(base.cast::<u8>().add(page).cast(), page, libc::PROT_READ | libc::PROT_WRITE) };
        assert_eq!(rc, 0, "mprotect of the data page failed");
        GuardedPacket { base: NonNull::new(base.cast()).expect("mmap returned null"), page }
    }

    /// Copy `data` into the data page, ending at the following guard page (`at_end`) or starting
    /// right after the preceding one, and return the packet's slice there.
    pub fn place(&mut self, data: &[u8], at_end: bool) -> &mut [u8] {
        let len = data.len().min(self.page);
        let offset = if at_end { self.page - len } else { 0 };
        // SAFETY: `offset + len <= page`, inside the read-write data page, borrowed mutably
        // through `self` for the slice's lifetime.
        unsafe {
            let start = self.base.as_ptr().add(self.page + offset);
            std::ptr::copy_nonoverlapping(data.as_ptr(), start, len);
            std::slice::from_raw_parts_mut(start, len)
        }
    }
}

impl Default for GuardedPacket {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for GuardedPacket {
    fn drop(&mut self) {
        // SAFETY: unmapping exactly the mapping created in `new`.
        unsafe { libc::munmap(self.base.as_ptr().cast(), 3 * self.page) };
    }
}
