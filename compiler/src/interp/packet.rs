//! Byte-level helpers of the interpreter: big-endian bit-field access to packet bytes (header
//! fields), the one's-complement checksums (`Ipv4ChecksumUpdate`, RFC 1624 `ChecksumReplace`) and
//! the FNV-1a hash of `Hash`. All bounds-checked: out-of-range accesses report failure instead of
//! panicking.

/// Read `width` (<= 128) bits starting `bit_pos` bits into `data`, most significant bit first.
/// `None` when the bits are not all inside `data`.
pub fn read_bits(data: &[u8], bit_pos: usize, width: u16) -> Option<u128> {
    let width = usize::from(width.min(128));
    let end = bit_pos.checked_add(width)?;
    if end > data.len().checked_mul(8)? {
        return None;
    }
    let mut value = 0u128;
    if bit_pos.is_multiple_of(8) && width.is_multiple_of(8) {
        for &byte in &data[bit_pos / 8..end / 8] {
            value = (value << 8) | u128::from(byte);
        }
        return Some(value);
    }
    for bit in bit_pos..end {
        let b = (data[bit / 8] >> (7 - bit % 8)) & 1;
        value = (value << 1) | u128::from(b);
    }
    Some(value)
}

/// Write the low `width` (<= 128) bits of `value` starting `bit_pos` bits into `data`, most
/// significant bit first. Returns false (and writes nothing) when the bits are not all inside.
pub fn write_bits(data: &mut [u8], bit_pos: usize, width: u16, value: u128) -> bool {
    let width = usize::from(width.min(128));
    let Some(end) = bit_pos.checked_add(width) else { return false };
    if data.len().checked_mul(8).is_none_or(|bits| end > bits) {
        return false;
    }
    if bit_pos.is_multiple_of(8) && width.is_multiple_of(8) {
        let bytes = width / 8;
        for (i, slot) in data[bit_pos / 8..end / 8].iter_mut().enumerate() {
            *slot = (value >> (8 * (bytes - 1 - i))) as u8;
        }
        return true;
    }
    for (i, bit) in (bit_pos..end).enumerate() {
        let b = ((value >> (width - 1 - i)) & 1) as u8;
        let shift = 7 - bit % 8;
        data[bit / 8] = (data[bit / 8] & !(1 << shift)) | (b << shift);
    }
    true
}

/// Fold a 32-bit-or-wider one's-complement accumulator into 16 bits.
fn fold(mut sum: u64) -> u16 {
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    sum as u16
}

/// The Internet checksum of `bytes`: the complement of the one's-complement sum of its 16-bit
/// big-endian words (an odd last byte is padded with 0).
pub fn ipv4_checksum(bytes: &[u8]) -> u16 {
    let mut sum = 0u64;
    for chunk in bytes.chunks(2) {
        let hi = u64::from(chunk[0]);
        let lo = chunk.get(1).copied().map_or(0, u64::from);
        sum += (hi << 8) | lo;
    }
    !fold(sum)
}

/// The 16-bit words of a `width`-bit value, most significant first (at least one word).
fn words(value: u128, width: u16) -> impl Iterator<Item = u64> {
    let count = usize::from(width.div_ceil(16).clamp(1, 8));
    (0..count).rev().map(move |i| ((value >> (16 * i)) & 0xffff) as u64)
}

/// RFC 1624 incremental update: the checksum `hc` after a `width`-bit quantity changed from `old`
/// to `new`: `HC' = ~(~HC + ~m + m')`, summed over 16-bit words.
pub fn checksum_replace(hc: u16, old: u128, new: u128, width: u16) -> u16 {
    let mut sum = u64::from(!hc);
    for w in words(old, width) {
        sum += !w & 0xffff;
    }
    for w in words(new, width) {
        sum += w;
    }
    !fold(sum)
}

/// 32-bit FNV-1a over `bytes`.
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u32 {
    let mut hash = 0x811c_9dc5u32;
    for b in bytes {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// `value` big-endian in ceil(width / 8) bytes (at least one).
pub(crate) fn be_bytes(value: u128, width: u16) -> impl Iterator<Item = u8> {
    let count = usize::from(width.div_ceil(8).clamp(1, 16));
    (0..count).rev().map(move |i| (value >> (8 * i)) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_roundtrip() {
        let mut data = [0u8; 4];
        assert!(write_bits(&mut data, 4, 8, 0xab));
        assert_eq!(data, [0x0a, 0xb0, 0, 0]);
        assert_eq!(read_bits(&data, 4, 8), Some(0xab));
        assert_eq!(read_bits(&data, 0, 16), Some(0x0ab0));
        assert_eq!(read_bits(&data, 30, 3), None);
        assert!(!write_bits(&mut data, 31, 2, 3));
        assert!(write_bits(&mut data, 16, 16, 0x1234));
        assert_eq!(data, [0x0a, 0xb0, 0x12, 0x34]);
        assert_eq!(read_bits(&data, usize::MAX, 8), None);
    }

    #[test]
    fn checksums() {
        // The classic example header from Wikipedia's "IPv4 header checksum".
        let header = [
            0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8,
            0x00, 0xc7,
        ];
        assert_eq!(ipv4_checksum(&header), 0xb861);
        // Decrementing the TTL (0x4011 -> 0x3f11) incrementally equals recomputing.
        let mut changed = header;
        changed[8] = 0x3f;
        let full = ipv4_checksum(&changed);
        assert_eq!(checksum_replace(0xb861, 0x4011, 0x3f11, 16), full);
        assert_eq!(fnv1a([]), 0x811c_9dc5);
        assert_eq!(fnv1a(*b"a"), 0xe40c_292c);
    }
}
