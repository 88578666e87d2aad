//! The plan for one Mon-Sun week: seven day plans and the week's due items,
//! recurring tasks, checkpoint and metric targets; and the seven days a week
//! view shows when weeks start on another day (`week_start`), each with the
//! plan of the week it belongs to.

use chrono::{NaiveDate, Weekday};
use serde::Serialize;

use super::calendar::{add_days, monday_of, week_start_of};
use super::day::day_plan_from_items;
use super::due::{due_in_week, due_items};
use super::model::{DayPlan, Enrollment, ItemStatus, WeekPlan};
use super::recurring::{checkpoint_in_week, metric_targets, recurring_in_week};
use super::span::plan_weeks;
use super::weeks::week_at;
use crate::roadmap::Roadmap;

/// The roadmap week a calendar week is, if it is a plan week (not before the
/// start, not paused, not after the end). Any day of the week may be given.
pub fn roadmap_week_of(roadmap: &Roadmap, enrollment: &Enrollment, date: NaiveDate) -> Option<u32> {
    let week = week_at(enrollment, date).ok()?;
    u32::try_from(week)
        .ok()
        .filter(|w| (1..=plan_weeks(roadmap, enrollment)).contains(w))
}

/// Everything the schedule says about the week holding `monday` (any day of
/// the week may be given; it is moved to its Monday). Outside the plan the
/// days say where they fall and the week lists nothing due.
pub fn week_plan(roadmap: &Roadmap, enrollment: &Enrollment, statuses: &[ItemStatus], monday: NaiveDate) -> WeekPlan {
    let monday = monday_of(monday);
    let items = due_items(roadmap, enrollment, statuses);
    let days = (0..7)
        .map(|i| day_plan_from_items(roadmap, enrollment, &items, add_days(monday, i)))
        .collect();
    let mut plan = WeekPlan {
        monday,
        days,
        due: Vec::new(),
        recurring: Vec::new(),
        checkpoint: None,
        metrics: Vec::new(),
    };
    if let Some(week) = roadmap_week_of(roadmap, enrollment, monday) {
        plan.due = due_in_week(&items, week);
        // Tasks of a track that is not optional are items of the week (in `due`), ticked one by one.
        plan.recurring = recurring_in_week(roadmap, week)
            .into_iter()
            .filter(|task| task.optional)
            .collect();
        plan.checkpoint = checkpoint_in_week(roadmap, week);
        plan.metrics = metric_targets(roadmap);
    }
    plan
}

/// Seven days in a row from any weekday, as a week view shows them. Plan
/// weeks stay Monday to Sunday: each day keeps the plan of its own week, so a
/// Sunday-first view shows the Sunday of the week before, then Monday to Saturday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShownWeek {
    /// The first day shown.
    pub first: NaiveDate,
    /// The plan weeks holding the seven days, oldest first: one when `first`
    /// is a Monday, else two.
    pub weeks: Vec<WeekPlan>,
}

impl ShownWeek {
    /// The seven dates, from `first`.
    pub fn dates(&self) -> [NaiveDate; 7] {
        std::array::from_fn(|i| add_days(self.first, i as i64))
    }

    /// The plan of the shown day `index` (0 = `first`, up to 6).
    pub fn day(&self, index: usize) -> Option<&DayPlan> {
        let date = self.dates().get(index).copied()?;
        self.weeks.iter().flat_map(|w| &w.days).find(|d| d.date == date)
    }

    /// The plan week holding `date`, if it is one of the shown weeks.
    pub fn week_of(&self, date: NaiveDate) -> Option<&WeekPlan> {
        let monday = monday_of(date);
        self.weeks.iter().find(|w| w.monday == monday)
    }

    /// The plan week holding most of the shown days (four or more, so the
    /// middle one): the week a heading names.
    pub fn main_week(&self) -> Option<&WeekPlan> {
        self.week_of(add_days(self.first, 3))
    }
}

/// The seven days from `first`, each with its plan (see [`ShownWeek`]).
pub fn shown_week(roadmap: &Roadmap, enrollment: &Enrollment, statuses: &[ItemStatus], first: NaiveDate) -> ShownWeek {
    let last = add_days(first, 6);
    let mut weeks = vec![week_plan(roadmap, enrollment, statuses, first)];
    if monday_of(last) != monday_of(first) {
        weeks.push(week_plan(roadmap, enrollment, statuses, last));
    }
    ShownWeek { first, weeks }
}

/// The first day a week view shows when weeks start on `week_start` and the
/// plan week of `shown_monday` is selected: the seven days hold today while
/// today's plan week is selected, and move by whole weeks with it.
pub fn shown_first_day(today: NaiveDate, shown_monday: NaiveDate, week_start: Weekday) -> NaiveDate {
    let weeks = (monday_of(shown_monday) - monday_of(today)).num_days() / 7;
    add_days(week_start_of(today, week_start), weeks.saturating_mul(7))
}

