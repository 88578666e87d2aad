//! The command-line parsers (durations, dates, ISO weeks, the test clock) on
//! arbitrary text never panic, and every valid value round-trips through its
//! own printed form. The long campaign is the `arg_parsers` fuzz target.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use studyplan::commands::args::{parse_iso_week, parse_minutes};
use studyplan::config::{parse_date, parse_now};
use studyplan::plan::IsoWeek;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_is_a_value_or_an_error(text in "\\PC{0,40}|[0-9hmsWw: T+-]{0,24}") {
        if let Ok(minutes) = parse_minutes(&text) {
            prop_assert!((1..=24 * 60).contains(&minutes));
        }
        let _ = parse_date(&text);
        let _ = parse_now(&text);
        let _ = parse_iso_week(&text);
        if let Ok(week) = text.parse::<IsoWeek>() {
            prop_assert_eq!(week.to_string().parse::<IsoWeek>().unwrap(), week);
        }
    }

    #[test]
    fn durations_round_trip(hours in 0u32..=24, minutes in 0u32..60) {
        let total = hours * 60 + minutes;
        prop_assume!((1..=24 * 60).contains(&total));
        prop_assert_eq!(parse_minutes(&format!("{hours}h{minutes}m")).unwrap(), total);
        prop_assert_eq!(parse_minutes(&total.to_string()).unwrap(), total);
        prop_assert_eq!(parse_minutes(&format!("{total}m")).unwrap(), total);
    }

    #[test]
    fn dates_round_trip(days in 0i64..(200 * 366)) {
        let date = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
        prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()).unwrap(), date);
        let now = date.and_hms_opt(23, 59, 0).unwrap();
        prop_assert_eq!(parse_now(&now.format("%Y-%m-%dT%H:%M:%S").to_string()).unwrap(), now);
        // Every day's ISO week label leads back to the Monday of that day's week.
        let label = IsoWeek::of(date).to_string();
        let monday = parse_iso_week(&label).unwrap();
        prop_assert_eq!(monday.weekday(), chrono::Weekday::Mon);
        prop_assert!(monday <= date && date < monday + chrono::Duration::days(7));
    }

    #[test]
    fn week_numbers_past_the_year_are_refused(year in 1970i32..=2100, week in 1u32..=60) {
        let last = IsoWeek::weeks_in_year(year).unwrap();
        let parsed = parse_iso_week(&format!("{year}-W{week:02}"));
        prop_assert_eq!(parsed.is_ok(), week <= last);
    }
}
