//! No input makes the loader panic: arbitrary bytes, and arbitrary mutations
//! of a valid roadmap (which reach far deeper into parsing and validation
//! than random bytes do), all come back as `Ok` or a positioned error.
//! A short run for CI; `fuzz/` holds the long-running cargo-fuzz target.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use proptest::prelude::*;
use studyplan::roadmap::parse_bytes;

const VALID: &str = include_str!("fixtures/roadmaps/valid.toml");

/// One edit to the valid roadmap's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the byte at a position (taken modulo the length).
    Set(usize, u8),
    /// Insert bytes at a position.
    Insert(usize, Vec<u8>),
    /// Remove a run of bytes.
    Remove(usize, usize),
    /// Copy a slice of the text to another place (duplicates keys, tables, brackets).
    Splice(usize, usize, usize),
}

/// Bytes that matter to TOML and to the checks: brackets, quotes, digits, newlines, NUL, high bytes.
fn interesting_byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        prop::sample::select(b"[]{}\"'=#.,\n\r\\0123456789-_ azAZ".to_vec()),
        any::<u8>(),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), interesting_byte()).prop_map(|(at, b)| Mutation::Set(at, b)),
        (any::<usize>(), prop::collection::vec(interesting_byte(), 1..12)).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<usize>(), 1usize..40).prop_map(|(at, n)| Mutation::Remove(at, n)),
        (any::<usize>(), 1usize..200, any::<usize>()).prop_map(|(from, n, to)| Mutation::Splice(from, n, to)),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let len = bytes.len().max(1);
    match mutation {
        Mutation::Set(at, b) => {
            if let Some(slot) = bytes.get_mut(at % len) {
                *slot = *b;
            }
        }
        Mutation::Insert(at, new) => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Remove(at, n) => {
            let at = at % len;
            let end = (at + n).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        Mutation::Splice(from, n, to) => {
            let from = from % len;
            let end = (from + n).min(bytes.len());
            let piece: Vec<u8> = bytes[from.min(end)..end].to_vec();
            let to = to % (bytes.len() + 1);
            bytes.splice(to..to, piece);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_bytes(&bytes, "arbitrary.toml");
    }

    #[test]
    fn mutated_roadmaps_never_panic_and_errors_have_positions_or_reasons(
        mutations in prop::collection::vec(mutation(), 1..8)
    ) {
        let mut bytes = VALID.as_bytes().to_vec();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        if let Err(error) = parse_bytes(&bytes, "mutated.toml") {
            prop_assert!(!error.diagnostics.is_empty());
            for line in error.to_string().lines() {
                prop_assert!(line.starts_with("mutated.toml:"), "{}", line);
            }
        }
    }
}

#[test]
fn the_unmutated_roadmap_loads() {
    assert!(parse_bytes(VALID.as_bytes(), "valid.toml").is_ok());
}
