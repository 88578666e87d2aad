//! Small text-layout helpers shared by the plain-text renderers.

use chrono::{Datelike, NaiveDate, Weekday};
use unicode_width::UnicodeWidthStr;

use crate::text::clean_line;

/// Data text made safe for a terminal, as an owned string.
pub fn clean(text: &str) -> String {
    clean_line(text).into_owned()
}

/// Pads (never truncates) `text` with spaces to `width` display columns.
pub fn pad(text: &str, width: usize) -> String {
    let used = UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

/// Right-aligns `text` in `width` display columns.
pub fn pad_left(text: &str, width: usize) -> String {
    let used = UnicodeWidthStr::width(text);
    format!("{}{text}", " ".repeat(width.saturating_sub(used)))
}

/// The widest of some texts, in display columns.
pub fn widest<'a>(texts: impl IntoIterator<Item = &'a str>) -> usize {
    texts.into_iter().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// The ISO label of the week holding `day` (`2026-W48`).
pub fn iso_label(day: NaiveDate) -> String {
    crate::plan::IsoWeek::of(day).to_string()
}

/// `Tue 24 Nov 2026`.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

/// `Tue 24 Nov`.
pub fn short_date(date: NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// `Monday`.
pub fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The weekday of a date, spelled out.
pub fn weekday_of(date: NaiveDate) -> &'static str {
    weekday_name(date.weekday())
}

/// `95` -> `1h35m`, `30` -> `30m`, `120` -> `2h`, `0` -> `0m`.
pub fn minutes(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m:02}m"),
    }
}

/// `[x]` for done, `[-]` for skipped, `[~]` in progress, `[ ]` open.
pub fn checkbox(state: Option<crate::plan::ItemState>) -> &'static str {
    use crate::plan::ItemState;
    match state {
        Some(ItemState::Done) => "[x]",
        Some(ItemState::Skipped) => "[-]",
        Some(ItemState::InProgress) => "[~]",
        None => "[ ]",
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn padding_counts_display_columns() {
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad_left("7", 3), "  7");
        assert_eq!(pad("abcdef", 3), "abcdef");
        assert_eq!(minutes(95), "1h35m");
    }
}
