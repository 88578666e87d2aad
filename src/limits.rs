//! The numbers every layer agrees on: how many minutes a day can be planned
//! and logged, and the years a date may fall in. Flags, config.toml, roadmap files, the welcome form, the store
//! and `import json` all check against these, so a value accepted in one
//! place is never refused in another.

use std::ops::RangeInclusive;

/// Study minutes a day a plan may ask for: at least a short session, at most
/// sixteen waking hours.
pub const DAILY_MINUTES: RangeInclusive<u32> = 5..=16 * 60;

/// The most minutes one civil day can hold, for logs and a day's total.
pub const MINUTES_PER_DAY: u32 = 24 * 60;

/// The range of [`DAILY_MINUTES`] as people write it: "5 to 960".
pub fn daily_minutes_range() -> String {
    format!("{} to {}", DAILY_MINUTES.start(), DAILY_MINUTES.end())
}

/// True when `minutes` is a daily budget every layer accepts.
pub fn is_daily_budget(minutes: u32) -> bool {
    DAILY_MINUTES.contains(&minutes)
}

/// The years a date given to studyplan may fall in (a flag, the
/// environment, a roadmap file): wide enough for any learner, and narrow
/// enough that a ten-year plan from the last of them stays within the
/// calendar's four-digit years (iCalendar, the store).
pub const YEARS: RangeInclusive<i32> = 1900..=9899;

/// `None` when `date` lies in [`YEARS`], else the one message every reader
/// of dates gives.
pub fn date_out_of_range(date: chrono::NaiveDate) -> Option<String> {
    use chrono::Datelike;
    (!YEARS.contains(&date.year())).then(|| {
        format!(
            "the date {date} is outside the years {} to {} that studyplan plans in",
            YEARS.start(),
            YEARS.end()
        )
    })
}
