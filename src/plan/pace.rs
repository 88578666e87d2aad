//! Pace: how the learner stands against the schedule, measured two ways.
//!
//! Items: an item is expected by `today` when its due date is before today.
//! The gap is said in days: behind, it is how long ago the first item the
//! learner has not caught up with fell due; ahead, how far off the due date
//! of the last item the learner's count reaches is.
//!
//! Minutes: the minutes logged from the start to today against the minutes
//! planned from the start to yesterday (today is not over), the difference
//! said in days of the learner's daily budget, rounded to the nearest day.
//!
//! The verdict is the measure further behind (the items one on a tie; the
//! minutes one when nothing is dated). Within a day is "on track". The
//! projected finish is the planned finish moved by the verdict's days.
//! Before the start date the pace is "not started".

use chrono::NaiveDate;

use super::calendar::add_days;
use super::due::{due_items, is_settled};
use super::model::{DueItem, Enrollment, ItemState, ItemStatus, Pace, PaceBasis, PaceMeasure, PaceStatus};
use super::span::planned_finish;
use super::study_days::StudyDays;
use crate::roadmap::Roadmap;

/// Days of slack still called "on track".
const ON_TRACK_DAYS: i64 = 1;

/// The learner's pace on `today`. `minutes_per_day` must reach back to the
/// start date (days missing count 0; days after `today` are ignored).
pub fn pace(
    roadmap: &Roadmap,
    enrollment: &Enrollment,
    statuses: &[ItemStatus],
    minutes_per_day: &[(NaiveDate, u32)],
    today: NaiveDate,
) -> Pace {
    let items = due_items(roadmap, enrollment, statuses);
    pace_of(roadmap, enrollment, &items, minutes_per_day, today)
}

/// `pace` from already dated items (sorted by due date, as `due_items` returns them).
pub fn pace_of(
    roadmap: &Roadmap,
    enrollment: &Enrollment,
    items: &[DueItem],
    minutes_per_day: &[(NaiveDate, u32)],
    today: NaiveDate,
) -> Pace {
    let finish = planned_finish(roadmap, enrollment);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let not_started = PaceMeasure {
        status: PaceStatus::NotStarted,
        days: 0,
    };
    let mut result = Pace {
        status: PaceStatus::NotStarted,
        days: 0,
        settled: count(items.iter().filter(|item| is_settled(item.state)).count()),
        expected: count(items.iter().filter(|item| item.due < today).count()),
        total: count(items.len()),
        projected_finish: finish,
        planned_finish: finish,
        done: count(items.iter().filter(|item| item.state == Some(ItemState::Done)).count()),
        basis: PaceBasis::Items,
        items: (!items.is_empty()).then_some(not_started),
        minutes: not_started,
        logged_minutes: 0,
        planned_minutes: 0,
    };
    if today < enrollment.start {
        return result;
    }
    let items_gap = items_gap(items, today);
    let minutes = minutes_so_far(roadmap, enrollment, minutes_per_day, today);
    let minutes_gap = minutes.gap(enrollment.daily_minutes);
    result.items = items_gap.map(measure);
    result.minutes = measure(minutes_gap);
    result.logged_minutes = u32::try_from(minutes.logged).unwrap_or(u32::MAX);
    result.planned_minutes = u32::try_from(minutes.planned).unwrap_or(u32::MAX);
    // Within a day counts as no gap when choosing the worse measure.
    let felt = |gap: i64| if gap.abs() <= ON_TRACK_DAYS { 0 } else { gap };
    let (basis, gap) = match items_gap {
        Some(items) if felt(items) >= felt(minutes_gap) => (PaceBasis::Items, items),
        _ => (PaceBasis::Minutes, minutes_gap),
    };
    let verdict = measure(gap);
    result.basis = basis;
    result.status = verdict.status;
    result.days = verdict.days;
    if verdict.status != PaceStatus::OnTrack {
        result.projected_finish = add_days(finish, gap);
    }
    result
}

/// A gap in days (positive behind, negative ahead) as a measure.
fn measure(gap: i64) -> PaceMeasure {
    let status = match gap {
        g if g.abs() <= ON_TRACK_DAYS => PaceStatus::OnTrack,
        g if g > 0 => PaceStatus::Behind,
        _ => PaceStatus::Ahead,
    };
    let days = if status == PaceStatus::OnTrack {
        0
    } else {
        u32::try_from(gap.unsigned_abs()).unwrap_or(u32::MAX)
    };
    PaceMeasure { status, days }
}

