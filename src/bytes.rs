//! Eight bytes at a time: the loads the byte scans share.

/// A chunk of exactly eight bytes as a little-endian integer.
#[inline]
pub(crate) fn word(chunk: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(chunk);
    u64::from_le_bytes(w)
}

/// The high bit of every zero byte of `x`, exact for any bytes: no carry
/// runs from one byte into the next.
#[inline(always)]
pub(crate) fn zero_bytes(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    !(((x & !HIGH) + !HIGH) | x) & HIGH
}

/// The eight bytes of `b` from `at` as a little-endian integer, when that
/// many remain. Two tests of the length, where a range `at..at + 8` costs
/// an overflow test besides.
#[inline(always)]
pub(crate) fn word_at(b: &[u8], at: usize) -> Option<u64> {
    b.get(at..)?.first_chunk().map(|w| u64::from_le_bytes(*w))
}

/// `n` strings glued from `parts`, fewer than `max_parts` parts each,
/// chosen by a xorshift generator: the same strings every run. For tests
/// that check a fast path against the loop it replaces.
#[cfg(test)]
pub(crate) fn glued(parts: &[&str], n: usize, max_parts: u64) -> Vec<String> {
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..n)
        .map(|_| {
            let k = next() % max_parts;
            (0..k)
                .map(|_| parts[(next() % parts.len() as u64) as usize])
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads() {
        let b = b"abcdefghij";
        assert_eq!(word(&b[..8]), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(word_at(b, 2), Some(u64::from_le_bytes(*b"cdefghij")));
        assert_eq!(word_at(b, 3), None);
    }
}
