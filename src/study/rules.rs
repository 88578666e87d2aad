//! The domain rules both front ends apply, each written once: which items
//! are settled or late, which phase is the innermost, how the streak counts
//! (study days in a row, days off skipped) and how far back it is read,
//! when a timer counts as left running.
//!
//! The pure rules live in `plan` (the schedule engine applies them too) and
//! are named here, so a screen or a command never writes its own version.

use chrono::{Duration, NaiveDate, NaiveDateTime};

pub use crate::plan::due::{is_late, is_settled};
pub use crate::plan::structure::innermost;
pub use crate::plan::study_days::current_streak;
use crate::plan::{DueItem, RunningTimer};

/// Days of history read before the earlier of today and the shown week's
/// Sunday: 53 weeks for the heatmap, and the streak's reach. A streak
/// longer than this reads as this long, unless the plan started earlier
/// (the history then reaches back to its start).
pub const HISTORY_DAYS: i64 = 53 * 7 + 7;

/// The days whose minutes feed the heatmap, the streaks (today's and the
/// review's of the week ending `sunday`) and the minutes pace of a plan
/// started on `start`, read on `today`: the same for `studyplan review
/// --week` and the Review screen, whichever week is shown. It reaches back
/// to the start, so the minutes pace counts every minute since.
pub fn history_range(today: NaiveDate, sunday: NaiveDate, start: NaiveDate) -> (NaiveDate, NaiveDate) {
    let from = (today.min(sunday) - Duration::days(HISTORY_DAYS)).min(start);
    (from, today.max(sunday))
}

/// A timer older than this is never logged without the learner's say.
pub const STALE_TIMER_HOURS: i64 = 24;

/// True when the timer has run longer than [`STALE_TIMER_HOURS`]: probably
/// left running by an app that was closed or killed.
pub fn is_stale(running: &RunningTimer, now: NaiveDateTime) -> bool {
    now - running.started_at > Duration::hours(STALE_TIMER_HOURS)
}

/// The late items of `items` on `today`, in their order.
pub fn late_items(items: &[DueItem], today: NaiveDate) -> Vec<DueItem> {
    items.iter().filter(|item| is_late(item, today)).cloned().collect()
}

/// Whether one entry of `minutes` on a block is far beyond what the day
/// asks, so the learner confirms it (`--yes`, or a question in the
/// interface): more than twice what the block plans that day (or the day's
/// budget when the block plans nothing), and more than an hour.
pub fn needs_confirmation(minutes: u32, block_planned: u32, day_budget: u32) -> bool {
    let reference = if block_planned > 0 { block_planned } else { day_budget };
    minutes > reference.saturating_mul(2).max(60)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_review_of_any_week_reads_a_years_history_back_from_its_sunday() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let old_sunday = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let (from, to) = history_range(today, old_sunday, today);
        assert_eq!(to, today);
        assert_eq!(from, old_sunday - Duration::days(HISTORY_DAYS));
        let (from, _) = history_range(today, today + Duration::days(4), today);
        assert_eq!(from, today - Duration::days(HISTORY_DAYS));
        let long_ago = NaiveDate::from_ymd_opt(2020, 1, 6).unwrap();
        let (from, _) = history_range(today, today, long_ago);
        assert_eq!(from, long_ago, "the minutes pace counts from the start");
    }

    #[test]
    fn the_innermost_phase_is_the_shortest_span_and_the_first_on_a_tie() {
        assert_eq!(
            innermost([("q1", [1, 13]), ("jan", [1, 4]), ("w1", [1, 4])]),
            Some("jan")
        );
        assert_eq!(innermost(Vec::<(u8, [u32; 2])>::new()), None);
    }
}
