//! A fixed, immutable open-addressing index from byte keys of one size to entry numbers: the
//! building block of every exact probe in the runtime (exact tables, LPM prefix groups, tuple-space
//! groups, hints). Built once per snapshot by the control plane; lookups only read, never allocate.
//! Keys are held as little-endian 64-bit words (the last one zero-padded), so masking, hashing and
//! comparing a key are a few word operations.

/// Keys of up to this many words (64 bytes) are converted on the stack.
pub(crate) const MAX_WORDS: usize = 8;

/// Run `f` on `bytes` as little-endian words (the last one zero-padded): on the stack up to
/// [`MAX_WORDS`], on the heap beyond (long keys only).
#[inline(always)]
pub(crate) fn with_words<R>(bytes: &[u8], f: impl FnOnce(&mut [u64]) -> R) -> R {
    let len = bytes.len().div_ceil(8);
    if len <= MAX_WORDS {
        let mut stack = [0u64; MAX_WORDS];
        fill(&mut stack[..len], bytes);
        f(&mut stack[..len])
    } else {
        let mut heap = vec![0; len];
        fill(&mut heap, bytes);
        f(&mut heap)
    }
}

/// Words of a key as an owned vector (control-plane use).
pub(crate) fn words_vec(bytes: &[u8]) -> Vec<u64> {
    with_words(bytes, |w| w.to_vec())
}

#[inline(always)]
fn fill(out: &mut [u64], bytes: &[u8]) {
    let mut chunks = bytes.chunks_exact(8);
    for (slot, chunk) in out.iter_mut().zip(&mut chunks) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        *slot = u64::from_le_bytes(word);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = 0u64;
        for (i, b) in rest.iter().enumerate() {
            last |= u64::from(*b) << (8 * i);
        }
        if let Some(slot) = out.last_mut() {
            *slot = last;
        }
    }
}

/// Odd multipliers of the key words, by position (see [`hash_word_multiplier`]).
const WORD_MULTIPLIERS: [u64; 4] = [0x9e37_79b9_7f4a_7c15, 0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3, 0x5899_65cc_7537_4cc3];

/// The multiplier of the key word at `position`: odd, and different for every position.
pub const fn hash_word_multiplier(position: usize) -> u64 {
    WORD_MULTIPLIERS[position % 4] ^ (((position / 4) as u64) << 1)
}

/// Hash of a key's words. Generated code computes the same function inline (the native code
/// generator's `hash_words`): keep the two in step.
///
/// Every word is multiplied by its own odd constant and the products are combined with XOR, so
/// the multiplications are independent of each other (one multiply of latency for any key
/// length). Bit `k` of a product depends on bits `0..=k` of its word, so the *high* bits of the
/// hash depend on every bit of every word: [`home_slot`] takes the slot from the top bits
/// (multiplicative, "Fibonacci" hashing), which needs no further mixing.
#[inline]
pub fn hash_words(words: &[u64]) -> u64 {
    let mut h: u64 = 0;
    for (position, &w) in words.iter().enumerate() {
        h ^= w.wrapping_mul(hash_word_multiplier(position));
    }
    h
}

/// The number of bits [`home_slot`] shifts a hash right by for a table of `slots` slots (a power
/// of two): 64 minus the slot number's width. A one-slot table shifts by 64, which
/// [`home_slot`] treats as slot 0.
pub const fn home_slot_shift(slots: usize) -> u32 {
    64 - slots.trailing_zeros()
}

/// The first slot a key with `hash` probes in a table of `slots` slots (a power of two): the
/// hash's top bits. Generated code computes the same (a shift right by [`home_slot_shift`]).
#[inline]
pub fn home_slot(hash: u64, slots: usize) -> usize {
    hash.checked_shr(home_slot_shift(slots)).unwrap_or(0) as usize
}

/// Byte keys -> entry numbers (`u32`), linear probing, load factor at most 1/2.
#[derive(Clone, Debug, Default)]
pub(crate) struct ExactIndex {
    /// Words per key.
    words: usize,
    mask: usize,
    /// Entry number + 1 per slot; 0 = empty.
    slots: Vec<u32>,
    /// The key of each inserted key number, `words` words each.
    keys: Vec<u64>,
    /// Entry number of each inserted key, in insertion order.
    ids: Vec<u32>,
}

