//! FNV-1a, 64 bits: a small, stable content hash to tell whether a roadmap changed.
//!
//! Not for security: it only saves re-parsing and re-importing a bundled
//! roadmap whose text is the same as last time. Written here to avoid a
//! dependency; the constants are the published FNV ones.

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// The FNV-1a hash of the parts, in order, as 16 lowercase hex digits.
pub fn fnv1a_hex(parts: &[&[u8]]) -> String {
    hex(fnv1a(parts))
}

/// The FNV-1a hash of the parts, in order. A `const fn`, so the hashes of the
/// bundled roadmaps are computed when the binary is built, not on every start.
pub const fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash = OFFSET_BASIS;
    let mut p = 0;
    while p < parts.len() {
        let part = parts[p];
        let mut i = 0;
        while i < part.len() {
            hash ^= part[i] as u64;
            hash = hash.wrapping_mul(PRIME);
            i += 1;
        }
        p += 1;
    }
    hash
}

/// A hash as 16 lowercase hex digits (the form the store keeps).
pub fn hex(hash: u64) -> String {
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::fnv1a_hex;

    #[test]
    fn matches_the_published_test_vectors() {
        assert_eq!(fnv1a_hex(&[b""]), "cbf29ce484222325");
        assert_eq!(fnv1a_hex(&[b"a"]), "af63dc4c8601ec8c");
        assert_eq!(fnv1a_hex(&[b"foobar"]), "85944171f73967e8");
        assert_eq!(fnv1a_hex(&[b"foo", b"bar"]), fnv1a_hex(&[b"foobar"]));
    }
}