/// The items gap in days on `today` (positive behind); `None` without dated items.
fn items_gap(items: &[DueItem], today: NaiveDate) -> Option<i64> {
    let expected = items.iter().filter(|item| item.due < today).count();
    let settled = items.iter().filter(|item| is_settled(item.state)).count();
    if items.is_empty() {
        None
    } else if settled < expected {
        Some((today - items[settled].due).num_days())
    } else if settled > expected {
        Some(-(items[settled - 1].due - today).num_days())
    } else {
        Some(0)
    }
}

/// Minutes logged and planned since the start.
#[derive(Debug, Clone, Copy)]
struct MinutesSoFar {
    /// Logged from the start to today, both included.
    logged: u64,
    /// Planned from the start to yesterday.
    planned: u64,
}

impl MinutesSoFar {
    /// The shortfall in days of `budget`, rounded to the nearest day (half a
    /// day away from zero); negative when more was logged than planned.
    fn gap(self, budget: u32) -> i64 {
        let budget = i64::from(budget.max(1));
        let short = i64::try_from(self.planned).unwrap_or(i64::MAX) - i64::try_from(self.logged).unwrap_or(i64::MAX);
        (short + short.signum() * (budget / 2)) / budget
    }
}

fn minutes_so_far(
    roadmap: &Roadmap,
    enrollment: &Enrollment,
    minutes_per_day: &[(NaiveDate, u32)],
    today: NaiveDate,
) -> MinutesSoFar {
    let logged = minutes_per_day
        .iter()
        .filter(|(day, _)| (enrollment.start..=today).contains(day))
        .map(|(_, minutes)| u64::from(*minutes))
        .sum();
    let planned = StudyDays::new(roadmap, enrollment).planned_between(enrollment.start, add_days(today, -1));
    MinutesSoFar { logged, planned }
}

/// The pace in words: "on track", "3 days ahead", "1 day behind", "not started".
pub fn pace_label(pace: &Pace) -> String {
    measure_label(PaceMeasure {
        status: pace.status,
        days: pace.days,
    })
}

