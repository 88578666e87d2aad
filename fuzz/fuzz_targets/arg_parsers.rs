//! Fuzz target: any text given to the command-line parsers (durations, dates,
//! ISO weeks) comes back as a value or an error, never a panic; a parsed week
//! prints back as a label that parses to the same week.
#![no_main]

use libfuzzer_sys::fuzz_target;
use studyplan::commands::args::{parse_iso_week, parse_minutes};
use studyplan::config::{parse_date, parse_now};
use studyplan::plan::IsoWeek;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    if let Ok(minutes) = parse_minutes(text) {
        assert!((1..=24 * 60).contains(&minutes), "{text:?} gave {minutes} minutes");
    }
    let _ = parse_date(text).map_err(|e| e.to_string());
    let _ = parse_now(text).map_err(|e| e.to_string());
    let _ = parse_iso_week(text).map_err(|e| e.to_string());
    if let Ok(week) = text.parse::<IsoWeek>() {
        assert_eq!(week.to_string().parse::<IsoWeek>().ok(), Some(week), "{text:?}");
    }
});
