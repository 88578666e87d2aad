//! The plan for one Mon-Sun week: seven day plans and the week's due items,
//! recurring tasks, checkpoint and metric targets.

use chrono::NaiveDate;

use super::calendar::{add_days, monday_of};
use super::day::day_plan_from_items;
use super::due::{due_in_week, due_items};
use super::model::{Enrollment, ItemStatus, WeekPlan};
use super::position::{plan_weeks, week_at};
use super::recurring::{checkpoint_in_week, metric_targets, recurring_in_week};
use crate::roadmap::Roadmap;

/// The roadmap week a calendar week is, if it is a plan week (not before the
/// start, not paused, not after the end). Any day of the week may be given.
pub fn roadmap_week_of(roadmap: &Roadmap, enrollment: &Enrollment, date: NaiveDate) -> Option<u32> {
    let week = week_at(enrollment, date).ok()?;
    u32::try_from(week)
        .ok()
        .filter(|w| (1..=plan_weeks(roadmap)).contains(w))
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
        plan.recurring = recurring_in_week(roadmap, week);
        plan.checkpoint = checkpoint_in_week(roadmap, week);
        plan.metrics = metric_targets(roadmap);
    }
    plan
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
        assert_eq!(plan.due.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["w2"]);
        assert_eq!(plan.recurring.len(), 1);
        assert_eq!(plan.checkpoint.map(|c| c.week), Some(2));
    }

    #[test]
    fn the_start_week_mixes_days_before_the_start_and_plan_days() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let plan = week_plan(&r, &enrollment(&[]), &[], date(2026, 11, 23));
        assert!(matches!(plan.days[0].position, Position::BeforeStart { days_until: 2 }));
        assert_eq!(plan.days[2].position, Position::InPlan { week: 1, of: 8 });
        assert!(plan.recurring.is_empty());
    }

    #[test]
    fn a_paused_week_has_nothing_due_and_the_next_week_takes_over() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let e = enrollment(&[date(2026, 11, 30)]);
        let paused = week_plan(&r, &e, &[], date(2026, 11, 30));
        assert!(paused.due.is_empty() && paused.checkpoint.is_none());
        assert_eq!(paused.days[0].position, Position::Paused { next_week: 2, of: 8 });
        let next = week_plan(&r, &e, &[], date(2026, 12, 7));
        assert_eq!(next.due.iter().map(|d| d.due).collect::<Vec<_>>(), [date(2026, 12, 13)]);
    }

    #[test]
    fn far_away_weeks_never_panic() {
        let r = parse_str(ROADMAP, "test").unwrap();
        for monday in [NaiveDate::MIN, date(1970, 1, 1), date(2100, 12, 31), NaiveDate::MAX] {
            let plan = week_plan(&r, &enrollment(&[]), &[], monday);
            assert!(plan.due.is_empty());
        }
    }
}