/// The plan week to select so that the days [`shown_first_day`] gives hold
/// `date` (to follow a task moved out of the shown days).
pub fn shown_monday_holding(today: NaiveDate, date: NaiveDate, week_start: Weekday) -> NaiveDate {
    let weeks = (week_start_of(date, week_start) - week_start_of(today, week_start)).num_days() / 7;
    add_days(monday_of(today), weeks.saturating_mul(7))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::plan::model::Position;
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const ROADMAP: &str = r#"
id = "r"
title = "R"
summary = "s"
weeks = 8
[[phases]]
id = "sprint-1"
title = "Foundations"
weeks = [1, 8]
deliverables = [{ id = "w2", title = "Week 2 thing", week = 2 }]
[[parallel_tracks]]
id = "career"
title = "Career"
start_week = 2
tasks = [{ id = "net", title = "Network", every_weeks = 1 }]
[[checkpoints]]
id = "check"
title = "Check"
every_weeks = 2
questions = [{ id = "q", text = "How is it going?" }]
"#;

    fn enrollment(paused: &[NaiveDate]) -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start: date(2026, 11, 25),
            daily_minutes: 120,
            paused_weeks: paused.to_vec(),
        }
    }

    #[test]
    fn week_two_lists_its_deliverable_track_task_and_checkpoint() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let plan = week_plan(&r, &enrollment(&[]), &[], date(2026, 12, 2));
        assert_eq!(plan.monday, date(2026, 11, 30));
        assert_eq!(plan.days.len(), 7);
        assert_eq!(plan.days[6].date, date(2026, 12, 6));
        // The track is not optional: its task is an item of the week, ticked on its own.
        assert_eq!(
            plan.due.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["w2", "net@w2"]
        );
        assert!(plan.recurring.is_empty());
        assert_eq!(plan.checkpoint.map(|c| c.week), Some(2));
    }

    #[test]
    fn the_start_week_mixes_days_before_the_start_and_plan_days() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let plan = week_plan(&r, &enrollment(&[]), &[], date(2026, 11, 23));
        assert!(matches!(plan.days[0].position, Position::BeforeStart { days_until: 2 }));
        assert_eq!(plan.days[2].position, Position::InPlan { week: 1, of: 8 });
        assert!(plan.due.iter().all(|d| d.kind != crate::plan::DueKind::Recurring));
    }

    #[test]
    fn a_paused_week_has_nothing_due_and_the_next_week_takes_over() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let e = enrollment(&[date(2026, 11, 30)]);
        let paused = week_plan(&r, &e, &[], date(2026, 11, 30));
        assert!(paused.due.is_empty() && paused.checkpoint.is_none());
        assert_eq!(paused.days[0].position, Position::Paused { next_week: 2, of: 8 });
        let next = week_plan(&r, &e, &[], date(2026, 12, 7));
        assert_eq!(
            next.due.iter().map(|d| (d.id.as_str(), d.due)).collect::<Vec<_>>(),
            [("w2", date(2026, 12, 13)), ("net@w2", date(2026, 12, 13))]
        );
    }

    #[test]
    fn a_sunday_first_week_shows_the_sunday_before_with_its_own_plan_week() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let tuesday = date(2026, 12, 8); // roadmap week 3
        let first = shown_first_day(tuesday, monday_of(tuesday), Weekday::Sun);
        assert_eq!(first, date(2026, 12, 6));
        let shown = shown_week(&r, &enrollment(&[]), &[], first);
        assert_eq!(shown.weeks.len(), 2);
        let sunday = shown.day(0).unwrap();
        assert_eq!(
            (sunday.date, sunday.position),
            (first, Position::InPlan { week: 2, of: 8 })
        );
        // The Sunday keeps its week's deliverable, due that very day.
        assert_eq!(shown.week_of(first).unwrap().due[0].due, first);
        let saturday = shown.day(6).unwrap();
        assert_eq!(saturday.date, date(2026, 12, 12));
        assert_eq!(saturday.position, Position::InPlan { week: 3, of: 8 });
        assert_eq!(shown.main_week().unwrap().monday, date(2026, 12, 7));
        assert!(shown.day(7).is_none());
    }

    #[test]
    fn a_monday_first_week_is_the_plan_week() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let today = date(2026, 12, 2);
        let first = shown_first_day(today, monday_of(today), Weekday::Mon);
        let shown = shown_week(&r, &enrollment(&[]), &[], first);
        assert_eq!(shown.weeks, [week_plan(&r, &enrollment(&[]), &[], today)]);
        assert_eq!(shown.dates()[0], date(2026, 11, 30));
    }

    #[test]
    fn the_shown_days_hold_today_whatever_the_first_weekday() {
        let weekdays = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ];
        for start in weekdays {
            for d in 0..21 {
                let today = add_days(date(2026, 12, 21), d);
                let first = shown_first_day(today, monday_of(today), start);
                assert!(first <= today && today < add_days(first, 7), "{start} {today}");
                // A week forward and back moves the days by seven.
                assert_eq!(
                    shown_first_day(today, add_days(monday_of(today), 7), start),
                    add_days(first, 7)
                );
                assert_eq!(
                    shown_first_day(today, add_days(monday_of(today), -7), start),
                    add_days(first, -7)
                );
                // Following any date selects a week whose days hold it.
                for offset in [-9, -1, 0, 6, 7, 20] {
                    let target = add_days(today, offset);
                    let monday = shown_monday_holding(today, target, start);
                    let shown = shown_first_day(today, monday, start);
                    assert!(
                        shown <= target && target < add_days(shown, 7),
                        "{start} {today} {target}"
                    );
                }
            }
        }
    }

    #[test]
    fn far_away_weeks_never_panic() {
        let r = parse_str(ROADMAP, "test").unwrap();
        for monday in [NaiveDate::MIN, date(1970, 1, 1), date(2100, 12, 31), NaiveDate::MAX] {
            let plan = week_plan(&r, &enrollment(&[]), &[], monday);
            assert!(plan.due.is_empty());
            let shown = shown_week(&r, &enrollment(&[]), &[], monday);
            assert!(shown.weeks.iter().all(|w| w.due.is_empty()));
            let _ = shown_first_day(monday, NaiveDate::MAX, Weekday::Sun);
            let _ = shown_monday_holding(monday, NaiveDate::MIN, Weekday::Sat);
        }
    }
}
