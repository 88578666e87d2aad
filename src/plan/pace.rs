//! Pace: how the learner's settled items compare with the schedule.
//!
//! An item is expected by `today` when its due date is before today. The gap
//! is said in days: behind, it is how long ago the first item the learner has
//! not caught up with fell due; ahead, how far off the due date of the last
//! item the learner's count reaches is. Within a day is "on track". The
//! projected finish is the planned finish moved by that many days. Before
//! the start date the pace is "not started"; a roadmap without dated items
//! is "on track" once started.

use chrono::NaiveDate;

use super::calendar::add_days;
use super::due::{due_items, is_settled};
use super::model::{DueItem, Enrollment, ItemStatus, Pace, PaceStatus};
use super::span::planned_finish;
use crate::roadmap::Roadmap;

/// Days of slack still called "on track".
const ON_TRACK_DAYS: i64 = 1;

/// The learner's pace on `today`.
pub fn pace(roadmap: &Roadmap, enrollment: &Enrollment, statuses: &[ItemStatus], today: NaiveDate) -> Pace {
    let items = due_items(roadmap, enrollment, statuses);
    pace_of_items(&items, planned_finish(roadmap, enrollment), enrollment.start, today)
}

/// Pace from already dated items (sorted by due date, as `due_items` returns them).
pub fn pace_of_items(items: &[DueItem], planned_finish: NaiveDate, start: NaiveDate, today: NaiveDate) -> Pace {
    let total = items.len();
    let expected = items.iter().filter(|item| item.due < today).count();
    let settled = items.iter().filter(|item| is_settled(item.state)).count();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut result = Pace {
        status: PaceStatus::NotStarted,
        days: 0,
        settled: count(settled),
        expected: count(expected),
        total: count(total),
        projected_finish: planned_finish,
        planned_finish,
    };
    if today < start {
        return result;
    }
    if total == 0 {
        // A roadmap without dated items gives nothing to fall behind on.
        result.status = PaceStatus::OnTrack;
        return result;
    }
    // Positive: days behind; negative: days ahead.
    let gap = if settled < expected {
        (today - items[settled].due).num_days()
    } else if settled > expected {
        -(items[settled - 1].due - today).num_days()
    } else {
        0
    };
    result.status = match gap {
        g if g.abs() <= ON_TRACK_DAYS => PaceStatus::OnTrack,
        g if g > 0 => PaceStatus::Behind,
        _ => PaceStatus::Ahead,
    };
    if result.status != PaceStatus::OnTrack {
        result.days = u32::try_from(gap.unsigned_abs()).unwrap_or(u32::MAX);
        result.projected_finish = add_days(planned_finish, gap);
    }
    result
}

/// The pace in words: "on track", "3 days ahead", "1 day behind", "not started",
/// "no due dates" (nothing in the plan is dated).
pub fn pace_label(pace: &Pace) -> String {
    let days = |n: u32| {
        if n == 1 {
            "1 day".to_owned()
        } else {
            format!("{n} days")
        }
    };
    match pace.status {
        // Nothing dated (genai-engineering's topic map): "on track" would say so whatever was done.
        PaceStatus::OnTrack | PaceStatus::Ahead | PaceStatus::Behind if pace.total == 0 => "no due dates".to_owned(),
        PaceStatus::OnTrack => "on track".to_owned(),
        PaceStatus::Ahead => format!("{} ahead", days(pace.days)),
        PaceStatus::Behind => format!("{} behind", days(pace.days)),
        PaceStatus::NotStarted => "not started".to_owned(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::plan::model::{DueKind, ItemState};
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Weekly items due on the Sundays from Nov 29 2026; the first `done` are done.
    fn items(done: usize) -> Vec<DueItem> {
        (0..8)
            .map(|i| DueItem {
                id: format!("d{i}"),
                kind: DueKind::Deliverable,
                title: format!("D{i}"),
                week: i + 1,
                due: add_days(date(2026, 11, 29), 7 * i64::from(i)),
                state: (i < done as u32).then_some(ItemState::Done),
            })
            .collect()
    }

    fn start() -> NaiveDate {
        date(2026, 11, 23)
    }

    fn finish() -> NaiveDate {
        date(2027, 1, 17)
    }

    #[test]
    fn settled_as_expected_is_on_track() {
        let p = pace_of_items(&items(2), finish(), start(), date(2026, 12, 9));
        assert_eq!(
            (p.status, p.days, p.expected, p.settled),
            (PaceStatus::OnTrack, 0, 2, 2)
        );
        assert_eq!(p.projected_finish, finish());
        assert_eq!(pace_label(&p), "on track");
    }

    #[test]
    fn behind_counts_days_since_the_first_missed_due_date() {
        // Item d1 was due Dec 6; on Dec 11 with only d0 done: 5 days behind.
        let p = pace_of_items(&items(1), finish(), start(), date(2026, 12, 11));
        assert_eq!((p.status, p.days), (PaceStatus::Behind, 5));
        assert_eq!(p.projected_finish, date(2027, 1, 22));
        assert_eq!(pace_label(&p), "5 days behind");
    }

    #[test]
    fn one_day_late_is_still_on_track() {
        let p = pace_of_items(&items(0), finish(), start(), date(2026, 11, 30));
        assert_eq!(p.status, PaceStatus::OnTrack);
    }

    #[test]
    fn ahead_counts_days_until_the_last_settled_due_date() {
        // On Dec 3, d0 and d1 (due Dec 6) are done: 3 days ahead.
        let p = pace_of_items(&items(2), finish(), start(), date(2026, 12, 3));
        assert_eq!((p.status, p.days), (PaceStatus::Ahead, 3));
        assert_eq!(p.projected_finish, date(2027, 1, 14));
        assert_eq!(pace_label(&p), "3 days ahead");
    }

    #[test]
    fn before_the_start_nothing_is_measured() {
        let p = pace_of_items(&items(0), finish(), start(), date(2026, 11, 1));
        assert_eq!(p.status, PaceStatus::NotStarted);
        assert_eq!(pace_label(&p), "not started");
    }

    #[test]
    fn a_roadmap_without_dated_items_is_on_track_once_started() {
        let p = pace_of_items(&[], finish(), start(), date(2026, 12, 1));
        assert_eq!((p.status, p.days, p.total), (PaceStatus::OnTrack, 0, 0));
    }

    #[test]
    fn a_pause_moves_due_dates_so_a_learner_on_holiday_does_not_fall_behind() {
        let roadmap = parse_str(
            "id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 4\n\
             [[milestones]]\nid = \"m2\"\ntitle = \"M2\"\nweek = 2\n",
            "test",
        )
        .unwrap();
        let mut enrollment = Enrollment {
            roadmap_id: "r".into(),
            start: start(),
            daily_minutes: 60,
            paused_weeks: vec![],
        };
        // Week 2 ends Dec 6; on Dec 10 without a pause the milestone is 4 days late.
        let late = pace(&roadmap, &enrollment, &[], date(2026, 12, 10));
        assert_eq!(
            (late.status, late.days, late.planned_finish),
            (PaceStatus::Behind, 4, date(2026, 12, 20))
        );
        enrollment.paused_weeks.push(date(2026, 11, 30));
        let paused = pace(&roadmap, &enrollment, &[], date(2026, 12, 10));
        assert_eq!(
            (paused.status, paused.expected, paused.planned_finish),
            (PaceStatus::OnTrack, 0, date(2026, 12, 27))
        );
    }
}
