//! Calendar arithmetic: Monday-first weeks and ISO week labels (`2026-W53`),
//! and weeks that start on another weekday for display (`week_start`).
//!
//! Everything goes through chrono's ISO week functions, so the year a week
//! belongs to (Dec 28 2026 is in 2026-W53, Jan 1 2027 too) is chrono's answer.
//! Date arithmetic saturates at chrono's limits instead of panicking.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Serialize, Serializer};

/// The Monday of the Mon-Sun week holding `date`.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    add_days(date, -i64::from(date.weekday().num_days_from_monday()))
}

/// The Sunday of the Mon-Sun week holding `date`.
pub fn sunday_of(date: NaiveDate) -> NaiveDate {
    add_days(monday_of(date), 6)
}

/// The first day of the week holding `date` when weeks start on `first`
/// (`Weekday::Mon` gives [`monday_of`], `Weekday::Sun` the Sunday on or before `date`).
pub fn week_start_of(date: NaiveDate, first: Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() - first.num_days_from_monday()) % 7;
    add_days(date, -i64::from(back))
}

/// Today when it is a Monday, else the coming Monday: where a plan starts by default.
pub fn coming_monday(today: NaiveDate) -> NaiveDate {
    let days = (7 - today.weekday().num_days_from_monday()) % 7;
    add_days(today, i64::from(days))
}

/// The start date of a new enrollment when the learner gives none (the
/// `start` command and the TUI's first-run form): the roadmap's suggested
/// start (a calendar-dated roadmap keeps its dates), else [`coming_monday`].
pub fn default_start(suggested: Option<NaiveDate>, today: NaiveDate) -> NaiveDate {
    suggested.unwrap_or_else(|| coming_monday(today))
}

/// `date` moved by `days` (negative goes back), clamped to chrono's range
/// so a far-fetched date never panics.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let moved = if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.unwrap_or(if days >= 0 { NaiveDate::MAX } else { NaiveDate::MIN })
}

/// An ISO 8601 week: year and week number, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek {
    /// The ISO week-numbering year (may differ from the calendar year near New Year).
    pub year: i32,
    /// Week number, 1 to 52 or 53.
    pub week: u32,
}

/// Why a week label was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekParseError {
    /// What was given.
    pub input: String,
    /// What is wrong and what is expected.
    pub reason: String,
}

impl fmt::Display for WeekParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad week `{}`: {}", self.input, self.reason)
    }
}

impl std::error::Error for WeekParseError {}

impl IsoWeek {
    /// The ISO week holding `date`.
    pub fn of(date: NaiveDate) -> IsoWeek {
        let iso = date.iso_week();
        IsoWeek {
            year: iso.year(),
            week: iso.week(),
        }
    }

    /// The week `week` of ISO year `year`, if that week exists (week 53 exists
    /// only in some years).
    pub fn new(year: i32, week: u32) -> Option<IsoWeek> {
        NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).map(|_| IsoWeek { year, week })
    }

    /// Number of ISO weeks in `year` (52 or 53), if the year is in chrono's range.
    pub fn weeks_in_year(year: i32) -> Option<u32> {
        // Dec 28 is always in the last ISO week of its year.
        NaiveDate::from_ymd_opt(year, 12, 28).map(|d| d.iso_week().week())
    }

    /// The Monday of this week.
    pub fn monday(self) -> NaiveDate {
        NaiveDate::from_isoywd_opt(self.year, self.week, Weekday::Mon).unwrap_or(NaiveDate::MIN)
    }

    /// The Sunday of this week.
    pub fn sunday(self) -> NaiveDate {
        add_days(self.monday(), 6)
    }

    /// The week after this one.
    pub fn next(self) -> IsoWeek {
        IsoWeek::of(add_days(self.monday(), 7))
    }

    /// The week before this one.
    pub fn previous(self) -> IsoWeek {
        IsoWeek::of(add_days(self.monday(), -7))
    }
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

impl Serialize for IsoWeek {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl FromStr for IsoWeek {
    type Err = WeekParseError;