/// One measure in words, as [`pace_label`] says the verdict.
pub fn measure_label(measure: PaceMeasure) -> String {
    let days = |n: u32| {
        if n == 1 {
            "1 day".to_owned()
        } else {
            format!("{n} days")
        }
    };
    match measure.status {
        PaceStatus::OnTrack => "on track".to_owned(),
        PaceStatus::Ahead => format!("{} ahead", days(measure.days)),
        PaceStatus::Behind => format!("{} behind", days(measure.days)),
        PaceStatus::NotStarted => "not started".to_owned(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::plan::model::DueKind;
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

    /// Eight weeks, Sundays off (the default weekly structure).
    fn roadmap() -> Roadmap {
        parse_str("id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 8\n", "test").unwrap()
    }

    /// From Monday 23 November 2026, an hour a day.
    fn enrollment() -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start: date(2026, 11, 23),
            daily_minutes: 60,
            paused_weeks: vec![],
        }
    }

    fn finish() -> NaiveDate {
        date(2027, 1, 17)
    }

    /// `minutes` on every planned study day before `today`.
    fn logged(r: &Roadmap, e: &Enrollment, minutes: u32, today: NaiveDate) -> Vec<(NaiveDate, u32)> {
        let study_days = StudyDays::new(r, e);
        e.start
            .iter_days()
            .take_while(|d| *d < today)
            .filter(|d| study_days.is_study_day(*d))
            .map(|d| (d, minutes))
            .collect()
    }

    /// Pace with the first `done` weekly items done and the budget logged on every study day.
    fn on(done: usize, today: NaiveDate) -> Pace {
        let (r, e) = (roadmap(), enrollment());
        pace_of(&r, &e, &items(done), &logged(&r, &e, 60, today), today)
    }

    #[test]
    fn settled_as_expected_is_on_track() {
        let p = on(2, date(2026, 12, 9));
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
        let p = on(1, date(2026, 12, 11));
        assert_eq!((p.status, p.days, p.basis), (PaceStatus::Behind, 5, PaceBasis::Items));
        assert_eq!(p.projected_finish, date(2027, 1, 22));
        assert_eq!(pace_label(&p), "5 days behind");
    }

    #[test]
    fn one_day_late_is_still_on_track() {
        let p = on(0, date(2026, 11, 30));
        assert_eq!(p.status, PaceStatus::OnTrack);
    }

    #[test]
    fn items_ahead_count_days_until_the_last_settled_due_date_but_the_minutes_must_agree() {
        // On Dec 3, d0 and d1 (due Dec 6) are done: 3 days ahead on items.
        let p = on(2, date(2026, 12, 3));
        let ahead = PaceMeasure {
            status: PaceStatus::Ahead,
            days: 3,
        };
        assert_eq!(p.items, Some(ahead));
        assert_eq!(
            (p.status, p.basis),
            (PaceStatus::OnTrack, PaceBasis::Minutes),
            "the minutes are only on track"
        );
        assert_eq!(p.projected_finish, finish());
        // Twice the budget every day: 9 days ahead on minutes, so items are the worse.
        let (r, e) = (roadmap(), enrollment());
        let today = date(2026, 12, 3);
        let p = pace_of(&r, &e, &items(2), &logged(&r, &e, 120, today), today);
        assert_eq!((p.status, p.days, p.basis), (PaceStatus::Ahead, 3, PaceBasis::Items));
        assert_eq!(p.minutes.days, 9);
        assert_eq!(p.projected_finish, date(2027, 1, 14));
        assert_eq!(pace_label(&p), "3 days ahead");
    }

    #[test]
    fn an_item_ticked_early_does_not_hide_minutes_not_studied() {
        // Ten days in, nine study days planned (540 minutes), half an hour on seven of them.
        let (r, e) = (roadmap(), enrollment());
        let today = date(2026, 12, 3);
        let mut minutes = logged(&r, &e, 30, today);
        minutes.truncate(7);
        let p = pace_of(&r, &e, &items(3), &minutes, today);
        assert_eq!(p.items.map(|m| m.status), Some(PaceStatus::Ahead));
        assert_eq!((p.planned_minutes, p.logged_minutes), (540, 210));
        // 330 minutes short: five and a half days of an hour, said as 6.
        assert_eq!((p.status, p.days, p.basis), (PaceStatus::Behind, 6, PaceBasis::Minutes));
        assert_eq!(p.projected_finish, date(2027, 1, 23));
    }

    #[test]
    fn todays_minutes_count_but_todays_plan_is_not_due_yet() {
        let (r, e) = (roadmap(), enrollment());
        let today = date(2026, 11, 25);
        let p = pace_of(&r, &e, &[], &[], today);
        assert_eq!(
            (p.planned_minutes, p.minutes.status, p.minutes.days),
            (120, PaceStatus::Behind, 2)
        );
        let p = pace_of(&r, &e, &[], &[(today, 180)], today);
        assert_eq!(
            (p.logged_minutes, p.minutes.status, p.minutes.days),
            (180, PaceStatus::OnTrack, 0)
        );
        let p = pace_of(&r, &e, &[], &[(today, 300), (add_days(today, 1), 600)], today);
        assert_eq!(
            (p.logged_minutes, p.minutes.status, p.minutes.days),
            (300, PaceStatus::Ahead, 3),
            "tomorrow's minutes are not counted yet"
        );
    }

    #[test]
    fn before_the_start_nothing_is_measured() {
        let p = on(0, date(2026, 11, 1));
        assert_eq!(p.status, PaceStatus::NotStarted);
        assert_eq!(p.minutes.status, PaceStatus::NotStarted);
        assert_eq!(pace_label(&p), "not started");
    }

    #[test]
    fn a_roadmap_without_dated_items_gets_its_minutes_pace() {
        let (r, e) = (roadmap(), enrollment());
        let today = date(2026, 12, 7);
        let followed = pace_of(&r, &e, &[], &logged(&r, &e, 60, today), today);
        assert_eq!(
            (followed.status, followed.total, followed.items, followed.basis),
            (PaceStatus::OnTrack, 0, None, PaceBasis::Minutes)
        );
        let idle = pace_of(&r, &e, &[], &[], today);
        assert_eq!((idle.status, idle.days), (PaceStatus::Behind, 12));
        assert_eq!(pace_label(&idle), "12 days behind");
    }

    #[test]
    fn a_pause_moves_due_dates_so_a_learner_on_holiday_does_not_fall_behind() {
        let roadmap = parse_str(
            "id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 4\n\
             [[milestones]]\nid = \"m2\"\ntitle = \"M2\"\nweek = 2\n",
            "test",
        )
        .unwrap();
        let mut enrollment = enrollment();
        let today = date(2026, 12, 10);
        // Week 2 ends Dec 6; on Dec 10 without a pause the milestone is 4 days late.
        let minutes = logged(&roadmap, &enrollment, 60, today);
        let late = pace(&roadmap, &enrollment, &[], &minutes, today);
        assert_eq!(
            (late.status, late.days, late.planned_finish),
            (PaceStatus::Behind, 4, date(2026, 12, 20))
        );
        enrollment.paused_weeks.push(date(2026, 11, 30));
        let minutes = logged(&roadmap, &enrollment, 60, today);
        let paused = pace(&roadmap, &enrollment, &[], &minutes, today);
        assert_eq!(
            (paused.status, paused.expected, paused.planned_finish),
            (PaceStatus::OnTrack, 0, date(2026, 12, 27))
        );
        assert_eq!(paused.planned_minutes, 9 * 60, "the paused week plans nothing");
    }
}
