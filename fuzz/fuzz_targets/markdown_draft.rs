//! Fuzz target: any text given to the Markdown drafter comes back as a draft
//! the roadmap loader accepts, never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use studyplan::draft::{DraftError, DraftOptions, draft};

fuzz_target!(|bytes: &[u8]| {
    // The command reads UTF-8, or Windows-1252 when the bytes are not UTF-8.
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => studyplan::draft::input::decode_windows_1252(bytes),
    };
    match draft(&text, &DraftOptions::default()) {
        // Formatting runs the report's cleaning too.
        Ok(drafted) => {
            let _ = drafted.report.to_text("fuzz.md");
        }
        Err(DraftError::Invalid(error)) => panic!("the draft did not validate: {error}"),
        Err(other) => panic!("unexpected refusal without --track: {other}"),
    }
});
