//! Parsing the text arguments clap leaves to us: dates, ISO weeks, durations.
//!
//! Each error quotes the (sanitized) input and shows the expected form.

use chrono::NaiveDate;
use color_eyre::eyre::Result;

use crate::config::parse_date;
use crate::plan::IsoWeek;
pub use crate::plan::monday_of;
use crate::text::clean_line;

pub use crate::limits::MINUTES_PER_DAY;

/// The first and last days the store keeps (years 1 to 9999): "every task" is this range.
pub fn all_days() -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN),
        NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX),
    )
}

/// A date argument, or `default` when absent.
pub fn date_or(text: Option<&str>, default: NaiveDate) -> Result<NaiveDate> {
    text.map_or(Ok(default), parse_date)
}

/// Parses an ISO week such as `2026-W48` (also `2026-w48`, `2026W48`) to its Monday.
pub fn parse_iso_week(text: &str) -> Result<NaiveDate> {
    text.parse::<IsoWeek>()
        .map(IsoWeek::monday)
        .map_err(|e| crate::refusal!("{}", clean_line(&e.to_string())))
}

/// The Monday of the week a `--week W` / `--date D` pair (or today) points at.
pub fn week_monday(week: Option<&str>, date: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    match (week, date) {
        (Some(week), _) => parse_iso_week(week),
        (None, Some(date)) => Ok(monday_of(parse_date(date)?)),
        (None, None) => Ok(monday_of(today)),
    }
}

/// Parses a study duration (`45m`, `1h30m`, `2h`) into whole minutes, 1 to 24 h.
pub fn parse_minutes(text: &str) -> Result<u32> {
    let trimmed = text.trim();
    // Months, years and weeks are never a day's study (`30M` would be 30 months
    // to the parser): refuse them with the forms that are meant.
    const NOT_A_DAY: [&str; 12] = [
        "y", "year", "years", "mon", "month", "months", "w", "week", "weeks", "d", "day", "days",
    ];
    let mut units = trimmed.split(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '.');
    if units.any(|unit| unit == "M" || NOT_A_DAY.contains(&unit.to_ascii_lowercase().as_str())) {
        crate::refuse!(
            "`{}` is not a study duration: give hours and minutes, like 45m, 1h30m or 2h (m is minutes)",
            clean_line(text)
        );
    }
    // A bare number is minutes, as people type it.
    let parsed = match trimmed.parse::<u64>() {
        Ok(minutes) => std::time::Duration::from_secs(minutes.saturating_mul(60)),
        Err(_) => humantime::parse_duration(trimmed).map_err(|e| {
            crate::refusal!(
                "`{}` is not a duration ({e}): expected something like 45m, 1h30m or 2h",
                clean_line(text)
            )
        })?,
    };
    let seconds = parsed.as_secs();
    if seconds < 60 {
        crate::refuse!(
            "`{}` is less than a minute: log at least 1m (for example 25m)",
            clean_line(text)
        );
    }
    if seconds % 60 != 0 {
        crate::refuse!("`{}` is not whole minutes: use minutes, like 1h30m", clean_line(text));
    }
    let minutes = u32::try_from(seconds / 60).unwrap_or(u32::MAX);
    if minutes > MINUTES_PER_DAY {
        crate::refuse!(
            "`{}` is more than 24 hours; a log counts for one day, so log each day separately",
            clean_line(text)
        );
    }
    Ok(minutes)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn durations_people_type_become_minutes() {
        assert_eq!(parse_minutes("45m").unwrap(), 45);
        assert_eq!(parse_minutes("1h30m").unwrap(), 90);
        assert_eq!(parse_minutes("2h").unwrap(), 120);
        assert_eq!(parse_minutes("25").unwrap(), 25);
    }

    #[test]
    fn zero_fractions_and_more_than_a_day_are_refused() {
        assert!(parse_minutes("0m").unwrap_err().to_string().contains("at least 1m"));
        assert!(parse_minutes("90s").unwrap_err().to_string().contains("whole minutes"));
        assert!(parse_minutes("25h").unwrap_err().to_string().contains("24 hours"));
        assert!(parse_minutes("soon").unwrap_err().to_string().contains("1h30m"));
        // `30M` is 30 months to the duration parser: never a day's study.
        for unit in ["30M", "2w", "1d", "1 month"] {
            let refused = parse_minutes(unit).unwrap_err().to_string();
            assert!(
                refused.contains("not a study duration") && refused.contains("m is minutes"),
                "{unit}: {refused}"
            );
        }
        assert_eq!(parse_minutes("30min").unwrap(), 30);
    }

    #[test]
    fn iso_weeks_resolve_to_their_monday() {
        let monday = parse_iso_week("2026-W48").unwrap();
        assert_eq!(monday, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert_eq!(crate::report::layout::iso_label(monday), "2026-W48");
        assert_eq!(
            parse_iso_week("2026-W53").unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 28).unwrap()
        );
        let err = parse_iso_week("2025-W53").unwrap_err().to_string();
        assert!(err.contains("1 to 52"), "{err}");
        let err = parse_iso_week("48").unwrap_err().to_string();
        assert!(err.contains("2026-W48"), "{err}");
        assert!(parse_iso_week("week 48").is_err());
    }
}