impl ExactIndex {
    /// An index for at most `count` keys of `key_size` bytes.
    pub fn with_capacity(key_size: usize, count: usize) -> Self {
        let capacity = (count.max(4) * 2).next_power_of_two();
        let words = key_size.div_ceil(8);
        ExactIndex {
            words,
            mask: capacity - 1,
            slots: vec![0; capacity],
            keys: Vec::with_capacity(count * words),
            ids: Vec::with_capacity(count),
        }
    }

    /// Insert `key` -> `id` unless the key is present; returns the id stored for the key.
    pub fn insert(&mut self, key: &[u8], id: u32) -> u32 {
        with_words(key, |w| self.insert_words(w, id))
    }

    fn insert_words(&mut self, key: &[u64], id: u32) -> u32 {
        debug_assert_eq!(key.len(), self.words);
        let mut i = home_slot(hash_words(key), self.mask + 1);
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
            if &self.keys[n * self.words..(n + 1) * self.words] == key {
                return self.ids[n];
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The id stored for `key`.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        if key.len().div_ceil(8) != self.words {
            return None;
        }
        with_words(key, |w| self.get_words(w))
    }

    /// The id stored for a key given as words.
    #[inline]
    pub fn get_words(&self, key: &[u64]) -> Option<u32> {
        if key.len() != self.words || self.ids.is_empty() {
            return None;
        }
        let mut i = home_slot(hash_words(key), self.mask + 1);
        loop {
            let slot = *self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            let n = (slot - 1) as usize;
            let stored = self.keys.get(n * self.words..(n + 1) * self.words)?;
            if stored.iter().zip(key).all(|(a, b)| a == b) {
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

    /// Keys (as words) and ids in insertion order.
    pub fn iter_words(&self) -> impl Iterator<Item = (&[u64], u32)> + '_ {
        self.ids.iter().enumerate().map(move |(n, id)| (&self.keys[n * self.words..(n + 1) * self.words], *id))
    }

    /// A copy with room for `count` keys.
    pub fn grown(&self, count: usize) -> ExactIndex {
        let mut bigger = ExactIndex::with_capacity(self.words * 8, count);
        for (key, id) in self.iter_words() {
            bigger.insert_words(key, id);
        }
        bigger
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
        assert_eq!(index.get(&[1, 2, 3, 4, 5, 6, 7, 8, 9]), None);
        assert_eq!(index.len(), 100);
        let bigger = index.grown(400);
        assert_eq!(bigger.get(&[7, 49, 1]), Some(7));
    }

    /// Average and longest linear-probe distance of `keys` in a table of twice as many slots.
    fn probe_distances(keys: &[Vec<u64>]) -> (f64, usize) {
        let slots = (keys.len() * 2).next_power_of_two();
        let mut used = vec![false; slots];
        let (mut total, mut longest) = (0usize, 0usize);
        for key in keys {
            let mut i = home_slot(hash_words(key), slots);
            let mut distance = 0;
            while used[i] {
                i = (i + 1) & (slots - 1);
                distance += 1;
            }
            used[i] = true;
            total += distance;
            longest = longest.max(distance);
        }
        (total as f64 / keys.len() as f64, longest)
    }

    #[test]
    fn structured_keys_spread_over_the_slots() {
        // Connection keys (two addresses, two ports) from one subnet and port range; keys that
        // differ only in the high bytes of their last word; one-word sequential keys.
        let connections: Vec<Vec<u64>> = (0..20_000u64)
            .map(|i| vec![(0x0a00_0000 + (i % 200)) | ((0xc0a8_0000 + i / 200) << 32), (1024 + i % 97) | (443 << 16)])
            .collect();
        let high_bytes: Vec<Vec<u64>> = (0..20_000u64).map(|i| vec![7, i << 40]).collect();
        let sequential: Vec<Vec<u64>> = (0..20_000u64).map(|i| vec![i]).collect();
        for keys in [connections, high_bytes, sequential] {
            let (average, longest) = probe_distances(&keys);
            assert!(average < 1.5 && longest < 64, "average {average}, longest {longest}");
        }
    }

    #[test]
    fn long_keys_use_the_heap() {
        let key: Vec<u8> = (0..300).map(|i| i as u8).collect();
        let mut index = ExactIndex::with_capacity(300, 1);
        index.insert(&key, 3);
        assert_eq!(index.get(&key), Some(3));
    }
}