    /// Parses `2026-W48` (also `2026-w48` and `2026W48`).
    fn from_str(text: &str) -> Result<IsoWeek, WeekParseError> {
        let refuse = |reason: String| WeekParseError {
            input: text.to_owned(),
            reason,
        };
        let trimmed = text.trim();
        let Some((year_text, week_text)) = trimmed.split_once(['W', 'w']) else {
            return Err(refuse("expected YEAR-Www, e.g. 2026-W48".to_owned()));
        };
        let year_text = year_text.strip_suffix('-').unwrap_or(year_text);
        let year: i32 = match year_text.parse() {
            Ok(year) if year_text.len() == 4 && year_text.bytes().all(|b| b.is_ascii_digit()) => year,
            _ => {
                return Err(refuse(format!(
                    "`{year_text}` is not a 4-digit year; expected YEAR-Www, e.g. 2026-W48"
                )));
            }
        };
        let week: u32 = match week_text.parse() {
            Ok(week) if (1..=2).contains(&week_text.len()) && week_text.bytes().all(|b| b.is_ascii_digit()) => week,
            _ => {
                return Err(refuse(format!(
                    "`{week_text}` is not a week number; expected YEAR-Www, e.g. 2026-W48"
                )));
            }
        };
        IsoWeek::new(year, week).ok_or_else(|| {
            let last = IsoWeek::weeks_in_year(year).unwrap_or(52);
            refuse(format!("{year} has ISO weeks 1 to {last}"))
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn monday_of_every_weekday_is_the_same_monday() {
        for d in 23..=29 {
            assert_eq!(monday_of(date(2026, 11, d)), date(2026, 11, 23));
            assert_eq!(sunday_of(date(2026, 11, d)), date(2026, 11, 29));
        }
    }

    #[test]
    fn a_week_starting_on_any_weekday_holds_the_date_and_starts_on_that_weekday() {
        for first in [Weekday::Mon, Weekday::Wed, Weekday::Sat, Weekday::Sun] {
            for d in 16..=30 {
                let date = date(2026, 11, d);
                let start = week_start_of(date, first);
                assert_eq!(start.weekday(), first);
                assert!(start <= date && date < add_days(start, 7), "{first} {date}");
            }
        }
        // Tuesday 24 Nov 2026: Sunday-first weeks start the Sunday before the ISO Monday.
        assert_eq!(week_start_of(date(2026, 11, 24), Weekday::Sun), date(2026, 11, 22));
        assert_eq!(week_start_of(date(2026, 11, 29), Weekday::Sun), date(2026, 11, 29));
        assert_eq!(
            week_start_of(date(2026, 11, 24), Weekday::Mon),
            monday_of(date(2026, 11, 24))
        );
        assert_eq!(week_start_of(NaiveDate::MIN, Weekday::Sun), NaiveDate::MIN);
    }

    #[test]
    fn a_plan_starts_on_the_suggested_date_else_today_on_a_monday_else_the_coming_monday() {
        let monday = date(2026, 11, 23);
        assert_eq!(coming_monday(monday), monday);
        for d in 24..=29 {
            assert_eq!(coming_monday(date(2026, 11, d)), date(2026, 11, 30));
        }
        // Across a year end, and at chrono's limit without panicking.
        assert_eq!(coming_monday(date(2026, 12, 31)), date(2027, 1, 4));
        assert_eq!(coming_monday(NaiveDate::MAX), NaiveDate::MAX);
        assert_eq!(default_start(None, date(2026, 11, 24)), date(2026, 11, 30));
        assert_eq!(
            default_start(Some(date(2026, 2, 2)), date(2026, 11, 24)),
            date(2026, 2, 2)
        );
    }

    #[test]
    fn week_53_of_2026_spans_new_year() {
        let week: IsoWeek = "2026-W53".parse().unwrap();
        assert_eq!(week.monday(), date(2026, 12, 28));
        assert_eq!(week.sunday(), date(2027, 1, 3));
        assert_eq!(IsoWeek::of(date(2027, 1, 1)), week);
        assert_eq!(week.next().to_string(), "2027-W01");
        assert_eq!(week.next().previous(), week);
    }

    #[test]
    fn week_53_of_2027_is_refused_with_the_range() {
        let err = "2027-W53".parse::<IsoWeek>().unwrap_err();
        assert!(err.to_string().contains("2027 has ISO weeks 1 to 52"), "{err}");
    }

    #[test]
    fn malformed_labels_are_refused() {
        for bad in [
            "",
            "2026",
            "2026-48",
            "26-W48",
            "2026-W",
            "2026-W0",
            "2026-W123",
            "2026-Wx1",
            "2026-W+1",
        ] {
            assert!(bad.parse::<IsoWeek>().is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn format_pads_the_week() {
        assert_eq!(IsoWeek::of(date(2026, 1, 1)).to_string(), "2026-W01");
        assert_eq!("2026w1".parse::<IsoWeek>().unwrap().to_string(), "2026-W01");
    }

    #[test]
    fn add_days_saturates_instead_of_panicking() {
        assert_eq!(add_days(NaiveDate::MAX, 10), NaiveDate::MAX);
        assert_eq!(add_days(NaiveDate::MIN, -10), NaiveDate::MIN);
    }
}
