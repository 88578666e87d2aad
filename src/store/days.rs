//! Calendar helpers shared by the store's topics: the Monday of a week, and
//! the range of days the database can hold.

use chrono::{Datelike, Duration, NaiveDate};

use super::StoreResult;

/// The Monday of the Mon-Sun week holding `day`.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Checks that `day` fits the `YYYY-MM-DD` text the database keeps (years 1-9999),
/// so dates sort like the calendar.
pub fn storable(day: NaiveDate) -> StoreResult<NaiveDate> {
    if (1..=9999).contains(&day.year()) {
        Ok(day)
    } else {
        Err(crate::refusal!(
            "the date {day} is outside the years 1-9999 that studyplan keeps"
        ))
    }
}
