//! A fixed, immutable open-addressing index from byte keys of one size to entry numbers: the
//! building block of every exact probe in the runtime (exact tables, LPM prefix groups, tuple-space
//! groups, hints). Built once per snapshot by the control plane; lookups only read, never allocate.

/// Hash of a key: 8-byte words folded with a multiply-xorshift mix (keys are short and fixed-size).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K);
        h ^= h >> 29;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K);
        h ^= h >> 29;
    }
    h ^= h >> 32;
    h.wrapping_mul(K) ^ (h >> 31)
}

/// Byte keys -> entry numbers (`u32`), linear probing, load factor at most 1/2.
#[derive(Clone, Debug, Default)]
pub(crate) struct ExactIndex {
    key_size: usize,
    mask: usize,
    /// Entry number + 1 per slot; 0 = empty.
    slots: Vec<u32>,
    /// The key of each inserted entry number, `key_size` bytes each.
    keys: Vec<u8>,
    /// Entry number of each inserted key, in insertion order.
    ids: Vec<u32>,
}

impl ExactIndex {
    /// An index for at most `count` keys of `key_size` bytes.
    pub fn with_capacity(key_size: usize, count: usize) -> Self {
        let capacity = (count.max(4) * 2).next_power_of_two();
        ExactIndex {
            key_size,
            mask: capacity - 1,
            slots: vec![0; capacity],
            keys: Vec::with_capacity(count * key_size),
            ids: Vec::with_capacity(count),
        }
    }

    /// Insert `key` -> `id` unless the key is present; returns the id stored for the key.
    pub fn insert(&mut self, key: &[u8], id: u32) -> u32 {
        debug_assert_eq!(key.len(), self.key_size);
        let mut i = hash_bytes(key) as usize & self.mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                let n = self.ids.len();
                self.ids.push(id);
                self.keys.extend_from_slice(key);
                self.slots[i] = n as u32 + 1;
                return id;
            }
            let n = (slot - 1) as usize;
            if &self.keys[n * self.key_size..(n + 1) * self.key_size] == key {
                return self.ids[n];
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The id stored for `key`.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        if key.len() != self.key_size {
            return None;
        }
        let mut i = hash_bytes(key) as usize & self.mask;
        loop {
            let slot = *self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            let n = (slot - 1) as usize;
            if self.keys.get(n * self.key_size..(n + 1) * self.key_size) == Some(key) {
                return self.ids.get(n).copied();
            }
            i = (i + 1) & self.mask;
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// How many keys fit before the index must grow (load factor 1/2).
    pub fn capacity(&self) -> usize {
        self.slots.len() / 2
    }

    /// Keys and ids in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], u32)> + '_ {
        self.ids.iter().enumerate().map(move |(n, id)| (&self.keys[n * self.key_size..(n + 1) * self.key_size], *id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_and_get() {
        let mut index = ExactIndex::with_capacity(3, 100);
        for i in 0..100u32 {
            let key = [i as u8, (i * 7) as u8, 1];
            assert_eq!(index.insert(&key, i), i);
        }
        assert_eq!(index.insert(&[5, 35, 1], 999), 5);
        for i in 0..100u32 {
            assert_eq!(index.get(&[i as u8, (i * 7) as u8, 1]), Some(i));
        }
        assert_eq!(index.get(&[1, 2, 3]), None);
        assert_eq!(index.get(&[1, 2]), None);
        assert_eq!(index.len(), 100);
    }
}
