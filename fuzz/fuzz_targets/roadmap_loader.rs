//! Fuzz target: any bytes given to the roadmap loader come back as a roadmap
//! or an error, never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(error) = studyplan::roadmap::parse_bytes(bytes, "fuzz.toml") {
        // Formatting runs the sanitizing and position code too.
        let _ = error.to_string();
    }
});
