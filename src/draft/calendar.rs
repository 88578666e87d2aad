//! Calendar months and quarters to relative weeks, while drafting.
//!
//! Spans are compared and nested in weeks: week 1 is the Monday-to-Sunday
//! week holding the start, and a week belongs to the month holding its
//! Thursday (the ISO rule), so months get 4 or 5 weeks. A draft made only of
//! calendar months is read back onto `months` at the end (`months.rs`).
//! A roadmap that begins with a month starts on its first day, or on the next
//! Monday when that day's week belongs to the month before.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The suggested start of a roadmap that begins with this month.
pub fn month_start(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    if thursday_of(first)?.month() == month {
        Some(first)
    } else {
        first.checked_add_days(Days::new(u64::from(7 - first.weekday().num_days_from_monday())))
    }
}

/// The Monday of the week holding `date`.
fn monday_of(date: NaiveDate) -> Option<NaiveDate> {
    date.checked_sub_days(Days::new(u64::from(date.weekday().num_days_from_monday())))
}

/// The Thursday of the week holding `date`.
fn thursday_of(date: NaiveDate) -> Option<NaiveDate> {
    monday_of(date)?.checked_add_days(Days::new(3))
}

/// The week number (from 1) of `date` for a roadmap starting on `start`; 0 or less before it.
pub fn week_of(start: NaiveDate, date: NaiveDate) -> Option<i64> {
    let days = monday_of(date)?.signed_duration_since(monday_of(start)?).num_days();
    Some(days.div_euclid(7) + 1)
}

/// The weeks (first, last) of a calendar month, by the Thursday rule.
pub fn month_weeks(start: NaiveDate, year: i32, month: u32) -> Option<(i64, i64)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let first_thursday = first.checked_add_days(Days::new(u64::from(
        (7 + Weekday::Thu.num_days_from_monday() - first.weekday().num_days_from_monday()) % 7,
    )))?;
    let next_month = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last_day = next_month.pred_opt()?;
    let back = (7 + last_day.weekday().num_days_from_monday() - Weekday::Thu.num_days_from_monday()) % 7;
    let last_thursday = last_day.checked_sub_days(Days::new(u64::from(back)))?;
    Some((week_of(start, first_thursday)?, week_of(start, last_thursday)?))
}

/// The weeks (first, last) of a date range.
pub fn date_weeks(start: NaiveDate, from: NaiveDate, to: NaiveDate) -> Option<(i64, i64)> {
    Some((week_of(start, from)?, week_of(start, to)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn months_follow_their_thursdays() {
        // The bundled quarterly-2026 roadmap: January 1-5, February 6-9, December 49-53.
        let start = month_start(2026, 1).unwrap();
        assert_eq!(start, date("2026-01-01"));
        assert_eq!(month_weeks(start, 2026, 1), Some((1, 5)));
        assert_eq!(month_weeks(start, 2026, 2), Some((6, 9)));
        assert_eq!(month_weeks(start, 2026, 12), Some((49, 53)));
        // February 2026 begins on a Sunday whose week belongs to January.
        let feb = month_start(2026, 2).unwrap();
        assert_eq!(feb, date("2026-02-02"));
        assert_eq!(month_weeks(feb, 2026, 4), Some((9, 13)));
    }
}
